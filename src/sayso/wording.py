"""How a figure, a direction and an event read to a person: one wording for the CLI and the web."""

from __future__ import annotations

from sayso.records import Event

APPROX_WORDS = {"at_least": "at least ", "about": "about ", "at_most": "up to "}


def figure(value: int | None, approx: str | None = None, undisclosed: bool = False) -> str:
    """A claimed figure as a reader says it: ``1,200``, ``about 80``, ``undisclosed``."""
    if undisclosed:
        return "undisclosed"
    if value is None:
        return "?"
    return f"{APPROX_WORDS.get(approx or '', '')}{value:,}"


def direction(from_code: str | None, to_code: str | None) -> str:
    return f"{from_code or '?'} → {to_code or '?'}"


def event_title(ev: Event) -> str:
    kind = ev.type.replace("_", " ").capitalize()
    when = ev.date.strftime("%a %d %b %Y") if ev.date else "undated"
    return f"{kind} · {' ⇄ '.join(ev.parties) or '?'} · {when}"
