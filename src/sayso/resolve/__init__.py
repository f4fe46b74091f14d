"""Claims → events with verdicts: who reported the same happening, and how their figures stand.

``resolve_events`` works on a set of claims at once and is deterministic: the same claims in any
order give the same events, ids and verdicts. Claims of different (type, day) blocks never meet,
so ``incremental`` re-resolves only the blocks an article touches, found through the store's
blocking index, and gets what a rebuild over the whole store would.
"""

from .events import (
    attacker_of,
    claim_sort_key,
    day_key,
    event_id,
    event_key,
    event_type_of,
    parties_of,
    reports,
    resolve_events,
)
from .verdicts import FORECAST_CONTESTS, compatible, verdicts_for

__all__ = [
    "FORECAST_CONTESTS",
    "attacker_of",
    "claim_sort_key",
    "compatible",
    "day_key",
    "event_id",
    "event_key",
    "event_type_of",
    "parties_of",
    "reports",
    "resolve_events",
    "verdicts_for",
]
