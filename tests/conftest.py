"""Fixtures every test folder may use: a throwaway PostgreSQL server for the session.

The server follows DESIGN.md's recipe (initdb refuses root, so as root it runs as the
``postgres`` user). Where no server can be started the PostgreSQL variants are skipped,
unless ``SAYSO_REQUIRE_POSTGRES=1`` turns that into a failure. ``SAYSO_TEST_POSTGRES_URL``
points the tests at an existing server instead (its user must be allowed CREATE DATABASE).
"""

from __future__ import annotations

import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

PG_BIN = Path(os.environ.get("SAYSO_PG_BIN", "/usr/lib/postgresql/15/bin"))
_databases = itertools.count()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(args: list[str], as_postgres: bool) -> None:
    """Run a server command, as ``postgres`` when we are root; raise with its output."""
    if as_postgres:
        args = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(args)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if done.returncode:
        raise RuntimeError(f"{shlex.join(args)} failed:\n{done.stdout}{done.stderr}")


def _unavailable(reason: str) -> None:
    message = f"PostgreSQL unavailable: {reason}"
    if os.environ.get("SAYSO_REQUIRE_POSTGRES") == "1":
        pytest.fail(message + " (SAYSO_REQUIRE_POSTGRES=1)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of an admin database on a PostgreSQL server that lives for the session."""
    if url := os.environ.get("SAYSO_TEST_POSTGRES_URL"):
        yield url
        return
    if not (PG_BIN / "initdb").exists():
        _unavailable(f"no initdb in {PG_BIN} (set SAYSO_PG_BIN)")
    as_postgres = os.geteuid() == 0
    tmp = Path(tempfile.mkdtemp(prefix="sayso-pg-"))  # not under pytest's 0700 tmp root
    data, port = tmp / "data", _free_port()
    ctl = [str(PG_BIN / "pg_ctl"), "-D", str(data)]
    started = False
    try:
        if as_postgres:
            shutil.chown(tmp, "postgres")
        _run(
            [str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "sayso", "--no-sync"],
            as_postgres,
        )
        options = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off"
        _run([*ctl, "-o", options, "-l", str(tmp / "log"), "-w", "start"], as_postgres)
        started = True
    except (OSError, KeyError, LookupError, RuntimeError, subprocess.SubprocessError) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        _unavailable(str(e))
    try:
        yield f"postgresql://sayso@127.0.0.1:{port}/postgres"
    finally:
        if started:
            _run([*ctl, "-m", "fast", "-w", "stop"], as_postgres)
        shutil.rmtree(tmp, ignore_errors=True)


def fresh_database(admin_url: str) -> str:
    """Create an empty database on the server and return its URL."""
    name = f"sayso_test_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def new_postgres_database(postgres_server: str) -> Callable[[], str]:
    """``new_postgres_database()`` creates an empty database and returns its URL."""
    return lambda: fresh_database(postgres_server)


def pytest_report_header() -> str:
    """The fuzz tests' seed (tests/robustness/test_fuzz.py), so that a run can be repeated."""
    return f"sayso fuzz seed: {os.environ.get('SAYSO_FUZZ_SEED', '20261126')}"
