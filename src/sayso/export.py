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
    return {k: "" if v is None else v for k, v in flat_typed(rec).items()}


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


# -- Parquet ------------------------------------------------------------------------------------

#: Parquet files ``write_parquet`` writes into its folder, one per table.
PARQUET_TABLES = ("claims", "events", "articles")


def write_parquet(ledger, folder) -> dict[str, int]:
    """``claims.parquet``, ``events.parquet`` and ``articles.parquet`` in ``folder`` (made if
    missing), typed columns for analysis in pandas, Polars, DuckDB or Spark; returns the rows
    written per table. Claims are the flat CSV rows (with typed values), in export order."""
    import os

    import pyarrow as pa
    import pyarrow.parquet as pq

    from sayso.dedupe import near_copies

    os.makedirs(folder, exist_ok=True)
    claims = [flat_typed(rec) for rec in ledger.export_predictions()]
    types = _claim_types()
    claim_schema = pa.schema([(c, types.get(c, pa.string())) for c in CSV_COLUMNS])
    events = [
        {
            "id": ev.id,
            "type": ev.type,
            "date": ev.date,
            "date_precision": ev.date_precision,
            "parties": list(ev.parties),
            "claims": len(ev.claims),
            "verdicts": json.dumps(
                ev.as_dict().get("verdicts", []), ensure_ascii=False, default=str
            ),
        }
        for ev in ledger.events()
    ]
    event_schema = pa.schema(
        [
            ("id", pa.string()), ("type", pa.string()), ("date", pa.date32()),
            ("date_precision", pa.string()), ("parties", pa.list_(pa.string())),
            ("claims", pa.int64()), ("verdicts", pa.string()),
        ]
    )
    near = near_copies(ledger.store)
    articles = [
        {
            "id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title,
            "published": a.published, "language": a.language, "source": a.source,
            "content_hash": a.content_hash, "copy_of": ledger.store.copy_of(a.id),
            "near_copy_of": near.get(a.id), "text": a.text,
        }
        for a in ledger.articles()
    ]
    article_schema = pa.schema(
        [(k, pa.date32() if k == "published" else pa.string()) for k in _ARTICLE_COLUMNS]
    )
    for name, rows, schema in (
        ("claims", claims, claim_schema),
        ("events", events, event_schema),
        ("articles", articles, article_schema),
    ):
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, os.path.join(folder, f"{name}.parquet"))
    return {"claims": len(claims), "events": len(events), "articles": len(articles)}


def flat_typed(rec: dict) -> dict:
    """A prediction record flattened (event and span split, via joined by " > "), keeping None
    as null and numbers as numbers: Parquet's row, and CSV's once nulls are blanked."""
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
    return row


_ARTICLE_COLUMNS = (
    "id", "url", "outlet", "title", "published", "language", "source", "content_hash",
    "copy_of", "near_copy_of", "text",
)


def _claim_types() -> dict:
    import pyarrow as pa

    return {
        "value": pa.int64(), "undisclosed": pa.bool_(), "hedged": pa.bool_(),
        "span_start": pa.int64(), "span_end": pa.int64(), "confidence": pa.float64(),
    }

