#!/usr/bin/env python3
"""Runs a snippet of docs/TRAINING.md exactly as written: the ```python block that follows the
line `<!-- snippet: NAME -->`. Runs it in --cwd with docs/snippets importable and prints the
snippet's last line of output (each snippet ends by printing a JSON object).

Usage: run_snippets.py NAME [--cwd DIR] [--doc docs/TRAINING.md]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def snippet(doc, name):
    text = open(doc, encoding="utf-8").read()
    m = re.search(r"<!-- snippet: " + re.escape(name) + r" -->\n```python\n(.*?)\n```", text, re.S)
    if not m:
        raise SystemExit(f"{doc}: no snippet named {name!r}")
    return m.group(1) + "\n"


def run(name, cwd, doc=os.path.join(ROOT, "docs", "TRAINING.md")):
    code = snippet(doc, name)
    with tempfile.NamedTemporaryFile("w", suffix=f"-{name}.py", delete=False) as f:
        f.write(code)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [os.path.join(ROOT, "docs", "snippets"), env.get("PYTHONPATH")]))
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("HF_DATASETS_OFFLINE", "1")
    try:
        out = subprocess.run([sys.executable, f.name], cwd=cwd, env=env, capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if out.returncode != 0:
        raise SystemExit(f"snippet {name!r} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    lines = [l for l in out.stdout.splitlines() if l.strip()]
    if not lines:
        raise SystemExit(f"snippet {name!r} printed nothing")
    return lines[-1]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--cwd", default=".")
    ap.add_argument("--doc", default=os.path.join(ROOT, "docs", "TRAINING.md"))
    a = ap.parse_args()
    print(run(a.name, a.cwd, a.doc))
