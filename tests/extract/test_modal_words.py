"""The word tables of modality: governors make an act no fact, factive heads keep it one."""

from __future__ import annotations

import pytest

from detente.extract.modal_words import FACTIVE, GOVERNORS, HYPOTHETICAL_MODALS, NEGATORS
from detente.model import Modality


@pytest.mark.parametrize("word", sorted(GOVERNORS))
def test_a_governor_never_asserts(word: str) -> None:
    assert GOVERNORS[word] is not Modality.ASSERTED


def test_no_word_is_both_factive_and_a_governor() -> None:
    # modality reads FACTIVE first: a word in both would be a governor never used
    assert not FACTIVE & GOVERNORS.keys()


def test_modals_and_negators_are_apart() -> None:
    assert not HYPOTHETICAL_MODALS & NEGATORS
