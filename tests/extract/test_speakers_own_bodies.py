"""Speakers that are no state's or that speak for themselves: a spokesman for a group no
lexicon knows, a second "X said" conjoined inside the first one's report, and an unnamed army
telling of its own side's strike. Sentences written for these tests, two phrasings at least."""

from datetime import date

from extract_helpers import attributed, grounded

PUBLISHED = date(2016, 4, 16)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


# -- a spokesman for a body no lexicon knows speaks for that body, not for a state nearby


def test_spokesman_for_unnamed_monitoring_body_is_no_state():
    got = facts(
        "Lena Brandt, a spokeswoman for the independent monitoring group, said Armenia freed "
        "17 Azerbaijani detainees on Friday."
    )
    assert got == [("prisoners_released", "ARM", "AZE", 17, "NGO", ())]


def test_official_of_rights_organisation_is_no_state():
    got = facts(
        "Tomas Varga, an official of the rights organisation, told reporters that Azerbaijan "
        "handed over 9 Armenian prisoners on Friday."
    )
    assert [g[4] for g in got] == ["NGO"]
    assert got[0][:4] == ("prisoners_released", "AZE", "ARM", 9)


def test_spokesman_for_named_body_takes_its_initials():
    got = facts(
        "Mira Holm, a spokeswoman for the Caspian Detainee Watch, said Azerbaijan freed 21 "
        "Armenian prisoners on Friday."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 21, "CDW", ())]


def test_spokesman_for_state_body_keeps_its_state():
    got = facts(
        "A spokesman for the Armenian defence ministry said Azerbaijan freed 6 Armenian "
        "soldiers on Friday."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 6, "ARMMIL", ())]


def test_spokesman_for_an_armed_group_is_not_a_monitor():
    got = facts(
        "Hamas said talks were continuing. Sami Aziz, a spokesman for the militant group, said "
        "Israel released 25 Palestinian prisoners on Friday."
    )
    assert got and all(g[4] != "NGO" for g in got)


# -- "X said A, and Y said B": Y's report is not relayed by X


def test_conjoined_report_is_the_second_speakers_own():
    got = facts(
        "Yerevan said 31 Armenian soldiers had come home, and Baku said it received 31 "
        "Azerbaijani troops on Friday."
    )
    assert ("prisoners_released", "ARM", "AZE", 31, "AZEGOV", ()) in got
    assert all(g[5] == () for g in got)


def test_conjoined_report_other_phrasing():
    got = facts(
        "Kyiv said 52 Ukrainian soldiers were freed on Friday, while Moscow said it had "
        "received 52 Russian servicemen."
    )
    assert ("prisoners_released", "UKR", "RUS", 52, "RUSGOV", ()) in got
    assert all(g[5] == () for g in got)


# -- an unnamed army after a state's strike is that state's army


def test_army_reporting_its_states_strike():
    got = facts(
        "Turkey struck positions in northern Iraq on Friday, killing 14 fighters, the army said."
    )
    assert got == [("killed", "TUR", "IRQ", 14, "TURMIL", ())]


def test_military_reporting_its_states_shelling():
    got = facts(
        "Azerbaijan shelled Armenian positions on Friday, killing three soldiers, the military "
        "said."
    )
    assert [g[4] for g in got] == ["AZEMIL"]


def test_air_force_counting_a_launch_is_the_defenders():
    got = facts("Russia launched 64 drones at Ukraine overnight, the air force said.")
    assert got == [("drones_launched", "RUS", "UKR", 64, "UKRMIL", ())]


# -- a source's own record of what it told another: the one told relays nothing


def test_told_a_leader_according_to_own_readout():
    got = facts(
        "Ilham Aliyev told French President Emmanuel Macron in a call on Friday that Azerbaijan "
        "was ready to free 30 Armenian detainees, according to a readout from the Azerbaijani "
        "president's office."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 30, "AZEGOV", ())]


def test_told_a_minister_according_to_own_ministry():
    got = facts(
        "Armenia's foreign minister told his Georgian counterpart on Friday that Yerevan had "
        "handed over 11 Azerbaijani prisoners, according to the Armenian foreign ministry."
    )
    assert [g[4:] for g in got] == [("ARMGOV", ())]


def test_told_an_outlet_still_relays():
    got = facts(
        "Azerbaijan's foreign minister told Interfax on Friday that Baku had freed 11 Armenian "
        "prisoners."
    )
    assert [g[4:] for g in got] == [("AZEGOV", ("INTERFAX",))]


# -- "the group" refers back to the side's body last named by its own name


def test_group_spokesman_refers_back_to_named_movement():
    got = facts(
        "The Houthis said the talks in Muscat had stalled. A spokesman for the group said Saudi "
        "Arabia freed 16 Yemeni prisoners on Friday."
    )
    assert got == [("prisoners_released", "SAU", "YEM", 16, "YEMGOV", ())]


def test_groups_spokesman_possessive_phrasing():
    got = facts(
        "Hezbollah said the bodies were on their way. The group's spokesman said Israel handed "
        "over the remains of 7 Lebanese fighters on Friday."
    )
    assert [g[4] for g in got] == ["LBNGOV"]


def test_movements_armed_wing_takes_the_military_role():
    got = facts(
        "Hamas said the lists had been exchanged. The movement's armed wing said it had freed "
        "three Israeli hostages on Friday."
    )
    assert got == [("prisoners_released", "PSE", "ISR", 3, "PSEMIL", ())]


# -- an outlet no gazetteer lists, where an outlet stands, is coded by its name


def test_told_an_unlisted_outlet_is_via():
    got = facts(
        "A senior Armenian official told Radio Caucasus that Azerbaijan had freed 8 Armenian "
        "prisoners on Friday."
    )
    assert [g[4] for g in got] == ["ARMGOV"]
    assert len(got[0][5]) == 1 and got[0][5][0].startswith("RADIO")


def test_closing_according_to_source_cited_by_outlet():
    got = facts(
        "Azerbaijan freed 8 Armenian prisoners on Friday, according to an Armenian official "
        "cited by Interfax."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 8, "ARMGOV", ("INTERFAX",))]


def test_a_party_keeping_silent_is_not_coded_as_an_outlet():
    got = facts(
        "The Southern Liberation Front did not say how many prisoners it had freed on Friday."
    )
    assert all(g[4] != "SOUTHERNLIBERATIONFRONT" for g in got)


# -- "speaking to Z" and "in an interview with Z" relay like "told Z"


def test_speaking_to_an_outlet_is_via():
    got = facts(
        "Speaking to Interfax, an Armenian official said Azerbaijan had freed 6 Armenian "
        "prisoners on Friday."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 6, "ARMGOV", ("INTERFAX",))]


def test_interview_with_an_outlet_is_via():
    got = facts(
        "In an interview with the BBC on Friday, the Armenian ombudsman said Azerbaijan had "
        "handed over 4 Armenian detainees."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 4, "ARMOMB", ("BBC",))]


def test_said_in_an_interview_with_an_outlet_is_via():
    got = facts(
        "Azerbaijan's ombudsman said in an interview with Interfax that Armenia had handed over "
        "5 Azerbaijani detainees on Friday."
    )
    assert got == [("prisoners_released", "ARM", "AZE", 5, "AZEOMB", ("INTERFAX",))]


def test_person_of_a_named_rights_group_speaks_for_it():
    got = facts(
        "Maria Hakobyan of the rights group Helsinki Watch said Azerbaijan had released 7 "
        "Armenian civilians on Friday."
    )
    assert got == [("prisoners_released", "AZE", "ARM", 7, "HW", ())]


def test_spokeswoman_for_a_group_given_by_name():
    got = facts(
        "Lale Aliyeva, a spokeswoman for the Baku-based monitoring group Caspian Detention "
        "Watch, said Armenia had freed 5 Azerbaijani civilians on Friday."
    )
    assert got == [("prisoners_released", "ARM", "AZE", 5, "CDW", ())]


# -- a cue the parser cut off from its statement still states it


def test_speaker_set_off_by_for_their_part():
    got = facts(
        "Armenian officials said 5 people were wounded in Syunik on Friday. Azerbaijani "
        "officials, for their part, said Armenian shelling killed two people in Tovuz."
    )
    assert ("killed", "ARM", "AZE", 2, "AZEGOV", ()) in got


def test_headline_cue_does_not_state_the_body():
    got = facts("Talks to resume, Baku says\n\nAzerbaijan freed 9 Armenian prisoners on Friday.")
    assert got == [("prisoners_released", "AZE", "ARM", 9, "SELF", ())]


def test_talking_with_a_state_is_no_source():
    got = facts("Armenia freed 12 Azerbaijani prisoners on Friday after talking with Georgia.")
    assert got == [("prisoners_released", "ARM", "AZE", 12, "SELF", ())]
