"""Helpers of the robustness tests (a uniquely named module: conftest is not importable)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from sayso.ledger import Ledger

#: Articles in the generated corpus: enough for an ingest to be caught mid-way.
CORPUS_SIZE = 12



def snapshot(db: str) -> dict:
    """Everything a user can see in a store, without row ids or ingest times."""
    with Ledger(db) as ledger:
        articles = [
            (a.id, a.text, str(a.published), a.outlet, a.title, a.language, a.notes,
             ledger.store.copy_of(a.id))
            for a in ledger.articles()
        ]
        claims = sorted(
            json.dumps({**rec, "event_id": c.event_id}, sort_keys=True, default=str)
            for c, rec in ((c, c.to_prediction()) for c in ledger.claims())
        )
        events = sorted(json.dumps(ev.as_dict(), sort_keys=True, default=str)
                        for ev in ledger.events())
    return {"articles": articles, "claims": claims, "events": events}


def sayso(*args: str, **kwargs) -> subprocess.Popen:
    """`sayso ARGS…` as a child process (stdout and stderr captured, as text)."""
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.Popen(
        [sys.executable, "-m", "sayso", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **kwargs,
    )


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    proc = sayso(*args)
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
