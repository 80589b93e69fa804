"""Property-based fuzzing of the API's own OpenAPI document (schemathesis) against a real
`newsgraph serve` and the real Neo4j: no 5xx, and every response (errors included) conforms to
the document: status codes, content types, headers and bodies.

Bounded: a fixed number of generated examples per operation (NEWSGRAPH_FUZZ_EXAMPLES, default 25)
plus the examples the document itself carries; no shrinking beyond Hypothesis' default budget.
"""
from __future__ import annotations

import os

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.integration.api_support import seed_graph

TEXT_ROUTES = {"/v1/articles", "/v1/articles/batch", "/v1/extract"}
EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "25"))


def _document() -> dict:  # type: ignore[type-arg]
    # the document as `newsgraph serve` builds it (reads open, writes behind the key);
    # test_the_served_document_is_the_fuzzed_one checks that the running server serves the same
    from app.main import create_app

    return create_app().openapi()


DOCUMENT = _document()
schema = schemathesis.openapi.from_dict(DOCUMENT)


@pytest.fixture(scope="module")
def seeded(driver, api_url):  # type: ignore[no-untyped-def]
    seed_graph(driver)  # known entities, so that the document's examples hit real data
    return api_url


def test_the_served_document_is_the_fuzzed_one(seeded) -> None:  # type: ignore[no-untyped-def]
    assert httpx.get(seeded + "/openapi.json", timeout=10).json() == DOCUMENT


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate, Phase.shrink],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_no_server_error_and_no_schema_violation(case, seeded) -> None:  # type: ignore[no-untyped-def]
    # Schema-valid yet rightly refused (422), so "valid data is accepted" does not apply: a made-up
    # cursor (cursors are opaque state the server made), and a text that is not English prose
    # (which no JSON Schema can say).
    made_up_cursor = (case.query or {}).get("cursor") is not None
    excluded = [positive_data_acceptance] if made_up_cursor or case.operation.path in TEXT_ROUTES else []
    case.call_and_validate(base_url=seeded, headers={"X-API-Key": "test-key"}, excluded_checks=excluded, timeout=30)
