"""What a sanctions act lists: the named entities and the sectors on its object side.

Entities are proper names of the companies, bodies, ships or people listed or delisted, not the
imposing body, the licence, the programme or the body whose members are listed. Sectors come from
the fixed vocabulary of :data:`detente.extract.lexicon.SECTOR_WORDS`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract import rosters
from detente.extract.destinations import city_table
from detente.extract.gazetteer import Gazetteer
from detente.extract.inclusions import listed_leader, member
from detente.extract.licences import LICENCE_WORDS, is_nominal
from detente.extract.listed_names import descriptor, programme_name, same_bearer, victim
from detente.extract.listings import LISTABLE_NOUNS
from detente.extract.mentions import PARTY_SEATED, Mention, ParsedSentence, subject_of
from detente.extract.programmes import of_emergency
from detente.extract.sector_scope import funded
from detente.model import EventType

# The imposing bodies, named as organisations: never what is listed.
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
        "Office of Foreign Assets Control",
        "Treasury Department",
        "Home Office",
        "Foreign Ministry",
    }
)

# Words naming a government body: a sector word in its name ("Ministry of Defence", "Department
# of Energy") is no sanctioned sector.
GOVERNMENT_BODIES = frozenset(
    {"ministry", "department", "office", "agency", "council", "committee", "commission",
     "parliament", "court", "secretariat"}
)  # fmt: skip

# Heads that make a sector word the name of an office or an armed force ("the defence minister",
# "the Eritrean Defence Forces"), not an industry.
OFFICE_HOLDERS = frozenset(
    {"minister", "secretary", "chief", "commander", "adviser", "advisor", "attache", "force",
     "forces", "army", "staff"}
)  # fmt: skip

# Firms that "financial" puts in finance ("the financial company that processes remittances"),
# and that "energy" only describes beside oil or gas ("the state energy company").
FINANCE_FIRMS = frozenset({"company", "firm", "group", "conglomerate"})

# People nouns whose "of" names the body they belong to, not a listed entity ("members of").
MEMBER_NOUNS = frozenset(
    {"member", "official", "officer", "commander", "head", "chief", "leader", "employee",
     "executive", "director", "agent", "staff", "representative", "chairman", "deputy",
     "founder", "operator", "owner", "president", "governor", "minister", "associate", "ally",
     "wife", "husband", "son", "daughter", "brother", "sister", "relative", "mother", "father",
     "manager",
     # a company's parts: "X, the Kazakh subsidiary of Sberbank", "a trading arm of NIOC"
     "subsidiary", "arm", "affiliate", "division", "branch"}
)  # fmt: skip

# Verbs of listing whose proper-noun object is listed even when the tagger gave it no label.
UNLABELLED_LIST_VERBS = frozenset(
    {"designate", "sanction", "blacklist", "delist", "list", "name"}  # "name": rosters
)
# Labels of a proper-noun object not to read as an unlabelled name: read as entities, or places.
UNLISTED_LABELS = frozenset(
    {"ORG", "PERSON", "PRODUCT", "FAC", "GPE", "LOC", "DATE", "TIME", "LAW"}
)

# Titles the tagger may take into a person's name ("Lady Auxillia Mnangagwa").
PERSON_TITLES = lx.OFFICIAL_TITLES | {"lady", "dame", "sir", "dr"}
# Time zones the model tags as organisations.
TIME_ZONES = frozenset({"GMT", "UTC", "CET", "CEST", "EST", "EDT", "BST", "MSK"})
# A licence named by its abbreviation ("GL 43", "GL 8K"): the instrument, not what is listed.
LICENCE_NAME = re.compile(r"(?:GL|General License|General Licence)\s*\d", re.IGNORECASE)
# Named-entity labels of what can be listed ("Marlin Sea Shipping" is often tagged PRODUCT, a jail FAC).
ENTITY_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC"})


def sectors(scope: list[Token]) -> list[str]:
    """Sectors named on the object side, also as what a measure bears on ("an arms embargo", "oil
    sanctions"); a word naming only the kind of measure ("financial sanctions") or a group of
    people ("linked to the military") is not a sector."""
    out: list[str] = []
    bodies = {
        t.i
        for ent in (scope[0].doc.ents if scope else ())
        if any(w.lower() in GOVERNMENT_BODIES for w in ent.text.split())
        for t in ent
    }  # "the Ministry of Defence" is a government body, not the defence industry
    named = _name_heads(scope)
    for tok in scope:
        sector = lx.SECTOR_WORDS.get(tok.lower_) or _bank_name(tok)
        if sector is None or sector in out or tok.i in bodies or _verb(tok) or funded(tok):
            continue  # "two companies that finance it": a verb; "to fund weapons": a purpose
        if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in GOVERNMENT_BODIES:
            continue  # "officials of the energy ministry"
        if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in OFFICE_HOLDERS:
            continue  # "the defence minister", "the Defence Forces": an office or a force
        if named.get(tok.i, tok).i != tok.i:
            continue  # "the Agricultural Cooperative Bank": a bank, named after its clients
        heads = lx.GOODS_NOUNS | (FINANCE_FIRMS if tok.lower_ == "financial" else frozenset())
        if tok.lower_ in lx.MODIFIER_ONLY_SECTORS and not (
            tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in heads
        ):  # "a financial company" is in finance; "a military company" may be an army's
            continue  # "linked to the military", "a military conglomerate"
        out.append(sector)
    fuel = "oil" in out or "gas" in out  # "MOGE, the state energy company": oil and gas only
    return [x for x in out if x != "energy" or not (fuel and _energy_firm(scope))]


def _energy_firm(scope: list[Token]) -> bool:
    """ "the state energy company": energy only as the kind of a firm."""
    words = [t for t in scope if t.lower_ == "energy"]
    return bool(words) and all(t.head.lemma_.lower() in FINANCE_FIRMS for t in words)


def _bank_name(tok: Token) -> str | None:
    """ "Belinvestbank", "Rosselkhozbank": a one-word bank's name ends in "bank"."""
    return "banking" if tok.pos_ == "PROPN" and tok.lower_[4:].endswith("bank") else None


def _verb(tok: Token) -> bool:
    """A word used as a verb, not the second half of a hyphened modifier ("river-shipping
    companies", which the tagger may read as a verb)."""
    hyphened = tok.i > 1 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].pos_ == "NOUN"
    return tok.pos_ in ("VERB", "AUX") and not hyphened


def _name_heads(scope: list[Token]) -> dict[int, Token]:
    """For each word of a name whose head word names a sector ("the Agricultural Cooperative
    Bank", "Syrian Arab Airlines"), that head word: the name's sector is its head's."""
    out: dict[int, Token] = {}
    for ent in scope[0].doc.ents if scope else ():
        head = name_root(ent)
        if ent.label_ in ENTITY_LABELS and head.lower_ in lx.SECTOR_WORDS:
            out.update((t.i, head) for t in ent)
    return out


def entities(
    ps: ParsedSentence, trigger: Token, scope_ids: set[int], gaz: Gazetteer
) -> tuple[list[str], list[str], list[str]]:
    """(entities, their sectors, their countries): known companies anywhere near a nominal act or on
    the object side of a verb; other organisations and people named on the object side."""
    names: list[str] = []
    kinds: list[str] = []
    countries: list[str] = []
    for span, known in gaz.find_entities(ps.doc):
        if span.start in scope_ids or is_nominal(trigger):
            if _in_relative(span, scope_ids):  # "Nayara, in which Rosneft holds a stake"
                continue
            countries.append(known.country)  # a parent's country too ("an arm of NIOC": IRN)
            if _member_of(span.root):  # "X, the former Kazakh subsidiary of Russia's Sberbank"
                continue
            longer = _longer_name(span)
            if longer is not None:  # "Gazprom Neft" is not Gazprom: its own name, no known sector
                names.append(longer)
                continue
            names.append(span.text)
            if known.sector != "other":
                kinds.append(known.sector)
    for ent in ps.doc.ents:
        name = _strip_det(ent)
        if (
            ent.label_ not in ENTITY_LABELS
            or ent.start not in scope_ids
            or not _listed_name(ent, name)
        ):
            continue
        if _inside_other_clause(ent, scope_ids, ps):
            continue
        if name in TIME_ZONES or _place_named(ps, ent, name):  # "at midnight GMT", "Karachi"
            continue
        leader = gaz.places.get(name, ("", ""))[1] == "leader"  # "sanctioned Gustavo Petro"
        if name in gaz.places and not (leader and listed_leader(name_root(ent), trigger)):
            continue
        if not any(name in e or (e in name and same_bearer(e, ent)) for e in names):
            names.append(name)
    names += [n for n in _unlabelled_objects(trigger, gaz) if n not in names]
    return names, kinds, countries


def _place_named(ps: ParsedSentence, ent: Span, name: str) -> bool:
    """A name the tagger took for a body that is a place: a state the gazetteer knows at its head
    ("Neighbouring Eritrea") or a city ("three Karachi-based companies")."""
    root = name_root(ent)
    body = any(t.lower_ in lx.SECTOR_WORDS or t.lemma_.lower() in LISTABLE_NOUNS for t in ent)
    states = [p for p in ps.places if p.kind in ("name", "capital")]  # not a leader's name
    if not body and any(p.span.start <= root.i < p.span.end for p in states):
        return True  # not "Bank Melli Iran": a bank named after its state
    return tuple(name.replace("-", " - ").split()) in city_table()


def _unlabelled_objects(trigger: Token, gaz: Gazetteer) -> list[str]:
    """ "the Treasury designated Shor": a proper-noun object of a verb of listing that the tagger
    gave no entity label, or a label no listed body has (with the proper nouns before it)."""
    if is_nominal(trigger) or trigger.lemma_.lower() not in UNLABELLED_LIST_VERBS:
        return []
    out: list[str] = []
    for obj in trigger.children:
        if obj.dep_ != "dobj" or obj.pos_ != "PROPN" or obj.ent_type_ in UNLISTED_LABELS:
            continue  # labelled names were read above; a place is no listed body
        words = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [obj]
        name = " ".join(t.text for t in words)
        if name not in gaz.places and name not in INSTITUTION_ORGS:
            out.append(name)
    return out


def _longer_name(span: Span) -> str | None:
    """The name of an organisation that a known entity's name only begins ("Gazprom Neft")."""
    doc = span.doc
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS and ent.start <= span.start and span.end < ent.end:
            if all(t.pos_ == "PROPN" for t in doc[span.end : ent.end]):
                return _strip_det(ent)
    end = span.end  # untagged: proper nouns the name is a compound of ("Rosneft Deutschland")
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].dep_ == "compound":
        end += 1
    return doc[span.start : end].text if end > span.end else None


def _strip_det(ent: Span) -> str:
    text = ent.text.removesuffix("'s").removesuffix("’s")
    words = text.split()
    while len(words) > 1 and words[-1].lower() in ("and", "or", ","):
        words = words[:-1]  # "Veltrana Trading and": the tagger's span ran into the next name
    while ent.label_ == "PERSON" and len(words) > 2 and words[0].lower() in PERSON_TITLES:
        words = words[1:]  # "First Lady Auxillia Mnangagwa": the tagger took "Lady" in
    text = " ".join(words)
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else text


def _listed_name(ent: Span, name: str) -> bool:
    """Whether a named organisation or person can be what is listed: a proper name (not "the
    national election commission"), not the instrument ("General License 25"), not the name of a
    sanctions programme ("its al-Qaeda sanctions list") and not the body whose members are listed
    ("members of the Revolutionary Guards", "the head of the election commission")."""
    if name in INSTITUTION_ORGS or not any(c.isupper() for c in name):
        return False
    if any(w.lower() in LICENCE_WORDS for w in name.split()) or LICENCE_NAME.match(name):
        return False
    if name.split()[-1].lower() in ("list", "blacklist", "register") or programme_name(ent):
        return False  # "the Consolidated Sanctions List", "the Global Magnitsky programme"
    root = tok = name_root(ent)
    while tok.dep_ == "conj" and tok.head != tok:  # "ISIL and al-Qaeda": the first conjunct
        tok = tok.head
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head != tok:
        tok = tok.head
        if tok.lemma_.lower() in lx.SANCTION_NOUNS:
            return False
    if root.dep_ == "compound" and root.head.lower_ in lx.OFFICIAL_TITLES:
        return False  # "Interior Minister Vakhtang Gomelauri": part of a title
    return not (_member_of(root) or victim(root) or descriptor(root))


def _member_of(root: Token) -> bool:
    """Whether a name is the body whose members or parts are meant ("members of the Guards", "the
    head of the election commission", "a trading arm of the National Iranian Oil Company")."""
    phrase = root  # "the operator of Russia's Mir payment card system": the whole phrase
    while phrase.dep_ in ("compound", "amod", "nmod", "poss") and phrase.head != phrase:
        phrase = phrase.head
    head = phrase.head
    while head.dep_ == "conj" and head.pos_ == "ADP" and head.head != head:
        head = head.head  # "the head of the army and of the Sovereignty Council"
    owner = head.head  # "director-general of X": a title whose first word is a member noun
    return (
        phrase.dep_ == "pobj"
        and head.lower_ == "of"
        and any(
            t.lemma_.lower() in MEMBER_NOUNS
            for t in [owner, *(c for c in owner.children if c.dep_ == "compound")]
        )
    )


def name_root(ent: Span) -> Token:
    """The head word of a name: spaCy's span root, unless that is a determiner the parser hung
    outside the name ("the Specially Designated Nationals list": "the" ties with "Nationals")."""
    words = [t for t in ent if t.dep_ not in ("det", "punct", "case")]
    outside = [t for t in words if not ent.start <= t.head.i < ent.end or t.head is t]
    return outside[0] if outside else ent.root


def _inside_other_clause(ent: Span, scope_ids: set[int], ps: ParsedSentence) -> bool:
    """A person named inside a relative clause or apposition of the object ("whose testimony the
    Foreign Office called …"), or speaking, is not listed; nor is a body named inside a relative
    clause ("Abraha Kassa, who heads the National Security Office")."""
    if ent.label_ != "PERSON":
        return _in_relative(ent, scope_ids)
    clause = any(a.dep_ in ("relcl", "acl") and a.i in scope_ids for a in ent.root.ancestors)
    return (clause and not member(ent.root, scope_ids)) or (
        ent.root.dep_ in ("nsubj", "poss") and not _inverted(ent.root)
    )


def _inverted(subj: Token) -> bool:
    """ "Among those named were the judge X": a subject after its copula is what is listed."""
    return subj.dep_ == "nsubj" and subj.head.lemma_ == "be" and subj.i > subj.head.i


# Prepositions that enumerate members of the group named before ("including", "such as").
INCLUDING = frozenset({"including", "like", "as", "among"})


def _in_relative(span: Span, scope_ids: set[int]) -> bool:
    """A name inside a relative clause of the object, which tells about what is listed; what a
    licence allows ("the licence that let Chevron pump oil") is what the licence bears on."""
    path = list(span.root.ancestors)
    for n, a in enumerate(path):
        if a.dep_ == "relcl" and a.i in scope_ids and not _licence_noun(a.head):
            # "seven firms that bought gold, including Capital Tap": members, listed
            return not any(p.lower_ in INCLUDING for p in path[:n])
    return False


def _licence_noun(tok: Token) -> bool:
    """ "the licence", "General License 25": a licence named by a noun or by its own name."""
    if tok.lemma_.lower() in LICENCE_WORDS:
        return True
    return any(LICENCE_NAME.match(e.text) for e in tok.doc.ents if e.start <= tok.i < e.end)


# --- document level: a listed person told again by surname, listed companies told again ---
# Words that name a group of listed bodies told before ("both companies", "the two banks").
GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def full_names(mentions: list[Mention]) -> None:
    """A one-word entity that a sanctions act of the article names in full ("took al-Sharaa off
    its list" after "Ahmed al-Sharaa"; a headline's "Minerven" before "CVG Minerven") takes the
    full name, an earlier one first; a group told again ("adding both companies to its list")
    takes the names of the last act that listed that many (in place)."""
    acts = [m for m in mentions if m.type is not EventType.RELEASE]
    told = [e for m in acts for e in m.entities if " " in e]
    for n, m in enumerate(acts):
        size = _group_size(m.trigger)
        if any(
            a.trigger.i == m.trigger.i and a.sent is m.sent and a.actor == m.actor for a in acts[:n]
        ):
            size = None  # an act split by country (country_split): the group is the first's
        if size is not None:  # the last act that listed that many, else the first of more
            before = [a for a in acts[:n] if len(a.entities) == size] or [
                a
                for a in acts[:n]
                if len(a.entities) > size > 1  # "the company": one told alone
            ]
            if before:
                m.entities = list(dict.fromkeys([*before[-1].entities[:size], *m.entities]))
                m.sectors = list(dict.fromkeys([*m.sectors, *before[-1].sectors]))
                m.target = m.target or before[-1].target
        earlier = [e for a in acts[:n] for e in a.entities if " " in e]
        m.entities = list(dict.fromkeys(_fuller(e, earlier, told) for e in m.entities))


def _fuller(name: str, earlier: list[str], told: list[str]) -> str:
    if " " in name:
        return name
    return next(
        (t for t in [*reversed(earlier), *told] if t.split()[-1] == name),
        name,
    )


def _group_size(trigger: Token) -> int | None:
    """The size of a definite group of listable bodies that a verb lists ("designated both
    companies", "the two banks were listed", "the company was designated": 1), if its object is
    one."""
    if is_nominal(trigger):
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [  # "announced its listings of the same two companies"
        g
        for o in objects
        if o.lemma_.lower() in lx.LISTING_NOUNS
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for obj in objects:
        if obj.lemma_.lower() not in LISTABLE_NOUNS:
            continue
        if obj.tag_ == "NN":  # "the company had been designated": the one told before
            one = any(c.dep_ == "det" and c.lower_ in TOLD_DETERMINERS for c in obj.children)
            return 1 if one and len(list(obj.children)) == 1 else None
        words = {c.lower_: c.dep_ for c in obj.children if c.dep_ in ("det", "predet", "nummod")}
        if words.get("both") in ("det", "predet"):
            return 2
        if words.get("the") == "det":
            sizes = [GROUP_SIZES.get(w) for w, d in words.items() if d == "nummod"]
            return next((n for n in sizes if n is not None), None)
    return None


# --- document level: a nominal act told again ("The relief came as part of a package") ---
# Verbs by which a package told before holds its measures, and the nouns for such a package.
CONTENT_VERBS = frozenset({"include", "cover", "contain", "comprise"})
PACKAGE_NOUNS = frozenset({"package", "listing", "listings", "designation"})
MEASURE_NOUNS = frozenset({"ban", "embargo", "freeze", "sanction", "sanctions", "restriction"})
# Determiners that make a bare nominal act one already told.
TOLD_DETERMINERS = frozenset({"the", "this", "that"})
# How many heads above a nominal act the predicate that comments on it may sit.
CHARACTER_REACH = 3


def told_again(mentions: list[Mention]) -> None:
    """A bare definite nominal act ("The relief came as part of a package in which ...", "the
    easing was welcomed") names no act of its own: it is the last act of its type told before
    it, and takes that act's actor, target, date, entities and sectors (in place), so that it
    joins its event. A roster ("Those listed include X") takes the type too, of the act told in
    the sentences just before it, and is dropped when there is none (in place)."""
    drop: set[int] = set()
    for n, m in enumerate(mentions):
        if m.type is EventType.RELEASE:
            continue
        if rosters.cue(m.trigger):
            act = rosters.act_of(mentions[:n], m)
            if act is None:
                drop.add(id(m))
                continue
            m.type, m.actor = act.type, act.actor
            m.target = m.target if m.party == PARTY_SEATED else act.target  # a seated name's own
            m.date, m.renewal = act.date, act.renewal
            continue
        if contents(m.trigger):  # "The package includes an oil embargo": what it holds
            before = [a for a in mentions[:n] if a.type is m.type and a.actor]
            if before:
                last = before[-1]
                m.actor, m.date = last.actor, last.date
                m.target = m.target if m.party == PARTY_SEATED else last.target
                m.renewal = last.renewal
            continue
        if not (_bare_definite(m.trigger) or _characterised(m.trigger)):
            continue
        before = [a for a in mentions[:n] if a.type is m.type and a.actor and a.sent is not m.sent]
        if before:
            last = before[-1]
            m.actor, m.target, m.date = last.actor, last.target, last.date
            m.entities, m.sectors = list(last.entities), list(last.sectors)
    mentions[:] = [m for m in mentions if id(m) not in drop]


def contents(verb: Token) -> bool:
    """ "The package includes an oil embargo and covers 80 entities", "the listings include X",
    "Its centrepiece is a ban on X", "The package also lists 105 tankers": what a sanctions
    package told before holds (its entities and sectors), not a new act."""
    subj = subject_of(verb)  # also of a later verb in a series ("cuts ..., adds ... and lists")
    if subj is None or is_nominal(verb):
        return False
    if verb.lemma_.lower() in CONTENT_VERBS:
        return subj.lemma_.lower() in PACKAGE_NOUNS | lx.RENEWAL_NOUNS
    if subj.lemma_.lower() == "package" and any(  # "The package also lists 105 tankers"
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its") for c in subj.children
    ):
        return True
    return (  # "Its centrepiece is a full ban on X": a part of what was told before
        verb.lemma_ == "be"
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
        and any(c.dep_ == "attr" and c.lemma_.lower() in MEASURE_NOUNS for c in verb.children)
    )


def _characterised(trigger: Token) -> bool:
    """A nominal act in what a pronoun is said to be ("It is the most direct trade of sanctions
    relief since 2022", "This was the first easing in a decade"): a comment on an act told
    before."""
    if not is_nominal(trigger):
        return False
    for anc in [trigger, *list(trigger.ancestors)[:CHARACTER_REACH]]:
        if anc.dep_ == "attr" and anc.head.lemma_ == "be":
            subj = next((c for c in anc.head.children if c.dep_ == "nsubj"), None)
            return subj is not None and subj.lower_ in ("it", "this", "that")
    return False


def _bare_definite(trigger: Token) -> bool:
    """ "the relief", "this easing": a nominal act with a definite determiner and nothing else
    (no owner, object, time or modifier of its own)."""
    if not is_nominal(trigger) or trigger.lemma_.lower() not in lx.EASE_NOUNS | lx.RENEWAL_NOUNS:
        return False
    kids = [c for c in trigger.children if c.dep_ != "punct"]
    told = len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in TOLD_DETERMINERS
    return told and not of_emergency(trigger)  # "the renewal last June of the national emergency"
