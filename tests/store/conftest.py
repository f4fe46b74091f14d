"""Store fixtures: every store test runs on SQLite and on a throwaway PostgreSQL server
(the server fixture lives in tests/conftest.py, shared with the robustness tests)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sayso.store import Store


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database, once per backend."""
    if request.param == "sqlite":
        return Store.url_for(str(tmp_path / "ledger.db"))
    return request.getfixturevalue("new_postgres_database")()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    yield s
    s.close()
