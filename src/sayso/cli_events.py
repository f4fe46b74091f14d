"""The `sayso` commands about events beyond listing them: `resolve`, `disputes`, `totals`.

They live apart from ``sayso.cli`` to keep that module short; importing this module registers
them on ``sayso.cli.app`` (``sayso.cli`` imports it once its helpers exist).
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from sayso import cli
from sayso.cli import DbOption, TableFormat, _dump_json, _ledger, _out, _parse_date, _say
from sayso.records import MEASURES
from sayso.resolve.disputes import Dispute
from sayso.resolve.totals import Total, parse_direction
from sayso.wording import direction, figure


def _figures_text(d: Dispute) -> str:
    """``8: RUSGOV, USAGOV · 10: TURINT (denies)`` — each figure with who gives it."""
    parts = []
    for f in d.figures:
        who = ", ".join(
            c if s in ("asserts", "acknowledges") else f"{c} ({s})"
            for c, s in zip(f.claimants, f.stances, strict=True)
        )
        parts.append(f"{figure(f.value, f.approx, f.undisclosed)}: {who}")
    return " · ".join(parts)


def disputes_table(found: list[Dispute]) -> Table:
    table = Table(title="Disputed figures (newest first)", title_justify="left")
    for name in ("date", "event", "measure", "kind", "figures and claimants"):
        table.add_column(name, overflow="fold")
    for d in found:
        label = f"{d.measure.replace('_', ' ')} {direction(d.from_code, d.to_code)}"
        if d.scope:
            label += f" ({d.scope})"
        when = d.date or d.latest
        table.add_row(
            when.isoformat() if when else "—", d.event_id, label, d.kind, _figures_text(d)
        )
    return table


def totals_table(found: list[Total], since: str | None, until: str | None) -> Table:
    period = f"{since or '…'} to {until or '…'}"
    table = Table(title=f"Totals, {period}, by claimant", title_justify="left")
    for name in ("measure", "claimant", "total", "events", "stated by the source"):
        table.add_column(name, overflow="fold")
    for t in found:
        events = "; ".join(f"{p.date.isoformat()} {p.value:,} [{p.event_id}]" for p in t.parts)
        stated = "; ".join(
            f"{s.claimant}: {figure(s.value, s.approx)} since {s.since.isoformat()} "
            f"as of {s.as_of.isoformat()} (sum {s.computed:,}: "
            f"{'matches' if s.matches else 'differs'})"
            for s in t.stated
        )
        table.add_row(
            f"{t.measure.replace('_', ' ')} {direction(t.from_code, t.to_code)}",
            t.claimant,
            f"{t.value:,}",
            events or "—",
            stated or "—",
        )
    return table


@cli.app.command()
def resolve(
    ctx: typer.Context,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Re-cluster every stored claim from scratch.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Group claims into events: those not in an event yet, or all of them with --rebuild
    (same ids and membership as the incremental grouping done at ingest)."""
    with _ledger(ctx, db) as ledger:
        if rebuild:
            events = ledger.rebuild_events()
            _say(f"resolve: rebuilt {len(events)} events")
        else:
            done = ledger.resolve_pending()
            _say(f"resolve: {done} article(s) with claims in no event resolved; "
                 f"{ledger.store.counts()['events']} events in the store")


@cli.app.command()
def disputes(
    ctx: typer.Context,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Every contested, denied or withheld figure, newest first, with its claimants."""
    with _ledger(ctx, db) as ledger:
        found = ledger.disputes()
    if format is TableFormat.json:
        _dump_json([d.as_dict() for d in found])
    else:
        _out().print(disputes_table(found))


@cli.app.command()
def totals(
    ctx: typer.Context,
    measure: Annotated[str, typer.Argument(metavar="MEASURE", help=", ".join(MEASURES))],
    since: Annotated[str | None, typer.Option(help="From this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="To this day (YYYY-MM-DD).")] = None,
    direction: Annotated[
        str | None, typer.Option(help="FROM:TO country codes, e.g. RUS:UKR.")
    ] = None,
    by: Annotated[
        str, typer.Option(help="Grouping: claimant (the only one for now).")
    ] = "claimant",
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """A measure summed over dated events per claimant, with the events behind each sum and
    the running totals the sources state, checked against the sums."""
    if measure not in MEASURES:
        raise typer.BadParameter(f"unknown measure {measure!r} (one of: {', '.join(MEASURES)})")
    if by != "claimant":
        raise typer.BadParameter(f"--by {by!r}: only 'claimant' is supported")
    try:
        wanted = parse_direction(direction)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    start, end = _parse_date(since), _parse_date(until)
    with _ledger(ctx, db) as ledger:
        found = ledger.totals(measure, since=start, until=end, direction=wanted)
    if format is TableFormat.json:
        _dump_json([t.as_dict() for t in found])
    elif not found:
        _out().print(f"No {measure} figures in that period.")
    else:
        _out().print(totals_table(found, since, until))
