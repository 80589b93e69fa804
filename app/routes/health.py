from __future__ import annotations

from fastapi import APIRouter

from app.models import Health

router = APIRouter(tags=["operations"])


@router.get("/health", response_model=Health, summary="The process is up")
async def health() -> Health:
    return Health(status="ok")
