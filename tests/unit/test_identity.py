"""Identity keys and the resolution rule (graph/identity.py), without a database."""
from __future__ import annotations

from typing import Any

from graph.identity import (
    ArticleContext,
    Holder,
    Incoming,
    article_context,
    entity_keys,
    fold,
    is_acronym,
    is_generic,
    preferred_id,
    resolve,
    strip_country,
)

AZ = ArticleContext(countries=frozenset({"azerbaijan"}), country="azerbaijan", text_scope="t-az")
NONE = ArticleContext(text_scope="t-none")


def keys(etype: str, name: str, aliases: list[str] | None = None, ctx: ArticleContext = NONE, **props: Any):  # type: ignore[no-untyped-def]
    return entity_keys(etype, name, aliases or [], props, ctx)


def test_folding_and_name_shapes() -> None:
    assert fold("People’s  Party") == "people party"
    assert fold("Norbert Schäfer") == "norbert schafer"
    assert fold("Bat – Erdene") == "bat-erdene"
    assert is_acronym("CEC") and is_acronym("OSCE PA") and is_acronym("EU EOM")
    assert not is_acronym("Central Election Commission") and not is_acronym("C")
    assert is_generic("central election commission") and is_generic("democratic party")
    assert not is_generic("new azerbaijan party") and not is_generic("african union")
    assert strip_country("central election commission of azerbaijan", "azerbaijan") == "central election commission"
    assert strip_country("azerbaijan central election commission", "azerbaijan") == "central election commission"
    assert strip_country("new azerbaijan party", "azerbaijan") == "new azerbaijan party"


def test_the_cec_of_one_country_has_one_key_under_every_name() -> None:
    full = keys("Organization", "Central Election Commission of Azerbaijan", ["Central Election Commission", "CEC"],
                acronym="CEC", country="Azerbaijan")
    short = keys("Organization", "Central Election Commission", ["CEC"], acronym="CEC", country="Azerbaijan")
    in_context = keys("Organization", "Central Election Commission", ["CEC"], ctx=AZ, acronym="CEC")
    bare = keys("Organization", "CEC", ctx=AZ)
    assert "s|Organization|central election commission|@azerbaijan" in full.strong
    assert set(full.strong) & set(short.strong) & set(in_context.strong)
    assert bare.strong == () and bare.weak == ("w|Organization|acronym|CEC|@azerbaijan",)
    assert bare.weak[0] in full.weak
    # a generic name says nothing across countries: no global key for it
    assert all("@" in k or "of azerbaijan" in k for k in full.strong)
    assert "w|Organization|acronym|CEC" not in full.weak


def test_two_countries_commissions_share_no_key() -> None:
    az = keys("Organization", "Central Election Commission", ["CEC"], acronym="CEC", country="Azerbaijan")
    kg = keys("Organization", "Central Election Commission", ["CEC"], acronym="CEC", country="Kyrgyzstan")
    assert not set(az.all) & set(kg.all)


def test_a_generic_name_without_any_country_stays_in_its_article() -> None:
    a = keys("Organization", "Central Election Commission", ctx=ArticleContext(text_scope="one"))
    b = keys("Organization", "Central Election Commission", ctx=ArticleContext(text_scope="two"))
    assert a.strong and not set(a.strong) & set(b.strong)


def test_distinctive_names_are_global_and_carry_their_acronym() -> None:
    yap = keys("Organization", "New Azerbaijan Party", ["YAP"], ctx=AZ, acronym="YAP")
    elsewhere = keys("Organization", "New Azerbaijan Party", acronym="YAP")
    assert "s|Organization|new azerbaijan party" in set(yap.strong) & set(elsewhere.strong)
    assert "w|Organization|acronym|YAP" in elsewhere.weak
    assert yap.scope == ""  # distinctive names are not qualified with a country


def test_people() -> None:
    full = keys("Person", "Sergey Lebedev", ["Lebedev"])
    other = keys("Person", "Ivan Lebedev")
    bare = keys("Person", "Lebedev")
    assert full.strong == ("s|Person|sergey lebedev",)
    assert full.weak == other.weak == bare.weak == ("w|Person|surname|lebedev",)
    assert bare.strong == ()
    assert keys("Person", "Norbert Schäfer").strong == keys("Person", "Norbert Schafer").strong


def test_elections_delegations_countries() -> None:
    e1 = keys("Election", "2024 Azerbaijan presidential election", country="Azerbaijan", kind="presidential",
              date="2024-02-07")
    e2 = keys("Election", "presidential election", ctx=AZ, kind="presidential", year=2024)
    assert e1.strong == e2.strong == ("s|Election|azerbaijan|presidential|2024",)
    assert keys("Election", "presidential election", kind="presidential").strong[0].endswith("@text:t-none")
    d1 = keys("Delegation", "CIS delegation", sender="Commonwealth of Independent States", ctx=AZ)
    d2 = keys("Delegation", "CIS delegation", sender="Commonwealth of Independent States", destination="Kyrgyzstan")
    assert d1.strong != d2.strong and d1.scope == "azerbaijan"
    c1 = keys("Country", "Azerbaijan", ["Republic of Azerbaijan"])
    c2 = keys("Country", "Republic of Azerbaijan")
    assert set(c1.strong) & set(c2.strong)


def test_article_context_has_one_country_only_when_unambiguous() -> None:
    one = article_context([{"type": "Country", "name": "Azerbaijan", "aliases": ["Republic of Azerbaijan"]},
                           {"type": "Election", "name": "x", "props": {"country": "Azerbaijan"}}], "t")
    assert one.country == "azerbaijan" and "republic of azerbaijan" in one.countries
    two = article_context([{"type": "Country", "name": "Azerbaijan"}, {"type": "Country", "name": "Armenia"}], "t")
    assert two.country == ""


# -- resolution ---------------------------------------------------------------------------------
def inc(id: str, etype: str, name: str, aliases: list[str] | None = None, ctx: ArticleContext = NONE,
        **props: Any) -> Incoming:
    return Incoming(id=id, type=etype, keys=keys(etype, name, aliases, ctx, **props))


def test_strong_key_joins_its_holder() -> None:
    e = inc("organization:cec", "Organization", "Central Election Commission", ctx=AZ, acronym="CEC")
    holders = {"s|Organization|central election commission|@azerbaijan":
               [Holder("organization:central-election-commission-of-azerbaijan", "Organization", False)]}
    r = resolve([e], holders, set())
    assert r.ids == {"organization:cec": "organization:central-election-commission-of-azerbaijan"} and not r.new


def test_bare_acronym_joins_the_single_holder_of_its_weak_key() -> None:
    e = inc("organization:cec", "Organization", "CEC", ctx=AZ)
    one = {e.keys.weak[0]: [Holder("organization:cec-az", "Organization", False)]}
    assert resolve([e], one, set()).ids["organization:cec"] == "organization:cec-az"
    two = {e.keys.weak[0]: [Holder("organization:a", "Organization", False),
                            Holder("organization:b", "Organization", False)]}
    r = resolve([e], two, {"organization:cec"})
    assert r.ids["organization:cec"] == "organization:cec-2" and r.new == {"organization:cec-2"}


def test_surname_only_meets_a_full_name_only_when_unambiguous() -> None:
    bare = inc("person:lebedev", "Person", "Lebedev")
    key = "w|Person|surname|lebedev"
    single = {key: [Holder("person:sergey-lebedev", "Person", False)]}
    assert resolve([bare], single, set()).ids["person:lebedev"] == "person:sergey-lebedev"
    double = {key: [Holder("person:sergey-lebedev", "Person", False), Holder("person:ivan-lebedev", "Person", False)]}
    r = resolve([bare], double, set())
    assert r.ids["person:lebedev"] == "person:lebedev" and r.new == {"person:lebedev"}


def test_two_full_names_sharing_a_surname_stay_apart() -> None:
    ivan = inc("person:ivan-lebedev", "Person", "Ivan Lebedev")
    holders = {"w|Person|surname|lebedev": [Holder("person:sergey-lebedev", "Person", False)]}
    r = resolve([ivan], holders, {"person:sergey-lebedev"})
    assert r.ids["person:ivan-lebedev"] == "person:ivan-lebedev" and r.new == {"person:ivan-lebedev"}


def test_a_full_name_completes_a_single_surname_only_node() -> None:
    full = inc("person:sergey-lebedev", "Person", "Sergey Lebedev")
    holders = {"w|Person|surname|lebedev": [Holder("person:lebedev", "Person", True)]}
    assert resolve([full], holders, set()).ids["person:sergey-lebedev"] == "person:lebedev"
    # ... but not when another full name already shares the surname
    holders["w|Person|surname|lebedev"].append(Holder("person:ivan-lebedev", "Person", False))
    assert resolve([full], holders, set()).ids["person:sergey-lebedev"] == "person:sergey-lebedev"


def test_within_one_article_a_bare_surname_sees_the_full_names_beside_it() -> None:
    r = resolve([inc("person:lebedev", "Person", "Lebedev"), inc("person:sergey-lebedev", "Person", "Sergey Lebedev")],
                {}, set())
    assert r.ids == {"person:lebedev": "person:sergey-lebedev", "person:sergey-lebedev": "person:sergey-lebedev"}
    r = resolve([inc("person:lebedev", "Person", "Lebedev"), inc("person:sergey-lebedev", "Person", "Sergey Lebedev"),
                 inc("person:ivan-lebedev", "Person", "Ivan Lebedev")], {}, set())
    assert r.ids["person:lebedev"] == "person:lebedev"


def test_types_never_mix() -> None:
    e = inc("person:georgia", "Person", "Georgia")
    holders = {"w|Person|surname|georgia": [Holder("country:georgia", "Country", False)]}
    assert resolve([e], holders, set()).ids["person:georgia"] == "person:georgia"


def test_new_ids_are_qualified_with_the_country_of_a_generic_name() -> None:
    kg = inc("organization:central-election-commission", "Organization", "Central Election Commission",
             ctx=ArticleContext(country="kyrgyzstan", text_scope="t"))
    assert preferred_id(kg) == "organization:central-election-commission-kyrgyzstan"
    az = inc("organization:central-election-commission-of-azerbaijan", "Organization",
             "Central Election Commission of Azerbaijan", country="Azerbaijan")
    assert preferred_id(az) == "organization:central-election-commission-of-azerbaijan"
    au = inc("organization:african-union", "Organization", "African Union", ctx=AZ)
    assert preferred_id(au) == "organization:african-union"
    r = resolve([kg], {}, {"organization:central-election-commission-kyrgyzstan"})
    assert r.ids[kg.id] == "organization:central-election-commission-kyrgyzstan-2"


def test_an_organization_without_an_acronym_gets_the_one_its_name_would_have() -> None:
    long = keys("Organization", "Azerbaijan Central Election Commission", country="Azerbaijan")
    bare = keys("Organization", "CEC", country="Azerbaijan")
    assert bare.weak[0] in long.weak
    assert "w|Organization|acronym|OSCE" in keys(
        "Organization", "Organization for Security and Co-operation in Europe").weak
    # an explicit acronym wins over the initials
    assert keys("Organization", "New Azerbaijan Party", acronym="YAP").weak == ("w|Organization|acronym|YAP",)
    assert not [k for k in keys("Organization", "CIS Executive Committee", country="Kazakhstan").weak if "CEC" in k]


def test_a_bare_acronym_finds_an_international_body_when_its_country_has_none() -> None:
    osce = Holder("organization:osce", "Organization", False)
    georgia = ArticleContext(countries=frozenset({"georgia"}), country="georgia", text_scope="t")
    bare = inc("organization:osce-2", "Organization", "OSCE", ctx=georgia)
    assert bare.keys.weak == ("w|Organization|acronym|OSCE|@georgia",)  # what it will hold
    assert bare.keys.lookup == ("w|Organization|acronym|OSCE",)          # where else it looks
    assert resolve([bare], {"w|Organization|acronym|OSCE": [osce]}, set()).ids[bare.id] == "organization:osce"
    # a holder within the country comes first
    local = Holder("organization:osce-georgia-office", "Organization", False)
    r = resolve([bare], {"w|Organization|acronym|OSCE": [osce], bare.keys.weak[0]: [local]}, set())
    assert r.ids[bare.id] == "organization:osce-georgia-office"
