"""A real browser (Debian's Chromium, driven by Playwright) against a real ``sayso serve``.

Skipped with a message when Chromium or Playwright is missing; ``SAYSO_REQUIRE_BROWSER=1``
(set by CI) turns that skip into a failure. Screenshots go to ``$SAYSO_ARTIFACTS`` or
``tests/web/artifacts/`` (ignored by git).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_helpers import SEED_EVENT

CHROMIUM = Path(os.environ.get("SAYSO_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(os.environ.get("SAYSO_ARTIFACTS") or Path(__file__).with_name("artifacts"))
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

NEW_ARTICLE = """date 2025-10-11 Harbour Evening Post
Kyiv says 77 prisoners came home

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 77 Ukrainian \
prisoners were released by Russia on Saturday.

The headquarters said 77 Russian prisoners had been handed over to Russia in return.
"""


def _unavailable(reason: str) -> None:
    message = f"browser tests need Chromium and Playwright: {reason}"
    if os.environ.get("SAYSO_REQUIRE_BROWSER") == "1":
        pytest.fail(message + " (SAYSO_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"no {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _unavailable(f"cannot import playwright ({exc})")
    with sync_playwright() as p:
        found = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield found
        found.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(db: str, tmp_path: Path) -> Iterator[str]:
    """``sayso serve`` in a subprocess on a free loopback port; its URL."""
    port = _free_port()
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "sayso", "--db", db, "serve", "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if proc.poll() is not None:
                raise AssertionError((tmp_path / "serve.log").read_text())
            try:
                if httpx.get(url + "/timeline.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError("sayso serve did not answer within 30 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_browse_event_article_and_add(browser, server: str) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Timeline"
    assert page.locator("svg.chart").count() == 1
    _shot(page, "01-timeline")

    # The seed-like event: bodies in both directions, each with its claimant.
    page.locator(f'a.event-link[href="/events/{SEED_EVENT}"]').click()
    page.wait_for_url(f"**/events/{SEED_EVENT}")
    sections = page.locator("section.measure")
    headings = [sections.nth(i).locator("h2").inner_text() for i in range(sections.count())]
    to_ukraine = sections.filter(has_text="RUS → UKR")
    to_russia = sections.filter(has_text="UKR → RUS")
    assert to_ukraine.count() == 1 and to_russia.count() == 1, headings
    # Each direction lists exactly the claimants the ledger holds for it.
    stored = httpx.get(f"{server}/api/events/{SEED_EVENT}").json()["event"]["claims"]
    for section, (from_code, to_code) in ((to_ukraine, ("RUS", "UKR")),
                                          (to_russia, ("UKR", "RUS"))):
        expected = {c["claimant"] for c in stored
                    if (c["measure"], c["from"], c["to"]) == ("remains_returned", from_code,
                                                               to_code)}
        cells = section.locator("td.claimant").all_inner_texts()
        shown = {cell.rsplit("(", 1)[-1].rstrip(")").strip() for cell in cells}
        assert expected and shown == expected, (from_code, cells)
    assert "900" in to_ukraine.locator("td.figure").first.inner_text()
    assert to_russia.locator("td.figure").first.inner_text().strip() == "0"
    _shot(page, "02-event")

    # A claim's evidence, highlighted in its article.
    evidence = to_russia.locator("a.evidence").first
    quote = evidence.inner_text().strip("“”")
    evidence.click()
    page.wait_for_url("**/article?**")
    selected = page.locator("mark.selected")
    assert selected.count() >= 1
    assert selected.first.is_visible()
    assert "".join(selected.all_inner_texts()) in quote
    title = selected.first.get_attribute("title") or ""
    assert "asserts" in title or "acknowledges" in title or "denies" in title
    # With scripts on, selecting a highlight shows its claim in a popup.
    page.locator("a.ev").first.click()
    popup = page.locator(".popup")
    assert popup.is_visible() and "asserts" in popup.inner_text()
    _shot(page, "03-article")

    # Add an article through the form and see its claims.
    page.goto(server + "/add")
    page.fill("textarea[name=text]", NEW_ARTICLE)
    page.click("button[type=submit]")
    page.wait_for_url("**/jobs/**")
    page.wait_for_selector(".job-state.state-done", timeout=120_000)
    claims = page.locator("li.new-claim")
    assert claims.count() >= 1
    assert "77" in " ".join(claims.all_inner_texts())
    _shot(page, "04-added")
    claims.first.locator("a").click()
    page.wait_for_url("**/article?**")
    assert page.locator("mark.selected").count() >= 1
    page.close()
