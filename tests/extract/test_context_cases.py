"""Claimants, chains, directions and stances that only the context settles, on sentences
written for these tests: an unnamed body acting on the people it lists, a speaker relayed
mid-sentence ("cited by X"), figures left out in unlisted phrasings, officials placed by the
toll they count, plans named inside a realised clause, confirmations of another side's
figure, and mediators who are neither side."""

from datetime import date

from sayso.extract import extract_text

PUBLISHED = date(2025, 9, 17)


def facts(body: str, headline: str = "Report") -> list[tuple]:
    """(measure, from, to, value, undisclosed, claimant, via, stance) of a short article."""
    text = f"{headline}\n\n{body}"
    out = extract_text(text, published=PUBLISHED, outlet="Test Desk")
    for c in out:
        assert text[c.span.start : c.span.end] == c.quote, "every claim is grounded"
    return sorted(
        (c.measure, c.from_code, c.to_code, c.value, c.undisclosed, c.claimant, tuple(c.via),
         c.stance)
        for c in out
    )


# -- 1. an unnamed body that lists or frees people is the side holding them ------------------


def test_ministry_publishing_a_roster_of_the_others_people_is_the_holder():
    got = facts(
        "Russia and Ukraine have agreed on a swap. The ministry published a roster of 84 "
        "Ukrainian soldiers set to be freed on Friday."
    )
    assert [(g[5], g[1], g[2], g[3], g[7]) for g in got] == [
        ("RUSGOV", "RUS", "UKR", 84, "expects")
    ]


def test_justice_ministry_list_of_the_others_prisoners_due_for_release():
    got = facts(
        "Israel and Hamas began a truce on Sunday. The Justice Ministry put out a list of 62 "
        "Palestinian detainees due to be freed on Monday."
    )
    assert [(g[5], g[1], g[2], g[3], g[7]) for g in got] == [
        ("ISRGOV", "ISR", "PSE", 62, "expects")
    ]


def test_ministry_listing_the_others_people_it_freed_is_the_giver():
    got = facts(
        "Russia and Ukraine have agreed on a swap. The ministry listed 84 Ukrainian soldiers "
        "it had freed on Friday."
    )
    assert [(g[5], g[1], g[2]) for g in got] == [("RUSGOV", "RUS", "UKR")]


def test_ministry_saying_its_own_people_came_home_keeps_their_side():
    got = facts(
        "Russia and Ukraine swapped prisoners on Monday. The ministry said 95 Ukrainian "
        "soldiers came home."
    )
    assert [(g[5], g[1], g[2], g[3]) for g in got] == [("UKRGOV", "RUS", "UKR", 95)]


# -- 2. a speaker relayed mid-sentence: "an official, cited by X, said" ----------------------


def test_cited_by_participle_relays_the_subject():
    got = facts(
        "Russia freed 150 Ukrainian prisoners on Friday. A Ukrainian official, cited by AFP, "
        "said 40 of them were civilians."
    )
    assert ("prisoners_released", "RUS", "UKR", 40, False, "UKRGOV", ("AFP",), "asserts") in got


def test_quoted_by_participle_after_the_figure_relays_the_speaker():
    got = facts(
        "Russia freed 150 Ukrainian prisoners on Friday. Of those freed, 40 were civilians, a "
        "Ukrainian official quoted by AFP said."
    )
    assert ("prisoners_released", "RUS", "UKR", 40, False, "UKRGOV", ("AFP",), "asserts") in got


def test_opening_according_to_a_source_cited_by_an_agency():
    got = facts(
        "Ukraine freed 150 Russian prisoners on Friday. According to a Russian source cited by "
        "Interfax, 35 of them were officers."
    )
    assert ("prisoners_released", "UKR", "RUS", 35, False, "RUSGOV", ("INTERFAX",),
            "asserts") in got


# -- 3. figures left out: agentless passives and unlisted phrasings --------------------------


def test_undisclosed_launches_go_the_way_of_the_attack_told_just_before():
    got = facts(
        "Air defences shot down 23 Ukrainian drones over Russia overnight, Moscow said. "
        "Russian forces carried out a heavy strike with missiles and drones against energy "
        "sites in Ukraine, the ministry said. It did not say how many missiles and drones had "
        "been used."
    )
    left_out = [(g[0], g[1], g[2]) for g in got if g[4]]
    assert sorted(left_out) == [
        ("drones_launched", "RUS", "UKR"),
        ("missiles_launched", "RUS", "UKR"),
    ]


def test_undisclosed_release_goes_the_way_of_the_return_told_just_before():
    got = facts(
        "Russia and Ukraine held talks this month. Ukrainian soldiers held in Russian captivity "
        "came home on Tuesday, the ombudsman's office said. The office did not say how many "
        "soldiers were freed."
    )
    assert [(g[0], g[1], g[2]) for g in got if g[4]] == [("prisoners_released", "RUS", "UKR")]


def test_no_figure_for_what_a_side_got_back():
    got = facts(
        "Russia and Ukraine swapped prisoners on Sunday. Kyiv gave no number for the soldiers "
        "it brought home."
    )
    assert ("prisoners_released", "RUS", "UKR", None, True, "UKRGOV", (), "asserts") in got


def test_no_figure_with_the_for_phrase_hung_on_the_verb():
    got = facts(
        "Russia and Ukraine swapped prisoners on Sunday. The Ukrainian ombudsman offered no "
        "figure for the civilians that Kyiv handed over."
    )
    assert ("prisoners_released", "UKR", "RUS", None, True, "UKROMB", (), "asserts") in got


def test_said_nothing_about_the_other_direction():
    got = facts(
        "Russia handed 75 Ukrainian prisoners to Kyiv on Monday, Ukraine said. Moscow has said "
        "nothing about a swap in the opposite direction."
    )
    assert ("prisoners_released", "UKR", "RUS", None, True, "RUSGOV", (), "asserts") in got


def test_said_nothing_about_bodies_going_the_other_way():
    got = facts(
        "Ukraine returned 40 bodies of Russian soldiers on Tuesday. Kyiv said nothing about "
        "any bodies going the other way."
    )
    assert ("remains_returned", "RUS", "UKR", None, True, "UKRGOV", (), "asserts") in got


# -- 4. officials of no named side count the toll of the side struck -------------------------


def test_local_officials_count_the_dead_of_the_side_attacked():
    got = facts(
        "Russia launched 120 drones at Ukraine overnight. The air force said 90 had been shot "
        "down. At least 7 people were killed, local officials said."
    )
    assert ("killed", "RUS", "UKR", 7, False, "UKRGOV", (), "asserts") in got


def test_regional_authorities_count_the_wounded_of_the_side_attacked():
    got = facts(
        "Ukraine fired 40 drones at Russia overnight. The ministry said 35 had been destroyed. "
        "Two people were injured in the attack, regional authorities said."
    )
    assert ("wounded", "UKR", "RUS", 2, False, "RUSGOV", (), "asserts") in got


# -- 5. stance: a plan named inside a realised clause; confirming another side's figure ------


def test_deal_agreed_at_talks_named_inside_a_stage_is_expected():
    got = facts(
        "Russia and Ukraine met in Geneva. Kyiv received 150 soldiers on Monday as part of the "
        "600-for-600 deal agreed in Geneva in June."
    )
    assert {(g[3], g[7]) for g in got} == {(150, "asserts"), (600, "expects")}


def test_acting_side_confirming_the_release_another_side_stated_acknowledges():
    got = facts(
        "Ukraine said Russia had handed over 212 bodies. Russia's defence ministry confirmed "
        "the transfer of 212 bodies to Ukraine."
    )
    assert ("remains_returned", "RUS", "UKR", 212, False, "RUSMIL", (), "acknowledges") in got


def test_confirming_a_figure_by_name_restates_it():
    got = facts(
        "Moscow said it had freed 84 Ukrainian soldiers on Friday. Kyiv later confirmed the 84 "
        "figure."
    )
    assert ("prisoners_released", "RUS", "UKR", 84, False, "UKRGOV", (), "acknowledges") in got


def test_passive_cue_conjoined_to_an_act_has_no_speaker():
    got = facts(
        "Russia freed 40 Ukrainian soldiers on Monday, and Ukraine was expected to return 40 "
        "Russian soldiers on Tuesday."
    )
    assert ("prisoners_released", "UKR", "RUS", 40, False, "SELF", (), "expects") in got


def test_that_clause_hung_on_a_statement_is_what_the_cue_says():
    got = facts(
        "Two Israeli hostages were handed over to the Red Cross on Monday. Hamas's armed wing "
        "said in a statement that it had released the two under the deal."
    )
    assert ("prisoners_released", "PSE", "ISR", 2, False, "PSEMIL", (), "asserts") in got


# -- 6. a mediator is neither side ---------------------------------------------------------


def test_mediator_speaking_in_a_went_home_headline_is_read_against_the_body():
    got = facts(
        "Russia handed 52 Ukrainian prisoners to Ukraine on Tuesday in a swap brokered by "
        "Turkey, the Turkish foreign ministry said.",
        headline="Ankara says 52 detainees went home",
    )
    assert {(g[1], g[2], g[3]) for g in got} == {("RUS", "UKR", 52)}


def test_mediating_state_is_not_a_main_party():
    got = facts(
        "Hamas freed 14 Israeli hostages on Tuesday under a deal brokered by Qatar, Israel "
        "said. Qatari mediators said talks would go on in Doha.",
        headline="Qatar says 14 hostages went home",
    )
    assert {(g[1], g[2], g[3]) for g in got} == {("PSE", "ISR", 14)}


# -- a side's share of a multi-party swap ----------------------------------------------------


def test_a_sides_share_of_a_swap_is_what_it_gave():
    got = facts(
        "Russia freed 20 prisoners in a swap with the West. Germany's share was five Russians, "
        "officials in Berlin said."
    )
    assert ("prisoners_released", "DEU", "RUS", 5, False, "DEUGOV", (), "asserts") in got


def test_a_sides_contribution_to_a_swap_is_what_it_gave():
    got = facts(
        "Russia freed 20 prisoners in a swap with the West. Norway's contribution to the deal "
        "was two Russians, AP said."
    )
    assert ("prisoners_released", "NOR", "RUS", 2, False, "AP", (), "asserts") in got


def test_a_body_owned_by_a_named_side_takes_the_bodys_role_an_outlets_staff_do_not():
    got = facts(
        "Russia and Ukraine swapped prisoners. Zelensky's defence minister said Russia had "
        "freed 33 Ukrainian soldiers. TASS's military correspondent said Ukraine had freed 31 "
        "Russian soldiers."
    )
    assert {(g[3], g[5]) for g in got} == {(33, "UKRMIL"), (31, "TASS")}


def test_a_bare_participle_with_an_agent_is_passive():
    got = facts("Russia and Ukraine swapped prisoners on Friday. Kyiv counted 40 soldiers freed "
                "by Russia.")
    assert [(g[1], g[2], g[3], g[5]) for g in got] == [("RUS", "UKR", 40, "UKRGOV")]
