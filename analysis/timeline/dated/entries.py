"""Live blogs and statement pages: the time stamps opening entries, and what an entry tells in the present
perfect under its stamp."""

from __future__ import annotations

import functools
import re
from datetime import date

from analysis.lexicon import verb_forms
from analysis.time.timex import _entry_stamp
from analysis.time.timex_patterns import LEX
from analysis.timeline.dated.model import TemporalExpression
from analysis.timeline.dated.periods import SENTENCE_BREAK
from analysis.timeline.dated.tense import same_past_verbs


#: A live blog's time stamp opening an entry on its own line ("09:20 BST - ", "9.15am ET: ", "13:40 - ", "11:05 PM
#: IST - "): the entry is news of the blog's day.
_ENTRY_STAMP = re.compile(r"^[ \t]*(?P<t>\d{1,2}[:.][0-5]\d(?:\s*[apAP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4}\b)?)\s*(?:[-–—]{1,2}|:)[ \t]+"
                          r"(?=\S)", re.MULTILINE)


#: A stamp alone on its line, the entry on the lines after it ("3:12 p.m.", "14:05", "17:25 CET", "11:05 PM IST"): a
#: live blog only when its text has at least :data:`MIN_OWN_LINE_STAMPS` of them (a lone clock time on a line may be a
#: table's cell).
_OWN_LINE_STAMP = re.compile(r"^[ \t]*(?P<t>\d{1,2}[:.][0-5]\d(?:[ \t]*[apAP]\.?[mM]\.?)?(?:[ \t]*[A-Z]{2,4}\b)?)[ \t]*\n"
                             r"(?:[ \t]*\n)?[ \t]*(?=[^\W\d_])", re.MULTILINE)


MIN_OWN_LINE_STAMPS = 2


_ENTRY_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


#: A cue of what is still to come in an entry, outside its quotations (the timex lexicon's future cues).
_ENTRY_AHEAD = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in LEX["future_cues"])
                          + r")(?![\w'])", re.IGNORECASE)


#: An entry sentence with fewer words after its stamp is a greeting or a sign-off, no news of its own.
MIN_ENTRY_WORDS = 3
#: An entry's first sentence with at most this many words, followed on its line by another, is a headline ("No sign of
#: contagion. A spokesperson said ..."): the stamp dates the sentence after it too, but after a question.
MAX_HEADLINE_WORDS = 5


#: The basis of a live blog entry dated by its time stamp (:func:`entry_stamps`).
ENTRY_STAMP = "a live blog entry's time stamp, on the publication day"


#: A verb of saying: what an entry reports after it ("X said executives should testify") is what was said that day.
_ENTRY_SAYING = re.compile(r"\b(?:said|says|told|tells|announced|announces|confirmed|confirms|added|adds|wrote|writes|asks|asked"
                           r"|reports\s+that|reported\s+that)\b")
#: "Analyst reaction coming in.": what is arriving now (a headline's present without "is"), no cue of what is to come.
_COMING_IN = re.compile(r"\bcoming\s+in\s*[.!]?\s*$", re.IGNORECASE)


def _ahead(text: str, start: int, stop: int) -> bool:
    """Whether the entry sentence ``text[start:stop]`` is a calendar's line of what is to come: a future cue outside
    its quotations and before its verb of saying ("09:30 GMT - UK inflation data due"), but not in what is reported
    ("The Daily Ledger reports that X plans to leave", "An analyst asks whether X will ..."), nor after a sentence
    that opens in the present perfect ("Nasdaq has halted trading in the shares, pending news": news just in), nor in
    "Analyst reaction coming in"."""
    told = _before_saying(text[start:stop].split('"')[0].split("“")[0])
    coming = _COMING_IN.search(told)
    if coming is not None:
        told = told[: coming.start()]
    if not _ENTRY_AHEAD.search(told):
        return False
    m = _PERFECT_OPENING.match(text, start, stop)
    return m is None or not _participle(m.group("verb")) or _ENTRY_AHEAD.search(text, start, m.start("verb")) is not None


def _before_saying(told: str) -> str:
    """``told`` up to its first verb of saying: an entry reporting a statement ("State Sen. X said executives should
    testify", "KB Home said two planned developments were inside the zone") is news of its day, whatever future the
    statement speaks of; a calendar's line ("09:30 GMT - UK inflation data due") has no such verb."""
    m = _ENTRY_SAYING.search(told)
    return told[: m.start()] if m else told


def _entry_end(text: str, start: int) -> int:
    """The end of the sentence an entry opens at ``start`` (its first sentence break, else the line's end)."""
    stop = SENTENCE_BREAK.search(text, start)
    return stop.start() if stop else len(text)


def _digit_opens_a_line(text: str) -> bool:
    """Whether a line of ``text`` opens with a digit, perhaps after spaces or tabs, as every time stamp of
    :func:`_stamp_matches` does (a line starts the text or follows a line break; ``str.isdigit`` holds for every
    character the patterns take for a digit)."""
    return any(line.lstrip(" \t")[:1].isdigit() for line in text.split("\n"))


@functools.lru_cache(maxsize=4096)
def _stamp_matches(text: str) -> tuple[re.Match[str], ...]:
    """The time stamps opening the entries of a live blog, in text order: a stamp then a separator and the entry on
    its line ("09:20 BST - Tarnwell opens down 6.1%."), or a stamp alone on its line with the entry on the next
    ("3:12 p.m." then "Tarnwell shares are suspended."), when the text has at least :data:`MIN_OWN_LINE_STAMPS` of
    those. A match's end is where its entry starts."""
    if not _digit_opens_a_line(text):
        return ()  # (both patterns want one: most texts have none, passed over without reading them twice)
    inline = list(_ENTRY_STAMP.finditer(text))
    own = list(_OWN_LINE_STAMP.finditer(text))
    if len(own) < MIN_OWN_LINE_STAMPS:
        own = []
    return tuple(sorted(inline + own, key=lambda m: m.start()))


def entry_lines(text: str, dct: date | None) -> list[tuple[int, int, int, bool]]:
    """(stamp start, entry start, line end, news) of every live blog entry of ``text`` opened by its time stamp,
    but a calendar's line of what is to come (a future cue outside quotations in its first sentence: "09:30 GMT -
    UK inflation data due"). ``news`` is False for a greeting (fewer than :data:`MIN_ENTRY_WORDS` words in the first
    sentence: "09:05 BST - Good morning."), whose later sentences are still the day's. Empty without a publication
    date."""
    if dct is None:
        return []
    return list(_entry_lines(text))


@functools.lru_cache(maxsize=4096)
def _entry_lines(text: str) -> tuple[tuple[int, int, int, bool], ...]:
    """:func:`entry_lines` of a dated text (they depend on the text alone), read once per text."""
    out = []
    for m in _stamp_matches(text):
        start, end = m.start("t"), m.end()  # the separator too: the entry's label starts after it
        stop = _entry_end(text, end)
        if _ahead(text, end, stop):
            continue
        line_end = text.find("\n", end)
        news = len(_ENTRY_WORDS.findall(text, end, stop)) >= MIN_ENTRY_WORDS
        out.append((start, end, len(text) if line_end < 0 else line_end, news))
    return tuple(out)


def _kicker_news(text: str, entry: int, line_end: int) -> int:
    """Where the news of an entry opened by a kicker or a greeting ("BREAKING.", "Good morning.", "Quick update.")
    starts: the next sentence of the entry's line when it has at least :data:`MIN_ENTRY_WORDS` words and no cue of
    what is to come outside its quotations; else -1."""
    stop = _entry_end(text, entry)
    nxt = re.compile(r"[.!?]?[ \t]+(?=\S)").match(text, stop)
    if nxt is None or nxt.end() >= line_end:
        return -1
    told_end = _entry_end(text, nxt.end())
    if len(_ENTRY_WORDS.findall(text, nxt.end(), told_end)) < MIN_ENTRY_WORDS or _ahead(text, nxt.end(), told_end):
        return -1
    return nxt.end()


#: The most words of a headline alone on its stamp's line ("8.05am - BREAKING: Marden Rail chief to step down after
#: review").
MAX_HEADLINE_LINE_WORDS = 12
#: The body of an entry whose stamp's line is its headline: the next line holding text, perhaps after a blank one.
_BODY_LINE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?=[A-Z\"“‘'$])")


def _body_news(text: str, entry: int, line_end: int, stamps: list[tuple[int, int]]) -> int:
    """Where the news of an entry whose stamp's line holds only its headline ("18:05 ET - Mayor speaks", "3.10pm -
    Minister: "No excuse"", no sentence's end on it) starts: the first sentence of the line after it, unless another
    stamp opens that line, it has fewer than :data:`MIN_ENTRY_WORDS` words or a cue of what is to come; else -1. A
    live blog writes each entry as a headline then its paragraph, as it writes a stamp alone on its line."""
    if line_end >= len(text) or _entry_end(text, entry) < line_end:
        return -1  # a sentence ends on the stamp's line: no headline alone
    if text[entry:line_end].rstrip()[-1:] in ".?":
        return -1
    body = _BODY_LINE.match(text, line_end)
    if body is None or any(a == body.end() for a, _ in stamps):
        return -1
    at = body.end()
    told_end = _entry_end(text, at)
    if len(_ENTRY_WORDS.findall(text, at, told_end)) < MIN_ENTRY_WORDS or _ahead(text, at, told_end):
        return -1
    return at


def entry_stamps(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """"09:20 BST - Tarnwell opens down 6.1%.", "10:45 BST - The finance chief, speaking at a breakfast: ...": a
    live blog entry opened by its time stamp is told on the publication day (TimeML anchors such a bare clock time
    to the document's date). Returns ``found`` without what lies inside a stamp (the tagger reads "2:15pm ET" from
    the day an earlier entry named) and one expression per entry of :func:`entry_lines`; the timeline keeps a stamp
    only for an entry sentence that has no other date (:func:`analysis.timeline.events`)."""
    if dct is None:
        return found
    stamps = [(m.start("t"), m.end()) for m in _stamp_matches(text)]
    out = []
    for start, end, line_end, news in entry_lines(text, dct):
        stamp = text[start:end].rstrip(" \t-–—:\n")
        if not news:
            # "14:10 / BREAKING. The bank has raised its rate.", "08:05 BST - Good morning. Figures out at 7 show ...": the
            # entry's news starts after its kicker or greeting, in the next sentence of its line
            start = _kicker_news(text, end, line_end)
            start = end = start if start >= 0 else _body_news(text, end, line_end, stamps)
            if start < 0:
                continue
        elif "\n" in text[start:end]:  # a stamp alone on its line dates the entry's first sentence, on the next line
            start = end
        elif len(_ENTRY_WORDS.findall(text, end, _entry_end(text, end))) <= MAX_HEADLINE_WORDS \
                and text[_entry_end(text, end) : _entry_end(text, end) + 1] != "?":
            # "12:50 CET - No sign of contagion. A spokesperson said the agency had seen no evidence ...": the entry's
            # headline, then its news, the same day's (a question opens background: "Who is Jane Roe? She spent ...")
            news_at = _kicker_news(text, end, line_end)
            if news_at < 0:
                news_at = _body_news(text, end, line_end, stamps)
            if news_at >= 0:
                out.append(TemporalExpression(stamp, news_at, news_at, dct, dct, "day", "relative",
                                              f"{ENTRY_STAMP} {dct.isoformat()}", dct))
        elif len(_ENTRY_WORDS.findall(text, end, line_end)) <= MAX_HEADLINE_LINE_WORDS \
                and (news_at := _body_news(text, end, line_end, stamps)) >= 0:
            # "3.10pm - Minister: the slide "was no surprise at all"" then, on the next line, "The minister has
            # issued a statement": a longer headline alone on its line, its entry's paragraph after it
            out.append(TemporalExpression(stamp, news_at, news_at, dct, dct, "day", "relative",
                                          f"{ENTRY_STAMP} {dct.isoformat()}", dct))
        out.append(TemporalExpression(stamp, start, end, dct, dct, "day", "relative", f"{ENTRY_STAMP} {dct.isoformat()}", dct))
    return [e for e in found if not any(a <= e.start and e.end <= b for a, b in stamps)] + out


#: A sentence told in the present perfect from its opening: a subject of at most eight words (a capital or "We"
#: first, no quotation mark), then "has"/"have", perhaps an adverb and "been", and a past participle: "Chief financial
#: officer Priya Natarajan has been placed on leave", "We have notified the regulator". The tense of news just in.
_PERFECT_OPENING = re.compile(r"(?:[A-Z][\w'’&.-]*|We)(?:[ \t]+[\w'’&.-]+,?){0,7}?[ \t]+(?:has|have)[ \t]+"
                              r"(?:(?:also|now|just|already)[ \t]+)?(?:been[ \t]+)?(?P<verb>[a-z]+)\b")


#: The start of a sentence inside an entry: after a stop (and a closing quote or bracket) or a line break, at a capital
#: or an opening quotation mark.
_NEXT_SENTENCE = re.compile(r"(?:(?<=[.!?])[\"”’)]*[ \t]+|\n[ \t\n]*)(?=[A-Z\"“])")


#: What an entry's perfect sentences are searched over, at most (a statement page's entries are short).
ENTRY_REACH = 1500


#: The basis of a sentence under an entry stamp told in the present perfect (:func:`perfect_under_stamps`).
PERFECT_UNDER_STAMP = "told in the present perfect under the stamp of its entry"
#: The basis of a statement a live blog's entry reports in the present (:func:`perfect_under_stamps`).
SAID_UNDER_STAMP = "a statement told in the present under the stamp of its entry"

#: Who says it: a pronoun, or one to four capitalised words ("Varga", "Chief Executive Jane Roe").
_SAYER = r"(?:he|she|they|we|it|[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,3})"
#: A statement in the present, the tense in which a live blog reports what is said as it is said: opening with its
#: subject then "says"/"say" ("Varga says four directors will leave the board.", "Traders say the worst is priced
#: ...": at most six words before it, none a modal, "to" or a negation) or with a quotation then its speaker ('"We
#: sold too cheaply," Reed says.', '"..." says Reed').
_SAID_NOW = re.compile(
    r"[A-Z][\w'’&.-]*(?:[ \t]+(?!(?:will|would|could|can|may|might|should|must|to|not|did|does|do)\b)[\w'’&.-]+,?)"
    r"{0,5}?[ \t]+(?:says|say)\b"
    r"|[\"“][^\"“”\n]+[,!?…—-][\"”][ \t]+(?:" + _SAYER + r"[ \t]+(?:says|say|adds)|(?:says|adds)[ \t]+" + _SAYER + r")\b")


#: An act told in the present under an entry's stamp, as a live blog reports what is being done as it is done: a named
#: subject (at most six words, none a modal or a negation) then a present progressive ("Marden Rail is withdrawing
#: the carriages", not "is going to", "is expected", "is due") or "expects" ("The company also expects sales to drop by
#: a tenth").
_DOING_NOW = re.compile(
    r"[A-Z][\w'’&.-]*(?:[ \t]+(?!(?:will|would|could|can|may|might|should|must|to|not|did|does|do)\b)[\w'’&.-]+,?)"
    r"{0,5}?[ \t]+(?:(?:is|are)[ \t]+(?:now[ \t]+|also[ \t]+)?(?!(?:going|expected|due|set|likely|trying|hoping)\b)"
    r"[a-z]{3,}ing|(?:also[ \t]+)?expects?)\b")


def _participle(word: str) -> bool:
    """Whether ``word`` (lower case) is a past participle: an "-ed" form or an inflected form of an event verb of
    ``analysis/data/event_verbs.csv`` other than its "-ing" or third person ("found", "put" are; "been", "to" not)."""
    if word.endswith("ed"):
        return True
    form = verb_forms().get(word)
    return form is not None and word != form.lemma + "s" and not word.endswith("ing") and (
        word != form.lemma or word in same_past_verbs())


def perfect_under_stamps(text: str, dct: date | None, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """``found`` and, for each sentence of a live blog's entry or of a statement page's update with no date of its
    own, told in the present perfect from its opening (:data:`_PERFECT_OPENING`), the day of its entry: "11:30 a.m. /
    Ashdown has put out the announcement. Its chief financial officer has been placed on leave." (the publication
    day, as the entry's first sentence), "UPDATE 2 - Monday 10 March 2031, 14:15 GMT / We have notified the regulator."
    (the stamp's day). The present perfect is what such a page writes of what has just happened; a past ("The company
    said ...") or present sentence may tell the background and stays undated. The entry runs to the next stamp."""
    if dct is None:
        return found
    # (stamp start, entry start, day, whether the entry's first sentence is dated already: a clock stamp's is, by
    # :func:`entry_stamps`)
    stamps: list[tuple[int, int, date, bool, str]] = []
    for start, end, _line_end, _news in entry_lines(text, dct):
        stamps.append((start, end, dct, True, text[start:end].strip(" \t-–—:\n")))
    for e in found:
        if e.precision == "day" and e.date_start is not None and e.date_start == e.date_end \
                and _entry_stamp(text, e.start, e.end):
            line_end = text.find("\n", e.end)
            if line_end >= 0:
                stamps.append((text.rfind("\n", 0, e.start) + 1, line_end + 1, e.date_start, False, e.expression))
    if not stamps:
        return found
    stamps.sort()
    out = list(found)
    for k, (_, entry, day, dated, stamp) in enumerate(stamps):
        stop = min(stamps[k + 1][0] if k + 1 < len(stamps) else len(text), entry + ENTRY_REACH)
        at = entry + len(text[entry:stop]) - len(text[entry:stop].lstrip())  # (the cleaning may leave a blank line)
        first = dated
        if dated:  # a live blog's entry: its line (the news retold in the present perfect right after its first
            # sentence; a statement told in the present anywhere after it)
            line_end = text.find("\n", at)
            stop = min(stop, len(text) if line_end < 0 else line_end)
        told = 0
        while at < stop:
            told += 1
            nxt = _NEXT_SENTENCE.search(text, at + 1, stop)
            end = nxt.start() if nxt else stop
            m = None if first or (dated and told > 2) else _PERFECT_OPENING.match(text, at, end)
            if m is not None and _participle(m.group("verb")) and not _ENTRY_AHEAD.search(text, at, m.start("verb")):
                out.append(TemporalExpression(stamp, at, at, day, day, "day", "relative",
                                              f"{ENTRY_STAMP} {day.isoformat()}; {PERFECT_UNDER_STAMP}", dct))
            elif dated and not first and (_SAID_NOW.match(text, at, end) is not None
                                          or _DOING_NOW.match(text, at, end) is not None):
                # "11:20 EDT - X walks through the figures. He says the review found nothing. "We see no fraud," X
                # says.": what the entry reports being said, as it is said, on its day ("X is withdrawing the
                # carriages", "X also expects sales to drop": what it reports being done)
                out.append(TemporalExpression(stamp, at, at, day, day, "day", "relative",
                                              f"{ENTRY_STAMP} {day.isoformat()}; {SAID_UNDER_STAMP}", dct))
            first = False
            if nxt is None:
                break
            at = nxt.end()
    return out
