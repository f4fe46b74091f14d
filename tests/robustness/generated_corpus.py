"""A corpus of distinct, invented war-news articles, big enough for an ingest to be killed or
raced mid-way. Each article mixes claim-bearing sentences (drones launched and downed,
prisoners exchanged, remains repatriated) with filler built from many parts, so that no two
articles are near copies of each other (which would make grouping depend on arrival order).
"""

from __future__ import annotations

import random
from pathlib import Path

OUTLETS = ["Harbour Gazette", "Steppe Courier", "River Post", "Morning Ledger", "Wire Desk"]
SIDES = [
    ("Russia", "Ukraine", "Ukraine's air force"),
    ("Ukraine", "Russia", "Russia's defence ministry"),
]
DAYS = ["Sunday", "Saturday", "Friday", "Thursday"]
CLAIMS = [
    "{a} launched {n} drones at {b} overnight, {speaker} said on {day}.",
    "{speaker} said its units shot down {m} of the drones launched by {a}.",
    "{a} and {b} exchanged {p} prisoners of war on {day}, {speaker} said.",
    "{speaker} said {p} soldiers had returned home from captivity in {a}.",
    "{b} received the bodies of {r} fallen soldiers from {a}, officials said on {day}.",
    "{a} fired {k} missiles at {b} on {day}, according to {speaker}.",
]
SUBJECTS = ["Engineers", "Residents", "Teachers", "Volunteers", "Farmers", "Council members",
            "Doctors", "Drivers", "Librarians", "Fishermen", "Students", "Shopkeepers"]
VERBS = ["repaired", "painted", "cleaned", "inspected", "rebuilt", "measured", "counted",
         "moved", "visited", "mapped", "photographed", "listed"]
OBJECTS = ["the old bridge", "a school roof", "the market hall", "two bus shelters",
           "the river bank", "a water tower", "the station clock", "several orchards",
           "the town archive", "a ferry landing", "the sports ground", "a bakery oven"]
PLACES = ["Kalynivka", "Dubrava", "Ozerne", "Sosnivka", "Lypova", "Hirske", "Yasna", "Mostove",
          "Zelenyi Hai", "Berezne", "Tykhe", "Kamianka"]
TIMES = ["before the frost", "over the weekend", "after the rain", "in a single morning",
         "despite the wind", "with borrowed tools", "for the third time", "by lamplight"]


def _filler(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} "
            f"{rng.choice(OBJECTS)} {rng.choice(TIMES)}.")


def article(i: int, rng: random.Random) -> str:
    a, b, speaker = rng.choice(SIDES)
    day = rng.choice(DAYS)
    values = {"a": a, "b": b, "speaker": speaker, "day": day, "n": rng.randrange(20, 400),
              "m": rng.randrange(5, 19), "p": rng.randrange(10, 300), "r": rng.randrange(50, 900),
              "k": rng.randrange(2, 40)}
    chosen = rng.sample(CLAIMS, 3)
    body = [s.format(**values) for s in chosen]
    paragraphs = [" ".join([body[0], _filler(rng), _filler(rng)]),
                  " ".join([_filler(rng), body[1], _filler(rng)]),
                  " ".join([body[2], _filler(rng), _filler(rng), _filler(rng)])]
    headline = f"Report {i}: {chosen[0].split(',')[0].format(**values)}"
    header = f"date 2025-06-{1 + i % 28:02d} {rng.choice(OUTLETS)}"
    return "\n\n".join([header + "\n" + headline, *paragraphs]) + "\n"


def build(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles (``a000.txt``…) under ``folder``; return their paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        path = folder / f"a{i:03d}.txt"
        path.write_text(article(i, rng), encoding="utf-8")
        paths.append(path)
    return paths
