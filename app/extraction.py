"""The process's one `Extractor` for `POST /v1/extract`: loaded on first use, run in one thread.

spaCy blocks and is not meant to be shared across threads, so extraction runs in a single
worker thread, one text at a time, and the event loop goes on serving reads meanwhile.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import threading

from ingest.articles import Article, ArticleError
from ingest.extract import Extractor
from ingest.model import Extraction


class ExtractionFailed(Exception):
    """The extractor could not process the text."""


class ExtractionService:
    def __init__(self, model: str) -> None:
        self.model = model
        self._extractor: Extractor | None = None
        self._load_lock = threading.Lock()
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")

    def _get(self) -> Extractor:
        with self._load_lock:
            if self._extractor is None:
                self._extractor = Extractor(self.model, batch_size=1, bounded_memory=True)
            return self._extractor

    def _run(self, article: Article) -> Extraction:
        [result] = list(self._get().extract([article]))
        if isinstance(result, ArticleError):
            raise ExtractionFailed(result.error)
        return result

    async def extract(self, article: Article) -> Extraction:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._run, article)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
