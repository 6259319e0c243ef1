"""Evaluation contexts, eleventh set. Written 2026-12-06 by an independent author, for development use only.

The material resembles messages exchanged in and around mental-health support
settings across the US, UK, Canada, Australia, Ireland and New Zealand: teen and
young-adult chat, parents of teenagers, older adults and their carers, workplace
and EAP correspondence, university wellbeing services, peer support forums,
crisis text transcripts, clinic admin mail, voice-note / ASR transcripts
(lowercase, unpunctuated), sport and fitness, faith communities, rural and
farming communities, and neurodivergent adults.

None of it is real. Templates carry identifier slots in braces; the clean
messages are identifier-free but dense in capitalised words that are not
identifiers (brands, shows, songs, public figures, holidays, clinical terms,
sentence starts that double as first names). Public help-line resources are
real public services that must survive redaction.

Names defined:
    TEMPLATES_ELEVENTH  dict family -> list of template strings
    CLEAN_ELEVENTH      list of identifier-free messages
    PUBLIC_ELEVENTH     list of (template with one {r} slot, [public resources])
"""


def _split(block):
    """Split a raw block into messages on lines consisting only of '@@'."""
    return [part.strip() for part in block.split("\n@@\n") if part.strip()]


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------

_T_TEEN_CHAT = """
omg {first} just left me on read AGAIN after i told them about the panic attack 😭
@@
ok new number is {phone}, pls dont give it to {first} i cant deal w them rn
@@
{first_lower} if ur seeing this im ok, just needed a break from snap. dm me on insta {handle}
@@
my counsellor at school is {titled} and honestly she's the only adult who gets it
@@
anyone else from {city} on here?? looking for a group that isnt a 40 min bus ride away
@@
if anything happens to me tell {full} pls. she knows everything
@@
sorry for going quiet, mum took my phone 🙄 use {email} if u need me this week
@@
literally had a breakdown outside {street_address} because of the group chat 💀
@@
made a priv acc for vent posts, it's {handle}, close friends only pls
@@
{first} said she'd meet me at the bus stop on {street_name} after therapy but she bailed. again.
@@
my therapist {titled_full} said i can text the clinic line {phone} if it gets bad between sessions
@@
bday is {date} and i'm already dreading it ngl
@@
tbh {full_lower} is the reason i started self harming again and nobody at school believes me
@@
when u get to {full_address} just text me and ill come down, mum thinks ur helping w maths
@@
staying at my nan's in {city} for half term so replies might be slow x
@@
does anyone know if the youth hub on {street_name} still does the Thursday drop in? asking for me lol
@@
pls pray for {first}, he's in hospital after last night and his mum isn't letting anyone visit
@@
lowkey scared. someone made a fake acc {handle} with my pics and is messaging ppl saying im "crazy"
@@
gp referred me to camhs in {county} and the wait is like 18 months?? cool cool cool
@@
school nurse {titled} wants my mum to ring her on {phone}. should i just tell mum first 😬
"""

_T_PARENTS = """
Hi all, my daughter {first} (15) has stopped eating with us and won't talk to me. Our GP is {titled} at the practice on {street_name}. Is it worth pushing for a CAMHS referral?
@@
Our son was assessed by {titled_full} last spring and she was wonderful. If anyone wants her details, email me at {email}.
@@
Does anyone have experience with the counsellor at {city} High? My lad says she's great but I've heard mixed things.
@@
Please can {full} ring me back on {phone} regarding what happened in PE today.
@@
Dear Ms {last},

I'm writing to let you know that {first} is having a really difficult time at home at the moment and may seem withdrawn in class.

Many thanks,
{full}
@@
Found a second Snapchat account on my kid's phone ({handle}). How worried should I be?
@@
We had to call the police last night because {first} ran off. They found him on {street_name} at 2am.
@@
Writing it here so I don't lose it: her hospital number is {mrn} and the ward phone is {phone}.
@@
Safeguarding lead is {titled_full}, direct line {phone}, email {email}.
@@
If anyone's near {city} and wants to meet up, parents of kids with anxiety meet Wednesdays at the library on {street_name}.
@@
My teenager is covered through my work plan, member ID {plan}, and they're refusing to cover the residential program. Any advice on appeals?
@@
Her Life360 showed her at {full_address} at 1am. I don't know who lives there.
@@
{first} has been on the waitlist since {date}. That's not a typo.
@@
Our family therapist {titled} recommended The Explosive Child. Has anyone read it?
@@
Absence note: {full}, Year 10, absent on {date} due to a medical appointment. Please excuse from PE.
@@
I've set up a fundraiser for {first}'s treatment, anything helps: {url}
@@
Parent contact for the trip: {full}, {phone}. Please note {first} has an anxiety care plan.
@@
The vape shop on {street_name} in {city} is selling to 13 year olds. Reported to trading standards.
@@
Sorry to post again. {first} turned 16 on {date} and now the adult service says she's too young and CAMHS says she's too old.
@@
Anyone in {county} used the family support worker service? Ours is {full} and she's brilliant.
"""

_T_OLDER_CARERS = """
Mum is {age90} and has started seeing people in the garden at night. We're under {titled} at the memory clinic.
@@
Dad ({full}, {age90}) was discharged on {date} with no care package in place. Who do I even complain to?
@@
Please send the Attendance Allowance forms to {full_address}, not to my mother's house.
@@
Hello love, it's {first} from next door. Your mum's fine but she was asking for you again. My number's {phone}.
@@
Her NHS number is {mrn} if the out-of-hours team need it.
@@
The carer from the agency, {first}, is lovely but she only gets fifteen minutes and Mum needs more than that.
@@
My grandad turned {age90} last week and told me he's "tired of being here". I didn't know what to say.
@@
Power of attorney is held by {full}, {street_address}, {city} {postcode}.
@@
Medicare number for Dad is {plan}, in case the pharmacy rings about the blister packs.
@@
Can someone from the team ring {titled_full} on {phone}? She's the social worker for my aunt.
@@
Aunty is {age90} and still drives. Her plate is {plate} if anyone sees her out on the main road, please ring me.
@@
Dear {titled},

My father has become very low since Mum passed. He's {age90} and lives alone at {street_address}. Could someone visit?
@@
Pendant alarm serial is {serial}, in case the monitoring company asks.
@@
Letters for Mum can go to {po_box} now, the post at the farmhouse is hopeless.
@@
I'm a carer for my husband {first}, who has Parkinson's and depression. We live in {city} and I haven't had a night off in two years.
@@
Nan ({full}) is on the ground floor at the care home on {street_name}. Visiting is 2 till 4.
@@
The hospice social worker needs Dad's Social Security number for the paperwork, it's {ssn}.
@@
She was born on {date}, she's {age90} now, and she says she's outlived everyone she ever loved.
@@
Contact for bereavement follow-up: {full_lower}, {email}
@@
The care home asked which account the fees come from. It's {account}, sort code is on the letter.
"""

_T_WORKPLACE = """
Hi {first}, just checking in after yesterday's meeting. No pressure to reply, but I'm around if you want to talk. The EAP number is {phone} if that's easier.
@@
Ticket raised by {full}: can't reach the wellbeing portal from {ipv4}, keeps timing out.
@@
Referral to Occupational Health for {full} (employee ID {account}). Reason: work-related stress.
@@
{titled} from OH will call you on {phone} on {date}.
@@
{full} has asked for a return-to-work meeting; I'd like {first} from HR to attend as well.
@@
Laptop {serial} assigned to {full} is being held by IT while she's on sick leave.
@@
Your case reference is {uuid}. Please quote it whenever you contact the EAP.
@@
I'm on leave from {date}. For anything urgent please contact {full} at {email}.
@@
Please do not share {first}'s diagnosis beyond the reasonable adjustments panel.
@@
sorry for the late reply {first_lower}, it's been a rough week, I'll explain when I'm back
@@
Expense claim: counselling sessions with {titled_full}, paid on card {card}.
@@
Fit note from {titled} says four weeks, starting {date}.
@@
VPN logs show {full}'s account connecting from {ipv6} at 3am every night this week. I'm not raising it as a disciplinary, I'm worried about her.
@@
Team, {first} is off for a while. Please don't message her on Teams. Client questions go to {email}.
@@
Our Mental Health First Aiders this quarter are {full} and {titled}. Reach out any time.
@@
EAP portal login: {url}. The company code is on the intranet.
@@
Disability disclosure form. Name: {full}. Employee number: {account}. Date: {date}.
@@
From the desk of {titled_full}: I am writing to confirm that my patient requires a phased return to work.
@@
Heads-up that {first} had a panic attack in the stairwell this morning. She's OK now, {full} stayed with her.
@@
Payroll, please pay my sick pay into {iban} as my old account is closed.
"""

_T_UNIVERSITY = """
Dear {first},

Thank you for contacting the Student Wellbeing Service. Your appointment with {titled} is on {date}. If you can no longer attend, please call {phone}.
@@
Student ID {account}. Extenuating circumstances claim for the Organic Chemistry exam.
@@
I'm an international student (passport {passport}) and I'm scared my visa will be affected if I take a leave of absence.
@@
Hi {titled}, I'm in your Tuesday seminar and I haven't been coping since Reading Week. Could we talk?
@@
My flatmate {first} hasn't left her room in four days. We're at {street_address}, block C.
@@
RA on call tonight is {full}, {phone}.
@@
Please email Disability Services at {email} with your supporting evidence.
@@
Campus security found {full} on {street_name} near the library and called the crisis team.
@@
I dropped out in first year. If anyone at {city} uni wants to talk about it, I'm {handle} on Discord.
@@
Zoom link for the peer support drop-in: {url}
@@
Mitigation form. Name: {full}. Student number: {account}. Reason: mental health crisis. Dates affected: from {date}.
@@
Hey {first}, it's your personal tutor. Just checking in as you've missed the last three lectures. No judgement.
@@
My student health insurance card ({plan}) got rejected at the pharmacy. Again.
@@
The mature students' support group meets at {full_address} on Thursdays.
@@
Letter from {titled_full} confirming ongoing treatment is attached.
@@
The Counselling Service has moved to {street_address}; the old building is closed.
@@
I'm {first}, second year Psych, and I want to start a society for students with OCD. Who's in?
@@
{full_lower} asked me to cover her Nightline shift and I said yes even though I'm barely holding it together lol
@@
Emergency contact on my student record is {full}, {phone}. Please don't ring them unless it's serious.
"""

_T_FORUM = """
Hi everyone, long-time lurker, first-time poster. I'm {first}, 34, from {city}. Diagnosed with bipolar II last year.
@@
Quoting {handle}: "It gets easier not because it gets lighter but because you get stronger."
@@
Mods, {handle} just posted their full address ({full_address}) in the vent thread, can someone hide it?
@@
PM me or email {email} if you want the list of therapists I've tried.
@@
Does anyone else see {titled} at the clinic in {city}? Any good with EMDR?
@@
Update: moved out! New place is {full_address} but text {phone} before you visit 😅
@@
RIP {full}. You were the kindest person on this forum.
@@
My name is {full} and I'm 200 days sober today.
@@
{first} from the Tuesday group, if you're reading this, I still have your scarf!
@@
Anyone in {county} know a DBT group that isn't private?
@@
My recovery blog is at {url}, no ads, no sponsors.
@@
Thread: Reporting {handle} for harassing new members. Screenshots below.
@@
Our regional meetup is at the café on {street_name}, {city}, first Saturday of the month.
@@
I got my records and my MRN is {mrn}, and it lists diagnoses I've never heard of.
@@
sending love to {first_lower} who posted last night and hasn't been back. please check in 💛
@@
Invite to the moderated 18+ Discord: {url}
@@
{handle} thank you for your reply yesterday. I read it about ten times.
@@
My psychiatrist {titled_full} upped my Lamictal today. Fingers crossed.
@@
Born {date}, diagnosed at 19, still here.
@@
The peer support worker {full} at the drop-in on {street_name} literally saved my life.
"""

_T_CRISIS = """
Texter: my name is {first} and i live at {street_address}
Counselor: Thank you for telling me, {first}. Are you safe right now?
@@
Texter: i took all my pills
Counselor: I'm here with you. Can you tell me where you are right now?
Texter: {full_address}
@@
Volunteer: Is there someone nearby who could be with you tonight?
Texter: my sister {first} lives on {street_name}
@@
Texter: this is {full}, im not ok
@@
Texter: my email is {email} if u cant text back
@@
Texter: hes outside in his truck. plate is {plate}
@@
Texter: im on the bridge near {street_name} in {city}
@@
Counselor: Emergency services have been sent to the address you shared, {street_address}. I'll stay with you until they arrive.
@@
Texter: my therapist is {titled}, can u tell her
@@
Texter: im {age90} and my wife died in march. nobody rings anymore
@@
Conversation {uuid} flagged for supervisor review.
@@
Texter: my ig is {handle}, theyve been posting about me
@@
Texter: im at my grandmas {full_address} she doesnt know
@@
Texter: its {first}. same as last time.
@@
Texter: my dad is deployed and i just want to write to him. the address is {military}
@@
Counselor: Can you tell me your ZIP code so I can find services near you?
Texter: {postcode}
@@
Texter: my mom is {full}, her number is {phone}. please dont call her
@@
Texter: i'm in {county}, out past the old quarry
@@
Session note: texter gave name {full_lower}, DOB {date}, location {city}. Active rescue initiated.
@@
Texter: my caseworker is {titled_full} and she told me to text here
"""

_T_CLINIC = """
Dear {titled_full},

Re: {full}, DOB {date}, NHS No. {mrn}

Thank you for referring this patient to the Community Mental Health Team.
@@
Appointment reminder: {first}, you are booked with {titled} on {date}. Reply C to cancel or call {phone}.
@@
Please update the patient's address to {full_address}.
@@
Insurance: {plan}. Subscriber: {full}. SSN: {ssn}.
@@
Card on file: {card}. Please confirm the co-pay before the session.
@@
MRN {mrn}: patient requests telehealth only.
@@
Secure message from your care team: {url} (link expires in 7 days).
@@
Referral from {titled} for {full}, aged {age90}, with low mood and weight loss.
@@
Patient prefers contact by email ({email}) rather than phone.
@@
Direct debit for private sessions: {iban}.
@@
Please post all correspondence to {po_box}.
@@
ID verified at registration: driver's licence {licence}.
@@
Interpreter booked for {full}; passport {passport} seen at registration.
@@
Did not attend x3: {full}, {street_address}. Discharge back to GP?
@@
Telehealth log: client IP {ipv4}, session {uuid}.
@@
Veteran patient, mailing address {military}.
@@
Postcode {postcode} is outside our catchment, so we've forwarded the referral to the {county} team.
@@
Hi {first}, this is the reception team. Your invoice is attached and can be paid at {url}.
@@
Please ask {titled_full} to sign the Section 117 aftercare form for {full}.
@@
pt {full_lower} mrn {mrn} seen in clinic today, plan continue sertraline 100mg, review 6/52
"""

_T_ASR = """
hey its {first_lower} um just calling to say i cant make thursday can you ring me back on {phone} thanks
@@
so yeah i talked to {titled} today and she wants me to try the new meds
@@
hi this is a message for {full_lower} from the mental health team please call us back on {phone}
@@
my address is {street_address} {city} {postcode}
@@
its um {full_lower} date of birth {date}
@@
yeah my email is {email} all lowercase
@@
im outside {full_address} and i dont want to go in
@@
tell {first_lower} i love her and im sorry
@@
the pharmacy on {street_name} says they dont have my vyvanse again so thats great
@@
hi mum its me im at {first_lower}s place dont worry
@@
my insurance number is {plan} and the group number is on the back of the card
@@
okay so the plate was {plate} and he just drove off
@@
hi {titled} its {first_lower} from tuesday group um i just wanted to say thanks
@@
my nan is {age90} and she keeps asking when grandad is coming home
@@
my medical record number is {mrn} i think
@@
yeah were at {street_address} its the blue door
@@
can you send the forms to {po_box}
@@
i moved to {city} in {county} last month and i dont know anyone
@@
um my account number is {account} for the refund
@@
note to self ring {titled_full} about the referral and email {email}
"""

_T_SPORT = """
Shout out to {first} who ran her first parkrun today after a year of barely leaving the house 💪
@@
Club welfare officer: {full}, {phone}, {email}.
@@
Training has moved to the pitch on {street_name} while the clubhouse is repaired.
@@
{titled}, our sports psychologist, will be at training on {date}.
@@
My Strava is {handle} if anyone wants to follow along. I run to keep my head straight.
@@
Massive respect to {full} for talking about her depression after the final.
@@
Our walking football group for men's mental health meets at {full_address}.
@@
Sign up for the mental health fun run here: {url}
@@
Cancel gym membership please. Member number {account}, card {card}.
@@
Coach {last} told me I was soft for missing practice when I had a panic attack.
@@
Team bus is plate {plate}, leaves at 7 sharp.
@@
Lost: Garmin watch, serial {serial}, left at the rugby club on Saturday.
@@
Our U16 captain {first} has asked for a break from the squad. Please respect that.
@@
Run club leaves from {street_address} every Sunday at 8. All paces, no one left behind.
@@
{full_lower} just qualified for nationals after two years in and out of treatment so proud
@@
Contact {titled_full} at the club on {phone} if you want confidential support.
@@
Meet in the car park in {city} by the {street_name} entrance.
@@
The GAA club in {county} is launching a mental health ambassador role, and the first one is {full}.
@@
Players' association welfare email is {email}, it goes straight to {first}.
"""

_T_FAITH = """
Please keep {first} in your prayers this week, she's going through a very dark time.
@@
Pastoral care contact: {titled_full}, {phone}.
@@
{titled} will lead the Blue Christmas service for anyone finding the season hard.
@@
Prayer chain: {full} is in hospital. Cards can go to {full_address}.
@@
The grief support group meets at {street_address} on Tuesday evenings.
@@
Imam {last} is available for a private conversation after Jummah.
@@
Father {last} visited Mum at the nursing home and she talked about it all week.
@@
Donations for the counselling fund can go to {iban}.
@@
The mosque's youth worker {first} runs the brothers' mental health circle on Fridays.
@@
Please join us to remember {full}, who died by suicide on {date}.
@@
Meal train for the {last} family: {url}
@@
Parish office: {po_box}.
@@
Pastor {first} prayed with me and then told me to stop my meds. I don't know what to do.
@@
Our women's Bible study has a quiet room for anyone struggling, contact {email}.
@@
{full_lower} our brother in christ is on the psych ward in {city}, visits allowed after 2
@@
Sister {first} from the convent runs the bereavement group.
@@
Rabbi {last} asked me to share his number for anyone who needs to talk: {phone}.
@@
A message from {titled}: I'm so sorry for your loss. I'm here whenever you're ready.
@@
Transport to the retreat: minibus {plate} leaves the church car park at 9.
"""

_T_RURAL = """
Lost the whole crop this year. If anyone from {county} wants to talk, I'm on {phone}.
@@
{first} from the co-op came out to check on Dad after the cattle were taken.
@@
Ute rego {plate}, parked at the rest stop since Tuesday. Someone should check on him.
@@
The mart in {city} has a counsellor on site every sale day now.
@@
Farm address for the Rural Support visit: {full_address}.
@@
Tractor VIN {vin}. Selling it to pay the bills, which breaks my heart.
@@
Herd number is {account}.
@@
Neighbour {full} hasn't been seen in days and his dogs are barking. Farm's on {street_name}.
@@
Send the drought relief forms to {po_box}.
@@
{titled} comes out to the district every second Tuesday now.
@@
The vet, {titled_full}, was the one who noticed how low I was.
@@
Young Farmers wellbeing night at {street_address}, pie and a pint provided.
@@
It's {first}'s anniversary on {date}. Three years since we lost him.
@@
Message from {full}: tell anyone who's struggling to call me, {phone}, any hour.
@@
Our private Facebook group for farming families: {url}
@@
Pa is {age90} and still goes out to the sheep every morning.
@@
I'm in {county} and the nearest psychiatrist is three hours away.
@@
Bank's threatening to call in the loan on account {account}. I can't sleep.
@@
Quad bike serial {serial} stolen from the shed last night. Just what I needed.
@@
{first_lower} from down the road dropped off a casserole and didn't say a word about the auction. legend
"""

_T_ND = """
I'm {first}, AuDHD, 29, finally diagnosed by {titled} through Right to Choose.
@@
Prescription for Elvanse sent to the pharmacy on {street_name}.
@@
Body doubling session link: {url}
@@
Follow {handle} for ADHD memes and zero productivity tips.
@@
Can you send the assessment report to {email}? I can't do phone calls.
@@
My driving licence number is {licence}. Do I have to tell DVLA about the ADHD?
@@
Access to Work reference {uuid}.
@@
Autism diagnosis letter for {full}, DOB {date}.
@@
Card {card} cancelled, third time this year. ADHD tax strikes again.
@@
Psychiatrist {titled_full} says I can't increase the dose until my blood pressure's checked.
@@
Found my passport ({passport}) in the freezer. Don't ask.
@@
Local ND meetup at {full_address}, quiet room available.
@@
My partner {first} is neurotypical and just doesn't get why the dishwasher is a boss fight.
@@
Sensory-friendly hour at the supermarket on {street_name} is Tuesdays 9 to 10.
@@
I moved to {city} for the job and still haven't unpacked after eight months.
@@
Please contact me by email only: {email}. Phone calls make me freeze.
@@
Pharmacy says the script from {titled} has the wrong date on it, {date}.
@@
Accommodations request, employee {account}: written agendas before meetings, please.
@@
Car got towed because I forgot the parking permit. Reg {plate}. Classic.
@@
{full_lower} is my emergency contact on the autism alert card, number {phone}
"""

TEMPLATES_ELEVENTH = {
    "teen_young_adult_chat": _split(_T_TEEN_CHAT),
    "parents_of_teens": _split(_T_PARENTS),
    "older_adults_carers": _split(_T_OLDER_CARERS),
    "workplace_eap": _split(_T_WORKPLACE),
    "university_wellbeing": _split(_T_UNIVERSITY),
    "peer_support_forum": _split(_T_FORUM),
    "crisis_text_transcript": _split(_T_CRISIS),
    "clinic_admin_mail": _split(_T_CLINIC),
    "voice_note_asr": _split(_T_ASR),
    "sport_fitness": _split(_T_SPORT),
    "faith_community": _split(_T_FAITH),
    "rural_farming": _split(_T_RURAL),
    "neurodivergent_adults": _split(_T_ND),
}


# ---------------------------------------------------------------------------
# Clean (identifier-free) messages
# ---------------------------------------------------------------------------

_C_TEEN = """
ngl Severance season 2 was the only thing getting me through January
@@
Will anyone actually notice if I skip Chemistry tomorrow? asking for me
@@
Hope is such a weird word when ur on day 3 of not sleeping
@@
me at 2am listening to Phoebe Bridgers and typing a paragraph to my ex: 🤡
@@
told the school counsellor about the panic attacks and she gave me a fidget spinner. A FIDGET SPINNER.
@@
Grace period on my Duolingo streak is over and honestly so am i
@@
OK BUT WHY does everyone on TikTok think they have BPD now
@@
my Finch bird is doing better than me fr
@@
Sunny today so I sat outside Greggs with a sausage roll and felt like a person for 10 min
@@
Mark my words, if one more teacher says "just try harder" im walking out
@@
idk if its depression or if its just Year 11
@@
Summer holidays are meant to be fun but i just rot in bed watching Love Island
@@
anyone else think Joy from Inside Out is lying to us lmao. Anxiety is the real main character
@@
the way Olivia Rodrigo writes about being 17 is so real it hurts
@@
Rose tinted glasses are OFF. Year 9 was not the best year of my life
@@
Frank convo with my mum tonight. She cried. I cried. We got Domino's. Healing?
@@
who else's therapist says "boundaries" like 40 times a session
@@
Lewis Capaldi taking a break for his mental health and then coming back on stage has me crying in Maths
@@
Dawn is the worst time. everyone is asleep and ur brain is LOUD
@@
Can we normalise not replying to the group chat for like three days
@@
my Snapchat streaks died while i was in hospital and that's honestly what upset me most 💀
@@
they put me on Sertraline and now i yawn like every 4 seconds
@@
Art is the only lesson where I don't feel like I'm drowning
@@
Ginger cat on the windowsill is the only one who understands me
@@
JUNE CANNOT COME FAST ENOUGH. exams are killing me
@@
May half term = 9 days of pretending I revised
@@
Kooth was actually kinda helpful ngl, the chat person didn't judge me
@@
PSA: Roblox is NOT a coping mechanism (it is)
@@
Guy in my Psychology class said OCD is "liking things tidy" and i had to leave the room
@@
Sue me but Stranger Things helped me more than CBT
@@
Chase the feeling, they said. What feeling. I feel nothing.
@@
Ruby chocolate KitKat and Bluey reruns. that's the self care plan tonight
@@
Penny for my thoughts? inflation, they're like £4 now
@@
Holly Jolly my a** i hate Christmas when everyone's shouting
@@
Jasmine tea is supposed to be calming but it tastes like my nan's perfume
@@
Pat on the back for me for showering today 🫡
@@
Rob me of my will to live, Monday. go on. do it.
@@
Amber warning for wind and im still expected to get the bus to college
@@
Bill Nye was my childhood hero and now I can't even pass Biology
@@
Jack from Titanic would've made it if Rose had shared the door. this is my hill
@@
listening to "Someone You Loved" on repeat like it's 2019 again
@@
Heartstopper season 3 had me bawling. Nick and Charlie talking about the eating disorder was SO well done
@@
the ADHD girlies on Instagram are selling me supplements now lol no
@@
Faith in humanity restored: a random girl in the Primark toilets gave me a tissue and said "you've got this"
@@
my Spotify Wrapped said my top genre was "sad girl starter pack" and i felt attacked
@@
Autumn is my season of being dramatically depressed in a big jumper 🍂
@@
Sunday scaries but it's literally Friday
@@
i vape because of stress and i stress because i vape. circle of life. Elton John voice
@@
Fortnite with the lads is literally my therapy. don't tell my actual therapist
@@
GP really said "have you tried exercise" like Couch to 5K fixes trauma
@@
Miles away from home at uni and I'd give anything for my own bed and a Sunday roast
@@
Ivy League or bust, my parents say. bust it is 🙃
@@
Dear Diary, today I ate something that wasn't Pot Noodle. Progress.
@@
My Apple Watch keeps telling me to Breathe. I AM breathing, Tim Cook
@@
Hunter wellies, oversized Adidas hoodie, Billie Eilish in my ears. armour on. off to face Year 12
@@
Prom is in June and I already know I'm going to have a panic attack in the toilets
@@
the Childline website has a game where you smash stuff and it genuinely helped
@@
Destiny 2 raid at 11pm on a school night is my form of dissociation
@@
Harry Styles said treat people with kindness and my English teacher did NOT get the memo
@@
Wicked made me cry three times and I'm blaming Ariana Grande for my emotional instability
"""

_C_PARENTS = """
Has anyone's teenager been on the CAMHS waiting list in Scotland? We were told eighteen months.
@@
Our GP suggested Kooth while we wait. Honestly better than nothing.
@@
Just finished Adolescence on Netflix with my husband. We both went up and hugged our son. He thought we'd lost it.
@@
Will it ever get easier? Mum of a 15-year-old who hasn't left her room since Easter.
@@
The school SENCO says an EHCP is "unlikely" without a diagnosis. Is that right?
@@
Grace under pressure is not my skill set. I screamed at my daughter tonight over a Stanley cup.
@@
Book recommendations? We've done The Anxious Generation by Jonathan Haidt and Good Inside by Dr. Becky.
@@
Dr. Becky's Instagram is the only parenting content that doesn't make me feel like a failure.
@@
My son will only talk to me in the car. Apparently that's normal? I've done hours on the M25 just to get a conversation.
@@
Family Link and Screen Time are both useless once they figure out the workarounds.
@@
Leaving Cert year has turned our house into a pressure cooker. Jigsaw have been great though.
@@
Found an Elf Bar in the wash. Do I confront or do I wait?
@@
Anyone used the YoungMinds parents helpline? Was it useful?
@@
Mark scheme for the GCSE English paper is absurd and my son is convinced he's failed everything.
@@
Hope you don't mind me posting here. Our 14-year-old has started cutting and I don't know who to call first.
@@
The school rang at lunchtime. Nothing happened, but they're "concerned". Cue me crying in the Tesco car park.
@@
Our pediatrician said to keep an eye on it until summer. It's now Thanksgiving.
@@
504 plan meeting on Thursday. Tips for getting anxiety accommodations written in properly?
@@
When your kid says "you wouldn't understand" and you were literally a teenager in the 90s listening to Nirvana
@@
Bluey has an episode about worry and honestly I think I needed it more than my youngest did.
@@
Sephora kids are real and my 12-year-old wants Drunk Elephant for Christmas. I'm more worried about the body image stuff.
@@
She's doing VCE this year and the school psych has a six-week wait. Any private ones that bulk bill?
@@
NCEA Level 2 and he's checked out completely. The dean says it's common in Term 3.
@@
Anyone else's teen obsessed with Andrew Tate? I found the videos on his YouTube history and I feel sick.
@@
We stuck a feelings wheel on the fridge. She'll point at "Overwhelmed" far more easily than she'll say it.
@@
Autumn term was a disaster. Spring term we're trying a reduced timetable.
@@
Frank question: is it wrong that I'm relieved when she's at her dad's?
@@
Could someone explain the difference between a psychologist, a psychiatrist and a counsellor? I honestly have no idea.
@@
My son's school just banned phones in class. He says it's "literally North Korea".
@@
Bailey's and a cry after the kids go to bed. Don't judge.
@@
Head of Year has been brilliant. The Deputy Head, less so.
@@
Our 16-year-old got her first job at McDonald's and it's done more for her anxiety than two years of therapy.
@@
Does Medicaid cover partial hospitalization programs for teens? Asking for a friend (me).
@@
Sunny Delight and crisps for dinner again because I can't face another fight tonight.
@@
He plays EA FC for six hours a day. Is that depression or just being 15?
@@
Our family therapist suggested watching Inside Out 2 together. Ten minutes in, my daughter said "that's literally me" about Anxiety.
@@
PSA for parents: the "Sunday reset" trend on TikTok can tip into obsessive cleaning. Watch for it.
@@
13 Reasons Why, Euphoria, Sex Education. I'm not sure which is worse for my kid to binge.
@@
We're moving her out of Grade 10 French Immersion. Her anxiety around oral tests was unbearable.
@@
Tried "connection before correction" from Good Inside. Ten minutes later we were actually talking.
@@
Our school has a Wellbeing Warriors programme and my lad says it's "cringe". Which probably means it's working.
@@
Any dads here? Feels like every group is mums and I'm a bit lost.
@@
Summer camp says they can't take kids on Abilify. Is that even legal?
@@
Her Instagram explore page is all "what I eat in a day" videos. How do I reset the algorithm?
@@
Ordered The Boy, the Mole, the Fox and the Horse for my son. He won't read it but I'll leave it on his bed.
@@
What does a CAMHS Tier 4 bed actually mean? The letters are all acronyms.
@@
Parents' evening was brutal. Three teachers said "lovely lad but distracted". Yes. We know. ADHD assessment pending.
@@
Queensland parents, has anyone used headspace for a 13-year-old or are they too young?
@@
Candy Crush and a glass of Pinot. That's my coping strategy, apparently.
@@
Our son's Roblox "friend" turned out to be an adult. Police were involved. He's not coping. Neither am I.
@@
Dear Teachers: "she seems fine in school" is not the reassurance you think it is. Masking is exhausting.
@@
Did the whole Mental Health First Aid course at work last spring and still froze when it was my own child.
@@
Christmas with the in-laws and an anxious teen. Wish us luck 🎄😬
@@
Holiday to Spain booked. She says she's not coming. Non-refundable. Great.
@@
Thank you to whoever recommended the Parentline webchat. First time in months I didn't feel judged.
"""

_C_OLDER = """
Mum still watches Countdown every afternoon. It's the one thing that seems to keep her with us.
@@
Dad's been on Aricept since the spring. The memory clinic say it might slow things. Might.
@@
Is Attendance Allowance worth applying for if he's already on Pension Credit?
@@
The Age UK befriending call on a Wednesday is the highlight of my nan's week.
@@
The Archers theme came on and Mum cried. Not at the story. At the music.
@@
Caring for someone with Alzheimer's is grieving a person who is still in the room.
@@
Carer's Allowance barely covers the petrol to get to her.
@@
Meals on Wheels used to be the only knock on her door all day.
@@
Grandad's a Rangers man and won't watch a match since his pals passed.
@@
My father-in-law says depression is for "soft people". He also hasn't left his armchair since Christmas.
@@
Sundays are the hardest. No Songs of Praise without her singing along off-key.
@@
Strictly was on and Mum asked where Dad was. He died years ago. I said he was at the shops.
@@
The Silver Line used to be my mum's lifeline at 3am.
@@
AARP sent a magazine about loneliness. Dad read the whole thing and then phoned me. First time in weeks.
@@
Does Medicare cover a psychologist for an older person with depression, or only the GP visits?
@@
Any tips for getting a proud parent to accept a Zimmer frame? Mum says it makes her look "ancient".
@@
Dementia Australia's helpline talked me down last night. Genuinely.
@@
Jeopardy! at 7 is non-negotiable in our house. Routine is everything with dementia.
@@
Grief counsellor suggested I write letters to him. I've filled two Moleskines.
@@
Hope you all had a gentle Christmas. Ours was quiet. First one without Mum.
@@
Watched Murder, She Wrote with Nana and she solved it before Jessica Fletcher did. Good day.
@@
May is the month she got ill, and every year it creeps up on me.
@@
Ginger biscuits and a mug of PG Tips. That's how you get my grandad to talk.
@@
Respite week was booked and then cancelled because of a norovirus outbreak. Back to square one.
@@
Carers Week is in June and I've never felt less celebrated.
@@
My husband keeps asking to "go home". We've lived here forty years.
@@
Every carer I know is on Mirtazapine or should be.
@@
The Repair Shop is the only show that makes Dad smile. He used to fix clocks.
@@
The Hospice at Home team were angels. Absolute angels.
@@
Not sure this is the right forum but the Lasting Power of Attorney forms are doing my head in.
@@
Mum thinks the Queen is still alive and I don't have the heart to tell her about King Charles.
@@
Dawn chorus used to be his favourite thing. Now the birds frighten him.
@@
The memory café in the church hall on Thursdays has been a godsend. Tea, biscuits, Vera Lynn songs.
@@
Frank conversation with the consultant today. Palliative care from here.
@@
Penny drops when you realise you're parenting your parent.
@@
Canadian carers: is the Canada Caregiver Credit on the tax return worth the paperwork?
@@
Grandma says "when you're old you're invisible". She's right. Nobody at the bank even looks at her.
@@
Our GP surgery moved to online-only booking. Dad has a Nokia brick and no email.
@@
Hearing aids from Specsavers changed everything. Half his "confusion" was just not hearing us.
@@
Bingo at the RSL on Fridays is the only time she leaves the house.
@@
The nurse said "sundowning" and suddenly the evenings made sense.
@@
Guy from the Men's Shed came round to fix the gate and stayed two hours chatting to Dad. Best thing that's happened all month.
@@
Joy is rare these days but Mum laughed at Mrs. Brown's Boys last night and so did I.
@@
Alzheimer's Society's Dementia Connect rang back within a day. Impressed.
@@
I'm 67 and caring for my mother. Who cares for the carer?
@@
She keeps asking for her sister. Her sister died during the war.
@@
Rosary beads in one hand, TV remote in the other. That's my nan.
@@
Hospital discharge at 9pm on a Friday with no care package. The NHS is held together with tape.
@@
Veterans Affairs finally approved the home care. Took eleven months.
@@
Anyone else feel guilty booking a holiday? It's a week in Portugal. I feel like a criminal.
@@
Victoria sponge on his birthday and he didn't know whose birthday it was.
@@
Advance Care Planning Week. Please have the conversation before you can't.
@@
Lost my temper with Dad over the TV remote today. Then sat in the car and cried for an hour.
@@
She used to teach Latin and now she can't remember the word for spoon.
@@
New Zealand carers, is Supported Living Payment the right thing for full-time caring or is there something else?
"""

_C_WORK = """
Reminder that our EAP is free, confidential and available 24/7. Your line manager won't be told you called.
@@
Q3 has been brutal. If you're running on fumes, please take your PTO. The deck can wait.
@@
Will the Friday all-hands be recorded? I'm on a phased return and mornings are rough.
@@
Burnout is not a badge of honour. Signed, a recovering Senior Product Manager.
@@
HR told me to "use the Headspace subscription". I need fewer meetings, not a meditation app.
@@
Our new CEO opened the town hall by talking about his own therapy. Didn't expect that from an ex-Goldman Sachs guy.
@@
Occupational Health report is back. Reasonable adjustments: flexible start, no client calls before 10.
@@
Mental Health Awareness Week at work was a yoga session and a fruit bowl. Thanks, Facilities.
@@
Chase the deadline, they said. I chased it straight into a fit note.
@@
Out of Office: I'm taking a mental health day and will respond on Monday. Please don't call.
@@
Has anyone used Lyra Health through their employer? Worth it?
@@
Spring Health gave me six free sessions. I'm on session five and just getting started.
@@
The Slack status "Heads down 🎧" is doing a lot of heavy lifting for my anxiety.
@@
FMLA paperwork is due and my psychiatrist's office keeps sending the wrong form.
@@
The ADA interactive process is supposed to be "interactive". So far it's been one email from Legal.
@@
Access to Work approved a job coach and noise-cancelling headphones. Bose, not the cheap ones!
@@
Sunday night dread is back. The Jira board has 47 tickets assigned to me.
@@
Bill payments, a payroll error and a performance review in one week. Genuinely, how.
@@
My Workday profile says "Thriving". My Apple Health data says otherwise.
@@
Our Employee Resource Group for neurodivergent staff has 300 members and zero budget.
@@
Frank feedback in a 1:1 is fine. Shouting in the Zoom chat is not.
@@
Is it normal for the VP of Sales to know the reason for my sick leave? I only told my manager.
@@
TELUS Health EAP was quick to book and the counsellor actually listened.
@@
Came back from stress leave and someone had taken my desk. And my mug. Cool.
@@
Mental Health First Aider here. Reminder: we're signposts, not therapists.
@@
Hybrid working saved my mental health. The return-to-office mandate is undoing it.
@@
Construction has a shocking suicide rate. Toolbox talks with Mates in Construction are a start.
@@
Nurses on night shift, how do you keep your mood up through February?
@@
Summer hours from June: we finish at 3 on Fridays. It's made a real difference.
@@
Australian readers, has anyone had workers' comp approved for a psychological injury? It's a nightmare.
@@
Lawyers dealing with vicarious trauma: the Law Society's wellbeing line was surprisingly good.
@@
Police Federation says PTSD sick days are at a record high. No surprise to anyone in uniform.
@@
Teachers, how do you survive Ofsted week without a breakdown?
@@
Unmind is alright. The Check-in feature is basically a mood slider though.
@@
Apparently my Vitality points matter more than my sick note.
@@
Pat on the back from the Director today. First positive feedback in a year. Nearly cried at my desk.
@@
Accountants in January: this is your tax-season mental health thread.
@@
Call centre folks: the stats boards are killing us. Average Handle Time should not rule my life.
@@
Retail at Christmas is a different kind of hell. Shoutout to everyone on the tills at Boots tonight.
@@
Got told I was "too sensitive" in my Performance Improvement Plan. Had to Google whether that's allowed.
@@
GPs are burning out too. Our practice manager left in March and hasn't been replaced.
@@
Fly-in fly-out life is hard on the head. Two weeks on, one off, and the family moves on without you.
@@
Reminder to managers: "How are you?" in the corridor is not a welfare check.
@@
Hope Sunday was restful. Monday standup is cancelled so everyone can catch up.
@@
Journalists covering trauma: the Dart Center resources are excellent.
@@
Hospitality gets no EAP. We get a staff meal and a shot of Jägermeister at close.
@@
Told my manager I have bipolar disorder. She said "oh, like Kanye?" I wish I'd stayed quiet.
@@
Is it just me or did the layoffs at Meta and Google make everyone's anxiety worse?
@@
Canadians: short-term disability through Manulife or Sun Life, which one is less painful for a mental health claim?
@@
Teams status set to Away. Actually crying in the accessible loo. It's fine.
@@
"Take care of yourselves," said the email announcing unpaid overtime. Love that for us.
@@
Stress Awareness Month is April. Our team got a webinar. At 6pm. On a Friday.
@@
Grateful for the nurse manager who sent me home when I was shaking. Good leadership exists.
@@
Just a Reminder From Your Wellbeing Committee: Lunch Is Not Optional!
@@
Sick of LinkedIn posts about "hustle". Some of us are just trying to get through Tuesday.
"""

_C_UNI = """
Freshers' Week is sold as the best week of your life. For me it was the loneliest.
@@
The Students' Union Advice Centre helped me with my extenuating circumstances claim. Go to them first.
@@
Reading Week is a lie. I read nothing. I slept and watched Gilmore Girls.
@@
Organic Chemistry is the reason I'm on Citalopram. Joking. Mostly.
@@
Nightline is open tonight from 8pm till 8am. Run by students, for students. You don't have to be in crisis to call.
@@
Dissertation due in May and my supervisor hasn't replied since Easter.
@@
Student Minds is running a free Look After Your Mate workshop next week. Highly recommend.
@@
Can international students use the Counselling Service? Yes. It's free and it won't affect your visa.
@@
O-Week made me feel like everyone already had friends from high school.
@@
Turnitin flagged my essay at 30% because of the reference list. Cue panic attack.
@@
Does Disability Services accept a GP letter or do they need a psychiatrist's report?
@@
The Wellbeing Dogs are in the Library foyer from 12 till 2 on Wednesday 🐶
@@
Grad school is being told you're brilliant and useless in the same meeting.
@@
PhD folks: your viva is not a referendum on your worth.
@@
Canvas says "Submission Successful" and my body still doesn't believe it.
@@
First session with the uni counsellor. She recommended The Happiness Trap by Russ Harris.
@@
Law school is 80% imposter syndrome and 20% Starbucks.
@@
Pre-meds: the MCAT doesn't measure how much you care about people. Hold onto that.
@@
Student Finance England messed up my loan and I've been living on Aldi pasta for three weeks.
@@
OSAP is late again. The food bank in the Student Centre is open Tuesday and Thursday.
@@
Anyone else's Moodle crash the night before a deadline or is that just a rite of passage?
@@
Psych 101 taught me Maslow's hierarchy. Current status: bottom layer.
@@
MATHS RESIT IN AUGUST AND I HAVEN'T STARTED
@@
Halls are so loud I've started doing Headspace in the laundry room.
@@
Erasmus year was supposed to be the dream. I'm homesick and crying in a Lidl in Germany.
@@
Mature students: do you feel invisible in seminars or is it just me?
@@
The Dean of Students sent an email about "Resilience". We need cheaper rent, not resilience.
@@
Shout out to the Residence Life team who sat with me in A&E until 4am.
@@
HECS debt, rent and unpaid Nursing placements in Year 3. Something has to give.
@@
StudyLink finally came through. I can eat vegetables again.
@@
Will extensions be automatic if I'm registered with Disability Services? Asking before I panic.
@@
Lab partner hasn't turned up in three weeks. Do I report it or check on them?
@@
Exam season reminder: the Library is open 24/7 but you don't have to be.
@@
Pride Society runs a peer support hour on Mondays. Snacks provided, no pressure to talk.
@@
Ramadan during exams is hard. The Islamic Society has a quiet prayer room and iftar packs.
@@
Scholarship athletes: your mental health matters more than your splits.
@@
Just got my first First! After a year of thinking about dropping out.
@@
Student Space from Student Minds has a text service. Good for when you can't face a call.
@@
Hazing isn't "bonding". Report it to the Title IX office.
@@
The JED Foundation has a decent guide for first-years struggling with the transition.
@@
Anyone in the Neuroscience cohort want a study group? I can't focus alone.
@@
The Counselling Service has a six-week wait but there are drop-ins every weekday at 1.
@@
A Harvard study says loneliness is as bad as smoking 15 cigarettes a day. Cool. Halls it is.
@@
McGill friends, the Student Wellness Hub is actually decent once you get past the booking system.
@@
Monash students, the Counselling and Mental Health Program has after-hours phone support.
@@
Trinity students: the Chaplaincy isn't just for religious people. Free tea and a quiet room.
@@
Placement year at Deloitte and I have never been so anxious in my life.
@@
The Careers Service says to "network". I can barely make eye contact with the barista at Costa.
@@
Sophomore slump is real and nobody warned me.
@@
Sunny afternoon, no lectures, and I still can't make myself leave my room.
@@
Graduation is in July and I can't tell if I'm proud or just relieved.
@@
A Level results day trauma aside, I'm okay now. Second year of Biomedical Science. Hang in there.
@@
Dear Uni: a wellbeing email at 11pm saying "rest is productive" is not the flex you think it is.
@@
Ukrainian students, the International Office can arrange counselling in Ukrainian.
"""

_C_FORUM = """
TW: self harm mention. Day 60 clean today. Didn't think I'd make it past day 3.
@@
Long-time lurker, first post. Diagnosed with Bipolar II last year. Lamictal and Seroquel. Ask me anything.
@@
Quick question for the Effexor crowd: did the brain zaps ever stop?
@@
> It gets easier.

It doesn't get easier, you get stronger. But I appreciate you.
@@
Sending love to everyone struggling this Christmas. You don't have to make it merry. Just make it through.
@@
Mods, can we pin the crisis resources thread again? It's dropped off the front page.
@@
Finally read The Body Keeps the Score. Some of it's dated, but one chapter absolutely wrecked me.
@@
Anyone else find Gabor Maté helpful and also a little bit annoying?
@@
EMDR session 4. Exhausted. Slept fourteen hours. Is that normal?
@@
Will the Abilify weight gain stop eventually? Asking for my self-esteem.
@@
"Hope is a discipline." Not my words, Mariame Kaba's. But they got me through today.
@@
ok real talk, does anyone else hate the phrase "self care"? it's become a Lush advert
@@
Update from last week: I went to the GP. She listened. Started on Fluoxetine. Thanks for the push, everyone.
@@
Rules reminder: no specific methods, no pro-ED content, no diagnosing each other.
@@
The IFS stuff about "parts" sounded ridiculous until I properly met my Inner Critic.
@@
Recovery isn't linear. It's a scribble. Someone here said that years ago and I still think about it.
@@
PSA: r/depression has a pinned post on finding low-cost therapy in the US.
@@
DBT graduates, which skill do you actually use day to day? For me it's TIPP.
@@
Seasonal Affective Disorder people: is the Lumie lamp worth the money?
@@
Sober curious? Club Soda and the Sober Girl Society both have good online meetups.
@@
Dawn after a long night. Still here. Still kicking.
@@
Joy isn't the goal, peace is. I'm coming round to that.
@@
The OCD Action forum saved me when the intrusive thoughts started after the baby.
@@
Step 4 in AA is terrifying. Fearless moral inventory? I'm scared of my own handwriting.
@@
One year off Xanax today. The taper was hell. I'm proud of me.
@@
Friendly reminder that the Serenity Prayer works even if you don't believe in God.
@@
Weekly Wins Thread 🌱 Share something good, however small.
@@
Can we talk about how the Mounjaro shortage is hitting people with binge eating disorder?
@@
Anyone tried Trintellix? GP suggested it after Sertraline and Escitalopram both flopped.
@@
Grateful for this community. You lot are the only people who know the real me.
@@
Iron deficiency was making my depression worse. Get your bloods done, people!
@@
Chronic illness + mental illness = a full-time job with no pay. Fibromyalgia warriors, I see you.
@@
Best thing I did for my anxiety was deleting Twitter. Sorry, X.
@@
Summer is my worst season. Everyone expects you to be happy and outdoors.
@@
Postpartum depression isn't "baby blues". PANDA and PSI both have peer support. Use them.
@@
Did anyone else sob at the end of Good Will Hunting when Robin Williams says "It's not your fault"?
@@
Weird question but does anyone else get anxious when the Amazon driver knocks?
@@
Sue me, but I think journaling is overrated. My thoughts just go in circles on paper too.
@@
Jack of all trades, master of none, diagnosed with everything. Hi, I'm new.
@@
Lithium people: how often are your bloods checked? Mine went from monthly to every three months.
@@
Mark this thread NSFW? It's about grief, nothing explicit, but it's heavy.
@@
Agoraphobia win: walked to the end of the road and back. Took forty minutes and a podcast.
@@
TW: suicide. I'm safe. I just need to say out loud that I thought about it last night.
@@
Who else puts on Unlocking Us by Brené Brown on the worst days?
@@
The Mighty used to be good. Now it's half adverts.
@@
Love this sub but can we stop upvoting "just go for a walk" comments?
@@
Quick poll: CBT or ACT? Which one clicked for you?
@@
Rejection Sensitive Dysphoria is exhausting. A "k" reply ruins my whole day.
@@
Gambling recovery day 100. GamCare and the Gordon Moody residential programme saved me.
@@
If you're reading this at 4am, hi. I'm awake too. The kettle's on.
@@
Ivy all over the garden wall and a robin on the fence. First time outside in weeks and I actually noticed things.
@@
Mind's Side by Side community is a good alternative if this place gets too much.
@@
Hearing Voices Network groups are way less scary than they sound. Psychosis peer support exists!
@@
Going to my first SMART Recovery meeting tonight instead of AA. Wish me luck.
@@
Re: "Has anyone come off Venlafaxine cold turkey?"

Please don't. Taper with your prescriber. Ask me how I know.
"""

_C_CRISIS = """
Texter: i cant do this anymore
Counselor: I'm really glad you reached out. You're not alone right now. Can you tell me a bit about what's going on tonight?
@@
Counselor: It sounds like school has been really overwhelming. What's been the hardest part this week?
Texter: everything tbh
@@
Texter: is this a real person
Volunteer: Yes, I'm a real person. I'm a trained volunteer and I'm here to listen.
@@
Counselor: Before we go on, I want to ask you directly: are you thinking about suicide?
Texter: sometimes. not tonight tho
@@
Texter: my mum is asleep and i dont want to wake her
Counselor: That's okay. We can keep talking here as long as you need.
@@
Volunteer: What usually helps you feel a little calmer, even a tiny bit?
Texter: my dog. and Taylor Swift lol
@@
Texter: STOP
System: You've opted out. Text START to reconnect any time.
@@
Counselor: You mentioned you've used the Calm app before. Would a breathing exercise help right now?
Texter: maybe
@@
Texter: i took too many of my Zoloft
Counselor: Thank you for telling me. Your safety matters. Are you able to call 911, or can I connect you with emergency help?
@@
Counselor: Let's make a plan for the next few hours. Who's one person you could be with tonight?
Texter: my aunt maybe
@@
Texter: its christmas and everyones happy except me
Volunteer: Christmas can be really hard, especially when it feels like everyone else is celebrating.
@@
Texter: sorry for wasting ur time
Counselor: You're not wasting my time at all. This is exactly what I'm here for.
@@
Counselor: On a scale of 1 to 10, how safe do you feel right now?
Texter: like a 4
@@
Texter: my boyfriend hit me again
Counselor: I'm so sorry. That's not okay and it's not your fault. Are you somewhere safe right now?
@@
System: Thanks for texting. A trained Crisis Counselor will be with you shortly. If this is an emergency, please call 911.
@@
Volunteer: You did something really brave tonight by reaching out.
Texter: doesnt feel brave
@@
Texter: i keep thinking about the Tylenol in the cupboard
Counselor: Thank you for being honest with me. Would you be willing to put some distance between you and the Tylenol tonight, maybe hand it to someone?
@@
Texter: my parents are getting divorced and its my fault
Counselor: That sounds so painful. A lot of people feel that way, and it's not your fault.
@@
Counselor: What's something you're looking forward to, even something small?
Texter: the new Zelda game
@@
Texter: I'm a veteran. Iraq. The Fourth of July fireworks have started and I can't breathe.
@@
Volunteer: Is there a grown-up at school you trust? A teacher, the school nurse?
Texter: my English teacher is nice
@@
Texter: i relapsed
Counselor: Relapse is part of recovery for a lot of people. It doesn't erase the progress you've made.
@@
Counselor: I'm going to send you a link to some coping strategies. Would that be okay?
Texter: ok
@@
Texter: im gay and my dad found out
Counselor: Thank you for trusting me with that. How are you feeling right now?
@@
Texter: can u just talk about something else for a bit
Volunteer: Of course. What have you been watching lately?
Texter: Bluey honestly
@@
Texter: I'm a farmer and the bank is taking the land. I've got a gun in the house.
Counselor: I'm really glad you told me. Can we talk about putting the gun somewhere else tonight, with a neighbour or family member?
@@
Supervisor note: Texter disclosed ideation, no plan, no means. Safety plan completed. Follow-up offered.
@@
Texter: i think i have an eating disorder
Counselor: It took courage to say that. Can you tell me what's been happening with food?
@@
Texter: hi
Counselor: Hi there, I'm here. Take your time.
@@
Texter: its 3am and im hearing the voices again
Volunteer: That sounds really frightening. Have you been able to tell your care team about this?
@@
Counselor: How did you find us tonight?
Texter: it was on the back of the toilet door at school
@@
Texter: my grandad died on Tuesday and nobody is talking about it
Counselor: I'm so sorry. Grief can feel very lonely when the people around you go quiet.
@@
Texter: ok im feeling a bit better. going to try and sleep
Counselor: I'm really glad. You can text us again any time, day or night. Take care of yourself tonight.
@@
Texter: the hospital discharged me today and i dont feel ready
@@
Counselor: That sounds like a panic attack. Let's try 5-4-3-2-1 together. Can you name five things you can see?
Texter: lamp. poster. my cat. phone charger. the moon
@@
Texter: my friend posted something scary on her Instagram story what do i do
Counselor: It's really kind of you to be worried about her. Let's think it through together.
@@
Texter: im in a Walmart parking lot and i cant drive home
Counselor: Okay. Let's stay here together until you feel steady. Are your car doors locked?
@@
Volunteer: I hear you. That sounds exhausting. You've been carrying a lot on your own.
@@
Texter: Ramadan is meant to feel peaceful but i feel so empty
Counselor: Thank you for sharing that. It's okay to feel disconnected, even at times that are meant to be special.
@@
Texter: lol nvm
Counselor: I'm still here if you change your mind. No pressure.
@@
Texter: my uncle keeps coming into my room at night
Counselor: Thank you for telling me. What you're describing is not okay, and I want to help you be safe. Is anyone there with you now?
@@
Counselor: I'm going to stay with you while the mobile crisis team is on the way.
@@
Texter: im Muslim and my family would never accept therapy
@@
Texter: ive been drinking since Saturday
@@
Texter: how do i help my brother he says he wants to die
Counselor: It's so good that you reached out for him. Is he safe right now?
@@
Counselor: Would you be open to talking with your GP or Community Mental Health Nurse tomorrow? I can help you think through what to say.
@@
Texter: Is this anonymous?
Volunteer: We don't share what you tell us unless we believe your life is in immediate danger. You don't have to give your name.
@@
Texter: failed my driving test for the 4th time and i feel like a failure at everything
@@
Texter: thank u. genuinely. u didnt have to be this nice
@@
Counselor: It sounds like Sundays have been especially tough since the breakup. What did Sundays used to look like?
"""

_C_CLINIC = """
Dear Patient,

Please note that the Mental Health Practitioner clinic will be closed on Good Friday and Easter Monday. Repeat prescriptions should be ordered by Wednesday.

Kind regards,
The Reception Team
@@
Reminder: Please arrive ten minutes early to complete the PHQ-9 and GAD-7 questionnaires before your appointment.
@@
Re: Referral to Community Mental Health Team

Thank you for your referral. The patient has been added to the waiting list for Psychological Therapies.
@@
Our Psychiatry team now offers telehealth appointments on Tuesdays and Thursdays via Microsoft Teams.
@@
IMPORTANT: Due to the national ADHD medication shortage, we cannot guarantee supply of Elvanse or Concerta XL this month.
@@
Subject: Your Talking Therapies self-referral

Thank you for referring yourself to NHS Talking Therapies. A Psychological Wellbeing Practitioner will contact you within two weeks.
@@
Please do not reply to this email. This inbox is not monitored. If you are in crisis, call 999 or go to your nearest A&E.
@@
Clinic Update: From June, the Memory Assessment Service will run from the Outpatients Department.
@@
We have received your Subject Access Request for a copy of your records. Please allow up to one calendar month.
@@
Dear Colleague,

Thank you for seeing this lady in clinic. Her mood has improved on Mirtazapine 30mg and we plan to continue for at least six months.
@@
Outcome: Discharged to GP care. Continue Sertraline 100mg. Re-refer if relapse.
@@
The Eating Disorders Service will hold a Carers' Skills Workshop in the spring. Places are limited.
@@
Your prior authorization request for Vraylar has been denied by the insurer. We are filing an appeal on your behalf.
@@
New patients: please bring a list of current medications, including supplements such as St John's Wort or Melatonin.
@@
Billing: We accept Blue Cross Blue Shield, Aetna, Cigna and UnitedHealthcare. Medicaid is accepted for some services.
@@
Our office will be closed for Thanksgiving. The on-call psychiatrist can be reached through the answering service.
@@
To Whom It May Concern,

This patient is currently under the care of our service and is not fit for work for the next four weeks.

Yours faithfully,
Consultant Psychiatrist
@@
Please complete the Edinburgh Postnatal Depression Scale and bring it to your six-week check.
@@
Practice Notice: The Clozapine clinic has moved to Wednesday mornings. Bloods must be taken before collecting medication.
@@
Re: Lithium level

Your most recent Lithium level was within range. Please continue your current dose and book a repeat test in three months.
@@
Thank you for completing the CORE-10. Your score has been shared with your Therapist ahead of your next session.
@@
Dear Parent/Carer,

Your child has been accepted onto the CAMHS waiting list. The current wait for assessment is approximately forty weeks.
@@
Reminder: a Mental Health Treatment Plan gives access to Medicare rebates for up to ten sessions per calendar year.
@@
We are unable to accept referrals without a completed Mental Health Treatment Plan from the referring GP.
@@
OHIP does not cover psychotherapy with a private Registered Psychotherapist. Receipts can be submitted to your extended health plan.
@@
HSE Notice: Primary Care Psychology appointments are now available in the evenings.
@@
Our Psychologists are registered with AHPRA and our Counsellors are members of ACA or PACFA.
@@
All of our Psychotherapists are accredited by the BACP or the UKCP.
@@
Kia ora, thank you for contacting the Mental Health and Addiction Service. We will be in touch within five working days.
@@
DNA Policy: Patients who miss two consecutive appointments without notice may be discharged back to their GP.
@@
The Perinatal Mental Health Team runs a Mother and Baby Group on Friday mornings. All welcome.
@@
Clinic letter cc: GP; Care Coordinator; Patient.
@@
Your Ketamine-assisted therapy consultation is confirmed. Please arrange for someone to drive you home afterwards.
@@
Spravato (esketamine) sessions require two hours of monitoring after each dose. Please plan accordingly.
@@
TMS treatment course: 36 sessions over 6 weeks. Please tell us about any metal implants.
@@
Subject: Updated Privacy Notice

We have updated our Privacy Notice in line with UK GDPR.
@@
HIPAA Notice: We will never ask for your Social Security number by text message.
@@
Please complete the ASRS v1.1 and the Weiss Functional Impairment Rating Scale before your ADHD assessment.
@@
The AQ-10 screen was positive. A referral to the Adult Autism Diagnostic Service has been made.
@@
Shared Care Agreement: Methylphenidate. The GP is asked to continue prescribing once the dose is stable.
@@
Our Mindfulness-Based Cognitive Therapy group starts in September. Eight weeks, two hours each.
@@
Cancellations with less than 24 hours' notice will be charged at the full session fee.
@@
Re: Section 2, Mental Health Act. The patient's Nearest Relative has been informed of their rights.
@@
We recommend the Stanley-Brown Safety Plan template, available on our website.
@@
Medication Review: Propranolol 10mg PRN discontinued. Pregabalin not recommended due to dependence risk.
@@
Care Programme Approach review scheduled. Patient, Care Coordinator and Consultant Psychiatrist to attend.
@@
Reception is open Monday to Friday, 9am to 5pm. Out of hours, please contact NHS 111.
@@
Patients on Clozapine must not miss their FBC. Pharmacy will not release medication without a green result.
@@
Subject: Group Therapy Waitlist

The Compassion Focused Therapy group is currently full. You remain on the waitlist.
@@
The Practice will close for the Christmas period from Christmas Eve and reopen after New Year's Day.
@@
Attached is the PHQ-A. Please ask your child to complete it on their own.
@@
Clinic Note: Client reports improved sleep after switching from Zopiclone to Trazodone.
@@
Request for Medical Information (Insurer Form): please complete Section C and return it to the Claims Department.
@@
Reminder: NICE guidelines recommend offering psychological therapy before medication for mild depression.
@@
Thank you for your feedback via the Friends and Family Test. Most patients rated our service Good or Very Good.
"""

_C_ASR = """
so um yeah i went to tesco after my appointment and just sat in the car and cried for like twenty minutes
@@
hey its me just wanted to say i did the breathing thing the therapist showed me and it kind of worked
@@
okay reminder to self pick up the sertraline from boots before they close on saturday
@@
i dont know why im recording this i think i just need to say it out loud im not okay
@@
will you ring me back when you get this its nothing bad i just miss you
@@
mark my words this is the last time im going to that group they dont listen
@@
hope youre alright love your dad said you were a bit down on sunday
@@
its raining again and i havent been out since tuesday and i think thats making it worse
@@
so the gp said its probably burnout and signed me off for two weeks and i already feel guilty
@@
yeah no the psychiatrist upped the lamotrigine and said give it six weeks before we judge it
@@
okay so day one of couch to 5k and i made it to the end of the street before i wanted to die lol
@@
um hi this is for the support group i wont be there thursday sorry ill be there next week
@@
amazing grace came on the radio in the car and i had to pull over
@@
just got out of emdr and im so tired i could sleep in the car park
@@
frank talk with my boss today i told her im struggling and she was actually really nice about it
@@
sunny in the garden this morning first time i felt like a human in ages
@@
right so the plan for tomorrow is shower walk the dog ring the gp and not look at instagram
@@
dawn is coming up and i havent slept again ill try one of the calm sleep stories
@@
okay listen to this whole voice note before you judge me i didnt mean what i said on saturday
@@
the pharmacist at superdrug said theres a shortage of the xl version so they gave me the other one
@@
mum its me im fine just had a wobble im going to watch bake off and go to bed
@@
so i finally watched the bear and honestly carmy is me in a kitchen having a panic attack
@@
jack it in thats what i want to do just jack the whole job in and move to the coast
@@
happy christmas everyone i know its been a hard year for a lot of us
@@
summer holidays are the hardest without the routine of school for the kids
@@
ive been listening to noah kahan and crying in the shower which i think counts as processing
@@
yeah the nhs app says my referral is still waiting so thats fun
@@
note for therapy next week talk about the thing with work and the thing at christmas
@@
sorry for the long voice note i just needed to get this off my chest
@@
okay so its the anniversary on friday and i want to do something but i dont know what
@@
the dog is the only reason i get out of bed honestly she doesnt care if im sad
@@
bill came in for the electric and i just put it in the drawer with the others
@@
may is mental health awareness month so work is doing a walk on the thursday
@@
june is pride month and for the first time i feel like i can actually go
@@
went to the mosque for jummah and the imam talked about sabr and it hit different
@@
went to mass on sunday first time in years and just sat at the back and cried
@@
just a quick one to say the naloxone training is next wednesday at the community centre
@@
can you pick me up from the hospital im being discharged and i dont want to get the bus
@@
okay my brain is doing the thing where it replays every embarrassing moment since year seven
@@
hey so the school rang about the little one again apparently she was crying in maths
@@
the lithium is making me thirsty all the time like constantly thirsty
@@
weve been on the camhs waiting list so long i forgot we were on it
@@
i think the propranolol is working i didnt shake at all in the presentation
@@
walked past the pub and didnt go in day forty two
@@
told the counsellor about the dreams and she said its a trauma response
@@
dad its me can you stop sending me those youtube videos about positive thinking please
@@
honestly taylor swift got me through the divorce tortured poets department on repeat
@@
okay i did it i called the crisis team and theyre coming out tomorrow morning
@@
pat on the back for me i went to the gym and didnt have a panic attack in the changing room
@@
just leaving this for future me you got through march you can get through anything
@@
um so the lady at the job centre was actually kind today which i wasnt expecting
@@
rose from the bed at eleven which honestly for me is a win
"""

_C_SPORT = """
Simone Biles pulling out of the Olympic final changed how my daughter talks about her own gymnastics.
@@
Naomi Osaka skipping press at the French Open was braver than any trophy.
@@
Parkrun on a Saturday morning is the closest thing I have to church.
@@
Couch to 5K Week 6 Run 3 is the hardest thing I've done all year, and I've been through a divorce.
@@
Michael Phelps said he didn't want to be alive after an Olympics. Most decorated Olympian ever. It can happen to anyone.
@@
Strava kudos are my love language.
@@
Hyrox is the only thing that quiets my ADHD brain. Sled push therapy.
@@
Premier League footballers talking about therapy would've been unthinkable ten years ago.
@@
Marcus Rashford has done more for kids in poverty than most MPs.
@@
Tyson Fury's honesty about his depression got my brother to see a GP. Never thought I'd say that.
@@
Rugby club's new welfare policy: every player gets a "how are you really" chat each month.
@@
The All Blacks have a mental skills coach and nobody thinks they're soft.
@@
Kevin Love's essay "Everyone Is Going Through Something" should be pinned up in every locker room.
@@
DeMar DeRozan tweeting about depression was a big moment for the NBA.
@@
Walking football for the over-50s has turned into a mental health group without anyone calling it that.
@@
Orangetheory splat points and a flat white from Starbucks. That's my antidepressant. Also the actual antidepressant.
@@
Peloton instructors are better hype men than my entire family.
@@
Ironman training was my way of outrunning grief. Spoiler: grief can swim, bike and run.
@@
Gaelic football was my whole identity. Now the knee's gone, I don't know who I am.
@@
Championship season and the whole parish is on edge. Look after each other after the final whistle.
@@
The camogie squad has started a Wellbeing Wednesday. Tea, chats, no drills.
@@
The Lionesses winning the Euros did something for teenage girls' confidence that no campaign ever did.
@@
The Matildas' World Cup run got my 14-year-old off her phone and onto a pitch. Best thing for her mood in years.
@@
Netball season starts in April and it's the only time I feel part of something.
@@
Ronnie O'Sullivan writing about running to keep his head right was honestly inspiring.
@@
Andy Murray crying in that press conference about his hip was the most relatable thing I've seen an athlete do.
@@
Coach told me to "man up" after I had a panic attack before the Regional Final. I quit the team.
@@
Weightlifting isn't about the numbers for me. It's the only hour where my brain shuts up.
@@
Yoga with Adriene is free, kind and has a dog in it. What more do you want.
@@
Movember isn't just moustaches. Mental health and suicide prevention are half of it.
@@
Chase the PB, not the validation. Still learning that one.
@@
Summer in the pool at 6am. Chlorine and quiet. My happy place.
@@
Ben Stokes stepping away from cricket for his mental health showed a lot of blokes it's okay.
@@
Olympians get depressed after the Games. The post-Olympic blues are real.
@@
The boxing gym runs free sessions for young lads in care. Best youth mental health service nobody funds.
@@
State of Mind Sport came to our rugby league club last month. Big lads, very quiet room. Good session.
@@
My Garmin says my Body Battery is at 5. My body agrees.
@@
Fantasy Premier League chat is how my dad and I talk now. Feelings via Salah captaincy.
@@
The NRL's State of Mind Round is a good start. Now do it every week.
@@
The AFL is finally talking about concussion and depression. Long overdue.
@@
Climbing wall on a Tuesday night. Nobody asks how you are. You just go up. It helps.
@@
Wimbledon fortnight is the only time Mum and I sit in the same room without arguing.
@@
Marathon plan: Hal Higdon Novice 1. Mental health plan: vibes.
@@
Tour de France on the telly all July and Dad finally has something to look forward to in the evenings.
@@
The Canucks made the playoffs and for two weeks my depression took a holiday.
@@
Blue Jays game with the lads was the first time I laughed since the diagnosis.
@@
The NFL Players Association has a mental health program. Wish high school football had one.
@@
Adam Peaty talking about his drinking and depression was hugely brave.
@@
Ginger shots, cold plunge and a Huberman podcast. Gym bros have discovered wellness.
@@
Cold water swimming changed my life. Wild swimming groups are the new support groups.
@@
Super Bowl Sunday sober for the first time. Chips, salsa, and a Chiefs loss. Still counts as a win.
"""

_C_FAITH = """
Please pray for all those struggling with their mental health this Lent. You are not alone.
@@
Psalm 34:18. The Lord is close to the brokenhearted. Holding onto that today.
@@
Our Blue Christmas service is for anyone finding the season hard. Candles, quiet music, no sermon.
@@
Faith doesn't cure depression. But my church family turned up with lasagne when I couldn't cook.
@@
Imam said in the khutbah that going to therapy is not a lack of iman. The whole mosque went quiet.
@@
Ramadan Mubarak. If fasting affects your medication, you are exempt. Speak to your GP and your imam.
@@
Eid can be lonely when you're estranged from family. The masjid is hosting a community meal for anyone on their own.
@@
Mark 4:39, "Peace, be still." I say it out loud when the panic comes.
@@
Matthew 11:28 is on the fridge. "Come to me, all you who are weary."
@@
John 11:35. Jesus wept. Even He cried. I'm allowed to.
@@
The Book of Job is the most honest thing in the Bible about depression.
@@
Our rabbi gave a beautiful d'var Torah on Shabbat about the Psalms of lament.
@@
Yom Kippur is hard when you're already drowning in guilt. Go gently.
@@
Hanukkah candles, latkes, and the first smile from Grandpa in weeks.
@@
Diwali is the festival of lights, and this year I really needed some light.
@@
Our gurdwara has started a Sikh mental health circle after langar on Sundays.
@@
The Serenity Prayer has been on my bathroom mirror for twenty years.
@@
Christian counsellors, please don't tell people their anxiety is a lack of faith. Signed, a pastor's kid.
@@
Hope is a Person, says my vicar. I'm still working out what that means.
@@
Sunday Mass is the one hour a week I'm not anxious. Incense, Latin, stillness.
@@
Advent is about waiting. So is the NHS Talking Therapies waiting list. 😅
@@
Alpha Course started on Wednesday. I went for the free dinner and stayed for the conversation.
@@
Youth group leaders, please do Mental Health First Aid training. Kids tell you things they don't tell their parents.
@@
Metta meditation has helped my anxiety more than any app.
@@
Thich Nhat Hanh's Peace Is Every Step is the most-read book on my nightstand.
@@
Pema Chödrön's When Things Fall Apart got me through the divorce.
@@
Grace upon grace. That's the only way I can describe the people at our church this year.
@@
Quaker meeting is an hour of silence. It's the only therapy I can afford.
@@
Easter Sunday and I couldn't get out of bed. God is still God. I'm still me.
@@
Good Friday hits different when you've sat with someone at the end.
@@
Pentecost sermon on the Holy Spirit as Comforter and I wept in the pew.
@@
Joy comes in the morning, says Psalm 30. It's a long night sometimes though.
@@
Mental Health Sunday at church today. The minister talked about her own postnatal depression. Brave.
@@
Our women's Bible study is working through Anxious for Nothing by Max Lucado.
@@
Sabr doesn't mean suffering in silence. Our sheikh was very clear about that.
@@
Jummah with the brothers, then a long walk. That's my Friday medicine.
@@
The Pope said priests should listen more and judge less. Amen to that.
@@
Rosh Hashanah dinner was the first family event I've managed since the hospital.
@@
Shabbat shalom. Phone off, candles lit, anxiety a bit quieter.
@@
Salvation Army officers are unsung heroes of mental health. They turn up for everyone.
@@
St Vincent de Paul visitors bring food, but they also stay and chat. That matters.
@@
The hospital chaplain was Anglican but she sat with me, a Muslim, and just listened. Beautiful.
@@
The Church of Scotland is running a suicide awareness workshop, open to all faiths and none.
@@
Prayer isn't a replacement for Prozac. Both are allowed.
@@
Holy Week is heavy. Maundy Thursday, Good Friday, Holy Saturday. Waiting in the tomb feels familiar.
@@
Our Lady of Sorrows was always my mum's favourite. I understand why now.
@@
Christmas Eve Midnight Mass and I felt God for the first time in years.
@@
The Vaisakhi procession was the first crowd I've managed since the panic attacks started.
@@
Buddha said pain is certain, suffering is optional. Buddha never had a CAMHS referral.
@@
Lord, give me the patience for this week's PIP assessment. Amen.
"""

_C_RURAL = """
Lambing since March and I haven't slept more than three hours a night. Mind Your Head week can't come fast enough.
@@
Drought, feed prices and the bank manager. Three things keeping every farmer in the district up at night.
@@
The John Deere dealer had a Farming Community Network poster by the counter. Took a photo of it.
@@
Young Farmers held a mental health night with a pint and a talk. Thirty lads turned up. That's huge.
@@
Bluetongue restrictions mean no cattle movements. The mart's quiet. The men are quieter.
@@
Silage done, finally. Now I can fall apart in peace.
@@
The Met Office says more rain. The crop says no.
@@
TB test came back with two reactors. I know they're just cattle to some people. Not to me.
@@
Harvest is the loneliest time. Sixteen hours in the combine with nobody to talk to.
@@
Farmstrong has a brilliant podcast. Real farmers, real talk.
@@
The Country Women's Association ladies dropped round with scones and a pamphlet on drought support. Legends.
@@
The Rural Financial Counselling Service helped us restructure the loan. Wish I'd called them two years ago.
@@
Do More Agriculture is running workshops across the Prairies this winter. Worth a look.
@@
Will the Sustainable Farming Incentive payments land before the overdraft bites? Doubt it.
@@
My Massey Ferguson is older than me and more reliable than my mood.
@@
Calving in February with a broken heart is a special kind of hard.
@@
The Men's Shed in the village hall is the only place Dad goes off the farm.
@@
Frost on the ground, ewes in the shed, and RTÉ on the radio. Small mercies.
@@
Macra had a stand about farm stress at the Ploughing. Longest queue wasn't for the free hats for once.
@@
Bord Bia audit the week after burying Dad. The form says "Sustainability". Didn't feel very sustainable.
@@
Canadian Tire run for fence posts and a chat with the guy at the till. That's my therapy.
@@
Bunnings sausage sizzle raising money for Rural Aid this weekend. Go buy a snag.
@@
The Hilux has seen me cry more than anyone alive.
@@
Defra forms make me want to scream into a hay bale.
@@
Wool prices are a joke. Shearing costs more than the fleece is worth.
@@
NFU Mutual renewal went up again. Every month is a fight.
@@
Fencing alone all day with the radio on. Men need to talk more, and I'm one of them.
@@
The Farm Safety Foundation says mental health is the biggest hidden risk in farming. They're right.
@@
RSABI were there when the barn burned. A phone call, then a grant, then a visit. Decent people.
@@
The Rural Support Trust people actually understand farming. That's why I finally called them.
@@
Shearers' quarters, Speight's in the fridge, nobody talking about their feelings. Classic.
@@
The BOM radar is my first and last look every day. That can't be healthy.
@@
Harvest festival at the chapel. Thanking God for the crop we didn't get.
@@
Autumn sowing's done. Time to face the paperwork and the dread.
@@
The vet noticed I wasn't right before my wife did. Vets are the unsung first responders of farm mental health.
@@
Seasonal workers from the Pacific Islands are away from their families for months. Their wellbeing matters too.
@@
Dairy prices crashed and my nerves went with them.
@@
The Kubota died in the middle of the field and I just sat there for an hour. Not because of the tractor.
@@
Farmer suicide in Australia is far above the national average. Look after your neighbours.
@@
Hay convoy for drought-hit farms in Queensland leaves on Saturday.
@@
Agricultural shows are good for the soul. Even when your heifer comes last.
@@
Wellies, Barbour, flask of tea. Out the door before dawn. Routine keeps the dark at bay.
@@
The Land Rover Defender is held together with baler twine and optimism.
@@
Ag college never taught us about stress. It should.
@@
The co-op has a mental health first aider now. I grew up thinking you just "got on with it".
@@
The Irish Farmers Journal ran a whole supplement on farm stress. Left it on the kitchen table for Dad.
@@
A farming podcast did an episode on depression. First time I've heard a farmer say "therapy" on air.
@@
Sunny day, ewes out, lambs bouncing. For about ten minutes, everything is fine.
@@
Succession planning is a mental health issue. Nobody wants to talk about who gets the farm.
@@
NSW drought hub counsellors will come out to the property. No waiting room, no gossip at the shop.
@@
Harvest Moon tonight. Used to sit out and watch it with Dad. Sat out on my own this year.
"""

_C_ND = """
Diagnosed with ADHD at 38 through Right to Choose with Psychiatry UK. Cried in the car after.
@@
Elvanse shortage is back. Rang five pharmacies and not a single box.
@@
AuDHD brain: wants routine, hates routine. Make it make sense.
@@
Body doubling on Focusmate has done more for my productivity than any planner.
@@
Loop earplugs in Costco on a Saturday. Changed my life.
@@
Goblin Tools breaks my tasks into tiny steps. "Put on socks" is a legitimate step, thank you very much.
@@
Tiimo for visual schedules. The only planner app I haven't abandoned after a week.
@@
Masking all day at work and then melting down in the Aldi car park. Classic autistic Friday.
@@
Rejection Sensitive Dysphoria when my manager says "Can we have a quick chat?" 😱
@@
Special interest update: I now know everything about Roman aqueducts and nothing about my tax return.
@@
Late-diagnosed autistic women, what was the moment it clicked? For me it was Unmasking Autism by Devon Price.
@@
Fern Brady's Strong Female Character made me feel seen in a way no clinician ever has.
@@
Chris Packham's documentary on autism should be shown in every school.
@@
ADHD tax this month: late fee on a Netflix I don't use, a parking fine, and a Tesco shop I left in the boot.
@@
Concerta XL and a protein breakfast. That's the only way the morning works.
@@
Can neurotypicals please stop saying "everyone's a little bit ADHD".
@@
Stimming in public used to terrify me. Now I fidget with my Tangle and let people stare.
@@
PDA isn't being naughty. It's a nervous system that reads every demand as a threat.
@@
Quiet Hour at Woolworths is the best thing they've done. Lights down, no music, quiet registers.
@@
Autistic burnout isn't regular burnout. It's more like your whole operating system crashes.
@@
AirPods Pro and a brown noise playlist on Spotify. Open-plan office survival kit.
@@
Hyperfocused on a Sims 4 build for nine hours. Forgot to eat. Forgot to drink. Forgot I had a body.
@@
Strattera made me nauseous, Vyvanse made me a person. Everyone's different.
@@
Will my employer find out if I go through Access to Work? Nervous about disclosing.
@@
The NDIS finally approved my plan. Occupational Therapy and a support worker. Took a year.
@@
Executive dysfunction is staring at the dishwasher for 40 minutes knowing exactly how to empty it.
@@
Dyslexia and ADHD in the same brain. Reading a Terms and Conditions page is a boss fight.
@@
Temple Grandin's TED Talk was the first time I heard someone describe thinking in pictures.
@@
Autistic joy is real. Mine is trains. Specifically the Flying Scotsman.
@@
Don't touch my weighted blanket. It's not a blanket, it's a coping mechanism.
@@
Meltdown vs tantrum: one is nervous system overload, the other is a negotiation. Please learn the difference, teachers.
@@
Hannah Gadsby's Nanette made me cry for reasons I still can't put into words.
@@
Dr. Edward Hallowell's Driven to Distraction still holds up, mostly.
@@
Autistic adults in Canada: the Disability Tax Credit application is a nightmare. Tips?
@@
The National Autistic Society's helpline was patient with me. I appreciated that.
@@
ASAN's "Nothing About Us Without Us" should be the default in research.
@@
Sunday reset is a lie for ADHD people. My reset takes until Wednesday.
@@
Twenty browser tabs, three unfinished Duolingo lessons and an overdue library book. Hello, it's me.
@@
Monotropism explains my brain better than any DSM-5 criteria ever did.
@@
Alexithymia: when your therapist asks how you feel and your brain returns Error 404.
@@
Mark the calendar: April is Autism Acceptance Month. We're already aware, thanks.
@@
ADHD Awareness Month in October and everyone at work suddenly wants to talk about their "squirrel brain".
@@
Got my first pair of Crocs because laces are a sensory nightmare. No regrets.
@@
Scottish Autism's online community is small but kind.
@@
Neurodivergent parents raising neurodivergent kids: we're all doing our best with a Google Calendar and a prayer.
@@
Ivy on the fence, a podcast at 1.5x speed and a long walk. Best ADHD medicine that isn't medicine.
@@
The Hidden Disabilities Sunflower lanyard made airport security so much easier.
@@
Anyone else need subtitles on even though their hearing is fine? Auditory processing is weird.
@@
Burnout recovery week 3. Minecraft, oat milk and silence.
@@
Grieving the kid who thought she was just "lazy". Late diagnosis is a whole bereavement.
@@
The Adderall shortage in the US has been going on for years now. How is this still happening?
@@
Ritalin at school in the 90s, nothing in my twenties, Elvanse at forty. Full circle.
@@
Chewigem necklace at my desk. My colleagues think it's jewellery. It is, sort of.
@@
Interoception: I don't notice I'm hungry until I'm furious.
@@
Sue the school? No. But I am writing a very strongly worded letter about my son's IEP.
"""

_C_CULTURE = """
WHY IS THE CAMHS WAITING LIST LONGER THAN MY SON'S ENTIRE SECONDARY SCHOOL CAREER
@@
Things That Helped This Week:
- Bluey
- a Costa flat white
- finally booking the GP
- crying at Paddington 2
@@
Top 5 Songs For A Bad Brain Day
1. Fix You (Coldplay)
2. Breathe Me (Sia)
3. Stick Season (Noah Kahan)
4. Motion Sickness (Phoebe Bridgers)
5. Keep Your Head Up (Ben Howard)
@@
> Have you tried yoga?

Have YOU tried reading the room?
@@
Matt Haig's Reasons to Stay Alive is the book I give everyone. Everyone.
@@
Stephen Fry talks about his bipolar like weather. Some days it rains. Doesn't mean it'll rain forever.
@@
Whatever you think of Prince Harry, him talking about therapy got the men in my family talking about it too.
@@
The Princess of Wales speaking about fear and recovery was unexpectedly moving.
@@
Selena Gomez's documentary My Mind & Me. Watch it if you've ever felt like your brain was working against you.
@@
Robin Williams. Chester Bennington. Avicii. Anthony Bourdain. Check on your funny friends. Check on your strong friends.
@@
Shrinking on Apple TV+ is the first show about a therapist that made me want to go back to therapy. Harrison Ford is perfect.
@@
Ted Lasso's "Be a goldfish" has genuinely helped my rumination.
@@
Eeyore is clinically depressed and the Hundred Acre Wood still invites him to everything. Be like the Hundred Acre Wood.
@@
Brené Brown: "Vulnerability is not weakness." Me at the work Christmas party after three proseccos: say less.
@@
Dr. Julie Smith's Why Has Nobody Told Me This Before? is on every nightstand in my friend group.
@@
Viktor Frankl's Man's Search for Meaning is short, brutal and hopeful. Read it in a weekend.
@@
Johann Hari's Lost Connections made some good points and some very bad ones.
@@
Kristin Neff's self-compassion break: hand on heart, "this is a moment of suffering". Awkward at first. Works.
@@
Jordan Peterson says clean your room. Sure, right after I find the will to stand up.
@@
Mel Robbins' 5 Second Rule got me out of bed for exactly one week.
@@
Jay Shetty quotes on a Canva background are not a treatment plan.
@@
Sunday: Mass. Monday: therapy. Tuesday: Tesco meal deal and a nap. Balance.
@@
New Year's resolution: stop apologising for existing. Status: sorry.
@@
Valentine's Day when you're single, depressed and out of Ben & Jerry's is a special circle of hell.
@@
Bonfire Night is brutal for veterans with PTSD and for dogs. Quiet fireworks, please.
@@
Anzac Day always brings it up for Grandad's mates. The RSL puts on a quiet breakfast for those who can't face the march.
@@
Waitangi Day at home with the whānau. First year I've felt well enough to join in.
@@
Matariki is a time for remembering those we've lost. Lit a candle for everyone we've lost to suicide.
@@
Canada Day fireworks from the balcony, alone. Not sad, just quiet. That's progress.
@@
Fourth of July isn't fun for everyone. Combat vets especially, please have a plan.
@@
St Patrick's Day is the hardest day of the year to be sober in Ireland. Sober Paddy's Day crew, where are you?
@@
Thanksgiving with the family and the "when are you getting a real job" questions. Saved by the Lions game.
@@
Halloween decorations up in September and I'm still recovering from last Christmas.
@@
Boxing Day sales at Next and a panic attack in the changing room. Festive.
@@
Mother's Day when you've lost your mum: the Interflora emails are brutal. Opt out if you can.
@@
Father's Day is complicated. Sending love to everyone for whom it's complicated.
@@
Remembrance Sunday: two minutes' silence, then the lads from the regiment go to the pub and nobody says what they're really thinking.
@@
OK I'll say it: Lana Del Rey is not a mood stabiliser.
@@
Honestly?? Chappell Roan cancelling shows to protect her mental health was the most punk thing she's done.
@@
Dolly Parton said if you want the rainbow, you gotta put up with the rain. Wise woman.
@@
Cillian Murphy saying he's not a fan of fame made my introvert bones sing.
@@
Paul Mescal in Aftersun. I had to sit in the car for half an hour after.
@@
Normal People, episode 10, Connell at the counsellor. Best depiction of male depression on TV, full stop.
@@
BoJack Horseman is a cartoon about a horse and the most accurate show about addiction I've ever seen.
@@
Bo Burnham's Inside got half of us through lockdown.
@@
Fix You by Coldplay at a funeral. Never recovered.
@@
Kendrick Lamar's "u" is the most honest song I know about self-loathing.
@@
Anyone else rewatch Gilmore Girls every autumn like it's been prescribed?
@@
Ruby Wax turned her depression into a whole mindfulness movement. Frazzled Cafés are worth a look.
@@
Summer Solstice. Longest day. Going to watch the sunrise at Stonehenge and try not to think.
@@
June Gloom is a Californian thing apparently but it lives in my head all year round.
@@
Autumn Budget from the Chancellor and my anxiety shot up. Benefit cuts again.
@@
Dawn French on Graham Norton talking about grief had me in pieces.
@@
Art therapy at the day hospital. I painted a sad tree. The therapist said "tell me about the tree". I cried.
@@
Guy Fieri has no business being this comforting at 3am but here we are.
@@
Pat Barker's Regeneration in English Lit finally got my grandad talking about his own dad and the war.
@@
Grace Dent talking about her dad's dementia on her podcast hit home.
@@
May the Fourth be with you. Star Wars marathon instead of doomscrolling.
@@
Iris, the film with Judi Dench, is hard but beautiful to watch as a dementia carer.
@@
Holly Willoughby leaving This Morning and me crying about a daytime TV presenter. Oh right, parasocial grief.
@@
Jack Black in the Minecraft movie did more for my mood than six months of Sertraline.
@@
Geri Halliwell writing about bulimia was the first time I heard anyone famous talk about it.
@@
Pennies saved, bills paid, Christmas covered. First December in years I'm not anxious.
@@
Jasmine from Aladdin was my comfort princess growing up. Still is, apparently.
@@
Sterling has crashed, the news is grim, and I've decided I'm only watching Bake Off from now on.
@@
Carol singers at the door and I hid behind the sofa. Social anxiety at Christmas is a whole thing.
@@
Christian Bale lost all that weight for The Machinist and people called it dedication. When I do it they call it an eating disorder.
@@
Florence + the Machine's Dog Days Are Over at full volume in the car. Cheaper than therapy.
@@
Hozier's Take Me to Church on the hospital radio and the whole ward joined in. Surreal.
@@
Robin on the bird feeder this morning. Mum always said that means someone you've lost is visiting.
@@
Daisy chains with the little ones in the park. First afternoon in months I wasn't thinking about anything.
@@
Heather on the hills, the Highlands in autumn. If you need a reason to stay, that's one.
@@
Noel Gallagher and Liam back on the same stage and my dad actually smiled. Oasis reunion as mental health intervention.
@@
Sunny side up eggs, Radio 2 and a clean kitchen. Small things, big difference.
@@
Frankly, the Daily Mail's coverage of mental health "overdiagnosis" is doing real harm.
@@
Trump, Brexit, interest rates. My therapist says to limit the news to once a day. She's right.
@@
King Charles talking about his cancer treatment openly was quietly a big deal for older men.
@@
Jacinda Ardern saying she no longer had enough in the tank was the most honest resignation I've heard.
@@
Mark Carney on the news again and my dad shouting at the telly. Some things never change. Comforting, weirdly.
"""

CLEAN_ELEVENTH = (
    _split(_C_TEEN)
    + _split(_C_PARENTS)
    + _split(_C_OLDER)
    + _split(_C_WORK)
    + _split(_C_UNI)
    + _split(_C_FORUM)
    + _split(_C_CRISIS)
    + _split(_C_CLINIC)
    + _split(_C_ASR)
    + _split(_C_SPORT)
    + _split(_C_FAITH)
    + _split(_C_RURAL)
    + _split(_C_ND)
    + _split(_C_CULTURE)
)


# ---------------------------------------------------------------------------
# Public resources (must stay in text)
# ---------------------------------------------------------------------------

PUBLIC_ELEVENTH = [
    # --- United States ---
    ("If you're in the US and thinking about suicide, please call or text {r}. It's free and confidential.",
     ["988", "the 988 Suicide & Crisis Lifeline"]),
    ("You can also chat online with a counselor at {r}, any time.",
     ["988lifeline.org", "988lifeline.org/chat"]),
    ("can't talk out loud? text {r}, a real person answers",
     ["HOME to 741741", "TALK to 741741", "Crisis Text Line"]),
    ("Veterans and service members can reach the Veterans Crisis Line by {r}.",
     ["dialing 988 and pressing 1", "texting 838255"]),
    ("LGBTQ+ young people can reach {r} 24/7, it's free and confidential.",
     ["The Trevor Project", "The Trevor Project at 1-866-488-7386"]),
    ("For treatment referrals for substance use or mental health, call {r}.",
     ["the SAMHSA National Helpline at 1-800-662-4357", "SAMHSA's National Helpline"]),
    ("You can search for local treatment options at {r}.",
     ["findtreatment.gov", "samhsa.gov"]),
    ("The NAMI HelpLine is {r}, and they're really good with families.",
     ["1-800-950-6264", "1-800-950-NAMI"]),
    ("If you're not safe at home, please call {r}.",
     ["the National Domestic Violence Hotline at 1-800-799-7233", "1-800-799-SAFE", "thehotline.org"]),
    ("Survivors of sexual assault can call {r}, day or night.",
     ["RAINN's National Sexual Assault Hotline at 800-656-4673", "800-656-HOPE", "RAINN"]),
    ("New and expecting moms can call or text {r}.",
     ["the National Maternal Mental Health Hotline at 1-833-852-6262", "1-833-TLC-MAMA"]),
    ("Postpartum Support International's HelpLine is {r}.",
     ["1-800-944-4773"]),
    ("After the flooding, a lot of people in our group used {r}.",
     ["the Disaster Distress Helpline at 1-800-985-5990"]),
    ("Caring for someone with dementia? The Alzheimer's Association runs a 24/7 Helpline at {r}.",
     ["1-800-272-3900"]),
    ("To find local services for an older parent, call {r}.",
     ["the Eldercare Locator at 1-800-677-1116"]),
    ("Farm families going through a hard time can call {r}.",
     ["the Farm Aid hotline at 1-800-FARM-AID", "1-800-327-6243"]),
    ("For food, housing or local health services, dial {r}.",
     ["211"]),
    ("If someone's life is in danger right now, call {r}.",
     ["911"]),
    ("Trans folks in the US can call {r}, it's run by trans people.",
     ["Trans Lifeline at (877) 565-8860"]),
    ("If a child is being hurt, call {r}.",
     ["the Childhelp National Child Abuse Hotline at 1-800-422-4453"]),

    # --- United Kingdom ---
    ("You can ring Samaritans free, day or night, on {r}.",
     ["116 123"]),
    ("If talking feels too much, you can email Samaritans at {r}.",
     ["jo@samaritans.org"]),
    ("Text {r} to talk to a trained volunteer, free on all major UK networks.",
     ["SHOUT to 85258", "85258"]),
    ("In England you can now call {r} for urgent mental health help.",
     ["NHS 111 and choose the mental health option", "NHS 111"]),
    ("If you've taken an overdose or are in immediate danger, call {r} or go to A&E.",
     ["999"]),
    ("Under 35 and having thoughts of suicide? Contact {r}.",
     ["Papyrus HOPELINE247 on 0800 068 4141", "HOPELINE247", "Papyrus by texting 88247"]),
    ("CALM's helpline is open 5pm to midnight, every day, on {r}.",
     ["0800 58 58 58"]),
    ("Children and young people can call {r} for free, and it won't show on the phone bill.",
     ["Childline on 0800 1111"]),
    ("For information about diagnoses and medication, the {r} is really helpful.",
     ["Mind Infoline on 0300 123 3393", "Mind Infoline"]),
    ("There's loads of good, plain-English information on {r}.",
     ["mind.org.uk", "nhs.uk", "rethink.org", "youngminds.org.uk"]),
    ("Rethink Mental Illness has an advice line on {r}.",
     ["0808 801 0525"]),
    ("In Scotland, {r} is there for anyone feeling low, anxious or stressed.",
     ["Breathing Space on 0800 83 85 87", "NHS 24 on 111"]),
    ("In Wales, the {r} offers free emotional support.",
     ["C.A.L.L. helpline on 0800 132 737", "C.A.L.L. helpline"]),
    ("If you're in Northern Ireland and in crisis, call {r}.",
     ["Lifeline on 0808 808 8000"]),
    ("Older people can call {r} free, every day of the year.",
     ["the Age UK Advice Line on 0800 678 1602"]),
    ("Unpaid carers can get advice on benefits from {r}.",
     ["Carers UK's Helpline on 0808 808 7777", "Carers UK", "Carers Trust"]),
    ("For dementia support, call {r}.",
     ["the Alzheimer's Society Dementia Support Line on 0333 150 3456"]),
    ("Worried about your child's mental health? Call {r}.",
     ["the YoungMinds Parents Helpline on 0808 802 5544"]),
    ("Beat's eating disorder helpline in England is {r}.",
     ["0808 801 0677"]),
    ("For honest information about drugs, talk to {r}.",
     ["FRANK on 0300 123 6600", "FRANK"]),
    ("Veterans struggling with their mental health can contact {r}.",
     ["Combat Stress on 0800 138 1619", "Op COURAGE, the NHS veterans' mental health service"]),
    ("Farmers in the UK can call {r}.",
     ["the Farming Community Network on 03000 111 999", "RABI", "RSABI on 0808 1234 555", "the DPJ Foundation"]),
    ("If gambling is taking over, call {r}.",
     ["the National Gambling Helpline on 0808 8020 133", "GamCare"]),
    ("LGBT+ people can talk to {r}, staffed by LGBT+ volunteers.",
     ["Switchboard on 0800 0119 100"]),
    ("You can self-refer to {r} without seeing your GP first.",
     ["NHS Talking Therapies"]),
    ("Students can get support from {r}.",
     ["Student Space", "Nightline", "Student Minds"]),
    ("Under 25s can get free support from {r}.",
     ["The Mix on 0808 808 4994", "YoungMinds", "Kooth"]),
    ("SANEline is open every day, 4pm to 10pm, on {r}.",
     ["0300 304 7000"]),

    # --- Ireland ---
    ("In Ireland you can call Samaritans free on {r}.",
     ["116 123"]),
    ("Samaritans Ireland also answer emails at {r}.",
     ["jo@samaritans.ie"]),
    ("For suicide and self-harm support in Ireland, call {r}.",
     ["Pieta on 1800 247 247", "Pieta"]),
    ("Text {r} for free, anonymous support in Ireland, 24/7.",
     ["HELLO to 50808", "50808", "HELP to 51444"]),
    ("The HSE has a full list of services at {r}.",
     ["yourmentalhealth.ie", "hse.ie"]),
    ("If you're 12 to 25, you can get free support from {r}.",
     ["Jigsaw", "jigsaw.ie"]),
    ("For depression and bipolar support in Ireland, contact {r}.",
     ["Aware's Support Line on 1800 80 48 48", "Aware"]),
    ("Children in Ireland can call {r}.",
     ["Childline on 1800 66 66 66"]),
    ("Older people living alone can call {r}.",
     ["ALONE on 0818 222 024"]),
    ("In an emergency in Ireland, ring {r}.",
     ["112 or 999"]),

    # --- Canada ---
    ("In Canada, you can call or text {r} any time.",
     ["9-8-8", "988"]),
    ("Young people in Canada can call {r}, day or night.",
     ["Kids Help Phone at 1-800-668-6868", "Kids Help Phone"]),
    ("Text {r} to reach a Kids Help Phone crisis responder.",
     ["CONNECT to 686868"]),
    ("Indigenous people across Canada can call {r}.",
     ["the Hope for Wellness Help Line at 1-855-242-3310"]),
    ("Ontario college and university students can call {r}.",
     ["Good2Talk at 1-866-925-5454"]),
    ("Looking for mental health or addiction services in Ontario? Try {r}.",
     ["ConnexOntario at 1-866-531-2600"]),
    ("The {r} has local branches with free programs.",
     ["Canadian Mental Health Association", "CMHA"]),
    ("Canadian farmers can find support through {r}.",
     ["the Do More Agriculture Foundation"]),

    # --- Australia ---
    ("In Australia, call {r} for 24/7 crisis support.",
     ["Lifeline on 13 11 14", "13 11 14"]),
    ("If you can't talk, text Lifeline on {r}.",
     ["0477 13 11 14"]),
    ("For anxiety or depression, talk to {r}.",
     ["Beyond Blue on 1300 22 4636", "Beyond Blue"]),
    ("Lots of good resources at {r}.",
     ["beyondblue.org.au", "lifeline.org.au", "headspace.org.au", "blackdoginstitute.org.au", "reachout.com"]),
    ("Kids and young people can call {r} any time.",
     ["Kids Helpline on 1800 55 1800"]),
    ("If you're worried about someone, or bereaved by suicide, call {r}.",
     ["the Suicide Call Back Service on 1300 659 467"]),
    ("Blokes can call {r}, any time.",
     ["MensLine Australia on 1300 78 99 78"]),
    ("Aboriginal and Torres Strait Islander people can yarn with a crisis supporter on {r}.",
     ["13YARN (13 92 76)"]),
    ("LGBTIQ+ people in Australia can call {r}.",
     ["QLife on 1800 184 527"]),
    ("Veterans and their families can contact {r}.",
     ["Open Arms on 1800 011 046"]),
    ("For perinatal anxiety and depression, call {r}.",
     ["PANDA on 1300 726 306"]),
    ("For eating disorder support, contact {r}.",
     ["the Butterfly Foundation on 1800 33 4673"]),
    ("For dementia support, call {r}.",
     ["the National Dementia Helpline on 1800 100 500"]),
    ("In an emergency in Australia, call {r}.",
     ["000", "Triple Zero (000)"]),
    ("Unpaid carers can contact {r}.",
     ["Carer Gateway on 1800 422 737"]),
    ("For sexual assault, domestic or family violence, call {r}.",
     ["1800RESPECT (1800 737 732)"]),
    ("You can speak to a registered nurse any time through {r}.",
     ["healthdirect on 1800 022 222"]),

    # --- New Zealand ---
    ("In Aotearoa, free call or text {r} to talk to a trained counsellor.",
     ["1737"]),
    ("You can call {r} any time of the day or night.",
     ["Lifeline Aotearoa on 0800 543 354", "the Suicide Crisis Helpline on 0508 828 865"]),
    ("Rangatahi can call {r}.",
     ["Youthline on 0800 376 633", "Youthline (free text 234)"]),
    ("For depression support in NZ, call {r}.",
     ["the Depression Helpline on 0800 111 757", "the Depression Helpline (free text 4202)"]),
    ("For health advice any time in NZ, call {r}.",
     ["Healthline on 0800 611 116"]),
    ("Farmers in New Zealand can call {r}.",
     ["the Rural Support Trust on 0800 787 254", "Farmstrong"]),
    ("Check out {r} for more information.",
     ["mentalhealth.org.nz", "depression.org.nz", "farmstrong.co.nz"]),
    ("In an emergency in New Zealand, dial {r}.",
     ["111"]),
    ("Rainbow communities can call {r}.",
     ["OUTLine on 0800 688 5463"]),
    ("For alcohol and drug advice, call {r}.",
     ["the Alcohol Drug Helpline on 0800 787 797"]),

    # --- International ---
    ("Not in any of these countries? Find a helpline near you at {r}.",
     ["findahelpline.com", "befrienders.org"]),
    ("The {r} publishes guidance on depression and suicide prevention.",
     ["World Health Organization", "WHO"]),
]
