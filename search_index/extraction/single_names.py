"""A second look at people named by one word, or named like a firm, once the whole article has been read.

Wire copy says `Chrysler said`, `Officials said`, `Treasury said` and `Merrill Lynch said` in the very position
where it says `Volcker said`, so the first pass takes them all for people, and the archive's People facet then
led with `Agreement` (from `General Agreement on Tariffs and Trade`), `Treasury` and `Officials`. With the whole
article in hand the difference shows:

- a "person" whose whole name begins an organisation's name in the same story (`Chrysler` and `Chrysler
  Corp`), or is joined by `and` to a firm's tail (`Merrill Lynch and Co Inc`, read by the first pass as a
  person and `Co Inc`), is that organisation, unless a title or an honorific stands before one of its mentions;
- a one-word "person" always followed by `on`, `of` or `for` and a capitalised word is a word inside a longer
  name (`General Agreement on Tariffs and Trade`, where `General` looked like a rank);
- a "person" the word lists know as an organisation (`Morgan Stanley said`: a firm named after its founders), a
  one-word "person" that is an institution (`Treasury said`), or one that the story goes on to call `its` and
  never `he` or `she` (`Ferrowave said its profits rose`), is an organisation;
- an all-capitals place (`chief UK economist`), or a common word capitalised at a sentence's head or inside a name
  (`Brokers said`, `the General Election`, `PC Acquisition`), is no person, whatever word stands before it;
- a one-word "person" with no title before any mention is no person when the word is an organisation word, a
  place, a nationality or its plural (`Valdorians`), a title (`Speaker`) or a word the lists know is not a name,
  or when the story also uses it in lower case (`officials`, `federal`): names are rarely written in lower
  case.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .entities import _FAITHS, _THE_BEFORE_RE, EntityInfo, EntityResult, Mention
from .lexicon import Lexicon

# small words that a title of a work capitalises and a person's name never holds after its first word (a middle
# initial `A` and a regnal `I` are names' own: `Paul A Volcker`, `Elizabeth I`)
_TITLE_CASE_WORDS = frozenset({"In", "On", "At", "Their", "His", "Her", "My", "Your", "Our", "With", "From", "For",
                               "To", "Of", "The", "An", "And", "Is", "Are", "Was", "It", "You", "We", "They", "Me",
                               "Be", "Not", "No", "All", "Up", "Out", "Into", "Over", "Like", "Who", "What", "When",
                               "Why", "How"})
_NUMBER_AFTER = re.compile(r"[ \t\xa0]+\d")  # `Chapter 11`
_PRIZES = frozenset({"Award", "Awards", "Prize", "Trophy", "Medal", "Cup"})  # (`Peter Sellers Award For…`)
_SIR_BEFORE = re.compile(r"\b(?:Sir|Dame)[ \t\xa0]+$")
# `analyst for Prudential Bache`, `a spokesman for Dell`, `head of Preventon`: a role's organisation after it
_ROLE_OF_BEFORE = re.compile(r"\b([a-z]+)[ \t\xa0]+(?:of|for|at|with)[ \t\xa0]+(?:the[ \t\xa0]+)?$")
_ROLES_OF_A_BODY = frozenset({"spokesman", "spokeswoman", "spokesperson", "head", "representative", "researcher",
                              "subsidiary", "unit", "division", "member", "members"})
# (but `Minister of Agriculture`, `Secretary of State Clinton`: a portfolio, not a body)
_OFFICES_OF_STATE = frozenset({"minister", "secretary", "ministry", "department", "commissioner", "undersecretary"})
_ITS_PEOPLE_AFTER = re.compile(r"[ \t\xa0]+(?:owner|owners|staff|employees|workers|shareholders|stockholders)\b")
_BEFORE_A_FACILITY = re.compile(r"(?:\b(?:[Tt]he|[Aa]t)|['’]s)[ \t\xa0]+$")
# a place's or a prize's noun after a name, one word between at most, and no connector (`the Matthew Harding
# stand`, `Edouard Herriot riverside port`; not `at Jon Dalby and hospital staff`)
_FACILITY_AFTER = re.compile(r"[ \t\xa0]+(?:(?!(?:and|or|to|in|of|for|with|at|on|by|the|a|an)\b)[a-z\-]+[ \t\xa0]+)?"
                             r"(?:stand|stadium|airport|port|bridge|street|hall|centre|center|complex|hospital|"
                             r"school|building|tower|square|avenue|road|library|museum|theatre|theater|arena|park|"
                             r"station|lecture|" + "|".join(sorted(w.lower() for w in _PRIZES)) + r")\b")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)[ \t\xa0]+$")  # `Sloncek told Novastream.`
# the name fills the wire's brackets, or opens them before a comma (`<Nova, an Alberta Corp>`), closed on its line
_BRACKET_CLOSES = re.compile(r"[ \t]*(?:>|,[^<>\n]{0,80}>)")
_SENTENCE_ENDS = re.compile(r"[ \t\xa0]*(?:\.|\n|$)")
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "miss", "mme", "herr"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(\.?)[ \t\xa0]+$")  # (on the name's line: `…a service.\n\nOsk said`)
_INSIDE_A_NAME = re.compile(r" (?:on|of|for) (?:the )?[A-Z]")
# institutions a story names by one word (`Treasury said`): an organisation, where the first pass saw a surname
_INSTITUTIONS = {"Treasury", "Pentagon", "Kremlin", "Congress", "Parliament", "Senate", "House", "Fed", "Cabinet",
                 "Politburo", "Vatican", "Elysee", "Quai", "Knesset", "Bundestag", "Duma", "Commons", "Lords"}
# a work's noun right before a name (`comedy Sideways`, `their hit Vertigo`), where `hit` is the noun only after
# a word that makes it one (not `Low-cost airlines hit Eurotunnel`, `feud-hit Reliance`); the name, and the word
# after it (`the film Eminem plays`: the one who plays in it, no work)
_WORK_THEN_NAME = re.compile(r"\b(film|movie|drama|comedy|thriller|musical|novel|sequel|documentary|sitcom|"
                             r"cartoon|blockbuster|single|album|song|hit)[ \t\xa0]+([A-Z][\w’'\-]*)"
                             r"(?:[ \t\xa0]+([a-z]+))?")
_HIT_IS_A_NOUN = re.compile(r"\b(?:the|a|his|her|their|debut|stage|horror|critical|surprise|smash|chart|"
                            r"top[ \t\xa0]+\w+)[ \t\xa0]+$")
_ACTING_VERBS = frozenset(("plays", "played", "stars", "starred", "portrays", "portrayed", "appears", "appeared"))
# one who speaks (`Eminem told reporters`; not `tells`: `Sideways tells of two men` is a work's story)
_SPOKE_AFTER = re.compile(r"[ \t\xa0]+(?:said|says|told|added|adds)\b")
_REST_OF_SENTENCE = re.compile(r"[^.!?\n]*")
_ITS = re.compile(r"\bits\b")
_SAID_RE = re.compile(r"[ \t\xa0]+(?:said|says|added|reported|announced|stated)\b")
# the next sentence: a whole quote and `it` attributing it (`. "…," it added.`)
_IT_ADDED_RE = re.compile(r"[.!?]?[”\"]?[ \t\xa0]+[“\"][^“”\"\n]{2,300}[,?!]?[”\"][ \t\xa0]+it[ \t\xa0]+"
                          r"(?:said|says|added|adds|stated|continued|went on)\b")
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.I)
# what a wire calls a firm right before its name (`group Pechiney said`, `carmaker Porsche`), and an appositive
# that ends in one (`Healthvest, a Maryland real estate investment trust, said`)
_FIRM_NOUNS = (r"(?:company|firm|group|bank|airline|carrier|broker|brokerage|insurer|retailer|maker|carmaker|"
               r"automaker|manufacturer|producer|conglomerate|concern|utility|chain|publisher|underwriter|"
               r"subsidiary|supplier|distributor|trust|corporation|refiner|miner|shipper|bottler|developer|"
               r"watchdog|regulator|network|operator|housebuilder|homebuilder|lender)")
_FIRM_ONLY_BEFORE = re.compile(r"\b(?:company|firm|group|bank|airline|insurer|retailer|carmaker|automaker|"
                               r"manufacturer|conglomerate|utility|chain|subsidiary|corporation|consortium|"
                               r"housebuilder|homebuilder|lender)[ \t]+$")
# (and a body's noun right before the name: `lobby organisation Coceral said`, `the charity Shelter`)
_FIRM_NOUN_BEFORE = re.compile(r"\b(?:" + _FIRM_NOUNS + r"|organi[sz]ation|charity|lobby|association|federation)"
                               r"[ \t]+(?:called[ \t]+|named[ \t]+)?$")
_FIRM_APPOSITIVE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w\-']+[ \t]+){0,5}?" + _FIRM_NOUNS +
                              r"(?=[,;.]|[ \t]+(?:said|says|which|that|based)\b)")
# common words capitalised at the head of a sentence or inside a name (`Brokers said`, `the General Election`,
# `PC Acquisition`), which the first pass can take for a surname
_COMMON_WORDS = {"Election", "Elections", "Acquisition", "Acquisitions", "Automation", "Brokers", "Dealers", "Traders",
                 "Analysts", "Economists", "Congressmen", "Lawmakers", "Commentators", "Workers", "Opposition", "MSPs",
                 "Index", "Mint", "Public", "World", "United", "National", "International", "Universal", "Consumer",
                 "Dynamics", "Terms", "Published", "Secretary", "City", "Net", "Pro", "Newspaper", "Newspapers",
                 "Gasoline", "Tire", "Feedlots"}
# a firm's officer after its possessive (`said Sun's chief operating officer Jonathan Schwartz`): a person has a
# chief of staff or a chief strategist, not these
_FIRMS_OFFICER_AFTER = re.compile(
    r"(?:'s|’s)[ \t]+(?:(?:former|new|acting|interim|deputy)[ \t]+)?(?:chief[ \t]+(?:executive|operating|financial|"
    r"technology|technical|information|marketing|commercial)|chairman|chairwoman|managing[ \t]+director|"
    r"(?:executive|senior)[ \t]+vice[ \t]+president)\b")
# a firm's own after its possessive or its bare name (`Southcorp's board`, `Southcorp chairman Brian Finn`): what a
# person does not have, nor is (`Blair's aides`, `Bush spokesman Scott McClellan` are a person's)
_FIRMS_OWN_AFTER = re.compile(
    r"(?:'s|’s)[ \t]+(?:board|shares|shareholders|share[ \t]+price|subsidiary|subsidiaries|headquarters|"
    r"customers|(?:annual|quarterly)[ \t]+(?:results|profits?|report))\b"
    r"|[ \t]+(?:chairman|chairwoman|chief[ \t]+executive|managing[ \t]+director|finance[ \t]+director|"
    r"CEO|boss)[ \t]+[A-Z][a-z]")
_FIRM_TAILS = {"Co", "Co.", "Company", "Inc", "Inc.", "Sons", "Son", "Partners", "Associates", "Cie", "Cie."}
_CAMEL_TAIL = re.compile(r"[a-z]([A-Z][a-z]+)$")  # the word a name runs into at its end (`RentCorp`: `Corp`)
# a paper or an agency named right after its name (`told Bild newspaper`, `the official Antara news agency`,
# `lead manager Amro bank said`)
_MEDIA_AFTER = re.compile(r"[ \t]+(?:news[ \t]+agency|newspaper|daily|weekly|magazine|tabloid|bank)\b")
_MEDIA_BEFORE = re.compile(r"\b(?:newspaper|daily|weekly|magazine|tabloid|agency)[ \t]+$")
# a bond issue's lead manager is a bank (`lead manager Swiss Volksbank said`), though `manager` is a title
_MANAGER_BEFORE = re.compile(r"\b(?:lead|co-lead|joint-lead|sole|co)[- ]managers?[ \t]+(?:[A-Z][a-z]+[ \t]+)?$",
                             re.IGNORECASE)
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+$")  # `IBM PC AT`: a model's letters after another's
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # `MEPs`, `ISPs`, `CSOs`
# an abstract noun (`Speculation suggests`, `Collection`, `Placement`, `Partnership`): no one's name, unless the
# story has told it is a firm's (`Macrovision said its`)
_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]{2,}(?:tions?|sions?|ments?|ities|ity|isms?|ness|nesses|ships?)")
_ABSTRACT_LOOKING_NAMES = frozenset({"Clement", "Clements", "Furness", "Guinness"})
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ally|ively|ously|edly|ingly|ently|antly|ately)")  # `Financially`
_MONTHS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "June", "Jul", "July", "Aug", "Sep", "Sept", "Oct",
                     "Nov", "Dec"})
_DATE_AFTER = re.compile(r"\.?[ \t]*\d|/")
_FAMILY_AFTER = re.compile(r"[ \t]+family\b|,[ \t]+who\b|[^.!?\n]{0,40}\btheir[ \t]+(?:son|daughter|child|children|"
                           r"family|home|parents|baby|mother|father|husband|wife|grandson|granddaughter)\b")
_HOMETOWN = re.compile(r"\b\d{1,3},[ \t]+(?:from|of)[ \t]+$")
_REGION_AFTER = re.compile(r",[ \t\xa0]+([A-Z][\w.]*(?:[ \t\xa0]+[A-Z][\w.]*)?),")  # `Springfield, Va., said`
_AWARD_BEFORE = re.compile(r"\bbest[ \t]+(?!friend)(?:[a-z\-]+[ \t]+){1,3}$")  # (not `her best friend Emmy`)
_AWARDS = frozenset({"Oscar", "Emmy", "Grammy", "Tony", "Bafta", "Brit", "Olivier", "Cesar", "Juno"})


def _no_ones_name(text: str, person: EntityInfo, lex: Lexicon) -> bool:
    """A one-word "name" that no person has, whatever title stands before it: a group's plural (`Exporters
    said`, `fellow Christians`), an acronym's (`fellow MEPs`), a letter, a firm's tail (`Lazard Freres et Cie
    said`), an adverb (`Financially pressed Ecuador`), a month before its day (`announced Jan 26`), two
    peoples joined or a people's adjective (`Soviet-American talks`, `the English-language daily`), a
    national's noun (`the Dutchman said`, `the 25-year-old Dubliner`), the `General` of a title (`Deputy
    Secretary General`), a word always numbered (`Chapter 11`), an award (`the best actress Oscar`), where
    someone aged so is from (`Jon Dalby, 34, from Hartpury`), or a town before its state (`Springfield, Va.,`)."""
    word = person.name
    if len(word) == 1 or word == "General" or word in _FIRM_TAILS and word not in ("Son", "Sons") \
            or word in lex.group_nouns \
            or _ACRONYM_PLURAL.fullmatch(word) or _ADVERB.fullmatch(word):
        return True
    if word in _MONTHS and all(_DATE_AFTER.match(text, end) for _start, end in person.mentions):
        return True
    if all(_NUMBER_AFTER.match(text, end) for _start, end in person.mentions):
        return True  # (`Chapter 11 protection`, `Super 3G`: a word numbered, a thing's name)
    if all(_HOMETOWN.search(text, max(0, start - 30), start) for start, _end in person.mentions):
        return True  # (`Mr Mubanga, 32, from Wembley`: where someone is from)
    if all((m := _REGION_AFTER.match(text, end)) is not None and m[1] in lex.places for _start, end in person.mentions):
        return True  # (`Johnnie Wilson, of Springfield, Va., said`: a town, its state set off by commas after it)
    if word in _AWARDS and all(_AWARD_BEFORE.search(text, max(0, start - 40), start)
                               for start, _end in person.mentions):
        return True  # (`the best actress Oscar`, `best supporting actor Bafta`: an award, `actress` no title)
    parts = word.split("-")
    if len(parts) > 1 and (all(part in lex.demonyms or part in lex.places for part in parts)
                           or parts[0] in lex.demonyms and parts[1][:1].islower()):
        return True  # (`Soviet-American`, `English-language`)
    for ending in ("man", "men", "woman", "women"):
        if word.endswith(ending) and word[:-len(ending)] in lex.demonyms:
            return True
    return word.endswith("er") and len(word) > 6 and word[:-2] in lex.places  # (`Dubliner`, `Londoner`)


_NOBLE_TITLES = frozenset({"lord", "lady", "baroness", "baron", "king", "queen", "prince", "princess", "duke",
                           "duchess", "earl", "countess", "viscount", "bishop", "archbishop", "sheikh", "emir"})
_OF_THE = re.compile(r" of (?:the )?")


def _word_before(text: str, start: int, reach: int = 40) -> re.Match | None:
    """The word right before a name, where a title would stand: with a dot only when it is an abbreviation
    (`Gen. Osk`, `Mr. Dalby`), not the last word of the sentence before (`…a new service. Metromedia said`)."""
    m = _WORD_BEFORE.search(text, max(0, start - reach), start)
    if m is None or m[2] and not (m[1][0].isupper() and len(m[1]) <= 5):
        return None
    return m


def _of_an_org_or_a_seat(text: str, person: EntityInfo, orgs: list[EntityInfo], lex: Lexicon) -> bool:
    """`analyst Margoshes of Halvard Securities`, `Lord Nicholls of Birkenhead`, `King Abdullah of Jordan`: a
    surname after a role, then the organisation the person is of, or a peer's or a monarch's seat; not a word
    inside a longer name that opened with a rank (`General Agreement on Tariffs`, `Executive Life of New York`)."""
    word = person.name
    if word.lower() in lex.title_last_words or word.lower() in lex.title_first_words \
            or word in ("Emeritus", "Designate", "Elect", "Laureate", "Mayoress"):
        return False  # `the Lord Provost of Glasgow`, `Governor Designate of the Bank`: a title's own word
    starts = {s for org in orgs for s, _e in org.mentions}
    for start, end in person.mentions:
        before = _word_before(text, start, 30)
        if before is None or before[1].lower() not in lex.title_last_words or before[1] == "General":
            continue
        if before[1].lower() in _NOBLE_TITLES:
            return True
        of = _OF_THE.match(text, end)
        if of and of.end() in starts:
            return True
    return False


def _a_group_called_the(text: str, person: EntityInfo, surnames: set[str], lex: Lexicon) -> bool:
    """`The Blues began`, `the Springboks`, `the Rainmakers`: a plural name the story always writes after `the`
    is a team's or a band's; not a family the story names (`the Koethers` of Paul Koether), nor a house (`the
    Commons`), nor a people (`the Saudis`)."""
    word = person.name
    if any(_FAMILY_AFTER.match(text, end) for _start, end in person.mentions):
        return False  # `The Hendersons said their son…`, `the Millers, who live in Ohio`: a family
    return word.endswith("s") and word not in _INSTITUTIONS and word[:-1] not in surnames \
        and word[:-1] not in lex.demonyms and word not in lex.demonyms and word not in lex.group_nouns \
        and word.removesuffix("es") not in surnames \
        and all(_THE_BEFORE_RE.search(text, max(0, start - 4), start) for start, _end in person.mentions)


def _titled(text: str, person: EntityInfo, lex: Lexicon, honorific_only: bool = False) -> bool:
    """A title or an honorific right before one of the person's mentions (`President Reagan`, `Mr. Baker`)."""
    for start, end in person.mentions:
        m = _word_before(text, start)
        if m and len(m[1]) > 1 and m[1].isupper() and m[1].lower() in _HONORIFICS and not text[start:end].isupper():
            continue  # `DR Congo's`: an honorific's letters in capitals, in mixed-case text, abbreviate a name
        if m and (m[1].lower() in _HONORIFICS or not honorific_only and m[1].lower() in lex.title_last_words):
            return True
    return False


def _known_firms(text: str, orgs: list[EntityInfo], lex: Lexicon) -> list[EntityInfo]:
    """The organisations the wire names in angle brackets or the lists know as firms named like people, found
    once a story (an organisation may have thousands of mentions, and a story thousands of "people")."""
    return [o for o in orgs if o.name in lex.known_orgs or any(text[s - 1:s] == "<" for s, _e in o.mentions)]


def _known_firm_of(person: EntityInfo, firms: list[EntityInfo], surnames: set[str], lex: Lexicon) -> EntityInfo | None:
    """The one organisation of `firms` (`_known_firms`) that the "person" names: by the same name, or for a
    one-word name by one of its words (not a given name, nor the surname of someone the story names in full, nor
    an organisation's word: `<Gruppo Ferruzzi>` … `Ferruzzi`, `brokers James Capel` … `Capel's Dennis`)."""
    word = person.name
    one_word = len(person.tokens) == 1 and len(word) >= 4 and word not in lex.given and word not in surnames \
        and word not in lex.org_words
    found = [o for o in firms if o.name == word or one_word and word in o.tokens]
    return found[0] if len(found) == 1 else None


def _titled_org(text: str, person: EntityInfo, orgs: list[EntityInfo]) -> EntityInfo | None:
    """`General Host Corp said…`, then `General Host believes…`: the word before the one-word name, taken for a
    rank, begins with it the name of an organisation of the story, which is what the two words name."""
    for start, _end in person.mentions:
        m = _word_before(text, start)
        if m and text[m.end(1):start] == " ":
            lead = f"{m[1]} {person.name}"
            org = next((o for o in orgs if o.name == lead or o.name.startswith(lead + " ")), None)
            if org is not None:
                return org
    return None


def _widen_to_titles(text: str, person: EntityInfo, mentions: list[Mention]) -> None:
    """The person's mentions, and their Mention objects, widened to take in the one word before each."""
    widened = {}
    for start, end in person.mentions:
        m = _word_before(text, start)
        if m and text[m.end(1):start] == " ":
            widened[start] = m.start(1)
    person.mentions = [(widened.get(s, s), e) for s, e in person.mentions]
    for mention in mentions:
        if mention.entity is person and mention.start in widened:
            mention.start = widened[mention.start]


def _joined_org(text: str, person: EntityInfo, orgs: list[EntityInfo]) -> EntityInfo | None:
    """An organisation one of whose mentions follows the person's name with only `and` or `&` between
    (`Merrill Lynch and Co Inc`): renamed to the whole name, that mention widened to cover it."""
    for org in orgs:
        if org.tokens[0] not in _FIRM_TAILS:
            continue  # `James Baker and Federal Reserve Board` are two
        for i, (s, e) in enumerate(org.mentions):
            for joint in (" and ", " & "):
                lead = person.name + joint
                if s >= len(lead) and text.startswith(lead, s - len(lead)):
                    start = s - len(lead)
                    whole = text[start:e]
                    if org.name != whole:
                        org.aliases.add(org.name)
                        org.name = whole
                    org.mentions[i] = (start, e)
                    return org
    return None


def _spoken_of(text: str, person: EntityInfo) -> tuple[bool, bool]:
    """Whether a sentence after one of the mentions goes on with `he`, `she`, `his` or `her`, and whether one
    goes on with `its`."""
    personal = its = False
    for _start, end in person.mentions:
        rest = _REST_OF_SENTENCE.match(text, end, end + 200).group()
        personal = personal or bool(_PERSONAL.search(rest))
        its = its or bool(_ITS.search(rest))
        if not its and _SAID_RE.match(text, end):
            # `Wimpey said the market had proved "challenging". "By late summer, …," it added.`: the next
            # sentence's quote is attributed to an `it`
            after = end + len(rest)
            its = bool(_IT_ADDED_RE.match(text, after, after + 400))
    return personal, its


def _spoken_of_as_it(text: str, person: EntityInfo) -> bool:
    """`Ferrowave said its profits…`, `Ferrowave … its routes`: the sentence after a mention goes on with `its`, and
    none goes on with `he`, `she`, `his` or `her`: a firm or a body named by one word, not a person."""
    personal, its = _spoken_of(text, person)
    return its and not personal


def _called_a_paper(text: str, person: EntityInfo) -> bool:
    """`the newspaper Granma reported`, `the official daily El Peruano said`, `literary agency Curtis Brown`: a
    paper's or an agency's noun right before one of the mentions names a paper or an agency, of any length."""
    return any(_MEDIA_BEFORE.search(text, max(0, start - 20), start) for start, _end in person.mentions)


def _called_a_firm(text: str, person: EntityInfo) -> bool:
    """`group Pechiney said`, `Healthvest, a Maryland real estate investment trust, said`, `Antara news agency`,
    `Sun's chief operating officer`: the story calls the one-word name a firm at one of its mentions, or gives it a
    firm's officer, and never `he` or `she`, or a paper or an agency after one (`_called_a_paper` looks before)."""
    if any(_MEDIA_AFTER.match(text, end) for _start, end in person.mentions):
        return True  # (`he told Bild newspaper`: the `he` is the one who spoke to it)
    # (the name before its officer is seldom a mention of its own: `said Velmora chairman Brian Tessel` is his)
    return (any(_FIRM_NOUN_BEFORE.search(text, max(0, start - 27), start) or _FIRM_APPOSITIVE.match(text, end)
                for start, end in person.mentions)
            or any(_FIRMS_OFFICER_AFTER.match(text, end) or _FIRMS_OWN_AFTER.match(text, end)
                   for end in _word_ends(text, person.name))) \
        and not _spoken_of(text, person)[0]


def _firm_before_full_name(text: str, person: EntityInfo) -> bool:
    """`housebuilder George Wimpey`, `the Finnish mining group Outokumpu Oy`: a full name after a word only a firm
    is called; not a trade a person has too (`broker Jeffrey Wendel`, `shopping center developer Edward
    DeBartolo`)."""
    return any(_FIRM_ONLY_BEFORE.search(text, max(0, start - 27), start) for start, _end in person.mentions)


_LINE_RE = re.compile(r"[^\n]*")
_COLUMN_GAP_AFTER = re.compile(r"[ \t]{2,}|\t")  # the columns of a table, set off by runs of spaces
_COLUMN_GAP_BEFORE = re.compile(r"(?<![.!?:;,])[ \t]{2,}$")  # (not the two spaces some put after a full stop)
_FIGURE_AFTER = re.compile(r":?[ \t]+(?:-[ \t]+)?\d")
_PROSE_WORD = re.compile(r"\b(?!(?:unch|up|dn|to|vs|bid|asked|nil|off|dlrs|pct|cts|mln|bln)\b)[a-z]{2,}\b")  # (not a table's)
_NUMBER_RE = re.compile(r"\d[\d.,/]*")


def _only_in_tables(text: str, entity: EntityInfo, lines: dict[int, tuple[bool, bool]]) -> bool:
    """Every mention of a one-word name in capitals is a cell of a table: set off by columns of spaces
    (`VOLUME  OPEN-INT  CHANGE`, `JLY    OFF`; not two spaces after a full stop), or on a line of no prose (no
    word in small letters but a table's own, `unch`, `up`, `mln`) that has two numbers or more or the cell's
    figure right after it (Reuters' rates, prices and volumes: `YEN 145.05/15 CAN 1.3073/78`, `NO 2 BARLEY 209
    unch`; not `EC 5,500 (7,900), Brazil 5,200 (unavailable)`). Each line is judged once (`lines`, by where it
    starts: no prose, two numbers): a hostile text of one long line and many names costs one look at the line."""
    if len(entity.tokens) != 1 or not entity.name.isupper():
        return False
    for start, end in entity.mentions:
        if _COLUMN_GAP_AFTER.match(text, end) or _COLUMN_GAP_BEFORE.search(text, max(0, start - 4), start):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        judged = lines.get(line_start)
        if judged is None:
            line = _LINE_RE.match(text, line_start).group()
            judged = lines[line_start] = (_PROSE_WORD.search(line) is None, len(_NUMBER_RE.findall(line)) >= 2)
        prose_free, figures = judged
        if not prose_free or not (figures or _FIGURE_AFTER.match(text, end)):
            return False
    return True


def _works_named(text: str) -> set[str]:
    """The capitalised words right after a work's noun (`comedy Sideways`, `their hit Vertigo`), in one pass over
    the story; not one before a verb of acting (`the film Eminem plays`)."""
    return {m.group(2) for m in _WORK_THEN_NAME.finditer(text) if m.group(3) not in _ACTING_VERBS and (
        m.group(1) != "hit" or _HIT_IS_A_NOUN.search(text, max(0, m.start() - 20), m.start()))}


def _word_ends(text: str, word: str):
    """Where each whole-word occurrence of `word` in the text ends (str.find: no pattern compiled per name)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield end
        at = text.find(word, end)


def _spoken_of_as_person(text: str, person: EntityInfo) -> bool:
    """The mirror: `Muhammad Ali died… his family`, and never `its`."""
    personal, its = _spoken_of(text, person)
    return personal and not its


_DESCRIBED_AFTER = re.compile(r",[ \t]+(?:a|an|the|who)\b")


def _described(text: str, person: EntityInfo) -> bool:
    """`Davies, a Welsh Labour MP, said`, `Young, the committee chairman,`: the story describes the one-word
    name as someone of their own."""
    return any(_DESCRIBED_AFTER.match(text, end) for _start, end in person.mentions)


def _one_slip(a: str, b: str) -> bool:
    """The same word but for one letter added, dropped or changed, or two side by side swapped, case aside
    (`Benderley` and `Benderly`, `Woolowrth` and `Woolworth`, `Kellog` and `Kellogg`, `PEnney` and `Penney`)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _misspelt_surname(person: EntityInfo, persons: list[EntityInfo]) -> EntityInfo | None:
    """The one person named in full whose surname the one-word "person" is, mistyped (wire copy misspells a
    name it has just written: `Jason Benderly` … `Benderley said`, `Jaime Ongpin` … `Ogpin denied`)."""
    word = person.name
    found = [p for p in persons if len(p.tokens) > 1 and len(p.last) >= 5 and p.last != word
             and p.last[0] == word[0] and _one_slip(p.last, word) and _SURNAME_VARIANTS.get(word) != p.last]
    return found[0] if len(found) == 1 else None


# surnames that are one letter apart and both common: two people, never one name mistyped (each way round)
_SURNAME_VARIANTS = {a: b for x, y in (("Davis", "Davies"), ("Smith", "Smyth"), ("Johnson", "Johnston"),
                                       ("Thomson", "Thompson"), ("Philips", "Phillips"), ("Clark", "Clarke"),
                                       ("Brown", "Browne"), ("Cook", "Cooke"), ("Matthews", "Mathews"),
                                       ("Stephens", "Stevens"), ("Reid", "Reed"), ("Gray", "Grey"),
                                       ("Hansen", "Hanson"), ("Peterson", "Petersen"),
                                       ("Nielsen", "Nielson"), ("Meyer", "Meier"), ("Schmidt", "Schmitt"))
                     for a, b in ((x, y), (y, x))}


_CAMEL_RE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Ter|Ten)[A-Z]?[A-Za-z]*[a-z][A-Z]")


def _camel_case(word: str) -> bool:
    """`MessageLabs`, `PepsiCo`, `WestLB`, `BaFin`: a capital after a small letter inside one word marks a firm's
    or a product's name; people's names do so only after a particle (`McCartney`, `DiCaprio`, `LaHood`)."""
    return _CAMEL_RE.match(word) is not None


def _org_named_after(name: str, orgs: list[EntityInfo]) -> EntityInfo | None:
    """The first organisation of the story whose name opens with the whole name (`Goldman Sachs` for `Goldman`,
    `Dresdner Bank AG` for `Dresdner`, the `Muhammad Ali Center` for `Muhammad Ali`)."""
    prefix = name + " "
    return next((o for o in orgs if o.name.startswith(prefix)), None)


def _org_holding(word: str, orgs: list[EntityInfo], lex: Lexicon) -> EntityInfo | None:
    """The one organisation of the story whose name holds the word, whole or as a hyphen's part, or holds it
    mistyped by one letter (`J.C. Penney Co Inc` … `Penney said`, `Anheuser-Busch Cos Inc` … `Anheuser said`,
    `Hawkeye Bancorp` … `Hawekeye said`): a firm a story names in full and then by one of its words."""
    found = []
    for org in orgs:
        tokens = org.tokens
        for i, token in enumerate(tokens):
            if not any(len(p) >= 4 and p not in lex.org_words and p not in lex.places and p not in lex.given
                       and (p.lower() == word.lower() or len(word) >= 5 and _one_slip(p, word))
                       for p in token.split("-")):
                continue
            if i and tokens[i - 1] in lex.given:
                # a person inside a name the first pass took whole (`Finance Minister Gerhard Stoltenberg and U.S.`)
                break
            if "of" in tokens[i + 1:] and not any(t in lex.org_words for t in tokens[:tokens.index("of", i + 1)]):
                break  # a person of an organisation (`Natsuo Okada of Sumitomo Bank`)
            found.append(org)
            break
    return found[0] if len(found) == 1 else None


def _cut_name(text: str, person: EntityInfo, k: int, mentions: list[Mention]) -> None:
    """The person's name cut to its first k words, and each of its mentions (and their Mention objects) to end
    with the k-th word."""
    last = person.tokens[k - 1]
    ends = {}
    for start, end in person.mentions:
        at = text.rfind(last, start, end)
        ends[(start, end)] = at + len(last) if at >= 0 else end
    person.tokens = person.tokens[:k]
    person.aliases.add(person.name)
    person.name = " ".join(person.tokens)
    person.mentions = [(start, ends[(start, end)]) for start, end in person.mentions]
    for mention in mentions:
        if mention.entity is person:
            mention.end = ends.get((mention.start, mention.end), mention.end)


def settle_single_names(text: str, ents: EntityResult, lex: Lexicon) -> EntityResult:
    """The entities with firm-like and common-word "people" moved to their organisation or dropped."""
    lowercase_words: set[str] | None = None
    keep: list[EntityInfo] = []
    moved: dict[int, EntityInfo | None] = {}  # id(person) -> the organisation it joins, or None (dropped)

    def org_named(person: EntityInfo) -> None:
        """The "person" is an organisation: it joins the one of that name, or becomes one."""
        same = next((o for o in ents.orgs if o.name == person.name), None)
        if same is None:
            person.kind = "org"
            person.gender = ""
            ents.orgs.append(person)
        else:
            moved[id(person)] = same

    def org_joined_or_named(person: EntityInfo) -> None:
        """The "person" is a firm: the whole name of one of the story's (`Morgan Stanley and Co Inc`), else its own."""
        joined = _joined_org(text, person, ents.orgs)
        if joined is not None:
            moved[id(person)] = joined
        else:
            org_named(person)
    surnames = {p.last for p in ents.persons if len(p.tokens) > 1}
    firms: list[EntityInfo] | None = None  # (`_known_firms`, found when the first "person" asks)
    works: set[str] | None = None  # the names after a work's noun (`_works_named`), read at the first one-word person
    lines: dict[int, tuple[bool, bool]] = {}
    cells = [e for e in (*ents.orgs, *ents.persons) if _only_in_tables(text, e, lines)
             and e.name not in lex.known_orgs and e.name.title() not in lex.known_orgs]  # (`IBM`, `TEXACO` stay)
    if cells:  # `CAN  2.1165/95  DKR  11.1180/1330`, `NICKEL    2345 2365`: a table's labels, no one's name
        for entity in cells:
            moved[id(entity)] = None
        ents = replace(ents, orgs=[o for o in ents.orgs if id(o) not in moved])
    for person in ents.persons:
        if id(person) in moved:
            continue
        if len(person.tokens) > 1 and not _TITLE_CASE_WORDS.isdisjoint(person.tokens[1:]):
            k = next(i for i, t in enumerate(person.tokens) if i and t in _TITLE_CASE_WORDS)
            if k >= 2 and person.tokens[0] in lex.given and person.tokens[k - 1] not in _PRIZES:
                _cut_name(text, person, k, ents.mentions)  # `Vadim Mitroshin The…`: the name, then a title's words
                same = next((p for p in ents.persons if p is not person and p.name == person.name), None)
                if same is not None:  # named plainly elsewhere in the story: one person
                    moved[id(person)] = same
                    continue
            else:
                moved[id(person)] = None  # `Stars In Their Eyes`, `Losing My Religion`: a work's title in Title Case
                continue
        if len(person.tokens) == 1 and all(_INSIDE_A_NAME.match(text, end) for _s, end in person.mentions) \
                and not _of_an_org_or_a_seat(text, person, ents.orgs, lex):
            # (but `analyst Margoshes of Halvard Securities` is a titled surname, then the firm he is of, and
            # `Lord Nicholls of Birkenhead` a peer)
            moved[id(person)] = None
            continue
        if len(person.tokens) == 1 and person.name in _COMMON_WORDS:
            moved[id(person)] = None  # `Brokers said`, `the General Election`: a common word, even after a title
            continue
        if len(person.tokens) == 1 and person.name.isupper() and person.name in lex.places:
            moved[id(person)] = None  # `chief UK economist`: a place, though `chief` looked like a title
            continue
        lowered = tuple(t.lower() for t in person.tokens)
        if len(lowered) > 1 and (lowered in lex.titles or lowered[1:] in lex.titles
                                 and person.tokens[0] in lex.known_orgs):
            moved[id(person)] = None  # `Chief Justice`, `Under Secretary`, `Opec President`: a title, no name
            continue
        if len(person.tokens) == 1 and (person.name in _TITLE_CASE_WORDS or not _titled(
                text, person, lex, honorific_only=True) and _no_ones_name(text, person, lex)):
            # (a small word a title capitalises is no name even after an honorific: `The Lord Of the Rings`)
            moved[id(person)] = None
            continue
        if len(person.tokens) == 1 and works is None:
            works = _works_named(text)
        if len(person.tokens) == 1 and person.name in works and not _spoken_of_as_person(text, person) and not any(
                _SPOKE_AFTER.match(text, end) for _start, end in person.mentions):
            # `Quirky comedy Sideways was named…`, `critical hit Sideways`: a work named by one word, no one (the
            # first pass keeps no mention right after the work's noun, so the story's every use of the word is read,
            # once for all its names: `works`); not one who speaks (`"…," Eminem told reporters`)
            moved[id(person)] = None
            continue
        if len(person.tokens) == 1 and _a_group_called_the(text, person, surnames, lex):
            org_named(person)  # `The Blues began`, `the Springboks`, `the Rainmakers`: a team or a band
            continue
        if len(person.tokens) == 1 and person.name.isalpha() and person.name.isupper():
            # an acronym is a body's (`said SMC and UCPB`, `fellow EC member`), or a model's after another
            # (`IBM PC AT`)
            if all(_CAPITALS_BEFORE.search(text, max(0, s - 12), s) for s, _e in person.mentions) \
                    or (person.name.lower(),) in lex.titles:  # (`the Salford MP told`: a role, the MP's)
                moved[id(person)] = None
            else:
                org_named(person)
            continue
        if len(person.tokens) == 1 and not person.name.isupper() and person.name not in lex.given \
                and person.name not in surnames and \
                all(_TOLD_BEFORE.search(text, max(0, s - 10), s) and _SENTENCE_ENDS.match(text, e)
                    for s, e in person.mentions):
            # `Sloncek told Novastream.`, `…," he told Bloomberg.`: one word named only as the one told, at the end
            # of the sentence, found by that speech verb, is the outlet that was told, not someone who speaks (a
            # person told is told something: `told Kellan he would stay`; nor is a given name or a surname of the
            # story an outlet: `"…," Osk told John.`)
            org_named(person)
            continue
        if len(person.tokens) == 1 and any(_MANAGER_BEFORE.search(text, max(0, s - 40), s)
                                           for s, _e in person.mentions):
            org_named(person)  # `lead manager Swiss Volksbank said`: a bank, though `manager` is a title
            continue
        if person.tokens[0] not in lex.given and not person.heads and all(
                (role := _ROLE_OF_BEFORE.search(text, max(0, s - 40), s)) is not None
                and (role.group(1) in lex.title_heads or role.group(1) in _ROLES_OF_A_BODY)
                and role.group(1) not in _OFFICES_OF_STATE for s, _e in person.mentions):
            # `Mark Rogers, paper analyst for Prudential Bache`, `a spokesman for Dell`, `Paul Goosens, head of
            # Preventon`: named only as where someone's role is, an organisation, though its name looks like a
            # person's (`relatives of Li Ka-Shing`, `from O.C. Davis` follow no role, and stay people)
            org_joined_or_named(person)
            continue
        if all(_ITS_PEOPLE_AFTER.match(text, e) for _s, e in person.mentions) and \
                not _titled(text, person, lex, honorific_only=True):
            # `Philip Green, the billionaire Bhs owner`: what he owns, not a person; the story's firm whose name
            # it opens (`Dresdner Bank AG` … `Dresdner shareholders`), else one of its own
            firm = _org_named_after(person.name, ents.orgs)
            if firm is not None:
                moved[id(person)] = firm
            else:
                org_joined_or_named(person)
            continue
        if all(_BEFORE_A_FACILITY.search(text, max(0, s - 6), s) and _FACILITY_AFTER.match(text, e)
               for s, e in person.mentions):
            # `the Matthew Harding stand`, `at Edouard Herriot riverside port complex`, `the Cecil B DeMille
            # award`: a place or a prize named after someone, who is not in the story
            moved[id(person)] = None
            continue
        if len(person.tokens) > 1 and "." in person.tokens[0][:-1] and person.tokens[0] in lex.places:
            # `chief U.K. Economist`, `major U.S. Corporations`: a country's initials start no one's name (a wire
            # capitalises the word after them)
            moved[id(person)] = None
            continue
        if any(text[s - 1:s] == "<" and _BRACKET_CLOSES.match(text, e) for s, e in person.mentions if s):
            # `<Martin Marietta> of the U.S.`, `<Nova, an Alberta Corp>`: the wire's angle brackets hold the name of a
            # company without a ticker, never a person's
            org_joined_or_named(person)
            continue
        if firms is None:
            firms = _known_firms(text, ents.orgs, lex)
        firm = _known_firm_of(person, firms, surnames, lex)
        if firm is not None and not _titled(text, person, lex, honorific_only=True):
            # `<Petro Chemie>` … `Petro Chemie supplies`, `<Gruppo Ferruzzi>` … `Ferruzzi chairman Raul Gardini
            # said … his`, `brokers James Capel` … `Capel's Dennis`: the firm the wire named in brackets or the
            # lists know, though a pronoun about its people follows
            moved[id(person)] = firm
            continue
        if person.name in lex.known_orgs and not _titled(text, person, lex, honorific_only=True):
            # (before the title test: `said lead manager Morgan Stanley` is the firm; `Mr. Dean Witter` is not)
            org_joined_or_named(person)
            continue
        if len(person.tokens) == 1 and _camel_case(person.name) and not _spoken_of(text, person)[0]:
            org_named(person)  # `MessageLabs said`, `PepsiCo`: a name with a capital inside is a firm's
            continue
        tail = _CAMEL_TAIL.search(person.tokens[-1]) if len(person.tokens) > 1 and _CAMEL_RE.match(
            person.tokens[-1]) else None  # (not `McCourt`, `DiCaprio`: a surname's prefix)
        if tail is not None and (tail.group(1) in _FIRM_TAILS or lex.org_words.get(tail.group(1)) is not None):
            org_named(person)  # `McGrath RentCorp`, `Colonial BancGroup`: a firm's word closes the name, run into another
            continue
        if len(person.tokens) == 1 and not _spoken_of(text, person)[0]:
            org = _titled_org(text, person, ents.orgs)
            if org is not None:  # `General Host believes…` after `General Host Corp`: the firm, no rank
                _widen_to_titles(text, person, ents.mentions)
                moved[id(person)] = org
                continue
        if len(person.tokens) == 1 and all(_SIR_BEFORE.search(text, max(0, s - 6), s) for s, _e in person.mentions):
            knights = [p for p in ents.persons if len(p.tokens) > 1 and p.tokens[0] == person.name]
            if len(knights) == 1:  # `Sir Digby Jones` … `Sir Digby added`: a knight goes by his given name
                moved[id(person)] = knights[0]
                continue
        if _titled(text, person, lex):
            keep.append(person)  # (`President Reagan` is no mistyped `Donald Regan`)
            continue
        if len(person.tokens) == 1 and len(person.name) >= 5 and not _described(text, person):
            same = _misspelt_surname(person, ents.persons)
            if same is not None:  # `Benderley said` after `Jason Benderly`: one person, the name mistyped once
                moved[id(person)] = same
                continue
        joined = _joined_org(text, person, ents.orgs)
        if joined is not None:
            moved[id(person)] = joined
            continue
        if len(person.tokens) == 1 and not _spoken_of(text, person)[0] and not _described(text, person):
            org = _org_holding(person.name, ents.orgs, lex)
            if org is not None:  # `Penney said` after `J.C. Penney Co Inc`, `Anheuser said` after `Anheuser-Busch`
                moved[id(person)] = org
                continue
        org = _org_named_after(person.name, ents.orgs)
        if org is not None and not (len(person.tokens) > 1 and _spoken_of_as_person(text, person)):
            # `Goldman` in a story of `Goldman Sachs`, `Walt Disney said it…`: the firm; but `Muhammad Ali died…
            # his` beside the `Muhammad Ali Center` is the man the centre is named after
            moved[id(person)] = org
            continue
        if len(person.tokens) == 1 and (person.name in _INSTITUTIONS or _spoken_of_as_it(text, person)
                                        or _called_a_firm(text, person)) \
                or _firm_before_full_name(text, person) and _spoken_of_as_it(text, person) \
                or _called_a_paper(text, person):
            # (a firm named after its founder by a full name, `housebuilder George Wimpey` … `Wimpey said …
            # "…," it added`, when the story both calls it a firm and goes on with `its` or `it`; and a paper or
            # an agency of any name, `the official daily El Peruano said`, `literary agency Curtis Brown`)
            org_named(person)
            continue
        if len(person.tokens) == 1:
            word = person.name
            if lowercase_words is None:
                lowercase_words = set(re.findall(r"\b[a-z][a-z'-]+\b", text))
            if (word in lex.org_words or word in lex.places or word in lex.demonyms or word in lex.not_names
                    or word in _FAITHS or _ABSTRACT_NOUN.fullmatch(word) and word not in _ABSTRACT_LOOKING_NAMES
                    or (word.lower(),) in lex.titles or word.lower() in lowercase_words
                    or (word.endswith("s") and word[:-1] in lex.demonyms)):  # `Valdorians`, `Texans`: a people
                moved[id(person)] = None
                continue
        keep.append(person)
    if not moved:
        return replace(ents, persons=keep) if len(keep) != len(ents.persons) else ents
    for person in ents.persons:
        org = moved.get(id(person), False)
        if org:
            covered = [m for m in person.mentions if not any(s <= m[0] and m[1] <= e for s, e in org.mentions)]
            org.mentions = sorted(org.mentions + covered)
            org.aliases.add(person.name)
    mentions = []
    for mention in ents.mentions:
        target = moved.get(id(mention.entity), False)
        if target is None:
            continue  # dropped: not a person after all
        if target:
            if any(s <= mention.start and mention.end <= e and (s, e) != (mention.start, mention.end)
                   for s, e in target.mentions):
                continue  # inside the organisation's widened mention
            mention.entity = target
        elif mention.entity.kind == "org" and (mention.start, mention.end) not in mention.entity.mentions:
            # an organisation mention widened to take in the words before it
            mention.start = next(s for s, e in mention.entity.mentions if e == mention.end)
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    return replace(ents, persons=keep, mentions=mentions)
