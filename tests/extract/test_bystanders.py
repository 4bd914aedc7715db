"""A bare release noun under a state that frees no one is another state's act."""

from __future__ import annotations

from detente.extract.bystanders import bystander
from detente.extract.events import Cluster
from detente.model import EventType

from .builders import mention, sentence


def _bare(actor, index):
    """ "X announced the release": a release noun with no number, name or time."""
    s = sentence(index, "The president announced the release .")
    m = mention("release", actor, s)
    verb, noun = s.doc[2], s.doc[4]
    noun.pos_, noun.dep_, noun.head = "NOUN", "dobj", verb
    verb.lemma_ = "announce"
    m.trigger = noun
    return m


def _act(actor, index, date="2026-03-05"):
    return Cluster(
        EventType.RELEASE, actor, [mention("release", actor, sentence(index), date)], date
    )


def test_a_bystanders_bare_release_noun_is_dropped():
    """ "Kenya freed the aid worker on Thursday." ... "Washington announced the release." """
    told = _act("KEN", 1)
    said = Cluster(EventType.RELEASE, "USA", [_bare("USA", 4)])
    clusters = [told, said]
    assert bystander(said, clusters)
    assert clusters == [told]


def test_a_bare_release_noun_of_the_only_releasing_state_stays():
    said = Cluster(EventType.RELEASE, "BLR", [_bare("BLR", 2)])
    sanctions = Cluster(
        EventType.SANCTIONS_EASED, "USA", [mention("sanctions_eased", "USA", sentence(1))]
    )
    clusters = [sanctions, said]
    assert not bystander(said, clusters)
    assert len(clusters) == 2


def test_a_bare_release_noun_of_a_state_with_its_own_act_is_not_a_bystanders():
    said = Cluster(EventType.RELEASE, "IRN", [_bare("IRN", 4)])
    clusters = [_act("IRN", 1), _act("FRA", 2), said]
    assert not bystander(said, clusters)


def test_a_release_noun_told_otherwise_is_no_bystanders_word():
    """ "The pardon by Azerbaijan of X was the last step": an act, not a word on one."""
    m = _bare("AZE", 4)
    m.trigger.dep_ = "nsubj"
    said = Cluster(EventType.RELEASE, "AZE", [m])
    clusters = [_act("TUR", 1), said]
    assert not bystander(said, clusters)


def test_a_release_noun_with_a_date_or_figure_is_no_bystanders_word():
    dated = Cluster(EventType.RELEASE, "USA", [_bare("USA", 4)], "2026-03-01")
    clusters = [_act("KEN", 1), dated]
    assert not bystander(dated, clusters)
    verb = Cluster(EventType.RELEASE, "USA", [mention("release", "USA", sentence(5))])
    clusters = [_act("KEN", 1), verb]
    assert not bystander(verb, clusters)
