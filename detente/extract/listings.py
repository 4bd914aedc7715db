"""Verbs that list: when "designated", "listed" or "re-listed" is a sanctions listing, and when a
sanctions noun is itself the subject of the act ("UN sanctions came back into force").

A verb of listing is an act when a state or its institution lists people, companies or vessels;
not when it gives a status ("designated as wrongfully detained"), tells a standing state ("are
still designated") or is an adjective ("sanctioned Russian banks"); a participle on the listed
name with a doer or time of its own tells a listing in passing ("X, sanctioned by Washington in
March"). Nouns of listing ("the designation of X last month") are acts when they name a party a
list holds and are dated (read by :func:`detente.extract.directions.nominal`).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract import sanctioners as who
from detente.extract.mentions import ParsedSentence, agent_of, places_in, subject_of

# Nouns for what a sanctions list holds: listing them ("designated eleven people and three
# companies", "listed the operator") is a sanctions act.
LISTABLE_NOUNS = frozenset(
    {"individual", "people", "person", "entity", "company", "firm", "official", "officer",
     "businessman", "oligarch", "producer", "operator", "bank", "lender", "vessel", "tanker",
     "ship", "network", "supplier", "commander", "minister", "general", "exporter", "importer",
     "unit", "brigade", "militia", "group", "subsidiary", "conglomerate", "refinery", "maker",
     "refiner", "trader", "insurer", "airline", "carrier", "miner", "manufacturer", "shipper",
     "fund", "organisation", "organization", "agency", "militant", "leader", "judge",
     "prosecutor", "banker", "executive", "tycoon", "magnate", "director", "governor"}
)  # fmt: skip


# Entity labels of a proper-noun object that no sanctions list holds ("designated Cuba ...").
NOT_LISTABLE_LABELS = frozenset({"GPE", "LOC", "DATE", "TIME", "LAW"})

# Verbs that list only when a state or its institution does it ("the Treasury listed the
# operator"; not "the index lists the shares").
STATE_ONLY_LIST_VERBS = frozenset({"list", "relist", "re-list", "designate"})
# Verbs whose object is what a sanctions list holds when it is a listable noun ("delisted the
# bank", "designated eleven people").
LISTABLE_VERBS = STATE_ONLY_LIST_VERBS | {"delist"}


# Verbs (with the words they need) by which sanctions come back into force: an imposition.
RETURN_VERBS: dict[str, frozenset[str]] = {
    "come": frozenset({"back", "into"}),
    "snap": frozenset({"back"}),
    "take": frozenset({"effect"}),
    "enter": frozenset({"into", "force"}),
    "return": frozenset({"into", "in", "to"}),
}


# Statuses that a designation "as" makes a sanctions listing ("designated as a terrorist group").
SANCTION_STATUS = frozenset(
    {"terrorist", "terror", "sponsor", "sanction", "sanctioned", "kingpin", "trafficker", "sdn"}
)


# Irregular forms the lemmatizer leaves as they are when it tags them present tense ("The United
# States unfroze", tagged VBP).
IRREGULAR_LEMMAS = {"froze": "freeze", "frozen": "freeze", "unfroze": "unfreeze",
                    "unfrozen": "unfreeze"}  # fmt: skip


def verb_lemma(verb: Token) -> str:
    """The lemma, with a prefix the tokenizer split off ("re-listed" → "relist")."""
    lemma = verb.lemma_.lower()
    lemma = IRREGULAR_LEMMAS.get(lemma, lemma)
    return "re" + lemma if who.split_prefix(verb) is not None else lemma


def listing(obj: list[Token], lemmas: set[str], verb: Token | None = None) -> bool:
    """Whether an object names a listing (blacklist, SDN list, asset freeze) or a company; for a
    verb that only lists, also the people and bodies lists hold ("designated eleven people and
    three companies", "listed the oil producers"; not "sanctioned Russian banks", an adjective)."""
    if bool(lemmas & {"list", "blacklist", "asset", "designation"}) or any(
        t.ent_type_ in ("ORG", "PERSON") for t in obj
    ):
        return True
    if verb is None or verb.dep_ == "amod" or verb_lemma(verb) not in LISTABLE_VERBS:
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in LISTABLE_NOUNS for t in obj) or any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ not in NOT_LISTABLE_LABELS
        for c in verb.children
    )  # "the Treasury designated Shor": a name the tagger did not label


def by_state(ps: ParsedSentence, verb: Token) -> bool:
    """A verb that only lists ("listed", "designated") is a sanctions act when a state or its
    institution lists (its subject or agent names one, or is a pronoun for one); "designated" in
    the passive without an agent is one too ("the company had been designated last year")."""
    lemma = verb_lemma(verb)
    if lemma not in STATE_ONLY_LIST_VERBS:
        return True
    doer = subject_of(verb) or _gerund_doer(verb)
    if doer is None or doer.dep_ == "nsubjpass":
        doer = agent_of(verb)
        if doer is None:
            return lemma != "list" or own_time(verb) or listed_for(verb)
    if doer.lower_ in ("it", "they", "which", "that", "who") or doer.lemma_.lower() in (
        "package",
        "administration",
    ):  # a pronoun for a state, "the package lists 117 more vessels", "the administration"
        return True
    return bool(places_in(ps, list(doer.subtree))) or who.council(doer)


# Prepositions that date an act ("were listed in March 2022", "on August 1").
DATING_PREPS = frozenset({"in", "on"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "on Saturday, hours after" is tagged a time


def own_time(verb: Token) -> bool:
    """ "The two ministers were listed on August 1", "his children were listed in 2023": a passive
    "listed" with a date of its own tells a listing told in passing (not "listed on the exchange",
    "listed on the Nasdaq in 2019", "listed among the dead")."""
    dated = False
    for c in verb.children:
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "npadvmod" and c.ent_type_ in TIME_ENTITIES:
            dated = True
        elif c.dep_ == "prep" and c.lower_ in DATING_PREPS | {"at"} and objs:
            if not all(g.ent_type_ in TIME_ENTITIES for g in objs):
                return False  # "listed on the Nasdaq in 2019": where, not by whom
            dated = True
    return dated


def told_in_passing(verb: Token) -> bool:
    """ "Belavia, sanctioned by Washington in March 2023, resumed flights": a participle that
    describes a noun, with a time of its own, tells a listing of that noun in passing (not "the
    sanctioned airline", an adjective; not "firms sanctioned for helping Russia" nor "tankers
    already sanctioned by Washington", a standing state with no time)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return own_time(verb)


# Prepositions whose noun gives the wrongs a listing answers ("listed over killings in Tarhuna").
WRONG_PREPS = frozenset({"over"})


def listed_for(verb: Token) -> bool:
    """ "Two Chinese lenders were listed for helping Russian importers evade sanctions", "the
    militia was listed over killings": a passive "listed" with the deed it punishes tells a
    sanctions listing (not "listed for trading on the Nasdaq": a gerund with no object of its
    own; nor "listed over 200 items", no passive)."""
    return bool(deed(verb))


def deed(verb: Token) -> list[Token]:
    """The words of the deed a passive listing punishes ("for providing services to Russian
    banks", "over killings in Tarhuna"): whose places there are the wrong's, not the lister's."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "for" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" and any(o.dep_ == "dobj" for o in g.children)
            for g in prep.children
        ):
            return list(prep.subtree)
        if prep.lower_ in WRONG_PREPS and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ == "" for g in prep.children
        ):
            return list(prep.subtree)
    return []


def _gerund_doer(verb: Token) -> Token | None:
    """ "Britain followed by listing six tankers": the subject of the verb a "by" gerund hangs on
    does what the gerund tells (not "after listing X": an act before, of its own)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "by" or prep.head is prep:
        return None
    return subject_of(prep.head)


def _part_of(prep: Token) -> bool:
    """ "designated in 2023 as part of a package": the frame of the act, not a status."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in ("part", "step") for c in prep.children)


def status(verb: Token) -> bool:
    """ "designated as wrongfully detained", "listed as a hostage": a verb of listing that gives
    a status, not a sanctions listing (unless the status is one: "designated as a terrorist")."""
    if verb_lemma(verb) not in STATE_ONLY_LIST_VERBS:
        return False
    status = [
        t
        for c in verb.children
        if c.dep_ == "oprd"
        or (c.dep_ == "prep" and c.lower_ == "as" and not _part_of(c))
        or (  # "designated as wrongfully detained", "as" parsed as a mark or an adverb
            c.dep_ == "advcl"
            and any(m.dep_ in ("mark", "advmod") and m.lower_ == "as" for m in c.children)
        )
        for t in c.subtree
    ]
    return bool(status) and not any(t.lemma_.lower() in SANCTION_STATUS for t in status)


# Adverbs that make a participle before its noun tell a recent act ("the newly sanctioned banks").
RECENCY = frozenset({"newly", "recently", "just", "freshly", "latest"})
# Measures a participle may be misparsed onto ("the EU imposed travel bans": not a status).
MEASURE_NOUNS = lx.CORE_SANCTION_NOUNS | {"ban", "freeze", "measure", "restriction", "embargo"}


def attributive(verb: Token) -> bool:
    """ "US-sanctioned Wagner mercenaries", "an EU-blacklisted bank opened a branch": a participle
    before its noun, its sanctioner's name hyphened to it, with no time and no word of recency of
    its own, gives the noun a standing status; it tells no act (not "the newly sanctioned banks",
    "re-listed Bank Melli"; nor a verb misparsed onto a measure, "the EU imposed travel bans", or
    one that keeps its subject, "OFAC designated Eritrean businessman X")."""
    before = verb.doc[verb.i - 2] if verb.i > 1 else None
    hyphened = before is not None and verb.doc[verb.i - 1].text == "-"
    return (
        hyphened
        and before is not None
        and (before.is_title or before.is_upper)  # a name: "US-", "Treasury-", not "re-"
        and verb.dep_ == "amod"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and verb.head.lemma_.lower() not in MEASURE_NOUNS
        and not any(c.dep_ == "nsubj" or c.lower_ in RECENCY for c in verb.children)
        and not any(t.ent_type_ in TIME_ENTITIES for t in verb.subtree)
    )


def targeted_measure(verb: Token) -> bool:
    """ "a targeted arms embargo", "targeted sanctions": the adjective of a kind of measure (aimed
    at named people), before its noun and with nothing of its own, tells no act of targeting."""
    return (
        verb.lower_ == "targeted"
        and verb.dep_ == "amod"
        and verb.i < verb.head.i
        and not any(True for _ in verb.children)
    )


def still_listed(verb: Token) -> bool:
    """ "are still designated", "remain sanctioned": a standing state, not an act."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.head.lemma_ == "remain"
    return passive and any(c.lower_ == "still" for c in [*verb.children, *verb.head.children])


def measure_subject(verb: Token) -> Token | None:
    """The sanctions noun that is the subject of a verb of return ("UN sanctions came back into
    force", "the embargo took effect") or of a participle misparsed as a clause ("UN sanctions
    reimposed in September were enforced"): it is what the act moves."""
    if verb.lemma_.lower() in lic.LAPSE_LEMMAS:  # "the embargo on Uzbekistan expired"
        return lic.lapsed_regime(verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in lx.CORE_SANCTION_NOUNS | {"measure"}:
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return subj  # a reduced relative clause
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod", "dobj")}
    lemma = verb.lemma_.lower()
    if (lemma, True) in {(v, bool(words & w)) for v, w in RETURN_VERBS.items()}:
        return subj
    return None


def lists_party(noun: Token) -> bool:
    """ "the designation of Gazprombank", "last month's listing of seven bankers": a listing noun
    whose "of" names a company, a person or a body a list holds (not a status: "the designation
    of X as wrongfully detained"; not a state: "the designation of Cuba")."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in noun.children):
        return False
    return any(
        p.dep_ == "pobj"
        and (
            any(t.ent_type_ in ("ORG", "PERSON") for t in p.subtree)
            or (p.pos_ == "NOUN" and p.lemma_.lower() in LISTABLE_NOUNS)
            or (p.pos_ == "PROPN" and p.ent_type_ not in NOT_LISTABLE_LABELS)
        )
        for c in of_phrases(noun)
        for p in c.children
    )


def dated_noun(noun: Token) -> bool:
    """ "the designation in November of X", "last month's listing of X", "follows the listing of X
    in March": a listing noun with a time of its own or of the verb it hangs on is an act; one
    with none tells a standing listing ("listings of Assad-era officials are unchanged")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    words = [*noun.subtree, *noun.doc[noun.i + 1 : noun.i + 4]]
    words += [
        t
        for c in head.children
        if c.dep_ in ("prep", "npadvmod") and c.i > noun.i and not c.is_ancestor(noun)
        for t in c.subtree
    ]
    return any(t.ent_type_ == "DATE" for t in words)


def of_phrases(noun: Token) -> list[Token]:
    """The "of" phrases of a noun, with one the parser hung on the verb after a time phrase ("follows
    the designation in May of four officials")."""
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    doc, i = noun.doc, noun.i + 1
    if own or i >= len(doc) or doc[i].lower_ != "in":
        return own
    i += 1
    while i < len(doc) and doc[i].ent_type_ == "DATE":
        i += 1
    return [doc[i]] if i > noun.i + 2 and i < len(doc) and doc[i].lower_ == "of" else []


# Prepositions of striking a name off a list ("struck it from the sanctions list", "struck off").
STRIKE_PREPS = frozenset({"from", "off"})
# Lists a name is struck from to end sanctions on it.
STRUCK_LISTS = frozenset({"list", "blacklist", "register", "registry"})


def struck_off(verb: Token, particles: set[str]) -> bool:
    """ "the Treasury struck it from the sanctions list", "was struck off the blacklist": a
    delisting told by striking a name off a list of sanctioned names (the list must be told as
    one of sanctions: not "struck from the electoral register", "struck off the medical list")."""
    struck = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    lists = [  # the list on the verb or, misparsed, on the struck name ("struck X | from the list")
        p
        for head in struck
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in STRIKE_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if "off" in particles:  # "struck off the list" with "off" a particle: the list its object
        lists += [c for c in verb.children if c.dep_ == "dobj"]
    for target in lists:
        if target.lemma_.lower() not in STRUCK_LISTS:
            continue
        if target.lemma_.lower() == "blacklist" or any(
            t.lower_.startswith("sanction") for t in target.subtree
        ):  # "its sanctions list", "the list of sanctioned companies"
            return True
    return False
