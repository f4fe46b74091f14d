"""The persistent ledger: articles, their claims, and the events built from them.

Every public method is one transaction, so an exception never leaves half an article
or half a set of events behind. The schema is migrated to Alembic's head on open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from sayso.records import Article, Claim, Event
from sayso.store import convert
from sayso.store.migrate import upgrade
from sayso.store.schema import ArticleRow, ClaimRow, EventRow, VerdictRow

BUSY_TIMEOUT_MS = 30_000


def _engine_url(url: str) -> str:
    """PostgreSQL URLs go through psycopg 3 (SQLAlchemy's default driver is psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers run beside a writer; SQLite leaves foreign keys off unless asked."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class Store:
    """Articles, claims and events in SQLite (default) or PostgreSQL, by SQLAlchemy URL."""

    def __init__(self, url: str) -> None:
        self.url = _engine_url(url)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        upgrade(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    @staticmethod
    def url_for(db: str) -> str:
        """A database URL as is; anything else is an SQLite file path (``:memory:`` too)."""
        if "://" in db:
            return db
        if db == ":memory:":
            return "sqlite://"
        return "sqlite:///" + str(Path(db).expanduser().resolve())

    # -- articles and claims -------------------------------------------------------------

    def add_article(self, article: Article, claims: list[Claim], copy_of: str | None = None) -> str:
        """Store an article and its claims in one transaction.

        Returns "unchanged" (same id and text already stored: nothing written), "updated"
        (same id, new text: row rewritten, claims replaced), "copy" (``copy_of`` names a
        stored article with this very text; ``claims`` are already re-keyed to this id) or
        "added". Stored claims get their row id as ``_db_id``.
        """
        if copy_of == article.id:
            raise ValueError(f"article {article.id!r} cannot be a copy of itself")
        for claim in claims:
            if claim.article_id != article.id:
                raise ValueError(
                    f"claim of article {claim.article_id!r} given with article {article.id!r}"
                )
        values = convert.article_row(article, copy_of, dt.datetime.now(dt.UTC))
        with self._session.begin() as s:
            row = s.get(ArticleRow, article.id)
            if row is None:
                s.add(ArticleRow(**values))
                s.flush()  # the article row must exist before its claims (foreign key)
                result = "added"
            elif row.content_hash == values["content_hash"]:
                return "unchanged"
            else:
                s.execute(delete(ClaimRow).where(ClaimRow.article_id == article.id))
                # Copies of the old text are no longer copies of this one.
                s.execute(
                    update(ArticleRow).where(ArticleRow.copy_of == article.id).values(copy_of=None)
                )
                for key, value in values.items():
                    setattr(row, key, value)
                s.flush()
                result = "updated"
            rows = [convert.claim_row(c) for c in claims]
            s.add_all(rows)
            s.flush()
            for claim, claim_row in zip(claims, rows, strict=True):
                setattr(claim, convert.DB_ID, claim_row.id)
        return "copy" if copy_of is not None else result

    def replace_claims(self, article_id: str, claims: list[Claim]) -> None:
        """Swap an article's claims for new ones in one transaction (re-extraction)."""
        for claim in claims:
            if claim.article_id != article_id:
                raise ValueError(f"claim of article {claim.article_id!r} given for {article_id!r}")
        with self._session.begin() as s:
            if s.get(ArticleRow, article_id) is None:
                raise KeyError(article_id)
            s.execute(delete(ClaimRow).where(ClaimRow.article_id == article_id))
            rows = [convert.claim_row(c) for c in claims]
            s.add_all(rows)
            s.flush()
            for claim, claim_row in zip(claims, rows, strict=True):
                setattr(claim, convert.DB_ID, claim_row.id)

    def article_by_hash(self, content_hash: str) -> Article | None:
        """The stored article with this text; an original is preferred over its copies."""
        with self._session() as s:
            row = s.scalars(
                select(ArticleRow)
                .where(ArticleRow.content_hash == content_hash)
                .order_by(ArticleRow.copy_of.is_not(None), ArticleRow.id)
                .limit(1)
            ).first()
            return convert.to_article(row) if row else None

    def get_article(self, article_id: str) -> Article | None:
        with self._session() as s:
            row = s.get(ArticleRow, article_id)
            return convert.to_article(row) if row else None

    def copy_of(self, article_id: str) -> str | None:
        """The id of the article that ``article_id`` is a verbatim copy of, if any."""
        with self._session() as s:
            return s.scalar(select(ArticleRow.copy_of).where(ArticleRow.id == article_id))

    def articles(self) -> list[Article]:
        """All articles, sorted by id (in Python, so every backend's collation agrees)."""
        with self._session() as s:
            rows = s.scalars(select(ArticleRow)).all()
            return sorted((convert.to_article(r) for r in rows), key=lambda a: a.id)

    def claims(self, article_id: str | None = None) -> list[Claim]:
        """Claims, of one article or all, in a stable order (see ``convert.claim_order``)."""
        query = select(ClaimRow)
        if article_id is not None:
            query = query.where(ClaimRow.article_id == article_id)
        with self._session() as s:
            claims = [convert.to_claim(r) for r in s.scalars(query)]
        return sorted(claims, key=convert.claim_order)

    # -- events ----------------------------------------------------------------------------

    def save_events(self, events: list[Event]) -> None:
        """Replace all events and verdicts; point each stored claim at the event listing it.

        Claims are found by ``_db_id`` when they carry a valid one, else by content
        (``convert.claim_key``). A claim of no stored article raises ``ValueError`` and
        nothing is changed. Claims in no event get no event id.
        """
        seen: set[str] = set()
        for ev in events:
            if ev.id in seen:
                raise ValueError(f"event id {ev.id!r} given twice")
            seen.add(ev.id)
        with self._session.begin() as s:
            ids_by_key: dict[tuple, list[int]] = defaultdict(list)
            key_of_id: dict[int, tuple] = {}
            for row in s.execute(select(ClaimRow.id, *_KEY_COLUMNS).order_by(ClaimRow.id)):
                key = tuple(row[1:])
                ids_by_key[key].append(row[0])
                key_of_id[row[0]] = key
            taken: set[int] = set()
            updates: list[dict] = []
            for ev in events:
                for claim in ev.claims:
                    claim_id = self._claim_id(claim, key_of_id, ids_by_key, taken)
                    if claim_id in taken:  # listed twice: the first event keeps it
                        continue
                    taken.add(claim_id)
                    updates.append({"id": claim_id, "event_id": ev.id})

            s.execute(update(ClaimRow).where(ClaimRow.event_id.is_not(None)).values(event_id=None))
            s.execute(delete(VerdictRow))
            s.execute(delete(EventRow))
            s.add_all(convert.event_row(ev) for ev in events)
            s.flush()
            s.add_all(
                convert.verdict_row(ev.id, i, v) for ev in events for i, v in enumerate(ev.verdicts)
            )
            if updates:
                s.execute(update(ClaimRow), updates)  # bulk UPDATE by primary key

    @staticmethod
    def _claim_id(
        claim: Claim,
        key_of_id: dict[int, tuple],
        ids_by_key: dict[tuple, list[int]],
        taken: set[int],
    ) -> int:
        """The row of a claim: its ``_db_id`` if that row still says the same thing, else
        the first row with the same content not already given to another claim."""
        key = convert.claim_key(claim)
        db_id = getattr(claim, convert.DB_ID, None)
        if db_id is not None and key_of_id.get(db_id) == key:
            return db_id
        candidates = ids_by_key.get(key, [])
        for candidate in candidates:
            if candidate not in taken:
                return candidate
        if candidates:  # the same claim listed twice
            return candidates[0]
        raise ValueError(f"claim not in the store: {key!r}")

    def events(self) -> list[Event]:
        """All events, by date (undated last), type and id, with their claims and verdicts."""
        with self._session() as s:
            return self._events(s, None)

    def event(self, event_id: str) -> Event | None:
        with self._session() as s:
            found = self._events(s, event_id)
        return found[0] if found else None

    @staticmethod
    def _events(s: Session, event_id: str | None) -> list[Event]:
        rows = select(EventRow)
        verdicts = select(VerdictRow).order_by(VerdictRow.event_id, VerdictRow.position)
        claims = select(ClaimRow).where(ClaimRow.event_id.is_not(None))
        if event_id is not None:
            rows = rows.where(EventRow.id == event_id)
            verdicts = verdicts.where(VerdictRow.event_id == event_id)
            claims = claims.where(ClaimRow.event_id == event_id)
        verdicts_of = defaultdict(list)
        for v in s.scalars(verdicts):
            verdicts_of[v.event_id].append(convert.to_verdict(v))
        claims_of = defaultdict(list)
        for c in s.scalars(claims):
            claims_of[c.event_id].append(convert.to_claim(c))
        found = [
            convert.to_event(r, sorted(claims_of[r.id], key=convert.claim_order), verdicts_of[r.id])
            for r in s.scalars(rows)
        ]
        return sorted(found, key=convert.event_order)

    # -- housekeeping ----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self._session() as s:
            return {
                name: s.scalar(select(func.count()).select_from(table)) or 0
                for name, table in (
                    ("articles", ArticleRow),
                    ("claims", ClaimRow),
                    ("events", EventRow),
                )
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"


_KEY_COLUMNS = (
    ClaimRow.article_id,
    ClaimRow.span_start,
    ClaimRow.span_end,
    ClaimRow.measure,
    ClaimRow.from_code,
    ClaimRow.to_code,
    ClaimRow.claimant,
    ClaimRow.value,
)
