"""Syndicated wire copy, lightly edited by two outlets, is grouped as one source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sayso.dedupe import THRESHOLD, groups, near_copies, signature
from sayso.ledger import Ledger
from sayso.records import Article

WIRE = (
    "Ukraine and Russia swap 205 prisoners each\n\n"
    "Ukraine and Russia each released 205 prisoners of war on Saturday in an exchange brokered "
    "by the United Arab Emirates, officials on both sides said. Russia's defence ministry said "
    "the freed Russian servicemen were in Belarus and would be taken home for treatment. "
    "Ukraine's coordination headquarters said the men it received had been held since the "
    "first year of the war, and that many needed medical care. The exchange was the third this "
    "month, after talks between the delegations in Istanbul produced an agreement to release "
    "all seriously wounded prisoners. Families waited for hours near the border crossing, "
    "holding photographs of relatives still missing in action."
)


def _edited(text: str) -> str:
    """What a second outlet does to wire copy: a new headline, a word here and there."""
    body = text.split("\n\n", 1)[1]
    body = body.replace("officials on both sides said", "officials from both countries said")
    body = body.replace("Families waited for hours", "Relatives waited for many hours")
    return "Prisoner swap: 205 men freed by each side\n\n" + body


OTHER = (
    "Air force says 40 drones downed overnight\n\n"
    "Ukraine's air force said its units shot down 40 of 52 drones launched by Russia overnight, "
    "with debris damaging a school and two houses in the Odesa region. Local officials said no "
    "one was hurt. The military said the remaining drones were jammed electronically and did "
    "not reach their targets, while air raid alerts lasted more than four hours in the capital."
)


def test_signature_similarity_separates_copies_from_other_stories() -> None:
    wire, copy, other = signature(WIRE), signature(_edited(WIRE)), signature(OTHER)
    assert wire.jaccard(copy) >= THRESHOLD
    assert wire.jaccard(other) < 0.2


def test_near_copies_are_grouped_and_counted_once(tmp_path: Path) -> None:
    day = date(2025, 6, 7)
    arts = [
        Article(id="wire-a", text=WIRE, outlet="Wire A", published=day),
        Article(id="outlet-b", text=_edited(WIRE), outlet="Outlet B", published=day),
        Article(id="other", text=OTHER, outlet="Outlet C", published=day),
    ]
    db = str(tmp_path / "near.db")
    with Ledger(db) as ledger:
        ledger.ingest_articles(arts)
        assert near_copies(ledger.store) == {"outlet-b": "wire-a"}
        assert groups(ledger.store) == [["wire-a", "outlet-b"]]
        # Its own claims, on its own text: offsets hold in the edited copy too.
        for claim in ledger.claims("outlet-b"):
            assert _edited(WIRE)[claim.span.start : claim.span.end] == claim.quote
    # A later run rebuilds the index from the stored signatures: a third copy joins the group.
    third = Article(id="outlet-c", text=_edited(WIRE).replace("Saturday", "Saturday morning"))
    with Ledger(db) as ledger:
        ledger.ingest_articles([third])
        assert groups(ledger.store) == [["wire-a", "outlet-b", "outlet-c"]]


def test_a_near_copy_adds_no_source_to_a_verdict(tmp_path: Path) -> None:
    day = date(2025, 6, 7)
    wire = Article(id="wire-a", text=WIRE, outlet="Wire A", published=day)
    copy = Article(id="outlet-b", text=_edited(WIRE), outlet="Outlet B", published=day)
    verdicts = {}
    for name, arts in (("alone", [wire]), ("with-copy", [wire, copy])):
        with Ledger(str(tmp_path / f"{name}.db")) as ledger:
            ledger.ingest_articles(arts)
            verdicts[name] = sorted(
                (v.measure, v.from_code, v.to_code, v.verdict, v.best)
                for ev in ledger.events()
                for v in ev.verdicts
            )
    assert verdicts["alone"]
    assert verdicts["with-copy"] == verdicts["alone"]
