"""Who speaks, on sentences written for these tests: UN bodies named by their own names
(UNICEF, UNHCR speak as the UN; the WHO as the WHO), none the voice of a report by another UN
office; an unnamed army that says it killed a named side's fighters, or that a group named by
its own name killed, is that side's enemy; a
headline "Kyiv says air defences down 52 drones" whose figure the parser hangs loose off "says"
is still what Kyiv says; a report of its own in an "as X said" clause is not relayed by the
cue that closes the main clause."""

from datetime import date

import pytest
from extract_helpers import attributed, grounded, headed

PUBLISHED = date(2026, 5, 12)  # a Tuesday


def facts(body: str, headline: str = "Report") -> list[tuple]:
    return attributed(headed(body, PUBLISHED, headline=headline))


# -- UN bodies by their own names: the UN's funds and offices speak as the UN, the WHO (an
# agency with a short name of its own) as the WHO, also where "the WHO" is parsed as "who"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Israeli strikes hit Rafah overnight. The WHO said the strikes killed 17 people.", "WHO"),
        ("Israeli strikes hit Rafah overnight.\n\nWHO said the strikes killed 17 people.", "WHO"),
        ("The World Health Organization said Israeli strikes killed 17 people in Rafah.", "WHO"),
        ("UNICEF said Israeli strikes killed 17 people in Rafah.", "UN"),
        ("The UN refugee agency UNHCR said Israeli strikes killed 17 people in Rafah.", "UN"),
    ],
)
def test_un_bodies_speak_under_their_codes(body: str, code: str) -> None:
    assert facts(body) == [("killed", "ISR", "PSE", 17, code, ())]


def test_another_un_body_in_a_un_report_is_no_own_voice() -> None:
    text = ("Flash update: Sumy\n\nRussian drones struck Sumy overnight. UNICEF said the strike "
            "on a clinic wounded eight children.")
    got = attributed(grounded(text, PUBLISHED, outlet="OCHA"))
    assert ("wounded", "RUS", "UKR", 8, "UN", ()) in got


def test_the_reports_own_agency_stays_own_voice() -> None:
    # negative: OCHA's own words in an OCHA report are the report's
    text = ("Flash update: Sumy\n\nRussian drones struck Sumy overnight. OCHA said the strike on "
            "a clinic wounded eight health workers.")
    got = attributed(grounded(text, PUBLISHED, outlet="OCHA"))
    assert ("wounded", "RUS", "UKR", 8, "SELF", ()) in got


def test_lower_case_who_is_no_agency() -> None:
    # negative: the relative pronoun "who" names no one
    got = facts("Russian drones killed six people who were sheltering in Sumy, the governor said.")
    assert [(c[0], c[1], c[2], c[3]) for c in got] == [("killed", "RUS", "UKR", 6)]
    assert got[0][4] != "UN"


def test_a_states_security_council_stays_the_states() -> None:
    # negative: only the UN Security Council is the UN's
    got = facts("Russia's Security Council said Ukrainian drones killed three people in Belgorod.")
    assert got and all(c[4] != "UN" for c in got)


# -- an army that says it killed a group's fighters


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Israeli jets pounded villages in south Lebanon. The army said it had killed seven "
         "Hezbollah fighters.", ("killed", "ISR", "LBN", 7, "ISRMIL", ())),
        ("Israeli jets pounded villages in south Lebanon on Monday. The army said its aircraft "
         "killed seven Hezbollah fighters near Bint Jbeil.",
         ("killed", "ISR", "LBN", 7, "ISRMIL", ())),
        ("Israeli forces pressed on in Khan Younis. The military said it killed 11 Hamas gunmen.",
         ("killed", "ISR", "PSE", 11, "ISRMIL", ())),
    ],
)
def test_army_killing_a_groups_fighters_is_its_enemy(body: str, want: tuple) -> None:
    assert want in facts(body)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Hezbollah launched rockets at Israel overnight. The army said Hezbollah fighters "
         "killed three soldiers near Metula.", ("killed", "LBN", "ISR", 3, "ISRMIL", ())),
        ("Israeli jets struck Khan Younis. The military said a Hamas ambush killed four "
         "soldiers.", ("killed", "PSE", "ISR", 4, "ISRMIL", ())),
    ],
)
def test_army_telling_a_groups_kill_is_its_enemy(body: str, want: tuple) -> None:
    assert want in facts(body)


def test_army_counting_its_attackers_unchanged() -> None:
    # negative: an army telling of a group's attack on its state stays that state's
    got = facts("Hezbollah fired 18 rockets at Israel, the army said.")
    assert ("missiles_launched", "LBN", "ISR", 18, "ISRMIL", ()) in got


# -- a headline's loose figure after "says"


@pytest.mark.parametrize(
    ("headline", "body", "want"),
    [
        ("Kyiv says air defences down 38 Russian drones", "Overnight attacks hit the capital.",
         ("drones_downed", "UKR", "RUS", 38, "UKRGOV", ())),
        ("Kyiv says air defences down 38 Russian drones",
         "Ukrainian air defences shot down 38 Russian drones overnight, the air force said.",
         ("drones_downed", "UKR", "RUS", 38, "UKRGOV", ())),
        ("Moscow says air defences down 23 Ukrainian drones",
         "Russian air defences destroyed 23 Ukrainian drones, the defence ministry said.",
         ("drones_downed", "RUS", "UKR", 23, "RUSGOV", ())),
    ],
)
def test_capital_before_says_in_headline_speaks(headline: str, body: str, want: tuple) -> None:
    assert want in facts(body, headline)


def test_headline_without_cue_stays_own_voice() -> None:
    # negative: a headline with no speaker is the outlet's own
    got = facts("Ukrainian air defences shot down 38 Russian drones overnight, the air force said.",
                "Air defences down 38 Russian drones")
    assert ("drones_downed", "UKR", "RUS", 38, "SELF", ()) in got


# -- a report of its own below a wrapped clause


def test_subordinate_report_is_not_relayed_by_the_wrapping_cue() -> None:
    got = facts("Israeli air strikes killed eight people in south Lebanon, the health ministry "
                "said, as the army said it had killed five Hezbollah fighters.")
    assert ("killed", "ISR", "LBN", 5, "ISRMIL", ()) in got
    assert ("killed", "ISR", "LBN", 8, "LBNGOV", ()) in got


def test_wrapping_cue_still_relays_a_participle() -> None:
    # negative: "adding that" has no speaker of its own; the closing cue still relays it
    got = facts("Russia said its air defences downed 31 Ukrainian drones, adding that 12 were "
                "destroyed over Kursk, TASS reported.")
    assert ("drones_downed", "RUS", "UKR", 31, "RUSGOV", ("TASS",)) in got
