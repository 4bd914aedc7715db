"""The published JSON Schema: current with the model, and strict about what it accepts."""

from __future__ import annotations

import copy
import json
import runpy
from pathlib import Path

import jsonschema
import pytest

from detente.model import Analysis

ROOT = Path(__file__).parent.parent
SCHEMA = ROOT / "detente" / "schema" / "analysis.schema.json"
SAMPLE = Path(__file__).parent / "fixtures" / "schema" / "analysis.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_committed_schema_is_current():
    render = runpy.run_path(str(ROOT / "scripts" / "gen_schema.py"))["render"]
    assert SCHEMA.read_text(encoding="utf-8") == render(), "run python scripts/gen_schema.py"


def test_sample_is_valid_for_schema_and_model(validator, sample):
    validator.validate(sample)
    assert Analysis.model_validate(sample).model_dump(mode="json") == sample


def test_minimal_analysis_is_valid(validator):
    validator.validate({"document": {"id": "abc", "source": "-"}})


def bad_type(d):
    d["events"][0]["type"] = "released"


def count_as_string(d):
    d["events"][0]["count"] = "52"


def missing_document(d):
    del d["document"]


def unknown_field(d):
    d["events"][0]["victims"] = 3


def bad_qualifier(d):
    d["stocks"][0]["count_qualifier"] = "roughly"


def short_exchange(d):
    d["exchanges"][0]["events"] = ["e1"]


@pytest.mark.parametrize(
    "damage",
    [bad_type, count_as_string, missing_document, unknown_field, bad_qualifier, short_exchange],
)
def test_invalid_analysis_is_rejected(validator, sample, damage):
    broken = copy.deepcopy(sample)
    damage(broken)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)
