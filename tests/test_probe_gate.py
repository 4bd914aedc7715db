"""The probe gate: every probe of eval/probes passes at or above its floor."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from detente.evaluation import probes

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

PROBES = Path(__file__).parent.parent / "eval" / "probes"


def test_every_probe_meets_its_floor(spacy_extractor: Extractor) -> None:
    results = probes.run(PROBES, spacy_extractor.pipe)
    assert sum(r.cases for r in results) > 500
    assert probes.below_floor(results) == [], probes.report(results, verbose=True)
