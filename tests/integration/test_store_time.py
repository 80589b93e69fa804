"""Time in the real Neo4j: events carry their date; states answer "what held as of a date"."""
from __future__ import annotations

import asyncio
import datetime as dt

from graph.driver import create_async_driver
from graph.store import GraphStore, relationships_as_of_async
from tests.integration.store_helpers import article, entity, relation, write

RUSSIA = entity("country:russia", "Country", "Russia")
IVANOV = entity("person:pavel-ivanov", "Person", "Pavel Ivanov")
PETROV = entity("person:oleg-petrov", "Person", "Oleg Petrov")
PARTY = entity("organization:green-future-party", "Organization", "Green Future Party", party=True)
MISSION = entity("delegation:osce", "Delegation", "OSCE delegation", sender="OSCE", destination="Russia")
SMITH = entity("person:anna-smith", "Person", "Anna Smith")
JONES = entity("person:mark-jones", "Person", "Mark Jones")


def _minister(store: GraphStore, article_id: str, published: str, person) -> None:  # type: ignore[no-untyped-def]
    text = f"Foreign Minister of Russia {person.name} spoke on Monday."
    write(store, article(article_id, text, published), [RUSSIA, person],
          [relation("HOLDS_POSITION", person.id, RUSSIA.id, text, text, title="Foreign Minister")])


def _head(store: GraphStore, article_id: str, published: str, person) -> None:  # type: ignore[no-untyped-def]
    text = f"The OSCE mission to Russia is headed by {person.name}."
    write(store, article(article_id, text, published), [RUSSIA, MISSION, person],
          [relation("HEADS", person.id, MISSION.id, text, text)])


def _as_of(store: GraphStore, day: str, **kw) -> dict[tuple[str, str, str], dict]:  # type: ignore[no-untyped-def]
    rows = store.relationships_as_of(dt.date.fromisoformat(day), **kw)
    return {(r["type"], r["source"], r["target"]): r for r in rows}


def test_state_relationships_as_of_a_date(clean_db, neo4j_settings) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    _minister(store, "m-2020", "2020-03-01", IVANOV)
    _minister(store, "m-2023", "2023-06-01", PETROV)
    text = "Pavel Ivanov, a member of the Green Future Party, voted."
    write(store, article("party-2022", text, "2022-01-10"), [IVANOV, PARTY],
          [relation("MEMBER_OF", IVANOV.id, PARTY.id, text, text)])
    _head(store, "h-2021", "2021-05-01", SMITH)
    _head(store, "h-2022", "2022-05-01", JONES)
    mission = "delegation:osce-russia"
    minister = ("HOLDS_POSITION", IVANOV.id, RUSSIA.id)
    successor = ("HOLDS_POSITION", PETROV.id, RUSSIA.id)

    assert _as_of(store, "2019-12-31") == {}
    early = _as_of(store, "2021-01-01")
    assert list(early) == [minister] and early[minister]["current"] is True
    assert early[minister]["since"] == dt.date(2020, 3, 1) and early[minister]["title"] == "Foreign Minister"

    later = _as_of(store, "2024-01-01")
    assert later[minister]["current"] is False and later[minister]["superseded_by"] == [PETROV.id]
    assert later[successor]["current"] is True
    assert later[("MEMBER_OF", IVANOV.id, PARTY.id)]["current"] is True
    assert later[("HEADS", SMITH.id, mission)]["current"] is False
    assert later[("HEADS", JONES.id, mission)]["current"] is True
    mid = _as_of(store, "2021-12-31")
    assert mid[("HEADS", SMITH.id, mission)]["current"] is True and ("HEADS", JONES.id, mission) not in mid

    # asserted again later, the first minister holds the post again from then on
    _minister(store, "m-2024", "2024-02-01", IVANOV)
    assert _as_of(store, "2024-01-15")[minister]["current"] is False
    again = _as_of(store, "2024-03-01")
    assert again[minister]["current"] is True and again[minister]["last_asserted"] == dt.date(2024, 2, 1)
    assert again[successor]["current"] is False

    # asking about one entity, and only some types
    only = _as_of(store, "2024-03-01", entity_id=IVANOV.id, types=["MEMBER_OF"])
    assert list(only) == [("MEMBER_OF", IVANOV.id, PARTY.id)]

    # deleting the article that asserted the successor: the post was never taken over
    store.delete_article("m-2023")
    assert _as_of(store, "2024-01-01")[minister]["current"] is True

    async def via_async() -> list[dict]:
        driver = create_async_driver(neo4j_settings)
        try:
            return await relationships_as_of_async(driver, on=dt.date(2024, 1, 1), entity_id=PETROV.id)
        finally:
            await driver.close()

    assert asyncio.run(via_async()) == []  # Petrov's only assertion was deleted


def test_events_keep_their_own_date(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    text = "The commission registered Pavel Ivanov as a candidate on December 19."
    cec = entity("organization:central-election-commission", "Organization", "Central Election Commission",
                 country="Russia")
    write(store, article("e1", text, "2024-02-05"), [cec, IVANOV],
          [relation("APPROVED_CANDIDACY", cec.id, IVANOV.id, text, text, date="2023-12-19")])
    records, _, _ = clean_db.execute_query(
        "MATCH ()-[r:APPROVED_CANDIDACY]->() RETURN r.date AS date, r.asserted AS asserted")
    assert records[0]["date"].to_native() == dt.date(2023, 12, 19)
    assert [d.to_native() for d in records[0]["asserted"]] == [dt.date(2024, 2, 5)]
