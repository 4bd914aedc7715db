"""What the nouns describing named freed people say of them: their category and nationality.

The first describing noun decides (docs/annotation.md, session 14): a journalist or activist noun
("X, an Australian journalist"), a citizen noun ("X, a US citizen"), a nationality used as the noun
("the American X") make their category; a trade ("the German medic X", "the former US Marine X") is
``other`` whatever its nationality.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import lexicon as lx
from detente.extract.count_lists import conjoined
from detente.extract.mentions import ParsedSentence, in_place, is_demonym
from detente.extract.person_names import RELATIVES, clean_name
from detente.model import Category


def person_category(ps: ParsedSentence, names: list[str], actor: str | None) -> Category | None:
    """Category of named freed people from the nouns describing them, the first describing noun
    deciding (session 14): a journalist or activist noun ("X, an Australian journalist", "the
    blogger X"); a citizen noun ("X, a US citizen"); a nationality used as the noun ("the
    American X", "X, an Iranian"), when not the actor's; a trade ("the German medic X", "X, a
    teacher") is ``other`` whatever its nationality; else a nationality the descriptions give,
    other than the actor's, makes them foreigners (when the actor is known; see
    :func:`person_nationality`)."""
    deciding = _deciding(ps, names, actor)
    if deciding is not None:
        return deciding[1]
    home = person_nationality(ps, names)
    return Category.FOREIGN_NATIONALS if home is not None and actor and home != actor else None


def kin_described(ps: ParsedSentence, names: list[str], actor: str | None) -> bool:
    """Whether the noun that decides the named people's category is a kinship noun ("X, the son
    of the deposed president"): a weak description, which any other in the article overrides
    (session 22)."""
    deciding = _deciding(ps, names, actor)
    return deciding is not None and deciding[0].lemma_.lower() in lx.KIN_NOUNS


def kin_or_office(
    head: Token, ps: ParsedSentence, names: list[str], actor: str | None
) -> Category | None:
    """The category of a freed group headed by a kinship or office noun: kin ("two nephews of
    the first lady") is ``other`` unless another noun describes the named ("his sister, the
    activist X", session 23); office-holders of a government removed by force ("four ministers
    of the deposed government") are political prisoners (session 23); None for other
    office-holders (the head-noun rule decides)."""
    if deposed_office(head, ps):
        return Category.POLITICAL_PRISONERS
    if head.lemma_.lower() not in lx.KIN_NOUNS:
        return None
    deciding = _deciding(ps, names, actor)
    if deciding is None or deciding[0].lemma_.lower() in lx.KIN_NOUNS:
        return Category.OTHER
    return deciding[1]


def _deciding(
    ps: ParsedSentence, names: list[str], actor: str | None
) -> tuple[Token, Category] | None:
    """The first noun describing the named people that settles a category, with that category; a
    kinship noun only when no other noun settles one ("whose sister, the activist X" → the
    activist, session 23)."""
    kin: tuple[Token, Category] | None = None
    for ent in _named(ps, names):
        nouns = _describing(ent, sorted(set(_descriptions(ent, ps)), key=lambda t: t.i))
        for noun in nouns:
            cat = _noun_category(noun, nouns, ps, actor)
            if cat is None:
                continue
            if noun.lemma_.lower() not in lx.KIN_NOUNS:
                return noun, cat
            kin = kin or (noun, cat)
    return kin


def _describing(ent: Span, nouns: list[Token]) -> list[Token]:
    """The nouns that describe the name itself, in text order: in apposition to it, heading it
    ("the activist X", "the American X") or joined to such a noun; not the words that modify those
    ("rights" of "the women's rights activist X") nor nouns that merely precede the name ("in
    exchange for X")."""
    span = range(ent.start, ent.end)
    kept = [n for n in nouns if n.i in span or n.head.i in span or n.i == ent.root.head.i]
    joined = [  # "a US citizen and art teacher": "citizen" under "teacher"
        n for n in nouns if n.head in kept and any(c.dep_ == "cc" for c in n.children)
    ]
    return sorted(set(kept + joined), key=lambda t: t.i)


def _noun_category(
    noun: Token, nouns: list[Token], ps: ParsedSentence, actor: str | None
) -> Category | None:
    """The category one noun describing a named person gives, if it settles one."""
    if is_demonym(noun, ps):
        if noun.dep_ in ("amod", "compound") and (
            (noun.head in nouns and noun.head.i != noun.i) or _next_in(noun, nouns)
        ):
            return None  # an adjective of the noun it describes ("the American pastor X")
        home = _nationality(noun, ps)
        return Category.FOREIGN_NATIONALS if home and actor and home != actor else None
    if noun.lower_ in lx.RIGHTS_WORDS:
        return None  # the modifier of the trade that follows ("the human rights lawyer X")
    if deposed_office(noun, ps):
        return Category.POLITICAL_PRISONERS  # "the deposed minister X" (session 23)
    if noun.lemma_.lower() in lx.KIN_NOUNS and noun.pos_ == "NOUN":
        return Category.OTHER  # "X, the son of the deposed president" (session 22)
    cat = lx.PEOPLE_NOUNS.get(noun.lemma_.lower())
    if cat in (Category.JOURNALISTS, Category.POLITICAL_PRISONERS):
        return cat
    if _political_modifier(noun):
        return Category.POLITICAL_PRISONERS  # "X, an opposition politician" (sessions 15, 25)
    if _for_rights(noun) and is_trade(noun, cat, ps):
        return Category.POLITICAL_PRISONERS  # "X, a human rights lawyer" (session 21)
    if cat is Category.FOREIGN_NATIONALS:
        dual = any(  # "X, a dual US-Russian citizen"
            lx.CATEGORY_MODIFIERS.get(c.lemma_.lower()) is Category.FOREIGN_NATIONALS
            for c in noun.children
        )
        return cat if dual or _foreign(noun, ps, actor) else None
    return Category.OTHER if is_trade(noun, cat, ps) else None


def apposed_category(head: Token, ps: ParsedSentence, actor: str | None) -> Category | None:
    """The category the nouns in apposition to a plain group noun give it ("two men, a Belarusian
    and a Russian", "four people: a journalist, ..."): "men" and "people" are no group nouns of
    their own, the noun each was first given decides (session 26). The first that settles one.
    Not parts of the group ("215 people, among them 188 defenders"; "56 people: X and 55
    servicemen", a total followed by its parts keeps its noun, session 22)."""
    told = [c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    nouns = sorted(conjoined(told), key=lambda t: t.i)
    if not any(_of_people(n, ps) for n in nouns):
        return None  # "188 people linked to the protests - a gesture that ...": no description
    between = {t.lower_ for t in head.doc[head.i + 1 : nouns[0].i]} if nouns else set()
    listed = [t for a in told for t in a.subtree if t.dep_ in ("appos", "conj")] + nouns
    if between & PART_WORDS or any(_counted(n) for n in listed):
        return None
    for noun in nouns:
        cat = _noun_category(noun, nouns, ps, actor)
        if cat is not None:
            return cat
    return None


# Words that introduce a part of a group rather than its members' description ("among them").
PART_WORDS = frozenset({"among", "including", "include", "includes", "whom", "such", "like"})


def _of_people(noun: Token, ps: ParsedSentence) -> bool:
    """A word that can describe a person: a people, trade or kin noun, a nationality or a name."""
    lemma = noun.lemma_.lower()
    people = lx.PEOPLE_NOUNS.keys() | lx.OCCUPATIONS | lx.PERSON_WORDS
    return lemma in people or is_demonym(noun, ps) or noun.ent_type_ in ("NORP", "PERSON")


def _counted(noun: Token) -> bool:
    """A noun given a number of its own ("55 servicemen", "two of them"), not "a"/"an"."""
    return any(c.dep_ == "nummod" or (c.like_num and c.dep_ != "det") for c in noun.children)


def deposed_office(noun: Token, ps: ParsedSentence) -> bool:
    """An office noun ("minister", "president") in a sentence that tells its holders' government
    removed by force ("the deposed telecommunications minister X", "ministers of the government
    toppled in the coup"): freed by those who removed them, political prisoners (session 23). An
    official freed from an ordinary prosecution ("the former finance minister X, on bail in a
    fraud case") keeps the head-noun rule."""
    if noun.lemma_.lower() not in lx.OFFICE_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.lower_ in lx.DEPOSED_WORDS for t in ps.doc)


# Modifiers that make a trade noun describe a political prisoner ("an opposition politician").
OPPOSITION_WORDS = frozenset({"opposition"})


def _political_modifier(noun: Token) -> bool:
    """A trade noun that an opposition modifier makes political ("X, an opposition politician"):
    "politician" alone is a trade (session 25), "opposition politician"
    describes a political prisoner (session 15). Office nouns keep session 23's rule ("the
    opposition lawmaker X" is political only when freed by those who removed his government)."""
    if noun.lemma_.lower() in lx.OFFICE_NOUNS:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in OPPOSITION_WORDS
        for c in noun.children
    )  # not "a political scientist": a "political" adjective makes no political prisoner


def _for_rights(noun: Token) -> bool:
    """A trade practised for rights ("a human rights lawyer", "a rights defender"): political,
    like activist or dissident (session 21)."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None  # "the human rights lawyer X": all
    # three words may hang on the name
    return (before is not None and before.lower_ in lx.RIGHTS_WORDS) or any(
        c.dep_ in ("compound", "amod") and c.lower_ in lx.RIGHTS_WORDS for c in noun.children
    )


def _next_in(noun: Token, nouns: list[Token]) -> bool:
    """Whether the word right after a nationality is a describing noun, which the parser may hang
    on the name instead ("the Polish academic X": "Polish" and "academic" both on "X")."""
    return any(n.i == noun.i + 1 for n in nouns)


def traded_category(ps: ParsedSentence, names: list[str], actor: str | None) -> Category:
    """Category of named people a state frees on the other side of a trade: by the nouns that
    describe them ("X, the Russian arms dealer" → ``other``), else foreigners sent home."""
    return person_category(ps, names, actor) or Category.FOREIGN_NATIONALS


def _foreign(noun: Token, ps: ParsedSentence, actor: str | None) -> bool:
    """A citizen noun whose country is not the freeing state's ("a US citizen", "a British
    national" freed by Iran), when both are known."""
    home = _nationality(noun, ps)
    return home is not None and actor is not None and home != actor


def is_trade(noun: Token, cat: Category | None, ps: ParsedSentence) -> bool:
    """Whether a noun describing a named person is a trade or role ("engineer", "basketball
    star", "diplomat"): a common noun that is no people noun of a category of its own, no plain
    word for a person and no nationality ("the American X")."""
    if cat is Category.OTHER or noun.lemma_.lower() in lx.OCCUPATIONS:
        return True
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or cat is not None or lemma in lx.PLAIN_PEOPLE or lemma in RELATIVES:
        return False
    if lemma in lx.DETAINEE_STATUS_NOUNS:  # "X, a civilian": a status, not a trade (session 21)
        return False
    return not in_place(ps, noun)


def person_nationality(ps: ParsedSentence, names: list[str]) -> str | None:
    """The country the descriptions of named people give them ("a German medic", "X, a US
    citizen", "the American basketball star X"), when they give one."""
    for ent in _named(ps, names):
        for noun in _descriptions(ent, ps):
            home = _nationality(noun, ps)
            if home is not None:
                return home
    return None


def _named(ps: ParsedSentence, names: list[str]) -> list[Span]:
    """The spans of the named freed, whatever NER labels them ("Ksenia Karelina" as a GPE), or
    where it labels them not at all ("the former US Marine Trevor Reed")."""
    found = [
        e
        for e in ps.doc.ents
        if clean_name(e) in names or any(clean_name(e).endswith(f" {n}") for n in names)
    ]  # "the American Graham Lockwood" taken whole by NER
    told = " ".join(clean_name(e) for e in found)
    for name in names:
        at = ps.doc.text.find(name) if name not in told else -1
        span = ps.doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
        if span is not None:
            found.append(span)
    return found


def _descriptions(ent: Span, ps: ParsedSentence) -> list[Token]:
    """Nouns in apposition to a name or right before it ("the reporter X", "X, a medic"), and
    nationalities used as such a noun ("X, an Iranian", "the American X")."""
    root = ent.root
    demonyms = {p.span.start for p in ps.places if p.kind == "demonym"}
    nouns = [
        c
        for c in root.children
        if c.dep_ == "appos"
        and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON") or c.i in demonyms)
    ]  # "a US Marine", "an Iranian"
    # the first of two joined nouns, which the parser hangs on the second ("a US citizen and art
    # teacher": "citizen" under "teacher") comes first
    nouns = [d for n in nouns for d in (*_joined_before(n), n)]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    doc = ent.doc
    nouns += [  # a trade tagged as an adjective or a name ("the Polish academic X", "US Marine X")
        t
        for t in doc[max(0, ent.start - 3) : ent.start]
        if t.pos_ == "NOUN" or t.i in demonyms or t.lower_ in lx.OCCUPATIONS or _political(t)
    ]
    return nouns + [t for t in ent if t.i in demonyms]  # inside the entity: "the American X"


def _political(tok: Token) -> bool:
    """A journalist or activist noun the tagger read as an adjective ("the dissident X")."""
    cat = lx.PEOPLE_NOUNS.get(tok.lower_)
    return (
        cat in (Category.JOURNALISTS, Category.POLITICAL_PRISONERS) and tok.lower_ != "opposition"
    )


def _joined_before(noun: Token) -> list[Token]:
    """Nouns joined to a noun before it but parsed as its modifiers ("citizen" of "a US citizen
    and art teacher")."""
    return [
        c
        for c in noun.children
        if c.i < noun.i
        and c.dep_ in ("nmod", "compound")
        and c.pos_ == "NOUN"
        and any(g.dep_ == "cc" for g in c.children)
    ]


def noun_nationality(noun: Token, ps: ParsedSentence) -> str | None:
    """The nationality a describing noun carries (:func:`_nationality`)."""
    return _nationality(noun, ps)


def _nationality(noun: Token, ps: ParsedSentence) -> str | None:
    """The nationality a describing noun carries: a demonym on it ("a German medic"), or a country
    on a citizen noun ("a US citizen")."""
    near = [c for c in noun.children if c.dep_ in ("amod", "compound", "npadvmod", "nmod")]
    ids = {noun.i} | {c.i for c in near} | {g.i for c in near for g in c.children}
    citizen = lx.PEOPLE_NOUNS.get(noun.lemma_.lower()) is Category.FOREIGN_NATIONALS
    kinds = ("demonym", "name") if citizen else ("demonym",)
    for p in ps.places:
        # a country name modifying the noun is a nationality too ("a US veteran")
        named = p.kind == "name" and p.span.root.dep_ == "compound" and p.span.root.head == noun
        if (p.kind in kinds or named) and p.span.start in ids and p.code not in ("EU", "UN"):
            if not _birthplace(p.span.end, ps):
                return p.code
    return None


def _birthplace(end: int, ps: ParsedSentence) -> bool:
    """Whether a nationality word tells only where someone was born ("a Chinese-born American
    student", "the Colombian-born businessman"): not the country they belong to."""
    after = [t.lower_ for t in ps.doc[end : end + 2]]
    return after[:1] == ["born"] or after == ["-", "born"]


# Verbs that tell what someone holds a group to be ("53 people Washington regarded as political
# prisoners", "whom rights groups consider political prisoners").
REGARD_VERBS = frozenset(
    {"regard", "consider", "deem", "describe", "call", "class", "classify", "label", "recognise",
     "recognize", "term", "brand"}
)  # fmt: skip


def modifier_told(noun: Token) -> Category | None:
    """The category a people noun's own modifier or "of" phrase gives it ("political prisoners",
    "prisoners of conscience"), else None."""
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    for w in [*noun.children, *of]:
        told = lx.modifier_category(w.lemma_.lower(), w.lower_)
        if told is not None and w.dep_ in ("amod", "compound", "nmod", "pobj"):
            return told
    return None


def regarded_as(head: Token) -> Category | None:
    """The category a clause on the freed group's noun gives it by what someone regards them as
    ("53 people Washington regarded as political prisoners", "people described by the opposition
    as prisoners of conscience", session 25): the people noun that clause names, with its
    modifiers, decides, as if it were the group's own."""
    for verb in head.children:
        if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in REGARD_VERBS:
            continue
        for noun in verb.subtree:
            cat = lx.PEOPLE_NOUNS.get(noun.lemma_.lower())
            if noun.i == head.i or noun.pos_ != "NOUN" or cat is None:
                continue
            if noun.dep_ not in ("pobj", "dobj", "oprd", "attr", "xcomp", "ccomp"):
                continue
            return modifier_told(noun) or cat
    return None


def others_noun(head: Token | None) -> Token | None:
    """The noun of the rest of a group told after named people or a pronoun ("freed them and
    eight other civilians", "X and Y and 13 other prisoners"), else ``head``: that group noun
    gives the category of all told (session 25), whatever describes the named. A counted head
    keeps its own noun ("five executives and two other Americans": two groups)."""
    if head is None or any(c.dep_ == "nummod" for c in head.children):
        return head
    # on the name or its describing noun: "the journalist X and eight other civilians", "X, an
    # activist, and 13 other prisoners"
    told = [c for c in head.children if c.dep_ == "appos"]
    for item in conjoined([head, *told])[1 + len(told) :]:
        lemma = item.lemma_.lower()
        people = lemma in lx.PEOPLE_NOUNS or lemma in lx.DETAINEE_STATUS_NOUNS
        if (
            item.pos_ == "NOUN"
            and people
            and any(c.dep_ == "amod" and c.lower_ == "other" for c in item.children)
        ):
            return item
    return head
