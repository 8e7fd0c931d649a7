"""Who said each quote: the words that name the speaker, and the entity they refer to.

Patterns, in order: an attribution before the quote in its sentence (`Kellan said: "…"`, `According to Osk, "…"`,
`"…," Kellan said, "…"` for the second piece); an attribution right after it (`"…," Kellan said`, `"…," said the
minister`, `"…," according to Osk`, `"…," Kemp, a New York Republican, said`); otherwise the speaker of the quote
just before it, when that quote is in the same or the previous paragraph. Pronouns go to the most recent person
of the right gender (or organisation, for `it`/`they`); `the minister`/`the ministry` to the entity with that role;
`the statement` to the organisation that last spoke. Anything else is left without a speaker.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .entities import (HONORIFICS, PLAYERS_ROLES, POST_NOMINALS, EntityInfo, EntityResult, Mention,
                       called_so_before_named, first_called_so)
from .lexicon import FIRM_NOUNS, lexicon
from .quotes import (_SENT_BOUNDARY, QuoteSpan, ends_with_mark, paragraphs, says_where_from, sentence_before,
                     sentence_up_to)

_PRONOUN_RE = re.compile(r"(he|she|they|it|we)\b", re.I)
_FIRST_PERSON_RE = re.compile(r"I[ \t\xa0]")  # the writer's `I`, before its verb
_SUBJECT_I_RE = re.compile(r"I\s+(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)?[a-z]{2,}")
# what follows the writer's name in the line that ends an op-ed or a column (`Lena Osk is a playwright…`)
_BIO_AFTER_NAME_RE = re.compile(r",?[ \t\xa0]+(?:is|was|has been|serves as)[ \t\xa0]+(?:an?|the|[a-z][\w\-]*(?<!ed)(?<!ing)"
                                r"[ \t\xa0]+(?:of|at|for|in|and)|[a-z][\w\-]*-in-[\w\-]+)\b")
_DOC_HEADS = {"statement", "report", "letter", "communique", "communiqué", "release", "memo", "document",
              "post", "tweet", "ruling", "filing", "notice", "announcement", "message", "note", "email"}
# pieces of writing published under their own name: whoever the story says wrote or ran one, never a guess
_WRITINGS = {"article", "piece", "book", "memoir", "column", "editorial", "essay"}
_DOC_HEADS |= _WRITINGS
# (and the other names a piece comes in under: `wrote a memoir` … `the book said`)
_WRITTEN_AS = r"(?:" + "|".join(sorted(_WRITINGS | {"feature", "story", "biography", "op-ed"},
                                         key=lambda w: (-len(w), w))) + ")"
_A_WRITING_RE = re.compile(r"an?\s+(?:[\w’'\-]+\s+){0,2}?" + _WRITTEN_AS + r"\b")  # `a Wednesday editorial`
# what `the magazine` can be (not `agency`: a ministry's as often as a wire's)
_MEDIA_HEADS = {"magazine", "newspaper", "paper", "broadcaster", "channel", "network", "station", "website",
                "publisher", "journal", "daily", "weekly", "tabloid", "news organisation"}
_HE_OR_SHE = (("pronoun", "he"), ("pronoun", "she"))  # a pronoun found as a speaker (`he said`)
# what speaks for the person it belongs to (`Ward's office`, `the Ward campaign`, `her campaign`)
_VOICE_OF = {"office", "campaign", "camp"}
# what an organisation owns that speaks for it (`Halvard's spokesman said`, `Google's security team said`)
_ORG_OWN_VOICES = {"spokesman", "spokeswoman", "spokesperson", "team"}
_VOICE = r"(?:" + "|".join(sorted(_VOICE_OF, key=lambda w: (-len(w), w))) + ")"
_VOICE_RE = re.compile(r"[ \t\xa0]+" + _VOICE + r"\b")
_VOICE_GAP_RE = re.compile(r"(?:['’]s)?[ \t\xa0]+" + _VOICE + r"[ \t\xa0]+")  # `Ward's office said`
_UNNAMED_HEADS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide",
                  "aides", "analyst", "analysts", "economist", "economists", "expert", "experts", "observer",
                  "diplomat", "diplomats", "witness", "witnesses", "resident", "residents", "critic", "critics",
                  "supporter", "supporters", "voter", "voters", "people", "person", "man", "woman", "lawyer",
                  "executive", "executives", "trader", "traders", "dealer", "dealers", "banker", "bankers",
                  "member", "members", "leader", "leaders", "group", "campaign", "narrator", "announcer",
                  "voiceover", "moderator", "questioner", "caller", "heckler", "protester", "protesters",
                  "senators", "lawmakers", "legislators", "congressmen", "delegates", "negotiators",
                  # bodies a story names by their word alone (`the police said`, `the government says`): one the
                  # story named with that word, else none, never the organisation named last (the Lib Dems)
                  "police", "government", "administration", "cabinet"}
# a sentence whose subject is the firm's `it` (`But it said there are no plans to merge …`, `It plans to buy Osk Inc`;
# not a dummy `It was Dalby Inc that won`, `It is understood that…`, `It emerged that…`, `It seems`)
_IT_OPENS_RE = re.compile(r"\s*(?:(?:But|And|However|Rather|Still|Yet|Also),?[ \t\xa0]+)?[Ii]t[ \t\xa0]+"
                          r"(?!(?:is|was|['’]s|has[ \t\xa0]+been|had[ \t\xa0]+been|will[ \t\xa0]+be|would[ \t\xa0]+be|"
                          r"(?:may|might|could|should|must)[ \t\xa0]+be|seems?|seemed|appears?|appeared|emerged|"
                          r"remains?|remained|became|becomes|turns?[ \t\xa0]+out|turned[ \t\xa0]+out|"
                          r"took|takes|makes|made)\b)[a-z]")
# a firm's nouns for it (`the group` is a group's: _UNNAMED_HEADS), and a sentence opening with one or with `it`
# (`The company, which consolidated Ahlsell AB, said`, `It said the options range from expanding Shearson's…`; not
# `The company of actors`)
_FIRMS_HEADS = frozenset({"company", "firm"})
_KNOWN_FIRMS = lexicon().known_orgs  # (`IBM said`, letters that are a firm's)
# (the state's bodies' words, listed: the word lists' own, `service`, `board`, `chamber`, name firms too)
_STATE_HEADS = frozenset({"commission", "ministry", "department", "agency", "court", "authority", "government",
                          "administration", "committee", "council", "parliament", "congress", "senate", "office"})
_FIRM_OPENS_RE = re.compile(r"(?:" + _IT_OPENS_RE.pattern + r")|\s*(?:(?:But|And|However|Also),?[ \t\xa0]+)?[Tt]he"
                            r"[ \t\xa0]+(?:company|firm)\b(?![ \t\xa0]+of\b)")
# a firm that speaks in its sentence (`…, Halvard Corp said on Monday.`), and one that speaks, itself or by its
# spokesman, anywhere in the story
_FIRM_VERBS = r"said|says|told|added|announced|reported|stated"
_FIRM_SAID_RE = re.compile(r"(?:['’]s)?[ \t\xa0]+(?:" + _FIRM_VERBS + r")\b")
_FIRM_VOICED_RE = re.compile(r"(?:['’]s)?[ \t\xa0]+(?:" + _FIRM_VERBS + r"|spokes(?:man|woman|person))\b")
# who speaks for an organisation named in front of them or after `for` (`a Fifa spokesman`, `an FA statement`)
# (and its board, which speaks for it as its spokesman does; but not `a board member`, one of them)
_ORG_VOICE_RE = re.compile(r"\b(?:spokes(?:man|woman|person)|statement|board(?![ \t\xa0]+members?\b)|directors)\b")
# `a BaFin `, `the Harbour Board `: a determiner and a capitalised name before a spokesman
_DETERMINED_NAME_RE = re.compile(r"(?:[Aa]n?|[Tt]he)[ \t\xa0]+([A-Z][\w&.’'\-]*(?:[ \t\xa0]+[A-Z][\w&.’'\-]*){0,3})[ \t\xa0]+")
_BEFORE_A_VOICE_RE = re.compile(r"[ \t\xa0]+(?:[a-z]+[ \t\xa0]+)?")  # `Fifa spokesman`, `Fifa press spokesman`
# what speaks for the organisation named right before it: its spokesman, its council or committee (`the APEA
# council said`; not `the Chrysler executive`, a person), or a document of its own (`the Treasury brief`, `the Fed
# order`, `the committee report`; the documents among _DOC_HEADS that a body issues, and more)
_ORG_DOCUMENTS = frozenset({"statement", "report", "communique", "communiqué", "ruling", "filing", "brief", "order",
                            "study", "proposal"})
_ORG_VOICE_AFTER_RE = re.compile(r"[ \t\xa0]+(?:[a-z]+[ \t\xa0]+)?(?:spokes(?:man|woman|person)|council|committee|"
                                  + "|".join(sorted(_ORG_DOCUMENTS, key=lambda w: (-len(w), w))) + r")(?!\w)")
# an unnamed spokesman with no organisation in the phrase (`A spokeswoman`, `But a spokesman`, `The official
# spokesman`)
_BARE_VOICE_RE = re.compile(r"(?:(?:But|And|However)[ \t\xa0]+)?(?:[Aa]n?|[Tt]he)[ \t\xa0]+(?:(?:official|senior|chief)"
                            r"[ \t\xa0]+)?")
_FOR_THE_HEAD_RE = re.compile(r"[ \t\xa0]+for[ \t\xa0]+(the)[ \t\xa0]+([a-z]+)\b")  # `a spokesman for the firm`
_FOR_AN_ORG_RE = re.compile(r"[ \t\xa0]+for[ \t\xa0]+(?:the[ \t\xa0]+)?")
_THE_OPENS_RE = re.compile(r"(?:(?:But|And|However)[ \t\xa0]+)?[Tt]he\b")  # `The spokesman`, not `A spokesman`
# a spokesman brought in earlier, and the noun phrase before the word (`A Swiss National Bank `, `a `)
_SPOKES_WORD_RE = re.compile(r"\bspokes(?:man|woman|person)\b")
_DETERMINER_RE = re.compile(r"\b([Aa]n?|[Tt]he)[ \t\xa0]+")
_SPOKES_PHRASE_RE = re.compile(r"(?:[\w&’'\-]+(?:\.\w+)*\.?[ \t\xa0]+){0,5}")  # (`U.S. `, `Corp. `)
_NAME_THEN_BRACKET_RE = re.compile(r"[A-Z][\w’'&\-]*(?:[ \t\xa0]+(?:of|for|and|the|&|[A-Z][\w’'&\-]*)){0,8}"
                                   r"[ \t\xa0]*\(")  # `British Phonographic Industry (`
# a singular role that, after `the`, is someone the story has named: `the diplomat said`, `the Russian leader said`
_ROLE_HEADS = {"diplomat", "leader", "economist", "analyst", "lawyer", "banker", "executive"}
_DEMONYM_SHAPE_RE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
_ROLE_MODIFIERS = {"former", "top", "senior", "veteran", "chief", "majority", "minority", "opposition", "party",
                   "longtime", "outgoing", "new"}
# between a name and its speech verb: a possessive, a party label `(D-Nev.)`, an appositive `, 45, a lawyer,`
# one piece of an appositive: no comma, quote mark or line end, and a full stop only after an initial or a title's
# abbreviation (`Mr. Kellan's deputy national security adviser`)
# a full stop after an initial or a short abbreviation (`J.`, `Mr.`, `Sen.`), which ends no sentence
_ABBREVIATION_DOT = r"(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\."
_APPOSITIVE_PIECE = (r"(?:[^,.\n“”\"]|" + _ABBREVIATION_DOT + r"|"
                     r"(?<=\b[A-Z][a-z]{3})\.|(?<=\b[A-Z][a-z]{4})\.){1,200}")
# `of the Sierra Club`, `of New York`: where a person is from, between the name and the rest; also set off by a
# comma the writer did not close (`Jeff Joseph, from the Consumer Electronics Association (CEA) told`)
_OF_OR_FROM = r",?\s+(?:of|from)\s+(?:the\s+)?"
# an appositive set off by dashes (`Lord Bingham - a senior law lord - said`, `Alan Beith - who chairs the
# committee - said`)
_DASHED_ASIDE = (r"[ \t\xa0]+[-–—][ \t\xa0]+(?:(?![ \t\xa0][-–—][ \t\xa0])[^\n\"“”]){1,150}?"
                 r"[ \t\xa0]+[-–—]")  # (hyphens inside: `a well-known harbour judge`)
# (a firm's name may join two with `and`: `Thom Brown of Butcher and Singer said`)
_OF_PLACE = (r"(?:" + _OF_OR_FROM + r"[A-Z][\w.&’'\-]{0,30}(?:\s+[A-Z][\w.&’'\-]{0,30}){0,4}"
             r"(?:\s+(?:and|&)\s+[A-Z][\w.&’'\-]{0,30})?)?")  # (one last word: not `of Marenburg and Arvid Kellan`)
_APPOSITIVE = (r"(?:,?\s+(?:Jr|Sr)\b\.?|\s+I{2,3}\b|,?\s+(?:" + "|".join(sorted(POST_NOMINALS)) + r")\b)?(?:['’]s)?" + _OF_PLACE + r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,(?:" + _APPOSITIVE_PIECE +
               r",){1,4}|,|" + _DASHED_ASIDE + r")?\s*")
# a connective opening a sentence before its subject (`But the SFA would not…`, `However, the board…`)
_CONNECTIVE = r"(?:(?:But|And|However|Meanwhile|Yet|So|Now),?\s+)?"
# "Brandt is quoted as saying", and after an appositive too (`Mario Amato, president of the federation, was
# quoted as saying`): part of what may stand between a speaker's name and the speech verb (_GAP_RE)
_WAS_QUOTED_AS = r"(?:(?:is|was|has\s+been|had\s+been)\s+quoted\s+as\s+)?"
# "Kellan was prompted to say", "Osk went on to tell": a few lowercase words ending in "to" before the cue
_VERB_PHRASE_RE = re.compile(r"(?:\s+[a-z]+){1,5}\s+to\s+")
# words that make a phrase before a name something other than a title (`after Kellan`, `to the Courier`)
_FUNCTION_WORDS = {"to", "of", "for", "by", "with", "from", "about", "against", "on", "at", "in", "as", "than", "that",
                   "and", "or", "but", "after", "before", "when", "while", "since", "if", "because", "although",
                   "though", "until", "despite", "during", "under", "over", "into", "through", "like", "unlike",
                   "via", "without", "within", "among", "between", "behind", "toward", "towards", "upon", "where",
                   "whom", "who", "which", "what", "how", "why", "is", "was", "are", "were", "be", "been", "has",
                   "had", "have", "not", "no", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their"}
_PREPOSITIONS = {"of", "to", "for", "by", "with", "from", "about", "against", "on", "at", "in", "as", "than", "after",
                 "before", "into", "over", "under", "like", "toward", "towards", "upon", "via"}
_INDEFINITE = {"a", "an", "one", "another", "some", "several", "two", "three", "many", "other"}
_DETERMINER = r"(?:the|a|an|one|another|his|her|its|their|our|this|that)"
_ADVERB = (r"(?:(?:also|later|then|further|again|once|previously|earlier|simply|only|repeatedly|recently|has|had|"
           r"often|still|now|always|even|sometimes|soon|already|today|yesterday|tonight|"
           r"have|would|will|could|did|does|not|never|first|just|[a-z]+ly|[a-z]+ed and)\s+){0,3}")
# `director Sir Richard Eyre, who called the work "…"`: the one the relative `who` stands for speaks
_WHO_GAP_RE = re.compile(r",?[ \t\xa0]+who[ \t\xa0]+" + _ADVERB)


# the peoples' names that are nouns as well (`the Brazilian`, `the Pakistani`; not `the French`, a people)
_ADVERB_RE = re.compile(r"\s*" + _ADVERB)
_NATIONAL_NOUNS = "|".join(sorted((w for w in lexicon().demonyms if w[:1].isupper() and w.isalpha()
                                   and w.endswith(("an", "ese", "i"))), key=len, reverse=True))
# a people's name after a description's head (`the 27-year-old Austrian`, `the 24-year-old Swiss`), and beside a
# person's name (`German Tomas Brandt`, `Tomas Brandt, a German,`)
_PEOPLES = lexicon().demonyms
_PLACES = lexicon().places
# `And New Zealand ` before a verb: a connective, then up to three capitalised words
_CAPITALS_BEFORE_RE = re.compile(r"(?:(And|But)[ \t\xa0]+)?((?:[A-Z][a-z]+[ \t\xa0]+){1,3})$")
_OPENS_SENTENCE_RE = re.compile(r"(?:^|[.!?][\"”’]?[ \t\xa0]+|\n)$")


def _place_before(text: str, at: int) -> bool:
    """A place's name opening the sentence right before `at` (`Australia said`, `And New Zealand said`), the
    verb's subject; not a place after a name (`Stacy Baker of Columbia, South Carolina says`, `Ast … in Zurich
    said`)."""
    m = _CAPITALS_BEFORE_RE.search(text, max(0, at - 40), at)
    return m is not None and " ".join(m.group(2).split()) in _PLACES and \
        _OPENS_SENTENCE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
_PEOPLE_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[ \t\xa0]+$")
_PEOPLE_APPOSED_RE = re.compile(r"[ \t\xa0]*,[ \t\xa0]+an?[ \t\xa0]+([A-Z][a-z]+)\b")
# title heads that name no speaker: a title won is no post (`said the two-time champion` is whom the sentences are
# about, not the last one the story titled `Olympic champion`), and `the centre said` is a body's, not a player's
_HEADS_OF_NO_SPEAKER = frozenset({"champion", "centre"})
# `the gambling tycoon`, `the 46-year-old`, `the Christie supporter`: a description of someone the story has named,
# recognised by the shape of its last word (a person noun) when the word lists do not know it
# (a word in -ment is never a person: `The indictment said`, `the announcement`)
_PERSON_NOUNS = (r"mogul|tycoon|magnate|star|host|icon|chief|head|boss|veteran|hopeful|nominee|candidate|incumbent|"
                 r"governor|senator|congressman|congresswoman|lawmaker|mayor|billionaire|millionaire|businessman|"
                 r"surgeon|champion|coach|seed")
# (at a sentence's start, the same words after a prefix only where the prefix keeps a person: `neurosurgeon`,
# `superstar`, `co-host`; not `overhead`, `spearhead`, `stagecoach`)
_PREFIXED_PERSON_NOUNS = r"[a-z\-]*(?:surgeon|star|host|mogul|tycoon|magnate|billionaire|millionaire|champion)"
_NATIONALS = (r"(?:Dutch|Irish|French|English|Scots|Welsh|Cornish|Manx)(?:man|woman)|Scot|Briton|Spaniard|"
              r"Dane|Swede|Finn|Pole|Turk|Kiwi|Aussie|Argentine|German|" + _NATIONAL_NOUNS + "|"
              r"Dubliner|Londoner|Glaswegian|Liverpudlian|Mancunian|Geordie|Yorkshireman|Lancastrian")
_DESCRIBED_HEAD = (r"(?:\d+-year-old)|Republican|Democrat|Libertarian|[a-z]+(?:er|or|ist|ian|ant|(?<!m)ent|ee|ess|ive|man|"
                   r"woman)|[a-z]*(?:" + _PERSON_NOUNS + r")|"
                   # a national, as sport writes a player named before (`the Dutchman said`, `the Dubliner`)
                   # (alone: `the German government` is no German)
                   r"(?:" + _NATIONALS + r")"
                   r"(?![ \t\xa0]+(?:government|military|authorities|authority|side|press|newspaper|paper|state|media|"
                   r"team|embassy|ministry|foreign|president|prime|chancellor|league|federation|company|firm|bank|"
                   r"police|army|navy|economy|market|markets|people|public|official|officials|leader|leadership|"
                   r"parliament|court|courts|regime|delegation|squad|club|board|agency|army|troops|forces|group)\b)")
_DESCRIBED_RE = re.compile(r"[Tt]he\s+(?:[\w’'\-]+\s+){0,3}?(" + _DESCRIBED_HEAD + r")\b")
# the heads a sentence's `The` may open a description with: an age, a national, a party's member or a person's noun
# of the list, whole (not a word known only by its ending, `The furor`, `The 1992 deadline for`, nor `overhead`),
# which opens sentences about things far more often than people
_SENTENCE_HEAD_RE = re.compile(r"\d+-year-old|Republican|Democrat|Libertarian|" + _PERSON_NOUNS + "|" +
                               _PREFIXED_PERSON_NOUNS + "|" + _NATIONALS)
_DESCRIBED_HEAD_RE = re.compile(_DESCRIBED_HEAD)
_NEXT_WORD_RE = re.compile(r"[ \t\xa0]+([\w’'\-]+)")
# a party's word before a document (`the Republican report`, `the Labour statement`)
_PARTY_WORD_RE = re.compile(r"(?:Republican|Democrat|Democratic|Libertarian|Labour|Tory|Conservative|Liberal|"
                            r"Socialist|Communist|Green)s?")
_OF_A_NAMED_BODY_RE = re.compile(r"[ \t\xa0]+of[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z]")  # `The Archbishop of Canterbury`
_OF_PHRASE_RE = re.compile(r"[ \t\xa0]+of[ \t\xa0]+[^,.;:!?\n“”\"]{1,60}(?=,)")  # up to the comma closing it
_OWNED_ROLE_RE = re.compile(r"['’]s[ \t\xa0]+((?:[a-z][a-z\-]*[ \t\xa0]+){1,3})")  # `'s executive-secretary `
_PARTICIPLE_ALONE_RE = re.compile(r"\s*(?:(?:And|But)\s+)?([A-Z][a-z]+ing)\s*[,:]?\s*")  # `Adding, ` before a quote
_ING_NEXT_RE = re.compile(r"(?:['’]s)?[ \t\xa0]+[a-z]+ing\b")
_FOLLOWERS_NEXT_RE = re.compile(r"[ \t\xa0]+(?:supporters|protesters|fans|aides|staffers|voters|backers|delegates|"
                                r"loyalists|people|campaign|camp)\b")
_ONLY_WORDS_RE = re.compile(r"(?:[ \t\xa0]+[\w’'\-]+){0,2}[ \t\xa0]+")  # a word or two, no comma, between
_NOT_DESCRIBED = {"other", "order", "power", "number", "member", "center", "quarter", "border", "cover", "matter",
                  "paper", "poster", "trailer", "letter", "chapter", "theater", "water", "weather", "year", "summer",
                  "winter", "newspaper", "corner", "answer", "statement", "document", "government", "department",
                  "parliament", "agreement", "movement", "comment", "event", "moment", "amendment", "tournament",
                  "editorial", "question", "answer", "campaign", "committee", "administration", "executive",
                  "business", "press", "address", "success", "process", "access", "progress", "congress",
                  # things, not people (`The UK manufacturing sector will continue`, `The newsletter says:`), and
                  # what a story calls a firm (an organisation's head: `The German giant said`)
                  "sector", "factor", "motor", "indicator", "newsletter", "computer", "thriller", "blockbuster",
                  "bestseller", "banner", "flyer", "charter", *FIRM_NOUNS}


# `Osk's response was:`, `Kellan's reply:`: a possessive owning something said, which makes the owner the speaker
_SPOKEN_THING_RE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:response|reply|answer|retort|reaction|message|comment|"
                              r"comments|words|explanation|verdict|advice)\s*(?:(?:was|is|read|reads)\b\s*)?:")
# an opening phrase before a sentence's subject (`On Sunday,`, `Asked on Monday whether Mr. Kellan would stay,`)
_INTRO_RE = re.compile(r"(?:[^,.;:!?“”\"\n]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bSt)\.|"
                       r"(?<=\s)[“\"](?=\w)){1,150},[”\"]?\s*")  # (a term in quotes: `refers to it as "Medicare for all,"`)
_SUBJECT_PRONOUN_RE = re.compile(r"(he|she|they|He|She|They)\s+(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)?[a-z]{2,}")
# the auxiliary verbs, which end a sentence's subject and open a clause
_AUXILIARIES = ("will", "would", "was", "is", "has", "had", "could", "should", "can", "must", "did", "does", "may",
                "might", "were", "are", "have")
# what follows such a description when it is the sentence's subject: a comma, a `who` clause, or a verb (an
# auxiliary, a speech verb, a past in -ed, a present in -s that is no plural noun's ending, a common irregular
# past); not a noun (`The star turn came`, `The Democrat primary went`, `The Italian job`)
_SUBJECT_VERB_NEXT_RE = re.compile(
    r"[ \t\xa0]*,|[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?(?:who\b|whose\b|" + "(?:" + "|".join(_AUXILIARIES) + r")\b|[a-z]+ed\b|"
    r"(?![a-z]*(?:ies|ers|ors|ists|ians|ions|ents|ants)\b)[a-z]+[^s\W]s\b|(?:told|said|took|made|won|lost|beat|came|"
    r"went|gave|got|felt|knew|thought|became|began|ran|saw|left|held|kept|met|put|set|struck|hit|fell|wrote|spoke)\b)")
_CLAUSE_VERB_RE = re.compile(r"\s+(?:" + "|".join((*_AUXILIARIES, "needs", "wants", "plans", "hopes")) + r")\b")
# the word before a speech verb's form, when it is an article or an owner (`the report`, `her reply`, `Osk's
# emails`, `the Kellans' reply`): then the form is a noun; not after a contraction (`He's predicting`, `Let's say`)
_WORD_BEFORE_RE = re.compile(r"([\w’'\-]+)[ \t\xa0]+$")
_ARTICLES = {"the", "a", "an", "his", "her", "its", "their", "our", "your", "my"}
_CONTRACTED = {"he", "she", "it", "that", "there", "here", "who", "what", "where", "let", "everyone", "someone",
               "anyone", "nobody", "everybody", "somebody", "one"}


_ENDS_SENTENCE_RE = re.compile(r"[.!?][”\"’')]*\s*$")
_AS_BEFORE_RE = re.compile(r"\bas[ \t\xa0]+$")
_BY_AFTER_RE = re.compile(r"[ \t\xa0]+by\b")
_REDUCED_CLAUSE_RE = re.compile(r"[ \t\xa0]+by[ \t\xa0]+[^,“”\"\n]{1,80},")


def _noun_use(text: str, lo: int, start: int) -> bool:
    """The speech verb's form at start is used as a noun: an article or an owner stands right before it (looked
    for in [lo, start)), or an auxiliary after it makes it a subject (`the latest employment report will not`)."""
    form = _WORD_RE.match(text, start)
    if form is not None and says_where_from(form.group(), text, form.end()):
        return True  # `who hails from a family of fishermen`: where he is from, no speech (nor a noun, but as little)
    if form is not None and _AUXILIARY_AFTER_RE.match(text, form.end()) and \
            not form.group().lower().endswith(("ed", "id", "ld", "ote", "oke")) and \
            _NOUN_PHRASE_BEFORE_RE.search(text, max(lo, start - 40), start):
        # (after an article and nouns, and not a past form: not `which it says will remain`, `what he says are`,
        # `which the communique said were`)
        return True
    before = _WORD_BEFORE_RE.search(text, max(lo, start - 24), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _ARTICLES:
        return True
    if word in _REPORTING_VERBS and form is not None and _AUXILIARY_AFTER_RE.match(text, form.end()):
        return True  # `Cairn said estimates had been revised`: the subject of what is reported, not its verb
    if word in _PLAIN_ADJECTIVES and _ATTRIBUTIVE_RE.search(text, max(lo, before.start() - 12), before.start()):
        return True  # `said the new rules were`, `his latest remarks`: an adjective between an article and the form
    if _ADJECTIVE_BEFORE_RE.fullmatch(word) and text.startswith("ed", _WORD_RE.match(text, start).end() - 2) and \
            _ATTRIBUTIVE_RE.search(text, max(lo, before.start() - 12), before.start()) and \
            _NOUN_NEXT_RE.match(text, _WORD_RE.match(text, start).end()):
        # `the nine-year recommended term`, `a fully informed decision`: a participle between a determiner's
        # adjective (an adverb in -ly, or a number's compound) and a noun; not `the 46-year-old warned`
        return True
    owner = word[:-2] if word.endswith(("'s", "’s")) else word[:-1] if word.endswith(("s'", "s’")) else None
    if owner:
        # (`said`, `says`, `told` are never nouns: after a name in `'s` they are its verb, `"…," Moody's said.`)
        return owner not in _CONTRACTED and (form is None or form.group().lower() not in _NEVER_NOUNS)
    # `the Harbour Board appeal was`, `the IAAF report`: a name's noun (not `the Democrats say`, `the Government
    # say`, whose plural or collective subject speaks)
    form = _WORD_RE.match(text, start)
    return form is not None and form.group().lower() in _NOUN_LIKE_FORMS and \
        _NAMED_NOUN_RE.search(text, max(lo, start - 60), start) is not None


_NEVER_NOUNS = frozenset({"said", "says", "told", "tells"})
# speech verbs a reported clause follows without `that` (`said estimates had been revised`)
_REPORTING_VERBS = frozenset({"said", "says", "say", "saying", "added", "noted", "stated", "argued", "warned",
                              "insisted", "claimed", "believes", "believed", "thinks", "thought"})
# adjectives that only describe a thing said; not `first`, `last`, `latter` (`The first said`) nor those that are
# nouns for someone too (`an official said`, `a private told`)
_PLAIN_ADJECTIVES = frozenset({"new", "latest", "recent", "earlier", "previous", "original", "final", "initial",
                               "formal", "further", "repeated", "written"})
_NOUN_PHRASE_BEFORE_RE = re.compile(r"\b(?:[Tt]he|an?|its|his|her|their|our|this)[ \t\xa0]+"
                                    r"(?:(?!(?:he|she|it|they|we|you|i|who|which|that)\b)[a-z][\w\-]*[ \t\xa0]+){0,3}$")
_AUXILIARY_AFTER_RE = re.compile(r"[ \t\xa0]+(?:will|would|could|should|might|must|is|was|were|are|has|had|"
                                 r"have)\b")
_ATTRIBUTIVE_RE = re.compile(r"\b(?:[Tt]he|an?|its|his|her|their)[ \t\xa0]+$")
_ADJECTIVE_BEFORE_RE = re.compile(r"[a-z]+ly|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                                  r"thirty|forty|fifty|hundred)-(?!year-old)[a-z\-]+")
_NOUN_NEXT_RE = re.compile(r"[ \t\xa0]+(?!(?:that|the|a|an|to|him|her|them|us|me|reporters|journalists)\b)[a-z]{3,}\b")
# a speech verb's form that is a noun after `the` and a name (`the Harbour Board appeal`); not `report` nor
# `note`, documents that speak for the name before them (`the Kok report said`, `the HUD report said`: his, its)
_NOUN_LIKE_FORMS = frozenset({"appeal", "comment", "call", "reply", "request", "demand", "pledge", "promise",
                              "question", "answer", "estimate", "forecast", "remark", "claim", "offer", "response"})
_NAMED_NOUN_RE = re.compile(r"\b[Tt]he[ \t\xa0]+(?:[A-Z][\w\-]*[ \t\xa0]+){0,3}[A-Z][\w\-]*(?<!s)[ \t\xa0]+$")
_GO_FORMS = {"went", "goes", "go", "going"}
_WORD_RE = re.compile(r"[A-Za-z]+")
_GO_ON_RE = re.compile(r"(\s+on(?:\s+to\s+(?:say|tell|add|write)\b)?)(?=\s*[,.:;“\"]|\s+to\s+(?:say|tell|add|write)\b)")
_THE_RE = re.compile(r"[Tt]he\s+")
# a `who` clause after a description, to the comma before the sentence's verb (`, who captained St Helens,`, `,
# whose films include Schindler's List, Michael Collins and Star Wars,`)
_DESCRIPTION_WHO_RE = re.compile(r",[ \t\xa0]+(?:who|whose)\b[^;.!?\"“”\n]{1,200}?,(?=[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?"
                                 r"(?:said|says|told|tells|added|agreed|wrote|[a-z]+ed|" + "|".join(_AUXILIARIES) + r")\b|"
                                 r"[ \t\xa0]*$)")  # (or to the speech verb the caller stops before)
_VERB_NEXT_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+")  # a word in small letters next: the subject's verb
_CONNECTIVE_THE_RE = re.compile(_CONNECTIVE + r"(?:[Tt]he\s+)?")
_ROLE_AT_A_FIRM_RE = re.compile(r"\b(?:of|at|for|with|from)\b")  # `analyst at`, `deputy general-manager of`
_SENTENCE_STOP_RE = re.compile(r"[.!?;:\n“”\"](?!\w)")  # where a sentence stops (not the dot of `Computerandvideogames.com`)
_SUBJECT_PRONOUNS = frozenset(("he", "she", "He", "She"))
_DETERMINER_ONLY_RE = re.compile(r"\s*(?:[Aa]n?|[Tt]he)[ \t\xa0]+")  # all before a name opening a sentence
# `its Dome Mines shares`, `sold her Dome Mines stake`: a name after an owner's word is a thing owned
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:its|his|her|their|our|my|your)[ \t\xa0]+$")
_ROLE_WORDS_RE = re.compile(r"(?:\s+[a-z][a-z\-]*){1,3}(?=[\s,.;:]|$)")
_OF_BETWEEN_RE = re.compile(_OF_OR_FROM)  # `Ivo Brandt of Halvard Brothers`, `David Noone from Intervoice`
# `Norton Strommen, chief meteorologist at USDA told Reuters`: a role at the organisation, its comma left unclosed
_ROLE_AT_RE = re.compile(r",[ \t\xa0]+(?:(?:the|a|an)[ \t\xa0]+)?(?!(?:[a-z][\w\-]*[ \t\xa0]+){0,3}"
                         r"(?:officials|sources|representatives|spokesmen|spokespeople)\b)"
                         r"(?:[A-Za-z][\w\-]*[ \t\xa0]+){1,4}(?:at|of|for|with|from)"
                         r"[ \t\xa0]+(?:the[ \t\xa0]+)?")
# what may stand between a speaker's name and the speech verb
_GAP_RE = re.compile(_APPOSITIVE + _WAS_QUOTED_AS + _ADVERB)
# and between a person's name and it, a role at a body we do not find as an organisation, its comma left unclosed
# (`Scott Stanzel, a spokesman for the Bush-Cheney campaign said: "…"`)
_ROLE_LEFT_OPEN_GAP_RE = re.compile(_ROLE_AT_RE.pattern + r"[A-Z][^,.;:!?\n\"“”()]{0,60}?[ \t\xa0]+" + _ADVERB)
# a statement is its owner's words, a person's or an organisation's (`Mr Tanzi's statement said`, `Chelsea's
# statement added:`), where a person's spokesman is someone else
_OWN_STATEMENT_GAP_RE = re.compile(r"['’]s[ \t\xa0]+(?:(?:written|brief|short|joint|full|own)[ \t\xa0]+)?"
                                   r"statement[ \t\xa0]+" + _ADVERB)
# and between an organisation and it, where the organisation is (`Giles Keating, economist with Credit Suisse First
# Boston Ltd in London said`); not a person's (`the play's organiser in Uganda, Sarah Mukasa, told`)
_ORG_IN_PLACE_GAP_RE = re.compile(r"\s+in\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}\s+" + _ADVERB)
# ... where the organisation is the speaker's, after `of`, `at`, `with`, `for` or `from` (not `who joined Halvard Ltd
# in Marenburg said`, `the judge who fined Halvard Ltd in Marenburg said`: an object)
_WORKS_AT_BEFORE_RE = re.compile(r"\b(?:of|at|with|for|from)[ \t\xa0]+(?:the[ \t\xa0]+)?$")
# between a document's author and the document: `the Courier said in`, `Osk provided`, `Kellan's campaign sent out`
_AUTHOR_GAP_RE = re.compile(
    r"(?:['’]s\s+(?:campaign|office|team|spokes(?:man|woman|person))\s+)?(?:,[^,.\n]{1,80},)?\s*(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|has\s+|had\s+)?"
    r"(?:issued|released|sent|sends|provided|put|puts|posted|wrote|writes|published|said|says|added|tweeted|distributed|ran|"
    r"circulated|e-?mailed|signed|filed|delivered|read|responded|replied)(?:\s+(?:out|in|with|on|to\s+\w+))?"
    r"(?:\s+\w+day)?\s+")
# `In a statement on Tuesday, `, or a wire's `In a report the Kiel Institute said` with no comma (only after `In`:
# `handed out a statement Jon Dalby said he had never seen` names no author)
_AFTER_INTRO_RE = re.compile(r"[^,.;:!?“”\"\n]{0,40},[ \t\xa0]*")
_AFTER_IN_INTRO_RE = re.compile(r"[ \t\xa0]+")
_IN_BEFORE_RE = re.compile(r"\b[Ii]n[ \t\xa0]+$")
_AUTHOR_BY_RE = re.compile(r"(?:\s+(?:released|issued|published|written|sent|signed|put\s+out|posted|filed)\b)?"
                           r"(?:\s+(?:on|in|last|this|early|late)\s+[A-Z][a-z]+(?:\s+\d{1,2})?)?"
                           r"\s+(?:(?:by|from)\s+(?:the\s+)?|in\s+(?:[Tt]he\s+)?(?=[A-Z]))")  # `in the Courier`
# `, asked about the ferries under `: a clause set off by a comma, opening with a lowercase word and
# running to the name that follows it
# (or a capitalised adjective and a word in small letters: `, European outreach coordinator for the group `; not
# a list of names, `, Osk and `)
_INNER_CLAUSE_RE = re.compile(r",[ \t\xa0]*(?:[a-z]|[A-Z][a-z]+(?:[ \t\xa0]+[A-Z][a-z\-]+){0,2}"
                              r"[ \t\xa0]+(?!(?:and|or)\b)[a-z])"
                              r"(?:[^,.;:!?“”\"\n]|" + _ABBREVIATION_DOT + r"){2,150}$")
_PARTICIPLE_RE = re.compile(r",[ \t\xa0]*[a-z]+ing\b")
# (a title may stand between, `about Sen. Osk`, but not a sentence's last word: `met on Monday.` then `Mary Osk`)
_OBJECT_PREPOSITION = r"\b(?:to|by|for|with|about|against|from|of|at|on|into|toward|towards)[ \t\xa0]+"
_AFTER_PREPOSITION_RE = re.compile(_OBJECT_PREPOSITION + r"(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]*)[ \t\xa0]+)?$")
_RIGHT_AFTER_PREPOSITION_RE = re.compile(_OBJECT_PREPOSITION + "$")  # (no title word between)
# `by` someone, then a relative clause about them (` by host Bill Maher, who is supporting him, but has `)
_WHO_AFTER_BY_RE = re.compile(r"[ \t\xa0]+by[ \t\xa0]+[^.;:!?“”\"\n]{1,80}?,[ \t\xa0]*who\b")
_PRONOUN_OPENS_RE = re.compile(r"(?:He|She|They|It|We)\b")
_THIRD_PERSON_OPENS_RE = re.compile(r"[ \t\xa0]*(?:He|She|His|Her)\b")  # a quote speaking of someone (`"He was…"`)
# a preposition whose object is no speaker, right before a name (`a challenge to the `; not `by`, `from`, nor
# `of` and `for`, whose body a person named before may be of: `Paul Bergstresser of the University of Texas`)
_OBJECT_PREPOSITION_RE = re.compile(r"\b(?:to|with|about|against|at|into|toward|towards)[ \t\xa0]+"
                                    r"(?:the[ \t\xa0]+)?$")
_PLAIN_WORD_RE = re.compile(r"[A-Za-z][\w’'\-]*")
_SENTENCES_LOOKED_BACK = 60  # by a `he` or `she`, at each step back (see _subject_before)
_THIRD_PERSON = {"m": r"(?:[Hh]e|him|his|His)", "f": r"(?:[Ss]he|her|Her)"}
_PARTICIPLE_WORD_RE = re.compile(r"[a-z]+ing\b")
_CLAUSE_CUE_RE = re.compile(r"[^.;:!?\n“”\"]{0,120}?\b(?:said|says|told|added|stated|declared|explained)\b")
_QUOTING = r"\b(?:quoted|quotes|quoting|cited|cites|citing)"
_QUOTED_AS_RE = re.compile(_QUOTING + r"[ \t\xa0]+")  # `quoted Osk as saying`
_QUOTED_UNNAMED_RE = re.compile(r"((?:an?|one|another)[ \t\xa0][^.;:!?“”\"\n]{1,80}?)[ \t\xa0]+as[ \t\xa0]+$", re.I)
_QUOTED_WORD_RE = re.compile(_QUOTING + "$")
_PHRASE_STOP_RE = re.compile(r"[,;:!?“”\"«»()\n]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.")
# a stop right after a name, then a capital: the sentence ends there (`Ulrich Bez. Aston - whose…`), though a name of
# three letters looked like an abbreviation to `_PHRASE_STOP_RE`
_STOP_AFTER_NAME_RE = re.compile(r"\.[ \t\xa0]+[A-Z]")
_RELATIVE_RE = re.compile(r"\b(?:who|whom|whose|which)\b")  # a relative clause opening after a name
_INITIALS_AFTER_RE = re.compile(r"[ \t\xa0]*\([A-Z][A-Za-z.&]{1,10}\)")  # ` (MITI)` after an organisation's name
_QUOTED_AFTER_RE = re.compile(r"(?:the[ \t\xa0]+)?(?:[A-Z][\w.’'\-]*[ \t\xa0]+){1,3}(?:quoted|quotes)[ \t\xa0]+")  # `AP quoted `
_AS = r"(?:,[^,.;:!?“”\"\n]{1,80},)?[ \t\xa0]+as[ \t\xa0]+"  # (`Osk, the minister, as`)
_AS_SAYING_RE = re.compile(_AS)
_AS_SAYING_AFTER_RE = re.compile(_AS + r"(?:saying|telling|adding|stating)\b")
_HIM_OR_HER_AS_SAYING_RE = re.compile(r"[ \t\xa0]+(him|her)" + _AS_SAYING_AFTER_RE.pattern)  # `quoted him as saying`
# a sentence opening with an unnamed spokesman (`The prime minister's official spokesman said`, `A spokeswoman for
# the Royal Academy of Dance (RAD) said`): the organisation named with him, if any, speaks (`_org_voiced`)
_SPOKESMAN_OPENS_RE = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?((?:[Tt]he|[Aa]n?)\s+(?!(?:[\w’'\-.]+\s+){0,3}?"
                                 r"(?:Tory|Conservative|Labour|Lib|Liberal|Democratic|Republican|SNP|Plaid|UKIP)\b"
                                 r"(?![ \t\xa0]+Party\b))"  # (`A Labour Party spokesman`: the party's own)
                                 r"(?:[\w’'\-.]+\s+){0,6}?spokes(?:man|woman|person)\b"
                                 r"(?:\s+for\s+(?:(?:the\s+)?[A-Z][\w’'\-.&]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w’'\-.&]*){0,5}"
                                 r"(?:\s*\([A-Z][\w.&]{1,10}\))?|the\s+[a-z]+\b))?)")
_SPOKESMEN = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# a spokesman and a speech verb closing a sentence after a comma (`…, an Exchange spokesman said.`)
_SPOKESMAN_CLOSES_RE = re.compile(r",[”\"’']?[ \t\xa0]+((?:[Tt]he|[Aa]n?)[ \t\xa0]+(?:[\w’'\-.]+[ \t\xa0]+){0,4}?"
                                  r"spokes(?:man|woman|person))[ \t\xa0]+(?:said|says|added|told[ \t\xa0]+\w+)"
                                  r"[ \t\xa0]*[.!?]?[ \t\xa0\n]*$")
# inside an aside that a preposition or a subordinator opens after a comma (`, despite having `)
_IN_AN_ASIDE_RE = re.compile(r",[ \t\xa0]*(?:despite|although|though|while|with|without|after|before|including)"
                             r"\b[^,.;:!?“”\"\n]*$")
_NOT_REACHED_RE = re.compile(r"\b(?:reached|contacted|available|unavailable)\b")  # a spokesman who did not speak
_SUBJECT_WORDS_RE = re.compile(r"(?:[\w’'\-]+[ \t\xa0]+){0,5}[\w’'\-]+")  # the six words after `The`
_THE_SUBJECT_RE = re.compile(r"\s*" + _CONNECTIVE + r"(The\s)")  # a sentence opening with `The`
_SPOKESMAN_FOR = r"\bspokes(?:man|woman|person)[ \t\xa0]+for[ \t\xa0]+(?:the[ \t\xa0]+)?"
_SPOKESMAN_FOR_RE = re.compile(_SPOKESMAN_FOR + "$")
_SPOKESMAN_FOR_NAMED_RE = re.compile(  # `spokesman for the British Phonographic Industry (BPI) said`
    _SPOKESMAN_FOR + _NAME_THEN_BRACKET_RE.pattern + r"([^()\n]{1,12})\)[ \t\xa0]*" + _ADVERB + "$")
_UNNAMED_OPENING_RE = re.compile(r"(?:A|An|One|Another)\s+")  # `One veteran debt rescheduler said`
_ONLY_PUNCTUATION_RE = re.compile(r"[\s,:;\-–—]*")
_QUOTE_MARK_RE = re.compile(r"[\"“”«»„]")
_SUBORDINATE_AFTER_RE = re.compile(r"\b(?:when|after|before|while|as|because|since|if|until|whose|who|which)\b")
_WITH_RIGHT_BEFORE_RE = re.compile(r"\s+with\s+")
# the writer's aside between a speech verb and the quote: `Trump said, and I quote, "…"`
_I_QUOTE_ASIDE_RE = re.compile(r",\s*(?:and\s+)?I\s+$")
# between a speech verb and its quote, the manner, not the words: `spoken with "such sincerity"`
_WITH_QUOTE_AFTER_RE = re.compile(r"\s+with\s+[\"“]")
_ORG_AFTER_PREPOSITION_RE = re.compile(r"\b(?:to|by|for|with|about|against|from|of|at|on|in|into|before|after|"
                                       r"over|under|toward|towards)\s+(?:the\s+)?$", re.I)
# `called it "…"`, `dismissed it as "…"`: the it is what is named (not `label`: a quote after `labelled it` is a
# term, no speech)
_NAMING_CUES = {"call", "describe", "characterize", "characterise", "dismiss", "hail"}
# verbs whose object is a person spoken to or about: before a quote, in `tweets accusing Lena Ward of …` and
# `urged Osk to …`, the name after the verb is not the one speaking (as it is in `said Kellan: “…”`)
_OBJECT_CUES = {"accuse", "admonish", "advise", "assure", "beg", "blame", "caution", "chide", "criticise",
                "criticize", "implore", "inform", "instruct", "lecture", "mock", "reassure", "rebuke", "remind",
                "scold", "taunt", "tease", "urge", "warn", "liken"}
_TO_SOMEONE_CUES = _OBJECT_CUES | {"tell", "ask"}  # (the name after them is the one spoken to)
_STOP_RE = re.compile(r"[.!?;:](?:\s|$)")  # a sentence (or clause) ends between two quotes
_AS_PUT_IT_RE = re.compile(r"(?<!\w)(As\s+)[^.!?]{1,300}?\b(?:put|puts|said|says|wrote|writes|noted|notes)\s+it\s*[,:]?\s*$")
# what a platform's users make there, named after it (`a Twitter post`, `her Facebook page`)
_PLATFORM_THING_RE = re.compile(r"[ \t\xa0]+(?:posts?|accounts?|pages?|users?|feeds?|videos?|chats?|messages?|"
                                r"followers?|profiles?|live|stories|story|groups?|handles?)\b")
# writings that are someone's own, which a paper or a site may publish without having written them
_PRIVATE_WRITINGS = {"email", "e-mail", "memo", "letter", "message", "note", "text"}
_PUBLISHERS = {"newspaper", "agency", "site", "broadcaster", "magazine", "paper", "network", "channel"}
_ISSUED = (r"\b(?:issued|released|put\s+out|posted|sent\s+out|published)\s+(?:a|an|the|this)\s+"
           r"(?:[\w’'\-]+\s+){0,3}?(?:statement|letter|message|note|e-?mail|memo|release)")
# right before a quote, or with the word that opens it (`released a statement saying, “…”`)
_ISSUED_RE = re.compile(_ISSUED + r"(?:\s*,?\s*(?:saying|stating|reading|that\s+(?:said|read)))?\s*[,:]?\s*$")
_ISSUED_IN_RE = re.compile(_ISSUED + r"\b")  # anywhere in a sentence
# a plural group (a people, a crowd) speaking in the sentence before a quote
_GROUP_SPEAKS_RE = re.compile(r"(?:^|,)\s*(?:Many|Some|Most|[A-Z][a-z]+(?<!ss)s|The\s+(?:crowd|audience))\s+"
                              r"(?:(?:often|also|still|then|all|[a-z]+ly)\s+)?"
                              r"(?:say|chant|chanted|shout|shouted|yell|yelled|cry|cried|sing|sang)\b[^.!?]*$")
_OPENING_PHRASE_RE = re.compile(r"(?:At|In|On|For|With|During|Despite|Amid|Following)\s")  # `At her request, `
# someone brought in by a family tie, unnamed (`my mother`, `his brother`): the `she` or `he` of that sentence
# (not `her mother` for a `she`, nor `his son` for a `he`: that one is the mother's child, or the son's father)
_UNNAMED_KIN = {
    "f": re.compile(r"\b(?:[Mm]y|[Hh]is|[Tt]heir|[Oo]ur|[Yy]our)\s+(?:mother|wife|daughter|sister|grandmother|"
                    r"aunt|girlfriend|mom|mum)\b"),
    "m": re.compile(r"\b(?:[Mm]y|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)\s+(?:father|husband|son|brother|grandfather|"
                    r"uncle|boyfriend|dad)\b"),
}
# a sentence opening with someone of that gender, unnamed (`The woman's enthusiasm…`, `A 29-year-old woman, …`)
_UNNAMED_PERSON = {
    gender: re.compile(r"\s*(?:[A-Z][^,.;:!?“”\"]{0,40},\s*)?(?:(?:[Tt]he|[Tt]his|[Tt]hat|An?)\s+"
                       r"(?:[\w’'\-]+\s+){0,3}?(?:" + "|".join(nouns) + r")|An?\s+(?:[\w’'\-]+\s+){0,3}?(?:"
                       + "|".join(roles) + r"))\b")
    # (a role's noun only after `a`: `The actress and singer dropped out…. She said:` is the actress just named)
    for gender, nouns, roles in (("f", ("woman", "girl", "mother", "grandmother"), ("actress", "waitress")),
                                 ("m", ("man", "boy", "guy", "father", "grandfather", "gentleman"), ("waiter",)))
}
_SUBORDINATE_RE = re.compile(r"(?:When|While|After|Before|Although|Though|If|Because|Since|Once|Asked|As)\s")
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w’'\-]*")
_COLON_NEXT_RE = re.compile(r"[ \t\xa0]*:[ \t\xa0]*[“\"«']")
# what someone's description is (`chief of staff`, `former campaign manager`), after the owner's `'s`
_OWNED_WORD_RE = re.compile(r"[ \t\xa0]+([a-z][\w\-]*)")
# the rest of one sentence, its full stop at most at the end (`, said Mr. Osk, who runs a ferry firm. `)
_ONE_SENTENCE_RE = re.compile(r"(?:[^.!?]|" + _ABBREVIATION_DOT + r")*(?:[.!?][\s'’\"”]*)?")
_WHO_CLAUSE_RE = re.compile(r"[ \t\xa0]*,[ \t\xa0]*(?:who|whose)\b")  # `, Jon Dalby, who ran the 2012 count,`
_INSIDE_RELATIVE_RE = re.compile(r",[ \t\xa0]*(?:who|whose|which)\b[^,.;:!?“”\"\n]*$")  # still inside it at the end
_COMMA_RE = re.compile(r"[ \t\xa0]*,[ \t\xa0]*")
_OWNERS_SPOKESMAN_RE = re.compile(r"['’]s[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?spokes")
_AFTER_A_ROLES_PREPOSITION_RE = re.compile(r"\b(?:at|of|for|with)[ \t\xa0]+$")  # (`president … at the firm`)
_SAME_WORD_AGAIN_RE = re.compile(r"([A-Za-z]+)[ \t\xa0]+")
_CLAUSE_BREAK_RE = re.compile(r"[;:]|,[ \t\xa0]*(?:but|though|although|while|whereas|yet)\b|\bbut\b")
_REPORTED_OPENS_RE = re.compile(r"\b(?:that|if|whether|to|which|who)\b")  # (what follows is what is reported)
_CLAUSE_END_RE = re.compile(r"[ \t\xa0]*(?:[.;]|$)")
# (the description may open its sentence: `The double Olympic champion said:`)
_DESCRIBED_BEFORE_CUE_RE = re.compile(r"\b" + _DESCRIBED_RE.pattern + r"\s*" + _ADVERB + "$")


@lru_cache(maxsize=4)
def _speakers_heads(person_heads: frozenset[str]) -> frozenset[str]:
    """The title heads a description may name a speaker by (one set for every article, so that the caches keyed by
    it hash it once)."""
    return person_heads - _HEADS_OF_NO_SPEAKER


@lru_cache(maxsize=4)
def _all_heads(person_heads: frozenset[str], org_heads: frozenset[str]) -> frozenset[str]:
    """Every head noun a description of a speaker can end in: the union, made once, not for every article
    (3% of extraction time when it was)."""
    return frozenset(person_heads | org_heads | _DOC_HEADS | _UNNAMED_HEADS)


def _ends_in_a_place(words: list[str]) -> bool:
    """The words after the first end in a place's name of two words or more (`the Soviet Union`, `its part the
    Soviet Union`): a place, where a description's head ends them (`union`)."""
    return any(" ".join(words[k:]) in _PLACES for k in range(1, len(words) - 1))


@lru_cache(maxsize=4)
def _nominal_regex(person_heads: frozenset[str], org_heads: frozenset[str]) -> re.Pattern:
    """`the minister`, `a party official`, `the statement`: built once, it has a thousand alternatives."""
    heads = sorted((h for h in _all_heads(person_heads, org_heads) if h and re.fullmatch(r"[a-z][a-z \-]*", h)),
                   key=len, reverse=True)
    return re.compile(
        _DETERMINER + r"\s+(?:[\w’'\-]+\s+){0,4}?(" + "|".join(re.escape(h) for h in heads) + r")\b", re.I)


# (no `\b` in front: it stops the search from skipping to the first letters: an eighth of the time spent attributing
# an article's quotes went on this one search; `_digest` asks for the word boundary itself)
_DIGEST_RE = re.compile(r"(?:Below|Here|The following) (?:are|is) (?:some of |a selection of )?[^.\n]{0,80}?\b"
                        r"(?:statements|remarks|quotes|comments|theses|pronouncements)\b[^.\n]{0,60}[.:]")
_INVERTED_CUE_RE = re.compile(r"[,”\"]\s*([a-z]+)\s+(?:[A-Z][\w.]*\s+){0,3}$")  # `…, argued (Mr) `
_SENTENCE_REST_RE = re.compile(r"[\s.!?]*")
# `a proud coach `, `a 24-year-old lawyer, `: a description of the one named right after it; no preposition, no
# clause and no participle in it (`a memo for Mr Heath`, `a man who met Ruddock`, `a lawyer representing Ruddock`)
_DESCRIBED_NAME_RE = re.compile(r"(?:a|an|another|one)[ \t\xa0]+(?:(?!(?:for|to|from|by|of|about|with|at|on|in|"
                                r"against|under|over|after|before|who|whom|whose|that|which|and|or)\b|[a-z]+ing\b)"
                                r"[a-z0-9][\w\-]*,?[ \t\xa0]+){1,4}")
# adverbs and connectives that open a sentence, no one's name (`"…" Overall, asking prices have fallen`). Not the
# lexicon's `not_names`, which holds surnames that are words too (`"…," Sales said.`: Jim Sales)
_OPENING_ADVERBS = frozenset((
    "Overall", "However", "Meanwhile", "Still", "Yet", "Indeed", "Instead", "Also", "Now", "Separately", "Elsewhere",
    "Earlier", "Later", "Today", "Yesterday", "Then", "So", "Thus", "Moreover", "Furthermore", "Nevertheless",
    "Nonetheless", "Initially", "Finally", "Recently", "Currently", "Previously", "Meantime", "Besides", "Otherwise",
    "Similarly", "Likewise", "Again", "Ultimately", "Eventually", "Overnight", "Altogether", "Generally",
))
# a name (or `one`, `another`) right after a quote, past a connective, and no pronoun
_NAME_AFTER_A_QUOTE_RE = re.compile(r"[ \t\xa0,]*(?:(?:And|But)[ \t\xa0]+)?(?!(?:He|She|They|We|I)\b)"
                                    r"(?:[A-Z][\w’'\-]*|one|another)\b")
# a pronoun and a speech verb closing a sentence (`he argued.`, `she said on Monday.`)
_TRAILING_CUE_RE = re.compile(r"([A-Za-z]+)[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?([a-z]+)"
                              r"(?:[ \t\xa0]+[^.!?\n“”\"]{0,40})?[.!?]")
_THINGS_AFTER_A_PARTICIPLE = (("pronoun", "it"), ("pronoun", "they"))  # `saying it was "…"`: what was spoken of
_PROGRESSIVE_BEFORE_RE = re.compile(r"\b(?:been|was|were|is|are|be|am)[ \t\xa0]+$")  # `had been predicting`
_ACCORDING_TO_RE = re.compile(r"\b[Aa]ccording[ \t\xa0]+to[ \t\xa0]+")
_CLAUSE_BREAK_AFTER_RE = re.compile(r"[ \t\xa0]*[,.;]")  # a name closing its clause (`according to Mr Lane,`)
_ING_RE = re.compile(r"[a-z]+ing\b")  # a participle (at a speech verb: `saying`, `telling`)
# speech verbs whose progressive is always speech (`is saying`, `is promising`; not `is charging`, `is continuing`)
_SPEAKING_IN_THE_PROGRESSIVE = frozenset(("say", "tell", "promise", "pledge", "describe", "claim", "argue", "insist",
                                          "urge", "warn", "predict", "vow", "suggest", "speak", "call", "demand",
                                          "ask", "accuse"))
# a word before a name that puts it inside a noun phrase or a clause (`What Lena Ward is saying`, `The reform Jon
# Dalby is promising`)
_INSIDE_A_NOUN_PHRASE_RE = re.compile(r"\b(?:[Ww]hat|[Tt]he|[Aa]n?|[Tt]hat|[Ww]hich|[Hh]ow|[Tt]his|[Tt]hese|[Tt]hose)"
                                      r"\b[^,;:.!?]*$")
# a role that opens a sentence, set off by a comma before the name (`His former business partner at Lenox, `)
_APPOSED_ROLE_RE = re.compile(r"[ \t\xa0]*(?:His|Her|Their|Its|The|A|An)[ \t\xa0]+[^,.;:!?\"“”\n]{1,80},[ \t\xa0]*")
_APPOSED_NAME_OPENS_RE = re.compile(_APPOSED_ROLE_RE.pattern + r"(?:[A-Z][a-z]+[ \t\xa0]+)?")
# a body's role for someone before a name in apposition (`its chairman `)
_ITS_ROLE_RE = re.compile(r"(?:its|their|the)[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+){0,2}([a-z\-]+)[ \t\xa0]+")
_WITH_SUBJECT_BEFORE_RE = re.compile(r"\bwith[ \t\xa0]+([^,.;:!?\"“”]{1,50})$")  # `with voters saying`
# a speech verb and, a few words on, a quote that goes on in small letters (`said on Monday, “is very confident`)
_WORDS_GO_ON_RE = re.compile(r"[^“”\"\n]{0,60}?[“\"‘]+[ \t\xa0]*[a-z]")
_BEFORE_FIRST_WORD_RE = re.compile(r"\s*" + _CONNECTIVE)  # the spaces and connective before a sentence's first word
_COMMA_BEFORE_RE = re.compile(r",[ \t\xa0]*$")  # a comma right before a name or a verb
# the rest of a sentence after the name a closing speech verb gives: nothing, or the name's role after a comma
_NAME_CLOSES_RE = re.compile(r"(?:,[^.!?\n“”\"]{1,150})?\.[ \t\xa0]*")
_COMMA_PRONOUN_RE = {p: re.compile(r",[ \t\xa0]*(" + p + r")\b") for p in ("he", "she")}  # `…, he said.`
# or going on with a participle (`Mr Blair has failed to tackle these problems, he claimed, saying…`)
_CUE_THEN_PARTICIPLE_RE = re.compile(r"([A-Za-z]+)[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?([a-z]+),[ \t\xa0]+[a-z]+ing\b")
# a `he` or `she` and a verb set off by commas right before a participle (`…, he claimed, saying`)
_PRONOUN_CUE_BEFORE_RE = re.compile(r",[ \t\xa0]*([Hh]e|[Ss]he)[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?[a-z]+,[ \t\xa0]*$")
_SENTENCE_TAIL_RE = re.compile(r"[^.!?\n“”\"]{0,200}")  # what a sentence says after its verb, to its end
# what may stand before a name that heads a sentence and not be part of the mention (`Mr Howard described…`)
_HONORIFIC = r"(?:" + "|".join((*HONORIFICS, "Prof")) + r")\.?"
_HONORIFIC_GAP_RE = re.compile(_HONORIFIC + r"[ \t\xa0]+")
# what may stand before the name that heads a sentence (`But Mr Herren says…`)
_SENTENCE_OPENING_RE = re.compile(r"\s*" + _CONNECTIVE + r"(?:" + _HONORIFIC + r"\s+)?")
# or after a clause set off by a comma that opens with a preposition or a participle (`In answer to a question
# from David Dunne about his integrity, Mr Blair said…`), whose names are no subject
_OPENING_CLAUSE_RE = re.compile(r"\s*" + _CONNECTIVE + r"(?:In|On|At|After|Before|During|When|While|Asked|Speaking|"
                                r"Responding|Replying|Answering|Writing|Addressing|Following|Later|Earlier)\b"
                                r"[^,.;:!?\"“”\n]{1,150},\s*" + _CONNECTIVE + r"(?:" + _HONORIFIC + r"\s+)?")


# `Osk's been`, `Osk's got`, `Osk's not`: `'s` as a verb, not a possessive
_CONTRACTED_VERB_RE = re.compile(r"[ \t\xa0]+(?:been|got|gone|had|not|never|always|also|already|still|just|now|a|an|"
                                 r"the|going|saying|said|told|made|done|in|on|at|out|back|here|there)\b")


_WHO_SAID_RE = re.compile(r",[ \t\xa0]*who[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?([a-z]+)[ \t\xa0]*:[ \t\xa0]*[\"“«‘']?$")
_VERB_COLON_RE = re.compile(r"\bwho[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?([a-z]+)[ \t\xa0]*:[ \t\xa0]*$")
# someone a name owns, speaking (`Mr Kellan's spokesman said:`, `Kellan's son told the Courier:`; after a quote
# `Mr Kellan's official spokesman said`, `said Kellan's aide`): the owned words, the last of them up to the verb
_OWNED_SPEAKS_BEFORE_RE = re.compile(r"['’]s((?:[ \t\xa0]+[a-z][\w\-]*)(?:[ \t\xa0]+[\w\-]+){1,5})[ \t\xa0]*[:,]?[ \t\xa0]*$")
_PRONOUN_OWNER_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|[Ww]hat|[Hh]ere|[Ll]et)$")
_OWNED_SPEAKS_AFTER_RE = re.compile(r"[ \t\xa0,]*(?:([a-z]+)[ \t\xa0]+)?(?:[A-Z][\w’'\-.]*[ \t\xa0]+){0,3}[A-Z][\w’'\-.]*"
                                    r"['’]s((?:[ \t\xa0]+[a-z][\w\-]*){1,4})")
_PRONOUN_NEXT_RE = re.compile(r"[ \t\xa0]*(He|She)\b")
_FILINGS = {"suit", "lawsuit", "complaint", "petition", "indictment", "affidavit", "motion", "brief"}
# after a quote, a description of up to three lowercase words (`the companies`, `the two firms`)
_DESCRIBED_AFTER_RE = re.compile(r"[ \t\xa0,]*(?:the|a|an|one|another|both|two|three)[ \t\xa0]+([a-z\-]+\b)"
                                 r"(?:[ \t\xa0]+([a-z\-]+\b))?(?:[ \t\xa0]+([a-z\-]+\b))?")
# where someone unnamed is from, up to the speech verb (` with a U.K. Bank `, ` at a Tokyo securities house `)
_WHERE_FROM_RE = re.compile(r"[ \t\xa0]+(?:with|at|from|for|in)[ \t\xa0]+[^,;:!?“”\"\n]{1,60}?[ \t\xa0]+")
# after a quote, someone's someone: `said his wife`, `her agent said` (the speech verb before, or after)
_KIN_SPEAKS_RE = re.compile(r"[ \t\xa0,]*(?:([a-z]+)[ \t\xa0]+)?(?:his|her|their)[ \t\xa0]+([a-z\-]+)\b"
                            r"(?:[ \t\xa0]+([a-z\-]+)\b)?")

# what opens a sentence whose subject is a person named before: by the gender a pronoun asks for, or any ("*")
_OPENING_PRONOUN = {g: r"(?:(?:but|and|yet|so)\s+)?" + p for g, p in
                    {"m": r"he\b", "f": r"she\b", "*": r"(?:he|she|his|her)\b"}.items()}
# a sentence opening with that pronoun, after an opening phrase (`In June, he…`): compiled once, asked of every
# sentence a `he` looks back through
_OPENS_WITH_PRONOUN = {g: re.compile(r"\s*(?:[A-Z][^,.;:!?]{0,40},\s*)?" + p, re.I) for g, p in _OPENING_PRONOUN.items()}
# a spokesman's quoted words that speak of a he or a she (`The spokesman said "He is still interested."`)
_QUOTE_SPEAKS_OF = {g: re.compile(r"[“\"][^”\"]*\b" + p + r"\b") for g, p in _THIRD_PERSON.items()}


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    """pos lies in one of the sorted spans: quotes never overlap, so only the last one starting at or before pos
    can hold it."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


@lru_cache(maxsize=256)
def _brought_in_unnamed(head: str) -> re.Pattern:
    """`an organizer`, `one aide`, `A senior U.S. banker`: someone brought in by that word, unnamed."""
    return re.compile(r"\b(?:an?|one|another)\s+(?:[\w’'.\-]+\s+){0,3}?" + re.escape(head) + r"\b", re.I)


def _fits(entity: EntityInfo, gender: str) -> bool:
    """A person a pronoun of this gender (`m`, `f`, or `*` for a description) can refer to."""
    return gender == "*" or entity.gender in ("", gender)


# speech verbs a thing does as well as anyone (`it underscores that…`, `it would tell a story of "…"`)
_A_THINGS_CUES = frozenset(("underscore", "highlight", "reflect", "read"))  # (not `tell`, `signal`: firms do)
_ADVERBIAL_OPENERS = frozenset(("as", "in", "at", "on", "after", "before", "during", "when", "while", "adding"))
_TWO_WORDS_BEFORE_RE = re.compile(r"\b([a-z]+)[ \t\xa0]+([a-z]+)[ \t\xa0]+$")  # `said senators ` before a verb
_JOINED_VERB_BEFORE_RE = re.compile(r"\b(?:and|but)[ \t\xa0]+$")  # a second verb of the sentence's subject
# a clause with a subject of its own (`… when the host declared "…"`; not `as`, `after`, `before`, which open
# phrases as often: `said after a lunch on Tuesday that…, but called it "…"` is the senator's)
_CLAUSE_OPENER_RE = re.compile(r"\b(?:when|while|whereas|because|although|though|if|unless)\b")
_AND_BEFORE_RE = re.compile(r"\band[ \t\xa0]+(?:then[ \t\xa0]+|later[ \t\xa0]+)?$")  # `… and added:`
_SELF_NAMING_RE = re.compile(r"(?:\bI\s+am|\bI['’]m|\bmy\s+name\s+is|\bcall\s+me|\bthis\s+is)\s+$", re.IGNORECASE)


@dataclass(slots=True)
class Attribution:
    speaker: EntityInfo | None
    mention: tuple[int, int] | None


def _owners_word(word: str, first: bool) -> bool:
    """A word an owner may use for someone of theirs after `'s` (`official`, `spokesman`, `son`): no small word
    (not `decision to call`), and first no contraction's verb (`Kellan's been saying`, `Kellan's also said`)."""
    return word not in _FUNCTION_WORDS and not (first and _CONTRACTED_VERB_RE.match(" " + word))


class Attributor:
    def __init__(self, text: str, entities: EntityResult, cue_forms: dict[str, str],
                 person_heads: frozenset[str], org_heads: frozenset[str], quotes: list[QuoteSpan] = ()):
        self.text = text
        self.ents = entities
        self.cues = cue_forms
        # names inside quotes are what speakers talk about, never who is speaking
        inside = sorted((q.start, q.end) for q in quotes)
        # scare quotes, marks and all (`described it as "very important".`): a term, no one's words
        self._scare = sorted((q.open_at, q.close_at) for q in quotes if q.kind == "scare")
        self._quoted = sorted((q.open_at, q.close_at) for q in quotes)  # every quote, its marks included
        # nor is the agency of a wire dateline (`… December 26. /TASS/.`): it publishes, `the agency said` is another
        self.mentions = [m for m in entities.mentions
                         if not _within(inside, m.start) and m.start >= entities.story_start]
        # … nor, named again in the story (`the ministry told TASS`), the one `the agency added` refers to
        self._publishers = {id(m.entity) for m in entities.mentions if m.start < entities.story_start}
        self.starts = [m.start for m in self.mentions]
        self.ends = [m.end for m in self.mentions]  # increasing too: mentions do not overlap
        self._names: frozenset[str] | None = None  # see _person_words
        person_heads = _speakers_heads(person_heads)  # (not `the two-time champion`: see _HEADS_OF_NO_SPEAKER)
        self._nominal_re = _nominal_regex(person_heads, org_heads)
        self._heads = _all_heads(person_heads, org_heads)
        self.person_heads = person_heads
        self.org_heads = org_heads
        self.paras = paragraphs(text)
        self.para_starts = [s for s, _ in self.paras]
        self._para_cues: dict[int, list[tuple[int, int, bool]]] = {}  # see _cue_positions
        self._first_called: dict[str, int] = {}  # see _called_so_before_named
        self._first_named: dict[int, int] = {}
        self.spoken: list[tuple[int, EntityInfo]] = []  # (position, speaker) of quotes attributed so far
        self.spoken_at: list[int] = []  # their positions, increasing: quotes are attributed in text order

    # --- speaker phrases -----------------------------------------------------------------------------------
    def _past_spaces(self, start: int, end: int) -> int:
        """Where the first character after the spaces at start stands, before end (end, if all are spaces)."""
        part = self.text[start:end]
        return start + len(part) - len(part.lstrip())

    def _mention_starting(self, pos: int, limit: int) -> Mention | None:
        """A mention starting at pos, or after title-like words (`Finance Minister Omar Davies`)."""
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.mentions) and self.mentions[i].start < limit:
            # (the limit asked first: a text of thousands of quotes before the next name is not split for each)
            m = self.mentions[i]
            gap = self.text[pos:m.start]
            words = gap.split()
            if (not words or re.fullmatch(
                    r"(?:(?:[A-Z][\w.’'\-]*|[a-z][a-z\-]*|of|the)\s+){1,6}", gap) and not any(
                    w.group(1) in self.cues and not (self.cues[w.group(1)] == w.group(1)
                                                     and w.group(2).lower() in self.person_heads)
                    for w in re.finditer(r"\b([a-z]+)\b(?=\s*(\w*))", gap))  # `state attorney`: not `urging`
                    and not self._spoken_of(words)):
                return m
        return None

    def _spoken_of(self, words: list[str]) -> bool:
        """The words before a name make it one spoken of: they open with a preposition (`wrote of Ms. Osk`) or a
        subject pronoun (`he raised his view of Temple Inland`), or a preposition other than `of` or `for` stands
        among them (`his stance on Halvard Ltd`). Not once a role has come (`an expert on trade at the Peterson
        Institute`: where the speaker works), nor after a participle (`which was attributed to Miller`, `also known
        as Jason King`)."""
        if words[0] in _PREPOSITIONS or words[0] in _SUBJECT_PRONOUNS:
            return True
        for before, w in zip(words, words[1:]):
            if before in self.person_heads or before in _UNNAMED_HEADS:
                return False
            if w in _PREPOSITIONS and w not in ("of", "for") and not before.endswith(("ed", "en", "wn")):
                return True
        return False

    def _works_in_place(self, org_start: int, gap: str) -> bool:
        """The gap after an organisation's mention is where it is (`… Credit Suisse First Boston Ltd in London
        said`), and the organisation is the speaker's, brought in by `of`, `at`, `with`, `for` or `from`."""
        return _ORG_IN_PLACE_GAP_RE.fullmatch(gap) is not None and \
            _WORKS_AT_BEFORE_RE.search(self.text, max(0, org_start - 16), org_start) is not None

    def _mention_ending(self, pos: int, floor: int) -> Mention | None:
        """The mention that ends right before pos (allowing an appositive `, a New York Republican,`)."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.start < floor:
                return None
            gap = self.text[m.end:pos]
            if m.end <= pos and (_GAP_RE.fullmatch(gap) or _VERB_PHRASE_RE.fullmatch(gap)
                                 or m.entity.kind == "person" and (_VOICE_GAP_RE.fullmatch(gap)
                                                                   or _WHO_GAP_RE.fullmatch(gap)
                                                                   or _ROLE_LEFT_OPEN_GAP_RE.fullmatch(gap))
                                 or m.entity.kind == "org" and self._works_in_place(m.start, gap)
                                 or _OWN_STATEMENT_GAP_RE.fullmatch(gap)):
                return m
            if m.end <= pos and len(gap) > 120:
                return None
            i -= 1
        return None

    def _named_at(self, pos: int) -> bool:
        """A name starts at pos: `Read said` is Tomas Read speaking, not the verb `read`."""
        i = bisect.bisect_left(self.starts, pos)
        return i < len(self.mentions) and self.mentions[i].start == pos

    def _owns(self, m: Mention) -> bool:
        """`Kellan's`: the mention is a possessive, naming an owner rather than a speaker (not `Kellan's been
        saying`, `Kellan's got`: a contraction of `has` or `is`)."""
        return self.text[m.end:m.end + 2] in ("'s", "’s") and _CONTRACTED_VERB_RE.match(self.text, m.end + 2) is None

    def _owned_words_end(self, m: Mention, limit: int) -> tuple[int, bool]:
        """Where the owner's words for someone end after a possessive (`Kellan's chief of staff`), up to five
        small words, and whether a speech verb comes next."""
        end = m.end + 2
        for _ in range(5):
            word = _OWNED_WORD_RE.match(self.text, end, limit)
            if word is None:
                return end, False
            if word.group(1) in self.cues:
                return end, True
            end = word.end()
        return end, False

    def _first_owned_word_end(self, m: Mention) -> int:
        """Where the word after an owner's `'s` ends (`Ryan's campaign shrugged…`: after `campaign`)."""
        word = _NEXT_WORD_RE.match(self.text, m.end + 2)
        return word.end() if word is not None else m.end + 2

    def _voices_owner(self, m: Mention, end: int) -> bool:
        """The owned words ending at end speak for their owner: an office or a campaign for anyone (`Ward's
        office`), a spokesman or a team for an organisation (`Halvard's spokesman`, `Google's security team`),
        where a person's spokesman or son is someone else."""
        word = self.text[m.end + 2:end].rsplit(None, 1)[-1] if end > m.end + 2 else ""
        return word in _VOICE_OF or m.entity.kind == "org" and word in _ORG_OWN_VOICES

    def speaker_at(self, pos: int, limit: int) -> tuple[int, int, object] | None:
        m = self._mention_starting(pos, limit)
        if m is not None and m.entity.kind == "org" and _THE_RE.fullmatch(self.text, pos, m.start) \
                and self._role_follows(m.end, limit):
            m = None  # `said the Spurs sporting director`: a person described by their organisation
        if m is not None and m.entity.kind == "org" and not self._owns(m):
            role = _ROLE_WORDS_RE.match(self.text, m.end, limit)
            named = role and self._appositive_name(role.end(), limit)
            if named:
                return named  # `the presumptive GOP nominee, Donald Trump, tweeted`: the one the role is of
            person = self._person_the_org_qualifies(bisect.bisect_left(self.starts, m.start), limit)
            if person is not None:
                return person.start, person.end, person.entity  # `said Future Computing analyst Joe Cross`
        if m is not None:
            if self._owns(m):
                # `said Kellan's son was…`: the name owns the subject, it does not speak; but in `Ms. Osk's
                # spokesman, Jon Dalby, said` the one her spokesman is named as does
                end, _ = self._owned_words_end(m, limit)
                if end == m.end + 2:
                    return None
                named = self._appositive_name(end, limit)
                if named is None and self._voices_owner(m, end):
                    return m.start, end, m.entity  # `Ward's office said`: her office speaks for her
                return named
            if _CLAUSE_VERB_RE.match(self.text, m.end, limit):
                return None  # `said Kellan will have to choose`: the subject of what was said
            voice = _VOICE_RE.match(self.text, m.end, limit)
            if voice and m.entity.kind == "person":
                return m.start, voice.end(), m.entity  # `the Ward campaign said`: it speaks for her
            return m.start, m.end, m.entity
        seg = self.text[pos:limit]
        pm = _PRONOUN_RE.match(seg)
        if pm:
            return pos, pos + pm.end(), ("pronoun", pm.group(1).lower())
        if _FIRST_PERSON_RE.match(seg) and (author := self._writer) is not None:
            return pos, pos + 1, author  # `I laughed and said, "…"` in a piece its last line says who wrote
        nm = self._nominal_re.match(seg)
        if nm:
            nm = self._last_head(seg, nm)
        dm = _DESCRIBED_RE.match(seg)
        described = None  # (where the description ends and its head, once worked out)
        if dm and seg[0] == "T":
            described = self._sentence_describes(seg, dm)
            if described is None:
                dm = None
        # (`the head of state`: a described word inside a role of several words is that role)
        if dm and nm is not None and nm.group(1).lower() in _DOC_HEADS and dm.end() <= nm.start(1) \
                and _ONLY_WORDS_RE.fullmatch(seg, dm.end(), nm.start(1)):
            dm = None  # `the Republican report said`, `the Democrat statement`: a document, not a Republican
        if dm and dm.group(1) not in _NOT_DESCRIBED and (nm is None or dm.end() <= nm.start(1)):
            end, head = described or self._description_end(seg, dm.end(), dm.group(1))
            named = self._appositive_name(pos + end, limit) or self._named_after_office(seg, end, pos, limit)
            if named is not None:
                return named
            if head != dm.group(1) and head in self._heads:
                return pos, pos + end, ("nominal", head)  # `the former president`: a role the story has named
            return pos, pos + end, ("described", head)  # `the 58-year-old`, not `… told the assembly`
        if nm:
            end, head = self._description_end(seg, nm.end(), nm.group(1).lower())
            named = self._named_after_office(seg, end, pos, limit) or self._owned_role_named(pos + end, limit)
            if named is not None:
                return named
            if head.startswith("spokes"):
                # `a spokesman for the firm told Reuters`: the words that say whose spokesman he is
                whose = _FOR_THE_HEAD_RE.match(seg, end)
                if whose is not None and whose.group(2) in self.org_heads:
                    end = whose.end()
            return self._appositive_name(pos + end, limit) or \
                (pos, pos + end, ("nominal" if head in self._heads else "described", head))
        return None

    @functools.cached_property
    def _writer(self) -> EntityInfo | None:
        """Who wrote the piece, when its last paragraph says so (`Lena Osk is a playwright in Port Valdor.`, as
        op-eds and columns end): the one its `I` is. None for a story that does not end so."""
        if not self.paras:
            return None
        start, end = self.paras[-1]
        while start < end and self.text[start].isspace():
            start += 1
        m = self._mention_starting(start, end)
        if m is not None and m.start == start and m.entity.kind == "person" and \
                min(s for s, _e in m.entity.mentions) >= start and _BIO_AFTER_NAME_RE.match(self.text, m.end, end):
            # (a name the story has not named before: `Kellan is expected to appear…` ending a news story about him
            # is no writer's line)
            return m.entity
        return None

    def _role_follows(self, pos: int, limit: int) -> bool:
        """One to three lower-case words after pos, the last a person's role (`sporting director`); not one who
        speaks for the organisation (`the M&S spokesman said`: the organisation speaks)."""
        words = _ROLE_WORDS_RE.match(self.text, pos, limit)
        if words is None:
            return False
        # (up to a speech verb: `the K Mart chairman said.`)
        role = list(itertools.takewhile(lambda w: w not in self.cues, words.group().split()))
        if not role:
            return False
        last = role[-1]
        if last.startswith("spokes") or last == "representative":
            return False
        # only a role someone of the story has been named with (`Toni Munoz, the sporting director`): `said the
        # Labour leader` with no leader named is the party speaking; but a club's player or manager is always
        # someone (`said the Sale full-back`)
        if last in PLAYERS_ROLES:
            return True
        if last not in self._heads_given:
            return False
        return last in self.person_heads or _DESCRIBED_HEAD_RE.fullmatch(last) is not None and \
            last not in _NOT_DESCRIBED

    def _owned_role_named(self, pos: int, limit: int) -> tuple[int, int, EntityInfo] | None:
        """`according to the group's executive-secretary Eduardo Latorre`: after a description and its `'s`, the
        person its role names (role words in small letters, then the name)."""
        owned = _OWNED_ROLE_RE.match(self.text, pos, limit)
        if owned is None:
            return None
        m = self._mention_starting(owned.end(), limit)
        if m is None or m.start != owned.end() or m.entity.kind != "person" or not any(
                w.lower() in self.person_heads for w in re.split(r"[\s\-]+", owned.group(1)) if w):
            return None
        return m.start, m.end, m.entity

    def _named_after_office(self, seg: str, end: int, pos: int, limit: int) -> tuple[int, int, EntityInfo] | None:
        """`said the chairman of the Commons education select committee, Labour MP Barry Sheerman`: the person
        named in apposition after an office and what it is of (the description `seg[:end]`, at pos)."""
        of = _OF_PHRASE_RE.match(seg, end) if _OF_A_NAMED_BODY_RE.match(seg, end) else None
        return self._appositive_name(pos + of.end(), limit) if of is not None else None

    def _appositive_name(self, pos: int, limit: int) -> tuple[int, int, EntityInfo] | None:
        """`the harbour master, Jon Dalby, told`: a person named in an appositive right after a description is the
        one described."""
        comma = _COMMA_RE.match(self.text, pos, limit)
        if comma is None:
            return None
        m = self._mention_starting(comma.end(), limit)
        if m is not None and m.entity.kind == "org":
            # `, Labour MP Barry Sheerman`: the party's name before the role, then the person
            m = next((n for n in self._mentions_between(m.end, min(limit, m.end + 40)) if n.start > m.start), None)
        # (`, actress Lena Ward`: a role word or two may come before the name, not `, but Jon Dalby`; and a
        # party's or a body's name before the role, `, Labour MP Barry Sheerman`)
        words = self.text[comma.end():m.start].split() if m is not None else []
        has_role = any(w.lower() in self.person_heads for w in words)
        if m is None or m.entity.kind != "person" or self._owns(m) or not all(
                w in self.person_heads or w[:1].isupper() and has_role for w in words):
            return None
        # then the speech verb, or the clause's end (`said the spokesman, Jon Dalby.`); not `accused the
        # ferry chief, Lena Ward, of…`, where the one described is spoken of
        if not (_CLAUSE_END_RE.match(self.text, m.end, limit) or self._cue_follows(m.end, limit) is not None
                or _WHO_CLAUSE_RE.match(self.text, m.end, limit)):
            return None
        return m.start, m.end, m.entity

    def _sentence_describes(self, seg: str, dm: re.Match) -> tuple[int, str] | None:
        """Where the description a sentence's `The` opens ends, and its head (None when it describes no one): only
        with a person's word the lists know, at its end as the description runs on (`The 27-year-old`, `The
        Brazilian`, `The striker`), no verb or small word before it (`The pair were locked together`, `The 1992
        deadline for`, `The furor`), and the sentence's verb, a comma or a `who` after it (not `The star turn
        came`, `The Italian job went`)."""
        if any(w.lower() in _AUXILIARIES or w.lower() in _FUNCTION_WORDS or w.lower() in self.cues
               for w in seg[:dm.start(1)].split()[1:]):
            return None
        end, head = self._description_end(seg, dm.end(), dm.group(1))
        if not (_SENTENCE_HEAD_RE.fullmatch(head) or head in self.person_heads):
            return None
        nxt = _NEXT_WORD_RE.match(seg, end)
        if _SUBJECT_VERB_NEXT_RE.match(seg, end) is None and (nxt is None or nxt.group(1).lower() not in self.cues):
            return None
        return end, head

    def _description_end(self, seg: str, end: int, head: str) -> tuple[int, str]:
        """`the former president`, `the billionaire shipping mogul`, `the delta senator and independent
        candidate`: the description runs to its last person noun, not to the first word shaped like one
        (`former`), stopping at a speech verb."""
        pos = end
        for _ in range(7):
            w = _NEXT_WORD_RE.match(seg, pos)
            if w is None:
                break
            word = w.group(1)
            low = word.lower()
            if low in self.cues or (low in _FUNCTION_WORDS and low != "and"):
                break
            if word.islower() and (low in self._heads or _DESCRIBED_HEAD_RE.fullmatch(low)) and \
                    low not in _NOT_DESCRIBED:
                end, head = w.end(), low
            elif word in _PEOPLES:
                # `the 27-year-old Austrian said`: his people's name runs the description on; the head stays
                # the age (an `Austrian doctor` named before is no one brought in as `an Austrian`)
                end = w.end()
            pos = w.end()
        return end, head

    def _last_head(self, seg: str, nm: re.Match) -> re.Match:
        """`one senior administration official`: the noun phrase's head is its last head word, not its first."""
        while True:
            more = re.match(r"\s+([\w’'\-]+)\b", seg[nm.end():])
            if not more or more.group(1).lower() not in self._heads:
                return nm
            longer = self._nominal_re.fullmatch(seg[:nm.end() + more.end()])
            if longer is None:
                return nm
            nm = longer

    def speaker_before(self, pos: int, floor: int) -> tuple[int, int, object] | None:
        m = self._mention_ending(pos, floor)
        if m is None and (aux := _PROGRESSIVE_BEFORE_RE.search(self.text, max(floor, pos - 6), pos)) is not None \
                and (ing := _ING_RE.match(self.text, pos)) is not None \
                and self.cues.get(ing.group()) in _SPEAKING_IN_THE_PROGRESSIVE:
            # `And on Thursday Mr Blair is saying: "…"`, `Trump is promising "jobs, jobs, jobs"`: the one whose
            # verb it is, in the progressive, for a verb that speaks in every sense (not `is charging`, `is
            # continuing`); not a subject inside what someone else is reported to say (`the Executive has insisted
            # Mr McConnell was speaking about adults and…`)
            m = self._mention_ending(aux.start(), floor)
            if m is not None and (next(self._cue_positions(floor, m.start), None) is not None
                                  or _INSIDE_A_NOUN_PHRASE_RE.search(self.text, floor, m.start)):
                m = None  # (nor a name inside a noun phrase or a clause: `What Lena Ward is saying is "…"`)
        if m is not None and m.entity.kind == "org":
            # `Ivo Brandt of Halvard Brothers said: "…"`: the person the organisation follows speaks (past its
            # letters in apposition: `Frank Naylor, chairman of the Farm Credit Administration, FCA, which…, said`)
            i = bisect.bisect_left(self.starts, m.start) - 1
            if i >= 0 and self.mentions[i].entity is m.entity and _COMMA_RE.fullmatch(
                    self.text, self.mentions[i].end, m.start):
                m, i = self.mentions[i], i - 1
            if i >= 0 and self.mentions[i].start >= floor and self._of_the_org(self.mentions[i], m):
                m = self.mentions[i]
        if m is not None:
            if _COMMA_RE.match(self.text, m.end):
                # `Lena Ward, asked about the ferries under Mr. Kellan, had said`: a name inside the
                # clause set off after another name speaks of someone; the name before the clause speaks
                # (and out again, for a clause inside one: `Senator Richard Shelby, the Alabama Republican who
                # heads the Senate Banking Committee, which oversees the Fed, said`)
                found = None
                inner = m
                for _ in range(3):
                    clause = _INNER_CLAUSE_RE.search(self.text, max(floor, inner.start - 200), inner.start)
                    if not clause:
                        break
                    i = bisect.bisect_right(self.ends, clause.start()) - 1
                    outer = self.mentions[i] if i >= 0 else None
                    if outer is None or outer.start < floor or self._owns(outer) or \
                            not _COMMA_RE.fullmatch(self.text, outer.end, clause.start() + 1):
                        break
                    found = inner = outer
                if found is not None:
                    return found.start, found.end, found.entity
            if m.entity.kind == "org" and _SPOKESMAN_FOR_RE.search(self.text, max(floor, m.start - 40), m.start):
                return m.start, m.end, m.entity  # `A spokeswoman for the Royal Academy of Dance said`: it speaks
            if re.search(r"\b(?:to|with|from|for|by|at|on)\s+(?:the\s+)?$", self.text[max(floor, m.start - 12):m.start]):
                return None  # `a source speaking to the Courier said`: the name is not the one speaking
            return m.start, m.end, m.entity
        i = bisect.bisect_left(self.starts, pos) - 1
        last = self.mentions[i] if i >= 0 else None
        voice = self._voice_of(last, pos) if last is not None and last.start >= floor else None
        if voice is not None and (_ADVERB_RE.fullmatch(self.text, voice, pos) or _WHO_GAP_RE.fullmatch(
                self.text, voice, pos)):
            # `A Cabinet Office spokeswoman said the rules prevented "…"`: the organisation speaks; and by the
            # `who` of its spokesman (`the claim was denied by a UKIP spokesman, who said: "…"`)
            return last.start, voice, last.entity
        seg = self.text[floor:pos]
        voiced = _SPOKESMAN_FOR_NAMED_RE.search(seg)
        if voiced is not None:
            # `A spokesman for the British Phonographic Industry (BPI) said:`: the initials in brackets, an
            # organisation we find where we do not find the name before them
            m = self._initials_after(floor + voiced.start(1) - 1)
            if m is not None:
                return m.start, m.end, m.entity
        pm = re.search(r"\b(he|she|they|it|we)\s*" + _ADVERB + r"$", seg, re.I)
        if pm:
            return floor + pm.start(1), floor + pm.end(1), ("pronoun", pm.group(1).lower())
        for nm in self._nominal_re.finditer(seg):
            if _ends_in_a_place(seg[nm.start():nm.end()].split()):
                continue  # `For its part the Soviet Union has said`: a place, no description (`the union`)
            if re.fullmatch(r"\s*(?:,[^,.\n]{1,90},)?\s*" + _ADVERB, seg[nm.end():]):
                i = bisect.bisect_right(self.ends, floor + nm.start()) - 1
                named = self.mentions[i] if i >= 0 else None  # (the name last before the description)
                if named is not None and _AFTER_A_ROLES_PREPOSITION_RE.search(seg, 0, nm.start()) and \
                        named.start >= floor and self._role_left_open(named.end, pos + 40) is not None:
                    # `Christoph Caselitz, president of the networks division at the firm says that:`: the firm is
                    # where his role is; he, named before the role left open, speaks (so does a firm so named)
                    return named.start, named.end, named.entity
                if named is not None and self._heads_sentence(floor, named.start) and \
                        _COMMA_RE.fullmatch(self.text, named.end, floor + nm.start()) and \
                        not _WORDS_GO_ON_RE.match(self.text, pos):
                    # `Katrina Bull, a prospective parliamentary candidate said Mr Blair had…: "…"`: the role's
                    # comma left open, the one named before it, heading the sentence, speaks (not `Among the dead
                    # was Jon Dalby, a local official said`, nor `In an interview with Mika Brzezinski, the
                    # candidate stated…`, nor `Clinton, a top aide said, "is very confident…"`, where the aide's
                    # words go on with Clinton's sentence)
                    return named.start, named.end, named.entity
                return floor + nm.start(), floor + nm.end(), ("nominal", nm.group(1).lower())
        dm = _DESCRIBED_BEFORE_CUE_RE.search(seg)
        if dm and dm.group(1) not in _NOT_DESCRIBED:
            return floor + dm.start(), floor + dm.end(1), ("described", dm.group(1))
        return None

    # --- resolution ----------------------------------------------------------------------------------------
    def resolve(self, found: tuple[int, int, object], at: int) -> EntityInfo | None:
        _s, _e, what = found
        if isinstance(what, EntityInfo):
            if what.kind == "org" or len(what.tokens) == 1:
                # `From Bush's Facebook post:`, `Kellan's Twitter account said`: the person who owns it speaks
                i = bisect.bisect_left(self.starts, _s) - 1
                if i >= 0:
                    owner = self.mentions[i]
                    if owner.entity.kind == "person" and self._owns(owner) and \
                            self.text[owner.end + 2:_s] in (" ", "\xa0"):
                        return owner.entity
            return what
        kind, word = what
        org = self._org_voiced(_s, _e)
        if org is not None:
            return org  # `said a Fifa spokesman`, `the Home Office spokesman said`, `an FA statement`
        if word.startswith("spokes") and _OWNERS_SPOKESMAN_RE.search(self.text, _s, _e):
            return None  # `The rapper's spokesman said the claims were "untrue"`: his, unnamed, as `Mr Dogg's` is
        recent = self._mentions_between(at - 3000, at)
        if word.startswith("spokes"):
            # `The executive spokeswoman said`: a spokesman the story has named as one, else someone unnamed; not
            # whoever the sentences before are about (the Scottish Conservative leader she answered)
            return next((m.entity for m in reversed(recent) if m.entity.kind == "person" and word in m.entity.heads),
                        None)
        if kind == "pronoun":
            if word in ("he", "she"):
                return self._subject_before(at, "m" if word == "he" else "f")
            if word == "it":
                return self._org_subject_before(at, recent)
            if word == "they":
                # the organisation that spoke last (`the committee said…` … `they said`), else one named in the
                # sentence or the one before (`The board met. They said…`); not one named in passing paragraphs
                # before, when the story has since spoken of people (`researchers at the University of …` …
                # `they argued`)
                for pos, ent in reversed(self.spoken[bisect.bisect_left(self.spoken_at, at - 3000):]):
                    if ent.kind == "org" and pos < at:
                        return ent
                for m in reversed(recent):
                    if m.entity.kind == "org" and at - m.end < 400:
                        return m.entity
            return None
        determiner = self.text[_s:_e].split(None, 1)[0].lower() if _e > _s else ""
        if determiner in _INDEFINITE and word not in _DOC_HEADS:
            return None  # `one senior administration official`, `a Democratic strategist`: nobody named
        if word in self.person_heads and word not in self.org_heads and _OF_A_NAMED_BODY_RE.match(self.text, _e) \
                and not any(word in m.entity.heads for m in recent if m.entity.kind == "person"):
            # `The Archbishop of Canterbury said:`: the holder of an office the story names, whom it does not name
            # (not the biographer quoted before)
            return None
        if kind == "described" or (word in self.person_heads and word not in self.org_heads):
            # `the senior Kellan adviser`, `the Kellan impersonator`: someone known by whom they work for or play,
            # not that person, and not named
            inner = self.text[_s:_e].split(None, 1)[1:]  # the words after the determiner
            if inner and any(w in self._person_words() for w in _CAPITALISED_RE.findall(inner[0])):
                return None
        if kind == "described":
            who = self._subject_before(at, "*", head=word)
            peoples = [w for w in self.text[_s:_e].split() if w in _PEOPLES] if word.endswith("-year-old") else []
            if who is not None and peoples and self._of_another_people(who, peoples[-1]):
                return None  # `Tomas Brandt, a German, lost…` then `the 27-year-old Austrian said`: not Brandt
            return who
        # the description's capitalised words (`Republican` of `the Republican report`, `Democrat` of `the Democrat
        # convention committee`)
        capitalised = [w for w in self.text[_s:_e].split()[1:-1] if w[:1].isupper() and len(w) > 2]
        if word in _DOC_HEADS:
            if capitalised and determiner == "the" and all(_PARTY_WORD_RE.fullmatch(w) for w in capitalised):
                # `the Republican report said`, `the Democrat report`: the party's, where the story names it so
                # (`Republicans said…`), else no one (not the organisation named last, nor the committee's
                # Democrat chairman)
                return next((m.entity for m in reversed(recent) if m.entity.kind == "org" and any(
                    t.startswith(capitalised[-1]) for t in m.entity.tokens) and m.start >= at - 3000), None)
            author = self._document_author(word, _s) if determiner not in _INDEFINITE else self._published_in(_e)
            if author is not None or word in _WRITINGS:
                return author or None
            # (the organisation that spoke or was named last; not a paper or a site for someone's own email or
            # letter, which it published and did not write: `WikiLeaks released…` … `The email began, “…”`)
            private = word.rstrip("s") in _PRIVATE_WRITINGS
            for pos, ent in reversed(self.spoken[bisect.bisect_left(self.spoken_at, at - 3000):]):
                if ent.kind == "org" and not (private and ent.heads & _PUBLISHERS):
                    return ent
            for m in reversed(recent):
                if m.entity.kind == "org" and not (private and m.entity.heads & _PUBLISHERS):
                    return m.entity
            return None
        if word in _VOICE_OF:
            inner = self.text[_s:_e].split()
            if determiner in ("his", "her"):
                return self._subject_before(at, "m" if determiner == "his" else "f")  # `her campaign said`
            named = [w for w in inner[1:-1] if w in self._person_words()]
            if named:  # `the Ward campaign said`: the person it campaigns for, named last with that word
                for m in reversed(recent):
                    if m.entity.kind == "person" and named[-1] in m.entity.tokens:
                        return m.entity
            elif determiner == "the":  # `the campaign said`, after `The Ward campaign suggested…`
                for m in reversed(recent):
                    if m.entity.kind == "person" and m.start >= at - 1500 and re.match(
                            r"(?:['’]s)?[ \t\xa0]+" + word + r"\b", self.text[m.end:m.end + 12]):
                        return m.entity
        if word in _UNNAMED_HEADS:
            # `the group said`: the organisation just named that is a group, else nobody named
            for m in reversed(recent):
                if word in m.entity.heads and m.entity.kind == "org" and m.start >= at - 1500:
                    return m.entity
            between = self.text[_s:_e].split()[1:-1]  # `Russian`, `Senate minority`; not `band` (a band leader)
            if determiner == "the" and word in _ROLE_HEADS and all(w[:1].isupper() or w in _ROLE_MODIFIERS
                                                                     for w in between):
                # `Ambassador Gennady Bezdetko …` then `the diplomat said`: the one the story has just named,
                # unless it brought in someone unnamed with that word (`a Western diplomat said`); `the Russian
                # leader` only someone the story has called Russian (`Russian President Vladimir Putin`)
                named = [w for w in between if w[:1].isupper()]
                titled = next((m.entity for m in reversed(recent) if m.entity.kind == "person"
                               and word in m.entity.heads and named and all(
                                   self._called_so(m.entity, w) for w in named)), None)
                if titled is not None:
                    return titled  # `Tory leader Michael Howard` … `The Tory leader brands…`: the one titled so
                who = self._subject_before(at, "*", head=word)
                nationality = [w for w in between if _DEMONYM_SHAPE_RE.fullmatch(w)]
                if who is not None and nationality and not self._called_so(who, nationality[-1]):
                    return None
                if who is not None and named and who.heads and word not in who.heads \
                        and not self._called_so(who, named[-1]):
                    # `New Home Secretary Charles Clarke…` then `The Lib Dem leader said`: one the story titled
                    # otherwise, and never called by the description's name, is not the one described
                    return None
                return who
            return None
        # (nor an organisation named only after the story had called another by the word: `The company said…`
        # of Twitter, then `the SITE Intelligence Group`, then `the company said` again)
        recent = [m for m in recent if id(m.entity) not in self._publishers
                  and not (m.entity.kind == "org" and self._called_so_before_named(m.entity, word))]
        if word in _FIRMS_HEADS and determiner == "the":
            # `American Express Co said it … by <Nippon Life Insurance Co> of Japan.` then `The company said`: the
            # firm the nearest sentence naming a firm is about, its subject, not the last one it names (a firm's
            # word for it, or no word at all where the story has it speak, as firms are named: `Union Texas said`,
            # `A Kleinwort Benson spokesman`; not letters the lists do not know for a firm's, `FERC said`, nor
            # `Ofcom fined Halvard Telecom Ltd`; and no body of the state's, whose words may hold a firm's:
            # `Federal Energy Regulatory Commission`)
            firms = [m for m in recent if m.entity.kind == "org" and m.start >= at - 1500
                     and (word in m.entity.heads or not m.entity.heads
                          and (not m.entity.name.isupper() or m.entity.name in _KNOWN_FIRMS)
                          and any(_FIRM_VOICED_RE.match(self.text, e) for _s, e in m.entity.mentions))
                     and m.entity.heads.isdisjoint(_STATE_HEADS)]
            subject = self._org_subject_before(at, firms, _FIRM_OPENS_RE, _FIRM_SAID_RE) if firms else None
            if subject is not None:
                return subject
        bearers = [m for m in recent if word in m.entity.heads]
        if determiner == "the" and len({id(m.entity) for m in bearers if m.entity.kind == "org"
                                        and m.start >= at - 1500}) > 1:
            # `The New York Stock Exchange said it and its New York Futures Exchange affiliate will…` then `The
            # exchange said`: of the bodies the word fits, the one the nearest sentence naming one is about
            subject = self._org_subject_before(at, [m for m in bearers if m.start >= at - 1500], _FIRM_OPENS_RE,
                                               _FIRM_SAID_RE)
            if subject is not None:
                return subject
        for m in reversed(bearers):
            return m.entity
        if determiner in ("his", "her", "their") and kind == "nominal":
            # `His agent told the Times`: someone of his, not he himself; the one the story introduced by that
            # word (`Mr Nogar's son Stephen, 57, said` … `his son said`), else nobody named
            who = self._subject_before(at, "*", head=word)
            return who if self._introduced_as(who, word) else None
        # "the Florida senator", "the company": the person (or organisation) the story is about just now
        kind = "org" if word in self.org_heads and word not in self.person_heads else "person"
        if kind == "person":
            return self._subject_before(at, "*", head=word)
        # `the Democrat convention committee`: of the organisations just named, one the description's own
        # capitalised word names (`Democrats`), before the one named last (`Planned Parenthood`)
        if not capitalised and determiner == "the" and not any(word in m.entity.heads for m in recent) and \
                _brought_in_unnamed(word).search(self.text, max(0, at - 3000), _s):
            # `A commission set up to unravel the affairs of Air Lanka says…` then `the commission said`: the body
            # the story brought in unnamed, not the one named last (Air Lanka, which it investigates)
            return None
        for m in reversed(recent) if capitalised else ():
            if m.entity.kind == "org" and m.start >= at - 1500 and any(
                    t.startswith(w) or w.startswith(t) for w in capitalised for t in m.entity.tokens if len(t) > 2):
                return m.entity
        for m in reversed(recent):
            # (`the magazine` is a publication the story named, not the firm a story about gadgets named last)
            if m.entity.kind == kind and m.start >= at - 1500 and (
                    word not in _MEDIA_HEADS or m.entity.heads & _MEDIA_HEADS):
                return m.entity
        return None

    def _called_so(self, entity: EntityInfo, word: str) -> bool:
        """The story writes `word` just before one of the entity's mentions (`Russian` of `Russian President
        Vladimir Putin`, `Tory` of `Tory leader Michael Howard`)."""
        return any(word in self.text[max(0, ms - 40):ms] for ms, _me in entity.mentions)

    def _of_another_people(self, person: EntityInfo, people: str) -> bool:
        """The story calls the person by another people's name beside one of their mentions (`German Tomas
        Brandt`, `Tomas Brandt, a German,`) and never by this one."""
        called = set()
        for s, e in person.mentions:
            for m in (_PEOPLE_BEFORE_RE.search(self.text, max(0, s - 30), s),
                      _PEOPLE_APPOSED_RE.match(self.text, e, e + 30)):
                if m is not None and m.group(1) in _PEOPLES:
                    called.add(m.group(1))
        return bool(called) and people not in called

    def _called_so_before_named(self, org: EntityInfo, word: str) -> bool:
        """The story said `the <word>` well before it first named `org` (see entities.called_so_before_named),
        each position found once a story: a story of many quotes and firms does not search its text for each."""
        called = self._first_called.get(word)
        if called is None:
            called = self._first_called[word] = first_called_so(self.text, word, self.ents.story_start)
        if called < 0:
            return False
        first = self._first_named.get(id(org))
        if first is None:
            first = self._first_named[id(org)] = min(s for s, _ in org.mentions)
        return called_so_before_named(called, first)

    def _org_voiced(self, start: int, end: int) -> EntityInfo | None:
        """`a Fifa spokesman`, `the Home Office spokeswoman`, `an FA statement`, `a spokesman for Fifa`: the
        organisation an unnamed spokesman or a statement speaks for (a person's spokesman is someone else: `her
        spokesman`, `a Kellan spokesman` stay unnamed; `a Home Office official` is unnamed too)."""
        voice = _ORG_VOICE_RE.search(self.text, start, end)
        if voice is None:
            return None
        inside = [m for m in self._mentions_between(start, voice.start()) if m.start > start]
        named = _DETERMINED_NAME_RE.fullmatch(self.text, start, voice.start())
        if not inside and named is not None and (org := self._orgs_by_name.get(named.group(1))) is not None:
            return org  # `a BaFin spokeswoman`: an organisation's name, as a modifier no mention, is still its name
        if inside:
            last = inside[-1]
            if last.entity.kind == "org" and not self._owns(last) and \
                    _BEFORE_A_VOICE_RE.fullmatch(self.text, last.end, voice.start()):
                return last.entity
            return None
        after = _FOR_AN_ORG_RE.match(self.text, voice.end())
        if after is not None:
            m = self._mention_starting(after.end(), after.end() + 1)
            if m is not None and m.start == after.end() and m.entity.kind == "org":
                return m.entity
            # `a spokesman for the British Phonographic Industry (BPI)`: a name we do not find as an organisation,
            # then the initials we do
            named = _NAME_THEN_BRACKET_RE.match(self.text, after.end())
            m = self._initials_after(named.end() - 1) if named is not None else None
            if m is not None:
                return m.entity
            # `a spokesman for the firm`: the organisation the story calls so, as `the firm said` would be; only
            # one the word fits (`the bank` is no firm the story names without `Bank`: not the one named last)
            whose = _FOR_THE_HEAD_RE.match(self.text, voice.end())
            head = whose.group(2) if whose is not None else None
            if head is not None and head in self.org_heads and head not in self.person_heads:
                found = self.resolve((whose.start(1), whose.end(2), ("nominal", head)), start)
                if isinstance(found, EntityInfo) and found.kind == "org" and head in found.heads:
                    return found
        if voice.group() != "statement" and _BARE_VOICE_RE.fullmatch(self.text, start, voice.start()):
            org = self._org_heading_sentence_before(start)
            if org is None and voice.group().startswith("spokes") and _THE_OPENS_RE.match(self.text, start):
                org = self._spokesman_brought_in(start, voice.group())
            return org
        return None

    def _unnamed_say(self, cue_start: int, cue_end: int) -> bool:
        """The speech verb's own subject, right before it, is people unnamed (`McClure said senators told him,
        "…"`): they speak, not the sentence's subject."""
        if self.text[cue_start:cue_end].endswith("ing"):
            return False  # (`The senator emailed supporters saying: "…"`: the participle is the sentence subject's)
        before = _TWO_WORDS_BEFORE_RE.search(self.text, max(0, cue_start - 40), cue_start)
        # (people who are the subject of a verb inside what was reported, after that verb or `that`; not one
        # joined to a name, `Arvid Kellan and fellow senators said`)
        return before is not None and before.group(2) in _UNNAMED_HEADS and before.group(2).endswith("s") \
            and (before.group(1) == "that" or before.group(1) in self.cues)

    def _spokesman_brought_in(self, at: int, word: str) -> EntityInfo | None:
        """`a Drexel spokesman said, "…"` … `"…," the spokesman said`: the organisation of the spokesman the story
        brought in before, the last one in the two paragraphs or so before (another `the spokesman` between them
        is the same one); not when that one was a person's (`a Kellan spokesman`), nobody's in particular (`a
        government spokesman`), or a spokeswoman where this is a spokesman."""
        earlier = list(_SPOKES_WORD_RE.finditer(self.text, max(0, at - 2000), at))
        for m in reversed(earlier[-12:]):
            determiners = list(_DETERMINER_RE.finditer(self.text, max(0, m.start() - 80), m.start()))
            if not determiners or not _SPOKES_PHRASE_RE.fullmatch(self.text, determiners[-1].end(), m.start()):
                return None
            if determiners[-1].end() == m.start() and determiners[-1].group(1).lower() == "the":
                continue  # `The spokesman told Reuters…`: the same one again
            if m.group() != word:
                return None
            named = self._appositive_name(m.end(), min(len(self.text), m.end() + 120))
            if named is not None:
                return named[2]  # `A Halvard spokesman, Jon Dalby, said …`: the spokesman is named
            return self._org_voiced(determiners[-1].start(), m.end())
        return None

    @functools.cached_property
    def _orgs_by_name(self) -> dict[str, EntityInfo]:
        """Each organisation of the story by its name and its short forms."""
        table: dict[str, EntityInfo] = {}
        for o in self.ents.orgs:
            for name in (o.name, *o.aliases):
                table.setdefault(name, o)
        return table

    def _org_heading_sentence_before(self, at: int) -> EntityInfo | None:
        """`The Department for Education and Skills would not comment on the concerns. A spokeswoman said: "…"`:
        the organisation the sentence before is about, for its unnamed spokesman."""
        # the sentences before `at`: the spokesman's own, and the one before it
        cuts = self._sentence_starts(max(0, at - 600), at)
        if len(cuts) < 2:
            return None
        prev, own = cuts[-2], cuts[-1]
        lead = self._past_spaces(own, at) - own
        if any(not self._in_quote(w.start()) for w in _CAPITALISED_RE.finditer(self.text, own, at)
               if w.start() > own + lead):
            return None  # (`Number two roaster Folgers has "…", a spokesman said`: his own sentence names someone)
        start = self._past_spaces(prev, own)
        head = _CONNECTIVE_THE_RE.match(self.text, start).end()  # (`But the SFA would not detail…`)
        m = self._mention_starting(head, own)
        if m is None or m.entity.kind != "org" or self._owns(m) or self.text[m.end:m.end + 1] in ("'", "’") or \
                m.start != head:
            return None  # (the organisation must open the sentence: its subject, not one it mentions)
        return m.entity

    def _initials_after(self, bracket: int) -> Mention | None:
        """The organisation named by its initials in the brackets opening at `bracket`, after a name we do not
        find as one (`the British Phonographic Industry (BPI)`)."""
        m = self._mention_starting(bracket + 1, bracket + 2)
        if m is not None and m.start == bracket + 1 and m.entity.kind == "org" and self.text[m.end:m.end + 1] == ")":
            return m
        return None

    def _person_words(self) -> frozenset[str]:
        """Every word of every person's name in the article, made once, when a description first asks."""
        if self._names is None:
            self._names = frozenset(t for e in self.ents.persons for t in e.tokens)
        return self._names

    def _published_in(self, end: int) -> EntityInfo | None:
        """`a Wednesday editorial in the Harbour Courier`: who published the piece named just before end."""
        by = _AUTHOR_BY_RE.match(self.text, end, end + 120)
        m = self._mention_starting(by.end(), by.end() + 80) if by else None
        if m is None or self._owns(m) or "\n" in self.text[by.end():m.start]:
            return None  # (`in the Harbour Courier.\n\nLena Ward…`: the next paragraph names someone else)
        return m.entity

    def _document_author(self, word: str, at: int):
        """Who wrote `the statement` (`the letter`, `the email`) a quote is attributed to: the one the story says
        issued it, in the sentence that brings it in (`the Courier said in a statement`, `Osk provided a written
        statement`, `In a statement, the former minister announced`), looked for in this paragraph and the two
        before. The entity; False when that sentence gives it no named author (`a group of river parents sent a letter`:
        nobody to guess); None when no sentence brings it in."""
        k = max(0, bisect.bisect_right(self.para_starts, at) - 1)
        floor = max(self.para_starts[max(0, k - 2)] if self.para_starts else 0, at - 2000)
        seg = self.text[floor:at]
        intro = None
        # (not `the statement`: that is how the quotes before this one were attributed, not where it came in)
        # (a piece of writing may come in under another name: `wrote a memoir` … `the book said`)
        heads = _WRITTEN_AS if word in _WRITINGS else re.escape(word)
        for intro in re.finditer(r"\b(?:an?|its|his|her|their)\s+(?:[\w’'\-]+\s+){0,3}?" + heads + r"s?\b",
                                 seg, re.I):
            pass
        # `The report by the Institute of Economic Affairs said`: a definite one, with its author after it
        for named in re.finditer(r"\bthe\s+(?:[\w’'\-]+\s+){0,3}?" + heads + r"s?(?=\s+(?:by|from)\s)", seg, re.I):
            if intro is None or named.start() > intro.start():
                by = _AUTHOR_BY_RE.match(self.text, floor + named.end(), at)
                if by and self._mention_starting(by.end(), at) is not None:
                    intro = named
        if intro is None:
            return None
        p = floor + intro.start()
        owner = self._mentions_between(p, floor + intro.end())
        if owner and not self._owns(owner[-1]):
            return owner[-1].entity  # `a Courier article`, `an Osk memo`: the author named in the phrase itself
        by = _AUTHOR_BY_RE.match(self.text, floor + intro.end(), at)
        if by:  # `A report released in May by the Harbour Board …`
            m = self._mention_starting(by.end(), at)
            # (named there, in words not known as a name: the organisation the story last named, as below)
            return m.entity if m is not None and not self._owns(m) else None
        lead = _AFTER_INTRO_RE.match(self.text, floor + intro.end(), at)
        if lead is None and _IN_BEFORE_RE.search(self.text, max(0, floor + intro.start() - 4), floor + intro.start()):
            lead = _AFTER_IN_INTRO_RE.match(self.text, floor + intro.end(), at)
        if lead:  # `In a statement on Tuesday, the former minister announced…`: the subject after it
            found = self.subject(lead.end(), min(at, lead.end() + 200))
            if found is not None and self._cue_follows(found[1], min(at, found[1] + 120)) is not None:
                return found[2] if isinstance(found[2], EntityInfo) else self.resolve(found, found[0]) or False
        cuts = [floor] + [floor + m.end() for m in _SENT_BOUNDARY.finditer(seg)]
        para = self.para_starts[bisect.bisect_right(self.para_starts, p) - 1] if self.para_starts else 0
        a = max(max(c for c in cuts if c <= p), para)
        for m in reversed(self._mentions_between(a, p)):
            gap = self.text[m.end:p]
            if _AUTHOR_GAP_RE.fullmatch(gap):
                return m.entity
        found = self.subject(a, p)
        if found is not None and isinstance(found[2], EntityInfo):
            # `The official International Business newspaper published its demands in an editorial`; not when the
            # writing itself speaks there (`The Commission should act, an independent report said`: what it said)
            if self._cue_follows(floor + intro.end(), min(at, floor + intro.end() + 60)) is None:
                return found[2]
            found = None
        if found is not None and found[2][0] in ("nominal", "described", "pronoun"):
            return self.resolve(found, found[0]) or False
        if intro.group().split(None, 1)[0].lower() not in ("a", "an"):
            return None  # `the league warned in its 2019 report`: its owner is named, in words not known as a name
        return False

    def _mentions_from(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in [lo, hi), by bisection: every lookup is local, however long the article."""
        return self.mentions[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def _mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions lying within [lo, hi]."""
        return [m for m in self._mentions_from(lo, hi) if m.end <= hi]

    def _sentence_starts(self, floor: int, end: int) -> list[int]:
        """Where the sentences from `floor` up to `end` start, in order: after each sentence boundary, and at each
        paragraph (a paragraph always ends a sentence: `…now.''` closing one has no boundary the pattern knows)."""
        cuts = [floor] + [floor + m.end() for m in _SENT_BOUNDARY.finditer(self.text[floor:end])]
        paras = self.para_starts[bisect.bisect_right(self.para_starts, floor):bisect.bisect_right(self.para_starts, end)]
        return sorted(set(cuts).union(paras)) if paras else cuts  # (in order already: sorted only to merge)

    def _subject_before(self, at: int, gender: str, depth: int = 0, head: str = "") -> EntityInfo | None:
        """The person a `he`/`she` at `at` refers to, looking back sentence by sentence (two paragraphs at a time):
        in the nearest sentence that names someone of the right gender, the speaker of a quote in it, else a
        person next to a speech verb (`…, Kellan said.`), else the first person named (the sentence's subject,
        not the people it mentions in passing)."""
        k = max(0, bisect.bisect_right(self.para_starts, at) - 1)
        floor = self.para_starts[max(0, k - 1)] if self.para_starts else 0
        floor = max(floor, at - 3000)  # a paragraph of thousands of quotes is not read again for each of them
        cuts = self._sentence_starts(floor, at)
        if cuts[-1] != at:
            cuts.append(at)
        persons = [m for m in self._mentions_from(floor, at) if m.entity.kind == "person"]
        lo, hi = bisect.bisect_left(self.spoken_at, floor), bisect.bisect_left(self.spoken_at, at)
        spoken = [(pos, ent) for pos, ent in self.spoken[lo:hi] if ent.kind == "person"]
        # `an organizer`, `one aide`: the described head brought in unnamed
        brought_in = _brought_in_unnamed(head) if head else None
        # (the nearest sentences only: 3,000 characters are 20 to 30 sentences of news, and hundreds of a text made
        # of `"Yes," he said.` over and over, each of which every `he` would read again)
        for a, b in reversed(list(zip(cuts, cuts[1:]))[-_SENTENCES_LOOKED_BACK:]):
            here = [m for m in persons if a <= m.start < b and _fits(m.entity, gender)]
            # (not the writer, whose `I` spoke there: a piece in the first person never calls its writer `she`)
            said = [ent for pos, ent in spoken if a <= pos < b and _fits(ent, gender) and ent is not self._writer]
            if said:
                return said[-1]
            pronoun = {"m": "he", "f": "she"}.get(gender)
            if _OPENS_WITH_PRONOUN[gender].match(self.text, a, b):
                # `He said getting Assad to leave…`: this sentence's subject is the same he, named earlier; for a
                # description (`…, said the world indoor champion`), a sentence about a he or she (`He then beat
                # Daniel Persson`, `His times were short of Maurice Greene's record`) is about someone named before
                continue
            if b == at and re.match(r"\s*(?:Asked|Pressed|Questioned)\b[^.!?]*,\s*$", self.text[a:b]):
                # `Asked about her vote if Osk runs, she replied`: the one asked is the pronoun itself, whoever
                # the question names
                continue
            if pronoun and not here:
                described = self._described_subject(a, b, gender)
                if described is not None:
                    # `The Tory leader was asked…. He replies`: the one the sentence's subject describes, when the
                    # story has named someone so (not the last person named before it). A role it gave no one
                    # is left to the sentences before: stopping there took many right speakers away, where the
                    # role's words differ from the title's (`The trade and industry secretary`)
                    return described
            unnamed = brought_in.search(self.text, a, b) if brought_in is not None else None
            if unnamed is not None and not self._apposed(unnamed.start()):
                return None  # `greeted by an organizer at the ferry office` … `the organizer told them`: unnamed
            spokes = _SPOKESMAN_OPENS_RE.match(self.text, a, b)
            cue = self._cue_follows(spokes.end(), b) if spokes is not None else None
            if spokes is not None and cue is None and not here and \
                    (verb := _SUBJECT_VERB_NEXT_RE.match(self.text, spokes.end(), b)) is not None and \
                    not _NOT_REACHED_RE.search(self.text, verb.end(), b):
                # `A spokesman for the Home Office defended the proposals. He said:`: any verb of his (as a
                # description's subject has, `_SUBJECT_VERB_NEXT_RE`), in a sentence
                # that names no one else he could be (`… introduced Jon Dalby as chief executive. He said:` is
                # Dalby), and one in which he spoke (not `could not be reached for comment`)
                cue = verb.end() - spokes.end()
            if cue is not None and not any(m.start < spokes.end() + cue for m in here) and not (
                    pronoun and _QUOTE_SPEAKS_OF[gender].search(self.text, spokes.end() + cue, b)):
                # `The prime minister's official spokesman said the Cabinet… But he added:`: the spokesman, whom
                # the story does not name; the organisation he speaks for, if it is one (`The Home Office
                # spokesman said…`). Not when the spokesman's own words speak of a he (`The spokesman said "He
                # is still interested."` … `He was quoted…`: the one spoken of), nor a party's spokesman, a
                # politician named before (`The Tory spokesman`)
                return self._org_voiced(spokes.start(1), spokes.end())
            closing = _SPOKESMAN_CLOSES_RE.search(self.text, a, b) if not here else None
            if closing is not None and ((org := self._org_voiced(closing.start(1), closing.end(1))) is not None
                                        or not self._heads_given & _SPOKESMEN):
                # `The London Stock Exchange has no comment, an Exchange spokesman said.` then `"…," he added`: the
                # spokesman the sentence closes on, for the organisation he speaks for, or nobody named (but `the
                # presidential spokesman added` may be the one the story named so, Marlin Fitzwater: read on)
                return org
            if self._unnamed_speaker_opens(a, b):
                # `One river delegate said he tried…`, `One veteran said Volcker deserves credit. "…," he said`:
                # the one speaking is someone the story does not name, not the one spoken of
                return None
            if here and pronoun and (b == at and self._closes_reported_clause(a, at, pronoun)
                                     or self._ends_reporting(a, b, pronoun)):
                # `The image portrayed Mr Howard as a hypnotist, he argued.`: the names are what he said; and a
                # sentence before that a `he said` closes so is his, the same he's, named further back
                continue
            if here:
                lead = self.text[a:b].lstrip()
                clause = _INTRO_RE.match(lead) if _SUBORDINATE_RE.match(lead) else None
                clause_end = b - len(lead) + clause.end() if clause else a
                # (for a description, `the tycoon said`, the main clause's `he` or `she` as for a pronoun)
                subject_pronoun = pronoun or (r"(?:he|she)" if gender == "*" else None)
                if clause and subject_pronoun and re.match(r"[\s,]*" + subject_pronoun + r"\b",
                                                           self.text[clause_end:b], re.I):
                    # `When the host asked Kellan about the vote, he gave…`: the main clause's `he` is the
                    # one the opening clause names; `Though he did not name Osk, he made it clear…`: a chain
                    if re.match(r"\w+\s+" + subject_pronoun + r"\b", lead, re.I):
                        continue
                    named = [m for m in here if m.start < clause_end and not self._owns(m)
                             and not _AFTER_PREPOSITION_RE.search(self.text, max(a, m.start - 12), m.start)]
                    if named:
                        return named[0].entity
                    if all(m.start >= clause_end for m in here):
                        # `While the mega donor did not say…, he did say he found Trump charming`: the clause
                        # names nobody, so the `he` is someone named before, and Trump is what he spoke of
                        continue
                for m in here:
                    # `It was no good Mr Blair claiming…, argued Mr Howard.`: the name after the speech verb that
                    # closes the sentence is the one speaking, whoever the words before it name
                    inverted = _INVERTED_CUE_RE.search(self.text, max(a, m.start - 40), m.start)
                    if inverted and inverted.group(1).lower() in self.cues and not self._owns(m) and \
                            _SENTENCE_REST_RE.fullmatch(self.text, m.end, b):
                        return m.entity
                described = self._described_person_opens(a, b, here[0].start)
                if described is not None:
                    # `The striker believed he was talking to Real Madrid sporting director Emilio Butragueno…`:
                    # the sentence is about someone it only describes, and the one it names is the one spoken to;
                    # who is described is the one the story gave that role, or named before, unless the story
                    # brought them in unnamed (`A U.S. banker said…` … `The banker said…`)
                    if _brought_in_unnamed(described).search(self.text, max(0, floor - 3000), a):
                        return None
                    given = self._described_subject(a, b, gender) if pronoun else None
                    if given is not None:
                        return given
                    continue
                for m in here:
                    if self._owns(m):
                        continue  # `Kellan's claim that…`: what the name owns, not the name, speaks
                    if m.start < clause_end and any(n.start >= clause_end for n in here):
                        continue  # `When Osk pointed out that…, Lena Ward seized on it`: the main clause speaks
                    if m is not here[0] and _PARTICIPLE_RE.match(self.text, m.end, b):
                        continue  # `Kellan went after Osk, calling him…`: the one calling is the subject
                    relative = _INSIDE_RELATIVE_RE.search(self.text, here[0].end, m.start) if m is not here[0] \
                        else None
                    if relative is not None:
                        # `Kellan, who mourned Tomas Brandt, said`: the verb after the clause is the one's it is of
                        of = next((n for n in here if n.end == relative.start()), None)
                        if of is not None and self._cue_follows(m.end, b):
                            return of.entity
                        continue
                    if self._cue_follows(m.end, b) or re.search(r"\b(?:said|says|told|tells)\s+(?:[A-Z][\w.]*\s+){0,3}$",
                                                              self.text[a:m.start]):
                        return m.entity
                # the first named who is not the object of a preposition (`cheered for Tomas Brandt`), nor in
                # an opening clause before the main one (`While Osk drew crowds at every harbour, …, which
                # worries Jon Dalby`)
                main = [m for m in here if m.start >= clause_end] or here
                # (nor an owner: `Wenger's counterpart Felix Magath was…`)
                # (nor one inside an aside a preposition opens: `Ireland, despite having Gordon D'Arcy still out
                # injured, have been boosted by the return of Brian O'Driscoll`)
                first = next((m for m in main if not self._owns(m) and not _AFTER_PREPOSITION_RE.search(
                    self.text, max(a, m.start - 12), m.start) and not _IN_AN_ASIDE_RE.search(
                    self.text, max(a, m.start - 60), m.start)), None)
                if first is None and b == at and not _ENDS_SENTENCE_RE.search(self.text, a, b) and all(
                        _AFTER_PREPOSITION_RE.search(self.text, max(a, m.start - 12), m.start) for m in main):
                    # `The changes proposed by Lord Dubs were "…", he said.`: the pronoun's own sentence names
                    # people only after prepositions (not owners: `Trump's manager says he is`, whose he is
                    # nearer); the he is someone the sentences before name
                    continue
                first = first or main[0]
                if len(here) > 1 and re.match(r"\s*[A-Z][a-z]*\b[^,]*,", self.text[a:b]):
                    # `In describing Tomas Brandt, Kellan saw…`: the main clause's subject, not a name in the
                    # opening phrase
                    main = self.subject(a, b)
                    if main is not None and isinstance(main[2], EntityInfo) and main[2].kind == "person" and \
                            _fits(main[2], gender):
                        return main[2]
                return first.entity
            if pronoun and _UNNAMED_PERSON[gender].match(self.text, a, b):
                # `The woman's enthusiasm for Kellan is plain:` … `she said`: the woman, unnamed (a sentence that
                # names someone of that gender has been dealt with above)
                return None
            if gender in _UNNAMED_KIN and _UNNAMED_KIN[gender].search(self.text, a, b):
                return None  # `My mother has softened, but she still says…`: someone the story does not name
        # nobody in reach: the paragraphs before are read the same way, sentence by sentence (the last woman
        # named is often the one a `she`'s sentences speak about, not the `she`), up to three times; then the
        # last person of that gender named
        if depth < 3 and floor > 0:
            return self._subject_before(floor, gender, depth + 1, head)
        for m in reversed(self._mentions_from(at - 3000, floor)):
            if m.entity.kind == "person" and _fits(m.entity, gender):
                return m.entity
        return None

    def _described_person_opens(self, a: int, b: int, named: int) -> str | None:
        """The head word when the sentence [a, b) opens with a person described, not named, as its subject (`The
        striker believed`, `The 21-year-old told`: `striker`, `21-year-old`), a few words at most, before the
        first name in it at `named`, which is not the description's own name (`The minister, Jon Osk, said`,
        `The minister of the economy, Mr. Guajardo, argues`, `The musical's director is Matthew Warchus`)."""
        opening = _THE_SUBJECT_RE.match(self.text, a, b)
        if opening is None:
            return None
        nm = self._nominal_re.match(self.text, opening.start(1), b)
        if nm is not None and _VERB_NEXT_RE.match(self.text, nm.end(), b):
            found = (nm.start(), nm.end(), ("nominal", nm.group(1).lower()))  # (`The senior official sounded`)
        else:
            found = self.subject(a, b)  # (`The 58-year-old US singer of Because the Night told`)
        if found is None or found[0] != opening.start(1) or isinstance(found[2], EntityInfo) \
                or found[2][0] not in ("nominal", "described") or found[1] > named:
            return None
        word = found[2][1]
        inner = self.text[found[0]:found[1]].split()[1:-1]  # (`Nigerian`; not `government will carry out a`)
        between = self.text[found[1]:named]
        if len(inner) > 3 or any(w.lower() in self.org_heads or w.lower() in self.cues for w in inner) \
                or not (word in self.person_heads and word not in self.org_heads or found[2][0] == "described") \
                or re.match(r"\s*[,(](?![ \t\xa0]*(?:who|whose)\b)", between) \
                or re.search(r"(?:[,(]\s*(?:[A-Z][\w.]*\s+){0,3}|\b(?:is|was|are|were)\s+)$", between):
            return None
        return word

    def _described_subject(self, a: int, b: int, gender: str) -> EntityInfo | None:
        """The person of that gender a sentence's subject describes (`The former General Motors executive says…`:
        `the`, up to five words ending in a person's role before the verb), when the story gave someone that role's
        word in the 3,000 characters before; None when the sentence opens otherwise, or nobody was given the word.
        A spokesman is left to the spokesman rule (his organisation speaks). (Only a sentence opening with a
        role's words looks back, once: the mentions are not read again for the sentences that open otherwise.)"""
        m = _THE_SUBJECT_RE.match(self.text, a, b)
        if m is None:
            return None
        phrase = _SUBJECT_WORDS_RE.match(self.text, m.end(), b)
        if phrase is None:
            return None
        heads = self.person_heads
        head = ""
        words = phrase.group().split()
        for w, nxt in zip(words, [*words[1:], ""]):
            low = w.lower()
            if low in self.cues or low in _AUXILIARIES:  # (`The report was…`)
                break  # the verb: the subject has ended (`The report said the minister…` has no role for subject)
            # the role ends the phrase, before the verb's small letters (`The former General Motors executive
            # says`: not `General`, a rank's word inside a firm's name)
            if low in heads and not nxt[:1].isupper() and nxt.lower() not in heads:
                head = low
                break
        if not head or head in self.org_heads or head.startswith("spokes"):
            return None
        given = next((r.entity for r in reversed(self._mentions_between(a - 3000, a))
                      if r.entity.kind == "person" and head in r.entity.heads and _fits(r.entity, gender)), None)
        if given is None and head not in self._heads_given:
            # `The writer was known for…. "…," he once said.`, in an obituary of the novelist: a role the story
            # gave no one, describing its subject, the one person it names far more than anyone else
            dominant = self._dominant_person
            if dominant is not None and _fits(dominant, gender):
                return dominant
        return given

    @functools.cached_property
    def _heads_given(self) -> frozenset[str]:
        """The roles the story has given someone (`Toni Munoz, the sporting director`), asked once per quote."""
        return frozenset(h for p in self.ents.persons for h in p.heads)

    @functools.cached_property
    def _dominant_person(self) -> EntityInfo | None:
        """The person the story is about: named at least four times, and three times as often as anyone else."""
        counts = sorted(((len(p.mentions), -i) for i, p in enumerate(self.ents.persons)), reverse=True)
        if not counts or counts[0][0] < 4 or len(counts) > 1 and counts[0][0] < 3 * counts[1][0]:
            return None
        return self.ents.persons[-counts[0][1]]

    def _org_subject_before(self, at: int, recent: list[Mention], opens: re.Pattern = _IT_OPENS_RE,
                            speaks: re.Pattern | None = None) -> EntityInfo | None:
        """The organisation an `it` at `at` refers to: in the nearest sentence that names one, the first named
        (its subject: `The ministry recalled that Russia backs the Red Cross … "…," it noted` is the ministry);
        one further back where that sentence opens with `it` itself, or with what `opens` matches; and, with
        `speaks`, first the one a speech verb follows (`Kestrel Inc will be sold, Halvard Corp said.`)."""
        orgs = [m for m in recent if m.entity.kind == "org"]
        for _ in range(3):  # (a sentence whose subject is `it` itself names its objects: look one further back)
            if not orgs:
                return None
            floor = orgs[-1].start
            start = max(0, floor - 600)
            # (one character past the mention: the boundary looks ahead at the capital opening the next sentence)
            cuts = [start] + [start + m.end() for m in _SENT_BOUNDARY.finditer(self.text[start:floor + 1])]
            sentence = max(c for c in cuts if c <= floor)
            earlier = [m for m in orgs if m.start < sentence]
            if not earlier or not opens.match(self.text, sentence):
                break
            # `Chrysler said… But it said there are no plans to merge Gulfstream and Electrospace. "…," it said`:
            # the `it` that opens the sentence is still Chrysler, and so is the one after it
            orgs = earlier
        speaker = next((m for m in orgs if m.start >= sentence and speaks.match(self.text, m.end)), None) \
            if speaks is not None else None
        subject = speaker or next((m for m in orgs if m.start >= sentence and not _ORG_AFTER_PREPOSITION_RE.search(
            self.text, max(sentence, m.start - 16), m.start)), orgs[-1])  # (not `In the days before … at AIPAC`)
        return subject.entity

    def _apposed(self, pos: int) -> bool:
        """A description at pos set off after a person's name (`Lena Ward, a federal judge,`): it names her."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return i >= 0 and self.mentions[i].entity.kind == "person" and \
            _COMMA_RE.fullmatch(self.text, self.mentions[i].end, pos) is not None

    def _unnamed_speaker_opens(self, a: int, b: int) -> bool:
        """The sentence [a, b) opens with someone unnamed who speaks (`One river delegate said…`, `A woman in
        the crowd told…`)."""
        pos = self._past_spaces(a, b)
        det = _UNNAMED_OPENING_RE.match(self.text, pos, b)
        if det is None:
            return False
        found = self.speaker_at(pos, b)
        if found is None:  # `One veteran debt rescheduler said…`: a description the word lists do not know
            words = list(_PLAIN_WORD_RE.finditer(self.text, det.end(), min(b, pos + 80)))[:5]
            # a speech verb of the description's own: not `announcing`, nor `hit` without its `back` (`A truck
            # hit two cars`), nor a bare form, which no one subject takes (`A 10x7in snap at Boots would cost`)
            k = next((k for k, w in enumerate(words) if k and w.group() in self.cues
                      and not w.group().endswith("ing") and w.group() + "s" not in self.cues
                      and not self._particle_missing(w.span(), b)), None)
            if k is None or any(not w.group().islower() or w.group() in _FUNCTION_WORDS for w in words[:k]) or \
                    "," in self.text[pos:words[k].start()]:
                return False  # (`One of the claims…`, `One month after announcing…`: no one described)
            found = (pos, words[k].start() - 1, None)
        elif isinstance(found[2], EntityInfo):
            return False
        cue = self._cue_follows(found[1], b)
        if cue is None:
            return False
        verb = re.search(r"[A-Za-z]+$", self.text[found[1]:found[1] + cue])
        # (`A reporter asked Sanders how he felt. He replied`: the one asked answers)
        return verb is None or self.cues.get(verb.group().lower()) not in ("ask", "question", "press")

    def subject(self, base: int, end: int) -> tuple[int, int, object] | None:
        """The sentence's subject: the first person or organisation named in [base, end) when only a title, or
        one or two opening phrases (`On Sunday,`, `In June 2009, after the vote,`), come before it. For a
        sentence that introduces a quote without a speech verb next to a name (`Kellan leaned in and boomed:`)."""
        pos = self._past_spaces(base, end)
        for _ in range(3):
            pm = _SUBJECT_PRONOUN_RE.match(self.text, pos, end)
            if pm:  # `He then defended the plan, saying, “…”`, `Years ago, he backed Osk and said, “…”`
                return pos, pos + len(pm.group(1)), ("pronoun", pm.group(1).lower())
            if _SUBJECT_I_RE.match(self.text, pos, end) and (author := self._writer) is not None:
                return pos, pos + 1, author  # `I laughed and said, “…”`, by a writer the piece names
            found = self._subject_at(pos, end)
            if found is False and _OPENING_PHRASE_RE.match(self.text, pos, end):
                intro = _INTRO_RE.match(self.text, pos, end)
                if intro is not None:  # `At Ward's direction, the board…`: what she owns opens a phrase
                    pos = intro.end()
                    continue
            if found is not None:
                return None if found is False else found
            if self.text.startswith(("The ", "the "), pos):
                # `The president noted that…, and added:`, `The delta senator wrote to supporters saying:`
                found = self.speaker_at(pos, end)
                if found is not None and isinstance(found[2], tuple) and found[2][0] in ("nominal", "described"):
                    # (a relative clause may stand between: `The 27-year-old, who captained St Helens to the
                    # Cup last year, said…`)
                    relative = _DESCRIPTION_WHO_RE.match(self.text, found[1], end)
                    after = relative.end() if relative else found[1]
                    if _VERB_NEXT_RE.match(self.text, after, end) or relative and not self.text[after:end].strip():
                        return found
                return None
            intro = _INTRO_RE.match(self.text, pos, end)
            if intro is None:
                return None
            pos = intro.end()
        return None

    def _subject_at(self, pos: int, end: int):
        """A mention opening the clause at pos (None: none there; False: the clause's subject is something the
        name owns, as in `Kellan's campaign said`)."""
        i = bisect.bisect_left(self.starts, pos)
        if i >= len(self.mentions) or self.mentions[i].start >= end:
            return None
        m = self.mentions[i]
        gap = self.text[pos:m.start]
        words = re.findall(r"[\w’'\-]+", gap)
        if _SUBORDINATE_RE.match(gap):
            return None  # `When Osk pointed out…, Lena Ward seized on it`: Osk is in the opening clause
        if len(words) > 5 or any(w.lower() in self.cues or (w[0].islower() and w.lower() in _FUNCTION_WORDS)
                                 for w in words):
            return None
        if self._owns(m):
            if _SPOKEN_THING_RE.match(self.text, m.end, end):
                return m.start, m.end, m.entity  # `Osk's response was:`: what she said is hers
            # `Kellan's campaign manager Mira Osk`: the name after the owner's title, else nobody named
            nxt = self.mentions[i + 1] if i + 1 < len(self.mentions) else None
            if nxt is not None and nxt.start < end and re.fullmatch(
                    r"['’]s\s+(?:[a-z][\w\-]*\s+|[A-Z][\w.\-]*\s+){1,5}", self.text[m.end:nxt.start]):
                return nxt.start, nxt.end, nxt.entity
            owned_end, spoke = self._owned_words_end(m, end)
            if (spoke or not self.text[owned_end:end].strip()) and self._voices_owner(m, owned_end):
                return m.start, owned_end, m.entity  # `Halvard's spokesman said:`, `Ward's office said:`
            return False
        person = self._person_the_org_qualifies(i, end)
        if person is not None:
            return person.start, person.end, person.entity
        return m.start, m.end, m.entity

    def _person_the_org_qualifies(self, i: int, end: int) -> Mention | None:
        """`Retired Army Col. Jon Dalby`, `Harbour Board spokesman Jon Dalby`: the person right after the
        organisation of mention i, which only qualifies them (one to three words of a role between), before end."""
        m = self.mentions[i]
        if m.entity.kind != "org" or i + 1 >= len(self.mentions):
            return None
        nxt = self.mentions[i + 1]
        gap = self.text[m.end:nxt.start].split()
        if nxt.start < end and nxt.entity.kind == "person" and 0 < len(gap) <= 3 and all(
                (w[0].isupper() or w.lower() in self.person_heads) and w.lower() not in _FUNCTION_WORDS
                for w in gap) and \
                not any(w.lower() in self.cues for w in gap) and not self.text[m.end:nxt.start].strip(" ").startswith(","):
            return nxt
        return None

    def _cue_positions(self, start: int, end: int):
        """The speech verbs in [start, end), in order: (start, end) of each. A paragraph's words are looked up
        once, when a quote first asks about it; each call then bisects (a quote's sentence is asked about many
        times, and most paragraphs of a wire story hold no quote and are never looked at)."""
        k = max(0, bisect.bisect_right(self.para_starts, start) - 1)
        while k < len(self.paras) and self.paras[k][0] < end:
            words = self._para_cues.get(k)
            if words is None:
                a, b = self.paras[k]
                words = self._para_cues[k] = [
                    (w.start(), w.end(), cue) for w in _WORD_RE.finditer(self.text, a, b)
                    if ((cue := w.group().lower() in self.cues) or w.group() in _GO_FORMS)
                    and not _noun_use(self.text, a, w.start())]
            for i in range(bisect.bisect_left(words, (start,)), len(words)):
                s, e, cue = words[i]
                if e > end:
                    return
                if cue:
                    yield s, e
                else:
                    # `Kellan went on, …`, `Osk went on to say`: `went` alone is a verb of everything
                    on = _GO_ON_RE.match(self.text, e, end)
                    if on:
                        yield s, on.end(1)
            k += 1

    # --- the patterns --------------------------------------------------------------------------------------
    def before(self, q: QuoteSpan, para_start: int) -> tuple[int, int, object] | None:
        sentence = sentence_before(self.text, q, para_start)
        base = q.open_at - len(sentence)
        if not sentence.strip() and q.paragraph > 0:
            # `Brandt called them on it:` closing the paragraph before, the quote opening the next one
            prev_start, prev_end = self.paras[q.paragraph - 1]
            if self.text[prev_start:prev_end].rstrip().endswith(":"):
                end = prev_start + len(self.text[prev_start:prev_end].rstrip()) - 1
                sentence = sentence_up_to(self.text, end, prev_start)
                base = end - len(sentence)
                # (a verb of naming beside another speech verb names a thing: `As Breitbart News reported, the
                # White House was refusing to call the … slaughter terrorism:`; alone it may speak: `Brandt called
                # them on it:`)
                cues = list(self._cue_positions(base, end))
                saying = [c for c in cues if self.cues.get(self.text[c[0]:c[1]].lower()) not in _NAMING_CUES]
                cues = saying or cues
                if cues:
                    cue_start, cue_end = cues[-1]
                    found = self.speaker_before(cue_start, base) or self.speaker_at(
                        self._past_spaces(cue_end, end), end)
                    if found is not None:
                        return found
                # `Kellan issued the following statement:`, `The Courier confirmed it, reporting:`: the subject
                return self.subject(base, end)
        participle = _PARTICIPLE_ALONE_RE.fullmatch(self.text, base, q.open_at)
        if participle is not None and participle.group(1).lower() in self.cues:
            # `Maher stated … that the report “wasn't good.” Adding, “Now, like with all…”`: a participle alone
            # before the quote goes on from the sentence before; its speaker speaks
            end = base
            while end > para_start and self.text[end - 1].isspace():
                end -= 1
            if end > para_start:
                earlier = sentence_up_to(self.text, end - 1, para_start)
                start = end - 1 - len(earlier)
                cues = list(self._cue_positions(start, end))
                if cues:
                    found = self.speaker_before(cues[-1][0], start)
                    if found is not None:
                        return found
                return self.subject(start, end)
        head = self.text[base:q.open_at].rstrip()
        if head.endswith(":"):
            # `Pollsters agree - Lena Ward: “…”`, `More from Ward: “…”`: a name heading the quote
            m = self._mention_ending(base + len(head) - 1, base)
            if m is not None and m.end == base + len(head) - 1 and not self._owns(m) and re.search(
                    r"(?:^|[-–—|•]|\bMore\s+from)$", self.text[base:m.start].rstrip()):
                return m.start, m.end, m.entity
        acc = None
        for acc in _ACCORDING_TO_RE.finditer(sentence):
            pass
        if acc is not None:
            found = self.speaker_at(base + acc.end(), q.open_at)
            if found:
                # `According to the Financial Times, chief operating officer Peter Chernin said that News Corp
                # is "…"`: the paper reports, the person named speaking after it speaks
                for cue_start, _cue_end in self._cue_positions(found[1], q.open_at):
                    spoke = self.speaker_before(cue_start, found[1])
                    if spoke is not None and isinstance(spoke[2], EntityInfo) and spoke[2].kind == "person":
                        return spoke
                    break
                return found
        # a speech verb in a clause set off after a noun (`the expansion, announced by the government on Friday,
        # had been decided “…”`) describes that noun: the sentence's own verb is the one that speaks
        cues = [c for c in self._cue_positions(base, q.open_at) if not _REDUCED_CLAUSE_RE.match(self.text, c[1])
                or not self.text[base:c[0]].rstrip().endswith(",")]
        # `hit` stands for `hit back` only right before the quote: `said the economy had hit a “softer patch”` is
        # said's
        cues = [c for c in cues if not self._particle_missing(c, q.open_at)
                or _ONLY_PUNCTUATION_RE.fullmatch(self.text, c[1], q.open_at)]
        # `described the action taken as revealed by the report as "…"`: a participle after `as` with its agent
        # describes a thing; the verb before it speaks
        cues = [c for i, c in enumerate(cues) if not (i and _AS_BEFORE_RE.search(self.text, c[0] - 4, c[0])
                                                      and _BY_AFTER_RE.match(self.text, c[1]))]
        # `He said Mr Blair had spoken with "such sincerity"`: a verb of speaking whose quote says how, after
        # `with`, inside what an earlier verb said, is what was said; the earlier verb's subject speaks
        cues = [c for i, c in enumerate(cues) if not (i and _WITH_RIGHT_BEFORE_RE.fullmatch(self.text, c[1], q.open_at))]
        # `Trump said, and I quote, "…"`: the writer's aside announces the words of the verb before it
        cues = [c for c in cues if not (_I_QUOTE_ASIDE_RE.search(self.text, max(base, c[0] - 12), c[0])
                                        and self.cues.get(self.text[c[0]:c[1]].lower()) == "quote"
                                        and _ONLY_PUNCTUATION_RE.fullmatch(self.text, c[1], q.open_at))]
        as_put = _AS_PUT_IT_RE.search(self.text, base, q.open_at)
        if as_put:  # `As Lena Ward, a professor at Marenburg and author of “The River,” put it, “…”`
            m = self._mention_starting(as_put.end(1), q.open_at)
            if m is not None and self._owns(m):  # `As the Courier's Lena Ward put it`: hers, not the paper's
                m = self._mention_starting(m.end + 2, q.open_at)
                m = m if m is not None and m.entity.kind == "person" and not self._owns(m) else None
            if m is not None:
                return m.start, m.end, m.entity
        issued = _ISSUED_RE.search(self.text, base, q.open_at)
        if issued:  # `Kellan issued a statement, “…”`: the one who issued it
            found = self.subject(base, issued.end())
            if found is not None:
                return found
        if not cues:
            if self.text[base:q.open_at].rstrip().endswith(":"):
                found = self.subject(base, q.open_at)  # `Republican pollster Jon Dalby: “…”`
                if found is None:
                    # `The vote does not surprise pollster Jon Dalby: “…”`: the person the colon follows
                    colon = base + len(self.text[base:q.open_at].rstrip()) - 1
                    m = self._mention_ending(colon, base)
                    if m is not None and m.end == colon and m.entity.kind == "person" and not self._owns(m):
                        found = m.start, m.end, m.entity
                return found
            return None
        cue_start, cue_end = cues[-1]
        lemma = self.cues.get(self.text[cue_start:cue_end].lower())
        for earlier_start, earlier_end in reversed(cues[:-1]):
            # `Sanders was asked by host Bill Maher, who … has previously dismissed the story, "…"`: the verbs of
            # the asker's relative clause are his; the sentence's own verb is the passive `was asked`
            earlier = self.cues.get(self.text[earlier_start:earlier_end].lower())
            if earlier in ("ask", "question", "press") and _WHO_AFTER_BY_RE.match(self.text, earlier_end, cue_start):
                cue_start, cue_end, lemma = earlier_start, earlier_end, earlier
                break
        if re.search(r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+$", self.text[base:cue_start]) and \
                (lemma in ("ask", "tell", "question", "press") or lemma in _OBJECT_CUES):
            # `Kellan was asked, “What is the…”`, `Ward was accused of “…”`: the one asked or accused does not
            # speak; the one it was done by does (`was asked by host Jon Dalby, who …, “…”`), when named right there
            by = re.match(r"[ \t\xa0]+by[ \t\xa0]+", self.text[cue_end:q.open_at])
            if by is None:
                return None
            start = cue_end + by.end()
            found = self.speaker_at(start, q.open_at)
            if found is not None and any(w.lower() in _FUNCTION_WORDS for w in self.text[start:found[0]].split()):
                return None  # `was pressed by reporters about Mira Osk`: she is what they asked about
            return found
        if self.text[cue_start:cue_end].endswith("ing") and re.search(
                r"(?:,|\bbefore|\bafter|\bwhile|\bby|\bwhen|\bin)\s*$", self.text[base:cue_start]):
            # "..., saying, “…”": the speaker is the subject of the sentence
            named = self._mentions_from(base, cue_start)
            voice = self._voice_of(named[0], cue_start) if named else None
            if voice is not None and _DETERMINER_ONLY_RE.fullmatch(self.text, base, named[0].start) and \
                    self._cue_follows(voice, cue_start) is not None:
                return named[0].start, voice, named[0].entity  # `A San Miguel spokesman said …, adding: “…”`
            if self._unnamed_speaker_opens(base, cue_start):
                return None  # `A club spokesperson denied Phillips said it, insisting: “…”`: someone unnamed
            pronoun = _PRONOUN_CUE_BEFORE_RE.search(self.text, base, cue_start)
            if pronoun is not None:
                # `Mr Blair has failed to tackle these problems, he claimed, saying he has…`: the `he` whose verb
                # the participle goes on from, not the one named in what he claimed
                return pronoun.start(1), pronoun.end(1), ("pronoun", pronoun.group(1).lower())
            if len(cues) > 1 and (cues[0][0], cues[0][1]) != (cue_start, cue_end) \
                    and not _QUOTE_MARK_RE.search(self.text, base, cues[0][0]) \
                    and not _SUBORDINATE_AFTER_RE.search(self.text, cues[0][1], cue_start) \
                    and all(_WITH_QUOTE_AFTER_RE.match(self.text, c[1]) for c in cues[1:-1]):
                # (only where no speech verb comes between but one whose quote says how: `but John Brown said it
                # was not, adding: "…"`, `…, Conlon said, adding: "…"` are theirs)
                # `He said Mr Blair had spoken with "such sincerity", adding: "…"`, `He urged O'Reilly to co-present
                # the show, adding: "…"`: the he or she of the sentence's first speech verb goes on speaking; a
                # name after that verb is in what was said (not after `when` or `as`: `He tweeted when Clinton
                # ended the debate, remarking, "…"` is hers; nor a verb in a quote: `"It explains…," he said`)
                first = self.speaker_before(cues[0][0], base)
                if first is not None and first[2] in (("pronoun", "he"), ("pronoun", "she")):
                    return first
            # (not one named after a preposition: `Small groups of protesters called for news of the shooting of
            # Keith Lamont Scott, … while chanting, "…"` is the protesters', unnamed)
            # (but `with Maria Hutchings marching up to him, saying`, `an account of Clinton telling…`: the subject of
            # the verb after the name)
            # (nor an owner, but for what speaks for them, `Ryan's campaign … telling reporters`, nor a name before
            # its people: `Hillary Clinton's right-hand woman rallied supporters, saying`, `when Sanders protesters
            # interrupted her, shouting`)
            subject = [m for m in named if m.entity.kind == "person"
                       and not (_RIGHT_AFTER_PREPOSITION_RE.search(self.text, max(base, m.start - 12), m.start)
                                and not _ING_NEXT_RE.match(self.text, m.end))
                       and not (self._owns(m) and not self._voices_owner(m, self._first_owned_word_end(m)))
                       and not _FOLLOWERS_NEXT_RE.match(self.text, m.end)]
            spoke = [m for m in subject if not self._owns(m) and self._verb_follows(m.end, cue_start)]
            if spoke:  # `Kellan left early, Brandt said, adding, “…”`: the one who said it, not the first named
                return spoke[-1].start, spoke[-1].end, spoke[-1].entity
            if subject:
                return subject[0].start, subject[0].end, subject[0].entity
            found = self.subject(base, cue_start)  # `She noted her years in the Senate, saying “…”`
            if found is not None:
                return found
            if len(cues) > 1:
                # `“…,” he said, adding the involvement should be “minimal.”`: the one the speech verb before it names
                found = self.speaker_before(cues[-2][0], base)
                if found is not None:
                    return found
        quoted = _QUOTED_AS_RE.search(self.text, base, cue_start)
        if quoted is not None:
            # `The newspaper quoted Finance Minister Jon Osk as saying: "…"`: the one quoted, not the paper
            m = self._one_quoted(quoted.end(), cue_start)
            if m is not None and _AS_SAYING_RE.fullmatch(self.text, m.end, cue_start):
                return m.start, m.end, m.entity
            unnamed = _QUOTED_UNNAMED_RE.match(self.text, quoted.end(), cue_start)
            if unnamed is not None:  # `quoted a source close to Reagan as saying`: someone unnamed, not the paper
                return unnamed.start(), unnamed.end(1), ("described", "source")
        found = self.speaker_before(cue_start, base)
        if found is not None and q.kind == "partial" and len(cues) > 1 and (
                isinstance(found[2], EntityInfo) and found[2].kind == "org"
                or found[2] == ("pronoun", "it") and lemma in _A_THINGS_CUES):
            # `Johnson said he suspected Labour was trying to reassure voters "because of…"`: words woven into
            # what a person was saying about an organisation are the person's, not the organisation's; and about
            # a thing, the `it` of a verb a thing does (`She says it underscores that Trump is "…"`: hers)
            for earlier_start, _earlier_end in reversed(cues[:-1]):
                reporter = self.speaker_before(earlier_start, base)
                who = reporter[2] if reporter is not None else None
                if isinstance(who, EntityInfo) and who.kind == "person" or who in _HE_OR_SHE:
                    return reporter
        if found is None and _place_before(self.text, cue_start):
            return None  # `And Australia said it was "…"`: a country speaks, nobody the story names (not its `it`)
        if found is None and lemma != "tell" and lemma not in _OBJECT_CUES:
            # "said Kellan:" — but after "told" comes who was told, never the speaker, and a pronoun after
            # `called` or `described` is what is named (`called it "a fiasco"`)
            after = re.match(r"\s*", self.text[cue_end:q.open_at])
            found = self.speaker_at(cue_end + after.end(), q.open_at)
            if found is not None and not isinstance(found[2], EntityInfo) and found[2][0] == "pronoun" and \
                    lemma in _NAMING_CUES:
                found = None
            elif found is not None and found[2] in _THINGS_AFTER_A_PARTICIPLE and \
                    self.text[cue_start:cue_end].endswith("ing"):
                # `Mr Boateng laughed off suggestions…, saying it was "one of the safest Labour seats"`: what he
                # spoke of; the sentence's subject speaks (and a firm's `it`, `…, saying it expected "…"`, is
                # the firm the sentence opens with); a participle with a subject of its own has that one speak
                # (`with the firm saying it expected…`, `with Lena Ward saying…`; `with many saying…`: no one)
                own = _WITH_SUBJECT_BEFORE_RE.search(self.text, max(base, cue_start - 60), cue_start)
                found = self.speaker_at(own.start(1), cue_start) if own else self.subject(base, cue_start)
        if found is None and len(cues) > 1 and not self.text[cues[-2][0]:cues[-2][1]].endswith("ing") and (
                _AND_BEFORE_RE.search(self.text, max(base, cue_start - 12), cue_start)
                or q.kind == "partial" and all(_POSSESSIVE_BEFORE_RE.search(self.text, max(0, m.start - 8), m.start)
                                               for m in self._mentions_between(cues[-2][1], cue_start))):
            # the one who spoke with the speech verb before the last, a person (or `he`, a description), when the
            # last is joined to it by `and` (`US Customs claimed he led it but his lawyer, Antony Townsden, told
            # the BBC it was laughable and added: "…"`), or words are woven in after the last, inside what the
            # one before reports, with no one else named between them (`Gordon Brown said the meeting would be
            # remembered as "the debt relief summit"`; not `Osk said Kellan had called it "a fantasy"`: Kellan's; a
            # name after `its` is a thing owned, no one: `declined to price its Dome Mines shares, but said…`);
            # not after a participle, whose mention before it is its object (`praised Trump, stating`); and an
            # organisation there is no closer a subject than the sentence's own
            # (past a verb inside what was reported: `the prime minister said he had discussed these claims with
            # the chancellor and dismissed them as "…"`)
            earlier = next((e for c in reversed(cues[:-1]) if (e := self.speaker_before(c[0], base)) is not None),
                           None)
            if earlier is not None and (not isinstance(earlier[2], EntityInfo) or earlier[2].kind == "person"):
                found = earlier
        if found is None and (lemma in _OBJECT_CUES or re.search(r"[,:]\s*$", self.text[base:q.open_at])
                              or _JOINED_VERB_BEFORE_RE.search(self.text, max(base, cue_start - 8), cue_start)
                              and not _CLAUSE_OPENER_RE.search(self.text, base, cue_start)) \
                and not self._unnamed_say(cue_start, cue_end):
            # `Hayek confirmed she had been and said, “…”`: the verb's subject opens the sentence (and without the
            # comma where the verb is joined to the sentence's own: `Lawson reiterated the aim, but added "…"`; not
            # to a clause's inside it: `Capra was the butt of a gaffe when the host … declared "…"`)
            found = self.subject(base, cue_start)
        return found

    def _one_quoted(self, start: int, limit: int) -> Mention | None:
        """The one a paper quotes, named right after `quoted ` at start, titles allowed before the name (`quoted
        Finance Minister Jon Osk`; not `quoted a source close to Reagan`, whose name only describes someone)."""
        m = self._mention_starting(start, limit)
        if m is None or any(w.lower() in _FUNCTION_WORDS or w.lower() in ("a", "an", "one")
                            for w in self.text[start:m.start].split()):
            return None
        # (`quoted Qantas chief executive Geoff Dixon as saying`: the person his firm qualifies)
        return self._person_the_org_qualifies(bisect.bisect_left(self.starts, m.start), limit) or m

    def _platform_speaks(self, platform: EntityInfo, mention: tuple[int, int] | None) -> bool:
        """The platform itself is named as the one speaking: a speech verb after its name or its spokesman's
        (`Twitter said`, `a Twitter spokesman said`), or right before it (`said Twitter`)."""
        if mention is None:
            return False
        m = self._mention_starting(mention[0], mention[1])
        if m is None or m.entity is not platform or m.start != mention[0]:
            return False  # a pronoun or a description that led to it
        if _PLATFORM_THING_RE.match(self.text, m.end):
            return False  # `a Twitter post by Erik Malinowski that read`, `a Facebook page`: its user's words
        end = self._voice_of(m, m.end + 80) or m.end
        if self._cue_follows(end, end + 80) is not None:
            return True
        before = re.search(r"\b([a-z]+)[ \t\xa0]+(?:the[ \t\xa0]+)?$", self.text[max(0, m.start - 30):m.start])
        return before is not None and before.group(1) in self.cues

    def _voice_of(self, m: Mention, limit: int) -> int | None:
        """Where the spokesman or the document named right after an organisation's mention ends (`the Fifa
        spokesman`, `a Home Office press statement`, `the Treasury brief`), or None; not after what a name owns
        (`Osk's spokesman`)."""
        if m.entity.kind != "org" or self._owns(m):
            return None
        voice = _ORG_VOICE_AFTER_RE.match(self.text, m.end, limit)
        return voice.end() if voice is not None else None

    def _of_the_org(self, person: Mention, org: Mention) -> bool:
        """The person is named as one of the organisation right after (`Ivo Brandt of Halvard Brothers`, `Norton
        Strommen, chief meteorologist at USDA` with the appositive's comma left unclosed): the person speaks."""
        # (not one spoken of: `Asked about Tomas Brandt, a spokesman for Halvard Ltd said`; nor a spokesman's or
        # an official's role: the organisation speaks there)
        return person.entity.kind == "person" and (
            _OF_BETWEEN_RE.fullmatch(self.text, person.end, org.start)
            or _ROLE_AT_RE.fullmatch(self.text, person.end, org.start)) is not None and \
            not _AFTER_PREPOSITION_RE.search(self.text, max(0, person.start - 12), person.start)

    def _particle_missing(self, cue: tuple[int, int], end: int) -> bool:
        """A verb that is a speech verb only with its particle (`hit back`, `shot back`), here without it before
        `end` (`hit back, “…”` and `hit out at the plan: “…”` have it; `hit two cars` has not)."""
        word = self.text[cue[0]:cue[1]].lower()
        lemma = self.cues.get(word, "")
        if " " in word or " " not in lemma:  # (`went on` is the verb and its particle already)
            return False
        particle = lemma.split(None, 1)[1]
        return re.match(r"\s+" + re.escape(particle) + r"\b", self.text[cue[1]:end]) is None

    def _mentions_in_phrase(self, pos: int, limit: int) -> list[Mention]:
        """Mentions in the name-like phrase starting at pos (`Senate minority leader Harry Reid`), up to the
        first comma, sentence end, quote mark or speech verb."""
        stop = _PHRASE_STOP_RE.search(self.text, pos, limit)
        while stop is not None and stop.group() == "(" and \
                (initials := _INITIALS_AFTER_RE.match(self.text, stop.start(), limit)) is not None:
            stop = _PHRASE_STOP_RE.search(self.text, initials.end(), limit)  # (`Halvard Ltd (HL) chairman`)
        end = stop.start() if stop else limit
        for w in re.finditer(r"[A-Za-z]+", self.text[pos:end]):
            if w.group() in self.cues and not (_noun_use(self.text, pos, pos + w.start())
                                               or self.text[pos:pos + w.start()].endswith(("of ", "of\xa0"))):
                end = pos + w.start()  # a speech verb ends the phrase; `secretary of state`, `the report` do not
                break
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.mentions) and self.mentions[i].start < end and \
                (relative := _RELATIVE_RE.search(self.text, self.mentions[i].end, end)) is not None:
            end = relative.start()  # `said Clapton who joined Guy and King`: the name before the clause
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            found.append(self.mentions[i])
            if len(self.mentions[i].entity.tokens) > 1 and _STOP_AFTER_NAME_RE.match(self.text,
                                                                                  self.mentions[i].end):
                # `said Aston's chief executive Ulrich Bez. Aston - whose…`: the stop after a full name ends the
                # sentence
                # (not `said Del. Stacey Plaskett`, a title's stop after a word taken for a name)
                break
            i += 1
        return found

    def _cue_follows(self, pos: int, limit: int, org_at: int | None = None) -> int | None:
        """Where the speech verb ends (from pos) when one follows the name at pos, past an appositive and
        adverbs. Each speech verb in reach is tried in turn: one regex taking the longest appositive would
        swallow the verb (`Osk, a former pilot, told the Courier, when…`, `Kellan barked and a guard…`). `org_at`:
        where the name starts when it is an organisation's, which may be followed by where it is."""
        for cue_start, cue_end in self._cue_positions(pos, limit):
            gap = self.text[pos:cue_start]
            if _GAP_RE.fullmatch(gap) or _VERB_PHRASE_RE.fullmatch(gap) or _OWN_STATEMENT_GAP_RE.fullmatch(gap) \
                    or org_at is not None and self._works_in_place(org_at, gap):
                return cue_end - pos
        return None

    def _verb_follows(self, pos: int, limit: int) -> bool:
        """A speech verb in an inflected form after the name (`Brandt said`), not a noun that is also a verb's
        bare form (`a Kellan comment`, `Osk remark`)."""
        cue = self._cue_follows(pos, limit)
        if cue is None:
            return False
        word = re.search(r"[A-Za-z]+$", self.text[pos:pos + cue]).group().lower()
        return self.cues.get(word) != word

    def _attribution_at(self, pos: int, limit: int) -> tuple[tuple[int, int, object] | None, int | None]:
        """The attribution clause starting at pos (`said Kellan`, `Kellan said`, `according to Osk`): the speaker
        phrase found, and where its speech verb ends."""
        found = None
        cue_end = None
        word = re.match(r"[A-Za-z]+", self.text[pos:limit])
        if word and self._participle_at(pos, limit):
            return None, None  # `…," adding it would…`: who comes after a participle is no speaker (see after)
        if word and word.group().lower() in self.cues and not (word.group()[0].isupper() and self._named_at(pos)):
            rest = re.match(r"\s*" + _ADVERB, self.text[pos + word.end():limit])
            start = pos + word.end() + rest.end()
            if (again := _SAME_WORD_AGAIN_RE.match(self.text, start, limit)) and again.group(1) == word.group():
                start = again.end()  # `said said Beth Reiners`: a wire's slip, the verb typed twice
            phrase = self._mentions_in_phrase(start, limit)
            persons = [m for m in phrase if m.entity.kind == "person"]
            named = re.match(r"[^,.;:!?\n“”\"]{1,60},\s*", self.text[start:limit])
            late = self._mention_starting(start + named.end(), limit) \
                if named and not any(m.entity.kind == "person" for m in phrase) else None
            if late is not None and re.match(r"\s*(?:[,.;]|$)", self.text[late.end:limit]):
                found = (late.start, late.end, late.entity)  # `said another Twitter user, Johanna Bayer.`
            elif phrase and (piece := _A_WRITING_RE.match(self.text, start, limit)) is not None \
                    and (paper := self._published_in(piece.end())) is not None:
                # `reads a Wednesday editorial in the Harbour Courier`: the paper that ran it
                m = next(m for m in phrase if m.start >= piece.end())
                found = (m.start, m.end, paper)
            elif phrase and self.text[start:start + 8].split(" ", 1)[0].lower() in _INDEFINITE and not (
                    persons and _CLAUSE_END_RE.match(self.text, persons[-1].end, limit)
                    and _DESCRIBED_NAME_RE.fullmatch(self.text, start, persons[-1].start)):
                # `said a Valdorian Foreign Ministry official`: the names only describe someone unnamed (but `said
                # a proud coach Mike Ruddock.` names him: his name closes the clause, after a description of him,
                # where `reads a telephone memo for Mr Heath.` names the one it was for)
                end = re.match(r"[^,.;:!?\n“”\"]*", self.text[start:limit]).end()
                found = (start, start + len(self.text[start:start + end].rstrip()), ("nominal", "someone"))
            elif phrase and not persons and _THE_RE.fullmatch(self.text, start, phrase[0].start) \
                    and self._role_follows(phrase[0].end, limit):
                found = self.speaker_at(start, limit)  # `said the Spurs sporting director`: a description
            elif phrase:
                m = (persons or phrase)[-1]
                found = (m.start, m.end, m.entity)
                if self._owns(m) and m is phrase[-1]:
                    # `exhorted Kellan's introducer, actress Lena Ward`: the one the owner's word names, if any
                    found = self.speaker_at(start, limit)
            else:
                found = self.speaker_at(start, limit)
            cue_end = pos + word.end()
        elif (acc := _ACCORDING_TO_RE.match(self.text, pos, limit)) is not None:
            found = self.speaker_at(acc.end(), limit)
            return found, None
        else:
            opening = re.match(r"[a-z]+\b", self.text[pos:limit])
            if opening and opening.group() in _FUNCTION_WORDS and opening.group() != "and":
                phrase = []  # `for Kellan, said Osk`, `that Osk can catch Kellan, said…`: not the subject
            else:
                phrase = self._mentions_in_phrase(pos, limit)
            pronoun_opens = _PRONOUN_OPENS_RE.match(self.text, pos) is not None  # (`He ended his response…`)
            for k, m in enumerate(phrase):
                if pronoun_opens and _OBJECT_PREPOSITION_RE.search(self.text, max(pos, m.start - 16), m.start):
                    # `He ended his response with a challenge to Labour, saying`: what he spoke to (but `the
                    # report by Enskilda`, `the letter from Qwest` name their authors)
                    continue
                cue = self._cue_follows(m.end, limit, org_at=m.start if m.entity.kind == "org" else None)
                if cue:
                    found, cue_end = (m.start, m.end, m.entity), m.end + cue
                    if k and m.entity.kind == "org" and self._of_the_org(phrase[k - 1], m):
                        found = (phrase[k - 1].start, phrase[k - 1].end, phrase[k - 1].entity)
                    elif m.entity.kind == "org" and (comma := _COMMA_RE.match(self.text, m.end)) is not None \
                            and (named := self._mention_starting(comma.end(), limit)) is not None \
                            and named.end < cue_end and self._its_role_or_nothing(comma.end(), named.start) \
                            and _COMMA_RE.match(self.text, named.end):
                        # `the president of the West German Federation of Banks, Hanns Christian Schroeder-Hohenwarth,
                        # said`, `the board, its chairman Jon Dalby, said`: the one named in apposition after the
                        # body speaks, not the body (not `the board, Jon Dalby's deputy,`, nor `which Dalby heads,`)
                        found = (named.start, named.end, named.entity)
                    break
                voice = self._voice_of(m, limit)
                if voice is not None and (cue := self._cue_follows(voice, limit)):
                    # `the Fifa spokesman said`, `a Home Office spokesman said`: the organisation speaks; but `the
                    # Vatican spokesman, Federico Lombardi, told` names him
                    named = self._appositive_name(voice, limit)
                    found, cue_end = named or (m.start, voice, m.entity), voice + cue
                    break
                if m.entity.kind == "person" and (cue := self._role_left_open(m.end, limit)) is not None:
                    found, cue_end = (m.start, m.end, m.entity), cue
                    break
            if found is None:
                cand = self.speaker_at(pos, limit)
                if cand is not None:
                    cue = self._cue_follows(cand[1], limit)
                    if cue:
                        found, cue_end = cand, cand[1] + cue
        return found, cue_end

    def _its_role_or_nothing(self, start: int, end: int) -> bool:
        """Nothing, or the body's role for someone, stands between start and a name at end (`its chairman `; not
        `which hired `, `owned by `)."""
        if start == end:
            return True
        role = _ITS_ROLE_RE.fullmatch(self.text, start, end)
        return role is not None and role.group(1) in self.person_heads

    def _role_left_open(self, pos: int, limit: int) -> int | None:
        """Where the speech verb ends when the name at pos is followed by its role, the comma before the role not
        closed after it, and the verb closes the sentence (`Peter Dobrow, a T-Mobile spokesperson said.`, `John
        Houlihan, editor of Gamesworld told BBC News.`; or no comma at all, after a title's word: `Dr Mike Watts
        head of exploration said.`). None otherwise."""
        comma = _COMMA_RE.match(self.text, pos, limit)
        start = comma.end() if comma is not None else pos
        end = _SENTENCE_STOP_RE.search(self.text, start, limit)
        if end is None:
            return None
        words = list(_PLAIN_WORD_RE.finditer(self.text, start, end.start()))
        if not words or comma is None and words[0].group() not in self.person_heads and not (
                words[0].group() == "head" and len(words) > 1 and words[1].group() == "of"):
            return None  # (`head` alone is no title; `head of exploration` is a post)
        for k, w in enumerate(words[:12]):
            if k and w.group() in self.cues and not w.group().endswith("ing"):
                if len(words) - k - 1 > 5 and words[k + 1].group() not in _ADVERBIAL_OPENERS \
                        or words[k - 1].group() in _FUNCTION_WORDS:
                    # (`, a pilot told the crew that the harbour…`: what was said goes on; not how or when it was
                    # said, `… chief executive officer said as the reason for building the plant.`)
                    return None
                if any(m.entity.kind == "person" and not _ROLE_AT_A_FIRM_RE.search(self.text, start, m.start)
                       for m in self._mentions_between(start, w.start())):
                    # (`Tomas Kellan chief of staff Lena Ward said`: the one named last speaks; but not a name after
                    # `of` or `at`, whose firm the role is at, even taken for a person: `analyst for Prudential Bache`,
                    # `economist at securities house Barclays de Zoete Wedd`)
                    return None
                return w.end()
            if w.group() in ("who", "which", "whose", "that"):
                return None
        return None

    def _participle_at(self, pos: int, limit: int) -> bool:
        """A speech verb's participle at pos going on with the sentence (`…," adding it would…`, `…," warning
        Kellan that…`), not a word of a name before its own verb (`…," ruling party deputy Raul Baglini said`)."""
        word = _PARTICIPLE_WORD_RE.match(self.text, pos, limit)
        return word is not None and word.group().lower() in self.cues and \
            not _CLAUSE_CUE_RE.match(self.text, word.end(), limit)

    def after(self, q: QuoteSpan, para_end: int) -> tuple[int, int, object] | None:
        limit = min(para_end, q.close_at + 200)
        dash = re.match(r"[ \t\xa0]*[―—–~][ \t\xa0]*", self.text[q.close_at:limit])
        if dash:
            # “…” ― Pamela Padilla: a quote signed with a name, the way readers' comments and epigraphs are
            pos = q.close_at + dash.end()
            m = self._mention_starting(pos, limit)
            if m is not None and re.fullmatch(r"(?:[A-Z][\w.’'\-]*\s+){0,4}", self.text[pos:m.start]) and \
                    re.match(r"[ \t\xa0]*(?:[,(;]|\.?[ \t\xa0]*$)", self.text[m.end:limit]):
                return m.start, m.end, m.entity
        lead = re.match(r"[\s,;—–\-'’\"”]*", self.text[q.close_at:limit])
        pos = q.close_at + lead.end()
        content = self.text[q.start:q.end].rstrip()
        finished = content.endswith(".") and q.close_at != q.end
        if self._participle_at(pos, limit):
            # `Ms Khan dubbed herself a "hope-monger", saying she was…`: the sentence's subject goes on speaking
            para_start = self.paras[q.paragraph][0]
            sentence = sentence_before(self.text, q, para_start)
            return self.before(q, para_start) or self.subject(q.open_at - len(sentence), q.open_at)
        found, cue_end = self._attribution_at(pos, limit)
        if found is None and not ends_with_mark(content, ".!?;:"):
            # `“…jail time” for criminal behavior, she said`: a few of the writer's words, then the attribution
            run_on = re.match(r"[^.!?\n“”\"]{1,80}?,\s*", self.text[pos:limit])
            if run_on:
                found, cue_end = self._attribution_at(pos + run_on.end(), limit)
                first = self._mention_starting(pos, pos + 1)
                if found is not None and isinstance(found[2], EntityInfo) and found[2].kind == "org" and \
                        first is not None and self._of_the_org(first, Mention(found[0], found[1], found[2])):
                    found = (first.start, first.end, first.entity)
        if cue_end is None and found is not None:
            return found  # `according to …`
        if found is None and (quoting := _QUOTED_AFTER_RE.match(self.text, pos, limit)) is not None:
            # `"…," AP quoted prosecutor Russell McGuire as saying`: the one quoted, by a paper or agency we do
            # not know as an organisation
            m = self._one_quoted(quoting.end(), limit)
            if m is not None and _AS_SAYING_AFTER_RE.match(self.text, m.end, limit):
                return m.start, m.end, m.entity
        if found is not None and _QUOTED_WORD_RE.search(self.text, pos, cue_end):
            # `"…", the paper quoted Mr Chernin as saying`: the one quoted, not the paper
            m = self._one_quoted(cue_end + 1, limit)
            if m is not None and _AS_SAYING_AFTER_RE.match(self.text, m.end, limit):
                return m.start, m.end, m.entity
            him = _HIM_OR_HER_AS_SAYING_RE.match(self.text, cue_end, limit)
            if him is not None:
                # `"…," the Al-Anbaa newspaper quoted him as saying`: the one the pronoun stands for, not the paper
                return him.start(1), him.end(1), ("pronoun", "he" if him.group(1) == "him" else "she")
        if found is not None and _COLON_NEXT_RE.match(self.text, cue_end, limit):
            return None  # `“…” Lena Ward posted: “…”`: the colon announces her own quote, the next one
        if found is not None and finished:
            # after a finished quoted sentence, only a short attribution clause ending the sentence counts
            tail = re.match(r"[^.!?\n]*", self.text[cue_end:limit]).group()
            if found[0] >= cue_end and self.text[pos:pos + 1].islower() and \
                    re.match(r"[ \t\xa0]*(?:,|$)", self.text[found[1]:cue_end + len(tail)]):
                # `“…” said Steve Little, parent of a student.`: the name after the verb, then its appositive (a
                # verb in small letters: `Asked Jon Dalby, the minister, to reply` opens a sentence of its own)
                return found
            if len(tail.split()) > 6 or re.search(r"\bthat\b", tail):
                return None
        return found

    def _announced(self, q: QuoteSpan, para_start: int) -> tuple[int, int, object] | None:
        """`Lena Ward agreed. "The harbour towns are running out of time."`: a quote opening a sentence
        right after a short one in which someone speaks (a speech verb and at most three words after it); or
        after one whose subject, at its head, says something in reported speech (`He said on Friday he hoped to
        lead the party. "I think that is time enough."`): the subject speaks on, in his own words."""
        if self.text[para_start:q.open_at].strip() == "" or sentence_before(self.text, q, para_start).strip():
            return None
        ended = self._sentence_ending_at(q.open_at, para_start)
        if ended is None:
            return None
        base, end, sentence = ended
        length = len(sentence.split())
        if length > 40 or any(c in "“”\"«»" and not self._in_scare(base + i) for i, c in enumerate(sentence)):
            return None  # (someone's words quoted in it are theirs; a scare quote's marks are only a term's)
        short = length <= 24
        opening = _OPENING_CLAUSE_RE.match(self.text, base, end)
        opens_at = _BEFORE_FIRST_WORD_RE.match(self.text, base, end).end()  # (where its first word starts)
        for cue_start, cue_end in self._cue_positions(base, end - 1):
            if opening is not None and cue_start == opens_at:
                # `Writing in the Guardian newspaper, Mr Brown outlined his view… "As our manifesto…"`: the one the
                # main clause after a speech verb's opening phrase names speaks
                named = self._mention_starting(opening.end(), end)
                if named is not None and named.entity.kind == "person" and not self._owns(named) and (
                        named.start == opening.end() or self._role_before(opening.end(), named.start)):
                    return named.start, named.end, named.entity  # (not `…, Jon Dalby's widow wept.`)
                continue
            if _COMMA_BEFORE_RE.search(self.text, max(base, cue_start - 3), cue_start) and \
                    self.cues.get(self.text[cue_start:cue_end].lower(), "") not in _TO_SOMEONE_CUES \
                    and not any(
                    m.entity.kind == "person"
                    for m in self._mentions_between(base, cue_start)):
                # `Some 80 pct of shares are held by companies, said Keikichi Honda, general manager of the
                # bank's research division. "…"`: the one named after a speech verb that closes the sentence
                # (not after someone named before it, whose role's comma that may be: `"…," Jon Dalby, the
                # governor, said`; nor after `told`, `asked` or `urged`, whose name is the one spoken to: `the
                # harbour operator, told Jon Dalby.`)
                named = self._mention_starting(cue_end + 1, end)
                if named is not None and _NAME_CLOSES_RE.fullmatch(  # (the dot of `Halvard Ltd.` ends both)
                        self.text, named.end - (self.text[named.end - 1] == "."), end):
                    return named.start, named.end, named.entity
            tail = self.text[cue_end:end - 1].split()
            if not tail and (named := self.speaker_before(cue_start, base)) is not None and \
                    _COMMA_BEFORE_RE.search(self.text, max(base, named[0] - 3), named[0]):
                # `Instead, aspects of the computer were integrated into the IBM 9370…, Martin said. "…"`: the one
                # named after a comma before the speech verb that closes the sentence, however long it is
                return named
            if len(tail) > 3 or "that" in tail or not short:
                found = self.speaker_before(cue_start, base)
                # the speaker heads the sentence (`Mr Howard described…`, `But Mr Herren says there are…`,
                # `Matthew Herren from EduVision told the BBC how…`: a connective and an honorific may stand
                # before the mention, an organisation the person is of after it)
                if found is not None and self._heads_sentence(base, found[0]):
                    return found
                head = self._heads_with_who(base, cue_start)
                if head is not None:
                    return head
                continue
            return self.speaker_before(cue_start, base)
        acc = _ACCORDING_TO_RE.search(self.text, base, end)
        if acc is not None and (named := self._mention_starting(acc.end(), end)) is not None \
                and named.entity.kind == "person" and _CLAUSE_BREAK_AFTER_RE.match(self.text, named.end) \
                and (named.start == acc.end() or _HONORIFIC_GAP_RE.fullmatch(self.text, acc.end(), named.start)
                     or self._role_before(acc.end(), named.start)) \
                and not ((comma := _COMMA_RE.match(self.text, named.end)) is not None
                         and (subject := self._mention_starting(comma.end(), end)) is not None
                         and subject.entity.kind == "person"):
            # `The problem, according to Mr Lane, is not Iraq but Mr Blair himself. "I have a new slogan."`: the
            # one the sentence's words are given to speaks on
            return named.start, named.end, named.entity
        named = next(iter(self._mentions_from(base, end)), None)
        if named is not None and named.entity.kind == "person" and _APPOSED_NAME_OPENS_RE.fullmatch(
                self.text, base, named.start) and _COMMA_RE.match(self.text, named.end) \
                and not _THIRD_PERSON_OPENS_RE.match(self.text, q.start):
            # `His friend, Saxon Spence, leader of Devon county Labour group, lays the blame… "…"`: one brought in
            # by a description and set off after it speaks next (a word of the name the mention left out may
            # stand before it: `Saxon`, a people's word)
            return named.start, named.end, named.entity
        return None

    def _sentence_ending_at(self, pos: int, floor: int) -> tuple[int, int, str] | None:
        """The sentence that ends with a full stop right before pos (spaces aside), not before floor: where it
        starts, where its stop is plus one, and its words without the stop; None when no stop ends one there."""
        end = pos
        while end > floor and self.text[end - 1].isspace():
            end -= 1
        if self.text[end - 1:end] != ".":
            return None
        sentence = sentence_up_to(self.text, end - 1, floor)
        return end - 1 - len(sentence), end, sentence

    def _reported_before(self, q: QuoteSpan, para_start: int) -> tuple[int, int, object] | None:
        """`Accounts will be kept at each bank, Hu said.` and then a paragraph that is only a quote: the one the
        paragraph before ends by reporting speaks on, in his own words (a person, or `he`/`she`; not where that
        sentence quotes anyone itself)."""
        if q.paragraph == 0 or self.text[para_start:q.open_at].strip() \
                or self._cue_follows(q.close_at, min(len(self.text), q.close_at + 40)) is not None:
            return None  # (`"How big is that wall?" asked the boy`: an attribution of its own)
        prev_start, prev_end = self.paras[q.paragraph - 1]
        ended = self._sentence_ending_at(prev_end, prev_start)
        if ended is None or self.text[prev_start:prev_start + 1] in "-–—":
            return None  # (`- Foreign Minister Arvid Kellan, speaking after the vote.`: a signature, its own quote's)
        base, end, sentence = ended
        if len(sentence.split()) > 50 or any(c in "“”\"«»" for c in sentence):
            return None
        # (the last speech verb first, `…, Hu said.`; then one before it, where the last is inside what was
        # reported: `Ian Harris, deputy editor of Mac Format, said the machine would appeal to…`; not across a
        # clause's break, `Lena Ward said the ferry would fail, but passengers argued otherwise.`)
        later = None
        for cue_start, cue_end in reversed(list(self._cue_positions(base, end - 1))):
            if later is not None and self._new_subject_between(cue_end, later):
                return None
            later = cue_start
            if self.text[cue_start:cue_end].endswith("ing"):
                if _PROGRESSIVE_BEFORE_RE.search(self.text, max(base, cue_start - 8), cue_start):
                    continue  # (`Carter said that critics had been predicting…`: a verb inside what he reported)
                return None
            found = self.speaker_before(cue_start, base)
            if found is None:
                found = self.speaker_at(self._past_spaces(cue_end, end - 1), end - 1)  # `…, said Hu.`
            if found is None or not (self._heads_sentence(base, found[0])
                                     or found[0] >= cue_end and not self.text[cue_end:found[0]].strip()
                                     or found[1] <= cue_start and not self.text[found[1]:cue_start].strip(" ,")) \
                    or re.search(r"\bthat\b", self.text[base:min(found[0], cue_start)]):
                continue  # (the speaker heads the sentence or stands at its speech verb, not a name inside what
                # is reported: `the suit claims that Gowdy made statements…`)
            what = found[2]
            if isinstance(what, EntityInfo):
                return found if what.kind == "person" else None
            return found if what in _HE_OR_SHE else None
        return None

    def _new_subject_between(self, start: int, verb: int) -> bool:
        """After a clause's break between `start` and the speech verb at `verb`, the verb has a subject of its own
        (`…, but most passengers argued`, `; her opponents have argued`), not the first verb's (`…, but reiterated
        his belief`) nor one inside what is reported (`…, but it is vital that ministers maintain…`)."""
        breaks = list(_CLAUSE_BREAK_RE.finditer(self.text, start, verb))
        if not breaks:
            return False
        subject = self.text[breaks[-1].end():verb]
        return bool(subject.strip()) and _REPORTED_OPENS_RE.search(subject) is None

    def _closes_reported_clause(self, start: int, at: int, pronoun: str) -> bool:
        """The `he` or `she` at `at` closes its sentence with a speech verb after a comma (`…, he argued.`,
        `…, she said on Monday.`): what comes before it, from `start`, is what was said, and a name in it is no
        referent. Not after an opening clause (`When Kellan arrived, he said.`: the clause names him)."""
        lead = self.text[start:at].lstrip()
        if not _COMMA_BEFORE_RE.search(lead) or _SUBORDINATE_RE.match(lead):
            return False
        tail = _TRAILING_CUE_RE.match(self.text, at) or _CUE_THEN_PARTICIPLE_RE.match(self.text, at)
        return tail is not None and tail.group(1).lower() == pronoun and tail.group(2).lower() in self.cues

    def _resolved_from(self, q: QuoteSpan, found: tuple[int, int, object], para_start: int) -> int:
        """Where the speaker found is looked for back from: the quote's opening, or the attribution where it
        comes first; but the `he` or `she` closing the sentence that a partial quote is woven into, when what
        comes before it is what was said (`Mr Blair has "the same passion" as in 1997, he said.`: Blair is what
        he spoke of, not him; see `_closes_reported_clause`)."""
        what = found[2]
        if isinstance(what, tuple) and self._closes_reported_clause(
                q.open_at - len(sentence_before(self.text, q, para_start)), found[0], what[1]):
            return found[0]
        return min(found[0], q.open_at)

    def _ends_reporting(self, start: int, end: int, pronoun: str) -> bool:
        """The sentence from `start` to `end` closes with the pronoun's speech verb after a comma, and the names
        before it are what was said: none heads the sentence (`Besides Baker's statements, the dollar fell, he
        said.`), or the words about the one heading it are quoted (`Mr Blair has "the same passion" as in 1997, he
        said.`). One who heads the sentence otherwise is the one who said it, in the third person (`In
        Louisville, Ms. Nwanguma was shocked by the crowd, she said.`)."""
        last = None
        for last in _COMMA_PRONOUN_RE[pronoun].finditer(self.text, max(start, end - 80), end):
            pass
        if last is None or not self._closes_reported_clause(start, last.start(1), pronoun):
            return False
        lead = self._past_spaces(start, last.start())
        i = bisect.bisect_left(self._quoted, (start,))
        return i < len(self._quoted) and self._quoted[i][1] <= last.start() or not any(
            m.entity.kind == "person" and self._heads_sentence(lead, m.start)
            for m in self._mentions_between(start, last.start()))

    def _heads_with_who(self, start: int, cue_start: int) -> tuple[int, int, object] | None:
        """The person heading the sentence from start, a `who` clause after the name that the writer did not
        close before the speech verb (`Ms Robinson, who presents The Weakest Link tells Cockerell that…`)."""
        opening = _SENTENCE_OPENING_RE.match(self.text, start)
        m = self._mention_starting(opening.end(), cue_start)
        if m is None or m.entity.kind != "person" or not self._heads_sentence(start, m.start):
            return None
        who = re.match(r",[ \t\xa0]*who\b[^.!?;:“”\"\n]*$", self.text[m.end:cue_start])
        if who is None or any(True for _ in self._cue_positions(m.end, cue_start)):
            return None
        return m.start, m.end, m.entity

    def _heads_sentence(self, start: int, name: int) -> bool:
        """The name at `name` heads the sentence starting at `start`: only a connective, an honorific or the
        person's role stand before it (`But Mr Herren says…`, `Lib Dem foreign affairs spokesman Menzies…`)."""
        return _SENTENCE_OPENING_RE.fullmatch(self.text, start, name) is not None or self._role_before(start, name) \
            or _OPENING_CLAUSE_RE.fullmatch(self.text, start, name) is not None

    def _role_before(self, start: int, end: int) -> bool:
        """Only the person's role stands between start and the name at end (`Lib Dem foreign affairs spokesman
        Menzies Campbell said…`, `Former Manfred Mann singer Paul Jones said…`, or set off by a comma: `His former
        business partner at Lenox, Lawrence B. Cummings, called…`): the name still heads the sentence."""
        if _APPOSED_ROLE_RE.fullmatch(self.text, start, end):
            return True
        words = self.text[start:end].split()
        return 0 < len(words) <= 8 and words[-1].lower() in self.person_heads and \
            all(re.fullmatch(r"[\w’'\-]+", w) for w in words) and not any(w.lower() in self.cues for w in words)

    def _in_quote(self, pos: int) -> bool:
        """The character at pos is within a quote of any kind, its marks included."""
        return _within(self._quoted, pos)

    def _in_scare(self, pos: int) -> bool:
        """The character at pos is within a scare quote, its marks included."""
        return _within(self._scare, pos)

    def _issued_before(self, q: QuoteSpan) -> tuple[int, int, object] | None:
        """`At her direction, the Harbour Board issued a statement apologising to Osk.` closing the paragraph
        before, and the quote opening the next one alone: the statement's words, the issuer's."""
        if q.paragraph == 0 or self.text[self.paras[q.paragraph][0]:q.open_at].strip():
            return None
        start, end = self.paras[q.paragraph - 1]
        sentence = sentence_up_to(self.text, end, start)
        base = end - len(sentence)
        issued = _ISSUED_IN_RE.search(self.text, base, end)
        return self.subject(base, issued.start()) if issued else None

    def _signed_below(self, q: QuoteSpan) -> tuple[int, int, object] | None:
        """A quote closing its paragraph, signed in the next one (`- Mira Osk.`, `-Foreign Minister Arvid
        Kellan, speaking after the vote.`): the fact-check and readers'-letters layout."""
        k = q.last_paragraph + 1
        if k >= len(self.paras) or not re.fullmatch(r"[\s.,;]*", self.text[q.close_at:self.paras[k - 1][1]]):
            return None
        start, end = self.paras[k]
        dash = re.match(r"[ \t\xa0]*[―—–~\-]+[ \t\xa0]*", self.text[start:end])
        if dash is None:
            return None
        pos = start + dash.end()
        m = self._mention_starting(pos, end)
        if m is not None and re.fullmatch(r"(?:[A-Z][\w.’'\-]*\s+){0,4}", self.text[pos:m.start]) and \
                re.match(r"[ \t\xa0]*(?:[,(;]|\.?[ \t\xa0]*$)", self.text[m.end:end]):
            return m.start, m.end, m.entity
        return None

    def _who_said(self, q: QuoteSpan, para_start: int) -> tuple[int, int, object] | None:
        """`This argument was rejected by Mr Blair, who said: “…”`: the one named right before `who`."""
        m = _WHO_SAID_RE.search(self.text, max(para_start, q.open_at - 40), q.open_at)
        if m is None or m.group(1) not in self.cues:
            return None
        i = bisect.bisect_left(self.ends, m.start() + 1) - 1  # the mention ending right before the comma
        if i < 0 or self.mentions[i].end != m.start():
            return None
        named = self.mentions[i]
        return named.start, named.end, named.entity

    def _pronoun_next(self, q: QuoteSpan) -> tuple[int, int, object] | None:
        """`"…that's the extra £1,400." She said ministers would consult…`: a whole quote with no attribution of
        its own, and the next sentence opens with a he or she speaking: the paragraph goes on about its speaker,
        who is that he or she (where the last quote's speaker may be someone the sentences between left behind)."""
        m = _PRONOUN_NEXT_RE.match(self.text, q.close_at, q.close_at + 12)
        if m is None or not ends_with_mark(self.text[q.start:q.end].rstrip(), ".!?") or \
                self._cue_follows(m.end(), m.end() + 40) is None:
            return None
        return m.start(1), m.end(1), ("pronoun", m.group(1).lower())

    def _attributed_elsewhere(self, q: QuoteSpan) -> bool:
        """A dash and a name signing the quote: it has a speaker of its own, one we could not resolve, and must
        not inherit the previous quote's. (A speech verb in its sentence is no such sign: measured on PolNeAR,
        the previous speaker is then more often right than not.)"""
        if re.match(r"[ \t\xa0]*[―—–~][ \t\xa0]*[A-Z]", self.text[q.close_at:q.close_at + 10]):
            return True
        k = q.last_paragraph + 1
        if k < len(self.paras) and re.fullmatch(r"[\s.,;]*", self.text[q.close_at:self.paras[k - 1][1]]) and \
                re.match(r"[ \t\xa0]*[―—–~\-]+[ \t\xa0]*[A-Z][\w.’'\-]*(?:[ \t\xa0]+[A-Z][\w.’'\-]*)*[ \t\xa0]*[,.(;]?[ \t\xa0]*",
                         self.text[self.paras[k][0]:self.paras[k][1]]):
            return True  # signed below with a name we do not know
        # `Another tweeted, “…”`, `A woman in the crowd shouted: “…”`: someone unnamed speaks
        para_start = self.paras[q.paragraph][0]
        before = sentence_before(self.text, q, para_start)
        if re.match(r"\s*(?:Another|One|Others|Someone|Somebody|A|An)\b", before) and \
                any(True for _ in self._cue_positions(q.open_at - len(before), q.open_at)):
            return True
        if _GROUP_SPEAKS_RE.search(before):
            return True  # `Lamenting their luck, Mexicans often say, “…”`: a people or a crowd, nobody named
        verb = _VERB_COLON_RE.search(before)
        if verb and verb.group(1) in self.cues:
            return True  # `denied by a UKIP spokesman, who said: “…”`: announced by someone we could not name
        if self._owned_speaks(before, q):
            return True
        if self._described_after(q):
            return True
        # `"…," Paris said`, `"…," one said`: attributed to a place or to nobody named, not to the last speaker
        # (in the quote's own paragraph: a name opening the next one starts a new sentence about something else)
        # (not `She said…` opening the next sentence: the one spoken of, most often the speaker just quoted)
        # (past a connective: `"…." And Yelling says: "…"`, where `Yelling` would be a speech verb's form)
        word = _NAME_AFTER_A_QUOTE_RE.match(self.text[q.close_at:q.close_at + 60])
        if word is None or word.group().strip(" \t\xa0,") in _OPENING_ADVERBS:
            return False  # `"…" Overall, asking prices have fallen`: the next sentence's adverb, no one speaking
        cue = self._cue_follows(q.close_at + word.end(), q.close_at + 80)
        if cue is None or _COLON_NEXT_RE.match(self.text, q.close_at + word.end() + cue):
            return False  # (`"…." And Yelling says: "…"`: the verb announces the next quote, not this one's)
        if ends_with_mark(self.text[q.start:q.end].rstrip(), ".!?"):
            # after a whole sentence quoted, a name and a verb that go on to say something of their own open a
            # new sentence about that name (`"…." Gervais admitted he was cautious about…`), not the quote's
            # attribution, which ends where its verb does (`"…." Paris said.`)
            rest = _SENTENCE_TAIL_RE.match(self.text, q.close_at + word.end() + cue)
            if len(rest.group().split()) > 3:
                return False
        return True

    def _owned_speaks(self, before: str, q: QuoteSpan) -> bool:
        """`Mr Kellan's spokesman said: "…"`, `"…," Mr Kellan's son said`, `"…," said Kellan's aide`: someone a
        name owns speaks, unnamed (what speaks for its owner, `Halvard's spokesman`, was taken as the speaker
        already), not the last speaker."""
        owned = _OWNED_SPEAKS_BEFORE_RE.search(before)
        if owned is not None and _PRONOUN_OWNER_RE.search(before, 0, owned.start()):
            owned = None  # `He's repeatedly told voters:`: he has, the one spoken of before
        return owned is not None and self._owned_subject_verb(owned.group(1).split()) is not None or \
            self._owned_speaks_after(q)

    def _owned_speaks_after(self, q: QuoteSpan) -> bool:
        """After the quote, someone a name owns speaks (`"…," Mr Kellan's official spokesman said`, `"…," said
        Kellan's aide`)."""
        owned = _OWNED_SPEAKS_AFTER_RE.match(self.text, q.close_at, q.close_at + 80)
        if owned is None:
            return False
        words = list(re.finditer(r"\S+", owned.group(2)))
        if owned.group(1):  # `said Kellan's aide`
            return owned.group(1) in self.cues and _owners_word(words[0].group(), True)
        verb = self._owned_subject_verb([w.group() for w in words])
        if verb is None:
            return False
        if ends_with_mark(self.text[q.start:q.end].rstrip(), ".!?"):
            # after a whole sentence quoted, the attribution ends soon after its verb (not `England's players
            # made a point of wearing…`, a new sentence)
            tail = _SENTENCE_TAIL_RE.match(self.text, owned.start(2) + words[verb].end())
            return len(tail.group().split()) <= 3
        return True

    def _owned_subject_verb(self, words: list[str]) -> int | None:
        """Where the speech verb is in the words after a possessive: after one to three of the owner's words
        for someone (`official spokesman said`, `son told`), none a small word (not `decision to call`, nor a
        contraction: `was asked`, `been saying`)."""
        for i, word in enumerate(words[:4]):
            if not _owners_word(word, i == 0):
                return None
            if i and word in self.cues:
                return i
        return None

    def _described_after(self, q: QuoteSpan) -> bool:
        """`"…," the companies said in a joint statement`, `"…," the two firms said`: someone described in words
        we do not know speaks, not the last speaker nor the one a sentence before spoke of."""
        described = _DESCRIBED_AFTER_RE.match(self.text, q.close_at, q.close_at + 60)
        # (`the suit says`: a plaintiff's filing, whose words go on the plaintiff's quoted before)
        if described is None:
            return False
        if any(described.end(n) > 0 and described.group(n) not in _FILINGS and
               self._cue_follows(described.end(n), described.end(n) + 40) is not None for n in (1, 2, 3)):
            return True
        # `"…," a dealer with a U.K. Bank commented.`: an unnamed one, then where they are from, then the verb
        cue = next(self._cue_positions(described.end(1), min(len(self.text), q.close_at + 90)), None)
        return cue is not None and _WHERE_FROM_RE.fullmatch(self.text, described.end(1), cue[0]) is not None

    def _kin_speaks(self, q: QuoteSpan, last_speaker) -> bool:
        """`"…," said his wife`, `"…," her agent said`: someone of the last speaker's speaks, not the last
        speaker; unless the last speaker is the one the story introduced by that word (`Mr Nogar's son Stephen,
        57, said` … `his son said`)."""
        kin = _KIN_SPEAKS_RE.match(self.text, q.close_at, q.close_at + 60)
        if kin is None:
            return False
        if kin.group(1):
            word = kin.group(3) or kin.group(2)
            if kin.group(1) not in self.cues:
                return False
        else:  # `his brother said`, `his younger brother said`
            spoken = [n for n in (2, 3) if kin.end(n) > 0 and self._cue_follows(kin.end(n), kin.end(n) + 40)]
            if not spoken:
                return False
            word = kin.group(spoken[0])
        return not self._introduced_as(last_speaker, word)

    def _introduced_as(self, entity, word: str) -> bool:
        """The story brought `entity` in by `word` right before a mention of it (`son Stephen`, `agent, Caradoc
        King`): `his son` may be that person."""
        if not isinstance(entity, EntityInfo):
            return False
        introduced = re.compile(r"\b" + re.escape(word) + r"\W{0,3}$")
        return any(introduced.search(self.text, max(0, ms - 40), ms) for ms, _me in entity.mentions)

    def _other_person_between(self, prev: tuple[QuoteSpan, Attribution], q: QuoteSpan, para_start: int) -> bool:
        """A new paragraph that names someone else before its quote (`Fico's visit … The prime minister
        expressed readiness… "If it comes to that, why not?"`): the quote is not the last speaker's to inherit."""
        if q.paragraph == prev[0].last_paragraph:
            return False
        return any(m.entity.kind == "person" and m.entity is not prev[1].speaker
                   for m in self._mentions_between(max(para_start, prev[0].close_at), q.open_at))

    def _same_sentence(self, a: QuoteSpan, b: QuoteSpan) -> bool:
        """Quote b goes on the sentence quote a is in: same paragraph, a short way on, a's words end no sentence,
        and nothing between them ends one or speaks (`called it a “right” over the quays “baseless”`)."""
        return b.paragraph == a.last_paragraph and b.open_at - a.close_at < 200 \
            and not ends_with_mark(self.text[a.start:a.end].rstrip(), ".!?") \
            and not _STOP_RE.search(self.text, a.close_at, b.open_at) \
            and not any(True for _ in self._cue_positions(a.close_at, b.open_at))

    def _digest(self) -> tuple[int, Attribution] | None:
        """`Below are Putin's key statements that TASS put together.`: a wire digest of one person's words, whose
        quotes then stand alone, sentence after sentence. (Where the announcement ends, the person's attribution.)"""
        text = self.text
        m = _DIGEST_RE.search(text)
        while m is not None and m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            m = _DIGEST_RE.search(text, m.start() + 1)  # `…Where are…`: not at the start of a word
        if m is None:
            return None
        for mention in self._mentions_between(m.start(), m.end()):
            if mention.entity.kind == "person" and re.match(r"['’]s?\b", text[mention.end:mention.end + 2]):
                return m.end(), Attribution(mention.entity, (mention.start, mention.end))
        return None

    def _names_in_third_person(self, q: QuoteSpan, person: EntityInfo) -> bool:
        """The quote calls the person by their given name alone (`Steven is above money`, `I said to Harry`), as
        no one calls themselves, and not as `I'm …` or `my name is …`. (Not by the full name: a politician speaks
        of himself so, `you've got a very good candidate but it's not Bernie Sanders`.)"""
        if person.kind != "person" or len(person.tokens) < 2 or person.tokens[0] not in lexicon().given:
            return False
        content = self.text[q.start:q.end]
        for m in re.finditer(r"(?<![\w'’\-])" + re.escape(person.tokens[0]) + r"(?![\w'’\-])(?![ \t\xa0]+[A-Z])",
                             content):
            if not _SELF_NAMING_RE.search(content, max(0, m.start() - 20), m.start()):
                return True
        return False

    def attribute(self, quotes: list[QuoteSpan]) -> list[Attribution]:
        digest = self._digest() if quotes else None
        results: list[Attribution] = []
        prev: tuple[QuoteSpan, Attribution] | None = None  # the last direct quote
        last: tuple[QuoteSpan, Attribution] | None = None  # the last quote of any kind
        for q in quotes:
            para_start, _ = self.paras[q.paragraph]
            para_end = self.paras[q.last_paragraph][1]
            in_digest = digest is not None and digest[0] < q.open_at  # below `Below are X's key statements`
            content = self.text[q.start:q.end].rstrip()
            before_end = q.open_at  # the last character before the quote, found without copying the paragraph
            while before_end > para_start and self.text[before_end - 1].isspace():
                before_end -= 1
            if content.endswith(",") and not (before_end > para_start and self.text[before_end - 1] == ":"):
                # `…," said Osk`: the attribution the comma announces comes first
                found = self.after(q, para_end) or self.before(q, para_start)
            else:
                found = self.before(q, para_start) or self.after(q, para_end)
            if found is None:
                found = self._who_said(q, para_start) or self._signed_below(q)
            if found is None and q.kind == "direct" and not self._described_after(q) and \
                    not self._kin_speaks(q, None):
                found = self._announced(q, para_start) or self._issued_before(q) or self._pronoun_next(q) \
                    or self._reported_before(q, para_start)
            if found is not None:
                speaker = self.resolve(found, self._resolved_from(q, found, para_start))
                attr = Attribution(speaker, (found[0], found[1]))
            elif last is not None and last is not prev and q.kind == "direct" and last[1].mention is not None \
                    and q.paragraph - last[0].last_paragraph <= 1 \
                    and not ends_with_mark(self.text[last[0].start:last[0].end].rstrip(), ".!?") \
                    and _ONE_SENTENCE_RE.fullmatch(self.text, last[0].close_at, q.open_at) \
                    and (last[0].last_paragraph == q.paragraph or not content.endswith(",") and self._cue_follows(
                        last[1].mention[1], min(self.paras[last[0].last_paragraph][1], last[1].mention[1] + 200))
                         is not None) \
                    and not self._attributed_elsewhere(q):
                # `Osk said the rules were "careful with the harbour" on that point. "One wrong word…"`: the
                # speaker of the words just quoted in the paragraph, not of the last whole quote before them; and
                # of a quote opening the next paragraph when that sentence, in which the speaker is named with a
                # speech verb (`Kapranos told BBC News Online the band were fed up with "…"`), ended the one
                # before (not one whose comma announces its own attribution: `"…," is the view of Graham Lane`)
                attr = Attribution(last[1].speaker, last[1].mention)
            elif prev is not None and q.kind == "direct" and prev[1].mention is not None \
                    and q.paragraph - prev[0].last_paragraph <= 1 and not self._attributed_elsewhere(q) \
                    and not self._kin_speaks(q, prev[1].speaker) \
                    and not (in_digest and self._other_person_between(prev, q, para_start)):
                attr = Attribution(prev[1].speaker, prev[1].mention)  # a quote standing alone after another
            elif last is not None and last[1].mention is not None and last[1].mention[0] >= last[0].close_at \
                    and last[0].last_paragraph == q.paragraph and q.open_at - last[1].mention[1] < 40 \
                    and any(True for _ in self._cue_positions(last[0].close_at, q.open_at)) \
                    and not self._kin_speaks(q, last[1].speaker) and not self._described_after(q) \
                    and not self._owned_speaks_after(q):
                # `… because “most people do not know the river,” she said. “We have…”`: the second piece of
                # a quote whose first piece was woven into the sentence
                attr = Attribution(last[1].speaker, last[1].mention)
            elif last is not None and last[1].mention is not None and last[1].mention[1] <= last[0].open_at \
                    and self._same_sentence(last[0], q):
                # `Dalby called Kellan's claim of a “right” over the quays “baseless and alarming.”`: a second
                # quote in the sentence whose speaker the first one's attribution named
                attr = Attribution(last[1].speaker, last[1].mention)
            elif in_digest and not self._attributed_elsewhere(q) and (
                    q.kind == "direct" or (q.kind == "partial" and not any(
                        m.entity.kind == "person" for m in self._mentions_between(para_start, q.open_at)))):
                # `Below are Putin's key statements`: what stands alone below is his, and so are the words woven
                # into a sentence that names nobody (`Russia is in no hurry to use them "because…"`)
                attr = digest[1]
            else:
                attr = Attribution(None, None)
            if attr.speaker is not None and q.kind == "direct":
                self.spoken.append((q.start, attr.speaker))
                self.spoken_at.append(q.start)
            results.append(attr)
            last = (q, attr)
            if q.kind == "direct":
                prev = (q, attr)
        # a platform speaks only as the subject of a speech verb (`Twitter said`, `a Twitter spokesman said`), not
        # where its users write (`she wrote on Facebook`, `a Facebook post`, `according to some on Twitter`)
        # and `Mellberg spoke of it. "I've had more than a quiet word with Olof," he told the club's website`: a
        # `he` or `she` whose referent the quote itself calls by the given name is someone else speaking
        for n, attr in enumerate(results):
            if not isinstance(attr.speaker, EntityInfo):
                continue
            if "platform" in attr.speaker.heads and not self._platform_speaks(attr.speaker, attr.mention) \
                    or attr.mention is not None and self.text[attr.mention[0]:attr.mention[1]].lower() in ("he", "she") \
                    and self._names_in_third_person(quotes[n], attr.speaker):
                results[n] = Attribution(None, None)
        # `"Glass Towns" was to be "a warning," said Lena Ward`: a quote with no speaker of its own, in the
        # sentence of a later quote whose attribution follows it, shares that speaker
        for n in range(len(quotes) - 2, -1, -1):
            q, nxt = quotes[n], quotes[n + 1]
            later = results[n + 1]
            if results[n].speaker is None and results[n].mention is None and later.speaker is not None \
                    and later.mention is not None and later.mention[0] >= nxt.close_at and self._same_sentence(q, nxt):
                results[n] = Attribution(later.speaker, later.mention)
        return results
