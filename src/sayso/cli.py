"""The `sayso` command: a thin Typer shell over ``sayso.ledger.Ledger``.

Data goes to stdout (tables, JSON, CSV); progress bars, warnings and summaries go to stderr, so
that `sayso export > file` and pipes stay clean. Every command takes ``--db`` before or after its
name; the one after the name wins.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from sayso import export as exporters
from sayso.ledger import IngestSummary, Ledger, LedgerError, prediction
from sayso.records import Claim, Event, Verdict

app = typer.Typer(
    name="sayso",
    help="Who says so? A ledger of attributed claims from news reports, grouped into events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="DB",
        help="SQLite file, or a database URL (with ://). Default: $SAYSO_DB, else ./sayso.db.",
        show_default=False,
    ),
]


class TableFormat(StrEnum):
    table = "table"
    json = "json"


class ClaimsFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    json = "json"


# -- plumbing ----------------------------------------------------------------------------------


#: Table width when stdout is a pipe or a file (Rich would fold everything into 80 columns).
PIPE_WIDTH = 160


def _out() -> Console:
    """stdout, looked up at call time so that test runners that swap it are honoured."""
    width = None
    if not sys.stdout.isatty() and "COLUMNS" not in os.environ:
        width = PIPE_WIDTH
    return Console(file=sys.stdout, highlight=False, width=width)


def _err() -> Console:
    return Console(file=sys.stderr, highlight=False)


def _say(message: str) -> None:
    """One line on stderr, never wrapped or styled (messages name files, which may hold [])."""
    typer.echo(message, err=True)


def _fail(message: str, code: int = 1) -> NoReturn:
    _say(f"error: {message}")
    raise typer.Exit(code)


def _db(ctx: typer.Context, db: str | None) -> str | None:
    """The subcommand's --db, else the one given before the subcommand."""
    return db or (ctx.obj or {}).get("db")


@contextmanager
def _ledger(ctx: typer.Context, db: str | None):
    try:
        ledger = Ledger(_db(ctx, db))
    except LedgerError as exc:
        _fail(str(exc))
    try:
        yield ledger
    finally:
        ledger.close()


@contextmanager
def _progress_bar(description: str):
    """A progress bar on stderr; yields the callback the ledger calls after each article."""
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[label]}"),
        console=_err(),
        transient=False,
    )
    task = bar.add_task(description, total=None, label="reading")

    def update(done: int, total: int, label: str) -> None:
        bar.update(task, completed=done, total=total, label=label[:60])

    with bar:
        yield update


def _report(summary: IngestSummary, what: str = "ingest") -> None:
    for line in summary.skipped:
        _say(f"skipped {line}")
    for line in summary.warnings:
        _say(f"warning: {line}")
    _say(f"{what}: {summary.line()}")


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


# -- rendering ---------------------------------------------------------------------------------

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


def short_id(article_id: str) -> str:
    """An article id for a table cell: a file path shrinks to its name; URLs and ids stay."""
    if "://" in article_id or "/" not in article_id:
        return article_id
    return Path(article_id).name


def _claimant(c: Claim) -> str:
    return f"{c.claimant_name} ({c.claimant})" if c.claimant_name else c.claimant


def _via(c: Claim) -> str:
    return " › ".join(c.via) if c.via else "—"


def _event_title(ev: Event) -> str:
    kind = ev.type.replace("_", " ").capitalize()
    when = ev.date.strftime("%a %d %b %Y") if ev.date else "undated"
    return f"{kind} · {' ⇄ '.join(ev.parties) or '?'} · {when}"


def _verdict_note(v: Verdict) -> str:
    """The verdict, with the range of figures where the claimants differ."""
    if v.low is not None and v.high is not None and v.low != v.high:
        return f"{v.verdict} ({figure(v.low)}–{figure(v.high)})"
    return v.verdict


def event_card(ev: Event) -> Table:
    """One event as a table: per measure and direction, each claimant's figure, chain, stance
    and words, and the verdict on the row."""
    table = Table(title=f"{_event_title(ev)}  [{ev.id}]", title_justify="left", show_lines=False)
    for name in ("measure", "figure", "claimant", "via", "stance", "verdict", "quote"):
        table.add_column(name, overflow="fold")
    rows: dict[tuple, list[Claim]] = {}
    for c in ev.claims:
        rows.setdefault((c.measure, c.from_code, c.to_code, c.scope), []).append(c)
    verdicts = {(v.measure, v.from_code, v.to_code, v.scope): v for v in ev.verdicts}
    keys = [k for k in verdicts if k in rows] + [k for k in rows if k not in verdicts]
    for key in keys:
        measure, from_code, to_code, scope = key
        label = f"{measure.replace('_', ' ')} {direction(from_code, to_code)}"
        if scope:
            label += f" ({scope})"
        verdict = verdicts.get(key)
        for i, c in enumerate(rows[key]):
            table.add_row(
                label if i == 0 else "",
                figure(c.value, c.approx, c.undisclosed),
                _claimant(c),
                _via(c),
                c.stance,
                (_verdict_note(verdict) if verdict else "") if i == 0 else "",
                f"“{c.quote}” — {short_id(c.article_id)}",
            )
        table.add_section()
    return table


def events_table(events: list[Event]) -> Table:
    table = Table(title="Events", title_justify="left")
    for name in ("id", "type", "date", "parties", "claims", "verdicts"):
        table.add_column(name, overflow="fold")
    for ev in events:
        verdicts = "; ".join(
            f"{v.measure} {direction(v.from_code, v.to_code)}: {v.verdict}" for v in ev.verdicts
        )
        table.add_row(
            ev.id,
            ev.type,
            ev.date.isoformat() if ev.date else "—",
            ", ".join(ev.parties),
            str(len(ev.claims)),
            verdicts,
        )
    return table


def claims_table(claims: list[Claim]) -> Table:
    table = Table(title="Claims", title_justify="left")
    for name in ("article", "measure", "direction", "figure", "claimant", "via", "stance",
                 "event", "quote"):
        table.add_column(name, overflow="fold")
    for c in claims:
        table.add_row(
            c.article_id, c.measure, direction(c.from_code, c.to_code),
            figure(c.value, c.approx, c.undisclosed), _claimant(c), _via(c), c.stance,
            c.event_id or "—", c.quote,
        )
    return table


def _event_json(ev: Event) -> dict:
    d = ev.as_dict()
    d["claims"] = [prediction(c) for c in ev.claims]
    return d


def _dump_json(obj: object) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


# -- commands ----------------------------------------------------------------------------------


@app.callback()
def _root(ctx: typer.Context, db: DbOption = None) -> None:
    """Who says so? A ledger of attributed claims from news reports, grouped into events."""
    ctx.obj = {"db": db}


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...", help="Files or folders (.txt .html .json .jsonl); - for stdin."
        ),
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that lack one.")
    ] = None,
    outlet: Annotated[
        str | None, typer.Option(help="Outlet name for inputs that lack one.")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 if any input is skipped.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Read articles, extract their claims, store them, and rebuild the events."""
    when = _parse_date(published)
    with _ledger(ctx, db) as ledger, _progress_bar("ingest") as progress:
        summary = ledger.ingest(paths, published=when, outlet=outlet, progress=progress)
    _report(summary)
    if strict and summary.skipped:
        _fail(f"{len(summary.skipped)} input(s) skipped (--strict)")


@app.command()
def claims(
    ctx: typer.Context,
    article: Annotated[
        str | None, typer.Option(help="Only this article's claims (its id).")
    ] = None,
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f")] = ClaimsFormat.table,
    db: DbOption = None,
) -> None:
    """List the stored claims."""
    with _ledger(ctx, db) as ledger:
        found = ledger.claims(article)
    if format is ClaimsFormat.table:
        _out().print(claims_table(found))
        return
    records = [prediction(c) for c in found]
    writer = {
        ClaimsFormat.json: exporters.write_json,
        ClaimsFormat.jsonl: exporters.write_jsonl,
        ClaimsFormat.csv: exporters.write_csv,
    }[format]
    writer(records, sys.stdout)


@app.command()
def events(
    ctx: typer.Context,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """List the events, with a verdict per measure and direction."""
    with _ledger(ctx, db) as ledger:
        found = ledger.events()
    if format is TableFormat.json:
        _dump_json([_event_json(ev) for ev in found])
    else:
        _out().print(events_table(found))


@app.command()
def show(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(metavar="EVENT_ID")],
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """One event's card: each side's figure, chain, stance, verdict and quotes."""
    with _ledger(ctx, db) as ledger:
        ev = ledger.event(event_id)
    if ev is None:
        _fail(f"no event {event_id!r} (see `sayso events`)")
    if format is TableFormat.json:
        _dump_json(_event_json(ev))
    else:
        _out().print(event_card(ev))


@app.command(name="export")
def export_(
    ctx: typer.Context,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Every claim as a FORMAT.md prediction record (one JSON object a line), or CSV."""
    writer = {
        ExportFormat.jsonl: exporters.write_jsonl,
        ExportFormat.csv: exporters.write_csv,
        ExportFormat.json: exporters.write_json,
    }[format]
    with _ledger(ctx, db) as ledger:
        records = list(ledger.export_predictions())
    if output is None:
        writer(records, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            writer(records, fh)
        _say(f"export: {len(records)} claims to {output}")


@app.command()
def reextract(
    ctx: typer.Context,
    articles: Annotated[
        list[str] | None, typer.Argument(metavar="[ARTICLE]...", help="Only these article ids.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Run extraction again over stored articles (after an upgrade or a lexicon edit)."""
    with _ledger(ctx, db) as ledger:
        try:
            with _progress_bar("reextract") as progress:
                summary = ledger.reextract(articles or None, progress=progress)
        except LedgerError as exc:
            _fail(str(exc))
    for article_id in summary.changed:
        _say(f"changed {article_id}")
    _say(f"reextract: {summary.line()}")


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    export_to: Annotated[
        Path | None, typer.Option("--export", help="Also keep the predictions (JSON Lines).")
    ] = None,
    show_errors: Annotated[
        bool,
        typer.Option("--errors", help="Also list each article's missed and spurious claims, "
                     "and score each measure."),
    ] = False,
) -> None:
    """Score sayso on a folder of gold articles (a scratch store; FORMAT.md's metrics)."""
    from sayso.evaluate import errors, load_gold, per_measure, read_jsonl

    summaries: list[IngestSummary] = []
    with tempfile.TemporaryDirectory(prefix="sayso-evaluate-") as tmp:
        kept = export_to or (Path(tmp) / "predictions.jsonl" if show_errors else None)
        try:
            with _progress_bar("evaluate") as progress:
                metrics = Ledger.evaluate(
                    gold_dir, progress=progress, export_to=kept, report=summaries.append
                )
        except LedgerError as exc:
            _fail(str(exc))
        if show_errors:
            gold, predictions = load_gold(gold_dir), read_jsonl(kept)
            metrics["per_measure"] = per_measure(gold, predictions)
            metrics["errors"] = errors(gold, predictions)
    for summary in summaries:  # after the bar is gone, so the lines do not tear it
        _report(summary, "evaluate")
    if as_json:
        typer.echo(json.dumps(metrics))
        return
    for key, value in metrics.items():
        if key not in ("per_measure", "errors"):
            typer.echo(f"{key:>20}: {value}")
    if show_errors:
        _print_errors(metrics["per_measure"], metrics["errors"])


def _print_errors(measures: dict[str, dict], found: list[dict]) -> None:
    typer.echo("\nper measure (facts):")
    for measure, row in measures.items():
        typer.echo(f"{measure:>20}: P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}"
                   f"  (gold {row['gold']}, predicted {row['predicted']})")
    for item in found:
        typer.echo(f"\n== {item['article']}")
        for line in item["missed"]:
            typer.echo(f"  MISSED    {line}")
        for line in item["spurious"]:
            typer.echo(f"  SPURIOUS  {line}")
        for wrong in item["wrong"]:
            typer.echo(f"  WRONG {','.join(wrong['fields'])}: {wrong['predicted']}")
            typer.echo(f"        gold: {wrong['gold']}")


def example_files() -> list[Path]:
    """The bundled example articles (``sayso/data/examples``), in name order."""
    folder = resources.files("sayso") / "data" / "examples"
    return sorted(
        Path(str(p)) for p in folder.iterdir()
        if p.name.endswith((".txt", ".html", ".json", ".jsonl"))
    )


@app.command()
def demo(ctx: typer.Context, db: DbOption = None) -> None:
    """Ingest the bundled examples into a fresh store and print the event ledger."""
    chosen = _db(ctx, db)  # $SAYSO_DB is not used: the demo never writes to your own store
    if chosen is None:
        chosen = str(Path(tempfile.mkdtemp(prefix="sayso-demo-")) / "demo.db")
    files = example_files()
    try:
        ledger = Ledger(chosen)
    except LedgerError as exc:
        _fail(str(exc))
    with ledger, _progress_bar("demo") as progress:
        summary = ledger.ingest(files, progress=progress)
        articles = ledger.articles()
        found = ledger.events()
        per_article: dict[str, int] = {}
        for c in ledger.claims():
            per_article[c.article_id] = per_article.get(c.article_id, 0) + 1
    _report(summary, "demo")

    out = _out()
    table = Table(title="Articles", title_justify="left")
    for name in ("id", "outlet", "published", "title", "claims"):
        table.add_column(name, overflow="fold")
    for a in articles:
        table.add_row(
            short_id(a.id), a.outlet or "—",
            a.published.isoformat() if a.published else "unknown",
            a.title or "—", str(per_article.get(a.id, 0)),
        )
    out.print(table)
    if not found:
        out.print("No events: no claims were extracted from the examples.")
    for ev in found:
        out.print(event_card(ev))
    _say(f"demo store: {chosen}  (try: sayso --db {chosen} events)")


def main() -> None:
    """Console-script entry point."""
    app(prog_name="sayso")


if __name__ == "__main__":
    main()
