"""The shape of a freed person's name: what NER took with it, and spans that name no one.

Named-entity spans handed on as the freed's names carry words that are no part of a name (a
sentence's first word "After Sala", a nationality "American Amir Amiry", a dash "-- Keith Siegel",
a possessive "Rwanda's Ingabire") or name no person at all: a place or dateline ("La Paz",
"BUENOS AIRES"), a holiday ("Independence Day", "Eid al-Fitr"), a newspaper, broadcaster or
company ("Toplum TV", "Abzas Media", "Grodno Azot"), a rights group ("Foro Penal"), a state's
leader, or a common noun phrase ("Algerian lorry"). :func:`tidy` trims the first kind and drops
the second. :func:`shared_names` gives each name told of two releases of an article to one of them;
:func:`clean_name` strips a possessive and the titles, ranks and nationalities written before a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from detente.extract import lexicon as lx
from detente.extract.destinations import city_table
from detente.extract.gazetteer import entity_table, monitor_table, place_table

# Words before a name that are no part of it ("Bishop Rolando Álvarez", "the former Marine Paul
# Whelan"); a lone surname left is completed from the article (full_names, below).
HONORIFICS = frozenset(
    {"bishop", "archbishop", "cardinal", "father", "pastor", "reverend", "rev", "rabbi", "imam",
     "sister", "brother", "marine", "sergeant", "sgt", "dr", "mr", "mrs", "ms", "sheikh",
     "private", "corporal", "lieutenant", "captain", "colonel", "commander", "major",
     "hojatoleslam", "ayatollah", "mullah"}
)  # fmt: skip
# First words of ranks of two words, no part of a name only before a title ("Staff Sergeant",
# "Wing Commander"; but "Wing" may be a name).
RANK_PREFIXES = frozenset({"staff", "wing", "lance", "flight", "petty", "first", "second"})
# Nationality nouns written before a name ("the Frenchman Louis Arnaud"), beside the gazetteer's
# demonyms ("the Norwegian Frode Berg").
NATIONALITY_NOUNS = frozenset(
    {"frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman", "dutchwoman",
     "irishman", "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman"}
)  # fmt: skip
# Nouns for relatives: a named person attached to one is someone else ("the wife of X").
RELATIVES = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "nephew",
     "niece", "uncle", "aunt", "family", "relative", "widow", "child", "parent", "lawyer"}
)  # fmt: skip
# Capitalised words that open a sentence or a phrase and start no name ("After Sala", "When X").
LEAD_WORDS = frozenset(
    {"after", "when", "while", "several", "former", "the", "as", "but", "and", "then", "before",
     "since", "once", "if", "although", "though", "meanwhile", "both", "some", "many", "among",
     "including", "with", "for", "from", "by", "on", "in", "at", "of", "to", "only", "also",
     "even", "late", "freed", "jailed", "released", "detained", "like", "until", "unlike",
     "where", "whether", "why", "how", "what", "who", "all", "two", "three", "four", "five",
     "dual", "national", "citizen", "activist", "journalist", "dissident", "blogger",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
# Last words of the names of media, companies, bodies and days ("Toplum TV", "Temirov Live",
# "Reporters Without Borders", "Independence Day").
ORG_TAILS = frozenset(
    {"tv", "media", "live", "fm", "radio", "news", "times", "post", "press", "agency", "group",
     "company", "corporation", "corp", "inc", "ltd", "llc", "management", "holdings", "bank",
     "party", "movement", "front", "day", "borders", "azot", "airways", "airlines", "network",
     "foundation", "institute", "university", "council", "committee", "ministry", "court",
     "prison", "square", "street", "province", "district", "region", "island", "islands",
     "sea", "river", "bay", "creek", "international", "watch", "tribune", "gazette", "herald",
     "journal", "online", "channel", "service", "brigade", "hezbollah", "forces", "army"}
)  # fmt: skip
# First words of the names of feasts, places and bodies ("Eid al-Fitr", "Lake Chad").
ORG_HEADS = frozenset({"eid", "lake", "mount", "port", "fort", "camp", "radio", "kataib"})
# Lower-case words a personal name may hold, alone or before a hyphen ("Franqui Flores de
# Freitas", "Osama bin Laden", "Salma al-Shehab", "Makhabat Tazhibek kyzy").
PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "bin",
     "ibn", "al", "el", "le", "la", "du", "ben", "bint", "abu", "y", "e", "ter", "ould", "kyzy",
     "uulu", "ogly", "oglu", "zade"}
)  # fmt: skip
SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
# Titles of office NER takes with a name ("Information Minister Hamza Baloul"): no part of it.
OFFICE_TITLES = frozenset({"minister", "secretary", "governor", "mayor", "senator", "deputy"})
_EDGE = re.compile(r"^[^\w]+|[^\w.]+$")
_POSSESSOR = re.compile(r"^\S+['’]s\s+")


def _trimmed(name: str) -> str:
    """A name less the punctuation, possessor, opening words and nationality written before it."""
    name = _POSSESSOR.sub("", _EDGE.sub("", name.strip()))
    words = name.split()
    if words and words[-1].endswith(".") and words[-1].lower() not in SUFFIXES:
        if len(words[-1]) > 2:  # "Ban Chan Song La." (a sentence's end); not "John F."
            words[-1] = words[-1].rstrip(".")
    office = [i for i, w in enumerate(words[:-1]) if w.lower() in OFFICE_TITLES]
    if office:  # "Information Minister Hamza Baloul"
        words = words[office[-1] + 1 :]
    places = place_table()
    while len(words) > 1 and (
        words[0].lower() in LEAD_WORDS or places.get(words[0], ("", ""))[1] == "demonym"
    ):
        words = words[1:]
    return " ".join(words)


def _no_one(name: str) -> bool:
    """Whether a trimmed name names no person: a place, body, medium, feast, leader or common
    noun phrase."""
    words = name.split()
    if not words or (name.isupper() and len(name) > 3):
        return True  # "BUENOS AIRES": a dateline
    if any(w[0].islower() and w.lower().partition("-")[0] not in PARTICLES for w in words):
        return True  # "Algerian lorry", "US-Russian ballerina"
    if words[-1].lower() in ORG_TAILS or words[0].lower() in ORG_HEADS:
        return True
    return name.casefold() in _known_names()


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Case-folded names of states, capitals, peoples, leaders ("Solomon Islanders"), cities,
    rights groups and listed companies."""
    cities = {" ".join(k).replace(" - ", "-") for k in city_table()}
    known = set(place_table()) | cities | set(monitor_table()) | set(entity_table())
    return frozenset(k.casefold() for k in known)


def tidy(name: str) -> str | None:
    """The name as a person's name, or None when the span names no one."""
    trimmed = _trimmed(name)
    return None if _no_one(trimmed) else trimmed


def shared_names(told: list[list[tuple[list[str], str]]]) -> list[set[str]]:
    """For each release of an article (given as the names and trigger lemma of each of its
    mentions), the surnames to leave out because another release of the article tells them more
    often, or by a trigger of its own rather than a whole swap's: one person is freed by one
    state, not by both sides of the swap that freed them ("Moscow freed X ... in exchange for Y")."""
    weights: list[dict[str, float]] = []
    for mentions in told:
        weight: dict[str, float] = {}
        for names, lemma in mentions:
            for surname in {n.split()[-1] for n in names if n}:
                # a trigger telling a swap as a whole ("exchanged prisoners, with Moscow freeing
                # X") gives names that may be either side's
                weight[surname] = weight.get(surname, 0.0) + (
                    1.0 if lemma in lx.SWAP_LEMMAS else 1.5
                )
        weights.append(weight)
    best: dict[str, float] = {}
    for weight in weights:
        for surname, w in weight.items():
            best[surname] = max(best.get(surname, 0.0), w)
    return [{s for s, w in weight.items() if w < best[s]} for weight in weights]


def clean_name(span: Span) -> str:
    """A name less its possessive and a leading honorific or rank ("Bishop", "Marine")."""
    name = span.text.removesuffix("'s").removesuffix("’s").strip()
    while " " in name and name[0].islower():  # NER took a word before it ("set free X Y")
        name = name.partition(" ")[2]
    return " ".join(without_titles(name.split(" "), HONORIFICS)) or name


def without_titles(words: list[str], titles: frozenset[str]) -> list[str]:
    """The words of a name less the titles, ranks and nationalities written before it ("Staff
    Sergeant X Y", "Norwegian X Y", "Frenchman X Y"), keeping at least one word."""
    table = place_table()
    start = 0
    while start < len(words) - 1:
        word = words[start]
        lower = word.lower().rstrip(".")
        demonym = table.get(word, ("", ""))[1] == "demonym" or lower in NATIONALITY_NOUNS
        rank = lower in RANK_PREFIXES and words[start + 1].lower().rstrip(".") in titles
        if lower not in titles and not demonym and not rank:
            break
        start += 1
    return words[start:]


TITLE_WORDS = lx.OFFICIAL_TITLES | HONORIFICS


def _name_words(found: str) -> list[str]:
    """The words of a name found in the text less the titles, nationalities and sentence words
    before it ("When Eirik Solheim", "the Norwegian Frode Berg", "Bishop Rolando Álvarez")."""
    words = found.split()
    ends = [i for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 3]
    words = words[ends[-1] + 1 :] if ends else words  # "Berg. When Eirik Solheim": a sentence end
    while len(words) > 2 and words[0].lower() in STOP_WORDS:  # not "Or Levy"
        words = words[1:]
    words = without_titles(words, TITLE_WORDS)
    # a title left inside ("US Marine Trevor Reed"): no full writing of the name
    return [] if any(w.lower().rstrip(".") in TITLE_WORDS for w in words[:-1]) else words


def full_names(names: list[str], text: str, keep: bool = False) -> list[str]:
    """Names as first written in full: a lone surname becomes the full name used elsewhere in the
    article ("Turnell" → "Sean Turnell"); a lone word never written in full is dropped, or kept
    (``keep``: a listed body is often named by one word, "Belaruskali"), and then only a person's
    writing completes it (not "Russia's Gazprom")."""
    out: list[str] = []
    for name in names:
        if " " not in name.strip():
            m = next(
                (
                    words
                    for f in re.finditer(
                        rf"\b((?:[A-Z][\w'’.-]+ ){{1,3}}){re.escape(name)}\b", text
                    )
                    if len(words := _name_words(f.group(0))) > 1
                    and not (keep and _not_a_person(words, text, f.start()))
                ),
                None,
            )  # the first full writing less its titles ("Bishop Álvarez" → "Rolando Álvarez")
            if m is None and not keep:
                continue
            name = " ".join(m) if m is not None else name
        if name not in out:
            out.append(name)
    return out


def _not_a_person(words: list[str], text: str, start: int) -> bool:
    """A writing before a listed one-word name that is no person's first name: more than one
    word, a sentence's first word ("The Minerven", "For Chevron"), a function word ("Besides
    Skydio"), a hyphened modifier ("Moscow-based Alfa-Bank"), an owner or a place ("Russia's
    Gazprom", "Minsk Belshina")."""
    first = words[0]
    return (
        len(words) != 2  # "Grodno Tobacco Factory Neman": a longer name, not a person's
        or start == 0
        or text[:start].rstrip(" ").endswith((".", "\n", ":", '"', "“"))
        or first.lower() in STOP_WORDS
        or re.search(r"-[a-z]", first) is not None
        or first.endswith(("'s", "’s"))
        or first in place_table()
    )
