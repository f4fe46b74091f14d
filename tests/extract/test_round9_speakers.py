"""Who speaks, on sentences written for these tests: a bare body before a heading's colon, a
report the parser coordinated with the attack it reports, a semicolon that ends a statement,
both sides' bodies of one role, a compass word inside a place's name, a governor named by the
office alone, civil defence, and two navies' ships together."""

from datetime import date

from extract_helpers import attributed, grounded, headed

PUBLISHED = date(2025, 9, 20)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


# -- a body of no named side before a heading's colon speaks for the side its figure places


def test_bare_body_before_a_headline_colon_is_the_speaker():
    got = attributed(headed(
        "Russia attacked Ukraine overnight with 52 drones.", PUBLISHED,
        headline="Air Force: 40 of 52 drones downed",
    ))
    assert ("drones_launched", "RUS", "UKR", 52, "UKRMIL", ()) in got


def test_bare_body_before_a_headline_colon_takes_the_bodys_side_of_that_role():
    got = attributed(headed(
        "Russian shelling killed three people in Kharkiv on Friday, the regional governor "
        "said.", PUBLISHED, headline="Police: three killed in Kharkiv",
    ))
    assert [g[4] for g in got] == ["UKRGOV", "UKRGOV"]
    got = attributed(headed(
        "Russian air defences shot down 20 Ukrainian drones overnight, the Russian Defence "
        "Ministry said.", PUBLISHED, headline="Military: 20 drones shot down",
    ))
    assert [g[4] for g in got] == ["RUSMIL", "RUSMIL"]


def test_source_credit_before_a_colon_is_no_speaker():
    got = attributed(headed(
        "Russian air defences shot down 20 Ukrainian drones overnight.", PUBLISHED,
        headline="Source: 20 drones shot down",
    ))
    assert [g[4] for g in got] == ["SELF", "SELF"]


def test_short_actor_alias_before_a_headline_colon_is_the_speaker():
    got = attributed(headed(
        "At least 130 civilians were killed in Ukraine in August by Russian strikes, the "
        "United Nations said.", PUBLISHED, headline="UN: 130 civilians killed in August",
    ))
    assert [g[4] for g in got] == ["UN", "UN"]


# -- "…, as well as N missiles, the Air Force said": the report covers the drones too


def test_report_coordinated_with_the_attack_covers_all_its_weapons():
    got = facts(
        "On the night of September 20, the enemy attacked Ukraine with 48 strike drones of "
        "the Shahed type and decoy drones, as well as three cruise missiles launched from "
        "the Bryansk region, the Air Force of the Armed Forces of Ukraine said."
    )
    assert got == [
        ("drones_launched", "RUS", "UKR", 48, "UKRMIL", ()),
        ("missiles_launched", "RUS", "UKR", 3, "UKRMIL", ()),
    ]


def test_report_hung_as_an_adverbial_covers_the_first_weapons():
    got = facts(
        "On the night of September 19, Russian forces attacked the Odesa region with 53 "
        "strike drones of the Geran type, as well as four ballistic missiles launched from "
        "occupied Crimea, the Air Force of Ukraine reported on Saturday."
    )
    assert ("drones_launched", "RUS", "UKR", 53, "UKRMIL", ()) in got


# -- a semicolon ends what the first speaker said


def test_clause_after_a_semicolon_is_its_own_sources():
    got = facts(
        "The swap of remains took place on Friday. Kyiv got back 900 bodies, the Ukrainian "
        "government said; Russia got back 31 bodies, according to the Kremlin."
    )
    assert got == [
        ("remains_returned", "RUS", "UKR", 900, "UKRGOV", ()),
        ("remains_returned", "UKR", "RUS", 31, "RUSGOV", ()),
    ]


# -- "both countries' defence ministries": each side's own body of that role


def test_both_countries_ministries_are_each_sides_military():
    got = facts(
        "Russia and Ukraine swapped prisoners on Friday. Both countries' defence ministries "
        "said 84 prisoners were returned by each side."
    )
    assert got == [
        ("prisoners_released", "RUS", "UKR", 84, "RUSMIL", ()),
        ("prisoners_released", "RUS", "UKR", 84, "UKRMIL", ()),
        ("prisoners_released", "UKR", "RUS", 84, "RUSMIL", ()),
        ("prisoners_released", "UKR", "RUS", 84, "UKRMIL", ()),
    ]


# -- "West" in a place's name is a direction, not the bloc


def test_compass_word_in_a_place_name_is_no_bloc():
    got = facts("Gunmen killed 40 soldiers in West Kordofan on Friday.")
    assert all("WST" not in (g[1], g[2]) for g in got)


def test_the_west_and_western_still_name_the_bloc():
    from sayso.extract.actors import _mentions
    from sayso.extract.lexicon import lexicon

    lex = lexicon()
    assert _mentions("Moscow blamed the West for the strike.", lex, "WST") == 1
    assert _mentions("Western officials said so.", lex, "WST") == 1
    assert _mentions("Shelling hit western Ukraine and West Darfur.", lex, "WST") == 0


# -- a governor named only by the office counts the toll of the place hit


def test_bare_governor_speaks_for_the_place_hit_not_the_last_governor():
    for verb in ("wounded", "killed"):
        got = facts(
            "Ukrainian drones hit Belgorod overnight, the region's governor Vyacheslav "
            f"Gladkov said. Russian shelling {verb} six people in Kharkiv, the governor said."
        )
        assert got == [(verb, "RUS", "UKR", 6, "UKRGOV", ())]


# -- civil defence and emergency services are their state's government


def test_civil_defence_is_the_states_government():
    got = facts(
        "Israeli strikes hit Gaza City on Friday. The civil defence said the strikes killed "
        "12 people."
    )
    assert got == [("killed", "ISR", "PSE", 12, "PSEGOV", ())]


def test_emergency_service_is_the_states_government():
    got = facts(
        "Russian missiles hit Dnipro on Saturday, killing nine people, the State Emergency "
        "Service said."
    )
    assert got == [("killed", "RUS", "UKR", 9, "UKRGOV", ())]


# -- two navies' ships of one bloc together act as the bloc


def test_two_bloc_navies_ships_together_are_the_bloc():
    got = facts("Houthi forces fired 10 drones at HMS Diamond and USS Carney on Friday.")
    assert got == [("drones_launched", "YEM", "WST", 10, "SELF", ())]
    got = facts("HMS Diamond and USS Carney shot down 14 Houthi drones on Friday.")
    assert [g[1] for g in got] == ["WST"]


def test_the_pair_of_militaries_is_each_sides_military():
    got = facts(
        "Thailand and Cambodia traded fire on Friday. Both armies said the clashes killed two "
        "soldiers on each side."
    )
    assert {g[4] for g in got} == {"KHMMIL", "THAMIL"} and len(got) == 4
    got = facts(
        "Russia and Ukraine swapped 84 prisoners each on Friday, the two defence ministries "
        "said."
    )
    assert {g[4] for g in got} == {"RUSMIL", "UKRMIL"} and len(got) == 4
