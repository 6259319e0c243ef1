#!/usr/bin/env python3
"""Regenerates vocabulary.txt and vocabulary_rare.txt (run by a maintainer; not part of CI).

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; permissive licence, see
LICENSE-SCOWL.txt) as Debian ships it (2020.12.07): size 50 in American and British spelling
(`wamerican`, `wbritish`) and size 70 (`wamerican-large`). Only the entries written in lower
case are kept: SCOWL writes proper nouns (people, places, brands) capitalised, so what remains
is the vocabulary the name detector treats as ordinary words. From the size-70 list, words
that are also listed first names or surnames are left out: a rare word that is mostly a name
("kyle") stays a name, while a common word that is also a name ("hope") is in the size-50 list
and needs a cue.

Usage: python3 make_vocabulary.py american-english british-english american-english-large
"""
import pathlib
import sys


def words(path):
    for line in open(path, encoding="utf-8"):
        w = line.strip()
        if w.endswith("'s"):
            w = w[:-2]
        if w and w == w.lower() and w.isascii() and w.replace("'", "").replace("-", "").isalpha():
            yield w


def main(paths):
    here = pathlib.Path(__file__).resolve().parent
    names = set()
    for f in ("first_names.txt", "surnames.txt"):
        names |= {l.strip() for l in open(here / f) if l.strip() and not l.startswith("#")}
    common = set(w for p in paths[:2] for w in words(p))
    rare = set(w for p in paths[2:] for w in words(p)) - names
    (here / "vocabulary.txt").write_text(
        "# SCOWL size 50 (en_US, en_GB), lower-case entries (make_vocabulary.py)\n"
        + "".join(w + "\n" for w in sorted(common)))
    (here / "vocabulary_rare.txt").write_text(
        "# SCOWL size 70 lower-case entries not in size 50 and not listed names (make_vocabulary.py)\n"
        + "".join(w + "\n" for w in sorted(rare - common)))
    print(len(common), "common,", len(rare - common), "rare")


if __name__ == "__main__":
    main(sys.argv[1:])
