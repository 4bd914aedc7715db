"""Word lists the extraction stages share: triggers, people nouns, categories, sectors, cues.

Lemmas are lower-case spaCy lemmas. Each list says what it is for; changing one changes recall or
precision on the evaluation corpus, so run ``detente eval`` after editing.
"""

from __future__ import annotations

import re

from detente.model import Category

# Sentences worth parsing: a cheap regex gate before the full spaCy pipeline (most news sentences
# fail it); the words of releases and sanctions here, widened below for links, stocks and sanctions.
_CORE_GATE = re.compile(
    r"\b(?:free[ds]?|freeing|releas\w*|pardon\w*|amnest\w*|swap\w*|exchang\w*|sanction\w*|"
    r"embargo\w*|restrictions?|licen[cs]\w*|blacklist\w*|delist\w*|designat\w*|asset freeze|"
    r"unfr[eo]\w*|remain\w*|still|prisoners?|hostages?|captives|detain\w*|jailed|behind bars|"
    r"walked out|from (?:\w+ ){0,2}bail|"  # recall: "discharged Meng from her bail conditions"
    r"handed over|deport\w*|expel\w*|repatriat\w*|relief|lift\w*|eas(?:e|ed|es|ing)|"
    r"among (?:them|those)|flown|flew|arrived|landed|crossed|driven|taken|let go|handed|"
    r"clemency|(?:return\w*|brought|bring\w*|came|com\w*|flown|flying|back|is|are) home)\b",
    re.IGNORECASE,
)

# Release: verbs whose object (or passive subject) is the people freed.
RELEASE_VERBS = frozenset(
    {"free", "release", "pardon", "liberate", "amnesty", "swap", "exchange", "repatriate", "expel",
     "deport", "unshackle", "trade"}
)  # fmt: skip
# Release nouns: "the release of", "a prisoner swap".
RELEASE_NOUNS = frozenset({"release", "freeing", "pardon", "swap", "exchange", "liberation"})
# Verbs that only count as releases when their object is a prisoner noun or a named person.
RELEASE_WEAK = frozenset({"expel", "deport", "exchange", "trade", "repatriate", "swap"})
# Verbs and nouns of a trade of people for people ("were traded for", "a swap of 90 for 90",
# "exchanged prisoners").
SWAP_LEMMAS = frozenset({"swap", "exchange", "trade"})
# Objects that show a "release" is not of people.
NOT_PEOPLE = frozenset(
    {"statement", "film", "movie", "album", "song", "single", "version", "update", "data", "report",
     "figure", "fund", "asset", "footage", "video", "game", "software", "product", "model", "record",
     "document", "book", "trailer", "patch", "feature", "app", "information", "oil", "gas", "reserve",
     "money", "cash", "payment", "detail", "list", "result", "emission", "water", "hostility",
     "tension", "grip", "pressure", "ship", "vessel", "tanker", "cargo", "aircraft", "plane",
     "diplomat", "ambassador", "envoy", "journalist_visa", "photograph", "photo", "image", "picture",
     "recording", "transcript", "memoir", "letter", "war", "conflict", "season"}
)  # fmt: skip
# Words in a sentence that show a "release" is not one of prisoners (software, culture, finance).
NON_PRISONER_CONTEXT = frozenset(
    {"album", "film", "movie", "software", "version", "trailer", "single", "studio", "box",
     "smartphone", "app", "earnings", "quarterly", "patch", "console", "premiere", "streaming",
     "audiobook", "premiered", "paperback", "open-source"}
)  # fmt: skip
# Not releases even with a release-like word: leave, transfers, refusals.
NOT_RELEASE_CONTEXT = re.compile(
    r"\b(?:furlough\w*|temporary (?:leave|release)|house arrest|transferred to|moved to (?:a|another)"
    r"|forcibly (?:returned|repatriated|sent back|deported)"  # recall: a forced return
    # recall: moved into another prison ("was taken straight to the Correctional Institution")
    r"|taken (?:\w+ ){0,2}to (?:a|the) (?:[\w'’-]+ ){0,3}(?:prison|jail|correctional|penitentiary)"
    r"|serve (?:out )?the (?:rest|remainder) of|to serve out|free on board"
    # precision: sent to serve their term elsewhere ("sends 120 prisoners home to finish their
    # sentences", "transferred to Iraq to complete their terms")
    r"|to (?:finish|complete|serve) (?:out )?(?:their|his|her) (?:prison )?(?:sentences?|terms?)"
    r"|refused to leave|declined to leave|stayed (?:behind|in (?:prison|jail|custody))|on bail"
    # precision (v16): bail told otherwise ("released on a $2 million bond", "after posting bail
    # of 100,000 lari", "granted bail to a businessman"); read as "on bail" (releases.bail_word)
    r"|on (?:a |an )?(?:[\w$.,-]+ ){0,4}?bond|post(?:s|ed|ing)? (?:\w+ )?bail"
    r"|grant(?:s|ed)? (?:\w+ ){0,3}?bail"
    r"|handed (?:\w+ ){0,4}?(?:over|back) to (?:the )?(?:police|prosecutors?|investigators|custody"
    r"|courts?|judges?|military police))\b",
    re.IGNORECASE,
)

# Habitual or generic statements: not one act ("has released detainees in the past").
GENERIC = re.compile(
    r"\b(?:in the past|over the years|on several occasions|repeatedly|routinely|from time to time|"
    r"usually|often|typically|every time|whenever|in recent (?:years|decades))\b",
    re.IGNORECASE,
)
GENERIC_DETERMINERS = frozenset({"every", "any", "each", "no"})

# Nouns for groups of people, with the category their head noun gives.
PEOPLE_NOUNS: dict[str, Category] = {
    "prisoner": Category.DETAINEES,
    "detainee": Category.DETAINEES,
    "inmate": Category.DETAINEES,
    "people": Category.DETAINEES,
    "person": Category.DETAINEES,
    "individual": Category.DETAINEES,
    "man": Category.DETAINEES,
    "woman": Category.DETAINEES,
    "convict": Category.DETAINEES,
    "captive": Category.HOSTAGES,
    "hostage": Category.HOSTAGES,
    "abductee": Category.HOSTAGES,
    "journalist": Category.JOURNALISTS,
    "reporter": Category.JOURNALISTS,
    "correspondent": Category.JOURNALISTS,
    "blogger": Category.JOURNALISTS,
    "photographer": Category.JOURNALISTS,
    "dissident": Category.POLITICAL_PRISONERS,
    "activist": Category.POLITICAL_PRISONERS,
    "protester": Category.POLITICAL_PRISONERS,
    "protestor": Category.POLITICAL_PRISONERS,
    "opposition": Category.POLITICAL_PRISONERS,
    "politician": Category.OTHER,  # alone a trade; "opposition politician": political (s25)
    "critic": Category.POLITICAL_PRISONERS,
    "opponent": Category.POLITICAL_PRISONERS,  # "opponents" of the government (session 24)
    "campaigner": Category.POLITICAL_PRISONERS,
    "supporter": Category.POLITICAL_PRISONERS,  # releases: "dozens of opposition supporters"
    "defender": Category.OTHER,  # "Ukrainian defenders", "defenders of Mariupol": soldiers
    "lawyer": Category.OTHER,  # a trade (session 21); "human rights lawyer": RIGHTS_WORDS
    "foreigner": Category.FOREIGN_NATIONALS,
    "national": Category.FOREIGN_NATIONALS,
    "citizen": Category.FOREIGN_NATIONALS,
    "compatriot": Category.FOREIGN_NATIONALS,  # a nationality noun (session 23)
    "soldier": Category.OTHER,
    "serviceman": Category.OTHER,
    "servicemen": Category.OTHER,
    "pow": Category.OTHER,
    "fighter": Category.OTHER,
    "fisherman": Category.OTHER,
    "fishermen": Category.OTHER,
    "sailor": Category.OTHER,
    "crew": Category.OTHER,
    "clergy": Category.OTHER,
    "priest": Category.OTHER,
    "cleric": Category.OTHER,  # releases: clergy of any faith
    "imam": Category.OTHER,
    "monk": Category.OTHER,
    "pastor": Category.OTHER,
    "couple": Category.DETAINEES,  # releases: "an Israeli couple" (two people, groups._pair)
    "student": Category.OTHER,
    "worker": Category.OTHER,
    "figure": Category.POLITICAL_PRISONERS,
    "leader": Category.POLITICAL_PRISONERS,
    "member": Category.POLITICAL_PRISONERS,
}
# --- releases: people by trade ("a Polish engineer", "two French teachers") ---
# People, but their trade does not settle the category: the names' descriptions do, else a
# nationality other than the actor's makes them foreigners, else they are "other".
OCCUPATIONS = frozenset(
    {"engineer", "teacher", "businessman", "businesswoman", "tourist", "scientist", "researcher",
     "academic", "professor", "doctor", "medic", "physician", "nurse", "pilot", "driver",
     "farmer", "shepherd", "contractor", "employee", "veteran", "writer", "poet", "artist",
     "musician", "backpacker", "hiker", "volunteer", "marine",
     # session 24: an executive and an athlete are of a trade ("the basketball star": is_trade)
     "executive", "athlete", "footballer", "wrestler", "boxer"}
)  # fmt: skip
# Nouns of kinship (session 22): "two nephews of the opposition leader", "his wife and son" are
# neither a trade nor a status of detention: ``other``, as the noun that describes them.
KIN_NOUNS = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece", "uncle", "aunt",
     "cousin", "mother", "father", "grandson", "granddaughter", "stepson", "stepdaughter",
     "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law"}
)  # fmt: skip
# Nouns for people by kin, age or rank ("his son was released", "a 17-year-old boy was freed",
# "the officers were released by a court"): people when freed, but not strong enough to make a
# weak verb ("traded", "expelled") a release, as OCCUPATIONS are.
PERSON_WORDS = frozenset(
    {"boy", "girl", "teenager", "officer", "captain", "constable", "interpreter", "translator",
     "physicist", "archaeologist", "filmmaker", "actress", "smuggler"}
) | KIN_NOUNS  # fmt: skip
# Subjects that stand for the two parties of a swap ("each side", "both sides", "each country").
SIDE_NOUNS = frozenset({"side", "party", "country", "government", "state"})
# Relative pronouns that stand as a relative clause's subject ("the EU, which sanctions ...").
RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})
# Subjects that name a group of states, not one ("the West", "Western governments", "the allies"):
# the states of such a group are told one by one, or not at all.
STATE_GROUPS = frozenset({"west", "western", "ally", "allies", "coalition", "partner"})
# Nouns of a status, not a trade (session 21): "Ukrainian civilians", "residents of Kherson" are
# detainees whatever their nationality (the bare demonym "189 Ukrainians" stays a foreigner noun);
# "migrants" too (session 22).
DETAINEE_STATUS_NOUNS = frozenset({"civilian", "resident", "migrant"})
# Nouns of public office (session 23): office-holders freed by those who removed or oppose them
# ("the deposed telecommunications minister X", freed by the junta) are political prisoners.
OFFICE_NOUNS = frozenset(
    {"minister", "president", "premier", "governor", "mayor", "lawmaker", "legislator",
     "parliamentarian", "mp", "senator", "vice-president"}
)  # fmt: skip
# Words telling that a government or office-holder was removed by force ("the deposed minister",
# "ministers of the government toppled in the coup"): with an office noun, a political case.
DEPOSED_WORDS = frozenset(
    {"deposed", "ousted", "toppled", "overthrown", "coup", "putsch", "junta"}
)  # fmt: skip
# Regional demonyms used as nouns (session 20): "two Europeans" are foreigners, as "two Germans".
# Singular, lower case; :func:`regional_demonym` reads plurals too.
REGIONAL_DEMONYMS = frozenset({"european", "african", "asian", "westerner", "scandinavian"})


def regional_demonym(word: str) -> bool:
    """ "Europeans", "a European", "Westerners": a regional demonym (REGIONAL_DEMONYMS)."""
    word = word.lower()
    return word in REGIONAL_DEMONYMS or (word[-1:] == "s" and word[:-1] in REGIONAL_DEMONYMS)


# Modifiers that make a trade a political one (session 21): "a human rights lawyer", "rights
# defenders", like activist or dissident.
RIGHTS_WORDS = frozenset({"rights"})
# Plain nouns for people: a nationality on them other than the actor's makes them foreigners.
PLAIN_PEOPLE = frozenset({"people", "person", "man", "woman", "individual", "couple"})
# Plain nouns that are no group nouns of their own (session 26): "two men, a Belarusian and a
# Russian", "Both men" take the noun each was first given, else ``detainees``.
NO_GROUP_NOUNS = frozenset({"people", "person", "man", "woman"})
# Modifiers that override the head noun's category ("political prisoners", "prisoners of war").
CATEGORY_MODIFIERS: dict[str, Category] = {
    "crew": Category.OTHER,  # releases: "crew members" are not members of a party
    "political": Category.POLITICAL_PRISONERS,
    "conscience": Category.POLITICAL_PRISONERS,
    "opposition": Category.POLITICAL_PRISONERS,
    "foreign": Category.FOREIGN_NATIONALS,
    "dual": Category.FOREIGN_NATIONALS,
}


def modifier_category(lemma: str, lower: str) -> Category | None:
    """The category a modifier of a people noun gives ("political prisoners", "foreign
    nationals", "human rights lawyers": RIGHTS_WORDS, session 21), if any."""
    return Category.POLITICAL_PRISONERS if lower in RIGHTS_WORDS else CATEGORY_MODIFIERS.get(lemma)


# Titles and roles that mark a named person as someone other than the freed ("envoy John Coale").
# Appositions that make a person an actor rather than someone freed ("John Coale, the envoy").
ROLE_APPOSITIONS = frozenset(
    {"president", "minister", "envoy", "secretary", "spokesman", "spokeswoman", "spokesperson",
     "ambassador", "adviser", "advisor", "negotiator", "mediator", "chancellor", "leader",
     "lawyer", "director", "head", "chief", "commissioner", "analyst", "researcher"}
)  # fmt: skip
OFFICIAL_TITLES = frozenset(
    {"president", "minister", "envoy", "secretary", "spokesman", "spokeswoman", "spokesperson",
     "ambassador", "official", "adviser", "advisor", "chancellor", "premier", "king", "emir",
     "senator", "representative", "negotiator", "mediator", "director", "chief", "governor",
     "commissioner", "prosecutor", "judge", "general", "leader", "counsel", "attorney", "mr",
     "ms", "mrs", "aide", "analyst", "researcher", "head", "chair", "chairman",
     "founder", "deputy", "vice", "pope", "cardinal", "archbishop", "sheikh", "prince",
     "economist", "trader", "professor", "wife", "husband", "daughter", "son", "mother",
     "father", "brother", "sister", "colleague", "coordinator"}
)  # fmt: skip
# Verbs of saying: one family, nested by purpose. The plain verbs that every purpose takes:
SAY_VERBS = frozenset({"say", "tell", "add", "confirm", "state"})
# Verbs that pass a fact on ("freed 40 on Thursday, state media reported"): only their nouns
# hedge it ("reports of a release").
REPORT_VERBS = frozenset({"report"})
# Verbs of reported speech: a time or tense under one is the saying's ("has been freed, rights
# groups said on Wednesday"; "the ministry said Kyiv had handed over 146").
REPORTED_SPEECH_VERBS = SAY_VERBS | REPORT_VERBS | {"announce"}
# Verbs that tell a decision, and "decide": a "would" under one is a backshifted "will" ("said it
# would release").
DECLARE_VERBS = SAY_VERBS | {"announce", "declare", "decide"}
# Verbs a sentence's source hangs on: a place under one tells who spoke ("..., the embassy said").
ATTRIBUTION_VERBS = (
    SAY_VERBS | REPORT_VERBS | {"note", "claim", "insist", "explain", "comment", "write"}
)
# Every verb of saying, with those of judging, urging and giving a figure: a clause under one is
# what someone said ("freed X, in exchange for Y, officials said"), its subject the one who said it.
SPEECH_VERBS = REPORTED_SPEECH_VERBS | ATTRIBUTION_VERBS | {
    "declare", "argue", "welcome", "praise", "describe", "thank", "warn", "call", "urge", "post",
    "estimate", "count", "put", "reckon", "believe", "name"}  # fmt: skip

# Sanctions: nouns that make a sentence about sanctions, and the verbs that move them.
SANCTION_NOUNS = frozenset(
    {"sanction", "sanctions", "embargo", "restriction", "freeze", "blacklist", "measure", "ban",
     "penalty", "designation", "list", "licence", "license", "waiver", "relief"}
)  # fmt: skip
CORE_SANCTION_NOUNS = frozenset({"sanction", "sanctions", "embargo", "blacklist", "countermeasure"})
IMPOSE_VERBS = frozenset(
    {"impose", "slap", "levy", "introduce", "adopt", "add", "designate", "blacklist", "sanction",
     "expand", "tighten", "widen", "broaden", "extend", "renew", "prolong", "reimpose", "re-impose",
     "restore", "freeze", "target", "approve", "announce", "unveil", "hit", "place", "put",
     "snap", "toughen", "step", "reinstate", "relist", "re-list", "revoke", "lapse", "expire",
     "roll", "enact", "agree", "keep", "maintain"}
)  # fmt: skip
EASE_VERBS = frozenset(
    {"lift", "ease", "relax", "remove", "suspend", "waive", "drop", "delist", "unfreeze", "loosen",
     "scrap", "end", "exempt", "license", "licence", "authorize", "authorise", "grant", "issue",
     "rescind", "cancel", "terminate", "soften", "pare", "scale", "take", "allow", "release"}
)  # fmt: skip
RENEWAL_VERBS = frozenset({"extend", "renew", "prolong", "roll", "maintain", "keep"})
LAPSE_VERBS = frozenset({"lapse", "expire", "revoke", "reimpose", "re-impose", "snap", "reinstate",
                         "relist", "re-list", "restore"})  # fmt: skip
# Nominalised acts: "the lifting of sanctions", "the extension of the embargo".
EASE_NOUNS = frozenset(
    {"lifting", "easing", "removal", "suspension", "relaxation", "relief", "delisting"}
)  # fmt: skip
RENEWAL_NOUNS = frozenset({"extension", "renewal"})
IMPOSE_NOUNS = frozenset({"imposition", "reimposition"})
# Places of custody: walked out of when freed, moved into by a transfer or a carrying verb.
CUSTODY_NOUNS = frozenset(
    {"prison", "jail", "custody", "detention", "captivity", "colony", "camp", "cell", "gaol",
     "station", "penitentiary"}
)  # fmt: skip
# Words that say people were held.
HOLD_LEMMAS = frozenset({"hold", "confinement", "detain", "imprison", "incarcerate", "lock"})
# Verbs that send people abroad who need not have been held ("expelled the diplomat X").
EXPULSION_VERBS = frozenset({"expel", "deport"})
# Trade preferences: withdrawing or restoring them is not a sanctions act ("removed Guinea from
# the list of countries eligible for duty-free access"), unless the sentence speaks of sanctions.
TRADE_PREFERENCES = re.compile(
    r"\b(?:duty-free|trade preferences?|preferential (?:trade|access|tariffs?)|"
    r"(?:Generali[sz]ed System|scheme) of Preferences|Everything But Arms|"
    r"African Growth and Opportunity)\b",
    re.IGNORECASE,
)
SANCTIONS_WORD = re.compile(r"\bsanction", re.IGNORECASE)
# States and blocs whose bare name before "sanctions" names who imposes them ("US sanctions"),
# where any other country's names their target ("Iran sanctions").
SANCTIONING_POWERS = frozenset({"USA", "EU", "UN", "GBR", "CAN", "AUS", "JPN", "CHE", "NZL", "NOR"})
# Bodies whose bans are not state sanctions.
NON_STATE_SANCTIONERS = re.compile(
    r"\b(?:FIFA|UEFA|IOC|WADA|Olympic|federation|league|club|association|tribunal|court|"
    r"regulator|exchange|index|CAS|ATP|WTA|FIA|World Athletics|World Aquatics|"
    r"watchdog|Radio and Television|broadcasting (?:authority|council|board))\b",
    re.IGNORECASE,
)

# Sector vocabulary: words in a sanctions sentence → sector (see docs/annotation.md).
SECTOR_WORDS: dict[str, str] = {
    "potash": "potash",
    "potassium": "potash",
    "fertiliser": "fertilizer",
    "fertilizer": "fertilizer",
    "fertilisers": "fertilizer",
    "fertilizers": "fertilizer",
    "airline": "aviation",
    "airlines": "aviation",
    "aviation": "aviation",
    "carrier": "aviation",
    "aircraft": "aviation",
    "flights": "aviation",
    "airspace": "aviation",
    "oil": "oil",
    "crude": "oil",
    "petroleum": "oil",
    "gas": "gas",
    "lng": "gas",
    "energy": "energy",
    "bank": "banking",
    "banco": "banking",  # "Banco del Tesoro", "Banco de Venezuela"
    "banca": "banking",
    "banque": "banking",
    "banks": "banking",
    "banking": "banking",
    "lender": "banking",
    "lenders": "banking",
    "financial": "finance",
    "finance": "finance",
    "debt": "finance",
    "bonds": "finance",
    "investment": "finance",
    "gold": "gold",
    "mining": "mining",
    "mines": "mining",
    "diamonds": "mining",
    "steel": "metals",
    "aluminium": "metals",
    "aluminum": "metals",
    "metals": "metals",
    "tobacco": "tobacco",
    "cigarettes": "tobacco",
    "technology": "technology",
    "semiconductors": "technology",
    "chips": "technology",
    "microelectronics": "technology",
    "defence": "defense",
    "defense": "defense",
    "arms": "defense",
    "military": "defense",
    "weapons": "defense",
    "shipping": "shipping",
    "tankers": "shipping",
    # --- sanctions: more industry words (vessels, electricity, airways, crops) ---
    "tanker": "shipping",
    "vessels": "shipping",
    "ships": "shipping",
    "electricity": "energy",
    "airways": "aviation",
    "cotton": "agriculture",
    "grain": "agriculture",
    "wheat": "agriculture",
    "timber": "timber",
    "wood": "timber",
    "petrochemical": "petrochemicals",
    "petrochemicals": "petrochemicals",
    "refinery": "oil",
    "refiner": "oil",  # session 13: "the Indian refiner Nayara Energy"
    "refiners": "oil",
    "agriculture": "agriculture",
    "agricultural": "agriculture",
    # --- sanctions (issue 2): singulars and named goods of the fixed sectors ---
    "semiconductor": "technology",
    "microchips": "technology",
    "telecommunications": "technology",
    "telecoms": "technology",
    "drones": "defense",
    "missiles": "defense",
    "ammunition": "defense",
    "munitions": "defense",
    "refineries": "oil",
    "oilfield": "oil",
    "aerospace": "aviation",
    "lumber": "timber",
    "logging": "timber",
    "logs": "timber",  # session 24: wood, logs
    # --- sanctions (issue 2, session 5): more names of the fixed sectors' trades and goods ---
    "tech": "technology",
    "banker": "banking",
    "bankers": "banking",
    "drone": "defense",
    "missile": "defense",
    "miner": "mining",
    "miners": "mining",
    "jets": "aviation",
    "airliners": "aviation",
    "nickel": "metals",
    "copper": "metals",
    # --- sanctions (session 9): money transfer, crypto platforms, gems, software, vessels ---
    "remittance": "finance",
    "remittances": "finance",
    "cryptocurrency": "finance",
    "crypto": "finance",
    "gems": "mining",
    "gem": "mining",
    "jade": "mining",
    "rubies": "mining",
    "software": "technology",
    "electronics": "technology",
    "vessel": "shipping",
    "ship": "shipping",
    # --- sanctions (session 12) ---
    "cigars": "tobacco",
    "cigar": "tobacco",
    # --- sanctions (session 25): coal is no sector of its own ---
    "coal": "energy",
}

# Sector vocabulary of two words, by their last word and the word before it ("dual-use goods",
# "machine tools"): the goods of the fixed sectors that no single word names, one sector or more.
SECTOR_PHRASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("dual", "use"): ("technology",),
    ("machine", "tools"): ("technology",),
    ("machine", "tool"): ("technology",),
    ("port", "calls"): ("shipping",),  # session 24: port calls, ships barred from ports
    ("port", "call"): ("shipping",),
    ("nord", "stream"): ("gas",),  # session 25: the Nord Stream pipelines carry gas
    # session 26: shadow-fleet vessels carry oil whether or not the text says so
    ("shadow", "fleet"): ("oil", "shipping"),
    ("shadow", "fleets"): ("oil", "shipping"),
}
SECTOR_PHRASE_ENDS = frozenset(last for _, last in SECTOR_PHRASES)


# Stocks: nouns with which a source gives a figure ("put the number at", "a count kept by").
FIGURE_NOUNS = frozenset({"number", "figure", "total", "tally", "count", "estimate"})
# Stocks: phrases that say people are still held.
STOCK_CUES = re.compile(
    r"\b(?:remain\w*|still (?:held|behind bars|in (?:prison|jail|custody)|detained|jailed|"
    r"imprisoned|locked up)|continue to be held|left behind bars|yet to be freed|"
    r"are (?:currently )?(?:held|jailed|detained|imprisoned)|counts?|estimates?|tall(?:y|ies)|"
    r"puts? the (?:number|figure|total)|(?:number|total) of political prisoners)\b",
    re.IGNORECASE,
)


# --- links/stocks/sanctions ---
# Sanctions and stock sentences the core gate misses ("extended its restrictive measures", "asset
# freezes and travel bans", "announced countermeasures against", "16 journalists are held", "in Turkish prisons"): parsed as well.
GATE = re.compile(
    _CORE_GATE.pattern
    + r"|\b(?:(?:restrictive |counter-?)?measures|asset freezes|travel bans|restricted list|"
    r"waivers?|(?:are|is|were|being) (?:still |currently )?held|prisons|custody)\b",
    re.IGNORECASE,
)
# Prepositions whose phrase gives the circumstances of a verb, not its object ("frozen under US
# sanctions", "moved despite sanctions").
CIRCUMSTANCE_PREPS = frozenset({"under", "despite", "amid", "before", "after", "since", "because"})
# Measure nouns that a modifier makes a sanction ("asset freezes", "travel bans", "export ban").
CORE_COMPOUNDS: dict[str, frozenset[str]] = {
    "freeze": frozenset({"asset", "assets"}),
    "ban": frozenset({"travel", "visa", "export", "import", "entry", "arms", "investment"}),
}
# Verbs that ease by granting a relief licence or waiver ("signed a waiver", "granted Chevron a licence").
LICENCE_GRANT_VERBS = frozenset({"issue", "grant", "extend", "sign", "approve", "award"})
# Verbs that ease by taking a listing or designation away ("lifted the designation").
DELIST_VERBS = frozenset(
    {"lift", "remove", "rescind", "revoke", "drop", "withdraw", "end", "reverse"}
)
LISTING_NOUNS = frozenset({"designation", "listing", "blacklisting"})
# Sector words that name a sector only as modifiers of goods or industries ("military equipment",
# "financial services"), not as nouns or owners ("linked to the military", "a military conglomerate").
MODIFIER_ONLY_SECTORS = frozenset({"military", "financial"})
GOODS_NOUNS = frozenset(
    {"equipment", "good", "goods", "export", "import", "industry", "sector", "supply", "item",
     "hardware", "product", "service", "technology", "institution", "market"}
)  # fmt: skip
