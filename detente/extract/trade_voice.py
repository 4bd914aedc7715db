"""(v20) Whose voice tells a trade: the article's own, or others'.

The annotation guide (session 20): the article's own voice decides. A cue sentence that states the
trade as fact ("In return, Washington freed five Iranians", "freed in exchange for two spies",
"was swapped for a hacker") makes an exchange even when both governments deny any bargain; a
trade told only as others' claim ("in what officials called an arrangement", "Iranian media said
the men were traded for ...") or as the article's reading ("appeared to be a swap") is undone by
both parties' denial.

Regular expressions only, tested on cue sentences (:mod:`detente.extract.links`).
"""

from __future__ import annotations

import re

# A trade stated with its own words: an act told as answering another ("In return, ...", "Belgium
# in exchange released ..."), given for another ("in exchange for", "in return for"), or swapped
# for another ("was traded for", "swapped the pilot for").
_STATED = re.compile(
    r"^\W*(?:(?:and|but|then)\W+)?(?:[\w'’.-]+,?\s){0,3}?in (?:return|exchange)\b|"
    r"\bin (?:return|exchange) for\b|"
    r"\b(?:swapped|traded|exchanged) (?:[\w'’.-]+ ){0,6}?for\b",
    re.IGNORECASE,
)
# Words by which a sentence tells what others say or what seems, not what happened.
_REPORTED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according to|called|calls|calling|described|"
    r"describes|describing|claimed|claims|claiming|alleged|alleges|allegedly|reported|reports|"
    r"reportedly|insisted|insists|suggested|suggests|believed|believes|appeared|appears|"
    r"apparently|seemed|seems|seen as|speculat\w*|presented|portrayed|framed|hinted|"
    r"(?:may|might|could|would) have)\b",
    re.IGNORECASE,
)


def stated(text: str) -> bool:
    """Whether a cue sentence states a trade as fact in the article's own voice."""
    return _STATED.search(text) is not None and _REPORTED.search(text) is None
