"""Words above a trigger that the head walk of :mod:`detente.extract.modality` misreads
(area "precision", session 17).

- the lemmatiser cuts "hoped", "hopes", "hoping" to "hop", so "Yerevan hopes to see them
  released", "said they hoped to swap a thousand detainees" escaped the governor "hope";
- an instrument that only creates powers ("legislation giving the government the power to impose
  sanctions", "the framework lets the bloc freeze assets", "an executive order that allows the
  Treasury to sanction banks") lists no one: not an event (docs/annotation.md, "an order that only
  creates sanctions powers without listing anyone");
- acts to come the parse hides as such: an if-clause hung on the verb of saying ("says it would
  ease sanctions if ..."), an undated when/once clause ("will be released when the legal process is
  complete"), an offer to whoever acts first ("would pardon rebels who surrender"), a judgement
  of the act as if done ("the release of X would be a significant step");
- an order of release the sentence says was not carried out ("but they remained in custody").

:func:`governor_lemma` serves the head walk of :mod:`detente.extract.modality`; the frames are
asked by :func:`detente.extract.hedges.framed`, after its own.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from detente.extract.lexicon import CUSTODY_NOUNS
from detente.extract.mentions import subject_of

MISLEMMATISED = {"hop": "hope"}
HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping"})


# Nouns of a part of a process that speak for the process they are of ("a new round of talks on
# a hostage release deal": the talks govern the release).
PART_NOUNS = frozenset({"round", "series", "session"})


def governor_lemma(tok: Token) -> str:
    """The lower-case lemma of a word above a trigger, mended where the lemmatiser cuts a
    governor's forms to another verb ("hoped to swap" read as "hop"), or the lemma of the process
    a part noun is of ("round of talks" → "talk")."""
    lemma = tok.lemma_.lower()
    if lemma in PART_NOUNS:
        of = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return of[0].lemma_.lower() if of else lemma
    fixed = MISLEMMATISED.get(lemma)
    return fixed if fixed is not None and tok.lower_ in HOPE_FORMS else lemma


# Nouns of a power to act ("the power to impose", "authority to sanction").
POWER_NOUNS = frozenset({"power", "authority"})
# Verbs by which an instrument opens an act to someone ("lets the bloc freeze assets").
ENABLING_VERBS = frozenset({"let", "allow", "enable", "empower"})
# Instruments that create powers: what lets or allows there is no act yet.
INSTRUMENTS = frozenset(
    {"framework", "regime", "order", "law", "legislation", "act", "bill", "instrument",
     "mechanism", "statute"}
)  # fmt: skip
# Verbs that put a power to use ("used his power to pardon"): the act is done.
USING_VERBS = frozenset({"use", "exercise", "invoke", "apply", "wield"})
RELATIVE = frozenset({"which", "that"})
# Labels by which an act hangs on the power or enabling verb above it.
OPENED_DEPS = frozenset({"acl", "relcl", "xcomp", "ccomp", "dobj", "conj"})
MAX_STEPS = 3


def only_enabled(trigger: Token) -> bool:
    """Whether the act is only made possible: "the power to impose", "authority to sanction",
    or a verb of enabling whose subject is an instrument ("the regime lets the bloc freeze
    assets", "an order that allows the United States to sanction anyone")."""
    tok = trigger
    for _ in range(MAX_STEPS):
        if tok.dep_ not in OPENED_DEPS or tok.head is tok:
            return False
        prev, tok = tok, tok.head
        lemma = tok.lemma_.lower()
        if lemma in POWER_NOUNS and tok.pos_ == "NOUN" and prev.dep_ in ("acl", "relcl"):
            return tok.head.lemma_.lower() not in USING_VERBS
        if lemma in ENABLING_VERBS and tok.pos_ == "VERB":
            return _instrument(tok)
    return False


# Verbs that renew an instrument in force ("extended the framework that allows the bloc to
# impose measures"): a renewal of its listings, an act.
RENEWING = frozenset({"extend", "renew", "prolong", "roll"})


def _instrument(verb: Token) -> bool:
    """Whether an enabling verb's subject is an instrument (through "which"/"that" to the noun
    the relative clause hangs on), and one the sentence does not renew (however parsed)."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.lemma_.lower() not in INSTRUMENTS:
        return False
    return not any(t.lemma_.lower() in RENEWING and t.pos_ == "VERB" for t in verb.sent)


# Auxiliaries of an act still to come ("would ease", "will free").
TO_COME = frozenset({"would", "will", "'ll", "could"})
CONDITION_MARKS = frozenset({"if", "unless"})


def if_on_report(trigger: Token) -> bool:
    """ "US says it would ease Belarus sanctions if the last three prisoners are freed": a reported
    act still to come whose if-clause the parser hung on the verb of saying, after the act."""
    if trigger.dep_ != "ccomp" or not any(
        c.dep_ == "aux" and c.lower_ in TO_COME for c in trigger.children
    ):
        return False
    return any(
        c.dep_ == "advcl"
        and c.i > trigger.i
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in trigger.head.children
    )


# Words after an ordered release that say it did not happen ("but they remained in custody", "he
# was still in prison", "refused to let him go").
KEPT_VERBS = frozenset({"remain", "stay"})
CONTRASTS = frozenset({"but", "yet", "however"})


def ordered_not_done(trigger: Token) -> bool:
    """ "A court ordered 15 activists released, but prosecutors appealed and they remained in
    custody", "a judge ordered that X be released, but he was still in prison": an order the
    sentence says was not carried out."""
    if not any(a.lemma_.lower() == "order" for a in islice(trigger.ancestors, 3)):
        return False
    later = {t.lemma_.lower() for t in trigger.sent if t.i > trigger.i}
    if not later & CONTRASTS or "other" in later:
        return False  # "ordered the release of 30, but others remained in custody"
    if "refuse" in later and "let" in later:
        return True
    return bool(later & CUSTODY_NOUNS) and bool(later & KEPT_VERBS or "still" in later)


# Auxiliaries of an act still to come, said or reported ("will be released", "would pardon").
FUTURE = frozenset({"will", "'ll", "shall", "would"})
# Marks of a time clause an act to come waits for ("will be released when the process is over").
WAITING_MARKS = frozenset({"when", "once"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _future(trigger: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE for c in trigger.children)


def waits_for_a_time(trigger: Token) -> bool:
    """ "the Briton will be released when the legal process is complete", "would be freed once
    their files are reviewed": an act to come whose undated when/once clause, in the present
    tense, has not happened yet: not an announced release."""
    if not _future(trigger):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in WAITING_MARKS for m in c.children)
        and _present(c)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)  # "when the Pope arrives
        for c in trigger.children  # on Friday": a date, not a condition
    )


def _present(verb: Token) -> bool:
    """A state or a passive in the present tense ("is complete", "are reviewed"); not an active
    verb, which tells a scheduled step ("once the amnesty law takes effect": announced)."""
    if verb.lemma_.lower() == "be" and verb.tag_ in PRESENT_TAGS:
        return any(c.dep_ in ("acomp", "attr") for c in verb.children)
    return any(a.dep_ == "auxpass" and a.tag_ in PRESENT_TAGS for a in verb.children)


def offered_to_doers(trigger: Token) -> bool:
    """ "said it would pardon members of armed groups who surrender their weapons": an act to
    come for whoever does something first (a present-tense relative clause on its object, not
    "who are ill"): an offer, not a release."""
    if not _future(trigger):
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for c in o.children if c.dep_ == "prep" for g in c.children]
    return any(
        c.dep_ == "relcl" and c.tag_ in PRESENT_TAGS and c.lemma_.lower() not in ("be", "have")
        for o in objects
        for c in o.children
    )


# Nouns a definite act is judged as, were it done ("would be a significant step").
JUDGING_AUX = frozenset({"would", "could", "might"})


def judged_if_done(trigger: Token) -> bool:
    """ "the release of X and two other men would be a significant step": an act named as the
    subject of a modal "be" with a complement, judged as if done: not done."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj" or trigger.head.lemma_.lower() != "be":
        return False
    verb = trigger.head
    return any(c.dep_ == "aux" and c.lower_ in JUDGING_AUX for c in verb.children) and any(
        c.dep_ in ("attr", "acomp") for c in verb.children
    )


# Words that tell a report from no named source ("unnamed sources", "unconfirmed reports").
UNNAMED = frozenset({"unnamed", "anonymous", "unconfirmed", "unidentified"})
SOURCE_WORDS = frozenset({"source", "sources"})
INSIDE_WORDS = frozenset({"close", "familiar"})


def rumoured(trigger: Token) -> bool:
    """ "state TV quoted unnamed sources as saying four Iranians would be freed", "a source close
    to the talks said Belarus would pardon 30 more", "according to unconfirmed reports, Caracas
    will release 20": an act to come that no one named announced is a rumour, not a decision (a
    past act so reported stays told)."""
    if not _future(trigger):
        return False
    words = {t.lower_ for t in trigger.sent}
    if words & UNNAMED:
        return True
    if words & SOURCE_WORDS and words & INSIDE_WORDS:
        return True
    return "quoted" in words and "saying" in words


# Works of fiction whose plot an act may be ("In the film's final scene, the pilot is swapped").
FICTION = frozenset(
    {"film", "movie", "novel", "play", "series", "drama", "thriller", "episode", "scene", "plot",
     "story", "game", "musical", "opera", "screenplay", "sequel", "chapter", "ending"}
)  # fmt: skip
PARTS = frozenset({"scene", "plot", "story", "chapter", "ending"})  # of a work, when it is named
DEPICTING = frozenset({"imagine", "depict", "portray", "dramatise", "dramatize", "show"})


def in_fiction(trigger: Token) -> bool:
    """ "In the film's final scene, the American pilot is swapped for a Soviet spy", "the series
    imagines a world in which Moscow frees all its prisoners": an act of a story's plot."""
    above = [trigger, *list(trigger.ancestors)[:MAX_STEPS]]
    if any(t.lemma_.lower() in DEPICTING and t.pos_ == "VERB" for t in above[1:]):
        return any(_fictional(c) for t in above[1:] for c in t.children if c.dep_ == "nsubj")
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_fictional(g) for g in c.children)
        for t in above
        for c in t.children
    )


def _fictional(noun: Token) -> bool:
    """A work of fiction, or a part of one ("the novel", "the film's final scene")."""
    if noun.lemma_.lower() not in FICTION:
        return False
    return noun.lemma_.lower() not in PARTS or any(
        c.dep_ == "poss" and c.lemma_.lower() in FICTION for c in noun.children
    )


# --- provisos the head walk misses (session 18) ---
PROVISO_WORDS = frozenset({"provided", "providing"})


def as_long_as(tok: Token) -> bool:
    """ "will ease them as long as the activists are released": "long" on the trigger heads the
    condition ("as long as"), not a time ("held for as long as a year": no clause)."""
    return any(
        c.lower_ == "long" and any(g.dep_ == "advcl" and g.i > c.i for g in c.children)
        for c in tok.children
    )


def after_proviso(tok: Token) -> bool:
    """ "could ease them provided all activists were freed", the parser hanging "provided" on
    the verb before: the clause right after a proviso word is its condition, in any tense."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].lower_ in PROVISO_WORDS and tok.pos_ in ("VERB", "AUX")


def as_long_as_clause(tok: Token) -> bool:
    """ "as long as all prisoners were freed": the clause of "as long as", in any tense."""
    return (
        tok.dep_ == "advcl"
        and tok.head.lower_ == "long"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    )


# --- moved from modality (session 19, which was over 500 lines): questions; and (area
# "precision", v19) intents told by an adjective, appositions that spell out a proposal ---
# Adjectives of intent: they govern only their own complement ("keen to exchange the prisoners").
INTENT_ADJECTIVES = frozenset({"determined", "keen", "eager", "serious"})
WH_WORDS = frozenset({"why", "how", "when", "where", "what", "who", "which", "whom", "whose"})
QUESTION_AUX = frozenset(
    {"will", "would", "did", "does", "do", "has", "have", "is", "are", "can", "could", "should"}
)


def yes_no_question(trigger: Token) -> bool:
    """ "Will Minsk release them?", "Did Iran free the sailors?": an auxiliary before the subject of
    a sentence ending in a question mark, with no wh-word asking about a given act ("Why did ...")."""
    sent = trigger.sent
    colons = [t.i for t in sent if t.text == ":" and t.i < trigger.i]
    first = trigger.doc[colons[-1] + 1] if colons else sent[0]  # "Q&A: Will Minsk free ...?"
    if sent[-1].text != "?" or first.lower_ in WH_WORDS:
        return False
    if first.lower_ in QUESTION_AUX:  # "Will" is sometimes parsed as a name
        return True
    root = sent.root
    aux = [c.i for c in root.children if c.dep_ in ("aux", "auxpass")]
    subj = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(aux and subj and min(aux) < min(subj))


def listed_apposition(tok: Token) -> bool:
    """An apposition that spells out what its noun holds: after a colon ("suggested an agreement:
    the return of X in return for the release of Y") or as an item of a list the parser reads as
    one ("to discuss elections, the release of prisoners and the lifting of sanctions"). An
    apposition after a comma alone may be the parser's slip ("the talks ended with a
    breakthrough, the release of 52 prisoners": not the talks) and passes nothing on."""
    if tok.dep_ != "appos" or tok.head.i > tok.i:
        return False
    between = tok.doc[tok.head.i + 1 : tok.i]
    return any(t.text == ":" for t in between) or any(c.dep_ == "conj" for c in tok.children)


QUOTES = frozenset({'"', "“", "‘", "'"})


def imperative(tok: Token) -> bool:
    """ "Free them all" (also quoted: '"Free them all," she said'): a base-form verb heading its
    sentence or a quoted clause, with no subject, auxiliary or subordinating word."""
    quoted = tok.i > 0 and tok.doc[tok.i - 1].text in QUOTES
    heads_clause = tok.dep_ == "ROOT" or (
        (tok.dep_ in ("ccomp", "parataxis") or (quoted and tok.dep_ == "advcl"))
        and tok.i < tok.head.i
        and tok.head.pos_ == "VERB"
    )
    return (
        heads_clause
        and tok.tag_ == "VB"
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children
        )
    )


# precision (v20): adjectives of being able, whose copula carries the modal ("should be able to").
ABILITY = frozenset({"able", "unable"})


def ability_copula(tok: Token) -> Token | None:
    """ "The Treasury should be able to freeze their assets": the copula of "able", whose modal
    ("should", "could") bears on the act the adjective takes; None for any other word."""
    if tok.lemma_.lower() in ABILITY and tok.dep_ == "acomp" and tok.head is not tok:
        return tok.head
    return None


# precision (v20): verbs that make a decision formal, and the words that say it is still to come.
ADOPTION_VERBS = frozenset(
    {"adopt", "approve", "formalise", "formalize", "finalise", "finalize", "sign", "enact",
     "publish", "ratify", "endorse"}
)  # fmt: skip
ADOPTION_REACH = 4


def not_yet_adopted(trigger: Token) -> bool:
    """ "said it would expand its drone sanctions, but the measures have not yet been adopted",
    "will free them, though the decree is yet to be signed": an act to come that the sentence
    says is not made formal yet: no announced decision."""
    if not _future(trigger):
        return False
    later = [t for t in trigger.sent if t.i > trigger.i]
    if not any(t.lower_ in CONTRASTS or t.lower_ == "though" for t in later):
        return False
    return any(
        t.lemma_.lower() in ADOPTION_VERBS
        and t.tag_ == "VBN"
        and {"yet"} <= {w.lower_ for w in t.doc[max(t.i - ADOPTION_REACH, 0) : t.i]}
        for t in later
    )


# --- sanctions recall (session 20): a clause coordinated with another is not governed by it ---
# Punctuation that ends one main clause before another the parser hangs on it as a modifier ("The
# pressure has not eased: last month the EU extended its measures").
CLAUSE_BREAKS = frozenset({":", ";"})


def coordinate(conjunct: Token) -> str | None:
    """How a clause stands to the head the parser hangs it on, when that head is no governor of
    it: "sibling" for a verb coordinated with another that shares its subject ("rescinded Biden's
    decision and put Cuba back on the list": "put" is not rescinded, though the negation of a
    shared "did not" still bears on it); "own" for a coordinated clause with a subject of its own
    ("no relief was offered, and the EU renewed its listings"; "has not eased: the EU extended
    its measures"), which neither the head's words nor its negation reach. None otherwise, and for
    nouns (a noun coordinated with a verb is a misparse: "revoked the order, lifting the asset
    freezes" parsed "freezes" as a conjunct of "revoked")."""
    if conjunct.pos_ not in ("VERB", "AUX") or conjunct.head.pos_ not in ("VERB", "AUX"):
        return None  # nouns: "the release of X and the lifting of Y" share what governs them
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in conjunct.children):
        return None  # "and the staff would be freed": a modal of its own, read as it stands
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children)
    if conjunct.dep_ == "conj":
        return "own" if own and finite(conjunct) else "sibling"
    if conjunct.dep_ not in ("advcl", "parataxis") or not own:
        return None
    if any(c.dep_ == "mark" for c in conjunct.children):
        return None  # "because", "after", "if": a clause the head frames
    head = conjunct.head
    between = conjunct.doc[min(head.i, conjunct.left_edge.i) : max(head.i, conjunct.left_edge.i)]
    return "own" if any(t.text in CLAUSE_BREAKS for t in between) else None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite(verb: Token) -> bool:
    """Whether a verb has a tense or a modal of its own ("and the EU renewed", "and the staff
    would be freed"), not one it shares with the verb it is coordinated with ("Barrick would pay
    and the staff be freed", however the parser hangs "would")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )
