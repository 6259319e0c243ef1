#!/usr/bin/env python3
"""Regenerates data/pii/given_names.txt (run once by a maintainer; not part of CI).

Source: `nam_dict.txt` by Jörg Michael (2007-2008), as shipped in the PyPI package
`gender-guesser` 0.4.0, under the GNU Free Documentation License 1.2 (LICENSE-GFDL-1.2.txt);
given_names.txt is a modified extract of it and is released under the same licence.

Kept: given names with a frequency in Great Britain, Ireland or the USA (columns 30-32 of the
list), of three letters or more, that first_names.txt (1990 US Census) lacks — the British and
Irish names the census does not know ("Declan", "Aoife", "Niamh", "Poppy") — minus words of
other languages and terms the detector already holds as never a name (other_languages.txt,
foreign_words.txt, ordinary.txt, proper_terms.txt), states and countries (places.txt), and
everyday English words (vocabulary*.txt: "red", "key", "rush", "reg"), except the few whose use as a name is the
common one in support text (NAME_WORDS below).

Also kept (2026-12-07): given names written with letters English lacks ("Jürgen", "Søren", "Zoë",
"Ayşe"), frequent enough in any country of the list (4 or more on its 1-13 scale), minus those
whose accents taken off leave an everyday English word ("Ángel", "Noël": a word-name, a name only
where people put names), those a review marked as words, titles or places in their own language
(accented_words.txt: "Barış", "Rocío"), towns, and the never-name lists above but
other_languages.txt (which, rebuilt after this list, leaves out the names kept here).

world_names.txt (2026-12-07, a later session): ASCII given names of four letters or more, 4 or more
on the scale in any country's column, that no list here holds — the names of people named outside
Britain, Ireland and the USA ("Priya", "Halidun", "Oluwaseun" is not in the dictionary), which
until then were read as unknown words: kept mid-sentence, but taken for a term at a sentence's
start ("Priya left." leaked) and missed in lower case ("lol sudi said"). Three-letter ones are
left out (in chat they are abbreviations, hex and typos: "ole", "sik", "tri", "dae"), and so are
a few that are everyday words in chat (WORLD_WORDS), and towns (a town is read by its own
rules). A file of their own: in lower case the detector reads them as a name only where a name
stands, since many are words in their own language ("hala", "amar", "shiro"). Measured on
Faker's names of eighteen other countries (tests/pii/faker_set.py --names world).

Usage: python3 make_given_names.py <site-packages>/gender_guesser/data/nam_dict.txt
"""
import pathlib
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
HEX = "0123456789ABCDEF"


def listed(name):
    out = set()
    for line in open(HERE / name, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.update(w.lower() for w in line.split())
    return out


# Everyday words kept as names: in support conversations these are far more often a person.
NAME_WORDS = {
    "aria", "aspen", "cadence", "felicity", "poppy", "serenity", "verity", "sienna", "bryony",
    "briony", "emmet", "phoenix", "aliyah", "adonis", "aeron", "aneurin", "bailee", "cadi",
    "jennet", "joss", "kat", "loran", "lorimer", "thane", "meadow", "lyric", "maverick", "paddy",
}


# World names that typed in an English chat are far more often a word: "so-so", "aren't" with
# its apostrophe lost, Spanish "al lado", the Kama Sutra.
WORLD_WORDS = {"soso", "aren", "lado", "kama"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def first_fields(name):
    out = set()
    for line in open(HERE / name, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            out.add(line.split("\t")[0].strip().lower())
    return out


def main(src):
    known = listed("first_names.txt")
    words = listed("vocabulary.txt") | listed("vocabulary_rare.txt")
    never = set()
    lists = ("other_languages.txt", "foreign_words.txt", "ordinary.txt", "proper_terms.txt")
    for f in lists + ("places.txt",):
        never |= listed(f)
    towns = listed("gazetteer.txt") | listed("counties.txt")
    never_but_languages = set()
    for f in lists[1:] + ("places.txt",):
        never_but_languages |= listed(f)
    accented_words = first_fields("accented_words.txt")
    names = set()
    world_names = set()
    for line in open(src, encoding="utf-8"):
        if line.startswith(("#", "=")) or len(line) < 31 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if not name or "+" in name or " " in name or "-" in name:
            continue
        freq = max(HEX.index(c) if c in HEX else 0 for c in line[30:33])
        low = name.lower()
        word = low in words and low not in NAME_WORDS
        if freq and len(low) >= 3 and low not in known and low not in never and not word:
            names.add(low)
        # (every country's column: an accented name is written so wherever it is given)
        anywhere = max(HEX.index(c) if c in HEX else 0 for c in line[30:85])
        # (and an unaccented one given anywhere, of four letters or more)
        world = (low.isascii() and anywhere >= 4 and len(low) >= 4 and low not in WORLD_WORDS
                 and low not in known and low not in never and low not in words
                 and low not in towns)
        if world:
            world_names.add(low)
        accented = not low.isascii()
        # (not other_languages.txt: it holds these names as its languages' frequent words, and
        # leaves out those kept here; accented_words.txt is the review that tells words apart)
        if (accented and anywhere >= 4 and fold(low) not in words and low not in accented_words
                and not {low, fold(low)} & (never_but_languages | towns)):
            names.add(low)
    (HERE / "given_names.txt").write_text("".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    world_names -= names
    (HERE / "world_names.txt").write_text(
        "".join(f"{n}\n" for n in sorted(world_names)), encoding="utf-8")
    print(len(names), "names,", len(world_names), "world names")


if __name__ == "__main__":
    main(sys.argv[1])
