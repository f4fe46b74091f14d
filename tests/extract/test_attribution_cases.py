"""Attribution, reporting chains, actors, stance and headlines, on sentences written for these
tests in several house styles (wire copy, live blog, translated state media, tabloid)."""

from datetime import date

from sayso import extract
from sayso.extract.headlines import mask_datelines, source_lines, speaker_prefixes

PUBLISHED = date(2025, 9, 20)  # a Saturday


def claims_of(text: str, outlet: str | None = None):
    got = extract(text, published=PUBLISHED, outlet=outlet)
    for c in got:
        assert text[c.span.start : c.span.end] == c.quote, "every claim is grounded"
    return got


def facts(text: str, outlet: str | None = None):
    return sorted(
        (c.measure, c.from_code, c.to_code, c.value, c.claimant, tuple(c.via), c.stance)
        for c in claims_of(text, outlet)
    )


def test_closing_per_marker_covers_a_figure_in_an_earlier_clause():
    got = facts(
        "Russia and Ukraine swapped prisoners on Thursday, starting with 45 soldiers from each "
        "side and ending with a group of civilians, per AP."
    )
    assert got == [
        ("prisoners_released", "RUS", "UKR", 45, "AP", (), "asserts"),
        ("prisoners_released", "UKR", "RUS", 45, "AP", (), "asserts"),
    ]


def test_closing_marker_stays_in_its_own_coordinated_clause():
    got = facts(
        "Russia reportedly handed over 300 Ukrainian bodies, but Moscow claims it has received "
        "none of its own, according to TASS."
    )
    assert ("remains_returned", "RUS", "UKR", 300, "SELF", (), "asserts") in got


def test_wrapping_agency_is_outermost_and_cited_ministry_the_claimant():
    c = claims_of(
        "Russia's defence ministry said on Friday that its air defences had destroyed 27 "
        "Ukrainian drones, Interfax reported, citing the ministry."
    )
    assert [(x.measure, x.from_code, x.to_code, x.value) for x in c] == [
        ("drones_downed", "RUS", "UKR", 27)
    ]
    assert c[0].claimant == "RUSMIL" and c[0].via == ["INTERFAX"]


def test_subject_with_quoting_participle_relays_its_source():
    c = claims_of(
        "RIA Novosti, quoting Russia's human rights commissioner, said Ukraine had handed over "
        "16 Russian civilians."
    )
    assert [(x.claimant, x.via, x.from_code, x.to_code, x.value) for x in c] == [
        ("RUSOMB", ["RIA"], "UKR", "RUS", 16)
    ]


def test_expletive_passive_with_agent_and_citing():
    c = claims_of(
        "It was reported by Ukrinform, citing the Ukrainian ombudsman, that Russia had freed "
        "eleven Ukrainian civilians."
    )
    assert [(x.claimant, x.via, x.value) for x in c] == [("UKROMB", ["UKRINFORM"], 11)]


def test_passive_cue_without_agent_has_no_speaker():
    c = claims_of("Ukraine was expected to free 50 Russian prisoners, according to Reuters.")
    assert [(x.claimant, x.via, x.stance) for x in c] == [("REUTERS", [], "expects")]


def test_denial_keeps_the_other_sides_direction():
    got = facts(
        "Russia's defence ministry said its forces shot down 64 Ukrainian drones. "
        "Ukraine's military denied that 64 drones had been downed."
    )
    assert ("drones_downed", "RUS", "UKR", 64, "UKRMIL", (), "denies") in got
    assert all(f[1:3] == ("RUS", "UKR") for f in got)


def test_figure_named_as_a_figure_restates_the_earlier_claim():
    got = facts(
        "Ukraine's air force said it intercepted 19 Russian missiles. "
        "The Kremlin dismissed the figure of 19 as invented."
    )
    assert ("missiles_downed", "UKR", "RUS", 19, "RUSGOV", (), "denies") in got


def test_unnamed_ministry_takes_the_country_of_the_state_agency_citing_it():
    c = claims_of(
        "Kyiv's claims were not addressed. TASS, citing the defence ministry, said Ukraine had "
        "handed over 41 Russian soldiers."
    )
    assert [(x.claimant, x.via) for x in c] == [("RUSMIL", ["TASS"])]


def test_other_ministry_is_not_the_ministry_met_before():
    got = facts(
        "Russia's defence ministry spoke first. Later, according to Ukraine's interior "
        "ministry, 212 bodies came back to Ukraine."
    )
    assert [g[4] for g in got] == ["UKRGOV"]


def test_statement_speaks_for_its_issuer():
    got = facts(
        "Israel's military issued a statement before dawn. Hamas handed over two Israeli "
        "hostages in Gaza, the statement said."
    )
    assert got == [("prisoners_released", "PSE", "ISR", 2, "ISRMIL", (), "asserts")]


def test_he_after_a_named_person_who_spoke_without_a_cue():
    got = facts(
        "Zelensky addressed the nation on Saturday. He said Russia had returned 150 Ukrainian "
        "soldiers."
    )
    assert got == [("prisoners_released", "RUS", "UKR", 150, "UKRGOV", (), "asserts")]


def test_list_of_western_states_is_the_west_as_one_party():
    got = facts(
        "Russia freed 11 people in return for five Russians jailed in the United States, "
        "Poland and Slovenia, the Kremlin said."
    )
    assert got == [
        ("prisoners_released", "RUS", "WST", 11, "RUSGOV", (), "asserts"),
        ("prisoners_released", "WST", "RUS", 5, "RUSGOV", (), "asserts"),
    ]


def test_member_of_the_bloc_named_as_destination_stays_itself():
    got = facts(
        "Russia freed 12 prisoners held for the United States, Germany and Norway. "
        "Of them, the Turkish spy agency said, seven were flown to Germany."
    )
    assert ("prisoners_released", "RUS", "DEU", 7, "TURINT", (), "asserts") in got


def test_wire_dateline_agency_is_the_author():
    text = (
        "KYIV, Sept 20 (Reuters) - Russia freed 26 Ukrainian soldiers on Friday, "
        "a Ukrainian official told Reuters."
    )
    masked, agencies = mask_datelines(text)
    assert len(masked) == len(text) and masked.startswith(" ") and agencies == ["Reuters"]
    c = claims_of(text, outlet="Lakes Daily")
    assert [(x.claimant, x.via, x.value) for x in c] == [("UKRGOV", [], 26)]


def test_capital_named_like_the_outlet_still_speaks():
    c = claims_of("Kyiv said Russia returned 90 bodies to Ukraine.", outlet="Kyiv Evening Star")
    assert [x.claimant for x in c] == ["UKRGOV"]


def test_source_line_attributes_the_lede_under_it():
    text = (
        "Night of drones\n\nSource: Russia's defence ministry\n\n"
        "Air defences destroyed 58 Ukrainian drones over Russian regions.\n\n"
        "Residents reported loud bangs."
    )
    assert [s for _, _, s in source_lines(text)] == ["Russia's defence ministry"]
    c = claims_of(text)
    assert [(x.measure, x.claimant, x.value) for x in c] == [("drones_downed", "RUSMIL", 58)]


def test_live_blog_speaker_colon_opens_the_entry():
    text = (
        "Live: the night in Ukraine\n\n"
        "07:15 \u2014 Ukraine's air force: Russia launched 63 drones at Ukraine overnight.\n\n"
        "07:30 \u2014 Trains are running late in the east."
    )
    assert len(speaker_prefixes(text)) == 1  # "Live" is no speaker
    c = claims_of(text)
    assert [(x.measure, x.from_code, x.to_code, x.claimant) for x in c] == [
        ("drones_launched", "RUS", "UKR", "UKRMIL")
    ]


def test_topic_before_a_colon_is_no_speaker():
    assert speaker_prefixes("Ukraine war: Russia fired 40 drones at Kyiv overnight.") == []


def test_verbless_headline_reads_its_direction_from_the_body():
    got = facts(
        "Two hostages home\n\nHamas released two Israeli hostages in Gaza on Friday, "
        "Israel's military said."
    )
    assert ("prisoners_released", "PSE", "ISR", 2, "SELF", (), "asserts") in got


def test_headline_demonym_picks_the_body_claim_of_that_people():
    text = (
        "64 Russians home\n\nUkraine handed over 64 Russian soldiers and Russia freed 64 "
        "Ukrainian soldiers on Friday."
    )
    heads = [c for c in claims_of(text) if c.span.start == 0]
    # the headline speaks of Russians only: the body's Ukrainians are not read into it
    assert [(c.from_code, c.to_code, c.value, c.claimant, c.quote) for c in heads] == [
        ("UKR", "RUS", 64, "SELF", "64 Russians home")
    ]


def test_planned_exchange_figure_is_expected():
    got = facts(
        "Kyiv said 120 Ukrainian soldiers came home from Russia on Friday as part of the "
        "600-for-600 swap agreed by both sides in May."
    )
    assert ("prisoners_released", "RUS", "UKR", 120, "UKRGOV", (), "asserts") in got
    assert [g[6] for g in got if g[3] == 600] == ["expects", "expects"]


def test_confirm_by_receiving_side_acknowledges_and_by_giver_asserts():
    got = facts(
        "Russia's human rights commissioner confirmed that Ukraine had handed over 70 Russian "
        "civilians. Ukraine's ombudsman confirmed that Ukraine had released 70 Russian civilians."
    )
    assert ("prisoners_released", "UKR", "RUS", 70, "RUSOMB", (), "acknowledges") in got
    assert ("prisoners_released", "UKR", "RUS", 70, "UKROMB", (), "asserts") in got


def test_user_lexicon_gives_an_outlet_its_home_state(tmp_path, monkeypatch):
    text = (
        "Dnipro Radio, citing the defence ministry, said Russia had freed 18 Ukrainian soldiers."
    )
    (tmp_path / "actors.tsv").write_text("DNIPRORADIO\tDnipro Radio\tDnipro Radio\tUKR\n")
    monkeypatch.setenv("SAYSO_LEXICON", str(tmp_path))
    c = claims_of(text)
    # the ministry an outlet cites is its own state's, whatever else the sentence names
    assert [(x.claimant, x.via, x.from_code, x.to_code) for x in c] == [
        ("UKRMIL", ["DNIPRORADIO"], "RUS", "UKR")
    ]


def test_unknown_person_keeps_the_name_and_a_side_from_the_words_before_it():
    c = claims_of("Ukrainian volunteer Marta Kovalchuk said Russia had freed 14 Ukrainian troops.")
    assert [(x.claimant, x.claimant_name) for x in c] == [
        ("UKRGOV", "Ukrainian volunteer Marta Kovalchuk")
    ]


def test_unplaced_governor_takes_the_country_of_the_sentence_before():
    got = facts(
        "Ukrainian drones flew toward Russia's Belgorod region overnight. The regional "
        "governor said air defences had destroyed 31 drones."
    )
    assert got == [("drones_downed", "RUS", "UKR", 31, "RUSGOV", (), "asserts")]


def test_headline_future_is_a_plan():
    got = facts("Kyiv to hand over 75 Russian prisoners\n\nThe swap is due next week.")
    assert got == [("prisoners_released", "UKR", "RUS", 75, "SELF", (), "expects")]


def test_rival_figure_named_in_a_comparison_is_no_restatement():
    agreed = facts(
        "Ukraine's air force said it shot down 50 Russian drones overnight, a figure matched "
        "by the one given by Moscow."
    )
    rival = facts(
        "Ukraine's air force said it shot down 50 Russian drones overnight, a figure well "
        "above the one given by Moscow."
    )
    assert ("drones_downed", "UKR", "RUS", 50, "RUSGOV", (), "asserts") in agreed
    assert rival == [("drones_downed", "UKR", "RUS", 50, "UKRMIL", (), "asserts")]


def test_speaker_stranded_after_an_absolute_clause():
    got = facts(
        "Russian missiles hit Kharkiv overnight. The toll in Kharkiv rose to six, with 21 "
        "injured, the head of the regional military administration, Oleh Syniehubov, said."
    )
    assert sorted(g[4] for g in got) == ["UKRGOV", "UKRGOV"]


def test_officials_putting_a_toll_at_a_figure_are_its_source():
    got = facts(
        "Russian drones struck Odesa overnight. Ukrainian officials put the death toll at "
        "four on Tuesday."
    )
    assert got == [("killed", "RUS", "UKR", 4, "UKRGOV", (), "asserts")]


def test_a_heading_speaker_and_a_mediator_who_reports_a_two_way_swap():
    text = (
        "Ankara says 52 detainees went home in the swap\n\n"
        "Russia and Ukraine each handed over 52 detainees on Thursday, Turkey's foreign "
        "ministry said in a statement."
    )
    got = facts(text)
    # the subject names the two sides, although the mediator is the most mentioned country
    assert ("prisoners_released", "RUS", "UKR", 52, "TURGOV", (), "asserts") in got
    assert ("prisoners_released", "UKR", "RUS", 52, "TURGOV", (), "asserts") in got
    assert {c.claimant for c in claims_of(text) if c.span.start < 47} == {"TURGOV"}


def test_a_heading_that_says_who_says_it_gets_that_claimant():
    text = (
        "Kremlin says 84 servicemen returned in latest swap\n\n"
        "Russia and Ukraine each handed over 84 prisoners of war on Tuesday, Russia's Defence "
        "Ministry said."
    )
    heading = {(c.claimant, c.from_code, c.to_code) for c in claims_of(text) if c.span.start < 50}
    assert heading == {("RUSGOV", "RUS", "UKR"), ("RUSGOV", "UKR", "RUS")}


def test_a_silence_after_but_is_the_party_s_reported_by_the_outlet():
    got = facts(
        "Russia said its air defences destroyed 337 Ukrainian drones overnight. Kyiv denied "
        "that 337 drones had been shot down, Reuters said, but did not say how many it had "
        "launched."
    )
    assert ("drones_downed", "RUS", "UKR", 337, "UKRGOV", ("REUTERS",), "denies") in got
    assert ("drones_launched", "UKR", "RUS", None, "UKRGOV", ("REUTERS",), "asserts") in got


def test_a_silence_after_but_with_according_to_keeps_the_outlet_as_via():
    text = (
        "Russia handed over the bodies of 640 Ukrainian soldiers on Monday, its negotiator "
        "said. Ukraine's coordination headquarters confirmed the arrival of 640 bodies, "
        "according to Reuters, but made no mention of any remains sent to Russia."
    )
    silences = [c for c in claims_of(text) if c.undisclosed]
    assert [(c.claimant, c.via, c.from_code, c.to_code) for c in silences] == [
        ("UKRGOV", ["REUTERS"], "UKR", "RUS")
    ]


def test_a_state_agency_speaks_from_its_state_when_the_defender_is_unnamed():
    got = facts("Air defences over the Belgorod region downed 23 Ukrainian drones, TASS reported.")
    assert got == [("drones_downed", "RUS", "UKR", 23, "TASS", (), "asserts")]


def test_bodies_that_arrived_arrived_where_the_speaker_is():
    got = facts(
        "Moscow said it had passed the remains of 880 soldiers to Ukraine. Kyiv's prisoner "
        "headquarters confirmed that 880 bodies had arrived."
    )
    assert ("remains_returned", "RUS", "UKR", 880, "UKRGOV", (), "acknowledges") in got


def test_a_live_blog_line_led_by_a_place_a_role_and_a_name():
    text = (
        "Ukraine's air force says Russia launched 51 drones overnight.\n\n"
        "10:15 — Kharkiv regional governor Ivan Demchenko: two people were killed and seven "
        "were wounded in the strike on a warehouse."
    )
    got = facts(text)
    assert ("killed", "RUS", "UKR", 2, "UKRGOV", (), "asserts") in got
    assert ("wounded", "RUS", "UKR", 7, "UKRGOV", (), "asserts") in got


def test_both_sides_as_the_source_gives_each_side_its_claim():
    got = facts("Russia and Ukraine each freed 150 prisoners on Monday, both sides said.")
    assert got == sorted(
        ("prisoners_released", frm, to, 150, side + "GOV", (), "asserts")
        for frm, to in (("RUS", "UKR"), ("UKR", "RUS"))
        for side in ("RUS", "UKR")
    )
