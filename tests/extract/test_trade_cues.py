"""Trade cues: deals, swaps and acts set apart, from a sentence's raw text (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract import trade_cues as cues
from detente.extract.trade_cues import (
    ANSWERING,
    APART,
    BOTH_PARTIES,
    DEFINITE_EASING,
    DEFINITE_RELEASE,
    DEFINITE_STEP,
    OF_THE_TRADE,
    PLURAL_ACTS,
    THREE_PARTIES,
    cue_sentences,
    is_deal_cue,
    is_swap_cue,
    plain,
    spoken_of_both,
)
from detente.extract.trade_voice import answered_denial, one_party_denial, swap_apart_from_relief


@pytest.mark.parametrize(
    ("text", "is_cue"),
    [
        ("They were freed in exchange for the lifting of sanctions.", True),
        ("The prisoners were released as part of a deal with Washington.", True),
        ("Fifty were released in return for the lifting of restrictions.", True),
        ("Sanctions were lifted on Friday.", False),
        ("The prisoners were driven to the border in buses.", False),
    ],
)
def test_cue_sentences(text, is_cue):
    assert cue_sentences([(7, text)]) == ([(7, text)] if is_cue else [])


@pytest.mark.parametrize(
    "text",
    [
        "The releases came as part of a Qatar-brokered understanding.",
        "Under the ceasefire accord, the army is freeing 300 detainees.",
        "It was the third prisoner swap this year.",
        "The pair were traded for two men held in Germany.",
        "He was freed after Washington agreed to unfreeze the funds.",
        "Caracas freed the men under an arrangement negotiated in Doha.",
    ],
)
def test_deal_cues(text):
    assert cue_sentences([(0, text)]) == [(0, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose on the stock market.",
        "The foreign ministers exchanged views on Tuesday.",
        "The two leaders agreed to meet again in spring.",
        "Hanoi signed a trade deal with Canberra.",
        "The president hinted at a bigger deal.",
        "Critics say the formula rewards hostage-taking.",
        "He was freed on the understanding that he would leave the country.",
        "The court released her so that she could attend her father's funeral.",
        "The talks paved the way for a summit in June.",
        "Police fired tear gas in response to the protest.",
        "He won his freedom on appeal.",
        "The bank was one of a single group of lenders.",
    ],
)
def test_not_deal_cues(text):
    assert cue_sentences([(0, text)]) == []


@pytest.mark.parametrize(
    ("text", "links_easing"),
    [
        ("They were freed in a prisoner exchange.", False),
        ("They were freed in exchange for sanctions relief.", True),
        ("They were freed under a deal with Washington.", True),
    ],
)
def test_swap_cues_are_cues(text, links_easing):
    assert cue_sentences([(0, text)]) == [(0, text)]
    assert bool(cues.EXCHANGE_CUES.search(text) or cues.DEAL_CUES.search(text)) is links_easing


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Canberra called the easing their side of the bargain.",
        "Both steps were part of an agreement negotiated in Doha.",
        "The pardon was the other half of the arrangement.",
        "Critics called it a quid pro quo.",
        "The gesture was rewarded the same day by Brussels.",
        "Washington reciprocated within hours, unfreezing the central bank's reserves.",
        "Ottawa returned the favour by dropping two ministers from its list.",
        "Washington, in turn, lifted sanctions on the state shipping line.",
        "The price of their freedom was the unfreezing of $2 billion.",
        "Manila won his release by agreeing to drop the charges against two Chinese sailors.",
        "The deal, brokered by Ankara, took eight months to negotiate.",
        "Rabat lifted the freeze to reward the pardons, a Moroccan official said.",
        "Paris dropped the charges so that Algiers would free the novelist.",
        'Hanoi agreed to free them "on the understanding" that the monks would be returned.',
        "Aides admitted that the one could not have happened without the other.",
        "Kenya flew the two Ugandans home, completing an arrangement struck in Arusha.",
        "Ottawa eased its measures on the airline in response to the pardons.",
        '"It was one package, negotiated as one package," a Qatari mediator said.',
        "Tunis freed the blogger, paving the way for Brussels to unfreeze the funds.",
        "Diplomats called the licence a sweetener for the releases.",
        "Manila secured the nun's release by dropping charges against two Chinese sailors.",
    ],
)
def test_deals_named_as_wholes_are_deal_cues(text):
    assert is_deal_cue(text)


@pytest.mark.parametrize(
    ("text", "is_swap"),
    [
        ("It was the fifth exchange this year.", True),
        ("Mediators have arranged more than a dozen exchanges since 2023.", True),
        ("Azerbaijan and Armenia each freed 32 soldiers.", True),
        ("Both countries thanked the mediators in Abu Dhabi.", True),
        ("Forty Georgians came home and nineteen Abkhaz went the other way.", True),
        ("Tajikistan and Kyrgyzstan exchange prisoners", True),
        ("The two countries swapped captured soldiers at the border.", True),
        ("Oslo trades convicted Russian agent for two fishermen", True),
        ("Kabul swapped the Californian for a man held at Guantanamo.", True),
        ("The envoys exchanged letters for years.", False),
        ("Shares fell on the stock exchange in Warsaw.", False),
        ("The bank will exchange old notes until March.", False),
        ("The two ministers held an exchange of views on trade.", False),
        ("The exchange rate of the rouble fell.", False),
    ],
)
def test_swap_cues_beyond_the_lexicon(text, is_swap):
    assert is_swap_cue(text) is is_swap


@pytest.mark.parametrize(
    ("text", "is_cue"),
    [
        ("Diplomats in Ashgabat said the two moves had been negotiated together.", True),
        ("Both capitals conceded that the licence and the pardons were closely linked.", True),
        ("The releases had been agreed in advance by the two foreign ministers.", True),
        ("Each step was conditional on the others, a Kenyan official said.", True),
        ("An aide called the delisting Tashkent's condition for the release.", True),
        ("Officials denied that the two moves were linked.", False),
        ("Ministers insist the pardons are not connected to the relief.", False),
        ("The bloc listed four firms that were linked to the army.", False),
        ("The EU would lift sanctions conditional on the release of all prisoners.", False),
        # a trade of people named as the thing done; not trade in goods, nor a ministry
        ("Hungary pardoned the courier on Monday so that the trade could go ahead.", True),
        ("The trade was finalised at the Chop crossing shortly before dawn.", True),
        ("That trade involved a pilot few Kenyans had heard of.", True),
        ("The trade has run under secondary sanctions since 2019.", False),
        ("The trade ministry said exports of grain rose.", False),
        ("The trade was worth $2 billion last year.", False),
        # an act said to have been a trade; not a denial, nor an exchange of words
        ("Aides in Oslo conceded months later that it was a trade.", True),
        ("The pardon was in effect a swap, one diplomat said.", True),
        ("Ministers insisted the release was not a trade.", False),
        ("It was a frank exchange of views, the envoy said.", False),
    ],
)
def test_acts_named_as_one_whole_or_as_the_trade_done_are_deal_cues(text, is_cue):
    assert is_deal_cue(text) is is_cue


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("In return, Malaysia freed two Thai fishermen.", True),
        ('"In exchange, Quito let the five go," the minister said.', True),
        ("Going the other way were three Georgian border guards.", True),
        ("In the opposite direction went two Malian traders.", True),
        ("In return for the pilots, Accra freed two traders.", False),  # a cue of its own
        ("Malaysia freed two Thai fishermen in return.", False),
    ],
)
def test_a_sentence_opening_by_answering_the_act_before_it(text, answers):
    assert (ANSWERING.search(text) is not None) is answers


def test_people_sent_the_other_way_open_a_swap_cue():
    assert is_swap_cue("In the opposite direction went two Malian traders.")
    assert not is_swap_cue("Oil prices moved in the opposite direction on Friday.")


# --- session 8: quoted cues, plural act nouns, possessives -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'An aide said the two releases had been "agreed together".',
        "Officials said the licence was granted \u201cas part of the arrangement\u201d with Sofia.",
        "Its spokesman said the pardon had been 'part of an understanding' with Rome.",
    ],
)
def test_a_quoted_cue_is_read_as_its_words(text):
    assert [i for i, _ in cue_sentences([(3, text)])] == [3]
    assert '"' not in cue_sentences([(3, text)])[0][1]


def test_apostrophes_inside_words_stay():
    assert plain("the bank's removal for the Americans' release") == (
        "the bank's removal for the Americans release"
    )


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("The delisting was part of the arrangement that brought Ana home.", True),
        ("The bank's removal was agreed in return for the Americans' release.", True),
        ("The lifting of the freeze was part of a deal to free the crew.", True),
        ("The delisting was part of a broader arrangement with Lima.", False),
    ],
)
def test_a_cue_speaks_of_both_sides_by_their_nouns(text, both):
    assert spoken_of_both(text) is both


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("the two releases were agreed together", True),
        ("Both handovers took place at the bridge.", True),
        ("the releases formed a reciprocal arrangement", True),
        ("the release was part of a deal", False),
        ("two prisoners were freed", False),
    ],
)
def test_plural_act_nouns(text, plural):
    assert bool(PLURAL_ACTS.search(text)) is plural


@pytest.mark.parametrize(
    ("text", "release", "easing"),
    [
        ("the bank's removal was agreed", False, True),
        ("in return for the Americans' release", True, False),
    ],
)
def test_definite_nouns_with_a_possessive(text, release, easing):
    assert bool(DEFINITE_RELEASE.search(text)) is release
    assert bool(DEFINITE_EASING.search(text)) is easing


@pytest.mark.parametrize(
    ("text", "apart", "both"),
    [
        ("Both governments rejected that.", True, True),
        (
            "The ministry said the delisting had nothing whatsoever to do with the case.",
            True,
            False,
        ),
        ("Neither capital would comment.", False, True),
        ("The two sides met in Doha.", False, True),
    ],
)
def test_denials_and_who_denies(text, apart, both):
    assert bool(APART.search(text)) is apart
    assert bool(BOTH_PARTIES.search(text)) is both


# --- session 9: cues of acts told elsewhere (own sentences) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("Officials described the two steps as part of a wider arrangement.", True),
        ("The two leaders agreed on reciprocal steps over detained citizens.", True),
        ("Officials on both sides described the trade as fair.", True),
        ("Both sides said the trade deal would be signed in May.", False),
    ],
)
def test_a_cue_naming_acts_together_speaks_of_both_sides(text, both):
    assert spoken_of_both(text) is both


@pytest.mark.parametrize(
    ("text", "easing"),
    [
        ("A diplomat said the removals were part of the understanding.", True),
        ("the two delistings came a day later", True),
        ("The officials removed from the list include a judge.", False),
    ],
)
def test_plural_definite_easing_nouns(text, easing):
    assert bool(DEFINITE_EASING.search(text)) is easing


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Both governments say no.", True),
        ("US officials said no.", False),  # one party's no may answer another question
        ("Neither side presents the two acts as traded.", True),
        ("Neither government described the releases as a swap.", True),
        ("Both governments say no to new sanctions.", False),
        ("Officials did not deny that the two moves were traded.", False),
        ("Ankara has never denied any link.", False),
        ("Ankara denied any link.", True),
        # (v18) the act denied by its noun ("denied the waiver was part of that deal") and an
        # act said to be no reward
        ("Officials denied the waiver was part of that deal.", True),
        ("London denied its delisting was a reward for the pardon.", True),
        ("The new rules were not a reward for the releases, officials insisted.", True),
        ("Officials never denied the waiver was part of that deal.", False),
        ("The licence was a reward for the releases, officials said.", False),
        # (v20) an act done for nothing
        (
            "The rebels freed 153 on humanitarian grounds without asking for anything in return.",
            True,
        ),
        ("Kyiv sent the women home without anything in return.", True),
        ("Minsk freed 14 in return for relief, without waiting for anything else.", False),
    ],
)
def test_denials_and_denied_denials(text, apart):
    assert bool(APART.search(text)) is apart


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The money side of the deal had been settled a month earlier.", True),
        ("Under the deal, Israel frees three prisoners for every hostage.", True),
        ("Under the same arrangement, Kyiv returned 90 soldiers.", True),
        ("Under a deal signed in 2019, the border reopened.", False),
        ("The deal was struck in Doha.", False),
    ],
)
def test_one_act_told_as_part_of_the_trade(text, part):
    assert bool(OF_THE_TRADE.search(text)) is part


@pytest.mark.parametrize(
    ("text", "several"),
    [
        ("It was a three-way exchange brokered by Ankara.", True),
        ("Officials in all three capitals called it an exchange.", True),
        ("The trilateral swap took months.", True),
        ("The three prisoners flew to Berlin.", False),
        ("Both capitals called it an exchange.", False),
    ],
)
def test_trades_of_three_parties(text, several):
    assert bool(THREE_PARTIES.search(text)) is several


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # reciprocity and consideration
        ("The ministry said the handovers were mutual and had been arranged by envoys.", True),
        ("The sailors were returned in reciprocity for the herders' freedom.", True),
        ("The men were freed in consideration of the fishermen's return.", True),
        ("Both cases were settled within a framework of reciprocity.", True),
        # one side as the price of the other
        ("An aide said the waiver was the price of getting Maria home.", True),
        ("Few doubt that his pardon was the price of Lindqvist's.", True),
        ("The price of crude fell sharply on Monday.", False),
        ("It was the price of gold that worried traders.", False),
        # the acts as the fruit of a deal, or as one package
        ("Officials described the releases as the result of an understanding in Rabat.", True),
        ("The releases were the outcome of the arrangements agreed in Osh.", True),
        ("The result of the vote was announced on Sunday.", False),
        ("Mediators described the two steps as a package.", True),
        # one act answering the other
        ("The ministry called the delisting a direct response to the pardons.", True),
        ("The licence was issued in light of the release of nine activists.", True),
        ("The envoy had made the pastor's release conditional on the delistings.", True),
        ("The minister acknowledged the connection between the two releases.", True),
        ("The minister denied any connection between the two releases.", False),
        ("He met his Turkish counterpart in Ankara.", False),
    ],
)
def test_deal_cues_v11(text, deal):
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ('An aide said the three steps were "a package negotiated over the winter".', True),
        ("Officials said the two moves were one bargain.", True),
        ("The delisting had been the fair counterpart to the lawyer's release.", True),
        ("The minister met his Kenyan counterpart in Nairobi.", False),
        ("The steps were a package of reforms to the police.", True),  # a package: still a whole
    ],
)
def test_acts_told_as_one_whole_by_a_copula(text, deal):
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "one_party", "answered"),
    [
        ("Washington denies any link.", True, False),
        ("Argentine officials insist there was no swap.", True, False),
        ("Both governments denied any link.", False, False),
        ("Both Ottawa and Beijing denied that the releases were a bargain.", False, False),
        ("Separately, Minsk freed a Pole.", False, False),
        (
            "The State Department denied any bargain, but a Kenyan spokesman said the delisting had "
            "been the fair counterpart to the release.",
            True,
            True,
        ),
    ],
)
def test_one_partys_denial(text, one_party, answered):
    assert one_party_denial(text) is one_party
    assert answered_denial(text) is answered


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Both governments denied on Wednesday that the releases were a swap.", True),
        ("Officials publicly denied that any deal had been struck.", True),
    ],
)
def test_a_denial_with_its_time(text, apart):
    assert bool(APART.search(text)) is apart


def test_money_unlocked_names_an_easing():
    assert DEFINITE_EASING.search("the reciprocal step after our money was unlocked")


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ("Madrid lifted its veto on the delisting as its contribution to the understanding.", True),
        ("Washington's contribution to that bargain was a pardon for the businessman.", True),
        ("The minister praised Oman's contribution to the peace agreement.", False),
        ('An aide said the easing was "what brought Pastor Lee home".', True),
        ("The delisting was what secured her release, officials said.", True),
        ("Officials said that was what they wanted.", False),
    ],
)
def test_a_share_of_the_deal_and_what_won_the_other(text, deal):
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # (v13) relief traded for people is a deal, not a swap of people
        ("Oslo became the third capital to trade sanctions relief for a detainee.", True),
        ("How Tashkent learned to swap prisoners for relief.", True),
        # (v18) releases traded for relief ("the two earlier deals also traded releases for relief")
        ("Both earlier bargains had traded releases for sanctions relief.", True),
        ("They swapped releases for a waiver on the airline.", True),
        ("The two sides traded releases for releases.", False),
        ("They traded grain for medical supplies.", False),
        # a trade told as one of a series
        ("It is the fourth such bargain in two years.", True),
        ("This is not the first such arrangement on the border.", True),
        ("Such swaps have happened before.", True),
        ("The exchange follows the pattern set in April, when both sides freed ten.", True),
        ("It may not be the last such trade.", False),
        ("Officials said no such deal was under discussion.", False),
        ("The trade deficit follows a familiar pattern.", False),
        # the acts named before the verb ("in what both sides described as a deal")
        ("Ten were freed on Monday, in what officials described as a deal.", True),
        ("No. In May, Caracas freed six, in what both sides described as a bargain.", True),
        ("Nobody described it as a deal.", False),
        # "under which" after an amnesty, a list, a law or a plea agreement tells no deal
        ("The king signed a clemency list under which 900 prisoners were freed.", False),
        (
            "She reached a deferred prosecution agreement with prosecutors on Monday, under which she "
            "admitted the charges.",
            False,
        ),
        ("They signed an accord under which Hanoi agreed to free the fishermen.", True),
        # a step of a coordinated whole, a freedom told as paid for
        ("In a parallel step agreed with the mediators, Oslo released an Iranian.", True),
        ("Their freedom was bought with two concessions.", True),
        ("Their freedom was celebrated with a parade.", False),
        ("The ministry took a parallel approach to the talks.", False),
    ],
)
def test_deal_cues_v13(text, deal):
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "apart", "both"),
    [
        (
            "In a parallel arrangement brokered by Riyadh, Moscow freed five foreigners.",
            True,
            False,
        ),
        ("But all three governments rejected the word.", True, True),
        ("Ottawa said it does not engage in prisoner exchanges.", True, False),
        ("Both sides engaged in exchanges of fire overnight.", False, True),
        ("The envoy welcomed the parallel talks.", False, False),
        ("Belarus, in a parallel step, pardoned a German medic.", False, False),
    ],
)
def test_denials_v13(text, apart, both):
    assert bool(APART.search(plain(text))) is apart
    assert bool(BOTH_PARTIES.search(plain(text))) is both


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # one act told as what made the other possible
        ("The hostage trade became possible after Rome agreed to unfreeze the accounts.", True),
        ("The swap was made possible by a waiver the Treasury signed last month.", True),
        ("Paris commuted his sentence to make the exchange possible.", True),
        ("The pardon made the return of their engineer possible, the ministry said.", True),
        ("Power cuts made a launch concert impossible.", False),
        ("The new bridge became possible after years of planning.", False),
        # a deal named in the plural ("under the understandings that produced the relief")
        ("Under the understandings reached in Oslo, Hanoi freed four monks.", True),
        ("Under the arrangements that produced the licence, Minsk freed ten.", True),
        ("Under the trade agreements signed in May, tariffs fell.", False),
    ],
)
def test_deal_cues_v14(text, deal):
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "apart", "swap"),
    [
        # a person said not to have been traded
        ("Mr Laine was not traded for anyone, a spokesman insisted.", True, True),
        ("The sailors were never exchanged for the smugglers, Ankara said.", True, False),
        ("The sailors were exchanged for the smugglers on Friday.", False, True),
        # the parties thanked are no reciprocity
        ("The freed pastor thanked both governments for their work.", False, False),
        ("Both governments freed their captives at the border.", False, True),
    ],
)
def test_denials_and_thanks_v14(text, apart, swap):
    assert bool(APART.search(plain(text))) is apart
    assert is_swap_cue(text) is swap


def test_a_trade_made_possible_is_the_articles_trade():
    assert OF_THE_TRADE.search("The exchange was made possible by a licence signed in May.")
    assert not OF_THE_TRADE.search("A new route was made possible by the bridge.")


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Iran freed four dual nationals in a swap negotiated on a separate track.", True),
        ("Officials said the exchange and the licence were handled on separate tracks.", True),
        ("A second handover took place the same day through a different channel.", True),
        ("The envoy kept a separate diary of the talks.", False),
    ],
)
def test_acts_negotiated_on_separate_tracks_v14(text, apart):
    assert bool(APART.search(plain(text))) is apart


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # (v15) after the doer's name at most
        ("Portugal in return released a Cape Verdean sailor.", True),
        ("The Czech Republic in turn freed two Slovak drivers.", True),
        ("Sierra Leone, in exchange, let three Guinean traders go.", True),
        ("the Netherlands in return handed over a Moroccan smuggler.", True),
        ("Portugal freed a Cape Verdean sailor in return.", False),
        ("Lisbon in return for the sailor freed a trader.", False),
        ("Officials said that in return the sailor was freed.", False),
    ],
)
def test_a_doer_answering_the_act_before_it_v15(text, answers):
    assert (ANSWERING.search(text) is not None) is answers


@pytest.mark.parametrize(
    ("text", "swap", "deal"),
    [
        # (v15) a mutual release is a swap; the same framework a deal
        ('Officials in Rabat called the operation "a mutual release of citizens".', True, False),
        ("Chad and Niger carried out a mutual handover of detained soldiers.", True, False),
        ("In the same framework, Niamey released two Chadian traders.", False, True),
        ("The two ministers pledged mutual respect and mutual trust.", False, False),
        ("The release was framed as a humanitarian gesture.", False, False),
    ],
)
def test_mutual_releases_and_the_same_framework_v15(text, swap, deal):
    assert is_swap_cue(text) is swap
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "apart", "of_relief"),
    [
        # v16: a swap told apart from relief by its track
        (
            "The minister insisted the prisoner talks were never part of the nuclear deal.",
            True,
            True,
        ),
        ("Officials said the sanctions deal and the prisoner deal were not linked.", True, True),
        ("He said the prisoner track had been kept separate from the sanctions talks.", True, True),
        ("The hostage negotiations were kept apart from the licence, aides said.", True, True),
        # apart, but of no relief: the acts it speaks of are set apart, not relief
        ("The pardon was never part of the exchange, Minsk said.", True, False),
        # relief and a prisoner track named, nothing set apart
        ("The prisoner deal came a day after the sanctions relief.", False, False),
        ("Sanctions were kept in place after the prisoner swap.", False, False),
    ],
)
def test_a_swap_set_apart_from_relief(text, apart, of_relief):
    assert bool(APART.search(plain(text))) is apart
    assert swap_apart_from_relief(text) is of_relief


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # v16: the party rewarded for its act of freeing
        (
            "Brussels eased the flight ban, rewarding President Lukashenko for freeing 14 activists.",
            True,
        ),
        ("The Treasury lifted the freeze, rewarding Hanoi for its release of the bloggers.", True),
        ("Washington was rewarded by Caracas for releasing the smugglers.", True),
        # (v20) one act named the reward for the other
        (
            "Washington suspended the sanctions, in what officials called a reward for the release "
            "of the last political prisoners.",
            True,
        ),
        ("The licence was the reward for their freedom, the envoy said.", True),
        # a reward for something else
        ("The State Department offered a reward for information on the kidnappers.", False),
        ("A reward for the capture of the militia leader went unclaimed.", False),
        ("The award rewarded the editor for her reporting on the prisons.", False),
        ("The prize rewards writers for their reporting.", False),
    ],
)
def test_a_party_rewarded_for_freeing_is_a_deal(text, deal):
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # v16: the act traded named by a noun of no kind, as the subject
        (
            "The State Department said the step was taken in return for the release of Kozulin.",
            True,
        ),
        ("The move was granted in exchange for the freeing of two reporters.", True),
        ("Officials said this decision had been made as part of the deal.", True),
        # a step to come, or one not traded
        ("The next step will be talks on the embassy.", False),
        ("He called it a step in the right direction.", False),
    ],
)
def test_an_act_named_by_a_noun_of_no_kind(text, step):
    assert bool(DEFINITE_STEP.search(text)) is step


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # v19: a deal struck with prosecutors or a court is one case's legal process, no trade
        ("The Ukrainian banker left Geneva under an agreement with Swiss prosecutors.", False),
        (
            "The judge freed the engineer after federal prosecutors agreed to drop two charges.",
            False,
        ),
        ("He flew home after the Justice Department agreed to defer the case.", False),
        ("She was released under an arrangement with the court in Lyon.", False),
        (
            "The court lifted the bail conditions under which the activist had lived for a year.",
            False,
        ),
        # a deal between states stays one, whoever else is named
        ("The banker was freed under an agreement with Washington.", True),
        ("The pilot was released after Moscow agreed to free two Estonians.", True),
        ("Prosecutors were told the two men were freed in exchange for a Russian agent.", True),
        ("The prisoners were freed under a deal under which Ottawa lifted the freeze.", True),
    ],
)
def test_a_deal_with_prosecutors_is_no_trade_v19(text, deal):
    assert is_deal_cue(text) is deal


@pytest.mark.parametrize(
    ("text", "apart", "both"),
    [
        # v19: the acts denied as a trade, in forms the older patterns missed
        ("Both Tallinn and Minsk denied the releases were a swap.", True, True),
        ("Officials denied the two pardons were an exchange.", True, False),
        ("Not a trade, both governments insist, as the pilots return home", True, True),
        ("The ministry called the move humanitarian, not an exchange.", True, False),
        ("No official on either side has called it a swap.", True, True),
        ("No minister from either side described the releases as an exchange.", True, True),
        ("The timing suggested a bargain, which both governments rejected.", True, True),
        # a trade told, or nothing set apart
        ("Both Tallinn and Minsk said the releases were a swap.", False, True),
        ("It was the second swap between Riga and Minsk this year.", False, False),
        ("No official on either side attended the handover.", False, True),
        ("The deal, which both governments signed on Monday, freed 12 prisoners.", False, True),
    ],
)
def test_a_trade_denied_v19(text, apart, both):
    assert bool(APART.search(plain(text))) is apart
    assert bool(BOTH_PARTIES.search(plain(text))) is both
