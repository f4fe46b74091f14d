"""Figures, measures, directions, breakdowns and dates, each on sentences written for this file.

Every claim test asserts what the figure is (measure, from -> to, value, bound), who states it
(claimant, chain, stance) and the evidence (the span is the quote); the date tests work on the
resolver alone and through the engine.
"""

from __future__ import annotations

from datetime import date

import pytest

from sayso.extract import extract_text
from sayso.extract.dates import resolve
from sayso.extract.numbers import parse_number
from sayso.extract.places import place_country, places
from sayso.nlp import load


def claims_of(body: str, published: date = date(2025, 9, 17), headline: str = "Report"):
    """The claims of a short article: a figure-free headline, then ``body``."""
    text = f"{headline}\n\n{body}"
    out = extract_text(text, published=published, outlet="Test Desk")
    for c in out:
        assert text[c.span.start : c.span.end] == c.quote  # every claim is grounded
    return out


def facts(claims) -> set[tuple]:
    return {(c.measure, c.from_code, c.to_code, c.value, c.approx, c.undisclosed) for c in claims}


def one(claims, value):
    hits = [c for c in claims if c.value == value]
    assert hits, [(c.measure, c.value) for c in claims]
    return hits[0]


# -- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("1,212", 1212),
        ("twelve hundred", 1200),
        ("twelve hundred and twelve", 1212),
        ("one hundred and twelve", 112),
        ("two dozen", 24),
        ("a dozen", 12),
        ("thirty-five", 35),
        ("1.2 million", 1_200_000),
        ("four thousand six hundred", 4600),
    ],
)
def test_numbers_in_digits_and_words(words: str, value: int) -> None:
    assert parse_number(words.split()) == value


def test_spelled_and_hyphenated_counts_become_claims() -> None:
    got = claims_of(
        "Ukraine handed thirty-one Russian prisoners to Russia on Monday, Moscow said. "
        "Russia returned two dozen Ukrainian soldiers to Ukraine the same day, Moscow said."
    )
    assert ("prisoners_released", "UKR", "RUS", 31, None, False) in facts(got)
    assert ("prisoners_released", "RUS", "UKR", 24, None, False) in facts(got)


# -- bounds, zero, undisclosed -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "approx"),
    [
        ("more than 210", 210, "at_least"),
        ("at least 210", 210, "at_least"),
        ("no fewer than 210", 210, "at_least"),
        ("nearly 210", 210, "at_most"),
        ("up to 210", 210, "at_most"),
        ("almost 210", 210, "at_most"),
        ("some 210", 210, "about"),
        ("roughly 210", 210, "about"),
        ("around 210", 210, "about"),
        ("210", 210, None),
    ],
)
def test_bounds(phrase: str, value: int, approx: str | None) -> None:
    got = claims_of(f"Russia fired {phrase} drones at Ukraine overnight, Ukraine's air force said.")
    c = one(got, value)
    assert (c.measure, c.from_code, c.to_code, c.approx) == (
        "drones_launched",
        "RUS",
        "UKR",
        approx,
    )
    assert (c.claimant, c.via, c.stance) == ("UKRMIL", [], "asserts")


@pytest.mark.parametrize(
    "body",
    [
        "Not a single Russian prisoner was freed by Ukraine on Monday, the Kremlin said.",
        "No Russian prisoners were freed by Ukraine on Monday, the Kremlin said.",
    ],
)
def test_zero_counts(body: str) -> None:
    c = one(claims_of(body), 0)
    assert (c.measure, c.from_code, c.to_code, c.claimant) == (
        "prisoners_released",
        "UKR",
        "RUS",
        "RUSGOV",
    )


def test_nobody_without_an_event_verb_is_no_count() -> None:
    got = claims_of(
        "Russia handed 600 bodies to Ukraine on Monday, Kyiv said. Nobody expected it so soon."
    )
    assert [c.value for c in got] == [600]


def test_undisclosed_how_many_with_no_noun_takes_the_sentences_noun() -> None:
    got = claims_of(
        "Israel and Hamas exchanged prisoners on Tuesday, but neither side said how many "
        "were set free."
    )
    assert {(c.from_code, c.to_code, c.claimant) for c in got} == {
        ("ISR", "PSE", "ISRGOV"),
        ("PSE", "ISR", "ISRGOV"),
        ("ISR", "PSE", "PSEGOV"),
        ("PSE", "ISR", "PSEGOV"),
    }
    assert all(c.undisclosed and c.value is None for c in got)


# -- "X for X", each ----------------------------------------------------------------------------


def test_hyphenated_pair_is_both_ways_and_undated() -> None:
    got = claims_of("Moscow and Kyiv settled on a 640-for-640 prisoner swap, Medinsky said.")
    assert facts(got) == {
        ("prisoners_released", "RUS", "UKR", 640, None, False),
        ("prisoners_released", "UKR", "RUS", 640, None, False),
    }
    assert all(c.event_date is None for c in got)


def test_each_is_both_ways() -> None:
    got = claims_of("Russia and Ukraine each returned 75 captives on Sunday, Kyiv said.")
    assert {(c.from_code, c.to_code, c.value) for c in got} == {
        ("RUS", "UKR", 75),
        ("UKR", "RUS", 75),
    }


# -- numbers that are not claims ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The oldest of the freed prisoners is 64 years old, Kyiv said.",
        "The prisoners were captured in 2023 near Bakhmut, Kyiv said.",
        "The buses drove 300 kilometres to the border with Russia, Kyiv said.",
        "Each of the returned soldiers received 5,000 hryvnias, Kyiv said.",
        "It was the 58th exchange between Russia and Ukraine, Kyiv said.",
        "About 30 percent of the freed prisoners were wounded, Kyiv said.",
        "Hundreds of people waited for the prisoners from Russia, Kyiv said.",
        "Oksana Melnyk, 33, and Petro Melnyk, 35, were freed by Russia, Kyiv said.",
        "The freed prisoners, aged 19 to 25, were taken from Russia to Kyiv, Kyiv said.",
        "Russia handed several hundred Ukrainian prisoners to Kyiv, the mediators said.",
        "A few thousand drones were fired at Ukraine by Russia this month, Kyiv said.",
        "Many dozen captives were returned by Russia to Ukraine, officials in Kyiv said.",
    ],
)
def test_numbers_that_are_not_claims(body: str) -> None:
    assert claims_of(body) == []


# -- measure and direction ------------------------------------------------------------------


def test_nationality_inside_the_bodies_of() -> None:
    got = claims_of("Ukraine passed the bodies of 52 Russian servicemen to Russia on Monday.")
    c = one(got, 52)
    assert (c.measure, c.from_code, c.to_code, c.claimant) == (
        "remains_returned",
        "UKR",
        "RUS",
        "SELF",
    )


def test_particle_preposition_and_passive_receive() -> None:
    got = claims_of(
        "Eight hundred bodies came back to Ukraine from Russia on Monday. The Ukrainian side "
        "said 800 bodies had been received."
    )
    assert {(c.measure, c.from_code, c.to_code, c.value) for c in got} == {
        ("remains_returned", "RUS", "UKR", 800)
    }


def test_demonym_as_the_counted_noun() -> None:
    c = one(claims_of("Ukraine set free 95 Russians on Friday, the Kremlin said."), 95)
    assert (c.measure, c.from_code, c.to_code, c.claimant) == (
        "prisoners_released",
        "UKR",
        "RUS",
        "RUSGOV",
    )


def test_is_to_and_are_to_be_are_plans() -> None:
    got = claims_of(
        "Under the truce, Israel is to free 120 Palestinian detainees, while 12 Israeli "
        "hostages are to be released by Hamas, Qatar said."
    )
    c = one(got, 120)
    assert (c.from_code, c.to_code, c.stance, c.event_date) == ("ISR", "PSE", "expects", None)
    c = one(got, 12)
    assert (c.from_code, c.to_code, c.stance) == ("PSE", "ISR", "expects")


def test_of_its_own_is_the_speakers_side() -> None:
    got = claims_of(
        "Russia returned 500 bodies to Ukraine on Monday. Moscow said it had got back 12 of "
        "its own."
    )
    c = one(got, 12)
    assert (c.measure, c.from_code, c.to_code, c.claimant) == (
        "remains_returned",
        "UKR",
        "RUS",
        "RUSGOV",
    )


def test_casualties_with_no_side_are_the_victims_of_the_attack_stated() -> None:
    got = claims_of(
        "Russia launched 90 drones at Ukraine overnight, Ukraine's air force said. At least "
        "three people were killed across the country."
    )
    c = one(got, 3)
    assert (c.measure, c.from_code, c.to_code, c.approx) == ("killed", "RUS", "UKR", "at_least")


# -- breakdowns and elided figures ------------------------------------------------------------


def test_region_breakdown_carries_a_scope_and_the_defender() -> None:
    got = claims_of(
        "Russia's defence ministry said 73 Ukrainian drones were destroyed overnight, "
        "including 30 over the Voronezh region and 12 over the Rostov region."
    )
    by_value = {c.value: c for c in got}
    assert set(by_value) == {73, 30, 12}
    assert all(
        (c.measure, c.from_code, c.to_code, c.claimant) == ("drones_downed", "RUS", "UKR", "RUSMIL")
        for c in got
    )
    assert by_value[73].scope is None
    assert by_value[30].scope == "over Voronezh region"
    assert by_value[12].scope == "over Rostov region"


def test_a_region_names_its_state_from_the_places_file() -> None:
    doc = load()("The drones fell over the Lipetsk region and near Sumy.")
    toks = list(doc)
    assert place_country([t for t in toks if t.text == "Lipetsk"]) == "RUS"
    assert place_country([t for t in toks if t.text == "Sumy"]) == "UKR"


def test_a_user_adds_a_place_without_code(tmp_path, monkeypatch) -> None:
    (tmp_path / "places.tsv").write_text("Zarechny\tRUS\tcity\n", encoding="utf-8")
    monkeypatch.setenv("SAYSO_LEXICON", str(tmp_path))
    assert places()["zarechny"] == "RUS"
    got = claims_of(
        "Ukraine fired 40 drones at Russia overnight, Moscow said. Two people were killed in "
        "Zarechny, a Ukrainian official said."
    )
    c = one(got, 2)
    assert (c.measure, c.from_code, c.to_code, c.claimant) == ("killed", "UKR", "RUS", "UKRGOV")


def test_subcategory_breakdown_of_people() -> None:
    got = claims_of(
        "Israel released 88 Palestinian prisoners on Sunday, Hamas said. Of those freed, "
        "nine were minors, it said."
    )
    c = one(got, 9)
    assert (c.measure, c.from_code, c.to_code, c.scope, c.claimant) == (
        "prisoners_released",
        "ISR",
        "PSE",
        "minors",
        "PSEGOV",
    )
    assert one(got, 88).scope is None


def test_a_restated_count_is_no_breakdown_and_keeps_its_own_day() -> None:
    got = claims_of(
        "On Monday, 120 prisoners went each way between Russia and Ukraine. On Tuesday, the "
        "figure was 95.",
        published=date(2025, 9, 17),
    )
    c = one(got, 95)
    assert c.scope is None
    assert c.event_date == date(2025, 9, 16)
    assert {(c.from_code, c.to_code) for c in got if c.value == 95} == {
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    }


def test_gapped_figure_to_another_state() -> None:
    got = claims_of(
        "Russia freed 15 Ukrainians on Monday, Kyiv said. Nine of them were taken to Ukraine "
        "and six to Poland."
    )
    assert ("prisoners_released", "RUS", "POL", 6, None, False) in facts(got)


# -- dates ----------------------------------------------------------------------------------

WED = date(2025, 9, 17)


@pytest.mark.parametrize(
    ("expr", "future", "want"),
    [
        ("on Saturday", False, (date(2025, 9, 13), "day")),
        ("on Saturday", True, (date(2025, 9, 20), "day")),
        ("last Friday", True, (date(2025, 9, 12), "day")),
        ("next Monday", False, (date(2025, 9, 22), "day")),
        ("overnight", False, (WED, "day")),
        ("last night", False, (WED, "day")),
        ("yesterday", False, (date(2025, 9, 16), "day")),
        ("two days ago", False, (date(2025, 9, 15), "day")),
        ("on September 9", False, (date(2025, 9, 9), "day")),
        ("9 September 2025", False, (date(2025, 9, 9), "day")),
        ("on Tuesday night", False, (date(2025, 9, 16), "day")),
        ("earlier this week", False, (None, "week")),
        ("over the weekend", False, (None, "week")),
        ("last month", False, (None, "month")),
        ("in August", False, (None, "month")),
        ("September 12-14", False, (None, "week")),
        ("the night of 13-14 September", False, (date(2025, 9, 14), "day")),
        ("in 2022", False, (None, "year")),
        ("in 2025", False, (None, None)),
    ],
)
def test_resolve_dates(expr: str, future: bool, want: tuple) -> None:
    assert resolve(expr, WED, future) == want


def test_future_tense_takes_the_coming_day() -> None:
    c = one(
        claims_of("Ukraine will hand 210 prisoners to Russia on Saturday, Zelensky said.", WED),
        210,
    )
    assert (c.stance, c.event_date) == ("expects", date(2025, 9, 20))


def test_a_dateline_is_not_the_event_day() -> None:
    got = extract_text(
        "Bodies returned\n\nMOSCOW, Sept 17 (Test Wire) - Ukraine handed 45 bodies to Russia "
        "on Monday, Moscow said.",
        published=WED,
    )
    assert one(got, 45).event_date == date(2025, 9, 15)


def test_a_figure_free_sentence_dates_the_figures_after_it() -> None:
    got = claims_of(
        "Russia and Ukraine swapped prisoners on Sunday. Kyiv said 64 Ukrainian soldiers had "
        "come home.",
        WED,
    )
    assert one(got, 64).event_date == date(2025, 9, 14)


def test_vague_week_gives_no_day() -> None:
    c = one(claims_of("Ukraine returned 38 bodies to Russia earlier this week, Moscow said."), 38)
    assert (c.event_date, c.date_precision) == (None, "week")


def test_the_library_entry_point_survives_importing_the_package() -> None:
    import sayso
    import sayso.extract.places  # noqa: F401  (rebinds sayso.extract to the package)

    got = sayso.extract(
        "Report\n\nRussia handed 70 bodies to Ukraine on Monday, Kyiv said.", published=WED
    )
    assert [(c.measure, c.value, c.claimant) for c in got] == [("remains_returned", 70, "UKRGOV")]


# -- more directions and counts -----------------------------------------------------------


def test_in_exchange_for_sends_the_figure_the_other_way() -> None:
    got = claims_of(
        "Israel said eleven hostages would be freed in exchange for 300 Palestinian detainees."
    )
    c = one(got, 11)
    assert (c.from_code, c.to_code, c.stance) == ("PSE", "ISR", "expects")
    c = one(got, 300)
    assert (c.from_code, c.to_code) == ("ISR", "PSE")


def test_the_first_destination_that_names_a_side() -> None:
    got = claims_of(
        "Four hostages were handed to the Red Cross in Rafah and then to Israeli soldiers on "
        "Sunday, the Israeli military said."
    )
    c = one(got, 4)
    assert (c.from_code, c.to_code, c.claimant) == ("PSE", "ISR", "ISRMIL")


def test_how_many_refers_to_the_noun_of_the_sentence_before() -> None:
    got = claims_of(
        "Ukraine's air force said 58 Russian drones were shot down overnight. Moscow did not "
        "say how many it had sent."
    )
    hidden = [c for c in got if c.undisclosed]
    assert [(c.measure, c.from_code, c.to_code, c.claimant) for c in hidden] == [
        ("drones_launched", "RUS", "UKR", "RUSGOV")
    ]


def test_undisclosed_direction_from_the_nouns_own_verb() -> None:
    got = claims_of(
        "Ukraine got back 300 bodies on Friday, Kyiv said. Kyiv made no mention of any bodies "
        "sent to Russia."
    )
    hidden = [c for c in got if c.undisclosed]
    assert {(c.measure, c.from_code, c.to_code) for c in hidden} == {
        ("remains_returned", "UKR", "RUS")
    }


@pytest.mark.parametrize(
    ("body", "measure", "value"),
    [
        ("Russia fired 12 missiles at Ukraine. Officials put the toll at six dead.", "killed", 6),
        ("Russia fired 12 missiles at Ukraine. The death toll rose to 11.", "killed", 11),
        (
            "Ukraine fired 40 drones at Russia overnight. The mayor put the number shot down "
            "near the city at 15.",
            "drones_downed",
            15,
        ),
    ],
)
def test_a_figure_put_on_a_count_noun(body: str, measure: str, value: int) -> None:
    assert one(claims_of(body), value).measure == measure


def test_set_to_is_future_but_set_free_is_not() -> None:
    got = claims_of(
        "Russia set free 40 Ukrainian civilians on Monday, Kyiv said. Russia is set to return "
        "25 more on Friday, Kyiv said."
    )
    assert one(got, 40).event_date == date(2025, 9, 15)
    c = one(got, 25)
    assert (c.stance, c.event_date) == ("expects", date(2025, 9, 19))


def test_a_place_named_alone_counts_as_its_sides_ground() -> None:
    got = claims_of("Israel said three hostages were brought back from Khan Younis on Monday.")
    c = one(got, 3)
    assert (c.from_code, c.to_code) == ("PSE", "ISR")


def test_an_event_in_a_past_year_has_no_day() -> None:
    got = claims_of(
        "It was the largest swap since 2019, when Russia and Ukraine each freed 35 prisoners, "
        "Kyiv said."
    )
    assert {c.event_date for c in got} == {None}


def test_people_arriving_home_come_to_the_speakers_side() -> None:
    got = claims_of(
        "Ukraine freed 40 prisoners on Monday. The Kremlin counted 38 people arriving home."
    )
    c = one(got, 38)
    assert (c.from_code, c.to_code, c.claimant) == ("UKR", "RUS", "RUSGOV")


def test_undisclosed_launches_go_the_way_of_the_attack_stated() -> None:
    got = claims_of(
        "Russia's defence ministry said 120 Ukrainian drones were downed overnight. Kyiv's "
        "army did not say how many drones had been launched."
    )
    hidden = [c for c in got if c.undisclosed]
    assert [(c.measure, c.from_code, c.to_code) for c in hidden] == [
        ("drones_launched", "UKR", "RUS")
    ]


def test_a_bare_count_on_a_kill_verb_is_a_toll_not_a_weapon() -> None:
    got = claims_of("Russia fired 30 missiles at Ukraine on Monday, Kyiv said; six killed.")
    assert {(c.measure, c.value) for c in got} == {("missiles_launched", 30), ("killed", 6)}


def test_parts_named_by_their_giver_and_destination() -> None:
    got = claims_of(
        "Belarus said 30 prisoners had arrived from Ukraine. Turkey said 12 of those freed by "
        "Russia were flown to Poland and five to Lithuania."
    )
    assert ("prisoners_released", "RUS", "POL", 12, None, False) in facts(got)
    assert ("prisoners_released", "RUS", "LTU", 5, None, False) in facts(got)


def test_let_go_is_a_release() -> None:
    got = claims_of(
        "Two journalists were among 26 prisoners Russia let go on Monday, Ukraine said."
    )
    c = one(got, 26)
    assert (c.measure, c.from_code, c.to_code) == ("prisoners_released", "RUS", "UKR")


def test_a_lone_number_misread_as_a_date_is_still_a_count() -> None:
    got = claims_of(
        "Ukraine fired 90 drones at Russia overnight. The governor put the number shot down "
        "over his region at 31."
    )
    assert one(got, 31).measure == "drones_downed"


def test_weapons_left_uncounted_are_drones_and_missiles() -> None:
    got = claims_of(
        "Russia's strike killed four people in Odesa, Ukraine's air force said. It gave no "
        "figures for the weapons used."
    )
    hidden = {(c.measure, c.from_code, c.to_code) for c in got if c.undisclosed}
    assert hidden == {("drones_launched", "RUS", "UKR"), ("missiles_launched", "RUS", "UKR")}


def test_n_people_for_n_on_a_given_day_is_that_day_s_swap_both_ways() -> None:
    got = claims_of("On Tuesday, Russia and Ukraine traded 63 captives for 63, Kyiv said.")
    assert facts(got) == {
        ("prisoners_released", "RUS", "UKR", 63, None, False),
        ("prisoners_released", "UKR", "RUS", 63, None, False),
    }
    assert {c.event_date for c in got} == {date(2025, 9, 16)}  # a dated stage, not the deal


@pytest.mark.parametrize(
    ("body", "killed", "wounded"),
    [
        ("Ukrainian drones killed three people and 18 injured in the Kursk region, "
         "Russian officials said.", 3, 18),
        ("Russian shelling killed four Ukrainian civilians and left 23 injured in Kherson, "
         "the regional administration said.", 4, 23),
        ("Five people were killed and 31 wounded when Russian missiles hit Dnipro, "
         "Ukrainian officials said.", 5, 31),
    ],
)
def test_a_participle_after_the_figure_is_its_own_verb(body: str, killed: int, wounded: int):
    """"killed three and 18 injured": the 18 are wounded, not killed."""
    got = {(c.measure, c.value) for c in claims_of(body)}
    assert got == {("killed", killed), ("wounded", wounded)}


def test_a_partitive_relative_clause_tells_of_a_part_not_the_whole() -> None:
    """"126 drones, of which 79 were shot down": 126 launched, 79 downed by the defender."""
    got = facts(claims_of(
        "Ukraine's air force said Russia launched 126 drones and two cruise missiles at "
        "Ukraine overnight, of which 79 drones were shot down."
    ))
    assert ("drones_launched", "RUS", "UKR", 126, None, False) in got
    assert ("drones_downed", "UKR", "RUS", 79, None, False) in got
    assert not any(f[0] == "drones_downed" and f[3] == 126 for f in got)


@pytest.mark.parametrize(
    "body",
    [
        "Seventeen Armenian detainees were released by Azerbaijan on Friday, Yerevan said.",
        "Eleven Ukrainian soldiers were handed back by Russia on Friday, Kyiv said.",
    ],
)
def test_a_number_word_opening_the_lede_counts_its_noun(body: str) -> None:
    """A number word opening the lede under a headline counts its noun (the tagger may read
    it as a name there)."""
    assert {(c.measure, c.value) for c in claims_of(body, headline="Detainees home")} == {
        ("prisoners_released", 17 if body.startswith("Seventeen") else 11)
    }


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Under the accord, 41 Armenian detainees are due to be freed by Azerbaijan in the first "
         "stage.", ("prisoners_released", "AZE", "ARM", 41, None, False)),
        ("Under the plan, 26 Ukrainian soldiers are due to be handed over by Russia next week.",
         ("prisoners_released", "RUS", "UKR", 26, None, False)),
    ],
)
def test_due_to_be_freed_is_a_plan_to_free(body: str, fact: tuple) -> None:
    """"are due to be freed": the figure's verb is reached through the adjective."""
    got = claims_of(body)
    assert fact in facts(got)
    assert all(c.stance == "expects" for c in got)
