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
from sayso.wording import direction, event_title, figure

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
    parquet = "parquet"


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
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[label]}"),
        console=_err(),
        transient=False,
    )
    task = bar.add_task(description, total=None, label="reading", rate="")

    def update(done: int, total: int, label: str) -> None:
        # A streamed input has no known total (0): the bar counts up with no end.
        elapsed = bar.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.1f} articles/s" if elapsed > 0 else ""
        bar.update(task, completed=done, total=total or None, label=label[:60], rate=rate)

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

def short_id(article_id: str) -> str:
    """An article id for a table cell: a file path shrinks to its name; URLs and ids stay."""
    if "://" in article_id or "/" not in article_id:
        return article_id
    return Path(article_id).name


def _claimant(c: Claim) -> str:
    return f"{c.claimant_name} ({c.claimant})" if c.claimant_name else c.claimant


def _via(c: Claim) -> str:
    return " › ".join(c.via) if c.via else "—"


def _verdict_note(v: Verdict) -> str:
    """The verdict, with the range of figures where the claimants differ."""
    note = v.verdict
    if v.low is not None and v.high is not None and v.low != v.high:
        note = f"{v.verdict} ({figure(v.low)}–{figure(v.high)})"
    if v.best is not None and len(v.sides) > 1:
        note += f"; {figure(v.best)} by {' and '.join(v.sides)}"
    return note


def _evidence(c: Claim, sources: dict | None) -> str:
    """The quote with where it stands: the outlet and date when known, else the article."""
    outlet, when = (sources or {}).get(c.article_id, (None, None))
    where = ", ".join(x for x in (outlet, when.isoformat() if when else None) if x)
    return f"“{c.quote}” — {where or short_id(c.article_id)}"


def event_card(ev: Event, sources: dict | None = None) -> Table:
    """One event as a table: per measure and direction, each claimant's figure, chain, stance
    and words (with outlet and date, from ``sources``: article id → (outlet, published)), and
    the verdict on the row."""
    table = Table(title=f"{event_title(ev)}  [{ev.id}]", title_justify="left", show_lines=False)
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
                _evidence(c, sources),
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
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes", min=1, help="Skip inputs larger than this. Default: $SAYSO_MAX_BYTES, "
            "else 20000000.", show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Worker processes; 0 (default): all cores.",
            show_default=False,
        ),
    ] = 0,
    engine: Annotated[
        str, typer.Option(help="local (a process pool) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address; default: a LocalCluster of --jobs workers."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Read articles, extract their claims, store them, and rebuild the events."""
    from sayso.parallel import default_jobs, runner_for
    from sayso.sources import max_bytes_limit  # here: reading HTML pulls in trafilatura

    when = _parse_date(published)
    try:
        limit = max_bytes_limit(max_bytes)
    except ValueError as exc:  # a bad $SAYSO_MAX_BYTES
        _fail(str(exc))
    with _ledger(ctx, db) as ledger, _progress_bar("ingest") as progress:
        try:
            runner = runner_for(engine, scheduler)
        except ValueError as exc:
            _fail(str(exc))
        summary = ledger.ingest(
            paths, published=when, outlet=outlet, progress=progress, max_bytes=limit,
            jobs=jobs or default_jobs(), runner=runner,
        )
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
    type_: Annotated[
        str | None, typer.Option("--type", help="Only events of this type (air_attack…).")
    ] = None,
    party: Annotated[
        str | None, typer.Option(help="Only events with this party (RUS, UKR…).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Dated on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Dated on or before (YYYY-MM-DD).")] = None,
    verdict: Annotated[
        str | None, typer.Option(help="Only events with a figure of this verdict (contested…).")
    ] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """List the events, with a verdict per measure and direction."""
    from sayso.resolve.disputes import filter_events

    start, end = _parse_date(since), _parse_date(until)
    with _ledger(ctx, db) as ledger:
        found = filter_events(
            ledger.events(), type_=type_, party=party, since=start, until=end, verdict=verdict
        )
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
        sources = ledger.sources_of([ev]) if ev is not None else {}
    if ev is None:
        _fail(f"no event {event_id!r} (see `sayso events`)")
    if format is TableFormat.json:
        card = _event_json(ev)
        for rec in card["claims"]:
            outlet, when = sources.get(rec["article"], (None, None))
            rec["outlet"], rec["published"] = outlet, when.isoformat() if when else None
        _dump_json(card)
    else:
        _out().print(event_card(ev, sources))


@app.command(name="export")
def export_(
    ctx: typer.Context,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Every claim as a FORMAT.md prediction record (one JSON object a line), or CSV; or
    claims, events and articles as Parquet files in the folder given by -o."""
    if format == ExportFormat.parquet:
        if output is None:
            _fail("--format parquet needs -o FOLDER (it writes three files)")
        with _ledger(ctx, db) as ledger:
            counts = exporters.write_parquet(ledger, output)
        _say("export: " + ", ".join(f"{n} {t}" for t, n in counts.items()) + f" to {output}")
        return
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
def check(ctx: typer.Context, db: DbOption = None) -> None:
    """Check the store's integrity (read only): schema, grounding, references, duplicates.

    Prints one line per problem on stdout; exits 1 when there is any."""
    from sayso.check import check_store
    from sayso.ledger import resolve_db

    report = check_store(resolve_db(_db(ctx, db)))
    for problem in report.problems:
        typer.echo(problem)
    _say(f"check: {report.line()}")
    if not report.ok:
        raise typer.Exit(1)


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
def watch(
    ctx: typer.Context,
    feeds: Annotated[list[str], typer.Argument(metavar="FEED...", help="RSS or Atom feed URLs.")],
    interval: Annotated[float, typer.Option(min=0, help="Seconds between polls.")] = 300.0,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, then stop.")] = False,
    max_polls: Annotated[
        int | None, typer.Option(min=1, help="Stop after this many rounds of polls.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Poll feeds, ingest new items (never one twice), and survive feeds that fail."""
    from sayso.watch import watch as run_watch

    rounds = 1 if once else max_polls
    with _ledger(ctx, db) as ledger:
        try:
            run_watch(
                ledger, feeds, interval=interval, max_polls=rounds,
                report=lambda res: _say(f"watch: {res.line()}"),
            )
        except KeyboardInterrupt:
            _say("watch: stopped")


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


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="SAYSO_TOKEN", help="Writes (ingest, corrections) need this "
                     "token; beyond loopback, without one the server is read-only."),
    ] = None,
    max_upload_mb: Annotated[
        float, typer.Option("--max-upload-mb", help="Largest request body (uploads), in MB.")
    ] = 10.0,
    db: DbOption = None,
) -> None:
    """Open the ledger in a browser: pages, their JSON twins, and the REST API under /api."""
    import uvicorn

    from sayso.web.app import create_app, is_loopback

    read_only = not token and not is_loopback(host)
    try:
        web = create_app(_db(ctx, db), token=token, read_only=read_only,
                         max_body=int(max_upload_mb * 1_000_000))
    except LedgerError as exc:
        _fail(str(exc))
    where = f"[{host}]" if ":" in host else host
    _say(f"sayso: http://{where}:{port}/  (API docs: /api/docs)"
         + ("  read-only: no --token beyond loopback" if read_only else ""))
    uvicorn.run(web, host=host, port=port, log_level="warning")


# `resolve`, `disputes`, `totals`: in their own module, registered on `app` as it loads.
from sayso import cli_events  # noqa: E402, F401


def main() -> None:
    """Console-script entry point."""
    app(prog_name="sayso")


if __name__ == "__main__":
    main()
