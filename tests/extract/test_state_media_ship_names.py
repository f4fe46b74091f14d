"""Who speaks and for which side, on sentences written for these tests: an outlet marked as its
state's ("state-run", "official") is that state's media whatever its own name, and a navy's
ship prefix names the ship's state over any place or country inside the ship's name."""

from datetime import date

from extract_helpers import attributed, grounded

PUBLISHED = date(2025, 9, 20)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


# -- state media speaking in its own name is the state's MED


def test_state_run_agency_with_its_own_name_is_state_media():
    got = facts(
        "Israeli jets struck southern Lebanon on Friday. Lebanon's state-run National News "
        "Agency reported that a strike on a house in Nabatieh killed five people on Friday."
    )
    assert got == [("killed", "ISR", "LBN", 5, "LBNMED", ())]


def test_official_agency_followed_by_its_name_is_state_media():
    got = facts(
        "Israeli jets struck near Damascus on Friday. Syria's official news agency SANA said "
        "the strikes killed two soldiers on Friday."
    )
    assert got == [("killed", "ISR", "SYR", 2, "SYRMED", ())]


def test_state_owned_broadcaster_is_state_media():
    got = facts(
        "Israel struck Iran overnight. Iran's state-owned broadcaster said the strikes had "
        "killed 14 people in Tabriz."
    )
    assert got == [("killed", "ISR", "IRN", 14, "IRNMED", ())]


def test_state_media_citing_a_ministry_is_a_relay():
    got = facts(
        "Israeli jets struck southern Lebanon on Friday. The state-run National News Agency, "
        "citing the health ministry, said the strikes killed seven people."
    )
    assert got == [("killed", "ISR", "LBN", 7, "LBNGOV", ("LBNMED",))]


def test_semi_official_agency_keeps_its_own_name():
    got = facts(
        "Israel struck Iran overnight. Iran's semi-official Mehr news agency said Israeli "
        "strikes had killed nine people."
    )
    assert got == [("killed", "ISR", "IRN", 9, "MEHR", ())]


def test_a_bodys_official_channel_is_the_body():
    got = facts(
        "The Ukrainian air force's official channel said air defences had shot down 40 "
        "Russian drones overnight."
    )
    assert got == [("drones_downed", "UKR", "RUS", 40, "UKRMIL", ())]


def test_unmarked_agency_keeps_its_own_name():
    # an agency the lexicon does not know as its state's (the official ones are listed in
    # actors.tsv, see test_speakers_round11.py) keeps its own name
    got = facts(
        "Israeli jets struck southern Lebanon on Friday. Lebanon's Cedar News Agency "
        "reported that Israeli strikes killed three people."
    )
    assert got == [("killed", "ISR", "LBN", 3, "CEDARNEWS", ())]


# -- a ship's prefix names its navy's state over a place inside the name


def test_ship_named_after_a_town_is_its_navys():
    got = facts(
        "A Houthi spokesman said the group had fired four missiles at the frigate HMS "
        "Richmond on Friday."
    )
    assert got == [("missiles_launched", "YEM", "GBR", 4, "YEMGOV", ())]


def test_ship_named_after_a_country_word_is_its_navys():
    got = facts(
        "The Houthis said they had launched 11 drones at the cruiser USS Philippine Sea on "
        "Friday."
    )
    assert got == [("drones_launched", "YEM", "USA", 11, "YEMGOV", ())]


def test_ship_named_after_a_region_is_its_navys():
    got = facts("The Houthis said they had fired six drones at USS Normandy on Friday.")
    assert got == [("drones_launched", "YEM", "USA", 6, "YEMGOV", ())]


def test_a_town_outside_the_ship_name_still_places():
    got = facts(
        "The Houthis said a drone they fired at HMS Lancaster had missed, and that US strikes "
        "on Hodeidah killed three people on Friday."
    )
    assert ("killed", "USA", "YEM", 3, "YEMGOV", ()) in got


def test_official_agency_as_a_compound_before_its_name_is_state_media():
    got = facts(
        "Azerbaijani artillery shelled Armenian positions on Friday. Armenia's official news "
        "agency Armenpress reported that the shelling had wounded four soldiers."
    )
    assert got == [("wounded", "AZE", "ARM", 4, "ARMMED", ())]


# -- translated news names its source in the sentence after the figure


def test_this_was_reported_by_names_the_source_of_the_sentence_before():
    got = facts(
        "Report\n\nOvernight, Russian forces attacked Ukraine with 64 drones. This was reported "
        "by the Air Force of the Armed Forces of Ukraine."
    )
    assert got == [("drones_launched", "RUS", "UKR", 64, "UKRMIL", ())]


def test_source_reporting_this_after_the_figure_states_it():
    got = facts(
        "Report\n\nRussia struck Odesa overnight, killing two people. Regional officials "
        "reported this on Telegram."
    )
    assert got == [("killed", "RUS", "UKR", 2, "UKRGOV", ())]


def test_a_report_in_the_next_paragraph_does_not_reach_back():
    got = facts(
        "Report\n\nOvernight, Russian forces attacked Ukraine with 64 drones.\n\nThis was "
        "reported by the Air Force of the Armed Forces of Ukraine."
    )
    assert got == [("drones_launched", "RUS", "UKR", 64, "SELF", ())]


# -- the elided second figure of a reported clause keeps the speaker


def test_elided_wounded_after_killed_keeps_the_speaker():
    got = facts(
        "Armenia's defence ministry said two soldiers had been killed and six wounded by "
        "Azerbaijani fire in Syunik province on Friday."
    )
    assert got == [
        ("killed", "AZE", "ARM", 2, "ARMMIL", ()),
        ("wounded", "AZE", "ARM", 6, "ARMMIL", ()),
    ]


def test_ministry_of_national_defence_is_military():
    got = facts(
        "Thailand's Ministry of National Defence said Cambodian rockets had wounded nine "
        "civilians in Surin province on Friday."
    )
    assert got == [("wounded", "KHM", "THA", 9, "THAMIL", ())]


# -- a denied attack names no attacker


def test_a_leader_denying_an_attack_speaks_for_the_denying_side():
    got = facts(
        "Report\n\nAzerbaijani forces shelled Armenian positions near Syunik on Thursday, "
        "killing two soldiers.\n\nPrime Minister "
        "Ivo Tamarian said Armenia had not attacked first. He did not say how many Armenian "
        "soldiers had been wounded."
    )
    assert [(g[:4], g[4]) for g in got if g[3] is None] == [
        (("wounded", "AZE", "ARM", None), "ARMGOV")
    ]
