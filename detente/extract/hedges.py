"""Frames that keep an act unreal where the governing-head walk of :mod:`detente.extract.modality`
finds none: a wish told by "for X to be freed", "any release", an act tied to another as its price,
"the day Washington lifts", scare quotes, "without"/"far from", a bill's content, an agreement "in
principle", and headlines whose verb the parser takes for something else.

:func:`detente.extract.modality.classify` asks :func:`framed` of every act it would otherwise call
asserted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.extract import governors as gov
from detente.extract.doc_memo import lowers
from detente.model import Modality

# Verbs that tie an act to another as its price ("linked any progress to the release of X", "ties
# aid to the release of 16"), and the prepositions of the tie.
TIE_VERBS = frozenset({"link", "tie", "condition", "hinge", "predicate", "connect", "depend"})
# Verbs whose subject act waits on something else ("the release would depend on the funds").
WAITING_VERBS = frozenset({"depend", "hinge", "rest", "hang"})
TIE_PREPS = frozenset({"to", "on", "upon"})
# Nouns that, made of an act ("made the release of X a condition of any deal"), make it unreal.
MADE_INTO = {
    **dict.fromkeys(["condition", "precondition", "prerequisite"], Modality.CONDITIONAL),
    **dict.fromkeys(["demand", "priority", "goal", "aim", "objective"], Modality.DEMANDED),
}
# Nouns of a time a present-tense act waits for ("the day Washington lifts its sanctions").
WAITING_TIMES = frozenset({"day", "moment", "minute", "time", "instant"})
# Nouns of texts not (yet) in force whose content an act is ("a bill that freed people", "an
# amnesty bill").
DRAFT_NOUNS = frozenset({"bill", "draft", "proposal", "motion", "initiative", "plan"})
# Auxiliaries that make a nominal subject's act one still imagined ("a release would not move
# supply").
IMAGINED_AUX = frozenset({"would", "could", "might"})
QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})
# Verbs of talk that, with "of"/"about" and a gerund, only speak of an act ("spoke of releasing").
TALK_VERBS = frozenset({"speak", "talk"})
# Verb forms that, right before the act in a headline the parser misreads ("Government denies deal
# to free X", "Kidnappers demand release of fighters"), make it other than a fact.
HEADLINE_GOVERNORS = re.compile(
    r"\b(?:(?P<denied>den(?:y|ies|ied)|reject(?:s|ed)?|refus(?:e|es|ed)|rul(?:e|es|ed) out)"
    r"|(?P<demanded>demand(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)? for|seek(?:s)?|sought|press(?:es)? "
    r"for)|(?P<proposed>offer(?:s|ed)?|propos(?:e|es|ed)|float(?:s|ed)?|mull(?:s|ed)?|weigh(?:s|ed)?"
    r"|consider(?:s|ed)?))\b(?:(?![,;:]).){0,40}$",
    re.IGNORECASE,
)
# Verbs that order an act: a subjunctive under them is their decision.
ORDERING_VERBS = frozenset({"order", "decree", "rule", "decide", "direct", "instruct"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
# Verbs of expecting an act ("pricing in the lifting of sanctions").
EXPECTING = frozenset({"price", "anticipate", "forecast", "predict", "bet"})
# Adjectives of an act that may come ("due for release", "eligible for release").
AWAITING_ADJS = frozenset({"due", "eligible", "up", "set"})
# Adjectives on the noun of an act that make it one still to come ("the expected release", "a
# planned exchange"), not "long-awaited", which a done act may still be called.
TO_COME_ADJS = frozenset(
    {"expected", "anticipated", "planned", "proposed", "possible", "potential", "promised",
     "eventual", "prospective", "hoped-for", "future", "impending", "imminent"}
)  # fmt: skip
# Verbs binding someone to an act, and adjectives of readiness for one.
OBLIGING_VERBS = frozenset({"require", "oblige", "obligate", "compel"})
READY_ADJS = frozenset({"prepared", "ready", "willing", "poised"})
# Makers and channels of products ("the platform's release").
PRODUCT_OWNERS = frozenset(
    {"platform", "studio", "band", "label", "publisher", "film", "documentary", "album", "app",
     "software", "company", "firm", "lab", "developer", "singer", "director", "author", "book"}
)  # fmt: skip
# Verbs that, nearest before an act, make it other than a fact.
# (stems of their forms, the parser's lemma being unreliable where it misreads them: "denies")
LAST_VERBS = {
    **dict.fromkeys(["deny", "deni", "reject", "refus"], Modality.DENIED),
    **dict.fromkeys(["demand", "urg", "seek", "sought"], Modality.DEMANDED),
    **dict.fromkeys(["propos", "offer", "float", "mull", "weigh"], Modality.PROPOSED),
}
HEADLINE_KINDS = {
    "denied": Modality.DENIED,
    "demanded": Modality.DEMANDED,
    "proposed": Modality.PROPOSED,
}


def _wished(trigger: Token) -> bool:
    """ "chanting for him to be freed", "pressed for them to be released": a for-to infinitive is
    what someone wants, not what happened."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children):
        return True
    head = trigger.head  # "praying for the 123 tourists held by X to be freed", misparsed
    if trigger.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ == "for":
        return True
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return False  # not "London's decision to add officials", "a waiver for X to expire"
    if trigger.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "prep" and c.lower_ == "for" and head.i < c.i < trigger.i for c in head.children
    ):
        return True
    for tok in reversed(trigger.doc[trigger.sent.start : trigger.i]):  # hung higher still
        if tok.lower_ == "for":
            return True
        if tok.is_punct or tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
    return False


def _any_act(trigger: Token) -> bool:
    """ "any new release of political prisoners would be welcome": an act of any kind, none told."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "any" for c in trigger.children
    )


def _imagined_subject(trigger: Token) -> bool:
    """ "even a prisoner release would not move supply": an indefinite act whose verb is a modal's."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children)
    return indefinite and any(
        c.dep_ == "aux" and c.lower_ in IMAGINED_AUX for c in trigger.head.children
    )


def _imagined_gerund(trigger: Token) -> bool:
    """ "pardoning a politician would undermine ...": a gerund subject of a modal's verb."""
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "csubj"
        and any(c.dep_ == "aux" and c.lower_ in IMAGINED_AUX for c in trigger.head.children)
    )


def _tied(trigger: Token) -> Modality | None:
    """ "ties aid to the release of sixteen", "made the release of X a condition of any deal"."""
    head = trigger.head
    if (
        trigger.dep_ == "pobj"
        and head.lower_ in TIE_PREPS
        and head.head.lemma_.lower() in TIE_VERBS
        and not any(c.dep_ == "auxpass" for c in head.head.children)
    ):  # active only: "the release was linked to the easing of sanctions" ties two done acts
        return Modality.CONDITIONAL
    if trigger.dep_ == "nsubj" and trigger.pos_ == "NOUN" and _waits_on(head):
        return Modality.CONDITIONAL  # "the release of the Americans would depend on the funds"
    if trigger.dep_ == "nsubj" and head.head.lemma_.lower() == "make":  # a small clause
        return MADE_INTO.get(head.lemma_.lower())
    if trigger.dep_ == "dobj" and head.lemma_.lower() == "make":
        for c in head.children:
            if c.i > trigger.i and c.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "attr"):
                kind = MADE_INTO.get(c.lemma_.lower())
                if kind is not None:
                    return kind
    return None


def _waits_on(verb: Token) -> bool:
    """ "depends on", "would hinge on": a present or modal verb of waiting on something (not a
    past one: "the release depended on a swap" may tell how it went)."""
    if verb.lemma_.lower() not in WAITING_VERBS or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "prep" and c.lower_ in TIE_PREPS for c in verb.children):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in IMAGINED_AUX | FUTURE_AUX for c in verb.children)
    return modal or verb.tag_ in ("VBZ", "VBP")


def _waiting_time(trigger: Token) -> bool:
    """ "the day Washington lifts its sanctions": a present-tense act in a clause of a time noun."""
    return (
        trigger.tag_ in ("VBZ", "VBP")
        and trigger.dep_ == "relcl"
        and trigger.head.lemma_.lower() in WAITING_TIMES
    )


def _scare_quoted(trigger: Token) -> bool:
    """'announced that X had been "freed"': a word in quotes of its own is not the writer's."""
    doc = trigger.doc
    if trigger.i == 0 or trigger.i + 1 >= len(doc):
        return False
    after = doc[trigger.i + 1]
    if after.text not in QUOTES and after.is_punct and trigger.i + 2 < len(doc):
        after = doc[trigger.i + 2]  # 'had been "freed".'
    return doc[trigger.i - 1].text in QUOTES and after.text in QUOTES


def _outside(trigger: Token) -> Modality | None:
    """ "without having been processed for release", "far from the release they sought", "a bill
    that freed people", "an amnesty bill": an act said to be missing, or a draft's content."""
    if trigger.dep_ in ("relcl", "compound") and trigger.head.lemma_.lower() in DRAFT_NOUNS:
        return Modality.PROPOSED
    for anc in [trigger, *list(trigger.ancestors)[:4]]:
        if anc.dep_ == "prep" and anc.lower_ == "without":
            return Modality.DENIED
        before = anc.doc[anc.i - 1].lower_ if anc.i > 0 else ""
        if anc.dep_ == "prep" and (anc.lower_, before) in (
            ("from", "far"),
            ("of", "short"),
        ):
            return Modality.DENIED  # "far from the release they sought", "fell short of a release"
        if anc.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in anc.children):
            break  # a clause of its own: "without a concession from X, which widened its sanctions"
    return None


def _in_principle(trigger: Token) -> bool:
    """ "agreed in principle on a further exchange": an agreement on an act still to be done."""
    for anc in list(trigger.ancestors)[:3]:
        if any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lower_ == "principle" for g in c.children)
            for c in anc.children
        ):
            return True
    return False


def _spoken_of(trigger: Token) -> bool:
    """ "both delegations spoke of releasing all wounded prisoners": an act talked of."""
    prep = trigger.head
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "pcomp"
        and prep.lower_ in ("of", "about")
        and prep.head.lemma_.lower() in TALK_VERBS
    )


def _subjunctive(trigger: Token) -> bool:
    """ "repeated its demand that the journalists be freed": a mandative subjunctive is wanted, not
    done, unless a body orders it ("a court ordered that they be freed")."""
    if not any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in trigger.children):
        return False
    if any(c.dep_ == "aux" for c in trigger.children):
        return False  # "will be freed", "to be freed"
    return trigger.head.lemma_.lower() not in ORDERING_VERBS


def _not_enough(trigger: Token) -> bool:
    """ "not by enough to free him": an act the text says falls short."""
    if not any(t.lower_ == "enough" for t in trigger.doc[max(0, trigger.i - 6) : trigger.i]):
        return False  # cheap: the word is rare (``trigger.sent`` walks the parse)
    before = [t.lower_ for t in trigger.doc[max(trigger.sent.start, trigger.i - 6) : trigger.i]]
    return before[-2:] == ["enough", "to"] and bool(set(before) & {"not", "n't"})


def _awaited(trigger: Token) -> bool:
    """ "would be freed once their files are reviewed": a future act waiting on another's act, told
    in the present passive (not a schedule: "will free them once the law takes effect")."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trigger.children):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("once", "until") for m in c.children)
        and c.tag_ == "VBN"
        and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in c.children)
        for c in trigger.children
    )


def _if_below(trigger: Token) -> bool:
    """ "would hand back the soldiers it captured if X renounced ...": a future act whose if-clause
    the parser hung on a relative clause of its object."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trigger.children):
        return False
    return any(
        t.dep_ == "advcl"
        and t.head.dep_ in ("relcl", "acl")
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children)
        for t in trigger.subtree
    )


def _expected(trigger: Token) -> bool:
    """ "customers were pricing in the lifting of US restrictions": an act expected, not done; "due
    for release in July", "eligible for release": one that may come; "the expected release of
    five Americans", "a planned exchange": a noun of an act still to come."""
    if any(a.lemma_.lower() in EXPECTING for a in list(trigger.ancestors)[:3]):
        return True
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in TO_COME_ADJS for c in trigger.children
    ):
        return True
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in AWAITING_ADJS


def _indirect_question(trigger: Token) -> bool:
    """ "would judge the dialogue by how many were released": how many, not that any were;
    "asked whether an exchange was under discussion": whether one is to be."""
    head = trigger.head
    if trigger.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children
    ):
        return True
    before = [t.lower_ for t in trigger.doc[trigger.left_edge.i : trigger.i]]
    pairs = zip(before, before[1:], strict=False)
    return any(a == "how" and b in ("many", "much") for a, b in pairs)


def _obliged(trigger: Token) -> Modality | None:
    """ "Iran is prepared to exchange all prisoners", "conventions which require them to be
    released": an act one is ready for or bound to, not one done."""
    head = trigger.head
    if trigger.dep_ not in ("xcomp", "ccomp", "advcl"):
        return None
    if head.lemma_.lower() in OBLIGING_VERBS:
        return Modality.DEMANDED
    return Modality.PROPOSED if head.lower_ in READY_ADJS else None


def _owned_product(trigger: Token) -> bool:
    """ "The platform's release comes as ...": a release a product's maker or channel owns."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lemma_.lower() in PRODUCT_OWNERS for c in trigger.children
    )


def _last_verb_governs(trigger: Token) -> Modality | None:
    """The nearest verb before a nominal or bare act, in its stretch of text, is one that makes it
    unreal though the parse does not link them ("has proposed to Moscow and Kyiv an exchange",
    "Kidnappers demand release of fighters", "denies deal to free X")."""
    if trigger.tag_ not in ("VB", "NN"):
        return None
    for tok in reversed(trigger.doc[max(trigger.sent.start, trigger.i - 8) : trigger.i]):
        if tok.is_punct or tok.text in QUOTES:
            return None
        if tok.tag_.startswith("VB") and tok.lemma_.lower() not in ("be", "have"):
            return next((k for stem, k in LAST_VERBS.items() if tok.lower_.startswith(stem)), None)
    return None


def _headline(trigger: Token) -> Modality | None:
    """A headline (no closing stop) whose governing verb the parser misread: "Government denies
    deal to free X", "Kidnappers demand release of fighters held in Niger"."""
    if trigger.tag_ not in ("VB", "NN", "NNS"):
        return None
    sent = trigger.sent
    if sent[-1].is_punct:
        return None
    before = trigger.doc[sent.start : trigger.i].text
    match = HEADLINE_GOVERNORS.search(before)
    if match is None:
        return None
    return HEADLINE_KINDS[next(k for k, v in match.groupdict().items() if v)]


# Nouns of a demand whose infinitive the parser hangs on the verb that carries the noun ("renewed
# their call on Eritrea to free X", "repeated its appeal to Minsk to release them").
DEMAND_NOUNS = frozenset({"call", "appeal", "demand", "plea", "request", "ultimatum", "entreaty"})


def _called_on(trigger: Token) -> bool:
    """An infinitive act that a demand noun asks for ("reiterates its call on the authorities to
    release all political prisoners"), read through the verb the noun is the object of."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if trigger.dep_ not in ("advcl", "xcomp", "acl"):
        return False
    head = trigger.head
    nouns = [c for c in head.children if c.dep_ == "dobj" and c.i < trigger.i]
    if head.lemma_.lower() in DEMAND_NOUNS and head.pos_ == "NOUN":
        nouns.append(head)
    return any(n.lemma_.lower() in DEMAND_NOUNS for n in nouns)


# Words before a noun that make "the first to be freed" a told act, not a plan.
RANKS = frozenset({"first", "last", "only", "latest", "second", "third"})


def _to_be_done(trigger: Token) -> bool:
    """ "a list of prisoners to be pardoned", "the detainees to be freed under the plan": an act
    planned for people, not one told (but "the first hostages to be freed" is told)."""
    if trigger.dep_ not in ("acl", "relcl"):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if not infinitive or not any(c.dep_ == "auxpass" for c in trigger.children):
        return False
    noun = trigger.head
    ranked = [noun, *noun.children]  # "among the first to be let go", "the first hostages to be"
    return not any(c.lower_ in RANKS or c.tag_ == "JJS" for c in ranked)


# Verbs that bind the parties of a deal to an act ("an accord under which each side agreed to free
# the other's fishermen"), and the words that open a relative clause on the deal.
TERM_VERBS = frozenset({"agree", "commit", "pledge", "undertake", "oblige", "bind"})
RELATIVIZERS = frozenset({"which", "whereby"})
TERM_DEPS = frozenset({"xcomp", "advcl", "ccomp", "prep", "pobj", "dobj", "conj"})


def _relativized(verb: Token) -> bool:
    """A relative clause on a deal: "under which X agreed", "whereby", or "which committed X to"
    (the deal binding its parties; not "the EU, which agreed to suspend", the party acting)."""
    bound = any(c.dep_ == "dobj" for c in verb.children)
    for c in verb.children:
        if c.lower_ == "whereby" or (c.lower_ == "which" and c.dep_ == "nsubj" and bound):
            return True
        if c.dep_ == "prep" and any(g.lower_ in RELATIVIZERS for g in c.children):
            return True
    return False


def _deal_terms(trigger: Token) -> bool:
    """ "the memorandum signed in Luanda, which committed each country to release the other's
    citizens", "a protocol under which each government agreed to free ...": the terms a deal binds
    its parties to, told in a relative clause on the deal; the acts done under it are told as such."""
    if RELATIVIZERS.isdisjoint(lowers(trigger.doc)):  # a cheap screen (the sentence's)
        return False
    for tok in _climb(trigger, TERM_DEPS):
        if tok.lemma_.lower() in TERM_VERBS and tok.pos_ == "VERB":
            return tok.dep_ == "relcl" and _relativized(tok)
    return False


# Nouns of an act that nearly came ("on the verge of being freed", "on the brink of a swap").
VERGE_NOUNS = frozenset({"verge", "brink", "cusp"})
NEAR_DEPS = frozenset({"pcomp", "pobj", "prep", "compound", "acl", "appos", "dobj"})


def _near_miss(trigger: Token) -> bool:
    """ "was on the verge of being freed in a prisoner exchange when he died": not done."""
    return any(tok.lemma_.lower() in VERGE_NOUNS for tok in _climb(trigger, NEAR_DEPS))


def _would_see(trigger: Token) -> bool:
    """ "the proposal would see women and wounded hostages freed in a first stage": what a plan
    would bring about, not what it did ("the deal saw 50 freed" is told)."""
    verb = next((t for t in _climb(trigger, NEAR_DEPS) if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.lemma_.lower() == "see"
        and any(c.dep_ == "aux" and c.lower_ in IMAGINED_AUX for c in verb.children)
    )


def _climb(tok: Token, deps: frozenset[str], steps: int = 4) -> Iterator[Token]:
    """The heads above a token, nearest first, at most ``steps``, while each step up is by one of
    ``deps``."""
    for _ in range(steps):
        if tok.dep_ not in deps or tok.head is tok:
            return
        tok = tok.head
        yield tok


# The frames that hold or not, in the order they are asked: the first that holds gives the act's
# modality.
_FRAMES: tuple[tuple[Callable[[Token], bool], Modality], ...] = (
    (_wished, Modality.DEMANDED),
    (_any_act, Modality.CONSIDERED),
    (_spoken_of, Modality.CONSIDERED),
    (_imagined_subject, Modality.HYPOTHETICAL),
    (_imagined_gerund, Modality.HYPOTHETICAL),
    (_waiting_time, Modality.CONDITIONAL),
    (_scare_quoted, Modality.CONSIDERED),
    (_in_principle, Modality.PROPOSED),
    (_subjunctive, Modality.DEMANDED),
    (_owned_product, Modality.DEMANDED),
    (_not_enough, Modality.DENIED),
    (_awaited, Modality.CONDITIONAL),
    (_if_below, Modality.CONDITIONAL),
    (_expected, Modality.CONSIDERED),
    (_indirect_question, Modality.CONSIDERED),
    (_called_on, Modality.DEMANDED),
    (_to_be_done, Modality.PROPOSED),
    (_deal_terms, Modality.PROPOSED),
    (_near_miss, Modality.CONSIDERED),
    (_would_see, Modality.HYPOTHETICAL),
    (gov.only_enabled, Modality.CONSIDERED),
    (gov.if_on_report, Modality.CONDITIONAL),
    (gov.ordered_not_done, Modality.DENIED),
    (gov.waits_for_a_time, Modality.CONDITIONAL),
    (gov.not_yet_adopted, Modality.PROPOSED),
    (gov.offered_to_doers, Modality.CONDITIONAL),
    (gov.judged_if_done, Modality.HYPOTHETICAL),
    (gov.rumoured, Modality.CONSIDERED),
    (gov.in_fiction, Modality.HYPOTHETICAL),
)
# Frames that read their modality off the sentence, asked after those.
_READ_FRAMES: tuple[Callable[[Token], Modality | None], ...] = (
    _tied, _obliged, _outside, _headline, _last_verb_governs
)  # fmt: skip


def framed(trigger: Token) -> Modality | None:
    """The modality one of these frames gives an act the head walk found asserted, or None."""
    held = next((modality for test, modality in _FRAMES if test(trigger)), None)
    return held or next((m for read in _READ_FRAMES if (m := read(trigger)) is not None), None)
