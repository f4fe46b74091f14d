"""The blocking index read in bulk, for one incremental resolution step.

An article's reports ask the index about many (type, day) blocks, and every event found leads
to more: asked one query at a time, that is hundreds of round trips per batch of articles. A
``BlockIndex`` loads whole blocks (and every row of the events in them) a set at a time, then
answers ``candidate_events``, ``linked_events`` and ``blocks_of`` from memory. It is a
snapshot: use it within one step, under the store's exclusive lock, and drop it before writing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select

from sayso.store.schema import EventBlockRow, EventFigureRow

#: Ids per ``IN (...)`` list: well under SQLite's oldest limit on bound parameters (999).
CHUNK = 500

Block = tuple[str, str]  # (type, day)


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _value(table: Any) -> Any:
    """The column that a row of the index keys its event by: a party, or a figure."""
    return table.party if table is EventBlockRow else table.figure


class BlockIndex:
    """The rows of the blocking index that one resolution step asks about, cached."""

    def __init__(self, sessions: Callable[[], Any]) -> None:
        self._sessions = sessions
        self._blocks: dict[Block, list[tuple[str, str]]] = {}  # (event id, party)
        self._figures: dict[Block, list[tuple[str, str]]] = {}  # (event id, figure)
        self._event_blocks: dict[str, list[tuple[str, str, str]]] = {}  # (type, day, party)
        self._event_figures: dict[str, list[tuple[str, str, str]]] = {}  # (type, day, figure)

    def load(self, blocks: Iterable[Block]) -> None:
        """Read these blocks (party and figure rows), and every row of the events in them, in
        a few queries; blocks already read are not read again."""
        missing = {b for b in blocks if b not in self._blocks}
        if not missing:
            return
        types = sorted({t for t, _ in missing})
        days = sorted({d for _, d in missing})
        # Every row of types × days is read, so each of those blocks is complete.
        fresh = {(t, d) for t in types for d in days} - self._blocks.keys()
        for block in fresh:
            self._blocks[block] = []
            self._figures[block] = []
        events: set[str] = set()
        with self._sessions() as s:
            for day_chunk in _chunks(days):
                for table, into in ((EventBlockRow, self._blocks), (EventFigureRow, self._figures)):
                    for ev, day, value, type_ in s.execute(
                        select(table.event_id, table.day, _value(table), table.type).where(
                            table.type.in_(types), table.day.in_(day_chunk)
                        )
                    ):
                        if (type_, day) in fresh:
                            into[(type_, day)].append((ev, value))
                            events.add(ev)
        self._load_events(events)

    def _load_events(self, event_ids: Iterable[str]) -> None:
        """Read every block and figure row of these events (those not read yet)."""
        missing = sorted(set(event_ids) - self._event_blocks.keys())
        if not missing:
            return
        for ev in missing:
            self._event_blocks[ev] = []
            self._event_figures[ev] = []
        with self._sessions() as s:
            for ids in _chunks(missing):
                for table, into in (
                    (EventBlockRow, self._event_blocks), (EventFigureRow, self._event_figures)
                ):
                    for ev, type_, day, value in s.execute(
                        select(table.event_id, table.type, table.day, _value(table)).where(
                            table.event_id.in_(ids)
                        )
                    ):
                        into[ev].append((type_, day, value))

    def candidate_events(self, type_: str, day: str, parties: set[str]) -> set[str]:
        """The events of block (type, day) a report with ``parties`` could join or change:
        those sharing a party with it, closed over shared parties (an event that shares a party
        with a candidate is one too); the whole block where a report or an event has no party
        (``""``), since such a report joins whichever event of the block is biggest."""
        self.load([(type_, day)])
        block = self._blocks[(type_, day)]
        wanted = set(parties) if parties else {""}
        found: set[str] = set()
        while True:
            if "" not in wanted:
                allowed = wanted | {""}
                found |= {ev for ev, party in block if party in allowed}
                self._load_events(found)
                reached = {row[2] for ev in found for row in self._event_blocks[ev]}
            else:
                found |= {ev for ev, _ in block}
                reached = {party for _, party in block}
            if reached <= wanted:
                return found
            wanted |= reached

    def linked_events(self, type_: str, day: str, figures: set[str]) -> set[str]:
        """Events of a type with one of these figures that day."""
        if not figures:
            return set()
        self.load([(type_, day)])
        return {ev for ev, figure in self._figures[(type_, day)] if figure in figures}

    def blocks_of(self, event_ids: set[str]) -> list[tuple[str, str, set[str], set[str]]]:
        """(type, day, parties, figures) of each day of these events."""
        self._load_events(event_ids)
        by_day: dict[tuple[str, str], tuple[str, str, set[str], set[str]]] = {}
        for ev in event_ids:
            for type_, day, party in self._event_blocks[ev]:
                by_day.setdefault((ev, day), (type_, day, set(), set()))[2].add(party)
            for type_, day, figure in self._event_figures[ev]:
                by_day.setdefault((ev, day), (type_, day, set(), set()))[3].add(figure)
        return [by_day[k] for k in sorted(by_day)]
