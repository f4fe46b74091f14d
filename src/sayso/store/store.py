"""The persistent ledger: articles, their claims, and the events built from them.

Every public method is one transaction, so an exception never leaves half an article
or half a set of events behind. The schema is migrated to Alembic's head on open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

from sayso.records import Article, Claim, Event
from sayso.store import convert
from sayso.store.blocks import BlockIndex
from sayso.store.lock import ExclusiveLock, advisory_key
from sayso.store.migrate import current_heads, heads, upgrade
from sayso.store.schema import (
    ArticleRow,
    ClaimRow,
    EventBlockRow,
    EventFigureRow,
    EventRow,
    SignatureRow,
    VerdictRow,
)

BUSY_TIMEOUT_MS = 30_000


def _engine_url(url: str) -> str:
    """PostgreSQL URLs go through psycopg 3 (SQLAlchemy's default driver is psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers run beside a writer; SQLite leaves foreign keys off unless asked.
    The busy timeout comes first: switching a new file to WAL needs a lock too."""
    dbapi_connection.isolation_level = None  # sayso begins transactions itself: _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    """Reads get a snapshot (BEGIN); writes (``Store._session.begin()``) take the write lock up
    front (BEGIN IMMEDIATE), so that two writers queue on the busy timeout rather than one
    failing when the snapshot it read goes stale (SQLITE_BUSY_SNAPSHOT, not retried by SQLite)."""
    write = conn.get_execution_options().get(WRITE_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


#: The execution option that marks an engine's connections as writers (see ``_sqlite_begin``).
WRITE_OPTION = "sayso_write"


class _Sessions(sessionmaker):
    """``sessions()`` for reads, ``sessions.begin()`` for a write transaction (see above)."""

    def __init__(self, engine: Engine, **kw: Any) -> None:
        super().__init__(engine, **kw)
        self._writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), **kw)

    def begin(self):  # type: ignore[override]
        return self._writer.begin()


class Store:
    """Articles, claims and events in SQLite (default) or PostgreSQL, by SQLAlchemy URL."""

    def __init__(self, url: str) -> None:
        self.url = _engine_url(url)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self.exclusive = ExclusiveLock(self.engine)  # ``with store.exclusive():`` see lock.py
        if current_heads(self.engine) != heads():  # two processes opening a new store at once
            with self.exclusive():
                upgrade(self.engine)
        self._session = _Sessions(self.engine, expire_on_commit=False)
        self._writer = self.engine.execution_options(**{WRITE_OPTION: True})  # Core writes

    @staticmethod
    def url_for(db: str) -> str:
        """A database URL as is; anything else is an SQLite file path (``:memory:`` too)."""
        if "://" in db:
            return db
        if db == ":memory:":
            return "sqlite://"
        return "sqlite:///" + str(Path(db).expanduser().resolve())

    def _read(self) -> Connection:
        """A plain connection for one read (rolled back on close): about half the cost of a
        Session, which counts for the many small lookups of an ingest."""
        return self.engine.connect()

    # -- articles and claims -------------------------------------------------------------

    def add_article(
        self,
        article: Article,
        claims: list[Claim],
        copy_of: str | None = None,
        signature: dict | None = None,
    ) -> str:
        """Store an article and its claims in one transaction.

        Returns "unchanged" (same id and text already stored: nothing written), "updated"
        (same id, new text: row rewritten, claims replaced), "copy" (``copy_of`` names a
        stored article with this very text; ``claims`` are already re-keyed to this id) or
        "added". Stored claims get their row id as ``_db_id``. ``signature``: the values of
        its near-duplicate ``SignatureRow`` (``sayso.dedupe``), stored in the same transaction
        in place of any old one, unless nothing is written.
        """
        if copy_of == article.id:
            raise ValueError(f"article {article.id!r} cannot be a copy of itself")
        for claim in claims:
            if claim.article_id != article.id:
                raise ValueError(
                    f"claim of article {claim.article_id!r} given with article {article.id!r}"
                )
        values = convert.article_row(article, copy_of, dt.datetime.now(dt.UTC))
        # A Core transaction and statements built once (module constants): no ORM object per
        # row, no statement built per article. The article row goes before its claims (FK).
        with self._writer.begin() as s:
            if self.engine.dialect.name == "postgresql":  # two ingests adding the same article
                s.execute(select(func.pg_advisory_xact_lock(advisory_key(article.id))))
            stored = s.scalar(_HASH_OF, {"id": article.id})
            if stored is None:
                s.execute(_INSERT_ARTICLE, [values])
                result = "added"
            elif stored == values["content_hash"]:
                return "unchanged"
            else:
                s.execute(delete(ClaimRow).where(ClaimRow.article_id == article.id))
                # Copies of the old text are no longer copies of this one.
                s.execute(
                    update(ArticleRow).where(ArticleRow.copy_of == article.id).values(copy_of=None)
                )
                changed = {k: v for k, v in values.items() if k != "id"}
                s.execute(update(ArticleRow).where(ArticleRow.id == article.id).values(changed))
                result = "updated"
            self._insert_claims(s, claims)
            if signature is not None:
                if result == "updated":
                    s.execute(delete(SignatureRow).where(SignatureRow.article_id == article.id))
                s.execute(_INSERT_SIGNATURE, [signature])
        return "copy" if copy_of is not None else result

    @staticmethod
    def _insert_claims(s: Session | Connection, claims: list[Claim]) -> None:
        """Add claim rows in the open transaction, in one bulk insert; each claim learns its
        row id (``RETURNING``, in the order the rows were given)."""
        rows = [convert.claim_row(c) for c in claims]
        if not rows:
            return
        ids = s.scalars(_INSERT_CLAIMS, rows).all()
        for claim, claim_id in zip(claims, ids, strict=True):
            setattr(claim, convert.DB_ID, claim_id)

    def replace_claims(self, article_id: str, claims: list[Claim]) -> None:
        """Swap an article's claims for new ones in one transaction (re-extraction)."""
        for claim in claims:
            if claim.article_id != article_id:
                raise ValueError(f"claim of article {claim.article_id!r} given for {article_id!r}")
        with self._session.begin() as s:
            if s.get(ArticleRow, article_id) is None:
                raise KeyError(article_id)
            s.execute(delete(ClaimRow).where(ClaimRow.article_id == article_id))
            self._insert_claims(s, claims)

    def original_by_hash(self, content_hash: str) -> str | None:
        """The id of ``article_by_hash``'s article (the text is not read)."""
        with self._read() as s:
            return s.scalar(_ORIGINAL_BY_HASH, {"hash": content_hash})

    def content_hash_of(self, article_id: str) -> str | None:
        """The content hash of a stored article (None if absent), without reading its text."""
        with self._read() as s:
            return s.scalar(_HASH_OF, {"id": article_id})

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
        # streamed in chunks: a rebuild reads every claim, and a buffered result held all the
        # rows beside the claims made of them
        query = select(*convert.CLAIM_COLUMNS).execution_options(yield_per=2000)
        if article_id is not None:
            query = query.where(ClaimRow.article_id == article_id)
        with self._session() as s, convert.bulk():
            claims = convert.claims_from_rows(s.execute(query))
        return sorted(claims, key=convert.claim_order)

    def claims_of_articles(self, article_ids: Iterable[str]) -> list[Claim]:
        """The claims of these articles in one query, in ``Store.claims`` order."""
        ids = sorted(set(article_ids))
        claims: list[Claim] = []
        with self._read() as s:
            for i in range(0, len(ids), 500):  # bound parameters per query stay few
                query = select(*convert.CLAIM_COLUMNS).where(
                    ClaimRow.article_id.in_(ids[i : i + 500])
                )
                claims += convert.claims_from_rows(s.execute(query))
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
            one = {}.setdefault  # one object per distinct value: every claim's key is held
            for row in s.execute(select(ClaimRow.id, *_KEY_COLUMNS).order_by(ClaimRow.id)):
                key = tuple(one(v, v) for v in row[1:])
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
            s.execute(delete(EventBlockRow))
            s.execute(delete(EventFigureRow))
            s.execute(delete(EventRow))
            self._add_events(s, events)
            for i in range(0, len(updates), _UPDATE_CHUNK):  # bulk UPDATEs by primary key
                s.execute(update(ClaimRow), updates[i : i + _UPDATE_CHUNK])

    @staticmethod
    def _add_events(s: Session, events: list[Event]) -> None:
        """Insert events with their verdicts and blocking-index rows (claims are not touched):
        one Core bulk insert per table, events first (foreign keys)."""
        if not events:
            return
        s.execute(insert(EventRow.__table__), [convert.event_row(ev) for ev in events])
        for table, rows in (
            (VerdictRow, [
                convert.verdict_row(ev.id, i, v)
                for ev in events
                for i, v in enumerate(ev.verdicts)
            ]),
            (EventBlockRow, [row for ev in events for row in convert.block_rows(ev)]),
            (EventFigureRow, [row for ev in events for row in convert.figure_rows(ev)]),
        ):
            if rows:
                s.execute(insert(table.__table__), rows)

    def replace_events(self, remove: set[str], events: list[Event]) -> None:
        """Drop the events ``remove`` names and store ``events`` in their place, in one
        transaction: the incremental resolver's write. Every claim of ``events`` must come from
        this store (carry ``_db_id``); the removed events' other claims lose their event id."""
        ids = [getattr(c, convert.DB_ID, None) for ev in events for c in ev.claims]
        if any(i is None for i in ids):
            raise ValueError("replace_events needs claims loaded from the store")
        with self._session.begin() as s:
            gone = sorted(remove)
            if gone:
                s.execute(
                    update(ClaimRow).where(ClaimRow.event_id.in_(gone)).values(event_id=None)
                )
                s.execute(delete(VerdictRow).where(VerdictRow.event_id.in_(gone)))
                s.execute(delete(EventBlockRow).where(EventBlockRow.event_id.in_(gone)))
                s.execute(delete(EventFigureRow).where(EventFigureRow.event_id.in_(gone)))
                s.execute(delete(EventRow).where(EventRow.id.in_(gone)))
            clash = s.scalars(select(EventRow.id).where(EventRow.id.in_([e.id for e in events])))
            if taken := sorted(clash):
                raise ValueError(f"events already stored: {taken}")
            self._add_events(s, events)
            updates = [
                {"id": getattr(c, convert.DB_ID), "event_id": ev.id}
                for ev in events
                for c in ev.claims
            ]
            if updates:
                s.execute(update(ClaimRow), updates)

    def block_index(self) -> BlockIndex:
        """The blocking index read in bulk and cached, for one resolution step (blocks.py)."""
        return BlockIndex(self._read)

    def claims_of_events(self, event_ids: set[str]) -> list[Claim]:
        """The stored claims of these events (in ``Store.claims`` order)."""
        if not event_ids:
            return []
        query = select(*convert.CLAIM_COLUMNS).where(ClaimRow.event_id.in_(sorted(event_ids)))
        with self._read() as s:
            claims = convert.claims_from_rows(s.execute(query))
        return sorted(claims, key=convert.claim_order)

    def published(self, article_ids: set[str] | None) -> dict[str, dt.date | None]:
        """Publication dates of these articles (absent ids are left out), of all with None:
        the dates alone, no text read."""
        query = select(ArticleRow.id, ArticleRow.published)
        if article_ids is not None:
            if not article_ids:
                return {}
            query = query.where(ArticleRow.id.in_(sorted(article_ids)))
        with self._read() as s:
            return {row[0]: row[1] for row in s.execute(query)}

    def event_dates(self) -> dict[str, dt.date | None]:
        """Every event's date, by id."""
        with self._session() as s:
            return {row[0]: row[1] for row in s.execute(select(EventRow.id, EventRow.date))}

    def copy_groups(self, article_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Article id → the first article of its group of copies, for the articles (of
        ``article_ids``, default all) that are copies: verbatim (``copy_of``) or near
        (``article_signatures.near_copy_of``, see ``sayso.dedupe``). An article left out heads
        its own group. Verdicts count a group once as a source (``resolve.verdicts``)."""
        wanted = None if article_ids is None else set(article_ids)
        links: dict[str, str] = {}
        ask, asked = wanted, set()
        with self._read() as s:
            while ask is None or ask:
                verbatim = select(ArticleRow.id, ArticleRow.copy_of).where(
                    ArticleRow.copy_of.is_not(None)
                )
                near = select(SignatureRow.article_id, SignatureRow.near_copy_of).where(
                    SignatureRow.near_copy_of.is_not(None)
                )
                if ask is not None:
                    verbatim = verbatim.where(ArticleRow.id.in_(sorted(ask)))
                    near = near.where(SignatureRow.article_id.in_(sorted(ask)))
                found = dict(s.execute(near).all())
                found.update(s.execute(verbatim).all())  # the current text's link wins
                links.update(found)
                if ask is None:
                    break
                asked |= ask
                ask = set(found.values()) - asked  # a copy of an article that is a copy
        return {a: _root(a, links) for a in links if wanted is None or a in wanted}

    def article_sources(
        self, article_ids: set[str]
    ) -> dict[str, tuple[str | None, dt.date | None]]:
        """Outlet and publication date of these articles, for evidence lines."""
        if not article_ids:
            return {}
        query = select(ArticleRow.id, ArticleRow.outlet, ArticleRow.published).where(
            ArticleRow.id.in_(sorted(article_ids))
        )
        with self._session() as s:
            return {row[0]: (row[1], row[2]) for row in s.execute(query)}

    def needs_rebuild(self) -> bool:
        """Whether incremental resolution cannot be trusted: a stored claim in no event (an
        interrupted run), or an event outside the blocking index (a store made before it)."""
        with self._session() as s:
            loose = s.scalar(select(ClaimRow.id).where(ClaimRow.event_id.is_(None)).limit(1))
        return loose is not None or self.unindexed_events()

    def unindexed_events(self) -> bool:
        """Whether an event is missing from the blocking index (stored before it existed)."""
        with self._session() as s:
            found = s.scalar(
                select(EventRow.id)
                .where(~EventRow.id.in_(select(EventBlockRow.event_id)))
                .limit(1)
            )
        return found is not None

    def unresolved_articles(self) -> list[str]:
        """Articles with a claim in no event, sorted."""
        with self._session() as s:
            found = s.scalars(
                select(ClaimRow.article_id).where(ClaimRow.event_id.is_(None)).distinct()
            )
            return sorted(found)

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
        with self._session() as s, convert.bulk():
            return self._events(s, None)

    def event(self, event_id: str) -> Event | None:
        with self._session() as s:
            found = self._events(s, [event_id])
        return found[0] if found else None

    def events_by_ids(self, ids: Sequence[str], chunk: int = 500) -> list[Event]:
        """Some events with their claims and verdicts, by date, type and id (as ``events``),
        read a chunk of ids at a time."""
        found: list[Event] = []
        with self._session() as s, convert.bulk():
            for i in range(0, len(ids), chunk):
                found += self._events(s, ids[i : i + chunk])
        return sorted(found, key=convert.event_order)

    @staticmethod
    def _events(s: Session, event_ids: Sequence[str] | None) -> list[Event]:
        """Events with claims and verdicts (all, or those of ``event_ids``): three queries read
        as plain tuples (no ORM objects), so that loading a whole store stays fast
        (``convert.CLAIM_COLUMNS``)."""
        rows = select(*convert.EVENT_COLUMNS)
        verdicts = select(*convert.VERDICT_COLUMNS).order_by(
            VerdictRow.event_id, VerdictRow.position
        )
        claims = select(*convert.CLAIM_COLUMNS).where(ClaimRow.event_id.is_not(None))
        if event_ids is not None:
            rows = rows.where(EventRow.id.in_(event_ids))
            verdicts = verdicts.where(VerdictRow.event_id.in_(event_ids))
            claims = claims.where(ClaimRow.event_id.in_(event_ids))
        lists = convert.JsonLists()
        verdicts_of = defaultdict(list)
        for row in s.execute(verdicts):
            owner, verdict = convert.verdict_from_row(row, lists)
            verdicts_of[owner].append(verdict)
        claims_of = defaultdict(list)
        for c in convert.claims_from_rows(s.execute(claims), lists):
            claims_of[c.event_id].append(c)
        found = [
            convert.event_from_row(
                r, sorted(claims_of[r[0]], key=convert.claim_order), verdicts_of[r[0]], lists
            )
            for r in s.execute(rows)
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


def _root(article_id: str, links: dict[str, str]) -> str:
    """The end of a chain of copy links (a cycle, which ingestion never makes, stops)."""
    seen = {article_id}
    while (up := links.get(article_id)) is not None and up not in seen:
        seen.add(up)
        article_id = up
    return article_id


# Statements of every article of an ingest, built once (building one costs more than running it).
_ORIGINAL_BY_HASH = (
    select(ArticleRow.id)
    .where(ArticleRow.content_hash == bindparam("hash"))
    .order_by(ArticleRow.copy_of.is_not(None), ArticleRow.id)
    .limit(1)
)
_HASH_OF = select(ArticleRow.content_hash).where(ArticleRow.id == bindparam("id"))
_INSERT_ARTICLE = insert(ArticleRow.__table__)
_INSERT_SIGNATURE = insert(SignatureRow.__table__)
_INSERT_CLAIMS = insert(ClaimRow.__table__).returning(
    ClaimRow.__table__.c.id, sort_by_parameter_order=True
)

#: claims given their event per bulk UPDATE: the ORM's bulk update of every claim at once
#: held several times the rows' size (117 MB at 87k claims)
_UPDATE_CHUNK = 5000
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
