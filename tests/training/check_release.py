#!/usr/bin/env python3
"""Checks a published release the way its consumers' own tools see it, independent of the code
that wrote it: Hugging Face `datasets` (no config name; the json builder), `mlcroissant`
(validation and records from every record set), the dataset card's metadata as
`huggingface_hub` parses it, and every snippet of docs/TRAINING.md run as written.

Usage: check_release.py BUCKET_DIR RELEASE [--excluded JSON]
Exit 0 and a JSON summary on stdout when every check holds; otherwise exit 1 naming the check.
"""
import argparse
import json
import os
import subprocess
import sys

import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
# datasets keys its cache by the directory's name and the data file names, not their bytes: two
# copies of one release id (the demo and this test's) would share a cache entry.
os.environ["HF_DATASETS_CACHE"] = tempfile.mkdtemp(prefix="mhd-hf-cache-")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_snippets  # noqa: E402

SPLITS = ("train", "validation", "test")


def fail(what):
    print(f"CHECK FAILED: {what}", file=sys.stderr)
    sys.exit(1)


def expect(cond, what):
    if not cond:
        fail(what)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bucket")
    ap.add_argument("release")
    ap.add_argument("--excluded", default="{}", help='{"family": records} the card must name')
    a = ap.parse_args()
    rel = os.path.abspath(os.path.join(a.bucket, "releases", a.release))
    manifest = json.load(open(os.path.join(rel, "manifest.json")))
    splits = {s: n for s, n in manifest["splits"].items() if n}
    summary = {"splits": splits}

    import datasets
    ds = datasets.load_dataset(rel)
    got = {s: ds[s].num_rows for s in ds}
    expect(got == splits, f"load_dataset(<dir>) with no config: {got} != manifest {splits}")
    for fam in manifest["families"]:
        one = datasets.load_dataset(rel, fam["name"])
        want = {s: n for s, n in fam["records"].items() if n}
        got = {s: one[s].num_rows for s in one}
        expect(got == want, f"config {fam['name']}: {got} != manifest {want}")
    keys = {tuple(sorted(r.keys())) for s in ds for r in ds[s].select(range(min(50, ds[s].num_rows)))}
    expect(len(keys) == 1, f"records do not share one set of keys: {keys}")

    for name in ("local", "hf-load", "hf-json"):
        got = json.loads(run_snippets.run(name, a.bucket))
        expect({s: n for s, n in got.items() if n} == splits, f"TRAINING.md snippet {name}: {got} != {splits}")
    batches = json.loads(run_snippets.run("hf-batches", a.bucket))
    expect(batches["train"] == splits["train"] and batches["batches"] >= 1 and batches["tokens"] > 0,
           f"TRAINING.md snippet hf-batches: {batches}")
    summary["snippets"] = ["local", "hf-load", "hf-json", "hf-batches"]

    croissant = os.path.join(rel, "croissant.json")
    v = subprocess.run([os.path.join(os.path.dirname(sys.executable), "mlcroissant"), "validate",
                        "--jsonld", croissant], capture_output=True, text=True)
    expect(v.returncode == 0 and "error" not in v.stderr.lower(), f"mlcroissant validate: {v.stderr[-2000:]}")
    import mlcroissant as mlc
    cr = mlc.Dataset(croissant)
    meta = cr.metadata
    expect(meta.license and meta.cite_as, "croissant: license and citeAs")
    loaded = {}
    for rs in meta.record_sets:
        recs = list(cr.records(rs.uuid))
        loaded[rs.uuid] = len(recs)
        msgs = recs[0][f"{rs.uuid}/messages"]
        expect(isinstance(msgs, list) and {f"{rs.uuid}/messages/role", f"{rs.uuid}/messages/content"} <= set(msgs[0]),
               f"croissant {rs.uuid}: messages is not a repeated role/content field")
    expect(loaded == splits, f"croissant records per record set {loaded} != {splits}")
    raw = json.load(open(croissant))
    for k in ("rai:dataCollection", "rai:personalSensitiveInformation", "rai:dataPreprocessingProtocol",
              "rai:dataAnnotationProtocol", "rai:dataBiases", "rai:dataLimitations", "rai:dataReleaseMaintenancePlan"):
        expect(isinstance(raw.get(k), str) and len(raw[k]) > 80, f"croissant {k} missing or one line")
    shas = {f["contentUrl"]: f["sha256"] for f in raw["distribution"] if f["@type"] == "cr:FileObject"}
    exports = {f["key"].split(f"releases/{a.release}/", 1)[1]: f["sha256"] for f in manifest["files"] if f["role"] == "export"}
    expect(shas == exports, "croissant FileObjects do not carry every export file's sha256")
    summary["croissant_records"] = loaded

    from huggingface_hub import DatasetCard
    card = DatasetCard.load(os.path.join(rel, "README.md"))
    d = card.data.to_dict()
    for k in ("license", "language", "task_categories", "size_categories", "pretty_name", "tags", "configs"):
        expect(d.get(k), f"card YAML lacks {k}")
    expect(any(c.get("config_name") == "default" and c.get("default") for c in d["configs"]), "card: no default config")
    lic = sorted({s["license"] for f in manifest["families"] for s in f["sources"]})
    if len(lic) > 1:
        expect(d["license"] == "other" and all(l in d.get("license_details", "") for l in lic),
               f"card licence: {d['license']} / {d.get('license_details')} for {lic}")
    for section in ("## Sources and licences", "## How it was made", "## Personal information",
                    "## Intended use and limits", "## Human review", "## How to load"):
        expect(section in card.text, f"card body lacks {section}")
    for fam, n in json.loads(a.excluded).items():
        for doc in (card.text, open(os.path.join(rel, "RELEASE_NOTES.md")).read()):
            expect(f"`{fam}`: {n} records" in doc, f"card/notes do not name left-out family {fam} ({n})")
    summary["card"] = {k: d[k] for k in ("license", "language", "size_categories")}
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
