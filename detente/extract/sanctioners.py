"""Who moves sanctions: the acting state of a sanctions act, and the state that owns a sanctions noun.

The subject of the verb first ("Britain and the United States added …"), then the agent of a passive,
a headline subject parsed as a modifier, the owner of the noun the act hangs on ("the EU's decision to
extend"), the nearest leader for "he"/"she", the governing verb of a participle, and last the owner of a
sanctions noun ("US sanctions", "American relief").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract.doc_memo import tokens
from detente.extract.gazetteer import Place
from detente.extract.mentions import (
    Mention,
    ParsedSentence,
    actors_from,
    agent_of,
    places_in,
    subject_of,
)
from detente.extract.releases import PRONOUNS
from detente.model import EventType

# Regional bodies whose sanctions are outside the actor vocabulary (ISO alpha-3, EU, UN): never
# "the bloc" of the EU.
REGIONAL_BODIES = re.compile(
    r"\b(?:ECOWAS|Economic Community of West African States|African Union|Arab League|SADC|"
    r"ECCAS|CEMAC|(?:regional|West African|African|Arab|Gulf|Eurasian|Central African) bloc)\b",
    re.IGNORECASE,
)
# How many heads above a participle trigger its governing verb may sit ("issued a licence suspending").
GOVERNOR_REACH = 3

PERSONAL_PRONOUNS = frozenset({"he", "she"})

# Nouns of the companies sanctions hit, whose demonym ("Iranian banks") names a target.
TARGET_HEADS = frozenset(
    {"bank", "company", "firm", "lender", "producer", "exporter", "refiner", "shipper", "insurer",
     "business", "entity", "operator", "buyer", "trader"}
)  # fmt: skip

# Verbs of deciding or making public whose subject does the nominal act they take ("announced the
# lifting of sanctions").
DECISION_VERBS = frozenset(
    {"announce", "approve", "agree", "adopt", "order", "decide", "confirm", "unveil", "introduce",
     "publish", "enact", "authorise", "authorize", "complete", "finalise", "finalize"}
)  # fmt: skip

OTHER_CLAUSE_DEPS = frozenset({"relcl", "appos", "acl", "advcl"})

# Titles of officials that stand for one state ("Secretary of State Antony Blinken signed a
# waiver"): the US secretaries of state and of the Treasury, the British Foreign Secretary (a
# British "Secretary of State for ..." is not the American title).
OFFICIAL_TITLES = (
    (
        re.compile(
            r"\bSecretary of State\b(?! for)|\bTreasury Secretary\b|\bSecretary of the Treasury\b"
        ),
        "USA",
    ),
    (re.compile(r"\bForeign Secretary\b"), "GBR"),
)


def acting_powers(mentions: list[Mention]) -> frozenset[str]:
    """The sanctioning powers (:data:`lexicon.SANCTIONING_POWERS`) that move sanctions in an article."""
    return frozenset(
        m.actor
        for m in mentions
        if m.type is not EventType.RELEASE and m.actor in lx.SANCTIONING_POWERS
    )


def core_compound(tok: Token) -> bool:
    """ "asset freezes", "travel bans": a measure noun that its modifier makes a sanction."""
    kinds = lx.CORE_COMPOUNDS.get(tok.lemma_.lower())
    if kinds is None:
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok  # "lifted its asset | freezes", misparsed
    return before.lemma_.lower() in kinds or any(
        c.dep_ in ("compound", "amod", "nmod", "nsubj") and c.lemma_.lower() in kinds
        for c in tok.children
    )


def _main_phrase(head: Token) -> list[Token]:
    """A phrase without its relative clauses, appositions and participle clauses ("Britain, which
    left the EU," → "Britain")."""
    return [
        t
        for t in head.subtree
        if not any(
            a.dep_ in OTHER_CLAUSE_DEPS and not _listed_as_appos(a)
            for a in [t, *t.ancestors]
            if a in head.subtree and a is not head
        )
    ]


def _listed_as_appos(tok: Token) -> bool:
    """ "The UN, the European Union and the United States lifted ...": the rest of a list of
    names the parser hung on the first as an apposition ("the European Union" with "and the
    United States" joined to it), not a description of it."""
    return (
        tok.dep_ == "appos"
        and tok.ent_type_ in ("GPE", "ORG")
        and any(c.dep_ == "cc" for c in tok.children)
        and any(c.dep_ == "conj" and c.ent_type_ in ("GPE", "ORG") for c in tok.children)
    )


def _measures(trigger: Token) -> frozenset[str]:
    """Nouns of measures whose owner, as the subject of the act, does it ("UN sanctions on Iran
    came back into force"; of a lapse, also a regime: "the UN's Mali sanctions regime expired")."""
    lapse = trigger.lemma_.lower() in lic.LAPSE_LEMMAS
    return lic.REGIME_NOUNS if lapse else lx.CORE_SANCTION_NOUNS | {"measure"}


def actor(ps: ParsedSentence, trigger: Token) -> list[str]:
    licence = lic.lapsed_licence(trigger)
    if licence is not None and licence != subject_of(trigger):
        # "a US Treasury licence ... expired": its issuer; "the licence that let X pump oil
        # expired": the state whose sanctions it waived
        return (
            [c for c in owner(ps, [licence], lic.LICENCE_WORDS) if c in lx.SANCTIONING_POWERS]
            or owner(ps, list(ps.doc), lx.CORE_SANCTION_NOUNS)
            or _reporters(ps)
        )
    lets = trigger.head.lemma_ in ("let", "allow")  # sanctions: "allowed its licence to expire"
    lapsed = licence is not None or lic.lapsed_regime(trigger) is not None
    if lapsed and trigger.dep_ in ("ccomp", "xcomp") and lets:
        return actor(ps, trigger.head)  # "the Treasury let a licence lapse", "its embargo"
    if not lic.is_nominal(trigger):
        subj = _sibling_subject(trigger) or _unprefixed(subject_of(_prefixed(trigger)), trigger)
        if subj is not None and _passive_below(trigger, subj):
            subj = None  # "the day after the licences were issued": not the main clause's doer
        if subj is not None and (council(subj) or council(_antecedent(subj))):
            return ["EU"]
        if subj is not None and (
            lx.NON_STATE_SANCTIONERS.search(" ".join(t.text for t in subj.subtree))
            or _regional_body(subj)
        ):
            return ["-"]
        if subj is not None and subj.lemma_.lower() in _measures(trigger):
            # "UN sanctions on Iran came back into force", "the UN's Mali sanctions regime expired"
            codes = owner(ps, [subj], lx.SANCTION_NOUNS | lic.REGIME_NOUNS)
            if codes:
                return codes
        elif subj is not None and subj.dep_ in ("nsubj", "conj"):
            codes = (
                _relative_owner(ps, subj)
                if subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl"
                else actors_from(ps, subj) or _leader_before(ps, subj) or _subject_before(ps, subj)
                if subj.lower_ in PRONOUNS
                else list(
                    dict.fromkeys(
                        p.code for p in places_in(ps, _main_phrase(subj)) if not _of_targets(p)
                    )
                )
            )
            codes = codes or (titled(subj) if _relief_object(trigger) else [])
            if codes:
                return codes + [c for c in _alongside(ps, trigger) if c not in codes]
        codes = (
            actors_from(ps, agent_of(trigger))
            or _joined_in(ps, trigger)
            or _headline_subject(ps, trigger)
            or _decision_owner(ps, trigger)
        )
        if codes:
            return codes
        governor = governing_verb(trigger)
        if (
            governor is not None
        ):  # "issued a licence suspending sanctions", "announced asset freezes"
            return actor(ps, governor)
    # "U.S. sanctions", "EU's restrictions", "Washington's relief": a modifier of the sanctions noun
    near = [trigger, *trigger.subtree, *([trigger.head] if lic.is_nominal(trigger) else [])]
    codes = _nominal_agent(ps, trigger) or owner(ps, near, lx.SANCTION_NOUNS | lx.LISTING_NOUNS)
    if codes or lic.is_nominal(trigger):
        return codes or _decider(ps, trigger)
    # an easing with no named actor is by the state whose sanctions the sentence names
    return owner(ps, list(ps.doc))


def _nominal_agent(ps: ParsedSentence, nominal: Token) -> list[str]:
    """ "the designation of X by Britain": the state of a "by" phrase of a nominal act."""
    for by in nominal_agents(nominal):
        codes = actors_from(ps, next((c for c in by.children if c.dep_ == "pobj"), None))
        if codes:
            return codes
    return []


def nominal_agents(nominal: Token) -> list[Token]:
    """The "by" phrases of a nominal act after it: its own, one the parser hung on the verb that
    takes the act as object ("follows the listing of X by the EU"), on a participle describing it
    ("the easing, announced by X") or on the noun of its "of" ("the designation of six judges by
    Canada")."""
    if not lic.is_nominal(nominal):
        return []
    verb = nominal.head.head if nominal.dep_ == "pobj" else nominal.head  # "builds on the X"
    heads = [nominal, verb] if nominal.dep_ in ("dobj", "pobj") else [nominal]
    heads += [c for c in nominal.children if c.dep_ == "acl"]
    heads += [
        p for c in nominal.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    ]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > nominal.i
    ]


def _decider(ps: ParsedSentence, nominal: Token) -> list[str]:
    """ "The EU announced the lifting of sanctions", "Canada approved an extension of them": a
    nominal act that a verb of deciding or making public takes as object is that verb's subject's."""
    verb = nominal.head
    if nominal.dep_ != "dobj" or verb.lemma_.lower() not in DECISION_VERBS:
        return []
    return actor(ps, verb)


def _of_targets(place: Place) -> bool:
    """ "Iranian banks including Bank Melli Iran restored ..." (misparsed): a state named in a
    phrase about companies is whom sanctions hit, never who imposes them."""
    return any(
        a.pos_ == "NOUN" and a.lemma_.lower() in TARGET_HEADS for a in place.span.root.ancestors
    )


def _regional_body(subj: Token) -> bool:
    """ "ECOWAS", "the West African bloc", "the regional bloc ECOWAS, which lifted ...": a regional
    body other than the EU and the UN, outside the actor vocabulary (docs/annotation.md)."""
    head, clause = _antecedent(subj), None
    if subj.lower_ in lx.RELATIVE_SUBJECTS and subj.head.dep_ == "relcl":
        head, clause = subj.head.head, subj.head
    own = {t.i for t in clause.subtree} if clause is not None else set()
    words = " ".join(t.text for t in head.subtree if t.i not in own)
    return REGIONAL_BODIES.search(words) is not None


def council(tok: Token) -> bool:
    """ "the Council", bare: in sanctions news the EU's Council (the guide's "the Council" → EU);
    a council with a name of its own ("the Security Council", "a city council") is not."""
    return tok.text == "Council" and all(
        c.dep_ in ("det", "punct") or c.lower_ == "it" for c in tok.children
    )


def _antecedent(pronoun: Token) -> Token:
    """For "it" or "they" as the subject of a second clause, the subject of the first ("the
    Council re-listed X, and in February it extended ..."), else the pronoun itself."""
    verb = pronoun.head
    if pronoun.lower_ not in ("it", "they") or verb.dep_ != "conj":
        return pronoun
    return subject_of(_prefixed(verb.head)) or pronoun


def split_prefix(verb: Token) -> Token | None:
    """The "re" the tokenizer split off a verb ("re-listed" → "re", "-", "listed"), if any."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re":
        return doc[verb.i - 2]
    return None


def _prefixed(verb: Token) -> Token:
    """For "re-listed", which the tokenizer splits ("re", "-", "listed") and the parser often
    hangs on "re", the token "re" that holds the clause (its subject and conjunctions)."""
    prefix = split_prefix(verb)
    if prefix is not None and (verb.head == prefix or prefix.dep_ == "ROOT"):
        return prefix
    return verb


def _unprefixed(subj: Token | None, verb: Token) -> Token | None:
    """A subject that is only the split prefix of an earlier "re-listed" (the parser makes "re" a
    noun): the verb's own subject nearest to it, else the prefix clause's subject."""
    doc = verb.doc
    if subj is None or subj.lower_ != "re" or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != "-":
        return subj
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != subj]
    if own:
        return own[-1]
    return next((c for c in subj.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _sibling_subject(verb: Token) -> Token | None:
    """A second clause whose subject the parser joined to the first verb: "Belarus freed 250
    prisoners, and the US Treasury, as part of the deal, took ..." makes "Treasury" a conjunct of
    "freed" standing between the two verbs; it is the subject of the second."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    first = verb.head
    nouns = [
        c
        for c in first.children
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and first.i < c.i < verb.i
    ]
    return nouns[-1] if nouns else None


def _passive_below(verb: Token, subj: Token) -> bool:
    """A passive verb in a clause of its own ("after the licences were issued") whose subject was
    found above it, in the clause it hangs on: that subject is not who acted."""
    return (
        verb.dep_ in ("advcl", "relcl", "ccomp")
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and subj not in verb.children
    )


def _relative_owner(ps: ParsedSentence, pronoun: Token) -> list[str]:
    """ "the EU adopted its package, which bans imports of Russian gas": a relative pronoun
    stands for the noun its clause is on; a state acts itself ("Britain, which listed ..."), a
    measure by its owner ("the EU's package") or else by whoever adopted it, never by the states
    named inside the clause."""
    noun = pronoun.head.head
    own = places_in(ps, _main_phrase(noun))
    if own and all(p.span.root.dep_ != "amod" for p in own):  # not "a Russian bank, which"
        return list(dict.fromkeys(p.code for p in own))
    verb = noun.head if noun.dep_ in ("dobj", "conj", "appos") else None
    while verb is not None and verb.dep_ in ("conj", "appos") and verb.head is not verb:
        verb = verb.head
    return actor(ps, verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else []


def _reporters(ps: ParsedSentence) -> list[str]:
    """The state of those who report a lapse ("Officials in Washington say a licence, which
    expired last year, …"): the subject of a reporting verb heading the sentence."""
    root = next((t for t in tokens(ps.doc) if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in lx.SPEECH_VERBS:
        return []
    subj = subject_of(root)
    return [p.code for p in places_in(ps, list(subj.subtree))][:1] if subj is not None else []


def _decision_owner(ps: ParsedSentence, verb: Token) -> list[str]:
    """ "the EU's decision to extend sanctions", "Washington's move to lift them": the state that
    owns the noun the act hangs on, not whoever welcomes or reports it."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return []
    mods = [c for c in verb.head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return list(dict.fromkeys(p.code for m in mods for p in places_in(ps, list(m.subtree))))


def _relief_object(verb: Token) -> bool:
    """ "signed a waiver", "issued a licence": a verb whose object is a relief instrument."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lic.LICENCE_WORDS for c in verb.children)


def titled(subj: Token) -> list[str]:
    """The state an official's title in a subject stands for ("Secretary of State Antony Blinken
    signed a waiver": USA; "Foreign Secretary David Lammy issued a licence": GBR); read for the
    signer of a relief only ("Secretary of State X announced the designation" may be a visa ban,
    which the sentence need not say)."""
    text = " ".join(t.text for t in subj.subtree)
    return [code for title, code in OFFICIAL_TITLES if title.search(text)][:1]


def _leader_before(ps: ParsedSentence, pronoun: Token) -> list[str]:
    """ "he"/"she": the nearest leader named before it in the sentence ("Trump told a forum that
    he was lifting sanctions")."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return []
    leaders = [p for p in ps.places if p.kind == "leader" and p.span.end <= pronoun.i]
    return [leaders[-1].code] if leaders else []


# Prepositions of acting together ("banned Russian gold alongside the United States and Japan").
ALONGSIDE = frozenset({"alongside"})


def _alongside(ps: ParsedSentence, verb: Token) -> list[str]:
    """ "Britain banned imports of Russian gold alongside the United States, Canada and Japan":
    the sanctioning powers named as acting with the subject act too."""
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    preps = [  # on the verb, or hung on its object ("banned imports of gold alongside X")
        c
        for h in [verb, *objects]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ALONGSIDE
    ]
    words = [t for p in preps for t in p.subtree if t.i != p.i]
    return list(
        dict.fromkeys(
            p.code
            for p in places_in(ps, words, frozenset({"name", "capital", "institution"}))
            if p.code in lx.SANCTIONING_POWERS
        )
    )


def _joined_in(ps: ParsedSentence, gerund: Token) -> list[str]:
    """ "Japan joined the United States in sanctioning ...", "Canada followed Britain by freezing
    ...": a gerund under a preposition is done by the subject of the verb it hangs on, and by the
    states that subject joins."""
    if gerund.dep_ != "pcomp" or gerund.head.lower_ not in ("in", "by"):
        return []
    verb = gerund.head.head
    codes = actors_from(ps, subject_of(verb))
    if codes and verb.lemma_.lower() == "join":
        partners = [c for c in verb.children if c.dep_ == "dobj"]
        codes += [c for p in partners for c in actors_from(ps, p) if c not in codes]
    return codes


def _subject_before(ps: ParsedSentence, pronoun: Token) -> list[str]:
    """ "it"/"they": the nearest state named as a subject before it in the sentence ("London had
    moved earlier: in April it unfroze ...")."""
    if pronoun.lower_ not in ("it", "they"):
        return []
    subjects = [
        p
        for p in ps.places
        if p.span.end <= pronoun.i and p.span.root.dep_ in ("nsubj", "nsubjpass")
    ]
    return [subjects[-1].code] if subjects else []


def _headline_subject(ps: ParsedSentence, verb: Token) -> list[str]:
    """A state named just before a verb that the parser made its modifier: headlines drop articles
    and get parsed as noun phrases ("EU rolls over Russia blacklist")."""
    mods = [c for c in verb.lefts if c.dep_ in ("compound", "nmod", "npadvmod", "amod")]
    return list(dict.fromkeys(p.code for m in mods for p in places_in(ps, list(m.subtree))))


def governing_verb(trigger: Token) -> Token | None:
    """For a participle or a misparsed clause inside another verb's object, that verb."""
    if trigger.dep_ not in ("amod", "acl", "ccomp", "xcomp"):
        return None
    subj = subject_of(trigger)
    if subj is not None and not core_compound(trigger):
        return None
    for anc in list(trigger.ancestors)[:GOVERNOR_REACH]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def owner(
    ps: ParsedSentence, tokens: list[Token], nouns: frozenset[str] = lx.SANCTION_NOUNS
) -> list[str]:
    """The state that owns a sanctions noun among ``tokens`` ("US sanctions", "American relief")."""
    for tok in tokens:
        if tok.lemma_.lower() in nouns:
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
            for mod in mods:
                places = places_in(ps, list(mod.subtree))
                if mod.dep_ == "compound" and all(_named_target(p) for p in places):
                    continue  # "the Syria sanctions programme": sanctions on Syria
                if places:
                    return [places[0].code]
    return []


def _named_target(place: Place) -> bool:
    """A country's bare name before "sanctions" names their target ("Iran sanctions", "the
    Zimbabwe sanctions programme") unless it is a state or bloc that sanctions others ("US
    sanctions", "EU sanctions")."""
    return place.kind == "name" and place.code not in lx.SANCTIONING_POWERS
