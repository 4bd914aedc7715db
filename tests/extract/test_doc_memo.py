"""Per-doc memos: each gives what the walk it replaces gives, once per doc (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract import doc_memo

SENTENCES = [
    "Iran freed two French citizens on Friday, officials said.",
    "The Treasury imposed sanctions on three banks which finance the army.",
    "Slovenia let go two Russian spies in a swap on August 1.",
    "Nobody was released.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_words_lowers_and_lemmas_are_the_docs(parsed_sentence, text) -> None:
    doc = parsed_sentence(text).doc
    assert doc_memo.tokens(doc) == list(doc)
    assert [t.i for t in doc_memo.tokens(doc)] == list(range(len(doc)))
    assert doc_memo.lowers(doc) == {t.lower_ for t in doc}
    assert doc_memo.lemmas(doc) == {t.lemma_.lower() for t in doc}


@pytest.mark.parametrize("text", SENTENCES)
def test_token_at_is_the_first_token_from_an_offset(parsed_sentence, text) -> None:
    doc = parsed_sentence(text).doc
    for start in range(len(text) + 2):
        expected = next((t for t in doc if t.idx >= start), None)
        found = doc_memo.token_at(doc, start)
        assert (None if found is None else found.i) == (None if expected is None else expected.i)


def test_memos_are_made_once_and_forgotten(parsed_sentence) -> None:
    doc = parsed_sentence(SENTENCES[0]).doc
    assert doc_memo.tokens(doc) is doc_memo.tokens(doc)
    calls: list[int] = []

    @doc_memo.per_token
    def index(tok):  # type: ignore[no-untyped-def]
        calls.append(tok.i)
        return tok.i * 10

    assert [index(t) for t in doc] == [index(t) for t in doc] == [t.i * 10 for t in doc]
    assert calls == list(range(len(doc)))  # the second pass is all from the memo
    doc_memo.forget(doc)
    assert doc_memo.KEY not in doc.user_data
    assert index(doc[0]) == 0 and calls[-1] == 0  # worked out again after forgetting


def test_memos_of_two_docs_are_apart(parsed_sentence) -> None:
    one, two = (parsed_sentence(t).doc for t in SENTENCES[:2])
    assert doc_memo.lowers(one) != doc_memo.lowers(two)
    assert "iran" in doc_memo.lowers(one) and "iran" not in doc_memo.lowers(two)


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "Britain sanctioned two Singapore-based firms and a Dubai-registered bank on Monday.",
        "Three of the firms are tied to the army: Alpha Trading, Beta Oil and Gamma Shipping.",
        "About 80 people remain in prison, and others face exit bans, the group said.",
        "The Treasury issued a licence allowing Chevron to pump Venezuelan crude.",
    ],
)
def test_memoised_rule_answers_are_the_walks(parsed_sentence, text) -> None:
    """The rules remembered per token (subject_of, licensees, partition, the stock clause) give,
    asked twice, what their unremembered walk gives."""
    from detente.extract import actor_roles, mentions, rosters, stock_acts

    doc = parsed_sentence(text).doc
    for fn in (
        mentions.subject_of,
        actor_roles.licensees,
        rosters.partition,
        stock_acts._own_clause,
    ):
        walk = fn.__wrapped__  # type: ignore[attr-defined]
        for tok in doc:
            assert fn(tok) == walk(tok) and fn(tok) == walk(tok)


def test_is_seat_reads_the_two_tokens_after_a_place(parsed_sentence) -> None:
    from detente.extract.sanction_parties import is_seat

    doc = parsed_sentence("Britain listed a Dubai-based bank and a firm based in Dubai").doc
    spans = [doc[i : i + 1] for i in range(len(doc))]
    seats = [s.text for s in spans if is_seat(s)]
    assert seats == ["Dubai"]  # the first Dubai only, and no span past the doc's end fails
    assert not is_seat(doc[len(doc) - 1 : len(doc)]) and not is_seat(
        doc[len(doc) - 2 : len(doc) - 1]
    )
