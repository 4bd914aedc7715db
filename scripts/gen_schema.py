"""Write detente/schema/analysis.schema.json from the data model (``--check``: fail if it drifted).

Usage: python scripts/gen_schema.py [--check]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from detente.model import Analysis

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "detente" / "schema" / "analysis.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def render() -> str:
    """The schema file's text: the JSON Schema of ``Analysis``, with its dialect declared."""
    schema = {"$schema": DIALECT, **Analysis.model_json_schema()}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write the schema, or with ``--check`` report whether the committed file is current."""
    text = render()
    if "--check" in argv:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print(f"{SCHEMA_PATH} is out of date: run python scripts/gen_schema.py")
            return 1
        return 0
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
