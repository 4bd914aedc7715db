"""The word lists the stages share: the families whose members nest by purpose."""

from __future__ import annotations

import pytest

from detente.extract import lexicon as lx

SAYING = {
    "REPORT_VERBS": lx.REPORT_VERBS,
    "REPORTED_SPEECH_VERBS": lx.REPORTED_SPEECH_VERBS,
    "DECLARE_VERBS": lx.DECLARE_VERBS,
    "ATTRIBUTION_VERBS": lx.ATTRIBUTION_VERBS,
}


@pytest.mark.parametrize("name", [n for n in SAYING if n != "REPORT_VERBS"])
def test_every_purpose_takes_the_plain_verbs_of_saying(name: str) -> None:
    assert lx.SAY_VERBS <= SAYING[name]


@pytest.mark.parametrize("name", list(SAYING))
def test_speech_verbs_hold_every_verb_of_saying(name: str) -> None:
    # "decide" is the one verb of a purpose (a told decision) that is no verb of saying
    assert SAYING[name] - {"decide"} <= lx.SPEECH_VERBS


def test_a_report_is_passed_on_by_reported_speech_and_attribution() -> None:
    assert lx.REPORT_VERBS <= lx.REPORTED_SPEECH_VERBS & lx.ATTRIBUTION_VERBS


@pytest.mark.parametrize("name", [*SAYING, "SAY_VERBS", "SPEECH_VERBS"])
def test_the_family_is_frozen_lemmas(name: str) -> None:
    words = getattr(lx, name)
    assert isinstance(words, frozenset)
    assert all(w == w.lower() and " " not in w for w in words)
