"""What a sanctions act lists: the named entities and the sectors on its object side.

Entities are proper names of the companies, bodies, ships or people listed or delisted, not the
imposing body, the licence, the programme or the body whose members are listed. Sectors come from
the fixed vocabulary of :data:`detente.extract.lexicon.SECTOR_WORDS`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract.gazetteer import Gazetteer
from detente.extract.licences import LICENCE_WORDS, is_nominal
from detente.extract.mentions import Mention, ParsedSentence
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

# People nouns whose "of" names the body they belong to, not a listed entity ("members of").
MEMBER_NOUNS = frozenset(
    {"member", "official", "officer", "commander", "head", "chief", "leader", "employee",
     "executive", "director", "agent", "staff", "representative", "chairman", "deputy",
     "founder", "operator", "owner", "president", "governor", "minister", "associate", "ally",
     "wife", "husband", "son", "daughter", "brother", "sister", "relative"}
)  # fmt: skip

# Time zones the model tags as organisations.
TIME_ZONES = frozenset({"GMT", "UTC", "CET", "CEST", "EST", "EDT", "BST", "MSK"})
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
    for tok in scope:
        sector = lx.SECTOR_WORDS.get(tok.lower_)
        if sector is None or sector in out or tok.i in bodies:
            continue
        if tok.lower_ in lx.MODIFIER_ONLY_SECTORS and not (
            tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in lx.GOODS_NOUNS
        ):
            continue  # "linked to the military", "a military conglomerate"
        out.append(sector)
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
            countries.append(known.country)
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
        if ent.label_ == "PERSON" and _inside_other_clause(ent, scope_ids, ps):
            continue
        if name in TIME_ZONES:  # "at midnight GMT"
            continue
        if name not in gaz.places and not any(name in e or e in name for e in names):
            names.append(name)
    return names, kinds, countries


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
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else text


def _listed_name(ent: Span, name: str) -> bool:
    """Whether a named organisation or person can be what is listed: a proper name (not "the
    national election commission"), not the instrument ("General License 25"), not the name of a
    sanctions programme ("its al-Qaeda sanctions list") and not the body whose members are listed
    ("members of the Revolutionary Guards", "the head of the election commission")."""
    if name in INSTITUTION_ORGS or not any(c.isupper() for c in name):
        return False
    if any(w.lower() in LICENCE_WORDS for w in name.split()):
        return False
    tok = ent.root
    while tok.dep_ == "conj" and tok.head != tok:  # "ISIL and al-Qaeda": the first conjunct
        tok = tok.head
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head != tok:
        tok = tok.head
        if tok.lemma_.lower() in lx.SANCTION_NOUNS:
            return False
    if ent.root.dep_ == "compound" and ent.root.head.lower_ in lx.OFFICIAL_TITLES:
        return False  # "Interior Minister Vakhtang Gomelauri": part of a title
    phrase = ent.root  # "the operator of Russia's Mir payment card system": the whole phrase
    while phrase.dep_ in ("compound", "amod", "nmod", "poss") and phrase.head != phrase:
        phrase = phrase.head
    head = phrase.head
    while head.dep_ == "conj" and head.pos_ == "ADP" and head.head != head:
        head = head.head  # "the head of the army and of the Sovereignty Council"
    return not (
        phrase.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in MEMBER_NOUNS
    )


def _inside_other_clause(ent: Span, scope_ids: set[int], ps: ParsedSentence) -> bool:
    """A person named inside a relative clause or apposition of the object ("whose testimony the
    Foreign Office called …"), or speaking, is not listed."""
    return any(
        a.dep_ in ("relcl", "acl") and a.i in scope_ids for a in ent.root.ancestors
    ) or ent.root.dep_ in ("nsubj", "poss")


# --- document level: a listed person told again by surname ---
def full_names(mentions: list[Mention]) -> None:
    """A one-word entity that an earlier sanctions act of the article named in full ("took
    al-Sharaa off its list" after "Ahmed al-Sharaa") takes the full name (in place)."""
    told: list[str] = []
    for m in mentions:
        if m.type is EventType.RELEASE:
            continue
        m.entities = [_fuller(e, told) for e in m.entities]
        told += [e for e in m.entities if " " in e]


def _fuller(name: str, told: list[str]) -> str:
    if " " in name:
        return name
    return next((t for t in reversed(told) if t.split()[-1] == name), name)
