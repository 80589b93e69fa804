"""Opaque cursors for keyset pagination.

A cursor is the sort key of the last item of a page (e.g. [type, other id, key]), as URL-safe
base64 of JSON tagged with the list it belongs to. The next page starts strictly after it, so
pages neither repeat nor skip items while the order is stable, whatever is written meanwhile.
"""
from __future__ import annotations

import base64
import binascii
import json
from typing import Any


class InvalidCursor(ValueError):
    """The cursor was not made by this API for this list."""


def encode(kind: str, key: list[Any]) -> str:
    raw = json.dumps([kind, key], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(kind: str, cursor: str, shape: tuple[type, ...]) -> list[Any]:
    """The sort key in `cursor`; its items must have the types in `shape` (float accepts int)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        tag, key = json.loads(raw)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise InvalidCursor("the cursor is not one this API made") from None
    if tag != kind or not isinstance(key, list) or len(key) != len(shape):
        raise InvalidCursor("the cursor belongs to another list")
    for value, kind_of in zip(key, shape, strict=True):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) if kind_of is float \
            else isinstance(value, kind_of)
        if not ok:
            raise InvalidCursor("the cursor is damaged")
    return key


def page(items: list[Any], limit: int) -> tuple[list[Any], bool]:
    """Split the `limit + 1` rows a query returned into the page and whether more follow."""
    return items[:limit], len(items) > limit
