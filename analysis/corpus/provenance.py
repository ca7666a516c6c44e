"""Where an article comes from, read from its own text when no manifest says so: the outlet from a byline
("By Jane Doe, Reuters"), a wire dateline ("NEW YORK, Jan 28 (Reuters) -"), a lead line ("Reuters, Jan 28
2025: ...") or a URL in the text, and the publication date from a dated lead or wire line.

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
_WIRE = re.compile(r"^[A-Z][\w .,'’-]{1,60}?\((?P<agency>[A-Za-z][A-Za-z .-]{0,40}?)\)\s*[-—–:]")
_LEAD = re.compile(rf"^(?P<outlet>{_NAME})\s*[,:|]\s*(?P<date>{_DATE_TEXT})\s*[:—–-]")
_BYLINE = re.compile(
    rf"^By\s+(?P<names>[A-Z][^,|/()\n]{{2,80}}?)\s*(?:,|\||/|–|—|\s-)\s*(?P<outlet>{_NAME})\s*$"
    rf"|^By\s+(?P<names2>[A-Z][^,|/()\n]{{2,80}}?)\s*\((?P<outlet2>{_NAME})\)\s*$"
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")


@dataclass(frozen=True)
class Provenance:
    """What the text says of its own origin; each field None when the text does not say."""

    outlet: str | None = None
    outlet_basis: str | None = None
    published: date | None = None
    published_basis: str | None = None


@functools.lru_cache(maxsize=1)
def agency_names() -> dict[str, str]:
    """Every spelling of a news agency ("AP", "The Associated Press") -> its name ("Associated Press")."""
    raw = json.loads(OUTLETS_PATH.read_text(encoding="utf-8"))
    return {alias.casefold(): name for name, aliases in raw["agencies"].items() for alias in aliases}


@functools.lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    """Words that make a name an outlet's ("Times", "News"), from ``data/outlets.json``."""
    return frozenset(json.loads(OUTLETS_PATH.read_text(encoding="utf-8"))["media_words"])


def looks_like_outlet(name: str) -> bool:
    """A known agency, a name with a media word ("Financial Times"), or a web address; not a city in capitals
    ("LONDON") nor a job title ("Staff Writer")."""
    cleaned = name.strip(" .,;:-–—")
    if cleaned.casefold() in agency_names():
        return True
    if re.search(r"\.[a-z]{2,}$", cleaned):
        return True
    return bool(set(re.findall(r"[A-Za-z]+", cleaned)) & media_words()) and not cleaned.isupper()


def outlet_from_url(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``/``m.``/``amp.`` ("https://www.reuters.com/x" -> "reuters.com")."""
    if not url:
        return None
    host = urlparse(url if "//" in url else f"//{url}").hostname or ""
    host = re.sub(r"^(www|amp|m)\.", "", host)
    return host or None


def _outlet(name: str) -> str:
    """An agency's name for any of its spellings, else the name as written."""
    cleaned = name.strip(" .,;:-–—")
    return agency_names().get(cleaned.casefold(), cleaned)


def read_provenance(text: str) -> Provenance:
    """Outlet and publication date stated in the head of ``text`` (the article as read, before cleaning).

    Outlet, first match wins: a wire dateline with an agency in brackets, a lead line "Outlet, <date>:", a
    byline "By <names>, <Outlet>" / "By <names> (<Outlet>)", an agency credit in brackets, a URL. Date: the
    full date (with its year) of a lead line.
    """
    head = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    outlet = basis = None
    published = published_basis = None
    agencies = agency_names()
    for line in head:
        wire = _WIRE.match(line)
        if wire and wire.group("agency").strip().casefold() in agencies:
            outlet, basis = outlet or _outlet(wire.group("agency")), basis or "wire dateline"
        lead = _LEAD.match(line)
        if lead:
            dates = list(find_dates(lead.group("date")))
            if dates and published is None:
                published, published_basis = dates[0][0], "lead line"
            if looks_like_outlet(lead.group("outlet")):
                outlet, basis = outlet or _outlet(lead.group("outlet")), basis or "lead line"
        by = _BYLINE.match(line)
        named = (by.group("outlet") or by.group("outlet2")) if by else None
        if named and outlet is None and looks_like_outlet(named):
            outlet, basis = _outlet(named), "byline"
        if outlet and published:
            break
    if outlet is None:
        for line in head:
            credit = re.search(r"\(([A-Za-z][A-Za-z .-]{0,30})\)", line)
            if credit and credit.group(1).strip().casefold() in agencies:
                outlet, basis = _outlet(credit.group(1)), "wire credit"
                break
    if outlet is None:
        url = next((m.group(0) for line in head for m in [_URL.search(line)] if m), None)
        host = outlet_from_url(url)
        if host:
            outlet, basis = host, "url in the text"
    return Provenance(outlet, basis, published, published_basis)
