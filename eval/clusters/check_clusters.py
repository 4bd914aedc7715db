"""Check the cross-document gold files (docs/annotation-clusters.md).

Usage: python eval/clusters/check_clusters.py eval/clusters
Strips the ``cluster``/``deal`` keys, runs the document-level checks of eval/tools/check_gold.py on
the rest, and checks that every event has a cluster id and every exchange a deal id, that no document
repeats one, and that the ids used and the ids listed in ``happenings.json`` are the same.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

_TOOL = Path(__file__).resolve().parents[1] / "tools" / "check_gold.py"


def _check_gold() -> Any:
    """Load eval/tools/check_gold.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("check_gold", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ids(data: dict[str, Any], group: str, key: str, name: str) -> tuple[list[str], list[str]]:
    """Pop ``key`` from every item of ``group``; return the ids and the problems."""
    ids: list[str] = []
    problems: list[str] = []
    for i, item in enumerate(data.get(group, [])):
        value = item.pop(key, None)
        if not isinstance(value, str) or not value:
            problems.append(f"{name}: {group}[{i}] has no {key!r}")
            continue
        ids.append(value)
    problems += [f"{name}: {key} {v!r} used twice" for v, n in Counter(ids).items() if n > 1]
    return ids, problems


def check(root: Path) -> list[str]:
    """Return every problem of the cluster gold files under ``root``."""
    tool = _check_gold()
    registry = json.loads((root / "happenings.json").read_text(encoding="utf-8"))
    used: dict[str, set[str]] = {"clusters": set(), "deals": set()}
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(root.rglob("*.events.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            clusters, p1 = _ids(data, "events", "cluster", gold.name)
            deals, p2 = _ids(data, "exchanges", "deal", gold.name)
            used["clusters"].update(clusters)
            used["deals"].update(deals)
            copy = Path(tmp) / gold.parent.name / gold.name
            copy.parent.mkdir(exist_ok=True)
            copy.write_text(json.dumps(data), encoding="utf-8")
            article = gold.with_name(gold.name.removesuffix(".events.json") + ".txt")
            if article.exists():
                copy.with_name(article.name).write_text(
                    article.read_text(encoding="utf-8"), encoding="utf-8"
                )
            problems += p1 + p2 + tool.check(copy, False)
    for group in ("clusters", "deals"):
        listed = set(registry.get(group, {}))
        problems += [f"{group}: {i!r} not in happenings.json" for i in sorted(used[group] - listed)]
        problems += [f"{group}: {i!r} listed but unused" for i in sorted(listed - used[group])]
    return problems


def main() -> int:
    """Check the set under the given directory (default eval/clusters)."""
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    problems = check(root)
    n = len(list(root.rglob("*.events.json")))
    print("\n".join(problems) or f"ok: {n} gold files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
