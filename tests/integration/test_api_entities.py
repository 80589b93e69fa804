"""Entities over HTTP against the real Neo4j: search, list, one entity, its relationships with every
filter and paging to the last page, its neighbourhood."""
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


def rels(url: str, entity_id: str, **params: object) -> list[dict]:
    resp = get(url, f"/v1/entities/{entity_id}/relationships", **params)
    assert resp.status_code == 200, resp.text
    return resp.json()["items"]


def test_search_by_name_alias_and_type(graph) -> None:  # type: ignore[no-untyped-def]
    body = get(graph, "/v1/entities", q="Anna Petrova").json()
    assert body["items"][0]["id"] == "person:anna-petrova"
    assert body["items"][0]["score"] > 0
    scores = [i["score"] for i in body["items"]]
    assert scores == sorted(scores, reverse=True)
    # by alias, and a prefix of the last word
    cec = get(graph, "/v1/entities", q="CEC").json()["items"][0]["id"]
    assert cec == "organization:central-election-commission-freedonia"
    assert get(graph, "/v1/entities", q="Sokol").json()["items"][0]["id"] == "person:vera-sokolova"
    # the type filter keeps one type
    typed = get(graph, "/v1/entities", q="Unity", type="Person").json()["items"]
    assert all(i["type"] == "Person" for i in typed)
    party = get(graph, "/v1/entities", q="Unity", type="PoliticalParty").json()["items"]
    assert [i["id"] for i in party] == ["organization:unity-party-freedonia"]
    # Lucene syntax in what a user typed is text, not a query
    assert get(graph, "/v1/entities", q='Anna" OR *:*').status_code == 200


def test_search_pages_follow_the_ranking(graph) -> None:  # type: ignore[no-untyped-def]
    everything = get(graph, "/v1/entities", q="member", limit=200).json()["items"]
    assert len(everything) == len(MEMBERS)
    paged, pages = all_pages(graph + "/v1/entities", {"q": "member", "limit": 4})
    assert pages == 6
    assert [i["id"] for i in paged] == [i["id"] for i in everything]


def test_list_by_type_to_the_last_page(graph) -> None:  # type: ignore[no-untyped-def]
    people, pages = all_pages(graph + "/v1/entities", {"type": "Person", "limit": 7})
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids)) == 3 + len(MEMBERS)
    assert ids == sorted(ids)
    assert pages == 4  # 26 people, 7 a page
    assert all(p["type"] == "Person" and p["score"] is None for p in people)


def test_one_entity(graph) -> None:  # type: ignore[no-untyped-def]
    body = get(graph, "/v1/entities/person:anna-petrova").json()
    assert body["name"] == "Anna Petrova" and body["type"] == "Person" and body["labels"] == ["Person"]
    assert "Petrova" in body["aliases"]
    assert body["article_count"] == 2  # api-a1 and api-a2
    assert body["relationship_count"] == 5
    assert body["mention_count"] == 5  # one evidence sentence for each
    election = get(graph, "/v1/entities/election:2024-freedonia-presidential").json()
    assert election["properties"]["country"] == "Freedonia" and election["properties"]["date"] == "2024-04-07"
    party = get(graph, "/v1/entities/organization:unity-party-freedonia").json()
    assert set(party["labels"]) == {"Organization", "PoliticalParty"}


def test_unknown_entity_is_a_404_problem(graph) -> None:  # type: ignore[no-untyped-def]
    for path in ("/v1/entities/person:nobody", "/v1/entities/person:nobody/relationships",
                 "/v1/entities/person:nobody/neighbourhood"):
        resp = get(graph, path)
        assert resp.status_code == 404, path
        assert resp.headers["content-type"] == "application/problem+json"
        body = resp.json()
        assert body["status"] == 404 and "person:nobody" in body["detail"]


def test_relationships_items_carry_everything(graph) -> None:  # type: ignore[no-untyped-def]
    items = rels(graph, "person:anna-petrova")
    assert [(i["type"], i["other"]["id"]) for i in items] == [
        ("APPROVED_CANDIDACY", "organization:central-election-commission-freedonia"),
        ("CANDIDATE_IN", "election:2024-freedonia-presidential"),
        ("HOLDS_POSITION", "country:freedonia"),
        ("MET_WITH", "person:boris-ivanov"),
        ("NOMINATED", "organization:unity-party-freedonia"),
    ]
    by_type = {i["type"]: i for i in items}
    nominated = by_type["NOMINATED"]
    assert nominated["direction"] == "in"
    assert nominated["other"] == {"id": "organization:unity-party-freedonia", "name": "Unity Party",
                                  "type": "Organization"}
    assert nominated["properties"]["date"] == "2024-01-08"
    assert nominated["confidence"] == pytest.approx(0.9) and nominated["support"] == 1
    [ev] = nominated["evidence"]
    assert ev["article_id"] == "api-a1" and ev["title"] == "Title of api-a1"
    assert ev["url"] == "https://news.test/api-a1" and ev["published"] == "2024-01-10"
    assert ev["sentence"] == "Unity Party nominated Anna Petrova."
    assert ev["end"] - ev["start"] == len(ev["sentence"])
    assert by_type["HOLDS_POSITION"]["properties"]["title"] == "Foreign Minister"
    assert by_type["HOLDS_POSITION"]["direction"] == "out"
    assert by_type["MET_WITH"]["direction"] == "both"


def test_relationship_filters(graph) -> None:  # type: ignore[no-untyped-def]
    anna = "person:anna-petrova"
    kinds = lambda items: sorted(i["type"] for i in items)  # noqa: E731
    assert kinds(rels(graph, anna, type=["NOMINATED", "MET_WITH"])) == ["MET_WITH", "NOMINATED"]
    assert kinds(rels(graph, anna, direction="out")) == ["CANDIDATE_IN", "HOLDS_POSITION", "MET_WITH"]
    assert kinds(rels(graph, anna, direction="in")) == ["APPROVED_CANDIDACY", "MET_WITH", "NOMINATED"]
    assert kinds(rels(graph, anna, other_type="Organization")) == ["APPROVED_CANDIDACY", "NOMINATED"]
    assert kinds(rels(graph, anna, min_confidence=0.8)) == ["APPROVED_CANDIDACY", "HOLDS_POSITION", "NOMINATED"]
    # event dates where there are some, else the publication dates of the asserting articles
    assert kinds(rels(graph, anna, since="2024-01-09")) == ["APPROVED_CANDIDACY", "CANDIDATE_IN", "HOLDS_POSITION",
                                                           "MET_WITH"]
    assert kinds(rels(graph, anna, since="2024-01-09", until="2024-01-30")) == ["APPROVED_CANDIDACY", "CANDIDATE_IN",
                                                                               "MET_WITH"]
    assert kinds(rels(graph, anna, until="2024-01-08")) == ["NOMINATED"]
    # as of a day: asserted by an article published on or before it
    assert kinds(rels(graph, anna, as_of="2024-01-09")) == []
    assert kinds(rels(graph, anna, as_of="2024-01-10")) == ["APPROVED_CANDIDACY", "CANDIDATE_IN", "NOMINATED"]
    assert len(rels(graph, anna, as_of="2024-02-01")) == 5
    # state relationships are "as of" too: Boris was a member from the 2023 article on
    assert kinds(rels(graph, "person:boris-ivanov", as_of="2023-12-31")) == ["MEMBER_OF", "REJECTED_CANDIDACY"]
    assert rels(graph, anna, evidence=0)[0]["evidence"] == []


def test_relationships_to_the_last_page(graph) -> None:  # type: ignore[no-untyped-def]
    party = "organization:unity-party-freedonia"
    whole = rels(graph, party, limit=200)
    assert len(whole) == len(MEMBERS) + 1 + 2  # members, Boris a member too, two nominations
    paged, pages = all_pages(f"{graph}/v1/entities/{party}/relationships", {"limit": 5})
    assert pages == 6
    assert [(i["type"], i["other"]["id"]) for i in paged] == [(i["type"], i["other"]["id"]) for i in whole]
    sort_keys = [(i["type"], i["other"]["id"], i["key"]) for i in paged]
    assert sort_keys == sorted(sort_keys)
    # filters and cursors combine
    members, _ = all_pages(f"{graph}/v1/entities/{party}/relationships", {"limit": 10, "type": "MEMBER_OF",
                                                                         "min_confidence": 0.605})
    assert len(members) == sum(1 for i in range(len(MEMBERS)) if 0.5 + i / 100 >= 0.605) + 1  # and Boris


@pytest.mark.parametrize("params", [
    {"type": "FRIENDS_WITH"}, {"direction": "sideways"}, {"min_confidence": 1.5}, {"since": "yesterday"},
    {"until": "0"}, {"limit": 0}, {"limit": 201}, {"cursor": "not-a-cursor"}, {"evidence": 21},
    {"other_type": "Planet"},
])
def test_bad_parameters_are_422_problems(graph, params) -> None:  # type: ignore[no-untyped-def]
    resp = get(graph, "/v1/entities/person:anna-petrova/relationships", **params)
    assert resp.status_code == 422, resp.text
    assert resp.headers["content-type"] == "application/problem+json"
    body = resp.json()
    assert body["status"] == 422 and body["errors"]
    assert "Traceback" not in resp.text


def test_a_cursor_from_another_list_is_refused(graph) -> None:  # type: ignore[no-untyped-def]
    cursor = get(graph, "/v1/entities", type="Person", limit=1).json()["next_cursor"]
    assert cursor
    resp = get(graph, "/v1/entities/person:anna-petrova/relationships", cursor=cursor)
    assert resp.status_code == 422
    assert get(graph, "/v1/entities", q="member", cursor=cursor).status_code == 422


def test_neighbourhood(graph) -> None:  # type: ignore[no-untyped-def]
    one = get(graph, "/v1/entities/person:anna-petrova/neighbourhood").json()
    assert one["centre"] == "person:anna-petrova" and not one["truncated"]
    assert {n["id"]: n["depth"] for n in one["nodes"]} == {
        "person:anna-petrova": 0, "organization:central-election-commission-freedonia": 1,
        "election:2024-freedonia-presidential": 1, "country:freedonia": 1, "person:boris-ivanov": 1,
        "organization:unity-party-freedonia": 1}
    ids = {n["id"] for n in one["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in one["edges"])
    # Boris and Unity Party are linked too: edges among all the drawn nodes, not only to the centre
    assert {(e["type"], e["source"], e["target"]) for e in one["edges"]} >= {
        ("MEMBER_OF", "person:boris-ivanov", "organization:unity-party-freedonia"),
        ("NOMINATED", "organization:unity-party-freedonia", "person:anna-petrova")}

    two = get(graph, "/v1/entities/person:anna-petrova/neighbourhood", depth=2).json()
    depth2 = {n["id"] for n in two["nodes"] if n["depth"] == 2}
    assert "delegation:osce" in depth2 and "person:member-00" in depth2 and not two["truncated"]

    capped = get(graph, "/v1/entities/person:anna-petrova/neighbourhood", depth=3, max_nodes=10).json()
    assert len(capped["nodes"]) == 10 and capped["truncated"]
    assert get(graph, "/v1/entities/person:anna-petrova/neighbourhood", depth=4).status_code == 422
    assert get(graph, "/v1/entities/person:anna-petrova/neighbourhood", max_nodes=501).status_code == 422
    only = get(graph, "/v1/entities/person:anna-petrova/neighbourhood", type="HOLDS_POSITION").json()
    assert {n["id"] for n in only["nodes"]} == {"person:anna-petrova", "country:freedonia"}
