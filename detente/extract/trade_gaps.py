"""Trade gaps: what a trade sentence leaves unsaid about its other side, read by :mod:`implied`.

"103 Ukrainian defenders were exchanged for the same number of Russian troops": a passive trade
verb names neither holder, but each people's own state held the other's (:func:`passive_home`).
A name traded for belongs to the nation its apposition or the noun it stands beside gives ("the
Russian pilot X": :func:`described_home`). Troops with a nationality are a traded group, although
the lexicon keeps "troops" out of its people nouns (troops act: :func:`traded_people`). "Russia
freed X in exchange for Y, the arms dealer": nothing in the sentence says who held Y; the release
is the act of the state the article tells Russia trading with in its other trades, settled by
``fill`` once those have their actors (:func:`paired_side`; none when the article pairs Russia
with no one or with two states alike, so a venue or a speaker's country is never taken).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import groups
from detente.extract.destinations import demonym_of
from detente.extract.home_sides import GOT_BACK_NOUNS
from detente.extract.mentions import PARTY_PAIRED, Mention, ParsedSentence
from detente.model import Category, EventType


def passive_subject(trigger: Token) -> Token | None:
    """The people a passive trade verb frees ("103 Ukrainian defenders were exchanged for ...":
    their own state held the people they were traded for)."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    return next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)


def passive_home(m: Mention) -> str | None:
    """recall: the country of the people a passive trade verb frees ("103 Ukrainian defenders
    were exchanged for ..."), which ``m.nationality`` leaves unset for status nouns."""
    group = passive_subject(m.trigger)
    if group is None:
        return None
    return demonym_of(groups.people_head(group), m.sent) or described_home(group, m.sent)


def described_home(name: Token, ps: ParsedSentence) -> str | None:
    """The nationality an apposition gives a name ("X, a Kazakh national"); of a dual one, the
    first ("X, a Russian-German national": Russian); recall: or the noun before the name ("the
    Russian arms dealer X", "the Russian crypto figure X")."""
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":  # "the Russian pilot X" (appos)
        code = dual_first(name.head, ps) or demonym_of(name.head, ps)
        if code is not None:
            return code
    return next(
        (
            dual_first(a, ps) or c
            for a in name.children
            if a.dep_ == "appos" and (c := demonym_of(a, ps)) is not None
        ),
        None,
    ) or next(
        (
            c
            for a in name.children
            if a.dep_ == "compound" and a.pos_ == "NOUN" and a.i < name.i
            if (c := demonym_of(a, ps)) is not None
        ),
        None,
    )


def dual_first(noun: Token, ps: ParsedSentence) -> str | None:
    """The first nationality of a hyphened pair on a noun ("a Russian-German national", "a
    French-Iranian researcher"), which the parse hangs on the second."""
    for c in noun.children:
        if c.dep_ == "amod" and c.i >= 2 and ps.doc[c.i - 1].text == "-":
            first = ps.doc[c.i - 2]
            found = [p.code for p in ps.places if p.kind == "demonym" and p.span.end == first.i + 1]
            if found:
                return found[0]
    return None


def traded_people(group: Token, head: Token, ps: ParsedSentence) -> bool:
    """A traded group of people, troops with a nationality too ("for the same number of Russian
    troops"); not troops of no nation, nor things ("the same number of sheep")."""
    if groups.is_people(group, ps):
        return True
    return head.lemma_.lower() in GOT_BACK_NOUNS and demonym_of(head, ps) is not None


def paired_side(m: Mention, names: list[Span], category: Category | None) -> Mention:
    """The release of the named people ``m`` was traded for when nothing in the sentence says
    who held them or where they belong: actorless, ``party`` paired with ``m``'s actor."""
    return Mention(
        EventType.RELEASE,
        m.sent,
        m.trigger,
        persons=[n.text for n in names],
        category=category,
        date=m.date,
        co_actors=[m.actor] if m.actor is not None else [],
        party=PARTY_PAIRED,
    )
