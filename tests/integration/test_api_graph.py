"""Across the graph over HTTP against the real Neo4j: relationships by type and date, shortest
paths with evidence per hop, schema and stats."""
from __future__ import annotations

import httpx
import pytest

from tests.integration.api_support import MEMBERS, all_pages, seed_graph


@pytest.fixture(scope="module")
def graph(driver, api_url):  # type: ignore[no-untyped-def]
    seed_graph(driver)
    return api_url


def get(url: str, path: str, **params: object) -> httpx.Response:
    return httpx.get(url + path, params=params, timeout=10)  # type: ignore[arg-type]


def test_who_nominated_whom_since(graph) -> None:  # type: ignore[no-untyped-def]
    body = get(graph, "/v1/relationships", type="NOMINATED", since="2024-01-01").json()
    pairs = [(i["source"]["id"], i["target"]["id"], i["properties"]["date"]) for i in body["items"]]
    assert sorted(pairs) == [("organization:unity-party-freedonia", "person:anna-petrova", "2024-01-08"),
                             ("organization:unity-party-freedonia", "person:boris-ivanov", "2024-03-01")]
    assert body["next_cursor"] is None
    item = body["items"][0]
    assert item["type"] == "NOMINATED" and item["source"]["name"] == "Unity Party"
    assert item["evidence"][0]["article_id"] in {"api-a1", "api-a4"}
    later = get(graph, "/v1/relationships", type="NOMINATED", since="2024-02-01").json()["items"]
    assert [i["target"]["id"] for i in later] == ["person:boris-ivanov"]
    confident = get(graph, "/v1/relationships", type="NOMINATED", min_confidence=0.5).json()["items"]
    assert [i["target"]["id"] for i in confident] == ["person:anna-petrova"]
    as_of = get(graph, "/v1/relationships", type="NOMINATED", as_of="2024-02-01").json()["items"]
    assert [i["target"]["id"] for i in as_of] == ["person:anna-petrova"]


def test_end_types_and_paging_across_the_graph(graph) -> None:  # type: ignore[no-untyped-def]
    everything, pages = all_pages(graph + "/v1/relationships", {"limit": 4})
    assert len(everything) == 10 + len(MEMBERS)  # every relationship of the seeded articles
    assert pages == (len(everything) + 3) // 4
    keys = [(i["type"], i["key"]) for i in everything]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    from_people = get(graph, "/v1/relationships", source_type="Person", target_type="Election").json()["items"]
    assert [(i["type"], i["source"]["id"]) for i in from_people] == [("CANDIDATE_IN", "person:anna-petrova")]
    parties = get(graph, "/v1/relationships", source_type="PoliticalParty", type="NOMINATED").json()["items"]
    assert len(parties) == 2


def test_shortest_paths_with_evidence_per_hop(graph) -> None:  # type: ignore[no-untyped-def]
    resp = get(graph, "/v1/paths", **{"from": "person:vera-sokolova", "to": "person:anna-petrova"})
    assert resp.status_code == 200, resp.text
    [path] = resp.json()["items"]
    # Vera HEADS the OSCE mission, which OBSERVES the election Anna is a CANDIDATE_IN
    assert path["length"] == 3
    hops = path["hops"]
    assert [(h["from"]["id"], h["type"], h["to"]["id"], h["direction"]) for h in hops] == [
        ("person:vera-sokolova", "HEADS", "delegation:osce", "forward"),
        ("delegation:osce", "OBSERVES", "election:2024-freedonia-presidential", "forward"),
        ("election:2024-freedonia-presidential", "CANDIDATE_IN", "person:anna-petrova", "backward"),
    ]
    assert all(h["evidence"] and h["evidence"][0]["sentence"] for h in hops)
    assert hops[0]["evidence"][0]["article_id"] == "api-a4"
    # not within two hops
    near = get(graph, "/v1/paths", **{"from": "person:vera-sokolova", "to": "person:anna-petrova", "max_hops": 2})
    assert near.json()["items"] == []


def test_all_shortest_paths_page_to_the_end(graph) -> None:  # type: ignore[no-untyped-def]
    # member-00 and member-01 meet through the party only: one path; Boris and Anna: directly
    direct = get(graph, "/v1/paths", **{"from": "person:boris-ivanov", "to": "person:anna-petrova"}).json()["items"]
    assert [p["length"] for p in direct] == [1] and direct[0]["hops"][0]["type"] == "MET_WITH"
    # from a member to Anna: member -> party -> Anna (NOMINATED) and member -> party -> Boris -> ... is longer
    paths, pages = all_pages(graph + "/v1/paths", {"from": "person:member-03", "to": "person:boris-ivanov",
                                                   "limit": 1})
    # member -MEMBER_OF-> party <-MEMBER_OF- Boris, and member -MEMBER_OF-> party -NOMINATED-> Boris
    assert len(paths) == 2 and pages == 2
    assert {tuple(h["type"] for h in p["hops"]) for p in paths} == {("MEMBER_OF", "MEMBER_OF"),
                                                                     ("MEMBER_OF", "NOMINATED")}


def test_paths_errors(graph) -> None:  # type: ignore[no-untyped-def]
    unknown = get(graph, "/v1/paths", **{"from": "person:nobody", "to": "person:anna-petrova"})
    assert unknown.status_code == 404 and unknown.headers["content-type"] == "application/problem+json"
    assert get(graph, "/v1/paths", **{"from": "person:anna-petrova"}).status_code == 422
    too_far = get(graph, "/v1/paths", **{"from": "person:anna-petrova", "to": "person:boris-ivanov", "max_hops": 5})
    assert too_far.status_code == 422
    same = get(graph, "/v1/paths", **{"from": "person:anna-petrova", "to": "person:anna-petrova"})
    assert same.status_code == 200 and same.json()["items"] == []


def test_stats_and_schema(graph) -> None:  # type: ignore[no-untyped-def]
    stats = get(graph, "/v1/stats").json()
    assert stats["labels"]["Article"] == 5
    assert stats["labels"]["Person"] == 3 + len(MEMBERS)
    assert stats["labels"]["Entity"] == 8 + len(MEMBERS)
    assert stats["relationship_types"]["NOMINATED"] == 2
    assert stats["relationship_types"]["MEMBER_OF"] == 1 + len(MEMBERS)
    assert set(stats["queue"]) >= {"queued", "processing", "done", "failed"}
    schema = get(graph, "/v1/schema").json()
    kinds = {t["type"]: t for t in schema["relationship_types"]}
    assert kinds["NOMINATED"]["kind"] == "event" and "date" in kinds["NOMINATED"]["properties"]
    assert kinds["HOLDS_POSITION"]["kind"] == "state" and "title" in kinds["HOLDS_POSITION"]["properties"]
    assert kinds["MET_WITH"]["symmetric"]
    assert "Person" in schema["entity_types"] and "Evidence" in schema["labels"]
