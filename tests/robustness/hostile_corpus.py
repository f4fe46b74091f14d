"""A corpus of hostile inputs, generated on the fly (nothing hostile is kept in git).

Each ``Kind`` names one sort of bad input, the path(s) it was written to and what sayso must do
with it: skip it with a reason (a substring of the one-line message), or store it, analysed or
not. The texts are invented for these tests.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

#: The size limit the hostile run is given (``--max-bytes``), so "huge" stays small on disk.
LIMIT = 60_000

ENGLISH = (
    "Air force says 40 drones were launched at the region\n\n"
    "Russia launched 40 drones at Ukraine overnight, Ukraine's air force said on Tuesday. "
    "The air force said its units shot down 35 of them. Officials said that a storm had "
    "damaged the harbour and that repairs to the landing stage would take a week.\n"
)
DATED = "date 2025-05-20 Harbour Gazette\n" + ENGLISH
RUSSIAN = (
    "Паромное сообщение восстановлено\n\n"
    "Администрация порта сообщила во вторник, что сорок пассажиров провели ночь на острове "
    "после того, как шторм повредил причал. По словам чиновников, ремонт займет неделю.\n"
)
UKRAINIAN = (
    "Поромне сполучення відновлено\n\n"
    "Адміністрація порту повідомила у вівторок, що сорок пасажирів провели ніч на острові "
    "після того, як шторм пошкодив причал. За словами посадовців, ремонт триватиме тиждень.\n"
)
GERMAN = (
    "Fährverbindung nach Sturm wieder aufgenommen\n\n"
    "Die Hafenbehörde teilte am Dienstag mit, dass vierzig Fahrgäste die Nacht auf der Insel "
    "verbringen mussten, nachdem ein Sturm den Anleger beschädigt hatte. Die Reparatur dauere "
    "nach Angaben der Behörde eine Woche, für die Bewohner gebe es ein Ersatzboot.\n"
)
ARTICLE_HTML = (
    "<!doctype html><html><head><title>Air force says 40 drones were launched</title>"
    '<meta property="article:published_time" content="2025-05-20"></head><body><article>'
    "<h1>Air force says 40 drones were launched at the region</h1>"
    + "".join(f"<p>{s.strip()}.</p>" for s in ENGLISH.split("\n\n")[1].split(". ") if s.strip())
    + "</article></body></html>"
)


@dataclass
class Kind:
    """One hostile input and what must become of it."""

    name: str
    paths: list[Path]
    skipped: str | None = None  # the reason, for an input that must be skipped
    stored: int = 0  # articles that must be stored from it
    analysed: bool = True  # whether its stored articles are analysed (English)
    notes: list[str] = field(default_factory=list)  # substrings of notes its articles carry


def build(folder: Path) -> list[Kind]:
    """Write every hostile kind under ``folder``; return them in a stable order."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261126)
    kinds: list[Kind] = []

    def put(name: str, data: str | bytes, **expect) -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kinds.append(Kind(name, [path], **expect))
        return path

    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(3000))
    put("binary.txt", png, skipped="binary file")
    put("empty.txt", b"", skipped="empty file")
    put("whitespace.txt", " \n\t\r\n   \n", skipped="empty file")
    put("huge.txt", DATED + ("More of the same words. " * (LIMIT // 20)), skipped="too large")
    bad_utf8 = ENGLISH.replace("harbour", "harbour \xe9t\xe9").encode("latin-1") + b"\xff\n"
    put("invalid-utf8.txt", bad_utf8, stored=1, notes=["decoded as"])
    put("noise.txt", bytes(rng.randrange(0x80, 0x100) for _ in range(800)),
        skipped="cannot decode")
    put("cp1251.txt", RUSSIAN.encode("cp1251"), stored=1, analysed=False,
        notes=["decoded as cp1251", "not analysed"])
    put("latin1.txt", GERMAN.encode("latin-1"), stored=1, analysed=False,
        notes=["decoded as", "not analysed"])
    put("utf16.txt", ("\ufeff" + DATED).encode("utf-16"), stored=1)
    put("truncated.html", ARTICLE_HTML[: len(ARTICLE_HTML) * 2 // 3], stored=1)
    malformed = ARTICLE_HTML.replace("</p>", "").replace("<p>", "<p class=x <b>")
    put("malformed.html", malformed + "</div></span><<>>&&#;", stored=1)
    put("no-text.html", "<html><head><script>var a = 1;</script><style>p{}</style></head>"
        "<body><img src='a.png'><script>document.write(1)</script></body></html>",
        skipped="no article text")
    deep = "<html><body>" + "<div>" * 5000 + ENGLISH + "</div>" * 5000 + "</body></html>"
    put("deep.html", deep, skipped="no article text")  # lxml gives up past 255 levels
    put("wrong-types.json", json.dumps({"id": 7, "text": ["not", "a", "string"]}),
        skipped="must be a string")
    put("missing-fields.json", json.dumps({"title": "A title and nothing else"}),
        skipped='no "text" or "html" field')
    put("not-an-object.json", "42", skipped="not an article object")
    put("truncated.json", json.dumps({"id": "t", "text": ENGLISH})[:50], skipped="invalid JSON")
    put("empty-list.json", "[]", skipped="empty JSON list")
    put("deep.json", "[" * 20_000 + "]" * 20_000, skipped="invalid JSON")
    lines = [
        json.dumps({"id": "jsonl-good-1", "published": "2025-05-20", "text": ENGLISH}),
        '{"id": "jsonl-bad", "text": "cut off',
        json.dumps({"id": "jsonl-good-2", "published": "2025-05-21", "text": DATED[32:] + "!"}),
    ]
    put("one-bad-line.jsonl", "\n".join(lines) + "\n", stored=2, skipped="invalid JSON")
    put("no-date.txt", ENGLISH.replace(" on Tuesday", ""), stored=1,
        notes=["no publication date found"])
    put("russian.txt", RUSSIAN, stored=1, analysed=False, notes=["not analysed"])
    put("ukrainian.txt", UKRAINIAN, stored=1, analysed=False, notes=["not analysed"])
    put("german.txt", GERMAN, stored=1, analysed=False, notes=["not analysed"])
    words = ENGLISH.replace(".", "").replace("\n", " ").split()
    sentence = " ".join(rng.choice(words) for _ in range(9_000))[:50_000] + ".\n"
    put("long-sentence.txt", DATED + sentence, stored=1, notes=["partly analysed"])
    wall = " ".join(str(rng.randrange(10**6)) for _ in range(6_000)) + "\n"
    put("wall-of-numbers.txt", DATED + wall, stored=1, notes=["partly analysed"])
    put("nul-bytes.txt", DATED.replace("storm", "st\x00orm"), skipped="binary file")
    put("nul-escape.json", json.dumps({"id": "nul", "text": ENGLISH.replace("storm", "\x00")}),
        stored=1, notes=["unstorable"])
    put("surrogate.json", '{"id": "surrogate", "text": "' + ENGLISH.replace("\n", "\\n")
        .replace("storm", "\\ud800") + '"}', stored=1, notes=["unstorable"])
    put("control-chars.txt", DATED.replace("harbour", "harbour\x07\x1b[0m"), stored=1)
    put("cr-only.txt", DATED.replace("\n", "\r"), stored=1)
    put("zero-width.txt", DATED.replace("drones", "dro\u200bnes\u202e"), stored=1)
    put("bad-date.json", json.dumps({"id": "bad-date", "published": 2025, "text": ENGLISH}),
        stored=1, notes=["bad published value"])

    empty_dir = folder / "empty-folder"
    empty_dir.mkdir()
    kinds.append(Kind("empty-folder", [empty_dir], skipped="folder holds no"))
    kinds.append(Kind("missing", [folder / "missing.txt"], skipped="no such file"))
    loop_a, loop_b = folder / "loop-a.txt", folder / "loop-b.txt"
    os.symlink(loop_b.name, loop_a)
    os.symlink(loop_a.name, loop_b)
    kinds.append(Kind("symlink-loop", [loop_a], skipped="cannot read"))
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    kinds.append(Kind("named-pipe", [fifo], skipped="not a regular file"))
    return kinds


def paths(kinds: list[Kind]) -> list[str]:
    return [str(p) for k in kinds for p in k.paths]
