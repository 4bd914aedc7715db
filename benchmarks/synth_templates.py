"""Sentence templates and word pools for the synthetic benchmark corpus (all text our own words).

A template is a ``str`` with ``{slot}`` placeholders. A slot name is a pool name from
:data:`POOLS` (or a computed slot from ``benchmarks.synth``), optionally followed by a digit so
that one sentence can ask for two different values of one pool (``{person}`` … ``{person2}``).
Off-topic pools and templates never contain the words "prisoner" or "sanction".
"""

from __future__ import annotations

# (name, adjective, capital, neighbour) of states that hold people.
HOLDERS: tuple[tuple[str, str, str, str], ...] = (
    ("Belarus", "Belarusian", "Minsk", "Lithuania"),
    ("Iran", "Iranian", "Tehran", "Turkey"),
    ("Russia", "Russian", "Moscow", "Finland"),
    ("Venezuela", "Venezuelan", "Caracas", "Colombia"),
    ("Nicaragua", "Nicaraguan", "Managua", "Costa Rica"),
    ("Myanmar", "Burmese", "Naypyidaw", "Thailand"),
    ("Cuba", "Cuban", "Havana", "Mexico"),
    ("Azerbaijan", "Azerbaijani", "Baku", "Georgia"),
    ("Eritrea", "Eritrean", "Asmara", "Ethiopia"),
    ("Tajikistan", "Tajik", "Dushanbe", "Uzbekistan"),
    ("North Korea", "North Korean", "Pyongyang", "China"),
    ("Syria", "Syrian", "Damascus", "Lebanon"),
    ("Turkmenistan", "Turkmen", "Ashgabat", "Kazakhstan"),
)

# (name, short form, capital, sanctioning body) of states and blocs that sanction.
SANCTIONERS: tuple[tuple[str, str, str, str], ...] = (
    ("the United States", "US", "Washington", "the Treasury"),
    ("the European Union", "EU", "Brussels", "the Council of the EU"),
    ("Britain", "UK", "London", "the Foreign Office"),
    ("Canada", "Canada", "Ottawa", "Global Affairs Canada"),
    ("Switzerland", "Swiss", "Bern", "the economics secretariat"),
    ("Japan", "Japan", "Tokyo", "the finance ministry"),
    ("Australia", "Australia", "Canberra", "the foreign affairs department"),
    ("Norway", "Norway", "Oslo", "the foreign ministry"),
)

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_ABBR = (
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# fmt: off
POOLS: dict[str, tuple[str, ...]] = {
    "first": (
        "Anna", "Pavel", "Maryam", "Jorge", "Lin", "Tomas", "Olena", "Ahmed", "Sofia", "Ruslan",
        "Nadia", "Carlos", "Yusuf", "Irina", "Daniel", "Leyla", "Marco", "Aisha", "Viktor", "Elena",
        "Farid", "Lucia", "Sergei", "Hana", "Ibrahim", "Katya", "Diego", "Amina", "Oleg", "Rosa",
    ),
    "last": (
        "Kovalenko", "Mirzaei", "Herrera", "Novak", "Sadykov", "Petrova", "Castillo", "Rahimi",
        "Zhukov", "Morales", "Aliyev", "Hossain", "Varga", "Lindqvist", "Okafor", "Baranov",
        "Quintero", "Nasser", "Tkachuk", "Ferreira", "Karimov", "Dubois", "Yilmaz", "Halloran",
        "Sokolova", "Ortega", "Mammadov", "Brennan", "Vasquez", "Ismailov",
    ),
    "group": (
        "political prisoners", "prisoners", "detainees", "opposition activists", "journalists",
        "foreign nationals", "inmates held on political charges", "dissidents", "hostages",
        "people jailed after the protests",
    ),
    "foreigner": (
        "a US citizen", "a French aid worker", "two German tourists", "a Polish priest",
        "a British academic", "three Americans", "a Japanese businessman", "a Lithuanian driver",
    ),
    "profession": (
        "journalist", "lawyer", "blogger", "trade union leader", "teacher", "human rights defender",
        "student activist", "opposition politician", "priest", "economist", "photographer",
    ),
    "rights_group": (
        "the rights group Viasna", "Amnesty International", "Human Rights Watch",
        "a local monitoring group", "the UN human rights office", "Memorial",
        "the Committee to Protect Journalists", "rights groups", "the Free Voices Centre",
    ),
    "leader_title": ("President", "Supreme Leader", "Prime Minister", "General", "Chairman"),
    "sector": (
        "potash", "oil", "gas", "aviation", "banking", "gold", "timber", "tobacco", "fertilizer",
        "steel", "shipping", "defense", "petrochemicals", "mining", "finance", "technology",
    ),
    "company": (
        "Belaruskali", "Grodno Azot", "Belavia", "Naftan", "Petrol Union", "Kaspi Metals",
        "Northern Shipping Line", "Eastgate Bank", "Red Star Tobacco", "Mostok Timber",
        "Caspian Fertiliser Works", "National Gold Trust", "Sever Aviation", "Orient Petrochem",
    ),
    "mediator": (
        "Qatar", "the Vatican", "Oman", "Switzerland", "the United Arab Emirates", "Turkey",
        "Norway", "a retired ambassador", "the International Committee of the Red Cross",
    ),
    "mediator_city": ("Doha", "Muscat", "Geneva", "Abu Dhabi", "Istanbul", "Rome", "Oslo"),
    "city_on": (
        "Gomel", "Isfahan", "Vladimir", "Maracaibo", "Leon", "Mandalay", "Santa Clara", "Ganja",
        "Massawa", "Khujand", "Novopolotsk", "Tabriz", "Perm",
    ),
    "ministry": (
        "interior ministry", "foreign ministry", "prosecutor's office", "presidential palace",
        "central prison", "state security building",
    ),
    # Off-topic pools.
    "team": (
        "Riverside United", "Harbour City", "the Northern Hawks", "Eastfield Rovers", "Valley Town",
        "the Coastal Stars", "Old Mill Athletic", "Granite FC", "the Lakeside Lions", "Port Albion",
    ),
    "athlete": (
        "striker", "winger", "goalkeeper", "captain", "midfielder", "veteran defender",
        "young forward", "point guard", "sprinter", "opening batter",
    ),
    "stadium": (
        "the Meadow Ground", "Central Arena", "the Old Quay Stadium", "Hillside Park",
        "the Riverside Bowl", "Victoria Field",
    ),
    "city": (
        "Lyon", "Porto", "Leeds", "Graz", "Aarhus", "Bilbao", "Krakow", "Utrecht", "Gothenburg",
        "Turin", "Cork", "Brno", "Ghent", "Tampere", "Valencia", "Bergen",
    ),
    "region": (
        "the north-west", "the coastal counties", "the central plains", "the highlands",
        "the southern valleys", "the capital region", "the islands",
    ),
    "crop": ("wheat", "barley", "grape", "olive", "apple", "potato", "maize"),
    "company_biz": (
        "Hartwell Foods", "Bluefin Logistics", "Corvan Motors", "Alder Retail", "Quayside Brewing",
        "Meridian Paper", "Sable Insurance", "Norrow Pharmaceuticals", "Tilbury Homes",
        "Greystone Cement", "Ostrava Glassworks", "Pellham Textiles",
    ),
    "product": (
        "electric vans", "frozen meals", "home insurance", "flat-pack furniture", "craft beer",
        "cargo handling", "generic medicines", "office paper", "solar roof tiles",
    ),
    "tech_co": (
        "Quillon", "Brightlattice", "Nimbusware", "Orrery Labs", "Tesserae", "Kestrel Devices",
        "Pinecone Systems", "Lumen Circuit",
    ),
    "software": (
        "photo editing", "accounting", "navigation", "video calling", "spreadsheet",
        "password manager", "mapping", "note-taking",
    ),
    "feature": (
        "offline maps", "faster file sync", "dark mode", "voice typing", "shared calendars",
        "larger screens", "end-to-end encryption", "battery saving",
    ),
    "art": (
        "early colour photographs", "medieval maps", "Baltic textiles", "ceramics from the coast",
        "postwar posters", "landscape paintings", "children's book illustrations",
    ),
    "street": (
        "Mill Lane", "the High Street", "Station Road", "Canal Walk", "Orchard Avenue",
        "Church Street", "the ring road",
    ),
    "project": (
        "a new bus lane", "the library extension", "a cycle bridge", "the market hall repairs",
        "a parking scheme", "the school expansion", "new street lighting",
    ),
    # Filler vocabulary, shared by both kinds of article.
    "f_subj": (
        "Local residents", "Several analysts", "A senior official", "Observers", "The report",
        "Experts in the field", "Many people in the area", "Commentators", "A spokesperson",
        "Critics", "Supporters", "Two researchers", "The newspaper's editorial",
    ),
    "f_verb": (
        "questioned", "welcomed", "pointed to", "described", "raised doubts about", "praised",
        "played down", "drew attention to", "asked about", "compared", "warned about",
    ),
    "f_obj": (
        "the timing of the announcement", "the cost of the plan", "the reaction of the public",
        "the figures published last week", "the lack of detail", "a similar case from last year",
        "the mood in the capital", "the pace of recent changes", "the wording of the statement",
        "the long-term consequences", "an earlier promise", "the way the decision was made",
    ),
    "f_tail": (
        "in an interview", "on social media", "after the meeting", "in a written statement",
        "according to people familiar with the matter", "speaking on condition of anonymity",
        "at a news conference", "in a radio debate", "later in the day",
    ),
}
# fmt: on

FILLER: tuple[str, ...] = (
    "{f_subj} {f_verb} {f_obj} {f_tail}.",
    "{f_subj} {f_verb} {f_obj}, while others {f_verb2} {f_obj2}.",
    "{f_subj} also {f_verb} {f_obj}.",
    "{first} {last}, who has followed the matter for years, {f_verb} {f_obj} {f_tail}.",
    "It was not clear how {f_obj} would affect {f_obj2}.",
    "{f_subj} said more details were expected {when}.",
    "The story was first reported by a regional outlet {when}.",
)

ON_HEADLINES: tuple[str, ...] = (
    "{holder} frees {count} prisoners as {s_short} eases sanctions",
    "{person} released after {num_words} years in {holder_adj} jail",
    "{s_short} imposes new sanctions on {holder}",
    "Prisoner swap brings {person} home",
    "Rights group says {big_count} still held in {holder}",
    "{holder} pardons {count} {group}",
    "{s_short} lifts curbs on {holder_adj} {sector} after releases",
    "{holder_adj} detainees freed in deal brokered by {mediator}",
)

ON_LEADS: tuple[str, ...] = (
    "{holder} freed {count} {group} {when}, according to {rights_group}.",
    "Authorities in {capital} released {count} {group}, among them {person} and {person2}.",
    "{leader_title} {leader} pardoned {count} {group} {when} and ordered them set free.",
    "{s_name} imposed fresh sanctions on {num_words} {holder_adj} officials {when}.",
    "{s_name} eased sanctions on {holder_adj} {sector} {when} after {holder} released "
    "{count} {group}.",
    "{person}, a {profession} jailed since {year}, was released from a prison near {city_on} "
    "{when}.",
    "{holder} handed over {foreigner} in a prisoner swap with {s_name} {when}.",
)

ON_BODY: tuple[str, ...] = (
    # releases
    "The released {group} were flown to {dest} early on {weekday}, officials there said.",
    "{count} {group} walked out of a prison near {city_on} {when}, relatives told reporters.",
    "Among those set free was {person}, who had served {num_words} years of a "
    "{num_small}-year sentence.",
    "{leader_title} {leader} signed a pardon covering {count} {group} {when}.",
    "Guards drove {person} to the border with {neighbour}, where diplomats were waiting.",
    "{person}, a {profession}, was freed together with {person2} and {person3}.",
    "The freed {group} crossed into {neighbour} on foot, a border official said.",
    "Some of those released said they had been told to leave the country immediately.",
    "{holder_adj} state media showed {person} signing a request for clemency before the release.",
    "In {month}, {holder} had freed another {count} detainees in a similar gesture.",
    # sanctions eased
    "In return, {s_name} lifted restrictions on {company}, the state {sector} producer.",
    "{s_body} said it was easing measures against {holder_adj} {sector} exports and would "
    "remove {company} from its list.",
    "{s_name} suspended sanctions on the national carrier for {num_words} months.",
    "A licence issued by {s_body} now allows dealings with {company} until {month} {year}.",
    "Officials in {s_capital} said the sanctions relief covered {sector} and {sector2}.",
    # sanctions imposed
    "{s_name} imposed sanctions on {num_small} judges and prison officials {when}.",
    "{s_body} added {num_small} entities, including {company}, to its sanctions list.",
    "{s_name} extended its embargo on {holder_adj} {sector} for another year.",
    "Officials in {s_capital} announced an export ban on {sector} equipment bound for {holder}.",
    "The asset freezes apply to {person} and {num_words} other senior officials.",
    # swaps and deals
    "The releases were part of a deal under which {s_name} agreed to ease sanctions on {holder}.",
    "Under the swap, {holder} handed over {person} in exchange for {person2}.",
    "Diplomats described the arrangement as a trade: prisoners for relief on {sector} exports.",
    "The exchange took place at the airport in {dest} after weeks of talks mediated by {mediator}.",
    "Negotiations were led by {person3}, a special envoy of {s_name}.",
    "{mediator} said it had helped arrange the prisoner exchange over several months.",
    # stocks
    "{rights_group} says more than {big_count} political prisoners remain behind bars in {holder}.",
    "By the count of {rights_group}, about {big_count} people are still held on political charges.",
    "Even after the releases, {rights_group} estimates that {big_count} detainees are still "
    "in custody.",
    "Nearly {big_count} prisoners of conscience are still jailed, {rights_group} said {when}.",
    # context and distractors
    "{leader_title} {leader} has governed {holder} since {year}.",
    "{person3}, a spokesperson for {rights_group}, called the move a welcome but small step.",
    "Critics said the gesture did little to change conditions for those still jailed.",
    "Families gathered outside the {ministry} in {capital} to wait for news.",
    "The government in {capital} did not comment on the terms of the release.",
    "{s_name} has demanded the release of all remaining political prisoners.",
    "Officials said further sanctions relief would depend on more releases.",
    "{holder} denied that it would free {person} under any deal.",
    "Lawmakers in {s_capital} have proposed new sanctions if the crackdown continues.",
    # background without the vocabulary of the story
    "The country held a disputed presidential vote in {year} that observers did not recognise.",
    "{holder_adj} officials have long described their critics as agents of foreign powers.",
    "Inflation in {holder} has climbed above {num_small} percent this year.",
    "Relations between {holder} and {s_name} have been tense for more than a decade.",
    "{person3}, an analyst at a think tank in {s_capital}, said the timing was deliberate.",
    "The {holder_adj} economy depends heavily on exports of {sector} and {sector2}.",
    "Independent media have been shut down and many reporters work from abroad.",
    "{leader_title} {leader} told a televised meeting that the country would not bow to pressure.",
    "Opposition figures living in exile welcomed the news with caution.",
    "Diplomats said talks had been held quietly in {mediator_city} since {month}.",
)

OFF_TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # topic: (headlines, body sentences)
    "sports": (
        (
            "{team} beat {team2} to stay top of the league",
            "Late goal sends {team} into the cup final",
            "{team} {athlete} ruled out for {num_words} weeks",
        ),
        (
            "{team} beat {team2} {score} in {city} on {weekday}.",
            "The {athlete} scored twice in the second half to settle the match.",
            "The coach, {person}, said the squad had worked hard all week.",
            "A crowd of {crowd} watched the game at {stadium}.",
            "{team} are now {num_words} points clear at the top of the table.",
            "The {athlete} will miss the next {num_words} games with a hamstring injury.",
            "Tickets for the final go on sale on {weekday}.",
            "{team2} had won their previous {num_words} home games.",
            "The referee was criticised for a late penalty decision.",
            "Both clubs said they would appeal against the fines handed down by the league.",
            "The visitors had the better of the first half hour but could not find a way through.",
            "{team2} coach {person} admitted his side had been second best.",
            "The club confirmed that the {athlete} has signed a contract until {year}.",
            "Attendance this season is up by {pct} percent, the league said.",
            "The next fixture is away at {stadium} on {weekday}.",
            "Supporters' groups have asked for cheaper tickets for away games.",
        ),
    ),
    "weather": (
        (
            "Heavy rain expected across {region}",
            "Record heat in {city} as summer arrives early",
            "Storm warning issued for {region}",
        ),
        (
            "Forecasters expect up to {mm} millimetres of rain across {region} by {weekday}.",
            "Temperatures reached {temp} degrees in {city} on {weekday}, the highest for {month}.",
            "A yellow warning for wind has been issued for the coast.",
            "Farmers said the dry spell had delayed the {crop} harvest.",
            "The weather service said conditions would ease by the weekend.",
            "Several roads near {city} were closed after flooding.",
            "Gusts of up to {kmh} kilometres an hour were recorded on exposed hills.",
            "Schools in {region} will open late on {weekday} because of snow.",
            "Ferry crossings were cancelled for a second day.",
            "Power cuts affected about {crowd} homes overnight, the network operator said.",
            "Drivers were advised to avoid mountain passes until the ice clears.",
            "The last comparable storm hit {region} in {year}.",
            "Rainfall for {month} was almost double the long-term average.",
            "Fire crews pumped water from basements in the old town of {city}.",
            "A cooler air mass is forecast to arrive from the north on {weekday}.",
        ),
    ),
    "business": (
        (
            "{company_biz} profit beats forecasts",
            "{company_biz} shares fall after weak quarter",
            "{company_biz} raises dividend as sales grow",
        ),
        (
            "{company_biz} reported quarterly revenue of {money}, up {pct} percent from a year "
            "earlier.",
            "Shares in {company_biz} rose {pct} percent in early trading.",
            "The chief executive, {person}, told analysts that demand for {product} stayed strong.",
            "Net profit came to {money}, ahead of market expectations.",
            "The board raised the dividend to {num_small} cents a share.",
            "The company plans to open {num_words} new sites in {city} next year.",
            "Costs rose because of higher energy and wage bills, the finance director said.",
            "Analysts at a local brokerage cut their price target by {pct} percent.",
            "The results were published before the market opened on {weekday}.",
            "The company cut its forecast for the full year, citing weaker orders from {city}.",
            "Revenue from {product} grew faster than any other division.",
            "{company_biz} said it would buy back shares worth {money}.",
            "Trade unions at the plant in {city} are negotiating a new wage deal.",
            "The firm employs about {crowd} people in {num_words} countries.",
            "Debt fell to {money} at the end of the quarter.",
        ),
    ),
    "technology": (
        (
            "{tech_co} unveils new {software} app",
            "{tech_co} chip promises longer battery life",
            "{tech_co} fixes security flaws in update",
        ),
        (
            "{tech_co} released a new version of its {software} software on {weekday}.",
            "The update adds {feature} and fixes {num_words} security flaws.",
            "Engineers at {tech_co} said the new chip uses {pct} percent less power.",
            "{tech_co} plans to release the phone in {month}.",
            "Reviewers praised the design but said the price of {money} was steep.",
            "The company said {big_count} developers had signed up for the test programme.",
            "A spokesperson for {tech_co} said user data would stay on the device.",
            "The app will be free for students until {month} {year}.",
            "Early tests suggested the battery lasts about {num_words} hours of video.",
            "The company did not say how many units it expects to sell.",
            "Rivals have launched similar products at lower prices.",
            "A bug in the previous version caused some devices to restart without warning.",
            "{tech_co} shares ended the day {pct} percent higher.",
            "The device goes on sale in {city} and {num_words} other cities first.",
        ),
    ),
    "culture": (
        (
            "New exhibition of {art} opens in {city}",
            "{first} {last} returns with a quiet new album",
            "Festival in {city} draws record crowds",
        ),
        (
            "The band's new album, released on {weekday}, went straight to the top of the charts.",
            "{person}'s new novel follows a family of bakers in {city}.",
            "The festival drew {crowd} visitors over {num_words} days.",
            "The museum in {city} opened an exhibition of {art} on {weekday}.",
            "Critics praised the staging but found the second act too long.",
            "The film will be released in cinemas in {month}.",
            "The orchestra will tour {num_words} cities before the end of {year}.",
            "Tickets cost {money} and are available from the box office.",
            "The director, {person}, said the project had taken {num_words} years.",
            "The author will read from the book at the library in {city} on {weekday}.",
            "Ticket sales were up by {pct} percent on last season.",
            "The gallery said {crowd} people visited in the first week.",
            "The choir performed works by local composers to a full hall.",
            "Reviewers singled out the lead actor, {person}, for praise.",
            "A second exhibition, of {art}, is planned for {month}.",
        ),
    ),
    "local": (
        (
            "{city} council approves {project}",
            "Residents of {city} object to {project}",
            "Mayor of {city} sets out budget plans",
        ),
        (
            "The council in {city} voted {vote} to approve {project}.",
            "Mayor {person} said the budget would fund {num_words} new classrooms.",
            "Residents complained about potholes on {street}.",
            "The planning committee will meet again on {weekday}.",
            "Opposition councillors said {project} would cost too much.",
            "About {crowd} people signed a petition against the plan.",
            "Work on {street} is due to start in {month}.",
            "The council tax will rise by {pct} percent from April.",
            "A public hearing on {project} is set for {month} {year}.",
            "The council's finance chief, {person}, said reserves were running low.",
            "Bus fares in {city} will stay the same for another year.",
            "Shopkeepers on {street} said the roadworks had cut their takings.",
            "The vote followed a three-hour debate that ran late into the evening.",
            "A new recycling scheme will begin in {month}.",
            "Turnout at the last local election was {pct} percent.",
        ),
    ),
}
