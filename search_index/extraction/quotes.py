"""Direct quotes: where each one starts and ends, and whether it is speech at all.

Marks understood: straight `"`, curly `“ ”`, guillemets `« »`, German `„ “`. Single quotes inside a quote are part
of it. A quote left open at the end of a paragraph continues when the next paragraph opens with a quote mark
(the newspaper convention for a quote over several paragraphs), and otherwise ends with its paragraph.

Each quote is classed as `direct` (it opens a sentence, or follows a colon or a speech verb: what PolNeAR calls a
direct quote), `partial` (words quoted inside the writer's own sentence) or `scare` (a title, a nickname, a
so-called term: not speech).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# '' is the straight double quote of LexisNexis-style copy; ’’ a closing double quote typed as two singles
_MARK_RE = re.compile("''|’’|[\"“”«»„]")
_OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "''": "''"}
# a quote over several paragraphs repeats its own opening mark on each; a paragraph opening with another kind of
# mark (a curly quote after a straight-quoted block copied from elsewhere) starts a new quote
_FAMILY = {"“": "curly", "«": "guillemet", "„": "german", '"': "straight", "''": "straight"}
# a sentence ends at . ! ? (and any closing marks) before a capital or an opening mark, but not after an initial
# or a title's abbreviation ("Jon T. Dalby", "Mr. Osk")
_SENT_BOUNDARY = re.compile(
    r"(?=[.!?])"  # first, so that the look-behinds run only at punctuation (they made every character cost)
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    r"(?<!\bLt)(?<!\bCol)(?<!\bJr)(?<!\bSr)(?<!\bProf)(?<!\bRev)"
    r"[.!?][”\"’»)']*\s+(?=[A-Z“\"«‘'(])")
_SCARE_BEFORE = re.compile(
    r"\b(?:so[- ]called|dubbed|nicknamed|titled|entitled|known as|labell?ed(?: it| them| him| her)?(?: as)?|"
    r"branded(?: it| them| him| her)?(?: as)?|billed as|headlined|the (?:word|words|term|phrase|slogan|hashtag|"
    r"motto|song|book|film|movie|show|report|programme|program|campaign|initiative|operation|plan)|"
    r"hashtag|marked|stamped|reading|emblazoned with|bearing the words|"
    # what a sign, a shirt or a banner says is written on it, not said by anyone
    r"(?:sign|shirt|t-shirt|banner|placard|poster|billboard|sticker|hat|cap|button|mug)s?(?:\s+(?:that|which))?"
    r"\s+(?:read|reads|said|says|saying))\s*[,:]?\s*$",
    re.I,
)
_WORK_BEFORE = re.compile(
    r"\b(?:book|memoir|novel|biography|film|movie|documentary|show|series|programme|program|song|album|play|musical|"
    r"opera|poem|essay|column|op-ed|ad|advert|commercial|video|podcast|magazine|newspaper|paper|article|headline)s?"
    r"\s*[,:]?\s*$", re.I)
_BYLINE_AFTER = re.compile(r"[ \t]+by[ \t]+(?:[A-Z]|the[ \t]+[A-Z])")
# a quote opening with a finite verb continues a subject outside it, unless it resumes an interrupted quote
_PREDICATE_START = re.compile(
    r"(?:will|would|could|can|must|should|may|might|shall|has|have|had|is|are|was|were|does|did|"
    r"(?:was|is|does|did|do|were|are|has|have|had|would|could|should|ca|wo)n['’]t)\b")
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_CLAUSE_WORDS = {"that", "if", "whether", "how", "why", "what", "when", "because", "as", "it", "he", "she", "they",
                 "we", "i", "was", "is", "were", "would", "will", "had", "has", "have", "be", "to"}
_TAG_RE = re.compile(r"<[A-Za-z/][^<>\n]{0,600}>")
_NAMING_VERBS = {"call", "describe", "dub", "label", "term", "brand"}
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as"}


@dataclass(slots=True)
class QuoteSpan:
    start: int  # first character of the quoted words (after the mark)
    end: int  # end of the quoted words (before the closing mark)
    open_at: int  # index of the opening mark
    close_at: int  # index just past the closing mark, or `end` when the quote was never closed
    paragraph: int  # index of the paragraph it opens in
    last_paragraph: int
    kind: str = "direct"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: news bodies put one paragraph per line or per blank-line block."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _straight_goes_on(text: str, paras: list[tuple[int, int]], k: int, pos: int, straight: list[int]) -> bool:
    """A straight mark after pos in paragraph k, or one opening paragraph k + 1: the straight quote open before
    pos is real (`"The board forgot its “harbour first” promise.` over two paragraphs), and curly marks inside it
    are nested. `straight` holds where every straight mark is, so that asking costs no scan of the paragraph."""
    i = bisect.bisect_left(straight, pos)
    if i < len(straight) and straight[i] < paras[k][1]:
        return True
    return k + 1 < len(paras) and text[paras[k + 1][0]:paras[k + 1][1]].lstrip().startswith('"')


_INVISIBLE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_RESUMED_RE = re.compile(r"[ \t\xa0]*(?:…|\.\.\.)?[ \t\xa0]*\w")


def _opens_paragraph(text: str, para: tuple[int, int], pos: int, after: int) -> bool:
    """A closing mark `”` opening its paragraph (nothing before it but spaces and invisible direction marks, as
    pasted social-media posts carry) and then a word, or a space or an ellipsis before one with another `”` later in
    the paragraph to close it (`” … they are so not like him,” she said`): typed for an opening mark."""
    if text[para[0]:pos].strip(_INVISIBLE + " \t\xa0"):
        return False
    if after < para[1] and text[after].isalnum():
        return True
    return _RESUMED_RE.match(text, after) is not None and text.find("”", after, para[1]) != -1


def find_quote_spans(text: str) -> list[QuoteSpan]:
    paras = paragraphs(text)
    if not paras:
        return []
    out: list[QuoteSpan] = []
    state: QuoteSpan | None = None
    opener = ""
    # a curly quote open inside a straight one: (the straight quote's mark, its paragraph, the closing mark)
    nested: tuple[int, int, str] | None = None
    p_idx = 0

    def para_of(pos: int) -> int:
        nonlocal p_idx
        while p_idx + 1 < len(paras) and paras[p_idx + 1][0] <= pos:
            p_idx += 1
        return p_idx

    def close_unclosed(q: QuoteSpan) -> None:
        end = paras[q.last_paragraph][1]
        while end > q.start and text[end - 1].isspace():
            end -= 1
        q.end = q.close_at = end
        out.append(q)

    tags = [t.span() for t in _TAG_RE.finditer(text)] if "<" in text else []
    found_at: dict[str, list[int]] = {}

    def marks_at(mark: str) -> list[int]:
        """Where every `mark` is, found once and only when a nested quote asks (most articles never do)."""
        if mark not in found_at:
            found_at[mark] = [m.start() for m in re.finditer(mark, text)]
        return found_at[mark]
    for m in _MARK_RE.finditer(text):
        pos, mark, after = m.start(), m.group(), m.end()
        if tags and any(s <= pos < e for s, e in tags):
            continue  # attribute quotes of embedded markup (`<tweet author="...">`) are not quotes
        k = para_of(pos)
        prev = text[pos - 1] if pos > 0 else "\n"
        nxt = text[after] if after < len(text) else "\n"
        if mark == '"' and nxt == "s" and prev.isalpha() and not text[after + 1:after + 2].isalpha():
            continue  # `Brazil"s output`: a wire's apostrophe typed as a double mark, no quote's
        if state is not None and k != state.last_paragraph:
            at_para_start = not text[paras[k][0]:pos].strip()
            if k == state.last_paragraph + 1 and at_para_start and mark in _OPENERS \
                    and _FAMILY[mark] == _FAMILY[opener]:
                state.last_paragraph = k  # a quote running on into the next paragraph
                continue
            close_unclosed(state)
            state = None
        if state is None:
            straight = mark in ('"', "''")
            if mark in _OPENERS and not (straight and nxt in " \n" and prev not in " \n([—–-"):
                if mark == "''" and prev.isalnum():
                    continue  # `rock 'n' roll''s` and the like: an apostrophe pair inside a word
                state = QuoteSpan(after, after, pos, pos, k, k)
                opener = mark
            elif mark == "”" and (prev.isspace() and nxt.isalnum() or _opens_paragraph(text, paras[k], pos, after)):
                state = QuoteSpan(after, after, pos, pos, k, k)  # a closing mark typed for an opening one
                opener = "“"
            continue
        if mark == "’’" and opener != "“":
            continue
        if opener == '"' and mark in "“«":
            if not text[state.start:pos].strip():
                # a curly opening mark right after the straight one (`"“We…`): one quote, the curly marks its own
                state = QuoteSpan(after, after, state.open_at, state.open_at, state.paragraph, k)
                opener = mark
                continue
            if text[state.start:pos].count("\n") == 0 and prev.isspace() and \
                    not _straight_goes_on(text, paras, k, after, marks_at('"')):
                # a curly opening mark inside a straight-quoted stretch that no straight mark closes or carries on
                # into the next paragraph: the straight mark was a stray
                state = QuoteSpan(after, after, pos, pos, k, k)
                opener = mark
                continue
            if nested is None or nested[:2] != (state.open_at, k):
                # `"The board forgot its “harbour first” promise."`: quoted inside the quote
                nested = (state.open_at, k, _OPENERS[mark])
                continue
        if opener == "“" and mark == "“" and prev.isspace() and not nxt.isspace() \
                and (nested is None or nested[:2] != (state.open_at, k)) \
                and bisect.bisect_left(marks_at("”"), paras[k][1]) - bisect.bisect_left(marks_at("”"), after) >= 2:
            # `“The town he calls “finished” is still here.”`: a quote inside the quote, marked the
            # same way, when two closing marks follow in the paragraph (one for each)
            nested = (state.open_at, k, "”")
            continue
        if nested is not None and nested == (state.open_at, k, mark):
            nested = None  # the inner quote's closing mark; the outer quote goes on
            continue
        if opener == '"' and mark == '"' and prev == " " and nxt.isupper() and pos >= 2 and text[pos - 2] in ".!?":
            # `…more goals. "We were very good…"`: the opening mark of the speech's next paragraph, whose break the
            # text lost (the BBC corpus joins them): the quote runs on, as over a paragraph break
            continue
        closer = _OPENERS[opener]
        closes = mark == closer or (mark in "”\"»’’" and opener in "“\"«„")
        if opener == "“" and mark == "“" and not prev.isspace() and (nxt.isspace() or nxt in ",.;:"):
            closes = True  # `...end.“` typed for `...end.”`
        if closes:
            state.end = pos
            state.close_at = after
            out.append(state)
            state = None
    if state is not None:
        close_unclosed(state)
    if "‘" in text:
        out = _single_quoted(text, out, paras)
    head_start, head_end = paras[0]
    if head_end - head_start <= HEADLINE_MAX and "'" in text[head_start:head_end] \
            and "''" not in text[head_start:head_end]:
        # only a headline-length line: from each opening mark the pattern may scan past every later apostrophe
        out = _single_quoted(text, out, paras, _STRAIGHT_SINGLE_RE, head_end)
    result = []
    for q in out:
        while q.start < q.end and text[q.start].isspace():
            q.start += 1
        if q.end - q.start >= 2 and any(c.isalpha() for c in text[q.start:q.end]):
            result.append(q)
    return result


# (the mark first, then what stands before it: a look behind in front would be tried at every character of the
# text, sixty times slower than a search that skips to the marks)
_SINGLE_RE = re.compile(r"‘(?<![\w’'‘]‘)(?=[^\s’])([^‘’\n]*?(?:’\w[^‘’\n]*?)*)(?<=\S)’(?![\w’])")
HEADLINE_MAX = 300  # characters
_STRAIGHT_SINGLE_RE = re.compile(r"'(?<![\w'’]')(?=[^\s'])([^'\n]*?(?:'\w[^'\n]*?)*)(?<=\S)'(?![\w'])")


def _single_quoted(text: str, spans: list[QuoteSpan], paras: list[tuple[int, int]], pattern: re.Pattern = _SINGLE_RE,
                   end: int | None = None) -> list[QuoteSpan]:
    """Curly single quotes standing on their own (headline style, `Kasich: ‘We are going all the way.’`), outside
    any double-quoted stretch, where they are part of the outer quote. A curly apostrophe inside a word
    (`I’m`) never closes one; one after a word and before a space (`voters’ choice`) may, which is the price of
    reading them at all. Straight single quotes are read only in the first line, a headline's house style
    (`Kellan: 'We stay.'`): in the body they are mostly apostrophes (`the '90s`, `voters' rolls`)."""
    covered = sorted((q.open_at, q.close_at) for q in spans)  # never overlapping: one bisection finds the one
    opens = [a for a, _ in covered]
    starts = [s for s, _ in paras]
    extra = []
    for m in pattern.finditer(text, 0, len(text) if end is None else end):
        i = bisect.bisect_right(opens, m.end() - 1) - 1  # the last double-quoted stretch opening inside or before
        if i >= 0 and covered[i][1] > m.start():
            continue
        k = bisect.bisect_right(starts, m.start()) - 1
        extra.append(QuoteSpan(m.start(1), m.end(1), m.start(), m.end(), k, k))
    return sorted(spans + extra, key=lambda q: q.open_at) if extra else spans


SENTENCE_LOOKBACK = 1500  # characters; no real sentence before a quote is longer


def ends_with_mark(content: str, marks: str) -> bool:
    """Whether the quoted words end with one of `marks`, closing quote marks and brackets after it allowed.
    Scans back over the trailing non-word characters by hand: a regular expression anchored at the end
    backtracks quadratically over a long run of punctuation that does not end the string."""
    i = len(content)
    while i > 0 and not (content[i - 1].isalnum() or content[i - 1] == "_"):
        if content[i - 1] in marks:
            return True
        i -= 1
    return False


def sentence_before(text: str, q: QuoteSpan, para_start: int) -> str:
    """The writer's words between the start of the quote's sentence and its opening mark. A stop right against
    the opening mark (`…the annual budget."We have to ask…`, a wire's missing space) ends the sentence before the
    quote, as it would with the space (not dots, a wire's run-in items: `…cent limits...."Other milds" producers`)."""
    before = sentence_up_to(text, q.open_at, para_start)
    if before[-1:] in ".!?" and before[-2:-1] != "." and text[q.start:q.start + 1].isupper():
        tail = before[-12:] + " " + text[q.open_at]
        if any(m.end() == len(tail) - 1 for m in _SENT_BOUNDARY.finditer(tail)):
            return ""
    return before


def sentence_up_to(text: str, pos: int, para_start: int) -> str:
    """The words from the start of the sentence that runs to pos (a quote mark, a sentence's last stop) up to it."""
    # Only the last stretch of the paragraph is searched: a paragraph of thousands of quotes (or a 1 MB line)
    # would otherwise be scanned from its start for every quote in it.
    start = max(para_start, pos - SENTENCE_LOOKBACK)
    pre = text[start:pos + 1]  # the character at pos is the lookahead of a boundary right before it
    last = None
    for last in _SENT_BOUNDARY.finditer(pre):
        pass
    return pre[last.end():-1] if last else pre[:-1]


# the writer's words that may open a sentence and leave the quote after them the speaker's whole sentence: before an
# attribution set off by commas (`But, Mr. Ryan said, "democracy is…"`), or alone before a quote that goes on from
# the one before (`"…," he said. But "It helps."`)
_CONNECTIVES = {"but", "and", "still", "yet", "so", "however", "at the same time", "instead", "now", "then", "also",
                "indeed", "meanwhile", "after all", "of course", "again", "finally", "later", "first", "second",
                "third", "in fact", "moreover", "besides", "plus", "rather", "otherwise", "nonetheless",
                "nevertheless", "anyway", "in addition", "for now", "today", "at one point"}
# the first words of a quote that runs on from a clause before it, and opens none of its own (`but people need…`,
# `not only by a strong leader`, `to attribute the deficit…`)
_RUNS_ON_WORD_RE = re.compile(r"(?:but|and|or|because|not|to|than|which|who|as|since|unless|while|although|though|"
                              r"so that|largely|mostly|partly|especially|including)\b")


def _finishes_the_writers_clause(stripped: str) -> bool:
    """The quote, opening in small letters after an attribution set off by commas, finishes a clause of the
    writer's before it (`While confidence is high, he said, "this has done nothing…"`, `In other words, he said,
    "the era is over."`): a phrase woven into the writer's sentence, not the speaker's own. Not after a connective
    alone (`Still, she added, "we also can't…"`) nor after the first piece of the speaker's words (`"For me," he
    concluded, "he was…"`)."""
    # (by the last two commas, not a pattern: a sentence of hundreds of commas would make one backtrack)
    if not stripped.endswith(","):
        return False
    k = stripped.rfind(",", 0, len(stripped) - 1)
    attribution = stripped[k + 1:-1].lstrip(" \t\xa0")
    if k < 0 or not 1 <= len(attribution) <= 60 or any(c in attribution for c in "\"“”'’"):
        return False
    lead = stripped[:k].strip()
    if not any(c.isalnum() for c in lead):
        return False
    first = re.match(r"(?:(?:But|And|So|Yet)\s+)?([A-Za-z]+)", lead)
    if first is None or first.group(1).lower().endswith("ing") or first.group(1).lower() == "asked":
        return False  # `But speaking of the rate, Schlesinger said, "since the council…"`: the speaker's clause
    return not lead.endswith(tuple("\"“”'’»«")) and lead.lower().strip(" ,") not in _CONNECTIVES


def _reads_as_prose(content: str) -> bool:
    """Sentences, not a name or a slogan: eight words or more, three or more of them in small letters, ending
    with a stop (`In general, samples with more elaborate weighting produced more accurate results.`)."""
    words = _WORD_RE.findall(content)
    return len(words) >= 8 and sum(w[0].islower() for w in words) >= 3 and ends_with_mark(content, ".!?")


def _is_title_case(content: str) -> bool:
    words = _WORD_RE.findall(content)
    if not words or len(words) > 7 or ends_with_mark(content, ".!?,;:"):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][0].isupper()


def classify(text: str, q: QuoteSpan, para_start: int, cue_forms: dict[str, str],
             prev: QuoteSpan | None = None) -> str:
    """`prev` is the quote before this one, already classed: the second piece of a quote interrupted by its
    attribution is direct when the first is."""
    before = sentence_before(text, q, para_start)
    stripped = before.rstrip().lstrip(_INVISIBLE)  # (a direction mark opening a pasted post is no word)
    content = text[q.start:q.end]
    if _SCARE_BEFORE.search(stripped[-80:]) and not (stripped.endswith(":") and _reads_as_prose(content)):
        return "scare"  # (it ends the sentence: only its tail can match; `From the report: "…"` quotes it)
    if _WORK_BEFORE.search(stripped[-40:]) and _is_title_case(content.rstrip(".!?,;: ")):
        return "scare"  # `in her memoir, "Upriver Years."`: the title of a work, its closing punctuation and all
    if _BYLINE_AFTER.match(text, q.close_at) and content.rstrip().endswith(","):
        return "scare"  # `"Gallery opens across from the museum," by the Courier's Ann Lee`: a headline and its byline
    if prev is not None and prev.kind == "direct" and q.open_at - len(before) <= prev.open_at \
            and _resumes_after_attribution(text[prev.close_at:q.open_at], text[prev.start:prev.end], cue_forms):
        return "direct"
    if stripped[:1].isupper() and stripped.rstrip(",").lower() in _CONNECTIVES and prev is not None \
            and prev.kind == "direct" \
            and q.open_at - prev.close_at < 400 and ends_with_mark(content, ".!?") \
            and _ENDS_SENTENCE.match(text, q.close_at) is not None:
        return "direct"  # `"…," he said. But "Her candidacy is stronger. It helps."`: the speaker goes on
    if _PREDICATE_START.match(content):
        return "partial"  # `Osk said the delta "must do more"`: its subject is the writer's, outside the marks
    if not stripped or stripped.endswith(":"):
        if _is_title_case(content) and not _attribution_follows(text, q, cue_forms):
            return "scare"
        if not stripped and content.endswith(",") and _is_title_case(content[:-1]) \
                and _NAMED_WORK_GOES_ON.match(text, q.close_at) and not _cue_in_rest_of_sentence(text, q, cue_forms):
            return "scare"  # `"Tales From the Crypt," an HBO series, will be revived`: a work's title as subject
        if not stripped and content.endswith(":") and len(_WORD_RE.findall(content)) <= 3 \
                and _PARAGRAPH_ENDS.match(text, q.close_at):
            return "scare"  # a paragraph of its own, `"Related:"`: a web page's label over a link, no one's words
        return "direct"
    if stripped.endswith(("(", "—", "–", "-")) and ends_with_mark(content, ",?!") \
            and _attribution_follows(text, q, cue_forms):
        return "direct"  # an aside in brackets or dashes that opens with a quote and its attribution
    # right after a speech verb ("tweeted, “", "said “"), or after it and a few words closed by a comma or colon
    # ("said on Monday,", "told reporters:"); "said that “…" and "said she was “…" quote inside the writer's clause
    words = re.findall(r"[A-Za-z’']+", stripped)
    # but words running on after the closing mark (`declared “a total disaster” for his party`) and naming verbs
    # (`what she calls “real solutions.”`) make a phrase in the writer's sentence
    runs_on = re.match(r"[ \t]+[a-z]", text[q.close_at:q.close_at + 3]) is not None and \
        not ends_with_mark(content, ".!?,;:")
    for back in range(1, min(7, len(words)) + 1):
        if words[-back].lower() in cue_forms:
            if back < len(words) and _owner_or_determiner(words[-back - 1]):
                continue  # `Kellan's comments "…"`, `the report "…"`: a noun that is spelt like a speech verb
            if cue_forms[words[-back].lower()] in _NAMING_VERBS:
                break
            if back == 1 and cue_forms[words[-1].lower()] == "tell" and stripped[-1:].isalpha() \
                    and _is_title_case(content.rstrip(",. ")):
                return "scare"  # `Fiorina told "Fox and Friends," reminding…`: the show told, not words said
            between = [w.lower() for w in words[len(words) - back + 1:]]
            if not between and not runs_on or (stripped.endswith((",", ":")) and not set(between) & _CLAUSE_WORDS):
                if _RUNS_ON_WORD_RE.match(content) and _finishes_the_writers_clause(stripped):
                    return "partial"  # `The streets were deserted, he added, "but people need to connect."`
                return "direct"
            break
    if re.match(r"(?i)^according to\b[^,]{1,80},?$", stripped):
        return "direct"
    if stripped.endswith(",") and _whole_sentence_after_lead_in(text, q, content, words):
        return "direct"
    if _after_a_heading(stripped) and any(c.islower() for c in content):  # all-caps copy has no headings
        return "direct"
    if _is_title_case(content):
        return "scare"
    words = _WORD_RE.findall(content)
    # two or three quoted words are a term or a nickname ("iron governor") unless they carry a verb or an
    # adverb ("unanimously condemned"), or a speech verb in the sentence shows someone said them
    verbish = any(w.lower().endswith(("ed", "ing", "ly")) and len(w) > 4 for w in words)
    if len(words) <= 3 and not verbish and not ends_with_mark(content, ".!?,") \
            and not _cue_in_sentence(text, q, cue_forms):
        return "scare"
    return "partial"


_COORDINATED_RE = re.compile(r"[ \t]*,?[ \t]*(?:(?:and|or)[ \t]*,?[ \t]*(?:yes,|then,)?[ \t]*)?")
_RESUME_RE = re.compile(r"[^\"“”«»\n]{1,150},(?:\s+(?:and|but|or))?\s*")


def _resumes_after_attribution(between: str, first: str, cue_forms: dict[str, str]) -> bool:
    """`"The river is ours," Kellan said on Monday, "and the delta with it."`: between the two pieces, only an
    attribution (a speech verb among a few words, closed by a comma, perhaps `and`/`but`), and the first piece did
    not end its sentence."""
    if ends_with_mark(first, ".!?"):
        return False
    if _COORDINATED_RE.fullmatch(between):
        return True  # `"Open the river," and "Close the dam."`: quotes in a list, said alike
    if not _RESUME_RE.fullmatch(between) or _SENT_BOUNDARY.search(between):
        return False  # (a full stop after a title, `Mr. Kellan said,`, does not end a sentence)
    words = re.findall(r"[A-Za-z’']+", between)
    return len(words) <= 25 and any(w.lower() in cue_forms for w in words)


_PARAGRAPH_ENDS = re.compile(r"[ \t\xa0]*(?:\n|$)")
_ENDS_SENTENCE = re.compile(_PARAGRAPH_ENDS.pattern + r"|\s+[A-Z“\"‘«(]")


def _whole_sentence_after_lead_in(text: str, q: QuoteSpan, content: str, lead_words: list[str]) -> bool:
    """`As the senator put it, "Nobody wins this way."`, `she told reporters on Monday, "We will sign."`: a whole
    sentence in quotes, capitalised and ending the writer's sentence, after a lead-in closed by a comma is
    quoted speech, even without a speech verb next to it. Not after a reported clause (`said that in 2009, "I
    paid…"`, whose quote is part of the writer's sentence) nor a title (`his concert, "Girls, Girls, Girls."`)."""
    words = _WORD_RE.findall(content)
    if len(words) < 3 or not content[:1].isupper() or not ends_with_mark(content, ".!?"):
        return False
    if any(w.lower() == "that" for w in lead_words) or all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    return _ENDS_SENTENCE.match(text, q.close_at) is not None


_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"}


def _owner_or_determiner(word: str) -> bool:
    return word.lower() in _DETERMINERS or word.endswith(("'s", "’s", "s'", "s’"))


def _after_a_heading(stripped: str) -> bool:
    """A wire digest's capitalised heading right before the quote (`UN: PEACEKEEPERS ACCUSED “The United…`): the
    quote is the story's own words, not a phrase in the writer's sentence. (Measured on PolNeAR train and dev, a
    comma after a distant speech verb, or a verb, its object and a quote ending the sentence, cost more
    precision than they gained recall, so those stay partial.)"""
    words = re.findall(r"[A-Za-z’']+", stripped)
    return bool(words) and stripped.upper() == stripped and sum(len(w) for w in words) >= 8


# what goes on after the title of a work that opens a sentence: an appositive, a relative clause, where it runs
_NAMED_WORK_GOES_ON = re.compile(r"[ \t\xa0]+(?:a|an|the|whose|which|on)[ \t\xa0]")
_REST_OF_SENTENCE_RE = re.compile(r"[^\n.!?\"“”«»]{0,300}")


def _cue_in_rest_of_sentence(text: str, q: QuoteSpan, cue_forms: dict[str, str]) -> bool:
    """A speech verb anywhere between the closing mark and the sentence's end (`"Not Negotiable," an aide to the
    governor said`)."""
    rest = _REST_OF_SENTENCE_RE.match(text, q.close_at).group()
    return any(w.lower() in cue_forms for w in re.findall(r"[A-Za-z]+", rest))


def _attribution_follows(text: str, q: QuoteSpan, cue_forms: dict[str, str]) -> bool:
    after = text[q.close_at:q.close_at + 60]
    return any(w.lower() in cue_forms for w in re.findall(r"[A-Za-z]+", after)[:4])


_FROM_NEXT_RE = re.compile(r"[ \t\xa0]+from\b")


def says_where_from(word: str, text: str, end: int) -> bool:
    """The speech verb's form `word`, ending at `end`, says where someone is from, no speech (`who hails from a
    family of fishermen`)."""
    return word.lower().startswith("hail") and _FROM_NEXT_RE.match(text, end) is not None


def _cue_in_sentence(text: str, q: QuoteSpan, cue_forms: dict[str, str]) -> bool:
    """A speech verb near the quote; "call" does not count (what officials call the "final stretch")."""
    start = max(0, q.open_at - 60)
    window = text[start:q.close_at + 60]
    return any(cue_forms.get(w.group().lower(), "call") not in ("call", "describe")
               and not says_where_from(w.group(), window, w.end())
               for w in re.finditer(r"[A-Za-z]+", window))
