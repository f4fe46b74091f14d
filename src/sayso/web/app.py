"""The FastAPI app: server-rendered pages, their JSON twins, and the REST API under ``/api``.

``create_app`` builds one app over one ``Ledger``. Writes (ingest, corrections) go one at a
time through ``App.write_lock``; when the server listens beyond loopback they need the token,
and without a token such a server is read-only.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from sayso import wording
from sayso.ledger import Ledger
from sayso.store import search
from sayso.web import views
from sayso.web.intake import Jobs

#: Default limit on a request body (uploads included): 10 MB.
MAX_BODY = 10_000_000
PER_PAGE = 50


def is_loopback(host: str) -> bool:
    """Whether a listening address is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Settings:
    """How the app was started: which store, who may write, how big a request may be."""

    db: str | None = None
    token: str | None = None
    read_only: bool = False
    max_body: int = MAX_BODY
    extras: dict[str, Any] = field(default_factory=dict)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413 and a message, whether or not the
    client says the length up front."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    def _message(self) -> str:
        return f"request too large: the limit is {self.limit / 1e6:g} MB"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            response = JSONResponse({"error": self._message()}, status_code=413)
            await response(scope, receive, send)
            return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, self._message())
            return message

        await self.app(scope, limited, send)


def _hits(snippet: str) -> Markup:
    """A search snippet, escaped, with its matched words in <mark>."""
    safe = str(escape(snippet))
    return Markup(safe.replace(search.HIT_START, "<mark>").replace(search.HIT_END, "</mark>"))


def _web_url(url: str | None) -> str | None:
    """A link target only for http(s) URLs: an article's ``javascript:`` URL stays text."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _templates() -> Environment:
    folder = resources.files("sayso.web") / "templates"
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["figure"] = lambda c: wording.figure(c.value, c.approx, c.undisclosed)
    env.filters["number"] = lambda v: "—" if v is None else f"{v:,}"
    env.filters["direction"] = wording.direction
    env.filters["event_title"] = wording.event_title
    env.filters["words"] = lambda s: (s or "").replace("_", " ")
    env.filters["hits"] = _hits
    env.filters["web_url"] = _web_url
    env.globals["wrong"] = views.fixes.wrong
    env.globals["applied"] = views.fixes.applied
    return env


def wants_json(request: Request) -> bool:
    """A ``.json`` path, or an Accept header that asks for JSON and not HTML."""
    if request.url.path.endswith(".json") or request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _json_href(request: Request) -> str:
    """The JSON twin of the page being shown."""
    path = request.url.path.rstrip("/") or "/timeline"
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path}.json{query}"


class Pages:
    """Renders a page as HTML, or its data as JSON, as the request asks."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.env = _templates()

    def render(self, request: Request, template: str, data: dict, status: int = 200) -> Response:
        if wants_json(request):
            return JSONResponse(views.public(data), status_code=status)
        settings: Settings = self.app.state.settings
        html = self.env.get_template(template).render(
            request=request, d=data, writable=not settings.read_only,
            needs_token=bool(settings.token), path=request.url.path,
            query=dict(request.query_params), json_href=_json_href(request),
        )
        return HTMLResponse(html, status_code=status)

    def error(self, request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return self.render(request, "error.html", {"status": status, "message": message},
                           status)


def check_write(request: Request, form_token: str | None = None) -> None:
    """Writes need the token when one is set; a read-only server refuses them."""
    settings: Settings = request.app.state.settings
    if settings.read_only:
        raise HTTPException(403, "this server is read-only: it listens beyond loopback and was "
                                 "started without --token")
    if settings.token:
        given = request.headers.get("x-sayso-token") or form_token or ""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not hmac.compare_digest(given.encode(), settings.token.encode()):
            raise HTTPException(401, "a valid token is needed to write (the token field, or "
                                     "an 'Authorization: Bearer TOKEN' header)")


def create_app(db: str | None = None, *, token: str | None = None, read_only: bool = False,
               max_body: int = MAX_BODY, ledger: Ledger | None = None) -> FastAPI:
    """The web app over the store ``db`` (see ``sayso.ledger.resolve_db``)."""
    from sayso.web import api, pages

    app = FastAPI(
        title="sayso",
        description="Who says so? Attributed claims from news reports, grouped into events.",
        docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.settings = Settings(db=db, token=token, read_only=read_only, max_body=max_body)
    app.state.ledger = ledger or Ledger(db)
    app.state.write_lock = threading.Lock()
    app.state.jobs = Jobs()
    app.state.pages = Pages(app)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return app.state.pages.error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(views.BadRequest)
    async def _bad_request(request: Request, exc: views.BadRequest) -> Response:
        return app.state.pages.error(request, 400, str(exc))

    @app.exception_handler(views.NotFound)
    async def _not_found(request: Request, exc: views.NotFound) -> Response:
        return app.state.pages.error(request, 404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body"))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return app.state.pages.error(request, 422, "; ".join(parts) or "invalid request")

    app.mount("/static", StaticFiles(directory=str(resources.files("sayso.web") / "static")),
              name="static")
    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, limit=max_body)
    return app
