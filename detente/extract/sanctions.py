"""Sanctions mentions: who imposed, renewed, eased or lifted sanctions on whom, which entities and sectors.

``find`` locates verbs (and nominalisations) that move sanctions and are asserted; ``annotate`` reads
actor, target, entities, sectors, renewal and date around them.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.gazetteer import Gazetteer
from detente.extract.mentions import (
    Mention,
    ParsedSentence,
    actors_from,
    agent_of,
    nearest_time,
    or_unknown,
    places_in,
    subject_of,
)
from detente.extract.modality import classify
from detente.model import EventType, Modality

# Verbs that need a particle or an object of a given kind to be about sanctions.
PARTICLE_EASE = {"roll": "back", "scale": "back", "pare": "back", "take": "off"}
LICENCE_WORDS = frozenset(
    {"licence", "license", "waiver", "exemption", "relief", "authorization", "authorisation"}
)
LIST_VERBS = frozenset(
    {
        "designate",
        "blacklist",
        "sanction",
        "delist",
        "add",
        "remove",
        "target",
        "freeze",
        "unfreeze",
        "hit",
        "place",
        "put",
        "relist",
        "re-list",
    }
)
INSTITUTION_ORGS = frozenset(
    {
        "Treasury",
        "OFAC",
        "State Department",
        "Council",
        "Commission",
        "European Council",
        "European Commission",
        "Foreign Office",
        "White House",
        "Security Council",
        "Kremlin",
    }
)


def _object_words(verb: Token) -> list[Token]:
    """Tokens on the object side of a verb (everything it governs but its subject)."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in (
            "nsubj",
            "csubj",
            "aux",
            "neg",
            "mark",
            "punct",
            "cc",
            "conj",
            "xcomp",
            "ccomp",
            "advcl",
            "relcl",
        ):
            continue
        out.extend(child.subtree)
    if verb.dep_ in ("acl", "amod") and verb.head is not verb:  # "sanctions imposed on…"
        out.append(verb.head)
    return out


def _direction(verb: Token, obj: list[Token]) -> tuple[EventType, bool] | None:
    """(type, renewal) of a sanctions verb, or None when the verb does not move sanctions."""
    lemma = verb.lemma_.lower()
    lemmas = {t.lemma_.lower() for t in obj}
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    has_core = bool(lemmas & lx.CORE_SANCTION_NOUNS) or any(t.lower_ == "sanctions" for t in obj)
    has_licence = bool(lemmas & LICENCE_WORDS)
    if lemma in PARTICLE_EASE:
        if PARTICLE_EASE[lemma] in particles and (has_core or "list" in lemmas):
            return EventType.SANCTIONS_EASED, False
        if lemma == "roll" and "over" in particles and has_core:
            return EventType.SANCTIONS_IMPOSED, True
        return None
    if lemma in ("lapse", "expire") and (has_licence or _subject_lemma(verb) & LICENCE_WORDS):
        return EventType.SANCTIONS_IMPOSED, False
    if lemma in ("renew", "extend") and has_licence and any(c.dep_ == "neg" for c in verb.children):
        return EventType.SANCTIONS_IMPOSED, False  # not renewing a relief licence lets it lapse
    if lemma in ("revoke", "cancel", "rescind", "terminate") and has_licence:
        return EventType.SANCTIONS_IMPOSED, False
    if lemma in ("issue", "grant", "extend") and has_licence and not has_core:
        return EventType.SANCTIONS_EASED, False
    if lemma in lx.EASE_VERBS and lemma not in ("issue", "grant", "take", "allow", "release"):
        if has_core or (lemma in ("delist", "remove", "unfreeze") and _listing(obj, lemmas)):
            return EventType.SANCTIONS_EASED, False
        if lemma in ("lift", "ease", "suspend", "relax", "loosen") and (
            lemmas & {"restriction", "ban", "measure", "embargo", "freeze"}
        ):
            return EventType.SANCTIONS_EASED, False
        return None
    if lemma in lx.IMPOSE_VERBS:
        if lemma in ("lapse", "expire", "revoke"):
            return None
        renewal = lemma in lx.RENEWAL_VERBS
        if has_core or (lemma in LIST_VERBS and _listing(obj, lemmas)):
            lapse = lemma in lx.LAPSE_VERBS
            return EventType.SANCTIONS_IMPOSED, renewal and not lapse
        if lemma in ("impose", "extend", "renew", "reimpose", "tighten", "expand") and (
            lemmas & {"restriction", "ban", "measure", "embargo", "freeze"}
        ):
            return EventType.SANCTIONS_IMPOSED, renewal
    return None


def _subject_lemma(verb: Token) -> set[str]:
    subj = subject_of(verb)
    return {t.lemma_.lower() for t in subj.subtree} if subj is not None else set()


def _listing(obj: list[Token], lemmas: set[str]) -> bool:
    """Whether an object names a listing (blacklist, SDN list, asset freeze) or a company."""
    return bool(lemmas & {"list", "blacklist", "asset", "designation"}) or any(
        t.ent_type_ in ("ORG", "PERSON") for t in obj
    )


def _nominal(tok: Token) -> tuple[EventType, bool] | None:
    """(type, renewal) of a nominalised act: "the lifting of sanctions", "sanctions relief"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN",) or tok.dep_ in ("compound",):
        return None
    words = {t.lemma_.lower() for t in tok.subtree} | {tok.head.lemma_.lower()}
    if not words & (lx.CORE_SANCTION_NOUNS | {"restriction", "ban", "measure"}):
        return None
    if lemma in lx.EASE_NOUNS:
        return EventType.SANCTIONS_EASED, False
    if lemma in lx.RENEWAL_NOUNS:
        return EventType.SANCTIONS_IMPOSED, True
    if lemma in lx.IMPOSE_NOUNS:
        return EventType.SANCTIONS_IMPOSED, False
    return None


SANCTIONS_SENTENCE = re.compile(
    r"sanction|embargo|blacklist|asset|restriction|licen[cs]e|waiver|\blist\b|\bban\b|relief|"
    r"designation|measures",
    re.IGNORECASE,
)


def find(ps: ParsedSentence) -> list[tuple[Token, EventType, bool]]:
    """Asserted sanctions acts in a sentence: (trigger, type, renewal)."""
    if not SANCTIONS_SENTENCE.search(ps.sentence.text):
        return []
    if lx.NON_STATE_SANCTIONERS.search(ps.sentence.text) and not any(
        p.kind in ("name", "capital", "institution") and p.code in ("USA", "EU", "GBR", "UN", "CAN")
        for p in ps.places
    ):
        return []
    found: list[tuple[Token, EventType, bool]] = []
    for tok in ps.doc:
        result = None
        if tok.pos_ in ("VERB", "AUX"):
            result = _direction(tok, _object_words(tok))
        elif tok.pos_ == "NOUN":
            result = _nominal(tok)
        if result is None:
            continue
        lapse = tok.lemma_.lower() in ("renew", "extend") and result == (
            EventType.SANCTIONS_IMPOSED,
            False,
        )
        if not lapse and classify(tok) is not Modality.ASSERTED:
            continue
        found.append((tok, result[0], result[1]))
    return found


def _actor(ps: ParsedSentence, trigger: Token) -> list[str]:
    if trigger.pos_ in ("VERB", "AUX"):
        subj = subject_of(trigger)
        if subj is not None and lx.NON_STATE_SANCTIONERS.search(
            " ".join(t.text for t in subj.subtree)
        ):
            return ["-"]
        codes = actors_from(ps, subj) if subj is not None and subj.dep_ == "nsubj" else []
        if codes:
            return codes
        codes = actors_from(ps, agent_of(trigger))
        if codes:
            return codes
    # "U.S. sanctions", "EU's restrictions", "Washington's relief": a modifier of the sanctions noun
    for tok in [trigger, *trigger.subtree, *([trigger.head] if trigger.pos_ == "NOUN" else [])]:
        if tok.lemma_.lower() in lx.SANCTION_NOUNS:
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
            for mod in mods:
                codes = [p.code for p in places_in(ps, list(mod.subtree))]
                if codes:
                    return codes[:1]
    return []


def annotate(
    ps: ParsedSentence, trigger: Token, kind: EventType, renewal: bool, gaz: Gazetteer
) -> list[Mention]:
    """Mentions (one per sanctioning state) for a found trigger."""
    actors = _actor(ps, trigger)
    if actors == ["-"]:
        return []
    scope = _object_words(trigger) if trigger.pos_ != "NOUN" else list(trigger.subtree)
    scope_ids = {t.i for t in scope}
    entities: list[str] = []
    sectors: list[str] = []
    targets: list[str] = []
    for span, known in gaz.find_entities(ps.doc):
        if span.start in scope_ids or trigger.pos_ == "NOUN":
            entities.append(span.text)
            targets.append(known.country)
            if known.sector != "other":
                sectors.append(known.sector)
    for ent in ps.doc.ents:
        if ent.label_ == "ORG" and ent.start in scope_ids and ent.text not in INSTITUTION_ORGS:
            if ent.text not in gaz.places and not any(
                ent.text in e or e in ent.text for e in entities
            ):
                entities.append(ent.text)
    for tok in scope:
        sector = lx.SECTOR_WORDS.get(tok.lower_)
        if sector and sector not in sectors:
            sectors.append(sector)
    for place in places_in(ps, scope, frozenset({"name", "demonym", "capital", "leader"})):
        if place.code not in actors and place.code not in ("EU", "UN"):
            targets.append(place.code)
    target = targets[0] if targets else None
    date = nearest_time(ps, trigger)
    return [
        Mention(
            kind,
            ps,
            trigger,
            actor=actor,
            target=target,
            entities=list(entities),
            sectors=list(dict.fromkeys(sectors)),
            date=date,
            renewal=renewal,
        )
        for actor in or_unknown(actors)
    ]
