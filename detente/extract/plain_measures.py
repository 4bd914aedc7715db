"""Acts on measures the text names as no sanction ("Indonesia lifted its ban on palm oil
exports"): a trade rule of a state's own, a sanction only against a named foreign state or
company, or when a sanctioning power moves it. Read by :func:`detente.extract.sanctions.annotate`
(moved from there unchanged, session 24, to keep that module under 500 lines).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract import licences as lic
from detente.extract import listings
from detente.extract import sanctioners as who
from detente.extract.directions import LIST_VERBS, SANCTION_VERBS, TRADE_BAN_VERBS


def plain_measure(trigger: Token, scope: list[Token]) -> bool:
    """Whether an act moves only a ban, restriction or measure, named as no sanction (no
    "sanctions", embargo, asset freeze, travel ban, licence or listing): such an act is a
    sanction only against a named foreign state or company, or by a sanctioning power."""
    if lic.is_nominal(trigger) or listings.verb_lemma(trigger) in SANCTION_VERBS | LIST_VERBS:
        return False
    if listings.verb_lemma(trigger) in TRADE_BAN_VERBS:
        return True
    lemmas = {t.lemma_.lower() for t in scope}
    if lemmas & (lx.CORE_SANCTION_NOUNS | lic.LICENCE_WORDS | lx.LISTING_NOUNS | {"asset"}):
        return False
    if any(who.core_compound(t) or t.lower_ == "sanctions" for t in scope):
        return False
    return bool(lemmas & {"restriction", "ban", "measure"})
