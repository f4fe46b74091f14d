"""No route serves a file outside the package's static folder, whatever the path says."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

SECRET_MARKERS = ("[project]", "root:x:", "sqlite format")

ESCAPES = [
    "/static/../../../../etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
    "/static/....//....//etc/passwd",
    "/static//etc/passwd",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/api/articles/..%2f..%2f..%2fetc%2fpasswd",
    "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
]


@pytest.mark.parametrize("path", ESCAPES)
def test_no_path_escapes_the_static_folder(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    body = response.text.lower()
    assert not any(marker in body for marker in SECRET_MARKERS), path


def test_the_static_folder_itself_is_served(client: TestClient) -> None:
    css = client.get("/static/sayso.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
