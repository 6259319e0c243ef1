#!/usr/bin/env python3
"""Regenerates the name lists shipped in data/pii/ (run once by a maintainer; not part of CI).

Source: the 1990 US Census name frequency files (a US government work, public domain), as
bundled in the PyPI package `names` 0.3.0 (`dist.male.first`, `dist.female.first`,
`dist.all.last`). Usage: python3 make_names.py <dir holding the three dist.* files>

Every tenth name (chosen by a hash of the name, not by rank, so holds-outs span common and rare
names) is held out of the detector's lists and written to heldout_*.txt: the evaluation set
(`mhd pii eval`) uses those to measure how many names the contextual cues find without a list.
"""
import hashlib
import pathlib
import sys

SURNAMES = 20000  # the 20k most frequent surnames cover ~85% of the population


def names(path):
    return [line.split()[0].lower() for line in open(path) if line.strip()]


def held_out(name):
    return hashlib.sha256(name.encode()).digest()[0] % 10 == 0


def write(path, items):
    path.write_text("".join(f"{n}\n" for n in items))


def main(src):
    src = pathlib.Path(src)
    here = pathlib.Path(__file__).resolve().parent
    first = list(dict.fromkeys(names(src / "dist.male.first") + names(src / "dist.female.first")))
    last = names(src / "dist.all.last")[:SURNAMES]
    write(here / "first_names.txt", sorted(n for n in first if not held_out(n)))
    write(here / "heldout_first_names.txt", sorted(n for n in first if held_out(n)))
    write(here / "surnames.txt", sorted(n for n in last if not held_out(n)))
    write(here / "heldout_surnames.txt", sorted(n for n in last if held_out(n)))


if __name__ == "__main__":
    main(sys.argv[1])
