"""Readers' corrections of claims, applied whenever claims are read.

A correction names a claim by its stable identity — article, evidence span and the fact as
extracted — never by a row id, so it survives re-extraction (the same claim found again gets
the same correction) and it is kept beside the machine's output, never written over it. A
claim is either marked wrong (it leaves events and exports) or fixed: any of claimant,
claimant name, figure (value / approx / undisclosed), stance and event replaced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sayso.records import APPROX, STANCES, Claim

KINDS = ("wrong", "fix")
#: Fields a fix may change, and the check each new value must pass.
FIXABLE = ("claimant", "claimant_name", "value", "approx", "undisclosed", "stance", "event_id")
#: Attribute a corrected claim carries: the corrections applied to it, oldest first.
APPLIED = "_corrections"


class CorrectionError(ValueError):
    """A correction that cannot be stored (bad field, unknown claim); one line of text."""


@dataclass
class Correction:
    """Who changed what about which claim, when, and why."""

    article_id: str
    span: tuple[int, int]
    fact: tuple  # (measure, from, to, value, undisclosed) as extracted
    kind: str
    changes: dict = field(default_factory=dict)
    author: str = ""
    reason: str = ""
    created_at: dt.datetime | None = None
    id: int | None = None

    @property
    def identity(self) -> tuple:
        return (self.article_id, *self.span, *self.fact)

    def as_dict(self) -> dict:
        measure, from_code, to_code, value, undisclosed = self.fact
        return {
            "id": self.id,
            "article": self.article_id,
            "span": list(self.span),
            "claim": {
                "measure": measure, "from": from_code, "to": to_code, "value": value,
                "undisclosed": undisclosed,
            },
            "kind": self.kind,
            "changes": dict(self.changes),
            "author": self.author,
            "reason": self.reason,
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


def identity(claim: Claim) -> tuple:
    """A claim's stable identity: article, span and fact (unchanged by re-extraction)."""
    return (claim.article_id, claim.span.start, claim.span.end, *claim.fact_key)


def for_claim(
    claim: Claim, kind: str, changes: dict | None, author: str, reason: str
) -> Correction:
    """A checked correction of ``claim`` (raises ``CorrectionError`` with a reason)."""
    if kind not in KINDS:
        raise CorrectionError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    author, reason = (author or "").strip(), (reason or "").strip()
    if not author:
        raise CorrectionError("say who makes the correction (author)")
    if not reason:
        raise CorrectionError("say why (reason)")
    clean = check_changes(changes or {}) if kind == "fix" else {}
    if kind == "fix" and not clean:
        raise CorrectionError("a fix must change at least one field")
    return Correction(
        article_id=claim.article_id,
        span=(claim.span.start, claim.span.end),
        fact=claim.fact_key,
        kind=kind,
        changes=clean,
        author=author[:200],
        reason=reason[:2000],
    )


def check_changes(changes: dict) -> dict:
    """Only known fields, each with a value of the right shape; empty strings are dropped."""
    clean: dict = {}
    for key, value in changes.items():
        if key not in FIXABLE:
            raise CorrectionError(f"cannot correct {key!r} (fields: {', '.join(FIXABLE)})")
        if value is None or value == "":
            continue
        if key == "value":
            try:
                value = int(str(value).replace(",", ""))
            except ValueError:
                raise CorrectionError(f"value must be a whole number, not {value!r}") from None
            if value < 0:
                raise CorrectionError("value must not be negative")
        elif key == "undisclosed":
            value = value in (True, "true", "1", "on", "yes")
        elif key == "approx" and value not in (*APPROX, "exact"):
            raise CorrectionError(f"approx must be one of {', '.join(APPROX)}, exact")
        elif key == "stance" and value not in STANCES:
            raise CorrectionError(f"stance must be one of {', '.join(STANCES)}")
        elif key == "claimant":
            value = str(value).strip().upper()
            if not value.replace("_", "").isalnum() or len(value) > 20:
                raise CorrectionError(f"claimant must be an actor code like RUSGOV, not {value!r}")
        else:
            value = str(value).strip()[:300]
        clean[key] = value
    return clean


def apply(claims: Iterable[Claim], corrections: Iterable[Correction]) -> list[Claim]:
    """The claims as corrected: copies where a correction applies (with the corrections in
    ``APPLIED``), the claims themselves elsewhere. A claim marked wrong has ``wrong(c)``."""
    by_identity: dict[tuple, list[Correction]] = {}
    for c in sorted(corrections, key=lambda c: (c.created_at or dt.datetime.min, c.id or 0)):
        by_identity.setdefault(c.identity, []).append(c)
    out: list[Claim] = []
    for claim in claims:
        found = by_identity.get(identity(claim))
        out.append(corrected(claim, found) if found else claim)
    return out


def corrected(claim: Claim, found: list[Correction]) -> Claim:
    """A copy of ``claim`` with the corrections applied in order (the latest wins)."""
    changes: dict = {}
    for c in found:
        if c.kind == "fix":
            changes.update(c.changes)
    if changes.get("approx") == "exact":
        changes["approx"] = None
    if "value" in changes and "undisclosed" not in changes:
        changes["undisclosed"] = False
    new = dataclasses.replace(claim, **changes)
    for name in ("_db_id",):
        if hasattr(claim, name):
            setattr(new, name, getattr(claim, name))
    setattr(new, APPLIED, list(found))
    return new


def applied(claim: Claim) -> list[Correction]:
    """The corrections behind a claim as read (empty for a claim nobody corrected)."""
    return list(getattr(claim, APPLIED, ()))


def wrong(claim: Claim) -> bool:
    """Whether the latest word on this claim is that it is wrong."""
    found = applied(claim)
    return bool(found) and found[-1].kind == "wrong"


def export_note(claim: Claim) -> list[dict]:
    """What an export record says about a claim's corrections."""
    return [
        {"kind": c.kind, "changes": dict(c.changes), "author": c.author, "reason": c.reason,
         "at": c.created_at.isoformat() if c.created_at else None}
        for c in applied(claim)
    ]


def regroup(
    claims: list[Claim], found: list[Correction], resolve, verdicts_for, published
) -> list:
    """Events over the corrected claims: wrong ones left out, fixed ones grouped and judged by
    their corrected fields, and a claim whose event was corrected moved there. The events
    list the stored (uncorrected) claims, so that the store finds their rows."""
    fixed = apply(claims, found)
    original_of = {id(new): old for old, new in zip(claims, fixed, strict=True)}
    kept = [c for c in fixed if not wrong(c)]
    target = {}
    for c in kept:
        for corr in applied(c):
            if corr.kind == "fix" and corr.changes.get("event_id"):
                target[id(c)] = corr.changes["event_id"]
    events = resolve(kept, published)
    by_id = {ev.id: ev for ev in events}
    touched: set[str] = set()
    for ev in events:
        for c in list(ev.claims):
            goal = target.get(id(c))
            if goal and goal != ev.id and goal in by_id:
                ev.claims.remove(c)
                by_id[goal].claims.append(c)
                c.event_id = goal
                touched.update((ev.id, goal))
    for eid in touched:
        by_id[eid].verdicts = verdicts_for(by_id[eid].claims, published)
    events = [ev for ev in events if ev.claims]
    for ev in events:
        originals = []
        for c in ev.claims:
            old = original_of[id(c)]
            old.event_id = ev.id
            originals.append(old)
        ev.claims = originals
    return events
