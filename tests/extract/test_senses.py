"""Senses of a release word that free no one from custody (own sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The club released its Ghanaian winger from his contract, freeing him to join a Saudi side.",
        "Their Uruguayan defender Diego Paz was released from his contract at his own request.",
        "The pardon lets him serve the rest of his term at home rather than walk free.",
        "Minsk says it will release the trucks only once the border reopens.",
        "Russia sent 40 prisoners to a penal colony in Siberia.",
    ],
)
def test_no_release_from_custody(release_mentions, text):
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The team said it had released its captain, the Italian climber Marco Ferri, from the final "
        "year of his contract.",
        "He told them he would rather stay in a cell at home than walk free in exile.",
        "The Committee for the Release of Detainees said the move was a response to his strike.",
        "Wheat was quoted at 216 dollars a tonne free on board this week.",
        "The president pardoned two turkeys, Peach and Blossom, on the South Lawn on Monday.",
        "The football federation announced an amnesty for forty-one players serving suspensions.",
        "The nine Kazakh citizens serving sentences in Turkish prisons were handed over to Kazakh "
        "authorities so that they could serve the rest of their sentences at home.",
        "Lorries crossed into Ukraine carrying the remains of 212 soldiers, handed over by Russia.",
    ],
    ids=[
        "contract-part",
        "rather-than",
        "body-name",
        "trade-term",
        "animals",
        "players-amnesty",
        "transfer-to-serve",
        "remains",
    ],
)
def test_no_release_in_these_senses(release_mentions, text):
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua released 135 political prisoners on Thursday.",
        "Morocco announced an amnesty for 230 prisoners on Tuesday.",
        "The nine Kazakh citizens held in Turkish prisons were handed over to Kazakh diplomats "
        "and flew home on Monday.",
    ],
)
def test_releases_in_the_custody_sense(release_mentions, text):
    assert release_mentions(text) != []


# --- v16 (precision): a release of money frees no one ---
@pytest.mark.parametrize(
    "text",
    [
        "Managua is seeking the release of about $2 billion in reserves agreed last spring.",
        "The agreement covers the release of four billion euros of frozen oil revenue.",
    ],
    ids=["dollar-sign", "currency-word"],
)
def test_a_release_of_money_frees_no_one(release_mentions, text):
    assert release_mentions(text) == []


def test_people_freed_beside_released_money_stay(release_mentions):
    (m,) = release_mentions(
        "Tehran freed four Canadians on Friday in return for the release of $5 billion in funds."
    )
    assert m.count is not None and m.count.value == 4


# Session 18 (area "precision"): sanctions verbs that describe a standing status or a penalty.
@pytest.mark.parametrize(
    "text",
    [
        "The militia, which Washington designates as a terrorist group, denied the attack.",
        "Reporters met the trader, a firm the EU lists for shipping drone parts.",
        "The penalty was the heaviest ever imposed on an insurer for breaking Iran sanctions.",
    ],
    ids=["present-relative", "present-relative-bare", "penalty-described"],
)
def test_no_sanctions_act_in_these_senses(parsed_sentence, text):
    from detente.extract import sanctions

    assert sanctions.find(parsed_sentence(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury on Monday designated the militia, which operates in Iraq, as terrorists.",
        "The bank, which Britain sanctioned on Tuesday, closed its branch in Dubai.",
    ],
    ids=["main-clause", "past-relative"],
)
def test_sanctions_acts_beside_such_senses(parsed_sentence, text):
    from detente.extract import sanctions

    assert len(sanctions.find(parsed_sentence(text))) == 1


def test_a_noun_misread_as_a_relative_verb_keeps_the_act(parsed_sentence):
    from detente.extract import sanctions

    text = "Britain renewed on Friday the asset freezes on the potash firm Belaruskali."
    assert len(sanctions.find(parsed_sentence(text))) == 1


# Session 19 (area "precision"): entry bans told as "banned ... from entering", also in a roster.
@pytest.mark.parametrize(
    "text",
    [
        "Moscow on Friday banned 300 Canadians, among them the prime minister, from entering "
        "Russia.",
        "Latvia has added 40 Russian officials, among them judges and prison governors, to its "
        "list of foreigners banned from entering the country.",
        "Poland banned 30 Belarusian judges from entering its territory on Monday.",
    ],
    ids=["banned-from-entering", "list-of-those-banned-with-a-roster", "plain"],
)
def test_entry_bans_are_no_sanctions(parsed_sentence, text):
    from detente.extract import sanctions

    assert sanctions.find(parsed_sentence(text)) == []


def test_an_asset_freeze_beside_an_entry_ban_stays(parsed_sentence):
    from detente.extract import sanctions

    text = "The EU froze the assets of 30 Belarusian judges and banned them from entering the bloc."
    assert len(sanctions.find(parsed_sentence(text))) == 1


# --- v20 (precision): freed from measures, not from custody ---
@pytest.mark.parametrize(
    "text",
    [
        "Brussels suspended its curbs on Syria's energy sector and released five Syrian banks "
        "from its asset freeze.",
        "London on Tuesday released two Russian shipping firms from sanctions.",
        "Ottawa released the Iranian airline from its blacklist on Monday.",
    ],
    ids=["asset-freeze", "sanctions", "blacklist"],
)
def test_released_from_measures_frees_no_one(release_mentions, text):
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Belarus released five Lithuanians from prison on Monday.",
        "Myanmar released 300 prisoners from custody under an amnesty on Monday.",
    ],
    ids=["prison", "custody"],
)
def test_released_from_custody_stays(release_mentions, text):
    assert release_mentions(text) != []
