"""The Alembic history builds exactly the models' schema, and reopening migrates nothing."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from store_factory import article, claim, event

from sayso.store import Store
from sayso.store.migrate import current_heads, heads
from sayso.store.schema import Base
from sayso.store.search import include_object


def test_migrated_schema_matches_models(store: Store) -> None:
    with store.engine.connect() as conn:
        # FTS5 virtual tables and tsvector indexes are made by the migration, not modelled.
        opts = {"compare_type": True, "include_object": include_object}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
    assert current_heads(store.engine) == heads()
    assert heads()


def test_expected_tables_and_indexes(store: Store) -> None:
    found = inspect(store.engine)
    assert set(found.get_table_names()) >= {
        "alembic_version",
        "articles",
        "claims",
        "events",
        "event_verdicts",
    }
    assert {ix["name"] for ix in found.get_indexes("claims")} >= {
        "ix_claims_article",
        "ix_claims_event",
    }
    assert "ix_articles_content_hash" in {ix["name"] for ix in found.get_indexes("articles")}


def test_reopen_is_a_no_op(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Store(store_url)
    first.add_article(article(), [claim()])
    first.save_events([event("e", claims=first.claims())])
    first.close()

    def no_migration(*args, **kwargs):
        raise AssertionError("a store at head must not be migrated again")

    monkeypatch.setattr(command, "upgrade", no_migration)
    again = Store(store_url)
    with again.engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    assert {v for (v,) in versions} == heads()
    assert again.counts() == {"articles": 1, "claims": 1, "events": 1}
    assert again.event("e").claims[0].event_id == "e"
    again.close()


def test_sqlite_pragmas(tmp_path) -> None:
    store = Store(Store.url_for(str(tmp_path / "p.db")))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    store.close()
