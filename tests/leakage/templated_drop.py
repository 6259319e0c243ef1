#!/usr/bin/env python3
"""A realistic templated drop for the leakage tests: crisis-line scripts and persona coaching
written largely from stock phrases (each stock sentence reused by many conversations), peer
support conversations, and a few light paraphrases (a few words changed) planted across
families, sources and formats.

Stock sentences are 14-25 words, drawn per conversation from banks of ~100 per slot, so each
13-gram of a stock sentence is shared by a handful of train records (under the common-phrase
cut-off) while no two conversations share more than a couple of sentences: the overlap of a
validation/test record with train is spread over many records, never one copy.

Usage: templated_drop.py BUCKET_DIR RELEASE [--conversations N] [--seed S]
Writes staging/<release>/... with provenance sidecars and the seal, and prints the planted
pairs as JSON lines {"original": text-hash, "paraphrase": text-hash} on stdout.
"""
import argparse
import csv
import hashlib
import json
import os
import random

WORDS = """able about after again against almost alone already always anger answer anxious anyone
anything appointment around asked autumn away back bad bed before being believe better between
body book both brother call calm came can't care careful change chest child choice class close
coffee cold come coming comfort could couldn't counsellor crying dark daughter day days decided
didn't different dinner doctor doesn't done don't door down dream drive early easier eat empty
end enough evening ever every everything exam face family far fast father fear feel feeling felt
few fight final find fine first floor food forget forward friend friends front full game garden
gave getting give glad going gone good got grateful group hands happen happened hard head hear
heart heavy help helped helps high holding home honest hope hospital hour house hungry hurt idea
inside job keep kept kind kitchen knew know last late later laugh learn leave left less letter
life light listen little living long look looked lost loud love low made make making many maybe
meal mean medication meeting mind minute missed moment money month morning mother move moved much
music name need needed never new next night nobody noise nothing notice now number okay old once
open other outside over pain panic paper parents part partner past pay people phone picture place
plan play please point quiet rain read ready reason remember rest right road room run sad safe
said same school scared second see seemed self sent session shaking short should shower sick side
silence since sister sit sleep slept slow small smell someone something sometimes son soon sorry
speak spring stairs start started stay still stop stopped street strong summer sun support sure
table talk talked tea teacher tell tired today together told tomorrow tonight took train tried
trouble true trust try trying turn understand until upset used waiting walk walked want wanted
warm watch water week weekend weeks weight well went while window winter woke word words work
worried worse write wrong year years yesterday young""".split()

OPEN_U = ["hi i am not sure if i should be texting this line but things have been really bad tonight and i cannot sleep",
          "hello is someone there i have been sitting in my car for an hour and i do not know what to do next",
          "i just need to talk to someone right now because everything in my head is too loud and too fast",
          "hey i found this number online and i am scared that i might do something i cannot take back tonight"]
OPEN_A = ["thank you for reaching out tonight it took courage to send that first message and i am really glad you did",
          "i am here with you right now and we can take this one step at a time together for as long as you need",
          "i hear how much pain you are carrying and i want you to know that you do not have to face this alone tonight",
          "you did the right thing by reaching out and i am going to stay with you while we figure out the next step"]
SAFETY = ["i want to ask you something directly because it matters are you having any thoughts of ending your life right now",
          "sometimes when people feel this overwhelmed they think about suicide and i need to ask are you thinking about that",
          "before we go on i need to check in about your safety do you have anything with you that you could use to hurt yourself",
          "can you tell me if you are safe in this moment and whether there is someone nearby who could be with you tonight"]
COPE = ["one thing that helps some people is to breathe in slowly for four counts hold for four and breathe out for six",
        "could you try putting your feet flat on the floor and naming five things you can see around you right now",
        "it might help to move to a different room open a window and splash some cold water on your face for a minute",
        "some people find it useful to write down the thoughts that are racing so they are on paper instead of in the head"]
CLOSE = ["you can reach out again any time day or night and there will always be someone here ready to listen to you",
         "i am really glad we talked tonight and i hope you can rest a little and come back whenever you need to",
         "please remember that these feelings can pass even when it does not feel like it and help is always here",
         "thank you for trusting me with this tonight you showed real strength and i hope tomorrow feels a little lighter"]
REPLY = ["i do not really know how to explain it but everything feels heavy and i am so tired of trying every single day",
         "yes i think i am safe right now but the thoughts keep coming back when i am alone in my room at night",
         "no one at home knows how bad it has got and i do not want to worry them or make things worse for them",
         "i tried that before and it helped a little but tonight it feels like nothing is going to make any difference"]
COACH = ["let us start by picking one small goal for this week something you can actually do even on a hard day",
         "when you notice the old story coming back try to say out loud what you would tell a good friend in your place",
         "progress is not a straight line and a setback this week does not erase the work you have already done here",
         "think about the moments this week when you felt even a little bit more like yourself and what was happening then"]


def bank(rng, seeds, n):
    """n stock sentences from a few seed sentences: each a seed with two words swapped out."""
    out = []
    for i in range(n):
        words = rng.choice(seeds).split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        out.append(" ".join(words))
    return out


def unique_text(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def paraphrase(rng, text, changes=3):
    words = text.split()
    for _ in range(changes):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words)


def provenance(name, fmt):
    return {"source_name": name, "license": "CC-BY-4.0", "data_owner": "mhd tests (synthetic)",
            "collection_method": f"synthetic {fmt} conversations from stock phrases (tests/leakage)",
            "consent_basis": "synthetic data; no data subjects", "acquired_date": "2026-12-01",
            "upstream_url": "https://example.org/templated"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bucket")
    ap.add_argument("release")
    ap.add_argument("--conversations", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pairs", type=int, default=12)
    a = ap.parse_args()
    r = random.Random(a.seed)
    banks = {k: bank(r, v, 100) for k, v in
             {"open_u": OPEN_U, "open_a": OPEN_A, "safety": SAFETY, "cope": COPE, "close": CLOSE, "coach": COACH, "reply": REPLY}.items()}
    root = os.path.join(a.bucket, "staging", a.release)

    def src(family, source, fmt):
        d = os.path.join(root, family, source)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "provenance.json"), "w") as f:
            json.dump(provenance(source, fmt), f)
        return d

    planted = []
    # crisis-line scripts (edge_cases, holdout-sensitive), ChatML
    crisis = []
    for i in range(a.conversations):
        msgs = [("user", r.choice(banks["open_u"])), ("assistant", r.choice(banks["open_a"])),
                ("user", unique_text(r, r.randint(8, 20))), ("assistant", r.choice(banks["safety"])),
                ("user", r.choice(banks["reply"])), ("assistant", r.choice(banks["cope"])),
                ("user", unique_text(r, r.randint(4, 10))), ("assistant", r.choice(banks["close"]))]
        crisis.append([{"role": ro, "content": c} for ro, c in msgs])
    # planted: a long, unique crisis conversation, and its light paraphrase elsewhere
    originals = []
    for p in range(a.pairs):
        msgs = [{"role": "user", "content": unique_text(r, 60)}, {"role": "assistant", "content": unique_text(r, 60)}]
        crisis.append(msgs)
        originals.append(msgs)
    d = src("edge_cases", "crisis_scripts", "ChatML")
    with open(os.path.join(d, "part-00000.jsonl"), "w") as f:
        for m in crisis:
            f.write(json.dumps({"messages": m}) + "\n")
    # peer support (foundation), ShareGPT, with the paraphrases in it
    peer = []
    for i in range(a.conversations // 2):
        peer.append([{"from": "human", "value": unique_text(r, r.randint(20, 50))},
                     {"from": "gpt", "value": unique_text(r, r.randint(20, 60))}])
    for msgs in originals:
        # three words changed in 120: most 13-grams survive (containment ~0.65), while the
        # 5-gram Jaccard stays under the near-duplicate threshold (~0.77 < 0.8): dedup keeps both
        para = [{"from": "human", "value": paraphrase(r, msgs[0]["content"], 2)},
                {"from": "gpt", "value": paraphrase(r, msgs[1]["content"], 1)}]
        peer.append(para)
        planted.append({"original": msgs[0]["content"][:40], "paraphrase": para[0]["value"][:40]})
    r.shuffle(peer)
    d = src("foundation", "peer_sharegpt", "ShareGPT")
    with open(os.path.join(d, "part-00000.jsonl"), "w") as f:
        for m in peer:
            f.write(json.dumps({"conversations": m}) + "\n")
    # persona coaching (voice_persona, holdout-sensitive), CSV
    d = src("voice_persona", "coach_csv", "CSV")
    with open(os.path.join(d, "sessions.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["conversation_id", "turn", "speaker", "text"])
        for i in range(a.conversations // 3):
            cid = f"s{i:05d}"
            turns = [("client", unique_text(r, r.randint(10, 25))), ("coach", r.choice(banks["coach"])),
                     ("client", unique_text(r, r.randint(8, 20))), ("coach", r.choice(banks["coach"]))]
            for t, (sp, text) in enumerate(turns, 1):
                w.writerow([cid, t, sp, text])
    with open(os.path.join(root, "release.json"), "w") as f:
        json.dump({"note": "intake closed"}, f)
    for p in planted:
        print(json.dumps(p))


if __name__ == "__main__":
    main()
