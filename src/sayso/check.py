"""`sayso check`: is the store whole? Every claim grounded, every reference resolvable.

It opens the database without migrating it (a store behind the code's schema is itself a
problem to report) and reads it only. What it checks:

- the schema is at the revision(s) this sayso ships;
- SQLite's own ``PRAGMA integrity_check`` and ``foreign_key_check`` pass;
- every article's content hash is the hash of its text, and articles sharing a text are one
  original and its copies (never two originals, never a copy of something else);
- every claim's article exists, its span lies inside the text, and its quote is ``text[span]``;
- every claim's event exists, every verdict's event exists, and no event is left empty.

A SIGKILL in the middle of an ingest must leave a store that passes all of this.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Connection, create_engine, event, inspect, select, text

from sayso.records import content_hash
from sayso.store.migrate import current_heads, heads
from sayso.store.schema import ArticleRow, ClaimRow, EventRow, VerdictRow
from sayso.store.store import BUSY_TIMEOUT_MS, Store, _engine_url

#: Problems listed at most per kind, so a badly broken store gives a readable report.
MAX_PER_KIND = 20


class Report:
    """Problems found, one line each, and what was looked at."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.counts: dict[str, int] = {}
        self._per_kind: dict[str, int] = defaultdict(int)

    def add(self, kind: str, message: str) -> None:
        self._per_kind[kind] += 1
        if self._per_kind[kind] <= MAX_PER_KIND:
            self.problems.append(f"{kind}: {' '.join(message.split())}")
        elif self._per_kind[kind] == MAX_PER_KIND + 1:
            self.problems.append(f"{kind}: … more problems of this kind not listed")

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        seen = ", ".join(f"{n} {what}" for what, n in self.counts.items())
        verdict = "ok" if self.ok else f"{sum(self._per_kind.values())} problem(s)"
        return f"{seen or 'nothing read'}: {verdict}"


def check_store(db: str) -> Report:
    """Check the store at ``db`` (a path or URL, as ``--db`` takes) without changing it."""
    report = Report()
    url = Store.url_for(db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        report.add("database", f"{db}: no such SQLite file")  # and none is created
        return report
    engine = create_engine(_engine_url(url))
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        event.listen(engine, "connect", _busy_timeout)
    try:
        if not _schema(engine, report):
            return report
        steps: list[Callable[[Connection, Report], None]] = [_articles, _claims, _events]
        if sqlite:
            steps.insert(0, _sqlite)
        with engine.connect() as conn, conn.begin():
            # One snapshot, so that an ingest running beside the check is not seen half-done.
            if sqlite:
                conn.exec_driver_sql("BEGIN")  # pysqlite would not begin before a SELECT
            else:
                conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            for step in steps:
                step(conn, report)
    except Exception as exc:  # a store that cannot be read at all is a problem, not a crash
        report.add("database", f"cannot be read: {type(exc).__name__}: {exc}")
    finally:
        engine.dispose()
    return report


def _busy_timeout(dbapi_connection, _record) -> None:
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _schema(engine, report: Report) -> bool:
    """Whether the tables can be checked; a schema behind or ahead of the code is reported."""
    tables = set(inspect(engine).get_table_names())
    if "articles" not in tables:
        report.add("schema", "no sayso tables: not a sayso store, or never written to")
        return False
    found, wanted = current_heads(engine), heads()
    if found != wanted:
        report.add(
            "schema",
            f"at revision {', '.join(sorted(found)) or 'none'}, this sayso expects "
            f"{', '.join(sorted(wanted))}",
        )
    return True


def _sqlite(conn: Connection, report: Report) -> None:
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    if rows != ["ok"]:
        for row in rows:
            report.add("sqlite integrity", str(row))
    for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        report.add("sqlite foreign key", f"{table} row {rowid} points at a missing {parent} row")


def _articles(conn: Connection, report: Report) -> None:
    hashes: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    query = select(ArticleRow.id, ArticleRow.text, ArticleRow.content_hash, ArticleRow.copy_of)
    n = 0
    ids: set[str] = set()
    for article_id, body, stored_hash, copy_of in conn.execute(query):
        n += 1
        ids.add(article_id)
        if content_hash(body) != stored_hash:
            report.add("article", f"{article_id}: content hash does not match its text")
        hashes[stored_hash].append((article_id, copy_of))
    report.counts["articles"] = n
    for group in hashes.values():
        members = {a for a, _ in group}
        originals = [a for a, c in group if c is None]
        for article_id, copy_of in group:
            if copy_of is not None and copy_of not in ids:
                report.add("article", f"{article_id}: copy of a missing article {copy_of}")
            elif copy_of is not None and copy_of not in members:
                report.add("article", f"{article_id}: copy of {copy_of}, whose text differs")
        if len(originals) > 1:
            report.add("duplicate", f"same text stored as {len(originals)} separate articles: "
                       + ", ".join(sorted(originals)))


def _texts(conn: Connection) -> Iterator[tuple[str, str]]:
    yield from conn.execute(select(ArticleRow.id, ArticleRow.text))


def _claims(conn: Connection, report: Report) -> None:
    texts = dict(_texts(conn))
    events = {r[0] for r in conn.execute(select(EventRow.id))}
    query = select(
        ClaimRow.id, ClaimRow.article_id, ClaimRow.span_start, ClaimRow.span_end, ClaimRow.quote,
        ClaimRow.claimant_span_start, ClaimRow.claimant_span_end, ClaimRow.event_id,
    )
    n = 0
    for cid, article_id, start, end, quote, c_start, c_end, event_id in conn.execute(query):
        n += 1
        body = texts.get(article_id)
        if body is None:
            report.add("claim", f"#{cid}: its article {article_id} is missing")
            continue
        if not 0 <= start <= end <= len(body):
            report.add("claim", f"#{cid} of {article_id}: span {start}-{end} outside the text")
        elif body[start:end] != quote:
            report.add("claim", f"#{cid} of {article_id}: quote is not text[{start}:{end}]")
        if c_start is not None and not 0 <= c_start <= c_end <= len(body):
            report.add("claim", f"#{cid} of {article_id}: claimant span outside the text")
        if event_id is not None and event_id not in events:
            report.add("claim", f"#{cid} of {article_id}: its event {event_id} is missing")
    report.counts["claims"] = n


def _events(conn: Connection, report: Report) -> None:
    events = [r[0] for r in conn.execute(select(EventRow.id))]
    with_claims = {
        r[0] for r in conn.execute(select(ClaimRow.event_id).where(ClaimRow.event_id.is_not(None)))
    }
    for event_id in events:
        if event_id not in with_claims:
            report.add("event", f"{event_id}: no claim belongs to it")
    known = set(events)
    for (event_id,) in conn.execute(select(VerdictRow.event_id).distinct()):
        if event_id not in known:
            report.add("verdict", f"verdicts of a missing event {event_id}")
    report.counts["events"] = len(events)
