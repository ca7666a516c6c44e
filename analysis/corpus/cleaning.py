"""Cleaning a scraped article: keep the article's own sentences, drop the page around them.

The rules are general (no seed is special-cased): page furniture is recognised by its shape (share widgets,
login boxes, cookie notices, "Also Read:" links, copyright lines, template debris), the article body is the
run of prose between the page header and the footer, and a paragraph printed twice is kept once. Every
removal is recorded with its reason so an analyst can check what was dropped.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from analysis import config
from analysis.corpus.furniture import (  # noqa: F401  (the reasons and furniture_reason are used from here too)
    FIGURE_CELL_RE, REASON_BYLINE, REASON_CAPTION, REASON_COMMENTS, REASON_CONTACT, REASON_COOKIE, REASON_COPYRIGHT,
    REASON_COUNTER, REASON_CREDIT, REASON_DATE, REASON_DEBRIS, REASON_FOOTER, REASON_HEADER, REASON_LINK,
    REASON_LOGIN, REASON_NAV, REASON_NEWSLETTER, REASON_REPEAT, REASON_SHARE, REASON_DATELINE, REASON_FRONT_MATTER,
    COMMENT_HEAD_RE, COMMENT_SAYS_RE, DATED_ITEM_RE, furniture_reason, housekeeping_edges, is_making_note, is_prose,
    is_stamp_line, is_prose_of, outer_pipes_off, sentence_like, strip_bullet, table_cells, word_count,
)
from analysis.corpus.closing_blocks import brief_lead_alone, fact_box, wire_brief
from analysis.corpus.page_text import front_matter
from analysis.corpus.provenance import looks_like_outlet, masthead
from analysis.time.dates import parse_date_line

_DEBRIS_RE = re.compile(r"\{\{[^{}\n]{0,80}\}\}|\{%[^%\n]{0,80}%\}|<%[^%\n]{0,80}%>|</?(?:div|span|p|br|a|img|strong|em|b|i|u)\b[^>\n]{0,200}>", re.I)
#: A share bar run into the end of a paragraph after its last sentence ("... was first published on June 18. Share this:
#: Facebook | Twitter | Email"): the bar goes, the sentence stays.
_SHARE_TAIL_RE = re.compile(r"(?<=[.!?\"”’])\s+((?:Share|SHARE)\b[^.!?\"“”]{3,120})$")
#: A wire's sign-off after a paragraph's last sentence, its agency and the initials of its writers and editors after
#: slashes, as German-language wires close a story ("... results on 4 May. (APW/ks/jw)", "(dpa-AFX/ak/he)").
_SIGN_OFF_RE = re.compile(r"(?<=[.!?…\"”’])\s*(\([A-Za-z][\w&.'’-]*(?:/[a-z]{1,4}){1,4}\))$")
#: A standfirst's byline after its last words, with no full stop after the name, as a paper sets it under the headline
#: ("The rebates that made the grocer a favourite now weigh on it, writes Jane Roe"): the writer goes, the standfirst stays.
_WRITES_TAIL_RE = re.compile(r"(?<=[\w.!?’'\"”)])\s*[,.;]?\s+(writes\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|van|von|da)){1,3})$")
_TAIL_MARKER_RE = re.compile(
    r"^(tags?|topics?|filed under|categories|related( posts| articles| stories| content| news)?|popular( posts?)?"
    r"|most (read|popular|shared|viewed)|more (from|stories|news)|you (may|might) also like|recommended( for you)?"
    r"|previous (post|article)|next (post|article)|read next|comments?|leave a (reply|comment)|replies|responses"
    r"|reader comments|join the conversation|\d+ (comments?|replies|responses)\b|forward[- ]looking statements?"
    # headings of other stories, as whole lines
    r"|(?:(?:top|more) stories|latest(?: news| stories| headlines| videos| [a-z]{3,15}s)?|trending(?: now| stories| tickers| topics| quotes"
    r"| stocks| on [\w&'’ -]{1,30}| in [\w&'’ -]{1,30})?|don'?t miss(?: (?:these|our|more) (?:stories|articles|reads)(?: from [\w&.'’+ -]{1,40})?)?|in other news"
    r"|editor'?s picks?|join (?:our|the) conversation|also of interest"
    r"|recommended stories|(?:sponsored|promoted|partner) (?:stories|content|links)|around the web|from our partners"
    r"|you may have missed|more to explore|other recent releases|more videos|more in [a-z][\w&'’ -]{1,30}|more (?:live )?coverage"
    r"|more on (?:this|the) (?:topic|story|subject)"
    # (a site's or a subject's box of links: "More on <Site>:", "More on <Company> (<TICKER>)")
    r"|more on (?-i:[A-Z])[\w&.'’-]*(?: (?-i:[A-Z(])[\w&.'’()-]*){0,3}"
    r"|more (?-i:[A-Z])[\w&'’-]{2,20})\s*:?$"
    # (a heading may end on its colon; not a compound: "Related-party sales")
    r"|share this( article| story)?|about the author)(?:\b|(?<=:))(?![-‐][^\W\d_])"
    # a press release's end mark and its contacts' heading
    r"|^(?:###|(?:media|press|investors?) (?:contacts?|enquiries|inquiries)\s*:?)$",
    re.I,
)
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
#: A list or table line that reports a share move: a capitalised name (or a brand written "easyJet", "eBay"; an
#: optional ticker in parentheses) and a signed percent figure ("Meituan: -4.87%", "BNP Paribas (BNPP.PA) -2.9%",
#: "SoftBank Group (9984) +6.2 pct", "easyJet -1.8%").
_MOVE_LINE_RE = re.compile(
    r"^(?:[A-Z]|[a-z]{1,4}[A-Z])[\w&.'’-]*(?:\s+[\w&.'’-]+){0,5}(?:\s*\([^()]{1,20}\))?"
    # (an aside between commas after the name: "Hälsoboden, a Swedish retailer that stocks Lilleblå, -2.7%")
    r"(?:,\s+(?:a|an|the|its|which|whose)\s[^,%\"“”]{2,80},)?\s*[:–-]?\s*[+\-−–]\s?\d{1,3}(?:\.\d+)?\s*"
    r"(?:%|pct\b|per\s?cent\b|percent\b)"
)
#: ... or with the way it went in a word after a colon, as a wire's list of stocks on the move sets it ("** Acme Inc:
#: down 2.3%", "Brindle Group: up 6.5% at $12.10").
_MOVE_WORD_LINE_RE = re.compile(
    r"^(?:[A-Z]|[a-z]{1,4}[A-Z])[\w&.'’-]*(?:\s+[\w&.'’-]+){0,5}(?:\s*\([^()]{1,20}\))?\s*[:–]\s*(?:up|down)\s+"
    r"\d{1,3}(?:\.\d+)?\s*(?:%|pct\b|per\s?cent\b|percent\b)"
)
#: A list's own label of one to three words and its colon before its movers ("Winners:", "Top fallers:", "LOSERS:").
_MOVE_LABEL_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+")
#: A company's legal form after a site's name in a copyright line ("Example Media L.P.", "Harbour News Ltd"); the name
#: stops at the first full stop, so "L.P." arrives as "L".
_LEGAL_FORM_END = re.compile(r",?\s+(?:L(?:\.P)?|LLC|LLP|LP|Inc|Ltd|Limited|plc|PLC|GmbH|AG|S\.?A|N\.?V)\.?$")
_COPYRIGHT_NAME_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?(?P<name>[^.|,©]+?)\s*(?:\.|,|\||all rights reserved|$)",
    re.I,
)


@dataclass(frozen=True)
class Removal:
    """One piece of the scraped text that cleaning dropped."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class CleanDocument:
    """The article's own paragraphs plus what was found and dropped around them."""

    paragraphs: tuple[str, ...]
    removals: tuple[Removal, ...]
    title: str | None
    dateline: date | None
    dateline_text: str | None
    site_name: str | None
    #: For each kept paragraph, the ``(start, end)`` of the line it was cleaned from in the text as given to
    #: :func:`clean_document` (the text as read), so offsets can be mapped back (:mod:`analysis.corpus.offsets`).
    sources: tuple[tuple[int, int], ...] = ()
    #: The line number (1-based) of the line ``title`` was read from, None without a title.
    title_line: int | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


_SPACES_RE = re.compile(r"[ \t]+")
_KEY_WORD_RE = re.compile(r"[\w']+")
_KEY_PAIRS = tuple(zip("‘’“”«»–—", "''\"\"\"\"--"))
_PUBLISHED_RE = re.compile(r"\s*(published|posted|updated|first published)", re.I)
#: A cell of a page's strip that says when it was posted or updated and gives a figure ("Posted 6/2/2031 5:10 a.m.").
_STAMP_CELL_RE = re.compile(r"^(?:published|posted|first published|(?:last\s+)?updated)\b:?\s.*\d", re.I)


def _stamp_strip(line: str) -> bool:
    """Whether ``line`` is a strip of cells between bars, one of them a stamp of when the page was posted or updated
    ("Example Post money team | Posted 6/2/2031 5:10 a.m. ET | Last updated 3:20 p.m. ET"): the page's, no prose,
    though its day is not read (a day written in figures alone may be either order)."""
    return "|" in line and any(_STAMP_CELL_RE.match(cell.strip()) for cell in line.split("|")[1:])


#: A headline of two or three words ("Quillow Bank slides", "Shares sink again"): a capitalised first word and a
#: word in lower case (a verb, most often); a line of names alone ("Wrenfield Money Daily") may be the site's.
_SHORT_HEADLINE_RE = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[\w'’&.%$-]+){0,1}\s+[a-z][\w'’.%-]*(?:\s+[\w'’.%$-]+)?$")


#: A separator between a page's date and its clock time ("11 March 2025 | 9:14am", "Mar 11, 2025 / 09:14 AM",
#: "11 March 2025 - 09:14 GMT", "11.03.2025 · 14:44"): read as a space.
_DATE_CLOCK_SEP_RE = re.compile(r"(?<=\d)\s*(?:\||/|·|•|[-–—])\s*(?=\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Za-z]{2,5})?\s*$)")


#: Date forms the date parser reads once respelled: "11-Mar-2025" (day, short month, year between hyphens) and
#: "2025/03/11" (year first, so one order only).
_HYPHEN_DAY_RE = re.compile(r"\b(\d{1,2})-([A-Za-z]{3,9})-((?:19|20)\d{2})\b")
_YEAR_FIRST_RE = re.compile(r"\b((?:19|20)\d{2})([/.])(\d{1,2})\2(\d{1,2})\b")
#: A Korean page's stamp labels, as written or machine-translated ("입력 2016.09.02 17:48 | 수정 ...", "Input
#: 2016.09.02 17:48 | Modified 2016.09.02 21:05"): when it was put in (published) and changed (updated).
_INPUT_LABEL_RE = re.compile(r"^\s*(?:(?P<put>input|입력)|(?P<changed>modified|수정))\s*:?\s*(?=(?:19|20)\d\d[./-])", re.I)
#: The writer after the date: "March 11, 2025 by Jane Roe", "09.01.2024 | von Jana Roth" (and its machine translation,
#: "| from Jana Roth"), also after a word of credit ("3 February 2031 | Interview by Jane Roe").
_TRAILING_BY_RE = re.compile(r"(?:\s*[|·•–—]\s*|\s+)(?:(?:[Ii]nterview|[Ww]ords|[Tt]ext|[Rr]eporting)\s+)?(?:[Bb]y|[Vv]on|[Ff]rom)\s+"
                             r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}$")
#: A numeric date written with dots ("09.01.2024"): the day comes first wherever the form is used (German, Nordic,
#: Swiss, Russian pages), so it is read as day, month, year even when both orders would make a date.
_DOTTED_DAY_RE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")
#: The word for "o'clock" after a clock time in a page's date line ("14:32 Uhr", "14.32 h", and the machine
#: translation's "14:32 Clock"): read as the time alone.
_CLOCK_WORD_RE = re.compile(r"(?<=\d[:.]\d\d)\s*(?:uhr|clock|o'clock|h)\b", re.I)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _dotted_day(m: re.Match[str]) -> str:
    """ "09.01.2024" as "9 January 2024" (a dotted date is day first); unchanged when it is no date."""
    day, month = int(m[1]), int(m[2])
    return f"{day} {_MONTH_NAMES[month - 1]} {m[3]}" if 1 <= month <= 12 and 1 <= day <= 31 else m[0]


#: The places before a numeric date in a translated page's stamp line ("Stuttgart/Wolfsburg, 26.09.2015, 10:34
#: o'clock"), as a wire's dateline puts them (not a weekday: "Saturday, 20.07.2024").
_STAMP_PLACES_RE = re.compile(r"^(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,)"
                              r"[A-Z][\w'’.-]+(?:\s*/\s*[A-Z][\w'’.-]+|\s[A-Z][\w'’.-]+){0,3},\s+"
                              r"(?=\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b)")


def date_line(line: str) -> tuple[date, bool] | None:
    """:func:`parse_date_line` of ``line``, reading a separator between the date and its clock time as a space, the
    forms of :data:`_HYPHEN_DAY_RE`, :data:`_YEAR_FIRST_RE` and :data:`_DOTTED_DAY_RE`, a Korean page's labels
    (:data:`_INPUT_LABEL_RE`), a clock word after the time
    (:data:`_CLOCK_WORD_RE`), a date with its writer after it, and a numeric date after its places
    (:data:`_STAMP_PLACES_RE`: "Stuttgart/Wolfsburg, 26.09.2015, 10:34 o'clock")."""
    parsed = parse_date_line(line)
    if parsed is not None or not _YEAR_RE.search(line):
        return parsed
    respelled = _INPUT_LABEL_RE.sub(lambda m: "Published " if m["put"] else "Updated ", line)
    respelled = _YEAR_FIRST_RE.sub(lambda m: f"{m[1]}-{int(m[3]):02d}-{int(m[4]):02d}", _HYPHEN_DAY_RE.sub(r"\1 \2 \3", _TRAILING_BY_RE.sub("", respelled)))
    respelled = _CLOCK_WORD_RE.sub("", _DOTTED_DAY_RE.sub(_dotted_day, _STAMP_PLACES_RE.sub("", respelled)))
    respelled = _DATE_CLOCK_SEP_RE.sub(" ", respelled, count=1)
    return parse_date_line(respelled) if respelled != line else None


#: A stamp of the article's last change, not of its publication ("Updated 12 March 2025", "Last modified on ...").
_UPDATED_RE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited|revised)\b", re.I)
#: Where a line that holds two stamps parts them: "Published March 10, 2025 | Updated March 12, 2025",
#: "March 10, 2025 (Updated: March 12, 2025)".
_STAMP_PARTS_RE = re.compile(r"\s*\|\s*|\s*\(\s*|\s*\)\s*")


def _stamps(line: str) -> list[tuple[date, bool]]:
    """The dates of a date line, each with whether it is the date of an update: one for a line that is only a date
    (:func:`date_line`), one per part for a line of two labelled stamps; empty for any other line."""
    parsed = date_line(line)
    if parsed is not None:
        return [(parsed[0], bool(_UPDATED_RE.match(line)))]
    if "|" not in line and "(" not in line or not _YEAR_RE.search(line):
        return []
    parts = [p for p in _STAMP_PARTS_RE.split(line) if p.strip()]
    found = [(part, date_line(part)) for part in parts]
    if len(parts) < 2 or any(day is None for _, day in found):
        return []
    return [(day[0], bool(_UPDATED_RE.match(part))) for part, day in found if day is not None]


#: A label before a page's date ("Date: ...", "Released: ...", "Aired ...", "FOR IMMEDIATE RELEASE ...").
_STAMP_LABEL_RE = re.compile(r"^(?:date|dated|released|release date|filed|sent|aired|broadcast|first aired|press release"
                             r"|news release|for immediate release|transcript(?= posted))\b\s*[:–—-]?\s*", re.I)
#: The writer before the date ("By Jane Roe January 9, 2024"; after a separator, see :func:`page_stamp`): the
#: words of the name, each tried as the last (the date may open with a month's capitalised name).
_LEADING_BY_RE = re.compile(r"^[Bb][Yy]\s+((?:[A-Z][\w.'’-]+,?\s+){2,4})")
#: A time with seconds ("14:32:00") and an ISO stamp's time ("2024-01-09T14:32:00Z"): the date's parts are read.
_SECONDS_RE = re.compile(r"\b(\d{1,2}:\d{2}):\d{2}\b")
_ISO_TIME_RE = re.compile(r"\b((?:19|20)\d{2}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
#: The parts of a page's stamp line ("Jane Roe · 9 January 2024 · 4 min read", "By Jane Roe | January 9, 2024").
_STAMP_SEP_RE = re.compile(r"\s+[|·•–—-]\s+|\s*\|\s*")
_READ_TIME_RE = re.compile(r"^(?:(?:reading|read|listening) time:?\s*)?\d{1,3}[- ]?min(?:ute)?s?(?: read| listen)?$", re.I)


#: A credit beside the date in a page's stamp line, up to six words: the writer or the desk after "by" or "from", maybe
#: a word of credit before it ("By Jane Roe", "Interview by Jane Roe", "From wire reports", "By Staff and wire
#: reports").
_STAMP_CREDIT_RE = re.compile(r"^(?:(?:interview|words|text|story|reporting|additional reporting|written|compiled|edited"
                              r"|analysis|commentary)\s+)?(?:by|from)\s+(?:(?-i:[A-Z])|(?:staff|wire|news|agency|agencies)\b)",
                              re.I)
#: The time of an update alone beside the date ("Updated 6:52 p.m.", "Updated: 14:05 GMT").
_UPDATED_TIME_RE = re.compile(r"^(?:last\s+)?updated(?:\s+at)?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
                              re.I)


#: The clock time alone beside the date ("17 May 2018 · 07:30 · Updated 09:12").
_CLOCK_ALONE_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
#: A part of a stamp line that says it is the date of publication ("Published 15 March 2019 09:12").
_PUBLISHED_PART_RE = re.compile(r"^\s*(?:first\s+)?(?:published|posted)\b", re.I)
#: Each other part of such a line is short: the kind of article, the outlet, the section.
STAMP_PART_WORDS = 6
#: A desk or a staff credited beside the date, its name capitalised and the word not ("Business desk", "Markets staff").
_DESK_RE = re.compile(r"(?:[A-Z][\w&'’-]*\s+){1,3}(?:desk|staff|team|bureau|newsroom)")


def _stamp_company(part: str) -> bool:
    """A part beside the date in a page's stamp line: the writer ("By Jane Roe", "Interview by Jane Roe", "From wire
    reports"; :data:`_STAMP_CREDIT_RE`), the reading time ("4 min read"), the time of an update ("Updated 6:52
    p.m."), the desk (:data:`_DESK_RE`), or a name of up to five capitalised words without figures (the writer, the outlet, the section: "Example
    News")."""
    if _READ_TIME_RE.match(part) or _STAMP_CREDIT_RE.match(part) and len(part.split()) <= 6 \
            or _UPDATED_TIME_RE.match(part) or _CLOCK_ALONE_RE.match(part):
        return True
    if _DESK_RE.fullmatch(part.strip()):
        return True  # the desk that wrote it: "Business desk | 29 September 2022"
    words = part.replace("&", "").split()
    return 1 <= len(words) <= 5 and not any(ch.isdigit() for ch in part) and all(w[:1].isupper() for w in words)


#: The writer and the section after the date inside one part of a stamp line ("Posted September 22nd, 2015 by Staff
#: and wire reports in Business").
_PART_BY_RE = re.compile(r"\s+by\s+\S.*$", re.I)


def _dated_part(part: str) -> tuple[date, bool] | None:
    """:func:`date_line` of one part of a stamp line, without its label (:data:`_STAMP_LABEL_RE`), or of its words
    before a "by" and at most eight words of credit (:data:`_PART_BY_RE`)."""
    bare = _STAMP_LABEL_RE.sub("", part)
    parsed = date_line(bare)
    by = _PART_BY_RE.search(bare) if parsed is None else None
    if by is not None and len(by.group(0).split()) <= 9:
        parsed = date_line(bare[:by.start()])
    return parsed


def page_stamp(line: str) -> date | None:
    """The publication date of a page's stamp line that is more than a date (:func:`date_line` reads a line that is
    only one): after a label ("Released: 9 January 2024", "FOR IMMEDIATE RELEASE January 9, 2024"), after its writer
    ("By Jane Roe January 9, 2024"), with the time's seconds or an ISO time ("Tue, 09 Jan 2024 14:32:00 GMT",
    "2024-01-09T14:32:00Z"), or one part of a line of parts beside the writer, the outlet, the section, the clock or the
    reading time ("By Jane Roe | January 9, 2024", "January 9, 2024 · 4 min read"), or beside any short parts when it
    is labelled "Published". None for any other line."""
    if not _YEAR_RE.search(line):
        return None
    bare = _SECONDS_RE.sub(r"\1", _ISO_TIME_RE.sub(r"\1", _STAMP_LABEL_RE.sub("", line.strip())))
    bare = re.sub(r"^(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,\s+(?=\d)", "", bare, flags=re.I)  # "Tue, 09 Jan 2024"
    parsed = date_line(bare)
    if parsed is not None:
        return parsed[0]
    by = _LEADING_BY_RE.match(bare)
    if by is not None:
        names = by[1].split()
        for n in range(1, len(names)):
            parsed = date_line(" ".join(names[n:]) + " " + bare[by.end():])
            if parsed is not None:
                return parsed[0]
    parts = [p for p in _STAMP_SEP_RE.split(bare) if p.strip()]
    if len(parts) < 2:
        return None
    days = [(part, _dated_part(part)) for part in parts]
    dated = [(part, day[0]) for part, day in days if day is not None]
    if not dated:
        return None
    if not all(day is not None or _stamp_company(part) for part, day in days):
        # the part labelled as the date of publication beside other short parts ("Interview | Example Quarterly (web
        # edition) | Published 15 March 2019 09:12"): the label says which date it is
        labelled = [day for part, day in dated if _PUBLISHED_PART_RE.match(part)]
        if not labelled or any(day is None and (word_count(part) > STAMP_PART_WORDS or sentence_like(part))
                               for part, day in days):
            return None
        return labelled[0]
    return next((day for part, day in dated if not _UPDATED_RE.match(part) and not re.search(r"\bupdated\b", part, re.I)),
                dated[0][1])


#: What marks a stamp line in the article's body as the page's (:func:`_body_stamp`): its writer, its clock time, its
#: label of publication. Not "Aired January 16 ...": when a broadcast aired may be the story's own event.
_BODY_STAMP_CUE_RE = re.compile(r"\b(?:by|from)\s|\d[:.][0-5]\d\b|^\W*(?:last\s+|first\s+)?(?:updated|published|posted)\b",
                                re.I)


BODY_STAMP_WORDS = 24


def _body_stamp(line: str) -> bool:
    """Whether ``line``, below the headline, is the page's stamp line (:func:`page_stamp`) with its writer, its time
    or its label ("Last updated: Oct. 8, 2015 at 12:47 p.m. ET | By Jane Roe and John Doe", "Posted Jan 8, 2024,
    6:45 p.m. | From wire reports", "26 June 2016 | Interview by Jane Roe"): furniture, as a date line is; a row of a
    dated table ("March 8, 2023 | Acme Bank") stays."""
    return _YEAR_RE.search(line) is not None and word_count(line) <= BODY_STAMP_WORDS \
        and _BODY_STAMP_CUE_RE.search(line) is not None and page_stamp(line) is not None


#: A page's stamp strip at the article's foot runs to at most this many words.
FOOT_STAMP_WORDS = 12


def _foot_stamp(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether the line at ``idx`` is the page's stamp strip set as the article's last line, its parts between bars
    (:func:`page_stamp`: "<Outlet> | 2 March 2031 | <City>"): furniture, as at the head. Not the last row of a dated table
    ("March 8, 2031 | Acme Bank" under rows with bars)."""
    line = candidates[idx][1]
    return idx == len(candidates) - 1 and idx > 0 and "|" in line and "|" not in candidates[idx - 1][1] \
        and word_count(line) <= FOOT_STAMP_WORDS and not sentence_like(line) and page_stamp(line) is not None


_SOURCE_SEP_RE = re.compile(r"\s*[·•|]\s*")
#: An aggregator's credit under an item's headline: the outlet, then when ("Example Wire · 11h ago", "Example Review
#: · Jan 7, 2024").
_SOURCE_CREDIT_RE = re.compile(r"^([^·•|]{3,60}?)\s*[·•|]\s*(?:\d{1,3}\s*(?:s|m|min|mins|h|hr|hrs|d|w)\s+ago"
                               r"|(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago"
                               r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d"
                               r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* (?:19|20)\d\d"
                               # (under a headline: the day alone, "Apr 6", "6 April", or "Yesterday")
                               r"|(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
                               r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|[Yy]esterday|[Tt]oday))$")
#: The outlet's name in such a credit when it is no known outlet: words in capitals ("Tech Ledger", "Harbor Street
#: Journal Online", "Sound & Screen") or one word with a capital inside ("TechPulse"); no reader's handle ("jo_trader88")
#: nor a name cut short ("Jan M", "Ravi M.", "PaulR").
_SOURCE_NAME_RE = re.compile(r"^[A-Z][a-zA-Z'’-]+(?: (?:[A-Z][a-zA-Z'’-]+|&|of|and|the)){1,5}$|^[A-Z][a-z]+[A-Z][a-z]+$")
#: A page of such items repeats the credit under each headline at least this many times.
SOURCE_ITEMS_MIN = 2


def _source_line(line: str) -> bool:
    """Whether ``line`` is an aggregator's credit under the headline of an item (:data:`_SOURCE_CREDIT_RE`, an
    outlet's name: "Example Wire · 4 hours ago", "Example Business Review · Jan 7, 2024"), which the item's summary
    follows; not the head of the readers' comments ("jo_trader · 4 hours ago")."""
    m = _SOURCE_CREDIT_RE.match(line)
    return m is not None and m.group("day") is None and looks_like_outlet(m.group(1))


def _headline_shaped(line: str) -> bool:
    """Whether ``line`` reads as an item's headline: four to :data:`LISTED_LINK_WORDS` words that do not end like a
    sentence, no credit itself."""
    return 4 <= word_count(line) <= LISTED_LINK_WORDS and not sentence_like(line) \
        and not line.rstrip().endswith((":", ",", ";")) and _SOURCE_CREDIT_RE.match(line) is None


def _item_summary(line: str) -> bool:
    """Whether ``line`` reads as an item's summary under its credit: a sentence of :data:`SUMMARY_MIN_WORDS` words or
    more (a list of links gives the next headline there: "Example Daily · 2 hours ago" / "Acme shares rally 9%")."""
    return word_count(line) >= SUMMARY_MIN_WORDS and sentence_like(line)


#: An item's summary runs to at least this many words.
SUMMARY_MIN_WORDS = 8


def _item_sources(lines: list[tuple[int, str]]) -> set[int]:
    """Line numbers of an aggregator's credits (``lines``: every line of the page, numbered, in order): the lines of
    :func:`_source_line`, and, when the page sets :data:`SOURCE_ITEMS_MIN` or more of them right under an item's
    headline (:func:`_headline_shaped`) and over its summary (:func:`_item_summary`), every credit so set whose outlet
    the lists do not know ("Tech Ledger · 5h ago", "Example Review · Apr 6", "Example Markets · Yesterday":
    :data:`_SOURCE_NAME_RE`). A reader's comment head ("Jo Roe · 2h ago") stands under the comments' heading or the
    comment before, which end like sentences or are short; a footer's list of links has no summaries."""
    known = {n for n, line in lines if _source_line(line)}
    under = set()
    for k in range(1, len(lines) - 1):
        m = _SOURCE_CREDIT_RE.match(lines[k][1])
        if m is not None and _headline_shaped(lines[k - 1][1]) and _item_summary(lines[k + 1][1]) and (
                lines[k][0] in known or _SOURCE_NAME_RE.match(" ".join(m.group(1).split())) is not None):
            under.add(lines[k][0])
    return known | under if len(under) >= SOURCE_ITEMS_MIN else known


#: A day alone on its line, as a chronology heads its entries: a weekday or not, the month and day, the year or not, a
#: colon or not ("Thursday, October 1, 2031", "Oct. 2", "1 October 2031:"); no clock time, no label, no site.
_DATE_HEADING_RE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(?:19|20)\d\d)?)"
    r"\s*:?$")


def _date_heading(candidates: list[tuple[int, str]], idx: int, tail_start: int) -> bool:
    """Whether the body's line ``idx`` is a day heading the entries under it (:data:`_DATE_HEADING_RE`), with an
    entry of the article after it that is no date or stamp itself: a chronology's "Thursday, October 1, 2031" over
    "7:04 a.m. - A disk fails." (the entries and their "that evening" take their day from it). A page's stamp has a
    clock time or a label; a date closing the article has no entry under it."""
    if not _DATE_HEADING_RE.match(candidates[idx][1]) or idx + 1 >= tail_start:
        return False
    below = candidates[idx + 1][1]
    return date_line(below) is None and not is_stamp_line(below) and not _body_stamp(below) \
        and not _DATE_HEADING_RE.match(below)


def _headline_above_stamp(line: str, line_no: int, stamp_no: int) -> bool:
    """Whether the kept ``line`` (line ``line_no``), right above a page's stamp line in the body (:func:`_body_stamp`,
    line ``stamp_no``; a blank line may stand between), is the page's headline: a plain headline
    (:func:`_plain_headline`) of four to :data:`HEADLINE_MAX_WORDS` words that does not end like a sentence. A page's
    header set below other furniture ("Example Ledger" / "Boeing slumps 8% as ..." / "Posted Jan 8, 2024 | From wire
    reports") is no article text."""
    return stamp_no - line_no <= 2 and 4 <= word_count(line) <= HEADLINE_MAX_WORDS and not sentence_like(line) \
        and _plain_headline(line) and not line.rstrip().endswith((".", ":", "?", "!"))


def _stamp_in_furniture(removals: Sequence[Removal], body_line: int) -> tuple[date | None, str | None]:
    """The date of the first byline or page-chrome line above the article (line ``body_line``) that is a page's stamp
    ("By Jane Roe | January 9, 2024", "January 9, 2024 · 4 min read"), with the line; (None, None) when none is."""
    for r in sorted(removals, key=lambda r: r.line_no):
        if r.line_no < body_line and r.reason in (REASON_BYLINE, REASON_NAV):
            day = page_stamp(r.text)
            if day is not None:
                return day, r.text
    return None, None


def normalize_line(line: str) -> str:
    """Tidy one line: Unicode NFC, HTML entities, no zero-width or non-breaking spaces, single spaces."""
    line = unicodedata.normalize("NFC", html.unescape(line))
    if not line.isascii():
        line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u200e", "")
    if "\t" in line or "  " in line:
        line = _SPACES_RE.sub(" ", line)
    return line.strip()


def _is_normalized(line: str) -> bool:
    """Whether :func:`normalize_line` returns ``line`` unchanged, for a line it returned: no entity left to
    decode and NFC (removing an invisible character can leave a combining mark next to a letter)."""
    return "&" not in line and (line.isascii() or unicodedata.is_normalized("NFC", line))


def dedupe_key(line: str) -> str:
    """Comparison key for duplicate paragraphs: case, quote style, bullets and punctuation ignored."""
    line = strip_bullet(line).lower()
    if not line.isascii():
        for old, new in _KEY_PAIRS:
            if old in line:
                line = line.replace(old, new)
    return " ".join(_KEY_WORD_RE.findall(line))


def is_move_line(line: str) -> bool:
    """A list, table or bullet line with a company-like name and a signed percent figure, maybe under a short label
    of its own ("Winners: Acme +5.3%, Beta +3.7%"): article content."""
    if "%" not in line and "pct" not in line and "per" not in line:  # the figure's unit: no move without one
        return False
    bare = strip_bullet(line).strip()
    if _MOVE_LINE_RE.match(bare):
        return True
    if _MOVE_WORD_LINE_RE.match(strip_bullet(bare).strip()):  # (a wire's double bullet: "** Acme Inc: down 2.3%")
        return True
    label = _MOVE_LABEL_RE.match(bare) if ":" in bare and "|" not in bare else None  # (bars: a quote strip's cells)
    return label is not None and _MOVE_LINE_RE.match(bare[label.end():]) is not None


def _restore_table_headers(removals: list[Removal], candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Put back a pipe line taken for a menu when the next kept line (within three lines) is a table row with as
    many cells and figures in them: it is the table's header ("Company (ticker) | Friday | Week | Year to date")."""
    restored = []
    for r in removals:
        if r.reason != REASON_NAV or "|" not in r.text:
            continue
        nxt = next(((n, line) for n, line in candidates if n > r.line_no), None)
        if nxt is None or nxt[0] - r.line_no > 3:
            continue
        cells, next_cells = table_cells(r.text), table_cells(nxt[1])
        if len(cells) == len(next_cells) >= 3 and any(FIGURE_CELL_RE.search(c) for c in next_cells[1:]):
            restored.append(r)
    if not restored:
        return candidates
    for r in restored:
        removals.remove(r)
    return sorted([*candidates, *((r.line_no, r.text) for r in restored)])


#: A row of a market widget, or of the article's own table set in columns: a name, a level, a signed change.
_COLUMN_ROW_RE = re.compile(r"^[A-Z][\w&./ -]{1,30}\s+\d[\d,]*\.\d+\s+[+\-−–]\d{1,3}(?:[.,]\d{1,2})?\s?%$")
#: The header of such a table: column labels without figures that name a level or a change ("Company  Close (p)  Change").
_COLUMN_HEADER_RE = re.compile(r"^(?!.*\d)(?=.*\b(?:close|closing|price|last|level|change|chg|move)\b)[A-Za-z()%&./ -]{5,80}$",
                               re.IGNORECASE)


def _restore_column_rows(removals: list[Removal], candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Put back rows taken for a market widget when two or more follow right under a kept header of column labels
    ("Company  Close (p)  Change" over "Persimmon  1,672.0  +0.4%"): the article's own table, set in columns."""
    kept = dict(candidates)
    rows = sorted((r for r in removals if r.reason == REASON_NAV and _COLUMN_ROW_RE.match(r.text)), key=lambda r: r.line_no)
    restored: list[Removal] = []
    run: list[Removal] = []
    for r in rows + [None]:  # type: ignore[list-item]
        if r is not None and run and r.line_no == run[-1].line_no + 1:
            run.append(r)
            continue
        if len(run) >= 2 and _COLUMN_HEADER_RE.match(kept.get(run[0].line_no - 1, "")):
            restored.extend(run)
        run = [r] if r is not None else []
    if not restored:
        return candidates
    for r in restored:
        removals.remove(r)
    return sorted([*candidates, *((r.line_no, r.text) for r in restored)])


def _in_table(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` is a row of a pipe table with figures, or the header of one (kept after the last prose
    paragraph, where a short line would be taken for page footer); a table of two columns holds a percent figure in
    its second."""
    if "|" not in candidates[idx][1]:
        return False
    cells = table_cells(candidates[idx][1])
    following = table_cells(candidates[idx + 1][1]) if idx + 1 < len(candidates) else []
    if len(cells) == 2:  # two columns, a name and its move ("Hesketh Steel | -4.1%"), or their header
        return bool(_PERCENT_CELL_RE.match(cells[1])) or (
            len(following) == 2 and not any(FIGURE_CELL_RE.search(c) for c in cells) and bool(_PERCENT_CELL_RE.match(following[1]))) \
            or _figure_pairs(candidates, idx)
    if len(cells) < 3:
        return False
    if any(FIGURE_CELL_RE.search(c) for c in cells[1:]):
        return True
    return len(following) == len(cells) and any(FIGURE_CELL_RE.search(c) for c in following[1:])


#: A cell that is a figure alone ("180", "$4.2m", "1,250", "12.5bn"): the second column of a two-column table.
_NUMBER_CELL_RE = re.compile(r"^[+\-−–]?[$£€]?\d[\d,.]*\s?(?:%|m|bn|k|mn|million|billion)?$")


def _figure_pairs(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` is in a two-column pipe table of figures without a percent ("Site | Jobs", "Selbrook |
    380", "Harnley | 220"; "Year | Output", "2023 | 4.1m"): a run of two-cell lines, a header of words then two rows
    or more, each a name without a figure (or a year, :data:`_PERIOD_CELL_RE`) and a figure alone (a footer's "Home |
    About" has no figure)."""
    lo = idx
    while lo > 0 and len(table_cells(candidates[lo - 1][1])) == 2:
        lo -= 1
    hi = idx
    while hi + 1 < len(candidates) and len(table_cells(candidates[hi + 1][1])) == 2:
        hi += 1
    rows = [table_cells(candidates[k][1]) for k in range(lo, hi + 1)]
    if FIGURE_CELL_RE.search(rows[0][0] + rows[0][1]):
        return False  # no header of words
    body = rows[1:]
    return len(body) >= 2 and all((not FIGURE_CELL_RE.search(a) or _PERIOD_CELL_RE.match(a)) and _NUMBER_CELL_RE.match(b)
                                  for a, b in body)


#: A row's label that is a year or a period of one ("2023", "FY2024", "2024/25", "2025E", "Q3 2024", "H1 2025"): a
#: table of a figure by year, not a ticker strip's name and price.
_PERIOD_CELL_RE = re.compile(r"^(?:(?:FY|CY)\s?'?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2,4})?[EFP*]?$"
                             r"|^(?:Q[1-4]|H[12])\s?(?:FY\s?)?(?:19|20)\d{2}$|^(?:19|20)\d{2}\s?(?:Q[1-4]|H[12])$")


#: A table cell read onto a line of its own (an HTML table): a percent figure, maybe signed or with a footnote mark.
_PERCENT_CELL_RE = re.compile(r"^[+\-−–]?\d[\d,.]*\s?%\s?[*†‡]?$")
#: ... the other cells of such a table: short lines without a sentence's end.
_CELL_WORDS = 6


def _grid_rows(cells: list[str], head: int, k: int) -> int:
    """Complete rows of ``k`` cells after a header of ``k`` cells at ``head``: each row names its subject first (no
    figure) and holds a percent cell (0 when the header holds a figure)."""
    if any(_PERCENT_CELL_RE.match(c) for c in cells[head: head + k]):
        return 0
    rows = 0
    for r in range(head + k, len(cells) - k + 1, k):
        row = cells[r: r + k]
        if any(ch.isdigit() for ch in row[0]) or not any(_PERCENT_CELL_RE.match(c) for c in row[1:]):
            break
        rows += 1
    return rows


def _cell_tables(candidates: list[tuple[int, str]], words: list[int]) -> set[int]:
    """Indexes of lines that are the cells of a table read one cell per line (an HTML table: "Company", "Listing",
    "Change", "Halvern Therapeutics", "London", "-38.0%", ...): in a run of short lines, a header of three to eight
    cells (a caption may stand before it) then two rows or more of as many cells, each naming its subject first and
    holding a percent figure. Kept after the last prose paragraph, where short lines are taken for page footer; a
    strip of names and figures (a ticker widget) has no header and is not a table."""
    found: set[int] = set()
    i, n = 0, len(candidates)
    while i < n:
        j = i
        while j < n and words[j] <= _CELL_WORDS and not candidates[j][1].rstrip().endswith((".", "?", "!")):
            j += 1
        cells = [line.strip() for _, line in candidates[i:j]]
        if j - i >= 9 and sum(1 for c in cells if _PERCENT_CELL_RE.match(c)) >= 2:
            grids = [((rows + 1) * k, head) for head in range(min(4, len(cells))) for k in range(3, 9)
                     if (rows := _grid_rows(cells, head, k)) >= 2]
            if grids:
                covered, head = max(grids)  # the table covering most cells
                found.update(range(i, i + head + covered))
        i = max(j, i + 1)
    return found


#: A "Read more" line taken for page chrome on its own: it may open a box of headline links inside the article.
_LINK_MARKERS = frozenset({"read more", "more on this", "more on this story", "more on this topic", "read also", "also read",
                           "see also", "more from us", "related reading"})


#: A market-data widget's line: a ticker symbol alone, maybe its price and an arrow, and a signed percent figure ("QFLD
#: +1.8%", "QFLD 12.40 ▲ +1.8%"); not an economic series' short name ("GDP +2.1%", "EPS +12%").
_TICKER_LINE_RE = re.compile(r"^(?!(?:GDP|CPI|PPI|PMI|EPS|ROE|YOY|QOQ|MOM)\b)(?P<symbol>[A-Z]{2,5}(?:\.[A-Z]{1,2})?)\s+"
                             r"(?:[$€£¥]?\d[\d,]*(?:\.\d+)?\s+)?(?:[▲▼↑↓△▽]\s*)?[+\-−–]\s?\d{1,3}(?:[.,]\d{1,2})?\s?%$")


def _ticker_widget(candidates: list[tuple[int, str]]) -> set[int]:
    """Indexes of a market-data widget's lines (:data:`_TICKER_LINE_RE`) whose ticker the article names nowhere else:
    a page's box of other companies' day moves, not the article's. A ticker the article names ("Qualfield (QFLD)")
    keeps its line: the article's own list of movers; so does a row whose figure the article's sentences report ("NAS
    -27.4%" under "Quillow slumped 27.4%"): its table of the moves it told, set by ticker."""
    rows = {i: m for i, (_, line) in enumerate(candidates)
            if line[:1].isupper() and line.endswith("%") and (m := _TICKER_LINE_RE.match(line))}
    if not rows:
        return set()
    other = "\n".join(line for i, (_, line) in enumerate(candidates) if i not in rows)
    return {i for i, m in rows.items() if re.search(rf"\b{re.escape(m.group('symbol'))}\b", other) is None
            and not _figure_told(m.group(0), other)}


#: The figure of a widget's row, without its sign: "-27.4%" -> "27.4".
_ROW_FIGURE_RE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s?%$")


def _figure_told(row: str, text: str) -> bool:
    """Whether the percent figure ending ``row`` stands in ``text`` as a percent ("27.4%", "27.4 per cent") with a
    decimal: a whole number ("2%") is too common to tie a row to a sentence."""
    m = _ROW_FIGURE_RE.search(row)
    if m is None or not any(ch in m.group(1) for ch in ".,"):
        return False
    figure = re.escape(m.group(1)).replace(",", "[.,]").replace("\\.", "[.,]")
    return re.search(rf"(?<![\d.,]){figure}\s?(?:%|per ?cent|percent|pct)", text) is not None


#: A box's heading over links to other stories, alone on its line ("Related stories:", "Related:").
_RELATED_HEADING_RE = re.compile(r"^related(?: stories| articles| coverage| news| content| reading| links| reports)?\s*:?$", re.I)


def _comment_says(candidates: list[tuple[int, str]]) -> set[int]:
    """Indexes of a blog's comment heads, a reader's name and "says:" (:data:`COMMENT_SAYS_RE`) on the line right
    above a date line ("jo_trader says:" / "Mar 14, 2031"); a line of the article introducing a quotation ("Jo Roe
    says:") has no date under it."""
    return {i for i in range(len(candidates) - 1)
            if candidates[i][1].endswith("says:") and COMMENT_SAYS_RE.match(candidates[i][1])
            and candidates[i + 1][0] == candidates[i][0] + 1 and date_line(candidates[i + 1][1]) is not None}


def _marked_links(removals: list[Removal], candidates: list[tuple[int, str]], words: list[int]) -> set[int]:
    """Indexes of the headline links after a removed "READ MORE" line inside the article: up to :data:`BOX_LINKS`
    lines of two to sixteen words that do not end like a sentence, right after the marker, when the article's
    sentences go on after them (a box at the end is page footer anyway)."""
    found: set[int] = set()
    markers = [r.line_no for r in removals if r.reason in (REASON_NAV, REASON_LINK)
               and (r.text.lower().strip(" .:|…»›>-") in _LINK_MARKERS or _RELATED_HEADING_RE.match(r.text))]
    if not markers:
        return found
    starts = [n for n, _ in candidates]
    for marker in markers:
        k = bisect.bisect_right(starts, marker)
        end = k
        while end < len(candidates) and end - k < BOX_LINKS and 2 <= words[end] <= 16 \
                and not sentence_like(candidates[end][1]) and not is_move_line(candidates[end][1]):
            end += 1
        if end > k and end < len(candidates) and sentence_like(candidates[end][1]) and words[end] >= 5:
            found.update(range(k, end))
    return found


def _newsletter_box(removals: list[Removal], candidates: list[tuple[int, str]], words: list[int]) -> set[int]:
    """Indexes of the other lines of a newsletter box whose promo lines were removed: a title of at most five words
    (no sentence, no figure) right before a promo line ("Business Daily" above "Free weekly newsletter"), a line
    of at most thirty words between two promo lines (the box's blurb), or the lines of a sign-up box above its form
    (:func:`_form_blocks`)."""
    promo = {r.line_no for r in removals if r.reason == REASON_NEWSLETTER}
    forms = [n for n, line in [*candidates, *((r.line_no, r.text) for r in removals)]
             if _SIGN_UP_FORM_RE.match(line.strip())]
    if not promo and not forms:
        return set()
    lines = sorted({n for n, _ in candidates} | {r.line_no for r in removals})
    place = {n: i for i, n in enumerate(lines)}
    found = _form_blocks(forms, candidates, words, set(lines))
    for idx, (line_no, line) in enumerate(candidates):
        i = place[line_no]
        before = lines[i - 1] in promo if i > 0 else False
        after = lines[i + 1] in promo if i + 1 < len(lines) else False
        if after and words[idx] <= 5 and not sentence_like(line) and not FIGURE_CELL_RE.search(line) \
                and not _TAIL_MARKER_RE.match(line):  # "Most read" above a promo starts the footer
            found.add(idx)
        elif before and after and words[idx] <= 30 and "%" not in line:
            found.add(idx)
    return found


#: A sign-up form's last line: an e-mail field and the button, or the button alone ("Business email | Sign up",
#: "[Your email] [Sign up]", "Sign up").
_SIGN_UP_FORM_RE = re.compile(r"^(?:\[?[\w ]{0,20}e-?mail(?: address)?\]?\s*\|?\s*)?"
                              r"\[?(?:sign up|subscribe|sign me up)\]?$", re.I)
#: How many lines above its form a sign-up box may hold (its title and its blurb).
FORM_BOX_LINES = 2


def _form_blocks(forms: list[int], candidates: list[tuple[int, str]], words: list[int], nonblank: set[int]) -> set[int]:
    """Indexes of the lines of a sign-up box above its removed form line (``forms``: line numbers): the box is the
    block of lines between blank lines that ends on the form, at most :data:`FORM_BOX_LINES` lines above it, each of
    at most thirty words with no figure in per cent and no quotation mark ("Asia Markets Daily" / "The morning
    briefing on what moves Asian markets. Free for registered readers." / "[Your email] [Sign up]"). A line of the
    article written right above a form, with no blank line between, is not taken: the block must start after one."""
    index = {n: i for i, (n, _) in enumerate(candidates)}
    found: set[int] = set()
    for form in forms:
        top = form
        while form - top < FORM_BOX_LINES and top - 1 in nonblank:
            top -= 1
        if top == form or top - 1 in nonblank:
            continue  # no line above the form, or the block goes on above the box's reach
        box = [index[n] for n in range(top, form + 1) if n in index]  # the form too, when it is still a candidate
        if all(words[i] <= 30 and not any(mark in candidates[i][1] for mark in '%"“”') for i in box):
            found.update(box)
    return found


#: Removal reason of the note on the writer that ends a column.
REASON_AUTHOR_NOTE = "byline (note on the author)"
_BYLINE_NAME_RE = re.compile(r"(?:^|\s)[Bb]y\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})")
_BARE_NAME_RE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}$")
_NOTE_VERB_RE = re.compile(r"\s+(?:is an?|was an?|is the|was the|writes|has written|has covered|is a former|was formerly"
                            r"|covers|reports on|is (?:deputy|senior|chief|associate|assistant|contributing|staff)"
                            r"|are (?:an?|the|former|deputy|senior|staff|our|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}"
                            r"\s+(?:reporters|correspondents|writers|editors|columnists)\b))\b")
#: The other writers of a byline, named in the note on the writers ("Jo Roe and Al Poe are ...", "Jo Roe, Al Poe
#: and Di Loe ...").
_CO_WRITERS_RE = re.compile(r"(?:\s*,\s*|\s+(?:and|&)\s+)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}")
#: The editors' note that may open the paragraph of the note on the writer ("This interview has been edited for
#: length and clarity. Jo Roe is ...").
_EDITED_NOTE_RE = re.compile(r"^this (?:interview|conversation|transcript|article|story|q&a) (?:has been|was|is) "
                             r"(?:lightly )?(?:edited|condensed)\b[^.!?\"“”]{0,80}[.]\s+", re.I)
#: The removals whose line may hold the byline: a byline, or a date line with its writer ("6 July 2016 | By Jo Roe").
_BYLINE_REASONS = (REASON_BYLINE, REASON_DATELINE, REASON_DATE)
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


#: The title of the writer's book or column in quotation marks, after the word that names it ("His latest book is
#: “The Glass Hour”.", "her column, 'Market Forces', ..."): a title, not a quotation.
_BOOK_TITLE_RE = re.compile(r"\b((?:book|books|novel|memoir|column|newsletter|podcast|blog)(?: is| was| are|,)?)\s+"
                            r"(?:“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|‘[^’\n]{1,80}’|'[^'\n]{1,80}')")


def _is_author_note(paragraph: str, removals: list[Removal]) -> bool:
    """Whether the last paragraph is the note on the writer that ends a column ("Jo Roe is a former shipbroker who
    now teaches.", "Jo Roe covers airlines.", "Jo Roe and Al Poe are Example Ledger reporters."): it opens (after an
    editors' note, :data:`_EDITED_NOTE_RE`) with the name of the byline (or of a bare name line above the article, or
    a name's cell of the strip under the headline: "Site | Opinion | Jo Roe | 21 May 2031"),
    its other writers, and a verb that describes the person, in at most forty words, and states no year (a dated
    fact about the person, "was a harbour pilot until 2019", is kept)."""
    paragraph = _BOOK_TITLE_RE.sub(r"\1 T", paragraph)  # "His latest book is “The Glass Hour”.": a title, no quotation
    if word_count(paragraph) > 40 or _YEAR_RE.search(paragraph) or '"' in paragraph or "“" in paragraph:
        return False
    names = set()
    for r in removals:
        if r.reason in _BYLINE_REASONS:
            names.update(m.group(1) for m in _BYLINE_NAME_RE.finditer(r.text))
        if r.reason in (*_BYLINE_REASONS, REASON_HEADER) and "|" in r.text:  # "Site | Opinion | Jo Roe | 21 May 2031"
            names.update(cell for cell in (c.strip() for c in r.text.split("|")) if _BARE_NAME_RE.match(cell))
        elif r.reason == REASON_HEADER and _BARE_NAME_RE.match(r.text):
            names.add(r.text)
    edited = _EDITED_NOTE_RE.match(paragraph)
    start = edited.end() if edited else 0
    for name in names:
        if paragraph.startswith(name, start):
            end = start + len(name)
            co = _CO_WRITERS_RE.match(paragraph, end)
            while co is not None:  # the other writers of the byline, as one subject: "... and Al Poe are ..."
                end = co.end()
                co = _CO_WRITERS_RE.match(paragraph, end)
            if _NOTE_VERB_RE.match(paragraph, end):
                return True
    return False


#: The heading of the note on the writer at a page's end ("About the author", "About the writer:").
_AUTHOR_HEADING_RE = re.compile(r"^about the (?:author|writer|reporter|columnist|contributor)s?\s*:?$", re.I)
#: That note is short.
AUTHOR_NOTE_WORDS = 60


def _under_author_heading(line_no: int, paragraph: str, removals: list[Removal]) -> bool:
    """Whether the last kept paragraph, on line ``line_no``, is the note under an "About the author" heading removed
    on one of the three lines above it (its year stays the writer's: "has covered banks since 2015")."""
    if word_count(paragraph) > AUTHOR_NOTE_WORDS or '"' in paragraph or "“" in paragraph:
        return False
    return any(line_no - 3 <= r.line_no < line_no and _AUTHOR_HEADING_RE.match(r.text) for r in removals)


#: A row of a table printed in plain text, its columns aligned with spaces (collapsed to one by
#: :func:`normalize_line`): a capitalised name without a figure, up to four figure cells (a price, a volume), then a
#: signed change ("Acme Tools 318.40 +4.6", "Acme Tools 1,204 +3.5%", "Acme Tools -4.1 pct").
_PLAIN_ROW_RE = re.compile(r"^[A-Z][^\d|]*?(?:\s+[$£€]?\d[\d,.]*[A-Za-z]{0,2}){0,4}\s+[+\-−–]\s?\d{1,4}(?:[.,]\d+)?"
                           r"\s*(?:%|pct)?$")
#: The header of such a table: column names, words only ("Company Last (NOK) Chg %", "Stock Close % change").
_PLAIN_HEADER_RE = re.compile(r"^[A-Z][^\d|:.!?]*$")
#: At most this many words in a header or a row.
_PLAIN_TABLE_WORDS = 10


def _plain_tables(candidates: list[tuple[int, str]], words: list[int]) -> set[int]:
    """Indexes of the lines of tables printed in plain text (a wire's movers table: "Company   Last (NOK)   Chg %",
    "Brimstad Energy   318.40   +4.6", ...): a header of column names (:data:`_PLAIN_HEADER_RE`) over two rows or
    more of :data:`_PLAIN_ROW_RE` on successive kept lines. Kept after the last prose paragraph, where short lines are
    taken for page footer. Without a header a bare signed number is no change (a strip of scores or counters); rows
    whose change has its unit ("+4.6%") are move lines kept anyway (:func:`is_move_line`)."""
    found: set[int] = set()
    i, n = 1, len(candidates)
    while i < n:
        j = i
        while j < n and words[j] <= _PLAIN_TABLE_WORDS and _PLAIN_ROW_RE.match(candidates[j][1]) is not None:
            j += 1
        header = candidates[i - 1][1]
        if j - i >= 2 and words[i - 1] <= _PLAIN_TABLE_WORDS and _PLAIN_HEADER_RE.match(header) \
                and not sentence_like(header):
            found.update(range(i - 1, j))
        i = max(j, i + 1)
    return found


def _in_move_list(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` is a move line, a table row or header, or the lead-in ("Top losers:") of a move line."""
    line = candidates[idx][1]
    return is_move_line(line) or _in_table(candidates, idx) or (
        line.rstrip().endswith(":") and idx + 1 < len(candidates) and is_move_line(candidates[idx + 1][1])
    )




#: A line of a week's list headed by its day alone, written out or short, then a colon or a dash ("Mon: Results due",
#: "Tue - Shares fall 8.8%", "Wednesday: Analysts cut targets").
_WEEKDAY_ITEM_RE = re.compile(r"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.?"
                              r"\s*[-–—:]\s+(?!\d{1,2}[.:]\d{2})\S", re.I)


def _in_dated_list(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` is an item of a dated list (:data:`DATED_ITEM_RE`: "Coming up:" then "- June 20 - ..."),
    the list's lead-in, another labelled item of a bulleted list that holds a dated item ("- In the first half: a
    follow-up report", below "- March 26: annual report"), a diary on one line (:data:`DIARY_LINE_RE`), or a line of a
    week's list of days (:data:`_WEEKDAY_ITEM_RE`, beside another): the story's diary, not the page's footer."""
    line = candidates[idx][1]
    if DATED_ITEM_RE.match(strip_bullet(line).strip()) or DIARY_LINE_RE.match(line):
        return True
    if _WEEKDAY_ITEM_RE.match(strip_bullet(line).strip()):  # "Tue: Results; shares -8.8%" in a week's list of days
        return any(0 <= i < len(candidates) and _WEEKDAY_ITEM_RE.match(strip_bullet(candidates[i][1]).strip())
                   for i in (idx - 1, idx + 1))
    if _ISO_ITEM_RE.match(strip_bullet(line).strip()):  # "2031-03-04  Talks begin": in a run of such lines in order
        return _in_iso_chronology(candidates, idx)
    if _YEAR_ITEM_RE.match(strip_bullet(line).strip()):  # a chronology's line, when the line before or after is one too
        return any(0 <= i < len(candidates) and _YEAR_ITEM_RE.match(strip_bullet(candidates[i][1]).strip())
                   for i in (idx - 1, idx + 1)) or _in_mixed_chronology(candidates, idx)
    if line.rstrip().endswith(":"):
        return idx + 1 < len(candidates) and bool(DATED_ITEM_RE.match(strip_bullet(candidates[idx + 1][1]).strip()))
    if idx + 2 < len(candidates) and len(line.split()) <= 3 and not _is_bullet(line) and not sentence_like(line) \
            and _YEAR_ITEM_RE.match(strip_bullet(candidates[idx + 1][1]).strip()) \
            and _YEAR_ITEM_RE.match(strip_bullet(candidates[idx + 2][1]).strip()):
        return True  # the chronology's heading ("TIMELINE", "Key dates") above its lines
    return _is_bullet(line) and _LABELLED_RE.match(strip_bullet(line).strip()) is not None and any(
        DATED_ITEM_RE.match(strip_bullet(candidates[i][1]).strip()) for i in _bullet_run(candidates, idx))


def _chronology_year(line: str) -> int | None:
    """The year of a chronology's line (:data:`_YEAR_ITEM_RE` or :data:`DATED_ITEM_RE`), 0 for a dated line that
    states none ("March 7 - ..."), ``None`` for a line that is neither."""
    item = strip_bullet(line).strip()
    if _YEAR_ITEM_RE.match(item):
        return int(item[:4])
    head = DATED_ITEM_RE.match(item)
    if head is None:
        return None
    year = _YEAR_RE.search(head.group(0))
    return int(year.group(0)) if year else 0


def _in_mixed_chronology(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` (a year's line, "2016 - Acme lists in Tokyo") is in a chronology whose other lines open
    with a month or a day ("March 2027 - Signs a supply deal", "June 4, 2029 - ..."): a run of such lines around it,
    two at least stating a year, and those years in order (a story's timeline, not a footer of archive links)."""
    lo = idx
    while lo > 0 and _chronology_year(candidates[lo - 1][1]) is not None:
        lo -= 1
    hi = idx + 1
    while hi < len(candidates) and _chronology_year(candidates[hi][1]) is not None:
        hi += 1
    years = [y for y in (_chronology_year(candidates[i][1]) for i in range(lo, hi)) if y]
    return len(years) >= 2 and years == sorted(years)


#: A line of a chronology headed by a full ISO date and the event with no dash between ("2031-03-04  Talks begin").
_ISO_ITEM_RE = re.compile(r"^((?:19|20)\d{2}-[01]\d-[0-3]\d)\s+[A-Z\"“‘']")


def _in_iso_chronology(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` (:data:`_ISO_ITEM_RE`) is in a run of two or more such lines whose dates run forward: the
    story's timeline ("2031-03-04  Talks begin" / "2031-03-06  Deal signed"). A page's list of its other stories by
    date runs backward, newest first, and stays in the footer."""
    lo = idx
    while lo > 0 and _ISO_ITEM_RE.match(strip_bullet(candidates[lo - 1][1]).strip()):
        lo -= 1
    hi = idx + 1
    while hi < len(candidates) and _ISO_ITEM_RE.match(strip_bullet(candidates[hi][1]).strip()):
        hi += 1
    days = [_ISO_ITEM_RE.match(strip_bullet(candidates[i][1]).strip()).group(1) for i in range(lo, hi)]
    return len(days) >= 2 and days == sorted(days)


#: A line of a chronology headed by a year ("2019 - Acme licenses its drug in Asia", "1998: founded in Oslo"): a year, a
#: dash or a colon, then words; two such lines in a row are the story's chronology, not the page's footer.
_YEAR_ITEM_RE = re.compile(r"^(?:1[89]|20)\d{2}\s*(?:[-–—:]|\s-\s)\s*[A-Za-z\"“‘']")
#: A diary given on one line: its heading, a colon, then items with their days ("DIARY: CPI (Tuesday) · results
#: (Nov. 25)"); the heading alone is no diary.
DIARY_LINE_RE = re.compile(
    r"^(?:diary|key dates|dates to watch|coming up|week ahead|the week ahead|what to watch|calendar)\s*:\s+"
    r"(?=.*(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))",
    re.IGNORECASE,
)
#: An item labelled before a colon ("In the first half: ...", "Next month: ..."): a short label, then the rest.
_LABELLED_RE = re.compile(r"^[^:]{2,40}:\s+\S")
#: How far :func:`_bullet_run` looks for the items of one list.
_LIST_REACH = 20


def _is_bullet(line: str) -> bool:
    return strip_bullet(line) != line


def _bullet_run(candidates: list[tuple[int, str]], idx: int) -> range:
    """The indexes of the run of bulleted lines around ``idx`` (one list), at most :data:`_LIST_REACH` each way."""
    lo = idx
    while lo > max(0, idx - _LIST_REACH) and _is_bullet(candidates[lo - 1][1]):
        lo -= 1
    hi = idx + 1
    while hi < min(len(candidates), idx + _LIST_REACH) and _is_bullet(candidates[hi][1]):
        hi += 1
    return range(lo, hi)


#: A summary list under the headline ("Key points", a business site's bullets): each item has at least this many
#: words (a menu's items have fewer), and there are at least :data:`SUMMARY_ITEMS` of them in a row.
SUMMARY_ITEM_WORDS = 4
SUMMARY_ITEMS = 2


#: A credit line under a quotation, as fact-checks and notebooks set them ("- Bernie Sanders.", "— Jane Roe, Acme
#: CEO"): a dash, a name of at most four capitalised words, maybe a comma and a role or place, maybe a full stop.
_QUOTE_CREDIT_RE = re.compile(
    r"^[-–—]{1,2}\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+\.?(?:,\s*[^,.;:!?\"“”]{2,60}\.?)?$")
#: A paragraph that is one quotation and nothing else ("“We will appeal.”").
_QUOTE_ONLY_RE = re.compile(r"^[\"“].{8,}[\"”][.,]?$")


def _quote_credit(line: str, above: str | None) -> bool:
    """Whether ``line`` is a credit line (:data:`_QUOTE_CREDIT_RE`) directly under ``above``, a paragraph that is
    one quotation alone (:data:`_QUOTE_ONLY_RE`, one pair of quotation marks): the quotation's source, not a menu's
    item nor a writer's sign-off under a paragraph of prose."""
    if above is None or _QUOTE_CREDIT_RE.match(line) is None or _QUOTE_ONLY_RE.match(above) is None:
        return False
    return above.count("“") + above.count("”") == 2 if above[0] == "“" else above.count('"') == 2


def _credit_at(candidates: list[tuple[int, str]], idx: int) -> bool:
    """Whether line ``idx`` is a credit line (:func:`_quote_credit`) under the line before it in ``candidates``."""
    return idx > 0 and _quote_credit(candidates[idx][1], candidates[idx - 1][1])


#: A quotation with its source after a dash ("“We will appeal,” — Jane Roe, Acme Capital"): the article's words, not
#: a footer link, though it ends with a name.
_ATTRIBUTED_QUOTE_RE = re.compile(r"^[\"“‘'].{8,}[\"”’'],?\s*[—–-]{1,2}\s*[A-Z]")


#: A wire's dateline on a line of its own above the first paragraph ("PORT ELLIS, Valemark (Agency) --", "KELBY, March
#: 12 (Agency) --", "BOSTON, Oct. 28, 2025 /Wire/ --"): the place in capitals, maybe a region or a date, the agency in
#: brackets or between slashes, a dash (or an underscore, as old wire copy writes it). A page header, not the headline.
_WIRE_DATELINE_ALONE_RE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[^()/|]{1,40}?)?\s*(?:\([A-Za-z][A-Za-z .&-]{0,40}\)|/[A-Za-z][\w .-]{0,40}/)"
    r"\s*(?:-{1,2}|[—–_:])?\s*$")


#: A wire's dateline opening a line of the article ("Oct 5 (Agency) - Quist Inc:", "KELBY, March 12 (Agency) -
#: ..."): the article starts on that line, whatever follows it (a flash's bullet lines are no prose).
_WIRE_DATELINE_OPENING_RE = re.compile(
    r"^(?:[A-Z][A-Z .'’/-]{1,40},\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"\s*\([A-Z][\w .&-]{0,40}\)\s*(?:-{1,2}|[—–])\s*[\w\"“‘']")


#: A signed figure of a market strip ("+0.42%", "-0.13%", "▲ 412.60", "▼0.22%").
_SIGNED_FIGURE_RE = re.compile(r"(?:^|[\s(])(?:[+\-−]|[▲▼△▽↑↓]\s?)\d")
#: The names of a news site's sections, as its menu lists them.
_SECTION_WORDS = frozenset("""home news world local national business markets market companies economy politics
opinion sport sports tech technology science health culture arts life lifestyle travel money property weather traffic
entertainment video videos podcasts podcast events jobs obituaries puzzles community classifieds about investing
photos live latest top stories more motors cars food style fashion books music film tv education environment climate
media finance region regions city metro sections newsletter newsletters announcements commentary investigations analysis
features interviews data policy legal sustainability labor labour stocks shares funds bonds commodities crypto etfs
tools""".split())
#: A site's menu set in words side by side, after its name or not ("Harbour Ledger | News Ports Shipping Policy
#: Opinion Jobs"): this many words at least, each capitalised, with no figure and no sentence's punctuation.
MENU_MIN_WORDS = 8
#: ... and this many section names among them after a bar, or :data:`MENU_SECTIONS_BARE` without one.
MENU_SECTIONS_BARRED = 3
MENU_SECTIONS_BARE = 5
#: ... and without a bar, at least this share of its words section names (a headline in title case names fewer).
MENU_BARE_SHARE = 0.5
_MENU_SMALL_WORDS = frozenset({"&", "and", "to", "of", "the", "on", "in"})


def page_strip(line: str) -> bool:
    """Whether a line above the article is a strip of the page, not its headline: a menu of three parts or more
    between bars ("World | Sport | Weather | Jobs"), a menu of section names side by side ("News Sport Opinion Culture
    Travel Food"), a market strip of two signed figures or more ("Index A 1,234.5 +0.5% Index B 987.6 -1.2%"), a
    byline ("By Jane Roe"), a site's menu among other words (:func:`_site_menu`)."""
    if line.startswith("By ") or len(table_cells(line)) >= 3:
        return True
    if len(_SIGNED_FIGURE_RE.findall(line)) >= 2:
        return True
    tokens = [w.strip(",.:;|&·•»›") for w in line.split()]
    tokens = [w for w in tokens if w]
    sections = sum(1 for w in tokens if w.lower() in _SECTION_WORDS and w[:1].isupper())
    return sections >= 4 and sections >= 0.6 * len(tokens) or _site_menu(line, tokens, sections)


def _site_menu(line: str, tokens: list[str], sections: int) -> bool:
    """Whether a line is a site's menu of section names side by side, maybe after the site's name and a bar, among
    other words of the site's own ("Example Ledger | News Operations Infrastructure Rolling Stock Policy Opinion
    Jobs Awards", "The Example Herald News Sport What's On Business Opinion Property Jobs Announcements"): every word
    capitalised but a few small ones, no figure and no sentence's punctuation, and enough section names
    (:data:`MENU_SECTIONS_BARRED` after a bar; without one :data:`MENU_SECTIONS_BARE` and :data:`MENU_BARE_SHARE` of
    its words)."""
    if len(tokens) < MENU_MIN_WORDS or any(ch.isdigit() or ch in ".,;:!?\"“”" for ch in line):
        return False
    if not all(w[:1].isupper() or w[2:3].isupper() or w.lower() in _MENU_SMALL_WORDS for w in tokens):  # "e-Edition"
        return False
    if "|" in line:
        return sections >= MENU_SECTIONS_BARRED
    return sections >= MENU_SECTIONS_BARE and sections >= MENU_BARE_SHARE * len(tokens)


#: A standfirst runs to at least this many words; the headline above it to at most :data:`HEADLINE_MAX_WORDS`.
STANDFIRST_MIN_WORDS = 14
HEADLINE_MAX_WORDS = 14


def _plain_headline(line: str) -> bool:
    """Whether ``line`` reads as nothing but a headline: it opens with a letter, a figure or a quotation mark and holds
    no clock time, year, bracket, bar, bullet dot or arrow (a page's stamp, menu or note has one) and no furniture."""
    return (line[:1].isalnum() or line[:1] in "\"'“‘") and not _CLOCK_TIME_RE.search(line) and not _YEAR_RE.search(line) \
        and not any(c in line for c in "[]|·•›»→") and furniture_reason(line) is None


#: A broadcast's air date under a transcript's headline ("Aired January 16, 2024 · Transcript posted ...").
_AIRED_RE = re.compile(r"^\W*(?:first )?(?:aired|broadcast)\b", re.I)
#: A headline with its byline or the page's stamp under it runs to at most this many words.
BYLINED_HEADLINE_WORDS = 20


def _headline_over_byline(candidates: list[tuple[int, str]], prose: list[bool], words: list[int], body_start: int,
                          removals: Sequence[Removal]) -> bool:
    """Whether the first line read as prose is the headline: a line of at most :data:`BYLINED_HEADLINE_WORDS` words that
    ends like a sentence ("What is LDI, and why did the Bank rescue pension funds?", "The war is working. Investors
    should not cheer yet.") with the byline or the page's date stamp on the next line ("By Jo Roe | 4 March 2022",
    "Example Digest Staff | January 28, 2023"), and prose after it, nothing between but date lines (not a blog's motto
    over the day's date and the post's own headline); or with the site's name and section under it ("Example Ledger |
    Explainer"), or its breadcrumb, menu or share buttons between it and the byline. A first paragraph has no byline
    under it."""
    if body_start >= len(candidates) or words[body_start] > BYLINED_HEADLINE_WORDS or not any(prose[body_start + 1:]):
        return False
    line_no, line = candidates[body_start]
    if _is_bullet(line) or _WIRE_DATELINE_OPENING_RE.match(line) or _stamps(line) or _QUOTE_ONLY_RE.match(line) \
            or _CLOCK_TIME_RE.search(line):
        return False
    body = next(k for k in range(body_start + 1, len(candidates)) if prose[k])
    if not all((_stamps(candidates[k][1]) or page_stamp(candidates[k][1]) is not None or _site_section(candidates[k][1]))
               and not _AIRED_RE.match(candidates[k][1]) for k in range(body_start + 1, body)):
        return False  # (not "Aired January 16 ...": when a broadcast aired may be the story's own event)
    after = candidates[body_start + 1] if body_start + 1 < len(candidates) else None
    stop = after[0] if after is not None else line_no + 1 + _HEAD_RUN_LINES
    run = [r for r in removals if line_no < r.line_no < stop and r.reason != REASON_DEBRIS]
    if run:  # the byline or stamp, maybe after the site's breadcrumb, menu or share buttons ("Site > News > Retail")
        return run[0].line_no <= line_no + 2 and all(b.line_no - a.line_no <= 2 for a, b in zip(run, run[1:])) \
            and all(r.reason in _HEAD_RUN_REASONS for r in run) and any(r.reason in _BYLINE_REASONS for r in run)
    return after is not None and after[0] <= line_no + 2 and not prose[body_start + 1] and words[body_start + 1] <= 16 \
        and (bool(_stamps(after[1])) or page_stamp(after[1]) is not None or _site_section(after[1]))


#: What may stand between a headline and its byline (:func:`_headline_over_byline`): the site's breadcrumb or menu,
#: share buttons, a strip of quotes; in at most this many lines.
_HEAD_RUN_REASONS = (*_BYLINE_REASONS, REASON_NAV, REASON_SHARE)
_HEAD_RUN_LINES = 8
#: The site's name and the article's section between bars ("The Example Ledger | Explainer", "Example Daily | Markets").
_SITE_SECTION_RE = re.compile(r"^((?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) \| ([A-Z][\w&'’-]*(?: [\w&'’-]+){0,2})$")


def _site_section(line: str) -> bool:
    """Whether ``line`` is the site's name and its section between bars (:data:`_SITE_SECTION_RE`), the name one of
    an outlet (:func:`looks_like_outlet`) or the section a section's name; or the site's strip in more cells
    (:func:`_site_strip`); or the kind of piece alone ("ANALYSIS", "Opinion")."""
    if line.strip(" .:").lower() in _SECTION_KINDS:
        return True
    m = _SITE_SECTION_RE.match(line)
    if m is not None and (looks_like_outlet(m.group(1)) or m.group(2).lower() in _SECTION_WORDS
                          or m.group(2).lower() in _SECTION_KINDS):
        return True
    return _site_strip(line)


#: Cells of a site's strip: between bars, or between dashes with a space on each side ("The Example Ledger — Analysis").
_STRIP_CELL_SEP_RE = re.compile(r"\s+[|—–]\s+|\s*\|\s*")
#: A byline's cell: "By Jo Roe", "By Jo Roe and Ann Lee", "By Jo Roe, Ann Lee".
_BYLINE_CELL_RE = re.compile(r"^[Bb]y (?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}"
                             r"(?:(?:,| and| &) (?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}){0,3}$")
#: The site's name opening its strip: up to five capitalised words ("The Example Ledger", "Example Business Daily").
_STRIP_SITE_RE = re.compile(r"^(?:The )?[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|and|&)){0,4}$")


def _site_strip(line: str) -> bool:
    """Whether ``line`` is the site's strip under a headline, in two to five cells: the site's name first, then its
    section or the kind of piece (at most three words, the first a section's name or kind: "Markets today"), the
    byline ("By Jo Roe and Ann Lee"), the date or the clock time, at least one of them a section, kind or byline
    ("Example Review | Analysis | By Jo Roe", "The Example Ledger — Analysis", "Example Daily | Markets today |
    Dec. 7, 2031 | 8:52 a.m. ET")."""
    cells = [c.strip() for c in _STRIP_CELL_SEP_RE.split(line.strip())]
    if not 2 <= len(cells) <= 5 or not _STRIP_SITE_RE.match(cells[0]):
        return False
    named = False
    for cell in cells[1:]:
        first = cell.split()[0].lower() if cell else ""
        if word_count(cell) <= 3 and (first in _SECTION_WORDS or first in _SECTION_KINDS) and not sentence_like(cell):
            named = True
        elif _BYLINE_CELL_RE.match(cell):
            named = True
        elif not (date_line(cell) is not None or _CLOCK_CELL_RE.match(cell)):
            return False
    return named


#: A clock time alone in a strip's cell ("8:52 a.m. ET", "16:20 GMT", "Updated 16:31 ET").
_CLOCK_CELL_RE = re.compile(r"^(?:(?:updated|posted|published)\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4}T|ET|UTC)?$", re.I)


#: Sections named by the kind of piece ("Explainer", "Opinion", "Analysis").
_SECTION_KINDS = frozenset({"explainer", "explainers", "opinion", "analysis", "comment", "column", "feature", "features",
                            "interview", "review", "editorial", "breakingviews", "insight", "briefing", "brief"})


def _standfirst_under(head: list[tuple[int, str]], words: list[int], idx: int) -> bool:
    """Whether the line at ``idx`` (the longest above the body) is a standfirst right under the headline ("Vexley
    Steel to close two plants" / "The steelmaker blames weak demand as it cuts 600 jobs across the north"): a long
    line without a full stop, on the next line after a headline of four to :data:`HEADLINE_MAX_WORDS` words that
    ends neither like a sentence nor with a colon, holds lower-case words (no menu) and no date. A strip of the page
    (a market strip's signed figures, "DJIA +1.9% | Nasdaq +1.7% | VRX -4.3%", or a menu: :func:`page_strip`) is no
    standfirst."""
    line, above = head[idx][1], head[idx - 1][1]
    if page_strip(line):
        return False
    gap = head[idx][0] - head[idx - 1][0]
    if gap == 2 and not _plain_headline(above):
        return False
    return words[idx] >= STANDFIRST_MIN_WORDS and not sentence_like(line) and gap <= 2 \
        and 4 <= words[idx - 1] <= HEADLINE_MAX_WORDS and not sentence_like(above) and not above.rstrip().endswith(":") \
        and any(w.islower() for w in above.split()) and not _is_bullet(above) and not _stamps(above) \
        and masthead(above) is None and "://" not in above and "|" not in above


#: An entry stamp opening a line of a live blog or a statement page: a clock time, alone or before a separator and
#: the entry ("16:42", "3:58 p.m.", "17:40 - Closing snapshot"), or a numbered label before a separator, on a line that
#: gives a time or a day ("UPDATE 4 - Tuesday 11 March 2031, 08:00 GMT").
_ENTRY_CLOCK_RE = re.compile(r"(\d{1,2}[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?)\s*(?:([-–—:|])\s*\S.*"
                             r"|(?<=[A-Z])\s+[A-Z].*)?$")  # (or the entry's title right after the zone: "16:15 EDT  Shares close")
_ENTRY_LABEL_RE = re.compile(r"([A-Za-z]+ \d{1,3})(?![:.]\d)\s*([-–—:|])\s*\S")  # not "By 2:30 p.m., ..."
_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}[:.][0-5]\d\b")


def _entry_shape(line: str) -> tuple[str, str, str] | None:
    """The shape of an entry stamp opening ``line`` (digits as 0, a.m. as p.m., lower case, its separator), or None."""
    m = _ENTRY_CLOCK_RE.match(line)
    if m is not None:
        clock = re.sub(r"(?<![a-z])[ap](?=\.?m\b)", "x", re.sub(r"\d+", "0", m.group(1)).lower())  # "9:05 a.m." as "3:40 p.m."
        return "clock", clock, m.group(2) or ""
    m = _ENTRY_LABEL_RE.match(line)
    if m is not None and (_CLOCK_TIME_RE.search(line) or _stamps(line)):
        return "label", re.sub(r"\d+", "0", m.group(1)).lower(), m.group(2)
    return None


def _first_entry_stamp(head: list[tuple[int, str]], candidates: list[tuple[int, str]], body_start: int,
                       tail_start: int, skip: set[int]) -> set[int]:
    """The index of the head's last line when it is the first entry's stamp of a live blog or a statement page: an
    entry stamp right above the first paragraph whose shape (:func:`_entry_shape`) opens a line of the article too
    ("16:42" / "14:15", "UPDATE 4 - <day>" / "UPDATE 3 - <day>"). The entries below keep their stamps; the first one
    is no page header (the timeline dates the sentences under a stamp from it). ``skip``: head lines read otherwise."""
    idx = body_start - 1
    if idx < 0 or idx >= len(head) or idx in skip:
        return set()
    shape = _entry_shape(head[idx][1])
    if shape is None:
        return set()
    if any(_entry_shape(candidates[k][1]) == shape for k in range(body_start, tail_start)):
        return {idx}
    return set()


_STOPS_RE = re.compile(r"[.!?]\s")


def _short_lead(head: list[tuple[int, str]], words: list[int], title_idx: int, summary: set[int]) -> set[int]:
    """Indexes of the short sentences right above the body, under the headline ("Reactions came quickly."): a short
    article's first paragraph, not a page header. Only a run that reaches the body, each line at least three words
    that ends like a sentence, holds no date stamp and is no bullet of the summary, one sentence not set in brackets
    (a page's note: "[Audio version, edited.]", "Reload for news. Times are GMT."); a line right under the headline,
    no blank line between, is the headline's deck ("Trump leads pack; / Ahead by double digits.") and stays out."""
    lead: set[int] = set()
    if title_idx < 0:
        return lead
    idx = len(head) - 1
    while idx > title_idx and head[idx][0] > head[title_idx][0] + 1 and idx not in summary and words[idx] >= 3 \
            and sentence_like(head[idx][1]) \
            and not _stamps(head[idx][1]) and masthead(head[idx][1]) is None and "://" not in head[idx][1] \
            and head[idx][1][:1] not in "[(" and _STOPS_RE.search(head[idx][1].rstrip()) is None:
        lead.add(idx)
        idx -= 1
    return lead


def _link_label(line: str) -> bool:
    """Whether ``line`` is a link box's label read as furniture ("Related:", "Also read", "Read more")."""
    return furniture_reason(line) == REASON_LINK or line.lower().strip(" .:|") in _LINK_MARKERS


def _summary_bullets(head: list[tuple[int, str]], words: list[int], title_idx: int,
                     removals: Sequence[Removal] = ()) -> set[int]:
    """Indexes of the lines of ``head`` (the lines above the article's first sentence) that are the article's own
    summary: a run of bulleted items after the headline, each of :data:`SUMMARY_ITEM_WORDS` words or more, no
    link nor date, with at most one other line (a byline, a date) between the run and the body."""
    if title_idx < 0:
        return set()
    runs: list[list[int]] = []
    for idx in range(title_idx + 1, len(head)):
        line = head[idx][1]
        item = _is_bullet(line) and words[idx] >= SUMMARY_ITEM_WORDS and "://" not in line \
            and date_line(strip_bullet(line)) is None
        if item and runs and runs[-1][-1] == idx - 1:
            runs[-1].append(idx)
        elif item:
            runs.append([idx])
    runs = [run for run in runs if len(run) >= SUMMARY_ITEMS]
    if not runs or len(head) - 1 - runs[-1][-1] > 1:
        return set()
    first = runs[-1][0]
    above = head[first - 1][0] if first > 0 else 0  # the line number of the kept line above the run
    labels = [line for n, line in head[max(first - 1, 0):first]] + [r.text for r in removals if above <= r.line_no < head[first][0]]
    if any(_BOX_MARKER_RE.match(label) or _TAIL_MARKER_RE.match(label) or _link_label(label) for label in labels):
        return set()  # a box of links to other stories under its label ("Related:", "Read more")
    return set(runs[-1])


#: The year (or years) a copyright line sets after the name ("© Example Daily 2015", "© Example Ledger 2012-2015").
_YEAR_AFTER_NAME_RE = re.compile(r"(?<=\S)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?$")


def site_name_from_copyright(line: str) -> str | None:
    """The site name in a copyright line ("© 2021 Daily The Business" → "Daily The Business")."""
    m = _COPYRIGHT_NAME_RE.search(line)
    if not m:
        return None
    name = _LEGAL_FORM_END.sub("", m.group("name")).strip(" -–:")  # "Example Media L.P." -> "Example Media"
    bare = _YEAR_AFTER_NAME_RE.sub("", name)  # "© Example Daily 2015": the year after the name, not in it
    if word_count(bare) >= 2:  # (a name of one word and a year may be the name: "Studio 2000")
        name = bare
    if not name or len(name) > 60 or word_count(name) > 8 or name.lower() in {"copyright", "all rights reserved"}:
        return None
    return name


#: A box of links set inside the article ("Related coverage" then a few headlines) before the text goes on.
_BOX_MARKER_RE = re.compile(r"^(related( posts| articles| stories| content| news| coverage)?|more on this( story)?|"
                            r"you (may|might) also like|recommended( for you| stories)?|read next|also read|more from|"
                            r"most (read|popular|shared|viewed)|also of interest|(sponsored|promoted|partner) (stories|content|links)|"
                            r"around the web|from our partners|you may have missed|more to explore|"
                            r"don'?t miss (?:these|our|more) (?:stories|articles|reads)(?: from [\w&.'’+ -]{1,40})?\s*:?$|"
                            r"trending( now| stories| tickers| topics| quotes| stocks| on [\w&'’ -]{1,30})?\s*:?$|latest [a-z]{3,15}s\s*:?$)"
                            r"(?:\b|(?<=:))(?![-‐][^\W\d_])", re.I)  # not "Related-party ..."
#: A heading that ends the article wherever it stands in its last part: a press release's legal boilerplate
#: ("Forward-looking statements"), a list of other stories, the comments. The footer starts at such a heading when the
#: prose after it is less than :data:`STRONG_TAIL_SHARE` of the prose before it (else a quarter), unless the article's
#: sentences go on right after it (a box heading whose links were not scraped). ("About Acme Robotics" is not one: on
#: a news page it heads an explainer of the story's subject.)
_STRONG_TAIL_RE = re.compile(
    r"^(?:forward[- ]looking statements?"
    r"|related(?: posts| articles| stories| content| news| coverage)?|more from\b.*|most (?:read|popular|shared|viewed)"
    r"|recommended(?: for you)?|you (?:may|might) also like|read next|leave a (?:reply|comment)|\d+ comments?"
    r"|comments?(?: \(\d+\))?|replies(?: \(\d+\))?|join (?:our|the) conversation|(?:top|more) stories"
    r"|latest(?: news| stories| headlines| videos| [a-z]{3,15}s)?|trending(?: now| stories| tickers| topics| quotes| stocks| on [\w&'’ -]{1,30})?"
    r"|don'?t miss"
    r"|in other news|editor'?s picks?|also of interest|recommended stories|(?:sponsored|promoted|partner) (?:stories|content"
    r"|links)|around the web|from our partners|you may have missed|more to explore|other recent releases|more videos|###"
    r"|(?:media|press|investors?) (?:contacts?|enquiries|inquiries))\s*:?$", re.I)
#: A line that heads the readers' comments, removed as furniture on its own ("View comments", "33 Comments",
#: "Comments (2,418)", "Would you like to comment on this article?", "Conversation (238)"): the article has ended
#: before it, as at a heading of :data:`_STRONG_TAIL_RE`.
_COMMENTS_MARK_RE = re.compile(
    r"^(?:(?:view|show|read|see|load|hide)\s+)?(?:all\s+)?(?:\d[\d,]*\s+)?(?:comments?|replies|responses)(?:\s*\(\d[\d,]*\))?$"
    # the comments' count behind a call to write one ("Have your say: 2 comments", "Your say (14 comments)")
    r"|^(?:have your say|your say)\s*[:(–—-]?\s*\d[\d,]*\s+comments?\)?$"
    r"|\bcomment on this (?:article|story)\b|\bbefore commenting\b|\bcomment policy\b"
    # (not a messaging channel's promotion: "Join the conversation on our WhatsApp channel")
    r"|^join (?:our|the) conversation\b(?! on (?:our |the )?(?:whatsapp|telegram|facebook|twitter|x|instagram|linkedin|threads"
    r"|discord|signal|youtube|tiktok)\b)"
    r"|^leave a (?:reply|comment)\b|^be the first to comment\b|^commenting (?:is|on)\b"
    r"|^(?:conversation|discussion|(?:reader|readers['’]?) (?:comments|questions)|questions from (?:our )?readers)\s*\(\d[\d,]*\)$",
    re.I)
#: A numbered list's item ("1. Quist names new CEO", "2) ...").
_NUMBERED_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s+\S")
#: A list of other stories' heading, alone on its line ("Most read", "Related coverage", "More in Ecommerce"): removed
#: as a link, it heads the footer like the comments' heading when little prose follows it.
_LIST_HEADING_RE = re.compile(r"^(?:most (?:read|popular|shared|viewed)|related(?: coverage| stories| articles| posts| news)?"
                              r"|more (?:from|in|on) [\w&'’ -]{1,30}|(?:more|top) stories|recommended(?: for you| stories)?|trending on [\w&'’ -]{1,30}"
                              r"|latest [a-z]{3,15}s"
                              r"|you (?:may|might) also like|editor'?s picks?"
                              # (a link box's call to read: "Read more:", "Further reading", "More weekend reading:")
                              r"|read more|read also|also read|see also|further reading|more (?:[\w'’-]+ )?reading"
                              r"|don'?t miss|must read)\s*:?$", re.I)
#: The comments' heading run into its prompt to sign in ("Comments (1,475) · Sign in or create your account to join
#: the discussion."): a heading of the footer however long the prompt.
_COMMENTS_PROMPT_RE = re.compile(r"^(?:\d[\d,]*\s+)?comments?\s*(?:\(\d[\d,]*\))?\s*[·|•:–—-]\s*(?:sign in|log in|register|create"
                                 r"|join|be the first|add yours|have your say)\b", re.I)
STRONG_TAIL_SHARE = 0.6
#: Of those, the headings after which no article text follows even when sentences do (a press release's legal text).
_LEGAL_TAIL_RE = re.compile(r"^forward[- ]looking statements?\s*:?$", re.I)
#: ... or the same heading run into its text: "Forward-looking statements: This release contains ...".
_LEGAL_NOTE_RE = re.compile(r"^forward[- ]looking statements?\s*:\s*\S", re.I)
#: After the article's last sentence, a line of at most this many words that does not end like a sentence is a
#: headline of another story (or other furniture), unless it is a list or table line of the article.
FOOTER_LINK_WORDS = 18
#: At most this many link lines in such a box.
BOX_LINKS = 6


def _same_list(above: str, line: str) -> bool:
    """Whether ``line`` is the next item of the list whose item ``above`` is: both numbered ("3. ...", "4. ..."), or
    both set after the same bullet ("· ...")."""
    if _NUMBERED_ITEM_RE.match(line):
        return _NUMBERED_ITEM_RE.match(above) is not None
    return line[:1] in _LIST_BULLETS and line[:2] == above[:2] and line[1:2] == " "


#: The bullets of a list of links under a heading.
_LIST_BULLETS = frozenset("•·▪►»‣◦*-–")


def _listed_links(lines: list[tuple[int, str]], words: list[int]) -> list[bool]:
    """For each line, whether it is an item of a list of links right under a footer's heading ("Most read" then "1.
    Quist names new CEO", "2. ..."; "Related stories" then "· ..."): two items or more, numbered or after the same
    bullet, of at most :data:`LISTED_LINK_WORDS` words. Such items are no prose of the article, even when one ends
    on an abbreviation ("... after a warning on Sept. 10")."""
    out = [False] * len(lines)
    for idx, (_, line) in enumerate(lines):
        if words[idx] > 6 or not _TAIL_MARKER_RE.match(line):
            continue
        end = idx + 1
        while end < len(lines) and words[end] <= LISTED_LINK_WORDS and (
                _NUMBERED_ITEM_RE.match(lines[end][1]) or lines[end][1][:1] in _LIST_BULLETS and lines[end][1][1:2] == " ") \
                and (end == idx + 1 or _same_list(lines[end - 1][1], lines[end][1])):
            end += 1
        if end - idx > 2:
            out[idx + 1:end] = [True] * (end - idx - 1)
            continue
        # headlines without bullets, one to a line, in a block of their own under the heading (no blank line between):
        # all but one do not end like a sentence ("The Big Read: can Quist survive?" among them)
        end = idx + 1
        while end < len(lines) and lines[end][0] == lines[end - 1][0] + 1 and words[end] <= LISTED_LINK_WORDS:
            end += 1
        if end - idx > LISTED_BLOCK_MIN and sum(sentence_like(line) for _, line in lines[idx + 1:end]) <= 1:
            out[idx + 1:end] = [True] * (end - idx - 1)
    return out


#: An item of such a list runs to at most this many words.
LISTED_LINK_WORDS = 20
#: A list of headlines without bullets holds more than this many lines.
LISTED_BLOCK_MIN = 3


def _inline_box(lines: list[tuple[int, str]], words: list[int], idx: int, listed: Sequence[bool] = ()) -> int:
    """When the marker at ``idx`` opens a box of links inside the article (headlines that do not end like a sentence,
    then at least two sentences of the article again, before any other footer marker), the index after the box;
    else ``idx`` (the marker starts the footer). ``listed``: the lines :func:`_listed_links` found under a heading, the
    box's links even when one ends like a sentence ("The Big Read: can Quist survive?")."""
    if not _BOX_MARKER_RE.match(lines[idx][1]):
        return idx
    end = idx + 1
    while end < len(lines) and end - idx <= BOX_LINKS and not _TAIL_MARKER_RE.match(lines[end][1]) \
            and (not sentence_like(lines[end][1]) or end > idx + 1 and _same_list(lines[end - 1][1], lines[end][1])
                 or end < len(listed) and listed[end]):
        end += 1
    resumed = 0
    for k in range(end, min(len(lines), end + 2)):
        line = lines[k][1]
        if _TAIL_MARKER_RE.match(line) or not sentence_like(line) or words[k] < 5:
            break
        resumed += 1
    # one sentence of the article after the box, then the footer (the article's last paragraph set after a box): the
    # next line that is a sentence or a footer's heading, if any, is a footer's heading (short lines of a sign-up form
    # may stand before it)
    after = next((k for k in range(end + 1, len(lines)) if _TAIL_MARKER_RE.match(lines[k][1]) or sentence_like(lines[k][1])), None)
    last = resumed == 1 and words[end] >= 8 and (after is None or _TAIL_MARKER_RE.match(lines[after][1]) is not None)
    return end if end > idx + 1 and (resumed == 2 or last) else idx


#: A label that opens a headline of another story ("Opinion: ...", "Analysis – ...", "LIVE – ...").
_HEADLINE_LABEL_RE = re.compile(r"^(?:opinion|analysis|q&a|explainer|live|watch|video|interview|exclusive|breaking)\s*[:–—-]\s",
                                re.I)


#: A headline's future: a name, then "to" and a verb ("Jo Roe to step down as Orvane CEO on May 3").
_HEADLINE_FUTURE_RE = re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){1,4}to\s+[a-z]+\b")


def _inline_headlines(lines: list[tuple[int, str]], prose: list[bool], words: list[int], body_start: int,
                      tail_start: int, sources: set[int] = frozenset()) -> set[int]:
    """Indexes of headlines of other stories set alone between two paragraphs of the article (a link the page put
    there): a line of 6 to 20 words between two prose lines (one short line, such as a live page's time stamp, may
    stand between it and either) that does not end like a sentence, is no list or table line, holds no signed percent
    figure (a quote's "+2.7%", which a list's item prints, a headline does not), and reads as a
    headline: a figure in per cent, a label ("Opinion: ...") or a headline's future ("Jo Roe to step down as ...").
    Not an aggregator's item, its headline over its outlet's credit (line numbers ``sources``, :func:`_source_line`)
    and its summary: the page's own text."""
    out: set[int] = set()
    live = sum(1 for _, text in lines[body_start:tail_start] if _ENTRY_OPENING_RE.match(text)) > ENTRY_MIN_BEFORE
    for i in range(body_start + 1, tail_start - 1):
        line = lines[i][1]
        if lines[i][0] + 1 in sources:
            continue
        before = prose[i - 1] or (i - 2 >= body_start and prose[i - 2])  # (a live page's time stamp may stand between)
        after = prose[i + 1] or (i + 2 < tail_start and prose[i + 2])
        if prose[i] or not before or not after or not 6 <= words[i] <= 20 or sentence_like(line) \
                or _is_bullet(line) or "|" in line or _SIGNED_PERCENT_RE.search(line):
            continue  # (a signed percent is a quote's: "ACME TOOLS (ACT) +2.7% premarket" heads the article's item)
        if ("%" in line or _HEADLINE_LABEL_RE.match(line) or _HEADLINE_FUTURE_RE.match(line)) \
                and not (_ENTRY_OPENING_RE.match(line) and live):
            out.add(i)  # (a live blog's entry under its time stamp is the article's: "09:35 EDT  Shares open down 27%")
    return out


#: A short line that ends with a signed percent figure ("Kuehne + Nagel -1.4%", "Arbor Line (ALSV), a contractor: +38%").
_SIGNED_END_RE = re.compile(r"[+\-−–]\s?\d[\d.,]*\s?%$")
#: A signed percent figure anywhere in a line.
_SIGNED_PERCENT_RE = re.compile(r"(?:^|[\s(:])[+\-−–]\s?\d[\d.,]*\s?%")


#: A photo's label above its caption ("Image:", "Photo"), removed as page chrome.
_IMAGE_LABELS = frozenset({"image", "photo", "picture", "photograph", "illustration"})
#: A caption is short.
CAPTION_WORDS = 14


def _top_caption(candidates: list[tuple[int, str]], idx: int, words: list[int], removals: Sequence[Removal]) -> bool:
    """Whether line ``idx``, the first sentence above the article's body, is the caption of the page's photo ("Traders
    work on the floor of the exchange."): a line of at most :data:`CAPTION_WORDS` words without a figure or a quotation,
    set wholly in square brackets with no full stop, or right under the photo's label ("Image:") or right over the photo's credit
    (removed as a caption: "JO ROE | Harbour Images"), the lines next to it on the page."""
    line_no, line = candidates[idx]
    if words[idx] > CAPTION_WORDS or '"' in line or "“" in line:
        return False
    if any(ch.isdigit() for ch in line):
        return False
    if line.startswith("[") and line.endswith("]") and line.count("[") == 1 and not sentence_like(line[1:-1]):
        return True  # (a note in brackets, "[Translated from the German original.]", is no caption)
    prev_no = candidates[idx - 1][0] if idx > 0 else 0
    next_no = candidates[idx + 1][0] if idx + 1 < len(candidates) else 1 << 30
    above = [r for r in removals if prev_no < r.line_no < line_no]  # the lines between it and its kept neighbours
    below = [r for r in removals if line_no < r.line_no < next_no]
    if above and above[-1].text.lower().strip(" :.") in _IMAGE_LABELS:
        return True
    return bool(below) and below[0].reason == REASON_CAPTION


def _top_captions(candidates: list[tuple[int, str]], prose: list[bool], words: list[int], body_start: int,
                  removals: Sequence[Removal]) -> set[int]:
    """Indexes of the photo captions (:func:`_top_caption`) and of the page's title line ("<headline> | <site>", its
    headline on a line of its own too) at the top of the body, before its first sentence that is no date line
    ("Updated Nov. 14, 2031, 12:12 p.m."); lines without a sentence may stand between them."""
    found: set[int] = set()
    keys: set[str] | None = None
    for k in range(body_start, len(candidates)):
        line = candidates[k][1]
        if _top_caption(candidates, k, words, removals):
            found.add(k)
            continue
        if " | " in line and prose[k]:  # the page's title: "<headline> | <site>", its headline on a line of its own
            if keys is None:
                keys = {dedupe_key(x) for _, x in candidates}
            cells = table_cells(line)
            if len(cells) >= 2 and any(len(key := dedupe_key(c)) >= 20 and key in keys for c in cells):
                found.add(k)
                continue
        if prose[k] and not _stamps(line):
            break
    return found


#: A teaser is at least this long (its comparison key, in characters) and this close to the start of the paragraph
#: under it (:func:`rapidfuzz.fuzz.ratio`).
TEASER_MIN_CHARS = 40
TEASER_RATIO = 90.0


def _teasers(kept: list[str], keys: list[str]) -> set[int]:
    """Indexes of kept paragraphs that are a page's teaser of the paragraph right under them: the paragraph's opening
    cut short ("Jo Roe has held a season ticket since 1994." over "Jo Roe has held a season ticket since 1994. He
    writes ..."), or told in a few other words ("Acme informed the world ..." over "Acme told the world ..."): its
    key at least :data:`TEASER_MIN_CHARS` long, the next paragraph's longer, and their openings of the teaser's length
    alike (:data:`TEASER_RATIO`); no quotation. ``keys``: each paragraph's :func:`dedupe_key`."""
    found: set[int] = set()
    for i in range(len(kept) - 1):
        short, long = keys[i], keys[i + 1]
        if len(short) < TEASER_MIN_CHARS or len(long) <= len(short) or short[:12] != long[:12] \
                or '"' in kept[i] or "“" in kept[i]:  # (a quotation said twice is the quote engine's to read)
            continue
        if fuzz.ratio(short, long[: len(short)]) >= TEASER_RATIO:
            found.add(i)
    return found


def _list_item(line: str) -> bool:
    """Whether ``line`` is an item of a list or table of figures: a move line, a short line that ends with a signed
    percent figure, or a pipe table's row or header."""
    return is_move_line(line) or ("|" in line and len(table_cells(line)) >= 2) \
        or (word_count(line) <= 12 and _SIGNED_END_RE.search(line) is not None)


def _list_intruders(lines: list[tuple[int, str]], words: list[int]) -> set[int]:
    """Indexes of headlines of other stories set inside a list or table of the article (a link the page put there):
    a line of 5 to 20 words, no item itself (no signed percent figure, no cells, no bullet, no lead-in colon) and not
    ending like a sentence, between two items of the list, or right under the list's lead-in ("Week's movers:") with
    two items below it ("Hapag-Lloyd +2.1%" / "Jo Roe to step down as Acme CEO on May 3" / "Kuehne + Nagel -1.4%")."""
    out: set[int] = set()
    for i in range(1, len(lines) - 1):
        line = lines[i][1]
        if not 5 <= words[i] <= 20 or not _list_item(lines[i + 1][1]) or _list_item(line) or _is_bullet(line) \
                or sentence_like(line) or line.rstrip().endswith(":") or _SIGNED_PERCENT_RE.search(line) \
                or _WEEKDAY_ITEM_RE.match(line) or DATED_ITEM_RE.match(line):
            continue  # (a day's line of a diary is the list's own: "Thu: Shares recover 2.2%")
        above = lines[i - 1][1]
        if _list_item(above):
            out.add(i)
        elif above.rstrip().endswith(":") and i + 2 < len(lines) and _list_item(lines[i + 2][1]) \
                and not _table_caption(line, lines[i + 1][1]):
            out.add(i)
    return out


#: A link's arrow opening its line ("› <headline>", "» <headline>", "→ <headline>").
_ARROW_LINK_RE = re.compile(r"^([›»→▸▶])\s+\S")
#: The most words of a headline in such a run of links, and of the box's heading above it.
ARROW_LINK_WORDS = 16
BOX_HEADING_WORDS = 8


def _arrow_links(lines: list[tuple[int, str]], words: list[int], prose: list[bool], body_start: int,
                 tail_start: int) -> set[int]:
    """Indexes of the links of a run of two lines or more that open with the same arrow ("› <headline>"), after the
    article's last paragraph of prose outside the run, none ending with a full stop nor longer than
    :data:`ARROW_LINK_WORDS` words, and the box's short heading above them: a box of other stories, its last headline a
    question ("› Opinion: Can the port survive the strike?") read as the article's last paragraph otherwise."""
    out: set[int] = set()
    i = body_start + 1
    while i < tail_start:
        m = _ARROW_LINK_RE.match(lines[i][1])
        j = i
        while j < tail_start and (a := _ARROW_LINK_RE.match(lines[j][1])) and m and a.group(1) == m.group(1) \
                and words[j] <= ARROW_LINK_WORDS and not lines[j][1].rstrip().endswith("."):
            j += 1
        if j - i >= 2 and not any(prose[k] for k in range(j, tail_start)):
            out.update(range(i, j))
            if i - 1 > body_start and not prose[i - 1] and words[i - 1] <= BOX_HEADING_WORDS \
                    and not sentence_like(lines[i - 1][1]):
                out.add(i - 1)  # the box's heading ("More on <Company>")
        i = max(j, i + 1)
    return out


def _table_caption(line: str, row: str) -> bool:
    """Whether ``line``, right over the first ``row`` of a table, is its caption: the row holds three or more cells
    and the line names what two of its columns hold, joined by "and" or a comma ("Share of revenue, and share-price
    change since March 6"), where a headline tells a news item."""
    return "|" in row and len(table_cells(row)) >= 3 and re.search(r",|\band\b", line) is not None


def _find_tail_start(lines: list[tuple[int, str]], prose: list[bool], body_start: int,
                     words: list[int] | None = None, marks: Sequence[int] = ()) -> tuple[int, set[int]]:
    """Index (into ``lines``) where the footer begins, or ``len(lines)`` (``words``: each line's :func:`word_count`),
    and the indexes of link boxes set inside the article before it (:func:`_inline_box`). ``marks``: line numbers of
    removed lines that head the comments (:data:`_COMMENTS_MARK_RE`): the footer begins at the first line after
    one when the prose after it is less than :data:`STRONG_TAIL_SHARE` of the prose before."""
    if words is None:
        words = [word_count(line) for _, line in lines]
    listed = _listed_links(lines, words)
    prose = [p and not item for p, item in zip(prose, listed)]  # a list of links under a footer's heading is no prose
    total = sum(w for w, p in zip(words, prose) if p)
    before = 0
    boxes: set[int] = set()
    skip_to = body_start
    marks = sorted(marks)
    for idx in range(body_start, len(lines)):
        line = lines[idx][1]
        removed_mark = idx > body_start and bool(marks) and \
            bisect.bisect_left(marks, lines[idx][0]) > bisect.bisect_left(marks, lines[idx - 1][0])
        if removed_mark and total - before < STRONG_TAIL_SHARE * max(before, 1):
            return idx, boxes  # a comments heading was removed between the line before and this one
        if prose[idx]:
            before += words[idx]
        if idx < skip_to:
            continue
        legal = _LEGAL_NOTE_RE.match(line) is not None  # "Forward-looking statements: This release may contain ..."
        heading = _TAIL_MARKER_RE.match(line) and (words[idx] <= 12 or _COMMENTS_PROMPT_RE.match(line))
        if idx > body_start and (heading or line.lower().startswith("tags:") or legal):
            box_end = _inline_box(lines, words, idx, listed)
            # the article's sentences go on right after it (not a numbered list's first item: "1. Quist names new CEO")
            resumes = idx + 1 < len(lines) and prose[idx + 1] and not _NUMBERED_ITEM_RE.match(lines[idx + 1][1])
            if box_end > idx:
                boxes.update(range(idx, box_end))
                skip_to = box_end
            elif resumes and _BOX_MARKER_RE.match(line) and not sentence_like(line) and words[idx] <= 6:
                boxes.add(idx)  # a box's heading alone, its links not scraped: the heading goes, the article stays
            elif resumes and _entry_resumes(lines, body_start, idx):
                boxes.add(idx)  # a live blog entry's share button: the next entry goes on with the article
            else:
                strong = (_STRONG_TAIL_RE.match(line) or legal) and (not resumes or _LEGAL_TAIL_RE.match(line) or legal) \
                    or _COMMENTS_PROMPT_RE.match(line)  # the comments follow it
                if total - before < (STRONG_TAIL_SHARE if strong else 0.25) * max(before, 1):
                    return idx, boxes
    return len(lines), boxes


#: A share button's line ("Share this post", "Share this update"): removed as a share widget, not as a link.
_SHARE_BUTTON_RE = re.compile(r"^share this\b", re.I)
#: A live blog entry's opening time stamp ("17:40 — Closing bell ...", "08:22 It isn't just ...", "9.15am: ...").
_ENTRY_OPENING_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[—–:-]?\s*[A-Z“\"‘']")
#: ... and how many entries opened so before a marker make the page a live blog.
ENTRY_MIN_BEFORE = 2


def _entry_resumes(lines: list[tuple[int, str]], body_start: int, idx: int) -> bool:
    """Whether the marker line at ``idx`` ("Share this post") stands between the entries of a live blog: the line after
    it opens an entry with its time stamp, as :data:`ENTRY_MIN_BEFORE` lines of the article before it do."""
    if idx + 1 >= len(lines) or not _ENTRY_OPENING_RE.match(lines[idx + 1][1]):
        return False
    return sum(1 for _, text in lines[body_start:idx] if _ENTRY_OPENING_RE.match(text)) >= ENTRY_MIN_BEFORE


def raw_line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (``\\r\\n``, ``\\r`` and ``\\n`` all end a line; the break is not
    part of the line), in order: line ``n`` (1-based) is ``text[start:end]`` of item ``n - 1``."""
    spans: list[tuple[int, int]] = []
    start = 0
    if "\r" not in text:
        for line in text.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        return spans
    for m in _LINE_BREAK_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


#: Hard-wrapped text (a plain-text wire or e-mail copy, a paste from a terminal): its long lines are at most this
#: long, and at least :data:`WRAP_MIN_LINES` of them are :data:`WRAP_LONG` characters or more.
WRAP_WIDTH = 100
WRAP_LONG = 40
WRAP_MIN_LINES = 5
#: ... and at least this share of its long lines break a sentence where the next word would not have fitted.
WRAP_SHARE = 0.3
_FIRST_WORD_RE = re.compile(r"\S+")


def wrapped_lines(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, int]:
    """For hard-wrapped text, ``{first line number: last line number}`` (1-based) of each run of lines that are one
    paragraph broken at a width: a line is joined to the next when the next line's first word would not have
    fitted on it. Empty for text whose paragraphs are lines (any line of prose longer than :data:`WRAP_WIDTH`)."""
    lines = [text[a:b].strip() for a, b in spans]
    long = [len(line) for line in lines if len(line) >= WRAP_LONG]
    if len(long) < WRAP_MIN_LINES or max(long) > WRAP_WIDTH:
        return {}
    width = sorted(long)[int(0.9 * (len(long) - 1))]
    joins: list[bool] = []
    for line, nxt in zip(lines, lines[1:] + [""]):
        first = _FIRST_WORD_RE.match(nxt)
        joins.append(len(line) >= WRAP_LONG and first is not None and len(line) + 1 + len(first.group(0)) > width
                     and not _is_bullet(nxt) and not sentence_like(line))
    if sum(joins) < max(2, WRAP_SHARE * len(long)):
        return {}
    runs: dict[int, int] = {}
    start = None
    for i, join in enumerate(joins):
        if join and start is None:
            start = i
        if not join and start is not None:
            runs[start + 1] = i + 1
            start = None
    return runs


def clean_document(text: str) -> CleanDocument:
    """Clean the raw text of one scraped article.

    Returns the article's paragraphs (one per kept line), every removal with its reason, the headline and
    dateline found above the body, and a site name from a copyright line when there is one.
    """
    removals: list[Removal] = []
    candidates: list[tuple[int, str]] = []  # (1-based line number, text) still in play
    site_name: str | None = None
    spans = raw_line_spans(text)
    runs = wrapped_lines(text, spans)  # hard-wrapped paragraphs are read as one line each
    span_of = {first: (spans[first - 1][0], spans[last - 1][1]) for first, last in runs.items()}
    inside = {n for first, last in runs.items() for n in range(first + 1, last + 1)}
    block = front_matter(text) if text.lstrip()[:3] == "---" else None
    front_end = block[1] if block is not None else 0  # the front matter's lines: the reader took its fields
    above: str | None = None  # the line above, when it is still in play
    for line_no, (line_start, line_end) in enumerate(spans, start=1):
        if line_no <= front_end:
            if text[line_start:line_end].strip():
                removals.append(Removal(line_no, normalize_line(text[line_start:line_end]), REASON_FRONT_MATTER))
            continue
        if line_no in inside:
            continue
        if line_no in runs:
            line = normalize_line(" ".join(text[a:b].strip() for a, b in spans[line_no - 1:runs[line_no]]))
        else:
            line = normalize_line(text[line_start:line_end])
        if not line:
            continue
        if ("{" in line or "<" in line) and _DEBRIS_RE.search(line) is not None:
            for fragment in _DEBRIS_RE.findall(line):
                removals.append(Removal(line_no, fragment, REASON_DEBRIS))
            line = normalize_line(_DEBRIS_RE.sub(" ", line))
        elif not _is_normalized(line):  # normalising again would change it ("&amp;amp;"): as before, do
            line = normalize_line(line)
        if not line:
            continue
        bar = _SHARE_TAIL_RE.search(line) if "hare" in line else None
        if bar is not None and furniture_reason(bar.group(1)) == REASON_SHARE:
            removals.append(Removal(line_no, bar.group(1), REASON_SHARE))  # "... on June 18. Share this: Facebook | X"
            line = line[:bar.start()].rstrip()
        sign_off = _SIGN_OFF_RE.search(line) if line.endswith(")") and "/" in line else None
        if sign_off is not None:
            removals.append(Removal(line_no, sign_off.group(1), REASON_CREDIT))  # "... results on 4 May. (APW/ks/jw)"
            line = line[:sign_off.start()].rstrip()
        writes = _WRITES_TAIL_RE.search(line) if "writes " in line else None
        if writes is not None and word_count(line[:writes.start()]) >= 5:
            removals.append(Removal(line_no, writes.group(1), REASON_BYLINE))  # "<standfirst>, writes Jane Roe"
            line = line[:writes.start()].rstrip(" ,;")
        reason = furniture_reason(line)
        if reason is None:
            line, greetings = housekeeping_edges(line)  # "08:10 BST - Good morning and welcome to ... Miners are lower."
            removals.extend(Removal(line_no, sentence, REASON_NAV) for sentence in greetings)
        if reason == REASON_NAV and _quote_credit(line, above):
            reason = None  # "- Bernie Sanders." under the quotation: its speaker, read by the quote engine
        above = line if reason is None else None
        if reason is not None:
            if reason == REASON_COPYRIGHT and site_name is None:
                site_name = site_name_from_copyright(line)
            removals.append(Removal(line_no, line, reason))
            continue
        candidates.append((line_no, line))
    candidates = _restore_table_headers(removals, candidates)
    candidates = _restore_column_rows(removals, candidates)
    widget = _ticker_widget(candidates)
    if widget:  # "QFLD +1.8%": a market-data box's ticker that the article does not name
        removals.extend(Removal(*candidates[i], REASON_NAV) for i in widget)
        candidates = [c for i, c in enumerate(candidates) if i not in widget]
    says = _comment_says(candidates)
    if says:  # "jo_trader says:" over the comment's date: a comment's head, the comments start there
        removals.extend(Removal(*candidates[i], REASON_COMMENTS) for i in says)
        candidates = [c for i, c in enumerate(candidates) if i not in says]

    words = [word_count(line) for _, line in candidates]
    prose = [is_prose_of(line, w) and not _stamp_strip(line) and not ("|" in line and _site_strip(line))
             for (_, line), w in zip(candidates, words)]
    body_start = prose.index(True) if any(prose) else 0
    if _headline_over_byline(candidates, prose, words, body_start, removals):
        body_start = next(k for k in range(body_start + 1, len(candidates)) if prose[k])
    opening = next((k for k in range(body_start) if _WIRE_DATELINE_OPENING_RE.match(candidates[k][1])), None)
    if opening is not None:
        body_start = opening  # "Oct 5 (Agency) - Quist Inc:" above a flash's bullet lines: the article starts there
    else:  # "Oct 5 (Agency) -" alone above them: its bullets start the article, the lead-in is its dateline's
        opening = next((k for k in range(body_start if any(prose) else len(candidates)) if brief_lead_alone(candidates, k)),
                       None)
        if opening is not None:
            body_start = opening + 1
    captions = _top_captions(candidates, prose, words, body_start, removals) if opening is None else set()
    if captions:  # the photo's caption above the article, read as its first sentence: the body starts after it
        body_start = next((k for k in range(max(captions) + 1, len(candidates)) if prose[k] and not _stamps(candidates[k][1])),
                          body_start)
        captions = {k for k in captions if k < body_start}
    page = {r.line_no: r.text for r in removals if r.reason != REASON_DEBRIS} | dict(candidates)
    credits = _item_sources(sorted(page.items()))
    marks = [r.line_no for r in removals if _COMMENTS_MARK_RE.search(r.text) or _LIST_HEADING_RE.match(r.text)
             or r.reason == REASON_COMMENTS and (COMMENT_HEAD_RE.match(r.text) and r.line_no not in credits
                                                 or COMMENT_SAYS_RE.match(r.text))]
    tail_start, boxes = _find_tail_start(candidates, prose, body_start, words, marks)
    promo_box = _newsletter_box(removals, candidates, words)
    boxes |= {i for i in _marked_links(removals, candidates, words) if i > body_start}
    boxes |= _inline_headlines(candidates, prose, words, body_start, tail_start, credits)
    boxes |= {i for i in _list_intruders(candidates, words) if body_start < i < tail_start}
    boxes |= _arrow_links(candidates, words, prose, body_start, tail_start)
    last_prose = max((i for i in range(body_start, tail_start) if prose[i] and i not in boxes and i not in promo_box),
                     default=body_start)
    # The site's copyright line with its year after the article's last paragraph closes the page: what follows it is
    # the footer's (a market-data box's "Acme ▲ +4.1%" lines, read as the article's list of movers otherwise); a
    # photo's credit ("© Example Images") has no year.
    footer_copyright = min((r.line_no for r in removals if r.reason == REASON_COPYRIGHT and _YEAR_RE.search(r.text)
                            and r.line_no > candidates[last_prose][0]), default=None) if candidates else None
    if footer_copyright is not None:
        tail_start = min(tail_start, bisect.bisect_right([n for n, _ in candidates], footer_copyright))
    # A subheading over the article's last short sentences ("Union: 'A betrayal'" / "\"It is a betrayal,\" he said."):
    # the lines after the last prose paragraph, to the footer, that end like sentences of four words or more follow it.
    closing = [i for i in range(last_prose + 1, tail_start) if i not in boxes]
    while closing and sentence_like(candidates[closing[-1]][1]) and words[closing[-1]] >= 4:
        closing.pop()
    if closing and len(closing) < tail_start - last_prose - 1 and len(closing) <= 1 \
            and words[closing[0]] <= _CELL_WORDS and closing[0] == last_prose + 1:
        last_prose = tail_start - 1

    # Header: the headline is the longest multi-word line above the body; a dateline follows it.
    head = candidates[:body_start]
    title: str | None = None
    title_idx = -1
    for idx, (_, line) in enumerate(head):
        if words[idx] >= 4 and idx not in captions and not _is_bullet(line) and not _stamps(line) and masthead(line) is None and "://" not in line \
                and _WIRE_DATELINE_ALONE_RE.match(line) is None and not page_strip(line) \
                and (title is None or len(line) > len(title)):  # "Harbour Courier | Regional | <date>": no headline
            title, title_idx = line, idx
    if title is None and head and 0 not in captions and _SHORT_HEADLINE_RE.match(head[0][1]) and masthead(head[0][1]) is None \
            and date_line(head[0][1]) is None and not looks_like_outlet(head[0][1]):
        title, title_idx = head[0][1], 0  # a short headline at the top ("Quillow Bank slides"), not a site's name
    if title_idx > 0 and _standfirst_under(head, words, title_idx):
        title_idx -= 1  # the longest line is the standfirst under the headline
        title = head[title_idx][1]
    summary = _summary_bullets(head, words, title_idx, removals)
    lead = _short_lead(head, words, title_idx, summary | captions)
    if 0 <= title_idx < len(head) - 1 and title_idx + 1 not in summary | lead | captions \
            and _standfirst_under(head, words, title_idx + 1) and not _CLOCK_TIME_RE.search(head[title_idx + 1][1]) \
            and not _PUBLISHED_RE.match(head[title_idx + 1][1]) and not _UPDATED_RE.match(head[title_idx + 1][1]) \
            and head[title_idx + 1][0] - head[title_idx][0] == 2:
        # a standfirst set as a paragraph of its own under the headline (a blank line between): the outlet's summary
        # of the article, in its text; right under the headline it is the headline's deck (:func:`_short_lead`)
        lead.add(title_idx + 1)
    dateline: date | None = None
    dateline_text: str | None = None
    updated_only: tuple[date, str] | None = None
    for idx, (_, line) in enumerate(candidates[: body_start + 3]):
        stamps = _stamps(line)
        if not stamps and idx < body_start and words[idx] <= 16:
            day = page_stamp(line)
            stamps = [(day, False)] if day is not None else []
        if not stamps:
            continue
        after_title = idx > title_idx
        published_word = bool(_PUBLISHED_RE.match(line) or _INPUT_LABEL_RE.match(line))  # ("Input 2016.09.02 ...")
        if dateline is None and (after_title or published_word):
            first = next((day for day, updated in stamps if not updated), None)
            if first is not None:  # the date it was published, not the date it was last updated
                dateline, dateline_text = first, line
            elif updated_only is None:
                updated_only = (stamps[0][0], line)
    if dateline is None and updated_only is not None:
        dateline, dateline_text = updated_only
    if dateline is None and body_start < len(candidates):
        dateline, dateline_text = _stamp_in_furniture(removals, candidates[body_start][0])
    entry_top = _first_entry_stamp(head, candidates, body_start, tail_start,
                                   {title_idx, *summary, *lead} | {i for i, (_, x) in enumerate(head) if x == dateline_text})
    dateline_listed = False
    for idx, (line_no, line) in enumerate(head):
        if idx == title_idx or idx in summary or idx in lead or idx in entry_top:
            continue
        if line == dateline_text:  # its date is the article's (the metadata), its line is not the article's text
            removals.append(Removal(line_no, line, REASON_DATE if dateline_listed else REASON_DATELINE))
            dateline_listed = True
            continue
        removals.append(Removal(line_no, line, REASON_HEADER))

    kept: list[str] = []
    kept_nos: list[int] = []
    kept_keys: list[str] = []
    sources: list[tuple[int, int]] = []
    seen: dict[str, int] = {}
    long_kept: list[tuple[str, int]] = []
    cells = _cell_tables(candidates, words) if "%" in text else set()
    cells |= _plain_tables(candidates, words) if "+" in text or "-" in text or "−" in text or "–" in text else set()
    cells |= fact_box(candidates, words, last_prose + 1, tail_start) if ":" in text else set()
    cells |= wire_brief(candidates)
    for idx in [*sorted(summary | lead | entry_top), *range(body_start, len(candidates))]:
        line_no, line = candidates[idx]
        if idx in boxes:  # a box of links, or a live blog entry's share button (:func:`_entry_resumes`)
            removals.append(Removal(line_no, line, REASON_SHARE if _SHARE_BUTTON_RE.match(line) else REASON_LINK))
            continue
        if idx in promo_box:
            removals.append(Removal(line_no, line, REASON_NEWSLETTER))
            continue
        if line_no in credits:  # an aggregator's credit under an item's headline ("Example Ledger · 5h ago")
            removals.append(Removal(line_no, line, REASON_CREDIT))
            continue
        if idx >= tail_start or (idx > last_prose and not sentence_like(line) and words[idx] <= FOOTER_LINK_WORDS
                                 and _ATTRIBUTED_QUOTE_RE.match(line) is None and not _credit_at(candidates, idx)
                                 and not _in_move_list(candidates, idx) and not _in_dated_list(candidates, idx)
                                 and idx not in cells):
            removals.append(Removal(line_no, line, REASON_FOOTER))
            continue
        if line == dateline_text:
            removals.append(Removal(line_no, line, REASON_DATE if dateline_listed else REASON_DATELINE))
            dateline_listed = True
            continue
        if is_making_note(line):  # "This article was generated with the assistance of wire reports ..."
            removals.append(Removal(line_no, line, REASON_CREDIT))
            continue
        stamp = date_line(line) is None and not is_stamp_line(line) and (_body_stamp(line) or _foot_stamp(candidates, idx))
        if (stamp or date_line(line) is not None or is_stamp_line(line)) and kept \
                and _date_heading(candidates, idx, tail_start):
            pass  # "Thursday, October 1, 2031" over a chronology's entries: it dates them, it stays in the text
        elif stamp or date_line(line) is not None or is_stamp_line(line):  # "Updated at 3.20pm GMT" in a live blog
            removals.append(Removal(line_no, line, REASON_DATE))
            if stamp and kept and _headline_above_stamp(kept[-1], kept_nos[-1], line_no):
                removals.append(Removal(kept_nos[-1], kept[-1], REASON_HEADER))
                del kept[-1], kept_keys[-1], sources[-1], kept_nos[-1]
            continue
        if not _credit_at(candidates, idx):  # a credit keeps its dash: the quote engine reads "- Name" as a credit
            line = outer_pipes_off(strip_bullet(line).strip())  # a Markdown table's row as the other rows: "2023 | 4.1%"
        key = dedupe_key(line)
        first = seen.get(key)
        if first is None and len(key) >= config.FUZZY_DUPLICATE_MIN_CHARS:
            window = long_kept[-config.FUZZY_DUPLICATE_WINDOW:]  # bounded: linear time on any number of paragraphs
            near = process.extractOne(key, [k for k, _ in window], scorer=fuzz.ratio, score_cutoff=config.FUZZY_DUPLICATE_RATIO)
            if near is not None:
                first = window[near[2]][1]
        if first is not None and len(key) >= config.MIN_DUPLICATE_CHARS:
            removals.append(Removal(line_no, line, f"{REASON_REPEAT} (first at line {first})"))
            continue
        seen.setdefault(key, line_no)
        if len(key) >= config.FUZZY_DUPLICATE_MIN_CHARS:
            long_kept.append((key, line_no))
        kept.append(line)
        kept_nos.append(line_no)
        kept_keys.append(key)
        sources.append(span_of.get(line_no) or spans[line_no - 1])

    teasers = _teasers(kept, kept_keys)
    if teasers:  # the page's summary of a paragraph, cut short or in other words, right above the paragraph itself
        for i in sorted(teasers, reverse=True):
            line_no = bisect.bisect_right([a for a, _ in spans], sources[i][0])
            removals.append(Removal(line_no, kept[i], f"{REASON_REPEAT} (a summary of the next paragraph)"))
            del kept[i], sources[i], kept_keys[i]
    if kept and _is_author_note(kept[-1], removals):
        removals.append(Removal(bisect.bisect_right([a for a, _ in spans], sources[-1][0]), kept[-1], REASON_AUTHOR_NOTE))
        kept.pop()
        sources.pop()
    while kept and _under_author_heading(bisect.bisect_right([a for a, _ in spans], sources[-1][0]), kept[-1], removals):
        removals.append(Removal(bisect.bisect_right([a for a, _ in spans], sources[-1][0]), kept[-1], REASON_AUTHOR_NOTE))
        kept.pop()
        sources.pop()
    if title is not None:
        title = title.strip()
    removals.sort(key=lambda r: r.line_no)
    title_line = head[title_idx][0] if title is not None else None
    return CleanDocument(tuple(kept), tuple(removals), title, dateline, dateline_text, site_name, tuple(sources), title_line)
