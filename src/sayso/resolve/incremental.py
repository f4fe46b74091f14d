"""Incremental resolution: fold one article's claims into the stored events.

Clustering (:func:`sayso.resolve.events.resolve_events`) groups reports within a (type, day)
block, where a report meets only the events sharing a party with it, and links events of
neighbouring days only through a shared exact figure. So for a new or changed article it is
enough to re-resolve the claims of the *candidate* events — those the store's blocking index
finds for the article's reports (``event_blocks``: type × day × party; ``event_figures``: type ×
neighbouring day × figure), closed over what they in turn could join — together with the
article's own claims, and to put the result in their place. The outcome equals a rebuild over
the whole store (a property test checks it), and the work per article depends on the size of
its blocks, not of the store.

Two kinds of day make the window of the blocking: an event day, and for umbrella or undated
claims the month their article came out (``undated-YYYY-MM``, see ``day_key``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from sayso.records import Claim, Event

from .events import claim_sort_key, figure_keys, reports, resolve_events

if TYPE_CHECKING:
    from sayso.store.blocks import BlockIndex


class EventStore(Protocol):
    """What incremental resolution needs from a store (``sayso.store.Store`` has it all)."""

    def claims_of_articles(self, article_ids: Iterable[str]) -> list[Claim]: ...
    def block_index(self) -> BlockIndex: ...
    def claims_of_events(self, event_ids: set[str]) -> list[Claim]: ...
    def published(self, article_ids: set[str]) -> dict: ...
    def copy_groups(self, article_ids: set[str]) -> dict[str, str]: ...
    def replace_events(self, remove: set[str], events: list[Event]) -> None: ...


@dataclass
class Resolution:
    """What one incremental step did: for the ledger's summary and for ``make bench``."""

    claims: int = 0  # the article's claims
    candidates: int = 0  # stored events examined (re-resolved) for it
    events: int = 0  # events written in their place


def resolve_articles(
    store: EventStore, article_ids: Iterable[str], stale: Iterable[str] = ()
) -> Resolution:
    """Re-resolve the stored claims of ``article_ids`` with the events they may join.

    ``stale`` names events that held claims since removed (an article whose text changed):
    their blocks are re-resolved too, so that what is left of them regroups as a rebuild would.
    """
    ids = sorted(set(article_ids))
    new = store.claims_of_articles(ids)
    published = store.published(set(ids))
    stale = set(stale)
    pending: list[tuple[str, str, set[str], set[str]]] = []
    for report in reports(sorted(new, key=claim_sort_key), published):
        type_, day, _ = report.key
        pending.append((type_, day, set(report.parties), figure_keys(report.claims)))

    # Closure: the events of each block sharing a party, the events of neighbouring days
    # sharing a figure, and so on from every event found, until nothing new turns up. It is
    # taken a round at a time (the order does not change the closure), each round's blocks
    # read from the index in a few queries (``BlockIndex``).
    index = store.block_index()
    candidates = set(stale)
    to_expand, expanded = set(stale), set()
    seen: set[tuple] = set()
    while pending or to_expand:
        if to_expand:
            pending += index.blocks_of(to_expand)
            expanded |= to_expand
            to_expand = set()
        index.load(block for type_, day, _, _ in pending for block in _around(type_, day))
        while pending:
            type_, day, parties, figures = pending.pop()
            key = (type_, day, frozenset(parties), frozenset(figures))
            if key in seen:
                continue
            seen.add(key)
            found = index.candidate_events(type_, day, parties)
            when = _day(day)
            if when is not None and figures:
                for near in (when - timedelta(days=1), when + timedelta(days=1)):
                    found |= index.linked_events(type_, near.isoformat(), figures)
            to_expand |= found - expanded
            candidates |= found

    # A claim of these articles already in a candidate event (a re-run) is taken once.
    keys = {getattr(c, "_db_id", None) for c in new}
    old = store.claims_of_events(candidates)
    claims = new + [c for c in old if getattr(c, "_db_id", None) not in keys]
    published.update(store.published({c.article_id for c in claims} - set(published)))
    sources = store.copy_groups({c.article_id for c in claims})  # copies count once
    events = resolve_events(claims, published, sources)
    store.replace_events(candidates, events)
    return Resolution(claims=len(new), candidates=len(candidates), events=len(events))


def _around(type_: str, day: str) -> list[tuple[str, str]]:
    """The blocks a report of (type, day) asks about: its own, and a dated day's neighbours."""
    when = _day(day)
    if when is None:
        return [(type_, day)]
    return [(type_, (when + timedelta(days=d)).isoformat()) for d in (-1, 0, 1)]


def _day(day: str) -> date | None:
    """The date of a dated block (``undated-…`` blocks have none)."""
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None
