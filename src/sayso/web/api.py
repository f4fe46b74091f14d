"""The REST API under ``/api`` (OpenAPI docs at ``/api/docs``): articles, claims, events,
disputes, totals, search; ingest and corrections by POST."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, UploadFile
from pydantic import BaseModel, Field

from sayso.corrections import KINDS, CorrectionError
from sayso.web import ingesting, intake, views
from sayso.web.app import PER_PAGE, check_write

router = APIRouter(tags=["sayso"])

PageNo = Annotated[int, Query(ge=1, le=1_000_000)]
PerPage = Annotated[int, Query(ge=1, le=500)]


def _ledger(request: Request):
    return request.app.state.ledger


@router.get("/articles", summary="Articles, newest first")
def articles(request: Request, page: PageNo = 1, per_page: PerPage = PER_PAGE) -> dict:
    return views.articles(_ledger(request), views.Paging(page, per_page))


@router.get("/articles/{article_id:path}", summary="One article with its text and claims")
def article(request: Request, article_id: str) -> dict:
    return views.public(views.article(_ledger(request), article_id, None))


@router.get("/claims", summary="Claims, by article, event, claimant or measure")
def claims(request: Request, article: str | None = None, event: str | None = None,
           claimant: str | None = None, measure: str | None = None, page: PageNo = 1,
           per_page: PerPage = PER_PAGE) -> dict:
    data = views.claims(_ledger(request), views.Paging(page, per_page), article=article,
                        event=event, claimant=claimant.upper() if claimant else None,
                        measure=measure)
    return views.public(data)


@router.get("/claims/{claim_id}", summary="One claim, corrections applied")
def claim(request: Request, claim_id: int) -> dict:
    return views.public(views.claim(_ledger(request), claim_id))


@router.get("/events", summary="Events by date, filtered by type, party, verdict and date")
def events(request: Request, type: str | None = None, party: str | None = None,
           verdict: str | None = None, since: str | None = None, until: str | None = None,
           page: PageNo = 1, per_page: PerPage = PER_PAGE) -> dict:
    flt = views.event_filter(type, party, verdict, since, until)
    data = views.timeline(_ledger(request), flt, None, views.Paging(page, per_page))
    return {"events": data["events"], "paging": data["paging"], "filters": data["filters"]}


@router.get("/events/{event_id}", summary="One event: verdicts and claims")
def event(request: Request, event_id: str) -> dict:
    return views.public(views.event(_ledger(request), event_id))


@router.get("/disputes", summary="Measures and directions on which the sources disagree")
def disputes(request: Request, page: PageNo = 1, per_page: PerPage = PER_PAGE) -> dict:
    return views.public(views.disputes(_ledger(request), views.Paging(page, per_page)))


@router.get("/totals", summary="A measure summed over events, per direction and claimant")
def totals(request: Request, measure: str | None = None, since: str | None = None,
           until: str | None = None, direction: str | None = None) -> dict:
    return views.totals(_ledger(request), measure, since, until, direction)


@router.get("/search", summary="Full-text search over articles or claims")
def search(request: Request, q: Annotated[str, Query(min_length=1)],
           within: Annotated[str, Query(alias="in")] = "articles", page: PageNo = 1,
           per_page: PerPage = PER_PAGE) -> dict:
    return views.public(views.search_page(_ledger(request), q, within,
                                          views.Paging(page, per_page)))


@router.get("/corrections", summary="Readers' corrections, newest first")
def corrections(request: Request, page: PageNo = 1, per_page: PerPage = PER_PAGE) -> dict:
    return views.corrections_page(_ledger(request), views.Paging(page, per_page))


class CorrectionIn(BaseModel):
    """A correction of one claim (by its id in ``/api/claims``)."""

    claim: int
    kind: str = Field(description=f"one of {', '.join(KINDS)}")
    author: str
    reason: str
    changes: dict = Field(default_factory=dict, description="fields of a fix: claimant, "
                          "claimant_name, value, approx, undisclosed, stance, event_id")


@router.post("/corrections", status_code=201, summary="Correct a claim (or mark it wrong)")
def correct(request: Request, body: CorrectionIn) -> dict:
    check_write(request)
    ledger = _ledger(request)
    data = views.claim(ledger, body.claim)
    try:
        with request.app.state.write_lock:
            found = ledger.correct(data["_raw"], body.kind, body.changes, body.author,
                                   body.reason)
    except CorrectionError as exc:
        raise views.BadRequest(str(exc)) from None
    return {"correction": found.as_dict(), **views.public(views.claim(ledger, body.claim))}


class IngestIn(BaseModel):
    """Pasted text and/or URLs to fetch; ``published`` and ``outlet`` override the inputs."""

    text: str | None = None
    title: str | None = None
    urls: list[str] = Field(default_factory=list)
    published: str | None = None
    outlet: str | None = None


@router.post("/ingest", summary="Add articles (JSON: text or URLs); waits for the result")
def ingest(request: Request, body: IngestIn) -> dict:
    check_write(request)
    inputs = [intake.pasted(body.text, body.title)] if body.text and body.text.strip() else []
    return _ingest(request, inputs, body.urls, body.published, body.outlet)


@router.post("/ingest/files", summary="Add articles by uploading files (multipart)")
async def ingest_files(request: Request, files: list[UploadFile],
                       published: str | None = None, outlet: str | None = None) -> dict:
    check_write(request)
    inputs = [intake.uploaded(f.filename or "upload", await f.read()) for f in files]
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_ingest, request, inputs, [], published, outlet)


def _ingest(request: Request, inputs: list[intake.Input], urls: list[str],
            published: str | None, outlet: str | None) -> dict:
    if not inputs and not urls:
        raise views.BadRequest("nothing to ingest: give text, urls or files")
    when = views.parse_date(published, "published")
    job = intake.Job(id="sync", state="running")
    ingesting.run(_ledger(request), request.app.state.write_lock, inputs, list(urls), job,
                  published=when, outlet=(outlet or "").strip() or None)
    job.state = "done"
    return views.public(ingesting.result(_ledger(request), job))
