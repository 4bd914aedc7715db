"""Sentence splitting: abbreviations, datelines, exact offsets (the gates: test_gate.py)."""

from __future__ import annotations

import pytest

from detente.extract.sentences import split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prisoners were let go on Dec. 13 and driven to the border. Relatives met them.",
            [
                "The prisoners were let go on Dec. 13 and driven to the border.",
                "Relatives met them.",
            ],
        ),
        (
            "The U.S. Treasury lifted the measures. Officials confirmed it.",
            ["The U.S. Treasury lifted the measures.", "Officials confirmed it."],
        ),
        (
            "Mr. Novak and Dr. Ilves were freed. They flew home.",
            ["Mr. Novak and Dr. Ilves were freed.", "They flew home."],
        ),
        (
            "The envoy, John F. Keller, met the prisoners. He said they were well.",
            ["The envoy, John F. Keller, met the prisoners.", "He said they were well."],
        ),
        (
            '"We are free," she said. "It is over."',
            ['"We are free," she said.', '"It is over."'],
        ),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Headline here\nMINSK, Dec. 13, 2025 -- The first sentence. The second one!\n\nA new paragraph.",
        "Headline\r\nVILNIUS (AP) - Body text starts here. More text.\r\n",
        "  Leading spaces.   Then more.  \nAnd a line.",
        "Headline\nVilnius, Sunday 14 December 2025\nBody starts. Another one.",
    ],
)
def test_offsets_index_the_text_exactly(text):
    sents = split(text)
    assert sents
    for i, s in enumerate(sents):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "first_body"),
    [
        ("Headline\nMINSK, Dec. 13, 2025 -- Belarus freed them. More.", "Belarus freed them."),
        ("Headline\nMINSK (Reuters) - Belarus freed them.", "Belarus freed them."),
        ("Headline\nTEHRAN, Nov. 6, 2024: Iran freed them.", "Iran freed them."),
        ("Headline\nBOGOTÁ, Colombia, May 2, 2023 -- Cuba freed them.", "Cuba freed them."),
        ("Headline\nREYKJAVÍK (AP) - Norway freed them.", "Norway freed them."),
        (
            "Headline\nRIGA, Nov. 26, 2019 A year after the pardon, he spoke.",
            "A year after the pardon, he spoke.",
        ),
        (
            "Headline\nOslo, Sunday 14 December 2025 When they landed, all cheered.",
            "When they landed, all cheered.",
        ),
    ],
)
def test_dateline_is_cut_off_the_first_sentence(text, first_body):
    sents = split(text)
    assert [s.text for s in sents[:2]] == ["Headline", first_body]


def test_headline_is_its_own_sentence():
    sents = split("Belarus frees prisoners\nThe release came at dawn. Nobody commented.")
    assert [s.text for s in sents] == [
        "Belarus frees prisoners",
        "The release came at dawn.",
        "Nobody commented.",
    ]


def test_dateline_only_stripped_near_the_top():
    text = "H\nBody one.\nTwo.\nLONDON -- A quote in the fifth line stays whole."
    assert split(text)[-1].text == "LONDON -- A quote in the fifth line stays whole."


@pytest.mark.parametrize(
    "body",
    [
        "In 2019 Russia freed them. More.",
        "Tunisia freed 1,003 prisoners on 5 March 2024. On the same day, Syria freed 40.",
        "Belarus, which freed 14 in June 2025, said nothing. More.",
    ],
)
def test_a_body_with_a_year_is_no_dateline(body):
    assert split("Headline\n" + body)[1].text == split(body)[0].text


def test_a_year_starting_the_body_is_no_dateline():
    sents = split("Headline\nIn 2019 Russia freed them. More.")
    assert sents[1].text == "In 2019 Russia freed them."
