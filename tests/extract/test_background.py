"""A timeline entry's heading dates the sentences of the entry that have no time of their own."""

from __future__ import annotations

import pytest

from detente.extract import background
from detente.extract.pipeline import Extractor
from detente.model import Document, EventType


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("January 3, 2024: The largest exchange so far. Russia frees 230.", "2024-01-03"),
        ("12 October 2011 -- The government grants an amnesty.", "2011-10-12"),
        ("March 2011 — Ferrer is released.", "2011-03"),
        ("September: the airline deal. Fifty-two prisoners left.", "2025-09"),
        ("Sept. 14: Two more are freed.", "2025-09-14"),
        # a live timeline's day heading (session 26: "Day two, Saturday"): the latest such day
        ("10:05 Day two, Saturday. Another 307 came home.", "2025-12-13"),
        ("Day one, Friday: Russia freed 390 people.", "2025-12-12"),
        ("09:40 - Day 3, Monday. The last group crossed.", "2025-12-15"),  # the publication day
    ],
)
def test_entry_headings(line: str, value: str) -> None:
    text = f"Headline\nDateline\n\n{line}\n"
    ((first, last, time),) = background._entries(text, "2025-12-15")
    assert time.value == value
    assert text[first:last] == line


@pytest.mark.parametrize(
    "text",
    [
        "Headline\nFebruary 14, 2025 -- A teacher landed. He was freed.\n",  # a dateline
        "Headline\nDateline\n\nKYIV, Feb. 6, 2025 -- Ukraine and Russia swapped prisoners.\n",
        "Headline\nDateline\n\n14:05 -- Ten citizens are on a plane.\n",  # a live blog's hour
        "Headline\nDateline\n\nOfficials said on March 3: the men were freed.\n",  # mid-line
        "Headline\nDateline\n\nDecember 15, 2025 -- Belarus frees 20.\n",  # publication day
        "Headline\nDateline\n\n10:05 On day two, Saturday was quiet.\n",  # mid-line, no heading
        "Headline\nDateline\n\n10:05 Day two of the talks brought nothing.\n",  # no weekday
    ],
)
def test_no_entry(text: str) -> None:
    assert background._entries(text, "2025-12-15") == []


def _releases(extractor: Extractor, body: str) -> list[tuple[str | None, int | None, str | None]]:
    text = f"A year of swaps\nKYIV, Dec. 15, 2025 --\n\n{body}\n"
    doc = Document(id="t", source="inline", published="2025-12-15", text=text)
    events = [e for e in extractor(doc).events if e.type == EventType.RELEASE]
    return [(e.actor, e.count, e.date) for e in events]


def test_a_present_tense_act_after_the_heading_is_the_entry_s_act(spacy_extractor: Extractor):
    body = (
        "January 3, 2024: The largest exchange of the war so far. "
        "Russia frees 230 Ukrainian prisoners of war."
    )
    assert _releases(spacy_extractor, body) == [("RUS", 230, "2024-01-03")]


def test_a_past_act_after_a_month_heading_is_dated_by_it(spacy_extractor: Extractor):
    body = "September: the airline deal. Belarus freed 52 political prisoners."
    assert _releases(spacy_extractor, body) == [("BLR", 52, "2025-09")]


def test_a_sentence_with_its_own_day_keeps_it(spacy_extractor: Extractor):
    body = "June: talks in Minsk. On June 21, Belarus freed 14 political prisoners."
    assert _releases(spacy_extractor, body) == [("BLR", 14, "2025-06-21")]


def test_a_demand_in_an_entry_is_no_act(spacy_extractor: Extractor):
    body = "March 2024: Talks stall. Kyiv demands the release of 300 Ukrainian prisoners."
    assert _releases(spacy_extractor, body) == []


def _dated(extractor: Extractor, body: str, published: str = "2025-11-06") -> list[tuple]:
    text = f"Report\nWARSAW, Nov. 6, 2025 --\n\n{body}\n"
    doc = Document(id="s", source="inline", published=published, text=text)
    return sorted((str(e.type), e.actor, e.date) for e in extractor(doc).events)


def test_an_act_months_after_another_dates_the_earlier_one_by_the_month(
    spacy_extractor: Extractor,
):
    body = (
        "Russia freed the journalist Anna Lind on Tuesday, two months after Moscow released "
        "the American teacher Mark Gale."
    )
    assert _dated(spacy_extractor, body) == [
        ("release", "RUS", "2025-09"),
        ("release", "RUS", "2025-11-04"),
    ]


def test_a_year_after_counts_twelve_months_before_publication(spacy_extractor: Extractor):
    body = "The airline is still grounded, a year after Washington lifted sanctions on Belarus."
    assert _dated(spacy_extractor, body) == [("sanctions_eased", "USA", "2024-11")]


def test_a_clause_with_its_own_time_keeps_it(spacy_extractor: Extractor):
    body = (
        "Beijing deported the writer on Tuesday, three years after China freed another "
        "Australian journalist, Chen Wei, in October 2022."
    )
    assert all(date != "2022-11" for _, _, date in _dated(spacy_extractor, body))


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("two months after Moscow freed", 2),
        ("a year after the swap", 12),
        ("Three years after Minsk pardoned", 36),
        ("11 months after the deal", 11),
    ],
)
def test_span_after(text: str, months: int) -> None:
    m = background.SPAN_AFTER.search(text)
    assert m is not None
    assert background._months_back(m) == months
    assert background._month_before("2025-11-04", months)[:4] <= "2025"


def test_no_span_after() -> None:
    assert background.SPAN_AFTER.search("two months later, Minsk freed 14") is None
    assert background.SPAN_AFTER.search("months after the vote") is None


def test_an_act_reckoned_by_a_span_joins_the_same_act_dated_elsewhere(
    spacy_extractor: Extractor,
):
    text = (
        "Activist freed, a year after an amnesty freed his colleagues\n"
        "ALMATY, March 7, 2026 --\n"
        "A court freed the activist Yerlan Dosov on Wednesday. His release comes a year after an "
        "amnesty freed several activists. Among them was Nurlan Aliyev, who left prison in "
        "February 2025.\n"
    )
    doc = Document(id="k", source="inline", published="2026-03-07", text=text)
    dates = sorted(e.date or "" for e in spacy_extractor(doc).events)
    assert "2025-03" not in dates


# --- session 15: headings closed by a full stop, headings in capitals ---
@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("August 2020. The pardon of 110 opposition figures was read out.", "2020-08"),
        ("February. Moscow let go of the American teacher.", "2025-02"),
        ("JUNE 21 - After a visit by the envoy, Minsk pardoned 14.", "2025-06-21"),
        ("SEPTEMBER 11 — Belarus freed 52 prisoners.", "2025-09-11"),
    ],
)
def test_entry_headings_closed_by_a_full_stop_or_in_capitals(line: str, value: str) -> None:
    text = f"Headline\nDateline\n\n{line}\n"
    ((_, _, time),) = background._entries(text, "2025-12-15")
    assert time.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Mr. Lind was freed on Friday.",  # an abbreviation, not a month
        "Officials met in May. The men were freed later.",  # a month inside the line
        "MAY BE freed soon, the lawyer said.",  # no date closes the heading
    ],
)
def test_no_full_stop_heading(line: str) -> None:
    assert background._entries(f"Headline\nDateline\n\n{line}\n", "2025-12-15") == []


def test_a_heading_in_capitals_dates_its_own_line(spacy_extractor: Extractor):
    body = "Three rounds.\n\nJUNE 21 - After a visit by a US envoy, Belarus pardoned 14 prisoners."
    assert _releases(spacy_extractor, body) == [("BLR", 14, "2025-06-21")]


def test_a_month_heading_closed_by_a_full_stop_dates_the_entry(spacy_extractor: Extractor):
    body = "The year in brief.\n\nApril. In Abu Dhabi, Russia freed 12 political prisoners."
    assert _releases(spacy_extractor, body) == [("RUS", 12, "2025-04")]


def test_an_act_in_a_when_clause_after_a_bare_year_is_dated_by_it(spacy_extractor: Extractor):
    body = "It was the first such trade since 2019, when Peru freed 12 political prisoners."
    assert _releases(spacy_extractor, body) == [("PER", 12, "2019")]


# --- session 15: an act told as part of the deal told just before ---
def test_an_act_in_that_deal_takes_the_deal_s_past_time(spacy_extractor: Extractor):
    body = (
        "Russia freed the engineer Tom Vale on Tuesday. "
        "In February, the two countries completed a swap at Istanbul airport. "
        "In that deal, Moscow released the teacher Julia Hart."
    )
    assert _dated(spacy_extractor, body) == [
        ("release", "RUS", "2025-02"),
        ("release", "RUS", "2025-11-04"),
    ]


def test_an_act_in_the_same_deal_as_the_story_s_act_keeps_its_day(spacy_extractor: Extractor):
    body = (
        "Russia freed the engineer Tom Vale on Tuesday. "
        "As part of the same deal, the United States released Dmitri Chernov."
    )
    assert _dated(spacy_extractor, body) == [
        ("release", "RUS", "2025-11-04"),
        ("release", "USA", "2025-11-04"),
    ]


# --- session 20: a "since" time in such a sentence tells how long people were held ---
def test_a_held_since_time_leaves_the_act_the_deal_s_time(spacy_extractor: Extractor):
    body = (
        "Peru freed the engineer Tom Vale on Tuesday. "
        "In August, Chile released nine Peruvian sailors at the border. "
        "As part of the same arrangement, Bolivia sent four Peruvian traders it had been holding "
        "since May back to Lima."
    )
    assert ("release", "BOL", "2025-08") in _dated(spacy_extractor, body)


def test_a_time_of_its_own_keeps_its_time_beside_a_held_since_time(spacy_extractor: Extractor):
    body = (
        "In August, Chile released nine Peruvian sailors at the border. "
        "As part of the same arrangement, Bolivia freed four Peruvian traders held since May "
        "on Friday."
    )
    assert ("release", "BOL", "2025-10-31") in _dated(spacy_extractor, body)


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("In that deal, Moscow released the teacher.", True),
        ("As part of the same arrangement, El Salvador sent 252 men home.", True),
        ("On that occasion Tehran freed the French teacher.", True),
        ("In that case, Moscow released the teacher.", False),
        ("Officials said that in the same deal Moscow released the teacher.", False),
    ],
)
def test_same_deal_opening(text: str, opens: bool) -> None:
    assert (background.SAME_DEAL.match(text) is not None) is opens


def test_a_deal_s_terms_take_no_time_from_a_clause_on_a_noun(spacy_extractor: Extractor):
    body = (
        "Lebanon freed 82 Syrian prisoners on Tuesday. "
        "The handover was the first step in an agreement signed in Damascus last month. "
        "Under that deal, Lebanon agreed to release Syrians who have served their sentences."
    )
    assert [d for _, a, d in _dated(spacy_extractor, body) if a == "LBN"] == ["2025-11-04"]


# --- session 16: an act with no time of its own in a passage about a past act ---
def test_an_answering_act_takes_the_past_time_of_the_act_before_it(spacy_extractor: Extractor):
    body = (
        "Officials are preparing another list.\n\n"
        "On March 4, Iran freed the aid worker Lena Brandt after fourteen months in Evin prison.\n\n"
        "In return, Belgium released the diplomat Reza Amini."
    )
    assert _dated(spacy_extractor, body) == [
        ("release", "BEL", "2025-03-04"),
        ("release", "IRN", "2025-03-04"),
    ]


def test_an_undated_past_act_in_a_past_passage_takes_its_time(spacy_extractor: Extractor):
    body = (
        "Officials are preparing another list.\n\n"
        "In February, Russia released the teacher Tom Hale. "
        "The United States freed the banker Oleg Marin, who was flown to Moscow."
    )
    assert _dated(spacy_extractor, body) == [
        ("release", "RUS", "2025-02"),
        ("release", "USA", "2025-02"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a present perfect tells the news, not the passage's act
        "In February, Russia released the teacher Tom Hale. "
        "The United States has freed the banker Oleg Marin.",
        # a new paragraph that does not answer the act before it
        "In February, Russia released the teacher Tom Hale.\n\n"
        "The United States freed the banker Oleg Marin.",
        # a time of the current month ends the past passage
        "In February, Russia released the teacher Tom Hale. On Tuesday the talks resumed, "
        "officials said. The United States freed the banker Oleg Marin.",
    ],
)
def test_no_past_time_carried(spacy_extractor: Extractor, body: str):
    body = "Officials are preparing another list.\n\n" + body
    assert ("release", "USA", "2025-02") not in _dated(spacy_extractor, body)


def test_a_time_the_lead_tells_is_left_to_the_story_date(spacy_extractor: Extractor):
    text = (
        "A year after the Istanbul swap\n"
        "ISTANBUL, Nov. 6, 2025 --\n"
        "A year ago today, Russia freed nine prisoners at Istanbul airport, and the people it "
        "freed still tell the story.\n\n"
        "Russia released nine people that afternoon, among them the reporter Anna Lind.\n\n"
        "Germany released the agent Ivan Petrov.\n"
    )
    doc = Document(id="l", source="inline", published="2025-11-06", text=text)
    found = sorted((e.actor, e.date) for e in spacy_extractor(doc).events)
    assert found == [("DEU", "2024-11-06"), ("RUS", "2024-11-06")]


def test_a_relief_answering_a_past_release_takes_its_time(spacy_extractor: Extractor):
    body = (
        "Officials are preparing another list.\n\n"
        "In February, Venezuela freed eight American citizens.\n\n"
        "In return, the Treasury granted a licence allowing oil traders to lift Venezuelan crude."
    )
    assert ("sanctions_eased", "USA", "2025-02") in _dated(spacy_extractor, body)


def test_an_act_of_another_type_in_the_passage_keeps_the_story_day(spacy_extractor: Extractor):
    body = (
        "The Treasury removed two Lao shipping firms from its list on Tuesday.\n\n"
        "The Treasury designated the firms in January of last year. The Treasury also issued a "
        "general licence authorising the wind-down of transactions with a third firm."
    )
    assert all(
        d != "2024-01" for t, _, d in _dated(spacy_extractor, body) if t != "sanctions_imposed"
    )


def test_a_relative_time_goes_on_with_the_passage_and_the_deal_answers_it(
    spacy_extractor: Extractor,
):
    body = (
        "Officials are preparing another list.\n\n"
        "On March 4, Iran freed the aid worker Lena Brandt. She landed in Brussels the following "
        "morning.\n\n"
        "As part of the deal, Belgium pardoned the diplomat Reza Amini."
    )
    assert _dated(spacy_extractor, body) == [
        ("release", "BEL", "2025-03-04"),
        ("release", "IRN", "2025-03-04"),
    ]


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("As part of the deal, Biden granted clemency to five Iranians.", True),
        ("In return, Washington freed Alexander Vinnik.", True),
        ("In that exchange, Moscow released the teacher.", True),
        ("Officials said the deal was a success.", False),
        ("The deal freed five Americans.", False),
    ],
)
def test_answers(text: str, answers: bool) -> None:
    assert background._answers(text) is answers


# --- session 17: acts in a "when" clause right after a date, however parsed ---
def test_acts_in_a_when_clause_after_a_month_take_its_month(spacy_extractor: Extractor):
    body = (
        "Officials in Washington opened the talks on Monday. It is the third trade since March, "
        "when Moscow freed the teacher Mark Doyle and Washington sent home Ivan Petrenko, a hacker."
    )
    found = _dated(spacy_extractor, body)  # the parser hangs "sent" on the main clause
    assert ("release", "RUS", "2025-03") in found
    assert all(date == "2025-03" for kind, _, date in found if kind == "release")


def test_a_when_clause_after_a_date_told_as_a_comparison_is_dated_by_it(
    spacy_extractor: Extractor,
):
    body = (
        "Officials in Managua freed 40 political prisoners on Wednesday. The government said "
        "they were being stripped of their nationality, as it did in May 2024, when it put "
        "95 political prisoners on a flight to Madrid."
    )
    found = _dated(spacy_extractor, body)
    assert ("release", "NIC", "2024-05") in found


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("It is the first since June, when Minsk freed 14.", [("2025-06", "Minsk freed 14.")]),
        ("Since June 2024 when Minsk freed 14; more followed.", [("2024-06", "Minsk freed 14")]),
        ("On Tuesday Minsk freed 14, officials said.", []),  # no "when"
        ("When Minsk freed 14 in June, nobody expected it.", []),  # "when" before the date
    ],
)
def test_when_spans(parsed_sentence, text: str, spans: list[tuple[str, str]]) -> None:
    ps = parsed_sentence(text)
    found = [
        (value, text[start:end].strip()) for start, end, value, _ in background._when_spans(ps)
    ]
    assert found == spans


def test_an_act_with_its_own_time_inside_the_when_clause_keeps_it(parsed_sentence) -> None:
    text = "They were held since January, when police seized their boat, and freed on May 3."
    ((_, _, value, inner),) = background._when_spans(parsed_sentence(text))
    assert value == "2025-01" and inner == {"2025-05-03"}  # a time of its own inside the clause


# --- a live timeline's day heading (session 26: "Day two, Saturday") ---------------------------


def test_each_live_day_dates_its_own_exchange(spacy_extractor: Extractor):
    text = (
        "Live: the exchange ends\nKYIV, Dec. 15, 2025 --\n"
        "09:40 Day one, Friday. Russia freed 120 Ukrainian prisoners, and Ukraine in turn"
        " released 120 Russian prisoners.\n"
        "10:05 Day two, Saturday. Another 80 Ukrainian servicemen came home, while Ukraine"
        " handed 80 Russian servicemen back to Russia.\n"
    )
    a = spacy_extractor(Document(id="t", source="inline", published="2025-12-15", text=text))
    by_id = {e.id: e for e in a.events}
    assert sorted((e.actor, e.count, e.date) for e in a.events) == [
        ("RUS", 80, "2025-12-13"),
        ("RUS", 120, "2025-12-12"),
        ("UKR", 80, "2025-12-13"),
        ("UKR", 120, "2025-12-12"),
    ]
    assert sorted(sorted(by_id[i].date for i in x.events) for x in a.exchanges) == [
        ["2025-12-12", "2025-12-12"],
        ["2025-12-13", "2025-12-13"],
    ]


def test_a_months_span_dates_an_act_its_clause_s_own_time_leaves_undated(
    spacy_extractor: Extractor,
) -> None:
    # the time belongs to a relative clause on the person: the span still dates the freeing
    body = (
        "Mali freed two Ivorian soldiers on Friday. The release came two months after Mali freed "
        "a third Ivorian soldier, Yao Kouassi, who was handed over in Lome in October on health "
        "grounds."
    )
    assert sorted(_releases(spacy_extractor, body)) == [
        ("MLI", 1, "2025-10"),
        ("MLI", 2, "2025-12-12"),
    ]


def test_a_months_span_keeps_the_clause_s_own_time(spacy_extractor: Extractor) -> None:
    body = (
        "Mali freed two Ivorian soldiers on Friday. The release came two months after Mali freed "
        "a third Ivorian soldier, Yao Kouassi, in September."
    )
    assert sorted(_releases(spacy_extractor, body)) == [
        ("MLI", 1, "2025-09"),
        ("MLI", 2, "2025-12-12"),
    ]
