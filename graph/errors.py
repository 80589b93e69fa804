"""The one error hierarchy of the graph layer; `app/` maps it to HTTP responses in one place."""
from __future__ import annotations


class GraphError(Exception):
    """Base of every error raised by `graph/`."""


class NotFoundError(GraphError):
    """The entity, article or relationship asked for does not exist."""


class ConflictError(GraphError):
    """The request contradicts the stored state (e.g. retrying an article that is not failed)."""


class UnavailableError(GraphError):
    """Neo4j cannot be reached or did not answer in time."""


class LocalServerError(GraphError):
    """The local Neo4j server could not be assembled, configured, started or stopped."""
