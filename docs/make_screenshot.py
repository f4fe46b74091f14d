"""Retake the README's screenshot of an event page: the bundled examples in a fresh store,
``sayso serve`` on a free loopback port, Debian's Chromium through Playwright.

    .venv/bin/python docs/make_screenshot.py [EVENT_TYPE]   # default remains_repatriation
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent


def main() -> None:
    kind = sys.argv[1] if len(sys.argv) > 1 else "remains_repatriation"
    with tempfile.TemporaryDirectory(prefix="sayso-shot-") as tmp:
        db = str(Path(tmp) / "demo.db")
        subprocess.run([sys.executable, "-m", "sayso", "demo", "--db", db], check=True,
                       capture_output=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "sayso", "--db", db, "serve",
                                   "--port", str(port)], stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    events = httpx.get(f"{url}/api/events", params={"type": kind}).json()
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            event_id = events["events"][0]["id"]
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                            args=["--headless", "--no-sandbox"])
                page = browser.new_page(viewport={"width": 1100, "height": 700})
                page.goto(f"{url}/events/{event_id}")
                page.screenshot(path=str(HERE / "event-page.png"), full_page=True)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
    print(f"wrote {HERE / 'event-page.png'} ({event_id})")


if __name__ == "__main__":
    main()
