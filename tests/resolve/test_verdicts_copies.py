"""Syndicated copies count once as a source: verbatim copies and near-duplicates alike.

Each outlet's own voice (``SELF``) is a source of its own, so two outlets that report a figure
independently corroborate it, while two lightly edited copies of one wire story, grouped by
their MinHash signatures (``sayso.dedupe``), are one source.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sayso.ledger import Ledger
from sayso.records import Article
from sayso.resolve import resolve_events, verdicts_for

# -- the rule, on hand-made claims ---------------------------------------------------------


def test_two_outlets_own_voices_corroborate_unless_copies(claim) -> None:
    claims = [
        claim("outlet-a", "drones_launched", "RUS", "UKR", 61),
        claim("outlet-b", "drones_launched", "RUS", "UKR", 61),
    ]
    assert verdicts_for(claims)[0].verdict == "corroborated"
    assert verdicts_for(claims, sources={"outlet-b": "outlet-a"})[0].verdict == "single-source"


def test_a_copy_that_drops_the_attribution_adds_no_source(claim) -> None:
    """The wire names the ministry; the edited copy states the figure in its own voice."""
    claims = [
        claim("wire", "drones_downed", "UKR", "RUS", 40, "UKRMIL"),
        claim("copy", "drones_downed", "UKR", "RUS", 40),
    ]
    assert verdicts_for(claims)[0].verdict == "corroborated"
    [v] = verdicts_for(claims, sources={"copy": "wire"})
    assert (v.verdict, v.best) == ("single-source", 40)


def test_a_copy_that_rewords_the_claimant_adds_no_source(claim) -> None:
    """"The defence ministry said" edited to "Moscow said": one article's source, not two."""
    claims = [
        claim("wire", "drones_downed", "RUS", "UKR", 88, "RUSMIL"),
        claim("copy", "drones_downed", "RUS", "UKR", 88, "RUSGOV"),
    ]
    assert verdicts_for(claims, sources={"copy": "wire"})[0].verdict == "single-source"


def test_a_group_keeps_the_sources_its_fullest_member_names(claim) -> None:
    """Both sides quoted in the wire, one side in the trimmed copy: still both sides."""
    claims = [
        claim("wire", "remains_returned", "RUS", "UKR", 909, "RUSGOV"),
        claim("wire", "remains_returned", "RUS", "UKR", 909, "UKRGOV", stance="acknowledges"),
        claim("copy", "remains_returned", "RUS", "UKR", 909, "RUSGOV"),
    ]
    [v] = verdicts_for(claims, sources={"copy": "wire"})
    assert (v.verdict, v.sides) == ("corroborated", ["RUS", "UKR"])


def test_resolve_events_passes_the_groups_to_the_verdicts(claim) -> None:
    claims = [
        claim("a", "killed", "RUS", "UKR", 14, when=date(2025, 4, 2)),
        claim("b", "killed", "RUS", "UKR", 14, when=date(2025, 4, 2)),
    ]
    [alone] = resolve_events(claims)
    [grouped] = resolve_events(claims, sources={"b": "a"})
    assert alone.verdicts[0].verdict == "corroborated"
    assert grouped.verdicts[0].verdict == "single-source"


# -- through the real ledger: extraction, MinHash signatures, stored groups --------------------

DAY = date(2025, 3, 11)
WIRE = (
    "Russia fires 61 drones at Ukraine overnight\n\n"
    "Russia launched 61 drones at Ukraine overnight on Tuesday, damaging power lines and a grain "
    "terminal in the southern Odesa region. Emergency crews worked through the night to restore "
    "electricity to several villages, and schools in the area moved their lessons online for the "
    "day. Residents of the port city described hearing explosions for almost two hours before "
    "dawn. The attack came a day after talks on a partial ceasefire ended without agreement, and "
    "it was the largest on the region since the start of the month."
)
# A second outlet's version of the same wire copy: new headline, a few words changed.
EDITED = (
    "Overnight drone attack hits Odesa region\n\n"
    + WIRE.split("\n\n", 1)[1]
    .replace("Emergency crews worked", "Emergency workers laboured")
    .replace("hearing explosions", "hearing blasts")
    .replace("without agreement", "without a deal")
)
# A report of the same night written independently, in its outlet's own voice.
OWN = (
    "Drones strike grain terminal near Odesa\n\n"
    "A grain terminal outside Odesa burned for hours after Russia launched 61 drones at Ukraine "
    "overnight on Tuesday. Local officials said repairs would take weeks."
)


def _drone_verdicts(ledger: Ledger) -> list[tuple]:
    return [
        (ev.id, v.verdict, v.best)
        for ev in ledger.events()
        for v in ev.verdicts
        if v.measure == "drones_launched"
    ]


def _ingest(db: Path, *texts: tuple[str, str, str]) -> Ledger:
    ledger = Ledger(str(db))
    ledger.ingest_articles(
        [Article(id=i, text=t, outlet=o, published=DAY) for i, t, o in texts]
    )
    return ledger


def test_near_duplicates_count_once_independent_reports_corroborate(tmp_path: Path) -> None:
    with _ingest(tmp_path / "near.db", ("wire", WIRE, "Wire A"), ("b", EDITED, "Outlet B")) as led:
        assert led.store.copy_groups() == {"b": "wire"}  # found by MinHash, not verbatim
        assert led.store.copy_of("b") is None
        # Both outlets state the figure in their own voice (no one named).
        assert {(c.article_id, c.claimant, c.value) for c in led.claims()} == {
            ("wire", "SELF", 61), ("b", "SELF", 61)
        }
        near = _drone_verdicts(led)
        assert [v[1:] for v in near] == [("single-source", 61)]
        assert led.rebuild_events() and _drone_verdicts(led) == near  # rebuild agrees
    with _ingest(tmp_path / "own.db", ("wire", WIRE, "Wire A"), ("c", OWN, "Outlet C")) as led:
        assert led.store.copy_groups() == {}
        assert [v[1:] for v in _drone_verdicts(led)] == [("corroborated", 61)]


def test_a_verbatim_copy_of_a_near_copy_joins_its_group(tmp_path: Path) -> None:
    with _ingest(
        tmp_path / "chain.db",
        ("wire", WIRE, "Wire A"), ("b", EDITED, "Outlet B"), ("b-mirror", EDITED, "Outlet D"),
    ) as led:
        assert led.store.copy_groups() == {"b": "wire", "b-mirror": "wire"}
        assert [v[1:] for v in _drone_verdicts(led)] == [("single-source", 61)]
