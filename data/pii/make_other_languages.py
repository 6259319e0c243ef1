#!/usr/bin/env python3
"""Regenerates other_languages.txt (run by a maintainer; not part of CI).

Source: wordfreq 3.1.1 (Robyn Speer; code Apache-2.0, word lists CC BY-SA 4.0 — built from
Wikipedia, OpenSubtitles, SUBTLEX, Google Books, Twitter, Reddit and other corpora; see
LICENSE-wordfreq.txt). `pip install wordfreq==3.1.1 gender-guesser==0.4.0`, then
`python3 make_other_languages.py <site-packages>/gender_guesser/data/nam_dict.txt 4.0`
(the last argument is the Zipf threshold; the shipped list uses 4.0: 3.5 gave the same
byte-exactness on the dev half at 2.5× the size and lost more names).

People mix other languages into English ("Kaya mo 'yan", "¿Prefieres hablar en español?",
"Ça va"): a capitalised word there is far more often a word than a name. The list keeps a word
of a Latin-script language when it is frequent there (Zipf >= MIN_ZIPF) and clearly more
frequent there than in English (by MARGIN, so "finn", "dawn" and other names frequent in every
language's text stay out). Listed first names and surnames, towns and regions are left out:
those keep the detector's own rules; so is every given name of any country in the name
dictionary `gender-guesser` ships (nam_dict.txt), so that an Irish, Welsh or Māori name that is
also a word somewhere ("Orla", "Sian", "Rangi") stays a name. The detector treats a listed word as an everyday word —
a name only in a name's position.

The list is built from a corpus, not from the evaluation sets (tests/pii/), and was not edited
after seeing them.
"""
import pathlib
import sys

import wordfreq

LANGUAGES = [
    "es", "fr", "pt", "it", "de", "nl", "fil", "id", "ms", "tr", "pl", "sv", "da", "nb", "fi",
    "ro", "ca", "cs", "sk", "sl", "hu", "lt", "lv", "sh", "vi",
]
MIN_ZIPF = float(sys.argv[2]) if len(sys.argv) > 2 else 4.0
MARGIN = 1.0
MIN_LEN = 2


def given_names(path):
    """Every given name of the nam_dict.txt name dictionary (Jörg Michael; GFDL 1.2), all
    countries: only used to leave names *out* of this list, nothing of it is shipped."""
    out = set()
    # (gender-guesser ships the dictionary converted to UTF-8: read as Latin-1, as until
    # 2026-12-07, every name with a letter English lacks was garbled, matched nothing and stayed
    # in this list: "jürgen", "søren". Read both ways, so the list loses nothing the Latin-1
    # reading left out: its columns then cut some lines elsewhere — "ste", "ime" — and those are
    # short names too, "Ste" for Stephen)
    for encoding in ("utf-8", "iso-8859-1"):
        for line in open(path, encoding=encoding):
            if line.startswith("#") or len(line) < 30:
                continue
            for part in line[3:29].strip().replace("+", " ").replace("-", " ").split():
                out.add(part.lower())
    return out


def shipped_given_names(here):
    return {w.strip() for w in open(here / "given_names.txt", encoding="utf-8") if w.strip()}


def listed(here):
    out = set()
    for f in ("first_names.txt", "surnames.txt", "gazetteer.txt", "places.txt", "counties.txt"):
        for line in open(here / f, encoding="utf-8"):
            line = line.strip().lower()
            if line and not line.startswith("#"):
                out.update(line.split())
    return out


def main(names_path):
    here = pathlib.Path(__file__).resolve().parent
    # (a name written with letters English lacks is left out only when given_names.txt holds
    # it: frequent as a name, and no word a review marked, "barış", "rocío", nor one that is
    # rarely a name, "día", "thé")
    names = given_names(names_path)
    vetted = shipped_given_names(here)
    names = {n for n in names if n.isascii() or n in vetted}
    skip = listed(here) | names
    keep = set()
    for lang in LANGUAGES:
        for w in wordfreq.iter_wordlist(lang, wordlist="best"):
            z = wordfreq.zipf_frequency(w, lang)
            if z < MIN_ZIPF:
                break
            if len(w) < MIN_LEN or not w.isalpha() or w in skip:
                continue
            if z - wordfreq.zipf_frequency(w, "en") >= MARGIN:
                keep.add(w)
    (here / "other_languages.txt").write_text(
        "# Words frequent in another language and not in English (make_other_languages.py;\n"
        "# wordfreq 3.1.1, CC BY-SA 4.0, LICENSE-wordfreq.txt)\n"
        + "".join(w + "\n" for w in sorted(keep)),
        encoding="utf-8",
    )
    print(len(keep), "words")


if __name__ == "__main__":
    main(sys.argv[1])
