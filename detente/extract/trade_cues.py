"""Cues of a trade in a sentence's raw text: deals, swaps, acts set apart, and the nouns by which a
cue speaks of acts told elsewhere. Regular expressions only (no parse), so that any sentence can be
tested cheaply; :mod:`detente.extract.links` reads them to link events.
"""

from __future__ import annotations

import functools
import logging
import re

from detente.extract import lexicon as lx
from detente.extract.prefilter import Reading, Screen
from detente.extract.trade_topics import DECREED, NOT_SWAP, TOPICAL_DEAL

log = logging.getLogger(__name__)

# A deal cue sentence with no event of its own must still speak of both sides to link the main act.
ANAPHORA_RELEASE = re.compile(
    r"releas|freed|free |prisoner|pardon|detainee|hostage|"
    # a freeing told by where the freed went ("the arrangement that brought Tom home")
    r"\b(?:brought|bring|brings|bringing|flown|flew|sent|came|come|coming) (?:[\w'’.-]+ ){0,3}home\b",
    re.I,
)
ANAPHORA_OTHER = re.compile(
    r"sanction|measure|relief|restriction|designation|licen[cs]e|swap|"
    r"exchange|prisoner|detainee|convict|"
    # an easing named by what it did ("the delisting", "the bank's removal", "the unfreezing")
    r"delist|removal|unfreez|waiver|lifting of|"
    # relief named by the money it freed ("the funds were released", "our money was unlocked")
    r"\b(?:funds|money|payments|assets)\b|"
    # the trade of people named as a thing ("described the trade as balanced")
    r"\b(?:the|this|that) trade\b(?! (?:deal|agreement|pact|war|talks|route|surplus|deficit)s?\b)",
    re.I,
)
# Acts named together by a plural noun ("the two releases", "both handovers", "the releases"): a
# cue sentence that names them so speaks of two acts told before it, one of each side.
PLURAL_ACTS = re.compile(
    r"\b(?:the|these|those|both|two|the two|both of the|reciprocal|mutual)(?: [\w'’-]+){0,2}? "
    r"(?:releases|"
    r"handovers|pardons|transfers|moves|steps|decisions|gestures|acts|cases)\b",
    re.IGNORECASE,
)
# Quotation marks: a cue quoted in part ('was "part of the arrangement"') reads as unquoted; not
# apostrophes inside words. Each branch starts with its mark (the engine scans for marks only).
_QUOTES = re.compile(r"[\"“”«»„]|['‘’](?:(?<!\w.)|(?!\w))")
_DEAL_NOUNS = (
    r"(?:deal|agreement|arrangement|bargain|package|understanding|accord|pact|swap|exchange)"
)
_DET = r"(?:a|the|an|one|this|that|its|their|his|her|our|same)"
_RELIEF_NOUNS = r"(?:(?:sanctions )?relief|delistings?|licen[cs]es|waivers?)"
_RELIEF_TRADE = (
    r"(?:trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?) (?:[\w'’-]+ ){0,2}?(?:"
    rf"{_RELIEF_NOUNS} for (?:an? |the |their |its )?(?:[\w-]+ )?(?:prisoners?|detainees?|"
    rf"hostages?|captives?|releases?|freedom)|(?:prisoners?|detainees?|hostages?|captives?|people|"
    rf"releases) for (?:an? |the )?(?:[\w-]+ )?{_RELIEF_NOUNS})"
)
# A trade told as one of a series ("the third such trade", "not the first such arrangement",
# "Such deals have happened before", "follows the pattern set in August"): its precedent is the
# trade told with it or just after it.
_TRADE_NOUNS = r"(?:trade|deal|swap|exchange|bargain|arrangement|understanding)"
_PRECEDENT = (
    r"(?:not the first|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)"
    rf"(?: [\w-]+)?) such {_TRADE_NOUNS}s?|"
    rf"such {_TRADE_NOUNS}s have (?:happened|taken place|been (?:made|struck|done|seen)) before|"
    rf"(?:the|this|that) (?:[\w-]+ )?{_TRADE_NOUNS} (?:(?:also|again|now) )?(?:follows?|followed|fits|"
    r"fitted|repeats?|repeated) (?:a|the) (?:[\w-]+ )?pattern|pattern (?:set|established) "
    r"(?:in|by|last|earlier)"
)
PRECEDENT = re.compile(rf"\b{_PRECEDENT}\b", re.IGNORECASE)
# Cues that present two acts as traded for each other.
EXCHANGE_CUES = re.compile(
    r"\b(?:in exchange for|in return for|in return|in exchange|in a swap|as part of (?:a|the|an)"
    r"(?: \w+){0,3} (?:deal|agreement|swap|exchange|arrangement|bargain|trade|package)|"
    r"under (?:a|the|an)(?: \w+){0,3} (?:deal|agreement|arrangement)|quid pro quo|traded for|"
    r"swapped for|exchanged for|in a deal|deal that|agreement that|reciprocal|"
    r"(?:after|once|when) (?:the )?\S+(?: \S+)? (?:had )?agreed to|as a reward for|paid for)\b",
    re.IGNORECASE,
)
# Deal cues beyond EXCHANGE_CUES: named deals with any modifiers ("as part of a Vatican-brokered
# understanding", "under the ceasefire agreement"), quid pro quo clauses ("after Washington agreed to
# lift", "under which Havana agreed to free") and swaps ("a prisoner swap", "were exchanged").
DEAL_CUES = re.compile(
    r"\b(?:(?:as part of|under|through|in|via) (?:a|the|an|its|their|this|that)(?: [\w-]+){0,4} "
    r"(?:deal|agreement|arrangement|bargain|package|understanding|accord|pact)s?|"
    r"under which|(?:after|once|when|as) (?:the )?[\w.-]+(?: [\w.-]+){0,2} (?:had )?"
    r"(?:agreed|committed|promised|moved) to (?:lift|ease|free|release|remove|suspend|unfreeze|"
    r"drop|pardon|hand))\b",
    re.IGNORECASE,
)
# Deal cues beyond DEAL_CUES: the deal as a whole with sides or parts ("their side of the
# bargain", "the other half of the arrangement", "were part of a deal negotiated in Doha").
MORE_DEAL_CUES = re.compile(
    rf"\b(?:(?:sides?|half|halves|parts?|ends?) of {_DET}(?: [\w-]+){{0,3}} {_DEAL_NOUNS}|"
    rf"(?:is|was|were|are|be|been|being) (?:all |both )?part of {_DET}(?: [\w-]+){{0,4}} "
    rf"{_DEAL_NOUNS}|quid pro quo|(?:was|were|is|are|be|been) rewarded|as a reward|in reward|"
    r"reciprocat\w+|reciprocity|in consideration (?:of|for)|return(?:ed|ing|s)? the favou?r|"
    # (v15) "In the same framework, the Islamic Republic released two Swedes"
    r"(?:in|within|under) the same framework|"
    r"in turn|price (?:of|for) (?:their|his|her|the|its) (?:freedom|release)|"
    # one side named as what the other cost ("the delisting was the price of getting Kamran
    # home", "his release was the price of Solheim's"), not a market price
    r"(?:was|were|is|are|be|been|as) the (?:[\w-]+ )?price (?:of|for) (?!(?:oil|gas|crude|gold|"
    r"food|bread|fuel|electricity|potash|grain|wheat|fertili[sz]ers?)\b)|"
    r"(?:by|after|in) agreeing to (?:lift|ease|free|release|remove|"
    r"suspend|unfreeze|drop|pardon|hand)|"
    # the trade named as a thing ("The deal, brokered by Turkey, was ...", "that bargain") and
    # one act paying for another ("granted to reward the releases")
    r"(?:the|this|that|their|its) (?:[\w-]+ ){0,2}(?:deal|bargain)|"
    # a trade of people named as the thing done ("so that the trade could go ahead", "The trade
    # was completed hours later"), not trade in goods ("The trade has run under sanctions")
    r"(?:the|this|that) trade (?:(?:was|had been|were) (?:completed|carried out|agreed|"
    r"negotiated|made|done|brokered|arranged|struck|finalised|finalized|sealed)|(?:could |would )?"
    r"(?:go|went|goes) ahead|took place|involved|happened)|"
    # an act said to have been a trade ("officials later acknowledged it was a trade", "the
    # release was in effect a swap"); "it was not a trade" sets it apart (APART)
    r"(?:it|this|that|which|the (?:[\w-]+ )?(?:releases?|freeing|pardons?|handovers?|delisting|"
    r"relief)) (?:was|were|had been|is|has been) (?:in (?:fact|effect) |really |effectively |"
    r"actually |plainly |clearly |always )?(?:an?|one) (?:[\w-]+ )?(?:trade|swap|exchange)\b"
    r"(?! (?:of (?:views|fire|letters|ideas|messages)|rates?)\b)|"
    # the acts as one whole ("This was one package, negotiated as one package")
    r"(?:was|were|is|are|as|into|in) (?:all )?(?:one|a single) (?:[\w-]+ )?(?:package|deal|"
    r"bargain|arrangement|agreement)|"
    # one act told as what made the other possible ("The prisoner trade became possible after
    # Blinken signed a waiver", "commuted his sentence to make the exchange possible"), not a
    # launch concert made impossible
    r"(?:trade|swap|exchange|deal|bargain|releases?|return|freedom) (?:had |has )?(?:became|"
    r"become|becomes|was made|were made|had been made|has been made) possible (?:after|by|"
    r"through|once|when|thanks to)|(?:made|make|makes|making) (?:the |this |that |their |his |"
    r"her |a |an )?(?:[\w-]+ )?(?:trade|swap|exchange|releases?|return|deal|bargain)"
    r"(?: of(?: [\w'’-]+){1,3}?)? possible|"
    # one act answering or opening the way for the other ("eased sanctions in response to the
    # pardons", "in recognition of the release", "paving the way for the EU to unfreeze",
    # "a sweetener for the releases", "secured her release by dropping the charges")
    r"(?:in|an?|as an?|the|direct) (?:response|recognition) (?:to|of) (?:[\w'’-]+ ){0,6}"
    r"(?:releases?|pardons?|freeing|freedom|relief|lifting|easing|delisting)|"
    r"in light of (?:[\w'’-]+ ){0,6}(?:releases?|pardons?|freeing|"
    r"freedom|relief|lifting|easing|delisting)|(?:paving|paved|pave|paves|clearing|cleared|"
    r"clears?|opening|opened|opens?) the way for (?:[\w'’-]+ ){0,3}(?:to )?(?:the )?(?:releases?|"
    r"freeing|free|release|lift|lifting|ease|easing|unfreez\w+|delist\w*|pardons?)|sweeteners?|"
    r"(?:won|win|wins|secured|secure|secures|obtained|bought) (?:[\w'’-]+ ){0,4}(?:release|"
    r"freedom) (?:[\w'’-]+ ){0,6}?by (?:freeing|releasing|dropping|lifting|easing|handing|"
    r"pardoning|returning|unfreezing|removing|suspending|agreeing)|"
    # one act done for the sake of the other ("commuted his sentence so that Moscow would let
    # Reed go", "agreed to free them on the understanding that the sergeants would be returned",
    # "the one could not have happened without the other", "completing an arrangement")
    r"so that (?:[\w'-]+ ){1,4}(?:would|could) (?:free|release|let|lift|ease|pardon|hand|return|"
    r"drop|remove|unfreeze)|on the understanding\W{0,3}\s?that (?:[\w'-]+ ){1,6}(?:would|will) "
    r"(?:be )?(?:returned|freed|released|lifted|eased|pardoned|handed|free|release|return|lift|"
    r"ease|pardon|hand)|(?:could|would)(?: not|n't) have (?:happened|come|been possible) without "
    r"the other|complet\w* (?:an?|the|their|its) (?:[\w-]+ ){0,3}(?:arrangement|deal|agreement|"
    r"bargain|swap|exchange|understanding)|"
    # one side told as a party's share of the deal ("as its contribution to the understanding
    # reached with Caracas", "Washington's contribution to that bargain was ...")
    rf"contributions? to {_DET}(?! (?:peace|ceasefire|truce|nuclear|climate)\b)(?: [\w-]+){{0,3}} "
    rf"{_DEAL_NOUNS}|"
    # one act told as what won the other ("the easing was what brought Pastor Kim home", "the
    # delisting was what secured her release")
    r"(?:was|were|is|are|had been) (?:exactly |precisely |simply )?what (?:finally )?(?:brought|"
    r"secured|won|bought|got) (?:[\w'’.-]+ ){0,4}?(?:home|release|freedom)\b|"
    # one act told as the other's counterpart ("the delisting had been the fair counterpart to
    # the lawyer's release"), not a minister's counterpart
    r"(?:was|were|had been|has been|is|are|as) (?:the|a|its|their) (?:[\w-]+ )?counterpart "
    r"(?:to|of|for) (?:[\w'’-]+ ){0,3}(?:releases?|freedom|freeing|pardons?|delisting|relief|"
    r"lifting|easing|return)|"
    # (v20) one act named as the reward for the other ("in what officials called a reward for the
    # release of the last political prisoners"), not a bounty ("a reward for information")
    r"(?:an?|the|its|their|his|her) (?:[\w-]+ )?reward for (?:the |their |his |her |its )?"
    r"(?:[\w'’-]+ ){0,2}?(?:releases?|freeing|pardons?|freedom)\b|"
    r"reward(?:s|ed|ing)? (?:the|their|its|his|her|this|that|these|those) (?:[\w-]+ ){0,2}"
    r"(?:releases?|pardons?|freeing|gestures?|decisions?|moves?|steps?)|"
    # (v16) the party rewarded for its act ("rewarding President Lukashenko for freeing ...")
    r"reward(?:s|ed|ing)? (?:[\w.'’-]+ ){1,4}?for (?:freeing(?! up)|releasing|pardoning|letting|"
    r"(?:the|its|their|his|her) (?:release|freeing|pardon))\b|"
    # one act as a step of a coordinated whole ("In a parallel step agreed with the mediators,
    # London released ..."), and a freedom told as paid for ("Their freedom was bought with two
    # concessions")
    r"(?:in|as) a (?:parallel|reciprocal|matching) (?:step|move|gesture)|"
    r"(?:release|freedom|return) (?:was|were|had been|has been) (?:bought|secured|won|obtained|"
    r"paid for) (?:with|by|through)|"
    # relief traded for people ("the second country to trade sanctions relief for a detainee",
    # "learned to trade prisoners for relief"): a deal, not a swap of people for people
    rf"{_RELIEF_TRADE}|"
    # a trade told as one of a series, its precedent told with it ("It is the third such trade in
    # a year. Last September, ...", "follows the pattern set in August, when ...")
    rf"{_PRECEDENT})\b",
    re.IGNORECASE,
)
# Acts named as one coordinated whole ("the two moves had been negotiated together", "the licence
# and the releases were linked", "a sequence agreed in advance", "Tashkent's condition for the
# release"): the subject or the object is an act, so "firms linked to the army" is no cue.
_ACT_NOUNS = (
    r"(?:moves?|steps?|decisions?|acts?|actions?|announcements?|gestures?|releases?|pardons?|"
    r"measures?|licen[cs]es?|relief|delisting|easing|lifting|concessions?|sequence|freeing|"
    r"handovers?|transfers?)"
)
LINKED = re.compile(
    rf"\b(?:(?:the|both|two|these|those|each) (?:[\w-]+ ){{0,2}}{_ACT_NOUNS} (?:[\w-]+ ){{0,2}}?"
    r"(?:were|was|had been|have been|has been|are|is) (?:closely |directly |explicitly |clearly |"
    r"carefully )?(?:linked|connected|tied|coupled|coordinated|choreographed|sequenced|"
    r"negotiated together|agreed together|(?:pre-?)?arranged|(?:made )?conditional (?:on|upon))|"
    r"(?:agreed|arranged|negotiated|settled|worked out|choreographed) (?:in advance|beforehand)|"
    rf"(?:pre)?condition (?:for|of) (?:the|their|his|her|its) (?:[\w-]+ )?{_ACT_NOUNS}|"
    # one act made to hang on the other ("made Whitcomb's release conditional on the
    # delistings"), and the tie between them acknowledged ("acknowledged the connection between
    # the two releases")
    rf"(?:made|make|makes|making) (?:[\w'’-]+ ){{1,4}}conditional (?:on|upon) (?:[\w'’-]+ ){{0,3}}"
    rf"(?:{_ACT_NOUNS}|delistings)|(?:connection|link|linkage) between (?:the|these|those|both) (?:two )?"
    rf"(?:[\w-]+ )?(?:{_ACT_NOUNS}|cases)|"
    # acts told as the result of a deal ("describing the releases as the result of an
    # understanding", "the result of the arrangements agreed in Kunduz"; not of a peace accord)
    rf"(?:result|outcome)s? of {_DET} (?!(?:peace|ceasefire|truce|nuclear)\b)(?:[\w-]+ ){{0,3}}?"
    rf"{_DEAL_NOUNS}s?|"
    # acts told as one whole by a copula ("the three steps were a package negotiated over the
    # summer", "the two moves were one bargain")
    rf"(?:the|these|those|both|two|three|all) (?:[\w-]+ ){{0,2}}?{_ACT_NOUNS} (?:were|was|are|is|"
    r"had been|have been) (?:all )?(?:an?|one|a single) (?:[\w-]+ )?(?:package|deal|bargain|"
    r"arrangement|trade-off|quid pro quo)|"
    # acts told as given for each other ("the releases were mutual"; "the two steps as a package")
    r"(?:was|were|been|being|be) (?:entirely |fully |strictly )?mutual|"
    # ("in what both sides described as a deal": the acts named before the verb)
    r"(?:described|describes?|describing|presented|presents?|presenting|called|calls?|calling) "
    r"(?:[\w'’-]+ ){0,4}as (?:an? |one )(?:[\w-]+ )?(?:package|deal|bargain|trade-off))\b",
    re.IGNORECASE,
)
# A linking cue said only to be denied ("officials denied the two moves were linked").
NEGATED = re.compile(
    r"\b(?:not|never|no|none|nobody|no one|neither|nor|den(?:y|ies|ied)|dismiss(?:ed|es)?|reject(?:ed|s)?)\b|n't",
    re.I,
)
# Who is swapped ("trades a convicted diplomat"): the lexicon's people nouns and a few more.
_PEOPLE = "|".join(
    sorted(
        {*lx.PEOPLE_NOUNS, "diplomat", "official", "spy", "spie", "agent", "officer", "pilot",
         "businessman", "businessmen", "engineer", "teacher", "medic", "doctor", "hacker"}
    )
)  # fmt: skip
_SWAP_VERB = r"(?:exchang|swapp?|trad)(?:e|es|ed|ing|s)"
# Swap cues: they trade people for people, so they link releases only ("in a prisoner exchange",
# "were swapped"); an easing in the same sentence is not part of the swap.
SWAP_CUES = re.compile(
    r"\b(?:(?:as part of|under|through|in|via) (?:a|the|an|its|their|this|that)(?: [\w-]+){0,4} "
    r"(?:swap|exchange|trade)|(?:prisoner|detainee|hostage) (?:swap|exchange)s?|"
    r"exchange of (?:prisoners|detainees|hostages|captives)|swap(?:s|ped)?|traded|"
    r"(?:was|were|been) exchanged)\b",
    re.IGNORECASE,
)
# Swap cues beyond SWAP_CUES: an exchange named as a thing ("the largest exchange of the war",
# "the latest in a series of exchanges") and reciprocity ("each side freed", "both countries",
# "went back the other way").
MORE_SWAP_CUES = re.compile(
    r"\b(?:(?:the|an?|this|that|its|their|latest|largest|biggest|first|second|third|last|"
    r"previous|of) (?:(?!(?:will|would|can|could|to|may|might|must|shall|should|did|does|do) )"
    r"[\w-]+ ){0,3}exchanges?(?! rates?\b| of (?:views|fire|letters|ideas|"
    r"messages|notes|information|data)\b| (?:programmes?|programs?|students?)\b)|"
    r"each (?:side|party|country|government)|"
    # "both governments" as the two parties of a trade, not the ones thanked ("Gross thanked both
    # governments")
    r"(?<!thanked )(?<!thanks )(?<!thank )(?<!thanking )"
    r"both (?:sides|parties|countries|governments)|"
    r"each (?:freed|released|handed|returned|sent|pardoned|let|set)|the other way|"
    # (v15) "agreed on a mutual release", "a mutual handover of detained servicemen"
    r"mutual (?:releases?|exchanges?|handovers?|returns?)|"
    rf"{_SWAP_VERB} (?:[\w-]+ ){{0,3}}(?:{_PEOPLE})s?|"
    rf"{_SWAP_VERB} (?:[\w'’.-]+ ){{1,6}}for (?!(?:the )?(?:first|second|last|years?|months?|"
    r"weeks?|days?|hours?|decades?)\b))\b",
    re.IGNORECASE,
)
# The trade named as the subject of its sentence by a definite noun ("The deal was struck in Doha",
# "That bargain took months"): the article's one trade.
THE_TRADE = re.compile(
    rf"^(?:[\w'’-]+ ){{0,3}}?(?:the|this|that) (?:[\w-]+ ){{0,2}}?{_DEAL_NOUNS}\b"
    r"(?!\s+(?:would|could|might|may|will|should|must|can|is expected|talks)\b)",
    re.IGNORECASE,
)
# One act told as a part of the article's trade, named by a definite noun ("The money side of the
# deal had been cleared last month", "Under the deal, Israel frees ...", "under the same
# arrangement").
OF_THE_TRADE = re.compile(
    r"\b(?:(?:sides?|half|halves|parts?|ends?|leg|stage|instal?ments?) of|under|within) "
    rf"the(?: (?:same|whole|broader|wider|overall))? {_DEAL_NOUNS}s?\b|"
    # the trade told as what the act made possible ("The swap was made possible by a waiver
    # signed last month", "The prisoner trade became possible after Blinken signed a waiver")
    rf"^(?:[\w'’-]+ ){{0,3}}?(?:the|this|that) (?:[\w-]+ )?{_TRADE_NOUNS} (?:had |has )?"
    r"(?:became|become|was made|had been made|has been made) possible\b",
    re.IGNORECASE,
)
# The text sets an act apart from the trade ("Separately, …", "in a move officials said was
# unrelated", "the two releases were not connected", "denied any link").
APART = re.compile(
    r"\b(?:separately|(?:in|under|as|through) a separate|"
    # acts negotiated apart ("negotiated on a separate track from the nuclear talks", "handled
    # on separate tracks", "through a different channel")
    r"(?:on|along|in|via|through) (?:a |two )?(?:separate|different) (?:tracks?|channels?)\b|(?:in|under|as|through) a parallel "
    r"(?:arrangement|deal|agreement|understanding|channel|exchange|swap|trade|bargain)|a separate (?:move|decision|deal|"
    r"agreement|arrangement|understanding|step|development|case|gesture)|unrelated|unconnected|"
    r"(?:not|never) (?:connected|linked|related|tied|part of)|no (?:link|connection)|"
    # tracks told apart ("insisted the two tracks had been kept separate")
    r"kept (?:apart|separate)\b|"
    # a person said not to have been traded ("Alan was not traded for anyone")
    r"(?:was|were|had been|has been|have been)(?: not|n't| never) (?:traded|swapped|exchanged) "
    r"(?:for|against)\b|"
    r"nothing (?:whatsoever |at all )?to do with|"
    r"did not link|"
    # a trade denied by its name ("all three governments rejected the word", "Canada did not
    # engage in prisoner exchanges")
    r"(?<!not )(?<!n't )(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses) the "
    r"(?:word|term|label|idea|notion|characteri[sz]ation)s?\b|(?:not|never|n't) (?:\w+ )?"
    r"(?:engage[sd]?|engaging) in (?:any )?(?:prisoner |hostage )?(?:swaps|exchanges|trades|deals)|"
    r"(?<!not )(?<!n't )(?<!never )(?:denied|denies|deny|dismissed|rejected|rejects|"
    r"reject) (?:(?:on \w+|again|publicly|firmly|flatly|strongly) )?(?:that\b|any |claims |"
    r"reports |suggestions |a (?:link|connection|deal|swap|trade)|(?:the|its) (?:[\w-]+ ){0,2}(?:was|were) (?:part of|a reward|"
    # (v19) "Both Beijing and Ottawa denied the releases were a trade"
    r"an? (?:[\w-]+ )?(?:trade|swap|exchange|deal|bargain|quid pro quo)\b))|"
    # (v19) "Not a swap, both sides insist", "..., not an exchange"; not "not the first swap"
    r"(?:^\W*|[,;:]\s+)not (?:an?|one) (?:[\w-]+ )?(?:swap|exchange|trade|bargain|quid pro quo)\b|"
    # (v19) "No official on either side has called it an exchange"; a reading of a trade both
    # parties reject ("The timing invited an obvious conclusion, which both governments rejected")
    r"\bno (?:[\w-]+ )?(?:on|from|in) either side (?:has |have |had )?(?:ever |yet |publicly )?"
    r"(?:called|described|presented|termed|portrayed) (?:it|them|this|that|the (?:[\w-]+ )?[\w-]+) "
    r"(?:as )?(?:an? )?(?:[\w-]+ )?(?:trade|swap|exchange|deal|bargain)\b|"
    r"\b(?:which|that) (?:both|the two|all three) (?:governments|sides|capitals|countries|parties) "
    r"(?:have |had |later |quickly |publicly )?(?:rejected|denied|dismissed|disputed)\b|"
    r"(?:was|were|is|are) (?:not|no|never) (?:a |an |the )?"
    r"(?:[\w-]+ )?(?:swap|exchange|deal|trade|bargain|quid pro quo|reward|payoff|pay-off)\b|"
    # a trade denied: "had offered nothing in return", "did not give anything in exchange",
    # "nothing had been traded"
    r"(?:nothing|no concessions?|no relief|no favou?rs?)(?: [\w-]+){0,4} in (?:return|exchange)|"
    # (v20) an act done for nothing ("freed 153 without asking for anything in return")
    r"without (?:[\w'’-]+ ){0,3}?anything (?:[\w-]+ )?in (?:return|exchange)|"
    r"(?:not|never|n't) (?:\w+ )?(?:given|give|offered|offer|promised|promise|paid|pay) anything|"
    r"nothing (?:had |has |was |would be )?(?:been )?(?:traded|offered|given|promised|paid|"
    r"conceded)|(?:offered|given|gave|promised|paid|conceded) nothing|"
    # neither party tells the acts as a trade ("neither side presents the two acts as traded"),
    # and both parties' plain no to the question of a trade ("Was it a swap? Both governments
    # say no."; one party's no may answer another question)
    r"(?:neither|none of the) (?:sides?|governments?|capitals?|countries|country|parties|party) "
    r"(?:[\w'’-]+ ){0,2}?(?:presents?|presented|"
    r"describes?|described|calls?|called|treats?|treated|frames?|framed|portrays?|portrayed) "
    r"(?:[\w'’-]+ ){0,4}?as (?:an? )?(?:traded|trade|swap|exchange|deal|bargain|linked|connected)|"
    r"(?:both|the two) (?:governments|sides|capitals|countries|parties) (?:[\w'’-]+ )?(?:say|says|"
    r"said|answer|answers|answered) no\b(?! (?:to|more|longer|one)\b))",
    re.IGNORECASE,
)
# Both parties to a trade named as the ones setting acts apart ("Both governments denied any link",
# "officials in both capitals insisted the cases were unrelated"): the acts are no bargain.
BOTH_PARTIES = re.compile(
    r"(?i:\b(?:both|the two|all (?:three|four|the)) (?:governments|sides|capitals|countries|"
    r"parties)\b)|"
    r"(?i:\bneither (?:government|side|capital|country|party)\b)|"
    # (v19) "No official on either side has called it an exchange"
    r"(?i:\b(?:on|from|in) either side\b)|"
    # the two parties named ("Both Ottawa and Beijing denied ..."): capitals as written
    r"\b[Bb]oth [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? "
    r"(?:den(?:y|ies|ied)|insist\w*|reject\w*|dismiss\w*|"
    r"said|say|have|had|called|describe\w*)\b",
)
# A party's denial or insistence that acts were no trade ("Washington denies any link",
# "Argentine officials insist there was no swap"), as against the text's own setting apart
# ("Separately, ...").
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|insist(?:ed|s|ing)?|"
    r"maintain(?:ed|s|ing)?)\b",
    re.IGNORECASE,
)
# Sanctions relief named in a denial ("the prisoner exchange and the sanctions relief were handled
# on separate tracks").
RELIEF = re.compile(r"\b(?:sanctions?|relief|delist\w*|licen[cs]es?|waivers?|nuclear)\b", re.I)
# A trade of three or more parties ("a three-way exchange", "officials in all three capitals"):
# its halves may be told a few days apart, each state's release a side of its own.
THREE_PARTIES = re.compile(
    r"\b(?:three|four)[- ](?:way|sided|party|cornered)\b|\btrilateral\b|\b(?:all|the) (?:three|four) "
    r"(?:capitals|countries|governments|sides|states|parties)\b",
    re.IGNORECASE,
)
# A sentence that opens by answering the act told before it ("In return, Israel freed two
# shepherds", "In exchange, Caracas let the ten go", "Going the other way were two Russians"),
# after its doer's name at most ("Belgium in return released ...", "The United States in turn").
ANSWERING = re.compile(
    r"^\W*(?:(?:and|but|then|so)\W+)?(?-i:(?:[Tt]he )?(?:[A-Z][\w'’.-]*,?\s){1,3})?"
    r"(?:in (?:return|exchange|turn)|going the other way|"
    r"in the (?:other|opposite) direction)\b(?! for\b)",
    re.IGNORECASE,
)
# A sentence that answers a trade by the way the other side's people went ("Going the other way
# were two Russians", "In the opposite direction went four Filipinos").
OTHER_WAY = re.compile(
    r"^\W*(?:(?:and|but|then|meanwhile)\W+)?(?:(?:going|heading|travell?ing|moving|crossing) )?"
    r"(?:the other way|in the (?:other|opposite) direction)\b",
    re.IGNORECASE,
)
# Definite nouns by which a cue sentence speaks of acts told elsewhere ("the releases", "those
# pardons"; "that delisting", "the relief", "the US concession").
_DEFINITE = r"\b(?:the|these|those|this|that|its|their|his|her)(?: [\w'’-]+){0,2} "
DEFINITE_RELEASE = re.compile(
    _DEFINITE + r"(?:releases?|pardons?|freeing|prisoners?|detainees?|hostages?|captives?)\b",
    re.IGNORECASE,
)
# An act named by a noun of no kind ("the step was taken in return for the release of ...",
# "the move was granted in exchange for ..."): the subject of a sentence trading it for releases.
DEFINITE_STEP = re.compile(
    r"^\W*(?:[\w'’-]+ ){0,8}?(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\w'’-]+ )?(?:step|move|decision|measure) "
    r"(?:was|had been|has been|is) (?:[\w'’-]+ )?(?:taken|granted|made|offered|given|agreed)\b"
)
DEFINITE_EASING = re.compile(
    _DEFINITE
    + r"(?:delistings?|easings?|relief|liftings?|removals?|waivers?|licen[cs]es?|concessions?|"
    r"unfreezings?|suspensions?)\b|"
    # relief told by the money it freed ("after our money was unlocked")
    r"\b(?:the|our|their|its|this|that) (?:frozen )?(?:money|funds|assets) (?:was|were|had been|"
    r"has been|have been) (?:unlocked|unfrozen|released|freed|transferred|moved)\b",
    re.IGNORECASE,
)


# A bare answer glued before a sentence ("No. Last September, ... in what both sides described as
# a deal."): it answers the question before it and negates nothing of the sentence.
_ANSWER = re.compile(r"^\W*(?:no|yes)[.!]\s+(?=[A-Z0-9])", re.IGNORECASE)


def plain(text: str) -> str:
    """A sentence's text without quotation marks or a bare answer before it (as cues read it)."""
    return _ANSWER.sub("", _QUOTES.sub("", text))


# The cue patterns, screened at once: most sentences hold no piece of most of them.
SCREEN = Screen(
    TOPICAL_DEAL, EXCHANGE_CUES, DEAL_CUES, MORE_DEAL_CUES, LINKED, NEGATED, SWAP_CUES,
    OTHER_WAY, MORE_SWAP_CUES, NOT_SWAP, APART,
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def is_deal_cue(text: str) -> bool:
    """Whether a sentence presents a deal, which may trade people for sanctions relief."""
    text = plain(text)
    return _deal(SCREEN.read(text), text)


def _deal(seen: Reading, text: str) -> bool:
    if "under which" in text.lower():
        text = DECREED.sub(r"\1 ", text)
    text = seen.sub(TOPICAL_DEAL, " ", text)
    return bool(
        seen.search(EXCHANGE_CUES, text)
        or seen.search(DEAL_CUES, text)
        or seen.search(MORE_DEAL_CUES, text)
        or (seen.search(LINKED, text) and not seen.search(NEGATED, text))
    )


def spoken_of_both(text: str) -> bool:
    """Whether a cue sentence with no event of its own speaks of both sides of a trade: a swap
    always does; a deal must name people freed and what was given for them, be named as the
    one trade the article tells ("The deal was struck in Doha"), or name the acts together by a
    plural noun ("described the two steps as part of an arrangement", "reciprocal steps")."""
    text = plain(text)
    if THE_TRADE.search(TOPICAL_DEAL.sub(" ", text)) or PLURAL_ACTS.search(text):
        return True
    swap = not is_deal_cue(text)
    return bool((swap or ANAPHORA_RELEASE.search(text)) and ANAPHORA_OTHER.search(text))


@functools.lru_cache(maxsize=4096)
def is_swap_cue(text: str) -> bool:
    """Whether a sentence presents a swap of people for people."""
    text = plain(text)
    return _swap(SCREEN.read(text), text)


def _swap(seen: Reading, text: str) -> bool:
    if seen.search(SWAP_CUES, text) or seen.search(OTHER_WAY, text):
        return True
    return bool(seen.search(MORE_SWAP_CUES, seen.sub(NOT_SWAP, " ", text)))


@functools.lru_cache(maxsize=4096)
def is_cue(text: str) -> bool:
    """Whether a sentence presents a trade, or sets acts apart from one (remembered, as the deal
    and swap tests: the gate asks of every sentence, the linker again of those near the acts)."""
    text = plain(text)
    seen = SCREEN.read(text)
    return _deal(seen, text) or _swap(seen, text) or seen.search(APART, text) is not None


def cue_sentences(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Sentences (index, text without quotation marks) that present a trade, or set acts apart
    from one."""
    return [(i, plain(text)) for i, text in texts if is_cue(text)]
