"""Where each missed gold event of a split was lost in the pipeline (a diagnostic for rule work).

Usage: python eval/tools/why_missed.py eval/corpus/dev [OUT.tsv]

For every gold event the extractor does not match, the stage its evidence sentence fell at:

- ``gated-out``: the sentence never reached the rules (:mod:`detente.extract.gate`);
- ``context-only``: it was tokenised for context but not parsed;
- ``parsed-no-trigger``: parsed, but no rule found a mention of that type in it
  (``(other-type)`` when a mention of another type was found there);
- ``mention-actor:X``: a mention of that type was found, with actor(s) X after attachment, none of
  them the gold actor;
- ``mention-lost``: a mention with the gold type and actor was found, and lost later (merged into
  another event, dropped by a later rule, or matched with other fields).

Prints the counts per (type, cause); writes one TSV row per miss (cause, type, gold actor, file,
evidence) to OUT.tsv when given. Never run it on a held-out split while writing rules.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from detente.evaluation.corpus import Item, load_split
from detente.evaluation.score import match_events
from detente.extract import attach, gate
from detente.extract.mentions import Mention, ParsedSentence
from detente.extract.pipeline import Extractor
from detente.model import Event


def _parsed(ex: Extractor, item: Item) -> tuple[list[gate.Gated], list[ParsedSentence]]:
    plan = gate.plan(item.document.text)
    todo = [g.sentence for g in plan if g.parse]
    docs = ex.parse([s.text for s in todo], [True] * len(todo)) if todo else []
    published = item.document.published
    return plan, [ex._prepare(s, d, published) for s, d in zip(todo, docs, strict=True)]


def cause(gold: Event, plan: list[gate.Gated], mentions: list[Mention]) -> str:
    """The stage at which one missed gold event was lost."""
    ev = gold.evidence[0]

    def overlaps(start: int, end: int) -> bool:
        return start < ev.end and ev.start < end

    here = [m for m in mentions if overlaps(m.sent.sentence.start, m.sent.sentence.end)]
    same = [m for m in here if m.type == gold.type]
    if same:
        actors = sorted({str(m.actor) for m in same})
        return "mention-lost" if gold.actor in actors else "mention-actor:" + ",".join(actors)
    passed = [g for g in plan if overlaps(g.sentence.start, g.sentence.end)]
    if any(g.parse for g in passed):
        return "parsed-no-trigger" + ("(other-type)" if here else "")
    return "context-only" if passed else "gated-out"


def main(split: Path, out: Path | None) -> None:
    """Print the causes of the misses of one split (and write them as TSV)."""
    ex = Extractor()
    counts: Counter[tuple[str, str]] = Counter()
    rows = []
    for item in load_split(split):
        matched = {id(g) for _, g in match_events(ex(item.document).events, item.gold.events)}
        missed = [g for g in item.gold.events if id(g) not in matched and g.evidence]
        if not missed:
            continue
        plan, sents = _parsed(ex, item)
        mentions, _ = ex._mentions(sents)
        attach.run(mentions, sents)
        for g in missed:
            why = cause(g, plan, mentions)
            counts[(str(g.type), why.split(":")[0])] += 1
            name = Path(item.document.source).name
            rows.append(f"{why}\t{g.type}\t{g.actor}\t{name}\t{g.evidence[0].text}")
    for (kind, why), n in sorted(counts.items()):
        print(f"{kind:18} {why:30} {n}")
    if out is not None:
        out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
