#!/usr/bin/env python3
"""An independent check of a published release (not the gate's code): for every validation or
test record of a holdout-sensitive family, the share of its distinct word 13-grams contained in
each single train record, with n-grams held by `common_in` or more train records (or
`common_share` of them, at least 3) ignored. Exits 1 and names the worst record when any share
exceeds `max_share`. Reads only the export files the manifest lists.

Usage: check_release.py RELEASE_DIR --sensitive fam1,fam2 [--max-share 0.5] [--n 13]
Prints a JSON summary.
"""
import argparse
import collections
import json
import math
import os
import re
import sys

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def grams(messages, n):
    words = []
    for m in messages:
        if m["role"] == "system":
            continue
        words.extend(WORD.findall(m["content"].lower()))
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("release_dir")
    ap.add_argument("--sensitive", required=True)
    ap.add_argument("--max-share", type=float, default=0.5)
    ap.add_argument("--n", type=int, default=13)
    ap.add_argument("--common-in", type=int, default=20)
    ap.add_argument("--common-share", type=float, default=0.05)
    a = ap.parse_args()
    sensitive = set(a.sensitive.split(","))
    manifest = json.load(open(os.path.join(a.release_dir, "manifest.json")))
    rel = manifest["release"]
    train, checked = [], []
    for f in manifest["files"]:
        if f.get("role") != "export":
            continue
        path = os.path.join(a.release_dir, f["key"][len(f"releases/{rel}/"):])
        for line in open(path):
            rec = json.loads(line)
            g = grams(rec["messages"], a.n)
            if f["split"] == "train":
                train.append((rec["id"], g))
            elif rec["family"] in sensitive:
                checked.append((rec["id"], f["split"], g))
    df = collections.Counter(x for _, g in train for x in g)
    cap = min(a.common_in, max(3, math.ceil(a.common_share * len(train))))
    holders = collections.defaultdict(list)
    for i, (_, g) in enumerate(train):
        for x in g:
            if df[x] < cap:
                holders[x].append(i)
    worst = (0.0, None, None)
    for rid, split, g in checked:
        if not g:
            continue
        counts = collections.Counter(i for x in g if x in holders for i in holders[x])
        if counts:
            i, hits = counts.most_common(1)[0]
            share = hits / len(g)
            if share > worst[0]:
                worst = (share, rid, train[i][0])
    out = {"checked": len(checked), "train": len(train), "max_containment": round(worst[0], 4),
           "worst": worst[1], "nearest_train": worst[2], "max_share": a.max_share}
    print(json.dumps(out))
    sys.exit(1 if worst[0] > a.max_share else 0)


if __name__ == "__main__":
    main()
