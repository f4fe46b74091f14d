"""The one service every shell calls: ingest, query, export, evaluate.

The CLI (and later the web app and API) never touch the database or the NLP themselves; they go
through a ``Ledger``, so that every shell sees the same ingestion rules (unchanged inputs are not
re-analysed, syndicated copies are analysed once) and the same stable export order.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sayso.records import Article, Claim, Event

DEFAULT_DB = "sayso.db"
DB_ENV = "SAYSO_DB"

#: Called after each article with (articles done, articles in all, what was just done).
Progress = Callable[[int, int, str], None]


class LedgerError(Exception):
    """A problem the user must fix (a store that cannot be opened); one line of text."""


def resolve_db(db: str | None = None) -> str:
    """The database to use: ``--db`` beats ``$SAYSO_DB``, which beats ``./sayso.db``."""
    return db or os.environ.get(DB_ENV) or DEFAULT_DB


def db_url(db: str) -> str:
    """A value with ``://`` is a database URL; anything else is an SQLite file path."""
    from sayso.store import Store

    return Store.url_for(db)


@dataclass
class IngestSummary:
    """What one ingest run did, for the summary line and for tests."""

    added: int = 0
    unchanged: int = 0
    updated: int = 0
    copies: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per skipped input
    warnings: list[str] = field(default_factory=list)  # notes on inputs that were stored
    claims: int = 0  # claims stored by this run (extracted or carried over to copies)
    events: int = 0  # events in the whole store after the run

    @property
    def read(self) -> int:
        return self.added + self.unchanged + self.updated + self.copies

    def line(self) -> str:
        """One human line, e.g. ``3 added, 1 unchanged, …; 12 claims; 4 events``."""
        copies = "copy" if self.copies == 1 else "copies"
        return (
            f"{self.added} added, {self.unchanged} unchanged, {self.updated} updated, "
            f"{self.copies} {copies}, {len(self.skipped)} skipped; "
            f"{self.claims} new claims; {self.events} events in the store"
        )

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def _copy_claims(claims: list[Claim], article_id: str) -> list[Claim]:
    """The claims of an original, re-keyed to a verbatim copy (offsets hold: same text)."""
    return [dataclasses.replace(c, article_id=article_id, event_id=None) for c in claims]


def _upper(code: str | None) -> str | None:
    return code.upper() if isinstance(code, str) else code


def prediction(claim: Claim) -> dict:
    """FORMAT.md's prediction record of a claim, with every code upper case."""
    rec = claim.to_prediction()
    rec["from"] = _upper(rec["from"])
    rec["to"] = _upper(rec["to"])
    return rec


def _export_order(c: Claim) -> tuple:
    return (
        c.article_id, c.span.start, c.span.end, c.measure, c.from_code or "", c.to_code or "",
        c.claimant, c.undisclosed, -1 if c.value is None else c.value, tuple(c.via), c.stance,
    )


@dataclass
class ReextractSummary:
    """What `sayso reextract` did: articles seen, which of them changed, claims before/after."""

    articles: int = 0
    changed: list[str] = field(default_factory=list)
    claims_before: int = 0
    claims_after: int = 0
    events: int = 0

    def line(self) -> str:
        return (f"{self.articles} articles re-extracted, {len(self.changed)} changed; "
                f"claims {self.claims_before} -> {self.claims_after}; {self.events} events")


def _export_key(c: Claim) -> tuple:
    """A claim's content, without row ids or confidence: what a user would call a change."""
    return _export_order(c) + (c.approx or "", c.scope or "", c.quote, c.extractor_version)


class Ledger:
    """A store of articles, claims and events, and the rules for filling it."""

    def __init__(self, db: str | None = None) -> None:
        from sayso.store import Store

        self.db = resolve_db(db)
        try:
            self.url = db_url(self.db)
            self.store = Store(self.url)
        except Exception as exc:  # any driver or migration error: one clear line
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise LedgerError(f"cannot open database {self.db}: {reason}") from exc

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | os.PathLike],
        *,
        published: date | None = None,
        outlet: str | None = None,
        progress: Progress | None = None,
    ) -> IngestSummary:
        """Read, analyse and store inputs, then rebuild the events over the whole store.

        A bad input is skipped and named in ``summary.skipped``; what is stored stays intact.
        """
        from sayso.sources import read_inputs

        summary = IngestSummary()
        # Reading is quick next to extraction: read everything first so the bar has a total.
        items = list(read_inputs([str(p) for p in paths], published=published, outlet=outlet))
        for done, item in enumerate(items, 1):
            if isinstance(item, Article):
                label = self._ingest_one(item, summary)
            else:
                summary.skipped.append(str(item))
                label = f"skipped {getattr(item, 'name', '')}".strip()
            if progress:
                progress(done, len(items), label)
        summary.events = len(self.rebuild_events())
        return summary

    def _ingest_one(self, article: Article, summary: IngestSummary) -> str:
        from sayso.extract import extract_claims

        where = article.source or article.id
        for note in article.notes:
            summary.warnings.append(f"{where}: {note}")
        stored = self.store.get_article(article.id)
        if stored is not None and stored.content_hash == article.content_hash:
            summary.unchanged += 1
            return f"unchanged {article.id}"
        original = self.store.article_by_hash(article.content_hash)
        copy_of = original.id if original is not None and original.id != article.id else None
        try:
            if copy_of is not None:
                claims = _copy_claims(self.store.claims(copy_of), article.id)
            else:
                claims = extract_claims(article)
            status = self.store.add_article(article, claims, copy_of=copy_of)
        except Exception as exc:  # one article's failure must not stop the run
            reason = " ".join(str(exc).split()) or type(exc).__name__
            summary.skipped.append(f"{where}: could not be analysed: {reason}")
            return f"failed {article.id}"
        if status == "unchanged":
            summary.unchanged += 1
            return f"unchanged {article.id}"
        summary.claims += len(claims)
        if status == "copy":
            summary.copies += 1
        elif status == "updated":
            summary.updated += 1
        else:
            summary.added += 1
        return f"{status} {article.id}"

    def reextract(
        self, article_ids: Iterable[str] | None = None, *, progress: Progress | None = None
    ) -> ReextractSummary:
        """Run extraction again over stored articles (after an upgrade or a lexicon edit) and
        regroup the events. Originals go first, so a verbatim copy takes its original's new
        claims; each article's claims are swapped in one transaction."""
        from sayso.extract import extract_claims

        wanted = set(article_ids) if article_ids is not None else None
        articles = [a for a in self.store.articles() if wanted is None or a.id in wanted]
        if wanted is not None and (unknown := wanted - {a.id for a in articles}):
            raise LedgerError(f"no such article: {', '.join(sorted(unknown))}")
        copy_of = {a.id: self.store.copy_of(a.id) for a in articles}
        articles.sort(key=lambda a: (copy_of[a.id] is not None, a.id))
        summary = ReextractSummary()
        for done, article in enumerate(articles, 1):
            before = self.store.claims(article.id)
            original = copy_of[article.id]
            if original is not None:
                claims = _copy_claims(self.store.claims(original), article.id)
            else:
                claims = extract_claims(article)
            self.store.replace_claims(article.id, claims)
            summary.articles += 1
            summary.claims_before += len(before)
            summary.claims_after += len(claims)
            if sorted(map(_export_key, before)) != sorted(map(_export_key, claims)):
                summary.changed.append(article.id)
            if progress:
                progress(done, len(articles), article.id)
        summary.events = len(self.rebuild_events())
        return summary

    def rebuild_events(self) -> list[Event]:
        """Group every stored claim into events again; deterministic, so a rebuild is a no-op
        when nothing changed."""
        from sayso.resolve import resolve_events

        published = {a.id: a.published for a in self.store.articles()}
        events = resolve_events(self.store.claims(), published)
        self.store.save_events(events)
        return events

    # -- queries ---------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        return self.store.articles()

    def claims(self, article: str | None = None) -> list[Claim]:
        return sorted(self.store.claims(article), key=_export_order)

    def events(self) -> list[Event]:
        return self.store.events()

    def event(self, event_id: str) -> Event | None:
        return self.store.event(event_id)

    def export_predictions(self, article: str | None = None) -> Iterator[dict]:
        """FORMAT.md prediction records, in a stable order (article, offsets, fact, claimant)."""
        for claim in self.claims(article):
            yield prediction(claim)

    # -- evaluation ------------------------------------------------------------------------

    @classmethod
    def evaluate(
        cls,
        gold_dir: str | os.PathLike,
        *,
        progress: Progress | None = None,
        export_to: str | os.PathLike | None = None,
        report: Callable[[IngestSummary], None] | None = None,
    ) -> dict:
        """Score sayso on a gold folder: ingest its ``*.json`` files (sorted) into a scratch
        store, export, and compute FORMAT.md's metrics. ``export_to`` keeps the export;
        ``report`` receives the ingest summary (skipped gold files are worth a warning)."""
        import json

        from sayso.evaluate import load_gold, score

        folder = Path(gold_dir)
        if not folder.is_dir():
            raise LedgerError(f"{gold_dir}: not a folder of gold files")
        files = sorted(folder.glob("*.json"))
        if not files:
            raise LedgerError(f"{gold_dir}: no *.json gold files")
        with tempfile.TemporaryDirectory(prefix="sayso-eval-") as tmp:
            with cls(str(Path(tmp) / "eval.db")) as ledger:
                summary = ledger.ingest(files, progress=progress)
                predictions = list(ledger.export_predictions())
        if report is not None:
            report(summary)
        if export_to is not None:
            with open(export_to, "w", encoding="utf-8") as fh:
                for rec in predictions:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return score(load_gold(folder), predictions)
