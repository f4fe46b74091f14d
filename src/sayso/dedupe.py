"""Near-duplicates: the same wire story, lightly edited by two outlets, is one source.

Verbatim copies share a content hash (``ArticleRow.copy_of``). Syndicated copy is rarely
verbatim: outlets retitle it, trim a paragraph, change a word. Each stored article gets a MinHash
signature of its word 3-grams; datasketch's LSH finds stored articles whose estimated Jaccard
similarity passes ``THRESHOLD``, and the new article is recorded as a near copy of the most
similar one (ties: the smaller id), so that groups are deterministic. Signatures are stored, so
the index is rebuilt from the database without re-reading any text. Resolution reads the groups,
verbatim and near alike, through ``Store.copy_groups``: verdicts count a group once as a source.
"""

from __future__ import annotations

import functools
import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from sqlalchemy import delete, select

from sayso.store import Store
from sayso.store.schema import SignatureRow

NUM_PERM = 64
THRESHOLD = 0.6
SHINGLE = 3
SEED = 1
_WORD = re.compile(r"\w+")


def signature(text: str) -> LeanMinHash:
    """The MinHash of a text's lower-case word 3-grams (the whole text when shorter)."""
    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m = _empty().copy()  # its permutations are computed once, not per article
    m.update_batch([g.encode("utf-8") for g in grams])
    return LeanMinHash(m)


@functools.cache
def _empty() -> MinHash:
    """A MinHash of nothing yet, copied for each text."""
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def _to_bytes(sig: LeanMinHash) -> bytes:
    return np.asarray(sig.hashvalues).tobytes()


def _from_bytes(data: bytes) -> LeanMinHash:
    scheme, dtype = _native()
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(data, dtype=dtype), scheme=scheme)


def _native() -> tuple[str, np.dtype]:
    """The hashing scheme and value type of this datasketch (signatures are stored raw)."""
    probe = LeanMinHash(MinHash(num_perm=1, seed=SEED))
    return probe.scheme, np.asarray(probe.hashvalues).dtype


class NearDuplicates:
    """The LSH index over a store's signatures; ``note`` adds an article and links it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.sigs: dict[str, LeanMinHash] = {}
        with store._session() as s:
            for article_id, data in s.execute(
                select(SignatureRow.article_id, SignatureRow.signature)
            ):
                self._index(article_id, _from_bytes(data))

    def _index(self, article_id: str, sig: LeanMinHash) -> None:
        if article_id in self.sigs:
            self.lsh.remove(article_id)
        self.sigs[article_id] = sig
        self.lsh.insert(article_id, sig)

    def match(self, article_id: str, sig: LeanMinHash) -> tuple[str | None, float | None]:
        """The stored article this one nearly repeats, and the estimated similarity."""
        best: tuple[float, str] | None = None
        for other in self.lsh.query(sig):
            if other == article_id:
                continue
            sim = float(sig.jaccard(self.sigs[other]))
            if sim >= THRESHOLD and (best is None or (-sim, other) < (-best[0], best[1])):
                best = (sim, other)
        return (best[1], best[0]) if best else (None, None)

    def note(self, article_id: str, text: str) -> str | None:
        """Sign, link and store one article (replacing its old signature); returns the id of
        the article it nearly repeats, if any."""
        sig, row = self.prepare(article_id, text)
        with self.store._session.begin() as s:
            s.execute(delete(SignatureRow).where(SignatureRow.article_id == article_id))
            s.add(SignatureRow(**row))
        self.indexed(article_id, sig)
        return row["near_copy_of"]

    def prepare(self, article_id: str, text: str) -> tuple[LeanMinHash, dict]:
        """Sign and link an article without writing anything: its signature, and the values of
        its ``SignatureRow``, which the ingest stores in the article's own transaction
        (``Store.add_article(signature=…)``: one commit, never an article without one).
        Once stored, ``indexed`` adds the signature to the index."""
        sig = signature(text)
        original, sim = self.match(article_id, sig)
        if original is not None:
            # Point at the head of the group, so a chain of copies is one group.
            original = self.group_of(original)
        row = {
            "article_id": article_id,
            "signature": _to_bytes(sig),
            "near_copy_of": original,
            "similarity": round(sim, 4) if sim is not None else None,
        }
        return sig, row

    def indexed(self, article_id: str, sig: LeanMinHash) -> None:
        """Add a stored signature to the index (replacing the article's old one)."""
        self._index(article_id, sig)

    def group_of(self, article_id: str) -> str:
        """The first article of ``article_id``'s group of near copies."""
        with self.store._session() as s:
            head = s.scalar(
                select(SignatureRow.near_copy_of).where(SignatureRow.article_id == article_id)
            )
        return head or article_id


def near_copies(store: Store) -> dict[str, str]:
    """Every stored near copy and the article heading its group."""
    with store._session() as s:
        rows = s.execute(
            select(SignatureRow.article_id, SignatureRow.near_copy_of).where(
                SignatureRow.near_copy_of.is_not(None)
            )
        )
        return {a: b for a, b in rows}


def groups(store: Store) -> list[list[str]]:
    """Groups of near copies (each sorted, head first), sorted: one source each."""
    found: dict[str, list[str]] = {}
    for copy, head in near_copies(store).items():
        found.setdefault(head, []).append(copy)
    return sorted([head, *sorted(copies)] for head, copies in found.items())
