import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
from sources_helpers import BODY, read_all, read_error, read_one

from sayso.records import Article
from sayso.sources import SourceError

SEED = Path("/work/shared/eval/dev/seed.json")


def record(**extra) -> dict:
    return {
        "id": "ferry-1",
        "url": "https://river.example/ferry",
        "outlet": "River Post",
        "title": "Ferry back",
        "published": "2025-06-14",
        "text": "Ferry back\n\n" + BODY,
        **extra,
    }


def test_single_object(write):
    art = read_one(write("one.json", json.dumps(record())))
    assert (art.id, art.url, art.outlet, art.title) == (
        "ferry-1",
        "https://river.example/ferry",
        "River Post",
        "Ferry back",
    )
    assert art.published == date(2025, 6, 14)
    assert art.text == "Ferry back\n\n" + BODY
    assert art.notes == []


def test_gold_annotations_are_never_read(write):
    gold = record(
        claims=[{"quote": "SECRET-CLAIM-QUOTE", "value": 987654}],
        events=[{"id": "SECRET-EVENT-ID"}],
        note="SECRET-NOTE",
    )
    art = read_one(write("gold.json", json.dumps(gold)))
    dumped = repr(asdict(art))
    for secret in ("SECRET", "987654", "claims", "events"):
        assert secret not in dumped


def test_text_is_verbatim_and_title_defaults_to_first_line(write):
    text = "  \nFirst line here  \r\nSecond\ttab\n\n"
    path = write("v.json", json.dumps({"text": text}))
    art = read_one(path)
    assert art.text == text
    assert art.title == "First line here"
    assert art.id == str(path)


def test_datetime_published_and_bad_published(write):
    path = write(
        "l.json",
        json.dumps(
            [
                record(id="a", published="2025-06-14T22:10:00+03:00"),
                record(id="b", published="last Saturday"),
                record(id="c", published=20250614),
            ]
        ),
    )
    a, b, c = read_all(path)
    assert a.published == date(2025, 6, 14)
    assert b.published is None and any("last Saturday" in n for n in b.notes)
    assert c.published is None and "no publication date found" in c.notes


def test_id_falls_back_to_url_then_path_index(write):
    path = write(
        "list.json",
        json.dumps(
            [
                {"text": "One"},
                {"url": "https://x.example/2", "text": "Two"},
                {"id": "three", "url": "https://x.example/3", "text": "Three"},
            ]
        ),
    )
    assert [a.id for a in read_all(path)] == [f"{path}#0", "https://x.example/2", "three"]


def test_jsonl_with_a_bad_line_goes_on(write):
    lines = [
        json.dumps(record(id="a")),
        "",
        "{not json",
        json.dumps({"title": "x"}),
        json.dumps(record(id="b")),
    ]
    path = write("feed.jsonl", "\n".join(lines) + "\n")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["Article", "SourceError", "SourceError", "Article"]
    assert str(items[1]).startswith(f"{path} line 3: invalid JSON")
    assert str(items[2]) == f'{path} line 4: no "text" or "html" field'
    assert [items[0].id, items[3].id] == ["a", "b"]


def test_jsonl_ids_default_to_path_index(write):
    path = write("f.jsonl", '{"text": "Alpha"}\n\n{"text": "Beta"}\n')
    assert [a.id for a in read_all(path)] == [f"{path}#0", f"{path}#1"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"text": 5}', '"text" must be a string, not int'),
        ('{"id": ["x"], "text": "t"}', '"id" must be a string, not list'),
        ('{"title": "only"}', 'no "text" or "html" field'),
        ('{"text": "   "}', '"text" is empty'),
        ('"just a string"', "JSON str is not an article object or list"),
        ("[]", "empty JSON list, no articles"),
        ('{"text": "x",', "invalid JSON (Expecting property name enclosed in double quotes"),
    ],
)
def test_bad_json_is_a_one_line_error_naming_the_file(write, content, reason):
    path = write("bad.json", content)
    err = read_error(path)
    assert str(err).startswith(f"{path}: {reason}")
    assert "\n" not in str(err)


def test_list_item_that_is_not_an_object(write):
    path = write("mixed.json", json.dumps([{"text": "ok"}, 7]))
    ok, err = read_all(path)
    assert isinstance(ok, Article) and isinstance(err, SourceError)
    assert str(err) == f"{path}#1: expected an object, got int"


def test_html_field_goes_through_the_html_reader_and_json_fields_win(write):
    para = (
        "<p>The harbour master said that the new pier would open to fishing boats in the "
        "spring, after two years of delays caused by storms and a shortage of steel.</p>"
    )
    html = (
        "<html><head><title>Pier opens</title>"
        '<meta property="og:site_name" content="Page Site"></head>'
        f"<body><article><h1>Pier opens</h1>{para * 3}</article></body></html>"
    )
    rec = {"id": "pier", "outlet": "Json Outlet", "published": "2025-03-04", "html": html}
    art = read_one(write("p.json", json.dumps(rec)))
    assert art.id == "pier" and art.outlet == "Json Outlet"
    assert art.published == date(2025, 3, 4)
    assert art.text.startswith("Pier opens\n\nThe harbour master said")
    assert art.title == "Pier opens"


def test_seed_article():
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    art = read_one(SEED)
    assert art.id == "seed-2025-06-14"
    assert art.published == date(2025, 6, 14)
    assert art.text == gold["text"]
    assert art.language == "en"
