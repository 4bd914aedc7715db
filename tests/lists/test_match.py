"""The name matcher: folding, legal forms, transliteration keys, scores that rank and reasons."""

from __future__ import annotations

import pytest

from detente.lists.match import DEFAULT_THRESHOLD, compare, fold, key, name_score, prepare


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nicolás MADURO Moros", "nicolas maduro moros"),
        ("Александр Лукашенко", "aleksandr lukashenko"),
        ("ОАО «Беларуськалий»", "oao belaruskaliy"),
        ("Kim Jong-un", "kim jong un"),
        ("Rosneft'", "rosneft"),
        ("Procter & Gamble", "procter and gamble"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("a", "b"),
    [("yevgeniy", "evgeny"), ("abramovitch", "abramovich"), ("wekselberg", "vekselberg"),
     ("pyotr", "petr"), ("deripasca", "deripaska"), ("sergej", "sergei")],
)  # fmt: skip
def test_transliteration_keys_agree(a: str, b: str) -> None:
    assert key(a) == key(b)


@pytest.mark.parametrize(
    "name",
    ["Open Joint Stock Company Belaruskali", "Belaruskali OAO", "OJSC Belaruskali",
     "Belaruskali J.S.C.", "Belaruskali Ltd."],
)  # fmt: skip
def test_legal_forms_are_dropped(name: str) -> None:
    prepared = prepare(name)
    assert [t.text for t in prepared.tokens] == ["belaruskali"]
    assert prepared.legal


def test_a_name_that_is_only_a_legal_form_keeps_its_words() -> None:
    assert [t.text for t in prepare("Company Limited").tokens] == ["company", "limited"]


def test_scores_rank_kinds_of_agreement() -> None:
    exact = name_score("Aliaksandr Lukashenka", "ALIAKSANDR LUKASHENKA")
    order = name_score("Lukashenka Aliaksandr", "Aliaksandr Lukashenka")
    legal = name_score("Belavia OJSC", "Belavia")
    translit = name_score("Alexander Lukashenko", "Aleksandr Lukashenko")
    fuzzy = name_score("Alexander Lukashenko", "Aliaksandr Lukashenka")
    other = name_score("Viktar Lukashenka", "Aliaksandr Lukashenka")
    assert exact == 1.0
    assert 1.0 > order > translit > fuzzy >= DEFAULT_THRESHOLD > other
    assert 1.0 > legal >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("query", "candidate", "reason"),
    [
        ("Lukashenka Aliaksandr", "Aliaksandr Lukashenka", "word order"),
        ("Belavia OJSC", "Joint Stock Company Belavia", "legal form"),
        ("Evgeniy Prigozhin", "Yevgeny Prigozhin", "transliteration"),
        ("A. Lukashenka", "Aliaksandr Lukashenka", "initials"),
        ("BPC", "Belarusian Potash Company", "abbreviation"),
        ("Prigozhyn", "Prigozhin", "transliteration"),
        ("Belaruskalli", "Belaruskali", "transliteration"),
        ("Surgutneftgaz", "Surgutneftegaz", "fuzzy"),
    ],
)
def test_reasons(query: str, candidate: str, reason: str) -> None:
    match = compare(prepare(query), prepare(candidate))
    assert reason in match.reasons, match


@pytest.mark.parametrize(
    ("query", "candidate"),
    [
        ("Ivan Petrov", "Sergei Petrov"),
        ("Belarusian Potash Company", "Belarusian Steel Works"),
        ("Bank Melli Iran", "Bank Mellat"),
        ("Gazprom", "Gazprombank"),
        ("Kim Yo Jong", "Kim Jong Un"),
    ],
)
def test_hard_negatives_stay_below_the_threshold(query: str, candidate: str) -> None:
    assert name_score(query, candidate) < DEFAULT_THRESHOLD


def test_extra_patronymic_costs_little_but_something() -> None:
    score = name_score("Aliaksandr Lukashenka", "LUKASHENKA, Aliaksandr Ryhoravich")
    assert DEFAULT_THRESHOLD <= score < name_score("Aliaksandr Lukashenka", "Lukashenka Aliaksandr")


def test_score_is_symmetric_enough() -> None:
    pairs = [("Belavia", "Belavia Belarusian Airlines"), ("Igor Sechin", "I. Sechin")]
    for a, b in pairs:
        assert abs(name_score(a, b) - name_score(b, a)) < 0.02
