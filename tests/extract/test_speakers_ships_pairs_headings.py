"""Who speaks and for which side, on sentences written for these tests: a navy's ship names
its state, Western states acting together are the West, a headline's bare speaker is the body
the lede names, a silence hung on the reported clause is the reporter's, "the two sides" speak
each for itself, and "…, adding that" keeps the speaker of its sentence."""

from datetime import date

from extract_helpers import attributed, grounded

PUBLISHED = date(2025, 9, 20)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


# -- a ship's prefix names the navy's state; "the group" that fires is the movement


def test_uss_ship_is_american_and_the_group_that_fired_is_the_movement():
    got = facts(
        "Israeli jets struck the port of Hodeidah on Sunday. The Houthis' spokesman said the "
        "group had fired six missiles at the destroyer USS Stockdale."
    )
    assert got == [("missiles_launched", "YEM", "USA", 6, "YEMGOV", ())]


def test_hms_ship_is_british():
    got = facts(
        "A Houthi drone boat was destroyed on Monday. The Houthis said they had launched nine "
        "drones at HMS Diamond."
    )
    assert got == [("drones_launched", "YEM", "GBR", 9, "YEMGOV", ())]


# -- two states of one bloc coordinated in one phrase act as the bloc


def test_american_and_british_strikes_are_the_west():
    got = facts(
        "American and British warplanes struck Hodeidah overnight, killing six people, the "
        "Houthi-run health ministry said."
    )
    assert got == [("killed", "WST", "YEM", 6, "YEMGOV", ())]


def test_two_western_states_speaking_together_are_the_west():
    got = facts(
        "The United Kingdom and the United States said their jets had shot down 20 Houthi "
        "drones over the Red Sea."
    )
    assert got == [("drones_downed", "WST", "YEM", 20, "WST", ())]


def test_one_member_of_the_bloc_stays_itself():
    got = facts("The United States said its jets had shot down 14 Houthi drones on Friday.")
    assert got == [("drones_downed", "USA", "YEM", 14, "USAGOV", ())]


# -- a headline's bare "ministry" / "air force" is the body the lede names


def test_headline_ministry_is_the_ministry_the_lede_names():
    got = facts(
        "Air defences destroy 31 drones over Belgorod, ministry says\n\n"
        "Air defences destroyed 31 Ukrainian drones over the Belgorod region overnight, "
        "Russia's Defence Ministry said."
    )
    assert {g[4] for g in got} == {"RUSMIL"}
    assert {g[:4] for g in got} == {("drones_downed", "RUS", "UKR", 31)}


def test_topic_heading_yields_to_a_closing_attribution():
    got = facts(
        "Night raid: 64 drones and three missiles, air force says\n\n"
        "Russia launched 64 drones and three missiles at Ukraine overnight, Ukraine's air force "
        "said on Friday."
    )
    assert {g[4] for g in got} == {"UKRMIL"}
    assert {g[:4] for g in got} == {
        ("drones_launched", "RUS", "UKR", 64),
        ("missiles_launched", "RUS", "UKR", 3),
    }


def test_headline_topic_without_a_speaker_stays_the_articles_own():
    got = facts(
        "Night raid: 64 drones\n\n"
        "Russia launched 64 drones at Ukraine overnight, Ukraine's air force said on Friday."
    )
    assert ("drones_launched", "RUS", "UKR", 64, "SELF", ()) in got


# -- "another N" adds to the figure before: the same source goes on


def test_another_count_carries_the_source_to_a_partitive_after_it():
    got = facts(
        "Russia launched 70 drones and five missiles at Ukraine overnight, the air force said. "
        "Another 20 drones were shot down over the south. Three of the missiles were "
        "intercepted."
    )
    assert ("missiles_downed", "UKR", "RUS", 3, "UKRMIL", ()) in got


# -- "X said A, but did not say how many …": X's silence, not A's subject's


def test_silence_hung_on_the_reported_clause_is_the_reporters():
    got = grounded(
        "Ukraine said it had freed 80 Russian soldiers. Russian ombudswoman Tatyana Moskalkova "
        "said Russia had received 80 of its soldiers, but did not say how many Ukrainians had "
        "been sent back.",
        PUBLISHED,
    )
    silent = [c for c in got if c.undisclosed]
    assert silent and {(c.claimant, tuple(c.via)) for c in silent} == {("RUSOMB", ())}


# -- "the two sides said": each side states it


def test_the_two_governments_each_state_the_swap():
    got = facts(
        "Armenia and Azerbaijan each handed over 12 detainees on Tuesday, the two governments "
        "said."
    )
    assert got == [
        ("prisoners_released", "ARM", "AZE", 12, "ARMGOV", ()),
        ("prisoners_released", "ARM", "AZE", 12, "AZEGOV", ()),
        ("prisoners_released", "AZE", "ARM", 12, "ARMGOV", ()),
        ("prisoners_released", "AZE", "ARM", 12, "AZEGOV", ()),
    ]


def test_two_countries_without_the_are_not_the_pair():
    got = facts(
        "Russia freed 30 Ukrainian soldiers on Tuesday, two countries that mediated said."
    )
    assert {g[4] for g in got} != {"RUSGOV", "UKRGOV"}


# -- "…, X said, adding that …": X states what it adds


def test_adding_that_keeps_the_speaker_of_its_sentence():
    got = facts(
        "Kyiv returned 20 Russian soldiers on Friday, Ukraine's coordination headquarters said, "
        "adding that Moscow had freed 22 Ukrainians."
    )
    assert got == [
        ("prisoners_released", "RUS", "UKR", 22, "UKRGOV", ()),
        ("prisoners_released", "UKR", "RUS", 20, "UKRGOV", ()),
    ]


def test_participle_hung_on_the_reported_clause_is_still_the_speakers():
    got = facts(
        "Ukraine's ombudsman said Ukraine had received 95 people from Russia, noting that 60 "
        "soldiers and 35 civilians were among them."
    )
    assert {g[4:] for g in got} == {("UKROMB", ())}


# -- "It said" after a body that spoke without a figure ("did not comment") is that body


def test_pronoun_after_a_figureless_statement_is_its_speaker():
    got = facts(
        "Azerbaijan said its troops came under fire near Lachin. Armenia's foreign ministry did "
        "not comment on the incident. It said Azerbaijani shelling had wounded three Armenian "
        "soldiers on Friday, adding that two civilians were also hurt."
    )
    assert got == [
        ("wounded", "AZE", "ARM", 2, "ARMGOV", ()),
        ("wounded", "AZE", "ARM", 3, "ARMGOV", ()),
    ]


def test_it_does_not_stand_for_a_person_who_did_not_comment():
    got = facts(
        "Azerbaijan's defence ministry said three Armenian drones were shot down on Friday. "
        "Armenian Prime Minister Nikol Pashinyan did not comment. It said two more drones were "
        "downed near Lachin."
    )
    assert {g[4:] for g in got} == {("AZEMIL", ())}


# -- two sides named one by one as the speaker: each states it


def test_two_capitals_as_one_subject_each_state_the_figure():
    got = facts("Moscow and Kyiv said each side had freed 90 prisoners of war on Friday.")
    assert {g[4] for g in got} == {"RUSGOV", "UKRGOV"}
    assert {g[:4] for g in got} == {
        ("prisoners_released", "RUS", "UKR", 90),
        ("prisoners_released", "UKR", "RUS", 90),
    }


def test_officials_in_both_capitals_each_state_the_figure():
    got = facts(
        "Russia and Ukraine swapped 90 prisoners each on Friday, officials in both capitals said."
    )
    assert {g[4] for g in got} == {"RUSGOV", "UKRGOV"}


# -- a translated readout: the name glued to the cue after a comma speaks for the sentence


def test_name_set_off_before_a_coordinated_cue_speaks():
    got = facts(
        "The Russian side transferred 205 Ukrainian servicemen in exchange for 205 Russian "
        "servicemen, Russian Presidential Aide Yuri Ushakov informed journalists."
    )
    assert {g[4:] for g in got} == {("RUSGOV", ())}
    assert {g[:4] for g in got} == {
        ("prisoners_released", "RUS", "UKR", 205),
        ("prisoners_released", "UKR", "RUS", 205),
    }


# -- a heading "Speaker: figure" keeps its speaker, masked before the parse


def test_speaker_before_a_colon_in_a_headline_claims_its_figure():
    got = facts(
        "Kremlin: 75 Russians freed\n\nThe Kremlin said on Friday that Ukraine had freed 75 "
        "Russian soldiers."
    )
    assert {g[4:] for g in got} == {("RUSGOV", ())}
