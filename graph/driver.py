"""Neo4j drivers: one per process, built from `Neo4jSettings`, and errors mapped to ours."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

from graph.errors import UnavailableError
from graph.settings import Neo4jSettings

log = logging.getLogger(__name__)
T = TypeVar("T")

# errors that mean "the database is not there right now", as opposed to a bad query
UNAVAILABLE = (ServiceUnavailable, SessionExpired, ConnectionError, OSError)


def _auth(settings: Neo4jSettings) -> tuple[str, str]:
    return settings.user, settings.password.get_secret_value()


def create_driver(settings: Neo4jSettings) -> Driver:
    return GraphDatabase.driver(
        settings.uri, auth=_auth(settings), connection_timeout=settings.connection_timeout,
        max_connection_pool_size=settings.max_connection_pool_size,
        connection_acquisition_timeout=max(settings.connection_timeout * 2, 10.0),
        user_agent="newsgraph", notifications_min_severity="OFF",
    )


def create_async_driver(settings: Neo4jSettings) -> AsyncDriver:
    return AsyncGraphDatabase.driver(
        settings.uri, auth=_auth(settings), connection_timeout=settings.connection_timeout,
        max_connection_pool_size=settings.max_connection_pool_size,
        connection_acquisition_timeout=max(settings.connection_timeout * 2, 10.0),
        user_agent="newsgraph", notifications_min_severity="OFF",
    )


def wait_for(driver: Driver, *, timeout: float = 60.0, interval: float = 1.0) -> None:
    """Block until the database answers (bounded); raise UnavailableError after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            driver.verify_connectivity()
            return
        except AuthError:
            raise
        except UNAVAILABLE as exc:
            if time.monotonic() >= deadline:
                raise UnavailableError(f"Neo4j did not answer within {timeout:.0f} s: {exc}") from exc
            log.info("waiting for Neo4j: %s", exc)
            time.sleep(interval)


def retry_unavailable(fn: Callable[[], T], *, timeout: float, interval: float = 1.0) -> T:
    """Run `fn`, retrying while Neo4j is unreachable, for at most `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return fn()
        except UNAVAILABLE as exc:
            if time.monotonic() >= deadline:
                raise UnavailableError(str(exc)) from exc
            log.warning("Neo4j unavailable, retrying: %s", exc)
            time.sleep(interval)
