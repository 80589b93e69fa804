"""Property-based fuzzing of the API's own OpenAPI document (schemathesis) against a real
`newsgraph serve` and the real Neo4j: no 5xx, and every response (errors included) conforms to
the document: status codes, content types, headers and bodies.

Bounded: a fixed number of generated examples per operation (NEWSGRAPH_FUZZ_EXAMPLES, default 25)
plus the examples the document itself carries; no shrinking beyond Hypothesis' default budget.
"""
from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings

from tests.integration.api_support import seed_graph

EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "25"))


@pytest.fixture(scope="module")
def api_schema(driver, api_url):  # type: ignore[no-untyped-def]
    seed_graph(driver)  # known entities, so that the document's examples hit real data
    return schemathesis.openapi.from_url(api_url + "/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate, Phase.shrink],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_no_server_error_and_no_schema_violation(case, api_url) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(base_url=api_url, headers={"X-API-Key": "test-key"}, timeout=30)
