"""What the scale tests compare: everything a run leaves in the store."""

from __future__ import annotations

from sayso.ledger import Ledger


def snapshot(ledger: Ledger) -> dict:
    """Everything a run leaves in the store that must not depend on how it was run."""
    return {
        "articles": [(a.id, a.content_hash, a.published, a.outlet) for a in ledger.articles()],
        "copies": {a.id: ledger.store.copy_of(a.id) for a in ledger.articles()},
        "claims": list(ledger.export_predictions()),
        "events": [ev.as_dict() for ev in ledger.events()],
    }
