"""Generate the benchmark corpus: HTML pages recombined from the dev set's articles.

Each page takes a dev article's headline and lead, mixes in body paragraphs of other dev
articles, varies every figure (scaled by a random factor), the weekday and month names of its
dates, the names of the people quoted and of the outlet, and wraps the result in ordinary
page boilerplate (navigation, footer) for trafilatura to strip. The density of claims is thus
that of the dev set's war news. Output goes to a folder out of git (default ``.bench/``).

    .venv/bin/python bench/make_corpus.py --articles 1000 [--out .bench/corpus-1000]

With ``--distinct K``, pages after the first K repeat the texts of the first K under new
URLs (verbatim syndicated copies): the cheap path of the 10k memory run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared/eval/dev"
OUTLETS = (
    "Riverside Chronicle", "Northgate Observer", "Eastbay Courier", "Highland Dispatch",
    "Port Morrow Times", "Valley Gazette", "Linden Post", "Saltmarsh Herald",
)
#: Invented people swapped in for the names a text quotes (first name, surname).
PEOPLE = (
    ("Marta", "Kovalchuk"), ("Ilya", "Sorokin"), ("Dana", "Whitfield"), ("Petro", "Lysenko"),
    ("Olga", "Demidova"), ("Tomas", "Berger"), ("Yulia", "Marchenko"), ("Arkady", "Volkov"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("May", "June", "July", "August", "September")
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published}T07:30:00Z">
<link rel="canonical" href="{url}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By staff reporters</p>
{paragraphs}
</article></main>
<aside><h3>Most read</h3><ul><li>Council approves new cycle lanes</li>
<li>Local bakery wins regional award</li></ul></aside>
<footer><p>Subscribe to our newsletter.</p><p>All rights reserved.</p></footer>
</body></html>
"""
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,]*\d)")
_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b")


def load_dev(folder: Path = DEV) -> list[dict]:
    """Dev articles: headline, paragraphs, date (only what a page carries, no annotations)."""
    out = []
    for path in sorted(folder.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        for art in rec if isinstance(rec, list) else [rec]:
            paras = [p.strip() for p in art["text"].split("\n\n") if p.strip()]
            out.append({"title": paras[0], "paras": paras[1:], "published": art.get("published")})
    return out


def _vary_numbers(text: str, rng: random.Random) -> str:
    """Scale each figure; years (1900-2100) and small ordinals stay as they are."""

    def scale(m: re.Match) -> str:
        raw = m.group(1)
        n = int(raw.replace(",", ""))
        if 1900 <= n <= 2100 or n < 3:
            return raw
        new = max(3, round(n * rng.uniform(0.6, 1.6)))
        return f"{new:,}" if "," in raw else str(new)

    return _NUMBER.sub(scale, text)


def _vary_dates(text: str, rng: random.Random) -> str:
    shift = rng.randrange(7)
    text = re.sub(
        r"\b(" + "|".join(WEEKDAYS) + r")\b",
        lambda m: WEEKDAYS[(WEEKDAYS.index(m.group(1)) + shift) % 7],
        text,
    )
    month = rng.choice(MONTHS)
    return re.sub(r"\b(May|June|July|August|September) (\d{1,2})\b",
                  lambda m: f"{month} {min(28, int(m.group(2)))}", text)


def _vary_names(text: str, rng: random.Random, cast: dict[str, tuple[str, str]]) -> str:
    """Swap quoted people (a first name and a surname) for invented ones, consistently."""

    def swap(m: re.Match) -> str:
        first, last = m.group(1), m.group(2)
        if first in WEEKDAYS or first in MONTHS or first in ("The", "In", "On", "At", "But"):
            return m.group(0)
        if last not in cast:
            cast[last] = rng.choice(PEOPLE)
        return f"{cast[last][0]} {cast[last][1]}"

    text = _NAME.sub(swap, text)
    for last, (_, new_last) in cast.items():
        text = re.sub(rf"\b{re.escape(last)}\b", new_last, text)
    return text


def make_article(dev: list[dict], i: int, rng: random.Random) -> tuple[str, str]:
    """(url, html) of the i-th page."""
    base = rng.choice(dev)
    paras = list(base["paras"][:2])
    donors = rng.sample(dev, 2)
    for donor in donors:
        if donor["paras"]:
            paras.extend(rng.sample(donor["paras"], min(2, len(donor["paras"]))))
    cast: dict[str, tuple[str, str]] = {}
    text = "\n\n".join([base["title"], *paras])
    text = _vary_names(_vary_dates(_vary_numbers(text, rng), rng), rng, cast)
    title, *body = text.split("\n\n")
    start = dt.date.fromisoformat(base["published"] or "2025-06-01")
    published = start + dt.timedelta(days=rng.randrange(-20, 21))
    outlet = rng.choice(OUTLETS)
    url = f"https://{outlet.lower().replace(' ', '-')}.example/{published:%Y/%m/%d}/story-{i}"
    page = PAGE.format(
        title=html.escape(title),
        outlet=html.escape(outlet),
        published=published.isoformat(),
        url=url,
        paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in body),
    )
    return url, page


def make_corpus(out: Path, articles: int, distinct: int | None = None, seed: int = 11) -> Path:
    """Write ``articles`` pages into ``out`` (skipped when already there); returns ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = out / ".complete"
    if stamp.exists() and stamp.read_text() == f"{articles} {distinct} {seed}":
        return out
    dev = load_dev()
    rng = random.Random(seed)
    pages: list[str] = []
    for i in range(articles):
        if distinct is not None and i >= distinct:
            url = f"https://syndication.example/copy-{i}"
            page = re.sub(r'<link rel="canonical" href="[^"]*">',
                          f'<link rel="canonical" href="{url}">', pages[i % distinct])
        else:
            _, page = make_article(dev, i, rng)
            if distinct is not None:
                pages.append(page)
        (out / f"{i:06d}.html").write_text(page, encoding="utf-8")
    stamp.write_text(f"{articles} {distinct} {seed}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--distinct", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1] / ".bench"
    out = args.out or root / f"corpus-{args.articles}"
    make_corpus(out, args.articles, args.distinct, args.seed)
    print(out)


if __name__ == "__main__":
    main()
