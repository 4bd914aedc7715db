"""Merging mentions into events: one event per act, dates from context."""

from __future__ import annotations

from collections import Counter

import pytest

from detente.extract import dates
from detente.extract.events import merge, resolve_same_day, story_date
from detente.extract.fill import fill_context
from detente.model import Category, Document, EventType

from .builders import inline, mention, sentence

PUBLISHED = "2026-03-07"


def test_same_day_takes_the_date_of_the_act_before():
    s = [sentence(i) for i in range(4)]
    ms = [
        mention("sanctions_imposed", "EU", s[0], "2026-03-06", "SYR"),
        mention("sanctions_imposed", "CAN", s[1], dates.SAME_DAY, "SYR"),
        mention("sanctions_imposed", "GBR", s[2], None, "SYR"),
        mention("sanctions_imposed", "AUS", s[3], dates.SAME_DAY, "SYR"),
    ]
    resolve_same_day(ms)
    assert [m.date for m in ms] == ["2026-03-06", "2026-03-06", None, "2026-03-06"]


def test_that_month_takes_the_month_of_the_act_before():
    s = [sentence(0), sentence(1)]
    ms = [
        mention("release", "VEN", s[0], "2025-10-18"),
        mention("sanctions_eased", "USA", s[1], dates.SAME_MONTH, "VEN"),
    ]
    resolve_same_day(ms)
    assert ms[1].date == "2025-10"


def test_same_day_with_nothing_before_is_undated():
    m = mention("release", "IRN", sentence(0), dates.SAME_DAY)
    resolve_same_day([m])
    assert m.date is None


def test_undated_acts_of_the_story_take_the_leads_day():
    s = [sentence(i) for i in range(3)]
    ms = [
        mention("release", "RUS", s[0], "2026-03-05"),  # "on Thursday" in the lead
        mention("release", "USA", s[1]),
        mention("release", "DEU", s[2]),
    ]
    clusters = merge(ms, PUBLISHED)
    assert sorted((c.actor, c.date) for c in clusters) == [
        ("DEU", "2026-03-05"),
        ("RUS", "2026-03-05"),
        ("USA", "2026-03-05"),
    ]


@pytest.mark.parametrize(
    ("index", "expected"),
    [(1, [("RUS", "2024-03-05")]), (5, [("RUS", "2024-03-05"), ("RUS", PUBLISHED)])],
    ids=["in-the-lead", "further-down"],
)
def test_a_past_act_in_the_lead_is_the_story(index, expected):
    """ "A year ago today, Russia freed ..." in the lead: an undated retelling is that act."""
    s = [sentence(index), sentence(index + 1)]
    ms = [mention("release", "RUS", s[0], "2024-03-05"), mention("release", "RUS", s[1])]
    assert sorted((c.actor, c.date) for c in merge(ms, PUBLISHED)) == sorted(expected)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("2025-11", PUBLISHED),  # a background act is not the story's day
        ("2026-03", PUBLISHED),  # a month is not a day
        (None, PUBLISHED),
    ],
)
def test_story_date_falls_back_to_publication(lead, expected):
    s = [sentence(0), sentence(1)]
    clusters = merge(
        [mention("release", "BLR", s[0], lead), mention("release", "LTU", s[1])], PUBLISHED
    )
    undated = next(c for c in clusters if c.actor == "LTU")
    assert undated.date == expected
    assert story_date(clusters, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("dates_", "events"),
    [
        (["2026-03-02", "2026-03-02"], 1),  # one announcement told twice
        (["2026-03-02", None], 1),  # an undated repeat joins the main act
        (["2026-03", "2026-03-02"], 1),  # the month contains the day
        (["2026-03-02", "2025-10"], 2),  # an earlier round is another event
    ],
)
def test_one_sanctions_event_per_actor_target_date(dates_, events):
    s = [sentence(0), sentence(1)]
    ms = [mention("sanctions_eased", "USA", s[i], d, "VEN") for i, d in enumerate(dates_)]
    assert len(merge(ms, PUBLISHED)) == events


def test_different_targets_are_different_events():
    s = [sentence(0), sentence(1)]
    ms = [
        mention("sanctions_imposed", "EU", s[0], "2026-03-02", "BLR"),
        mention("sanctions_imposed", "EU", s[1], "2026-03-02", "IRN"),
    ]
    assert sorted(c.target or "" for c in merge(ms, PUBLISHED)) == ["BLR", "IRN"]


def _with(m, count=None, persons=(), category=None, nationality=None):
    from detente.extract.counts import Count
    from detente.model import CountQualifier

    m.count = Count(count, CountQualifier.EXACT, 0, 1) if count else None
    m.persons, m.category, m.nationality = list(persons), category, nationality
    return m


def test_a_named_person_told_twice_is_one_act():
    s = [sentence(0), sentence(1)]
    ms = [  # "Iran, which had pardoned him days earlier, released X" / "X landed on Monday"
        _with(mention("release", "IRN", s[0], dates.VAGUE_PAST), persons=["Tom Hale"]),
        _with(mention("release", "IRN", s[1]), persons=["Tom Hale"]),
    ]
    (cluster,) = merge(ms, PUBLISHED)
    assert cluster.date == PUBLISHED


def test_the_same_number_reported_complete_later_is_the_same_act():
    s = [sentence(i) for i in range(3)]
    ms = [
        _with(mention("release", "CUB", s[0], "2025-10-13"), persons=["Ana Ruiz"]),
        _with(mention("release", "CUB", s[1], "2025-01"), count=553),
        _with(mention("release", "CUB", s[2], "2025-03"), count=553),  # "all 553 were freed"
    ]
    clusters = merge(ms, "2025-10-14")
    assert sorted((c.date, c.count.value if c.count else None) for c in clusters) == [
        ("2025-01", 553),
        ("2025-10-13", None),
    ]


def test_small_equal_numbers_are_not_one_act():
    s = [sentence(0), sentence(1)]
    ms = [
        _with(mention("release", "BLR", s[0], "2025-09"), count=2),
        _with(mention("release", "BLR", s[1], "2025-11"), count=2),
    ]
    assert len(merge(ms, "2025-12-01")) == 2


def test_the_group_that_gives_the_number_gives_the_category():
    s = [sentence(0), sentence(1)]
    ms = [
        _with(mention("release", "KEN", s[0]), category=Category.OTHER),  # "fishermen"
        _with(mention("release", "KEN", s[1]), category=Category.FOREIGN_NATIONALS, count=9),
    ]
    (cluster,) = merge(ms, PUBLISHED)
    assert list(cluster.categories()) == [Category.FOREIGN_NATIONALS]


def test_the_same_number_at_another_place_of_its_sentence_gives_the_category_too():
    """ "Cuba frees fifteen prisoners" / "Cuba released fifteen political prisoners": both give
    the number, wherever it stands in its sentence; the specific category wins (v15)."""
    s = [sentence(0), sentence(1)]
    ms = [
        _with(mention("release", "CUB", s[0]), category=Category.DETAINEES, count=15),
        _with(mention("release", "CUB", s[1]), category=Category.POLITICAL_PRISONERS, count=15),
    ]
    ms[1].count = type(ms[1].count)(15, ms[1].count.qualifier, 3, 4)  # another token span
    (cluster,) = merge(ms, PUBLISHED)
    assert list(cluster.categories()) == [Category.POLITICAL_PRISONERS]


def test_a_specific_category_beats_detainees():
    s = [sentence(0), sentence(1)]
    ms = [
        _with(mention("release", "PRK", s[0]), category=Category.DETAINEES),  # "the men"
        _with(mention("release", "PRK", s[1]), category=Category.FOREIGN_NATIONALS),
    ]
    (cluster,) = merge(ms, PUBLISHED)
    assert list(cluster.categories()) == [Category.FOREIGN_NATIONALS]


@pytest.mark.parametrize(
    ("nationality", "category", "expected"),
    [
        ("USA", None, Category.FOREIGN_NATIONALS),  # "X, a US citizen, was released"
        ("GTM", Category.DETAINEES, Category.FOREIGN_NATIONALS),  # "40 Guatemalan men"
        ("SAU", None, None),  # a national of the releasing state
        ("USA", Category.JOURNALISTS, Category.JOURNALISTS),  # the head noun decided
    ],
)
def test_nationality_sets_the_category_once_the_actor_is_known(nationality, category, expected):
    m = _with(mention("release", None, sentence(0)), category=category, nationality=nationality)
    (filled,) = fill_context([m], Counter({"SAU": 3}))
    assert (filled.actor, filled.category) == ("SAU", expected)


def _party(m, party, destination=None, co_actors=()):
    m.party, m.destination, m.co_actors = party, destination, list(co_actors)
    return m


def test_each_side_is_both_parties_of_the_swap():
    s = [sentence(0), sentence(1)]
    ms = [
        _party(mention("release", "UKR", s[0]), None, co_actors=["RUS"]),
        _with(_party(mention("release", None, s[1], "2025-05"), "sides"), count=1000),
    ]
    filled = fill_context(ms, Counter({"UKR": 5, "RUS": 4}))
    sides = sorted((m.actor, m.count.value, m.co_actors) for m in filled if m.count)
    assert sides == [("RUS", 1000, ["UKR"]), ("UKR", 1000, ["RUS"])]


def test_a_group_of_states_is_no_act():
    s = [sentence(0), sentence(1)]
    ms = [mention("release", "DEU", s[0]), _party(mention("release", None, s[1]), "group")]
    assert [m.actor for m in fill_context(ms, Counter({"RUS": 9}))] == ["DEU"]


def test_people_going_home_are_freed_by_the_other_party():
    s = [sentence(0), sentence(1)]
    ms = [  # "The previous swap brought 22 Ukrainian prisoners home"
        mention("release", "UKR", s[0]),
        _party(mention("release", None, s[1], "2023-08"), None, destination="UKR"),
    ]
    ms[0].co_actors = ["RUS"]
    filled = fill_context(ms, Counter({"UKR": 9, "RUS": 3}))
    assert [m.actor for m in filled] == ["UKR", "RUS"]


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("bring", ["UKR", "RUS"]), ("free", ["UKR", "UKR"]), ("release", ["UKR", "UKR"])],
    ids=["brought-home", "the-ukrainians-freed", "released"],
)
def test_nationality_says_where_people_went_only_when_they_are_moved(lemma, expected):
    import spacy

    s = [sentence(0), sentence(1)]
    later = _with(mention("release", None, s[1]), nationality="UKR")
    later.trigger = spacy.blank("en")(lemma)[0]
    later.trigger.lemma_ = lemma
    ms = [mention("release", "UKR", s[0]), later]
    ms[0].co_actors = ["RUS"]
    assert [m.actor for m in fill_context(ms, Counter({"UKR": 9, "RUS": 3}))] == expected


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("release", ["EGY", "EGY"]), ("exchange", ["EGY"])],
)
def test_a_total_tells_the_act_before_again_unless_it_sums_a_swap(lemma, expected):
    import spacy

    s = [sentence(0), sentence(1)]
    total = _with(_party(mention("release", None, s[1]), "total"), count=12)
    total.trigger = spacy.blank("en")(lemma)[0]
    total.trigger.lemma_ = lemma
    ms = [mention("release", "EGY", s[0]), total]
    assert [m.actor for m in fill_context(ms, Counter({"EGY": 2}))] == expected


def _named(m, day):
    m.day_named = day
    return m


def test_an_undated_act_takes_the_day_its_sentence_names():
    """ "X has freed two monks, officials said on Thursday": Thursday, not the publication date;
    the other side, told without a day, takes it as the story's day."""
    s = [sentence(3), sentence(4)]
    ms = [_named(mention("release", "LAO", s[0]), "2026-03-05"), mention("release", "THA", s[1])]
    assert sorted((c.actor, c.date) for c in merge(ms, PUBLISHED)) == [
        ("LAO", "2026-03-05"),
        ("THA", "2026-03-05"),
    ]


def test_a_dated_retelling_beats_the_day_named_in_passing():
    """ "... has been freed, her lawyers said on Wednesday." then "She was released on Monday"."""
    s = [sentence(1), sentence(2)]
    ms = [
        _named(mention("release", "SAU", s[0]), "2026-03-04"),
        mention("release", "SAU", s[1], "2026-03-02"),
    ]
    assert [(c.actor, c.date) for c in merge(ms, PUBLISHED)] == [("SAU", "2026-03-02")]


# --- sanctions: actorless follow-ups (headline acts: test_headlines) ---
def test_an_actorless_sanctions_follow_up_is_the_act_just_before():
    s = [sentence(i) for i in range(5)]
    ms = [
        mention("sanctions_imposed", "EU", s[0], "2026-03-05", "BLR"),
        mention("sanctions_imposed", "EU", s[1], "2026-03-05", "BLR"),
        mention("sanctions_imposed", "JPN", s[2], "2026-02-27", "RUS"),
        mention("sanctions_imposed", None, s[3]),  # "The listings freeze any assets …"
    ]
    kept = fill_context(ms, Counter())
    assert (kept[-1].actor, kept[-1].target, kept[-1].date) == ("JPN", "RUS", "2026-02-27")
    assert sorted((c.actor, len(c.mentions)) for c in merge(kept, PUBLISHED)) == [
        ("EU", 2),
        ("JPN", 2),
    ]


def test_an_actorless_sanctions_act_far_from_others_takes_the_articles_actor():
    s = [sentence(i) for i in (0, 1, 9)]
    ms = [
        mention("sanctions_imposed", "EU", s[0], "2026-03-05", "BLR"),
        mention("sanctions_imposed", "EU", s[1], "2026-03-05", "BLR"),
        mention("sanctions_eased", None, s[2], "2025-10"),
    ]
    kept = fill_context(ms, Counter())
    assert (kept[-1].actor, kept[-1].date) == ("EU", "2025-10")


@pytest.mark.parametrize(
    ("before", "marker", "expected"),
    [
        ("2026-02-27", dates.DAY_AFTER, "2026-02-28"),
        ("2026-03-01", dates.DAY_BEFORE, "2026-02-28"),
        ("2025-10", dates.DAY_AFTER, "2025-10"),  # a day after some day in October
        (None, dates.DAY_AFTER, None),
    ],
)
def test_a_day_later_shifts_the_act_told_before(before, marker, expected):
    s = [sentence(0), sentence(1)]
    ms = [mention("release", "LAO", s[0], before), mention("release", "THA", s[1], marker)]
    resolve_same_day(ms)
    assert ms[1].date == expected


# --- sanctions: an earlier act told as past, on other bodies, is its own act ---
def test_an_earlier_easing_on_another_body_is_another_act(spacy_extractor):

    text = (
        "Laos frees 40 prisoners as Washington lifts timber sanctions\n"
        "Laos freed 40 prisoners on Friday after the United States lifted sanctions on the state "
        "logging firm Lao Forest. Two years earlier, ten prisoners were released in exchange for "
        "the lifting of US sanctions on the national airline Lao Skyway."
    )
    doc = inline(text)
    eased = [e for e in spacy_extractor(doc).events if e.type == "sanctions_eased"]
    assert [(e.actor, e.target, e.date) for e in eased] == [
        ("USA", "LAO", "2025-06-13"),
        ("USA", "LAO", "2023"),  # two years before the act told before it
    ]
    assert "aviation" in eased[1].sectors and "aviation" not in eased[0].sectors


# --- dates: counted spans and the opening's day ---
def test_counted_spans_count_from_the_act_told_before():
    s = [sentence(i) for i in range(3)]
    ms = [
        mention("release", "AZE", s[0], "2024-03-05"),
        mention("release", "AZE", s[1], "shift:3:m"),  # "Three months later"
        mention("sanctions_eased", "USA", s[1], "shift:3:m", "AZE"),  # the same sentence's
    ]
    resolve_same_day(ms)
    assert [m.date for m in ms] == ["2024-03-05", "2024-06", "2024-06"]


def test_a_later_act_is_not_the_undated_story_act():
    s = [sentence(i) for i in range(2)]
    ms = [
        mention("release", "AZE", s[0], "2024-03-05"),
        mention("release", "AZE", s[1], "shift:3:m"),
    ]
    assert sorted(c.date for c in merge(ms, PUBLISHED)) == ["2024-03-05", "2024-06"]


def test_undated_acts_take_the_day_the_opening_tells():
    s = [sentence(i) for i in range(2)]
    ms = [mention("release", "AZE", s[0]), mention("release", "GEO", s[1])]
    clusters = merge(ms, PUBLISHED, opening="2026-03-04")
    assert sorted((c.actor, c.date) for c in clusters) == [
        ("AZE", "2026-03-04"),
        ("GEO", "2026-03-04"),
    ]


def test_the_openings_day_of_an_act_told_with_it_is_not_the_storys():
    """ "Georgia freed five, a year after Baku freed 14 on 5 March 2025": Baku's day only."""
    s = [sentence(3), sentence(4)]
    ms = [mention("release", "GEO", s[0]), mention("release", "AZE", s[1], "2025-03-05")]
    clusters = merge(ms, PUBLISHED, opening="2025-03-05")
    assert sorted((c.actor, c.date) for c in clusters) == [
        ("AZE", "2025-03-05"),
        ("GEO", PUBLISHED),
    ]


def test_an_article_dates_its_acts_by_the_day_its_opening_tells(analyses):
    """The opening's "handover that took place on Wednesday" dates the acts told after it without
    a time; "Three months earlier" counts from that day; "confirmed on Friday" is no act's day."""
    got = sorted((e.actor, e.date) for e in analyses["opening-day.txt"].events)
    assert got == [("AZE", "2026-03"), ("AZE", "2026-06-17"), ("GEO", "2026-06-17")]


def test_the_next_day_with_no_act_before_counts_from_the_openings_day():
    m = mention("sanctions_eased", "EU", sentence(5), dates.DAY_AFTER, "VEN")
    resolve_same_day([m], "2022-05-31")
    assert m.date == "2022-06-01"


# --- session 12 (recall): a further group the text sets apart is another act ---
def _freeing(extractor, index: int, text: str, count: int):
    from detente.extract.mentions import Mention, ParsedSentence
    from detente.extract.sentences import Sentence
    from detente.model import EventType

    doc = extractor.nlp(text)
    places = extractor.gazetteer.find_places(doc)
    ps = ParsedSentence(Sentence(index, 0, len(text), text), doc, places, [])
    verb = next(t for t in doc if t.lemma_ == "free")
    return _with(Mention(EventType.RELEASE, ps, verb, actor="VEN"), count=count)


@pytest.mark.parametrize(
    "text",
    [
        "Separately, Venezuela freed twenty activists.",
        "Venezuela also freed twenty activists.",
        "Twenty activists were also freed.",  # "also" adds a counted group (session 25)
    ],
)
def test_a_group_set_apart_from_the_act_is_another_act(spacy_extractor, text):
    main = _freeing(spacy_extractor, 0, "Venezuela freed ten Americans.", 10)
    other = _freeing(spacy_extractor, 1, text, 20)
    assert len(merge([main, other], PUBLISHED)) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Separately, Venezuela freed ten Americans.", 10),  # the same number: told again
        ("Her husband, who was also freed, is twenty.", 2),  # one of the group, told again
        ("Among them, twenty activists were also freed.", 20),  # a part of the act
    ],
)
def test_a_group_not_set_apart_or_the_same_is_the_act(spacy_extractor, text, count):
    main = _freeing(spacy_extractor, 0, "Venezuela freed ten Americans.", 10)
    other = _freeing(spacy_extractor, 1, text, count)
    assert len(merge([main, other], PUBLISHED)) == 1


# --- session 15: a further group of the same size is another act ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus pardoned thirty prisoners in August. Another thirty were freed in September.",
         [("2024-08", 30), ("2024-09", 30)]),
        ("Belarus pardoned thirty prisoners in August, and thirty more were freed in September.",
         [("2024-08", 30), ("2024-09", 30)]),
    ],
)  # fmt: skip
def test_a_further_group_of_the_same_size_is_another_act(spacy_extractor, text, expected):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert sorted((e.date, e.count) for e in events) == expected


# --- session 22 (merged releases): a group counted apart is another act, even with no time ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another number, in a clause that names the state: two groups (sessions 13 and 15)
        ("Venezuela freed ten Americans on Friday, officials said. Caracas also let eighty "
         "political prisoners go, the opposition said.", [10, 80]),
        ("Mali released eight Mauritanian traders on Tuesday. Bamako let go two Senegalese "
         "nationals held at the border, officials said.", [2, 8]),
        ("The Emirates ordered the release of 735 prisoners on Wednesday. The UAE also ordered "
         "the release of 1,025 inmates of another emirate's prisons.", [735, 1025]),
        # a further group needs no state of its own
        ("Myanmar freed 2,153 prisoners on Wednesday. A further 38 foreign prisoners were "
         "released under another order, state media said.", [38, 2153]),
    ],
)  # fmt: skip
def test_a_group_counted_apart_is_another_act(spacy_extractor, text, expected):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert sorted(e.count for e in events) == expected
    assert len({e.date for e in events}) == 1  # undated: the same day as the story's act


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the same group told again, rounded or by its definite noun
        ("Venezuela freed 107 protesters on Monday. Venezuela freed more than 100 people "
         "arrested after the election, the attorney general said.", 107),
        ("Venezuela freed ten Americans on Friday. The ten were flown to Texas.", 10),
        # a part of the group
        ("Uzbekistan freed 153 convicts on Wednesday. Among those freed were 33 people "
         "convicted of extremism, the decree said.", 153),
        # a decree's number and the number that walked out: stages of one act
        ("Lukashenko pardoned 37 prisoners on Thursday. Belarus has released 30 of them so "
         "far, rights groups said.", None),
        # no state named in the clause and no further group: the context's act
        ("Venezuela freed ten Americans on Friday. Twenty activists were freed too.", 10),
        # what a deal sets out is no act of its own
        ("Hamas freed 13 hostages on Friday. Under the deal, Hamas is to free 50 hostages "
         "over four days.", 13),
    ],
)  # fmt: skip
def test_a_group_told_again_part_or_stage_is_the_act(spacy_extractor, text, count):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert len(events) == 1
    assert count is None or events[0].count == count  # (a stage's count is the counts' rule)


# --- session 22 (merged releases): an earlier act of the same month told apart ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam released the dissident Tran Minh Quan on Friday, his family said. Earlier "
         "this month, the president pardoned more than 3,700 prisoners.", [1, 3700]),
        ("Azerbaijan freed 399 prisoners on Saturday under a pardon decree. Earlier this "
         "month, the blogger Rauf Aliyev walked out of prison at the end of his sentence.",
         [1, 399]),
        ("Zimbabwe released the opposition politician Tendai Moyo on Thursday. Last week, the "
         "activist Rudo Dube was freed on bail.", [1, 1]),
    ],
)  # fmt: skip
def test_an_earlier_act_of_the_month_told_apart_is_another_act(spacy_extractor, text, expected):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert sorted(e.count for e in events) == expected
    assert sorted(len(e.date or "") for e in events) == [7, 10]


@pytest.mark.parametrize(
    "text",
    [
        # the same group: a decision earlier in the month, the walk-out on the day
        "Belarus freed 18 political prisoners on Wednesday. Lukashenko had pardoned the 18 "
        "earlier this month.",
        "Iran released the aid worker Anna Berg on Tuesday. Berg was pardoned earlier this "
        "month, her lawyer said.",
        # no "earlier": the month is the day's month
        "Vietnam released the dissident Tran Minh Quan on Friday. Tran Minh Quan was freed in "
        "June after six years in prison.",
    ],
)
def test_the_same_group_told_by_its_month_is_the_act(spacy_extractor, text):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert len(events) == 1


# --- session 23 (merged releases): "separately" sets apart a group it counts or names ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Separately" before a clause whose doer is no state: another number, another act
        ("Jordan released 41 detainees on Sunday. Separately, the interior ministry said 1,200 "
         "inmates had been freed under a royal pardon.", [41, 1200]),
        # a decree told apart, the release a noun under "ordered"
        ("Qatar ordered the release of 300 prisoners on Monday. In a separate decree, the deputy "
         "emir ordered the release of 95 inmates of the central prison.", [95, 300]),
        ("Oman freed 250 prisoners on Tuesday, and prosecutors separately ordered the release of "
         "some 60 people held in pretrial detention.", [60, 250]),
        # a part told inside the further group's own phrase is that group's part
        ("Laos freed 900 prisoners on Friday. A further 17 foreign prisoners, including 9 "
         "Thais, were released under another order.", [17, 900]),
        # a named person set apart after an undated act of a group keeps that act apart
        ("Iran released four Americans, among them Ali Ghasemi and Tom Reed. In a separate "
         "case, the student Paul Stone was freed on Saturday.", [1, 4]),
    ],
)  # fmt: skip
def test_a_group_told_separately_is_another_act(spacy_extractor, text, expected):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert sorted(e.count for e in events) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the same number told separately: the act told again
        ("Jordan released 41 detainees on Sunday. Separately, the interior ministry said the 41 "
         "had been freed under a royal pardon.", 41),
        # no "separately": a ministry's number is the act's, whoever says it
        ("Jordan released 1,150 detainees on Sunday. The interior ministry said 1,200 inmates "
         "had been freed under a royal pardon.", None),
        # a part of the act after a part cue that is not the group's own
        ("Laos freed 900 prisoners on Friday. Among those released were 17 foreign prisoners, "
         "including 9 Thais.", 900),
    ],
)  # fmt: skip
def test_a_group_not_told_separately_is_the_act(spacy_extractor, text, count):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert len(events) == 1
    assert count is None or events[0].count == count


# --- session 23 (guide): a counted act told apart as earlier, dated by nothing, has no date ---
HEAD = "Pardons in Belarus\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD + "Belarus freed 52 prisoners on Monday, officials said. Minsk had freed another "
         "14.", [(14, None), (52, "2025-06-09")]),
        (HEAD + "Belarus freed 52 prisoners on Monday, officials said. Minsk had freed 14 others "
         "earlier.", [(14, None), (52, "2025-06-09")]),
        (HEAD + "Belarus freed 52 prisoners on Monday, officials said. Minsk had released 30 "
         "prisoners previously.", [(30, None), (52, "2025-06-09")]),
        # a vague past beside a month in the clause: the month dates it
        (HEAD + "Belarus freed 52 prisoners on Monday, officials said. Minsk had previously "
         "released 30 prisoners in September.", [(30, "2024-09"), (52, "2025-06-09")]),
        # reported speech: the tense follows "said", the act is no earlier one
        (HEAD + "Belarus freed 52 prisoners on Monday, officials said. Separately, the ministry "
         "said 14 activists had been freed.", [(14, "2025-06-09"), (52, "2025-06-09")]),
        # told apart in the simple past ("also"): the same day, as before
        (HEAD + "Belarus freed 52 prisoners on Monday, officials said. Minsk also freed 14 "
         "activists, the opposition said.", [(14, "2025-06-09"), (52, "2025-06-09")]),
    ],
)  # fmt: skip
def test_an_earlier_act_told_apart_is_dated_by_nothing(spacy_extractor, text, expected):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert sorted((e.count, e.date) for e in events) == expected


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Belarus freed 52 prisoners on Monday, officials said. The 52 had been pardoned "
        "earlier.",
        HEAD + "Belarus freed 52 prisoners on Monday, officials said. Minsk had pardoned them "
        "earlier.",
        HEAD + "Belarus freed 52 prisoners on Monday, officials said. Lukashenko had pardoned 60 "
        "earlier, but only 52 walked out.",
    ],
)
def test_the_acts_own_earlier_stage_is_the_act(spacy_extractor, text):
    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert [(e.count, e.date) for e in events] == [(52, "2025-06-09")]


LEAD_APART = (
    "DOHA, Oct. 2, 2025 --\n"
    "Russia released 120 Ukrainian soldiers on Wednesday in exchange for 120 Russian servicemen, "
    "Ukraine's president said.\n"
)


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (  # the headline's group is the one the body sets apart: its own act, not the swap's
            "Russia frees six foreigners as Kyiv and Moscow swap 120 each",
            "In a separate arrangement announced the same day, Russia freed six foreign "
            "volunteers, who were flown to Doha.",
            [("RUS", 6, "2025-10-01"), ("RUS", 120, "2025-10-01"), ("UKR", 120, "2025-10-01")],
        ),
        (  # nothing set apart: the headline's act is the body's
            "Russia frees 120 soldiers as Kyiv and Moscow swap prisoners",
            "The soldiers were flown to Kyiv.",
            [("RUS", 120, "2025-10-01"), ("UKR", 120, "2025-10-01")],
        ),
    ],
)
def test_a_headline_act_the_body_sets_apart_stays_its_own(
    spacy_extractor, headline: str, body: str, expected: list[tuple[str, int, str]]
) -> None:
    text = f"{headline}\n{LEAD_APART}{body}\n"
    doc = Document(id="t", source="inline", published="2025-10-02", text=text)
    events = spacy_extractor(doc).events
    got = sorted((e.actor, e.count, e.date) for e in events if e.type == EventType.RELEASE)
    assert got == expected
