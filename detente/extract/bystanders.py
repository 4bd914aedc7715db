"""A release a bystander speaks of is the act of the state that freed, told elsewhere.

"US President Donald Trump announced the release", "Chancellor Angela Merkel welcomed his
release", "Qatar's foreign ministry said it had mediated the release": a bare release noun (no
number, name or time of its own), the object of a verb by which a state announces, welcomes or
brings it about, names the act the article tells of another state; the state named around the
noun freed no one. Not a release noun told otherwise ("the pardon by Azerbaijan of X", "the
exchange agreed in Istanbul was continuing"), which may be the only telling of an act. When such a
reference is the only release of its state in an article that tells releases of other states, it
is no act of its own: dropped (area "precision", session 15; the same state's bare references
fold into its act, :func:`detente.extract.retellings.bare_reference`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.extract.retellings import _bare
from detente.model import EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

log = logging.getLogger(__name__)


# Verbs by which a bystander speaks of, greets or brings about another state's release ("announced
# the release", "welcomed his release", "mediated the release", "resulted in the release"); not
# "confirm" nor "agree", which the releasing state does of its own act.
BYSTANDER_VERBS = frozenset(
    {"announce", "welcome", "hail", "praise", "celebrate", "applaud", "negotiate", "broker",
     "mediate", "facilitate", "secure", "arrange", "result"}
)  # fmt: skip


def _spoken_of(trigger: Token) -> bool:
    """Whether a release noun is the object of a bystander's verb, directly or through a
    preposition ("resulted in the release")."""
    head = trigger.head
    if trigger.dep_ == "pobj":
        head = head.head
    elif trigger.dep_ != "dobj":
        return False
    return head.lemma_.lower() in BYSTANDER_VERBS


def bystander(cluster: Cluster, clusters: list[Cluster]) -> bool:
    """Drop an undated release told only by bare nouns, each the object of a bystander's verb
    (:data:`BYSTANDER_VERBS`), whose state frees no one else in the article while other states
    do: a bystander's word on another state's act (in place)."""
    if cluster.type is not EventType.RELEASE or cluster.date is not None or cluster not in clusters:
        return False
    if not all(_bare(m) and _spoken_of(m.trigger) for m in cluster.mentions):
        return False
    releases = [c for c in clusters if c is not cluster and c.type is EventType.RELEASE]
    if not releases or any(c.actor == cluster.actor for c in releases):
        return False
    clusters.remove(cluster)
    log.debug("bare release noun of a bystander state %s dropped", cluster.actor)
    return True
