"""The public API: ``detente.__all__`` is sorted, complete, and every name resolves."""

from __future__ import annotations

import subprocess
import sys
import types

import detente


def test_all_is_sorted_and_unique() -> None:
    assert detente.__all__ == sorted(set(detente.__all__))


def test_every_name_resolves() -> None:
    for name in detente.__all__:
        assert getattr(detente, name) is not None, name


def test_all_lists_every_public_member() -> None:
    for name in detente.__all__:
        getattr(detente, name)
    public = sorted(
        name
        for name, value in vars(detente).items()
        if not name.startswith("_")
        and name != "annotations"
        and not isinstance(value, types.ModuleType)
    )
    assert detente.__all__ == public


def test_unknown_name_raises_attribute_error() -> None:
    try:
        detente.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_import_is_light() -> None:
    code = (
        "import sys, detente; heavy = {'spacy', 'trafilatura', 'sqlalchemy', 'pydantic'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
