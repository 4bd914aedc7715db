"""What a sanctions act lists: the named entities and the sectors on its object side.

Entities are proper names of the companies, bodies, ships or people listed or delisted, not the
imposing body, the licence, the programme or the body whose members are listed. Sectors come from
the fixed vocabulary of :data:`detente.extract.lexicon.SECTOR_WORDS`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract import sanction_parties
from detente.extract.destinations import city_table
from detente.extract.gazetteer import Gazetteer
from detente.extract.inclusions import listed_leader, member
from detente.extract.licences import LICENCE_WORDS, is_nominal
from detente.extract.listed_names import (
    descriptor,
    holder,
    programme_name,
    same_bearer,
    victim,
)
from detente.extract.listings import LISTABLE_NOUNS
from detente.extract.mentions import ParsedSentence
from detente.extract.sector_scope import aim_only, crime_victim, funded, shut_out_of

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

# A listed army or military unit is in `defense` (session 23): "Myanmar's army", "the Eritrean
# Defence Forces", "the Islamic Revolutionary Guard Corps", "the 77th Brigade". Police units,
# militias and a force's foundations or intelligence bodies are not (dev gold, session 23).
ARMY_NOUNS = frozenset({"army", "navy", "corps", "brigade"})  # not "the military": the regime
# Armed forces told by their acronym (session 24: "the IRGC" → `defense`, like an army).
ARMY_ACRONYMS = frozenset({"irgc"})
FORCE_KINDS = frozenset({"armed", "defence", "defense", "air", "naval", "ground", "land"})
NOT_ARMY = frozenset(
    {"police", "law", "enforcement", "intelligence", "foundation", "cooperative", "resistance",
     "national", "peace", "medical", "interior", "ministry", "production", "construction"}
)  # fmt: skip
# Verbs whose object or passive subject is what is listed ("sanctioned the army").
ARMY_LISTING_VERBS = frozenset(
    {"sanction", "designate", "list", "blacklist", "target", "add", "penalise", "penalize"}
)  # fmt: skip
# Prepositions whose object is what a measure bears on ("sanctions on/against the army").
LISTED_PREPS = frozenset({"on", "against"})

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
# Pipelines a ban bars dealings with: the trade they carry is the sector (``gas``), no listed
# body ("banned transactions related to the Nord Stream pipelines", session 25); the operating
# company ("Nord Stream 2 AG") is a body.
PIPELINES = re.compile(r"(?:the )?Nord Stream(?: \d)?(?: pipelines?)?", re.IGNORECASE)
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
        word = lx.SECTOR_WORDS.get(tok.lower_) or _bank_name(tok)
        kinds = (word,) if word else _phrase(tok)
        if not kinds or set(kinds) <= set(out) or tok.i in bodies or _verb(tok) or funded(tok):
            continue  # "two companies that finance it": a verb; "to fund weapons": a purpose
        if shut_out_of(tok) or aim_only(tok) or crime_victim(tok):  # "cut off from finance",
            # "oil revenue", "theft from banks"
            continue
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
        out += [kind for kind in kinds if kind not in out]
    if "defense" not in out and any(_army(tok) for tok in scope):
        out.append("defense")  # a listed army or military unit (session 23)
    # "MOGE, the state energy company": energy as the text words it, with oil and gas of its name
    # (sessions 24, 25: the sector follows the words the article uses for a body)
    return out


def _army(tok: Token) -> bool:
    """A word that names an army or military unit as what is listed ("sanctions on Myanmar's
    army", "designated the Eritrean Defence Forces", "the Revolutionary Guard Corps"): the
    object of the act, not a modifier ("army commanders"), not what the listed serve or belong
    to ("firms linked to the armed forces", "the commander of the army"), not a police or other
    body named like a force."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "poss", "nmod"):
        return False
    if lemma in ("force", "forces") or tok.lower_ == "forces":
        army = any(c.lower_ in FORCE_KINDS for c in tok.children if c.i < tok.i)
    else:
        army = lemma in ARMY_NOUNS or tok.lower_ in ARMY_ACRONYMS
    if not army or any(c.lower_ in NOT_ARMY for c in tok.subtree if c.i < tok.i):
        return False
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head  # "the RSF and the Sudanese Armed Forces": as the first of the series
    if tok.dep_ in ("dobj", "nsubjpass"):  # not "firms supplying the army"
        return tok.head.lemma_.lower() in ARMY_LISTING_VERBS
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in LISTED_PREPS  # "sanctions on Myanmar's army"


def _phrase(tok: Token) -> tuple[str, ...]:
    """ "dual-use goods", "machine tools", "the shadow fleet": the sectors two words name, read
    at the last word."""
    if tok.lower_ not in lx.SECTOR_PHRASE_ENDS:
        return ()
    before = tok.doc[tok.i - 2] if tok.i > 1 and tok.doc[tok.i - 1].text == "-" else None
    before = before or (tok.doc[tok.i - 1] if tok.i > 0 else None)
    return lx.SECTOR_PHRASES.get((before.lower_, tok.lower_), ()) if before is not None else ()


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
    wrong = _reason_words(trigger)  # "for abuses in Tigray": the wrong's names
    for span, known in gaz.find_entities(ps.doc):
        if span.start in scope_ids or is_nominal(trigger):
            if _in_relative(span, scope_ids):  # "Nayara, in which Rosneft holds a stake"
                continue
            countries.append(known.country)  # a parent's country too ("an arm of NIOC": IRN)
            if _member_of(span.root) or span.start in wrong:  # "a subsidiary of X"
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
            (ent.label_ not in ENTITY_LABELS and not _body_named(ent))
            or ent.start not in scope_ids
            or ent.start in wrong
            or not _listed_name(ent, name)
        ):
            continue
        if _inside_other_clause(ent, scope_ids, ps):
            continue
        if name in TIME_ZONES or _place_named(ps, ent, name):  # "at midnight GMT", "Karachi"
            continue
        if PIPELINES.fullmatch(name):  # "barred transactions with Nord Stream" (session 25)
            continue
        leader = gaz.places.get(name, ("", ""))[1] == "leader"  # "sanctioned Gustavo Petro"
        if name in gaz.places and not (leader and listed_leader(name_root(ent), trigger)):
            continue
        if not any(name in e or (e in name and same_bearer(e, ent)) for e in names):
            names.append(name)
    names += [n for n in _unlabelled_objects(trigger, gaz) if n not in names]
    return names, kinds, countries


def _body_named(ent: Span) -> bool:
    """ "the hotel operator Gaviota", "the lender Kestrel": a name the tagger took for a place,
    in apposition to a noun of a listed body, is that body's name."""
    if ent.label_ not in ("GPE", "LOC"):
        return False
    root = name_root(ent)
    return (
        root.dep_ == "appos"
        and root.head.lemma_.lower() in LISTABLE_NOUNS
        and root.head.i == ent.start - 1
    )


def _place_named(ps: ParsedSentence, ent: Span, name: str) -> bool:
    """A name the tagger took for a body that is a place: a state the gazetteer knows at its head
    ("Neighbouring Eritrea") or a city ("three Karachi-based companies")."""
    root = name_root(ent)
    body = any(t.lower_ in lx.SECTOR_WORDS or t.lemma_.lower() in LISTABLE_NOUNS for t in ent)
    states = [p for p in ps.places if p.kind in ("name", "capital")]  # not a leader's name
    if not body and any(p.span.start <= root.i < p.span.end for p in states):
        return True  # not "Bank Melli Iran": a bank named after its state
    return tuple(name.replace("-", " - ").split()) in city_table() or _seat(ent)


# Participles after a hyphen that make the name before them a company's seat ("a Zawiya-based
# company", "a Limassol-registered manager"): sanction_parties' seat words but a flag.
SEAT_WORDS = sanction_parties.SEAT_WORDS - {"flagged"}


def _seat(ent: Span) -> bool:
    """ "a Zawiya-based company": a name hyphened to a participle of seat is a place."""
    doc, end = ent.doc, ent.end
    if end < len(doc) and doc[end - 1].text == "-" and doc[end].lower_ in SEAT_WORDS:
        return True  # the tagger took the hyphen into the name
    return sanction_parties.is_seat(ent, SEAT_WORDS)


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
    text = text[:-1] if text.endswith(("s'", "s’")) else text  # "the Revolutionary Guards'"
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
    return not (_member_of(root) or victim(root) or descriptor(root) or holder(root))


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


# Prepositions of the wrong a listing answers ("for abuses in Tigray", "over killings in Tarhuna").
REASON_PREPS = frozenset({"for", "over"})


def _reason_words(verb: Token) -> set[int]:
    """Token ids of the wrong a listing verb answers ("designated for obstructing the Dayton
    peace accords", "sanctioned X for abuses in Tigray"): the names there are the wrong's, not
    listed; names a member preposition adds ("..., including X") stay."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    out: set[int] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in REASON_PREPS:
            continue
        if any(_wrong(g) for g in prep.children):
            members = {t.i for c in prep.subtree if c.lower_ in INCLUDING for t in c.subtree}
            out |= {t.i for t in prep.subtree} - members
    return out


def _wrong(obj: Token) -> bool:
    """ "for obstructing", "for abuses", "over killings": a deed, not a listed group."""
    if obj.dep_ == "pcomp":
        return obj.tag_ == "VBG"
    return obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() not in LISTABLE_NOUNS
