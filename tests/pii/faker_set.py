#!/usr/bin/env python3
"""The generated privacy evaluation set: Faker identifiers placed in counselling-chat contexts.

Independent of the detector by construction: the identifier values come from Python Faker
(pinned in scripts/requirements-test.txt) across six English locales and every identifier
provider it has; the context templates and the identifier-free carrier sentences below were
written for this file, as people write in support chats, not from the detector's cue lists, and
faker_contexts_extra.py adds as many again (609 carrier sentences, 90 public-resource contexts,
249 templates) written by a separate author who never saw the detector's code or lists, and the
dev half alone adds a third author's 1,292 carrier messages and 114 public-resource contexts
(faker_contexts_dev.py): more to tune on, nothing added to the half that is only reported.

Templates and carrier sentences are each assigned to the `dev` half or the `test` half by a
hash of their text, and the two halves draw Faker values from different seeds, so the test
half holds contexts and values the detector was never tuned on.

Output: one JSON object per line —
  {"id", "half", "locale", "family", "messages": [{"role", "content"}],
   "spans": [{"message", "start", "end", "type"}],      identifiers (UTF-8 byte offsets)
   "decoys": [{"message", "start", "end", "kind"}]}      public resources that must stay intact
`family` is "pii" (holds identifiers), "clean" (none: must come out byte-identical) or
"decoy" (public resources only: must come out byte-identical too).

`--source fourth` draws contexts, carrier text and public resources from a fourth author's module
alone (faker_contexts_fourth.py, development only): a set of text the detector had not seen;
`--source fifth` … `--source tenth` likewise from a fifth to a tenth author's
(faker_contexts_fifth.py … faker_contexts_tenth.py, 2026-12-06).
`--source twelfth` keeps the dev half's templates and public contexts and takes every
identifier-free sentence from a twelfth author's 700 (faker_contexts_twelfth.py, development
only), written in the style of this file's two authors from their dev-half sentences alone: a
stand-in, never tuned on before it was scored, for the test half's unseen carrier text. `--source
thirteenth` likewise with a thirteenth author's 700, asked in the same style to be rich in
capitalised words and numbers that identify no one (faker_contexts_thirteenth.py). `--source
fourteenth` and `--source fifteenth` likewise (2026-12-07), a fourteenth author's 700 in the
standard style and a fifteenth's 700 in the voices of many kinds of people (teenagers, older
adults, carers, veterans, migrants mixing in their first language, clinicians), each scored
before it was tuned on (docs/PRIVACY.md). `--source sixteenth` likewise (2026-12-07, later), a
sixteenth author's 700 in the standard style, about a third with a capitalised word that names no
one, scored before and after that day's changes, before any tuning on it. `--source seventeenth`
likewise (a later session), a seventeenth author's 700, scored blind before and after that
session's changes, then tuned on; `--source eighteenth` an eighteenth author's 700 from that
session, asked for chat spellings and code-switching too, scored blind at its end; `--source
nineteenth` a nineteenth author's 700 (a later session), scored blind with mhd-pii/15 and /16.

`--names world` fills only the name slots, with the names of eighteen other countries' Faker
locales (nine per half, WORLD below): how the name lists, drawn from the US census and the
British and Irish columns of a name dictionary, serve people named elsewhere.

Usage: faker_set.py --half dev|test [--source standard|fourth|…|nineteenth] [--names english|world] [--records N] [--seed S] > set.jsonl
"""

import argparse
import hashlib
import json
import random
import re
import sys

from faker import Faker

import faker_contexts_dev as dev_only
import faker_contexts_extra as extra
import faker_contexts_fifth as fifth
import faker_contexts_sixth as sixth
import faker_contexts_seventh as seventh
import faker_contexts_eighth as eighth
import faker_contexts_ninth as ninth
import faker_contexts_tenth as tenth
import faker_contexts_eleventh as eleventh
import faker_contexts_twelfth as twelfth
import faker_contexts_thirteenth as thirteenth
import faker_contexts_fourteenth as fourteenth
import faker_contexts_fifteenth as fifteenth
import faker_contexts_sixteenth as sixteenth
import faker_contexts_seventeenth as seventeenth
import faker_contexts_eighteenth as eighteenth
import faker_contexts_nineteenth as nineteenth
import faker_contexts_fourth as fourth

LOCALES = ["en_US", "en_GB", "en_CA", "en_AU", "en_IE", "en_NZ"]

# `--names world`: the names of people who write English in those countries but whose names the
# six locales' lists seldom hold (South Asia, West and East Africa, Turkey, Central Asia, Eastern
# Europe, Latin America, South-East Asia), from Faker's own per-locale lists. The two halves take
# different countries, so the test half's names come from populations never tuned on.
WORLD = {
    "dev": ["en_IN", "en_PK", "yo_NG", "zu_ZA", "tr_TR", "pl_PL", "id_ID", "es_MX", "az_AZ"],
    "test": ["en_KE", "en_TH", "ig_NG", "ha_NG", "sw", "ro_RO", "pt_BR", "uz_UZ", "tw_GH"],
}
NAME_SLOTS = {"first", "first_lower", "full", "full_lower", "titled", "titled_full", "last"}


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def half_of(text):
    """dev or test, by a stable hash of the text (carrier sentences and public resources)."""
    return "dev" if int(digest(text)[:2], 16) % 2 == 0 else "test"


def split_templates():
    """Each template goes to one half. Templates are grouped by their rarest slot and
    alternate between the halves in hash order, so every slot has contexts in both halves
    and no context is in both."""
    count = {}
    for ts in TEMPLATES.values():
        for t in ts:
            for s in set(SLOT.findall(t)):
                count[s] = count.get(s, 0) + 1
    groups = {}
    for fam, ts in TEMPLATES.items():
        for t in ts:
            key = min(set(SLOT.findall(t)), key=lambda s: (count[s], s))
            groups.setdefault(key, []).append((fam, t))
    halves = {"dev": [], "test": []}
    for key in sorted(groups):
        for i, item in enumerate(sorted(groups[key], key=lambda x: digest(x[1]))):
            halves["dev" if i % 2 == 0 else "test"].append(item)
    return halves


# ---------------------------------------------------------------------------------------------
# Identifier slots. Each returns a list of (text, type-or-None) pieces: typed pieces are
# identifiers, untyped ones are glue (punctuation, states, the word "Box"…).
# ---------------------------------------------------------------------------------------------

TITLES = ["Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Ms", "Mr", "Miss", "Prof.", "Nurse", "Pastor"]


def first(f, r):
    return [(f.first_name(), "NAME")]


def first_lower(f, r):
    return [(f.first_name().lower(), "NAME")]


def full(f, r):
    n = f.first_name() + " " + f.last_name()
    if r.random() < 0.15:
        n = f.first_name() + " " + f.first_name() + " " + f.last_name()
    if r.random() < 0.1:
        n = f.first_name() + " " + r.choice("ABCDEFGHJKLMNPRSTW") + ". " + f.last_name()
    return [(n, "NAME")]


def full_lower(f, r):
    return [((f.first_name() + " " + f.last_name()).lower(), "NAME")]


def titled(f, r):
    return [(r.choice(TITLES) + " ", None), (f.last_name(), "NAME")]


def titled_full(f, r):
    return [(r.choice(TITLES) + " ", None), (f.first_name() + " " + f.last_name(), "NAME")]


def last(f, r):
    return [(f.last_name(), "NAME")]


def phone(f, r):
    x = r.random()
    if x < 0.55:
        p = f.phone_number()
    elif x < 0.65 and hasattr(f, "cellphone_number"):
        p = f.cellphone_number()
    elif x < 0.8:
        p = f.basic_phone_number() if hasattr(f, "basic_phone_number") else f.phone_number()
    elif x < 0.9:
        p = f.phone_number()
        if "x" not in p:
            p += r.choice([" ext. ", " x", " ext ", " extension "]) + str(r.randint(1, 9999))
    else:
        p = r.choice(["001-", "+1-", "+1 ", "1-", "1 "]) + f.numerify("%##-%##-####")
    return [(p.strip(), "PHONE")]


def email(f, r):
    e = r.choice([f.email, f.free_email, f.company_email, f.safe_email])()
    if r.random() < 0.2:
        e = e.upper() if r.random() < 0.3 else e.capitalize()
    return [(e, "EMAIL")]


def url(f, r):
    u = r.choice([f.url, f.uri, f.url, lambda: "www." + f.domain_name(), lambda: f.domain_name() + "/" + f.uri_path()])()
    return [(u, "URL")]


def handle(f, r):
    return [("@" + f.user_name(), "ID")]


def ipv4(f, r):
    return [(r.choice([f.ipv4, f.ipv4_public, f.ipv4_private])(), "IP")]


def ipv6(f, r):
    return [(f.ipv6(), "IP")]


def ssn(f, r):
    # en_US: SSN / ITIN; en_GB: NI number; en_CA: SIN; others: US-style
    return [(r.choice([f.ssn, f.ssn, getattr(f, "itin", f.ssn)])(), "SSN")]


def card(f, r):
    c = f.credit_card_number()
    if r.random() < 0.4 and len(c) == 16:
        sep = r.choice([" ", "-"])
        c = sep.join(c[i:i + 4] for i in range(0, 16, 4))
    return [(c, "CARD")]


def iban(f, r):
    return [(r.choice([f.iban, f.bban])(), "ACCOUNT")]


def account(f, r):
    return [(r.choice([f.aba, lambda: f.numerify("#########"), lambda: f.numerify("####-####-##")])(), "ACCOUNT")]


def mrn(f, r):
    return [(r.choice([f.numerify("########"), f.bothify("??######").upper(), f.numerify("MR-#######")]), "MRN")]


def plan(f, r):
    return [(r.choice([f.bothify("???#########").upper(), f.numerify("##########"), f.bothify("W#########")]), "HEALTH_PLAN")]


def licence(f, r):
    return [(r.choice([f.bothify("?#######").upper(), f.numerify("###-###-###"), f.bothify("??######").upper()]), "LICENSE")]


def plate(f, r):
    return [(f.license_plate(), "VEHICLE")]


def vin(f, r):
    return [(f.vin(), "VEHICLE")]


def serial(f, r):
    return [(r.choice([f.mac_address, lambda: f.bothify("SN-####-????").upper(), f.ean13])(), "DEVICE")]


def uuid(f, r):
    return [(f.uuid4(), "ID")]


def passport(f, r):
    return [(f.passport_number() if hasattr(f, "passport_number") else f.bothify("?########").upper(), "ID")]


def city(f, r):
    return [(f.city(), "LOCATION")]


def county(f, r):
    if hasattr(f, "county"):
        return [(f.county(), "LOCATION")]
    return [(f.city(), "LOCATION")]


def street_name(f, r):
    return [(f.street_name(), "LOCATION")]


def region(f):
    for name in ("state_abbr", "province_abbr"):
        if hasattr(f, name):
            try:
                return getattr(f, name)()
            except Exception:
                pass
    return None


def postcode(f, r):
    p = f.postcode()
    if hasattr(f, "zipcode_plus4") and r.random() < 0.3:
        p = f.zipcode_plus4()
    return [(p, "ZIP")]


def street_address(f, r):
    s = f.street_address().replace("\n", ", ").strip()
    if hasattr(f, "secondary_address") and r.random() < 0.3:
        s += ", " + f.secondary_address().strip()
    return [(s, "ADDRESS")]


def full_address(f, r):
    """As written on one line or a few: street, town, region and postcode."""
    sep = r.choice([", ", "\n", " "])
    parts = [(f.street_address().replace("\n", ", ").strip(), "ADDRESS"), (sep, None), (f.city(), "LOCATION")]
    reg = region(f)
    if reg:
        parts += [(", " + reg + " ", None)]
    else:
        parts += [(" ", None)]
    parts += [(f.postcode(), "ZIP")]
    return parts


def military(f, r):
    if not hasattr(f, "military_apo"):
        f = FAKERS["en_US"][0]
    kind = r.choice(["apo", "dpo", "ship"])
    if kind == "apo":
        line = f.military_apo() + ", APO " + f.military_state() + " " + f.postcode()
    elif kind == "dpo":
        line = f.military_dpo() + ", DPO " + f.military_state() + " " + f.postcode()
    else:
        line = f.military_ship() + " " + f.last_name() + ", FPO " + f.military_state() + " " + f.postcode()
    return [(line, "ADDRESS")]


def po_box(f, r):
    return [(r.choice(["PO Box ", "P.O. Box ", "po box ", "P.O. BOX "]) + str(r.randint(1, 99999)), "ADDRESS")]


DATE_FORMATS = [
    "%B %d, %Y", "%B %-d, %Y", "%b %d, %Y", "%b. %-d, %Y", "%d %B %Y", "%-d %B %Y", "%-d %b %Y",
    "%m/%d/%Y", "%-m/%-d/%y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%Y", "%A, %B %-d",
    "%B %-d", "%-d %B", "%B %Y", "%b %Y", "%-m/%-d",
]


def ordinal(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def date(f, r):
    d = r.choice([f.date_of_birth, f.date_this_decade, f.date_this_century, f.date_object])()
    x = r.random()
    if x < 0.15:
        form = r.choice(["the {o} of {m}", "{m} {o}", "{o} {m} {y}", "{m} {o}, {y}"])
        s = form.format(o=ordinal(d.day), m=d.strftime("%B"), y=d.year)
        if s.startswith("the "):
            # the article belongs to the sentence, not to the date
            return [("the ", None), (s[4:], "DATE")]
    else:
        s = d.strftime(r.choice(DATE_FORMATS))
    return [(s, "DATE")]


def age90(f, r):
    return [(str(r.randint(90, 109)), "AGE")]


SLOTS = {
    "first": first, "first_lower": first_lower, "full": full, "full_lower": full_lower,
    "titled": titled, "titled_full": titled_full, "last": last, "phone": phone, "email": email,
    "url": url, "handle": handle, "ipv4": ipv4, "ipv6": ipv6, "ssn": ssn, "card": card,
    "iban": iban, "account": account, "mrn": mrn, "plan": plan, "licence": licence,
    "plate": plate, "vin": vin, "serial": serial, "uuid": uuid, "passport": passport,
    "city": city, "county": county, "street_name": street_name, "postcode": postcode,
    "street_address": street_address, "full_address": full_address, "military": military,
    "po_box": po_box, "date": date, "age90": age90,
}

# ---------------------------------------------------------------------------------------------
# Context templates, by family. Written as people write in support chats and transcripts.
# ---------------------------------------------------------------------------------------------

TEMPLATES = {
    "introduction": [
        "hi, my name is {first} and I don't really know where to start",
        "Hi there. I'm {first}, I'm 24 and I've been struggling with anxiety for a while.",
        "Hello, this is {full}, we spoke on the phone last week.",
        "hey im {first_lower}",
        "hey im {first_lower} and i need someone to talk to",
        "{first} here. Sorry it's late.",
        "it's {first} again, the one from yesterday",
        "You can call me {first}, most people do.",
        "My name's {full} and my doctor told me to reach out.",
        "I am {full}. I was referred by my GP.",
        "i'm {first_lower}. idk if this is the right place",
        "Hi! I'm {first}. Quick question about the group on Thursday.",
        "Good evening, {full} speaking.",
        "name is {first_lower} {last}",
        "It's me, {first}. I couldn't sleep again.",
        "Hello I am {first} {last} and I am writing on behalf of my mother.",
        "hi i'm {full_lower}, my therapist gave me this number",
        "This is {titled_full} from the school counselling office.",
        "I go by {first} these days.",
        "my names {first_lower} lol",
    ],
    "vocative": [
        "I hear you, {first}.",
        "{full}, it sounds like you've been carrying a lot on your own.",
        "Thanks for telling me, {first}.",
        "That makes a lot of sense, {first}, and it's okay to feel that way.",
        "{first}, can I ask how you've been sleeping?",
        "Okay {first}, let's take it one step at a time.",
        "Good morning {first}! How did the week go?",
        "You're not alone in this, {first}.",
        "I'm really glad you reached out tonight, {first}.",
        "{first}, what would feel most helpful right now?",
        "Take your time, {first}. There's no rush.",
        "Hi {first}, welcome back.",
        "That took courage, {full}.",
        "Of course, {first}. Whenever you're ready.",
        "{first} - I want to make sure you're safe right now.",
        "So {first}, what happened after that?",
        "Thank you {first}, I appreciate you sharing that.",
        "I'm sorry you went through that, {first}. Nobody deserves that.",
        "Welcome, {full}. I'm one of the volunteers here.",
        "ok {first_lower} i get it",
    ],
    "third_party": [
        "My sister {first} keeps calling me but I can't pick up.",
        "{full} from work said I looked exhausted.",
        "I went to see {titled} last week and it didn't go well.",
        "my ex {first_lower} keeps texting me",
        "My son's teacher, {titled}, thinks he might have ADHD.",
        "Me and {first} broke up last month.",
        "{first} and I have been fighting every night.",
        "I haven't spoken to {first} since the funeral.",
        "My husband {full} doesn't know I'm writing this.",
        "I told {first} everything and she just walked out.",
        "My best friend {first} is the only one who knows.",
        "The psychiatrist, {titled_full}, changed my dose.",
        "My daughter {first} is 15 and she stopped eating.",
        "I live with my girlfriend {first} and her kid.",
        "Last night {first} screamed at me in front of everyone.",
        "My counsellor {first} is on leave so I'm talking to you.",
        "I keep thinking about what {first} would say.",
        "When my dad, {full}, passed I stopped going out.",
        "There's a guy at school called {first} who won't leave me alone.",
        "It was {first}'s idea to come here.",
        "My case worker is {full} if you need to talk to her.",
        "{first} {last} is my emergency contact.",
        "I'm worried about my roommate {first}.",
        "Grandpa {first} raised me after my parents split.",
        "i met {first_lower} at the meeting and we talked for hours",
        "{titled} said I should keep a mood diary.",
        "The last time I saw {first} she seemed fine.",
        "Ask for {first} when you call, she knows my situation.",
    ],
    "signoff": [
        "Thank you so much for listening.\n{first}",
        "Take care,\n{first}",
        "Warmly,\n{full}",
        "— {first}",
        "Best wishes, {full}",
        "thanks again\n{first_lower}",
        "Sincerely,\n{titled_full}",
        "Talk soon, {first}",
        "Cheers,\n{first}",
        "Kind regards\n{full}\n{phone}",
        "Many thanks,\n{full}, Counselling Team",
        "xx {first}",
        "Love,\n{first}",
        "Regards, {titled}",
        "Yours, {full}",
    ],
    "contact": [
        "My number is {phone} if it's easier to talk.",
        "You can reach me at {phone} or {email}.",
        "Text me on {phone} after 6.",
        "Please call {phone} and ask for {first}.",
        "my cell: {phone}",
        "Fax the forms to {phone}.",
        "Email me at {email} and I'll send the details.",
        "My website is {url} if you want to look.",
        "I write about it at {url}",
        "my insta is {handle}",
        "Find me on twitter, {handle}.",
        "you can dm me {handle}",
        "The call keeps dropping, my IP is {ipv4} if that helps tech support.",
        "The portal logged me in from {ipv6}, which is weird.",
        "Her mobile is {phone}, her email {email}.",
        "best number to reach me is {phone}",
        "I'm on {phone} most evenings.",
        "If I don't answer try my work line, {phone}.",
        "ring me on {phone}",
        "Contact: {email} / {phone}",
        "Here's the link to my blog: {url}",
        "I sent it from {email} yesterday.",
        "call me back at {phone} please",
        "My old number was {phone}, don't use that one.",
    ],
    "form": [
        "Name: {full}\nDOB: {date}\nPhone: {phone}",
        "Emergency contact - {full} ({phone})",
        "Patient: {full}, MRN {mrn}",
        "Member ID: {plan}",
        "SSN: {ssn}",
        "Account #{account}",
        "Driver's licence: {licence}",
        "Plate {plate}",
        "VIN {vin}",
        "Device serial {serial}",
        "Passport no. {passport}",
        "IBAN: {iban}",
        "Card number {card}",
        "Referral for {full}, date of birth {date}, address {full_address}.",
        "Client: {full}\nAddress: {full_address}\nTel: {phone}",
        "Social security number {ssn}",
        "Policy number: {plan}",
        "Medical record number {mrn}",
        "Licence no {licence}",
        "Reg {plate}",
        "Session id {uuid}",
        "Bank account {account}",
        "Health plan beneficiary no. {plan}",
        "Mailing address: {military}",
        "Postal: {po_box}",
    ],
    "transcript": [
        "SPEAKER_1: um so yeah my name's {first_lower} uh {last}",
        "[00:01:12] Client: I live at {street_address} in {city}",
        "COUNSELLOR: okay and what's the best number to reach you on\nCLIENT: it's {phone}",
        "caller: yeah its {first_lower} again sorry",
        "Counsellor: Hi {first}, thanks for calling.",
        "CLIENT: my mum {first} she she doesn't get it",
        "[inaudible] ... moved to {city} last year and I don't know anyone",
        "P: I was born on {date}, so I'm a Pisces I guess",
        "T: And {first}, when did this start?\nP: around {date}",
        "A: and you said you're in {city}?\nB: yeah near {postcode}",
        "client: my email is {email}",
        "Agent: Can I take a callback number?\nCaller: {phone}",
    ],
    "geography": [
        "We moved to {city} last year and I still don't have any friends.",
        "I grew up in {city} but I live with my aunt now.",
        "Are there any support groups in {city}?",
        "any groups near {postcode}?",
        "I'm in the {postcode} area if that matters.",
        "I live on {street_name}, right by the school.",
        "She lives at {street_address} with her new boyfriend.",
        "I'm deployed, so mail goes to {military}.",
        "Send it to {po_box}.",
        "I work at the {city} branch.",
        "Originally from {city}, now living in {county}.",
        "The clinic on {street_name} in {city} has a waiting list.",
        "is there anything in {county}",
        "My address is {full_address}",
        "i'm from {city} btw",
        "Things got worse after we left {city}.",
        "I drive to {city} every weekend to see my kids.",
        "He's in the hospital in {city} now.",
        "postcode is {postcode}",
        "my zip is {postcode}",
        "The shelter near {street_address} was full.",
        "We're out in {county}, there's nothing here.",
        "I'm staying with friends in {city} for now.",
        "Mail it to {street_address}, {city}.",
    ],
    "dates": [
        "I was born on {date}.",
        "My next appointment is {date}.",
        "She passed away on {date} and I still can't believe it.",
        "On {date} I was admitted to the ward.",
        "DOB {date}",
        "My birthday's on {date}, I dread it every year.",
        "I've been sober since {date}.",
        "The court date is {date}.",
        "It happened on {date}, I remember because it was raining.",
        "we got married {date}",
        "I was discharged {date} and nobody followed up.",
        "Our anniversary is {date}.",
        "date of birth: {date}",
        "My last session was {date}.",
    ],
    "ages": [
        "My grandmother is {age90} and she lives alone.",
        "He's {age90} years old and still drives.",
        "I look after my {age90}-year-old dad.",
        "She turned {age90} last week.",
        "my nan is {age90} and has dementia",
        "At {age90} he's still the sharpest person I know.",
        "My great aunt, aged {age90}, needs a carer.",
    ],
    "lowercase_chat": [
        "ok so my bf {first_lower} left",
        "lol {first_lower} said the same thing",
        "hmu at {phone}",
        "my email's {email}",
        "im {first_lower} btw",
        "omg {first_lower} is being so annoying",
        "me n {first_lower} r not talking",
        "idk what to do about {first_lower} tbh",
        "text me {phone}",
        "u can find me at {handle}",
        "yeah {full_lower} from class",
        "my mom {first_lower} is gonna freak",
        "thx {first_lower}",
        "i live in {city} so not close",
    ],
    "ids": [
        "My MRN is {mrn} if you need to look me up.",
        "The insurance says my member number {plan} isn't active.",
        "My case number is {mrn}.",
        "They charged my card {card} twice.",
        "routing number {account}",
        "My social is {ssn}, do you need it for the form?",
        "my NI number is {ssn}",
        "The licence number on the form is {licence}.",
        "The car that followed me had plate {plate}.",
        "The tracker's serial number is {serial}.",
        "My passport number is {passport} if that helps with the visa letter.",
        "Reference {uuid}",
        "I paid from account {iban}.",
        "Medicaid ID {plan}",
        "My student loan account is {account}.",
    ],
    "list": [
        "People I can call:\n- {full} {phone}\n- {first} (neighbour)\n- {titled}",
        "Things that help: walks, {first}'s dog, music.",
        "Safety plan contacts: {first} ({phone}), {full}.",
        "Who was there: me, {first}, {first} and {full}.",
        "1. call {first}\n2. go to {city} for the weekend\n3. sleep",
        "Support people: mum, {first}, my GP {titled}.",
    ],
    "more": [
        "Someone keeps logging into my account from {ipv4}, is that normal?",
        "the address it showed was {ipv4}",
        "My router says {ipv6}, no idea what that means.",
        "Connection from {ipv6} was blocked.",
        "Server {ipv4} keeps timing out when I try to book.",
        "Car VIN is {vin} for the insurance claim.",
        "vin number {vin}",
        "The seller never sent the title for {vin}.",
        "yeah {full_lower} told me that",
        "its {full_lower} from the group",
        "The monitor serial is {serial}, the hospital lent it to me.",
        "my fitbit id {serial}",
        "My passport {passport} expires soon and the embassy won't help.",
        "passport number: {passport}",
        "The refund went to {iban}.",
        "Please pay the deposit to {iban}",
        "The pharmacy has my card on file, {card}.",
        "card ending in... actually it's {card}",
        "Order reference {uuid}, it never arrived.",
        "ticket {uuid}",
        "I'm stationed abroad, post to {military}.",
        "Our unit address is {military} if you're sending a letter.",
        "Letters go to {po_box} because I don't want him finding me.",
        "my PO box {po_box}",
        "We're just off {street_name} near the park.",
        "The flat is on {street_name}, second floor.",
        "The new place is on {street_name} in {city}.",
        "This is {titled_full}, I'm covering for your usual counsellor.",
        "Please contact {titled_full} at the practice.",
        "{titled_full} will see you on Monday.",
        "There's more about my story at {url}.",
        "check out {url}",
        "I made a fundraiser, {url}, for my brother's treatment.",
        "The number on my licence is {licence}.",
        "licence {licence}",
        "His car is a blue hatchback, {plate}.",
        "plate number {plate}",
        "I rent at {full_address}.",
        "Send the letter to {full_address}",
        "Home: {full_address}",
        "We moved out to {county} after the divorce.",
        "Services in {county} are stretched.",
        "My family is all back in {county}.",
        "Professor {last} is my dissertation supervisor and she's been great.",
        "I saw {last} at the pharmacy.",
        "{last} from HR called me in.",
        "Coach {last} benched me again.",
        "follow me {handle}",
        "that's my old account {handle}",
        "My MRN at the hospital is {mrn}.",
        "mrn {mrn}",
        "hospital number {mrn}",
        "SSN {ssn}",
        "For the form, my SIN is {ssn}.",
        "My national insurance number is {ssn}.",
        "ITIN {ssn}",
        "Please debit account {account} monthly.",
        "Account no. {account}",
        "I moved the money into {account}.",
        "The unit at {street_address} is where I stay.",
        "It happened outside {street_address}.",
        "He lives at {street_address}, {city}.",
        "Insurance ID {plan}",
        "My health plan number is {plan}.",
        "The postcode is {postcode}, by the train station.",
        "I'm around {postcode}",
        "Zip {postcode}",
        "Mr {last} at school keeps picking on me.",
        "Ms {last} said I could talk to the counsellor.",
        "The email they gave me was {email}.",
        "ping me at {email}",
        "{email} is my personal one.",
        "My grandad is {age90} this year.",
        "we celebrated her {age90}th birthday",
        "Aged {age90}, she still writes letters.",
    ],
}

# Identifier-free sentences: what counsellors and the people they talk to write, with the words
# a careless detector trips on (I've / I'm, capitalised clinical terms, titles, numbers that are
# not identifiers, months and weekdays alone, states and countries).
CLEAN = [
    "I've been feeling really low for the past few weeks.",
    "For the past two years I've had real trouble sleeping.",
    "I feel like I'm always behind at work and I'll never catch up.",
    "I'm not sure what I'm supposed to say here.",
    "I've tried everything and nothing seems to help.",
    "I'll try the breathing exercise tonight.",
    "I'd like to talk about my anxiety if that's okay.",
    "I was diagnosed with Borderline Personality Disorder last year.",
    "Dialectical Behavior Therapy has helped a lot of people with similar struggles.",
    "Have you tried Cognitive Behavioral Therapy?",
    "My psychiatrist put me on Zoloft and I feel numb.",
    "I'm a Licensed Professional Counselor and I work with teens.",
    "EMDR can be very effective for trauma.",
    "Tai Chi and yoga help me calm down.",
    "It's Monday again and I already feel drained.",
    "Every Sunday night I get this dread.",
    "In March things started to fall apart.",
    "I'm 27 and I still live with my parents.",
    "I take 50 mg of sertraline every morning.",
    "On a scale of 1 to 10, I'd say it's a 7.",
    "I'm 99% sure it's my fault.",
    "My PHQ-9 score was 18 at the last check-in.",
    "Step 1 is just noticing the thought.",
    "Plan B is to go to my aunt's house.",
    "I moved here from Texas three years ago.",
    "We're in California now, near the coast.",
    "I'm from Canada originally.",
    "It's been 3 months since I last self-harmed.",
    "I sleep maybe 4 hours a night.",
    "I spent $200 on stuff I didn't need.",
    "I've been journaling every day since January.",
    "The Marriage and Family Therapist I saw was kind.",
    "I'm in recovery and go to AA twice a week.",
    "My GP referred me to the Community Mental Health Team.",
    "The NHS waiting list is 18 weeks.",
    "I'm Catholic and I feel so much guilt.",
    "As a Black woman I don't always feel heard.",
    "I'm Autistic and loud places overwhelm me.",
    "I think I have ADHD but I've never been tested.",
    "Mindfulness-Based Stress Reduction was recommended to me.",
    "Acceptance and Commitment Therapy focuses on values.",
    "Have you read The Body Keeps the Score?",
    "My Mom doesn't understand why I'm sad.",
    "God, I just want this to stop.",
    "I told my Dad and he said to toughen up.",
    "Okay. I'll try that.",
    "Thank you. That really helps.",
    "Honestly I don't know.",
    "What do you think I should do?",
    "Can we talk about something else for a minute?",
    "It's 3am and I can't sleep.",
    "I've got an appointment on Thursday.",
    "Christmas is always hard for me.",
    "Since Covid I haven't left the house much.",
    "Generalized Anxiety Disorder runs in my family.",
    "Post-Traumatic Stress Disorder is what they called it.",
    "My OCD gets worse when I'm stressed.",
    "I'm on Lexapro and Wellbutrin.",
    "The Gottman Method workbook was useful for us.",
    "Seasonal Affective Disorder hits me every winter.",
    "I work night shifts at the hospital.",
    "I feel like a failure as a parent.",
    "Sometimes I wonder if anyone would notice if I was gone.",
    "I'm safe right now, I promise.",
    "Are you a real person or a bot?",
    "That sounds incredibly painful.",
    "It makes sense that you'd feel overwhelmed.",
    "What has helped you get through hard times before?",
    "You don't have to have all the answers right now.",
    "Would you be open to making a safety plan together?",
    "Many people feel this way after a loss.",
    "Let's think about who you could reach out to.",
    "It's okay to take things one day at a time.",
    "I'm here with you.",
    "How long have you been feeling like this?",
    "Grief doesn't follow a schedule.",
    "I'm Jewish and my family doesn't talk about mental health.",
    "I'm a veteran and the VA has been slow.",
    "We went to Spain in the summer and I felt better.",
    "In the UK it's hard to get an appointment.",
    "My Year 11 exams are coming up.",
    "I'm in Grade 10 and I hate school.",
    "Vitamin D helped my mood a bit.",
    "I drink 5 or 6 cups of coffee a day.",
    "My heart rate was 120 during the panic attack.",
    "It was the worst night of my life.",
    "I'll be honest, I'm scared.",
    "I'm OK, just tired.",
    "I'm proud of you for saying that.",
    "The Beck Depression Inventory is one tool we use.",
    "A Certified Peer Specialist runs the group.",
    "Narcotics Anonymous meetings are every Tuesday.",
    "My Catholic school was strict.",
    "I watched Inside Out with my daughter and cried.",
    "We play Minecraft together, it's our thing.",
    "I'm on Instagram too much.",
    "Reading the Bible gives me some comfort.",
    "Ramadan is coming up and I'm worried about fasting with my meds.",
    "I had COVID in 2021 and never really recovered.",
    "I'm 45, divorced, with two kids.",
    "My blood pressure was 140 over 90.",
    "It's been 2 weeks since the last episode.",
    "I give it a 4 out of 10 today.",
    "Will you remember what I told you last time?",
    "Hope you're having a better day.",
    "Grace under pressure is not my strong suit.",
    "I May have overreacted.",
    "The Serenity Prayer helps me.",
    "I saw it on TikTok and thought of you.",
    "Obsessive-Compulsive Disorder is often misunderstood.",
    "Bipolar II Disorder was my diagnosis.",
    "I'm a Registered Nurse and the burnout is real.",
    "Licensed Clinical Social Worker is what my therapist is.",
    "I keep a Gratitude Journal now.",
    "Wellness Recovery Action Plan is a tool we use here.",
    "I tried Headspace and Calm but couldn't stick with it.",
    "I've read about Internal Family Systems therapy.",
    "Attachment Theory explains a lot about my relationships.",
    "I'm not religious but I like the idea of Karma.",
    "The Five Stages of Grief don't really fit me.",
    "I started a new job in September.",
    "By Friday I was completely exhausted.",
    "I'm British but I've lived abroad for years.",
    "I'm an Irish Traveller and people judge me.",
    "My family is Maori and culture matters to me.",
    "I'm an Aboriginal woman from a big family.",
    "I'm First Nations and my community has lost a lot of young people.",
    "I went to the ER last night.",
    "The A&E was packed.",
    "I'm on a 72-hour hold.",
    "X marks the spot where I gave up.",
    "I got a C on the exam and I feel stupid.",
    "Part A of the form asks about my history.",
]

# Public resources: help lines and public health sites, written as people write them. They are
# not identifiers; the detector must leave them intact. Sources: each service's own site.
PUBLIC = [
    ("If you're in the US you can call or text {r}.", ["988"]),
    ("The National Suicide Prevention Lifeline is {r}.", ["1-800-273-8255", "1-800-273-TALK", "800-273-8255", "(800) 273-8255", "1 (800) 273-8255"]),
    ("Crisis Text Line: text HOME to {r}.", ["741741"]),
    ("The National Domestic Violence Hotline is {r}.", ["1-800-799-7233", "800-799-SAFE", "1-800-799-SAFE (7233)"]),
    ("RAINN's hotline is {r}.", ["800-656-4673", "1-800-656-HOPE", "1-800-656-4673"]),
    ("Childhelp National Child Abuse Hotline: {r}", ["1-800-422-4453", "1-800-4-A-CHILD", "800-422-4453"]),
    ("Trans Lifeline is {r}.", ["877-565-8860", "(877) 565-8860", "1-877-565-8860"]),
    ("The Trevor Project can be reached at {r}.", ["1-866-488-7386", "866-488-7386"]),
    ("SAMHSA's National Helpline is {r}, free and confidential.", ["1-800-662-4357", "1-800-662-HELP", "800-662-4357"]),
    ("Veterans can call {r} and press 1.", ["988", "1-800-273-8255"]),
    ("In the UK, Samaritans are on {r} any time.", ["116 123", "116123"]),
    ("You can text SHOUT to {r}.", ["85258"]),
    ("Call NHS {r} if you need urgent advice.", ["111"]),
    ("Childline is {r}.", ["0800 1111", "0800 11 11"]),
    ("The Mind Infoline is {r}.", ["0300 123 3393"]),
    ("CALM's helpline is {r}.", ["0800 58 58 58"]),
    ("Papyrus HOPELINE247: {r}", ["0800 068 4141", "0800 068 41 41"]),
    ("In Canada, call or text {r}.", ["9-8-8", "988"]),
    ("Talk Suicide Canada: {r}", ["1-833-456-4566", "1 833 456 4566"]),
    ("Kids Help Phone is {r}, or text CONNECT to 686868.", ["1-800-668-6868", "1 800 668 6868"]),
    ("The Hope for Wellness Help Line is {r}.", ["1-855-242-3310"]),
    ("In Australia, Lifeline is {r}.", ["13 11 14", "131114"]),
    ("Beyond Blue: {r}", ["1300 22 4636", "1300 224 636"]),
    ("Kids Helpline is {r}.", ["1800 55 1800", "1800 551 800"]),
    ("1800RESPECT is {r}.", ["1800 737 732"]),
    ("The Suicide Call Back Service: {r}", ["1300 659 467"]),
    ("In Ireland, Pieta is on {r}.", ["1800 247 247", "1800 247247"]),
    ("You can text HELLO to {r} in Ireland.", ["50808"]),
    ("In New Zealand, call or text {r} to talk to a trained counsellor.", ["1737"]),
    ("Lifeline Aotearoa: {r}", ["0800 543 354", "0800 LIFELINE"]),
    ("Youthline is {r}.", ["0800 376 633"]),
    ("The Suicide Crisis Helpline (NZ) is {r}.", ["0508 828 865"]),
    ("In an emergency call {r}.", ["911", "999", "000", "112", "111"]),
    ("There's good information at {r}.", ["mayoclinic.org", "www.mayoclinic.org", "https://www.nimh.nih.gov", "nami.org", "https://www.samhsa.gov/find-help", "988lifeline.org", "www.psychologytoday.com", "https://www.psychologytoday.com/us/therapists", "nhs.uk", "https://www.nhs.uk/mental-health/", "mind.org.uk", "www.samaritans.org", "beyondblue.org.au", "www.lifeline.org.au", "headspace.org.au", "kidshelpphone.ca", "www.camh.ca", "mentalhealth.org.nz", "www.cdc.gov", "who.int", "www.goodtherapy.org", "crisistextline.org", "www.thetrevorproject.org", "rainn.org", "childhelp.org", "translifeline.org", "hse.ie", "www.pieta.ie", "spunout.ie", "1737.org.nz", "https://www.apa.org", "www.webmd.com"]),
    ("I found a therapist through {r}.", ["Psychology Today", "psychologytoday.com", "GoodTherapy", "the NHS Talking Therapies service", "Open Path Collective"]),
    ("Have you looked at {r}?", ["the NAMI website", "NAMI's helpline, 1-800-950-6264", "the Samaritans website", "the Beyond Blue forums"]),
]


for _family, _templates in extra.TEMPLATES_EXTRA.items():
    TEMPLATES.setdefault(_family, []).extend(_templates)
CLEAN = CLEAN + list(extra.CLEAN_EXTRA)
PUBLIC = PUBLIC + list(extra.PUBLIC_EXTRA)

# ---------------------------------------------------------------------------------------------

FAKERS = {}


def fakers(seed):
    for i, loc in enumerate(LOCALES):
        f = Faker(loc)
        f.seed_instance(seed * 100 + i)
        FAKERS[loc] = (f, loc)


class Message:
    """One message under construction: text as UTF-8 bytes plus labelled byte ranges."""

    def __init__(self):
        self.buf = b""
        self.spans = []
        self.decoys = []

    def add(self, text, label=None, decoy=None):
        raw = text.encode("utf-8")
        start = len(self.buf)
        self.buf += raw
        if label:
            self.spans.append((start, len(self.buf), label))
        if decoy:
            self.decoys.append((start, len(self.buf), decoy))

    def text(self):
        return self.buf.decode("utf-8")


SLOT = re.compile(r"\{(\w+)\}")


def render(msg, template, f, r, names=None):
    at = 0
    for m in SLOT.finditer(template):
        msg.add(template[at:m.start()])
        slot = m.group(1)
        who = names if names is not None and slot in NAME_SLOTS else f
        for piece, label in SLOTS[slot](who, r):
            msg.add(piece, label)
        at = m.end()
    msg.add(template[at:])


def mine(half, items):
    return [t for t in items if half_of(t if isinstance(t, str) else t[0]) == half]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["dev", "test"], required=True)
    ap.add_argument("--records", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=None)
    # a diagnostic: the same records, but every join of two sentences inside a message is a line
    # break, so no carrier sentence runs on into the next with a single space ("…my sister Dawn
    # walks are helping": a relation closing one sentence and a capitalised word opening the
    # next read as one phrase, ambiguous to any reader)
    ap.add_argument("--line-joins", action="store_true")
    # names from other countries' locales in every name slot (WORLD above); only name slots
    ap.add_argument("--names", choices=["english", "world"], default="english")
    ap.add_argument("--source", choices=["standard", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"], default="standard")
    a = ap.parse_args()
    if a.source != "standard" and a.half != "dev":
        sys.exit(f"the {a.source} author's contexts are development material: --half dev only")
    other = {"fourth": (fourth.TEMPLATES_FOURTH, fourth.CLEAN_FOURTH, fourth.PUBLIC_FOURTH),
             "fifth": (fifth.TEMPLATES_FIFTH, fifth.CLEAN_FIFTH, fifth.PUBLIC_FIFTH),
             "sixth": (sixth.TEMPLATES_SIXTH, sixth.CLEAN_SIXTH, sixth.PUBLIC_SIXTH),
             "seventh": (seventh.TEMPLATES_SEVENTH, seventh.CLEAN_SEVENTH,
                         seventh.PUBLIC_SEVENTH),
             "eighth": (eighth.TEMPLATES_EIGHTH, eighth.CLEAN_EIGHTH,
                        eighth.PUBLIC_EIGHTH),
             "ninth": (ninth.TEMPLATES_NINTH, ninth.CLEAN_NINTH,
                       ninth.PUBLIC_NINTH),
             "tenth": (tenth.TEMPLATES_TENTH, tenth.CLEAN_TENTH,
                       tenth.PUBLIC_TENTH),
             "eleventh": (eleventh.TEMPLATES_ELEVENTH, eleventh.CLEAN_ELEVENTH,
                          eleventh.PUBLIC_ELEVENTH)}.get(a.source)
    seed = a.seed if a.seed is not None else (11 if a.half == "dev" else 29)
    r = random.Random(seed)
    fakers(seed)
    Faker.seed(seed)
    templates = split_templates()[a.half]
    if other:
        templates = [(fam, t) for fam, ts in other[0].items() for t in ts]
    by_slot = {}
    for fam, t in templates:
        for s in set(SLOT.findall(t)):
            by_slot.setdefault(s, []).append((fam, t))
    slots = sorted(by_slot)
    world = []
    if a.names == "world":
        slots = [s for s in slots if s in NAME_SLOTS]
        for i, loc in enumerate(WORLD[a.half]):
            w = Faker(loc)
            w.seed_instance(seed * 100 + 50 + i)
            world.append((w, loc))
    clean = mine(a.half, CLEAN)
    public = mine(a.half, PUBLIC)
    if other:
        clean = list(other[1])
        public = list(other[2])
    elif a.source == "twelfth":
        # the dev half's templates and public contexts around a twelfth author's carrier text,
        # written in the style of this file's two authors from their dev-half messages alone
        clean = list(twelfth.CLEAN_TWELFTH)
    elif a.source == "thirteenth":
        # the same around a thirteenth author's, asked to be rich in capitalised words and
        # numbers that identify no one
        clean = list(thirteenth.CLEAN_THIRTEENTH)
    elif a.source == "fourteenth":
        # the same around a fourteenth author's (2026-12-07), in the standard style
        clean = list(fourteenth.CLEAN_FOURTEENTH)
    elif a.source == "fifteenth":
        # and a fifteenth's, in the voices of many kinds of people
        clean = list(fifteenth.CLEAN_FIFTEENTH)
    elif a.source == "sixteenth":
        # and a sixteenth's (2026-12-07, later), scored before any tuning on it
        clean = list(sixteenth.CLEAN_SIXTEENTH)
    elif a.source == "seventeenth":
        # and a seventeenth's (2026-12-07, a later session), scored before any tuning on it
        clean = list(seventeenth.CLEAN_SEVENTEENTH)
    elif a.source == "eighteenth":
        # and an eighteenth's (the same session), scored blind at its end
        clean = list(eighteenth.CLEAN_EIGHTEENTH)
    elif a.source == "nineteenth":
        # and a nineteenth's (a later session), scored blind with mhd-pii/15 and /16
        clean = list(nineteenth.CLEAN_NINETEENTH)
    elif a.half == "dev":
        # a third author's carrier text and public contexts, for the half that is tuned on only
        clean += list(dev_only.CLEAN_DEV)
        public += list(dev_only.PUBLIC_DEV)
    out = sys.stdout
    for n in range(a.records):
        loc = LOCALES[n % len(LOCALES)]
        f = FAKERS[loc][0]
        names = None
        if world:
            names, loc = world[n % len(world)]
        x = r.random()
        family = "pii" if x < 0.6 else ("clean" if x < 0.85 else "decoy")
        messages = []
        for k in range(r.randint(1, 3)):
            msg = Message()
            sentences = r.randint(1, 3)
            slot = r.randrange(sentences)
            for s in range(sentences):
                if s:
                    join = r.choice([" ", " ", "\n", "  "])
                    msg.add("\n" if a.line_joins else join)
                if family == "pii" and s == slot and (k == 0 or r.random() < 0.5):
                    # a slot first, uniformly, so every identifier type is well represented
                    fam, t = r.choice(by_slot[r.choice(slots)])
                    render(msg, t, f, r, names)
                elif family == "decoy" and s == slot:
                    t, values = r.choice(public)
                    pre, post = t.split("{r}")
                    msg.add(pre)
                    msg.add(r.choice(values), decoy="public_resource")
                    msg.add(post)
                else:
                    msg.add(r.choice(clean))
            messages.append(msg)
        roles = ["user", "assistant"] if r.random() < 0.6 else ["assistant", "user"]
        rec = {
            "id": f"{a.half}-{n:05d}",
            "half": a.half,
            "locale": loc,
            "family": family,
            "messages": [{"role": roles[i % 2], "content": m.text()} for i, m in enumerate(messages)],
            "spans": [{"message": i, "start": s, "end": e, "type": t}
                      for i, m in enumerate(messages) for s, e, t in m.spans],
            "decoys": [{"message": i, "start": s, "end": e, "kind": k}
                       for i, m in enumerate(messages) for s, e, k in m.decoys],
        }
        if family == "pii" and not rec["spans"]:
            rec["family"] = "clean"
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
