"""Claims → events with verdicts: who reported the same happening, and how their figures stand.

v1 works on the whole set of claims at once and is deterministic: the same claims in any order
give the same events, ids and verdicts.
"""

from .events import (
    attacker_of,
    claim_sort_key,
    event_id,
    event_key,
    event_type_of,
    parties_of,
    resolve_events,
)
from .verdicts import FORECAST_CONTESTS, compatible, verdicts_for

__all__ = [
    "FORECAST_CONTESTS",
    "attacker_of",
    "claim_sort_key",
    "compatible",
    "event_id",
    "event_key",
    "event_type_of",
    "parties_of",
    "resolve_events",
    "verdicts_for",
]
