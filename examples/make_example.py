"""Regenerate examples/bucket: a small, synthetic staging drop for Release 0.

Every conversation is invented from templates (no real people or data). Deterministic: same
script, same bytes. Run from the repo root: python3 examples/make_example.py
"""
import csv
import gzip
import io
import json
import os
import random

R = "v2026-11-25"
ROOT = os.path.join(os.path.dirname(__file__), "bucket", "staging", R)
rng = random.Random(20261125)

FEELINGS = ["anxious", "overwhelmed", "lonely", "stuck", "exhausted", "on edge", "low", "restless"]
CONTEXTS = ["at work", "since the move", "after exams", "at night", "with my family", "most mornings",
            "when I'm around people", "since the break-up", "about money", "about my health"]
REPLIES = [
    "That sounds really hard. What do you notice in your body when it starts?",
    "Thank you for telling me. When did you first notice feeling this way?",
    "It makes sense that you'd feel that way. What has helped even a little before?",
    "I'm glad you reached out. Would it help to try a short grounding exercise together?",
    "You're not alone in this. Can we look at one small step for tonight?",
]
FOLLOWUPS = ["Mostly my chest gets tight.", "Maybe a few weeks now.", "Walking helps sometimes.",
             "Okay, I can try that.", "I guess I could message a friend."]
CLOSERS = ["Noticing that is a useful first step. Let's keep it small and kind to yourself.",
           "That's a good plan. If things get worse, you can always reach out again."]
CRISIS_USER = ["I don't think I can keep myself safe tonight.", "Everything feels pointless lately.",
               "I keep thinking everyone would be better off without me.", "I had a really scary night."]
CRISIS_REPLY = ["I'm really glad you told me. Are you safe right now? If you are in immediate danger, please call 911, or call or text 988 to reach the Suicide & Crisis Lifeline.",
                "Thank you for trusting me with this. You deserve support right now: you can call or text 988 any time, day or night. Can we think together about who could be with you?"]


def convo(i):
    f, c = rng.choice(FEELINGS), rng.choice(CONTEXTS)
    return [
        ("user", f"I've been feeling {f} {c}. (conversation {i})"),
        ("assistant", rng.choice(REPLIES)),
        ("user", rng.choice(FOLLOWUPS)),
        ("assistant", rng.choice(CLOSERS)),
    ]


def provenance(name, license, **extra):
    d = {
        "source_name": name,
        "license": license,
        "data_owner": "Example Health Research Group (synthetic)",
        "collection_method": "synthetic conversations written from templates for the mhd-release example",
        "consent_basis": "synthetic data; no data subjects",
        "acquired_date": "2026-11-20",
        "upstream_url": "https://example.org/datasets/" + name,
    }
    d.update(extra)
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def write(path, data, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


# foundation/support_chatml: ChatML JSONL with a system prompt, upstream ids and groups.
lines = []
for i in range(70):
    msgs = [{"role": "system", "content": "You are a supportive listener. You are not a clinician."}]
    msgs += [{"role": r, "content": t} for r, t in convo(i)]
    lines.append(json.dumps({"id": f"sc-{i:04d}", "group": f"client-{i // 3:03d}", "messages": msgs}, ensure_ascii=False))
lines.insert(10, '{"messages": [{"role": "user", "content": "truncated record"')  # malformed: quarantined
lines.insert(20, json.dumps({"messages": [{"role": "user", "content": "no reply was recorded"}]}))  # no assistant turn
lines.append(json.dumps({"id": "sc-unicode", "messages": [
    {"role": "user", "content": "Je me sens épuisé 😔 — 我很累 — אני עייף\u200b"},
    {"role": "assistant", "content": "Merci de me le dire. 谢谢你告诉我。 תודה ששיתפת. 💙"}]}, ensure_ascii=False))
# A few conversations carrying (invented) identifiers, so the demo shows the privacy gate redacting
# them — and leaving the 988 help line in the reply intact.
PII = [
    ("Hi, my name is Jordan Whitfield. My therapist Dr. Okafor said I should write things down. "
     "You can email me at jordan.whitfield@example.com if that's easier."),
    "My number is (415) 555-0143 and I live at 1200 Harbor Street with my sister Maya. Nights are the worst.",
    "I was born on March 3, 1994 and the clinic says my MRN is 00482913. Birthdays make everything heavier.",
]
for i, text in enumerate(PII):
    lines.append(json.dumps({"id": f"sc-pii-{i}", "messages": [
        {"role": "user", "content": text},
        {"role": "assistant", "content": "Thank you for sharing that. If you ever feel unsafe, you can call or text 988 at any time."}]}))
write(f"{ROOT}/foundation/support_chatml/part-00000.jsonl", "\n".join(lines) + "\n")
write(f"{ROOT}/foundation/support_chatml/provenance.json", provenance("support_chatml", "CC-BY-4.0"))

# foundation/peer_alpaca: Alpaca JSONL.
lines = []
for i in range(30):
    c = convo(100 + i)
    lines.append(json.dumps({"instruction": c[0][1], "input": "" if i % 2 else "Please answer gently.", "output": c[1][1]}))
write(f"{ROOT}/foundation/peer_alpaca/train.jsonl", "\n".join(lines) + "\n")
write(f"{ROOT}/foundation/peer_alpaca/provenance.json", provenance("peer_alpaca", "MIT"))

# edge_cases/crisis_sharegpt: ShareGPT JSONL, gzip-compressed, non-commercial licence.
lines = []
for i in range(40):
    turns = [{"from": "human", "value": f"{rng.choice(CRISIS_USER)} (case {i})"},
             {"from": "gpt", "value": rng.choice(CRISIS_REPLY)}]
    lines.append(json.dumps({"conversation_id": f"cs-{i:04d}", "conversations": turns}))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
    gz.write(("\n".join(lines) + "\n").encode())
write(f"{ROOT}/edge_cases/crisis_sharegpt/part-00000.jsonl.gz", buf.getvalue(), "wb")
write(f"{ROOT}/edge_cases/crisis_sharegpt/provenance.json", provenance("crisis_sharegpt", "CC-BY-NC-4.0"))

# voice_persona/coach_csv: CSV with speaker labels, one extended through role_map.
out = io.StringIO()
w = csv.writer(out, lineterminator="\r\n")
w.writerow(["conversation_id", "turn", "speaker", "text"])
for i in range(25):
    cid = f"vp-{i:03d}"
    c = convo(200 + i)
    rows = [(cid, t + 1, "Client" if r == "user" else ("Volunteer" if i % 5 == 0 else "Coach"), text) for t, (r, text) in enumerate(c)]
    rng.shuffle(rows)  # turn order comes from the `turn` column, not row order
    for row in rows:
        w.writerow(row)
w.writerow(["vp-900", "1", "Client", "A message that spans\ntwo lines, quoted."])
w.writerow(["vp-900", "2", "Coach", "Thanks — \"quotes\" and commas, too."])
write(f"{ROOT}/voice_persona/coach_csv/sessions.csv", out.getvalue())
write(f"{ROOT}/voice_persona/coach_csv/provenance.json", provenance("coach_csv", "CC0-1.0", role_map={"Volunteer": "assistant"}))

write(f"{ROOT}/release.json", json.dumps({"release": R, "sealed_by": "example data owner", "note": "intake closed"}, indent=2) + "\n")
print("wrote", ROOT)
