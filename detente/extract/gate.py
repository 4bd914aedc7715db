"""What each document and sentence needs, decided on the raw text before any parsing.

spaCy's statistical components are nearly all the cost of extraction, so they run only where a rule
can fire. Three cheap tests, from the broadest to the narrowest:

1. **Document filter** (:data:`DOCUMENT_STEMS`): an article that never speaks of detention, prisoners,
   pardons, hostages or state sanctions is not even split into sentences. Every act the rules report
   comes with such words somewhere in the article ("released its new album" alone does not).
2. **Context gate**: the rules' gate :data:`lexicon.GATE`, inflected forms of the release lemmas
   (:data:`lexicon.RELEASE_VERBS`, :data:`lexicon.RELEASE_NOUNS`), handovers of people
   (:data:`HANDOVER`) and the sanctions rules' own precondition :func:`sanctions.is_sanctions_sentence`. Every such sentence is at least tokenised: its
   places count towards the article's likely actor and its exchange cues link events. So is a
   sentence that only presents a trade or sets acts apart from one (:func:`trade_cues.is_cue`).
3. **Parse gate**: a context sentence is tagged, parsed and given named entities unless it passed
   only through words that make no rule fire on their own (:data:`WEAK`: "still", "remain",
   "prisoners", "lift", "ease"…). Such a sentence is still parsed, without named entities (which only
   the release and sanctions rules read), when it holds a number: it may be a stock estimate ("more
   than 1,100 political prisoners remain"). So is a sentence with a number and a word of people held
   (:data:`HELD`: "imprisoned", "in Pakistani jails", "held in"), a stock estimate told without a gate
   word ("about 170 fishermen are imprisoned in Pakistan").

``tests/extract/test_gate.py`` checks the gates against the rules: every sentence of the test
articles and of the dev corpus where a rule finds something when fully parsed passes them, and
``tests/extract/test_pipeline.py`` that predicting entities only where asked changes no analysis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.extract import counts, roll_calls, sanctions, sentences, trade_cues
from detente.extract import lexicon as lx
from detente.extract.gazetteer import place_table
from detente.extract.prefilter import Screen

# Words without which an article holds no act the rules report: detention and its end, and state
# sanctions. A superset on purpose: a false pass costs a sentence split, a false stop loses events.
# Substrings of the lower-cased text (much faster than one case-insensitive regex over an article).
DOCUMENT_STEMS = (
    "prison", "jail", "detain", "detention", "custody", "captiv", "hostage", "pardon", "amnest",
    "clemency", "convict", "sentenced", "arrest", "incarcerat", "behind bars", "penal colon",
    "gulag", "abduct", "kidnap", "prisoners of war", "sanction", "embargo", "blacklist",
    "asset freeze", "asset-freeze", "price cap", "countermeasure", "designat", "delist", "swap", "freed", "frees ", "freeing", "set free",
    "walked free", "liberat", "repatriat", "deport", "expel", "expuls",
    "handed over", "hands over", "in exchange for", "in return for",  # a swap told with no other
    "handed back", "hands back", "handing back",  # recall: "handed back eighteen soldiers it held"
    "bail condition",  # recall: "discharged her from her bail conditions" (guide, session 12)
    # stem ("handed over seven Cubans in exchange for twenty Bolivians")
    # --- sanctions: acts told with no word "sanctions" ("froze the assets of", "unfroze", "a
    # general licence allowing", "banned imports of Russian gold") ---
    "froze the asset", "freeze the asset", "freezing the asset", "frozen the asset", "unfr",
    "general licen", "general authori", "waiver", "banned import", "banned export",
    "banned purchase", "ban on ", "bans on ",
    "licence allow", "license allow", "licence permit", "license permit", "entity list",
    "restricted list", "foreign assets control",  # "adding them to the Cuba Restricted List"
    "export ban", "import ban",  # "after the EU export ban" (h12-k folded: no word "sanctions")
    "airspace", "cap on ", "cap the price", "capped",  # session 23: closed skies, price caps
)  # fmt: skip
DOCUMENT_WORDS = re.compile(
    r"\b(?:pows?|ofac)\b"  # too short for substrings ("power")
    r"|\btreasury\b[^.]{0,40}\blicen[cs]e"  # sanctions: "the U.S. Treasury issued the licence"
    r"|\b(?:eas|relax|loosen|lift|tighten)\w* (?:\w+ ){0,2}restrictions\b"  # sanctions: measures
    # a captive given back, told by a pronoun ("returned the pilot, handing him over at the border")
    r"|\bhand(?:s|ed|ing)? (?:him|her|them) (?:over|back)\b"
    r"|\bswift\b"  # sanctions: "banks cut off from the SWIFT messaging system"
    # sanctions (session 24): a state's debt barred, a freeze ordered, its property frozen
    r"|\b(?:bar|ban|prohibit|restrict)\w*\b[^.]{0,100}\b(?:debt|bonds?|securities)\b"
    r"|\border\w*\b[^.]{0,40}\bfr(?:ee|o)z\w*\b|\bfr(?:ee|o)z\w*\b[^.]{0,60}\bproperty\b"
)
# Release words too common to admit an article alone ("released its new album"): they admit it
# when a word for people is their object or passive subject, a few words away ("released two
# tourists held for a week", "let go the 25 crew members", "the fishermen were released"); a word
# for people elsewhere ("critics", "engineers" in a film review) does not.
RELEASE_STEMS = ("releas", "let go", "sent home")
# Peoples named by a plural demonym are people too ("released three Americans", "the Britons were
# released"): the gazetteer's plural demonyms (Swiss and the like name one or many), longest first.
_PEOPLES = sorted(
    (
        alias.lower()
        for alias, (_, kind) in place_table().items()
        if kind == "demonym" and alias.endswith("s")
    ),
    key=len,
    reverse=True,
)
_PEOPLE = (
    r"(?:(?:held|(?:fisher|service|crew|wo)?men|"
    + "|".join(sorted(lx.PEOPLE_NOUNS.keys() | lx.OCCUPATIONS))
    + r")s?|"
    + "|".join(re.escape(p) for p in _PEOPLES)
    + r")"
)
_RELEASED = r"(?:releas\w*|let go|sent home)"
PEOPLE_RELEASED = re.compile(
    rf"\b{_RELEASED}(?: [^\s.;:!?]+){{0,6}}? {_PEOPLE}\b"
    rf"|\b{_PEOPLE} (?:were|was|have been|has been|had been|are|is|being)(?: \w+)? {_RELEASED}\b"
    # "Anna Keller, held in Belarus since 2022, was released": held, then freed, in one sentence
    rf"|\b(?:held|jailed|detained|imprisoned)\b[^.;!?]{{0,80}}\b(?:was|were) (?:\w+ )?{_RELEASED}\b"
)
# Words of lexicon.GATE that make no rule fire alone: stock cues and people held (stocks need a held
# noun with a cue), and verbs that move sanctions only with a sanctions word.
WEAK = re.compile(
    r"\b(?:still|remain\w*|prisoners?|hostages?|captives|custody|detain\w*|jailed|behind bars|"
    r"lift\w*|eas(?:e|ed|es|ing))\b",
    re.IGNORECASE,
)
# Handovers of people, which a release rule may read ("the Azerbaijani side received the soldiers").
HANDOVER = re.compile(
    r"\b(?:receiv\w*|hand(?:s|ed|ing)? (?:over|back)|"
    # releases: captives given up ("returned five detainees", "handed three hostages to")
    r"(?:return|transferr?|hand)(?:s|ed|ing)? (?:[\w,-]+ ){0,4}"
    r"(?:prisoners|detainees|hostages|captives|inmates|pows|servicemen|soldiers|fishermen|"
    r"fighters|combatants)|"
    # "hands seventeen Ukrainians to Kyiv", "handed four nationals back": people by nationality
    r"hand(?:s|ed|ing)? (?:[\w,-]+ ){0,3}(?:\w+(?:ans|ese|is)|nationals|citizens) (?:to|over|back)|"
    # recall: "were delivered to the Lebanese army", "Egypt returned eleven Libyan nationals"
    r"deliver(?:s|ed|ing)? to|(?:return(?:s|ed|ing)?|sen(?:t|ds|ding) back) (?:[\w,-]+ ){0,3}"
    r"(?:nationals|citizens|servicemen|shepherds|herders|traders|drivers|sailors|civilians|"
    r"\w+(?:ans|ese|is))|"
    # recall (v18): one foreigner given back ("returned a Pakistani Ranger it had detained")
    r"(?:return(?:s|ed|ing)?|sen(?:t|ds|ding) back) (?:a|an|the) [^.;]{0,60}?\b"
    r"(?:detained|held|arrested|captured|seized|jailed|imprisoned)|"
    # recall (v20): people told as held, sent to another state (sendoffs.sent_abroad: "sent 252
    # Venezuelans it had been holding back to Caracas")
    r"sen(?:t|ds|ding) [^.;:!?]{0,120}?\b(?:held|holding|detained|jailed|imprisoned|convicted|"
    r"behind bars|serv(?:ed|ing))\b[^.;:!?]{0,120}? to|"
    # recall (v20): "were returned from territory controlled by Kyiv" (held_returns)
    r"returned from (?:the )?(?:territor(?:y|ies)|captivity|custody))\b",
    re.IGNORECASE,
)
# Follow-up sentences that move or tell of people already freed ("Another thirty were let out",
# "They too were brought to Vilnius", "bringing our people home", "stepped off the jet", "on her
# way back", "left Ofer prison", "walked across the frontier", "put on a plane to X") or held
# ("are in pre-trial detention", "serving prison sentences"): attach and stock rules read them.
MOVED = re.compile(
    r"\b(?:let out|brought|bring(?:s|ing)? (?:[^.;:!?]{0,40} )?home|sent (?:home|back)|"
    r"stepped off|touched down|boarded|aboard|"
    # "Buses carried the West Bank prisoners to Ramallah": freed people driven away
    r"(?:carri|bus+|ferri|driv)(?:ed|en|es|ing)? (?:[\w-]+ ){0,4}"
    r"(?:prisoners|detainees|captives|hostages) (?:to|from|into|across)|on (?:her|his|their) way (?:back|home)|"
    r"walk(?:ed|ing|s)? (?:back )?(?:across|out|over|into)|crossed (?:into|over|the (?:border|frontier|bridge))|"
    r"cross(?:es|ed|ing)? (?:home|back)|let (?:[^.;:!?]{0,80} )?(?:fly|leave|return) (?:back|home|for|to)|"
    r"(?:send|sends|sent|sending) (?:[\w-]+ ){0,3}(?:prisoners|detainees|captives|pows) (?:home|back)|"
    r"(?:on|put on) (?:a|an|the) (?:\w+ ){0,2}(?:plane|flight|jet|aircraft)|"
    r"(?:left|leaves|leaving) (?:[\w'-]+ ){0,3}"
    r"(?:prisons?|jails?|gaol|detention|custody|captivity|penitentiar(?:y|ies)|colon(?:y|ies))|"
    r"in (?:pre-trial )?detention|prison sentences?|"
    # releases: a number per party told by the way they went ("fifty went each way")
    r"(?:went|go(?:es|ing)?|came|com(?:es|ing)?) (?:home |back )?(?:each way|on each side)|"
    r"(?:fl(?:y|ies|ew|own)|sen(?:ds?|t)) (?:[\w-]+ ){0,3}(?:prisoners|detainees|captives) to|"
    # recall: the other side's people ("X, a Russian convicted in Florida, went the other way")
    r"the other way|the (?:opposite|other) direction|"
    # recall: a counted group leaving its captor ("five Americans leave Iran", handovers.left_captor)
    r"(?:\w+(?:ans|ese|is)|prisoners|detainees|captives) (?:leave|leaves|left|leaving|fly|flies|flew)"
    r")\b",
    re.IGNORECASE,
)
# A list of people told of just before ("They included X and Y"; "among them" is in lexicon.GATE).
LISTED = re.compile(
    r"\b(?:they|those (?:freed|released|pardoned)) (?:also )?include[ds]?\b"
    # fields (attach.listed): "The five included X", "the Belarusian prisoners included X", "The
    # three are X, Y and Z"
    r"|\b(?:the|these|those) (?:[\w-]+ ){1,3}(?:also )?include[ds]?\b"
    # "The group, which included X and Y, landed"
    r"|\b(?:the|these|those) [\w-]+(?: [\w-]+)?, (?:which|who) (?:also )?include[ds]?\b",
    re.IGNORECASE,
)
# ... and at the start of a sentence only (a pattern of its own: in LISTED its piece "the" had the
# whole alternation searched in nearly every sentence; alone, its anchor is tried once).
LISTED_OPENING = re.compile(
    rf"^the (?:other )?(?:{'|'.join(counts.SMALL_NUMBERS[1:])}|\d+)"
    r"(?: [a-z]+)? (?:were|are) ",
    re.IGNORECASE,
)
# ... and a copula that lists them (attach.listed): "They are X Y and Z W", "The Americans were X
# Y, ...", "The others were X Y", "Among the seven were the journalists X Y": a plural or counted
# subject opening the sentence, then a full name (two capitalised words) a few words after the
# copula (case-sensitive, searched as written).
LISTED_COPULA = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:--|—|–|-)?\s*)?"
    r"(?:They|(?:The|Those|Among the) (?:[\w-]+ ){0,3}?(?:[\w-]+s|\d+|"
    rf"{'|'.join(counts.SMALL_NUMBERS[1:])})|"
    # "Among the Lebanese were X Y": a nationality noun with no plural -s
    r"Among the (?:[\w-]+ ){0,2}?[A-Z][\w-]+)(?:, [^.;:]{1,80},)? (?:were|are|was|is) "
    r"(?:[\w'’-]+ ){0,4}?[A-Z][\w'’-]+ [A-Z][\w'’-]+"
)
# Release triggers that are not inflections of one lemma (release_triggers.trigger_head).
RELEASE_EXTRA = ("freed", "released", "pardoned", "handover")
LET_GO = r"let(?:s|ting)?\s(?:[^.;:!?]{0,60}\s)?go"


def forms(lemma: str) -> set[str]:
    """Inflected forms a lemma may take in text, over-generated ("swap" → swaps, swapped…)."""
    out = {lemma + suffix for suffix in ("", "s", "es", "d", "ed", "ing")}
    out |= {lemma + lemma[-1] + suffix for suffix in ("ed", "ing")}  # swapped, expelling
    if lemma.endswith("e"):
        out.add(lemma[:-1] + "ing")  # releasing, trading
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}  # amnestied
    return out


RELEASE_FORMS = frozenset(
    {w for lemma in lx.RELEASE_VERBS | lx.RELEASE_NOUNS for w in forms(lemma)} | set(RELEASE_EXTRA)
)
_WORD = re.compile(r"[a-z]+")
_LET_GO = re.compile(rf"\b{LET_GO}\b")


def _release(text: str) -> bool:
    """Whether a sentence holds a release trigger (a set lookup: faster than a long alternation)."""
    lower = text.lower()
    return not RELEASE_FORMS.isdisjoint(_WORD.findall(lower)) or _LET_GO.search(lower) is not None


# A number in digits or words: a stock estimate needs one.
NUMBER = re.compile(
    rf"\d|\b(?:{counts.NUMBER_PATTERN}|hundreds?|thousands?|millions?|dozens?|score)\b",
    re.IGNORECASE,
)


# Stock estimates told with no word of lexicon.GATE ("170 Indian fishermen are imprisoned in
# Pakistan", "put the number of Jordanians held in Israel at around twenty", "more than 40 people
# are currently in prison"): with a number, such a sentence is parsed without named entities.
HELD = re.compile(
    r"\b(?:imprison\w*|incarcerat\w*|locked up|in (?:\w+ )?(?:prisons?|jails?)|"
    r"held (?:in|by|on|at|without|since|for)|(?:still|remain\w*) (?:hold|held)|"
    r"(?:are|is|were|was) (?:\w+ly |being |still )?(?:held|detained|jailed|imprisoned)|"
    # "nine more foreigners are believed to be held", "thought to remain in custody"
    r"(?:believed|thought|said|known|understood|reported) to (?:be|remain) (?:still )?"
    r"(?:held|detained|jailed|imprisoned|in custody)|"
    # "says Azerbaijan holds 23 Armenians", "41 people are serving sentences for political offences"
    r"(?:holds?|holding) (?:more than |at least |some |about |around )?(?:a )?"
    rf"(?:\d[\d,]*|dozen|{counts.NUMBER_PATTERN}|hundred) [a-z]+|"
    r"serving (?:\w+ ){0,2}sentences|"
    # a bare figure of people told just before (stock_after): "put the number at 60", "its tally
    # stood at 1,110", "gives a figure of 61"
    r"(?:puts?|putting|estimates?|estimated|gives?|gave|places?|placed) (?:the|their|its|a) "
    r"(?:\w+ )?(?:number|figure|total|tally|count)|"
    r"(?:tally|count|total|figure|number) (?:now |then )?(?:stood|stands|is|was|reached|has reached))\b",
    re.IGNORECASE,
)


# --- fields: names of people told of just before (attach.introduced) ---
# A definite group or a naming verb followed by a list of two or more full names ("The miners,
# X Y and Z W, had been ...", "named two of them, X Y and Z W", "were named as X Y and Z W"), or
# a definite noun followed by one full name in apposition ("The sailor, X Y, was ..."):
# case-sensitive, searched as written.
_NAME = r"(?:[A-Z][\w'-]+ )+[A-Z][\w'-]+"
# A trade or role written before a name in such a list ("The Poles, the journalist X Y and ...").
_ROLE = r"(?:the (?:[a-z]+ ){1,2})?"
NAME_LIST = re.compile(
    rf"^(?:The|All|Both) [A-Za-z]+(?: [a-z]+)?(?:,| —| --) {_ROLE}{_NAME}[^.;]{{0,60}}?"
    rf"(?:,| and) {_ROLE}{_NAME}"
    rf"|\b(?:named|identified)\b[^.;]{{0,60}}?(?:,|:| as) {_NAME}[^.;]{{0,60}}?(?:,| and) {_NAME}"
    # one person told of before by a noun or nationality: "The sailor, Mads Kristensen, was ...",
    # "The Latvian, Valdis Ozolins, 71, was driven ..."
    rf"|^The (?:[A-Z][a-z]+|[a-z]+)(?: [a-z]+)?, {_NAME},"
    # part of a group told of before, named: "One of them, the sergeant X Y, told", "Two of the
    # Britons, X Y and Z W, had been sentenced"
    rf"|^(?:One|Two|Three|Four|Five) of (?:them|the [\w-]+), (?:the [a-z]+ )?{_NAME}"
    # one of the freed, named as they speak (session 25): "One fisherman, X Y, said", "One, X Y,
    # told", "X Y, one of those released, told", "X Y, one of the freed men, said"
    rf"|^One(?: [a-z]+)?, {_NAME},"
    rf"|^{_NAME}, one of (?:them|those|the (?:[a-z]+ ){{1,2}})"
)

# fields (backstories): a sentence opening on a full name told in the passive of custody ("Laura
# Becker, a nurse, was detained in March"): it may name the people of the release before it.
BACKSTORY = re.compile(
    rf"^{_NAME}\b[^.;]{{0,120}}?\b(?:was|were|had been|has been|have been) (?:[a-z]+ )?"
    r"(?:arrested|detained|convicted|jailed|sentenced|accused|charged|imprisoned|captured|seized|"
    r"abducted|kidnapped|held)\b"
)


@dataclass(frozen=True)
class Gated:
    """A sentence that passed a gate, with what it needs."""

    sentence: sentences.Sentence
    """Text and offsets."""
    parse: bool
    """Tag, parse and run the rules (else only tokenise it for its places and cues)."""
    entities: bool
    """Predict named entities (only when parsed)."""


def needs(text: str) -> Gated | None:
    """What a sentence needs, or None when it is of no use."""
    return _needs(sentences.Sentence(0, 0, len(text), text))


# All of them screened at once (most sentences hold no piece of most patterns); the screen
# searches each case-insensitive pattern by its lower-case twin first (``prefilter.lowered``).
SCREEN = Screen(
    lx.GATE, WEAK, HANDOVER, MOVED, LISTED, LISTED_OPENING, NUMBER, HELD, NAME_LIST, BACKSTORY,
    trade_cues.OTHER_WAY, LISTED_COPULA, roll_calls.AMONG_FREED,
)  # fmt: skip


def _needs(s: sentences.Sentence) -> Gated | None:
    text = s.text
    seen = SCREEN.read(text)
    if (
        _release(text)
        or sanctions.is_sanctions_sentence(text)
        or seen.search(lx.GATE, seen.sub(WEAK, " ", text))
        or seen.search(HANDOVER, text)
        or seen.search(MOVED, text)
        or seen.search(LISTED, text)
        or seen.search(LISTED_OPENING, text)
    ):
        return Gated(s, parse=True, entities=True)
    # fields: names of the freed told of before
    named = (NAME_LIST, BACKSTORY, LISTED_COPULA, roll_calls.AMONG_FREED)
    if any(seen.search(pattern, text) for pattern in named):
        return Gated(s, parse=True, entities=True)
    number = seen.search(NUMBER, text) is not None
    if number and seen.search(trade_cues.OTHER_WAY, text):  # "Going the other way were 189
        return Gated(s, parse=True, entities=True)  # Sudanese": the implied rule reads it
    if seen.search(lx.GATE, text):
        return Gated(s, parse=number, entities=False)
    if number and seen.search(HELD, text):  # a stock estimate
        return Gated(s, parse=True, entities=False)
    if trade_cues.is_cue(text):  # "Both steps were part of a deal": context only
        return Gated(s, parse=False, entities=False)
    return None


def relevant(text: str) -> bool:
    """Whether a document can hold an act at all (the document filter)."""
    lower = text.lower()
    if any(stem in lower for stem in DOCUMENT_STEMS) or DOCUMENT_WORDS.search(lower) is not None:
        return True
    return (
        any(stem in lower for stem in RELEASE_STEMS) and PEOPLE_RELEASED.search(lower) is not None
    )


def plan(text: str) -> list[Gated]:
    """The sentences of a document worth a look, in order, with what each needs."""
    return screen(sentences.split(text)) if relevant(text) else []


def screen(every: list[sentences.Sentence]) -> list[Gated]:
    """Of all the sentences of a relevant document (:func:`relevant`), those worth a look, in
    order, with what each needs."""
    return [g for s in every if (g := _needs(s)) is not None]
