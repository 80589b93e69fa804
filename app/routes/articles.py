from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from fastapi.responses import JSONResponse

from app.deps import DriverDep, ExtractSettingsDep, Neo4jSettingsDep, require_read_key, require_write_key
from app.errors import problem
from app.models import ArticleAccepted, ArticleCreate, ArticleStatus
from graph import reads
from ingest.articles import Article, InvalidArticle, check_text

router = APIRouter(prefix="/v1/articles", tags=["articles"])
ArticleId = Annotated[str, Path(max_length=200, examples=["seed-cis-delegation"])]


@router.post("", status_code=202, response_model=ArticleAccepted, dependencies=[Depends(require_write_key)],
             responses={413: {"description": "article text over the size limit"},
                        422: {"description": "not an article we can extract from"}},
             summary="Submit an article; the worker extracts it and writes its facts")
async def submit_article(body: ArticleCreate, driver: DriverDep, neo4j: Neo4jSettingsDep,
                         extract: ExtractSettingsDep) -> ArticleAccepted | JSONResponse:
    article = Article.model_validate(body.model_dump())
    try:
        check_text(article.text, max_bytes=extract.max_article_bytes)
    except InvalidArticle as exc:
        status = 413 if "over the limit" in str(exc) else 422
        return problem(status, str(exc))
    rows = await reads.enqueue(driver, articles=[article], database=neo4j.database)
    return ArticleAccepted(id=article.id, status=rows[0]["status"])


@router.get("/{article_id}", response_model=ArticleStatus, dependencies=[Depends(require_read_key)],
            responses={404: {"description": "unknown article"}},
            summary="An article's queue status and what it contributed")
async def article_status(article_id: ArticleId, driver: DriverDep, neo4j: Neo4jSettingsDep) -> ArticleStatus:
    row = await reads.article_status(driver, id=article_id, database=neo4j.database)
    return ArticleStatus(id=row["article_id"], **{k: v for k, v in row.items() if k != "article_id"
                                                   and v is not None})
