"""Folders, stdin, sniffing of unknown extensions, overrides and languages."""

import io
import json
import sys
from datetime import date

from sources_helpers import BODY, read_all, read_one

from sayso.records import Article
from sayso.sources import read_inputs
from sayso.sources.detect import guess_language, sniff_kind

HTML_PARA = (
    "<p>The library will stay open late on weekdays from next month, the head librarian "
    "said, after students asked for more quiet space to work in the evenings.</p>"
)
HTML = (
    "<!doctype html><html><head><title>Library hours</title></head>"
    f"<body><article><h1>Library hours</h1>{HTML_PARA * 3}</article></body></html>"
)


def test_folder_is_walked_recursively_sorted_known_kinds_only(write, tmp_path):
    write("corpus/b.txt", "B text\n")
    write("corpus/a.json", json.dumps({"id": "a", "text": "A text"}))
    write("corpus/sub/c.htm", HTML)
    write("corpus/sub/deeper/d.jsonl", '{"id": "d1", "text": "D one"}\n{"id": "d2", "text": "D2"}')
    write("corpus/a2.txt", "A2 text\n")
    write("corpus/notes.md", "# skipped")
    write("corpus/photo.jpg", b"\xff\xd8\x00\x00")
    write("corpus/.hidden.txt", "hidden\n")
    write("corpus/.git/x.txt", "hidden\n")
    write("corpus/UPPER.TXT", "Upper text\n")
    folder = tmp_path / "corpus"
    ids = [a.id for a in read_all(folder)]
    assert ids == [
        str(folder / "UPPER.TXT"),
        "a",
        str(folder / "a2.txt"),
        str(folder / "b.txt"),
        str(folder / "sub" / "c.htm"),
        "d1",
        "d2",
    ]


def test_explicit_unknown_extension_is_sniffed(write):
    assert read_one(write("a.dat", json.dumps({"id": "j", "text": "Json text"}))).id == "j"
    assert read_one(write("b.dat", HTML)).title == "Library hours"
    text = read_one(write("c.dat", "<b>not really html</b> just a line\n"))
    assert text.text == "<b>not really html</b> just a line\n"
    lines = read_all(write("d.dat", '{"id": "x", "text": "X"}\n{"id": "y", "text": "Y"}\n'))
    assert [a.id for a in lines] == ["x", "y"]


def stdin_of(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_with_header(monkeypatch):
    stdin_of(monkeypatch, b"date 2025-06-14 Live Tv\nHeadline\n\n" + BODY.encode())
    (art,) = read_inputs(["-"])
    assert art.id == "stdin" and art.source == "-"
    assert (art.published, art.outlet) == (date(2025, 6, 14), "Live Tv")
    assert art.text == "Headline\n\n" + BODY


def test_stdin_is_sniffed(monkeypatch):
    stdin_of(monkeypatch, json.dumps([{"text": "One"}, {"text": "Two"}]).encode())
    assert [a.id for a in read_inputs(["-"])] == ["stdin#0", "stdin#1"]
    stdin_of(monkeypatch, HTML.encode())
    (art,) = read_inputs(["-"])
    assert art.title == "Library hours" and art.source == "-"


def test_stdin_errors_name_stdin(monkeypatch):
    stdin_of(monkeypatch, b"   \n")
    (err,) = read_inputs(["-"])
    assert str(err) == "stdin: empty file"


def test_overrides_apply_to_every_kind(write):
    paths = [
        write("a.txt", "date 2025-06-14 Live Tv\nHeadline\n"),
        write("b.html", HTML),
        write("c.json", json.dumps({"published": "2024-05-05", "outlet": "O", "text": "T"})),
    ]
    items = read_all(*paths, published=date(2025, 7, 1), outlet="Desk")
    assert all(isinstance(a, Article) for a in items)
    assert {(a.published, a.outlet) for a in items} == {(date(2025, 7, 1), "Desk")}


def test_guess_language():
    assert guess_language(BODY) == "en"
    german = (
        "Der Stadtrat hat am Montag beschlossen, die alte Brücke noch vor dem Winter "
        "zu erneuern, sagte der Bürgermeister nach einer langen Sitzung."
    )
    assert guess_language(german) == "de"
    assert guess_language("Мешканці міста прибрали парк біля річки, повідомили в мерії.") == "uk"
    assert guess_language("Жители города убрали парк у реки, сообщили в мэрии.") == "ru"
    assert guess_language("Ferry back") == "en"  # too short to overrule the default
    assert guess_language("1234 5678 ...") == "und"
    # Terse English with few function words is still English: its claims must not be dropped.
    brief = ("Moscow claimed air defences destroyed 48 Ukrainian drones overnight. Kyiv gave "
             "no figure. Two wounded in Kharkiv region, regional governor Oleh Syniehubov said.")
    assert guess_language(brief) == "en"
    french = "Le ministère a annoncé lundi que les prisonniers seront libérés dans la semaine."
    assert guess_language(french) == "fr"


def test_non_english_article_is_marked(write):
    german = (
        "Die Brücke wird erneuert\n\nDer Stadtrat hat am Montag beschlossen, die alte "
        "Brücke noch vor dem Winter zu erneuern, sagte der Bürgermeister."
    )
    assert read_one(write("de.txt", german)).language == "de"


def test_sniff_kind():
    assert sniff_kind('  {"a": 1}') == "json"
    assert sniff_kind("[1]") == "json"
    assert sniff_kind("\n<!DOCTYPE html><html>") == "html"
    assert sniff_kind("<p>Hello</p>") == "html"
    assert sniff_kind("Plain <b>text</b>") == "text"
