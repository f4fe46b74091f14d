"""An article is read with the lexicon in force when its reading starts (``held_lexicon``)."""

from __future__ import annotations

from sayso.extract.lexicon import held_lexicon, lexicon


def test_held_lexicon_stays_and_the_next_reading_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("SAYSO_LEXICON", raising=False)
    bundled = lexicon()
    (tmp_path / "actors.tsv").write_text("QUAYAUTH\tQuay Authority\tQuay Authority\n")
    with held_lexicon() as held:
        assert held is bundled
        monkeypatch.setenv("SAYSO_LEXICON", str(tmp_path))  # changed mid-article
        assert lexicon() is bundled
        with held_lexicon() as inner:  # nested readings hold the same one
            assert inner is bundled
        assert lexicon() is bundled
    assert lexicon() is not bundled and "Quay Authority" in lexicon().actors
    monkeypatch.delenv("SAYSO_LEXICON")
    assert lexicon() is bundled
