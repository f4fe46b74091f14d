"""Reading a figure written in digits or in words ("1,212", "twelve hundred and twelve")."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | {"dozen", "a", "and"}
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$|^\d+(\.\d+)?$")


def is_number_word(word: str) -> bool:
    w = word.lower()
    return (
        w in UNITS
        or w in TENS
        or w in SCALES
        or w == "dozen"
        or bool("-" in w and all(p in UNITS or p in TENS for p in w.split("-")))
    )


def parse_number(words: list[str]) -> int | None:
    """The integer that a run of number words or digits spells, or None.

    Handles "1,212", "1.2 million", "twelve hundred and twelve", "two dozen", "a dozen",
    "thirty-five", "one hundred and twelve".
    """
    words = [w.lower() for w in words if w]
    if not words:
        return None
    if len(words) <= 2 and _DIGITS.match(words[0]):
        value = float(words[0].replace(",", ""))
        if len(words) == 2:
            if words[1] not in SCALES:
                return None
            value *= SCALES[words[1]]
        return int(round(value))
    total, current, seen = 0, 0, False
    for i, w in enumerate(words):
        parts = w.split("-") if "-" in w else [w]
        for p in parts:
            if p in UNITS:
                current += UNITS[p]
            elif p in TENS:
                current += TENS[p]
            elif p == "hundred":
                current = max(current, 1) * 100
            elif p in ("thousand", "million"):
                total += max(current, 1) * SCALES[p]
                current = 0
            elif p == "dozen":
                current = max(current, 1) * 12
            elif p == "a" and i == 0:
                current = 0
                continue
            elif p == "and" and seen:
                continue
            elif _DIGITS.match(p) and not seen:
                current = int(float(p.replace(",", "")))
            else:
                return None
            seen = True
    return total + current if seen else None
