"""What reads as a trade cue and is none (moved out of :mod:`detente.extract.trade_cues`, v19): a
deal about something else ("a trade deal", "the nuclear deal", a deal with prosecutors), "under
which" after a decree, a law or bail conditions, and "the stock exchange". Regular expressions
only; :mod:`detente.extract.trade_cues` removes or skips what they find before it looks for cues.
"""

from __future__ import annotations

import re

# A deal about something else ("as part of a trade deal", "under the 2015 nuclear deal") trades no
# people: it is no cue.
TOPICAL_DEAL = re.compile(
    r"\b(?:trade|nuclear|gas|oil|arms|grain|energy|investment|debt|loan|tax|migration|climate|"
    r"plea|prosecution|"
    r"fishing|fisheries|business|commercial|defen[cs]e|security|free-trade|customs|transit)"
    r"(?: [\w-]+)? (?:deals?|agreements?|accords?|pacts?|packages?)\b|"
    # (v19) a deal struck with prosecutors or a court ("allowed to leave under an agreement with
    # US prosecutors", "freed after prosecutors agreed to defer the charges"): one case's legal
    # process, no trade between states
    r"\b(?:deals?|agreements?|arrangements?|bargains?|understandings?) with (?:the )?"
    r"(?:[\w.'’-]+ ){0,2}?(?:prosecutors|Justice Department|Department of Justice|judges?|courts?)"
    r"\b|\b(?:prosecutors|Justice Department|Department of Justice) (?:had |have |has )?agreed to\b",
    re.IGNORECASE,
)
# "under which" after an amnesty, a list or a law tells what the act did, not a deal ("a clemency
# list on Wednesday under which 1,150 prisoners were pardoned"; "a deal under which" stays).
DECREED = re.compile(
    r"(\b(?:list|decree|amnest(?:y|ies)|laws?|licen[cs]es?|pardons?|clemency|programmes?|"
    r"bail(?: conditions| terms)?|"
    r"programs?|orders?|statutes?|(?:plea|prosecution) (?:deal|agreement|bargain)s?)\b"
    r"(?:,? (?!(?:deal|agreement|arrangement|bargain|understanding|accord|pact)s?\b)[\w'’-]+)"
    r"{0,9}?),? under which\b",
    re.IGNORECASE,
)
# "the stock exchange" is no swap.
NOT_SWAP = re.compile(r"\b(?:stock|currency|foreign|commodit\w+|crypto\w*) exchanges?\b", re.I)
