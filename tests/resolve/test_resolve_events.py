"""Grouping claims into events: who reported the same happening, under a stable id."""

from __future__ import annotations

import copy
import random
from dataclasses import asdict
from datetime import date

from sayso.records import Claim
from sayso.resolve import event_id, event_key, resolve_events

JUNE14 = date(2025, 6, 14)


def _swap_day(claim) -> list[Claim]:
    """Three outlets on one swap day: remains both ways, prisoners undisclosed, a toll aside."""
    return [
        claim("a1", "remains_returned", "RUS", "UKR", 1200, "RUSGOV"),
        claim("a1", "remains_returned", "UKR", "RUS", 0, "RUSMIL", via=["TASS"]),
        claim("a1", "prisoners_released", "RUS", "UKR", None, "RUSGOV", undisclosed=True),
        claim("a2", "remains_returned", "RUS", "UKR", 1200, "UKRGOV", stance="acknowledges"),
        claim("a2", "prisoners_released", "UKR", "RUS", None, "UKRGOV", undisclosed=True),
        claim("a3", "remains_returned", "RUS", "UKR", 1200, "RUSGOV", via=["REUTERS"]),
        claim("a3", "remains_returned", "RUS", "UKR", 6000, "RUSGOV", when=None, stance="expects"),
        claim("a3", "killed", "RUS", "UKR", 5, "UKRGOV", when=date(2025, 6, 23)),
    ]


def _fingerprint(events) -> list[tuple]:
    """Everything an event holds, claims included, in a comparable form."""
    return [
        (
            e.id,
            e.type,
            e.date,
            e.parties,
            e.date_precision,
            [(c.article_id, c.span, c.measure, c.claimant, c.event_id) for c in e.claims],
            [asdict(v) for v in e.verdicts],
        )
        for e in events
    ]


def test_one_event_per_type_and_date_across_articles(claim) -> None:
    """The same remains handover told by three outlets is one event; the swap is another."""
    events = resolve_events(_swap_day(claim))
    ids = [e.id for e in events]
    assert ids == [
        "prisoner_exchange-2025-06-14-RUS-UKR",
        "remains_repatriation-2025-06-14-RUS-UKR",
        "air_attack-2025-06-23-RUS-UKR-by-RUS",
        "remains_repatriation-undated-RUS-UKR",
    ]
    remains = events[1]
    assert remains.type == "remains_repatriation"
    assert remains.date == JUNE14
    assert remains.parties == ("RUS", "UKR")
    assert remains.date_precision == "day"
    assert {c.article_id for c in remains.claims} == {"a1", "a2", "a3"}
    assert all(c.event_id == remains.id for c in remains.claims)
    assert events[3].date is None and events[3].date_precision is None


def test_every_claim_gets_its_event_id(claim) -> None:
    claims = _swap_day(claim)
    events = resolve_events(claims)
    by_id = {e.id: e for e in events}
    for c in claims:
        assert c.event_id in by_id
        assert any(m is c for m in by_id[c.event_id].claims)
    assert sum(len(e.claims) for e in events) == len(claims)


def test_order_does_not_matter(claim) -> None:
    """Shuffled input, same events, same ids, same claim order, same verdicts."""
    claims = _swap_day(claim) + [
        claim("b1", "prisoners_released", "WST", "RUS", 8, "USAGOV", when=date(2024, 8, 1)),
        claim("b2", "prisoners_released", "WST", "RUS", 10, "RUSGOV", when=date(2024, 8, 1)),
        claim("b2", "prisoners_released", "RUS", "DEU", 13, "TURINT", when=date(2024, 8, 1)),
        claim("b3", "prisoners_released", "RUS", "UKR", 390, "UKRGOV", when=None),
        claim("b3", "prisoners_released", "RUS", "UKR", 1000, "UKRGOV", when=None),
    ]
    expected = _fingerprint(resolve_events(copy.deepcopy(claims)))
    for seed in range(20):
        shuffled = copy.deepcopy(claims)
        random.Random(seed).shuffle(shuffled)
        assert _fingerprint(resolve_events(shuffled)) == expected


def test_ids_survive_a_rebuild(claim) -> None:
    """Two runs over copies of the claims (a rebuild from the store) give the same ids."""
    first = [e.id for e in resolve_events(_swap_day(claim))]
    again = [e.id for e in resolve_events(_swap_day(claim))]
    assert first == again
    assert event_id("remains_repatriation", JUNE14, ["RUS", "UKR"]) == first[1]
    assert event_id("talks", None, []) == "talks-undated"


def test_a_narrower_report_joins_the_wider_event(claim) -> None:
    """An article naming only part of the parties joins the event that names them all."""
    when = date(2024, 8, 1)
    events = resolve_events(
        [
            claim("kremlin", "prisoners_released", "WST", "RUS", 8, "RUSGOV", when=when),
            claim("wire", "prisoners_released", "RUS", "DEU", 13, "TURINT", when=when),
            claim("wire", "prisoners_released", "RUS", "USA", 3, "TURINT", when=when),
            claim("wire", "prisoners_released", "WST", "RUS", 8, "USAGOV", when=when),
            claim("ap", "prisoners_released", "USA", "RUS", 3, "AP", when=when),
            claim("ap", "prisoners_released", "RUS", "WST", 16, "AP", when=when),
        ]
    )
    assert [e.id for e in events] == ["prisoner_exchange-2024-08-01-DEU-RUS-USA-WST"]
    assert events[0].parties == ("DEU", "RUS", "USA", "WST")


def test_one_direction_joins_the_pair(claim) -> None:
    events = resolve_events(
        [
            claim("a1", "remains_returned", "RUS", "UKR", 1200, "RUSGOV"),
            claim("a1", "remains_returned", "UKR", "RUS", 0, "RUSGOV"),
            claim("a2", "remains_returned", "RUS", "UKR", 1200, "UKRGOV"),
        ]
    )
    assert len(events) == 1 and events[0].parties == ("RUS", "UKR")


def test_different_parties_dates_or_types_stay_apart(claim) -> None:
    """Same day, other parties; same parties, other day (and other figures); same day, other
    type: three events."""
    events = resolve_events(
        [
            claim("a1", "prisoners_released", "RUS", "UKR", 84, "UKRGOV"),
            claim("a2", "prisoners_released", "ISR", "PSE", 90, "AP"),
            claim("a3", "prisoners_released", "RUS", "UKR", 75, "UKRGOV", when=date(2025, 6, 15)),
            claim("a4", "remains_returned", "RUS", "UKR", 1200, "RUSGOV"),
        ]
    )
    assert sorted(e.id for e in events) == [
        "prisoner_exchange-2025-06-14-ISR-PSE",
        "prisoner_exchange-2025-06-14-RUS-UKR",
        "prisoner_exchange-2025-06-15-RUS-UKR",
        "remains_repatriation-2025-06-14-RUS-UKR",
    ]


def test_undated_reports_share_the_umbrella_event(claim) -> None:
    """A deal's plan and its realised total, told by different outlets, are one undated event."""
    events = resolve_events(
        [
            claim(
                "a1",
                "prisoners_released",
                "RUS",
                "UKR",
                1000,
                "UKRGOV",
                when=None,
                stance="expects",
            ),
            claim("a2", "prisoners_released", "UKR", "RUS", 1000, "SELF", when=None),
            claim("a2", "prisoners_released", "UKR", "RUS", 390, "SELF", when=date(2025, 5, 23)),
        ]
    )
    assert [e.id for e in events] == [
        "prisoner_exchange-2025-05-23-RUS-UKR",
        "prisoner_exchange-undated-RUS-UKR",
    ]
    assert {c.article_id for c in events[1].claims} == {"a1", "a2"}


def test_attacks_in_opposite_directions_are_two_events(claim) -> None:
    """The Russian strike and the Ukrainian drones of one night, even in one article."""
    night = date(2025, 6, 23)
    claims = [
        claim("a1", "drones_launched", "RUS", "UKR", 352, "UKRMIL", when=night),
        claim("a1", "drones_downed", "UKR", "RUS", 339, "UKRMIL", when=night),
        claim("a1", "killed", "RUS", "UKR", 7, "UKRGOV", when=night),
        claim("a1", "drones_downed", "RUS", "UKR", 41, "RUSMIL", when=night),
        claim("a2", "drones_downed", "RUS", "UKR", 41, "RUSMIL", when=night),
    ]
    events = resolve_events(claims)
    assert [e.id for e in events] == [
        "air_attack-2025-06-23-RUS-UKR-by-RUS",
        "air_attack-2025-06-23-RUS-UKR-by-UKR",
    ]
    assert [len(e.claims) for e in events] == [3, 2]
    assert event_key(claims[1]) == ("air_attack", "2025-06-23", "RUS")
    assert event_key(claims[3]) == ("air_attack", "2025-06-23", "UKR")


def test_date_precision_is_the_most_common(claim) -> None:
    events = resolve_events(
        [
            claim("a1", "prisoners_released", "RUS", "UKR", 84, "UKRGOV", precision="week"),
            claim("a2", "prisoners_released", "RUS", "UKR", 84, "RUSMIL", precision="day"),
            claim("a3", "prisoners_released", "RUS", "UKR", 84, "AP", precision="week"),
        ]
    )
    assert events[0].date_precision == "week"


def test_missing_event_type_falls_back_to_the_measure(claim) -> None:
    c = claim("a1", "remains_returned", "RUS", "UKR", 1200, "RUSGOV")
    c.event_type = None
    assert resolve_events([c])[0].type == "remains_repatriation"


def test_no_claims_no_events() -> None:
    assert resolve_events([]) == []


def test_a_day_off_with_the_same_figure_is_the_same_event(claim) -> None:
    """Two outlets date the release "early Monday", two others Sunday; all give the 90 freed:
    one event, on the day more articles report; a day off with other figures stays apart."""
    sunday, monday = date(2025, 1, 19), date(2025, 1, 20)
    claims = [
        claim("a1", "prisoners_released", "ISR", "PSE", 90, "ISRGOV", when=sunday),
        claim("a1", "prisoners_released", "PSE", "ISR", 3, "ISRGOV", when=sunday),
        claim("a2", "prisoners_released", "ISR", "PSE", 90, "SELF", when=sunday),
        claim("a3", "prisoners_released", "ISR", "PSE", 90, "PSEGOV", when=monday),
        claim("a4", "prisoners_released", "PSE", "ISR", 4, "ISRGOV", when=date(2025, 1, 21)),
        # an estimate or a plan is no evidence of sameness
        claim("a5", "prisoners_released", "ISR", "PSE", 90, "AP", when=date(2025, 1, 18),
              approx="about"),
    ]
    events = resolve_events(claims)
    assert [(e.id, len(e.claims)) for e in events] == [
        ("prisoner_exchange-2025-01-18-ISR-PSE", 1),
        ("prisoner_exchange-2025-01-19-ISR-PSE", 4),
        ("prisoner_exchange-2025-01-21-ISR-PSE", 1),
    ]
    assert events[1].date == sunday and events[1].block[1:] == ("2025-01-19", "2025-01-20")
    [v, _] = events[1].verdicts
    assert (v.verdict, v.sides) == ("corroborated", ["ISR", "PSE"])


def test_attacks_a_day_apart_in_opposite_directions_stay_apart(claim) -> None:
    claims = [
        claim("a1", "drones_downed", "UKR", "RUS", 40, "UKRMIL", when=date(2025, 6, 23)),
        claim("a2", "drones_downed", "RUS", "UKR", 40, "RUSMIL", when=date(2025, 6, 24)),
    ]
    assert len(resolve_events(claims)) == 2
