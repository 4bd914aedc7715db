"""The freed group: how many it counts (coordinated, vague, in words) and its category."""

from __future__ import annotations

import pytest

from detente.model import Category, CountQualifier

Q = CountQualifier


def count(m):
    return (m.count.value, m.count.qualifier) if m.count else None


@pytest.mark.parametrize(
    ("text", "expected", "vague"),
    [
        (
            "Belarus freed the activist Ihar Barysau and 17 other political prisoners.",
            (18, Q.EXACT),
            False,
        ),
        ("Iran released two Americans and a Briton on Friday.", (3, Q.EXACT), False),
        ("Minsk released half a dozen journalists on Friday.", (6, Q.EXACT), False),
        ("The junta freed some 3,000 inmates on Friday.", (3000, Q.APPROX), False),
        ("Cuba freed hundreds of prisoners on Friday.", None, True),
        ("Cuba freed a handful of dissidents on Friday.", None, True),
        ("Cuba freed dozens of protesters on Friday.", None, True),
        # a pronoun counts through the counted noun before it, not the one traded for it
        (
            "Seven Britons held in Iran flew home after Tehran freed them in exchange for "
            "three Iranians.",
            (7, Q.EXACT),
            False,
        ),
    ],
)
def test_group_counts(release_mentions, text, expected, vague):
    m = release_mentions(text)[-1]
    assert count(m) == expected
    assert m.vague is vague


def test_a_list_of_names_alone_is_counted_later(release_mentions):
    (m,) = release_mentions("Belarus freed Ihar Barysau and Olga Kuzmich on Friday.")
    assert m.count is None and len(m.persons) == 2


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Belarus freed 18 political prisoners on Friday.", Category.POLITICAL_PRISONERS),
        ("Iran freed four French nationals on Friday.", Category.FOREIGN_NATIONALS),
        ("El Salvador freed 40 Guatemalan men on Friday.", Category.FOREIGN_NATIONALS),
        ("Belarus freed 40 Belarusians on Friday.", None),
        ("Hamas freed seven hostages on Friday.", Category.HOSTAGES),
        ("Cuba freed hundreds of journalists on Friday.", Category.JOURNALISTS),
    ],
)
def test_group_category(release_mentions, text, category):
    (m,) = release_mentions(text)
    assert m.category == category


def test_a_numbered_group_keeps_its_number_over_its_listed_names(release_mentions):
    (m,) = release_mentions(
        "Washington freed two Venezuelans, Juan Perez and Luis Mora, on Friday."
    )
    assert (m.count.value, m.persons) == (2, ["Juan Perez", "Luis Mora"])
