"""Who holds the people of a stock estimate: the state of the jails, custody or territory the
sentence names ("in Belarusian jails", "in Taliban custody", "held in Cuba"), the subject of "hold"
("Serbia still holds two Croatians"), else a state named in the sentence that is neither the held
people's nationality nor the source's home ("a Madrid-based group"), else the country of a
one-country monitor ("Viasna"). Also the people nouns and holding words the stock rules share.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract.doc_memo import tokens
from detente.extract.gazetteer import monitor_table, sovereign
from detente.extract.mentions import ParsedSentence, subject_of
from detente.extract.releases import PRONOUNS

log = logging.getLogger(__name__)

HELD_NOUNS = frozenset(
    {
        "prisoner",
        "detainee",
        "people",
        "person",
        "hostage",
        "captive",
        "inmate",
        "individual",
        "journalist",
        "activist",
        "dissident",
        "national",
        "citizen",
        "foreigner",
        "civilian",
        "soldier",
        "member",
        "critic",
        "opponent",
        "european",
    }
)
# Participles that keep people held ("1,000 people detained since the protests").
HOLD_VERBS = frozenset(
    {"hold", "detain", "jail", "imprison", "keep", "lock", "incarcerate", "arrest", "sentence",
     "convict", "remain", "languish", "stay", "abduct", "kidnap", "take", "capture", "seize"}
)  # fmt: skip
# Places in these phrases are where people are held ("in Belarusian jails", "in Cuba").
HOLDING_NOUNS = frozenset(
    {
        "custody",
        "detention",
        "captivity",
        "prison",
        "jail",
        "colony",
        "cell",
        "country",
        "depot",
        "camp",
    }
)
# Holders the gazetteer does not code as a state's territory ("in Taliban custody", "held on
# the mainland" of a Taiwan or Hong Kong story); territories are coded as their state
# (gazetteer.sovereign).
HOLDER_WORDS = {"taliban": "AFG", "mainland": "CHN"}


REMAIN_VERBS = frozenset({"remain", "stay", "languish"})


def remain_verb(ps: ParsedSentence) -> bool:
    """Whether the sentence has a "remain" verb that keeps people held (:func:`remains`)."""
    return any(remains(t) for t in tokens(ps.doc))


def remains(tok: Token) -> bool:
    """ "remain", "remained" (which the model may leave unlemmatised), "languish" as verbs; not a
    "remain" that tells something other than custody (:func:`remains_otherwise`)."""
    word = tok.lemma_.lower() if tok.lemma_.lower() in REMAIN_VERBS else tok.lower_.rstrip("eds")
    return word in REMAIN_VERBS and tok.pos_ in ("VERB", "AUX") and not remains_otherwise(tok)


# What "remain" tells when no one is kept held by it: "their remaining terms", "remaining charges",
# "two board members remain designated", "remain listed", "will remain subject to their sentences".
NOT_CUSTODY = frozenset({"term", "sentence", "charge", "designate", "designated", "list", "listed",
                         "sanction", "sanctioned", "subject",
                         # precision (v20): "remain unaccounted for", "remains missing" (guide
                         # session 19: people unaccounted for are no stock)
                         "unaccounted", "missing"})  # fmt: skip


def remains_otherwise(verb: Token) -> bool:
    """Whether a "remain" word tells something other than people kept in custody: a remaining term,
    sentence or charge, or people who remain designated, listed, on a list or subject to a
    sentence."""
    if verb.dep_ == "amod":
        return verb.head.lemma_.lower() in NOT_CUSTODY
    return any(
        (c.dep_ in ("acomp", "oprd", "xcomp", "attr") and c.lemma_.lower() in NOT_CUSTODY)
        or (c.dep_ == "prep" and any(o.lemma_.lower() in NOT_HELD_THERE for o in c.children))
        for c in verb.children
    )


def remains_not_held(noun: Token) -> bool:
    """Whether the count's own verb is a "remain" that tells something other than custody ("at
    least five of its citizens remain unaccounted for, but ... whether they are in Tajik
    custody"): no stock, whatever custody word the rest of the sentence has (session 25)."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or _in_custody_phrase(verb):
        return False  # "remain missing in Turkmen prisons": held where they went missing
    if verb.lower_ in MISSING or any(
        c.dep_ in ("acomp", "attr") and c.lower_ in MISSING for c in verb.children
    ):
        return True  # "are still unaccounted for", "are missing"
    word = verb.lemma_.lower() if verb.lemma_.lower() in REMAIN_VERBS else verb.lower_.rstrip("eds")
    return word in REMAIN_VERBS and remains_otherwise(verb)


def _in_custody_phrase(verb: Token) -> bool:
    """Whether the verb's own phrases put the people in custody ("missing in Turkmen prisons")."""
    words = [w for c in verb.children if c.dep_ in ("prep", "acomp") for w in c.subtree]
    return any(w.lemma_.lower() in lx.CUSTODY_NOUNS for w in words)


# People not known to be held: missing, not in custody (session 19; session 25: "remain
# unaccounted for" is no stock).
MISSING = frozenset({"unaccounted", "missing"})


# Where a "remain" keeps names or measures, not people: "68 people remain on the list", "the other
# listings remain in force".
NOT_HELD_THERE = frozenset({"list", "force", "effect", "place", "blacklist"})


def holder(ps: ParsedSentence, noun: Token, source: str | None) -> str | None:
    """The holding state of a stock whose people noun is ``noun``: a place in a phrase of jails,
    custody or territory, a one-country monitor's country, else a state named in the sentence."""
    code = _named_holder(ps, noun, source)
    return sovereign(code) if code is not None else None


def _named_holder(ps: ParsedSentence, noun: Token, source: str | None) -> str | None:
    """The holding state: the subject of "holds" or a place in a phrase of jails, custody or
    territory first; else a national group's own country ("in the country") or a one-country
    monitor's; else a state named in the sentence that is neither the people's nationality nor
    inside the source's phrase."""
    code = _holder_subject(ps, noun) or _holding_phrase(ps, noun)
    if code is not None:
        return sovereign(code)
    states = [p for p in ps.places if p.kind != "institution" and p.code not in ("EU", "UN")]
    if re.search(r"\bin the country\b", ps.sentence.text, re.IGNORECASE):
        # "the Belarusian rights centre Viasna says 1,300 are held in the country": a national
        # group reports on its own country
        home = next((p for p in states if p.kind == "demonym" and _in_source_phrase(p.span)), None)
        if home is not None:
            return home.code
    monitor = _monitor_country(ps.sentence.text)
    if monitor is not None:  # "Viasna says 1,100 are held, and Washington has signalled ...": a
        return monitor  # one-country monitor's figure is of its country, whatever else is named
    people = {t.i for t in noun.subtree}
    for place in states:
        if place.span.start in people or (source and place.span.text in source):
            continue
        if place.kind == "demonym" and place.span.root.head.lemma_.lower() in HELD_NOUNS:
            continue
        if _in_source_phrase(place.span) or _attributed(place.span.root):
            continue
        if any(a.lower_ in PART_WORDS for a in place.span.root.ancestors):
            continue  # "including the journalist X, abducted in Tbilisi": a part's story
        return sovereign(place.code)
    return None


# Words that open a part of a figure ("1,100 political prisoners, including X", "among them X"):
# a place told of the part is not where the figure is held.
PART_WORDS = frozenset({"including", "among"})


def _holding_phrase(ps: ParsedSentence, noun: Token) -> str | None:
    """The state of a phrase of jails, custody or territory: "in Belarusian jails", "in Taliban
    custody" (a holding authority), "held on the mainland"."""
    places = [(p.span.root, p.code) for p in ps.places if p.code not in ("EU", "UN")]
    places += [(t, HOLDER_WORDS[t.lower_]) for t in tokens(ps.doc) if t.lower_ in HOLDER_WORDS]
    # a phrase of the people's own clause first: "200 Indians remain in Pakistani custody and 80
    # Pakistanis are held in India" gives India for the 80
    own = noun.head
    places.sort(key=lambda rc: (own not in list(rc[0].ancestors)[:3], rc[0].i))
    for root, code in places:
        line = [root, *list(root.ancestors)[:3]]
        held = any(t.lemma_.lower() in HOLDING_NOUNS and t.pos_ != "VERB" for t in line)
        if held or _in_place_phrase(root, noun):  # not the verb "jailed" of "German citizens"
            return code
        if any(t.lower_ == "by" and t.head.lemma_.lower() in HOLD_VERBS for t in line[1:]):
            return code  # "thought to be held by the Taliban's intelligence service"
        if root.dep_ == "pobj" and root.head.lower_ == "in" and _holding_verb(root.head.head):
            return code  # "US citizens it considers wrongfully detained in Russia"
    return None


def _holding_verb(tok: Token) -> bool:
    """A verb of holding people ("detained", "held", "jailed"), not one of taking them."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in HOLD_VERBS - TAKING_VERBS


# Verbs of HOLD_VERBS whose place is where people were taken, not where they are held.
TAKING_VERBS = frozenset({"abduct", "kidnap", "take", "capture", "seize", "arrest"})


def _holder_subject(ps: ParsedSentence, noun: Token) -> str | None:
    """The state that is the subject of a holding verb whose object the people are ("Serbia still
    holds two Croatians"; "Tajik officials say they still hold about thirty Afghans")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "held 217 fishermen and 49 other civilians"
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("hold", "keep", "detain"):
        return None
    subj = subject_of(verb)
    if subj is not None and subj.lower_ in PRONOUNS and verb.dep_ == "ccomp":
        subj = subject_of(verb.head)  # the speaker who says "they" hold them
    if subj is None:
        return None
    inside = {t.i for t in subj.subtree}
    return next((p.code for p in ps.places if p.span.root.i in inside), None)


def _attributed(tok: Token) -> bool:
    """A place inside an "according to" phrase ("according to US officials who pressed Qatar")."""
    return any(a.lower_ == "according" or a.head.lower_ == "according" for a in tok.ancestors)


def _in_place_phrase(tok: Token, noun: Token) -> bool:
    """ "1,100 prisoners in Cuba", "remain imprisoned in Nicaragua": a place after an "in" that
    belongs to the held people's own clause (not "officials in Paris say …")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "on"):
        return False
    clause = {noun, noun.head, *(c for c in noun.head.children if c.pos_ in ("VERB", "ADJ"))}
    clause |= {c for c in noun.children if c.dep_ == "acl"}  # "Jordanians held in Israel"
    return tok.head.head in clause


def _in_source_phrase(span: Span) -> bool:
    """A place that describes a group rather than a territory ("a Madrid-based group")."""
    return any(a.lemma_.lower() in ("group", "organisation", "organization", "centre", "center")
               for a in list(span.root.ancestors)[:2]) or span.root.dep_ == "npadvmod"  # fmt: skip


def _monitor_country(text: str) -> str | None:
    """The country of a one-country monitor named in the sentence ("Viasna", "Foro Penal"): a stock
    they give that names no state is of that country (detente/data/monitors.tsv)."""
    words = set(re.findall(r"[\w-]+", text.lower()))
    lower = text.lower()
    return next(
        (
            code
            for name, code in monitor_table().items()
            if (name in lower if " " in name else name in words)
        ),
        None,
    )


def default_countries(release_actors: Counter[str | None], places: Counter[str]) -> list[str]:
    """The states a stock that names none may be held by, best first: the actor of the article's
    releases, then the states the article names, most named first (not a bloc); a territory is
    its state's ("Hong Kong" is China's, docs/annotation.md)."""
    actors = [code for code, _ in release_actors.most_common() if code]
    states = [code for code, _ in places.most_common() if code not in ("EU", "UN")]
    ranked = [sovereign(c) for c in ([actors[0]] if actors else []) + states]
    return list(dict.fromkeys(ranked))


def nationality(ps: ParsedSentence, noun: Token) -> str | None:
    """The state of held people named by their nationality alone ("3,300 Palestinians", "about
    300 Filipinos"), whose holder is another state; not of a nationality adjective ("25 Kuwaiti
    activists" are often held at home)."""
    return next(
        (sovereign(p.code) for p in ps.places if p.kind == "demonym" and p.span.root.i == noun.i),
        None,
    )
