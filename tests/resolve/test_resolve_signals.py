"""What a claim's words add to clustering: undated figures that belong to the dated exchange,
umbrellas that stay apart, mediators that split or keep apart, places that never split.

Every sentence here is written for these tests (not taken from the dev set).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import make_claim

from sayso.records import Article, Claim, Span
from sayso.resolve import resolve_events
from sayso.resolve.events import settle_dates
from sayso.resolve.incremental import resolve_articles
from sayso.resolve.signals import mediators, place_marks, stage_marks, whole_marks, words
from sayso.store import Store

DAY = date(2025, 3, 2)
P = "prisoners_released"


def said(claim: Claim, quote: str, start: int | None = None) -> Claim:
    """The claim with its own words (and, optionally, where they stand in the article)."""
    span = claim.span if start is None else Span(start, start + len(quote))
    return replace(claim, quote=quote, span=span)


def _resolve(claims: list[Claim]):
    """Events as sayso makes them: each article's undated figures settled at extraction
    (``settle_dates``), then grouped."""
    settle_dates(claims)
    return resolve_events(claims)


def event_of(events, claim_article: str, value: int, from_code: str = "ARM"):
    """The event holding an article's claim of ``value`` sent by ``from_code``."""
    for ev in events:
        for c in ev.claims:
            if (c.article_id, c.value, c.from_code) == (claim_article, value, from_code):
                return ev
    raise AssertionError(f"no claim {value} from {from_code} in {claim_article}")


# -- the signals themselves ---------------------------------------------------------------------


def test_whole_marks_tell_a_deal_or_a_running_total() -> None:
    for text in (
        "the 500-for-500 swap agreed in Geneva",
        "to hand over 800 detainees in all",
        "each side freed 300 over four days",
        "Baku has freed 1,100 people since the war began",
        "during the 60-day second phase",
        "another 45 captives are due to follow",
        "a swap of 12 in 2019",
        "did not say how many it would free in the third round",
    ):
        assert whole_marks(text, 2025), text
    assert not whole_marks("a list of 40 slated for the first round", 2025)
    for text in (
        "a list of 40 detainees slated for release in the first round",
        "Armenia was expected to free 40 detainees later in the evening",
        "150 soldiers and 50 civilians were among those who crossed at the checkpoint",
    ):
        assert not whole_marks(text, 2025), text


def test_stage_marks_name_one_exchange() -> None:
    assert stage_marks("a list of 40 detainees slated for release in the first round")
    assert stage_marks("Armenia was expected to free 40 detainees later in the evening")
    assert not stage_marks("the 500-for-500 swap agreed in Geneva")


def test_mediators_are_read_as_states() -> None:
    assert mediators("the swap, brokered by the United Arab Emirates, took place") == {"ARE"}
    assert mediators("a Qatari-mediated exchange of 12") == {"QAT"}
    assert mediators("mediated by Egypt and Qatar, officials said") == {"EGY", "QAT"}
    assert mediators("Armenia freed 40 detainees") == frozenset()


def test_place_marks_place_a_figure_below_the_state() -> None:
    assert place_marks("64 drones brought down near the capital")
    assert place_marks("17 over the Belgorod region")
    assert not place_marks("Moscow said 64 drones were downed")
    assert not place_marks("four people held in Armenia")


def test_words_keep_the_content() -> None:
    assert words("The 40 detainees crossed at the Lachin checkpoint") == {
        "detainees", "crossed", "lachin", "checkpoint",
    }


# -- undated figures and the exchange their article dates ---------------------------------------


def _dated(article: str, value: int, **kw) -> Claim:
    return said(
        make_claim(article, P, "ARM", "AZE", value, "ARMGOV", when=DAY, **kw),
        f"Armenia freed {value} Azerbaijani detainees on Sunday",
    )


def _undated(article: str, value: int, quote: str, **kw) -> Claim:
    return said(make_claim(article, P, "ARM", "AZE", value, "SELF", when=None, **kw), quote)


def test_a_list_for_the_first_round_joins_the_dated_exchange() -> None:
    events = _resolve([
        _dated("n1", 38),
        _undated("n1", 40, "a list of 40 detainees slated for release in the first round",
                 stance="expects"),
    ])
    assert len(events) == 1 and events[0].date == DAY


def test_a_deal_figure_stays_an_umbrella() -> None:
    """The whole deal ("500 for 500", "over four days") never joins a stage."""
    events = _resolve([
        _dated("n1", 120),
        _undated("n1", 500, "the 500-for-500 swap agreed in Geneva", stance="expects"),
        _undated("n1", 480, "each side freed 480 over four days"),
    ])
    assert sorted(str(e.date) for e in events) == ["2025-03-02", "None"]
    assert event_of(events, "n1", 500).date is None
    assert event_of(events, "n1", 480).date is None


def test_an_undated_breakdown_joins_its_exchange() -> None:
    events = _resolve([
        _dated("n1", 200),
        _undated("n1", 150, "150 soldiers and 50 civilians were among those who crossed",
                 scope="soldiers"),
        _undated("n1", 50, "50 civilians were among those who crossed", scope="civilians"),
    ])
    assert len(events) == 1 and events[0].date == DAY


def test_a_figure_far_from_the_days_stays_apart_a_near_one_joins() -> None:
    """Same row, no marks: 210 beside 200 is the day's count told again; 900 is not."""
    near = _resolve([_dated("n1", 200), _undated("n1", 210, "Armenia freed 210 people")])
    assert len(near) == 1
    far = _resolve([_dated("n1", 200), _undated("n1", 900, "Armenia freed 900 people")])
    assert len(far) == 2


def test_the_directions_of_one_statement_go_together() -> None:
    """'sent 30 home in exchange for 6': the 6 is far from the day's 200, so both stay apart,
    although nothing in the article's dated report states the 30's direction."""
    back = said(make_claim("n1", P, "AZE", "ARM", 30, "SELF", when=None),
                "Baku sent 30 Armenian soldiers home", start=500)
    six = _undated("n1", 6, "in exchange for six people held in Armenia")
    six = replace(six, span=Span(536, 536 + len(six.quote)))
    events = _resolve([_dated("n1", 200), back, six])
    assert event_of(events, "n1", 30, "AZE").date is None
    assert event_of(events, "n1", 6).date is None


def test_with_two_dated_exchanges_the_row_then_the_words_decide() -> None:
    sunday = _dated("n1", 38)
    back = said(
        make_claim("n1", P, "AZE", "ARM", 12, "AZEGOV", when=DAY + timedelta(days=2)),
        "Azerbaijan returned 12 Armenian soldiers on Tuesday",
    )
    by_row = _undated("n1", 40, "Yerevan had been expected to free 40")
    events = _resolve([sunday, back, by_row])
    assert event_of(events, "n1", 40).date == DAY  # only Sunday's report states ARM->AZE

    tuesday = said(
        make_claim("n1", P, "ARM", "AZE", 12, "ARMGOV", when=DAY + timedelta(days=2)),
        "Armenia freed 12 more through the Lachin checkpoint on Tuesday",
    )
    by_words = said(
        make_claim("n1", P, "ARM", "AZE", None, "ARMGOV", when=None, undisclosed=True),
        "Armenia did not say how many crossed at the Lachin checkpoint",
    )
    unclear = said(
        make_claim("n1", P, "ARM", "AZE", None, "AZEGOV", when=None, undisclosed=True),
        "Baku gave no figure",
    )
    events = _resolve([_dated("n1", 38), tuesday, by_words, unclear])
    dates = {e.date for e in events for c in e.claims if c.undisclosed and c.claimant == "ARMGOV"}
    assert dates == {DAY + timedelta(days=2)}  # it shares "Lachin checkpoint" with Tuesday's
    dates = {e.date for e in events for c in e.claims if c.undisclosed and c.claimant == "AZEGOV"}
    assert dates == {None}  # nothing tells which day: it stays undated


def test_undated_figures_without_a_dated_exchange_stay_undated() -> None:
    events = _resolve([_undated("n1", 40, "a list of 40 slated for the first round")])
    assert [e.date for e in events] == [None]


# -- mediators ----------------------------------------------------------------------------------


def test_reports_naming_different_mediators_are_two_events() -> None:
    a = said(make_claim("a", P, "ARM", "AZE", 12, "SELF", when=DAY),
             "Armenia freed 12 in a swap brokered by the United Arab Emirates")
    b = said(make_claim("b", P, "ARM", "AZE", 40, "SELF", when=DAY),
             "Armenia freed 40 in a Qatari-mediated exchange")
    c = said(make_claim("c", P, "ARM", "AZE", 12, "SELF", when=DAY),
             "the UAE-brokered swap freed 12")
    events = _resolve([a, b, c])
    assert len(events) == 2 and len({e.id for e in events}) == 2
    assert {c.article_id for c in event_of(events, "a", 12).claims} == {"a", "c"}
    for order in range(5):  # the ids do not depend on the order claims come in
        shuffled = [a, b, c]
        random.Random(order).shuffle(shuffled)
        assert sorted(e.id for e in _resolve([replace(x) for x in shuffled])) == sorted(
            e.id for e in events
        )


def test_a_report_naming_no_mediator_joins_either_way() -> None:
    a = said(make_claim("a", P, "ARM", "AZE", 12, "SELF", when=DAY),
             "Armenia freed 12 in a swap brokered by the United Arab Emirates")
    b = said(make_claim("b", P, "ARM", "AZE", 12, "SELF", when=DAY), "Armenia freed 12")
    assert len(_resolve([a, b])) == 1


def test_different_mediators_veto_the_neighbouring_day_link() -> None:
    """A shared figure a day apart links two reports, unless they name different mediators."""
    a = said(make_claim("a", P, "ARM", "AZE", 12, "SELF", when=DAY),
             "Armenia freed 12 in a swap brokered by the United Arab Emirates")
    same = said(make_claim("b", P, "ARM", "AZE", 12, "SELF", when=DAY + timedelta(days=1)),
                "the 12 were freed in a UAE-brokered swap")
    other = said(make_claim("b", P, "ARM", "AZE", 12, "SELF", when=DAY + timedelta(days=1)),
                 "the 12 were freed in a swap mediated by Qatar")
    assert len(_resolve([a, same])) == 1
    assert len(_resolve([a, other])) == 2


# -- places -------------------------------------------------------------------------------------


def test_strikes_on_two_cities_the_same_night_are_one_attack() -> None:
    """FORMAT.md: one side's overnight attack is one event wherever it hit; places are scopes."""
    night = date(2025, 7, 9)
    one = said(make_claim("a", "killed", "RUS", "UKR", 3, "UKRGOV", when=night, scope="Odesa"),
               "three people were killed in Odesa")
    two = said(make_claim("b", "killed", "RUS", "UKR", 5, "UKRGOV", when=night, scope="Dnipro"),
               "five people were killed in Dnipro")
    assert len(_resolve([one, two])) == 1


def test_a_smaller_count_placed_in_a_city_is_a_part_of_the_night() -> None:
    """Undated 64 "near the capital" beside the day's 300 drones downed: a count by place, so
    it joins; an unplaced smaller figure of the same row is another event and stays apart."""
    night = date(2025, 7, 9)

    def downed(value: int, when: date | None, quote: str) -> Claim:
        return said(make_claim("a", "drones_downed", "UKR", "RUS", value, "UKRMIL", when=when),
                    quote)

    total = downed(300, night, "air defences downed 300 drones overnight")
    placed = downed(64, None, "the mayor counted 64 drones brought down near the capital")
    assert len(_resolve([total, placed])) == 1
    elsewhere = downed(12, None, "a similar raid saw 12 drones downed")
    assert len(_resolve([replace(total), elsewhere])) == 2


# -- incremental ----------------------------------------------------------------------------------


def _corpus() -> dict[str, list[Claim]]:
    return {
        "a": [_dated("a", 38), _undated("a", 40, "a list of 40 slated for the first round",
                                        stance="expects"),
              _undated("a", 500, "the 500-for-500 deal", stance="expects")],
        "b": [said(make_claim("b", P, "ARM", "AZE", 38, "SELF", when=DAY),
                   "38 freed in a swap brokered by the United Arab Emirates")],
        "c": [said(make_claim("c", P, "ARM", "AZE", 7, "SELF", when=DAY),
                   "7 freed in a Qatari-mediated exchange"),
              _undated("c", 500, "each side will free 500 over four weeks", stance="expects")],
        "d": [said(make_claim("d", P, "ARM", "AZE", 38, "SELF", when=DAY + timedelta(days=1)),
                   "the 38 detainees freed in the UAE-brokered swap")],
    }


def _snapshot(store: Store) -> list[tuple]:
    return sorted(
        (e.id, e.date, sorted((c.article_id, c.value or -1) for c in e.claims))
        for e in store.events()
    )


def test_incremental_equals_rebuild_with_the_signals(tmp_path: Path) -> None:
    corpus = _corpus()
    results = []
    for order in range(6):
        names = sorted(corpus)
        random.Random(order).shuffle(names)
        with Store(Store.url_for(str(tmp_path / f"s{order}.db"))) as store:
            for name in names:
                article = Article(id=name, text=f"article {name}", published=DAY)
                claims = [replace(c) for c in corpus[name]]
                settle_dates(claims)  # as extraction hands them over
                store.add_article(article, claims)
                resolve_articles(store, [name])
            incremental = _snapshot(store)
            published = {a.id: a.published for a in store.articles()}
            store.save_events(resolve_events(store.claims(), published))
            assert incremental == _snapshot(store)
            results.append(incremental)
    assert all(r == results[0] for r in results)
    ids = [e[0] for e in results[0]]
    assert len(ids) == 3 and any(i.endswith("-via-QAT") for i in ids)


@pytest.mark.parametrize(("text", "whole"), [
    ("Between Tuesday night and Thursday morning, the army said 350 drones were launched", True),
    ("From Monday to Wednesday, air defences downed 112 drones", True),
    ("Between 14 and 17 October, 48 prisoners were freed", True),
    ("from the 9th to the 12th of May, 60 bodies were returned", True),
    ("Between 12 and 15 people were killed on Tuesday", False),  # a range of counts
    ("The exchange between Kyiv and Moscow on Saturday freed 84", False),
    ("Drones flew from Belgorod to Kharkiv on Monday night", False),
])
def test_a_stretch_of_days_is_no_single_day(text: str, whole: bool) -> None:
    assert whole_marks(text) is whole
