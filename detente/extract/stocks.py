"""Stock estimates: how many people a state still holds, according to whom, as of when.

A stock is a number of people (prisoners, detainees, journalists, "Armenians", "foreign nationals")
that the sentence says are still held: "remain", "still", "behind bars", "are held", "in custody",
or a count by a named source ("Viasna counts 1,150", "put the number at 1,153", "counts them at about
270"). The holding state is the one whose jails, custody or territory the sentence names ("in
Belarusian jails", "in Azerbaijani custody", "in Cuba"), not the nationality of the held people nor
the home of the source ("a Madrid-based group"). ``as_of`` is a time expression of the count's own
clause ("counted 1,137 in September"), never the start of the detention ("held since July 2016").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from spacy.tokens import Token

from detente.extract import counts as counts_mod
from detente.extract import lexicon as lx
from detente.extract import stock_acts as acts
from detente.extract import stock_figures as figures
from detente.extract.doc_memo import token_at, tokens
from detente.extract.mentions import ParsedSentence
from detente.extract.prefilter import Screen
from detente.extract.sources import source_of, source_state
from detente.extract.stock_holders import (
    HELD_NOUNS,
    HOLD_VERBS,
    HOLDING_NOUNS,
    holder,
    nationality,
    remain_verb,
    remains,
    remains_not_held,
)
from detente.extract.stock_holders import default_countries as default_countries
from detente.model import CountQualifier

log = logging.getLogger(__name__)

# An amount as a monitor gives it: "more than 700", "at least a dozen", "1,400", "forty".
_AMOUNT = (
    r"(?:(?:more than|over|at least|some|about|around|roughly|nearly|almost|no fewer than|"
    r"upwards of|a further) )?(?:a )?"
    rf"(?:\d[\d,]*|(?:{counts_mod.NUMBER_PATTERN}|hundred|thousand|dozen)\b)"
)
# Words that keep people held in the sentence's present.
STILL_HELD = re.compile(
    r"\b(?:still|languish\w*|behind bars|in (?:[\w-]+ )?(?:custody|detention|captivity|prisons?|jails?|"
    r"colonies)|still in (?:[\w-]+ )?hands|under arrest|on death row|"
    r"(?:are|is) (?:currently |now |being |(?:believed|thought|said|known) to be |\w+ly )?"
    r"(?:held|detained|jailed|imprisoned|locked up|in prison)|"
    # reported speech: "said 812 people were being held", "were held as political prisoners"
    r"(?:was|were) (?:still |being |currently )(?:held|detained|jailed|imprisoned)|"
    r"(?:was|were) held as political prisoners|recogni[sz]ed as political prisoners|"
    # a monitor's own list: "lists more than 700", "had registered 333", "a list of 350 names"
    rf"(?:lists|listed|registered|recorded|documented|verified|knows? of|knew of|figure of|(?:list|register) of) {_AMOUNT}|"
    # "there are currently more than 1,300 political prisoners in Belarus"
    rf"there (?:are|were) (?:currently |now |still |at present )?{_AMOUNT}|"
    # "recognises 781 political prisoners", "reports more than 1,400 political prisoners"
    rf"recogni[sz](?:es|ed) {_AMOUNT}|reports? {_AMOUNT} (?:\w+ )?(?:political )?prisoners|"
    r"exceeds?|"
    r"count(?:s|ed)?|estimat(?:es?|ed)|tall(?:y|ies)|"
    r"(?:puts?|estimates?|gives?) (?:the|their|its|a) (?:\w+ )?(?:number|figure|total)|"
    rf"(?:holds|held|holding|(?:to|still) hold) {_AMOUNT}|"  # "continues to hold at least three"
    r"(?:number|figure|total|tally) of [\w\s-]{3,40}? (?:stands?|stood) at|holds|"
    r"(?:are|is) serving (?:\w+ ){0,3}sentences?)\b",
    re.IGNORECASE,
)
# Time served by people now out ("after 491 days in captivity", "after years in Iranian prisons"):
# its custody words tell no one still held (case-sensitive, so no prefilter piece is needed).
SPELL_SERVED = re.compile(
    r"\b[Aa]fter (?:(?:nearly|almost|more than|over|some|about|just|a|an|[\d,.]+|\w+) ){0,3}"
    r"(?:days?|weeks?|months?|years?|decades?) (?:in|of|behind) (?:[\w'-]+ ){0,2}"
    r"(?:custody|detention|captivity|prisons?|jails?|bars|colon(?:y|ies)|cells?)\b"
)
# A counting cue alone ("an estimated 300,000 citizens working abroad") is no stock: without a
# "remain" verb, the sentence must also speak of people held.
HELD_WORDS = re.compile(
    r"\b(?:prison\w*|jail\w*|detain\w*|detention|custody|captiv\w*|hostages?|behind bars|held|"
    r"imprison\w*|incarcerat\w*|locked up|hold(?:s|ing)?|serving (?:\w+ ){0,3}sentences?|"
    r"not (?:yet )?(?:been )?(?:released|freed)|under arrest|death row|still in (?:[\w-]+ )?hands)\b",
    re.IGNORECASE,
)
CLAUSE_DEPS = frozenset({"conj", "ccomp", "advcl", "relcl", "acl", "appos", "parataxis"})
SINCE = re.compile(r"\bsince\b[^,;]*$", re.IGNORECASE)
# Verbs that hand people over: their objects leave the holder's custody.
HANDOVER_VERBS = frozenset(
    {"hand", "return", "transfer", "send", "fly", "bring", "drive", "move", "escort", "deport"}
)
# People nouns of the release rules that are no people held when counted ("12 figures", "the
# opposition").
NOT_HELD_PEOPLE = frozenset({"figure", "opposition", "leader", "crew", "couple"})
# Verbs with which people leave custody: "crossed the bridge into Colombia", "walked out", "stepped
# off a jet".
LEAVING_VERBS = frozenset({"cross", "walk", "arrive", "land", "reach", "step"})
# Verbs whose people are no longer held: freed, handed over, or gone.
FREEING_VERBS = lx.RELEASE_VERBS | HANDOVER_VERBS | LEAVING_VERBS
# Words for people that only a stock counts (a release names its group by the lexicon's nouns):
# "180 Crimean residents are imprisoned", "around 100 others remain in prison", "a list of 350
# names", "34 marchers remain in custody".
STOCK_PEOPLE = frozenset(
    {"resident", "other", "name", "marcher", "demonstrator", "christian", "refugee", "miner",
     "herder", "trader", "migrant", "believer", "monk", "nun", "seafarer", "villager",
     "operator", "manager", "staffer", "personnel"}
)  # fmt: skip
# Vague multipliers: "several dozen" is no count.
VAGUE_BEFORE = frozenset({"several", "few", "many"})
# How far up from the people noun the count's own verb may sit.
VERB_REACH = 4


@dataclass
class StockMention:
    """One sentence's estimate of people still held."""

    sent: ParsedSentence
    """Where it is said."""
    count: counts_mod.Count
    """The estimate."""
    country: str | None
    """Holding state, if named in the sentence."""
    source: str | None
    """Who gives the figure."""
    as_of: str | None
    """Date of the figure, if the sentence gives one."""
    nationality: str | None = None
    """The held people's own state ("3,300 Palestinians"), which is not their holder."""
    source_home: str | None = None
    """The state that gives the figure ("Tokyo says", "Indian officials"), which is not their
    holder either when the sentence names none (session 22)."""


# The cues screened at once, each searched by its lower-case twin first.
SCREEN = Screen(lx.STOCK_CUES, STILL_HELD)


def find(ps: ParsedSentence, release_groups: set[int]) -> list[StockMention]:
    """Estimates of people still held in a sentence; ``release_groups`` are tokens already used."""
    text = ps.sentence.text
    seen = SCREEN.read(text)
    if not (seen.search(lx.STOCK_CUES, text) or seen.search(STILL_HELD, text)):
        return []
    if not remain_verb(ps):
        if not seen.search(STILL_HELD, SPELL_SERVED.sub(" ", text)):
            return []  # "returned the remains of 19 soldiers", "after 491 days in captivity"
        if not HELD_WORDS.search(ps.sentence.text):
            return []  # only counted: "an estimated 300,000 of its citizens working abroad"
    found: list[StockMention] = []
    source: str | None = None  # the sentence's, read once at its first stock
    for tok in tokens(ps.doc):
        if tok.i in release_groups:
            continue
        count = (
            _count(tok) if _held_noun(ps, tok) else _subject_number(tok) or figures.held_figure(tok)
        )
        if count is None or count.value < _least(tok, count) or not _still_held(ps, tok):
            continue
        count = figures.lower_of_range(count, ps.doc)  # "150 to 200 remain": 150, at least
        if vague_multiple(tok, count) or _no_longer_held(tok) or _whole_of_a_part(tok):
            continue
        if any(f.count.value == count.value for f in found):
            continue  # one number read twice ("put the number of prisoners at 1,150")
        if found and not _another_group(tok, count):
            continue  # "812 political prisoners, including 64 foreigners": a part of the figure
        if not found:
            source = source_of(ps)
        country = holder(ps, tok, source)
        found.append(
            StockMention(
                ps,
                count,
                country,
                source,
                as_of_clause(ps, tok),
                nationality(ps, tok),
                source_state(ps, source),
            )
        )
    return found


def _another_group(tok: Token, count: counts_mod.Count) -> bool:
    """Whether a second count of a sentence is a group of its own that its clause holds ("India
    holds 81 Pakistani fishermen"), not a part of the first ("including 64 foreigners")."""
    before = tok.doc[max(0, count.start - 4) : count.start]
    if any(t.lower_ in ("including", "among", "of") for t in before):
        return False
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return _held_clause(tok)


def _whole_of_a_part(noun: Token) -> bool:
    """The whole of a part told as still held, fronted on the part's verb ("of 17 citizens
    detained since 2015, five are still held"): the part is the stock, not the whole."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    return (
        verb.pos_ in ("VERB", "AUX")
        and noun.head.i < verb.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.like_num for c in verb.children)
    )


def _subject_number(tok: Token) -> counts_mod.Count | None:
    """A number that is itself the subject of a held verb: "more than 19,000 remain in
    detention", "five of them are still held"."""
    if not tok.like_num:
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in MONITOR_VERBS:
        # "Estimates of how many political prisoners remain vary; Foro Penal counts 270."
        if any(_held_noun_of(t) for t in tok.doc[: tok.i]):
            return counts_mod.read_count(tok)
        return None
    # "at least two more remain behind bars": the parser may hang the number on the verb
    more = any(c.lower_ in ONE_MORE for c in tok.children)
    if tok.dep_ not in ("nsubj", "nsubjpass") and not (more and tok.dep_ == "nummod"):
        return None
    of_them = any(c.lower_ == "of" for c in tok.children)
    # "the six remain", "the other 43 remain", "two more remain": a group told of before
    told = more or any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
    # "Of the 40 fishermen held in Indian jails, 12 remain in custody": "of" fronted on the verb
    told = told or any(c.lower_ == "of" and c.i < tok.i for c in tok.head.children)
    if not (of_them or told) and not any(_held_noun_of(t) for t in tok.doc[: tok.i]):
        return None  # "three remain in custody" with nobody counted before: no estimate
    verb = tok.head
    still = any(c.lower_ == "still" for c in verb.children)
    if not (remains(verb) or (still and verb.lemma_.lower() in HOLD_VERBS)):
        return None
    if told and remains(verb) and not _held_there(verb):
        return None  # "the six remain hopeful": held only where the verb says where
    return counts_mod.read_count(tok)


def _since(tok: Token, verb: Token) -> bool:
    """A "since" of the verb's own clause: "since 2019", "since the strikes began"."""
    if tok.lower_ != "since":
        return False
    return tok.head == verb or (tok.dep_ == "mark" and tok.head.head == verb)


def _held_noun_of(tok: Token) -> bool:
    """A people noun by its word alone ("people", "prisoners")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in HELD_NOUNS


def _least(tok: Token, count: counts_mod.Count) -> int:
    """The smallest count that is a stock: two, or one for "at least one other national", "one
    more French national" (one of a group told before, still held), unless the sentence names
    them: a named person held is a case, not an estimate."""
    doc = tok.doc
    after = doc[count.end] if count.end < len(doc) else None
    other = any(c.lower_ in ONE_MORE for c in tok.children) or (
        after is not None and after.lower_ in ONE_MORE
    )
    named = any(c.dep_ == "appos" for c in tok.children)  # "one more American, X Y, is held"
    return 1 if other and not named else 2


# "one other", "one more", "one further": a single person still held, beside those freed.
ONE_MORE = frozenset({"other", "more", "further", "additional"})


def vague_multiple(tok: Token, count: counts_mod.Count) -> bool:
    """ "several dozen more Moroccans": a multiplier of a vague amount is no count."""
    doc = tok.doc
    if count.end < len(doc) and doc[count.end].lower_ == "times":
        return True  # "hold about three times as many inmates": a ratio
    return count.start > 0 and doc[count.start - 1].lower_ in VAGUE_BEFORE


def _no_longer_held(tok: Token) -> bool:
    """A cumulative or past count, not people still held: "1,900 have been jailed since 2019",
    "six Americans who had been held in Venezuelan prisons"."""
    verbs = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    verbs += [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    for verb in verbs:
        kids = list(verb.children)
        if any(c.lower_ in ("still", "remain", "remains") for c in kids) or remains(verb):
            continue
        lemma = verb.lemma_.lower()
        if any(c.lower_ == "had" and c.dep_ == "aux" for c in kids) and lemma not in MONITOR_VERBS:
            return True  # past perfect: held before the act the article tells of
        if lemma in STATE_VERBS:
            continue  # "have been held since 2001": held all along, and still
        if any(_since(c, verb) for c in verb.subtree) and any(
            c.lower_ in ("have", "has") and c.dep_ == "aux" for c in kids
        ):
            return True  # present perfect with "since": everyone ever arrested
    return False


def _held_noun(ps: ParsedSentence, tok: Token) -> bool:
    """A noun for people: prisoners, detainees, nationals, or a plural demonym ("23 Armenians")."""
    if tok.lemma_.lower() in HELD_NOUNS or tok.lower_.removesuffix("s") in HELD_NOUNS:
        return True
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _people_word(tok):
        return _held_clause(tok)  # "170 Indian fishermen are still held", "45 supporters remain"
    if tok.tag_ == "NNPS" and _counted(tok) and _held_clause(tok):
        return True  # a people the gazetteer does not know: "20 Karakalpaks are still held"
    # "forty Timorese", "one other American" (which the tagger may take for an adjective)
    plural = tok.tag_ in ("NNPS", "NNS") or (tok.tag_ in ("NNP", "JJ") and _counted(tok))
    return plural and any(  # "forty Timorese remain", whose plural the tagger takes for a name
        p.kind == "demonym" and p.span.start <= tok.i < p.span.end for p in ps.places
    )


def _counted(tok: Token) -> bool:
    """A noun with a number of its own ("forty Timorese", "20 Karakalpaks")."""
    return any(c.dep_ == "nummod" and c.like_num for c in tok.children)


def _people_word(tok: Token) -> bool:
    """A plural word for people of any kind (lexicon.PEOPLE_NOUNS, OCCUPATIONS): "fishermen",
    "protesters", "crew members", "employees"."""
    lemma = tok.lemma_.lower()
    known = lemma in lx.PEOPLE_NOUNS or lemma in lx.OCCUPATIONS or lemma in STOCK_PEOPLE
    return known and lemma not in NOT_HELD_PEOPLE


def _held_clause(noun: Token) -> bool:
    """Whether the noun's own clause holds them: the subject of a held verb ("are still held",
    "remain in custody", "are behind bars") or the object of "hold" ("still holds forty")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        owner = noun.head.head
        if owner.lemma_.lower() in lx.FIGURE_NOUNS:
            return True  # "the number of fishermen held in Indian jails": the figure decides
        if owner.like_num:
            noun = owner  # "four of the company's employees were still in custody"
    verb = noun.head
    if noun.dep_ == "dobj":
        return verb.lemma_.lower() in ("hold", "keep")
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    kids = list(verb.children)
    if noun.dep_ == "nsubjpass" or verb.lemma_.lower() == "be":
        if verb.lemma_.lower() in HOLD_VERBS or any(k.lemma_.lower() in HOLD_VERBS for k in kids):
            return True  # "are held", "are believed to be imprisoned"
    if remains(verb):  # "remain in custody", "remain imprisoned", not "remain at home"
        return _held_there(verb)
    return verb.lemma_.lower() == "be" and _holding_place(kids)


def _held_there(verb: Token) -> bool:
    """Whether a verb's own words hold its people: a holding place or a holding verb among its
    children ("remain in custody", "remain imprisoned"; not "remain hopeful", "remain at home")."""
    kids = list(verb.children)
    return _holding_place(kids) or any(k.lemma_.lower() in HOLD_VERBS for k in kids)


def _holding_place(kids: list[Token]) -> bool:
    """ "in custody", "in Malaysian prisons", "behind bars" among a verb's children."""
    for prep in kids:
        if prep.dep_ == "prep" and prep.lower_ in HOLDING_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lemma_.lower() not in HOLDING_PREPS[prep.lower_]:
                continue
            if obj.lemma_.lower() == "hand" and not any(k.lower_ == "still" for k in kids):
                continue  # "are now in Israeli hands" is home; "still in Russian hands" is held
            return True
    return False


# Prepositional phrases that hold people: "in custody", "behind bars", "in Russian hands", "under
# arrest", "on death row".
HOLDING_PREPS = {
    "in": HOLDING_NOUNS | {"hand"},
    "behind": frozenset({"bars", "bar"}),
    "under": frozenset({"arrest"}),
    "on": frozenset({"row"}),
}


def _count(noun: Token) -> counts_mod.Count | None:
    """The number of a people noun: its numeral, "N of them", or "put the number of X at N"."""
    nums = [c for c in noun.children if c.dep_ in ("nummod", "quantmod") or c.like_num]
    # a numeral the parser hung on a modifier: "about thirty Thai crew members"
    nums += [g for c in noun.lefts if c.dep_ == "compound" for g in c.lefts if g.pos_ == "NUM"]
    # "at least eight more US citizens": the numeral hangs on "more"
    more = [c for c in noun.lefts if c.lower_ == "more"]
    edge = noun.left_edge.i
    if edge > 0 and noun.doc[edge - 1].lower_ == "more":
        more.append(noun.doc[edge - 1])  # the parser may hang "more" on the verb
    nums += [g for c in more for g in c.children if g.like_num]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        nums.append(noun.head.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "more":
        nums += [g for g in noun.head.head.children if g.like_num]  # "eight more of its citizens"
    for num in nums:
        count = counts_mod.read_count(num) or figures.range_read(num)  # "between 150 and 200"
        if count is not None:
            return count
    figure = figures.figure_number(noun)
    count = counts_mod.read_count(figure) if figure is not None else None
    if count is not None and figure is not None and figure.head.lemma_.lower() in figures.EXCEED:
        return replace(count, qualifier=CountQualifier.AT_LEAST)  # "exceeds 700": more than
    return count


# A monitor's counting verbs: "said it had registered 333" is reported speech, not an old count.
# A monitor's list of people held ("a list of 350 political prisoners").
LIST_NOUNS = frozenset({"list", "register", "database", "roster"})
MONITOR_VERBS = frozenset({"register", "count", "record", "list", "document", "tally"})
# Verbs of a state that lasts: "have been held since 2001" says they still are.
STATE_VERBS = frozenset({"hold", "keep"})


def _still_held(ps: ParsedSentence, noun: Token) -> bool:
    """Whether the sentence says these people remain held (not that they were freed)."""
    head = noun.head
    if any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in acts.DEATH_VERBS for c in noun.children
    ):
        return False  # "six people who have died in custody", "prisoners killed in a riot"
    if acts.jailed_then(noun) or acts.jailed_so_far(noun) or acts.capacity(noun):
        return False
    if acts.freed_told(noun):  # "its 16 remaining crew members, who were freed by Iran"
        return False
    if acts.kept_from_leaving(noun) or acts.held_abroad(noun) or acts.former(noun):
        return False  # "barred from leaving China", "three former prisoners"
    if remains_not_held(noun):  # "remain unaccounted for" (session 25)
        return False
    if remains(head) or noun.dep_ == "attr" or figures.figure_number(noun) is not None:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in LIST_NOUNS:
        # "keep a list of more than 300 political prisoners": a monitor's count, not a list of
        # people to free ("a list of twenty detainees agreed for release")
        return not any(_freeing(t) for t in head.head.head.subtree)
    freed_here = head.lemma_.lower() in FREEING_VERBS
    if noun.dep_ in ("nsubj", "nsubjpass") and not freed_here and _held_clause(noun):
        return True  # "20 prisoners linked to the movement are still in custody"
    if _told_otherwise(noun) or acts.newly_jailed(noun):
        return False
    freed = any(
        verb.lemma_.lower() in FREEING_VERBS and not any(c.dep_ == "neg" for c in verb.children)
        for verb in list(noun.ancestors)[:2]
    )
    # "expected four more hostages to be released": freed in the verb's own complement
    freed = freed or any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lx.RELEASE_VERBS for c in head.children
    )
    if head.lemma_.lower() == "hold" and head.tag_ == "VBD" and head.dep_ not in ("ccomp", "acl"):
        return False  # "Mali held 46 soldiers for six months": told, not a count of today
    return not freed and not acts.acted_on(noun)


def _freeing(tok: Token) -> bool:
    """A word of freeing: a release verb, or the noun "release"."""
    return tok.lemma_.lower() in FREEING_VERBS or tok.lemma_.lower() == "release"


def _told_otherwise(noun: Token) -> bool:
    """People the sentence tells something else about: a participle of another verb ("4,200
    people killed", "two people walking past"), or an "of" phrase of another noun ("the rights of
    two citizens", "the families of 30 hostages")."""
    if any(c.dep_ == "acl" and c.lemma_.lower() not in HOLD_VERBS for c in noun.children):
        return True
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return (
        owner is not None
        and owner.pos_ == "NOUN"
        and owner.lemma_.lower() not in lx.FIGURE_NOUNS | HOLDING_NOUNS | PEOPLE_OWNERS
    )


# Nouns whose "of" phrase is the people themselves: "a group of about 40 Ethiopians held in Sudan",
# "records of more than 10,000 Ukrainians whom Russia still holds".
PEOPLE_OWNERS = frozenset({"group", "record", "batch"})


def as_of_clause(ps: ParsedSentence, noun: Token) -> str | None:
    """A time expression in the count's own clause, not a "since" phrase."""
    verb = next(
        (a for a in list(noun.ancestors)[:VERB_REACH] if a.pos_ in ("VERB", "AUX")), noun.head
    )
    for t in ps.times:
        tok = token_at(ps.doc, t.start)
        if tok is None or SINCE.search(ps.sentence.text[: t.start]):
            continue
        path = [tok, *tok.ancestors]
        if verb not in path:
            continue
        between = path[: path.index(verb)]
        if not any(a.dep_ in CLAUSE_DEPS for a in between):
            return t.value
    return figures.said_month(ps, verb)  # "Viasna said this month that 1,100 remain"
