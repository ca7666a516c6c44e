"""Public entry point: every share or index move one article reports.

Input is the article text, its publication date and the document's entity mentions (columns ``start, end,
surface, name, type``; offsets into ``text``). Mentions refine the grammar: a mention covering a subject gives
its canonical name ("Besi" -> "BE Semiconductor Industries", a ticker -> its company); PLACE and INDEX mentions
make index (market) moves ("Tokyo fell 1%"). A PERSON mention does not override a share verb's subject (people
are never subjects of a percent share move, so such a mention is a typing error). Subjects no mention covers
keep the grammar's name.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from contextvars import ContextVar
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

from analysis.companies import listed_companies, short_company_name
from analysis.corpus.cleaning import table_cells
from analysis.corpus.provenance import agency_names
from analysis.entities.catalog import get_lexicon
from analysis.lexicon import load_catalog, move_words, norm_words

from .coref import (
    abbreviates,
    spelt_by,
    TICKER_WORD,
    DATED_ITEM,
    DocMentions,
    Mention,
    Named,
    last_two,
    lower_case_names,
    mention_tuples,
    pair_just_named,
    bare_pronoun,
    mentions_in,
    name_subject,
    person_not_shares,
    tied_to_shares,
    _issues_no_shares,
    resolve_coref,
    programme_names,
    product_names,
    rater_names,
    service_parties,
)
from .event_days import dated_event_window
from .figures import HAS_FIGURE, PCT, Figure, unit_priced
from .interview import interviewee_company, is_interview
from .grammar import DAY_MOVE, FRONTED_MOVE, GROWN_MOVE, MOVE_BEFORE, Attached, sentence_moves
from .periods import (
    STATED_DAY,
    WEEKDAY,
    cut_before,
    last_weekday,
    Period,
    last_day,
    opening_day,
    opening_period,
    owned_period,
    owned_weekday,
    previous_session,
    read_period,
    resolve,
    session_kind,
    since_then,
    stated_period,
    trading_day,
    trading_day_named,
    without_future_days,
)
from .phrases import BOTH, CAPITALS, DEMONYM_NAMES, NP_RE, Subject, classify_name, clean_name, demonym_short_names
from .tables import (
    as_pipe_row,
    caption_header,
    cell_table_rows,
    dated_row_moves,
    heading_session,
    is_header,
    is_table_line,
    percent_caption,
    pipe_cells,
    plain_table_rows,
    table_row_moves,
    two_column_rows,
)

MOVE_COLUMNS = ["company", "ticker", "pct", "qualifier", "kind", "session_date", "period_start", "period_end",
                "period", "sentence", "sent_start", "start", "end"]
_EMPTY = pd.DataFrame({c: pd.Series(dtype="float64" if c == "pct" else "int64" if c in ("sent_start", "start", "end")
                                    else object) for c in MOVE_COLUMNS})
_ABBREV = frozenset(
    "inc corp co ltd plc jr sr mr mrs ms dr st no vs u.s u.k e.g i.e approx est jan feb mar apr jun jul aug sep "
    "sept oct nov dec bros gov sen rep gen ave mt ft".split()
)
_BOUNDARY = re.compile(r"[.!?][\"”’)]?\s+(?=[" + CAPITALS + r"\"“‘(•\d])")
#: The abbreviations that close a company's name ("Acme Inc.", "Roe & Co."): a name ends there, so a word that only
#: opens a sentence after one ("... at Roe & Co. Shares rose 2%", "... Acme Inc. That is ...") starts a new sentence.
_COMPANY_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "llc"})
_SENTENCE_OPENER = re.compile(r"(?:Shares|Stock|The|It|Its|That|This|They|After|But)\b")
_LAST_TOKEN = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"(?:[a-z]\.){1,4}[a-z]")  # "o.s.k", "j.p" (the last period stripped)
#: A participle of consequence right before a figure ("..., sending its shares down 5.6%"): the figure happened when
#: the main clause did.
_RESULT_PARTICIPLE = re.compile(r",\s*(?:sending|pushing|driving|knocking|dragging|lifting|leaving)\s+(?:[\w'’-]+\s+){0,4}$")
#: The gap before a figure whose verb and period are left out ("X rose 8% over the week, Y 6.8%", ", and Y 2%").
_GAPPED = re.compile(r"[^,;]*,\s*(?:and\s+)?(?:(?:[A-Z]|[a-z]+[A-Z])[\w&.’'-]*\s+){1,4}")  # "easyJet", "eBay" too
#: The same gap in a clause of contrast with a copula and no verb of its own ("X is down 9.3% for the week so far, while
#: Y's are 5.9% lower", "..., whereas Y was down 2%"): Y's figure is of the same period.
_GAPPED_WHILE = re.compile(r"[^,;]*,\s*(?:while|whereas)\s+(?:(?:[A-Z]|[a-z]+[A-Z])[\w&.’'-]*\s+){1,4}(?:(?:shares|stock)\s+)?"
                           r"(?:are|were|is|was)\s+(?:(?:down|up|off)\s+)?")
#: The same gap after "and" alone ("X lost 3.1% this week and Y 2.4%"), for a figure with no verb of its own.
_GAPPED_AND = re.compile(r"[^,;]*\s+and\s+(?:(?:[A-Z]|[a-z]+[A-Z])[\w&.’'-]*\s+){1,4}")
#: The same with the name's "is" cut to "'s" and no verb ("X is up 9.2% since the deal and Y's down 8.3%").
_GAPPED_AND_IS = re.compile(r"[^,;]*\s+and\s+(?:(?:[A-Z]|[a-z]+[A-Z])[\w&.’'-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+")
_BARE_UP_DOWN = re.compile(r"(?:up|down|off)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than)\s+)?")
#: A clause after a semicolon whose verb is in the perfect and names no period ("X is up 11% since 13 October; Y and Z
#: have gained around 5% each", "X has lost 38% this year; Y, with ..., has lost 17%"): the span the clause before told,
#: up to now.
#: A contrast after a comma ("X is down 31.5% since Oct. 11, while Y has lost 8.2%") sets the same span against it, as
#: does another company's clause after "and" ("X is up 2% since May 9 and Y has slipped only 1.5%").
_PERFECT_AFTER_SPAN = re.compile(r"[^;%]*(?:;|,\s*(?:while|whereas)|,?\s+(?:and|but)(?=\s+[A-Z]))\s*(?:[A-Z][^;%]{0,120}?\s)?(?:has|have)\s+"
                                 r"(?:also\s+|each\s+|both\s+)?$")
#: Nothing but a list's joint between two figures ("rose 4.4% and 5.2% this week, respectively", "9.4%, 10.2% and
#: 8.1%"): one list of figures, whose period is told once, after its last figure.
_FIGURE_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
#: "the N sessions" right after a figure ("rose 4% over the two sessions"): the sessions the text has told of, up to
#: its own, whatever the verb's tense.
_THE_SESSIONS = re.compile(r"\s*(?:over|in|during|across)\s+the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?:trading\s+)?(?:sessions|days)\b")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)[^,]*,")
#: An aside between commas that tells a move of its own before the main verb: a relative clause or a bare figure
#: ("Beta, which slumped 12% on Monday, recovered 3%", "Beta, down 12% on Monday, rebounded 3%").
_MOVE_ASIDE = re.compile(r",\s*(?:which|who|whose|(?:already\s+)?(?:down|up|off|higher|lower)\s+(?:about\s+|nearly\s+|more\s+than\s+)?"
                         r"[+\-−]?\d)[^,]*,")
_CLAUSE_SPLIT = re.compile(r"\b(?:but|and|while|whereas|then|before)\b|;")
#: From the first clause break to a later figure's verb when every break is a contrast of the same time ("In the three
#: years after the merger, X's shares fell 13%, while Y's climbed 60%"): the opening period is that clause's too.
#: A clause of condition open up to a figure's verb: "if" or "unless", no clause break after it (not "even if", "as if").
_CONDITION_END = re.compile(r"(?<![Ee]ven )(?<![Aa]s )\b(?:[Ii]f|[Uu]nless)\s[^,;:.!?]{0,80}$")
_CONTRAST_CLAUSES = re.compile(r"(?:while|whereas)\b[^;]*?")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: every line is split on its own (headlines, list lines, table rows), then at
    sentence-final punctuation that does not close an abbreviation ("Inc.", "U.S.")."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cur = 0
        for m in _BOUNDARY.finditer(line):
            word = _LAST_TOKEN.search(line[cur: m.start()])
            token = word.group(1).lower().rstrip(".") if word else ""
            if token in _COMPANY_SUFFIXES and _SENTENCE_OPENER.match(line, m.end()):
                pass  # "Upgraded at Roe & Co. Shares rose 2.2%": the name's suffix ends the sentence too
            elif token in _ABBREV or (len(token) == 1 and token.isalpha()) or _DOTTED.fullmatch(token):
                continue  # "Inc.", an initial, a dotted acronym ("O.S.K. Lines", "J.P. Morgan")
            spans.append((start + cur, start + m.start() + 1))
            cur = m.end()
        spans.append((start + cur, start + len(line.rstrip())))
    return [(a, b) for a, b in spans if b > a]


#: A present or present perfect verb before a span of sessions ("has lost N% in two sessions", "are up N% over the past
#: three sessions"): the span runs through the publication's session; a plain past ("fell N% over two days") with no
#: session of its own in the sentence ends the session before.
_PRESENT_BEFORE = re.compile(r"\b(?:has|have|is|are|['’]s)\s+(?:[a-z]+\s+){0,3}(?:[a-z]+\s+)?[^,;.]{0,20}$")
#: "up" / "down" with no verb, set off by a bracket, colon or comma right before the figure ("Acme: +3.8% (up 18.5% over
#: two sessions)", "rose 3.8%, up 18.5% over two sessions"): where the stock stands now, like a present tense.
_BARE_STATE = re.compile(r"[(:,]\s*(?:up|down)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than)\s+)?$")
#: A move told in the present of a live session, before its figure ("Acme is up", "shares are trading").
_LIVE_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:up|down|off|higher|lower|trading|changing\s+hands)\b[^.;]*$")

#: A move told as the session before the sentence's own ("..., a day after shedding N%", "a day after its N% slump").
#: "since" as an adverb between the auxiliary and the figure's verb ("the stock has since lost about 24%", "they
#: have since recovered 5%"): the move runs from an earlier event the sentence does not date, not over one session.
_SINCE_ADVERB = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?since\s+$", re.IGNORECASE)
#: A level the stock came down or up from, told right before a figure set beside it as a noun ("trades at HK$1.60, down
#: from HK$27.50 in July 2020, a fall of 94%"): the figure measures that change, so its period is the one those words
#: date.
_FROM_LEVEL_APPOSED = re.compile(r"\b(?:down|up|lower|higher|off)\s+from\s+[^,;:%]{1,60},\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?$",
                                 re.IGNORECASE)
_DAY_AFTER_END = re.compile(r"\b(?:a|one|the)\s+day\s+after\s+(?:(?:[a-z]+ing|its|their|a|an)\s+)?$", re.IGNORECASE)

#: The owner and the adjectives of a running total's noun, right before it ("its three-session " of "its three-session slide to").
_TOTAL_OWNER_END = re.compile(r"\b(?:its|their|the)\s+(?:[\w'’-]+\s+){1,2}$")  # "the week's (loss to 8%)" too
#: The owner and span adjective before a move noun told with "of" ("The two-day loss of 21.6%", "its three-session slide
#: of 9%", "The stock's two-day loss of 9%"): the window of the figure's period opens there.
_SPAN_NOUN_OWNER_END = re.compile(r"\b(?:its|their|the|[\w.&-]+['’]s?)\s+[\w]+-(?:day|session|week|month)\s+$", re.IGNORECASE)
#: The same with the indefinite article ("extending a two-day slide of nearly 20%"): a span told as what came before the
#: sentence's session, no running total through it.
_SPAN_NOUN_A_END = re.compile(r"\ban?\s+[\w]+-(?:day|session|week|month)\s+$", re.IGNORECASE)
#: A participle carrying a running total over a span ("taking its two-day loss to 35%", "bringing their three-session
#: slide to 18%"): the total runs through the session of the move that takes it there, the article's when the sentence
#: names none.
_TAKES_SPAN_TOTAL = re.compile(r"\b(?:taking|bringing|pushing|extending|stretching|deepening|lifting)\s+(?:its|their|the)\s+"
                               r"[\w]+-(?:day|session|week)\s+(?:[a-z]+\s+)?[a-z]+\s+to\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)

#: A figure set against the one before it as another's change of the same kind ("..., against a 9% gain for the
#: index", "compared with a 4% fall in Y"), right before the figure: it covers the span the figure before it names.
_COMPARED_WITH_A = re.compile(r",\s*(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+an?\s+(?:(?:roughly|about|around|"
                              r"nearly|some)\s+)?$", re.IGNORECASE)
#: A day the words before a figure name as the end of what the past perfect tells ("By Thursday's close, X had fallen
#: 19%", "On Monday, X had lost ...").
_DAY_TOLD_BEFORE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|today|yesterday)\b|^\s*By\s")
#: A verb of saying before a figure: its past perfect may be a statement's backshift, not a state before the day.
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|according|noted|wrote|added|estimated|reported|warned)\b",
                          re.IGNORECASE)
#: A clause of time opening the sentence with "before" and its comma ("Before Monday's fall, ...", "Before the raid,
#: ..."): the day a span up to now in the main clause ends before.
_FRONTED_BEFORE = re.compile(r"\s*(?:Before|Ahead\s+of|Prior\s+to)\s+[^,;.%]{3,50},")
#: A past perfect right before a figure's verb ("had risen", "had already gained", "which had been up"): an event after
#: the span is told as past.
_PAST_PERFECT_END = re.compile(r"\bhad\s+(?:(?:already|been|just|only)\s+){0,2}$")
#: "The stock" / "The shares" (and an auxiliary) opening a paragraph, right before the move verb; a relative clause may
#: stand between ("The stock, which closed at 1,200 won on Monday, rose 1.8%") or hold the move ("The shares, which
#: rose as much as 7%, ...").
#: A day's possessive right before a move's figure ("Thursday's 4.6%", "yesterday's nearly 9%", "Friday’s").
_DAY_POSSESSIVE_END = re.compile(r"\b(?:[Yy]esterday|[Tt]oday|(?:Mon|Tues|Wednes|Thurs|Fri)day)['’]s\s+"
                                 r"(?:(?:about|nearly|almost|some|roughly|more\s+than)\s+)?$")
_PARAGRAPH_STOCK = re.compile(r"\s*The\s+(?:stock|shares)(?:\s*,\s*(?:which|that)\s[^;:()]{1,100}?,\s+|\s*,\s*(?:which|that)\s+|\s+)"
                              r"(?:[a-z]+\s+)?$")
#: The stock of the one addressed ("Your shares have dropped 7% this week", "your company's stock is down 9%"): in a
#: call's questions or an interview, the company the article is about.
_YOUR_SHARES = re.compile(r"\b[Yy]our\s+(?:(?:company|firm|group|bank)['’]s\s+)?(?:own\s+)?(?:shares|stock|share\s+price|stock\s+price)\b")
#: The stock of the speaker's own company ("Our share price fell about 18% this week", "our shares are down 9%"): in a
#: transcript's turn or a quote, the company the speaker speaks for.
_OUR_SHARES = re.compile(r"\b[Oo]ur\s+(?:own\s+)?(?:shares|stock|share\s+price|stock\s+price)\b")
#: The same with two or three auxiliaries and adverbs ("The stock has now fallen", "The shares had already lost"):
#: the sentences before may have just named the company meant, so only one with no move told stands aside.
_PARAGRAPH_STOCK_LONG = re.compile(r"\s*The\s+(?:stock|shares)\s+(?:[a-z]+\s+){2,3}$")


#: The grammar reads at most this many characters as one sentence: a longer "sentence" (a page without full
#: stops, a table flattened into one line) is read in pieces cut at clause breaks, so its time stays linear.
MAX_SENTENCE_CHARS = 1500
_PIECE_BREAK = re.compile(r"[;,]\s|\s[-–—]\s|\s")


def bounded_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each one longer than :data:`MAX_SENTENCE_CHARS` cut into pieces at the last clause break
    (else space) before the limit."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while b - a > MAX_SENTENCE_CHARS:
            cut = a + MAX_SENTENCE_CHARS
            breaks = [m.end() for m in _PIECE_BREAK.finditer(text, a + MAX_SENTENCE_CHARS // 2, cut)]
            punct = [e for e in breaks if text[e - 2] in ";,"]
            cut = (punct or breaks or [cut])[-1]
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


#: A dateline's date written in figures or day first ("14.05.2026", "03/05/2024", "2026-05-14", "12 March", "9 June 2026",
#: "22 Sept").
_NUMERIC_OR_DAY_FIRST = (r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|"
                         r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s+\d{4})?")
#: A wire dateline opening a paragraph ("SAN FRANCISCO, March 9 (Meridian Wire) -", "COPENHAGEN, June 12 -",
#: "NEW YORK (AP) —"): a place and an agency, never the subject of the move after it. The place may carry a state
#: ("TOPEKA, Kan., May 2 -", "LANSING, Mich., May 2 (UPI) —", "AKRON, Ohio, May 2 -") and the date may be a weekday
#: ("TALLINN, Thursday -", "LIMA, Friday May 9 -"), in figures or day first ("MOSCOW, 14.05.2026 —", "LONDON, 12 March
#: –"); some wires end it with an underscore ("VILNIUS (AP)_ ...").
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’/ -]{1,40}?)"
    r"(?P<date>(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.(?:[A-Z][a-z]?\.)?|[A-Z][a-z]{2,12}(?=,|\s*\()))?"
    r"(?:,\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+(?=[A-Z][a-z]{2,8}\.?\s+\d))?)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|" + _NUMERIC_OR_DAY_FIRST + r")?)?)?\s*(?P<agency>\([^()]{1,40}\))?"
    r"\s*[-–—_]{1,2}\s+")


#: The month and day of a dateline's date ("Oct 7", "Sept. 16", "7 October").
_DATELINE_DATE = re.compile(r"(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?P<d>\d{1,2})\b"
                            r"|(?P<d0>\d{1,2})\s+(?P<m0>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b")
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


#: The spans to date that a reprint's wire dateline ends (:func:`_dateline_day`).
_TO_DATELINE = frozenset({"ytd", "week", "month", "quarter", "since", "since_day"})


def _dateline_day(text: str, published: date | None) -> date | None:
    """The day of a wire dateline over the article's first paragraphs when it is a few days before the publication
    date ("HALVIK, Oct 7 (Meridian) - ..." republished on Oct 10): a reprint tells the original story's session, so its
    moves with no day of their own are that day's (its weekdays still count back from the publication). None
    otherwise."""
    if published is None:
        return None
    for line in text[:1500].split("\n")[:8]:
        m = _DATELINE.match(line)
        when = _DATELINE_DATE.search(m.group("date") or "") if m and m.group("agency") else None
        if when is None:
            continue
        month = _MONTH_ABBREVIATIONS.index((when.group("m") or when.group("m0")).lower()) + 1
        try:
            day = date(published.year, month, int(when.group("d") or when.group("d0")))
        except ValueError:
            return None
        if day > published:
            day = day.replace(year=published.year - 1) if not (month == 2 and day.day == 29) else day
        return day if 0 < (published - day).days <= 10 else None
    return None


#: A wire dateline with no place, its date and agency alone ("Sept 16 (Meridian Wire) -", "Oct. 12, 2026 (AP) --"), as
#: wire briefs open: the agency in brackets is required, so "March 3 (Monday) - ..." in a list stays text.
_DATE_DATELINE = re.compile(r"^\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\((?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\))"
                            r"[A-Z][^()]{0,39}\)\s*[-–—_]{1,2}\s+")


#: A list item of a "stocks making the biggest moves" article: the company and its ticker, a dash, then prose.
_ITEM_HEAD = re.compile(
    r"^\s*(?P<name>[A-Z][\w.&'’ -]{1,60}?\s*(?P<ticker>\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9.]{0,9}\)))\s*[-–—:]\s+(?=[A-Z])")


#: A dateline of capitals alone has two words or places ("NEW YORK", "NEW YORK/TOKYO"); one word ("LONDON") must
#: be a known place, so a movers-list item ("ACME - Shares rose") keeps its name.
_PLACE_ONLY = re.compile(r"[A-Z]{2,}(?:[ /-][A-Z]{2,})+")


#: A wire service's headline tag glued to the headline ("UPDATE 2-", "RPT-", "FACTBOX-", "EXCLUSIVE-"), tags joined
#: by slashes ("WEEKAHEAD/WRAP-", "EXCLUSIVE/UPDATE 1-"), or a column's slug of words in capitals ("UK STOCKS TO
#: WATCH-", "GLOBAL MARKETS-", "US STOCKS-"): no part of the name after it.
_WIRE_TAG = re.compile(r"^\s*(?:[A-Z]{2,}\s+){0,4}[A-Z]{3,}(?:/[A-Z]{3,})*(?:\s+\d{1,2})?-(?=[A-Z])")


#: A live blog's time stamp opening an entry ("10:15 BST - ", "9.40am ET: ", "14:02 -", "10:40 The stock ...").
_TIME_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:(?:[A-Z]{2,4}\s*)?(?:[-–—]{1,2}|:)\s+|"
                         r"(?:(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|JST|HKT|SGT)\s+)?(?<=\s)(?=[A-Z]))")


_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)


def _told_since(sentence: str) -> Period | None:
    """The last span from a stated day that ``sentence`` names after "since" ("since the Oct. 7 announcement", "since
    March 3"), or None."""
    for m in reversed(list(_SINCE_WORD.finditer(sentence))):
        period = read_period(sentence[m.start():])
        if period.interval in ("since", "since_day"):
            return period
    return None


def _sessions_in(start: date | None, end: date) -> int:
    """The weekdays from ``start`` to ``end``, both counted (0 with no start)."""
    if start is None or end < start or (end - start).days > 40:
        return 0
    return sum(1 for k in range((end - start).days + 1) if date.fromordinal(start.toordinal() + k).weekday() < 5)


def _span_noun(sentence: str, figure: Figure) -> bool:
    """Whether ``figure`` is told by a move noun with its span before it and "of" ("The two-day loss of 21.6% has wiped
    ...", "its three-session slide of 9%"): a running total, like "taking its two-day loss to 21.6%", through the
    sentence's session."""
    return figure.form == "noun" and figure.anchor < figure.start and bool(
        _SPAN_NOUN_OWNER_END.search(sentence, max(0, figure.anchor - 40), figure.anchor))


def _this_entry(earlier: list[tuple[str, int]], text: str, a: int) -> list[tuple[str, int]]:
    """The sentences of ``earlier`` in the live blog entry of the sentence at ``a`` when one of the last five opens
    that entry with its time stamp ("10:40 - Traders call X the ... . Its shares are up 2%"): a pointer inside an
    entry means a company of that entry, not one of the entry printed above it (a later post, in a blog written newest
    first). All of ``earlier`` when the sentence opens its entry itself, or no time stamp is near."""
    if text[max(0, a - 1): a] in ("", "\n") and _TIME_STAMP.match(text[a: a + 24]):
        return earlier
    for i in range(len(earlier) - 1, max(-1, len(earlier) - 6), -1):
        b = earlier[i][1]
        if text[max(0, b - 1): b] in ("", "\n") and _TIME_STAMP.match(text[b: b + 24]):
            return earlier[i:]
    return earlier


_ROLES = r"(?:ANCHOR|HOST|CO-HOST|REPORTER|CORRESPONDENT|MODERATOR|INTERVIEWER|PRESENTER)"
#: A transcript's speaker label opening a line: a role ("ANCHOR:", "HOST (JO BANKS):") or a name in capitals of two
#: words or more ("ODILE FARNSWORTH:", "JANE ROE, CEO, ACME FOODS:", "JANE ROE (ANCHOR):", "JANE ROE (OSLO
#: CORRESPONDENT):"); never a one-word name ("ACME: shares rose N%").
_SPEAKER_LABEL = re.compile(
    r"^\s*(?:" + _ROLES + r"(?:\s*\([^()]{1,40}\))?"
    r"|[" + CAPITALS + r"][" + CAPITALS + r".'’-]+(?:\s+[" + CAPITALS + r"][" + CAPITALS + r".'’-]+){1,3}"
    r"(?:\s*\((?:[A-Z][A-Za-z.'’-]*\s+){0,3}" + _ROLES + r"\))?"
    r"(?:,\s*[A-Z][A-Za-z0-9&.'’ -]{1,40}){0,2})\s*:\s+(?=[A-Z\"“‘])")
#: A speaker's role in brackets after a label ("JANE ROE (ANCHOR):"): no ticker.
_ROLE_IN_BRACKETS = re.compile(r"\s*\(\s*" + _ROLES + r"\s*\)")


#: A transcript's turn opening on a clock stamp in brackets, then its speaker's label ("[01:14:50] ROE: Higher again
#: today", "[1:03] JANE ROE (HOST): Good evening"): after a stamp a one-word label in capitals is a speaker too.
_STAMPED_TURN = re.compile(
    r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?:[" + CAPITALS + r"][" + CAPITALS + r".'’-]+(?:\s+[" + CAPITALS + r"][" +
    CAPITALS + r".'’-]+){0,3}(?:\s*\([^()]{1,40}\))?\s*:\s+)?")


def _without_dateline(sentence: str) -> str:
    """``sentence`` with a leading wire dateline, headline tag, live blog time stamp or transcript speaker label
    blanked (same length, so offsets hold)."""
    tag = _WIRE_TAG.match(sentence) or _TIME_STAMP.match(sentence) or _STAMPED_TURN.match(sentence) \
        or _SPEAKER_LABEL.match(sentence)
    if tag:
        return " " * tag.end() + sentence[tag.end():]
    m = _DATELINE.match(sentence)
    if not m:
        dated = _DATE_DATELINE.match(sentence)  # "Sept 16 (Meridian) - Acme Inc said ..."
        return " " * dated.end() + sentence[dated.end():] if dated else sentence
    place = m.group("place").strip()
    if not (m.group("date") or m.group("agency") or _PLACE_ONLY.fullmatch(place)
            or place.title() in move_words().places):  # "NEW YORK -", "NEW YORK/TOKYO -", "LONDON -"
        return sentence
    return " " * m.end() + sentence[m.end():]


#: A RIC before a company's name ("SGR.AX Southgate Resources", "5XX1.T Hokuyo Mining", a movers row's first two
#: columns read as one name): the listing, no part of the name.
_RIC_LEAD = re.compile(r"(?P<ric>[A-Z0-9]{1,12}\.[A-Z]{1,3})\s+(?=[A-Z][a-z])")


def _edge_trimmed(cells: list[str]) -> list[str]:
    """A pipe row's cells without the empty ones its leading and closing pipes make ("| A | B |" -> A, B)."""
    lo, hi = 0, len(cells)
    while lo < hi and not cells[lo]:
        lo += 1
    while hi > lo and not cells[hi - 1]:
        hi -= 1
    return cells[lo:hi]


def _two_column_header(text: str, a: int) -> list[str] | None:
    """The header of the two-column table whose row starts at ``a``: the two-cell pipe line with no figure right over
    its rows ("| Company | China share |"), as its two cells; None when the rows have none."""
    for line in reversed(text[max(0, a - 3000): a].rstrip("\n").split("\n")):
        if not line.strip():
            continue  # (a page's rows may stand a blank line apart)
        cells = _edge_trimmed(pipe_cells(line)) if "|" in line else []
        if len(cells) != 2:
            return None
        if not HAS_FIGURE.search(line):
            return cells
    return None


def _table_rows(row: str, base: int, header: list[str] | None, published: date | None,
                mentions: list[Mention], min_cells: int = 3, session: Period | None = None,
                percent: bool = False) -> list[dict[str, object]]:
    """The moves of one pipe-table row (:mod:`analysis.market.tables`) as row dicts."""
    out: list[dict[str, object]] = []
    for move in table_row_moves(row, header, min_cells, session, percent):
        named = name_subject(move.subject, base, mentions)
        if named is None:
            continue
        if named.kind == "share" and _TICKER_ONLY.fullmatch(move.subject.name) and not any(c.islower() for c in named.name):
            # "ACMT.ST | -5.9%" (the entity layer names no company in words for it): the company the ticker stands for
            named = ticker_company(move.subject.name, mentions) or named
        session, p_start, p_end = resolve(move.period, published, None, None)
        fig = move.figure
        out.append({
            "company": named.name, "ticker": named.ticker, "pct": round(fig.sign * fig.value, 4),
            "qualifier": fig.qualifier, "kind": named.kind, "session_date": session, "period_start": p_start,
            "period_end": p_end, "period": move.period.kind, "sentence": row, "sent_start": base,
            "start": base + fig.start, "end": base + fig.end, "basis": "sentence" if (session or p_end) else "",
        })
    return out


#: An article's words for a flotation, and for a bid for a company's shares (whose "offer price" is the bid's).
_FLOTATION = re.compile(r"\b(?:IPO|initial\s+public\s+offering|(?:market|stock\s+market|trading|Nasdaq|exchange)\s+debut|"
                        r"went\s+public|flotation|floated)\b")
_BID_WORDS = re.compile(r"\b(?:takeover|tender\s+offer|buyout|bid\s+for|offer\s+for|acquisition\s+of|acquire[sd]?|merger|"
                        r"per\s+share\s+in\s+cash)\b", re.IGNORECASE)
#: "the offer price" ("the $19 offer price" too), the determiner alone matched.
_THE_OFFER_PRICE = re.compile(r"\b[Tt]he(?=\s+(?:[$€£¥]\s?\d[\d.,]*\s+|\d[\d.,]*p\s+)?offer\s+price\b)")


def _dated_rows(row: str, base: int, header: list[str] | None, published: date | None,
                rows: list[dict[str, object]], mentions: DocMentions) -> list[dict[str, object]]:
    """The moves of a row of one stock's sessions ("08/04/2027 | 12.40 | -6.2%" under "Date | Close | Change"), as
    row dicts: the stock of the last move told before the table, else the company the text names most
    (:meth:`DocMentions.salient`), on the row's day."""
    found = dated_row_moves(row, header, published)
    if found is None:
        return []
    day, figures = found
    last = next((r for r in reversed(rows) if r["kind"] == "share"), None)
    named = Named(str(last["company"]), "share", str(last["ticker"] or "")) if last is not None else mentions.salient(base)
    if named is None:
        return []
    return [{"company": named.name, "ticker": named.ticker, "pct": round(fig.sign * fig.value, 4),
             "qualifier": fig.qualifier, "kind": "share", "session_date": day, "period_start": None, "period_end": None,
             "period": "session", "sentence": row, "sent_start": base, "start": base + fig.start, "end": base + fig.end,
             "basis": "sentence"} for fig in figures]


#: One quote of a broadcast's or a page's quote board ("VELMORA GRP 287.1p -1.9%", "ACME TOOLS (ACM) $64.53 -5.4%",
#: "BEXLEY LOG EUR41.36 +1.1%"): a name of one to five words, an optional ticker, a price, then a signed percent.
_QUOTE_CELL = re.compile(
    r"(?P<name>[A-Z][A-Za-z0-9&.'’-]*(?:\s+[A-Z0-9&][A-Za-z0-9&.'’-]*){0,4}?)(?P<ticker>\s*\([A-Z][A-Z0-9.]{0,6}\))?\s+"
    r"(?:[A-Z]{0,3}[$€£¥]|EUR|USD|GBP|JPY|CHF)?\s?\d[\d,]*(?:\.\d+)?(?:p|c|pence|yen)?\s+"
    r"(?P<pct>[+\-−]\d{1,3}(?:\.\d+)?)\s*%")
#: A board's caption before its first quote ("ON SCREEN:", "[Lower third:", "TICKER:").
_BOARD_CAPTION = re.compile(r"\s*\[?\s*(?:[A-Za-z]+\s+){0,2}[A-Za-z]+\s*:\s*")


def _quote_board_rows(line: str, base: int, mentions: DocMentions) -> list[dict[str, object]]:
    """The moves of a quote board set as one line of cells split by " | " (a broadcast's ticker strip or lower third):
    each cell that is a whole quote (:data:`_QUOTE_CELL`) is its name's move, a name in capitals being the organisation
    of the document it abbreviates ("VELMORA GRP" -> "Velmora Group"); [] when no cell is a quote."""
    out: list[dict[str, object]] = []
    at = 0
    for i, cell in enumerate(line.split("|")):
        start = at
        at += len(cell) + 1
        lead = _BOARD_CAPTION.match(cell) if i == 0 else None
        offset = start + (lead.end() if lead else len(cell) - len(cell.lstrip()))
        quote = _QUOTE_CELL.fullmatch(line[offset: start + len(cell)].rstrip(" ]"))
        if quote is None:
            continue
        raw = quote.group("name")
        kinds = {classify_name(raw), classify_name(raw.title())} if raw.isupper() else {classify_name(raw)}
        if "index" in kinds:  # "FTSE 250 20,884 +0.2%", "NIKKEI 225 ..."
            named: Named | None = Named(raw, "index", "")
        else:
            named = _ticker_name(raw, quote.group("ticker") or "", mentions)
            if named is not None and raw.isupper() and named.name not in getattr(mentions, "orgs", {named.name}):
                words = raw.split()  # an abbreviation keeps the name's first word and its count of words
                same = {name for _a, _b, _s, name, t in mentions if t.upper() == "ORG" and not name.isupper()
                        and len(name.split()) == len(words) and name.split()[0].casefold() == words[0].casefold()}
                named = Named(same.pop(), "share", named.ticker) if len(same) == 1 else named
        if named is None:
            continue
        value = float(quote.group("pct").replace("−", "-"))
        out.append({
            "company": named.name, "ticker": named.ticker, "pct": value, "qualifier": "exact", "kind": named.kind,
            "session_date": None, "period_start": None, "period_end": None, "period": "session", "sentence": line,
            "sent_start": base, "start": base + offset + quote.start("pct"), "end": base + offset + quote.end(),
            "basis": "",
        })
    return out


#: "scrip", "scrips": the stock, in Indian market prose ("Acme scrip tanks 6 per cent", "The scrip ended at Rs 312,
#: down 5.96 per cent"); read as "stock" (a word of the same length, so every offset holds).
_SCRIP = re.compile(r"\b[Ss]crips?\b")


#: "the share", "whose share" before a verb of moving or being ("On Tuesday the share recovered and was up 2.3
#: percent", "X, whose share lost 23 percent", "the Acme share closed ..."): the stock, in prose translated from a
#: language that names a company's stock in the singular; read as "stock" (as long a word). Not "the share of ...", "its
#: share price".
_SINGULAR_SHARE = re.compile(r"\b(?P<det>[Tt]he|[Ii]ts|whose)\s(?P<name>[A-Z][\w&.-]*\s)?share(?=\s+(?P<next>[a-z]+)\b)")
_BEING = frozenset("was is has had closed ended finished traded stood opened".split())


#: A cell's price between its name and its change ("BBBY 18.55 -10.21%", "RDSA 1,356.60p -9.8%").
_STRIP_PRICE = r"(?:\s+(?P<price>(?:[A-Z]{0,3}[$€£¥])?\d[\d,]*(?:\.\d+)?p?))?"
#: The tag after a cell's percent that says its span or session ("FRO +23.4% MTD", "HAL +4.2% premarket", "HAL +4.2% pre").
_STRIP_TAG = r"(?:\s+(?P<tag>MTD|YTD|WTD|[Pp]re(?:-?market\b|(?![-\w]))|AH|[Aa]fter[- ]hours))?(?:\s*\((?:indic|est|approx)\.?\))?"
#: A cell's change in money before its percent in brackets ("TXN 171.20 -19.11 (-10.04%)"), and the brackets.
_STRIP_CHANGE = r"(?:\s+[+\-−]\d[\d,]*(?:\.\d+)?(?=\s*\())?"
_STRIP_PCT = r"\s*(?P<arrow>[▲▼△▽↑↓])?\s*(?P<open>\()?(?P<pct>[+\-−]?\d{1,3}(?:\.\d+)?)\s*%(?(open)\))"
#: One cell of a ticker strip: a ticker, an optional price, an optional arrow and a signed percent, an optional tag
#: ("DXCM +2.0%", "GM ▲4.2%", "BWA ▼8.2%", "BBBY 18.55 -10.21%", "EURN +17.9% MTD"), a colon maybe after the ticker
#: ("ACM: -3.8%").
_STRIP_CELL = re.compile(r"(?P<ticker>[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?):?" + _STRIP_PRICE + _STRIP_CHANGE + _STRIP_PCT
                         + _STRIP_TAG)
#: A cell that names its company in words before the ticker in brackets ("Acme (ACM) +1.6%", "Bexley Group (BXG.L)
#: -0.9%"): the company is the name.
_STRIP_NAMED_CELL = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s+\((?P<ticker>[A-Z][A-Z0-9]{0,5}"
                               r"(?:\.[A-Z]{1,2})?)\)" + _STRIP_PRICE + _STRIP_CHANGE + _STRIP_PCT + _STRIP_TAG)
#: The cells of the document's strips whose ticker neither the article nor the listings tie to a company, while
#: :func:`move_rows` reads one document (None outside it): :func:`cells_named_by_prose` names them.
_UNNAMED_CELLS: ContextVar[list[dict[str, object]] | None] = ContextVar("unnamed_cells", default=None)
#: A cell of a market index in the same strip, its name in words ("S&P 500 +1.7%", "Nasdaq ▲1.2%", "FTSE 100 -0.3%",
#: "Stoxx 600 -2.7%", "FTSE 100 5,901.21 -3.5%"): read only when the name is an index's
#: (:func:`~analysis.market.phrases.classify_name`).
_STRIP_INDEX_CELL = re.compile(r"(?P<ticker>[A-Z][\w&.'’-]*(?:\s[A-Z0-9][\w&.'’-]*){0,3}?):?" + _STRIP_PRICE
                               + _STRIP_CHANGE + _STRIP_PCT + _STRIP_TAG)
#: A signed figure or a percent right after a strip's caption-like opening: the opening was a cell's name ("S&P 500:").
_SIGNED_FIGURE = re.compile(r"[+\-−▲▼]?\s?\d[\d,.]*\s?%")
#: A strip's caption before its first cell ("Other movers:", "Since Monday —", "Tickers at 8:05 a.m.:"; a colon
#: before a digit is a clock time's; a word in capitals set off by two spaces, "MARKETS  ACM +1%").
_STRIP_CAPTION = re.compile(r"(?:[^|:—–]|:(?=\d)){0,80}[:—–]\s*|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}\s{2,}(?=\S)")
#: The session of the whole strip in brackets after its last cell ("VAL -5.1% (premarket)"): taken off.
_STRIP_SESSION_TAIL = re.compile(r"\s*\((?:[Pp]re-?market|[Cc]losing|[Cc]lose|[Ii]ntraday|[Mm]idday)\)\s*$")
#: A cell quoting what no cell reads, passed over (a commodity with its contract or exchange in brackets, "Brent (Jun)
#: $20.20 -21%", "Iron ore (SGX) US$127.10 +1.5%"; a futures code, "CL=F -7.0%"): a figure, five words at most, no word
#: in small letters longer than three.
_STRIP_OTHER_QUOTE = re.compile(r"(?=[^|]*\d)(?![^|]*\b(?!flat\b)[a-z]{4,})[^\s|][^|]{0,40}")
#: What a cell's tag says its span is.
_TAG_SPANS = {"MTD": "month to date", "YTD": "year to date", "WTD": "this week"}
#: A list of names closing the text before a strip, in the strip's order ("... — Acme, Bexley Tools and Corvane:").
_STRIP_NAMES = re.compile(r"(?:^|[:—–]\s*)(?P<names>[A-Z][^:—–|]*?(?:,\s*[A-Z][^:—–|,]*?)*,?\s+and\s+[A-Z][^:—–|,]*?)\s*:\s*$")


def _strip_names(before: str, count: int, mentions: DocMentions) -> list[str]:
    """The ``count`` companies a list closing ``before`` names in order ("Change since Monday — Acme, Bexley Tools and
    Corvane ADRs:"), each as the entity layer names it; [] when the list is not of ``count`` organisations."""
    m = _STRIP_NAMES.search(before)
    if m is None:
        return []
    items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("names")) if x.strip()]
    if len(items) != count:
        return []
    names: list[str] = []
    for item in items:
        words = item.split()
        while len(words) > 1 and words[-1] in {"ADRs", "ADSs", "shares", "stock"}:
            words = words[:-1]  # "Toyota Motor ADRs": the company's receipts
        raw = " ".join(words)
        cleaned = clean_name(raw, 0)
        if cleaned is None or cleaned[0] != raw or len(words) > 5 or classify_name(raw) != "share":
            return []
        names.append(mentions.org_name(raw) if raw in mentions.orgs else raw)
    return names


def _ticker_strip_rows(line: str, base: int, before: str, mentions: DocMentions,
                       published: date | None) -> list[dict[str, object]]:
    """The moves of a strip of tickers, each with its move, set as one line of cells split by " | " ("DXCM +2.0% | ISRG
    +1.4% | HOLX -0.9%", "GM ▲4.2% | F ▲2.9%"): a ticker is the company the article writes it for (its entity layer's
    alias), else the company a list just before names in the strip's order, else the one listed company of the
    ticker's symbol. Every cell must be such a cell, a market index ("DJIA +0.8% | S&P 500 +0.6% | ACM +4.2%": the
    indices are index rows) or another market's quote (:data:`_STRIP_OTHER_QUOTE`, passed over), with two cells and one
    company at least, else []; a ticker that names no company is passed over. A cell may quote a price ("BBBY 18.55
    -10.21%"). An arrow gives the sign; a cell's tag its span ("+23.4% MTD"); a period the caption or the line before
    names ("Change since Monday's close") is every other cell's."""
    tail = _STRIP_SESSION_TAIL.search(line)
    line_end = tail.start() if tail else len(line)
    caption = _STRIP_CAPTION.match(line, 0, line_end)
    if caption and (_STRIP_CELL.match(line) or _SIGNED_FIGURE.match(line, caption.end())):
        caption = None  # no caption: the line opens on a cell ("ACM +2%", "S&P 500: -0.8% | ...")
        caption = None
    cells_at = caption.end() if caption else 0
    cells = line[cells_at: line_end].split("|")
    if len(cells) < 2:
        return []
    found: list[tuple[re.Match[str], int]] = []
    at = cells_at
    for cell in cells:
        m = _STRIP_CELL.fullmatch(cell.strip()) or _STRIP_NAMED_CELL.fullmatch(cell.strip())
        if m is None or classify_name(m.group("ticker")) == "index":
            m = _STRIP_INDEX_CELL.fullmatch(cell.strip())
            if m is None or not _index_cell(m):
                if _STRIP_OTHER_QUOTE.fullmatch(cell.strip()) and len(cell.split()) <= 5:
                    at += len(cell) + 1  # another market's quote: passed over
                    continue
                return []
        found.append((m, at + len(cell) - len(cell.lstrip())))
        at += len(cell) + 1
    if len(found) < 2:
        return []
    told = before + " " + (line[:cells_at] if caption else "")
    listed = _strip_names(told, len(found), mentions)
    market = strip_market([_index_cell(m) or _strip_known(m.group("ticker"), mentions) for m, _at in found])
    period = read_period(told)
    if period.kind not in ("multi-day", "year-to-date"):
        period = Period("session")
    session, p_start, p_end = resolve(period, published, None, None)
    out: list[dict[str, object]] = []
    unnamed: list[dict[str, object]] = []
    for i, (m, offset) in enumerate(found):
        ticker = m.group("ticker")
        worded = m.groupdict().get("name")
        if worded:  # "Acme (ACM) +1.6%": the name written in the cell
            named = Named(mentions.org_name(worded) if worded in mentions.orgs else worded, "share", ticker)
        elif _index_cell(m):
            index = _index_cell(m)
            named = Named(mentions.org_name(index) if isinstance(mentions, DocMentions) else index, "index", "")
        else:
            named = named_owner(ticker, mentions) or ticker_company(ticker, mentions) or named_root(ticker, mentions)
        if named is None and listed:
            named = Named(listed[i], "share", ticker)
        if named is None:
            owners = _symbol_owners().get(ticker, ())
            named = Named(owners[0], "share", ticker) if len(owners) == 1 else home_listing_owner(ticker, market)
        if named is None and any(surface == ticker == name and kind.upper() == "ORG" and not base <= a < base + len(line)
                                 for a, _b, surface, name, kind in mentions):
            named = Named(ticker, "share", ticker)  # a company the article names by these letters ("AMC", "BHP")
        if named is None and _TICKER_ONLY.fullmatch(ticker):
            # a ticker the article and the listings do not tie to one company: passed over, unless a sentence of the
            # article moves a company by the cell's figure (:func:`cells_named_by_prose`)
            named = Named("", "share", ticker)
        if named is not None and named.name and named.kind == "share" and classify_name(named.name) == "index":
            continue  # a fund's ticker the article names ("USO" the United States Oil Fund): no company's move
        if named is None or named.name and classify_name(named.name) != named.kind:
            return []
        value = float(m.group("pct").replace("−", "-"))
        if m.group("arrow") in ("▼", "▽", "↓"):
            value = -abs(value)
        tag = (m.group("tag") or "").upper()
        own_start, own_end = (resolve(read_period(_TAG_SPANS[tag]), published, None, None)[1:] if tag in _TAG_SPANS
                              and published else (p_start, p_end))
        (out if named.name else unnamed).append({
            "company": named.name, "ticker": named.ticker, "pct": value, "qualifier": "exact", "kind": named.kind,
            "session_date": None if own_end else session, "period_start": own_start, "period_end": own_end,
            "period": read_period(_TAG_SPANS[tag]).kind if own_end and tag in _TAG_SPANS else period.kind,
            "sentence": line, "sent_start": base, "start": base + offset + m.start("pct"), "end": base + offset + m.end(),
            "basis": "sentence" if own_end else "",
        })
    shares = any(r["kind"] == "share" for r in out)
    waiting = _UNNAMED_CELLS.get()
    if waiting is not None and (shares or len(unnamed) >= 2):  # a strip of tickers, some named by the prose maybe
        waiting.extend(unnamed)
    return out if shares else []


def cells_named_by_prose(rows: Sequence[dict[str, object]], cells: list[dict[str, object]]) -> list[dict[str, object]]:
    """The strip ``cells`` whose ticker names no known company (``company`` "") given the one company a sentence of
    the article (``rows``) moves by the same figure ("Quarrow Foods lost 2.9%" beside "QFX -2.9%"): a strip repeats the
    prose, as a market story's ticker line does. The company must begin with the ticker's letter and be no other cell's
    of the strip; a figure two companies share names none. A cell without a day of its own takes the sentence's."""
    named: list[dict[str, object]] = []
    for cell in cells:
        in_strip = {str(r["company"]) for r in [*rows, *named] if r["sentence"] == cell["sentence"]}
        letter = str(cell["ticker"])[:1].lower()
        fits = [r for r in rows
                if r["kind"] == "share" and r["sentence"] != cell["sentence"] and str(r["company"]) not in in_strip
                and abs(float(r["pct"]) - float(cell["pct"])) < 0.005  # type: ignore[arg-type]
                and re.sub(r"^[Tt]he\s+", "", str(r["company"]))[:1].lower() == letter]
        if len({str(r["company"]) for r in fits}) == 1:
            told = fits[0]
            own = cell["session_date"] is not None or cell["period_end"] is not None
            named.append({**cell, "company": told["company"],
                          **({} if own else {k: told[k] for k in ("session_date", "period_start", "period_end", "period",
                                                                    "basis")})})
    return named


def _strip_known(ticker: str, mentions: DocMentions) -> str:
    """The company a strip's ticker names by the article or its one listing (:func:`named_owner`,
    :func:`ticker_company`, :func:`_symbol_owners`), "" when neither ties it to one."""
    named = named_owner(ticker, mentions) or ticker_company(ticker, mentions)
    owners = _symbol_owners().get(ticker, ())
    return named.name if named is not None else owners[0] if len(owners) == 1 else ""


def _index_cell(m: re.Match[str]) -> str:
    """The index a strip's cell names ("S&P 500 -0.72%"; "Stoxx 600 -2.7%", whose number is no price), or ""."""
    name, price = m.group("ticker"), m.group("price") or ""
    if price.isdigit() and classify_name(f"{name} {price}") == "index":
        return f"{name} {price}"  # "S&P 500", "Stoxx 600": the number is the name's
    return name if classify_name(name) == "index" else ""


def named_owner(ticker: str, mentions: Sequence[Mention]) -> Named | None:
    """The one listed company that trades under ``ticker`` (:func:`_symbol_owners`) when the article names it as an
    organisation ("PGX -52.4%" in an article about "PGX Corp", listed as such): ahead of a guess from the ticker's
    letters, which another name of the article may spell ("Pacific Gas" of "PGX" as well)."""
    owners = _symbol_owners().get(ticker, ())
    if len(owners) != 1 or owners[0] == ticker:
        return None  # (a company listed by its letters, "APX": the strip's cell itself may be the article's mention)
    orgs = {x for _a, _b, surface, name, kind in mentions if kind.upper() == "ORG" for x in (surface, name)}
    if owners[0] not in orgs or any(kind.upper() == "ORG" and surface == ticker and name != ticker
                                     for _a, _b, surface, name, kind in mentions):
        return None  # (the article's own writing of the ticker for a name, "APEX (APX)", is read first)
    org_name = getattr(mentions, "org_name", None)
    return Named(org_name(owners[0]) if org_name else owners[0], "share", ticker)


def named_root(ticker: str, mentions: Sequence[Mention]) -> Named | None:
    """The company a ticker with an exchange's suffix stands for when the article writes the company by the ticker's
    letters alone ("ACMX.L -1.1%" where the text writes "ACMX shares fell"): a name in capitals that is its own."""
    m = _TICKER_ONLY.fullmatch(ticker)
    if m is None or m.group(0) == m.group("root"):
        return None
    root = m.group("root")
    named = {name for _a, _b, surface, name, kind in mentions if kind.upper() == "ORG" and surface == root}
    return Named(root, "share", ticker) if named == {root} and classify_name(root) == "share" else None


@functools.lru_cache(maxsize=1)
def _symbol_owners() -> dict[str, tuple[str, ...]]:
    """Ticker symbol -> the listed companies (:func:`analysis.companies.listed_companies`) that trade under it."""
    owners: dict[str, set[str]] = {}
    for c in listed_companies():
        for symbol in c.symbols:
            owners.setdefault(symbol, set()).add(c.name)
    return {k: tuple(sorted(v)) for k, v in owners.items()}


def _singular_share(parsed: str) -> str:
    """``parsed`` with a singular "share" that moves read as "stock" (:data:`_SINGULAR_SHARE`)."""
    lex = move_words()
    return _SINGULAR_SHARE.sub(lambda m: m.group("det") + " " + (m.group("name") or "") + "stock" if m.group("next") in _BEING or m.group("next") in lex.falls
                               or m.group("next") in lex.rises else m.group(0), parsed)


#: A company's depositary receipts or shares named before it ("Global depositary receipts (GDRs) of X rose 21.4%",
#: "American depositary shares of X"): its stock, read as "Shares of" (padded: offsets hold).
_RECEIPTS_OF = re.compile(r"\b(?:(?:American|[Gg]lobal)\s+)?[Dd]epositary\s+(?:receipts|shares)(?:\s+\((?:ADRs|GDRs|ADSs|GDSs)\))?"
                          r"\s+of\s+(?=[A-Z])")


#: "the paper" or "the title" as the subject of a move ("Since Monday the paper has lost 5.3 percent", "the paper rose 2
#: percent", "the title has lost again 4.1%"): the stock, in prose translated from a language that calls a listed share a
#: paper (German "das Papier") or a title (French "le titre"); read as "stock" (as long a word). Only right before the
#: verb of a move or "has" / "had" and one: a newspaper's "the paper said", "the paper's circulation fell 4%", "the paper
#: has reported", a book's "the title sold 40,000 copies" stay; a verb of the session is read before "up" or "down" ("the
#: paper closed up 3.1 percent").
_PAPER = re.compile(r"\b(?P<det>[Tt]he)\s(?:paper|title)(?=\s+(?:(?:has|had)\s+(?:thus\s+|since\s+|already\s+)?)?"
                    r"(?P<verb>[a-z]+)\s+(?:(?P<dir>up|down)\s+)?(?:(?:by|another|a\s+further|again|still|some|about|"
                    r"around|almost|nearly|more\s+than)\s+)*[+-]?\d)")


def _paper_as_stock(parsed: str) -> str:
    """``parsed`` with a translated "the paper" that moves read as "stock" (:data:`_PAPER`)."""
    lex = move_words()
    return _PAPER.sub(lambda m: m.group("det") + " stock" if m.group("verb") in lex.falls or m.group("verb") in lex.rises
                      or m.group("dir") and m.group("verb") in _BEING else m.group(0), parsed)


#: A sign written as a word before a percent, as prose translated from German writes a change ("closed with a minus of
#: 18.6%", "ended the week with a plus of 0.3%", "closed with plus 4.2 percent", "plus 11% on Wednesday, on Thursday
#: minus 6.8%"): read as "down" or
#: "up" (padded: offsets hold), the move words a writer of English uses. A bare sign word opens a clause or follows
#: a weekday (:data:`_SIGN_WORD_OPEN`); after a figure or a noun ("$3 plus 5%", "a record low of minus 0.17%") it is
#: arithmetic or a level's sign and stays.
_SIGN_WORD = re.compile(r"(?<![\w-])(?P<with>with\s+(?:(?:a|an)\s+)?)?(?P<word>[Mm]inus|[Pp]lus)(?:\s+of)?"
                        r"(?=\s+(?:(?:about|around|roughly|almost|nearly|some|more\s+than)\s+)?\d[\d.,]*\s*"
                        r"(?:%|per\s?cent\b|percent\b|pct\b))")
_SIGN_WORD_OPEN = re.compile(r"(?:^|[:;,(–—]|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|and|then))\s*$")
#: "the papers of" a company as the subject of a move ("the papers of Acme had dropped by 8.7%"): its shares, in prose
#: translated from German ("die Papiere der"); read as "shares" (as long a word). The article German sets before a
#: company's name ("the shares of the Acme Bank lost 14%") is blanked, so the name is read as after "shares of".
_PAPERS_OF = re.compile(r"\b(?P<det>[Tt]he)\s(?P<word>papers|shares)\s+of\s+(?P<the>the\s+)?(?=[A-Z])")
#: "gave N% after" closing a clause: German "gab N % nach" (fell) set word for word; read as "fell" (as long a word),
#: the stray "after" blanked.
_GAVE_AFTER = re.compile(r"\b(?P<verb>gave)(?P<mid>\s+(?:(?:about|around|roughly|almost|nearly|some)\s+)?\d[\d.,]*\s*"
                         r"(?:%|per\s?cent\b|percent\b|pct\b)\s*)(?P<after>after)(?=\s*(?:[,.;]|$))")


#: A ticker bracket naming its exchange in two words ("(NYSE AMEX: UEC)", "(NYSE American: ABC)", "(Nasdaq GS: ABC)"):
#: read with the last word alone as the exchange ("(AMEX: UEC)", padded after the colon: offsets hold), as the
#: bracket patterns take one word.
_TWO_WORD_EXCHANGE = re.compile(r"\((?P<a>[A-Z][A-Za-z]{1,9})\s+(?P<b>[A-Z][A-Za-z]{1,9}):\s*(?=[A-Z0-9.][A-Z0-9.]*\))")


def _one_word_exchange(parsed: str) -> str:
    """``parsed`` with each two-word exchange of a ticker bracket read as one (:data:`_TWO_WORD_EXCHANGE`)."""
    return _TWO_WORD_EXCHANGE.sub(lambda m: ("(" + m.group("b") + ":").ljust(len(m.group(0))), parsed)


_TRANSLATED_CUE = re.compile(r"\b(?:[Mm]inus|[Pp]lus|papers|shares\s+of\s+the|gave)\s")


def _translated_moves(parsed: str) -> str:
    """``parsed`` with the move phrases of prose translated word for word from German read as English writes them
    (:data:`_SIGN_WORD`, :data:`_PAPERS_OF`, :data:`_GAVE_AFTER`); every change keeps the length, so offsets hold."""
    parsed = _SIGN_WORD.sub(lambda m: ("down" if m.group("word").lower() == "minus" else "up").ljust(len(m.group(0)))
                            if m.group("with") or _SIGN_WORD_OPEN.search(parsed, 0, m.start()) else m.group(0), parsed)
    parsed = _PAPERS_OF.sub(lambda m: m.group("det") + " shares of " + " " * len(m.group("the") or "")
                            + " " * (len(m.group(0)) - len(m.group("det")) - 11 - len(m.group("the") or "")), parsed)
    return _GAVE_AFTER.sub(lambda m: "fell" + m.group("mid") + " " * len(m.group("after")), parsed)


#: "the stock's" as the owner of a running total ("took the stock's advance this year to 22%", "bringing the stock's
#: decline since May to 31%"): the stock talked about, as "its" is; read as "its" (padded: offsets hold).
_STOCK_OWNER = re.compile(r"(?<![\w-])(?P<verb>takes?|took|taking|taken|brings?|brought|bringing|extend(?:s|ed|ing)?|"
                          r"push(?:es|ed|ing)?)\s+(?P<owner>the\s+stock['’]s)(?=\s)", re.IGNORECASE)


def _stock_owner_as_its(parsed: str) -> str:
    """``parsed`` with "the stock's" after a running total's verb read as "its" (:data:`_STOCK_OWNER`)."""
    return _STOCK_OWNER.sub(lambda m: m.group(0)[: m.start("owner") - m.start()] + "its".ljust(len(m.group("owner"))),
                            parsed)


@functools.cache
def _code_price_re() -> re.Pattern[str]:
    """A currency's code right before a number ("DKK 593.50", "NOK 1,204"), from ``currency_codes`` in the move words."""
    codes = "|".join(sorted(move_words().currency_codes))
    return re.compile(r"(?<![\w$])(?P<code>" + codes + r")\s(?=\d)")


def _code_as_price(parsed: str) -> str:
    """``parsed`` with a currency's code before a number written as the grammar reads a price ("DKK 593.50" ->
    "DKK$593.50", as "HK$" or "US$" are; same length, so offsets hold): a price, never a name ("Acme fell 4.7 per
    cent to DKK 412.15 and Bexley ...", "Acme: DKK 593.50 (+41.3%)")."""
    return _code_price_re().sub(lambda m: m.group("code") + "$", parsed)


#: The word of shares in a line set in capitals (""* SHARES UP 5.3% IN EARLY TRADE", "ACME SHARES FALL 4 PCT").
_CAPITALS_SHARES = re.compile(r"\b(?:SHARES|STOCK|ADRS|ADSS)\b")
#: A pointer before the shares' word of a line in capitals ("THE ADRS HAD CLOSED ..."): no name.
_CAPITALS_POINTER = re.compile(r"\s*(?:[*•-]\s*)?(?:THE|ITS|THEIR)\s+$")
#: The most words a name in capitals before "SHARES" may have ("ACME TOOLS SHARES FALL ...").
_CAPITALS_NAME_WORDS = 4


def _brief_in_small_letters(parsed: str) -> str:
    """A wire brief's line set in capitals that tells of shares or receipts ("* SHARES UP 5.3% IN EARLY FRANKFURT TRADE; STOCK LOST
    10.4% LAST WEEK", "ACME SHARES FALL 4 PCT AFTER RESULTS") in small letters, as the grammar reads a sentence (same
    length, so offsets hold): the words before the first "SHARES" / "STOCK" stay as the name they are ("ACME shares
    fall 4 pct ..."), a bare "SHARES" opening the line gets its capital ("Shares up 5.3% ..."). A line with a small
    letter, or fewer than three words in capitals (a ticker, an acronym), is returned as it is."""
    if re.search(r"[a-z]", parsed) or len(re.findall(r"\b[A-Z]{2,}\b", parsed)) < 3:
        return parsed
    shares = _CAPITALS_SHARES.search(parsed)
    if shares is None:
        return parsed
    head = parsed[: shares.start()]
    if re.search(r"\d", head) or len(head.split()) > _CAPITALS_NAME_WORDS or _CAPITALS_POINTER.fullmatch(head):
        head, rest = "", parsed  # ("THE ADRS HAD CLOSED ...": "The ADRs had closed ...", a pointer back, no name)
    else:
        rest = parsed[shares.start():]
    rest = re.sub(r"\bad([rs])s\b", lambda m: f"AD{m.group(1).upper()}s", rest.lower())  # "ADRs" as the grammar reads it
    if not re.search(r"\w", head):  # (a bullet may lead it)
        first = re.search(r"[a-z]", rest)
        rest = rest[: first.start()] + rest[first.start()].upper() + rest[first.start() + 1:] if first else rest
    return head + rest


def move_rows(text: str, published: date | None, mentions: pd.DataFrame | Sequence[Mention] | None,
              sentences: list[tuple[int, int]] | None = None, story: date | None = None,
              parties: frozenset[str] = frozenset(), page_head: str = "") -> list[dict[str, object]]:
    """:func:`_move_rows` with the demonyms that stand for a company of this document (:func:`demonym_short_names`)
    read as names ("American 0.9% down" after "American Airlines"), each row's such name its company's full name."""
    mention_list = _initials_relinked(mention_tuples(mentions))
    shorts = demonym_short_names(sorted({name for _a, _b, _s, name, kind in mention_list if kind.upper() == "ORG"}))
    token = DEMONYM_NAMES.set(frozenset(d for d in shorts if re.search(rf"\b{d}\b(?!\s+[A-Z])", text)))
    terms = [d for d in shorts if d in get_lexicon().non_entity_acronyms]
    demonyms = [d for d in shorts if d not in terms and re.search(rf"\b{d}\b(?!\s+[A-Z])", text)]
    if terms or demonyms:  # "LFP said ..." after "LFP Mobility": the short form is a mention of the company, for "the
        # shares" too; so is a demonym the company goes by as a subject or an owner ("American says ...", "American's
        # bonds" after "American Airlines"), not as a people's adjective ("American airlines", "the American government")
        taken = [(a, b) for a, b, *_rest in mention_list]
        added = [(m.start(), m.end(), d, shorts[d], "ORG") for d in terms
                 for m in re.finditer(rf"(?<![\w.-]){d}(?![\w-])(?!\s+[A-Z])", text)
                 if not any(a < m.end() and m.start() < b for a, b in taken)]
        added += [(m.start(), m.end(), d, shorts[d], "ORG") for d in demonyms
                  for m in re.finditer(rf"(?<![\w.-]){d}(?:(?=['’]s?\s)|(?=\s+(?:{_SUBJECT_VERB})\b))", text)
                  if not any(a < m.end() and m.start() < b for a, b in taken)]
        mention_list = DocMentions([*mention_list, *added]) if added else mention_list
    cells_token = _UNNAMED_CELLS.set([])
    try:
        rows = _move_rows(text, published, mention_list, sentences, story, parties, page_head)
        for cell in cells_named_by_prose(rows, _UNNAMED_CELLS.get() or []):
            rows.insert(next((i for i, r in enumerate(rows) if int(r["start"]) > int(cell["start"])),  # type: ignore[call-overload]
                             len(rows)), cell)
    finally:
        DEMONYM_NAMES.reset(token)
        _UNNAMED_CELLS.reset(cells_token)
    for r in rows:
        if r["kind"] == "share" and str(r["company"]) in shorts:
            r["company"] = shorts[str(r["company"])]
    return rows


#: A verb after a company's name as its subject: a present tense in "-s" that is no plural noun ("Acme says", "Acme
#: draws"; not "airlines", "authorities", "lenders"), or a common auxiliary or reporting verb.
_SUBJECT_VERB = r"(?![a-z]+(?:ines|ies|ers|ors|ans|als|ents|ists|ics|ons)\b)[a-z]{2,}[^s\s]s|said|was|had|has|is|will|would|could|did"


@functools.lru_cache(maxsize=1)
def _catalog_keys() -> frozenset[str]:
    """The shipped entity catalog's names and aliases, folded (:func:`~analysis.lexicon.norm_words`)."""
    cat = load_catalog()
    return frozenset(norm_words(str(key)) for row in cat.itertuples(index=False) for key in (row.name, *row.aliases))


def _unless_unknown(named: Named | None, mentions: DocMentions, at: int) -> Named | None:
    """``named``, the antecedent found for "the stock" or "Shares", unless it is a capitalised phrase with a word no
    name holds in running text (:data:`_NO_NAME_WORD`) that no list knows as a company: not an organisation of the entity layer, not the catalog's, not written as a stock's in the
    text ("Roughly 2.71 billion new shares went to ...", "Session high for Acme: the stock ...", a results line's
    "Adjusted EPS 23c") and that never speaks or reports as one ("Acme said"); then the organisation the text has named most (:meth:`DocMentions.salient`), when there is
    one. Without the text (the grammar alone) as found."""
    if named is None or named.kind != "share" or not mentions.text or named.name in mentions.orgs \
            or not _NO_NAME_WORD.search(named.name) \
            or norm_words(named.name) in _catalog_keys() or tied_to_shares(named.name, mentions.text) \
            or re.search(rf"(?<![\w-]){re.escape(named.name)}\s+(?:{_SPOKE})\b", mentions.text):
        return named
    return mentions.salient(at) or named


#: A word no company's name holds in running text: one in small letters that joins no name's words ("since", "new"),
#: or a figure ("2.71", "23c", "5nm").
_NO_NAME_WORD = re.compile(r"(?<!\S)(?!(?:of|and|de|du|da|del|der|la|le|von|van|y|e|&)(?!\S))[a-z]\S*|(?<!\S)\S*\d\S*")


#: A verb that tells a name speaks or reports as a company does ("Acme said", "Acme reported").
_SPOKE = "said|says|reported|reports|announced|announces|posted|posts"


def _initials_relinked(mentions: DocMentions) -> DocMentions:
    """``mentions`` with a name written alone in capitals that the entity layer linked to a longer name opening on it
    ("AE" linked to its unit "AE Power") linked instead to the one organisation of the document whose initials it is
    ("Arden Electric"): the short name of a company is the parent's, not its unit's."""
    orgs = {name for _a, _b, _s, name, kind in mentions if kind.upper() == "ORG"}
    relink = {}
    for _a, _b, surface, name, kind in mentions:
        if kind.upper() == "ORG" and surface != name and re.fullmatch(r"[A-Z]{2,5}", surface) \
                and name.startswith(surface + " ") and (surface, name) not in relink:
            spelt = [o for o in orgs if o != name and spelt_by(surface, o)]
            if len(spelt) == 1:
                relink[(surface, name)] = spelt[0]
    if not relink:
        return mentions
    out = DocMentions([(a, b, surface, relink.get((surface, name), name), kind) for a, b, surface, name, kind in mentions])
    return out


def _move_rows(text: str, published: date | None, mentions: pd.DataFrame | Sequence[Mention] | None,
               sentences: list[tuple[int, int]] | None = None, story: date | None = None,
               parties: frozenset[str] = frozenset(), page_head: str = "") -> list[dict[str, object]]:
    """:func:`extract_moves` as a list of row dicts (keys :data:`MOVE_COLUMNS`), for callers that batch many
    documents into one frame.

    Inputs: ``text`` (headline lines may lead it), ``published`` (resolves weekdays and periods), ``mentions``
    (``start, end, surface, name, type`` with offsets into ``text``, as a frame or as tuples in that order; may be
    empty), optional sentence spans and, for an undated article, ``story`` (the corpus's latest publication date: the
    year of a stated "on March 14") and ``parties``, the firms other articles of the corpus name as an auditor,
    adviser or short seller (:func:`service_parties`), and ``page_head``, the page's lines above the body, where a
    research note's header may name the company a ticker of the body stands for. Output: one row per move, columns :data:`MOVE_COLUMNS`; ``pct``
    is signed, ``start``/``end`` are the offsets of the figure in ``text``, ``session_date`` is set for a one-session move and ``period_start``/``period_end``
    for a multi-day one. Each row also has ``basis``: where its date came from ("sentence", "sentence, year from
    the corpus", "previous sentence" for a trading day the sentence before names, "article" for the article's most
    named session, "publication date", or "" when unknown)."""
    if isinstance(published, datetime):  # a pandas Timestamp or datetime: keep the day
        published = published.date()
    if not HAS_FIGURE.search(text) and "|" not in text and "%" not in text:  # a table's percent columns may print
        # bare numbers
        return []
    mention_list = mention_tuples(mentions)
    wire_day = _dateline_day(text, published)  # a reprint's wire dateline a few days before its publication
    # an article about a flotation and no bid: "the offer price" is the price the company floated at ("closed 31% above
    # the offer price" a move since listing), read as "its offer price" (as long: offsets kept)
    own_offer = "offer price" in text and bool(_FLOTATION.search(text)) and not _BID_WORDS.search(text)
    found_lower = lower_case_names(text, mention_list)  # "bpost (BPOST.BR)": a company written in small letters
    # the organisations the entity layer found written with a small first letter and a capital inside ("easyJet",
    # "eDreams"): read by their capital as those names are (the grammar reads a name by its capital)
    lower = sorted([*found_lower, *(x for x in mention_list if x[4].upper() == "ORG" and _SMALL_FIRST.match(x[2]))])
    spans = bounded_spans(text, sentences if sentences is not None else split_sentences(text))
    spans, joined = cell_table_rows(text, _cut_before_lower_names(text, spans, lower) if lower else spans)
    if found_lower:
        mention_list = DocMentions([*mention_list, *found_lower])
    if lower:
        # the grammar reads such a name with its capital ("Fubo's slide deepened"): so written, it names the company too
        mention_list.orgs |= {surface[:1].upper() + surface[1:] for _a, _b, surface, *_rest in lower}
    mention_list.products = product_names(text, mention_list)  # "Its Acme sensors": things owned, no company's stock
    mention_list.parties = service_parties(text, mention_list) | programme_names(text, mention_list) | parties \
        | mention_list.products | rater_names(text, mention_list)
    mention_list.text = text if mention_list else ""  # without mentions (the grammar alone) every name stays
    rows: list[dict[str, object]] = []
    guests: list[str | None] = []  # the interview's guest's company, read once when a turn says "your/our shares"
    owned_days: set[int] = set()  # rows dated by a weekday's possessive right before the figure ("Tuesday's 9% slide")
    earlier: list[tuple[str, int]] = []
    resolved: dict[int, Named] = {}  # sentence offset -> the company its pointing-back move was resolved to
    last_interval: tuple[date | None, date] | None = None
    intervals: list[tuple[date | None, date]] = []  # every span told, in order ("over the same two sessions")
    header: list[str] | None = None
    table_session: Period | None = None  # the session the heading line right over a table names
    table_percent = False  # a caption right over a table says its figures are percent changes
    heading: tuple[Named, int] | None = None  # the last name-and-ticker heading line and its end
    rundown: int | None = None  # how many heading lines in capitals name a known organisation (read on first need)
    order: str | None = None  # how the text writes its dates in figures (read on first need)
    two_column = two_column_rows(text, spans) if "|" in text else set()
    # plain-text tables: only a text with a percent or a change column's header ("Change", "Chg") can hold one
    plain = plain_table_rows(text, spans) if "%" in text or "hange" in text or "hg" in text else {}
    for a, b in spans:
        cell_row = (a, b) in joined
        sentence = as_pipe_row(text[a:b]) if cell_row else text[a:b]
        if (a, b) in plain:  # "Acme Tools      318.40     +4.6" under "Company   Last   Chg %": a plain-text table's row
            row, head = plain[(a, b)]
            for r in _table_rows(row, a, head, published, mention_list, min_cells=2):  # "Acme | -4.6": two columns
                r["sentence"] = " ".join(sentence.split())
                rows.append(r)
            earlier.append((sentence, a))
            continue
        if (a, b) in two_column:  # "Acme Tools (Oslo) | -12.4%": a row of a two-column table of moves, under its
            # header when the table has one ("| Company | China share |": a column of another quantity holds no moves)
            rows.extend(_table_rows(sentence, a, _two_column_header(text, a), published, mention_list, min_cells=2,
                                    session=table_session))
            earlier.append((sentence, a))
            continue
        strip = _ticker_strip_rows(sentence, a, earlier[-1][0] if earlier else "", mention_list, published) \
            if not cell_row and " | " in sentence and "%" in sentence else []
        if strip:  # "Other movers: DXCM +2.0% | ISRG +1.4%": a strip of tickers and their moves
            rows.extend(strip)
            earlier.append((sentence, a))
            continue
        board = _quote_board_rows(sentence, a, mention_list) if not cell_row and " | " in sentence else []
        if board:  # "ON SCREEN: ACME GRP 287.1p -1.9% | BEXLEY LOG EUR41.36 +1.1%": a screen's quote board
            rows.extend(board)
            earlier.append((sentence, a))
            continue
        if cell_row or is_table_line(sentence):
            cells = pipe_cells(sentence) if cell_row else table_cells(sentence)
            if is_header(cells):
                header = cells
                if _DATED_HEADER.match(cells[0]):  # "Date | Close (EUR) | Change": no name a later "the stock" means
                    earlier.append((" " * len(sentence), a))
                    continue
            else:
                found_rows = _table_rows(sentence, a, header, published, mention_list, session=table_session,
                                         percent=table_percent) or _dated_rows(sentence, a, header, published, rows,
                                                                                 mention_list)
                if cell_row:  # an HTML table's row: shown as its cells, as the page prints them
                    for r in found_rows:
                        r["sentence"] = " ".join(cells)
                rows.extend(found_rows)
            earlier.append((sentence, a))
            continue
        if sentence.strip():
            header = caption_header(sentence)  # a caption naming the columns of the table under it, if it is one
            table_session = heading_session(sentence)  # "Closing prices, Monday 22 July:" over a table
            table_percent = percent_caption(sentence)  # "(share price change, per cent)" over a table of bare figures
        titled = _TICKER_HEADING.fullmatch(sentence)
        if titled and text[max(0, a - 1): a] in ("", "\n") and text[b: b + 1] in ("", "\n"):
            found_head = _ticker_name(titled.group("name").strip(), titled.group("ticker"), mention_list)
            heading = (found_head, b) if found_head is not None else heading
        elif text[max(0, a - 1): a] in ("", "\n") and text[b: b + 1] in ("", "\n") \
                and _CAPITALS_HEADING.fullmatch(sentence):
            if rundown is None:
                rundown = _rundown_headings(text, mention_list)
            found_head = _capitals_heading(sentence, mention_list, text if rundown >= _RUNDOWN_HEADINGS else "")
            heading = (found_head, b) if found_head is not None else heading  # "WORLDLINE" over its entry in a
            # rundown of stocks to watch
        if not HAS_FIGURE.search(sentence):
            earlier.append((_without_dateline(_capitalised(sentence, a, lower)), a))
            continue
        parsed = _BULLET_LEAD.sub(lambda x: " " * len(x.group(0)), _without_dateline(sentence))  # "* Shares: -4%"
        parsed = _DOT_LEADER.sub(lambda x: " " * len(x.group(0)), parsed)  # "Acme Tools ...... -4.1%": a table's leader
        if own_offer:
            parsed = _THE_OFFER_PRICE.sub(lambda x: "Its" if x.group(0) == "The" else "its", parsed)
        parsed = _SCRIP.sub(lambda x: x.group(0)[0].replace("c", "s") + "tock" + x.group(0)[5:], parsed)  # "The scrip
        # ended down 6%": Indian market prose's word for the stock, read as "stock" (as long a word)
        parsed = _singular_share(parsed) if "share " in parsed else parsed
        parsed = _RECEIPTS_OF.sub(lambda x: "Shares of".ljust(len(x.group(0))), parsed) if "epositary" in parsed else parsed
        parsed = _translated_moves(parsed) if _TRANSLATED_CUE.search(parsed) else parsed
        parsed = _paper_as_stock(parsed) if "paper " in parsed or "title " in parsed else parsed  # (after the sign
        # words: "the paper closed with a plus of 3.1 percent" reads "the paper closed up 3.1 percent")
        parsed = _one_word_exchange(parsed) if ": " in parsed and "(" in parsed else parsed
        parsed = _stock_owner_as_its(parsed) if "stock's " in parsed or "stock’s " in parsed else parsed
        parsed = _code_as_price(parsed)
        brief = parsed
        parsed = _brief_in_small_letters(parsed) if "SHARES" in parsed or "STOCK" in parsed or "ADRS" in parsed \
            or "ADSS" in parsed else parsed
        brief = parsed is not brief  # a wire brief's line in capitals: its bullets tell of the brief's one company
        parsed = _capitalised(parsed, a, lower)  # the grammar reads a name by its capital
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", a)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        dated_item = DATED_ITEM.match(line)
        dated_line = dated_item is not None
        if dated_item and order is None:
            order = figures_order(text)
        line_day = _label_day(dated_item.group(0), order or "") if dated_item else None
        if dated_item and line_start == a and dated_item.end() <= len(parsed):
            # "March 9 - Shares sink 27%": the date is the line's label, no subject of the verb after it
            parsed = " " * dated_item.end() + parsed[dated_item.end():]
        move_label = _MOVE_LABEL.match(parsed) if line_start == a else None
        if move_label:  # "* Stock move, June 10 (Tuesday): -4.5%": the article's company's move, its day in the label
            figure_at = _LABEL_FIGURE.search(parsed, move_label.end())  # after a ticker or a price ("288p (-4%)")
            opens = figure_at.start() if figure_at else move_label.end("rest")
            blank = " " * (opens - move_label.end("lead") - len("Shares"))
            parsed = " " * move_label.end("lead") + "Shares" + blank + parsed[opens:]
            dated_line = True
            line_day = _label_day(move_label.group("rest"))
        own_label = _label_company(line, line_start, mention_list, text) if not dated_line else None
        label = (own_label or _heading_over(text, heading, line_start)) if not dated_line else None
        lab = _LINE_LABEL.match(parsed) if label is not None and line_start == a else None
        price = _PRICE_LEAD.match(parsed, lab.end()) if lab else None
        if price and price.end() - price.start() >= 2:  # "Acme Tools (ACM) - 12.40p, down 4%": the label's stock
            parsed = parsed[: price.start()] + "It".ljust(price.end() - price.start()) + parsed[price.end():]
        item = _ITEM_HEAD.match(parsed)
        item_company: Named | None = None
        items = _ITEMS_HEAD.match(parsed) if item is None and _RESPECTIVELY.search(parsed) else None
        told_items = _items_companies(items, mention_list) if items else []
        if not items and item is None and line_start == a and _RESPECTIVELY.search(parsed) \
                and (items := _BARE_ITEMS_HEAD.match(parsed)) is not None:
            told_items = _bare_items_companies(items, mention_list)  # "Acme, Bexley Group - The two ... rose 1% and 2%"
            items = items if told_items else None
        if told_items:  # "Acme (ACM), Bexley (BXL) - The retailers lost 3.6% and 2.9%, respectively": in order
            parsed = " " * items.end() + parsed[items.end():]
        if item:  # "Delta Air Lines (NYSE: DAL) - Shares slid 2.6%": the item's name is what "Shares" points back to
            bare = parsed[: item.start("ticker")].rstrip()
            earlier.append((bare + " rose.", a))
            item_company = _item_company(bare.strip(), item.group("ticker"), mention_list)
            parsed = " " * item.end() + parsed[item.end():]
        elif own_label is not None and line_start == a \
                and (clause := _LABEL_CLAUSE.match(parsed) or _LABEL_CLAUSE.match(sentence)) is not None:
            # "Acme Tools - The drill maker's shares fell 9% after ...": a movers-list item with no ticker; the label is
            # what the descriptor or pronoun opening the clause after it points back to, as for a ticker's item (a
            # label in capitals, blanked as a speaker's, "ACME HEAVY INDUSTRIES: The shipbuilder ...", as the text
            # writes the name)
            raw = clause.group("name").strip()
            name = own_label.name if raw.isupper() and len(own_label.name) == len(raw) else raw
            earlier.append((" " * clause.start("name") + name + " rose.", a))
            parsed = " " * clause.end() + parsed[clause.end():]
            if (other := _LABEL_OTHER_RIVAL.match(parsed, clause.end())) is not None:
                # "Acme Foods - The Bexley rival gained 2.6%": the label's company, set beside another by name
                parsed = parsed[: other.start()] + "The company".ljust(other.end() - other.start()) + parsed[other.end():]
        lean = _paragraph_lean(rows, text, a) if "limit" in parsed.lower() else 0
        attached = sentence_moves(parsed, labelled=label is not None and line_start == a, lean=lean)
        named_here: list[Named] = []
        found: list[tuple[Attached, Named]] = []
        for att in attached:
            if att.subject.kind == "coref" and att.subject.head == BOTH:  # "Both stocks were up 20%"
                pair = last_two(rows, a, named_here) or pair_just_named(earlier, mention_list)
                if _THEIR_SHARES_OPEN.match(parsed):
                    # "A and B sell online. Their shares fell 2.1% and 1.7% respectively": the pair the sentence
                    # before names, before two companies moved further back
                    pair = pair_just_named(earlier, mention_list) or pair
                both = [x for x in attached if x.subject.kind == "coref" and x.subject.head == BOTH]
                if len(pair) == 2 and len(both) == 2 and _RESPECTIVELY.search(sentence):
                    told = {str(r["company"]): i for i, r in reversed(list(enumerate(rows)))}  # first told first
                    pair = sorted(pair, key=lambda n: told.get(n.name, -1))
                    found.append((att, pair[both.index(att)]))  # "The two fell 4% and 3%, respectively": in order
                else:
                    found.extend((att, n) for n in pair)
                continue
            if att.subject.kind == "coref" and att.subject.head == GROWN_MOVE:
                last = _grown_move(rows, earlier, att.figure.sign)  # "At one point the decline widened to 8.1%"
                if last is not None:
                    found.append((att, last))
                continue
            if att.subject.kind == "coref" and att.subject.head == MOVE_BEFORE:
                last = _move_just_before(rows, earlier)  # "That takes the losses since May to 23%": that move's company
                if last is not None:
                    found.append((att, last))
                    continue
                if not _DAY_POSSESSIVE_END.search(parsed, max(0, att.figure.start - 40), att.figure.start):
                    continue
                # "Thursday's 4.6% drop made plain ...", "After yesterday's 18% slide, ..." with no move told just before:
                # a day's move of the stock the article is about (as "The stock" opening a paragraph names it)
                story = _salient_unless_still(_headline_subject(text, mention_list) or mention_list.salient(a), rows)
                if story is not None and story.kind == "share":
                    found.append((att, story))
                continue
            if att.subject.kind == "coref" and att.subject.head.startswith(DAY_MOVE):
                day_move = _move_on_day(rows, att.subject.head)  # "Monday's fall followed a 24% gain last week"
                if day_move is not None:
                    found.append((att, day_move))
                    continue
                att = replace(att, subject=replace(att.subject, head="shares"))
            main = None  # "The stock" opening a paragraph: the company the article is about
            if att.subject.kind == "coref" and text[max(0, a - 2): a] == "\n\n" and _PARAGRAPH_STOCK.match(sentence[: att.figure.anchor]):
                main = _salient_unless_still(_headline_subject(text, mention_list) or mention_list.salient(a), rows)
            elif att.subject.kind == "coref" and text[max(0, a - 2): a] == "\n\n" \
                    and _PARAGRAPH_STOCK_LONG.match(sentence[: att.figure.anchor]):
                main = _unless_moved(resolve_coref(att.subject.head, earlier, mention_list, named_here,
                                                   (parsed[: att.figure.anchor], a), resolved), rows, mention_list.salient(a))
            if main is None and att.subject.kind == "coref" and _YOUR_SHARES.search(parsed, 0, att.figure.anchor):
                # "Your shares have dropped 7%": the company the speaker addresses, the one the interview's head names
                # by its guest's role ("Q&A: Acme's chief on ..."), else the one the article is about, never a name
                # told before, nor the speaker's own ("THE LEDGER: Your shares ...", a turn headed by its name)
                speaker = _turn_speaker(text, line_start, mention_list)
                guest = _guest_company(guests, text, mention_list)
                main = Named(guest, "share", "") if guest is not None and guest not in speaker \
                    else mention_list.salient(a, speaker)
            if main is None and att.subject.kind == "coref" and _OUR_SHARES.search(parsed, 0, att.figure.anchor):
                # "ONODERA: Our share price fell about 18% this week": the speaker's own company, the one the turn's
                # label names, else the interview's guest's ("Jane Roe, chief economist at Acme Bank"), else the one
                # the text is about; never a name told in the sentences before
                own = _turn_speaker(text, line_start, mention_list)
                guest = _guest_company(guests, text, mention_list) if len(own) != 1 else None
                main = Named(next(iter(own)), "share", "") if len(own) == 1 \
                    else Named(guest, "share", "") if guest is not None \
                    else mention_list.salient(a, _other_turns(text, line_start, mention_list))
            if main is None and att.subject.kind == "coref" and att.subject.head in ("shares", "stock") \
                    and (_PARAGRAPH_STOCK.match(sentence[: att.figure.anchor])
                         or _PARAGRAPH_STOCK_LONG.match(sentence[: att.figure.anchor])) \
                    and _TURN_LABEL.match(text, line_start) \
                    and not _orgs_in(mention_list, line_start, a, _turn_speaker(text, line_start, mention_list)) \
                    and not _moved_on_line_before(rows, text, line_start) and is_interview(text):
                # "HOST: You cut your forecast. The stock is down 45% this year": in an interview's turn that names no
                # company of its own, the stock is the guest's company's (the head names it by the guest's role),
                # else the company the interview is about; not the firm the turn before happened to name (unless that
                # turn told its move: "Q: Acme lost 10% last week. Overdone?" / "A: The stock fell 7% on Tuesday")
                guest = _guest_company(guests, text, mention_list)
                main = Named(guest, "share", "") if guest is not None \
                    else mention_list.salient(a, _turn_speaker(text, line_start, mention_list))
            if main is None and att.subject.kind == "coref" and _DECK_SHARES.match(parsed, 0, att.figure.anchor) \
                    and a > 0 and _in_deck(text, a):
                # "* DNB examining vetting of merchants" then "* Shares fall another 12.6%" under "Dutch central bank
                # opens probe into Acme Payments' controls": a wire story's deck tells of the headline's stock
                main = _headline_stock(text, mention_list)
            if main is None and brief and att.subject.kind == "coref":
                # "* SHARES UP 5.3% IN EARLY TRADE" under "Acme SE (ACM.DE):" and its "* SAYS ...": the company the
                # brief's opening line names with its ticker, else the one named most
                told = [r for r in rows if r["kind"] == "share"]  # ("* THE ADRS HAD CLOSED ..." under "* ACME ADRS
                # FELL 8.1% ...": the company the brief's bullet before told the move of)
                main = (Named(str(told[-1]["company"]), "share", str(told[-1]["ticker"] or "")) if told else None) \
                    or _brief_company(text, a, mention_list) or mention_list.salient(a)
            if main is not None:
                named = main
            elif att.subject.kind == "coref" and label is not None and att.subject.head in _LABEL_HEADS:
                named = label  # "- Acme Tools: supplies the chain; shares down 11% this week": the label's company
            elif att.subject.kind == "coref" and told_items \
                    and len(corefs := [x for x in attached if x.subject.kind == "coref"]) == len(told_items):
                named = told_items[corefs.index(att)]  # the item heads' companies, in the order of the figures
            elif att.subject.kind == "coref" and item_company is not None and not named_here:
                named = item_company  # "Eli Roe (ROE) - The maker of X fell 2.6%": the item's company, whatever else
                # the entity layer reads in its name (a person's), never the item's above it
            elif att.subject.kind == "coref" and att.subject.head in ("shares", "stock") and dated_line:
                # "March 12: Lenders waive a test; shares jump 15%": a timeline line about the article's company
                named = _unless_unknown(resolve_coref(att.subject.head, [], mention_list, named_here,
                                                      (parsed[: att.figure.anchor], a), resolved)
                                        or mention_list.salient(a), mention_list, a)
            elif att.subject.kind == "coref" and att.subject.head in ("it", "its") and not named_here \
                    and (market := _market_before(parsed[: att.figure.anchor]) or _market_topic(earlier, text, a)) is not None:
                named = market  # "What about the forint?" / "It is down N% since Monday": the market just named
            elif att.subject.kind == "coref" and bare_pronoun(att.subject.head, parsed, mention_list):
                # "It declined in almost every state, dropping 50 percent in X": a company the text ties to shares only
                named = resolve_coref(att.subject.head, earlier, mention_list, named_here,
                                      (parsed[: att.figure.anchor], a), resolved, stock_only=True)
                salient = mention_list.salient(a) if named is None else None
                named = named or (salient if salient and tied_to_shares(salient.name, text) else None)
            elif att.subject.kind == "coref":
                named = resolve_coref(att.subject.head, _this_entry(earlier, text, a), mention_list, named_here,
                                       (parsed[: att.figure.anchor], a), resolved) or mention_list.salient(a)
                named = _unless_unknown(named, mention_list, a)
                if att.subject.head in ("shares", "stock") and _THE_STOCK.search(parsed, 0, att.figure.anchor) \
                        and not _OWNED_STOCK.search(parsed, 0, att.figure.anchor):
                    named = _stock_of_story(named, rows, mention_list.salient(a), text, mention_list, a + att.figure.anchor,
                                            a)
                if att.subject.head in ("shares", "stock") and named is not None and earlier \
                        and _THE_STOCK.match(parsed.lstrip()) and _bidder(named.name, earlier[-1][0]):
                    # "Then X offered $38. The stock jumped 36%": the stock bid for, the one the story is about
                    other = mention_list.salient(a, skip=frozenset({named.name}))
                    named = other if other is not None else named
                if not named_here:  # "The stock", "The carmaker", "It": the first line of an entry under a heading
                    named = _entry_company(named, rows, text, heading, line_start)
            elif person_not_shares(att.subject, a, parsed, text, mention_list) \
                    and not _company_peer(att, attached, a, mention_list):
                named = None  # "Roe did better among older voters, 4 percent higher than nationally": a person
            else:
                named = name_subject(att.subject, a, mention_list)
                if named is not None and named.kind == "share" and named.name in _NUMBER_WORDS \
                        and named.name not in mention_list.orgs:
                    named = None  # "Five directors of X said ...": a count, not a company "Five"
                numbered = _NUMBERED_LEVEL.match(parsed, att.subject.end) if named is not None and named.kind == "share" \
                    and att.subject.end > 0 else None
                if numbered:  # "Nordic Select 30 2,191.77 +1.06%" in a strip of market data: an index, its number
                    named = Named(f"{named.name} {numbered.group('number')}", "index", "")  # part of its name
                if named is not None and named.name in mention_list.products:
                    # "Its Acme sensors were sold ..., and its shares had risen 46%": the grammar's clause subject is
                    # a product; the shares are its owner's, the company the text named before it
                    named = resolve_coref("its", earlier, mention_list, [], (parsed[: att.subject.start], a), resolved) \
                        or mention_list.salient(a)
                if named is not None and named.kind == "share" and att.subject.kind == "share" and att.subject.end > 0 \
                        and (fund := _FUND_APPOSITIVE.match(parsed, att.subject.end)) and not _LISTED.search(fund.group(0)):
                    named = replace(named, kind="index")  # "X, the fund that holds Acme shares, is down 15.9%": a fund
            if named is not None and named.kind == "share" and att.subject.kind == "share" \
                    and 0 <= att.subject.end <= att.figure.anchor:
                priced = unit_priced(parsed[att.subject.end: att.figure.anchor])
                if priced == "price":
                    continue  # "X raised the farm-gate price to 2,800 francs per kilogram, an increase of 27%"
                if priced == "goods":  # "Spodumene concentrate ... was assessed at $505 a tonne, down 11%": a commodity
                    named = replace(named, kind="index", ticker="")
            if named is None:
                continue
            if named.kind == "index" and _INDEX_POINTER.fullmatch(named.name):
                # "X tumbled 1.2% on Friday. For the week, the index dropped 3.8%": the one index moved just before
                named = _index_just_moved(rows, found, a, earlier) or named
            if named.kind == "share":
                named_here.append(named)
                if att.subject.kind == "coref":
                    resolved[a] = named
                else:  # "Acme had been up 12% early. The stock now trades 3% lower": the company this sentence's move named
                    resolved.setdefault(a, named)
            found.append((att, named))
        found, mention_list = _persons_moved(found, a, mention_list)
        if earlier and any(att.figure.form == "noun" and att.subject.start > att.figure.start
                           and FRONTED_MOVE.match(sentence, 0, att.figure.start) for att, _n in found):
            # "A fell 3% on Monday. After Tuesday's 5% rebound, B fell 2%": the rebound may be A's, the company just
            # moved; only with no other company's move in the sentence before is it the main clause's
            moved_before = {str(r["company"]) for r in rows if r["sent_start"] == earlier[-1][1] and r["kind"] == "share"}
            found = [(att, n) for att, n in found if not (att.figure.form == "noun" and att.subject.start > att.figure.start
                                                          and FRONTED_MOVE.match(sentence, 0, att.figure.start)
                                                          and moved_before - {n.name})]
        found = _one_row_per_name(found)
        # a fraction beside a percent the same company moved by in the same direction may round that figure ("X lost
        # nearly two-thirds of its value, a fall of 61.7%"; "X, which lost a fifth of its value on Monday, fell another
        # 4%"): only the figure. One of the other direction rounds nothing ("X rose 8.1% on Friday but ended the week
        # having lost a fifth of its value"): a move of its own
        exact = [(att.figure, n) for att, n in found if not att.figure.beside]
        found = [(att, n) for att, n in found if not att.figure.beside
                 or not any(_one_company(n, e) and _rounds(att.figure, fig) for fig, e in exact)]
        # a fraction or halving in words is no percent figure: no row ("X has lost a third of its value this week")
        found = [(att, n) for att, n in found if not att.figure.worded]
        # a move in a clause of condition is no move made ("holders may sell if the stock trades at least 40% above the
        # IPO price", "If the stock falls 10%, ..."); not a concession ("Even if the stock fell 5% on Monday, ...")
        found = [(att, n) for att, n in found if not _CONDITION_END.search(sentence, 0, min(att.figure.anchor, att.figure.start))]
        anchors = sorted({att.figure.anchor for att, _ in found})
        fig_ends = sorted({att.figure.end for att, _ in found})
        periods: list[Period] = []
        # an aside before the main verb of a later figure (", which slumped 12% on Monday, recovered 3%")
        asides = [m.span() for m in _MOVE_ASIDE.finditer(sentence) if any(att.figure.anchor > m.end() for att, _ in found)]
        carried: set[int] = set()  # the figures whose session is the one the sentence before names
        told_span: set[int] = set()  # the figures over "the N sessions" the article has just told
        dated_before: set[int] = set()  # the figures dated only by a day the words before them name
        opening = opening_period(sentence)
        # a break before the first figure joins the subjects ("Since May, X and Y have lost 9% and 7%"), not clauses
        first_break = _CLAUSE_SPLIT.search(sentence, max(sentence.find(",") + 1, min(att.figure.end for att, _ in found))
                                           if opening and found else 0)
        lead_day = opening_day(sentence)
        prior = earlier[-1] if earlier else None
        intro = _list_intro_period(text, line_start) if line_start == a else None
        prior_day = trading_day_named(prior[0]) if prior and "\n" not in text[prior[1] + len(prior[0]): a] else None
        for i, (att, _named) in enumerate(found):
            nxt = next((x for x in anchors if x > att.figure.anchor), len(sentence))
            other = PCT.search(sentence, att.figure.end)  # a later figure that is no move ("on sales up 9% from a
            nxt = min(nxt, other.start()) if other else nxt  # year earlier"): its words are not this move's period
            opens = att.figure.start if att.figure.part else att.figure.anchor  # a part: its own words' period
            if att.figure.total:  # "bringing its three-session slide to 39%": the window opens at the total's owner
                owner = _TOTAL_OWNER_END.search(sentence, max(0, opens - 40), opens)
                opens = owner.start() if owner else opens
            elif att.figure.form == "noun" and att.figure.anchor < att.figure.start:
                owner = _SPAN_NOUN_OWNER_END.search(sentence, max(0, opens - 40), opens) \
                    or _SPAN_NOUN_A_END.search(sentence, max(0, opens - 40), opens)
                opens = owner.start() if owner else opens  # "The two-day loss of 21.6%": the noun's span adjective
            window = sentence[opens: max(nxt, att.figure.end)]
            read = read_period(window)
            apposed = _FROM_LEVEL_APPOSED.search(sentence, max(0, opens - 90), opens) \
                if _bare(read) and att.figure.form == "noun" else None
            if apposed and (level := read_period(apposed.group(0))).interval == "since":
                read = level  # "down from HK$27.50 in July 2020, a fall of 94%": since July 2020
            fronted_before = _FRONTED_BEFORE.match(sentence)
            if fronted_before and fronted_before.end() <= att.figure.anchor:
                read = cut_before(read, fronted_before.group(0))  # "Before Monday's fall, X had gained 22% this year"
            perfect = _PAST_PERFECT_END.search(sentence, max(0, att.figure.anchor - 30), att.figure.anchor)
            if read.before_now and not perfect:
                read = replace(read, before_now=False)  # "has gained 9% this year ahead of the results": still to come
            elif perfect and read.interval in ("ytd", "since", "since_day") and read.ends_before is None and read.ends_on is None \
                    and not read.before_stated and not _SAID_BEFORE.search(sentence, 0, att.figure.anchor) \
                    and not _DAY_TOLD_BEFORE.search(sentence, 0, att.figure.anchor):
                # "The stock had already fallen 21% since the start of July": a state told as past, up to the session
                # before the article's day (not a statement's backshift: "said its shares had fallen 9% this year")
                read = replace(read, before_now=True)
            if read.interval in ("since", "approximate") and not read.stated_day:
                # "since the outage" after "last Tuesday's outage": the day the article gave the event before
                dated = dated_event_window(window, text[:a])
                if dated is not window and ((again := read_period(dated)).stated_day or again.interval == "since_day"):
                    read = again
            period = since_then(read, sentence[: att.figure.anchor])
            if period.interval == "since_then" and prior and "\n" not in text[prior[1] + len(prior[0]): a]:
                period = since_then(period, prior[0])  # "X recalled it on Monday. The shares are off 27% since then."
            if _bare(period) and _SINCE_ADVERB.search(sentence, max(0, opens - 30), opens):
                period = Period("multi-day", interval="approximate")  # "has since lost 24%": since an earlier event
            if not _dated(period) and not period.interval and not period.previous and not period.yesterday:
                fronted = _fronted_span(sentence, att.figure.anchor, fig_ends)
                if fronted is not None and _TOLD_SESSIONS.match(sentence):
                    told_span.add(i)  # "Over the five sessions the stock lost 14%": the sessions just told
                period = fronted or period
            if intro is not None and _bare(period):
                period = intro  # "Week's movers (18-22 November):" over "• Acme +2.1%": the list's period
            in_first_clause = first_break is None or att.figure.anchor < first_break.start() \
                or opening is not None and _CONTRAST_CLAUSES.fullmatch(sentence, first_break.start(), att.figure.anchor) is not None
            if opening is not None and in_first_clause and not _dated(period) and not period.interval \
                    and not period.previous and not period.yesterday:
                period = opening
            elif not _dated(period) and not period.interval and not period.previous:
                prev_end = max((e for e in fig_ends if e <= att.figure.anchor), default=0)
                # the words after a relative clause that told the figure before ("Beta, which slumped 12% on Monday,
                # recovered 3%"): the clause's day is not this figure's
                prev_end = next((y - 1 for x, y in asides if x < prev_end < y < att.figure.anchor), prev_end)
                before = _RELATIVE_CLAUSE.sub(",", sentence[prev_end: att.figure.anchor])
                # "said on Monday it would restart the plant on Thursday, sending ...": a day ahead dates no move
                ahead = without_future_days(sentence[: att.figure.anchor])
                if dated_item and line_start == a and dated_item.end() <= len(ahead):  # "Sept 17 (Wed) - ...": the
                    ahead = " " * dated_item.end() + ahead[dated_item.end():]  # label's weekday is its date's (line_day)
                if periods and prev_end and periods[-1].interval and periods[-1].interval != "same" \
                        and _COMPARED_WITH_A.search(sentence, max(prev_end, att.figure.start - 40), att.figure.start):
                    periods.append(periods[-1])  # "X is down 21% this year, against a 9% gain for Y": Y's year too
                    continue
                # (not after a figure told as an earlier session: "X plunged 8.9%, after its shares lost 8.2% on Friday,
                # and Y fell 5.8%": Y's clause is coordinated with X's, not with the clause of what came before)
                if periods and prev_end and _after_earlier_day(sentence, found, prev_end, att.figure.anchor) == prev_end and (
                        _GAPPED.fullmatch(before) or _GAPPED_WHILE.fullmatch(before) or (
                        _GAPPED_AND.fullmatch(before) and not sentence[att.figure.anchor: att.figure.start].strip()) or (
                        _GAPPED_AND_IS.fullmatch(before) and _BARE_UP_DOWN.fullmatch(sentence, att.figure.anchor,
                                                                                      att.figure.start))):
                    periods.append(periods[-1])  # "X is up 8% over the same five sessions, Y 6.8%": X's period
                    continue
                if periods and prev_end and periods[-1].interval in ("since", "since_day", "ytd", "week", "month", "quarter") \
                        and _PERFECT_AFTER_SPAN.fullmatch(before):
                    periods.append(periods[-1])  # "X is up 11% since 13 October; Y has gained 5%": the same span
                    continue
                owned = owned_period(before[-60:])  # "all of last week's 9% drop": the possessive dates the figure
                if owned is not None:
                    if owned.yesterday:
                        owned_days.add(len(rows) + i)  # "after yesterday's N% slide": an earlier session
                    periods.append(owned)
                    continue
                if _DAY_AFTER_END.search(before[-40:]):  # "held steady on Monday, ..., a day after shedding N%"
                    periods.append(Period(period.kind, previous=True))
                    continue
                near = _RELATIVE_CLAUSE.sub(",", ahead[_after_earlier_day(sentence, found, prev_end, att.figure.anchor):])[-60:]
                if not owned_weekday(near):
                    # "rose 1.1%, recovering part of Monday's loss, and the index added 0.4%": a weekday's possessive
                    # that names another move is that move's session, not the day of a figure after it
                    near = _OTHER_MOVE_DAY.sub(lambda x: " " * len(x.group(0)), near)
                # "reopened yesterday, and its shares rose 9%": the day of the clause before, "yesterday" too
                day = last_day(near, yesterday=True) or (lead_day if in_first_clause else None) or line_day
                if day is None and _NEXT_DAY_AFTER.match(sentence, att.figure.end):
                    day = last_day(sentence[: att.figure.anchor])  # (the day may open a long sentence)
                if day is not None and _NEXT_DAY_AFTER.match(sentence, att.figure.end) \
                        and (labelled := resolve(day, published, None, None, story)[0]) is not None:
                    # "02.04.2024: X discloses a loss; shares drop 8.2% the next day": the session after the label's
                    # day, as "On March 2 it cut its outlook, and the shares lost 9.5% on the next trading day"
                    # is the session after the day the sentence names
                    after = labelled + timedelta(days=1 if labelled.weekday() < 4 else 7 - labelled.weekday())
                    day = Period("session", month=after.month, stated_day=after.day, stated_year=after.year)
                if day is None and period.on_the_day:  # "cut its outlook on Tuesday. The shares ended 7% lower on
                    # the day": the last day the sentence, else the one before it in the paragraph, names
                    day = _told_weekday(sentence[: att.figure.anchor]) or (_told_weekday(prior[0]) if prior and "\n" not in
                                                                          text[prior[1] + len(prior[0]): a] else None)
                if day is None and _RESULT_PARTICIPLE.search(before):
                    # "X cancelled flights on Thursday after ..., sending its shares down 5.6%": the main clause's day
                    day = last_day(ahead)
                if day is not None and owned_weekday(before[-60:]):
                    owned_days.add(len(rows) + i)  # "extending Tuesday's 9% slide": an earlier session
                clause = _CLAUSE_SPLIT.split(before)[-1]
                kind = period.kind if period.kind != "session" else session_kind(clause[-60:])
                if day is not None:
                    period = replace(day, kind=kind, yesterday=period.yesterday or day.yesterday)
                    dated_before.add(i)
                elif kind != period.kind:
                    period = Period(kind, yesterday=period.yesterday)
                if day is None and not period.yesterday and prior_day is not None:
                    period = replace(prior_day, kind=period.kind)  # "... in early trading Monday. X plunged 65%"
                    carried.add(i)
            period = _to_told_close(period, sentence, att.figure.anchor, asides, published)
            periods.append(period)
        # the figures told as what came before: in a clause of time ("X rose 4.2% after falling 8.1% on Tuesday", "...,
        # having slumped 12% on Monday") or in an aside ("Beta, which slumped 12% on Monday, recovered 3%")
        told_before = [bool(_EARLIER_CLAUSE.search(sentence[max((e for e in fig_ends if e <= att.figure.anchor), default=0):
                                                            att.figure.start]))
                       or any(x < att.figure.anchor < y for x, y in asides) for att, _n in found]
        for i in range(len(periods) - 2, -1, -1):  # right to left, so a chain of coordinated moves takes the day
            later = periods[i + 1]
            if _bare(periods[i]) and i not in carried and (_dated(later) or later.yesterday) and not later.interval \
                    and not told_before[i + 1] \
                    and _COORDINATED.fullmatch(sentence[found[i][0].figure.end: found[i + 1][0].figure.anchor]) \
                    and not WEEKDAY.search(sentence, found[i][0].figure.end, found[i + 1][0].figure.anchor):
                # "A fell 2% and B rose 1% on Monday": the day closing the coordination dates each conjunct
                periods[i] = replace(later, kind=periods[i].kind)
            elif (_bare(periods[i]) or i in dated_before) and i not in carried and later.interval and _FIGURE_LIST_JOINT.fullmatch(
                    sentence, found[i][0].figure.end, found[i + 1][0].figure.start):
                periods[i] = later  # "A and B gained 4.4% and 5.2% this week, respectively": the list's period, over
                # a day of the clause before ("... gained 1.7% and 1.2% on Friday, and have risen 8.9% and 4.4% this week")
        following = _NEXT_DAY_OPEN.match(sentence)
        if following and prior is not None and "\n" not in text[prior[1] + len(prior[0]): a] \
                and (named_day := last_day(prior[0], yesterday=True)) is not None \
                and (told_day := resolve(named_day, published, None, None, story)[0]) is not None:
            # "A tribunal ruled on 9 September ... The next day the company ..., and its shares fell 14%": the session
            # after the day the sentence before names
            nxt_day = told_day + timedelta(days=1 if told_day.weekday() < 4 else 7 - told_day.weekday())
            periods = [Period(p.kind, month=nxt_day.month, stated_day=nxt_day.day, stated_year=nxt_day.year)
                       if _bare(p) else p for p in periods]
        # the sentence's own session: the first dated figure's, not one told as what came before (Tuesday is the fall's
        # session in "X rose 4.2% after falling 8.1% on Tuesday", not the rise's)
        # (nor one a weekday's possessive dates: "Including last Friday's 11% slide, the stock has lost 27% over six
        # sessions": Friday's is an earlier session, not the one the span runs through)
        own = next((resolve(p, published, None, None, story)[0] for j, (p, told) in enumerate(zip(periods, told_before))
                    if (_dated(p) or p.yesterday) and not told and len(rows) + j not in owned_days), None)
        if own is None and prior is not None and any(p.previous for p in periods) \
                and "\n" not in text[prior[1] + len(prior[0]): a]:
            # "X rose 3% on Tuesday. It fell 7% the previous day": the session before the one the sentence before told
            told = [r["session_date"] for r in rows if r["sent_start"] == prior[1] and r["session_date"] is not None
                    and r["period_end"] is None]
            named_day = last_day(prior[0]) if not told else None
            own = told[-1] if told else (resolve(named_day, published, None, None, story)[0] if named_day else None)
        for i, ((att, named), period) in enumerate(zip(found, periods)):
            own_i = own
            adds_up = period.through and att.figure.total and i > 0 and bool(rows)
            if adds_up:  # "closing 3.2% lower and bringing its two-day loss to 11.6%": the total runs through the
                # session of the move it adds up, the figure before it that is no earlier session's ("extending
                # Tuesday's 4.8% decline and taking the two-day loss to 11.7%": the sentence's own move)
                last = next((r for j, r in reversed(list(enumerate(rows))) if r["sent_start"] == a and j not in owned_days),
                            rows[-1])
                own_i = last["session_date"] or (own if last is rows[-1] else None)
            if i in told_span and period.interval == "span":
                # "Tue -3%, Wed -2% ... Over the five sessions the stock lost 14%": through the latest session told
                told_days = [r["session_date"] for r in rows if r["kind"] == "share" and r["period_end"] is None
                             and r["session_date"] is not None and (published is None or r["session_date"] <= published)]
                if told_days:
                    own_i, period = max(told_days), replace(period, through=True)
            if period.through and own_i is None and not adds_up and not _PRESENT_BEFORE.search(sentence, 0, att.figure.start) \
                    and not _THE_SESSIONS.match(sentence, att.figure.end) \
                    and not _span_noun(sentence, att.figure) \
                    and not _TAKES_SPAN_TOTAL.search(sentence, max(0, att.figure.start - 80), att.figure.start) \
                    and not _BARE_STATE.search(sentence, max(0, att.figure.start - 40), att.figure.start):
                # ("over the two sessions", "the two-day loss of", "(up 18% over two sessions)": up to this one)
                period = replace(period, through=False)  # "fell N% over two days": the sessions before this one
            same = last_interval
            if period.interval == "same" and period.unit == "session" and period.count:
                # "over the same two sessions": the latest span told of that many sessions, not a longer one told after it
                same = next((x for x in reversed(intervals) if x[0] is not None and _sessions_in(*x) == period.count),
                            last_interval)
            if period.interval == "same" and same is None and prior is not None \
                    and "\n" not in text[prior[1] + len(prior[0]): a]:
                # "... trimming their losses since the Oct. 7 announcement. X, which has gained 20% over the same period":
                # the span the sentence before names with no figure of its own
                told = _told_since(prior[0])
                if told is not None:
                    _s, t_start, t_end = resolve(told, published, None, None, story)
                    same = (t_start, t_end) if t_start is not None and t_end is not None else None
            # a reprint's span to date ("this week", "since Feb. 3") runs to its wire dateline's day, the day the story
            # was written (its weekdays still count back from the publication)
            session, p_start, p_end = resolve(period, wire_day if wire_day and period.interval in _TO_DATELINE else published,
                                              own_i, same, story)
            if p_start is not None and p_start == p_end and period.interval in ("after_day", "days", "span_to",
                                                                                  "after_stated"):
                # "opens down 60% from Monday's close" on Tuesday: a span of one session is that session
                session, p_start, p_end, period = p_start, None, None, replace(period, kind="session", interval="")
            if p_end is not None:  # "since the blast" (no start in the text): "over the same period" has none either
                last_interval = (p_start, p_end)
                intervals.append(last_interval)
            if p_end is None and (period.previous or (told_before[i] and (_dated(period) or period.yesterday))):
                owned_days.add(len(rows))  # "after falling 8.1% in the previous session / on Tuesday": an earlier session
            elif p_end is None and period.earlier_week and period.day is not None and session is not None \
                    and published is not None and session < trading_day(published):
                owned_days.add(len(rows))  # "Last Friday it lost 5.8%" in Monday's article: a session before the story's
            fig = att.figure
            if named.kind == "share" and _TICKER_WORD.fullmatch(named.name):
                named = _ticker_owner(named, text, mention_list, page_head)  # "HLW rose 31.5%" after "Hollinsworth (HLW LN)"
            rows.append({
                "company": without_capitals(named.name, mention_list) if named.kind == "share" else named.name,
                "ticker": named.ticker, "pct": round(fig.sign * fig.value, 4),
                "qualifier": fig.qualifier, "kind": named.kind, "session_date": session,
                "period_start": p_start, "period_end": p_end, "period": period.kind, "sentence": sentence,
                "sent_start": a, "start": a + fig.start, "end": a + fig.end,
                "basis": _basis(period, published, i in carried) if (session or p_end) else "",
            })
        earlier.append((_without_dateline(_capitalised(sentence, a, lower)), a))
    # the article's session: the one its dated moves name most, those of another sitting ("dropped 58% in after-hours
    # trading yesterday", "indicated down 9% premarket") and those a possessive dates ("after yesterday's N% slide",
    # "extending Tuesday's 9% slide": an earlier session by its wording) aside
    known = Counter(r["session_date"] for j, r in enumerate(rows) if r["period_end"] is None and r["session_date"] is not None
                    and r["period"] not in ("after-hours", "premarket") and j not in owned_days)
    # a reprint's wire dateline a few days before its publication ("HALVIK, Oct 7 (Meridian) - ...", out on Oct 10):
    # the story's own day is the dateline's, for the moves that name no day of their own
    told_day = _dateline_day(text, published) or published
    today = trading_day(told_day) if told_day else None
    if today is not None:
        # a session weeks before the story's ("Apple lost $182 billion on Sept. 3, 2020, when its shares fell 8%" in a
        # piece on today's fall) is backstory: the undated moves are not of that day
        known = Counter({day: n for day, n in known.items() if day is None or (today - day).days <= _BACKSTORY_DAYS})
    # the publication day when the article dates a move to it too; else the day its dated moves name most
    default = today if today in known or not known else known.most_common(1)[0][0]
    body = text.find("\n")
    first = next((r for r in rows if int(r["start"]) > body and r["period_end"] is None  # type: ignore[call-overload]
                  and r["period"] not in ("multi-day", "year-to-date", "after-hours", "premarket")), None)
    if first is not None and first["session_date"] is None and today is not None and (first["period"] == "intraday" or
            _LIVE_NOW.search(str(first["sentence"])[: int(first["start"]) - int(first["sent_start"])])):  # type: ignore[call-overload]
        # the body's first move names no day and is told as the live session ("Acme rose 4.2% in early trading. ...
        # Beta slumped 12% on Monday", "Acme is up 4.2%"): the article tells the publication day's session, and a day
        # named later is backstory
        default = today
    basis = "article" if known else "publication date"
    earlier_sessions = {(rows[j]["sent_start"], rows[j]["session_date"]) for j in owned_days}
    for r in rows:  # a one-session move the sentence does not date: the article's session (a span stays undated)
        if r["period_end"] is None and r["session_date"] is None and r["period"] not in ("multi-day", "year-to-date"):
            # a premarket indication the sentence does not date is of the story's own session ("X was indicated 5% lower
            # in pre-market trade" in Monday's rundown), not the earlier session other moves of the article name
            premarket = r["period"] == "premarket" and today is not None
            r["session_date"] = today if premarket else default
            r["basis"] = "publication date" if premarket else basis if default is not None else ""
            if (r["sent_start"], default) in earlier_sessions and told_day and trading_day(told_day) != default:
                # "X fell 3%, extending Tuesday's 9% slide": the 3% is not Tuesday's session
                r["session_date"], r["basis"] = trading_day(told_day), "publication date"
        lead = _RIC_LEAD.match(str(r["company"])) if r["kind"] == "share" else None
        if lead:  # "SGR.AX   Southgate Resources   -9.1%": a movers row led by its RIC, the name read with it as one
            r["company"] = str(r["company"])[lead.end():]
            r["ticker"] = r["ticker"] or lead.group("ric")
        if r["ticker"] and str(r["ticker"]) in move_words().places:
            r["ticker"] = ""  # "Acme plc (London): -2.6%": the bracket gives where the stock trades, no ticker
    _indices_named(rows)
    _ranking_lists(rows, text)
    _indices_described(rows, text)
    _full_names(rows, mention_list)
    return rows


#: A span fronted with no comma at the start of a clause ("Over the past two weeks Acme has lost 9%", "...; over the
#: last three sessions the two have slipped 3% and 6%, respectively").
_FRONTED_SPAN = re.compile(r"\s*(?:[Oo]ver|[Ii]n|[Dd]uring)\s+the\s+(?:(?:past|last|previous)\s+(?:[\w-]+\s+)?"
                           r"(?:weeks?|months?|sessions?|days?|years?)\b|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
                           r"\s+(?:trading\s+)?(?:sessions|days)\b)")  # "Over the five sessions the stock lost 14%" too


#: The first cell of a header over one stock's dated sessions.
_DATED_HEADER = re.compile(r"\s*(?:Date|Day|Session|Trading\s+(?:day|date|session))\s*$", re.IGNORECASE)


#: How many days before the story's day a session named by a dated move may still be the article's own session; one
#: further back is backstory (a week covers a weekly wrap's Monday, a Monday article's previous week).
_BACKSTORY_DAYS = 7


#: A fronted span of sessions with the definite article and no "past" ("Over the five sessions ..."): those told.
_TOLD_SESSIONS = re.compile(r"\s*(?:[Oo]ver|[Ii]n|[Dd]uring|[Aa]cross)\s+the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|"
                            r"ten)\s+(?:trading\s+)?(?:sessions|days)\b")


#: A line of a list of moves: a bullet or dash, a name (and ticker) with a colon before its figure ("Acme (ACM):
#: -4.2%"), a name and a signed figure ("Acme Tools +2.1%", its bullet gone with the page), or a table's row.
_LIST_ITEM = re.compile(r"[ \t]*(?:[•·*▪◦‣–—-][ \t]+\S|(?:[^.!?:\n|(]|\([^()\n]{0,40}\)){1,80}:[ \t]*[+\-−–]?\d|"
                        r"[^\n|]*\||(?:[^.!?:\n|(]|\([^()\n]{0,40}\)){1,80}?[ \t(][+\-−–]\d{1,3}(?:[.,]\d+)?[ \t]*%)")
#: The end of a line that closes a sentence of prose, not a heading or an introduction to what follows.
_PROSE_END = re.compile(r"[.!?…\"”’)]\s*$")


#: The week or the month a line ending on a colon names over a list of moves ("Weekly movers among tech stocks:",
#: "Rivals had a very different week:", "Among the week's other notable movers:"), not another one ("last week", "next
#: week", "a week earlier", "the week ahead").
_INTRO_WEEK = re.compile(r"\b(?:[Ww]eek(?:ly|['’]s)?|[Mm]onth(?:ly|['’]s)?)\b(?!\s+(?:ago|earlier|before|ahead|later|to\s+come)\b)")
#: The word before such a week that makes it another one ("last week", "a week", "next month").
_OTHER_WEEK = re.compile(r"\b(?:last|next|prior|previous|that|each|every|a|one|coming)\s+$", re.IGNORECASE)


def _list_intro_period(text: str, line_start: int) -> Period | None:
    """The multi-day period the line introducing a list of moves names, for the items of the list that name none of
    their own ("Week's movers (18-22 November):" over "• Acme +2.1%"; "Here is how they traded since the close on
    June 7:"; a heading "Closing prices, week-on-week change"): the line above the list's first item when it ends
    on a colon or is a heading (no sentence's end). None when the line at ``line_start`` is no list item, or the
    introduction names no period or reports a move of its own."""
    if not _LIST_ITEM.match(text, line_start):
        return None
    pos = line_start
    for _ in range(60):  # up over the list's items and blank lines
        if pos <= 0:
            return None
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above: pos - 1]
        pos = above
        if line.strip() and not _LIST_ITEM.match(line):
            break
    else:
        return None
    intro = line.strip()
    if not intro.endswith(":") and _PROSE_END.search(intro):
        return None
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", intro)[-1]  # the introducing sentence of a longer line
    if HAS_FIGURE.search(last):
        return None
    for words in (last, re.split(r"\s+[—–-]\s+", last)[-1]):  # "Friday, 5 June — closing prices, week-on-week change"
        period = read_period(words)
        if period.interval:
            return period
    plain = _INTRO_WEEK.search(last) if intro.endswith(":") else None
    if plain and not _OTHER_WEEK.search(last, 0, plain.start()):  # "Weekly movers among tech stocks:", "Rivals had a very different week:": this week's (month's) moves
        return Period("multi-day", interval="week" if plain.group(0)[0] in "wW" else "month")
    return None


#: A span to date opening a contrasting clause before its subject ("..., though year-to-date they are still up 11%",
#: "..., but so far this year the stock has gained 4%"): the span of that clause's figure.
_CONTRAST_SPAN = re.compile(r",\s*(?:though|although|but|yet|while|whereas)\s+(?P<p>year[- ]to[- ]date|so\s+far\s+this\s+"
                            r"(?:year|month|week)|this\s+(?:year|month|week)|since\s+the\s+start\s+of\s+the\s+(?:year|month|"
                            r"week))\s*,?\s+(?:they|it|its|their|the|[A-Z][\w&.'’-]*)\b[^,;%]*$", re.IGNORECASE)


def _fronted_span(sentence: str, anchor: int, fig_ends: list[int]) -> Period | None:
    """The span that opens the clause of a figure's verb at ``anchor``, fronted with no comma (:data:`_FRONTED_SPAN`),
    when no figure comes before the verb in that clause, or fronted after a contrasting conjunction
    (:data:`_CONTRAST_SPAN`); None otherwise."""
    contrast = _CONTRAST_SPAN.search(sentence, 0, anchor)
    if contrast:
        period = read_period(contrast.group("p"))
        if period.interval:
            return period
    start = sentence.rfind(";", 0, anchor) + 1
    if any(start <= e <= anchor for e in fig_ends):
        return None
    m = _FRONTED_SPAN.match(sentence, start)
    if m is None:
        return None
    period = read_period(m.group(0))
    return period if period.interval else None


#: An index's name with its article and head noun ("The Karvo index", "the Karvo 30 benchmark"): what the name alone is.
_INDEX_NAME_PARTS = re.compile(r"^(?:the\s+)|\s+(?:index|benchmark|gauge|composite|average)$", re.IGNORECASE)


def _indices_named(rows: list[dict[str, object]]) -> None:
    """A "share" move whose name the same article gives an index elsewhere ("Karvo down 3.5%" in a headline, "The Karvo
    index lost 3.5%" in the body) is that index's move: the article says what the name is. Rows are changed in place;
    a name the article never writes as an index stays a company's."""
    named = {_INDEX_NAME_PARTS.sub("", str(r["company"])).casefold() for r in rows if r["kind"] == "index"}
    if not named:
        return
    for r in rows:
        if r["kind"] == "share" and str(r["company"]).casefold() in named:
            r["kind"] = "index"


#: What a stock ranks on ("the best performer on the Karvo", "the biggest faller on the Orvel 40 index", "top gainers
#: in the Karvo"): a list of stocks, an index, whatever its name (``name``), when nothing but "index" or a stop follows
#: the name ("the best performer in the Acme fund" names a fund's holding, no list).
_RANKED_ON = re.compile(r"\b(?:best|worst|top|biggest|strongest|weakest)[- ](?:performing\s+)?(?:performer|gainer|loser|"
                        r"faller|riser|decliner)s?\s+(?:on|in|among)\s+the\s+(?P<name>[A-Z][\w&/.-]*(?:\s+[A-Z0-9][\w&/.-]*){0,3}?)"
                        r"(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:index|benchmark|gauge)\b)")


def _ranking_lists(rows: list[dict[str, object]], text: str) -> None:
    """A "share" move whose name the article gives as what its stocks rank on ("SQM rose 6.8%, the best performer on
    the Karvo. ... The Karvo closed 0.9% higher") is that index's move, as for :func:`_indices_named`. Rows are changed
    in place."""
    if "on the " not in text and "in the " not in text and "among the " not in text:
        return
    lists = {m.group("name").casefold() for m in _RANKED_ON.finditer(text)}
    for r in rows:
        if r["kind"] == "share" and str(r["company"]).casefold() in lists:
            r["kind"] = "index"


#: A name the text writes as an index's, its kind between the name and "index" ("the largest member of the Karvo
#: mid-cap index", "the Karvo blue-chip index", "the Karvo all-share benchmark").
_DESCRIBED_INDEX = re.compile(r"\bthe\s+(?P<name>[A-Z][\w&/.-]*(?:\s+[A-Z0-9][\w&/.-]*){0,2}?)\s+"
                              r"(?:mid|small|large|blue|all)[- ](?:cap|chip|share)\s+(?:index|benchmark|gauge)\b")


def _indices_described(rows: list[dict[str, object]], text: str) -> None:
    """A "share" move whose name the article writes as an index's with its kind ("... the largest member of the Karvo
    mid-cap index. The Karvo fell 1.3%") is that index's move, as for :func:`_indices_named`. Rows are changed in
    place."""
    if "-cap " not in text and "-chip " not in text and "-share " not in text:
        return
    indices = {m.group("name").casefold() for m in _DESCRIBED_INDEX.finditer(text)}
    for r in rows:
        if r["kind"] == "share" and str(r["company"]).casefold() in indices:
            r["kind"] = "index"


def _contracted(word: str, full: str) -> bool:
    """Whether ``word`` is ``full`` contracted as tables and tickers write it: its first and last letters kept, letters
    left out from the middle, at most one vowel after the first letter ("Intl" / "Int'l." of "International", "Grp" of
    "Group", "Hldgs" of "Holdings", "Natl" of "National"); not a word that only shares letters ("Bond" of "Brand")."""
    w = word.replace("'", "").replace("’", "").rstrip(".")
    if len(w) < 3 or len(w) > len(full) - 2 or w[0] != full[0] or w[-1].lower() != full[-1].lower():
        return False
    if sum(c in "aeiouAEIOU" for c in w[1:]) > 1:
        return False
    rest = iter(full[1:].lower())
    return all(c in rest for c in w[1:].lower())


def _short_form(short: str, full: str) -> bool:
    """Whether ``short`` is a cut-down writing of ``full``: two or more words that open the full name's words in order,
    one of them cut short ("Acme Pharma" of "Acme Pharmaceutical Works", "Bolt Chem Labs" of "Bolt Chemical
    Laboratories") or contracted ("Acme Bank Intl" of "Acme Bank International": :func:`_contracted`); a name that only
    leaves words out ("Deutsche Bank" of "Deutsche Bank Research") is another firm."""
    words, full_words = short.split(), full.split()
    return 2 <= len(words) <= len(full_words) \
        and all(f.startswith(w) or _contracted(w, f) for w, f in zip(words, full_words)) \
        and any(len(w) < len(f) for w, f in zip(words, full_words))


def _skipping_short_form(short: str, full: str) -> bool:
    """Whether ``short`` is :func:`_short_form` of ``full`` with words of the full name left out between its own ("Acme
    Tech" of "Acme Packaging Technologies"): the first words the same, each later word opening (or contracting) a later
    word of the full name in order, and the last one cut short, as a name shortened for a headline or a second mention
    is; a name that only leaves words out ("Acme Technologies" of "Acme Packaging Technologies") is not read so."""
    words, full_words = short.split(), full.split()
    if len(words) < 2 or len(words) >= len(full_words) or words[0] != full_words[0] or len(words[-1]) < 3:
        return False
    at = 1
    for w in words[1:]:
        while at < len(full_words) and not (full_words[at].startswith(w) or _contracted(w, full_words[at])):
            at += 1
        if at == len(full_words):
            return False
        at += 1
    return full_words[at - 1] != words[-1]


def written_as_initials(short: str, full: str) -> bool:
    """Whether ``short`` writes the first words of ``full`` as their initials and the rest as they are ("AB Vorn" of
    "Alder-Brand Vorn", "AB Foods" of "Associated British Foods"): two to four capitals, one for each word or
    hyphenated part they stand for, then the full name's last words unchanged ("AB Foods" is no writing of "Alder
    Brand Vorn Foods": three parts for two capitals)."""
    words, full_words = short.split(), full.split()
    if len(words) < 2 or not re.fullmatch(r"[A-Z]{2,4}", words[0]) or len(full_words) < len(words):
        return False
    rest = len(words) - 1
    if full_words[-rest:] != words[1:]:
        return False
    parts = [p for w in full_words[:-rest] for p in w.split("-")]
    return len(parts) == len(words[0]) and all(p[:1] == c for p, c in zip(parts, words[0]))


#: A word the initials of a name skip ("Banco de Zorbo", "Bank of Zorbo").
_INITIALS_SKIP = frozenset({"of", "de", "del", "der", "des", "du", "la", "le", "and", "&", "the", "y", "e", "und"})


def spells_initials(short: str, full: str) -> bool:
    """Whether ``short``, one word of three to six capitals, spells ``full``'s initials where a word of ``full`` written
    in capitals gives all its letters ("LGES" of "LG Energy Solution"); ``full`` has two words or more, one of them in
    capitals, and small joining words ("of", "de") are skipped. (An acronym of plain words, one letter each, is the
    entity layer's to link.)"""
    if not re.fullmatch(r"[A-Z]{3,6}", short):
        return False
    words = [w for w in re.split(r"[\s-]+", full) if w and w.lower() not in _INITIALS_SKIP]
    if len(words) < 2 or not any(w.isupper() and len(w) > 1 for w in words):
        return False
    return "".join(w if w.isupper() and w.isalpha() else w[:1] for w in words) == short


#: The legal word a name blended from initials may end on when the full name leaves it out ("Tepco" of "Tokyo Electric
#: Power": its "Company").
_BLEND_TAILS = ("co", "corp")


def initials_blend(short: str, full: str) -> bool:
    """Whether ``short``, one word (capitalised or in capitals, four to eight letters), writes the initials of two or
    more of ``full``'s first words and then the opening of its next and last word, two letters or more: "Tepco" of
    "Tokyo Electric Power Co", "Kepco" of "Korea Electric Power Corp"; the legal word may be left out of ``full``
    ("Tepco" of "Tokyo Electric Power"). A word of initials alone ("TEP") is the entity layer's to link."""
    if not re.fullmatch(r"[A-Z][a-z]{3,7}|[A-Z]{4,8}", short):
        return False
    low = short.lower()
    words = [w.lower() for w in re.split(r"[\s-]+", full) if w.isalpha() and w.lower() not in _INITIALS_SKIP]
    for k in range(2, min(len(words), len(low) - 2) + 1):
        if "".join(w[0] for w in words[:k]) != low[:k]:
            return False
        rest = low[k:]
        if k + 1 == len(words) and words[k].startswith(rest):
            return True
        if k == len(words) and rest in _BLEND_TAILS:
            return True
    return False


def blends_words(short: str, full: str) -> bool:
    """Whether ``short``, one capitalised word, blends the openings of two or more running words of ``full`` (two
    letters or more of each, the last word's opening perhaps plural): "Nornickel" of "MMC Norilsk Nickel", "Implats" of
    "Impala Platinum Holdings"; a word that only opens one word of the name ("Norilsk" of it) is no blend."""
    if not re.fullmatch(r"[A-Z][a-z]{4,}", short):
        return False
    words = [w.lower() for w in re.split(r"[\s-]+", full) if w.isalpha()]
    low = short.lower()

    def fits(i: int, at: int, parts: int) -> bool:
        if at == len(low) or (at == len(low) - 1 and low[at] == "s" and parts >= 2):
            return parts >= 2
        if i >= len(words):
            return False
        return any(words[i].startswith(low[at: at + n]) and fits(i + 1, at + n, parts + 1)
                   for n in range(min(len(words[i]), len(low) - at), 1, -1))

    return any(fits(i, 0, 0) for i in range(len(words) - 1))


def _full_names(rows: list[dict[str, object]], mentions: DocMentions) -> None:
    """A share move whose company the article writes in a short form ("Acme Pharma") after introducing the full name
    ("Acme Pharmaceutical Works (ACPW.NS) rose 5%") takes that full name, as the reader knows it; only
    when one name the article wrote before the move fits (:func:`_short_form`, or :func:`written_as_initials`: "AB
    Vorn" after "Alder-Brand Vorn"; :func:`spells_initials`: "LGES" after "LG Energy Solution"; :func:`blends_words`:
    "Nornickel" after "MMC Norilsk Nickel"; :func:`initials_blend`: "Tepco" after "Tokyo Electric Power Co"). Rows are
    changed in place."""
    firsts: dict[str, int] = {}
    for a, _b, _s, name, kind in mentions:
        if kind.upper() == "ORG":
            firsts.setdefault(name, a)
    for r in rows:
        if r["kind"] == "share":
            name, at = str(r["company"]), int(r["sent_start"])  # type: ignore[call-overload]
            firsts[name] = min(firsts.get(name, at), at)
    for r in rows:
        if r["kind"] != "share":
            continue
        fits = {full for full, at in firsts.items() if at < int(r["sent_start"])  # type: ignore[call-overload]
                and (_short_form(str(r["company"]), full) or _skipping_short_form(str(r["company"]), full)
                     or written_as_initials(str(r["company"]), full)
                     or spells_initials(str(r["company"]), full) or blends_words(str(r["company"]), full)
                     or initials_blend(str(r["company"]), full))}
        if len(fits) == 1:
            r["company"] = fits.pop()


#: An index named by its head noun alone ("the index", "the benchmark", "the gauge").
_INDEX_POINTER = re.compile(r"[Tt]he\s+(?:index|benchmark|gauge|composite|average)")


def _index_just_moved(rows: list[dict[str, object]], found: list[tuple[Attached, Named]], sent_start: int,
                      earlier: list[tuple[str, int]]) -> Named | None:
    """The one index whose move this sentence or the sentence just before reported, by its name; None when none or
    several (or the name is itself a pointer)."""
    here = [n.name for _att, n in found if n.kind == "index"]
    prior = earlier[-1][1] if earlier else -1
    told = here or [str(r["company"]) for r in rows if r["kind"] == "index" and r["sent_start"] == prior]
    names = {n for n in told if not _INDEX_POINTER.fullmatch(n)}
    return Named(names.pop(), "index", "") if len(names) == 1 and len(set(told)) == 1 else None


#: A number word that opens a sentence as a count ("Five directors said ..."): no company unless the entity layer
#: names one so ("Nine shares rose 3.2%" of a broadcaster called Nine).
_NUMBER_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Hundreds Thousands".split())


#: An appositive that calls the name before it a fund ("X, the fund that holds ...", "X, a hedge fund,", "X, an
#: exchange-traded fund"): the name's figure is a fund's, an index row as a fund's name is ("the Acme Growth Fund").
_FUND_APPOSITIVE = re.compile(r"\s*,\s*(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:fund|ETF)\b(?!['’]|\s+managers?\b)")
#: A fund the appositive calls listed ("X, the listed fund of ...", "X, the Amsterdam-listed fund that holds ..."): a
#: company whose own shares trade, so its figure stays a share move (an exchange-traded fund stays an index row).
_LISTED = re.compile(r"(?<![\w-])(?:[A-Z][\w.]*-)?listed\b(?!.*\bexchange-traded\b)")


#: A list line's label naming a share move, then its day, a colon and the figure alone ("* Stock move, June 10 (Tuesday):
#: -4.5%", "Share price change (close): +6.5%", "Share price, Friday: down 3%"): a move of the article's company.
_MOVE_LABEL = re.compile(
    r"^(?P<lead>\s*(?:[*•·\-–—]\s*)?)(?:[Ss]hares?|[Ss]tock)(?:\s+price)?(?:\s+(?:move|moves|change|chg|performance|reaction))?"
    r"\b(?P<rest>[^:]{0,40}):\s*(?=(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+)?"  # a ticker ("Stock: ACM.L -4%") or a price
    r"(?:(?:[A-Z]{0,3}\$|€|£|¥)?\d[\d,]*(?:\.\d+)?(?:p|c|pence|cents)?\s*,?\s*(?=[(+\-−–]|up\b|down\b))?"  # "288p (-4%)"
    r"\(?(?:[+\-−–]|(?:up|down|higher|lower)\s+)?\d[\d.,]*\s*%\)?(?:\s*\([^()]{1,20}\))?\s*$)")
#: A price opening a list line's text after its label, before the move ("288p, down 4%", "$12.40 (-4%)").
_PRICE_LEAD = re.compile(r"(?:[A-Z]{0,3}\$|€|£|¥)?\d[\d,]*(?:\.\d+)?(?:p|c|pence|cents)?\s*(?:,\s*|(?=\())")
_LABEL_FIGURE = re.compile(r"(?:[+\-−–]|(?:up|down|higher|lower)\s+)?\d[\d.,]*\s*%")
#: A list line opening with a label and a colon or a dash ("- Acme Tools: maker of drills; shares up 4%", "* Acme Inc.
#: (ACM.N): ...", "Acme Tools – drill maker; stock off 2%"); a note in brackets may give a place and a time ("Acme
#: Tools (New York, Friday midday): +1.8%"), and a description after its ticker may close the label ("* Acme Tools
#: (ACM), a maker of drills: +38%").
_LINE_LABEL = re.compile(
    r"^\s*(?:[*•·\-–—]\s*)?(?P<name>[A-Z][^:;,()]{0,60}?)\s*(?:\([^()]{1,30}\))?"
    r"(?:(?<=\)),\s+(?:an?|the)\s+[^:;,()\d%]{1,50}?(?=:))?\s*(?::|\s[-–—])\s+(?=\S)")
#: A list line's label, then a dash or a colon and a clause of its own opening with a capital ("Acme Tools - The drill
#: maker fell 9%", "ACME TOOLS: Shares of the drill maker ..."), not a bare figure ("Acme Tools: +4%").
_LABEL_CLAUSE = re.compile(
    r"^\s*(?:[*•·\-–—]\s*)?(?P<name>[A-Z][^:;,()]{0,60}?)\s*(?::|\s[-–—])\s+(?=(?:The|Its|Their|Shares|Stock|It)\b)")
#: A label's clause opening with a rival described by the other company's name ("Acme Foods - The Bexley rival gained
#: 2.6%", "- Acme: The Bexley Group competitor fell 2%"): the descriptor is the label's company.
_LABEL_OTHER_RIVAL = re.compile(r"The\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:rival|peer|competitor|counterpart)(?=\s+[a-z])")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
#: "Their shares" / "Their stocks" opening a sentence: the pair of companies the sentence before names.
_THEIR_SHARES_OPEN = re.compile(r"\s*[Tt]heir\s+(?:shares|stocks)\b")
#: The pointing-back subjects a label's company stands for on its line.
_LABEL_HEADS = frozenset({"shares", "stock", "it", "its", "they", "them", "their"})


#: A turn's speaker label at the start of its line ("THE LEDGER: ...", "Jane Roe (Acme Research): ...").
_TURN_LABEL = re.compile(r"[A-Z][^:\n.!?\"“]{0,50}:\s")


def _turn_speaker(text: str, line_start: int, mentions: DocMentions) -> frozenset[str]:
    """The organisations that head the turn a line of a transcript or interview opens: named in the line's own label
    ("THE LEDGER: Your shares ...") or on a short line of their own right before it ("Jane Roe - Dunmore Securities"
    over the turn's text)."""
    spans = []
    label = _TURN_LABEL.match(text, line_start)
    if label:
        spans.append((line_start, label.end()))
    prev_end = line_start - 1
    prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
    if prev_end > prev_start and prev_end - prev_start <= 60 and not re.search(r"[.!?]\s*$", text[prev_start:prev_end]):
        spans.append((prev_start, prev_end))
    return frozenset(name for a, b in spans for ms, me, _s, name, kind in mentions_in(mentions, a, b) if kind.upper() == "ORG")


def _other_turns(text: str, line_start: int, mentions: DocMentions) -> frozenset[str]:
    """The organisations that head the other turns of a transcript (an analyst's firm in "JANE ROE, ACME SECURITIES:
    How long ...?"): not the company a speaker's "our shares" means."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    others = frozenset().union(*(_turn_speaker(text, s, mentions) for s in starts
                                 if s != line_start and _TURN_LABEL.match(text, s)))
    return others - _turn_speaker(text, line_start, mentions)


def _persons_moved(found: list[tuple[Attached, Named]], base: int,
                   mentions: DocMentions) -> tuple[list[tuple[Attached, Named]], DocMentions]:
    """A name the entity layer types a person's that a sentence has moved as a stock (kept only where the sentence
    tells of shares or of a session's course, :func:`person_not_shares`: "Acme's stock fell as much as 12%") is a
    company: its move takes the entity layer's name ("Acme" -> "Acme Trading"), and for the rest of the text every
    mention of it is an organisation's, so "Its shares recovered 5.5%" two sentences on may point back to it."""
    people = {}
    for att, named in found:
        if att.subject.kind != "share" or named.kind != "share":
            continue
        a, b = base + att.subject.start, base + att.subject.end
        for ms, me, surface, mname, mtype in mentions_in(mentions, a, b):
            if abs(ms - a) <= 2 and abs(me - b) <= 2 and mtype.upper() in ("PERSON", "PER"):
                people[named.name] = mname
    if not people:
        return found, mentions
    moved = set(people.values())
    retyped = DocMentions([(ms, me, surface, mname, "ORG" if mname in moved else mtype)
                           for ms, me, surface, mname, mtype in mentions])
    retyped.products, retyped.parties, retyped.text = mentions.products, mentions.parties, mentions.text
    # the entity layer's name when it is the moved name's longer form ("Acme" -> "Acme Trading") or the name is a ticker
    # ("ACMT"), else an organisation of the text that is, alone ("Shares in Acme Redes ... Acme had fallen 12%"), else
    # the name as written
    full = {}
    for name, mname in people.items():
        longer = {n for n in (mname, *retyped.orgs) if n.startswith(name + " ")}
        if mname in longer or _TICKER_WORD.fullmatch(name):
            full[name] = mname
        else:
            full[name] = longer.pop() if len(longer) == 1 else name
    return [(att, replace(n, name=full.get(n.name, n.name))) for att, n in found], retyped


def _company_peer(att: Attached, attached: list[Attached], base: int, mentions: DocMentions) -> bool:
    """Whether another move of the sentence (``attached``, at offset ``base``) is an organisation's by the entity
    layer: a name it types a person's that moves beside a company's ("X fell 7.8% and Acme Foods lost 3.1%", "X's is
    down about 14%, and Acme has lost nearly 5%") is a listed company's too, a grocer named like a person."""
    for other in attached:
        if other is att or other.subject.kind != "share" or other.subject.start < 0:
            continue
        a, b = base + other.subject.start, base + other.subject.end
        typed = [kind.upper() for ms, me, _s, _n, kind in mentions_in(mentions, a - 2, b + 2)
                 if abs(ms - a) <= 2 and abs(me - b) <= 2]
        if typed and all(kind == "ORG" for kind in typed):
            return True
    return False


def _moved_on_line_before(rows: list[dict[str, object]], text: str, line_start: int) -> bool:
    """Whether a share move was read on the line right before the one opening at ``line_start`` (blank lines aside)."""
    end = len(text[:line_start].rstrip())
    prev = text.rfind("\n", 0, end) + 1
    return any(r["kind"] == "share" and prev <= int(r["start"]) < line_start for r in rows)  # type: ignore[call-overload]


def _orgs_in(mentions: DocMentions, a: int, b: int, skip: frozenset[str]) -> bool:
    """Whether an organisation other than ``skip`` (the turn's speaker) is named between offsets ``a`` and ``b``."""
    return any(kind.upper() == "ORG" and name not in skip for _ms, _me, _s, name, kind in mentions_in(mentions, a, b))


def _guest_company(memo: list[str | None], text: str, mentions: DocMentions) -> str | None:
    """:func:`interviewee_company` of ``text``, read once per text (kept in ``memo``)."""
    if not memo:
        memo.append(interviewee_company(text, mentions))
    return memo[0]


def _paragraph_lean(rows: list[dict[str, object]], text: str, a: int) -> int:
    """The one direction of the moves told before offset ``a`` in its paragraph (+1, -1), else 0: what a daily limit
    without a direction of its own takes ("X closed down 14.3%. Y hit the daily limit of 30%")."""
    opens = text.rfind("\n\n", 0, a) + 2
    signs = {1 if float(r["pct"]) > 0 else -1 for r in rows  # type: ignore[arg-type]
             if opens <= int(r["start"]) < a and float(r["pct"]) != 0}  # type: ignore[call-overload, arg-type]
    return signs.pop() if len(signs) == 1 else 0


def _rounds(fraction: Figure, figure: Figure) -> bool:
    """Whether a fraction of a value may round a figure of the same sentence: one of the same direction ("lost nearly
    two-thirds" beside "a fall of 61.7%"), never one of the other ("lost a fifth" beside "climbing 8.1%")."""
    return fraction.sign == figure.sign


def _one_row_per_name(found: list[tuple[Attached, Named]]) -> list[tuple[Attached, Named]]:
    """``found`` with one pair per figure and name: the conjuncts of a name with "and" in it ("Marks and Spencer
    Group lost 3.4%", read as "Marks" and "Spencer Group", both the one company) move once."""
    seen: set[tuple[int, int, str, str]] = set()
    out = []
    for att, named in found:
        key = (att.figure.start, att.figure.end, named.name, named.kind)
        if key not in seen:
            seen.add(key)
            out.append((att, named))
    return out


def _one_company(a: Named, b: Named) -> bool:
    """Whether two names of a sentence's moves write one company ("Acme Holdings plc", "Acme Holdings", "Acme"): the
    shorter name's words open the longer one's."""
    if a.kind != b.kind:
        return False
    x, y = (short_company_name(n.name).casefold().split() for n in (a, b))
    return bool(x and y) and (x[: len(y)] == y or y[: len(x)] == x)


def _unless_moved(near: Named | None, rows: list[dict[str, object]], salient: Named | None) -> Named | None:
    """The article's company for "The stock has now fallen N%" opening a paragraph, unless the company the sentences
    before point to already had a move told ("Acme had risen 9% early. / The stock is now down 4%": Acme's); the
    firm a paragraph was about whose shares never moved (an auditor, a regulator's target) stands aside. None: the
    usual reading."""
    if salient is None or near is None or near.name == salient.name:
        return None
    moved = {str(r["company"]) for r in rows if r["kind"] == "share"}
    return salient if salient.name in moved and near.name not in moved else None


#: "The shares" / "the stock" told with no owner ("The shares closed at 212 pence"), not "its shares" nor "their stock".
_THE_STOCK = re.compile(r"\b[Tt]he\s+(?:shares|stock)\b")
_OWNED_STOCK = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:shares|stock)\b")


def _last_named_in_pair(name: str, mentions: DocMentions, before: int, text: str) -> bool:
    """Whether the last mention of ``name`` before offset ``before`` is one item of a pair of names ("Bolt and Cray did
    not respond", "talks between Bolt and Cray")."""
    last = next((m for m in reversed(mentions) if m[1] <= before and m[3] == name), None)
    if last is None:
        return False
    return bool(_AND_BEFORE.search(text, max(0, last[0] - 6), last[0]) or _AND_NAME_AFTER.match(text, last[1]))


_AND_BEFORE = re.compile(r"\band\s+$")
_AND_NAME_AFTER = re.compile(r"\s+and\s+[A-Z]")


#: A bidder's offer of a price a share ("X offered $38", "X bid 410p a share", "X offers €12.50 per share").
_OFFERED_PRICE = re.compile(r"\b(?:offered|offers|bid|bids|proposed|proposes)\s+(?:about\s+|around\s+)?"
                            r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:p|pence|cents|euros?|dollars|pounds|francs|yen))"
                            r"(?![\d.,]*\s*(?:bn|billion|mln|million|m|b)\b)")


def _bidder(name: str, sentence: str) -> bool:
    """Whether ``sentence`` is ``name`` offering a price a share for another company's stock ("Then Acme offered
    $38."): the stock a sentence after it tells of is the target's, not the bidder's."""
    offer = _OFFERED_PRICE.search(sentence)
    return offer is not None and name.split()[0] in sentence[: offer.start()]


def _stock_of_story(near: Named | None, rows: list[dict[str, object]], salient: Named | None, text: str,
                    mentions: DocMentions, before: int, sentence_at: int | None = None) -> Named | None:
    """The company "the shares" / "the stock" means when the sentences before point to one item of a pair of firms
    the text never writes with shares and whose moves it never told (investors, advisers: "Acme jumped 17% ... Bolt
    and Cray did not respond to requests for comment. The shares closed 40% below their level in June"): the company
    named most before it when the article told its move, else the one company whose moves the article told; a firm
    named before the sentence (``sentence_at``) that the text never writes with shares and whose move it never told
    gives way to the company named most when that company's move was told or it is named twice as often. Else
    ``near``."""
    if near is None or near.kind != "share" or tied_to_shares(near.name, text):
        return near
    moved = list(dict.fromkeys(str(r["company"]) for r in rows if r["kind"] == "share"))
    if near.name in moved:
        return near
    if not _last_named_in_pair(near.name, mentions, before, text):
        # "... Bolt Capital had sold everything. The stock sank 40%": a firm the text never writes with shares but as
        # selling or buying some, named after moves of one company only, holds that company's stock
        if len(moved) == 1 and _trades_shares(near.name, text):
            return Named(moved[0], "share", "")
        # "Lessors including Bolt Leasing became the largest holders. The stock lost another 7.8%": a firm the text
        # never writes with shares and whose move it never told is no stock of the story when the company named most
        # before it had its moves told, or is named twice as often
        if salient is None or salient.name == near.name or sentence_at is None \
                or any(sentence_at <= a < before and name == near.name for a, _b, _s, name, _k in mentions):
            return near  # ("A: Bolt, no - the stock fell 4%": the firm its own sentence names)
        counts = Counter(name for a, _b, _s, name, kind in mentions if a < before and kind.upper() == "ORG")
        return salient if salient.name in moved or counts[salient.name] >= 2 * max(1, counts[near.name]) else near
    if salient is not None and salient.name in moved:
        return salient
    return Named(moved[0], "share", "") if len(moved) == 1 else near


def _trades_shares(name: str, text: str) -> bool:
    """Whether ``text`` tells of ``name`` selling or buying as the subject ("Bolt Capital had sold everything", "Bolt
    Capital LLC sold 7.8 million shares"): an investor in a stock, which a later "the stock" does not mean."""
    return re.search(re.escape(name) + r"(?:\s+(?:LLC|L\.?P\.?|Ltd\.?))?\s+(?:(?:had|has|have)\s+)?(?:also\s+)?"
                     r"(?:sold|sells|bought|buys|dumped|dumps|offloaded|offloads|unloaded)\b", text) is not None


def _salient_unless_still(salient: Named | None, rows: list[dict[str, object]]) -> Named | None:
    """The article's company for "The stock fell N%" opening a paragraph: the organisation named most before it
    (``salient``), unless the article told no move of it while all the moves it told before were one other company's
    ("Shares of Acme fell 11% ... Bolt Capital sold a further 4 million shares ... Bolt's holding falls to 13.7%. /
    The stock fell as much as 13.8%": a selling shareholder named more often is no stock of the story; Acme is)."""
    moved = list(dict.fromkeys(str(r["company"]) for r in rows if r["kind"] == "share"))
    if salient is not None and len(moved) == 1 and salient.name not in moved:
        return Named(moved[0], "share", "")
    return salient


#: A list line's date in figures, year first ("2029-06-05").
#: A list line's date in figures with the day first ("28/04/2020", "02.04.2024"); a slash with both numbers 12 or less
#: may be month first (US) and gives no day.
_DAY_FIRST_LABEL = re.compile(r"\s*(?:[*•·\-–—]\s*)?(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)[./](?P<y>(?:19|20)\d{2})\b")
_ISO_LABEL = re.compile(r"\s*(?:[*•·\-–—]\s*)?(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")


#: A date in figures with slashes ("5/26/2029", "26/05/2029").
_SLASH_DATE = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:19|20)\d{2}\b")


def figures_order(text: str) -> str:
    """How ``text`` writes its dates in figures with slashes: "md" when one puts a month first beyond doubt ("5/26/2029")
    and none a day first ("26/5/2029"), "dm" the other way round, "" when none tells or both do."""
    if "/" not in text:
        return ""
    seen = {("md" if int(m.group("b")) > 12 >= int(m.group("a")) else "dm") for m in _SLASH_DATE.finditer(text)
            if (int(m.group("a")) > 12) != (int(m.group("b")) > 12)}
    return seen.pop() if len(seen) == 1 else ""


def _label_day(label: str, order: str = "") -> Period | None:
    """The session a dated list line's label names ("* June 9 (Monday):", "Tuesday, June 10:", ", Wednesday June 11",
    "2029-06-05"): its month and day, else its weekday; None when it names neither. ``order``: how the text writes its
    other dates in figures (:func:`figures_order`), which settles "6/8/2029" (June 8 when another line writes
    "5/26/2029")."""
    figures = _DAY_FIRST_LABEL.match(label)
    if figures:  # "28/04/2020 —", "02.04.2024:": day first, as the writers of such dates in figures mostly put it
        a, b = int(figures.group("a")), int(figures.group("b"))
        day, month = (b, a) if (b > 12 >= a or order == "md" and b <= 12) and figures.group("sep") == "/" else (a, b)
        if month > 12 or a <= 12 and b <= 12 and a != b and figures.group("sep") == "/" and not order:
            return None  # "04/02/2024": day or month first, the label does not say
        return Period("session", month=month, stated_day=day, stated_year=int(figures.group("y")))
    iso = _ISO_LABEL.match(label)
    if iso:  # "2029-06-05  Acme shares fall 12%": the day in figures, year first
        return Period("session", month=int(iso.group("m")), stated_day=int(iso.group("d")), stated_year=int(iso.group("y")))
    label = label.title() if label.isupper() else label  # "THURSDAY, MAY 14:" set in capitals
    stated = STATED_DAY.search("on " + label.strip(" *•·-–—,:"))
    if stated:
        return stated_period(stated)
    return last_day(label)


def _label_company(line: str, line_start: int, mentions: DocMentions, text: str = "") -> Named | None:
    """The company a list line's label names ("- Acme Tools: supplies the chain; shares down 11% this week"): what a
    bare "shares" / "the stock" / "its shares" on that line means, even after another name ("* Acme Tools: Bexley
    buys 14% of its output; shares down 11%"). A label of capitals alone (a heading, a speaker) or one the entity
    layer does not know as an organisation (when it knows any) names none."""
    m = _LINE_LABEL.match(line)
    if m is None:
        return None
    if m.group("name").isupper():
        return _capitals_label(m, line_start, mentions) or _bulleted_capitals(m, mentions) \
            or _capitals_among_tickers(m, text, line_start, mentions)
    cleaned = clean_name(m.group("name"), m.start("name"))
    if cleaned is None or cleaned[0] != m.group("name").strip() or not NP_RE.fullmatch(cleaned[0]) \
            or classify_name(cleaned[0]) != "share":
        return None
    if mentions and cleaned[0] not in mentions.orgs:
        return None
    if not mentions and " " not in cleaned[0]:
        return None  # without the entity layer a one-word label ("Outlook:", "Note:") says nothing
    named = name_subject(Subject("share", *cleaned), line_start, mentions, strict=True)
    return named if named is not None and named.kind == "share" else None


#: A ticker in brackets right after a label ("(ACM.N)", "(NYSE: ACM)", "(ACM LN)").
_LABEL_TICKER = re.compile(r"\s*\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9]{0,5}(?:[.\s][A-Z]{1,3})?\)")
#: A word of a name in capitals that stays in capitals: a legal form or an initialism with no vowel ("AG", "PLC", "HSBC").
_KEEP_CAPITALS = re.compile(r"(?:AG|SA|NV|SE|PLC|LLC|LP|ASA|AB|BV|SPA|OYJ|KK|ETF|REIT|ADR|USA|[^AEIOUY]+|.*\d.*)")
_LOWER_WORDS = frozenset({"AND", "OF", "THE", "FOR", "DE", "DU", "LA"})


def _capitals_label(m: re.Match[str], line_start: int, mentions: DocMentions) -> Named | None:
    """The company of a list line whose label is a name in capitals with its ticker after it ("* ACME TOOLS (ACM.N) -
    drill maker. Shares fell 4%", a factbox's item): the ticker makes it a listed company, not a heading or a speaker.
    None without a ticker."""
    ticker = _LABEL_TICKER.match(m.string, m.start("name") + len(m.group("name").rstrip()))
    if ticker and _ROLE_IN_BRACKETS.fullmatch(ticker.group(0)):
        return None  # "JANE ROE (ANCHOR): ...": a speaker and her role, no company and its ticker
    return _ticker_name(m.group("name").strip(), ticker.group(0), mentions) if ticker else None


def _bulleted_capitals(m: re.Match[str], mentions: DocMentions) -> Named | None:
    """The company of a bulleted list line whose label is a name in capitals with no ticker ("* ACME TOOLS: the drill
    maker cut its outlook; shares fell 4%"): a bullet is no transcript's speaker, but a heading may be one ("* MARKET
    CLOSE:"), so only an organisation the entity layer names elsewhere in the document with the same letters."""
    if not _BULLET_LEAD.match(m.string):
        return None
    raw = " ".join(m.group("name").split())
    known = {name for _a, _b, surface, name, kind in mentions if kind.upper() == "ORG"
             and raw.casefold() in (surface.casefold(), name.casefold()) and not name.isupper()}
    if len(known) != 1:
        return None
    name = known.pop()
    return Named(name, "share", "") if classify_name(name) == "share" else None


def _capitals_among_tickers(m: re.Match[str], text: str, line_start: int, mentions: DocMentions) -> Named | None:
    """The company of a list line whose label is a name in capitals of two words or more with no ticker, among lines
    whose labels are names in capitals with their tickers ("* ACME TOOLS (ACM.N): ...", then "* BEXLEY WORKS: Shares
    fell 2%"): a factbox lists its companies alike, and one with no ticker is unlisted or has its ticker left out.
    Lines whose labels in capitals each have a place in brackets and a colon ("* ACME TOOLS (Frankfurt): ...", "*
    BEXLEY WORKS (Oslo): ...") are such a list too.
    None with no ticker around: a heading ("* MARKET CLOSE:") or a transcript's speaker ("JANE ROE:") is no company."""
    if not text:
        return None
    name = without_capitals(" ".join(m.group("name").split()), mentions)
    if classify_name(name) != "share":
        return None
    before = text[:line_start].split("\n")[-8:]
    after = text[line_start + len(m.string):].split("\n")[:8]
    if " " not in name:  # one word ("ACME:") may be a transcript's speaker: only in a rundown, as an organisation the
        # entity layer knows by those letters
        known = mentions and name.casefold() in {x.casefold() for x in mentions.orgs}
        return Named(name, "share", "") if known and _bulleted_rundown(m, (*before, *after), mentions) else None
    if _bulleted_rundown(m, (*before, *after), mentions):
        return Named(name, "share", "")
    placed = _placed_label(m)
    for other in (*before, *after):
        lab = _LINE_LABEL.match(other)
        if lab and lab.group("name").isupper() and _LABEL_TICKER.match(other, lab.start("name") + len(lab.group("name").rstrip())):
            return Named(name, "share", "")
        if placed and lab and lab.group("name").isupper() and _placed_label(lab) \
                and lab.group("name").split() != m.group("name").split():
            return Named(name, "share", "")
    return None


#: A bulleted label in capitals closed by a colon ("• ACME HEAVY INDUSTRIES: The shipbuilder ...").
_BULLETED_CAPITALS = re.compile(r"\s*(?:[*•·\-–—]\s+)?(?P<name>[A-Z][A-Z0-9&.'’ -]{1,60}?)\s*:\s+\S")
_RUNDOWN_LABELS = 3  # bulleted labels in capitals, this one with them, that make a rundown of companies


def _bulleted_rundown(m: re.Match[str], near: tuple[str, ...], mentions: DocMentions) -> bool:
    """Whether a label in capitals with a colon (:data:`_BULLETED_CAPITALS`; the loader may have taken its bullet off)
    stands among such labels of other names, :data:`_RUNDOWN_LABELS` in all, one of which the entity layer knows as an
    organisation and none as a person ("• ACME HEAVY INDUSTRIES: ..." beside "• BEXLEY: ..." with "Bexley" named in
    the text): a rundown of stocks to watch, whose labels name companies; a lone heading ("* MARKET CLOSE:") or a
    transcript's speakers ("JANE ROE: ...") are none."""
    own = _BULLETED_CAPITALS.match(m.string)
    if own is None:
        return False
    labels = {" ".join(own.group("name").split())}
    for line in near:
        other = _BULLETED_CAPITALS.match(line)
        if other:
            labels.add(" ".join(other.group("name").split()))
    if len(labels) < _RUNDOWN_LABELS:
        return False
    orgs = {x.casefold() for x in mentions.orgs} if mentions else set()
    people = {x.casefold() for _a, _b, surface, name, kind in (mentions or []) if kind.upper() in ("PERSON", "PER")
              for x in (surface, name)}
    folded = {label.casefold() for label in labels}
    return bool(folded & orgs) and not folded & people


#: A place or a market in brackets after a label in capitals, then a colon ("ACME TOOLS (Frankfurt):"): written in
#: small letters, so neither a ticker nor a transcript speaker's name ("ANCHOR (JANE ROE):").
_LABEL_PLACE = re.compile(r"\s*\((?=[^()]*[a-z])[A-Z][^()]{1,24}\)\s*:")


def _placed_label(m: re.Match[str]) -> bool:
    """Whether a list line's label in capitals has a place in brackets and a colon after it: a factbox's entry
    ("* ACME TOOLS (Frankfurt): drill maker. Shares: -4%"). Two such lines with different names make a list of companies
    (:func:`_capitals_among_tickers`); a dateline ("LONDON (Example Wire) -") has a dash, not a colon."""
    return _LABEL_PLACE.match(m.string, m.start("name") + len(m.group("name").rstrip())) is not None


def without_capitals(raw: str, mentions: DocMentions) -> str:
    """A company's name set in capitals ("ACME TOOLS", a factbox's heading) as the text writes it elsewhere: the
    organisation the entity layer names with the same letters in the document, else its words with a capital each
    ("Acme Tools"; a legal form, an initialism and a word of two letters stay: "ACME AB" -> "Acme AB"). A name in
    capitals of one short word ("IBM", "ASML") or not in capitals is returned as it is."""
    if not raw.isupper() or (" " not in raw and len(raw) <= 5):
        return raw
    same = {name for _a, _b, surface, name, kind in mentions if kind.upper() == "ORG"
            and raw.casefold() in (surface.casefold(), name.casefold()) and not name.isupper()}
    if len(same) == 1:
        return same.pop()
    return " ".join(w if _KEEP_CAPITALS.fullmatch(w) or (len(w) <= 2 and w not in _LOWER_WORDS)
                    else w.lower() if i and w in _LOWER_WORDS else w.capitalize() for i, w in enumerate(raw.split()))


#: A word that may be a ticker standing alone as a subject ("NUVX", "ACM.L").
_TICKER_WORD = TICKER_WORD


def _ticker_owner(named: Named, text: str, mentions: DocMentions, page_head: str = "") -> Named:
    """The company whose ticker ``named`` is, when the text writes its name with that ticker in brackets ("Acme Tools
    (ACM)", "Acme (ACM LN)", "Acme (Nasdaq: ACM)", "Acme (ACM.L)"), as in an analyst's note that names the company once
    and then its ticker only ("ACM rose 31.5% on Monday"); else ``named``. The name is the entity layer's mention
    ending right before the bracket, else the capitalised words there. ``page_head``: the lines of the page above the
    body (a research note's header "Acme Tools (NYSE: ACM) | Rating: Hold"), read after the text, by their words alone
    (no mention has offsets there)."""
    ticker = named.name
    bracket = re.compile(r"\s*\((?:[A-Za-z]+:\s*)?" + re.escape(ticker) + r"(?:[.\s][A-Z]{1,3})?\)")
    found = _bracket_owner(bracket, text, ticker, mentions, True)
    if found is None and page_head:
        found = _bracket_owner(bracket, page_head, ticker, mentions, False)
    return found or named


#: The end of a sentence before a name: a word of three small letters or more, its full stop and a space.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})[.!?]\s+")


def _bracket_owner(bracket: re.Pattern[str], text: str, ticker: str, mentions: DocMentions, offsets: bool) -> Named | None:
    """:func:`_ticker_owner`'s reading of one text; ``offsets``: the mentions' offsets are into ``text``."""
    for m in bracket.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum() and text[m.start() - 1] not in ".&'’" \
                or re.match(r"\s*(?:[-–—_]|--)", text[m.end(): m.end() + 4]):
            continue  # "LONDON (AP) -": a dateline's agency, no ticker
        owned = [(name, kind) for a, b, _s, name, kind in mentions if b == m.start() and name != ticker] if offsets else []
        if owned and all(kind.upper() not in ("PERSON", "PER") for _n, kind in owned):
            return Named(mentions.org_name(owned[-1][0]), "share", ticker)
        window = text[max(0, m.start() - 80): m.start()]
        # the name is on the bracket's own line, after any sentence that ends there ("... on Friday.\n\nACM (ACM.AX)",
        # "Shares rose on Friday. ACM (ACM.AX) ...": no "Friday. ACM")
        window = _SENTENCE_BREAK.split(window[window.rfind("\n") + 1:])[-1]
        words = re.search(r"(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&'’-]*\.?$", window)
        cleaned = clean_name(words.group(0), 0) if words else None
        if cleaned and cleaned[0] != ticker and classify_name(cleaned[0]) == "share" and not _TICKER_WORD.fullmatch(cleaned[0]):
            return Named(mentions.org_name(cleaned[0]), "share", ticker)
    return None


#: A table row's name that is a ticker alone ("ACME", "ACMT.ST", "ACM-T", "ACM.J"): capitals, then an optional exchange code.
_TICKER_ONLY = re.compile(r"(?P<root>[A-Z][A-Z0-9]{1,5})(?:[.\-][A-Z]{1,3})?")
def ticker_company(ticker: str, mentions: Sequence[Mention]) -> Named | None:
    """The company a table row's bare ticker stands for ("FROST.ST" in a table of an article that names Frostvik
    Systems): the organisation the entity layer names for the ticker's letters, alone or with an exchange's suffix
    ("MPLV" -> Mapleveld Payments, also when the prose writes "MPLV.O"),
    else the one organisation of the document, named in words, whose name those letters abbreviate (:func:`~analysis.market.coref.abbreviates`;
    analyst notes print a peer table by tickers and name the peers in prose). None when none or several fit."""
    m = _TICKER_ONLY.fullmatch(ticker)
    if m is None:
        return None
    root = m.group("root")
    # the letters alone, or with an exchange's suffix ("GRFX" of a strip, written "Grayfield (GRFX.O)" in prose)
    named = {name for _a, _b, surface, name, kind in mentions if kind.upper() == "ORG"
             and (surface == root or (w := _TICKER_ONLY.fullmatch(surface)) is not None and w.group("root") == root)
             and not _TICKER_ONLY.fullmatch(name)}
    if len(named) == 1:
        return Named(named.pop(), "share", ticker)
    if named:
        return None
    worded = {name for _a, _b, _s, name, kind in mentions if kind.upper() == "ORG" and not _TICKER_ONLY.fullmatch(name)
              and any(c.islower() for c in name) and classify_name(name) == "share"}
    letters = letters_root(root)
    fits = one_company({name for name in worded if abbreviates(letters, name)}) if len(letters) >= 2 else set()
    return Named(fits.pop(), "share", ticker) if len(fits) == 1 else None


#: A share class's number after a ticker's letters (a Brazilian listing's "ACME3", "ACME4", "ACME11"): no letter of the
#: company's name.
_CLASS_NUMBER = re.compile(r"(?<=[A-Z]{3})\d{1,2}$")


def letters_root(root: str) -> str:
    """A ticker's letters without a share class's number after them ("ACME3" -> "ACME"); ``root`` otherwise."""
    return _CLASS_NUMBER.sub("", root)


def one_company(names: set[str]) -> set[str]:
    """``names`` as one name when every one is a part of the longest ("Acme Bank" and "Acme": the article's two writings
    of one company, whose full name is kept); ``names`` otherwise."""
    if len(names) < 2:
        return names
    longest = max(names, key=lambda n: (len(n), n))
    words = {w.casefold() for w in re.findall(r"[\w&]+", longest)}
    parts = all(all(w.casefold() in words for w in re.findall(r"[\w&]+", n)) for n in names)
    return {longest} if parts else names


#: :func:`_home_owners` of the last :func:`_symbol_owners` table it was built from (kept with that table, so a table
#: given in its place is read afresh).
_HOME_OWNERS: list[object] = [None, {}]


def _home_owners() -> dict[str, tuple[tuple[str, str], ...]]:
    """A listing's symbol without its exchange's suffix -> (company, market region) of the listed companies that trade
    under it on some exchange ("BARC" of "BARC.L", "7203" of "7203.T", "ATCO A" of "ATCO-A.ST")."""
    symbols = _symbol_owners()
    if _HOME_OWNERS[0] is symbols:
        return _HOME_OWNERS[1]  # type: ignore[return-value]
    region = {c.name: c.region for c in listed_companies()}
    out: dict[str, set[tuple[str, str]]] = {}
    suffixes = ticker_suffixes()
    for symbol, owners in symbols.items():
        root, dot, suffix = symbol.rpartition(".")
        if dot and root:  # a home listing: its exchange in the company's own region, when the catalog knows it ("XYZ.F", a
            # Frankfurt quote, is no home of a US firm)
            home = [o for o in owners if region.get(o, "") in ("", suffixes.get(f".{suffix}"))]
            for key in {root, root.replace("-", " ")}:
                out.setdefault(key, set()).update((o, region.get(o, "")) for o in home)
    table = {k: tuple(sorted(v)) for k, v in out.items()}
    _HOME_OWNERS[:] = [symbols, table]
    return table


@functools.lru_cache(maxsize=1)
def ticker_suffixes() -> dict[str, str]:
    """``move_words.json``'s ``ticker_suffixes``: an exchange's suffix (".L", ".T", ".AX") -> the market region of its
    listings (general knowledge)."""
    path = Path(__file__).resolve().parent.parent / "data" / "move_words.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))["ticker_suffixes"])


#: A symbol whose shape tells its market: a number code (Tokyo's four digits, "7203") or letters with a share class
#: letter after a space or a hyphen (a Nordic listing's "ATCO A", "ATCO-B").
_MARKET_SHAPED = re.compile(r"\d{4}|[A-Z]{2,6}[\s-][AB]")


def home_listing_owner(ticker: str, market: str = "") -> Named | None:
    """The one listed company whose symbol on its home exchange is ``ticker`` without the exchange's suffix, as a
    market page of that exchange prints it ("BARC" for "BARC.L", "SIE" for "SIE.DE", "7203" for "7203.T", "ATCO A" for
    "ATCO-A.ST"): of a bare ticker in letters, only a listing in the page's ``market`` (:func:`strip_market`: "BARC"
    among European names, not among American ones); None for a symbol listed as written (read as such) and for
    a symbol several companies share."""
    if ticker in _symbol_owners():
        return None
    owners = _home_owners().get(ticker, ())
    if not _MARKET_SHAPED.fullmatch(ticker):
        owners = tuple(o for o in owners if market and o[1] == market)
    names = {name for name, _region in owners}
    return Named(names.pop(), "share", ticker) if len(names) == 1 else None


@functools.lru_cache(maxsize=1)
def _catalog_regions() -> dict[str, str]:
    """Lower-cased name or alias of the shipped catalog (companies and indices) -> its market region."""
    out: dict[str, str] = {}
    for row in load_catalog().itertuples(index=False):
        if row.region:
            for key in (row.name, *row.aliases):
                out.setdefault(norm_words(str(key)), str(row.region))
    return out


def strip_market(names: Sequence[str]) -> str:
    """The market region (US, Europe, Asia) most of a quote strip's ``names`` (the companies and indices its other
    cells name) are of in the catalog, "" when none is known or two tie: a strip prints one market's quotes."""
    regions = Counter(r for n in names if (r := _catalog_regions().get(norm_words(n))))
    top = regions.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""


def _ticker_name(raw: str, ticker: str, mentions: DocMentions) -> Named | None:
    """A company written with its ticker: a name in capitals is the organisation the entity layer names with the same
    letters in the document, else its words with a capital each ("ACME TOOLS" -> "Acme Tools"); None when the words
    name no company (a place, an index)."""
    if not any(c.isalpha() for c in raw):
        return None
    if not raw.isupper():
        cleaned = clean_name(raw, 0)
        if cleaned is None or cleaned[0] != raw or classify_name(raw) != "share":
            return None
        return Named(mentions.org_name(raw), "share", ticker.strip(" ()"))
    name = without_capitals(raw, mentions)
    if classify_name(name) != "share":
        return None
    return Named(name, "share", ticker.strip(" ()"))


#: A movers-list item naming two or three companies with their tickers before its dash or colon ("Acme (ACM), Bexley
#: (BXL) - The retailers lost 3.6% and 2.9%, respectively", "Acme (ACM) and Bexley (BXL): ...").
_ITEM_NAME = r"[A-Z][\w.&'’ -]{1,60}?\s*\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9.]{0,9}\)"
_ITEMS_HEAD = re.compile(r"^\s*(?:[*•·\-–—]\s*)?(?P<names>" + _ITEM_NAME + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _ITEM_NAME
                         + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _ITEM_NAME + r")?)\s*[-–—:]\s+(?=[A-Z])")
_ONE_ITEM = re.compile(r"(?P<name>[A-Z][\w.&'’ -]{1,60}?)\s*(?P<ticker>\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9.]{0,9}\))")
#: The same item with names alone, no tickers ("Acme, Bexley Group - The two largest retailers rose 0.8% and 1.3%,
#: respectively"): read only when the entity layer knows each name as an organisation.
_BARE_ITEM = r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,5}"
_BARE_ITEMS_HEAD = re.compile(r"^\s*(?:[*•·\-–—]\s*)?(?P<names>" + _BARE_ITEM + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _BARE_ITEM
                              + r"){1,2})\s+[-–—]\s+(?=[A-Z])")


def _bare_items_companies(items: re.Match[str], mentions: DocMentions) -> list[Named]:
    """The companies a movers-list item of several names without tickers names (:data:`_BARE_ITEMS_HEAD`), in order;
    [] when one of them is no organisation the entity layer knows, or names no company."""
    out = []
    for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", items.group("names").strip()):
        if name not in mentions.orgs or classify_name(name) != "share" or clean_name(name, 0) is None:
            return []
        out.append(Named(mentions.org_name(name), "share", ""))
    return out


def _items_companies(items: re.Match[str], mentions: DocMentions) -> list[Named]:
    """The companies a movers-list item of several names and tickers names (:data:`_ITEMS_HEAD`), in order; [] when
    one of them names no company."""
    out = []
    for one in _ONE_ITEM.finditer(items.group("names")):
        name = re.sub(r"^and\s+", "", one.group("name").strip())
        named = _item_company(name, one.group("ticker"), mentions)
        if named is None:
            return []
        out.append(named)
    return out


def _item_company(name: str, ticker: str, mentions: DocMentions) -> Named | None:
    """The company a movers-list item names before its ticker in brackets and a dash or a colon ("Eli Roe (ROE) - The
    maker of X fell 2.6%", "Roe's (ROE): Shares slipped 2%"): the ticker makes the name a listed company's, even one
    the entity layer reads as a person's or does not know. None for words that name no company (a place, an index)."""
    if not name or not name[0].isupper() or classify_name(name) != "share" or clean_name(name, 0) is None:
        return None
    if ticker.strip(" ()").casefold() in agency_names():
        return None  # "Kirkwall (AP) - The company's shares fell 5%": a dateline's place and agency, no listed company
    return _ticker_name(name, ticker, mentions) if name.isupper() else Named(mentions.org_name(name), "share", ticker.strip(" ()"))


#: A wire brief's opening line: a name and its ticker in brackets closed by a colon, after a dateline and its dash
#: ("May 20 (Example Wire) - Acme Tools A/S (ACM.CO):").
_BRIEF_LEAD = re.compile(r"(?:^|[-–—]\s)(?P<name>[A-Z][\w.&'’/ -]{0,60}?)\s*(?P<ticker>\([A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\))\s*:\s*$",
                         re.MULTILINE)
#: How far above a brief's bullet its opening line may stand (characters).
_BRIEF_REACH = 1500


#: A deck line's bare shares before the move verb ("Shares fall another 12.6%", "Stock down 6.5%").
_DECK_SHARES = re.compile(r"\s*(?:[*•·\-–—]\s+)?(?:Shares|Stock|The\s+(?:shares|stock))\s+(?:[a-z]+\s+)?$")
#: The longest line of a wire story's deck, the bullets between its headline and its dateline.
_DECK_LINE = 160
#: The most lines a deck has.
_DECK_LINES = 8


#: A number right after a name, then a level in thousands and a signed change ("Nordic Select 30 2,191.77 +1.06%", "ABR
#: 300 7,357.57 +1.78%"): a numbered index's name and its level, as a strip of market data prints them.
_NUMBERED_LEVEL = re.compile(r"\s+(?P<number>\d{1,4})\s+\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*\(?[+\-−–]\d")


def _in_deck(text: str, a: int) -> bool:
    """Whether offset ``a`` is on a line of a wire story's deck: after the headline (the first line), before the
    story's dateline paragraph ("AMSTERDAM, March 4 (Example Wire) - ..."), every line between them short."""
    head_end = text.find("\n")
    if head_end < 0 or a <= head_end:
        return False
    lines = [x for x in text[head_end:].split("\n") if x.strip()][: _DECK_LINES + 2]
    at = head_end
    for line in lines:
        at = text.index(line, at)
        dateline = _DATELINE.match(line) or _DATE_DATELINE.match(line)
        if dateline and (_DATE_DATELINE.match(line) or dateline.group("date") or dateline.group("agency")):
            return a < at
        if len(line) > _DECK_LINE:
            return False
        at += len(line)
    return False


def _headline_stock(text: str, mentions: DocMentions) -> Named | None:
    """The one organisation the headline (the text's first line) names whose stock the text tells of ("Shares in Acme
    (ACM.AS) fell 12.6%"), by any writing of its name: no central bank, regulator or other body the headline opens on;
    None when there is not exactly one."""
    head = text[: text.find("\n")]
    writings: dict[str, set[str]] = {}
    for _a, _b, surface, name, kind in mentions:
        if kind.upper() == "ORG":
            writings.setdefault(name, set()).update((surface, name))
    found = {name for name, ws in writings.items() if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", head)
                                                         for w in ws)
             and any(tied_to_shares(w, text) for w in ws)}
    return Named(found.pop(), "share", "") if len(found) == 1 else None


#: A headline's verb right after the name it opens on ("Acme narrows forecast", "Acme to close plant", "Acme's chief
#: quits", "Acme, Bolt agree ..."): the name is the headline's subject.
_HEADLINE_VERB = re.compile(r"(?:['’]s?\s|\s+(?:to\s+)?[a-z]+\b)")
#: How far past the headline its subject must be named again: the lead (the first paragraph or two).
_LEAD_REACH = 600


def _headline_subject(text: str, mentions: DocMentions) -> Named | None:
    """The company the headline (the text's first line) opens on as its subject ("Acme narrows forecast, details option
    to buy pharmacy Bolt"), by any writing of its name, when the lead (the text just below) names it too: the company the
    article is about, whatever other firm the body names more often (the pharmacy it buys, a partner). None when the
    headline opens on no company (a body that issues no shares, an auditor or short seller of the story)."""
    head_end = text.find("\n")
    if head_end <= 0:
        return None
    lead = text[head_end: head_end + _LEAD_REACH]
    best: tuple[int, str] | None = None
    for _a, _b, surface, name, kind in mentions:
        if kind.upper() != "ORG":
            continue
        for w in (surface, name):
            if text.startswith(w) and _HEADLINE_VERB.match(text, len(w)) and (best is None or len(w) > best[0]) \
                    and re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", lead):
                best = (len(w), name)
    if best is None or classify_name(best[1]) != "share" or _issues_no_shares(best[1]) or best[1] in mentions.parties:
        return None
    return Named(best[1], "share", "")


def _brief_company(text: str, a: int, mentions: DocMentions) -> Named | None:
    """The company of a wire brief whose bullet in capitals tells of shares ("* SHARES DOWN 1.1% AT 1345 GMT"): the one
    its opening line names with its ticker ("May 20 (Example Wire) - Acme Tools A/S (ACM.CO):"), the last such line
    above the bullet; None when there is none (another company the bullets name stays no owner of the shares)."""
    found = None
    for found in _BRIEF_LEAD.finditer(text, max(0, a - _BRIEF_REACH), a):
        pass
    return _ticker_name(found.group("name").strip(), found.group("ticker"), mentions) if found else None


#: A line of a name and its ticker alone (""ACME TOOLS (ACM.N)", "Acme Tools (NYSE: ACM)"): the heading of the list
#: lines under it (a factbox's entry).
_TICKER_HEADING = re.compile(
    r"\s*(?P<name>[A-Z][^:;,()]{0,60}?)(?P<ticker>\s*\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9]{0,5}(?:[.\s][A-Z]{1,3})?\))\s*")
_BULLET_LEAD = re.compile(r"^\s*[*•·\-–—]\s+(?=\S)")
#: A dot leader between a row's name and its figure ("Acme Tools ........ -4.1%", "Acme . . . . +2%", "Acme ……… +2%"): a printed
#: table's way of leading the eye to the figure, read as the gap of a table set in spaces ("Acme Tools    -4.1%").
_DOT_LEADER = re.compile(r"(?<=[\w)])\s*(?:(?:\.\s?){3,}|(?:…\s?)+|(?:·\s?){3,})(?=\s*[+\-−–]?\d[\d,.]*\s*%\s*$)")
_LIST_LINE = re.compile(r"\s*[*•·\-–—]")


#: Heading lines in capitals naming known organisations that make a rundown of companies, each over its entry.
_RUNDOWN_HEADINGS = 2
#: A heading line of a company's name in capitals ("WORLDLINE", "ACME TOOLS"): one to four words, no figure.
_CAPITALS_HEADING = re.compile(r"\s*[A-Z][A-Z&.'’-]*(?:\s+[A-Z][A-Z&.'’-]*){0,3}\s*")


def _known_capitals(raw: str, mentions: DocMentions) -> str | None:
    """The one organisation the entity layer names with the letters of ``raw`` (a name in capitals), not in capitals."""
    known = {name for _a, _b, surface, name, kind in mentions if kind.upper() == "ORG"
             and raw.casefold() in (surface.casefold(), name.casefold()) and not name.isupper()}
    return known.pop() if len(known) == 1 else None


def _rundown_headings(text: str, mentions: DocMentions) -> int:
    """How many lines of ``text`` are headings in capitals that name a known organisation (:func:`_known_capitals`):
    two or more make a rundown of companies ("BRUGWERK PAYMENTS", "ADYEN", each over its entry)."""
    return sum(1 for line in text.split("\n") if _CAPITALS_HEADING.fullmatch(line) and len(line.strip()) >= 3
               and _known_capitals(" ".join(line.split()), mentions) is not None)


def _capitals_heading(line: str, mentions: DocMentions, rundown: str = "") -> Named | None:
    """The company a heading line in capitals names ("WORLDLINE" over "The French payments company said ... Its shares
    slipped 1.1%", an entry of a rundown of stocks to watch): the one organisation the entity layer names elsewhere in
    the document with the same letters, not in capitals ("Worldline"); in a rundown (``rundown``: its text, when
    :data:`_RUNDOWN_HEADINGS` headings or more name known organisations), also a name the text writes with the same
    letters and a capital ("Worldline" in the headline's list), which the entity layer missed. None for any other line
    (a section's heading, "MARKETS", names no organisation)."""
    if not _CAPITALS_HEADING.fullmatch(line) or len(line.strip()) < 3:
        return None
    raw = " ".join(line.split())
    name = _known_capitals(raw, mentions)
    if name is None and rundown:
        written = {m.group(0) for m in re.finditer(r"(?<![\w-])" + re.escape(raw) + r"(?![\w-])", rundown, re.IGNORECASE)
                   if not m.group(0).isupper() and m.group(0)[:1].isupper()}
        name = written.pop() if len(written) == 1 else None
    return Named(name, "share", "") if name is not None and classify_name(name) == "share" else None


def _heading_over(text: str, heading: tuple[Named, int] | None, line_start: int) -> Named | None:
    """The company of a name-and-ticker heading (:data:`_TICKER_HEADING`) ending at ``heading[1]`` when every line
    from there to the one at ``line_start`` is a list line ("* Shares: -4% Tue, +2% Wed"), else None."""
    if heading is None or heading[1] > line_start:
        return None
    lines = [x for x in text[heading[1]: text.find("\n", line_start) if "\n" in text[line_start:] else len(text)]
             .split("\n") if x.strip()]
    return heading[0] if lines and all(_LIST_LINE.match(x) for x in lines) else None


def _entry_company(near: Named | None, rows: list[dict[str, object]], text: str, heading: tuple[Named, int] | None,
                   line_start: int) -> Named | None:
    """The company "Shares" / "The stock" means in the paragraph right under a name-and-ticker heading (a "stocks to
    watch" rundown's entry: "ACME TOOLS (ACM.DE)" on its own line, then "Upgraded to buy at Roe Bank. Shares rose
    2.2%" or "... Roe Bank moved to sell. The stock is indicated 3% lower"): the heading's company, not a broker or
    another firm the entry names, unless the entry has already told that other firm's move. ``near`` otherwise (or
    when another line stands between the heading and the line at ``line_start``)."""
    if heading is None or heading[1] > line_start or near is None or near.name == heading[0].name:
        return near
    if text[heading[1]: line_start].strip() or heading[0].kind != "share":
        return near
    if any(str(r["company"]) == near.name and int(r["start"]) >= heading[1] for r in rows):
        return near  # "ACME (ACM.DE)\nBolt bid for it. Bolt rose 3%. The stock ..." stays Bolt's
    return heading[0]


#: A sentence about a market: it opens with a currency or an index ("The yen weakened after the decision.", a host's
#: "What about the forint?"), the words before a verb or a question mark.
_MARKET_OPEN = re.compile(r"\s*(?:(?:And|But|So|Now|What\s+about|How\s+about)\s+)?(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?P<head>[a-z][\w-]*)|(?P<bare>[A-Z][a-z]+(?:\s+[a-z]+)?))\b(?P<rest>[^%]*)$")
_MARKET_HEADS = frozenset({"index", "benchmark", "market", "bourse", "gauge", "average", "composite"})


#: A currency or an index named before a pronoun of the same sentence ("... traders sold the forint, and it is down
#: N%"): the pronoun at the end of the words before the figure, and each "the <noun>" before it.
_IT_END = re.compile(r"\b(?:it|it['’]s)\s+(?:[a-z]+\s+){0,3}$")
_THE_NOUN = re.compile(r"\b(?P<np>the\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))"
                       r"(?=\s*(?:[-–—,;:)]|$)|\s+(?:and|but|or|that|which|as|against|while|since|before|after|when)\b)")


def _market_before(before: str) -> Named | None:
    """The currency or index named last before a sentence's "it" when no company stands between them ("... sold the
    forint, and it is down N%"), else None."""
    pronoun = _IT_END.search(before)
    if pronoun is None:
        return None
    last = None
    for last in _THE_NOUN.finditer(before, 0, pronoun.start()):
        pass
    if last is None or (last.group("head") not in move_words().currency_words and last.group("head") not in _MARKET_HEADS):
        return None
    rest = before[last.end(): pronoun.start()]
    if any(classify_name(c[0]) == "share" for x in NP_RE.finditer(rest)
           if (c := clean_name(x.group(0), x.start())) is not None):
        return None
    return Named(last.group("np"), "index", "")


def _market_topic(earlier: list[tuple[str, int]], text: str, start: int) -> Named | None:
    """The currency, commodity or index the sentence right before ``start`` is about, when it names no company ("What
    about the forint?", "The yen weakened after the decision.", "Platinum hit $1,671 an ounce."): what a bare "It" /
    "its" opening the next sentence means, not a company named further back. None otherwise."""
    if not earlier:
        return None
    prev, at = earlier[-1]
    if text[at + len(prev): start].count("\n") > 2:
        return None
    m = _MARKET_OPEN.match(prev.strip())
    if m is None:
        return None
    head = m.group("head")
    np = m.group("np")
    if m.group("bare") is not None:  # "Platinum hit $1,671 an ounce. It was up 1.2%": a commodity opening bare
        commodities = move_words().commodity_words
        np = np if np.lower() in commodities else np.split()[0]  # "Iron ore fell", "Platinum hit"
        if np.lower() not in commodities:
            return None
    elif head not in move_words().currency_words and head not in _MARKET_HEADS:
        return None
    if any(classify_name(c[0]) == "share" for x in NP_RE.finditer(m.group("rest"))
           if (c := clean_name(x.group(0), x.start())) is not None):
        return None
    return Named(np, "index", "")


def _move_on_day(rows: list[dict[str, object]], head: str) -> Named | None:
    """The company of the latest share move of a regular session dated to the weekday ``head`` names, in the direction
    it names (``grammar.DAY_MOVE``), or None (an after-hours or premarket move is not "Monday's fall")."""
    day, sign = (int(x) for x in head.removeprefix(DAY_MOVE).split(":"))
    for r in reversed(rows):
        session = r["session_date"]
        if r["kind"] == "share" and isinstance(session, date) and session.weekday() == day and r["period"] == "session" \
                and (float(r["pct"]) > 0) == (sign > 0):  # type: ignore[arg-type]
            return Named(str(r["company"]), "share", str(r["ticker"] or ""))
    return None


def _move_just_before(rows: list[dict[str, object]], earlier: list[tuple[str, int]]) -> Named | None:
    """The company of the last share move when the sentence right before reported it, else None (a total after a
    sentence with no share move, "X raised prices 4%. That takes the increase to 9%", is no share move)."""
    last = next((r for r in reversed(rows) if r["kind"] == "share"), None)
    if last is None or not earlier or int(last["sent_start"]) != earlier[-1][1]:  # type: ignore[call-overload]
        return None
    return Named(str(last["company"]), "share", str(last["ticker"] or ""))


def _grown_move(rows: list[dict[str, object]], earlier: list[tuple[str, int]], sign: int) -> Named | None:
    """The company of the last share move, told in one of the three sentences before and in the direction of the move
    that grew ("X closed down 6.8%. It was the first session since ... At one point the decline widened to 8.1%"),
    else None."""
    last = next((r for r in reversed(rows) if r["kind"] == "share"), None)
    recent = {b for _s, b in earlier[-3:]}
    if last is None or int(last["sent_start"]) not in recent or float(last["pct"]) * sign <= 0:  # type: ignore[arg-type]
        return None
    return Named(str(last["company"]), "share", str(last["ticker"] or ""))


#: A clause of what came before a move, opening right before its figure ("rose 4.2% after falling 8.1% on Tuesday",
#: "following a 6% drop on Monday"): its day is that earlier move's, not the sentence's own session.
#: A clause of its own with the stock as subject counts too ("Alibaba plunged 8.9%, after its U.S.-listed shares lost
#: 8.2% on Friday"), and so does the past perfect, the tense of what happened before the story's time ("Samsung's shares
#: had risen 4.5% on Friday", "the share had already on Friday 11 per cent gained").
_EARLIER_CLAUSE = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}$"
                             r"|,\s*having\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:[a-z]+\s+)?$"
                             r"|\b(?:after|following)\s+(?:(?:its|their|the)\s+)?(?:[\w.'’-]+\s+){0,3}?(?-i:shares|stock|ADRs|ADSs)"
                             r"\s+(?:had\s+)?(?-i:[a-z]+)\s+(?:by\s+)?$"
                             r"|\b(?-i:had)\s+(?:already\s+)?(?:on\s+(?-i:[A-Z][a-z]+day)\s+|(?-i:[a-z]+)\s+(?:(?:by|about|some|nearly|"
                             r"almost|around|roughly)\s+)?)$", re.IGNORECASE)


#: The day right after a figure and the comma that closes its phrase ("after jumping 8.5% on Friday, while ...").
_DAY_THEN_COMMA = re.compile(r"[^,;]{0,40}[,;]")


def _after_earlier_day(sentence: str, found: list, prev_end: int, anchor: int) -> int:
    """Where the words that may date the figure at ``anchor`` start: ``prev_end``, the end of the figure before it; but
    when that figure is told as what came before ("X fell 1.8% after jumping 8.5% on Friday, while Y rose 2%"), past
    the comma closing its phrase, whose day is that earlier move's, not the session of the clause after it."""
    prev = next((att.figure for att, _n in found if att.figure.end == prev_end), None)
    if prev is None:
        return prev_end
    head = max((att.figure.end for att, _n in found if att.figure.end <= prev.start), default=0)
    if not _EARLIER_CLAUSE.search(sentence[head: prev.start]):
        return prev_end
    close = _DAY_THEN_COMMA.match(sentence, prev_end)
    return close.end() if close and close.end() <= anchor else prev_end


#: What may stand between two coordinated moves that share the day after the second ("A fell 2% and B rose 1% on
#: Monday", "A fell 2%, B 1% and C 3% on Monday", "rose as much as 9% and closed up 4% on Tuesday"): a comma or "and",
#: then the next subject and verb; no clause of time, cause or contrast, no period of its own.
_COORDINATED = re.compile(
    r"\s*\)?\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"(?:(?!(?:which|who|after|before|since|as|while|when|following|compared|but|then|from|to|in|on|at|by|over|for|"
    r"during|a|an|the|its|their|yesterday|today|[\w-]+['’]s)\b)[\w&.’'()-]+\s+){0,6}", re.IGNORECASE)


#: A weekday's possessive naming a move of that session ("Monday's loss", "Friday's 9% slide", "Tuesday's sharp rally").
_OTHER_MOVE_DAY = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+(?:[\w.%-]+\s+){0,2}?(?:loss(?:es)?|gains?|fall|drop|rally|"
    r"slide|decline|rebound|jump|surge|plunge|sell-?off|slump|advance|rise|tumble|retreat|bounce|recovery)\b")


def _told_weekday(text: str) -> Period | None:
    """The last weekday ``text`` names as the day of what it tells ("cut its outlook on Tuesday"), not one opening a
    span ("since Tuesday", "from Tuesday's close"), as a one-session :class:`Period`; None when there is none."""
    days = [m for m in WEEKDAY.finditer(text)
            if not re.search(r"\b(?:since|from|after|before|until|through)\s+(?:last\s+)?$", text[max(0, m.start() - 20): m.start()], re.IGNORECASE)]
    return Period("session", day=last_weekday(days[-1].group(0))) if days else None


#: A session the clause before a figure tells as the stock's latest ("closed on Friday at 30.11 euros, down 23% from its
#: close on Oct. 11", "rose 1.9% to 333 pence on Friday, ..., but are down 38% since the start of the year", "closed
#: Thursday at C$37.85, down 5.4% since ..."): a move verb, then that weekday, with no clause break between.
_TOLD_CLOSE = re.compile(r"\b(?:closed|ended|finished|settled|rose|fell|gained|lost|jumped|dropped|added|slipped|climbed|"
                         r"declined|rallied|slid|sank|edged)\b(?:[^,;:.]|\.(?=\d)){0,60}?\s(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday)\b(?![’']s)")
#: The spans up to now such a told session ends.
_TOLD_CLOSE_SPANS = frozenset({"ytd", "since", "since_day", "after_stated", "after_day"})


def _to_told_close(period: Period, sentence: str, anchor: int, asides: list[tuple[int, int]],
                   published: date | None) -> Period:
    """``period``, a span up to now that names no end of its own, ending on the weekday the clause before its figure
    tells as the stock's latest session (:data:`_TOLD_CLOSE`; not one in a relative aside, "X, which fell 5% on
    Monday, is up 20% this year"), the last session before the article's day (a Monday's article on Friday's close);
    ``period`` itself otherwise."""
    if published is None or period.interval not in _TOLD_CLOSE_SPANS or period.ends_on is not None \
            or period.ends_before is not None or period.to_day is not None or period.to_stated:
        return period
    told = [m for m in _TOLD_CLOSE.finditer(sentence, 0, anchor) if not any(x <= m.start() < y for x, y in asides)
            and not _SPAN_BEFORE_DAY.search(sentence, max(0, m.start("day") - 12), m.start("day"))
            and not _SPAN_AFTER_DAY.match(sentence, m.end("day"))]
    if not told or _CLAUSE_BREAK_TO.search(sentence, told[-1].end(), anchor):
        return period  # ("rose 8.1% over Thursday and Friday and are now up 24% this year": a span's days)
    day = last_weekday(told[-1].group("day"))
    latest = previous_session(published) if published.weekday() < 5 else trading_day(published)
    return replace(period, ends_on=day) if day == latest.weekday() else period


#: A break between a told session and a later figure that opens another story ("; meanwhile", ". ").
_CLAUSE_BREAK_TO = re.compile(r";|\.\s+(?=[A-Z])|\bwhile\b|\bwhereas\b")
#: A weekday that is one end of a span, not a session told ("over Thursday and Friday", "from Monday", "to Friday").
_SPAN_BEFORE_DAY = re.compile(r"\b(?:over|between|from|since|through|until|till|to|and)\s+$")
_SPAN_AFTER_DAY = re.compile(r"\s+(?:and|to|through|until)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b")


#: A sentence opening on the day after the one the text has just named ("The next day ...", "The following day, ...",
#: "A day later ...").
#: A figure told as the session after the day its line's label gives ("...; shares fall 26% the next day").
_NEXT_DAY_AFTER = re.compile(r"\s+(?:on\s+)?(?:the\s+(?:next|following)\s+(?:day|session|trading\s+day)|a\s+day\s+later)\b")
_NEXT_DAY_OPEN = re.compile(r"\s*(?:(?:The|On\s+the)\s+(?:next|following)\s+(?:day|session|trading\s+day|morning)|"
                            r"A\s+day\s+later|The\s+day\s+after)\b(?!\s+(?:of|that|when)\b)")


def _bare(period: Period) -> bool:
    """Whether a figure's words name no day or period at all (it may still name a part of a session)."""
    return not (_dated(period) or period.interval or period.previous or period.yesterday or period.today)


def _dated(period: Period) -> bool:
    """Whether ``period`` names its session's day (a weekday, "today" or "on March 14")."""
    return period.day is not None or period.today or bool(period.stated_day and not period.interval)


def _basis(period: Period, published: date | None, carried: bool) -> str:
    """Where a dated move's session comes from: its sentence, the sentence before it, or its sentence with the year
    of the corpus (an undated article's "on March 14")."""
    if carried:
        return "previous sentence"
    if period.stated_day and not period.stated_year and published is None:
        return "sentence, year from the corpus"
    return "sentence"


#: The end of a sentence right before a company written in small letters ("... on Wednesday. fubo's slide deepened"):
#: the splitter, which opens sentences on capitals, ran the two together.
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’']?\s+$")


def _cut_before_lower_names(text: str, spans: list[tuple[int, int]], lower: Sequence[Mention]) -> list[tuple[int, int]]:
    """``spans`` cut where a sentence ends right before a company written in small letters opens the next one
    (:data:`_SENTENCE_END_BEFORE`), so each is read as a sentence of its own."""
    starts = sorted({x[0] for x in lower if _SENTENCE_END_BEFORE.search(text, max(0, x[0] - 4), x[0])})
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for cut in (x for x in starts if a < x < b):
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


#: A name with a small first letter and a capital inside ("easyJet", "eDreams", "iGo").
_SMALL_FIRST = re.compile(r"[a-z][a-z]*[A-Z]")


def _capitalised(sentence: str, a: int, lower: Sequence[Mention]) -> str:
    """``sentence`` (at offset ``a`` of the text) with the first letter of each company written in small letters
    (:func:`lower_case_names`: "bpost", "fubo") set in capitals, as the grammar reads a name by its capital; the same
    length."""
    for start, _end, *_rest in (x for x in lower if a <= x[0] < a + len(sentence)):
        sentence = sentence[: start - a] + sentence[start - a].upper() + sentence[start - a + 1:]
    return sentence


def extract_moves(text: str, published: date | None, mentions: pd.DataFrame | None,
                  sentences: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Every share and index move of one document.

    Inputs: ``text`` (headline lines may lead it), ``published`` (resolves weekdays and periods), ``mentions``
    (``start, end, surface, name, type`` with offsets into ``text``; may be empty or None) and optional sentence
    spans (else lines, then sentence punctuation). Output: one row per move, columns :data:`MOVE_COLUMNS`: ``pct``
    signed; ``kind`` share or index; ``session_date`` (a ``date``) for a one-session move, else None with
    ``period_start``/``period_end`` set; ``start``/``end`` the offsets of the figure and ``sentence`` the
    sentence, list line or headline carrying it (``sent_start`` its offset)."""
    return moves_frame(move_rows(text, published, mentions, sentences))


def moves_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Rows from :func:`move_rows` (one or many documents) as a frame with :data:`MOVE_COLUMNS`."""
    if not rows:
        return _EMPTY.copy()
    return pd.DataFrame({c: [r[c] for r in rows] for c in MOVE_COLUMNS})


def extract_article_moves(title: str | None, text: str, published: date | None, mentions: pd.DataFrame | None,
                          sentences: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """:func:`extract_moves` over a headline and its body ("Shiseido sinks 11% as China sales slump" is a move
    and the body's "its shares" can point back to it). ``mentions`` and ``sentences`` are offsets into ``text``;
    returned ``start``/``end``/``sent_start`` are offsets into ``text`` too (negative for the headline)."""
    if not title:
        return extract_moves(text, published, mentions, sentences)
    head = title.replace("\n", " ").strip() + "\n\n"
    shift = len(head)
    shifted = None
    if mentions is not None and not mentions.empty:
        shifted = mentions.assign(start=mentions["start"] + shift, end=mentions["end"] + shift)
    spans = None
    if sentences is not None:
        spans = [(0, shift - 2)] + [(x + shift, y + shift) for x, y in sentences]
    frame = extract_moves(head + text, published, shifted, spans)
    if frame.empty:
        return frame
    return frame.assign(sent_start=frame["sent_start"] - shift, start=frame["start"] - shift, end=frame["end"] - shift)
