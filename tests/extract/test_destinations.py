"""Where the freed went: moved-to places, "home", the other side of a swap; who held them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Belarus freed 14 prisoners, who were flown to Vilnius.", "LTU"),
        ("Nicaragua expelled 135 prisoners to Guatemala on Friday.", "GTM"),
        ("Iran freed the two Danes, who are home in Copenhagen.", "DNK"),
        ("Venezuela freed six Americans, who were flown home to Washington.", "USA"),
        ("Moscow freed the Estonian, who arrived in Tallinn on Friday.", "EST"),
        ("In exchange, Georgia freed three Russian soldiers.", "RUS"),
        ("Belarus freed 14 prisoners on Friday.", None),
        ("Belarus freed 14 prisoners, who had been held in Minsk.", None),
        ("Belarus freed three Poles on Friday.", None),
    ],
)
def test_destination(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # a trip noun takes the freed somewhere
        ("Laos freed two Thai monks and put them on a flight to Bangkok.", "THA"),
        (
            "Iran released the engineer Omid Rad, who boarded a plane bound for the United States.",
            "USA",
        ),
        # a city that is no capital
        ("Cambodia freed three Australians, who landed in Sydney on Sunday.", "AUS"),
        ("Syria freed two Americans and flew them on a small jet to Chicago.", "USA"),
        # a city where someone was from or held is no destination
        ("Belarus freed an American from Texas on Friday.", None),
        ("Egypt freed two men who had been held in Alexandria.", None),
    ],
)
def test_destination_by_trip_and_city(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


# --- the other side of a swap, told as an earlier act ---
@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # the act of the story: its people go home to the other side
        ("In return, Armenia freed four Azerbaijani soldiers on Tuesday.", "AZE"),
        # an earlier swap dated by its month or year only: where its people went is unsaid
        ("In March 2021, Armenia freed four Azerbaijani soldiers in return for fifteen.", None),
        ("Last October, Chile released two Peruvian sailors in exchange for a fisherman.", None),
        ("Years ago, Oman freed three Yemeni fishermen in a swap for a merchant.", None),
        # stated places still count, whenever the act
        ("In March 2021, Armenia freed four soldiers, who were flown to Baku.", "AZE"),
    ],
)
def test_swap_destination_of_the_story_not_of_the_background(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


# --- a journey told on: where the freed ended up ---
@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Peru freed Ana Ruiz, who was flown to Panama before continuing to Madrid.", "ESP"),
        ("Oman freed two Danes, who were flown to Doha and then taken on to Copenhagen.", "DNK"),
        (
            "Syria freed Tom Hale and put him on a flight to Amman, from where he travelled on to "
            "London.",
            "GBR",
        ),
        # places only listed: no one place
        ("Belarus freed 14 prisoners, who were flown to Vilnius and Warsaw.", None),
    ],
)
def test_the_last_place_of_a_journey_told_on(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


# --- the end of a journey: where they arrived, an airport, "on to", a noun "home" ---
@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # a stop, then the place they arrived at
        ("Chad freed Luc Brun, who was flown to Rabat and landed in Paris that night.", "FRA"),
        (
            "Mali freed two Swiss nurses, who were flown to Dakar and reached Geneva on Sunday.",
            "CHE",
        ),
        ("Laos freed Kai Ito, who was driven to the border before flying on to Tokyo.", "JPN"),
        # an airport is a place in its country
        ("Oman freed Jane Roe, who landed at Heathrow on Friday.", "GBR"),
        ("Iran freed two Americans, who arrived at Dulles airport on Sunday.", "USA"),
        ("Syria freed Dan Fox, who landed at Joint Base Andrews on Monday.", "USA"),
        # places only listed, or a reached place with no move before it: no destination
        ("Niger freed 14 prisoners, who were flown to Abuja and Accra.", None),
        # "home" as a noun is no move
        ("Venezuela freed Raul Perez, detained at his home in Cúcuta in May.", None),
    ],
)
def test_destination_at_the_end_of_a_journey(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


# --- "back in X": where the freed are back is where they went (session 12) ---
@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Russia freed an Estonian guard, who was back in Tallinn by the evening.", "EST"),
        ("Washington freed the Russian pilot, who was back in Moscow within hours.", "RUS"),
        ("The Philippines freed seven Chinese fishermen, who are now back in China.", "CHN"),
        # a fronted scene-setter or a year is no place they went back to
        ("Back in Moscow, officials said Russia had freed two Estonians.", None),
        ("Russia freed two Estonians who had been detained back in 2019.", None),
    ],
)
def test_back_in_a_place(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


# --- a swap dated by a calendar day is told, not sent home (session 12) ---
@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("On May 6, Russia released 45 Ukrainian fighters in return for three pilots.", None),
        ("On 3 January, Armenia freed four Azerbaijani soldiers in exchange for two.", None),
        # a weekday dates the story's own act: its people go home to the other side
        ("In return, Armenia freed four Azerbaijani soldiers on Tuesday.", "AZE"),
        # a stated place still counts
        ("On May 6, Russia released 45 Ukrainians in a swap, and they were flown to Kyiv.", "UKR"),
    ],
)
def test_swap_dated_by_a_calendar_day(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


# --- a homeland the freeing state controls is no event's destination (session 14) ---
@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("In return, Israel freed 110 Palestinian prisoners on Thursday.", None),
        (
            "Israel released 183 Palestinian prisoners on Saturday, who were driven to Ramallah.",
            None,
        ),
        # a stated place abroad still counts
        ("In return, Israel freed 70 Palestinian prisoners, who were flown to Cairo.", "EGY"),
        # other nationalities in a swap still go home
        ("In return, Armenia freed four Azerbaijani soldiers on Tuesday.", "AZE"),
    ],
)
def test_palestinians_freed_by_israel_have_no_destination(spacy_extractor, text, destination):
    from .builders import inline

    events = [e for e in spacy_extractor(inline(text)).events if e.type == "release"]
    assert [e.destination for e in events] == [destination]


# --- named people sent "home" go to the country their description gives (session 14) ---
@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("Russia freed the American teacher Mark Fogel on Tuesday and flew him home.", "USA"),
        ("Venezuela freed the American Joseph Clair and sent him home on Friday.", "USA"),
        ("Russia freed three Americans on Tuesday and flew them home.", "USA"),
        # no nationality told: home says no country
        ("Russia freed Mark Fogel on Tuesday and flew him home.", None),
    ],
)
def test_named_people_sent_home(release_mentions, text, destination):
    assert release_mentions(text)[0].destination == destination


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # sent "(back) to their homeland": the country of their nationality (v15)
        ("Latvia released two Belarusian prisoners and sent them back to their country.", "BLR"),
        ("Two jailed Georgians were freed by Armenia and returned to their homeland.", "GEO"),
        ("Latvia released two Belarusian prisoners who had been arrested in their homeland.", None),
        # citizens named by their country's name, not a demonym
        ("Venezuela freed three US citizens on Friday and flew them home.", "USA"),
        ("Latvia freed two citizens of Belarus and sent them home.", "BLR"),
        ("Latvia freed two citizens of Belarus on Friday.", None),
    ],
)
def test_people_sent_to_their_homeland(release_mentions, text, destination):
    m = release_mentions(text)[0]
    assert m.destination == destination


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # (v18) moves by bus, ferry or airlift take people somewhere too
        ("Twenty prisoners were released on Monday and bused into Lithuania.", "LTU"),
        ("Eritrea freed nine fishermen, who were ferried to Yemen.", "YEM"),
        ("Sudan released four aid workers, who were airlifted to Kenya.", "KEN"),
        # a country named on a body or official is no place anyone was taken
        (
            "Belarus released 14 prisoners on Saturday, and they were driven to Vilnius, the US"
            " embassy in Lithuania said.",
            "LTU",
        ),
        ("Belarus released 14 prisoners, US officials in Vilnius said.", None),
        # cities added in v18 (only as where the freed were taken)
        ("Sri Lanka released 22 fishermen, and they were flown to Chennai.", "IND"),
        ("China freed the two Canadians, who landed in Calgary on Saturday.", "CAN"),
        ("Sri Lanka released 22 fishermen arrested off Chennai.", None),
    ],
)
def test_destination_by_bus_ferry_and_over_bodies(release_mentions, text, destination):
    assert release_mentions(text)[0].destination == destination


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # (v18) money moved somewhere is no one's journey
        (
            "Washington freed five Iranians in return and allowed six billion dollars of oil"
            " revenue to be moved to Qatar.",
            "IRN",  # the other side of the swap, not where the money went
        ),
        ("Iran freed five Americans once $6bn had been moved from South Korea to Qatar.", None),
        ("Iran freed five Americans, who were moved to Qatar on Monday.", "QAT"),
        # the seat of a bloc is a city of a state
        ("Iran freed the Belgian aid worker, who was flown to Muscat, then on to Brussels.", "BEL"),
    ],
)
def test_money_moved_and_a_blocs_seat(release_mentions, text, destination):
    assert release_mentions(text)[0].destination == destination


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        # sessions 24, 25: "handed back" or "sent back" with only the freed people's nationality
        # and no receiving side or swap has no destination (session 23's receiving side is one
        # the text names)
        ("Azerbaijan handed back two Armenian soldiers at a border checkpoint on Friday.", None),
        ("Russia handed back 30 Ukrainian civilians at a checkpoint in the Sumy region.", None),
        ("Cambodia handed back a dozen Vietnamese fishermen on Friday.", None),
        ("Malaysia freed 12 Indonesian fishermen on Monday and sent them back.", None),
        # a swap's handover goes to the other side; a stated country is a destination
        ("In the swap, Russia handed back 30 Ukrainian soldiers on Friday.", "UKR"),
        ("Malaysia freed 12 Indonesian fishermen and sent them back to Indonesia.", "IDN"),
        # negatives: a handover at a border is no destination; the releasing state's own people
        ("Azerbaijan handed over two Armenian soldiers at a border checkpoint on Friday.", None),
        ("Armenia handed back three soldiers at the border on Friday.", None),
    ],
)
def test_handed_back_with_only_a_nationality(release_mentions, text, destination):
    (m,) = release_mentions(text)
    assert m.destination == destination
