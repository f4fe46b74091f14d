"""The pages: each is HTML for a browser and JSON at the same path with ``.json`` (or with
``Accept: application/json``), as datasette does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from sayso.web import ingesting, intake, views
from sayso.web.app import PER_PAGE, check_write

router = APIRouter(include_in_schema=False)

PageNo = Annotated[int, Query(ge=1, le=1_000_000)]
PerPage = Annotated[int, Query(ge=1, le=500)]


def page(path: str) -> Callable:
    """Register a GET page at ``path`` and its JSON twin at ``path.json``."""

    def wrap(fn: Callable) -> Callable:
        router.get(path + ".json")(fn)
        router.get(path)(fn)
        return fn

    return wrap


def _render(request: Request, template: str, data: dict) -> Response:
    return request.app.state.pages.render(request, template, data)


def _ledger(request: Request):
    return request.app.state.ledger


@router.get("/")
@page("/timeline")
def timeline(
    request: Request,
    type: str | None = None,
    party: str | None = None,
    verdict: str | None = None,
    since: str | None = None,
    until: str | None = None,
    measure: str | None = None,
    page: PageNo = 1,
    per_page: PerPage = PER_PAGE,
) -> Response:
    flt = views.event_filter(type, party, verdict, since, until)
    data = views.timeline(_ledger(request), flt, measure, views.Paging(page, per_page))
    return _render(request, "timeline.html", data)


@page("/events/{event_id}")
def event(request: Request, event_id: str) -> Response:
    return _render(request, "event.html", views.event(_ledger(request), event_id))


@page("/article")
def article(request: Request, id: str, claim: int | None = None) -> Response:
    return _render(request, "article.html", views.article(_ledger(request), id, claim))


@page("/articles")
def articles(request: Request, page: PageNo = 1, per_page: PerPage = PER_PAGE) -> Response:
    data = views.articles(_ledger(request), views.Paging(page, per_page))
    return _render(request, "articles.html", data)


@page("/claims/{claim_id}")
def claim(request: Request, claim_id: int) -> Response:
    return _render(request, "claim.html", views.claim(_ledger(request), claim_id))


@router.post("/claims/{claim_id}/corrections")
def correct(
    request: Request,
    claim_id: int,
    kind: Annotated[str, Form()],
    author: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
    claimant: Annotated[str, Form()] = "",
    claimant_name: Annotated[str, Form()] = "",
    value: Annotated[str, Form()] = "",
    approx: Annotated[str, Form()] = "",
    undisclosed: Annotated[str, Form()] = "",
    stance: Annotated[str, Form()] = "",
    event_id: Annotated[str, Form()] = "",
    token: Annotated[str, Form()] = "",
) -> Response:
    """The correction form of a claim page; back to the claim when stored."""
    check_write(request, token)
    ledger = _ledger(request)
    data = views.claim(ledger, claim_id)
    changes = {"claimant": claimant, "claimant_name": claimant_name, "value": value,
               "approx": approx, "undisclosed": undisclosed, "stance": stance,
               "event_id": event_id}
    from sayso.corrections import CorrectionError

    try:
        with request.app.state.write_lock:
            ledger.correct(data["_raw"], kind, changes, author, reason)
    except CorrectionError as exc:
        raise views.BadRequest(str(exc)) from None
    return RedirectResponse(f"/claims/{claim_id}", status_code=303)


@page("/disputes")
def disputes(request: Request, page: PageNo = 1, per_page: PerPage = PER_PAGE) -> Response:
    data = views.disputes(_ledger(request), views.Paging(page, per_page))
    return _render(request, "disputes.html", data)


@page("/totals")
def totals(request: Request, measure: str | None = None, since: str | None = None,
           until: str | None = None, direction: str | None = None) -> Response:
    data = views.totals(_ledger(request), measure, since, until, direction)
    return _render(request, "totals.html", data)


@page("/search")
def search(request: Request, q: str = "", page: PageNo = 1, per_page: PerPage = PER_PAGE,
           within: Annotated[str, Query(alias="in")] = "articles") -> Response:
    data = views.search_page(_ledger(request), q, within, views.Paging(page, per_page))
    return _render(request, "search.html", data)


@page("/actors/{code}")
def actor(request: Request, code: str, page: PageNo = 1,
          per_page: PerPage = PER_PAGE) -> Response:
    data = views.actor(_ledger(request), code, views.Paging(page, per_page))
    return _render(request, "actor.html", data)


@page("/corrections")
def corrections(request: Request, page: PageNo = 1, per_page: PerPage = PER_PAGE) -> Response:
    data = views.corrections_page(_ledger(request), views.Paging(page, per_page))
    return _render(request, "corrections.html", data)


@router.get("/add")
def add_form(request: Request) -> Response:
    return _render(request, "add.html", {})


@router.post("/add")
async def add(
    request: Request,
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    outlet: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
    urls: Annotated[str, Form()] = "",
    files: Annotated[list[UploadFile] | None, File()] = None,
    token: Annotated[str, Form()] = "",
) -> Response:
    """Start an ingest job for the form's inputs and show its progress page."""
    check_write(request, token)
    when = views.parse_date(published, "published")
    inputs: list[intake.Input] = []
    if text.strip():
        inputs.append(intake.pasted(text, title))
    for upload in files or []:
        if upload.filename:
            inputs.append(intake.uploaded(upload.filename, await upload.read()))
    links = intake.urls_of(urls)
    if not inputs and not links:
        raise views.BadRequest("nothing to add: paste a text, choose files or give URLs")
    app = request.app

    def work(job: intake.Job) -> None:
        ingesting.run(app.state.ledger, app.state.write_lock, inputs, links, job,
                      published=when, outlet=outlet.strip() or None)

    job = app.state.jobs.start(work)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@page("/jobs/{job_id}")
def job(request: Request, job_id: str) -> Response:
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs are kept while the server runs)")
    if found.state != "done":
        return _render(request, "job.html", {"job": found.as_dict()})
    return _render(request, "job.html", ingesting.result(_ledger(request), found))
