"""Bad input gets a one-line error naming the file, and the run goes on."""

import random

import pytest
from sources_helpers import BODY, read_all, read_error, read_one

import sayso.sources
from sayso.records import Article
from sayso.sources import SourceError, read_inputs


def assert_error(path, reason: str) -> None:
    err = read_error(path)
    assert str(err) == f"{path}: {reason}"
    assert err.name == str(path) and "\n" not in str(err)


def test_nonexistent_path(tmp_path):
    assert_error(tmp_path / "missing.txt", "no such file or directory")


def test_binary_file_with_nul_bytes(write):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert_error(write("photo.jpg", png), "binary file, not text")
    assert_error(write("photo.txt", png), "binary file, not text")


def test_binary_file_of_control_bytes(write):
    rng = random.Random(7)
    data = bytes(rng.choice(range(1, 32)) for _ in range(500))
    assert_error(write("blob.txt", data), "binary file, not text")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  \n"])
def test_empty_and_whitespace_only(write, content):
    assert_error(write("empty.txt", content), "empty file")
    assert_error(write("empty.json", content), "empty file")


def test_undecodable(write):
    path = write("noise.txt", bytes(range(0x80, 0x100)) * 4)
    assert str(read_error(path)).startswith(f"{path}: cannot decode")
    rng = random.Random(1)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(600))
    path = write("noise2.txt", noise)
    assert str(read_error(path)).startswith(f"{path}: cannot decode")


def test_cp1251_is_decoded_with_a_note(write):
    text = "Жители города вышли на субботник и убрали парк у реки, сообщили в мэрии.\n"
    art = read_one(write("ru.txt", text.encode("cp1251")))
    assert art.text == text
    assert "decoded as cp1251" in art.notes
    assert art.language == "ru"


def test_latin1_is_decoded(write):
    text = "The café near the église said its crème brûlée sold out. " + BODY
    art = read_one(write("fr.txt", text.encode("latin-1")))
    assert art.text == text
    assert any(n.startswith("decoded as ") for n in art.notes)


def test_utf16_with_bom(write):
    art = read_one(write("w.txt", "\ufeffHeadline\nBody.\n".encode("utf-16")))
    assert art.text == "Headline\nBody.\n"


def test_huge_file(write, monkeypatch):
    monkeypatch.setattr(sayso.sources, "MAX_BYTES", 1000)
    path = write("big.txt", "word " * 1000)
    assert_error(path, "file too large (0.0 MB, limit 0.001 MB)")
    assert isinstance(read_one(write("small.txt", "word " * 100)), Article)


def test_default_size_cap_is_20_mb():
    assert sayso.sources.MAX_BYTES == 20_000_000


def test_errors_are_yielded_and_the_run_goes_on(write, tmp_path):
    good = write("good.txt", "Headline\n" + BODY)
    items = read_all(tmp_path / "nope.txt", write("bin.txt", b"\x00\x01"), good)
    assert [type(i) for i in items] == [SourceError, SourceError, Article]
    assert items[2].id == str(good)


def test_source_error_is_one_line():
    err = SourceError("odd\nname.txt", "a reason\nspread over\nlines")
    assert str(err) == "odd name.txt: a reason spread over lines"


def test_a_single_path_string_is_accepted(write):
    path = write("one.txt", "Headline\n")
    assert [a.id for a in read_inputs(str(path))] == [str(path)]
