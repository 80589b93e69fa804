"""One relationship type at a time, on sentences written for these tests (not from any corpus):
active and passive voice, apposition, relative clauses, coordination, and the negated or
hypothetical variants that must yield nothing."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from ingest.articles import Article
from ingest.model import Extraction

PUBLISHED = "2025-03-12"  # a Wednesday


def extract(extractor, text: str, published: str = PUBLISHED) -> Extraction:  # type: ignore[no-untyped-def]
    [result] = list(extractor.extract([Article(id="t", text=text, published=published)]))
    assert isinstance(result, Extraction), result
    return result


def extract_reparsed(extractor, text: str, fix: dict[str, tuple[str, str]],  # type: ignore[no-untyped-def]
                     published: str = PUBLISHED, ents: dict[str, str] | None = None,
                     pos: dict[str, str] | None = None) -> Extraction:
    """Extraction over the model's own parse with some arcs changed ({word: (head word, dep)}; "word"
    is its first occurrence, "word#2" its second), to pin a parse the model gives on some text and
    not on others; `ents` pins entity tags the same way ({word: "B-ORG"}), `pos` coarse tags ({word: "PROPN"})."""
    from spacy.tokens import Doc

    from ingest.extract import build_extraction

    nlp = extractor.nlp
    with nlp.select_pipes(disable=["newsgraph"]):
        parsed = nlp(text)
    first: dict[str, int] = {}
    for t in parsed:
        n = 1
        while f"{t.text}#{n}" in first:
            n += 1
        first[f"{t.text}#{n}"] = t.i
        first.setdefault(t.text, t.i)
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    for word, (head, dep) in fix.items():
        heads[first[word]], deps[first[word]] = first[head], dep
    tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed]
    for word, tag in (ents or {}).items():
        tags[first[word]] = tag
    coarse = [t.pos_ for t in parsed]
    for word, tag in (pos or {}).items():
        coarse[first[word]] = tag
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
              heads=heads, deps=deps, tags=[t.tag_ for t in parsed], pos=coarse,
              lemmas=[t.lemma_ for t in parsed], ents=tags)
    doc = nlp.get_pipe("newsgraph")(doc)
    return build_extraction(doc, Article(id="t", text=text, published=published))


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in ex.entities}
    return {(r.type, names[r.source], names[r.target]) for r in ex.relations}


def _named(entity_names: list[str], wanted: str) -> bool:
    return any(wanted == n or wanted in n.split(" delegation")[0] or n.endswith(wanted) for n in entity_names)


def has(ex: Extraction, rel_type: str, source: str, target: str) -> bool:
    names = {e.id: [e.name, *e.aliases] for e in ex.entities}
    return any(r.type == rel_type and _named(names[r.source], source) and _named(names[r.target], target)
               for r in ex.relations)


def election_kinds(ex: Extraction) -> list[str | None]:
    """The kind of each election the extraction names, in its order."""
    return [e.properties.get("kind") for e in ex.entities if e.type == "Election"]


def dated(ex: Extraction, rel_type: str, source: str, target: str) -> str | None:
    names = {e.id: [e.name, *e.aliases] for e in ex.entities}
    for r in ex.relations:
        if r.type == rel_type and _named(names[r.source], source) and _named(names[r.target], target):
            return r.properties.get("date")
    raise AssertionError(f"no {rel_type} {source} -> {target} in {triples(ex)}")


# -- HEADS -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A delegation of the Organization of American States headed by Marta Ruiz arrived in Quito on Monday.",
    "Marta Ruiz heads the OAS mission, which arrived in Quito on Monday.",
    "The OAS mission, which Marta Ruiz leads, arrived in Quito on Monday.",
    "The OAS mission is led by Marta Ruiz, a former Chilean diplomat.",
    "Marta Ruiz is a veteran of such missions. The Ruiz-led OAS mission arrived in Quito on Monday.",
])
def test_heads(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert any(r[0] == "HEADS" and r[1] == "Marta Ruiz" for r in triples(ex)), triples(ex)


def test_heads_negated_and_planned(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ["Marta Ruiz did not lead the OAS mission to Quito, the organization said on Monday.",
                 "Marta Ruiz may lead the OAS mission to Quito next month, officials said."]:
        ex = extract(extractor, text)
        assert not any(r[0] == "HEADS" for r in triples(ex)), (text, triples(ex))


# -- HOLDS_POSITION ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, title", [
    ("Foreign Minister of Moldova Petr Novak met the delegation in the capital.", "Foreign Minister"),
    ("Petr Novak, chairman of the Ruritanian Electoral Council, said the vote would be fair.", "chairman"),
    ("Electoral Council chairman Petr Novak said the vote would be fair.", "chairman"),
    ("The Electoral Council met on Monday. The council's deputy chairman, Petr Novak, said the vote would be fair.",
     "deputy chairman"),
])
def test_holds_position(extractor, text: str, title: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    found = [r for r in ex.relations if r.type == "HOLDS_POSITION"]
    assert found, triples(ex)
    assert found[0].properties["title"].lower() == title.lower()
    assert any(e.name == "Petr Novak" for e in ex.entities)


def test_former_title_gives_no_position(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Former Prime Minister of Ruritania Petr Novak criticised the decision on Tuesday.")
    assert not any(r[0] == "HOLDS_POSITION" for r in triples(ex)), triples(ex)


# -- MEMBER_OF ---------------------------------------------------------------------------------
def test_member_of(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The observers were led by Anna Lind, a member of the European Parliament. "
                            "The delegation included Tomas Berg and Eva Holm.")
    assert has(ex, "MEMBER_OF", "Anna Lind", "European Parliament"), triples(ex)


def test_member_of_party_in_brackets(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission registered Ivan Orlov (Green Party) and Sara Kim as candidates.")
    assert has(ex, "MEMBER_OF", "Ivan Orlov", "Green Party"), triples(ex)


# -- REPRESENTS --------------------------------------------------------------------------------
def test_represents(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An observer mission of the Organization for Security and Co-operation in Europe "
                            "(OSCE) arrived in Tbilisi on Monday. The OSCE mission will stay until the vote.")
    assert any(r[0] == "REPRESENTS" and "Organization for Security" in r[2] for r in triples(ex)), triples(ex)


# -- NOMINATED ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Green Party nominated Ivan Orlov for the presidential election.",
    "Ivan Orlov, who was nominated by the Green Party, filed his papers on Monday.",
    "Ivan Orlov, whom the Green Party fielded in January, filed his papers on Monday.",
    "The Green Party's candidate, Ivan Orlov, filed his papers on Monday.",
    "Ivan Orlov, the candidate of the Green Party, filed his papers on Monday.",
])
def test_nominated(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert has(ex, "NOMINATED", "Green Party", "Ivan Orlov"), triples(ex)


@pytest.mark.parametrize("text", [
    "The Green Party may nominate Ivan Orlov for the presidential election.",
    "The Green Party did not nominate Ivan Orlov for the presidential election.",
    "The Green Party plans to field Ivan Orlov in the presidential election.",
])
def test_nominated_negated_or_hypothetical(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert not any(r[0] == "NOMINATED" for r in triples(ex)), triples(ex)


# -- APPROVED_CANDIDACY / REJECTED_CANDIDACY -----------------------------------------------------
def test_approved_active_passive_and_coordinated(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) on March 3 registered Ivan Orlov and Sara Kim "
                            "as candidates. Lev Adams was registered by the CEC on Tuesday.")
    assert dated(ex, "APPROVED_CANDIDACY", "CEC", "Ivan Orlov") == "2025-03-03"
    assert has(ex, "APPROVED_CANDIDACY", "CEC", "Sara Kim"), triples(ex)
    assert dated(ex, "APPROVED_CANDIDACY", "CEC", "Lev Adams") == "2025-03-11"


def test_approved_through_a_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission registered five candidates on March 1. "
                            "Among them are Ivan Orlov, a lawyer; Sara Kim, the mayor of Lund; and Lev Adams.")
    for person in ("Ivan Orlov", "Sara Kim", "Lev Adams"):
        assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", person) == "2025-03-01"


def test_refusal_is_rejection_not_approval(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission refused to register Ivan Orlov on Monday, "
                            "citing forged signatures.")
    assert has(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Ivan Orlov"), triples(ex)
    assert not any(r[0] == "APPROVED_CANDIDACY" for r in triples(ex))


def test_rejected_passive(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ivan Orlov was disqualified by the Central Election Commission on February 28.")
    assert dated(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Ivan Orlov") == "2025-02-28"


def test_not_registered_is_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission did not register Ivan Orlov as a candidate.")
    assert not any(r[0] in {"APPROVED_CANDIDACY"} for r in triples(ex)), triples(ex)


# -- CANDIDATE_IN, CALLED_ELECTION, WON --------------------------------------------------------------
def test_candidate_in(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ivan Orlov will run in the Ruritanian presidential election on May 4.")
    assert any(r[0] == "CANDIDATE_IN" and r[1] == "Ivan Orlov" for r in triples(ex)), triples(ex)


def test_called_election(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ["President Ana Costa on Monday called a snap parliamentary election for May 4.",
                 "The snap parliamentary election was called by President Ana Costa on Monday.",
                 "President Ana Costa signed a decree on Monday setting the date of the parliamentary election."]:
        ex = extract(extractor, text)
        assert dated(ex, "CALLED_ELECTION", "Ana Costa", "election") == "2025-03-10", (text, triples(ex))


def test_won_with_vote_share(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ana Costa won Sunday's presidential election with 58.4 percent of the vote, "
                            "the electoral commission said.")
    won = [r for r in ex.relations if r.type == "WON"]
    assert won and won[0].properties["vote_share"] == 58.4, triples(ex)
    assert won[0].properties["date"] == "2025-03-09"


def test_reelected(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ana Costa was re-elected in Sunday's presidential election.")
    assert any(r[0] == "WON" and r[1] == "Ana Costa" for r in triples(ex)), triples(ex)


# -- OBSERVES, VISITS, MET_WITH ----------------------------------------------------------------------
def test_observes_visits_and_meets(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An African Union observer mission arrived in Lusaka on Monday to observe the "
                            "presidential election. On Tuesday the mission met Electoral Commission chairwoman "
                            "Grace Banda.")
    types = {r[0] for r in triples(ex)}
    assert {"OBSERVES", "VISITS", "MET_WITH"} <= types, triples(ex)
    assert dated(ex, "VISITS", "African Union", "Lusaka") == "2025-03-10"
    assert dated(ex, "MET_WITH", "Grace Banda", "African Union") == "2025-03-11"


def test_received_and_talks(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Speaker of Parliament Tom Reed received Ambassador Lena Fox on Monday. "
                            "Lena Fox later held talks with Foreign Minister Omar Said.")
    assert has(ex, "MET_WITH", "Tom Reed", "Lena Fox") or has(ex, "MET_WITH", "Lena Fox", "Tom Reed"), triples(ex)
    assert has(ex, "MET_WITH", "Lena Fox", "Omar Said") or has(ex, "MET_WITH", "Omar Said", "Lena Fox")


def test_denied_meeting_and_expected_visit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Lena Fox did not meet Omar Said on Monday. She is expected to visit Lusaka next week.")
    assert not any(r[0] in {"MET_WITH", "VISITS"} for r in triples(ex)), triples(ex)


# -- evidence, confidence, determinism -------------------------------------------------------------
def test_evidence_slices_the_text_and_confidence_is_a_probability(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("ROMA, March 12 - The Green Party nominated Ivan Orlov on Monday.\n\n"
            "The Central Election Commission registered him on Tuesday.")
    ex = extract(extractor, text)
    assert ex.relations
    for r in ex.relations:
        assert 0 < r.confidence <= 1
        for ev in r.evidence:
            assert text[ev.start:ev.end] == ev.sentence and ev.pattern


# -- constructions added from reading parser failures --------------------------------------------
def test_co_chaired_group_and_countries_leading_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A Regional Observer Group (ROG), co-led by Norway, Chile and Ghana, arrived in Lima on "
                            "Monday. The group is co-chaired by Norwegian diplomat Ingrid Dahl and Chilean senator "
                            "Pablo Rojas.")
    for country in ("Norway", "Chile", "Ghana"):
        assert has(ex, "REPRESENTS", "Regional Observer Group", country), triples(ex)
    for person in ("Ingrid Dahl", "Pablo Rojas"):
        assert has(ex, "HEADS", person, "Regional Observer Group"), triples(ex)


def test_led_by_a_person_is_not_led_by_the_body_of_that_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The OSCE delegation, led by Lena Berg, a member of the Swedish parliament, the Riksdag, "
                            "arrived in Tbilisi on Monday.")
    assert has(ex, "HEADS", "Lena Berg", "OSCE"), triples(ex)
    assert not any(r[0] == "REPRESENTS" and r[2] in {"Riksdag", "Sweden"} for r in triples(ex)), triples(ex)


def test_which_and_whom_after_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The list includes Omar Haddad, leader of the Democratic Renewal Rally (DRR), which "
                            "fielded him in May, and Nadia Karam, a member of the Senate whom the Civic Unity "
                            "Party (CUP) nominated in June.")
    assert has(ex, "NOMINATED", "Democratic Renewal Rally", "Omar Haddad"), triples(ex)
    assert has(ex, "NOMINATED", "Civic Unity Party", "Nadia Karam"), triples(ex)
    assert has(ex, "HEADS", "Omar Haddad", "Democratic Renewal Rally"), triples(ex)


def test_object_pronoun_takes_the_nearest_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Judge Paul Weber said the court would rule on Friday. The commission has registered "
                            "Ana Lupu, president of the Green Labour Party (GLP), which put her forward in July.")
    assert has(ex, "NOMINATED", "Green Labour Party", "Ana Lupu"), triples(ex)
    assert not has(ex, "NOMINATED", "Green Labour Party", "Paul Weber"), triples(ex)


def test_a_minority_share_is_not_a_win(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Anna Berg and Ivan Orlov will meet in a presidential runoff on June 2. Berg took "
                            "38.1 percent in the first round on Sunday. Orlov won 29.4 percent.")
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_neither_won(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Anna Berg and Ivan Orlov will meet in a presidential runoff on June 2 after neither "
                            "won an outright majority in Sunday's first round.")
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_a_name_is_not_a_trigger_word(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters in Kenya elected a new senate on Sunday, the electoral commission said. "
                            "In Kisumu County, Victor Mwangi lost narrowly to the incumbent.")
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_the_clause_subject_owns_its_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Southern African Development Community (SADC) observer mission, led by former "
                            "Zambian minister Mary Banda, said its observers in Kitwe and Ndola had been denied "
                            "access to two tallying centres during the presidential election.")
    delegations = [e for e in ex.entities if e.type == "Delegation"]
    assert len(delegations) == 1, [e.name for e in delegations]
    assert has(ex, "VISITS", "SADC", "Kitwe") and has(ex, "VISITS", "SADC", "Ndola"), triples(ex)
    assert not any(r[0] == "REPRESENTS" and r[2] == "Zambia" for r in triples(ex)), triples(ex)


def test_generic_vote_follows_the_kind_its_sentence_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Lucas Mbeki has won a second term with 71 percent of the vote, the "
                            "electoral commission said on Sunday. The ruling Unity Party also won 190 of the 250 seats "
                            "in the parliamentary election held alongside the presidential vote on March 9.")
    assert has(ex, "WON", "Lucas Mbeki", "presidential election"), triples(ex)
    parliamentary = next(e for e in ex.entities if e.type == "Election" and "parliamentary" in e.name)
    assert parliamentary.properties.get("date") == "2025-03-09", parliamentary


def test_named_observer_group_for_an_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commonwealth Observer Group for Malawi's general elections arrived in Lilongwe on "
                            "Saturday. The 12-member group is chaired by Joseph Mensah, a former speaker of Ghana's "
                            "parliament.")
    delegations = [e for e in ex.entities if e.type == "Delegation"]
    assert [d.name for d in delegations] == ["Commonwealth Observer Group"], delegations
    assert has(ex, "REPRESENTS", "Commonwealth Observer Group", "Commonwealth"), triples(ex)
    assert has(ex, "HEADS", "Joseph Mensah", "Commonwealth Observer Group"), triples(ex)
    assert has(ex, "VISITS", "Commonwealth Observer Group", "Lilongwe"), triples(ex)


def test_received_a_delegation_from(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Election commission chairman Omar Saleh received a delegation from the African Union "
                            "on Saturday to discuss the presidential vote.")
    assert has(ex, "REPRESENTS", "African Union", "African Union"), triples(ex)


def test_they_after_a_plural_noun_is_not_the_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The African Union observer mission arrived in Lusaka on Monday. The commission said it "
                            "had registered seven presidential candidates. They include President John Phiri, who is "
                            "seeking a second term as the candidate of the ruling Patriotic Alliance (PA), and "
                            "Ruth Banda.")
    assert not any(r[0] == "MEMBER_OF" and r[1] in {"John Phiri", "Ruth Banda"} for r in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "Patriotic Alliance", "John Phiri"), triples(ex)


def test_chief_of_a_named_mission_for_an_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The chief of the African Union (AU) election observation mission for Zambia's general "
                            "election, Nigerian diplomat Musa Bello, arrived in Lusaka on Sunday and was received the "
                            "same day by Electoral Commission chairman John Mwale.")
    assert has(ex, "HEADS", "Musa Bello", "AU"), triples(ex)
    assert has(ex, "REPRESENTS", "AU", "African Union"), triples(ex)
    assert has(ex, "VISITS", "Musa Bello", "Lusaka"), triples(ex)
    assert has(ex, "MET_WITH", "John Mwale", "Musa Bello") or has(ex, "MET_WITH", "Musa Bello", "John Mwale")
    assert not any(r[0] == "HOLDS_POSITION" and "general" in r[2].lower() for r in triples(ex)), triples(ex)


def test_its_head_after_a_misparsed_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Nordic Council, which arrived in Riga on Friday, observed voting in "
                            "the capital. Its head, Anders Lund, a member of Denmark's Folketing, said the count had "
                            "been fast.")
    assert ("HEADS", "Anders Lund", "Nordic Council delegation") in triples(ex), triples(ex)
    assert ("HEADS", "Anders Lund", "Nordic Council") not in triples(ex), triples(ex)


def test_a_one_word_body_after_the(extractor) -> None:  # type: ignore[no-untyped-def]
    for body in ("Storting", "Majlis"):  # one the NER leaves out, one it calls a person
        ex = extract(extractor, f"The {body} set the date of the presidential election on December 20, local media "
                                "reported on Monday.")
        assert [e.type for e in ex.entities if e.name == body] == ["Organization"], ex.entities
        assert has(ex, "CALLED_ELECTION", body, "presidential election"), triples(ex)


def test_a_presidential_runoff_implies_its_first_round(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Peru's presidential runoff on June 6 will pit Ana Quispe against Luis Torres. Quispe "
                            "topped the April 11 first round with 19.1 percent. In the parliamentary election held "
                            "the same day as the first round, the Popular Force party won the most seats.",
                 published="2025-05-02")  # (a first round already topped: before the story)
    names = {e.name: e for e in ex.entities if e.type == "Election"}
    presidential = next(e for n, e in names.items() if "presidential" in n and "runoff" not in n)
    parliamentary = next(e for n, e in names.items() if "parliamentary" in n)
    assert presidential.properties.get("date") == "2025-04-11", presidential
    assert parliamentary.properties.get("date") == "2025-04-11", parliamentary
    assert has(ex, "CANDIDATE_IN", "Ana Quispe", presidential.name), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Ana Quispe", parliamentary.name), triples(ex)


def test_declared_eligible_or_ineligible(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission (EC) on Monday declared Tomas Berg and Lena Holm eligible to "
                            "stand, but declared Marek Novak ineligible. Ivan Petrov was declared ineligible by the "
                            "EC on Friday. The EC did not declare Omar Said eligible.")
    for person in ("Tomas Berg", "Lena Holm"):
        assert dated(ex, "APPROVED_CANDIDACY", "EC", person) == "2025-03-10"
    assert has(ex, "REJECTED_CANDIDACY", "EC", "Marek Novak"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "EC", "Marek Novak"), triples(ex)
    assert dated(ex, "REJECTED_CANDIDACY", "EC", "Ivan Petrov") == "2025-03-07"
    assert not any(r[2] == "Omar Said" for r in triples(ex)), triples(ex)


def test_lists_after_an_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission on Tuesday cleared three presidential candidates. They are "
                            "Ana Silva, Rui Costa and Paulo Mendes. Rejected were Sam Dlamini and Joe Banda. Among "
                            "those declared ineligible was Ivan Petrov. Also cleared to run were Eva Novak and Tomas "
                            "Hruby.")
    for person in ("Ana Silva", "Rui Costa", "Paulo Mendes", "Eva Novak", "Tomas Hruby"):
        assert dated(ex, "APPROVED_CANDIDACY", "Electoral Commission", person) == "2025-03-11"
    for person in ("Sam Dlamini", "Joe Banda", "Ivan Petrov"):
        assert has(ex, "REJECTED_CANDIDACY", "Electoral Commission", person), triples(ex)
        assert not has(ex, "APPROVED_CANDIDACY", "Electoral Commission", person), triples(ex)


def test_running_for_a_union_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Maria Lopez, running for the Social Christian Union (USC), filed her papers on Monday. "
                            "Pedro Alves is standing for the African Union of Farmers. The Labour Party's (LP) "
                            "candidate, John Okoro, also filed.")
    assert has(ex, "NOMINATED", "USC", "Maria Lopez"), triples(ex)
    assert not any(r[0] == "NOMINATED" and r[2] == "Pedro Alves" for r in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "LP", "John Okoro"), triples(ex)


def test_called_on_is_a_meeting_not_a_demand(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Clara Lombardi, head of the observer mission of the African Union, called on Foreign "
                            "Minister Jose Nhaca on Monday. Opposition leader Tom Banda called on Nhaca to resign.")
    pair = ("Clara Lombardi", "Jose Nhaca")
    pair = pair if has(ex, "MET_WITH", *pair) else pair[::-1]
    assert dated(ex, "MET_WITH", *pair) == "2025-03-10"
    assert not any(r[0] == "MET_WITH" and "Tom Banda" in (r[1], r[2]) for r in triples(ex)), triples(ex)


def test_member_states_are_no_body_of_their_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Economic Community of Central African States arrived on Monday. "
                            "The Security Council of the United Nations met on Tuesday. The Parliamentary Assembly of "
                            "the Council of Europe sent observers.")
    orgs = {e.name for e in ex.entities if e.type == "Organization"}
    assert "Central African States" not in orgs, orgs
    assert {"Economic Community of Central African States", "United Nations", "Council of Europe"} <= orgs, orgs


def test_a_body_run_into_a_name_after_of(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Rosa Campos won 21.4 percent, behind Luis Herrera of Popular Force, who took 24.8 "
                            "percent.")
    people = {e.name: e.aliases for e in ex.entities if e.type == "Person"}
    assert people.get("Luis Herrera") == ["Herrera"], people
    assert "Popular Force" in {e.name for e in ex.entities if e.type == "Organization"}, ex.entities


def test_a_name_cut_at_its_hyphen_and_a_team_of_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Latvia votes on Saturday. A team of observers from the Organization for Security and "
                            "Co-operation in Europe (OSCE) arrived in Riga on Monday.")
    orgs = {e.name: e.aliases for e in ex.entities if e.type == "Organization"}
    assert orgs.get("Organization for Security and Co-operation in Europe") == ["OSCE"], orgs
    assert dated(ex, "VISITS", "OSCE", "Riga") == "2025-03-10"


def test_a_team_that_is_led_or_travels_is_a_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A three-member Commonwealth team led by former Kenyan minister Grace Wanjiru will "
                            "visit Malawi next month. A team of experts arrived in Lilongwe on Monday.")
    assert has(ex, "HEADS", "Grace Wanjiru", "Commonwealth delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "Commonwealth delegation", "Commonwealth"), triples(ex)
    assert [e.type for e in ex.entities if e.name == "Commonwealth"] == ["Organization"], ex.entities
    assert [e.name for e in ex.entities if e.type == "Delegation"] == ["Commonwealth delegation"], ex.entities


def test_initials_before_a_surname_name_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    # the statistical NER calls this name an organization
    ex = extract(extractor, "The Election Commission has fixed May 4 as the date of the council polls, commission "
                            "chairman R.M.A.L. Rathnayake said on Monday. The U.S. Embassy welcomed the date.")
    assert has(ex, "HOLDS_POSITION", "R.M.A.L. Rathnayake", "Election Commission"), triples(ex)
    assert [e.type for e in ex.entities if e.name == "U.S. Embassy"] == ["Organization"], ex.entities


def test_a_party_noun_under_the_party_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Ana Berzina called a snap parliamentary election in May, which her Green "
                            "Future (GF) alliance won with 41 percent of the vote.")
    assert has(ex, "WON", "Green Future", "parliamentary election"), triples(ex)


def test_party_with_its_acronym_before_party_and_a_date_of_another_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Jan Kowal, who was nominated by the Peace and Unity (PiU) party, will be sworn in on "
                            "August 6.")
    orgs = {e.name: e.aliases for e in ex.entities if e.type == "Organization"}
    assert orgs == {"Peace and Unity": ["Peace and Unity party", "PiU"]}, orgs
    assert dated(ex, "NOMINATED", "Peace and Unity", "Jan Kowal") is None


def test_a_three_word_name_cut_in_two_and_a_party_in_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ruling Umoja Mpya (UM) has nominated President Neema Zawadi Hassan for a second "
                            "term, while the main opposition party, Tumaini, was barred from the vote. Tumaini leader "
                            "Baraka Mwita is in detention.")
    assert has(ex, "NOMINATED", "UM", "Neema Zawadi Hassan"), triples(ex)
    assert [e.name for e in ex.entities if e.type == "Person"] == ["Neema Zawadi Hassan", "Baraka Mwita"], ex.entities
    assert has(ex, "HEADS", "Baraka Mwita", "Tumaini"), triples(ex)


def test_confidence_votes_bodies_after_the_and_the_election_date(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Chancellor Karl Brandt lost a confidence vote in the Saeima in December, paving the way "
                            "for a snap federal election on April 6. President Eva Lind dissolved the Saeima on "
                            "January 7 and set the election date.")
    elections = [e for e in ex.entities if e.type == "Election"]
    assert [e.properties.get("kind") for e in elections] == ["parliamentary"], elections
    assert [e.type for e in ex.entities if e.name == "Saeima"] == ["Organization"], ex.entities
    assert dated(ex, "CALLED_ELECTION", "Eva Lind", elections[0].name) == "2025-01-07"


def test_an_untagged_country_adjective_before_a_national_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASTANA, May 20 - Kazakh Foreign Minister Murat Nurtleu received a delegation of the "
                            "European Parliament on Tuesday. Later, Kazakh Foreign Minister Murat Nurtleu spoke.")
    assert has(ex, "HOLDS_POSITION", "Murat Nurtleu", "Kazakhstan"), triples(ex)
    assert {e.type for e in ex.entities} >= {"Country", "Person", "Delegation"}
    assert not any(e.type == "Organization" and "Kazakh" in e.name for e in ex.entities), ex.entities


def test_its_deputy_title_in_a_delegation_belongs_to_the_sender(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Nordic Council led by its vice-president, Elin Dahl, arrived on "
                            "Tuesday. A mission of the African Union led by its head, John Banda, arrived on Monday.")
    assert has(ex, "HOLDS_POSITION", "Elin Dahl", "Nordic Council"), triples(ex)
    assert not any(r[0] == "MEMBER_OF" and r[1] == "Elin Dahl" for r in triples(ex)), triples(ex)
    assert has(ex, "HEADS", "John Banda", "African Union delegation"), triples(ex)


def test_its_after_an_unnamed_party_is_nobody_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Court upheld the ban on Friday. The ruling party has endorsed Tendai Dube as "
                            "its sole candidate. The opposition coalition Vuka Sizwe fielded Rudo Moyo as its "
                            "candidate.")
    assert not any(r[0] == "NOMINATED" and "Supreme Court" in r for r in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "Vuka Sizwe", "Rudo Moyo"), triples(ex)


def test_a_delegation_consists_of_or_is_made_up_of_people(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The delegation of the Nordic Council, headed by Anna Berg, arrived in Tallinn on Monday. "
                            "The team further consists of Lars Ek and Eva Dahl. The delegation is made up of Tove "
                            "Lind and Ida Sand.")
    for person in ("Lars Ek", "Eva Dahl", "Tove Lind", "Ida Sand"):
        assert has(ex, "MEMBER_OF", person, "Nordic Council delegation"), triples(ex)


def test_stripped_of_registration_and_an_acronym_tagged_as_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Electoral Council (CSE) on Friday stripped opposition candidate Felix "
                            "Maradiaga of his registration. The CSE stripped Ana Ruiz of her immunity. Candidates had "
                            "sought the nomination of the Citizens for Freedom (CxL) alliance. CxL said it would not "
                            "field a replacement.")
    assert dated(ex, "REJECTED_CANDIDACY", "CSE", "Felix Maradiaga") == "2025-03-07"
    assert not any(r[2] == "Ana Ruiz" for r in triples(ex)), triples(ex)
    assert "CxL" not in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_by_elections_and_dates_said_by_held(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Prime Minister Jan Horak announced that local elections will be held on November 2. "
                            "The Central Election Commission has scheduled the mayoral by-election in Brno for "
                            "July 20.")
    elections = sorted((e.properties.get("kind"), e.properties.get("date")) for e in ex.entities
                       if e.type == "Election")
    assert elections == [("local", "2025-07-20"), ("local", "2025-11-02")], elections
    assert has(ex, "CALLED_ELECTION", "Central Election Commission", "local by-election"), triples(ex)
    assert dated(ex, "CALLED_ELECTION", "Jan Horak", "local election") is None


def test_titles_as_predicates(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Andrei Pop, who is also deputy chairman of the Social Democratic Party (PSD), welcomed "
                            "the guests. Ion Rusu serves as secretary general of the National Liberal Party. Dan Ilie "
                            "is not the chairman of the National Liberal Party. Ana Cozma was elected chairwoman of "
                            "the Central Election Commission on Friday. The National Liberal Party named Vlad Enache "
                            "its treasurer.")
    positions = {(s, o, r.properties.get("title")) for r in ex.relations if r.type == "HOLDS_POSITION"
                 for s in [next(e.name for e in ex.entities if e.id == r.source)]
                 for o in [next(e.name for e in ex.entities if e.id == r.target)]}
    assert positions == {("Andrei Pop", "Social Democratic Party", "deputy chairman"),
                         ("Ion Rusu", "National Liberal Party", "secretary general"),
                         ("Ana Cozma", "Central Election Commission", "chairwoman")}, positions
    assert not any(r[0] == "NOMINATED" for r in triples(ex)), triples(ex)


def test_missions_deployed_and_missions_not_sent(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Equatorial Guinea holds a presidential election on July 20. The African Union has "
                            "deployed 40 observers for the vote. The Commonwealth will not send a mission. The "
                            "Arab League may send observers.")
    delegations = {e.name for e in ex.entities if e.type == "Delegation"}
    assert delegations == {"African Union delegation"}, delegations
    assert has(ex, "OBSERVES", "African Union delegation", "presidential election"), triples(ex)


def test_a_colon_list_after_the_act_and_registration_refused_to(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission on Monday registered three more presidential hopefuls: "
                            "Talant Osmonov, leader of the Ak Jol party; Kanat Isaev; and Erkin Sadykov. It refused "
                            "registration to Aida Bekova over invalid signatures. It did not deny registration to "
                            "Omar Bek.")
    for person in ("Talant Osmonov", "Kanat Isaev", "Erkin Sadykov"):
        assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", person) == "2025-03-10"
    assert has(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Aida Bekova"), triples(ex)
    assert not any("Omar Bek" in r for r in triples(ex)), triples(ex)


def test_a_passive_act_without_agent_is_the_one_election_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission met on Monday. Omar Bek was disqualified on Friday. Ana "
                            "Lee was not registered.")
    assert dated(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Omar Bek") == "2025-03-07"
    assert not any("Ana Lee" in r for r in triples(ex)), triples(ex)
    two = extract(extractor, "The Central Election Commission and the Supreme Court met on Monday. Omar Bek was "
                             "disqualified on Friday.")
    assert has(two, "REJECTED_CANDIDACY", "Central Election Commission", "Omar Bek"), triples(two)
    court_first = extract(extractor, "The Supreme Court met on Monday. Omar Bek was disqualified on Friday. The "
                                     "Central Election Commission will print ballots.")
    assert not any("Omar Bek" in r for r in triples(court_first)), triples(court_first)


def test_a_past_act_under_a_future_clause_is_dated_in_the_past(extractor) -> None:  # type: ignore[no-untyped-def]
    # published on a Wednesday: "on Monday" in the past tense is two days before
    ex = extract(extractor, "Four candidates will contest the presidential election after the Electoral Commission "
                            "accepted the nomination papers of Anna Kowal on Monday.")
    assert dated(ex, "APPROVED_CANDIDACY", "Electoral Commission", "Anna Kowal") == "2025-03-10"


def test_adopted_as_its_candidate_and_a_flag_bearer(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Those cleared include Tamara Lungu, whom the People's Renewal Forum (PRF) adopted as its "
                            "candidate in March; Chisomo Zulu, the Green Movement's flag-bearer; and Ana Phiri.")
    assert has(ex, "NOMINATED", "People's Renewal Forum", "Tamara Lungu"), triples(ex)
    assert has(ex, "NOMINATED", "Green Movement", "Chisomo Zulu"), triples(ex)


def test_an_untagged_given_name_before_a_tagged_surname(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Cleared to run are President Karim Ben Youssef, who wants a second term; Ayoub Mejri, "
                            "leader of the small Tunisia Forward movement; and Ali Zayani.")
    assert "Ayoub Mejri" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_a_list_after_a_numbered_act_takes_its_body_and_date(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Electoral Board on Monday published its final list, approving only four. "
                            "Cleared to run are Farid Nasser, a surgeon; Leila Amrani, who leads the Green Bloc; and "
                            "Omar Haddad.")
    for person in ("Farid Nasser", "Leila Amrani", "Omar Haddad"):
        assert dated(ex, "APPROVED_CANDIDACY", "National Electoral Board", person) == "2025-03-10"


def test_a_paragraph_break_ends_a_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    # without the break the parser runs both paragraphs into one sentence, and the list is not seen
    ex = extract(extractor, "The Central Election Commission on Tuesday registered nine candidates for the June 1 "
                            "presidential election.\n\nThe vote was called on January 9 by the speaker. Jan Horak "
                            "is running as the candidate of the Civic Party, which he has led since 2015.\n\n"
                            "Also cleared to run were Pavel Dvorak and Eva Kral.")
    for person in ("Pavel Dvorak", "Eva Kral"):
        assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", person) == "2025-03-11"
    # the year belongs to the relative clause, not to the candidacy
    assert has(ex, "CANDIDATE_IN", "Jan Horak", "presidential election"), triples(ex)


def test_elections_to_two_bodies_have_two_kinds(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission has set November 20 for the elections to the House of Representatives "
                            "and the seven provincial assemblies. The Labour Front has put forward its chairman, Anil "
                            "Sharma, to contest the Pokhara-2 constituency in the House elections.")
    assert has(ex, "CANDIDATE_IN", "Anil Sharma", "parliamentary election"), triples(ex)


def test_an_observer_network_is_not_the_election_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Chief Election Commissioner Ravi Menon said the Election Commission was ready. A team "
                            "from the South Asian Network for Free Elections arrived on Sunday.")
    assert has(ex, "HOLDS_POSITION", "Ravi Menon", "Election Commission"), triples(ex)


def test_a_surname_of_several_words_is_the_same_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Karim Ben Youssef met the delegation on Monday. Ben Youssef said the vote "
                            "would be fair.")
    people = [e for e in ex.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Karim Ben Youssef"], people


def test_party_names_that_end_in_brackets(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Socialist Party of Moldova (Democratic Renewal), or SPM-DR, has nominated its "
                            "chairman, Ion Rusu, for the presidential election. Vasile Ciobanu, who leads the SPM "
                            "(Liberal Centre), said he would not run. The SPM-DR said it expected to win.")
    orgs = {e.name: e.aliases for e in ex.entities if e.type == "Organization"}
    assert "SPM-DR" in orgs.get("Socialist Party of Moldova (Democratic Renewal)", []), orgs
    assert has(ex, "NOMINATED", "Socialist Party of Moldova (Democratic Renewal)", "Ion Rusu"), triples(ex)
    assert has(ex, "HEADS", "Vasile Ciobanu", "SPM (Liberal Centre)"), triples(ex)
    assert len(orgs) == 2, orgs


def test_a_committee_of_a_parliament_and_its_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The minister is accompanied by a delegation of the Defence Committee of the Storting, "
                            "Norway's parliament, headed by the committee's chairwoman, Ingrid Solberg.")
    orgs = {e.name for e in ex.entities if e.type == "Organization"}
    assert "Defence Committee of the Storting" in orgs, orgs
    assert has(ex, "HEADS", "Ingrid Solberg", "delegation"), triples(ex)
    [delegation] = [e for e in ex.entities if e.type == "Delegation"]
    assert "delegation of the Defence Committee of the Storting" in delegation.aliases, delegation


def test_she_in_the_next_sentence_is_the_main_clause_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parse some texts get: "Zarins" the subject of "signed", not in apposition to "counterpart"
    ex = extract_reparsed(extractor, "Foreign Minister Anna Berg arrived in Riga on Monday. Berg held talks with "
                                     "her Latvian counterpart, Janis Zarins, a former diplomat, and the two ministers "
                                     "signed an accord. On Tuesday she was received by Prime Minister Laura Ozola.",
                          {"Zarins": ("signed", "nsubj"), "ministers": ("Zarins", "conj"), "signed": ("held", "conj")})
    assert has(ex, "MET_WITH", "Anna Berg", "Janis Zarins"), triples(ex)
    assert has(ex, "MET_WITH", "Anna Berg", "Laura Ozola"), triples(ex)
    assert not has(ex, "MET_WITH", "Janis Zarins", "Laura Ozola"), triples(ex)


def test_setting_the_polling_date_calls_the_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Observers praised Sunday's parliamentary elections in Malawi. President Grace Phiri set "
                            "March 9 as the polling date in a decree issued on November 20.")
    assert dated(ex, "CALLED_ELECTION", "Grace Phiri", "parliamentary election") == "2024-11-20"


def test_an_untagged_surname_after_a_tagged_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # the NER tags "Armindo Lopes" and leaves the head of the compound, "Ferreira", out
    ex = extract_reparsed(extractor, "The AU mission is led by former Cabo Verdean prime minister Armindo Lopes "
                                     "Ferreira.", {})
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert people == {"Armindo Lopes Ferreira"}, people


def test_a_ticket_declared_the_winners_and_the_pair(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Election Board on Tuesday declared Senator Tomas Reyes and his running mate, "
                            "Lima mayor Ana Paz, the winners of the February 2 presidential election with 55.2 percent "
                            "of the vote.\n\nThe pair, nominated by the Democratic Front, carried 20 of the 24 "
                            "regions, board chairman Luis Vega said.")
    for person in ("Tomas Reyes", "Ana Paz"):
        assert dated(ex, "WON", person, "presidential election") == "2025-03-11"  # the day it was declared
        assert has(ex, "NOMINATED", "Democratic Front", person), triples(ex)
    assert not has(ex, "WON", "Luis Vega", "presidential election"), triples(ex)


def test_three_parties_read_as_an_apposition_and_a_conjunct(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parse of "A, B (X) and C (Y)" some texts get: B in apposition to A, C a conjunct of B
    ex = extract_reparsed(extractor, "Maria Soto, who was nominated by the Labour Party, the Green Party (GP) and the "
                                     "Farmers Party (FP), took 20 percent.",
                          {"Party#2": ("Party", "appos"), "Party#3": ("Party#2", "conj"),
                           "and": ("Party#2", "cc")})
    for party in ("Labour Party", "Green Party", "Farmers Party"):
        assert has(ex, "NOMINATED", party, "Maria Soto"), triples(ex)


def test_a_parliament_electing_a_president(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Seimas on Wednesday elected Foreign Minister Jonas Petraitis as the country's next "
                            "president in the third round of voting. Businessman Tomas Vaitkus, the candidate of the "
                            "Liberal Union, withdrew after the second round. The parliamentary groups met on Monday.")
    elections = {e.name for e in ex.entities if e.type == "Election"}
    assert any("presidential" in name for name in elections), elections
    assert not any("runoff" in r[2] for r in triples(ex) if r[0] == "CANDIDATE_IN"), triples(ex)


def test_tickets_named_in_pairs(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission declared three tickets eligible to contest the presidential election on "
                            "9 March next year.\n\nThe first ticket consists of former minister Juan Ortiz and his "
                            "running mate Clara Mendez, a member of the Senate, who were put forward by the Civic "
                            "Alliance. Governor Pablo Ruiz will run with the mayor of Cusco, Elena Quispe. The pair "
                            "was nominated by the Popular Front.")
    assert any(e.type == "Election" and e.properties.get("date") == "2026-03-09" for e in ex.entities), ex.entities
    for party, person in (("Civic Alliance", "Juan Ortiz"), ("Civic Alliance", "Clara Mendez"),
                          ("Popular Front", "Pablo Ruiz"), ("Popular Front", "Elena Quispe")):
        assert has(ex, "NOMINATED", party, person), triples(ex)


def test_a_joint_mission_of_three_bodies_is_what_observes(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract_reparsed(extractor, "Malawi's general election on Sunday was calm. The Joint Observation Mission "
                                     "(JOM), a joint effort of the African Union (AU), the Pan-African Parliament "
                                     "(PAP) and the East African Community (EAC), deployed 200 observers to observe "
                                     "the vote.",
                          {"Parliament": ("Mission", "appos"), "Community": ("Parliament", "conj")})
    observers = {r[1] for r in triples(ex) if r[0] == "OBSERVES"}
    assert observers == {"Joint Observation Mission"}, triples(ex)


def test_a_deployed_mission_an_older_election_and_a_cut_country_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Namibia holds the 2024 general election on 27 November. The African Union (AU) has "
                            "deployed an Election Observation Mission, led by former President of Sierra Leone Alhaji "
                            "Bai Koroma, which arrived in Windhoek on Sunday. The Commonwealth, which observed the "
                            "2019 polls, did not send a mission this year.")
    [mission] = [e for e in ex.entities if e.type == "Delegation"]
    assert "African Union Election Observation Mission" in mission.aliases, mission
    assert has(ex, "REPRESENTS", mission.name, "African Union"), triples(ex)
    assert has(ex, "HEADS", "Alhaji Bai Koroma", mission.name), triples(ex)
    assert has(ex, "OBSERVES", mission.name, "2024 Namibia general election"), triples(ex)
    observed = {(r[1], r[2]) for r in triples(ex) if r[0] == "OBSERVES"}
    assert observed == {(mission.name, "2024 Namibia general election"),
                        ("Commonwealth", "2019 Namibia general election")}, observed
    assert "Sierra Leone" in {e.name for e in ex.entities if e.type == "Country"} or not any(
        e.name == "Sierra" for e in ex.entities), ex.entities


def test_its_observers_after_a_reported_mission_and_glued_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Chairman of the Central Election Commission of the Republic of Kazakhstan Nurlan Abenov "
                            "on Monday received a delegation of the OSCE observer mission. Petrov said the OSCE "
                            "mission has accredited 200 observers from member states of the Commonwealth. Its "
                            "long-term observers have been working in Aktobe since May. The mission includes members "
                            "of the Baltic Assembly, among them Anna Berzina. Later he held talks with Speaker of the "
                            "Legislative Chamber Daniyar Seitkali.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Nurlan Abenov", "Daniyar Seitkali"} <= people, people
    assert has(ex, "HOLDS_POSITION", "Nurlan Abenov", "Central Election Commission"), triples(ex)
    assert has(ex, "MEMBER_OF", "Anna Berzina", "OSCE delegation"), triples(ex)
    assert not any(e.type == "Delegation" and "Commonwealth" in e.name for e in ex.entities), ex.entities


def test_retained_and_a_rejection_coordinated_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Constitutional Court on Monday published the final list of candidates for the "
                            "presidential election, retaining four of the 20 applications it had received and "
                            "rejecting, among others, the candidacies of former minister Paul Mensah and businessman "
                            "Kofi Adu.\n\nAlso retained were former prime minister Ama Boateng and Yaw Darko.")
    for person in ("Paul Mensah", "Kofi Adu"):
        assert has(ex, "REJECTED_CANDIDACY", "Constitutional Court", person), triples(ex)
        assert not has(ex, "APPROVED_CANDIDACY", "Constitutional Court", person), triples(ex)
    for person in ("Ama Boateng", "Yaw Darko"):
        assert dated(ex, "APPROVED_CANDIDACY", "Constitutional Court", person) == "2025-03-10"


def test_enabled_tickets_and_party_words(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ruiz had been nominated by the Movement for Democratic Renewal (MDR) as its first Senate "
                            "candidate. The Supreme Electoral Tribunal (TSE) on Thursday disqualified him. At the same "
                            "session the TSE enabled eight presidential tickets, among them those of former minister "
                            "Rafael Quispe, the MDR candidate; interim President Lucia Mamani, the candidate of the "
                            "Forward alliance; and former vice-president Hugo Torrez of Civic Front (CF).\n\nThe "
                            "Movement for Democratic Renewal will appeal. Party spokesman Jorge Rojas called the "
                            "ruling political.")
    for person in ("Rafael Quispe", "Lucia Mamani", "Hugo Torrez"):
        assert has(ex, "APPROVED_CANDIDACY", "Supreme Electoral Tribunal", person), triples(ex)
    assert has(ex, "NOMINATED", "Forward alliance", "Lucia Mamani"), triples(ex)
    assert not any(r[0] == "NOMINATED" and r[1] == "Supreme Electoral Tribunal" for r in triples(ex)), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Jorge Rojas", "Movement for Democratic Renewal"), triples(ex)
    assert "Hugo Torrez" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_a_mission_named_with_its_sender_after_of(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "QUITO, May 21 (Andes Wire) - The Electoral Observation Mission of the Organization of "
                            "American States (EOM/OAS) presented its report on the general election held in Ecuador on "
                            "Sunday. The mission, headed by Ximena Soto, arrived in Quito on May 12. The EOM urged "
                            "Congress to act. Pedro Leon, a former mayor of Santo Domingo, came second.")
    delegations = [e for e in ex.entities if e.type == "Delegation"]
    assert [d.name for d in delegations] == ["Electoral Observation Mission of the Organization of American States"]
    mission = delegations[0].name
    assert has(ex, "REPRESENTS", mission, "Organization of American States"), triples(ex)
    assert has(ex, "HEADS", "Ximena Soto", mission), triples(ex)
    assert not any(e.type == "Organization" and e.name.startswith(("EOM", "Electoral")) for e in ex.entities)
    assert "Santo Domingo" not in {e.name for e in ex.entities if e.type == "Person"}


def test_a_national_delegation_named_again_by_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Speaker Anar Aliyev has received a delegation of the National Assembly of Slovenia. The "
                            "delegation included Ambassador of Slovenia to Azerbaijan Marko Novak. On the same day, "
                            "the Slovenian delegation was received by Minister of Foreign Affairs of Azerbaijan Elnur "
                            "Mammadov.")
    delegations = [e for e in ex.entities if e.type == "Delegation"]
    assert len(delegations) == 1, delegations
    assert has(ex, "MET_WITH", "Elnur Mammadov", delegations[0].name), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Elnur Mammadov", "Azerbaijan"), triples(ex)
    assert "Marko Novak" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_presidential_and_legislative_elections_are_two(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Peru's National Electoral Jury on Thursday set August 20 as the date of early "
                            "presidential and legislative elections. President Ana Rojas signed a decree on Wednesday "
                            "calling early general elections.")
    elections = {e.name for e in ex.entities if e.type == "Election"}
    assert {"2025 Peru presidential election", "2025 Peru parliamentary election"} <= elections, elections
    for election in ("2025 Peru presidential election", "2025 Peru parliamentary election"):
        assert has(ex, "CALLED_ELECTION", "National Electoral Jury", election), triples(ex)
        assert has(ex, "CALLED_ELECTION", "Ana Rojas", election), triples(ex)
    assert not any("general" in name for name in elections), elections


def test_a_main_verb_parsed_as_a_clause_on_the_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parse some texts get: "Front" the root, "named" a participle clause hung on it
    ex = extract_reparsed(extractor, "The Social Democratic Front (SDF) on Friday named former minister Pedro Alba as "
                                     "its presidential candidate.",
                          {"Front": ("Front", "ROOT"), "named": ("Front", "acl"), "Alba": ("named", "oprd"),
                           "on": ("Front", "prep"), ".": ("Front", "punct")})
    assert has(ex, "NOMINATED", "Social Democratic Front", "Pedro Alba"), triples(ex)


def test_endorsed_for_the_presidency(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Labour Party on Monday endorsed businessman Tomas Brod for the presidency. The "
                            "Green Party endorsed the reform.")
    assert dated(ex, "NOMINATED", "Labour Party", "Tomas Brod") == "2025-03-10"
    assert not any(r[0] == "NOMINATED" and r[1] == "Green Party" for r in triples(ex)), triples(ex)


def test_titles_with_portfolios_and_opposition_parties(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Council of Ministers took the decision on Monday, Minister for Communication and "
                            "Information Technology Sita Gurung told reporters. Chief Election Commissioner Hari Thapa "
                            "said the commission was ready. The Election Commission met the Asian Network for Free "
                            "Elections. Prime Minister Ram Karki held talks with the chairman of the main opposition "
                            "Nepal Unity Front (NUF), Keshav Rai.")
    assert "Sita Gurung" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities
    assert has(ex, "HOLDS_POSITION", "Hari Thapa", "Election Commission"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Keshav Rai", "Nepal Unity Front"), triples(ex)
    assert has(ex, "MET_WITH", "Ram Karki", "Keshav Rai"), triples(ex)


def test_which_after_the_leader_of_a_delegation_is_the_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Later on Monday, the minister received a delegation of the Asian Forum for Human Rights "
                            "(FORUM-ASIA), led by its executive director, Priya Nair, which is on a week-long visit to "
                            "Nepal.")
    [delegation] = [e.name for e in ex.entities if e.type == "Delegation"]
    assert has(ex, "HEADS", "Priya Nair", delegation), triples(ex)
    assert has(ex, "VISITS", delegation, "Nepal"), triples(ex)
    assert not has(ex, "VISITS", "Priya Nair", "Nepal"), triples(ex)


def test_given_names_match_with_or_without_accents() -> None:
    from ingest.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.is_given_name("Peter") and lexicon.is_given_name("Péter")
    assert lexicon.is_given_name("Jürgen") and lexicon.is_given_name("Jurgen")
    assert lexicon.is_given_name("Radosław") and lexicon.is_given_name("Alina")
    assert not lexicon.is_given_name("Parliament")


def test_declared_winner_after_x_of_a_party_and_the_party_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parse some texts get: "X of [the NPC winner]", with the party a modifier of "winner"
    ex = extract_reparsed(extractor, "The Electoral Commission (EC) on Monday declared former vice-president Kofi "
                                     "Mensah of the opposition National Progressive Congress (NPC) winner of "
                                     "Saturday's presidential election with 56.2 percent of the valid votes cast. The "
                                     "ruling party candidate, Vice-President Samuel Owusu of the Ghana Democratic "
                                     "Alliance (GDA), polled 41.6 percent.",
                          {"Mensah": ("declared", "dobj"), "winner": ("of", "pobj"), "opposition": ("winner", "nmod")})
    assert dated(ex, "WON", "Kofi Mensah", "presidential election") == "2025-03-10"
    assert not any(r[0] == "WON" and r[1] == "National Progressive Congress" for r in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "Ghana Democratic Alliance", "Samuel Owusu"), triples(ex)


def test_declared_winner_with_person_and_party_both_modifiers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission (EC) on Monday declared former vice-president Kofi Mensah of the "
                            "opposition National Progressive Congress (NPC) winner of Saturday's presidential election "
                            "with 56.2 percent of the valid votes cast.")
    assert has(ex, "WON", "Kofi Mensah", "presidential election"), triples(ex)
    assert not any(r[0] == "WON" and r[1] == "National Progressive Congress" for r in triples(ex)), triples(ex)


def test_a_confirmed_victory_is_won_and_a_claimed_one_is_not(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The State Electoral Commission on Sunday handed the certificate of governor-elect to Ana "
                            "Garza, after a count confirmed her victory in the June 6 gubernatorial election. Rival "
                            "candidate Luis Perez claimed victory in the gubernatorial election.",
                 published="2025-06-14")
    assert has(ex, "WON", "Ana Garza", "2025 regional election") or has(ex, "WON", "Ana Garza", "gubernatorial"), \
        triples(ex)
    assert not has(ex, "WON", "Luis Perez", "election"), triples(ex)
    assert any(e.type == "Election" and e.properties.get("date") == "2025-06-06" for e in ex.entities), ex.entities


def test_a_parliament_elects_a_president_not_a_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Estonia's parliament, the Riigikogu, on Wednesday elected Foreign Minister Kadri Saar as "
                            "the country's next president in the third round of voting. The Riigikogu also elected "
                            "Jaan Tamm as Speaker. The third candidate, Liis Kask, whom the Green Movement had "
                            "proposed, withdrew.")
    assert has(ex, "WON", "Kadri Saar", "presidential election"), triples(ex)
    assert not any(r[0] == "WON" and r[1] == "Jaan Tamm" for r in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "Green Movement", "Liis Kask"), triples(ex)


def test_a_mission_offered_if_invited_is_no_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters elect a new parliament in the general election on January 16. The Pacific Islands "
                            "Forum stood ready to send an observer mission if the government requested one. The OAS "
                            "said it was ready to send an electoral observation mission if invited.")
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities
    assert not any(r[0] == "OBSERVES" for r in triples(ex)), triples(ex)


def test_a_title_read_as_a_person_and_a_name_read_as_a_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Fijian Elections Office invited the group. Laila Tuimoana met Supervisor of "
                            "Elections Rajesh Naidu on Saturday morning.")
    assert has(ex, "HOLDS_POSITION", "Rajesh Naidu", "Fijian Elections Office"), triples(ex)
    assert has(ex, "MET_WITH", "Laila Tuimoana", "Rajesh Naidu"), triples(ex)
    assert not any(e.name in {"Supervisor", "Elections"} for e in ex.entities), ex.entities


def test_an_election_set_for_a_day_is_ahead_of_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Israel's parliament voted on Thursday to dissolve itself and set a snap general election "
                            "for November 1. The Unity party named Avraham Dror as its candidate for the election.",
                 published="2022-06-30")
    assert any(e.type == "Election" and e.properties.get("date") == "2022-11-01" for e in ex.entities), ex.entities


def test_mr_before_a_surname_is_not_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Former minister Chaudhry Nadeem Warraich will contest the election. Mr Warraich, whom the "
                            "Pakistan Justice Alliance (PJA) nominated for the seat in December, thanked voters.")
    assert [e.name for e in ex.entities if e.type == "Person"] == ["Chaudhry Nadeem Warraich"], ex.entities
    assert has(ex, "NOMINATED", "Pakistan Justice Alliance", "Chaudhry Nadeem Warraich"), triples(ex)


def test_a_tribunal_of_a_court_allowed_a_candidate_to_run(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An appellate election tribunal of the Sindh High Court on Wednesday allowed former "
                            "minister Nadeem Afzal Chan to contest the February 8 general election. The party allowed "
                            "its members to run.")
    assert dated(ex, "APPROVED_CANDIDACY", "Sindh High Court", "Nadeem Afzal Chan") == "2025-03-12"


def test_a_dateline_city_that_is_no_capital_names_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CLUJ-NAPOCA (Transilvania Reporter) - Mayor Ioan Morar has been re-elected for a fourth "
                            "term after winning 58.3 percent of the vote in Sunday's local elections.",
                 published="2024-06-11")
    assert has(ex, "WON", "Ioan Morar", "2024 Romania local election"), triples(ex)


def test_a_count_of_votes_is_no_win(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Saeima elected Andris Ozols as the country's next president on Wednesday. His rival, "
                            "ombudswoman Ilze Kalna, won 25 votes in the final ballot of the presidential election.")
    assert not has(ex, "WON", "Ilze Kalna", "presidential election"), triples(ex)


def test_its_leader_after_a_reported_party_win(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The conservative Union for Civic Renewal (UCR) won Wednesday's parliamentary election in "
                            "Montenegro, taking 43.1 percent, the State Election Commission (SEC) said in its "
                            "preliminary count, a result that puts its leader Marko Petrovic in line to become prime "
                            "minister.")
    assert has(ex, "HEADS", "Marko Petrovic", "Union for Civic Renewal"), triples(ex)
    assert not has(ex, "HEADS", "Marko Petrovic", "State Election Commission"), triples(ex)


def test_honorifics_and_titles_are_not_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The mission was launched on Monday by its head, Dr Tendai Moyo, Zimbabwe's Minister of "
                            "Foreign Affairs and International Trade. Dr Moyo, who leads the mission, spoke. The "
                            "Umbrella for Democratic Change (UDC) has put forward its leader, Advocate Kagiso Molefe.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert people == {"Tendai Moyo", "Kagiso Molefe"}, people
    assert not any(e.name == "International Trade" for e in ex.entities), ex.entities


def test_those_of_a_semicolon_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Fourteen tickets were filed. The Superior Electoral Tribunal had registered 13 of them "
                            "on February 2, among them those of Jorge Villalba, the nominee of the ruling Colorado "
                            "Party; of Ana Benitez, who was fielded by the Green coalition; and of the outsider Luis "
                            "Ayala.")
    for person in ("Jorge Villalba", "Ana Benitez", "Luis Ayala"):
        assert dated(ex, "APPROVED_CANDIDACY", "Superior Electoral Tribunal", person) == "2025-02-02"


def test_a_chief_observer_named_after_the_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Paraguay votes on April 30. The European Union will again deploy an election observation "
                            "mission, with about 80 observers under chief observer Pierre Moreau, a French member of "
                            "the European Parliament.")
    [mission] = [e.name for e in ex.entities if e.type == "Delegation"]
    assert has(ex, "HEADS", "Pierre Moreau", mission), triples(ex)


def test_it_after_an_unnamed_subject_and_the_place_a_mayor_runs(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The convention was opened by the party's national president, Helena Souza, a member of "
                            "the Chamber of Deputies. It also chose former judge Silvio Prado as the candidate for the "
                            "Federal Senate. Her running mate will be the mayor of Feira de Santana, Claudio Mendes.")
    assert not any(r[0] == "NOMINATED" and r[1] == "Chamber of Deputies" for r in triples(ex)), triples(ex)
    assert not any(e.type == "Organization" and e.name == "Feira de Santana" for e in ex.entities), ex.entities


def test_a_given_name_makes_a_person_of_a_name_tagged_as_an_organization(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "In the race for the presidency of the Cluj County Council, held the same day, UCL's "
                            "Alina Pop won with 47.5 percent of the vote in the local elections.")
    assert "Alina Pop" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_an_older_election_named_with_its_year_stays_apart(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The electoral authority on Monday published a final list of three candidates for the "
                            "October 6 presidential election, among them President Karim Ben Ali, who won the 2019 "
                            "presidential election in a runoff. Ben Ali set the date of this year's vote in a decree "
                            "issued on July 2.", published="2024-09-04")
    assert has(ex, "CALLED_ELECTION", "Karim Ben Ali", "2024 presidential election"), triples(ex)
    assert not any(r[0] == "CANDIDATE_IN" and "2019" in r[2] for r in triples(ex)), triples(ex)


def test_names_with_particles(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("TSE president María Eugenia Castañeda de León said the tribunal was ready. The mission is headed by "
            "Hendrik van den Berghe, a Belgian diplomat. President Henrique Sarmento de Almeida met Marta Nunes da "
            "Silva on Monday.")
    ex = extract(extractor, text)
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"María Eugenia Castañeda de León", "Hendrik van den Berghe", "Henrique Sarmento de Almeida",
            "Marta Nunes da Silva"} <= people, people


def test_a_body_named_on_past_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Commission of the Republic of Moldova on Elections and Holding Republican "
                            "Referenda on Friday registered Ion Popa as a candidate.")
    name = "Central Commission of the Republic of Moldova on Elections and Holding Republican Referenda"
    assert has(ex, "APPROVED_CANDIDACY", name, "Ion Popa"), triples(ex)


def test_a_named_mission_after_its_sender_and_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Southern African Development Community (SADC) Electoral Observation Mission, headed "
                            "by former Zambian vice-president Mutale Banda, described the presidential elections in "
                            "Malawi as peaceful.")
    [mission] = [e for e in ex.entities if e.type == "Delegation"]
    assert "SADC Electoral Observation Mission" in mission.aliases, mission
    assert has(ex, "REPRESENTS", mission.name, "Southern African Development Community"), triples(ex)


def test_a_center_that_observes_and_a_co_led_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Carter Center observed the presidential election in Liberia. Its 40-member delegation "
                            "was co-led by former Kenyan chief justice Wambui Ndungu and businessman David Okafor. "
                            "Results were announced at the Monrovia City Hall.")
    assert has(ex, "OBSERVES", "Carter Center", "presidential election"), triples(ex)
    for person in ("Wambui Ndungu", "David Okafor"):
        assert has(ex, "HEADS", person, "Carter Center delegation"), triples(ex)


def test_it_after_a_deployed_delegation_and_whose_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The OSCE Parliamentary Assembly will deploy a delegation of some 40 parliamentarians "
                            "to observe the parliamentary elections in Montenegro. It will be headed by "
                            "Vice-President Ana Popescu. The observation will be conducted jointly with the OSCE "
                            "Office for Democratic Institutions and Human Rights (ODIHR), whose election observation "
                            "mission, headed by Ambassador Georgios Nikolaou, has been in Montenegro since 10 May.")
    assert has(ex, "HEADS", "Ana Popescu", "OSCE Parliamentary Assembly delegation"), triples(ex)
    assert has(ex, "HEADS", "Georgios Nikolaou", "ODIHR delegation"), triples(ex)


def test_those_registered_are_a_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Electoral Tribunal on Thursday registered three presidential candidates. "
                            "Those registered are Rodrigo Ixcot, a member of Congress whom the Unity Party nominated "
                            "in January; Julia Estrada, the candidate of the Hope Movement; and economist Lucia Mendez "
                            "of the Highlands Front.")
    for person in ("Rodrigo Ixcot", "Julia Estrada", "Lucia Mendez"):
        assert dated(ex, "APPROVED_CANDIDACY", "Supreme Electoral Tribunal", person) == "2025-03-06"


def test_turned_away_and_turned_down(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Independent Electoral Commission accepted the papers of three candidates. Neo "
                            "Ramotswa, whom the Labour Front had fielded, was turned away. The commission also turned "
                            "down Kagiso Dintwe. The party turned down the offer.")
    assert has(ex, "REJECTED_CANDIDACY", "Independent Electoral Commission", "Neo Ramotswa"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Independent Electoral Commission", "Kagiso Dintwe"), triples(ex)


def test_committee_names_that_run_on_and_a_country_inside_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The mission includes Oleg Petrov, deputy chairman of the State Duma Committee on CIS "
                            "Affairs. The guests were received by Chairman of the Central Commission for Elections and "
                            "Referendums of Tajikistan (CCER) Bakhtiyor Rahimov.")
    orgs = {e.name for e in ex.entities if e.type == "Organization"}
    assert "State Duma Committee on CIS Affairs" in orgs, orgs
    assert has(ex, "HOLDS_POSITION", "Bakhtiyor Rahimov", "Central Commission for Elections and Referendums"), \
        triples(ex)


def test_a_bracket_closed_after_a_word_ends_no_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The head of the mission, Jonas Berg, said observers had arrived.\n\nOn Monday, he and "
                            "his deputies were received by Chairman of the Central Election Commission of Kyrgyzstan "
                            "(CEC) Tilek Osmonov, who briefed the guests.")
    assert has(ex, "HOLDS_POSITION", "Tilek Osmonov", "Central Election Commission"), triples(ex)
    [cec] = [e for e in ex.entities if e.name.startswith("Central Election Commission")]
    assert "CEC" in cec.aliases, cec


def test_head_of_a_mission_with_a_second_title_before_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Observers from the Commonwealth of Independent States (CIS) began work in Armenia, the "
                            "head of the CIS observer mission, First Deputy Chairman of the CIS Executive Committee "
                            "Pavel Ostrovsky, told reporters.")
    assert has(ex, "HEADS", "Pavel Ostrovsky", "CIS delegation"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Pavel Ostrovsky", "CIS Executive Committee"), triples(ex)


def test_nominated_by_a_and_by_b(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The incumbent, Dauren Sultanov, was nominated by the Amanat Party and by the Federation "
                            "of Trade Unions for the presidential election.")
    assert has(ex, "NOMINATED", "Amanat Party", "Dauren Sultanov"), triples(ex)
    assert has(ex, "NOMINATED", "Federation of Trade Unions", "Dauren Sultanov"), triples(ex)


def test_they_are_a_list_after_all_of_them_registered(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) finished its work. Four candidates are on the "
                            "ballot, all of them registered by the CEC on August 3. They are the incumbent head of "
                            "state, Timur Abenov, who was nominated by the Unity Party; Galym Serikov of the Farmers' "
                            "Party; Asel Nurlanova, put forward by the Social Justice Party; and Marat Dosanov, the "
                            "nominee of the Party of Renewal.")
    for person in ("Timur Abenov", "Galym Serikov", "Asel Nurlanova", "Marat Dosanov"):
        assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", person) == "2024-08-03", triples(ex)
    assert has(ex, "NOMINATED", "Social Justice Party", "Asel Nurlanova"), triples(ex)
    assert not has(ex, "NOMINATED", "Social Justice Party", "Timur Abenov"), triples(ex)


def test_restated_acts_take_the_commission_named_before_and_its_date(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The National Electoral Commission on Tuesday cleared six people to contest the presidential election "
            "and disqualified two others. The commission's deputy chairperson in charge of logistics, Halima "
            "Juma, said ballots would be printed soon. The ruling party chose its candidate in May. Also cleared "
            "was Baraka Mwita, the candidate of the Green Movement. Among those disqualified was Rehema Kisanga, "
            "leader of the Farmers' Union. Her party may appeal to the Supreme Court.")
    ex = extract(extractor, text)
    assert dated(ex, "APPROVED_CANDIDACY", "National Electoral Commission", "Baraka Mwita") == "2025-03-11"
    assert dated(ex, "REJECTED_CANDIDACY", "National Electoral Commission", "Rehema Kisanga") == "2025-03-11"
    assert has(ex, "HOLDS_POSITION", "Halima Juma", "National Electoral Commission"), triples(ex)


def test_party_candidate_with_its_acronym_and_running_under_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The returning officer said the papers of Lesotho Unity Alliance (LUA) candidate Thabo "
                            "Mokoena were in order. Former mayor Ana Quiroga, who is running under the Partido Verde "
                            "Nacional (PVN), filed on Monday. Luis Ortega is standing under the banner of the Civic "
                            "Front. Rosa Ibarra is running under a cloud of suspicion.")
    assert has(ex, "NOMINATED", "Lesotho Unity Alliance", "Thabo Mokoena"), triples(ex)
    assert has(ex, "NOMINATED", "Partido Verde Nacional", "Ana Quiroga"), triples(ex)
    assert has(ex, "NOMINATED", "Civic Front", "Luis Ortega"), triples(ex)
    assert not any("Rosa Ibarra" in r for r in triples(ex) if r[0] == "NOMINATED"), triples(ex)


def test_issuing_the_writ_calls_the_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The by-election in the Kanye constituency was called after the death of its MP. "
                            "President Oteng Masire issued the writ of election on February 14.")
    assert dated(ex, "CALLED_ELECTION", "Oteng Masire", "election") == "2025-02-14"


def test_head_of_state_then_he_and_a_particle_name_after_a_title(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("President Tomas Ferreira de Lima on Friday dissolved parliament. On Thursday the head of state received "
            "the party leaders, among them Paulo Rocha, and the secretary-general of the Labour Union (LU), Joana "
            "Castro da Cunha. He also met the Speaker of parliament, Rita Lopes Vaz.")
    ex = extract(extractor, text)
    for person in ("Paulo Rocha", "Joana Castro da Cunha", "Rita Lopes Vaz"):
        assert has(ex, "MET_WITH", "Tomas Ferreira de Lima", person), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Joana Castro da Cunha", "Labour Union"), triples(ex)


def test_an_acronym_that_spells_a_country_names_the_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The leader of the Socialist Union (US), Marta Pires, spoke in Lisbon.")
    names = {e.name for e in ex.entities}
    assert "United States" not in names, names
    assert has(ex, "HEADS", "Marta Pires", "Socialist Union"), triples(ex)


def test_parliamentary_leader_and_a_party_that_came_third(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Ana Vidal called a snap general election for June 8. Carlos Mendes, leader "
                            "of the far-right Homeland First party, which came third in the last election, stayed "
                            "away. NCP parliamentary leader Rosa Leal said the party was ready.")
    assert has(ex, "HEADS", "Carlos Mendes", "Homeland First"), triples(ex)
    assert not any(r[0] == "CANDIDATE_IN" and r[1] == "Carlos Mendes" for r in triples(ex)), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Rosa Leal", "NCP"), triples(ex)
    assert not has(ex, "HEADS", "Rosa Leal", "NCP"), triples(ex)


def test_names_beside_later_appositions_and_occupations(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "During his stay, the minister also met with Rustam Aliev, Speaker of the Legislative "
                            "Chamber of the Oliy Majlis, Uzbekistan's parliament. An observer mission of the Shanghai "
                            "Cooperation Organization (SCO), headed by SCO Deputy Secretary-General Zhou Ming, "
                            "arrived. The mission, whose members include Kazakh lawmaker Yerlan Bekov, met officials.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Rustam Aliev", "Yerlan Bekov"} <= people, people
    assert has(ex, "HOLDS_POSITION", "Rustam Aliev", "Legislative Chamber of the Oliy Majlis"), triples(ex)
    assert has(ex, "MEMBER_OF", "Yerlan Bekov", "SCO delegation"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Zhou Ming", "Shanghai Cooperation Organization"), triples(ex)



def test_co_led_by_two_titled_people_and_a_portfolio_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Carter Center praised the vote. Its 40-member delegation was co-led by former "
                            "Kenyan chief justice Wanjiru Kamau and Carter Center Vice President for Peace Programs "
                            "Michael Adeyemi. Gbenga Cole, 71, of the Unity and Renewal Party (URP), served as vice "
                            "president. The delegation leader visited Cole at his residence on Saturday.")
    assert has(ex, "HEADS", "Wanjiru Kamau", "Carter Center delegation"), triples(ex)
    assert has(ex, "HEADS", "Michael Adeyemi", "Carter Center delegation"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Michael Adeyemi", "Carter Center"), triples(ex)
    assert has(ex, "MEMBER_OF", "Gbenga Cole", "Unity and Renewal Party"), triples(ex)
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert "Michael Adeyemi" in people, people


def test_visiting_a_person_is_meeting_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Foreign Minister Ana Ruiz visited former president Tomas Lind at his residence on "
                            "Monday. She did not visit Carlos Pena.")
    assert dated(ex, "MET_WITH", "Ana Ruiz", "Tomas Lind") == "2025-03-10"
    assert not has(ex, "MET_WITH", "Ana Ruiz", "Carlos Pena"), triples(ex)


def test_names_after_a_titled_comma_the_outgoing_body_and_a_meagre_win(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ruling Island Front won 60 of the 87 seats in the People's Majlis in Sunday's "
                            "parliamentary election. The opposition Reform Party (RP) won only 12 seats. Its "
                            "chairperson, Fathimath Zaina Nasir, conceded defeat. Among the RP members who held on to "
                            "their seats was the Speaker of the outgoing Majlis, Ahmed Shiham. The observers were "
                            "sent by Commonwealth Secretary-General Olumide Adebayo-Cole.")
    assert has(ex, "HOLDS_POSITION", "Fathimath Zaina Nasir", "Reform Party"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Olumide Adebayo-Cole", "Commonwealth"), triples(ex)
    assert has(ex, "MEMBER_OF", "Ahmed Shiham", "Reform Party"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ahmed Shiham", "People's Majlis"), triples(ex)
    assert has(ex, "WON", "Island Front", "election"), triples(ex)
    assert not has(ex, "WON", "Reform Party", "election"), triples(ex)
    orgs = [e.name for e in ex.entities if e.type == "Organization"]
    assert "Majlis" not in orgs, orgs


def test_an_election_dated_with_a_year_and_a_commission_accrediting_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MINSK, 28 December (MNA) - The Central Election Commission on Friday registered three "
                            "candidates for the presidential election scheduled for 26 January 2025, CEC Chairman "
                            "Igor Karpenko said. Those on the ballot include Pavel Sokol and Anna Volk. The commission "
                            "had accredited 200 international observers.", published="2024-12-28")
    for person in ("Pavel Sokol", "Anna Volk"):
        assert has(ex, "CANDIDATE_IN", person, "presidential election"), triples(ex)
    assert not any(r[0] == "OBSERVES" for r in triples(ex)), triples(ex)


def test_treasurer_glued_to_a_name_and_no_body_inside_a_chamber_of_deputies(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Nordic Council President Anna Holm spoke today. The Council will deploy a delegation "
                            "headed by Ion Popa, a member of the Chamber of Deputies of Romania, which will include "
                            "Council Treasurer Lukas Berger of Austria.")
    orgs = {e.name for e in ex.entities if e.type == "Organization"}
    assert "Deputies of Romania" not in orgs, orgs
    assert has(ex, "HOLDS_POSITION", "Lukas Berger", "Nordic Council"), triples(ex)
    assert {"Lukas Berger"} <= {e.name for e in ex.entities if e.type == "Person"}


def test_which_after_a_titled_person_and_arabic_name_particles(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The electoral authority approved the candidacies of Karim Mansour, who seeks a second "
                            "term; Samir Gharbi, secretary-general of the People's Voice Movement (PVM), which "
                            "nominated him in July; and Walid Trabelsi, leader of the Future Party. Authority "
                            "president Hedi Bel Hadj Slimane said the list was final.")
    assert has(ex, "NOMINATED", "People's Voice Movement", "Samir Gharbi"), triples(ex)
    assert not has(ex, "NOMINATED", "People's Voice Movement", "Walid Trabelsi"), triples(ex)
    assert not has(ex, "NOMINATED", "People's Voice Movement", "Karim Mansour"), triples(ex)
    assert "Hedi Bel Hadj Slimane" in {e.name for e in ex.entities if e.type == "Person"}


def test_two_elections_called_on_two_days_and_an_untagged_may_date(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The mission will observe the 24 April presidential election and the 8 May early parliamentary "
            "elections. On 20 March, its head met the Speaker of the Assembly, Dren Kastrati, who called the "
            "presidential election on 13 February and the early parliamentary elections on 19 March.")
    ex = extract(extractor, text, published="2024-03-21")
    assert dated(ex, "CALLED_ELECTION", "Dren Kastrati", "presidential election") == "2024-02-13"
    assert dated(ex, "CALLED_ELECTION", "Dren Kastrati", "parliamentary election") == "2024-03-19"
    days = {e.properties.get("kind"): e.properties.get("date") for e in ex.entities if e.type == "Election"}
    assert days == {"presidential": "2024-04-24", "parliamentary": "2024-05-08"}, days


def test_two_posts_joined_by_a_dash_before_one_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission chairman received a delegation of the observer mission of the "
                            "Commonwealth of Independent States (CIS) led by First Deputy Chairman of the CIS "
                            "Executive Committee - Executive Secretary of the CIS Pavel Orlov, the press service said.")
    assert has(ex, "HOLDS_POSITION", "Pavel Orlov", "CIS Executive Committee"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Pavel Orlov", "Commonwealth of Independent States"), triples(ex)
    assert has(ex, "HEADS", "Pavel Orlov", "CIS delegation"), triples(ex)


def test_a_restated_rejection_takes_the_day_of_the_opening_act(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("MINSK, 28 December (MNA) – The Central Election Commission on Friday registered five candidates for "
            "the presidential election, its chairman told journalists. Those on the ballot include Oleg Sidorov "
            "and Anna Petrova. The commission refused to register Pavel Zhuk, whose group collected too few "
            "signatures.")
    ex = extract(extractor, text, published="2024-12-28")
    assert dated(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Pavel Zhuk") == "2024-12-27"
    assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Anna Petrova") == "2024-12-27"


def test_a_ticket_pairing_two_then_they_and_a_name_hung_on_the_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The third ticket pairs Budi Hartono, a former governor, with House member Sari Dewi. "
                            "They were nominated by the Nusantara Party and the Labour Party. The General Elections "
                            "Commission rejected the registration of economist Taufan Rais and businessman Agus "
                            "Salim, whom the People's Party had nominated last month, after finding that the party "
                            "held too few seats.")
    for party in ("Nusantara Party", "Labour Party"):
        for person in ("Budi Hartono", "Sari Dewi"):
            assert has(ex, "NOMINATED", party, person), triples(ex)
    for person in ("Taufan Rais", "Agus Salim"):
        assert has(ex, "REJECTED_CANDIDACY", "General Elections Commission", person), triples(ex)


def test_a_parliamentary_delegation_its_members_and_friendship_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("BAKU, May 4. The Speaker of the Milli Majlis has received a delegation of the National Assembly of "
            "Poland led by Deputy Speaker Marek Nowak. The delegation included the chairman of the Poland-Azerbaijan "
            "parliamentary friendship group, Piotr Zielinski, Members of the National Assembly Anna Kowalska and "
            "Jan Wrobel, as well as Ambassador of Poland to Azerbaijan Tomasz Lis. Nowak also held talks with Rauf "
            "Mammadov, head of the Azerbaijan-Poland inter-parliamentary friendship group.")
    ex = extract(extractor, text)
    assert has(ex, "HOLDS_POSITION", "Marek Nowak", "National Assembly of Poland"), triples(ex)
    for person in ("Piotr Zielinski", "Anna Kowalska", "Jan Wrobel", "Tomasz Lis"):
        assert has(ex, "MEMBER_OF", person, "National Assembly of Poland delegation"), triples(ex)
    for person in ("Anna Kowalska", "Jan Wrobel"):
        assert has(ex, "MEMBER_OF", person, "National Assembly"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Tomasz Lis", "Poland"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Piotr Zielinski", "Poland-Azerbaijan parliamentary friendship group"), \
        triples(ex)
    assert has(ex, "HEADS", "Rauf Mammadov", "Azerbaijan-Poland inter-parliamentary friendship group"), triples(ex)


def test_a_given_name_run_into_a_body_and_a_body_tagged_as_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BAKU, May 4. Speaker of the Milli Majlis Leyla Aliyeva has received a delegation of "
                            "the Sejm of Poland led by Deputy Speaker Marek Nowak. Nowak later visited the Republic "
                            "of Poland's embassy.")
    assert has(ex, "HOLDS_POSITION", "Leyla Aliyeva", "Milli Majlis"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Marek Nowak", "Sejm of Poland"), triples(ex)
    assert has(ex, "REPRESENTS", "Sejm of Poland delegation", "Sejm of Poland"), triples(ex)


def test_a_portfolio_with_commas_and_a_representative_of_a_president(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Economic Community of West African States (ECOWAS) mission arrived. Its members "
                            "include the ECOWAS Commissioner for Political Affairs, Peace and Security, Musa Diallo, "
                            "and the Special Representative of the President of the ECOWAS Commission in Liberia, "
                            "Ambassador Kofi Boateng.")
    assert has(ex, "HOLDS_POSITION", "Musa Diallo", "Economic Community of West African States"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Kofi Boateng", "ECOWAS Commission"), triples(ex)
    titles = {r.properties.get("title") for r in ex.relations if r.type == "HOLDS_POSITION"}
    assert "President" not in titles, titles


def test_a_rule_that_breaks_loses_only_its_own_relations(extractor, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    from ingest.relations import RelationEngine

    def broken(self, view):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr(RelationEngine, "_titles", broken)
    with caplog.at_level("ERROR", logger="ingest.relations"):
        ex = extract(extractor, "Chairman of the Central Election Commission Ravshan Tursunov on Monday registered "
                                "Aziz Karimov as a candidate for the presidential election.")
    assert has(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Aziz Karimov"), triples(ex)
    assert not any(r.type == "HOLDS_POSITION" for r in ex.relations), triples(ex)
    assert any("titles" in rec.getMessage() and rec.exc_info for rec in caplog.records), caplog.records


def test_a_visiting_delegation_welcomed_and_its_members(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("A delegation of the Khmer National Assembly arrived in Hanoi on Monday at the invitation of the National "
            "Assembly of Vietnam. The guests were welcomed at the airport by Tran Thi Mai, Vice Chairwoman of the "
            "Vietnamese legislature, and by the Cambodian ambassador to Vietnam, Sok Chenda. Vietnamese National "
            "Assembly Chairman Le Van Thanh hosted talks. Among the members of the delegation are Chea Vuthy, who "
            "chairs a committee, and Keo Sophal, a deputy from Kampot province.")
    ex = extract(extractor, text, published="2024-10-22")
    assert dated(ex, "MET_WITH", "Tran Thi Mai", "Khmer National Assembly delegation") == "2024-10-21"
    assert has(ex, "MET_WITH", "Sok Chenda", "Khmer National Assembly delegation"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Tran Thi Mai", "National Assembly of Vietnam"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Sok Chenda", "Cambodia"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Le Van Thanh", "National Assembly of Vietnam"), triples(ex)
    for person in ("Chea Vuthy", "Keo Sophal"):
        assert has(ex, "MEMBER_OF", person, "Khmer National Assembly delegation"), triples(ex)
    assembly = [e for e in ex.entities if e.name == "National Assembly of Vietnam"]
    assert len(assembly) == 1 and "Vietnamese National Assembly" in assembly[0].aliases, assembly


def test_a_hyphenated_country_a_deputy_head_and_the_coalition(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Observers from the Economic Community of West African States (ECOWAS) praised the legislative elections "
            "in Guinea-Bissau. The ECOWAS mission is led by former prime minister Jose Maria Neves, with Ghanaian "
            "senator Ama Owusu as its deputy head. The mission has been in the country since May 29. Results gave "
            "the Inclusive Platform (PAI) coalition 54 seats. The coalition, led by former minister Domingos "
            "Pereira, won in six regions.")
    ex = extract(extractor, text, published="2023-06-07")
    assert "Guinea-Bissau" in {e.name for e in ex.entities if e.type == "Country"}
    assert "Guinea" not in {e.name for e in ex.entities if e.type == "Country"}
    assert has(ex, "VISITS", "ECOWAS delegation", "Guinea-Bissau"), triples(ex)
    assert has(ex, "MEMBER_OF", "Ama Owusu", "ECOWAS delegation"), triples(ex)
    assert has(ex, "HEADS", "Domingos Pereira", "Inclusive Platform"), triples(ex)


def test_a_session_throwing_out_papers_and_a_mixed_case_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("LUSAKA, May 19 - The Electoral Commission of Zambia (ECZ) on Monday accepted the papers of four "
            "candidates. Monday's session also threw out the papers of Kapembwa Simbao, a former minister. "
            "Simbao, who had been sponsored by the little-known Citizens' Front, said he would appeal.\n\n"
            "The Alliance for Democracy (AfD) did not file papers. Its leader, Mwila Chanda, said the party "
            "may back another candidate.")
    ex = extract(extractor, text, published="2021-05-19")
    assert dated(ex, "REJECTED_CANDIDACY", "Electoral Commission of Zambia", "Kapembwa Simbao") == "2021-05-17"
    assert has(ex, "NOMINATED", "Citizens' Front", "Kapembwa Simbao"), triples(ex)
    assert has(ex, "HEADS", "Mwila Chanda", "Alliance for Democracy"), triples(ex)


def test_winning_a_party_primary_and_a_lower_case_portfolio(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Former minister Kofi Mensah has won the presidential primary of the opposition Ghana Unity Party (GUP), "
            "taking 61.4 percent of the votes cast by delegates on Saturday. The contest was supervised by the "
            "Electoral Commission of Ghana (EC). Its deputy chairman for operations, Samuel Tetteh, declared the "
            "results. Ama Serwaa did not win the primary of the Green Party.")
    ex = extract(extractor, text, published="2023-06-27")
    assert dated(ex, "NOMINATED", "Ghana Unity Party", "Kofi Mensah") == "2023-06-24"
    assert has(ex, "HOLDS_POSITION", "Samuel Tetteh", "Electoral Commission of Ghana"), triples(ex)
    assert not has(ex, "NOMINATED", "Green Party", "Ama Serwaa"), triples(ex)


def test_an_untagged_name_joined_to_a_party_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The race leaves Ana Ruiz, who was jointly nominated by the Conservative Party and Bold "
                            "Future, in front.")
    assert has(ex, "NOMINATED", "Conservative Party", "Ana Ruiz"), triples(ex)
    assert has(ex, "NOMINATED", "Bold Future", "Ana Ruiz"), triples(ex)


def test_chosen_by_a_party_organ_and_a_one_word_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Four names are on the presidential ballot. They are Armando Sitoe, chosen by the Central "
                            "Committee of the ruling Unity party in May; and Ernesto Cossa, an independent. Nhaca "
                            "defeated Paulo Guebuza, the candidate of Fretilin, in the runoff. The commission chose "
                            "Maria Lopes as its spokesperson.")
    assert has(ex, "NOMINATED", "Central Committee", "Armando Sitoe"), triples(ex)
    assert has(ex, "NOMINATED", "Unity party", "Armando Sitoe"), triples(ex)
    assert has(ex, "NOMINATED", "Fretilin", "Paulo Guebuza"), triples(ex)
    assert not any(r[0] == "NOMINATED" and r[2] == "Maria Lopes" for r in triples(ex)), triples(ex)


def test_a_title_run_into_a_body_and_a_surname_that_is_a_city(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Fontes delivered a message from CPLP Executive Secretary Helena Tavares Lima. Later he "
                            "flew to Lima.")
    assert has(ex, "HOLDS_POSITION", "Helena Tavares Lima", "CPLP"), triples(ex)
    assert "Lima" in {e.name for e in ex.entities if e.type == "Location"}


def test_talks_with_a_and_with_b_restating_the_opening_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("DAKAR, March 22 (SP) - The head of the ECOWAS observation mission, former Ghanaian foreign minister Efua "
            "Asante, met on Thursday with the two front-runners in Sunday's presidential election.\n\nAsante held "
            "talks in Dakar with former prime minister Moussa Ndiaye, the candidate of the ruling Unity coalition, "
            "and with Awa Diop, who is running for the opposition Renewal Movement.\n\nThe Constitutional Council "
            "had in January validated the candidacies of 19 contenders, including Ndiaye and Diop, and rejected "
            "that of businessman Cheikh Fall over doubts about his nationality.")
    ex = extract(extractor, text, published="2024-03-22")
    assert dated(ex, "MET_WITH", "Efua Asante", "Moussa Ndiaye") == "2024-03-21"
    assert dated(ex, "MET_WITH", "Efua Asante", "Awa Diop") == "2024-03-21"
    assert has(ex, "REJECTED_CANDIDACY", "Constitutional Council", "Cheikh Fall"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Constitutional Council", "Cheikh Fall"), triples(ex)
    assert not has(ex, "REJECTED_CANDIDACY", "Constitutional Council", "Awa Diop"), triples(ex)


def test_numbered_items_after_a_colon(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Central Election Commission on Thursday registered four more candidates. At a session chaired by "
            "its chairman, the commission approved the candidacies of three nominees, namely:\n\n"
            "1) Askar Bekov, a deputy of the Mazhilis put forward by the Farmers' Party;\n\n"
            "2) Dana Omarova, chairwoman of the Union of Women, who was nominated by that association;\n\n"
            "3) Serik Nurov, the nominee of the Agrarian Union.\n\nThe commission refused to register Timur Ali.")
    ex = extract(extractor, text)
    for person in ("Askar Bekov", "Dana Omarova", "Serik Nurov"):
        assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", person) == "2025-03-06"
    assert not has(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Timur Ali"), triples(ex)


def test_a_decision_with_bulleted_infinitives(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("PRESS RELEASE. On 26 August 2024, the Central Electoral Commission held a meeting.\n\nThe Commission "
            "decided:\n\n- to register Ms Ana Rusu, nominated by the Party for Development, as candidate;\n\n"
            "- to register Mr Ion Ceban, independent candidate;\n\n- to refuse the registration of Mr Petru Lupu, "
            "since 3,412 of his signatures were invalid.")
    ex = extract(extractor, text, published="2024-08-27")
    for person in ("Ana Rusu", "Ion Ceban"):
        assert dated(ex, "APPROVED_CANDIDACY", "Central Electoral Commission", person) == "2024-08-26"
    assert has(ex, "REJECTED_CANDIDACY", "Central Electoral Commission", "Petru Lupu"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Central Electoral Commission", "Petru Lupu"), triples(ex)


def test_lists_before_and_after_the_act_and_members_among_them(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The CIS mission now numbers more than 300 observers. Among them are Kazakh diplomat Saule Bekova and "
            "Nurlan Asanov, a deputy of the Jogorku Kenesh. On 27 December the Central Commission registered five "
            "candidates. They include the incumbent head of state, Pavel Korsak, and Olga Zhuk, chairwoman of the "
            "Party of Progress; both were put forward by groups of voters. Three more are on the ballot. Ivan "
            "Petrov is running as a self-nominated candidate; Oleg Sidorov is the nominee of the Labour Party; "
            "and the New Course party has put forward Artyom Belov. The Central Commission registered all three "
            "in January.")
    ex = extract(extractor, text, published="2025-01-22")
    for person in ("Saule Bekova", "Nurlan Asanov"):
        assert has(ex, "MEMBER_OF", person, "CIS delegation"), triples(ex)
    for person in ("Pavel Korsak", "Olga Zhuk", "Ivan Petrov", "Oleg Sidorov", "Artyom Belov"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Commission", person), triples(ex)


def test_a_delegation_is_also_named_after_the_senders_other_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the State Duma of Russia arrived in Baku. A delegation of Hungary "
                            "arrived in Tbilisi.")
    aliases = {a for e in ex.entities if e.type == "Delegation" for a in [e.name, *e.aliases]}
    assert {"State Duma delegation", "Hungarian delegation"} <= aliases, aliases


def test_names_the_ner_splits_glues_or_mistakes(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MOSCOW, March 12. /TASS/. Chairwoman of the Central Election Commission (CEC) of Russia "
                            "Tatyana Kirsanova on Monday received a delegation. Turnout was 61 percent, BelTA "
                            "reported. On the same day, CEC Chairwoman Cristina Lupu had a meeting with the Head of "
                            "the OSCE/ODIHR Election Observation Mission, Ambassador Tamara Colak.",
                 published="2024-03-12")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Tatyana Kirsanova", "Cristina Lupu", "Tamara Colak"} <= people, people
    assert not {"Turnout", "BelTA"} & people, people
    assert has(ex, "HOLDS_POSITION", "Tatyana Kirsanova", "Central Election Commission"), triples(ex)
    assert has(ex, "HEADS", "Tamara Colak", "ODIHR Election Observation Mission"), triples(ex)
    assert has(ex, "MET_WITH", "Cristina Lupu", "Tamara Colak"), triples(ex)


def test_one_body_under_its_acronym_party_word_and_place_prefix(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission of the Republic of Kazakhstan met. The CEC registered "
                            "Askar Bekov, the nominee of the Nur Zholy Party. Nur Zholy said it was pleased. The "
                            "Malawi Electoral Commission spoke too, and the Electoral Commission said the roll was "
                            "ready.")
    orgs = [e.name for e in ex.entities if e.type == "Organization"]
    assert sorted(orgs) == ["Central Election Commission of the Republic of Kazakhstan", "Malawi Electoral Commission",
                            "Nur Zholy Party"], orgs


def test_observed_by_missions_of_two_bodies(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The presidential election was observed by missions of the Commonwealth of Independent "
                            "States (CIS) and the Shanghai Cooperation Organisation (SCO). The CIS mission was headed "
                            "by Pavel Orlov, and the SCO mission was led by Wang Lei.")
    assert has(ex, "OBSERVES", "CIS delegation", "presidential election"), triples(ex)
    assert has(ex, "OBSERVES", "SCO delegation", "presidential election"), triples(ex)
    observers = {r[1] for r in triples(ex) if r[0] == "OBSERVES"}
    assert observers == {"CIS delegation", "SCO delegation"}, observers
    aliases = {a for e in ex.entities if e.type == "Delegation" for a in e.aliases}
    assert "Commonwealth delegation" not in aliases, aliases


def test_founded_and_led_by_and_a_party_word_before_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Georgian Unity party won the election. Georgian Unity, founded and led by billionaire "
                            "Zurab Kvirikadze, will hold 89 seats. The Javakhishvili-led Coalition for Change came "
                            "second.")
    assert has(ex, "HEADS", "Zurab Kvirikadze", "Georgian Unity party"), triples(ex)
    assert "Coalition for Change" in {e.name for e in ex.entities if e.type == "Organization"}


def test_an_apposition_hung_on_a_farther_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Javakhishvili-led Coalition for Change came second with 11.0%, followed by Strong "
                            "Georgia, an alliance headed by Levan Abesadze, with 8.8%.")
    assert not has(ex, "HEADS", "Levan Abesadze", "Coalition for Change"), triples(ex)


def test_the_body_chief_is_its_titled_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Chairwoman of the Central Election Commission (CEC) Irina Sokolova on Monday received "
                            "observers. Later in the day the CEC chief held talks with Thabo Dlamini, a commissioner "
                            "of the Electoral Commission of South Africa.")
    assert has(ex, "MET_WITH", "Irina Sokolova", "Thabo Dlamini"), triples(ex)


def test_a_main_clause_parsed_as_a_relative_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Central Election Commission on Wednesday registered Levan Beridze, the candidate of the Unity party."
    # the parse some texts get: "registered" a relative clause of "Commission", "Beridze" its subject
    ex = extract_reparsed(extractor, text, {"Commission": ("Commission", "ROOT"), "registered": ("Commission", "relcl"),
                                            "Beridze": ("registered", "nsubj")})
    assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Levan Beridze") == "2025-03-12"


def test_a_rapporteur_for_a_country_holds_the_post_at_the_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Parliamentary Assembly of the Council of Europe (PACE), led by the "
                            "Assembly's co-rapporteur for Georgia, Karlis Ozols, arrived in Tbilisi.")
    assert has(ex, "HOLDS_POSITION", "Karlis Ozols", "Parliamentary Assembly of the Council of Europe"), triples(ex)
    assert not any(r[0] == "HOLDS_POSITION" and r[2] == "Georgia" for r in triples(ex)), triples(ex)


def test_a_generic_vote_is_the_election_already_named(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Central Election Commission on Wednesday registered Levan Beridze for the December 14 presidential "
            "election. The vote itself was called by Speaker of the Parliament of Georgia Davit Kobakhidze, who "
            "signed the ordinance on November 26.\n\nThe opposition disputes October's parliamentary election and "
            "says the parliament is illegitimate. Parliament members met on Monday.")
    ex = extract(extractor, text, published="2024-12-06")
    assert dated(ex, "CALLED_ELECTION", "Davit Kobakhidze", "presidential election") == "2024-11-26"
    assert not any(r[0] == "CALLED_ELECTION" and "parliamentary" in r[2] for r in triples(ex)), triples(ex)


def test_a_second_post_joined_by_and_after_the_first(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission chairman met with Gennady Ostapenko, Chairman of the CIS Executive "
                            "Committee and head of the observer mission of the Commonwealth of Independent States "
                            "(CIS).")
    assert has(ex, "HOLDS_POSITION", "Gennady Ostapenko", "CIS Executive Committee"), triples(ex)
    assert has(ex, "HEADS", "Gennady Ostapenko", "CIS delegation"), triples(ex)


def test_a_country_owning_a_body_is_not_in_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Senegal's Constitutional Council on Saturday cleared Moussa Diagne to run in the "
                            "presidential election.")
    assert "Constitutional Council" in {e.name for e in ex.entities if e.type == "Organization"}
    assert has(ex, "APPROVED_CANDIDACY", "Constitutional Council", "Moussa Diagne"), triples(ex)


def test_according_to_a_chairman_then_the_candidate_named_next(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "According to CCER Chairman Mansur Jurazoda, Rahmonali Sharifzoda, the candidate of the "
                            "National Unity Party of Tajikistan (NUPT), received 90.92 percent of the votes. The "
                            "delegation includes Hiroshi Kudo and Yuki Sato, both members of the House of "
                            "Representatives.")
    assert has(ex, "NOMINATED", "National Unity Party of Tajikistan", "Rahmonali Sharifzoda"), triples(ex)
    assert not has(ex, "NOMINATED", "National Unity Party of Tajikistan", "Mansur Jurazoda"), triples(ex)
    for person in ("Hiroshi Kudo", "Yuki Sato"):
        assert has(ex, "MEMBER_OF", person, "House of Representatives"), triples(ex)


def test_semicolon_items_with_their_own_verbs_are_not_a_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Four candidates are on the ballot. The Yangi Davr Democratic Party has fielded its "
                            "leader, Ulugbek Inoyatov; Dilnoza Akhmedova is the Green Future Party's candidate; "
                            "and Sardor Umarov was nominated by the Haqiqat Social Democratic Party.")
    assert has(ex, "NOMINATED", "Yangi Davr Democratic Party", "Ulugbek Inoyatov"), triples(ex)
    for person in ("Dilnoza Akhmedova", "Sardor Umarov"):
        assert not has(ex, "NOMINATED", "Yangi Davr Democratic Party", person), triples(ex)


def test_members_among_them_mid_sentence_and_brought_together(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The OIC delegation is headed by Abdulaziz Al-Harbi. Its eleven members come from seven "
                            "member states; among them are Fatima Bennani, a senator from Morocco; and Moussa Diallo, "
                            "a deputy of the National Assembly of Senegal. The SCO mission is headed by Wang Li. It "
                            "brings together officials of the SCO Secretariat, as well as Indian diplomat Rajesh "
                            "Kumar.")
    for person in ("Fatima Bennani", "Moussa Diallo"):
        assert has(ex, "MEMBER_OF", person, "OIC delegation"), triples(ex)
    assert has(ex, "MEMBER_OF", "Rajesh Kumar", "SCO delegation"), triples(ex)


def test_a_brief_after_for_is_not_the_body_of_the_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Organisation of Islamic Cooperation (OIC) arrived in Baku. The OIC "
                            "delegation is headed by the organisation's Assistant Secretary General for Political "
                            "Affairs, Abdulmalik Al-Harbi.")
    assert has(ex, "HOLDS_POSITION", "Abdulmalik Al-Harbi", "Organisation of Islamic Cooperation"), triples(ex)
    assert not any(r[0] == "HOLDS_POSITION" and r[2] == "Political Affairs" for r in triples(ex)), triples(ex)


def test_a_title_between_an_acronym_and_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission of Georgia (CEC) met. The delegation held meetings with "
                            "Tabatadze and with CEC Chairwoman Nana Tsertsvadze.")
    assert has(ex, "HOLDS_POSITION", "Nana Tsertsvadze", "Central Election Commission of Georgia"), triples(ex)
    assert "CEC Chairwoman" not in {e.name for e in ex.entities}


def test_a_capitalised_name_before_delegation_and_the_organizations_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The election was monitored by an observation mission of the Organization of Turkic States "
                            "(OTS) and by a TURKSOY delegation led by the organization's Secretary General, Ulan "
                            "Isakov. The TURKSOY group included Turkish journalist Emre Kaya.")
    assert has(ex, "REPRESENTS", "TURKSOY delegation", "TURKSOY"), triples(ex)
    assert has(ex, "HEADS", "Ulan Isakov", "TURKSOY delegation"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ulan Isakov", "TURKSOY"), triples(ex)
    assert has(ex, "MEMBER_OF", "Emre Kaya", "TURKSOY delegation"), triples(ex)


def test_a_list_after_a_colon_past_the_date_of_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Electoral Board accepted three bids on May 10: Tomas Verhaar, the outgoing "
                            "mayor; Lisa Brandt, leader of the Civic Renewal Party; and Pieter Smolders, a lawyer.")
    for person in ("Tomas Verhaar", "Lisa Brandt", "Pieter Smolders"):
        assert has(ex, "APPROVED_CANDIDACY", "Supreme Electoral Board", person), triples(ex)


def test_had_their_applications_turned_down_by(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Electoral Board published its list. The two - former mayor Tomas Verhaar "
                            "and lawyer Lisa Brandt - had their applications turned down by the board in May.")
    for person in ("Tomas Verhaar", "Lisa Brandt"):
        assert has(ex, "REJECTED_CANDIDACY", "Supreme Electoral Board", person), triples(ex)


def test_the_party_is_a_named_current_or_movement(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tomas Verhaar leads the Civic Renewal Current (CRC). Verhaar was endorsed as the "
                            "party's candidate by its national council in July.")
    assert has(ex, "NOMINATED", "Civic Renewal Current", "Tomas Verhaar"), triples(ex)


def test_her_and_his_in_one_clause_are_two_people(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Anna Verhaar entered the race after the CRM leader, Tomas Brandt, was barred from "
                            "running; the Civic Renewal Movement (CRM) then put her forward in his place.")
    assert not has(ex, "NOMINATED", "Civic Renewal Movement", "Tomas Brandt"), triples(ex)


def test_a_delegation_is_also_known_by_the_words_the_article_used(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An observer mission of the Eurasian Economic Community, which arrived in Minsk on "
                            "Monday, is led by Rustam Aliyev.")
    [mission] = [e for e in ex.entities if e.type == "Delegation"]
    names = {mission.name, *mission.aliases}
    assert "observer mission of the Eurasian Economic Community" in names, names
    assert "EEC observer mission" in names, names  # its initials, though the article never spells them


@pytest.mark.parametrize("text", [
    "The OTS mission arrived on Monday. The head of the mission, Deputy Secretary General of the OTS Kanat "
    "Omarov, said the vote was calm.",
    "The OTS mission arrived on Monday. Kanat Omarov, head of the mission, said the vote was calm.",
])
def test_head_of_the_mission_named_before(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert has(ex, "HEADS", "Kanat Omarov", "OTS delegation"), triples(ex)


def test_it_after_the_commission_noun_is_that_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Provincial Electoral Board (PEB) met on Monday. The board also cleared lawyer Tomas "
                            "Verhaar, the pick of the Civic Renewal Party (CRP). It disqualified the independent "
                            "ticket of Lisa Brandt and Pieter Smolders over forged signatures.")
    for person in ("Lisa Brandt", "Pieter Smolders"):
        assert has(ex, "REJECTED_CANDIDACY", "Provincial Electoral Board", person), triples(ex)
        assert not has(ex, "REJECTED_CANDIDACY", "Civic Renewal Party", person), triples(ex)


def test_their_ticket_after_a_pair_and_the_running_mate_named_apart(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The board said Tomas Verhaar, a member of the city council, and his running mate Lisa "
                            "Brandt had passed all checks. Their ticket was jointly nominated by the Civic Renewal "
                            "Party and the Green Future Party.")
    for party in ("Civic Renewal Party", "Green Future Party"):
        for person in ("Tomas Verhaar", "Lisa Brandt"):
            assert has(ex, "NOMINATED", party, person), triples(ex)


def test_its_president_leading_the_bodys_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Electoral Council of Suriname (ECS), led by its president Marlon "
                            "Pinas, arrived on Monday.")
    assert has(ex, "HEADS", "Marlon Pinas", "ECS delegation"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Marlon Pinas", "Electoral Council of Suriname"), triples(ex)


@pytest.mark.parametrize("text", [
    "The OAS delegation visited the commission's headquarters in central Lima on Monday.",
    "The OAS delegation toured polling stations in Lima on Monday.",
])
def test_visiting_a_place_in_a_town(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert has(ex, "VISITS", "OAS delegation", "Lima"), triples(ex)


def test_observing_since_a_year_is_a_habit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The presidential election is on May 4. The Andean Network for Free Elections, which has "
                            "observed Peruvian polls since 1999, said it had not decided whether to send a mission.")
    assert not any(r[0] == "OBSERVES" for r in triples(ex)), triples(ex)


def test_setting_a_day_as_the_date_for_the_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Peru's National Jury of Elections (JNE) on Wednesday set Aug. 20 as the date for snap "
                            "presidential and legislative elections.")
    assert dated(ex, "CALLED_ELECTION", "National Jury of Elections", "presidential") == "2025-03-12"
    assert has(ex, "CALLED_ELECTION", "National Jury of Elections", "parliamentary"), triples(ex)


def test_lawsuits_against_a_decree_do_not_call_the_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Tomas Verhaar dissolved parliament. The Constitutional Court on Monday rejected "
                            "six lawsuits against his decree, clearing the way for the presidential vote.")
    assert not any(r[0] == "CALLED_ELECTION" for r in triples(ex)), triples(ex)


def test_a_given_name_tagged_apart_joins_the_surname(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The center-right Alianza Nuevo Ecuador (ANE) on Tuesday proclaimed businessman Esteban "
                            "Villacís Ortega as its presidential candidate.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert "Esteban Villacís Ortega" in people and "Esteban" not in people, people


def test_the_nominee_after_the_office(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Socialist Left Party (PSI) nominated for the presidency Marta Quispe, a lawyer.")
    assert has(ex, "NOMINATED", "Socialist Left Party", "Marta Quispe"), triples(ex)


@pytest.mark.parametrize("text", [
    "The Organization of American States said it would deploy an electoral observation mission headed by former "
    "Chilean Vice President Marta Ruiz.",
    "The minister met Marta Ruiz, head of an Organization of American States mission, on Monday.",
    "The minister met Marta Ruiz, head of a European Union exploratory mission, on Monday.",
])
def test_a_mission_announced_or_named_with_a(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    sender = "European Union" if "European" in text else "Organization of American States"
    assert has(ex, "HEADS", "Marta Ruiz", f"{sender} delegation"), triples(ex)
    assert has(ex, "REPRESENTS", f"{sender} delegation", sender), triples(ex)


def test_an_assembly_election_in_a_state(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission of India (ECI) on Monday announced an assembly election in "
                            "Kerala. The ruling Left Unity Front (LUF), which won 99 of the 140 seats in the 2021 "
                            "assembly election, will seek a second term.")
    elections = {e.name: e.properties for e in ex.entities if e.type == "Election"}
    assert any(p.get("kind") == "regional" and not p.get("year") for p in elections.values()), elections
    assert any(p.get("kind") == "regional" and p.get("year") == 2021 for p in elections.values()), elections
    # (Kerala: a state of India)
    assert has(ex, "CALLED_ELECTION", "Election Commission of India", "2025 India regional election"), triples(ex)


def test_the_election_commissioner_of_the_commission_named_last(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission of India (ECI) set the dates. A delegation of the Election "
                            "Commission of Nepal, led by Chief Election Commissioner Ram Thapa, arrived on Sunday.")
    assert has(ex, "HOLDS_POSITION", "Ram Thapa", "Election Commission of Nepal"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Ram Thapa", "Election Commission of India"), triples(ex)


def test_an_opposition_alliance_names_a_party_leader(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The opposition Jan Ekta Gathbandhan (JEG) on Sunday named Kavita Kushwaha, who leads "
                            "the Rashtriya Samaj Dal (RSD), as its chief ministerial candidate. Deputy Chief Minister "
                            "Ramesh Chaudhary, also of the RSD, said talks would conclude.")
    assert has(ex, "NOMINATED", "Jan Ekta Gathbandhan", "Kavita Kushwaha"), triples(ex)
    assert has(ex, "HEADS", "Kavita Kushwaha", "Rashtriya Samaj Dal"), triples(ex)
    assert has(ex, "MEMBER_OF", "Ramesh Chaudhary", "Rashtriya Samaj Dal"), triples(ex)


def test_confirmed_as_the_next_governor_after_a_state_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ana Ruiz was confirmed on Tuesday as the next governor of Jalisco, two days after a state "
                            "election in which the former senator took 51.8 percent of the vote, the Electoral "
                            "Institute of Jalisco said. Her closest rival, Pedro Gil, won 39.5 percent.")
    assert has(ex, "WON", "Ana Ruiz", "regional election"), triples(ex)
    assert not any(r[0] == "APPROVED_CANDIDACY" for r in triples(ex)), triples(ex)
    assert not has(ex, "WON", "Pedro Gil", "regional election"), triples(ex)


def test_a_spanish_party_word_in_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A third candidate in the governor's race, Jorge Pech of Fuerza Regional (FR), finished "
                            "with 6 percent.")
    assert has(ex, "MEMBER_OF", "Jorge Pech", "Fuerza Regional"), triples(ex)


def test_declared_winner_read_across_the_party(extractor) -> None:  # type: ignore[no-untyped-def]
    # pinned: the parse the model gives in some articles, "X of [the ... Congress (PPC) winner]"
    ex = extract_reparsed(extractor, "The Electoral Commission (EC) on Monday declared Kwabena Owusu-Ansah of the "
                                     "opposition People's Progress Congress (PPC) winner of Saturday's presidential "
                                     "election.",
                          {"Ansah": ("declared", "dobj"), "of": ("Ansah", "prep"), "winner": ("of", "pobj"),
                           "opposition": ("Congress", "compound"), "Congress": ("winner", "nmod")})
    assert has(ex, "WON", "Kwabena Owusu-Ansah", "presidential election"), triples(ex)
    assert not has(ex, "WON", "People's Progress Congress", "presidential election"), triples(ex)


def test_the_poll_after_a_primary_told_of_is_the_main_race(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission (EC) declared Kofi Mensah winner of Saturday's presidential "
                            "election. Mensah won the party's presidential primary last year. The commission had "
                            "cleared 13 candidates for the poll in September, including independent Ama Owusu and "
                            "Yaw Boateng of the Freedom Movement (FM), but it rejected the nomination of "
                            "businessman Kwame Darko.")
    for person in ("Ama Owusu", "Yaw Boateng"):
        assert has(ex, "CANDIDATE_IN", person, "presidential election"), triples(ex)
        assert not has(ex, "CANDIDATE_IN", person, "primary election"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Commission", "Kwame Darko"), triples(ex)
    assert has(ex, "MEMBER_OF", "Yaw Boateng", "Freedom Movement"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Ama Owusu", "Freedom Movement"), triples(ex)


def test_a_two_word_nationality_is_not_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The mission, led by retired Sierra Leonean judge Fatu Kamara, arrived in Accra.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert people == {"Fatu Kamara"}, people


def test_a_delegation_led_by_a_commissioner_and_bare_by_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Wednesday's local by-elections were calm, the National Election Commission (NEC) said. "
                            "NEC Chairman Ahn Min-su on Tuesday received a delegation from Mongolia's General Election "
                            "Commission (GEC), led by commissioner Bat-Erdene Dorj, which observed the by-elections. "
                            "The NEC on March 20 invalidated the registration of Choi Min-ho.")
    assert has(ex, "HOLDS_POSITION", "Bat-Erdene Dorj", "General Election Commission"), triples(ex)
    assert has(ex, "OBSERVES", "GEC delegation", "local by-election"), triples(ex)
    assert not any(r[0] == "OBSERVES" and "parliamentary" in r[2] for r in triples(ex)), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "National Election Commission", "Choi Min-ho"), triples(ex)


def test_next_years_elections_are_another_years(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Civic Party won Wednesday's local elections. Its floor leader, Yoon Min-ho, said the "
                            "party had nominated Lee Ji-won as its candidate for next year's nationwide local "
                            "elections.")
    years = sorted(e.properties.get("year") or int(e.properties.get("date", "0")[:4])
                   for e in ex.entities if e.type == "Election")
    assert years == [2025, 2026], years
    assert has(ex, "HOLDS_POSITION", "Yoon Min-ho", "Civic Party"), triples(ex)


def test_a_press_release_written_abroad_about_an_election_at_home(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WARSAW, 12 June 2025 - Following an invitation from the authorities of Croatia, the OSCE "
                            "Office for Democratic Institutions and Human Rights (ODIHR) today opened an Election "
                            "Observation Mission (EOM) for the 20 July early parliamentary elections. It consists of a "
                            "core team based in Zagreb, among them deputy head of mission Jonas Berg and legal analyst "
                            "Aida Seitova. Its head is a former head of the OSCE Mission to Skopje. OSCE Parliamentary "
                            "Assembly observers will join; OSCE PA President Ion Moraru appointed them.")
    assert has(ex, "OBSERVES", "Election Observation Mission", "Croatia parliamentary"), triples(ex)
    assert has(ex, "REPRESENTS", "Election Observation Mission", "OSCE Office for Democratic Institutions"), \
        triples(ex)
    for person in ("Jonas Berg", "Aida Seitova"):
        assert has(ex, "MEMBER_OF", person, "Election Observation Mission"), triples(ex)
    assert "OSCE Mission to Skopje" in {e.name for e in ex.entities if e.type == "Organization"}
    assert has(ex, "HOLDS_POSITION", "Ion Moraru", "OSCE Parliamentary Assembly"), triples(ex)


def test_a_commission_sitting_en_banc_and_its_bodys_words(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commission on Elections (Comelec) on Monday disqualified Cebu City mayoral candidate "
                            "Ramon Abella of the Partido Makabayan ng Bisaya (PMB) for vote-buying, less than a month "
                            "before the May 12 midterm elections. Abella, who beat Rosa Sy by fewer than 9,000 votes "
                            "in the 2022 mayoral race, can appeal. 'Buying votes is a crime,' said Commissioner "
                            "Nelia Dumas, who leads the poll body's task force. On the same day, the Comelec en banc "
                            "cleared Senator Imelda Tan to stay in the race. Also on Monday, a three-member team from "
                            "the Association of World Election Bodies (A-WEB), led by its secretary general, Park "
                            "Min-ho, called on the commission.")
    assert has(ex, "MEMBER_OF", "Ramon Abella", "Partido Makabayan ng Bisaya"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Nelia Dumas", "Commission on Elections"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Commission on Elections", "Imelda Tan"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Imelda Tan", "2025"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Park Min-ho", "Association of World Election Bodies"), triples(ex)
    elections = [e.name for e in ex.entities if e.type == "Election"]
    assert "2025 Philippines general election" in elections, elections


def test_a_runoff_ahead_and_an_ordinal_set_beside_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Moldovan President Elena Rusu will face Ion Cazu in a Nov. 3 runoff after neither won a "
                            "majority in Sunday's presidential election, the Central Electoral Commission (CEC) said. "
                            "A tenth, Gheorghe Vlas, whom the Victory bloc had put forward in August, was "
                            "de-registered by the commission on Oct. 11.", published="2024-10-24")
    # (the runoff is a round of the presidential election, which carries its day)
    runoff = [e.properties for e in ex.entities if e.type == "Election" and e.properties.get("runoff_date")]
    assert runoff and runoff[0].get("runoff_date") == "2024-11-03", runoff
    assert has(ex, "REJECTED_CANDIDACY", "Central Electoral Commission", "Gheorghe Vlas"), triples(ex)


def test_a_second_object_with_its_verb_gapped(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Tuesday Kristin Haugland met Elena Rusu at the presidency and later Ion Cazacu at his "
                            "campaign headquarters.")
    assert has(ex, "MET_WITH", "Kristin Haugland", "Ion Cazacu") \
        or has(ex, "MET_WITH", "Ion Cazacu", "Kristin Haugland"), triples(ex)


def test_whose_files_the_council_validated_and_whose_chief_observer_is(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The 19 candidates whose files the Constitutional Council validated on January 20 remain "
                            "on the ballot. They include Prime Minister Amadou Kane, the candidate of the ruling "
                            "United Party (UP); Ibrahima Sy, fielded by the opposition Patriots' Front (PF); and Awa "
                            "Ndiaye, "
                            "a former economist running as an independent. The European Union Election Observation "
                            "Mission, whose chief observer is Italian member of the European Parliament Paolo Ferri, "
                            "said its observers would stay.", published="2024-02-21")
    for person in ("Amadou Kane", "Ibrahima Sy", "Awa Ndiaye"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Council", person), triples(ex)
    assert has(ex, "HEADS", "Paolo Ferri", "European Union Election Observation Mission"), triples(ex)


def test_a_person_and_a_party_acronym_in_brackets(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "In Porto Alegre, Rafael Becker (UP) won a second term in Sunday's municipal runoff with "
                            "61.2 percent. In Fortaleza, Francisco Holanda, the joint candidate of the FPS and the "
                            "Partido Verde Democrático (PVD), edged out his rival. A delegation of the Inter-American "
                            "Union of Electoral Organizations (UNIORE), which followed the runoff as international "
                            "observers, was headed by Luis Quintero, a magistrate of Panama's Electoral Tribunal.")
    assert "Rafael Becker" in {e.name for e in ex.entities if e.type == "Person"}
    assert has(ex, "MEMBER_OF", "Rafael Becker", "UP"), triples(ex)
    assert has(ex, "NOMINATED", "Partido Verde Democrático", "Francisco Holanda"), triples(ex)
    assert has(ex, "OBSERVES", "UNIORE delegation", "runoff"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Luis Quintero", "Electoral Tribunal"), triples(ex)



def test_election_words_inside_a_missions_name_are_not_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp("An Election Observation Mission of the OSCE Office for Democratic Institutions and Human "
                        "Rights (ODIHR) arrived. The poll body's chairman condemned vote-buying.")
    assert not [m.name for m in doc._.newsgraph.mentions if m.type == "Election"]


def test_the_next_elections_after_a_past_one_told_in_passing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Mwansa Chile, who won the August 2021 general election with 57 percent of the "
                            "vote, received the guests. The visit comes as Zambia prepares for its next general "
                            "elections, which the Electoral Commission of Zambia (ECZ) announced last month would be "
                            "held on Aug. 13, 2026. Chile has not yet said whether he will seek a second term, while "
                            "opposition leader Chanda Mule of the Patriotic Renewal Front (PRF) was endorsed by his "
                            "party in July as its presidential candidate.", published="2024-09-05")
    assert has(ex, "CALLED_ELECTION", "Electoral Commission of Zambia", "2026 Zambia general election"), triples(ex)
    assert has(ex, "NOMINATED", "Patriotic Renewal Front", "Chanda Mule"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Chanda Mule", "2026 Zambia general election"), triples(ex)
    assert has(ex, "WON", "Mwansa Chile", "2021 Zambia general election"), triples(ex)


def test_a_slate_unveiled_and_a_certificate_cancelled_by_a_division(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commission on Elections (Comelec) closed the filing for the May 12, 2025 midterm "
                            "elections. The administration's Alliance for a New Philippines (ANP) unveiled its "
                            "12-member Senate slate on Sept. 26, including re-electionist Senators Maria Lagdameo and "
                            "Jose Santiago. On Tuesday, the Comelec's Second Division cancelled the COC of senatorial "
                            "aspirant Rosario Villa.", published="2024-10-09")
    for person in ("Maria Lagdameo", "Jose Santiago"):
        assert has(ex, "NOMINATED", "Alliance for a New Philippines", person), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Commission on Elections", "Rosario Villa"), triples(ex)


def test_contesting_a_seat_beside_a_contrasting_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Three candidates will contest the Lerala parliamentary by-election on April 2. Mmusi "
                            "Onalenna, a schoolteacher, is contesting a parliamentary seat for the first time, while "
                            "Lesego Kgosi, a cattle farmer, ran unsuccessfully as an independent in the 2019 general "
                            "election.", published="2022-03-11")
    assert has(ex, "CANDIDATE_IN", "Mmusi Onalenna", "parliamentary by-election"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Mmusi Onalenna", "2019"), triples(ex)


@pytest.mark.parametrize("text,country", [
    ("Georgetown, Sep 4 (Prensa Latina) The Guyana Elections Commission (GECOM) on Thursday declared the governing "
     "People's Progressive Alliance (PPA) the winner of Monday's general elections. A delegation from Cuba "
     "attended. Cuba's foreign minister praised the vote, and Cuba's envoy met the winners.", "Guyana"),
    ("ASTANA. KAZINFORM - The Central Election Commission of Kazakhstan has accredited 650 international observers "
     "for the October 6 national referendum. The referendum was called by President Yerlan Sarsen. A Russian "
     "delegation will attend, Russia's envoy said.", "Kazakhstan"),
])
def test_datelines_in_title_case_and_with_a_capitalised_agency(extractor, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text, published="2024-10-04")
    elections = [e.properties for e in ex.entities if e.type == "Election"]
    assert elections and all(p.get("country") == country for p in elections), elections
    assert not any(e.type == "Delegation" and "Central Election Commission" in e.name for e in ex.entities)


def test_missions_of_four_bodies_listed(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Among the accredited observers are missions of the Commonwealth of Independent States "
                            "(CIS), the Shanghai Cooperation Organisation (SCO), the Organization of Turkic States "
                            "(OTS) and the Organisation of Islamic Cooperation (OIC).")
    for body in ("Commonwealth of Independent States", "Shanghai Cooperation Organisation",
                 "Organization of Turkic States", "Organisation of Islamic Cooperation"):
        assert any(r[0] == "REPRESENTS" and r[2] == body for r in triples(ex)), (body, triples(ex))


def test_both_of_whom_were_nominated(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The second pair consists of incumbent Deputy Governor Bonar Sitompul and university "
                            "lecturer Siti Harahap, both of whom were nominated by the Indonesian Awakening Front "
                            "(FKI).")
    for person in ("Bonar Sitompul", "Siti Harahap"):
        assert has(ex, "NOMINATED", "Indonesian Awakening Front", person), triples(ex)


def test_some_cleared_then_the_final_list_read_out_by_someone(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Constitutional Council on Monday cleared five candidates to run in the October 25 "
                            "presidential election, including President Laurent Ya. The final list, read out on state "
                            "television by council president Mariam Diaba, comprises Ya, the candidate of the ruling "
                            "Rally for Unity (RU); Aminata Bam, who is running as an independent; Kouassi Ehu of the "
                            "Democratic Alliance (DA); and Salimata Ouatt, a pharmacist.", published="2025-09-09")
    for person in ("Laurent Ya", "Aminata Bam", "Kouassi Ehu", "Salimata Ouatt"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Council", person), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Constitutional Council", "Mariam Diaba"), triples(ex)


def test_a_group_in_apposition_to_a_named_mission_is_that_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Observation Mission (MOE), a Colombian civil society group, which monitored "
                            "the local elections with 5,000 volunteers, reported 1,200 irregularities.")
    assert not any(e.type == "Delegation" and "Colombia" in e.name for e in ex.entities), [e.name for e in ex.entities]


def test_chairs_a_committee_of_the_parliament_and_planned_travel(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "German Foreign Minister Katrin Moll held talks in Pristina with President Drita Beri. She "
                            "was accompanied by Tobias Went, who chairs the foreign affairs committee of the German "
                            "Bundestag. Moll is to travel on to Belgrade on Tuesday. Hoxha Besnik, who leads the "
                            "Movement for Renewal (LPR), was confirmed on Saturday as the party's candidate. The "
                            "Central Election Commission (CEC) refused to certify Milan Jovan. The European Union has "
                            "not yet decided whether to deploy observers.")
    assert has(ex, "HOLDS_POSITION", "Tobias Went", "Bundestag"), triples(ex)
    assert not has(ex, "HEADS", "Tobias Went", "Bundestag"), triples(ex)
    assert not has(ex, "VISITS", "Katrin Moll", "Belgrade"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Hoxha Besnik"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Milan Jovan"), triples(ex)
    assert not any(e.type == "Delegation" for e in ex.entities), [e.name for e in ex.entities]


def test_election_commissioners_a_and_b_and_a_dateline_read_as_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "New Delhi, Oct 15 (PTI) The Election Commission on Tuesday announced that assembly "
                            "elections in Jharkhand will be held in two phases. Chief Election Commissioner Harish "
                            "Mehta, flanked by Election Commissioners Anjali Desai and Sukhbir Sandhu, told a press "
                            "conference that 2.6 crore voters were eligible. It met Jharkhand Chief Electoral Officer "
                            "Pradeep Tirke.", published="2024-10-15")
    assert has(ex, "CALLED_ELECTION", "Election Commission", "regional election"), triples(ex)
    for person in ("Anjali Desai", "Sukhbir Sandhu", "Harish Mehta"):
        assert has(ex, "HOLDS_POSITION", person, "Election Commission"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Pradeep Tirke", "Election Commission"), triples(ex)


def test_an_alliance_led_by_a_party_is_not_another_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "In Kerala, the People's Democratic Alliance nominated Thomas Varg for Wayanad. Chief "
                            "Minister Birsa Ora heads the ruling Jharkhand Jan Morcha (JJM). The JJM-led alliance won "
                            "47 of the 81 seats in the 2019 assembly election.", published="2024-10-15")
    assert not any(r[0] == "WON" and r[1] == "People's Democratic Alliance" for r in triples(ex)), triples(ex)


def test_an_election_scheduled_earlier_for_a_day_just_past(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Hossein Rahi has won Friday's runoff of the snap presidential election, the Interior "
                            "Ministry announced on Saturday. The early election, which the Interior Ministry had "
                            "scheduled for June 28, went to a runoff.", published="2024-07-06")
    years = {e.properties.get("year") or int(str(e.properties.get("date", "0"))[:4])
             for e in ex.entities if e.type == "Election"}
    assert years == {2024}, years


def test_the_league_of_arab_states_is_also_the_arab_league(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the League of Arab States, led by Khaled Mansour, arrived in Ramallah.")
    [team] = [e for e in ex.entities if e.type == "Delegation"]
    assert "Arab League delegation" in team.aliases, team.aliases


def test_a_visit_abroad_about_the_hosts_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ukraine's Minister of Foreign Affairs Andrii Koval arrived in Chisinau on Thursday, days "
                            "after Moldova's President Maria Ceban won a second term. He later met Speaker of the "
                            "Moldovan Parliament Ion Munt and his Moldovan counterpart. 'Moldova has chosen Europe, "
                            "and Ukraine is proud,' he said. Ceban won Sunday's presidential runoff with 55.4% of the "
                            "vote. Asked about elections in Ukraine, Koval said a vote could come only after martial "
                            "law.", published="2024-11-08")
    countries = {e.properties.get("country") for e in ex.entities if e.type == "Election"}
    assert countries == {"Moldova"}, countries


def test_untagged_country_and_name_and_a_bodys_name_running_on(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "More than 300 observers have been accredited, Chairman of the Central Commission of "
                            "Belarus on Elections and National Referendums Vadim Lipsky told reporters. The elections "
                            "were called by President of Belarus Viktor Kovalenko. The commission has registered 264 "
                            "candidates, among them Speaker Nikolai Bondar, who is running in Minsk's Partizansky "
                            "constituency.", published="2024-02-22")
    assert has(ex, "HOLDS_POSITION", "Vadim Lipsky",
               "Central Commission of Belarus on Elections and National Referendums"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Viktor Kovalenko", "Belarus"), triples(ex)
    assert "Partizansky" not in {e.name for e in ex.entities if e.type == "Person"}


def test_the_body_is_not_the_news_agency_just_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Aydin met Abdikarim Hassan, the chairman of the National Independent Electoral and "
                            "Boundaries Commission (NIEBC). 'We are ready,' Aydin told Anadolu Agency. On May 8 the "
                            "body approved 1,604 candidates, among them former minister Ibrahim Farah.")
    assert has(ex, "APPROVED_CANDIDACY", "National Independent Electoral and Boundaries Commission", "Ibrahim Farah"), \
        triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Anadolu Agency", "Ibrahim Farah"), triples(ex)


def test_korean_names_and_among_the_candidates_whose_registrations(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SEOUL, May 11 (Yonhap) -- Kim Do-hyun, the presidential nominee of the main opposition "
                            "Democratic Unity Party (DUP), and former labor minister Park Seo-yeon were among seven "
                            "candidates whose registrations were accepted by the National Election Commission (NEC) on "
                            "Sunday. Acting President Choi Min-jae set the date of the election on April 8. The "
                            "Phiri-led mission arrived.", published="2025-05-11")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Kim Do-hyun", "Park Seo-yeon", "Choi Min-jae"} <= people, people
    assert not any(name.endswith("-led") for name in people), people
    for person in ("Kim Do-hyun", "Park Seo-yeon"):
        assert has(ex, "APPROVED_CANDIDACY", "National Election Commission", person), triples(ex)


def test_a_meeting_on_a_visit_takes_the_visits_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Turkish Foreign Minister Kerem Aydin arrived in Mogadishu on Monday for a two-day visit. "
                            "He was received at the presidential palace by Somali President Abdirahman Nur. He also "
                            "held talks with his Somali counterpart, Foreign Minister Fadumo Warsame.")
    assert dated(ex, "MET_WITH", "Kerem Aydin", "Abdirahman Nur") == "2025-03-10", triples(ex)
    assert dated(ex, "MET_WITH", "Kerem Aydin", "Fadumo Warsame") == "2025-03-10", triples(ex)
    assert not has(ex, "MET_WITH", "Abdirahman Nur", "Fadumo Warsame"), triples(ex)


def test_declared_the_winner_parsed_apart_and_followed_by_a_runner_up(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission of Namibia (ECN) on Tuesday declared Vice President Helena "
                            "Nangolo the winner of last week's presidential election with 57.3 percent of the votes "
                            "cast. Nangolo, the candidate of the governing Namibian Unity Movement (NUM), was followed "
                            "by Panduleni Kaura of the Independent Patriots Bloc (IPB) with 25.5 percent.",
                 published="2024-12-03")
    assert has(ex, "WON", "Helena Nangolo", "presidential election"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Panduleni Kaura", "presidential election"), triples(ex)


def test_a_city_tagged_as_a_nationality_and_an_election_of_a_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ana Gimenez thus becomes the party's candidate for the general election of April 30, "
                            "2023. An electoral observation mission of the Organization of American States (OAS) "
                            "followed the primaries. The mission, headed by Chilean lawyer Isabel Fuentes, arrived in "
                            "Asuncion on Dec 12.", published="2022-12-19")
    assert has(ex, "VISITS", "Organization of American States delegation", "Asuncion"), triples(ex)
    years = {e.properties.get("year") or int(str(e.properties.get("date", "0"))[:4])
             for e in ex.entities if e.type == "Election" and e.properties.get("kind") == "general"}
    assert years == {2023}, years


def test_a_by_election_for_a_councillor_and_a_restored_nomination(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Independent National Electoral Commission (INEC) on Monday called a by-election for "
                            "the Councillor of Mbezi Ward on 15 March. The appeal of Mr. Juma Kitwa of the Alliance "
                            "for Change (AfC) was allowed and his nomination, which had been rejected by the "
                            "Returning Officer, was restored by the Commission.")
    assert has(ex, "CALLED_ELECTION", "Independent National Electoral Commission", "local by-election"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Independent National Electoral Commission", "Juma Kitwa"), triples(ex)


def test_the_qualifications_of_six_of_the_hopefuls_listed(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On June 9 the Guardian Council approved the qualifications of six of the 80 registered "
                            "hopefuls: Hossein Rahi; Saeed Mora; former speaker Ali Karimi; Tehran Mayor Mehdi "
                            "Shafi; and two others.", published="2024-07-06")
    for person in ("Hossein Rahi", "Saeed Mora", "Ali Karimi", "Mehdi Shafi"):
        assert has(ex, "APPROVED_CANDIDACY", "Guardian Council", person), triples(ex)


def test_chosen_to_head_a_list_and_scheduled_to_meet(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission rejected the nomination of Ahmad Zeid, who had been chosen to head the "
                            "'Hebron First' list, because he is still employed in the public sector. A delegation of "
                            "the League of Arab States arrived in Ramallah on Sunday. It is scheduled to meet Prime "
                            "Minister Nabil Oda on Tuesday.")
    assert has(ex, "NOMINATED", "Hebron First", "Ahmad Zeid"), triples(ex)
    assert not has(ex, "HEADS", "Ahmad Zeid", "Hebron First"), triples(ex)
    assert not any(r[0] == "MET_WITH" and "Nabil Oda" in r for r in triples(ex)), triples(ex)


def test_observers_from_several_bodies_are_one_joint_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Observers from the OSCE Office for Democratic Institutions and Human Rights (ODIHR), the "
                            "OSCE Parliamentary Assembly and the Parliamentary Assembly of the Council of Europe "
                            "(PACE) said in a joint statement that the parliamentary election had been competitive.")
    [team] = [e for e in ex.entities if e.type == "Delegation"]
    assert team.name == "joint observation mission", team.name
    assert isinstance(team.properties["sender"], str), team.properties  # a storable property, not a list
    for body in ("OSCE Office for Democratic Institutions and Human Rights", "OSCE Parliamentary Assembly",
                 "Parliamentary Assembly of the Council of Europe"):
        assert has(ex, "REPRESENTS", "joint observation mission", body), triples(ex)


def test_an_abbreviated_honorific_ends_no_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission cleared Hon. Kwame Mensah, the Member of Parliament for "
                            "Ablekuma, to contest the primary of the New Patriotic Party (NPP).")
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission", "Kwame Mensah"), triples(ex)
    assert not any(e.name.startswith("Hon") for e in ex.entities), [e.name for e in ex.entities]


def test_an_object_pronoun_is_not_its_own_clause_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    for verb in ("met him", "held talks with him"):
        ex = extract(extractor, f"Kwame Mensah arrived in Accra on Monday. Foreign Minister Ama Owusu {verb} on "
                                "Tuesday.")
        assert has(ex, "MET_WITH", "Kwame Mensah", "Ama Owusu"), (verb, triples(ex))
        assert dated(ex, "MET_WITH", "Kwame Mensah", "Ama Owusu") == "2025-03-11"


def test_declared_winner_with_the_name_read_as_a_modifier(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Zimbabweans voted in the general election on August 23. The electoral commission "
                            "declared Emmerson Mnangagwa winner with 52.6 percent of the vote.")
    [won] = [r for r in ex.relations if r.type == "WON"]
    assert has(ex, "WON", "Emmerson Mnangagwa", "general election"), triples(ex)
    assert won.properties.get("vote_share") == 52.6, won.properties


@pytest.mark.parametrize("sentence", [
    "Emmerson Mnangagwa emerged victorious.",
    "Emmerson Mnangagwa retained the presidency.",
    "Nelson Chamisa lost to Emmerson Mnangagwa, who took 52.6 percent.",
])
def test_won_in_other_words(extractor, sentence: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, f"Zimbabweans voted in the presidential election on August 23. {sentence}")
    assert has(ex, "WON", "Emmerson Mnangagwa", "presidential election"), triples(ex)
    if "lost" in sentence:
        assert has(ex, "CANDIDATE_IN", "Nelson Chamisa", "presidential election"), triples(ex)
        assert not has(ex, "WON", "Nelson Chamisa", "presidential election"), triples(ex)


def test_losing_something_else_is_no_candidacy(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Nelson Chamisa lost his job at the bank before the presidential election. Hungary will "
                            "take over the presidency of the Council in July.")
    assert not any(r.type in {"CANDIDATE_IN", "WON"} for r in ex.relations), triples(ex)
    ex = extract(extractor, "Nelson Chamisa lost the presidential election in August.")
    assert has(ex, "CANDIDATE_IN", "Nelson Chamisa", "presidential election"), triples(ex)


def test_title_after_a_body_named_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Electoral Commission of Ghana chairperson Jean Mensa announced that John Mahama had "
                            "won the December 7 presidential election.", published="2024-03-12")
    assert has(ex, "HOLDS_POSITION", "Jean Mensa", "Electoral Commission of Ghana"), triples(ex)
    assert not any(r[0] == "HOLDS_POSITION" and r[2] == "Ghana" for r in triples(ex)), triples(ex)


def test_observers_sent_by_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A team of 12 observers sent by the Carter Center arrived in Monrovia on October 2.",
                 published="2024-03-12")
    assert has(ex, "REPRESENTS", "Carter Center delegation", "Carter Center"), triples(ex)
    assert dated(ex, "VISITS", "Carter Center delegation", "Monrovia") == "2023-10-02"
    ex = extract(extractor, "Some 40 observers deployed by the African Union will watch the count.")
    assert has(ex, "REPRESENTS", "African Union delegation", "African Union"), triples(ex)


def test_a_one_word_name_that_nominates_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Claudia Sheinbaum, a former mayor of Mexico City, was nominated by Morena on "
                            "November 10.", published="2024-03-12")
    assert dated(ex, "NOMINATED", "Morena", "Claudia Sheinbaum") == "2023-11-10"
    assert any(e.name == "Morena" and e.type == "Organization" for e in ex.entities), ex.entities


def test_confirmed_as_the_winning_pair_is_no_registration(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Indonesians voted in the presidential election on February 14. The General Elections "
                            "Commission (KPU) confirmed Prabowo Subianto and Gibran Rakabuming Raka as the winning "
                            "pair.", published="2024-03-22")
    assert not any(r.type == "APPROVED_CANDIDACY" for r in ex.relations), triples(ex)
    assert has(ex, "WON", "Gibran Rakabuming Raka", "presidential election"), triples(ex)


def test_a_decree_calling_elections_for_a_day_dates_the_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Kazakh President Kassym-Jomart Tokayev signed a decree calling early presidential "
                            "elections for November 20.", published="2022-11-10")
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert election.properties.get("date") == "2022-11-20", election.properties
    assert dated(ex, "CALLED_ELECTION", "Kassym-Jomart Tokayev", election.name) is None


def test_an_object_pronoun_is_nobody_named_in_its_clause_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Speaker of the Milli Majlis Sahiba Gafarova held a meeting with the PACE observers on "
                            "Tuesday. The observers, headed by Frank Schwabe, briefed her on their plans.")
    assert has(ex, "HEADS", "Frank Schwabe", "PACE delegation"), triples(ex)
    assert not has(ex, "MET_WITH", "PACE delegation", "Frank Schwabe"), triples(ex)
    assert not has(ex, "MET_WITH", "Frank Schwabe", "PACE delegation"), triples(ex)


@pytest.mark.parametrize("clause", ["who was previously the EU ambassador to Serbia",
                                    "who was the EU ambassador to Serbia until 2019",
                                    "formerly EU ambassador to Serbia",
                                    "who had served as EU ambassador to Serbia"])
def test_a_post_held_before_is_former(extractor, clause: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, f"Peter Stano, {clause}, declined to comment.")
    assert not any(r.type == "HOLDS_POSITION" for r in ex.relations), triples(ex)
    ex = extract(extractor, "Peter Stano, who is the EU ambassador to Serbia, declined to comment.")
    assert has(ex, "HOLDS_POSITION", "Peter Stano", "EU"), triples(ex)


def test_a_decision_to_register_is_its_owners_and_can_be_undone(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Court upheld the CEC's decision to register Tomas Hrad.")
    assert has(ex, "APPROVED_CANDIDACY", "CEC", "Tomas Hrad"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Supreme Court", "Tomas Hrad"), triples(ex)
    for text in ("The commission's decision to register Tomas Hrad was overturned by the Supreme Court on Friday.",
                 "The Supreme Court annulled the commission's decision to register Tomas Hrad."):
        ex = extract(extractor, text)
        assert not any(r.type == "APPROVED_CANDIDACY" for r in ex.relations), (text, triples(ex))


def test_lawmaker_of_a_party_and_a_party_named_for_its_members(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Anna Kovac, a lawmaker from the Social Democratic Party, joined the mission in Tbilisi.")
    assert has(ex, "MEMBER_OF", "Anna Kovac", "Social Democratic Party"), triples(ex)
    ex = extract(extractor, "The delegation comprises lawmakers Anna Kovac of the Social Democrats and Marek Nowak.")
    assert has(ex, "MEMBER_OF", "Anna Kovac", "Social Democrats"), triples(ex)
    ex = extract(extractor, "Anna Kovac, a senator from Texas, joined the mission.")
    assert not any(r.type == "MEMBER_OF" for r in ex.relations), triples(ex)


def test_a_visit_takes_no_day_from_another_act_or_another_place(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Nordic Council headed by Lars Berg arrived in Tbilisi on Monday. "
                            "The delegation travelled to Batumi and Kutaisi before returning to Tbilisi on Sunday.",
                 published="2024-10-20")
    assert dated(ex, "VISITS", "Nordic Council delegation", "Tbilisi") == "2024-10-14"
    assert dated(ex, "VISITS", "Nordic Council delegation", "Batumi") is None
    assert dated(ex, "VISITS", "Nordic Council delegation", "Kutaisi") is None


def test_a_published_list_spelled_out_after_a_colon(extractor) -> None:  # type: ignore[no-untyped-def]
    people = ("Ana Silva", "Jorge Reyes", "Carlos Mendez")
    ex = extract(extractor, "The Central Election Commission (CEC) on Thursday published the final list of "
                            "presidential candidates: Ana Silva, Jorge Reyes and Carlos Mendez.")
    for person in people:
        assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", person) == "2025-03-06"
    ex = extract(extractor, "The Liberal Party on Thursday published its list of candidates: Ana Silva, Jorge Reyes "
                            "and Carlos Mendez.")
    for person in people:
        assert has(ex, "NOMINATED", "Liberal Party", person), triples(ex)
    ex = extract(extractor, "The Central Election Commission (CEC) on Thursday turned down the applications of two "
                            "independents, Luis Vega and Pablo Ortiz.")
    for person in ("Luis Vega", "Pablo Ortiz"):
        assert has(ex, "REJECTED_CANDIDACY", "Central Election Commission", person), triples(ex)


def test_elections_said_together_share_their_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the European Parliament will observe Taiwan's January 13 presidential "
                            "and legislative elections.", published="2023-09-10")
    elections = {e.properties["kind"]: e.properties for e in ex.entities if e.type == "Election"}
    assert elections["presidential"].get("date") == "2024-01-13", elections
    assert elections["parliamentary"].get("date") == "2024-01-13", elections


def test_teams_co_led_and_sent_by_a_government(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The IRI team is co-led by Senator Chris Murphy and former ambassador Linda Thomas.")
    for person in ("Chris Murphy", "Linda Thomas"):
        assert has(ex, "HEADS", person, "IRI delegation"), triples(ex)
    ex = extract(extractor, "The Japanese government dispatched a team of election observers headed by Ambassador "
                            "Kenji Yamada.")
    assert has(ex, "REPRESENTS", "Japan delegation", "Japan"), triples(ex)
    assert has(ex, "HEADS", "Kenji Yamada", "Japan delegation"), triples(ex)
    ex = extract(extractor, "The company dispatched a team of engineers to the site.")
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities


def test_winning_a_place_is_not_winning_the_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Nigeria held its presidential election on February 25. Rabiu Kwankwaso, candidate of "
                            "the New Nigeria Peoples Party (NNPP), won Kano.", published="2023-03-10")
    assert not any(r.type == "WON" for r in ex.relations), triples(ex)
    assert has(ex, "NOMINATED", "New Nigeria Peoples Party", "Rabiu Kwankwaso"), triples(ex)


def test_a_partys_ticket_of_two_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The APC presidential ticket of Bola Tinubu and Kashim Shettima was cleared by INEC.")
    for person in ("Bola Tinubu", "Kashim Shettima"):
        assert has(ex, "NOMINATED", "APC", person), triples(ex)
        assert has(ex, "APPROVED_CANDIDACY", "INEC", person), triples(ex)


def test_the_panel_and_the_watchdog_and_a_later_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) of Kyrgyzstan on Monday registered Adakhan "
                            "Madumarov as a presidential candidate. The panel's secretary, Asel Nurlanova, read out "
                            "the list. The election watchdog later cleared Kanatbek Isaev.", published="2021-01-10")
    assert has(ex, "HOLDS_POSITION", "Asel Nurlanova", "Central Election Commission"), triples(ex)
    assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Adakhan Madumarov") == "2021-01-04"
    assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Kanatbek Isaev") is None


def test_the_day_an_election_was_set_for(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Macky Sall on Monday set March 24 as the date for the presidential election.",
                 published="2024-02-20")
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert election.properties.get("date") == "2024-03-24", election.properties  # a day ahead of the act
    ex = extract(extractor, "Prime Minister Andrew Kerr has named Saturday, November 7 as the date of this year's "
                            "general election.", published="2021-03-10")
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert election.properties.get("date") == "2021-11-07", election.properties
    ex = extract(extractor, "The Central Election Commission set the date of the municipal elections for October 29.",
                 published="2024-05-30")
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert election.properties.get("date") == "2024-10-29", election.properties
    assert dated(ex, "CALLED_ELECTION", "Central Election Commission", election.name) is None


def test_observers_from_two_bodies_are_each_bodys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission had already accredited observers from the Organization for Security and "
                            "Co-operation in Europe (OSCE) and the Commonwealth of Independent States (CIS).")
    teams = {e.name: e for e in ex.entities if e.type == "Delegation"}
    assert set(teams) == {"OSCE delegation", "CIS delegation"}, teams
    assert has(ex, "REPRESENTS", "CIS delegation", "Commonwealth of Independent States"), triples(ex)
    assert not has(ex, "REPRESENTS", "OSCE delegation", "Commonwealth of Independent States"), triples(ex)


def test_a_mission_to_observe_the_vote_headed_by(extractor) -> None:  # type: ignore[no-untyped-def]
    # pinned: the participle hung on the clause's object, as the model parses some such sentences
    ex = extract_reparsed(extractor, "A Commonwealth mission to monitor the count, led by former judge Amara "
                                     "Diallo, arrived in Freetown on Monday.", {"led": ("count", "acl")})
    assert has(ex, "HEADS", "Amara Diallo", "Commonwealth delegation"), triples(ex)


def test_a_fronted_led_by_phrase(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commonwealth sent an observer mission to Accra. Led by former judge Amara Diallo of "
                            "Sierra Leone, the mission includes 20 observers.")
    assert has(ex, "HEADS", "Amara Diallo", "Commonwealth delegation"), triples(ex)


def test_who_after_a_body_in_an_apposition_is_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The European Union deployed an observation mission to Lima. On Tuesday Marta Kowalska, "
                            "a Polish member of the European Parliament who heads the EU mission, said the count was "
                            "slow.")
    assert has(ex, "HEADS", "Marta Kowalska", "EU delegation"), triples(ex)
    assert not has(ex, "HEADS", "European Parliament", "EU delegation"), triples(ex)


def test_its_chief_observer_and_the_groups_co_chair_head_the_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The African Union sent an election observation mission to Malawi. Its chief observer, "
                            "Amara Diallo, met the president on Sunday.")
    assert has(ex, "HEADS", "Amara Diallo", "African Union delegation"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Amara Diallo", "African Union"), triples(ex)
    ex = extract(extractor, "The Commonwealth Observer Group (COG), backed by Canada and Kenya, said its 40 observers "
                            "saw no fraud. The group's co-chair, Kenyan senator Amina Odhiambo, met the president.")
    assert has(ex, "HEADS", "Amina Odhiambo", "Commonwealth Observer Group"), triples(ex)


def test_talks_with_a_led_delegation_and_with_a_titled_person_who_heads(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Monday Foreign Minister Anna Kim held talks with a delegation from the Arab League, "
                            "led by its deputy secretary general, Omar Haddad, and with Pavel Orlov, first deputy "
                            "chairman of the CIS Executive Committee, who heads the observer mission of the "
                            "Commonwealth of Independent States.")
    assert has(ex, "MET_WITH", "Anna Kim", "Pavel Orlov"), triples(ex)
    assert has(ex, "HEADS", "Pavel Orlov", "Commonwealth of Independent States delegation"), triples(ex)
    assert has(ex, "HEADS", "Omar Haddad", "Arab League delegation"), triples(ex)


@pytest.mark.parametrize(("text", "party", "person"), [
    ("The ruling Unity party's list is topped by Defence Minister Ivan Sedov and Health Minister Olga Kram.",
     "Unity party", "Olga Kram"),
    ("The Communist Party is led by its chairman, Oleg Vorin, who heads the party's list.", "Communist Party",
     "Oleg Vorin"),
    ("The National Progress party, whose list was topped by lawyer Mane Sarkisyan, finished third.",
     "National Progress party", "Mane Sarkisyan"),
    ("Ara Hakobyan, number three on the Bright Future list, was struck off by the CEC on August 18.",
     "Bright Future", "Ara Hakobyan"),
    ("The National Renewal Front's national list, headed by the party's secretary-general, Hamza Saleh, took 23 "
     "percent.", "National Renewal Front", "Hamza Saleh"),
])
def test_a_place_on_a_partys_list_is_a_nomination(extractor, text: str, party: str, person: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert has(ex, "NOMINATED", party, person), triples(ex)
    assert not any(r[0] == "HEADS" and r[1] == person and "list" in r[2] for r in triples(ex)), triples(ex)


def test_a_commissions_list_nominates_nobody(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission published its list of registered candidates, which is "
                            "headed by Ivan Sedov.")
    assert not any(r.type in {"NOMINATED", "HEADS"} for r in ex.relations), triples(ex)


def test_the_body_clears_a_titled_list_and_it_disqualifies_others(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CAIRO — Egypt's Supreme Council on Sunday approved four candidates for the May 2 "
                            "presidential election. The nine-member body of judges, which reviews all nominations, "
                            "cleared the Speaker of the House of Representatives, Karim Adel; Cairo mayor Samir Fathy; "
                            "former diplomat Hoda Nabil, a lawyer who represents Giza in the House; and Vice-President "
                            "Tarek Mansour. It disqualified 31 other hopefuls, among them former minister Ahmed Lotfy "
                            "and businessman Nabil Sabry. Interim President Omar Hegazy signed off on the election "
                            "date on March 3.", published="2024-03-20")
    for person in ("Karim Adel", "Samir Fathy", "Hoda Nabil", "Tarek Mansour"):
        assert has(ex, "APPROVED_CANDIDACY", "Supreme Council", person), (person, triples(ex))
    for person in ("Ahmed Lotfy", "Nabil Sabry"):
        assert has(ex, "REJECTED_CANDIDACY", "Supreme Council", person), (person, triples(ex))
    assert dated(ex, "CALLED_ELECTION", "Omar Hegazy", "presidential election") == "2024-03-03"


def test_the_election_beside_last_years_vote_is_the_storys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission barred Ion Rusu from the June 8 presidential election. The election is a "
                            "repeat of last year's presidential vote, which the court annulled. Maria Popa is running "
                            "in the election as an independent.", published="2025-03-12")
    elections = {e.id: e for e in ex.entities if e.type == "Election"}
    [run] = [r for r in ex.relations if r.type == "CANDIDATE_IN"]
    assert elections[run.target].properties.get("date") == "2025-06-08", elections[run.target]


def test_a_subject_read_into_an_according_to_phrase(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The parliamentary elections in Lithuania were competitive. According to preliminary "
                            "results published by the VRK, the Freedom Union (LS) won 41.5 per cent of the vote, "
                            "ahead of the Farmers Party with 23.2 per cent.")
    assert has(ex, "WON", "Freedom Union", "parliamentary election"), triples(ex)


def test_met_with_the_objects_misparsed_after_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The delegation met in Belgrade the Chair of the Republic Electoral Commission (REC), "
                            "Vladimir Dimitrijevic, the Speaker of the National Assembly, Ana Brnabic, and "
                            "representatives of the parties.")
    for person in ("Vladimir Dimitrijevic", "Ana Brnabic"):
        assert has(ex, "MET_WITH", person, "delegation"), triples(ex)
    ex = extract(extractor, "The delegation met on Monday before Ana Brnabic spoke.")
    assert not any(r.type == "MET_WITH" for r in ex.relations), triples(ex)


def test_one_phrase_for_two_bodies_observers_acts_for_both(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Election commission chairman Ravil Sadykov on Tuesday received observers from the Arab "
                            "League and the African Union (AU), who arrived in the capital ahead of Sunday's "
                            "parliamentary elections.")
    for team in ("Arab League delegation", "AU delegation"):
        assert has(ex, "MET_WITH", "Ravil Sadykov", team) or has(ex, "MET_WITH", team, "Ravil Sadykov"), triples(ex)
    assert not has(ex, "REPRESENTS", "AU delegation", "Arab League"), triples(ex)


@pytest.mark.parametrize("text", [
    "Observers from the Shanghai Cooperation Organisation (SCO) will not monitor the local vote, she added, as the "
    "organisation only sends missions to presidential and parliamentary elections.",
    "The Commonwealth usually sends observers to general elections in member states.",
])
def test_no_team_from_a_refusal_or_a_habit(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert not any(e.type == "Delegation" for e in ex.entities), triples(ex)
    assert not any(r.type == "OBSERVES" for r in ex.relations), triples(ex)


def test_a_list_with_a_predicate_of_its_own_takes_no_earlier_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "In the single-member constituencies, the CEC has registered 2,014 candidates. Among "
                            "those left off the ballot is Pavel Orlov, the Yabloko party's candidate in the Tushino "
                            "district. Among them are Ivan Petrov and Olga Sidorova.")
    assert not has(ex, "APPROVED_CANDIDACY", "CEC", "Pavel Orlov"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "CEC", "Olga Sidorova"), triples(ex)


@pytest.mark.parametrize("text", [
    "The list excludes Pavel Orlov, whom the Central Election Commission refused to register in August.",
    "Among those left off the ballot is Pavel Orlov, the Apple party's candidate in the Kuntsevo district, whom "
    "District Election Commission No. 198 refused to register in August.",
])
def test_whom_a_commission_refused_to_register(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    rejected = [r for r in triples(ex) if r[0] == "REJECTED_CANDIDACY"]
    assert len(rejected) == 1 and rejected[0][2] == "Pavel Orlov" and "Commission" in rejected[0][1], triples(ex)
    assert not any(r[0] == "APPROVED_CANDIDACY" for r in triples(ex)), triples(ex)


def test_one_of_the_candidates_nominated_and_a_number_spelled_out(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Among those registered are Deputy Speaker Lala Aliyeva, one of 123 candidates nominated "
                            "by the ruling party YDP, and Ilgar Mammadov.")
    assert has(ex, "NOMINATED", "YDP", "Lala Aliyeva"), triples(ex)
    assert not has(ex, "NOMINATED", "Ilgar Mammadov", "Lala Aliyeva"), triples(ex)
    ex = extract(extractor, "The Liberal Democratic Party (LDP) fielded the largest number of candidates, among them "
                            "Deputy Speaker Aziza Karimova, who will run again in the Chilanzar constituency.")
    assert has(ex, "NOMINATED", "Liberal Democratic Party", "Aziza Karimova"), triples(ex)


def test_the_party_of_a_country_acronym_candidate_in_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The list also includes Dilnoza Rahimova, the People's Democratic Party of Tajikistan "
                            "(PDPT) candidate in Khujand.")
    assert has(ex, "NOMINATED", "People's Democratic Party of Tajikistan", "Dilnoza Rahimova"), triples(ex)


def test_rejecting_one_thing_and_approving_another_and_a_two_word_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Elections Committee met on Thursday. At the same session the committee "
                            "rejected a petition to bar the Balad party and approved the candidacy of Salim Haddad, "
                            "who is running second on the Hadash-Ta'al list.")
    assert has(ex, "APPROVED_CANDIDACY", "Central Elections Committee", "Salim Haddad"), triples(ex)
    assert has(ex, "NOMINATED", "Hadash-Ta'al", "Salim Haddad"), triples(ex)
    ex = extract(extractor, "Eitan Shamir, the leader of Yesh Kadima, faces a comeback by Likud chairman Avi Golan.")
    assert has(ex, "HEADS", "Eitan Shamir", "Yesh Kadima"), triples(ex)


@pytest.mark.parametrize("text", [
    "The delegation will hold talks with Foreign Minister Ana Kim on Friday.",
    "The delegation will meet Foreign Minister Ana Kim on Friday.",
    "The OSCE mission will remain in Kyrgyzstan until the count is over.",
])
def test_planned_meetings_and_visits_give_nothing(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text)
    assert not any(r.type in {"MET_WITH", "VISITS"} for r in ex.relations), triples(ex)


def test_a_planned_visit_beside_a_reported_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The delegation met Foreign Minister Ana Kim on Friday and will travel to Osh.")
    assert has(ex, "MET_WITH", "Ana Kim", "delegation"), triples(ex)
    assert not any(r.type == "VISITS" for r in ex.relations), triples(ex)


def test_the_forum_team_and_both_teams(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Observers from the Caribbean Community (CARICOM) and the Pacific Islands Forum (PIF) "
                            "have arrived in Apia. The CARICOM team is led by Jamaican diplomat Neville Brown. The "
                            "Forum team, headed by Tongan MP Sione Vuna, includes officials from Fiji and Tonga. Both "
                            "teams called on Prime Minister Tuila Fiame at his office on Saturday.")
    assert has(ex, "HEADS", "Sione Vuna", "PIF delegation"), triples(ex)
    assert not has(ex, "HEADS", "Sione Vuna", "CARICOM delegation"), triples(ex)
    for team in ("PIF delegation", "CARICOM delegation"):
        assert has(ex, "MET_WITH", "Tuila Fiame", team) or has(ex, "MET_WITH", team, "Tuila Fiame"), triples(ex)


def test_many_parties_nominate_no_one_party_and_naming_is_not_calling(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Social Democratic Party (SDP) candidate Denis Hadzic has won the Bosniak seat, defeating "
                            "Party of Democratic Action (SDA) leader Edin Mehic. Hadzic, the joint candidate of 11 "
                            "opposition parties, took 57.4 percent. Bosnians voted in the general election on Sunday. "
                            "Minutes after polls closed, the envoy imposed amendments to the election law, a move the "
                            "SDA called \"an attack on the will of the voters\".", published="2022-10-05")
    assert has(ex, "NOMINATED", "Social Democratic Party", "Denis Hadzic"), triples(ex)
    assert not has(ex, "NOMINATED", "Party of Democratic Action", "Denis Hadzic"), triples(ex)
    assert not any(r.type == "CALLED_ELECTION" for r in ex.relations), triples(ex)


def test_the_seat_went_to(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Bosnians voted in the general election on Sunday. The Serb seat went to Milena Savic of "
                            "the Alliance of Independent Social Democrats (SNSD).", published="2022-10-05")
    assert has(ex, "WON", "Milena Savic", "general election"), triples(ex)
    ex = extract(extractor, "Bosnians voted in the general election on Sunday. The delegation went to Milena Savic's "
                            "office.", published="2022-10-05")
    assert not any(r.type == "WON" for r in ex.relations), triples(ex)


def test_on_election_day_and_a_race_won_in_a_runoff(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Jordanians voted in the parliamentary election on September 10. An Arab League mission "
                            "visited polling stations in Amman and Irbid on election day.", published="2024-09-12")
    assert dated(ex, "VISITS", "Arab League delegation", "Amman") == "2024-09-10"
    ex = extract(extractor, "Georgia held its October 2 local elections. Saturday's runoff decided eleven mayoral "
                            "races. In Kutaisi, Georgian Dream candidate Giorgi Sanikidze defeated Lado Beridze.",
                 published="2021-11-01")
    assert dated(ex, "WON", "Giorgi Sanikidze", "local election") == "2021-10-30"


def test_scheduled_by_a_resolution_of_the_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) registered 750 candidates for the December 22 "
                            "parliamentary elections. The election, the first to be held under the new code, was "
                            "scheduled by a resolution of the CEC on September 21.", published="2019-12-10")
    assert dated(ex, "CALLED_ELECTION", "Central Election Commission", "parliamentary election") == "2019-09-21"


def test_the_ruling_party_in_apposition_and_a_name_before_slate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TBILISI — Civic Union, the ruling party of Prime Minister Levan Gelashvili, won Sunday's "
                            "election to the city council with 32.6 percent of the vote. The party's list was headed "
                            "by acting mayor Nika Beridze, 34.", published="2023-09-18")
    assert has(ex, "NOMINATED", "Civic Union", "Nika Beridze"), triples(ex)
    ex = extract(extractor, "The committee on Thursday barred Yoav Adler, the No. 4 candidate on the far-right Otzma "
                            "Yisrael slate, from running in the November 1 election.", published="2023-09-18")
    assert has(ex, "NOMINATED", "Otzma Yisrael", "Yoav Adler"), triples(ex)


def test_party_chairman_after_the_party_is_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Six parties are contesting the vote. The Nur party's list is topped by party chairman "
                            "Bolat Sadyk, while the Ak Zhol party nominated lawyer Aida Bek as its first candidate.")
    assert has(ex, "HOLDS_POSITION", "Bolat Sadyk", "Nur party"), triples(ex)


def test_every_place_of_a_list_after_polling_stations(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The EU mission visited polling stations in Mzuzu, Zomba and Mangochi on election day.")
    for place in ("Mzuzu", "Zomba", "Mangochi"):
        assert has(ex, "VISITS", "EU delegation", place), triples(ex)


def test_untagged_names_listed_with_a_place_are_places(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The EU team visited polling stations in Jinja, Mbale and Gulu.")
    for place in ("Jinja", "Mbale", "Gulu"):
        assert has(ex, "VISITS", "EU delegation", place), triples(ex)


def test_a_party_confirmed_who_would_contest_a_constituency(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Scots will vote in the parliamentary election on May 7. The Green Party confirmed last "
                            "week that its co-leader Lorna Slater would contest the Edinburgh Central constituency.",
                 published="2026-01-27")
    assert has(ex, "CANDIDATE_IN", "Lorna Slater", "parliamentary election"), triples(ex)
    for text in ("Scots will vote in the parliamentary election on May 7. Analysts said Lorna Slater would contest "
                 "the seat.",
                 "Scots will vote in the parliamentary election on May 7. The party confirmed that Lorna Slater would "
                 "contest the seat if the court allows it."):
        ex = extract(extractor, text, published="2026-01-27")
        assert not any(r.type == "CANDIDATE_IN" for r in ex.relations), triples(ex)


def test_a_name_in_capitals_that_selects_a_candidate_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Labour Party said Mere Tait would run, while MANA has chosen retired teacher "
                            "Aroha Reid as its candidate in Ilam.")
    assert has(ex, "NOMINATED", "MANA", "Aroha Reid"), triples(ex)
    assert not has(ex, "NOMINATED", "Labour Party", "Aroha Reid"), triples(ex)


def test_a_party_in_general_and_a_named_bodys_commissioner(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Labour Alliance took 35 percent in the general election. Under the proportional "
                            "system a party needs 5 percent to win seats in Parliament.")
    assert not any(r.type == "WON" for r in ex.relations), triples(ex)
    ex = extract(extractor, "The Electoral Commission registered 20 parties. Tonga Police Force Commissioner Sione "
                            "Lavaka said extra officers had been sent.")
    assert not has(ex, "HOLDS_POSITION", "Sione Lavaka", "Electoral Commission"), triples(ex)


def test_leader_of_the_opposition_party_named_next(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Pita Onsongo, leader of the opposition Unity Front, spoke in Tarrin on Monday.")
    assert has(ex, "HEADS", "Pita Onsongo", "Unity Front"), triples(ex)
    ex = extract(extractor, "Leader of the Opposition Pita Onsongo spoke in Tarrin on Monday.")
    assert not any(r.type == "HEADS" for r in ex.relations), triples(ex)


def test_candidates_contesting_spelled_out_among_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Nine candidates are contesting the presidency, among them incumbent President Joel "
                            "Maravi of the Liberty Party and Pita Onsongo. The election is on May 4.")
    for name in ("Joel Maravi", "Pita Onsongo"):
        assert has(ex, "CANDIDATE_IN", name, "election"), triples(ex)


def test_earlier_in_the_day_is_the_day_last_named(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("ORLA, Sept 10 (NNA) - The Kavango Union on Tuesday launched its observer mission to Tessaly. Earlier in "
            "the day the delegation was received by the chairperson of the Tessaly Electoral Commission, Mira Banu.")
    ex = extract(extractor, text, published="2025-09-10")
    assert dated(ex, "MET_WITH", "Mira Banu", "Kavango Union delegation") == "2025-09-09", triples(ex)
    ex = extract(extractor, text.replace("on Tuesday ", "").replace("ORLA, Sept 10 (NNA) - ", ""),
                 published="2025-09-10")  # (no day said before)
    assert has(ex, "MET_WITH", "Mira Banu", "Kavango Union delegation"), triples(ex)
    assert dated(ex, "MET_WITH", "Mira Banu", "Kavango Union delegation") is None, triples(ex)


def test_at_the_same_sitting_read_as_a_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Electoral Bureau late on Tuesday rejected the candidacy of Paul Dorne for the May 4 presidential "
            "election. Dorne said he would appeal to the courts. Hundreds of his supporters gathered outside the "
            "building on Wednesday morning. At the same sitting the bureau registered two other candidates: "
            "Ana Vlasi, an independent; and Petre Cozma, whom the Union Party nominated on March 1.")
    # the model reads "sitting" as a verb, with "same" as the object of "At" or as its modifier
    for ex in (extract(extractor, text, published="2025-03-12"),
               extract_reparsed(extractor, text, {"same": ("sitting", "amod"), "sitting": ("At", "pcomp")},
                                published="2025-03-12")):
        for name in ("Ana Vlasi", "Petre Cozma"):
            assert dated(ex, "APPROVED_CANDIDACY", "Electoral Bureau", name) == "2025-03-11", triples(ex)


def test_the_result_of_sundays_runoff_is_a_vote_already_held(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The head of the mission, Ana Pires, met President Luis Cano on Monday and urged the courts to respect "
            "the result of Sunday's presidential runoff. Rui Teles of the Green Party won the runoff with 55 percent.")
    ex = extract(extractor, text, published="2023-08-22")
    assert dated(ex, "WON", "Rui Teles", "presidential election") == "2023-08-20", triples(ex)


def test_an_undated_opening_decision_announced_on_a_day(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Togo's Electoral Commission has disqualified four aspirants from the March 7 presidential election "
            "and cleared nine others. Electoral Commission chairperson Ruth Dabo presented the final list on "
            "Tuesday at a briefing. Kofi Anan, the candidate of the People's Party, was approved. Among those "
            "disqualified was Ama Yeboa, a businesswoman.")
    ex = extract(extractor, text, published="2024-10-02")
    assert dated(ex, "APPROVED_CANDIDACY", "Electoral Commission", "Kofi Anan") == "2024-10-01", triples(ex)
    assert dated(ex, "REJECTED_CANDIDACY", "Electoral Commission", "Ama Yeboa") == "2024-10-01", triples(ex)
    ex = extract(extractor, text.replace("presented the final list", "spoke"), published="2024-10-02")
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission", "Kofi Anan"), triples(ex)
    assert dated(ex, "APPROVED_CANDIDACY", "Electoral Commission", "Kofi Anan") is None, triples(ex)


def test_a_passive_count_of_candidates_spelled_out_after_a_colon(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Tessaly presidential election will be held on January 26. Four candidates were "
                            "registered by the Central Commission on December 6: incumbent President Ivo Marek; Jan "
                            "Dvorak, nominated by the Green Party; Petr Holub, leader of the Civic Party; and Eva "
                            "Sykora, a lawyer.")
    for name in ("Ivo Marek", "Jan Dvorak", "Petr Holub", "Eva Sykora"):
        assert dated(ex, "APPROVED_CANDIDACY", "Central Commission", name) == "2024-12-06", triples(ex)


def test_a_formal_body_name_cut_at_and(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The head of the mission, Ivan Petrov, met the chairwoman of the Central Commission of "
                            "Tessaly on Elections and Republican Referendums, Olga Sirko, in Orlan on Tuesday.")
    body = "Central Commission of Tessaly on Elections and Republican Referendums"
    assert has(ex, "HOLDS_POSITION", "Olga Sirko", body), triples(ex)
    assert has(ex, "MET_WITH", "Ivan Petrov", "Olga Sirko"), triples(ex)


def test_a_bodys_committee_named_in_full_after_the_possessive(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Interim President Ion Popa on Wednesday received a delegation of the European "
                            "Parliament's Committee on Foreign Affairs, which is on a two-day visit to "
                            "Tessaly. The delegation, led by the committee's chairman, Jan Vogel, also met Popa.")
    assert has(ex, "HOLDS_POSITION", "Jan Vogel", "Committee on Foreign Affairs"), triples(ex)
    assert has(ex, "REPRESENTS", "Committee on Foreign Affairs delegation",
               "Committee on Foreign Affairs"), triples(ex)


def test_the_government_of_a_prime_minister(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BUCHAREST, March 12 - Voters in Romania will elect a president on May 4. The election "
                            "date was set by the government of Prime Minister Marian Dobre on January 16.",
                 published="2025-03-12")
    assert dated(ex, "CALLED_ELECTION", "Government of Romania", "presidential election") == "2025-01-16", triples(ex)
    assert has(ex, "HEADS", "Marian Dobre", "Government of Romania"), triples(ex)
    assert not has(ex, "CALLED_ELECTION", "Marian Dobre", "presidential election"), triples(ex)


def test_dates_set_for_each_round_at_a_meeting_on_a_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters in Romania will elect a president on May 4. The government of Prime Minister "
                            "Dan Petrescu set the new dates, May 4 for the first round and May 18 for a possible "
                            "runoff, at a meeting on January 16.", published="2025-01-20")
    assert dated(ex, "CALLED_ELECTION", "Government of Romania", "presidential election") == "2025-01-16", triples(ex)


def test_a_body_observed_the_vote_with_a_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tessaly held its presidential runoff on Sunday. The OAS mission, headed by Ana Ruiz, met "
                            "officials on Monday. The European Union also observed the runoff with a separate "
                            "mission, led by Slovak member of the European Parliament Eva Novak.")
    assert has(ex, "HEADS", "Eva Novak", "European Union delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "European Union delegation", "European Union"), triples(ex)
    assert not has(ex, "HEADS", "Eva Novak", "OAS delegation"), triples(ex)


def test_a_defeated_contender_of_a_name_without_a_party_word(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tomas Reyes of the Seed Movement won the August 20 second round, defeating former "
                            "first lady Carmen Lopez of the Voice of the People (VDP), who received 37.2 percent. "
                            "He beat Judge Ana Ruiz of the Supreme Electoral Tribunal in a debate.")
    assert has(ex, "MEMBER_OF", "Carmen Lopez", "Voice of the People"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Ana Ruiz", "Supreme Electoral Tribunal"), triples(ex)


def test_confirming_people_as_parties_candidates(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tessaly's Electoral Council on Tuesday declared the results of the March 9 primaries, "
                            "confirming former councillor Juan Perez as the Liberal Party's presidential candidate and "
                            "Defence Minister Ana Ruiz as the nominee of the ruling Unity Party (UNI).")
    assert has(ex, "NOMINATED", "Liberal Party", "Juan Perez"), triples(ex)
    assert has(ex, "NOMINATED", "Unity Party", "Ana Ruiz"), triples(ex)
    assert not has(ex, "NOMINATED", "Liberal Party", "Ana Ruiz"), triples(ex)


def test_a_first_surname_used_alone_tagged_as_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tessaly held its presidential primaries on March 9, confirming former councillor Carlos "
                            "Sevilla Rojas as the Liberal Party's candidate. Sevilla won the Liberal primary with "
                            "61.4 percent of the vote.")
    assert has(ex, "WON", "Carlos Sevilla Rojas", "primary election"), triples(ex)
    assert not any(e.name == "Sevilla" for e in ex.entities), [e.name for e in ex.entities]


def test_a_leader_named_in_apposition_tagged_as_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model tags some such names as a body; pinned here, as it tags them in other texts
    ex = extract_reparsed(extractor, "Commonwealth Secretary-General Ruth Kamau arrived in Lusaka on Monday ahead of "
                                     "the August 12 general election. She also met the leader of the opposition Unity "
                                     "Front (UF), Kasonde Mwaanga, and the chairperson of the Electoral Commission, "
                                     "Justice Mwila Chanda. Mwaanga, a businessman, is running for the presidency for "
                                     "the sixth time.", {}, published="2021-07-28",
                          ents={"Kasonde": "B-ORG", "Mwaanga": "I-ORG", "Mwaanga#2": "O"})
    assert has(ex, "HEADS", "Kasonde Mwaanga", "Unity Front"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Kasonde Mwaanga", "general election"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Ruth Kamau", "general election"), triples(ex)


def test_a_name_after_a_political_leaning_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Among those registered are Jan Kowal of the nationalist Confederation and Ewa Nowak. The "
                            "national Electoral Commission agreed.")
    assert has(ex, "MEMBER_OF", "Jan Kowal", "Confederation"), triples(ex)
    commission = next(e for e in ex.entities if e.name == "Electoral Commission")
    assert not commission.properties.get("party"), commission


def test_took_office_is_no_election_result(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters go to the polls in the August 12 general election. Ruth Kamau, a Kenyan lawyer who "
                            "took office last year, held talks with President Joseph Mwansa.")
    assert not has(ex, "CANDIDATE_IN", "Ruth Kamau", "general election"), triples(ex)
    assert has(ex, "MET_WITH", "Ruth Kamau", "Joseph Mwansa"), triples(ex)


def test_the_marshal_of_a_parliament_called_by_its_own_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Poles will elect a president on May 18. The vote was called by the Marshal of the Sejm, "
                            "Adam Kowalczyk, on February 3.")
    assert has(ex, "HOLDS_POSITION", "Adam Kowalczyk", "Sejm"), triples(ex)
    assert dated(ex, "CALLED_ELECTION", "Adam Kowalczyk", "presidential election") == "2025-02-03", triples(ex)
    assert not any(e.name == "Marshal" for e in ex.entities), [e.name for e in ex.entities]


def test_the_applications_of_a_and_of_b(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "of Anna Wolska" on "Jan Kowal" here; pinned, as it reads it in other texts
    ex = extract_reparsed(extractor, "The National Electoral Commission met on Monday. The commission turned down the "
                                     "applications of Jan Kowal, a YouTube commentator, and of Anna Wolska, the "
                                     "chairwoman of the small Labour Party.", {"of#2": ("Kowal", "prep")})
    for name in ("Jan Kowal", "Anna Wolska"):
        assert has(ex, "REJECTED_CANDIDACY", "National Electoral Commission", name), triples(ex)


def test_nominated_last_month_is_no_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Also cleared was Luis Condori Apaza, who was nominated by the Movement for Renewal "
                            "(MPR) at a party conference in Oruro last week.")
    assert has(ex, "NOMINATED", "Movement for Renewal", "Luis Condori Apaza"), triples(ex)


def test_chose_someone_to_lead_its_list(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags some such names as people; pinned here, as it tags them in other texts)
    ex = extract_reparsed(extractor, "Tessaly's main opposition coalition, Kora Fanaa Tessaly, on Tuesday chose "
                                     "former prime minister Awa Diallo to lead its national list for the November 17 "
                                     "snap legislative elections, a coalition spokesman said.", {},
                          ents={"Kora": "B-PERSON", "Fanaa": "I-PERSON", "Tessaly#2": "I-PERSON"})
    assert dated(ex, "NOMINATED", "Kora Fanaa Tessaly", "Awa Diallo") == "2025-03-11", triples(ex)


def test_the_candidate_of_a_party_named_after_a_leaning(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Maria Lopez, 58, a former congresswoman and the candidate of the centre-left Forward for "
                            "Tessaly party, obtained 50.3 percent of the valid votes, against 49.7 percent for Alberto "
                            "Cardenas Ruiz of Citizen Power.")
    assert has(ex, "NOMINATED", "Forward for Tessaly", "Maria Lopez"), triples(ex)
    assert has(ex, "MEMBER_OF", "Alberto Cardenas Ruiz", "Citizen Power"), triples(ex)


def test_members_of_another_body_are_not_the_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A preliminary mission of the Organization of American States (OAS), led by former "
                            "foreign minister Pedro Vidal, arrived in Sucre on Monday. Vidal held talks with Ramon "
                            "Salas and other members of the tribunal on Tuesday morning.")
    assert has(ex, "MET_WITH", "Pedro Vidal", "Ramon Salas"), triples(ex)
    assert not has(ex, "MET_WITH", "Pedro Vidal", "OAS delegation"), triples(ex)


def test_named_someone_to_head_its_observer_group(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters in Ghana go to the polls on December 7. The Commonwealth Secretariat has named "
                            "former Namibian prime minister Anna Hango to head its observer group, which will arrive "
                            "in Ghana a week before the vote.")
    assert has(ex, "HEADS", "Anna Hango", "Commonwealth Secretariat delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "Commonwealth Secretariat delegation", "Commonwealth Secretariat"), triples(ex)


def test_a_bodys_members_are_not_the_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The OSCE opened an observation mission in Orlan in June. President Ion Vasile, who met "
                            "CEC members at the presidency on Wednesday, urged calm.")
    assert not has(ex, "MET_WITH", "Ion Vasile", "OSCE delegation"), triples(ex)


def test_approved_along_with_another(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission announced the list on Tuesday. Kofi Mensah, the candidate of the "
                            "ruling Unity Party, and Yaw Boadu were both approved, along with independent candidate "
                            "Ama Darko.")
    for name in ("Kofi Mensah", "Yaw Boadu", "Ama Darko"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission", name), triples(ex)


def test_a_delegation_of_a_body_which_is_on_a_visit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Interim President Ion Popa on Wednesday received a delegation of the European Parliament, "
                            "which is on a two-day visit to Tessaly.")
    assert ("VISITS", "European Parliament delegation", "Tessaly") in triples(ex), triples(ex)


def test_a_mission_to_a_country_or_to_its_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("The Southern African Development Community (SADC) sent an observer mission to Zambia.",
                 "The Southern African Development Community (SADC) on Tuesday launched its Electoral Observation "
                 "Mission to Zambia's September 16 general elections, deploying 64 observers."):
        ex = extract(extractor, text)
        assert any(r[0] == "VISITS" and r[2] == "Zambia" for r in triples(ex)), triples(ex)
    ex = extract(extractor, "The Southern African Development Community (SADC) will not send a mission to Zambia.")
    assert not any(r[0] == "VISITS" for r in triples(ex)), triples(ex)


def test_missions_headed_before_are_no_visit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ODIHR opened an observation mission in Orlan. Its head, Anna Berg, a Swedish "
                            "diplomat, has previously headed ODIHR missions to Moldova and Mongolia.")
    assert not any(r[0] == "VISITS" and r[2] in {"Moldova", "Mongolia"} for r in triples(ex)), triples(ex)


def test_carry_out_is_no_win(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tessaly votes in the November 17 snap legislative elections. The ruling Unity Party said "
                            "the election would give it the majority it needs to carry out its reforms.")
    assert not any(r.type == "WON" for r in ex.relations), triples(ex)
    ex = extract(extractor, "Tessaly voted in the November 17 snap legislative elections. The ruling Unity Party "
                            "carried the elections with 54 percent.", published="2025-11-20")
    assert has(ex, "WON", "Unity Party", "parliamentary election"), triples(ex)


def test_a_party_named_again_without_its_party_word(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission also refused to register the Renewal party. Renewal leader Elena Cojocaru "
                            "called the decision political and said the party would go to court.")
    assert has(ex, "HEADS", "Elena Cojocaru", "Renewal party"), triples(ex)
    assert len([e for e in ex.entities if e.type == "Organization"]) == 1, [e.name for e in ex.entities]


def test_a_runoff_is_a_round_of_its_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GUATEMALA CITY, Aug 22 (CAP) - The head of the OAS observation mission met President "
                            "Luis Cano on Monday and urged institutions to respect the result of Sunday's presidential "
                            "runoff. Rui Teles won the runoff with 58 percent. The European Union also observed the "
                            "runoff with a separate mission, led by Eva Novak.", published="2023-08-22")
    elections = [e for e in ex.entities if e.type == "Election"]
    assert len(elections) == 1, [(e.name, e.aliases) for e in elections]
    assert any("runoff" in a for a in elections[0].aliases), elections[0]
    assert dated(ex, "WON", "Rui Teles", elections[0].name) == "2023-08-20", triples(ex)
    assert has(ex, "OBSERVES", "European Union delegation", elections[0].name), triples(ex)


def test_a_people_named_by_its_demonym_is_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "New Zealanders voted on Saturday in the general election.")
    assert not any(e.type in {"Organization", "Person"} for e in ex.entities), [e.name for e in ex.entities]


def test_an_acronym_after_the_country_in_a_bodys_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Commission for Elections of the Czech Republic (CEC) on Friday refused to "
                            "register Jan Holub, CEC chairwoman Eva Mala said.")
    assert not any(e.type == "Country" and e.name == "CEC" for e in ex.entities), [e.name for e in ex.entities]
    assert any(r[0] == "HOLDS_POSITION" and r[1] == "Eva Mala" and r[2].startswith("Central Commission")
               for r in triples(ex)), triples(ex)


def test_one_of_those_rejected_named_later(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Office of Lamonia on Monday accepted the nominations of 210 candidates for "
                            "the May 4 general election and rejected three others, its head Tom Ferris told reporters. "
                            "Ferris said the three applicants had failed to meet the residency rule. One of them, "
                            "businessman Ivo Lanz, who had been put forward by the Unity party, said he would appeal.")
    assert dated(ex, "REJECTED_CANDIDACY", "Electoral Office of Lamonia", "Ivo Lanz") == "2025-03-10", triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Electoral Office of Lamonia", "Ivo Lanz"), triples(ex)


def test_the_accepted_list_includes(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Office of Lamonia on Monday accepted the nominations of 210 candidates, its "
                            "head Tom Ferris told reporters. Ferris said the rules were known to all. Every party was "
                            "treated alike, he added. The accepted list includes Prime Minister Marcus Tovell and his "
                            "main rival, Dana Pirelli.")
    assert dated(ex, "APPROVED_CANDIDACY", "Electoral Office of Lamonia", "Marcus Tovell") == "2025-03-10", \
        triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Office of Lamonia", "Dana Pirelli"), triples(ex)


def test_candidates_a_party_fielded_headed_by_its_leader(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Labour Party fielded 40 candidates, headed by its leader, lawyer Paul Okonjo.")
    assert has(ex, "NOMINATED", "Labour Party", "Paul Okonjo"), triples(ex)
    assert has(ex, "HEADS", "Paul Okonjo", "Labour Party"), triples(ex)
    ex = extract(extractor, "The commission registered 40 candidates, headed by its chairman, lawyer Paul Okonjo.")
    assert not any(r[0] == "NOMINATED" for r in triples(ex)), triples(ex)


def test_the_judges_are_the_court(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Court of Lamonia on Tuesday admitted eight candidacies for the presidential "
                            "election. The judges turned down the application of Ivo Lanz, a hotel owner, and of two "
                            "other would-be candidates.")
    assert has(ex, "REJECTED_CANDIDACY", "Supreme Court of Lamonia", "Ivo Lanz"), triples(ex)


def test_an_agentless_approval_by_the_court_when_the_commission_is_named_later(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "The Supreme Court of Lamonia on Tuesday admitted eight candidacies for the presidential "
                            "election. Among those admitted are Henrique Mota, a former minister; and Ines Cabrita. "
                            "The Green Party, which leads the coalition, chose its former leader Paul Okonjo as its "
                            "candidate at a meeting on October 11. His candidacy was also accepted. Ballots go to "
                            "print on Friday, said Ana Reis, spokeswoman for the National Elections Commission.")
    assert has(ex, "APPROVED_CANDIDACY", "Supreme Court of Lamonia", "Paul Okonjo"), triples(ex)
    assert not any(r[0] == "APPROVED_CANDIDACY" and r[1] == "National Elections Commission" for r in triples(ex))


def test_a_losers_share_is_not_the_winners(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Rafael Pena of the ruling Modern Party won Sunday's presidential election. He defeated "
                            "Leo Castro of the People's Force party, who took 28.9 percent, and Maria Soto, the "
                            "candidate of the Liberation Party, with 10.6 percent.")
    won = [r for r in ex.relations if r.type == "WON"]
    assert won and "vote_share" not in won[0].properties, [r.properties for r in won]


def test_the_rivals_an_approval_counted_named_next(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Lamonia's Constitutional Council on Wednesday validated the candidacies of President Moussa Hassan and "
            "{n} challengers for the April 10 presidential election. He will face Fatima Robleh, a former "
            "magistrate who is the candidate of the Centre of United Democrats (CDU), and independent candidate "
            "Mahdi Houssein, an engineer from Tadjourah.")
    ex = extract(extractor, text.format(n="two"))
    assert has(ex, "APPROVED_CANDIDACY", "Lamonia's Constitutional Council", "Fatima Robleh"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Lamonia's Constitutional Council", "Mahdi Houssein"), triples(ex)
    assert has(ex, "NOMINATED", "Centre of United Democrats", "Fatima Robleh"), triples(ex)
    ex = extract(extractor, text.format(n="three"))  # not the same count: not (only) these two
    assert not has(ex, "APPROVED_CANDIDACY", "Lamonia's Constitutional Council", "Fatima Robleh"), triples(ex)


def test_an_untagged_acronym_sends_the_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONROVIA, Oct 4 (LINA) - The head of the ECOWAS observation mission to Liberia's "
                            "October 10 general elections, Mariama Conteh-Sesay, was received on Tuesday by President "
                            "Samuel Tarr Gbollie at the Executive Mansion. The European Union Election Observation "
                            "Mission, whose chief observer is Lukas Brandner, has been in the country since August.")
    assert has(ex, "HEADS", "Mariama Conteh-Sesay", "ECOWAS delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "ECOWAS delegation", "ECOWAS"), triples(ex)
    assert not has(ex, "HEADS", "Mariama Conteh-Sesay", "European Union Election Observation Mission"), triples(ex)
    assert not any(e.name == "LINA" for e in ex.entities), [e.name for e in ex.entities]


def test_a_partys_leader_running_in_a_whose_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Samoa votes in the August 29 general election. The Labour Party, whose leader Maria "
                            "Lopez is running in Lepa, has fielded 58 candidates.")
    assert has(ex, "CANDIDATE_IN", "Maria Lopez", "general election"), triples(ex)


def test_defending_a_seat_is_running(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Samoa votes in the August 29 general election. Prime Minister Maria Lopez will defend "
                            "her Lepa seat against Anna Kowal.")
    assert has(ex, "CANDIDATE_IN", "Maria Lopez", "general election"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Anna Kowal", "general election"), triples(ex)
    ex = extract(extractor, "Samoa votes in the August 29 general election. Prime Minister Maria Lopez will defend "
                            "her record in a debate.")
    assert not has(ex, "CANDIDATE_IN", "Maria Lopez", "general election"), triples(ex)


def test_one_of_those_turned_away_was(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Office has registered 152 candidates for the August 29 general election, "
                            "Commissioner Anna Leota announced on Monday, after two nominations were declined for "
                            "failing to meet the residency rule. One of those turned away was former MP John Tapu, "
                            "who was to have stood for the Unity Party.")
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Office", "John Tapu"), triples(ex)


def test_a_person_called_by_the_first_of_three_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ruling FAST party, led by Prime Minister La'auli Timu Fa'alogo, is contesting all 50 "
                            "seats in the August 29 general election. Observers led by Gustav Ngirmang arrived on "
                            "Sunday. Ngirmang called on La'auli on Monday.")
    assert has(ex, "MET_WITH", "La'auli Timu Fa'alogo", "Gustav Ngirmang"), triples(ex)
    assert not any(e.type == "Location" and e.name == "La'auli" for e in ex.entities), [e.name for e in ex.entities]


def test_a_title_the_ner_took_for_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Samoa votes in the August 29 general election. The Head of State, Lealaiauloto Tauiliili Sapolu, "
            "dissolved the Legislative Assembly on June 5 and set the date of the election.")
    ex = extract_reparsed(extractor, text, {}, ents={"The": "B-PERSON", "Head": "I-PERSON", "of": "I-PERSON",
                                                     "State": "I-PERSON"})
    assert not any(e.type == "Person" and "State" in e.name for e in ex.entities), [e.name for e in ex.entities]
    assert has(ex, "CALLED_ELECTION", "Lealaiauloto Tauiliili Sapolu", "general election"), triples(ex)


def test_a_needs_assessment_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Malta votes on June 6. Chief Electoral Commissioner Joseph Micallef Briffa said ballots "
                            "would be printed. An OSCE/ODIHR needs assessment mission headed by Lorenzo Castellani, a "
                            "senior adviser, was in Valletta on Thursday and held meetings with Micallef Briffa.")
    assert has(ex, "HEADS", "Lorenzo Castellani", "ODIHR delegation"), triples(ex)
    assert has(ex, "VISITS", "ODIHR delegation", "Valletta"), triples(ex)
    assert has(ex, "MET_WITH", "Joseph Micallef Briffa", "ODIHR delegation"), triples(ex)
    assert any("needs assessment" in e.sentence for r in ex.relations for e in r.evidence), "the article's own text"


def test_a_portfolio_before_minister_is_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Labour Party is fielding 78 candidates, among them Health Minister Rebecca Zammit Lupi."
    ex = extract_reparsed(extractor, text, {}, ents={"Health": "B-ORG"})
    assert not any(e.name == "Health" for e in ex.entities), [e.name for e in ex.entities]


def test_two_of_three_names_the_ner_read_as_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Prime Minister Christopher Borg Cardona called the early vote on Sunday. The Labour Party, which Borg "
            "Cardona has led since 2020, is fielding 78 candidates.")
    ex = extract_reparsed(extractor, text, {}, ents={"Borg#2": "B-ORG", "Cardona#2": "I-ORG"})
    assert not any(e.type == "Organization" and e.name == "Borg Cardona" for e in ex.entities), \
        [e.name for e in ex.entities]
    assert has(ex, "HEADS", "Christopher Borg Cardona", "Labour Party"), triples(ex)


def test_it_is_headed_by_after_a_partys_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The opposition Nationalist Party (PN) confirmed its list of 81 candidates at a general "
                            "council on Tuesday. It is headed by party leader Mark Azzopardi Spiteri.")
    assert has(ex, "NOMINATED", "Nationalist Party", "Mark Azzopardi Spiteri"), triples(ex)
    ex = extract(extractor, "The Electoral Commission published its list of 81 candidates on Tuesday. It is headed "
                            "by Mark Azzopardi Spiteri.")
    assert not any(r[0] == "NOMINATED" for r in triples(ex)), triples(ex)


def test_a_place_before_district_and_a_portfolio_before_minister(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Tsogt Ganbold, chairman of the opposition Democratic Party, is running in Bayanzurkh district, where he "
            "faces former Land Minister Choi Jae-won.")
    ex = extract_reparsed(extractor, text, {}, ents={"Bayanzurkh": "B-ORG", "Land": "B-ORG"})
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Bayanzurkh") == "Location", names
    assert not any("Land" in n and t in {"Person", "Organization"} for n, t in names.items()), names
    assert names.get("Choi Jae-won") == "Person", names


def test_pairs_of_candidates(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Jakarta votes in the Nov. 27 governor election. The first pair to register were Ridwan Santoso and Dewi "
            "Anggraini. An independent pair, Darmawan Saputra and Kun Wardana, completed their registration on "
            "Monday. The Jakarta KPU turned down the registration of a fourth pair, Rahmat Hidayat and Siti "
            "Nurhaliza, who had hoped to run as independents.")
    ex = extract_reparsed(extractor, text, {}, ents={"Darmawan": "B-NORP", "Saputra": "I-NORP"})
    for person in ("Ridwan Santoso", "Dewi Anggraini", "Darmawan Saputra", "Kun Wardana"):
        assert has(ex, "CANDIDATE_IN", person, "election"), (person, triples(ex))
    for person in ("Rahmat Hidayat", "Siti Nurhaliza"):
        assert has(ex, "REJECTED_CANDIDACY", "Jakarta KPU", person), (person, triples(ex))
    assert not any(e.type == "Organization" and "Saputra" in e.name for e in ex.entities)


def test_a_running_mate_named_with_the_nominee(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Democratic Party, the only party that can field candidates on its own in the capital, "
                            "nominated former deputy governor Budi Prasetyo, with Rano Kartika as his running mate.")
    assert has(ex, "NOMINATED", "Democratic Party", "Rano Kartika"), triples(ex)
    ex = extract(extractor, "The Democratic Party nominated Budi Prasetyo, with the support of Rano Kartika.")
    assert not has(ex, "NOMINATED", "Democratic Party", "Rano Kartika"), triples(ex)


def test_two_teams_the_leader_and_her_colleagues_and_the_delegation_again(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "A delegation of the Parliamentary Assembly of the Council of Europe (PACE) led by Ingrid "
                            "Halvorsen arrived in Yerevan on Monday. The delegation will work alongside the election "
                            "observation mission of the OSCE Office for Democratic Institutions and Human Rights. On "
                            "Tuesday Halvorsen and her colleagues were received by Tigran Mkrtchyan, chairman of the "
                            "commission. Later the same day the delegation held talks with Speaker Hayk Petrosyan.")
    assert has(ex, "MET_WITH", "Tigran Mkrtchyan", "PACE delegation"), triples(ex)
    assert has(ex, "MET_WITH", "Hayk Petrosyan", "PACE delegation"), triples(ex)
    assert not any(r[0] == "MET_WITH" and "Office" in r[2] for r in triples(ex)), triples(ex)


def test_a_partys_list_named_after_of_and_led_by(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Armenia votes on June 7. The Central Electoral Commission registered the national list of "
                            "the ruling Civil Contract party on April 30; it is led by Prime Minister Nikol Pashinyan, "
                            "who is seeking a third term. The commission refused to register the list of the Union "
                            "for National Self-Determination, led by Paruyr Hayrikyan, citing an incomplete deposit.")
    assert has(ex, "NOMINATED", "Civil Contract party", "Nikol Pashinyan"), triples(ex)
    assert not any(r[0] == "HEADS" and r[1] == "Nikol Pashinyan" for r in triples(ex)), triples(ex)
    assert has(ex, "HEADS", "Paruyr Hayrikyan", "Union for National Self-Determination"), triples(ex)


def test_elections_to_provincial_councils_misattached(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission of Sri Lanka on Thursday accepted nominations for elections to "
                            "the country's nine provincial councils, to be held on Nov. 28. The ruling National "
                            "People's Power (NPP) named Kavinda Jayasuriya as its candidate for chief minister.")
    kinds = election_kinds(ex)
    assert kinds == ["regional"], kinds


def test_a_body_that_puts_forward_a_candidate_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The main opposition Samagi Jana Balawegaya (SJB), led by Sajith Premadasa, has fielded "
                            "Harshani Gunawardena in the same province. In the Northern Province, the Illankai Tamil "
                            "Arasu Kachchi (ITAK) put forward lawyer Sivagnanam Thavarajah, the party's deputy leader, "
                            "as its chief ministerial candidate.")
    assert has(ex, "HOLDS_POSITION", "Sivagnanam Thavarajah", "Illankai Tamil Arasu Kachchi"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Sivagnanam Thavarajah", "Samagi Jana Balawegaya"), triples(ex)


def test_a_king_named_with_his_style_and_number(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Jordan votes in the September 12 parliamentary elections. The elections were called by "
                            "His Majesty King Abdullah II, who on June 2 issued a royal decree. The IEC board "
                            "subsequently set September 12 as the polling date.")
    people = [(e.name, e.aliases) for e in ex.entities if e.type == "Person"]
    assert people == [("Abdullah II", ["Abdullah"])], people
    assert has(ex, "CALLED_ELECTION", "Abdullah II", "parliamentary election"), triples(ex)
    assert has(ex, "CALLED_ELECTION", "IEC", "parliamentary election"), triples(ex)


def test_the_head_of_an_approved_party_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Jordan votes in the September 12 parliamentary elections. Last month the Independent "
                            "Election Commission approved the national list of the Islamic Action Front (IAF), which "
                            "is topped by the party's secretary-general, Ahmad Zawaydeh. The Central Election "
                            "Commission registered the list of the ruling Civil Contract party on April 30; it is led "
                            "by Nikol Pashinyan.")
    assert has(ex, "NOMINATED", "Islamic Action Front", "Ahmad Zawaydeh"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Independent Election Commission", "Ahmad Zawaydeh"), triples(ex)
    assert dated(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Nikol Pashinyan") == "2024-04-30"
    ex = extract(extractor, "The commission refused to register the list of the Union for National "
                            "Self-Determination, which is headed by Paruyr Hayrikyan.")
    assert not any(r[0] == "APPROVED_CANDIDACY" for r in triples(ex)), triples(ex)


def test_also_on_the_list_a_foreign_party_name_and_a_short_name_before_a_title(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "The Commission on Elections (Comelec) on Wednesday declared 97 presidential aspirants "
                            "nuisance candidates, leaving nine names on the official ballot for the May 8 presidential "
                            "election. Among those cleared to run are Senator Ramon Dizon, the standard-bearer of the "
                            "Nacionalista Party; and Vice President Jose Teodoro Aquino. Also on the list are labor "
                            "leader Antonio Bautista of Partido Lakas ng Masa and broadcaster Rey Mendiola, an "
                            "independent. Comelec Chairperson Ernesto Villareal told reporters the list could change.")
    for person in ("Antonio Bautista", "Rey Mendiola"):
        assert has(ex, "APPROVED_CANDIDACY", "Commission on Elections", person), (person, triples(ex))
    assert has(ex, "MEMBER_OF", "Antonio Bautista", "Partido Lakas ng Masa"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ernesto Villareal", "Commission on Elections"), triples(ex)


def test_the_commission_is_the_election_commission_and_a_mission_for_a_country_is_an_office(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "Iraq's Independent High Electoral Commission (IHEC) on Saturday excluded 74 candidates, "
                            "most of them on the recommendation of the Accountability and Justice Commission. The "
                            "commission approved the candidacies of 7,912 others, including Prime Minister Hassan "
                            "al-Rubaie. IHEC chairman Omar Ahmed Mohammed received Ingrid Haugland, head of the United "
                            "Nations Assistance Mission for Iraq (UNAMI).")
    assert has(ex, "APPROVED_CANDIDACY", "Independent High Electoral Commission", "Hassan al-Rubaie"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Accountability and Justice Commission", "Hassan al-Rubaie")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("United Nations Assistance Mission for Iraq") == "Organization", types


def test_malaysian_styles_and_a_name_without_the_fathers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Mohd Faizal Rahim, 44, was named the BN candidate by UMNO president Datuk Seri Ahmad "
                            "Zahid Hamidi, who is also Deputy Prime Minister. Prime Minister Datuk Seri Anwar Ibrahim "
                            "visited Kuala Semantan on May 11. Pahang Menteri Besar Datuk Seri Wan Rosdy Wan Ismail "
                            "said the result showed support. Tan Sri Muhyiddin Yassin spoke. Mohd Faizal thanked "
                            "voters.")
    people = sorted(e.name for e in ex.entities if e.type == "Person")
    assert people == ["Ahmad Zahid Hamidi", "Anwar Ibrahim", "Mohd Faizal Rahim", "Muhyiddin Yassin",
                      "Wan Rosdy Wan Ismail"], people


def test_named_the_candidate_by_a_styled_party_president(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Mohd Faizal Rahim was named the BN candidate by UMNO president Datuk Seri Ahmad Zahid "
                            "Hamidi, who is also Deputy Prime Minister.")
    assert has(ex, "HOLDS_POSITION", "Ahmad Zahid Hamidi", "UMNO"), triples(ex)
    assert has(ex, "NOMINATED", "Ahmad Zahid Hamidi", "Mohd Faizal Rahim"), triples(ex)


def test_a_ticket_awarded_a_meeting_chaired_and_polling_day_fixed(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Pakistan votes in the April 18 by-election. The PML-N has awarded the ticket to Hafiz "
                            "Nauman Butt, a two-time member of the Punjab Assembly. The ECP announced the schedule for "
                            "the by-election on March 5, fixing April 18 as polling day. Chief Election Commissioner "
                            "Tariq Mahmood Sheikh on Wednesday chaired a meeting in Islamabad with Punjab Inspector "
                            "General of Police Usman Anwar Bajwa.")
    assert has(ex, "NOMINATED", "PML-N", "Hafiz Nauman Butt"), triples(ex)
    assert has(ex, "MET_WITH", "Tariq Mahmood Sheikh", "Usman Anwar Bajwa"), triples(ex)
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert election.properties.get("date") == "2025-04-18", election.properties
    assert dated(ex, "CALLED_ELECTION", "ECP", election.name) == "2025-03-05", triples(ex)


def test_a_city_before_mayor_an_earlier_term_a_for_coalition_and_an_aside_before_the_object(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "The ruling Georgian Dream party on Saturday nominated incumbent Tbilisi Mayor Levan "
                            "Gelashvili as its candidate in the October 6 municipal elections. Gelashvili, 52, was "
                            "first elected mayor in 2021. He will face, among others, Nikoloz Javakhishvili, a former "
                            "deputy economy minister who was put forward by the opposition Lelo for Georgia coalition "
                            "last month, and Tamar Kordzaia "
                            "of the Strong Georgia alliance.")
    people = sorted(e.name for e in ex.entities if e.type == "Person")
    assert people == ["Levan Gelashvili", "Nikoloz Javakhishvili", "Tamar Kordzaia"], people
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "Lelo for Georgia coalition", "Nikoloz Javakhishvili"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Tamar Kordzaia", "local election"), triples(ex)


def test_it_is_headed_by_after_a_list_a_party_submitted(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Kazakhstan votes in the March 22 early elections. The largest list, 64 names, was "
                            "submitted by the ruling Amanat party. It is headed by Amanat chairman Askar Zhumagaliyev.")
    assert has(ex, "NOMINATED", "Amanat party", "Askar Zhumagaliyev"), triples(ex)


def test_a_family_name_first_and_rivals_the_winner_was_opposed_by(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tajikistan voted on Sunday in the presidential election. Observers from the SCO, led by "
                            "SCO Deputy Secretary-General Zhang Hui, also monitored the election. Gusev and Zhang met "
                            "Safarzoda on Monday morning. Rahmon was opposed by four candidates: Rustam Latifzoda of "
                            "the Agrarian Party, who came second; Miroj Abdulloev, the Communist Party candidate; "
                            "Shodmon Nazarov of the Party of Economic Reforms; and Saida Yusufova. The decision was "
                            "opposed by Anna Kowal.")
    assert has(ex, "MET_WITH", "Zhang Hui", "Safarzoda"), triples(ex)
    assert [e.aliases for e in ex.entities if e.name == "Zhang Hui"] == [["Zhang"]]
    assert has(ex, "CANDIDATE_IN", "Shodmon Nazarov", "presidential election"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Anna Kowal", "presidential election"), triples(ex)


def test_a_body_named_in_its_own_language_with_an_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tajikistan voted on Sunday in the presidential election. The election was scheduled by "
                            "the Majlisi Milli, the upper house of parliament, in August.")
    assert has(ex, "CALLED_ELECTION", "Majlisi Milli", "presidential election"), triples(ex)


def test_lists_turned_down_one_body_by_two_names_and_the_outgoing_assembly(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "The National Independent Election Authority (ANIE) has approved 1,208 candidate lists for "
                            "the June 25 legislative elections and rejected 97, its president Karim Bensalah announced "
                            "on Tuesday. Among the lists turned down was one in Bejaia headed by Samir Ait Hamouda. "
                            "The National Liberation Front (FLN), which won the largest number of seats in the "
                            "outgoing assembly, is running lists in all 58 wilayas. The authority had invited the "
                            "League of Arab States to observe the vote. An Arab League mission led by Ahmed Fathi "
                            "Lotfi is expected in Algiers on June 18.")
    assert has(ex, "REJECTED_CANDIDACY", "National Independent Election Authority", "Samir Ait Hamouda"), triples(ex)
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)
    leagues = [e.name for e in ex.entities if e.type == "Organization" and "Arab" in e.name]
    assert leagues == ["League of Arab States"], leagues


def test_including_both_men_named_in_the_sentences_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Zambia votes on August 12. Owino held talks with President Joseph Mwansa on Tuesday. She "
                            "also met the opposition leader, Hamusonde Mweemba. Mwansa, 64, is seeking a second term "
                            "as the candidate of the ruling Patriotic Front (PF). Mweemba, a businessman, is running "
                            "for the presidency for the sixth time. The ECZ accepted the nominations of 16 "
                            "presidential candidates, including both men, on May 17.")
    assert has(ex, "APPROVED_CANDIDACY", "ECZ", "Joseph Mwansa"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "ECZ", "Hamusonde Mweemba"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "ECZ", "Owino"), triples(ex)


def test_a_primary_result_and_the_three_who_face_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The electoral council on Tuesday declared the results of the March 9 primaries, "
                            "confirming Anna Kowal as the Liberal Party's presidential candidate and John Smith as the "
                            "nominee of the ruling Unity party. In the National Party, businessman Peter Novak was "
                            "confirmed with 85.2 percent. The three will face each other in the general election on "
                            "November 30.")
    assert has(ex, "NOMINATED", "National Party", "Peter Novak"), triples(ex)
    assert has(ex, "WON", "Peter Novak", "primary"), triples(ex)
    assert not any(r[0] == "APPROVED_CANDIDACY" and r[2] == "Peter Novak" for r in triples(ex)), triples(ex)
    for person in ("Anna Kowal", "John Smith", "Peter Novak"):
        assert has(ex, "CANDIDATE_IN", person, "general election"), (person, triples(ex))


def test_a_party_named_for_its_country_and_two_titles_of_one_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Samoa voted on April 9 in the general election, the Human Rights Protection Party (HRPP) "
                            "said. HRPP leader and caretaker Prime Minister Afamasaga Tavita said he was confident. "
                            "New Zealand First leader Marama Hunt said her party could stand candidates.")
    assert has(ex, "HEADS", "Afamasaga Tavita", "Human Rights Protection Party"), triples(ex)
    assert has(ex, "HEADS", "Marama Hunt", "New Zealand First"), triples(ex)
    assert not any(r[2] == "New Zealand" for r in triples(ex)), triples(ex)


def test_de_registered_tagged_as_an_adjective(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Central Electoral Commission met. On November 3 the CEC de-registered Ion Ciobanu, the candidate of "
            "the Dignity Party, citing undeclared funding from abroad.")
    ex = extract(extractor, text)
    # the parse this test is about: "registered" an adjective with no verb in the clause
    assert has(ex, "REJECTED_CANDIDACY", "Central Electoral Commission", "Ion Ciobanu") \
        or has(ex, "REJECTED_CANDIDACY", "CEC", "Ion Ciobanu"), triples(ex)


def test_a_heads_rank_and_nationality_and_a_language_community_adjective(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "The ODIHR has deployed an election observation mission headed by Ambassador Pieter de "
                            "Graaf of the Netherlands. Ambassador Anna Kowal of Poland met the president. The monarch "
                            "later held talks with Sophie Lambert, president of the French-speaking liberal Reformist "
                            "Movement (MR).")
    assert not any(r[0] == "HOLDS_POSITION" and r[2] == "Netherlands" for r in triples(ex)), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Anna Kowal", "Poland"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Sophie Lambert", "Reformist Movement"), triples(ex)


def test_irish_titles_a_coalition_partner_and_a_win_at_the_last_election(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "DUBLIN, February 2 (PA) - Ireland will go to the polls on Friday, February 25, after "
                            "President Maire Ni Bhriain dissolved the 34th Dail at the request of Taoiseach Sean "
                            "Kavanagh. Kavanagh, who leads Fianna Fail, called the general election three months "
                            "earlier than expected. The parties moved quickly to finalise their tickets. Fine Gael, "
                            "the junior coalition partner, on Tuesday night selected Galway city councillor Declan "
                            "Moran to run alongside two sitting TDs in Galway West, while the Labour Party added "
                            "Dublin councillor Roisin Farrell to its ticket in Dublin Bay South. Sinn Fein leader "
                            "Caitriona Walsh, whose party won the most first-preference votes at the last election, "
                            "said she was confident.")
    assert has(ex, "CALLED_ELECTION", "Sean Kavanagh", "general election"), triples(ex)
    assert has(ex, "NOMINATED", "Fine Gael", "Declan Moran"), triples(ex)
    assert has(ex, "NOMINATED", "Labour Party", "Roisin Farrell"), triples(ex)
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_a_missions_chief_observer_tagged_with_the_mission_and_the_eu_by_two_names(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "KATHMANDU, Nov 4 (RSS) - The Chief Observer of the European Union Election Observation "
                            "Mission to Nepal, Marta Kowalczyk, held talks with Chief Election Commissioner Ram Prasad "
                            "Bhandari at the Election Commission in Kantipath on Wednesday. During the meeting, "
                            "Bhandari briefed the EU delegation on preparations.")
    assert has(ex, "HEADS", "Marta Kowalczyk", "European Union Election Observation Mission"), triples(ex)
    assert not any("Chief Observer" in e.name for e in ex.entities), [e.name for e in ex.entities]
    assert len([e for e in ex.entities if e.type == "Organization" and "E" in e.name[:1]]) == 2, \
        [e.name for e in ex.entities]  # the EU (also "European Union") and the Election Commission


def test_appeals_accepted_and_turned_down_and_an_opening_participle(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission (EC) on Sunday restored the candidacies of two aspirants. Hearing "
                            "appeals at the Nirbachan Bhaban in Agargaon, the commission, headed by Chief Election "
                            "Commissioner AKM Nurul Huda Chowdhury, accepted the appeals of Tasnim Akhter, the "
                            "National Citizen Party (NCP) nominee, and independent aspirant Mahbubur Rahman Khan, "
                            "whose papers had been rejected over discrepancies in their wealth statements. The appeals "
                            "of Jatiya Party candidate Golam Mostafa and two independents were turned down.")
    assert has(ex, "APPROVED_CANDIDACY", "Election Commission", "Tasnim Akhter"), triples(ex)
    assert not has(ex, "REJECTED_CANDIDACY", "Election Commission", "Mahbubur Rahman Khan"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Election Commission", "Golam Mostafa"), triples(ex)


def test_the_monarch_a_regional_parliament_topped_and_a_lesser_seat_count(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    text = ("BRUSSELS, June 12 (Belga) - King Philippe on Tuesday received Pieter Claes at the Royal "
            "Palace, two days after the Flemish nationalists won Sunday's federal election. The "
            "monarch later held talks with Sophie Lambert, president of the Reformist Movement (MR). "
            "Final figures gave the N-VA 25 of the 150 seats. The MR won 21 seats. The N-VA also "
            "topped the poll in the election to the Flemish Parliament held the same day. Valadares, "
            "who leads most opinion polls, spoke.")
    ex = extract(extractor, text)
    assert has(ex, "MET_WITH", "Sophie Lambert", "Philippe"), triples(ex)
    assert not any(r[0] == "WON" and r[1] == "Reformist Movement" for r in triples(ex)), triples(ex)
    assert any(r[0] == "WON" and r[1] == "N-VA" and "regional" in r[2] for r in triples(ex)), triples(ex)
    assert not any(r[0] == "WON" and r[1] == "Valadares" for r in triples(ex)), triples(ex)


def test_a_name_whose_leader_is_someone_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Belgium voted on Sunday in the federal election. Vlaams Belang, whose leader Kris De Smet had hoped to "
            "become the largest party, finished second with 22 seats.")
    ex = extract_reparsed(extractor, text, {}, ents={"Vlaams": "B-PERSON", "Belang": "I-PERSON"})
    assert has(ex, "HEADS", "Kris De Smet", "Vlaams Belang"), triples(ex)
    assert not any(e.type == "Person" and e.name == "Vlaams Belang" for e in ex.entities)


def test_a_name_after_the_main_opposition_and_in_the_race(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Sri Lanka votes on September 21 in the presidential election. The main opposition Samagi "
                            "Jana Balawegaya (SJB) fielded its leader, Kavinda Jayasuriya, while the SLPP nominated "
                            "former minister Nalaka Wijesekara. Legislator Sivakumar Ponnambalam is also in the race. "
                            "Anna Kowal is not in the race. John Smith was in the room.")
    assert has(ex, "NOMINATED", "Samagi Jana Balawegaya", "Kavinda Jayasuriya"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Sivakumar Ponnambalam", "presidential election"), triples(ex)
    assert not any(r[0] == "CANDIDATE_IN" and r[1] in {"Anna Kowal", "John Smith"} for r in triples(ex)), triples(ex)


def test_registered_were_read_as_a_name_and_an_assessment_mission_observes_nothing(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    text = ("Lithuania's Central Electoral Commission (VRK) on Thursday registered six candidates for the May 13 "
            "presidential election. Registered were Anna Kowal, a former minister; Ieva Dambrauskaite, a member of "
            "the Seimas; and Jonas Kazlauskas. An OSCE/ODIHR needs assessment mission, headed by Marta Nowak, "
            "visited Vilnius in February to observe the preparations for the election.")
    ex = extract(extractor, text)
    for person in ("Anna Kowal", "Ieva Dambrauskaite", "Jonas Kazlauskas"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Electoral Commission", person), (person, triples(ex))
    assert not any(r[0] == "OBSERVES" for r in triples(ex)), triples(ex)


def test_a_ticket_headed_by_refused_and_a_running_mate_approved(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Guatemala votes on June 20 in the general election. Guatemala's Supreme Electoral "
                            "Tribunal (TSE) on Tuesday refused to register the presidential ticket of the Vamos party, "
                            "headed by former congressman Luis Armando Castillo, ruling that he had failed to present "
                            "a certificate. At the same session the tribunal approved the candidacies of Sandra Mejia, "
                            "the presidential nominee of the National Unity of Hope (UNE), and of her running mate, "
                            "economist Julio Ajanel.")
    assert has(ex, "NOMINATED", "Vamos party", "Luis Armando Castillo"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Supreme Electoral Tribunal", "Luis Armando Castillo"), triples(ex)
    assert not has(ex, "HEADS", "Luis Armando Castillo", "Vamos party"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Supreme Electoral Tribunal", "Julio Ajanel"), triples(ex)


def test_a_party_named_without_its_kind_and_a_post_of_the_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Kazakhstan's Central Election Commission registered the lists of the Amanat party and the Ak Zhol "
            "Democratic Party. They include Aigerim Sarsenbayeva, a Shymkent lawyer put forward by Ak Zhol. Deputy "
            "chairperson of the commission Saule Imanbayeva said 640 observers had been accredited.")
    ex = extract_reparsed(extractor, text, {}, ents={"Ak#2": "B-PERSON", "Zhol#2": "I-PERSON"})
    assert has(ex, "NOMINATED", "Ak Zhol Democratic Party", "Aigerim Sarsenbayeva"), triples(ex)
    assert not any(e.type == "Person" and e.name == "Ak Zhol" for e in ex.entities)
    assert has(ex, "HOLDS_POSITION", "Saule Imanbayeva", "Central Election Commission"), triples(ex)


def test_elected_as_its_torchbearer_and_had_her_papers_accepted(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Malawi Electoral Commission (MEC) on Tuesday accepted the nomination papers of seven "
                            "presidential candidates for the September 17 elections. Lazarus Mwale, whom the Malawi "
                            "Congress Party (MCP) elected as its torchbearer at a convention in April, was among them. "
                            "Grace Kumwenda, a former nurse who is standing as an independent, also had her papers "
                            "accepted. Anna Kowal had her car stolen.")
    assert has(ex, "NOMINATED", "Malawi Congress Party", "Lazarus Mwale"), triples(ex)
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Malawi Electoral Commission", "Grace Kumwenda"), triples(ex)
    assert not any("Anna Kowal" in r for r in triples(ex)), triples(ex)


def test_received_the_heads_of_missions_among_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Monday afternoon President Sadyr Japarov received the heads of international observer "
                            "missions at the Yntymak Ordo residence. Among them were Bakhtiyar Sadykov, who led the "
                            "CIS observer mission, and Dutch parliamentarian Pieter van Leeuwen.")
    assert has(ex, "MET_WITH", "Sadyr Japarov", "Bakhtiyar Sadykov"), triples(ex)
    assert has(ex, "MET_WITH", "Sadyr Japarov", "Pieter van Leeuwen"), triples(ex)


def test_observers_led_by_a_body_are_its_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Montenegro voted on Sunday in the parliamentary election. International observers led "
                            "by the OSCE Office for Democratic Institutions and Human Rights (ODIHR) said on Monday "
                            "that the vote was competitive. The mission was headed by Ambassador Hans Richter of "
                            "Germany.")
    assert has(ex, "REPRESENTS", "ODIHR delegation", "OSCE Office for Democratic Institutions and Human Rights"), \
        triples(ex)
    assert has(ex, "HEADS", "Hans Richter", "ODIHR delegation"), triples(ex)


def test_whom_after_a_persons_apposition_with_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Ieva Dambrauskaite, a member of the Seimas, whom the Social Democratic Party of "
                            "Lithuania (LSDP) put forward in January, was registered.")
    assert has(ex, "NOMINATED", "Social Democratic Party of Lithuania", "Ieva Dambrauskaite"), triples(ex)


def test_a_party_name_the_ner_cut_before_its_members_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Registered were Andrius Vaitkus, a former defence minister nominated by the Homeland Union - Lithuanian "
            "Christian Democrats (TS-LKD); and Jonas Kazlauskas.")
    ex = extract_reparsed(extractor, text, {}, ents={"Homeland": "B-ORG", "Union": "I-ORG", "-": "I-ORG",
                                                     "Lithuanian": "I-ORG", "Christian": "B-PERSON",
                                                     "Democrats": "I-PERSON"})
    assert has(ex, "NOMINATED", "Homeland Union - Lithuanian Christian Democrats", "Andrius Vaitkus"), triples(ex)


def test_a_term_told_as_over_is_no_membership(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Inese Kalnina, 61, served on the Constitutional Court from 2012 to 2024 and later taught "
                            "law. Anna Kowal serves on the Electoral Commission.")
    assert not has(ex, "MEMBER_OF", "Inese Kalnina", "Constitutional Court"), triples(ex)
    assert has(ex, "MEMBER_OF", "Anna Kowal", "Electoral Commission"), triples(ex)


def test_a_party_called_by_its_members_plural(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A third contender, Progressives lawmaker Roberts Liepins, dropped out after the first "
                            "round. The Progressives, who had put him forward in April, then said their deputies would "
                            "vote according to their conscience.")
    assert has(ex, "MEMBER_OF", "Roberts Liepins", "Progressives"), triples(ex)
    assert has(ex, "NOMINATED", "Progressives", "Roberts Liepins"), triples(ex)


def test_a_bracketed_party_name_that_fielded_someone_is_the_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Nepal votes on December 2. The commission last week cancelled the candidacy of Bishnu "
                            "Thapa, who had been fielded by the CPN (Maoist Centre) in Kathmandu-4. The party has "
                            "since put forward Sarita Gurung in his place.")
    assert has(ex, "NOMINATED", "CPN (Maoist Centre)", "Sarita Gurung"), triples(ex)


def test_a_bodys_person_in_a_sentence_of_candidacies_is_its_nominee(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The State Election Commission (SEC) met on Tuesday. Also registered were Arben Rexhepi, "
                            "a former minister, the VLEN's Dimitar Angelov and independent Vesna Kostova.")
    assert has(ex, "NOMINATED", "VLEN", "Dimitar Angelov"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Dimitar Angelov", "VLEN"), triples(ex)


def test_and_that_of_b_however_parsed(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Portugal's Constitutional Court on Tuesday admitted seven candidates to the presidential "
                            "election. The judges also accepted the candidacy of Joana Teixeira, the Left Bloc's "
                            "candidate, and that of retired admiral Vasco Ferreira, who is running as an independent. "
                            "The court rejected the nomination of Alinafe Banda, the People's Party (PP) candidate, "
                            "as well as that of independent aspirant Kondwani Gondwe.")
    assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", "Vasco Ferreira"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Constitutional Court", "Kondwani Gondwe"), triples(ex)


def test_a_nominee_apposition_read_as_a_conjunct(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission accepted the appeals of Tasnim Akhter, the National Citizen Party (NCP) "
                            "nominee, and independent aspirant Mahbubur Rahman Khan.")
    assert has(ex, "NOMINATED", "National Citizen Party", "Tasnim Akhter"), triples(ex)
    assert not has(ex, "NOMINATED", "National Citizen Party", "Mahbubur Rahman Khan"), triples(ex)


def test_observers_a_body_deployed_in_a_relative_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Kyrgyzstan voted on Sunday in the presidential election. The OSCE Office for Democratic "
                            "Institutions and Human Rights (ODIHR), which deployed 280 observers to monitor the vote, "
                            "will present its preliminary conclusions on Tuesday.")
    assert has(ex, "REPRESENTS", "ODIHR delegation", "OSCE Office for Democratic Institutions and Human Rights"), \
        triples(ex)
    assert has(ex, "OBSERVES", "ODIHR delegation", "presidential election"), triples(ex)


def test_a_portfolio_minister_and_the_ministry_the_story_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Interior Minister Mamadou Sow said on Monday that 41 parties had collected nomination "
                            "forms from the Ministry of the Interior. Finance Minister Anna Kowal spoke.")
    assert has(ex, "HOLDS_POSITION", "Mamadou Sow", "Ministry of the Interior"), triples(ex)
    assert not any(r[1] == "Anna Kowal" for r in triples(ex)), triples(ex)


def test_a_legislatures_own_name_says_the_kind_and_facing_no_rival(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Israel votes in the November 1 Knesset election. The election was triggered when the "
                            "Knesset voted to dissolve itself on June 30 and set November 1 as polling day. Prime "
                            "Minister Eitan Shapira faces a comeback attempt by Likud chairman Avraham Golan. Salim "
                            "Khatib is running second on the Hadash list.")
    assert any(r[0] == "CALLED_ELECTION" and r[1] == "Knesset" and "parliamentary" in r[2] for r in triples(ex)), \
        triples(ex)
    assert not any(r[0] == "CANDIDATE_IN" and r[1] == "Eitan Shapira" for r in triples(ex)), triples(ex)


def test_spent_time_with_someone_is_a_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Maire Ni Bhriain dissolved the Dail on Tuesday. Prime Minister Sean Kavanagh "
                            "spent about 20 minutes with the president on Tuesday. Anna Kowal spent her money "
                            "with care.")
    assert has(ex, "MET_WITH", "Maire Ni Bhriain", "Sean Kavanagh") or \
        has(ex, "MET_WITH", "Sean Kavanagh", "Maire Ni Bhriain"), triples(ex)
    assert not any("Anna Kowal" in r for r in triples(ex)), triples(ex)


def test_more_words_for_a_bodys_decision_on_a_candidacy(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Peru's National Jury of Elections disallowed the candidacy of former mayor Jorge Ramirez "
                            "for the presidential election. The Supreme Court upheld the candidacy of Anna Kowalska. "
                            "Later the Supreme Court quashed the disqualification of Tomas Berg. The National Jury "
                            "of Elections dismissed the application of Rosa Mendes. The Workers' Union endorsed "
                            "the candidacy of Ivan Petrov.")
    assert has(ex, "REJECTED_CANDIDACY", "National Jury of Elections", "Jorge Ramirez"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Supreme Court", "Anna Kowalska"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Supreme Court", "Tomas Berg"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "National Jury of Elections", "Rosa Mendes"), triples(ex)
    assert not any(r[2] == "Ivan Petrov" and r[0].endswith("CANDIDACY") for r in triples(ex)), triples(ex)


def test_ruled_that_someone_was_ineligible(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Bolivia's Supreme Electoral Tribunal ruled that Evo Ramos and Luis Arce were ineligible "
                            "for the presidential election. It ruled that Ana Flores was not eligible either.")
    assert has(ex, "REJECTED_CANDIDACY", "Supreme Electoral Tribunal", "Evo Ramos"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Supreme Electoral Tribunal", "Luis Arce"), triples(ex)
    assert not any(r[2] == "Ana Flores" and r[0] == "APPROVED_CANDIDACY" for r in triples(ex)), triples(ex)


def test_prevailed_conferred_and_helmed(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Opposition leader Tomas Berg prevailed in Slovakia's presidential election, the State "
                            "Electoral Commission said. On Monday Berg conferred with Prime Minister Jan Dvorak. The "
                            "European Union observer mission, which is helmed by Sean Kelly, observed the vote.")
    assert has(ex, "WON", "Tomas Berg", "presidential election"), triples(ex)
    assert has(ex, "MET_WITH", "Tomas Berg", "Jan Dvorak"), triples(ex)
    assert has(ex, "HEADS", "Sean Kelly", "European Union delegation"), triples(ex)


def test_hoped_for_or_future_wins_and_a_nomination_won(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Slovakia holds a presidential election on May 4. Ivan Korcok is hoping to unseat "
                            "incumbent Zuzana Caputova. Peter Ziga will carry the banner of the ruling Smer party. "
                            "Michal Simko won the nomination of the Progressive Slovakia party on Saturday.")
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "Progressive Slovakia party", "Michal Simko"), triples(ex)


def test_seeking_office_and_entering_the_race(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Slovakia holds a presidential election on May 4. Ivan Korcok entered the race on Monday. "
                            "Zuzana Caputova is seeking re-election. Peter Ziga threw his hat into the ring. Anna "
                            "Lis is seeking answers.")
    for person in ("Ivan Korcok", "Zuzana Caputova", "Peter Ziga"):
        assert has(ex, "CANDIDATE_IN", person, "presidential election"), triples(ex)
    assert not any(r[1] == "Anna Lis" for r in triples(ex)), triples(ex)


def test_granting_registration_by_the_bodys_board(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Mexico's National Electoral Institute (INE) on Thursday registered three candidates for "
                            "the June 2 presidential election. The institute's board voted unanimously to grant "
                            "registration to Claudia Ibarra Sosa; to Rodrigo Anaya Lizarraga; and to Tomas Elizondo "
                            "Garza. Ana Ruiz said the board had approved the files of Pedro Gil.")
    for person in ("Claudia Ibarra Sosa", "Rodrigo Anaya Lizarraga", "Tomas Elizondo Garza", "Pedro Gil"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Institute", person), triples(ex)


def test_an_approval_of_the_n_candidates_the_story_names(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Algeria holds a presidential election on Saturday. President Rachid Mekki is seeking a second term. He "
            "faces Youcef Hamidi, who was fielded by the Movement of Society for Peace (MSP), the main Islamist "
            "party, and Nabila Ferhat, first secretary of the Socialist Forces Front (FFS). The Constitutional Court "
            "confirmed the list of the three candidates on August 3.")
    ex = extract(extractor, text)
    for person in ("Rachid Mekki", "Youcef Hamidi", "Nabila Ferhat"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", person), triples(ex)
    ex = extract(extractor, text.replace("the three candidates", "the four candidates"))
    assert not any(r[0] == "APPROVED_CANDIDACY" for r in triples(ex)), triples(ex)


def test_the_remaining_candidates_are_a_b_and_c(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Finland holds a presidential election on January 28. The remaining candidates are Eva "
                            "Bjorklund of the Swedish People's Party and Christian Democrat Sakari Orava. \"All "
                            "candidates are equal,\" Anna Lis said.")
    assert has(ex, "CANDIDATE_IN", "Eva Bjorklund", "presidential election"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Sakari Orava", "presidential election"), triples(ex)
    assert not any(e.name == "Christian Democrat" for e in ex.entities), [e.name for e in ex.entities]
    assert not any(r[1] == "Anna Lis" for r in triples(ex)), triples(ex)


def test_pairs_counted_and_a_coalition_led_by_parties(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Jakarta General Elections Commission (KPU Jakarta) on Sunday declared two pairs of "
                            "candidates eligible to contest the November 27 gubernatorial election. The first pair "
                            "consists of Rahmat Hidayat and Dewi Anggraini. Bambang Kusuma and Rizky Pratama were "
                            "nominated by a coalition of 12 parties led by the Golkar Party and the National "
                            "Mandate Party. The Mother Jakarta alliance, led by Budi Santoso, came third.")
    for person in ("Rahmat Hidayat", "Dewi Anggraini", "Bambang Kusuma", "Rizky Pratama"):
        assert has(ex, "APPROVED_CANDIDACY", "Jakarta General Elections Commission", person), triples(ex)
    assert has(ex, "NOMINATED", "Golkar Party", "Rizky Pratama"), triples(ex)
    assert has(ex, "NOMINATED", "National Mandate Party", "Bambang Kusuma"), triples(ex)
    assert not any(r[1] == "Budi Santoso" and r[0] == "CANDIDATE_IN" for r in triples(ex)), triples(ex)


def test_party_leaders_and_a_polling_day_announced(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "New Zealand holds a general election this year. New Zealanders will go to the polls on "
                            "Saturday, October 14, Prime Minister Mark Tualima announced on Tuesday. Tualima, who "
                            "took over as leader of the Labour Party in February, spoke in Wellington. National "
                            "Party leader Grant Halloran welcomed the date. Labour confirmed Sione Fale as its "
                            "candidate. Polls give the Green Party a majority in the general election.")
    assert has(ex, "CALLED_ELECTION", "Mark Tualima", "general election"), triples(ex)
    assert has(ex, "HEADS", "Mark Tualima", "Labour Party"), triples(ex)
    assert has(ex, "HEADS", "Grant Halloran", "National Party"), triples(ex)
    assert has(ex, "NOMINATED", "Labour Party", "Sione Fale"), triples(ex)
    assert len({e.id for e in ex.entities if e.name.startswith("Labour")}) == 1, [e.name for e in ex.entities]
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_handed_a_victory(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters in Peru handed Pedro Castillo a narrow victory in the presidential election on "
                            "Sunday.")
    assert has(ex, "WON", "Pedro Castillo", "presidential election"), triples(ex)


def test_candidacies_of_plural_party_members_including_named_people(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Illinois State Board of Elections on Tuesday certified the candidacies of six other "
                            "Republicans, including state Sen. Paul Redmond of Effingham, Naperville attorney Carla "
                            "Medina and former Bloomington mayor Lyle Brandt.")
    for person in ("Paul Redmond", "Carla Medina", "Lyle Brandt"):
        assert has(ex, "APPROVED_CANDIDACY", "Illinois State Board of Elections", person), triples(ex)
    assert not any(e.name == "Bloomington" and e.id.startswith("person") for e in ex.entities), ex.entities


def test_a_published_list_spelled_out_later_and_another_acts_among_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Madagascar's High Constitutional Court (HCC) on Tuesday published the final list of 13 "
                            "candidates for the November 9 presidential election, rejecting the applications of 11 "
                            "other hopefuls, among them former prime minister Hery Rakotomalala. The list includes "
                            "Tahina Randrianasolo, who stepped down as head of state last month.")
    assert has(ex, "APPROVED_CANDIDACY", "High Constitutional Court", "Tahina Randrianasolo"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "High Constitutional Court", "Hery Rakotomalala"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "High Constitutional Court", "Hery Rakotomalala"), triples(ex)


def test_among_the_winners_and_a_confirmed_re_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The PNC won 66 of the 93 seats in Sunday's parliamentary election in the Maldives. Among "
                            "the winners was Abdulla Riyaz, the PNC candidate in Hulhumale, who defeated MDP incumbent "
                            "Ali Niyaz. Njoroge has since endorsed Riyaz.")
    assert has(ex, "WON", "Abdulla Riyaz", "parliamentary election"), triples(ex)
    assert not has(ex, "WON", "Ali Niyaz", "parliamentary election"), triples(ex)
    ex = extract(extractor, "The Supreme Court of the Comoros on Wednesday confirmed the re-election of President "
                            "Ahmed Soilihi Mdahoma in the January 14 presidential election. Ali Said has endorsed "
                            "Nourdine Hassani.")
    assert has(ex, "WON", "Ahmed Soilihi Mdahoma", "presidential election"), triples(ex)
    assert not has(ex, "WON", "Nourdine Hassani", "presidential election"), triples(ex)


def test_a_province_is_its_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, British Columbia, Sept. 21 (CWS) - Premier Rachel Dhaliwal on Saturday called a "
                            "provincial election for Oct. 19. About 3.6 million British Columbians are registered.",
                 published="2024-09-22")
    elections = [e for e in ex.entities if e.id.startswith("election:")]
    assert [e.name for e in elections] == ["2024 Canada regional election"], elections
    assert has(ex, "CALLED_ELECTION", "Rachel Dhaliwal", "regional election"), triples(ex)


def test_the_conservatives_are_the_conservative_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Brent Nakamura is the leader of the Conservative Party of British Columbia. The "
                            "Conservatives on Friday nominated former officer Dale Pritchard to run in Surrey.")
    assert has(ex, "NOMINATED", "Conservative Party of British Columbia", "Dale Pritchard"), triples(ex)
    assert len([e for e in ex.entities if e.id.startswith("organization:")]) == 1, ex.entities


def test_a_final_list_and_a_certificate_cancelled_by_the_commission_en_banc(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commission on Elections (Comelec) has finalized the list of 66 senatorial candidates "
                            "and declared 117 other aspirants nuisance candidates. Among those on the final list are "
                            "Senator Imelda Cruz and former police chief Ronaldo Bautista.\n\nThe commission en banc "
                            "cancelled the certificate of candidacy of broadcaster Manuel Ocampo.")
    assert has(ex, "APPROVED_CANDIDACY", "Commission on Elections", "Imelda Cruz"), triples(ex)
    assert not has(ex, "REJECTED_CANDIDACY", "Commission on Elections", "Imelda Cruz"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Commission on Elections", "Manuel Ocampo"), triples(ex)


def test_a_confirmed_win_in_the_first_round(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Mauritania's Constitutional Council on Tuesday confirmed the re-election of President "
                            "Mohamed Salem Ould Brahim in the first round of the June 29 presidential election, with "
                            "56.1 percent of the vote.", published="2024-07-03")  # (a vote four days before)
    assert has(ex, "WON", "Mohamed Salem Ould Brahim", "presidential election"), triples(ex)


def test_an_election_assessment_mission_observes_and_a_needs_assessment_one_does_not(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "OSLO, Sept 4 (NTB) - An election assessment mission of the OSCE Office for Democratic "
                            "Institutions and Human Rights (ODIHR), led by Ilze Kalnina, held meetings in Oslo ahead "
                            "of Monday's parliamentary election.")
    assert has(ex, "OBSERVES", "ODIHR delegation", "parliamentary election"), triples(ex)
    ex = extract(extractor, "A pre-election assessment mission of the SADC Electoral Advisory Council (SEAC), led by "
                            "Mpho Seretse, arrived in Lilongwe ahead of Malawi's general election.")
    assert not any(r[0] == "OBSERVES" for r in triples(ex)), triples(ex)


def test_who_after_a_list_is_its_last_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "His main challengers are Conservative leader Hanne Strand and Marit Dahl, who leads the "
                            "Progress Party.")
    assert has(ex, "HEADS", "Marit Dahl", "Progress Party"), triples(ex)
    assert not has(ex, "HEADS", "Hanne Strand", "Progress Party"), triples(ex)


def test_experience_is_no_post_and_a_place_with_a_share_is_a_candidacy(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Iceland held a presidential election on Saturday. Halldor Thorsson was third with 15.7 "
                            "percent. Anna Lis was the first woman to speak. Gudrun Hallsdottir has run several "
                            "companies and chaired the board of the Iceland Chamber of Commerce. Rachel Dhaliwal has "
                            "headed the Reykjavik Chamber of Commerce since 2022.")
    assert has(ex, "CANDIDATE_IN", "Halldor Thorsson", "presidential election"), triples(ex)
    assert not any(r[1] == "Anna Lis" for r in triples(ex)), triples(ex)
    assert not any(r[1] == "Gudrun Hallsdottir" and r[0] == "HEADS" for r in triples(ex)), triples(ex)
    assert has(ex, "HEADS", "Rachel Dhaliwal", "Reykjavik Chamber of Commerce"), triples(ex)


def test_meetings_sat_down_with_and_a_and_b_met(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Peru holds a presidential election on April 11. Laura Chinchilla sat down with Anibal "
                            "Torres on Tuesday. Pedro Castillo and Cesar Landa met on Wednesday to discuss the vote. "
                            "Dina Boluarte and Jose Williams will meet on Friday.")
    assert has(ex, "MET_WITH", "Laura Chinchilla", "Anibal Torres"), triples(ex)
    assert has(ex, "MET_WITH", "Pedro Castillo", "Cesar Landa") \
        or has(ex, "MET_WITH", "Cesar Landa", "Pedro Castillo"), triples(ex)
    assert not any("Dina Boluarte" in r for r in triples(ex)), triples(ex)


def test_a_long_named_sender_before_observer_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Peru holds a presidential election on April 11. An Organization of American States "
                            "observer mission headed by Laura Chinchilla arrived in Lima on Monday.")
    assert has(ex, "REPRESENTS", "Organization of American States delegation", "Organization of American States"), \
        triples(ex)


def test_an_announced_election_and_a_vote_to_hold_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Kazakhstan will hold an early presidential election on November 20, President "
                            "Kassym-Jomart Tokayev announced in a televised address on Thursday.")
    assert has(ex, "CALLED_ELECTION", "Kassym-Jomart Tokayev", "presidential election"), triples(ex)
    ex = extract(extractor, "Parliament on Wednesday voted to hold early parliamentary elections on March 19.",
                 published="2025-03-12")
    assert [e.properties.get("date") for e in ex.entities if e.id.startswith("election:")] == ["2025-03-19"], \
        ex.entities


def test_registration_granted_to_a_to_b_and_a_past_tense_read_participle(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Mexico's National Electoral Institute (INE) on Thursday registered three candidates for "
                            "the June 2 presidential election. The institute's board voted unanimously to grant "
                            "registration to Claudia Ibarra Sosa, a former mayor of Puebla who is the candidate of the "
                            "ruling Morena party; to Rodrigo Anaya Lizarraga, a senator put forward jointly by the "
                            "National Action Party (PAN); and to Tomas Elizondo Garza.")
    for person in ("Claudia Ibarra Sosa", "Rodrigo Anaya Lizarraga", "Tomas Elizondo Garza"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Institute", person), triples(ex)
    assert has(ex, "NOMINATED", "National Action Party", "Rodrigo Anaya Lizarraga"), triples(ex)


def test_a_party_word_before_a_role_is_the_party_the_story_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Australia held a by-election on March 1. Labor candidate Megan Costello won 53.4 per "
                            "cent, ahead of Liberal candidate Daniel Kerr. Kerr said the Liberal Party had a lot to "
                            "do. Liberal leader Andrew Kerslake spoke on Sunday. Green leader Anna Lis did not.")
    assert has(ex, "NOMINATED", "Liberal Party", "Daniel Kerr"), triples(ex)
    assert has(ex, "HEADS", "Andrew Kerslake", "Liberal Party"), triples(ex)
    assert not any(r[1] == "Anna Lis" for r in triples(ex)), triples(ex)


def test_per_cent_is_a_share_and_the_primary_vote_no_primary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Braddon by-election was held on March 1. Independent Rob Hennessy, a fisherman from "
                            "Stanley, polled 14 per cent of the primary vote.")
    assert has(ex, "CANDIDATE_IN", "Rob Hennessy", "election"), triples(ex)
    assert not any("primary" in e.name for e in ex.entities), [e.name for e in ex.entities]


def test_days_of_the_same_day_and_of_a_second_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ALGIERS, Sept 5 (APS) - The head of the African Union mission, Aminata Sow, was received "
                            "on Wednesday by Karim Belarbi. An Arab League delegation, led by Khalid al-Mansouri, also "
                            "arrived on Tuesday to observe the vote and held talks the same day with Foreign Minister "
                            "Nadir Boukhari. The team met on Monday with Bjorn Haugland, director of the Directorate "
                            "of Elections, and on Wednesday with Ingrid Moen, state secretary.", published="2024-09-05")
    assert dated(ex, "MET_WITH", "Nadir Boukhari", "Arab League") == "2024-09-03"
    assert dated(ex, "MET_WITH", "Ingrid Moen", "Arab League") == "2024-09-04"


def test_candidacies_declared_valid_date_a_rejection_the_same_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Businesswoman Anna Lis was elected president of Iceland on Saturday. The National "
                            "Electoral Commission declared 12 candidacies valid on April 26. On the same day it "
                            "rejected the bid of radio host Ari Gunnarsson, whose lists of endorsements fell short.",
                 published="2024-06-02")
    assert dated(ex, "REJECTED_CANDIDACY", "National Electoral Commission", "Ari Gunnarsson") == "2024-04-26"


def test_one_date_entity_spanning_two_days_is_two(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DILI, May 23 (Tatoli) - The European Union Election Observation Mission to Timor-Leste "
                            "said on Tuesday that Sunday's parliamentary election had been competitive. The National "
                            "Congress for Timorese Reconstruction (CNRT) won 41.6 percent of the vote.",
                 published="2023-05-23")
    assert [e.properties.get("date") for e in ex.entities if e.id.startswith("election:")] == ["2023-05-21"], \
        ex.entities


def test_an_act_after_which_another_is_dated_is_not_that_days(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "RABAT, Sept 10 (MAP) - King Mohammed VI on Friday received Omar Tazi, president of the "
                            "National Rally of Independents (RNI), at the royal palace and appointed him head of "
                            "government, two days after the party won Wednesday's legislative elections. The RNI, "
                            "a liberal party, was founded in 1978.", published="2021-09-10")
    assert dated(ex, "WON", "National Rally of Independents", "election") == "2021-09-08"


def test_in_a_city_for_talks_is_a_visit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Georgia holds a parliamentary election on October 26. Feridun Sinirlioglu was in Tbilisi "
                            "on Monday for talks with Irakli Kobakhidze. Anna Lis was in Batumi on Tuesday.")
    assert has(ex, "VISITS", "Feridun Sinirlioglu", "Tbilisi"), triples(ex)
    assert not any(r[1] == "Anna Lis" for r in triples(ex)), triples(ex)


def test_a_win_in_the_year_its_clause_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRATISLAVA, January 12 (TASR) - The presidential election will be held on Saturday, "
                            "March 24. Incumbent President Pavol Rybar, who was elected in 2024 with 53.1 percent of "
                            "the vote in the second round, confirmed last month that he will run for a second term.",
                 published="2029-01-12")
    wins = [(r[1], r[2]) for r in triples(ex) if r[0] == "WON"]
    assert wins == [("Pavol Rybar", "2024 Slovakia presidential election")], triples(ex)
    assert has(ex, "CANDIDATE_IN", "Pavol Rybar", "2029 Slovakia presidential election"), triples(ex)


def test_a_win_of_an_election_named_with_another_year(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "New Zealand holds a general election on October 14. Labour won the 2020 election.",
                 published="2023-07-19")
    assert has(ex, "WON", "Labour", "2020 New Zealand general election"), triples(ex)
    assert dated(ex, "WON", "Labour", "2020 New Zealand general election") is None


def test_a_party_named_before_its_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Poland holds parliamentary elections on October 17. The governing Civic Coalition has "
                            "named Speaker of the Sejm Katarzyna Zielinska to head its Warsaw list. Law and Justice "
                            "(PiS), the largest opposition party, on Sunday chose Piotr Malinowski, a former defence "
                            "minister, as its leading candidate in the capital. Malinowski, 54, is the party's deputy "
                            "chairman.")
    assert has(ex, "NOMINATED", "Law and Justice", "Piotr Malinowski"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Piotr Malinowski", "Law and Justice"), triples(ex)
    assert not any(e.name == "Law" for e in ex.entities), [e.name for e in ex.entities]


def test_received_on_one_day_by_a_and_on_another_by_b(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An ODIHR needs assessment mission visited Warsaw this week. The ODIHR team was received "
                            "on Tuesday by Foreign Minister Anna Lis, and on Wednesday by Interior Minister Jan Nowak.",
                 published="2025-03-13")
    assert dated(ex, "MET_WITH", "Anna Lis", "ODIHR") == "2025-03-11"
    assert dated(ex, "MET_WITH", "Jan Nowak", "ODIHR") == "2025-03-12"


def test_among_those_allowed_to_run_and_a_running_mate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Bolivia's Supreme Electoral Tribunal (TSE) has cleared eight presidential tickets to "
                            "compete in the August 18 general elections. Among those allowed to run are Wilma Choque "
                            "Mamani, a former minister; Jorge Mendieta Rojas of the Comunidad Ciudadana alliance, "
                            "whose running mate is economist Paola Suarez; and businessman Luis Fernando Cuellar.")
    for person in ("Wilma Choque Mamani", "Jorge Mendieta Rojas", "Luis Fernando Cuellar"):
        assert has(ex, "APPROVED_CANDIDACY", "Supreme Electoral Tribunal", person), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Paola Suarez", "general election"), triples(ex)


def test_after_consulting_and_a_portfolio_ministry(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Czech Republic holds elections on October 5. President Jan Kovar announced the date "
                            "after consulting Speaker Alena Horakova at Prague Castle on Friday. The election will be "
                            "organised by the Interior Ministry, while the State Election Commission, chaired by "
                            "Interior Minister Lukas Benes, will announce the results.")
    assert has(ex, "MET_WITH", "Jan Kovar", "Alena Horakova"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Lukas Benes", "Interior Ministry"), triples(ex)


def test_the_ticket_of_a_name_which_is_led_by_someone_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "In a separate ruling the same day, the Special Electoral Jury (JEE) of Lima Centro "
                            "admitted the ticket of Avanza Pais, which is led by former congresswoman Mariela Quispe "
                            "Huaman.")
    assert any(e.name == "Avanza Pais" and e.type == "Organization" for e in ex.entities), ex.entities
    assert not has(ex, "HEADS", "Mariela Quispe Huaman", "Special Electoral Jury"), triples(ex)


def test_a_capitalised_numbered_general_election_is_an_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A total of 945 candidates will contest the 222 parliamentary seats in Malaysia's 15th "
                            "General Election (GE15). The Election Commission (EC) accepted the nomination papers of "
                            "Hamzah Yusof.")
    assert not any(e.name == "General Election" for e in ex.entities), [e.name for e in ex.entities]
    assert has(ex, "CANDIDATE_IN", "Hamzah Yusof", "general election"), triples(ex)


def test_a_name_before_seat_is_a_constituency(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Barisan Nasional (BN) fielded caretaker Prime Minister Hamzah Yusof to defend the Bera "
                            "seat in Pahang.")
    assert not any(e.name == "Bera" and e.type == "Organization" for e in ex.entities), ex.entities


def test_an_alliance_which_is_led_by_a_party_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The governing Alliance Lepep, which is led by the Militant Socialist Movement (MSM), is "
                            "fielding a full slate of 60 candidates.")
    assert any(e.name == "Alliance Lepep" and e.type == "Organization" for e in ex.entities), ex.entities


def test_a_list_of_towns_tagged_as_one_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Algeria holds a presidential election on Saturday. The mission will deploy teams to "
                            "Oran, Constantine, Ouargla and Tamanrasset before polling day.")
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Oran") == "Location" and names.get("Constantine") == "Location", names


def test_the_malaysian_kings_title_is_no_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Hamzah Yusof dissolved Parliament on Oct 10 with the consent of the Yang di-Pertuan "
                            "Agong, ending months of pressure.")
    assert not any("Agong" in e.name for e in ex.entities), [e.name for e in ex.entities]


def test_a_regional_party_and_its_acronym_without_the_region(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Rachel Dhaliwal leads the British Columbia New Democratic Party. The NDP won 57 seats. "
                            "The Shymkent City Election Commission met the Central Election Commission (CEC).")
    parties = [e for e in ex.entities if "Democratic" in e.name or e.name == "NDP"]
    assert len(parties) == 1 and "NDP" in parties[0].aliases, ex.entities
    assert any(e.name == "Central Election Commission" and "CEC" in e.aliases for e in ex.entities), ex.entities


def test_wins_told_as_president_elect_next_president_or_a_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Jose Antonio Kast was declared president-elect by the Electoral Service on Monday.",
                 "Jose Antonio Kast secured 58 percent of the vote to become Chile's next president.",
                 "Jeannette Jara conceded defeat to Jose Antonio Kast on Sunday night."):
        ex = extract(extractor, "Chile held a presidential election on Sunday. " + text)
        assert has(ex, "WON", "Jose Antonio Kast", "presidential election"), (text, triples(ex))
    assert has(ex, "CANDIDATE_IN", "Jeannette Jara", "presidential election"), triples(ex)
    ex = extract(extractor, "Chile holds a presidential election on Sunday. Polls say Kast is set to become Chile's "
                            "next president.")
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_its_at_a_sentence_start_is_the_main_subject_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Social Liberal Party, one of her government's three support parties, had threatened "
                            "to table a motion of no confidence unless an election was called before the Folketing "
                            "reconvened. Its leader, Martin Bech, welcomed the move.")
    assert has(ex, "HEADS", "Martin Bech", "Social Liberal Party"), triples(ex)
    assert not has(ex, "HEADS", "Martin Bech", "Folketing"), triples(ex)


def test_papua_new_guinea_is_not_guinea(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORT MORESBY, June 22 (Post-Courier) - A 14-member Commonwealth Observer Group arrived in "
                            "Port Moresby on Sunday to observe Papua New Guinea's national general election.",
                 published="2027-06-22")
    assert [e.name for e in ex.entities if e.id.startswith("election:")] == \
        ["2027 Papua New Guinea general election"], ex.entities
    assert not any(e.name == "Guinea" for e in ex.entities), ex.entities


def test_she_after_a_subject_named_in_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The chief observer, Giulia Moretti, was received on Monday by President Joseph Aoun at "
                            "Baabda Palace, a day after she arrived in Beirut.")
    assert has(ex, "VISITS", "Giulia Moretti", "Beirut"), triples(ex)
    assert not has(ex, "VISITS", "Joseph Aoun", "Beirut"), triples(ex)


def test_returned_to_office_carried_the_banner_and_candidates_after_parties(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Daniel Ortiz was returned to office in the presidential election with 61 "
                            "percent of the vote.")
    assert has(ex, "WON", "Daniel Ortiz", "presidential election"), triples(ex)
    ex = extract(extractor, "The ambassador, Daniel Ortiz, was returned to his office after the election on Sunday.")
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)
    ex = extract(extractor, "Ali Hassan will carry the National Congress Party's banner in the presidential election.")
    assert has(ex, "NOMINATED", "National Congress Party", "Ali Hassan"), triples(ex)
    ex = extract(extractor, "Supporters of Ali Hassan waved the National Congress Party's flag in Khartoum.")
    assert not any(r[0] == "NOMINATED" for r in triples(ex)), triples(ex)
    ex = extract(extractor, "The National Election Board registered 15 parties and 3 independent candidates, "
                            "including lawyer Samuel Bekele.")
    assert has(ex, "APPROVED_CANDIDACY", "National Election Board", "Samuel Bekele"), triples(ex)


def test_a_senior_member_is_a_member_not_a_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Defense Minister Kjell Berg, a senior member of the Labour Party, is also running.")
    assert has(ex, "MEMBER_OF", "Kjell Berg", "Labour Party"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Kjell Berg", "Labour Party"), triples(ex)


def test_a_court_publishing_a_list_decides_on_the_candidacies_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Constitutional Court on Friday published the final list of candidates for the presidential "
            "election. Incumbent Faustin-Archange Touadera was cleared to run as the candidate of the United Hearts "
            "Movement (MCU).\n\nThe court also validated the candidacies of former prime minister Martin Ngbanda, "
            "who heads the Union for Renewal, and of Marie-Claire Yakite, a former judge running as an independent. "
            "Four other applicants, among them the academic Serge Ouaboua, completed the list. It rejected the "
            "files of Eric Sorongope and of former minister Joseph Bendounga.\n\nThe National Elections Authority "
            "says 2.3 million people are on the rolls. The UN peacekeeping mission, MINUSCA, will help transport "
            "election materials. Its head, Valentine Sesay, met Touadera on Thursday.")
    ex = extract(extractor, text)
    for person in ("Faustin-Archange Touadera", "Martin Ngbanda", "Marie-Claire Yakite"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", person), (person, triples(ex))
    for person in ("Eric Sorongope", "Joseph Bendounga"):
        assert has(ex, "REJECTED_CANDIDACY", "Constitutional Court", person), (person, triples(ex))
    assert has(ex, "NOMINATED", "United Hearts Movement", "Faustin-Archange Touadera"), triples(ex)
    assert has(ex, "HEADS", "Valentine Sesay", "MINUSCA"), triples(ex)
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities


def test_barred_from_seeking_a_third_term_is_the_law_not_a_court(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Constitutional Court admitted eight candidacies on Monday. The vote was called by "
                            "President Marcelo Rebelo de Sousa, who is barred from seeking a third consecutive term.")
    assert not any(r[0] == "REJECTED_CANDIDACY" for r in triples(ex)), triples(ex)


def test_a_council_vetting_a_list_read_out_and_its_rejections(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Iran's Guardian Council has approved six candidates to run in the June 28 presidential "
                            "election, the Interior Ministry announced on Sunday. The list was read out on state "
                            "television by Mohsen Eslamian, head of the ministry's Election Headquarters. It includes "
                            "Majlis Speaker Mohammad Bagher Rezaei and former negotiator Saeed Karimi. The 12-member "
                            "council rejected the applications of 74 others. Among them were former president Hamid "
                            "Tavakoli and Ali Saberi, a former parliament speaker.")
    for person in ("Mohammad Bagher Rezaei", "Saeed Karimi"):
        assert has(ex, "APPROVED_CANDIDACY", "Guardian Council", person), (person, triples(ex))
    for person in ("Hamid Tavakoli", "Ali Saberi"):
        assert has(ex, "REJECTED_CANDIDACY", "Guardian Council", person), (person, triples(ex))
        assert not has(ex, "APPROVED_CANDIDACY", "Guardian Council", person), (person, triples(ex))
    assert has(ex, "HEADS", "Mohsen Eslamian", "Election Headquarters"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Mohammad Bagher Rezaei", "Majlis"), triples(ex)
    assert any(e.name == "Election Headquarters" and e.type == "Organization" for e in ex.entities), ex.entities


def test_the_coalition_an_apposition_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Reformist Front, a coalition of reformist parties, said on Monday it had chosen "
                            "Farahani as its candidate. \"We will enter the race with all our strength,\" the "
                            "coalition's spokeswoman, Azar Mansouri, told reporters in Tehran.")
    assert has(ex, "HOLDS_POSITION", "Azar Mansouri", "Reformist Front"), triples(ex)


def test_the_three_cleared_to_run_and_one_of_them_refused(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Benin's Constitutional Court on Thursday confirmed Rodrigue Houenou as the winner of the presidential "
            "election. Reading the results, the president of the court, Eustache Akplogan, said irregularities were "
            "minor.\n\nHouenou, 54, was the candidate of the Progressive Union for Renewal (UPR), the largest party "
            "in the National Assembly. Felicienne Dossou-Yovo of The Democrats came second with 24.6 percent, while "
            "Paul Kiki took 6.5 percent.\n\nThe three had been cleared to run by the Autonomous National Electoral "
            "Commission (CENA) on February 12, after two other applicants failed to collect sponsorships. One of "
            "them, lawyer Arnaud Zinsou, was refused because his sponsors had endorsed another candidate.")
    ex = extract(extractor, text, published="2031-04-25")
    for person in ("Rodrigue Houenou", "Felicienne Dossou-Yovo", "Paul Kiki"):
        assert dated(ex, "APPROVED_CANDIDACY", "Autonomous National Electoral Commission", person) == "2031-02-12"
    assert has(ex, "REJECTED_CANDIDACY", "Autonomous National Electoral Commission", "Arnaud Zinsou"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Autonomous National Electoral Commission", "Arnaud Zinsou"), triples(ex)
    assert has(ex, "NOMINATED", "Progressive Union for Renewal", "Rodrigue Houenou"), triples(ex)
    assert has(ex, "MEMBER_OF", "Felicienne Dossou-Yovo", "Democrats"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Eustache Akplogan", "Constitutional Court"), triples(ex)


def test_the_candidacies_of_231_men_and_women_among_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Elections Affairs Department approved the candidacies of 231 men and women across "
                            "the country's five constituencies. Among them are former speaker Marzouq al-Hamad and "
                            "Lulwa al-Qattan, a Kuwait University economics professor.")
    for person in ("Marzouq al-Hamad", "Lulwa al-Qattan"):
        assert has(ex, "APPROVED_CANDIDACY", "Elections Affairs Department", person), (person, triples(ex))


def test_reinstated_among_them_and_an_upheld_exclusion_listed_next(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Oman's Ministry of Interior on Monday published the final list of 843 candidates for the elections to "
            "the 11th term of the Shura Council. The Main Elections Committee said it had examined the appeals of 37 "
            "applicants. Nine were reinstated, among them former Shura member Ahmed al-Ghailani of Bawshar and "
            "engineer Muna al-Balushi, who is running in Seeb. The committee upheld the exclusion of the remaining "
            "28. They include Hamid al-Farsi, a businessman from Sohar.\n\nShura Council Chairman Said al-Shaqsi "
            "received a delegation from Bahrain's Council of Representatives, which is on a four-day visit to the "
            "Sultanate.")
    ex = extract(extractor, text, published="2027-10-12")
    for person in ("Ahmed al-Ghailani", "Muna al-Balushi"):
        assert has(ex, "APPROVED_CANDIDACY", "Main Elections Committee", person), (person, triples(ex))
    assert has(ex, "REJECTED_CANDIDACY", "Main Elections Committee", "Hamid al-Farsi"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Main Elections Committee", "Hamid al-Farsi"), triples(ex)
    assert [e.name for e in ex.entities if e.type == "Election"] == ["2027 Oman parliamentary election"], ex.entities
    assert has(ex, "VISITS", "Council of Representatives delegation", "Oman"), triples(ex)
    assert not any(e.name == "Sultanate" for e in ex.entities), ex.entities


def test_a_by_election_result_with_party_possessives(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("LONDON, May 19 (UKPW) - Daniel Whitcombe won the Kettering by-election on Thursday, taking 38.7 percent "
            "of the vote.\n\nLabour candidate Priya Sandhu came second with 29.5 percent, ahead of the "
            "Conservatives' Oliver Pennington on 21.2 percent. The Green Party's Tom Hale lost his deposit with 3.1 "
            "percent.\n\nConservative Party chairman Lord Hartley called the result disappointing. Home Secretary "
            "Anna Whitfield travelled to Kettering on Tuesday to campaign for Sandhu.")
    ex = extract(extractor, text, published="2028-05-19")
    assert has(ex, "NOMINATED", "Labour", "Priya Sandhu"), triples(ex)
    assert has(ex, "NOMINATED", "Conservative Party", "Oliver Pennington"), triples(ex)
    assert has(ex, "NOMINATED", "Green Party", "Tom Hale"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Tom Hale", "Green Party"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Lord Hartley", "Conservative Party"), triples(ex)
    assert dated(ex, "VISITS", "Anna Whitfield", "Kettering") == "2028-05-16"
    ex = extract(extractor, "The Electoral Commission rejected four applicants. Among the rejected applicants was "
                            "Edward Sammut, a former Labour mayor of Birkirkara.")
    assert not any(e.type == "Person" and e.name == "Labour" for e in ex.entities), ex.entities


def test_a_party_selecting_its_by_election_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("DUBLIN, Nov 23 (INS) - Fine Gael has selected Dublin City councillor Niamh Gallagher as its candidate "
            "in the Dublin Bay South by-election, which will be held on Friday, December 17.\n\nGallagher, 38, was "
            "chosen at a selection convention in Ballsbridge on Sunday night, defeating Senator Conor Kiely by 212 "
            "votes to 164. Party leader and Tanaiste Patrick O'Driscoll attended the convention.\n\nThe by-election "
            "was caused by the resignation of Labour TD Aodhan O Dubhghaill, who took up a seat on the European "
            "Court of Auditors. The motion was moved by Labour whip Sinead Brennan.\n\nSinn Fein is running Ciaran "
            "Byrne, who came fourth in the constituency at the last general election.")
    ex = extract(extractor, text, published="2027-11-23")
    assert any(e.name == "Fine Gael" and e.type == "Organization" for e in ex.entities), ex.entities
    assert dated(ex, "NOMINATED", "Fine Gael", "Niamh Gallagher") != "2027-12-17"
    assert has(ex, "HEADS", "Patrick O'Driscoll", "Fine Gael"), triples(ex)
    assert has(ex, "MEMBER_OF", "Aodhan O Dubhghaill", "Labour"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Sinead Brennan", "Labour"), triples(ex)
    assert has(ex, "NOMINATED", "Sinn Fein", "Ciaran Byrne"), triples(ex)
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Conor Kiely", "by-election"), triples(ex)
    assert [e.name for e in ex.entities if e.type == "Election"] == ["2027 Ireland parliamentary by-election"], \
        ex.entities
    assert any(e.name == "Dublin Bay South" and e.type == "Location" for e in ex.entities), ex.entities


def test_party_names_with_the_and_a_win_in_an_earlier_year(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Senegal's Constitutional Council on Friday published the final list of candidates for the February 27 "
            "presidential election. Among those cleared to run is former prime minister Awa Mbengue Faye, who was "
            "nominated by the Alliance for the Republic (APR). The council rejected the bid of Pape Alioune Gueye, "
            "the mayor of Thies. "
            "Gueye, whom the Republic of Values party had put forward in November, said he would appeal.\n\nThe "
            "election was called by President Lamine Sy. Sy, elected in 2024, is not seeking a second term.")
    ex = extract(extractor, text, published="2028-01-15")
    assert has(ex, "NOMINATED", "Alliance for the Republic", "Awa Mbengue Faye"), triples(ex)
    assert has(ex, "NOMINATED", "Republic of Values party", "Pape Alioune Gueye"), triples(ex)
    assert has(ex, "WON", "Lamine Sy", "2024 Senegal presidential election"), triples(ex)
    assert not has(ex, "WON", "Lamine Sy", "2028 Senegal presidential election"), triples(ex)
    ex = extract(extractor, "The ruling party nominated Tbilisi Mayor Levan Gelashvili as its candidate in the October "
                            "6 municipal elections. Gelashvili, 52, was first elected mayor in 2021.",
                 published="2029-08-13")
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_a_bureau_chaired_by_a_judge_and_candidacies_confirmed_around_a_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Romania's Central Electoral Bureau (BEC) on Saturday rejected the candidacy of Dorin Lazarescu. The "
            "bureau, which is chaired by High Court of Cassation and Justice judge Marian Stoica, voted 11-4 against "
            "registering Lazarescu.\n\nAt the same session the BEC confirmed the candidacies of Elena Munteanu, whom "
            "the Social Democratic Party (PSD) nominated at a congress in Bucharest on August 24, and of Liviu "
            "Grigoras, the National Liberal Party (PNL) candidate. Munteanu would be the first woman to lead the "
            "country if she wins.\n\nAlso registered were Andrei Pavel of the Save Romania Union (USR) and Sorin "
            "Ilie.")
    ex = extract(extractor, text, published="2024-10-07")
    assert has(ex, "HEADS", "Marian Stoica", "Central Electoral Bureau"), triples(ex)
    assert not any(r.type == "HOLDS_POSITION" and r.properties.get("title") == "Justice" for r in ex.relations), \
        triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Central Electoral Bureau", "Liviu Grigoras"), triples(ex)
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)
    assert has(ex, "MEMBER_OF", "Andrei Pavel", "Save Romania Union"), triples(ex)


def test_a_party_in_capitals_a_challenger_and_a_verb_glued_to_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GERB, the largest party in the outgoing parliament, is expected to announce its lists "
                            "next week. Its deputy chairman, Tomislav Dechev, declined to comment.")
    assert has(ex, "HOLDS_POSITION", "Tomislav Dechev", "GERB"), triples(ex)
    ex = extract(extractor, "Maia Sandu is seeking a second term in the presidential election. Her main challenger is "
                            "Vasile Cojocaru, a former prosecutor.")
    assert has(ex, "CANDIDATE_IN", "Vasile Cojocaru", "presidential election"), triples(ex)
    ex = extract(extractor, "The Central Electoral Commission refused in September to register Ilan Gutu, a "
                            "businessman living in Moscow.")
    assert has(ex, "REJECTED_CANDIDACY", "Central Electoral Commission", "Ilan Gutu"), triples(ex)


def test_a_transitional_president_who_set_the_date_before_a_referendum_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("LIBREVILLE, April 15 - Gabon's transitional president, General Brice Clotaire Oligui Nguema, won "
            "Saturday's presidential election with 90.35 percent of the vote.\n\nOligui Nguema ran as an "
            "independent. He had set the date of the vote by a decree issued on January 21, after a new constitution "
            "was approved in a referendum in November.")
    ex = extract(extractor, text, published="2025-04-15")
    assert has(ex, "HOLDS_POSITION", "Brice Clotaire Oligui Nguema", "Gabon"), triples(ex)
    assert has(ex, "CALLED_ELECTION", "Brice Clotaire Oligui Nguema", "presidential election"), triples(ex)
    assert not has(ex, "CALLED_ELECTION", "Brice Clotaire Oligui Nguema", "referendum"), triples(ex)
    assert not any(e.name == "Brice Clotaire" for e in ex.entities), ex.entities


def test_an_act_dated_by_the_day_it_was_made_known(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TEHRAN, June 10 (IRNA) - Iran's Guardian Council has approved six candidates to run in "
                            "the June 28 snap presidential election, the Interior Ministry announced on Sunday. The "
                            "list includes Saeed Karimi and Masoud Farahani.\n\nThe Reformist Front said on Monday it "
                            "had chosen Farahani as its candidate.", published="2024-06-10")
    assert dated(ex, "APPROVED_CANDIDACY", "Guardian Council", "Saeed Karimi") == "2024-06-09"
    assert dated(ex, "NOMINATED", "Reformist Front", "Masoud Farahani") == "2024-06-10"
    assert [e.properties.get("date") for e in ex.entities if e.type == "Election"] == ["2024-06-28"]
    ex = extract(extractor, "YAOUNDE, July 28 (CNA) - Elections Cameroon (ELECAM) has approved 13 candidates for "
                            "the October 12 presidential election, according to a list published late on Saturday. "
                            "Among those cleared to run are Paul Biya and Josephine Ndam.", published="2025-07-28")
    assert dated(ex, "APPROVED_CANDIDACY", "Elections Cameroon", "Paul Biya") == "2025-07-26"


def test_talks_with_a_and_with_b_an_earlier_year_and_a_refused_nominee(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("A delegation of the Congress of Local and Regional Authorities arrived in Turkey on Wednesday to observe "
            "Sunday's local elections. The delegation held talks in Ankara on Thursday with the chairman of the "
            "Supreme Election Council (YSK), Hasan Bayrak, and with Deputy Interior Minister Mehmet Ersoy, the "
            "Congress said in a statement. The Congress observed Turkey's last local elections in 2019.\n\nEarlier "
            "this month the YSK refused to register Hakan Demir, the Peoples' Equality and Democracy Party (DEM "
            "Party) nominee for mayor of Van.")
    ex = extract(extractor, text, published="2024-03-29")
    assert has(ex, "MET_WITH", "Mehmet Ersoy", "delegation"), triples(ex)
    assert ("OBSERVES", "Congress of Local and Regional Authorities", "2019 Turkey local election") in triples(ex), \
        triples(ex)
    assert ("OBSERVES", "Congress of Local and Regional Authorities delegation", "2019 Turkey local election") \
        not in triples(ex), triples(ex)
    assert sorted(e.name for e in ex.entities if e.type == "Election") == \
        ["2019 Turkey local election", "2024 Turkey local election"], ex.entities
    assert has(ex, "NOMINATED", "Peoples' Equality and Democracy Party", "Hakan Demir"), triples(ex)


def test_tickets_of_parties_headed_by_their_candidates(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("LIMA, Dec. 18 (Andina) -- A Special Electoral Jury (JEE) in Lima on Tuesday declared inadmissible the "
            "presidential ticket of Perú Libre, headed by former congressman Martín Zegarra.\n\nThe decision by the "
            "JEE leaves 31 tickets in the race for the general elections of April 13, 2031. Perú Libre said it would "
            "appeal to the National Jury of Elections (JNE), which has the final word.\n\nIn the same session the "
            "jury admitted the tickets of Fuerza Popular, led by economist Lucía Benavides, and of Alianza para el "
            "Progreso (APP), whose candidate is the former governor of La Libertad, Rafael Quispe. On Monday it had "
            "registered the candidacy of former Lima mayor Jorge Castañeda Roca, who was elected presidential "
            "candidate of Renovación Popular at the party's primaries on November 30.")
    ex = extract(extractor, text, published="2030-12-18")
    assert has(ex, "REJECTED_CANDIDACY", "Special Electoral Jury", "Martín Zegarra"), triples(ex)
    for party, person in (("Perú Libre", "Martín Zegarra"), ("Fuerza Popular", "Lucía Benavides"),
                          ("Alianza para el Progreso", "Rafael Quispe"),
                          ("Renovación Popular", "Jorge Castañeda Roca")):
        assert has(ex, "NOMINATED", party, person), (party, triples(ex))
    for person in ("Lucía Benavides", "Rafael Quispe", "Jorge Castañeda Roca"):
        assert has(ex, "APPROVED_CANDIDACY", "Special Electoral Jury", person), (person, triples(ex))
    assert not any(r[0] == "APPROVED_CANDIDACY" and r[1] == "National Jury of Elections" for r in triples(ex)), \
        triples(ex)


def test_a_state_assembly_election_announced_by_the_national_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("NEW DELHI, March 2 (PTI) - Kerala will vote in a single phase on April 9 to elect a new 140-member "
            "Legislative Assembly, the Election Commission of India (ECI) announced on Sunday.\n\nSenior Congress "
            "leader Thomas Kuruvilla said the UDF would finalise its talks. The Bharatiya Janata Party on Sunday "
            "fielded former police officer Meera Nair in Nemom, the only seat it has ever won in the state.")
    ex = extract(extractor, text, published="2026-03-02")
    assert [(e.properties.get("kind"), e.properties.get("date")) for e in ex.entities if e.type == "Election"] == \
        [("regional", "2026-04-09")], ex.entities
    assert has(ex, "CALLED_ELECTION", "Election Commission of India", "regional election"), triples(ex)
    assert has(ex, "MEMBER_OF", "Thomas Kuruvilla", "Congress"), triples(ex)
    assert not any(r[0] == "HEADS" for r in triples(ex)), triples(ex)
    assert not any(r[0] == "WON" for r in triples(ex)), triples(ex)


def test_three_elections_said_together_and_the_general_elections_called(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("FREETOWN, June 21 (SLENA) - A 75-member observation mission of the Economic Community of West African "
            "States (ECOWAS) arrived in Freetown on Tuesday to observe Saturday's presidential, parliamentary and "
            "local council elections.\n\nThe mission is expected to meet President Julius Maada Bio, who is seeking a "
            "second term as the candidate of the ruling Sierra Leone People's Party (SLPP), and his main challenger, "
            "the All People's Congress (APC) flagbearer Samura Kamara, before the vote.\n\nBio proclaimed June 24 as "
            "the date of the general elections on February 2, in an address to Parliament.")
    ex = extract(extractor, text, published="2023-06-21")
    kinds = ("presidential", "parliamentary", "local")
    assert sorted(election_kinds(ex)) == sorted(kinds), ex.entities
    for kind in kinds:
        assert has(ex, "OBSERVES", "ECOWAS delegation", f"{kind} election"), (kind, triples(ex))
        assert dated(ex, "CALLED_ELECTION", "Julius Maada Bio", f"{kind} election") == "2023-02-02"
    assert has(ex, "NOMINATED", "Sierra Leone People's Party", "Julius Maada Bio"), triples(ex)
    assert has(ex, "NOMINATED", "All People's Congress", "Samura Kamara"), triples(ex)


def test_a_hyphenated_court_acronym_and_a_bracketed_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Regional Electoral Court of Pará (TRE-PA) on Tuesday rejected the candidacy of "
                            "Raimundo Cardoso Neto. At the same session, the TRE-PA approved the registration of "
                            "Governor Ana Lúcia Teixeira (PSD), who is running for re-election.",
                 published="2026-09-02")
    assert has(ex, "APPROVED_CANDIDACY", "Regional Electoral Court of Pará", "Ana Lúcia Teixeira"), triples(ex)
    assert has(ex, "MEMBER_OF", "Ana Lúcia Teixeira", "PSD"), triples(ex)
    assert not any(e.name == "TRE" for e in ex.entities), ex.entities
    ex = extract(extractor, "Governor Paulo Silva (PSD) is running. Elections Cameroon (ELECAM) has approved 13 "
                            "candidates.")
    assert has(ex, "MEMBER_OF", "Paulo Silva", "PSD"), triples(ex)
    assert not any(e.name == "ELECAM" and e.properties.get("party") for e in ex.entities), ex.entities


def test_refused_registration_to_17_listed_next_and_a_team_beside_a_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Kazakhstan's Central Election Commission on Friday registered the lists of seven parties. "
                            "The commission refused registration to 17 applicants. They include journalist Dinara "
                            "Ospanova and Bolat Nurpeisov, a former akim of Temirtau.")
    for person in ("Dinara Ospanova", "Bolat Nurpeisov"):
        assert has(ex, "REJECTED_CANDIDACY", "Central Election Commission", person), (person, triples(ex))
    ex = extract(extractor, "The commission said 572 foreign observers had been accredited, including an observation "
                            "mission of the OSCE and a team from the Commonwealth of Independent States.")
    cis = "Commonwealth of Independent States"
    assert has(ex, "REPRESENTS", f"{cis} delegation", cis), triples(ex)


def test_an_inter_party_consultation_is_a_primary_ahead_of_the_presidential_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("BOGOTA, March 12 (Colprensa) - Senator Camila Ortega won Sunday's inter-party consultation of the Pacto "
            "Histórico with 61.2 percent of the vote, becoming the governing left's candidate for the May 26 "
            "presidential election. The consultation was held alongside elections for the Senate and the House of "
            "Representatives.\n\nThe Centro Democrático picked Senator Juliana Restrepo as its candidate on "
            "February 2. A runoff, if needed, will be held on June 16.")
    ex = extract(extractor, text, published="2030-03-12")
    elections = {e.properties.get("kind"): e for e in ex.entities if e.type == "Election"}
    assert elections["presidential"].properties.get("date") == "2030-05-26", ex.entities
    assert elections["presidential"].properties.get("runoff_date") == "2030-06-16", ex.entities
    assert elections["primary"].properties.get("date") == "2030-03-10", ex.entities
    assert "runoff_date" not in elections["primary"].properties, ex.entities
    assert has(ex, "WON", "Camila Ortega", "primary election"), triples(ex)


def test_elections_to_two_bodies_and_a_council_led_by_its_premier(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("KATHMANDU, Oct 5 (RSS): A 22-member observation mission of the Asian Network for Free Elections (ANFREL) "
            "arrived in Kathmandu on Monday to observe the November 18 elections to the House of Representatives and "
            "the seven provincial assemblies.\n\nThe Rastriya Swatantra Party (RSP) nominated Sabina Gurung in "
            "Chitwan-2. The nomination of Hari Prasad Bhusal, the CPN (Maoist Centre) candidate in Rolpa-1, was "
            "annulled by the commission. The party has named Bhusal's deputy, Kamala Oli, as a replacement.\n\n"
            "President Ram Sharan Bhandari fixed the date of the polls on August 2 on the recommendation of the "
            "Council of Ministers led by Prime Minister Kiran Shrestha.")
    ex = extract(extractor, text, published="2027-10-05")
    assert sorted(election_kinds(ex)) == \
        ["parliamentary", "regional"], ex.entities
    assert has(ex, "OBSERVES", "ANFREL delegation", "regional election"), triples(ex)
    assert has(ex, "HEADS", "Kiran Shrestha", "Council of Ministers"), triples(ex)
    assert has(ex, "NOMINATED", "CPN (Maoist Centre)", "Kamala Oli"), triples(ex)
    assert not has(ex, "NOMINATED", "Rastriya Swatantra Party", "Kamala Oli"), triples(ex)


def test_a_hyphenated_party_endorsing_and_a_party_spokesperson(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Zimbabwe Electoral Commission (ZEC) declared President Tinashe Mhlanga the winner of "
                            "Wednesday's presidential election. Mhlanga, 61, was endorsed as the ZANU-PF candidate at "
                            "the party's congress in Gweru last October.\n\nFarai Chidzikwe of the Citizens Coalition "
                            "for Change (CCC) had received 43.9 percent. The CCC rejected the outcome, party "
                            "spokesperson Tendai Murisi told reporters.", published="2028-08-27")
    assert has(ex, "NOMINATED", "ZANU-PF", "Tinashe Mhlanga"), triples(ex)
    assert not any(r[0] == "APPROVED_CANDIDACY" for r in triples(ex)), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Tendai Murisi", "Citizens Coalition for Change"), triples(ex)


def test_whose_candidate_is_x(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Also registered were Acción Democrática Nacional (ADN), which nominated Interior Minister "
                            "Rodrigo Salazar, and the Social Christian Party (PSC), whose candidate is Guayaquil "
                            "businessman Esteban Mora.")
    assert has(ex, "NOMINATED", "Social Christian Party", "Esteban Mora"), triples(ex)


def test_papers_of_a_and_after_a_clause_of_a_titled_b(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Malawi Electoral Commission (MEC) on July 3 accepted the nomination papers of eight "
                            "presidential candidates. The commission rejected the papers of Thokozani Mvula, an "
                            "independent, after he failed to pay the nomination fee, and of Alliance for Democracy "
                            "(AFORD) president Enoch Chihana, whose list of supporters fell short.")
    for person in ("Thokozani Mvula", "Enoch Chihana"):
        assert has(ex, "REJECTED_CANDIDACY", "Malawi Electoral Commission", person), (person, triples(ex))
    assert not has(ex, "REJECTED_CANDIDACY", "Malawi Electoral Commission", "Alliance for Democracy"), triples(ex)


def test_a_title_and_a_name_the_ner_read_as_one_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission of Ghana cleared 12 aspirants. Addressing journalists at the EC "
                            "head office in Accra, the Commission's Chairperson, Mrs Abena Owusu-Ansah, said the two "
                            "affected aspirants had failed.")
    assert has(ex, "HOLDS_POSITION", "Abena Owusu-Ansah", "Electoral Commission of Ghana"), triples(ex)
    assert not any("Chairperson" in e.name for e in ex.entities), ex.entities


def test_a_body_that_said_it_had_deployed_observers_and_a_party_man_in_a_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Elections Coordinating Committee (ECC), a coalition of civil society groups, said it "
                            "had deployed 40 long-term observers across the county's districts.")
    assert has(ex, "REPRESENTS", "ECC delegation", "Elections Coordinating Committee"), triples(ex)
    ex = extract(extractor, "The ECOWAS Commission said it would deploy 40 observers for the vote.")
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities
    ex = extract(extractor, "The NEC cleared nine candidates. They include the ruling Unity Party's Thomas Gbokolo, a "
                            "former superintendent of the county, and Wilmot Dahn.")
    assert has(ex, "NOMINATED", "Unity Party", "Thomas Gbokolo"), triples(ex)


def test_a_senatorial_by_election_in_a_county_is_parliamentary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONROVIA, May 16 (LINA) - The National Elections Commission (NEC) has disqualified two "
                            "aspirants from the July 8 senatorial by-election in Grand Bassa County. Thomas Gbokolo is "
                            "running in the by-election.", published="2025-05-16")
    assert election_kinds(ex) == ["parliamentary"], ex.entities


def test_a_they_are_list_the_parser_rooted_at_its_first_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Board said on Monday it had accepted the nomination papers of four "
                            "candidates. They are retired general Marek Halvorsen, nominated by the Green Union; "
                            "economist Lidia Orbanek; lawyer Tomas Weddle; and businessman Piet Grunvald.")
    for person in ("Marek Halvorsen", "Lidia Orbanek", "Tomas Weddle", "Piet Grunvald"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Board", person), (person, triples(ex))


def test_approved_tickets_name_both_people_of_each_pair(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission on Monday declared two pairs of candidates eligible for the "
                            "presidential election. The two approved tickets are Defence Minister Arun Velloso and his "
                            "running mate Mira Tansey, who were nominated by a coalition led by the Civic Party; and "
                            "former North Ridge governor Dario Pellin, paired with economist Sara Quintal.")
    for person in ("Arun Velloso", "Mira Tansey", "Dario Pellin", "Sara Quintal"):
        assert has(ex, "APPROVED_CANDIDACY", "Election Commission", person), (person, triples(ex))
    assert not any(e.name == "North Ridge" and e.type == "Person" for e in ex.entities), ex.entities


def test_the_five_approved_are_each_of_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Tribunal on Monday registered three presidential candidates for the May 4 "
                            "general election. The three, approved in a session that ran past midnight, are Tomas "
                            "Velloso of the Civic Union Party, Marta Quintal of the Labour Party and Sara Pellin, a "
                            "former judge who is running as an independent.")
    for person in ("Tomas Velloso", "Marta Quintal", "Sara Pellin"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Tribunal", person), (person, triples(ex))
    assert has(ex, "NOMINATED", "Civic Union Party", "Tomas Velloso"), triples(ex)
    assert has(ex, "NOMINATED", "Labour Party", "Marta Quintal"), triples(ex)
    ex = extract(extractor, "Among the newcomers are Ana Orbe, the Unity Party's former candidate, who was elected in "
                            "the capital, and 29-year-old activist Rosa Dalli of the Green Party.")
    assert not has(ex, "NOMINATED", "Green Party", "Rosa Dalli"), triples(ex)


def test_a_list_of_names_the_ner_typed_as_places(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Electoral Council on Monday registered three candidates. They are Tomas "
                            "Velloso, Marta Quintal and Sara Pellin.")
    for person in ("Tomas Velloso", "Marta Quintal", "Sara Pellin"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Council", person), (person, triples(ex))
    ex = extract(extractor, "The National Electoral Council on Monday published the list of registered candidates. "
                            "The most prominent name missing from the list is Tomas Velloso, a lawyer.")
    assert not has(ex, "APPROVED_CANDIDACY", "National Electoral Council", "Tomas Velloso"), triples(ex)


def test_setting_an_election_timetable_or_calling_its_first_phase(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Election Authority set the timetable for the presidential election on "
                            "September 25.")
    assert any(t == "CALLED_ELECTION" and s == "National Election Authority" for t, s, _ in triples(ex)), triples(ex)
    ex = extract(extractor, "The Electoral Board announced the presidential election timetable on Monday.")
    assert any(t == "CALLED_ELECTION" and s == "Electoral Board" for t, s, _ in triples(ex)), triples(ex)
    ex = extract(extractor, "The Electoral Board called the first phase of the municipal elections on August 11.")
    assert any(t == "CALLED_ELECTION" and s == "Electoral Board" for t, s, _ in triples(ex)), triples(ex)


def test_the_mission_a_body_is_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The acting head of the United Nations Support Mission in Freeland (UNSMF), Anna "
                            "Lindqvist, toured polling centres. Lindqvist, a Swedish diplomat who has led the mission "
                            "since April, congratulated the commission. The European Union ambassador, Pietro "
                            "Santangelo, also visited a polling centre, the EU delegation said in a post on X.")
    assert not has(ex, "HEADS", "Anna Lindqvist", "EU delegation"), triples(ex)


def test_local_observers_from_a_monitoring_group(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The EU delegation said in a post on X that it welcomed the vote. The municipal vote was "
                            "monitored by more than 1,000 local observers from the Freeland Association for Election "
                            "Monitoring.")
    assert any(t == "OBSERVES" and s == "Freeland Association for Election Monitoring" for t, s, _ in triples(ex)), \
        triples(ex)
    assert not any(t == "OBSERVES" and s == "EU delegation" for t, s, _ in triples(ex)), triples(ex)


def test_received_by_the_head_of_an_office_named_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The acting head of the Support Mission, Anna Lindqvist, toured polling centres. "
                            "Prime Minister Omar Swehli of the Government of National Unity (GNU) cast his ballot in "
                            "Misrata, where he was received at the polling station by the head of the local "
                            "electoral office, Fathi Elmarghani.")
    assert has(ex, "MET_WITH", "Omar Swehli", "Fathi Elmarghani"), triples(ex)
    assert not has(ex, "MET_WITH", "Anna Lindqvist", "Omar Swehli"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Omar Swehli", "Government of National Unity"), triples(ex)
    ex = extract(extractor, "Chairman Ivan Petrov of the Central Election Commission said the vote was fair. "
                            "Judge Mpho Seretse of Botswana led the panel.")
    assert has(ex, "HOLDS_POSITION", "Ivan Petrov", "Central Election Commission"), triples(ex)
    assert not any(t == "HOLDS_POSITION" and s == "Mpho Seretse" for t, s, _ in triples(ex)), triples(ex)


def test_a_semicolon_list_item_starting_with_a_party_leader_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Four candidates are on the ballot after the Constitutional Council in July approved the "
                            "candidacies of Alfredo Chaves, the candidate of the ruling Unity party; Renamo leader "
                            "Bento Sitwell, who is running for the third time; Fausto Manso of the Civic Movement "
                            "(MC); and Horacio Costa, an independent.")
    for person in ("Alfredo Chaves", "Bento Sitwell", "Fausto Manso", "Horacio Costa"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Council", person), (person, triples(ex))


def test_the_heads_of_list_approved_by_the_court_include(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Constitutional Court on Wednesday approved the candidacies of eight parties. The "
                            "heads of list approved by the court include President Joaquim Ndalo, whom the ruling "
                            "Unity Party nominated in May, and Armindo Kassel, leader of the Civic Union.")
    for person in ("Joaquim Ndalo", "Armindo Kassel"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", person), (person, triples(ex))


def test_calling_on_a_titled_official_and_a_foreign_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ISLAMABAD, Jan 26 - A Commonwealth Observer Group led by Mompati Sebele arrived in "
                            "Islamabad on Wednesday at the invitation of the Election Commission of Pakistan (ECP). "
                            "Its members include Nurul Ismail, a senior official of the Election Commission of "
                            "Malaysia. On Thursday, Sebele called on Chief Election Commissioner Javed Bhatti at the "
                            "ECP secretariat.", published="2024-01-26")
    assert has(ex, "MET_WITH", "Mompati Sebele", "Javed Bhatti"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Javed Bhatti", "Election Commission of Pakistan"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Javed Bhatti", "Election Commission of Malaysia"), triples(ex)


def test_a_hyphenated_party_name_spelled_by_its_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission rejected the nomination papers of Imtiaz Gondal, a senior leader of the "
                            "Pakistan Tehreek-e-Insaf (PTI).")
    assert has(ex, "MEMBER_OF", "Imtiaz Gondal", "Pakistan Tehreek-e-Insaf"), triples(ex)
    assert not any(t == "HEADS" and s == "Imtiaz Gondal" for t, s, _ in triples(ex)), triples(ex)


def test_a_party_named_in_english_with_its_own_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ANO movement won the parliamentary election on Saturday. Freedom and Direct Democracy "
                            "(SPD), led by Radek Sykora, took 7.1 percent.")
    assert has(ex, "HEADS", "Radek Sykora", "Freedom and Direct Democracy"), triples(ex)
    ex = extract(extractor, "Gabor Szentes, the joint candidate of the Democratic Coalition (DK), Momentum and the "
                            "Hungarian Socialist Party (MSZP), was re-elected mayor of Budapest in Sunday's local "
                            "elections. Szentes, a former environmental activist first elected in 2019, thanked "
                            "voters.")
    for party in ("Democratic Coalition", "Momentum", "Hungarian Socialist Party"):
        assert has(ex, "NOMINATED", party, "Gabor Szentes"), (party, triples(ex))
    assert len([1 for t, s, _ in triples(ex) if t == "WON"]) == 1, triples(ex)


def test_winning_the_first_round_only(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Matus Hruby won the presidential runoff on Saturday. Ivan Mrazik, a career diplomat, had "
                            "won the first round on March 23 but failed to draw enough new voters in the second.")
    assert not any(t == "WON" and s == "Ivan Mrazik" for t, s, _ in triples(ex)), triples(ex)
    assert any(t == "WON" and s == "Matus Hruby" for t, s, _ in triples(ex)), triples(ex)


def test_a_former_senator_and_the_official_who_said_so(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Thailand's Election Commission (EC) on Monday approved 21 candidates for the May 23 "
                            "Bangkok gubernatorial election but disqualified a former senator, EC "
                            "secretary-general Chatchai Kaewmanee said. Wichai Saengthong, who sat in the Senate "
                            "until last year, was barred from running. Somkiat Charoenrat is running in the election.")
    assert not has(ex, "REJECTED_CANDIDACY", "Election Commission", "Chatchai Kaewmanee"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Election Commission", "Wichai Saengthong"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Wichai Saengthong", "Senate"), triples(ex)
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert "Bangkok gubernatorial election" in election.aliases, election


def test_observers_a_body_would_deploy_led_by_a_named_head(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Asian Network for Free Elections (ANFREL) said on Tuesday it would deploy 25 "
                            "observers to monitor the vote, led by Indonesian election expert Dewi Kartika.")
    assert has(ex, "HEADS", "Dewi Kartika", "ANFREL delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "ANFREL delegation", "Asian Network for Free Elections"), triples(ex)


def test_an_acronym_of_word_beginnings_and_the_chairman_of_its_board(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Elections Cameroon (ELECAM) on Tuesday rejected 19 lists, the chairman of its "
                            "Electoral Board, Pierre Mbarga Ekani, announced.")
    assert any(e.type == "Organization" and e.name == "Elections Cameroon" and "ELECAM" in e.aliases
               for e in ex.entities), ex.entities
    assert has(ex, "HOLDS_POSITION", "Pierre Mbarga Ekani", "Electoral Board"), triples(ex)


def test_a_list_sentence_takes_the_acting_body_of_the_earlier_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Elections Cameroon (ELECAM) on Tuesday rejected 19 of the 212 candidate lists, the "
                            "chairman of its Electoral Board, Pierre Ekani, announced. Among the lists thrown out "
                            "was that of the Social Democratic Front in Douala, headed by the party's first "
                            "vice-president, Emmanuel Njoya.")
    assert has(ex, "REJECTED_CANDIDACY", "Elections Cameroon", "Emmanuel Njoya"), triples(ex)
    assert not has(ex, "REJECTED_CANDIDACY", "Electoral Board", "Emmanuel Njoya"), triples(ex)


def test_a_party_unveiling_candidates_and_a_party_named_beside_its_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ruling Labour Party (PL) on Sunday unveiled its first 96 candidates. They include "
                            "National Assembly Speaker Albert Okimba, who is seeking another term in Ollombo, and "
                            "Gisele Tchikaya, the mayor of Port Town. The main opposition party, the Pan-African "
                            "Union for Social Democracy (UPADS), said on Monday it had nominated its first "
                            "secretary, Dieudonne Mokoko, in Dolisie.")
    for person in ("Albert Okimba", "Gisele Tchikaya"):
        assert has(ex, "NOMINATED", "Labour Party", person), (person, triples(ex))
    assert has(ex, "NOMINATED", "Pan-African Union for Social Democracy", "Dieudonne Mokoko"), triples(ex)
    assert not has(ex, "NOMINATED", "Labour Party", "Dieudonne Mokoko"), triples(ex)


def test_a_decree_adopted_after_which_a_new_assembly_is_elected(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Republic of the Congo will elect a new National Assembly on June 27, after the "
                            "Council of Ministers on Thursday, April 29, adopted a decree convening the "
                            "electorate, a spokesman said. Albert Okimba is seeking another term in the vote.",
                 published="2027-05-05")
    assert any(t == "CALLED_ELECTION" and s == "Council of Ministers" for t, s, _ in triples(ex)), triples(ex)
    assert election_kinds(ex) == ["parliamentary"], ex.entities


def test_a_subject_the_parser_hung_on_a_place_before_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Unity Party (NUP) took the remaining two seats in Sunday's by-elections. "
                            "In one of them, in Magway Region, the NUP candidate, Daw Khin Myat Thu, defeated the "
                            "USDP's U Thein Htike.")
    assert any(t == "WON" and s == "Daw Khin Myat Thu" for t, s, _ in triples(ex)), triples(ex)
    assert has(ex, "NOMINATED", "National Unity Party", "Daw Khin Myat Thu"), triples(ex)
    assert not any(e.name == "Daw Khin Myat Thu" and e.type != "Person" for e in ex.entities), ex.entities


def test_delegations_from_one_body_led_by_x_and_from_another(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ruling party won seven of the nine seats contested in Sunday's by-elections. "
                            "Observer delegations from Cambodia's National Election Commission (NEC), led by its "
                            "vice-chairman Chea Sophal, and from the Central Election Commission of the Russian "
                            "Federation observed the polling in Yangon.")
    teams = [e for e in ex.entities if e.type == "Delegation"]
    assert len(teams) == 2, teams
    assert has(ex, "HEADS", "Chea Sophal", "NEC delegation"), triples(ex)
    assert len([1 for t, s, _ in triples(ex) if t == "OBSERVES"]) == 2, triples(ex)


def test_a_long_commission_name_cut_at_and_and_a_refusal_among_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The chairman of Kyrgyzstan's Central Commission for Elections and Referendums, "
                            "Tynchtyk Abdykadyrov, briefed the guests. A total of 467 candidates have been "
                            "registered in 30 constituencies, he said, while the commission refused registration "
                            "to 21 applicants, among them former deputy Kubanychbek Asanov. The ODIHR mission is "
                            "headed by Swedish ambassador Ilona Karlsson.")
    body = "Central Commission for Elections and Referendums"
    assert has(ex, "HOLDS_POSITION", "Tynchtyk Abdykadyrov", body), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", body, "Kubanychbek Asanov"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", body, "Kubanychbek Asanov"), triples(ex)
    assert not any(t == "HOLDS_POSITION" and s == "Ilona Karlsson" for t, s, _ in triples(ex)), triples(ex)


def test_results_received_and_the_heads_of_missions_named_after_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Kamol Tursun of the People's Democratic Party received 4.0 percent, Sevara Qosim, the "
                            "candidate of the Justice Party, won 3.6 percent. On Monday evening, President "
                            "Bakhtiyor Rakhmon received at his residence the heads of the observer missions of the "
                            "Commonwealth of Independent States and the Shanghai Cooperation Organisation (SCO), "
                            "Viktor Gusev and SCO Secretary-General Yerlan Seitkali.")
    assert not has(ex, "MET_WITH", "Kamol Tursun", "Sevara Qosim"), triples(ex)
    for person in ("Viktor Gusev", "Yerlan Seitkali"):
        assert has(ex, "MET_WITH", "Bakhtiyor Rakhmon", person), (person, triples(ex))


def test_the_elections_after_presidential_and_national_assembly_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The mission was launched in Windhoek on Friday, five days before the country's "
                            "presidential and National Assembly elections. The mission, which is led by Gift "
                            "Kalua, will observe the elections on November 27.", published="2024-11-22")
    kinds = set(election_kinds(ex))
    assert kinds == {"presidential", "parliamentary"}, ex.entities
    assert len([1 for t, s, _ in triples(ex) if t == "OBSERVES"]) == 2, triples(ex)


def test_a_party_organ_confirms_a_candidate_and_opinion_polls_are_no_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The regional president on Monday called an early regional election for May 24. The "
                            "Socialist Workers' Party (PSOE) already has its candidate. Marta Lahoz, a former "
                            "mayor of Huesca, was confirmed as the Socialist candidate on Saturday by the party's "
                            "Federal Committee. The last regional election, in 2023, left the PP with 28 of the 67 "
                            "seats. Opinion polls published this month suggest the party could gain up to four "
                            "seats.", published="2026-03-30")
    assert has(ex, "NOMINATED", "Socialist Workers' Party", "Marta Lahoz"), triples(ex)
    assert not any(t == "APPROVED_CANDIDACY" for t, _, _ in triples(ex)), triples(ex)
    runs = [r for r in ex.relations if r.type == "CANDIDATE_IN"]
    names = {e.id: e.name for e in ex.entities}
    assert runs and all(names[r.target].startswith("2026") for r in runs), [(names[r.target]) for r in runs]


def test_a_party_secretary_of_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Spanish Socialist Workers' Party (PSOE) already has its candidate. On Sunday she "
                            "met PSOE Secretary of Organisation Diego Salas in Madrid.")
    assert has(ex, "HOLDS_POSITION", "Diego Salas", "Spanish Socialist Workers' Party"), triples(ex)


def test_the_chairwoman_who_told_reporters_and_a_former_mayor_of_a_town(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Electoral Commission (CEC) on Friday registered three more candidates for "
                            "the October 20 presidential election and refused to register a fourth, the "
                            "commission's chairwoman, Angela Rusu, told reporters after the session. Registered "
                            "were Vasile Ciobanu, the nominee of the Socialist Party; Elena Moraru, a former "
                            "deputy mayor of Balti who is running as an independent; and Tudor Grecu.")
    assert not any("Angela Rusu" in (s, o) for t, s, o in triples(ex) if t != "HOLDS_POSITION"), triples(ex)
    assert not any(e.name == "Balti" and e.type == "Person" for e in ex.entities), ex.entities
    assert any(t == "CANDIDATE_IN" and s == "Elena Moraru" for t, s, _ in triples(ex)), triples(ex)


def test_other_candidates_after_an_approval_of_counted_hopefuls(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The NEC in January approved the candidacies of 15 presidential hopefuls, among them "
                            "incumbent President Hassan Abdel, who is seeking another term. Other candidates "
                            "include Amna Idris of the Socialist Democratic Union, the only woman in the race, and "
                            "Fadl Shuaib, who was fielded by the Federal Truth Party.")
    for person in ("Hassan Abdel", "Amna Idris", "Fadl Shuaib"):
        assert has(ex, "APPROVED_CANDIDACY", "NEC", person), (person, triples(ex))


def test_whom_the_party_nominated_after_a_leader_of_a_named_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The bureau approved 11 candidates. They include Cristian Dumas, the joint candidate "
                            "of the National Liberal Party (PNL) and the Social Democratic Party (PSD); Ana "
                            "Stoica, the leader of the Save Freeland Union (USR), whom the party nominated at a "
                            "congress on February 22; and Radu Enache, who is running as an independent.")
    assert has(ex, "NOMINATED", "Save Freeland Union", "Ana Stoica"), triples(ex)
    assert not has(ex, "NOMINATED", "Social Democratic Party", "Ana Stoica"), triples(ex)


def test_a_city_commission_named_in_lower_case_and_a_party_with_of_in_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Zhytomyr city territorial election commission on Thursday registered nine "
                            "candidates for mayor in the October 25 local elections, the commission's chairwoman, "
                            "Olena Kravchuk, said. Those registered include Andriy Bondar, who was nominated by "
                            "the Servant of the People party, and Iryna Savchuk.", published="2020-09-25")
    body = "Zhytomyr city territorial election commission"
    assert has(ex, "HOLDS_POSITION", "Olena Kravchuk", body), triples(ex)
    for person in ("Andriy Bondar", "Iryna Savchuk"):
        assert has(ex, "APPROVED_CANDIDACY", body, person), (person, triples(ex))
    assert has(ex, "NOMINATED", "Servant of the People", "Andriy Bondar"), triples(ex)


def test_a_year_of_another_event_in_the_clause_of_an_approval(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Elections Commission said on Monday it had accepted the nomination "
                            "papers of three candidates for the country's first presidential election since the "
                            "2019 uprising. They are economist Nafisa Elamin; lawyer Yasir Hamid; and businessman "
                            "Tariq Abbas.", published="2027-02-09")
    for person in ("Nafisa Elamin", "Yasir Hamid", "Tariq Abbas"):
        assert any(t == "CANDIDATE_IN" and s == person for t, s, _ in triples(ex)), (person, triples(ex))


def test_lists_headed_by_people_and_all_three_lists_accepted(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) on Tuesday registered 11 parties for the May 13 "
                            "parliamentary elections. The ruling Socialist Party, led by Prime Minister Erion "
                            "Dervo, submitted a list headed by Dervo himself in Tirana. The opposition Democratic "
                            "Party fielded its chairman, Besnik Lesh, at the top of its Tirana list, and put "
                            "forward former justice minister Mirela Shen in Shkoder. All three lists were accepted "
                            "by the commission on Tuesday.", published="2029-03-14")
    assert has(ex, "NOMINATED", "Socialist Party", "Erion Dervo"), triples(ex)
    for person in ("Erion Dervo", "Besnik Lesh", "Mirela Shen"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Election Commission", person), (person, triples(ex))


def test_a_delegation_from_a_body_headed_by_its_deputy(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Monday, Soares received a delegation from the Australian Electoral Commission "
                            "headed by Deputy Electoral Commissioner Karen Whitfield.")
    assert has(ex, "HEADS", "Karen Whitfield", "Australian Electoral Commission delegation"), triples(ex)
    assert ("HEADS", "Karen Whitfield", "Australian Electoral Commission") not in triples(ex), triples(ex)


def test_confirming_the_list_and_the_candidacies_of_rivals_named_after(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Constitutional Court confirmed the candidacy of President Albert Tshima, who is "
                            "seeking a second term, and of his main rivals, former prime minister Patrick Kalon "
                            "and Marie Mbuyi, the MLC candidate.")
    for person in ("Albert Tshima", "Patrick Kalon", "Marie Mbuyi"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", person), (person, triples(ex))
    ex = extract(extractor, "Seven candidates are running in the October 24 presidential election. The National "
                            "Electoral Commission (DVK) confirmed the list on September 29. The Democratic Party "
                            "put forward its vice-president, Ales Hribar. Among the remaining four are former "
                            "diplomat Mateja Pirc, who collected 5,000 signatures to run as an independent.",
                 published="2027-10-12")
    for person in ("Ales Hribar", "Mateja Pirc"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Commission", person), (person, triples(ex))


def test_an_electoral_institute_and_its_own_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MEXICO CITY, April 4 - Mexico's National Electoral Institute (INE) registered more "
                            "than 6,000 candidates for the Chamber of Deputies late on Saturday. Rogelio Zamudio "
                            "said he would appeal to the Electoral Tribunal of the Federal Judiciary (TEPJF). "
                            "Among the candidacies approved on Saturday were those of Senator Adriana Villasenor "
                            "and of Hector Garza. The INE had accredited some 30,000 Mexican observers for the "
                            "June 6 vote.", published="2027-04-04")
    for person in ("Adriana Villasenor", "Hector Garza"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Institute", person), (person, triples(ex))
        assert not has(ex, "APPROVED_CANDIDACY", "Electoral Tribunal of the Federal Judiciary", person), triples(ex)
    assert not any(t in {"OBSERVES", "REPRESENTS"} for t, _, _ in triples(ex)), triples(ex)


def test_a_party_spokesman_after_a_party_whose_name_ends_in_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Prime Minister Tomas Varga, who leads the centre-right Civic Union party, asked for "
                            "an early vote. The left-wing ALTERNA said its council would meet on Thursday to "
                            "approve its candidates. Party spokesman Milan Hrabal said the list was ready.")
    assert has(ex, "HOLDS_POSITION", "Milan Hrabal", "ALTERNA"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Milan Hrabal", "Civic Union"), triples(ex)


def test_the_last_election_dated_by_a_month_and_year_in_an_aside(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The last parliamentary election in Greece, in June 2023, was won by the Liberal Party "
                            "with 40.6 percent of the vote.", published="2026-04-28")
    assert ("WON", "Liberal Party", "2023 Greece parliamentary election") in triples(ex), triples(ex)


def test_papers_that_carried_signatures_win_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Nine candidates were registered on Thursday for the presidential election on March 6 "
                            "in Cyprus. The Electoral Service turned down the papers of businessman Loukas Petrou, "
                            "saying they carried the signatures of only six voters.", published="2028-01-07")
    assert not any(t == "WON" for t, _, _ in triples(ex)), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Service", "Loukas Petrou"), triples(ex)


def test_a_ministrys_service_is_two_bodies(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Nine candidates were registered on Thursday after the Interior Ministry's Electoral "
                            "Service examined their papers.", published="2028-01-07")
    names = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Interior Ministry", "Electoral Service"} <= names, names


def test_a_governing_party_read_as_a_clause_still_wins(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VALLETTA, March 30 (AFP) - Malta's governing Labour Party has won Saturday's general "
                            "election with 54.2 percent of first-preference votes, the Electoral Commission "
                            "announced on Sunday.", published="2026-03-30")
    assert ("WON", "Labour Party", "2026 Malta general election") in triples(ex), triples(ex)


def test_a_given_name_tagged_apart_from_a_name_grown_leftwards(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Reading the decision at the council's seat in Abidjan's Plateau district, council "
                            "president Mireille Adjoua Kouakou said the rejected files failed to meet at least one "
                            "condition.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert people == {"Mireille Adjoua Kouakou"}, people


def test_observers_promised_observe_nothing_yet(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Constitutional Council on Monday cleared five candidates to contest the October 26 presidential "
            "election in Cote d'Ivoire. {}")
    promises = ("The African Union and the Economic Community of West African States (ECOWAS) have said they will "
                "send observers.",
                "The European Union has said it will send an electoral observation mission in February.",
                "The Organization of American States is expected to deploy a mission.")
    for promise in promises:
        ex = extract(extractor, text.format(promise), published="2030-09-10")
        assert not any(t == "OBSERVES" for t, _, _ in triples(ex)), (promise, triples(ex))
    plans = ("An official said the African Union would send about 100 observers for election day.",
             "An official said the African Union would send observers to all polling stations in Abidjan.")
    for plan in plans:
        ex = extract(extractor, text.format(plan), published="2030-09-10")
        assert any(t == "OBSERVES" for t, _, _ in triples(ex)), (plan, triples(ex))


def test_a_mission_ahead_of_two_elections_observes_both(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LOME, April 10 (Xinhua) -- A 60-member election observation mission of the Economic "
                            "Community of West African States (ECOWAS) arrived in Lome on Sunday ahead of Togo's "
                            "legislative and regional elections on April 22. The mission is led by Kwesi Mensah, a "
                            "former foreign minister of Ghana.", published="2029-04-10")
    observed = {t for r, _, t in triples(ex) if r == "OBSERVES"}
    assert observed == {"2029 Togo parliamentary election", "2029 Togo regional election"}, triples(ex)


def test_a_one_word_party_with_its_acronym_and_the_acronym_read_as_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission rejected the list filed by the main opposition party, The Democrats "
                            "(LD), saying key documents were missing. LD spokesman Cyrille Gnonlonfoun called the "
                            "decision an administrative coup.")
    parties = [e for e in ex.entities if e.type == "Organization"]
    assert [(e.name, e.aliases) for e in parties] == [("Democrats", ["LD"])], parties
    assert has(ex, "HOLDS_POSITION", "Cyrille Gnonlonfoun", "Democrats"), triples(ex)


def test_its_after_a_sentence_whose_main_clause_has_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Regional president Jorge Lanaspa, of the People's Party (PP), called a snap election. "
                            "Lanaspa did not say whether the PP would again run alone or in a coalition with the "
                            "Aragonese Party (PAR). Its president, Elena Burillo, told reporters the party's "
                            "executive would decide next week.", published="2027-03-03")
    assert any(has(ex, kind, "Elena Burillo", "Aragonese Party") for kind in ("HOLDS_POSITION", "HEADS")), triples(ex)
    assert not any(s == "Elena Burillo" and "People" in t for _, s, t in triples(ex)), triples(ex)


def test_two_elections_convened_by_a_decree_adopted_at_the_council(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission validated the lists of five parties for the legislative and communal "
                            "elections of January 11. The two elections were convened by a decree adopted at the "
                            "Council of Ministers on October 8. They will be followed in April by a presidential "
                            "election.", published="2025-11-19")
    called = {t for r, s, t in triples(ex) if r == "CALLED_ELECTION" and s == "Council of Ministers"}
    assert len(called) == 2 and any("parliamentary" in t for t in called) and any("local" in t for t in called), \
        triples(ex)


def test_objections_upheld_to_the_nominations_of_two(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission accepted the nominations of 31 candidates for the September "
                            "22 presidential election. The commission upheld objections to the nominations of "
                            "Mohamed Rizwan, put forward by the United Muslim People's Front, and of independent "
                            "candidate Kapila Gunawardena, saying their deposits had not been paid.",
                 published="2029-08-16")
    for person in ("Mohamed Rizwan", "Kapila Gunawardena"):
        assert has(ex, "REJECTED_CANDIDACY", "Election Commission", person), (person, triples(ex))


def test_an_election_gazetted_and_a_team_only_invited(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission accepted the nominations of 31 candidates for the September "
                            "22 presidential election. The commission gazetted the election on July 26. The "
                            "Commonwealth Secretariat has also accepted an invitation to send a team.",
                 published="2029-08-16")
    assert ("CALLED_ELECTION", "Election Commission", "2029 presidential election") in triples(ex), triples(ex)
    assert not any(t == "OBSERVES" for t, _, _ in triples(ex)), triples(ex)


def test_a_primary_winner_wins_no_election_still_to_come(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASUNCION, Dec 21 (IP) - Former finance minister Hugo Benitez will be the Colorado "
                            "Party's candidate in Paraguay's presidential election on April 30, 2028, after "
                            "winning Sunday's party primary with 58.3 percent of the vote. In the main opposition "
                            "party, the Authentic Radical Liberal Party (PLRA), Congresswoman Marta Ledesma won "
                            "the nomination with 52 percent.", published="2027-12-21")
    assert ("CANDIDATE_IN", "Hugo Benitez", "2028 Paraguay presidential election") in triples(ex), triples(ex)
    assert dated(ex, "WON", "Hugo Benitez", "2027 Paraguay primary election") == "2027-12-19", triples(ex)
    assert not any(r == "WON" and "presidential" in t for r, _, t in triples(ex)), triples(ex)


def test_a_person_after_a_fronted_party_won_the_nomination_in_a_primary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Hugo Benitez won Sunday's party primary with 58.3 percent of the vote. In the main "
                            "opposition party, the Authentic Radical Liberal Party (PLRA), Congresswoman Marta "
                            "Ledesma won the nomination with 52 percent.", published="2027-12-21")
    assert ("WON", "Marta Ledesma", "2027 primary election") in triples(ex), triples(ex)
    assert not any(r == "WON" and s == "Authentic Radical Liberal Party" for r, s, _ in triples(ex)), triples(ex)


def test_a_nominee_in_a_registered_list_and_a_win_years_ago(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Moldova's Central Electoral Commission (CEC) on Monday registered four candidates for "
                            "the October 22 presidential election. Registered were incumbent head of state Victor "
                            "Ciobanu, nominated by the ruling Party of Action and Solidarity (PAS); former prime "
                            "minister Igor Lungu, the candidate of the Party of Socialists (PSRM). Victor Ciobanu, "
                            "who won the presidency four years ago, is seeking a second and final term.",
                 published="2028-09-19")
    assert has(ex, "NOMINATED", "Party of Action and Solidarity", "Victor Ciobanu"), triples(ex)
    assert ("WON", "Victor Ciobanu", "2028 Moldova presidential election") not in triples(ex), triples(ex)


def test_the_list_also_includes_a_few_sentences_on(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Dnipro city territorial election commission on Wednesday registered eight "
                            "candidates for mayor of the city in the local elections to be held on October 25, and "
                            "refused to register two others. Incumbent mayor Vadym Kovalchuk, who is seeking a "
                            "second term, was registered as the candidate of the Proposition party. The ruling "
                            "party nominated Oleksandr Dudnyk, a member of the Verkhovna Rada. The list also "
                            "includes Iryna Marchenko, put forward by European Solidarity, and Zakhar Hrytsenko of "
                            "the Opposition Platform - For Life.", published="2020-10-02")
    for person in ("Iryna Marchenko", "Zakhar Hrytsenko"):
        assert has(ex, "APPROVED_CANDIDACY", "Dnipro city territorial election commission", person), triples(ex)
        assert not has(ex, "REJECTED_CANDIDACY", "Dnipro city territorial election commission", person), triples(ex)


def test_led_by_after_the_second_of_two_parties(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Its main rival is the Alliance du Changement, which brings together the Labour Party "
                            "of former prime minister Arvind Gokhool and the Mauritian Militant Movement (MMM) led "
                            "by Paul Berenger.")
    assert has(ex, "HEADS", "Paul Berenger", "Mauritian Militant Movement"), triples(ex)
    assert not has(ex, "HEADS", "Paul Berenger", "Labour Party"), triples(ex)


def test_led_by_one_on_behalf_of_another(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A Southern African Development Community (SADC) Electoral Observation Mission arrived "
                            "in Mauritius on Monday to observe the general election scheduled for Sunday, November "
                            "10. The mission is led by Bernard Kamote, Tanzania's former minister of foreign "
                            "affairs, on behalf of the chairperson of the SADC Organ on Politics, Defence and "
                            "Security Cooperation, Zimbabwe's President Tendai Mhlanga.", published="2024-10-16")
    heads = {s for r, s, _ in triples(ex) if r == "HEADS"}
    assert heads == {"Bernard Kamote"}, triples(ex)


def test_the_list_retains_after_a_cancellation_and_a_voter_registered_elsewhere(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The District Election Office in Kathmandu on Wednesday published the final list of "
                            "candidates for the May 13 local elections, confirming eleven contenders for the post "
                            "of mayor. Chief election officer Hari Prasad Ghimire said three candidacies for mayor "
                            "had been cancelled, among them that of Binod Shrestha, who was found to be registered "
                            "as a voter in Lalitpur rather than Kathmandu. The list retains incumbent mayor Sabina "
                            "Maharjan, an independent, and former minister Deepak Adhikari, who was nominated by "
                            "the Nepali Congress.", published="2027-04-22")
    for person in ("Sabina Maharjan", "Deepak Adhikari"):
        assert has(ex, "APPROVED_CANDIDACY", "District Election Office", person), (person, triples(ex))
    assert not has(ex, "APPROVED_CANDIDACY", "District Election Office", "Binod Shrestha"), triples(ex)


def test_the_date_was_fixed_by_the_council(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The District Election Office published the final list of candidates for the May 13 "
                            "local elections in Nepal. The date was fixed by the Council of Ministers at a meeting "
                            "chaired by Prime Minister Gopal Bahadur Oli on February 8.", published="2027-04-22")
    called = dated(ex, "CALLED_ELECTION", "Council of Ministers", "2027 Nepal local election")
    assert called == "2027-02-08", triples(ex)


def test_a_delegation_that_followed_the_vote_observed_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Dominicans elected a president on Sunday. A small delegation of the Union of South "
                            "American Electoral Bodies (UNIORE) followed the vote at the invitation of the "
                            "electoral board. Its head, Argentine judge Silvia Moreno, visited polling stations in "
                            "Santiago.", published="2028-05-18")
    assert any(r == "OBSERVES" and s == "UNIORE delegation" for r, s, _ in triples(ex)), triples(ex)
    ex = extract(extractor, "Dominicans elected a president on Sunday. The European Union followed the vote "
                            "closely, a spokesman said.", published="2028-05-18")
    assert not any(r == "OBSERVES" for r, _, _ in triples(ex)), triples(ex)


def test_parties_named_like_people_but_spelled_by_an_acronym_and_sharing_a_word(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The BTP, led by former civil servant Sangay Wangdi, came second with 22.9 percent, "
                            "edging out Druk Phuensum Tshogpa (DPT), which took 19.6 percent. Druk Nyamrup Tshogpa "
                            "and Druk Thuendrel Tshogpa trailed with single-digit shares and are out of the race.")
    orgs = {e.name: e.aliases for e in ex.entities if e.type == "Organization"}
    assert orgs.get("Druk Phuensum Tshogpa") == ["DPT"], orgs
    assert {"Druk Nyamrup Tshogpa", "Druk Thuendrel Tshogpa"} <= set(orgs), orgs
    assert not [e.name for e in ex.entities if e.type == "Person" and "Tshogpa" in e.name], ex.entities


def test_called_by_a_decree_signed_on_a_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Belarus will elect a new parliament on 25 February. The parliamentary elections were "
                            "called by a decree of President Alexander Lukashenko signed on 22 November.",
                 published="2029-02-20")
    called = dated(ex, "CALLED_ELECTION", "Alexander Lukashenko", "2029 Belarus parliamentary election")
    assert called == "2028-11-22", triples(ex)


def test_a_person_of_a_legislature_is_its_member(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The delegation included Armine Hakobyan of the National Assembly of Armenia.")
    assert has(ex, "MEMBER_OF", "Armine Hakobyan", "National Assembly of Armenia"), triples(ex)
    ex = extract(extractor, "The complaint was filed by Armine Hakobyan of the Central Electoral Commission.")
    assert not any(r == "MEMBER_OF" for r, _, _ in triples(ex)), triples(ex)


def test_a_delegation_for_talks_of_a_body_that_intends_to_send_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Haiti will hold presidential and legislative elections on November 15. A delegation "
                            "of the Organization of American States (OAS), led by Assistant Secretary General "
                            "Laura Rios, arrived in Port-au-Prince on Tuesday for talks on security for the "
                            "elections. The OAS has said it intends to send an observation mission to the first "
                            "round.", published="2026-06-10")
    assert not any(r == "OBSERVES" for r, _, _ in triples(ex)), triples(ex)
    assert has(ex, "HEADS", "Laura Rios", "OAS delegation"), triples(ex)


def test_an_acronym_spelling_the_second_of_two_bodies(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The 25-member mission was joined by observers from the Commonwealth and the Common "
                            "Market for Eastern and Southern Africa (COMESA).")
    orgs = {e.name: e.aliases for e in ex.entities if e.type == "Organization"}
    assert orgs.get("Common Market for Eastern and Southern Africa") == ["COMESA"], orgs


def test_an_acronym_two_names_spell_is_the_one_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Electoral Commission of Armenia has registered the lists of 15 parties "
                            "for the parliamentary elections of June 7, CEC Chairman Tigran Mkrtumyan told "
                            "reporters after a meeting with a CIS observer mission. The mission, led by First "
                            "Deputy Chairman of the CIS Executive Committee Ilya Sorokin, began its work in "
                            "Yerevan on Tuesday.", published="2026-05-14")
    assert has(ex, "HOLDS_POSITION", "Tigran Mkrtumyan", "Central Electoral Commission"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Tigran Mkrtumyan", "CIS Executive Committee"), triples(ex)


def test_the_chairman_of_a_body_a_retired_judge(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "They later held talks with the chairman of the Electoral Supervisory Commission "
                            "(ESC), retired judge Marie-Josee Lagesse.")
    assert has(ex, "HOLDS_POSITION", "Marie-Josee Lagesse", "Electoral Supervisory Commission"), triples(ex)


def test_a_country_untagged_before_a_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Comoros President Ahmed Said Mze is seeking a third term.")
    assert has(ex, "HOLDS_POSITION", "Ahmed Said Mze", "Comoros"), triples(ex)


def test_the_candidates_admitted_to_the_list_are(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Independent High Authority for Elections (ISIE) has accepted three of the 17 "
                            "applications filed for the October 7 presidential election, its president told a news "
                            "conference. The candidates admitted to the preliminary list are Lotfi Hammami; Mehdi "
                            "Ayari; and Ridha Jaziri.", published="2029-08-14")
    for person in ("Lotfi Hammami", "Mehdi Ayari", "Ridha Jaziri"):
        assert has(ex, "APPROVED_CANDIDACY", "Independent High Authority for Elections", person), (person, triples(ex))


def test_who_was_the_candidate_of_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    clauses = ("Mourad Hamlaoui, who is the candidate of the National Liberation Front (FLN), is expected to win.",
               "Hamlaoui, a 61-year-old former prime minister who was the candidate of the National Liberation Front "
               "(FLN), defeated two rivals.")
    for clause in clauses:
        ex = extract(extractor, "Algeria held a presidential election on Saturday won by Mourad Hamlaoui. " + clause,
                     published="2029-09-10")
        assert has(ex, "NOMINATED", "National Liberation Front", "Mourad Hamlaoui"), (clause, triples(ex))


def test_seats_win_no_presidential_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Bolivia held a presidential runoff on Sunday. The MAS, which governed Bolivia for "
                            "most of the past quarter-century, won 31 of the 130 seats in the Chamber of Deputies "
                            "in the first round.", published="2030-10-20")
    assert not any(r == "WON" for r, _, _ in triples(ex)), triples(ex)


def test_federal_president_is_one_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VIENNA, Sept 6 (APA) - Austria's Federal Electoral Board on Tuesday approved five "
                            "candidates for the presidential election on October 8. The incumbent, Federal "
                            "President Helmut Aigner, is not eligible after two terms in office.",
                 published="2027-09-06")
    assert "Federal" not in {e.name for e in ex.entities}, ex.entities
    assert not any(t == "Federal" for _, _, t in triples(ex)), triples(ex)


def test_the_chair_of_a_body_a_countrys_president(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The mission is led by Bernard Kamote on behalf of the chairperson of the SADC Organ "
                            "on Politics, Defence and Security Cooperation, Zimbabwe's President Tendai Mhlanga.",
                 published="2024-10-16")
    assert has(ex, "HOLDS_POSITION", "Tendai Mhlanga", "SADC Organ on Politics, Defence and Security Cooperation"), \
        triples(ex)


def test_an_acronym_tagged_as_a_place_is_the_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "QUITO, May 4 (EFE) - Ecuador's Electoral Register Office (Registel) on Friday accepted "
                            "four presidential candidates. The Registel also registered Paola Quintanilla, a "
                            "lawmaker whom the Citizen Movement chose as its candidate in March. Rafael Ortiz, "
                            "whose bid was rejected, told reporters outside the Registel headquarters in Quito that "
                            "he would appeal.", published="2031-05-04")
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Register Office", "Paola Quintanilla"), triples(ex)
    assert not any(e.name == "Registel" for e in ex.entities), ex.entities


def test_a_primary_named_in_someone_elses_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Peru's electoral board on Monday cleared eight candidates for the April 12 "
                            "presidential election. Among those cleared are former minister Rosa Huamani, the "
                            "candidate of the Popular Action party, and lawyer Diego Quispe Mamani, who was "
                            "nominated by the Purple Party after winning an open primary.", published="2031-01-20")
    assert has(ex, "CANDIDATE_IN", "Rosa Huamani", "presidential election"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Rosa Huamani", "primary"), triples(ex)


def test_his_is_the_person_named_in_the_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission registered five candidates for the June 2 presidential election, its "
                            "chairman, Tomas Varga, told reporters. \"The decisions were unanimous,\" Varga said. "
                            "The commission rejected the application of businessman Lukas Benedek, saying that "
                            "many of the signatures submitted in support of his independent bid were forged.",
                 published="2031-05-10")
    assert not has(ex, "CANDIDATE_IN", "Tomas Varga", "presidential election"), triples(ex)


def test_a_clerical_style_before_the_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    for style in ("Rev.", "Most Rev.", "Rt. Rev."):
        ex = extract(extractor, f"Meanwhile, the chairman of the National Peace Council, {style} Daniel Owusu, met "
                                "Kofi Mensah on Thursday.", published="2028-09-23")
        assert has(ex, "HOLDS_POSITION", "Daniel Owusu", "National Peace Council"), (style, triples(ex))


def test_a_double_barrelled_name_the_ner_cut(extractor) -> None:  # type: ignore[no-untyped-def]
    nlp = extractor.nlp
    with nlp.select_pipes(disable=["newsgraph"]):
        doc = nlp("Meanwhile, the chairman of the council, Daniel Ofori-Kwarteng, met Ama Serwaa on Thursday.")
    k = next(t.i for t in doc if t.text == "Ofori")
    # "Daniel Ofori", as the NER sometimes cuts it
    doc.ents = [Span(doc, k - 1, k + 1, label="PERSON"), *(e for e in doc.ents if e.start > k + 2)]
    nlp.get_pipe("newsgraph")(doc)
    assert "Daniel Ofori-Kwarteng" in {m.name for m in doc._.newsgraph.mentions}, doc._.newsgraph.mentions


def test_a_reported_list_of_cleared_candidates(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission on Friday disqualified three aspirants for the March 3 "
                            "presidential election. Announcing the decision in Lusaka, its chairman, Moses Banda, said "
                            "the cleared candidates were Peter Mwale of the Patriotic Front, Ruth Zulu of the Labour "
                            "Party, and independent candidate Joseph Tembo.", published="2031-01-18")
    for person in ("Peter Mwale", "Ruth Zulu", "Joseph Tembo"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission", person), (person, triples(ex))


def test_a_convention_named_like_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission cleared four candidates for the December 7 presidential election: "
                            "Kojo Mensah of the Progressive Party, Ama Owusu of the United Front, Yaw Darko of the "
                            "Popular National Convention, and Efua Sarpong.", published="2028-09-23")
    assert has(ex, "NOMINATED", "Popular National Convention", "Yaw Darko"), triples(ex)


def test_her_delegation_is_the_one_she_leads(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An election observation mission of the Southern African Development Community (SADC), "
                            "led by former Malawian Vice President Grace Phiri, arrived in Lusaka on Sunday. It was "
                            "joined by the African Union Election Observation Mission, which is headed by former "
                            "Kenyan minister Janet Wambui. On Monday evening, Phiri and members of her delegation "
                            "held talks with Peter Mwale.", published="2031-08-04")
    met = {frozenset((s, t)) for r, s, t in triples(ex) if r == "MET_WITH"}  # (symmetric: either order)
    assert frozenset(("SADC delegation", "Peter Mwale")) in met, met
    assert not any("African Union" in name for pair in met for name in pair), met


def test_a_partys_convener(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Citizens' Front (CF) said it would name its candidates next week. Its convener, "
                            "Rashida Akhter, told reporters the party would contest every seat.",
                 published="2030-11-22")
    assert has(ex, "HOLDS_POSITION", "Rashida Akhter", "Citizens' Front"), triples(ex)


def test_the_party_said_it_nominated(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Awami Unity Party (AUP) released its list of 180 candidates on Thursday. Its "
                            "leader will run in Dhaka-4, while deputy leader Kamal Hossain Mia was nominated for "
                            "Sylhet-2, the party said at a press briefing.", published="2030-11-22")
    assert has(ex, "NOMINATED", "Awami Unity Party", "Kamal Hossain Mia"), triples(ex)


def test_a_states_assembly_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BHUBANESWAR, March 20 (SANS) - Election authorities on Friday accepted 1,020 nominations "
                            "for the May 2 assembly election and rejected 96. The Election Commission of India "
                            "announced the schedule for the Odisha election on March 1.", published="2032-03-20")
    kinds = set(election_kinds(ex))
    assert kinds == {"regional"}, ex.entities


def test_an_undated_rejection_restates_the_lede(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the parser hangs "on Friday" on the commission here, not on "approved")
    ex = extract(extractor, "ACCRA, Sept. 23 (GNA) - Ghana's Electoral Commission (EC) on Friday approved the "
                            "nominations of four candidates for the December 9 presidential election and "
                            "disqualified two others whose forms it said had errors.\n\nThe cleared candidates "
                            "will draw lots for their places on the ballot next week. The campaign opens in "
                            "October. Voting will run from 7 a.m. to 5 p.m.\n\nThe commission rejected the "
                            "nomination of Kofi Atta-Mensah, the flagbearer of the Green Party, saying his fee had "
                            "not been paid.", published="2028-09-23")
    assert dated(ex, "REJECTED_CANDIDACY", "Electoral Commission", "Kofi Atta-Mensah") == "2028-09-22"


def test_the_director_of_the_directorate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Preliminary results published by the Swedish Directorate of Elections showed the Greens "
                            "gaining. Turnout was 81 percent, said Lars Ek, the director of the directorate.",
                 published="2030-09-11")
    assert any(s == "Lars Ek" and t == "Swedish Directorate of Elections" for _, s, t in triples(ex)), triples(ex)


def test_a_counsellors_style_before_the_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tubman received 52.3 percent of the valid votes, NEC chairperson Cllr. Musu Dolo-Kpoto "
                            "announced at the commission's headquarters in Monrovia.", published="2029-10-20")
    assert has(ex, "HOLDS_POSITION", "Musu Dolo-Kpoto", "NEC"), triples(ex)


def test_party_leader_of_the_party_in_the_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "His main rival is Ahmed Shareef, who won the Progressive Party's primary in May. The "
                            "Greens have fielded party leader Aminath Rasheed, while Ali Waheed runs as an "
                            "independent.", published="2028-08-20")
    assert has(ex, "HEADS", "Aminath Rasheed", "Greens"), triples(ex)
    assert not has(ex, "HEADS", "Aminath Rasheed", "Progressive Party"), triples(ex)


def test_names_that_complete_the_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Electoral Board on Tuesday approved four candidates for the presidential "
                            "election on May 9.\n\nCleared to run are Anna Berger, a former minister, and Karl "
                            "Huber, the mayor of Graz. The Greens have fielded their chairwoman, Lena Wolf. "
                            "Economist Jakob Stein and entrepreneur Marie Lang complete the list.",
                 published="2030-03-02")
    for person in ("Jakob Stein", "Marie Lang"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Electoral Board", person), (person, triples(ex))


def test_the_commission_named_by_its_noun_before_a_court(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission of Namibia (ECN) on Wednesday barred Petrus Shilongo from "
                            "standing in the May 22 general election. His party said it would take the decision to "
                            "the Electoral Court. The commission dismissed 30 other objections, including one against "
                            "Maria Nangolo, a deputy minister. Nangolo's candidacy was confirmed.",
                 published="2029-03-14")
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission of Namibia", "Maria Nangolo"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Electoral Court", "Maria Nangolo"), triples(ex)


def test_a_list_headed_in_a_relative_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Namibian Unity Congress (NUC) said it would appeal. His name was removed from the "
                            "party's national list, which will now be headed by his deputy, Selma Iipinge.",
                 published="2029-03-14")
    assert has(ex, "NOMINATED", "Namibian Unity Congress", "Selma Iipinge"), triples(ex)


def test_campaigning_with_someone_at_the_top_of_the_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A total of 40 parties will appear on the ballot. The Landless People's Movement (LPM) is "
                            "again campaigning with Bernadus Swartbooi at the top of its list.", published="2029-03-14")
    assert has(ex, "NOMINATED", "Landless People's Movement", "Bernadus Swartbooi"), triples(ex)


def test_a_refused_request_to_disqualify(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "At the same session the Central Elections Committee rejected a request by the Unity "
                            "party to disqualify Labour candidate Miriam Katz, a teacher from Haifa.",
                 published="2030-09-26")
    assert not any(r == "REJECTED_CANDIDACY" for r, _, _ in triples(ex)), triples(ex)


def test_belongs_to_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Tomas Riera, who belongs to the Liberal Party, said on Wednesday he respected "
                            "the court's decision.", published="2026-05-06")
    assert has(ex, "MEMBER_OF", "Tomas Riera", "Liberal Party"), triples(ex)


def test_of_a_party_set_off_by_commas(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Labour Minister Carla Ibarra, of the Green Party, is expected to lead the government's "
                            "campaign.", published="2026-05-06")
    assert has(ex, "MEMBER_OF", "Carla Ibarra", "Green Party"), triples(ex)


def test_whose_president_of_a_body_named_in_the_phrase(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The petition was organised by the FTU-CS trade union federation, whose president, "
                            "Mario Lemos, called the ruling a victory.", published="2026-05-06")
    assert has(ex, "HOLDS_POSITION", "Mario Lemos", "FTU-CS"), triples(ex)


def test_a_coalition_partner_tagged_as_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    nlp = extractor.nlp
    with nlp.select_pipes(disable=["newsgraph"]):
        doc = nlp("Sakigake, the LDP's junior coalition partner, has put up 11 candidates in single-seat districts.")
    doc.ents = [Span(doc, 0, 1, label="GPE"), *(e for e in doc.ents if e.start > 0)]  # as the NER may tag it
    nlp.get_pipe("newsgraph")(doc)
    assert any(m.name == "Sakigake" and m.type == "Organization" for m in doc._.newsgraph.mentions), \
        doc._.newsgraph.mentions


def test_a_team_of_ten_from_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A team of twelve from the East African Community (EAC), led by Tanzanian diplomat Asha "
                            "Mwinyi, monitored the vote.", published="2026-03-02")
    assert any(r == "HEADS" and s == "Asha Mwinyi" and "EAC" in t for r, s, t in triples(ex)), triples(ex)
    assert any(r == "REPRESENTS" and t == "East African Community" for r, _, t in triples(ex)), triples(ex)


def test_the_party_of_president_x(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Unity and Progress Party (UPP) of President Hassan Ali Warsame won 19 of the 24 seats "
                            "on the regional council.", published="2026-03-02")
    assert has(ex, "MEMBER_OF", "Hassan Ali Warsame", "Unity and Progress Party"), triples(ex)


def test_a_bodys_name_runs_on_to_its_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Independent Authority for the Supervision of Elections (AISE), which organises the "
                            "vote, said it had printed 8 million voter cards. Its president, Amadou Diallo, spoke in "
                            "Niamey. The Alliance for Progress in Niger (Apro-PN) on Saturday designated its secretary "
                            "general, Issa Moussa, as its candidate.", published="2031-07-08")
    names = {e.name for e in ex.entities}
    assert {"Independent Authority for the Supervision of Elections", "Alliance for Progress in Niger"} <= names, names
    assert has(ex, "NOMINATED", "Alliance for Progress in Niger", "Issa Moussa"), triples(ex)


def test_a_party_inside_a_run_of_words_is_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Carla Ferri, a member of the Chamber of Deputies for the Democratic Party (PD), won the "
                            "regional election.", published="2026-02-17")
    assert "Democratic Party" in {e.name for e in ex.entities}, ex.entities


def test_a_list_read_out_by_its_president(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Guinea's Constitutional Court on Saturday validated six candidacies. The list, read out "
                            "at the court's headquarters in Conakry by its president, Mamadou Sylla, includes Alpha "
                            "Bah, the candidate of the ruling RPG party.", published="2030-09-14")
    assert has(ex, "HOLDS_POSITION", "Mamadou Sylla", "Constitutional Court"), triples(ex)


def test_led_by_a_former_president_of_parliament(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Announcing the results, CENI president Amadou Sall said turnout had reached 57 percent. "
                            "The African Union observation mission, led by former Angolan president of parliament "
                            "Maria Bastos Neto, said the election had been calm.", published="2029-06-30")
    assert any(r == "HEADS" and s == "Maria Bastos Neto" for r, s, _ in triples(ex)), triples(ex)
    assert not any(r == "HEADS" and s == "Amadou Sall" for r, s, _ in triples(ex)), triples(ex)


def test_the_vote_told_of_before_a_named_one_of_another_kind(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Supervisory Commission (ESC) on Monday approved four candidacies for the "
                            "November 19 election. It accepted the presidential candidacy of Anil Seetohul, put "
                            "forward by the Labour Movement. Legislative elections will be held on the same day.",
                 published="2031-10-06")
    runs = [(r.type, e) for r in ex.relations for e in ex.entities if e.id == r.target and r.type == "CANDIDATE_IN"]
    assert [e.properties.get("kind") for _, e in runs] == ["presidential"], runs


def test_its_head_named_after_a_long_title_in_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A SADC Electoral Observation Mission arrived in Maseru on Monday. Its head, Botswana's "
                            "Minister of Foreign Affairs and International Cooperation, Lemogang Kwape, met the "
                            "chairperson of the Independent Electoral Commission, Mpaiphele Maqutu.",
                 published="2031-10-06")
    assert has(ex, "HEADS", "Lemogang Kwape", "SADC Electoral Observation Mission"), triples(ex)
    assert frozenset({"Lemogang Kwape", "Mpaiphele Maqutu"}) in {
        frozenset({s, t}) for r, s, t in triples(ex) if r == "MET_WITH"}, triples(ex)


def test_the_vote_is_not_one_told_of_only_in_an_aside(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TRIPOLI, March 3 - The High National Elections Commission (HNEC) on Monday registered "
                            "120 candidates for the municipal council elections in 15 towns. Commission chairman Imad "
                            "Senussi said the vote would take place on April 20. Senussi, who has pushed for a "
                            "presidential election that he hopes will be held next year, said the commission had "
                            "rejected 12 applications. The European Union will send observers to monitor the vote.",
                 published="2031-03-03")
    kinds = {e.id: e.properties.get("kind") for e in ex.entities}
    observed = [kinds[r.target] for r in ex.relations if r.type == "OBSERVES"]
    assert observed == ["local"], triples(ex)


def test_the_seats_a_vote_filled_give_its_kind_before_a_named_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Reform candidates won 11 of parliament's 99 seats in Sunday's election, Interior Minister "
                            "Omar Haddad said on Tuesday. The Civic Observatory, which monitored the vote, reported "
                            "900 violations. Parliament voted in April to postpone municipal elections until next "
                            "year.", published="2031-05-20")
    kinds = {e.id: e.properties.get("kind") for e in ex.entities}
    observed = [kinds[r.target] for r in ex.relations if r.type == "OBSERVES"]
    assert observed == ["parliamentary"], triples(ex)


def test_a_hyphenated_surname_the_ner_tagged_as_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, '"The law is the law, even for those we admire," the court\'s president, Marie-Therese '
                            "Nguema-Ella, said as she read out the ruling. The court upheld the rejection of trade "
                            "unionist Seraphin Mouele-Boussougou and of Ghislain Mintsa, a former lawmaker.",
                 published="2031-03-12")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Marie-Therese Nguema-Ella", "Seraphin Mouele-Boussougou", "Ghislain Mintsa"} <= people, ex.entities
    assert not {e.name for e in ex.entities if e.type == "Organization"} & {"Nguema-Ella", "Ghislain Mintsa"}


def test_a_subject_the_parser_hung_on_had(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Commission for Elections (CNOCER) had on March 1 validated the files of "
                            "economist Pauline Nze Obiang and lawyer Marc Ondo.", published="2031-03-12")
    assert has(ex, "APPROVED_CANDIDACY", "National Commission for Elections", "Pauline Nze Obiang"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "National Commission for Elections", "Marc Ondo"), triples(ex)


def test_two_councils_named_in_full_and_joined(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Councillors voted to back Kavanagh after Mayo County Council, Leitrim County Council "
                            "and Wexford County Council passed similar motions.", published="2031-09-19")
    names = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Leitrim County Council", "Wexford County Council"} <= names, names


def test_a_party_named_by_its_members_with_a_place_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Welsh Conservatives won 16 seats, but their leader, Owain Beddoe, said the party had "
                            "hoped for more. The Welsh Liberal Democrats kept a foothold in the chamber when their "
                            "leader, Megan Pritchard, was elected.", published="2031-05-08")
    assert has(ex, "HEADS", "Owain Beddoe", "Welsh Conservatives"), triples(ex)
    assert has(ex, "HEADS", "Megan Pritchard", "Welsh Liberal Democrats"), triples(ex)


def test_a_name_its_acronym_spells_across_in_the(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The list also includes Aissatou Bello, a former minister who leads the Union for Change "
                            "in the North (UCN).", published="2031-08-08")
    assert has(ex, "HEADS", "Aissatou Bello", "Union for Change in the North"), triples(ex)


def test_last_years_election_is_not_the_storys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission (EC) on Thursday approved 40 candidates for the May 14 general "
                            "election. Kittisak Ratanaporn had been named by the Thai Unity Party as its only "
                            "candidate for the premiership. Ploypailin Sirikul lost last year's Bangkok gubernatorial "
                            "election to Anan Chaiyasit.\n\n\"We checked every name,\" the commission said.\n\n"
                            "The EC set the polling date in March.", published="2031-04-07")
    kinds = {e.id: e.properties.get("kind") for e in ex.entities}
    runs = {kinds[r.target] for r in ex.relations if r.type == "CANDIDATE_IN"
            and any(e.id == r.source and e.name == "Kittisak Ratanaporn" for e in ex.entities)}
    assert runs == {"general"}, triples(ex)


def test_a_name_tagged_as_a_place_in_a_persons_context(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Those cleared include Thanakorn Wisetsak, the 42-year-old leader of the Forward Alliance "
                            "Party; and Ploypailin Sirikul, the first of three names submitted by the New Dawn Party. "
                            "Ploypailin, a former deputy governor of Bangkok, lost last year's Bangkok gubernatorial "
                            "election to independent Anan Chaiyasit.", published="2031-04-07")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Ploypailin Sirikul", "Anan Chaiyasit"} <= people, ex.entities


def test_a_title_after_an_age(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Thanakorn Wisetsak, the 42-year-old leader of the Forward Alliance Party, said he would "
                            "run.", published="2031-04-07")
    assert has(ex, "HEADS", "Thanakorn Wisetsak", "Forward Alliance Party"), triples(ex)


def test_an_act_on_someone_described_then_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission (EC) on Thursday approved 63 candidates for the May 14 general "
                            "election but rejected the nomination of a former investment banker over his shares in a "
                            "media company.\n\nKittisak Ratanaporn, 51, had been named by the Thai Unity Party (TUP) "
                            "as its only candidate.", published="2031-04-11")
    assert has(ex, "REJECTED_CANDIDACY", "Election Commission", "Kittisak Ratanaporn"), triples(ex)


def test_a_runoff_of_the_vote_its_sentence_names_beside_a_primary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SANTIAGO, Dec 20 - Chileans on Sunday elected Rodrigo Echeverria, a former senator, as "
                            "their next president, handing the Broad Front a decisive runoff victory over Carolina "
                            "Fuentes. Echeverria secured the Broad Front nomination in a primary on July 18.",
                 published="2031-12-20")
    assert has(ex, "WON", "Rodrigo Echeverria", "2031 Chile presidential election"), triples(ex)


def test_a_delegation_from_a_body_led_by_with_from_on_the_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Also on Wednesday, Cevallos received a delegation from the Organization of American "
                            "States (OAS) led by Lucia Ferrante, director of the OAS Department for Electoral "
                            "Cooperation.", published="2031-05-25")
    assert any(r == "HEADS" and s == "Lucia Ferrante" and "delegation" in t for r, s, t in triples(ex)), triples(ex)


def test_elected_president_of_a_region(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ANCONA, Sept 30 - Francesco Marinelli was elected president of the Marche region on "
                            "Monday, taking 52.1 percent of the vote. The election was called by outgoing regional "
                            "president Marco Lattanzi.", published="2031-09-30")
    kinds = set(election_kinds(ex))
    assert kinds == {"regional"}, ex.entities


def test_reported_would_be_its_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The opposition Nationalist Party (PN) confirmed on Tuesday that its leader, Adrian "
                            "Zammit, would be its candidate for prime minister.", published="2031-05-02")
    assert has(ex, "NOMINATED", "Nationalist Party", "Adrian Zammit"), triples(ex)
    ex = extract(extractor, "The Nationalist Party said Adrian Zammit would be its candidate if he wins the primary.",
                 published="2031-05-02")
    assert not has(ex, "NOMINATED", "Nationalist Party", "Adrian Zammit"), triples(ex)


def test_a_partys_executive_approving_candidates_nominates_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Nationalist Party (PN) held a meeting. The party's executive approved 84 candidates, "
                            "among them Rita Cassar and Mario Attard.", published="2031-05-02")
    assert has(ex, "NOMINATED", "Nationalist Party", "Rita Cassar"), triples(ex)
    assert not any(r == "APPROVED_CANDIDACY" for r, _, _ in triples(ex)), triples(ex)


def test_a_list_the_parser_split_at_its_semicolons(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) on Monday registered five candidates for the "
                            "October 24 presidential election.\n\nPresident Jahongir Usmonov was nominated in August "
                            "by the Liberal Democratic Party (UzLiDeP). The other four are Dilnoza Rahimova of the "
                            "People's Democratic Party (PDP); Akmal Tursunov, chairman of the Adolat Social Democratic "
                            "Party; Otabek Yusupov, who heads the political council of the National Revival "
                            "Democratic Party; and Sardor Nazarov, the Ecological Party's nominee.",
                 published="2031-09-14")
    for person in ("Dilnoza Rahimova", "Akmal Tursunov", "Otabek Yusupov", "Sardor Nazarov"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Election Commission", person), (person, triples(ex))


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Sekou Bangoura is seeking a third term. Twelve candidates are on the ballot. "
                            "Besides Bangoura, whom the ruling Rally of the Guinean People (RPG) nominated in August, "
                            "they include Mamadou Saliou Barry.", published="2031-10-15")
    assert "Besides Bangoura" not in {e.name for e in ex.entities}, ex.entities


def test_a_ruling_party_before_a_list_rules_nobody_out(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Twelve candidates are on Sunday's ballot after the Constitutional Court validated their "
                            "files in September. Besides Bangoura, whom the ruling Rally of the Guinean People (RPG) "
                            "nominated in August, they include Mamadou Saliou Barry.", published="2031-10-15")
    assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", "Mamadou Saliou Barry"), triples(ex)
    assert not any(r == "REJECTED_CANDIDACY" for r, _, _ in triples(ex)), triples(ex)


def test_its_leader_is_the_partys_not_the_courts(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Parties must submit their lists to the Supreme Civil and Criminal Court. Last month the "
                            "court excluded the far-right Patriotic Dawn from the European ballot and refused to "
                            "register its leader, Spyros Dimou, as a candidate.", published="2031-06-12")
    assert has(ex, "HEADS", "Spyros Dimou", "Patriotic Dawn"), triples(ex)
    assert not has(ex, "HEADS", "Spyros Dimou", "Supreme Civil and Criminal Court"), triples(ex)


def test_a_plural_countrys_possessive_is_no_part_of_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Philippines' Commission on Elections (Comelec) has declared 87 people nuisance "
                            "candidates, its spokesman, Jaime Villanueva, said on Tuesday.", published="2031-12-15")
    names = {e.name for e in ex.entities if e.type == "Organization"}
    assert "Commission on Elections" in names and not any("Philippines" in n for n in names), names


def test_a_leaning_before_a_partys_name_and_a_lower_case_party(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the parse the article gives: "Islamist" a compound of "party", as "Tawassoul" is)
    ex = extract_reparsed(extractor, "Khadijetou Mint Ahmed, who ran for the Islamist Tawassoul party, was third "
                                     "with 12 percent.", {"Islamist": ("party", "compound")}, published="2031-07-01",
                          ents={"Islamist": "B-NORP", "Tawassoul": "O"}, pos={"Islamist": "PROPN"})
    assert ("NOMINATED", "Tawassoul party", "Khadijetou Mint Ahmed") in triples(ex), triples(ex)


def test_a_days_possessive_is_no_part_of_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Observers arrived in Banjul ahead of Saturday's National Assembly election.",
                 published="2031-12-01")
    names = {e.name for e in ex.entities}
    assert "Saturday's National Assembly" not in names, names


def test_a_party_the_ner_tagged_as_a_person_selects_a_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Fianna Fáil has selected county councillor Róisín Lally to contest the by-election.",
                 published="2031-09-19")
    assert {e.name: e.type for e in ex.entities}.get("Fianna Fáil") == "Organization", ex.entities


def test_the_nine_cleared_include(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PRAGUE, Dec 6 - The Interior Ministry has registered nine candidates for January's "
                            "presidential election and turned down three others, its spokeswoman said on Wednesday."
                            "\n\nThe nine cleared on Tuesday include President Jaroslav Novotny, who is seeking a "
                            "second term, and his main rival, former Academy of Sciences chairman Pavel Simek. "
                            "Senator Lenka Maresova, an independent backed by eleven fellow senators, is also on the "
                            "list.", published="2031-12-06")
    for person in ("Jaroslav Novotny", "Pavel Simek", "Lenka Maresova"):
        assert has(ex, "APPROVED_CANDIDACY", "Interior Ministry", person), (person, triples(ex))


def test_a_clause_after_a_semicolon_is_no_item_of_the_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The opposition Macedonian National Union (MNU) has fielded Gordana Petreska-Ilievska, a "
                            "former deputy mayor of Kumanovo; and Bujar Rexhepi is running on the ticket of the "
                            "Democratic Party of Albanians for Integration (DPAI).", published="2031-04-12")
    assert not has(ex, "NOMINATED", "Macedonian National Union", "Bujar Rexhepi"), triples(ex)
    assert has(ex, "NOMINATED", "Democratic Party of Albanians for Integration", "Bujar Rexhepi"), triples(ex)


def test_a_runoff_won_for_the_presidency_in_a_parliamentary_story(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SOFIA, March 22 - Observers arrived on Wednesday for Sunday's early parliamentary "
                            "election. President Plamen Georgiev, who won the presidency in a runoff on November 13 "
                            "with 59.4 percent, "
                            "dissolved the National Assembly and scheduled the vote for March 26, after none of the "
                            "parliamentary groups agreed to form a cabinet.", published="2031-03-22")
    kinds = {e.id: e.properties.get("kind") for e in ex.entities}
    won = {kinds[r.target] for r in ex.relations if r.type == "WON"}
    assert won == {"presidential"}, triples(ex)


def test_a_translated_name_with_an_article_and_its_own_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Former prime minister Lourenco Alves Belo won the runoff against the incumbent, Domingos "
                            "Soares Ximenes. Ximenes had been nominated by the Revolutionary Front for an Independent "
                            "Timor (FRETIT).", published="2031-04-21")
    assert ("NOMINATED", "Revolutionary Front for an Independent Timor", "Domingos Soares Ximenes") in triples(ex), \
        triples(ex)


def test_standing_aside_to_let_him_run(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Former prime minister Lourenco Alves Belo has won the presidential runoff. Belo was the "
                            "candidate of the National Congress (CNTR), whose president, Xavier Pereira, stood aside "
                            "last year to let him run.", published="2031-04-21")
    assert not any(r == "CANDIDATE_IN" and s == "Xavier Pereira" for r, s, _ in triples(ex)), triples(ex)


def test_due_to_meet_is_planned(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A Commonwealth Observer Group led by Clement Forde arrived on Monday. Forde is also due "
                            "to meet President Winston Adams and opposition leader Vikram Ramdass later this week.",
                 published="2031-02-25")
    assert not any(r == "MET_WITH" for r, _, _ in triples(ex)), triples(ex)


def test_fixing_the_date_bare_calls_the_storys_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Guyana holds general elections on March 2. The vote was due by March 2019, but President "
                            "Winston Adams fixed the date only on October 1.", published="2031-02-25")
    assert any(r == "CALLED_ELECTION" and s == "Winston Adams" for r, s, _ in triples(ex)), triples(ex)
    ex = extract(extractor, "Guyana holds general elections on March 2. Judge Winston Adams set the date of the "
                            "hearing for Monday.", published="2031-02-25")
    assert not any(r == "CALLED_ELECTION" for r, _, _ in triples(ex)), triples(ex)


def test_pushing_back_the_election_sets_its_date(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CARACAS, March 2 - The National Electoral Council (CNE) on Thursday pushed back the "
                            "presidential election by four weeks to May 20.", published="2031-03-02")
    assert any(r == "CALLED_ELECTION" and s == "National Electoral Council" for r, s, _ in triples(ex)), triples(ex)


def test_also_on_the_ballot_are(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission for Sierra Leone (ECSL) has cleared 13 candidates to contest "
                            "the June 24 presidential election. Its chief read out the list on Thursday. The main "
                            "challenger will again be Alhaji Musa Conteh. Also on the ballot are Fatu Mansaray of the "
                            "National Grand Coalition (NGC) and the Unity Party's candidate, businessman Yusuf "
                            "Bockarie Jalloh.", published="2031-04-21")
    for person in ("Fatu Mansaray", "Yusuf Bockarie Jalloh"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission for Sierra Leone", person), (person, triples(ex))


def test_neither_bloc_won(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The parliamentary election was held on Sunday. The Civic Bloc and the People's Front "
                            "shared the seats, and neither bloc won a majority.", published="2031-11-22")
    assert not any(r == "WON" for r, _, _ in triples(ex)), triples(ex)


def test_former_before_a_bodys_name_and_its_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "His main rival is former Academy of Sciences chairman Pavel Simek.",
                 published="2031-12-06")
    assert not any(r == "HOLDS_POSITION" for r, _, _ in triples(ex)), triples(ex)


def test_a_wished_for_meeting_is_no_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Andreas Christoforou has said he wants an early meeting with Turkish Cypriot "
                            "leader Huseyin Ersoy to revive talks.", published="2031-02-05")
    assert not any(r == "MET_WITH" for r, _, _ in triples(ex)), triples(ex)


def test_returned_with_a_share_of_the_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Laos held its February 21 legislative election. Prime Minister Thongsavanh Keoduangdy was "
                            "returned in Vientiane Capital with 97.6 percent of the vote in his constituency.",
                 published="2031-03-03")
    assert any(r == "WON" and s == "Thongsavanh Keoduangdy" for r, s, _ in triples(ex)), triples(ex)
    ex = extract(extractor, "The legislative election was held on Sunday. Minister Anan Sithong was returned to "
                            "Vientiane on Monday.", published="2031-03-03")
    assert not any(r == "WON" for r, _, _ in triples(ex)), triples(ex)


def test_a_post_of_the_body_named_again_in_lower_case(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The party won 159 of the 164 seats in the ninth National Assembly. NEC chairman "
                            "Phetsamone Sisouphanh spoke in Vientiane. Phetsamone, who is also a vice-president of the "
                            "outgoing assembly, put turnout at 98.1 percent.", published="2031-03-03")
    assert has(ex, "HOLDS_POSITION", "Phetsamone Sisouphanh", "National Assembly"), triples(ex)


def test_set_a_day_as_the_date_read_as_a_clause_on_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Election Board of Ethiopia (NEBE) on Thursday set June 15 as the date of the "
                            "seventh general election.", published="2031-09-12")
    assert any(r == "CALLED_ELECTION" and s == "National Election Board of Ethiopia" for r, s, _ in triples(ex)), \
        triples(ex)


def test_a_partys_mayor_is_its_member(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Liberal Reform Union (ULR) did well. In Cluj-Napoca, ULR mayor Emil Pop was "
                            "re-elected for a third term with 71 percent.", published="2031-09-28")
    assert has(ex, "MEMBER_OF", "Emil Pop", "Liberal Reform Union"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Emil Pop", "Liberal Reform Union"), triples(ex)


def test_whom_after_the_last_persons_long_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Five candidates are on the ballot. His rivals are Miroj Abdulloev of the Agrarian Party, "
                            "Jahongir Saidov of the Socialist Party and Rustam Odinaev, a deputy of the Majlisi "
                            "Namoyandagon, the lower house of parliament, whom the Communist Party of Tajikistan "
                            "nominated.", published="2031-10-10")
    nominated = {t for r, s, t in triples(ex) if r == "NOMINATED" and s == "Communist Party of Tajikistan"}
    assert nominated == {"Rustam Odinaev"}, triples(ex)


def test_its_experts_include(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The 14-member mission, led by Slovenian diplomat Mojca Kranjc, arrived in London on June "
                            "11. Its experts include Finnish lawyer Jukka Lehtonen and Rasa Vaitkute, a Lithuanian "
                            "specialist in election technology.", published="2031-06-21")
    members = {s for r, s, _ in triples(ex) if r == "MEMBER_OF"}
    assert {"Jukka Lehtonen", "Rasa Vaitkute"} <= members, triples(ex)


@pytest.mark.parametrize(("after", "day"), [("two days later", "2031-03-22"), ("a day later", "2031-03-21"),
                                            ("the following day", "2031-03-21")])
def test_days_later_than_the_day_told_before(extractor, after: str, day: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The House was dissolved by royal decree on March 20, and the Election Commission set the "
                            f"date of the general election {after}.", published="2031-04-07")
    assert dated(ex, "CALLED_ELECTION", "Election Commission", "general election") == day, triples(ex)


def test_a_body_and_the_person_after_its_comma_tagged_as_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The vote was called by the Speaker of the House of the People, Abdullahi Osman Hirabe, in "
                            "April.", published="2031-05-16")
    assert has(ex, "HOLDS_POSITION", "Abdullahi Osman Hirabe", "House of the People"), triples(ex)


def test_who_will_nominate_the_next_prime_minister(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Unity party named Finance Minister Dace Krumina as its choice for prime minister. "
                            "President Egils Berzins, who will nominate the next prime minister after the vote, urged "
                            "Latvians to turn out.", published="2031-10-04")
    assert not any(r == "NOMINATED" and s == "Egils Berzins" for r, s, _ in triples(ex)), triples(ex)


def test_which_disqualifies_him_is_the_law(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Last month the CVK struck Juris Liepins off the list of the Latvian Farmers' Alliance "
                            "(LZA) after the security service reported that he had worked as an informant for the "
                            "Soviet-era KGB, which disqualifies him under Latvian law.", published="2031-10-04")
    assert not any(r == "REJECTED_CANDIDACY" and s == "KGB" for r, s, _ in triples(ex)), triples(ex)


def test_a_list_published_after_turning_down_x(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORT-AU-PRINCE, June 22 - The Provisional Electoral Council (CEP) on Monday published the "
                            "list of 22 candidates cleared to run in the September 26 presidential election, after "
                            "turning down 11 applications, including that of former senator Jean-Baptiste Desir.",
                 published="2031-06-22")
    assert has(ex, "REJECTED_CANDIDACY", "Provisional Electoral Council", "Jean-Baptiste Desir"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Provisional Electoral Council", "Jean-Baptiste Desir"), triples(ex)


def test_barred_by_a_term_limit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The State Election Commission registered four candidates. Outgoing President Filip "
                            "Vujosevic, who has served two terms, is barred from standing again.",
                 published="2031-03-10")
    assert not any(r == "REJECTED_CANDIDACY" for r, _, _ in triples(ex)), triples(ex)


def test_a_candidacy_in_the_election_the_sentence_before_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LISBON, March 20 - President Henrique Teles set a snap legislative election for May 18. "
                            "It will be the third parliamentary election in three years, and the parliamentary "
                            "election campaign starts in May. "
                            "The snap vote falls eight months before the presidential election of January 2026, in "
                            "which Teles is barred from running. Retired admiral Jorge Meireles has said he will stand "
                            "as an independent.", published="2031-03-20")
    kinds = {e.id: e.properties.get("kind") for e in ex.entities}
    runs = {kinds[r.target] for r in ex.relations if r.type == "CANDIDATE_IN"
            and any(e.id == r.source and e.name == "Jorge Meireles" for e in ex.entities)}
    assert runs == {"presidential"}, triples(ex)


def test_a_town_election_beside_a_vote_on_an_initiative(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LAUSANNE, Nov 30 - Marc Delacour was re-elected city president of Lausanne on Sunday "
                            "with 58 percent of the vote in an election held under new rules. Turnout rose to 51 "
                            "percent, lifted by a national vote held the same day on an initiative to cap rents. "
                            "The initiative won 48 percent of the popular vote. The Federal Council had fixed the "
                            "date of that vote in June.", published="2031-11-30")
    kinds = {e.id: e.properties.get("kind") for e in ex.entities if e.type == "Election"}
    won = {kinds[r.target] for r in ex.relations if r.type == "WON"}
    called = {kinds[r.target] for r in ex.relations if r.type == "CALLED_ELECTION"}
    assert won == {"local"} and called == {"referendum"}, (triples(ex), kinds)


def test_whose_party_won_read_as_a_second_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Croatian Prime Minister Ivo Peran resigned on Monday, and a parliamentary "
                            "election is due in June. Peran, whose Civic Renewal Party (GOS) won the 2027 election "
                            "with 31 percent, stepped down after a court ruling.",
                 published="2031-04-16")
    assert has(ex, "WON", "Civic Renewal Party", "2027 Croatia parliamentary election"), triples(ex)
    assert not any(r == "WON" and s == "Ivo Peran" for r, s, _ in triples(ex)), triples(ex)


def test_a_countrys_own_watchdog_deploys_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LUSAKA, May 29 - Zambia held municipal elections on Sunday. The Citizens' Alliance "
                            "for Honest Polls (CAHP), which deployed 300 observers across the 12 districts, said its "
                            "observers had recorded few problems.", published="2031-05-29")
    assert not [e.name for e in ex.entities if e.type == "Delegation"], triples(ex)
    assert has(ex, "OBSERVES", "Citizens' Alliance for Honest Polls", "2031 Zambia local election"), triples(ex)


def test_a_foreign_bloc_deploys_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LUSAKA, May 29 - Zambia held municipal elections on Sunday. The Southern African "
                            "Development Community (SADC), which deployed 30 observers across the 12 districts, said "
                            "voting had been calm.", published="2031-05-29")
    assert [e.name for e in ex.entities if e.type == "Delegation"] == ["SADC delegation"], triples(ex)


def test_the_bloc_sent_observers_led_by_x(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BANJUL, Dec 22 - Gambia held parliamentary elections on Thursday. Talks mediated by "
                            "the Southern Regional Union (SRU) broke down in October. The regional bloc sent 25 "
                            "observers, led by former Ghanaian minister Kofi Mensah-Ampah.", published="2031-12-22")
    assert has(ex, "HEADS", "Kofi Mensah-Ampah", "SRU delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "SRU delegation", "Southern Regional Union"), triples(ex)


def test_an_acronym_with_a_name_after_its_hyphen(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NIAMEY, Nov 14 - Among those cleared is Ali Sabo, the candidate of the ruling Sahel "
                            "Union for Progress (SUP-Amina Kai). The SUP won 80 seats in 2016.",
                 published="2031-11-14")
    people = [e.name for e in ex.entities if e.type == "Person"]
    bodies = [e for e in ex.entities if e.type == "Organization"]
    assert people == ["Ali Sabo"], people
    assert len(bodies) == 1 and {"SUP", "SUP-Amina Kai"} <= set(bodies[0].aliases), bodies


def test_a_listed_candidate_who_hopes_to_succeed_the_president(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NIAMEY, Nov 14 - The Constitutional Court has validated 30 candidacies for the "
                            "December 27 presidential election. Among those cleared is Ali Sabo, a former interior "
                            "minister and the candidate of the ruling Sahel Union (SU), who hopes to succeed "
                            "President Musa Dantata.", published="2031-11-14")
    assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", "Ali Sabo"), triples(ex)
    assert not any(t == "Musa Dantata" and r != "HOLDS_POSITION" for r, _, t in triples(ex)), triples(ex)


def test_the_outcome_of_an_election_six_days_ahead(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MANAGUA, Nov 20 - The head of the EU mission urged the parties on Monday to respect "
                            "the outcome of the Nov. 26 general election in Nicaragua. Five candidates are on the "
                            "ballot, among them President Luis Zeledon of the Unity Party.", published="2031-11-20")
    elections = [e for e in ex.entities if e.type == "Election"]
    assert [e.properties.get("date") for e in elections] == ["2031-11-26"], elections


@pytest.mark.parametrize("title", ["chief observer", "chief election observer"])
def test_a_bodys_chief_observer_in_the_host_country(extractor, title: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, f"MANAGUA, Nov 20 - The African Union's {title} in Nicaragua, Amadou Kone, urged the "
                            "parties to stay calm. The African Union mission arrived in Nicaragua on October 18.",
                 published="2031-11-20")
    assert has(ex, "HEADS", "Amadou Kone", "African Union delegation"), triples(ex)


def test_the_speaker_after_a_rejection_is_not_the_rejected(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TEGUCIGALPA, Sept 5 - Belize's National Electoral Council (CNE) has cleared five "
                            "presidential candidates to stand in the November 30 general election and rejected a "
                            "sixth, the council's president, Carla Marin Pech, said on Friday.", published="2031-09-05")
    assert not any(t == "Carla Marin Pech" and r != "HOLDS_POSITION" for r, _, t in triples(ex)), triples(ex)


def test_rejected_the_application_of_x_saying(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On March 19 the Elections Board turned down the application of businessman Carlos Marin "
                            "Pech, saying 2,000 of his signatures were invalid.", published="2031-03-20")
    assert has(ex, "REJECTED_CANDIDACY", "Elections Board", "Carlos Marin Pech"), triples(ex)


def test_whom_the_newly_founded_party_put_forward(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "At the same session the board turned down businessman Tomas Reyes Cano, whom the newly "
                            "founded Civic Force (FC) put forward in July, ruling that the party had held no primary.",
                 published="2031-09-05")
    assert has(ex, "NOMINATED", "Civic Force", "Tomas Reyes Cano"), triples(ex)


def test_a_primary_winner_runs_in_the_general_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SAN JOSE, March 18 - Mayor Ana Solis Vega has won the presidential primary of the "
                            "governing Civic Party (PC), making her the party's candidate for the November 28 general "
                            "election. In the opposition Unity Party (PU), former minister Jorge Mora Quiros secured "
                            "the nomination with 48.7 percent. Turnout in Sunday's primaries was low.",
                 published="2031-03-18")
    assert has(ex, "NOMINATED", "Unity Party", "Jorge Mora Quiros"), triples(ex)
    kinds = {e.id: e.properties.get("kind") for e in ex.entities if e.type == "Election"}
    runs = {kinds[r.target] for r in ex.relations if r.type == "CANDIDATE_IN"
            and any(e.id == r.source and e.name == "Jorge Mora Quiros" for e in ex.entities)}
    assert "general" in runs, triples(ex)


def test_which_chose_him_as_its_candidate_after_a_board(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Five candidates will be on the ballot in Austria's presidential election on October 9 "
                            "after the Federal Electoral Board cleared their nominations on Thursday. The board, "
                            "chaired by Interior Minister Klaus Berger, approved incumbent Federal President Herbert "
                            "Lindner, 71, who is seeking a second term as an independent; Pavol Hrnciar, deputy "
                            "chairman of the Liberty Party of Austria (LPÖ), which chose him as its candidate in June; "
                            "and Tobias Weninger, a software developer from Graz.", published="2031-08-19")
    assert has(ex, "NOMINATED", "Liberty Party of Austria", "Pavol Hrnciar"), triples(ex)


def test_bodies_and_outlets_named_after_the(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PRAGUE - Jana Kolarova, a former president of the Czech Mountain Rescue, and Petr Novy, a "
                            "columnist for the tabloid Vecerni Hlas, were cleared. Novy told the Morava Kurier "
                            "newspaper he was pleased.", published="2031-08-19")
    people = sorted(e.name for e in ex.entities if e.type == "Person")
    assert people == ["Jana Kolarova", "Petr Novy"], [(e.type, e.name) for e in ex.entities]


def test_a_state_election_won_in_november(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GRAZ, April 28 - The Civic Union held on to the city in Sunday's municipal election. The "
                            "vote came five months after the Liberty Bloc won a state election for the first time, "
                            "taking 35.1 percent in Carinthia in November.", published="2031-04-28")
    won = {e.name for e in ex.entities if e.type == "Election"
           for r in ex.relations if r.type == "WON" and r.target == e.id
           and any(s.id == r.source and s.name == "Liberty Bloc" for s in ex.entities)}
    assert won == {"2030 Austria regional election"}, triples(ex)


def test_a_surname_said_without_its_article(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MANAMA, Nov 25 - Fatima Al-Kuwari won the third constituency on Saturday. \"The council "
                            "decides what every street looks like,\" Kuwari told reporters.", published="2031-11-25")
    people = [e for e in ex.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Fatima Al-Kuwari"] and "Kuwari" in people[0].aliases, people


def test_the_approved_list_read_out_after_a_colon(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BAKU, April 21 - The Constitutional Board has cleared four of the 900 people who "
                            "registered for next month's presidential election, the Justice Ministry announced on "
                            "Thursday.\n\nJustice Ministry spokesman Elnur Gasimov read the approved list on state "
                            "television: President Farid Mammadli, who is seeking a second term; Baku Mayor Rauf "
                            "Aliyarov; former culture minister Samira Huseynli; and Tural Safarov, a former MP.",
                 published="2031-04-21")
    approved = {t for r, s, t in triples(ex) if r == "APPROVED_CANDIDACY" and s == "Constitutional Board"}
    assert approved == {"Farid Mammadli", "Rauf Aliyarov", "Samira Huseynli", "Tural Safarov"}, triples(ex)
    assert not any(r == "APPROVED_CANDIDACY" and s == "Justice Ministry" for r, s, _ in triples(ex)), triples(ex)


def test_two_hopefuls_turned_away_named_next(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, Nov 4 - Malawi's Electoral Commission (EC) has cleared nine candidates for the "
                            "presidential election due on January 14. But the commission turned away two hopefuls. "
                            "Lawyer Chikondi Banda was told his papers lacked signatures, while businessman Yusuf "
                            "Kamwendo failed to pay the nomination fee.", published="2031-11-04")
    rejected = {t for r, s, t in triples(ex) if r == "REJECTED_CANDIDACY"}
    assert rejected == {"Chikondi Banda", "Yusuf Kamwendo"}, triples(ex)


def test_two_rejected_then_three_others_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, Nov 4 - Malawi's Electoral Commission (EC) rejected the papers of two "
                            "aspirants on Monday. Chikondi Banda, Yusuf Kamwendo and Grace Phiri then held a rally.",
                 published="2031-11-04")
    assert not any(r == "REJECTED_CANDIDACY" for r, _, _ in triples(ex)), triples(ex)


def test_a_name_tagged_as_a_body_beside_a_commissioners_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DODOMA, Aug 26 - The NEC on Tuesday approved 12 candidates for the October 28 "
                            "presidential election. Also cleared were Faraja Mwita, a former Arusha regional "
                            "commissioner whom the opposition Chama cha Wananchi Huru (CWH) fielded after he "
                            "returned in July from exile, and Salim Juma Mbaraka, the candidate of the Alliance for "
                            "Fair Development (AFD).", published="2031-08-26")
    assert has(ex, "APPROVED_CANDIDACY", "NEC", "Faraja Mwita"), triples(ex)
    assert "Faraja Mwita" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_a_place_which_elects_its_own_president(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DODOMA, Aug 26 - The commission on Tuesday approved President Juma Mrisho for the "
                            "October 28 presidential election. In Pemba, which elects its own president, the local "
                            "commission cleared nine candidates on Monday.", published="2031-08-26")
    assert not any(r == "WON" for r, _, _ in triples(ex)), triples(ex)


def test_the_party_after_the_main_opposition_party_named_beside_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LUSAKA, Nov 25 - Zambia's ruling Unity Movement (UM) won most council seats in Sunday's "
                            "local elections. The main opposition party, Chama cha Wananchi (CCW), pulled out after "
                            "officials disqualified most of its candidates. Among them was Ruth Banda, the party's "
                            "candidate for mayor of Ndola.", published="2031-11-25")
    assert has(ex, "NOMINATED", "Chama cha Wananchi", "Ruth Banda"), triples(ex)
    assert not has(ex, "NOMINATED", "Unity Movement", "Ruth Banda"), triples(ex)


def test_an_election_held_on_a_full_date_the_year_after(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BANGUI, July 6 - The Central African Republic will hold a general election for a new "
                            "parliament on December 22, 2032, President Faustin Ngaba announced on Tuesday.",
                 published="2031-07-06")
    elections = [(e.name, e.properties.get("date")) for e in ex.entities if e.type == "Election"]
    assert elections == [("2032 Central African Republic general election", "2032-12-22")], elections


def test_its_eligibility_committee_rejected(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MANAMA, Nov 8 - The ministry's Candidates Affairs Directorate said on Saturday that its "
                            "vetting committee had rejected the applications of former MPs Salman Al-Jowder and "
                            "Isa Al-Kooheji, citing court rulings.", published="2031-11-08")
    rejected = {(s, t) for r, s, t in triples(ex) if r == "REJECTED_CANDIDACY"}
    assert rejected == {("Candidates Affairs Directorate", "Salman Al-Jowder"),
                        ("Candidates Affairs Directorate", "Isa Al-Kooheji")}, triples(ex)


def test_called_in_a_decree_signed_by_x(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DOHA, Nov 8 - Qatar will hold a parliamentary election on December 5. The election was "
                            "called in a decree signed on October 19 by Emir Hamad Al-Nuaimi.", published="2031-11-08")
    assert has(ex, "CALLED_ELECTION", "Hamad Al-Nuaimi", "2031 Qatar parliamentary election"), triples(ex)


def test_the_passion_of_a_parliamentary_race(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DOHA, May 20 - Voters returned six newcomers to the Municipal Council in Saturday's "
                            "election, in which turnout slipped and the campaign drew little of the passion of a "
                            "parliamentary race. Engineer Khalid Al-Mannai won the first constituency.",
                 published="2031-05-20")
    kinds = set(election_kinds(ex))
    assert kinds == {"local"}, (kinds, triples(ex))


def test_a_team_followed_the_count(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DOHA, May 20 - Qataris voted in Saturday's municipal election. A three-member team from "
                            "the League of Arab States, headed by Jordanian official Omar Haddad, followed the count "
                            "in Al Wakrah.", published="2031-05-20")
    assert has(ex, "OBSERVES", "League of Arab States delegation", "2031 Qatar local election"), triples(ex)


def test_a_country_and_a_capital_cut_at_and_and_of(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORT OF SPAIN, Aug 11 - Trinidad and Tobago votes on Monday. The Commonwealth mission "
                            "arrived in Port of Spain on Thursday.", published="2031-08-11")
    places = sorted((e.type, e.name) for e in ex.entities if e.type in {"Country", "Location"})
    assert ("Country", "Trinidad and Tobago") in places and ("Country", "Spain") not in places, places
    assert not any(name in {"Trinidad", "Port"} for _, name in places), places


def test_observers_she_would_invite(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, Jan 4 - Prime Minister Ann Thornhill called a snap general election for "
                            "January 19. Thornhill said she would invite observers from the Commonwealth and CARICOM.",
                 published="2031-01-04")
    assert not [e.name for e in ex.entities if e.type == "Delegation"], triples(ex)


def test_parliament_and_the_house_are_the_legislature_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, Oct 18 - Parliament had set June 23 as the date of the fresh poll. Voters will "
                            "also elect 193 members of the National Assembly. In Mbabane, voters elected members of "
                            "the House of Senators, and the King will appoint 10 more members of the 69-seat House.",
                 published="2031-10-18")
    bodies = sorted(e.name for e in ex.entities if e.type == "Organization")
    assert bodies == ["House of Senators", "National Assembly"], bodies


def test_parliament_beside_a_regional_assembly(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KAMPALA, Jan 10 - The mission was headed by a member of the East African Legislative "
                            "Assembly (EALA). Voters will choose a president and 529 members of Parliament.",
                 published="2031-01-10")
    bodies = sorted(e.name for e in ex.entities if e.type == "Organization")
    assert "Parliament" in bodies and "East African Legislative Assembly" in bodies, bodies


def test_three_rejected_named_as_coordinated_subjects(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LUSAKA, May 19 - The Electoral Commission of Zambia (ECZ) on Tuesday rejected the "
                            "nominations of three aspirants for the August 12 presidential election. Chanda Mulenga, "
                            "Mercy Banda and Lubinda Phiri had failed to meet the requirements.",
                 published="2031-05-19")
    rejected = {t for r, s, t in triples(ex) if r == "REJECTED_CANDIDACY"}
    assert rejected == {"Chanda Mulenga", "Mercy Banda", "Lubinda Phiri"}, triples(ex)


def test_the_speaker_of_the_house_among_nominees(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MBABANE, Aug 10 - The Elections and Boundaries Commission (EBC) struck 14 nominees off "
                            "the ballot. Its chairman Sipho Dube said 1,216 nominees had been confirmed for the "
                            "primaries, among them the outgoing Speaker of the House of Assembly, Themba Dlamini, "
                            "and Sabelo Nkambule, who has represented Hhohho since 2018.",
                 published="2031-08-10")
    assert has(ex, "APPROVED_CANDIDACY", "Elections and Boundaries Commission", "Themba Dlamini"), triples(ex)
    assert not any(r == "NOMINATED" for r, _, _ in triples(ex)), triples(ex)


def test_monitored_both_rounds_of_an_earlier_election(extractor) -> None:  # type: ignore[no-untyped-def]
    # the verb reaches the election through "rounds of", not only the observer team's default
    ex = extract(extractor, "VELMORA, May 29 - Ana Ruiz and Tomas Bell will run in the June 22 presidential "
                            "election. An Andean Community observer team that monitored both rounds of the "
                            "parliamentary election in April said the vote had been credible.", published="2031-05-29")
    names = {e.id: e.name for e in ex.entities}
    observed = [(names[r.target], [e.pattern for e in r.evidence]) for r in ex.relations if r.type == "OBSERVES"]
    assert len(observed) == 1 and "parliamentary" in observed[0][0], observed
    assert "observes-verb" in observed[0][1], observed


def test_no_win_in_an_election_still_ahead(extractor) -> None:  # type: ignore[no-untyped-def]
    # the story of May 29 is about a ballot that picked the candidates for the June 22 vote
    ex = extract(extractor, "VELMORA, May 29 - Parliament on Thursday nominated three of its members for the June 22 "
                            "presidential election. Ana Ruiz, who leads the Unity Party, topped the ballot in the "
                            "chamber with 24 votes.", published="2031-05-29")
    assert not any(r == "WON" for r, _, _ in triples(ex)), triples(ex)


@pytest.mark.parametrize("text", [
    "DUNEDIN, Oct 13 - Tom Hale will be the city's next mayor after unseating Ana Ruiz in Saturday's local "
    "elections, preliminary results show.",
    "DUNEDIN, Oct 13 - Tom Hale was elected mayor in Saturday's local elections, preliminary results show.",
])
def test_a_weekday_election_won_is_the_one_just_past(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, text, published="2031-10-13")  # a Monday
    elections = [e for e in ex.entities if e.type == "Election"]
    assert [e.properties.get("date") for e in elections] == ["2031-10-11"], elections


def test_on_the_ballot_and_off_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Rosa Diaz is on the ballot for the March 3 presidential election. Ana Lee will not be on "
                            "the ballot. Tom Hill is off the ballot after a court ruling.", published="2031-02-01")
    assert {s for r, s, _ in triples(ex) if r == "CANDIDATE_IN"} == {"Rosa Diaz"}, triples(ex)


def test_revoked_the_certification_of_two(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "At a session on Thursday, the Central Election Commission (CEC) revoked the "
                            "certification of Marko Lindqvist, who was running for mayor of Halden, and of Petra "
                            "Vogel, an independent in Eidsberg.")
    rejected = {t for r, s, t in triples(ex) if r == "REJECTED_CANDIDACY"}
    assert rejected == {"Marko Lindqvist", "Petra Vogel"}, triples(ex)


def test_an_election_set_in_a_decree_on_a_day(extractor) -> None:  # type: ignore[no-untyped-def]
    # the day is the decree's ("on" pinned to "set", as the model reads it in longer sentences): the election
    # is the February one the story is about
    ex = extract_reparsed(extractor, "PRISTINA, Jan 29 - Marta Hoxha will run in the February 14 snap parliamentary "
                                     "election. The election was set by acting President Vjosa Berisha in a decree "
                                     "on December 23.", {"on": ("set", "prep")}, published="2031-01-29")
    elections = {e.name: e.properties.get("date") for e in ex.entities if e.type == "Election"}
    assert list(elections.values()) == ["2031-02-14"], elections
    assert dated(ex, "CALLED_ELECTION", "Vjosa Berisha", list(elections)[0]) == "2030-12-23", triples(ex)


def test_a_panel_upholds_a_decision_barring_one_and_reinstates_another(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Jan 29 - The Election Complaints and Appeals Panel (ECAP) on Thursday upheld a "
                            "decision barring Jonas Frick from standing in the February 14 snap parliamentary "
                            "election. The Central Election Commission (CEC) had struck Frick and 11 other people "
                            "off the candidate lists on January 22. In the same ruling, the panel reinstated Lena "
                            "Marxer, a Patriotic Union candidate.", published="2031-01-29")
    assert has(ex, "REJECTED_CANDIDACY", "Election Complaints and Appeals Panel", "Jonas Frick"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Jonas Frick"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Election Complaints and Appeals Panel", "Lena Marxer"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Lena Marxer"), triples(ex)


def test_a_court_ruling_a_vote_invalid_calls_no_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Jan 29 - Jonas Frick will run in the February 14 snap parliamentary election. "
                            "The election was called by President Lena Marxer on December 23, two days after the "
                            "Constitutional Court ruled that the parliamentary vote which had installed the "
                            "government was invalid.", published="2031-01-29")
    callers = {s for r, s, _ in triples(ex) if r == "CALLED_ELECTION"}
    assert callers == {"Lena Marxer"}, triples(ex)


def test_refused_in_september_to_certify(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model reads the infinitive after "in September" as an adverbial clause
    ex = extract(extractor, "The Central Election Commission (CEC) had refused in September to certify Milan "
                            "Novak, who wanted to run for mayor of Banovo as an independent, after he failed to "
                            "submit enough valid signatures.")
    assert has(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Milan Novak"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Central Election Commission", "Milan Novak"), triples(ex)


def test_observers_not_invited_are_no_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Nov 4 - Lena Marxer won Sunday's presidential runoff. A delegation of the "
                            "European Parliament, led by Jonas Frick, observed the runoff. The government did not "
                            "invite observers from Russia for either round.", published="2031-11-04")
    assert has(ex, "OBSERVES", "European Parliament", "presidential election"), triples(ex)
    assert not any("Russia" in s for _, s, _ in triples(ex)), triples(ex)


def test_an_acronym_spells_a_name_across_a_comma_and_its_body_only_visits(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LIMA, Sept 21 - The Electoral Commission has confirmed 571 candidates for the October 14 "
                            "general election. A seven-member delegation from the Caribbean, Andean and Central "
                            "American Electoral Officials Association (CACAEOA) arrived in Lima on Monday to observe "
                            "the election, and held talks with Chief Electoral Officer Rosa Quispe on Tuesday.",
                 published="2031-09-21")
    body = "Caribbean, Andean and Central American Electoral Officials Association"
    assert has(ex, "REPRESENTS", "CACAEOA delegation", body), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Rosa Quispe", "Electoral Commission"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Rosa Quispe", body), triples(ex)


def test_a_seat_won_with_votes_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORT HAGEN, Aug 5 - Counting in the July general election is nearly over. In the "
                            "capital, Agnes Kila, a former district court magistrate fielded by the Unity Party for "
                            "the first time, won Moresby North-East with 18,412 votes. She unseated the sitting "
                            "member, Peter Wala.", published="2031-08-05")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert people == {"Agnes Kila", "Peter Wala"}, people
    assert has(ex, "WON", "Agnes Kila", "general election"), triples(ex)


def test_nominated_as_presidential_candidates_after_a_parliamentary_win(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TARAWA, Oct 26 - President Tomas Bell has won a third term, taking 57.8 percent of the "
                            "vote in Friday's presidential election. Bell's Unity Party swept the parliamentary "
                            "election in August, and the new parliament nominated Bell and Ana Lee as presidential "
                            "candidates on September 20.", published="2031-10-26")
    races = {(s, t) for r, s, t in triples(ex) if r == "CANDIDATE_IN"}
    assert races and all("presidential" in t for _, t in races), races
    assert any(s == "Ana Lee" for s, _ in races), races


def test_a_by_election_before_the_general_election_is_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WELLINGTON, Feb 1 - New Zealanders will vote on September 23, Prime Minister Tom Hale "
                            "announced on Wednesday. Kate Holloway leads the opposition Labour Alliance (LA). Before "
                            "then, voters in Otaki go to the polls on February 25 in a by-election caused by the "
                            "resignation of United Liberal Party (ULP) MP Graeme Tully. The ULP has selected farmer "
                            "Jo Kinnersley, while the LA is fielding Manu Rangi, a district councillor.",
                 published="2031-02-01")
    elections = {e.name: e.properties for e in ex.entities if e.type == "Election"}
    general, by = "2031 New Zealand parliamentary election", "2031 New Zealand parliamentary by-election"
    assert set(elections) == {general, by}, elections
    assert elections[by].get("by_election") is True and elections[general].get("date") == "2031-09-23", elections
    assert {(r, s, t) for r, s, t in triples(ex) if r in {"CALLED_ELECTION", "CANDIDATE_IN"}} == {
        ("CALLED_ELECTION", "Tom Hale", general), ("CANDIDATE_IN", "Jo Kinnersley", by),
        ("CANDIDATE_IN", "Manu Rangi", by)}, triples(ex)


def test_a_party_endorsed_a_named_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Prime Minister Tomas Bell is defending his seat against 24 challengers, among them former "
                            "police commissioner Henry Kila, whom the Highlands Unity Party (HUP) endorsed in April. "
                            "The Labour Party did not endorse Ana Lee. The Unity Party endorsed the plan.")
    assert has(ex, "NOMINATED", "Highlands Unity Party", "Henry Kila"), triples(ex)
    assert {(s, t) for r, s, t in triples(ex) if r == "NOMINATED"} == {("Highlands Unity Party", "Henry Kila")}, \
        triples(ex)


def test_no_separate_presidential_ballot_and_ready_for_wednesdays_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LUANDA, Aug 21 - Observers said on Monday that Angola was ready for Wednesday's general "
                            "election. Under the constitution the candidate at the top of the list that wins the most "
                            "votes becomes president, so there is no separate presidential ballot. The ruling Unity "
                            "Party, which won the 2012 election with 71.8 percent of the vote, is fielding Manuel "
                            "Kalunga.", published="2031-08-18")  # a Monday
    elections = {e.name: e.properties for e in ex.entities if e.type == "Election"}
    assert not any("presidential" in n for n in elections), elections
    assert elections["2031 Angola general election"].get("date") == "2031-08-20", elections
    assert has(ex, "WON", "Unity Party", "2012 Angola general election"), triples(ex)


def test_a_party_presidents_second_round_is_the_legislative_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRAZZAVILLE, July 20 - The ruling Unity Party won 72 of the 151 seats in the National "
                            "Assembly outright in the first round of Sunday's legislative elections. The main "
                            "opposition party, the Union of Democratic Forces (UDF), won three seats. Its president, "
                            "Jean Moukala, was forced into a second round in Dolisie, where he will face Sports "
                            "Minister Hugues Ondo of the Unity Party.", published="2031-07-20")
    elections = [e.name for e in ex.entities if e.type == "Election"]
    assert not any("presidential" in n for n in elections), elections


def test_observers_only_invited_are_no_delegation_yet(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LUANDA, June 30 - The Constitutional Court admitted the lists of eight parties for the "
                            "August 24 general election. The National Electoral Commission said it had invited "
                            "observers from the African Union and the Community of Portuguese Language Countries "
                            "(CPLP).", published="2031-06-30")
    assert not [e.name for e in ex.entities if e.type == "Delegation"], triples(ex)


def test_judges_rejected_the_list_headed_by(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LUANDA, June 30 - The Constitutional Court on Wednesday admitted the lists of eight "
                            "parties for the August 24 general election. Judges rejected the list headed by Rui "
                            "Manjenje, a former deputy finance minister. Two judges backed the list of Ana Lopes.",
                 published="2031-06-30")
    assert has(ex, "REJECTED_CANDIDACY", "Constitutional Court", "Rui Manjenje"), triples(ex)
    assert not any(t == "Ana Lopes" for _, _, t in triples(ex)), triples(ex)


def test_sent_no_observers_and_fielded_no_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MINSK, Jan 28 - Observers from the Commonwealth of Independent States (CIS) monitored "
                            "Sunday's presidential election. The European Union, which sent no observers, called the "
                            "election a sham. The Liberal Party fielded no candidate.", published="2031-01-28")
    assert has(ex, "OBSERVES", "CIS", "presidential election"), triples(ex)
    assert not any("European Union" in s or "Liberal" in s for _, s, _ in triples(ex)), triples(ex)


def test_declared_the_winner_with_the_name_read_as_a_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract_reparsed(extractor, "MINSK, Jan 28 - The election authorities on Tuesday declared President "
                                     "Ryhor Kovalenko the winner of Sunday's presidential election with 86.8 percent "
                                     "of the vote.",
                          {"Kovalenko": ("declared", "ccomp"), "winner": ("declared", "oprd")}, published="2031-01-28")
    assert dated(ex, "WON", "Ryhor Kovalenko", "presidential election") == "2031-01-26", triples(ex)


def test_a_vote_day_said_in_a_clause_below_a_past_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    # "held" is past, but the vote is told of in the prime minister's own clause: the March 22 ahead
    ex = extract(extractor, "BRAZZAVILLE, Oct 15 - A pre-electoral assessment mission began a visit on Monday, five "
                            "months before a presidential election. On Tuesday it held talks with Prime Minister "
                            "Joseph Ossebi, who assured it that the March 22 vote would be open and peaceful. The "
                            "ruling Unity Party endorsed Theodore Obami as its candidate.", published="2031-10-15")
    elections = [e.properties.get("date") for e in ex.entities if e.type == "Election"]
    assert elections == ["2032-03-22"], elections


def test_no_invitation_to_observe(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MALABO, Sept 27 - Equatorial Guinea will hold its presidential election on November 20. "
                            "A European Union spokesperson said the bloc had received no invitation to observe the "
                            "elections and had no plans to deploy a mission.", published="2031-09-27")
    assert not any(r == "OBSERVES" for r, _, _ in triples(ex)), triples(ex)


def test_a_nomination_parsed_as_a_clause_on_the_party_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    # "named" hung as a clause on "party" (the sentence's root), "as its candidate" hung on "party" too
    ex = extract_reparsed(extractor, "The largest opposition party, the Civic Union of Varnia (CUV), on Monday named "
                                     "Liridona Basha, a former central bank governor, as its candidate for prime "
                                     "minister. \"We are ready,\" Basha said.",
                          {"party": ("party", "ROOT"), "named": ("party", "acl"), "as": ("party", "prep")},
                          published="2031-06-11")
    assert has(ex, "NOMINATED", "Civic Union of Varnia", "Liridona Basha"), triples(ex)


def test_named_the_candidate_at_a_party_congress(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VARNA, April 2 - Marek Tolvan, 64, was named the ruling party's candidate at an "
                            "extraordinary congress of the Union for Progress (UFP) on March 28. Irena Dobreva was "
                            "elected chairwoman at a congress of the Green Alliance (GA) the same day.",
                 published="2031-04-02")
    assert dated(ex, "NOMINATED", "Union for Progress", "Marek Tolvan") == "2031-03-28", triples(ex)
    assert not any(r == "NOMINATED" and "Dobreva" in t for r, _, t in triples(ex)), triples(ex)


def test_kept_off_the_ballot(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VARNA, April 2 - The Central Election Commission (CEC) on Thursday cleared six candidates "
                            "to run for mayor but kept Petar Dimov, leader of the small Farmers' League, off the "
                            "ballot. The Unity Party left Ivan Kolev off its list.", published="2031-04-02")
    assert dated(ex, "REJECTED_CANDIDACY", "Central Election Commission", "Petar Dimov") == "2031-03-27", triples(ex)
    assert not any(r == "REJECTED_CANDIDACY" and "Kolev" in t for r, _, t in triples(ex)), triples(ex)


def test_a_pre_election_mission_named_by_its_capitalised_sender(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model gives ECOWAS no entity tag before "pre-election assessment mission": pinned so here)
    ex = extract_reparsed(extractor, "LOME, March 7 - A CEDAR pre-election assessment mission led by diplomat Jean "
                                     "Mbarga arrived in Lome on Monday.", {"CEDAR": ("mission", "amod")},
                          published="2031-03-07", ents={"CEDAR": "O"}, pos={"CEDAR": "ADJ"})
    assert has(ex, "HEADS", "Jean Mbarga", "CEDAR"), triples(ex)
    assert has(ex, "REPRESENTS", "CEDAR", "CEDAR"), triples(ex)


def test_a_president_elected_years_ago_won_a_presidential_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VARNA, March 7 - The electoral commission has cleared two parties, both allied to "
                            "President Marek Tolvan, to contest the April 28 legislative election. Tolvan, a shipping "
                            "magnate elected in 2026, says the new rules will cut the number of parties.",
                 published="2031-03-07")
    won = [(e.name, e.properties.get("kind"), e.properties.get("year")) for e in ex.entities if e.type == "Election"
           and has(ex, "WON", "Marek Tolvan", e.name)]
    assert won == [("2026 Bulgaria presidential election", "presidential", 2026)], (won, triples(ex))


def test_election_date_set_at_a_meeting_of_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VARNA, March 7 - Voters will elect a new parliament on April 28. The date of the vote "
                            "was set by decree at a meeting of the Council of Ministers on Tuesday.",
                 published="2031-03-07")
    assert has(ex, "CALLED_ELECTION", "Council of Ministers", "parliamentary election"), triples(ex)


def test_was_to_lead_the_party_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VARNA, March 7 - Five opposition lists were thrown out. Among those disqualified was "
                            "former trade minister Petar Dimov, who was to lead the list of the Civic Forum (CF) in "
                            "Varna. Ivan Kolev was not to lead the list of the Green Alliance (GA).",
                 published="2031-03-07")
    assert has(ex, "NOMINATED", "Civic Forum", "Petar Dimov"), triples(ex)
    assert not any(r == "NOMINATED" and "Kolev" in t for r, _, t in triples(ex)), triples(ex)


def test_group_chaired_by_read_as_main_verb_and_team_of_n_under(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MASERU, May 31 - A Commonwealth Observer Group chaired by Peter Lamming, a former "
                            "attorney-general of Jamaica, is due in Maseru on Thursday, and the African Union has "
                            "deployed a smaller team of 20 under Thabo Sekgoma, a Botswana diplomat.",
                 published="2031-05-31")
    assert has(ex, "HEADS", "Peter Lamming", "Commonwealth Observer Group"), triples(ex)
    assert has(ex, "HEADS", "Thabo Sekgoma", "African Union"), triples(ex)


def test_a_mission_to_an_earlier_years_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MASERU, May 31 - Lesotho votes in a parliamentary election on June 3. The European "
                            "Union, which monitored the 2027 vote, did not send a mission this time.",
                 published="2031-05-31")
    observed = [(e.properties.get("year"), e.properties.get("kind")) for e in ex.entities if e.type == "Election"
                and has(ex, "OBSERVES", "European Union", e.name)]
    assert observed == [(2027, "parliamentary")], (observed, triples(ex))


def test_flew_into_the_capital(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MASERU, May 31 - The observer mission is headed by former foreign minister Halima "
                            "Mwanga, who flew into Maseru on Sunday with an advance team.", published="2031-05-31")
    assert dated(ex, "VISITS", "Halima Mwanga", "Maseru") == "2031-05-25", triples(ex)


def test_a_person_returning_home_is_no_visit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MASERU, Oct 11 - The Renewal Party won Friday's general election. Its leader, Thabo "
                            "Molise, made his fortune in South Africa and returned to Lesotho in 2021. The head of the "
                            "SADC mission, Mulenga Banda, returned to Lesotho on Thursday.", published="2031-10-11")
    assert not any(r == "VISITS" and "Molise" in s for r, s, _ in triples(ex)), triples(ex)
    assert has(ex, "VISITS", "Mulenga Banda", "Lesotho"), triples(ex)


def test_a_founders_possessive_is_not_part_of_the_party_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model tags "Thabo Molise's Renewal for Lesotho" as one body
    ex = extract(extractor, "MASERU, Oct 11 - Diamond trader Thabo Molise's Renewal for Lesotho (RFL), a party "
                            "formed seven months ago, won 56 of the 120 seats in Friday's general election. Molise "
                            "said he had begun talks with two smaller parties.", published="2031-10-11")
    names = {(e.type, e.name) for e in ex.entities}
    assert ("Organization", "Renewal for Lesotho") in names and ("Person", "Thabo Molise") in names, names


def test_a_name_and_its_bracketed_party_tagged_as_one_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract_reparsed(extractor, "MASERU, Aug 14 - The candidates cleared on Tuesday are Refiloe Khoanyane of "
                                     "the Unity Party; Tsepiso Mphaka (Democratic Renewal Movement); and farmer Pitso "
                                     "Moleleki, an independent.", {},
                          ents={"Tsepiso": "B-ORG", "Mphaka": "I-ORG", "(": "I-ORG", "Democratic": "I-ORG",
                                "Renewal": "I-ORG", "Movement": "I-ORG"}, published="2031-08-14")
    names = {(e.type, e.name) for e in ex.entities}
    assert ("Person", "Tsepiso Mphaka") in names and ("Organization", "Democratic Renewal Movement") in names, names
    assert has(ex, "MEMBER_OF", "Tsepiso Mphaka", "Democratic Renewal Movement"), triples(ex)


def test_its_list_is_the_party_its_sentence_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VARNA, March 8 - The National Assembly voted on December 26 to dissolve itself. Dimov, "
                            "who leads the Civic Camp party, is seeking a fifth term and heads its list. The "
                            "president has yet to say whether he will run. His National Unity bloc will decide at a "
                            "congress later this month, party spokesman Ivan Kolev said.", published="2031-03-08")
    assert has(ex, "NOMINATED", "Civic Camp party", "Dimov"), triples(ex)
    assert not any(r == "NOMINATED" and "Assembly" in s for r, s, _ in triples(ex)), triples(ex)
    assert ("Organization", "National Unity bloc") in {(e.type, e.name) for e in ex.entities}, ex.entities


def test_a_dateline_with_an_abbreviated_saint_and_a_dames_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ST. GEORGE'S, Feb 3 (Spice Isle Wire) - Governor-General Dame Alicia Brathwell "
                            "dissolved parliament on January 30 and issued writs for the general election the same "
                            "day.", published="2031-02-03")
    names = {(e.type, e.name) for e in ex.entities}
    assert ("Location", "St. George's") in names and ("Person", "Alicia Brathwell") in names, names
    assert not any(e.type == "Person" and "GEORGE" in e.name.upper() for e in ex.entities), names
    assert has(ex, "CALLED_ELECTION", "Alicia Brathwell", "general election"), triples(ex)


def test_a_leaning_before_a_lower_case_party_is_no_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ALGIERS, Sept 10 - The Movement for Renewal (MPR), the country's main Islamist party, "
                            "said it would appeal. Its leader, Karim Haddou, called the vote a farce.",
                 published="2031-09-10")
    assert not any("Islamist" in e.name for e in ex.entities), [e.name for e in ex.entities]
    assert has(ex, "HEADS", "Karim Haddou", "Movement for Renewal"), triples(ex)


def test_a_team_that_began_a_visit_is_a_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CASTRIES, Feb 20 - A two-member team from the Organization of American States (OAS) "
                            "began a four-day visit to Saint Lucia on Wednesday. The team, led by Chilean expert Ana "
                            "Ruiz, met Prime Minister Clement Joseph on Wednesday.", published="2031-02-20")
    assert has(ex, "VISITS", "OAS", "Saint Lucia"), triples(ex)
    assert has(ex, "HEADS", "Ana Ruiz", "OAS"), triples(ex)
    assert has(ex, "MET_WITH", "Clement Joseph", "OAS"), triples(ex)


def test_issued_the_writ_for_the_storys_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORTSMOUTH, Dominica, March 12 - The governing party held on to the Portsmouth seat in "
                            "Monday's by-election. President Ambrose Hilaire issued the writ on February 2 on the "
                            "advice of the prime minister. The council issued a decree on fishing.",
                 published="2031-03-12")
    assert dated(ex, "CALLED_ELECTION", "Ambrose Hilaire", "by-election") == "2031-02-02", triples(ex)
    assert not any(r == "CALLED_ELECTION" and "council" in s.lower() for r, s, _ in triples(ex)), triples(ex)


def test_a_portfolio_running_into_the_title_is_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CASTRIES, Feb 20 - Voters will choose councils on April 9, a date set by Local "
                            "Government Minister Alicia Fontaine in an order published on January 31.",
                 published="2031-02-20")
    assert not any(e.type == "Organization" for e in ex.entities), [(e.type, e.name) for e in ex.entities]


def test_a_mission_the_speaking_body_announced_is_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, May 2 - The Caribbean Community (CARICOM) said on Friday that a "
                            "ten-member mission led by former Belizean minister Rosa Tzul would observe the vote.",
                 published="2031-05-02")
    assert has(ex, "HEADS", "Rosa Tzul", "CARICOM"), triples(ex)
    assert has(ex, "REPRESENTS", "CARICOM", "Caribbean Community"), triples(ex)


def test_an_election_body_announcing_a_mission_did_not_send_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, May 2 - The Electoral Commission said on Friday that a ten-member "
                            "mission led by former Belizean minister Rosa Tzul would observe the vote.",
                 published="2031-05-02")
    assert not any(r == "REPRESENTS" for r, _, _ in triples(ex)), triples(ex)


def test_a_chief_elections_officer_holds_a_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, May 2 - The Electoral Commission turned away two candidates. Their "
                            "deposits arrived late, said Mara Quashie, the commission's chief elections officer.",
                 published="2031-05-02")
    assert has(ex, "HOLDS_POSITION", "Mara Quashie", "Electoral Commission"), triples(ex)


def test_a_second_name_hung_on_the_first_ones_constituency(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, May 2 - The Electoral Commission accepted 30 candidates. It rejected the "
                            "nominations of Carl Bynoe in St. Philip North and Wendy Gittens in St. Lucy because "
                            "their fees were paid late.", published="2031-05-02")
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Commission", "Carl Bynoe"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Commission", "Wendy Gittens"), triples(ex)


def test_the_candidates_a_party_fields_listed_next(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, May 2 - The opposition Barbados Labour Front (BLF) is fielding 25 "
                            "candidates in the May 20 general election. They include its leader, the lawyer Carl "
                            "Bynoe, who is running in St. Philip North, and Wendy Gittens, a former health minister.",
                 published="2031-05-02")
    assert has(ex, "NOMINATED", "Barbados Labour Front", "Carl Bynoe"), triples(ex)
    assert has(ex, "NOMINATED", "Barbados Labour Front", "Wendy Gittens"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Wendy Gittens", "general election"), triples(ex)


def test_a_nomination_told_of_one_person_opens_no_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CONAKRY, Oct 2 - Ten candidates are on the ballot after the Constitutional Court "
                            "validated their files. Besides Alpha Camara, whom the ruling Guinean Unity Party (GUP) "
                            "nominated in August, they include Saliou Diallo, the leader of the Forces of Progress.",
                 published="2031-10-02")
    assert not has(ex, "NOMINATED", "Guinean Unity Party", "Saliou Diallo"), triples(ex)
    assert has(ex, "NOMINATED", "Guinean Unity Party", "Alpha Camara"), triples(ex)


def test_a_by_phrase_of_time_is_no_doer(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, May 19 - The Electoral Commission of Malawi (ECM) received 17 nominations. "
                            "Fourteen candidates had been accepted by the close of filing on Tuesday, including "
                            "President John Phiri and opposition leader Grace Banda.", published="2031-05-19")
    assert has(ex, "APPROVED_CANDIDACY", "ECM", "John Phiri"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "ECM", "Grace Banda"), triples(ex)


def test_the_election_body_named_only_after(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, May 19 - Malawi's election body on Tuesday rejected the nominations of "
                            "John Phiri and Grace Banda. The Electoral Commission of Malawi (ECM) said they had "
                            "failed to meet the requirements.", published="2031-05-19")
    assert has(ex, "REJECTED_CANDIDACY", "ECM", "John Phiri"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "ECM", "Grace Banda"), triples(ex)


def test_another_countrys_election_body_is_not_the_storys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, May 19 - Zambia's election body on Tuesday rejected the nominations of "
                            "John Phiri and Grace Banda. The Electoral Commission of Malawi (ECM) said it had "
                            "registered 7 million voters.", published="2031-05-19")
    assert not any(r == "REJECTED_CANDIDACY" for r, _, _ in triples(ex)), triples(ex)


def test_an_election_in_a_later_year_named_after_the_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PANAMA CITY, June 12 - Former minister Ana Rivas won the presidential primary of the "
                            "opposition Civic Renewal Party (CRP) on Sunday with 58 percent of the vote, making her "
                            "the party's standard-bearer for the general election in May next year.",
                 published="2031-06-12")
    years = {e.name: e.properties.get("year") for e in ex.entities if e.type == "Election"}
    assert any("general" in n and y == 2032 for n, y in years.items()), years
    assert any("primary" in n and y in {None, 2031} for n, y in years.items()), years
    assert dated(ex, "WON", "Ana Rivas", "primary") == "2031-06-08", triples(ex)


def test_a_result_in_a_years_legislative_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DAKAR, Jan 5 - The ruling Unity Front (UF) won 125 of the 165 seats in the National "
                            "Assembly in legislative elections in July 2027.", published="2031-01-05")
    assert has(ex, "WON", "Unity Front", "2027"), triples(ex)


def test_the_rival_defeated_ran_in_the_contest_won_just_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PANAMA CITY, June 12 - Former minister Ana Rivas won the presidential primary of the "
                            "opposition Civic Renewal Party (CRP) on Sunday, making her the party's standard-bearer "
                            "for the general election in May next year. Rivas defeated former housing minister Luis "
                            "Ortega, who took 36 percent.", published="2031-06-12")
    assert has(ex, "CANDIDATE_IN", "Luis Ortega", "primary"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Luis Ortega", "general"), triples(ex)


def test_the_partys_candidate_of_an_earlier_year(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PANAMA CITY, June 12 - The Civic Renewal Party (CRP) chose Ana Rivas as its candidate "
                            "for the general election in May next year. She replaces Marta Soto, the party's 2029 "
                            "candidate, who narrowly lost to President Luis Ortega.", published="2031-06-12")
    years = {e.name: e.properties.get("year") for e in ex.entities if e.type == "Election"}
    earlier = next(n for n, y in years.items() if y == 2029)
    assert has(ex, "CANDIDATE_IN", "Marta Soto", earlier), (years, triples(ex))
    assert not has(ex, "CANDIDATE_IN", "Marta Soto", "2032"), (years, triples(ex))
    assert has(ex, "WON", "Luis Ortega", earlier), (years, triples(ex))


def test_commissioners_and_they_are_the_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KOROR, May 19 - The Island Election Commission has disqualified a former legislator "
                            "from the race for governor. Commissioners voted 4-1 on Wednesday to keep Victor Ngirmang "
                            "off the ballot for the June 27 special election. At the same sitting they cleared two "
                            "other contenders: Maria Sugiyama, a businesswoman; and Regis Tellei, a retired police "
                            "captain.", published="2031-05-19")
    assert has(ex, "REJECTED_CANDIDACY", "Island Election Commission", "Victor Ngirmang"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Island Election Commission", "Maria Sugiyama"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Island Election Commission", "Regis Tellei"), triples(ex)
    assert ("Person", "Regis Tellei") in {(e.type, e.name) for e in ex.entities}, ex.entities


def test_kept_off_the_ballot_with_off_hung_on_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KOROR, May 19 - The Island Election Commission has disqualified a former legislator "
                            "from the race for governor. Commissioners voted 4-1 on Wednesday to keep Tomas Remeliik "
                            "off the ballot for the June 27 special election.", published="2031-05-19")
    assert has(ex, "REJECTED_CANDIDACY", "Island Election Commission", "Tomas Remeliik"), triples(ex)


def test_a_countrys_congress_is_no_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MADRID, May 2 - Ana Ruiz won a seat in the Congress of Deputies, while the African "
                            "National Congress (ANC) sent observers.", published="2031-05-02")
    parties = {e.name: e.properties.get("party") for e in ex.entities if e.type == "Organization"}
    assert not parties.get("Congress of Deputies"), parties
    assert parties.get("African National Congress"), parties


def test_the_federated_states_are_micronesia(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PALIKIR, March 7 - Under the FSM constitution, Congress elects the president. Pius "
                            "Nanpei, the President of the Federated States of Micronesia, met a Forum delegation in "
                            "Kolonia.", published="2031-03-07")
    assert not any(e.type == "Organization" and ("FSM" in e.name or "Federated" in e.name)
                   for e in ex.entities), ex.entities
    assert has(ex, "HOLDS_POSITION", "Pius Nanpei", "Micronesia"), triples(ex)


def test_the_named_bodys_title_after_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MAJURO, Nov 22 - Observers met Joanne Lokot, the Electoral Administration's chief "
                            "electoral officer, on Tuesday. Ana Rivas, the Supreme Court's chief justice, said little.",
                 published="2031-11-22")
    assert has(ex, "HOLDS_POSITION", "Joanne Lokot", "Electoral Administration"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ana Rivas", "Supreme Court"), triples(ex)


def test_a_capitalised_calling_alone_is_no_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KOROR, Nov 7 - Businessman and former senator Tomas Rengiil has won the presidential "
                            "election, defeating incumbent President Ana Sadang with 53.8 percent of the vote.",
                 published="2031-11-07")
    assert not any(e.name == "Businessman" for e in ex.entities), ex.entities
    assert not any(r == "WON" and s == "Businessman" for r, s, _ in triples(ex)), triples(ex)
    assert has(ex, "WON", "Tomas Rengiil", "presidential"), triples(ex)


def test_a_name_of_a_party_read_as_one_title_is_split(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PANAMA CITY, May 7 - Eduardo Montalvo Reyes spoke a day after the tribunal proclaimed "
                            "Rubén Camarena of the opposition Democratic Union Party (PUD) the winner of Sunday's "
                            "presidential vote with 33.3 percent.", published="2031-05-07")
    assert has(ex, "WON", "Rubén Camarena", "presidential"), triples(ex)
    assert has(ex, "MEMBER_OF", "Rubén Camarena", "Democratic Union Party"), triples(ex)


def test_a_post_once_served_in_is_former(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BELIZE CITY, Nov 9 - The group includes Joseph Mwale, who once served as deputy "
                            "chairman of the Electoral Commission of Zambia (ECZ), and Ana Ruiz, who serves as "
                            "chairwoman of the Electoral Council of Peru.", published="2031-11-09")
    assert not has(ex, "HOLDS_POSITION", "Joseph Mwale", "Electoral Commission of Zambia"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ana Ruiz", "Electoral Council of Peru"), triples(ex)


def test_an_elections_department_runs_the_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BELMOPAN, Feb 25 - The Elections and Boundaries Department (EBD) accepted the papers of "
                            "78 candidates on Monday but turned away one. The EBD cleared Sharon Arzu, a businesswoman "
                            "who sits on the Belize City Council. The rejected hopeful, retired teacher Dorian Westby, "
                            "said he would ask the Supreme Court to put his name on the ballot.",
                 published="2031-02-25")
    assert has(ex, "REJECTED_CANDIDACY", "Elections and Boundaries Department", "Dorian Westby"), triples(ex)
    assert not has(ex, "REJECTED_CANDIDACY", "Belize City Council", "Dorian Westby"), triples(ex)


def test_seats_won_in_an_earlier_year(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BELMOPAN, Feb 25 - Returning officers accepted the papers of 78 candidates for the "
                            "March 12 general election. The People's Progressive Alliance (PPA), which won 26 of the "
                            "31 seats in the House of Representatives in 2020, is contesting every constituency.",
                 published="2031-02-25")
    assert has(ex, "WON", "People's Progressive Alliance", "2020"), triples(ex)
    assert not has(ex, "WON", "People's Progressive Alliance", "2031"), triples(ex)


def test_a_partys_challenger_and_a_seat_defended_for_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BELMOPAN, Feb 25 - The ruling People's Alliance (PA) and the opposition United Belize "
                            "Movement (UBM) are contesting every seat in the March 12 general election. The election "
                            "office cleared Prime Minister Orlando Pech and his UBM challenger, Sharon Arzu. Health "
                            "Minister Carlos Cal is defending his Toledo West seat for the PA.", published="2031-02-25")
    assert has(ex, "NOMINATED", "United Belize Movement", "Sharon Arzu"), triples(ex)
    assert has(ex, "NOMINATED", "People's Alliance", "Carlos Cal"), triples(ex)


def test_voters_electing_mayors_is_a_local_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SAN SALVADOR, Nov 24 - The Supreme Electoral Tribunal (TSE) on Thursday registered the "
                            "candidate lists of nine parties for the March 4 legislative election. Voters will also "
                            "elect mayors and councils in all 262 municipalities on the same day. The National Front "
                            "(FN) has nominated the deputy mayor, Ernesto Vides, to run for mayor of the capital. The "
                            "TSE formally convened both elections on November 3. They are seen as a test before the "
                            "presidential election of February 2033.", published="2031-11-24")
    local = next((e for e in ex.entities if e.type == "Election" and e.properties.get("kind") == "local"), None)
    assert local is not None and local.properties.get("date") == "2032-03-04", ex.entities
    assert has(ex, "CANDIDATE_IN", "Ernesto Vides", local.name), triples(ex)
    assert has(ex, "CALLED_ELECTION", "Supreme Electoral Tribunal", local.name), triples(ex)
    assert not has(ex, "CALLED_ELECTION", "Supreme Electoral Tribunal", "presidential"), triples(ex)


def test_a_council_electing_its_chairman_is_no_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SAN SALVADOR, Nov 24 - The National Front (FN) nominated Ernesto Vides for the March 4 "
                            "legislative election. The city councils will elect mayors next week.",
                 published="2031-11-24")
    assert not any(e.type == "Election" and e.properties.get("kind") == "local" for e in ex.entities), ex.entities


def test_put_at_the_top_of_its_list_and_handed_in_papers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SAN SALVADOR, Nov 24 - Parties registered lists for the March 4 legislative election. "
                            "The opposition Democratic Republican Alliance (ADR) has again put its parliamentary "
                            "leader, Gerardo Mejia, at the top of its list in the capital. Prime Minister Roland "
                            "Auguiste handed in his papers in Marigot on Monday.", published="2031-11-24")
    assert has(ex, "NOMINATED", "Democratic Republican Alliance", "Gerardo Mejia"), triples(ex)
    assert has(ex, "CANDIDATE_IN", "Roland Auguiste", "parliamentary"), triples(ex)


def test_a_share_tagged_with_a_name_and_a_state_legislature(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KOROR, Nov 7 - President Kione Sadang lost the election. The count gives Sadang 46.2 "
                            "percent. The Koror State Legislature called the election last month.",
                 published="2031-11-07")
    names = {(e.type, e.name) for e in ex.entities}
    assert not any(any(c.isdigit() for c in n) for t, n in names if t != "Election"), names
    assert ("Organization", "Koror State Legislature") in names, names


def test_both_men_are_the_two_just_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KOROR, Oct 30 - The Island Election Commission (IEC) runs the vote. Two tickets remain in "
                            "the presidential race: Vice President Ronald Ngiraklang, a close ally of outgoing "
                            "President Ebiil Tellames, and Senator Hokkons Blailes, a former minister of justice. The "
                            "IEC certified both men for the November ballot on Oct. 2.", published="2031-10-30")
    assert dated(ex, "APPROVED_CANDIDACY", "Island Election Commission", "Ronald Ngiraklang") == "2031-10-02", \
        triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Island Election Commission", "Hokkons Blailes"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Ebiil Tellames", "presidential"), triples(ex)


def test_a_disease_is_no_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORT OF SPAIN, Aug 7 - A team of Caribbean Community (CARICOM) observers arrived on "
                            "Thursday to monitor Monday's general election, the first national vote in the region to "
                            "be held under COVID-19 restrictions.", published="2031-08-07")
    assert not any("COVID" in e.name for e in ex.entities), ex.entities


def test_a_mission_only_promised_has_no_sender_yet(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BELMOPAN, Feb 25 - The Caribbean Community (CARICOM) has said it will send an electoral "
                            "observation mission. The Organization of American States (OAS) said it would send an "
                            "observer delegation led by former minister Alcino Pires.", published="2031-02-25")
    assert not has(ex, "REPRESENTS", "CARICOM", "Caribbean Community"), triples(ex)
    assert has(ex, "REPRESENTS", "OAS", "Organization of American States"), triples(ex)


def test_a_country_named_with_and_is_no_region(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SAO TOME, Oct 10 - Prime Minister Hélder Costa's Santomean Democratic Action (ASD) won "
                            "the most seats in Sunday's legislative election in Sao Tome and Principe, final results "
                            "showed on Wednesday. Polls closed at 1700 GMT.", published="2031-10-10")
    assert has(ex, "WON", "Santomean Democratic Action", "parliamentary"), triples(ex)
    assert not any(e.properties.get("kind") == "regional" for e in ex.entities), ex.entities
    assert not any(e.name == "GMT" for e in ex.entities), ex.entities


def test_the_leads_election_is_the_storys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KHARTOUM, April 17 - President Hassan Osman was declared the winner of the presidential "
                            "election on Thursday with 88.3 percent of the vote. His nearest challenger, Faisal "
                            "Babiker of the Federal Umma Party (FUP), won 3.9 percent. The ruling National Congress "
                            "Party also won a majority in the National Assembly elections held on the same day. The "
                            "opposition "
                            "boycotted both votes, calling the parliamentary election a sham.", published="2031-04-17")
    assert has(ex, "CANDIDATE_IN", "Faisal Babiker", "presidential"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Faisal Babiker", "parliamentary"), triples(ex)


def test_seats_won_in_a_chamber_in_an_earlier_year(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MALABO, Oct 19 - The board approved the lists for the November 12 legislative elections. "
                            "The ruling Party of National Unity and Progress (PUNP) won 99 of the 100 seats in the "
                            "Chamber in 2013 and is widely expected to keep control.", published="2031-10-19")
    assert has(ex, "WON", "Party of National Unity and Progress", "2013"), triples(ex)


def test_a_name_read_as_an_adverb_before_the_verb_is_its_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ISTANBUL, April 2 (Golden Horn Wire) - Istanbul Mayor Deniz Altınok won a second term in "
                            "Turkey's local elections on Sunday with 51.1 percent of the vote.",
                 published="2031-04-02")
    assert has(ex, "WON", "Deniz Altınok", "local"), triples(ex)


def test_the_islands_of_a_caribbean_federation_are_places(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BASSETERRE, Aug 1 - Voters on St Kitts and Nevis go to the polls on Friday. Observers "
                            "will visit Antigua and Barbuda afterwards, and a St Lucian lawyer leads the team.",
                 published="2031-08-01")
    people = {e.name for e in ex.entities if e.type in {"Person", "Organization"}}
    assert not people & {"St Kitts", "Nevis", "Antigua", "Barbuda", "St Lucian"}, people


def test_an_island_election_and_a_title_run_into_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CHARLESTOWN, Nevis, Dec 19 - The Nevis Reform Alliance (NRA) of Premier Clement Nisbett "
                            "kept control of the Nevis Island Assembly in Monday's island election, winning four of "
                            "the five elected seats. The Council of State met on Tuesday.", published="2031-12-19")
    names = {e.name for e in ex.entities}
    assert "Nevis Reform Alliance" in names and "Council of State" in names, names
    assert has(ex, "WON", "Nevis Reform Alliance", "regional"), triples(ex)


def test_the_islands_own_local_elections_are_local(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CASTRIES, Feb 20 - A team from the Organization of American States (OAS) began a visit "
                            "to look at preparations for the island's first local government elections.",
                 published="2031-02-20")
    assert not any(e.properties.get("kind") == "regional" for e in ex.entities), ex.entities


def test_a_governor_general_suggests_no_state_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CANBERRA, April 11 - Australians will vote on May 18 after Prime Minister Graham "
                            "Whitfield called a federal election on Thursday. Governor-General Sir Malcolm Ashford "
                            "accepted his advice to dissolve the House of Representatives and issue writs for the "
                            "election. The Liberal-National government of New South Wales won the March 23 state "
                            "election.", published="2031-04-11")
    assert has(ex, "CALLED_ELECTION", "Malcolm Ashford", "parliamentary"), triples(ex)
    assert not has(ex, "CALLED_ELECTION", "Malcolm Ashford", "regional"), triples(ex)


def test_preselected_and_a_partys_candidate_is_x(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CANBERRA, April 11 - Australians will vote on May 18 in a federal election. Both major "
                            "parties have fielded newcomers: the Liberals preselected accountant Grace Liu, while "
                            "Labor's candidate is former union official Michael Papadopoulos.", published="2031-04-11")
    assert has(ex, "NOMINATED", "Liberals", "Grace Liu"), triples(ex)
    assert has(ex, "NOMINATED", "Labor", "Michael Papadopoulos"), triples(ex)


def test_nominated_in_a_seat_runs_and_a_nurse_the_party_is_running(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KINGSTOWN, Oct 22 - Forty-one candidates were nominated on Wednesday for the November 5 "
                            "general election. The governing Progressive Labour Union (PLU) hopes to win. Opposition "
                            "leader Godwin Ollivierre was nominated in East St. George. Among the newcomers is Anique "
                            "Baptiste, 29, a nurse the PLU is running in West Kingstown. Ana Ruiz was nominated to "
                            "the Supreme Court.", published="2031-10-22")
    assert has(ex, "CANDIDATE_IN", "Godwin Ollivierre", "general"), triples(ex)
    assert has(ex, "NOMINATED", "Progressive Labour Union", "Anique Baptiste"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Ana Ruiz", "general"), triples(ex)


def test_a_team_of_observers_from_a_body_is_its_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BASSETERRE, Aug 3 - Voters go to the polls in Friday's general election. A separate team "
                            "of six observers from the Caribbean Community (CARICOM), led by Guyanese attorney Rohan "
                            "Persaud, has also deployed to both islands to monitor the poll.", published="2031-08-03")
    assert has(ex, "HEADS", "Rohan Persaud", "CARICOM delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "CARICOM delegation", "Caribbean Community"), triples(ex)
    assert len([e for e in ex.entities if e.type == "Delegation"]) == 1, ex.entities


def test_once_before_a_title_is_a_former_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ST. JOHN'S, Jan 12 - The Commonwealth Observer Group arrived on January 11. Its members "
                            "include Thabo Mokoena, once Lesotho's chief electoral officer, and Farah Iskandar, a "
                            "Malaysian human rights lawyer.", published="2031-01-12")
    assert not any(r == "HOLDS_POSITION" for r, _, _ in triples(ex)), triples(ex)
    assert has(ex, "MEMBER_OF", "Farah Iskandar", "Commonwealth Observer Group"), triples(ex)


def test_the_candidate_who_lost_in_an_earlier_year(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KINGSTOWN, May 16 - Opposition lawmaker Leon Cummings will try to win back his seat in a "
                            "by-election on June 13, the first since the 2025 general election. The petition was "
                            "brought by Norris Caesar, the Progressive Labour Union (PLU) candidate who lost to "
                            "Cummings in December 2025 by 311 votes.", published="2029-05-16")
    assert has(ex, "CANDIDATE_IN", "Norris Caesar", "2025"), triples(ex)
    assert len([e for e in ex.entities if e.type == "Election" and "2025" in e.name]) == 1, ex.entities


def test_a_two_word_portfolio_is_part_of_the_ministers_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, Mar 2 - Observers arrived in Malawi for the general election. They were "
                            "received by Foreign Affairs Minister Temwa Banda. Territorial Administration Minister "
                            "Jonas Phiri spoke later, as did Local Government Minister Ruth Mbewe.",
                 published="2031-03-02")
    assert not any(e.type == "Organization" for e in ex.entities), ex.entities
    assert not any(r == "HOLDS_POSITION" for r, _, _ in triples(ex)), triples(ex)


def test_a_body_that_polled_a_share_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GRAZ, Oct 2 - The Social Democrats held the city in Sunday's election. VOLT, the mayor's "
                            "junior partner, slipped to 8.1 percent; Deputy Mayor Ilse Brunner of VOLT said the party "
                            "would stay in the coalition.", published="2031-10-02")
    assert has(ex, "MEMBER_OF", "Ilse Brunner", "VOLT"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Ilse Brunner", "VOLT"), triples(ex)


def test_a_body_telling_of_its_officers_act_is_the_one_acting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WELLINGTON, Oct 2 - The Electoral Commission said on Friday that its returning officers "
                            "had confirmed 540 candidates for the general election. Among them is Mere Tahana, a "
                            "nurse whom the Green Party fielded in Rotorua.", published="2031-10-02")
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission", "Mere Tahana"), triples(ex)


def test_an_agency_named_elections_and_a_place_runs_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TORONTO, May 2 - Observers from the Office for Democratic Institutions and Human Rights "
                            "(ODIHR) arrived for the provincial election. They met Ruth Adair, the chief electoral "
                            "officer who heads Elections Ontario.", published="2031-05-02")
    assert has(ex, "HEADS", "Ruth Adair", "Elections Ontario"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Ruth Adair", "Office for Democratic"), triples(ex)


def test_a_team_of_experts_from_a_body_is_its_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "OTTAWA, Sept 1 - A small team of election experts from the Organization of American "
                            "States (OAS) arrived in Ottawa on Monday to assess the federal election.",
                 published="2031-09-01")
    assert has(ex, "VISITS", "OAS delegation", "Ottawa"), triples(ex)


def test_the_agency_is_the_one_election_body_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HALIFAX, Aug 28 - Elections Canada confirmed 31 candidates for the federal by-election. "
                            "The agency turned down three other nominations the same day, among them that of local "
                            "activist Paul Gaudet, whose papers lacked signatures.", published="2031-08-28")
    assert has(ex, "REJECTED_CANDIDACY", "Elections Canada", "Paul Gaudet"), triples(ex)


def test_the_riding_of_a_name_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HALIFAX, Aug 28 - Voters in the Toronto riding of Scarborough-Rouge Park vote on "
                            "Monday. The Liberal Party is running Anne Leblanc, an Etobicoke borough councillor.",
                 published="2031-08-28")
    named = {e.name for e in ex.entities if e.type in {"Organization", "Person"}}
    assert not named & {"Etobicoke", "Park", "Scarborough-Rouge Park"}, ex.entities


def test_a_bloc_tagged_as_a_place_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "OTTAWA, April 29 - The Liberal Party won 170 of the 343 seats in Monday's federal "
                            "election. The Bloc Québécois, led by Sylvie Roy, won 22 of Quebec's 78 seats.",
                 published="2031-04-29")
    assert has(ex, "HEADS", "Sylvie Roy", "Bloc Québécois"), triples(ex)
    assert not has(ex, "WON", "Bloc Québécois", "election"), triples(ex)


def test_a_run_lost_in_an_earlier_years_runoff_is_in_that_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORT LOUIS, Oct 26 - Opposition leader Paul Savy was declared the winner of Mauritius' "
                            "presidential election on Sunday. Savy had run five times before and lost the 2024 runoff "
                            "by just 193 votes.", published="2029-10-26")
    assert has(ex, "CANDIDATE_IN", "Paul Savy", "2024"), triples(ex)
    assert has(ex, "WON", "Paul Savy", "2029"), triples(ex)


def test_standing_for_a_body_makes_it_a_party_that_nominated(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MAHE, Oct 26 - Paul Savy won the presidential election with 54.9 percent. Rene "
                            "Labrosse, who stood for Island Renewal (IR), received 43.5 percent.",
                 published="2029-10-26")
    assert has(ex, "NOMINATED", "Island Renewal", "Rene Labrosse"), triples(ex)


def test_a_seychelles_dateline_with_a_foreign_visitor(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, June 9 - The Electoral Commission of Seychelles (ECS) has approved Rose Dogley "
                            "and Tom Barbe as candidates for the July 16 by-election. A delegation led by Zambian MP "
                            "Mary Banda arrived on Monday.", published="2031-06-09")
    assert any(e.type == "Election" and "Seychelles" in e.name for e in ex.entities), ex.entities


def test_a_seat_named_before_a_constituency_noun_is_a_place_wherever_said(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, June 9 - Voters in the Anse Etoile constituency go to the polls on July 16. "
                            "A loss in Anse Etoile would not threaten the LDS majority.", published="2031-06-09")
    assert not any(e.type == "Organization" and "Etoile" in e.name for e in ex.entities), ex.entities


def test_the_nominations_of_as_many_people_as_were_approved(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, June 9 - The Electoral Commission (EC) has approved three candidates for the "
                            "July 16 by-election. Chairperson Anne Morel said on Wednesday that the nominations of "
                            "teacher Rose Dogley, put forward by the Green Party, former inspector Tom Barbe, the "
                            "Labour candidate, and independent Luc Confait met all legal requirements.",
                 published="2031-06-09")
    for name in ("Rose Dogley", "Tom Barbe", "Luc Confait"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission", name), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Electoral Commission", "Anne Morel"), triples(ex)


def test_refused_the_papers_of_a_hopeful_named_after_a_comma(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, June 9 - On the same day the Electoral Commission (EC) refused the papers of a "
                            "fourth hopeful, businessman Ivo Savy, after finding that he was not registered.",
                 published="2031-06-09")
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Commission", "Ivo Savy"), triples(ex)


def test_a_delegation_from_a_body_led_by_someone_is_led_by_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, June 9 - Separately, a four-member delegation from the Pan-African Parliament, "
                            "led by Kenyan MP Ruth Wanjiru, arrived in Victoria on Monday.", published="2031-06-09")
    assert ("HEADS", "Ruth Wanjiru", "Pan-African Parliament delegation") in triples(ex), triples(ex)
    assert ("HEADS", "Ruth Wanjiru", "Pan-African Parliament") not in triples(ex), triples(ex)


def test_a_win_in_a_named_earlier_year_despite_another_year_in_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MAHE, Aug 21 - Four candidates will contest Mauritius' presidential election next month, "
                            "among them President Paul Savy. Savy won the 2026 election with 54.9 percent of the "
                            "vote, the first victory for an opposition candidate since independence in 1968.",
                 published="2031-08-21")
    assert has(ex, "WON", "Paul Savy", "2026"), triples(ex)
    assert not has(ex, "WON", "Paul Savy", "2031"), triples(ex)


def test_picked_to_replace_someone_as_its_standard_bearer(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MAHE, Aug 21 - His main challenger is Gil Rose, a 52-year-old surgeon whom the Unity "
                            "Party picked in May to replace former president Dan Lebrun as its standard-bearer.",
                 published="2031-08-21")
    assert has(ex, "NOMINATED", "Unity Party", "Gil Rose"), triples(ex)
    assert not has(ex, "NOMINATED", "Unity Party", "Dan Lebrun"), triples(ex)


def test_a_list_item_hung_on_the_body_an_apposition_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MAHE, Aug 21 - Four candidates will contest the presidential election next month. Also "
                            "on the ballot are Alain Pillay, the leader of One Seychelles, and independent Marie-Ange "
                            "Nourrice, a former tourism executive.", published="2031-08-21")
    assert has(ex, "CANDIDATE_IN", "Marie-Ange Nourrice", "presidential"), triples(ex)


def test_an_acronym_that_spells_the_small_words_of_a_french_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONACO, March 18 - Mayor Jean Rocca's Union pour la Ville (UPV) won all 15 seats in "
                            "Sunday's municipal elections. The UPV took 71.2 percent.", published="2031-03-18")
    assert any(e.name == "Union pour la Ville" for e in ex.entities), ex.entities


def test_a_country_and_a_word_set_beside_the_list_it_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONACO, Feb 6 - Monaco Avance, the single list formed last year by the merger of the two "
                            "main movements, won all 24 seats on the National Council in Sunday's election.",
                 published="2031-02-06")
    assert has(ex, "WON", "Monaco Avance", "election"), triples(ex)
    assert not any(e.type == "Person" for e in ex.entities), ex.entities


def test_a_name_led_by_a_person_is_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONACO, Dec 19 - Three lists will compete in the February 4 election. Renouveau "
                            "Monégasque is led by Sophie Garo, a former national councillor.", published="2031-12-19")
    assert has(ex, "HEADS", "Sophie Garo", "Renouveau Monégasque"), triples(ex)


def test_talks_with_a_titled_person_and_with_another(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the second "with" pinned as a conjunct of the first one's object, as the model parses it in some stories)
    ex = extract_reparsed(extractor, "MONACO, Dec 19 - Earlier this month a needs assessment mission from the OSCE "
                                     "Office for Democratic Institutions and Human Rights (ODIHR) visited Monaco, "
                                     "holding talks with Minister of State Gilles Roux and with Marc Bellini.",
                          fix={"with#2": ("Minister", "conj")}, published="2031-12-19")
    assert has(ex, "MET_WITH", "Marc Bellini", "ODIHR delegation"), triples(ex)


def test_the_years_required_to_stand_are_nobodys_run(extractor) -> None:  # type: ignore[no-untyped-def]
    from ingest.frames import subjects

    with extractor.nlp.select_pipes(disable=["newsgraph"]):
        doc = extractor.nlp("The department struck lawyer Olivier Camp off the list because he had held Monegasque "
                            "nationality for less than the five years required to stand for office.")
    stand = next(t for t in doc if t.lower_ == "stand")
    assert subjects(stand) == [], [t.text for t in subjects(stand)]


def test_a_body_of_a_named_body_gives_its_delegation_its_own_short_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONACO, March 18 - A three-member delegation from the Chamber of Local Authorities of the "
                            "Council of Europe, headed by Irish councillor Sean Walsh, observed Sunday's municipal "
                            "elections.", published="2031-03-18")
    [team] = [e for e in ex.entities if e.type == "Delegation"]
    assert "Chamber of Local Authorities delegation" in [team.name, *team.aliases], team


def test_an_election_expert_team_from_a_body_and_the_experts_after(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Jan 15 - A two-member election expert team from the OSCE Office for Democratic "
                            "Institutions and Human Rights (ODIHR) began work in Vaduz on Monday to follow the Feb 9 "
                            "parliamentary election. The team is headed by Karin Berg, a Swedish lawyer. On Tuesday "
                            "the experts held talks with Foreign Minister Sandra Frick.", published="2031-01-15")
    assert has(ex, "HEADS", "Karin Berg", "ODIHR delegation"), triples(ex)
    assert has(ex, "MET_WITH", "Sandra Frick", "ODIHR delegation"), triples(ex)


def test_the_candidate_for_an_office_comma_name_before_a_rival(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Jan 15 - The commission approved 97 candidates on five party lists. They include "
                            "the Patriotic Union (VU) candidate for prime minister, Daniela Frick, and her rival from "
                            "the Progressive Citizens' Party (FBP), Deputy Prime Minister Reto Walser.",
                 published="2031-01-15")
    assert has(ex, "NOMINATED", "Patriotic Union", "Daniela Frick"), triples(ex)
    assert not has(ex, "NOMINATED", "Patriotic Union", "Reto Walser"), triples(ex)


def test_a_persons_office_and_a_count_of_them_including_those_of(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "FUNAFUTI, Sept 6 - Nominations for Monday's general election closed on Aug 16, said "
                            "Supervisor of Elections Penina Lauti. Lauti's Electoral Office accepted 37 of them, "
                            "including those of outgoing finance minister Fulu Kaleb, who is seeking a fourth term in "
                            "Nui, and Mele Tapu. It turned down a nomination from Akoli Feta, a former customs "
                            "officer.", published="2031-09-06")
    assert any(e.name == "Electoral Office" for e in ex.entities), ex.entities
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Office", "Fulu Kaleb"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "Electoral Office", "Mele Tapu"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Office", "Akoli Feta"), triples(ex)


def test_a_visitors_election_body_named_with_its_country_first_is_not_the_hosts(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "FUNAFUTI, Sept 6 - A Pacific Islands Forum team arrived in Tuvalu for the general "
                            "election. It includes Sione Fifi of the Tonga Electoral Commission. On Friday the "
                            "observers met Supervisor of Elections Penina Lauti. The Electoral Office has accepted "
                            "37 nominations.",
                 published="2031-09-06")
    assert not has(ex, "HOLDS_POSITION", "Penina Lauti", "Tonga Electoral Commission"), triples(ex)


def test_a_delegation_of_a_countrys_parliament_named_beside_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DAMASCUS, May 4 - A delegation of Oman's parliament, the Consultative Council, led by "
                            "lawmaker Salim Harthi, arrived in Damascus on Sunday to observe the presidential "
                            "election. Among those turned down was Damascus University lecturer Faten Haddad.",
                 published="2031-05-04")
    assert has(ex, "REPRESENTS", "Consultative Council delegation", "Consultative Council"), triples(ex)
    assert has(ex, "HEADS", "Salim Harthi", "Consultative Council delegation"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Faten Haddad", "Damascus University"), triples(ex)


def test_a_team_of_observers_drawn_from_a_bodys_embassies(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "YANGON, Nov 4 - A six-member delegation of the ASEAN Inter-Parliamentary Assembly "
                            "(AIPA) arrived on Monday to monitor Sunday's general election. Instead of a full mission, "
                            "a team of diplomatic observers drawn from EU embassies in Yangon will follow the vote. "
                            "The team's head, Swedish diplomat Anna Lind, said it planned to visit polling stations.",
                 published="2031-11-04")
    assert has(ex, "HEADS", "Anna Lind", "EU delegation"), triples(ex)
    assert not has(ex, "HEADS", "Anna Lind", "AIPA delegation"), triples(ex)


def test_a_name_tagged_as_a_body_set_beside_a_persons_calling(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "YANGON, Nov 4 - Its main rival, the military-backed Union Progress Party (UPP), is led by "
                            "U Than Htike Oo, a retired general, who said last week his party would not accept it.",
                 published="2031-11-04")
    assert any(e.type == "Person" and e.name.endswith("Htike Oo") for e in ex.entities), ex.entities


def test_the_home_assembly_is_not_a_visiting_countrys_assembly(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HANOI, June 10 - Vietnam's National Election Council confirmed 499 deputies elected in "
                            "the parliamentary election. Nguyen Van Long, the National Assembly chairman, received a "
                            "delegation of the National Assembly of Laos on Wednesday.", published="2031-06-10")
    assert not has(ex, "HOLDS_POSITION", "Nguyen Van Long", "National Assembly of Laos"), triples(ex)


def test_a_commission_member_heading_that_commissions_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NAYPYITAW, Dec 30 - The Union Election Commission (UEC) said on Tuesday the UPSP won "
                            "Myanmar's general election. A delegation of Russia's Central Election Commission, headed "
                            "by commission member Ivan Orlov, observed voting at polling stations.",
                 published="2031-12-30")
    assert has(ex, "MEMBER_OF", "Ivan Orlov", "Central Election Commission"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Ivan Orlov", "Union Election Commission"), triples(ex)


def test_foreign_officials_named_by_nationality_are_the_visiting_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "THIMPHU, Dec 2 - A four-member delegation from the Election Commission of Nepal observed "
                            "Bhutan's National Assembly election in Thimphu. The Nepalese officials held talks with "
                            "Chief Election Commissioner Karma Norbu the next day.", published="2031-12-02")
    assert has(ex, "MET_WITH", "Karma Norbu", "Election Commission of Nepal delegation"), triples(ex)


def test_a_candidate_for_a_seat_comma_name_and_a_weekday_before_a_surname(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "THIMPHU, Jan 11 - The Election Commission of Bhutan (ECB) decided on December 22 to "
                            "disqualify the BTP candidate for Lamgong-Wangchang, Sangay Dorji.",
                 published="2031-01-11")
    assert has(ex, "REJECTED_CANDIDACY", "Election Commission of Bhutan", "Sangay Dorji"), triples(ex)
    # (the day tagged into the name, as the model tags it in some stories)
    ex = extract_reparsed(extractor, "THIMPHU, Jan 11 - Namgay Tobgay won the general election. On Wednesday Tobgay "
                                     "called on the Chief Advisor.", fix={},
                          ents={"Wednesday": "B-PERSON", "Tobgay#2": "I-PERSON"}, published="2031-01-11")
    assert not any("Wednesday" in e.name for e in ex.entities), ex.entities


def test_a_team_sent_to_observe_the_vote_comma_led_by_someone(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PARAMARIBO, May 21 - Voters go to the polls on Monday in the general election. The "
                            "Caribbean Community (CARICOM) has sent a five-member team to observe the vote, led by "
                            "Barbadian electoral official Desmond Hope.", published="2031-05-21")
    assert has(ex, "HEADS", "Desmond Hope", "CARICOM delegation"), triples(ex)


def test_heads_the_list_after_a_published_list_and_a_listed_name_tagged_as_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BANGUI, Dec 4 - The Constitutional Court on Thursday published the final list of "
                            "candidates for the December 27 presidential election, clearing 16 people to run. "
                            "President Honoré Wangu, who is seeking a second five-year term, heads the list. The "
                            "judges also threw out the files of Clément Zoumandé, Prosper Gbazoua and Edith Kossingou "
                            "over incomplete documents.", published="2031-12-04")
    assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", "Honoré Wangu"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Constitutional Court", "Prosper Gbazoua"), triples(ex)


def test_seats_said_once_for_two_parties_and_a_party_fielding_in_a_district(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Feb 6 - The Progressive Party (FP) remained the largest party after Sunday's "
                            "parliamentary election, winning 35.9 percent of the vote. The FP keeps nine of the 25 "
                            "seats and the Union Party eight. The protest movement Independents nearly doubled its "
                            "share to 18.1 percent and five seats, while the Free List (FL) won three. Among the new "
                            "FP deputies is Carla Frick, the party's deputy chairwoman, whom the FP fielded in the "
                            "Oberland for the first time.", published="2031-02-06")
    assert not has(ex, "WON", "Free List", "election"), triples(ex)
    assert has(ex, "NOMINATED", "Progressive Party", "Carla Frick"), triples(ex)
    assert not any(e.type == "Organization" and e.name == "Oberland" for e in ex.entities), ex.entities


def test_voters_elected_two_newcomers_named_beside_the_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "FUNAFUTI, Jan 28 - Tuvalu voted in Friday's general election. Voters in Nanumea elected "
                            "two newcomers, Paul Saufatu and Maria Tefa. The assembly later elected Ana Seve speaker.",
                 published="2031-01-28")
    assert has(ex, "WON", "Paul Saufatu", "general"), triples(ex)
    assert has(ex, "WON", "Maria Tefa", "general"), triples(ex)
    assert not has(ex, "WON", "Ana Seve", "general"), triples(ex)


def test_a_self_governing_territory_names_its_own_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HAMILTON, Feb 19 - The Progressive Labour Party won Thursday's general election in "
                            "Bermuda, taking 30 of the 36 seats in the House of Assembly. Premier Ewan Burt said "
                            "his government would govern for all Bermudians.", published="2031-02-19")
    assert any(e.type == "Election" and e.name == "2031 Bermuda general election" for e in ex.entities), ex.entities


def test_a_name_set_beside_a_countrys_parliament_is_that_legislature(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DOUGLAS, June 20 - A three-member delegation from Tynwald, the Isle of Man's parliament, "
                            "flew to Jersey on Monday to observe Wednesday's general election there.",
                 published="2031-06-20")
    assert has(ex, "REPRESENTS", "Tynwald delegation", "Tynwald"), triples(ex)


def test_holding_or_keeping_a_seat_in_the_vote_is_winning_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LISBON, May 4 - Voters went to the polls in Sunday's general election. Health Minister "
                            "Rita Sousa, who kept her Braga seat with 58 percent, will stay in the cabinet. Carlos "
                            "Mota held his own seat of Faro. The Green Union looked set to keep its majority on the "
                            "40-seat city council.", published="2031-05-04")
    assert has(ex, "WON", "Rita Sousa", "general election"), triples(ex)
    assert has(ex, "WON", "Carlos Mota", "general election"), triples(ex)
    assert not has(ex, "WON", "Green Union", "election"), triples(ex)


def test_a_territorys_capital_and_its_legislatures_own_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TÓRSHAVN, Nov 18 - The electoral committee on Thursday approved lists from seven "
                            "parties for the December 8 snap election to the Løgting. Prime Minister Pauli Dam called "
                            "the early election on November 4, a week after the Faroe Islands voted in Denmark's "
                            "general election. Observers were led by Anna Berg, a member of the Althingi.",
                 published="2031-11-18")
    countries = {e.properties.get("country") for e in ex.entities if e.type == "Election"}
    assert "Faroe Islands" in countries, ex.entities
    orgs = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Løgting", "Althingi"} <= orgs, ex.entities
    assert has(ex, "MEMBER_OF", "Anna Berg", "Althingi"), triples(ex)


def test_the_body_that_sent_monitors_is_not_the_house_being_elected(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NUUK, March 10 - A delegation from the Baltic Assembly arrived in Nuuk on Sunday to "
                            "observe Tuesday's election to the Inatsisartut, the first time the body has sent monitors "
                            "to a vote in Greenland. The team is led by Maria Lind.", published="2031-03-10")
    assert has(ex, "HEADS", "Maria Lind", "Baltic Assembly delegation"), triples(ex)
    assert not any(e.type == "Delegation" and "Inatsisartut" in e.name for e in ex.entities), ex.entities


def test_a_member_of_a_house_for_a_party_is_two_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The observers were led by Sigrun Olafsdottir, a member of Iceland's Althingi for the "
                            "Left-Green Movement, and included Finnish MP Antti Lehto.", published="2031-03-10")
    assert has(ex, "MEMBER_OF", "Sigrun Olafsdottir", "Althingi"), triples(ex)
    assert "Left-Green Movement" in {e.name for e in ex.entities if e.type == "Organization"}, ex.entities


def test_a_member_of_a_house_for_a_party_is_a_member_of_the_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The observers were led by Sigrun Olafsdottir, a member of the Storting for the Centre "
                            "Party, and Antti Lehto, a member of the Eduskunta for Oulu.", published="2031-03-10")
    assert has(ex, "MEMBER_OF", "Sigrun Olafsdottir", "Centre Party"), triples(ex)
    assert has(ex, "MEMBER_OF", "Sigrun Olafsdottir", "Storting"), triples(ex)
    assert not any(r.type == "MEMBER_OF" and r.source == r.target for r in ex.relations)


def test_they_after_the_observers_in_one_sentence_are_the_observers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NUUK, March 10 - A delegation from the Baltic Assembly arrived on Sunday to observe the "
                            "parliamentary election. It includes Aino Lepp and Maria Lind. On Monday the observers "
                            "held talks with Karl Berg, and in the afternoon they were received by the Speaker, Ivo "
                            "Tamm.",
                 published="2031-03-10")
    assert has(ex, "MET_WITH", "Ivo Tamm", "Baltic Assembly delegation") \
        or has(ex, "MET_WITH", "Baltic Assembly delegation", "Ivo Tamm"), triples(ex)
    assert not has(ex, "MET_WITH", "Maria Lind", "Ivo Tamm"), triples(ex)


def test_a_one_word_name_set_beside_party_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NUUK, March 10 - Premier Aqqa Olsen of Inuit Ataqatigiit (IA) called the election on "
                            "February 4. Nunatta, the former ruling party, is fielding a list headed by its "
                            "chairwoman, Naja Lynge.", published="2031-03-10")
    assert has(ex, "HOLDS_POSITION", "Naja Lynge", "Nunatta"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Naja Lynge", "Inuit Ataqatigiit"), triples(ex)


def test_a_kind_word_describing_a_body_says_nothing_of_the_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TALLINN, Oct 18 - The Centre Party won Sunday's municipal elections across Estonia. A "
                            "delegation of the Baltic Assembly, the parliamentary cooperation body of the three Baltic "
                            "states, followed the voting in Tartu and Narva. The next parliamentary elections are "
                            "due in 2033.", published="2031-10-18")
    observed = {t for (r, s, t) in triples(ex) if r == "OBSERVES"}
    assert observed and all("local" in t for t in observed), triples(ex)


def test_part_of_the_delegation_is_a_member_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Baltic Assembly arrived on Monday to observe the parliamentary "
                            "election in Finland. It is led by Maria Lind. Estonian MP Jaan Tamm is also part of the "
                            "delegation.", published="2031-10-18")
    assert has(ex, "MEMBER_OF", "Jaan Tamm", "Baltic Assembly delegation"), triples(ex)


def test_competing_for_a_partys_nomination_is_not_having_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission on Monday certified four aspirants for governor in next year's primaries. "
                            "Jorge Ruiz and Ana Vega are competing for the nomination of the Liberal Party (PL), while "
                            "Luis Mora won the nomination of the Green Party (PV) on Sunday.", published="2031-12-17")
    assert not has(ex, "NOMINATED", "Liberal Party", "Jorge Ruiz"), triples(ex)
    assert not has(ex, "NOMINATED", "Liberal Party", "Ana Vega"), triples(ex)
    assert has(ex, "NOMINATED", "Green Party", "Luis Mora"), triples(ex)


def test_an_ordinal_then_a_description_then_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the name hung on the first verb, as the model parses it in some texts)
    ex = extract_reparsed(extractor, "LIMA, Dec 17 - Peru's National Elections Jury (JNE) on Monday certified four "
                                     "aspirants and disqualified a fifth, former senator Raúl Quispe Mamani, after "
                                     "finding duplicate signatures.", fix={"Mamani": ("certified", "npadvmod")},
                          published="2031-12-17")
    assert has(ex, "REJECTED_CANDIDACY", "National Elections Jury", "Raúl Quispe Mamani"), triples(ex)


def test_considering_an_invitation_to_observe_is_not_observing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ORANJESTAD, May 14 - The OAS said it was considering an invitation to observe the "
                            "parliamentary election. The Caricom sent a team to observe the vote.",
                 published="2031-05-14")
    assert not any(r == "OBSERVES" and "OAS" in s for (r, s, t) in triples(ex)), triples(ex)
    assert any(r == "OBSERVES" and "Caricom" in s for (r, s, t) in triples(ex)), triples(ex)


def test_a_list_turned_down_after_others_approved_rejects_its_head(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WILLEMSTAD, May 14 - The Main Electoral Bureau (MEB) on Thursday approved the candidate "
                            "lists of six parties for the June 25 snap parliamentary election but turned down "
                            "a seventh, the list of the Island Renewal Movement (IRM) headed by former union leader "
                            "Rudy Martina, ruling that it lacked signatures.", published="2031-05-14")
    assert has(ex, "REJECTED_CANDIDACY", "Main Electoral Bureau", "Rudy Martina"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Main Electoral Bureau", "Rudy Martina"), triples(ex)


def test_whose_board_is_the_board_of_the_body_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ORANJESTAD, May 14 - The approved lists include the Civic Union (CU), again headed by "
                            "Prime Minister Ana Croes, and the opposition People's Front (PF), whose board picked "
                            "former economy minister Rafael Kock as its top candidate in March.",
                 published="2031-05-14")
    assert has(ex, "NOMINATED", "People's Front", "Rafael Kock"), triples(ex)
    assert not has(ex, "NOMINATED", "Civic Union", "Rafael Kock"), triples(ex)


def test_due_somewhere_for_talks_is_a_planned_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WILLEMSTAD, June 12 - The Dutch state secretary, Pieter Bakker, is due in Willemstad "
                            "next week for talks with Ana Croes and Rudy Martina. On Monday he arrived for talks with "
                            "Ivar Pieters.", published="2031-06-12")
    assert not has(ex, "MET_WITH", "Pieter Bakker", "Ana Croes"), triples(ex)
    assert has(ex, "MET_WITH", "Pieter Bakker", "Ivar Pieters"), triples(ex)


def test_whose_lawmakers_named_after_are_members_of_the_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WILLEMSTAD, June 12 - The crisis began on May 28, when the People's Front (PF), whose "
                            "two lawmakers Rita Croes and Ivan Kock had given the coalition its majority, walked out.",
                 published="2031-06-12")
    assert has(ex, "MEMBER_OF", "Rita Croes", "People's Front"), triples(ex)


def test_one_of_the_two_and_the_other_are_the_two_the_act_counted(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MARIEHAMN, Sept 22 - The Central Election Committee (CEC) on Wednesday refused to "
                            "register two candidates for the October 15 Lagting election. The committee approved 132 "
                            "candidates at the same meeting. One of the two barred candidates is Erik Virtala, an "
                            "engineer from Turku. The other, Lina Sund, is a Swedish citizen.", published="2031-09-22")
    assert has(ex, "REJECTED_CANDIDACY", "Central Election Committee", "Erik Virtala"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Central Election Committee", "Lina Sund"), triples(ex)


def test_the_members_name_as_an_adjective_is_the_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MARIEHAMN, Sept 22 - Erik Virtala had been put forward by the Aland Social Democrats. "
                            "Social Democratic leader Ville Dahl said the party would appeal.", published="2031-09-22")
    assert has(ex, "HEADS", "Ville Dahl", "Aland Social Democrats"), triples(ex)
    assert "Social Democratic" not in {e.name for e in ex.entities}, ex.entities


def test_a_countrys_unnamed_parliament_is_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MARIEHAMN, Sept 22 - Aland's single member of the Finnish parliament, Erik Lund, was "
                            "re-elected on April 2. Lene Dahl, a member of the Norwegian parliament, the Storting, led "
                            "the observers.", published="2031-09-22")
    assert has(ex, "MEMBER_OF", "Erik Lund", "Finnish parliament"), triples(ex)
    assert has(ex, "MEMBER_OF", "Lene Dahl", "Storting"), triples(ex)
    assert "Parliament of Norway" not in {e.name for e in ex.entities}, ex.entities


def test_the_subject_of_a_clause_read_as_after_s_object_is_not_the_main_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "YAREN, Oct 31 - Nauru's parliament elected Ana Seve as president on Monday, hours "
                            "after a motion of no confidence removed Jacob Tefa, who had led the country for a year.",
                 published="2031-10-31")
    assert not any(r == "REJECTED_CANDIDACY" for (r, s, t) in triples(ex)), triples(ex)


def test_an_election_named_by_a_bodys_acronym_or_a_states_possessive(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DOHA, June 21 - Amna Al-Thani kept her seat on the Central Municipal Council (CMC) in "
                            "Tuesday's election. The ministry had announced on April 12 that the seventh CMC election "
                            "would take place on June 20.", published="2031-06-21")
    kinds = set(election_kinds(ex))
    assert kinds == {"local"}, ex.entities
    ex = extract(extractor, "DOHA, Oct 4 - Qatari voters elected 30 members of the Shura Council on Saturday in "
                            "the Gulf state's first legislative polls. Hamad Al-Marri won in the 7th district.",
                 published="2031-10-04")
    kinds = set(election_kinds(ex))
    assert kinds == {"parliamentary"}, ex.entities


def test_a_party_fielding_a_list_headed_by_someone_nominates_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ERBIL, Aug 29 - The governing Kurdistan Unity Front (KUF) is fielding a list headed by "
                            "Vian Rasul, a former deputy speaker, in the September 30 parliamentary election.",
                 published="2031-08-29")
    assert has(ex, "NOMINATED", "Kurdistan Unity Front", "Vian Rasul"), triples(ex)


def test_the_previous_election_with_its_year_is_not_the_one_reported(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MUSCAT, Oct 30 - Omanis chose a new consultative council on Sunday in the country's "
                            "first fully electronic vote. Salim Al-Harthi was re-elected in Nizwa with 38 percent of "
                            "the vote. In the previous election in 2027, only Omanis living abroad could vote online.",
                 published="2031-10-30")
    won = {t for (r, s, t) in triples(ex) if r == "WON" and s == "Salim Al-Harthi"}
    assert won and not any("2027" in t for t in won), triples(ex)


def test_a_person_tagged_name_with_for_is_the_acronyms_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NOUMEA, June 29 - Marc Perrin, the candidate of the loyalist Rally for Caledonia in "
                            "France (RCF), won Sunday's runoff for the town hall with 52 percent.",
                 published="2031-06-29")
    assert has(ex, "NOMINATED", "Rally for Caledonia in France", "Marc Perrin"), triples(ex)


def test_the_bare_house_before_its_full_name_is_that_house(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ALOFI, May 2 - Among the approved candidates is Ana Tuku, a nurse who is the youngest "
                            "person ever to stand for the Assembly. The Speaker of the Niue Assembly, Fakaolo Lagi, "
                            "issued the writ for the election on April 24.", published="2031-05-02")
    houses = [e.name for e in ex.entities if e.type == "Organization" and "Assembly" in e.name]
    assert houses == ["Niue Assembly"], ex.entities


def test_resident_commissioner_is_a_title(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the first word tagged a body of its own, as the model tags it in some texts)
    ex = extract_reparsed(extractor, "SAN JUAN, Nov 5 - Resident Commissioner Lucia Ortiz of the Statehood Party "
                                     "(PEP) was declared the winner of Tuesday's race for governor.", fix={},
                          ents={"Resident": "B-ORG"}, published="2031-11-05")
    assert "Resident" not in {e.name for e in ex.entities}, ex.entities


def test_rivals_a_winner_beat_including_a_named_one_stood(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VAIDUZ, May 3 - Incumbent Teodor Ravell won Sunday's presidential election in Moldova "
                            "with 61 percent. Ravell defeated four rivals including former minister Ionel Barbu. He "
                            "also beat two challengers, Vlad Sarbu and Ana Tighina.", published="2031-05-03")
    for loser in ("Ionel Barbu", "Vlad Sarbu", "Ana Tighina"):
        assert has(ex, "CANDIDATE_IN", loser, "2031 Moldova presidential election"), triples(ex)


def test_a_national_council_election_is_parliamentary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Aug 28 - The National Election Office (NEO) on Wednesday published the final "
                            "list of candidates for the Federal National Council (FNC) elections. Among those "
                            "cleared to stand are Lina Arvel, a former teacher, and businessman Omar Tessin.",
                 published="2031-08-28")
    kinds = set(election_kinds(ex))
    assert kinds == {"parliamentary"}, ex.entities


def test_minister_of_state_for_affairs_is_one_title(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Aug 28 - The National Election Office (NEO) on Wednesday published the final "
                            "list of candidates. The office, chaired by Minister of State for Federal National "
                            "Council Affairs Hamad Rashid Al Tessini, fixed the polling date in June.",
                 published="2031-08-28")
    assert has(ex, "HEADS", "Hamad Rashid Al Tessini", "National Election Office"), triples(ex)
    assert not any(e.name.startswith("State for") for e in ex.entities), ex.entities


def test_re_elected_after_a_place_split_at_its_hyphen(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the name hung on the place as its apposition, as the model parses it in some texts)
    ex = extract_reparsed(extractor, "DUBAI - Lawyer Aisha Saeed Al Tessi topped the poll in Dubai on Saturday as nine "
                                     "women won seats in the Federal National Council (FNC). In Abu Dhabi, former "
                                     "diplomat Salem Abdulla Al Varri was re-elected, four years after first winning "
                                     "a seat, while in Sharjah the committee declared engineer Lana Al Qorr the "
                                     "winner.", fix={"Varri": ("Dhabi", "appos")}, published="2031-10-09")
    names = {e.id: e.name for e in ex.entities}
    # (by the "re-elected" itself)
    assert any(r.type == "WON" and names[r.source] == "Salem Abdulla Al Varri"
               and "won-elected" in {e.pattern for e in r.evidence} for r in ex.relations), ex.relations


def test_among_those_who_fell_short_or_lost_stood(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DUBAI - Lawyer Aisha Saeed Al Tessi topped the poll in Dubai on Saturday as nine women "
                            "won seats in the Federal National Council (FNC). Among those who fell short was Ajman "
                            "businessman Obaid Saif Al Qorri. Among those who lost their seats were former speaker "
                            "Ali Vamal and Sara Obeidi.", published="2031-10-09")
    stood = {s for (r, s, t) in triples(ex) if r == "CANDIDATE_IN"}
    assert {"Obaid Saif Al Qorri", "Ali Vamal", "Sara Obeidi"} <= stood, triples(ex)


def test_a_mission_went_to_polling_centres_in_each_town_on_election_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VADUZ, Oct 9 - The Arab Parliament's 13-member mission, led by lawmaker Khaled Tamimi, "
                            "flew into Ruggell on October 3 and spread out on election day to polling centres in "
                            "Balzers, Triesen and Schaan.", published="2031-10-09")
    team = "Arab Parliament delegation"
    for town in ("Balzers", "Triesen", "Schaan"):
        assert has(ex, "VISITS", team, town), triples(ex)
        assert dated(ex, "VISITS", team, town) is None  # the election's day, which the story does not give


def test_observers_under_a_named_chief_are_headed_by_him(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MUKALLA, March 17 - The Organisation of Islamic Cooperation (OIC) deployed 26 observers "
                            "under former election commissioner Tariq Vasheem for Thursday's local council "
                            "elections in Yemen.", published="2031-03-17")
    assert has(ex, "HEADS", "Tariq Vasheem", "OIC delegation"), triples(ex)


def test_the_party_candidate_set_beside_a_district_was_declared_elected(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ADEN, April 15 - The Supreme Commission for Elections (SCE) said on Sunday that "
                            "candidates fielded by the General People's Congress (GPC) had won 22 of the 24 vacant "
                            "seats in the parliamentary by-elections. In the Bani Harith district of Sanaa, the "
                            "party's candidate, Yahya Abdullah Al-Vamdani, was declared elected with 81 percent of the "
                            "vote, the commission said.", published="2031-04-15")
    election = "2031 Yemen parliamentary by-election"
    assert has(ex, "WON", "General People's Congress", election), triples(ex)
    assert has(ex, "NOMINATED", "General People's Congress", "Yahya Abdullah Al-Vamdani"), triples(ex)
    assert has(ex, "WON", "Yahya Abdullah Al-Vamdani", election), triples(ex)


def test_the_head_of_a_party_branch_does_not_head_the_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "'Most people stayed at home,' said Ahmed Saeed Ba-Mullem, head of the STC's Hadramawt "
                            "branch. The Southern Transitional Council (STC) boycotted the vote.")
    assert has(ex, "HOLDS_POSITION", "Ahmed Saeed Ba-Mullem", "Southern Transitional Council"), triples(ex)
    assert not any(r == "HEADS" for (r, _, _) in triples(ex)), triples(ex)

def test_two_known_towns_joined_by_and_are_two_places(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SEIYUN, March 17 - The General People's Congress came second, while the Islah party "
                            "carried Seiyun and Tarim in Thursday's local council elections.", published="2031-03-17")
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Seiyun") == "Location" and names.get("Tarim") == "Location", names


def test_the_ballot_will_include_the_approved_candidates(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "REYKJAVIK, April 30 - Tessaly's National Electoral Commission has approved seven "
                            "candidacies for the June 1 presidential election, the commission said on Tuesday. "
                            "Commission chairman Pall Ingvason told a news conference that the decisions had been "
                            "taken at a meeting on Monday. Candidates need at least 1,500 endorsements. The ballot "
                            "will include former justice Solveig Arnadottir; Eirikur Baldvinsson, the rector of the "
                            "University of Akureyri; and the broadcaster Thorbjorg Hreinsdottir.",
                 published="2031-04-30")
    for name in ("Solveig Arnadottir", "Eirikur Baldvinsson", "Thorbjorg Hreinsdottir"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Commission", name), triples(ex)


def test_a_party_named_for_its_centre_members(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ballot includes Kari Stefansson, a member of the Althingi for the Centre Democrats.")
    assert has(ex, "MEMBER_OF", "Kari Stefansson", "Centre Democrats"), triples(ex)


def test_a_two_word_acronym_spells_a_body_and_its_region(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ST HELIER, June 21 - The mission of the Commonwealth Parliamentary Association British "
                            "Islands and Mediterranean Region (CPA BIMR) is led by Catriona MacNeill, a member of the "
                            "Scottish Parliament. The CPA BIMR has previously observed elections in Guernsey.",
                 published="2031-06-21")
    body = "Commonwealth Parliamentary Association British Islands and Mediterranean Region"
    assert {e.name: e.type for e in ex.entities}.get(body) == "Organization", ex.entities
    assert has(ex, "HEADS", "Catriona MacNeill", "CPA BIMR delegation"), triples(ex)


def test_a_name_that_fields_candidates_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Renew Sarnia is fielding 17 candidates, including its chair, Deputy Lucy Le Brock, who "
                            "is defending her seat in St Helier South.")
    assert has(ex, "HOLDS_POSITION", "Lucy Le Brock", "Renew Sarnia"), triples(ex)


def test_a_person_whose_department_is_named_stays_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Monday the observers met the Judicial Greffier, Anthony Le Bretonne, whose department, "
                            "the Judicial Greffe, is organising the poll.")
    assert {e.name: e.type for e in ex.entities}.get("Anthony Le Bretonne") == "Person", ex.entities


def test_an_accented_title_before_a_name_tagged_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Royal Court on October 13 fixed December 6 as polling day in St Clement, after "
                            "Connétable David Perchet stepped down in September on health grounds.")
    assert {e.name: e.type for e in ex.entities}.get("David Perchet") == "Person", ex.entities


def test_ruled_invalid_the_papers_and_cleared_a_list_with_a_title_in_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ST CLEMENT, Nov 9 - The Tessaly Electoral Authority (TEA) met on Wednesday. The TEA, "
                            "which has overseen the island's elections since 2021, cleared former Deputy Kevin "
                            "Romerel, parish treasurer Sarah Gallichon and Martin Le Quesnel, a Tessaly Alliance "
                            "member whom the party has put forward as its official candidate. It ruled invalid the "
                            "papers of "
                            "businesswoman Anne-Marie Hamonet, because one of the ten electors who signed them was not "
                            "on the parish roll.", published="2031-11-09")
    for name in ("Kevin Romerel", "Sarah Gallichon", "Martin Le Quesnel"):
        assert has(ex, "APPROVED_CANDIDACY", "Tessaly Electoral Authority", name), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Tessaly Electoral Authority", "Anne-Marie Hamonet"), triples(ex)


def test_a_by_election_for_a_parish_head_is_local(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ST CLEMENT, Nov 9 - Three candidates will contest next month's by-election for Connétable "
                            "of St Clement after the Tessaly Electoral Authority accepted their nominations on "
                            "Wednesday. Former Deputy Kevin Romerel is standing in the by-election.",
                 published="2031-11-09")
    kinds = set(election_kinds(ex))
    assert kinds == {"local"}, ex.entities


def test_two_observers_from_one_body_are_its_team(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ST PETER PORT, Oct 11 - Sarnia held a referendum on its voting system on Wednesday. Two "
                            "observers from the Electoral Reform Union (ERU), headed by the union's director for "
                            "Wales, Callum Lenham, watched the count and described it as meticulous.",
                 published="2031-10-11")
    assert has(ex, "HEADS", "Callum Lenham", "ERU delegation"), triples(ex)
    assert ("HEADS", "Callum Lenham", "Electoral Reform Union") not in triples(ex)


def test_a_team_of_experts_then_the_expert_team_is_one_team(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "REYKJAVIK, Sept 15 - A three-member team of experts from the OSCE's Office for Democratic "
                            "Institutions and Human Rights (ODIHR) is in Iceland to assess the Sept. 25 parliamentary "
                            "election. The Election Expert Team, headed by lawyer Tomasz Wierzbowski, arrived in "
                            "Orlan on Monday. Its other members are Marieke van Damme, a Dutch specialist in electoral "
                            "law, and Ruta Kazlauskaite, a former member of Lithuania's Central Electoral Commission.",
                 published="2031-09-15")
    teams = [e for e in ex.entities if e.type == "Delegation"]
    assert len(teams) == 1, teams
    team = teams[0].name
    assert has(ex, "HEADS", "Tomasz Wierzbowski", team), triples(ex)
    assert has(ex, "OBSERVES", team, "2031 Iceland parliamentary election"), triples(ex)
    for member in ("Marieke van Damme", "Ruta Kazlauskaite"):
        assert has(ex, "MEMBER_OF", member, team), triples(ex)


def test_the_list_of_a_party_which_was_headed_by_x(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Friday the Northeast Electoral Commission threw out the list of the Coastal Farmers' "
                            "Party, which was headed by retired trawler captain Johann Kristofsson, after finding that "
                            "dozens of the signatures appeared twice.")
    assert not has(ex, "HEADS", "Johann Kristofsson", "Coastal Farmers' Party"), triples(ex)


def test_a_team_from_a_body_that_followed_the_voting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "RIYADH, Dec 16 - Saudi Arabia held municipal elections on Thursday. A five-member team "
                            "from the Gulf Cooperation Council (GCC) followed the voting in Riyadh and Dammam. It was "
                            "led by Saif Hamid Al-Busaydi, the GCC's assistant secretary-general.",
                 published="2031-12-16")
    assert has(ex, "OBSERVES", "GCC delegation", "2031 Saudi Arabia local election"), triples(ex)
    assert has(ex, "HEADS", "Saif Hamid Al-Busaydi", "GCC delegation"), triples(ex)


def test_put_back_on_the_ballot_is_an_approval(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "RIYADH, Dec 16 - Saudi Arabia held municipal elections on Thursday. Hind Al-Qahtaniya, "
                            "whom the Board of Grievances put back on the ballot on December 3, finished third.",
                 published="2031-12-16")
    assert dated(ex, "APPROVED_CANDIDACY", "Board of Grievances", "Hind Al-Qahtaniya") == "2031-12-03", triples(ex)


def test_an_assembly_election_in_a_state_is_regional(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KOLKATA, May 3 - The All India Trinamool Congress (TMC) won a third straight term in "
                            "West Bengal, taking 211 of the 292 seats in the eight-phase Assembly election.",
                 published="2031-05-03")
    kinds = set(election_kinds(ex))
    assert kinds == {"regional"}, ex.entities


def test_a_party_name_ending_in_a_bracketed_creed(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KANNUR, March 20 - The Communist Party of India (Marxist) has fielded P. K. Raghunathan "
                            "in Kannur.", published="2031-03-20")
    assert has(ex, "NOMINATED", "Communist Party of India (Marxist)", "P. K. Raghunathan"), triples(ex)
    assert not any(e.name == "Marxist" or "Marxist" in e.aliases for e in ex.entities), ex.entities


def test_a_states_chief_electoral_officer_is_not_the_national_commissions(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission of India (ECI) rejected two nominations. Kerala's Chief "
                            "Electoral Officer, Anjali Krishnamurthy, said the rejections could be challenged.")
    assert not has(ex, "HOLDS_POSITION", "Anjali Krishnamurthy", "Election Commission of India"), triples(ex)


def test_a_story_opening_on_a_province_is_of_its_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TORONTO, June 3 (Wire) - Ontario Premier Dennis Whitcombe won a second straight majority "
                            "government on Thursday, as his Progressive Conservatives took 83 of the legislature's "
                            "124 seats and 40.8 percent of the popular vote.", published="2031-06-03")
    kinds = set(election_kinds(ex))
    assert kinds == {"regional"}, ex.entities


def test_a_dateline_town_shared_with_another_country(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, April 22 (Ledger) - Elections BC has accepted the nominations of 371 "
                            "candidates for the May 9 provincial election, with more independents on the ballot than "
                            "at any British Columbia election in two decades. Elections BC's deputy chief electoral "
                            "officer, Nadia Kowalczyk, said returning officers had turned down the papers of three "
                            "would-be candidates. One of them, Surrey restaurant owner Harjeet Sandhawalia, had hoped "
                            "to run as an independent. The New Democratic Party has fielded Mary Chen in Nanaimo.",
                 published="2031-04-22")
    elections = [e for e in ex.entities if e.type == "Election"]
    assert [e.properties.get("country") for e in elections] == ["Canada"], elections
    assert has(ex, "HOLDS_POSITION", "Nadia Kowalczyk", "Elections BC"), triples(ex)
    assert has(ex, "REJECTED_CANDIDACY", "Elections BC", "Harjeet Sandhawalia"), triples(ex)


def test_each_name_a_partys_nominees_are_set_beside(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KOLKATA, Aug 1 - The ruling All India Trinamool Congress (TMC) won four seats in the "
                            "Rajya Sabha election. The TMC's four nominees, Sanjukta Bose, Nirmalendu Paul, Shubhashis "
                            "Kundra and Mahbub Alam Chowdhury, received their certificates.", published="2031-08-01")
    for name in ("Sanjukta Bose", "Nirmalendu Paul", "Shubhashis Kundra"):
        assert has(ex, "NOMINATED", "All India Trinamool Congress", name), triples(ex)


def test_papers_filed_by_a_candidate_turned_down(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Election Commission of India (ECI) rejected two nominations on Saturday. In "
                            "Munnar, papers filed by Lalitha Varghese of the Dravida Munnetra Kazhagam (DMK), an "
                            "alliance partner, were turned down because her affidavit was incomplete.")
    assert has(ex, "REJECTED_CANDIDACY", "Election Commission of India", "Lalitha Varghese"), triples(ex)
    assert has(ex, "MEMBER_OF", "Lalitha Varghese", "Dravida Munnetra Kazhagam"), triples(ex)


def test_a_district_post_of_a_party_named_with_its_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Rajan Pillaikutty, the Bharatiya Janata Party (BJP) district president in Palakkad, "
                            "who had been fielded in Ottapalam, lost his place on the ballot.")
    assert has(ex, "HOLDS_POSITION", "Rajan Pillaikutty", "Bharatiya Janata Party"), triples(ex)
    assert not any(e.type == "Person" and e.name == "Palakkad" for e in ex.entities), ex.entities


def test_a_district_post_of_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Mark Oldcastle, the Labour Party district chairman, said he would appeal.")
    assert ("HOLDS_POSITION", "Mark Oldcastle", "Labour Party") in triples(ex), triples(ex)


def test_a_counted_group_of_officials_led_by_someone_is_a_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Three officials of the Election Commission of Bhutan (ECB), headed by the commission's "
                            "director of operations, Karma Wangchuk, joined them a day later. They were received by "
                            "Meera Sundaram, the state's Chief Electoral Officer.")
    assert has(ex, "HEADS", "Karma Wangchuk", "Election Commission of Bhutan delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "Election Commission of Bhutan delegation", "Election Commission of Bhutan"), \
        triples(ex)
    assert ("HEADS", "Karma Wangchuk", "Election Commission of Bhutan") not in triples(ex), triples(ex)


def test_a_party_name_running_on_to_a_mixed_case_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Alternative for Germany (AfD) fielded 30 candidates. AfD chairman Jonas Wendelin, who "
                            "heads the list, called the ruling a partial victory.")
    assert ("HOLDS_POSITION", "Jonas Wendelin", "Alternative for Germany") in triples(ex), triples(ex)
    assert not any(e.name == "Alternative" for e in ex.entities), ex.entities


def test_a_party_of_a_double_titled_leader(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Polls show the Greens level with the Christian Democratic Union (CDU) of "
                            "Minister-President Franz Tillinger, which has led every state government since 1990. "
                            "CDU spokesman Hanno Brecht said the party was confident.")
    assert any(e.name == "Christian Democratic Union" for e in ex.entities), ex.entities
    assert has(ex, "HOLDS_POSITION", "Hanno Brecht", "Christian Democratic Union"), triples(ex)


def test_a_legislature_by_its_own_word(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The party fielded many people. Candidates from 31st place onward, among them former "
                            "Bundestag member Klaus Ebertin, remain excluded, the court said on Friday.")
    assert any(e.name == "Bundestag" and e.type == "Organization" for e in ex.entities), ex.entities


def test_a_state_electoral_committee_named_in_lower_case(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ERFURT, July 28 - Thuringia's state electoral committee on Friday admitted the list of "
                            "the Social Democratic Party (SPD), headed by Carsten Mielberg, and threw out the list of "
                            "the Free Citizens (FB), whose top candidate is Werner Puschel. Pusch said he would appeal "
                            "to the Federal Electoral Committee in Berlin.", published="2031-07-28")
    assert has(ex, "APPROVED_CANDIDACY", "state electoral committee", "Carsten Mielberg"), triples(ex)
    assert ("APPROVED_CANDIDACY", "Federal Electoral Committee", "Carsten Mielberg") not in triples(ex), triples(ex)


def test_a_ministrys_electoral_commission_is_no_body_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Two hopefuls had been excluded by the interior ministry's electoral commission.")
    assert not any(e.name.endswith("electoral commission") for e in ex.entities), ex.entities


def test_a_regions_adjective_names_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Teenagers voted in Welsh council elections for the first time, and Saxon voters go to "
                            "the polls next year.")
    assert not any(e.name in {"Welsh", "Saxon"} for e in ex.entities), ex.entities


def test_a_person_of_a_party_tagged_as_one_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Among the party's casualties was Rebecca Hallam, who led its group on the council and "
                            "lost her Rhiwbina seat by 47 votes to Dylan Morgan of Plaid y Bobl.")
    assert has(ex, "MEMBER_OF", "Dylan Morgan", "Plaid y Bobl"), triples(ex)


def test_a_name_that_takes_many_seats_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CARDIFF, May 7 - Llais Cymru won a third consecutive term in control of Cardiff Council, "
                            "taking 55 of the 79 seats in Thursday's local elections. First Minister Eleri Vaughn, who "
                            "leads Llais Cymru, visited the count on Friday.", published="2031-05-07")
    assert any(e.name == "Llais Cymru" and e.type == "Organization" for e in ex.entities), ex.entities
    assert has(ex, "HEADS", "Eleri Vaughn", "Llais Cymru"), triples(ex)


def test_a_council_seat_lost_is_in_the_local_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CARDIFF, May 7 - Labour kept control of the city in Thursday's local elections. Among "
                            "the Liberals' casualties was Rebecca Hallam, who led their group on the council and lost "
                            "her Rhiwbina seat by 47 votes to Dylan Morgan. The result bodes well for Labour ahead of "
                            "the Senedd election in 2026.",
                 published="2031-05-07")
    kinds = {e.id: e.properties.get("kind") for e in ex.entities if e.type == "Election"}
    lost = [r for r in ex.relations if r.type == "CANDIDATE_IN" and r.target in kinds]
    assert lost and all(kinds[r.target] == "local" for r in lost), (triples(ex), kinds)


def test_a_presiding_officer_set_beside_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The delegation arrived on Sunday. On Monday the parliamentarians were received in Cardiff "
                            "Bay by Nerys Gwillim, the Llywydd, or presiding officer, of the Senedd, who took them "
                            "through the arrangements.")
    assert has(ex, "MET_WITH", "Nerys Gwillim", "delegation"), triples(ex)
    assert not any(e.name == "Llywydd" for e in ex.entities), ex.entities


def test_a_body_and_a_person_the_ner_ran_together(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The six-member group arrived in Cardiff on Sunday. It includes Rohan Pillai of Malaysia's "
                            "Dewan Rakyat and Akosua Mensah, a Ghanaian MP.")
    names = {e.name for e in ex.entities}
    assert {"Dewan Rakyat", "Akosua Mensah"} <= names, names


def test_confirming_the_date_calls_the_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BELFAST, Jan 17 - Northern Ireland will hold an early Assembly election on March 2 after "
                            "Secretary of State Andrew Whitmore confirmed the date on Monday.", published="2031-01-17")
    assert dated(ex, "CALLED_ELECTION", "Andrew Whitmore", "election") == "2031-01-13", triples(ex)


def test_a_partys_lead_candidates_set_beside_their_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MUNICH, Oct 15 - The Greens came second in Sunday's state election. The Greens' joint "
                            "lead candidates, Katharina Sommerfeld and Lukas Brandler, said they were open to talks.",
                 published="2031-10-15")
    for name in ("Katharina Sommerfeld", "Lukas Brandler"):
        assert has(ex, "NOMINATED", "Greens", name), triples(ex)


def test_a_post_and_a_candidacy_before_one_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MUNICH, Oct 15 - The Social Democrats (SPD) slumped to 9.6 percent in Sunday's state "
                            "election. The party's state chairwoman and lead candidate, Renate Eberhardt, said on "
                            "Monday she had no plans to resign.", published="2031-10-15")
    assert has(ex, "HOLDS_POSITION", "Renate Eberhardt", "Social Democrats"), triples(ex)
    assert has(ex, "NOMINATED", "Social Democrats", "Renate Eberhardt"), triples(ex)


def test_a_post_of_the_place_named_before_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Bavaria's Interior Minister Joachim Meinhardt ordered on March 17 that all runoffs be "
                            "conducted by post. Former city councillor Grant Tewhata will be Dunedin's next mayor.")
    assert ("HOLDS_POSITION", "Joachim Meinhardt", "Bavaria") in triples(ex), triples(ex)
    assert not any(t[0] == "HOLDS_POSITION" and t[1] == "Grant Tewhata" for t in triples(ex)), triples(ex)


def test_a_commissioner_named_by_a_region_holds_no_post_of_the_region(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Acting Bougainville Electoral Commissioner Rosalyn Tsirou told reporters in Buka that her "
                            "staff had checked every set of papers.")
    assert not any(t[0] == "HOLDS_POSITION" and t[2] == "Bougainville" for t in triples(ex)), triples(ex)


def test_a_resident_electoral_commissioner(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Thursday the delegation was received by Yetunde Olaniyi-Cole, the Resident Electoral "
                            "Commissioner of the Independent National Electoral Commission (INEC) in Lagos.")
    assert has(ex, "HOLDS_POSITION", "Yetunde Olaniyi-Cole", "Independent National Electoral Commission"), triples(ex)


def test_a_surname_the_tagger_took_for_a_plural_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "They are Gbolahan Martins of the All Progressives Congress (APC), a former state "
                            "commissioner.")
    assert has(ex, "MEMBER_OF", "Gbolahan Martins", "All Progressives Congress"), triples(ex)


def test_a_named_persons_bracketed_party_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Peoples Democratic Party (PDP) won. Governor Tonye Amachree-Ikiri (PDP), who visited "
                            "Eleme on Sunday, urged voters to turn out.")
    assert any(e.name == "Tonye Amachree-Ikiri" and e.type == "Person" for e in ex.entities), ex.entities
    assert has(ex, "MEMBER_OF", "Tonye Amachree-Ikiri", "Peoples Democratic Party"), triples(ex)


def test_those_on_the_list_some_sentences_after_the_clearing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PORT HARCOURT, Nov 18 - The Independent National Electoral Commission (INEC) has cleared "
                            "six candidates for the December 5 by-election. The seat fell vacant in August when its "
                            "occupant died. INEC announced the date of the by-election on September 29. The APC, "
                            "which missed the deadline, said it would go to court. Those on the list include Josiah "
                            "Okwulehi, a lawyer; Blessing Ekpe-Osara of the Action Alliance (AA); and Dumo Kalia, who "
                            "is running for the Young Progressives Party (YPP).", published="2031-11-18")
    for name in ("Josiah Okwulehi", "Blessing Ekpe-Osara", "Dumo Kalia"):
        assert has(ex, "APPROVED_CANDIDACY", "Independent National Electoral Commission", name), triples(ex)


def test_a_ruling_on_primaries_held_before_calls_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The APC fielded no candidates in Rivers in the 2019 governorship elections after the "
                            "Supreme Court ruled that its primaries had been held in defiance of a court order.")
    assert not any(t[0] == "CALLED_ELECTION" for t in triples(ex)), triples(ex)


def test_a_party_named_like_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "His main challenger is Rahera Bambrick, a nurse whom the ruling Tapura Huiraatira chose "
                            "as its candidate at a party congress on January 25. Hiro Tefaatu, a 29-year-old lawyer "
                            "fielded by Tavini Huiraatira, beat outgoing deputy Vaiana Lehartell.")
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Tapura Huiraatira") == "Organization" and kinds.get("Tavini Huiraatira") == "Organization", kinds


def test_a_titled_person_who_puts_a_name_forward_stays_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Kilma's name was put forward by Senator Alvin Jetnill, her former chief of staff. Leader "
                            "of the Opposition Mathew Kuruvila said he would back her.")
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Alvin Jetnill") == "Person" and kinds.get("Mathew Kuruvila") == "Person", kinds


def test_a_sint_maarten_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PHILIPSBURG, Aug 21 - The United People's Party (UP) won Monday's snap parliamentary "
                            "election with 27.4 percent of the vote.", published="2031-08-21")
    countries = {e.properties.get("country") for e in ex.entities if e.type == "Election"}
    assert countries == {"Sint Maarten"}, ex.entities


def test_a_post_with_its_place_between_title_and_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Independent National Electoral Commission (INEC) cleared six. In a statement on "
                            "Tuesday, the commission's spokesman in Rivers, Tamuno Briggs-Jacks, said INEC had turned "
                            "down the nomination. The team later met INEC's Resident Electoral Commissioner in the "
                            "state, Maryam Ishaq-Gayo.")
    for name in ("Tamuno Briggs-Jacks", "Maryam Ishaq-Gayo"):
        assert has(ex, "HOLDS_POSITION", name, "Independent National Electoral Commission"), triples(ex)


def test_its_place_coordinator_is_the_bodys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Coalition for Credible Polls (CCP) deployed 300 monitors across Lagos State. Its "
                            "Lagos coordinator, Ngozi Eze-William, urged the commission to publish results.")
    assert ("HOLDS_POSITION", "Ngozi Eze-William", "Lagos") not in triples(ex), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ngozi Eze-William", "Coalition for Credible Polls"), triples(ex)


def test_a_team_from_a_named_observer_group_is_that_group(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KANO, Feb 22 - A team from the Commonwealth Observer Group arrived in Kano on Monday. The "
                            "group is led by former Tanzanian prime minister Joseph Mwakalingo. He was accompanied to "
                            "Kano by two other members of the group, Canadian election lawyer Priya Ramann and "
                            "Jamaican senator Desmond Whitfield-Clark.", published="2031-02-22")
    assert has(ex, "VISITS", "Commonwealth Observer Group", "Kano"), triples(ex)
    for name in ("Priya Ramann", "Desmond Whitfield-Clark"):
        assert has(ex, "MEMBER_OF", name, "Commonwealth Observer Group"), triples(ex)
    assert len([e for e in ex.entities if e.type == "Delegation"]) == 1, ex.entities


def test_a_party_name_running_on_over_hyphens_to_its_acronym(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Haji Bashir Khan Afridi of Jamiat Ulema-e-Islam-Fazl (JUI-F) was declared the winner. "
                            "The Muttahida Qaumi Movement-Pakistan (MQM-P) dominated the city.")
    names = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Jamiat Ulema-e-Islam-Fazl", "Muttahida Qaumi Movement-Pakistan"} <= names, names
    assert has(ex, "MEMBER_OF", "Haji Bashir Khan Afridi", "Jamiat Ulema-e-Islam-Fazl"), triples(ex)


def test_names_cut_from_their_counts_and_qualifiers(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "He is Syed Ali Raza Jilan of the Pakistan Peoples Party (PPP), who represented the "
                            "constituency in the last National Assembly. Voters in 17 districts chose mayors, tehsil "
                            "chairmen and village councils.")
    names = {e.name for e in ex.entities}
    assert "National Assembly" in names and not any(n.islower() for n in names), names


def test_a_party_named_with_a_number_word(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags only "Nation" in some texts: pinned here)
    ex = extract_reparsed(extractor, "Coldwell ruled out any arrangement with One Nation after the election.", fix={},
                          ents={"Nation": "B-ORG", "One": "O"})
    assert any(e.name == "One Nation" for e in ex.entities), ex.entities
    assert not any(e.name == "Nation" for e in ex.entities), ex.entities


def test_a_common_word_opening_a_sentence_names_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags such words as bodies in some texts: pinned here)
    ex = extract_reparsed(extractor, "Returning officers ruled during scrutiny that two papers were defective. "
                                     "Scrutiny passed off without incident elsewhere.", fix={},
                          ents={"Scrutiny": "B-ORG"})
    assert not any(e.name == "Scrutiny" for e in ex.entities), ex.entities


def test_a_party_word_joined_by_hyphens(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "His main opponent is expected to be Bilal Akbar Qureshi of the Muttahida Qaumi "
                            "Movement-Pakistan (MQM-P), whom party convener Arshad Raza Naqvee presented to the media "
                            "on Wednesday.")
    assert has(ex, "MEMBER_OF", "Bilal Akbar Qureshi", "Muttahida Qaumi Movement-Pakistan"), triples(ex)


def test_the_commission_is_the_home_one_not_a_visitors(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SYDNEY, March 20 - Election officials from four Pacific island nations arrived in "
                            "Sydney to watch Saturday's New South Wales state election, at the invitation of the NSW "
                            "Electoral Commission (NSWEC). The delegation includes officials from the Electoral "
                            "Commission of Samoa and the Tonga Electoral Commission. A day later the commission "
                            "rejected the nomination of Brian Castellino, a farmer.", published="2031-03-20")
    assert ("REJECTED_CANDIDACY", "NSW Electoral Commission", "Brian Castellino") in triples(ex), triples(ex)


def test_a_regions_people_name_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRISBANE, Oct 30 - Queenslanders will vote on November 25 after Premier Annette Coldwill "
                            "called an early state election on Sunday.", published="2031-10-30")
    assert not any(e.name == "Queenslanders" for e in ex.entities), ex.entities


def test_a_team_there_to_follow_an_election_observes_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HOBART, May 4 - A Commonwealth Parliamentary Association (CPA) delegation is in Hobart "
                            "this week to follow Saturday's parliamentary elections.", published="2031-05-07")
    assert has(ex, "OBSERVES", "CPA delegation", "parliamentary election"), triples(ex)
    ex = extract(extractor, "HOBART, May 4 - The CPA delegation is to follow Saturday's parliamentary elections.",
                 published="2031-05-07")
    assert not has(ex, "OBSERVES", "CPA delegation", "parliamentary election"), triples(ex)


def test_a_regions_legislature_makes_a_regional_election(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Jo Palmieri is standing in Saturday's elections for two seats in the Tasmanian Legislative Council.",
                 "Jo Palmieri is standing in the Bavarian Landtag election."):
        ex = extract(extractor, f"HOBART, May 4 - {text}", published="2031-05-04")
        assert election_kinds(ex) == ["regional"], (text, election_kinds(ex))
    ex = extract(extractor, "HOBART, May 4 - Jo Palmieri is standing in the Hobart City Council election.",
                 published="2031-05-04")
    assert election_kinds(ex) == ["local"], election_kinds(ex)


def test_the_rivals_a_candidate_runs_against_are_candidates(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters go to the polls on Saturday in the state election. In Huon, independent Bevan "
                            "Lusk is seeking a fourth term against Labor's Toby Harrington and Meg Dinsdale. In "
                            "Elwick, Mary Hill is running against John Moss.")
    for name in ("Toby Harrington", "Meg Dinsdale", "John Moss"):
        assert has(ex, "CANDIDATE_IN", name, "election"), (name, triples(ex))
    assert has(ex, "MEMBER_OF", "Toby Harrington", "Labor"), triples(ex)


def test_a_party_named_for_its_members_before_a_councillor(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NEWCASTLE, Dec 13 - Greens councillor Ewan Colquhoun finished third, and SNP councillor "
                            "Morag Reid came fourth.")
    assert has(ex, "MEMBER_OF", "Ewan Colquhoun", "Greens"), triples(ex)
    assert has(ex, "MEMBER_OF", "Morag Reid", "SNP"), triples(ex)


def test_a_councillor_of_an_electoral_council_holds_a_post(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Electoral Council (CNE) registered six candidates on Monday. CNE councillor "
                            "Samuel Rivera Castro voted against registering one of them.")
    assert has(ex, "HOLDS_POSITION", "Samuel Rivera Castro", "National Electoral Council"), triples(ex)
    assert not has(ex, "MEMBER_OF", "Samuel Rivera Castro", "National Electoral Council"), triples(ex)


def test_the_datelines_town_again_is_no_sign_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VICTORIA, Oct 18 - A delegation from the Electoral Commission of Ghana is in British "
                            "Columbia to observe Saturday's provincial election. It travelled from Vancouver to "
                            "Victoria on Thursday and will visit polling places in Surrey and Kamloops.",
                 published="2031-10-18")
    countries = [e.properties.get("country") for e in ex.entities if e.type == "Election"]
    assert countries == ["Canada"], countries


def test_a_one_word_party_spoken_of_as_it(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags such names as people in some texts: pinned here)
    ex = extract_reparsed(extractor, "Groen confirmed on Saturday that its Brussels chairwoman, Elke Van Acker, would "
                                     "lead its list.", fix={}, ents={"Groen": "B-PERSON"})
    assert ("HOLDS_POSITION", "Elke Van Acker", "Groen") in triples(ex), triples(ex)
    ex = extract_reparsed(extractor, "Vooruit, which has governed with the Socialist Party since 2019, said it would "
                                     "name its lead candidate in December.", fix={}, ents={"Vooruit": "B-PERSON"})
    assert not any(e.type == "Person" and e.name == "Vooruit" for e in ex.entities), ex.entities


def test_a_run_ruled_out_is_no_candidacy(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Voters go to the polls in next June's regional election. Party president Sophie Jacquet "
                            "has ruled out running in the regional election herself.")
    assert not has(ex, "CANDIDATE_IN", "Sophie Jacquet", "election"), triples(ex)


def test_an_election_to_a_regions_parliament_is_regional(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Jordi Pons is standing in Thursday's snap election to the Parliament of Catalonia.",
                 "Jordi Pons is standing in elections to the Basque Parliament."):
        ex = extract(extractor, f"BARCELONA, May 4 - {text}", published="2031-05-04")
        assert election_kinds(ex) == ["regional"], (text, election_kinds(ex))


def test_a_post_then_a_lower_case_title_then_the_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Provincial Electoral Board of Gipuzkoa on Tuesday proclaimed the candidates. The "
                            "board's president, judge Begoña Urkiza Ansa, said two lists were rejected.")
    assert has(ex, "HOLDS_POSITION", "Begoña Urkiza Ansa", "Provincial Electoral Board of Gipuzkoa"), triples(ex)


def test_a_parliament_named_by_a_regions_or_countrys_adjective(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BARCELONA, May 10 - On Thursday the observers held talks with the speaker of the Catalan "
                            "parliament, Anna Camps Riera, and later with the speaker of the Moldovan parliament, Ion "
                            "Rusu.", published="2031-05-10")
    assert has(ex, "HOLDS_POSITION", "Anna Camps Riera", "Parliament of Catalonia"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ion Rusu", "Parliament of Moldova"), triples(ex)


def test_a_ward_contest_is_a_local_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "In the Kolwa East ward contest, Vincent Ogola, a former student leader running as an "
                            "independent, beat Millicent Awuor by 412 votes. Kagiso Mokoena won a ward by-election in "
                            "Mamelodi.")
    assert has(ex, "CANDIDATE_IN", "Vincent Ogola", "local election"), triples(ex)
    assert set(election_kinds(ex)) == {"local"}, election_kinds(ex)


def test_a_ruling_in_a_time_clause_calls_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KANO, Feb 20 - Kano has a history of disputed polls. In 2019 the governorship contest "
                            "went to a supplementary round after INEC declared the first ballot inconclusive, and the "
                            "result was later upheld by the Supreme Court.", published="2023-02-20")
    assert not any(t[0] == "CALLED_ELECTION" for t in triples(ex)), triples(ex)


def test_a_provinces_mec_and_the_brief_after_for(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags "The Western Cape MEC" as a body in some texts: pinned here)
    ex = extract_reparsed(extractor, "CAPE TOWN, Sept 6 - The Western Cape MEC for Local Government, Anton Fourie, "
                                     "had called the by-election in late July.", fix={},
                          ents={"Western": "B-ORG", "Cape": "I-ORG", "MEC": "I-ORG", "Local": "B-ORG",
                                "Government": "I-ORG"})
    assert has(ex, "HOLDS_POSITION", "Anton Fourie", "Western Cape"), triples(ex)
    assert not any(e.name in {"Local Government", "Western Cape MEC"} for e in ex.entities), ex.entities


def test_an_adverb_opening_a_sentence_names_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags the adverb as a person in some texts: pinned here)
    ex = extract_reparsed(extractor, "The ANC won Gauteng with 50.2 percent. Nationally, the ANC won 57.5 percent.",
                          fix={}, ents={"Nationally": "B-PERSON", "Gauteng": "B-PERSON"})
    assert not any(e.name == "Nationally" for e in ex.entities), ex.entities
    assert [e.type for e in ex.entities if e.name == "Gauteng"] in ([], ["Location"]), ex.entities


def test_a_name_before_seat_or_by_election_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags such places as people in some texts: pinned here)
    ex = extract_reparsed(extractor, "Polling in the Sungai Lembu by-election is set for July 6. Nor Azizah Salleh won "
                                     "the state seat of Kota Iskandar in 2018.", fix={},
                          ents={"Sungai": "B-PERSON", "Lembu": "I-PERSON", "Kota": "B-PERSON", "Iskandar": "I-PERSON"})
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Sungai Lembu", "Location") == "Location", kinds
    assert kinds.get("Kota Iskandar", "Location") == "Location", kinds


def test_a_post_in_a_countrys_city_is_not_the_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SAO PAULO, Oct 28 - Marcos Dutra, who became mayor of Brazil's largest city in 2022, lost "
                            "the runoff. Ana Souza, a magistrate of Brazil's Superior Electoral Court, spoke.",
                 published="2031-10-28")
    assert not has(ex, "HOLDS_POSITION", "Marcos Dutra", "Brazil"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Ana Souza", "Superior Electoral Court"), triples(ex)


def test_election_experts_sent_from_a_body_are_a_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GHENT, June 4 - Election experts from the OSCE's Office for Democratic Institutions and "
                            "Human Rights (ODIHR) travelled to Ghent on Tuesday. The four-member election expert team, "
                            "led by Slovenian lawyer Mojca Kranjc, arrived in Brussels on May 29.",
                 published="2031-06-04")
    [team] = [e for e in ex.entities if e.type == "Delegation"]
    assert has(ex, "HEADS", "Mojca Kranjc", team.name), triples(ex)
    assert has(ex, "REPRESENTS", team.name, "Office for Democratic Institutions and Human Rights"), triples(ex)
    ex = extract(extractor, "Election experts from the university said turnout would be low.")
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities


def test_a_delegation_of_a_bodys_body_and_who_it_includes(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NAMUR, Sept 14 - A delegation of the Council of Europe's Congress of Local and Regional "
                            "Authorities began a three-day visit to Wallonia on Wednesday. The delegation, led by "
                            "Portuguese mayor Rui Carvalho and including Swedish regional councillor Karin Lindqvist, "
                            "was received in Namur.", published="2031-09-14")
    [team] = [e for e in ex.entities if e.type == "Delegation"]
    assert has(ex, "REPRESENTS", team.name, "Congress of Local and Regional Authorities"), triples(ex)
    assert has(ex, "MEMBER_OF", "Karin Lindqvist", team.name), triples(ex)
    assert has(ex, "HEADS", "Rui Carvalho", team.name), triples(ex)


def test_a_team_received_in_a_town_and_a_ministers_brief(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NAMUR, Sept 14 - A Council of Europe delegation, led by mayor Rui Carvalho, was received "
                            "in Namur on Wednesday by Jean-Marc Dethier, minister for local authorities in the Walloon "
                            "Government.", published="2031-09-14")
    assert has(ex, "VISITS", "Council of Europe delegation", "Namur"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Jean-Marc Dethier", "Walloon Government"), triples(ex)


def test_elected_to_an_office_of_another_kind(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NAIROBI, Aug 11 - Josephat Kamande was elected governor of Nairobi on Tuesday. Counting "
                            "in the presidential election was still under way.", published="2031-08-11")
    assert not has(ex, "WON", "Josephat Kamande", "presidential election"), triples(ex)
    ex = extract(extractor, "NAIROBI, Aug 11 - Ana Lopez was elected president on Sunday. Counting in the "
                            "presidential election was still under way.", published="2031-08-11")
    assert has(ex, "WON", "Ana Lopez", "presidential election"), triples(ex)


def test_lists_cleared_by_their_heads_and_a_refusal_to_proclaim(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BARCELONA, Jan 27 - The Provincial Electoral Board of Barcelona refused to proclaim Josep "
                            "Rovira Pujol. The board cleared the lists headed by acting regional president Laia Vidal "
                            "Soler; Albert Roca Torrent, a former health minister; and Ramon Esteve Gil of the Catalan "
                            "Democratic Alliance (ADC).", published="2031-01-27")
    board = "Provincial Electoral Board of Barcelona"
    assert ("REJECTED_CANDIDACY", board, "Josep Rovira Pujol") in triples(ex), triples(ex)
    for name in ("Laia Vidal Soler", "Albert Roca Torrent", "Ramon Esteve Gil"):
        assert ("APPROVED_CANDIDACY", board, name) in triples(ex), (name, triples(ex))


def test_a_counted_team_from_a_body_however_parsed(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BILBAO, April 22 - A five-member team from the Electoral Integrity Forum (EIF), a "
                            "Geneva-based non-governmental organisation invited by the Basque Parliament, observed "
                            "voting in Bilbao. The team's leader, Dutch political scientist Maarten de Vries, said the "
                            "election had been technically impeccable.", published="2031-04-22")
    [team] = [e for e in ex.entities if e.type == "Delegation"]
    assert has(ex, "REPRESENTS", team.name, "Electoral Integrity Forum"), triples(ex)
    assert has(ex, "HEADS", "Maarten de Vries", team.name), triples(ex)


def test_a_by_election_for_a_ward_is_local(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "RICHARDS BAY - The Inkatha Freedom Party (IFP) has taken a ward in the City of "
                            "uMhlathuze from the African National Congress (ANC) in a by-election held on Wednesday. "
                            "IFP candidate "
                            "Thembinkosi Khumalo won with 54 percent.")
    assert election_kinds(ex) == ["local"], election_kinds(ex)


def test_observers_only_expected_are_no_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BAKU, Feb 19 - The CEC said it expected observers from the OSCE Office for Democratic "
                            "Institutions and Human Rights (ODIHR), the Commonwealth of Independent States (CIS) and "
                            "the Organization of Islamic Cooperation (OIC) at the April 11 presidential election.",
                 published="2031-02-19")
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities


def test_a_party_name_ending_in_its_members_word(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Escario is seeking a second term against former congressman Wilfredo Tiongco, who was "
                            "nominated by Lakas-Christian Muslim Democrats (Lakas-CMD).")
    assert has(ex, "NOMINATED", "Lakas-Christian Muslim Democrats", "Wilfredo Tiongco"), triples(ex)


def test_philippine_towns_and_provinces_are_places(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags such places as people in some texts: pinned here)
    ex = extract_reparsed(extractor, "The observers visited polling centres in San Fernando and Mabalacat, in the "
                                     "province of Pampanga.", fix={},
                          ents={"San": "B-PERSON", "Fernando": "I-PERSON", "Mabalacat": "B-PERSON"})
    assert not any(e.type == "Person" for e in ex.entities), ex.entities


def test_a_bodys_name_runs_on_over_and_a_second_brief(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BISHKEK, August 26 - Kyrgyzstan's Central Commission for Elections and Referendums has "
                            "cleared 11 people to run in the October 15 presidential election. The commission refused "
                            "to register Nurlan Sadyrbekov.", published="2031-08-26")
    body = "Central Commission for Elections and Referendums"
    assert ("REJECTED_CANDIDACY", body, "Nurlan Sadyrbekov") in triples(ex), triples(ex)
    assert not any(e.name == "Referendums" for e in ex.entities), ex.entities


def test_a_parliaments_own_name_says_the_kind_of_a_kindless_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DUSHANBE, May 2 - Registration of candidates for deputies of the Majlisi of Tajikistan "
                            "ended on Friday, with 190 candidates set to contest the June 8 elections. The elections "
                            "were called by the Majlis in March.", published="2031-05-02")
    assert election_kinds(ex) == ["parliamentary"], ex.entities
    assert has(ex, "CALLED_ELECTION", "Majlis", "parliamentary election"), triples(ex)


def test_a_city_body_with_a_parliaments_name_says_no_kind(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Registration of candidates for deputies of the Osh city Kenesh ended on Friday. The "
                            "elections were called by the Kenesh in March.")
    assert "parliamentary" not in election_kinds(ex), ex.entities


def test_a_long_party_name_after_its_party_word_is_not_cut_short(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags the country outside the party's name in some texts: pinned here)
    ex = extract_reparsed(extractor, "Bekzod Turgunov, whom the Party of Industrialists and Entrepreneurs of "
                                     "Uzbekistan put forward at its congress, was registered on Monday.", fix={},
                          ents={"Uzbekistan": "B-GPE"})
    party = "Party of Industrialists and Entrepreneurs of Uzbekistan"
    assert has(ex, "NOMINATED", party, "Bekzod Turgunov"), triples(ex)


def test_who_after_a_body_tagged_as_a_person_is_the_person_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags the body as a person in some texts, and hangs the clause on the body or on the person: both
    # pinned here)
    ents = {"Oyuna": "B-PERSON", "Batbold": "I-PERSON", "Khural": "B-PERSON"}
    for fix in ({}, {"won": ("Batbold", "relcl")}):
        ex = extract_reparsed(extractor, "Among those elected was Oyuna Batbold, the Chairwoman of the outgoing "
                                         "Khural, who won her Darkhan constituency with 72.4 percent of the vote in "
                                         "the parliamentary elections.", fix=fix, ents=ents)
        assert has(ex, "WON", "Oyuna Batbold", "parliamentary election"), (fix, triples(ex))
        assert not any(r[0] == "WON" and r[1] == "Khural" for r in triples(ex)), (fix, triples(ex))


def test_a_counted_list_goes_to_the_act_that_counted_as_many(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LOME, Aug 4 - Togo's Constitutional Court on Friday cleared four candidates to contest "
                            "the September 14 presidential election and rejected 23 other applications. The four are "
                            "Koffi Mensah Adjovi; Kossi Amegee; Ama Dzifa Lawson; and independent lawmaker Yao Agbeko.",
                 published="2031-08-04")
    for person in ("Koffi Mensah Adjovi", "Kossi Amegee", "Ama Dzifa Lawson", "Yao Agbeko"):
        assert ("APPROVED_CANDIDACY", "Constitutional Court", person) in triples(ex), triples(ex)
        assert not any(r[0] == "REJECTED_CANDIDACY" and r[2] == person for r in triples(ex)), triples(ex)


def test_a_joint_mission_represents_the_bodies_whose_parts_it_combines(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SKOPJE, May 9 - Foreign observers said the vote was orderly. The International Election "
                            "Observation Mission (IEOM) combined the ODIHR election observation mission, headed by "
                            "Lars Eriksen, and delegations of the OSCE Parliamentary Assembly (OSCE PA) and the "
                            "European Parliament.", published="2031-05-09")
    mission = "International Election Observation Mission"
    for body in ("ODIHR", "OSCE Parliamentary Assembly", "European Parliament"):
        assert ("REPRESENTS", mission, body) in triples(ex), triples(ex)
    assert ("MEMBER_OF", "Lars Eriksen", mission) not in triples(ex), triples(ex)
    assert has(ex, "HEADS", "Lars Eriksen", "ODIHR"), triples(ex)



def test_a_missions_acronym_after_its_senders_is_a_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The EU EOM's chief observer, Katrin Olsen, said the counting had been orderly.")
    assert [e.name for e in ex.entities if e.type == "Delegation"] == ["EU EOM"], ex.entities
    assert has(ex, "HEADS", "Katrin Olsen", "EU EOM"), triples(ex)
    assert has(ex, "REPRESENTS", "EU EOM", "EU"), triples(ex)


def test_opposition_before_a_partys_name_is_not_part_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model runs the name over "Opposition" in some texts: pinned here)
    ex = extract_reparsed(extractor, "HARARE - Opposition Citizens Coalition for Change (CCC) candidate Tendai Moyo "
                                     "has been declared winner of the presidential election.", fix={},
                          ents={"Opposition": "B-ORG", "Citizens": "I-ORG", "Coalition": "I-ORG", "for": "I-ORG",
                                "Change": "I-ORG"})
    assert has(ex, "NOMINATED", "Citizens Coalition for Change", "Tendai Moyo"), triples(ex)
    assert not any(e.name.startswith("Opposition") for e in ex.entities), ex.entities


def test_a_candidate_noun_hung_on_the_partys_long_name_describes_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model hangs "candidate" on the last word of the party's name in some texts: pinned here)
    ex = extract_reparsed(extractor, "Mwale unseated President Bwalya Chisanga. Chisanga, the United Party for "
                                     "National Development (UPND) candidate, took 44.6 percent in the presidential "
                                     "election.",
                          fix={"Chisanga#2": ("took", "nsubj"), "Party": ("Chisanga#2", "appos")})
    assert has(ex, "NOMINATED", "United Party for National Development", "Bwalya Chisanga"), triples(ex)


def test_a_party_read_as_a_second_subject_beside_its_candidate_wins_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HARARE - Citizens Coalition for Change (CCC) candidate Tendai Moyo has been declared "
                            "winner of the presidential election.")
    assert has(ex, "WON", "Tendai Moyo", "presidential election"), triples(ex)
    assert not any(r[0] == "WON" and r[1] == "Citizens Coalition for Change" for r in triples(ex)), triples(ex)


def test_a_commission_that_nominates_candidates_accepts_their_candidacies(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LILONGWE, May 14 - The Electoral Commission on Tuesday nominated Grace Banda and Peter "
                            "Mwale for the presidential election. On Wednesday the commission declined to nominate "
                            "Esther Phiri, an independent aspirant. The ruling party nominated Joseph Kachale.",
                 published="2031-05-14")
    assert ("APPROVED_CANDIDACY", "Electoral Commission", "Grace Banda") in triples(ex), triples(ex)
    assert ("APPROVED_CANDIDACY", "Electoral Commission", "Peter Mwale") in triples(ex), triples(ex)
    assert ("REJECTED_CANDIDACY", "Electoral Commission", "Esther Phiri") in triples(ex), triples(ex)
    assert not any(r[0] == "NOMINATED" and r[1] == "Electoral Commission" for r in triples(ex)), triples(ex)



def test_elected_president_in_kindless_elections_before_legislative_ones(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TEGUCIGALPA, Dec 4 -- Marta Solis Reyes, the candidate of the ruling Liberty Party, has "
                            "been elected president of Honduras with 55.1 percent of the valid votes, the National "
                            "Electoral Council said after completing the count of the November 30 elections.\n\n"
                            "Jorge Pineda Cruz of the National Party came second with 31.6 percent. Pineda conceded "
                            "defeat on Tuesday.\n\nIn the legislative elections held the same day, the Liberty Party "
                            "won 70 of the 128 seats with 49.2 percent of the vote.", published="2031-12-04")
    assert ("WON", "Marta Solis Reyes", "2031 Honduras presidential election") in triples(ex), triples(ex)
    for person in ("Marta Solis Reyes", "Jorge Pineda Cruz"):
        assert ("CANDIDATE_IN", person, "2031 Honduras presidential election") in triples(ex), triples(ex)
        assert ("CANDIDATE_IN", person, "2031 Honduras parliamentary election") not in triples(ex), triples(ex)


def test_declared_president_elect_in_kindless_election_before_a_congressional_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GUATEMALA CITY, Dec 5 - The electoral tribunal on Tuesday declared Mario Ochoa Lemus "
                            "president-elect, after a recount confirmed that he had won the November 25 election with "
                            "43.8 percent of the vote.\n\nHis party also won the congressional election held the same "
                            "day, taking 57 of the 160 seats.", published="2031-12-05")
    assert election_kinds(ex)[:1] == ["presidential"], ex.entities
    assert has(ex, "WON", "Mario Ochoa Lemus", "presidential election"), triples(ex)


def test_seeking_a_partys_nomination_is_not_having_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Liberal Party of Honduras put forward Edmundo Bogran as its only pre-candidate. The "
                            "council refused to register former deputy Oscar Padilla, who had sought the Liberal "
                            "nomination.")
    assert has(ex, "NOMINATED", "Liberal Party of Honduras", "Edmundo Bogran"), triples(ex)
    assert not has(ex, "NOMINATED", "Liberal Party of Honduras", "Oscar Padilla"), triples(ex)


def test_a_ticket_formed_by_two_people_registers_both(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Electoral Tribunal on Wednesday registered the presidential ticket of the "
                            "ruling Unity Party, formed by former minister Laura Mejia and economist Pablo Arce, for "
                            "the elections of February 28.", published="2031-12-10")
    for person in ("Laura Mejia", "Pablo Arce"):
        assert ("APPROVED_CANDIDACY", "Supreme Electoral Tribunal", person) in triples(ex), triples(ex)


def test_a_centre_a_delegation_comes_from_is_its_sender(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The European Union mission has deployed 118 observers. A separate delegation from the "
                            "Carter Center, led by former minister Andres Valdivia, arrived in San Pedro Sula on "
                            "Monday.", published="2031-11-21")
    assert has(ex, "REPRESENTS", "Carter Center delegation", "Carter Center"), triples(ex)
    assert has(ex, "HEADS", "Andres Valdivia", "Carter Center delegation"), triples(ex)
    assert ("VISITS", "Carter Center delegation", "San Pedro Sula") in triples(ex), triples(ex)


def test_a_team_from_a_bodys_member_states_is_that_bodys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commonwealth Observer Group arrived in Colombo on Monday. A separate team of election "
                            "officials from SAARC member states, headed by Nepal's Chief Election Commissioner Ram "
                            "Prasad Bhandari, arrived on Wednesday.", published="2031-09-11")
    assert has(ex, "REPRESENTS", "SAARC delegation", "SAARC"), triples(ex)
    assert has(ex, "HEADS", "Ram Prasad Bhandari", "SAARC delegation"), triples(ex)
    assert not has(ex, "HEADS", "Ram Prasad Bhandari", "Commonwealth Observer Group"), triples(ex)


def test_a_separate_team_is_not_the_last_one_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commonwealth Observer Group arrived in Colombo on Monday. A separate team of election "
                            "officials, headed by Bhutan's Chief Election Commissioner Dasho Kinley, arrived on "
                            "Wednesday.", published="2031-09-11")
    assert any(r[0] == "HEADS" and r[1] == "Dasho Kinley" for r in triples(ex)), triples(ex)
    assert not has(ex, "HEADS", "Dasho Kinley", "Commonwealth Observer Group"), triples(ex)


def test_observers_of_previous_elections_are_no_delegation_now(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commonwealth group arrived on Monday. The European Union, whose observers monitored "
                            "previous Maldivian elections, has not sent a mission this year.")
    assert not has(ex, "REPRESENTS", "European Union delegation", "European Union"), triples(ex)


def test_a_semicolon_list_after_they_are_whatever_its_parse(extractor) -> None:  # type: ignore[no-untyped-def]
    names = ("Hassan Zameel", "Aminath Rasheeda", "Ibrahim Fareed", "Ali Waheed Manik", "Mariyam Shiuna")
    for opening in ("The five are", "Among them are", "Those cleared to run are"):
        ex = extract(extractor, "The Elections Commission on Thursday registered five candidates for the September "
                                f"13 presidential election. {opening} Hassan Zameel; Aminath Rasheeda; Ibrahim "
                                "Fareed; Ali Waheed Manik; and Mariyam Shiuna.", published="2031-08-01")
        for person in names:
            assert ("APPROVED_CANDIDACY", "Elections Commission", person) in triples(ex), (opening, triples(ex))


def test_a_list_cleared_by_no_one_named_takes_the_earlier_acts_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Elections Commission on Thursday accepted the candidacies of three people for the "
                            "September 13 presidential election. Those cleared to run are President Hassan Zameel, "
                            "who was put forward by the ruling party on July 12; Aminath Rasheeda; and Ibrahim Fareed.",
                 published="2031-08-01")
    assert dated(ex, "APPROVED_CANDIDACY", "Elections Commission", "Aminath Rasheeda") == "2031-07-31"
    assert dated(ex, "APPROVED_CANDIDACY", "Elections Commission", "Hassan Zameel") == "2031-07-31"


def test_registration_denied_to_someone_is_a_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MINSK, Dec. 20 - The Central Election Commission on Friday registered three candidates "
                            "for the presidential election and refused to register Pavel Lisovsky. Registration was "
                            "also denied to Maria Goncharova over inaccuracies in her income declaration.",
                 published="2031-12-20")
    assert ("REJECTED_CANDIDACY", "Central Election Commission", "Maria Goncharova") in triples(ex), triples(ex)


def test_a_self_nominee_is_nobodys_nominee(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Friday the commission registered Roman Hnatiuk, nominated by the Samopomich Union "
                            "party; Iryna Veres, a member of the Verkhovna Rada who is running as a self-nominee; and "
                            "Serhii Dovhal.")
    assert has(ex, "NOMINATED", "Samopomich Union", "Roman Hnatiuk"), triples(ex)
    assert not any(r[0] == "NOMINATED" and r[2] == "Iryna Veres" for r in triples(ex)), triples(ex)


def test_a_foreign_election_observed_from_a_home_datelined_story(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASTANA. KAZINFORM - A delegation of the Central Election Commission of Kazakhstan took "
                            "part in the international observation of the early presidential election held in the "
                            "Republic of Ecuador on August 22, the CEC press service said. Veronica Aguirre of the "
                            "Citizen Revolution movement won the presidential election with 50.4 percent, while "
                            "President Sebastian Andrade received 36.8 percent. Aguirre will be the first woman "
                            "elected president of Ecuador.", published="2031-08-24")
    assert election_kinds(ex) == ["presidential"], ex.entities
    assert ("OBSERVES", "CEC delegation", "2031 Ecuador presidential election") in triples(ex), triples(ex)
    assert ("WON", "Veronica Aguirre", "2031 Ecuador presidential election") in triples(ex), triples(ex)
    assert not any(r[0] == "WON" and r[1] == "Sebastian Andrade" for r in triples(ex)), triples(ex)


def test_a_possible_mission_and_an_exploratory_one_observe_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The council convened the presidential election for August 22. On Friday its president "
                            "received the European Union's ambassador to discuss a possible EU observation mission.")
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities
    ex = extract(extractor, "The council convened the presidential election for August 22. On Thursday its president "
                            "met an exploratory mission of the European Union led by Pieter van Dijk, which is "
                            "assessing whether to deploy a full observation mission for the vote.")
    assert has(ex, "HEADS", "Pieter van Dijk", "European Union"), triples(ex)
    assert not any(r[0] == "OBSERVES" for r in triples(ex)), triples(ex)


def test_a_name_tagged_a_body_before_of_a_party_is_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags the name as an organization in some texts: pinned here)
    ex = extract_reparsed(extractor, "The head of the mission met with Karla Rivera Suazo of the Liberty and "
                                     "Refoundation party (LIBRE) on Tuesday.", fix={},
                          ents={"Karla": "B-ORG", "Rivera": "I-ORG", "Suazo": "I-ORG"})
    assert "Karla Rivera Suazo" in [e.name for e in ex.entities if e.type == "Person"], ex.entities


def test_a_party_name_with_and_before_a_lower_case_party_word(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model leaves the party's name untagged in some texts: pinned here)
    ex = extract_reparsed(extractor, "The head of the mission met with Karla Rivera Suazo of the Liberty and "
                                     "Refoundation party (LIBRE) on Tuesday.", fix={},
                          ents={"Karla": "B-PERSON", "Rivera": "I-PERSON", "Suazo": "I-PERSON", "Liberty": "O",
                                "Refoundation": "O", "party": "O"})
    assert ("MEMBER_OF", "Karla Rivera Suazo", "Liberty and Refoundation party") in triples(ex), triples(ex)


def test_elections_to_the_assembly_of_a_country_are_parliamentary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TIRANA, January 24 - President Bardhyl Kola on Friday signed a decree setting April 27 "
                            "as the date of the next elections to the Assembly of Albania.", published="2031-01-24")
    assert election_kinds(ex) == ["parliamentary"], ex.entities
    assert has(ex, "CALLED_ELECTION", "Bardhyl Kola", "parliamentary election"), triples(ex)


def test_a_kindless_election_of_candidates_for_president_is_the_presidential_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SOFIA, October 1 - The Central Election Commission on Thursday registered 23 pairs of "
                            "candidates for president and vice president in the November 14 election. The commission "
                            "also cleared Sevgin Halilov, whom the Movement for Rights and Freedoms nominated on "
                            "September 27.\n\nThe president set the date of the presidential vote by decree on "
                            "September 14. Two days later he dissolved the National Assembly and scheduled a snap "
                            "parliamentary election for the same day.", published="2031-10-01")
    assert has(ex, "CANDIDATE_IN", "Sevgin Halilov", "presidential election"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Sevgin Halilov", "parliamentary election"), triples(ex)


def test_one_of_them_after_a_counted_refusal_was_refused(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HARARE, June 22 - Ten candidates will contest the presidential election after the "
                            "Zimbabwe Electoral Commission (ZEC) accepted their nomination papers on Wednesday. Also "
                            "accepted were Tsitsi Maposa and businessman Blessing Kanengoni. ZEC chief elections "
                            "officer Gift Muzorewa said the commission had rejected the papers of three aspirants. One "
                            "of them, former deputy minister Tonderai Mhlanga, had failed to pay the nomination fee.",
                 published="2031-06-22")
    assert has(ex, "REJECTED_CANDIDACY", "Zimbabwe Electoral Commission", "Tonderai Mhlanga"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Zimbabwe Electoral Commission", "Tonderai Mhlanga"), triples(ex)


def test_observers_a_mission_deploys_are_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Southern African Development Community (SADC) Electoral Observation Mission (SEOM) "
                            "to the August 23 elections was launched in Harare on Wednesday. The SEOM will deploy 68 "
                            "observers to all ten provinces. The European Union, whose observers covered the previous "
                            "polls, has not sent a mission this time.", published="2031-08-10")
    assert len([e for e in ex.entities if e.type == "Delegation"]) == 1, \
        ex.entities


def test_a_hyphenated_name_opening_with_a_country_is_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags the party as a person in some texts: pinned here)
    ex = extract_reparsed(extractor, "Pakistan Tehreek-e-Insaf finished second with 68 seats in the parliamentary "
                                     "election.", fix={},
                          ents={"Pakistan": "B-PERSON", "Tehreek": "I-PERSON", "-": "I-PERSON", "e": "I-PERSON",
                                "-#2": "I-PERSON", "Insaf": "I-PERSON"})
    assert not any(e.type == "Person" for e in ex.entities), ex.entities
    assert not any(r[0] == "CANDIDATE_IN" for r in triples(ex)), triples(ex)


def test_a_joint_mission_of_two_bodies_represents_both(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KAMPALA - A joint observation mission of the East African Community (EAC) and the "
                            "Intergovernmental Authority on Development (IGAD), headed by former Speaker Fredrick "
                            "Ochieng, flagged off 45 observers to Gulu on Sunday.")
    for body in ("East African Community", "Intergovernmental Authority on Development"):
        assert any(r[0] == "REPRESENTS" and r[2] == body for r in triples(ex)), triples(ex)
    assert not has(ex, "HEADS", "Fredrick Ochieng", "Intergovernmental Authority on Development"), triples(ex)
    assert any(r[0] == "HEADS" and r[1] == "Fredrick Ochieng" for r in triples(ex)), triples(ex)


def test_a_possessive_before_a_bracketed_acronym_keeps_a_body_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The commission accepted the nominations of Ishara Gunasekara, fielded by the ruling "
                            "National People's Power (NPP), and of Farhan Rizvi, the opposition Samagi Jana "
                            "Balawegaya's (SJB) organiser for Colombo Central, whom the party put forward.")
    assert has(ex, "NOMINATED", "Samagi Jana Balawegaya", "Farhan Rizvi"), triples(ex)
    assert not has(ex, "NOMINATED", "National People's Power", "Farhan Rizvi"), triples(ex)


def test_an_election_of_deputies_is_parliamentary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASTANA, November 20 - President Kassym-Jomart Tokayev on Wednesday signed a decree "
                            "dissolving the Mazhilis and calling an early election of its deputies for January 18.",
                 published="2031-11-20")
    assert election_kinds(ex) == ["parliamentary"], ex.entities


def test_missions_that_give_a_verdict_on_the_vote_observe_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASTANA, January 19 - The ruling party won Sunday's early parliamentary election with 55.2 "
                            "percent of the vote. Missions of the CIS and the Shanghai Cooperation Organization, by "
                            "contrast, called the vote free and transparent.", published="2031-01-19")
    for mission in ("CIS delegation", "Shanghai Cooperation Organization delegation"):
        assert any(r[0] == "OBSERVES" and r[1] == mission for r in triples(ex)), triples(ex)


def test_a_hyphenated_given_name_tagged_as_two_names_is_one(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the model tags "Marie" and "Claire Yao N'Dri" apart in some texts: pinned here)
    ex = extract_reparsed(extractor, "Molefe met the governor of the district, Marie-Claire Yao N'Dri, on Tuesday.",
                          fix={}, ents={"Marie": "B-PERSON", "-": "O", "Claire": "B-PERSON", "Yao": "I-PERSON",
                                        "N'Dri": "I-PERSON"})
    assert "Marie-Claire Yao N'Dri" in [e.name for e in ex.entities if e.type == "Person"], ex.entities


def test_nominated_at_a_partys_national_assembly(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The tribunal registered the ticket of the Democratic Renewal Alliance (ARD). Rodrigo "
                            "Estrada and Ana Chacon were nominated at the ARD's national assembly in Mixco on January "
                            "31.", published="2031-03-05")
    for person in ("Rodrigo Estrada", "Ana Chacon"):
        assert dated(ex, "NOMINATED", "Democratic Renewal Alliance", person) == "2031-01-31"


def test_a_running_mate_named_after_a_comma_is_registered_too(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Electoral Tribunal on Friday registered former economy minister Rodrigo "
                            "Estrada Mazariegos and his running mate, Ana Lucia Chacon, as the presidential ticket of "
                            "the Democratic Renewal Alliance.")
    for person in ("Rodrigo Estrada Mazariegos", "Ana Lucia Chacon"):
        assert ("APPROVED_CANDIDACY", "Supreme Electoral Tribunal", person) in triples(ex), triples(ex)


def test_a_hyphenated_surname_left_out_of_the_name_is_part_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ECOWAS mission was headed by former Ghanaian minister Nana Akosua Owusu-Ansah, who "
                            "met Joseph Nyumah Sumo on Thursday.")
    assert has(ex, "HEADS", "Nana Akosua Owusu-Ansah", "ECOWAS"), triples(ex)
    assert "Owusu-Ansah" not in [e.name for e in ex.entities], ex.entities


def test_a_dateline_ending_in_an_agencys_bracket_ends_its_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SANTO DOMINGO, May 22 (Prensa Latina) Carmen Rosario Taveras of the ruling Modern "
                            "Revolutionary Party (PRM) won the presidential election in the Dominican Republic on "
                            "Sunday with 54.7 percent of the votes counted.", published="2031-05-22")
    assert dated(ex, "WON", "Carmen Rosario Taveras", "presidential election") == "2031-05-18"


def test_an_acronym_spelled_by_two_names_goes_to_the_one_in_words(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "YEREVAN, June 22 - The CIS observer mission was formed by the CIS Executive Committee. "
                            "\"The Central Electoral Commission coped with a heavy workload,\" the head of the mission "
                            "said. On the eve of the vote the mission was received by CEC chairman Vahagn Hovakimyan.",
                 published="2031-06-22")
    assert ("HOLDS_POSITION", "Vahagn Hovakimyan", "Central Electoral Commission") in triples(ex), triples(ex)


def test_observers_still_expected_are_no_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The CIS observer mission arrived in Moscow on Monday. Observers from the Shanghai "
                            "Cooperation Organisation (SCO) had been expected in Moscow this week, but their "
                            "accreditation had not yet been completed. The European Union's observers, whose chief "
                            "observer returned last week, are expected to publish their final report in November.")
    assert not any(r[0] == "REPRESENTS" and r[2] == "Shanghai Cooperation Organisation" for r in triples(ex)), \
        triples(ex)
    assert any(r[0] == "REPRESENTS" and r[2] == "European Union" for r in triples(ex)), triples(ex)


def test_a_chief_observer_with_no_body_named_heads_the_one_mission_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONROVIA - The European Union Election Observation Mission (EU EOM) to Liberia has "
                            "deployed 32 long-term observers to all 15 counties, its chief observer said on Monday."
                            "\n\nChief Observer Kristina Lindqvist, a Swedish member of the European Parliament, "
                            "arrived in Monrovia on August 30.", published="2031-09-04")
    assert has(ex, "HEADS", "Kristina Lindqvist", "European Union Election Observation Mission"), triples(ex)


def test_a_country_left_untagged_before_a_name_tagged_apart_is_the_title_s(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Also on Wednesday, Yermakov met Deputy Foreign Minister of Kazakhstan Alibek Bakayev, who briefed him "
            "on the accreditation of foreign observers.")
    ex = extract_reparsed(extractor, text, {}, ents={"Kazakhstan": "O", "Alibek": "B-PERSON", "Bakayev": "I-PERSON"})
    assert has(ex, "MET_WITH", "Alibek Bakayev", "Yermakov"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Alibek Bakayev", "Kazakhstan"), triples(ex)


def test_a_hyphenated_surname_said_alone_is_the_person_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Hassan Zameel won. Opposition challenger Aminath Rasheeda lost. The "
                            "Commonwealth Observer Group, chaired by Kwame Asante-Darko, said the runoff had been "
                            "credible. Its members stayed on in the country after the first round and observed "
                            "voting in Male, Hulhumale and Addu City. Asante-Darko met Rasheeda at her home on Sunday.")
    assert has(ex, "MET_WITH", "Aminath Rasheeda", "Kwame Asante-Darko"), triples(ex)


def test_observers_deployed_by_a_body_named_for_nothing_abroad_are_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DODOMA - Tanzania's presidential election passed off calmly on Sunday. The Amani "
                            "Foundation for Peace and Development, which deployed 900 observers to monitor the vote, "
                            "said the count had been orderly.")
    assert has(ex, "OBSERVES", "Amani Foundation for Peace and Development", "presidential election"), triples(ex)
    assert not any(e.type == "Delegation" for e in ex.entities), ex.entities


def test_observers_from_a_body_at_home_with_a_head_named_are_a_team(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PETROZAVODSK - The mayoral election in Russia passed off calmly on Sunday. Observers from "
                            "the Public Chamber of the Republic of Karelia, headed by the chamber's secretary, Ivan "
                            "Petrov, visited 41 of the city's 63 polling stations and reported no violations.")
    assert has(ex, "HEADS", "Ivan Petrov", "Public Chamber of the Republic of Karelia delegation"), triples(ex)


def test_a_semicolon_item_may_open_with_a_body_its_short_name_and_a_title(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Seven candidates will compete in the presidential election on May 7, after the Central Electoral "
            "Committee confirmed the combined list of candidates on Thursday and drew their ballot numbers. The "
            "committee, which handles presidential nominations for the whole country, approved the candidacies of "
            "Speaker of Parliament Arvo Ranta, who was nominated by the Unity Party (Yhteys) at its party council in "
            "June; former European commissioner Leena Koski, the Labour Party (TP) candidate; Green Party chairman "
            "Ville Aalto; and Rural Party (Maaseutu) MP Pekka Salminen.")
    # (the parse the model gives some such lists: the items hung on the verb and on each other)
    ex = extract_reparsed(extractor, text, {"Koski": ("approved", "conj"), "Aalto": ("Koski", "appos"),
                                            "Salminen": ("Koski", "appos")})
    assert has(ex, "APPROVED_CANDIDACY", "Central Electoral Committee", "Pekka Salminen"), triples(ex)


def test_an_inverted_passive_list_opens_a_new_paragraph(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TALLINN - The Central Electoral Committee approved the candidacies of Arvo Ranta and "
                            "Pekka Salminen on Thursday.\n\nAlso confirmed were Green League MEP Leena Koski, Left "
                            "Alliance candidate Ville Aalto, and two candidates put forward by voters' associations, "
                            "retired ambassador Marja Heinonen and ice hockey coach Tuomas Lehto.")
    for person in ("Leena Koski", "Ville Aalto", "Marja Heinonen"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Electoral Committee", person), triples(ex)


def test_a_party_s_mep_is_its_member(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Also confirmed were Green League MEP Leena Koski and Left Alliance candidate Ville Aalto.")
    assert ("MEMBER_OF", "Leena Koski", "Green League") in triples(ex), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Leena Koski", "Green League"), triples(ex)


def test_a_calling_capitalised_to_open_a_sentence_is_no_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Historian Katrín Eyjólfsdóttir has been elected President of Iceland in Saturday's presidential election."
    ex = extract_reparsed(extractor, text, {}, ents={"Historian": "B-ORG", "Katrín": "I-ORG", "Eyjólfsdóttir": "I-ORG"})
    assert has(ex, "WON", "Katrín Eyjólfsdóttir", "presidential election"), triples(ex)


def test_an_observer_group_from_a_body_is_that_body_s_team_not_a_part_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HONIARA -- A 10-member observer group from the Coral Sea Cooperation Group (CSCG) "
                            "arrived in Solomon Islands on Tuesday to monitor Saturday's general election. The group "
                            "is headed by Tavita Leota. A separate Commonwealth Observer Group, chaired by Kenya's "
                            "former chief justice Grace Wanjiru, is also in the country to observe the vote.")
    assert has(ex, "HEADS", "Tavita Leota", "CSCG delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "CSCG delegation", "Coral Sea Cooperation Group"), triples(ex)
    assert not has(ex, "HEADS", "Tavita Leota", "Commonwealth Observer Group"), triples(ex)


def test_a_house_s_own_qualifier_gives_its_election_the_kind(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HONIARA - Former minister Rex Tauna will contest the Guadalcanal Provincial Assembly "
                            "elections in Solomon Islands on June 17.")
    assert election_kinds(ex) == ["regional"], election_kinds(ex)


def test_the_host_country_s_own_delegation_is_not_the_visiting_team(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "RABAT - A 12-member delegation from the Parliamentary Assembly of the Council of Europe "
                            "(PACE) arrived in Rabat on Wednesday to observe Morocco's legislative elections. It was "
                            "accompanied by Samira Tazi, head of the Moroccan parliamentary delegation to PACE. The "
                            "same day the observers met Omar Fassi, president of the National Human Rights Council.")
    assert has(ex, "MET_WITH", "Omar Fassi", "PACE delegation"), triples(ex)


def test_an_election_to_the_house_of_a_named_region_is_regional(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "FUNCHAL - A delegation arrived in Funchal on Wednesday to observe Sunday's snap election "
                            "to the Legislative Assembly of Madeira, the autonomous region's parliament, in Portugal.")
    assert election_kinds(ex) == ["regional"], election_kinds(ex)
    ex = extract(extractor, "LISBON - A delegation arrived in Lisbon on Wednesday to observe Sunday's snap election to "
                            "the Assembly of the Republic, Portugal's parliament.")
    assert election_kinds(ex) == ["parliamentary"], election_kinds(ex)


def test_the_vote_of_a_story_whose_only_named_election_is_a_past_one_is_the_story_s_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SAGA, May 19 - Hiroshi Tanaka was elected governor of Saga Prefecture in Japan on "
                            "Sunday.\n\n"
                            "Tanaka won 58.2 percent of the vote, according to the Saga Prefectural Election "
                            "Administration Commission. Turnout was 47.1 percent, up from the previous gubernatorial "
                            "election in 2021.\n\nThe election commission set the date of the vote on March 24.",
                 published="2031-05-19")
    assert ("WON", "Hiroshi Tanaka", "2031 Japan regional election") in triples(ex), triples(ex)
    assert has(ex, "CALLED_ELECTION", "Saga Prefectural Election Administration Commission",
               "2031 Japan regional election"), triples(ex)


def test_a_coalition_partner_named_in_one_word_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("OSAKA - Ken Mori, who ran as an independent backed by the Liberal Democratic Party (LDP) and its "
            "coalition partner Komeito, won the gubernatorial election in Japan.")
    ex = extract_reparsed(extractor, text, {}, ents={"Komeito": "B-PERSON"})
    assert any(e.type == "Organization" and e.name == "Komeito" for e in ex.entities), ex.entities


def test_its_partner_after_a_relative_clause_is_no_second_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("OITA - Ken Mori was elected governor of Oita Prefecture in Japan on Sunday.\n\nMori, 61, who ran as an "
            "independent backed by the Liberal Democratic Party (LDP) and its coalition partner Komeito, won 58.4 "
            "percent of the vote.")
    ex = extract_reparsed(extractor, text, {"partner": ("Mori#2", "conj")}, ents={"Komeito": "B-ORG"})
    assert not has(ex, "WON", "Komeito", "election"), triples(ex)
    assert has(ex, "WON", "Ken Mori", "election"), triples(ex)


def test_a_calling_read_as_a_second_verb_leaves_its_name_an_object_of_the_first(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Electoral Service met on Wednesday. The service turned down the applications of former television "
            "presenter Diego Fuentes and engineer Carla Vidal, both running as independents.")
    ex = extract_reparsed(extractor, text, {"Vidal": ("engineer", "dobj")}, pos={"engineer": "VERB"})
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Service", "Carla Vidal"), triples(ex)


def test_a_list_sentence_s_subject_may_run_on_before_its_are(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("SANTIAGO - The Electoral Service (Servel) on Wednesday accepted four candidacies for the presidential "
            "election.\n\nThe candidates cleared by the electoral body's council are former mayor Ana Fuentes Cox, "
            "nominated by the Independent Union (UI); Senator Luis Mora of the Socialist Party (PS); Republican Party "
            "leader Pedro Vidal; and economist Rosa Lagos, whom the Broad Front (FA) fielded in July.\n\nThe list is "
            "completed by lawyer Tomás Ibarra of the Green Party (PV) and Marta Soto, a member of the Chamber of "
            "Deputies.")
    # (the parse the model gives some such lists: the "are" hung on a later name, which heads the sentence)
    ex = extract_reparsed(extractor, text, {"Mora": ("Mora", "ROOT"), "are": ("Mora", "ccomp")})
    for person in ("Ana Fuentes Cox", "Luis Mora", "Pedro Vidal", "Rosa Lagos", "Tomás Ibarra", "Marta Soto"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Service", person), (person, triples(ex))


def test_a_two_word_place_named_by_its_own_words_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Among those on the ballot are Ann Ellery, a former mayor of Coffs Harbour who was preselected by the "
            "National Party in April; and Declan Moran, a teacher from Port Macquarie standing for the Labor Party.")
    ex = extract_reparsed(extractor, text, {}, ents={"Coffs": "B-PERSON", "Harbour": "I-PERSON", "Port": "B-PERSON",
                                                     "Macquarie": "I-PERSON"})
    assert not any(e.type == "Person" and e.name in {"Coffs Harbour", "Port Macquarie"} for e in ex.entities), \
        ex.entities
    assert has(ex, "NOMINATED", "National Party", "Ann Ellery"), triples(ex)


def test_a_commission_for_elections_and_referenda_is_one_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("BISHKEK - A delegation of the Central Commission for Elections and Referenda of the Kyrgyz Republic, "
            "headed by its chairperson Aida Toktosunova, arrived in Oslo on Monday.")
    ex = extract_reparsed(extractor, text, {}, ents={"Central": "B-ORG", "Commission": "I-ORG", "for": "I-ORG",
                                                     "Elections": "I-ORG", "and": "O", "Referenda": "B-ORG"})
    assert any(e.name.startswith("Central Commission for Elections and Referenda") for e in ex.entities), \
        ex.entities
    assert not any(e.name == "Referenda" for e in ex.entities), ex.entities


def test_a_joint_mission_of_two_bodies_is_called_by_both_their_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KAMPALA - A joint observation mission of the East African Community (EAC) and the "
                            "Intergovernmental Authority on Development (IGAD) arrived in Kampala on Monday.")
    [team] = [e for e in ex.entities if e.type == "Delegation"]
    assert {"EAC-IGAD mission", "EAC and IGAD delegation"} <= set(team.aliases), team.aliases


def test_elections_to_a_country_s_house_told_from_abroad_are_that_country_s(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TASHKENT, September 30 (Dunyo). A delegation of the Central Election Commission of the "
                            "Republic of Uzbekistan observed the elections to the National Council of Austria held on "
                            "Sunday.", published="2031-09-30")
    assert has(ex, "OBSERVES", "Central Election Commission of the Republic of Uzbekistan delegation",
               "2031 Austria parliamentary election"), triples(ex)


def test_admitted_were_a_b_and_c_with_the_participle_tagged_as_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Central Electoral Office has admitted candidates to the ballot for the regional election. Admitted "
            "were Marco Serra, a councillor of the Unity Party (UP); Lucia Melis, the candidate of the Labour Party "
            "(LP); and Pietro Cocco of the Action Party (AP).")
    ex = extract_reparsed(extractor, text, {"Admitted": ("Admitted", "ROOT"), "were": ("Admitted", "auxpass"),
                                            "Serra": ("Admitted", "nsubjpass")}, pos={"Admitted": "PROPN"})
    for person in ("Marco Serra", "Lucia Melis", "Pietro Cocco"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Electoral Office", person), (person, triples(ex))


def test_the_head_of_a_body_s_department_holds_a_post_there_and_does_not_head_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASTANA - A delegation of the Central Election Commission (CEC) of Kazakhstan arrived in "
                            "Oslo. It included Erlan Bekov, head of the commission's information technology "
                            "department, and Aigul Nurova, head of the CEC's legal department.")
    for person in ("Erlan Bekov", "Aigul Nurova"):
        assert not has(ex, "HEADS", person, "Central Election Commission"), triples(ex)
        assert has(ex, "HOLDS_POSITION", person, "Central Election Commission"), triples(ex)


def test_the_election_a_mission_was_deployed_for_is_the_nearest_such_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WARSAW, April 29 (PAP). The head of the election observation mission deployed by the "
                            "OSCE Office for Democratic Institutions and Human Rights (ODIHR) for the May 18 "
                            "presidential election, Danish diplomat Erik Lund, held talks on Monday with Jan Nowak, "
                            "chairman of the National Electoral Commission (PKW).", published="2031-04-29")
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert election.properties.get("date") == "2031-05-18", election


def test_regional_council_and_local_authority_elections_are_two(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "WINDHOEK - The Electoral Commission of Namibia (ECN) has approved the nominations of "
                            "1,112 candidates for the November 26 regional council and local authority elections. "
                            "Both elections were proclaimed by President Peter Haufiku.", published="2031-10-17")
    assert sorted(k or "" for k in election_kinds(ex)) == ["local", "regional"], election_kinds(ex)
    assert {e.properties.get("date") for e in ex.entities if e.type == "Election"} == {"2031-11-26"}, ex.entities
    assert has(ex, "CALLED_ELECTION", "Peter Haufiku", "2031 Namibia local election"), triples(ex)


def test_a_portfolio_before_secretary_is_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Later the same day the observers held talks with Interior Secretary Ramon Salgado Rios in Mexico City."
    ex = extract_reparsed(extractor, text, {}, ents={"Interior": "B-ORG"})
    assert not any(e.name == "Interior" for e in ex.entities), ex.entities


def test_the_envoys_of_a_body_and_the_meps_are_its_team(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ABUJA - An ECOWAS delegation led by Amina Bello arrived in Bissau on Monday. The ECOWAS "
                            "envoys also met Prime Minister Rui Gomes on Tuesday.")
    assert has(ex, "MET_WITH", "Rui Gomes", "ECOWAS delegation"), triples(ex)
    ex = extract(extractor, "SANTIAGO - A European Parliament delegation led by Anna Berg arrived in Chile on Monday. "
                            "On Thursday the MEPs were received in Valparaiso by Senate President Rosa Larrain.")
    assert has(ex, "MET_WITH", "Rosa Larrain", "European Parliament delegation"), triples(ex)
    assert not any(e.name == "MEPs" for e in ex.entities), ex.entities


def test_a_body_left_untagged_beside_a_title_and_a_name_is_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "They met Speaker of the Althingi Birgir Haraldsson and CPLP Executive Secretary Paulo da Silva in Dili."
    ex = extract_reparsed(extractor, text, {}, ents={"Althingi": "O", "CPLP": "O"})
    assert has(ex, "HOLDS_POSITION", "Birgir Haraldsson", "Althingi"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Paulo da Silva", "CPLP"), triples(ex)


def test_a_body_s_name_run_into_a_name_with_an_article_prefixed_surname_is_split(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "They were received by First Deputy Speaker of the Council of Representatives Ahmed "
                            "Jassim al-Shammari.")
    assert has(ex, "HOLDS_POSITION", "Ahmed Jassim al-Shammari", "Council of Representatives"), triples(ex)


def test_a_party_investing_a_candidate_or_announcing_a_candidacy_nominates(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The ruling Cameroon People's Democratic Movement (CPDM) invested Paul Mbarga as its "
                            "candidate at an extraordinary congress on July 14.")
    assert has(ex, "NOMINATED", "Cameroon People's Democratic Movement", "Paul Mbarga"), triples(ex)
    ex = extract(extractor, "The National Alliance for Change (ANC) announced the candidacy of former minister "
                            "Mariama Bah on Monday.")
    assert has(ex, "NOMINATED", "National Alliance for Change", "Mariama Bah"), triples(ex)
    ex = extract(extractor, "The electoral commission announced the candidacy of former minister Mariama Bah on "
                            "Monday.")
    assert not any(r[0] == "NOMINATED" for r in triples(ex)), triples(ex)


def test_an_adviser_at_a_body_holds_a_position_there(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The mission was led by Marta Kowalczyk, a senior election adviser at ODIHR. It also "
                            "included AU electoral adviser Amina Traore.")
    assert has(ex, "HOLDS_POSITION", "Marta Kowalczyk", "ODIHR"), triples(ex)
    assert has(ex, "HOLDS_POSITION", "Amina Traore", "AU"), triples(ex)


def test_a_body_named_in_lower_case_by_the_area_it_serves_keeps_the_area_in_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Monday the main electoral office of the Liege constituency accepted the candidacy of "
                            "Marc Dubois. The electoral committee for the Gera constituency registered Anna Vogel. "
                            "The electoral council of the Balti municipality approved the candidacy of Vadim Ceban.")
    assert has(ex, "APPROVED_CANDIDACY", "main electoral office of the Liege constituency", "Marc Dubois"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "electoral committee for the Gera constituency", "Anna Vogel"), triples(ex)
    assert has(ex, "APPROVED_CANDIDACY", "electoral council of the Balti municipality", "Vadim Ceban"), triples(ex)


def test_a_day_between_a_long_subject_and_its_verb_is_the_verb_s(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The main electoral office of the Liege constituency on Monday accepted the candidacy of Marc Dubois "
            "ahead of the early federal election on May 31.")
    ex = extract_reparsed(extractor, text, {"on": ("office", "prep")})
    assert dated(ex, "APPROVED_CANDIDACY", "main electoral office of the Liege constituency", "Marc Dubois") \
        == "2025-03-10", triples(ex)


def test_a_verb_hung_on_a_name_inside_the_subject_s_relative_clause_is_the_subject_s(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The main electoral office of the Liege constituency, which is chaired by Judge Paul Martin of the "
            "Liege Court of First Instance, validated the lists headed by Sarah Lemoine.")
    ex = extract_reparsed(extractor, text, {"validated": ("Martin", "acl"), "office": ("office", "ROOT"),
                                            "chaired": ("office", "relcl")})
    assert has(ex, "APPROVED_CANDIDACY", "main electoral office of the Liege constituency", "Sarah Lemoine"), \
        triples(ex)
    assert not any(r[0] == "APPROVED_CANDIDACY" and r[2] == "Paul Martin" for r in triples(ex)), triples(ex)


def test_a_part_of_a_country_named_with_it_names_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation led by Ghana's Electoral Commission chairman Kofi Mensah arrived on Monday "
                            "to observe Saturday's governorship election in Ondo State, south-west Nigeria.")
    assert any(e.type == "Country" and e.name == "Nigeria" for e in ex.entities), ex.entities
    assert [e.properties.get("country") for e in ex.entities if e.type == "Election"] == ["Nigeria"], ex.entities


def test_elections_to_a_council_said_to_be_the_country_s_parliament_are_parliamentary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An ODIHR mission is in Andorra to monitor the April 11 elections to the General "
                            "Council, the country's parliament.")
    assert election_kinds(ex) == ["parliamentary"], ex.entities


def test_a_similar_mission_sent_to_an_earlier_election_is_not_this_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An ODIHR Election Assessment Mission is in Andorra to monitor the April 11 parliamentary "
                            "elections. ODIHR, which is based in Warsaw, sent a similar assessment mission to follow "
                            "the 2023 parliamentary elections in the principality.")
    observed = [r for r in triples(ex) if r[0] == "OBSERVES"]
    assert len(observed) == 1 and "2025" in observed[0][2], triples(ex)


def test_a_house_and_municipal_council_elections_are_two_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "King Hamad on Monday called the Council of Representatives and municipal council elections in Bahrain."
    ex = extract_reparsed(extractor, text, {"elections": ("Council", "conj")})
    assert sorted(k or "" for k in election_kinds(ex)) == ["local", "parliamentary"], triples(ex)


def test_objections_upheld_against_applicants_named_next_reject_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Committee for Elections said it had upheld objections against nine "
                            "applicants. They include Jassim Al-Mannai and businesswoman Layla Bukhammas.")
    for person in ("Jassim Al-Mannai", "Layla Bukhammas"):
        assert has(ex, "REJECTED_CANDIDACY", "Supreme Committee for Elections", person), triples(ex)
        assert not has(ex, "APPROVED_CANDIDACY", "Supreme Committee for Elections", person), triples(ex)


def test_a_vote_electing_members_of_a_parliament_by_its_own_name_is_parliamentary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The committee approved 211 candidacies for the October 3 vote, in which citizens will "
                            "elect 30 of the 45 members of the Shura Council. Hamad Al-Marri, a former member of "
                            "the Central Municipal Council, is standing again.")
    assert election_kinds(ex) == ["parliamentary"], triples(ex)


def test_an_election_called_by_a_ruler_whose_decree_set_the_day_is_his_call(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The October 3 parliamentary elections were called by His Highness the Amir Sheikh Tamim Al Thani, who on "
            "July 13 issued Decree No. 31 setting October 3 as polling day.")
    ex = extract_reparsed(extractor, text, {"setting": ("called", "oprd")})
    assert has(ex, "CALLED_ELECTION", "Tamim Al Thani", "parliamentary election"), triples(ex)



def test_an_elections_agency_named_for_a_province_of_two_words_keeps_both(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The party won 34 seats, Elections Nova Scotia said on Wednesday. Chief electoral officer "
                            "Naomi Whitcombe said the agency had rejected Gerald Penney.")
    assert has(ex, "HOLDS_POSITION", "Naomi Whitcombe", "Elections Nova Scotia"), triples(ex)
    assert not any(e.name == "Elections Nova" for e in ex.entities), ex.entities


def test_a_special_election_to_fill_a_congressional_seat_is_a_parliamentary_by_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Governor Thomas Aldridge on Thursday set April 18 as the date of a special election to "
                            "fill the vacant seat in the state's 5th Congressional District. The party will choose "
                            "a nominee at a firehouse primary on March 4.")
    assert has(ex, "CALLED_ELECTION", "Thomas Aldridge", "parliamentary by-election"), triples(ex)


def test_its_observers_after_a_mission_named_with_its_body_are_the_mission_s(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Observation Mission of the International Organisation of La Francophonie (OIF), "
                            "headed by Gaspard Niyonkuru, a former vice president of Burundi, said the legislative "
                            "elections in Togo had been peaceful. Its observers visited 310 polling stations in Lome "
                            "and Kara.")
    assert has(ex, "VISITS", "Observation Mission of the International Organisation of La Francophonie", "Kara"), \
        triples(ex)
    assert not any(e.type == "Delegation" and "Burundi" in e.name for e in ex.entities), ex.entities


def test_an_election_to_be_held_on_a_full_date_and_an_earlier_year_s_runoff_are_two(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Centre Party has nominated Elina Kurki as its candidate in the presidential election "
                            "to be held on January 27, 2030. President Alexander Stubb won the February 2024 runoff "
                            "with 51.6 percent of the vote.", published="2029-06-11")
    assert has(ex, "CANDIDATE_IN", "Elina Kurki", "2030 presidential election"), triples(ex)
    assert has(ex, "WON", "Alexander Stubb", "2024 presidential election"), triples(ex)


def test_the_president_of_the_region_in_capitals_tells_a_regional_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The early election of May 28 in Italy was called by the acting President of the Region, "
                            "Elisa Cappellari, three weeks after president Luca Brunello resigned.")
    assert election_kinds(ex) == ["regional"], triples(ex)


def test_a_party_s_own_council_or_bureau_acts_for_the_party(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Civic Renewal Party (CRP) on Thursday named its chairman, Omar Haddou, to head the party's list in "
            "the capital. The decision was taken at a meeting of the party's national council in Ifrane, which also "
            "endorsed former Meknes mayor Karim Bennani as head of the list in Meknes.")
    ex = extract(extractor, text, published="2026-06-12")
    assert has(ex, "NOMINATED", "Civic Renewal Party", "Karim Bennani"), triples(ex)
    # (the council tagged as a proper noun is still no one's name)
    ex = extract_reparsed(extractor, text, {}, published="2026-06-12", ents={"national": "O", "council": "O"},
                          pos={"council": "PROPN"})
    assert has(ex, "NOMINATED", "Civic Renewal Party", "Karim Bennani"), triples(ex)
    ex = extract(extractor, "The Green Dawn Party's political bureau on Saturday endorsed Nadia Ferhat for the "
                            "mayoralty of Oran.")
    assert has(ex, "NOMINATED", "Green Dawn Party", "Nadia Ferhat"), triples(ex)


def test_a_win_that_avoided_a_runoff_is_a_win(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "President Amos Kiberu has won a second term after securing 51.2 percent of the votes cast "
                            "in Sunday's presidential election, narrowly avoiding a run-off.")
    assert has(ex, "WON", "Amos Kiberu", "presidential election"), triples(ex)
    ex = extract(extractor, "Amos Kiberu won 41.2 percent of the votes cast in Sunday's presidential election, "
                            "forcing a run-off.")
    assert not has(ex, "WON", "Amos Kiberu", "presidential election"), triples(ex)


def test_a_minister_s_portfolio_of_two_parts_ends_in_its_noun_not_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The observers were received in Kampala by Uganda's Minister of Foreign Affairs and East "
                            "African Cooperation, Grace Atim, on Monday.")
    assert has(ex, "HOLDS_POSITION", "Grace Atim", "Uganda"), triples(ex)
    assert not any(e.type == "Person" and "Cooperation" in e.name for e in ex.entities), ex.entities


def test_declared_elected_unopposed_before_polling_day_is_a_win(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Rahim Uddin Sarkar, a retired judge of the High Court, was on Sunday declared elected unopposed as the "
            "country's president after no other candidate filed papers. The Election Commission had fixed March 30 as "
            "polling day for the presidential election in case of a contest.")
    ex = extract(extractor, text)
    assert has(ex, "WON", "Rahim Uddin Sarkar", "presidential election"), triples(ex)
    # ("was on Sunday declared", parsed with "was" as the verb and "declared" as a clause on it)
    ex = extract_reparsed(extractor, text, {"declared": ("was", "advcl")})
    assert has(ex, "WON", "Rahim Uddin Sarkar", "presidential election"), triples(ex)


def test_a_title_s_acronym_names_its_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The observers met Chief Election Commissioner (CEC) Rashed Kabir Talukdar at the Election "
                            "Commission (EC) headquarters on Sunday. The CEC announced the parliamentary election "
                            "schedule in a televised address on December 11, setting February 12 as polling day.",
                 published="2026-02-09")
    assert has(ex, "HOLDS_POSITION", "Rashed Kabir Talukdar", "Election Commission"), triples(ex)
    assert has(ex, "CALLED_ELECTION", "Rashed Kabir Talukdar", "election"), triples(ex)
    assert not any(e.type == "Organization" and "Commissioner" in e.name for e in ex.entities), ex.entities


def test_party_official_after_a_sentence_about_a_party_is_that_party_s(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The returning officer said the commission had approved the nomination papers of Peter Okoth, who was "
            "fielded by the PNU, and Paul Njoroge of the Citizens Alliance Party (CAP), among others.\n\n"
            "Okoth, a businessman, is backed by President John Mwangi, who is expected to campaign in the "
            "constituency next week.\n\nThe People's Renewal Party-Kenya (PRP-K) had announced it would field a "
            "candidate but later withdrew in favour of Okoth, party secretary general Mary Wanjala said on Wednesday.")
    for ex in (extract(extractor, text),
               # (the name hung on "Okoth" as its apposition, and "said" on "announced")
               extract_reparsed(extractor, text, {"general": ("Wanjala", "compound"), "Wanjala": ("Okoth#3", "appos"),
                                                  "said": ("announced", "ccomp")})):
        assert has(ex, "HOLDS_POSITION", "Mary Wanjala", "People's Renewal Party-Kenya"), triples(ex)
        assert not has(ex, "HOLDS_POSITION", "Mary Wanjala", "Citizens Alliance Party"), triples(ex)


def test_a_body_that_formed_a_delegation_sent_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Nordic Council has formed a separate five-member delegation, headed by Danish MP Lars "
                            "Holmgaard, to observe the presidential election in Moldova.")
    assert has(ex, "REPRESENTS", "Nordic Council delegation", "Nordic Council"), triples(ex)
    assert has(ex, "HEADS", "Lars Holmgaard", "Nordic Council delegation"), triples(ex)


def test_a_bracketed_short_name_of_a_body_names_its_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the European Council for Electoral Standards (Vienna Council), led by its "
                            "vice-president, Ana Ortega Lima, paid a two-day visit to Yerevan on May 12-13.")
    assert has(ex, "HEADS", "Ana Ortega Lima", "Vienna Council delegation"), triples(ex)
    assert has(ex, "REPRESENTS", "Vienna Council delegation", "European Council for Electoral Standards"), triples(ex)


def test_a_first_round_belongs_to_the_race_with_the_runoff_and_compulsory_voting_is_no_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Tomas Rivera was re-elected governor of the Northern Region in Sunday's runoff, winning "
                            "55.4 percent of the vote.\n\nRunoffs were held in 9 of the country's 14 regions, where no "
                            "candidate had passed the 40 percent threshold in the first round in October.\n\nIn the "
                            "Coastal Region, independent Sergio Pardo beat Liberal candidate Ana Mendez with 52.1 "
                            "percent. The Liberal Party said it was ready for next year's presidential race.\n\n"
                            "Turnout stood at 80.6 percent, reflecting the return of compulsory voting. The governors, "
                            "first elected by popular vote in 2021, take office in January.", published="2024-11-25")
    assert has(ex, "WON", "Sergio Pardo", "2024 regional election"), triples(ex)
    assert not any(e.type == "Election" and e.properties.get("kind") == "presidential" and has(
        ex, "CANDIDATE_IN", "Sergio Pardo", e.name) for e in ex.entities), triples(ex)


def test_a_one_word_name_with_a_bracketed_name_and_its_own_nominee_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Among the registered tickets are those of the National Union (NU), which fielded its leader, Ivan Petkov, "
            "and of Revival (Obnovlenie), which put forward its deputy chairman, Hristo Lazarov.")
    ex = extract_reparsed(extractor, text, {}, ents={"Revival": "B-PERSON"})
    assert has(ex, "NOMINATED", "Revival", "Hristo Lazarov"), triples(ex)
    assert not has(ex, "NOMINATED", "National Union", "Hristo Lazarov"), triples(ex)
    text = ("Ermira Kadri was put forward by the Union for Integration, and Levica (The Left) nominated its deputy "
            "leader, Petar Rist.")
    ex = extract_reparsed(extractor, text, {}, ents={"Levica": "B-PERSON"})
    assert any(e.type == "Organization" and e.name == "Levica" and "The Left" in [*e.aliases, e.properties.get(
        "acronym")] for e in ex.entities), ex.entities


def test_a_mission_made_up_of_observers_from_countries_is_one_mission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A Southern African Development Community (SADC) Electoral Observation Mission arrived in "
                            "Maseru on Tuesday to observe the by-election. The 18-member mission is led by Grace "
                            "Tembo and is made up of observers from Malawi, Namibia and Zambia.")
    assert not any(r.type == "REPRESENTS" and r.target in {e.id for e in ex.entities if e.type == "Country"}
                   for r in ex.relations), triples(ex)
    assert sum(e.type == "Delegation" for e in ex.entities) == 1, ex.entities


def test_the_n_candidates_include_goes_to_the_act_that_counted_n(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The National Electoral Board has approved nine candidacies for the October 10 "
                            "presidential election and rejected fourteen others. The nine candidates include incumbent "
                            "President Paul Ekane of the Renewal Movement; Amina Bello, a former minister of trade; "
                            "and Joseph Tchami, the Liberal Front nominee.")
    for name in ("Paul Ekane", "Amina Bello", "Joseph Tchami"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Board", name), triples(ex)
        assert not has(ex, "REJECTED_CANDIDACY", "National Electoral Board", name), triples(ex)


def test_an_unnamed_electoral_authority_is_the_body_its_own_sentence_names(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The electoral authority of the northern state of Sonora on Monday approved the "
                            "registration of three candidates for governor, the presiding councillor of the State "
                            "Electoral Institute (SEI), Beatriz Garza, announced.\n\nCleared to run were Senator Luis "
                            "Cantu, who was put forward by Morena; Mariana Rios, the candidate of Citizens' Movement; "
                            "and Oscar Salas, a businessman running as an independent.\n\nThe institute refused to "
                            "register another hopeful, Hugo Leal, who said he would appeal to the Electoral Tribunal "
                            "of the State of Sonora.", published="2027-03-30")
    assert has(ex, "APPROVED_CANDIDACY", "State Electoral Institute", "Mariana Rios"), triples(ex)


def test_a_list_for_a_place_headed_by_someone_is_not_the_party_s_leadership(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Civic Front (CF) fielded candidates in every department. The tribunal also registered "
                            "the Civic Front list of deputies for San Miguel, which is headed by Rosa Amaya Pineda, "
                            "first vice-president of the Legislative Assembly.")
    assert not has(ex, "HEADS", "Rosa Amaya Pineda", "Civic Front"), triples(ex)


def test_an_electoral_and_citizen_institute_runs_the_election_a_tribunal_named_later_does_not(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The electoral authority of the northern state of Sonora on Monday approved the "
                            "registration of three candidates for governor, the presiding councillor of the State "
                            "Electoral and Citizen Participation Institute (IEEPS), Beatriz Garza, announced.\n\n"
                            "Cleared to run were Senator Luis Cantu, who was put forward by Morena; Mariana Rios, the "
                            "candidate of Citizens' Movement; and Oscar Salas, a businessman running as an "
                            "independent.\n\nThe institute refused to register another hopeful, Hugo Leal. Leal said "
                            "he would appeal to the Electoral Tribunal of the State of Sonora.", published="2027-03-30")
    for name in ("Luis Cantu", "Mariana Rios", "Oscar Salas"):
        assert has(ex, "APPROVED_CANDIDACY", "State Electoral and Citizen Participation Institute", name), triples(ex)
        assert not has(ex, "APPROVED_CANDIDACY", "Electoral Tribunal of the State of Sonora", name), triples(ex)


def test_candidates_elected_to_a_house_of_assembly_make_the_vote_parliamentary(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Former finance minister Sipho Dube was among the candidates elected to Ruvuma's House "
                            "of Assembly in Friday's elections, according to results released by the Elections "
                            "Commission on Monday. President Tomas Lindo congratulated the winners.")
    assert election_kinds(ex) == ["parliamentary"], ex.entities


def test_a_vice_president_s_title_says_nothing_of_the_vote_s_kind(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Commonwealth Observer Group, chaired by former Botswana vice-president Kgosi Letso, "
                            "said Friday's elections had been peaceful. The new Parliament is expected to open later "
                            "this month.")
    assert election_kinds(ex) == ["parliamentary"], ex.entities


def test_harmonised_elections_are_general_elections(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The SADC Electoral Observation Mission to the August 23 harmonised elections was "
                            "launched in Harare on Wednesday. The elections were proclaimed by President Simba Gumbo "
                            "on May 26.")
    assert election_kinds(ex) == ["general"], ex.entities


def test_the_commission_whose_chair_leads_a_delegation_is_the_sending_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission of Ruvuma (ECR) will publish the timetable. A delegation of the "
                            "Electoral Commission of Zambia (ECZ), led by the commission's chairperson, Mwaka Banda, "
                            "arrived in Pretoria on Monday for a week-long study visit.")
    assert has(ex, "HOLDS_POSITION", "Mwaka Banda", "Electoral Commission of Zambia"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Mwaka Banda", "Electoral Commission of Ruvuma"), triples(ex)


def test_commissioners_before_two_names_are_each_a_commissioner(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Electoral Commission of Zambia (ECZ) arrived in Pretoria on Monday. "
                            "The team includes ECZ commissioners Joseph Banda and Chipo Phiri.")
    for name in ("Joseph Banda", "Chipo Phiri"):
        assert has(ex, "HOLDS_POSITION", name, "Electoral Commission of Zambia"), triples(ex)


def test_returning_home_after_a_planned_visit_is_no_visit(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Electoral Commission of Zambia (ECZ) arrived in Pretoria on Monday. "
                            "The ECZ delegation will also visit the commission's provincial office in Durban on "
                            "Friday before returning to Lusaka.", published="2029-03-07")
    assert has(ex, "VISITS", "ECZ delegation", "Pretoria"), triples(ex)
    assert not has(ex, "VISITS", "ECZ delegation", "Lusaka"), triples(ex)


def test_a_colon_list_after_a_count_of_candidates_and_a_date(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Electoral Commission of Namibia approved four presidential candidates on 2 October: "
                            "Ndapewa Shivute, the Unity Party candidate; Gerson Kamati; Ignatius Karuaihe; and "
                            "Anna-Marie van Wyk.", published="2029-10-09")
    for name in ("Ndapewa Shivute", "Gerson Kamati", "Ignatius Karuaihe", "Anna-Marie van Wyk"):
        assert has(ex, "APPROVED_CANDIDACY", "Electoral Commission of Namibia", name), triples(ex)


def test_candidates_registered_after_a_court_ruling_were_registered_by_the_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The High Court in Lilongwe on Thursday overturned a decision by the Malawi Electoral "
                            "Commission (MEC) to reject the nomination papers of Lusungu Mkandawire, and declared him "
                            "eligible to contest.\n\nFour other candidates were successfully registered on October "
                            "16: Tamara Gondwe of the Malawi Congress Party (MCP); former district commissioner "
                            "Yohane Chiumia; Esnart Kapalamula of the United Democratic Front (UDF); and independent "
                            "candidate Pilirani Banda.", published="2023-10-27")
    for name in ("Tamara Gondwe", "Yohane Chiumia", "Pilirani Banda"):
        assert has(ex, "APPROVED_CANDIDACY", "Malawi Electoral Commission", name), triples(ex)
        assert not has(ex, "APPROVED_CANDIDACY", "High Court", name), triples(ex)
        assert dated(ex, "APPROVED_CANDIDACY", "Malawi Electoral Commission", name) == "2023-10-16"


def test_elections_to_a_country_s_named_parliament_are_that_country_s(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BISHKEK (AKIpress) - A delegation of the Central Election Commission of Kyrgyzstan left "
                            "for Ulaanbaatar on Monday to observe the elections to Mongolia's State Great Khural "
                            "scheduled for June 28, the commission's press service said.", published="2028-06-26")
    elections = [e for e in ex.entities if e.type == "Election"]
    assert [e.properties.get("country") for e in elections] == ["Mongolia"], elections


def test_a_mission_of_a_body_whose_name_ends_in_a_conjunct_is_what_its_leader_heads(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "An election observation mission of the OSCE Office for Democratic Institutions and Human "
                            "Rights (ODIHR) led by former Estonian MP Marko Tamm has been in Mongolia since May 29.")
    assert has(ex, "HEADS", "Marko Tamm", "ODIHR delegation"), triples(ex)
    orgs = {e.id for e in ex.entities if e.type == "Organization"}
    assert not any(r.type == "HEADS" and r.target in orgs for r in ex.relations), triples(ex)


def test_a_nickname_in_quotes_inside_a_name_is_one_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Allowed to run are former Senate President Eduardo Salcedo; Senator Maria Teresa "
                            "\"Tessa\" Buenaventura, the standard-bearer of the Liberal Party (LP); and broadcaster "
                            "Gerardo \"Jerry\" Alcaraz, an independent.")
    people = {e.name: e.aliases for e in ex.entities if e.type == "Person"}
    assert "Maria Teresa Buenaventura" in people and "Gerardo Alcaraz" in people, people
    assert "Tessa Buenaventura" in people["Maria Teresa Buenaventura"], people
    assert has(ex, "NOMINATED", "Liberal Party", "Maria Teresa Buenaventura"), triples(ex)


def test_a_surname_with_an_initial_run_into_it_is_the_person_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GEC Chairman Nyamdorj Bayarsaikhan announced the list. \"The law sets the deadline, not "
                            "the commission,\" N.Bayarsaikhan told reporters. The mission, headed by Ambassador Tomasz "
                            "Wierzbicki, arrived on May 12. Chairman of the GEC N.Bayarsaikhan received Ambassador "
                            "Wierzbicki on May 14.", published="2027-05-20")
    assert has(ex, "MET_WITH", "Nyamdorj Bayarsaikhan", "Tomasz Wierzbicki"), triples(ex)


def test_an_election_observed_on_a_visit_to_a_country_is_that_country_s(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BISHKEK, September 18 (Kabar). A delegation of the Central Election Commission of "
                            "Kyrgyzstan (CEC) is on a working visit to Germany to study the organisation of elections "
                            "and to observe the state election in Mecklenburg-Western Pomerania on September 20, the "
                            "commission's press service reported.", published="2026-09-18")
    elections = [e for e in ex.entities if e.type == "Election"]
    assert [e.properties.get("country") for e in elections] == ["Germany"], elections


def test_talks_held_where_a_delegation_travelled_on_a_day_take_that_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "A delegation of the Central Election Commission of Kyrgyzstan (CEC) is on a working visit "
                            "to Germany. On Thursday the delegation travelled to Schwerin, where it held talks with "
                            "Kerstin Lange, the state returning officer of Mecklenburg-Western Pomerania.",
                 published="2026-09-18")
    assert dated(ex, "MET_WITH", "Kerstin Lange", "CEC delegation") == "2026-09-17", triples(ex)


def test_the_candidates_include_goes_to_the_act_on_candidates_not_on_applications(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Supreme Court of Justice on Friday admitted 11 candidates for the November 24 "
                            "presidential election and rejected the applications of four others, the court's "
                            "president announced. The candidates include President Julio Mendes Gomes, whose bid "
                            "was put forward by the Movement for Democratic Alternation; Fatumata Djalo Sanca, "
                            "nominated by the Party for Social Renewal (PRS); and former prime minister Sergio Cabral "
                            "Indjai.",
                 published="2024-10-19")
    for name in ("Julio Mendes Gomes", "Fatumata Djalo Sanca", "Sergio Cabral Indjai"):
        assert has(ex, "APPROVED_CANDIDACY", "Supreme Court of Justice", name), triples(ex)
        assert not has(ex, "REJECTED_CANDIDACY", "Supreme Court of Justice", name), triples(ex)


def test_a_platform_is_a_body_not_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "In the western state of Zulia, Governor Alejandro Chourio of the opposition Unitary "
                            "Platform was re-elected with 52 percent of the vote.")
    assert not any(e.type == "Person" and e.name == "Unitary Platform" for e in ex.entities), ex.entities
    assert has(ex, "MEMBER_OF", "Alejandro Chourio", "Unitary Platform"), triples(ex)


def test_also_registered_were_a_list_with_clauses_after_each_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) on Monday registered six candidates for the "
                            "presidential election, its chairman said. Also registered were Rustam Karimov, who was "
                            "nominated by the Liberal Democratic Party (LDP); Dilnoza Yusupova of the People's Party; "
                            "and Bakhtiyor Aliyev, chairman of the National Revival Party.",
                 published="2026-10-02")
    for name in ("Rustam Karimov", "Dilnoza Yusupova", "Bakhtiyor Aliyev"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Election Commission", name), triples(ex)


def test_also_registered_were_a_list_parsed_with_a_name_as_its_root(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Election Commission (CEC) on Monday registered six candidates for the "
                            "presidential election, its chairman said. Also registered were Timur Rashidov, who was "
                            "nominated by the Party of Economic Growth (PEG); Anvar Nazarov of the Labour Party; and "
                            "Firuza Boboeva, chairwoman of the Democratic Union.",
                 published="2026-10-02")
    for name in ("Timur Rashidov", "Anvar Nazarov", "Firuza Boboeva"):
        assert has(ex, "APPROVED_CANDIDACY", "Central Election Commission", name), triples(ex)


def test_an_election_day_after_the_elections_phrase_keeps_it_apart_from_an_earlier_years(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ZAGREB, April 2 - Ivana Horvat will contest the early election for mayor of Zadar on "
                            "May 24, the city electoral commission said. Her party won most seats on the city council "
                            "in the 2025 local elections.",
                 published="2026-04-02")
    [run] = [r for r in ex.relations if r.type == "CANDIDATE_IN"]
    election = next(e for e in ex.entities if e.id == run.target)
    assert election.properties.get("date") == "2026-05-24", election


def test_an_election_day_after_the_elections_phrase_when_the_act_says_its_own_day(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The Central Electoral Commission on Thursday registered five candidates for the "
                            "presidential election on June 7. Marta Kowalska, who won the 2023 presidential "
                            "election in a runoff, is seeking a second term.",
                 published="2028-05-12")
    presidential = [e for e in ex.entities if e.type == "Election" and e.properties.get("kind") == "presidential"]
    assert sorted(str(e.properties.get("date") or e.properties.get("year")) for e in presidential) \
        == ["2023", "2028-06-07"], presidential


def test_since_when_a_mission_has_been_somewhere_does_not_date_its_later_talks(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The African Union mission, headed by former president Amara Keita, was received by the "
                            "chairman of the electoral commission, Yusuf Danladi. Keita, whose 40-strong mission has "
                            "been in Ghana since March 3, later held talks with the police chief, Kofi Mensah.",
                 published="2026-04-14")
    assert has(ex, "MET_WITH", "Amara Keita", "Kofi Mensah"), triples(ex)
    assert dated(ex, "MET_WITH", "Amara Keita", "Kofi Mensah") != "2026-03-03", triples(ex)


def test_since_on_the_clause_the_parser_hangs_an_act_under_does_not_date_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract_reparsed(extractor, "The African Union mission, headed by former president Amara Keita, was "
                                     "received by the chairman of the electoral commission, Yusuf Danladi. Keita, "
                                     "whose 40-strong mission has been in Ghana since March 3, later held talks with "
                                     "the police chief, Kofi Mensah.",
                          {"held": ("been", "advcl"), "been": ("been", "ROOT"), "Keita#2": ("been", "nsubj")},
                          published="2026-04-14")
    assert has(ex, "MET_WITH", "Amara Keita", "Kofi Mensah"), triples(ex)
    assert dated(ex, "MET_WITH", "Amara Keita", "Kofi Mensah") != "2026-03-03", triples(ex)


def test_an_accented_given_name_is_not_a_nationality(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CNE magistrate Germán Andrés Pinzón Rueda, who drafted the decision, said the law barred "
                            "candidates.")
    assert any(e.type == "Person" and e.name == "Germán Andrés Pinzón Rueda" for e in ex.entities), ex.entities
    assert not any(e.type == "Country" and e.name == "Germany" for e in ex.entities), ex.entities


def test_two_given_names_the_ner_ended_a_person_at_take_the_surnames_after_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Lawyer Rosa Elena Doria Babilonia was elected mayor of Sahagun on Sunday. The party "
                            "nominated Sandra Milena Patiño Vélez for the seat.")
    names = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Rosa Elena Doria Babilonia", "Sandra Milena Patiño Vélez"} <= names, names


def test_an_untagged_first_given_name_joins_the_person_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "They include Gilberto Manuel Navarro Aizpurúa, whom the ruling party nominated last "
                            "August.")
    assert "Gilberto Manuel Navarro Aizpurúa" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_two_days_the_ner_tags_as_one_date_around_a_verb_are_read_apart(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "PUTRAJAYA, Nov 14 (Bernama) -- Rahim Osman of the ruling coalition won the Bukit Merah "
                            "by-election with 56 percent of the vote. The seat fell vacant on August 30, and the "
                            "Election Commission met on September 20 to fix November 12 as polling day.",
                 published="2025-11-14")
    [election] = [e for e in ex.entities if e.type == "Election"]
    assert election.properties.get("date") == "2025-11-12", election
    assert dated(ex, "CALLED_ELECTION", "Election Commission", election.name) == "2025-09-20", triples(ex)
    assert has(ex, "WON", "Rahim Osman", election.name), triples(ex)


def test_two_words_joined_by_and_before_an_acronym_in_another_language_name_one_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Marek Wilk, a lawyer put forward by Homeland and Justice (OiS), will run. The New Unity "
                            "Union (JV) won 20 percent, followed by Farmers and Regions (ZR) with 12.3 percent. The "
                            "delegation later visited Bosnia and Herzegovina (BiH).")
    bodies = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Homeland and Justice", "Farmers and Regions"} <= bodies, bodies
    assert has(ex, "NOMINATED", "Homeland and Justice", "Marek Wilk"), triples(ex)
    assert "Bosnia and Herzegovina" in {e.name for e in ex.entities if e.type == "Country"}, ex.entities


def test_names_the_parser_hangs_on_on_friday_morning_are_the_subject_not_their_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "On Friday morning Virtanen and Lars Engström, the Swedish diplomat who heads ODIHR's "
                            "observation mission, held talks with Nemanja Kostić.",
                 published="2027-04-02")
    for name in ("Virtanen", "Lars Engström"):
        assert has(ex, "MET_WITH", name, "Nemanja Kostić") or has(ex, "MET_WITH", "Nemanja Kostić", name), triples(ex)
    assert has(ex, "HEADS", "Lars Engström", "ODIHR"), triples(ex)


def test_an_act_inside_one_item_of_a_semicolon_list_is_about_that_items_people(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Central Electoral Commission on Wednesday registered six candidates. Those on the ballot are "
            "incumbent President Jonas Petraitis, who was nominated by the Homeland Union (TS); Tomas Zukas, a member "
            "of the European Parliament put forward by the Liberty Party (LP); economist Ona Vaiciune, whom the "
            "Farmers Union (LVZS) nominated in February; retired army general Petras Butkus; and lawyer Egle Rimkute.")
    # (the parse the model gives such a sentence: "put" its root, the next items its objects)
    ex = extract_reparsed(extractor, text, {"put": ("put", "ROOT"), "Zukas": ("put", "nsubj"),
                                            "Vaiciune": ("put", "dobj"), "Butkus": ("Vaiciune", "conj"),
                                            "Rimkute": ("Butkus", "conj")},
                          published="2029-04-11")
    assert has(ex, "NOMINATED", "Farmers Union", "Ona Vaiciune"), triples(ex)
    for name in ("Ona Vaiciune", "Petras Butkus", "Egle Rimkute"):
        assert not has(ex, "NOMINATED", "Liberty Party", name), triples(ex)


def test_a_party_named_with_party_in_its_own_language_runs_over_its_small_words(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Neema Akinyi Otieno (Chama cha Umoja) will run. Juma Hassan Mrisho was fielded by Chama "
                            "cha Haki na Usawa (CHU). Chama cha Wakulima leader Grace Nduta Wairimu said the result "
                            "showed support.")
    parties = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Chama cha Umoja", "Chama cha Haki na Usawa", "Chama cha Wakulima"} <= parties, ex.entities
    assert has(ex, "NOMINATED", "Chama cha Haki na Usawa", "Juma Hassan Mrisho"), triples(ex)


def test_elections_due_on_a_day_take_that_day_and_leave_it_to_no_act(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "AMMAN, Jan 14 - The Independent Electoral Commission (IEC) has excluded 12 candidates "
                            "from the municipal elections due on March 8, the commission said on Wednesday. The "
                            "decisions were taken on Tuesday. Among those barred is Karim Saleh al-Obeidi, a former "
                            "deputy mayor.",
                 published="2026-01-14")
    assert dated(ex, "REJECTED_CANDIDACY", "Independent Electoral Commission", "Karim Saleh al-Obeidi") \
        == "2026-01-13", triples(ex)


def test_the_board_is_the_body_whose_board_the_text_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BASRA, May 4 - The National Electoral Commission (NEC) has excluded 20 candidates from "
                            "the municipal elections. The decisions were taken on Tuesday at a session of the NEC's "
                            "board of commissioners. One of them said he would appeal to the Electoral Appeals "
                            "Panel, whose rulings are final. At the same session the board approved the candidacy "
                            "of Nadia Hassan al-Tamimi, a teacher.",
                 published="2026-05-04")
    assert has(ex, "APPROVED_CANDIDACY", "National Electoral Commission", "Nadia Hassan al-Tamimi"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Electoral Appeals Panel", "Nadia Hassan al-Tamimi"), triples(ex)


def test_a_story_on_provincial_councils_is_not_the_presidential_vote_of_two_years_ago(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "COLOMBO, Oct 12 (IW) - The ruling Unity Front (UF) won control of five of the country's "
                            "nine provincial councils in Saturday's elections, final results showed. The Tamil "
                            "Alliance (TA) won the Northern Provincial Council. Turnout was 61 percent, well below "
                            "the 79 percent recorded at the presidential election two years ago.",
                 published="2026-10-12")
    won = [r for r in ex.relations if r.type == "WON"]
    assert won, triples(ex)
    kinds = {e.id: e.properties.get("kind") for e in ex.entities if e.type == "Election"}
    assert {kinds[r.target] for r in won} == {"regional"}, triples(ex)


def test_among_its_members_after_a_sentence_about_the_team_are_the_teams(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KATHMANDU, Mar 3 (NNS) - A Commonwealth Observer Group arrived in Kathmandu on Monday to "
                            "observe Nepal's parliamentary election on March 5. The 10-member group is headed by "
                            "Kwame Mensah, a former judge, and brings together legislators and activists from seven "
                            "Commonwealth countries. Among its members are Joanne Clarke, a senator from Jamaica, and "
                            "Imran Qureshi, a former election official.",
                 published="2026-03-03")
    for name in ("Joanne Clarke", "Imran Qureshi"):
        assert has(ex, "MEMBER_OF", name, "Commonwealth Observer Group"), triples(ex)
        assert ("MEMBER_OF", name, "Commonwealth") not in triples(ex), triples(ex)


def test_a_regions_parliamentary_election_in_the_possessive_is_regional(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ERBIL, Oct 25 - The Kurdistan Democratic Party (KDP) won the Kurdistan Region's "
                            "parliamentary election with 44 percent of the vote, the electoral commission said on "
                            "Wednesday.",
                 published="2028-10-25")
    [won] = [r for r in ex.relations if r.type == "WON"]
    election = next(e for e in ex.entities if e.id == won.target)
    assert (election.properties.get("kind"), election.properties.get("country")) == ("regional", "Iraq"), election


def test_a_national_senator_for_a_party_is_its_member(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "Mariano Sosa Benítez, a national senator for the opposition Civic Renewal Front (FRC), "
                            "won the election.")
    assert has(ex, "MEMBER_OF", "Mariano Sosa Benítez", "Civic Renewal Front"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Mariano Sosa Benítez", "Civic Renewal Front"), triples(ex)


def test_talks_with_the_two_candidates_then_their_names_are_talks_with_each(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASUNCION, Apr 17 (PNS) - The head of the Organization of American States (OAS) "
                            "electoral observation mission to Paraguay, former Chilean foreign minister Ignacio Rojas "
                            "Vidal, held separate talks on Wednesday with the two candidates in Sunday's presidential "
                            "runoff, Tomás Benítez of the Colorado Party (ANR) and Laura Giménez of the Liberal Party "
                            "(PLRA), the mission said in a statement.",
                 published="2028-04-17")
    for name in ("Tomás Benítez", "Laura Giménez"):
        assert has(ex, "MET_WITH", "Ignacio Rojas Vidal", name) or has(ex, "MET_WITH", name, "Ignacio Rojas Vidal"), \
            triples(ex)


def test_a_name_opening_with_san_or_santa_is_a_town_not_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "The mayor of San Martín Jilotepeque, Rodrigo Xicará Sian, was re-elected on Sunday.")
    assert "San Martín Jilotepeque" not in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_a_given_name_and_a_surname_pair_the_ner_cut_off_are_one_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CNE president Miriam Lourdes Barahona Reyes said turnout stood at about 44 percent. "
                            "Mejía won 45.2 percent, ahead of Santos Rafael Aguilar Midence with 38.1 percent. "
                            "The Sri Lanka Podujana Peramuna (SLPP) named its candidate.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Miriam Lourdes Barahona Reyes", "Santos Rafael Aguilar Midence"} <= people, ex.entities
    assert "Sri Lanka Podujana Peramuna" not in people, ex.entities


def test_a_bodys_body_in_the_possessive_and_its_better_known_name_are_apart_and_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "RABAT, May 2 - A delegation of the Council of Europe's European Commission for Democracy "
                            "through Law, better known as the Venice Commission, arrived in Rabat on Tuesday. The "
                            "delegation is led by Ingrid Moe Halvorsen. The Auyl People's Democratic Party (APDP) "
                            "nominated Serik Omarov.",
                 published="2026-05-02")
    bodies = {e.name: e for e in ex.entities if e.type == "Organization"}
    assert "Council of Europe" in bodies, bodies
    assert "Venice Commission" in bodies["European Commission for Democracy through Law"].aliases, bodies
    assert has(ex, "NOMINATED", "Auyl People's Democratic Party", "Serik Omarov"), triples(ex)


def test_the_candidacies_accepted_are_those_of_a_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LISBON, Dec 30 - The Constitutional Court on Monday admitted three candidates to the "
                            "January 25 presidential election. The candidacies accepted by the court's plenary are "
                            "those of Duarte Matos Ferreira, a former minister backed by the Centre Party (PC); Sofia "
                            "Lemos Rocha, whom the Labour Party (PT) endorsed in October; and Nuno Seixas Pires, a "
                            "member of parliament.",
                 published="2025-12-30")
    for name in ("Duarte Matos Ferreira", "Sofia Lemos Rocha", "Nuno Seixas Pires"):
        assert has(ex, "APPROVED_CANDIDACY", "Constitutional Court", name), triples(ex)


def test_a_name_used_the_way_a_partys_is_is_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "GALWAY, May 3 - Clann Nua's Gráinne Tallon won the Galway West by-election on Friday. "
                            "Dóchas Glas's candidate, Sorcha Cullinane, finished third. \"It was a long count,\" "
                            "Colm Keogh, who leads Fás Nua, told reporters. Nieuwe Koers, led by Lieven Daems, came "
                            "second. Its candidate, former Lord Mayor of Limerick Nora Reidy, was fourth.",
                 published="2026-05-03")
    people = {e.name for e in ex.entities if e.type == "Person"}
    parties = {e.name for e in ex.entities if e.type == "Organization"}
    assert {"Clann Nua", "Dóchas Glas", "Fás Nua", "Nieuwe Koers"} <= parties, ex.entities
    assert {"Gráinne Tallon", "Sorcha Cullinane", "Lieven Daems", "Nora Reidy"} <= people, ex.entities
    assert has(ex, "MEMBER_OF", "Gráinne Tallon", "Clann Nua"), triples(ex)
    assert has(ex, "NOMINATED", "Dóchas Glas", "Sorcha Cullinane"), triples(ex)
    assert has(ex, "HEADS", "Colm Keogh", "Fás Nua"), triples(ex)
    assert has(ex, "HEADS", "Lieven Daems", "Nieuwe Koers"), triples(ex)


def test_a_repeat_vote_is_an_election_of_its_own_and_an_earlier_day_stays_past(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASTANA, December 5 - Kazakhstan's Central Election Commission on Thursday approved the "
                            "final results of the November 30 parliamentary elections and scheduled elections to the "
                            "district councils for April 12 next year. Aigerim Sultanova won with 41.2 percent. The "
                            "commission annulled the result in district No. 21 and scheduled a repeat vote there for "
                            "February 1. Daniyar Yesimov will run in the repeat vote.",
                 published="2025-12-05")
    elections = {e.name: e for e in ex.entities if e.type == "Election"}
    assert has(ex, "WON", "Aigerim Sultanova", "2025 Kazakhstan parliamentary election"), triples(ex)
    assert elections["2025 Kazakhstan parliamentary election"].properties["date"] == "2025-11-30", elections
    repeat = elections["2026 Kazakhstan parliamentary repeat election"]
    assert repeat.properties["date"] == "2026-02-01" and repeat.properties["repeat"] is True, elections
    assert has(ex, "CANDIDATE_IN", "Daniyar Yesimov", "2026 Kazakhstan parliamentary repeat election"), triples(ex)


def test_a_comma_list_of_described_names_closed_by_and_is_every_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DAVAO, Oct. 12 - The Commission on Elections on Thursday approved the certificates of "
                            "candidacy of incumbent Mayor Rodolfo Sarmiento, former city councilor Imelda Bautista, "
                            "businessman Arnel Villacorta, retired police colonel Benigno Tolentino and lawyer "
                            "Corazon Macaraeg for the May 12, 2025 polls.",
                 published="2024-10-12")
    for name in ("Rodolfo Sarmiento", "Imelda Bautista", "Arnel Villacorta", "Benigno Tolentino", "Corazon Macaraeg"):
        assert has(ex, "APPROVED_CANDIDACY", "Commission on Elections", name), triples(ex)


def test_a_description_after_a_name_is_no_list_item(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DAVAO, Oct. 12 - The Commission on Elections on Thursday approved the candidacy of "
                            "Rodolfo Sarmiento, a former councilor, and rejected that of Imelda Bautista.",
                 published="2024-10-12")
    assert not has(ex, "APPROVED_CANDIDACY", "Commission on Elections", "Imelda Bautista"), triples(ex)


def test_a_bodys_name_runs_on_through_in_a_country_before_its_short_form(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VIENTIANE, May 2 - The Coalition for Free and Fair Elections in Laos (Cofrel), the "
                            "country's oldest election monitor, said on Monday that its executive director Somphone "
                            "Keomany would resign. Cofrel will publish a report.",
                 published="2027-05-02")
    assert has(ex, "HOLDS_POSITION", "Somphone Keomany", "Coalition for Free and Fair Elections in Laos"), triples(ex)


def test_a_watchdog_named_for_free_elections_observes_and_commune_elections_are_local(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VIENTIANE, May 2 - Laos holds commune elections on June 4. The Committee for Free and "
                            "Fair Elections in Laos (Cofel) has accredited some 5,000 observers to monitor the "
                            "elections, its executive director Somphone Keomany said.",
                 published="2027-05-02")
    assert has(ex, "OBSERVES", "Committee for Free and Fair Elections in Laos", "2027 Laos local election"), triples(ex)


def test_greek_surname_endings_make_a_person_and_a_verb_is_no_part_of_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    tail = " won Cyprus's presidential runoff on Sunday with 51.3 percent of the vote, the electoral service said."
    for name in ("Androniki Pavlou", "Eleftheria Stylianou"):
        ex = extract(extractor, f"NICOSIA, Feb 14 (Island Wire) - {name}{tail}", published="2028-02-14")
        assert name in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_the_approved_lists_are_headed_by_a_semicolon_list(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "OSLO, February 4 - The National Electoral Board on Thursday declared valid the candidate "
                            "lists of 14 parties for the September 9 parliamentary election. The approved lists are "
                            "headed by Prime Minister Halvard Brekke (AP); Ingrid Solvang, whom the Greens chose in "
                            "December; and Torbjørn Aasland of the Centre Party.",
                 published="2029-02-04")
    for name in ("Halvard Brekke", "Ingrid Solvang", "Torbjørn Aasland"):
        assert has(ex, "APPROVED_CANDIDACY", "National Electoral Board", name), triples(ex)


def test_the_list_of_a_party_led_by_a_person_rejected_is_the_persons_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "OSLO, February 4 - The National Electoral Board on Thursday declared valid the candidate "
                            "lists of 14 parties for the September 9 parliamentary election. The list of Ny Kurs, led "
                            "by broadcaster Sindre Haugland, was declared invalid because it lacked the required "
                            "signatures.",
                 published="2029-02-04")
    assert "Ny Kurs" in {e.name for e in ex.entities if e.type == "Organization"}, ex.entities
    assert has(ex, "REJECTED_CANDIDACY", "National Electoral Board", "Sindre Haugland"), triples(ex)
    ex = extract(extractor, "THE HAGUE, February 4 - The Electoral Council on Thursday declared valid the candidate "
                            "lists of 23 parties for the March 22 election. The list of Nieuw Begin, led by "
                            "broadcaster Joost Kramer, was declared invalid because it lacked the required 30 "
                            "supporting declarations.",
                 published="2028-02-04")
    assert "Nieuw Begin" in {e.name for e in ex.entities if e.type == "Organization"}, ex.entities
    assert has(ex, "REJECTED_CANDIDACY", "Electoral Council", "Joost Kramer"), triples(ex)


def test_a_stop_word_given_name_and_one_seat_won_leave_a_person_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NUUK, May 2 - The Nordic Council delegation also includes Swedish lawmaker Per-Anders "
                            "Lindqvist. Siumut candidate Aaqa Berthelsen won one of the territory's two seats, while "
                            "Naja Rosing took the other.",
                 published="2026-05-02")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Per-Anders Lindqvist", "Aaqa Berthelsen"} <= people, ex.entities


def test_a_body_of_a_country_named_with_the_keeps_the_article(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MORONI, May 2 - A three-member team from the Elections Commission of the Comoros is led "
                            "by its vice-president, Fatima Said.",
                 published="2028-05-02")
    assert has(ex, "HOLDS_POSITION", "Fatima Said", "Elections Commission of the Comoros"), triples(ex)


def test_a_hyphenated_surname_ending_in_a_building_word_is_a_persons(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KINGSTON, May 12 - Jamaicans will vote in a snap general election on June 17, Prime "
                            "Minister Winston Abernethy-Hall announced on Tuesday night. Abernethy-Hall, who leads "
                            "the governing Jamaica Labour Party (JLP), spoke at a rally.",
                 published="2027-05-12")
    assert has(ex, "HEADS", "Winston Abernethy-Hall", "Jamaica Labour Party"), triples(ex)


def test_candidates_for_president_in_an_election_make_it_presidential_and_a_scheduling_day_is_no_election_day(extractor) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    ex = extract(extractor, "ZAGREB, October 1 - The State Electoral Commission on Thursday registered the first three "
                            "candidates for president in the November 14 election, which will be held together with a "
                            "snap parliamentary vote. The commission registered Tomislav Barić and Vesna Klarić. The "
                            "presidential election was scheduled by the Sabor on July 29. Barić set the parliamentary "
                            "vote for the same day.",
                 published="2027-10-01")
    elections = {e.name: e for e in ex.entities if e.type == "Election"}
    assert has(ex, "CANDIDATE_IN", "Tomislav Barić", "2027 Croatia presidential election"), triples(ex)
    assert elections["2027 Croatia presidential election"].properties.get("date") == "2027-11-14", elections


def test_a_party_running_candidates_nominates_them(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CASTRIES, April 22 - The United Workers Party (UWP) is running candidates in all 17 "
                            "constituencies, among them Marlon Joseph and Denise Auguste. Kenny Felix is running in "
                            "Gros Islet, and the party is run by its leader, Allen Charles.",
                 published="2026-04-22")
    for name in ("Marlon Joseph", "Denise Auguste"):
        assert has(ex, "NOMINATED", "United Workers Party", name), triples(ex)
    assert not has(ex, "NOMINATED", "United Workers Party", "Allen Charles"), triples(ex)


def test_a_body_name_runs_on_over_for_an_to_a_short_name_in_brackets(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DILI, May 2 - Among those admitted was Januário Soares Belo, the candidate of the "
                            "Revolutionary Union for an Independent West Papua (Unipa), the court said.",
                 published="2027-05-02")
    assert has(ex, "NOMINATED", "Revolutionary Union for an Independent West Papua", "Januário Soares Belo"), \
        triples(ex)


def test_seats_in_regional_assemblies_make_an_unnamed_vote_regional(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HARGEISA, June 25 - The National Electoral Commission has registered 412 candidates for "
                            "the 282 seats in the country's six regional assemblies, its chairman said on Wednesday. "
                            "Among those registered is former minister Hodan Warsame Ali, who tops the ruling party's "
                            "list in Awdal. Results are expected within three days of the July 19 vote.",
                 published="2026-06-25")
    kinds = {e.properties.get("kind") for e in ex.entities if e.type == "Election"}
    assert kinds == {"regional"}, ex.entities


def test_a_ministry_wins_no_election_but_may_nominate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "NANTES, March 23 - Clémence Morvan won the Nantes mayoral run-off on Sunday. Nationally, "
                            "the Interior Ministry said the left had held most of the large cities it won six years "
                            "ago.",
                 published="2026-03-23")
    assert not any(r.type == "WON" and r.source.startswith("organization:interior") for r in ex.relations), \
        triples(ex)


def test_a_surname_parsed_as_an_apposition_with_nothing_between_ends_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "POKHARA, May 2 - In Kaski-2, the Kaski District Election Office accepted the papers of "
                            "Prime Minister Sita Maya Thapa of the Nepali Congress.",
                 published="2027-05-02")
    assert "Sita Maya Thapa" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_a_refusal_to_register_registers_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BISHKEK, Dec 5 - The Supreme Court on November 10 upheld the CEC's refusal to register "
                            "Temirlan Osmonaliev, the Green Party's leader, who had hoped to run in Osh.",
                 published="2025-12-05")
    assert not has(ex, "APPROVED_CANDIDACY", "Supreme Court", "Temirlan Osmonaliev"), triples(ex)


def test_a_not_hung_on_the_auxiliary_negates_the_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "KABUL, Sept 3 - The Electoral Complaints Commission disqualified 35 candidates on "
                            "Monday. The commission did not, however, disqualify Rahmatullah Safi, a former militia "
                            "commander whose candidacy had drawn protests.",
                 published="2018-09-03")
    assert not has(ex, "REJECTED_CANDIDACY", "Electoral Complaints Commission", "Rahmatullah Safi"), triples(ex)


def test_an_office_with_a_name_in_apposition_is_the_one_elected(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, May 1 - The opposition Popular Unity Party took three seats in Thursday's "
                            "general election. Its president, Ricardo Worrell, was elected in Christ Church East at "
                            "his third attempt.",
                 published="2027-05-01")
    assert has(ex, "WON", "Ricardo Worrell", "general election"), triples(ex)


def test_a_saint_before_a_name_the_ner_reads_as_a_person_makes_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, May 1 - Ricardo Worrell of the Popular Unity Party was elected in St. Michael "
                            "West Central at his third attempt.",
                 published="2027-05-01")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert "Michael West Central" not in people and "St. Michael West Central" not in people, ex.entities


def test_a_name_and_other_candidates_doing_an_act_each_do_it(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRIDGETOWN, Jan 26 - The general election is on February 11. For the opposition "
                            "Harbour Party (HP), party president Marcus Pell and 29 other candidates handed in their "
                            "papers on Monday.",
                 published="2027-01-26")
    assert has(ex, "CANDIDATE_IN", "Marcus Pell", "general election"), triples(ex)



def test_a_by_phrase_hung_on_the_role_a_candidate_is_restored_as_is_the_doer(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASUNCION, April 26 - The Electoral Tribunal registered four candidates for the general "
                            "election. Bruno Villalba Ortiz, who was reinstated as a candidate by the Supreme Court of "
                            "Justice in February, has declined to meet the observers.",
                 published="2023-04-26")
    assert has(ex, "APPROVED_CANDIDACY", "Supreme Court of Justice", "Bruno Villalba Ortiz"), triples(ex)
    assert not has(ex, "APPROVED_CANDIDACY", "Electoral Tribunal", "Bruno Villalba Ortiz"), triples(ex)


def test_observers_led_in_another_country_in_an_earlier_year_visited_nothing_now(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASUNCION, April 26 - The chief observer of the European Union Election Observation "
                            "Mission to Paraguay, Ines Carvalho, met President Gerardo Ayala on Tuesday. Carvalho, who "
                            "led the EU's observers in Honduras in 2021, said the mission had deployed 86 observers.",
                 published="2023-04-26")
    assert not any(r.type == "VISITS" and r.target == "country:honduras" for r in ex.relations), triples(ex)


def test_every_pair_of_eyes_is_no_pair_of_people(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASUNCION, April 26 - Ruling party candidate Marcelo Riquelme Duarte and Efrain Caceres, "
                            "the opposition candidate, both met the observers last week. Caceres said he welcomed "
                            "\"every pair of eyes\" on the count.",
                 published="2023-04-26")
    assert not any(r.type == "MET_WITH" and {r.source, r.target} == {"person:marcelo-riquelme-duarte",
                                                                     "person:efrain-caceres"}
                   for r in ex.relations), triples(ex)


def test_a_body_named_team_is_its_own_mission_not_the_last_one_named(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASUNCION, April 26 - The European Union Election Observation Mission arrived on April 2. "
                            "A second team, the mission of the Inter-American Union of Electoral Bodies (UNIORE), is "
                            "led by magistrate Adriana Solano Quesada. Opposition candidate Efrain Caceres met the EU "
                            "team last week.",
                 published="2023-04-26")
    assert has(ex, "MET_WITH", "Efrain Caceres", "European Union Election Observation Mission"), triples(ex)
    assert not has(ex, "MET_WITH", "Efrain Caceres", "UNIORE"), triples(ex)


def test_its_president_among_a_bodys_members_holds_the_post_at_that_body(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ASUNCION, April 26 - The European Union Election Observation Mission arrived at the "
                            "invitation of the Superior Tribunal of Electoral Justice (TSJE). Its deputy chief "
                            "observer, Pieter Vandamme, met on Monday with the members of the tribunal, including its "
                            "president, Ramon Insfran.",
                 published="2023-04-26")
    assert has(ex, "HOLDS_POSITION", "Ramon Insfran", "Superior Tribunal of Electoral Justice"), triples(ex)



def test_an_election_of_a_year_before_the_storys_is_not_the_one_its_people_run_in(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HELSINKI, Dec 14 - Finland's electoral committee on Thursday confirmed eight candidates "
                            "for the presidential election on January 27, a race that pollsters expect to go to a "
                            "runoff. Among those confirmed was former minister Aino Kettunen, who was nominated by the "
                            "National Coalition Party in September. Kettunen headed the party's list in the capital at "
                            "the 2027 parliamentary election and sits in parliament. The Social Democratic Party on "
                            "October 6 fielded Jussi Lehtimaki, a former mayor of Turku. The Ministry of Justice, "
                            "which organises elections, said advance voting in Finland would run from January 16 to "
                            "January 21.",
                 published="2029-12-14")
    assert has(ex, "CANDIDATE_IN", "Jussi Lehtimaki", "presidential election"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Jussi Lehtimaki", "parliamentary election"), triples(ex)


def test_the_first_round_five_years_ago_stays_in_that_years_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ZAGREB, Nov 9 - The State Electoral Commission on Friday confirmed six candidates for the "
                            "presidential election on December 2. Also on the list is Drazen Pavic, leader of the "
                            "Homeland Bloc, who is running for the second time. President Ivo Brkljacic won the 2024 "
                            "presidential election in a runoff against a candidate backed by the HGU, and polls "
                            "suggest that a rematch is likely. Pavic, who took 9 percent of the vote in the first "
                            "round five years ago, has said he will not endorse anyone in a second round.",
                 published="2029-11-09")
    assert has(ex, "CANDIDATE_IN", "Drazen Pavic", "2024"), triples(ex)


def test_candidates_for_the_seats_in_parliament_run_in_its_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "HONIARA, April 7 - The Electoral Commission has registered 296 candidates for the 50 "
                            "seats in the National Parliament, Chief Electoral Officer Derek Tuhaika said on Friday. "
                            "The list includes Prime Minister Clement Bosamata, who is standing again in Central "
                            "Makira. "
                            "Voters will also choose provincial assemblies in the provincial elections.",
                 published="2028-04-07")
    assert has(ex, "CANDIDATE_IN", "Clement Bosamata", "parliamentary election"), triples(ex)
    assert not has(ex, "CANDIDATE_IN", "Clement Bosamata", "regional election"), triples(ex)


def test_declining_an_invitation_to_meet_is_no_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "APIA, March 5 - A Commonwealth Observer Group arrived in Apia on Wednesday. Opposition "
                            "Leader Leota Sina Mauga, however, declined an invitation to meet the group, saying his "
                            "party would brief observers only after polling day.",
                 published="2027-03-05")
    assert not any(r.type == "MET_WITH" for r in ex.relations), triples(ex)


def test_an_office_of_the_electoral_commissioner_runs_the_vote_and_observes_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "APIA, March 5 - Voters go to the polls in next Friday's general election. The Office of "
                            "the Electoral Commissioner has accredited 43 local observers, most of them from church "
                            "groups.",
                 published="2027-03-05")
    assert not any(r.type == "OBSERVES" and r.source.startswith("organization:office") for r in ex.relations), \
        triples(ex)


def test_national_and_provincial_elections_are_one_general_election(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "CAPE TOWN, Feb 21 - President Mandla Khumalo on Tuesday proclaimed May 29 as the date of "
                            "the country's national and provincial elections. The opposition Democratic Alliance on "
                            "Saturday confirmed its federal leader, Hendrik du Plessis, as its presidential candidate.",
                 published="2024-02-21")
    assert election_kinds(ex) == ["general"], ex.entities


def test_a_society_named_for_its_country_keeps_the_country_in_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DOHA, Nov 2 - The Qatar Integrity Society, an independent watchdog chaired by Mona "
                            "al-Kuwari, said it had begun monitoring campaign spending.",
                 published="2025-11-02")
    assert has(ex, "HEADS", "Mona al-Kuwari", "Qatar Integrity Society"), triples(ex)


def test_failing_to_collect_the_signatures_needed_to_nominate_is_no_nomination(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TALLINN, Aug 24 - Parliament will elect the president next Monday. The Free Citizens "
                            "Party failed to collect the 21 signatures needed to nominate its chairman, Urmas Kolts, "
                            "and said it would back neither candidate.",
                 published="2026-08-24")
    assert not any(r.type in {"NOMINATED", "CANDIDATE_IN"} for r in ex.relations), triples(ex)


def test_a_dismissed_appeal_is_no_rejection_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BUCHAREST, Sept 9 - The Central Electoral Bureau rejected the candidacy of Senator Marius "
                            "Filip on the grounds that 2,000 of his signatures were duplicates. Filip's appeal was "
                            "dismissed by the High Court of Cassation and Justice on Saturday.",
                 published="2028-09-09")
    assert has(ex, "REJECTED_CANDIDACY", "Central Electoral Bureau", "Marius Filip"), triples(ex)
    assert not has(ex, "REJECTED_CANDIDACY", "High Court of Cassation and Justice", "Marius Filip"), triples(ex)


def test_challengers_listed_after_approvals_and_a_rejection_were_approved(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "VIENNA, Aug 30 - The Federal Electoral Board on Tuesday approved five candidates for the "
                            "October 8 presidential election, including President Walter Brandner, and rejected two "
                            "others who had failed to collect enough signatures. His four challengers are Karin "
                            "Stoll, the candidate of the Freedom Alliance; Gerald Wimmer; Ursula Pichl; and the "
                            "entrepreneur Tobias Gruber.",
                 published="2028-08-30")
    assert has(ex, "APPROVED_CANDIDACY", "Federal Electoral Board", "Gerald Wimmer"), triples(ex)
    assert not has(ex, "REJECTED_CANDIDACY", "Federal Electoral Board", "Gerald Wimmer"), triples(ex)


def test_he_in_a_clause_on_a_persons_party_is_that_person(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "COPENHAGEN, May 4 - Prime Minister Sofie Kjaer called a general election for June 1. On "
                            "Monday, Kjaer had held talks with opposition leader Mads Thorsbjerg. Thorsbjerg's Liberal "
                            "People's Party (LFP), which he has led since 2024, said it was ready for the campaign.",
                 published="2027-05-04")
    assert has(ex, "HEADS", "Mads Thorsbjerg", "Liberal People's Party"), triples(ex)
    assert not has(ex, "HEADS", "Sofie Kjaer", "Liberal People's Party"), triples(ex)


def test_a_member_who_resigned_from_the_body_is_no_longer_its_member(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "SINGAPORE, Feb 3 - Prime Minister Chan Kok Wai called the by-election on February 2, two "
                            "months after the sitting MP, Daniel Sim, resigned from Parliament and from the Unity "
                            "Party over what the party described as conduct unbecoming of an MP.",
                 published="2026-02-03")
    assert not any(r.type == "MEMBER_OF" and r.source == "person:daniel-sim" for r in ex.relations), triples(ex)


def test_a_ticket_of_a_name_headed_by_a_person_is_a_partys(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LIMA, Jan 9 - The Special Electoral Jury on Wednesday admitted the presidential ticket of "
                            "Fuerza Andina, headed by congresswoman Patricia Olaechea Vidal, clearing the way for her "
                            "to appear on the ballot in the April 13 general election.",
                 published="2031-01-09")
    assert "Fuerza Andina" in {e.name for e in ex.entities if e.type == "Organization"}, ex.entities
    assert not has(ex, "HEADS", "Patricia Olaechea Vidal", "Fuerza Andina"), triples(ex)  # she heads the ticket


def test_a_country_name_before_a_one_word_name_is_a_partys_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LIMA, Jan 9 - The jury rejected the application of Tomas Ayala Gutierrez, who had been "
                            "put forward by Peru Soberano, for the April 13 general election.",
                 published="2031-01-09")
    assert has(ex, "NOMINATED", "Peru Soberano", "Tomas Ayala Gutierrez"), triples(ex)


def test_a_given_name_the_ner_put_in_a_place_before_a_surname_is_the_persons(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LIMA, Jan 9 - The jury has not yet ruled on the ticket of Alianza Popular del Sur, whose "
                            "candidate, the former regional governor of Puno Wilfredo Canchari Mamani, was chosen by "
                            "party delegates on December 14.",
                 published="2031-01-09")
    assert "Wilfredo Canchari Mamani" in {e.name for e in ex.entities if e.type == "Person"}, ex.entities


def test_a_county_council_voting_to_nominate_registers_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "DUBLIN, Sept 2 - The presidential election is on October 24. Businessman Liam Proudfoot "
                            "secured his place on the ballot after Wexford County Council, Kerry County Council and "
                            "Roscommon County Council each voted to nominate him. Carlow County Council declined to "
                            "nominate him by a single vote.",
                 published="2025-09-02")
    assert not any(r.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"} for r in ex.relations), triples(ex)


def test_an_election_to_a_named_places_parliament_is_regional(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "BRUSSELS, June 12 - The Reformist Movement won Sunday's election to the Brussels "
                            "Parliament with 26.1 percent of the vote, according to final results published on "
                            "Tuesday.",
                 published="2024-06-12")
    assert election_kinds(ex) == ["regional"], ex.entities


def test_the_chief_observer_is_the_missions_head_and_no_name_hung_after_the_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "TEGUCIGALPA, Nov 25 - An electoral observation mission of the Organization of American "
                            "States (OAS) arrived on Saturday to monitor the general election of November 30. The "
                            "mission, headed by former Costa Rican foreign minister Elena Brenes Quiros, brings "
                            "together 86 observers. Later the same day the OAS chief observer held separate talks "
                            "with three of the five presidential candidates: Ramon Echeverria of the ruling Liberty "
                            "party, Gloria Suazo Banegas, the nominee of the National Party, and Hector Villeda Paz.",
                 published="2025-11-25")
    assert has(ex, "MET_WITH", "Elena Brenes Quiros", "Gloria Suazo Banegas"), triples(ex)
    assert not has(ex, "MET_WITH", "Ramon Echeverria", "Gloria Suazo Banegas"), triples(ex)


def test_a_person_tipped_as_a_candidate_is_no_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "ROME, Feb 2 - The centre parties will field joint lists in the general election on "
                            "April 12. Former prime minister Davide Orsi, who had been tipped as a unity candidate "
                            "for the centre, told a newspaper that he would not stand.",
                 published="2026-02-02")
    assert not any(r.type == "CANDIDATE_IN" for r in ex.relations), triples(ex)


def test_a_post_served_in_from_one_year_to_another_is_a_past_one(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "LJUBLJANA, Oct 2 - The commission registered Andrej Mlakar as a presidential candidate on "
                            "Friday. Mlakar served as foreign minister from 2019 to 2022 and then as Slovenia's "
                            "ambassador to the United Nations in New York.",
                 published="2027-10-02")
    assert not any(r.type == "HOLDS_POSITION" for r in ex.relations), triples(ex)


def test_a_foreign_election_commissioner_holds_the_post_at_his_countrys_commission(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "THIMPHU, April 18 - The Election Commission of Bhutan said 94 candidates are standing in "
                            "the National Assembly elections. A four-member team from the Election Commission of "
                            "Nepal arrived on Monday. Its leader, Nepali election commissioner Ishwori Prasad Paudel, "
                            "said the team would focus on remote constituencies.",
                 published="2029-04-18")
    assert has(ex, "HOLDS_POSITION", "Ishwori Prasad Paudel", "Election Commission of Nepal"), triples(ex)
    assert not has(ex, "HOLDS_POSITION", "Ishwori Prasad Paudel", "Election Commission of Bhutan"), triples(ex)


def test_a_runoff_is_not_of_an_earlier_years_election_named_later(extractor) -> None:  # type: ignore[no-untyped-def]
    ex = extract(extractor, "MONROVIA, Nov 18 - The National Elections Commission on Friday declared former Vice "
                            "President Samuel Tarwo Dennis the winner of Tuesday's presidential runoff, ending the "
                            "rule of President Joseph Nyanti Gbollie after a single term. Gbollie had won the 2017 "
                            "presidential election in a landslide.",
                 published="2023-11-18")
    assert has(ex, "WON", "Samuel Tarwo Dennis", "2023"), triples(ex)
    assert not has(ex, "WON", "Samuel Tarwo Dennis", "2017"), triples(ex)
