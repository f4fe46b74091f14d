"""What is worked out once per Doc gives exactly what spaCy gives when asked each time."""

from __future__ import annotations

import re

import pytest

from sayso.extract import perdoc
from sayso.extract.actors import _country_names, _longest_first, country_in
from sayso.extract.lexicon import lexicon
from sayso.nlp import load

#: New sentences: several per text, entities, quotes, a headline line, runs of blanks.
TEXTS = [
    "Ferry Strike Leaves Harbour Shut\nThe coast guard said on Monday that 12 sailors were "
    "rescued near Varna, while Bulgarian officials, citing the port authority, put the toll at "
    "three. \"Nobody else is missing,\" the mayor told BTA.",
    "   \n  According to the Red Cross, 40 detainees from Papua New Guinea were freed; "
    "South Sudan's army denied it.",
    "Officials on both sides said the swap, brokered by Qatar, would take place on Friday.",
]


@pytest.fixture(scope="module")
def docs():
    return [load()(text) for text in TEXTS]


def test_tokens_texts_and_span_texts(docs) -> None:
    for doc in docs:
        assert perdoc.doc_tokens(doc) == list(doc)
        assert perdoc.texts(doc) == [t.text for t in doc]
        assert perdoc.lowers(doc) == [t.lower_ for t in doc]
        for start in range(len(doc)):
            for end in range(start, min(len(doc), start + 7) + 1):
                assert perdoc.span_text(doc, start, end) == doc[start:end].text


def test_sentences_entities_and_text(docs) -> None:
    for doc in docs:
        assert perdoc.ents(doc) == doc.ents
        for tok in doc:
            assert perdoc.sent_of(tok) == tok.sent
        for sent in doc.sents:
            assert perdoc.sent_tokens(sent) == list(sent)
            assert perdoc.text_of(sent) == sent.text
            assert perdoc.ents_in(sent) == list(sent.ents)


def _walks(tok) -> list:
    """Every attribute and walk of a token, with tokens read as their indices."""
    index = lambda ts: [t.i for t in ts]  # noqa: E731
    return [
        *(getattr(tok, name) for name in perdoc.READ_ONCE), tok.head.i, index(tok.children),
        index(tok.lefts), index(tok.rights), index(tok.subtree), index(tok.ancestors),
        index(tok.conjuncts), tok.left_edge.i, tok.right_edge.i,
    ]


def test_parsed_tokens_read_as_spacy_tokens(docs) -> None:
    for doc in docs:
        parsed = perdoc.doc_tokens(doc)
        assert all(isinstance(t, perdoc.ParsedToken) for t in parsed)
        for tok, plain in zip(parsed, doc, strict=True):
            assert _walks(tok) == _walks(plain)
            # a ParsedToken is the same token as spaCy's: equal both ways, one key in a dict
            assert tok == plain and plain == tok and {tok: 1}[plain] == 1
            assert tok.head is parsed[tok.head.i]
            assert all(c is parsed[c.i] for c in (*tok.children, *tok.subtree, *tok.ancestors))


def test_release_unlinks_the_parsed_tokens() -> None:
    doc = load()("The ministry said 30 drones were downed over the Black Sea.")
    parsed = perdoc.doc_tokens(doc)
    assert parsed[1].subtree
    perdoc.release(doc)
    assert not doc.user_data
    assert all(t.head is None and t.children is None for t in parsed)
    assert perdoc.doc_tokens(doc)[1].head.text == "said"  # built afresh if asked again


def test_right_end_is_the_last_token_of_the_subtree(docs) -> None:
    for doc in docs:
        for tok in reversed(doc):  # leaves first, then heads over known subtrees
            assert perdoc.right_end(tok) == max(x.i for x in tok.subtree)


def test_memo_builds_once_per_key(docs) -> None:
    doc, calls = docs[0], []

    def build(d):
        calls.append(d)
        return len(d)

    assert perdoc.memo(doc, "test_memo", build) == perdoc.memo(doc, "test_memo", build)
    assert len(calls) == 1


def test_country_tokens_match_a_fresh_reading(docs) -> None:
    lex = lexicon()
    for doc in docs:
        table = lex.countries_of(doc)
        assert [t.i for t in doc if table[t.i]] == [t.i for t in doc if lex.country_of_token(t)]
    doc = docs[1]
    guinea = next(t for t in doc if t.text == "Guinea")
    assert lex.country_of_token(guinea)[0] == "PNG"  # inside the longer name
    assert country_in(list(doc)[doc[0].i : guinea.i + 1], lex) == "PNG"


def test_opens_name_only_for_the_first_words_of_names() -> None:
    lex = lexicon()
    assert lex.opens_name("Papua ")
    assert lex.opens_name("SOUTH ")
    assert not lex.opens_name("swap ")


@pytest.mark.parametrize(
    "text",
    [
        "Sudan and South Sudan; the SUDANESE army, a Sudanese-led force, sudan's envoy.",
        "The West Bank, the west, Westminster and the Democratic Republic of the Congo.",
        "Guinea-Bissau, Equatorial Guinea, Guinea and papua new guinea.",
    ],
)
def test_trie_pattern_finds_what_the_plain_alternation_finds(text: str) -> None:
    words, pattern = _country_names(id(lexicon()))
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    plain = re.compile(r"(?<![\w.])(?:" + alts + r")(?!\w)", re.IGNORECASE)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_longest_first_backs_off_to_shorter_words() -> None:
    pattern = re.compile(r"(?<!\w)" + _longest_first(["ab", "abcd", "abx"]) + r"(?!\w)")
    assert [m.group(0) for m in pattern.finditer("abcd abc abx ab abcde")] == [
        "abcd", "abx", "ab",
    ]


def test_string_table_starts_afresh_past_its_size(monkeypatch) -> None:
    monkeypatch.setattr(perdoc, "STRINGS_KEPT", 5)
    nlp = load()
    first = nlp("Twelve drones were downed over Kherson, the air force said.")
    perdoc.doc_tokens(first)
    table = perdoc._STRINGS[id(nlp.vocab.strings)]
    assert len(table) > 5
    second = nlp("Nine shells hit Nikopol.")
    assert [t.lemma_ for t in perdoc.doc_tokens(second)] == [t.lemma_ for t in second]
    words = {w for t in second for w in (t.text, t.lower_, t.lemma_, t.dep_, t.tag_, t.ent_type_)}
    assert set(table.values()) <= words  # cleared, then this Doc's strings only
    perdoc.release(first)
    perdoc.release(second)
