"""Who speaks, on sentences written for these tests: a source that cites another's figures
("…, according to X, citing data from Y") relays Y's count, and a pronoun in the sentence
after still means X, not the keeper of the figures X cited."""

from datetime import date

from extract_helpers import attributed, grounded, headed

PUBLISHED = date(2025, 9, 20)  # a Saturday


def facts(text: str) -> list[tuple]:
    return attributed(grounded(text, PUBLISHED))


def test_according_to_a_source_citing_figures_from_another_relays_the_keeper():
    got = facts(
        "Hamas freed 12 hostages on Friday, according to the Red Cross, citing data from the "
        "Israeli military."
    )
    assert got == [("prisoners_released", "PSE", "ISR", 12, "ISRMIL", ("ICRC",))]


def test_a_speaker_citing_statistics_from_another_relays_the_keeper():
    got = facts(
        "Russia fired 40 drones at Ukraine overnight, the UN said, citing statistics from "
        "Ukraine's Air Force."
    )
    assert got == [("drones_launched", "RUS", "UKR", 40, "UKRMIL", ("UN",))]


def test_a_pronoun_after_cited_figures_is_the_source_that_cited_them():
    got = facts(
        "Israel freed 30 Palestinian prisoners on Monday, according to the Red Cross, citing "
        "data from the Palestinian prisoners' commission. Hamas released four hostages the "
        "same day, it added."
    )
    assert ("prisoners_released", "ISR", "PSE", 30, "PSEGOV", ("ICRC",)) in got
    assert ("prisoners_released", "PSE", "ISR", 4, "ICRC", ()) in got


# -- a Q&A transcript: the answer after "A:" is parsed as a sentence of its own


def test_answer_after_a_transcript_label_keeps_its_cited_source():
    got = attributed(headed(
        "Q: What about the drones?\n\nA: Overnight Russia launched 75 drones at Ukraine, he "
        "said, citing data from Ukraine's Air Force.", PUBLISHED,
    ))
    assert got == [("drones_launched", "RUS", "UKR", 75, "UKRMIL", ())]


def test_a_capital_letter_label_opening_a_line_starts_a_sentence():
    from sayso.nlp import load

    doc = load()("Q: And then?\n\nA: In March the army freed 40 men, she said.")
    answer = "In March the army freed 40 men, she said."
    assert [s.text.strip() for s in doc.sents][2:] == ["A:", answer]
