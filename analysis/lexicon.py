"""One loader for the curated vocabulary in ``analysis/data/``: the alias catalog (``entities.csv``, optionally
extended by a corpus folder's own ``entities.csv``) and the event verbs and nouns (``event_verbs.csv``,
``event_nouns.csv``) that date resolution and event labels share."""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.errors import BadInputFile

CATALOG_PATH = config.PACKAGE_DIR / "data" / "entities.csv"
CATALOG_COLUMNS = ["name", "type", "aliases", "ticker", "exchange", "sector", "region"]
VERBS_PATH = config.PACKAGE_DIR / "data" / "event_verbs.csv"
NOUNS_PATH = config.PACKAGE_DIR / "data" / "event_nouns.csv"
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


def load_catalog(extra: Path | None = None) -> pd.DataFrame:
    """The catalog with columns :data:`CATALOG_COLUMNS`; ``aliases`` is a tuple of strings.

    Rows of ``extra`` (a corpus folder's ``entities.csv``) override rows of the same ``name``; an ``extra``
    that fails :func:`check_catalog` (or cannot be read) is ignored, never raised.
    """
    frames = [pd.read_csv(CATALOG_PATH, dtype=str, keep_default_na=False)]
    if extra is not None and Path(extra).is_file():
        try:
            frames.append(check_catalog(Path(extra).read_bytes(), Path(extra).name))
        except (BadInputFile, OSError):
            pass
    frame = pd.concat(frames, ignore_index=True).reindex(columns=CATALOG_COLUMNS).fillna("")
    frame = frame.drop_duplicates("name", keep="last")
    aliases = frame["aliases"].map(lambda s: tuple(a.strip() for a in str(s).split("|") if a.strip()))
    return frame.assign(aliases=aliases).sort_values("name").reset_index(drop=True)


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
