"""Names across spellings and transliterations: alias table, folding, rapidfuzz."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.aggregate.persons import NameResolver, alias_paths, ascii_key, fold, load_aliases, slug
from detente.errors import ConfigError


@pytest.fixture(scope="module")
def names() -> NameResolver:
    return NameResolver()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Maria Kalesnikava", "Maria Kolesnikova"),
        ("Ales Bialiatski", "Ales Byalyatski"),
        ("Bialiatski", "Ales Byalyatsky"),
        ("Siarhei Tsikhanouski", "Sergei Tikhanovsky"),
        ("Siarhei Tsikhanouski", "Sergey Tikhanovskiy"),
        ("Ihar Losik", "Igor Losik"),
        ("Aleś Bialiacki", "Ales Bialiatski"),
        ("Brittney Griner", "BRITTNEY GRINER"),
    ],
)
def test_same_person(names: NameResolver, a: str, b: str) -> None:
    assert names.same(a, b) and names.same(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ihar Losik", "Ihar Lednik"),
        ("Maria Kolesnikova", "Mikhail Kolesnikov"),
        ("Anna Ivanova", "Sergei Ivanov"),
        ("Evan Gershkovich", "Vladimir Kara-Murza"),
        ("", "Ales Bialiatski"),
    ],
)
def test_different_people(names: NameResolver, a: str, b: str) -> None:
    assert not names.same(a, b)


def test_folding_and_keys() -> None:
    assert ascii_key("  Aleś  Bialiacki! ") == "ales bialiacki"
    assert fold("kalesnikava") == fold("kolesnikova")
    assert slug("Aleś Bialiacki") == "ales-bialiacki"
    assert slug("!!!") == "unknown"


def test_groups_are_order_independent(names: NameResolver) -> None:
    spellings = [
        "Maria Kolesnikova",
        "Ales Byalyatski",
        "Kalesnikava",
        "Ales Bialiatski",
        "Igor Losik",
    ]
    first = names.groups(spellings)
    second = names.groups(list(reversed(spellings)))
    assert first == second
    assert first["Maria Kolesnikova"] == first["Kalesnikava"]
    assert first["Ales Byalyatski"] == first["Ales Bialiatski"] != first["Igor Losik"]


def test_display_name_prefers_alias_table(names: NameResolver) -> None:
    assert names.display_name(["Maria Kolesnikova", "Maria Kolesnikova"]) == "Maria Kalesnikava"
    assert names.display_name(["Jon Doe", "John Doe", "John Doe"]) == "John Doe"


def test_user_alias_file_extends_table(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("# mine\nPablo Gonzalez\tPavel Rubtsov\n", encoding="utf-8")
    names = NameResolver(load_aliases(alias_paths(f"{extra}")))
    assert names.same("Pavel Rubtsov", "Pablo Gonzalez")
    assert not NameResolver().same("Pavel Rubtsov", "Pablo Gonzalez")
    assert names.canonical("pavel rubtsov") == "Pablo Gonzalez"


def test_unreadable_alias_file_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_aliases([tmp_path / "missing.tsv"])
