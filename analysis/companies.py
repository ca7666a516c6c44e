"""Listed companies from the `pytickersymbols` package: short name, full name, ticker, exchange, sector, region.

The package holds the members of 20 major indices (S&P 500/100/600, Nasdaq 100, Dow Jones, FTSE 100, DAX,
CAC 40, Nikkei 225, Euro Stoxx 50 …) with their listings, country and industry labels. How those labels map to
a sector, a country to a region and a ticker suffix to an exchange is general knowledge kept in
``data/company_catalog.json``. Nothing here is fitted to a corpus: a company the package does not list is
unknown to the catalog; its sector on the market page is the one its name tells ("… Airlines", :func:`sector_of_name`)
or "Other".
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from analysis import config

RULES_PATH = config.PACKAGE_DIR / "data" / "company_catalog.json"
OTHER_SECTOR = "Other"

_COMPANY_TAIL_RE = re.compile(
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|Limited|Plc|PLC|plc|AG|SA|S\.A|SE|NV|N\.V|AB|ASA|Oyj|KK|LLC|LP|Incorporated|"
    r"Corporation|Company|Holdings?|Group|Aktiengesellschaft|Ltd\.|& Co)\.?)+$"
)
_SUFFIX_RE = re.compile(r"(\.[A-Z]{1,3})$")
_JOINED_END_RE = re.compile(r"\s+(?:and|&)$")
#: an encyclopedia's disambiguation in brackets after a name: "Wiley (publisher)", "Metso (2020–present)",
#: "Clearway Energy, Inc. (Class A)"; no text writes it, so a name carrying it matches nothing
_DISAMBIGUATION_RE = re.compile(r"\s*\([^()]*\)$")


@dataclass(frozen=True)
class Company:
    """One listed company: ``name`` (short: 'Alphabet'), ``full`` ('Alphabet Inc.'), the home ``ticker`` and its
    ``exchange``, a ``sector``, a ``region`` (US, Europe, Asia or '') and every known ``symbols``."""

    name: str
    full: str
    ticker: str
    exchange: str
    sector: str
    region: str
    symbols: tuple[str, ...]


def short_company_name(name: str) -> str:
    """'Alphabet Inc.' -> 'Alphabet'; 'Nike, Inc.' -> 'Nike' (legal tails dropped, a one-word stem kept);
    'Quistel (corporation)' -> 'Quistel' (a disambiguation in brackets dropped).
    Input/output: a company name."""
    short = _DISAMBIGUATION_RE.sub("", name.strip()) or name.strip()
    while True:  # "Eli Lilly and Company", "Carnival Corporation & plc": the joined tails go too ("Eli Lilly and")
        shorter = _JOINED_END_RE.sub("", _COMPANY_TAIL_RE.sub("", short).strip(" ,"))
        if shorter == short or not shorter:
            break
        short = shorter
    return short or name.strip()


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return json.loads(RULES_PATH.read_text(encoding="utf-8"))


def raw_companies() -> Iterator[dict[str, Any]]:
    """Every company record of every index of the package (a company listed in several indices comes once per
    index); nothing when the package is not installed."""
    try:
        from pytickersymbols.indices_data import INDICES
    except ImportError:  # the catalog is optional: names are still found from the text
        return
    for index in INDICES.values():
        yield from index.get("companies", []) or []


def sector_of(industries: list[str]) -> str:
    """The sector most of a company's industry labels name (rules of ``company_catalog.json``: the rule a label
    starts with, else the first rule it contains; the earlier rule on a tie), or "Other".
    Input: industry labels such as ['Semiconductors', 'Technology']."""
    return _sector_of(tuple(industries))


@lru_cache(maxsize=4096)
def _sector_of(industries: tuple[str, ...]) -> str:
    """:func:`sector_of` once per set of labels (the index constituents share a few hundred)."""
    votes: Counter[int] = Counter()
    for label in industries:
        hit = _label_rule(label)
        if hit is not None:
            votes[hit] += 1
    if not votes:
        return OTHER_SECTOR
    best = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return _rules()["sector_rules"][best][1]


@lru_cache(maxsize=4096)
def _label_rule(label: str) -> int | None:
    """The number of the sector rule an industry label names (:func:`sector_of`), None for none; once per label (the
    constituents' label sets share their labels)."""
    rules = _rules()["sector_rules"]
    low = label.lower()
    hit = next((k for k, (keyword, _s) in enumerate(rules) if low.startswith(keyword)), None)
    if hit is None:  # the label's head word decides first ("Semiconductors & Semiconductor Equipment")
        hit = next((k for k, (keyword, _s) in enumerate(rules) if keyword in f" {low} "), None)
    return hit


def sector_of_name(name: str) -> str:
    """The sector a company's own name tells ("Solmar Airlines" -> Transport, "Kennet Vale Water" -> Utilities &
    power), from its words (``name_sector_words`` of ``company_catalog.json``: the last listed word of a name of two
    words or more decides, so "Harrowgate Oil & Gas Services" reads as Energy and "Bank of Caldera" as Banks), or
    "Other". For a company the catalog does not list: its name is the only evidence of its trade the table holds."""
    return _sector_of_name(name)


@lru_cache(maxsize=4096)
def _sector_of_name(name: str) -> str:
    words = {w: s for w, s in _rules()["name_sector_words"]}
    tokens = re.findall(r"[a-z]+", name.lower())
    if len(tokens) < 2:  # "Target", "Shell": a one-word name is a name, not a trade
        return OTHER_SECTOR
    return next((words[t] for t in reversed(tokens) if t in words), OTHER_SECTOR)


def region_of(country: str) -> str:
    """'US', 'Europe' or 'Asia' for a country ('United States', 'Germany') or a US 'City, State'; '' if unknown."""
    rules = _rules()
    if country in rules["regions"]:
        return rules["regions"][country]
    tail = country.rsplit(",", 1)[-1].strip()
    return "US" if tail in rules["us_states"] else rules["regions"].get(tail, "")


def _home_listing(record: dict[str, Any], region: str) -> tuple[str, str]:
    """(ticker, exchange) of a company's home listing: the bare US symbol for a US company, else the symbol
    with its home market's suffix ('ENR.DE', 'ASML.AS')."""
    rules = _rules()
    symbol = str(record.get("symbol") or "")
    listings = [s for s in record.get("symbols", []) or [] if s.get("yahoo")]
    if region == "US":
        for listing in listings:
            prefix, _, sym = str(listing.get("google") or "").partition(":")
            if prefix in ("NASDAQ", "NYSE") and sym == symbol:
                return symbol, rules["exchange_prefixes"][prefix]
        return symbol, ""
    match = _SUFFIX_RE.search(symbol)
    exchange = rules["exchange_suffixes"].get(match.group(1), "") if match else ""
    return symbol, exchange


@lru_cache(maxsize=1)
def listed_companies() -> tuple[Company, ...]:
    """Every company of the package once (by full name), sorted by name. Output: `Company` records."""
    merged: dict[str, dict[str, Any]] = {}
    for record in raw_companies():
        full = str(record.get("name") or "").strip()
        if not full:
            continue
        entry = merged.setdefault(full, {"record": record, "symbols": [], "industries": []})
        symbols = [record.get("symbol"), *(x.get("yahoo") for x in record.get("symbols", []) or [])]
        entry["symbols"].extend(s for s in symbols if s and s not in entry["symbols"])
        entry["industries"].extend(i for i in record.get("industries", []) or [] if i not in entry["industries"])
        if "." in str(record.get("symbol") or "") and "." not in str(entry["record"].get("symbol") or ""):
            entry["record"] = record  # a home listing with its market suffix beats a foreign index's bare symbol
    out: list[Company] = []
    for full, entry in merged.items():
        record = entry["record"]
        region = region_of(str(record.get("country") or ""))
        ticker, exchange = _home_listing(record, region)
        out.append(Company(short_company_name(full), full, ticker, exchange, sector_of(entry["industries"]), region,
                           tuple(entry["symbols"])))
    return tuple(sorted(out, key=lambda c: c.name))
