"""Finding the mentions of people, organizations, places, delegations and elections in a Doc.

The statistical NER of a small model makes the same few mistakes on wire copy again and again;
`MentionFinder` starts from `doc.ents` and repairs them with rules over tokens, the parse and
entity types:

- a title, an occupation or a country glued to a name ("Azerbaijan Mazahir Panahov");
- organization names cut short ("The Central Election Commission of"), or with their
  acronym swallowed ("the Parliamentary Assembly of the Council of Europe (PACE");
- a person's name glued to the end of an organization ("the National Assembly Rositsa Koleva");
- a dateline glued to the first name ("CHISINAU - Victor Rusu");
- people typed as organizations or places and the other way round, decided by the name's
  shape and its context (a title before it, "who", an appositive role, an acronym after it);
- names the NER misses: "the Zhany Zhol party", "the Special Electoral Jury (JEE)".

It then adds what the NER does not know about: delegations and missions, elections, titles.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LOWER, ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ingest.dates import MONTHS as MONTH_NAMES
from ingest.dates import untagged_day
from ingest.lexicon import Lexicon, fold, plain

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
             "FAC": "Location", "NORP": "Organization", "PRODUCT": "Organization", "EVENT": "Organization",
             "WORK_OF_ART": "Organization"}
DETERMINERS = {"the", "a", "an"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}  # ("His National Unity bloc")
BODY_NAME_ENDINGS = {"headquarters", "directorate", "secretariat", "commission", "committee", "council", "ministry",
                     "bureau", "agency", "authority", "department", "tribunal"}
NOUN_PARTY_NAMES = {"labour", "labor"}  # party names that are nouns, whatever the tagger says
# offices a popular vote fills, and the kind of election that fills them
ELECTED_OFFICES = {"mayor": "local", "council": "local", "councillor": "local", "councilor": "local",
                   "governor": "regional"}
PEACEKEEPING_WORDS = {"peacekeeping", "peace-keeping", "stabilization", "stabilisation", "peace"}
# who a visiting team is made of: "a team of six observers from CARICOM", "a team of election experts from the ODIHR"
TEAM_MEMBER_NOUNS = {"observers", "monitors", "experts", "specialists", "parliamentarians", "lawmakers", "legislators"}
# words glued to names that are never part of them
OCCUPATIONS = {
    "businessman", "businesswoman", "economist", "diplomat", "lawyer", "journalist", "activist",
    "opposition", "candidate", "incumbent", "veteran", "retired", "academic", "professor", "dr", "mr",
    "mrs", "ms", "sir", "lawmaker", "legislator", "politician", "banker", "engineer", "teacher",
    "doctor", "colonel", "former", "ex", "then", "late", "ambassador", "mp", "senator", "councillor",
    "councilor", "municipal", "deputy", "acting", "interim", "outgoing", "caretaker", "nominee",
    "president-elect", "governor", "mayor", "speaker", "chairman", "chairwoman", "minister",
    "mps", "lawmakers", "senators", "legislators",  # ("former MPs A and B")
    "bishop", "justice", "judge", "reverend", "rev", "sheikh", "imam", "pastor", "father", "dame", "lord",
    "lady", "major", "captain", "general", "jurist", "re-electionist", "first-time", "hopeful",
}
# the words a two-word place name opens or ends with, which no person's name does: "Port Macquarie", "Coffs Harbour"
PLACE_FIRST_WORDS = frozenset({"Port", "Mount", "Lake", "Fort", "Cape"})
PLACE_LAST_WORDS = frozenset({"Harbour", "Harbor", "Bay", "Beach", "Springs", "Falls", "Creek", "Valley", "Heights",
                              "Island", "Islands", "Point"})
# what a legislature is dissolved, convened or elected for
BODY_VERBS = {"dissolve", "convene", "adopt", "pass", "ratify", "debate", "suspend", "prorogue", "recall", "reconvene"}
# votes that are no election
AND_OF_IDS = frozenset({get_string_id("and"), get_string_id("of")})
# what an outlet is called beside its name: "the tabloid X", "the X newspaper"
OUTLET_NOUNS = frozenset({"newspaper", "daily", "weekly", "tabloid", "magazine", "broadsheet", "broadcaster"})
# what a body is called in apposition to its name ("The State Great Khural, Mongolia's parliament"), never a person
BODY_WORDS = frozenset({"parliament", "legislature", "assembly", "congress", "senate", "government", "cabinet",
                        "court", "council", "commission", "presidency"})
# a body named before, called by what it is: "the bloc sent 40 observers"
BODY_NOUNS = frozenset({"bloc", "body", "organization", "organisation"})
# what a vote put to the people is on: "a vote on an initiative", "the national vote on the constitutional amendment"
REFERENDUM_QUESTIONS = frozenset({"initiative", "proposal", "amendment", "constitution", "independence", "treaty",
                                  "membership", "question", "measure"})


def _held_on(election: Token) -> int | None:
    """The month of a full date, year and all, in an "on" phrase on the verb that holds an election ("will hold
    its first general election since independence on December 22, 2024"; "the presidential election to be held
    on January 27, 2030")."""
    verbs = [c for c in election.children if c.dep_ in {"acl", "relcl"} and c.lemma_ == "hold"]
    doc = election.doc
    if election.i + 3 < len(doc) and [t.lower_ for t in doc[election.i + 1:election.i + 3]] == ["to", "be"] \
            and doc[election.i + 3].lemma_ == "hold":
        verbs.append(doc[election.i + 3])  # (with "to be held" hung elsewhere)
    if election.dep_ in {"dobj", "nsubjpass"} and election.head.lemma_ == "hold":
        verbs.append(election.head)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                for o in prep.children:
                    if o.dep_ == "pobj" and o.lower_ in MONTH_NAMES and any(
                            c.dep_ == "nummod" and re.fullmatch(r"(19|20)\d\d", c.text) for c in o.children):
                        return o.i
    return None


def _won_in(election: Token) -> Token | None:
    """The month or year of an "in" phrase on the past-tense verb that won or held an election, or on its
    participle clause ("won a state election ..., taking 35.1 percent in Styria in November")."""
    verb = election.head
    if election.dep_ != "dobj" or verb.tag_ != "VBD" or verb.lemma_ not in {"win", "hold", "lose", "contest"}:
        return None
    # (not "won the party's primary on Sunday, making her its candidate for the general election in May next
    # year": the date of the election the clause names)
    for holder in (verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(
            t.lemma_ in {"election", "vote", "poll", "ballot"} for t in c.subtree))):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for o in prep.children:
                    if o.dep_ == "pobj" and o.ent_type_ == "DATE" and (
                            o.lower_ in MONTH_NAMES or re.fullmatch(r"(19|20)\d\d", o.text)) \
                            and not any(t.lower_ in {"next", "following", "coming"} for t in o.subtree):
                        return o
    return None


def _served_once(doc: Doc, start: int) -> bool:
    """"who once served as deputy chairman of X", "had served as its president": a post held before (also
    "served as foreign minister from 2019 to 2022 and then as Slovenia's ambassador": a past stretch)."""
    k = start - 1
    while k > 0 and start - k <= 3 and (doc[k].text in {"'s", "’s"} or doc[k].pos_ == "PROPN"
                                        and doc[k].dep_ == "poss"):
        k -= 1  # ("as Slovenia's ambassador")
    if k < 1 or doc[k].lower_ != "as":
        return False
    verb = doc[k].head if doc[k].dep_ in {"prep", "conj"} else doc[k - 1]
    while verb.dep_ == "conj" and verb.pos_ == "ADP":
        verb = verb.head
    if verb.lemma_ != "serve":
        return False
    return any(c.lower_ in {"once", "previously", "formerly", "earlier"} and c.dep_ == "advmod"
               or c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
        or verb.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            t.lower_ in {"to", "until", "till"} for t in c.subtree) for c in verb.children)


def _vote_on_a_question(vote: Token) -> bool:
    """Whether a vote is on a question rather than for people ("a federal vote held the same day on an initiative
    that would ..."): "on" and the question within a few words, in the same clause (the parse may hang the "on"
    phrase on a misread verb)."""
    doc = vote.doc
    for t in doc[vote.i + 1:min(vote.i + 7, vote.sent.end)]:
        if t.is_punct or t.tag_ in {"VBZ", "VBP", "MD"}:
            return False
        if t.lower_ == "on":
            return any(o.dep_ == "pobj" and o.lemma_ in REFERENDUM_QUESTIONS for o in t.children)
    return False


NOT_ELECTION_VOTES = {"confidence", "no-confidence", "censure", "impeachment", "budget", "procedural", "party-line",
                      "parliamentary-confidence", "floor"}
# people who form a delegation when a number of them is led by someone: "Three officials of X, headed by Y"
LED_GROUP_NOUNS = frozenset({"officials", "experts", "commissioners", "lawmakers", "legislators", "parliamentarians"})
# what a delegation does: is led, travels, observes, meets
DELEGATION_ACTS = {"lead", "head", "chair", "arrive", "visit", "travel", "observe", "monitor", "meet", "tour"}
NAME_CONNECTORS = {"of", "for", "and", "the", "de", "del", "la", "los", "las", "por", "y", "e", "do", "da", "des",
                   "du", "le", "el", "al", "pour", "et", "di", "van", "von", "ng", "sa", "ek"}
NAME_LINKS = frozenset({"of", "and", "the", "for"})  # the small words inside a body's name in English
# and in a name its bracketed acronym spells out: "the Union for Change in the North (UCN)"
SPELLED_CONNECTORS = NAME_CONNECTORS | {"in", "on", "an", "a"}
# a lower-case word inside a name in another language ("Partido Lakas ng Masa", "Partido de la ...")
FOREIGN_CONNECTORS = frozenset({"ng", "sa", "de", "del", "do", "da", "dos", "das", "du", "des", "di", "la", "el",
                                "ek", "para", "por", "pour", "pelo", "pela", "con", "y", "e", "cha", "ya", "na", "wa"})
# what a party's people are called after its name: "the Llais Cymru councillor"
PARTY_MEMBER_NOUNS = frozenset({"councillor", "councilor", "candidate", "nominee", "lawmaker", "legislator", "mp",
                                "deputy", "senator", "mayor", "activist", "politician"})
PARTY_NOUNS = {"party", "coalition", "movement", "alliance", "bloc", "front", "union", "list"}
# "Partido Bagong Pilipinas", "Parti socialiste", "Partia Demokratike": "party" in names left untranslated
FOREIGN_PARTY_WORDS = {"partido", "parti", "partei", "partia", "partij", "partidul", "partiet", "partiya", "stranka",
                       "strana", "puolue", "partito", "partit", "partidu", "partisi", "partai", "movimiento",
                       "movimento", "alianza", "alianca", "frente", "dal", "morcha", "gathbandhan", "sangh",
                       "paksha", "kazhagam", "katchi", "plaid", "jamiat", "jamaat", "tehreek", "hizb", "fuerza",
                       "forca", "coalicion", "bloque", "bloco", "chama"}
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
ARTICLES = frozenset({"the", "a", "an", "la", "le", "les", "el", "los", "las", "il", "lo", "der", "die", "das"})
PERSON_CONTEXT_NOUNS = {
    "candidate", "nominee", "flag-bearer", "flagbearer", "standard-bearer", "member", "chairman", "chairwoman",
    "chair", "head", "leader", "president",
    "minister", "deputy", "mayor", "governor", "senator", "lawyer", "economist", "diplomat", "businessman",
    "businesswoman", "lecturer", "councillor", "official", "spokesman", "spokeswoman", "secretary",
    "director", "professor", "ambassador", "vice-president", "vice-chancellor", "speaker", "observer",
    "journalist", "activist", "politician", "rival", "challenger", "incumbent", "winner", "officer",
}
# callings said before a name or in apposition to it ("trade unionist X", "X, an architect"), beyond the titles
PERSON_NOUNS = frozenset({
    "architect", "writer", "author", "poet", "farmer", "surgeon", "physician", "nurse", "singer", "actor", "actress",
    "entrepreneur", "scholar", "analyst", "consultant", "executive", "tycoon", "magnate", "broadcaster", "presenter",
    "blogger", "preacher", "cleric", "historian", "trader", "footballer", "athlete", "musician", "photographer",
    "filmmaker", "accountant", "educator", "lawmaker", "legislator", "businessman", "businesswoman", "banker",
    "engineer", "teacher", "jurist", "lecturer", "academic", "retiree", "veteran", "hopeful", "newcomer",
    "captain", "officer", "commander", "pilot", "soldier", "policeman", "policewoman", "fisherman", "priest",
    "pastor", "mechanic", "midwife", "businessperson"})
NOT_PERSON_LISTS = frozenset({"shortlist", "checklist", "playlist", "blacklist", "waitlist", "wishlist", "whitelist"})


# "National Council", "Federal Council": a country's house, not a town's council
NATIONAL_COUNCIL_WORDS = frozenset({"national", "federal"})


def _state_named_in(doc: Doc, token: Token, lex: Lexicon) -> bool:
    """A place in the token's sentence that is neither a country nor a city the lexicon knows: a state or
    province ("West Bengal", "Kerala")."""
    sent = token.sent
    return any(t.ent_iob_ == "B" and t.text[:1].isupper() and (
        t.ent_type_ == "GPE" and not lex.country(ent_text) and not lex.is_city(ent_text)
        or fold(ent_text) in lex.regions) for t in doc[sent.start:sent.end]
        for ent_text in [doc[t.i:t.i + len(_ent_tokens(doc, t.i))].text])


# the parts of the United Kingdom, which news treats now as regions, now as countries of their own
UK_NATIONS = frozenset({"scottish", "welsh", "northern irish", "english", "scotland", "wales", "northern ireland",
                        "england"})
REGION_HOUSE_NOUNS = frozenset({"assembly", "parliament", "legislature", "landtag", "council"})


def _regional_legislature(election: Token, lex: Lexicon) -> bool:
    """An election whose words name a region's legislature: "the Bavarian Landtag election", "elections for
    two seats in the Tasmanian Legislative Council" (a council only as a legislative one, not a city's)."""
    doc = election.doc
    words = list(election.subtree)
    if election.i + 1 < len(doc) and doc[election.i + 1].lower_ == "to" and doc[election.i + 1].dep_ == "prep" \
            and doc[election.i + 1].head.i != election.i:
        words += list(doc[election.i + 1].subtree)  # "standing in elections to the Basque Parliament", misattached
    for t in words:
        if t.lower_ not in REGION_HOUSE_NOUNS or abs(t.i - election.i) > 10 or t.sent.start != election.sent.start:
            continue
        lefts = [c for c in t.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        if t.lower_ == "council" and not any(c.lower_ == "legislative" for c in lefts):
            continue
        # ("the Parliament of Catalonia": the region after "of")
        places = [o for p in t.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"]
        if any(c.text[:1].isupper() and fold(c.text) not in UK_NATIONS and (
                fold(c.text) in lex.region_adjectives or fold(c.text) in lex.regions
                and not lex.country(c.text) and not lex.is_city(c.text)) for c in [*lefts, *places]):
            return True
    return False


def _its_clause_of(its: Token, verb: Token) -> bool:
    """Whether "its" speaks of the subject of `verb`: in the verb's own clause, or in a clause under it that
    has no subject of its own ("picked X to lead its list") or whose subject holds the "its" ("confirmed that its
    chairwoman would lead"), not "said the commission had changed its rules"."""
    clause = next((a for a in its.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while clause is not None and clause.i != verb.i:
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if clause.dep_ not in {"xcomp", "ccomp", "advcl"} or subject is not None and not subject.is_ancestor(its) \
                or subject is not None and clause.head.i != verb.i:
            return False
        clause = clause.head
    return clause is not None


LISTED_PEOPLE_NOUNS = frozenset({"nominee", "candidate", "member", "rival", "challenger", "contender", "winner"})
POLITICAL_CALLINGS = frozenset({"candidate", "nominee", "member", "lawmaker", "legislator", "deputy", "mp", "senator",
                                "councillor", "councilor", "activist", "supporter", "loyalist", "veteran", "politician",
                                "hopeful", "incumbent", "challenger", "leader", "stalwart", "official", "spokesman",
                                "spokeswoman", "spokesperson"})


def _calling_then_name(doc: Doc, k: int, people_at: set[int], title_words: frozenset[str]) -> bool:
    """One to three lower-case words for a calling ("restaurant owner", "businessman") from doc[k], then a
    person's name (not a post's title: "Siumut chairman X" is the party's)."""
    j = k
    while j < len(doc) and j - k < 3 and doc[j].is_lower and doc[j].pos_ == "NOUN":
        j += 1
    if k == j or any(fold(t.text) in title_words or t.lower_ in POLITICAL_CALLINGS for t in doc[k:j]):
        return False  # ("Labour candidate X": the party's)
    calling = doc[j - 1]
    return j in people_at and (calling.lower_ in OCCUPATIONS or is_person_noun(calling)
                               or calling.lower_.endswith(("er", "or", "man", "woman", "ist")))


def _a_few(noun: Token) -> bool:
    """"Two observers", "12 monitors": a handful counted, as a visiting team is (not "1,000 local observers")."""
    count = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if count is None or any(c.lower_ in {"local", "domestic", "citizen", "national"} for c in noun.children):
        return False
    return 0 < (number_of(count) or 0) <= 50


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}


def number_of(token: Token) -> int | None:
    """The count a word or a figure says ("two", "12"), if any."""
    return NUMBER_WORDS.get(token.lower_) or (int(token.text) if token.text.isdigit() else None)


def _list_parts(doc: Doc, start: int, end: int, commas: bool = True) -> list[tuple[int, int]]:
    """The spans of doc[start:end] between its "and"s (and commas)."""
    parts: list[tuple[int, int]] = []
    for k in range(start, end + 1):
        if k == end or doc[k].lower_ == "and" or commas and doc[k].text == ",":
            if start < k:
                parts.append((start, k))
            start = k + 1
    return parts


def is_person_noun(token: Token) -> bool:
    """A common noun for someone's calling: one of PERSON_NOUNS, or a word like "novelist", "unionist"."""
    word = token.lower_
    return token.is_lower and token.pos_ == "NOUN" and (
        word in PERSON_NOUNS or len(word) > 6 and word.endswith("ist") and word not in NOT_PERSON_LISTS)


PERSON_VERBS = {"say", "tell", "add", "note", "emphasize", "stress", "thank", "claim", "call", "urge",
                "warn", "resign", "insist", "argue", "announce", "promise", "vow", "deny"}
SEPARATORS = {",", ";", ":", "(", ")", "-", "–", "—", "and", "or", "'s", "’s"}
HYPHENS = {"-", "–"}
NAME_PARTICLES = {"de", "del", "da", "das", "do", "dos", "van", "von", "der", "den", "di", "du", "la", "le", "bin",
                  "bel", "ben", "ould", "bint",
                  "ibn", "al", "el", "ter", "ten", "y"}
# capitalised at the start of a sentence and read as names: "Turnout was 61 percent"
NOT_NAMES = {"turnout", "voting", "polling", "counting", "campaigning", "meanwhile", "however", "earlier", "later",
             "results", "observers", "voters", "officials", "analysts", "critics", "opponents", "supporters",
             "sultanate", "kingdom", "emirate", "principality",  # "a visit to the Sultanate": the country
             "covid-19", "covid", "coronavirus", "ebola", "mpox",  # ("because of COVID-19": a disease)
             "gmt", "utc"}  # ("at 1800 GMT")
FRIENDSHIP_HEADS = {"group", "league", "society", "association", "commission", "committee"}
ROMAN = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})")  # a regnal number after a name
ROYAL_STYLES = frozenset({"majesty", "highness", "excellency"})
KNIGHTLY_STYLES = frozenset({"Dame", "Sir"})  # "Governor-General Dame X Y": no part of the name
NAME_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Mme", "Madam", "Miss", "Advocate", "Adv", "Prof", "Professor", "Cllr",
                   "Datuk", "Dato", "Datin", "Tun", *KNIGHTLY_STYLES}  # (Malaysian styles: "Datuk Seri Anwar Ibrahim")
STYLE_SECOND_WORDS = {"Seri", "Sri"}  # after a style ("Datuk Seri", "Tan Sri"); alone, part of a name ("Sri Mulyani")
TITLE_PART_WORDS = {"elections", "state", "staff", "government", "mission"}
CALLING_VERBS = {"set", "fix", "announce", "schedule", "decree", "call", "name", "choose", "pick", "as"}
# what follows a name and a hyphen without being part of it: "the Tsogtbaatar-led party", "a Kim-era law"
HYPHEN_SUFFIXES = {"era", "style", "run", "born", "friendly", "allied", "loyal", "camp", "bloc", "wing", "type"}
# the office a by-election fills says its kind: "a by-election for the Councillor of Mbezi Ward"
OFFICE_KINDS = {"councillor": "local", "councilor": "local", "mayor": "local", "connétable": "local",
                "constable": "local", "governor": "regional",
                "member": "parliamentary", "seat": "parliamentary", "president": "presidential",
                "presidency": "presidential", "senate": "parliamentary", "house": "parliamentary",
                "congress": "parliamentary", "parliament": "parliamentary"}  # "elections for the Senate and ..."
LOCAL_SEAT_WORDS = frozenset({"ward", "wards"})  # a local seat's words (not "a former mayor": a description)
SEAT_WORDS = frozenset({"seat", "by-election", "bypoll", "by-poll"})  # "the Padang Kota seat": a place's
CONSTITUENCY_NOUNS = {"constituency", "district", "ward", "county", "oblast", "governorate", "prefecture",
                      "municipality", "electorate", "riding", "borough"}
# nouns an election word modifies without naming an election: "the poll body", "vote-buying"
NOT_ELECTION_HEADS = {"body", "bodies", "buying", "buy", "rigging", "fraud", "count", "counting", "tally", "official",
                      "worker", "watchdog", "agency", "authority", "commission", "board", "law", "code", "panel",
                      "manager", "administrator", "organizer", "organiser", "observation", "mission", "monitoring"}
ELECTION_BODY_NAME = re.compile(r"\belect(ion|ions|oral)\b.*\b(commission|council|committee|board|authority|"
                                r"tribunal|court|institute|body)\b|\bcomelec\b|\bcec\b")
# the forms of the verbs by which a party puts candidates forward, for a cheap first look at a text
PARTY_ACT_FORMS = ["nominated", "nominates", "selected", "selects", "fielded", "fields", "picked", "picks", "chose",
                   "chosen", "chooses", "endorsed", "endorses", "renominated"]
# ways of voting, not elections: "compulsory voting", "postal voting"
VOTING_MODES = frozenset({"compulsory", "mandatory", "postal", "electronic", "proxy", "absentee", "secret", "universal",
                          "online", "diaspora", "out-of-country"})
SENDING_VERBS = {"send", "dispatch", "deploy", "field", "launch", "accredit", "establish", "open", "form", "constitute",
                 "assemble", "create", "organise", "organize"}  # ("has formed a seven-member delegation")
# nouns that end the names of places and buildings, not of people or organizations
# words of organizations' and parties' names that are never a person's: "Senegalese Democratic Rally"
DATE_CUT_WORDS = frozenset({"that", "which", "when", "while"})  # never inside one date
SAINT_WORDS = frozenset({"San", "Santa", "Santo", "São", "Sao"})  # the first word of a town's name, never a person's
SAINT_TITLES = frozenset({"St.", "St", "Ste.", "Saint", "Sainte"})  # ("St." + "Michael West Central")


def cuts_date(token: Token) -> bool:
    """A word no single date has inside it: "that", or a verb and its "to" ("August 18 to fix October 9", tagged
    as one)."""
    return token.lower_ in DATE_CUT_WORDS or token.pos_ in {"VERB", "AUX"} or token.tag_ == "TO" \
        and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in {"VERB", "AUX"}
POLITICAL_WORDS = {"democratic", "republican", "socialist", "liberal", "progressive", "popular", "conservative",
                   "communist", "patriotic", "revolutionary", "civic", "electoral", "rally", "convention", "pact",
                   "platform", "renewal", "unity", "solidarity", "independence", "democracy", "republic", "democrat",
                   "democrats", "republicans", "socialists", "communists", "liberals", "conservatives"}
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday"}
# groups a body sends: "a delegation from X" names the sender, not a place
SENT_GROUP_NOUNS = frozenset({"delegation", "mission", "observer", "team", "representative", "expert", "monitor"})
PLACE_NOUNS = {"house", "palace", "square", "hall", "building", "stadium", "hotel", "avenue", "street", "road",
               "airport", "bridge", "tower", "park", "district", "province", "region", "county", "city", "island",
               "islands", "valley", "river", "lake", "mountains", "plaza", "boulevard", "centre", "center"}
# endings common among surnames in many languages: -ov(a), -ev(a), -enko, -uk, -yan, -dze, -shvili, -ic, ...
SURNAME_ENDING = re.compile(
    r"(?:ov|ova|ev|eva|ovich|evich|enko|chuk|yuk|uk|yan|ian|dze|shvili|vili|ić|ic|vić|ović|escu|oglu|ski|ska|"
    r"sky|skaya|ez|son|sen|berg|stein|mann|ini|elli|etti|akis|opoulos|idis|ides|ou|ević|ova|iene|ytė|aitė|ienė)$")


@dataclass
class Mention:
    """A stretch of tokens naming (or, when `generic`, referring back to) one entity."""

    start: int
    end: int
    type: str
    name: str
    generic: bool = False
    props: dict[str, Any] = field(default_factory=dict)
    acronym: str | None = None
    entity: int = -1  # index of the resolved entity, set by resolution

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


@dataclass(frozen=True)
class Title:
    """A job title in the text ("Secretary General", "acting chairman"), with its tokens."""

    start: int
    end: int
    text: str  # normalised title, e.g. "Secretary General"
    former: bool
    national: bool = False  # president, prime minister, ...: a post of a country when no body is named


NATIONAL_TITLES = {"president", "vice president", "vice-president", "prime minister", "deputy prime minister",
                   "foreign minister", "minister", "interior minister", "defence minister", "defense minister",
                   "justice minister", "finance minister", "king", "queen", "emir", "sultan", "chancellor",
                   "deputy president", "caretaker prime minister", "leader of the opposition", "ambassador",
                   "envoy", "consul", "consul general", "taoiseach", "tanaiste"}


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"[’']s$")


def _clean_name(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    if not text.isalnum():
        text = _SPACES.sub(" ", text)
        text = _POSSESSIVE_END.sub("", text).strip()
    return text.strip(" ,;:-–—(")


def doc_text(doc: Doc) -> str:
    """The text of a Doc, joined once (Doc.text joins every token on each call)."""
    text = doc.user_data.get("newsgraph_text")
    if text is None:
        # (from the token arrays: a token's trailing whitespace is one space or none)
        text = doc.user_data["newsgraph_text"] = "".join(
            word + " " if space else word
            for word, space in zip(token_strings(doc, ORTH), doc.to_array(SPACY).tolist(), strict=True))
    return str(text)


def token_strings(doc: Doc, attr: int) -> list[str]:
    """Every token's ORTH or LOWER string, read once per Doc from the token array."""
    key = f"newsgraph_strings_{attr}"
    out = doc.user_data.get(key)
    if out is None:
        strings = doc.vocab.strings
        out = doc.user_data[key] = [strings[h] for h in doc.to_array([attr]).tolist()]
    return out  # type: ignore[no-any-return]


def word_ids(words: Iterable[str]) -> frozenset[int]:
    """The string ids of lower-case words, for `tokens_among`."""
    return frozenset(get_string_id(w) for w in words)


QUOTE_IDS = word_ids(['"', "“", "”"])
INITIALLED = re.compile(r"[A-Z][a-z]?\.([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")


VISIT_NOUNS = frozenset({"visit", "trip", "tour", "mission"})


def _visited_country(token: Token, lex: Lexicon) -> str | None:
    """The country a visit the election is observed on goes to: "is on a working visit to Germany to study ...
    and to observe the state election in X" (from a dateline elsewhere)."""
    def to_country(head: Token) -> str | None:
        return next((c for p in head.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                     if o.dep_ == "pobj" and (c := lex.country(o.text))), None)

    node = token
    for _ in range(4):
        if node.dep_ not in {"dobj", "conj", "advcl", "xcomp", "acl"} or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_ in VISIT_NOUNS and (found := to_country(node)):
            return found  # "a visit to Germany to observe the election"
        for p in node.children:
            if p.dep_ == "prep" and p.lower_ in {"on", "during"}:
                found = next((c for o in p.children if o.dep_ == "pobj" and o.lemma_ in VISIT_NOUNS
                              and (c := to_country(o))), None)
                if found:
                    return found
    return None


def _initialled_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"N.Bayarsaikhan" after "Nyamdorj Bayarsaikhan": a name written with an initial run into it, as
    Mongolian names are, the NER leaves untagged (the surname, which resolves to the person)."""
    dotted = [(k, found.group(1)) for k, text in enumerate(token_strings(doc, ORTH))
              if "." in text[1:3] and (found := INITIALLED.fullmatch(text))]
    if not dotted:
        return []
    surnames = {m.name.split()[-1] for m in mentions if m.type == "Person" and " " in m.name}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(k, k + 1, "Person", name) for k, name in dotted if k not in taken and name in surnames]


def lower_index(doc: Doc) -> dict[int, list[int]]:
    """Where each lower-case form occurs in the Doc, built once per Doc."""
    index = doc.user_data.get("newsgraph_lower_index")
    if index is None:
        index = {}
        for k, lower in enumerate(doc.to_array([LOWER]).tolist()):
            index.setdefault(lower, []).append(k)
        doc.user_data["newsgraph_lower_index"] = index
    return index  # type: ignore[no-any-return]


def tokens_among(doc: Doc, ids: frozenset[int], start: int = 0) -> Iterator[Token]:
    """The tokens (from `start` on) whose lower-case form is one of the words: a cheap first look."""
    index = lower_index(doc)
    if len(ids) < len(index):
        hits = [k for word in ids if (where := index.get(word)) for k in where]
    else:
        hits = [k for word, where in index.items() if word in ids for k in where]
    hits.sort()
    for k in hits:
        if k >= start:
            yield doc[k]


FRIENDSHIP_IDS = word_ids(FRIENDSHIP_HEADS)
PARTY_ACT_IDS = word_ids(PARTY_ACT_FORMS)
STYLE_IDS = word_ids({style.lower() for style in KNIGHTLY_STYLES})
SEATS_IDS = word_ids(["seats"])
NATIONAL_HOUSE_WORDS = frozenset({"parliament", "assembly", "congress", "senate", "legislature", "house", "chamber"})
SUBNATIONAL_WORDS = frozenset({"provincial", "regional", "state", "municipal", "city", "county", "district", "local",
                               "town", "village", "ward", "council"})
ELECTING_IDS = word_ids(["elect", "elects", "elected", "electing", "choose", "chooses", "chose", "chosen", "choosing"])
THE_ID = get_string_id("the")
BRACKET_IDS = word_ids(["("])
GOVERNMENT_IDS = word_ids(["government"])


def _name_run_to_bracket(doc: Doc, j: int) -> int | None:
    """Where a body's name that runs on after a cut ("for the Management of Elections") ends: right before a
    bracketed acronym, over capitalised words and the small words between them; None when it does not."""
    k = j + 1
    while k < min(len(doc), j + 9) and (doc[k].is_title and doc[k].is_alpha
                                        or doc[k].lower_ in {"the", "of", "and", "an", "a"}):
        k += 1
    if k >= len(doc) or doc[k].text != "(" or k == j + 1 or not doc[k - 1].is_title:
        return None
    inner = _short_bracketed(doc, k)
    # (or a short name that is a word of its own: "for an Independent East Timor (Fretilin)")
    return k if inner and (_is_acronym(inner.replace("-", "")) or inner.isalpha() and inner.istitle()
                           and sum(t.is_title for t in doc[j + 1:k]) >= 2) else None


def _short_bracketed(doc: Doc, start: int) -> str:
    """The text of a bracket of one to three tokens opening at `start` ("(AIGE)", "(Adema-PASJ)"); "" when
    there is none."""
    if start >= len(doc) or doc[start].text != "(":
        return ""
    close = next((x for x in range(start + 2, min(len(doc), start + 5)) if doc[x].text == ")"), None)
    return doc[start + 1:close].text if close is not None else ""


def _is_name_token(token: Token) -> bool:
    text = token.text
    return (token.is_alpha or "-" in text or "'" in text or "’" in text) and text[:1].isupper() \
        or token.text in HYPHENS


def _ent_tokens(doc: Doc, i: int) -> list[Token]:
    """The tokens of the entity the NER starts at token i (none when no entity starts there)."""
    if doc[i].ent_iob_ != "B":
        return []
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[i:end])


INITIALS = re.compile(r"(?:[A-Z]\.){1,5}")


POSITION_WORDS = frozenset({"centre", "center", "left", "right"})  # where a party sits, in its name
PARTY_MEMBERS_NOUNS = frozenset({"democrats", "socialists", "liberals", "conservatives", "greens", "republicans",
                                 "patriots", "nationalists", "progressives"})
MEMBER_PARTY_IDS = word_ids(PARTY_MEMBERS_NOUNS | NOUN_PARTY_NAMES)
PARTY_KIND_WORDS = frozenset({"Democratic", "Socialist", "Liberal", "Conservative", "Labour", "Labor", "Republican",
                              "National", "Progressive", "Green", "Popular", "Social", "Communist", "Radical"})
LEADER_NOUNS = frozenset({"leader", "chairman", "chairwoman", "chair", "president", "founder", "members",
                          "candidate", "candidates", "list"})
PAIR_WORDS = frozenset({"pair", "duo", "ticket", "tandem", "couple"})
LEGISLATURE_NOUNS = frozenset({"house", "chamber", "parliament", "legislature", "assembly", "senate"})
MISSION_KIND_WORDS = frozenset({"observation", "observer", "election", "electoral", "monitoring", "assessment"})
# what makes a "Group" an observer group: "the Commonwealth Observer Group" (not an assessment group)
OBSERVER_GROUP_WORDS = MISSION_KIND_WORDS - {"assessment"} | {"observers"}
PLACE_KIND_NOUNS = frozenset({"district", "constituency", "province", "county", "region", "ward", "municipality"})
# the last word of a minister's portfolio ("Foreign Affairs and East African Cooperation")
PORTFOLIO_NOUNS = frozenset({
    "affairs", "cooperation", "co-operation", "development", "relations", "integration", "trade", "planning",
    "security", "resources", "services", "industry", "industries", "works", "finance", "justice", "defence",
    "defense", "education", "health", "agriculture", "energy", "tourism", "culture", "sport", "sports",
    "communications", "infrastructure", "transport", "environment", "administration", "governance", "labour",
    "labor", "employment", "commerce", "investment", "economy", "information", "housing", "youth", "interior",
    "fisheries", "mines", "technology", "innovation", "welfare", "lands"})
def _body_by_its_bracket(doc: Doc, end: int) -> bool:
    """A one-word name with a bracketed name after it that a body goes by, and a body's words after that:
    "Revival (Vazrazhdane), which put forward its deputy chairman", "Levica (The Left) nominated its leader"."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 1, min(len(doc), end + 6)) if doc[k].text == ")"), None)
    if close is None or close == end + 1 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper
                                                    for t in doc[end + 1:close]):
        return False
    after = doc[close + 1:min(len(doc), close + 8)]
    if len(after) >= 2 and after[0].text == "," and after[1].lower_ == "which":
        return True
    return any(t.lower_ == "its" and t.dep_ == "poss" and t.head.dep_ == "dobj" for t in after)


# "Health Minister X": a portfolio, not a body (but "Commonwealth Secretary-General X" names one)
PORTFOLIO_TITLES = frozenset({"minister"})
# a government's briefs, named before "Secretary" too: "Interior Secretary X"
PORTFOLIO_WORDS = frozenset({"interior", "finance", "defence", "defense", "health", "justice", "education", "foreign",
                             "home", "energy", "trade", "agriculture", "transport", "treasury"})


LOCAL_OFFICE_WORDS = frozenset({"governor", "mayor", "premier", "prefect", "governor-elect", "mayor-elect"})


# words of a party's name that say what it stands for ("Freedom and Direct Democracy", "Justice and Solidarity")
CAUSE_WORDS = frozenset({"democracy", "freedom", "justice", "solidarity", "renewal", "unity", "progress", "hope",
                         "future", "homeland", "dignity", "independence", "development", "liberty", "reform"})


def _acronym_spelled_elsewhere(doc: Doc, at: int) -> bool:
    """Whether the bracketed acronym at token `at` stands elsewhere in the text after the capitalised words it
    spells ("the Peoples Democratic Party (PDP)")."""
    acronym = doc[at].text
    for t in doc:
        if t.text != acronym or t.i == at or t.i < 2 or doc[t.i - 1].text != "(":
            continue
        words = [w for w in doc[max(0, t.i - 1 - 2 * len(acronym)):t.i - 1] if w.text[:1].isupper()]
        if "".join(w.text[0] for w in words[-len(acronym):]) == acronym:
            return True
    return False


def _spells(acronym: str, words: list[Token]) -> bool:
    """Whether the acronym runs the first letters of each word together ("ELECAM": "Elections Cameroon")."""
    letters, names = acronym.lower(), [w.lower_ for w in words]

    def fits(i: int, j: int) -> bool:
        if j == len(names):
            return i == len(letters)
        return any(letters[i:i + k] == names[j][:k] and fits(i + k, j + 1)
                   for k in range(1, min(len(names[j]), len(letters) - i) + 1))
    return len(letters) >= 4 and len(names) >= 2 and fits(0, 0)


COMMISSION_IDS = word_ids({"commission"})
ELECTION_BODY_IDS = word_ids({"commission", "committee", "board", "office", "council"})
# the words between a place and "election commission" in a local commission's name
LOCAL_BODY_WORDS = frozenset({"city", "territorial", "district", "regional", "municipal", "precinct", "constituency",
                              "oblast", "county", "provincial", "local", "town"})
# the areas a body named in lower case may serve: "the electoral committee for the Gera constituency"
AREA_NOUNS = frozenset({"constituency", "district", "municipality", "ward", "city"})
# the levels a body named in lower case may be of: "the state electoral committee"
BODY_LEVEL_WORDS = LOCAL_BODY_WORDS | {"state", "main"}


def _hyphen_particle(doc: Doc, k: int) -> bool:
    """A hyphen inside a name, or the particle between two ("Tehreek-e-Insaf", "Ulema-e-Islam")."""
    if 0 < k < len(doc) - 1 and doc[k].text in HYPHENS:
        return doc[k - 1].text[:1].isalpha() and doc[k + 1].text[:1].isalpha()
    return 0 < k < len(doc) - 1 and len(doc[k].text) <= 3 and doc[k].text.islower() \
        and doc[k - 1].text in HYPHENS and doc[k + 1].text in HYPHENS


def _place_before_office(doc: Doc, j: int) -> bool:
    """A lower-case office of a place ("governor", "mayor") and then a person's name at doc[j]."""
    if j + 1 >= len(doc) or doc[j].lower_ != doc[j].text or doc[j].lower_ not in LOCAL_OFFICE_WORDS:
        return False
    return doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "B"


def _bracketed_in(doc: Doc, word: str) -> bool:
    """Whether the text defines `word` in brackets ("the Commission on Elections (Comelec)"): a body's short name,
    so "Comelec Chairperson X" is a title and a name, not one person."""
    return f"({word})" in doc_text(doc)


def _words_before_bracketed(doc: Doc, acronym: str) -> list[Token]:
    """The capitalised words just before the first "(<acronym>)" in the text: the name it stands for."""
    for t in tokens_among(doc, BRACKET_IDS):
        if t.i + 2 < len(doc) and doc[t.i + 1].text == acronym and doc[t.i + 2].text == ")":
            k = t.i
            while k > 0 and t.i - k < 6 and (doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in {"of", "for"}):
                k -= 1
            return list(doc[k:t.i])
    return []


def _is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&./\-]*[A-Z0-9](?: [A-Z][A-Z0-9&./\-]*)*", text)) and len(text) <= 14


def _takes_seats(verb: Token) -> bool:
    """"won 14 seats", "won a third term, taking 55 of the 79 seats": a verb (or the participle on it) that takes
    more than one seat."""
    for v in (verb, *(c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.pos_ == "VERB")):
        if v.lemma_ not in {"win", "take", "secure", "capture", "gain", "retain"}:
            continue
        for o in (c for c in v.children if c.dep_ == "dobj" and c.lower_ not in {"one", "1"}):
            # (not "won one of the territory's two seats": a candidate's seat)
            counted = [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                       if x.dep_ == "pobj"] if o.like_num else [o]
            if any(x.lemma_ == "seat" and x.tag_ == "NNS" for x in counted) \
                    and (o.like_num or any(n.dep_ == "nummod" for n in o.children)):
                return True
    return False


# what a national house is "of" when it names no country: "the Assembly of the Republic"
HOUSE_OF_WORDS = frozenset({"republic", "union", "nation", "nations", "people", "peoples", "representatives",
                            "deputies", "kingdom", "federation", "state", "states", "land"})


def _seat_filled(election: Token, kinds: dict[str, str]) -> str | None:
    """The kind of an election "to fill the vacant seat in the 5th Congressional District" (or "the seat
    of a ward councillor"), told by the words naming the seat."""
    for verb in election.children:
        if verb.dep_ not in {"acl", "relcl"} or verb.lemma_ != "fill":
            continue
        for seat in verb.children:
            if seat.dep_ == "dobj" and seat.lemma_ in {"seat", "vacancy", "post"}:
                for t in seat.subtree:  # (not "the state's" district: whose it is)
                    kind = kinds.get(t.lower_) or OFFICE_KINDS.get(t.lower_) \
                        if t.i != seat.i and t.dep_ != "poss" else None
                    if kind is not None:
                        return kind
    return None


def _office_of_candidates(election: Token) -> str | None:
    """The kind of an election its candidates are named for: "candidates for president in the November 14
    election", "the pairs of candidates for mayor in the vote" (a person's office, not a house's)."""
    if election.dep_ != "pobj" or election.head.lower_ not in {"in", "for"}:
        return None
    owner = election.head.head
    # ("registered three candidates for president in the election", the "in" hung on the verb: its object)
    owners = [owner, *(o for o in owner.children if o.dep_ == "dobj")] if owner.pos_ == "VERB" else [owner]
    for noun in (*owners, *(o for x in owners for p in x.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj")):
        if noun.lemma_ not in {"candidate", "candidacy", "contender", "hopeful", "nominee"}:
            continue
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "for":
                kind = next((OFFICE_KINDS[o.lower_] for o in p.children
                             if o.dep_ == "pobj" and o.lower_ in {"president", "mayor", "governor"}), None)
                if kind is not None:
                    return kind
    return None


SUPRANATIONAL_WORDS = frozenset({"european", "pan-african", "arab", "andean", "mercosur", "central", "latin",
                                 "national", "federal", "union", "youth"})


def _house_of_a_region(house: Token, lex: Lexicon) -> bool:
    """"the Legislative Assembly of the Azores", "the Parliament of Wallonia": a house of a named place that is no
    country (nor a town: "the Assembly of Lisbon" is a city's)."""
    if house.lower_ not in {"assembly", "parliament"}:
        return False
    if house.lower_ == "parliament" and any(
            c.dep_ == "compound" and c.tag_ == "NNP" and c.i == house.i - 1 and c.lower_ not in SUPRANATIONAL_WORDS
            and not lex.country(c.text) and not lex.country_of_adjective(c.text) for c in house.children):
        return True  # "Sunday's election to the Brussels Parliament": a region's (a town has a council)
    for prep in house.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for place in prep.children:
                whole = place.doc[place.left_edge.i:place.right_edge.i + 1].text
                if place.dep_ == "pobj" and place.pos_ == "PROPN" and place.lower_ not in HOUSE_OF_WORDS \
                        and not lex.country(place.text) and not lex.country(whole) and not lex.is_city(place.text) \
                        and not lex.country(re.sub(r"^(?i:the) ", "", whole)):
                    return True
    return False


def _untagged_bodies_of_titles(doc: Doc, mentions: list[Mention], title_tokens: set[int],
                               dateline_end: int) -> list[Mention]:
    """"CPLP Executive Secretary X", "Speaker of the Althingi X": a body the NER left untagged, told by the title
    it is named with and the name after (an acronym before the title, or one capitalised word after "of the")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    people = {m.start for m in mentions if m.type == "Person"}
    out: list[Mention] = []
    # (only the word before a title, or three after it, can be such a body)
    for i in sorted({k - 1 for k in title_tokens} | {k + 3 for k in title_tokens}):
        if i < dateline_end or i >= len(doc):
            continue
        t = doc[i]
        if t.i in taken or t.i in title_tokens or not t.is_alpha or t.ent_type_:
            continue
        if t.is_upper and 2 <= len(t) <= 6 and t.i + 1 in title_tokens:
            k = t.i + 1
            while k in title_tokens:
                k += 1
            if k in people:
                out.append(Mention(t.i, t.i + 1, "Organization", t.text, props={"rule": "acronym-of-title"}))
        elif t.is_title and t.pos_ == "PROPN" and t.i >= 3 and doc[t.i - 1].lower_ == "the" \
                and doc[t.i - 2].lower_ == "of" and t.i - 3 in title_tokens and t.i + 1 in people:
            out.append(Mention(t.i, t.i + 1, "Organization", t.text, props={"rule": "house-of-title"}))
    return out


def _is_mixed_acronym(text: str) -> bool:
    """"AfD", "PiS", "KrF": an acronym with small letters for a name's small words."""
    return bool(re.fullmatch(r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,3}", text)) and sum(c.isupper() for c in text) >= 2


class MentionFinder:
    """Turns one parsed Doc into mentions and titles; configured by the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._head_ids: frozenset[int] | None = None  # hashes of the words that head a body's name
        self._person_shapes: dict[tuple[int, int, int], bool] = {}
        # first words of two- and three-word nationalities ("sierra" of "Sierra Leonean")
        self._adjective_firsts = frozenset(a.split()[0] for a in lexicon.adjectives if " " in a)
        # the only words that may start an election or a delegation mention: a cheap first look
        self._election_word_ids = word_ids(lexicon.election_nouns | {"round", "rounds", "polling", "voting"})
        self._delegation_word_ids = word_ids(lexicon.delegation_nouns | lexicon.delegation_strong
                                             | {"guests", "visitors", "missions", "delegations"} | LED_GROUP_NOUNS)

    # -- entry point ----------------------------------------------------------------------
    def __call__(self, doc: Doc, dateline_end: int = 0) -> tuple[list[Mention], list[Title]]:
        self._person_shapes = {}  # (first, last, length) -> `_looks_like_person`, for this Doc
        titles = self.find_titles(doc)
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        mentions: list[Mention] = []
        for ent in doc.ents:
            if ent.end <= dateline_end:
                continue
            if ent.start < dateline_end:
                ent = doc[dateline_end:ent.end]
            mentions.extend(self.repair(doc, ent, title_tokens))
        mentions = _saint_places(doc, mentions)
        mentions = self.merge_adjacent_names(doc, mentions, self.lex.is_given_name)
        starts = {m.start for m in mentions if m.type == "Person"}
        # "former Bloomington mayor Lyle Brandt": a one-word "person" before a title and a name is a place
        mentions = [m for m in mentions if not (
            m.type == "Person" and m.end - m.start == 1 and m.end + 1 < len(doc) and doc[m.end].is_lower
            and doc[m.end].lower_ in self.lex.title_words and m.end + 1 in starts)]
        for m in mentions:
            # "Guinea" + "-Bissau", "Timor" + "-Leste": a hyphenated country the NER cut at the hyphen
            if m.type == "Country" and m.end + 1 < len(doc) and doc[m.end].text in HYPHENS \
                    and (country := self.lex.country(doc[m.start:m.end + 2].text.replace(" ", ""))):
                m.end, m.name = m.end + 2, country
                m.props["surface"] = doc[m.start:m.end].text
        # ("Local Government Minister X": a portfolio inside a title, not a body)
        named = [m for m in self.find_named_organizations(doc, dateline_end)
                 if not all(i in title_tokens for i in range(m.start, m.end))]
        mentions = self._merge_overlaps(mentions + named
                                        + self._local_commissions(doc, dateline_end)
                                        + self._member_named_parties(doc, dateline_end))
        # "the Khural" after "the State Great Khural": a short reference, not a second body
        longer = {w for m in mentions if m.type == "Organization" and " " in m.name for w in m.name.split()}
        mentions = [m for m in mentions if not (m.props.get("rule") == "the-name" and m.name in longer)]
        mentions = self._merge_overlaps(mentions + self.find_unlabelled_people(doc, mentions, title_tokens,
                                                                               dateline_end))
        # ("Brice Clotaire" + "Oligui Nguema", the second half found untagged: one name)
        mentions = self.merge_adjacent_names(doc, mentions)
        mentions = _foreign_party_names(doc, mentions)
        mentions.extend(self.coordinated_parties(doc, mentions, title_tokens))
        mentions.extend(self.untagged_countries(doc, mentions, dateline_end))
        mentions.extend(_untagged_bodies_of_titles(doc, mentions, title_tokens, dateline_end))
        mentions = self.join_split_places(doc, mentions, dateline_end)
        _numbered_bodies(doc, mentions)
        self.retype_by_context(doc, mentions, title_tokens)
        self.retype_by_name(mentions, doc)
        self.extend_person_names(doc, mentions, title_tokens)
        mentions = self.surnames_after_given_names(doc, mentions, title_tokens)
        mentions = self.join_name_particles(doc, mentions, title_tokens)
        mentions = self.nicknamed_people(doc, mentions)
        mentions.extend(_initialled_surnames(doc, mentions))
        mentions = self.split_country_adjectives(doc, mentions)
        _country_named_parties(doc, mentions, title_tokens)
        self.drop_adjectives(doc, mentions)
        mentions.extend(_listed_places(doc, mentions))
        mentions.extend(_governments_of_leaders(doc, mentions, title_tokens))
        mentions.extend(self._national_parliaments(doc, mentions))
        # "the 15th General Election (GE15)": an election, not a body
        mentions = [m for m in mentions if not (
            m.type == "Organization" and fold(m.name).split()[-1:] in (["election"], ["elections"])
            and all(w in self.lex.election_kinds or re.fullmatch(r"\d+(st|nd|rd|th)|the", w)
                    for w in fold(m.name).split()[:-1]))]
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions.extend(self.find_elections(doc, taken | title_tokens))  # not "Supervisor of Elections"
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions = self.bracketed_names(doc, mentions)
        mentions = self.names_spelled_by_acronyms(doc, mentions)
        self.attach_acronyms(doc, mentions)
        for m in mentions:
            if m.type == "Location" and not m.props.get("city") and any(
                    c.dep_ == "appos" and c.lemma_ in {"party", "partner", "ally", "alliance", "coalition"}
                    and c.is_lower and c.i > m.end - 1 for c in doc[m.end - 1].children):
                m.type = "Organization"  # "Komeito, the LDP's junior coalition partner", tagged as a place
            if m.type == "Location" and not m.props.get("city") and m.props.get("ner") in {"FAC", "ORG"} \
                    and m.start > 0 and _word_before(doc, m.start) in POLITICAL_LEANINGS \
                    and not self._known_place(m.name):
                m.type = "Organization"  # "excluded the far-right Patriotic Dawn", tagged as a building
            if m.type == "Organization" and m.start > 0 and (doc[m.start - 1].lower_ in PARTY_STANDING_WORDS
                    or _word_before(doc, m.start) in POLITICAL_LEANINGS
                    and not any(w in m.name.lower().split() for w in ("commission", "court", "council", "ministry"))):
                # ("the nationalist Confederation", "the far-right Revival")
                m.props["party"] = True  # "the opposition Jan Ekta Gathbandhan": a party or an alliance
            elif m.type == "Organization" and any(c.dep_ == "appos" and c.lemma_ in {"party", "alliance", "coalition"}
                                                  and c.is_lower for c in doc[m.end - 1].children):
                m.props["party"] = True  # "Civil Contract, the ruling party of Prime Minister X"
            elif m.type == "Organization" and _nominating_agent(span_root(doc, m)) and not any(
                    w in m.name.lower().split() for w in ("commission", "court", "council", "committee", "board")):
                m.props["party"] = True  # "the Illankai Tamil Arasu Kachchi (ITAK) put forward X": a party
            elif m.type == "Organization" and span_root(doc, m).dep_ in {"compound", "nmod"} and m.start > 0 \
                    and doc[m.start - 1].text != "(" \
                    and span_root(doc, m).head.lower_ in {"candidate", "nominee", "flagbearer", "flag-bearer"} \
                    and not any(w in m.name.lower().split() for w in ("commission", "court", "council", "committee")):
                m.props["party"] = True  # "Hari Prasad Bhusal, the CPN (Maoist Centre) candidate": a party
        for m in mentions:
            if m.type == "Location" and fold(m.name) in PROPER_BODY_NAMES:
                m.type = "Organization"  # "Speaker of the Sejm": a legislature, not a place
        acronyms = {m.acronym for m in mentions if m.acronym and m.type == "Organization"}
        for m in mentions:
            if (m.type == "Person" or m.type == "Location" and not m.props.get("city")) and m.name in acronyms:
                # "CxL said": the acronym the article defined, tagged as a person; "outside the Servel
                # headquarters", tagged as a place
                m.type = "Organization"
        mentions = self.rescan_known_names(doc, mentions, dateline_end)
        mentions = self.title_acronym_holders(doc, mentions)
        self.add_nested_organizations(doc, mentions)
        people = {i for m in mentions if m.type == "Person" for i in range(m.start, m.end)}
        for m in mentions:
            root = doc[m.end - 1]
            if m.type == "Location" and not m.props.get("city") and not self._known_place(m.name) \
                    and any(c.dep_ == "appos" and c.i > root.i and c.lemma_ in {"parliament", "legislature"}
                            and c.is_lower for c in root.children):
                m.type = "Organization"  # "Tynwald, the Isle of Man's parliament": a legislature
            # (not "the African Union of Farmers": a body of some people)
            if m.type == "Organization" and _party_by_role(span_root(doc, m), people) and not any(
                    w in m.name.lower().split() for w in NOT_PARTY_WORDS | {"of"}):
                m.props["party"] = True  # "NEOS slipped to 9.8 percent": only a party or a list polls a share
        for m in mentions:
            if m.type == "Person" and m.end - m.start >= 2 and doc[m.start].lower_ in WEEKDAYS:
                m.start += 1  # "On Wednesday Lhendup called on X", the day read into the name
                m.name = _clean_name(list(doc[m.start:m.end]))
        mentions = [m for m in mentions if not (m.type == "Person" and fold(m.name) in WEEKDAYS)]
        # ("Mataio's Electoral Office": the office a person the story names runs, not part of its name)
        surnames = {m.name.split()[-1] for m in mentions if m.type == "Person" and " " in m.name}
        for m in mentions:
            if m.type == "Organization" and m.end - m.start >= 4 and doc[m.start + 1].text in {"'s", "’s"} \
                    and doc[m.start].text in surnames:
                m.start += 2
                m.name = _clean_name(list(doc[m.start:m.end]))
        # ("A loss in Mont Fleuri ...", tagged as a body, after "the Mont Fleuri constituency": a seat, wherever said)
        seats = {m.name for m in mentions if m.type in {"Organization", "Location"} and (
                     m.end < len(doc) and doc[m.end].lower_ in CONSTITUENCY_NOUNS or _seat_phrase(doc[m.end - 1]))
                 and not m.acronym and not m.props.get("party")
                 and m.end - m.start <= 3 and self._no_body_word(doc[m.start:m.end])}
        for m in mentions:
            if m.type == "Organization" and m.name in seats and not m.acronym and not m.props.get("party"):
                m.type = "Location"
        mentions.extend(self.find_delegations(doc, taken, mentions))
        # "the EOM urged ...": the acronym a named mission was given ("(EOM/OAS)", "(EOM)") is the mission
        short = {a for m in mentions if m.type == "Delegation" and m.props.get("named")
                 for a in {(m.acronym or "").split("/")[0]} | {o.name.split("/")[0] for o in mentions
                                                             if o.props.get("acronym_of") == m.start} if a}
        for m in mentions:
            if m.type == "Organization" and m.name in short:
                m.type = "Delegation"
                m.props["named"] = True
        bodies = {m.start for m in mentions if m.type in {"Organization", "Country"}}
        teams = {m.start for m in mentions if m.type == "Delegation" and m.props.get("named")}
        for m in mentions:
            senders = m.props.get("sender_mentions", [])
            if m.type == "Delegation" and not m.props.get("named") and senders \
                    and all(k in teams and k not in bodies for k in senders):
                # "The SEOM will deploy 68 observers": the mission's own, not a team it sent
                m.props.pop("sender_mentions")
                m.props.pop("sender", None)
                m.generic = True
        mentions.extend(self.national_adjectives(doc, titles, mentions, dateline_end))
        mentions = self._split_city_lists(doc, mentions)
        # ("Businessman and former senator X has won", the calling capitalised at the sentence's start: no name)
        mentions = [m for m in mentions if not (m.end - m.start == 1 and m.type in {"Organization", "Person"}
                                                and doc[m.start].lower_ in OCCUPATIONS | PERSON_NOUNS)]
        # ("the MEPs were received", "two MPs": the plural of a title, no body)
        mentions = [m for m in mentions if not (m.type == "Organization" and m.end - m.start == 1
                                                and doc[m.start].text.endswith("s") and doc[m.start].text[:2].isupper()
                                                and fold(doc[m.start].text[:-1]) in self.lex.titles)]
        people = {m.start for m in mentions if m.type == "Person"}
        for m in mentions:
            words = m.name.split()
            if m.type == "Organization" and len(words) >= 4 and words[-2] == "of" \
                    and fold(words[-1]) in self.lex.titles and words[-1][:1].isupper() and any(
                        doc[k].text == words[-1] and k + 1 in people for k in range(m.end, min(len(doc), m.end + 6))):
                # "the Nevis Reform Alliance (NRA) of Premier X": the title run into the name
                m.name = " ".join(words[:-2])
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions, titles

    def national_adjectives(self, doc: Doc, titles: list[Title], mentions: list[Mention],
                            dateline_end: int) -> list[Mention]:
        """"Kazakh Foreign Minister X" with "Kazakh" left untagged: the country of a national title."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        for title in titles:
            k = title.start - 1
            if title.national and k >= dateline_end and k not in taken:
                country = self.lex.country_of_adjective(doc[k].text)
                if country and doc[k].text[:1].isupper():
                    out.append(Mention(k, k + 1, "Country", country, props={"adjective": True}))
        return out

    # -- titles ---------------------------------------------------------------------------
    def find_titles(self, doc: Doc) -> list[Title]:
        lex = self.lex
        out: list[Title] = []
        # (the lexicon's titles are kept without accents: "Connétable" is "connetable")
        lowers = [x if x.isascii() else plain(x) for x in token_strings(doc, LOWER)]
        i = 0
        n = len(doc)
        while i < n:
            candidates = lex.title_tokens.get(lowers[i])
            if not candidates:
                i += 1
                continue
            match_end = next((i + len(words) for words in candidates
                              if tuple(lowers[i:i + len(words)]) == words), 0)
            if not match_end or doc[i].ent_type_ in {"PERSON", "DATE"} and doc[i].ent_iob_ == "I" \
                    and not (i > 0 and (lowers[i - 1] in DETERMINERS | ROYAL_STYLES or doc[i - 1].ent_iob_ == "B"
                                        and (_bracketed_in(doc, doc[i - 1].text) or fold(doc[i - 1].text) in lex.cities
                                             or lex.country(doc[i - 1].text)))) \
                    and not (match_end - i >= 2 and doc[i].is_title) or (
                    match_end == i + 1 and doc[i].pos_ == "ADJ" and doc[i].is_lower):
                i += 1  # "general election": an adjective, not the rank
                continue
            if lowers[match_end - 1] == "opposition" and match_end - i > 1 and match_end < n \
                    and doc[match_end].is_title and doc[match_end].is_alpha and doc[match_end].ent_type_ != "PERSON" \
                    and not lex.is_given_name(doc[match_end].text):
                # "leader of the opposition Unity Front": the leader of that party, not the post
                match_end = i + 1
            portfolio = False
            after = doc[match_end + 1] if match_end + 1 < n else None
            if lowers[match_end - 1] == "minister" and after is not None and lowers[match_end] in {"of", "for"} \
                    and after.text[:1].isupper() and after.ent_type_ not in {"GPE", "PERSON"} \
                    and not lex.country(after.text):
                # "Minister of Foreign Affairs of Azerbaijan X": the portfolio belongs to the title
                k = match_end + 1
                while k < n and (doc[k].text[:1].isupper() and doc[k].is_alpha and not lex.country(doc[k].text)
                                 and doc[k].ent_type_ != "PERSON"
                                 or lowers[k] == "and" and k + 1 < n and doc[k + 1].text[:1].isupper()
                                 # "Minister of State for Federal National Council Affairs X"
                                 or lowers[k] == "for" and lowers[k - 1] == "state" and k + 1 < n
                                 and doc[k + 1].text[:1].isupper()):
                    k += 1
                # "... Information Technology Sushila Pandey": a name the NER did not tag ends the run
                # (not "... and East African Cooperation, X": a portfolio's noun ends it)
                if k - (match_end + 1) >= 3 and (k >= n or not doc[k].text[:1].isupper()) \
                        and self._looks_like_person(list(doc[k - 2:k])) and lowers[k - 3] != "and" \
                        and lowers[k - 1] not in PORTFOLIO_NOUNS:
                    k -= 2
                match_end, portfolio = k, True
            # "Deputy" alone before a name is a title; "deputy" inside "deputy chairman" is matched whole
            start = i
            if match_end == i + 1 and lowers[i] == "minister" and i > 0 and doc[i - 1].dep_ == "compound" \
                    and doc[i - 1].head.i == i and doc[i - 1].is_title and doc[i - 1].is_alpha \
                    and doc[i - 1].ent_type_ not in {"PERSON", "GPE", "NORP"} and not lex.country(doc[i - 1].text) \
                    and not lex.country_of_adjective(doc[i - 1].text):
                start = i - 1  # "Land Minister X": the portfolio is part of the title
                prior = doc[start - 1] if start > 0 else None
                if prior is not None and prior.dep_ in {"compound", "amod"} and prior.head.i in {start, i} \
                        and prior.is_title and prior.is_alpha and prior.ent_type_ not in {"PERSON", "GPE", "NORP"} \
                        and not lex.country(prior.text) and not lex.country_of_adjective(prior.text) \
                        and prior.lower_ not in lex.title_modifiers and prior.lower_ not in lex.former_markers:
                    start -= 1  # "Foreign Affairs Minister X", "Territorial Administration Minister Y": both words
            # ... but not the verb of "was elected chairwoman"
            while start > 0 and (doc[start - 1].lower_ in lex.title_modifiers and not (
                                     doc[start - 1].pos_ in {"VERB", "AUX"}
                                     and doc[start - 1].dep_ not in {"amod", "compound", "nmod"})
                                 # (not "National" of "National Party leader X": the party's own name)
                                 and not (doc[start - 1].is_title and doc[start].is_title
                                          and doc[start].lower_ in PARTY_NOUNS)
                                 or doc[start - 1].lower_.rstrip("-") in lex.former_markers
                                 or doc[start - 1].lower_ in {"caretaker", "state", "chief"}):
                start -= 1
            # "former Malawian President X": a marker up to three words before the title still counts
            lookback = start
            while lookback > max(0, start - 3) and not doc[lookback - 1].is_punct and doc[lookback - 1].pos_ != "VERB":
                lookback -= 1
            # ("former Academy of Sciences chairman X": over a body's name, however long)
            if all(t.is_title or t.lower_ in NAME_LINKS for t in doc[lookback:start]):
                while lookback > max(0, start - 7) and (doc[lookback - 1].is_title
                                                        or doc[lookback - 1].lower_ in NAME_LINKS):
                    lookback -= 1
                if lookback > 0 and doc[lookback - 1].lower_.rstrip("-") in lex.former_markers:
                    lookback -= 1
            former = any(t.lower_.rstrip("-") in lex.former_markers or t.lower_.startswith(("ex-", "then-"))
                         for t in doc[lookback:match_end]) or _served_once(doc, start)
            words = [t.text for t in doc[start:match_end]
                     if t.lower_.rstrip("-") not in lex.former_markers and not t.lower_.startswith(("ex-", "then-"))]
            text = " ".join(words)
            text = re.sub(r"\s*-\s*", "-", text)
            core = fold(" ".join(t.text for t in doc[i:match_end]))
            national = core in NATIONAL_TITLES or fold(text) in NATIONAL_TITLES or portfolio
            out.append(Title(start, match_end, text or doc[i].text, former, national))
            i = match_end
        return out

    # -- repairing NER spans --------------------------------------------------------------
    def repair(self, doc: Doc, ent: Span, title_tokens: set[int]) -> list[Mention]:
        label = ent.label_
        if label not in NER_TYPES:
            return []
        tokens = list(ent)
        k = tokens[-1].i + 1
        if label == "PERSON" and k + 1 < len(doc) and doc[k].text in HYPHENS and not tokens[-1].whitespace_ \
                and not doc[k].whitespace_ and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B":
            # "Marie-Claire Yao N'Dri", tagged as "Marie" and "Claire Yao N'Dri": one name
            end = k + 1
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
            tokens = list(doc[tokens[0].i:end + 1])
        elif label == "PERSON" and k + 2 < len(doc) and not doc[k].ent_type_ and not doc[k + 2].ent_type_ \
                and doc[k].is_alpha and doc[k].is_title and doc[k + 1].text in HYPHENS and doc[k + 2].is_title \
                and doc[k + 2].is_alpha and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
            tokens = list(doc[tokens[0].i:k + 3])  # "Nana Akosua Owusu-Ansah", tagged without its surname
        elif label == "PERSON" and k + 1 < len(doc) and doc[k].text in HYPHENS and not tokens[-1].whitespace_ \
                and not doc[k].whitespace_ and doc[k + 1].is_title and doc[k + 1].is_alpha and not doc[k + 1].ent_type_:
            tokens = list(doc[tokens[0].i:k + 2])  # ("Nana Akosua Owusu" + "-Ansah")
        if len(tokens) > 2 and tokens[-1].lower_ in {"percent", "%"} and tokens[-2].like_num:
            tokens = tokens[:-1]
        while len(tokens) > 1 and tokens[-1].like_num and (
                "." in tokens[-1].text or "," in tokens[-1].text
                or tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].lower_ in {"percent", "%", "votes"}):
            tokens.pop()  # "gives Sadang 46.2 percent", "gave Mohmand 62,388 votes": the count tagged with the name
        verb = next((k for k, t in enumerate(tokens) if k >= 2 and t.is_lower and t.is_alpha
                     and t.pos_ in {"VERB", "AUX"} and t.lower_ not in NAME_PARTICLES), None) \
            if label in {"PERSON", "ORG"} else None
        if verb is not None:
            tokens = tokens[:verb]  # "Chrysanthi Kyriakou won Cyprus's runoff", the verb tagged with the name
        first = tokens[0].i
        if label == "ORG" and first >= 1 and doc[first - 1].text in {"One", "Two", "Three"} \
                and not doc[first - 1].is_sent_start and doc[first - 1].ent_type_ in {"", "CARDINAL"}:
            tokens = [doc[first - 1], *tokens]  # "a deal with One Nation": the number is the party's name's
        lead = 1 if len(tokens) > 2 and tokens[0].lower_ == "the" else 0
        if len(tokens) > lead + 1 and tokens[lead].is_lower \
                and tokens[lead].lower_ in {"last", "next", "previous", "outgoing", "incoming", "new"}:
            tokens = tokens[lead + 1:]  # "who represented the constituency in the last National Assembly"
        if label == "ORG" and len(tokens) > lead + 2 and tokens[lead].lower_ in PARTY_STANDING_WORDS \
                and tokens[lead].is_title and all(t.is_title or t.lower_ in {"and", "of", "for"}
                                                  for t in tokens[lead + 1:]):
            tokens = tokens[lead + 1:]  # "LUSAKA - Opposition Patriotic Front (PF) candidate X": the party's name
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None) if label == "ORG" else None
        if comma is not None and 1 < comma < len(tokens) - 2 and tokens[comma - 1].text[:1].isupper() \
                and self._looks_like_person([t for t in tokens[comma + 1:] if t.text != ","]) \
                and self.lex.is_given_name(tokens[comma + 1].text):
            # "the House of the People, Abdullahi Osman Hirabe" tagged as one body: the body, then its person
            rest = [t for t in tokens[comma + 1:] if t.text != ","]
            return [*self.repair(doc, Span(doc, tokens[0].i, tokens[comma].i, label="ORG"), title_tokens),
                    *self.repair(doc, Span(doc, rest[0].i, rest[-1].i + 1, label="PERSON"), title_tokens)]
        bracket = next((k for k, t in enumerate(tokens) if t.text == "("), None) if label == "ORG" else None
        closed = tokens[-1].text == ")" or tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text == ")"
        bracketed = [t for t in tokens[bracket + 1:] if t.text != ")"] if bracket is not None else []
        if bracket is not None and 2 <= bracket <= 3 and closed and len(bracketed) >= 2 \
                and all(t.is_title and t.is_alpha for t in tokens[:bracket]) \
                and self._looks_like_person(tokens[:bracket]) and (
                    self.lex.is_given_name(tokens[0].text) or bracketed[-1].lower_ in PARTY_NOUNS):
            # "Limpho Mokoena (Democratic Renewal Movement)" tagged as one body: the person, then the party
            return [*self.repair(doc, Span(doc, tokens[0].i, tokens[bracket].i, label="PERSON"), title_tokens),
                    *self.repair(doc, Span(doc, bracketed[0].i, bracketed[-1].i + 1, label="ORG"), title_tokens)]
        of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), None) if label == "PERSON" else None
        if of is not None and 2 <= of < len(tokens) - 1 and all(t.is_title for t in tokens[:of]) \
                and tokens[of + 1].text[:1].isupper() and self._looks_like_person(tokens[:of]):
            # "Dylan Morgan of Plaid y Bobl" tagged as one person: the person, then the party (or place)
            tail = Span(doc, tokens[of + 1].i, tokens[-1].i + 1)
            kind = "GPE" if self._known_place(tail.text) else "ORG"
            return [*self.repair(doc, Span(doc, tokens[0].i, tokens[of].i, label="PERSON"), title_tokens),
                    *self.repair(doc, Span(doc, tail.start, tail.end, label=kind), title_tokens)]
        seat_for = next((k for k, t in enumerate(tokens) if t.lower_ == "for"), None) if label == "ORG" else None
        if seat_for is not None and 0 < seat_for < len(tokens) - 1 \
                and fold(doc[tokens[0].i:tokens[seat_for].i].text) in PROPER_BODY_NAMES | LEGISLATURE_NAMES:
            # "a member of the Althingi for the Left-Green Movement" tagged as one body: the house, then the party
            # (or the seat) the member sits for
            rest = [t for t in tokens[seat_for + 1:] if t.lower_ != "the"]
            return [*self.repair(doc, Span(doc, tokens[0].i, tokens[seat_for].i, label="ORG"), title_tokens),
                    *self.repair(doc, Span(doc, rest[0].i, rest[-1].i + 1, label="ORG"), title_tokens)] if rest \
                else self.repair(doc, Span(doc, tokens[0].i, tokens[seat_for].i, label="ORG"), title_tokens)
        poss = next((k for k, t in enumerate(tokens) if t.lower_ in {"'s", "’s"}), None) if label == "ORG" else None
        if poss is not None and 1 <= poss <= 3 and poss < len(tokens) - 1 \
                and all(t.is_title and t.is_alpha for t in tokens[:poss]) and tokens[poss + 1].is_title and (
                    self.lex.is_given_name(tokens[0].text) or any(
                        t.ent_type_ == "PERSON" and t.text == tokens[poss - 1].text for t in doc)):
            # "Sello Ntsekhe's Renewal for Lesotho (RFL)" tagged as one body: the founder, then his party
            return [*self.repair(doc, Span(doc, tokens[0].i, tokens[poss].i, label="PERSON"), title_tokens),
                    *self.repair(doc, Span(doc, tokens[poss + 1].i, tokens[-1].i + 1, label="ORG"), title_tokens)]
        while tokens and (tokens[0].lower_ in DETERMINERS | POSSESSIVE_PRONOUNS or tokens[0].is_punct
                          or tokens[0].is_space
                          or len(tokens) > 1 and tokens[0].is_lower and tokens[0].pos_ in {"VERB", "AUX", "ADV"}):
            tokens.pop(0)  # ("refused to register Ilan Gutu", the verb taken into the name)
        if label == "PERSON" and len(tokens) > 1 and tokens[0].pos_ in {"ADP", "SCONJ"} and tokens[0].dep_ == "prep":
            tokens.pop(0)  # "Besides Bangoura, ...": the sentence's preposition taken into the name
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in {"'s", "’s"} or tokens[-1].is_space):
            tokens.pop()
        if label == "ORG" and len(tokens) >= 2 and tokens[-1].is_upper and fold(tokens[-1].text) in self.lex.titles:
            # "The Western Cape MEC" tagged as a body: the place, then a post's title
            tokens = tokens[:-1]
            label = "GPE" if self._known_place(Span(doc, tokens[0].i, tokens[-1].i + 1).text) else label
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is not None and 0 < comma < len(tokens) - 2 and tokens[comma + 1].text.rstrip(".") in NAME_HONORIFICS \
                and all(fold(t.text) in self.lex.title_words for t in tokens[:comma]):
            # "the Commission's Chairperson, Mrs Abena Owusu-Ansah" read as one name: the person after the title
            tokens, label = tokens[comma + 1:], "PERSON"
        if len(tokens) > 1 and tokens[-1].lower_ in {"by-election", "bypoll", "by-poll"}:
            tokens.pop()  # "the Dublin Bay South by-election": the constituency (the election is found later)
        if not tokens:
            return []
        while label == "ORG" and tokens[-1].i + 2 < len(doc) and doc[tokens[-1].i + 1].text == "-" \
                and doc[tokens[-1].i + 2].is_upper and doc[tokens[-1].i + 2].is_alpha and tokens[-1].is_upper:
            tokens = [*tokens, doc[tokens[-1].i + 1], doc[tokens[-1].i + 2]]  # "TRE" + "-PA": one acronym
        if label == "ORG" and tokens[-1].i + 2 < len(doc) and doc[tokens[-1].i + 1].is_title \
                and doc[tokens[-1].i + 1].lower_ in PARTY_MEMBERS_NOUNS and doc[tokens[-1].i + 2].text == "(":
            tokens = [*tokens, doc[tokens[-1].i + 1]]  # "Lakas-Christian Muslim" + "Democrats (Lakas-CMD)": one name
        end = tokens[-1].i
        if label == "ORG" and len(tokens) >= 3 and tokens[-2].lower_ in {"for", "of"} and end + 2 < len(doc) \
                and doc[end + 1].lower_ == "and" and doc[end + 2].is_title and doc[end + 2].dep_ == "conj" \
                and doc[end + 2].head.i == end and doc[end + 2].tag_ in {"NNS", "NNPS", "NNP"} \
                and not self.lex.is_given_name(doc[end + 2].text) \
                and not (end + 3 < len(doc) and doc[end + 3].is_title):
            tokens = [*tokens, doc[end + 1], doc[end + 2]]  # "Central Commission for Elections" + "and Referendums"
        if label == "ORG" and self._surname_cut_off(doc, tokens):
            return []  # "Marie-Therese" (PERSON) + "Nguema-Ella" (ORG): read with the name before
        if label == "PERSON" and tokens[-1].i + 1 < len(doc) \
                and self._surname_cut_off(doc, rest := _ent_tokens(doc, tokens[-1].i + 1)):
            tokens = [*tokens, *rest]
        while label == "PERSON" and tokens[-1].i + 2 < len(doc) and doc[tokens[-1].i + 1].text == "-" \
                and not tokens[-1].whitespace_ and not doc[tokens[-1].i + 1].whitespace_ \
                and doc[tokens[-1].i + 2].is_title and doc[tokens[-1].i + 2].is_alpha:
            tokens = [*tokens, doc[tokens[-1].i + 1], doc[tokens[-1].i + 2]]  # "Daniel Ofosu" + "-Appiah": one name
        while len(tokens) > 1 and tokens[0].lower_ in ROYAL_STYLES | {"his", "her", "royal"}:
            tokens = tokens[1:]  # "His Majesty King Abdullah II": the style is no part of the name
        while len(tokens) >= 2 and tokens[0].text in {"Tan", "Datuk", "Dato"} and tokens[1].text in STYLE_SECOND_WORDS:
            tokens = tokens[2:]  # "Tan Sri X", "Datuk Seri X"
        if tokens and tokens[0].text in STYLE_SECOND_WORDS and tokens[0].i > 0 \
                and doc[tokens[0].i - 1].text in {"Tan", "Datuk", "Dato"}:
            tokens = tokens[1:]  # "Datuk" + "Seri X" (the NER's span)
        if tokens and tokens[-1].text in NAME_HONORIFICS and tokens[-1].i + 1 < len(doc) \
                and doc[tokens[-1].i + 1].text in STYLE_SECOND_WORDS:
            tokens = tokens[:-1]  # "Pahang Menteri Besar Datuk" + "Seri X": the style starts the next name
        while label in {"GPE", "LOC"} and len(tokens) > 1 and (tokens[0].is_lower or tokens[0].text in HYPHENS):
            tokens = tokens[1:]  # "south-west Nigeria", "central Lima": the place, without the part of it
        if not tokens:
            return []
        if label == "PERSON" and len(tokens) >= 2 and tokens[-1].i in title_tokens and tokens[0].i not in title_tokens \
                and sum(t.i not in title_tokens for t in tokens) == 1 and (
                    len(tokens) >= 3 or fold(tokens[0].text) in self.lex.cities or self.lex.country(tokens[0].text)):
            return []  # "Pahang Menteri Besar", "Tbilisi Mayor": a place and a title, the name after them
        while len(tokens) > 1 and tokens[0].text.rstrip(".") in NAME_HONORIFICS:
            tokens = tokens[1:]  # "Mr Warraich" is "Warraich"
            label = "PERSON" if label in {"ORG", "GPE", "NORP"} else label  # ("Cllr. X Y", tagged as a body)
        while label in {"PERSON", "ORG"} and len(tokens) > 1 and tokens[0].i in title_tokens \
                and tokens[0].i - 1 in title_tokens:
            tokens = tokens[1:]  # "Head of" + "State Va'aiga": the end of a title the NER took into the name
            label = "PERSON" if label in {"ORG", "GPE", "NORP"} else label
        if label == "ORG" and len(tokens) >= 3 and tokens[0].i in title_tokens and tokens[1].i not in title_tokens \
                and self.lex.is_given_name(tokens[1].text) and self._looks_like_person(tokens[1:]):
            tokens, label = tokens[1:], "PERSON"  # "Connétable David Perchard" tagged as a body: the title, a name
        if all(t.i in title_tokens for t in tokens) and (
                label == "PERSON" or fold(_clean_name(tokens)) not in self.lex.org_head_nouns):
            # "Supervisor" (PERSON) "of Elections" (ORG), "Minister of ... and International Trade" (ORG): a
            # title, not a person or a body ("Member of Parliament" keeps its Parliament)
            return []
        first, last = tokens[0].i, tokens[-1].i
        padded: list[tuple[int, int]] = []
        if last + 1 < len(doc) and _is_name_token(doc[last + 1]):
            padded += [(0, 1), (0, 2)]
        if first > 0 and _is_name_token(doc[first - 1]):
            padded += [(1, 0), (2, 0)]
        for lpad, rpad in padded:
            # "Sierra" (tagged ORG) + "Leone", "Santo" + "Domingo" (tagged PERSON): a place the NER cut short
            start, end = tokens[0].i - lpad, tokens[-1].i + 1 + rpad
            if start < 0 or end > len(doc) or not all(
                    _is_name_token(t) for t in [*doc[start:tokens[0].i], *doc[tokens[-1].i + 1:end]]):
                continue
            text = doc[start:end].text
            if self.lex.country(text) and not self.lex.country(_clean_name(tokens)):
                return [Mention(start, end, "Country", self.lex.country(text) or "", props={"surface": text})]
            if fold(text) in self.lex.cities and fold(_clean_name(tokens)) not in self.lex.cities:
                return [Mention(start, end, "Location", text, props={"ner": ent.label_, "city": True,
                                                                     "country": self.lex.cities[fold(text)]})]
        if label == "ORG" and len(tokens) == 1 and tokens[0].i + 1 in title_tokens and not tokens[0].is_upper \
                and (fold(tokens[0].text + " " + doc[tokens[0].i + 1].text) in self.lex.titles
                     or doc[tokens[0].i + 1].lower_ in PORTFOLIO_TITLES
                     or tokens[0].lower_ in PORTFOLIO_WORDS and doc[tokens[0].i + 1].lower_ == "secretary"):
            return []  # "Finance Minister", "Health Minister", "Interior Secretary": a title, not a ministry
        if label in {"ORG", "PERSON"} and tokens[-1].i + 1 < len(doc) \
                and doc[tokens[-1].i + 1].lower_ in PLACE_KIND_NOUNS and tokens[-1].head.i == tokens[-1].i + 1:
            # "running in Bayanzurkh district": a place
            return [Mention(tokens[0].i, tokens[-1].i + 1, "Location", _clean_name(tokens), props={"ner": label})]
        if label in {"ORG", "NORP"} and not any(t.text[:1].isupper() for t in tokens):
            return []  # "the electoral commission": a description, resolved as a reference later
        before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        if before is not None and self.lex.is_given_name(before.text) and not before.ent_type_ \
                and len(tokens) <= 2 and self._looks_like_person([before, *tokens]):
            tokens = [before, *tokens]  # "Ana" + "Costa" (tagged GPE): one person's name
            label = "PERSON"
        if len(tokens) == 1 and self.lex.is_given_name(tokens[0].text):
            after = list(doc[tokens[0].i + 1:tokens[0].i + 3])
            rest = [t for t in after[:2] if not t.ent_type_ and t.pos_ == "PROPN" and _is_name_token(t)]
            rest = rest[:1] if len(rest) < 2 or rest[1].i != rest[0].i + 1 else rest
            if rest and rest[0].i == tokens[0].i + 1 and self._looks_like_person([tokens[0], *rest]):
                tokens = [tokens[0], *rest]  # "Marta" (tagged GPE) + "Ruiz": one person's name
                label = "PERSON"
        out: list[Mention] = []
        # "the Parliamentary Assembly of the Council of Europe (PACE": the acronym rides along
        brackets = [k for k, t in enumerate(tokens) if t.text == "("]
        if brackets and brackets[0] > 0:
            tokens = tokens[:brackets[0]]
        if label == "NORP" and len(tokens) == 1 and fold(tokens[0].text) in self.lex.cities \
                and not self.lex.country_of_adjective(tokens[0].text):
            # "arrived in Asuncion" tagged as a nationality: the city
            return [Mention(tokens[0].i, tokens[0].i + 1, "Location", tokens[0].text,
                            props={"ner": label, "city": True, "country": self.lex.cities[fold(tokens[0].text)]})]
        if label in {"NORP", "PRODUCT", "EVENT", "WORK_OF_ART"}:
            name = _clean_name(tokens)
            if len(tokens) > 1 and self.lex.country_of_adjective(name) or not name[:1].isupper() \
                    or any(t.like_num for t in tokens):
                return []
            if label == "NORP" and len(tokens) == 1:
                nxt = tokens[0].i + 1
                if _is_acronym(tokens[0].text) and nxt + 1 < len(doc) and doc[nxt].lower_ == "member" \
                        and doc[nxt + 1].lemma_ in {"state", "country", "nation"}:
                    # "officials from SAARC member states": the body the states are members of
                    return [Mention(tokens[0].i, nxt, "Organization", tokens[0].text, props={"ner": label})]
                # "Bulgarian President X": the adjective names the country of a national title; "Kenyans" nothing
                country = self.lex.country_of_adjective(tokens[0].text)
                if country and not tokens[0].text.endswith("s"):
                    return [Mention(tokens[0].i, tokens[0].i + 1, "Country", country, props={"adjective": True})]
                nxt = tokens[0].i + 1
                if tokens[0].lower_ in PARTY_MEMBERS_NOUNS and tokens[0].is_title and (
                        tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the"
                        or nxt + 1 < len(doc) and doc[nxt].lower_ in PARTY_MEMBER_NOUNS
                        and doc[nxt + 1].is_title and doc[nxt + 1].pos_ == "PROPN"):
                    # "The Conservatives on Friday nominated X", "Greens councillor X": a party named for its members
                    return [Mention(tokens[0].i, tokens[0].i + 1, "Organization", tokens[0].text,
                                    props={"ner": label, "party": True})]
                return []
            if label == "EVENT":
                return []
            label = "ORG"
        if label == "ORG" and len(tokens) == 1 and tokens[0].pos_ == "ADJ" and not _is_acronym(tokens[0].text) \
                and tokens[0].lower_ not in NOUN_PARTY_NAMES:
            return []  # "Socialist deputy X": a party's adjective, not its name ("Labour candidate X": a name)
        if label in {"PERSON", "ORG", "GPE", "NORP"}:
            # a country adjective, title or occupation glued in front of a person's name
            while len(tokens) > 1:
                head = tokens[0]
                rest = tokens[1:]
                country = self.lex.country(head.text) or self.lex.country_of_adjective(head.text)
                person_rest = self._looks_like_person(rest) and (label == "PERSON" or len(rest) >= 2)
                if country and (person_rest or len(rest) >= 3 and (rest[0].lower_ in OCCUPATIONS
                                                                   or rest[0].i in title_tokens)
                                and self._looks_like_person(rest[1:])):
                    # "Azerbaijan Mazahir Panahov"; "Kyrgyz lawmaker Nurbek Asanov" (the occupation goes next)
                    out.append(Mention(head.i, head.i + 1, "Country", country,
                                       props={"adjective": not self.lex.country(head.text)}))
                    tokens = rest
                    label = "PERSON"
                elif (label == "PERSON" or label == "ORG" and len(rest) == 2 and not country) \
                        and len(rest) >= 2 and head.i >= 2 and doc[head.i - 1].lower_ == "of" \
                        and (head.i - 2 in title_tokens or doc[head.i - 2].lower_ in {"mayor", "governor"}) \
                        and head.is_title and not self.lex.is_given_name(head.text) \
                        and self.lex.is_given_name(rest[0].text) and self._looks_like_person(rest):
                    # "former Lord Mayor of Cork Helen Desmond": the place or body of the title, then the name
                    place = doc[head.i - 2].lower_ in {"mayor", "governor", "mayoralty"} or self._known_place(head.text)
                    out.append(Mention(head.i, head.i + 1, "Location" if place else "Organization", head.text,
                                       props={"ner": "GPE" if place else "ORG"}))
                    tokens = rest
                    label = "PERSON"
                elif (head.i in title_tokens or head.lower_ in OCCUPATIONS
                      or head.is_sent_start and head.lower_ in PERSON_NOUNS) and person_rest:
                    tokens = rest  # ("Historian X has been elected": a calling, capitalised to open the sentence)
                    label = "PERSON"
                elif head.i in title_tokens and (untitled := [t for t in tokens if t.i not in title_tokens]) \
                        and untitled[0].i == max(t.i for t in tokens if t.i in title_tokens) + 1 \
                        and 2 <= len(untitled) <= 3 and self._looks_like_person(untitled):
                    # "Minister for Communication and Information Technology" + "Sushila Pandey"
                    tokens = untitled
                    label = "PERSON"
                elif label == "ORG" and head.i in title_tokens \
                        and (k := next((x for x, t in enumerate(tokens) if t.i not in title_tokens), 0)) \
                        and len(tokens) - k >= 3 and tokens[k].lower_ == "of" \
                        and tokens[-1].lower_ not in {"republic", "state", "country", "nation", "federation"}:
                    # "the Marshal of the Sejm", "The Chief Observer of the EU Election Observation Mission"
                    # tagged as one body: the title, then the body
                    rest = tokens[k + 1:]
                    tokens = rest[1:] if rest[0].lower_ == "the" else rest
                    break
                else:
                    break
        if label == "ORG" and len(tokens) > 3 and tokens[1].lower_ in {"'s", "’s"} \
                and (country := self.lex.country(tokens[0].text)):
            # "Senegal's Constitutional Council": the country owns the body; it is not in its name
            out.append(Mention(tokens[0].i, tokens[0].i + 1, "Country", country, props={"surface": tokens[0].text}))
            tokens = tokens[2:]
        if label == "ORG":
            words_lower = [t.lower_ for t in tokens]
            if len(tokens) > 2 and words_lower[0] == "parliament" and words_lower[1] == "for":
                tokens = tokens[:1]  # "a member of Parliament for Cape Coast North": the seat is not the name
                words_lower = words_lower[:1]
            if "and" in words_lower:
                k = words_lower.index("and")
                right = tokens[k + 1:]
                if right and self.lex.is_given_name(right[0].text) and self._looks_like_person(right):
                    # "the Democratic Pact and Federico Arango": two names the NER ran together
                    out.append(Mention(right[0].i, right[-1].i + 1, "Person", _clean_name(right)))
                    tokens = tokens[:k]
            nxt = tokens[-1].i + 1
            if len(tokens) >= 3 and self.lex.is_given_name(tokens[-1].text) and nxt < len(doc) \
                    and _is_name_token(doc[nxt]) and doc[nxt].text[:1].isupper() and doc[nxt].pos_ == "PROPN" \
                    and not self.lex.is_given_name(doc[nxt].text) and self._looks_like_person([tokens[-1], doc[nxt]]):
                # "Speaker of the Milli Majlis Leyla" + "Aliyeva": a given name the NER ran into the body
                out.append(Mention(tokens[-1].i, nxt + 1, "Person", _clean_name([tokens[-1], doc[nxt]])))
                tokens = tokens[:-1]
            if len(tokens) >= 2 and self.lex.country_of_adjective(tokens[0].text) and (
                    fold(" ".join(t.text for t in tokens[1:])) in self.lex.titles
                    or all(t.i in title_tokens for t in tokens[1:])):
                # "Slovak MEP", "Kazakh Foreign" + "Minister": a nationality and a title (the country of a
                # national title is added by `national_adjectives`)
                return out
            # "CIS Executive Committee - Executive" + "Secretary": a title the NER ran into the name
            following = tokens[-1].i + 1
            if len(tokens) >= 2 and tokens[-1].i in title_tokens and (
                    any(t.text in HYPHENS for t in tokens[1:]) or following in title_tokens
                    # "CEC Chairwoman" + "Nana Tsertsvadze": a title between the body and a name
                    or following < len(doc) and _is_name_token(doc[following])
                    and doc[following].ent_type_ == "PERSON"):
                # ("CPLP Executive" + "Secretary X": the title runs on past the name)
                while len(tokens) > 1 and (tokens[-1].i in title_tokens or tokens[-1].text in HYPHENS):
                    tokens = tokens[:-1]
            # "the INEC collation centre": trailing common words are not part of the name
            while len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].lower_ not in PARTY_NOUNS | {
                    "of", "for", "and", "on"}:
                tokens.pop()
            tokens = self._extend_organization(doc, tokens)
            j = tokens[-1].i + 1
            if j + 1 < len(doc) and doc[j].lower_ in {"on", "for"} and (
                    self.lex.country(tokens[-1].text) or tokens[-1].lower_ in self.lex.org_head_nouns) \
                    and _is_name_token(doc[j + 1]) and doc[j + 1].ent_type_ not in {"PERSON", "DATE"} \
                    and not self.lex.country(doc[j + 1].text):
                # "the Central Commission of the Republic of Belarus on Elections and Holding Republican Referenda",
                # "the State Duma Committee on CIS Affairs", "the Commission on Elections"
                k = j + 1
                while k < len(doc) and (_is_name_token(doc[k]) and doc[k].ent_type_ not in {"PERSON", "DATE"}
                                        or doc[k].lower_ in {"and", "of"} and k + 1 < len(doc)
                                        and _is_name_token(doc[k + 1])):
                    k += 1
                tokens = list(doc[tokens[0].i:k])
            inner = next((k for k in range(1, len(tokens) - 2) if tokens[k].i in title_tokens
                          and tokens[k - 1].i not in title_tokens), None)
            if inner is not None:
                # "CEC Chairwoman Cristina Lupu" tagged as one body: the body, a title, then its holder
                k = inner
                while k < len(tokens) and tokens[k].i in title_tokens:
                    k += 1
                rest = tokens[k:]
                if 2 <= len(rest) <= 3 and self._looks_like_person(rest):
                    out.append(Mention(rest[0].i, rest[-1].i + 1, "Person", _clean_name(rest)))
                    tokens = tokens[:inner]
            split = self._split_trailing_person(tokens)
            if split:
                tokens, person = split
                out.append(Mention(person[0].i, person[-1].i + 1, "Person", _clean_name(person)))
        if label == "PERSON" and len(tokens) >= 3 and tokens[0].i not in title_tokens:
            inner = next((k for k in range(1, len(tokens) - 1) if tokens[k].i in title_tokens), None)
            prefix = " ".join(t.text for t in tokens[:inner]) if inner is not None else ""
            if inner is not None and (_bracketed_in(doc, prefix) or fold(prefix) in self.lex.cities
                                      or self.lex.country(prefix)):
                # "Comelec Chairperson Ernesto Villareal", "Tbilisi Mayor X" tagged as one person: a body's short
                # name or a place, a title, the person (the short name is found again as the body's)
                k = inner
                while k < len(tokens) and tokens[k].i in title_tokens:
                    k += 1
                tokens = tokens[k:]
                if not tokens:
                    return []
        if label == "PERSON" and len(tokens) >= 4:
            split = self._split_trailing_person(tokens)
            if split and split[0][0].text[:1].isupper():
                # "Speaker of the Legislative Chamber" + "Nurbek Ismoilov", tagged as one person
                front, tokens = split
                out.append(Mention(front[0].i, front[-1].i + 1, "Organization", _clean_name(front)))
        if label == "PERSON" or label in {"ORG", "WORK_OF_ART", "FAC", "EVENT"} and tokens \
                and self.lex.is_given_name(tokens[0].text):
            # ("Ruben Camarena of the opposition Democratic Union Party", tagged as one work of art: the same)
            of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), None)
            after = [t for t in tokens[of + 1:] if t.lower_ != "the"] if of is not None else []
            while after and after[0].lower_ in PARTY_STANDING_WORDS:
                after = after[1:]  # ("of the opposition Democratic Union Party": the party)
            if of is not None and of >= 2 and after and all(_is_name_token(t) for t in after) \
                    and self._looks_like_person(tokens[:of]):
                # "Luis Herrera of Popular Force": a person and the body the NER ran into the name
                country = self.lex.country(" ".join(t.text for t in after))
                out.append(Mention(after[0].i, after[-1].i + 1, "Country" if country else "Organization",
                                   country or _clean_name(after)))
                tokens = tokens[:of]
        if label == "PERSON" and len(tokens) > 1 and tokens[-1].lower_ in self.lex.org_head_nouns:
            label = "ORG"
        elif label == "PERSON" and len(tokens) > 1 and self.lex.country(tokens[0].text) \
                and not self.lex.is_given_name(tokens[0].text) and any(t.text in HYPHENS for t in tokens):
            label = "ORG"  # "Bangladesh Jamaat-e-Islami finished second": a body named for its country
        if label in {"ORG", "GPE", "LOC", "FAC", "NORP"} and self._named_like_person(tokens):
            label = "PERSON"  # "Ivan Orlov" tagged ORG: a given name and a surname
        elif label == "ORG" and 3 <= len(tokens) <= 4 and self._looks_like_person(tokens) \
                and self._party_follows(doc, tokens[-1].i + 1):
            label = "PERSON"  # "Karla Rivera Suazo of the Liberty and Refoundation party", the name tagged a body
        if not tokens:
            return out
        if label == "PERSON" and _place_before_office(doc, tokens[-1].i + 1):
            return out  # "former Central Java governor Dimas Prasetyo": the province of the post, not a person
        name = _clean_name(tokens)
        if not name or not any(c.isalpha() for c in name):
            return out
        if label in {"ORG", "PERSON", "GPE"} and name.endswith("s") and (
                self.lex.country_of_adjective(name[:-1]) or name.endswith("ers") and self.lex.country(name[:-3])):
            return out  # "New Zealanders", "Belarusians": a people, not a body or a person
        country = self.lex.country(name)
        if country and label in {"GPE", "PERSON", "ORG", "LOC", "NORP", "FAC"}:
            out.append(Mention(tokens[0].i, tokens[-1].i + 1, "Country", country, props={"surface": name}))
            return out
        if fold(name) in self.lex.cities and label in {"GPE", "PERSON", "ORG", "LOC", "FAC"}:
            out.append(Mention(tokens[0].i, tokens[-1].i + 1, "Location", name.title() if name.isupper() else name,
                               props={"ner": ent.label_, "city": True, "country": self.lex.cities[fold(name)]}))
            return out  # "a former mayor of Antananarivo" tagged ORG
        mtype = NER_TYPES.get(label, "Organization") if label != "NORP" else "Organization"
        out.append(Mention(tokens[0].i, tokens[-1].i + 1, mtype, name, props={"ner": ent.label_}))
        return out

    @staticmethod
    def _party_follows(doc: Doc, k: int) -> bool:
        """"of the Liberty and Refoundation party", "of the National Party": a party's name after "of"."""
        if k >= len(doc) or doc[k].lower_ != "of":
            return False
        for t in doc[k + 1:min(len(doc), k + 8)]:
            if t.lower_ in PARTY_NOUNS:
                return t.i > k + 1
            if not (t.text[:1].isupper() or t.lower_ in NAME_LINKS):
                return False
        return False

    def _named_like_person(self, tokens: list[Token]) -> bool:
        """Two to four capitalised words that start with a common given name ("Ivan Orlov") or end in a
        surname ending ("Aigars Ozols" is not, "Oleksandr Nykonenko" is)."""
        words = [t for t in tokens if t.text not in HYPHENS]
        if not 2 <= len(words) <= 4 or not self._looks_like_person(tokens):
            return False
        return self.lex.is_given_name(words[0].text) or SURNAME_ENDING.search(words[-1].text) is not None

    def _looks_like_person(self, tokens: list[Token]) -> bool:
        if not tokens:
            return False
        key = (tokens[0].i, tokens[-1].i, len(tokens))
        known = self._person_shapes.get(key)
        if known is None:
            known = self._person_shapes[key] = self._person_shape(tokens)
        return known

    def _person_shape(self, tokens: list[Token]) -> bool:
        words = [t for t in tokens if t.text not in HYPHENS]
        return (
            1 <= len(words) <= 4
            and tokens[0].text not in HYPHENS and tokens[-1].text not in HYPHENS
            and fold(" ".join(t.text for t in tokens)) not in self.lex.titles
            and not all(fold(t.text) in self.lex.title_words for t in words)
            # ("Per-Olof Lindqvist": a given name that is a stop word in lower case)
            and all(_is_name_token(t) and (not t.is_stop or k == 0 and self.lex.is_given_name(t.text))
                    or k < len(words) - 1 and INITIALS.fullmatch(t.text)
                    or 0 < k < len(words) - 1 and t.lower_ in NAME_PARTICLES  # "Marta Nunes da Silva"
                    for k, t in enumerate(words))  # "R.M.A.L. Rathnayake"
            and not any(t.lower_ in self.lex.org_head_nouns or t.lower_ in PARTY_NOUNS or t.lower_ in PLACE_NOUNS
                        or t.lower_ in POLITICAL_WORDS for t in words)
            and not any(_is_acronym(t.text) and len(t.text) > 1 and not (k and ROMAN.fullmatch(t.text))
                        for k, t in enumerate(words))  # (but "Abdullah II")
            and not any(self.lex.country(t.text) or self.lex.country_of_adjective(t.text) for t in words)
        )

    def _extend_organization(self, doc: Doc, tokens: list[Token]) -> list[Token]:
        """"The Central Election Commission of" + "Azerbaijan": finish names cut after "of"."""
        end = tokens[-1].i + 1
        if tokens[-1].text in {"-", "–"} and end < len(doc) and doc[end].is_alpha:
            # "the Organization for Security and Co-" + "operation in Europe": a name cut at its hyphen
            j = end + 1
            if j + 1 < len(doc) and doc[j].lower_ in {"in", "of"} and _is_name_token(doc[j + 1]):
                j += 1
                while j < len(doc) and _is_name_token(doc[j]):
                    j += 1
            return list(doc[tokens[0].i:j])
        # ("the Central Commission for Elections and" + "Referendums", one plural word tagged as a person: the
        # name runs on)
        plural_word = end + 1 < len(doc) and doc[end].text.endswith("s") and not _is_name_token(doc[end + 1]) \
            and doc[end].ent_iob_ == "B" and doc[end + 1].ent_iob_ != "I" \
            and not self.lex.is_given_name(doc[end].text) and any(t.lower_ in {"of", "for", "on"} for t in tokens[1:])
        if tokens[-1].lower_ in {"of", "for", "and", "on"} and end < len(doc) and (
                doc[end].ent_type_ == "PERSON" or tokens[-1].lower_ == "and" and doc[end].ent_iob_ == "B"
                and end + 2 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 2].text == ",") \
                and not plural_word:
            # "the Democratic Pact and" + "Federico Arango": a person follows, not more name ("Dewan Rakyat and" +
            # "Akosua Mensah, a Ghanaian MP": a name of its own, set apart)
            return tokens[:-1]
        if tokens[-1].lower_ in {"of", "for", "and", "on"}:
            j = end
            while j < len(doc) and (doc[j].lower_ in {"the", "of", "and"} or _is_name_token(doc[j])):
                j += 1
            while j > end and doc[j - 1].lower_ in {"the", "of", "and"}:
                j -= 1
            if j > end:
                return list(doc[tokens[0].i:j])
            return tokens[:-1]
        if end + 1 < len(doc) and doc[end].lower_ == "in" and any(t.lower_ in {"of", "on", "for"} for t in tokens[1:]):
            # "the Committee for Free and Fair Elections" + "in Cambodia" + "(Comfrel)": the country is in the name
            # its short form in brackets stands for
            j = end + 1
            while j < len(doc) and j - end <= 3 and _is_name_token(doc[j]):
                j += 1
            if j > end + 1 and self.lex.country(doc[end + 1:j].text) and j + 2 < len(doc) and doc[j].text == "(" \
                    and doc[j + 2].text == ")" and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
                return list(doc[tokens[0].i:j])
        if end + 1 < len(doc) and doc[end].lower_ == "and" and any(t.lower_ in {"of", "on", "for"} for t in tokens[1:]):
            # "the Central Commission on Elections" + "and Republican Referendums": a formal name cut at "and"
            j = end + 1
            # (also "... for Elections" + "and Referenda", the last word tagged a body of its own)
            while j < len(doc) and j - end <= 3 and _is_name_token(doc[j]) \
                    and (doc[j].ent_type_ not in {"PERSON", "GPE", "ORG"}
                         or doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ == "B" and j == end + 1
                         and doc[j].lower_ in {"referenda", "referendums"}) \
                    and doc[j].lower_ not in self.lex.title_tokens:
                j += 1
            if j > end + 1 and (doc[j - 1].lower_.endswith("s") or doc[j - 1].lower_ == "referenda") \
                    and (j >= len(doc) or not _is_name_token(doc[j])):
                return list(doc[tokens[0].i:j])
        return tokens

    def _split_trailing_person(self, tokens: list[Token]) -> tuple[list[Token], list[Token]] | None:
        """"the National Assembly Rositsa Koleva": an organization name, then a person's name."""
        for k in range(1, len(tokens) - 1):
            # "... Commission of the Republic of Uzbekistan Rustam Kholmatov": a country ends the name
            of_country = k >= 3 and bool(self.lex.country(tokens[k - 1].text)) \
                and any(t.lower_ == "of" for t in tokens[:k - 1])
            # "... Secretary of the CIS Pavel Orlov": an acronym, then a given name
            acronym = _is_acronym(tokens[k - 1].text) and len(tokens[k - 1].text) > 1 \
                and self.lex.is_given_name(tokens[k].text)
            # "... on Elections and Holding Republican Referendums Vadim Lipsky": a given name ends the body
            given = k >= 3 and self.lex.is_given_name(tokens[k].text) and tokens[k - 1].text[:1].isupper() \
                and not self.lex.is_given_name(tokens[k - 1].text)
            if tokens[k - 1].lower_ in self.lex.org_head_nouns or tokens[k - 1].lower_ in PARTY_NOUNS or of_country \
                    or acronym or given:
                rest = tokens[k:]
                # ("... of Representatives Ahmed Jassim al-Shammari": a hyphenated surname is one word)
                words = len([t for t in rest if t.text not in HYPHENS]) - sum(
                    t.text in HYPHENS and t.i > 0 and t.doc[t.i - 1].lower_ in {"al", "el", "ad", "ar", "as", "ash"}
                    for t in rest)
                if len(rest) >= 2 and 2 <= words <= 3 and self._looks_like_person(rest):
                    return tokens[:k], rest
        return None

    # -- names the NER misses -------------------------------------------------------------
    def _named_person_before(self, doc: Doc, last: int) -> bool:
        """Whether the name the NER tagged as a person and ending at `last` reads as one: a given name first, or
        a title or occupation before it (not "Elections Cameroon (ELECAM)", a body taken for a person)."""
        start = last
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return self.lex.is_given_name(doc[start].text) or start > 0 and (
            doc[start - 1].lower_ in OCCUPATIONS or fold(doc[start - 1].text) in self.lex.titles)

    def find_named_organizations(self, doc: Doc, dateline_end: int) -> list[Mention]:
        """"the Zhany Zhol party", "the Special Electoral Jury (JEE) of Lima Centro"."""
        out: list[Mention] = []
        if self._head_ids is None:
            self._head_ids = word_ids(self.lex.org_head_nouns | PARTY_NOUNS)
        for token in tokens_among(doc, self._head_ids, dateline_end):
            if not token.is_alpha:
                continue
            lower = token.lower_
            capital = token.text[:1].isupper()
            # a capitalised head noun ("Jury", "Commission") or a party word after a name ("the Zhany Zhol party")
            if not (capital and lower in self.lex.org_head_nouns or lower in PARTY_NOUNS):
                continue
            # walk left over capitalised words (and inner hyphens: "A Just Russia - For Truth party"),
            # and over an acronym in brackets before a party word: "the Law and Justice (PiS) party"
            j = token.i
            bracket = None
            if lower in PARTY_NOUNS and j - 3 > dateline_end and doc[j - 1].text == ")" and doc[j - 3].text == "(" \
                    and doc[j - 2].text[:1].isupper() and _is_name_token(doc[j - 4]):
                j = bracket = j - 3
            while j > dateline_end:
                prev = doc[j - 1]
                if (prev.text in {"'s", "’s"} or prev.text in {"'", "’"} and doc[j - 2].text.endswith("s")
                        and self.lex.country(doc[j - 2].text)) and j - 2 >= 0 and (
                        self.lex.country(doc[j - 2].text) or doc[j - 2].ent_type_ in {"GPE", "PERSON", "DATE"}
                        or not capital or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
                        and token.ent_type_ == "ORG"
                        or doc[j - 2].text[:1].isupper() and doc[j - 2].lower_ in self.lex.org_head_nouns):
                    # "Peru's National Jury", "Dago's party", "Saturday's National Assembly election": the owner
                    # or the day is not part of the name (nor in "the
                    # European Parliament's Committee on Constitutional Affairs", a name that runs on, nor in
                    # "the Interior Ministry's Electoral Service": a body of its own)
                    break
                if _is_name_token(prev) or prev.text in {"'s", "’s", "'", "’", "-", "–"} and j - 2 >= 0 \
                        and _is_name_token(doc[j - 2]):
                    j -= 1
                    continue
                if prev.lower_ in {"of", "and", "for"} and j - 2 >= 0 and _is_name_token(doc[j - 2]) \
                        and not (prev.lower_ == "of" and fold(doc[j - 2].text) in self.lex.title_words
                                 and fold(doc[j - 2].text) not in self.lex.org_head_nouns) \
                        and not (prev.lower_ == "for" and fold(doc[j - 2].text) in self.lex.titles) \
                        and (doc[j - 2].ent_type_ != "PERSON" or prev.lower_ == "for" and lower in PARTY_NOUNS
                             and j - 3 >= 0 and doc[j - 3].lower_ in DETERMINERS | {"opposition", "ruling"}) \
                        and not (prev.lower_ == "and" and any(
                            self.lex.is_given_name(doc[x].text) for x in range(max(0, j - 4), j - 1))) \
                        and not (prev.lower_ == "and" and doc[j - 2].lower_ == lower) \
                        and (token.text[:1].isupper() or bracket is not None  # not "Andrés Paredes of" + X
                             or prev.lower_ == "for" and lower in PARTY_NOUNS  # "the Together for Peru party"
                             or prev.lower_ in {"of", "and"} and lower in PARTY_NOUNS and j - 3 >= 0
                             and doc[j - 3].lower_ == "the"):  # "the Republic of Values party", "the Liberty and
                    # Refoundation party"
                    j -= 1
                    continue
                break
            while j < token.i and (doc[j].lower_ in {"of", "and", "for", "-", "–", "'s"} or doc[j].is_punct):
                j += 1
            if j == token.i and not token.text[:1].isupper():
                continue
            # where the name after "for"/"of" starts ("the Alliance for the Republic": after "the")
            name_at = token.i + 2 + int(token.i + 3 < len(doc) and doc[token.i + 2].lower_ == "the")
            if j == token.i and lower in PARTY_NOUNS and token.text[:1].isupper() and name_at < len(doc) \
                    and doc[token.i + 1].lower_ in {"for", "of"} and _is_name_token(doc[name_at]) \
                    and doc[name_at].text[:1].isupper() and doc[name_at].ent_type_ not in {"PERSON", "DATE"}:
                # "the Javakhishvili-led Coalition for Change": a party word, then its name
                end = name_at
                while end < len(doc) and end - token.i < 9 and (
                        _is_name_token(doc[end]) and doc[end].text[:1].isupper() and doc[end].ent_type_ != "PERSON"
                        or doc[end].lower_ in {"and", "of", "for", "the"} and end + 1 < len(doc)
                        and doc[end + 1].text[:1].isupper()):
                    end += 1
                while doc[end - 1].lower_ in {"and", "of", "for", "the"}:
                    end -= 1  # (a long name cut short ends on a name word, not on "of")
                if not self.lex.country(doc[name_at:end].text):
                    out.append(Mention(token.i, end, "Organization", _clean_name(list(doc[token.i:end])),
                                       props={"rule": "named-org"}))
                continue
            if j == token.i and token.text[:1].isupper() and token.i > 0 and doc[token.i - 1].lower_ == "the":
                continue  # "the Assembly": a back-reference, resolved later
            words = list(doc[j:token.i + 1] if bracket is None else doc[j:bracket])
            if not words or (len(words) == 1 and not token.text[:1].isupper()):
                continue
            if words[0].i == token.i:
                continue
            # the first word must not be a title, a country adjective or a sentence-initial common word
            while words and (fold(words[0].text) in self.lex.titles or words[0].lower_ in OCCUPATIONS
                             or words[0].lower_ in {"ruling", "opposition", "rival", "senior", "prominent", "leading"}
                             or words[0].lower_ in DETERMINERS and (words[0].is_lower or words[0].is_sent_start)
                             or words[0].lower_ in POSSESSIVE_PRONOUNS  # ("His National Unity bloc")
                             # ("the Islamist Tawassoul party": a leaning, then the name, then a lower-case "party")
                             or words[0].lower_ in POLITICAL_LEANINGS and token.is_lower and len(words) >= 3):
                words = words[1:]
            if len(words) < 2 or not any(_is_name_token(w) and not w.is_stop for w in words if w.i != token.i):
                continue
            if token.is_lower and all(w.lower_ in POLITICAL_LEANINGS for w in words if w.i != token.i):
                continue  # "the country's main Islamist party": a leaning, no name
            if all(self.lex.country_of_adjective(w.text) or self.lex.country(w.text) or w.i == token.i
                   for w in words) and not token.text[:1].isupper():
                continue  # "Russian party"
            name = _clean_name(words)
            # "Special Electoral Jury (JEE) of Lima Centro": the body's full name runs on
            end = token.i + 1 if bracket is None else bracket
            k = end
            if k < len(doc) and doc[k].text == "(":
                while k < len(doc) and doc[k].text != ")" and k - end < 6:
                    k += 1
                k += 1
            if k + 1 < len(doc) and doc[k].lower_ == "of" and token.text[:1].isupper():
                m = k + 1 + (doc[k + 1].lower_ == "the")
                run = m
                while run < len(doc) and (_is_name_token(doc[run]) and doc[run].ent_type_ in {
                        "GPE", "LOC", "FAC", "ORG", ""} or doc[run].lower_ in {"of", "and"} and run > m
                        and run + 1 < len(doc) and _is_name_token(doc[run + 1])):
                    if run > m and self.lex.country(doc[run - 1].text) and doc[run - 1].lower_ != "states":
                        break  # "... of the Republic of Kazakhstan" + "Nurlan Abenov": the country ends it
                    run += 1  # "... Mission of the Organization of American States"
                titled = run < len(doc) and doc[run].ent_type_ == "PERSON" and any(
                    w.lower_ in self.lex.title_words for w in doc[m:run])  # ("the CDU of Minister-President X")
                if run > m and not self.lex.country(doc[m:run].text) and not titled:
                    name = f"{name} of {doc[k + 1:run].text}"  # "... Committee of the Riigikogu"
                    if k == end:
                        end = run
            if words[0].lower_ == "the" and len(words) > 1:
                name = name[4:]  # "The Electoral Observation Mission ..." after a dateline
                words = words[1:]
            props: dict[str, Any] = {"rule": "named-org"}
            if lower == "list" and token.is_lower and end == token.i + 1 and len(words) >= 2:
                # "the Bright Armenia list": the party (or alliance) whose list it is
                words, end = words[:-1], token.i
                name, props["party"] = _clean_name(words), True
            out.append(Mention(words[0].i, end, "Organization", name, props=props))
        # "the Storting set the date": a one-word proper name after "the" that the NER left out
        # (looked at only where "the" comes before a capitalised alphabetic word)
        arr = doc.to_array([LOWER, IS_LOWER, IS_UPPER, IS_ALPHA])
        after_the = numpy.flatnonzero((arr[:-1, 0] == THE_ID) & (arr[1:, 1] == 0) & (arr[1:, 2] == 0)
                                      & (arr[1:, 3] == 1)) + 1
        for k in after_the.tolist():
            if k < max(dateline_end, 1):
                continue
            token = doc[k]
            nxt = token.nbor(1) if token.i + 1 < len(doc) else None
            j = k + 3
            while j < len(doc) and j < k + 7 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j += 1
            if nxt is not None and nxt.lower_ == "of" and k + 3 < j < len(doc) and doc[k + 2].lower_ == "the" \
                    and doc[j].lower_ in {"party", "movement"} and not token.ent_type_:
                # "nominated by the Servant of the People party": the party's whole name, its "of" included
                out.append(Mention(k, j, "Organization", doc[k:j].text, props={"rule": "named-org", "party": True}))
                continue
            if token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and not token.ent_type_ \
                    and doc[token.i - 1].lower_ == "the" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} \
                    and (nxt is None or nxt.pos_ != "PROPN" and nxt.text != "(") \
                    and (token.lower_ not in self.lex.org_head_nouns or token.lower_ in PROPER_BODY_NAMES) \
                    and fold(token.text) not in self.lex.titles \
                    and not self.lex.country(token.text) and not self.lex.country_of_adjective(token.text) \
                    and fold(token.text) not in self.lex.cities and not self.lex.is_given_name(token.text) \
                    and token.lower_ not in CALENDAR_WORDS and not token.text.isupper():
                out.append(Mention(token.i, token.i + 1, "Organization", token.text, props={"rule": "the-name"}))
            elif token.pos_ == "PROPN" and not token.ent_type_ and nxt is not None and nxt.pos_ == "PROPN" \
                    and not nxt.ent_type_ and nxt.is_alpha and nxt.text[:1].isupper() and token.i + 2 < len(doc) \
                    and doc[token.i + 2].text == "," and any(c.dep_ == "appos" and c.lemma_ in LEGISLATURE_NOUNS
                                                             for c in nxt.children) \
                    and not self.lex.is_given_name(token.text):
                # "the Majlisi Milli, the upper house of parliament": a body named in its own language
                out.append(Mention(token.i, token.i + 2, "Organization", f"{token.text} {nxt.text}",
                                   props={"rule": "the-name"}))
        for token in tokens_among(doc, PROPER_BODY_IDS, dateline_end):
            if token.text[:1].isupper() and token.ent_type_ in {"", "NORP"} and token.pos_ == "PROPN" \
                    and not (token.i > 0 and doc[token.i - 1].lower_ == "the") \
                    and not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()
                             and fold(doc[token.i + 1].text) not in self.lex.titles):
                # "Majlis Speaker X": a legislature's own name, untagged ("the Majlis" is found above)
                out.append(Mention(token.i, token.i + 1, "Organization", token.text, props={"rule": "named-org"}))
        for index in numpy.flatnonzero(doc.to_array([IS_UPPER]).astype(bool).ravel()).tolist():
            token = doc[index]
            if index >= dateline_end and index + 2 < len(doc) and token.is_alpha and len(token) >= 2 \
                    and doc[index + 1].text == "-" and doc[index + 2].is_upper and doc[index + 2].is_alpha \
                    and not token.ent_type_ and not doc[index + 2].ent_type_ \
                    and not (index > 0 and doc[index - 1].text == "-") and not self.lex.country(token.text):
                # "the ZANU-PF candidate": a hyphenated name in capitals the NER left out
                out.append(Mention(index, index + 3, "Organization", doc[index:index + 3].text,
                                   props={"rule": "named-org"}))
                continue
            if index >= max(dateline_end, 2) and index + 1 < len(doc) and token.is_alpha and 2 <= len(token) <= 6 \
                    and doc[index - 1].text == "(" and doc[index + 1].text == ")" \
                    and doc[index - 2].ent_type_ == "PERSON" and token.ent_type_ in {"", "ORG"} \
                    and not self.lex.country(token.text) and self._named_person_before(doc, index - 2):
                # "Governor Ana Lúcia Teixeira (PSD)": the party in brackets after a name
                out.append(Mention(index, index + 1, "Organization", token.text,
                                   props={"rule": "named-org", "party": True}))
                continue
            if index >= dateline_end and token.is_alpha and len(token) >= 2 and not token.ent_type_ \
                    and token.pos_ == "PROPN" and not self.lex.country(token.text) and any(
                        c.dep_ == "appos" and c.lemma_ in PARTY_NOUNS | {"coalition", "alliance", "bloc"}
                        for c in token.children):
                # "GERB, the largest party in the outgoing parliament": a party named in capitals
                out.append(Mention(index, index + 1, "Organization", token.text,
                                   props={"rule": "named-org", "party": True}))
        for noun in tokens_among(doc, PARTY_APPOSITION_IDS, dateline_end):
            word = noun.head
            if noun.dep_ == "appos" and word.i < noun.i and word.pos_ == "PROPN" and word.is_title and word.is_alpha \
                    and len(word) >= 3 and not word.ent_type_ and word.i >= dateline_end \
                    and not any(c.dep_ == "compound" for c in word.children) \
                    and not (word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "PROPN") \
                    and not self.lex.country(word.text) and not self.lex.country_of_adjective(word.text) \
                    and fold(word.text) not in self.lex.cities and not self.lex.is_given_name(word.text):
                # "Nunatta, the former ruling party": a party's one-word name the NER left out
                out.append(Mention(word.i, word.i + 1, "Organization", word.text,
                                   props={"rule": "named-org", "party": True}))
        for word in tokens_among(doc, AGENCY_WORD_IDS, dateline_end):
            k = word.i + 1
            if word.is_title and k < len(doc) and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha \
                    and doc[k].ent_type_ != "PERSON" and not self.lex.is_given_name(doc[k].text) \
                    and not (word.i > 0 and doc[word.i - 1].lower_ in {"of", "for"}) and (
                    doc[k].pos_ == "PROPN" or fold(doc[k].text) in self.lex.regions or self.lex.country(doc[k].text)):
                # "Elections BC", "Élections Québec", "Elections Canada": an agency named for its work and its place
                # ("Elections Nova Scotia": a place of more than one word)
                k = next((j for j in (k + 2, k + 1) if j < len(doc) and fold(doc[k:j + 1].text) in self.lex.regions),
                         k)
                out.append(Mention(word.i, k + 1, "Organization", doc[word.i:k + 1].text, props={"rule": "named-org"}))
        for verb in tokens_among(doc, PARTY_ACT_IDS, dateline_end):
            for token in verb.children:
                if token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.is_upper and token.is_alpha \
                        and len(token) >= 2 and not token.ent_type_ and not self.lex.country(token.text):
                    # "ACT has selected X as its candidate": a name in capitals that nominates is a party
                    out.append(Mention(token.i, token.i + 1, "Organization", token.text,
                                       props={"rule": "named-org"}))
        out.extend(self._spelled_out_acronyms(doc, dateline_end))
        out.extend(self._friendship_groups(doc, dateline_end))
        for style in tokens_among(doc, STYLE_IDS, dateline_end):
            # "Governor-General Dame Lorraine Fleary", left untagged: the name after a knight's or dame's style
            k = style.i + 1
            while k < len(doc) and k - style.i <= 3 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_ \
                    and doc[k].pos_ == "PROPN":
                k += 1
            if k - style.i >= 3 and not style.ent_type_ and style.text in KNIGHTLY_STYLES:
                out.append(Mention(style.i + 1, k, "Person", doc[style.i + 1:k].text, props={"rule": "styled-name"}))
        # "a TURKSOY delegation", "the ANFREL mission", "the ECOWAS observation mission": a capitalised short
        # name before a delegation noun (or before the words that say the mission's kind)
        upper = doc.to_array([IS_UPPER, IS_ALPHA]).astype(bool)
        for index in numpy.flatnonzero(upper[:-1, 0] & upper[:-1, 1]).tolist():
            token = doc[index]
            k = index + 1
            while k < len(doc) - 1 and k - index <= 4 and (doc[k].lower_ in MISSION_KIND_WORDS or doc[k].lower_ in {
                    "pre", "post"} and doc[k + 1].text in HYPHENS or doc[k].text in HYPHENS and k > index + 1
                    and doc[k - 1].lower_ in {"pre", "post"}):
                k += 1  # ("the ECOWAS pre-election assessment mission")
            if token.i >= dateline_end and len(token.text) >= 3 and not token.ent_type_ \
                    and doc[k].lower_ in self.lex.delegation_nouns and not self.lex.country(token.text) \
                    and (k == index + 1 or doc[k].lower_ in {"mission", "delegation", "team", "group"}):
                out.append(Mention(token.i, token.i + 1, "Organization", token.text, props={"rule": "named-org"}))
        return out

    def coordinated_parties(self, doc: Doc, mentions: list[Mention], title_tokens: set[int]) -> list[Mention]:
        """"nominated by the Liberal Party and Radical Change": a capitalised name joined by "and" to a
        party is a party too, when the NER left it untagged and it does not look like a person's name."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        for m in mentions:
            if m.type != "Organization" or not PARTY_NOUNS & {w.lower() for w in m.name.split()}:
                continue
            k = m.end + 1 if m.end < len(doc) and doc[m.end].lower_ == "and" else None
            if k is None or k >= len(doc) or k in taken:
                continue
            end = k
            while end < len(doc) and end - k < 4 and end not in taken and end not in title_tokens \
                    and _is_name_token(doc[end]) and doc[end].text[:1].isupper():
                end += 1
            words = list(doc[k:end])
            if not 2 <= len(words) <= 3 or (end < len(doc) and _is_name_token(doc[end])) \
                    or self.lex.is_given_name(words[0].text) or any(self.lex.country(w.text) for w in words) \
                    or any(w.ent_type_ in {"PERSON", "GPE", "DATE"} for w in words):
                continue
            out.append(Mention(k, end, "Organization", _clean_name(words), props={"rule": "coordinated-party"}))
            taken.update(range(k, end))
        return out

    def _national_parliaments(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"a member of the Finnish parliament", "Nauru's parliament elected X": a country's legislature, named
        by its country, though the NER tags no name."""
        covered = {i: m for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        named: set[str] = set()  # countries whose house the text names ("the Norwegian parliament, the Storting")
        for t in tokens_among(doc, PARLIAMENT_IDS):
            if t.i in covered or t.text != "parliament":
                continue
            adjective = next((c for c in t.children if c.dep_ in {"amod", "compound"}
                              and self.lex.country_of_adjective(c.text)), None)
            country = next((covered[c.i].name for c in t.children if c.dep_ == "poss" and c.i in covered
                            and covered[c.i].type == "Country"), None) \
                or (self.lex.country_of_adjective(adjective.text) if adjective is not None else None)
            region = None
            if not country:
                # "the speaker of the Catalan parliament": a region's, named by the region's adjective
                adjective = next((c for c in t.children if c.dep_ in {"amod", "compound"} and c.i == t.i - 1
                                  and c.text[:1].isupper() and fold(c.text) in self.lex.region_adjectives), None)
                region = self.lex.region_adjectives[fold(adjective.text)] if adjective is not None else None
            place = country or region
            if not place:
                continue
            beside = [t.head.i] if t.dep_ == "appos" else []
            if t.i + 1 < len(doc) and doc[t.i + 1].text == ",":
                beside += [t.i + 2, t.i + 3]
            if any(i in covered and covered[i].type == "Organization" for i in beside):
                named.add(place)  # (and "the Manx parliament" later, after "Tynwald, the island's parliament")
                continue
            aliases = [f"{place} parliament", *([f"{adjective.text} parliament"] if adjective else [])]
            start = adjective.i if adjective is not None and adjective.i == t.i - 1 else t.i
            out.append(Mention(start, t.i + 1, "Organization", f"Parliament of {place}",
                               props={"rule": "national-parliament", "aliases": aliases, "country": place}))
        return [m for m in out if m.props["country"] not in named]

    def _friendship_groups(self, doc: Doc, dateline_end: int) -> list[Mention]:
        """"the Hungary-Azerbaijan parliamentary friendship group", "the Azerbaijan-Hungary inter-parliamentary
        working group": bodies named in lower case after the two countries they join."""
        out: list[Mention] = []
        for token in tokens_among(doc, FRIENDSHIP_IDS, max(dateline_end, 4)):
            k = token.i - 1
            while k > token.i - 6 and (doc[k].is_lower or doc[k].text in HYPHENS):
                k -= 1
            words = {t.lower_ for t in doc[k + 1:token.i]}
            if not words & {"friendship", "parliamentary", "inter-parliamentary", "interparliamentary", "working"}:
                continue
            # "Hungary" "-" "Azerbaijan": two countries joined by a hyphen, then the lower-case words
            if k >= 2 and self.lex.country(doc[k].text) and doc[k - 1].text in HYPHENS \
                    and self.lex.country(doc[k - 2].text):
                out.append(Mention(k - 2, token.i + 1, "Organization", _clean_name(list(doc[k - 2:token.i + 1])),
                                   props={"rule": "friendship-group"}))
        return out

    def _spelled_out_acronyms(self, doc: Doc, dateline_end: int) -> list[Mention]:
        """"her Green Future (GF) alliance": capitalised words whose initials are the acronym after them."""
        out: list[Mention] = []
        for bracket in tokens_among(doc, BRACKET_IDS, max(dateline_end, 1)):
            k = bracket.i
            # ("(CPA BIMR)": an acronym of two words, the body's and its branch's)
            two = k + 3 < len(doc) and doc[k + 3].text == ")" and _is_acronym(doc[k + 1].text) \
                and _is_acronym(doc[k + 2].text)
            if k + 1 >= len(doc) or doc[k + 1].text == ")" or k + 2 >= len(doc) or doc[k + 2].text != ")" and not two:
                continue
            acronym = doc[k + 1].text + doc[k + 2].text if two else doc[k + 1].text
            mixed = re.fullmatch(r"[A-Z][a-z]?[A-Z][a-z]?[A-Z]?", acronym) is not None  # "AfD", "PiS"
            if not (_is_acronym(acronym) or mixed) or not 2 <= len(acronym) <= (10 if two else 8):
                continue
            j = k
            while j > dateline_end and (_is_name_token(doc[j - 1]) or doc[j - 1].lower_ in {"of", "and", "for"}):
                j -= 1
            while j < k and (not _is_name_token(doc[j]) or doc[j].lower_ in DETERMINERS):
                j += 1  # (not "The" of "The Alliance for Democracy (AfD)")
            words = [t for t in doc[j:k] if t.text[:1].isupper()]
            initials = "".join(t.text[0] for t in words)
            # "Alliance for Democracy (AfD)", "Law and Justice (PiS)": the capitals spell it
            capitals = "".join(c for c in acronym if c.isupper())
            if len(words) < 2 or initials not in {acronym, capitals} \
                    or any(t.ent_type_ in {"PERSON", "GPE"} for t in words) \
                    or self.lex.country(doc[j:k].text):
                continue
            out.append(Mention(j, k, "Organization", _clean_name(list(doc[j:k])), props={"rule": "acronym-name"}))
        return out

    def _local_commissions(self, doc: Doc, dateline_end: int) -> list[Mention]:
        """"The Zhytomyr city territorial election commission": a place's commission named in lower case;
        "the state electoral committee", "the city's electoral committee", "the electoral committee for the
        Gera constituency": a body of some level below the nation's, named only by what it is."""
        out: list[Mention] = []
        for token in tokens_among(doc, ELECTION_BODY_IDS, dateline_end):
            k = token.i - 1
            if k < 1 or doc[k].lower_ not in {"election", "electoral"} or not token.is_lower:
                continue
            first = k
            while first > 0 and doc[first - 1].is_lower and doc[first - 1].lower_ in BODY_LEVEL_WORDS:
                first -= 1
            owned = first >= 2 and doc[first - 1].tag_ == "POS" and (  # "Thuringia's", "the city's"
                doc[first - 2].ent_type_ in {"GPE", "LOC"}
                or doc[first - 2].lower_ in PLACE_KIND_NOUNS | {"city", "state"})
            # ("the electoral committee for the Gera constituency", "the main electoral office of the Centre
            # constituency": the area it serves, part of its name)
            area = next((o for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}
                         for o in c.children if o.dep_ == "pobj" and o.lemma_ in AREA_NOUNS), None)
            before = doc[first - 1 - owned]
            if (first < k or owned or area is not None) and (not before.text[:1].isupper() or before.lower_ == "the") \
                    or owned and first < k:
                end = area.i + 1 if area is not None else token.i + 1
                out.append(Mention(first, end, "Organization", doc[first:end].text, props={"rule": "local-commission"}))
                continue
            if token.lower_ != "commission":
                continue
            while k > 0 and doc[k - 1].is_lower and doc[k - 1].lower_ in LOCAL_BODY_WORDS:
                k -= 1
            place = doc[k - 1] if k >= 1 else None
            if place is not None and place.text[:1].isupper() and place.ent_type_ in {"GPE", "LOC", "ORG"} \
                    and k < token.i - 1:
                out.append(Mention(place.i, token.i + 1, "Organization", doc[place.i:token.i + 1].text,
                                   props={"rule": "local-commission"}))
        return out

    def _member_named_parties(self, doc: Doc, dateline_end: int) -> list[Mention]:
        """"Welsh Labour", "the Welsh Liberal Democrats", "the Sweden Democrats": a party named by its members
        (or "Labour"), with the capitalised words before them that make its name."""
        out: list[Mention] = []
        for token in tokens_among(doc, MEMBER_PARTY_IDS, dateline_end):
            if not token.is_title:
                continue
            j = token.i
            while j - 1 >= dateline_end and token.i - j < 3 and doc[j - 1].is_title and doc[j - 1].is_alpha \
                    and doc[j - 1].pos_ in {"ADJ", "PROPN"} and not self.lex.is_given_name(doc[j - 1].text) \
                    and fold(doc[j - 1].text) not in self.lex.title_words \
                    and (doc[j - 1].lower_ not in self.lex.org_head_nouns or doc[j - 1].lower_ in POSITION_WORDS):
                j -= 1  # ("the Centre Democrats": a party of the centre)
            if j < token.i:
                out.append(Mention(j, token.i + 1, "Organization", doc[j:token.i + 1].text,
                                   props={"rule": "named-org", "party": True}))
        return out

    def find_unlabelled_people(self, doc: Doc, mentions: list[Mention], title_tokens: set[int],
                               dateline_end: int) -> list[Mention]:
        """Capitalised two- or three-word names the NER left out, in a context that says "person"."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        surnames = {m.name.split()[-1] for m in mentions if m.type == "Person" and len(m.name.split()) >= 2}
        out: list[Mention] = []
        i = dateline_end
        flags = doc.to_array([IS_LOWER, IS_PUNCT, IS_SPACE]).astype(bool)
        capital = ~(flags[:, 0] | flags[:, 1] | flags[:, 2])  # a cheap first look: names are not lower case
        n = len(doc)
        while i < n:
            if not capital[i] or i in taken or i in title_tokens:
                i += 1  # "Governor" of "Governor Pablo Ruiz" is a title, the name starts after it
                continue
            token = doc[i]
            if token.text.rstrip(".") in NAME_HONORIFICS or token.lower_ in ROYAL_STYLES \
                    or token.lower_.endswith("s") and fold(token.text[:-1]) in self.lex.titles \
                    or token.text in STYLE_SECOND_WORDS and i > 0 and doc[i - 1].text in NAME_HONORIFICS | {"Tan"} \
                    or token.lower_ in OCCUPATIONS and token.is_sent_start:
                i += 1  # "Dr Mushonga", "Incumbent Faustin-Archange Touadera": the name starts after the word
                continue
            # a given name may be mis-tagged ("Rajesh" as a verb)
            if not _is_name_token(token) or token.pos_ != "PROPN" and not self.lex.is_given_name(token.text):
                i += 1
                continue
            j = i
            while j < len(doc) and j not in taken and j not in title_tokens and (
                    _is_name_token(doc[j]) and (doc[j].pos_ == "PROPN" or j == i or doc[j].pos_ == "NOUN" and j > i
                                                # ("Gbolahan Martins", the surname tagged a plural noun)
                                                and doc[j].is_title and doc[j].lower_ not in self.lex.title_words
                                                and doc[j].lower_ not in self.lex.org_head_nouns)
                    and doc[j].text not in HYPHENS
                    or doc[j].text in HYPHENS and j + 1 < len(doc) and _is_name_token(doc[j + 1]) and j > i):
                j += 1
            if j - i >= 3 and self.lex.country(token.text) and self.lex.is_given_name(doc[i + 1].text):
                i += 1  # "President of Belarus Viktor Kovalenko": the country ends the title, the name follows
                continue
            words = list(doc[i:j])
            # (four words when one of the first two is a given name: "Germán Andrés Pinzón Rueda")
            longest = 4 if any(self.lex.is_given_name(w.text) for w in words[:2]) else 3
            if 2 <= len([w for w in words if w.text not in HYPHENS]) <= longest and not _place_before_office(doc, j) \
                    and self._looks_like_person(words) and (
                words[-1].text in surnames or doc[i:j].text in surnames  # (a hyphenated one: "Asante-Darko")
                or self.lex.is_given_name(words[0].text)
                or self._person_context(doc, i, j, title_tokens)
            ):
                out.append(Mention(i, j, "Person", _clean_name(words), props={"rule": "unlabelled-person"}))
            i = max(j, i + 1)
        return out

    def join_split_places(self, doc: Doc, mentions: list[Mention], dateline_end: int) -> list[Mention]:
        """"Trinidad" + "and" + "Tobago", "Port" + "of" + "Spain": a country or city whose name has "and" or
        "of" in it, which the NER cut in two (or three) at that word."""
        for joint in tokens_among(doc, AND_OF_IDS, dateline_end + 1):
            for left in range(joint.i - 1, max(dateline_end, joint.i - 3) - 1, -1):
                if not doc[left].text[:1].isupper():
                    break
                for right in range(joint.i + 2, min(len(doc), joint.i + 4) + 1):
                    if not doc[right - 1].text[:1].isupper() and doc[right - 1].lower_ != "the":
                        break
                    text = doc[left:right].text
                    country = self.lex.country(text)  # (also "the Federated States" + "of" + "Micronesia")
                    city = fold(text) in self.lex.cities and " " in text
                    if not (country or city) or any(m.start < left < m.end or m.start < right < m.end
                                                    for m in mentions if m.start < left or m.end > right):
                        continue
                    mentions = [m for m in mentions if not (left <= m.start and m.end <= right)]
                    mentions.append(Mention(left, right, "Country", country, props={"surface": text}) if country
                                    else Mention(left, right, "Location", text, props={
                                        "city": True, "country": self.lex.cities[fold(text)]}))
        return sorted(mentions, key=lambda m: (m.start, -m.end))

    def untagged_countries(self, doc: Doc, mentions: list[Mention], dateline_end: int) -> list[Mention]:
        """"President of Belarus Viktor Kovalenko" with "Belarus" left untagged: a one-word country name."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        flags = doc.to_array([IS_TITLE]).astype(bool).ravel()
        out: list[Mention] = []
        for k in numpy.flatnonzero(flags):
            i = int(k)
            if i < dateline_end or i in taken:
                continue
            country = self.lex.country(doc[i].text)
            # ("Comoros President X": a country before a title is the title's; "Minister of Kazakhstan Alibek
            # Bakayev": a name the NER tagged apart follows it)
            if country and doc[i].pos_ == "PROPN" and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
                                                           and not self.lex.is_given_name(doc[i + 1].text)
                                                           and not self.lex.is_title(doc[i + 1].text)
                                                           and not (doc[i + 1].ent_iob_ == "B"
                                                                    and doc[i + 1].ent_type_ == "PERSON")):
                out.append(Mention(i, i + 1, "Country", country, props={"surface": doc[i].text}))
        return out

    def _title_of_before(self, doc: Doc, start: int, title_tokens: set[int]) -> bool:
        """"the mayor of Bandung, Yoga Permana", "the president of the court, Eustache Akplogan": a title
        and its place or body, then the name."""
        if start < 3 or doc[start - 1].text != ",":
            return False
        k = start - 2
        while k > 0 and (_is_name_token(doc[k]) or doc[k].lower_ == "the" or doc[k].lower_ in self.lex.org_head_nouns):
            k -= 1
        return doc[k].lower_ == "of" and k > 0 and (doc[k - 1].i in title_tokens or doc[k - 1].lower_ in OCCUPATIONS)

    def _person_context(self, doc: Doc, start: int, end: int, title_tokens: set[int]) -> bool:
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.i in title_tokens or before.lower_ in OCCUPATIONS or is_person_noun(before)) \
                and not (start >= 2 and doc[start - 2].text in HYPHENS):  # "a three-member Commonwealth team"
            return True
        if before is not None and before.text == "," and start >= 2 and start - 2 in title_tokens:
            return True  # "Its chairperson, Aminath Nashwa Latheef"
        if self._title_of_before(doc, start, title_tokens):
            return True
        head = doc[end - 1]
        for child in head.children:
            if child.dep_ == "appos" and (child.lemma_.lower() in PERSON_CONTEXT_NOUNS or is_person_noun(child)
                                          or child.is_lower and child.lower_ in self.lex.title_words
                                          and child.lower_ not in self.lex.org_head_nouns | BODY_WORDS):
                return True  # ("X, a former Mwanza regional commissioner")
            if child.dep_ == "appos" and any(c.lemma_.lower() in PERSON_CONTEXT_NOUNS for c in child.conjuncts):
                return True
            if child.dep_ == "relcl" and any(c.lower_ in {"who", "whom", "whose"} for c in child.children) \
                    and not any(c.lower_ == "whose" and c.head.lemma_ in LEADER_NOUNS for c in child.subtree) \
                    and not (head.ent_type_ in {"GPE", "LOC"} and head.dep_ == "pobj" and head.head.lower_ == "in"):
                # "X, who heads the party" (not "X, whose leader Y had hoped": a party; nor "the party's district
                # president in Kannur, who had been fielded": the clause is the president's)
                return True
            if child.dep_ == "conj" and child.ent_type_ == "PERSON" and child.pos_ == "PROPN" \
                    and head.dep_ == "appos" and head.head.lemma_ in PAIR_WORDS:
                return True  # "An independent pair, X and Y Z": both people
        conjuncts = head.conjuncts
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if conjuncts and any(c.ent_type_ == "PERSON" for c in conjuncts) \
                and not any(c.ent_type_ in {"ORG", "GPE", "LOC", "NORP"} for c in conjuncts) \
                and first.dep_ == "appos" and (first.head.lemma_ in PERSON_CONTEXT_NOUNS | LISTED_PEOPLE_NOUNS
                                               | PERSON_NOUNS or is_person_noun(first.head)):
            return True  # "The TMC's four nominees, A, B, C and D": a name listed among people's
        # "Osaro Ehigie of the All Progressives Congress": a person of a party
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            for pobj in doc[end].children:
                if pobj.dep_ == "pobj" and pobj.lower_ in PARTY_NOUNS | FOREIGN_PARTY_WORDS | {"congress"} \
                        and pobj.text[:1].isupper():
                    return True
        return head.dep_ in {"nsubj"} and head.head.lemma_ in PERSON_VERBS

    def _known_place(self, name: str) -> bool:
        """A country, a city the lexicon knows, or a name with a place's word in it."""
        return bool(self.lex.country(name)) or fold(name) in self.lex.cities or any(
            w.lower() in PLACE_NOUNS or w.lower() in PLACE_KIND_NOUNS for w in name.split())

    def _surname_cut_off(self, doc: Doc, tokens: list[Token]) -> bool:
        """Whether these tokens, tagged as a body, are the rest of the person's name the NER tagged just before
        them: "Marie-Therese" + "Nguema-Ella", the first name's words compounds of the last."""
        if not tokens or tokens[0].i == 0 or tokens[0].ent_type_ != "ORG" or tokens[0].ent_iob_ != "B":
            return False
        before = doc[tokens[0].i - 1]
        return before.ent_type_ == "PERSON" and before.dep_ == "compound" and tokens[0].i <= before.head.i \
            <= tokens[-1].i and len([t for t in tokens if t.text not in HYPHENS]) <= 2 \
            and any(t.text in HYPHENS for t in tokens) and self._looks_like_person(tokens)

    def _merge_overlaps(self, mentions: list[Mention]) -> list[Mention]:
        """Where spans overlap keep the longer one (rule spans usually finish what the NER cut short)."""
        mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        out: list[Mention] = []
        for m in mentions:
            clash = next((o for o in out if o.start < m.end and m.start < o.end), None)
            if clash is None:
                out.append(m)
                continue
            if (m.end - m.start) > (clash.end - clash.start) and m.type == clash.type or (
                    m.props.get("rule") == "named-org" and clash.type in {"Person", "Organization", "Location"}
                    and m.start <= clash.start and m.end >= clash.end):
                out.remove(clash)
                out.append(m)
        return out

    # -- types from context ---------------------------------------------------------------
    def _named_thing_after_the(self, doc: Doc, m: Mention) -> bool:
        """A name set after "the" and a nationality ("the Austrian Red Cross") or an outlet's noun ("the tabloid
        X"), or between "the" and "newspaper" ("the X newspaper"): a body or an outlet, not a person or a place."""
        before = doc[m.start - 1]
        if m.type == "Person" and before.lower_ in OUTLET_NOUNS and doc[m.start - 2].lower_ == "the":
            return True
        if m.type == "Person" and doc[m.start - 2].lower_ == "the" and before.text[:1].isupper() \
                and self.lex.country_of_adjective(before.text):
            return True
        k = m.start - 1
        while k > 0 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k -= 1  # ("the Morava Kurier newspaper", only "Kurier" tagged)
        return m.end < len(doc) and doc[m.end].lower_ in OUTLET_NOUNS and doc[k].lower_ == "the"

    def retype_by_context(self, doc: Doc, mentions: list[Mention], title_tokens: set[int]) -> None:
        people = {m.start: m.end for m in mentions if m.type == "Person"}
        people_at = set(people)
        # surnames said alone ("Keating said"): a person's, where a party's name is never cut
        surnames = {m.name for m in mentions if m.type == "Person" and m.end - m.start == 1}
        people_end = {m.end - 1 for m in mentions if m.type == "Person"}
        lower_words = {t.lower_ for t in doc if t.is_lower}
        # "Scrutiny passed off without incident", "Nominations closed on March 6": a common word that opens a sentence
        mentions[:] = [m for m in mentions if not (
            m.type in {"Organization", "Person"} and m.end - m.start == 1 and doc[m.start].is_sent_start
            and not m.acronym and doc[m.start].is_title and doc[m.start].lower_ in lower_words
            and not self.lex.is_given_name(doc[m.start].text) and doc[m.start].lower_ not in self.lex.org_head_nouns)]
        # "Nerys Gwilym, the Llywydd, or presiding officer": one word set beside a person is a post, not a body
        mentions[:] = [m for m in mentions if not (
            m.type == "Organization" and m.end - m.start == 1 and not m.acronym and m.start > 0
            and doc[m.start - 1].lower_ == "the" and doc[m.start].dep_ == "appos"
            and doc[m.start].head.i in people_end and doc[m.start].lower_ not in self.lex.org_head_nouns)]
        for m in mentions:
            if m.type in {"Person", "Organization"} and m.end - m.start == 1 and not m.acronym \
                    and not m.props.get("party") and not self.lex.is_given_name(m.name) \
                    and _calling_then_name(doc, m.end, people_at, self.lex.title_words):
                m.type = "Location"  # "Surrey restaurant owner Harjit Sandhu", "Kalba businessman X": a town
                continue
            if m.type in {"Person", "Location"} and m.start >= 2 and not m.props.get("city") \
                    and m.start - 1 not in title_tokens and self._named_thing_after_the(doc, m):
                m.type = "Organization"  # "the Austrian Red Cross", "the tabloid Wiener Abendblatt": no person
            if m.type == "Person" and m.end - m.start == 1 and _body_by_its_bracket(doc, m.end):
                m.type = "Organization"  # "Levica (The Left) nominated its deputy leader": a party, not a person
                if _nominating_agent(doc[m.start]) or any(
                        t.lemma_ in {"nominate", "field", "endorse"} for t in doc[m.end:min(len(doc), m.end + 10)]):
                    m.props["party"] = True
                continue
            if m.type == "Location" and m.end - m.start == 1 and doc[m.start].lower_ in PARTY_MEMBERS_NOUNS \
                    and doc[m.start].text[:1].isupper() and not m.props.get("city"):
                m.type = "Organization"  # "Progressives lawmaker X", "The Progressives said": a party
                m.props["party"] = True
            words = list(doc[m.start:m.end])
            head = doc[m.end - 1]
            if m.type in {"Organization", "Person"} and m.end < len(doc) and m.end - m.start <= 3 \
                    and doc[m.end].lower_ in {"seat", "constituency", "electorate", "riding", "ward", "by-election",
                                              "bypoll", "by-poll"} \
                    and not m.acronym and not any(t.lower_ in PARTY_NOUNS for t in words):
                m.type = "Location"  # "to defend the Bera seat": a constituency
            if m.type == "Person" and head.head.lemma_ in {"win", "retain", "capture", "hold"} \
                    and head.head.pos_ == "VERB" and head.i > head.head.i and head.dep_ in {"dobj", "nsubj"} \
                    and not self.lex.is_given_name(words[0].text) \
                    and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.head.children):
                m.type = "Location"  # "X won Moresby North-East with 18,412 votes": a seat, not a person
            if m.type == "Person" and m.end + 1 < len(doc) and doc[m.end].text == "," \
                    and doc[m.end + 1].lower_ == "which" and (m.start >= 2 and doc[m.start - 1].lower_ == "of"
                                                             and doc[m.start - 2].lemma_ in {"ticket", "list", "slate",
                                                                                              "candidate", "nominee"}
                                                             or words[0].lower_ in PARTY_NOUNS):
                m.type = "Organization"  # "the ticket of Avanza Pais, which is led by X": a party, not a person
                m.props["party"] = True  # ("The governing Alliance Lepep, which is led by ...")
            if m.type == "Location" and m.props.get("ner") in {"GPE", "LOC"} and not m.props.get("city") \
                    and len(words) >= 3 and words[1].lower_ == "of" and words[0].text[:1].isupper() \
                    and not self.lex.country(m.name) and self.lex.country(words[-1].text) \
                    and words[0].lower_ not in PLACE_NOUNS | {"republic", "kingdom", "state", "states", "union",
                                                              "principality", "federation", "commonwealth"}:
                m.type = "Organization"  # "the Sejm of Poland", "the Storting of Norway": a body of the country
            if m.type in {"Organization", "Location"} and m.props.get("rule") != "named-org" \
                    and fold(m.name) not in NOUN_PARTY_NAMES:  # ("a former Labour mayor": the party's)
                # an acronym in brackets after it: an organization, never a person
                if self._acronym_after(doc, m):
                    m.type = "Organization"
                elif (m.props.get("ner") not in {"GPE", "LOC"} or not self._known_place(m.name) and not (
                        m.end < len(doc) and (m.end in title_tokens or doc[m.end].pos_ == "NOUN"))) \
                        and not m.props.get("city") and self._looks_like_person(words) and \
                        self._person_context(doc, m.start, m.end, title_tokens):
                    m.type = "Person"
                elif not m.props.get("city") and len(words) >= 2 and self._looks_like_person(words) and (
                        m.start - 1 in title_tokens or m.start >= 2 and doc[m.start - 1].text == ","
                        and m.start - 2 in title_tokens  # "its general secretary, Bimala Shrestha"
                        or self._title_of_before(doc, m.start, title_tokens)  # "the president of the court, X"
                        # "the secretary-general of the Socialist Union (SU), Marta Nunes da Silva"
                        or head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i in title_tokens
                        and (self.lex.is_given_name(words[0].text) or head.head.lemma_ in LEADING_ROLES
                             and len(words) == 2 and doc[m.start - 1].text == ",")  # "the leader of X, Y Z"
                        and not self.lex.country(m.name)):
                    m.type = "Person"  # "President Lucas Mbeki" tagged GPE: a title, then a name
            elif m.type == "Person" and m.end - m.start <= 3 and m.start >= 2 \
                    and not self.lex.is_given_name(words[0].text) \
                    and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lemma_ in {
                        "candidate", "nominee", "leader", "member", "chairman", "secretary-general", "flagbearer"}:
                m.type = "Organization"  # "the candidate of Fretilin", "the leader of Yesh Kadima": a party
            elif m.type == "Person" and m.end - m.start == 1 and m.start >= 2 and not self.lex.is_given_name(m.name) \
                    and (doc[m.start - 1].lower_ == "the" or doc[m.start - 1].is_lower
                         and doc[m.start - 1].pos_ == "ADJ" and doc[m.start - 2].lower_ == "the") \
                    and not self._in_place_context(head):
                m.type = "Organization"  # "the outgoing Majlis": people's names take no article
            elif m.type == "Person":
                # the apposition right after the name ("Chadema, the main opposition party"), not a later one
                # ("X, Speaker of the Oliy Majlis, Uzbekistan's parliament": the parliament's)
                appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower
                         and c.left_edge.i <= m.end + 2
                         # (not "X, whose department, the Judicial Greffe, ...": X's department)
                         and not any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)]
                # ("Rafael Becker (UP) won": a person and the party in brackets, not the person's acronym)
                party_after = self.lex.is_given_name(words[0].text) and len(words) >= 2 and self._acronym_after(
                    doc, m) and doc[m.end + 1].text != "".join(t.text[0] for t in words if t.text[:1].isupper())
                # ("X, whose lists of endorsements fell short": a person tagged as one keeps being one)
                person_like = len(words) >= 2 and doc[m.start].ent_type_ == "PERSON" and self._looks_like_person(words)
                # ("Governor Tonye Amachree (PDP)" after "the Peoples Democratic Party (PDP)": the person's party)
                party_after = party_after or person_like and self._acronym_after(doc, m) \
                    and _acronym_spelled_elsewhere(doc, m.end + 1)
                whose_leader = any(c.dep_ == "relcl" and any(w.lower_ == "whose" and w.head.lemma_ in LEADER_NOUNS
                                                             and not (w.head.lemma_ == "list" and person_like)
                                                             for w in c.subtree) for c in head.children)
                if self._acronym_after(doc, m) and not party_after or whose_leader or any(
                        c.lemma_ in self.lex.org_head_nouns | {"group", "bloc"} or c.lemma_ == "partner" and any(
                            g.lower_ in {"coalition", "junior", "senior", "governing"} for g in c.children)
                        for c in appos):  # ("Fine Gael, the junior coalition partner")
                    m.type = "Organization"
                elif not self.lex.is_given_name(words[0].text) and self._in_place_context(head) \
                        and not (m.start - 1 in title_tokens and self._looks_like_person(words)) \
                        and not (person_like and head.dep_ == "appos" and head.head.lemma_ in PERSON_CONTEXT_NOUNS) \
                        and not (person_like and m.start > 0 and doc[m.start - 1].dep_ == "amod"
                                 and doc[m.start - 1].is_lower and doc[m.start - 1].head.i == head.i) \
                        and not (m.start > 0 and self.lex.country(doc[m.start - 1].text)) \
                        and not self._person_context(doc, m.start, m.end, title_tokens):  # "to Azerbaijan" + X
                    m.type = "Location"  # "at the Bomas of Kenya", "in Cali and Barranquilla"
            if m.type in {"Person", "Location"} and head.dep_ == "appos" and head.head.pos_ == "NOUN" \
                    and head.head.lemma_ in PARTY_NOUNS and not self.lex.country(m.name) \
                    and not (m.type == "Person" and len(words) >= 2 and self.lex.is_given_name(words[0].text)):
                m.type = "Organization"  # "the main opposition party, Chadema"
            if m.type == "Person" and len(words) == 1 and not self.lex.is_given_name(words[0].text) \
                    and m.start >= 2 and doc[m.start - 1].lower_ in {"partner", "partners", "ally", "allies"} \
                    and doc[m.start - 2].lower_ in {"coalition", "junior", "senior", "governing", "electoral"}:
                m.type = "Organization"  # "backed by the LDP and its coalition partner Komeito"
            if m.type == "Person" and len(words) == 1 and not self.lex.is_given_name(words[0].text) \
                    and m.end < len(doc) and doc[m.end].text == "," and any(c.dep_ == "relcl" and any(
                        w.lower_ == "which" and w.i == m.end + 1 for w in c.children) for c in head.children):
                m.type = "Organization"  # "DéFI, which has governed with the PS since 2019": a thing, not a person
            if m.type == "Person" and head.dep_ == "nsubj" and not self.lex.is_given_name(words[0].text) and any(
                    t.lower_ == "its" and t.dep_ == "poss" and t.i > head.head.i
                    and _its_clause_of(t, head.head) for t in head.head.subtree):
                # "Fine Gael has selected X as its candidate", "Ecolo picked X to lead its list", "Groen confirmed
                # that its chairwoman would lead": "its", not "his" or "her"
                m.type = "Organization"
                if head.head.lemma_ in {"select", "choose", "nominate", "field", "pick", "name", "endorse"}:
                    m.props["party"] = True
            if m.type == "Person" and head.dep_ == "nsubj" and head.head.lemma_ in {"run", "field"} \
                    and not self.lex.is_given_name(words[0].text) and any(
                        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in head.head.children):
                m.type = "Organization"  # "Sinn Fein is running Ciaran Byrne": a party runs a candidate
                m.props["party"] = True
            if m.type == "Person" and head.dep_ == "nsubj" and head.head.lemma_ in {
                    "select", "choose", "pick", "nominate", "name"} and not self.lex.is_given_name(words[0].text) \
                    and any(c.dep_ == "dobj" for c in head.head.children) \
                    and any(c.dep_ in {"xcomp", "advcl"} and c.lemma_ in {"contest", "run", "stand"} and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in head.head.children):
                m.type = "Organization"  # "Fianna Fail has selected X to contest it": a party picks its candidate
                m.props["party"] = True
            if m.type == "Person" and len(words) >= 2 and words[-1].lower_ in BODY_NAME_ENDINGS \
                    and not self.lex.is_given_name(words[0].text):
                m.type = "Organization"  # "the ministry's Election Headquarters" tagged as a person
            if m.type == "Organization" and not m.acronym and not m.props.get("party") and len(words) in {2, 3} \
                    and all(t.is_title and t.is_alpha for t in words) \
                    and len([t for t in head.conjuncts if t.ent_type_ == "PERSON"]) >= 2 \
                    and self._no_body_word(words):
                m.type = "Person"  # "the files of A, Prosper Gbazoua and B", the middle name tagged as a body
            if m.type == "Organization" and not m.acronym and not m.props.get("party") and len(words) >= 2 and any(
                    c.dep_ == "appos" and c.i > head.i and (is_person_noun(c) or c.lemma_ == "general")
                    and c.i - m.end <= 4 for c in head.children) and self._no_body_word(words) \
                    and all(t.is_title for t in words):
                m.type = "Person"  # "led by U Than Htike Oo, a retired general", tagged as a body
            if m.type == "Organization" and not m.acronym and not m.props.get("party") and len(words) in {2, 3} \
                    and all(t.is_title and t.is_alpha for t in words) and self._no_body_word(words) \
                    and self._looks_like_person(words) and head.dep_ == "pobj" and head.head.dep_ == "agent" \
                    and head.head.head.lemma_ in {"lead", "head", "chair"} and head.head.head.tag_ == "VBN":
                m.type = "Person"  # "Vlaams Belang, led by Kristof Meulemans", the leader tagged as a group
            if m.type == "Person" and not self.lex.is_given_name(words[0].text) \
                    and words[-1].text not in surnames and _party_by_its_use(doc, m, head, people):
                m.type = "Organization"  # "Fianna Fail's Deirdre Lenihan", "who leads Fianna Fail": a party
                m.props["party"] = True
            if m.type == "Person" and not self.lex.is_given_name(words[0].text) and head.dep_ == "nsubjpass" \
                    and head.head.lemma_ in {"lead", "head", "chair"} and any(
                        c.dep_ == "agent" and any(o.ent_type_ == "PERSON" for o in c.children)
                        for c in head.head.children):
                m.type = "Organization"  # "Avenir Monegasque is led by X", tagged as a person: what a person leads
            if m.type == "Person" and not self.lex.is_given_name(words[0].text) and head.dep_ == "nsubj" \
                    and head.head.lemma_ in {"field", "nominate"} and any(
                        c.dep_ == "dobj" and c.lemma_ in {"candidate", "nominee"} and c.tag_ == "NNS"
                        and any(n.dep_ == "nummod" for n in c.children) for c in head.head.children):
                m.type = "Organization"  # "Reform Jersey is fielding 17 candidates", tagged as a person
                m.props["party"] = True
            before = doc[m.start - 1] if m.start > 0 else None
            if m.type == "Person" and not self.lex.is_given_name(words[0].text) and len(words) >= 2 \
                    and before is not None and before.i not in title_tokens \
                    and not (before.is_lower and before.pos_ == "NOUN") and (
                    _nominating_agent(head) or m.start >= 2 and doc[m.start - 2].lower_ == "the" and before.is_lower
                    and (before.lower_ in PARTY_STANDING_WORDS | POLITICAL_LEANINGS
                         or before.lower_.startswith(("pro-", "anti-")))):
                # "a lawyer fielded by Tavini Huiraatira", "the ruling Tapura Huiraatira", "the pro-independence X":
                # a party, not a person
                m.type = "Organization"
                m.props["party"] = True
            if m.type == "Person" and not self.lex.is_given_name(words[0].text) and head.dep_ == "nsubj" \
                    and _takes_seats(head.head):
                m.type = "Organization"  # "Llais Cymru won ..., taking 55 of the 79 seats": a party, not a person
                m.props["party"] = True
            if m.type == "Person" and not self.lex.is_given_name(words[0].text) and any(
                    c.dep_ == "appos" and c.i > head.i and c.lemma_ in PARTY_NOUNS | {"list", "ticket"} and c.is_lower
                    for c in head.children):
                m.type = "Organization"  # "Monaco Unie, the single list formed last year": a list, tagged a person
                m.props["party"] = True
            if m.type == "Location" and len(words) >= 2 and words[0].lower_ in {"bloc", "movement", "front",
                                                                                 "alliance"} \
                    and not m.props.get("city") and not self._known_place(m.name):
                m.type = "Organization"  # "The Bloc Quebecois, led by X", tagged as a place
                m.props["party"] = True
            if m.type == "Person" and len(words) >= 2 and words[0].text in {"Elections", "Electoral"}:
                m.type = "Organization"  # "Elections Ontario" tagged as a person: an agency named for its work
            if m.type in {"Person", "Organization"} and words[-1].lower_ in PLACE_NOUNS and len(words) > 1 \
                    and not (doc[words[-1].i - 1].text in HYPHENS and not doc[words[-1].i - 1].whitespace_) \
                    and not any(t.lower_ == "of" for t in words) and not (
                        # ("the Commonwealth Parliamentary Association British Islands and Mediterranean Region": a
                        # body's branch, not "Parliament House")
                        len(words) >= 4 and any(t.lower_ in self.lex.org_head_nouns for t in words[:-1])) and not (
                        words[-1].lower_ in {"center", "centre"} and not self._in_place_context(head)):
                m.type = "Location"  # "Jubilee House", "Koulouba Palace" ("the Carter Center said": a body)
        for m in mentions:
            # "the mayor of Feira de Santana", "governor of Bahia": the place a mayor or governor runs
            k = m.start - 1 - (m.start >= 2 and doc[m.start - 1].lower_ == "the")
            if m.type in {"Organization", "Person"} and k >= 1 and doc[k].lower_ == "of" \
                    and doc[k - 1].lower_ in {"mayor", "governor", "governorship", "mayoralty"} \
                    and not (m.type == "Person" and (m.end - m.start > 1 or self.lex.is_given_name(m.name))) \
                    and not any(w.lower() in self.lex.org_head_nouns or w.lower() in PARTY_NOUNS
                                for w in m.name.split()):
                m.type = "Location"  # ("a former deputy mayor of Balti", Balti tagged as a person)
        # a place named elsewhere as a place is a place: "mayor of Chisinau" tagged ORG
        places = {fold(m.name) for m in mentions if m.type in {"Location", "Country"}}
        orgs = set()
        for m in mentions:
            if m.type == "Organization":
                orgs.add(fold(m.name))
                name_words = m.name.split()
                if len(name_words) > 1 and name_words[-1] in PARTY_NOUNS:
                    orgs.add(fold(" ".join(name_words[:-1])))
        for m in mentions:
            if m.type == "Person" and m.start > 0 and doc[m.start - 1].lower_ in PARTY_NOUNS | {"group", "bloc"}:
                m.type = "Organization"  # "the regional party Dnipro Together"
            elif m.type == "Person" and m.end < len(doc) and doc[m.end].lower_ in PARTY_NOUNS | {"slate"} \
                    and doc[m.end].is_lower and not self.lex.is_given_name(doc[m.start].text):
                m.type = "Organization"  # "the far-right Otzma Yisrael slate": a party's name
            elif m.type == "Person" and m.end < len(doc) and doc[m.end].lower_ in PARTY_MEMBER_NOUNS \
                    and m.start > 0 and doc[m.start - 1].lower_ == "the" \
                    and not self.lex.is_given_name(doc[m.start].text):
                m.type = "Organization"  # "Huw Tanner, the Llais Cymru councillor": the party he sits for
            elif m.type == "Person" and m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ == "the" \
                    and not self.lex.is_given_name(m.name) and not any(
                        o.type == "Person" and o is not m and m.name in o.name.split() for o in mentions):
                m.type = "Organization"  # "the Seimas", "the Storting": a one-word name that takes "the"
        for m in mentions:
            head = doc[m.end - 1]
            if m.type == "Organization" and len(m.name.split()) == 1 and (fold(m.name) in places or (
                    not m.name.isupper() and m.props.get("ner") == "ORG" and not m.acronym
                    and not (m.start > 0 and doc[m.start - 1].lower_ == "the")  # "in the Bundestag": a body
                    and any(t.dep_ == "pobj" and t.head.lower_ in {"to", "in", "at", "from"}
                            for t in (head, *head.conjuncts)))):
                m.type = "Location"  # "mayor of Chisinau", "sent teams to Gyumri and Vanadzor"
            elif m.type == "Person" and fold(m.name) in orgs:
                m.type = "Organization"  # "who leads Civic Accord" after "his Civic Accord party"
            if m.type == "Location" and m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ == "the" \
                    and not m.props.get("city") and not self.lex.country(m.name) \
                    and head.dep_ in {"dobj", "nsubj", "nsubjpass"} and head.head.lemma_ in BODY_VERBS:
                m.type = "Organization"  # "dissolved the Sejm": a body, whatever the NER says
            if m.type == "Location" and not m.props.get("city") and not self.lex.country(m.name) \
                    and _nominating_agent(head):
                m.type = "Organization"  # "was nominated by Morena": a party, whatever the NER says
        # a name is one thing: "in the Sejm" is the body "dissolved the Sejm" names
        bodies = {m.name for m in mentions if m.type == "Organization"}
        for m in mentions:
            if m.type == "Location" and m.name in bodies and not m.props.get("city"):
                m.type = "Organization"

    @staticmethod
    def _in_place_context(head: Token) -> bool:
        """Object of "in", "at", "from", "to", "across" - or listed with one: "in Cali and Barranquilla"."""
        node = head
        for _ in range(4):
            if node.dep_ == "pobj" and node.head.lower_ in {"in", "at", "from", "to", "across", "near", "outside",
                                                            "around", "throughout"} \
                    and not (node.head.lower_ == "to" and node.head.head.lower_ in {"according", "close", "due"}) \
                    and not (node.head.lower_ == "from" and node.head.head.lemma_ in SENT_GROUP_NOUNS):
                return True  # (not "according to X", nor "a delegation from the Carter Center": who sent it)
            if node.dep_ not in {"conj", "appos"} or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _no_body_word(self, tokens: Iterable[Token]) -> bool:
        """Whether a name has no word of a body's or a party's ("Commission", "Party", "Front")."""
        return not any(t.lower_ in self.lex.org_head_nouns or t.lower_ in PARTY_NOUNS for t in tokens)

    def _acronym_after(self, doc: Doc, m: Mention) -> bool:
        j = m.end + (m.end < len(doc) and doc[m.end].text in {"'s", "’s"})  # ("X's (SJB) organiser")
        return j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and _is_acronym(doc[j + 1].text)

    def extend_person_names(self, doc: Doc, mentions: list[Mention], title_tokens: set[int]) -> None:
        """"Ayoub" + "Mejri" (only the surname tagged): an untagged given name in the same compound;
        "Armindo Lopes" + "Tavares": an untagged surname that heads it."""
        ends = {m.end: m for m in mentions if m.type == "Organization"}
        for m in mentions:
            if (m.type == "Person" or m.type == "Organization" and not m.acronym and not m.props.get("party")
                    and not doc[m.start].is_upper and m.end - m.start <= 3
                    and self._no_body_word(doc[m.start:m.end])) \
                    and m.end < len(doc) and doc[m.end].lower_ in CONSTITUENCY_NOUNS | SEAT_WORDS:
                m.type = "Location"  # "Minsk's Partizansky constituency", "an Etobicoke borough councillor", "the
                # Sungai Lembu by-election"
                continue
            if m.type in {"Person", "Organization"} and m.start >= 2 and doc[m.start - 1].lower_ == "of" \
                    and doc[m.start - 2].lower_ in CONSTITUENCY_NOUNS | {"seat"} and not m.acronym \
                    and self._no_body_word(doc[m.start:m.end]):
                m.type = "Location"  # "the Montreal riding of LaSalle-Emard-Verdun"
                continue
            given_at = next((k for k in range(m.start + 1, m.end - 1) if self.lex.is_given_name(doc[k].text)), None)
            owner = ends.get(m.start - 1)
            if m.type == "Person" and given_at is not None and owner is not None \
                    and doc[m.start - 1].lower_ == "and" \
                    and not any(self.lex.is_given_name(t.text) for t in doc[m.start:given_at]):
                # "Central Commission of Belarus on Elections" + "and National Referendums Vadim Lipsky": the
                # body's name runs on to the given name
                owner.end = given_at
                owner.name = _clean_name(list(doc[owner.start:owner.end]))
                m.start = given_at
                m.name = _clean_name(list(doc[m.start:m.end]))
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            k = m.start - 1
            if m.type != "Person" or len([t for t in doc[m.start:m.end] if t.text not in HYPHENS]) > 2 or k < 0 \
                    or k in taken or k in title_tokens \
                    or m.end - m.start == 2 and self.lex.is_given_name(doc[m.start].text):
                continue  # "... for Peace Programs" + "David Okafor": a name that starts with a given name is whole
            t = doc[k]
            if t.pos_ == "PROPN" and t.dep_ == "compound" and m.start <= t.head.i < m.end and t.is_alpha \
                    and t.text[:1].isupper() and not t.is_upper and not t.ent_type_ and self._looks_like_person([t]) \
                    and t.text not in NAME_HONORIFICS | STYLE_SECOND_WORDS:
                m.start = k
                m.name = _clean_name(list(doc[m.start:m.end]))
                taken.add(k)
        by_end = {m.end: m for m in mentions if m.end - m.start == 1}
        for m in list(mentions):
            # "Esteban" (tagged apart) + "Villacís Ortega": a lone given name in the same compound (also
            # "Mireille" + "Adjoua Kouakou", the second name grown leftwards above)
            first = by_end.get(m.start)
            if m.type == "Person" and first is not None and first in mentions \
                    and (first.type != "Person" or m.end - m.start >= 2):
                t = doc[first.start]
                if t.dep_ == "compound" and m.start <= t.head.i < m.end \
                        and (self.lex.is_given_name(t.text) or first.type == "Person") \
                        and first.start not in title_tokens:
                    mentions.remove(first)
                    m.start = first.start
                    m.name = _clean_name(list(doc[m.start:m.end]))
        for m in mentions:
            # "Choi Min" + "-jae", "Kim" + "Do-hyun": a hyphenated given name cut by the NER
            if m.type != "Person":
                continue
            k = m.end
            if k + 2 < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and k not in taken \
                    and doc[k + 1].text == "-" and not doc[k].whitespace_ and doc[k + 2].is_lower \
                    and doc[k + 2].is_alpha and not doc[k + 1].whitespace_ and m.end - m.start == 1:
                k += 1  # "Kim" + "Do-hyun"
            if k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                    and doc[k + 1].is_lower and doc[k + 1].is_alpha and k + 1 not in taken \
                    and not doc[k + 1].lower_.endswith(("ed", "ing")) and doc[k + 1].lower_ not in HYPHEN_SUFFIXES:
                m.end = k + 2
                m.name = _clean_name(list(doc[m.start:m.end]))
                taken.update(range(m.start, m.end))
        for m in mentions:
            # "Armindo Lopes" + "Tavares": the head of the name's compound, left untagged after it
            k = m.end
            if m.type != "Person" or k >= len(doc) or k in taken or k in title_tokens:
                continue
            t = doc[k]
            # (or "Bishnu Maya" + "Thapa", parsed as an apposition with nothing between: one name)
            if t.pos_ == "PROPN" and (doc[k - 1].dep_ == "compound" and doc[k - 1].head.i == k
                                      or t.dep_ == "appos" and t.head.i == k - 1 and doc[k - 1].whitespace_ == " ") \
                    and t.is_alpha \
                    and t.text[:1].isupper() and not t.is_upper and not t.ent_type_ and self._looks_like_person([t]):
                m.end = k + 1
                m.name = _clean_name(list(doc[m.start:m.end]))
                taken.add(k)

    def surnames_after_given_names(self, doc: Doc, mentions: list[Mention], title_tokens: set[int]) -> list[Mention]:
        """"Lina Marcela" + "Ospina Vélez" (tagged as a body), "Rosa Elvira" + "Doria" + "Babilonia" (a place): a
        person the NER ended after two given names, and the one or two surnames right after them."""
        by_start = {m.start: m for m in mentions}
        inside = {k for m in mentions for k in range(m.start + 1, m.end)}
        dropped: set[int] = set()
        taken = inside | set(by_start)
        for m in mentions:
            k = m.start - 1
            if m.type == "Person" and k >= 0 and k not in taken and k not in title_tokens and m.end - m.start <= 3 \
                    and self.lex.is_given_name(doc[k].text) and self.lex.is_given_name(doc[m.start].text) \
                    and doc[k].text[:1].isupper() and not doc[k].is_upper \
                    and doc[k].text not in NAME_HONORIFICS | STYLE_SECOND_WORDS:  # (not "Tan Sri" + "X Y")
                m.start = k  # "Gilberto" + "Antonio Navarro Aizpurúa": the first of two given names, left untagged
                m.name = _clean_name(list(doc[m.start:m.end]))
        for m in mentions:
            words = list(doc[m.start:m.end])
            given = [self.lex.is_given_name(t.text) and t.text not in SAINT_WORDS for t in words[:2]]
            if m.type == "Organization" and not m.acronym and not m.props.get("party") \
                    and (len(words) == 3 and all(given) or len(words) == 4 and any(given)) \
                    and self._no_body_word(words) and all(t.is_title and t.is_alpha for t in words) \
                    and not self._acronym_after(doc, m) and not any(  # (not "Sri Lanka Podujana Peramuna (SLPP)")
                        self.lex.country(doc[a:b].text) for a in range(m.start, m.end) for b in (a + 1, a + 2)):
                m.type = "Person"  # "Santos Rafael Alvarado Midence", tagged as a body: two given names open it
        for m in mentions:
            follower = by_start.get(m.end)
            # (or one given name, and a name the NER cut off after it: "Miriam Suyapa" + "Barahona Reyes")
            if m.type != "Person" or m.end - m.start != 2 or id(m) in dropped \
                    or not all(self.lex.is_given_name(t.text) for t in doc[m.start:m.end]) and not (
                        self.lex.is_given_name(doc[m.start].text) and follower is not None
                        and follower.type == "Person" and follower.end - follower.start <= 2):
                continue
            k = m.end
            while k < len(doc) and k - m.end < 2:
                t = doc[k]
                if not (t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.is_sent_start) \
                        or k in title_tokens or k in inside:
                    break
                other = by_start.get(k)
                if other is None:
                    k += 1
                    continue
                if other.type not in {"Person", "Organization", "Location"} or other.acronym \
                        or other.props.get("party") or other.end - m.end > 2 \
                        or not self._no_body_word(doc[other.start:other.end]) or self.lex.country(other.name):
                    break
                dropped.add(id(other))
                k = other.end
            if k > m.end:
                m.end = k
                m.name = _clean_name(list(doc[m.start:m.end]))
        return [m for m in mentions if id(m) not in dropped]

    def nicknamed_people(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'Senator Maria Teresa "Tessa" Buenaventura': one person, named without the nickname in quotes
        (which the NER often cuts the name at)."""
        out = mentions
        for q in tokens_among(doc, QUOTE_IDS):
            i = q.i
            if not (i > 0 and i + 3 < len(doc) and doc[i + 2].lower in QUOTE_IDS and doc[i + 1].is_title
                    and doc[i + 1].is_alpha and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i + 3].is_title
                    and doc[i + 3].is_alpha and doc[i - 1].whitespace_ and doc[i + 2].whitespace_):
                continue
            before = next((m for m in out if m.end == i and m.type == "Person"), None)
            given = before.start if before is not None else i - 1 if self.lex.is_given_name(doc[i - 1].text) else None
            if given is None:
                continue
            end = i + 3
            while end < min(len(doc), i + 6) and (doc[end].is_title and doc[end].is_alpha
                                                   or doc[end].lower_ in {"jr", "jr.", "sr", "sr."}):
                end += 1
            name = _clean_name([*doc[given:i], *doc[i + 3:end]])
            out = [m for m in out if m.end <= given or m.start >= end]
            out.append(Mention(given, end, "Person", name, props={"nickname": doc[i + 1].text}))
        return out

    def split_country_adjectives(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"retired Sierra Leonean judge X", tagged "Sierra" + "Leonean": a two-word nationality, not names."""
        out = list(mentions)
        for m in mentions:
            if doc[m.start].lower_ not in self._adjective_firsts:
                continue
            for width in (2, 3):
                end = m.start + width
                if end > len(doc) or m.end > end:
                    continue
                country = self.lex.country_of_adjective(doc[m.start:end].text)
                if country is None or self.lex.country(doc[m.start:end].text):
                    continue
                inside = [o for o in out if m.start <= o.start and o.end <= end]
                if any(o.start < m.start or o.end > end for o in out if o.start < end and o.end > m.start
                       and o not in inside):
                    continue  # part of a longer name
                out = [o for o in out if o not in inside]
                out.append(Mention(m.start, end, "Country", country, props={"adjective": True}))
                break
        return out

    def join_name_particles(self, doc: Doc, mentions: list[Mention], title_tokens: set[int]) -> list[Mention]:
        """Names with particles the NER cuts: "Hendrik van" + "den Berghe", "Henrique Sarmento" + "de
        Almeida", "María Eugenia" + "Castañeda de León", "Héctor" + "Armando del Valle"."""
        by_start = {m.start: m for m in mentions}
        drop: set[int] = set()
        for m in sorted(mentions, key=lambda x: x.start):
            if m.type != "Person" or id(m) in drop:
                continue
            while True:
                j = m.end
                while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j - m.end < 3:
                    j += 1
                if doc[m.end - 1].lower_ in NAME_PARTICLES or j > m.end:
                    k = j
                    while k < len(doc) and _is_name_token(doc[k]) and doc[k].text[:1].isupper() and k - j < 3 \
                            and k not in title_tokens and not self.lex.country(doc[k].text):
                        k += 1
                    if k == j:
                        break
                    inside = [o for o in mentions if o is not m and m.end <= o.start < k]
                    if any(o.type not in {"Person", "Organization", "Location"} for o in inside):
                        break
                    drop.update(id(o) for o in inside)
                    m.end = max([k, *(o.end for o in inside)])
                else:
                    after = by_start.get(m.end)
                    if after is None or after.type != "Person" or id(after) in drop or not any(
                            t.lower_ in NAME_PARTICLES for t in doc[after.start:after.end]):
                        break
                    drop.add(id(after))  # "María Eugenia" + "Castañeda de León"
                    m.end = after.end
                m.name = _clean_name(list(doc[m.start:m.end]))
            k = m.start - 1
            if k >= 0 and any(t.lower_ in NAME_PARTICLES for t in doc[m.start:m.end]) and k not in title_tokens \
                    and self.lex.is_given_name(doc[k].text) and not any(o.start <= k < o.end for o in mentions):
                m.start = k  # "Héctor" + "Armando del Valle"
                m.name = _clean_name(list(doc[m.start:m.end]))
        return [m for m in mentions if id(m) not in drop]

    def retype_by_name(self, mentions: list[Mention], doc: Doc | None = None) -> None:
        """A name takes the type of the person it names elsewhere ("Rusakov" typed ORG after "Andrei
        Rusakov"; "Osaro Ehigie" typed ORG where "Ehigie, a businessman" is a person)."""
        for m in mentions:
            words = m.name.split()
            if m.type == "Person" and len(words) == 2 and not self.lex.is_given_name(words[0]) \
                    and (words[0] in PLACE_FIRST_WORDS or words[-1] in PLACE_LAST_WORDS):
                m.type = "Location"  # "Coffs Harbour", "Port Macquarie", "Mount Albert": a place by its own words
        person_words: Counter[str] = Counter()
        first_surnames: set[str] = set()  # "Medina" of "Roberto Medina Paz": a first surname, used alone
        for m in mentions:
            if m.type == "Person":
                words = m.name.split()
                person_words[words[-1]] += 1
                if len(words) == 3 and not self.lex.is_given_name(words[1]) and words[1][:1].isupper():
                    first_surnames.add(words[1])
        # ("Druk Phuensum Tshogpa" and "Druk Nyamrup Tshogpa" tagged ORG, "Druk Thuendrel Tshogpa" PERSON: the
        # word that ends more bodies' names than people's ends a body's)
        org_words = Counter(name.split()[-1] for name in {m.name for m in mentions if m.type == "Organization"
                                                          and " " in m.name and m.props.get("ner") == "ORG"})
        for word in [w for w in person_words if org_words[w] > person_words[w] and org_words[w] >= 2]:
            del person_words[word]
            for m in mentions:
                if m.type == "Person" and " " in m.name and m.name.split()[-1] == word:
                    m.type = "Organization"
        # ("Ploypailin Sirikul" tagged as a place, then "Ploypailin, a former deputy governor": the name she is
        # called by alone is the first of the full one)
        called_by = {m.name for m in mentions if m.type == "Person" and " " not in m.name}
        for m in mentions:
            words = m.name.split()
            if m.type == "Location" and len(words) in {2, 3} and words[0] in called_by \
                    and not m.props.get("city") and not self._known_place(m.name) \
                    and doc is not None and self._looks_like_person(list(doc[m.start:m.end])):
                m.type = "Person"
                continue
            alone = len(words) == 1 and words[0] in first_surnames
            if m.type in {"Organization", "Location"} and words and (words[-1] in person_words or alone) \
                    and len(words) <= 3 \
                    and not any(w.lower() in self.lex.org_head_nouns | PARTY_NOUNS for w in words) \
                    and not m.name.isupper() and m.props.get("rule") != "named-org" \
                    and not (doc is not None and m.props.get("city") and len(words) == 1
                             and self._in_place_context(doc[m.end - 1])):  # "in Lima" after "Helena Tavares Lima"
                m.type = "Person"

    @staticmethod
    def merge_adjacent_names(doc: Doc, mentions: list[Mention],
                             given: Callable[[str], bool] | None = None) -> list[Mention]:
        """"United Workers'" + "Front", "Samia Suluhu" + "Hassan": one name the NER cut in two."""
        mentions = sorted(mentions, key=lambda m: m.start)
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and m.start == prev.end and prev.end - prev.start == 1 and m.end - m.start == 1 \
                    and prev.type in {"Location", "Organization", "Person"} and m.type in {"Location", "Organization"} \
                    and given is not None and given(doc[prev.start].text) and doc[m.start].text[:1].isupper() \
                    and not doc[m.start].is_upper:
                prev.end, prev.type = m.end, "Person"  # "Tatyana" (GPE) + "Kirsanova" (ORG): one person
                prev.name = _clean_name(list(doc[prev.start:prev.end]))
                prev.props = {"ner": "PERSON"}
                continue
            if prev is not None and m.type == "Person" and m.start == prev.end and prev.end - prev.start >= 2 \
                    and prev.type in {"Location", "Organization"} and given is not None \
                    and given(doc[prev.end - 1].text) and not given(doc[prev.start].text):
                # "the former regional governor of Puno Wilfredo" + "Canchari Mamani": the given name is the person's
                prev.end, m.start = prev.end - 1, m.start - 1
                prev.name, m.name = _clean_name(list(doc[prev.start:prev.end])), _clean_name(list(doc[m.start:m.end]))
            if prev is not None and prev.type == m.type == "Person" and m.start == prev.end \
                    and prev.end - prev.start == 1 and doc[prev.start].lower_ in OCCUPATIONS:
                out[-1] = m  # "Lawyer" + "Chikondi Banda", a calling that opens the sentence: the name alone
                continue
            if prev is not None and prev.type == "Organization" and m.type == "Person" and m.start == prev.end \
                    and doc[m.end - 1].lower_ in PARTY_MEMBERS_NOUNS:
                prev.end = m.end  # "Homeland Union - Lithuanian" + "Christian Democrats": one party's name
                prev.name = _clean_name(list(doc[prev.start:prev.end]))
                continue
            if prev is not None and prev.type == m.type == "Location" and m.start == prev.end + 1 \
                    and doc[prev.end].lower_ in FOREIGN_CONNECTORS | {"an"} and doc[m.start].text[:1].isupper():
                prev.end = m.end  # "Aras an Uachtarain": a place's name with a lower-case word inside
                prev.name = _clean_name(list(doc[prev.start:prev.end]))
                continue
            if prev is not None and prev.type == "Organization" and m.type == "Location" and m.start == prev.end + 1 \
                    and doc[prev.end].lower_ in FOREIGN_CONNECTORS and doc[m.start].is_lower:
                m.type = "Organization"  # "Alianza" + "para" + "el Progreso" (a town's name too): one party
            if prev is not None and prev.type == m.type == "Organization" and (
                    m.start == prev.end or (m.start == prev.end + 1 and doc[prev.end].text in {"'", "’"})
                    or m.start == prev.end + 1 and doc[prev.end].lower_ in FOREIGN_CONNECTORS) \
                    or prev is not None and prev.type == m.type == "Person" and m.start == prev.end \
                    and m.end - prev.start <= 4 \
                    or prev is not None and prev.type == "Person" and m.type == "Location" and m.start == prev.end \
                    and m.end - m.start == 1 and prev.end - prev.start == 2 and doc[m.start].is_title \
                    and (m.end >= len(doc) or not _is_name_token(doc[m.end])):
                # ("Helena Tavares" + "Lima": a surname that is also a city's name)
                prev.end = m.end
                prev.name = _clean_name(list(doc[prev.start:prev.end]))
                continue
            out.append(m)
        return out

    def _split_city_lists(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"deploy teams to Oran, Constantine and Ouargla", tagged as one name: each town the lexicon knows
        ("carried Seiyun and Tarim": two towns it knows, without a comma)."""
        out: list[Mention] = []
        for m in mentions:
            comma = any(doc[k].text == "," for k in range(m.start, m.end))
            if m.type not in {"Organization", "Person"} or not comma and not (
                    any(doc[k].lower_ == "and" for k in range(m.start, m.end)) and all(
                        fold(doc[a:b].text) in self.lex.cities
                        for a, b in _list_parts(doc, m.start, m.end, commas=False))):
                out.append(m)
                continue
            parts = _list_parts(doc, m.start, m.end)
            known = [self.lex.cities[fold(doc[a:b].text)] for a, b in parts if fold(doc[a:b].text) in self.lex.cities]
            # (a town the lexicon lacks, listed among ones it knows, is a town of the same country)
            if len(parts) >= 2 and known and len(set(known)) == 1 and all(
                    fold(doc[a:b].text) in self.lex.cities or b - a <= 2 and all(t.is_title for t in doc[a:b])
                    for a, b in parts):
                out.extend(Mention(a, b, "Location", doc[a:b].text, props={"city": True, "country": known[0]})
                           for a, b in parts)
            else:
                out.append(m)
        return out

    def drop_adjectives(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Sierra Leonean", "Malawian", "Peruvians" tagged as names are words for a nationality."""
        def nationality(name: str) -> bool:
            return bool(self.lex.country_of_adjective(name) or name.endswith("s")
                        and self.lex.country_of_adjective(name[:-1]) or fold(name) in self.lex.region_adjectives
                        or name.endswith("s") and fold(name[:-1]) in self.lex.region_adjectives)  # ("Queenslanders")

        mentions[:] = [m for m in mentions if not (m.type in {"Organization", "Person", "Location"}
                                                   and (nationality(m.name) or m.name.lower() in NOT_NAMES)
                                                   or m.type == "Person" and m.name.islower()  # ("tehsil chairmen")
                                                   # ("Nationally, the ANC won ...": an adverb opening a sentence)
                                                   or m.end - m.start == 1 and doc[m.start].pos_ == "ADV"
                                                   and doc[m.start].lower_.endswith("ly")
                                                   and doc[m.start].is_sent_start)]
        for m in mentions:
            if m.type == "Person" and m.end - m.start >= 2 and doc[m.start].text in SAINT_WORDS:
                m.type = "Location"  # "San Pedro Garza García", "Santa Lucía": a town named for a saint
        for m in mentions:
            # "BelTA reported", "Interpressnews said": news agencies, not people
            if m.type == "Person" and " " not in m.name and (
                    re.fullmatch(r"[A-Z][a-z]+[A-Z]+[A-Za-z]*", m.name) and not re.match(r"(Mc|Mac|De|Di|La|Le)[A-Z]",
                                                                                      m.name)
                    or re.search(r"(news|press|media|info|tv|radio)$", m.name.lower())):
                m.type = "Organization"

    # -- elections ------------------------------------------------------------------------
    def find_elections(self, doc: Doc, taken: set[int]) -> list[Mention]:
        lex = self.lex
        out: list[Mention] = []
        regional_words: set[str] = set()
        last_by_kind: str | None = None
        for token in tokens_among(doc, self._election_word_ids):
            lower = token.lower_
            rounds = lower in {"round", "rounds"} and any(c.lower_ in {"first", "second", "1st", "2nd"}
                                                          for c in token.children)
            # "set June 4 as the polling date": the date of the election stands for it
            date_of = lower in {"polling", "voting"} and token.dep_ == "compound" and token.head.lemma_ in {
                "date", "day"} and token.head.dep_ in {"dobj", "pobj", "attr"} and any(
                g.lemma_ in CALLING_VERBS for g in (token.head.head, token.head.head.head))
            if (lower not in lex.election_nouns and not rounds and not date_of) \
                    or token.pos_ not in {"NOUN", "PROPN", "VERB"} or token.i in taken:
                continue
            if lower in {"ballot", "race", "contest", "contests"} and not any(
                    c.lower_ in lex.election_kinds or c.ent_type_ == "DATE" for c in token.children):
                # ("on the ballot", "the race", "the contest": an election only when it says which kind or when)
                continue
            if lower == "race" and any(c.dep_ == "det" and c.lower_ in {"a", "an", "any"} for c in token.children) \
                    and token.dep_ == "pobj":
                continue  # "drew little of the passion of a parliamentary race": a kind of race, none in particular
            if lower == "consultation" and not any(c.lower_ in {"inter-party", "interparty", "internal", "party"}
                                                   for c in token.lefts):
                continue  # "Sunday's inter-party consultation of the Pacto Histórico": a primary ("consultation"
                # alone is talks)
            kinds: list[str] = []
            props: dict[str, Any] = {}
            start = token.i
            if lower in {"runoff", "run-off", "runoffs"} or rounds and any(c.lower_ in {"second", "2nd"}
                                                                          for c in token.children):
                props["runoff"] = True  # a second round is an election of its own
            elif lower in {"vote", "election", "elections", "poll", "polls", "ballot"} and any(
                    c.dep_ in {"amod", "compound"} and c.lower_ in {"repeat", "rerun", "re-run"}
                    for c in token.children):
                props["runoff"] = True  # "scheduled a repeat vote there for February 1": voting again, of its own
                props["repeat"] = True
            if token.tag_ == "NNS" and any(c.lower_ in {"both", "two", "three", "all", "tripartite"}
                                           for c in token.children):
                props["every"] = True  # "both votes", "the two elections", "both rounds": each election
            if lower == "voting" and token.dep_ in {"compound", "amod"} and not date_of:
                continue  # "voting day", "voting rights"
            if lower in {"vote", "voting"} and any(c.dep_ == "amod" and (
                    c.lower_ in VOTING_MODES or c.lower_ in {"popular", "direct", "indirect"} and token.dep_ == "pobj"
                    and token.head.lower_ == "by") for c in token.children):
                continue  # "the return of compulsory voting", "first elected by popular vote": how people vote (not
                # "the federal popular vote held on Sunday")
            if token.dep_ in {"compound", "amod", "nmod"} and token.head.lemma_.lower() in NOT_ELECTION_HEADS \
                    or token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
                    and doc[token.i + 2].lemma_.lower() in NOT_ELECTION_HEADS:
                continue  # "the poll body", "vote-buying": a commission, a crime
            if lower == "vote" and token.dep_ == "pobj" and token.head.lower_ == "of" and (
                    token.head.head.ent_type_ == "PERCENT" or token.head.head.lemma_ in {"share", "percent", "cent"}) \
                    and any(c.lower_ == "primary" for c in token.children):
                continue  # "14 per cent of the primary vote": a count of ballots, not a primary election
            if lower == "votes" and not any(c.lower_ in {"both", "two", "three", "all"} for c in token.children):
                continue  # "fewer than 9,000 votes", "buying votes": ballots, not elections
            if lower in {"poll", "polls"} and any(c.lower_ in {"opinion", "exit", "recent", "latest"}
                                                   or c.lemma_ in {"show", "suggest", "give"} for c in token.children) \
                    or lower in {"poll", "polls"} and token.dep_ == "nsubj" and token.head.lemma_ in {
                        "show", "suggest", "give", "predict", "indicate", "put"}:
                continue  # "Opinion polls published this month suggest ...": surveys, not an election
            if lower == "vote" and (any(c.lower_ in NOT_ELECTION_VOTES for c in token.children) or any(
                    p.lower_ == "of" and any(o.lower_ in NOT_ELECTION_VOTES for o in p.children)
                    for p in token.rights)):
                continue  # "a confidence vote", "a vote of no confidence": a parliament's vote, not an election
            # a by-election is of the kind its words say ("the mayoral by-election"), else parliamentary
            by_election = lower.startswith(("by-election", "bypoll", "by-poll"))
            if by_election:
                props["by_election"] = True  # an election of its own, never the general one of its kind
            if lower in lex.election_kinds and not by_election:
                kinds.append(lex.election_kinds[lower])
            for child in token.children:
                if child.i > token.i:
                    continue
                word = child.lower_
                if child.dep_ in {"amod", "compound", "nmod", "npadvmod", "nummod", "poss"}:
                    if word in PROPER_BODY_NAMES and not kinds:
                        kinds.append("parliamentary")  # "the November 1 Knesset election": the parliament's
                    if child.dep_ == "compound" and word not in lex.election_kinds and child.pos_ == "NOUN":
                        # "local authority elections": the kind of the body elected
                        kinds.extend(lex.election_kinds[a.lower_] for a in child.children
                                     if a.dep_ == "amod" and a.lower_ in lex.election_kinds)
                    if child.dep_ == "compound" and word in lex.election_kinds:
                        # "presidential, parliamentary and local council elections", the list hung on "council"
                        for a in child.children:
                            if a.dep_ == "amod" and a.lower_ in lex.election_kinds:
                                kinds.extend(lex.election_kinds[x.lower_] for x in (a, *a.conjuncts)
                                             if x.lower_ in lex.election_kinds)
                    if child.dep_ == "compound" and _is_acronym(child.text) and not kinds:
                        # "the seventh CMC election", after "the Central Municipal Council (CMC)": the body's kind
                        kinds.extend(lex.election_kinds[w.lower_] for w in _words_before_bracketed(doc, child.text)
                                     if w.lower_ in lex.election_kinds and w.lower_ != "council")
                    if word == "national" and child.dep_ == "amod" and not kinds and any(
                            lex.election_kinds.get(c.lower_) in {"regional", "local"} for c in child.conjuncts):
                        kinds.append("general")  # "South Africa's national and provincial elections": one general
                        continue
                    if word == "council" and any(c.lower_ in NATIONAL_COUNCIL_WORDS for c in child.lefts):
                        kinds.append("parliamentary")  # "the Federal National Council (FNC) elections"
                    elif word in lex.election_kinds and not (word in {"island", "state"} and child.dep_ == "poss"):
                        # ("Monday's island election": a region's; not "the island's first local elections", "the
                        # Gulf state's first legislative polls")
                        # ("the Malaita Provincial Assembly elections": the kind of the house's own qualifier)
                        qualifier = next((x for x in child.children if x.dep_ in {"amod", "compound"}
                                          and x.lower_ in lex.election_kinds), None) \
                            if word in {"assembly", "council", "parliament"} else None
                        kinds.append(lex.election_kinds[(qualifier or child).lower_])
                        for conj in child.conjuncts:
                            if conj.lower_ in lex.election_kinds:
                                kinds.append(lex.election_kinds[conj.lower_])
                            elif conj.lower_ in PROPER_BODY_NAMES | {"assembly", "parliament", "legislature"} \
                                    and conj.i < token.i:
                                kinds.append("parliamentary")  # "presidential and National Assembly elections"
                    if word in lex.extraordinary_words:
                        props["extraordinary"] = True
                    # ("Papua New Guinea's general election": the whole name, not "Guinea")
                    whole = lex.country(doc[child.left_edge.i:child.i + 1].text) if child.left_edge.i < child.i \
                        else None
                    country = whole or lex.country_of_adjective(child.text) or lex.country(child.text)
                    if country:
                        props["country"] = country
                    if re.fullmatch(r"(19|20)\d\d", child.text):
                        props["year"] = int(child.text)
                    start = min(start, child.left_edge.i if child.dep_ != "poss" or whole else child.i)
            if any(c.lower_ in {"last", "previous", "past", "earlier"} and c.dep_ == "amod" for c in token.lefts):
                props["past"] = True  # "the last regional election, in 2023": not the one the story reports
            elif [t.lower_ for t in doc[token.i + 2:token.i + 4]] == ["years", "ago"] and doc[token.i + 1].like_num \
                    or [t.lower_ for t in doc[token.i + 1:token.i + 4]] == ["a", "year", "ago"]:
                props["past"] = True  # "recorded at the presidential election two years ago"
            if "year" not in props and any(c.lower_ in {"last", "previous"} and c.dep_ == "amod" for c in token.lefts):
                # "The Congress observed Turkey's last local elections in 2019": that year's, not the story's
                # ("The last parliamentary election in Greece, in June 2023, was won by ...": the month's year)
                year = next((int(y.text) for h in (token, token.head) for c in h.children
                             if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                             for y in (o, *(x for x in o.children if x.dep_ == "nummod"))
                             if re.fullmatch(r"(19|20)\d\d", y.text)), None)
                if year is not None:
                    props["year"] = year
            rights = list(token.rights)
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to" and doc[token.i + 1].dep_ == "prep" \
                    and doc[token.i + 1].head.i != token.i:
                rights.append(doc[token.i + 1])  # "nominations for elections to the provincial councils", misattached
            # "the early presidential and legislative elections held in the Republic of Ecuador": where they were held
            rights += [c for a in token.rights if a.dep_ == "acl" and a.lemma_ == "hold" for c in a.children
                       if c.dep_ == "prep" and c.lower_ == "in"]
            for child in rights:
                if child.dep_ == "prep" and child.lower_ == "for" and not kinds:
                    # "a by-election for the Councillor of Mbezi Ward", "... for the Member of Parliament"
                    office = next((c.lower_ for c in child.children if c.dep_ == "pobj"), "")
                    kind = OFFICE_KINDS.get(office)
                    if kind:
                        kinds.append(kind)
                if child.dep_ == "prep" and child.lower_ == "of" and not kinds and any(
                        o.dep_ == "pobj" and o.lower_ == "deputies" and not any(
                            t.lower_ in LOCAL_BODY_WORDS for t in o.subtree) for o in child.children):
                    kinds.append("parliamentary")  # "calling an early election of its deputies"
                if child.dep_ == "prep" and child.lower_ == "to" and not kinds:
                    # "elections to the Belgrade City Assembly": the body elected says the kind
                    # "to the House of Representatives and the provincial assemblies": one kind per body
                    # ("to the House of Representatives and the seven provincial assemblies", the second body
                    # hung on "Representatives")
                    for body_head in (c for pobj in child.children if pobj.dep_ == "pobj"
                                      for c in (pobj, *pobj.conjuncts, *(x for x in pobj.subtree if x.dep_ == "conj"
                                                                         and x.head.i != pobj.i
                                                                         and x.pos_ == "NOUN"))):
                        body = " ".join(t.lower_ for t in body_head.subtree if t not in body_head.conjuncts
                                        and t.lower_ not in {"and", "or", ","}
                                        and not any(a in body_head.conjuncts for a in t.ancestors
                                                    if body_head.is_ancestor(a)))
                        # ("the elections to the National Council of Austria", told from abroad: Austria's)
                        land = next((c for p in body_head.children if p.dep_ == "prep" and p.lower_ == "of"
                                     for o in p.children if o.dep_ == "pobj"
                                     for c in [lex.country(o.text) or lex.country(
                                         doc[o.left_edge.i:o.right_edge.i + 1].text)] if c), None) \
                            or next((c for o in body_head.children if o.dep_ == "poss"
                                     for c in [lex.country(o.text)] if c), None)  # ("to Mongolia's State Great Khural")
                        if land and "country" not in props:
                            props["country"] = land
                        # ("to the General Council, the country's parliament": the body, said to be the nation's)
                        national = any(c.dep_ == "appos" and c.lemma_ in {"parliament", "legislature"} and any(
                            o.dep_ == "poss" and (o.lower_ in {"country", "nation"} or lex.country(o.text))
                            for o in c.children) for c in body_head.children)
                        if national:
                            kinds.append("parliamentary")
                        elif any(w in body for w in ("regional", "provincial", "state council", "region")) \
                                or _house_of_a_region(body_head, lex):
                            kinds.append("regional")  # ("to the Legislative Assembly of the Azores": a region's)
                        elif PROPER_BODY_NAMES & set(body.split()) or "national council" in body or (
                                body_head.lower_ == "assembly" and any(
                                    c.dep_ == "prep" and c.lower_ == "of" and any(
                                        o.dep_ == "pobj" and lex.country(o.text) for o in c.children)
                                    for c in body_head.children)):
                            # "elections to the 11th term of the Shura Council", "to the Assembly of Albania"
                            kinds.append("parliamentary")
                        elif any(w in body for w in ("city", "municipal", "local", "council", "town")):
                            kinds.append("local")
                        elif any(w in body for w in ("parliament", "national assembly", "congress", "senate",
                                                     "house of representatives", "chamber of deputies")):
                            props["bodies"] = True  # ("to the House of Representatives and the provincial
                            # assemblies": one election per body)
                            # ("to the Flemish Parliament": a region's, named by an adjective that is no country's)
                            qualifier = next((c for c in body_head.children if c.dep_ in {"amod", "compound"}
                                              and c.text[:1].isupper() and c.i < body_head.i), None)
                            regional = qualifier is not None and body_head.lower_ == "parliament" \
                                and qualifier.lower_ not in {"national", "federal", "european", "state"} \
                                and not lex.country_of_adjective(qualifier.text) and not lex.country(qualifier.text) \
                                and qualifier.text.endswith(("ish", "an", "ian", "ese"))
                            kinds.append("regional" if regional else "parliamentary")
                if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            country = lex.country(pobj.text) or lex.country(doc[pobj.left_edge.i:pobj.i + 1].text) \
                                or lex.country(doc[pobj.left_edge.i:pobj.right_edge.i + 1].text)  # ("in Sao Tome
                            # and Principe", parsed as a list)
                            if country:
                                props["country"] = country
                            elif (pobj.ent_type_ in {"GPE", "LOC"} or fold(pobj.text) in lex.regions) \
                                    and not lex.is_city(pobj.text) \
                                    and "parliamentary" in kinds and child.lower_ == "in" and not by_election \
                                    and not any(c.lower_ in {"senatorial", "senate", "congressional"}
                                                for c in token.children):
                                # (not "the senatorial by-election in Grand Bassa County": a national seat's)
                                # "a two-phase assembly election in Bihar": a state's or a province's legislature
                                kinds = ["regional" if k == "parliamentary" else k for k in kinds]
                                regional_words.update(c.lower_ for c in token.children if c.i < token.i)
            if "country" not in props and (visited := _visited_country(token, lex)):
                props["country"] = visited  # "is on a working visit to Germany to observe the state election in X"
            if kinds == ["parliamentary"] and "country" not in props and any(
                    c.lower_ in regional_words and c.lower_ in lex.election_kinds for c in token.children):
                kinds = ["regional"]  # "... in Bihar", then "the 2020 assembly election": the same legislature
            if kinds in ([], ["parliamentary"]) and "country" not in props and any(
                    c.dep_ == "compound" and (c.ent_type_ in {"GPE", "LOC"} or fold(c.text) in lex.regions)
                    and c.text[:1].isupper() and not lex.country(c.text) and not lex.is_city(c.text)
                    for c in token.children):
                kinds = ["regional"]  # "the Kerala election": a state's (a country's or a city's would say so)
                regional_words.add("assembly")
            owner = next((c for c in token.children if c.dep_ == "poss"
                          and fold(doc[c.left_edge.i:c.i + 1].text) in lex.regions), None)
            if kinds in ([], ["parliamentary"]) and "country" not in props and owner is not None:
                # "the Kurdistan Region's parliamentary election": a region's legislature, in its country
                kinds = ["regional"]
                props["country"] = lex.cities[fold(doc[owner.left_edge.i:owner.i + 1].text)]
            if kinds in ([], ["parliamentary"], ["local"]) and "country" not in props \
                    and _regional_legislature(token, lex):
                kinds = ["regional"]  # "elections for two seats in the Tasmanian Legislative Council"
            if kinds == ["parliamentary"] and "country" not in props and any(
                    c.lower_ == "assembly" and c.i < token.i and not any(
                        a.lower_ in {"national", "federal", "constituent", "general"} for a in c.children)
                    for c in token.children) and _state_named_in(doc, token, lex):
                # "won a third term in West Bengal, taking 211 seats in the eight-phase Assembly election": a
                # state's assembly
                kinds = ["regional"]
                regional_words.add("assembly")
            if by_election and not kinds and last_by_kind is None and any(
                    t.lower_ in LOCAL_SEAT_WORDS for t in token.sent):
                kinds.append("local")  # "has taken a ward from the ANC in a by-election": a council seat's
            if by_election and not kinds:
                # "the by-elections" after "Wednesday's local by-elections": of the kind said before
                kinds.append(last_by_kind or lex.election_kinds.get(lower, "parliamentary"))
            elif by_election:
                last_by_kind = kinds[0]
            for child in token.lefts:
                if child.lower_ in {"next", "upcoming", "forthcoming", "coming"}:
                    props["upcoming"] = True  # "its next general elections": one still ahead
                if child.dep_ == "poss" and child.lower_ == "year":
                    # "next year's nationwide local elections": another year's election
                    offset = {"next": 1, "last": -1, "previous": -1}.get(
                        next((c.lower_ for c in child.children if c.dep_ == "amod"), ""))
                    if offset:
                        props["relative_year"] = offset
            while start < token.i and (doc[start].is_punct or doc[start].lower_ in DETERMINERS):
                start += 1
            date_token = self._election_date_token(token)
            if date_token is None and "year" not in props and not props.get("runoff"):
                # "will hold its first general election since independence on December 22, 2024": a full date
                # on the verb that holds it, its year said
                date_token = _held_on(token)
            if date_token is None and "year" not in props and not props.get("runoff"):
                # "the FPÖ won a state election for the first time, taking 35.1 percent in Styria in November":
                # the month or year the clause that won it says
                when = _won_in(token)
                if when is not None and re.fullmatch(r"(19|20)\d\d", when.text):
                    props["year"] = int(when.text)
                elif when is not None:
                    date_token = when.i
            if date_token is None:
                # "the June 28 snap presidential election", with "snap" read as a verb: the date inside the name
                date_token = next((t.i for t in doc[start:token.i - 1] if t.ent_type_ == "DATE"
                                   and t.lower_ in MONTH_NAMES and doc[t.i + 1].like_num), None)
            if date_token is not None:
                first, last = date_token, date_token + 1
                # (one date entity "Tuesday that Sunday's": the part the election's word is in)
                while first > 0 and doc[first].ent_iob_ == "I" and not cuts_date(doc[first - 1]):
                    first -= 1
                while last < len(doc) and doc[last].ent_iob_ == "I" and not cuts_date(doc[last]):
                    last += 1
                props["date_token"] = first
                props["date_text"] = doc[first:last].text
            if kinds and token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i < token.i \
                    and token.head.lemma_ in {"council", "assembly", "authority", "legislature"}:
                # "the regional council and local authority elections": the first body's election too
                also = [lex.election_kinds[a.lower_] for a in token.head.children
                        if a.dep_ == "amod" and a.lower_ in lex.election_kinds]
                kinds = also[:1] + kinds if also else kinds
                dated = next((c for c in token.head.children if c.ent_type_ == "DATE"
                              and c.dep_ in {"nmod", "compound", "npadvmod"}), None) if also else None
                if dated is not None and "date_token" not in props:
                    # ("the November 26 regional council and local authority elections": the day said before both)
                    span = next(e for e in doc.ents if e.start <= dated.i < e.end)
                    props["date_token"], props["date_text"] = span.start, span.text
                start = min(start, token.head.left_edge.i)
            elif kinds and token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i < token.i \
                    and token.head.lower_ in {"council", "assembly", "parliament", "house", "chamber", "senate"}:
                # "for the Council of Representatives and municipal council elections": the house's election too
                house = " ".join(t.lower_ for t in doc[token.head.left_edge.i:token.left_edge.i])
                if any(w in house for w in ("representatives", "deputies", "parliament", "national assembly",
                                            "senate")) and "parliamentary" not in kinds:
                    kinds = ["parliamentary", *kinds]
                    props["bodies"] = True  # (one election per body)
            if not kinds and lower in {"election", "elections"} \
                    and (filled := _seat_filled(token, lex.election_kinds)) is not None:
                kinds.append(filled)  # "a special election to fill the vacant seat in the 5th Congressional District"
                if any(c.dep_ == "amod" and c.lower_ == "special" for c in token.children):
                    props["by_election"] = True
            if not kinds and lower in {"election", "elections", "vote", "poll", "polls"} \
                    and (candidates_for := _office_of_candidates(token)) is not None:
                # "registered four pairs of candidates for president in the November 14 election"
                kinds.append(candidates_for)
            if lower in {"vote", "ballot", "poll"} and _vote_on_a_question(token):
                kinds = ["referendum"]  # "a federal vote held the same day on an initiative": a referendum
            generic = not kinds
            if kinds:
                props["kind"] = kinds[0]
                if len(set(kinds)) > 1:
                    props["kinds"] = sorted(set(kinds), key=kinds.index)
            if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
                continue  # "so there is no separate presidential ballot": none held
            name = _clean_name(list(doc[start:token.i + 1]))
            out.append(Mention(start, token.i + 1, "Election", name, generic=generic, props=props))
        if "assembly" in regional_words:
            # "the April 10 assembly election", before "the Kerala election": that state's assembly too
            for m in out:
                words = [t.lower_ for t in doc[m.start:m.end]]
                if m.props.get("kind") == "parliamentary" and "country" not in m.props and "assembly" in words \
                        and "national" not in words:
                    m.props["kind"] = "regional"
        out.extend(self._elected_offices(doc, out, taken))
        out.extend(self._contested_seats(doc, out, taken))
        return out

    @staticmethod
    def _contested_seats(doc: Doc, elections: list[Mention], taken: set[int]) -> list[Mention]:
        """"has registered 296 candidates for the 50 seats in the National Parliament", in a story that names no
        national election: the parliamentary election those seats are filled in."""
        if any(m.props.get("kind") in {"parliamentary", "general"} for m in elections):
            return []
        for seats in tokens_among(doc, SEATS_IDS):
            if seats.i in taken or seats.dep_ != "pobj" or seats.head.lower_ != "for" \
                    or seats.head.head.lemma_ not in {"candidate", "nomination", "candidacy", "aspirant"}:
                continue
            houses = [o for c in seats.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                      for o in c.children if o.dep_ == "pobj" and o.lower_ in NATIONAL_HOUSE_WORDS]
            if not houses or any(t.lower_ in SUBNATIONAL_WORDS for t in houses[0].subtree):
                continue
            return [Mention(seats.i, seats.i + 1, "Election", "parliamentary election",
                            props={"kind": "parliamentary", "implicit": True})]
        return []

    @staticmethod
    def _elected_offices(doc: Doc, elections: list[Mention], taken: set[int]) -> list[Mention]:
        """"Voters will also elect mayors and councils in all 262 municipalities on the same day": an election of
        those offices, told without the word, in a sentence that names no election."""
        out: list[Mention] = []
        for verb in tokens_among(doc, ELECTING_IDS):
            if verb.lemma_ not in {"elect", "choose"} or verb.pos_ != "VERB" \
                    or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
                continue
            offices = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)
                       if o.tag_ == "NNS" and o.lemma_ in ELECTED_OFFICES]
            sent = verb.sent
            if not offices or any(sent.start <= m.start < sent.end for m in elections):
                continue
            voters = any(c.dep_ == "nsubj" and c.lemma_ in {"voter", "citizen", "people", "electorate"}
                         for c in verb.children)
            if not voters:
                continue  # ("the council will elect its chairman": no popular vote)
            office = offices[0]
            props: dict[str, Any] = {"kind": ELECTED_OFFICES[office.lemma_], "implicit": True}
            when = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
                    if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
            same = when and any(c.lower_ == "same" for c in when[0].children)
            dated = [m for m in elections if m.start < verb.i and "date_token" in m.props]
            if same and dated:
                # "on the same day": the day of the election named last before
                props["date_token"], props["date_text"] = dated[-1].props["date_token"], dated[-1].props["date_text"]
            elif when:
                props["date_token"] = when[0].left_edge.i
                props["date_text"] = doc[when[0].left_edge.i:when[0].right_edge.i + 1].text
            out.append(Mention(office.i, office.i + 1, "Election", f"{props['kind']} election", props=props))
        return out

    @staticmethod
    def _election_date_token(noun: Token) -> int | None:
        """Where an election's date is said: "the September 10 election", "Saturday's vote",
        "an election for April 2", "the election to be held on February 7, 2024"."""
        def date_in(tokens: list[Token]) -> int | None:
            for t in tokens:
                if t.ent_type_ == "DATE" or untagged_day(t) is not None:
                    return t.i
                if t.dep_ == "prep" and t.lower_ in {"on", "for", "of"}:  # ("the general election of April 30")
                    for pobj in t.children:
                        if pobj.dep_ == "pobj" and pobj.ent_type_ == "DATE":
                            return pobj.i
            return None

        hit = date_in([c for c in noun.children if c.i < noun.i and c.dep_ in {"compound", "nmod", "poss", "npadvmod"}])
        if hit is None and not (noun.dep_ == "conj" and noun.head.ent_type_ == "DATE"):
            # (not "called the presidential election on 13 February and the parliamentary one on 19 March",
            # where the second date is the second call's)
            hit = date_in([c for c in noun.children if c.dep_ == "prep"])
        if hit is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in {
                "date", "day"} and noun.head.head.dep_ == "dobj" and noun.head.head.head.lemma_ in {"set", "fix"}:
            # "set the date of the municipal elections for October 29"
            hit = date_in([c for c in noun.head.head.head.children if c.dep_ == "prep" and c.lower_ == "for"])
        if hit is None and noun.dep_ == "dobj" and noun.head.lemma_ in {"call", "set", "schedule", "hold", "fix"}:
            # "calling a snap election for April 2", "set the election for June 20"
            verbs = [noun.head]
            if noun.head.dep_ == "acl" and noun.head.head.dep_ == "dobj":
                verbs.append(noun.head.head.head)  # "signed a decree calling elections for November 20"
            hit = date_in([c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "for"])
        if hit is None and (noun.dep_ == "nsubjpass" and noun.head.lemma_ in {"hold", "schedule", "set", "slate"}
                            or noun.dep_ == "nsubj" and noun.head.lemma_ == "take"
                            and any(c.dep_ == "dobj" and c.lower_ == "place" for c in noun.head.children)):
            # "local elections will be held on November 2", "the vote takes place on May 4" (but "was set by X
            # in a decree on December 23": the day of the setting; a day set is "set for")
            # ("was scheduled by the National Assembly on July 29": the day of the scheduling, by its agent)
            hit = date_in([c for c in noun.head.children if c.dep_ == "prep"
                           and (noun.head.lemma_ != "set" and not any(a.dep_ == "agent" for a in noun.head.children)
                                or c.lower_ == "for")])
        if hit is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ == "vote":
            # "Jordanians voted in the parliamentary election on September 10": the day they voted
            hit = date_in([c for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ == "on"])
        if hit is None and noun.dep_ == "dobj" and noun.head.lemma_ in {"contest", "hold", "postpone", "boycott"}:
            # "eligible to contest the presidential election on 14 February next year"
            hit = date_in([c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "on"
                           and c.i == noun.i + 1])
        if hit is None and noun.right_edge.i + 1 < len(noun.doc) \
                and (on := noun.doc[noun.right_edge.i + 1]).lower_ == "on" and on.dep_ == "prep" \
                and on.head.pos_ in {"VERB", "AUX"} and on.head.is_ancestor(noun):
            # "will contest the early election for mayor of X on April 19"; "on Wednesday registered six candidates
            # for the presidential election on May 13": a calendar day right after the election's phrase, hung on
            # a verb that is still ahead or says its own day before it
            verb = on.head
            day = next((o for o in on.children if o.dep_ == "pobj" and o.lower_ in MONTH_NAMES
                        and any(c.like_num for c in o.children)), None)
            if day is not None and (any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in verb.children)
                                    or any(t.ent_type_ == "DATE" for t in verb.subtree if t.i < verb.i)):
                hit = day.i
        if hit is None and noun.i + 1 < len(noun.doc) \
                and (due := noun.doc[noun.i + 1]).lower_ in {"due", "scheduled", "slated", "set", "planned"}:
            # "the provincial council elections due on December 20", with "due" hung on the verb before
            hit = date_in([c for c in due.children if c.dep_ == "prep" and c.lower_ in {"on", "for"}])
        if hit is None and noun.i + 1 < len(noun.doc) and (on := noun.doc[noun.i + 1]).lower_ == "on" \
                and on.dep_ == "prep" and on.head.lemma_ in {"be", "run", "stand", "compete", "participate"} \
                and not noun.is_ancestor(on) and on.head.is_ancestor(noun):
            # "will be the party's candidate in the presidential election on April 30, 2028", the date hung on "be"
            hit = date_in([on])
        if (hit is None or not any(t.like_num for t in noun.doc[hit:hit + 4])) and noun.dep_ == "pobj" \
                and noun.head.lower_ in {"for", "of"} and noun.head.head.lemma_ in {"date", "day"} \
                and noun.head.head.dep_ == "pobj" and noun.head.head.head.lower_ == "as":
            # "set Aug. 20 as the date for the presidential election", "named Saturday, November 7 as the date
            # of this year's general election": the verb's other date (more than "this year's")
            verb = noun.head.head.head.head
            hit = date_in([c for c in verb.children if c.dep_ in {"npadvmod", "dobj", "tmod", "oprd"}]) or hit
        if hit is None and noun.i + 1 < len(noun.doc) and (into := noun.doc[noun.i + 1]).lower_ == "in" \
                and into.dep_ == "prep" and (into.head.i == noun.i or into.head.is_ancestor(noun) and not (
                    _won_in(noun) is not None and into.head.i == noun.head.i)):  # ("won the runoff in 2016": below)
            # "the general election in May next year", "the presidential election in 2024" (the phrase maybe
            # hung on the verb above): a date that names its year
            dated = [o for o in into.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
            words = {t.lower_ for o in dated for t in o.subtree}
            k = dated[0].i + 1 if dated else len(noun.doc)
            while k < len(noun.doc) and noun.doc[k].ent_iob_ == "I":  # ("May next year", "next year" read apart)
                words.add(noun.doc[k].lower_)
                k += 1
            if dated and (any(re.fullmatch(r"(19|20)\d\d", w) for w in words) or "year" in words and words & {
                    "next", "this", "last", "following", "coming"}):
                hit = dated[0].i
        if hit is None:
            for clause in noun.children:
                if clause.dep_ == "relcl" and clause.lemma_ in {"announce", "say", "decide", "confirm", "rule"}:
                    # "elections, which the commission announced would be held on Aug. 13, 2026"
                    inner = [c for c in clause.children if c.dep_ == "ccomp" and c.lemma_ in {"hold", "take"}]
                    hit = date_in([c for x in inner for c in x.children if c.dep_ == "prep"]) if inner else None
                    if hit is not None:
                        break
                if clause.dep_ in {"relcl", "acl"} and clause.lemma_ in {"hold", "take", "schedule", "set", "slate"}:
                    hit = date_in(list(clause.children))
                    if hit is None:
                        for c in clause.children:  # "both of which will take place on January 10"
                            if c.dep_ == "dobj" and c.lower_ == "place":
                                hit = date_in(list(clause.children))
                    if hit is not None:
                        break
        for t in noun.sent:
            # "announced the schedule for the by-election on March 5, fixing April 18 as polling day": the day
            # fixed as polling day is the election's (the other date is the announcement's)
            if t.lower_ == "as" and t.dep_ == "prep" and t.head.pos_ == "VERB" and any(
                    o.dep_ == "pobj" and o.lemma_ in {"day", "date"} and any(
                        c.lower_ in {"polling", "election", "voting"} for c in o.children) for o in t.children):
                fixed = date_in([c for c in t.head.children if c.dep_ in {"npadvmod", "dobj", "tmod", "oprd"}])
                if fixed is not None:
                    return fixed
        return hit

    # -- delegations ----------------------------------------------------------------------
    def find_delegations(self, doc: Doc, taken: set[int], mentions: list[Mention]) -> list[Mention]:
        lex = self.lex
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        # organizations named as missions are delegations: "the European Union Election Observation Mission"
        for m in mentions:
            words = m.name.lower().split()
            # "the Commonwealth Observer Group for Uganda": the name ends before what it is for
            cut = next((k for k, w in enumerate(words) if w in {"for", "to", "in"} and k >= 2), len(words))
            # ("the Election Expert Team": a team sent to assess an election)
            observing = any(w in {"observer", "observers", "observation", "monitoring", "expert", "assessment"}
                            for w in words[:cut])
            # "the Electoral Observation Mission of the Organization of American States": named with its sender
            of_sender = next((k for k, w in enumerate(words[:-2]) if w in {"mission", "delegation"}
                              and words[k + 1] == "of" and k >= 1), None)
            if m.type == "Organization" and of_sender is not None and observing:
                inside = [o for o in mentions if o is not m and m.start < o.start and o.end <= m.end
                          and o.type in {"Organization", "Country"}]
                if inside:
                    m.type = "Delegation"
                    m.props["named"] = True
                    m.props["sender_mentions"] = [inside[0].start]
                    for inner in mentions:  # "(EOM/OAS)": its acronym is the mission too
                        if inner.props.get("acronym_of") == m.start and inner.type == "Organization":
                            inner.type = "Delegation"
                            inner.props["named"] = True
                    continue
            if m.type == "Organization" and len(words) >= 2 and MISSION_ACRONYM.fullmatch(doc[m.end - 1].text):
                # "the EU EOM's chief observer": a sender, then the acronym of an election observation mission
                m.type = "Delegation"
                m.props["named"] = True
                continue
            standing = cut < len(words) and words[cut] in {"to", "for", "in"} and not observing \
                and doc[m.start:m.end][cut - 1].text == "Mission"  # "the OSCE Mission to Skopje": a field office
            if m.type == "Organization" and words and not standing \
                    and (words[cut - 1] in {"mission", "delegation"}
                         or words[cut - 1] in {"group", "team"} and observing):
                if cut < len(words):
                    k = next(t.i for t in doc[m.start:m.end] if t.lower_ == words[cut])
                    m.end = k
                    m.name = _clean_name(list(doc[m.start:m.end]))
                m.type = "Delegation"
                m.props["named"] = True
                for inner in mentions:  # "Multinational Observer Group (MOG)": its acronym is the group too
                    if inner.props.get("acronym_of") == m.start and inner.type == "Organization":
                        inner.type = "Delegation"
                        inner.props["named"] = True
                if m.start > 0 and doc[m.start - 1].lower_ in {"its", "their"}:
                    m.props["possessor"] = m.start - 1  # "launched its Electoral Observation Mission"
                k = m.start - 1
                if k > 0 and doc[k].text == ")":
                    while k > 0 and doc[k].text != "(" and m.start - k < 6:
                        k -= 1  # "the Southern African Development Community (SADC) Electoral Observation Mission"
                before = next((o for o in mentions if o.end == k and o.type in {"Organization", "Country"}), None)
                if before is not None and not m.props.get("sender_mentions"):
                    m.props["sender_mentions"] = [before.start]
                root = doc[m.end - 1]
                if root.dep_ == "dobj" and root.head.lemma_ in SENDING_VERBS:
                    # "The African Union has deployed an Election Observation Mission": the AU's
                    subjects = [by_token[c.i] for c in root.head.children if c.dep_ == "nsubj" and c.i in by_token
                                and by_token[c.i].type in {"Organization", "Country"}]
                    if not subjects and not any(c.dep_ == "nsubj" and c.ent_type_ not in {"GPE", "LOC"}
                                                for c in root.head.children):
                        # "Following an invitation from the authorities of Bulgaria, the OSCE Office for ...
                        # (ODIHR) today opened an Election Observation Mission", the body read as an apposition
                        # of the country: the body named before the verb
                        sent = root.head.sent
                        subjects = [o for o in mentions if o.type == "Organization" and sent.start <= o.start
                                    and o.end <= root.head.i and doc[o.end - 1].dep_ in {"appos", "nsubj"}][-1:]
                    if subjects:
                        m.props["sender_mentions"] = [subjects[0].start]
        for token in tokens_among(doc, self._delegation_word_ids):
            lower = token.lower_
            if token.pos_ not in {"NOUN", "PROPN"} or token.i in taken:
                continue
            if lower in {"guests", "visitors"}:
                out.append(Mention(token.i, token.i + 1, "Delegation", token.text, generic=True))
                continue
            if lower in LED_GROUP_NOUNS and not (
                    any(c.dep_ == "nummod" for c in token.children)
                    and any(c.dep_ == "acl" and c.lemma_ in {"lead", "head"} for c in token.children)) and not (
                    lower == "experts" and any(c.dep_ in {"compound", "amod"} and c.lower_ in {"election", "electoral"}
                                               for c in token.children)
                    and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)
                    and self._acts_as_delegation(token)):
                continue  # "Three officials of the ECB, headed by X": a team only when counted and led ("Election
                # experts from the ODIHR travelled to Ghent": sent)
            if lower == "observer" and any(c.lower_ in {"chief", "head", "deputy", "lead", "senior"}
                                           for c in token.children if c.i < token.i):
                continue  # "the OAS chief observer held talks with ...": a person, the mission's head
            weak = lower not in lex.delegation_strong and not (
                lower in {"missions", "delegations"}
                and any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in token.children))
            if weak and not (lower in lex.delegation_nouns | LED_GROUP_NOUNS and self._acts_as_delegation(token)):
                continue
            if weak and token.dep_ == "appos" and token.head.i in by_token:
                continue  # "the Electoral Observation Mission (MOE), a Colombian civil society group": the same
            if any(c.lower_ in PEACEKEEPING_WORDS for c in token.children if c.i < token.i):
                continue  # "the UN peacekeeping mission, MINUSCA": a standing body, not a visiting delegation
            if any(c.lower_ in {"possible", "potential", "proposed", "prospective", "eventual"}
                   for c in token.children if c.i < token.i):
                continue  # "to discuss a possible EU observation mission": none yet
            sent_by = token.dep_ == "dobj" and token.head.lemma_ in SENDING_VERBS
            announced = token.head.dep_ == "ccomp" and token.head.head.lemma_ in {"say", "announce", "confirm"}
            if sent_by and any(c.dep_ == "neg" or c.lower_ in lex.modal_words
                               and not (announced and c.lower_ == "would") for c in token.head.children):
                continue  # "the Commonwealth will not send a mission": no mission ("said it would send": one)
            if sent_by and token.head.tag_ in {"VBZ", "VBP"} and any(
                    c.dep_ == "advmod" and c.lower_ in {"only", "usually", "always", "generally", "normally",
                                                        "typically", "often", "routinely"}
                    for c in token.head.children):
                continue  # "the Commonwealth usually sends observers to general elections": a habit
            if sent_by and (token.head.head.lemma_ in {"ready", "willing", "prepared", "able", "offer"} or any(
                    c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)
                    for c in token.head.children) or any(
                    c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.head.children)
                    or any(c.dep_ == "neg" for a in list(token.head.ancestors)[:2] for c in a.children)):
                # ("has not yet decided whether to deploy observers": none yet)
                continue  # "ready to send an observer mission if the government requested one": none yet
            # (not "an observer group from the Melanesian Spearhead Group": a body that is no observer group)
            whole = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "from" and lower in {"team", "group"}
                     for o in c.children if o.dep_ == "pobj" and o.lower_ in lex.delegation_nouns | {"group"}
                     and o.text[:1].isupper() and any(x.dep_ == "compound" for x in o.children)
                     and (o.lower_ != "group" or any(x.dep_ == "compound" and x.lower_ in OBSERVER_GROUP_WORDS
                                                     for x in o.children))]
            if whole:
                # "A team from the Commonwealth Observer Group arrived": a part of that group, which it stands for
                part = [x for x in doc[whole[0].left_edge.i:whole[0].i + 1] if x.lower_ not in DETERMINERS]
                out.append(Mention(token.i, token.i + 1, "Delegation", _clean_name(part)))
                continue
            sent_by_agent = _sending_agents(token)  # "observers sent by the Carter Center"
            if lower in {"observers", "monitors"} and token.dep_ == "pobj" and token.head.lower_ == "of" \
                    and token.head.head.lemma_ in lex.delegation_nouns and (sent_by_agent or any(
                        c.dep_ == "prep" and c.lower_ == "from" for c in token.children)):
                continue  # "a team of 12 observers sent by X", "a team of six observers from X": the team is it
            if lower in {"observers", "monitors"} and any(c.dep_ == "nummod" for c in token.children) \
                    and not sent_by and not sent_by_agent and not (_a_few(token) and any(
                        c.dep_ == "prep" and c.lower_ == "from" and any(
                            o.dep_ == "pobj" and o.i in by_token and by_token[o.i].type == "Organization"
                            for o in c.children) for c in token.children)):
                # "94 observers from eight countries": people, not the mission ("deployed 40 observers" is, and
                # "Two observers from the Electoral Reform Society": that body's team)
                continue
            if lower in {"observers", "monitors"} and token.dep_ == "nsubj" and any(
                    c.dep_ == "neg" for c in token.head.children):
                continue  # "Observers from the SCO will not monitor the vote": no team here
            if token.dep_ == "nsubj" and token.head.lemma_ in OBSERVING_VERBS and any(
                    c.dep_ == "dobj" and any(a.lower_ in {"previous", "past", "earlier", "prior"} for a in c.children)
                    for c in token.head.children):
                continue  # "the EU, whose observers monitored previous Maldivian elections": missions of the past
            if lower in {"observers", "monitors"} and token.dep_ in {"dobj", "attr"} and token.head.lemma_ in {
                    "include", "comprise", "contain", "bring", "have"}:
                continue  # "it also includes observers from Samoa": members of another group
            if lower in {"observers", "monitors"} and token.dep_ == "pobj" and token.head.lower_ == "of" \
                    and token.head.head.lemma_ in {"make", "compose", "consist"}:
                # "The SADC mission is made up of observers from Malawi and Zambia": its members (but "the IEOM, made
                # up of observers from the ODIHR, the OSCE PA and PACE", a mission that names no sender: theirs)
                verb = token.head.head
                made_up = verb.head if verb.dep_ == "acl" else next(
                    (c for a in (verb, verb.head) for c in a.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                team = by_token.get(made_up.i) if made_up is not None else None
                if team is not None and team.type == "Delegation" and team.props.get("sender_mentions") \
                        or team is None and made_up is not None and made_up.lemma_ in lex.delegation_nouns:
                    continue
            senders: list[Mention] = []
            start = token.i
            for child in token.children:
                if child.i < token.i and child.dep_ in {"compound", "amod", "nmod", "poss"}:
                    owner = by_token.get(child.i)
                    if owner and owner.type in {"Organization", "Country"}:
                        senders.append(owner)
                    elif lex.country_of_adjective(child.text) and child.dep_ != "poss" and all(
                            t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in doc[child.i + 1:token.i]):
                        country = lex.country_of_adjective(child.text) or ""
                        senders.append(Mention(child.i, child.i + 1, "Country", country))
                    start = min(start, child.left_edge.i)
                elif child.dep_ == "prep" and child.lower_ in {"of", "from"} or child.dep_ == "acl" and any(
                        c.dep_ == "conj" and c.lower_ == "from" for c in child.children) and lower.endswith("s"):
                    # ("delegations from A, led by X, and from B": the second "from" hung on "led")
                    preps = [child] if child.dep_ == "prep" else [c for c in child.children
                                                                  if c.dep_ == "conj" and c.lower_ == "from"]
                    # ("a team of ten from the IGAD": the "from" phrase hung on the number)
                    # ("a team of six observers from CARICOM": the observers' "from" phrase is the team's)
                    # ("a small team of election experts from the ODIHR": likewise)
                    preps += [q for o in child.children if child.lower_ == "of" and o.dep_ == "pobj"
                              and (o.like_num or o.lower_ in TEAM_MEMBER_NOUNS)
                              for q in o.children if q.dep_ == "prep" and q.lower_ == "from"]
                    # ("a team of diplomatic observers drawn from EU embassies": where they were drawn from)
                    preps += [q for o in child.children if child.lower_ == "of" and o.dep_ == "pobj"
                              and o.lower_ in TEAM_MEMBER_NOUNS for a in o.children
                              if a.dep_ == "acl" and a.lemma_ in {"draw", "recruit", "compose", "make"}
                              for q in a.children if q.dep_ == "prep" and q.lower_ == "from"]
                    for pobj in (o for prep in preps for o in prep.children):
                        for p in (pobj, *pobj.conjuncts):
                            sender = by_token.get(p.i)
                            if sender is None and p.pos_ == "NOUN":
                                # "a delegation of Iran's parliament, the Islamic Consultative Assembly": the name
                                # set beside the noun
                                sender = next((by_token[a.i] for a in p.children if a.dep_ == "appos"
                                               and a.i in by_token and by_token[a.i].type == "Organization"), None)
                            if sender is None and p.lemma_ in {"state", "country", "nation"}:
                                # "officials from SAARC member states": the body they are members of
                                sender = next((by_token[a.i] for c in p.children if c.dep_ == "compound"
                                               and c.lower_ == "member" for a in c.children
                                               if a.dep_ == "compound" and a.i in by_token
                                               and by_token[a.i].type == "Organization"), None)
                            if sender is None and p.pos_ == "NOUN" and p.lemma_ == "embassy":
                                # ("drawn from EU embassies": the body whose embassies they are)
                                sender = next((by_token[a.i] for a in p.children if a.dep_ == "compound"
                                               and a.i in by_token and by_token[a.i].type in {"Organization",
                                                                                             "Country"}), None)
                            owned = by_token.get(sender.end + 1) if sender is not None and sender.end + 1 < len(doc) \
                                and doc[sender.end].lower_ in {"'s", "’s"} else None
                            if owned is not None and sender is not None and owned.start == sender.end + 1 \
                                    and owned.type == "Organization":
                                sender = owned  # "a delegation of the Council of Europe's Congress of ...": the
                                # body the owner's name is set before
                            if pobj.dep_ == "pobj" and sender and sender.type in {"Organization", "Country"}:
                                senders.append(sender)
                        if pobj.dep_ == "pobj" and pobj.lower_ in {"observers", "monitors"} and not senders:
                            agent_of = [by_token[a.i] for a in _sending_agents(pobj) if a.i in by_token]
                            senders += [a for a in agent_of if a.type in {"Organization", "Country"}]
            if senders and any(c.dep_ == "amod" and c.lower_ == "joint" for c in token.children):
                # "a joint observation mission of the EAC and the IGAD", the second body read as the mission's
                # conjunct
                senders += [by_token[c.i] for c in token.children if c.dep_ == "conj" and c.i in by_token
                            and by_token[c.i].type == "Organization" and by_token[c.i] not in senders]
            if not senders:
                senders += [by_token[a.i] for a in sent_by_agent
                            if a.i in by_token and by_token[a.i].type in {"Organization", "Country"}]
            if not senders:
                # "An Organization of American States observer mission", the long name parsed apart: the body
                # named right before the mission's own words
                k = token.i - 1
                while k > 0 and doc[k].lower_ in {"observer", "observers", "observation", "election", "electoral",
                                                  "monitoring", "assessment"}:
                    k -= 1
                owner = by_token.get(k) if k < token.i - 1 or doc[k].dep_ == "compound" else None
                if owner is not None and owner.end == k + 1 and owner.type in {"Organization", "Country"} \
                        and owner.end - owner.start > 1:
                    senders.append(owner)
                    start = min(start, owner.start)
            if not senders and sent_by and lower in {"observers", "monitors"} and token.head.dep_ == "relcl" \
                    and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in token.head.children):
                # "The ODIHR, which deployed 280 observers to monitor the vote": the body's observers
                owner = by_token.get(token.head.head.i)
                if owner is not None and owner.type in {"Organization", "Country"}:
                    senders.append(owner)
            if lower in {"missions", "delegations", "observers", "monitors"} and len(senders) == 1 \
                    and senders[0].start > token.i:
                # "missions of the CIS (CIS), the SCO (SCO), the OTS and the OIC", the list read apart;
                # "Observers from the ODIHR, the OSCE PA and PACE said in a joint statement": one joint mission
                k = senders[0].end
                while k < len(doc):
                    if doc[k].text in {",", "and", "(", ")"} or doc[k].lower_ == "the" or doc[k].i in by_token \
                            and by_token[doc[k].i].props.get("acronym_of") is not None:
                        k += 1
                        continue
                    nxt = by_token.get(k)
                    if nxt is None or nxt.type != "Organization" or nxt.start != k:
                        break
                    senders.append(nxt)
                    k = nxt.end
            while start < token.i and (doc[start].is_punct or doc[start].lower_ in DETERMINERS):
                start += 1
            for sender in senders:
                if sender.start < start < sender.end:
                    start = sender.start  # "the Organization of American States mission": the whole name
            if not senders:
                # "the Organization of American States (OAS) election observation mission"
                for k in range(token.left_edge.i, token.i):
                    owner = by_token.get(k)
                    if owner is not None and owner.type == "Organization":
                        senders.append(owner)
                        break
            if not senders and start >= 2 and doc[start - 1].text == ")":
                k = start - 1
                while k > 0 and doc[k].text != "(" and start - k < 6:
                    k -= 1
                covering = [m for m in mentions if m.start <= k - 1 < m.end] if doc[k].text == "(" else []
                owner = max(covering, key=lambda m: m.end - m.start) if covering else None
                if owner is not None and owner.type == "Organization":
                    senders.append(owner)  # the same, with the acronym parsed apart from the mission
            props: dict[str, Any] = {}
            if not senders and token.dep_ == "dobj":
                # "received a delegation from the Arab League": the "from" phrase hung on the verb
                for prep in token.head.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > token.i:
                        for pobj in prep.children:
                            sender = by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                            if sender is not None and sender.type in {"Organization", "Country"}:
                                senders.append(sender)
            if not senders and token.dep_ == "dobj" and token.head.lemma_ in SENDING_VERBS:
                # "the Spanish Congress of Deputies sent a five-member delegation"
                for subject in token.head.children:
                    sender = by_token.get(subject.i) if subject.dep_ == "nsubj" else None
                    if sender is None and subject.dep_ == "nsubj" and subject.lemma_ in {"government", "authority"}:
                        # "the Japanese government dispatched a team": the country's
                        adjective = next((c for c in subject.children if c.dep_ in {"amod", "compound"}
                                          and lex.country_of_adjective(c.text)), None)
                        if adjective is not None:
                            sender = Mention(adjective.i, adjective.i + 1, "Country",
                                             lex.country_of_adjective(adjective.text) or "")
                    if sender is not None and sender.type in {"Organization", "Country"} and not (
                            token.head.lemma_ == "accredit" and ELECTION_BODY_NAME.search(sender.name.lower())):
                        senders.append(sender)  # (not "the Central Election Commission has accredited 650
                        # international observers": the host lets them in, others sent them)
            if not senders and token.dep_ == "pobj" and token.head.lower_ == "with" \
                    and token.head.head.lemma_ in OBSERVING_VERBS:
                # "The European Union also observed the runoff with a separate mission": the subject's
                senders += [by_token[c.i] for c in token.head.head.children if c.dep_ == "nsubj" and c.i in by_token
                            and by_token[c.i].type in {"Organization", "Country"}]
            poss = [c for c in token.children if c.dep_ == "poss" and c.i not in by_token]
            if not senders and not poss and token.dep_ == "dobj" and token.head.lemma_ in SENDING_VERBS \
                    and token.head.lemma_ != "accredit":
                # "... mediated by ECOWAS. The regional bloc sent 40 observers": whichever body "the bloc" is
                poss = [c for c in token.head.children if c.dep_ == "nsubj" and c.i not in by_token
                        and c.lemma_ in BODY_NOUNS and any(d.lower_ == "the" for d in c.children)]
            if not senders and not poss:
                # "the Forum team", "the Assembly delegation": a body named before, by its head noun
                poss = [c for c in token.children if c.dep_ == "compound" and c.i not in by_token
                        and c.text.istitle() and c.lower_ in lex.org_head_nouns and c.i > 0
                        and doc[c.i - 1].lower_ == "the"]
            # ("said it would deploy 25 observers to monitor the vote, led by X": a team with its head named)
            led = any(c.dep_ in {"advcl", "acl"} and c.lemma_ in {"lead", "head"} and any(
                a.dep_ == "agent" and any(o.ent_type_ == "PERSON" for o in a.children) for a in c.children)
                for c in token.head.children)
            if not senders and not poss and token.dep_ == "dobj" and token.head.lemma_ in SENDING_VERBS \
                    and (lower not in {"observers", "monitors"} or token.head.dep_ == "ccomp"
                         and (led or not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "to", "shall", "could"}
                                             for c in token.head.children))
                         and token.head.head.lemma_ in {"say", "announce"} and any(
                             c.dep_ == "nsubj" and c.i in by_token and by_token[c.i].type == "Organization"
                             for c in token.head.head.children)):
                # ("The ECC ... said it had deployed 40 long-term observers": the body's own)
                # "the OAS said it would deploy a mission": whoever "it" is
                poss = [c for c in token.head.children if c.dep_ == "nsubj" and c.lower_ in {"it", "they"}]
            if not senders and not poss and lower in {"mission", "delegation", "team"} and token.dep_ == "nsubj" \
                    and token.head.dep_ == "ccomp" and token.head.head.lemma_ in {"say", "announce", "confirm"}:
                # "The OAS said on Friday that a mission led by X would observe the vote": the announcing body's
                # (not an election body's or a government's: they host missions others send)
                senders += [by_token[c.i] for c in token.head.head.children if c.dep_ == "nsubj" and c.i in by_token
                            and by_token[c.i].type == "Organization"
                            and not ELECTION_BODY_NAME.search(by_token[c.i].name.lower())
                            and "government" not in by_token[c.i].name.lower()][:1]
            if poss:
                props["possessor"] = poss[0].i  # "the Assembly's delegation", "its mission": resolved later
            if senders:
                props["sender_mentions"] = [s.start for s in senders]
                props["sender"] = senders[0].name
            if lower in {"observers", "monitors"} and token.dep_ == "dobj" and token.head.lemma_ == "invite" and any(
                    c.dep_ == "aux" and c.lower_ in {"would", "will", "may", "might", "could", "shall", "to"}
                    for c in token.head.children):
                continue  # "she would invite observers from the Commonwealth": none of them there yet
            if lower in {"observers", "monitors"} and token.dep_ in {"dobj", "nsubjpass"} \
                    and token.head.lemma_ in {"expect", "await"} and all(
                        c.lemma_ in {"arrive", "come", "reach", "travel", "begin", "start", "join"}
                        for c in token.head.children if c.dep_ == "xcomp"):  # (not "are expected to publish")
                continue  # "the CEC said it expected observers from the ODIHR and the CIS": none there yet (nor
                # "Observers from the SCO had been expected in Moscow this week")
            if lower in {"observers", "monitors"} and not senders and not poss:
                continue  # bare "observers": too vague to be a delegation of its own
            separate = any(c.lower_ in {"separate", "another"} and c.i < token.i for c in token.children)
            if weak and not senders and not (poss and (poss[0].dep_ == "compound" or _observer_compound(token))) \
                    and not (separate and self._acts_as_delegation(token)):
                continue  # "a team of experts": nobody's delegation ("the Forum team": the Forum's; "its
                # observer group": whoever "its" is; "a separate team ..., headed by X": a second one)
            generic = not senders and not poss
            if separate:
                props["separate"] = True  # (a team of its own, whatever was named before)
            out.append(Mention(start, token.i + 1, "Delegation", _clean_name(list(doc[start:token.i + 1])),
                               generic=generic, props=props))
        return out

    @staticmethod
    def _acts_as_delegation(token: Token) -> bool:
        """"a Commonwealth team led by X", "an EU team arrived in Baku": a team or group that is led,
        travels or observes."""
        if any(c.dep_ in {"acl", "relcl"} and c.lemma_ in DELEGATION_ACTS for c in token.children):
            return True
        if token.dep_ == "dobj" and token.head.lemma_ in SENDING_VERBS:
            return True  # "dispatched a team"
        if _observer_compound(token):
            return True  # "its observer group", "an observation team"
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in TEAM_MEMBER_NOUNS
                                                              for o in c.children) for c in token.children):
            return True  # "a team of election observers", "a team of election experts"
        if any(c.lemma_ in {"mission", "delegation"} and _observer_compound(c) for c in token.conjuncts):
            return True  # "an observation mission of the ODIHR and a team from the CIS"
        if any(c.dep_ == "compound" and c.lower_ == "member" and any(n.dep_ == "nummod" for n in c.children)
               for c in token.children) and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children):
            return True  # "A five-member team from the Electoral Integrity Forum", however the rest is parsed
        verb = token.head
        if verb.dep_ in {"aux", "auxpass"} and verb.head.i != verb.i:
            verb = verb.head  # "The IRI team is co-led by X", parsed with the subject hung on "is"
        if token.dep_ == "nsubj" and verb.lemma_ in {"begin", "start", "pay", "make", "conclude", "end"} and any(
                c.dep_ == "dobj" and c.lemma_ in {"visit", "trip", "tour"} for c in verb.children):
            return True  # "a two-member team from the OAS began a four-day visit to Saint Lucia"
        if token.dep_ == "nsubj" and verb.lemma_ == "hold" and any(
                c.dep_ == "dobj" and c.lemma_ in {"talk", "meeting", "consultation"} for c in verb.children):
            return True  # "the experts held talks with X"
        if token.dep_ == "nsubj" and verb.lemma_ in {"follow", "watch", "assess"} and any(
                c.dep_ == "dobj" and c.lemma_ in {"vote", "voting", "election", "poll", "polling", "count", "ballot"}
                for c in verb.children):
            return True  # "A five-member team from the GCC followed the voting in Riyadh"
        return token.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_ in DELEGATION_ACTS

    # -- names seen once, found again ---------------------------------------------------------
    def rescan_known_names(self, doc: Doc, mentions: list[Mention], dateline_end: int) -> list[Mention]:
        """Names and acronyms the article has established, wherever the NER missed or cut them:
        "the OSCE PA vice-president" after "the OSCE Parliamentary Assembly (OSCE PA)"."""
        forms: dict[str, dict[tuple[str, ...], str]] = {}  # first word -> token sequence -> type
        short: dict[tuple[str, ...], Mention] = {}  # "OSCE PA" for "OSCE Parliamentary Assembly"
        for m in mentions:
            if m.type == "Organization" and not doc[m.start:m.end].text.islower():  # (not "the Finnish parliament")
                for form in (m.name, m.acronym):
                    if form and len(form) > 1:
                        words = tuple(t.text for t in doc[m.start:m.end]) if form == m.name else tuple(form.split())
                        forms.setdefault(words[0], {}).setdefault(words, "Organization")
                tokens = [t.text for t in doc[m.start:m.end]]
                if not m.acronym and len(tokens) >= 3 and _is_acronym(tokens[0]) \
                        and all(w[:1].isupper() and w.isalpha() for w in tokens[1:]):
                    words = (tokens[0], "".join(w[0] for w in tokens[1:]))
                    short.setdefault(words, m)
                    forms.setdefault(words[0], {}).setdefault(words, "Organization")
                if len(tokens) >= 2 and tokens[-1] in PARTY_NOUNS and all(w[:1].isupper() for w in tokens[:-1]):
                    # "Renaștere leader X" after "the Renaștere party": the name without the lower-case party word
                    words = tuple(tokens[:-1])
                    short.setdefault(words, m)
                    forms.setdefault(words[0], {}).setdefault(words, "Organization")
                if len(tokens) >= 4 and tokens[-1].lower() == "party" and tokens[-2] in PARTY_KIND_WORDS:
                    # "put forward by Ak Zhol" after "the Ak Zhol Democratic Party": the name without its kind
                    words = tuple(tokens[:-2])
                    short.setdefault(words, m)
                    forms.setdefault(words[0], {}).setdefault(words, "Organization")
            elif m.type == "Person" and len(m.name.split()) >= 2:
                words = tuple(m.name.split())
                forms.setdefault(words[0], {}).setdefault(words, "Person")
                forms.setdefault(words[-1], {}).setdefault(words[-1:], "Person")
                if len(words) == 3 and words[1][:1].isupper() and not self.lex.is_given_name(words[1]):
                    forms.setdefault(words[1], {}).setdefault(words[1:2], "Person")  # "Medina" of "Roberto Medina Paz"
                if len(words) == 3 and words[1][:1].isupper() and not self.lex.is_given_name(words[1]) \
                        and words[1].lower() not in NAME_PARTICLES:
                    forms.setdefault(words[1], {}).setdefault(words[1:], "Person")  # "Borg Cardona"
                if len(words) in {2, 3} and (not self.lex.is_given_name(words[0])
                                             or words[0] in self.lex.family_names_first) \
                        and not self.lex.country(words[0]) \
                        and fold(words[0]) not in self.lex.cities and words[0].lower() not in self.lex.title_tokens:
                    # "La'auli" of "La'auli Timu Fa'alogo", "Zhang" of "Zhang Hui": a chiefly title or a family
                    # name written first
                    forms.setdefault(words[0], {}).setdefault(words[:1], "Person")
        if not forms:
            return mentions
        texts = token_strings(doc, ORTH)
        covered: dict[int, Mention] = {i: m for m in mentions for i in range(m.start, m.end)}
        added: list[Mention] = []
        i = dateline_end
        while i < len(doc):
            hit = None
            if texts[i] not in forms:
                i += 1
                continue
            for words, mtype in sorted(forms.get(texts[i], {}).items(), key=lambda kv: -len(kv[0])):
                if tuple(texts[i:i + len(words)]) == words:
                    hit = (len(words), mtype)
                    break
            if hit is None:
                i += 1
                continue
            length, mtype = hit
            owner = short.get(tuple(texts[i:i + length]))
            if owner is not None and not owner.acronym:
                owner.acronym = " ".join(texts[i:i + length])  # the article's own short form
            inside = list({id(covered[k]): covered[k] for k in range(i, i + length) if k in covered}.values())
            if mtype == "Organization" and len(inside) == 1 and inside[0].type in {"Person", "Location"} \
                    and (inside[0].start, inside[0].end) == (i, i + length) \
                    and (length > 1 or texts[i].isupper() and len(texts[i]) > 1):
                # "Ak Zhol" read as a person; "LD spokesman X" after "The Democrats (LD)", "LD" read as a place
                inside[0].type, inside[0].props = "Organization", {"rule": "rescan"}
                i += length
                continue
            if mtype == "Person" and len(inside) == 1 and (inside[0].type == "Location" or length > 1
                                                            and inside[0].type == "Organization") \
                    and (inside[0].start, inside[0].end) == (i, i + length) and fold(texts[i]) not in self.lex.cities \
                    and not inside[0].acronym and not inside[0].props.get("party"):
                # a person's name read as a place or (two words of it) a body: "which Borg Cardona has led"
                inside[0].type, inside[0].props = "Person", {"rule": "rescan"}
                i += length
                continue
            if all(o.start >= i and o.end <= i + length and (o.end - o.start) < length for o in inside):
                for o in inside:
                    mentions[:] = [x for x in mentions if x is not o]
                added.append(Mention(i, i + length, mtype, _clean_name(list(doc[i:i + length])),
                                     props={"rule": "rescan"}))
            i += length
        return mentions + added

    # -- nested names ---------------------------------------------------------------------
    def add_nested_organizations(self, doc: Doc, mentions: list[Mention]) -> None:
        """"the Congress of Local and Regional Authorities of the Council of Europe" also names the
        Council of Europe."""
        starts = {(m.start, m.end) for m in mentions}
        for m in list(mentions):
            if m.type != "Organization" or m.end - m.start < 4:
                continue
            # (both sides a body's name: not "the Auyl People's Democratic Patriotic Party")
            owner = next((k for k in range(m.start + 2, m.end - 2) if doc[k].text in {"'s", "’s"}
                          and doc[k + 1].is_title and _is_name_token(doc[k - 1])
                          and any(doc[j].lower_ in self.lex.org_head_nouns for j in range(m.start, k))
                          and any(doc[j].lower_ in self.lex.org_head_nouns for j in range(k + 1, m.end))), None)
            if owner is not None and not m.acronym:
                # "the Council of Europe's European Commission for Democracy through Law", tagged as one name:
                # the owner and its body, two names
                mentions.append(Mention(owner + 1, m.end, "Organization", _clean_name(list(doc[owner + 1:m.end])),
                                        props={"rule": "owned-org"}))
                m.end = owner
                m.name = _clean_name(list(doc[m.start:m.end]))
                continue
            for k in range(m.end - 2, m.start, -1):
                if doc[k].lower_ != "of":
                    continue
                inner = k + 1 + (doc[k + 1].lower_ == "the")
                words = list(doc[inner:m.end])
                heads = {w.lower_ for w in words if w.lower_ in self.lex.org_head_nouns and w.text[:1].isupper()}
                if heads <= {"states", "nations"} and words[0].lower_ != "united":
                    heads = set()  # "the Economic Community of West African States": members, not a body
                if words[0].lower_ in {"deputies", "representatives", "senators", "councillors", "people",
                                       "peoples", "workers", "nations", "states"} and words[0].lower_ in heads:
                    continue  # "the Chamber of Deputies of Romania", "House of Representatives of Japan"
                if len(words) >= 2 and _is_name_token(words[0]) and heads and (inner, m.end) not in starts:
                    mentions.append(Mention(inner, m.end, "Organization", _clean_name(words),
                                            props={"rule": "nested-org"}))
                    break
                # "... of the Council of Europe": the last "of" is inside the nested name; try the one before

    # -- acronyms -------------------------------------------------------------------------
    def _name_in_brackets(self, doc: Doc, j: int) -> int | None:
        """Where a bracketed part of a name that starts at j ("(") ends: "(Unified Marxist-Leninist)",
        "(Maoist Centre)"; None for acronyms, places, people and ordinary asides."""
        if j >= len(doc) or doc[j].text != "(":
            return None
        k = j + 1
        while k < len(doc) and doc[k].text != ")" and k - j <= 6:
            k += 1
        if k >= len(doc) or doc[k].text != ")":
            return None
        inner = doc[j + 1:k]
        words = [t for t in inner if t.text not in HYPHENS]
        if len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words) \
                or any(t.ent_type_ in {"PERSON", "GPE", "DATE"} for t in inner) or self.lex.country(inner.text):
            return None
        return k + 1

    def bracketed_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Party names that end in brackets: "the Communist Party of Nepal (Unified Marxist-Leninist)",
        "the CPN (Maoist Centre)"; and "X, or CPN-UML," as X's acronym."""
        by_start = {m.start: m for m in mentions}
        drop: set[int] = set()
        for m in mentions:
            if m.type != "Organization":
                continue
            end = self._name_in_brackets(doc, m.end)
            if end is not None and not m.acronym and fold(doc[end - 2].text) in self.lex.org_head_nouns \
                    and fold(doc[end - 2].text) in fold(m.name).split():
                # "the European Commission for Democracy through Law (Venice Commission)": the name it goes by,
                # kept as its short name
                drop.update(id(x) for x in mentions if m.end < x.start < end)
                m.acronym = doc[m.end + 1:end - 1].text
            elif end is not None and doc[m.end + 1].lower_ == "the":
                # "Levica (The Left)": the name in English, another name of the same party
                drop.update(id(x) for x in mentions if m.end < x.start < end)
                m.props["aliases"] = [*m.props.get("aliases", []), doc[m.end + 1:end - 1].text]
            elif end is not None:
                drop.update(id(x) for x in mentions if m.end < x.start < end)
                m.end = end
                m.name = _clean_name(list(doc[m.start:m.end]))
            elif m.start >= 2 and doc[m.start - 1].text == "(" and doc[m.start - 2].is_upper \
                    and len(doc[m.start - 2].text) >= 2 and (m.start - 2) not in by_start \
                    and self._name_in_brackets(doc, m.start - 1) == m.end + 1:
                m.start, m.end = m.start - 2, m.end + 1  # "CPN (Maoist Centre)"
                m.name = _clean_name(list(doc[m.start:m.end]))
            j = m.end
            if j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "or" and not m.acronym:
                other = by_start.get(j + 2)
                if other is not None and _is_acronym(other.name) and other.end < len(doc) \
                        and doc[other.end].text in {",", ")", "."}:
                    m.acronym = other.name  # "the Communist Party of Nepal (...), or CPN-UML,"
                    other.type = m.type
        return [m for m in mentions if id(m) not in drop]

    def names_spelled_by_acronyms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Jorge Pech of Fuerza Peninsular (FP)", the name untagged: capitalised words whose initials are
        the bracketed acronym after them name an organization."""
        if "(" not in doc_text(doc):
            return mentions
        covered = {i: m for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        for t in tokens_among(doc, BRACKET_IDS):
            hyphenated = t.i + 4 < len(doc) and doc[t.i + 2].text in HYPHENS and doc[t.i + 4].text == ")"
            if t.i + 2 >= len(doc) or doc[t.i + 2].text != ")" and not hyphenated:
                continue
            acronym = doc[t.i + 1].text
            if hyphenated and acronym.isupper() and doc[t.i + 3].text.isupper() and doc[t.i + 3].is_alpha:
                # "Jamiat Ulema-e-Islam-Fazl (JUI-F)": a hyphenated acronym, its letters the initials all the same
                closing, acronym = t.i + 4, acronym + doc[t.i + 3].text
            else:
                closing = t.i + 2
            # "Law and Justice (PiS), the largest opposition party": a party, whatever its acronym spells
            party_after = closing + 3 < len(doc) and doc[closing + 1].text == "," \
                and doc[closing + 2].lower_ in {"the", "a"} \
                and any(x.lower_ in {"party", "alliance", "coalition"} for x in doc[closing + 3:closing + 7])
            mixed = (party_after or t.i >= 3 and doc[t.i - 2].lower_ == "and") and acronym[:1].isupper() \
                and acronym.isalpha() and 2 <= len(acronym) <= 6 \
                and sum(ch.isupper() for ch in acronym) >= 2
            if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8) and not mixed:
                continue
            k, initials = t.i - 1, ""
            while k >= 0 and (len(initials) < len(acronym) or party_after and len(initials) < 6) and (
                    _hyphen_particle(doc, k) or _is_name_token(doc[k])
                    or doc[k].lower_ in SPELLED_CONNECTORS and initials
                    # ("the Pacific Islands, Australia and New Zealand Electoral Administrators (PIANZEA)")
                    or doc[k].text == "," and initials and len(acronym) >= 5 and k > 0 and _is_name_token(doc[k - 1])):
                if _is_name_token(doc[k]) and not _hyphen_particle(doc, k):
                    initials = doc[k].text[0] + initials
                k -= 1
            start = k + 1
            while start < t.i and doc[start].lower_ in SPELLED_CONNECTORS:
                start += 1

            def name_words(first: int, end: int = t.i) -> list[Token]:  # (the words before the bracket)
                return [x for x in doc[first:end] if x.lower_ not in SPELLED_CONNECTORS]

            if initials != acronym and not _spells(acronym, name_words(start)):
                # "observers from the Commonwealth and the Common Market for Eastern and Southern Africa (COMESA)":
                # the name the acronym spells starts after the first one's "and the"
                start = next((s2 for s2 in range(start + 1, t.i - 1) if doc[s2 - 1].lower_ in {"and", "the"}
                              and _is_name_token(doc[s2]) and _spells(acronym, name_words(s2))), start)
            inside = {id(covered[i]): covered[i] for i in range(start, t.i) if i in covered}
            named_party = initials != acronym and party_after and t.i - start >= 3 and any(
                doc[x].lower_ in NAME_CONNECTORS for x in range(start, t.i))  # ("Law and Justice (PiS), the party")
            words = name_words(start)
            # "Freedom and Direct Democracy (SPD), led by X": a body's name in English, its acronym in its own
            # language (not "Momentum and the Hungarian Socialist Party (MSZP)": a name of its own in a list)
            inside_names = [i for i in range(start, t.i) if i in covered and covered[i].type != "Country"
                            # ("the Revolutionary Front for an Independent Timor (FRETIT)": its own start cut short)
                            and not (covered[i].start == start and doc[covered[i].end].lower_ != "of"
                                     and not any(x.lower_ == "and" for x in doc[start:t.i]))]
            translated = initials != acronym and acronym.isupper() and len(words) >= 2 and not inside_names \
                and not any(x.lower_ == "the" for x in doc[start + 1:t.i]) \
                and any(x.lower_ in self.lex.org_head_nouns | self.lex.party_ideology_words | CAUSE_WORDS
                        for x in words) and not any(x.ent_type_ in {"PERSON", "GPE", "DATE"} for x in words)
            # "put forward by Homeland and Justice (OiS)", "followed by Farmers and Regions (ZR)": two or three
            # capitalised words joined by "and" before an acronym in the body's own language (not a country's)
            paired = initials != acronym and 2 <= len(words) <= 3 and doc[t.i - 2].lower_ == "and" \
                and all(x.is_title and x.is_alpha for x in words) \
                and all(x.lower_ == "and" for x in doc[start:t.i] if x not in words) \
                and sum(ch.isupper() for ch in acronym) >= 2 and not self.lex.country(doc[start:t.i].text) \
                and not any(x.ent_type_ in {"PERSON", "DATE"} or self.lex.is_given_name(x.text) for x in words) \
                and all(covered[i].type == "Organization" or covered[i].type == "Location"
                        and fold(covered[i].name) not in self.lex.cities for i in range(start, t.i) if i in covered)
            translated = translated or paired
            # ("Ensemble pour la Commune (EPC)": the initials of its small words too, but for articles)
            linked = [x for x in doc[start:t.i] if x.lower_ not in ARTICLES]
            named_party = named_party or translated or initials != acronym and (
                _spells(acronym, words) or len(linked) >= 3 and "".join(x.text[0] for x in linked).upper() == acronym
                and all(x.lower_ in FOREIGN_CONNECTORS or _is_name_token(x) for x in linked))
            if initials != acronym and not named_party or any(
                    o.start < start or o.end > t.i or o.start == start and o.end == t.i
                    or o.type == "Person" and o.start == start and not (named_party and o.end - o.start == 1)
                    and not any(doc[k].lower_ in {"for", "of", "and"} for k in range(o.start, o.end))
                    for o in inside.values()):  # (a "person" named "Rally for Caledonia" is no person)
                continue  # (a shorter name inside, "Bisaya" of "Partido Makabayan ng Bisaya", gives way)
            if self.lex.is_given_name(doc[start].text):
                continue  # "Maria Lopez (ML)": a person
            out = [o for o in out if id(o) not in inside or o.type == "Country"]  # ("... of the Russian Federation")
            out.append(Mention(start, t.i, "Organization", _clean_name(list(doc[start:t.i])),
                               props={"rule": "spelled-by-acronym"} | ({"party": True} if party_after else {})))
        return out

    def title_acronym_holders(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Chief Election Commissioner (CEC) X": the acronym of a title, not a body's; it names the title's
        holder, so "the CEC said" is X."""
        starts = {m.start: m for m in mentions if m.type == "Person"}
        holders: dict[str, Mention] = {}
        for m in mentions:
            if m.type == "Organization" and m.acronym and self.lex.is_title(m.name) and m.end + 3 < len(doc) \
                    and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and doc[m.end + 1].text == m.acronym \
                    and (holder := starts.get(m.end + 3)) is not None:
                holders.setdefault(m.acronym, holder)
        if not holders:
            return mentions
        out = []
        for m in mentions:
            if m.type == "Organization" and m.acronym in holders and self.lex.is_title(m.name):
                continue  # the title itself
            if m.name in holders:  # (an Organization, or a "person" named "CEC")
                if m.start == holders[m.name].start - 2:
                    continue  # the bracketed acronym, just before the name
                m.type, m.name, m.generic = "Person", holders[m.name].name, False
            out.append(m)
        return out

    def attach_acronyms(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Central Election Commission (CEC)": the acronym in brackets names the same thing;
        so does "Federal University of Technology, Akure (FUTA)" across the place in its name."""
        by_start = {m.start: m for m in mentions}
        by_token_any = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            if m.type == "Person" and m.end - m.start >= 2 and m.end + 2 < len(doc) and doc[m.end].text == "(" \
                    and doc[m.end + 2].text == ")" and doc[m.end + 1].text.isupper() \
                    and doc[m.end + 1].text == "".join(t.text[0] for t in doc[m.start:m.end]).upper() \
                    and not self.lex.is_given_name(doc[m.start].text):
                m.type, m.props = "Organization", {"rule": "spelled-by-acronym"}  # "Druk Phuensum Tshogpa (DPT)"
            if m.type not in {"Organization", "Delegation", "Country"}:
                continue
            j = m.end
            while m.type == "Organization" and j + 1 < len(doc) and doc[j].text in HYPHENS and doc[j + 1].is_alpha \
                    and (doc[j + 1].text[:1].isupper() or len(doc[j + 1]) <= 2):
                j += 2
            if j > m.end and j + 2 < len(doc) and doc[j].text == "(" \
                    and any(t.text in HYPHENS for t in doc[j + 1:j + 5]) \
                    and ")" in [t.text for t in doc[j + 1:min(len(doc), j + 6)]]:
                # "the Muttahida Qaumi Movement-Pakistan (MQM-P)", "Jamiat Ulema-e-Islam-Fazl (JUI-F)": the name runs
                # on over its hyphens to the hyphenated acronym
                for o in [o for o in mentions if o is not m and m.end <= o.start < j]:
                    mentions.remove(o)
                m.end = j
                m.name = _clean_name(list(doc[m.start:m.end]))
            j = m.end
            bracketed = _short_bracketed(doc, j + 2) if j + 4 < len(doc) else ""
            if j + 4 < len(doc) and doc[j].lower_ in {",", "in", "for"} and _is_name_token(doc[j + 1]) \
                    and doc[j + 2].text == "(" and (doc[j + 4].text == ")" and (
                        _is_acronym(doc[j + 3].text) or _is_mixed_acronym(doc[j + 3].text)) or (
                        # ("the Alliance for Democracy in Mali (Adema-PASJ)")
                        m.type == "Organization" and re.fullmatch(r"[A-Z][A-Za-z]+-[A-Z]{2,}", bracketed))):
                place = by_start.get(j + 1)
                if place is not None and place.end == j + 2:
                    mentions.remove(place)
                m.end = j + 2
                m.name = _clean_name(list(doc[m.start:m.end]))
                j = m.end
            elif m.type == "Organization" and j + 3 < len(doc) and doc[j].lower_ in {"for", "on"} \
                    and (end := _name_run_to_bracket(doc, j)) is not None \
                    and not any(o is not m and j <= o.start < end and (
                        o.type == "Person" or o.type == "Organization"
                        and (self.lex.org_head_nouns | PARTY_NOUNS) & set(fold(o.name).split())) for o in mentions):
                # "the Independent Authority" + "for the Management of Elections (AIGE)": the name runs on to
                # its acronym (not over a body of its own: "the Chamber of Deputies for the Democratic Party (PD)")
                for o in [o for o in mentions if o is not m and j <= o.start < end]:
                    mentions.remove(o)
                m.end = end
                m.name = _clean_name(list(doc[m.start:m.end]))
                j = m.end
            elif j + 4 < len(doc) and doc[j].lower_ == "of" and doc[j + 2].text == "(" \
                    and doc[j + 4].text == ")" and _is_acronym(doc[j + 3].text) and self.lex.country(doc[j + 1].text):
                j += 2  # "the Central Commission for Elections of Tajikistan (CCER)": the body's acronym
            elif j + 2 < len(doc) and doc[j].lower_ == "of" and m.type == "Organization" and (
                    (place := by_start.get(j + 1 + (doc[j + 1].lower_ == "the"))) is not None
                    and place.type == "Country" and place.end + 2 < len(doc) and doc[place.end].text == "("
                    and _is_acronym(doc[place.end + 1].text) and doc[place.end + 2].text == ")"):
                j = place.end  # "... for Elections of the Kyrgyz Republic (CEC)": the body's, not the country's
            if j + 1 < len(doc) and doc[j].tag_ == "POS" and doc[j + 1].text == "(":
                j += 1  # "the Labour Party's (LP) candidate"
            if j < len(doc) and doc[j].text == "(":
                k = j + 1
                while k < len(doc) and doc[k].text != ")" and k - j <= 4:
                    k += 1
                if k < len(doc) and doc[k].text == ")" and k > j + 1:
                    inner = doc[j + 1:k].text.strip()
                    single = k == j + 2 and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha \
                        and not self.lex.is_given_name(doc[j + 1].text) and not self.lex.country(inner)
                    taken_by = by_start.get(j + 1)
                    if m.type == "Country" and taken_by is not None and "acronym_of" in taken_by.props:
                        continue  # ("... for Elections of the Kyrgyz Republic (CEC)": the body's already)
                    if single and m.type == "Organization" and inner.lower().endswith(("ist", "ists")) \
                            and not inner.isupper():
                        # "the Communist Party of India (Marxist)": a word of the party's name, not its acronym
                        for o in [o for o in mentions if o is not m and j < o.start < k]:
                            mentions.remove(o)
                        m.end = k + 1
                        m.name = doc[m.start:k + 1].text if doc[m.start].lower_ != "the" else m.name + f" ({inner})"
                        continue
                    if _is_acronym(inner) or single or re.fullmatch(r"[A-Z][A-Za-z0-9&.\- ]{0,14}", inner) and \
                            sum(c.isupper() for c in inner) >= 2:
                        m.acronym = inner
                        first = m.start - 1
                        if first >= 0 and first not in by_token_any and _is_name_token(doc[first]) \
                                and doc[first].dep_ == "compound" and m.start <= doc[first].head.i < m.end \
                                and inner.isupper() and len(inner) == m.end - m.start + 1 \
                                and inner[0] == doc[first].text[0] and all(
                                    inner[n + 1] == doc[t].text[0] for n, t in enumerate(range(m.start, m.end))):
                            # "the Rashtriya Samaj Dal (RSD)" with "Rashtriya" left out: the initials say it belongs
                            m.start = first
                            m.name = _clean_name(list(doc[m.start:m.end]))
                        inside = by_start.get(j + 1)
                        if re.match(r"[A-Z]{2,}-[A-Z]", inner):
                            # "(MND-Hadin Kai)": the whole bracket is the acronym, and no one's name is in it
                            for o in [o for o in mentions if o is not inside and j < o.start < k and o.end <= k]:
                                mentions.remove(o)
                            if inside is not None and inside.end < k and inside.type != "Country":
                                inside.end, inside.name = k, inner
                        if inside is not None:
                            if inside.type == "Country" and m.type != "Country":
                                inside.name = inner  # "the Socialist Union (US)": not the United States
                            inside.type = m.type
                            inside.props["acronym_of"] = m.start


def describes_a_body(word: Token, body_nouns: frozenset[str]) -> bool:
    """A kind word that describes a body, not a vote ("the parliamentary cooperation body", "a municipal
    delegation")."""
    node = word
    while node.dep_ in {"amod", "compound"} and node.head.pos_ == "NOUN" and node.head.i > node.i:
        node = node.head
    return node is not word and (node.lemma_ in body_nouns or node.lemma_ in {"body", "delegation", "group", "team"})


def name_before_whose(doc: Doc, whose: int) -> int:
    """Where the name a "whose" follows ends: "the Office for Democratic Institutions and Human Rights (ODIHR),
    whose mission", past the comma and its bracketed acronym."""
    k = whose - 1
    while k > 0 and doc[k].text in {",", ")"}:
        k -= 1
        if doc[k + 1].text == ")":
            while k > 0 and doc[k].text != "(":
                k -= 1
            k -= 1
    return k


def voted_into(root: Token, election_nouns: frozenset[str]) -> bool:
    """"Tuesday's election to the Inatsisartut": the house a vote fills, no body that acts in the story."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in {"to", "for"} and prep.i > 0 \
        and bool(election_nouns & {prep.head.lemma_, root.doc[prep.i - 1].lemma_})


def span_root(doc: Doc, m: Mention) -> Token:
    """The token of a mention its outside hangs on ("CPN (Maoist Centre)": "CPN", not the bracket)."""
    return next((t for t in doc[m.start:m.end] if not m.start <= t.head.i < m.end or t.head.i == t.i),
                doc[m.end - 1])


def _sending_agents(token: Token) -> list[Token]:
    """The "by" phrase of a sending verb hung on a noun: "observers sent by the Carter Center"."""
    # ("International observers led by the ODIHR": a body leading observers sent them; a person leading them
    # heads them, and is no sender: the caller keeps organizations and countries only)
    return [p for c in token.children if c.dep_ == "acl" and (c.lemma_ in SENDING_VERBS or c.lemma_ == "lead"
                                                              and token.lower_ in {"observers", "monitors"})
            for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _nominating_agent(token: Token) -> bool:
    """The subject of "nominate" or "field", or its "by" phrase: only a party or a person does that."""
    if token.dep_ == "nsubj":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    else:
        return False
    return verb.lemma_ in {"nominate", "renominate", "field"} or verb.lemma_ == "put" and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "forward" for c in verb.children) \
        or verb.lemma_ in {"select", "choose", "pick"} and any(  # "selected X to run": a party
            c.dep_ in {"xcomp", "advcl", "ccomp"} and c.lemma_ in {"run", "stand", "contest"} for c in verb.children)


SHARE_VERBS = frozenset({"win", "take", "get", "receive", "secure", "poll", "garner", "slip", "fall", "drop", "rise",
                         "climb", "collapse", "obtain", "gain", "score", "capture", "sink", "slump", "jump", "surge"})


# words of bodies that are no party, whatever they do in a sentence
NOT_PARTY_WORDS = frozenset({"commission", "court", "council", "committee", "board", "ministry", "mission", "institute",
                             "centre", "center", "senate", "parliament", "assembly", "congress", "house", "chamber",
                             "duma", "government", "office", "presidency"})


def _seat_phrase(token: Token) -> bool:
    """"whom it fielded in the Oberland": where a seat is (not "a seat in the Dewan Rakyat": a house)."""
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    owner = token.head.head
    return owner.pos_ == "VERB" and owner.lemma_ in {
        "field", "stand", "contest", "elect", "run", "nominate"} and token.doc[token.head.i + 1].lower_ == "the"


def _party_by_role(token: Token, people: set[int]) -> bool:
    """A body in a party's role: "slipped to 9.8 percent"; "the candidate of X"; "Y, who stood for X"."""
    if _polled_a_share(token):
        return True
    if token.dep_ != "pobj":
        return False
    prep, owner = token.head, token.head.head
    if prep.lower_ == "of" and owner.lemma_ in {"candidate", "nominee", "flagbearer", "flag-bearer",
                                                "standard-bearer"}:
        return True  # "Hoareau, the candidate of Linyon Demokratik Seselwa (LDS)"
    return prep.lower_ == "for" and owner.pos_ == "VERB" and owner.lemma_ in {"stand", "run"} and any(
        c.dep_ == "nsubj" and (c.i in people or c.lower_ == "who" and owner.dep_ == "relcl"
                               and owner.head.i in people) for c in owner.children)


def _party_by_its_use(doc: Doc, m: Mention, head: Token, people: dict[int, int]) -> bool:
    """A name used the way a party's is: "Fianna Fail's Deirdre Lenihan", "Fine Gael's candidate", "Moloney, who
    leads Fianna Fail", "Vlaams Belang, led by X": a person is never led, and is no one's party."""
    if m.end + 1 < len(doc) and doc[m.end].text in {"'s", "’s"}:
        after = doc[m.end + 1]
        if people.get(after.i, after.i) - after.i >= 2:
            return True  # a person's whole name right after the possessive
        return m.end - m.start >= 2 and after.lower_ in PARTY_MEMBER_NOUNS | {"td"} and after.head.dep_ != "poss"
    if any(c.dep_ == "acl" and c.lemma_ in {"lead", "head"} and c.tag_ == "VBN"
           and any(a.dep_ == "agent" for a in c.children) for c in head.children):
        return True
    owner = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if owner is not None and owner.lemma_ in {"list", "ticket", "slate"} and (any(
            c.dep_ == "acl" and c.lemma_ in {"lead", "head"} and c.i > head.i
            and any(a.dep_ == "agent" for a in c.children) for c in owner.children)
            or m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lemma_ in {"lead", "head"}
            and doc[m.end + 1].tag_ == "VBN" and doc[m.end + 2].lower_ == "by"):
        return True  # "The list of Nieuw Verbond, led by X": the list a party files, headed by its candidate
        # ("admitted the presidential ticket of Fuerza Andina, headed by X", the participle hung on the verb)
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in {"lead", "head", "chair"} \
            or any(c.dep_ in {"prep", "npadvmod", "advmod"} for c in verb.children):
        return False  # (not "leads Feijoo by five points": a rival in a poll)
    return any(c.dep_ == "nsubj" and (c.lower_ == "who" and verb.dep_ == "relcl" or c.lower_ in {"he", "she"}
                                      or any(start <= c.i < end for start, end in people.items()))
               for c in verb.children)


def _polled_a_share(token: Token) -> bool:
    """The subject of "won 34 percent", "slipped to 9.8 percent", "took 12% of the vote"."""
    if token.dep_ != "nsubj" or token.head.lemma_ not in SHARE_VERBS:
        return False
    verb = token.head
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
                for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in {"percent", "per", "%"} or o.lower_ == "cent" or any(
        c.lower_ in {"percent", "%", "per"} for c in o.children) for o in objects)


def _numbered_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """"District Election Commission No. 206": the number is part of the body's name."""
    for m in mentions:
        if m.type != "Organization":
            continue
        end = m.end
        if doc[end - 1].text in {"No.", "Nos."}:
            end -= 1
        if end + 1 < len(doc) and doc[end].text in {"No.", "No", "Nos."} and doc[end + 1].like_num:
            m.end = end + 2
            m.name = _clean_name(list(doc[m.start:m.end]))


# an election observation mission's acronym, after its sender's: "EU EOM", "AU EEOM", "OAS MOE"
MISSION_ACRONYM = re.compile(r"(EOM|EEOM|IEOM|MOE|EOMs)")
# parliaments called by their own names ("the Sejm"), not by a common noun ("the Assembly")
PROPER_BODY_NAMES = {"sejm", "knesset", "duma", "majlis", "rada", "kenesh", "storting", "riksdag", "bundestag",
                     "seimas", "saeima", "khural", "sabor", "senedd", "oireachtas", "althing", "folketing",
                     "eduskunta", "mazhilis", "jirga", "shura", "skupstina", "riigikogu", "dail", "seanad",
                     "althingi", "løgting", "logting", "lagting", "inatsisartut", "tynwald", "landsting", "hluttaw",
                     "fono", "mejlis", "bundesrat", "nationalrat", "landtag", "lok sabha", "rajya sabha"}
PROPER_BODY_IDS = word_ids(PROPER_BODY_NAMES)
PARTY_APPOSITION_IDS = word_ids({"party", "parties"})
AGENCY_WORD_IDS = word_ids({"elections", "élections"})
PARLIAMENT_IDS = word_ids({"parliament"})
# houses named by their common words, that a member sits in "for" a party or a seat
LEGISLATURE_NAMES = {"parliament", "national assembly", "house of keys", "house of assembly", "house of commons",
                     "house of representatives", "legislative assembly", "legislative council", "senate"}
# what a party is called for its place in government: "the ruling X"
PARTY_STANDING_WORDS = frozenset({"ruling", "governing", "opposition"})
POLITICAL_LEANINGS = {"nationalist", "socialist", "communist", "conservative", "liberal", "centrist", "leftist",
                      "left-wing", "right-wing", "far-right", "far-left", "centre-right", "centre-left", "center-right",
                      "center-left", "populist", "islamist", "ultranationalist", "pro-european", "pro-russian"}
LEADING_ROLES = {"leader", "chairperson", "chairman", "chairwoman", "chair", "head", "president", "secretary",
                 "spokesman", "spokeswoman", "spokesperson", "director", "chief", "founder"}
OBSERVING_VERBS = {"observe", "monitor", "watch", "follow", "cover"}


def _observer_compound(token: Token) -> bool:
    """A team or group named for observing: "observer group", "observation team"."""
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in {"observer", "observers", "observation", "monitoring",
                                                               "expert", "experts", "assessment"}
               for c in token.children)  # ("an election expert team", "a needs assessment team")


PARTY_NAME_ENDINGS = frozenset({"First", "Forward", "Together", "United", "Now", "Rising"})


FOREIGN_PARTY_IDS = word_ids(FOREIGN_PARTY_WORDS)


def _foreign_party_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Chama cha Demokrasia na Maendeleo", "Chama cha Mashinani" (tagged as a person): a name that opens with
    "party" in its own language and runs on over its lower-case small words, one party."""
    out = mentions
    for t in tokens_among(doc, FOREIGN_PARTY_IDS):
        if not t.is_title or t.i + 2 >= len(doc) \
                or doc[t.i + 1].lower_ not in FOREIGN_CONNECTORS:
            continue
        end = t.i + 1
        while end + 1 < len(doc) and doc[end].lower_ in FOREIGN_CONNECTORS and doc[end + 1].is_title \
                and doc[end + 1].is_alpha:
            end += 2
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1
        if end <= t.i + 1:
            continue
        out = [m for m in out if m.end <= t.i or m.start >= end]
        out.append(Mention(t.i, end, "Organization", _clean_name(list(doc[t.i:end])),
                           props={"rule": "foreign-party", "party": True}))
    return sorted(out, key=lambda m: m.start)


def _country_named_parties(doc: Doc, mentions: list[Mention], title_tokens: set[int]) -> None:
    """"New Zealand First leader X": a country's name and "First" (or "Forward", ...) before a title or a
    party word is a party's name, not the country."""
    for m in mentions:
        k = m.end
        if m.type == "Country" and k + 1 < len(doc) and doc[k].text in PARTY_NAME_ENDINGS \
                and (k + 1 in title_tokens or doc[k + 1].lower_ in PARTY_NOUNS | {"leader", "party"}):
            m.end, m.type = k + 1, "Organization"
            m.name = _clean_name(list(doc[m.start:m.end]))
            m.props = {"rule": "country-named-party", "party": True}
    by_start = {m.start: m for m in mentions}
    for m in list(mentions):
        after = by_start.get(m.end)
        if m.type == "Country" and after is not None and (
                after.type == "Organization" and after.props.get("party")
                or after.type == "Person" and not m.props.get("adjective") and doc[m.end - 1].dep_ == "compound") \
                and " " not in after.name and doc[m.end - 1].head.i == after.end - 1:
            # "Monaco Unie", a party named with its country, read as the country and a name ("put forward by Peru
            # Soberano": a country's name is no person's first name)
            m.end, m.type, m.name = after.end, "Organization", _clean_name(list(doc[m.start:after.end]))
            m.props = {"rule": "country-named-party", "party": True}
            mentions.remove(after)


def _word_before(doc: Doc, i: int) -> str:
    """The lower-case word before token i, hyphenated words joined ("far" "-" "right": "far-right")."""
    if i >= 3 and doc[i - 2].text == "-":
        return f"{doc[i - 3].lower_}-{doc[i - 1].lower_}"
    return doc[i - 1].lower_ if i >= 1 else ""


def _governments_of_leaders(doc: Doc, mentions: list[Mention], title_tokens: set[int]) -> list[Mention]:
    """"the government of Prime Minister X": the country's government, an organization X heads. Its name
    ("Government of Romania") waits for the article's country; until then it is "government"."""
    people = {m.start: m for m in mentions if m.type == "Person"}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for token in tokens_among(doc, GOVERNMENT_IDS):
        k = token.i
        if k + 2 >= len(doc) or k in taken or doc[k + 1].lower_ != "of" \
                or k > 0 and (doc[k - 1].pos_ in {"ADJ", "PROPN"} or doc[k - 1].lower_ != "the"):
            continue
        j = k + 2
        while j < len(doc) and j in title_tokens:
            j += 1
        leader = people.get(j)
        if leader is not None and j > k + 2:
            out.append(Mention(k, k + 1, "Organization", "government",
                               props={"government": True, "leader": leader.start}))
    return out


def _saint_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"St." + "Michael West Central": a place named for a saint, which the NER cut after the "St." and read
    as a person."""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and m.start >= 1 and doc[m.start - 1].text in SAINT_TITLES \
                and doc[m.start - 1].ent_iob_ in {"B", "O", ""}:
            out = [o for o in out if not (o.start == m.start - 1 and o.end == m.start)]
            m = Mention(m.start - 1, m.end, "Location", doc[m.start - 1:m.end].text, props={"ner": "GPE"})
        out.append(m)
    return out


def _listed_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"in Amman, Zarqa and Irbid", the last name untagged: a capitalised one-word name listed with places is
    a place."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        if m.type != "Location":
            continue
        for c in doc[m.end - 1].conjuncts:
            if c.i in at or c.pos_ != "PROPN" or not c.is_title or not c.is_alpha \
                    or c.ent_type_ not in {"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"}:
                continue  # (untagged, or tagged as something no rule here reads)
            if c.i + 1 < len(doc) and doc[c.i + 1].pos_ == "PROPN":
                continue  # a longer name: not this rule's
            out.append(Mention(c.i, c.i + 1, "Location", c.text))
            at[c.i] = out[-1]
    return out
