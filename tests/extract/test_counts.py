"""Counts of people: digits or words, with their qualifier."""

from __future__ import annotations

import pytest

from detente.extract.counts import (
    Count,
    Told,
    decided_and_freed,
    is_vague_amount,
    parse_number,
    read_count,
    reconciled,
    walked_out,
)
from detente.model import CountQualifier

Q = CountQualifier


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["123"], 123),
        (["1,100"], 1100),
        (["12,500"], 12500),
        (["fifty"], 50),
        (["one", "hundred", "and", "twenty-three"], 123),
        (["twenty", "-", "three"], 23),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["half", "a", "dozen"], 6),
        (["a", "hundred"], 100),
        (["dozens"], None),
        (["prisoners"], None),
        (["zero"], None),
    ],
)
def test_parse_number(words, expected):
    assert parse_number(words) == expected


def first_count(nlp, text):
    doc = nlp(text)
    for tok in doc:
        count = read_count(tok)
        if count is not None:
            return doc, count
    return doc, None


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "phrase"),
    [
        ("Belarus freed 123 political prisoners.", 123, Q.EXACT, "123"),
        (
            "Belarus freed one hundred and twenty-three prisoners.",
            123,
            Q.EXACT,
            "one hundred and twenty-three",
        ),
        ("They freed a dozen prisoners.", 12, Q.EXACT, "a dozen"),
        ("Fifty-two detainees were let go.", 52, Q.EXACT, "Fifty-two"),
        ("Rights groups count 1,100 prisoners.", 1100, Q.EXACT, "1,100"),
        ("More than 1,100 remain behind bars.", 1100, Q.AT_LEAST, "More than 1,100"),
        ("At least 40 were freed.", 40, Q.AT_LEAST, "At least 40"),
        ("Over 40 were freed.", 40, Q.AT_LEAST, "Over 40"),
        ("About 40 were freed.", 40, Q.APPROX, "About 40"),
        ("Around fifty were freed.", 50, Q.APPROX, "Around fifty"),
        ("Some 40 were freed.", 40, Q.APPROX, "Some 40"),
        ("Roughly 40 were freed.", 40, Q.APPROX, "Roughly 40"),
        ("An estimated 40 were freed.", 40, Q.APPROX, "An estimated 40"),
        ("Nearly 40 were freed.", 40, Q.AT_MOST, "Nearly 40"),
        ("Up to 40 were freed.", 40, Q.AT_MOST, "Up to 40"),
        ("Fewer than 40 were freed.", 40, Q.AT_MOST, "Fewer than 40"),
        ("Almost 40 were freed.", 40, Q.AT_MOST, "Almost 40"),
    ],
)
def test_read_count(spacy_extractor, text, value, qualifier, phrase):
    doc, count = first_count(spacy_extractor.nlp, text)
    assert count is not None
    assert (count.value, count.qualifier) == (value, qualifier)
    assert doc[count.start : count.end].text == phrase


@pytest.mark.parametrize(
    ("text", "value", "phrase"),
    [
        ("Iran freed half a dozen journalists.", 6, "half a dozen"),
        ("Guards let go about half a dozen sailors.", 6, "about half a dozen"),
        ("The junta released a dozen monks.", 12, "a dozen"),
        ("Officials pardoned two dozen students.", 24, "two dozen"),
    ],
)
def test_read_count_dozen_from_its_head(spacy_extractor, text, value, phrase):
    doc = spacy_extractor.nlp(text)
    count = read_count(next(t for t in doc if t.lower_ == "dozen"))
    assert count is not None and count.value == value
    assert doc[count.start : count.end].text == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Dozens were freed on Friday.",
        "Several activists were let go.",
    ],
)
def test_vague_amounts_give_no_count(spacy_extractor, text):
    doc, count = first_count(spacy_extractor.nlp, text)
    assert count is None
    assert is_vague_amount(doc[0])


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of prisoners remain.",
        "Thousands of detainees walked out.",
        "Tens of thousands of inmates were amnestied.",
        "Scores of protesters were let go.",
        "A handful of reporters were freed.",
        "Some detainees were let go.",
        # session 18: a vague multiple of a round number is no number
        "Several hundred inmates walked out on Monday.",
        "The junta freed a few thousand prisoners.",
        "Many thousand detainees were amnestied.",
    ],
)
def test_vague_words_are_not_counts(spacy_extractor, text):
    doc = spacy_extractor.nlp(text)
    assert any(is_vague_amount(tok) for tok in doc)
    assert all(read_count(tok) is None for tok in doc)


def test_some_before_a_number_is_a_qualifier(spacy_extractor):
    doc = spacy_extractor.nlp("The junta freed some 5,774 prisoners.")
    some = next(t for t in doc if t.lower_ == "some")
    assert not is_vague_amount(some)
    count = read_count(next(t for t in doc if t.text == "5,774"))
    assert count is not None and (count.value, count.qualifier) == (5774, Q.APPROX)


def test_non_numbers_are_not_counts(spacy_extractor):
    doc = spacy_extractor.nlp("The prisoners were freed at the border.")
    assert all(read_count(tok) is None for tok in doc)
    assert not any(is_vague_amount(tok) for tok in doc)


def test_a_verb_particle_is_not_a_qualifier(spacy_extractor):
    doc, count = first_count(spacy_extractor.nlp, "Russia handed over 15 people.")
    assert (count.value, count.qualifier) == (15, Q.EXACT)


def _told(value, lemma, sentence, text="", qualifier=Q.EXACT):
    return Told(Count(value, qualifier, 0, 1), lemma, sentence, text)


def test_walk_out_count_beats_the_decree_told_in_the_same_sentence():
    text = "Some 300 detainees left jail on Friday, a day after a decree pardoning 325 people."
    told = [_told(300, "leave", 1, text, Q.APPROX), _told(325, "pardon", 1, text)]
    assert [c.value for c in walked_out(told)] == [300]


def test_walk_out_count_told_later_of_the_decided_group():
    told = [
        _told(812, "pardon", 1, "The president pardoned 812 inmates on Monday."),
        _told(760, "release", 3, "Of those covered by the amnesty, 760 were freed outright."),
    ]
    assert [c.value for c in walked_out(told)] == [760]


@pytest.mark.parametrize(
    "later",
    [
        "Among the freed were 14 foreigners, who were flown out.",  # a part, told apart
        "Last year a similar gesture freed 90 inmates.",  # another act merged in
    ],
)
def test_a_smaller_count_in_another_sentence_is_no_walk_out(later):
    told = [
        _told(812, "pardon", 1, "The president pardoned 812 inmates."),
        _told(90, "free", 4, later),
    ]
    assert [c.value for c in walked_out(told)] == [812, 90]


def test_a_headline_estimate_does_not_replace_the_decree():
    told = [
        _told(1000, "free", 0, "Leader frees more than a thousand inmates", Q.AT_LEAST),
        _told(1049, "pardon", 1, "He pardoned 1,049 prisoners on Monday."),
    ]
    assert [c.value for c in walked_out(told)] == [1000, 1049]


def test_no_decision_leaves_every_count():
    told = [_told(52, "free", 0, "Belarus frees 52"), _told(51, "cross", 2, "51 crossed.")]
    assert [c.value for c in walked_out(told)] == [52, 51]


def _counts(doc):
    found = {}
    for tok in doc:
        count = read_count(tok)
        if count is not None:
            found.setdefault(count.value, count)
    return list(found.values())


@pytest.mark.parametrize(
    ("text", "lemmas", "stages"),
    [
        (
            "About 380 prisoners walked out on Tuesday, a day after a decree pardoning 612 people.",
            ("walk", "pardon"),
            True,
        ),
        (  # another group: two acts
            "Belarus freed 14 prisoners on Tuesday, a week after it pardoned 30 other people.",
            ("free", "pardon"),
            False,
        ),
        (  # a grant of clemency is a decision too
            "He granted clemency to nine men and freed 8 of them on Sunday.",
            ("grant", "free"),
            True,
        ),
        (  # two freeings: no decision
            "Russia freed 90 soldiers and Ukraine released 60 conscripts in return.",
            ("free", "release"),
            False,
        ),
        (  # more walked out than were decided: no stages of one act
            "Some 700 inmates left jail, a day after a decree pardoning 612 people.",
            ("leave", "pardon"),
            False,
        ),
    ],
)
def test_decided_and_freed_in_one_sentence(spacy_extractor, text, lemmas, stages):
    doc = spacy_extractor.nlp(text)
    first, second = _counts(doc)
    assert decided_and_freed((first, lemmas[0]), (second, lemmas[1]), doc) is stages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v14: a definite group exchanged with nothing it was traded for is both sides' people
        ("The two men were exchanged at an airport in Turkey.", None),
        ("The two prisoners were swapped on the tarmac in Abu Dhabi on Friday.", None),
        ("Both men were traded at the Polish border on Thursday.", None),
        # v16: "the two men" handed over at a place, to no one: one each way
        ("The two men were handed over at Zurich airport on Saturday.", None),
        # negatives: one side's number (traded for others, not definite, not an exchange)
        ("The 90 soldiers were exchanged for 90 Russian servicemen.", 90),
        ("Twelve prisoners were exchanged at the border on Sunday.", 12),
        ("The two men were released from Evin prison on Monday.", 2),
        ("The two Americans were handed over at Zurich airport on Saturday.", 2),
        ("The two men were handed over to Swiss diplomats on Saturday.", 2),
    ],
)
def test_both_sides_of_a_trade_give_no_count(release_mentions, text, expected):
    counts = {m.count.value if m.count else None for m in release_mentions(text)}
    assert counts == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v15: a number before a people noun's modifiers, wherever the parser hangs it
        ("Cambodian police freed six Thai villagers arrested near the temples.", 6),
        ("Nicaragua released eleven Costa Rican nationals at the border on Thursday.", 11),
        ("Forty seriously wounded Ukrainian prisoners of war were released by Russia.", 40),
        ("Eighteen Thai fishermen held by the navy were handed over on Thursday.", 18),
        # a collective noun's "of" phrase
        ("India had freed a separate group of six Pakistani prisoners in September.", 6),
        ("A smaller group of sixty-three had been released in April.", 63),
        ("In June 2020, a group of 130 Rwandan detainees was released.", 130),
        # negatives: no number, a date before the noun
        ("Authorities freed a group of prisoners on Monday.", None),
        ("On May 3 Thai fishermen were freed by Myanmar.", None),
    ],
)
def test_numbers_before_modifiers_and_of_collectives(release_mentions, text, expected):
    counts = {m.count.value if m.count else None for m in release_mentions(text)}
    assert counts == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v15: "each" closing the object, parsed as an adverb of the phrase after it
        ("Kyiv and Moscow swapped 75 prisoners each after a break of four months.", 75),
        ("Russia and Ukraine swapped 115 prisoners of war each on Saturday.", 115),
        # negative: no "each", two states freeing one number
        ("Russia and Ukraine swapped 115 prisoners of war on Saturday.", None),
    ],
)
def test_each_before_the_next_phrase_is_a_number_per_side(release_mentions, text, expected):
    found = release_mentions(text)
    assert {m.actor for m in found} == {"RUS", "UKR"}
    assert {m.count.value if m.count else None for m in found} == {expected}


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        # v15: "over" after a verb of handing over is its particle, however it is parsed
        (
            "Russia handed over 230 Ukrainian prisoners of war and civilians on Wednesday.",
            230,
            Q.EXACT,
        ),
        ("Azerbaijan handed over 15 Armenian detainees on Saturday.", 15, Q.EXACT),
        ("Each side handed over 205 people at the border.", 205, Q.EXACT),
        # negatives: "over" as "more than"; "handed over more than"
        ("Belarus freed over 200 political prisoners on Monday.", 200, Q.AT_LEAST),
        ("Russia handed over more than 200 prisoners on Monday.", 200, Q.AT_LEAST),
    ],
)
def test_handed_over_is_no_qualifier(release_mentions, text, value, qualifier):
    counts = {(m.count.value, m.count.qualifier) for m in release_mentions(text) if m.count}
    assert counts == {(value, qualifier)}


def test_the_body_tells_a_count_the_headline_ties():
    headline = _told(2, "trade", 0, "Chisinau and Moscow trade two prisoners each")
    body = _told(2, "release", 2, "Two Moldovan citizens were released on Thursday.")
    assert reconciled([headline, body]) is body.count
    # negatives: an exact figure beats an estimate told earlier; a lone headline count
    estimate = _told(50, "free", 1, "About 50 were freed.", Q.APPROX)
    exact = _told(52, "free", 3, "52 were freed.")
    assert reconciled([estimate, exact]) is exact.count
    assert reconciled([headline]) is headline.count
    assert reconciled([]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v16: a couple is two people; "a couple of" stays vague
        ("Iran freed a British couple on Friday.", 2),
        ("The Taliban released the couple on Friday.", 2),
        ("Iran freed a couple of Britons on Friday.", None),
    ],
)
def test_a_couple_is_two(release_mentions, text, expected):
    assert {m.count.value if m.count else None for m in release_mentions(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a round number of its own, or with an article, stays a count
        ("The junta freed one hundred prisoners.", 100),
        ("Belarus freed a hundred prisoners on Monday.", 100),
        ("Iran freed 22,000 prisoners on Monday.", 22000),
    ],
)
def test_a_round_number_alone_is_a_count(release_mentions, text, value):
    assert {m.count.value if m.count else None for m in release_mentions(text)} == {value}


# --- session 19: one person told of an act that also counts a group is one of the group ---
def test_one_person_of_a_counted_act_yields_to_the_group():
    one = _told(1, "free", 1, "Belarus freed the Nobel laureate on Saturday.")
    group = _told(123, "release", 2, "He was among 123 prisoners released on Saturday.")
    assert reconciled([one, group]) is group.count
    # negatives: one person alone stays one; an estimate of the group still yields to an
    # exact group figure, never to the one person
    assert reconciled([one]) is one.count
    about = _told(120, "free", 3, "About 120 were freed.", Q.APPROX)
    assert reconciled([one, about]) is about.count
    assert reconciled([one, about, group]) is group.count


def test_one_person_told_by_the_keeps_no_mention_apart():
    from detente.extract.apart import counts_agree

    lone = Count(1, Q.EXACT, 0, 1, lone=True)
    group = Count(123, Q.EXACT, 0, 1)
    assert counts_agree(lone, group) and counts_agree(group, lone)
    # negatives: one person counted otherwise ("a Polish engineer") and two exact groups differ
    assert not counts_agree(Count(1, Q.EXACT, 0, 1), group)
    assert not counts_agree(Count(12, Q.EXACT, 0, 1), group)
