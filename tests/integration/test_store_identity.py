"""Entity identity across articles, in the real Neo4j: who meets whom, and who stays apart."""
from __future__ import annotations

import itertools
import threading

import pytest

from graph.store import GraphStore
from tests.integration.store_helpers import article, duplicate_identities, entity, relation, write

AZ_COUNTRY = entity("country:azerbaijan", "Country", "Azerbaijan")
CEC_FULL = entity("organization:central-election-commission-of-azerbaijan", "Organization",
                  "Central Election Commission of Azerbaijan", ["Central Election Commission", "CEC"],
                  acronym="CEC", country="Azerbaijan")


def _entities(driver) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    records, _, _ = driver.execute_query("MATCH (e:Entity) RETURN e.id AS id, properties(e) AS p")
    return {r["id"]: r["p"] for r in records}


def _by_type(driver, etype: str) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {k: v for k, v in _entities(driver).items() if v["type"] == etype}


@pytest.mark.parametrize("full_first", [True, False])
def test_cec_with_its_country_meets_the_full_name(clean_db, full_first: bool) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    full_text = "The Central Election Commission of Azerbaijan (CEC) met in Baku."
    short_text = "The CEC said the vote in Azerbaijan was calm."
    full = (article("full", full_text), [AZ_COUNTRY, CEC_FULL])
    short = (article("short", short_text),
             [AZ_COUNTRY, entity("organization:cec", "Organization", "CEC", acronym="CEC", country="Azerbaijan")])
    for art, ents in ([full, short] if full_first else [short, full]):
        write(store, art, ents)
    orgs = _by_type(clean_db, "Organization")
    assert len(orgs) == 1, orgs
    (node,) = orgs.values()
    assert node["name"] == "Central Election Commission of Azerbaijan"
    assert set(node["aliases"]) >= {"CEC", "Central Election Commission"}
    assert node["article_count"] == 2
    assert node["country"] == "Azerbaijan" and node["acronym"] == "CEC"


def test_the_cecs_of_two_countries_stay_apart(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    write(store, article("az", "The Central Election Commission (CEC) of Azerbaijan met."), [AZ_COUNTRY, CEC_FULL])
    kg_text = "In Kyrgyzstan, the Central Election Commission (CEC) registered candidates."
    ids = write(store, article("kg", kg_text), [
        entity("country:kyrgyzstan", "Country", "Kyrgyzstan"),
        entity("organization:central-election-commission", "Organization", "Central Election Commission", ["CEC"],
               acronym="CEC")])  # no country property: the article's one country scopes the generic name
    bare_text = "The CEC in Bishkek, Kyrgyzstan, counted the votes."
    bare = write(store, article("kg-bare", bare_text), [
        entity("country:kyrgyzstan", "Country", "Kyrgyzstan"), entity("organization:cec", "Organization", "CEC")])
    orgs = _by_type(clean_db, "Organization")
    assert sorted(orgs) == ["organization:central-election-commission-kyrgyzstan",
                            "organization:central-election-commission-of-azerbaijan"]
    assert ids["organization:central-election-commission"] == "organization:central-election-commission-kyrgyzstan"
    assert bare["organization:cec"] == "organization:central-election-commission-kyrgyzstan"
    assert orgs["organization:central-election-commission-kyrgyzstan"]["article_count"] == 2
    assert orgs["organization:central-election-commission-of-azerbaijan"]["article_count"] == 1


def test_a_generic_name_without_a_country_does_not_meet_anyone(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    write(store, article("az", "The Central Election Commission of Azerbaijan met."), [AZ_COUNTRY, CEC_FULL])
    write(store, article("nowhere", "The Central Election Commission met on Monday."), [
        entity("organization:central-election-commission", "Organization", "Central Election Commission")])
    write(store, article("nowhere-2", "The Central Election Commission met again on Tuesday."), [
        entity("organization:central-election-commission", "Organization", "Central Election Commission")])
    assert len(_by_type(clean_db, "Organization")) == 3


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_joins_only_one(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    write(store, article("p1", "Sergey Lebedev arrived in Baku."), [entity("person:sergey-lebedev", "Person",
                                                                            "Sergey Lebedev", ["Lebedev"])])
    bare = [entity("person:lebedev", "Person", "Lebedev")]
    only_one = write(store, article("p2", "Lebedev spoke to reporters."), bare)
    assert only_one["person:lebedev"] == "person:sergey-lebedev"
    write(store, article("p3", "Ivan Lebedev, a lawyer, filed a complaint."),
          [entity("person:ivan-lebedev", "Person", "Ivan Lebedev")])
    ambiguous = write(store, article("p4", "Lebedev declined to comment."), bare)
    people = _by_type(clean_db, "Person")
    assert sorted(people) == ["person:ivan-lebedev", "person:lebedev", "person:sergey-lebedev"]
    assert ambiguous["person:lebedev"] == "person:lebedev"
    assert people["person:sergey-lebedev"]["article_count"] == 2
    assert people["person:ivan-lebedev"]["article_count"] == 1


def test_a_full_name_completes_a_surname_only_node(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    write(store, article("s1", "Panahov opened the session."), [entity("person:panahov", "Person", "Panahov")])
    ids = write(store, article("s2", "Mazahir Panahov chairs the commission."),
                [entity("person:mazahir-panahov", "Person", "Mazahir Panahov", ["Panahov"])])
    people = _by_type(clean_db, "Person")
    assert list(people) == ["person:panahov"] and ids["person:mazahir-panahov"] == "person:panahov"
    assert people["person:panahov"]["name"] == "Mazahir Panahov"  # the fullest name
    # deleting the article that gave the full name takes the full name with it
    store.delete_article("s2")
    assert _by_type(clean_db, "Person")["person:panahov"]["name"] == "Panahov"


def test_relationships_follow_the_stored_ids(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    text1 = "The Central Election Commission of Azerbaijan registered Ilham Aliyev as a candidate."
    write(store, article("r1", text1), [AZ_COUNTRY, CEC_FULL, entity("person:ilham-aliyev", "Person", "Ilham Aliyev")],
          [relation("APPROVED_CANDIDACY", CEC_FULL.id, "person:ilham-aliyev", text1, text1)])
    text2 = "In Azerbaijan, the CEC registered Aliyev as a candidate on Monday."
    write(store, article("r2", text2), [AZ_COUNTRY, entity("organization:cec", "Organization", "CEC"),
                                        entity("person:aliyev", "Person", "Aliyev")],
          [relation("APPROVED_CANDIDACY", "organization:cec", "person:aliyev", text2, text2, confidence=0.5)])
    records, _, _ = clean_db.execute_query(
        "MATCH (s)-[r:APPROVED_CANDIDACY]->(t) RETURN s.id AS s, t.id AS t, r.support AS support, "
        "r.articles AS articles, r.confidence AS confidence")
    assert len(records) == 1
    r = records[0]
    assert (r["s"], r["t"]) == (CEC_FULL.id, "person:ilham-aliyev")
    assert r["support"] == 2 and sorted(r["articles"]) == ["r1", "r2"]
    assert r["confidence"] == pytest.approx(1 - (1 - 0.9) * (1 - 0.5))


VARIANTS = [  # one body and one person, under four different extracted ids and names
    [CEC_FULL, entity("person:mazahir-panahov", "Person", "Mazahir Panahov")],
    [entity("organization:cec", "Organization", "CEC", country="Azerbaijan"),
     entity("person:panahov", "Person", "Panahov")],
    [entity("organization:central-election-commission", "Organization", "Central Election Commission",
            ["CEC"], acronym="CEC", country="Azerbaijan"),
     entity("person:m-panahov", "Person", "Mazahir Panahov")],
    [entity("organization:azerbaijan-cec", "Organization", "Azerbaijan Central Election Commission",
            country="Azerbaijan"), entity("person:chairman-panahov", "Person", "Mazahir Panahov")],
]


def test_the_order_of_articles_does_not_matter(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    text = "In Azerbaijan the Central Election Commission (CEC) chaired by Mazahir Panahov met."
    for order in itertools.permutations(range(len(VARIANTS))):
        clean_db.execute_query("MATCH (n) WHERE n:Entity OR n:Article OR n:IdentityKey DETACH DELETE n")
        for i in order:
            write(store, article(f"v{i}", text + f" Report {i}."), VARIANTS[i])
        ents = _entities(clean_db)
        assert sorted(e["type"] for e in ents.values()) == ["Organization", "Person"], (order, sorted(ents))
        names = sorted(e["name"] for e in ents.values())
        assert names == ["Central Election Commission of Azerbaijan", "Mazahir Panahov"], order


def test_concurrent_writers_agree_on_one_node(clean_db) -> None:  # type: ignore[no-untyped-def]
    """Articles naming the same body and person differently (so under different extracted ids),
    written by eight threads at once into an empty graph: the identity keys are locked before
    they are read, so the writers never make two nodes for one thing."""
    store = GraphStore(clean_db)
    variants = VARIANTS
    text = "In Azerbaijan the Central Election Commission (CEC) chaired by Mazahir Panahov met."
    for round_ in range(3):
        clean_db.execute_query("MATCH (n) WHERE n:Entity OR n:Article OR n:IdentityKey DETACH DELETE n")
        jobs = [(article(f"c{i}", text + f" Report {i}."), variants[(i + round_) % 4]) for i in range(16)]
        errors: list[BaseException] = []
        start = threading.Barrier(8)

        def run(chunk: list, start: threading.Barrier = start, errors: list = errors) -> None:  # type: ignore[type-arg]
            try:
                start.wait()
                for art, ents in chunk:
                    write(store, art, ents)
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(jobs[i::8],)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
        ents = _entities(clean_db)
        assert sorted(e["type"] for e in ents.values()) == ["Organization", "Person"], sorted(ents)
        assert all(e["article_count"] == 16 for e in ents.values())
        assert duplicate_identities(clean_db) == []
