"""Reading articles from files and checking that they are something we can extract from.

Inputs: `.txt` (the id is the file stem), `.json` (one article object), `.jsonl` (one article
object per line) and `-` (standard input: JSON Lines when it starts with `{`, else one text).
A bad article never stops the others: readers yield an `ArticleError` in its place.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$"


class Article(BaseModel):
    """One news article as it arrives."""

    id: str = Field(pattern=ID_PATTERN)
    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: dt.date | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _empty_date_is_none(cls, value: Any) -> Any:
        if value in ("", None):
            return None
        if isinstance(value, str) and len(value) > 10 and value[10] in "T ":
            return value[:10]  # a timestamp: keep its date
        return value

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def fingerprint(self) -> str:
        """Hash of everything stored from the article, to tell a re-ingest that changes nothing."""
        payload = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ArticleError:
    """An input that could not become an article; `article_id` is the best name we have for it."""

    article_id: str
    error: str


class InvalidArticle(ValueError):
    """The article's text cannot be extracted from; the message says why."""


_TAG = re.compile(r"<\s*/?\s*(html|head|body|div|p|span|br|a|script|style|table|td|tr|li|ul|h[1-6])\b[^>]*>",
                  re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# the commonest English function words; ordinary English prose is about 40 % these
_ENGLISH = frozenset(
    "the of and to a in is was for on that with by as at from his her it be are were has have had an this "
    "which who will would their its not but or been he she they after said also".split()
)


def check_text(text: str, *, max_bytes: int) -> None:
    """Raise InvalidArticle when the text is empty, too big, HTML or not English."""
    size = len(text.encode("utf-8"))
    if not text.strip():
        raise InvalidArticle("the article text is empty")
    if size > max_bytes:
        raise InvalidArticle(f"the article text has {size} bytes, over the limit of {max_bytes}")
    if "\x00" in text:
        raise InvalidArticle("the article text contains NUL characters; is it a binary file?")
    tags = len(_TAG.findall(text))
    if tags >= 3 or re.match(r"\s*<(!doctype|html)", text, re.IGNORECASE):
        raise InvalidArticle(f"the article text looks like HTML ({tags} tags); send the plain text")
    words = _WORD.findall(text)
    if not words:
        raise InvalidArticle("the article text has no words")
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < 0.6:
        raise InvalidArticle("the article text is not English (mostly non-Latin script)")
    if len(words) >= 12:
        share = sum(1 for w in words if w.lower() in _ENGLISH) / len(words)
        if share < 0.08:
            raise InvalidArticle(f"the article text does not look like English ({share:.0%} English function words)")


def parse_article(obj: Any, *, fallback_id: str, max_bytes: int) -> Article | ArticleError:
    """Validate one article object (a dict from JSON)."""
    if not isinstance(obj, dict):
        return ArticleError(fallback_id, f"expected a JSON object, got {type(obj).__name__}")
    article_id = str(obj.get("id") or fallback_id)
    try:
        article = Article.model_validate({**obj, "id": article_id})
        check_text(article.text, max_bytes=max_bytes)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "article"
        return ArticleError(article_id, f"invalid article: {where}: {first['msg']}")
    except InvalidArticle as exc:
        return ArticleError(article_id, str(exc))
    return article


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1]
        raise InvalidArticle(f"{name} is not valid UTF-8 (byte {exc.start}: {bad!r})") from None
    return text.removeprefix("\ufeff")


def _safe_id(stem: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._:\-]+", "-", stem).strip("-.") or "article"
    return cleaned[:200]


def read_text_article(data: bytes, article_id: str, *, max_bytes: int) -> Article | ArticleError:
    try:
        text = _decode(data, article_id)
    except InvalidArticle as exc:
        return ArticleError(article_id, str(exc))
    return parse_article({"id": article_id, "text": text}, fallback_id=article_id, max_bytes=max_bytes)


def read_json_lines(data: bytes, name: str, *, max_bytes: int) -> Iterator[Article | ArticleError]:
    """One article per line; a broken line becomes an error named `<name>:<line>`."""
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        fallback = f"{_safe_id(name)}:{number}"
        try:
            line = _decode(raw, f"line {number} of {name}")
            obj = json.loads(line)
        except InvalidArticle as exc:
            yield ArticleError(fallback, str(exc))
            continue
        except json.JSONDecodeError as exc:
            yield ArticleError(fallback, f"line {number} of {name} is not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield parse_article(obj, fallback_id=fallback, max_bytes=max_bytes)


def read_json_article(data: bytes, name: str, *, max_bytes: int) -> Article | ArticleError:
    fallback = _safe_id(Path(name).stem)
    try:
        obj = json.loads(_decode(data, name))
    except InvalidArticle as exc:
        return ArticleError(fallback, str(exc))
    except json.JSONDecodeError as exc:
        return ArticleError(fallback, f"{name} is not valid JSON: {exc.msg} at line {exc.lineno}")
    return parse_article(obj, fallback_id=fallback, max_bytes=max_bytes)


def read_articles(paths: Iterable[str], *, max_bytes: int) -> Iterator[Article | ArticleError]:
    """Articles from files (and `-` for standard input), in input order."""
    for name in paths:
        if name == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip().startswith(b"{"):
                yield from read_json_lines(data, "stdin", max_bytes=max_bytes)
            else:
                yield read_text_article(data, "stdin", max_bytes=max_bytes)
            continue
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield ArticleError(_safe_id(path.stem), f"cannot read {name}: {exc.strerror or exc}")
            continue
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from read_json_lines(data, path.name, max_bytes=max_bytes)
        elif suffix == ".json":
            yield read_json_article(data, path.name, max_bytes=max_bytes)
        else:
            yield read_text_article(data, _safe_id(path.stem), max_bytes=max_bytes)
