"""When a sanctions act was done (:func:`act_date`), split from :mod:`detente.extract.sanctions`:
the time of its own clause, of the verb a nominal act hangs on, of a "when" clause, of the
package it tells; an act told in a since/before/until clause with a month of its own, or a verb
with its own in/on time phrase, is dated by that (sanctions recall, session 20)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import licences as lic
from detente.extract import packages
from detente.extract import sanctioners as who
from detente.extract.dates import at_least_month
from detente.extract.mention_times import nearest_time, own_phrase_time
from detente.extract.mentions import ParsedSentence
from detente.extract.nonacts import ANCHOR_MARKS


def act_date(ps: ParsedSentence, trigger: Token, package: Token | None) -> str | None:
    """The time of the act: a nominal act ("in exchange for relief") without a time expression of
    its own takes the time of the verb it hangs on; a participle, that of its governing verb; a
    gapped second act ("and on Belaruskali in December"), the first time after it; a numbered
    ``package`` the act tells, the time it was adopted ("its package, adopted in May, listed")."""
    if trigger.pos_ == "ADP":
        return next((t.value for t in ps.times if t.start > trigger.idx), None)
    if lic.is_nominal(trigger):
        inside = {t.idx for t in trigger.subtree}
        own = [t for t in ps.times if t.start in inside]
        if own:  # "and a US designation of X last month": its own time, not a nearer one
            return min(own, key=lambda t: abs(t.start - trigger.idx)).value
        if not any(t.start in inside for t in ps.times):
            verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                return nearest_time(ps, verb)
    governor = who.governing_verb(trigger)
    dated = packages.adopted(package) if package is not None else None
    return (
        anchor_date(ps, trigger)  # "since Washington blacklisted ... in January"
        or own_phrase_time(ps, trigger)  # "renewed ... in February and added ... in July"
        or nearest_time(ps, trigger)
        or (nearest_time(ps, governor) if governor else None)
        or _when_date(ps, trigger)
        or (nearest_time(ps, dated) if dated is not None else None)
    )


def _when_date(ps: ParsedSentence, trigger: Token) -> str | None:
    """The date a "when" clause the act sits in hangs on ("That followed action on January 7,
    when X determined that ... and the Treasury sanctioned its commander")."""
    clause = next((a for a in trigger.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ == "when" for c in clause.children):
        return None
    day = clause.head
    return next((t.value for t in ps.times if t.start <= day.idx < t.end), None)


def time_anchor(ps: ParsedSentence, tok: Token) -> bool:
    """ "before Washington tightened sanctions in 2019", "since they were tightened": an earlier act
    that only dates something else, not an act the article reports. One with a month or a day of
    its own ("since Washington blacklisted 183 tankers in January") is a past act told in its own
    clause, a background event (docs/annotation.md, session 19)."""
    if not any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS for c in tok.children):
        return False
    return anchor_date(ps, tok) is None


def anchor_date(ps: ParsedSentence, tok: Token) -> str | None:
    """The month or day a since/before/until clause gives its own act ("since Washington
    blacklisted 183 tankers carrying Russian oil in January": January, wherever the parser hangs
    it in the clause), or None."""
    if not any(c.dep_ == "mark" and c.lower_ in ANCHOR_MARKS for c in tok.children):
        return None
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return next(
        (t.value for t in ps.times if start <= t.start < end and at_least_month(t.value)),
        None,
    )
