"""Web fixtures: a real SQLite store filled by real ingestion (the bundled examples and a
seed-like article written for these tests), copied per test so writes do not leak, and a real
ASGI client over the app."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import SEEDLIKE

from sayso.cli import example_files
from sayso.ledger import Ledger
from sayso.web import create_app


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the examples and the seed-like article (built once a session)."""
    path = tmp_path_factory.mktemp("web") / "filled.db"
    with Ledger(str(path)) as ledger:
        summary = ledger.ingest([*example_files(), SEEDLIKE])
        assert not summary.skipped, summary.skipped
        with ledger.store.engine.connect() as conn:  # fold the WAL in, so one file is a copy
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(filled_db: Path, tmp_path: Path) -> str:
    """A private copy of the filled store."""
    copy = tmp_path / "ledger.db"
    shutil.copy(filled_db, copy)
    return str(copy)


@pytest.fixture
def app(db: str):
    application = create_app(db)
    yield application
    application.state.ledger.close()


@pytest.fixture
def client(app) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c
