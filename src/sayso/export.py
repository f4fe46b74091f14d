"""Writers for prediction records: JSON Lines (FORMAT.md's predictions) and flat CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

#: CSV columns: the prediction record flattened (event and span split, via joined by " > ").
CSV_COLUMNS = (
    "article", "measure", "from", "to", "value", "undisclosed", "approx", "claimant",
    "claimant_name", "via", "stance", "event_id", "event_type", "event_date", "span_start",
    "span_end", "quote", "scope", "hedged", "confidence", "extractor_version",
)


def flat(rec: dict) -> dict:
    """One CSV row of a prediction record; ``via`` reads outermost first, like the chain."""
    event = rec.get("event") or {}
    span = list(rec.get("span") or [None, None]) + [None, None]
    row = {k: rec.get(k) for k in CSV_COLUMNS}
    row.update(
        via=" > ".join(rec.get("via") or []),
        event_id=event.get("id"),
        event_type=event.get("type"),
        event_date=event.get("date"),
        span_start=span[0],
        span_end=span[1],
    )
    return {k: "" if v is None else v for k, v in row.items()}


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    """One JSON object a line; returns how many were written."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_json(records: Iterable[dict], out: TextIO) -> int:
    """A JSON array, indented for reading."""
    items = list(records)
    json.dump(items, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")
    return len(items)


def write_csv(records: Iterable[dict], out: TextIO) -> int:
    """A header row, then one flat row per record."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(flat(rec))
        n += 1
    return n
