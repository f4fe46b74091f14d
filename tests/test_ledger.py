"""The ledger's ingestion rules, on real files and a real SQLite store.

Claim-level checks hold whatever the extractor finds (none, while it is a placeholder): they
compare a store with itself before and after, or use claims written here by hand.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

import sayso.extract
from sayso.ledger import DB_ENV, Ledger, LedgerError, resolve_db
from sayso.records import Article, Claim, Span

BODY = (
    "Russia and Ukraine swap 84 prisoners each\n\n"
    "Russia's defence ministry said on Friday that 84 Russian servicemen had been returned "
    "from territory controlled by Kyiv. In return, 84 Ukrainian prisoners of war were handed "
    "over, the ministry said. Kyiv confirmed the exchange later in the day.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def doc(id_: str, text: str = BODY, **extra) -> dict:
    return {"id": id_, "url": f"https://news.example/{id_}", "outlet": "Example Wire",
            "title": text.split("\n")[0], "published": "2025-07-04", "text": text, **extra}


@pytest.fixture
def ledger(tmp_path: Path):
    with Ledger(str(tmp_path / "t.db")) as led:
        yield led


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the articles the extractor was run on."""
    seen: list[str] = []
    real = sayso.extract.extract_claims

    def counting(article: Article) -> list[Claim]:
        seen.append(article.id)
        return real(article)

    monkeypatch.setattr(sayso.extract, "extract_claims", counting)
    return seen


def snapshot(led: Ledger) -> tuple:
    return (
        [(a.id, a.content_hash, a.published, a.outlet) for a in led.articles()],
        list(led.export_predictions()),
        [e.as_dict() for e in led.events()],
    )


# -- every input kind ------------------------------------------------------------------------


def test_text_file_with_header(ledger: Ledger, tmp_path: Path) -> None:
    path = write(tmp_path / "swap.txt", "date 2025-07-04 Live Tv\n" + BODY)
    summary = ledger.ingest([path])
    assert (summary.added, summary.skipped) == (1, [])
    (article,) = ledger.articles()
    assert article.id == str(path)
    assert article.published == date(2025, 7, 4) and article.outlet == "Live Tv"
    assert article.text == BODY  # the header line is not part of the text
    assert article.title == "Russia and Ukraine swap 84 prisoners each"


def test_overrides(ledger: Ledger, tmp_path: Path) -> None:
    path = write(tmp_path / "plain.txt", BODY)
    ledger.ingest([path], published=date(2025, 7, 5), outlet="Desk")
    (article,) = ledger.articles()
    assert (article.published, article.outlet) == (date(2025, 7, 5), "Desk")


def test_text_without_date_warns(ledger: Ledger, tmp_path: Path) -> None:
    path = write(tmp_path / "undated.txt", BODY)
    summary = ledger.ingest([path])
    assert summary.added == 1
    assert any(str(path) in w and "date" in w for w in summary.warnings)
    assert ledger.articles()[0].published is None


def test_html_file(ledger: Ledger, tmp_path: Path) -> None:
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")[1:])
    html = (
        "<!DOCTYPE html><html><head><title>Swap | Example</title>"
        '<link rel="canonical" href="https://news.example/swap-html">'
        '<meta property="article:published_time" content="2025-07-04T10:00:00Z">'
        "</head><body><article><h1>Russia and Ukraine swap 84 prisoners each</h1>"
        f"{paras}</article></body></html>"
    )
    ledger.ingest([write(tmp_path / "page.html", html)])
    (article,) = ledger.articles()
    assert article.id == "https://news.example/swap-html"
    assert article.published == date(2025, 7, 4)
    assert "84 Russian servicemen" in article.text


def test_json_file_ignores_annotations(ledger: Ledger, tmp_path: Path) -> None:
    gold = doc("gold-1", claims=[{"measure": "prisoners_released", "value": 999}], events=[])
    ledger.ingest([write(tmp_path / "gold.json", json.dumps(gold))])
    (article,) = ledger.articles()
    assert (article.id, article.url, article.outlet) == (
        "gold-1", "https://news.example/gold-1", "Example Wire")
    assert article.text == BODY
    assert all(p["value"] != 999 for p in ledger.export_predictions())


def test_jsonl_file(ledger: Ledger, tmp_path: Path) -> None:
    lines = [json.dumps(doc("a")), json.dumps(doc("b", BODY.replace("84", "85")))]
    summary = ledger.ingest([write(tmp_path / "many.jsonl", "\n".join(lines) + "\n")])
    assert summary.added == 2
    assert [a.id for a in ledger.articles()] == ["a", "b"]


def test_stdin(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    data = ("date 2025-07-04 Live Tv\n" + BODY).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    summary = ledger.ingest(["-"])
    assert summary.added == 1
    (article,) = ledger.articles()
    assert article.text == BODY and article.published == date(2025, 7, 4)


def test_folder_is_walked_in_order(ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write(folder / "b.json", json.dumps(doc("b", BODY + "b")))
    write(folder / "a.json", json.dumps(doc("a", BODY + "a")))
    write(folder / "sub" / "c.txt", "date 2025-07-04 X\n" + BODY + "c")
    write(folder / "notes.md", "# not an article")
    seen: list[tuple[int, int]] = []
    summary = ledger.ingest([folder], progress=lambda done, total, _: seen.append((done, total)))
    assert summary.added == 3 and not summary.skipped
    assert seen == [(1, 0), (2, 0), (3, 0)]  # inputs are streamed: the total is not known


# -- re-ingest, updates, copies ----------------------------------------------------------------


def test_reingest_changes_nothing(ledger: Ledger, tmp_path: Path, calls: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "a.json", json.dumps(doc("a")))
    write(folder / "b.txt", "date 2025-07-04 Live Tv\n" + BODY.replace("84", "90"))
    first = ledger.ingest([folder])
    before = snapshot(ledger)
    second = ledger.ingest([folder])
    assert (first.added, second.added, second.unchanged, second.claims) == (2, 0, 2, 0)
    assert snapshot(ledger) == before
    assert len(calls) == 2  # the second run analysed nothing


def test_changed_text_updates(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    ledger.ingest([write(path, json.dumps(doc("a")))])
    summary = ledger.ingest([write(path, json.dumps(doc("a", BODY.replace("84", "86"))))])
    assert summary.updated == 1
    assert "86" in ledger.articles()[0].text


def test_syndicated_copy_is_analysed_once(
    ledger: Ledger, tmp_path: Path, calls: list[str]
) -> None:
    ledger.ingest([write(tmp_path / "orig.json", json.dumps(doc("orig")))])
    summary = ledger.ingest([write(tmp_path / "copy.json", json.dumps(doc("copy")))])
    assert (summary.copies, summary.added) == (1, 0)
    assert calls == ["orig"]
    assert [a.id for a in ledger.articles()] == ["copy", "orig"]
    assert ledger.store.copy_of("copy") == "orig"

    def strip(p: dict) -> dict:
        return {k: v for k, v in p.items() if k != "article"}

    orig = [strip(p) for p in ledger.export_predictions("orig")]
    copy = [strip(p) for p in ledger.export_predictions("copy")]
    assert orig == copy


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        ("binary.txt", bytes(range(256)) * 8),
        ("empty.txt", b""),
        ("blank.html", b"   \n\n  "),
        ("undecodable.txt", b"\xff\xfe\xfa" + "caf\u00e9 ".encode("utf-32-le") + b"\x00\xd8"),
        ("truncated.json", b'{"id": "x", "text": "Russia said'),
    ],
)
def test_unreadable_input_is_skipped_and_store_kept(
    ledger: Ledger, tmp_path: Path, name: str, content: bytes
) -> None:
    ledger.ingest([write(tmp_path / "good.json", json.dumps(doc("good")))])
    before = snapshot(ledger)
    bad = write(tmp_path / name, content)
    summary = ledger.ingest([bad, tmp_path / "good.json"])
    assert summary.unchanged == 1
    assert len(summary.skipped) == 1
    (line,) = summary.skipped
    assert str(bad) in line and "\n" not in line
    assert snapshot(ledger) == before


def test_missing_file_is_skipped(ledger: Ledger, tmp_path: Path) -> None:
    summary = ledger.ingest([tmp_path / "nope.txt"])
    assert len(summary.skipped) == 1 and "nope.txt" in summary.skipped[0]


def test_extractor_failure_skips_one_article(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(article: Article) -> list[Claim]:
        if article.id == "bad":
            raise RuntimeError("parser fell over")
        return []

    monkeypatch.setattr(sayso.extract, "extract_claims", boom)
    lines = [json.dumps(doc("bad")), json.dumps(doc("ok", BODY + "x"))]
    summary = ledger.ingest([write(tmp_path / "two.jsonl", "\n".join(lines))])
    assert summary.added == 1
    assert summary.skipped and "parser fell over" in summary.skipped[0]
    assert [a.id for a in ledger.articles()] == ["ok"]


# -- the database ------------------------------------------------------------------------------


def test_db_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    assert resolve_db(None) == "sayso.db"
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.db"))
    assert resolve_db(None) == str(tmp_path / "env.db")
    assert resolve_db("given.db") == "given.db"


def test_default_db_is_in_the_working_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    with Ledger() as led:
        assert led.url.endswith("/sayso.db")
    assert (tmp_path / "sayso.db").exists()


def test_url_is_used_as_is(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'by-url.db'}"
    with Ledger(url) as led:
        assert led.url == url
    assert (tmp_path / "by-url.db").exists()


def test_bad_db_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="cannot open database") as err:
        Ledger(str(tmp_path / "missing-folder" / "x.db"))
    assert "\n" not in str(err.value)
    not_a_db = write(tmp_path / "junk.db", b"this is not sqlite" * 100)
    with pytest.raises(LedgerError, match="junk.db"):
        Ledger(str(not_a_db))


# -- export ------------------------------------------------------------------------------------


def hand_claim(article: str, start: int, **kw) -> Claim:
    base = dict(measure="prisoners_released", from_code="rus", to_code="ukr", value=84,
                span=Span(start, start + 2), quote="84", claimant="rusmil",
                via=["tass"], event_type="prisoner_exchange", event_date=date(2025, 7, 4),
                confidence=0.8)
    base.update(kw)
    return Claim(article_id=article, **base)


def test_export_is_stable_and_upper_case(ledger: Ledger) -> None:
    text = "84 and 84 and 84"
    for aid in ("b", "a"):
        ledger.store.add_article(
            Article(id=aid, text=text, published=date(2025, 7, 4)),
            [hand_claim(aid, 14), hand_claim(aid, 0, from_code="ukr", to_code="rus"),
             hand_claim(aid, 7, claimant="ukrgov", stance="acknowledges", via=[])],
        )
    ledger.rebuild_events()
    first = list(ledger.export_predictions())
    assert [(p["article"], p["span"][0]) for p in first] == [
        ("a", 0), ("a", 7), ("a", 14), ("b", 0), ("b", 7), ("b", 14)]
    for p in first:
        assert p["claimant"].isupper() and p["from"].isupper() and p["to"].isupper()
        assert all(v.isupper() for v in p["via"])
        assert 0 <= p["confidence"] <= 1
        assert p["event"]["id"] and p["event"]["date"] == "2025-07-04"
        assert text[p["span"][0]:p["span"][1]] == p["quote"]
    ledger.rebuild_events()
    assert list(ledger.export_predictions()) == first
    assert ledger.events() and all(e.verdicts for e in ledger.events())


def test_a_database_password_never_reaches_a_message() -> None:
    from sayso.ledger import LedgerError

    url = "postgresql://reader:s3cret-pass@127.0.0.1:1/nowhere"
    with pytest.raises(LedgerError) as failed:
        Ledger(url)
    assert "s3cret-pass" not in str(failed.value)
    assert "reader:***@127.0.0.1" in str(failed.value)
