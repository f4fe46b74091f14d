"""``sayso watch``: poll feeds, ingest their new items, and never the same item twice.

Each poll sends the feed's ETag / Last-Modified (an unchanged feed answers 304), skips items
whose GUID is in the seen table, and ingests the rest through the ledger like any input. A feed
that is down, answers an error or serves garbage is reported and polled again next time; it
never stops the others.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sayso.ledger import IngestSummary, Ledger
from sayso.sources import guess_language
from sayso.sources.errors import SourceError
from sayso.sources.feeds import BrokenFeed, item_article, parse_feed
from sayso.sources.fetch import FetchError, client, fetch
from sayso.store.feeds import feed_state, mark_seen, save_feed_state, seen_guids


@dataclass
class PollResult:
    feed: str
    new: int = 0  # items ingested (added, or copies)
    seen: int = 0  # items skipped: already ingested
    not_modified: bool = False
    error: str | None = None  # the feed itself failed this time
    skipped: list[str] = field(default_factory=list)  # items that gave no article
    summary: IngestSummary | None = None

    def line(self) -> str:
        if self.error:
            return f"{self.feed}: failed: {self.error}"
        if self.not_modified:
            return f"{self.feed}: not modified"
        return f"{self.feed}: {self.new} new, {self.seen} seen, {len(self.skipped)} skipped"


def poll(ledger: Ledger, url: str, http=None) -> PollResult:
    """One poll of one feed; never raises for a failing feed (see ``PollResult.error``)."""
    own = http is None
    http = http or client()
    result = PollResult(url)
    state = feed_state(ledger.store, url)
    state.polled_at = dt.datetime.now(dt.UTC)
    try:
        got = fetch(http, url, etag=state.etag, last_modified=state.last_modified)
        if got.not_modified:
            result.not_modified = True
            state.last_error = None
            return result
        items = parse_feed(got.content, url)
    except (FetchError, BrokenFeed) as exc:
        result.error = str(exc).removeprefix(f"{url}: ")
        state.last_error = result.error
        return result
    finally:
        if result.error or result.not_modified:
            save_feed_state(ledger.store, state)
        if own and (result.error or result.not_modified):
            http.close()
    seen = seen_guids(ledger.store, url)
    fresh, done = [], {}
    for item in items:
        if item.guid in seen or item.guid in done:
            result.seen += item.guid in seen
            continue
        try:
            article = item_article(item, lambda link: fetch(http, link).content)
            article.language = guess_language(article.text)
            fresh.append(article)
            done[item.guid] = article.id
        except (FetchError, SourceError) as exc:
            result.skipped.append(str(exc))
            if not getattr(exc, "transient", False):  # a 404 stays a 404; a timeout may pass
                done[item.guid] = None
    if own:
        http.close()
    result.summary = ledger.ingest_articles(fresh)
    result.new = result.summary.added + result.summary.copies + result.summary.updated
    mark_seen(ledger.store, url, done)
    state.etag = got.headers.get("etag")
    state.last_modified = got.headers.get("last-modified")
    state.last_error = None
    save_feed_state(ledger.store, state)
    return result


def watch(
    ledger: Ledger,
    feeds: Sequence[str],
    *,
    interval: float = 300.0,
    max_polls: int | None = None,
    report: Callable[[PollResult], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[PollResult]:
    """Poll every feed, wait ``interval`` seconds, again; ``max_polls`` rounds (None: forever)."""
    results: list[PollResult] = []
    rounds = 0
    with client() as http:
        while max_polls is None or rounds < max_polls:
            for url in feeds:
                res = poll(ledger, url, http)
                results.append(res)
                if report:
                    report(res)
            rounds += 1
            if max_polls is None or rounds < max_polls:
                sleep(interval)
    return results
