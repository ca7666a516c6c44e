"""Quotations of one article: spans, kind (direct / partial), and the speaker each is credited to.

:func:`find_quotes` pairs quotation marks (:mod:`.marks`), joins a quote split by its attribution ("A," he said,
"B.") and a quote running over paragraphs into one quotation, calls a quotation *direct* when it stands as
its own sentence or follows a speech verb, colon or comma, and *partial* when it sits inside a paraphrase.
Scare quotes, titles and nicknames ("so-called "experts"", the book "Crippled America", Dwayne "The Rock"
Johnson) are not quotations of anyone and are left out. Speakers come from the rules of :mod:`.attribute`, and
from the learned choice among every candidate of :mod:`.choose` where the rules are unsure.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from analysis.corpus.transcript import HOST_ROLES, qa_answers, quoted_turns, transcript_turns

from .antecedents import abbreviates
from .attribute import OWNED_SPEECH, MentionRow, attribute_doc, mention_rows
from .documents import note_house
from .headline import headline_records, standfirst
from .interview import interview_answers
from .choose import choose_speakers
from .described import identified_later
from .turns import guest_quoted
from .words import ACCORDING_TO, GIVEN_GENDER, RATING_WATCH, RATINGS, SENTENCE_BREAK, TITLE_CUE, TITLES, is_sentence_break, speech_verbs
from .marks import continental_marks, paragraphs, quoted_segments, typewriter_marks
from .model import QuoteSpan, Speaker

QUOTE_COLUMNS = ["start", "end", "quote", "kind", "speaker", "speaker_type", "speaker_mention", "attribution"]
_SPLIT_END = re.compile(r"[,—–-]\s*$|\.\.\.\s*$|…\s*$")
_GAP_BREAK = re.compile(r"[.!?]\s")
_WORDS = re.compile(r"[\w'’-]+")
#: a capitalised word right before a quotation on the same line, and one right after it
_CAP_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w.'’-]*)[ \t\u00a0]\Z")
_CAP_AFTER = re.compile(r"^\s[A-Z][\w'’-]+")
_PLACE_OF_TITLE = re.compile(r"(?:\b(?:on|in|at|to|from|with)|['’]s)\s*$")
#: "told" right before a quotation: what follows it is whom one told (a programme: 'told “Breakfast Hour”'); one's
#: own words after "told" take "that", a colon or a comma
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s*$")
#: Two one-word terms a thing is moved between ('to "buy" from "hold"'): grades or ratings, not quotations.
_FROM_TO = re.compile(r"\bto\s+[“\"][a-z-]+[,.]?[”\"]\s+from\s+[“\"][a-z-]+[,.]?[”\"]")
#: the word before a rating ('raised the stock to "buy"', 'rated at "hold"') and the noun after one ('a "hold" rating')
_RATED_BEFORE = re.compile(r"\b(?:to|at|from)\s*$", re.I)
_WATCHED_BEFORE = re.compile(r"\b(?:on|under)\s*$", re.I)
_RATING_AFTER = re.compile(r"\s*(?:rating|ratings|recommendation)\b", re.I)
#: what may follow a rating after "to": punctuation, a capital, or a word that does not continue a verb phrase
#: (also the broker: 'upgraded to "buy" at Acme Partners', 'cut to "sell" by Acme Partners'; or a time: 'cut the stock
#: to "sell" last Thursday')
_RATING_NEXT = re.compile(r"\s*(?:$|[^a-z\s]|(?:from|on|with|and|after|in|at|by|citing|arguing|saying|last|this|"
                          r"earlier|yesterday|today|late|early)\b)")
_INTRO_END = re.compile(r"(?:[:,—–]|\.\.\.|…)\s*$")
#: a title's own word right before the quotation ("a note titled", "a report entitled", "a column headlined")
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|(?:under|with)\s+the\s+(?:headline|title))\s*,?\s*$", re.I)
_TITLE_MAX_WORDS = 12
#: a title in title case after such a word may be long and hold a question or two sentences ('a hearing titled
#: "Who Wins and Loses When Short Sellers Collide?"', 'an op-ed under the headline "The Bank Is Gone. We Know Why."')
_TITLE_CASE_MAX_WORDS = 25
#: a worded document before a colon earlier in the sentence: what follows gives its words ("X put out a brief
#: note: the board “regrets” the delay")
_WORDED_COLON = re.compile(r"\b(?:statement|note|email|letter|memo|message|post|tweet|release|notice|announcement|"
                           r"filing|circular)s?\s*:\s", re.I)
#: the possessive of an organisation written as an acronym right before a quotation ("WXYZ’s “…”", "ABC's "…"")
_ACRONYM_OWNER = re.compile(r"(?<![\w.])[A-Z]{2,6}['’]s\s*\Z")
#: a defined term in parentheses, as a press release or a filing sets it after a name: 'Acme Metals ASA (OSE: ACM)
#: ("Acme")', '(the "Company")', '(together, the "Bidders")'; the opening parenthesis and the article before the mark
#: ('("Acme" or "the Company")', '("Acme", "we" or "us")': the other terms of a list of alternatives, before and after)
_OTHER_TERM = r"(?:the\s+)?[“\"][^”“\"\n()]{1,40}[”\"]"
_TERM_OPEN = re.compile(r"\((?:(?:together|collectively|jointly)\s*,?\s+)?(?:" + _OTHER_TERM + r"\s*(?:,|\s+or|\s+and)\s+)*"
                        r"(?:the\s+|hereinafter\s+(?:the\s+)?)?\s*\Z", re.I)
_TERM_CLOSE = re.compile(r"\A\s*(?:(?:,|\s+or|\s+and)\s+" + _OTHER_TERM + r"\s*)*(?:;[^()\n]{0,60})?\)", re.I)
_TERM_REACH = 100  # characters of the other terms before and after
_OTHER_TERM_IN = re.compile(_OTHER_TERM)
#: short scare quotes: at most this many words inside a sentence without any speech cue
SCARE_MAX_WORDS = 3
_SPLIT_GAP = 160  # characters of attribution between the parts of a split quote
#: the short words title case leaves in lower case ("The Evening Hour with Jane Roe": a programme named with its
#: host)
_TITLE_SMALL = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "with"}
#: the noun of a work or of a person known for one right after a quotation: 'the "Night Desk" podcast', 'a "Harbor
#: Lights" star', 'the "Morning Round," co-host': the quotation is the work's title
_WORK_AFTER = re.compile(r"\A[,.]?\s+(?:podcast|pageant|show|series|program|programme|movie|film|album|song|musical|"
                         r"sitcom|star|host|co-host|anchor|actor|actress|creator|episode|segment|novel|franchise)\b")
#: a title or a name given to someone right before a quotation: 'starred in "Harbor Lights"', 'the cast of the "Sea
#: Kings"', 'host of "The Late Hour"', 'known online as "Quillfox"', 'under the pseudonym "Ned Ludd"', 'a play called
#: "Ledgers"'
_NAMED_BEFORE = re.compile(r"\b(?:starred\s+in|starring\s+in|stars\s+in|star\s+of|cast\s+of(?:\s+the)?|host\s+of|"
                           r"known(?:\s+online|\s+publicly)?\s+as|under\s+the\s+(?:pseudonym|name|moniker)|"
                           r"(?:show|play|film|movie|book|podcast|program|series|song|musical|pageant|documentary|"
                           r"album)\s+(?:called|named))\s*,?\s*\Z", re.I)

#: a name given right before a short quotation, in lower case too ('the sedative xylazine, known as "tranq"')
_KNOWN_AS = re.compile(r"\b(?:(?:also\s+|commonly\s+|locally\s+|widely\s+)?known|referred\s+to)\s+as\s*\Z", re.I)

#: the noun of a work right before a quotation, in apposition or not: 'her memoir, "Quiet Ledgers."', 'a
#: documentary, "Harbour Nights,"', 'the podcast "Well, Here We Are."' (the quotation, in title case, is its title)
_WORK_BEFORE = re.compile(r"\b(?:book|memoir|novel|film|movie|show|documentary|album|song|podcast|programme|program|"
                          r"series|play|musical|sitcom|biography|autobiography|bestseller|opera|poem|newsletter)s?"
                          r",?[ \t\u00a0]*\Z", re.I)


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Offset where the sentence holding ``pos`` starts, searching back no further than ``lo``."""
    start = lo
    for m in SENTENCE_BREAK.finditer(text, lo, pos):
        if m.end() <= pos and is_sentence_break(text, m):
            start = m.end()
    return start


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Offset just after the sentence running from ``pos`` ends, no further than ``hi``."""
    for m in SENTENCE_BREAK.finditer(text, pos, hi):
        if is_sentence_break(text, m):
            return m.end()
    return hi


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _second_report(text: str, prev: QuoteSpan, span: QuoteSpan) -> bool:
    """Whether the words between two quotations report twice, the second time with a verb of adding ("“A,” Roe
    said, adding: “B.”", "“A,” Roe told reporters, before adding, “B.”", "“A,” he said, and added: “B.”"): the
    second quotation is then a report of its own, not the rest of one quotation split by its attribution."""
    verbs = speech_verbs(text, prev.close_at, span.open_at, verbs_only=True)
    return len(verbs) >= 2 and verbs[-1][2] in _ADDING


_ADDING = {"adding", "added", "continuing", "continued"}


def _adds(text: str, lo: int, hi: int) -> bool:
    """Whether the last speech verb between two quotations is one of adding ("“A,” she said, adding that the plan
    was “B”"): the second is a report of its own, not a fragment of the first one's."""
    verbs = speech_verbs(text, lo, hi, verbs_only=True)
    return bool(verbs) and verbs[-1][2] in _ADDING


def _spans(text: str) -> list[QuoteSpan]:
    paras = paragraphs(text)
    out: list[QuoteSpan] = []
    for raw, k in quoted_segments(text):
        segs = [s for s in (_trim(text, a, b) for a, b in raw) if s[1] > s[0]]
        if not segs:
            continue
        last_para_end = next(b for a, b in paras if a <= raw[-1][0] <= b)
        close_at = min(raw[-1][1] + 1, last_para_end)
        open_at = raw[0][0] - 1
        out.append(QuoteSpan(segs, open_at, close_at, 0, 0, k, multi_para=len(segs) > 1))
    # a quote split by its attribution ("A," he said, "B.") is one quotation
    merged: list[QuoteSpan] = []
    for span in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.para == span.para and not prev.multi_para:
            inner = text[prev.segments[-1][0]:prev.segments[-1][1]]
            gap = text[prev.close_at:span.open_at]
            pa = paras[prev.para][0]
            lead = text[sentence_start(text, pa, prev.open_at):prev.open_at].strip()
            if _SPLIT_END.search(inner) and not _GAP_BREAK.search(gap) and len(gap) < _SPLIT_GAP \
                    and speech_verbs(text, prev.close_at, span.open_at) and not _second_report(text, prev, span) \
                    and gap.rstrip().endswith((",", ":", "—", "–")) and (not lead or lead.endswith((":", ","))):
                # (a fragment inside a sentence, "X said Y did “A,” Z said: “B”", is not the first part)
                prev.gaps.append((prev.close_at, span.open_at))
                prev.segments.extend(span.segments)
                prev.close_at = span.close_at
                continue
        merged.append(span)
    for span in merged:
        pa, pb = paras[span.para]
        end_para = next((b for a, b in paras if a <= span.close_at <= b), pb)
        span.sent_start = sentence_start(text, pa, span.open_at)
        span.sent_end = sentence_end(text, span.close_at, end_para)
    return merged


def _kind(text: str, span: QuoteSpan, prev_close: int) -> str:
    lo = max(span.sent_start, prev_close)
    pre = text[lo:span.open_at].rstrip()
    first = text[span.segments[0][0]:span.segments[0][0] + 1]
    if not pre or _INTRO_END.search(pre):
        return "direct"
    verbs = speech_verbs(text, max(lo, lo + len(pre) - 30), lo + len(pre))
    if verbs and verbs[-1][1] == lo + len(pre) and first[:1].isupper():
        return "direct"
    return "partial"


def _nickname_between(before: str, after: str) -> bool:
    """Whether a short quotation stands between two capitalised words of one name (Milo "The Hammer" Brandel, Gov.
    R.T. "Sonny" Tamsett): not after a line break or a word that ends a sentence ('… on Tuesday. "We will," Roe
    said', '… Acme.\n\n"Yes," Roe said')."""
    m = _CAP_BEFORE.search(before)
    if m is None or not _CAP_AFTER.match(after):
        return False
    word = m.group(1)
    return not (word.endswith(".") and len(word) > 2 and "." not in word[:-1]
                and word[:-1].casefold() not in TITLES)


#: a list of words named as words, up to the quotation: 'Words such as "expects," "plans" and "may"', 'terms like
#: "synergy"' (a press release's safe-harbour notice, a style note): the words are named, nobody says them
_WORDS_AS_WORDS = re.compile(r"\b(?:words?|terms?|phrases?|expressions?)\s+(?:such\s+as|like|including)\s+"
                             r"(?:[“\"‘'][^”“\"\n]{1,40}[”\"’']\s*(?:,|\bor\b|\band\b)?\s*)*\Z", re.I)


#: what a sentence says of a word it opens with in quotation marks, named as a word ('"Transition" is a reference to the
#: restructuring', '"Dry powder" means cash not yet invested', '"Tau" stands for ...'): the word is mentioned, not said
_NAMED_AS_WORD_AFTER = re.compile(r"[,]?\s+(?:(?:is|was)\s+(?:a\s+|an\s+|the\s+)?(?:reference|shorthand|short|slang|jargon|code"
                                  r"|term|euphemism|nickname|name|word)\b|(?:refers|referred)\s+to\b|(?:means|meant)\b|(?:stands|stood)\s+for\b)",
                                  re.I)


#: "so-called" right before a quotation: the writer names a term ('the so-called "tau trade"', 'so-called "closed"
#: primaries'), whoever else the sentence cites after it
_SO_CALLED = re.compile(r"\bso[-‐ ]?called\s*\Z", re.I)
#: the most words a term named after "so-called" has
_SO_CALLED_WORDS = 4


#: a word in quotation marks alone in parentheses right after a lower-case word: a gloss, the term in another language
#: or as written ('possible accounting violations ("Bilanzmanipulation")', 'the hashtag #OpenDoorsX ("PortesOuvertesX")')
_GLOSS_OPEN = re.compile(r"[a-z][\w#-]*\s+\(\s*\Z")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def _is_quotation(text: str, span: QuoteSpan) -> bool:
    """False for scare quotes, titles and nicknames: short embedded quotes with no speech cue around them."""
    body = " ".join(text[a:b] for a, b in span.segments)
    words = _WORDS.findall(body)
    if not words:
        return False
    before = text[max(0, span.open_at - 40):span.open_at]
    after = text[span.close_at:span.close_at + 30]
    if len(words) <= 3 and _nickname_between(before, after) and not body.rstrip(" \u00a0").endswith((".", "!", "?")):
        return False  # Dwayne "The Rock" Johnson (not 'X called Roe “unhinged.” Jane Doe said': a sentence ends)
    if len(words) == 1 and _GLOSS_OPEN.search(before) and _GLOSS_CLOSE.match(text, span.close_at):
        return False  # 'into possible accounting violations ("Bilanzmanipulation")': a gloss, no one's words
    if len(words) <= _SO_CALLED_WORDS and _SO_CALLED.search(before) \
            and not speech_verbs(text, span.sent_start, span.open_at):
        # 'the so-called "tau trade" had drawn $1.8 billion, according to X': a term, no one's words (not 'X is
        # claiming victory in the so-called "governors' bracket"': the term may be the speaker's)
        return False
    spoken = bool(speech_verbs(text, span.sent_start, span.open_at) or speech_verbs(text, span.close_at, span.sent_end))
    cued = bool(spoken or ACCORDING_TO.search(text, span.sent_start, span.sent_end)
                 or _WORDED_COLON.search(text, span.sent_start, span.open_at)
                 or OWNED_SPEECH.search(text, span.sent_start, span.open_at))  # "the board's defence - that it was “…”"
    titled = 2 <= len(words) <= 8 and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL for w in words)
    # a title may hold a number ('the movie "Storm Front 2: Landfall"')
    capitalised = words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _TITLE_SMALL for w in words)
    if (titled or 2 <= len(words) <= 8 and capitalised) and TITLE_CUE.search(before):
        return False
    if len(words) <= 3 and body.rstrip(" \u00a0").endswith(":") and _alone_on_line(text, span):
        return False  # a link list's label in quotation marks on its own line: '"See also:"', '"More:"'
    if len(words) <= 8 and capitalised and (_WORK_AFTER.match(after) or _NAMED_BEFORE.search(before)):
        return False  # 'the "Night Desk" podcast', 'starred in "Harbor Lights"', 'known online as "Quillfox"'
    if len(words) <= 3 and _KNOWN_AS.search(before):
        return False  # 'the sedative xylazine, known as "tranq"': a name of a thing, in any case
    if len(words) <= _TITLE_MAX_WORDS and capitalised and _WORK_BEFORE.search(before) \
            and (len(words) > 1 or not speech_verbs(text, span.open_at - len(before), span.open_at)):
        # 'her memoir, "Quiet Ledgers."', 'the podcast "Well, Here We Are"': the work's title (one word said of a
        # work stays a quotation: 'she said of the film, "Brilliant."')
        return False
    if 2 <= len(words) <= _TITLE_MAX_WORDS and _TITLED.search(before) and not _GAP_BREAK.search(body) \
            and not body.rstrip(" ,").endswith("."):
        # 'a note titled "Digging deeper"': a title in sentence case is still a title (a full sentence after
        # "entitled" may be an op-ed's quoted line: 'entitled "Their ideas are not bold. They are facile."')
        return False
    if 2 <= len(words) <= _TITLE_CASE_MAX_WORDS and capitalised and _TITLED.search(before):
        return False  # the work's title in title case, whatever its punctuation
    named = len(words) <= SCARE_MAX_WORDS and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL for w in words)
    if span.kind == "partial" and named and _PLACE_OF_TITLE.search(before):
        return False  # a show, paper or programme: "told NBC’s “Today”", "appeared on “Morning Joe”"
    if named and _TOLD_BEFORE.search(before):
        return False  # 'Roe told “Breakfast Hour” on Monday': the programme told, in title case, whatever its kind
    if span.kind == "partial" and len(words) <= 8 and words[0][:1].isupper() and _ACRONYM_OWNER.search(before) \
            and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL | {"with", "at", "by"} for w in words):
        return False  # a broadcaster's programme by its longer title: 'told WXYZ’s “Evenings with Jane Roe,”'
    if span.kind == "partial" and len(words) <= SCARE_MAX_WORDS and not cued:
        return False
    if len(words) <= SCARE_MAX_WORDS and _defined_term(text, span, words):
        return False  # 'Acme Metals ASA ("Acme") announces …': the short name the text will use, no one's words
    if span.kind == "partial" and len(words) == 1 and _from_to_term(text, span):
        return False  # a grade or rating a thing is moved between: 'cut the stock to "sell" from "hold,"'
    if len(words) <= 3 and _rating(text, span, body):
        return False  # 'raised the stock to "outperform,"', 'who has a "hold" rating on the shares'
    if len(words) <= 3 and not text[span.sent_start:span.open_at].strip() \
            and _NAMED_AS_WORD_AFTER.match(text, span.close_at):
        return False  # '"Transition" is a reference to the company's restructuring': the word named, not said
    if len(words) <= 3 and not spoken and _WORDS_AS_WORDS.search(text, span.sent_start, span.open_at):
        # 'Words such as "expects," "intends" and "may" identify …': words named, no one's words (not 'words like
        # “maybe” and “perhaps”, he told reporters': the speaker's own words, as he put them)
        return False
    return not (span.kind == "partial" and titled and not cued)


def _defined_term(text: str, span: QuoteSpan, words: list[str]) -> bool:
    """Whether the quotation is a defined term: alone in parentheses, capitalised, and either after "the" ('(the
    "Company")') or made of words of the name just before it ('Acme Metals ASA (OSE: ACM) ("Acme")'). A nickname
    in parentheses keeps its words ('Jane Roe ("Iron Jane")': "Iron" is no word of the name)."""
    lo = max(0, span.open_at - _TERM_REACH)
    if text.rfind("(", lo, span.open_at) < 0:
        return False
    m = _TERM_OPEN.search(text, lo, span.open_at)
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]  # '("Acme" or "the Company")': the article inside the marks
        article = True
    else:
        article = False
    if m is None or not _TERM_CLOSE.match(text[span.close_at:span.close_at + _TERM_REACH]) or not all(
            w[:1].isupper() for w in words):
        return False
    if article or re.search(r"\b(?:the|hereinafter)\s*\Z", m.group(0), re.I) or _OTHER_TERM_IN.search(m.group(0)) \
            or _TERM_CLOSE.match(text[span.close_at:span.close_at + _TERM_REACH]).group(0).strip() != ")":
        return True
    before = {w.casefold() for w in _WORDS.findall(text[max(span.sent_start, m.start() - 80):m.start()])}
    return all(w.casefold() in before for w in words)


#: a byline right after a quotation's closing comma: '"Museum to close in May," by the Herald's Jane Roe'
_BYLINE_AFTER = re.compile(r"\A\s*,?\s+by\s+(?:the\s+)?[A-Z]")
#: what may open a line before an article's title in a link digest: nothing, a dash, a label in capitals and a dash
_DIGEST_LABEL = re.compile(r"\s*(?:[A-Z][A-Z0-9 ’'&.,-]*)?\s*[—–-]?\s*\Z")


def _linked_headline(text: str, span: QuoteSpan, body: str) -> bool:
    """Whether the quotation (``body``, its words) is an article's headline in a link digest: it opens its line
    (after at most a label in capitals and a dash: "FAREWELL—", "—") and its closing comma is followed by the
    article's byline ('"Museum to close in May," by the Herald's Jane Roe: …'). A headline is no one's spoken
    words."""
    after = text[span.close_at:span.close_at + 40]
    if not (body.rstrip(" \u00a0").endswith(",") or after.lstrip(" \u00a0").startswith(",")):
        return False
    line_start = text.rfind("\n", 0, span.open_at) + 1
    return bool(_BYLINE_AFTER.match(after)) and bool(_DIGEST_LABEL.fullmatch(text, line_start, span.open_at))


def _alone_on_line(text: str, span: QuoteSpan) -> bool:
    """Whether nothing but the quotation (and a full stop) stands on its line."""
    line_start = text.rfind("\n", 0, span.open_at) + 1
    line_end = text.find("\n", span.close_at)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:span.open_at].strip() and not text[span.close_at:line_end].strip(" \t\u00a0.")


def _rating(text: str, span: QuoteSpan, body: str) -> bool:
    """Whether the quotation is an analyst's rating: its words are a rating term (:data:`RATINGS`) named after
    "to"/"at"/"from" where no verb phrase goes on ('cut the stock to "neutral,"' but not 'vowed to "hold" them
    to account'), or before "rating"."""
    term = " ".join(body.strip(" ,.;:!?").casefold().split())
    if term in RATING_WATCH and _WATCHED_BEFORE.search(text, max(0, span.open_at - 8), span.open_at):
        return True  # 'placed its A- rating on "rating monitor"': the agency's watch, no one's words
    if term not in RATINGS:
        return False
    if _RATING_AFTER.match(text, span.close_at):
        return True
    if not _RATED_BEFORE.search(text, max(0, span.open_at - 8), span.open_at):
        return False
    return body.rstrip()[-1:] in (",", ".", ";") or bool(_RATING_NEXT.match(text, span.close_at))


def _from_to_term(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation is one of two terms in 'to "X" from "Y"'."""
    lo = max(0, span.open_at - 40)
    return any(m.start() <= span.open_at < m.end() for m in _FROM_TO.finditer(text, lo, span.close_at + 40))


#: a sentence in the first or second person closed by a pronoun or name and a verb of writing or saying, with no
#: quotation marks: "We see no bottom yet, she wrote in a note." (speech given word for word, unmarked; the lookahead
#: on the capital lets the regex engine skip to one before trying the lookbehinds)
_UNMARKED = re.compile(r"(?=[A-Z])(?:(?<=[.!?]\s)|(?<=^))([A-Z][^\"“”‘’\n.!?:;]{15,400}?),\s+"
                       r"(?:he|she|[A-Z][\w’'-]+)"
                       r"\s+(?:wrote|writes|said|says|added|told\s+(?:us|me|clients|investors))"
                       r"(?:\s+(?:in|on|to|at|during|this|last|earlier|later|yesterday|today)\b[^\"“”\n.!?,]{0,50})?\.",
                       re.M)
_FIRST_SECOND = re.compile(r"\b(?:I|I['’]m|we|We|we['’]re|our|Our|us|my|you|You|your)\b")


def _unmarked_spans(text: str, marked: list[QuoteSpan]) -> list[QuoteSpan]:
    """Unmarked direct speech: a sentence that speaks in the first or second person ("If you hold the stock, you
    should sell it now, he wrote in a note"), credited by a pronoun or name and a verb after a comma.
    Reported speech would be in the third person; none of it lies inside a marked quotation."""
    paras = paragraphs(text)
    out = []
    for m in _UNMARKED.finditer(text):
        a, b = m.span(1)
        if not _FIRST_SECOND.search(text, a, b) or any(s.open_at <= b and a <= s.close_at for s in marked):
            continue
        k = next((i for i, (pa, pb) in enumerate(paras) if pa <= a <= pb), None)
        if k is None:
            continue
        span = QuoteSpan([(a, b)], a, b, 0, 0, k)
        span.sent_start = sentence_start(text, paras[k][0], a)
        span.sent_end = sentence_end(text, b, paras[k][1])
        out.append(span)
    return out


def find_spans(text: str) -> list[QuoteSpan]:
    """Quotation spans of ``text`` (scare quotes, titles and nicknames left out), in text order, each with its
    kind set."""
    spans = _spans(text)
    spans = sorted(spans + _unmarked_spans(text, spans), key=lambda sp: sp.open_at)
    kept: list[QuoteSpan] = []
    prev_close = 0
    for span in spans:
        span.kind = _kind(text, span, prev_close)  # type: ignore[assignment]
        prev_close = span.close_at
        if _is_quotation(text, span):
            kept.append(span)
    return kept


#: a section head in capitals opening its line, up to what ends it: a dash, " - ", a colon closing the line, or the
#: opening mark of the quotation it heads ("PRESS CLIPS—“…”", "MARKETS WRAP, LATE EDITION - Jane Roe: “…”",
#: "SHORT TAKES:" over a list, "TOWN HALL SHUTS ITS DOORS “…”")
_HEADING = re.compile(r"[ \t\u00a0—–•*-]*(?P<head>[A-Z0-9][A-Z0-9’'&.,/ ]*?)[ \t\u00a0]*"
                      r"(?P<end>—|–|\s-\s|:[ \t\u00a0]*(?:\n|\Z)|[\"“‘])")
_HEAD_REACH = 400


def _in_heading(text: str, anchor: int, mention: str, etype: str) -> bool:
    """Whether the words that named a quotation's speaker are a section head in capitals (a newsletter's or a
    digest's "PRESS CLIPS—", "SHORT TAKES:", "RATES STAY PUT, FOR NOW - "): the entity layer reads such heads as
    names. Not a transcript turn ("JANE ROE: …", the colon followed by the words on its line), not a factbox label
    naming a person ("JANE ROE, ACME CAPITAL:")."""
    mention = (mention or "").strip()
    if len(mention) < 2 or not mention.isupper():
        return False
    pos = text.rfind(mention, max(0, anchor - _HEAD_REACH), anchor)
    if pos < 0:
        return False
    line = text.rfind("\n", 0, pos) + 1
    m = _HEADING.match(text, line)
    if m is None or not (m.start("head") <= pos and pos + len(mention) <= m.end("head")):
        return False
    words = re.findall(r"[A-Z][A-Z’']+", m.group("head"))
    if m.group("end").startswith(":") and (etype == "PERSON" or "," in m.group("head")):
        return False  # "JANE ROE:" over a turn, "JANE ROE, ACME CAPITAL:" over a quoted paragraph
    return len(words) >= 2 or m.group("end") in ("—", "–")


def quote_records(text: str, mentions: list[MentionRow],
                  house: tuple[str, str] | None = None) -> list[tuple[object, ...]]:
    """Quotations of one document as tuples in :data:`QUOTE_COLUMNS` order (``mentions`` as
    :func:`~analysis.quotes.attribute.mention_rows` returns them; ``house``: the firm whose research note the page
    is, when its head says so, :func:`~analysis.quotes.documents.note_house`)."""
    # ``A,'', ''A,'' (without other double marks), „A“ and »A« are “A,” too (the same length: every offset stays)
    text = continental_marks(typewriter_marks(text))
    spans = find_spans(text)
    doc, rules = attribute_doc(text, spans, mentions, house=house)
    speakers = choose_speakers(doc, spans, rules)
    out: list[tuple[object, ...]] = []
    reported: list[bool] = []  # per row: its own sentence reports someone's speech ("X said, “…”")
    own: list[bool] = []  # per row: its own sentence has a speaker in the first person ("I told them: “…”")
    owned: list[bool] = []  # per row: a noun of speech owned by a name reports it ("The agency's wording was: “…”")
    prev: QuoteSpan | None = None
    for span, who in zip(spans, speakers, strict=True):
        quote = " ".join(text[a:b].strip() for a, b in span.segments)
        if who.name and _in_heading(text, span.open_at, who.mention, who.type):
            who = Speaker("", "", who.mention, "none")  # a newsletter's section head in capitals names no one
        if who.name and _linked_headline(text, span, quote):
            # '"Museum to close in May," by the Herald's Jane Roe: …': a link digest's headline is no one's words
            # (it stays a quotation, so the excerpt after the byline's colon keeps its author)
            who = Speaker("", "", who.mention, "none")
        if prev is not None and out and "partial" in (span.kind, prev.kind) \
                and prev.close_at > span.sent_start and out[-1][4] == who.name \
                and not _adds(text, prev.close_at, span.open_at):
            # fragments quoted in one sentence from one speaker ("a “loser,” a “liar” and a “whiner”") are
            # one quotation
            last = out[-1]
            out[-1] = (last[0], span.segments[-1][1], f"{last[2]} … {quote}", *last[3:])
        else:
            out.append((span.segments[0][0], span.segments[-1][1], quote, span.kind, who.name, who.type, who.mention,
                        who.attribution))
            # (a split quotation's attribution stands between its parts: "“…,” I told them, “…”")
            gaps = [(span.sent_start, span.open_at), (span.close_at, span.sent_end)] + [
                (a[1], b[0]) for a, b in zip(span.segments, span.segments[1:])]
            reported.append(any(speech_verbs(text, lo, hi, verbs_only=True) for lo, hi in gaps))
            owned.append(bool(OWNED_SPEECH.search(text, span.sent_start, span.open_at)))
            own.append(any(_FIRST_PERSON.search(text, lo, hi) for lo, hi in gaps))
        prev = span
    out = _echoes(out, reported)
    out = [(*r[:4], _short_form_of(_spelled_acronym(text, str(r[4]), mentions), mentions), *r[5:]) if r[4] else r
           for r in out]
    out = interview_answers(text, out, mentions)
    out = identified_later(text, out)  # "A senior Acme executive … “…”" named in the next paragraph
    turns = _interview_answers(text, mentions, quoted_turns(text, mentions)) or _call_turns(text, mentions)
    if turns:
        hosts = _named_hosts(text, mentions)
        turns = [t for t in turns if _fold(t[4]) not in hosts]
    if turns:
        turns = _initials_labels(turns, mentions)
        turns = _bracketed_names(text, turns, mentions)
        turns = _turns_over_paragraphs(text, turns, spans)
    if turns:
        # a transcript: a guest's turn printed in quotation marks is a quotation of the guest, and replaces what
        # marks inside it gave; a turn printed without them is no quotation (:data:`UNMARKED_TURNS_ARE_QUOTES`).
        # Inside any turn the words of someone else the guest reports stay theirs ("Right. Their chairman said,
        # “…”"); inside an unmarked turn the guest's own words quoted in the first person ("I told them: “…”")
        # are the guest's, whether or not the rules already gave them the guest ("What I told our board was: “…”").
        quoted = turns if UNMARKED_TURNS_ARE_QUOTES else [t for t in turns if _LEADING_OPEN.match(t[5])]
        kept = []
        for r, cued, first, said_as in zip(out, reported, own, owned, strict=True):
            inside = next((t for t in turns if t[0] <= int(r[0]) < t[1]), None)
            if inside is not None and inside not in quoted and cued and first and inside[2] and r[4] != inside[2] \
                    and r[7] == "coreference":
                # "As I told our staff on Monday, “…”": the guest speaks in the first person; a name the rules only
                # reached through the context (none is next to the verb) is not the speaker
                kept.append((*r[:4], inside[2], inside[3], inside[4], "coreference"))
            elif inside is None or (cued or said_as) and r[5] and r[4] != inside[2]:
                kept.append(r)
            elif inside not in quoted and guest_quoted(r, inside, cued):
                kept.append(r)  # "A: Partly. “…,” Roe said.": the writer quotes the guest in the third person
            elif inside not in quoted and cued and first and (not r[4] or r[4] == inside[2]) and inside[2]:
                kept.append((*r[:4], inside[2], inside[3], inside[4], "coreference"))
        out = kept
        out.extend((a, b, words, "direct", name, etype, label, "adjacent" if name else "none")
                   for a, b, name, etype, label, words in quoted)
        out.sort(key=lambda r: int(r[0]))
    return out


#: Whether a transcript's or a printed interview's turns without quotation marks ("ROE: We will…", "A: We will…")
#: are quotations of their speaker. News annotation counts as a quotation only words a text prints in quotation
#: marks: an interview's answers printed under a label are the interview itself, not a quotation in a story (the
#: eight dev corpora of rounds 34-41, each by another writer, and PolNeAR agree). The turns are still read: they
#: give the speaker of the quotation marks inside them (:func:`quote_records`) and of a headline's quotation
#: (:mod:`.headline`).
UNMARKED_TURNS_ARE_QUOTES = False
#: a quotation mark opening a turn's words: the guest's answer printed as a quotation
_LEADING_OPEN = re.compile(r"\s*[\"“‘'«„]")
#: a verb of saying in the first person ("I told them", "I'll say it again", "we wrote")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)(?:['’]ll|['’]ve| will| would| have| had| also| then| once| always)?"
                           r"\s+(?:told|tell|said|say|wrote|write|warned|put it)\b")


#: an acronym with its name spelled out in brackets right after it ("ANSSI (Agence nationale de la sécurité des
#: systèmes d'information)", "the PAV (Port Authority of Veldhaven)")
_ACRONYM_SPELLED = r"\s*\((?P<full>[A-Z][^()\n]{4,100}?)\)"


def _spelled_acronym(text: str, name: str, mentions: list[MentionRow]) -> str:
    """``name``, or the name an acronym stands for when the text spells it out and the letters fit
    (:func:`~analysis.quotes.antecedents.abbreviates`): the name the article introduces the organisation by,
    which the reader knows it by. In brackets right after the acronym ("France's cyber agency ANSSI (Agence
    nationale …) says it is “supporting the company”"), or a mention of an organisation right before the acronym
    in brackets ("the Port Authority of Veldhaven (PAV)") when the entity layer did not link the two."""
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
        return name
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + _ACRONYM_SPELLED, text):
        full = " ".join(m["full"].split())
        if abbreviates(name, full):
            return full
    after = re.compile(r"[ \t\u00a0]*\(" + re.escape(name) + r"\)")
    for _, b, full, etype in mentions:
        if etype in ("ORG", "ORGANIZATION", "ORGANISATION") and full != name and after.match(text, b) \
                and abbreviates(name, full):
            return full
    return name


#: a short form in mixed case, its small letters standing for the small words of the name ("BoE" for "Bank of
#: England", "DfT" for "Department for Transport")
_MIXED_SHORT = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
_SMALL_WORDS = {"of", "for", "and", "the", "on", "in"}


def _fits_short(short: str, name: str) -> bool:
    """Whether each letter of ``short`` opens one word of ``name`` in turn, a small letter a small word ("of") and
    a capital any other."""
    words = name.split()
    return len(words) == len(short) and all(
        w[0].casefold() == c.casefold() and (c.islower() == (w.casefold() in _SMALL_WORDS))
        for c, w in zip(short, words, strict=True))


def _short_form_of(name: str, mentions: list[MentionRow]) -> str:
    """``name``, or the organisation's full name when ``name`` is its short form in mixed case ("the BoE said",
    after "The Bank of England cut rates"): the one organisation the text names whose words it spells, when the
    entity layer left the two apart."""
    if not (3 <= len(name) <= 6 and _MIXED_SHORT.fullmatch(name) and not name.isupper()):
        return name
    full = {n for _, _, n, etype in mentions if etype in ("ORG", "ORGANIZATION", "ORGANISATION") and _fits_short(name, n)}
    return full.pop() if len(full) == 1 else name


#: the credit of the one who put the questions of an interview, right before their name ("Interview by Jane Roe",
#: "Interview conducted by", "Interviewed by", "Questions by", "Questions asked by")
_INTERVIEWER_CREDIT = re.compile(r"\b(?:interview(?:ed)?|conducted|questions(?:\s+asked)?)\s+by[ \t]+\Z", re.I)


def _interview_answers(text: str, mentions: list[MentionRow], turns: list[tuple[int, int, str, str, str]]
                       ) -> list[tuple[int, int, str, str, str]]:
    """``turns`` (as :func:`~analysis.corpus.transcript.quoted_turns` gives them), with the answers of a
    question-and-answer interview ("Q:" / "A:" lines) credited to the one interviewed, never to the one a credit
    line names as asking the questions ("Interview by Jane Roe.", "Interview conducted by Jane Roe on Monday."):
    the interviewer's name is no candidate for the answers. Turns of a transcript printed under names are left as
    they are."""
    if any(t[4] != "A" for t in turns):
        return turns
    askers = {n for a, _, n, t in mentions if t == "PERSON" and _INTERVIEWER_CREDIT.search(text, max(0, a - 40), a)}
    if not askers or (turns and turns[0][2] not in askers):
        return turns
    return qa_answers(text, [m for m in mentions if m[2] not in askers])


#: the header of a conference call transcript's list of participants ("Company Participants", "Conference Call
#: Participants", "Corporate Participants", "Participants")
_PARTICIPANTS = re.compile(r"^[ \t]*(?:(?:Company|Corporate|Conference[ \t]+Call|Call|Executive)[ \t]+)?"
                           r"Participants[ \t]*:?[ \t]*$", re.M | re.I)
#: a participant's line under that header: a name of two to four words, a dash, then the title or the firm
_PARTICIPANT = re.compile(r"[ \t]*(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){1,3})[ \t]+[-—–][ \t]+\S[^\n]*")
#: the call's own voice, whose turns are no one's quotations
_OPERATOR = "operator"
#: a line of page furniture after the last turn ("Copyright 2029 X. All rights reserved.")
_FURNITURE = re.compile(r"[ \t]*(?:Copyright\b|©|\(c\)[ \t])", re.I)
_MIN_CALL_TURNS = 3
#: a line that may be a speaker's name in a call transcript: two to four capitalised words
#: (not closed by a full stop: "Jane Roe." under a reader's letter signs the words above it)
_NAME_LINE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}(?<![.])")
#: words of a heading in title case that no name holds
_NOT_NAME_WORDS = frozenset("""the a an of and or in on at for to with from by what how why when where who which this
that these those our your its their is are was were will new next more key""".split())


def _call_turns(text: str, mentions: list[MentionRow]) -> list[tuple[int, int, str, str, str]]:
    """The turns of a conference call transcript as quotations, in :func:`quoted_turns`' form. A call transcript
    prints each turn as the speaker's name alone on a line, then the words spoken in the paragraphs up to the next
    name (or "Operator", whose turns are no one's); its list of participants ("Company Participants", one "Jane Roe
    - Chief Executive Officer" line each) may head it, or the page's cleaning may have left it out. A name line is
    a person the entity layer found there (the whole line) or a listed participant. The text is such a transcript
    when it has at least :data:`_MIN_CALL_TURNS` name lines of at least two people, one of them speaking twice or
    an operator's line among them, and every name line is followed by words (a byline is one line, once). Every
    paragraph of a participant's turn is a quotation of that participant."""
    listed: dict[str, str] = {}
    for m in _PARTICIPANTS.finditer(text):
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            p = _PARTICIPANT.fullmatch(text, pos, end)
            if p is None:
                break
            name = " ".join(p["name"].split())
            listed[name.casefold()] = name
            pos = end + 1
    people = {(a, b): (str(n), str(t)) for a, b, n, t in mentions if t == "PERSON"}
    lines: list[tuple[int, int, str | None]] = []  # (start, end, speaker of a name line: "" the operator; None words)
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        a = start + len(line) - len(line.lstrip())
        b = start + len(line.rstrip())
        key = " ".join(line.split()).casefold()
        who = people.get((a, b))
        if key == _OPERATOR:
            lines.append((a, b, ""))
        elif who is not None and len(key.split()) >= 2:
            lines.append((a, b, who[0]))
        elif key in listed:
            lines.append((a, b, listed[key]))
        elif _NAME_LINE.fullmatch(text, a, b) and not any(w in _NOT_NAME_WORDS for w in key.split()):
            lines.append((a, b, " ".join(line.split())))  # (a name the entity layer did not find on its own line)
        else:
            lines.append((a, b, None))
    named = [w for _, _, w in lines if w]
    if len(named) < _MIN_CALL_TURNS or len(set(named)) < 2 or (len(set(named)) == len(named) and "" not in {
            w for _, _, w in lines}):
        return []
    known = {n for n in set(named) if n in {p for p, _ in people.values()} or n.casefold() in listed
             or n.split()[0] in GIVEN_GENDER}
    if 2 * len(known) < len(set(named)):
        return []  # headings in title case, not people's names
    if any(w is not None and (k + 1 == len(lines) or lines[k + 1][2] is not None) for k, (_, _, w) in enumerate(lines)
           if w is not None and w):
        return []  # a name line with no words after it: a list of names, not a transcript
    types = {n.casefold(): t for n, t in people.values()}
    out: list[tuple[int, int, str, str, str]] = []
    current: str | None = None
    for a, b, who in lines:
        if who is not None:
            current = who
        elif current and not _FURNITURE.match(text, a):
            out.append((a, b, current, types.get(current.casefold(), "PERSON"), current))
    return out


#: the brackets after a turn's label, up to the colon ("LAUNCH DIRECTOR (Jane Roe):")
_BRACKETS_AFTER = re.compile(r"[ \t]*\((?P<inside>[^()\n]{3,60})\)[ \t]*:")


#: a turn's label of initials only ("HL:", "JR:")
_INITIALS_LABEL = re.compile(r"[A-Z]{2,3}")


def _initials_labels(turns: list[tuple[int, int, str, str, str]], mentions: list[MentionRow]
                     ) -> list[tuple[int, int, str, str, str]]:
    """The turns with a label of initials ("HL:") credited to the one person the text names whose name they are
    the initials of ("Harriet Lowe"), as a printed interview labels its guest after giving the name in full once;
    a label whose initials fit no one, or several, is left as it is."""
    people = {str(n) for _, _, n, t in mentions if t == "PERSON" and len(str(n).split()) >= 2}
    out = []
    for a, b, name, etype, label in turns:
        if _INITIALS_LABEL.fullmatch(label):
            fits = {n for n in people if "".join(w[0] for w in n.split() if w[:1].isupper()) == label}
            if len(fits) == 1:
                name, etype = next(iter(fits)), "PERSON"
        out.append((a, b, name, etype, label))
    return out


def _bracketed_names(text: str, turns: list[tuple[int, int, str, str, str]], mentions: list[MentionRow]
                     ) -> list[tuple[int, int, str, str, str]]:
    """The turns with the speaker a role's label gives in brackets: a radio net's or a control room's transcript
    prints a post and the person holding it ("LAUNCH DIRECTOR (Jane Roe): …"), and the words are that person's.
    A label that is no name (none the entity layer found, no given name in it) with a person's name in brackets
    takes that name; where the transcript names people so, a label of that kind with no brackets (and no name
    the entity layer found outside the turns' own lines) is a post nobody is named for ("RANGE: Range is go.", "FLIGHT CONTROL: …"): its words are credited to no one."""
    lines = [(text.rfind("\n", 0, a) + 1, b) for a, b, *_ in turns]  # each turn's label and words
    known = {_fold(str(n)) for s, _, n, _ in mentions if not any(lo <= s < hi for lo, hi in lines)}
    people = {_fold(str(n)): str(n) for _, _, n, t in mentions if t == "PERSON"}
    posts: list[tuple[int, str]] = []  # (turn index, the bracketed name or "")
    for k, (a, _, name, etype, label) in enumerate(turns):
        if etype != "PERSON" or _fold(name) in known or any(w.title() in GIVEN_GENDER for w in label.split()):
            continue
        at = text.rfind(label, text.rfind("\n", 0, a) + 1, a)
        m = _BRACKETS_AFTER.match(text, at + len(label)) if at >= 0 else None
        inside = m["inside"].strip() if m is not None else ""
        person = _role_name(inside) and (_fold(inside) in people or inside.split()[0].title() in GIVEN_GENDER)
        posts.append((k, inside if person else ""))
    if not any(inside for _, inside in posts):
        return turns
    out = list(turns)
    for k, inside in posts:
        a, b, _, _, label = turns[k]
        if inside:
            name = people.get(_fold(inside)) or (" ".join(w.title() for w in inside.split()) if inside.isupper()
                                                  else inside)
            out[k] = (a, b, name, "PERSON", label)
        else:
            out[k] = (a, b, "", "", label)
    return out


def _turns_over_paragraphs(text: str, turns: list[tuple[int, int, str, str, str]],
                           spans: list[QuoteSpan]) -> list[tuple[int, int, str, str, str, str]]:
    """The guests' turns with their words, a turn whose words open with a quotation mark left open at the end of
    its line running on over the paragraphs that continue that quotation ("ROE: “It is too early.↵“What I can
    say is …”": the news convention for a quotation of several paragraphs, :mod:`.marks`); the paragraphs are
    joined by a space."""
    runs = {s.open_at: s for s in spans if s.multi_para}
    paras = paragraphs(text)
    out = []
    for a, b, name, etype, label in turns:
        span = runs.get(a)
        if span is None or not span.segments[0][0] < b <= span.segments[1][0]:
            out.append((a, b, name, etype, label, text[a:b]))
            continue
        more = [next((pa, pb) for pa, pb in paras if pa <= sa < pb) for sa, _ in span.segments[1:]]
        words = " ".join([text[a:b], *(text[pa:pb].strip() for pa, pb in more)])
        out.append((a, max(b, more[-1][1]), name, etype, label, words))
    return out


_ECHO_WORDS = 3  # words of a quotation with no cue that another quotation of the document must hold in order


def _folded_words(quote: str) -> str:
    return " ".join(w.casefold().replace("’", "'") for w in _WORDS.findall(quote))


def _echoes(rows: list[tuple[object, ...]], reported: list[bool]) -> list[tuple[object, ...]]:
    """A quotation nothing attributes (no cue at all: a headline's, a subhead's or a pull quote's words,
    "‘Not a broken company’") whose words another quotation of the document holds in full ("“Tsukimori is not a
    broken company. …,” X said") takes that quotation's speaker: a headline quotes the words the body
    attributes. Only for a quotation whose sentence reports no speech ("“How big is it?” asked the boy" is the
    boy's, whoever repeats it), with one speaker among the quotations that hold it, and of three words or more (a
    word or two in quotation marks is a term, not an echo)."""
    folded = [f" {_folded_words(str(r[2]))} " for r in rows]
    out = list(rows)
    for i, r in enumerate(rows):
        if r[4] or r[7] != "none" or reported[i] or len(folded[i].split()) < _ECHO_WORDS:
            continue
        holders = {(str(o[4]), str(o[5])): str(o[6]) for k, o in enumerate(rows)
                   if k != i and o[4] and o[5] and folded[i] in folded[k]}
        if len(holders) == 1:
            (name, etype), mention = holders.popitem()
            out[i] = (*r[:4], name, etype, mention, "coreference")
    return out


#: what only the host of a programme says of a guest or of themselves: "With me is X", "Let's bring in X", "Joining
#: us now is X", "X, thank you", "Thank you, X", "I'm X" (X a full name, matched against the turns' labels)
_HOST_INTRO = re.compile(
    r"\b(?:(?:with\s+me|joining\s+(?:me|us))(?:\s+(?:now|today|here|in\s+the\s+studio))?\s+(?:is|are)"
    r"|let['’]s\s+(?:bring\s+in|welcome|go\s+to)|(?:please\s+)?welcome|thank\s+you,?|thanks,?)\s+(?P<guest>[^\W\d_][^,.!?;:\n]{2,60})",
    re.I)
#: a host's introduction naming the guest after a description and a comma: "Joining me now is Acme's founder and
#: chief executive, Jane Roe." (the guest's full name closes the sentence)
_HOST_INTRO_DESCRIBED = re.compile(
    r"\b(?:with\s+me|joining\s+(?:me|us))(?:\s+(?:now|today|here|in\s+the\s+studio))?\s+(?:is|are)\s+"
    r"[^.!?;:\n]{3,100}?,\s+(?P<guest>[^\W\d_][^,.!?;:\n]{2,60}?)(?=\s*(?:[.!?]|$))", re.I | re.M)
_HOST_THANKS = re.compile(r"(?:^|[.!?]\s+)(?P<guest>[^\W\d_][^,.!?;:\n]{2,60}),\s+(?:thank\s+you|thanks)\b", re.I)
#: a name given its host's role in the words before a transcript ("spoke with host Jane Doe", "anchor Jane Doe")
_HOST_BEFORE = re.compile(r"(?<!\bto )(?<!\bwill )\b(?:" + "|".join(sorted(HOST_ROLES)) + r")[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})")
_HOST_SELF = re.compile(r"\bI['’]m\s+(?P<own>[^\W\d_][^,.!?;:\n]{2,60})")
_WELCOME = re.compile(r"\b(?:welcome\s+(?:to|back)|you['’]re\s+listening\s+to)\b", re.I)


def _fold(words: str) -> str:
    return " ".join(words.casefold().split())


def _role_name(role: str) -> bool:
    """Whether the words in a label's brackets are a person's name of two to four words ("JANE ROE", "Jane
    Roe"), not a role or an affiliation ("Chief Executive, Acme", "Anchor")."""
    words = role.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
                                        for w in words) \
        and not HOST_ROLES.intersection(role.casefold().replace("-", " ").split())


def _named_hosts(text: str, mentions: list[MentionRow]) -> set[str]:
    """The labels (casefolded) of a transcript's hosts who are printed under their name and not their role: the
    name an anchor's label gives in brackets ("ANCHOR (JANE ROE): …", then "JANE ROE: …" or "ROE: …"), the
    speaker who introduces or thanks another speaker by full name ("Let's bring in John Doe", "John Doe, thank you")
    and the one who names themselves ("I'm Jane Roe"). A transcript where every named speaker would be a host keeps
    them all, unless they are presenters opening their own programme with no guest."""
    names = {str(n) for _, _, n, t in mentions if t == "PERSON" and str(n).split()}
    turns = transcript_turns(text, {n.casefold().split()[-1] for n in names})
    if not turns:
        return set()
    labels = {_fold(t.label) for t in turns if not t.host and not t.unnamed}
    full = {lab for lab in labels if " " in lab}
    hosts = {_fold(t.role) for t in turns if t.host and t.role and _fold(t.role) in labels}
    # a speaker the introduction before the first turn calls the host ("Roe spoke with host Jane Doe from …",
    # then "JANE DOE: …"): the one who asks
    hosts |= {_fold(m["name"]) for m in _HOST_BEFORE.finditer(text, 0, turns[0].label_start)} & full
    # a host's name as the label, the role after it ("JANE ROE, HOST:", "Jane Roe (Anchor):"): a later bare
    # surname label ("ROE:") is the host too
    hosts |= {_fold(t.label) for t in turns if t.host and t.role and " " in t.label.strip()
              and not HOST_ROLES.intersection(t.label.casefold().split())}
    # a host's role as the label, the name in brackets after it ("HOST (JANE ROE):", "Anchor (Jane Roe):"), the
    # later turns under the bare surname ("ROE:"): the surname step below takes them up
    hosts |= {_fold(t.role) for t in turns if t.host and _role_name(t.role)
              and HOST_ROLES.intersection(t.label.casefold().replace("-", " ").split())}
    first: dict[str, str] = {}  # each speaker's first turn
    for t in turns:
        first.setdefault(_fold(t.label), text[t.start:t.end])
    given = Counter(other.split()[0] for other in full)  # (a given name only one speaker has: "Thanks, Dev.")
    for k, t in enumerate(turns):
        lab = _fold(t.label)
        if t.host or t.unnamed or lab in hosts:
            continue
        speech = text[t.start:t.end]
        said = [_fold(m["guest"]) for rx in (_HOST_INTRO, _HOST_INTRO_DESCRIBED, _HOST_THANKS)
                for m in rx.finditer(speech)]
        # a guest's first words thanking the host who has just spoken, by the given name ("RACHEL NG: … Joining me
        # now is …, Gerald Kinsella." "GERALD KINSELLA: Thank you, Rachel."): a reply, not a host's thanks
        replying = first[lab] == speech and k > 0 and _fold(turns[k - 1].label)
        if any(g == other or g.startswith(other + " ")
               or (g == other.split()[0] and given[g] == 1 and replying != other)
               for g in said for other in full - {lab}) \
                or any(_fold(m["own"]).startswith(lab) for m in _HOST_SELF.finditer(speech) if " " in lab):
            hosts.add(lab)
    if not labels - hosts:
        # presenters opening their own programme with no guest: the first turn welcomes the audience, and every
        # speaker names themselves in their first turn ("Hi, welcome to Dock Talk, I'm Jane Roe." "And I'm John
        # Doe."): all are hosts; otherwise a transcript of hosts only keeps them all
        opening = all(" " in lab and any(_fold(m["own"]).startswith(lab) for m in _HOST_SELF.finditer(first[lab]))
                      for lab in labels)
        welcome = _WELCOME.search(text[turns[0].start:turns[0].end]) is not None
        return hosts if labels and opening and welcome and not any(t.host or t.unnamed for t in turns) else set()
    # a surname label of a host named in full ("MORLAND:" after "TESSA MORLAND:") is the host too
    return hosts | {lab for lab in labels if " " not in lab and any(h.split()[-1] == lab for h in hosts)}


def _frame(records: list[tuple[object, ...]], columns: list[str]) -> pd.DataFrame:
    cols = list(zip(*records, strict=True)) if records else [()] * len(columns)
    return pd.DataFrame({c: pd.Series(list(v), dtype="int64" if c in ("start", "end") else "str")
                         for c, v in zip(columns, cols, strict=True)})


def find_quotes(text: str, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Quotations of one document and who said them.

    ``text`` is the document text; ``mentions`` its entity mentions (``start, end, surface, name, type``,
    offsets into ``text``; ``name`` canonical within the document). Returns :data:`QUOTE_COLUMNS`, one row per
    quotation in text order: ``start``/``end`` span the quotation (from its first quoted character to its last,
    a split quote's attribution inside), ``quote`` its quoted words (the parts of a split or multi-paragraph
    quote joined by a space), ``kind`` direct | partial, ``speaker`` the canonical name ("" when unattributed),
    ``speaker_type``, ``speaker_mention`` the words naming the speaker in the text and ``attribution`` adjacent
    | coreference | according-to | none."""
    return _frame(quote_records(text, mention_rows(mentions)), QUOTE_COLUMNS)


def find_corpus_quotes(docs: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`find_quotes` over many documents at once, with one frame built for all of them.

    ``docs`` needs ``doc_id, text`` (and ``title``: a headline's quotations come first, :mod:`.headline`;
    ``head_lines``: the standfirst under the headline is read as one, :func:`.headline.standfirst`, and a research
    note's head names its firm, :func:`.documents.note_house`; and ``outlet``, that firm when the head does not);
    ``mentions`` ``doc_id, start, end, name, type`` (offsets into each document's text). Returns ``doc_id`` plus :data:`QUOTE_COLUMNS`, ordered by document (as in ``docs``) then
    position."""
    by_doc: dict[str, list[MentionRow]] = {}
    if mentions is not None and len(mentions):
        for d, a, b, n, t in zip(mentions["doc_id"].tolist(), mentions["start"].tolist(), mentions["end"].tolist(),
                                 mentions["name"].tolist(), mentions["type"].tolist(), strict=True):
            by_doc.setdefault(str(d), []).append((int(a), int(b), str(n), str(t).upper()))
    records: list[tuple[object, ...]] = []
    seen: dict[tuple[str, tuple[MentionRow, ...], tuple[str, str] | None], list[tuple[object, ...]]] = {}  # a reprint is read once
    titles = docs["title"].tolist() if "title" in docs.columns else [None] * len(docs)
    heads = docs["head_lines"].tolist() if "head_lines" in docs.columns else [None] * len(docs)
    outlets = docs["outlet"].tolist() if "outlet" in docs.columns else [None] * len(docs)
    for doc_id, text, title, head, outlet in zip(docs["doc_id"].tolist(), docs["text"].tolist(), titles, heads,
                                                 outlets, strict=True):
        # a research note's "we" is its firm, which the page's head names (cleaning set it apart from the text)
        house = note_house(head if isinstance(head, str) else None, outlet if isinstance(outlet, str) else None)
        key = (str(text), tuple(sorted(by_doc.get(str(doc_id), []))), house)
        found = seen.get(key)
        if found is None:
            found = seen[key] = list(quote_records(key[0], list(key[1]), house))
        if isinstance(title, str) and title:
            records.extend((str(doc_id), *r) for r in headline_records(title, key[0], list(key[1])))
            deck = standfirst(title, head) if isinstance(head, str) else ""
            if deck:  # the standfirst under the headline is read as a headline too
                records.extend((str(doc_id), *r) for r in headline_records(deck, key[0], list(key[1])))
        records.extend((str(doc_id), *r) for r in found)
    return _frame(records, ["doc_id", *QUOTE_COLUMNS])
