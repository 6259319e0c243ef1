#!/usr/bin/env python3
"""Read an mhd release by its S3 prefix, the way a training job would (tested end to end
against the emulator by tests/emulator.rs). Needs only boto3.

    python3 read_release.py s3://<bucket>/releases/<release>/

Verifies every export file's size and sha256 against the manifest before yielding a record,
and prints records per split. Endpoint, region and credentials come from the usual AWS
environment (AWS_ENDPOINT_URL for the emulator).
"""
import hashlib
import json
import sys

import boto3


def records(prefix, split=None):
    bucket, _, key_prefix = prefix.removeprefix("s3://").partition("/")
    s3 = boto3.client("s3")
    try:
        body = s3.get_object(Bucket=bucket, Key=key_prefix.rstrip("/") + "/manifest.json")["Body"]
    except s3.exceptions.NoSuchKey:
        raise SystemExit(f"{prefix}: no manifest.json - the release is not published")
    manifest = json.load(body)
    routing = next(f for f in manifest["files"] if f["role"] == "routing")
    curriculum = json.loads(s3.get_object(Bucket=bucket, Key=routing["key"])["Body"].read())["curriculum"]
    exports = [f for f in manifest["files"] if f["role"] == "export" and split in (None, f["split"])]
    exports.sort(key=lambda f: (curriculum.index(f["family"]), f["key"]))  # curriculum order
    for f in exports:
        data = s3.get_object(Bucket=bucket, Key=f["key"])["Body"].read()
        if len(data) != f["bytes"] or hashlib.sha256(data).hexdigest() != f["sha256"]:
            raise SystemExit(f"{f['key']}: size or sha256 differs from the manifest (partial download?)")
        for line in data.splitlines():
            yield f["split"], json.loads(line)


if __name__ == "__main__":
    counts = {}
    for split, record in records(sys.argv[1]):
        assert record["messages"], record["id"]
        counts[split] = counts.get(split, 0) + 1
    print(json.dumps(counts, sort_keys=True))
