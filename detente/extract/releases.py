"""Release mentions: who freed how many of whom, named, where to, when.

``find`` locates release triggers whose object is people and whose modality is asserted;
``annotate`` fills a mention's fields from the parse around the trigger.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.extract import counts as counts_mod
from detente.extract import lexicon as lx
from detente.extract.gazetteer import Gazetteer
from detente.extract.mentions import (
    Mention,
    ParsedSentence,
    actors_from,
    agent_of,
    is_person,
    nearest_time,
    or_unknown,
    subject_of,
)
from detente.extract.modality import classify
from detente.model import Category, EventType, Modality

PRONOUNS = frozenset(
    {
        "them",
        "they",
        "he",
        "she",
        "him",
        "her",
        "those",
        "all",
        "others",
        "who",
        "each",
        "some",
        "both",
        "it",
        "whom",
        "which",
        "these",
        "rest",
        "many",
    }
)
MOVE_VERBS = frozenset(
    {"fly", "take", "deport", "expel", "send", "drive", "cross", "arrive", "land", "return", "head",
     "flee",
     "bring", "reach", "escort", "hand", "board", "leave", "transfer", "go", "release", "free",
     "evacuate", "travel", "move"}
)  # fmt: skip
DEST_PREPS = frozenset({"to", "into", "in", "for", "at"})
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach"})


def _group(trigger: Token) -> Token | None:
    """The head of the phrase naming who was freed."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        for child in trigger.children:
            if child.dep_ in ("poss", "compound") and child.lemma_.lower() in lx.PEOPLE_NOUNS:
                return child
            if child.dep_ == "poss" and is_person(child):
                return child
        return None
    if trigger.dep_ in ("amod", "acl") and trigger.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return trigger.head
    for dep in ("dobj", "nsubjpass"):
        found = next((c for c in trigger.children if c.dep_ == dep), None)
        if found is not None:
            return found
    if trigger.lemma_.lower() in ("walk", "go"):
        return subject_of(trigger)
    return None


def _is_people(tok: Token | None, ps: ParsedSentence) -> bool:
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    if lemma in lx.NOT_PEOPLE:
        return False
    if lemma in lx.PEOPLE_NOUNS or is_person(tok) or tok.lower_ in PRONOUNS or tok.like_num:
        return True
    if any(
        c.dep_ == "appos" and is_person(c) for c in tok.children
    ):  # "a second Swede, Saeed Azizi"
        return True
    if any(p.span.start == tok.i and p.kind == "demonym" for p in ps.places):
        return tok.tag_ in ("NNPS", "NNS") or tok.text.endswith("s")
    return any(c.dep_ == "nummod" for c in tok.children) and tok.tag_ in ("NNS", "NNPS")


def _trigger_head(tok: Token) -> Token | None:
    """The release trigger a token stands for, or None ("set free" → set; "walked free" → walk)."""
    lemma = tok.lemma_.lower()
    if (
        tok.lower_ == "free"
        and tok.pos_ in ("ADJ", "ADV")
        and tok.head.lemma_ in ("set", "walk", "go")
    ):
        return tok.head
    if tok.lemma_ == "let" and any(c.lower_ == "go" for c in tok.children):
        return tok
    if tok.pos_ in ("VERB", "AUX") and lemma in lx.RELEASE_VERBS:
        return tok
    if tok.pos_ == "ADJ" and lemma in ("free", "freed", "released") and tok.dep_ == "amod":
        return tok
    if tok.pos_ in ("NOUN", "PROPN") and lemma in lx.RELEASE_NOUNS:
        # a plural nominal ("the releases became routine") is generic, not one act
        return None if tok.tag_ in ("NNS", "NNPS") else tok
    if tok.lower_ in ("freed", "released", "pardoned") and tok.pos_ in ("ADJ", "VERB"):
        return tok
    return None


def find(ps: ParsedSentence) -> list[tuple[Token, Token | None]]:
    """Release triggers of the sentence with the head of their freed group (asserted ones only)."""
    found: list[tuple[Token, Token | None]] = []
    text_lower = ps.sentence.text.lower()
    if lx.NOT_RELEASE_CONTEXT.search(ps.sentence.text):
        return []
    seen: set[int] = set()
    for tok in ps.doc:
        trigger = _trigger_head(tok)
        if trigger is None or trigger.i in seen:
            continue
        group = _group(trigger)
        lemma = trigger.lemma_.lower()
        if group is not None and group.lemma_.lower() in lx.NOT_PEOPLE:
            continue
        if not _is_people(group, ps):
            noun_ok = (
                trigger.pos_ == "NOUN"
                and ("prisoner" in text_lower or any(is_person(t) for t in ps.doc))
                and not lx.STOCK_CUES.search(ps.sentence.text)  # "remain even after the release"
            )
            if group is not None or not noun_ok:
                if not (group is None and trigger.pos_ == "VERB" and _passive_people(trigger, ps)):
                    continue
        if lemma in lx.RELEASE_WEAK and not _strong_people(group, text_lower):
            continue
        if any(w in lx.NON_PRISONER_CONTEXT for w in text_lower.split()) and not (
            group is not None and group.lemma_.lower() in lx.PEOPLE_NOUNS
        ):
            continue
        if classify(trigger) is not Modality.ASSERTED or _generic(trigger, group, ps):
            continue
        seen.add(trigger.i)
        found.append((trigger, group))
    return found


def _generic(trigger: Token, group: Token | None, ps: ParsedSentence) -> bool:
    """A habitual or generic statement ("has released detainees in the past", "every person freed")."""
    if group is not None and any(
        c.lower_ in lx.GENERIC_DETERMINERS and c.dep_ == "det" for c in group.children
    ):
        return True
    has_number = group is not None and any(c.dep_ == "nummod" for c in group.children)
    return bool(lx.GENERIC.search(ps.sentence.text)) and not has_number


def _passive_people(trigger: Token, ps: ParsedSentence) -> bool:
    return any(c.dep_ == "auxpass" for c in trigger.children) and any(
        t.lemma_.lower() in lx.PEOPLE_NOUNS for t in ps.doc
    )


def _strong_people(group: Token | None, text_lower: str) -> bool:
    if group is None:
        return "prisoner" in text_lower
    lemma = group.lemma_.lower()
    return (
        lemma in lx.PEOPLE_NOUNS
        or is_person(group)
        or group.tag_ == "NNPS"
        or ("prisoner" in text_lower and (group.like_num or lemma in ("they", "them")))
    )


def antecedent(group: Token | None, ps: ParsedSentence, trigger: Token) -> Token | None:
    """For a pronoun or missing group of a verb ("pardoned them", "had been let go"), the counted
    people noun of the sentence it stands for."""
    if group is None and trigger.pos_ != "VERB":
        return None
    if group is not None and group.lower_ not in PRONOUNS:
        return group
    for tok in ps.doc:
        if (
            tok.lemma_.lower() in lx.PEOPLE_NOUNS
            and tok.i != getattr(group, "i", -1)
            and any(c.dep_ == "nummod" for c in tok.children)
        ):
            return tok
    return group


def _count(group: Token | None, trigger: Token) -> tuple[counts_mod.Count | None, bool]:
    """The number freed and whether a vague amount was given instead."""
    candidates: list[Token] = []
    if group is not None:
        if group.like_num or group.lower_ in counts_mod.NUMBER_WORDS:
            candidates.append(group)
        candidates += [c for c in group.children if c.dep_ in ("nummod", "quantmod")]
        candidates += [c for c in group.children if c.dep_ == "amod" and c.like_num]
        if counts_mod.is_vague_amount(group) or any(
            counts_mod.is_vague_amount(c) and c.dep_ in ("amod", "det", "nummod")
            for c in group.children
        ):
            return None, True
    if group is None and trigger.pos_ == "VERB":
        candidates += [
            c for c in trigger.children if c.like_num and c.dep_ in ("dobj", "nsubjpass")
        ]
    for tok in candidates:
        count = counts_mod.read_count(tok)
        if count is not None and not _looks_like_year(tok, count.value):
            return count, False
    return None, False


def _looks_like_year(tok: Token, value: int) -> bool:
    return 1900 <= value <= 2100 and "," not in tok.text and tok.ent_type_ == "DATE"


def _category(group: Token | None, ps: ParsedSentence) -> Category | None:
    if group is None or group.lower_ in PRONOUNS or group.like_num:
        return None
    if is_person(group):
        return _person_category(group, ps)
    words = [group] + [c for c in group.subtree if c.dep_ in ("amod", "compound", "pobj", "nmod")]
    for w in words:
        cat = lx.CATEGORY_MODIFIERS.get(w.lemma_.lower())
        if cat is not None and (w is not group):
            return cat
    if _is_demonym(group, ps):
        return Category.FOREIGN_NATIONALS
    return lx.PEOPLE_NOUNS.get(group.lemma_.lower(), Category.OTHER)


def _is_demonym(tok: Token, ps: ParsedSentence) -> bool:
    return any(p.span.start == tok.i and p.kind == "demonym" for p in ps.places)


def _person_category(person: Token, ps: ParsedSentence) -> Category | None:
    """Category of a named person from the noun describing them ("the reporter X", "X, an activist")."""
    described = [c for c in person.children if c.dep_ in ("appos", "compound")]
    if person.dep_ == "appos":
        described.append(person.head)
    described += [t for t in ps.doc[max(0, person.i - 3) : person.i] if t.pos_ == "NOUN"]
    for noun in described:
        cat = lx.PEOPLE_NOUNS.get(noun.lemma_.lower())
        if cat in (Category.JOURNALISTS, Category.POLITICAL_PRISONERS):
            return cat
        if _is_demonym(noun, ps) or any(_is_demonym(c, ps) for c in noun.children):
            return Category.FOREIGN_NATIONALS
    return None


def persons_freed(ps: ParsedSentence, trigger: Token, gaz: Gazetteer) -> list[str]:
    """Named people the sentence presents as freed (not leaders, officials or speakers)."""
    actor_tokens: set[int] = set()
    subj = subject_of(trigger) if trigger.pos_ in ("VERB", "AUX") else None
    if subj is not None and subj.dep_ == "nsubj":
        actor_tokens = {t.i for t in subj.subtree}
    agent = agent_of(trigger)
    if agent is not None:
        actor_tokens |= {t.i for t in agent.subtree}
    place_tokens = {i for p in ps.places for i in range(p.span.start, p.span.end)}
    names: list[str] = []
    for ent in ps.doc.ents:
        if ent.label_ != "PERSON" or ent.start in actor_tokens or ent.start in place_tokens:
            continue
        if ent.text in gaz.places or _is_official(ent) or _is_speaker(ent):
            continue
        name = ent.text.removesuffix("'s").removesuffix("’s").strip()
        if name and name not in names:
            names.append(name)
    return names


def _is_official(ent: Span) -> bool:
    doc = ent.doc
    before = [t.lemma_.lower() for t in doc[max(0, ent.start - 3) : ent.start]]
    if any(w in lx.OFFICIAL_TITLES for w in before):
        return True
    root = ent.root
    if root.dep_ == "poss":
        return True
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in lx.ROLE_APPOSITIONS:
            return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in lx.ROLE_APPOSITIONS:
        return True
    return False


def _is_speaker(ent: Span) -> bool:
    root = ent.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in lx.SPEECH_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    return False


def destination(ps: ParsedSentence, actor: str | None) -> str | None:
    """The single country the freed were taken to, if the sentence says so."""
    codes: set[str] = set()
    for place in ps.places:
        if place.kind not in ("name", "capital"):
            continue
        head = ps.doc[place.span.start]
        for _ in range(
            4
        ):  # "to Vilnius", "at Stockholm's Arlanda airport", "to the Lithuanian border"
            if head.dep_ == "pobj" or head.head is head:
                break
            head = head.head
        if head.dep_ != "pobj":
            continue
        prep = head.head
        verb = prep.head
        lemma = verb.lemma_.lower()
        if prep.lower_ not in DEST_PREPS or lemma not in MOVE_VERBS:
            continue
        if prep.lower_ in ("in", "at") and lemma not in ARRIVAL_VERBS:
            continue
        codes.add(place.code)
    codes.discard(actor or "")
    return codes.pop() if len(codes) == 1 else None


def annotate(
    ps: ParsedSentence, trigger: Token, group: Token | None, gaz: Gazetteer
) -> list[Mention]:
    """Mentions (one per releasing state) for a found trigger."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        actor_head = next((c for c in trigger.children if c.dep_ == "poss"), None)
        agent = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if agent is not None:
            actor_head = next((g for g in agent.children if g.dep_ == "pobj"), actor_head)
        actors = actors_from(ps, actor_head)
    else:
        subj = subject_of(trigger)
        actors = actors_from(ps, subj) if subj is not None and subj.dep_ == "nsubj" else []
        actors = actors or actors_from(ps, agent_of(trigger))
    persons = persons_freed(ps, trigger, gaz)
    group = antecedent(group, ps, trigger)
    count, vague = _count(group, trigger)
    if (
        count is not None
        and group is not None
        and persons
        and any(c.lower_ == "other" for c in group.children)
    ):  # "Siarhei Tsikhanouski and 13 other prisoners"
        count = counts_mod.Count(
            count.value + len(persons), count.qualifier, count.start, count.end
        )
    multi = len(actors) > 1
    if multi:
        count = None
    category = _category(group, ps)
    when = nearest_time(ps, trigger)
    traded = _traded_for(ps)
    if traded and len(actors) == 1:
        persons = [p for p in persons if p not in traded]
    mentions = []
    for actor in or_unknown(actors):
        m = Mention(
            EventType.RELEASE,
            ps,
            trigger,
            actor=actor,
            count=count,
            vague=vague,
            category=category,
            persons=persons,
            date=when,
        )
        m.destination = destination(ps, actor)
        m.co_actors = [a for a in actors if a != actor]
        mentions.append(m)
    if traded and len(actors) == 1:
        counter = _counter_actor(ps, actors[0])
        if counter is not None:
            mentions[0].co_actors = [counter]
            mentions.append(
                Mention(
                    EventType.RELEASE,
                    ps,
                    trigger,
                    actor=counter,
                    persons=traded,
                    date=when,
                    co_actors=[actors[0]],
                )
            )
    return mentions


def _traded_for(ps: ParsedSentence) -> list[str]:
    """Named people given in return ("freed her in exchange for Viktor Bout")."""
    names: list[str] = []
    for tok in ps.doc:
        if tok.lower_ != "for" or tok.head.lemma_.lower() not in (
            "exchange",
            "return",
            "swap",
            "trade",
            "swapped",
            "traded",
        ):
            continue
        for ent in ps.doc.ents:
            if ent.label_ == "PERSON" and ent.root in tok.subtree and ent.root.dep_ == "pobj":
                names.append(ent.text)
    return names


def _counter_actor(ps: ParsedSentence, actor: str | None) -> str | None:
    """The other side of a one-for-one trade: the state most named in the sentence besides the actor."""
    codes = [
        p.code
        for p in ps.places
        if p.code != actor
        and p.code not in ("EU", "UN")
        and p.kind in ("name", "capital", "demonym")
    ]
    return max(codes, key=codes.count) if codes else None
