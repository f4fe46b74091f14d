"""A corpus of hostile inputs goes through one ingest: no crash, nothing bad stored, every
skipped input named with its reason, and a summary that counts what was stored and skipped."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hostile_corpus import LIMIT, Kind, build, paths

import sayso.extract.engine as engine
from sayso.extract import guard
from sayso.ledger import Ledger
from sayso.records import Article
from sayso.sources import read_inputs

#: A safety net, not a timing test: a hang fails the run instead of stalling CI.
pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    """The corpus, ingested once into a fresh store: (kinds, summary, articles, claims)."""
    root = tmp_path_factory.mktemp("hostile")
    kinds = build(root / "corpus")
    with Ledger(str(root / "store.db")) as ledger:
        summary = ledger.ingest(paths(kinds), max_bytes=LIMIT)
        articles = {a.id: a for a in ledger.articles()}
        claims = ledger.claims()
        events = ledger.events()
    return kinds, summary, articles, claims, events


def _stored_from(kind: Kind, articles: dict[str, Article]) -> list[Article]:
    names = {str(p) for p in kind.paths}
    return [a for a in articles.values() if a.source in names]


def test_the_corpus_has_at_least_twenty_kinds(hostile):
    kinds = hostile[0]
    assert len(kinds) >= 20
    assert len({k.name for k in kinds}) == len(kinds)


def test_every_skipped_input_has_one_line_naming_it_and_its_reason(hostile):
    kinds, summary, *_ = hostile
    for kind in (k for k in kinds if k.skipped):
        lines = [ln for ln in summary.skipped if any(str(p) in ln for p in kind.paths)]
        assert lines, f"{kind.name}: no skip line"
        assert all("\n" not in ln for ln in lines)
        assert any(kind.skipped in ln for ln in lines), (kind.name, lines)


def test_what_must_be_stored_is_stored_with_its_notes(hostile):
    kinds, _, articles, claims, _ = hostile
    claimed = Counter(c.article_id for c in claims)
    for kind in kinds:
        stored = _stored_from(kind, articles)
        assert len(stored) == kind.stored, (kind.name, [a.id for a in stored])
        for article in stored:
            for note in kind.notes:
                assert any(note in n for n in article.notes), (kind.name, note, article.notes)
            if not kind.analysed:
                assert article.language != "en"
                assert any(n.startswith("not analysed") for n in article.notes)
                assert claimed[article.id] == 0, f"{kind.name} was analysed as English"


def test_the_summary_counts_stored_and_skipped_and_why(hostile):
    kinds, summary, articles, *_ = hostile
    assert summary.added + summary.copies == len(articles) == sum(k.stored for k in kinds)
    assert len(summary.skipped) == sum(len(k.paths) for k in kinds if k.skipped)
    assert sum(summary.reasons.values()) == len(summary.skipped)
    assert summary.reasons["binary file"] == 2  # binary.txt and nul-bytes.txt
    assert summary.reasons["empty file"] == 2
    assert summary.reasons["invalid JSON"] == 3  # truncated, too deep, one bad JSONL line
    assert summary.not_analysed == sum(k.stored for k in kinds if not k.analysed)
    line = summary.line()
    assert f"{len(summary.skipped)} skipped (" in line and "2 empty file" in line
    assert f"{summary.not_analysed} stored but not analysed" in line


def test_stored_text_keeps_every_span_and_nothing_unstorable(hostile):
    _, _, articles, claims, _ = hostile
    for c in claims:
        assert articles[c.article_id].text[c.span.start : c.span.end] == c.quote
    for a in articles.values():
        assert "\x00" not in a.text
        a.text.encode("utf-8")  # no lone surrogate got in


def test_undated_article_is_stored_with_the_date_unknown(hostile):
    kinds, _, articles, claims, events = hostile
    (kind,) = [k for k in kinds if k.name == "no-date.txt"]
    (article,) = _stored_from(kind, articles)
    assert article.published is None
    mine = [c for c in claims if c.article_id == article.id]
    assert mine, "the undated article still yields claims"
    assert all(c.event_date is None for c in mine)  # no date guessed from nowhere
    for ev in events:
        if any(c.article_id == article.id for c in ev.claims) and all(
            c.event_date is None for c in ev.claims
        ):
            assert ev.date is None  # its event says the date is unknown


def test_the_cli_prints_the_same_and_exits_zero(tmp_path: Path):
    from typer.testing import CliRunner

    from sayso.cli import app

    kinds = build(tmp_path / "corpus")
    small = [k for k in kinds if k.name in ("binary.txt", "russian.txt", "huge.txt", "missing")]
    result = CliRunner().invoke(
        app, ["ingest", "--db", str(tmp_path / "s.db"), "--max-bytes", str(LIMIT), *paths(small)]
    )
    assert result.exit_code == 0, result.output
    err = result.stderr.splitlines()
    for kind in small:
        if kind.skipped:
            (line,) = [ln for ln in err if ln.startswith(f"skipped {kind.paths[0]}:")]
            assert kind.skipped in line
    assert any("not analysed" in ln and "russian.txt" in ln for ln in err)
    assert "3 skipped (1 binary file, 1 file too large, 1 no such file" in err[-1]


def test_size_limit_comes_from_the_environment(tmp_path: Path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("word " * 400, encoding="utf-8")
    monkeypatch.setenv("SAYSO_MAX_BYTES", "1000")
    (item,) = read_inputs([big])
    assert "file too large" in str(item)
    (item,) = read_inputs([big], max_bytes=5000)  # the option beats the variable
    assert isinstance(item, Article)
    monkeypatch.setenv("SAYSO_MAX_BYTES", "lots")
    with pytest.raises(ValueError, match="SAYSO_MAX_BYTES"):
        list(read_inputs([big]))


# -- bounded work on pathological text -----------------------------------------------------


@pytest.fixture
def parsed_tokens(monkeypatch):
    """Counts the tokens of every Doc the extraction engine has the pipeline build."""
    counts: list[int] = []
    real = engine.load

    class Counting:
        def __init__(self, nlp):
            self.nlp = nlp

        def __call__(self, text, *args, **kwargs):
            doc = self.nlp(text, *args, **kwargs)
            counts.append(sum(1 for t in doc if not t.is_space))
            return doc

        def __getattr__(self, name):
            return getattr(self.nlp, name)

    monkeypatch.setattr(engine, "load", lambda: Counting(real()))
    return counts


HEAD = "Ferry operator says 40 passengers were stranded\n\n"


@pytest.mark.parametrize(
    "body",
    [
        " ".join(["the passengers said the storm was over"] * 7_000) + ".",  # 50k+ characters
        " ".join(str(n * 7919 % 100_003) for n in range(8_000)),  # a wall of numbers
        "x" * 60_000,  # one 60,000-character word
    ],
    ids=["long-sentence", "wall-of-numbers", "one-huge-word"],
)
def test_pathological_stretches_are_not_parsed(parsed_tokens, body):
    article = Article(id="p", text=HEAD + body + "\n\nThe harbour said 40 people were safe.\n")
    claims = engine.extract_claims(article)
    assert sum(parsed_tokens) <= 40  # headline and the last sentence only, not 8,000+ tokens
    for c in claims:
        assert article.text[c.span.start : c.span.end] == c.quote
    assert any(n.startswith("partly analysed") for n in guard.notes(article))


def test_only_the_first_part_of_a_giant_article_is_parsed(parsed_tokens, monkeypatch):
    monkeypatch.setattr(guard, "MAX_ANALYSED_CHARS", 2_000)  # the real cap, made cheap to test
    sentence = "Russia launched 40 drones at Ukraine overnight, the air force said.\n"
    text = sentence * 300  # 20,000 characters, every sentence worth parsing
    article = Article(id="giant", text=text)
    assert guard.parse_text(article) == text[:2_000]
    claims = engine.extract_claims(article)
    assert 0 < sum(parsed_tokens) <= 15 * (2_000 // len(sentence) + 1)
    assert claims and all(c.span.end <= 2_000 for c in claims)
    assert any("partly analysed" in n for n in guard.notes(article))


def test_non_english_is_never_parsed(parsed_tokens):
    from hostile_corpus import GERMAN, RUSSIAN

    for lang, text in (("ru", RUSSIAN), ("de", GERMAN)):
        assert engine.extract_claims(Article(id=lang, text=text, language=lang)) == []
    assert parsed_tokens == []


def test_ordinary_text_is_parsed_whole():
    text = HEAD + "The harbour authority said 40 passengers were stranded. " * 30
    assert guard.parse_text(Article(id="ok", text=text)) == text
    assert guard.notes(Article(id="ok", text=text)) == []
