"""Snapback: the UN's restored measures are ``defense`` (session 25), through the extractor."""

from __future__ import annotations

from .builders import inline


def sectors(extractor, text):
    return [(e.actor, e.type, e.sectors) for e in extractor(inline(text)).events]


def test_the_uns_measures_restored_by_snapback_are_defense(spacy_extractor):
    text = (
        "UN sanctions on Iran came back into force on Sunday after Britain, France and Germany "
        "triggered the snapback mechanism."
    )
    assert sectors(spacy_extractor, text) == [("UN", "sanctions_imposed", ["defense"])]


def test_others_restoring_their_own_measures_keep_their_goods(spacy_extractor):
    text = "The EU on Monday reinstated its ban on Iranian crude after the UN snapback."
    assert sectors(spacy_extractor, text) == [("EU", "sanctions_imposed", ["oil"])]


def test_no_snapback_no_defense(spacy_extractor):
    text = "The UN on Sunday imposed sanctions on Iran's central bank."
    assert [s for _, _, s in sectors(spacy_extractor, text)] == [["banking"]]
