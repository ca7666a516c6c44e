"""Where an article comes from, read from its own text when no manifest says so: the outlet from a byline
("By Jane Doe, Reuters"), a wire dateline ("NEW YORK, Jan 28 (Reuters) -"), a masthead line ("By Jane Doe |
The Daily Ledger | Thursday, March 13, 2025"), a lead line ("Reuters, Jan 28 2025: ...") or a URL in the text,
and the publication date from a dated masthead, lead or wire line.

Only the head of the article is read (:data:`HEAD_LINES` non-empty lines): a credit further down is usually
another outlet's. Agency names and their short forms live in ``data/outlets.json``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

from analysis import config
from analysis.time.dates import find_dates

OUTLETS_PATH = config.PACKAGE_DIR / "data" / "outlets.json"
#: How many non-empty lines at the top of an article are read for a byline or dateline.
HEAD_LINES = 12
_DATE_TEXT = (
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
)
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|&)){0,5}"
#: A wire dateline: the agency in brackets ("NEW YORK, Jan 28 (Reuters) -") or, as press-release wires write it,
#: between slashes ("BOSTON, Oct. 28, 2025 /PRNewswire/ --").
_WIRE = re.compile(
    r"^[A-Z][\w .,/'’-]{1,60}?(?:\((?P<agency>[A-Za-z][A-Za-z .-]{0,40}?)\)|/(?P<slashed>[A-Za-z][\w .-]{0,40}?)/)"
    r"\s*[-—–:]"
)
_LEAD = re.compile(rf"^(?P<outlet>{_NAME})\s*[,:|]\s*(?P<date>{_DATE_TEXT})\s*[:—–-]")
_BYLINE = re.compile(
    rf"^By\s+(?P<names>[A-Z][^,|/()\n]{{2,80}}?)\s*(?:,|\||/|–|—|\s-)\s*(?P<outlet>{_NAME})\s*$"
    rf"|^By\s+(?P<names2>[A-Z][^,|/()\n]{{2,80}}?)\s*\((?P<outlet2>{_NAME})\)\s*$"
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
#: How a masthead line separates its parts: "By Jane Doe | The Daily Ledger | Thursday, March 13, 2025".
_PARTS = re.compile(r"\s*(?:\||•|·|–|—|\s-\s|,|\bTRANSCRIPT\b\s*[-–—:]?)\s*")
#: A masthead line is short: its parts (the date taken out) are names, not clauses.
MASTHEAD_CHARS = 160
MASTHEAD_PART_WORDS = 6
_BY = re.compile(r"^By\s+[A-Z]")
_STAMP = re.compile(r"^\W*(?:Published|Updated|Posted|First published|Last updated|Date)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b")
_NAMEY = re.compile(r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|the|and|&|de)){0,4}")
#: A page's reading-time note beside its date ("4 min read", "3 minute read").
_READ_TIME = re.compile(r"\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?)\s+read", re.IGNORECASE)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Provenance:
    """What the text says of its own origin; each field None when the text does not say."""

    outlet: str | None = None
    outlet_basis: str | None = None
    published: date | None = None
    published_basis: str | None = None
    #: (month, day) of a wire dateline without a year ("ZURICH, March 10 (Harbour Wire) -"): the corpus's other
    #: dates give its year (:func:`analysis.corpus.load.build_corpus`).
    dateline_day: tuple[int, int] | None = None


@functools.lru_cache(maxsize=1)
def agency_names() -> dict[str, str]:
    """Every spelling of a news agency ("AP", "The Associated Press") -> its name ("Associated Press")."""
    raw = json.loads(OUTLETS_PATH.read_text(encoding="utf-8"))
    return {alias.casefold(): name for name, aliases in raw["agencies"].items() for alias in aliases}


@functools.lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    """Words that make a name an outlet's ("Times", "News"), from ``data/outlets.json``."""
    return frozenset(json.loads(OUTLETS_PATH.read_text(encoding="utf-8"))["media_words"])


@functools.lru_cache(maxsize=1)
def job_words() -> frozenset[str]:
    """Words of a newsroom job title ("Editor", "Correspondent"), from ``data/outlets.json``."""
    return frozenset(json.loads(OUTLETS_PATH.read_text(encoding="utf-8"))["job_words"])


def looks_like_outlet(name: str) -> bool:
    """A known agency, a name with a media word ("Financial Times"), or a web address; not a city in capitals
    ("LONDON") nor a job title ("Staff Writer", "Business Editor")."""
    cleaned = name.strip(" .,;:-–—")
    if cleaned.casefold() in agency_names():
        return True
    if set(re.findall(r"[A-Za-z]+", cleaned)) & job_words() and not cleaned.startswith("The "):
        return False  # "Business Editor", "Markets Reporter": who wrote it, not where ("The Hollywood Reporter" is)
    if re.search(r"\.[a-z]{2,}$", cleaned):
        return True
    if cleaned in media_words():
        return False  # "Markets", "Business": a section of the site, not its name
    return bool(set(re.findall(r"[A-Za-z]+", cleaned)) & media_words()) and not cleaned.isupper()


def outlet_from_url(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``/``m.``/``amp.`` ("https://www.reuters.com/x" -> "reuters.com")."""
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    host = re.sub(r"^(www|amp|m)\.", "", host)
    return host or None


#: A publication date in a page's address: "/2024/02/14/" or "/2024/feb/14/" (year, month, day as folders) or
#: "-20240109" (eight figures at the end of a path segment's words); the year first, so one order only.
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2}|[a-z]{3})/(\d{1,2})(?:/|$)|[-_/]((?:19|20)\d{2})(\d{2})(\d{2})(?=[-_/.]|$)",
                          re.I)
_URL_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def date_from_url(url: str | None) -> date | None:
    """The publication date a news site writes into an article's address ("https://example.com/business/2024/02/14/
    story/", ".../2024/feb/14/story", ".../story-slug-a-20240109"): the last such date of its path, None when there
    is none or it is no date."""
    if not url:
        return None
    path = urlparse(url if "//" in url else f"//{url}").path
    found = None
    for m in _URL_DATE_RE.finditer(path):
        year, month, day = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        if not month.isdigit():  # "/2024/feb/14/"
            if month.lower() not in _URL_MONTHS:
                continue
            month = str(_URL_MONTHS.index(month.lower()) + 1)
        try:
            found = date(int(year), int(month), int(day))
        except ValueError:
            continue
    return found


def outlet_name(name: str) -> str:
    """An agency's name for any of its spellings, else the name as written."""
    cleaned = name.strip(" .,;:-–—")
    return agency_names().get(cleaned.casefold(), cleaned)


def masthead(line: str) -> tuple[date, str | None] | None:
    """The publication date and outlet of a masthead or byline line that holds one full date among short parts
    ("Harbour Courier | Regional | Tuesday, 14 October 2025", "By Jane Roe | The Vale Ledger | Thursday,
    March 13, 2025", "TRANSCRIPT - "Evening Bell", Channel 4 Business, Tuesday March 11, 2025", "By Carol
    Mint • Thursday, Sept. 12, 2024"). The outlet is the first part that looks like one
    (:func:`looks_like_outlet`), else the name beside a byline, else a masthead's first part when it is a name of
    two or more words and other parts follow. None when the line is longer, holds no or several dates, a part
    reads as a clause, or nothing marks it as the article's own (an outlet, a byline, a weekday with the date,
    "Published"): "Annual meeting: April 8, 2025" is a date of the story."""
    if len(line) > MASTHEAD_CHARS or not _YEAR.search(line):
        return None  # most lines: no year, no full date (read cheaply before the date forms)
    if _PRINT_EDITION.search(line):
        return None  # "Published in the print edition of March 12, 2025": the paper's date, not the page's
    found = list(find_dates(line))
    if len(found) != 1:
        return None
    day, start, end, has_weekday = found[0]
    has_weekday = has_weekday or bool(_WEEKDAY.search(line[:start]))
    before = _WEEKDAY.sub("", line[:start])
    parts = [p.strip(" .\"“”'‘’") for p in _PARTS.split(before + " | " + line[end:])]
    parts = [p for p in parts if p and not _CLOCK.match(p)]
    if any(len(p.split()) > MASTHEAD_PART_WORDS for p in parts if not _BY.match(p)):
        return None
    named = [p for p in parts if not _BY.match(p) and _NAMEY.fullmatch(p) and not set(p.split()) & job_words()]
    outlet = next((p for p in parts if not _BY.match(p) and looks_like_outlet(p)
                   and (len(p.split()) >= 2 or p.casefold() in agency_names())), None)  # not a section, "Business"
    if outlet is None and named and (len(named) < len(parts) or len(named[0].split()) >= 2):
        # the name beside a byline ("By Jane Doe | The Vale Ledger | <date>"), or a masthead's first part
        # ("Harbour Courier | Regional | <date>")
        # (a name with its article, "Jane Roe, The Vale Ledger", is the outlet's rather than the writer's)
        named = sorted(named, key=lambda p: not p.startswith("The "))
        outlet = next((p for p in named if len(p.split()) >= 2 or any(_BY.match(q) for q in parts)), None)
    if outlet is None and not has_weekday and not any(_BY.match(p) for p in parts) and not _STAMP.match(line) \
            and not any(_READ_TIME.fullmatch(p) for p in parts):  # "11 March 2025 · 4 min read": the page's stamp
        return None  # "Annual general meeting: April 8, 2025" is a date of the story, not of the article
    return day, outlet


_PRINT_EDITION = re.compile(r"\bprint edition\b", re.IGNORECASE)


#: A person's name on a line of its own, as a byline without "By" ("Jane Doe", "JANE DOE").
_PERSON_LINE = re.compile(r"^[A-Z][a-zA-Z'’.-]+(?:\s+[A-Z][a-zA-Z'’.-]+){1,2}$")
#: An outlet's name alone on a line is at most this many words.
OUTLET_LINE_WORDS = 5


def _outlet_line(head: list[str]) -> tuple[str | None, str | None]:
    """An outlet named on a line of its own right after the byline, with or without "By" ("Jane Doe / Wrenfield
    Money Daily / October 28, 2025", "By JANE DOE / Bloomberg"), where a masthead puts it. A name alone elsewhere
    may be a section's or a menu's ("Business News", "Markets > Biotech"), and "Source: X" under a reprint names
    the text's origin, not this page's outlet: neither is read."""
    for i, line in enumerate(head[1:], start=1):
        if len(line.split()) > OUTLET_LINE_WORDS or not _NAMEY.fullmatch(line) or not looks_like_outlet(line):
            continue
        before = head[i - 1]
        if _BY.match(before) or _PERSON_LINE.match(before) and not looks_like_outlet(before):
            return outlet_name(line), "byline"
    return None, None


#: A page's title with the site's name after a bar or a dash ("Quillow Bank cuts 300 jobs | The Vale Ledger"), as a
#: browser's title and a copied page's first line give it.
_TITLE_SITE = re.compile(r"^(?P<title>.+?\S)\s+(?:\||[-–—]|::)\s+(?P<site>[^|–—]+)$")


def title_site(title: str) -> tuple[str, str] | None:
    """``(headline, site)`` of a page title that names a site after its headline ("Quillow Bank cuts 300 jobs | The
    Vale Ledger", "... - Vale Ledger", "... — The Vale Ledger"): the last part after a bar or a spaced dash, a name
    of at most :data:`OUTLET_LINE_WORDS` words in capitals, after a headline of three words or more; None for any
    other title ("Budget vote - what comes next"). Whether the name is an outlet's is the caller's to judge."""
    m = _TITLE_SITE.match(title)
    if m is None:
        return None
    site = m.group("site").strip()
    if len(m.group("title").split()) < 3 or len(site.split()) > OUTLET_LINE_WORDS or not _NAMEY.fullmatch(site):
        return None
    return m.group("title").strip(), site


def _title_site(head: list[str]) -> str | None:
    """The outlet after the headline on the page's first line (:func:`title_site`), when the name looks like an
    outlet's."""
    parts = title_site(head[0]) if head else None
    if parts is None or not looks_like_outlet(parts[1]):
        return None
    return outlet_name(parts[1])


def same_outlet(name: str, outlet: str | None) -> bool:
    """Whether ``name`` (a site named after a headline) is ``outlet``: the same words ("The" aside, case and
    punctuation ignored), the same agency, or the name of ``outlet``'s web address ("Vale Ledger" for
    "valeledger.com")."""
    if not outlet:
        return False
    squash = lambda s: re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", s.strip().casefold()))  # noqa: E731
    if squash(name) == squash(outlet) or outlet_name(name) == outlet_name(outlet):
        return True
    host = outlet.strip().casefold()
    if " " not in host and re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", host):
        return squash(name) in {squash(host.rsplit(".", 1)[0]), squash(host.split(".", 1)[0])}
    return False


def _byline_bar(head: list[str]) -> str | None:
    """The outlet beside a writer's name on a line of its own, set off by a bar ("Jane Roe | The Vale Ledger", "By
    Jane Roe | The Vale Ledger"), the date on a line of its own."""
    for line in head[1:]:
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 2:
            continue
        who = re.sub(r"^By\s+", "", parts[0])
        if _PERSON_LINE.match(who) and not looks_like_outlet(who) and len(parts[1].split()) <= OUTLET_LINE_WORDS \
                and _NAMEY.fullmatch(parts[1]) and looks_like_outlet(parts[1]):
            return outlet_name(parts[1])
    return None


def read_provenance(text: str) -> Provenance:
    """Outlet and publication date stated in the head of ``text`` (the article as read, before cleaning).

    Outlet, first match wins: a wire dateline with an agency (or a name that looks like an outlet, "Harbour
    Wire") in brackets or between slashes, a masthead line (:func:`masthead`), a lead line "Outlet, <date>:", a
    byline "By <names>, <Outlet>" / "By <names> (<Outlet>)", an outlet's name on a line of its own
    (:func:`_outlet_line`), an agency credit in brackets, a URL. Date: the full date (with its year) of a masthead,
    lead or wire line.
    """
    head = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    outlet = basis = None
    published = published_basis = None
    agencies = agency_names()
    dateline_day: tuple[int, int] | None = None
    for line in head:
        wire = _WIRE.match(line)
        agency = wire and (wire.group("agency") or wire.group("slashed"))
        if agency and (agency.strip().casefold() in agencies or looks_like_outlet(agency)):
            outlet, basis = outlet or outlet_name(agency), basis or "wire dateline"
            place = line[: wire.start("agency" if wire.group("agency") else "slashed")]
            dated = next(find_dates(place), None) if _YEAR.search(place) else None
            if dated is not None and published is None:
                published, published_basis = dated[0], "wire dateline"  # "BOSTON, Oct. 28, 2025 /PRNewswire/ --"
            day = _MONTH_DAY.search(place)
            if day and dateline_day is None and 1 <= int(day.group(2)) <= 31:
                dateline_day = (_MONTHS.index(day.group(1).lower()) + 1, int(day.group(2)))
        stated = masthead(line)
        if stated is not None:
            if published is None:
                published, published_basis = stated[0], "masthead line"
            if stated[1] is not None and outlet is None:
                outlet, basis = outlet_name(stated[1]), "masthead line"
        lead = _LEAD.match(line)
        if lead:
            dates = list(find_dates(lead.group("date")))
            if dates and published is None:
                published, published_basis = dates[0][0], "lead line"
            if looks_like_outlet(lead.group("outlet")):
                outlet, basis = outlet or outlet_name(lead.group("outlet")), basis or "lead line"
        by = _BYLINE.match(line)
        named = (by.group("outlet") or by.group("outlet2")) if by else None
        if named and outlet is None and looks_like_outlet(named):
            outlet, basis = outlet_name(named), "byline"
        if outlet and published:
            break
    if outlet is None:
        outlet, basis = _outlet_line(head)
    if outlet is None and (named := _byline_bar(head)) is not None:
        outlet, basis = named, "byline"
    if outlet is None and (named := _title_site(head)) is not None:
        outlet, basis = named, "title line"
    if outlet is None:
        for line in head:
            credit = re.search(r"\(([A-Za-z][A-Za-z .-]{0,30})\)", line)
            if credit and credit.group(1).strip().casefold() in agencies:
                outlet, basis = outlet_name(credit.group(1)), "wire credit"
                break
    if outlet is None:
        url = next((m.group(0) for line in head for m in [_URL.search(line)] if m), None)
        host = outlet_from_url(url)
        if host:
            outlet, basis = host, "url in the text"
    return Provenance(outlet, basis, published, published_basis, dateline_day if published is None else None)
