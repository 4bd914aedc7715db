"""Relief paid for releases told on their own days: the cue phrase's release is those releases
(session 26), linked to the easing, with no uncounted event of its own (own sentences)."""

from __future__ import annotations

from detente.extract.pipeline import Extractor
from detente.model import Document, EventType


def _analyse(extractor: Extractor, body: str, published: str = "2019-09-06"):
    text = f"Relief for releases\nVILNIUS, Sept. 6, 2019 --\n{body}\n"
    return extractor(Document(id="t", source="inline", published=published, text=text))


def _shape(a):
    by_id = {e.id: e for e in a.events}
    releases = sorted(
        (e.date, e.count, tuple(e.persons)) for e in a.events if e.type == EventType.RELEASE
    )
    links = sorted(sorted((by_id[i].type, by_id[i].date) for i in x.events) for x in a.exchanges)
    return releases, links


STAGES = (
    " Ivan Dorosh was freed on Aug. 12 after serving three years."
    " Two other activists, Pavel Lenko and Oleg Brest, walked out of prison on Aug. 19."
)


def test_the_cue_release_is_the_named_stages(spacy_extractor):
    body = (
        "The Treasury on Thursday issued a licence allowing American firms to deal with the"
        " chemical maker Azotprom, in return for the release of Belarus's last political"
        " prisoners." + STAGES
    )
    releases, links = _shape(_analyse(spacy_extractor, body))
    assert [(d, n) for d, n, _ in releases] == [("2019-08-12", 1), ("2019-08-19", 2)]
    assert links == [
        [("release", "2019-08-12"), ("release", "2019-08-19"), ("sanctions_eased", "2019-09-05")]
    ]


def test_a_counted_cue_release_is_its_stages_when_they_add_up(spacy_extractor):
    body = (
        "The Treasury on Thursday issued a licence allowing American firms to deal with the"
        " chemical maker Azotprom. An official said the licence was granted in return for the"
        " release of the three men." + STAGES
    )
    releases, links = _shape(_analyse(spacy_extractor, body))
    assert [(d, n) for d, n, _ in releases] == [("2019-08-12", 1), ("2019-08-19", 2)]
    assert len(links) == 1 and len(links[0]) == 3


def test_a_counted_release_of_other_people_keeps_its_event(spacy_extractor):
    # negative: the cue counts 52, the earlier releases free three: another act, not its stages
    body = (
        "The Treasury on Thursday issued a licence allowing American firms to deal with the"
        " chemical maker Azotprom. An official said the licence was granted in return for the"
        " release of 52 political prisoners." + STAGES
    )
    releases, _ = _shape(_analyse(spacy_extractor, body))
    assert 52 in [n for _, n, _ in releases]


def test_a_release_told_as_its_own_act_keeps_its_event(spacy_extractor):
    # negative: the act is told with a verb in the sentence, not as the ground of the relief
    body = (
        "Belarus freed dozens of political prisoners on Thursday, and the Treasury issued a"
        " licence for the chemical maker Azotprom in return." + STAGES
    )
    releases, _ = _shape(_analyse(spacy_extractor, body))
    assert "2019-09-05" in [d for d, _, _ in releases]


def test_releases_long_before_the_relief_are_no_stages_of_it(spacy_extractor):
    # negative: releases a year earlier are background, not the stages the relief paid for
    body = (
        "The Treasury on Thursday issued a licence allowing American firms to deal with the"
        " chemical maker Azotprom, in return for the release of Belarus's last political"
        " prisoners. Ivan Dorosh was freed in August 2018 after serving three years."
    )
    a = _analyse(spacy_extractor, body)
    by_id = {e.id: e for e in a.events}
    linked = {by_id[i].date for x in a.exchanges for i in x.events}
    assert "2018-08" not in linked


# --- a deal's later stage joins the deal's exchange (session 26) ------------------------------

SWAP = (
    " The commitment was part of the agreement announced on December 17, when Cuba freed the"
    " American contractor Tom Reyes and the United States released three Cuban agents."
)


def _later(extractor: Extractor, first: str):
    text = f"Cuba completes its releases\nHAVANA, Jan. 13, 2015 --\n{first}{SWAP}\n"
    a = extractor(Document(id="t", source="inline", published="2015-01-13", text=text))
    by_id = {e.id: e for e in a.events}
    return sorted(sorted((by_id[i].actor, by_id[i].date) for i in x.events) for x in a.exchanges)


def test_a_later_stage_of_a_deal_joins_its_exchange(spacy_extractor):
    first = (
        "Cuba has released all 53 political prisoners it agreed to free as part of last"
        " month's deal, US officials said on Monday."
    )
    assert _later(spacy_extractor, first) == [
        [("CUB", "2014-12-17"), ("CUB", "2015-01-12"), ("USA", "2014-12-17")]
    ]


def test_a_release_set_apart_from_the_deal_stays_unlinked(spacy_extractor):
    # negative: the same words, but the release is told as no part of the earlier deal
    first = (
        "Cuba released 53 political prisoners on Monday, a step officials said was not part of"
        " last month's deal."
    )
    assert _later(spacy_extractor, first) == [[("CUB", "2014-12-17"), ("USA", "2014-12-17")]]


def test_a_release_with_no_earlier_deal_stays_unlinked(spacy_extractor):
    # negative: no word tells the deal was made before the act
    first = "Cuba released 53 political prisoners on Monday, US officials said."
    assert _later(spacy_extractor, first) == [[("CUB", "2014-12-17"), ("USA", "2014-12-17")]]
