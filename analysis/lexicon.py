"""One loader for the curated vocabulary in ``analysis/data/``: the alias catalog (``entities.csv``, optionally
extended by a corpus folder's own ``entities.csv``), the event verbs and nouns (``event_verbs.csv``,
``event_nouns.csv``) that date resolution and event labels share, and the quote word lists (``name_rules.json``:
speech verbs, quote stop words). The entity layer's lexicon is ``analysis/entities/catalog.py``."""

from __future__ import annotations

import csv
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config

CATALOG_PATH = config.PACKAGE_DIR / "data" / "entities.csv"
CATALOG_COLUMNS = ["name", "type", "aliases", "ticker", "exchange", "sector", "region"]
VERBS_PATH = config.PACKAGE_DIR / "data" / "event_verbs.csv"
NOUNS_PATH = config.PACKAGE_DIR / "data" / "event_nouns.csv"
QUOTE_RULES_PATH = config.PACKAGE_DIR / "data" / "name_rules.json"


def load_catalog(extra: Path | None = None) -> pd.DataFrame:
    """The catalog with columns :data:`CATALOG_COLUMNS`; ``aliases`` is a tuple of strings.

    Rows of ``extra`` (a corpus folder's ``entities.csv``) override rows of the same ``name``.
    """
    frames = [pd.read_csv(CATALOG_PATH, dtype=str, keep_default_na=False)]
    if extra is not None and Path(extra).is_file():
        frames.append(pd.read_csv(extra, dtype=str, keep_default_na=False))
    frame = pd.concat(frames, ignore_index=True).reindex(columns=CATALOG_COLUMNS).fillna("")
    frame = frame.drop_duplicates("name", keep="last")
    aliases = frame["aliases"].map(lambda s: tuple(a.strip() for a in str(s).split("|") if a.strip()))
    return frame.assign(aliases=aliases).sort_values("name").reset_index(drop=True)


@functools.lru_cache(maxsize=1)
def quote_rules() -> dict[str, frozenset[str]]:
    """The word lists of ``data/name_rules.json`` as frozensets: ``speech_verbs`` ("said", "told") and
    ``quote_stop_words`` (words ignored when two quotes are compared)."""
    raw = json.loads(QUOTE_RULES_PATH.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}


@dataclass(frozen=True)
class EventVerb:
    lemma: str
    group: str
    third: str


def _third_person(lemma: str) -> str:
    if lemma == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _gerund(lemma: str, past: str) -> str:
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if past == lemma + lemma[-1] + "ed":
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


@functools.lru_cache(maxsize=1)
def verb_forms() -> dict[str, EventVerb]:
    """Every inflected form of the verbs in ``data/event_verbs.csv`` mapped to its lemma, group and 3rd person."""
    forms: dict[str, EventVerb] = {}
    with VERBS_PATH.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lemma = row["lemma"].strip().lower()
            verb = EventVerb(lemma, row["group"].strip().lower() or lemma, _third_person(lemma))
            for form in (lemma, row["past"].strip().lower(), row["participle"].strip().lower(), verb.third,
                         _gerund(lemma, row["past"].strip().lower())):
                forms.setdefault(form, verb)
    return forms


@functools.lru_cache(maxsize=1)
def event_nouns() -> dict[str, frozenset[str]]:
    """Event nouns of ``data/event_nouns.csv`` ("selloff") mapped to the verb groups that tell them ("fall")."""
    groups: dict[str, set[str]] = {}
    with NOUNS_PATH.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            groups.setdefault(row["noun"].strip().lower(), set()).add(row["group"].strip().lower())
    return {k: frozenset(v) for k, v in groups.items()}


def groups_in(text: str) -> set[str]:
    """Verb groups of the event verbs in ``text`` ("DeepSeek unveiled R1" → {"release"})."""
    forms = verb_forms()
    return {forms[w].group for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w in forms}


def noun_groups(phrase: str) -> set[str]:
    """Verb groups of the event nouns in ``phrase`` ("DeepSeek's announcement" → {"release", "announce"})."""
    nouns = event_nouns()
    found: set[str] = set()
    for w in re.findall(r"[a-z][a-z-]+", phrase.lower()):
        found |= nouns.get(w, frozenset())
    return found
