"""Full-text search over articles and claims: SQLite FTS5, PostgreSQL tsvector.

Revision ``0003_web`` runs ``DDL``. On SQLite, ``articles_fts`` holds its own copy of each
article's title, outlet and text (an article's rowid is not stable under VACUUM, so no
external content), and ``claims_fts`` indexes the ``claims`` table in place (its integer id
is stable); triggers keep both in step with every write. On PostgreSQL, GIN indexes over
``to_tsvector('english', …)`` expressions serve the same queries. None of this is in
``schema.py``: ``include_object`` hides it from Alembic's model/database comparison.

A user's query is reduced to its words, all of which must match (no query syntax errors,
no injection into FTS5's own grammar).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

#: Marks around matched words in snippets: private-use characters, escaped nowhere, so the web
#: layer can escape the snippet first and then turn them into <mark> tags.
HIT_START, HIT_END = "\ue000", "\ue001"

_ARTICLE_DOC = "coalesce(title, '') || ' ' || coalesce(outlet, '') || ' ' || text"
_CLAIM_DOC = "quote || ' ' || claimant || ' ' || coalesce(claimant_name, '')"

DDL: dict[str, tuple[str, ...]] = {
    "sqlite": (
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "article_id UNINDEXED, title, outlet, text, tokenize='unicode61 remove_diacritics 2')",
        "INSERT INTO articles_fts (article_id, title, outlet, text) "
        "SELECT id, title, outlet, text FROM articles",
        "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
        "INSERT INTO articles_fts (article_id, title, outlet, text) "
        "VALUES (new.id, new.title, new.outlet, new.text); END",
        "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
        "DELETE FROM articles_fts WHERE article_id = old.id; END",
        "CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, outlet, text "
        "ON articles BEGIN "
        "DELETE FROM articles_fts WHERE article_id = old.id; "
        "INSERT INTO articles_fts (article_id, title, outlet, text) "
        "VALUES (new.id, new.title, new.outlet, new.text); END",
        "CREATE VIRTUAL TABLE claims_fts USING fts5(quote, claimant, claimant_name, "
        "content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
        "INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')",
        "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
        "INSERT INTO claims_fts (rowid, quote, claimant, claimant_name) "
        "VALUES (new.id, new.quote, new.claimant, new.claimant_name); END",
        "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
        "INSERT INTO claims_fts (claims_fts, rowid, quote, claimant, claimant_name) "
        "VALUES ('delete', old.id, old.quote, old.claimant, old.claimant_name); END",
        # Event ids are rewritten on every rebuild: only the indexed columns re-index.
        "CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote, claimant, claimant_name "
        "ON claims BEGIN "
        "INSERT INTO claims_fts (claims_fts, rowid, quote, claimant, claimant_name) "
        "VALUES ('delete', old.id, old.quote, old.claimant, old.claimant_name); "
        "INSERT INTO claims_fts (rowid, quote, claimant, claimant_name) "
        "VALUES (new.id, new.quote, new.claimant, new.claimant_name); END",
    ),
    "postgresql": (
        f"CREATE INDEX ix_articles_fts ON articles USING gin "
        f"(to_tsvector('english', {_ARTICLE_DOC}))",
        f"CREATE INDEX ix_claims_fts ON claims USING gin (to_tsvector('english', {_CLAIM_DOC}))",
    ),
}

DROP: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(
        f"DROP TRIGGER IF EXISTS {t}_fts_{op}"
        for t in ("articles", "claims")
        for op in ("insert", "delete", "update")
    )
    + ("DROP TABLE IF EXISTS articles_fts", "DROP TABLE IF EXISTS claims_fts"),
    "postgresql": ("DROP INDEX IF EXISTS ix_articles_fts", "DROP INDEX IF EXISTS ix_claims_fts"),
}

#: Tables (SQLite, with FTS5's shadow tables named after them) and indexes (PostgreSQL) that
#: the migration makes and the models do not describe.
FTS_TABLES = ("articles_fts", "claims_fts")
FTS_INDEXES = ("ix_articles_fts", "ix_claims_fts")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic hook: leave the full-text machinery out of model/database comparisons."""
    if type_ == "table" and name and name.startswith(FTS_TABLES):
        return False
    if type_ == "index" and name in FTS_INDEXES:
        return False
    return True


def words(query: str) -> list[str]:
    """The words of a user's query (letters and digits); everything else is dropped."""
    return re.findall(r"\w+", query)[:20]


@dataclass
class Hit:
    """One search result: an article, or a claim (then ``claim_id`` is set)."""

    article_id: str
    snippet: str
    claim_id: int | None = None


def search(engine: Any, query: str, *, kind: str, limit: int, offset: int) -> tuple[list[Hit], int]:
    """Articles (``kind="articles"``) or claims matching every word of ``query``, best first,
    with the total number of matches."""
    found = words(query)
    if not found:
        return [], 0
    dialect = engine.dialect.name
    if dialect == "sqlite":
        sql_count, sql_page, params = _sqlite(kind, found)
    elif dialect == "postgresql":
        sql_count, sql_page, params = _postgresql(kind, found)
    else:  # pragma: no cover - sayso supports these two
        raise ValueError(f"full-text search is not supported on {dialect}")
    with engine.connect() as conn:
        total = conn.execute(text(sql_count), params).scalar() or 0
        rows = conn.execute(text(sql_page), {**params, "limit": limit, "offset": offset}).all()
    if kind == "articles":
        hits = [Hit(article_id=r[0], snippet=r[1] or "") for r in rows]
    else:
        hits = [Hit(article_id=r[1], snippet=r[2] or "", claim_id=r[0]) for r in rows]
    return hits, int(total)


def _sqlite(kind: str, found: list[str]) -> tuple[str, str, dict]:
    match = " ".join('"' + w.replace('"', "") + '"' for w in found)
    params = {"match": match, "a": HIT_START, "b": HIT_END}
    if kind == "articles":
        where = "FROM articles_fts WHERE articles_fts MATCH :match"
        page = (
            "SELECT article_id, snippet(articles_fts, 3, :a, :b, '…', 16) "
            f"{where} ORDER BY rank, article_id LIMIT :limit OFFSET :offset"
        )
    else:
        where = "FROM claims_fts JOIN claims ON claims.id = claims_fts.rowid " \
            "WHERE claims_fts MATCH :match"
        page = (
            "SELECT claims.id, claims.article_id, highlight(claims_fts, 0, :a, :b) "
            f"{where} ORDER BY rank, claims.id LIMIT :limit OFFSET :offset"
        )
    return f"SELECT count(*) {where}", page, params


def _postgresql(kind: str, found: list[str]) -> tuple[str, str, dict]:
    params = {"q": " ".join(found)}
    opts = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=30, MinWords=10"
    query = "plainto_tsquery('english', :q)"
    if kind == "articles":
        doc = f"to_tsvector('english', {_ARTICLE_DOC})"
        where = f"FROM articles WHERE {doc} @@ {query}"
        page = (
            f"SELECT id, ts_headline('english', text, {query}, '{opts}') {where} "
            f"ORDER BY ts_rank({doc}, {query}) DESC, id LIMIT :limit OFFSET :offset"
        )
    else:
        doc = f"to_tsvector('english', {_CLAIM_DOC})"
        where = f"FROM claims WHERE {doc} @@ {query}"
        page = (
            f"SELECT id, article_id, ts_headline('english', quote, {query}, "
            f"'{opts.replace(', MaxWords=30, MinWords=10', ', HighlightAll=true')}') {where} "
            f"ORDER BY ts_rank({doc}, {query}) DESC, id LIMIT :limit OFFSET :offset"
        )
    return f"SELECT count(*) {where}", page, params
