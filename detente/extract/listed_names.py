"""Names near a sanctions act that are not what it lists: the name of the list, law or programme
it lists under, the owner of the part that is listed, the maker of goods, a licence's holder and
the one wronged whom a listing answers ("over the jailing of X").

"added Keremet Bank to its list of Specially Designated Nationals", "under the Special Economic
Measures (Russia) Regulations", "under the Global Magnitsky programme": the instrument, not a
listed body. "the Basij militia's commander, Gholamreza Soleimani", "the Revolutionary Guards'
Basij Cooperative Foundation": the commander and the foundation are listed, not their owner.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from detente.extract import lexicon as lx
from detente.extract.licences import LICENCE_WORDS, PERMIT_VERBS

# Words after a name that make it the name of a sanctions instrument ("the Global Magnitsky
# programme", "the Special Economic Measures Act", "the Caesar Act", "Schedule 1").
PROGRAMME_WORDS = frozenset(
    {"act", "regulations", "regulation", "programme", "program", "regime", "framework", "list",
     "schedule", "authority", "statute"}
)  # fmt: skip
# Nouns of a list before "of" ("its list of Specially Designated Nationals").
LIST_NOUNS = frozenset({"list", "schedule", "register", "roster"})
# How many words a parenthesis after a name may hold ("Special Economic Measures (Russia)").
PAREN_REACH = 6
# Goods named after their maker ("Boeing aircraft", "the Boeing 737 fleet", "Airbus jets").
MADE_GOODS = frozenset(
    {"aircraft", "jet", "airliner", "plane", "fleet", "part", "engine", "helicopter", "car",
     "truck", "model"}
)  # fmt: skip
# Nouns for a member of a body, after the body's possessive ("the militia's commander") or its
# name ("two IRGC commanders"); not its parts ("Alfa-Bank's affiliates" lists the bank's group).
PART_NOUNS = frozenset(
    {"commander", "head", "chief", "leader", "director", "deputy", "member", "official",
     "officer", "spokesman", "spokeswoman", "governor", "warden"}
)  # fmt: skip


def programme_name(ent: Span) -> bool:
    """Whether a name is that of the list, law or programme an act lists under."""
    doc = ent.doc
    words = [t for t in ent if t.dep_ != "det"]
    if words and words[0].lower_ == "schedule":  # "Schedule 1"
        return True
    end = ent.end
    if end < len(doc) and doc[end].text == "(":  # "Special Economic Measures (Russia) Regulations"
        close = next((t.i for t in doc[end : end + PAREN_REACH] if t.text == ")"), None)
        end = close + 1 if close is not None else end
    if end < len(doc) and doc[end].lower_ in PROGRAMME_WORDS:
        return True
    start = ent.start
    while start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return len(before) == 2 and before[0] in LIST_NOUNS and before[1] == "of"


# Nouns of an event, a good or a person that a name before them only qualifies ("the 1989
# Tiananmen crackdown", "TurkStream gas", "a NATO ally", "the former Formula One driver X"): the
# name is no listed body (session 24, area "entities").
QUALIFIED_NOUNS = frozenset(
    {"crackdown", "massacre", "uprising", "protest", "death", "killing", "murder", "gas",
     "ally", "driver", "player", "champion", "star"}
)  # fmt: skip


def descriptor(root: Token) -> bool:
    """Whether a name only describes what is listed or dealt in: the owner of a listed member or
    part, the maker of goods ("Belavia's Boeing 737 fleet", "Airbus jets"), or a name that only
    qualifies an event, a good or a person ("the Tiananmen crackdown", "the Formula One driver
    X")."""
    return owner_of_part(root) or _maker(root) or _qualifier(root)


def _qualifier(root: Token) -> bool:
    head = root
    while head.dep_ in ("compound", "nummod", "nmod") and head.head is not head:
        head = head.head
        if head.tag_ in ("NN", "NNS") and head.lemma_.lower() in QUALIFIED_NOUNS:
            return True
    return False


def holder(root: Token) -> bool:
    """Whether a name is the holder of a licence ("granted Chevron a licence", "revoked Chevron's
    licence", "the licence that allowed Chevron to pump oil", "The licence lets Chevron operate"):
    a licensee is let deal with what is listed; it is not listed (session 15)."""
    head = root.head
    if root.dep_ == "poss":  # "Chevron's licence"
        return head.lemma_.lower() in LICENCE_WORDS
    if root.dep_ == "dative":  # "granted Chevron a restricted licence"
        return head.lemma_.lower() in lx.LICENCE_GRANT_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in LICENCE_WORDS for c in head.children
        )
    if root.dep_ != "nsubj" or head.dep_ not in ("ccomp", "xcomp"):
        return False
    permit = head.head  # "allowed Chevron to pump": the licence's verb of permitting
    if permit.lemma_.lower() not in PERMIT_VERBS:
        return False
    if permit.dep_ in ("relcl", "acl"):  # "the licence that allowed Chevron to pump"
        return permit.head.lemma_.lower() in LICENCE_WORDS
    return any(  # "The licence lets Chevron operate"
        c.dep_ == "nsubj" and c.lemma_.lower() in LICENCE_WORDS for c in permit.children
    )


def _maker(root: Token) -> bool:
    head = root
    while head.dep_ in ("compound", "nummod", "nmod") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in MADE_GOODS:
            return True
    return False


def owner_of_part(root: Token) -> bool:
    """Whether a name is the possessor of a listed part or member ("the Basij militia's
    commander", "the Islamic Revolutionary Guard Corps' Basij Cooperative Foundation") or the
    body a member is described by ("two senior IRGC commanders", "the RSF commander X")."""
    if root.dep_ == "compound" and root.head.tag_ in ("NN", "NNS"):
        return root.head.lemma_.lower() in PART_NOUNS
    if root.dep_ != "poss" or not any(c.dep_ == "case" for c in root.children):
        return False
    head = root.head
    return head.lemma_.lower() in PART_NOUNS or (
        head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "FAC") and head.ent_iob_ != "O"
    )


def not_licensees(doc: Doc, names: list[str], licensed: AbstractSet[int]) -> list[str]:
    """The names less those told only as the holder of a licence ("licences allowing Boeing and
    Airbus to sell aircraft to Iran Air", "a licence letting Chevron pump oil"): a licensee is
    let deal with what is listed; it is not listed (session 15)."""
    if not licensed:
        return names
    return [n for n in names if not _only_within(doc, n, licensed)]


def _only_within(doc: Doc, name: str, ids: AbstractSet[int]) -> bool:
    first = name.split()[0]
    size = len(name)
    spans = [
        range(t.i, t.i + len(doc.char_span(t.idx, t.idx + size) or ()))
        for t in doc
        if t.text == first and doc.text[t.idx : t.idx + size] == name
    ]
    return bool(spans) and all(all(i in ids for i in span) and len(span) for span in spans)


# Nouns of what was done to someone, whose "of" names the victim a listing answers, not whom it
# lists ("over the jailing of Alexei Navalny", "responsible for the prosecution of X").
WRONG_NOUNS = frozenset(
    {"jailing", "imprisonment", "detention", "arrest", "prosecution", "persecution", "sentencing",
     "mistreatment", "torture", "killing", "murder", "death", "poisoning", "abduction",
     "disappearance", "conviction", "trial", "case"}
)  # fmt: skip


def victim(root: Token) -> bool:
    """Whether a name is of the one wronged ("over the jailing of the opposition politician
    Alexei Navalny"): the reason for a listing, not whom it lists."""
    phrase = root
    while phrase.dep_ in ("compound", "amod", "nmod", "poss", "appos") and phrase.head != phrase:
        phrase = phrase.head
    head = phrase.head
    return phrase.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in WRONG_NOUNS


def same_bearer(told: str, ent: Span) -> bool:
    """Whether a name holding one told before names the same body or person: not a relative
    sharing a surname told alone ("Mnangagwa, his wife Auxillia Mnangagwa")."""
    return " " in told or ent.label_ != "PERSON"


# Where a sentence of an article ends, for telling whether two names are told side by side.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def one_name_each(names: list[str], text: str) -> list[str]:
    """The names of an act less a short writing of another of them: the first words of a longer
    name ("Huawei" beside "Huawei Technologies", "VTB" beside "VTB Bank"), its initials ("MOGE"
    beside "Myanma Oil and Gas Enterprise") or the short form the text gives it in brackets
    ("Petroleos de Venezuela (PdVSA)") name the same body, spelled by its first full mention
    (session 25), unless a sentence tells both apart ("delisted Belinvestbank and Belinvestbank
    Leasing": the bank and its leasing arm)."""
    shorter = {
        a
        for a in names
        for b in names
        if f"{b} ({a})" in text
        or ((b.startswith(a + " ") or _initials(a, b)) and not _told_apart(a, b, text))
    }
    return [n for n in names if n not in shorter] if shorter else names


def _initials(short: str, name: str) -> bool:
    """ "MOGE" for "Myanma Oil and Gas Enterprise": the capitals of a name's words."""
    caps = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return len(short) > 2 and short.isupper() and short == caps


def _told_apart(short: str, name: str, text: str) -> bool:
    """Whether a sentence names both, the short writing outside the longer name and the brackets
    that give its initials ("Myanma Oil and Gas Enterprise (MOGE)")."""
    alone = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
    told = f"{name} ({short})"
    return any(
        name in s and alone.search(s.replace(told, " ").replace(name, " "))
        for s in SENTENCE_END.split(text)
    )


# Company forms that end a body's full name ("Myanmar Pearl Timber Co.", "Volga Timber Holdings",
# "Sahel Or Negoce SARL"), and nouns of an institution whose "of" phrase belongs to its name
# ("Central Bank of Iran", "General Directorate of Mines").
FULL_FORMS = r"(?:Co\.|Ltd\.?|Limited|LLC|SARL|GmbH|Inc\.|PJSC|JSC|plc|Holdings?)"
INSTITUTION_NOUNS = frozenset(
    {"bank", "fund", "directorate", "ministry", "institute", "bureau", "force", "forces", "corps",
     "service", "council", "committee", "office", "department", "agency", "authority",
     "organisation", "organization", "command", "administration", "board", "commission"}
)  # fmt: skip
# Small words inside a name ("Bank of the Republic", "Petróleos de Venezuela").
LINKS = r"(?:of|de|del|and|the)"
# Capitalised words of a name ("Or", "Negoce", "People's").
NAME_WORD = r"[A-Z][\w'’&+-]*"


def first_full(names: list[str], text: str) -> list[str]:
    """Names spelled by their first full mention when an act's sentence uses a short form
    (session 25): "Volga Timber" after "Volga Timber Holdings", "Central Bank" after "the
    Central Bank of Iran". Only a company form, or an institution's "of" phrase, completes a
    name: "Gazprom" stays "Gazprom" beside "Gazprom Neft", another body; and only at the name's
    first mention below the headline: "Lukoil" told alone before "Lukoil International GmbH" is
    the parent, not a short form of its subsidiary."""
    body = text.split("\n", 1)[-1]
    out: list[str] = []
    for name in names:
        tail = rf"(?: {NAME_WORD}){{0,4}} {FULL_FORMS}(?![\w-])"
        if name.split()[-1].lower() in INSTITUTION_NOUNS:
            tail = rf"(?:{tail}|(?: of (?:the )?{NAME_WORD}(?: {NAME_WORD}){{0,4}}){{1,2}})"
        bracketed = re.search(
            rf"((?:{NAME_WORD}|{LINKS})(?: (?:{NAME_WORD}|{LINKS})){{0,7}}) \({re.escape(name)}\)",
            body,
        )
        if bracketed and (full := _bracketed(bracketed.group(1), name)):
            out.append(full)  # "Kestrel Mining (KMX)": the short form in brackets
            continue
        first = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body)
        found = (
            re.compile(rf"{re.escape(name)}{tail}").match(body, first.start()) if first else None
        )
        full = found.group(0).removesuffix("'s").removesuffix("’s") if found else name
        out.append(full if full not in out else name)
    return list(dict.fromkeys(out))


def _bracketed(run: str, short: str) -> str:
    """The name a run of words before a bracketed short form spells: the part of the run whose
    capitals the short form gives ("Huawei Technologies and Semiconductor Manufacturing
    International Corporation (SMIC)" → the latter; "Counterparties of Naftna Industrija Srbije
    (NIS)" → the name), else the run from its first capitalised word ("the Kestrel Mining")."""
    words = run.split()
    letters = short.upper()
    for i in range(len(words)):
        caps = "".join(w[0] for w in words[i:] if w[:1].isupper())
        if words[i][:1].isupper() and caps == letters and len(words) - i > 1:
            return " ".join(words[i:])
    while words and (not words[0][:1].isupper() or words[0] in ("The", "A", "An")):
        words = words[1:]
    return " ".join(words) if len(words) > 1 or (words and not words[0].isupper()) else ""
