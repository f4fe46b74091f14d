"""Who speaks and for which side: reversed chains, a report closing two clauses, "both sides",
a pronoun owner ("Its air force"), and unnamed bodies that count what struck them. Sentences
written for these tests, in several phrasings each."""

from datetime import date

from extract_helpers import attributed, grounded

PUBLISHED = date(2025, 9, 20)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


# -- a pronoun inside what a named source states is that source, not the last sentence's


def test_said_it_and_claimed_keeps_the_first_speaker():
    got = facts(
        "Ukraine's foreign minister said the talks would resume. The Kremlin said it had "
        "received the list and claimed to have freed 40 Ukrainian prisoners on Friday."
    )
    assert got == [("prisoners_released", "RUS", "UKR", 40, "RUSGOV", ())]


def test_said_it_and_claimed_military_speaker():
    got = facts(
        "Ukraine's president said the city was calm. Russia's general staff said it had hit a "
        "fuel depot and claimed to have killed 70 Ukrainian soldiers."
    )
    assert got == [("killed", "RUS", "UKR", 70, "RUSMIL", ())]


def test_said_but_did_not_say_is_the_speakers_silence():
    got = facts(
        "Armenia said the talks had stalled. Azerbaijan said it had handed over the bodies of "
        "12 Armenian soldiers on Friday but did not say how many prisoners it still held."
    )
    assert ("remains_returned", "AZE", "ARM", 12, "AZEGOV", ()) in got
    assert {g[4:] for g in got} == {("AZEGOV", ())}


def test_said_but_would_not_say_capital_speaker():
    got = facts(
        "Russia's foreign ministry said talks were possible. Kyiv said it had shot down most "
        "of them but would not say how many drones had been launched."
    )
    assert got and {g[4:] for g in got} == {("UKRGOV", ())}


def test_he_refers_to_the_person_named_in_the_sentence():
    got = facts(
        "Russia's foreign ministry said talks were possible. Ukraine's ombudsman Dmytro "
        "Lubinets said he had confirmed that 45 prisoners were freed by Russia."
    )
    assert got == [("prisoners_released", "RUS", "UKR", 45, "UKROMB", ())]


def test_he_after_an_outlet_still_refers_back_to_the_person():
    got = facts(
        "Russia's foreign minister said talks were possible. Reuters reported that he said "
        "30 prisoners had been freed by Ukraine."
    )
    assert got == [("prisoners_released", "UKR", "RUS", 30, "RUSGOV", ("REUTERS",))]


# -- a report closing the sentence covers its first clause too; "officials on both sides"


def test_closing_report_covers_the_first_of_two_clauses():
    got = facts(
        "Twenty Armenian detainees were released by Azerbaijan on Monday, the second day of "
        "the talks, and Armenia freed 15 Azerbaijani prisoners in return, the Armenian foreign "
        "ministry said."
    )
    assert got == [
        ("prisoners_released", "ARM", "AZE", 15, "ARMGOV", ()),
        ("prisoners_released", "AZE", "ARM", 20, "ARMGOV", ()),
    ]


def test_officials_on_both_sides_give_each_side_its_claim():
    got = facts(
        "Azerbaijan handed over 12 Armenian prisoners on Tuesday, and Armenia released nine "
        "Azerbaijani soldiers in return, officials on both sides said."
    )
    assert got == [
        ("prisoners_released", "ARM", "AZE", 9, "ARMGOV", ()),
        ("prisoners_released", "ARM", "AZE", 9, "AZEGOV", ()),
        ("prisoners_released", "AZE", "ARM", 12, "ARMGOV", ()),
        ("prisoners_released", "AZE", "ARM", 12, "AZEGOV", ()),
    ]


def test_sources_in_both_governments_give_each_side_its_claim():
    got = facts(
        "Forty Ukrainian soldiers were handed over by Russia on Sunday, and Ukraine freed 35 "
        "Russian servicemen in return, sources in both governments said."
    )
    assert {(g[3], g[4]) for g in got} == {
        (40, "RUSGOV"), (40, "UKRGOV"), (35, "RUSGOV"), (35, "UKRGOV")
    }


# -- "Its air force": the owner is the subject before it, not the last body of that role


def test_possessive_owner_is_the_previous_sentences_subject():
    got = facts(
        "Kyiv gave no details at first. Its air force later said Russia had launched 95 "
        "drones at Ukraine overnight."
    )
    assert got == [("drones_launched", "RUS", "UKR", 95, "UKRMIL", ())]


def test_possessive_owner_against_a_foreign_nationality_in_the_sentence():
    got = facts(
        "Moscow declined to comment. Its defence ministry said later that air defences had "
        "destroyed 41 Ukrainian drones over the Belgorod region."
    )
    assert got == [("drones_downed", "RUS", "UKR", 41, "RUSMIL", ())]


# -- an unnamed body counting the victims speaks for the side struck, not the attacker


def test_emergency_service_counting_a_strike_on_a_place_is_that_places():
    got = facts(
        "The death toll from a Russian drone attack on Odesa has risen to 14, the regional "
        "emergency service said. A further 30 people were injured, the service said."
    )
    assert got == [
        ("killed", "RUS", "UKR", 14, "UKRGOV", ()),
        ("wounded", "RUS", "UKR", 30, "UKRGOV", ()),
    ]


def test_emergency_service_after_a_missile_strike():
    got = facts(
        "At least 9 people died in a Russian missile strike on Kharkiv on Tuesday, the "
        "emergency service said."
    )
    assert got == [("killed", "RUS", "UKR", 9, "UKRGOV", ())]


def test_governor_counting_a_drone_raid_on_his_region():
    got = facts(
        "Ukrainian drones hit Belgorod overnight, killing two people and wounding 11, the "
        "regional governor said."
    )
    assert got == [
        ("killed", "UKR", "RUS", 2, "RUSGOV", ()),
        ("wounded", "UKR", "RUS", 11, "RUSGOV", ()),
    ]


def test_a_paragraphs_first_word_starts_no_sentence_of_its_own():
    """The parser once split "Thirteen" off the paragraph under a headline, leaving the
    first clause with no subject and no speaker; a line's first word now runs on."""
    from sayso.nlp import load, sayso_lines

    doc = sayso_lines(load().make_doc("Swap report\n\nThirteen Armenian detainees were freed."))
    words = [t.text for t in doc]
    first = words.index("Thirteen")
    assert doc[first].is_sent_start and doc[first + 1].is_sent_start is False


# -- a clause ended by a semicolon stands alone: the cue after it does not state it


def test_headline_clause_before_a_semicolon_is_the_outlets_own():
    got = facts(
        "Armenia and Azerbaijan swap 40 detainees each; Baku says more talks planned\n\n"
        "The exchange took place at the border on Friday."
    )
    assert got == [
        ("prisoners_released", "ARM", "AZE", 40, "SELF", ()),
        ("prisoners_released", "AZE", "ARM", 40, "SELF", ()),
    ]


def test_body_clause_before_a_semicolon_is_the_outlets_own():
    got = facts(
        "Russia freed 25 Ukrainian soldiers on Friday; the Kremlin said talks would continue."
    )
    assert got == [("prisoners_released", "RUS", "UKR", 25, "SELF", ())]


# -- "the department" refers back to the body just heard from


def test_the_department_is_the_ministry_just_named():
    got = facts(
        "Russia's defence ministry reported a swap on Friday. \"As a result of the talks, 33 "
        "Russian servicemen were returned from Ukrainian-held territory,\" the department said."
    )
    assert got == [("prisoners_released", "UKR", "RUS", 33, "RUSMIL", ())]


def test_the_department_in_a_statement_is_the_ministry_just_named():
    got = facts(
        "Ukraine's defence ministry said on Friday that a swap had taken place. \"Forty-two "
        "defenders have returned home from Russian captivity,\" the department said in a "
        "statement."
    )
    assert got == [("prisoners_released", "RUS", "UKR", 42, "UKRMIL", ())]


# -- "X said it … but did not say how many": the silence is X's, not the last speaker's


def test_headquarters_said_it_but_did_not_say():
    got = facts(
        "Russia's ombudsman said the talks were difficult. Ukraine's coordination headquarters "
        "said it was preparing for further swaps but did not say how many soldiers it expected "
        "to bring home."
    )
    assert got and {g[4:] for g in got} == {("UKRGOV", ())}


def test_ministry_said_it_was_ready_but_did_not_say():
    got = facts(
        "Armenia's prime minister said the talks were difficult. Azerbaijan's foreign ministry "
        "said it was ready for another swap but did not say how many prisoners it expected to "
        "free."
    )
    assert got and {g[4:] for g in got} == {("AZEGOV", ())}
