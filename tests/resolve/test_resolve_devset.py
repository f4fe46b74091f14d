"""The dev set's gold claims, grouped by resolve, give back the gold events and verdicts.

The gold claims carry the annotated event type and date, as the extractor's would; this checks
grouping and verdicts alone, apart from extraction. Skipped where the shared set is absent.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from sayso.records import Claim, Span
from sayso.resolve import resolve_events

DEV = Path(os.environ.get("SAYSO_DEV", Path(__file__).resolve().parents[3] / "shared/eval/dev"))

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"no dev set at {DEV}")


def _load() -> tuple[list[Claim], dict[int, str], dict[str, date | None]]:
    claims: list[Claim] = []
    gold: dict[int, str] = {}
    published: dict[str, date | None] = {}
    for path in sorted(DEV.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        published[doc["id"]] = date.fromisoformat(doc["published"])
        events = {e["id"]: e for e in doc["events"]}
        for c in doc["claims"]:
            event = events[c["event"]]
            start = doc["text"].find(c["quote"])
            claim = Claim(
                article_id=doc["id"],
                measure=c["measure"],
                from_code=c["from"],
                to_code=c["to"],
                value=c["value"],
                span=Span(start, start + len(c["quote"])),
                quote=c["quote"],
                claimant=c["claimant"],
                via=list(c.get("via", [])),
                stance=c["stance"],
                approx=c.get("approx"),
                undisclosed=bool(c.get("undisclosed", False)),
                scope=c.get("scope"),
                event_type=event["type"],
                event_date=date.fromisoformat(event["date"]) if event["date"] else None,
                date_precision="day" if event["date"] else None,
            )
            claims.append(claim)
            gold[id(claim)] = c["event"]
    return claims, gold, published


@pytest.fixture(scope="module")
def resolved():
    claims, gold, published = _load()
    events = resolve_events(claims, published)
    return claims, gold, {e.id: e for e in events}


def test_grouping_matches_the_gold_events(resolved) -> None:
    """One predicted event per gold event and back: B-cubed 1.0 on gold claims."""
    claims, gold, events = resolved
    pairs = {(c.event_id, gold[id(c)]) for c in claims}
    assert len(events) == 18
    assert len(pairs) == 18
    assert len({p for p, _ in pairs}) == len({g for _, g in pairs}) == 18


def _verdict(events, event_id: str, measure: str, from_code: str, to_code: str):
    [v] = [
        v
        for v in events[event_id].verdicts
        if (v.measure, v.from_code, v.to_code, v.scope) == (measure, from_code, to_code, None)
    ]
    return v


ANKARA = "prisoner_exchange-2024-08-01-DEU-RUS-USA-WST"
MARCH11 = "air_attack-2025-03-11-RUS-UKR-by-UKR"
JUNE23 = "air_attack-2025-06-23-RUS-UKR-by-RUS"
P, R = "prisoners_released", "remains_returned"


@pytest.mark.parametrize(
    ("event_id", "measure", "from_code", "to_code", "verdict", "best"),
    [
        (ANKARA, P, "WST", "RUS", "contested", 8),
        (ANKARA, P, "RUS", "WST", "corroborated", 16),
        (MARCH11, "drones_downed", "RUS", "UKR", "denied", 337),
        (MARCH11, "killed", "UKR", "RUS", "revised", 3),
        (MARCH11, "drones_launched", "UKR", "RUS", "undisclosed", None),
        (JUNE23, "killed", "RUS", "UKR", "revised", 10),
        ("remains_repatriation-2025-06-11-RUS-UKR", R, "RUS", "UKR", "corroborated", 1212),
        ("remains_repatriation-2025-06-14-RUS-UKR", R, "RUS", "UKR", "corroborated", 1200),
        ("prisoner_exchange-2025-06-14-RUS-UKR", P, "RUS", "UKR", "undisclosed", None),
        ("prisoner_exchange-undated-2025-05-RUS-UKR", P, "RUS", "UKR", "corroborated", 1000),
    ],
)
def test_verdicts_the_dev_set_asks_for(
    resolved, event_id, measure, from_code, to_code, verdict, best
) -> None:
    _, _, events = resolved
    v = _verdict(events, event_id, measure, from_code, to_code)
    assert (v.verdict, v.best) == (verdict, best)
