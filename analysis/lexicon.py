"""One loader for the curated vocabulary in ``analysis/data/``: the alias catalog (``entities.csv``, optionally
extended by a corpus folder's own ``entities.csv``), the event verbs and nouns (``event_verbs.csv``,
``event_nouns.csv``) that date resolution and event labels share, the share-move vocabulary (``move_words.json``)
of ``analysis/market/``, and the quote word lists (``name_rules.json``: speech verbs, quote stop words). The
entity layer's lexicon is ``analysis/entities/catalog.py``."""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.companies import listed_companies
from analysis.errors import BadInputFile

CATALOG_PATH = config.PACKAGE_DIR / "data" / "entities.csv"
CATALOG_COLUMNS = ["name", "type", "aliases", "ticker", "exchange", "sector", "region"]
VERBS_PATH = config.PACKAGE_DIR / "data" / "event_verbs.csv"
NOUNS_PATH = config.PACKAGE_DIR / "data" / "event_nouns.csv"
LABEL_VERBS_PATH = config.PACKAGE_DIR / "data" / "label_verbs.csv"
#: The one name under which a corpus folder (or an upload) may carry its own alias catalog.
CORPUS_CATALOG_NAME = "entities.csv"
CATALOG_TYPES = frozenset({"PERSON", "ORG", "PLACE", "PRODUCT", "INDEX", "OTHER", ""})
#: A corpus's own catalog may hold at most this many rows, aliases per row and characters per name.
MAX_CATALOG_ROWS = 5000
MAX_CATALOG_ALIASES = 50
MAX_CATALOG_NAME_CHARS = 120
MAX_CATALOG_BYTES = 2 * 1_048_576


def check_catalog(data: bytes, name: str = CORPUS_CATALOG_NAME) -> pd.DataFrame:
    """Validate the bytes of a corpus's own alias catalog; returns it as a frame of strings.

    Raises :class:`BadInputFile` (whose reason ends "the shipped catalog is used") when it is not UTF-8 CSV
    with a ``name`` column and only known columns, has an empty or over-long name or alias, an unknown
    ``type``, or is over the size limits.
    """
    tail = "the shipped catalog is used"
    if len(data) > MAX_CATALOG_BYTES:
        raise BadInputFile(name, f"alias catalog is over {MAX_CATALOG_BYTES // 1_048_576} MB; {tail}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInputFile(name, f"alias catalog is not UTF-8 text; {tail}") from None
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, csv.Error) as exc:
        reason = (str(exc).strip().splitlines() or ["empty file"])[0]
        raise BadInputFile(name, f"alias catalog is not a valid CSV ({reason}); {tail}") from None
    frame = frame.rename(columns=lambda c: str(c).strip())
    unknown = [c for c in frame.columns if c not in CATALOG_COLUMNS]
    if "name" not in frame.columns or unknown:
        raise BadInputFile(
            name, f"alias catalog needs the columns {', '.join(CATALOG_COLUMNS)} (a 'name' at least); "
            f"found {', '.join(map(str, frame.columns))}; {tail}"
        )
    if len(frame) > MAX_CATALOG_ROWS:
        raise BadInputFile(name, f"alias catalog has {len(frame)} rows; the limit is {MAX_CATALOG_ROWS}; {tail}")
    for i, row in enumerate(frame.reindex(columns=CATALOG_COLUMNS).fillna("").itertuples(index=False), start=2):
        aliases = [a.strip() for a in str(row.aliases).split("|") if a.strip()]
        problem = (
            "has no name" if not str(row.name).strip()
            else f"has an unknown type '{row.type}'" if str(row.type).strip() not in CATALOG_TYPES
            else f"has over {MAX_CATALOG_ALIASES} aliases" if len(aliases) > MAX_CATALOG_ALIASES
            else f"has a name or alias over {MAX_CATALOG_NAME_CHARS} characters"
            if any(len(a) > MAX_CATALOG_NAME_CHARS for a in (str(row.name), *aliases))
            else None
        )
        if problem is not None:
            raise BadInputFile(name, f"alias catalog row {i} {problem}; {tail}")
    return frame
MOVE_WORDS_PATH = config.PACKAGE_DIR / "data" / "move_words.json"
QUOTE_RULES_PATH = config.PACKAGE_DIR / "data" / "name_rules.json"


@functools.lru_cache(maxsize=1)
def _company_frame() -> pd.DataFrame:
    """The listed companies as catalog rows (type ORG; the full name is the alias when it differs)."""
    rows = [(c.name, "ORG", c.full if c.full != c.name else "", c.ticker, c.exchange, c.sector, c.region)
            for c in listed_companies()]
    return pd.DataFrame(rows, columns=CATALOG_COLUMNS, dtype=str)


def load_catalog(extra: Path | None = None) -> pd.DataFrame:
    """The catalog with columns :data:`CATALOG_COLUMNS`; ``aliases`` is a tuple of strings.

    Three layers, a later one overriding rows of the same ``name``: the listed companies of the
    ``pytickersymbols`` package (:func:`analysis.companies.listed_companies`: name, full name as alias, home
    ticker, exchange, sector, region), the hand-kept general rows of ``data/entities.csv`` (indices, agencies,
    central banks, exchanges, wires, common acronyms, a few places) and ``extra`` (a corpus folder's
    ``entities.csv``); an ``extra`` that fails :func:`check_catalog` (or cannot be read) is ignored, never raised.
    """
    frames = [_company_frame(), pd.read_csv(CATALOG_PATH, dtype=str, keep_default_na=False)]
    if extra is not None and Path(extra).is_file():
        try:
            frames.append(check_catalog(Path(extra).read_bytes(), Path(extra).name))
        except (BadInputFile, OSError):
            pass
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
    """Every inflected form of the verbs in ``data/event_verbs.csv`` mapped to its lemma, group and 3rd person (only
    the past and the participle of a verb whose row says ``forms`` = ``past``)."""
    forms: dict[str, EventVerb] = {}
    with VERBS_PATH.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lemma = row["lemma"].strip().lower()
            verb = EventVerb(lemma, row["group"].strip().lower() or lemma, _third_person(lemma))
            past, participle = row["past"].strip().lower(), row["participle"].strip().lower()
            if (row.get("forms") or "").strip() == "past":  # "issued" is a verb; "issue", "issues" are mostly nouns
                told = (past, participle)
            else:
                told = (lemma, past, participle, verb.third, _gerund(lemma, past))
            for form in told:
                forms.setdefault(form, verb)
    return forms


@functools.lru_cache(maxsize=1)
def label_verb_forms() -> dict[str, EventVerb]:
    """:func:`verb_forms` and the past and participle of the common verbs of news copy in ``data/label_verbs.csv``
    ("presented", "went", "renewed"): the verbs an event label may be built on when its sentence has no event verb.
    Only the past forms: "present", "house", "face" are as often nouns. Not read to find events."""
    forms = dict(verb_forms())
    with LABEL_VERBS_PATH.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lemma = row["lemma"].strip().lower()
            verb = EventVerb(lemma, lemma, _third_person(lemma))
            for form in (row["past"].strip().lower(), row["participle"].strip().lower()):
                forms.setdefault(form, verb)
    return forms


@functools.lru_cache(maxsize=1)
def finite_verb_words() -> frozenset[str]:
    """The third person and the past of the verbs of ``data/event_verbs.csv`` and ``data/label_verbs.csv`` ("follows",
    "presented"): whether a label's words hold a finite verb (the plain form is as often a noun: "board", "plan")."""
    words: set[str] = set()
    for path in (VERBS_PATH, LABEL_VERBS_PATH):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                lemma = row["lemma"].strip().lower()
                words.update((_third_person(lemma), row["past"].strip().lower()))
    return frozenset(words)


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


# --- share-move vocabulary ------------------------------------------------------------------------------


def phrase_alternation(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first; a space matches any run of whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def norm_words(text: str) -> str:
    """Lower case with single spaces (the lookup key of a matched phrase)."""
    return re.sub(r"\s+", " ", text.strip().lower())


@dataclass(frozen=True)
class MoveWords:
    """Compiled share-move vocabulary (see ``data/moves_README.md`` for what each list means)."""

    falls: frozenset[str]
    rises: frozenset[str]
    doubling: dict[str, int]
    fall_nouns: frozenset[str]
    rise_nouns: frozenset[str]
    after_fall: frozenset[str]
    after_rise: frozenset[str]
    qualifiers: dict[str, str]
    verb_before: re.Pattern[str]
    noun_of_before: re.Pattern[str]
    noun_after: re.Pattern[str]
    qual_end: re.Pattern[str]
    running_total: re.Pattern[str]
    adjective_after: re.Pattern[str]
    doubling_re: re.Pattern[str]
    pct_of_ok: re.Pattern[str]
    non_move_after: re.Pattern[str]
    non_move_subjects: frozenset[str]
    index_heads: frozenset[str]
    index_names: re.Pattern[str]
    commodity_words: frozenset[str]
    currency_words: frozenset[str]
    currency_codes: frozenset[str]
    sector_words: frozenset[str]
    descriptor_words: frozenset[str]
    not_company: frozenset[str]
    company_nouns: frozenset[str]
    function_words: frozenset[str]
    person_titles: frozenset[str]
    headline_connectors: frozenset[str]
    places: frozenset[str]
    place_prefix: re.Pattern[str]
    exchanges: frozenset[str]
    period_phrases: dict[str, str]
    period_re: re.Pattern[str]
    session_words: dict[str, str]
    session_re: re.Pattern[str]
    regions: dict[str, str]
    region_re: re.Pattern[str]
    exchange_regions: dict[str, str]


@functools.lru_cache(maxsize=1)
def move_words() -> MoveWords:
    """Load and compile ``data/move_words.json``, the share-move vocabulary (cached for the process)."""
    raw = json.loads(MOVE_WORDS_PATH.read_text(encoding="utf-8"))
    falls = frozenset(norm_words(w) for w in raw["fall_verbs"])
    rises = frozenset(norm_words(w) for w in raw["rise_verbs"])
    quals: dict[str, str] = raw["qualifiers"]
    gap = phrase_alternation(raw["gap_words"])
    money = (r"(?:[A-Z]{0,3}\$|€|£|¥)?\d[\d,]*(?:\.\d+)?(?:\s*(?:billion|million|trillion|bn|mln|m|b)\b)?"
             r"\s*(?:yen|cents?|pence|p|won|rupees|euros?|yuan|francs|kroner|kronor|krona|points?|pts)?")
    qual = phrase_alternation(list(quals))
    verb_before = re.compile(
        r"(?<![\w-])(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?P<verb>" + phrase_alternation(falls | rises) + r")"
        r"(?P<gap>(?:\s*,?\s+(?:" + gap + r"))*?)"
        r"(?:\s+" + money + r"\s*,?\s*(?:or|and))?"
        r"\s*(?:\(\s*)?(?:(?P<qual>" + qual + r")\s+)?$",
        re.IGNORECASE,
    )
    fall_nouns = frozenset(norm_words(w) for w in raw["fall_nouns"])
    rise_nouns = frozenset(norm_words(w) for w in raw["rise_nouns"])
    nouns = phrase_alternation(fall_nouns | rise_nouns)
    noun_of_before = re.compile(
        r"(?<![\w-])(?P<noun>" + nouns + r")\s+of\s+(?:(?P<qual>" + qual + r")\s+)?$", re.IGNORECASE
    )
    noun_after = re.compile(
        r"^(?:\s*-\s*|\s+)(?:(?:one-day|single-day|intraday|daily|weekly|overnight|sharp|steep|further|share(?:-|\s)price|stock(?:-|\s)price)\s+)*"
        r"(?P<noun>" + nouns + r")\b",
        re.IGNORECASE,
    )
    after_fall = frozenset(raw["after_adjectives_fall"])
    after_rise = frozenset(raw["after_adjectives_rise"])
    adjective_after = re.compile(r"^\s+(?P<adj>" + phrase_alternation(after_fall | after_rise) + r")\b(?!\s+(?:to|from)\b)", re.IGNORECASE)
    doubling: dict[str, int] = {norm_words(k): int(v) for k, v in raw["rise_verbs_doubling"].items()}
    doubling_re = re.compile(
        r"(?<![\w-])(?:(?P<qual>" + qual + r")\s+)?(?P<num>" + phrase_alternation(list(doubling)) + r")\b"
        r"(?!\s+(?:down|up|the|a|an|its|their|his|her|our|in\s+size|in\s+price)\b)(?!-)", re.IGNORECASE
    )
    periods: dict[str, str] = {}
    for key, phrases in raw["period_phrases"].items():
        for p in phrases:
            periods[norm_words(p)] = key
    sessions: dict[str, str] = {}
    for key, phrases in raw["session_words"].items():
        for p in phrases:
            sessions[norm_words(p)] = key
    places = frozenset(raw["places"])
    return MoveWords(
        falls=falls,
        rises=rises,
        doubling=doubling,
        fall_nouns=fall_nouns,
        rise_nouns=rise_nouns,
        after_fall=after_fall,
        after_rise=after_rise,
        qualifiers={norm_words(k): v for k, v in quals.items()},
        verb_before=verb_before,
        noun_of_before=noun_of_before,
        noun_after=noun_after,
        qual_end=re.compile(r"(?<![\w-])(?P<qual>" + qual + r")\s+$", re.IGNORECASE),
        running_total=re.compile(  # "taking its loss for the week to roughly 11%", "pared its losses to 4.1%"
            r"(?<![\w-])(?P<noun>" + nouns + r")\b[^.;%\d]{0,40}?\bto\s+(?:(?P<qual>" + qual + r")\s+)?$", re.IGNORECASE
        ),
        adjective_after=adjective_after,
        doubling_re=doubling_re,
        pct_of_ok=re.compile(r"^\s*of\s+(?:" + phrase_alternation(raw["pct_of_ok"]) + r")\b", re.IGNORECASE),
        non_move_after=re.compile(
            r"^\s+(?:[\w-]+\s+){0,2}?(?:" + phrase_alternation(raw["non_move_nouns"]) + r")\b", re.IGNORECASE
        ),
        non_move_subjects=frozenset(norm_words(w) for w in raw["non_move_subjects"]),
        index_heads=frozenset(raw["index_heads"]),
        index_names=re.compile(r"(?<![\w&])(?:" + phrase_alternation(raw["index_names"]) + r")(?![\w&])"),
        commodity_words=frozenset(raw["commodity_words"]),
        currency_words=frozenset(raw["currency_words"]),
        currency_codes=frozenset(raw["currency_codes"]),
        sector_words=frozenset(raw["sector_words"]),
        descriptor_words=frozenset(norm_words(w) for w in raw["descriptor_words"]),
        not_company=frozenset(raw["not_company_words"]),
        company_nouns=frozenset(raw["company_nouns"]),
        function_words=frozenset(raw["function_words"]),
        person_titles=frozenset(raw["person_titles"]),
        headline_connectors=frozenset(raw["headline_connectors"]),
        places=places,
        place_prefix=re.compile(r"^(?:" + phrase_alternation(places) + r")(?:\s+|$)"),
        exchanges=frozenset(raw["exchanges"]),
        period_phrases=periods,
        period_re=re.compile(r"(?<![\w-])(?:" + phrase_alternation(list(periods)) + r")(?![\w-])", re.IGNORECASE),
        session_words=sessions,
        session_re=re.compile(r"(?<![\w-])(?:" + phrase_alternation(list(sessions)) + r")(?![\w-])", re.IGNORECASE),
        regions={norm_words(k): v for k, v in raw["regions"].items()},
        region_re=re.compile(r"(?<![\w-])(?:" + phrase_alternation(list(raw["regions"])) + r")(?![\w-])", re.IGNORECASE),
        exchange_regions={k.lower(): v for k, v in raw["exchange_regions"].items()},
    )
