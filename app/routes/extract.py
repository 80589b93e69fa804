"""Extraction without storage: the SCHEMA JSON for a text."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.deps import ExtractionDep, ExtractSettingsDep, require_write_key
from app.errors import problem, problem_responses
from app.extraction import ExtractionFailed
from app.models import ExtractionOut, ExtractRequest
from ingest.articles import Article, InvalidArticle, check_text

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["extraction"], dependencies=[Depends(require_write_key)])


@router.post("/extract", response_model=ExtractionOut, responses=problem_responses(400, 401, 413, 422),
             summary="Extract entities and relationships from a text; nothing is stored",
             description="Returns the graph contract's JSON for one article (SCHEMA.md): entities with ids, "
             "types and aliases, relations with confidence, properties and evidence offsets. Give `published` "
             "so that relative dates (\"on December 19\") resolve. A POST that runs the extractor (CPU) and so "
             "needs the API key like the other POST routes.")
async def extract(body: ExtractRequest, extraction: ExtractionDep,
                  settings: ExtractSettingsDep) -> ExtractionOut | JSONResponse:
    try:
        check_text(body.text, max_bytes=settings.max_article_bytes)
    except InvalidArticle as exc:
        return problem(413 if "over the limit" in str(exc) else 422, str(exc))
    article = Article.model_validate(body.model_dump())
    try:
        result = await extraction.extract(article)
    except ExtractionFailed:
        log.error("extraction failed for a submitted text")
        return problem(422, "the text could not be extracted from")
    return ExtractionOut.model_validate(result.model_dump())
