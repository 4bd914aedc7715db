"""An act first told in the headline folds into the body's act of the same state."""

from __future__ import annotations

from detente.extract.counts import Count
from detente.extract.events import Cluster, merge
from detente.extract.headlines import fold_releases
from detente.model import CountQualifier, EventType

from .builders import mention, sentence

PUBLISHED = "2026-03-07"
TITLE = "Ruritania frees two sailors held for months"  # a headline: no full stop


def _counted(m, value):
    m.count = Count(value, CountQualifier.EXACT, 0, 1)
    return m


def _cluster(actor, date, *mentions):
    return Cluster(EventType.RELEASE, actor, list(mentions), date)


def test_a_headline_dated_by_its_report_folds_into_the_day_before():
    """ "Ruritania frees two sailors" (dated by publication) over "were released on Thursday"."""
    head = _cluster("IRN", "2026-03-07", mention("release", "IRN", sentence(0, TITLE)))
    body = _cluster("IRN", "2026-03-05", mention("release", "IRN", sentence(3), "2026-03-05"))
    clusters = [head, body]
    fold_releases(clusters)
    assert clusters == [body]
    assert body.date == "2026-03-05"
    assert [m.sent.sentence.index for m in body.mentions] == [0, 3]


def test_a_headline_part_of_the_group_keeps_the_groups_figure():
    """ "King pardons three jailed reporters" over "pardoned 1,850 prisoners" the same day."""
    head = _cluster("MAR", "2026-03-05", _counted(mention("release", "MAR", sentence(0, TITLE)), 3))
    body = _cluster(
        "MAR",
        "2026-03-05",
        _counted(mention("release", "MAR", sentence(2), "2026-03-05"), 1850),
    )
    clusters = [head, body]
    fold_releases(clusters)
    assert clusters == [body]
    assert body.count is not None and body.count.value == 1850


def test_a_headline_act_weeks_from_the_body_act_stays_apart():
    head = _cluster("BLR", "2026-03-07", mention("release", "BLR", sentence(0, TITLE)))
    body = _cluster("BLR", "2026-01-20", mention("release", "BLR", sentence(4), "2026-01-20"))
    clusters = [head, body]
    fold_releases(clusters)
    assert clusters == [head, body]


def test_a_headline_act_does_not_fold_into_a_later_body_act():
    """A report trails its act: the body's act two days after the headline's is another one."""
    head = _cluster("ISR", "2026-03-03", mention("release", "ISR", sentence(0, TITLE)))
    body = _cluster("ISR", "2026-03-05", mention("release", "ISR", sentence(6), "2026-03-05"))
    clusters = [head, body]
    fold_releases(clusters)
    assert len(clusters) == 2


def test_a_dated_headline_act_folds_only_into_the_day_before():
    """ "arrived on Friday after being freed" over "released on Thursday"; not three days."""
    near = _cluster("LBY", "2026-03-06", mention("release", "LBY", sentence(3), "2026-03-06"))
    head = _cluster(
        "LBY",
        "2026-03-07",
        mention("release", "LBY", sentence(0, TITLE)),
        mention("release", "LBY", sentence(2), "2026-03-07"),
    )
    clusters = [head, near]
    fold_releases(clusters)
    assert clusters == [near]
    assert near.date == "2026-03-06"  # the release's day, not the arrival's
    far = _cluster("LBY", "2026-03-04", mention("release", "LBY", sentence(3), "2026-03-04"))
    head2 = _cluster(
        "LBY",
        "2026-03-07",
        mention("release", "LBY", sentence(0, TITLE)),
        mention("release", "LBY", sentence(2), "2026-03-07"),
    )
    clusters = [head2, far]
    fold_releases(clusters)
    assert len(clusters) == 2


def test_a_headline_act_of_another_state_or_a_set_apart_group_stays():
    head = _cluster("VEN", "2026-03-05", mention("release", "VEN", sentence(0, TITLE)))
    other = _cluster("USA", "2026-03-05", mention("release", "USA", sentence(2), "2026-03-05"))
    apart = _cluster("VEN", "2026-03-05", mention("release", "VEN", sentence(3), "2026-03-05"))
    apart.apart = True  # "Venezuela also freed 80 political prisoners"
    clusters = [head, other, apart]
    fold_releases(clusters)
    assert len(clusters) == 3


def test_merge_folds_the_headline_of_the_story_into_its_dated_act():
    s = [sentence(0, TITLE), sentence(2)]
    ms = [mention("release", "EGY", s[0]), mention("release", "EGY", s[1], "2026-03-02")]
    (cluster,) = merge(ms, PUBLISHED)
    assert cluster.date == "2026-03-02"


def test_two_figures_days_apart_are_two_groups():
    """ "Eid pardon frees 1,400" (dated by its report) and "54 students walked out on Sunday"."""
    head = _cluster(
        "EGY", "2026-03-07", _counted(mention("release", "EGY", sentence(0, TITLE)), 1400)
    )
    body = _cluster(
        "EGY", "2026-03-06", _counted(mention("release", "EGY", sentence(5), "2026-03-06"), 54)
    )
    clusters = [head, body]
    fold_releases(clusters)
    assert len(clusters) == 2


def test_a_first_sentence_ended_like_the_body_is_no_headline():
    """A text with no headline opens with its lead: "Laos freed four traders on Saturday." and a
    student freed apart the same day are two acts."""
    lead = _cluster(
        "LAO",
        "2026-03-07",
        _counted(mention("release", "LAO", sentence(0), "2026-03-07"), 4),
    )
    other = _cluster(
        "LAO",
        "2026-03-07",
        _counted(mention("release", "LAO", sentence(2), "2026-03-07"), 1),
    )
    clusters = [lead, other]
    fold_releases(clusters)
    assert len(clusters) == 2


# --- sanctions: an undated headline act ---
def test_an_undated_headline_act_is_the_bodys_earlier_act():
    s = [sentence(0), sentence(3)]
    ms = [
        mention("sanctions_imposed", "CAN", s[0], None, "IRN"),
        mention("sanctions_imposed", "CAN", s[1], "2026-02-24", "IRN"),
    ]
    (cluster,) = merge(ms, PUBLISHED)
    assert cluster.date == "2026-02-24"
    assert [m.sent.sentence.index for m in cluster.mentions] == [0, 3]


def test_a_headline_act_with_two_body_acts_stays_apart():
    s = [sentence(0), sentence(3), sentence(6)]
    ms = [
        mention("sanctions_imposed", "CAN", s[0], None, "IRN"),
        mention("sanctions_imposed", "CAN", s[1], "2026-02-24", "IRN"),
        mention("sanctions_imposed", "CAN", s[2], "2025-11", "IRN"),
    ]
    assert len(merge(ms, PUBLISHED)) == 3
