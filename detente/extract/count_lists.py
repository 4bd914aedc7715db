"""Counts of coordinated groups: "Siarhei Tsikhanouski and 13 other prisoners" (14), one person
freed "along with" others, and the names that list a numbered group's members rather than add to it
(split from :mod:`counts`, session 18)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.counts import Count, people_number
from detente.extract.gazetteer import place_table
from detente.model import CountQualifier

# Singular pronouns of one person freed with others ("pardoned him and five other prisoners").
ONE_PRONOUNS = frozenset({"he", "she", "him", "her"})


def one_person(tok: Token) -> bool:
    """Whether a group token names one person: a name, a singular noun or pronoun."""
    return tok.tag_ in ("NN", "NNP") or tok.lower_ in ONE_PRONOUNS


# Singular nouns for more than one person, or for a body of people ("the crew", "the opposition").
GROUP_NOUNS = frozenset(
    {"couple", "pair", "family", "crew", "group", "delegation", "duo", "opposition", "clergy"}
)


def the_one(group: Token, alone: bool = True) -> bool:
    """ "freed the US Navy veteran, who had been sentenced to ten years", "the Indian pilot walked
    across the border": one person told by a singular people or job noun after "the" or "this",
    whatever describes it; not a body of people ("the crew"), nor, when ``alone``, one conjoined
    with others (as a conjunct of a list, :func:`item_count`, it is one of them)."""
    lemma = group.lemma_.lower()
    if group.tag_ != "NN" or lemma in GROUP_NOUNS:
        return False
    if not (lemma in lx.PEOPLE_NOUNS or lemma in lx.OCCUPATIONS or lemma in lx.PERSON_WORDS):
        return False
    kids = list(group.children)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids)
    deps = ("conj", "nummod", "quantmod") if alone else ("nummod", "quantmod")
    return definite and not any(c.dep_ in deps for c in kids)


def along_with(group: Token | None, trigger: Token) -> Token | None:
    """The people one person is freed "along with" / "together with" ("X walked free along with
    13 other prisoners", "along with Bishop Y, 15 priests and two seminarians"): the phrase's
    noun, on the trigger; None without one."""
    if group is None or not one_person(group):
        return None
    withs = [c for c in trigger.children if c.lower_ == "with"] + [
        w for c in trigger.children if c.lower_ == "along" for w in c.children if w.lower_ == "with"
    ]
    for w in withs:
        if w.head.lower_ == "along" or any(c.lower_ == "together" for c in w.children):
            return next((c for c in w.children if c.dep_ == "pobj"), None)
    # a plain "with" and counted people (session 24): "with 102 members of his party"
    for w in withs:
        pobj = next((c for c in w.children if c.dep_ == "pobj"), None)
        if pobj is not None and _counted_people(pobj):
            return pobj
    return None


# Words for the rest of a group ("with 20 others"): people when counted.
OTHERS = frozenset({"other", "others"})


def _counted_people(tok: Token) -> bool:
    """ "102 members of his party", "20 others", "40 of his supporters": a number and a word for
    people (a bare "with" phrase may tell a means: "with the help of Qatar", "with $5,000")."""
    if tok.like_num:  # "40 of his supporters"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return noun is not None and tok.tag_ == "CD" and _people_word(noun)
    return any(c.dep_ == "nummod" for c in tok.children) and _people_word(tok)


def _people_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (
        tok.tag_ in ("NNS", "NNPS")
        and (lemma in lx.PEOPLE_NOUNS or lemma in lx.OCCUPATIONS or lemma in lx.PERSON_WORDS
             or lemma in OTHERS)
    )  # fmt: skip


def conjoined_to_appos(group: Token) -> list[Token]:
    """Counted conjuncts the parser hangs on a name's apposition rather than on the name ("X, the
    opposition leader's husband, and thirteen others": "others" on "husband"; "Y, 15 priests and
    two seminarians": both); never describing nouns with no number ("X, a lawyer and activist")."""
    if any(c.dep_ == "conj" for c in group.children):
        return []
    out: list[Token] = []
    for a in (c for c in group.children if c.dep_ == "appos"):
        counted = [c for c in a.children if c.dep_ == "conj" and _numbered(c)]
        if counted and _numbered(a):  # "Y, 15 priests and two seminarians": a list
            out.append(a)
        out += counted
    return out


def _numbered(tok: Token) -> bool:
    return any(n.dep_ == "nummod" for n in tok.children)


def _is_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON"


def along_with_count(group: Token, trigger: Token) -> Count | None:
    """One person and the people freed "along with" them ("X walked free along with 13 other
    prisoners": 14)."""
    others = along_with(group, trigger)
    told = (coordinated(others) or item_count(others)) if others is not None else None
    if told is None:
        return None
    return Count(told.value + 1, told.qualifier, told.start, told.end)


def item_count(item: Token) -> Count | None:
    """How many one conjunct of a group names: "13 other prisoners" thirteen, a name or "a Briton"
    one."""
    for child in item.children:
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.like_num):
            return people_number(child)
    if item.like_num:
        return people_number(item)
    one = Count(1, CountQualifier.EXACT, item.i, item.i + 1)
    if _is_person(item) or item.tag_ == "NNP" or item.lower_ in ONE_PRONOUNS:
        return one
    if item.tag_ == "NN" and any(c.dep_ == "appos" and _is_person(c) for c in item.children):
        return one  # "the Norwegian pensioner Frode Berg and two Lithuanians"
    if item.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an", "one") for c in item.children):
        return one
    if the_one(item, alone=False):  # "the journalist and 12 other prisoners"
        return one
    return None


def conjoined(items: list[Token]) -> list[Token]:
    """``items`` followed by every conjunct hung below them, in the order found ("185 soldiers
    and 20 civilians": both; "X, Y and 13 others": all three)."""
    items = list(items)
    todo = list(items)
    while todo:
        conj = [c for c in todo.pop().children if c.dep_ == "conj" and c not in items]
        items += conj
        todo += conj
    return items


def coordinated(group: Token) -> Count | None:
    """The sum over a coordinated group ("Siarhei Tsikhanouski and 13 other prisoners" → 14), or
    None when the group is not coordinated or one conjunct gives no number."""
    listed = next((c for c in group.children if c.dep_ == "appos" and _is_person(c)), None)
    if listed is not None and not any(c.dep_ in ("conj", "nummod") for c in group.children):
        group = listed  # "the activist Ihar Barysau and 17 other prisoners"
    items = conjoined([group, *conjoined_to_appos(group)])  # "X, the husband, and 13 others"
    items = [items[0], *(i for i in items[1:] if not state_subject(i))]
    if len(items) < 2:
        return None
    counts = [item_count(i) for i in items]
    names_only = all(
        (_is_person(i) or i.pos_ == "PROPN") and not any(c.dep_ == "nummod" for c in i.children)
        for i in items
    )
    numbered = any(c.dep_ == "nummod" for c in items[0].children)
    members = all(
        _is_person(i) and not any(c.dep_ in ("nummod", "det") for c in i.children)
        for i in items[1:]
    )
    if any(c is None for c in counts) or names_only or (numbered and members and _named(items)):
        return None  # a list of names alone is counted from the names, once they are merged
    if numbered and _listed_after(items):
        return None  # "two Americans, X and Y": the names say who the two are
    known = [c for c in counts if c is not None]
    if len(known) > 2 and known[0].value == sum(c.value for c in known[1:]):
        return known[0]  # "390 people, 270 soldiers and 120 civilians": a breakdown, not more
    qualifier = max((c.qualifier for c in known), key=lambda q: q is not CountQualifier.EXACT)
    return Count(
        sum(c.value for c in known),
        qualifier,
        min(c.start for c in known),
        max(c.end for c in known),
    )


# Entity types of a state's name.
STATE_ENTITIES = frozenset({"GPE", "LOC"})
# Kinds of the gazetteer's entries that name a state whatever entity type NER gives them.
STATE_NAMES = frozenset({"name", "capital"})


def state_subject(item: Token) -> bool:
    """Whether a conjunct is a state opening the next clause, hung on the group by the parser
    ("270 soldiers and 120 civilians, and Ukraine handed back ...", "nine Hondurans and Honduras
    five Salvadorans"), not people ("two Kyrgyz", a name NER takes for a place)."""
    doc = item.doc
    after = doc[item.i + 1] if item.i + 1 < len(doc) else None
    state = item.ent_type_ in STATE_ENTITIES or (  # "32 servicemen and Armenia released": ORG
        item.pos_ == "PROPN" and _state_name(item)
    )
    return (
        state
        and not _numbered(item)
        and after is not None
        and (after.pos_ in ("VERB", "AUX") or after.like_num)  # "and Honduras five Salvadorans"
    )


def _state_name(item: Token) -> bool:
    """Whether a proper noun, with the compound words before it ("Sri Lanka", "the United
    States"), is a state's name or capital in the gazetteer."""
    words = [t.text for t in item.lefts if t.dep_ == "compound"] + [item.text]
    table = place_table()
    return any(
        table.get(" ".join(words[i:]), ("", ""))[1] in STATE_NAMES for i in range(len(words))
    )


def _named(items: list[Token]) -> bool:
    """Whether the names after a numbered group say who its people are ("two Americans, X and
    Y", "the two Americans X and Y"), not people freed besides them ("55 Russian prisoners and
    Viktor Medvedchuk": 56): set off by a comma, or at least as many names as the number."""
    first = items[0]
    number = next((people_number(c) for c in first.children if c.dep_ == "nummod"), None)
    comma = first.i + 1 < len(first.doc) and first.doc[first.i + 1].text == ","
    return comma or number is None or number.value <= len(items) - 1


def _listed_after(items: list[Token]) -> bool:
    """ "two Venezuelans, X and Y": a numbered group set off by a comma and followed only by
    proper names (whatever NER calls them), which list its members rather than add to them."""
    first = items[0]
    doc = first.doc
    comma = first.i + 1 < len(doc) and doc[first.i + 1].text == ","
    return comma and all(
        i.pos_ == "PROPN" and not any(c.dep_ == "nummod" for c in i.children) for i in items[1:]
    )


def a_couple(group: Token) -> Count | None:
    """Two people told as "a couple" ("freed an Israeli couple"), not "a couple of prisoners"."""
    if group.lemma_.lower() != "couple" or group.tag_ != "NN":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in group.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in group.children):
        return None
    return Count(2, CountQualifier.EXACT, group.i, group.i + 1)
