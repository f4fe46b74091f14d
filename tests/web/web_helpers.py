"""Names the web tests share (conftest.py holds the fixtures)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).with_name("data")
SEEDLIKE = DATA / "seedlike.txt"
#: The seed-like article's remains event (deterministic id: type, date, parties).
SEED_EVENT = "remains_repatriation-2025-08-09-RUS-UKR"
