from datetime import date

from sources_helpers import read_error, read_one

PARAGRAPHS = [
    "The town council voted on Monday to rebuild the old stone bridge before the winter floods, "
    "the mayor said after a long meeting.",
    "Work is due to start next month and should take about twelve weeks, according to the "
    "engineers who inspected the span in the spring.",
    "Residents have complained for years that the detour through the hills adds half an hour "
    "to the trip to the market.",
]


def page(head: str = "", footer: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html><head><title>Bridge to be rebuilt | Valley Times</title>{head}"
        "</head><body><nav><a href='/'>Home</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><h1>Bridge to be rebuilt</h1>{body}</article>"
        f"<footer>{footer}</footer></body></html>"
    )


FULL_HEAD = (
    '<link rel="canonical" href="https://valley.example/2025/bridge-rebuilt">'
    '<meta property="og:site_name" content="Valley Times">'
    '<meta property="og:title" content="Bridge to be rebuilt">'
    '<meta property="article:published_time" content="2025-06-14T10:00:00Z">'
)


def test_html_article_text_title_and_metadata(write):
    art = read_one(write("bridge.html", page(FULL_HEAD, "© 2024 Valley Times")))
    assert art.text == "\n\n".join(["Bridge to be rebuilt", *PARAGRAPHS])
    assert art.title == "Bridge to be rebuilt"
    assert art.id == art.url == "https://valley.example/2025/bridge-rebuilt"
    assert art.outlet == "Valley Times"
    assert art.published == date(2025, 6, 14)
    assert art.notes == [] and art.language == "en"
    assert "Sport" not in art.text  # navigation is boilerplate


def test_og_url_is_the_id_when_there_is_no_canonical_link(write):
    art = read_one(write("b.htm", page('<meta property="og:url" content="https://x.example/b">')))
    assert art.id == art.url == "https://x.example/b"


def test_copyright_year_is_not_a_publication_date(write):
    path = write("nodate.html", page(footer="© 2024 Valley Times. All rights reserved."))
    art = read_one(path)
    assert art.published is None
    assert "no publication date found" in art.notes
    assert art.id == str(path) and art.url is None


def test_a_stated_first_of_january_is_kept(write):
    head = '<meta property="article:published_time" content="2025-01-01T09:00:00Z">'
    art = read_one(write("ny.html", page(head)))
    assert art.published == date(2025, 1, 1)


def test_page_without_article_text_is_an_error(write):
    path = write("empty.html", "<html><head><title>x</title></head><body></body></html>")
    assert str(read_error(path)) == f"{path}: no article text found in HTML"
