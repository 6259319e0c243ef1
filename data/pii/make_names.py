#!/usr/bin/env python3
"""Regenerates the name lists shipped in data/pii/ (run once by a maintainer; not part of CI).

Source: the 1990 US Census name frequency files (a US government work, public domain), as
bundled in the PyPI package `names` 0.3.0 (`dist.male.first`, `dist.female.first`,
`dist.all.last`). Usage: python3 make_names.py <dir holding the three dist.* files>

surnames.txt holds the 20,000 most frequent surnames, read as names anywhere; surnames_rare.txt
the other 68,799 of the file, read only where a web host is nothing but a surname
("sheil.net"): rare surnames are often everyday words elsewhere, so the detector drops the
ones in its vocabularies and term lists when it loads them.

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
    every_last = names(src / "dist.all.last")
    last = every_last[:SURNAMES]
    write(here / "first_names.txt", sorted(set(first)))
    write(here / "surnames.txt", sorted(set(last)))
    write(here / "surnames_rare.txt", sorted(set(every_last[SURNAMES:]) - set(last)))


if __name__ == "__main__":
    main(sys.argv[1])
