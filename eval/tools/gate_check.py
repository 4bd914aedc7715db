"""Sentences of a split where a rule fires but the gates skip them (run after folding articles).

Usage: python eval/tools/gate_check.py eval/corpus/dev

Parses every sentence in full (minutes for the whole dev split) and prints, one per line, each
sentence where the release, sanctions or stock rules find something the gates would not parse:
each needs a gate word (:mod:`detente.extract.gate`). Exit 1 when there is any. The test suite
runs the same check (:func:`detente.evaluation.gatecheck.rule_misses`) over a fixed sample.
"""

from __future__ import annotations

import sys
from pathlib import Path

from detente.evaluation.corpus import load_split
from detente.evaluation.gatecheck import rule_misses
from detente.extract.pipeline import Extractor


def main(split_dir: str) -> int:
    items = load_split(Path(split_dir))
    missed = rule_misses(Extractor(), (item.document for item in items))
    for text in missed:
        print(text)
    print(f"{len(missed)} sentences missed by the gates in {len(items)} documents", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
