"""What ``sayso watch`` remembers between polls: each feed's validators and the items seen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from sayso.store import Store
from sayso.store.schema import FeedItemRow, FeedRow


@dataclass
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    polled_at: dt.datetime | None = None
    last_error: str | None = None


def feed_state(store: Store, url: str) -> FeedState:
    with store._session() as s:
        row = s.get(FeedRow, url)
        if row is None:
            return FeedState(url)
        polled = row.polled_at
        if polled is not None and polled.tzinfo is None:  # SQLite keeps no time zone: UTC
            polled = polled.replace(tzinfo=dt.UTC)
        return FeedState(url, row.etag, row.last_modified, polled, row.last_error)


def save_feed_state(store: Store, state: FeedState) -> None:
    with store._session.begin() as s:
        row = s.get(FeedRow, state.url)
        if row is None:
            row = FeedRow(url=state.url)
            s.add(row)
        row.etag = state.etag
        row.last_modified = state.last_modified
        row.polled_at = state.polled_at
        row.last_error = state.last_error


def seen_guids(store: Store, url: str) -> set[str]:
    with store._session() as s:
        return set(s.scalars(select(FeedItemRow.guid).where(FeedItemRow.feed_url == url)))


def mark_seen(store: Store, url: str, items: dict[str, str | None]) -> None:
    """Record items (guid → article id, None when the item gave no article) as seen."""
    if not items:
        return
    now = dt.datetime.now(dt.UTC)
    with store._session.begin() as s:
        if s.get(FeedRow, url) is None:
            s.add(FeedRow(url=url))
            s.flush()
        for guid, article_id in items.items():
            if s.get(FeedItemRow, (url, guid)) is None:
                s.add(FeedItemRow(feed_url=url, guid=guid, article_id=article_id, seen_at=now))
