"""spaCy's attribute ruler and lemmatizer, with each token's outcome memoised by what it reads.

The English pipeline's attribute ruler maps tags to POS and morphology and fixes a few lemmas
with 179 Matcher patterns; running the Matcher and a Span per match cost about a tenth of the
whole parse. Its rules read only a token's tag, lower-case form, dependency label and whether it
is white space (and, for nine two-token rules, the next token's), so the outcome for one such
signature is the same wherever it occurs: this component works it out once from the ruler's own
compiled patterns and attributes and writes every token's result with one ``Doc.from_array``.
It gives exactly what the ruler gives (a test compares the two on new text).

The rule lemmatizer is the same kind of function, of a token's form, POS and morphology; it
walked every token in Python. Its memoised form works out each new signature once, in order of
first occurrence (spaCy's own cache fills in that order too), and writes lemmas by array; the
lists of known words its rules test candidate forms against become sets.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from sayso.nlp.rows import distinct_rows

#: What a rule may read, in the order of a token's signature.
_READ = (TAG, LOWER, DEP, IS_SPACE)
_READ_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: What a rule may set, in the order of the array written back.
_WRITE = (POS, MORPH, LEMMA, TAG, DEP)

Signature = tuple[int, int, int, int]
#: Signatures remembered before a memo starts afresh (memory stays flat on any corpus).
MEMO_SIZE = 200_000


def _predicate(name: str, want: Any, strings) -> Any:
    """A test of one signature field, as the Matcher reads a token pattern's value."""
    col = _READ_NAMES.index(name)
    if name == "IS_SPACE":
        return lambda sig: bool(sig[col]) == bool(want)
    text = strings.__getitem__
    if isinstance(want, str):
        return lambda sig: text(sig[col]) == want
    ((op, arg),) = want.items()
    if op in ("IN", "NOT_IN"):
        allowed, inside = frozenset(arg), op == "IN"
        return lambda sig: (text(sig[col]) in allowed) == inside
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda sig: bool(pattern.search(text(sig[col])))
    raise ValueError(f"attribute rule predicate {op!r} is not supported")


def _token_test(pattern: dict, strings) -> Any:
    tests = [_predicate(name, want, strings) for name, want in pattern.items()]
    return lambda sig: all(t(sig) for t in tests)


class MemoAttributeRuler:
    """The rules of an ``AttributeRuler``, applied by signature (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        # The ruler numbers its rules in the order they were added; later rules win.
        self.rules: list[tuple[int, list[Any], int, list[tuple[int, int]]]] = []
        patterns = ruler.patterns
        for rule_id, rule in enumerate(patterns):
            writes = [(_WRITE.index(attr), value) for attr, value in ruler.attrs[rule_id].items()]
            for pattern in rule["patterns"]:
                tests = [_token_test(tok, strings) for tok in pattern]
                index = rule["index"] % len(pattern)
                self.rules.append((rule_id, tests, index, writes))
        self.single = [r for r in self.rules if len(r[1]) == 1]
        # Most rules name an exact tag or an exact word: only those can match a signature.
        self._by_field: list[dict[int, list[int]]] = [{}, {}]
        self._always: list[int] = []
        for n, (rule_id, _, _, _) in enumerate(self.single):
            pattern = patterns[rule_id]["patterns"]
            first = pattern[0][0] if len(pattern) == 1 else {}
            for col, name in enumerate(("TAG", "LOWER")):
                if isinstance(first.get(name), str):
                    self._by_field[col].setdefault(strings[first[name]], []).append(n)
                    break
            else:
                self._always.append(n)
        self.multi = [r for r in self.rules if len(r[1]) > 1]
        self._memo: dict[Signature, dict[int, tuple[int, int]]] = {}
        self._starts: dict[Signature, list[int]] = {}
        self._rows: dict[Signature, tuple[tuple[int, ...], tuple[bool, ...]]] = {}

    def _outcome(self, sig: Signature) -> dict[int, tuple[int, int]]:
        """Column -> (rule id, value) that the single-token rules leave on a signature."""
        found = self._memo.get(sig)
        if found is None:
            found = {}
            candidates = sorted([*self._by_field[0].get(sig[0], ()),
                                 *self._by_field[1].get(sig[1], ()), *self._always])
            for n in candidates:  # in rule order: the last one wins
                rule_id, (test,), _, writes = self.single[n]
                if test(sig):
                    for col, value in writes:
                        found[col] = (rule_id, value)
            self._memo[sig] = found
        return found

    def _row(self, sig: Signature) -> tuple[tuple[int, ...], tuple[bool, ...]]:
        """The values the single-token rules write for a signature, and which they write."""
        found = self._rows.get(sig)
        if found is None:
            outcome = self._outcome(sig)
            found = self._rows[sig] = (
                tuple(outcome[c][1] if c in outcome else 0 for c in range(len(_WRITE))),
                tuple(c in outcome for c in range(len(_WRITE))),
            )
        return found

    def _multi_starts(self, sig: Signature) -> list[int]:
        """The multi-token rules whose first token matches a signature."""
        found = self._starts.get(sig)
        if found is None:
            found = self._starts[sig] = [m for m, rule in enumerate(self.multi) if rule[1][0](sig)]
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self._memo) > MEMO_SIZE:
            self._memo.clear()
            self._rows.clear()
            self._starts.clear()
        read = doc.to_array(list(_READ))
        out = doc.to_array(list(_WRITE))
        unique, inverse = distinct_rows(read)
        sigs = [tuple(row) for row in unique.tolist()]
        rows = [self._row(sig) for sig in sigs]
        values = numpy.array([r[0] for r in rows], dtype=numpy.uint64)
        mask = numpy.array([r[1] for r in rows], dtype=bool)
        out = numpy.where(mask[inverse], values[inverse], out)
        # the few two-token rules ("gon na", "let 's"), where they start
        multi: dict[tuple[int, int], tuple[int, int]] = {}
        for u, sig in enumerate(sigs):
            for m in self._multi_starts(sig):
                rule_id, tests, index, writes = self.multi[m]
                for i in numpy.flatnonzero(inverse == u).tolist():
                    if i + len(tests) <= len(doc) and all(
                        test(sigs[inverse[i + k]]) for k, test in enumerate(tests) if k
                    ):
                        for col, value in writes:
                            at = (i + index, col)
                            if rule_id >= multi.get(at, (-1, 0))[0]:
                                multi[at] = (rule_id, value)
        for (i, col), (rule_id, value) in multi.items():
            if rule_id >= self._outcome(sigs[inverse[i]]).get(col, (-1, 0))[0]:
                out[i, col] = value
        doc.from_array(list(_WRITE), out)
        return doc


class MemoLemmatizer:
    """A rule ``Lemmatizer`` applied once per (form, POS, morphology) signature."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.overwrite:
            raise ValueError("MemoLemmatizer keeps lemmas already set: overwrite must be off")
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], int] = {}
        # The rules ask whether a candidate form is a known word (``form in index``) of an index
        # kept as lists of up to 57k words: 75 µs a new token, most of the lemmatizer's time.
        # As sets the answers are the same.
        index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer.lookups else {}
        for pos, words in list(index.items()):
            if isinstance(words, list):
                index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self._memo) > MEMO_SIZE:
            self._memo.clear()
        strings = doc.vocab.strings
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        unique, first, inverse = distinct_rows(cols, return_index=True)
        lemmas = unique[:, 3].copy()
        for u in numpy.argsort(first, kind="stable").tolist():
            if lemmas[u]:  # set before (by the attribute rules): kept, as spaCy keeps it
                continue
            key = (int(unique[u, 0]), int(unique[u, 1]), int(unique[u, 2]))
            lemma = self._memo.get(key)
            if lemma is None:
                text = self.lemmatizer.lemmatize(doc[int(first[u])])[0]
                lemma = self._memo[key] = strings.add(text)
            lemmas[u] = lemma
        doc.from_array([LEMMA], lemmas[inverse.reshape(-1)])
        return doc


@Language.factory("sayso_lemmas", default_config={"lemmatizer": "lemmatizer"})
def make_memo_lemmatizer(nlp: Language, name: str, lemmatizer: str) -> MemoLemmatizer:
    """Takes over from the pipeline's rule lemmatizer named ``lemmatizer``."""
    return MemoLemmatizer(nlp.get_pipe(lemmatizer))


@Language.factory("sayso_attribute_rules", default_config={"ruler": "attribute_ruler"})
def make_memo_attribute_ruler(nlp: Language, name: str, ruler: str) -> MemoAttributeRuler:
    """Takes over from the pipeline's attribute ruler named ``ruler`` (which it copies)."""
    return MemoAttributeRuler(nlp.get_pipe(ruler))
