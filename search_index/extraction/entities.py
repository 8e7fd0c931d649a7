"""People and organisations: find names, strip titles, link every later form back to one entity.

Rules, not a model: a run of capitalised words is a person when a title precedes it (`Foreign Minister Arvid
Kellan`, `campaign manager Mira Osk`), when it starts with a known given name (`Tomas Brandt`), or when a
speech verb is next to it (`Dalby said`); an organisation when it contains an organisation word (`Ministry`,
`Corp`, `Council`) or is an acronym defined in parentheses. Later forms are linked back: a surname alone, `Mr`/`Ms`
plus surname, `the minister` when only one minister has been named; an acronym, a shorter tail of the full name
(`the Foreign Ministry`), or `the ministry` when only one ministry has been named.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .body_names import BODY_WORDS, word_order_key
from .lexicon import Lexicon, generic_heads, lexicon
from ..dateline import parse_dateline

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-&][^\W_]+)*")
_SMALL_WORD_BEFORE_RE = re.compile(r"(?<![\w’'\-])([a-z]+)[ \t\xa0]+$")  # a whole word in small letters right before
_NAME_GOES_ON_RE = re.compile(r"[ \t\xa0]+(?:[A-Z&]|(?:and|of)[ \t\xa0]+[A-Z])")  # (`Comcast Corp`, `Fox and Co`)
_WORD_BEFORE_RE = re.compile(r"([a-z]+)\s+$")  # the lowercase word before a place (in the text up to it)
# a token with the spaces before it; an ampersand between spaces is one too (`Marks & Spencer`)
_SPACED_TOKEN_RE = re.compile(r"[ \t]*(" + _TOKEN_RE.pattern + r"|&(?=[ \t]))")
_ABBREV = {"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm", "Cmdr",
           "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "Prof", "Rev", "Hon", "Ft", "Mt", "No", "Dept"}
# given names written short with a dot, as old firms' names keep them (`Alex. Brown and Sons Inc`, `Wm. Wrigley Jr.
# Co`): the dot is the name's, no sentence's end
_GIVEN_ABBREVS = {"Alex", "Wm", "Chas", "Jas", "Thos", "Geo", "Robt", "Benj"}
_ABBREV |= _GIVEN_ABBREVS
_OF_AMERICA_RE = re.compile(r"[ \t]+(?:North[ \t]+|South[ \t]+|Latin[ \t]+)?America\b")
_HONORIFIC_ABBREVS = _ABBREV - {"St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "Ft", "Mt", "No", "Dept"} - \
    _GIVEN_ABBREVS
_PERSON_PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "du", "bin", "ibn", "al",
                     "el", "dos", "das", "di", "ter", "ten", "zu", "bint", "abu"}
_SURNAME_PARTICLES = _PERSON_PARTICLES - {"bin", "ibn", "bint", "abu", "al", "el"}  # what opens a surname alone
_ORG_CONNECTORS = {"of", "for", "and", "the", "on", "de", "&", "du", "des"}
# what Portuguese `do` (of the) goes before in the names of firms, banks and states (`General Motors do Brasil`,
# `Banco do Estado de Sao Paulo`, `Mato Grosso do Sul`), besides the places the lists know (`do Canada`)
_PORTUGUESE_PLACE_WORDS = frozenset(("Brasil", "Estado", "Sul", "Norte", "Nordeste", "Atlantico", "Rio", "Oeste"))
_QUESTION_WORDS = frozenset(("what", "why", "how", "where", "when", "who", "which"))
_NAME_WORD_RE = re.compile(r"[^\s,;:()]+")
# words a minister's portfolio ends in, that also end bodies' names (`Secretary of Energy`, `Minister of Finance`)
_PORTFOLIO_WORDS = {"Finance", "Energy", "Government", "State", "Trade", "Industry", "Defence", "Defense", "Health",
                    "Education", "Justice", "Labour", "Labor", "Agriculture", "Transport", "Treasury", "Commerce",
                    "Interior", "Affairs", "Security", "Development", "Planning", "Economy", "Culture", "Sport",
                    "Credit"}
# an officer's title that follows a body's name in wire copy (`Federal Reserve Chairman`), none a word of a name
_OFFICER_TITLES = {"chairman", "co-chairman", "chairwoman", "chair", "president", "vice president", "executive",
                   "chief executive", "director", "managing director", "governor", "commander", "economist",
                   "adviser", "advisor", "manager", "candidate", "deputy", "inspector general", "pollster", "spokesman",
                   "spokeswoman", "secretary", "treasurer", "minister"}
# the words that end a body's name (`… Party`, `… Board`), and the nouns in small letters after a name that say
# the capitalised words before them name something the body has (`Party Holyrood leader`, `Board World Sevens series`)
_BODY_ENDS = {"Party", "Board", "Council", "Committee", "Commission", "Association", "Federation", "Union"}
_RATING_RE = re.compile(r"[A-D]{1,3}-(?:minus|plus)")  # a debt's grade before the debtor's name (`A-minus`)
_OWNERS_S_RE = re.compile(r"['’]s$")  # `Party's`: the word, owning what follows
# the nouns that head a body's whole name (`… Association`, `University of …`): two names each with one, joined by
# `and`, are two bodies (`Midlothian Council and Scottish Borders Enterprise`); fields of work (`Research`,
# `Security`, `Development`) and `House`, `Government` (`House Oversight and Government Reform Committee`) are not
_BODY_NOUNS = frozenset({
    "Academy", "Agency", "Airlines", "Alliance", "Assembly", "Association", "Authority", "Bank",
    "Board", "Bureau", "Centre", "Center", "Coalition", "College", "Commission", "Committee", "Company",
    "Confederation", "Corporation", "Council", "Court", "Department", "Enterprise", "Federation", "Foundation",
    "Fund", "Institute", "Institution", "League", "Ministry", "Movement", "Office", "Organisation", "Organization",
    "Parliament", "Party", "Productions", "School", "Senate", "Society", "Trust", "Union", "University"})
_WHAT_A_BODY_HAS = {"leader", "leaders", "series", "show", "side", "team", "trials", "spokesman", "spokeswoman",
                    "chairman", "member", "members", "official", "officials", "candidate", "game", "championship",
                    "championships", "campaign", "event", "tournament", "cup"}
# titles of rank by birth, which name places and buildings (`Princess of Wales Theatre`, `Duke of York Hospital`)
_NOBILITY = {"prince", "princess", "duke", "duchess", "king", "queen", "earl", "countess", "lord", "lady", "baron",
             "marquess", "emperor", "empress"}
# after a dateline's place in capitals: its state or country, then the dash (`RYE, N.H. - `, `CHICO, Calif. - `)
_DATELINE_REGION_RE = re.compile(r",[ \t\xa0]+[A-Z][A-Za-z.]{1,12}(?:[ \t\xa0]+[A-Z][A-Za-z.]{1,12})?"
                                 r"[ \t\xa0]+[-–—]")
# bodies whose names go on with `on` and what they are on (`Committee on Foreign Relations`, `Council on …`)
_ON_BODIES = frozenset(("Commission", "Committee", "Subcommittee", "Council", "Conference", "Group", "Program",
                        "Programme", "Project", "Center", "Centre", "Board", "Force", "Institute", "Coalition",
                        "Convention", "Panel", "Forum", "Network", "Alliance", "Caucus", "Initiative", "Office",
                        "Bureau", "Agency", "Authority", "Tribunal", "Court", "Mail", "Summit", "Talks", "Treaty",
                        "Commissioner", "Commissioners", "Secretariat", "Campaign", "Foundation", "Partnership",
                        "Agreement", "Accord", "Declaration", "Protocol", "War"))  # (`War on Want`, `GATT`)
# what only a person does or has right after a name (`Sanders compared himself`, `Sanders's wife`): a word named
# alone is then someone, as beside a speech verb (not `, who`: bands and clubs are `who` as often)
_PERSON_SIGN_AFTER_RE = re.compile(r"[ \t\xa0]+(?!(?:to|for|by|with|of|about|on|in|at|from)\b)[a-z]+"
                                   r"[ \t\xa0]+(?:himself|herself)\b|"
                                   r"['’]s?[ \t\xa0]+(?:wife|husband|widow)\b")
_CAPITAL_THE_BEFORE_RE = re.compile(r"(?<![\w’'\-])The[ \t\xa0]+$")  # `The` right before a name: a work's, a band's
_CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w’'\-.]*[ \t\xa0]+$")
_TITLE_OF_BEFORE_RE = re.compile(r"(?<![\w'’])([A-Z][a-z]+)[ \t\xa0]+of[ \t\xa0]+(?:the[ \t\xa0]+)?$")
# a capitalised word right before a name, perhaps with a connector between (`Transport and `); an owner's `'s`
# before it is left out (`Pentagon's Project and `)
_WORD_BEFORE_NAME_RE = re.compile(r"(?<![\w'’])([A-Z][\w\-]*)[ \t\xa0]+(?:(?:and|of|for|&)[ \t\xa0]+)?$")
# capitalised words that start names of things, not people (`New Year`, `Special Drawing Rights`)
_COMMON_CAPITALISED = {"year", "report", "rights", "sales", "special", "health", "new", "novo", "republic", "inc",
                       "corp", "co", "ltd", "plc", "group", "day", "week", "month", "act", "bill", "law", "fund"}
_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
# `the New York Times on Tuesday`: a day or a month after a connector is when, not part of the name
_TIME_WORDS = _DAYS | _MONTHS | {"Super", "Election", "Christmas", "Thanksgiving", "Easter", "Memorial", "Labor",
                                 "Independence"}
# days and months that end a run of capitalised words without being part of the name (not `April`, `May`,
# `June` or `August`, which are given names too), unless a word before makes them a name (`Super Tuesday`,
# `Fox News Sunday`)
_TRAILING_DATES = (_DAYS | _MONTHS) - {"April", "May", "June", "August"}
_DAY_NAMERS = {"Super", "Black", "Bloody", "Cyber", "Good", "Ash", "Palm", "Easter", "Election"}
_DATE_NAMERS = _DAY_NAMERS | {"News"}
# words before an organisation word that say when or how someone served in it, not part of its name
# (`Retired Army Col. Jon Dalby`, `Then Army Secretary`)
_BEFORE_A_BRANCH = {"Retired", "Former", "Ret", "Ret.", "Onetime", "Veteran", "Then", "Now"}
# connectors that may join two names written side by side (`the Times and the Post`, `Edison Research for the
# Associated Press`)
_JOINING = frozenset(("and", "for", "on", "with", "at"))
# organisations whose name has `and` inside it (`Securities and Exchange Commission`, `Standard and Poor's
# Corp`): the words on either side of that `and`, which must not split the name in two
_AND_INSIDE = frozenset({("Securities", "Exchange"), ("Food", "Drug"), ("Ways", "Means"), ("Standard", "Poor's"),
                         ("Standard", "Poor"), ("Savings", "Loan"), ("Telephone", "Telegraph"), ("Cable", "Wireless"),
                         ("Procter", "Gamble"), ("Johnson", "Johnson"), ("Marks", "Spencer"), ("Light", "Power"),
                         ("Gas", "Electric"), ("Fish", "Wildlife"), ("Alcohol", "Tobacco"), ("Trade", "Industry"),
                         ("Housing", "Urban"), ("Science", "Technology"), ("Arts", "Sciences"), ("Health", "Human"),
                         ("Phillips", "Drew"), ("Black", "Decker"), ("Barnes", "Noble"), ("Ernst", "Young"),
                         ("Bank", "Trust"), ("Banking", "Trust"), ("Savings", "Trust"), ("Telegraph", "Telephone"),
                         ("Telephone", "Data"), ("Globe", "Mail"), ("Star", "Tribune"),
                         ("Internet", "American")})
# firms named by two names and `and` (where `Trade and Industry` is a department's words)
_FIRMS_OF_TWO = frozenset({("Standard", "Poor's"), ("Cable", "Wireless"), ("Procter", "Gamble"), ("Johnson", "Johnson"),
                           ("Marks", "Spencer"), ("Phillips", "Drew"), ("Black", "Decker"), ("Barnes", "Noble"),
                           ("Ernst", "Young")})
# a speech verb after a name, past an appositive of names (`Kemp, Republican of Ohio, said`) or a longer one that opens in
# lowercase or with an age (`Verveer, a friend of Mrs. Osk's who…, said`; not `Columbia, Sanders stepped up…, saying`)
# letters after a name for an office or an honour (`Guy Mansfield QC said`): between a name and its speech verb
POST_NOMINALS = frozenset(("QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"))
_POST_NOMINAL = r"(?:[ \t\xa0]+(?:" + "|".join(sorted(POST_NOMINALS)) + r")\b)?"
_CUE_AFTER_RE = re.compile(_POST_NOMINAL + r"(?:,\s*(?:[A-Z0-9][\w\-’']*\.?\s*|(?:of|the|and|for|from|in|at)\s+){1,6},|,\s*(?=[a-z0-9])(?:[^,.\n]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,110},)?"
                           r"\s+(?:[a-z]+ly\s+)?(?:(?:can|could|is|was|were|are)\s+(?:be\s+)?(?:heard|seen)\s+)?([a-z]+)")
_ROLE_COMMA_RE = re.compile(r"\b([a-z]{3,}),[ \t\xa0]+$")  # `his spokesman, ` before a name
# `the president of the Brazilian Coffee Institute, ` before a name
_ROLE_OF_COMMA_RE = re.compile(r"\b([a-z]{3,})[ \t\xa0]+(?:of|at|for)[ \t\xa0]+(?:the[ \t\xa0]+)?"
                               r"(?:[A-Z][\w\-&.'’]*[ \t\xa0]+(?:(?:of|and|for)[ \t\xa0]+)?){0,6}[A-Z][\w\-&.'’]*,[ \t\xa0]+$")
_COMMA_VERB_RE = re.compile(r",[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?([a-z]+)")  # `, wrote`, `, quickly added`
_NEXT_WORD_RE = re.compile(r"[ \t\xa0]+([a-z]+)\b")
_MID_SENTENCE_RE = re.compile(r"(?:\b[a-z]+|[,”\"])[ \t\xa0]+$")  # `said `, `, `, `," ` before a word
_JUST_NAMED = 600  # characters: a surname this close after someone named to open a sentence is theirs
_SENTENCE_START = r"(?:^|[.!?][”’\"']?[ \t\xa0]+|\n[ \t\xa0]*)"
_SENTENCE_START_RE = re.compile(_SENTENCE_START + "$")
# a sentence's start, or the start of quoted words (`chanting "Dump Trump."`)
_OPENS_WORDS_RE = re.compile(r"(?:" + _SENTENCE_START + r"|[ \t\xa0(]|^)[“\"‘«]?$")
_ORDINAL_ADVERBS = frozenset({"First", "Second", "Third", "Fourth", "Fifth", "Firstly", "Secondly", "Thirdly"})
# a word alone set off by commas after a capitalised word the name left out (`His friend, Saxon Spence, leader…`)
_SET_OFF_AFTER_A_WORD_RE = re.compile(r",[ \t\xa0]+[A-Z][a-z]+[ \t\xa0]+$")
# a sentence's or a line's opening, a connective after it or not (`But Parry, speaking…`)
_HEADS_A_SENTENCE_RE = re.compile(_SENTENCE_START + r"(?:(?:But|And|Yet|So|However|Meanwhile|Now),?[ \t\xa0]+)?$")
# speech verbs' third-person forms that are plural nouns as well, which an adjective opening a sentence takes
# (`Preliminary estimates put`, `Unconfirmed reports said`, `Detailed forecasts were`)
_PLURAL_NOUN_CUES = frozenset({"estimates", "reports", "forecasts", "points", "appeals", "claims", "comments",
                               "remarks", "calls", "questions", "replies"})
# speech verbs that are mostly verbs of anything (`Showers continued throughout the week`, `Testing begins at the
# end of March`): after one word opening a sentence, a speech verb only before what is said (`Kellan continued:
# "…"`, `Osk began, "…"`; `Chelsea began to dominate` and `Morton Mandel continues as chairman` are names still)
_WEAK_CUES = frozenset({"continue", "begin", "conclude"})
_SPEECH_NEXT_RE = re.compile(r"[ \t\xa0]*(?:[,:“\"‘]|that\b|by[ \t\xa0]+saying\b)")
# a sentence's head, or a quote's that opens one (`rates. "Dismal reports from the retail trade…`)
_SENTENCE_OR_QUOTE_START_RE = re.compile(r"(?:^|[.!?][”’\"']?[ \t\xa0]+|\n[ \t\xa0]*)[“\"‘]?$")
# what follows such a form used as a verb: its object or clause (`Hartley estimates that`, `… the damage at`)
_OBJECT_NEXT_RE = re.compile(r"[ \t\xa0]+(?:(?:out|that|the|a|an|its|his|her|their|about)\b|[$£€\d])")
_LONGEST_RUN = 40  # capitalised words in a row, beyond which a run is cut into windows (hostile input)
# speech verbs whose object after them is mostly a thing (`cited Treasury`, `described Medicare`), unlike `said`,
# `added`, `asked` or `told`, whose name after them is the speaker or the one spoken to
_THING_OBJECT_CUES = {"call for", "call out", "characterise", "characterize", "cite", "criticise", "criticize",
                      "dismiss", "hail", "label",
                      "describe", "highlight", "mention", "predict", "promise", "propose", "recommend", "report",
                      "reveal", "blame", "post", "deny", "confirm", "disclose", "specify", "spell out", "sum up",
                      "summarise", "summarize", "demand", "pledge", "read", "rule", "remember", "underline",
                      "underscore", "emphasise", "emphasize", "stress", "estimate", "forecast", "signal", "imply",
                      "indicate", "clarify", "hint", "repeat", "reiterate", "text", "email", "e-mail", "blog",
                      "answer", "sing", "begin", "mock"}
_CALLED_SOMETHING_RE = re.compile(r"\s+(?:[‘'“\"]|an?\b|the\b|[a-z])")
_REPORTED_CLAUSE_RE = re.compile(r"\s+(?:is|was|are|were|will|would|has|had|have|could|should|can|must|did|does|may|"
                                 r"might)\b")
_IF_NAMED = "?"  # a single word that is also a place: a person only when the story names someone by it in full
# the last words of events, awards and competitions, which are no organisations (`Norwich Union Grand Prix`)
_EVENT_ENDS = frozenset(("Awards", "Award", "Show", "Prix", "Festival", "Championship", "Championships", "Games",
                         "Olympics", "Cup", "Trophy", "Marathon", "Tournament", "Expo", "Rally", "Conference",
                         "Summit"))
# organisations compared with one another for short forms (`Foreign Ministry` after `Russian Foreign Ministry`),
# each against each: the most a story has over Reuters and BBC is 32; a text of thousands (a table, hostile input)
# is not compared, so that it costs its length rather than its length squared
_MOST_ORGS_COMPARED = 500
_COUNTRY_INITIALS = frozenset(("US", "U.S.", "UK", "U.K."))
# plural nouns that follow a country's initials as a class of things, not a name (`U.S. banks`, `U.K. securities`)
_COMMON_PLURALS = frozenset(("Banks", "Securities", "Products", "Assets", "Agencies", "Authorities", "Savings",
                             "Companies", "Firms", "Officials", "Airlines", "Carriers", "Farmers", "Exporters",
                             "Importers", "Producers", "Manufacturers", "Investors", "Interests", "Markets",
                             "Exports", "Imports", "Shares", "Stocks", "Bonds", "Prices", "Sales", "Troops",
                             "Lawmakers", "Negotiators", "Sources", "Insurers", "Brokers", "Dealers", "Traders",
                             "Automakers", "Refiners", "Utilities", "Telecommunications", "Subsidiaries"))
_MANY_CHANNELS = _COUNTRY_INITIALS | {"British", "American", "Britain", "America", "European", "Europe"}
_KINDS_OF_TV = frozenset(("mobile", "internet", "lcd", "plasma", "high-definition", "hd", "digital", "analogue",
                          "analog", "satellite", "cable", "interactive", "pay", "reality", "live", "multi-purpose",
                          "broadband", "terrestrial", "flat-screen", "widescreen", "3d"))
_PARTY_STATE_AFTER_RE = re.compile(r"[ \t\xa0]*\((?:[DRI]-[A-Z][A-Za-z.]{0,12}|[DRI]\.?)\)")  # `(R-Kans.)` after a name
_PARTY_STATE_RE = re.compile(r"[DRI]-[A-Z][A-Za-z]{0,12}\.?")  # a member of Congress's party and state
# the last words of laws and treaties (not `Law`: `Jude Law`)
_LAW_ENDS = frozenset(("Act", "Bill", "Treaty", "Agreement", "Accord", "Convention"))
# the last words of a portfolio's holder, unnamed (`the Public Works Minister`): a role, no organisation
_ROLE_ENDS = frozenset(("Minister", "Secretary", "Commissioner", "Spokesman", "Spokeswoman"))
# the last words of documents, plans and measures (`Autumn Statement`, `Gershon Report`, `New Year Honours List`,
# `Da Vinci Code`): no one's name, and no organisation's
_THING_ENDS = frozenset(("Statement", "Report", "List", "Chart", "Charts", "Index", "Code", "Agenda", "Plan",
                         "Product"))
# taxes and benefits, named like bodies (`National Insurance`, `Corporation Tax`, even with an organisation's word)
_TAX_ENDS = frozenset(("Tax", "Taxes", "Duty", "Duties"))
_TAXES = frozenset((("National", "Insurance"), ("Child", "Benefit"), ("Housing", "Benefit"), ("Tax", "Credit"),
                    ("Tax", "Credits"), ("Social", "Security")))
# the last words of places named like people (`Prince Edward Island`, `Myra Falls`, `Marion County`)
_PLACE_ENDS = frozenset(("County", "Island", "Islands", "Falls", "Square", "Avenue", "Heights", "Springs",
                         "Boulevard", "Canyon", "Peninsula"))
# a name that opens or ends so is a place or a building's, not a person's (`Fort Pierce`, `Mount Vernon`, `Trump
# Tower`; but `John Tower` opens with a given name)
_PLACE_OPENERS = frozenset(("Fort", "Mount", "Lake", "Port", "Cape"))
_BUILDING_ENDS = frozenset(("Tower", "Towers"))
_OWNER_RE = re.compile(r"(.+)['’]s")  # `UK's`, `Japan's`
_VENUE_ENDS = frozenset(("Hotel", "Airport", "Prison"))  # a building's or a site's name, no body (`Hilton Hotels` is)
# a plural, as a team's or a firm's name ends (`Charlotte Hornets`, `Brittany Ferries`; and, lost with them, a
# surname so written: `Victoria Adams`)
_PLURAL_RE = re.compile(r"[A-Z][a-z]+[^s'’]s")
# what a place's name ends in after a word that may be a given name too (`Victoria Street`, `Charlotte Square`)
_SITE_NOUNS = _PLACE_ENDS | _BUILDING_ENDS | _VENUE_ENDS | frozenset((
    "Street", "Road", "Park", "Station", "Cross", "Line", "Harbour", "Bridge", "Gardens", "Hall", "Centre", "Center",
    "Place", "Lane", "Arena", "Stadium", "Terrace", "Palace", "Embankment"))
_EVENTS = frozenset((("Golden", "Globe"), ("Golden", "Globes"), ("Six", "Nations"), ("Champions", "League"),
                     ("Europa", "League")))
# one-word organisations of wordlists/known_orgs.txt that are also common words or places (`Variety is…`, `in
# Chelsea`): organisations only on the evidence any name needs
_KNOWN_BUT_AMBIGUOUS = frozenset(("Variety", "Apple", "Chelsea", "Celtic", "Sears", "Standard", "Star"))
# a verb right after a name, then the rest of its sentence going on with `its`
# (`Apple has expanded its iPod family`, `Chelsea extended its lead`; not `Apple pie is popular for its…`,
# `Chelsea is known for its shops`, `Visitors to Chelsea love its markets`)
_GOES_ON_WITH_ITS_RE = re.compile(r"[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?(?:has|had|have|will|would|could|can|"
                                  r"[a-z]+ed|(?!was\b)[a-z]+(?<![iu]e)(?<![iu])s)\b[^.!?\n]{0,150}?\bits\b")
_KNOWN_MEDIA = {"Pravda": "newspaper", "Izvestia": "newspaper", "Tass": "agency"} | dict.fromkeys(
    ("Xinhua", "Interfax", "Itar-Tass", "Antara", "Belga", "Telam", "Notimex", "Yonhap", "Kyodo", "Jiji", "Bernama"),
    "agency") | dict.fromkeys(("Kommersant", "Vedomosti", "Handelsblatt", "Bild", "Granma", "Asahi", "Yomiuri",
                               "Mainichi"), "newspaper") | dict.fromkeys(
    ("Politico", "Breitbart", "BuzzFeed", "Gawker", "WikiLeaks"), "site") | dict.fromkeys(
    ("Facebook", "Twitter", "Instagram", "YouTube", "Snapchat", "LinkedIn", "Reddit"), "platform")
# the words of a state's bodies, named the same in every country (`Malaysia's Central Bank`, `Japan's Finance
# Ministry`): the place in front of them stays in the name
_GENERIC_BODY_WORDS = frozenset((
    "Central", "Finance", "Foreign", "Defence", "Defense", "Interior", "Justice", "Supreme", "National", "Federal",
    "State", "Reserve", "Economy", "Economic", "Trade", "Industry", "International", "Export", "Credits",
    "Guarantee", "Communications", "Development", "Agriculture", "Health", "Education", "Environment", "Energy",
    "Home", "Constitutional", "High", "Appeals", "Statistics", "Statistical", "Planning", "Labour", "Labor",
    "Transport", "Water", "Culture", "Information", "Oil", "Petroleum", "Football", "Stock", "Electoral", "Competition",
    "Data", "Protection", "Meteorological", "Monetary", "Financial", "Securities", "Tax", "Customs", "Public",
    "Works", "Housing", "Social", "Affairs", "Welfare", "Science", "Technology", "Research", "Atomic", "Nuclear"))
_PARTY_LABELS = frozenset(("Democrat", "Democrats", "Republican", "Republicans", "Socialist", "Socialists",
                           "Liberal", "Liberals", "Communist", "Communists", "Unionist", "Unionists", "Nationalist",
                           "Nationalists", "Conservative", "Conservatives", "Tory", "Tories"))
_PRONOUN_WORDS = frozenset(("He", "She", "It", "They", "We", "I", "You"))
# a preposition or a word of time right before a word (`in May`, `since June`, `last Monday`)
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|on|at|by|from|since|until|till|before|after|during|of|last|next|"
                                    r"early|late|mid|through|to)[ \t\xa0]+$", re.I)
_LABEL_WORDS = _PARTY_LABELS | {"Lib", "Dem", "Labour", "Green", "Democratic"}  # (`Lib Dem`, `Labour`, `Green`)
_SURNAMES_AS_ORG_WORDS = frozenset(("Chambers", "Church", "Press", "Wire", "Steel", "Power", "Banks", "Courier"))
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
_NUMBER_WORDS = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
                           "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundred", "Thousand"))
_HOLIDAYS = frozenset(("Christmas", "Easter", "Ramadan", "Eid", "Thanksgiving", "Diwali", "Passover", "Hanukkah",
                       "Halloween", "Lent", "Advent"))
_HOLIDAY_THING_AFTER_RE = re.compile(r"[ \t\xa0]+(?:party|parties|day|eve|season|shopping|holidays?|break|dinner|"
                                     r"message|address|card|cards|tree|week|weekend|sales|trading|period)\b")
_ROMAN_RE = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})")  # a number after a name, from II
_ACRONYM_STOP = {
    # formats, devices and other things named by letters, not organisations
    "MP3", "MP4", "USB", "ADSL", "DSL", "GPRS", "SMS", "MMS", "LCD", "LED", "HD", "HDTV", "DS", "PSP", "PS2", "PS3",
    "IE", "IP", "XP", "OS", "RSS", "DRM", "VHS", "GSM", "WIFI", "URL", "HTML", "PDF", "GPS", "CPU", "RAM", "DIY",
    "DJ", "QC", "OBE", "MBE", "CBE", "AWOL", "MEP", "MEPS", "MSP", "MSPS", "GB", "LA", "NYC", "RNB", "GTA", "CSI",
    "CEO", "CFO", "COO", "GDP", "GNP", "TV", "AM", "PM", "OK", "GMT", "EST", "EDT", "PST", "BST", "CET", "USD", "EUR",
    "DLR", "DLRS", "MLN", "BILLION", "PCT", "SHR", "CTS", "NET", "REVS", "QTR", "AVG", "VS", "INC", "CORP", "LTD",
    "ID", "PC", "CD", "DVD", "AI", "IT", "HIV", "AIDS", "DNA", "PR", "HQ", "ET", "AP", "PS", "RE", "NB", "OR", "AND",
    "THE", "FOR", "NOT", "BUT", "YES", "NO", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "MP", "MPS",
    "LP", "NYSE", "BPD", "KM", "KG", "MW", "GW", "MR", "MRS", "MS", "DR", "ST", "JR", "SR", "USS", "LTE", "UN's",
    "VCR", "UMD", "PVR", "CGI", "P2P", "PDA", "PDAS", "HSDPA", "RFID", "IPTV", "VOIP", "WAP", "ISP", "ISPS", "SIM",
    "FAQ", "API", "OLED", "DAB", "EPG", "VOD", "HDD", "DTT", "RPG", "MMO", "MMORPG", "FPS", "HD-DVD", "CCTV",
    "MRI", "IVF", "ADHD", "GCSE", "GCSES", "ASBO", "ASBOS", "SD", "FM", "LAN", "SUV", "SUVS", "LNG", "FDI", "SARS",
    "AGM", "GP", "GPS", "R&D", "Q&A", "R&B", "PE", "ATM", "ATMS", "PIN", "IQ", "UV",
    "ADR", "IPO", "ETF", "VAT", "FRN", "FRNS", "LC", "OEM", "OEMS", "ICT",
    "LIFO", "FIFO", "SDR", "SDRS", "PIK", "CWT", "CST", "CDT", "WTI", "FCOJ", "SPR", "MFN", "GST", "HMO", "HMOS", "ESOP",
    "BTU", "BTUS", "MTBE", "HFCS", "DRAM", "CMOS", "SQL", "UNIX", "DOS", "MS-DOS", "LPG", "EEP", "DVR", "PBX",
    "PL",  # `PL 480`, a law
    # roles, groups, laws, programmes, degrees and conditions named by letters in political news (`a super PAC`,
    # `an anti-Trump PAC`, `POTUS`, `MBA degrees`)
    "PAC", "PACS", "POTUS", "FLOTUS", "VP", "LGBT", "LGBTQ", "LGBTI", "PTSD", "WWI", "WWII", "FOIA", "TPP", "TTIP",
    "DACA", "DAPA", "JCPOA", "NCLB", "CHIP", "RINO", "RINOS", "MBA", "LSAT", "ASAP", "VIP", "VIPS", "WMD", "WMDS", "ZIP",
    # the states' postal letters, as the archives write them in tables, datelines and party labels (`ex-dock NY`,
    # `Dover, NH`, `R-AZ`); not `VA` (Veterans Affairs), `WI` (the Women's Institute), `SC` or `CA`, which name
    # bodies too; and places named by letters
    "AZ", "FL", "NH", "NJ", "NY", "OH", "VT", "MO", "GA", "MI", "TX", "NC", "MN", "IA", "NV",
    "DC", "NSW", "HK", "NZ", "PNG",
    "REUTER", "REUTERS", "REUTE", "FY", "YR", "NIL", "LOSS", "PROFIT", "OIL", "GAS", "NEW", "OLD", "OF", "TO", "IN",
    # months and the words of wire tables and market reports
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC", "MARCH", "APRIL", "JUNE",
    "JULY", "UP", "DOWN", "OFF", "OPEN", "HIGH", "LOW", "CLOSE", "CLOSED", "YEAR", "AN", "AS", "AT", "BY", "IS", "ON",
    "RING", "UNCH", "SETT", "TOTAL", "FOB", "CIF", "BID", "ASK", "ASKED", "SHORT", "LONG", "SPOT", "WEEK",
    # rates, indices and economic measures named by letters
    "LIBOR", "PIBOR", "HIBOR", "SIBOR", "FIBOR", "EURIBOR", "PSBR", "CPI", "PPI", "RPI", "GSP", "EMS", "ERM",
    # currencies and ratings
    "YEN", "STG", "DMK", "DFL", "SFR", "FFR", "BFR", "SKR", "NKR", "DKR", "LIT", "ECU", "AAA", "AA", "BBB", "BB", "CCC",
}
# the letters of things, never of a body, whose spelt-out words name the thing (`Digital Rights Management (DRM)`):
# those of the formats, devices, measures and terms above (all are in that list) that no organisation is also
# called by (not `CCC`, the Commodity Credit Corporation as well as a rating, nor `API`, `PPI`, `CPI`, `DEC`, `CCTV`)
_THING_ACRONYMS = frozenset((
    "DRM", "GPS", "LAN", "ICT", "RPI", "LIBOR", "PSBR", "ADSL", "DSL", "GPRS", "SMS", "MMS", "LCD", "LED",
    "HDTV", "USB", "RFID", "VOIP", "IPTV", "WAP", "PDA", "PVR", "DAB", "EPG", "VOD", "DTT", "RPG", "MMORPG", "MRI",
    "IVF", "ADHD", "GCSE", "ASBO", "SUV", "LNG", "FDI", "GDP", "GNP", "ATM", "PIN", "IPO", "ETF", "VAT", "FRN",
    "OEM", "HIV", "AIDS", "DNA", "SARS", "CGI", "P2P", "ISP", "URL", "HTML", "PDF", "RSS", "HSDPA", "OLED"))
# (and no word with a digit in it but a group of nations, `G-7`, `G8`, `G20`, and `U2`: `DEC7`, `MAR8`, `A-1`
# are dates and ratings, `C-17`, `MD-11`, `DP-9`, `PL-480` models, ratings and laws, and a broadcaster so named
# is listed, `S4C`, `TF1`; nor a wire's ticker in angle brackets, `Texaco Inc <TX>`, nor an exchange's letters
# after a ticker's dot, `Novo (NVO.CO)`)
_INDEFINITE_BEFORE_RE = re.compile(r"\b[Aa]n?[ \t\xa0]+$")
_TICKER_AFTER_RE = re.compile(r"[ \t\xa0]*<[A-Z0-9.]+>")  # `U.S. Trust <USTC>`: a wire's ticker after a firm
_TICKER_OPEN_RE = re.compile(r"(?:<[A-Z0-9.]*|\([A-Z0-9]+\.)$")
_WORD_ALONE_RE = re.compile(r"\b[A-Z][\w’'\-]*\b(?![ \t\xa0]+[A-Z&])")  # `by Coopervision and`, not `Home Loan Bank`
_MODEL_CODE_RE = re.compile(r"(?=[\w\-]*\d)[A-Za-z][\w\-]*")  # `C180`, `A320`, `CFM56-5`: a model's code
_SYMBOL_BEFORE_RE = re.compile(r"\bsymbols?[ \t\xa0]+[\"“']?$")  # `trades under the symbol TDM`: a ticker
_TICKER_DOT_AFTER_RE = re.compile(r"\.[A-Z]{1,3}\)")  # `(NVO.CO)`: the ticker before its exchange's letters
_DIGIT_RE = re.compile(r"\d")  # no person's name, and no organisation's initials but those above, has a digit
_GROUP_OF_NATIONS_RE = re.compile(r"G-?\d+")


def _names_a_medium(word: str, org) -> bool:
    """A media word that names one outlet on its own (`BBC`, `Reuters`, `the Times`), unlike `TV`, `Radio` or
    `Media`, which alone are common nouns."""
    return word.isupper() and word not in _ACRONYM_STOP or org.head in ("newspaper", "agency") and word not in (
        "Press", "Daily", "Weekly")


# the bodies news calls by two letters once it has named them (`EU` after `the European Union`)
# (`EC` is the European Community in a story that names it, as the wires of the 1980s did, and not the Commission)
# the roles of a club's people after its town (`Newcastle manager Graeme Souness`), and the places whose name
# before them is a national side's or a continent's, no club's (`England captain`, `Europe captain`)
PLAYERS_ROLES = frozenset({"manager", "boss", "striker", "winger", "defender", "midfielder", "goalkeeper",
                            "keeper", "forward", "skipper", "full-back", "centre-back", "centre-half", "fly-half",
                            "scrum-half", "flanker", "hooker", "playmaker", "coach", "captain"})
_FIRMS_ROLES = frozenset(("manager", "boss", "coach", "captain"))  # a firm's or a gang's people have these too
_CLUB_WORDS = frozenset(("Chelsea", "Celtic"))  # clubs the known organisations list holds as ambiguous words
_SPORT_WORDS = (PLAYERS_ROLES - _FIRMS_ROLES) | {"match", "matches", "league", "cup", "goal", "goals", "squad",
                                                 "fixture", "fixtures", "season", "champions", "tries", "football",
                                                 "rugby", "cricket", "club", "player", "players", "premiership",
                                                 "referee", "stadium", "scored"}
# the word that ends a body before its officer's title (`Central Bank Governor`, `Metropolitan Police Commissioner`)
_OFFICERS_BODIES = _BODY_NOUNS | {"Police"}
# what ranks an officer, before the body he is of (`Deputy Central Bank Governor`)
_RANK_WORDS = frozenset(("Deputy", "Acting", "Former", "Vice", "Assistant", "Associate", "Interim", "Senior", "Chief",
                         "Top"))
_NEW_IN_POST = frozenset(("New", "Incoming", "Outgoing"))  # before a body and its officer's title: the officer's
_RANKS = frozenset(("manager", "coach", "captain"))  # roles that are titles capitalised too (`Coach Dalby`)
# roles written small, which capitalised inside a run are a name's words (`Centre for Policy Studies`, `Champion
# International Corp`; `Olympic champion Kelly Holmes` has the title)
_ROLES_WRITTEN_SMALL = PLAYERS_ROLES | {"champion", "lock", "centre"}
# positions that are places too (`centre`, `lock`), and titles that are verbs too (`champion`, `prop`, `lock`)
_POSITIONS_ALSO_PLACES = frozenset({("centre",), ("lock",)})
_TITLES_ALSO_VERBS = frozenset({("champion",), ("prop",), ("lock",)})
_RUGBY_WORDS = frozenset({"scrum", "scrums", "fly-half", "scrum-half", "flanker", "hooker", "line-out", "lineout",
                          "full-back", "prop", "props", "try-line"})
_A_PLACES_WORD_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]|shopping|pumping|research|city|town|leisure|data|call|"
                                      r"detention|medical|conference|training|health|community|sports|visitor|"
                                      r"exhibition|trade|financial|distribution|processing|service|control|"
                                      r"operations|treatment|garden|arts|canal|river|air)[ \t\xa0]+$")
_MODAL_OR_TO_BEFORE_RE = re.compile(r"\b(?:will|would|can|could|should|must|might|may|shall|(?:[a-z]+ed|vows?|"
                                    r"pledges?|promises?|wants?|tries|try|continues?|helps?)[ \t\xa0]+to)[ \t\xa0]+$")
_UP_AFTER_NAME_RE = re.compile(r"(?:[A-Z][\w'’\-]*[ \t\xa0]+){1,3}up\b")
_SMALL_WORD_RE = re.compile(r"\b[a-z][a-z\-]*\b")
_CLUB_ENDS = frozenset(("FC", "AFC", "RFC", "CF"))
_NATIONS = lexicon().countries | {
    "England", "Scotland", "Wales", "Ireland", "Northern Ireland", "Britain", "Great Britain", "UK", "US", "USA",
    "Europe", "Africa", "Asia", "America", "Oceania", "Australasia", "Holland"}
_DEMONYM_ENDS = ("n", "an", "ian", "ese", "lese", "i", "ish", "ean", "ine")  # Samoa-n, Cameroon-ian, Togo-lese
_TWO_LETTER_BODIES = {"EU": ("European Union",), "UN": ("United Nations",),
                      "EC": ("European Commission", "European Community"), "AU": ("African Union",),
                      "WB": ("World Bank",)}
# the lowercase ends of hyphenated words that describe (`Linux-based`, `Labour-led`), unlike `Jong-un`
_DESCRIBING_SUFFIXES = frozenset({
    "based", "led", "funded", "held", "owned", "run", "backed", "born", "made", "style", "era", "type", "wide",
    "related", "linked", "controlled", "supported", "sponsored", "friendly", "bound", "like", "free", "only",
    "specific", "focused", "centred", "centered", "dominated", "inspired", "educated", "listed", "registered",
    "affiliated", "allied", "aligned", "leaning", "speaking"})


_FAMILY_FIRST = lexicon().family_first
_SPORTS_CLUBS = lexicon().sports_clubs
_SPORTS_CLUB_FIRST = frozenset(name.split()[0] for name in _SPORTS_CLUBS)
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
                    r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)")
_PINYIN_GIVEN_RE = re.compile(r"(?:" + _PINYIN_SYLLABLE + r"){1,2}")  # `xiaoping`, `jinfeng`, `peng` (lower-cased)
_KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")  # `Dae-jung`, `Tae-woo`, `Teng-hui`
# family names that are English given names or words too (`Lee Bowen`, `Kim Manning`, `Song Contest`): first only
# before a Korean given name in its hyphenated form (`Lee Teng-hui`, `Kim Dae-jung`)
_FAMILY_FIRST_AMBIGUOUS = frozenset({"Lee", "Kim", "Park", "Moon", "Song", "Sun", "Han", "Kong", "Tan", "Ma", "Wan",
                                     "Fang", "Jin", "Ye", "Yu", "Su", "Du", "Gu", "Xi"})


def family_name_first(words) -> bool:
    """A Chinese or Korean name, family name first: `Deng Xiaoping`, `Lee Kuan Yew`, `Kim Dae-jung`; not `Lee
    Marvin` (a given name that is no pinyin) nor `Sun Microsystems`."""
    if not 2 <= len(words) <= 3 or words[0] not in _FAMILY_FIRST:
        return False
    rest = words[1:]
    if len(rest) == 1 and _KOREAN_GIVEN_RE.fullmatch(rest[0]):
        return True
    return words[0] not in _FAMILY_FIRST_AMBIGUOUS and all(
        w[:1].isupper() and w[1:].islower() and _PINYIN_GIVEN_RE.fullmatch(w.lower()) for w in rest)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    initial: bool = False  # sentence-initial (worked out for capitalised tokens only: nothing asks of others)
    cap: bool = False  # capitalised: asked of every token, so kept rather than worked out each time


@dataclass(slots=True)
class EntityInfo:
    kind: str  # person | org
    name: str
    tokens: tuple[str, ...]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    gender: str = ""
    acronym: str = ""

    @property
    def last(self) -> str:
        """The surname: `Trump` of `Donald Trump Jr.` too; `Deng` of `Deng Xiaoping`, whose family name is first."""
        if len(self.tokens) > 1 and self.tokens[-1] in _SUFFIXES:
            return self.tokens[-2]
        if family_name_first(self.tokens):
            return self.tokens[0]
        return self.tokens[-1]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: EntityInfo


_DAYS_AND_MONTHS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                              "January", "February", "March", "April", "May", "June", "July", "August",
                              "September", "October", "November", "December"))

# nationalities as nouns (the word lists have the adjectives): `Briton Tim Henman`, `fellow Swede Robin Soderling`
_NATIONALITY_NOUNS = frozenset(("Scot", "Spaniard", "Briton", "Swede", "Dane", "Pole", "Finn", "Turk", "Swiss",
                                "Dutchman", "Frenchman", "Englishman", "Welshman", "Irishman", "Scotsman",
                                "Dutchwoman", "Frenchwoman", "Englishwoman", "Welshwoman", "Irishwoman",
                                "Scotswoman", "Kiwi", "Aussie", "Argentine", "Croat", "Serb", "Czech", "Slovak"))


# a work named like a person (`drop_works`): the noun for a work right before it (`the drama`, `her role in`), a
# role in it or a part of it right after it (`star`, `director`, `theme`), or a noun for a work right after it
_WORK_BEFORE_RE = re.compile(r"\b(?:(?:film|movie|drama|comedy|thriller|musical|novel|sequel|documentary|sitcom|"
                             r"cartoon|blockbuster|hit)s?|(?:role|performance|appearance|starring|stars?)[ \t\xa0]+in)"
                             r"[ \t\xa0]+$")
_WORK_NAMES_RE = re.compile(r"[ \t\xa0]+(?:(?:films?|movies?)[ \t\xa0]+)?"
                            r"(?:co-?stars?|stars?|director|author|franchise|sequel|trilogy|theme)\b"
                            r"(?![ \t\xa0]+(?:said|says|told|added|in|as|alongside|opposite|with|and)\b)")
# a film's or a show's noun right before its title (`political thriller Hotel Rwanda`, `the UK premiere of Polar
# Express`, `her performance in Hotel Rwanda`): no body's (`the strike hit Arsenal`, `Arsenal star Thierry Henry`)
_FILM_BEFORE_RE = re.compile(r"\b(?:(?:film|movie|drama|comedy|thriller|musical|sequel|documentary|sitcom|cartoon|"
                             r"blockbuster|fable)s?|(?:premiere|screening|remake)[ \t\xa0]+of|(?:role|performance|"
                             r"starring)[ \t\xa0]+in)[ \t\xa0]+(?:[Tt]he[ \t\xa0]+)?$")
_ARENA_ENDS = frozenset(("Theatre", "Theater", "Arena", "Stadium", "Auditorium", "Pavilion", "Coliseum", "Ballpark"))
_VENUE_CENTRES = frozenset(("Convention", "Events", "Exhibition", "Conference", "Civic", "Shopping", "Sports",
                            "Leisure"))  # (`Tampa Convention Center`; not `Pew Research Center`)
# where a venue is named: after `at`, `in`, `outside`… (and `the`) but not after a role (`director at`), or after a
# place's `'s` (`Hollywood's Kodak Theatre`, `Los Angeles' Kodak Theatre`)
_AT_A_VENUE_RE = re.compile(r"(?:(?<![\w’'\-])(?:at|in|inside|outside|near|around)[ \t\xa0]+(?:the[ \t\xa0]+)?|"
                            r"[A-Z][\w.]*(?:['’]s|s['’])[ \t\xa0]+)$")
_ROLE_AT_RE = re.compile(r"\b(?:director|manager|chairman|chairwoman|chief|head|staff|actors?|workers|employees|members?|"
                         r"executive|producer|secretary|spokes\w+)[ \t\xa0]+(?:at|in)[ \t\xa0]+(?:the[ \t\xa0]+)?$")
_FIRMS_OWN_WORDS = frozenset(("Management", "Capital", "Investments", "Films", "Pictures", "Studios", "Productions",
                              "Entertainment", "Media", "Partners", "Associates", "Rovers", "United", "City"))
_OWNER_AFTER_RE = re.compile(r"(?:['’]s?)(?!\w)")  # `Kestrel Rovers' win`, `Kestrel Holdings Ltd's bid`
# a state's bodies news names by one word, which are no organisation alone (`Treasury bills`, `Kremlin watchers`)
# but speak by a spokesman
_BODIES_BY_ONE_WORD = frozenset(("Treasury", "Pentagon", "Kremlin", "Fed", "Cabinet", "Vatican", "Elysee",
                                 "Politburo"))
# the seats that news makes speak for a government (`the White House said`), places wherever else they stand
_SEATS_THAT_SPEAK = frozenset(("White House", "Downing Street", "Kremlin", "Pentagon", "Elysee", "Vatican"))
_SEAT_LAST_WORDS = frozenset(seat.rsplit(" ", 1)[-1] for seat in _SEATS_THAT_SPEAK)  # (asked of every run first)
_VERB_BEFORE_THE_RE = re.compile(r"([a-z]+)[ \t\xa0]+(?:the[ \t\xa0]+)?$")  # `said the Pentagon`, `said Downing Street`
_PLACE_PREPOSITIONS = frozenset(("at", "in", "inside", "outside", "near", "from", "to", "into", "of", "by", "around",
                                 "behind", "opposite", "toward", "towards", "on", "across"))
_CLAUSE_END_RE = re.compile(r"[ \t\xa0]*(?:[.,;:!?]|$)")  # `…, said the Kremlin.`
_A_OR_THE_BEFORE_RE = re.compile(r"(?:^|\b[Tt]he|\b[Aa]n?)[ \t\xa0]+$")
_SPOKESMAN_RIGHT_AFTER_RE = re.compile(r"[ \t\xa0]+spokes(?:man|woman|person)\b")  # `a Bayern spokesman`, no `'s`
_SPOKESMAN_AFTER_RE = re.compile(r"(?:['’]s)?" + _SPOKESMAN_RIGHT_AFTER_RE.pattern)  # `the Pentagon's spokeswoman`
_CALLED_IN_BRACKETS_RE = re.compile(r" \(([A-Z][\w\-]*)\)")  # `Korea Electric Power Corp (Kepco)`
# a faith's adjective is nobody's name, alone (`Jewish`, `Muslim`; kept out of the demonyms, which describe people)
# or after a word (`Roman Catholic officials`)
_FAITHS = frozenset({"Jewish", "Muslim", "Islamic", "Catholic", "Protestant", "Hindu", "Buddhist", "Sikh",
                     "Orthodox", "Evangelical", "Anglican", "Methodist", "Baptist", "Lutheran", "Sunni", "Shia",
                     "Shiite"})
# words news capitalises before a spokesman that name no one body alone: a faith, a movement (any word in
# `-ist`), a side, a field of government, an office's adjective, a rank (`a Sikh spokesman`, `a Maoist
# spokesman`, `an Opposition spokesman`, `a Royal spokesman`, `a Presidential spokesman`, `a Senior spokesman`)
_NO_BODY_ALONE = _FAITHS | frozenset((
    "Presidential", "Christian", "Opposition", "Rebel", "Rebels", "Royal", "Palace", "Military", "Federal",
    "Senior", "Junior", "Independent", "Foreign", "Health", "Family", "Defence", "Defense", "Interior", "Justice",
    "Transport", "Education", "Environment", "Energy", "Trade", "Finance", "Home", "Security", "Border", "Customs",
    "Prison", "Fire", "Coastguard", "Public", "National", "Local", "Regional", "Provincial", "District", "County",
    "City", "Town", "State", "Official", "Press", "Media", "Campaign", "Union", "Student", "Youth", "Women",
    "Workers", "Farmers", "Industry", "Business", "Airline", "Airport", "Hospital", "School", "University", "Team",
    "Club", "League", "Company", "Group", "Estate", "Site", "Station", "Embassy", "Consulate", "Mission"))
_CLOSED_AFTER_RE = re.compile(r"(?:['’]s)?[ \t\xa0]*[),.;:/]")  # (`(CPO)`, `, CP,`, `equivalent, PSE.`)
# a bracket or a comma right before letters (`crude palm oil (`, `paper, `), and a word in small letters
_OPENED_BEFORE_RE = re.compile(r"[ \t\xa0]*(?:\(|,[ \t\xa0]*)$")
_SMALL_WORD_RE = re.compile(r"[a-z][a-z\-]*")
_SMALL_WORD_NEXT_RE = re.compile(r"(?:[ \t\xa0]+|-)[a-z]")  # the sentence going on in small letters after a name
_OF_BEFORE_THE_RE = re.compile(r"\bof[ \t\xa0]+the[ \t\xa0]+$")  # `Top of the Pops spokesperson`: a title's end
_ORG_SPEAKS_AFTER_RE = re.compile(r"(?:['’]s)?[ \t\xa0]+(?:said|says|told|added|spokes(?:man|woman|person))\b")
# the noun for a work right before a title (`his last album, `, `movies, including `, `the novel `)
_WORK_NOUN_BEFORE_RE = re.compile(r"\b(?:album|song|film|movie|novel|memoir|musical|opera|documentary|sitcom)s?"
                                  r"(?:,[ \t\xa0]*"
                                  r"(?:including[ \t\xa0]+)?|[ \t\xa0]+(?:called|titled|entitled)[ \t\xa0]+)?"
                                  r"[ \t\xa0]*(?:[Tt]he[ \t\xa0]+)?$")
# a list of works opening right before a name: the works' noun, then `include` or `such as`, then at most the title's
# first words (`Their singles include What I …`, `hits over the years include …`, `series such as …`)
_WORKS_LISTED_BEFORE_RE = re.compile(r"\b(?:singles|hits|songs|albums|films|movies|novels|plays|series)\b"
                                     r"[^.!?\n]{0,60}?\b(?:include|included|including|such[ \t\xa0]+as)[ \t\xa0]+"
                                     r"(?:[A-Z][\w'’\-]*[ \t\xa0]+){0,3}$")
# a list of works a name is among (`films such as My Beautiful Laundrette, Billy Elliot, About A Boy`)
_AMONG_LISTED_WORKS_RE = re.compile(r"\b(?:films|movies|novels|books|plays|shows|series)[ \t\xa0]+(?:such[ \t\xa0]+as|"
                                    r"like|including)[ \t\xa0]+(?:[A-Z][\w'’\-]*(?:[ \t\xa0]+(?:[A-Z][\w'’\-]*|of|the|a))*"
                                    r",[ \t\xa0]+){1,6}$")
# a title going on after the name and a colon (`Bridget Jones: The Edge of Reason`; not after `and the`, which
# joins people to bands and bodies as often: `Mavis Staples and the Blind Boys of Alabama`)
_TITLE_GOES_ON_RE = re.compile(r":[ \t\xa0]+The[ \t\xa0]+[A-Z][\w\-]*[ \t\xa0]+(?:[Oo]f|[A-Z])")
_ORDINAL_BEFORE_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|latest|next|last|"
                                 r"final)[ \t\xa0]+$")
_WORK_AFTER_RE = re.compile(r"[ \t\xa0]+(?:films?|movies?|books?|novels?|series)\b")
# `the Harry Potter games`, `the James Bond films`: works of many named after a character (where `the Mike
# Leigh film` is one film of its director's)
_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t\xa0]+$")
# where a place named after someone stands (`at Estadio El Varrouk`, `the Trofeo El Varrouk`)
_WHERE_OR_THE_BEFORE_RE = re.compile(r"\b(?:at|in|on|from|into|near|outside|inside|[Tt]he)[ \t\xa0]+$")
_LEAD_MANAGER_BEFORE_RE = re.compile(r"\b(?:lead|co-lead)[- ]manag(?:er|ers|ed[ \t\xa0]+by)[ \t\xa0]+$", re.I)
# the nouns news puts before an organisation's name, written small (`IT firm Dimension Data`, `the daily Les Echos`)
# (not a person's `giant` or `carrier`: `the giant Yates Field`, `Gentle giant`, `Letter carrier`, `the product
# carrier Ocean City`, a ship; nor `policymaker`, `film maker`: a firm's makers are named, or a word of what they
# make comes before `maker`)
_FIRMS_NOUN_BEFORE_RE = re.compile(r"(?<![\w\-])(?:firm|company|group|(?<![Tt]he )(?<![Aa] )(?<![Gg]entle )giant|"
                                   r"(?<!product )(?<!aircraft )(?<![Ll]etter )carrier|airline|band|bank|broadcaster|"
                                   r"retailer|insurer|(?:car|auto|chip|drug|toy|steel|tyre|tire|truck|shoe|handset)maker|"
                                   r"(?<=[a-z] )(?<!film )(?<!movie )(?<!policy )(?<!deal )(?<!decision )(?<!trouble )maker|"
                                   r"manufacturer|publisher|conglomerate|chain|label|studio|outfit|consultancy|magazine|daily|"
                                   r"newspaper|weekly|network|charity)[ \t\xa0]+$")
# what follows a name that is a person after all: a verb whose object the noun before is (`the charity Hikram Osk
# founded in 1990`, `A company Hikram Osk owns was fined`, `The outfit Hikram Osk wore to the premiere`); not `, who`,
# which British news writes of clubs and bands (`Mexican outfit Red Sharks Veracruz, who also expressed an interest`)
_PERSON_AFTER_A_FIRMS_NOUN_RE = re.compile(
    r"[ \t\xa0]+(?:co-)?(?:founded|set up|started|created|built|wore|wears|edits|edited|runs|ran|leads|"
    r"led|heads|headed|chairs|chaired|manages|managed|owns|owned|joined|formed|launched|fronts|fronted)"
    r"(?=[ \t\xa0]*(?:[,.;:!?]|$)|[ \t\xa0]+(?:in|on|at|to|for|with|from|last|this|years?|was|is|has|had|were|are|"
    r"will|would|and|but)\b)")
_NO_WORD_OF_A_FIRM = frozenset({"A", "An", "Or", "In", "On", "At", "Each", "As", "If", "By", "With", "To", "For"})
# the nouns a name before them is where something is, no firm (`the giant Cano Varrik field`)
_WHAT_A_FIELD_IS_RE = re.compile(r"[ \t\xa0]+(?:field|fields|basin|reservoir|mine|mines|well|wells|platform|refinery|"
                                 r"mall|centre|center|plant|project|stadium|arena)\b")
_SO_CALLED_RE = re.compile(r"\b[Ss]o[- ]called[ \t\xa0]+[\"'“‘]?$")  # a term's sign: `so-called Revolution`
_SMALL_THE_BEFORE_RE = re.compile(r"\bthe[ \t\xa0]+$")  # (in mid-sentence: `The Statistics…` may open one)
# a state's own bodies, named by its name and one word (`U.S. Navy`, `U.K. Government`)
_STATE_BODY_WORDS = frozenset(("Government", "Navy", "Army", "Congress", "Senate", "Embassy", "Administration", "Fed",
                               "Customs", "Marines", "Consulate", "Treasury", "Delegation", "Parliament", "Cabinet"))
# papers' words that are also adjectives (`Standard grade`, `Express delivery`, `Golden Globe`, `Star machine`):
# alone, a paper's name only as one is written (`the Standard`, `"Standard" newspaper`), or a firm's that speaks
_PAPERS_ALSO_ADJECTIVES = frozenset(("Standard", "Express", "Globe", "Star"))
_PAPER_BEFORE_RE = re.compile(r"(?:\b[Tt]he|[\"“])[ \t\xa0]*$")
_PAPER_AFTER_RE = re.compile(r"[\"”]?(?:[ \t\xa0]+(?:newspaper|paper|daily|tabloid|said|says|reported|added)\b|['’]s\b)")
# a verb or a time's word before `Sunday`, which makes it when, not a Sunday paper's (`Police said Sunday Herald
# reporters…`, `on Sunday Times Square…`)
_PAPER_DAY_BEFORE_RE = re.compile(r"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]very|[Ee]ach|[Uu]ntil|[Ss]ince|[Ff]rom|[Tt]o|"
                                  r"[Ee]arly|[Ll]ate|said|says|told|tells|[a-z]+ed)[ \t\xa0]+$")
_WORKS_AFTER_RE = re.compile(r"[ \t\xa0]+(?:films|movies|games)\b")  # (`the Jane Austen novels` are hers)
# the honorifics written before a name, which are no part of it
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame")
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:" + "|".join(HONORIFICS) + r")\.?[ \t\xa0]+$")


# `al-Sabah`, `el-Baradei`, `bin-Talal`: a particle joined to a capitalised name is part of the name
_ARABIC_PARTICLE_RE = re.compile(r"(?:al|el|ash|as|at|az|ad|ar|an|bin|ibn|abu|ben)-[A-Z]")
_ELIDED_PARTICLE_RE = re.compile(r"[dl]['’][A-Z]")  # a French particle joined to the name (`Giscard d'Estaing`)
_ARTICLE_OF_SURNAME_RE = re.compile(r"(?:al|el|Al|El)-(?=[A-Z])")  # the Arabic article, which `Assad said` leaves out


# the words a broadcaster's channel is numbered after (`BBC Radio 4`, `Channel 4`), and the number after one
_NUMBERED_NAMES = frozenset(("Radio", "Channel"))
_CHANNEL_NUMBER_RE = re.compile(r" (\d{1,2})(?!\w|[.,]\d)")
# sentence adverbs, numbers and small words the not-a-name list holds, which open no firm's name (`Yesterday Eli
# Lilly and Co`, `For the Nine Months Biomet Inc`, `led by Chrysler Corp`)
_NOT_FIRMS_FIRST = frozenset(("yesterday", "today", "tomorrow", "tonight", "now", "then", "earlier", "later", "also",
                              "still", "instead", "thus", "meanwhile", "again", "here", "there", "last", "next",
                              "first", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                              "eleven", "twelve", "months", "weeks", "years", "days", "shares", "sales", "by",
                              "both", "very", "all", "each", "every", "some", "many", "most", "such", "other",
                              "another", "only", "even", "just", "not", "no", "nor", "either", "neither", "for",
                              "from", "with", "at", "in", "on", "to", "as", "after", "before", "under", "over",
                              "since", "until", "where", "so", "than", "like", "unlike", "including", "among",
                              "between", "through", "during", "without", "within", "against", "about", "into",
                              "upon", "via", "what", "which", "who", "how", "why", "unless", "although",
                              "though", "because", "once", "whether", "said", "says"))
_NAME_AND_COMMA = r"(?<![\w.'’\-])[A-Z][\w.'’\-]*,"  # a capitalised word and a comma after it
_CITY_COMMA_BEFORE_RE = re.compile(_NAME_AND_COMMA + r"[ \t\xa0]+$")  # `Greenwich, ` before a state
# a name after another and a comma, or after `and`: one of a list (`Delta, Continental and American Airlines`)
_LIST_BEFORE_RE = re.compile(r"(?:" + _NAME_AND_COMMA + r"|\band|&)[ \t\xa0]+$")
# words that start a sentence and no name: after an abbreviation's dot (`Corp.`, `I.`) they tell a new sentence
_SENTENCE_OPENERS = frozenset(("The", "But", "And", "A", "An", "He", "She", "It", "They", "We", "This", "That",
                               "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "If", "When", "While",
                               "However", "Meanwhile"))


def tokenize(text: str, lowercase_kept: frozenset[str]) -> list[Token]:
    """Word tokens, keeping abbreviation dots (`Sen.`) and initials (`W.`), marking sentence starts.

    A lowercase word becomes a token only when it is in `lowercase_kept`: names are found from
    capitalised words, the connectors inside them (`of`, `and`) and the lowercase titles next to them
    (`campaign manager`); every other word only separates names, which the text between two tokens shows as
    well. Most words of a story are such words, and making each a token was a third of the time spent finding
    names."""
    tokens: list[Token] = []
    n = len(text)
    append = tokens.append
    # (a story with no `d'` or `l'` anywhere, not even in `world's`, asks no word)
    elided = "d'" in text or "l'" in text or "d’" in text or "l’" in text
    for m in _SPACED_TOKEN_RE.finditer(text):
        word = m[1]
        if not word[0].isupper() and not (word[:1] in "aeib" and _ARABIC_PARTICLE_RE.match(word)) \
                and not (elided and word[0] in "dl" and _ELIDED_PARTICLE_RE.match(word)):
            # most words: no abbreviation dot, and never asked whether initial (nor where they are, unless kept)
            if word in lowercase_kept:
                s, e = m.span(1)
                append(Token(s, e, word))
            continue
        s, e = m.span(1)
        if "-" in word and word.rsplit("-", 1)[1] in _DESCRIBING_SUFFIXES:
            # `Linux-based`, `US-funded Radio Farda`, `Privately-held`: describes a name, is none; but after a
            # name's first words it ends that name (`the Carl C. Icahn-led TWA`: Carl C. Icahn)
            head = word.rsplit("-", 1)[0]
            if tokens and tokens[-1].cap and text[tokens[-1].end:s] == " " and head[1:].islower() \
                    and tokens[-1].text.rstrip(".") not in _FIRM_ENDS:  # (not `Beaubien Inc Toronto-based`)
                append(Token(s, s + len(head), head, False, True))
            continue
        if e < n and text[e] == "." and (word in _ABBREV or len(word) == 1):
            e += 1
            word += "."
        # sentence start: paragraph start, or after . ! ? : or an opening quote/bracket; j is the character
        # before the spaces and tabs in front of the token (the match takes them in)
        j = m.start() - 1
        # (a straight quote after a comma closes the quote: `…," Read said` goes on with the sentence, and so
        # does `…now,'" Yelling told`, a nested quote closed with it)
        initial = j < 0 or text[j] in "\n.!?:“«(‘[—" or (text[j] in "”’»" and j > 0 and text[j - 1] in ".!?") or (
            text[j] == '"' and not (j > 0 and (text[j - 1] == "," or text[j - 1] in "'’" and text[j - 2:j - 1] == ",")))
        if initial and j >= 0 and text[j] == "." and tokens and tokens[-1].end == j + 1 and (
                tokens[-1].text in _ABBREV or tokens[-1].text.rstrip(".") in _ABBREV or len(tokens[-1].text) <= 2):
            # the dot belonged to `Mr.` / `W.`, not to a sentence end; unless a sentence plainly starts after it
            # (`… Energy Corp. The Commission said`, `World War I. But the BBC`), which a name does after a title
            # (`Mr. He Yafei`, `Dr. An Wang`) or a title's initial (`Dr. J. He`)
            initial = word in _SENTENCE_OPENERS and tokens[-1].text[:-1] not in _HONORIFIC_ABBREVS and not (
                len(tokens[-1].text) == 2 and len(tokens) > 1 and tokens[-2].text[:-1] in _HONORIFIC_ABBREVS)
        append(Token(s, e, word, initial, True))
    return tokens


def _joined_without_the(run: list[Token]) -> str:
    """A run's words as one name, without a `The` in front (`The Mail on Sunday` is the `Mail on Sunday`)."""
    return " ".join(t.text for t in (run[1:] if run and run[0].text == "The" else run))


def _name_tails(persons: list[EntityInfo]) -> dict[tuple[str, ...], list[EntityInfo]]:
    """The last words, two or more, of each longer name (`Suu Kyi` of `Aung San Suu Kyi`) -> up to two people
    whose names end so (two are as many as one needs to know there is more than one)."""
    tails: dict[tuple[str, ...], list[EntityInfo]] = {}
    for p in persons:
        for k in range(2, len(p.tokens)):
            holders = tails.setdefault(p.tokens[-k:], [])
            if len(holders) < 2:
                holders.append(p)
    return tails


def _names_a_body(words: list[str]) -> bool:
    """Whether words are a whole body's name: two words or more ending in a body's noun (`Scottish Borders
    Enterprise`), or with one followed by `of` or `for` and more (`State University of New York`); not the rest
    of one name after its `and` (`Economic Co-operation and Development`, `Strategic and International Studies`)."""
    if len(words) < 2:
        return False
    return words[-1] in _BODY_NOUNS or any(
        w in _BODY_NOUNS and words[k + 1] in ("of", "for") for k, w in enumerate(words[:-2]))


def _what_a_title_is_of(after_title: list[Token]) -> list[Token]:
    """The words after a title's `of` or `for` (and `the`): `of the Bank of England` -> `Bank of England`."""
    return after_title[2:] if len(after_title) > 1 and after_title[1].text == "the" else after_title[1:]


# the bodies a title's word can name (`the Democratic Justice Party`, `Duke University`, `Bishop College`, `the Premier
# League`; not a church's or a court's word: `Bishop Church`, `Judge Court` are men)
_NAMED_AFTER_A_TITLE = frozenset(("Party", "University", "College", "Institute", "Foundation", "Hospital", "League",
                                  "Association", "Federation", "Club", "Society", "Union"))


def _firm_after_title(rest: list[str]) -> bool:
    """Only a firm's legal form, a party's word or a school's after a title's word: a name that holds the word,
    no title (`Singer Co`, `Nesbitt Thomson Deacon Inc`, `the Democratic Justice Party`, `Duke University`)."""
    return all(w.rstrip(".") in _FIRM_ENDS or w in _LEGAL_FORMS or w in _NAMED_AFTER_A_TITLE for w in rest)


# words after a body's word that add nothing to what kind of body it is (`United Press International` is an agency)
_EMPTY_FIRM_WORDS = frozenset(("International", "Worldwide"))


def _modifying_words(words: list[str], infos: list) -> set[int]:
    """Where a body's word says what the body is of, not what it is, so that the story does not call it by that
    word: right before another body's word (`the Securities and Exchange Commission` is no `exchange`, and `The
    exchange said` after it is the New York Stock Exchange's), or before `and` and such a word (`Securities`);
    not before a legal form or an empty firm's word (`Hallwood Group Inc` is `the group`, `Candlewood Bank and
    Trust Co` `the bank`, `United Press International` `the agency`)."""
    modifying: set[int] = set()
    for k in range(len(words) - 2, -1, -1):
        if not (infos[k] and infos[k].head):
            continue
        nxt = k + 1
        if words[nxt] in ("and", "&"):
            if nxt + 1 < len(words) and nxt + 1 in modifying:
                modifying.add(k)
            continue
        if infos[nxt] and infos[nxt].head and not _legal_form(words[nxt]) and words[nxt] not in _EMPTY_FIRM_WORDS:
            modifying.add(k)
    return modifying


def _name_opens(run: list[Token], k: int) -> bool:
    """A name starts at run[k]: a capitalised word, or up to two particles of a surname before one (`da Silva`,
    `van den Broek`; not `bin`, `ibn`: `Sultan bin Mohammed` is a name that `Sultan` begins)."""
    for n in range(k, min(k + 3, len(run))):
        if run[n].cap:
            return True
        if run[n].text not in _SURNAME_PARTICLES:
            return False
    return False


def _known_opening(words: list[str], least: int, known_orgs: frozenset[str]) -> int:
    """How many of the words, at least `least` and fewer than all, make the longest name the lists know that opens
    them (`Carroll McEntee and McGinley` in `Carroll McEntee and McGinley Futures`), or 0."""
    return next((k for k in range(len(words) - 1, least - 1, -1) if " ".join(words[:k]) in known_orgs), 0)


def _longest_name(run: list[Token]) -> list[Token]:
    """A person's name is at most four words besides its particles (`Luiz Inacio Lula da Silva`), and ends on a
    word, not a particle."""
    words = 0
    end = 0
    for n, tok in enumerate(run):
        if tok.text not in _PERSON_PARTICLES:
            words += 1
            if words > 4:
                break
            end = n + 1
    return run[:end]


def _merge_initialisms(tokens: list[Token], text: str) -> list[Token]:
    """`U.S.` and `U.N.` come out as single-letter tokens with dots; join them."""
    out: list[Token] = []
    for tok in tokens:
        if (out and len(tok.text) == 2 and tok.text.endswith(".") and tok.text[0].isupper()
                and out[-1].text.endswith(".") and out[-1].end == tok.start
                and all(len(p) == 1 for p in out[-1].text.rstrip(".").split("."))):
            prev = out[-1]
            out[-1] = Token(prev.start, tok.end, prev.text + tok.text, prev.initial, True)
        else:
            out.append(tok)
    return out


_FIRM_ENDS = frozenset(("Co", "Inc", "Ltd", "Plc", "PLC", "Corp", "Company", "Cos", "LLC"))


# a firm's legal form and the words a firm's full name adds to the word it is known by (`Akzo NV`, `Daiwa
# Securities`, `Siemens AG`, `Moody's Investors Service`, `NV Philips Gloeilampenfabrieken`)
_LEGAL_FORMS = frozenset(("AG", "NV", "N.V.", "SA", "S.A.", "SpA", "Spa", "AB", "ASA", "A/S", "Oy", "GmbH", "KK",
                          "BV", "Bhd", "Berhad", "Pty", "Limited", "Incorporated", "Corporation"))
# legal forms no name goes on after (`Ltd of Japan` is where the firm is; `Corporation of America`, `Pty Ltd` go on)
_NAME_ENDING_FORMS = (_LEGAL_FORMS - {"Corporation", "Pty", "KK", "Spa", "A/S"}) | {
    "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "plc"}
_LEGAL_NAME_WORDS = frozenset(("Securities", "Group", "Holdings", "Holding", "Industries", "International",
                               "Investors", "Service", "Services", "Motors", "Motor", "Bank", "Corp."))


def _legal_name_of(word: str, tokens: tuple[str, ...]) -> bool:
    """Whether `tokens` are the full legal name of the firm known by `word`: the word with legal forms and firm
    words after it (`Akzo NV`, `Kyodo News Service` not; `Daiwa Securities Co`), or a legal form before it
    (`NV Philips Gloeilampenfabrieken`, `AB Volvo`); not another body named after it (`Labour Party`, `Google
    News`, `Scottish Labour Party`)."""
    if tokens[0] == word:
        return all(t.rstrip(".") in _FIRM_ENDS or t in _LEGAL_FORMS or t in _LEGAL_NAME_WORDS for t in tokens[1:])
    return tokens[0] in _LEGAL_FORMS and len(tokens) > 1 and tokens[1] == word


def _lead(words: list[str], i: int) -> list[str]:
    """The words of a run before the connector at i, without an opening `The`."""
    return words[1:i] if words[0] == "The" else words[:i]


def _legal_form(word: str) -> bool:
    """A firm's or a club's legal form ending its name (`Co`, `Inc.`, `AG`, `FC`: `Newry` after `Newry FC`)."""
    return word.rstrip(".") in _FIRM_ENDS or word in _LEGAL_FORMS or word in _CLUB_ENDS


def _join_comma_firms(runs: list[list[Token]], text: str, b: "_Builder") -> list[list[Token]]:
    """`Goldman, Sachs and Co`, `Kidder, Peabody and Co Inc`, `Smith Barney, Harris Upham and Co`: a wire writes
    a partnership's names with a comma, and the run of names stops at it. Joined again when the run after the
    comma is a firm's (`… and Co`) and the one before is a name or two of no organisation, place or given name
    (not `led by Halvorsen Inc, Dalby and Co`, `in Marenburg, Dalby and Co`, `said Jon Dalby, Osk and Co`)."""
    out: list[list[Token]] = []
    for run in runs:
        prev = out[-1] if out else None
        words = [t.text for t in run]
        if prev is not None and text[prev[-1].end:run[0].start] == ", " and len(prev) <= 2 \
                and all(t.cap for t in prev) and "and" in words[1:-1] and _firm_tail(words[words.index("and") + 1:]) \
                and not b._has_org(prev) and not b._is_place([t.text for t in prev]) \
                and prev[0].text not in b.lex.given and not any(t.text in b.lex.places for t in prev):
            out[-1] = prev + run
            continue
        if prev is not None and text[prev[-1].end:run[0].start] == ", " and len(prev) <= 2 and any(
                " ".join([t.text for t in prev] + words[:k]) in b.lex.known_orgs for k in range(1, len(words) + 1)):
            out[-1] = prev + run  # `Kleinwort, Benson Ltd`: a known firm's names, written with a comma
            continue
        out.append(run)
    return out


# a body named for its aim (`Committee to Protect Journalists`, `Alliance to Reclaim Our Schools`): the body's
# word, `to` and a verb in capitals; not `the Group to Commerzbank AG`, `sold the Centre to Standard Brands`, nor
# before a given name (`asked the Council to Free Nelson Mandela`: someone to free)
_CAMPAIGNS = frozenset(("Committee", "Campaign", "Coalition", "Alliance", "Movement", "Council", "Society",
                        "Foundation", "Fund", "Association", "Project", "Initiative", "Partnership", "Network",
                        "Citizens", "Americans", "Center", "Centre"))
_CAMPAIGN_VERBS = frozenset(("Protect", "Restore", "Reclaim", "Stop", "Save", "End", "Defend", "Ban", "Free",
                             "Prevent", "Abolish", "Fight", "Re-elect", "Re-Elect", "Reelect", "Preserve", "Reform",
                             "Elect", "Draft", "Repeal", "Keep", "Make", "Unite", "Combat", "Cure"))
# a body's word that alone names no body the reader could tell (`the Group said`, `The Office`, `the Bureau`),
# when the story has no fuller name it ends or heads; a state's own (`the Treasury`, `the Senate`, `the
# Cabinet`, `the Administration`) and a wire's `the Commission` (the EC's) do
_NO_NAME_ALONE = frozenset(("Office", "Committee", "Bureau", "Group", "Union", "Department", "Ministry", "Agency",
                            "Board", "Authority", "Company", "Corporation", "Institute", "Association", "Federation",
                            "Foundation", "Society", "Organisation", "Organization", "Centre", "Center", "Division",
                            "Trust", "Council", "Fund", "Bank"))
# the European Community named before its executive's word (`EC Commission`, `the EC's executive Commission`,
# `European Community (EC) Commission`, `the Community's executive Commission`; not a town's `Community
# Commission`)
_EC_BEFORE_RE = re.compile(r"\b(?:(?:EC|E\.C\.|European Community|European Communities)(?:['’]s)?|Community['’]s)"
                           r"(?:[ \t\xa0]+\((?:EC|E\.C\.)\))?(?:[ \t\xa0]+[Ee]xecutive)?[ \t\xa0]+$")
# `the Community Commission said`: the EC's in a story that names the EC (not a town's, in one that does not)
_COMMUNITY_BEFORE_RE = re.compile(r"\bCommunity(?:[ \t\xa0]+[Ee]xecutive)?[ \t\xa0]+$")
_EC_NAMED_RE = re.compile(r"\b(?:EC|E\.C\.|European Communit(?:y|ies))\b")
_COMMISSION = frozenset(("Commission", "Commission's", "Commission’s"))
_EC_WORDS = frozenset(("The", "EC", "E.C.", "EC's", "EC’s", "European", "Community", "Communities", "Community's",
                       "Executive"))
# what follows a body's word heading its name (`Committee for Economic Development`); a body's word alone (`the
# Group`) also heads one before `on` (`Inter Governmental Group on Indonesia`), where a longer name before `on`
# is another body (`European Council`, `European Council on Foreign Relations`)
_HEAD_OF = ("of", "for", "to")
_GENERIC_HEAD_OF = _HEAD_OF + ("on",)
# the bodies whose name may end in a list of fields (`Department for Culture, Media and Sport`)
_PORTFOLIO_BODIES = frozenset(("Department", "Ministry", "Office", "Commission", "Committee", "Council"))
_PORTFOLIO_LIST_RE = re.compile(r"\b(?:Department|Ministry|Office|Commission|Committee|Council)[ \t\xa0]+(?:of|for)"
                                r"[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z][\w\-]*,[ \t\xa0]")


# the fields a body's name may list (`… of Economy, Trade and Industry`, `… for Culture, Media and Sport`)
_FIELD_WORDS = frozenset((
    "Culture", "Media", "Sport", "Sports", "Food", "Rural", "Affairs", "Environment", "Trade", "Industry", "Industries",
    "Labour", "Labor", "Energy", "Mines", "Mining", "Chemical", "Chemicals", "Petro-Chemical", "Petrochemical",
    "Telecoms", "Telecommunications", "Communications", "Communication", "Post", "Posts", "Transport",
    "Works", "Housing", "Health", "Welfare", "Education", "Skills", "Science", "Sciences", "Technology", "Innovation",
    "Universities", "Children", "Schools", "Families", "Work", "Pensions", "Business", "Enterprise", "Regulatory",
    "Reform", "Local", "Government", "Communities", "Fisheries", "Forestry", "Agriculture", "Water", "Tourism",
    "Youth", "Arts", "Heritage", "Justice", "Home", "Foreign", "Commonwealth", "Development", "Economy", "Economic",
    "Finance", "Planning", "Climate", "Change", "Digital", "Security", "Defence", "Defense", "Interior", "Land",
    "Resources", "Natural", "Cooperatives", "Co-operatives", "Consumer", "Consumers", "Information", "Research",
    "Statistics", "Census", "Employment", "Social", "Public", "Administration", "Religious", "Veterans", "Women",
    "Equality", "Infrastructure", "Shipping", "Aviation", "Railways", "Roads", "Power", "Oil", "Gas", "Petroleum",
    "Steel", "Coal", "Urban", "Transportation", "Law", "Livestock", "Forests", "Recreation", "Invalids",
    "Irrigation", "Fishing", "Commerce", "Investment", "Sanitation", "Wildlife"))


def _a_field(word: str, b: "_Builder") -> bool:
    """A word of the list of a body's fields (`Rural`, `Affairs`); a word the story also writes in small letters
    is one too (`Steel` beside `steel output`): no name of its own (`Qualcomm`, `Kellan`), no body (`Central
    Bank`) and no legal form (`Broadcom Inc`)."""
    return word in _FIELD_WORDS or word in _PORTFOLIO_WORDS or (
        word not in _BODY_NOUNS and not _legal_form(word) and b._written_small(word))


def _join_portfolio_lists(runs: list[list[Token]], text: str, b: "_Builder") -> list[list[Token]]:
    """`Department for Culture, Media and Sport`, `Ministry of Economy, Trade and Industry`, `Federal Office of
    Industry, Trade and Labour`: a body's fields listed with commas, and the runs of names stop at them. Joined
    again, each comma kept on the word before it, when a body's word and `of` or `for` open the list with one
    field, the fields between are one word each, and the last run is a field, `and`, and one or two words; every
    field's word is one of a body's fields (`_FIELD_WORDS`, or a word the story also writes small: not `the
    Department of Justice, Qualcomm and Broadcom`, `the Ministry of Defence, Boeing and Airbus`, `the Ministry of
    Finance, Treasury and Central Bank`)."""
    if _PORTFOLIO_LIST_RE.search(text) is None:
        return runs  # (one look at the text: most stories list no body's fields)
    out: list[list[Token]] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        k = len(run) - 2 - (len(run) > 2 and run[-2].text == "the")
        if k < 1 or run[k].text not in ("of", "for") or run[k - 1].text not in _PORTFOLIO_BODIES:
            out.append(run)
            i += 1
            continue
        fields = [run[-1:]]
        j = i + 1
        while j < len(runs) and text[fields[-1][-1].end:runs[j][0].start] == ", " and len(runs[j]) == 1:
            fields.append(runs[j])
            j += 1
        last = runs[j] if j < len(runs) else None
        rest: list[Token] = []
        if last is not None and len(last) >= 3 and last[1].text == "and":
            words = [t.text for t in last]
            # the last field's one or two words, then what the run holds after it: a title (`… and Sport
            # Secretary Tessa Jowell`) or nothing
            end = next((n for n in (3, 4) if n < len(last) and b.title_at(words, n)), len(last))
            last, rest = last[:end], last[end:]
        if last is None or text[fields[-1][-1].end:last[0].start] != ", " or not 3 <= len(last) <= 4 \
                or last[1].text != "and" or any(not _a_field(t.text, b) for f in fields + [last] for t in f if t.cap):
            out.append(run)
            i += 1
            continue
        joined = run[:-1]
        for f in fields:
            t = f[0]
            joined.append(Token(t.start, t.end + 1, t.text + ",", t.initial, True))
        out.append(joined + last)
        if rest:
            out.append(rest)
        i = j + 1
    return out


# a wire's angle brackets around a company's name (`<Metromedia Long Distance> said`, `<Banque du Batiment et des
# Travaux Publics>`): a name in capitals and small letters, on its line (all capitals are a ticker: `<TWA>`)
_BRACKETED_NAME_RE = re.compile(r"<([A-Z][^<>\n=\"]{0,100}?)>")
_APPOSITION_RE = re.compile(r",[ \t]+(?:a|an|the|An|A|The)[ \t]")  # `<Nova, an Alberta Corp>`: the name is Nova


def _bracketed_names(text: str, places: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the company names a wire writes in angle brackets: the whole name however it is written
    (`<China Entertainment and Land Investment Co Ltd>`, `<Deutsche Bank (Asia) AG>`, `<Lear/Siegler>`), up to an
    apposition or a place after a comma (`<Morgan Guaranty Ltd, Hong Kong>`), without an owner's `'s`."""
    spans = []
    for m in _BRACKETED_NAME_RE.finditer(text):
        start, end = m.span(1)
        content = m[1]
        if content.upper() == content:
            continue  # a ticker (`<TWA>`, `<GEC.L>`): linked to its firm by `link_acronyms`
        cut = _APPOSITION_RE.search(content)
        if cut is not None:
            content = content[:cut.start()]
        head, comma, tail = content.rpartition(",")
        if comma and tail.strip() in places:
            content = head
        content = content.rstrip(" \t,")
        if content.endswith(("'s", "’s")):
            content = content[:-2]
        elif content.endswith(("s'", "s’")):
            content = content[:-1]  # `<Information Builders'>`
        if any(c.islower() for c in content):
            spans.append((start, start + len(content)))
    return spans


def _firm_tail(words: list[str]) -> bool:
    """`… and Co Inc`, `… and Sons Inc`, `… Power and Light Co`, `… Bank and Trust Co`: one or two words ending
    in a company's form after `and` end one firm's name, not begin another's."""
    if "and" in words:
        words = words[:words.index("and")]  # `… and Co Inc and Marenburg Power …`: up to the next name
    return 1 <= len(words) <= 2 and words[-1].rstrip(".") in _FIRM_ENDS


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".")


_NICK_OPEN_RE = re.compile(r" [\"“']")  # the marks around a nickname inside a name (`John "Bud" Frazier`)
_NICK_CLOSE_RE = re.compile(r"[\"”'] ")
_NICK_MARKS = frozenset("\"“'")


# how many, at a sentence's head (`Two Ministry officials said`): no field
_QUANTIFIERS = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Some", "No",
                          "Other", "Any", "Each", "Every", "Many", "Several", "Both", "All", "Few", "Most", "Another"))
# a government's bodies that a field names (`Statistics Bureau`, `Food Ministry`; not `Congress`, `Senate`)
_FIELDS_BODIES = frozenset(("Department", "Ministry", "Bureau", "Office", "Directorate", "Agency"))
_PLURAL_NOT_OWNED_RE = re.compile(r"\b([A-Z][\w\-]*s)\b(?!['’])")  # `Sanders` with no apostrophe after it
# bodies that their members name in the plural, with its apostrophe (`Musicians' Union`, `Magistrates' Court`)
_MEMBERS_BODIES = frozenset((
    "Association", "Union", "Federation", "Confederation", "Council", "Guild", "Forum", "Front", "Society", "Club",
    "League", "Alliance", "Congress", "Institute", "Commission", "Exchange", "Trust", "Court", "School", "College",
    "Cooperative", "Co-operative", "Organisation", "Organization", "Committee", "Party", "Movement", "Network"))


def _gap_ok(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    # (a wire's two spaces before a firm's legal form keep the name whole: `Innovex  Inc said`)
    return gap == " " or (gap == "" and a.text.endswith(".")) or gap == "  " and b.text.rstrip(".") in _FIRM_ENDS


class _Builder:
    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.persons: list[EntityInfo] = []
        self.orgs: list[EntityInfo] = []
        self.mentions: list[Mention] = []
        self.single: list[tuple[Token, str]] = []  # unresolved single capitalised words (token, honorific gender)
        self.unshown: list[tuple[int, int]] = []  # words alone of one-word people, no sign of a person beside them
        self.acronyms: list[Token] = []  # standalone acronyms (NRCC), linked in pass 2
        self.firm_places: set[int] = set()  # where a firm's place starts (`Garid Inc of Eden Praries`): no name
        self._pending_title: dict[int, object] = {}  # token start -> the title before a lone surname
        self.story_start = 0  # after a wire dateline (set by find_entities)
        self.event_initials: set[str] = set()  # acronyms of the events named (`CES`): no organisations
        self._club_towns: dict[str, set[str]] = {}  # words the story writes before a player's role, and the roles
        self._club_words: set[int] = set()  # ids of the organisations made so, of one word (`merge_firm_words`)
        self._counts: tuple[Counter, Counter] | None = None  # words and pairs the story writes (`_word_counts`)
        self._small_words: set[str] | None = None  # the words the story writes in small letters (`_written_small`)
        # organisations a firm's noun before them named, by the name as written (`classify_plain`)
        self._called_firms: dict[str, EntityInfo] = {}
        self._not_owned: set[str] | None = None  # (`_plurals_not_owned`)
        self.unconfirmed: list[list[Token]] = []  # name-shaped runs with no sign of a person yet (`confirm_by_surname`)
        # the organisations made while the runs are classified, by their first word and by name (`_org_opened_by`):
        # looked up for each run, which a text of thousands of names would otherwise pay for squared
        self._orgs_by_prefix: dict[tuple[str, ...], list[EntityInfo]] = {}  # first words -> up to three such orgs
        self._org_by_name: dict[str, EntityInfo] = {}
        # the words a spokesman's one word may call an organisation made so far by (`_spokesmans_org`): its first
        # word, that word's part before a hyphen, its initials, a name in brackets after it -> up to two such orgs
        self._orgs_by_short: dict[str, list[EntityInfo]] = {}
        self._surnames: set[str] = set()  # the last words of the people named so far (`a Carter spokesman`)
        self._titled_words: set[str] = set()  # the words a title or an honorific named someone by (`Senator Rubio`)
        # the people made so far by the words of their names: looked up for each name met, which a text of
        # thousands of names would otherwise pay for squared (kept only while names are made, before any merge)
        self._person_by_name: dict[str, EntityInfo] = {}
        self._body_words: set[str] = set()  # the last words of the bodies named, and first before `of` (`Bank`)
        self._starts_by_word: dict[str, list[int]] | None = None  # (`_word_starts`)
        self._commission_named = "Commission" in text  # (else `_european_commission` need ask of no run)
        self._not_by_initials: set[int] = set()  # ids of organisations no bare acronym stands for (`link_acronyms`)

    # --- helpers -----------------------------------------------------------------------------------------
    def is_org_word(self, word: str) -> bool:
        return word in self.lex.org_words or word.rstrip(".") in self.lex.org_words

    def title_at(self, words: list[str], i: int) -> int:
        """Length of the longest title starting at words[i] (0 if none)."""
        if i >= len(words) or words[i].lower() not in self.lex.title_first_words:
            return 0  # most words begin no title: asked of nearly every word of every run of names
        lower = [w.lower() for w in words[i:i + self.lex.title_max]]
        for size in range(len(lower), 0, -1):
            if tuple(lower[:size]) in self.lex.titles:
                if size == 1 and lower[0] in _ROLES_WRITTEN_SMALL and lower[0] not in _RANKS:
                    # a player's role is written small: `Lancer Boss Group Ltd`, `Champion International Corp`
                    # hold no title
                    return 0
                return size
        return 0

    def title_before(self, tokens: list[Token], idx: int) -> tuple[int, object]:
        """A lowercase title (`campaign manager`, `pollster`) right before tokens[idx]."""
        if idx == 0 or tokens[idx - 1].text.lower() not in self.lex.title_last_words:
            return 0, None
        for size in range(min(self.lex.title_max, idx), 0, -1):
            span = tokens[idx - size:idx]
            if any(not _gap_ok(self.text, a, b) for a, b in zip(span, span[1:] + [tokens[idx]])):
                continue
            key = tuple(t.text.lower() for t in span)
            title = self.lex.titles.get(key)
            if title is not None:
                if key == ("forward",) and not self._forward_between_names(tokens, idx - 1):
                    return 0, None  # `Liverpool forward Milan Baros`; not `15-day forward Brent crude`
                if key in _POSITIONS_ALSO_PLACES and not self._a_players_position(tokens, idx - 1):
                    return 0, None  # `England centre Mike Tindall`; not `the pumping centre Lago Agrio`
                if key in _TITLES_ALSO_VERBS and self._a_verb_here(tokens, idx - 1):
                    return 0, None  # `Wales prop Adam Jones`; not `vowed to champion Jon Dalby`, `lock him up`
                return size, title
        return 0, None

    def _a_players_position(self, tokens: list[Token], k: int) -> bool:
        """`centre` or `lock` at tokens[k] is a rugby player's position: in a story about rugby (a scrum, a
        fly-half, a line-out…), and not a place's noun (`the pumping centre`, `the shopping centre`, `the lock`)."""
        before = self.text[max(0, tokens[k].start - 24):tokens[k].start]
        return not self._words_written_small().isdisjoint(_RUGBY_WORDS) and \
            _A_PLACES_WORD_BEFORE_RE.search(before) is None

    def _a_verb_here(self, tokens: list[Token], k: int) -> bool:
        """The title's word at tokens[k] is a verb: after a modal or an infinitive's `to` (`will lock`, `vowed to
        champion`), or before the name and `up` (`prop Jon Dalby up`)."""
        before = self.text[max(0, tokens[k].start - 30):tokens[k].start]
        if _MODAL_OR_TO_BEFORE_RE.search(before):
            return True
        return k + 2 < len(tokens) and _UP_AFTER_NAME_RE.match(self.text, tokens[k + 1].start) is not None

    def _no_verb_of_it(self, after: re.Match, tok_start: int, tok_end: int) -> bool:
        """The speech verb's form after a name is no verb of it: a bare form right after one name (`Domestic demand
        rose`, `Producers say`, `the Tomlinson report`; but `Yachvili put France ahead` is the past, and `Kellan's
        Facebook post` a post of his); at a sentence's head, a form that is a plural noun as well, with no object
        after it (`Preliminary estimates put`, `Sticking points to membership`, `Final appeals are`; not
        `Hartley estimates that…`), or a verb of anything after one word, before no words said (`Showers
        continued throughout the week`)."""
        form = after.group(1)
        right_after = after.start(1) - tok_end <= 1
        if form in _bare_present_forms() and right_after and \
                self.text[max(0, tok_start - 3):tok_start] not in ("'s ", "’s "):
            return True
        plural = form in _PLURAL_NOUN_CUES and right_after and not _OBJECT_NEXT_RE.match(self.text, after.end(1))
        weak = self.lex.cue_forms[form] in _WEAK_CUES and " " not in self.text[tok_start:tok_end] \
            and not _SPEECH_NEXT_RE.match(self.text, after.end(1))
        return (plural or weak) and \
            _SENTENCE_OR_QUOTE_START_RE.search(self.text, max(0, tok_start - 5), tok_start) is not None

    def _no_organisation_by_initials(self, words: list[str]) -> None:
        """A law's, a tax's or an event's initials (`ICA`, `PRT`, `CES`) name no organisation of the story either."""
        self.event_initials.add("".join(w[0] for w in words if w.lower() not in _ORG_CONNECTORS))

    def cue_near(self, tok_end: int, tok_start: int) -> bool:
        """A speech verb right after (`Kemp said`, `Kemp, 45, said`, `Dorn openly admitted`) or right before
        (`said Kemp`)."""
        if self._cue_right_after(tok_start, tok_end):
            return True
        before = _WORD_BEFORE_RE.search(self.text[max(0, tok_start - 20):tok_start])
        if not before or before.group(1) not in self.lex.cue_forms:
            return False
        # `said Kemp`, but not `cited Ferrycare` (a verb whose object is seldom a person) nor
        # `said Ferrycare is failing` (the subject of what was said)
        lemma = self.lex.cue_forms[before.group(1)]
        if lemma == "call" and _CALLED_SOMETHING_RE.match(self.text, tok_end):
            return False  # `called Ferrycare ‘a crazy system’`, but `Mr. Kellan called Lena Ward.`
        return lemma not in _THING_OBJECT_CUES and not _REPORTED_CLAUSE_RE.match(self.text, tok_end)

    def _cue_right_after(self, start: int, end: int) -> bool:
        """A speech verb right after the name at start:end (`Kemp said`, `Kemp, 45, said`, `Dorn openly admitted`)."""
        after = _CUE_AFTER_RE.match(self.text, end, end + 140)
        return bool(after) and after.group(1) in self.lex.cue_forms and not self._no_verb_of_it(after, start, end)

    def _seat_speaks(self, run: list[Token]) -> bool:
        """A government's seat as a speaker: a speech verb after it (`the White House said`), one before it that
        ends the clause (`, said the Kremlin.`; not `claiming Downing Street "sexed up" the dossier`, where the seat
        is what was claimed of), or an unnamed spokesman after `a` or `the` (`a White House spokesman said`; not
        `said Pentagon spokesman Navy Capt. Jeff Davis`, who speaks himself)."""
        start, end = run[0].start, run[-1].end
        before = _VERB_BEFORE_THE_RE.search(self.text[max(0, start - 24):start])
        if before and before.group(1) in _PLACE_PREPOSITIONS:
            return False  # (`Protesters outside the Kremlin said:`: where they stood)
        if self._cue_right_after(start, end):
            return True
        if before and before.group(1) in self.lex.cue_forms and _CLAUSE_END_RE.match(self.text, end):
            return True
        return bool(_SPOKESMAN_AFTER_RE.match(self.text, end)
                    and _A_OR_THE_BEFORE_RE.search(self.text, max(0, start - 5), start))

    def described_as_person(self, end: int) -> bool:
        """An appositive that describes a person: an age (`Lisbet Brandt, 42,`), a role (`Ilse Varga, a
        developer and spokeswoman for…`, `Teodor Lind, political science professor at…`, `Tad Devine, Sanders'
        senior media adviser,`) or `who`; not one of
        `its` (`Vivendi Universal, its boss and…`: the boss is the firm's). For names whose given name the word
        lists do not know."""
        m = re.match(r",\s+(?:\d{1,3},|who\b|(?!its\b|their\b)(?:(?:a|an|the)\s+|[A-Z][\w\-]*(?:['’]s|s['’])\s+)?"
                     r"((?:[\w\-]+\s+){0,5}?[a-z]+)(?=\s+(?:of|at|for|in|from|to|with|who|and)\b|\s*[,.;]))", self.text[end:end + 120])
        if m is None:
            return False
        role = (m.group(1) or "").split()[-1:] and m.group(1).split()[-1]
        # (not `Lago Agrio, the centre of Ecuador's oil`: a place, though `centre` is a player's role too)
        return not role or role in self.lex.title_heads and role != "centre" or role.endswith(
            ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "wife", "husband", "mother", "father",
             "son", "daughter", "activist", "veteran", "student", "resident", "owner", "chief", "head", "friend",
             "ally", "aide", "colleague", "partner", "fellow", "expert", "scholar", "host", "anchor", "pundit",
             "nominee", "delegate", "candidate", "staff", "mayor", "senator", "governor", "congressman"))

    def named_in_apposition(self, start: int, end: int) -> bool:
        """`Ms. Ward's spokesman, Steffen Vaart, wrote`: a name set off by commas after a role, with a speech
        verb right after it. For names whose given name the word lists do not know."""
        role = _ROLE_COMMA_RE.search(self.text, max(0, start - 40), start) or \
            _ROLE_OF_COMMA_RE.search(self.text, max(0, start - 100), start)
        verb = _COMMA_VERB_RE.match(self.text, end, end + 40)
        return bool(role and verb and role.group(1) in self.lex.title_heads and verb.group(1) in self.lex.cue_forms)

    def signs_a_quote(self, start: int, end: int) -> bool:
        """`“…” ― Jacklyn Ashley`: a name alone after a quote and a dash, ending its line, signs the quote."""
        return re.search(r"[”\"’»]\s*[―—–]\s*$", self.text[max(0, start - 6):start]) is not None and \
            re.match(r"[ \t\xa0]*(?:[.,;]?[ \t\xa0]*(?:\n|$)|,)", self.text[end:end + 4]) is not None

    def person(self, tokens: list[Token], title=None, gender_hint: str = "") -> None:
        # a name stops at a lowercase word that is not a name particle ("Mira Osk of Kestria")
        for n, tok in enumerate(tokens):
            if not tok.cap and tok.text not in _PERSON_PARTICLES:
                tokens = tokens[:n]
                break
        while tokens and not tokens[-1].cap:
            tokens = tokens[:-1]
        if any(_DIGIT_RE.search(t.text) for t in tokens):
            return  # `Baa-3`, `Douglas DC-10s`, `Clie PEG UX50`: a rating, a model, a code; no one's name has a digit
        # `Film-maker Spike Lee`, `Man-of-the-match Duff`, `Oscar-nominated Owen` opening a sentence: a description
        # joined by hyphens, its last part in lower case, is no given name (`Jean-Pierre`, `Kilroy-Silk` are
        # capitalised throughout; `said Pei-yuan Chia` is a given name, capitalised in mid-sentence)
        while len(tokens) > 1 and tokens[0].initial and "-" in tokens[0].text and \
                tokens[0].text.rsplit("-", 1)[1][:1].islower():
            tokens = tokens[1:]
        if not tokens:
            return
        if tokens[0].text not in self.lex.given and \
                _LEAD_MANAGER_BEFORE_RE.search(self.text, max(0, tokens[0].start - 30), tokens[0].start):
            # `lead manager Banca Commerciale Italiana said`: a bond issue's managing bank (but `the project's lead
            # manager Sarah Jones` is a person)
            self.org(tokens)
            return
        if len(tokens) > 1 and (tokens[-1].text in _THING_ENDS or tokens[-1].text in _SCHEMES) \
                and tokens[0].text not in self.lex.given:
            return  # `Major Market Index futures`, `the Export Enhancement Program`: a measure's name, no one's
        if len(tokens) > 1 and (tokens[0].text in _PLACE_OPENERS or tokens[-1].text in _PLACE_ENDS or (
                tokens[-1].text in _BUILDING_ENDS and tokens[0].text not in self.lex.given)):
            return  # `Fort Pierce said`, `the Trump Tower suite`: a place, whatever speaks beside it
        if tokens[0].text not in self.lex.given and \
                _CAPITAL_THE_BEFORE_RE.search(self.text, max(0, tokens[0].start - 5), tokens[0].start):
            # `presents The Weakest Link`, `The Beige Book said`: a title's words, no one's name (but `The Ray
            # Charles biopic` names him)
            return
        if len(tokens) >= 3 and tokens[0].text in self.lex.given and tokens[-1].text[1:].islower() \
                and tokens[-1].text.lower() in self.lex.cue_forms and tokens[-1].text.endswith(("s", "ed", "id", "ld")):
            tokens = tokens[:-1]  # a headline's `Mike Pence Calls…`, `Hillary Clinton Joked`: the verb is no name's
        words = tuple(t.text for t in tokens)
        if len(words) > 1 and (words[-1] in _NUMBER_WORDS or words[-1] in _HOLIDAYS and (
                words[0] not in self.lex.given or _HOLIDAY_THING_AFTER_RE.match(self.text, tokens[-1].end))):
            # `Perry Nuclear Unit One`, `Jan Six`, `the San Bernardino Christmas party`: a unit, a date, a holiday
            # (where `Norman Lent` and `Hani Ramadan` are people)
            return
        if len(words) > 1 and _ROMAN_RE.fullmatch(words[-1]) and title is None and words[0] not in self.lex.given \
                and (all(self._written_small(w) for w in words[:-1]) or re.search(
                    r"\b" + re.escape(words[-2]) + r"[ \t\xa0]+(?!" + words[-1] + r"\b)" + _ROMAN_RE.pattern + r"\b",
                    self.text)):
            # `World War II`, and `Level IV reflects grain…` beside `Level V` and `Level VI`: a thing's number in a
            # series, no one's (`Busch III` and `T. Boone Pickens III` are someone)
            return
        entity = None
        if words[-1] in _SUFFIXES and len(words) > 1:
            # `Donald Trump Jr.` is not `Donald Trump`: the suffix stays in the name (written one way)
            suffix = words[-1].rstrip(".")
            words = words[:-1] + (suffix + "." if suffix in ("Jr", "Sr") else suffix,)
            if len(words) == 2:  # `Trump Jr.`: the one named in full before, when there is one
                entity = next((p for p in self.persons if p.tokens[-2:] == words), None)
        key = " ".join(words)
        entity = entity or self._person_by_name.get(key)
        if entity is None:
            entity = EntityInfo("person", key, words)
            self.persons.append(entity)
            self._person_by_name[key] = entity
            self._surnames.add(entity.last)
        if title is not None:
            if title.head:
                entity.heads.add(title.head)
            entity.gender = entity.gender or title.gender
        entity.gender = entity.gender or gender_hint or self._given_gender(words)
        start, end = tokens[0].start, tokens[-1].end
        entity.mentions.append((start, end))
        self.mentions.append(Mention(start, end, entity))

    def _given_gender(self, words: tuple[str, ...]) -> str:
        if len(words) < 2:
            return ""
        g = self.lex.given.get(words[0], "")
        return g if g in ("m", "f") else ""

    def org(self, tokens: list[Token], as_name: tuple[str, ...] = ()) -> EntityInfo:
        words = [t.text for t in tokens]
        while words and words[0].lower() == "the":
            words, tokens = words[1:], tokens[1:]
        # `UK's Office of Fair Trading`, `Tonight's American Petroleum Institute`: the country or the day the body
        # is of opens no part of its name (`People's Daily`, `Moody's`, `Ward's` are names); but a country tells a
        # body named alike in every country apart (`Spain's High Court`, `Nicaragua's Central Bank`, `Japan's Finance
        # Ministry`, which state_bodies names `Japanese Finance Ministry`), as where a run is split at its `'s`
        while len(words) > 1 and (owner := _OWNER_RE.fullmatch(words[0])) is not None and (
                owner.group(1) in _DAYS_AND_MONTHS or owner.group(1) in ("Today", "Tonight", "Yesterday", "Tomorrow")
                or owner.group(1) in self.lex.places and self._distinct_body_name(words[1:])):
            words, tokens = words[1:], tokens[1:]
        while len(words) > 1 and words[-1] == "&":  # `Daily Mail &` left by a name cut after it
            words, tokens = words[:-1], tokens[:-1]
        # `the Conservative Party Co-Chairman`, `Fox News Chairman`, `UK Independence Party MEP`: an officer's
        # title (or letters) after the body's name is no part of it (`Office of the Deputy Prime Minister` is)
        cut = next((n for n in (2, 1) if len(words) > n + 1 and words[-n - 1].lower() not in _ORG_CONNECTORS
                    and tuple(w.lower() for w in words[-n - 1:]) not in self.lex.titles  # (`Prime Minister`)
                    and (" ".join(words[-n:]).lower() in _OFFICER_TITLES or n == 1 and words[-1] in POST_NOMINALS)
                    and any(self.is_org_word(w) for w in words[:-n])), 0)
        if cut:
            words, tokens = words[:-cut], tokens[:-cut]
        # `Trafalgar House Ltd of the U.K.` (joined by the run's `of the`): a legal form that no name goes on after
        # ends the name, and the place after it is where the firm is (see runs)
        located = next((i for i in range(1, len(words) - 2) if words[i] in _NAME_ENDING_FORMS
                        and words[i + 1] == "of" and (words[i + 2][:1].isupper() or words[i + 2] == "the")), 0)
        if located:
            words, tokens = words[:located + 1], tokens[:located + 1]
        # `Mercedes Benz C180 SE`, `Airbus Industries A320`, `British Aerospace Bae146`: a model's code after the
        # maker's name is a product of the maker, no part of its name
        model = next((i for i in range(1, len(words)) if _MODEL_CODE_RE.fullmatch(words[i])), 0)
        if model and any((_legal_form(w) or self.is_org_word(w)) and w != "SE" for w in words[model + 1:]):
            # `Vodafone D2 GmbH`, `Sky Sports F1 Ltd`, `COVID-19 Response Team`: the code is in the name (a car's
            # `SE` is its trim, no legal form)
            model = 0
        while model > 1 and words[model - 1][:1].islower():
            model -= 1  # (`U.S. Army for M1 Abrams`, `Thai Air for CF6-50`)
        owner_s = 0
        if model > 1 or model == 1 and (words[0].isupper() or words[0] in self.lex.known_orgs):
            words, tokens = words[:model], tokens[:model]
            if _OWNER_RE.fullmatch(words[-1]):  # `Bank of America's Baa-1`: the bank's rating
                words[-1], owner_s = words[-1][:-2], 2
        body = next((i for i in range(len(words) - 2, 0, -1) if words[i] in _BODY_ENDS
                     or " ".join(words[:i + 1]) in self.lex.known_orgs), 0)  # (`the Liberal Democrats Treasury…`)
        if body and len(words) - body - 1 <= 2 \
                and not any(w.lower() in _ORG_CONNECTORS for w in words) \
                and not any(self.is_org_word(w) or w.rstrip(".") in _FIRM_ENDS for w in words[body + 1:]) \
                and (after := _NEXT_WORD_RE.match(self.text, tokens[-1].end)) is not None \
                and after.group(1) in _WHAT_A_BODY_HAS:
            # `the Scottish National Party Holyrood leader`, `the International Rugby Board World Sevens series`:
            # the body's name ends at its body's word; the words after it name what it has
            words, tokens = words[:body + 1], tokens[:body + 1]
        end = tokens[-1].end - owner_s if tokens else 0
        if words and words[-1] in _NUMBERED_NAMES:
            number = _CHANNEL_NUMBER_RE.match(self.text, end)
            if number is not None:  # `BBC Radio 4's Today`: the channel's number is part of its name
                words.append(number.group(1))
                end = number.end(1)
        if as_name:
            words = list(as_name)
        key = " ".join(words)
        entity = self._org_by_name.get(key)
        if entity is None:
            entity = EntityInfo("org", key, tuple(words))
            infos = [self.lex.org_words.get(w) or self.lex.org_words.get(w.rstrip(".")) for w in words]
            for k in _modifying_words(words, infos):
                infos[k] = None
            for info in infos:
                if info and info.head:
                    entity.heads.add(info.head)
                    entity.heads.update(generic_heads(info))
            self.orgs.append(entity)
            for k in range(1, len(words)):
                if words[k].lower() not in _ORG_CONNECTORS:  # (not `Federal Reserve` of `Federal Reserve of …`)
                    holders = self._orgs_by_prefix.setdefault(tuple(words[:k]), [])
                    if len(holders) < 3:  # (three tell two, of which one may be the firm itself, from more)
                        holders.append(entity)
            self._org_by_name[key] = entity
            initials = "".join(w[0] for w in words if w.lower() not in _ORG_CONNECTORS)
            for short in {words[0], words[0].split("-")[0], initials.upper()}:
                self._short_for(short, entity)
            if len(words) > 1:
                self._body_words.add(words[-1])
                if words[1] in _HEAD_OF:
                    self._body_words.add(words[0])
        entity.mentions.append((tokens[0].start, end))
        self.mentions.append(Mention(tokens[0].start, end, entity))
        if (called := _CALLED_IN_BRACKETS_RE.match(self.text, end)) is not None:
            self._short_for(called.group(1), entity)  # `Korea Electric Power Corp (Kepco)`
        return entity

    def _short_for(self, short: str, entity: EntityInfo) -> None:
        """Note `short` as a word a spokesman's one word may call `entity` by (see `_orgs_by_short`)."""
        holders = self._orgs_by_short.setdefault(short, [])
        if len(holders) < 2 and entity not in holders:  # (two tell one from several)
            holders.append(entity)

    def bracketed_org(self, start: int, end: int) -> None:
        """The organisation a wire names in angle brackets, its words as written (commas aside: `<Goldman, Sachs
        and Co>` is the `Goldman Sachs and Co` of a name found in running text)."""
        words = [(m.start(), m.end()) for m in re.finditer(r"[^\s,]+", self.text[start:end])]
        self.org([Token(start + s, start + e, self.text[start + s:start + e], False, True) for s, e in words])

    # --- pass 1: runs of capitalised words ---------------------------------------------------------------
    def _plural_owner_before(self, run: list[Token]) -> bool:
        """A plural capitalised word, its apostrophe and a space before the word of a body its members make
        (`Growers' Federation`, `St Louis Merchants' Exchange`; not an owner's `Sanders' Senate office`, `Salomon
        Brothers' Capital Markets`, nor a person's after a title, `Senator Jennings’ Committee`, or after a given
        name, one the story names without the apostrophe too: `Bernie Sanders’ College for All Act` of a story
        that says `endorsed Sanders`). The run's last word; its apostrophe and the space the caller has seen."""
        last = run[-1]
        if not last.text.endswith("s"):
            return False
        before = run[-2].text if len(run) > 1 else ""
        if before != "General" and (before.lower(),) in self.lex.titles:
            return False  # (`Senator Jennings’ Committee`; `General` opens names, `Transport and General Workers' Union`)
        return not (before in self.lex.given and last.text in self._plurals_not_owned())

    def _plurals_not_owned(self) -> set[str]:
        """The capitalised words ending in `s` that the story writes with no apostrophe after them (`Sanders`
        of `endorsed Sanders`), gathered once a story that asks."""
        if self._not_owned is None:
            self._not_owned = set(_PLURAL_NOT_OWNED_RE.findall(self.text))
        return self._not_owned

    def runs(self, tokens: list[Token]) -> list[list[Token]]:
        runs: list[list[Token]] = []
        i = 0
        while i < len(tokens):
            if not tokens[i].cap:
                i += 1
                continue
            run = [tokens[i]]
            j = i + 1
            while j < len(tokens):
                tok = tokens[j]
                if len(run) == 1 and self.text[tok.start - 1] in _NICK_MARKS and j + 1 < len(tokens):
                    nick = tokens[j + 1]
                    if tok.cap and nick.cap and run[0].text in self.lex.given and \
                            _NICK_OPEN_RE.fullmatch(self.text, run[0].end, tok.start) and \
                            _NICK_CLOSE_RE.fullmatch(self.text, tok.end, nick.start):
                        run.append(nick)  # `John "Bud" Frazier`, `Marion "Suge" Knight`: the nickname is no part of it
                        j += 2
                        continue
                if tok.cap and self.text[run[-1].end:tok.start] in ("' ", "’ ") \
                        and _OWNERS_S_RE.sub("", tok.text) in _MEMBERS_BODIES \
                        and self._plural_owner_before(run):  # (`the Musicians' Union's leader`)
                    # `the National Coffee Growers' Federation`, `the Musicians' Union`: the plural's apostrophe
                    # is the name's own
                    last = run[-1]
                    run[-1] = Token(last.start, last.end + 1, self.text[last.start:last.end + 1], last.initial, True)
                if not _gap_ok(self.text, run[-1], tok) or run[-1].text.endswith(".") and (tok.initial or (
                        run[-1].text[:-1] in _FIRM_ENDS and tok.text.rstrip(".") not in _FIRM_ENDS
                        and not (tok.text == "of" and _OF_AMERICA_RE.match(self.text, tok.end)))):
                    # a sentence that starts after an abbreviation's dot (`Energy Corp. The Commission`), and a
                    # firm's name that ends with its dot (`Standard and Poor's Corp. Stephens Inc co-managed`,
                    # `RJR Nabisco Inc. of Winston-Salem`; but `Aluminum Co. of America` is the name)
                    break
                if tok.cap:
                    run.append(tok)
                    j += 1
                    continue
                low = tok.text.lower()
                nxt = tokens[j + 1] if j + 1 < len(tokens) else None
                if (low in _PERSON_PARTICLES or low in _ORG_CONNECTORS) and nxt is not None and nxt.cap \
                        and _gap_ok(self.text, tok, nxt) and nxt.text not in _TIME_WORDS \
                        and not (low == "and" and (run[-1].text.rstrip(".") in _FIRM_ENDS
                                                   or run[-1].text in _LEGAL_FORMS)) \
                        and not (low == "of" and run[-1].text in _NAME_ENDING_FORMS):
                    # (`… and Co and Kidder`, `Deutsche Bank AG and W.I. Carr`: a firm's name ends at its legal form;
                    # and at one no name goes on after, `Bayer AG of West Germany`, the place after is where it is)
                    run.append(tok)
                    j += 1
                    continue
                if tok.text == "do" and nxt is not None and nxt.cap and _gap_ok(self.text, tok, nxt) and (
                        _OWNERS_S_RE.sub("", nxt.text) in _PORTUGUESE_PLACE_WORDS
                        or _OWNERS_S_RE.sub("", nxt.text) in self.lex.places) \
                        and run[-1].text not in _SENTENCE_OPENERS and not run[-1].text.lower() in _QUESTION_WORDS:
                    # Portuguese `do` (of the) in a firm's or a state's name: `General Motors do Brasil`, `Banco do
                    # Brasil's Foreign Trade Department`, `Rio Grande do Sul` (had cut them at the `do`)
                    run.append(tok)
                    j += 1
                    continue
                if low == "of" and run[-1].text in _NAME_ENDING_FORMS and nxt is not None and nxt.cap:
                    self.firm_places.add(nxt.start)
                after = tokens[j + 2] if j + 2 < len(tokens) else None
                if low in _PERSON_PARTICLES and nxt is not None and nxt.text in _PERSON_PARTICLES and after is not None \
                        and after.cap and _gap_ok(self.text, tok, nxt) and _gap_ok(self.text, nxt, after):
                    run.extend((tok, nxt))  # `Hans van den Broek`, `Ursula von der Leyen`: two particles
                    j += 2
                    continue
                if low == "to" and nxt is not None and nxt.text in _CAMPAIGN_VERBS and run[-1].text in _CAMPAIGNS \
                        and after is not None and after.cap and after.text not in self.lex.given \
                        and _gap_ok(self.text, tok, nxt) \
                        and _gap_ok(self.text, nxt, after):
                    run.extend((tok, nxt))  # `Committee to Protect Journalists`, `Coalition to Stop Trump`: its aim
                    j += 2
                    continue
                phrase = self._known_phrase(run, tokens, j)
                if phrase:
                    run.extend(phrase)  # `Friends of the Earth`, `War on Want`: a known name's small words
                    j += len(phrase)
                    continue
                if low == "of" and nxt is not None and nxt.text == "the" and after is not None and after.cap \
                        and self.is_org_word(run[-1].text) and _gap_ok(self.text, tok, nxt) \
                        and _gap_ok(self.text, nxt, after):
                    run.extend((tok, nxt))  # `International Committee of the Red Cross`: an organisation's own `of the`
                    j += 2
                    continue
                break
            while run and not run[-1].cap:
                run.pop()
            if len(run) > 2 and run[-1].text in POST_NOMINALS and run[0].text in self.lex.given:
                run.pop()  # `Guy Mansfield QC said`, `Jon Osk MP`: letters after a name are no part of it
            if len(run) > 1 and run[-1].text in _TIME_WORDS and run[-2].text in _DAY_NAMERS:
                run = run[:-2]  # `Super Tuesday`, `Black Friday`: a day, neither a person nor an organisation
            elif len(run) > 1 and run[-1].text in _TRAILING_DATES and run[-2].text not in _DATE_NAMERS \
                    and _joined_without_the(run) not in self.lex.known_orgs:
                # `told the Courier Saturday`, `Kellan Friday`: the day is when, not part of the name (but the
                # `Mail on Sunday`'s is)
                run.pop()
            if run:
                runs.append(run)
            i = j
        return runs

    def classify(self, run: list[Token], tokens: list[Token], index_of: dict[int, int]) -> None:
        """Classify a run of capitalised words, which may hold several names one after another (`the Courier
        and The Times`, `the Courier's Jon Osk`): the name on the right is taken in this loop, not by
        recursion, so that a run of thousands of names in hostile input costs no more than its length."""
        if len(run) > _LONGEST_RUN:  # no name is this long: taken a window at a time, each at most quadratic
            for k in range(0, len(run), _LONGEST_RUN):
                self.classify(run[k:k + _LONGEST_RUN], tokens, index_of)
            return
        if self._commission_named:
            run = self._european_commission(run)
        while run:
            run = self._classify_first(run, tokens, index_of)

    def _european_commission(self, run: list[Token]) -> list[Token]:
        """`The EC Executive Commission`, `the EC Commission`, `European Community (EC) Commission`, `the EC's
        executive Commission`: the European Community's executive, named as the archive's other stories name it
        (`European Commission`); returns what the run holds after it (`EC Commission President Jacques Delors`)."""
        k = next((i for i, t in enumerate(run) if t.text in _COMMISSION), -1)
        if k < 0 or not all(t.text in _EC_WORDS for t in run[:k]) \
                or not (_EC_BEFORE_RE.search(self.text, max(0, run[k].start - 40), run[k].start)
                        or _COMMUNITY_BEFORE_RE.search(self.text, max(0, run[k].start - 40), run[k].start)
                        and _EC_NAMED_RE.search(self.text)):
            return run
        rest = run[k + 1:]
        if rest and not self.title_at([t.text for t in rest], 0):
            return run  # (`the EC's Commission on Human Rights`: a body of its own)
        first = next((i for i, t in enumerate(run[:k]) if t.text != "The"), k)
        tokens = run[first:k + 1]
        if tokens[-1].text != "Commission":  # `The EC Commission's proposal`: the body, without its `'s`
            last = tokens[-1]
            tokens = tokens[:-1] + [Token(last.start, last.end - 2, "Commission", last.initial, True)]
        entity = self.org(tokens, as_name=("European", "Commission"))
        self._not_by_initials.add(id(entity))  # (here `EC` is the Community, not its Commission)
        return rest

    def _one_name_with_and(self, run: list[Token], i: int, tokens: list[Token]) -> bool:
        """`Health and Rehabilitation Properties`, `Rohm and Haas Seed Inc`, `H and R Block Inc`: one word before
        `and` that is no name of its own (not a given name, a place, a people, a known organisation, an acronym,
        a word of the not-a-name list or the surname of someone named), before a name of two words or more that
        ends as an organisation's and is none of its own; the story writes neither part apart from the other."""
        words = [t.text for t in run]
        if i != 1 or len(words) < 4 or "and" in words[2:] or "&" in words[2:] or "-" in words[0] \
                or self.title_at(words, 0) or self.title_at(words, 2) \
                or _LIST_BEFORE_RE.search(self.text, max(0, run[0].start - 40), run[0].start):
            return False  # (`Delta, Continental and American Airlines`, `Hicks and Haas and Acadia Partners`: a
            # list of names; `Director and Vice Chairman of…`, `Ford and General Motors`: a title's word)
        left, right = words[0], words[2:]
        lex = self.lex
        initials = len(left.rstrip(".")) <= 2 and left.isupper() and len(right[0].rstrip(".")) <= 2 \
            and right[0].isupper()  # `H and R Block Inc`, `P and O Containers Ltd`
        if not initials and (left.isupper() or right[0].isupper() and len(right[0]) > 2):
            return False  # `IMF and World Bank`, `EADS and BAE Systems`: acronyms are names of their own
        if _DIGIT_RE.search(left) or left in lex.given or left in lex.places or left in lex.demonyms \
                or left in lex.known_orgs or left in lex.not_names or self.is_org_word(left) \
                or any(p.last == left for p in self.persons) or right[0] in lex.known_orgs \
                or " ".join(right) in lex.known_orgs \
                or not self.is_org_word(right[-1]) and right[-1].rstrip(".") not in _FIRM_ENDS:
            return False
        words_seen, pairs_seen = self._word_counts(tokens)
        together = pairs_seen[(left, "and", right[0], right[1])]
        return together == words_seen[left] == pairs_seen[(right[0], right[1])]

    def _word_starts(self, tokens: list[Token]) -> dict[str, list[int]]:
        """Where the story writes each word (made once, when first asked)."""
        if self._starts_by_word is None:
            self._starts_by_word = {}
            for t in tokens:
                self._starts_by_word.setdefault(t.text, []).append(t.start)
        return self._starts_by_word

    def _written_alone(self, side: list[str], k: int, tokens: list[Token]) -> bool:
        """The words `side` are written from tokens[k] on as a name of their own, in mid-sentence: after a word
        in small letters that joins no name (`on Fox`, `from Comcast`), and before none that goes on with it."""
        end = k + len(side)
        if end > len(tokens) or [t.text for t in tokens[k:end]] != side:
            return False
        if any(not _gap_ok(self.text, a, b) for a, b in zip(tokens[k:end - 1], tokens[k + 1:end])):
            return False
        at = tokens[k].start
        before = _SMALL_WORD_BEFORE_RE.search(self.text, max(0, at - 20), at)
        return before is not None and before.group(1) not in _ORG_CONNECTORS \
            and not _NAME_GOES_ON_RE.match(self.text, tokens[end - 1].end)

    def _parts_named_apart(self, run: list[Token], i: int, tokens: list[Token], index_of: dict[int, int]) -> bool:
        """`CNN and Fox`, `Verizon Communications and Comcast`, `Deutsche Bank and Gazpromneft`: two names joined
        by `and`, where one side is a name of its own: an organisation's the lists know or the story has made, or
        words the story writes alone elsewhere, in mid-sentence (`… on Fox`). Not one name (`Marks and Spencer`,
        `Johnson and Johnson`, a known firm's), nor a body's fields (`Department of Trade and Industry`), nor a
        side of words any body's name may hold (`Securities and Exchange Commission`)."""
        words = [t.text for t in run]
        left, right = words[:i], words[i + 1:]
        if left == right or " ".join(words) in self.lex.known_orgs or "of" in left or "for" in left:
            return False
        if any(" ".join(side) in self.lex.known_orgs or " ".join(side) in self._org_by_name for side in (left, right)):
            return True
        for side, start in ((left, run[0].start), (right, run[i + 1].start)):
            if all(w in self.lex.not_names or w in _GENERIC_BODY_WORDS or self.is_org_word(w) or w in _ORG_CONNECTORS
                   for w in side):
                continue
            where = self._word_starts(tokens).get(side[0], [])
            # (a bounded look, by where the first word is written: a text of thousands of names pays no n²)
            lo = bisect.bisect_left(where, start - 6000)
            for at in where[lo:min(bisect.bisect_right(where, start + 6000), lo + 16)]:
                if at != start and self._written_alone(side, index_of[at], tokens):
                    return True
        return False

    def _word_counts(self, tokens: list[Token]) -> tuple[Counter, Counter]:
        """How often the story writes each word, each pair of words and each `X and Y Z`, counted once a story
        (a text of thousands of `X and Y Corp` asks thousands of times; a scan of the text each time would cost
        its length squared)."""
        if self._counts is None:
            texts = [t.text for t in tokens]
            pairs = Counter(zip(texts, texts[1:]))
            pairs.update((a, b, c, d) for a, b, c, d in zip(texts, texts[1:], texts[2:], texts[3:]) if b == "and")
            self._counts = (Counter(texts), pairs)
        return self._counts

    def _common_word_opens_a_name(self, run: list[Token]) -> bool:
        """A word the lists hold as no name that opens a name all the same, capitalised words running on from it:
        a noun (a plural of people, a thing) before a firm's legal form (`Bankers Trust International Ltd`, `Video
        Jukebox Network Inc`, `Citizens Bank and Trust Co`; not a sentence's word: `But`, `Meanwhile`, `Tuesday`;
        nor a noun before `of`: `Shares of Acme Inc`), or a party's label before a body's word (`the Liberal Front
        Party`, `Socialist Workers Party`, and in mid-sentence `by the Republican Party`) or opening a party's name
        the lists know (`the Liberal Democrats`)."""
        if len(run) < 2 or not run[1].cap:
            return False
        first = run[0].text
        if first in _PARTY_LABELS and (
                any(_OWNERS_S_RE.sub("", t.text) in _BODY_ENDS for t in run[1:])  # (and `the Republican Party's`)
                or " ".join(t.text for t in run[:2]) in self.lex.known_orgs):
            # (`the Republican Party`, `the Communist Party`, `the Liberal Democrats`; what the party has after its
            # name, `the Conservative Party Treasury spokesman`, is cut off where the organisation is made)
            return True
        if first == "Sunday" and self._newspaper_word(_OWNERS_S_RE.sub("", run[1].text)) and \
                not _PAPER_DAY_BEFORE_RE.search(self.text, max(0, run[0].start - 12), run[0].start):
            # `told the Sunday Times`, `yesterday's Sunday Times`, `the Sunday Telegraph's Jon Dalby`: a Sunday
            # paper (not a wire's bare day: `Police said Sunday Herald reporters…`)
            return True
        if run[-1].text in _BODY_NOUNS and (run[-1].text != "Party" or len(run) > 2) and all(t.cap for t in run) \
                and first not in _SENTENCE_OPENERS \
                and first not in _DAYS_AND_MONTHS and first[1:].islower() \
                and (first not in _PARTY_LABELS or len(run) > 2) \
                and first not in self.lex.demonyms \
                and _SMALL_THE_BEFORE_RE.search(self.text, max(0, run[0].start - 5), run[0].start):
            # `the Statistics Bureau said`, `the Food Ministry`, `the Republican Jewish Coalition`: a body named by
            # its field, in mid-sentence (not `the Republican Senate leadership`: the party's seats in it; nor a
            # party, which the party's rules name: `drunk at the Christmas Party`)
            return True
        if self._field_before_a_body(run):
            return True
        if len(run) < 3:
            return False
        return first not in _SENTENCE_OPENERS and first not in _DAYS_AND_MONTHS \
            and not first.endswith("ly") and first[1:].islower() and first.lower() not in _NOT_FIRMS_FIRST \
            and (run[-1].text.rstrip(".") in _FIRM_ENDS or run[-1].text in _LEGAL_FORMS) \
            and not any(t.text == "of" for t in run[1:3])

    def _body_before_officer(self, prefix: list[Token], title: list[Token]) -> list[Token] | None:
        """The body named in front of a name and its title, where the title holds the body's name (`Central Bank`
        of `Philippine Central Bank Governor`, `Supreme Court` of `U.S. Supreme Court Justice`), or its word after
        a place (`Cleveland Police Chief`, `Ohio Democratic Party Chairman`; not `Senior Police Officer`, `Hedge
        Fund Manager`), or where another title follows it (`Metropolitan Police` of `Metropolitan Police
        Commissioner Sir`); no rank before it (`Ex-Deputy Central Bank Governor`). None where the prefix is read
        as before; a body's word alone (`Commission` of `Commission President Justice`) names nothing."""
        k = max((k for k in range(len(title) - 1) if title[k].text in _OFFICERS_BODIES), default=-1)
        if k >= 0:
            body = prefix + title[:k + 1]
        else:
            words = [t.text for t in prefix]
            j = next((j for j in range(1, len(words)) if words[j - 1] in _OFFICERS_BODIES
                      and self.title_at(words, j) == len(words) - j), 0)
            if not j:
                return None
            body = prefix[:j]
        if body and body[0].text.startswith("Ex-"):  # `Ex-Welsh Office Minister Lord Roberts`: the Welsh Office
            body = [Token(body[0].start + 3, body[0].end, body[0].text[3:], body[0].initial, True)] + body[1:]
        while body and (body[0].text in _RANK_WORDS or body[0].text == "The"):
            body = body[1:]
        while len(body) > 1 and body[0].text in _NEW_IN_POST and not self._is_place([t.text for t in body[:2]]) \
                and f"{body[0].text} {body[1].text}" not in self.lex.known_orgs:
            body = body[1:]  # `New Metropolitan Police Commissioner Sir Ian Blair`: a new commissioner (not `New York`)
        if k == 0 and body and not any(self._is_place([t.text for t in body[:n]]) for n in (1, 2, 3)):
            return []  # (a title holding a body's word alone, `police officer`, `fund manager`: a place must name it)
        return body

    def _field_before_a_body(self, run: list[Token]) -> bool:
        """Two words, a field and a government body's word, without `the` too: `Statistics Bureau figures show`,
        `a Statistics Office statement`, `Food Ministry officials said`; and opening a sentence, where `State` is no
        speech verb that opens it (`State Department spokesman Charles Redman told reporters`)."""
        first = run[0].text
        return len(run) == 2 and run[1].text in _FIELDS_BODIES and first[1:].islower() \
            and first not in _SENTENCE_OPENERS and first not in _DAYS_AND_MONTHS and first not in _QUANTIFIERS

    def _newspaper_word(self, word: str) -> bool:
        """`Times`, `Telegraph`, `Mirror`: a word the lists say names a newspaper."""
        info = self.lex.org_words.get(word)
        return info is not None and info.kind == "media" and info.head == "newspaper"

    def _party_after_the(self, tok: Token) -> bool:
        """A party's plural after `the` (`the Republicans`, `the Tories`): the party, though alone the word may be
        its members (`Many Republicans`, `Tories said`)."""
        info = self.lex.org_words.get(tok.text)
        return info is not None and info.kind == "party" and tok.text.endswith("s") and tok.text != "Parties" \
            and _THE_BEFORE_RE.search(self.text, max(0, tok.start - 5), tok.start) is not None

    def _no_name(self, run: list[Token]) -> bool:
        """The run's first word is one the lists say is no name (`But`, `May`, `Will`), and not used as one here."""
        return run[0].text in self.lex.not_names and not self._used_as_a_name(run)

    def _used_as_a_name(self, run: list[Token]) -> bool:
        """`said Will Dalby`: Will as a given name, in mid-sentence (after a lowercase word or a comma) with a
        surname after it; not the verb of a title-case headline (`Why Will Kellan Win`). Or alone, as the
        surname of someone the story has named, before a speech verb (`Will wrote`, and so any word the lists say
        is no name: `May said` after `Brian May`)."""
        if len(run) == 1:  # `Will wrote.`, after `columnist Jon Will`: the surname, with a speech verb after it
            # (and any word the lists say is no name: `May said:` after `Guitarist Brian May`; not a pronoun, `He
            # said` after `Arvid He`, nor a month after a preposition, `published in May said`)
            if run[0].text not in self._surnames or run[0].text in _PRONOUN_WORDS or \
                    _PREPOSITION_BEFORE_RE.search(self.text, max(0, run[0].start - 12), run[0].start):
                return False
            verb = _NEXT_WORD_RE.match(self.text, run[0].end)
            return verb is not None and self.lex.cue_forms.get(verb.group(1)) not in (None, verb.group(1))
        if run[0].text != "Will":
            return False
        return not run[0].initial and run[1].cap and \
            _MID_SENTENCE_RE.search(self.text, max(0, run[0].start - 30), run[0].start) is not None

    def _known_phrase(self, run: list[Token], tokens: list[Token], j: int) -> list[Token]:
        """The rest of a name the lists know that holds small words (`Friends of the Earth`, `War on Want`), when
        the run so far opens it and tokens[j:] go on with it; else []."""
        for phrase, k in self.lex.known_phrases.get(run[-1].text, ()):
            if len(run) < k or tuple(t.text for t in run[-k:]) != phrase[:k]:
                continue
            rest = tokens[j:j + len(phrase) - k]
            if tuple(t.text for t in rest) == phrase[k:] and all(
                    _gap_ok(self.text, a, b) for a, b in zip([run[-1]] + rest, rest)):
                return rest
        return []

    def _classify_first(self, run: list[Token], tokens: list[Token], index_of: dict[int, int]) -> list[Token]:
        """Classify the run, or its first name when it holds more than one; returns what is left of it."""
        lex = self.lex
        official = run[0].text == "Official" or len(run) > 2 and run[0].text == "The" and run[1].text == "Official"
        if len(run) > 1 and (self._no_name(run) and " ".join(t.text for t in run) in lex.known_orgs
                             or official and _joined_without_the(run) in lex.known_orgs):
            # `Reporters Without Borders`, `Save the Children`: a known name opening with a word that is no name
            # (which would be dropped below as the sentence's), whole; and one opening with a title's word, which
            # would go as a title (`the Official Journal`, `the Official Gazette`)
            self.org(run)
            return []
        # drop sentence words in front ("But", "The", "Stated Stone:") and possessives at the end
        while run and ((self._no_name(run) and not (run[0].text == "The" and self._has_org(run[1:]))
                        and not (len(run) == 1 and self._party_after_the(run[0]))
                        and not (len(run) > 2 and (run[0].text, run[2].text) in _AND_INSIDE and run[1].text == "and")
                        and not self._common_word_opens_a_name(run))
                       or (run[0].initial and run[0].text.lower() in lex.cue_forms
                           and not self._field_before_a_body(run))):
            run = run[1:]
            while run and not run[0].cap:
                run = run[1:]  # `Speaking on Courier Radio 4`: the connector left in front goes too
        while run and (run[0].text.rstrip(".") in _FIRM_ENDS and not run[0].text.isupper()
                       or "-" in run[0].text and _RATING_RE.fullmatch(run[0].text)  # `from A-minus Data General…`
                       or run[0].text == "Pte" and len(run) > 1 and run[1].text in _FIRM_ENDS):  # `(S) Pte Ltd`
            # `Southwest Photo chem Inc of Pomona`, `Siemens und Co AG`: a legal form opens no name; it ends one
            # the run did not take in (a word in small letters, a connector the runs do not join over); but
            # letters may be a name (`LLC Corp`, named so before LLC was a legal form)
            run = run[1:]
            while run and not run[0].cap:
                run = run[1:]
        if not run:
            return []
        last = run[-1]
        if last.text.endswith(("'s", "’s")) and len(last.text) > 2 and not any(
                " ".join(t.text for t in run[i:]).replace("’", "'") in lex.known_orgs for i in range(len(run))):
            # (`the Courier's` is the Courier; `Moody's`, `Standard and Poor's` are named so, also at the end of
            # a run that holds another name: `Moody's and Standard and Poor's`)
            run = run[:-1] + [Token(last.start, last.end - 2, last.text[:-2], last.initial, True)]
        # `the Valdoria Courier’s Jon Dalby`, `Kellan’s Campaign Chairman Jon Osk`: an owner, then a person; or an
        # owner, then what it owns (`Jon Dalby's Ringworld`, `Valdoria's Ferrycare`: neither a person's name)
        for i in range(len(run) - 1):
            tok = run[i]
            if tok.text.endswith(("'s", "’s")) and len(tok.text) > 2 and not (
                    run[i + 1].text in ("and", "&") and tok.text.replace("’", "'") in lex.known_orgs):
                # (`by Moody's and AA by…`: a firm named with its `'s`, joined to another name, owns nothing)
                right = run[i + 1:]
                # a given name and a surname own what follows (`Margaret Thatcher's Conservatives`)
                persons_own = i and run[i - 1].text in lex.given and right[0].text.rstrip(".") not in _FIRM_ENDS
                rwords = [t.text for t in right]
                owner = run[:i] + [Token(tok.start, tok.end - 2, tok.text[:-2], tok.initial, True)]
                if len(right) == 1 and i and rwords[0] in self._surnames:
                    # `said Bank of Tokyo's Kimura` after Haruo Kimura: the owner, then the person named before
                    self.classify(owner, tokens, index_of)
                    self.classify_plain(right, tokens, index_of, allow_person=True)
                    return []
                if len(right) == 1 and (self._has_org(right) or any(t.text == "of" for t in run[:i])) \
                        and not persons_own:
                    break  # `Standard and Poor's Corp`, `Association of Children's Hospices`: one name
                if len(owner) == 1 and owner[0].text in _DAYS_AND_MONTHS:
                    return right  # `January's Marenburg International`, `Sunday's Ferry Cup`: when, not who
                owner_words = [t.text for t in owner]
                if len(right) > 1 and self._has_org(right) and (
                        self._is_place(owner_words) and self._distinct_body_name(rwords)
                        or len(owner) == 1 and any(p.last == owner_words[0] for p in self.persons)):
                    # `Aurenne's Brannock Power`, `Japan's Fujitsu Ltd`: a place's firm is the firm (but
                    # `Malaysia's Central Bank` is not every country's); `Brask's Civic Renewal Party`: a person
                    # named before, and their party
                    self.classify(owner, tokens, index_of)
                    return right
                if persons_own and len(right) == 1 and self._has_org(right):
                    self.classify(owner, tokens, index_of)
                    self._owned_org(right, tokens, index_of)
                    return []
                if rwords[0] in lex.given or self.title_at(rwords, 0) or self._has_org(run[:i + 1]) \
                        or self._has_org(right) and (self._has_org(owner) or owner_words[-1].rstrip(".") in _FIRM_ENDS
                                                     or " ".join(owner_words) in lex.known_orgs):
                    # (`Sun Co's Sun Refining and Marketing`, `Citicorp's Global Payment Products`: a firm, then
                    # the firm it owns)
                    self.classify(owner, tokens, index_of)
                    return right
                if self._has_org(right) and not (len(owner) >= 2 and owner[0].text in lex.given):
                    break  # `St. Anne Children's Ferry Fund`: one name with a possessive inside
                # `Lena Ward's Million Dollar Bridge`, `the Courier's Jon Dalby`: the owner, then what the owner
                # made or owns, a person only on the evidence a name without a known given name needs
                self.classify(owner, tokens, index_of)
                if 2 <= len(right) <= 3 and all(t.cap for t in right) and self.cue_near(right[-1].end, run[0].start) \
                        and not any(w in lex.not_names or w in lex.places or w.lower() in _COMMON_CAPITALISED
                                    for w in rwords):
                    self.person(right)  # `noted the Courier's Jon Dalby`: the speech verb before the owner
                else:
                    self.classify_plain(right, tokens, index_of, allow_person=True)
                return []
        words = [t.text for t in run]
        # "Finance Minister Sofia Lindqvar and Agriculture Minister Edda Holm", "Amara Tembe and the NRCC":
        # two names joined by "and" are classified apart when the right side starts a name of its own
        # (not an `and` inside a name: `Moody's and Standard and Poor's` splits at the first; `Golf Club and Spa`)
        if "&" in words[1:-1]:
            i = words.index("&", 1)
            # `John Lennon & Paul McCartney`: two people, where `Marks & Spencer` is a firm
            right = words[i + 1:]
            if right and (self.title_at(right, 0) or right[0] in lex.given and 2 <= len(right) <= 3 and not any(
                    self.is_org_word(w) or w.rstrip(".") in _FIRM_ENDS or w in ("and", "&", "of") for w in right)):
                self.classify(run[:i], tokens, index_of)
                return run[i + 1:]
        i = next((k for k in range(1, len(words) - 1) if words[k] == "and"
                  and (words[k - 1], words[k + 1]) not in _AND_INSIDE and not _firm_tail(words[k + 1:])
                  and words[k + 1] not in ("Co", "Co.", "Company") and words[k + 1:] != ["Spa"]), 0) \
            if "and" in words[1:-1] else 0
        known = _known_opening(words, i + 2, lex.known_orgs) if i else 0
        if known and words[known] == "and":
            # `Bradford and Bingley and Northern Rock`: the name the lists know, `and` inside it, then another
            self.classify(run[:known], tokens, index_of)
            return run[known + 1:]
        if i and (known or self._one_name_with_and(run, i, tokens) or self._trade_word_after_the(run, words, i)):
            i = 0  # (`Carroll McEntee and McGinley Futures`: a name the lists know, with its `and`, opens the run)
        if i and " ".join(words[:i]) in lex.places and " ".join(words[i + 1:]) in lex.places:
            # `Minas Gerais and Mato Grosso`: two places, where a given name opens the first (not `Gulf and
            # Western`, a firm: `Western` is a people's word, no place)
            return []
        if i:
            right = run[i + 1:]
            # (`… and Democrat Lena Osk`, `… and Valdorian Mira Osk`: a label, then a known given name)
            labelled = i + 2 < len(words) and words[i + 2] in lex.given and (
                words[i + 1] in lex.not_names or words[i + 1] in lex.demonyms)
            # (`… at Old Trafford and Ancelotti said`: the surname of someone the story has named)
            named = len(right) == 1 and any(p.last == right[0].text for p in self.persons)
            # (`… and Welsh First Minister Rhodri Morgan`: a title after a nationality or a place; but `Entertainment
            # and Leisure Software Publishers Association`, `Rural Banking and Finance Corp`: words the story also
            # writes small, before `and`, are the start of the one name)
            titled = self.title_at(words[i + 1:], 0) or i + 2 < len(words) and (
                words[i + 1] in lex.demonyms or words[i + 1] in lex.places) and self.title_at(words[i + 2:], 0)
            if titled or words[i + 1] in lex.given or labelled or named \
                    or self._has_org(right[:8]) and not self._has_org(run[:i]) and not self._small_words_open(words, i) \
                    or self._firm_of_two(words[:i]) or self._parts_named_apart(run, i, tokens, index_of):
                self.classify(run[:i], tokens, index_of)
                return right
            if _names_a_body(words[:i]) and _names_a_body(words[i + 1:]) and " ".join(words) not in lex.known_orgs:
                # two bodies (`Midlothian Council and Scottish Borders Enterprise`): the right one is a body by its
                # noun even where that noun is not one of the word lists' (`Enterprise`, `Productions`)
                self.classify(run[:i], tokens, index_of)
                if self._has_org(right) or "and" in words[i + 1:]:
                    return right
                self.org(right)
                return []
        # `Little Britain on BBC Three`, `Democrats on Capitol Hill`, `Celanese Corp on Feb 3`: `on` joins two names,
        # or a name and a time, not one body's words, unless what comes before it is a body that is on something
        # (`Committee on Foreign Relations`, `Commission on Presidential Debates`, `Mail on Sunday`)
        if "on" in words[1:-1]:
            i = words.index("on", 1)
            if words[i - 1] not in _ON_BODIES and " ".join(words) not in lex.known_orgs \
                    and " ".join(words[:i + 2]) not in lex.known_orgs:
                self.classify(run[:i], tokens, index_of)
                return run[i + 1:]
        # `New York Times and The Washington Post`, `Edison Research for The Associated Press`: a name that has
        # ended (in an organisation word) before a connector, and another organisation after it
        if not _JOINING.isdisjoint(words):
            for i in range(1, len(words) - 1):
                if words[i] in _JOINING and self.is_org_word(words[i - 1]) and not _firm_tail(words[i + 1:]) \
                        and (self._has_org(run[i + 1:i + 9]) or words[i] == "and" and (
                            self._place_or_acronym(words[i + 1:]) or " ".join(words[i + 1:]) in lex.known_orgs)) \
                        and (words[i] == "and" or words[i + 1] == "The") and (words[i - 1], words[i + 1]) not in _AND_INSIDE \
                        and not (words[i] == "and" and self._trade_word_opens(words, i, run)):
                    self.classify(run[:i], tokens, index_of)
                    return run[i + 1:]
                if words[i] == "on" and i == len(words) - 2 and not self._has_org(run[:i]) and \
                        lex.org_words.get(words[-1]) is not None and lex.org_words[words[-1]].kind == "media":
                    self.classify(run[:i], tokens, index_of)  # `Kellan on MSNBC`: a person, then a broadcaster
                    return run[i + 1:]
        # "Anneli Morrow of Clearwater Watch": a person of an organisation; also after a role that opens the
        # sentence (`Economist Ruth Calloway of Marenburg University said`: not an organisation by that name)
        if "of" in words[1:-1] and (words[0] in lex.given or len(words) > 3 and words[1] in lex.given
                                    and (words[0].lower(),) in lex.titles and not self.is_org_word(words[0])) \
                and self._has_org(run) and not self._has_org(run[:words.index("of")]):
            i = words.index("of")
            self.classify(run[:i], tokens, index_of)
            self.classify_plain(run[i + 1:], tokens, index_of, allow_person=False)
            return []
        # `said Wilf Gobert of Peters and Co Ltd`: a name the word lists do not know, of an organisation, beside a
        # speech verb
        if "of" in words[2:4] and self._has_org(run) and (self.cue_near(run[-1].end, run[0].start) or (
                (verb := _COMMA_VERB_RE.match(self.text, run[-1].end, run[-1].end + 40)) is not None
                and verb.group(1) in lex.cue_forms)):  # (`…, Shigeki Matsumoto of Nikko Securities Co Ltd, said`)
            i = self._name_of_org(run, first=2)
            # (not `Gold Fields of South Africa Ltd`, `United Steelworkers of America`: a firm of a place)
            if i and not self.title_at(words[:i], 0):
                self.person(run[:i])
                self.classify_plain(run[i + 1:], tokens, index_of, allow_person=False)
                return []
        # a title inside the run: the name follows the rightmost title that leaves a name
        best = None
        i = 0
        while i < len(words):
            size = self.title_at(words, i)
            # (not `King` in `Peter T. King of Marenburg`, nor `Sultan` in `Zaid bin Sultan al-Nahayan`, nor a
            # particle spelt like a title's letters: `da` in `Luiz Inacio Lula da Silva` is no `DA`)
            # (`President da Silva`: a particle opens the name after the title; `Chairman of General Motors`: no
            # rank; `the Justice Department`, `Singer Co`: no title)
            if size and i + size < len(words) and _name_opens(run, i + size) \
                    and not (i and words[i - 1] in _PERSON_PARTICLES) and not (i and words[i] in _PERSON_PARTICLES) \
                    and not (words[i] == "General" and i and words[i - 1] in ("of", "the")
                             and self._has_org(run[i + 1:i + 2])) \
                    and not self._portfolio_of_a_body(words, i, size) and not _firm_after_title(words[i + size:]):
                best = (i, size)
                i += size
            else:
                i += 1
        if best is not None and words[best[0]] == "General" and (
                best[0] == 0 or words[:best[0]] == ["The"]
                or best[0] == 1 and (words[0] in lex.demonyms or words[0] in lex.places
                                     or words[-1].rstrip(".") in _FIRM_ENDS)) \
                and self._has_org(run[best[0] + 1:]):
            # `General Motors Corp`, `the General Accounting Office`: a name that opens with `General`, no rank;
            # also after its place (`Canadian General Electric Co Ltd`, `Portland General Electric`), but a
            # country's initials before it say whose it is (`U.S. General Electric Co` is General Electric)
            self.classify_plain(run[1:] if words[0] in _COUNTRY_INITIALS else run, tokens, index_of,
                                allow_person=False)
            return []
        if best is not None and best[0] and words[best[0] - 1] in ("of", "for", "&", "and") \
                and self._has_org(run[:best[0]]) and self._no_persons_name(run[best[0] + best[1]:]):
            # `Association of Chief Police Officers`, `Electric Boat Division of General Dynamics Corp`, `Transport
            # and General Workers' Union`: a title's word inside an organisation's name (not `Party of President
            # Hosni Mubarak`)
            self.classify_plain(run, tokens, index_of, allow_person=False)
            return []
        if best is not None:
            i, size = best
            title = lex.titles[tuple(w.lower() for w in words[i:i + size])]
            prefix, name = run[:i], run[i + size:]
            left: list[Token] = []
            pwords = words[:i]
            if "and" in pwords[1:]:
                j = len(pwords) - 1 - pwords[::-1].index("and")
                if any(self.title_at(pwords, k) and k + self.title_at(pwords, k) < j for k in range(j)):
                    # `Finance Minister Gerhard Stoltenberg and Bundesbank President Karl Otto Poehl`: a titled
                    # name, then the body of the next title; the left one is taken next, by the caller's loop
                    left, prefix = run[:j], prefix[j + 1:]
            body = self._body_before_officer(prefix, run[i:i + size])
            word = lex.org_words.get(prefix[0].text) if len(prefix) == 1 else None
            if body is not None:
                # `Central Bank Governor Abdulkadir Ahmed`, `Metropolitan Police Commissioner Sir John Stevens`,
                # `U.S. Supreme Court Justice Sandra Day O'Connor`: the body the officer is of, named in front (a
                # body's word alone names none: `Commission President Justice…`, `The Police Officer…`)
                if len(body) > 1:
                    self.classify_plain(body, tokens, index_of, allow_person=False)
            elif word is not None and word.head and prefix[0].text.lower().endswith(word.head) \
                    and prefix[0].text.lower() != word.head and not prefix[0].initial \
                    and not self._written_small(prefix[0].text):
                # (`… and Bundesbank President Karl Otto Poehl`: a body's own one-word name, its kind's word
                # inside it, before its officer)
                self.org(prefix)
            elif prefix:
                self.classify_plain(prefix, tokens, index_of, allow_person=False)
            self.name_after_title(name, title, tokens, index_of)
            return left
        lower_size, title = self.title_before(tokens, index_of[run[0].start])
        if title is not None and (not self._has_org(run) or self._name_of_org(run)) and not self._is_place(words):
            self.name_after_title(run, title, tokens, index_of)
            return []
        self.classify_plain(run, tokens, index_of, allow_person=True)
        return []

    def name_after_title(self, name: list[Token], title, tokens, index_of) -> None:
        for k, tok in enumerate(name[:-1]):
            if tok.text.endswith(("'s", "’s")) and len(tok.text) > 2 and name[k + 1].cap \
                    and tok.text[:-2].lower() not in self.lex.title_last_words:  # (not `Lord Chancellor's Department`)
                # `Prime Minister Rajiv Gandhi's Congress (I) party`, `President Reagan's Administration`: the
                # titled person owns what follows, which is no part of the name
                self.name_after_title(name[:k] + [Token(tok.start, tok.end - 2, tok.text[:-2], tok.initial, True)],
                                      title, tokens, index_of)
                self._owned_org(name[k + 1:], tokens, index_of)
                return
        words = [t.text for t in name]
        honorific = title is not None and not title.head  # `Mr. English`, `Ms. Jordan`: always a person
        if not honorific and " ".join(words) in _SPORTS_CLUBS:
            self.org(name)  # `former European champion Borussia Dortmund`: the club
            return
        # `fellow American Andy Roddick`, `fellow Scot Andy Murray`: the nationality after a role is not the name's
        while not honorific and len(name) > 1 and self._nationality(words):
            name, words = name[1:], words[1:]
        # `Fellow Lib Dem Norman Baker`, `fellow Liberal Democrat Alan Beith`: a party's label after the role, then
        # a given name, is not the name's
        k = next((i for i, w in enumerate(words[:3]) if w not in _LABEL_WORDS), 0)
        if not honorific and 0 < k < len(words) - 1 and words[k] in self.lex.given:
            name, words = name[k:], words[k:]
        # (`MP Tony Banks`, `Bishop Ann Church`: a given name, then a surname that is an organisation's word)
        given_surname = 2 <= len(words) <= 3 and words[0] in self.lex.given and not self._has_org(name[:-1])
        i = self._name_of_org(name) if not honorific else 0
        if i:  # `analyst Sanford Margoshes of Halvard Securities`: the name, then the organisation it is of
            self.classify_plain(name[i + 1:], tokens, index_of, allow_person=False)
            self.name_after_title(name[:i], title, tokens, index_of)
            return
        if (self._has_org(name) and not given_surname) or (self._is_place(words) and not honorific) or not name:
            self.classify_plain(name, tokens, index_of, allow_person=False)
            return
        if len(name) > 1 and words[-1] in _PLACE_ENDS:
            return  # `Prince Edward Island`: a place
        if len(name) > 4:  # "President Reagan Administration Officials ..." is not a name
            name = _longest_name(name)
        if all(len(w) > 2 and w.isupper() for w in words[:len(name)]):
            return  # `GEN MOTORS  83 3/8 UP`: a wire's table of stocks in capitals, not General Motors the man
        if len(name) == 1:
            if name[0].text in self.lex.not_names and not honorific and name[0].text not in _DAYS_AND_MONTHS:
                return  # `Father Christmas`, `Doctor Who`: a title before a word that is no name (`Justice May` is)
            # `Mr Kellan`, `President Reagan`: a surname; linked to a full name in pass 2 when there is one
            self.single.append((name[0], title.gender if title else ""))
            self._pending_title[name[0].start] = title
            self._titled_words.add(name[0].text)
            return
        self.person(name, title)

    def _name_of_org(self, name: list[Token], first: int = 1) -> int:
        """Where `of` stands in a run that is a person's name and then the organisation they are of (`Sanford
        Margoshes of Halvard Securities`), or 0: `first` to three capitalised words before it that are no
        organisation's, place's, role's or common word, and no place after it (`Governor Jon Dalby of Valdoria`
        is the title path's own, `Gold Fields of South Africa Ltd` a firm of a place)."""
        words = [t.text for t in name]
        if "of" not in words[first:4] or not self._has_org(name):
            return 0
        i = words.index("of")
        left = words[:i]
        placed = self._is_place(words[i + 1:i + 2]) or self._is_place(words[i + 1:i + 3])
        if placed and len(left) >= 2 and left[0] in self.lex.given and not any(
                w.rstrip(".") in _FIRM_ENDS for w in words[i + 1:]):
            # `Detective Inspector Paul Miller of Thames Valley Police`: a body named after its place, after a
            # given name and a surname (`Gold Fields of South Africa Ltd` is a firm, `Jon Dalby of Valdoria` a
            # man of a place: no organisation's word after the place)
            placed = not self._has_org(name[i + 1:])
        if all(t.cap for t in name[:i]) and not self._has_org(name[:i]) and not self._is_place(left) and not placed \
                and not any(w in self.lex.not_names or w in self.lex.places or w.lower() in self.lex.title_heads
                            for w in left):
            return i
        return 0

    def _no_persons_name(self, name: list[Token]) -> bool:
        """Words after a title that are no person's name: an organisation's, or a group's plural (`Police
        Officers`, `Farmer Cooperatives`, `Private Banks`)."""
        return bool(name) and (self._has_org(name) or name[-1].text in self.lex.group_nouns
                               or name[0].text not in self.lex.given and name[-1].text.endswith("s")
                               and (name[-1].text[:-1].lower() in self.lex.title_heads
                                    or name[-1].text[:-1].lower() in ("bank", "cooperative")))

    def _nationality(self, words: list[str]) -> bool:
        """`American` or `Scot` opening `American Andy Roddick`, `Scot Nick Smith`: a nationality before a name (a
        noun that is also a given name, `Dane`, `Finn`, only before a given name and a surname)."""
        first = words[0]
        return first in self.lex.demonyms or first in _NATIONALITY_NOUNS and (
            first not in self.lex.given or len(words) > 2)

    def _modifier(self, tok: Token, tokens: list[Token], index_of: dict[int, int]) -> bool:
        """`Republican` in `Republican pollster Jon Dalby` describes the name after it; it is not a name."""
        i = index_of.get(tok.start)
        if i is None or i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if not _gap_ok(self.text, tok, nxt):
            return False
        size = self.title_at([t.text for t in tokens[i + 1:i + 1 + self.lex.title_max]], 0)
        return bool(size)

    def _surname_like_org_word(self, words: list[str]) -> bool:
        """`Dwain Chambers`, `Charlotte Church`, `Nicky Wire`: a known given name before a surname that is also
        an organisation's word (`Matrix Chambers`, `Riverside Church`) is a person's name, also after a role the
        word lists do not know (`Physio Mike Banks`)."""
        if not 2 <= len(words) <= 4 or words[-1] not in _SURNAMES_AS_ORG_WORDS:
            return False
        given = next((i for i in range(max(0, len(words) - 3), len(words) - 1) if words[i] in self.lex.given), None)
        return given is not None and not any(self.is_org_word(w) or w in _FAITHS for w in words[:-1]) and \
            " ".join(words[given:]) not in self.lex.known_orgs  # (not `the Roman Catholic Church`: a faith's)

    def _portfolio_of_a_body(self, words: list[str], i: int, size: int) -> bool:
        """A one-word title right before a government body's word is that body's portfolio, no title: `the
        Justice Department`, `the Justice Ministry` (`Justice Minister Ana Lenz` keeps hers)."""
        word = self.lex.org_words.get(words[i + 1]) if size == 1 and i + 1 < len(words) else None
        return word is not None and word.kind == "government"

    def _has_org(self, run: list[Token]) -> bool:
        return any(self.is_org_word(t.text) for t in run if t.cap)

    def _place_or_acronym(self, words: list[str]) -> bool:
        """`… Union and Switzerland`, `… Commission and EU`, `… Union and NATO`: what follows `and` is a place or
        a name of its own, not the rest of one organisation's name."""
        return self._is_place(words) or len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isupper()

    def _small_words_open(self, words: list[str], i: int) -> bool:
        """The one to three words before the `and` at i are words the story also writes small, and a name of
        two words or more follows: one name (`Entertainment and Leisure Software Publishers Association`, `Food and
        Agriculture Organisation`), not two (`Amara Tembe and the NRCC`)."""
        lead = _lead(words, i)
        return 0 < len(lead) <= 3 and len(words) - i - 1 > 1 and all(self._written_small(w) for w in lead)

    def _trade_word_opens(self, words: list[str], i: int, run: list[Token]) -> bool:
        """A trade's word alone before `and`, written small elsewhere too, opens one name with what follows
        (`Entertainment and Leisure Software Publishers Association`, `Oil and Natural Gas Commission`); a body's
        word ends one (`World Bank and International Monetary Fund`, `Union and New South Wales`). So does a
        common trade word alone after `the` (`the Transport and General Workers' Union`): `the Transport` names
        nothing by itself, where `the Telegraph and …` or `the Co-op and …` may."""
        lead = _lead(words, i)
        info = self.lex.org_words.get(lead[0]) if len(lead) == 1 else None
        if info is None or info.kind not in ("media", "company"):
            return False
        return self._small_words_open(words, i) or self._trade_word_after_the(run, words, i)

    def _trade_word_after_the(self, run: list[Token], words: list[str], i: int) -> bool:
        """A common trade word alone between `the` and `and`, before a name of two words or more that ends as an
        organisation's: one name (`the Transport and General Workers' Union`, `the Energy and Commerce
        Committee`); `the Transport` names nothing by itself (where `the Telegraph and …` may: a paper's word)."""
        lead = _lead(words, i)
        if len(lead) != 1 or len(words) - i - 1 < 2 or not self.is_org_word(words[-1]):
            return False
        info = self.lex.org_words.get(lead[0])
        return info is not None and info.kind == "company" and lead[0][1:].islower() \
            and lead[0].rstrip(".") not in _FIRM_ENDS and lead[0] not in _LEGAL_FORMS and (
                words[0] == "The" or _SMALL_THE_BEFORE_RE.search(self.text, max(0, run[0].start - 5), run[0].start))

    def _capitals_of_a_small_word(self, word: str) -> bool:
        """A word of four letters or more in capitals that the story also writes small, as a word of its prose
        (not inside an address, `c-span.org/…`): shouting or a table's heading, not an acronym."""
        low = word.lower()
        return len(word) >= 4 and low in self._words_written_small() and \
            re.search(r"(?<![\w./@])" + re.escape(low) + r"(?![\w/@]|\.\w)", self.text) is not None

    def _written_small(self, word: str) -> bool:
        """The story also writes the capitalised word in small letters (`entertainment`): a common word."""
        return len(word) > 2 and not word.isupper() and word.lower() != word and \
            word.lower() in self._words_written_small()

    def _common_word_not_a_given_name(self, tok: Token) -> bool:
        """A word opening a sentence that the lists know as no given name and the story writes small (`First`,
        `Stop`, `Vote`), or a participle (`Injecting`, `Celebrating`): the sentence's word, not a name's."""
        word = tok.text
        if word in self.lex.given or not word[1:].islower() or len(word) < 4 or not _OPENS_WORDS_RE.search(
                self.text, max(0, tok.start - 5), tok.start):
            return False
        return self._written_small(word) or word.endswith("ing") and len(word) > 6 or word in _ORDINAL_ADVERBS

    def _words_written_small(self) -> set[str]:
        """The words the story writes in small letters, gathered once a story (a text of thousands of `X and Y`
        asks of them thousands of times)."""
        if self._small_words is None:
            self._small_words = set(_SMALL_WORD_RE.findall(self.text))
        return self._small_words

    def _national(self, word: str) -> bool:
        """A country, a nation or a continent, whose side is no club (`England captain`, `Cameroon striker`,
        `Europe captain`): one the countries list names, or one whose people the demonyms name (`Cameroonian`)."""
        return word in _NATIONS or any(word + end in self.lex.demonyms or word[:-1] + end in self.lex.demonyms
                                       for end in _DEMONYM_ENDS)

    def _forward_between_names(self, tokens: list[Token], i: int) -> bool:
        """`forward` at tokens[i] is a player's role, and a title, only between a capitalised word and a name
        (`Liverpool forward Milan Baros`): not after a figure (`15-day forward Brent crude`), nor ending a sentence
        (`play Kaka forward.`)."""
        return 0 < i < len(tokens) - 1 and tokens[i - 1].cap and tokens[i + 1].cap and \
            _gap_ok(self.text, tokens[i - 1], tokens[i]) and _gap_ok(self.text, tokens[i], tokens[i + 1])

    def learn_club_towns(self, tokens: list[Token]) -> None:
        """The words the story writes before a player's or a club's role (`Liverpool winger Harry Kewell`,
        `Newry boss Roy McCreadie`), with the roles after each: a club's name there, and so elsewhere in the story
        (`beat Liverpool`, `Newry had claimed`). A place or a club's word may open a sentence so (`Newcastle
        manager Graeme Souness said`); any other word must stand inside one (`Former manager`, `Caretaker boss`
        are no clubs). (Read from the tokens, which keep the roles' words as titles': a regular expression over
        the text took five times as long.)"""
        for k, (a, b) in enumerate(zip(tokens, tokens[1:])):
            if b.text == "forward" and not self._forward_between_names(tokens, k + 1):
                continue  # (`play Kaka forward.`: a position, where `Liverpool forward Milan Baros` names the club)
            if b.text in PLAYERS_ROLES and a.cap and self.text[a.end:b.start] == " " and (
                    not a.initial or a.text in self.lex.places or a.text in _CLUB_WORDS):
                self._club_towns.setdefault(a.text, set()).add(b.text)

    def _names_a_club(self, word: str) -> bool:
        """A word alone that is a club's name in this story (`learn_club_towns`): a town or a club's word, or a
        word that is no given name, nationality, organisation's word, role, acronym or common word (a firm's,
        then, where the story is not of sport: `Worldcom boss Bernie Ebbers`; not `IT manager`, `Marketing
        manager`); never a nation's. A town before only the roles a firm's people have too (`manager`, `boss`) is
        a club only in a story of sport (`Hollywood boss` is none, `Newcastle manager` in a story of the league
        is)."""
        lex = self.lex
        roles = self._club_towns.get(word)
        if roles is None or self._national(word):
            return False
        if word in _CLUB_WORDS:
            return True
        if word in lex.places:
            return not roles <= _FIRMS_ROLES or self._a_sport_story()
        return not (word in lex.given or word in lex.demonyms or self.is_org_word(word)
                    or word.lower() in lex.title_heads or word in lex.not_names or word.isupper()
                    or word in _KNOWN_BUT_AMBIGUOUS or self._written_small(word))

    def _spokesmans_body(self, tok: Token) -> bool:
        """`a Bayern spokesman`, `the Jive spokeswoman`: one word between `a` or `the` and a spokesman names the
        body he speaks for, where it is no other kind of word: none of `_NO_BODY_ALONE` or in `-ist` (`a Sikh
        spokesman`), no given name, title, word the story writes small, party member's word (`a Green
        spokesman`), initials with dots, title's end (`a Top of the Pops spokesperson`), nor the name of someone
        named before in full or after a title (`a Rubio spokesman`). (A people, a place or a body's word alone
        never reaches here: `a French spokesman`, `a Ministry spokesman`.)"""
        word, lex = tok.text, self.lex
        return _SPOKESMAN_RIGHT_AFTER_RE.match(self.text, tok.end) is not None \
            and _A_OR_THE_BEFORE_RE.search(self.text, max(0, tok.start - 5), tok.start) is not None \
            and not _OF_BEFORE_THE_RE.search(self.text, max(0, tok.start - 8), tok.start) \
            and word not in _NO_BODY_ALONE and not word.endswith(("ist", "ists")) \
            and not (word in lex.given and word not in _KNOWN_BUT_AMBIGUOUS or word.lower() in lex.title_heads
                     or word in self._surnames or self._written_small(word) or "." in word
                     or (party := lex.org_words.get(word + "s")) is not None and party.kind == "party"
                     or word in self._titled_words)

    def _spokesmans_org(self, tok: Token) -> None:
        """The body a spokesman's one word names: the one organisation named before whose name the word opens
        (`Marsh & McLennan` … `a Marsh spokeswoman`, `Rolls-Royce Plc` … `The Rolls spokesman`), whose initials
        it spells (`British American Tobacco` … `The Bat spokeswoman`) or that the story called so in brackets
        (`Korea Electric Power Corp (Kepco)`); none where the word names several (`Cooper Development Co`, `Cooper
        Laboratories`: no telling which); else its own."""
        word = tok.text
        opened = {id(o): o for short in {word, word.upper()} for o in self._orgs_by_short.get(short, ())}
        if not opened:
            self.org([tok])
        elif len(opened) == 1:
            (full,) = opened.values()
            full.aliases.add(word)
            full.mentions.append((tok.start, tok.end))
            self.mentions.append(Mention(tok.start, tok.end, full))

    def _a_sport_story(self) -> bool:
        """The story speaks of matches, goals, leagues or a player's role (`striker`, `fly-half`)."""
        return not self._words_written_small().isdisjoint(_SPORT_WORDS)

    def _org_opened_by(self, words: list[str]) -> EntityInfo | None:
        """The one organisation named so far whose name the words open and whose legal form follows them (`Gulf
        States Utilities Co`; not the `Federal Reserve Bank of New York`, another body than the `Federal Reserve`),
        when the words are no place of their own (`New York` of `New York Life Insurance Co` is the city)."""
        found = self._orgs_by_prefix.get(tuple(words), ())
        if len(found) == 2:  # (exactly two: three stand for three or more)
            # `First Wisconsin` beside `First Wisconsin Corp` and `First Wisconsin National Bank of Milwaukee`: the
            # one whose name has nothing more than its legal form
            found = [o for o in found if all(_legal_form(w) for w in o.tokens[len(words):])]
        # (not a name the story gives an organisation of its own: `American Express` beside `American Express Bank
        # Ltd`, nor a known firm's)
        if len(found) != 1 or self._is_place(words) or words[0] in ("The", "the") or \
                " ".join(words) in self._org_by_name or " ".join(words) in self.lex.known_orgs:
            return None
        rest = found[0].tokens[len(words):]
        form = next((i for i, w in enumerate(rest) if _legal_form(w)), None)
        if form is None or any(self._is_place([w.strip("()")]) for w in rest[:form]):
            return None  # (`Merrill Lynch Canada Inc`, `Standard Chartered Asia Ltd`: a regional arm, not the firm)
        return found[0]

    def _distinct_body_name(self, words: list[str]) -> bool:
        """Words that name one body, not one every state has (`Fujitsu Ltd`, `Office of Fair Trading`; not `Central
        Bank`, `Ministry of Finance`, `Export Credits Guarantee Department`)."""
        return not all(self.is_org_word(w) or w in _ORG_CONNECTORS or w in _GENERIC_BODY_WORDS for w in words)

    def _is_place(self, words: list[str]) -> bool:
        joined = " ".join(words)
        if joined.isupper():  # a dateline city: MARENBURG
            joined = joined.title()
        return joined in self.lex.places or joined in self.lex.demonyms

    def _firm_of_two(self, words: list[str]) -> bool:
        """`Marks & Spencer`, `Oil & Natural Gas Corp`, `Procter and Gamble`, `Cable and Wireless Plc`: a firm named
        by two names; not two places (`Serbia & Montenegro`), two people, nor a person of the firm (`Carol Bell of
        Phillips and Drew`, a longer run), nor a body's words inside a longer name (`Trade and Industry`)."""
        if len(words) < 3 or len(words) > 6 or words[-1] in ("&", "and"):
            return False
        k = 1 if words[1] in ("&", "and") else 2 if words[2] in ("&", "and") else 0
        if not k or any(w in ("&", "and", "of", "the", "for") for w in words[k + 1:]):
            return False
        rest = [w for w in words[k + 1:] if w.rstrip(".") not in _FIRM_ENDS]
        if words[k] == "and":
            return len(rest) == 1 and k == 1 and (words[0], rest[0]) in _FIRMS_OF_TWO
        left, right = words[:k], words[k + 1:]
        # not two people (`John Lennon & Paul McCartney`), letters (`Q & A`, `M & A`, `S & P 500`) or two places
        given = self.lex.given
        return bool(rest) and not (len(left) > 1 and left[0] in given) and not (len(right) > 1 and right[0] in given) \
            and len(left[-1]) > 1 and len(right[0]) > 1 and not self._is_place(left) and not self._is_place(rest)

    def _name_after_org(self, run: list[Token], words: list[str], tokens, index_of) -> bool:
        """`Credit Suisse Paul Hofer told…`, `Minister of State for Finance Damas Mbogoro said`: wire copy runs
        an organisation's or a portfolio's name straight into a person's. The person is the run's last two
        words (three with a known given name or a middle initial) when the story treats them as a name: a
        known given name with a speech verb beside it, or the surname alone later as only a person is named
        (`Mbogoro said`, `Mr Mbogoro`). A portfolio before the name (`Minister of State for Finance`, `U.S.
        Undersecretary of Agriculture`) is the person's title, no organisation; an organisation (`Credit
        Suisse`) stays one, and a title at its end (`Canal Commission Administrator`) goes to the person.
        Returns whether it took the run."""
        lex = self.lex
        # (`the Environmental Audit Committee Peter Ainsworth MP, said`: letters after the name are a person's)
        lettered = len(run) > 3 and words[-1] in POST_NOMINALS
        if lettered:
            run, words = run[:-1], words[:-1]
        n = 3 if len(run) >= 5 and (words[-3] in lex.given or _is_initial(words[-2]) or _is_initial(words[-3])) \
            else 2
        head, tail, names = run[:-n], run[-n:], words[-n:]
        # (`told the BBC Michael Howard has…`: one word is enough of an organisation when it is one alone)
        if (len(head) < 2 and not (len(head) == 1 and self._org_alone(head[0].text))) \
                or not all(t.cap for t in tail) or not head[-1].cap or any(
                w in lex.not_names or w in lex.places or w in lex.demonyms or self.is_org_word(w)
                or w.rstrip(".") in _FIRM_ENDS or w.lower() in lex.title_heads or w in lex.known_orgs
                or w.lower() in _COMMON_CAPITALISED or w in _ORG_CONNECTORS for w in names):
            return False  # (`Bank Julius Baer`, `Motors Roger Smith`: one word before is the firm's own)
        # (`House Intelligence Republican Mike Pompeo (R-Kans.)`: a party's member, by the label before the name or
        # the party and state after it)
        labelled = words[-n - 1] in _PARTY_LABELS and words[-n - 1][-1] != "s" or \
            _PARTY_STATE_AFTER_RE.match(self.text, tail[-1].end) is not None
        if not (names[0] in lex.given and (self.cue_near(tail[-1].end, tail[0].start) or lettered or labelled
                                           or self._holder_of_before(run[0].start)
                                           or self._named_whole_elsewhere(names, tail[0].start))
                or self._named_alone_later(names[-1], tail[-1].end)
                or self._named_alone_later(names[0], tail[-1].end)):  # (`Redzuan Sumun`, then `Redzuan said`)
            return False
        hwords = words[:-n]
        if labelled and len(hwords) > 1 and hwords[-1] in _PARTY_LABELS:
            head, hwords = head[:-1], hwords[:-1]  # the label is the person's, not the organisation's last word
        title = None
        for i in range(1, len(hwords)):
            # a title that ends the organisation's name, or a title and its portfolio (`Jefferies and Co Director
            # of Trading`): the person's
            size = self.title_at(hwords, i)
            if size and (i + size == len(hwords) or hwords[i + size] in ("of", "for")
                         or i + size + self.title_at(hwords, i + size) == len(hwords)):  # (`Deputy Administrator`)
                title = lex.titles[tuple(w.lower() for w in hwords[i:i + size])]
                self._classify_owned(head[i + size:], tokens, index_of)
                head, hwords = head[:i], hwords[:i]
                break
        k = 0
        while k < len(hwords) - 1 and self._is_place(hwords[k:k + 1]):
            k += 1
        size = self.title_at(hwords, k)
        if size and hwords[k] == "General" and self._has_org(head[k + 1:k + 2]):
            size = 0  # (`General Motors Roger Smith`: a firm's name opens with it, no rank)
        if size:  # a portfolio (`Minister of State for Finance`, `US Secretary of Energy`) is no organisation
            title = title or lex.titles[tuple(w.lower() for w in hwords[k:k + size])]
            self._classify_owned(head[k + size:], tokens, index_of)
        else:
            self.classify_plain(head, tokens, index_of, allow_person=False)
        self.person(tail, title)
        return True

    def _owned_org(self, owned: list[Token], tokens, index_of) -> None:
        """What a named person owns is an organisation when it holds a body's word, and is more than the
        word for a kind of body (`Thatcher's Conservatives`, not `Reagan's Administration`)."""
        word = self.lex.org_words.get(owned[0].text)
        if len(owned) > 1:
            self.classify_plain(owned, tokens, index_of, allow_person=False)
        elif word is not None and owned[0].text.lower() not in self.lex.org_heads and word.kind != "media":
            self.org(owned)  # (not `Cosby's TV cartoon`)

    def _label_or_dateline(self, tok: Token) -> bool:
        """A word in capitals opening a line that is a dateline's place (`RYE, N.H. - State Rep. …`) or a label
        (`UPDATE: 5/12 -`, a transcript's `TRUMP: The deaths…` after Donald Trump is named): no organisation."""
        if tok.start and self.text[tok.start - 1] not in "\n":
            return False
        after = self.text[tok.end:tok.end + 40]
        if _DATELINE_REGION_RE.match(after):
            return True
        return after.startswith(":") and (tok.text.title() in self.lex.not_names or any(
            p.tokens[-1].upper() == tok.text for p in self.persons))

    def term_or_body(self, run: list[Token]) -> bool:
        """After `so-called`: whether the words are a body's name, by their words alone (a known organisation's,
        ending in a body's noun, `the so-called Paris Club`, or a group's before `of`, `Group of Five`), or hold a
        person's after the term (`the so-called Yorkshire Ripper Peter Sutcliffe`); else they are a term."""
        words = [t.text for t in run]
        return " ".join(words) in self.lex.known_orgs or words[-1] in _BODY_NOUNS \
            or words[-1] in ("Club", "Group") or len(words) > 2 and words[0] == "Group" and words[1] == "of" \
            or any(w in self.lex.given for w in words[1:])

    def _is_body(self, tokens: list[Token]) -> bool:
        """Words that name a body rather than a field of work: ending in a body's noun or a firm's legal form
        (`Hereford Hospitals NHS Trust`, `Armco Inc`), or holding a known organisation's name (`CNN Worldwide`);
        not `International Services`, `Energy`, `Public Finance`."""
        words = [t.text for t in tokens]
        return words[-1] in _BODY_NOUNS or words[-1].rstrip(".") in _FIRM_ENDS or any(
            w in self.lex.known_orgs and w not in _KNOWN_BUT_AMBIGUOUS or w.isupper() and self.is_org_word(w)
            for w in words) or " ".join(words) in self.lex.known_orgs

    def _classify_owned(self, after_title: list[Token], tokens, index_of) -> None:
        """`Chairman of General Motors Roger Smith`, `Governor of the Bank of England …`: what a title is of is an
        organisation when it ends in a body's word (not a portfolio: `Director of Government Affairs`, `Minister
        of State for Finance`)."""
        if len(after_title) < 2 or after_title[0].text not in ("of", "for"):
            return
        owned = _what_a_title_is_of(after_title)
        if owned and owned[0].text not in ("of", "for") and self.is_org_word(owned[-1].text) \
                and owned[-1].text not in _PORTFOLIO_WORDS:
            self.classify_plain(owned, tokens, index_of, allow_person=False)

    def _named_whole_elsewhere(self, names: list[str], start: int) -> bool:
        """`told the BBC Michael Howard has…`: the story names `Michael Howard` on his own elsewhere."""
        pattern = r"(?<![\w’'\-])" + r"[ \t\xa0]+".join(map(re.escape, names)) + r"(?![\w’'\-])"
        for m in re.finditer(pattern, self.text[max(0, start - 6000):start + 6000]):  # (a bounded look: no n²)
            m_start = m.start() + max(0, start - 6000)
            if m_start != start and not self._after_capitalised_word(m_start):
                return True
        return False

    def _after_capitalised_word(self, start: int) -> bool:
        """A capitalised word stands right before `start`: what starts there is inside a longer name."""
        return _CAPITALISED_BEFORE_RE.search(self.text, max(0, start - 30), start) is not None

    def _org_alone(self, word: str) -> bool:
        """`BBC`, `Microsoft`: a word that names an organisation by itself."""
        return word in self.lex.known_orgs and word not in _KNOWN_BUT_AMBIGUOUS or (
            word.isupper() and 2 <= len(word) <= 6 and self.is_org_word(word))

    def _holder_of_before(self, start: int) -> bool:
        """`Governor of the Bank of England Robin Leigh-Pemberton`: a title and `of` before the organisation say
        that someone who holds it follows."""
        m = _TITLE_OF_BEFORE_RE.search(self.text, max(0, start - 40), start)
        return m is not None and (m.group(1).lower(),) in self.lex.titles

    def _portfolio(self, words: list[str]) -> bool:
        """A title with its portfolio (`Undersecretary of Agriculture`, `Secretary for Finance`)."""
        return any((size := self.title_at(words, i)) and i + size < len(words) and words[i + size] in ("of", "for")
                   for i in range(len(words) - 1))

    def _named_alone_later(self, surname: str, after: int) -> bool:
        """The story goes on to name someone by `surname` alone as only a person is named: beside a speech verb
        (`Mbogoro said`) or after an honorific (`Mr Mbogoro`)."""
        for m in re.finditer(r"(?<![\w’'\-])" + re.escape(surname) + r"(?![\w’'\-])", self.text[after:after + 6000]):
            start, end = after + m.start(), after + m.end()
            if _HONORIFIC_BEFORE_RE.search(self.text, max(0, start - 8), start):
                return True
            if self._after_capitalised_word(start):
                continue  # inside a longer name (`Paul Hofer`, `Hofer Bank`)
            if self.cue_near(end, start):
                return True
        return False

    def classify_plain(self, run: list[Token], tokens, index_of, allow_person: bool) -> None:
        lex = self.lex
        if not run:
            return
        words = [t.text for t in run]
        if "do" in words[1:-1] and words[words.index("do") + 1] in ("Brasil", "Estado", "Atlantico") \
                and words[0] not in _SENTENCE_OPENERS and "and" not in words and "&" not in words:
            # `GM do Brasil`, `Volkswagen do Brasil`, `Banco do Estado de Sao Paulo`: a firm's or a bank's
            # Portuguese name (not a state's: `Rio Grande do Sul` is a place)
            self.org(run)
            return
        if len(run) == 1 and words[0] in _BODIES_BY_ONE_WORD and _SPOKESMAN_AFTER_RE.match(self.text, run[0].end) \
                and _A_OR_THE_BEFORE_RE.search(self.text, max(0, run[0].start - 5), run[0].start):
            # `a Treasury spokesman said`, `the Pentagon's spokeswoman`: the body speaks by them; not a party's
            # `Treasury spokesman` (`The Tory Treasury spokesman`, `Labour's Treasury spokesman`)
            self.org(run)
            return
        if words[-1] in _SEAT_LAST_WORDS and _joined_without_the(run) in _SEATS_THAT_SPEAK and self._seat_speaks(run):
            # `the White House said`, `"…," Downing Street said`, `said the Kremlin.`, `a White House spokesman`:
            # the government its seat stands for speaks (`at the White House` stays a place)
            self.org(run[1:] if words[0] == "The" else run)
            return
        if (len(words) > 1 or allow_person and words[0] not in lex.given and not self.is_org_word(words[0])
                and words[0] not in self._surnames and self._modifier(run[0], tokens, index_of)) \
                and (full := self._org_opened_by(words)) is not None:
            # `Gulf States said` after `Gulf States Utilities Co`, `Texaco Canada` after `Texaco Canada Inc`: the
            # first words of one organisation's name, which look like a place or a people's, are its short form;
            # and one word before a noun (`the Drexel spokesman` after `Drexel Burnham Lambert Inc`), which as a
            # modifier would name no one
            full.aliases.add(" ".join(words))
            full.mentions.append((run[0].start, run[-1].end))
            self.mentions.append(Mention(run[0].start, run[-1].end, full))
            return
        if len(words) > 3 and "and" in words and _known_opening(words, 3, lex.known_orgs):
            self.org(run)  # `Carroll McEntee and McGinley Futures`: a unit named after the firm the lists know
            return
        if len(words) > 1 and words[0] in _SPORTS_CLUB_FIRST and " ".join(words) in _SPORTS_CLUBS:
            self.org(run)  # `Manchester United`, `Aston Villa`: a club named by a town and a word
            return
        if len(run) == 1 and self._club_towns and self._names_a_club(words[0]):
            # `Liverpool winger Harry Kewell`, `Chelsea defender William Gallas`: the town's club
            self._club_words.add(id(self.org(run)))
            return
        if len(run) == 1 and words[0] in _SURNAMES_AS_ORG_WORDS and allow_person and any(
                p.last == words[0] for p in self.persons) and self.cue_near(run[0].end, run[0].start):
            self.single.append((run[0], ""))  # `Banks told…` after `Mike Banks`: the person, not banks
            return
        if len(run) == 1 and words[0] in lex.org_words and (
                lex.org_words[words[0]].kind != "media" or not _names_a_medium(words[0], lex.org_words[words[0]])):
            if self._party_after_the(run[0]) or words[0] in lex.known_orgs \
                    or (words[0] in self._org_by_name or words[0] in self._body_words
                                                 and lex.org_words[words[0]].kind not in ("media", "party")) \
                    and (_THE_BEFORE_RE.search(self.text, max(0, run[0].start - 5), run[0].start)
                         or _SPOKESMAN_RIGHT_AFTER_RE.match(self.text, run[0].end)):
                # (and before a spokesman: `an Exchange spokesman said` after the `London Stock Exchange`)
                # `voted with the Republicans`, as `The Republicans voted` (not bare `Republicans say`); after `the`,
                # `the Bundesbank said` after `The Bundesbank noted`: the organisation the story has named so; and
                # `the Bank said` after the `Bank of England`, `the Commission` after the `European Commission`: the
                # word that ends or heads a body's name the story has given (linked to it with the others); a
                # body the lists know by that one word, anywhere (`including the Bundesbank`)
                self.org(run)
            return  # "Union", "Campaign" alone: a common noun at a sentence start, not a name (agencies are)
        if words[0] == "Star" and (run[0].initial if len(run) == 1 else not self._has_org(run[1:])):
            # the paper's word names no paper opening a sentence alone (`Star of the show will be…`, `Star number
            # eight Simon Taylor`) nor before names that hold no organisation's word (`Star Wars`, `Star Trek`:
            # works; `Star Christina Applegate`: the person, a star); `Toronto Star`, `Star Technologies Inc` are
            if len(run) > 2 and run[1].text in lex.given:
                self.classify_plain(run[1:], tokens, index_of, allow_person)
            return
        if len(run) == 2 and words[0] == "The" and words[1] in lex.org_words and \
                lex.org_words[words[1]].kind == "media" and not _names_a_medium(words[1], lex.org_words[words[1]]):
            return  # `The TV host`, `The Radio network`: the medium, not an outlet
        if self._firm_of_two(words):
            self.org(run)
            return
        if len(words) == 2 and words[0] in _COUNTRY_INITIALS and words[1] in _COMMON_PLURALS:
            return  # `U.S. Banks`, `U.K. Authorities`: a wire capitalises the word after the initials; banks, not a bank
        if len(words) == 2 and words[1] in ("TV", "Television") and (words[0] in _MANY_CHANNELS
                                                                      or words[0].lower() in _KINDS_OF_TV):
            # `US TV`, `British television`: a country's many channels, no one outlet (where `Iraqi TV` is); `Mobile
            # TV`, `High-definition TV`: a kind of television
            return
        if len(words) == 1 and _PARTY_STATE_RE.fullmatch(words[0]):
            return  # `Sen. Lena Osk (D-N.Y.)`, `(R-Kan.)`: a party and a state, no one's name
        if len(words) > 1 and words[-1] in _FAITHS:
            return  # `Roman Catholic officials`, `Greek Orthodox`: a faith, no one's name (`Catholic Church` is a body)
        if len(words) > 1 and words[-1] in _PLACE_ENDS and not self._has_org(run):
            return  # `Marion County`, `Myra Falls`: a place (`Bank of Iron County` is a bank)
        if len(words) > 1 and words[-1] in _VENUE_ENDS:
            return  # `the Roosevelt Hotel`, `Heathrow Airport`, `Belmarsh Prison`: a place, where things happen
        if len(words) > 1 and (words[-1] in _LAW_ENDS or words[-1] in _THING_ENDS and not self._has_org(run)
                               and not (len(words) == 2 and words[0] in lex.given)):
            # `Financial Services Act`, `International Coffee Agreement`, `Autumn Statement`: a law, a treaty or a
            # document, no one's name; nor is its acronym (`ICA`); but `Ian Story` is a given name and a surname
            self._no_organisation_by_initials(words)
            return
        if len(words) > 1 and (words[-1] in _TAX_ENDS or tuple(words[-2:]) in _TAXES and not self._has_org(run[:-2])):
            # `National Insurance`, `Council Tax`, `Corporation Tax`, `Child Benefit`: a tax or a benefit, nor is
            # its acronym an organisation (`NI`, `PRT`); but the `Department of Health and Social Security` is one
            self._no_organisation_by_initials(words)
            return
        if (words[-1] in _EVENT_ENDS and words[-2:-1] != ["Judicial"]) or tuple(words[-2:]) in _EVENTS:
            # `Screen Actors Guild Awards`, `Consumer Electronics Show`: an event, not who holds it; nor is its
            # acronym an organisation (`CES`)
            self._no_organisation_by_initials(words)
            return
        if len(run) >= 3 and words[-1] in self._surnames and (self.is_org_word(words[-2]) or _legal_form(words[-2])) \
                and not self.is_org_word(words[-1]) and self.cue_near(run[-1].end, run[-1].start):
            # `In a filing with the Securities and Exchange Commission Moller said`: wire copy without its comma
            # runs a body's name into the surname of someone the story has named, who speaks
            self.classify_plain(run[:-1], tokens, index_of, allow_person=False)
            self.classify_plain(run[-1:], tokens, index_of, allow_person=True)
            return
        if (len(run) >= 4 or len(run) == 3 and self._org_alone(words[0])) \
                and (self._has_org(run) or self._portfolio(words)) and self._name_after_org(run, words, tokens, index_of):
            return
        if len(words) > 1 and self._is_place(words[1:] if words[0] == "The" else words):
            return  # `the Soviet Union`, `the Russian Federation`, `the West Bank`: a place, though it holds `Union`
        lead = self.title_at(words, 0)
        if not lead and len(words) > 3 and "of" in words[1:4] and words[words.index("of") - 1].endswith("s"):
            # `Presidents of Belarus and Russia Alexander Lukashenko and Vladimir Putin discussed…`, `Foreign
            # Ministers of Russia and China Sergey Lavrov and Wang Yi`: a title several hold, of places, then the
            # names of the ones who hold it
            j = words.index("of")
            several = self.title_at(words[:j - 1] + [words[j - 1][:-1]] + words[j:], 0)
            k = next((k for k in range(j + 2, len(words) - 1) if (words[k] in lex.given or words[k] in lex.family_first)
                      and words[k - 1] in lex.places and all(w in lex.places or w == "and" for w in words[j + 1:k])),
                     None) if several == j else None
            if k is not None:
                names: list[Token] = []
                for tok in run[k:] + [None]:
                    if tok is None or tok.text == "and":
                        self.classify_plain(names, tokens, index_of, allow_person)  # (each holder's name)
                        names = []
                    else:
                        names.append(tok)
                return
        if lead and lead < len(words) - 1 and words[lead] in ("of", "for") and words[0].lower() not in _NOBILITY \
                and words[0] not in lex.known_orgs:
            # `Chief Executive of Hereford Hospitals NHS Trust`, `Minister of State for Finance`: an unnamed holder
            # of a title; what the title is of is an organisation when it is a body, and a portfolio is none
            owned = _what_a_title_is_of(run[lead:])
            if owned and self._is_body(owned):
                self.classify_plain(owned, tokens, index_of, allow_person=False)
            return
        if self._has_org(run) and words[-1] in _ROLE_ENDS and "of" not in words:
            return  # `the Public Works Minister`, `the Overseas Aid Secretary`: a portfolio's holder, unnamed
        if self._has_org(run) and not self._surname_like_org_word(words):
            # "Valdorian Foreign Ministry" -> the organisation without the nationality in front? keep it:
            # it is how the article names it; a later "the Foreign Ministry" links as a shorter tail
            start = 0
            while start < len(run) - 1 and (words[start] in lex.places and not self.is_org_word(words[start + 1])
                                              and words[start + 1] in lex.places):
                start += 1
            # `Retired Army Col. Jon Dalby`, `Then Army Secretary`: the army, not a `Retired Army`
            while start < len(run) - 1 and words[start] in _BEFORE_A_BRANCH:
                start += 1
            self.org(run[start:])
            return
        if len(run) == 1 and (words[0] in lex.places or words[0] in lex.demonyms) and allow_person \
                and not self._modifier(run[0], tokens, index_of) and (
                    self.cue_near(run[0].end, run[0].start) or _VERB_AFTER_RE.match(self.text, run[0].end)
                    and not _THE_BEFORE_RE.search(self.text, max(0, run[0].start - 5), run[0].start)):
            # `Monaco said`, `Dutch said`: Lisa Monaco, Mark Dutch, if named; so too before another verb (`Cuban
            # seemed to rely on…` after `Mark Cuban`; not `the French invaded`)
            self.single.append((run[0], _IF_NAMED))
            return
        if self._is_place(words):
            return
        if len(run) == 1 and words[0] + "." in lex.places \
                and _CITY_COMMA_BEFORE_RE.search(self.text, max(0, run[0].start - 40), run[0].start):
            return  # `of Greenwich, Conn said`: a state's abbreviation that lost its dot, after its city
        if len(run) == 1:
            word = words[0]
            if word in lex.known_orgs and (word not in _KNOWN_BUT_AMBIGUOUS or _GOES_ON_WITH_ITS_RE.match(
                    self.text, run[0].end)):
                # `Shares in Microsoft fell`, `Moody's cut…`: named so only by a firm; and one that is also a
                # common word or a place, where its sentence goes on with `its` (`Apple has expanded its iPod
                # family`; not `the Big Apple`)
                org = self.org(run)
                if word in _KNOWN_MEDIA:
                    org.heads.add(_KNOWN_MEDIA[word])  # `Izvestia` … `the newspaper said`
                return
            if word.isupper() and 2 <= len(word.replace(".", "")) <= 6 and word not in _ACRONYM_STOP \
                    and not (_DIGIT_RE.search(word) and word != "U2" and not _GROUP_OF_NATIONS_RE.fullmatch(word)) \
                    and not _TICKER_OPEN_RE.search(self.text, max(0, run[0].start - 12), run[0].start) \
                    and not _SYMBOL_BEFORE_RE.search(self.text, max(0, run[0].start - 12), run[0].start) \
                    and not (self.text[run[0].start - 1:run[0].start] == "("
                             and _TICKER_DOT_AFTER_RE.match(self.text, run[0].end)) \
                    and word not in lex.places and word.title() not in lex.places \
                    and word not in lex.not_names and "." not in word \
                    and not self.text.startswith("$", run[0].end) \
                    and not self._capitals_of_a_small_word(word) \
                    and not self._label_or_dateline(run[0]):  # (`HK$327m`: a currency; `RYE, N.H. -`: a place)
                # (nor a word in capitals that the story also writes small: `all the REAL artists`, a wire
                # table's `LIVE FEEDER CATTLE`)
                self.acronyms.append(run[0])
                return
            if self._spokesmans_body(run[0]):
                self._spokesmans_org(run[0])  # `a Bayern spokesman said`, `an Apple spokesman`: his body
                return
            if word in lex.demonyms and allow_person and not self._modifier(run[0], tokens, index_of) \
                    and self.cue_near(run[0].end, run[0].start):
                self.single.append((run[0], ""))  # "said Cuban": a surname that is also a nationality
                return
            if word in lex.places or word in lex.demonyms or word.isupper() or self._no_name(run):
                return
            if allow_person and not self._modifier(run[0], tokens, index_of):
                self.single.append((run[0], ""))
            return
        if (name := " ".join(words)) in lex.known_orgs:
            # `Analysts at Shearson Lehman`: a firm named like a person, wherever the story names it; but not a
            # market index named after a firm (`the Standard and Poor's 500 index`; `the Dow Jones`, the index far
            # more often than the firm, is a firm only by a speech verb, as a person would be)
            if name not in _INDEX_NAMES and not _AN_INDEX_AFTER_RE.match(self.text, run[-1].end):
                self.org(run)
            return
        if name in self._called_firms:
            self.org(run)  # `the IT firm Norvale Data`, then `A Norvale Data spokesman declined`: the same firm
            return
        if len(run) <= 4 and _FIRMS_NOUN_BEFORE_RE.search(self.text, max(0, run[0].start - 24), run[0].start) \
                and words[0] not in lex.given and "and" not in words \
                and not any(w in _NO_WORD_OF_A_FIRM for w in words) and not any(w in lex.given for w in words[1:-1]) \
                and not _PERSON_AFTER_A_FIRMS_NOUN_RE.match(self.text, run[-1].end) \
                and not _WHAT_A_FIELD_IS_RE.match(self.text, run[-1].end):
            # `IT firm Dimension Data`, `software giant Electronic Arts`, `rock band Snow Patrol`: what the word
            # before calls a firm, a band or a paper is one, named like a person or not (not `the company John
            # Smith founded`: a given name; nor `group EADS Philippe Camus`, a name after the firm's; nor `firm PDVSA
            # and Argentina's Enarsa`, two; nor `giant U.S. Or European concerns`, `RABOBANK B.A. Each`: a small
            # word the run ran on to; nor the `giant Cano Varrik field`, nor the person a verb after the name
            # shows: `the charity Hikram Osk founded in 1990`)
            if words[0] in _THING_ACRONYMS:
                run = run[1:]  # `giant ISP AOL`, `CGI Soup Dragons`: what the firm is or does, not its name
            self._called_firms[" ".join(t.text for t in run)] = self.org(run)
            return
        if not allow_person:
            return
        # a person's name stops at a connector ("Donald Hartley of Madison")
        for n, tok in enumerate(run):
            if not tok.cap and tok.text not in _PERSON_PARTICLES:
                run = run[:n]
                break
        if not run:
            return
        words = [t.text for t in run]
        # strip nationality adjectives and places in front ("Soviet leader" is handled by titles)
        # (but a given name that is also a town's, before a surname, is a name: `Victoria Beckham`, `Charlotte
        # Church`; not `Victoria Street`)
        while len(run) > 1 and (self._nationality(words) or words[0] in lex.places and not (
                words[0] in lex.given and len(run) == 2 and words[1] not in lex.places and words[1] not in lex.demonyms
                and words[1] not in _SITE_NOUNS and not _PLURAL_RE.fullmatch(words[1])) or self._no_name(run)):
            run, words = run[1:], words[1:]
        if len(run) == 1:
            if words[0] not in lex.places and words[0] not in lex.demonyms and not self._no_name(run):
                self.single.append((run[0], ""))  # not `He` left over from `Marenburg D.C. He recalled`
            return
        # `Maricopa County Recorder Helen Purcell`: a role the word lists do not know, then a known given name
        # and a surname; the person is the name
        if len(run) > 2 and self._is_place(words[:2]) and not any(w in lex.given for w in words[2:]):
            # `St. Louis Post-Dispatch`, `San Jose Communique`: a place's name opens it, no one's (`Louis` is no
            # given name here; `North Carolina Democrat Terry Sanford` has one after the place)
            return
        if words[0] not in lex.given and len(run) >= 3:
            k = next((i for i in range(1, len(run) - 1) if words[i] in lex.given), None)
            if k is not None and sum(1 for t in run[k:] if t.text not in _PERSON_PARTICLES) <= 3:
                run, words = run[k:], words[k:]
        # "John Washington", "Benjamin J. Rhodes": a known given name can precede a surname that is also a place
        if words[0] not in lex.given and any(w in lex.places or w in lex.demonyms for w in words[1:]):
            return
        if any(w.isupper() and not _is_initial(w) and w not in _SUFFIXES
               and not (len(w) == 1 and (w not in "AI" or w == "A" and i == 1 and words[0] in lex.given)
                        and i < len(words) - 1)  # a middle initial, undotted (`Charles A Blixt`)
               for i, w in enumerate(words[1:], 1)):
            return  # `John SMITH`, `Kellan NRCC`; but `Vannor R. Keel II` and `George W Bush` are names
        if words[-1] in _PARTY_LABELS:
            return  # `veteran Christian Democrat politician`, `Free Democrat`: a party's member, not a name
        if len(run) == 2 and words[0] in self._surnames and words[1] in self._surnames and words[0] != words[1] \
                and words[0] not in lex.given:
            # `During that conversation with Biden Putin "reasonably responded…"`: two surnames of people the
            # story has named in full, run together where a comma was left out; each is that person
            self.single.append((run[0], ""))
            self.single.append((run[1], ""))
            return
        if len(run) == 2 and words[1] in self._surnames and self._common_word_not_a_given_name(run[0]):
            # `First Trump goes to Louisiana`, `Injecting Clinton's marital troubles…` after `Donald Trump`,
            # `Hillary Clinton`: no given name, though a speech verb is near; the surname alone names someone
            # already named in full
            self.single.append((run[1], ""))
            return
        if words[0] in lex.given or self.cue_near(run[-1].end, run[0].start) \
                and self.title_at(words, 0) < len(words) or (  # (not `the Treasury Secretary said`: a title)
                len(run) <= 3 and not any(w in lex.not_names or self.is_org_word(w) or w.lower() in lex.title_heads
                                          or w.lower() in _COMMON_CAPITALISED for w in words)
                and (self.described_as_person(run[-1].end) or self.signs_a_quote(run[0].start, run[-1].end)
                     or self.named_in_apposition(run[0].start, run[-1].end))):
            self.person(_longest_name(run))
        elif len(run) <= 3 and all(t.cap for t in run) and not any(
                w in lex.not_names or self.is_org_word(w) or w.lower() in lex.title_heads or w in lex.known_orgs
                or w.lower() in _COMMON_CAPITALISED for w in words) \
                and not any("-" in w or w.endswith(("'s", "’s")) for w in words[:-1]):
            # (not `Coffee-loving Curry`, `France's Mauresmo`, `Sony Betamax`: a word that describes the name)
            self.unconfirmed.append(run)

    # --- pass 2: link short forms ------------------------------------------------------------------------
    def _persons_by_last(self) -> dict[str, list[EntityInfo]]:
        by_last: dict[str, list[EntityInfo]] = {}
        for p in self.persons:
            by_last.setdefault(p.last, []).append(p)
            if p.last[:1].islower():  # `al-Sabah`, written `Al-Sabah` at a sentence's head
                by_last.setdefault(p.last[0].upper() + p.last[1:], []).append(p)
            article = _ARTICLE_OF_SURNAME_RE.match(p.last)
            if article is not None:  # `Bashar al-Assad` … `Assad said`: the article is often left out
                by_last.setdefault(p.last[article.end():], []).append(p)
        return by_last

    def _names_someone(self, run: list[Token]) -> bool:
        """A run ending with someone's name is that person, not a place or a cause named after them: not after
        `at`, `in` or `the` (`at Estadio El Varrouk`, `the Trofeo El Varrouk`), nor `Anti` or `Pro` first."""
        return run[0].text not in ("Anti", "Pro") and \
            not _WHERE_OR_THE_BEFORE_RE.search(self.text, max(0, run[0].start - 10), run[0].start)

    def persons_named_as_firms(self) -> None:
        """`the official newspaper El Peruano said` … `El Peruano said`: a name the story calls a firm or a paper by
        a noun before it (`classify_plain`) is that organisation wherever the story made it someone (beside a speech
        verb), but where a title or an honorific named them; so are its last words (`Main Hurdman agreed` after `the
        accounting firm KMG Main Hurdman`)."""
        if not self._called_firms:
            return
        firms = {org.tokens[k:]: org for org in self._called_firms.values() for k in range(len(org.tokens) - 1)}
        # (not one a title or an honorific names: `Its founder, Mr Hikram Osk, said` of `the label Hikram Osk`)
        named = [p for p in self.persons if p.tokens in firms and not p.heads and not any(
            _HONORIFIC_BEFORE_RE.search(self.text, max(0, s - 8), s) for s, _e in p.mentions)]
        self._merge_all([(p, firms[p.tokens]) for p in named])
        self.persons = self._without(self.persons, named)

    def confirm_by_surname(self) -> None:
        """`Lleyton Hewitt gave himself…`, then `said Hewitt`: a name whose given name the word lists do not know,
        with no speech verb or role beside it, is a person's once the story calls someone by its last word alone
        as only a person is called (after a title, or beside a speech verb); `Hewitt` then links to it, and the
        People facet has the full name instead of the surname alone. So is one that is the last words of a longer
        name the story gave someone."""
        if not self.unconfirmed:
            return
        sure = {tok.text for tok, _gender in self.single
                if tok.start in self._pending_title or self.cue_near(tok.end, tok.start)}
        # `Suu Kyi recently presided…` after `Burmese leader Aung San Suu Kyi`: the last words of a longer name
        tails = _name_tails(self.persons)
        # `Double Olympic champion Hicham El Guerrouj`, then `said El Guerrouj`: a name that ends with the whole
        # name of someone the story has shown to be a person, a word or more before it (not the same words alone:
        # `told Les Echos` is no sign that `the daily Les Echos` is someone)
        whole = {p.tokens for p in self.persons}
        lasts = {p.last for p in self.persons if len(p.tokens) > 1}
        for run in self.unconfirmed:
            words = [t.text for t in run]
            if len(run) == 2 and words[1] in lasts and (self._written_small(words[0])
                                                        or self._common_word_not_a_given_name(run[0])):
                # `Prodigy Monfils blows away Gaudio` over `French prodigy Gael Monfils`: a word the story writes
                # small, before the surname of someone it names in full, is no given name; the surname is his
                self.single.append((run[1], ""))
                continue
            if (words[0] if family_name_first(words) else run[-1].text) in sure or tuple(words) in tails or \
                    any(tuple(words[k:]) in whole for k in range(1, len(words) - 1)) and self._names_someone(run):
                self.person(run)  # (`said Deng`)

    def link_singles(self) -> None:
        by_last = self._persons_by_last()
        by_first: dict[str, list[EntityInfo]] = {}
        for p in self.persons:
            if len(p.tokens) > 1:
                by_first.setdefault(p.tokens[0], []).append(p)
        # `Osk's husband, Jon,`: a word that is no one's surname but the given name of exactly one person
        # the story names in full is that person; linked after the surnames, so that which of two people
        # sharing a surname was named last is told by their full names and surnames only
        def given_name_only(tok: Token) -> bool:
            return tok.text not in by_last and tok.start not in self._pending_title and \
                len(by_first.get(tok.text, ())) == 1

        by_surname: dict[int, int] = {}  # id(person) -> how often the surname alone has named them so far
        # tables, not a look through every name for each word alone: a hostile text of thousands of names costs
        # its length, not its length squared (no organisation is added while words alone are linked)
        firms_by_word = self._firms_by_word()
        by_acronym: dict[str, EntityInfo] = {}
        for o in self.orgs:
            if o.acronym:
                by_acronym.setdefault(o.acronym, o)
        one_word = {p.tokens[0]: p for p in reversed(self.persons) if len(p.tokens) == 1}
        unshown: list[Token] = []  # words alone with no sign of a person where they stand
        for tok, gender in sorted(self.single, key=lambda item: given_name_only(item[0])):  # stable: in text order
            title = self._pending_title.get(tok.start)
            # (asked again: a word taken as someone's surname just above is no given name any more)
            candidates = by_first[tok.text] if given_name_only(tok) else by_last.get(tok.text, [])
            if gender == _IF_NAMED:
                if not candidates:
                    continue  # a place after all
                gender = ""
            if gender:
                # (`Mr. Obama` in a story that names Michelle Obama, `Mrs Howard` beside Michael Howard: someone
                # else of the family, named alone)
                candidates = [c for c in candidates if c.gender in ("", gender)]
            if len(candidates) > 1:
                # `Osk` with both Mira and Jon Osk named: the one named most recently before it, unless the
                # story has been calling another of them by the surname alone and never this one (a family
                # brought in by full names, `his wife, Mira Osk`, leaves the surname to the one it is about),
                # and this one was not just now the subject of a sentence (`Jon Osk spoke to voters. Osk said…`)
                before = [(max((s for s, _ in c.mentions if s < tok.start), default=-1), n)
                          for n, c in enumerate(candidates)]
                latest, n = max(before)
                usual = max(candidates, key=lambda c: by_surname.get(id(c), 0))
                if latest >= 0 and by_surname.get(id(usual), 0) and not by_surname.get(id(candidates[n]), 0) \
                        and not (tok.start - latest < _JUST_NAMED and _SENTENCE_START_RE.search(
                            self.text, max(0, latest - 4), latest)):
                    candidates = [usual]
                else:
                    candidates = [candidates[n]] if latest >= 0 else candidates[:1]
            if len(candidates) == 1:
                entity = candidates[0]
            elif not candidates and title is None and (org := self._firm_named_by(tok.text, firms_by_word)) \
                    is not None:
                # `G.D. Searle and Co` … `Searle said`: the firm
                org.mentions.append((tok.start, tok.end))
                self.mentions.append(Mention(tok.start, tok.end, org))
                continue
            elif not candidates and (title is not None or (self.cue_near(tok.end, tok.start)
                                                           or _PERSON_SIGN_AFTER_RE.match(self.text, tok.end))
                                     and tok.text[0].isupper()) and not _DIGIT_RE.search(tok.text):
                # (`the daily al-Riyadh reported`: a particle's name alone is a paper's as often as a person's)
                entity = one_word.get(tok.text)
                if entity is None:
                    entity = EntityInfo("person", tok.text, (tok.text,))
                    self.persons.append(entity)
                    one_word[tok.text] = entity
                    by_last.setdefault(tok.text, []).append(entity)
            else:
                org = by_acronym.get(tok.text)
                if org is not None:
                    org.mentions.append((tok.start, tok.end))
                    self.mentions.append(Mention(tok.start, tok.end, org))
                else:
                    unshown.append(tok)  # (for `link_unshown`, once the people are settled)
                continue
            if title is not None:
                if title.head:
                    entity.heads.add(title.head)
                entity.gender = entity.gender or title.gender
            entity.gender = entity.gender or gender
            if not entity.gender and title is None and len(entity.tokens) == 1 \
                    and self.lex.given.get(tok.text) == "f":
                # `Melanie said yes`, a story calling her by her given name alone: the name tells she is a woman,
                # so that a `he said` after it is not hers (only a woman's name: a man's is a surname as often,
                # `Hyman said… She predicts`)
                entity.gender = "f"
            entity.mentions.append((tok.start, tok.end))
            self.mentions.append(Mention(tok.start, tok.end, entity))
            if tok.text == entity.last:
                by_surname[id(entity)] = by_surname.get(id(entity), 0) + 1
        self.unshown = [(tok.start, tok.end) for tok in unshown if tok.text in one_word
                        and (_HEADS_A_SENTENCE_RE.search(self.text, max(0, tok.start - 20), tok.start)
                             or _SET_OFF_AFTER_A_WORD_RE.search(self.text, max(0, tok.start - 30), tok.start))
                        and self.text[tok.end:tok.end + 1] in (",", ":")]

    def _firms_by_word(self) -> dict[str, list[EntityInfo]]:
        """Each word before a firm's company form (`Searle` in `G.D. Searle and Co`) -> the firms holding it."""
        table: dict[str, list[EntityInfo]] = {}
        for o in self.orgs:
            if len(o.tokens) > 1 and o.tokens[-1].rstrip(".") in _FIRM_ENDS:
                for w in dict.fromkeys(o.tokens[:-1]):
                    table.setdefault(w, []).append(o)
        return table

    def _firm_named_by(self, word: str, table: dict[str, list[EntityInfo]]) -> EntityInfo | None:
        """The one firm of the story whose name holds `word` before its company form (`Searle` in `G.D. Searle
        and Co`, `Lilly` in `Eli Lilly and Co`): a story that names the firm so calls it by that word after."""
        if self.is_org_word(word):
            # (a paper's word opening a firm's name is that firm: `Standard` after `Standard Oil Co`, `a Standard
            # spokesman` after `Standard Electrica SA`; other bodies' words, `Bank`, `Group`, name none)
            info = self.lex.org_words.get(word)
            if info is None or info.kind != "media":
                return None
            opened = self._one_name_opened_by(word)
            return opened if opened is not None and opened in table.get(word, ()) else None
        found = table.get(word, ())
        return found[0] if len(found) == 1 else None

    def _org_by_initials(self, word: str, spelt: dict[str, list[EntityInfo]],
                         named: dict[str, EntityInfo]) -> EntityInfo | None:
        """`NATO` after the `North Atlantic Treaty Organization`, `EU` after the `European Union`: the one
        organisation of the story whose words' initials spell the acronym (none when two could). Two letters
        spell too many names (`BA` is not `Bank of America`, `EU` not `Edinburgh University`): only the few
        bodies news shortens so. `spelt` maps initials to the organisations of two words or more that spell
        them, `named` a name to its organisation."""
        if not 2 <= len(word) <= 6 or not word.isalpha():
            return None
        if len(word) == 2:
            found = [o for full in _TWO_LETTER_BODIES.get(word, ())
                     for o in (named.get(full), named.get(f"the {full}"))
                     if o is not None and id(o) not in self._not_by_initials]
        else:
            found = spelt.get(word, [])
        if len(found) == 1:
            found[0].acronym = found[0].acronym or word
            return found[0]
        return None

    def _widen_to_acronym(self, org: EntityInfo, start: int, end: int, acronym: str) -> int:
        """`the Transport and General Workers Union (TGWU)`, `the Pentagon's Project and Contract Office (PCO)`: the
        acronym spells capitalised words before the name found (which a connector inside the name had cut off):
        they are the name's own. Returns where the name starts now (`start` when nothing was widened); the
        mentions are mended once for all names by `_mend_widened`."""
        letters = "".join(c for c in acronym if c.isupper())
        words = [w for w in _NAME_WORD_RE.findall(self.text, start, end) if w.lower() not in _ORG_CONNECTORS]
        initials = "".join(w[0] for w in words)
        if not initials or len(letters) <= len(initials) or not letters.endswith(initials.upper()):
            return start
        pos = start
        for letter in reversed(letters[:len(letters) - len(initials)]):
            word = _WORD_BEFORE_NAME_RE.search(self.text, max(0, pos - 60), pos)
            if word is None or word.group(1)[0] != letter:
                return start
            pos = word.start(1)
        name = self.text[pos:end]
        if org.name == self.text[start:end]:
            org.name = name
            org.tokens = tuple(_NAME_WORD_RE.findall(name))
        org.mentions[org.mentions.index((start, end))] = (pos, end)
        return pos

    def _mend_widened(self, widened: dict[tuple[int, int], tuple[EntityInfo, int]]) -> None:
        """One pass over the mentions for every name an acronym widened (a text of thousands of them costs its
        length): the name's mention starts where the name does now, and the words it took in are no name of
        their own any more (`Pentagon's Project`)."""
        spans = sorted((pos, start) for (start, _), (_, pos) in widened.items())
        taken_from = [pos for pos, _ in spans]
        emptied: set[int] = set()
        kept = []
        for m in self.mentions:
            own = widened.get((m.start, m.end))
            if own is not None and m.entity is own[0]:
                m.start = own[1]
            else:
                k = bisect.bisect_left(taken_from, m.end) - 1  # (the spans do not overlap: the last one before)
                if k >= 0 and m.start < spans[k][1]:
                    m.entity.mentions = [(a, b) for a, b in m.entity.mentions if (a, b) != (m.start, m.end)]
                    if not m.entity.mentions:
                        emptied.add(id(m.entity))
                    continue
            kept.append(m)
        self.mentions = kept
        if emptied:
            self.orgs = [o for o in self.orgs if id(o) not in emptied]
            self.persons = [p for p in self.persons if id(p) not in emptied]
            self._person_by_name = {k: p for k, p in self._person_by_name.items() if id(p) not in emptied}

    def link_acronyms(self) -> None:
        # "Shanghai Cooperation Organization (SCO)": the parenthesised acronym belongs to the name before it, and
        # so does a wire's ticker in angle brackets (`Trans World Airlines Inc <TWA>`)
        widened: dict[tuple[int, int], tuple[EntityInfo, int]] = {}
        things: list[EntityInfo] = []
        for o in list(self.orgs):
            for s, e in list(o.mentions):
                m = re.match(r"\s*(?:\(([A-Z][A-Za-z0-9&.\-]{1,9})\)|<([A-Z]{2,5})(?:\.[A-Z]{1,2})?>)",
                             self.text[e:e + 14])  # (`<GEC.L>`: a ticker and its exchange)
                if m and m.group(1) and m.group(1).upper() in _THING_ACRONYMS and len(o.tokens) > 1:
                    # `Digital Rights Management (DRM)`, `Global Positioning System (GPS)`: the letters of a
                    # thing, so the words they stand for name a thing too, no organisation
                    things.append(o)
                    break
                if m:
                    o.acronym = m.group(1) or m.group(2)
                    if m.group(1) and (pos := self._widen_to_acronym(o, s, e, m.group(1))) != s:
                        widened[(s, e)] = (o, pos)
        self._forget_all(things)
        self.orgs = self._without(self.orgs, things)
        if widened:
            self._mend_widened(widened)
        # each acronym looked up in tables, not against every organisation: a hostile text of thousands of
        # acronyms costs its length, not its length squared
        named: dict[str, EntityInfo] = {}
        short: dict[str, EntityInfo] = {}
        spelt: dict[str, list[EntityInfo]] = {}
        for o in self.orgs:
            named.setdefault(o.name, o)
            if o.acronym:
                short.setdefault(o.acronym, o)
            if len(o.tokens) >= 2 and id(o) not in self._not_by_initials:
                spelt.setdefault("".join(t[0] for t in o.tokens if t.lower() not in _ORG_CONNECTORS), []).append(o)
        # `crude palm oil (CPO)`, `commercial paper, CP,`: letters the story spells out in small words are a
        # thing's, no organisation's, wherever they stand alone
        things = {tok.text for tok in self.acronyms if self._spelt_small(tok)} - {
            tok.text for tok in self.acronyms if _ORG_SPEAKS_AFTER_RE.match(self.text, tok.end)}  # (`The WRC said`)
        for tok in self.acronyms:
            if tok.text in self.event_initials or tok.text in things:
                continue
            org = short.get(tok.text) or named.get(tok.text) or self._org_by_initials(tok.text, spelt, named)
            if org is None:
                org = EntityInfo("org", tok.text, (tok.text,))
                self.orgs.append(org)
                named.setdefault(org.name, org)
            if org.acronym:
                short.setdefault(org.acronym, org)
            org.mentions.append((tok.start, tok.end))
            self.mentions.append(Mention(tok.start, tok.end, org))

    def _spelt_small(self, tok: Token) -> bool:
        """The letters at tok, in brackets or after a comma, follow words in small letters that they are the
        initials of (`crude palm oil (CPO)`, `commercial paper, CP,`)."""
        if not _CLOSED_AFTER_RE.match(self.text, tok.end):
            return False  # (the letters closed by a bracket or a comma: not `a general meeting, GM said`)
        opened = _OPENED_BEFORE_RE.search(self.text, max(0, tok.start - 4), tok.start)
        if opened is None:
            return False
        # the words before, read back from the bracket or the comma (a word at a time: no pattern over the text)
        words = self.text[max(0, opened.start() - 80):opened.start()].split()[-len(tok.text):]
        # (a body written small is still one: `federal open market committee, FOMC`, `multilateral investment
        # guarantee agency (MIGA)`)
        return len(words) == len(tok.text) and all(_SMALL_WORD_RE.fullmatch(w) for w in words) \
            and "".join(w[0] for w in words).upper() == tok.text and words[-1].title() not in _BODY_NOUNS

    def _merge_into(self, short: EntityInfo, full: EntityInfo) -> None:
        """`short`'s mentions become `full`'s; `short` is left with none (the caller drops it from its list)."""
        self._merge_all([(short, full)])

    def _merge_all(self, pairs: list[tuple[EntityInfo, EntityInfo]], people: bool = False) -> None:
        """Each `short`'s mentions (and, for `people`, its roles and gender) become its `full`'s, in one pass over
        the story's mentions however many pairs (one pass for each, on a text of thousands of names, was most of
        the time spent); a full name itself named short in the same batch passes everything on to the fullest.
        Each `short` is left with no mentions (the caller drops it from its list)."""
        if not pairs:
            return
        into = {id(short): full for short, full in pairs}

        def fullest(entity: EntityInfo) -> EntityInfo:
            seen = 0
            while id(entity) in into and seen < len(into):
                entity, seen = into[id(entity)], seen + 1
            return entity
        for short, _full in pairs:
            full = fullest(short)
            if full is short:
                continue  # (a loop of names each the other's short form: left as they are)
            if people:
                full.heads |= short.heads
                full.gender = full.gender or short.gender
            full.mentions.extend(short.mentions)
            short.mentions = []
        for m in self.mentions:
            if id(m.entity) in into:
                m.entity = fullest(m.entity)

    def _forget(self, entity: EntityInfo) -> None:
        """An entity that names no one after all: its mentions go (the caller drops it from its list)."""
        self._forget_all([entity])

    @staticmethod
    def _without(group: list[EntityInfo], gone: list[EntityInfo]) -> list[EntityInfo]:
        """The group without the entities gone (the same list when none are)."""
        if not gone:
            return group
        ids = {id(e) for e in gone}
        return [e for e in group if id(e) not in ids]

    def _forget_all(self, entities: list[EntityInfo]) -> None:
        """Entities that name no one after all: their mentions go, in one pass over the story's mentions (a text
        of thousands of them costs its length); the caller drops them from its list."""
        if not entities:
            return
        gone = {id(e) for e in entities}
        self.mentions = [m for m in self.mentions if id(m.entity) not in gone]
        for e in entities:
            e.mentions = []

    def join_word_orders(self) -> None:
        """`Ministry of Finance` and `Finance Ministry` in one story are one body (body_names): the form named first
        keeps the name, the other is its alias. A form of fewer words after a country's is that country's, as
        `Agriculture Ministry` after `Soviet Agriculture Ministry` is (`Ministry of Agriculture`), where the story
        has one such."""
        keyed: dict[tuple[str, ...], list[EntityInfo]] = {}
        reordered: set[int] = set()  # the organisations whose name is in the other order
        for o in self.orgs:
            key = word_order_key(o.tokens)
            if key != o.tokens:
                reordered.add(id(o))
            keyed.setdefault(key, []).append(o)
        if not reordered:
            return
        pairs: list[tuple[EntityInfo, EntityInfo]] = []
        for key, group in keyed.items():
            first = min(group, key=lambda o: o.mentions[0][0])
            pairs.extend((o, first) for o in group if o is not first)
            if len(key) > 1 and key[-1] in BODY_WORDS:
                longer = [k for k in keyed if len(k) > len(key) and k[-len(key):] == key]
                full = min(keyed[longer[0]], key=lambda o: o.mentions[0][0]) if len(longer) == 1 else None
                if full is not None and full.mentions[0][0] < first.mentions[0][0] and \
                        any(id(o) in reordered for o in (*group, *keyed[longer[0]])):
                    pairs.append((first, full))
        for short, full in pairs:
            full.aliases.add(short.name)
        self._merge_all(pairs)
        self.orgs = [o for o in self.orgs if o.mentions]

    def merge_org_tails(self) -> None:
        """`Foreign Ministry` after `Russian Foreign Ministry`: the shorter form is the same organisation. A
        generic word alone (`The Bank said`, `the Commission`) is the one organisation of the story it ends or
        heads (`Bank of England`, `European Commission`, `Reserve Bank of Australia`); where several could be
        meant (`Reserve Bank of Australia` and `Commonwealth Bank of Australia`) it names none of them, and is no
        organisation of its own."""
        forgotten: list[EntityInfo] = []
        for short in sorted(self.orgs, key=lambda o: len(o.tokens)):
            n = len(short.tokens)
            word = self.lex.org_words.get(short.tokens[0]) if n == 1 else None
            # (a paper's or a party's word is a name of its own: `the Times` is not the `Sunday Times`, and
            # `Tories` no `Young Tories`)
            generic = word is not None and word.kind not in ("media", "party")
            if word is not None and word.kind == "media":
                # `the Times` after `the New York Times` (or `the Times of Zambia`) is that paper, the one of the
                # story so named; not the Sunday or the Financial Times, other papers than the Times
                papers = [f for f in self.orgs if f is not short and f.mentions and len(f.tokens) > n and (
                    f.tokens[-n:] == short.tokens or f.tokens[:n + 1] == (*short.tokens, "of"))
                    and f.tokens[0] != "Sunday" and f.tokens[-2:] != ("Financial", "Times")]
                if len(papers) == 1 and papers[0].mentions[0][0] < short.mentions[0][0] and all(
                        _THE_BEFORE_RE.search(self.text, max(0, s - 5), s) for s, _ in short.mentions):
                    papers[0].aliases.add(short.name)
                    self._merge_into(short, papers[0])
                continue
            if word is not None and not generic:
                continue
            fulls = []
            for full in self.orgs:
                if full is short or len(full.tokens) <= n or not full.mentions:
                    continue
                tail = full.tokens[-n:] == short.tokens
                # "National Bank" before "National Bank of Valdoria": the name without its "of ..."
                # (and `Peterson Institute` before `Peterson Institute for International Economics`; but `Kodak` is
                # no `Kodak for E.F. Hutton`, nor the `European Council` the `European Council on Foreign Relations`)
                head = full.tokens[:n] == short.tokens and len(full.tokens) > n and (full.tokens[n] == "of" or (
                    full.tokens[n] in _HEAD_OF and short.tokens[-1] in _BODY_NOUNS))
                if generic and not (tail or head):
                    # the generic word as the head of a longer name: `Reserve Bank of Australia`
                    # (`Department for Culture, Media and Sport`, `Committee to Protect Journalists`)
                    head = any(t == short.tokens[0] and nxt in _GENERIC_HEAD_OF
                               for t, nxt in zip(full.tokens, full.tokens[1:]))
                if tail or head:
                    fulls.append(full)
                    if not generic:
                        break
            if not fulls:
                if generic and n == 1 and short.tokens[0] in _NO_NAME_ALONE:
                    forgotten.append(short)  # `The Office` (a show), `Group Chief Executive`: no body named
                continue
            if generic and len(fulls) > 1:  # `Central Bank` and `Dutch Central Bank` are one (merged below)
                fulls = [f for f in fulls if not any(len(g.tokens) > len(f.tokens) and g.tokens[-len(f.tokens):] ==
                                                     f.tokens for g in fulls)]
                if len(fulls) > 1:
                    self._forget(short)
                    continue
            fulls[0].aliases.add(short.name)
            self._merge_into(short, fulls[0])
        self._forget_all(forgotten)
        self.orgs = [o for o in self.orgs if o.mentions]

    def merge_and_firms(self) -> None:
        """`Carolina Power` after `Carolina Power and Light Co`, `Rochester Gas` after `Rochester Gas and Electric
        Corp`, `Merrill Lynch` after `Merrill Lynch and Co Inc`: the words before the `and` of a firm's full name,
        used after it, are that firm, when the full name ends in a legal form and comes first (not `Bank of
        England` before a run `Bank of England and U.S.`), and no other firm of the story opens so."""
        by_first: dict[str, list[EntityInfo]] = {}
        for o in self.orgs:
            if len(o.tokens) > 2 and ("and" in o.tokens or "&" in o.tokens) and \
                    (_legal_form(o.tokens[-1]) or o.tokens[-1] == "Association"):
                by_first.setdefault(o.tokens[0], []).append(o)
        if not by_first:
            return
        pairs = []
        for short in self.orgs:
            n = len(short.tokens)
            fulls = [o for o in by_first.get(short.tokens[0], ()) if len(o.tokens) > n + 1
                     and o.tokens[:n] == short.tokens and o.tokens[n] in ("and", "&")]
            if len(fulls) != 1 or not short.mentions or fulls[0].mentions[0][0] > short.mentions[0][0]:
                continue
            full = fulls[0]
            if any(o is not short and o is not full and o.tokens[:n] == short.tokens for o in self.orgs) or \
                    self._named_apart(full, full.tokens[n + 1]):
                continue  # (`Kestrel Energy` beside `Kestrel Energy Production Co` too, or a run of two firms)
            full.aliases.add(short.name)
            pairs.append((short, full))
        self._merge_all(pairs)
        self.orgs = [o for o in self.orgs if o.mentions]

    def _named_apart(self, full: EntityInfo, word: str) -> bool:
        """The word after a name's `and` names something of its own in the story, in any case: it opens another
        name, or stands alone elsewhere (`Beta Group and CooperVision Inc` beside `26 pct by Coopervision`): the run
        is two firms, not one name (where `Loan` of `Savings and Loan Association` beside `Federal Home Loan Bank`
        is no name alone)."""
        low = word.lower()
        if any(e is not full and e.tokens and e.tokens[0].lower() == low for e in (*self.orgs, *self.persons)):
            return True
        return any(not any(s <= at < e for s, e in full.mentions) for at in self._words_alone.get(low, ()))

    @cached_property
    def _words_alone(self) -> dict[str, list[int]]:
        """Where the story writes each capitalised word with no capitalised word after it, by the word in small
        letters (found in one pass, when first asked)."""
        found: dict[str, list[int]] = {}
        for m in _WORD_ALONE_RE.finditer(self.text):
            found.setdefault(m.group().lower(), []).append(m.start())
        return found

    def merge_firm_words(self) -> None:
        """`Texaco` and `Texaco Inc`, `Akzo` and `Akzo NV`, `Opec` and `OPEC` in one story are one body, and
        `Honda` in a story about Yukio Honda is him (a known firm's word alone is made an organisation as it is
        met, before the story's full names are known)."""
        if len(self.orgs) > 1:
            self._merge_legal_forms()
        by_last = self._persons_by_last()
        firms_by_word = self._firms_by_word()  # (a one-word name joins a firm's, which it never changes)
        for short in [o for o in self.orgs if len(o.tokens) == 1]:
            full = self._firm_named_by(short.tokens[0], firms_by_word)
            if full is not None and self.is_org_word(short.tokens[0]) and any(
                    _THE_BEFORE_RE.search(self.text, max(0, start - 5), start) for start, _ in short.mentions):
                full = None  # `the Times reported` beside `Times Mirror Co`: the paper, not its owner
            people = by_last.get(short.tokens[0], [])
            if full is None and len(people) == 1 and short.tokens[0] in self.lex.known_orgs:
                full = people[0]  # `Honda said` in a story about Yukio Honda: the man, not the carmaker
            if full is None and short.tokens[0] in self.lex.known_orgs:
                # `Akzo NV` … `Akzo said`, `Daiwa Securities` … `Daiwa`, `OPEC` … `Opec`: the one fuller name
                # of the story that holds the word, or the same name in capitals
                word = short.tokens[0]
                holders = [o for o in self.orgs if o is not short and o.mentions and (
                    o.name == word.upper() or len(o.tokens) > 1 and _legal_name_of(word, o.tokens))]
                full = holders[0] if len(holders) == 1 else None
            if full is not None and full is not short:
                self._merge_into(short, full)
        lone = [o for o in self.orgs if o.mentions and len(o.tokens) == 1 and o.tokens[0] in _PAPERS_ALSO_ADJECTIVES
                and not any(self._named_as_paper(start, end) for start, end in o.mentions)]
        for short in lone:
            opened = self._one_name_opened_by(short.tokens[0])  # (`Standard Oil Co of the U.S.`: no legal form last)
            if opened is not None:
                self._merge_into(short, opened)
        self._forget_all([o for o in lone if o.mentions] + [o for o in self.orgs if self._country_and_a_word(o)])
        self.orgs = [o for o in self.orgs if o.mentions]

    def _country_and_a_word(self, org: EntityInfo) -> bool:
        """`a U.S. Oil and gas company`, `U.K. Retail sales`, `a U.S. Bank`: a wire's capital after `U.S.` or
        `U.K.` (its dot read as a sentence's end) on a common word the story also writes small, or that a word in
        small letters follows at every mention (`in late U.S. Trading as the market…`), is no name; the
        state's own bodies are (`U.S. Navy`, `U.K. Government`), and firms the lists know (`U.S. Steel`)."""
        return len(org.tokens) == 2 and org.tokens[0] in ("U.S.", "U.K.") and bool(org.mentions) \
            and org.tokens[1] not in _STATE_BODY_WORDS and org.name not in self.lex.known_orgs \
            and (org.tokens[1].lower() in self._words_written_small()
                 or all(_SMALL_WORD_NEXT_RE.match(self.text, end) for _start, end in org.mentions)) and not any(
                (_ORG_SPEAKS_AFTER_RE.match(self.text, end) or _TICKER_AFTER_RE.match(self.text, end))
                and not _INDEFINITE_BEFORE_RE.search(self.text, max(0, start - 4), start)
                for start, end in org.mentions)  # (`U.S. Trust said`, `<U.S. Trust>`: a firm; `a U.S. Bank said`: one)

    def _one_name_opened_by(self, word: str) -> EntityInfo | None:
        """The organisation of the story whose longer name a paper's word opens (`Standard Oil Co`, `a Standard
        spokesman` after `<Standard Electrica SA>`), when no other name of the story holds the word (not with
        `Standard Chartered Bank` beside it, nor `Tribune Co` beside the `Chicago Tribune`)."""
        holders = [o for o in self.orgs if len(o.tokens) > 1 and word in o.tokens and o.mentions]
        return holders[0] if len(holders) == 1 and holders[0].tokens[0] == word else None

    def _named_as_paper(self, start: int, end: int) -> bool:
        """`the Standard`, `London "Standard" newspaper`, `Star said`: a paper's (or a firm's) name, where alone
        the word may be no one's (`Standard grade`, `Standard white newsprint`, `Globe nominations`)."""
        return bool(_PAPER_BEFORE_RE.search(self.text, max(0, start - 5), start) or
                    _PAPER_AFTER_RE.match(self.text, end))

    def _merge_legal_forms(self) -> None:
        """`American Express` after `American Express Co`, `Mississippi Power and Light` after `Mississippi Power
        and Light Co`, `Newry` after `Newry FC`: the name without its legal form is the same firm (or club), when
        one of the story has it."""
        by_base: dict[tuple[str, ...], list[EntityInfo]] = {}
        for o in self.orgs:
            k = len(o.tokens)
            while k > 1 and _legal_form(o.tokens[k - 1]):
                k -= 1
            while k < len(o.tokens) and k > 1 and o.tokens[k - 1] in ("and", "&"):  # (`… and Co`)
                k -= 1
            if k < len(o.tokens):
                by_base.setdefault(tuple(o.tokens[:k]), []).append(o)
        if not by_base and not self._club_words:
            return
        by_first: dict[str, list[EntityInfo]] = {}
        for o in self.orgs:
            by_first.setdefault(o.tokens[0], []).append(o)
        for short in self.orgs:
            fulls = by_base.get(tuple(short.tokens), [])
            n = len(short.tokens)
            # (not when another firm of the story opens with the name too: `Nestle` beside `Nestle SA` and
            # `Nestle Enterprises Ltd` may be either)
            others = [o for o in by_first.get(short.tokens[0], ()) if o is not short and o.tokens[:n] == short.tokens]
            if id(short) in self._club_words and len(others) == 1:
                fulls = others  # `Kestrel manager` … `Kestrel Systems`, `Sale full-back` … `Sale Sharks`
            if len(fulls) == 1 and len(others) == 1 and short.mentions and short.acronym == "" and \
                    not (n == 1 and self.lex.org_words.get(short.tokens[0])):
                fulls[0].aliases.add(short.name)
                self._merge_into(short, fulls[0])
        self.orgs = [o for o in self.orgs if o.mentions]

    def merge_person_surnames(self) -> None:
        """`Reagan` (from `President Reagan`) and `Ronald Reagan` in one article are one person."""
        by_last: dict[str, list[EntityInfo]] = {}
        after_particle: dict[str, list[EntityInfo]] = {}  # `Villegas` in `Eric de Villegas de Clercamp`
        by_tail: dict[tuple[str, ...], list[EntityInfo]] = {}  # `da Silva`, `van den Broek` ending a full name
        for p in self.persons:
            if len(p.tokens) < 2:
                continue
            by_last.setdefault(p.last, []).append(p)
            for i in range(1, len(p.tokens)):
                if p.tokens[i - 1] in _SURNAME_PARTICLES and p.tokens[i] not in _PERSON_PARTICLES:
                    after_particle.setdefault(p.tokens[i], []).append(p)
                    by_tail.setdefault(p.tokens[i - 1:], []).append(p)
                    if i > 1 and p.tokens[i - 2] in _SURNAME_PARTICLES:
                        by_tail.setdefault(p.tokens[i - 2:], []).append(p)
        pairs = []
        for short in [p for p in self.persons if len(p.tokens) == 1]:
            full = by_last.get(short.last) or [p for p in after_particle.get(short.last, ()) if len(p.tokens) > 2]
            if len(full) == 1 and not (short.gender and full[0].gender and short.gender != full[0].gender):
                pairs.append((short, full[0]))  # (not `Mr. Obama` into `Michelle Obama`: another of the family)
        self._absorb_all(pairs)
        # `President da Silva`, `Mr van den Broek`: a surname with its particles, after a title; `Van der Klugt
        # said`, the particle capitalised at a sentence's head
        pairs = []
        for short in [p for p in self.persons if len(p.tokens) > 1 and p.tokens[0].lower() in _PERSON_PARTICLES]:
            tail = (short.tokens[0].lower(), *short.tokens[1:])
            full = [p for p in by_tail.get(tail, ()) if p is not short and p.mentions]
            if len(full) == 1:
                pairs.append((short, full[0]))
        self._absorb_all(pairs)
        # `Suu Kyi` after `Aung San Suu Kyi`, `Garcia Marquez` after `Gabriel Garcia Marquez`, `Le Bon` after `Simon
        # Le Bon`: the last words of one longer name, which a given name does not open (`Paul Jones` beside `John
        # Paul Jones` may be another)
        by_tail_words = _name_tails(self.persons)
        pairs = []
        for short in [p for p in self.persons if len(p.tokens) > 1 and p.mentions and p.tokens[0] not in self.lex.given]:
            full = [p for p in by_tail_words.get(tuple(short.tokens), ()) if p.mentions]
            if len(full) == 1:
                pairs.append((short, full[0]))
        self._absorb_all(pairs)
        self.persons = [p for p in self.persons if p.mentions]

    def _absorb_all(self, pairs: list[tuple[EntityInfo, EntityInfo]]) -> None:
        """Each person named short (a surname, with its particles) is the one named in full: the full name takes
        its roles, gender and mentions, all pairs at once."""
        self._merge_all(pairs, people=True)

    def drop_works(self) -> None:
        """`the drama Vera Drake`, `Vera Drake star Imelda Staunton`, `the third Harry Potter film`, `the James Bond
        films`: a film, a book or a character named like a person is no person, unless the story also treats it
        as one (a title before it, a speech verb beside it). Left in, such titles head the People facet of an
        arts archive."""
        text = self.text
        kept, works = [], []
        for p in self.persons:
            if len(p.tokens) < 2 or p.heads:
                kept.append(p)
                continue
            strong = weak = series = full = 0
            person_like = False
            for s, e in p.mentions:
                if _HONORIFIC_BEFORE_RE.search(text, max(0, s - 8), s) or self.cue_near(e, s) \
                        or self.described_as_person(e):
                    person_like = True
                    break
                if " " not in text[s:e]:
                    continue  # `Ray` alone may be the film `Ray` linked to Ray Charles: only the full name tells
                full += 1
                if _WORK_BEFORE_RE.search(text, max(0, s - 24), s) and text[e:e + 1] not in ("'", "’") \
                        or _WORK_NAMES_RE.match(text, e, e + 40) or _AMONG_LISTED_WORKS_RE.search(text, max(0, s - 200), s) \
                        or _TITLE_GOES_ON_RE.match(text, e, e + 40):
                    strong += 1  # (not `her role in Mike Nichols' Closer`)
                elif _WORKS_AFTER_RE.match(text, e, e + 12) and _THE_BEFORE_RE.search(text, max(0, s - 6), s):
                    series += 1  # `the James Bond films`: works of many, if the story never names it otherwise
                elif _WORK_AFTER_RE.match(text, e, e + 12):
                    # `the third Harry Potter film`: an ordinal before it and a work after it is one work of many
                    strong += bool(_ORDINAL_BEFORE_RE.search(text, max(0, s - 12), s))
                    weak += 1
            if person_like or not (strong or weak >= 2 or series and series == full):
                kept.append(p)
                continue
            works.append(p)
        self._forget_all(works)
        self.persons = kept

    def drop_work_orgs(self) -> None:
        """`his last album, Genius Loves Company`, `Spike Lee movies, including School Daze`: a work whose title
        holds an organisation's word is no organisation, when the noun for a work comes right before every
        mention of it, or a list of works opens there (`Their singles include What I Go To School For`, `Big
        festive hits over the years include Band Aid`); nor is a scheme or a measure named by its last word (`the
        Conservation Reserve Program`, `the Retail Price Index`), unless a body's noun opens it."""
        # (`Conservation Reserve Program`, `Retail Price Index`: a scheme, a measure; but `Office of Civilian
        # Health and Medical Program` is an office); and a film (`_a_film`) or a venue named as a place (`_a_venue`)
        works = [o for o in self.orgs if o.mentions and (all(
            _WORK_NOUN_BEFORE_RE.search(self.text, max(0, s - 30), s)
            or _WORKS_LISTED_BEFORE_RE.search(self.text, max(0, s - 90), s) for s, _ in o.mentions)
            or self._a_film(o) or o.tokens[-1] in _SCHEMES and o.tokens[0] not in _BODY_NOUNS or self._a_venue(o))]
        self._forget_all(works)
        self.orgs = self._without(self.orgs, works)

    def _a_venue(self, org: EntityInfo) -> bool:
        """A theatre, an arena or a convention centre named as where something happens at every mention (after
        `at`, `in`, `outside` or a place's `'s`; not after a role, `artistic director at the Kestrel Theatre`, whose
        employer it is), none of them an owner (`the Dalby Theatre's gala`), and no known organisation (`Kodak
        Theatre`, `Verizon Center`, `Tampa Convention Center`, `Rainbow Theatre`)."""
        words = org.tokens
        if not (words[-1] in _ARENA_ENDS or words[-1] in ("Center", "Centre") and len(words) > 1
                and (words[-2] in _VENUE_CENTRES or " ".join(words[:-1]) in self.lex.known_orgs)) \
                or org.name in self.lex.known_orgs or " ".join(words[1:]) in self.lex.known_orgs:
            return False  # (`London's National Theatre` is the company)
        return all(_AT_A_VENUE_RE.search(self.text, max(0, s - 40), s) and not _OWNER_AFTER_RE.match(self.text, e)
                   and not _ROLE_AT_RE.search(self.text, max(0, s - 40), s) for s, e in org.mentions)

    def _a_film(self, org: EntityInfo) -> bool:
        """`Political thriller Hotel Rwanda`, `the premiere of Polar Express`, `her performance in Hotel Rwanda`:
        a title the story names as a film or a show at one mention at least (its noun right before it) and as a
        body at none (no speech verb, spokesman or owner's `'s` after it), no known organisation's, and not
        ending as a firm's or a club's name does (a legal form, a body's noun, `Group`, `Management`, `Rovers`)."""
        last = org.tokens[-1]
        if org.name in self.lex.known_orgs or len(org.tokens) < 2 or _legal_form(last) or last in _BODY_NOUNS \
                or last in _LEGAL_NAME_WORDS or last in _FIRMS_OWN_WORDS:
            return False  # (`his role in Kestrel Holdings Ltd's bid`, `The thriller Osk Media Group produced`)
        named_a_work = False
        for s, e in org.mentions:
            if _ORG_SPEAKS_AFTER_RE.match(self.text, e) or _OWNER_AFTER_RE.match(self.text, e):
                return False  # (`her performance in Kestrel Rovers' win`: what a body has)
            named_a_work = named_a_work or bool(_FILM_BEFORE_RE.search(self.text, max(0, s - 30), s))
        return named_a_work

    def link_nominals(self) -> None:
        """`the minister` / `the ministry` when exactly one entity of the article has that role."""
        for group in (self.persons, self.orgs):
            heads: dict[str, list[EntityInfo]] = {}
            for ent in group:
                for h in ent.heads:
                    heads.setdefault(h, []).append(ent)
            for head, ents in heads.items():
                if len(ents) != 1 or not head:
                    continue
                if "he " + head not in self.text:
                    continue  # most roles are never referred back to: no pattern to build and run
                ent = ents[0]
                first = min(s for s, _ in ent.mentions)
                if first < self.story_start:
                    continue  # the wire of the dateline (`/TASS/.`): `the agency added` is the one it quotes
                called = list(_called_so(head).finditer(self.text))
                if group is self.orgs and called_so_before_named(
                        next((m.start() for m in called if m.start() >= self.story_start), -1), first):
                    continue  # (a person may be described before named: `The president revisited…` in the lead)
                for m in called:
                    if m.start() > first:
                        ent.mentions.append(m.span())
                        ent.aliases.add("the " + head)
                        self.mentions.append(Mention(m.start(), m.end(), ent))

    def finish(self) -> None:
        for ent in self.persons + self.orgs:
            ent.mentions = sorted(set(ent.mentions))
            for s, e in ent.mentions:
                form = " ".join(self.text[s:e].split())  # (`Innovex  Inc`, a name broken over two lines: one form)
                if form != ent.name and not form.lower().startswith("the "):
                    ent.aliases.add(form)
            if ent.acronym:
                ent.aliases.add(ent.acronym)
        self.mentions.sort(key=lambda m: m.start)

    def link_in_headlines(self, runs: list[list[Token]]) -> None:
        """Runs from a Title Case line (`Arvid Kellan Makes Rude Joke To Mock Harbour`), where every word is
        capitalised and capitals say nothing: only the names the article's own sentences established are
        found there (the full name, or a person's surname), longest first."""
        forms: dict[tuple[str, ...], EntityInfo] = {}
        for ent in self.orgs + self.persons:
            forms.setdefault(ent.tokens, ent)
            if ent.acronym:
                forms.setdefault((ent.acronym,), ent)
        for last, people in self._persons_by_last().items():
            if len(people) == 1:
                forms.setdefault((last,), people[0])
        if not forms:
            return
        longest = max(len(k) for k in forms)
        for run in runs:
            words = [t.text[:-2] if t.text.endswith(("'s", "’s")) else t.text for t in run]
            i = 0
            while i < len(run):
                for size in range(min(longest, len(run) - i), 0, -1):
                    ent = forms.get(tuple(words[i:i + size]))
                    if ent is not None:
                        end = run[i + size - 1].end - (len(run[i + size - 1].text) - len(words[i + size - 1]))
                        ent.mentions.append((run[i].start, end))
                        self.mentions.append(Mention(run[i].start, end, ent))
                        i += size
                        break
                else:
                    i += 1


_NOTE_LABEL_RE = re.compile(r"[ \t]*\(?NOTE:")
_HEADLINE_WORD_RE = re.compile(r"(?<![\w’'\-])[^\W\d_][\w’'\-]*")  # words opening with a letter
_HEADLINE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as",
                   "is", "vs", "but", "nor", "via", "into", "over", "off", "up", "out", "per"}
# a word opening in lowercase that is not one of the small ones: prose, not a headline
_LOWER_CONTENT_RE = re.compile(r"(?<![\w’'\-])(?!(?:" + "|".join(sorted(_HEADLINE_SMALL)) + r")(?![\w’'\-]))[a-z]")


def first_called_so(text: str, word: str, story_start: int) -> int:
    """Where the story first says `the <word>` (`The company said…`), or -1. When that is well before an
    organisation with the word is first named (`the SITE Intelligence Group`), the story calls another by it
    (Twitter, which no word of its name marks a company), and `the company` is not that one: see
    called_so_before_named."""
    m = _called_so(word).search(text, story_start)
    return m.start() if m else -1


def _called_so(word: str) -> re.Pattern:
    """`the <word>`, `The <word>`: what a story calls an entity by its role or kind (`the ministry`)."""
    return re.compile(r"\b[Tt]he " + re.escape(word) + r"\b")


def called_so_before_named(called: int, first_named: int) -> bool:
    """The story said `the <word>` (at `called`, from first_called_so) over 100 characters before it first named
    the organisation (at `first_named`)."""
    return 0 <= called < first_named - 100


def headline_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line written in Title Case: a headline or a subhead, four or more words beyond the
    small ones, every one capitalised, and not a list (`Signed: Anna Berg, Tomas Brandt, Lena Ward`). Capitals
    there mark the style, not names."""
    found = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        # (prose has a lowercase word; a line with two commas or two brackets is a list of names, not a headline:
        # `Margaret Atwood (Canada) Saul Bellow (Canada) …`; nor is a wire table's note naming the firm in full:
        # `NOTE: Franklin Insured Tax-Free Income Fund.`)
        if not line.isupper() and line.count(",") < 2 and line.count("(") < 2 and not _LOWER_CONTENT_RE.search(line) \
                and not _NOTE_LABEL_RE.match(line):
            words = _HEADLINE_WORD_RE.findall(line)
            if 4 <= len(words) <= 80:  # (up to 80: headlines a page glued together, `Related StoriesAfter…`)
                content = [w for w in words if w.lower() not in _HEADLINE_SMALL]
                if len(content) >= 4 and all(w[0].isupper() for w in content):
                    found.append((pos, end))  # (`Speaker Tomas Brandt met Arvid Kellan` is a sentence: `met`)
        pos = end + 1
    return found


@dataclass(slots=True)
class EntityResult:
    persons: list[EntityInfo]
    orgs: list[EntityInfo]
    mentions: list[Mention]  # every mention, by position
    story_start: int = 0  # where the story's own words begin: after a wire dateline (its place and agency)
    # the words alone that name a one-word person elsewhere, with no sign of a person where they stand (linked
    # once the single names are settled: `link_unshown`)
    unshown: list[tuple[int, int]] = field(default_factory=list)


def _learn_double_given_names(tokens: list[Token], given: dict[str, str]) -> None:
    """`Sven-Goran`, `Jean-Paul`, `Anne-Marie`: two given names joined by a hyphen are one, of the first's gender.
    Added to the shared list as they are met, so that every later lookup is the plain dictionary's."""
    for t in tokens:
        if t.cap and "-" in t.text and t.text not in given:
            first, _, second = t.text.partition("-")
            if first in given and second in given:
                given[t.text] = given[first]


_VERB_AFTER_RE = re.compile(r"[ \t\xa0]+(?:(?:also|then|later|still|never|only)[ \t\xa0]+)?(?:[a-z]{2,}ed|is|was|has|had|"
                            r"will|would|could|can|did|does|went|gave|got|made|took)\b")
# what names a scheme or a measure, not the body that runs it (`the Conservation Reserve Program`, `the Clean
# Power Plan`, `the Retail Price Index`; the UN's `Development Programme` is a body, spelt so)
_SCHEMES = frozenset(("Program", "Programs", "Plan", "Scheme", "Index", "Indices"))
# a firm's name that news gives its market index far more often than the firm (`the Dow Jones rose`): a firm only
# where a person's name would be one (by a speech verb)
_INDEX_NAMES = frozenset(("Dow Jones",))
_AN_INDEX_AFTER_RE = re.compile(r"[ \t\xa0]+(?:\d|(?i:index|indices|indexes|average|averages|composite)\b)")
_SAME_PAST = frozenset(("forecast", "broadcast", "bet", "cast", "quit", "read", "upset"))  # `-ed` forms are rarer


@lru_cache(maxsize=1)
def _bare_present_forms() -> frozenset[str]:
    """The speech verbs' bare forms that are never their past (`say`, `demand`, `report`; not `put`, `forecast`):
    those whose verb has a past form of its own in the lists."""
    forms: dict[str, set[str]] = {}
    for form, lemma in lexicon().cue_forms.items():
        if " " not in form:
            forms.setdefault(lemma, set()).add(form)
    return frozenset(lemma for lemma, found in forms.items() if lemma in found and lemma not in _SAME_PAST and any(
        f != lemma and not f.endswith("ing") and f not in (lemma + "s", lemma + "es") for f in found))



@lru_cache(maxsize=1)
def _lowercase_kept() -> frozenset[str]:
    """The lowercase words that name finding looks at: connectors, name particles and the words of titles
    (made once from the word lists)."""
    title_words = {w for words in lexicon().titles for w in words}
    return frozenset(_PERSON_PARTICLES | _ORG_CONNECTORS | title_words | _JOINING | {"do"})


def find_entities(text: str) -> EntityResult:
    lex = lexicon()
    tokens = _merge_initialisms(tokenize(text, _lowercase_kept()), text)
    _learn_double_given_names(tokens, lex.given)
    b = _Builder(text, lex)
    b.learn_club_towns(tokens)
    index_of = {t.start: i for i, t in enumerate(tokens)}
    headlines = headline_lines(text)
    in_headlines = []
    dateline = parse_dateline(text)
    place_start, place_end = dateline.place_span if dateline else (0, 0)
    b.story_start = dateline.end if dateline else 0
    bracketed = _bracketed_names(text, lex.places) if "<" in text else []
    for start, end in bracketed:
        b.bracketed_org(start, end)
    inside = iter(bracketed)
    bracket = next(inside, None)
    so_called = "called" in text
    for run in _join_portfolio_lists(_join_comma_firms(b.runs(tokens), text, b), text, b):
        if place_start <= run[0].start < place_end:
            continue  # `IGORA /Leningrad Region/, December 26. /TASS/.`: a wire dateline's place is a place
        while bracket is not None and bracket[1] <= run[0].start:
            bracket = next(inside, None)
        if bracket is not None and bracket[0] <= run[0].start:
            continue  # the words of a bracketed name, taken whole above
        if so_called and _SO_CALLED_RE.search(text, max(0, run[0].start - 14), run[0].start) \
                and not b.term_or_body(run):
            continue  # `so-called Personal Area Networks`, `the so-called Guildford Four`: a term, nobody's name
        if run[0].start in b.firm_places:
            # `Garid Inc of Eden Praries, Minn.`: where the firm is, no name; `of West Germany and Halvard Corp`: the
            # place, then the next firm; not `of Japan's American Honda Motor Co`, what the place owns
            joined = next((k for k, t in enumerate(run) if t.text in ("and", "&")), len(run))
            if not any(t.text.endswith(("'s", "’s")) or b.is_org_word(t.text) for t in run[:joined]):
                if joined >= len(run) - 1:
                    continue
                run = run[joined + 1:]
        if headlines and any(s <= run[0].start < e for s, e in headlines):
            in_headlines.append(run)
        else:
            b.classify(run, tokens, index_of)
    b.persons_named_as_firms()
    b.link_acronyms()
    if len(b.orgs) <= _MOST_ORGS_COMPARED:
        b.join_word_orders()
        b.merge_org_tails()
        b.merge_firm_words()
        b.merge_and_firms()
    b.confirm_by_surname()
    b.link_singles()
    b.merge_person_surnames()
    b.drop_works()
    b.drop_work_orgs()
    b.link_nominals()
    if in_headlines:
        b.link_in_headlines(in_headlines)
    b.finish()
    b.persons.sort(key=lambda p: p.mentions[0][0])
    b.orgs.sort(key=lambda o: o.mentions[0][0])
    return EntityResult(b.persons, b.orgs, b.mentions, dateline.end if dateline else 0, b.unshown)


def link_unshown(text: str, ents: EntityResult) -> None:
    """`But Parry, speaking exclusively to BBC Sport, also admits…` before `Parry revealed…`: a word alone opening
    a sentence or a line before a comma or a colon, with no sign of a person where it stands, is the one-word
    person the story shows elsewhere to be called so and to be a he or a she (not `Norwich have signed…`, a club
    the story took for someone by `told Norwich's website`). Linked once the story's people and their genders are
    settled: linked before, such words swayed whether the one-word name is a person or a firm, both ways (`Dell`
    and `Spamhaus` alike). Only at a sentence's head, or set off by commas after a capitalised word the name left
    out (`His friend, Saxon Spence, leader…`), and before a comma or a colon: elsewhere the word is as often what
    names someone else's, or a modifier (`the Reagan administration`, `The paradox of Nancy`, `Kellan supporters
    booed…`). (`find_entities` keeps only such words in `unshown`.)"""
    if not ents.unshown:
        return
    one_word = {p.tokens[0]: p for p in ents.persons if len(p.tokens) == 1 and p.gender}
    added = [Mention(start, end, entity) for start, end in ents.unshown
             if (entity := one_word.get(text[start:end])) is not None]
    for m in added:
        m.entity.mentions.append((m.start, m.end))
    for entity in {id(m.entity): m.entity for m in added}.values():
        entity.mentions.sort()  # (once each, not once a word: a text of thousands of them costs its length)
    if added:
        ents.mentions[:] = sorted([*ents.mentions, *added], key=lambda m: m.start)
