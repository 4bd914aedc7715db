"""Sanctions mentions: who imposed, renewed, eased or lifted sanctions on whom, which entities and sectors.

``find`` locates verbs (and nominalisations) that move sanctions and are asserted; ``annotate`` reads
actor, target, entities, sectors, renewal and date around them.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from detente.extract import (
    act_effects,
    actor_roles,
    additions,
    copies,
    country_split,
    descriptions,
    doc_memo,
    dropped_names,
    inclusions,
    licence_names,
    listed,
    listed_again,
    listings,
    non_state,
    nonacts,
    packages,
    programmes,
    relatives,
    renewals,
    rosters,
    tightenings,
    wind_downs,
)
from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract import sanction_parties as parties
from detente.extract import sanctioners as who
from detente.extract.directions import (
    LIST_VERBS,
    added_after_act,
    direction,
    may_move,
    nominal,
)
from detente.extract.gazetteer import Gazetteer, sovereign
from detente.extract.listed_names import not_licensees
from detente.extract.listings import of_phrases
from detente.extract.mentions import (
    PARTY_SEATED,
    Mention,
    ParsedSentence,
    or_unknown,
    places_in,
    subject_of,
)
from detente.extract.modality import classify
from detente.extract.plain_measures import plain_measure
from detente.extract.prefilter import Screen
from detente.extract.sanction_dates import act_date, time_anchor
from detente.extract.senses import not_state_sanction, sentence_not_state
from detente.model import EventType, Modality

# Nouns of a prepositional phrase that gives the reason for an act, not its object.
REASON_NOUNS = frozenset(
    {"response", "retaliation", "reaction", "reprisal", "punishment", "protest"}
)
# Nouns of acting together ("in coordination with Washington"): a partner, not the target.
PARTNER_NOUNS = frozenset(
    {"coordination", "co-ordination", "cooperation", "concert", "consultation", "tandem", "step",
     "partnership", "alignment", "conjunction"}
)  # fmt: skip


def _object_words(verb: Token) -> list[Token]:
    """Tokens on the object side of a verb (everything it governs but its subject and the
    circumstances: "frozen under US sanctions" does not freeze sanctions)."""
    return list(_object_side(verb))


@doc_memo.per_token  # asked several times of each verb (find, annotate, the emergency acts)
def _object_side(verb: Token) -> tuple[Token, ...]:
    measure = listings.measure_subject(verb)
    out: list[Token] = list(measure.subtree) if measure is not None else []
    for child in verb.children:
        if child.dep_ == "prep" and (
            child.lower_ in lx.CIRCUMSTANCE_PREPS
            or _as_part(child)  # "as part of a draft package": where the act belongs
            or any(
                c.dep_ == "pobj" and c.lemma_.lower() in REASON_NOUNS | PARTNER_NOUNS
                for c in child.children
            )
        ):  # "in response to the death of X", "in coordination with Y": why or with whom
            continue
        if child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ in parties.TARGET_PREPS:
            if not _gapped(child):  # "on Syria's energy sector and on several banks", misparsed
                out.extend(child.subtree)
            continue
        if child.dep_ in (
            "nsubj",
            "agent",  # "was sanctioned by the US Treasury": the doer, not the listed
            "csubj",
            "aux",
            "neg",
            "mark",
            "punct",
            "cc",
            "conj",
            "xcomp",
            "ccomp",
            "advcl",
            "relcl",
        ):
            continue
        out.extend(child.subtree)
    if (verb.dep_ in ("acl", "amod") or relatives.relative_object(verb)) and verb.head is not verb:
        own = {t.i for t in verb.subtree}  # "sanctions imposed on…", "X, which was designated"
        out.extend(
            t for t in relatives.phrase_of(verb).subtree if t.i not in own and t.dep_ != "det"
        )
    nested = {t.i for t in out if t.i != verb.i and _own_clause(t) for t in t.subtree}
    return tuple(t for t in out if t.i not in nested)


def _as_part(prep: Token) -> bool:
    """ "as part of a package", "as a step towards ...": the frame an act belongs to, not its object."""
    return prep.lower_ == "as" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in ("part", "step") for c in prep.children
    )


def _gapped(prep: Token) -> bool:
    """A second object with a time of its own, the verb left out: "lifted sanctions on Belavia in
    September, and on Belaruskali in December" tells two acts."""
    if prep.dep_ != "conj" or prep.pos_ != "ADP":
        return False
    verb, doc = prep.head, prep.doc
    before = doc[verb.left_edge.i : prep.i]
    after = doc[prep.i : verb.right_edge.i + 1]
    return any(t.ent_type_ == "DATE" for t in before) and any(t.ent_type_ == "DATE" for t in after)


def _own_clause(tok: Token) -> bool:
    """A clause with a subject of its own, not a relative pronoun ("the decision Trump announced
    ..., that he was lifting sanctions"): its acts are its own, not the governing verb's object."""
    if tok.dep_ not in nonacts.NESTED_CLAUSE_DEPS or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in relatives.RELATIVE_PRONOUNS
        for c in tok.children
    ):
        return False
    words = list(tok.subtree)
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in lx.IMPOSE_VERBS | lx.EASE_VERBS for t in words
    ) and any(t.lemma_.lower() in lx.CORE_SANCTION_NOUNS for t in words)


# Sentences the sanctions rules can fire on (also a gate before parsing, see extract/gate.py).
SANCTIONS_SENTENCE = re.compile(
    r"sanction|embargo|blacklist|asset|restriction|licen[cs]e|waiver|authori[sz]ation|"
    r"airspace|\bcap(?:s|ped|ping)?\b|"  # session 23: closed skies, a price cap set or lowered
    r"\bSWIFT\b|\bfr(?:ee|o)z\w*\b[^.]{0,60}\bproperty\b|"  # cut off from SWIFT, property frozen
    r"\b(?:bars|restrict\w*|prohibit\w*)\b[^.]{0,100}\b(?:debt|bonds?|securities)\b|"  # its debt
    r"\blist(?:ed|ings?)?\b|\bbans?\b|"
    r"relief|designat|measures|delist|unfr[eo]z|\bblock(?:ed|s)\b|\brepeal|\bloosen|\bbann(?:ed|ing)\b|"
    r"\bprohibit|\bbarr(?:ed|ing)\b|\bnamed\b|\bamong (?:those|them|these)\b|"  # rosters
    r"national emergency|"  # "continued the national emergency with respect to Iran"
    + dropped_names.GATE  # "in the end three names were dropped" (a delisting)
    + r"\bregime\b[^.]{0,160}\b(?:renew|prolong|extend|roll(?:ed|s|ing)? over)|"  # a regime renewed
    r"\b(?:renew|prolong)\w*\b[^.]{0,40}\bregime\b|"  # (extract/renewals.py)
    r"\b(?:renewal|roll-?over)\b|"  # "the rollover went through quietly" (renewals.noun_act)
    + packages.NUMBERED_PACKAGE  # "the seventeenth package targeted 200 tankers"
    + additions.ADDED,  # "the Council added nine judges" (no word of a list)
    re.IGNORECASE,
)
SCREEN = Screen(SANCTIONS_SENTENCE)


def is_sanctions_sentence(text: str) -> bool:
    """Whether the sanctions rules can fire on a sentence (remembered: the gate asks of every
    sentence before parsing, ``find`` again of the parsed ones; the search is among the costliest
    of the rules, about as long as a parse of a short sentence, when it is run as written): one
    with a word of sanctions, or a roster told without one ("The banks are X and Y")."""
    return _sanctions_words(text) or rosters.spelled_out(text)


@functools.lru_cache(maxsize=4096)
def _sanctions_words(text: str) -> bool:
    return SCREEN.read(text).search(SANCTIONS_SENTENCE, text) is not None


def find(ps: ParsedSentence) -> list[tuple[Token, EventType, bool]]:
    """Asserted sanctions acts in a sentence: (trigger, type, renewal). Verbs first; a nominal act
    inside a verb's object ("granted a licence, the most significant easing of sanctions") or in a
    clause describing a licence ("a licence that suspended sanctions") is the same act."""
    if not is_sanctions_sentence(ps.sentence.text):
        return []
    if not _sanctions_words(ps.sentence.text):  # "The banks are X and Y": a roster or nothing
        return _roster_cue(ps)
    if lx.TRADE_PREFERENCES.search(ps.sentence.text) and not lx.SANCTIONS_WORD.search(
        ps.sentence.text
    ):
        return []  # a trade benefit withdrawn or restored, not sanctions
    if ps.sentence.text.rstrip().rstrip("\"'\u201d").endswith("?"):
        return []  # "Who has sanctioned him?": a question asserts no act
    theirs = non_state.acts(ps)  # a court's, a sports body's or a regional bloc's own acts
    if theirs is None:
        return _roster_cue(ps)  # "Those listed are X, head of the regional bloc"
    found: list[tuple[Token, EventType, bool]] = []
    covered: set[int] = set()
    verbs = [t for t in doc_memo.tokens(ps.doc) if t.pos_ in ("VERB", "AUX") or lic.lapse_noun(t)]
    nouns = [t for t in doc_memo.tokens(ps.doc) if lic.is_nominal(t)]
    anchored = nonacts.ANCHOR_WORD.search(ps.sentence.text) is not None
    for tok in [*verbs, *nouns]:
        licence_act = lic.dated_grant_or_revocation(ps, tok)  # "the licence, granted in May"
        if (
            tok.i in covered
            or non_state.theirs(tok, theirs)
            or copies.retells(tok, found)
            or (
                (licence_act is None and nonacts.describes_licence(tok))
                or (anchored and time_anchor(ps, tok))
                or nonacts.standing(tok)
                or nonacts.freeze_noun(tok)
                or descriptions.describes_only(tok)  # "the sanctions that bar its exports stay"
            )
        ):
            continue
        if rosters.describes_group(tok):  # "Those designated are ...": a roster, no act
            continue
        if lic.is_nominal(tok):
            result = nominal(tok) or _state_relief(ps, tok) or renewals.noun_act(ps, tok)
            if result is not None and (
                nonacts.negated_above(tok) or nonacts.unrealised(tok) or nonacts.still_standing(tok)
            ):
                continue
        else:
            result = (
                ((licence_act, False) if licence_act is not None else None)
                or (direction(tok, _object_words(tok)) if may_move(tok) else None)
                # "the list, which was last renewed in October"
                or ((EventType.SANCTIONS_IMPOSED, True) if renewals.renewal(ps, tok) else None)
                or copies.as_before(tok, found)
                or (
                    (EventType.SANCTIONS_IMPOSED, False)
                    if listed_again.contents(tok) or _blocks(ps, tok) or packages.package_of(tok)
                    else None
                )
            )
            if result is not None and (
                not listings.by_state(ps, tok)
                or listings.status(tok)
                or listings.still_listed(tok)
                or listings.attributive(tok)  # "US-sanctioned Wagner mercenaries"
                or listings.targeted_measure(tok)  # "a targeted arms embargo"
                or nonacts.standing_measures(tok)  # "Measures targeting X will remain"
            ):
                continue
        if result is None or nonacts.generic(ps, tok) or nonacts.may_come(tok):
            continue  # "has announced such sanctions in the past", "a decision ... could come"
        lapse = tok.lemma_.lower() in ("renew", "extend", "prolong") and (
            result == (EventType.SANCTIONS_IMPOSED, False)
            or (result[0] is EventType.SANCTIONS_EASED and lic.refused(tok))
        )  # "declined to renew the licence", "did not renew the embargo"
        if not lapse and not nonacts.done_by(ps, tok) and classify(tok) is not Modality.ASSERTED:
            continue
        if (
            nonacts.on_condition(tok)
            or nonacts.habitual(ps, tok)
            or nonacts.repeated(tok)
            or nonacts.power(tok)
            or nonacts.record(tok)
            or nonacts.scheduled_lapse(tok)
            or nonacts.eased_history(tok)
            or nonacts.eased_history_clause(ps, tok)  # "lifted sanctions it imposed years ago"
            or relatives.origin(tok)  # "sanctions first adopted in 2011": a regime's origin
        ):
            continue  # "will lift ... if", "imposes ... every", "several times", "allowing it to"
        if (
            nonacts.kept_state(tok)
            or not_state_sanction(ps, tok)
            or nonacts.aid_only(_act_words(tok))
        ):
            continue  # "which maintains sanctions on Syria", "lifted an exit ban", "clubs sanctioned"
        if (
            result[0] is EventType.SANCTIONS_EASED
            and wind_downs.wind_down(ps, tok, _act_words(tok))
            and not _listing_told(found)
        ):
            result = (EventType.SANCTIONS_IMPOSED, False)  # "issued GL 44A, a 45-day wind-down"
        found.append((tok, result[0], result[1]))
        if not lic.is_nominal(tok):
            words = _object_words(tok)
            covered |= (
                {t.i for t in words} - relatives.dated_clauses(words) - wind_downs.issues(words)
            )
            found += [(c, result[0], result[1]) for c in tok.children if _gapped(c)]
    if not found and lx.GENERIC.search(ps.sentence.text):
        return []  # no roster of a generic sentence ("those it has often listed include")
    return sorted(found or _roster_cue(ps), key=lambda f: f[0].i)


def _listing_told(found: list[tuple[Token, EventType, bool]]) -> bool:
    """Whether the sentence told new listings before ("designated Rosneft and Lukoil and issued
    a licence authorising the wind-down of transactions"): a wind-down licence issued with them is
    an easing of its own (docs/annotation.md, session 18), not the return of sanctions."""
    return any(
        kind is EventType.SANCTIONS_IMPOSED and listings.verb_lemma(t) in LIST_VERBS | {"list"}
        for t, kind, _ in found
    )


def _act_words(tok: Token) -> list[Token]:
    """What an act bears on: a nominal act's own words, a verb's object side."""
    return list(tok.subtree) if lic.is_nominal(tok) else _object_words(tok)


def _roster_cue(ps: ParsedSentence) -> list[tuple[Token, EventType, bool]]:
    """ "Those listed include X": the names of an act told before (see rosters), typed when that
    act is found (``listed_again.told_again``)."""
    if sentence_not_state(ps):
        return []  # "added 60 officials, among them judges, to its list of those banned from entering"
    return [
        (t, EventType.SANCTIONS_IMPOSED, False) for t in doc_memo.tokens(ps.doc) if rosters.cue(t)
    ][:1]


def _blocks(ps: ParsedSentence, verb: Token) -> bool:
    """ "the US Treasury blocked Rosneft and Lukoil": a sanctioning body that blocks a named
    company or person lists it (a state blocking a website or a merger does not)."""
    if verb.lemma_.lower() != "block":
        return False
    subj = subject_of(verb)
    bodies = places_in(ps, list(subj.subtree), frozenset({"institution"})) if subj else []
    return any(p.code in lx.SANCTIONING_POWERS for p in bodies) and any(
        c.dep_ == "dobj" and c.ent_type_ in ("ORG", "PERSON") for c in verb.children
    )


def _followed(trigger: Token) -> Token | None:
    """The earlier sanctions verb of the sentence that a verb following suit copies."""
    if not copies.follows_suit(trigger):
        return None
    earlier = [t for t in trigger.doc[: trigger.i] if t.pos_ in ("VERB", "AUX")]
    return next((t for t in reversed(earlier) if direction(t, _object_words(t))), None)


def _state_relief(ps: ParsedSentence, tok: Token) -> tuple[EventType, bool] | None:
    """ "American relief for the national airline Belavia": relief owned by a state and aimed at a
    sanctionable company or sector is an easing, though the word "sanctions" is absent."""
    if tok.lemma_.lower() not in lx.EASE_NOUNS or not who.owner(ps, [tok]):
        return None
    words = list(tok.subtree)
    if any(t.ent_type_ == "ORG" or t.lower_ in lx.SECTOR_WORDS for t in words):
        return EventType.SANCTIONS_EASED, False
    return None


def annotate(
    ps: ParsedSentence, trigger: Token, kind: EventType, renewal: bool, gaz: Gazetteer
) -> list[Mention]:
    """Mentions (one per sanctioning state) for a found trigger."""
    if rosters.cue(trigger):
        return _roster(ps, trigger, kind, gaz)
    # "the EU's listings of two banks, renewed in May": the EU, though the banks are Belarusian
    actors = renewals.owners(ps, trigger) or who.actor(ps, trigger)
    if actors == ["-"]:
        return []
    emergency = programmes.emergency_act(trigger, lic.is_nominal(trigger), _object_words(trigger))
    if not actors and (emergency or programmes.us_instrument(trigger)):  # a US instrument
        actors = ["USA"]
    doers = parties.doer_before(ps, trigger)  # "X freed them, and the US Treasury removed ..."
    actors = doers if any(d not in actors for d in doers) else actors
    package = packages.package_of(trigger)  # "the seventeenth package targeted 200 tankers"
    actors = packages.owner(ps, package, trigger) if package is not None else actors
    wrong = {p.code for p in places_in(ps, listings.deed(trigger))}  # "for helping Russian firms"
    actors = [a for a in actors if a not in wrong]
    model = _followed(trigger)  # "and Britain followed suit": what the act before bore on
    scope = (
        list(trigger.subtree)
        if lic.is_nominal(trigger) or trigger.pos_ == "ADP"  # a gapped second act
        else _object_words(model or trigger)
    )
    if listed_again.contents(trigger):  # "The measures include an embargo and asset freezes"
        scope = listed_again.content_words(trigger)
    if lic.is_nominal(trigger):  # "the designation in May of four officials", misparsed
        scope += [t for c in of_phrases(trigger) if c.head is not trigger for t in c.subtree]
        by = {t.i for b in who.nominal_agents(trigger) for t in b.subtree}
        scope = [t for t in scope if t.i not in by]  # "by the Treasury": the doer, not the listed
    barred = programmes.barred_people(trigger)  # "barred US persons from": not the listed
    barred |= tightenings.network_words(trigger)  # "from SWIFT": the network, not the listed
    scope = [t for t in scope if t.i not in barred]
    licence = lic.lapsed_licence(trigger)
    held = scope
    if licence is not None:  # what lapsed is the licence: its holder, its sectors, its country
        scope = scope + [t for t in licence.subtree if t.i != trigger.i]
        holders = {d.i for t in licence.subtree if t.dep_ == "nsubj" for d in t.subtree}
        held = [t for t in scope if t.i not in holders]  # "let Turkish refiners buy": licensees
    licensed = actor_roles.licensees(trigger)  # actor roles
    held = [t for t in held if t.i not in licensed]
    let_deal, deal = lic.licensees(held)  # "ended the waivers that let China buy Iranian oil"
    held = [t for t in held if t.i not in let_deal] + deal
    allowed = scope + lic.allowed(trigger) + _colon_list(trigger) + deal
    allowed += inclusions.included(trigger, allowed)  # "..., including X": members listed
    allowed += inclusions.kept_listed(trigger) if renewal else []  # "..., keeping X listed"
    entities, sectors, targets = listed.entities(ps, trigger, {t.i for t in allowed}, gaz)
    targets = parties.apposed(ps, held, actors) + targets  # "X, a small Bishkek lender"
    entities = not_licensees(ps.doc, entities, licensed)  # session 15: a licensee is no entity
    entities += licence_names.dealt_with(ps, trigger, allowed, gaz, entities)  # session 19
    if let_deal:  # the licensees are listed and give sectors, but are not the target (a parent:)
        targets = listed.entities(ps, trigger, lic.parents(let_deal, ps.doc, allowed), gaz)[2]
    # what the act bears on, and what a participle clause says it does ("…, freeing oil sales")
    sectors += listed.sectors(allowed + act_effects.spelled_out(trigger))
    targets += parties.respecting(ps) if emergency else []  # "with respect to Iran"
    targets += (
        parties.funds_owner(ps, trigger, kind, held, actors)
        or parties.debt_owner(ps, trigger, held, actors)  # "buying bonds issued by Caracas"
        or parties.served(ps, held, actors)  # "Chinese and Emirati firms helping Moscow"
        or parties.named(ps, trigger, held, actors)
        or parties.described(ps, trigger, held, actors)
        or parties.seats(held, actors)
        or lic.dealt_in(ps, deal, actors)
        or parties.european(held, actors)  # "sanctioning ten European individuals"
    )
    targets += [] if targets else actor_roles.dealt_with(ps, trigger, actors)  # actor roles
    target = sovereign(targets[0]) if targets else None
    if target is None and _added_to(trigger):  # "blacklisted 34 vessels owned by PDVSA, and in
        target = _first_target(ps, trigger.head, kind, renewal, gaz)  # May it added two more"
    actors = [a for a in actors if a != target]  # a state does not sanction itself: misread
    told = listed_again.contents(trigger)  # "The measures include": the act told before's
    if not (targets or entities or told) and plain_measure(trigger, allowed):
        # "Indonesia lifted its ban on palm oil exports": a trade rule of its own, unless a
        # sanctioning power moves it ("the UN measures were lifted")
        actors = [a for a in actors if a in lx.SANCTIONING_POWERS]
        if not actors:
            return []
    mentions = [
        Mention(
            kind,
            ps,
            trigger,
            actor=actor,
            target=target,
            entities=list(entities),
            sectors=list(dict.fromkeys(sectors)),
            date=act_date(ps, trigger, package),
            renewal=renewal,
        )
        for actor in or_unknown(actors)
    ]
    return country_split.split(ps, trigger, mentions, {t.i for t in allowed}, gaz)


def _added_to(trigger: Token) -> bool:
    """ "... and added two more shipping firms": "add" joined to the act it adds to."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return not lic.is_nominal(trigger) and added_after_act(trigger, objects)


def _first_target(
    ps: ParsedSentence, act: Token, kind: EventType, renewal: bool, gaz: Gazetteer
) -> str | None:
    """The target of the act an addition is joined to: what it adds to bears on that country."""
    return next((m.target for m in annotate(ps, act, kind, renewal, gaz) if m.target), None)


def _roster(ps: ParsedSentence, verb: Token, kind: EventType, gaz: Gazetteer) -> list[Mention]:
    """The names a roster spells out, as a mention of no state yet: ``listed_again.told_again``
    gives it the act told just before, or drops it."""
    words = rosters.region(verb)
    entities, sectors = licence_names.listed_in(ps, verb, words, gaz)  # also a licence's
    added = rosters.passive(verb)  # "Also listed were Indian and Iranian intermediaries"
    if not entities and not added:
        return []
    sectors = list(dict.fromkeys(sectors + listed.sectors(words)))
    roster = Mention(kind, ps, verb, entities=entities, sectors=sectors, renewal=False)
    seats = country_split.roster_seats(ps, roster)
    if added and seats == [roster]:  # by the nationality of its groups, named or not
        seats = country_split.roster_nations(ps, verb, roster)
    return [m for m in seats if m.entities or m.party == PARTY_SEATED]


def _colon_list(trigger: Token) -> list[Token]:
    """What a colon after the act spells out, parsed as a verbless sentence of its own ("eased
    sanctions by issuing two licences: one for X and one covering oil operations of Y")."""
    doc = trigger.doc
    colon = next((t for t in doc[trigger.i + 1 :] if t.text in (":", ";", "—")), None)
    if colon is None or colon.text != ":" or lic.is_nominal(trigger):
        return []
    root = next((t for t in doc[colon.i + 1 :] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return []
    return list(root.subtree)
