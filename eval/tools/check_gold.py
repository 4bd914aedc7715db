"""Check gold files: fill evidence offsets from the article text and validate against the model.

Usage: python eval/tools/check_gold.py eval/corpus/dev [--write]
Each ``<slug>.events.json`` must sit next to ``<slug>.txt``; every evidence text must occur verbatim
in the article. With ``--write`` the offsets are written back into the gold file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from detente.model import Analysis


def check(gold_path: Path, write: bool) -> list[str]:
    """Return the problems of one gold file (and fix offsets in place when ``write``)."""
    problems: list[str] = []
    article = gold_path.with_name(gold_path.name.removesuffix(".events.json") + ".txt")
    if not article.exists():
        return [f"{gold_path}: no article {article.name}"]
    text = article.read_text(encoding="utf-8")
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    for group in ("events", "exchanges", "stocks"):
        for item in data.get(group, []):
            for ev in item.get("evidence", []):
                start = text.find(ev["text"])
                if start < 0:
                    problems.append(
                        f"{gold_path.name}: evidence not in article: {ev['text'][:60]!r}"
                    )
                    continue
                ev["start"], ev["end"] = start, start + len(ev["text"])
    try:
        analysis = Analysis.model_validate(data)
    except ValueError as exc:
        return problems + [f"{gold_path.name}: {exc}"]
    ids = {e.id for e in analysis.events}
    for x in analysis.exchanges:
        problems += [
            f"{gold_path.name}: exchange refers to unknown {i}" for i in x.events if i not in ids
        ]
    for e in analysis.events:
        if (e.count is None) != (e.count_qualifier is None):
            problems.append(f"{gold_path.name}: {e.id} count and count_qualifier disagree")
    if write and not problems:
        gold_path.write_text(
            json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return problems


def main() -> int:
    """Check every gold file under the given directory."""
    root = Path(sys.argv[1])
    write = "--write" in sys.argv
    problems = [p for g in sorted(root.rglob("*.events.json")) for p in check(g, write)]
    print("\n".join(problems) or f"ok: {len(list(root.rglob('*.events.json')))} gold files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
