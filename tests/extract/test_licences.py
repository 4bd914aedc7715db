"""Relief licences: which licence a verb of lapsing is about, refusals to renew, what a licence
allows (own-words sentences, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import licences


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "licence"),
    [
        ("Oman's waiver for Iranian gas imports expired on Sunday.", "expired", "waiver"),
        (
            "The licence that let Ecuadorian traders buy Russian fuel expired on Monday.",
            "expired",
            "licence",
        ),
        ("Canada extended its sanctions on Iran, which expire in May.", "expire", None),
        ("The waiver for Iraqi banks was allowed to expire in May.", "expire", "waiver"),
        ("Ottawa's licence for the gas plant was permitted to lapse.", "lapse", "licence"),
        ("The sanctions were allowed to expire in May.", "expire", None),
    ],
    ids=[
        "subject",
        "misparsed-under-the-licence",
        "sanctions-not-a-licence",
        "allowed-to-expire",
        "permitted-to-lapse",
        "sanctions-allowed-to-expire",
    ],
)
def test_lapsed_licence(spacy_extractor, text, verb, licence):
    doc = spacy_extractor.nlp(text)
    found = licences.lapsed_licence(_token(doc, verb))
    assert (found.text if found is not None else None) == licence


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Washington declined to renew the waiver.", "renew", True),
        ("Washington did not renew the waiver.", "renew", True),
        ("Washington moved to renew the waiver.", "renew", False),
    ],
    ids=["declined", "negated", "not-refused"],
)
def test_refused(spacy_extractor, text, verb, expected):
    assert licences.refused(_token(spacy_extractor.nlp(text), verb)) is expected


def test_lets_lapse(spacy_extractor):
    doc = spacy_extractor.nlp("The Treasury let its waiver for Iraqi power payments lapse.")
    assert licences.lets_lapse(_token(doc, "let"))
    doc = spacy_extractor.nlp("The Treasury let the banks finish their transfers.")
    assert not licences.lets_lapse(_token(doc, "let"))


def test_allowed_is_what_a_granted_licence_permits(spacy_extractor):
    doc = spacy_extractor.nlp(
        "The Treasury issued a licence on Friday, allowing deals with the airline Cubana."
    )
    words = {t.text for t in licences.allowed(_token(doc, "issued"))}
    assert {"deals", "airline", "Cubana"} <= words
    doc = spacy_extractor.nlp("The Treasury imposed sanctions on Friday, citing abuses.")
    assert licences.allowed(_token(doc, "imposed")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rome ended the waivers that had allowed five nations, among them Chile and Peru, "
            "to buy Syrian fuel.",
            {"five", "nations", "Chile", "Peru"},
        ),
        ("Rome ended the waivers that let Greek refiners buy Syrian fuel.", {"Greek", "refiners"}),
        ("Rome ended the sanctions on Syrian fuel.", set()),
    ],
    ids=["dobj-with-apposition", "subject-of-the-permitted-deal", "no-licence"],
)
def test_licensees(spacy_extractor, text, expected):
    doc = spacy_extractor.nlp(text)
    found, deal = licences.licensees(list(doc))
    names = {doc[i].text for i in found}
    assert expected <= names and not names & {"Syrian", "fuel", "Rome"}
    assert {"Syrian", "fuel"} <= {t.text for t in deal} or "nations" not in expected


def test_dealings_allowed_are_no_licensees(spacy_extractor):
    doc = spacy_extractor.nlp("The waiver that allowed payments to Syrian banks expired.")
    assert licences.licensees(list(doc)) == (set(), [])


def test_whom_a_licensee_may_pay_is_the_deal(spacy_extractor):
    doc = spacy_extractor.nlp("The waiver that lets Turkey pay Iran for gas imports was renewed.")
    found, deal = licences.licensees(list(doc))
    assert {doc[i].text for i in found} == {"Turkey"}
    assert [t.text for t in deal] == ["Iran"]


def test_where_the_money_sits_is_no_deal(spacy_extractor):
    doc = spacy_extractor.nlp("The licence lets the bank use funds parked in Qatari banks.")
    assert "Qatari" not in {t.text for t in licences.licensees(list(doc))[1]}


def test_what_is_done_under_a_licence_is_what_it_allows(spacy_extractor):
    doc = spacy_extractor.nlp(
        "Chevron can resume pumping Venezuelan oil under a US licence issued on Saturday."
    )
    words = {t.text for t in licences.allowed(_token(doc, "issued"))}
    assert {"Venezuelan", "oil"} <= words
    assert "Chevron" not in words


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The EU arms embargo on Belarus expired on Tuesday.", "expired", True),
        ("The UN's Mali sanctions regime ran out in August.", "ran", True),
        ("Britain let its sanctions on Sudan lapse in March.", "let", True),
        ("The bloc decided not to renew its arms embargo on Eritrea.", "renew", True),
        ("The bloc has not yet renewed its arms embargo on Eritrea.", "renewed", False),
        ("The bloc might not renew its arms embargo on Eritrea.", "renew", False),
        ("The Treasury's licence for oil deals with Venezuela expired.", "expired", False),
        ("The embargo gives existing contracts until July to run out.", "run", False),
    ],
    ids=[
        "embargo-expired",
        "regime-ran-out",
        "let-sanctions-lapse",
        "decided-not-to-renew",
        "not-yet-renewed",
        "might-not-renew",
        "a-relief-licence-is-no-regime",
        "contracts-run-out-not-the-embargo",
    ],
)
def test_regime_lapse(spacy_extractor, text, verb, expected):
    """Session 18: sanctions that end because they are not renewed are an easing."""
    tok = _token(spacy_extractor.nlp(text), verb)
    assert licences.regime_lapse(tok, tok.lemma_.lower(), _object_lemmas(tok)) is expected


def _object_lemmas(verb):
    return {t.lemma_.lower() for c in verb.children if c.dep_ != "nsubj" for t in c.subtree}
