"""`sayso resolve`, `events` filters, `show`, `disputes` and `totals`, through typer's CliRunner
on a real store (SQLite, and PostgreSQL where the store fixture can start one)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import make_claim
from typer.testing import CliRunner

from sayso.cli import app
from sayso.ledger import Ledger
from sayso.records import Article
from sayso.resolve.totals import running_total_scope

R, P = "remains_returned", "prisoners_released"
JUNE1, JUNE11, JUNE14 = date(2025, 6, 1), date(2025, 6, 11), date(2025, 6, 14)


def _articles() -> list[tuple[Article, list]]:
    def art(id_: str, outlet: str, published: date) -> Article:
        return Article(id=id_, text=f"Text of {id_}.", outlet=outlet, published=published)

    total = running_total_scope(JUNE1)
    return [
        (art("a1", "Wire A", JUNE11), [
            make_claim("a1", R, "RUS", "UKR", 1212, "RUSGOV", when=JUNE11),
            make_claim("a1", R, "UKR", "RUS", 27, "RUSGOV", when=JUNE11),
        ]),
        (art("a2", "Kyiv Paper", date(2025, 6, 12)), [
            make_claim("a2", R, "RUS", "UKR", 1212, "UKRGOV", when=JUNE11, stance="acknowledges"),
            make_claim("a2", R, "UKR", "RUS", None, "UKRGOV", when=JUNE11, undisclosed=True),
        ]),
        (art("a3", "Wire A", JUNE14), [
            make_claim("a3", R, "RUS", "UKR", 1200, "RUSGOV", when=JUNE14, via=["REUTERS"]),
            make_claim("a3", R, "UKR", "RUS", 0, "RUSMIL", when=JUNE14),
        ]),
        (art("a4", "Kyiv Paper", date(2025, 6, 15)), [
            make_claim("a4", R, "RUS", "UKR", 1200, "UKRGOV", when=JUNE14, stance="acknowledges"),
            make_claim("a4", R, "RUS", "UKR", 2412, "UKRGOV", when=date(2025, 6, 15), scope=total),
            make_claim("a4", R, "RUS", "UKR", 2500, "RUSGOV", when=date(2025, 6, 15), scope=total),
        ]),
        (art("a5", "Moscow Daily", date(2025, 3, 11)), [
            make_claim("a5", "drones_downed", "RUS", "UKR", 337, "RUSMIL", when=date(2025, 3, 11)),
            make_claim("a5", "drones_downed", "RUS", "UKR", 337, "UKRGOV",
                       when=date(2025, 3, 11), stance="denies"),
        ]),
        (art("a6", "Wire B", date(2024, 8, 2)), [
            make_claim("a6", P, "WST", "RUS", 8, "USAGOV", when=date(2024, 8, 1)),
            make_claim("a6", P, "WST", "RUS", 10, "TURINT", when=date(2024, 8, 1)),
        ]),
    ]


@pytest.fixture
def db(store_url: str) -> str:
    """A store whose events were built article by article, as `sayso ingest` builds them."""
    with Ledger(store_url) as ledger:
        for article, claims in _articles():
            ledger.store.add_article(article, claims)
            ledger.resolve_incremental([article.id])
    return store_url


def run(db: str, *args: str):
    result = CliRunner().invoke(app, ["--db", db, *args], env={"COLUMNS": "400"})
    return result


def as_json(db: str, *args: str):
    result = run(db, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_rebuild_gives_the_same_events(db: str) -> None:
    before = as_json(db, "events")
    result = run(db, "resolve", "--rebuild")
    assert result.exit_code == 0, result.output
    assert as_json(db, "events") == before
    assert [e["id"] for e in before] == [
        "prisoner_exchange-2024-08-01-RUS-WST",
        "air_attack-2025-03-11-RUS-UKR-by-UKR",
        "remains_repatriation-2025-06-11-RUS-UKR",
        "remains_repatriation-2025-06-14-RUS-UKR",
        "remains_repatriation-2025-06-15-RUS-UKR",
    ]


def test_resolve_picks_up_claims_in_no_event(db: str) -> None:
    with Ledger(db) as ledger:
        claim = make_claim("a7", R, "RUS", "UKR", 1212, "SELF", when=JUNE11)
        ledger.store.add_article(Article(id="a7", text="x", published=JUNE11), [claim])
        assert ledger.store.needs_rebuild()
    result = run(db, "resolve")
    assert result.exit_code == 0, result.output
    assert "1 article(s)" in result.output
    [ev] = as_json(db, "events", "--since", "2025-06-11", "--until", "2025-06-11")
    assert "a7" in {c["article"] for c in ev["claims"]}


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--type", "air_attack"], ["air_attack-2025-03-11-RUS-UKR-by-UKR"]),
        (["--party", "WST"], ["prisoner_exchange-2024-08-01-RUS-WST"]),
        (["--party", "ukrgov", "--since", "2025-06-12"],
         ["remains_repatriation-2025-06-14-RUS-UKR", "remains_repatriation-2025-06-15-RUS-UKR"]),
        (["--until", "2025-03-31"],
         ["prisoner_exchange-2024-08-01-RUS-WST", "air_attack-2025-03-11-RUS-UKR-by-UKR"]),
        (["--verdict", "denied"], ["air_attack-2025-03-11-RUS-UKR-by-UKR"]),
        (["--verdict", "corroborated", "--type", "remains_repatriation"],
         ["remains_repatriation-2025-06-11-RUS-UKR", "remains_repatriation-2025-06-14-RUS-UKR"]),
    ],
)
def test_events_filters(db: str, args: list[str], ids: list[str]) -> None:
    assert [e["id"] for e in as_json(db, "events", *args)] == ids


def test_events_table_and_bad_date(db: str) -> None:
    result = run(db, "events", "--type", "air_attack")
    assert result.exit_code == 0 and "air_attack-2025-03-11-RUS-UKR-by-UKR" in result.stdout
    assert run(db, "events", "--since", "June").exit_code == 2


def test_show_card(db: str) -> None:
    result = run(db, "show", "remains_repatriation-2025-06-11-RUS-UKR")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Wire A, 2025-06-11" in out and "Kyiv Paper, 2025-06-12" in out
    assert "corroborated" in out and "1,212 by RUS and UKR" in out
    assert "undisclosed" in out and "acknowledges" in out
    card = as_json(db, "show", "remains_repatriation-2025-06-11-RUS-UKR")
    rows = {(v["from_code"], v["to_code"]): v for v in card["verdicts"]}
    assert rows[("RUS", "UKR")]["verdict"] == "corroborated"
    assert rows[("RUS", "UKR")]["sides"] == ["RUS", "UKR"]
    assert {(c["outlet"], c["published"]) for c in card["claims"]} == {
        ("Wire A", "2025-06-11"), ("Kyiv Paper", "2025-06-12")
    }
    assert run(db, "show", "nope").exit_code == 1


def test_disputes_newest_first_with_claimants(db: str) -> None:
    found = as_json(db, "disputes")
    assert [(d["date"], d["kind"], d["measure"], d["from_code"], d["scope"]) for d in found] == [
        # the two sides' running totals since 1 June disagree
        ("2025-06-15", "contested", R, "RUS", "total since 2025-06-01"),
        ("2025-06-11", "withheld", R, "UKR", None),
        ("2025-03-11", "denied", "drones_downed", "RUS", None),
        ("2024-08-01", "contested", P, "WST", None),
    ]
    assert found[1]["claimants"] == ["RUSGOV", "UKRGOV"]
    assert found[3]["claimants"] == ["TURINT", "USAGOV"]
    table = run(db, "disputes").stdout
    assert "8: USAGOV · 10: TURINT" in table
    assert "337: RUSMIL, UKRGOV (denies)" in table


def test_totals_by_claimant_with_stated_running_totals(db: str) -> None:
    found = as_json(db, "totals", R, "--since", "2025-06-01", "--until", "2025-06-30",
                    "--direction", "RUS:UKR", "--by", "claimant")
    by = {t["claimant"]: t for t in found}
    assert set(by) == {"RUS", "UKR"}
    assert by["UKR"]["value"] == by["RUS"]["value"] == 2412
    assert [e["id"] for e in by["UKR"]["events"]] == [
        "remains_repatriation-2025-06-11-RUS-UKR", "remains_repatriation-2025-06-14-RUS-UKR"
    ]
    assert [(s["value"], s["computed"], s["matches"]) for s in by["UKR"]["stated"]] == [
        (2412, 2412, True)
    ]
    assert [(s["value"], s["matches"]) for s in by["RUS"]["stated"]] == [(2500, False)]
    table = run(db, "totals", R, "--since", "2025-06-01", "--until", "2025-06-30").stdout
    assert "2,412" in table and "differs" in table and "matches" in table
    assert run(db, "totals", R, "--direction", "RUSUKR").exit_code == 2
    assert run(db, "totals", "bodies").exit_code == 2
