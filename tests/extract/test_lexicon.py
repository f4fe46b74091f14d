"""A user teaches sayso a new actor and a new cue verb with data files, no code."""

from datetime import date

from sayso import extract


def test_user_lexicon_adds_an_actor_and_a_cue(tmp_path, monkeypatch):
    text = (
        "The Harbour Agency relayed that Russia returned 40 Ukrainian bodies to Ukraine on Friday."
    )
    before = extract(text, published=date(2025, 7, 5))
    assert [c.claimant for c in before] == ["SELF"]  # neither the agency nor "relay" is known

    (tmp_path / "actors.tsv").write_text("HARBOUR\tHarbour Agency\tHarbour Agency\n")
    (tmp_path / "cues.tsv").write_text("relay\tasserts\n")
    monkeypatch.setenv("SAYSO_LEXICON", str(tmp_path))
    after = extract(text, published=date(2025, 7, 5))
    assert [(c.claimant, c.from_code, c.to_code, c.value) for c in after] == [
        ("HARBOUR", "RUS", "UKR", 40)
    ]
