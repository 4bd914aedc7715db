"""The probe gate: every probe of eval/probes passes at or above its floor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from detente.evaluation import probes

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

PROBES = Path(__file__).parent.parent / "eval" / "probes"


PER_PROBE = 15
"""Cases run per probe here: a fixed sample (20 per probe gave 17,837 sentences in session 20 and took
706 s, the CI's longest test; 15 keep every probe's floor meaningful at three quarters of the time).
The whole grid runs with ``detente probe eval/probes --check``, after every change to the rules."""


@pytest.mark.gate
def test_every_probe_meets_its_floor(spacy_extractor: Extractor) -> None:
    results = probes.run(PROBES, spacy_extractor.pipe, PER_PROBE)
    assert sum(r.cases for r in results) > 12_000
    assert probes.below_floor(results) == [], probes.report(results, verbose=True)
