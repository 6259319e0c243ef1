#!/usr/bin/env python3
"""Reads a published release with Hugging Face `datasets`, as a training engineer would: by
directory (default config, no name) and with the json builder over the export files using the
features the dataset card declares. Checks the split sizes against the manifest and that the
`meta` column carries the keys the sources listed.

Usage: check_release.py RELEASE_DIR META_KEY [META_KEY ...]
"""
import json
import os
import sys

import datasets

rel, keys = os.path.abspath(sys.argv[1]), sys.argv[2:]
manifest = json.load(open(os.path.join(rel, "manifest.json")))
splits = {k: v for k, v in manifest["splits"].items() if v}
ds = datasets.load_dataset(rel)
got = {s: ds[s].num_rows for s in ds}
assert got == splits, f"load_dataset(dir): {got} != manifest {splits}"
features = datasets.load_dataset_builder(rel).info.features
files = {s: f"{rel}/export/{s}/*.jsonl" for s in splits}
js = datasets.load_dataset("json", data_files=files, features=features)
assert {s: js[s].num_rows for s in js} == splits
meta = ds["train"].features["meta"]
for k in keys:
    assert k in meta, f"meta lacks {k}: {meta}"
with_meta = sum(1 for r in ds["train"] if r["meta"] and any(r["meta"][k] is not None for k in keys))
assert with_meta > 0, "no record carries meta"
print(json.dumps({"splits": got, "meta": sorted(meta.keys()), "records_with_meta": with_meta}))
