"""Every module of detente imports on its own: no import cycle breaks an entry point.

A cycle of ``from X import NAME`` statements works when the cycle is entered at one module and
fails when it is entered at another (``sanctioners`` → ``releases`` → … → ``sanctioners``
raised ImportError whenever ``sanctioners`` was imported first). The whole test suite imports
modules in one order only, so each module is imported here as the first module of the package.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import detente

# Modules that are not imported but run by a tool that sets up their context first.
NOT_IMPORTABLE = frozenset({"detente.store.migrations.env"})  # run by Alembic's EnvironmentContext

# Runs in a fresh interpreter: for each module, every module of the package is dropped from
# sys.modules and the module imported. Third-party packages stay loaded (they take no part in
# the package's cycles), which keeps the run to one interpreter start instead of one per module.
_CHECK = textwrap.dedent(
    """
    import importlib, json, sys, traceback

    package, names = sys.argv[1], json.loads(sys.stdin.read())
    failures = {}
    for name in names:
        for loaded in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[loaded]
        try:
            importlib.import_module(name)
        except Exception:
            failures[name] = traceback.format_exc(limit=-3)
    print(json.dumps(failures))
    """
)


def module_names(package: str, root: Path) -> list[str]:
    """The dotted names of every module and package under ``root``, the folder of ``package``."""
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def import_failures(package: str, root: Path) -> dict[str, str]:
    """The modules under ``root`` (the folder of ``package``) that fail to import as the first
    module of ``package``, each with the end of its traceback."""
    names = [n for n in module_names(package, root) if n not in NOT_IMPORTABLE]
    out = subprocess.run(
        [sys.executable, "-c", _CHECK, package],
        input=json.dumps(names),
        capture_output=True,
        text=True,
        check=True,
        cwd=root.parent,  # the folder the package is imported from comes first on sys.path
    )
    failures: dict[str, str] = json.loads(out.stdout)
    return failures


def test_every_module_imports_on_its_own() -> None:
    root = Path(detente.__file__).parent
    failures = import_failures("detente", root)
    assert not failures, "\n".join(f"{name}:\n{trace}" for name, trace in failures.items())


def test_a_cycle_entered_at_the_wrong_module_is_caught(tmp_path: Path) -> None:
    root = tmp_path / "cyclic"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "words.py").write_text("from cyclic.rules import RULES\nWORDS = {'free'}\n")
    (root / "rules.py").write_text("from cyclic.words import WORDS\nRULES = WORDS | {'pardon'}\n")
    (root / "leaf.py").write_text("LEAF = 1\n")
    failures = import_failures("cyclic", root)
    # entered at words: rules runs first and finds words half-built; entered at rules, words
    # finds rules half-built: both orders fail, and only the cycle's modules do
    assert sorted(failures) == ["cyclic.rules", "cyclic.words"]
    assert "partially initialized module" in failures["cyclic.words"]


def test_module_names_cover_packages_and_modules(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for rel in ("__init__.py", "a.py", "sub/__init__.py", "sub/b.py"):
        (tmp_path / rel).write_text("")
    assert module_names("pkg", tmp_path) == ["pkg", "pkg.a", "pkg.sub", "pkg.sub.b"]
