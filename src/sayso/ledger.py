"""The one service every shell calls: ingest, query, export, evaluate.

The CLI (and later the web app and API) never touch the database or the NLP themselves; they go
through a ``Ledger``, so that every shell sees the same ingestion rules (unchanged inputs are not
re-analysed, syndicated copies are analysed once) and the same stable export order.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sayso.records import Article, Claim, Event

DEFAULT_DB = "sayso.db"
DB_ENV = "SAYSO_DB"
#: Stored articles folded into the events together during an ingest (see ``ingest_articles``).
RESOLVE_BATCH = 32

#: Called after each article with (articles done, articles in all, what was just done).
Progress = Callable[[int, int, str], None]


def shown_db(db: str) -> str:
    """A store as messages and logs may show it: a URL's password is masked."""
    if "://" not in db:
        return db
    from sqlalchemy.engine import make_url

    try:
        return make_url(db).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: show its scheme only
        return db.split("://", 1)[0] + "://…"


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
    not_analysed: int = 0  # stored but not analysed (not English): no claims taken from them
    reasons: dict[str, int] = field(default_factory=dict)  # skipped inputs per reason

    @property
    def read(self) -> int:
        return self.added + self.unchanged + self.updated + self.copies

    def skip(self, line: str, reason: str) -> None:
        """Record a skipped input: its one-line message, and its reason for the tally."""
        self.skipped.append(line)
        key = _REASON_DETAIL.split(reason, maxsplit=1)[0].strip() or reason
        self.reasons[key] = self.reasons.get(key, 0) + 1

    def line(self) -> str:
        """One human line, e.g. ``3 added, 1 unchanged, …; 12 claims; 4 events``."""
        copies = "copy" if self.copies == 1 else "copies"
        why = ", ".join(f"{n} {reason}" for reason, n in sorted(self.reasons.items()))
        return (
            f"{self.added} added, {self.unchanged} unchanged, {self.updated} updated, "
            f"{self.copies} {copies}, {len(self.skipped)} skipped{f' ({why})' if why else ''}; "
            f"{self.not_analysed} stored but not analysed (not English); "
            f"{self.claims} new claims; {self.events} events in the store"
        )

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


#: Where a skip reason's details start ("file too large (3 MB…)", "binary file, not text").
_REASON_DETAIL = re.compile(r"[(:,]")


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
            raise LedgerError(f"cannot open database {shown_db(self.db)}: {reason}") from exc

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
        max_bytes: int | None = None,
        jobs: int = 1,
        runner: Callable[[int], Any] | None = None,
    ) -> IngestSummary:
        """Read, analyse and store inputs, then rebuild the events over the whole store.

        A bad input is skipped and named in ``summary.skipped``; what is stored stays intact.
        ``max_bytes`` caps an input's size (default: ``$SAYSO_MAX_BYTES``, else 20 MB).
        """
        from sayso.sources import read_inputs

        # Streamed: memory stays flat; the progress total is 0 (unknown). ``jobs`` and
        # ``runner``: see ``ingest_articles``.
        items = read_inputs(
            [str(p) for p in paths], published=published, outlet=outlet, max_bytes=max_bytes
        )
        return self.ingest_articles(items, progress=progress, jobs=jobs, runner=runner)

    def ingest_articles(
        self,
        items: Iterable[object],
        *,
        progress: Progress | None = None,
        jobs: int = 1,
        runner: Callable[[int], Any] | None = None,
    ) -> IngestSummary:
        """Like ``ingest``, for inputs already read: Articles (pasted text, uploads, fetched
        pages in the web app) or the errors met reading them (``SourceError``).

        ``jobs`` worker processes (or ``runner``'s, e.g. a Dask cluster) analyse the articles
        while this process writes them in input order (``sayso.parallel``): same store as 1.
        """
        from sayso.dedupe import NearDuplicates
        from sayso.parallel import analysed

        summary = IngestSummary()
        self._near = NearDuplicates(self.store)  # syndicated copies, lightly edited
        # Each new article is folded into the events it may join (sayso.resolve.incremental),
        # unless readers' corrections regroup claims or the store's events predate the
        # blocking index: then the events are rebuilt once at the end.
        incremental = not self.corrections() and not self.store.needs_rebuild()
        total = len(items) if isinstance(items, list | tuple) else 0
        seen: set[str] = set()
        flow = analysed(items, lambda a: self._needs_analysis(a, seen), jobs=jobs, runner=runner)
        # Stored articles whose claims wait to be folded into the events, with the events
        # their old claims were in: folded RESOLVE_BATCH at a time, since neighbouring
        # articles of a feed or crawl mostly share candidate events (same story, same days).
        # Until then they are ``unresolved_articles``, which ``resolve_pending`` picks up if
        # the run is cut short.
        waiting: tuple[list[str], set[str]] = ([], set())
        for done, (item, extracted) in enumerate(flow, 1):
            if isinstance(item, Article):
                label = self._ingest_one(item, summary, extracted, waiting if incremental else None)
                if len(waiting[0]) >= RESOLVE_BATCH:
                    self._resolve_waiting(waiting)
            else:
                summary.skip(str(item), getattr(item, "reason", str(item)))
                label = f"skipped {getattr(item, 'name', '')}".strip()
            if progress:
                progress(done, total, label)
        if incremental:
            self._resolve_waiting(waiting)
            summary.events = self.store.counts()["events"]
        else:
            summary.events = len(self.rebuild_events())
        return summary

    def _needs_analysis(self, article: Article, seen: set[str]) -> bool:
        """Whether extraction must run: not for an unchanged article, nor for a verbatim copy
        of one stored or read earlier in this run (``seen`` holds this run's hashes)."""
        digest = article.content_hash
        if digest in seen:
            return False
        seen.add(digest)
        return self.store.original_by_hash(digest) is None

    def _resolve_waiting(self, waiting: tuple[list[str], set[str]]) -> None:
        ids, stale = waiting
        if ids or stale:
            self.resolve_incremental(ids, stale)
        ids.clear()
        stale.clear()

    def _ingest_one(
        self,
        article: Article,
        summary: IngestSummary,
        extracted: Any = None,
        waiting: tuple[list[str], set[str]] | None = None,
    ) -> str:
        """Store one article; ``extracted`` holds the claims a worker found (or its error).
        ``waiting``: where it goes to be folded into the stored events (incremental)."""
        from sayso.extract import extract_claims, guard

        where = article.source or article.id
        article.notes.extend(guard.notes(article))  # stored with it: "not analysed: …"
        for note in article.notes:
            summary.warnings.append(f"{where}: {note}")
        stored = self.store.content_hash_of(article.id)  # ids and hashes: no text is read
        if stored == article.content_hash:
            summary.unchanged += 1
            return f"unchanged {article.id}"
        original = self.store.original_by_hash(article.content_hash)
        copy_of = original if original is not None and original != article.id else None
        # The events its old claims were in, if its text changed: they are regrouped too.
        old = self.store.claims(article.id) if stored is not None else []
        stale = {c.event_id for c in old if c.event_id}
        # Its near-duplicate signature (not for verbatim copies), stored with it (one commit).
        near = getattr(self, "_near", None)
        signed = (
            near.prepare(article.id, article.text) if near is not None and copy_of is None else None
        )
        try:
            if copy_of is not None:
                claims = _copy_claims(self.store.claims(copy_of), article.id)
            elif isinstance(extracted, Exception):
                raise extracted
            else:
                claims = extracted if extracted is not None else extract_claims(article)
            status = self.store.add_article(
                article, claims, copy_of=copy_of, signature=signed[1] if signed else None
            )
        except Exception as exc:  # one article's failure must not stop the run
            reason = " ".join(str(exc).split()) or type(exc).__name__
            summary.skip(f"{where}: could not be analysed: {reason}", "could not be analysed")
            return f"failed {article.id}"
        if status == "unchanged":
            summary.unchanged += 1
            return f"unchanged {article.id}"
        if status in ("added", "updated") and near is not None and signed is not None:
            near.indexed(article.id, signed[0])
        if waiting is not None:
            waiting[0].append(article.id)
            waiting[1].update(stale)
        summary.claims += len(claims)
        if not guard.analysable(article):
            summary.not_analysed += 1
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

    def resolve_incremental(self, article_ids: Iterable[str], stale: Iterable[str] = ()):
        """Fold these stored articles' claims into the events they may join (the candidates
        of the blocking index), as a rebuild would group them; returns what it examined."""
        from sayso.resolve.incremental import resolve_articles

        with self.store.exclusive():  # another ingest's step must not interleave (lock.py)
            return resolve_articles(self.store, article_ids, stale)

    def resolve_pending(self):
        """Resolve claims that are in no event yet (an interrupted run), incrementally; a
        store whose events predate the blocking index is rebuilt instead."""
        pending = self.store.unresolved_articles()
        if self.corrections() or self.store.unindexed_events():
            self.rebuild_events()
            return len(pending)
        self.resolve_incremental(pending)
        return len(pending)

    def rebuild_events(self) -> list[Event]:
        """Group every stored claim into events again; deterministic, so a rebuild is a no-op
        when nothing changed."""
        with self.store.exclusive():  # read and rewrite as one step across processes (lock.py)
            return self._rebuild_events()

    def _rebuild_events(self) -> list[Event]:
        from sayso.resolve import resolve_events

        published = self.store.published(None)
        sources = self.store.copy_groups()  # syndicated copies, verbatim or near: one source
        found = self.corrections()
        if found:  # readers' corrections decide what is grouped and judged
            from functools import partial

            from sayso.corrections import regroup
            from sayso.resolve import verdicts_for

            events = regroup(
                self.store.claims(), found, partial(resolve_events, sources=sources),
                partial(verdicts_for, sources=sources), published,
            )
        else:
            events = resolve_events(self.store.claims(), published, sources)
        self.store.save_events(events)
        return events

    # -- queries ---------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        return self.store.articles()

    def claims(self, article: str | None = None) -> list[Claim]:
        """Claims as corrected by readers (see ``sayso.corrections``), in export order."""
        return sorted(self.corrected(self.store.claims(article)), key=_export_order)

    def events(self) -> list[Event]:
        """All events, their claims as corrected (corrections read once, not per event)."""
        from sayso.corrections import apply

        events = self.store.events()
        if found := self.corrections():
            for ev in events:
                ev.claims = apply(ev.claims, found)
        return events

    def event(self, event_id: str) -> Event | None:
        ev = self.store.event(event_id)
        return self._corrected_event(ev) if ev is not None else None

    def published_of(self, events: Iterable[Event]) -> dict[str, date | None]:
        """Publication dates of the articles behind these events."""
        return self.store.published({c.article_id for ev in events for c in ev.claims})

    def sources_of(self, events: Iterable[Event]) -> dict[str, tuple[str | None, date | None]]:
        """Outlet and publication date of the articles behind these events."""
        return self.store.article_sources({c.article_id for ev in events for c in ev.claims})

    def disputes(self) -> list:
        """Every contested, denied or withheld figure, newest first (``resolve.disputes``)."""
        from sayso.resolve.disputes import disputes

        events = self.events()
        return disputes(events, self.published_of(events))

    def totals(
        self,
        measure: str,
        *,
        since: date | None = None,
        until: date | None = None,
        direction: tuple[str, str] | None = None,
    ) -> list:
        """A measure summed over a period per claimant, checked against stated running
        totals (``resolve.totals``)."""
        from sayso.resolve.totals import totals

        events = self.events()
        return totals(
            events, measure, since=since, until=until, direction=direction,
            published=self.published_of(events),
        )

    def export_predictions(self, article: str | None = None) -> Iterator[dict]:
        """FORMAT.md prediction records, in a stable order (article, offsets, fact, claimant).
        Claims marked wrong are left out; corrected ones say so under ``corrections``."""
        from sayso.corrections import export_note, wrong

        # The event's own date, not the claim's: reports a day apart merged into one event
        # (resolve.events, step 3) carry the date the event was given.
        dates = self.store.event_dates()
        for claim in self.claims(article):
            if wrong(claim):
                continue
            rec = prediction(claim)
            if claim.event_id in dates:
                when = dates[claim.event_id]
                rec["event"]["date"] = when.isoformat() if when else None
            if note := export_note(claim):
                rec["corrections"] = note
            yield rec

    # -- corrections -----------------------------------------------------------------------

    def corrections(self, article_ids: Iterable[str] | None = None) -> list:
        """Stored corrections (``sayso.corrections.Correction``), newest first."""
        from sayso.store.corrected import corrections

        return corrections(self.store, article_ids)

    def corrected(self, claims: list[Claim]) -> list[Claim]:
        """Claims with the corrections of their articles applied."""
        from sayso.corrections import apply

        if not claims:
            return claims
        found = self.corrections({c.article_id for c in claims})
        return apply(claims, found) if found else claims

    def _corrected_event(self, ev: Event) -> Event:
        ev.claims = self.corrected(ev.claims)
        return ev

    def correct(
        self, claim: Claim, kind: str, changes: dict | None, author: str, reason: str
    ) -> object:
        """Store a reader's correction of a stored claim, then regroup the events so verdicts
        follow it. Raises ``sayso.corrections.CorrectionError`` for a bad one."""
        from sayso.corrections import CorrectionError, for_claim
        from sayso.store.corrected import add_correction

        correction = for_claim(claim, kind, changes, author, reason)
        target = correction.changes.get("event_id")
        if target and self.store.event(target) is None:
            raise CorrectionError(f"no event {target!r}")
        add_correction(self.store, correction)
        self.rebuild_events()
        return correction

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
