#!/usr/bin/env python3
"""A black-box red team's probe messages as a labelled set for `mhd pii eval`.

tests/pii/probes/redteam_main.tsv: 679 messages written and labelled on 2026-12-06 by a helper
that read none of the detector, its tests or the other sets, and ran the binary only after
freezing its labels (343 with identifiers, 336 without; US/UK/CA/AU/IE/NZ registers: chat,
capitals, voice-to-text, e-mails, forms, notes, transcripts). One probe per line,
`CATEGORY<TAB>TEXT`; in TEXT `[[span]]` is an identifier that must be covered and `{{span}}` is
ambiguous (either way); a literal backslash-n is a line break. Scored before and after one
session's changes (docs/PRIVACY.md), then development material: its findings were worked on.

tests/pii/probes/redteam_sixteenth.tsv (`--tsv`): 1,073 messages, same format, a reviewer of
mhd-pii/16 wrote on 2026-12-07 against that version's new rules (see its header);
tests/pii/probes/redteam_sixteenth_b.tsv: 617 a second reviewer of it wrote the same day, every
identifier under one category, PII; tests/pii/probes/review_world.tsv: 564 a reviewer of
mhd-pii/17 wrote (a later session) with names of many countries and identifier-free lines meant
to trip its rules (see its header).

Usage: probes_set.py [--tsv PATH] > set.jsonl
"""
import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsv", default=str(HERE / "probes" / "redteam_main.tsv"))
    a = ap.parse_args()
    for n, line in enumerate(open(a.tsv, encoding="utf-8")):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        category, raw = line.split("\t", 1)
        text, spans, either, pos = b"", [], [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()].replace("\\n", "\n").encode()
            body = (m.group(1) or m.group(2)).replace("\\n", "\n").encode()
            span = {"message": 0, "start": len(text), "end": len(text) + len(body)}
            (spans if m.group(1) else either).append(span)
            text += body
            pos = m.end()
        text += raw[pos:].replace("\\n", "\n").encode()
        for s in spans:
            s["type"] = category.split("_")[0] if not category.startswith("CLEAN") else "ID"
        rec = {"id": f"probe-{n:04d}", "messages": [{"role": "user", "content": text.decode()}],
               "spans": spans, "dont_care": either, "decoys": []}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
