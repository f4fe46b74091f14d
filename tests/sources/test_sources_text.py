from datetime import date

from sources_helpers import BODY, read_one

from sayso.sources import read_inputs


def test_plain_text_is_kept_verbatim(write):
    content = "Ferry service resumes\n\n" + BODY + "\n"
    path = write("ferry.txt", content)
    art = read_one(path)
    assert art.text == content
    assert art.id == str(path) and art.source == str(path)
    assert art.title == "Ferry service resumes"
    assert art.published is None and "no publication date found" in art.notes
    assert art.outlet is None and art.url is None
    assert art.language == "en"


def test_header_sets_date_and_outlet_and_is_not_text(write):
    path = write("a.txt", "date 2025-06-14 Live Tv\n\n\nFerry service resumes\n\n" + BODY)
    art = read_one(path)
    assert art.published == date(2025, 6, 14)
    assert art.outlet == "Live Tv"
    assert art.text == "Ferry service resumes\n\n" + BODY
    assert art.title == "Ferry service resumes"
    assert art.notes == []


def test_header_with_colon_any_case_and_no_outlet(write):
    art = read_one(write("b.txt", "\n  DATE: 2024-02-29\nHeadline here\nBody line.\n"))
    assert art.published == date(2024, 2, 29)
    assert art.outlet is None
    assert art.text == "Headline here\nBody line.\n"


def test_header_may_carry_a_time(write):
    art = read_one(write("c.txt", "date 2025-06-14T08:30:00Z Harbour Courier\nHeadline\n"))
    assert (art.published, art.outlet) == (date(2025, 6, 14), "Harbour Courier")


def test_header_with_impossible_date_is_stripped_with_a_note(write):
    art = read_one(write("d.txt", "date 2025-02-30 Some Paper\nHeadline\n"))
    assert art.published is None and art.outlet == "Some Paper"
    assert art.text == "Headline\n"
    assert any("2025-02-30" in note for note in art.notes)


def test_a_first_line_mentioning_a_date_is_not_a_header(write):
    content = "Dates set: 2025-06-14 for the vote\nMore text.\n"
    art = read_one(write("e.txt", content))
    assert art.text == content and art.published is None


def test_overrides_beat_the_header(write):
    path = write("f.txt", "date 2025-06-14 Live Tv\nHeadline\n")
    (art,) = read_inputs([str(path)], published=date(2025, 1, 2), outlet="Desk")
    assert (art.published, art.outlet) == (date(2025, 1, 2), "Desk")
    assert "no publication date found" not in art.notes


def test_bom_and_crlf(write):
    art = read_one(write("g.txt", b"\xef\xbb\xbfHeadline\r\n\r\nBody text.\r\n"))
    assert art.text == "Headline\n\nBody text.\n"
    assert art.title == "Headline"


def test_header_only_is_an_error(write):
    path = write("h.txt", "date 2025-06-14 Live Tv\n\n  \n")
    (err,) = read_inputs([str(path)])
    assert str(err) == f"{path}: no text after the date header"
