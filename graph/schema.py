"""Schema bootstrap: every `cypher/schema/*.cypher` statement, applied idempotently at start-up."""
from __future__ import annotations

import logging
import time

from neo4j import AsyncDriver, Driver
from neo4j.exceptions import ClientError

from graph import cypher

log = logging.getLogger(__name__)
# another process (the API, a second worker) created the same rule at the same moment: fine
RACE_CODES = {"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
              "Neo.ClientError.Schema.ConstraintAlreadyExists", "Neo.ClientError.Schema.IndexAlreadyExists"}


def apply_schema(driver: Driver, *, database: str | None = None) -> int:
    """Create constraints and indexes that are missing; returns how many statements ran."""
    started = time.monotonic()
    statements = cypher.names("schema")
    for name in statements:
        try:
            driver.execute_query(cypher.query(name), database_=database)
        except ClientError as exc:
            if exc.code not in RACE_CODES:
                raise
    driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    log.info("schema in place: %d statements in %.2f s", len(statements), time.monotonic() - started)
    return len(statements)


async def apply_schema_async(driver: AsyncDriver, *, database: str | None = None) -> int:
    statements = cypher.names("schema")
    for name in statements:
        try:
            await driver.execute_query(cypher.query(name), database_=database)
        except ClientError as exc:
            if exc.code not in RACE_CODES:
                raise
    await driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    return len(statements)


async def schema_in_place(driver: AsyncDriver, *, database: str | None = None) -> bool:
    """True when every constraint and index the schema files name exists and is online."""
    records, _, _ = await driver.execute_query(
        "SHOW INDEXES YIELD name, state RETURN name, state", database_=database
    )
    online = {r["name"] for r in records if r["state"] == "ONLINE"}
    expected = set()
    for name in cypher.names("schema"):
        words = cypher.query(name).split()
        expected.add(words[words.index("IF") - 1])
    return expected <= online
