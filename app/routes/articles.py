"""Articles: submit one or a batch, status, the article's own graph, delete, retry."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from fastapi.responses import JSONResponse

from app.deps import ApiSettingsDep, DriverDep, ExtractSettingsDep, Neo4jSettingsDep, require_write_key
from app.errors import problem, problem_responses
from app.models import (
    ArticleAccepted,
    ArticleBatch,
    ArticleCreate,
    ArticleStatus,
    BatchAccepted,
    BatchItem,
    ExtractedEntity,
    ExtractedEvidence,
    ExtractedRelation,
    ExtractionOut,
)
from graph import reads
from ingest.articles import Article, InvalidArticle, check_text

router = APIRouter(prefix="/v1/articles", tags=["articles"])
write_router = APIRouter(prefix="/v1/articles", tags=["articles"], dependencies=[Depends(require_write_key)])
ArticleId = Annotated[str, Path(min_length=1, max_length=200, examples=["seed-cis-delegation"])]


def _checked(body: ArticleCreate, max_bytes: int) -> Article:
    article = Article.model_validate(body.model_dump())
    check_text(article.text, max_bytes=max_bytes)
    return article


@write_router.post("", status_code=202, response_model=ArticleAccepted,
                   responses=problem_responses(400, 401, 413, 422, 503),
                   summary="Submit an article; the worker extracts it and writes its facts",
                   description="Answers at once with the queue status: `queued`, or `unchanged` when the same "
                   "content was already stored, or `processing` when it is being worked on. "
                   "422 for a text that cannot be extracted from (empty, HTML, not English), "
                   "413 for one over the size limit.")
async def submit_article(body: ArticleCreate, driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep,
                         extract: ExtractSettingsDep) -> ArticleAccepted | JSONResponse:
    try:
        article = _checked(body, extract.max_article_bytes)
    except InvalidArticle as exc:
        return problem(413 if "over the limit" in str(exc) else 422, str(exc))
    rows = await reads.enqueue(driver, articles=[article], database=neo4j.database, timeout=api.query_timeout)
    return ArticleAccepted(id=article.id, status=rows[0]["status"])


@write_router.post("/batch", status_code=202, response_model=BatchAccepted,
                   responses=problem_responses(400, 401, 413, 422, 503),
                   summary="Submit up to 100 articles at once",
                   description="Each article is checked on its own: a bad one is `rejected` with its error and "
                   "not queued; the others are queued in one transaction. The same id twice: the last wins.")
async def submit_batch(body: ArticleBatch, driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep,
                       extract: ExtractSettingsDep) -> BatchAccepted:
    good: dict[str, Article] = {}
    results: dict[str, BatchItem] = {}
    for item in body.articles:
        try:
            good[item.id] = _checked(item, extract.max_article_bytes)
            results.pop(item.id, None)
        except InvalidArticle as exc:
            good.pop(item.id, None)
            results[item.id] = BatchItem(id=item.id, status="rejected", error=str(exc))
    rows = await reads.enqueue(driver, articles=list(good.values()), database=neo4j.database,
                               timeout=api.query_timeout)
    for row in rows:
        results[row["article_id"]] = BatchItem(id=row["article_id"], status=row["status"], error=None)
    order = list(dict.fromkeys(item.id for item in body.articles))
    items = [results[article_id] for article_id in order]
    rejected = sum(1 for i in items if i.status == "rejected")
    return BatchAccepted(items=items, accepted=len(items) - rejected, rejected=rejected)


@router.get("/{article_id}", response_model=ArticleStatus, responses=problem_responses(401, 404, 422, 503),
            summary="An article's queue status and what it contributed")
async def article_status(article_id: ArticleId, driver: DriverDep, neo4j: Neo4jSettingsDep,
                         api: ApiSettingsDep) -> ArticleStatus:
    row = await reads.article_status(driver, id=article_id, database=neo4j.database, timeout=api.query_timeout)
    return _status(row)


def _status(row: dict) -> ArticleStatus:  # type: ignore[type-arg]
    fields = {k: v for k, v in row.items() if k not in {"article_id", "queued"} and v is not None}
    return ArticleStatus(id=row["article_id"], **fields)


@router.get("/{article_id}/graph", response_model=ExtractionOut, responses=problem_responses(401, 404, 422, 503),
            summary="The article's own extracted graph, as stored",
            description="The entities the article mentions (with the surface forms it used) and the "
            "relationships it supports (with its own confidence, facts and evidence), in the same JSON shape "
            "as `POST /v1/extract`. Empty until the worker has processed the article.")
async def article_graph(article_id: ArticleId, driver: DriverDep, neo4j: Neo4jSettingsDep,
                        api: ApiSettingsDep) -> ExtractionOut:
    graph = await reads.article_graph(driver, id=article_id, database=neo4j.database, timeout=api.query_timeout)
    return ExtractionOut(
        article_id=graph["article_id"],
        entities=[ExtractedEntity(**e) for e in graph["entities"]],
        relations=[ExtractedRelation(
            type=r["type"], source=r["source"], target=r["target"], confidence=r["confidence"],
            properties={k: r[k] for k in ("date", "title", "vote_share", "election") if r.get(k) is not None},
            evidence=[ExtractedEvidence(**ev) for ev in r["evidence"]]) for r in graph["relations"]])


@write_router.delete("/{article_id}", status_code=204, response_class=Response,
                     responses={204: {"description": "deleted, with the facts only it supported"},
                                **problem_responses(401, 404, 422, 503)},
                     summary="Delete an article and exactly the facts only it supported")
async def delete_article(article_id: ArticleId, driver: DriverDep, neo4j: Neo4jSettingsDep,
                         api: ApiSettingsDep) -> Response:
    await reads.delete_article(driver, id=article_id, database=neo4j.database, timeout=api.query_timeout)
    return Response(status_code=204)


@write_router.post("/{article_id}/retry", status_code=202, response_model=ArticleStatus,
                   responses=problem_responses(401, 404, 409, 422, 503),
                   summary="Queue a failed article again",
                   description="409 when the article has not failed (or its input was never readable).")
async def retry_article(article_id: ArticleId, driver: DriverDep, neo4j: Neo4jSettingsDep,
                        api: ApiSettingsDep) -> ArticleStatus:
    row = await reads.retry_article(driver, id=article_id, database=neo4j.database, timeout=api.query_timeout)
    return _status(row)
