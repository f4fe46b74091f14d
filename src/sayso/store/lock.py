"""One writer of events at a time, across processes: the store's exclusive lock.

Grouping claims into events reads the whole store and then rewrites the events. Two ingests
doing that at once could each read before the other wrote, and the last to write would drop
the other's claims. So a rebuild (and each incremental step, and a schema upgrade) runs under
this lock, and so always starts from what the previous one left.

SQLite: ``flock`` on a side file ``<db>-lock`` (SQLite's own locks are POSIX record locks on
the database file, which a second open/close in the same process would release, so the
database file itself is never touched). PostgreSQL: a session-level advisory lock on a
connection of its own. Re-entrant within one process.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

#: The advisory lock id (PostgreSQL), stable across processes and versions.
ADVISORY_KEY = int.from_bytes(hashlib.sha256(b"sayso events").digest()[:8], "big", signed=True)


def advisory_key(name: str) -> int:
    """A stable 64-bit advisory lock id for ``name`` (an article id, say)."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


class ExclusiveLock:
    """``with lock():`` holds the store's lock; nested uses in one process are free."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._release: list = []

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._thread_lock:
            if self._depth == 0:
                self._acquire()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release.pop()()

    def _acquire(self) -> None:
        dialect = self.engine.dialect.name
        if dialect == "postgresql":
            conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_KEY})
            self._release.append(lambda: _pg_unlock(conn))
            return
        path = self.engine.url.database if dialect == "sqlite" else None
        if not path or path == ":memory:" or path.startswith("file:"):
            self._release.append(lambda: None)  # one process only: the thread lock is enough
            return
        fd = os.open(f"{path}-lock", os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX)
        self._release.append(lambda: os.close(fd))  # closing the file drops the flock


def _pg_unlock(conn: Connection) -> None:
    try:
        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
    finally:
        conn.close()
