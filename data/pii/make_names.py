#!/usr/bin/env python3
"""Regenerates the name lists shipped in data/pii/ (run once by a maintainer; not part of CI).

Source: the 1990 US Census name frequency files (a US government work, public domain), as
bundled in the PyPI package `names` 0.3.0 (`dist.male.first`, `dist.female.first`,
`dist.all.last`). Usage: python3 make_names.py <dir holding the three dist.* files>

The detector is evaluated on names it was not built from (Python Faker's per-locale name
lists and hand-labelled real text, tests/pii/), so no names are held out of these lists.
"""
import pathlib
import sys

SURNAMES = 20000  # the 20k most frequent surnames cover ~85% of the population


def names(path):
    return [line.split()[0].lower() for line in open(path) if line.strip()]


def write(path, items):
    path.write_text("".join(f"{n}\n" for n in items))


def main(src):
    src = pathlib.Path(src)
    here = pathlib.Path(__file__).resolve().parent
    first = list(dict.fromkeys(names(src / "dist.male.first") + names(src / "dist.female.first")))
    last = names(src / "dist.all.last")[:SURNAMES]
    write(here / "first_names.txt", sorted(set(first)))
    write(here / "surnames.txt", sorted(set(last)))


if __name__ == "__main__":
    main(sys.argv[1])
