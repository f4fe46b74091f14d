"""Who speaks, on sentences written for these tests: a live blog's sub-heading that closes on
"…, ministry says"; transcript labels in capitals ("MAJ GEN RAO:") whose officer keeps one
side for all turns and is the "we" of them; a quoted statement set under its issuer's name."""

from datetime import date

import pytest
from extract_helpers import attributed, headed

PUBLISHED = date(2026, 5, 12)  # a Tuesday


def facts(body: str, headline: str = "Report") -> list[tuple]:
    return attributed(headed(body, PUBLISHED, headline=headline))


# -- a live blog's sub-heading whose credit the parser cuts off as a sentence of its own

BLOG = "Israel-Lebanon live: Israeli strikes continue in south Lebanon\n\nBy Staff\n\nLive updates"


@pytest.mark.parametrize(
    ("heading", "words", "value"),
    [
        ("Strikes on Baalbek kill 6, civil defence says", "six", 6),
        ("Raids on Nabatieh kill 5, health ministry says", "five", 5),
    ],
)
def test_subheading_credit_speaks_for_its_figure(heading: str, words: str, value: int) -> None:
    body = (f"10:42 GMT - {heading}\n\nLebanon's health ministry says Israeli strikes overnight "
            f"killed {words} people in the south.")
    got = headed(body, PUBLISHED, headline=BLOG)
    under = [c for c in got if c.span.start < body.index("\n") + len(BLOG) + 2]
    assert [(c.measure, c.from_code, c.to_code, c.value, c.claimant) for c in under] == [
        ("killed", "ISR", "LBN", value, "LBNGOV")
    ]


def test_new_sentence_after_figure_is_no_credit() -> None:
    # negative: a full sentence after a body figure does not credit the one before it
    got = facts("Russian drones killed three people in Kharkiv. The governor said.")
    assert ("killed", "RUS", "UKR", 3, "SELF", ()) in got


# -- transcript labels in capitals

TRANSCRIPT = "Transcript: Indian army briefing on the border"


def test_capitals_labels_speak_and_keep_their_side() -> None:
    body = (
        "Transcript of the briefing given on Tuesday by Maj Gen Anil Rao.\n\n"
        "MAJ GEN RAO: Good afternoon. Pakistan fired 60 drones at our forward posts overnight. "
        "Our air defence units destroyed 48 of them.\n\n"
        "MODERATOR: Next question, please.\n\n"
        "MAJ GEN RAO: We estimate that about 25 Pakistani soldiers were killed in our response."
    )
    got = facts(body, TRANSCRIPT)
    assert ("drones_launched", "PAK", "IND", 60, "INDMIL", ()) in got
    assert ("drones_downed", "IND", "PAK", 48, "INDMIL", ()) in got
    # the enemy's toll in the officer's later turn: still the side his first figure placed
    assert ("killed", "IND", "PAK", 25, "INDMIL", ()) in got
    assert all(f[4] == "INDMIL" for f in got)


def test_capitals_label_is_the_we_of_its_turn() -> None:
    body = (
        "COL. MENON: Pakistan launched 30 drones at Jammu on Monday night.\n\n"
        "QUESTION: Pakistan's army says it shot down 12 Indian drones. How many did you send?\n\n"
        "COL. MENON: We have not disclosed how many drones we launched."
    )
    got = headed(body, PUBLISHED, headline=TRANSCRIPT)
    withheld = [c for c in got if c.undisclosed]
    assert [(c.measure, c.from_code, c.to_code, c.claimant) for c in withheld] == [
        ("drones_launched", "IND", "PAK", "INDMIL")
    ]
    assert ("drones_downed", "PAK", "IND", 12, "PAKMIL", ()) in attributed(got)


def test_capitals_topic_label_names_no_speaker() -> None:
    # negative: a label in capitals that is no title and name speaks for nobody
    got = facts("BORDER UPDATE: Pakistan fired 40 drones at Indian posts.", TRANSCRIPT)
    assert got == [("drones_launched", "PAK", "IND", 40, "SELF", ())]


def test_capitals_label_of_a_known_body_keeps_its_code() -> None:
    got = facts("Pakistan army briefing\n\nISPR: Indian shelling killed three civilians in Kotli.")
    assert got == [("killed", "IND", "PAK", 3, "PAKMIL", ())]


# -- a statement printed under its issuer's name


def test_quoted_statement_under_its_issuers_name() -> None:
    body = (
        "The two sides published rival accounts on Tuesday.\n\n"
        "Georgian Ministry of Defence\n\n"
        "\"Russian forces fired at our posts near Gori. Three Georgian soldiers were wounded.\"\n\n"
        "Russian Ministry of Defence\n\n"
        "\"Up to 8 Georgian servicemen were killed in the response.\""
    )
    got = facts(body, "Georgia and Russia trade blame")
    assert ("wounded", "RUS", "GEO", 3, "GEOMIL", ()) in got
    assert ("killed", "RUS", "GEO", 8, "RUSMIL", ()) in got
    assert all(f[4] != "SELF" for f in got)


def test_section_title_over_own_voice_names_no_speaker() -> None:
    # negative: the article's own paragraph under a bare name is not that body's statement
    body = (
        "Ukrainian Air Force\n\n"
        "Russia launched 70 drones at Ukraine overnight, according to figures seen by reporters."
    )
    got = facts(body, "Overnight attack")
    assert all(f[4] != "UKRMIL" for f in got)


def test_we_of_a_printed_statement_is_its_issuer() -> None:
    body = (
        "The two ministries issued statements on Tuesday.\n\n"
        "Armenian Ministry of Defence\n\n"
        "\"Azerbaijan fired at our posts near Sotk overnight. Two of our servicemen were wounded. "
        "We have not said how many drones we launched in response.\""
    )
    got = headed(body, PUBLISHED, headline="Border report")
    assert sorted((c.measure, c.from_code, c.to_code, c.value, c.claimant) for c in got) == [
        ("drones_launched", "ARM", "AZE", None, "ARMMIL"),
        ("wounded", "AZE", "ARM", 2, "ARMMIL"),
    ]
