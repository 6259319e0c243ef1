#!/usr/bin/env python3
"""The hand-labelled real-text privacy evaluation set: counsel-chat answers (real therapists'
writing, MIT, tests/data/counsel-chat/) joined with the labels in counsel_chat_labels.jsonl.

The labels were made by reading (guide: counsel_chat_guide.md) for 600 answers: 300 drawn at
random (seed 20261202) and 300 drawn at random from the answers that mention the answering
therapist's own name, a phone-like number, a web address or an "@" (so that identifiers are
not too rare to measure). Each label holds byte offsets into the answer and the answer's
sha256, so a changed data file is caught rather than mis-scored.

The answers are split into a dev half (tuned on) and a test half (only reported) by a hash of
the row number. 200 more answers were labelled on 2026-12-06 (seed 20261206: every remaining
answer of the dev half with such a mention, 69, and 131 drawn at random from the rest of the
dev half) by two more labellers: they join the dev half only, the test half is unchanged.

The `extra` set (counsel_chat_labels_extra.jsonl, 150 answers labelled on 2026-12-06 by two more
labellers, seed 20261207): every answer not labelled above that mentions a web address, a
phone-like number, an "@" or a word of the answering therapist's own name (61), and 89 drawn at
random from the rest, answers whose text equals a labelled one left out. It was scored once
before anything was tuned on it (a second look at real text nobody had tuned to), then joins
development. It never changes the test half.

Scored as: NAME, PHONE, URL, EMAIL, LOCATION, ADDRESS, ZIP, DATE, AGE, ID spans are
identifiers; PUBLIC_NAME (public figures, cited authors) and single-letter initials are
"either way"; `keep` items (help lines, public sites, clinical terms, credentials, titles) are
decoys that must stay intact.

Usage: counsel_chat_set.py --half dev|test|extra|all [--csv PATH] [--labels PATH] > set.jsonl
"""
import argparse
import csv
import hashlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def half_of(row):
    return "dev" if hashlib.sha256(str(row).encode()).digest()[0] % 2 == 0 else "test"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["dev", "test", "extra", "all"], required=True)
    ap.add_argument("--csv", default=str(HERE.parent / "data/counsel-chat/counsel_chat.csv"))
    ap.add_argument("--labels", default=str(HERE / "counsel_chat_labels.jsonl"))
    ap.add_argument("--extra", default=str(HERE / "counsel_chat_labels_extra.jsonl"))
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv, newline="", encoding="utf-8")))
    lines = list(open(a.labels)) + list(open(a.extra))
    for line in lines:
        lab = json.loads(line)
        if a.half != "all" and lab.get("set", half_of(lab["row"])) != a.half:
            continue
        text = rows[lab["row"]]["answerText"]
        raw = text.encode()
        if hashlib.sha256(raw).hexdigest() != lab["sha256"]:
            sys.exit(f"row {lab['row']}: the answer's sha256 does not match its labels")
        spans, either = [], []
        for s in lab["spans"]:
            single = s["type"] == "NAME" and len(raw[s["start"]:s["end"]].strip()) == 1
            if s["type"] == "PUBLIC_NAME" or single:
                either.append({"message": 0, "start": s["start"], "end": s["end"]})
            else:
                spans.append({"message": 0, "start": s["start"], "end": s["end"], "type": s["type"]})
        taken = spans + either
        decoys = [
            {"message": 0, "start": k["start"], "end": k["end"], "kind": k["kind"]}
            for k in lab["keep"]
            if not any(k["start"] < t["end"] and t["start"] < k["end"] for t in taken)
        ]
        rec = {"id": f"row-{lab['row']}", "messages": [{"role": "assistant", "content": text}],
               "spans": spans, "dont_care": either, "decoys": decoys}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
