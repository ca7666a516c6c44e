"""Word lists and the company catalog used by the entity layer.

Inputs: `analysis/data/entities_lexicon.json` (hand-kept general lexicon), `analysis/data/given_names.txt`
and the `pytickersymbols` package (company names and tickers). Output: one cached `Lexicon` object.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis.companies import raw_companies, short_company_name

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
LEXICON_FILE = DATA_DIR / "entities_lexicon.json"
GIVEN_NAMES_FILE = DATA_DIR / "given_names.txt"

_NORM_RE = re.compile(r"[^a-z0-9&]+")
_RIC_SUFFIX_RE = re.compile(r"^([A-Z0-9&-]{1,10})(?:[.:][A-Z]{1,4})$")


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """Lower-case `text`, fold accents ('Société' -> 'societe') and curly apostrophes, keep letters/digits/& only
    (spaces between words)."""
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _NORM_RE.sub(" ", text.lower().replace("’", "'").replace("'s ", " ").replace("'", "")).strip()


@dataclass
class Lexicon:
    """All word lists as sets/dicts, keyed for fast lookup."""

    legal_suffixes: frozenset[str]
    org_heads: frozenset[str]
    institution_heads: frozenset[str]
    known_org_alias: dict[str, str]
    exchange_prefixes: frozenset[str]
    indices: frozenset[str]
    commodities: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    descriptor_words: frozenset[str]
    role_titles: dict[str, int]
    honorifics: frozenset[str]
    portfolio_words: frozenset[str]
    person_cue_before: frozenset[str]
    person_nouns_before: frozenset[str]
    person_cue_after: frozenset[str]
    market_verbs: frozenset[str]
    market_states: frozenset[str]
    stop_capitalised: frozenset[str]
    time_words: frozenset[str]
    non_entity_acronyms: frozenset[str]
    generic_fragments: frozenset[str]
    product_cues_after: frozenset[str]
    product_nouns: frozenset[str]
    credit_line_starts: tuple[str, ...]
    credit_agencies: frozenset[str]
    name_particles: frozenset[str]
    name_starters: frozenset[str]
    place_heads: frozenset[str]
    event_heads: frozenset[str]
    title_modifiers: frozenset[str]
    programme_heads: frozenset[str]
    product_nouns_before: frozenset[str]
    weekdays: frozenset[str]
    speech_verbs: frozenset[str]
    given_names: frozenset[str]
    max_role_len: int = 4
    role_first_words: frozenset[str] = frozenset()
    catalog_names: dict[str, str] = field(default_factory=dict)
    catalog_tickers: dict[str, str] = field(default_factory=dict)
    state_abbreviations: frozenset[str] = frozenset()
    place_prefixes: frozenset[str] = frozenset()
    place_nouns_before_of: frozenset[str] = frozenset()
    place_modifiers_before: frozenset[str] = frozenset()
    facility_nouns_after: frozenset[str] = frozenset()
    site_nouns_after: frozenset[str] = frozenset()
    org_lead_words: frozenset[str] = frozenset()
    outlet_nouns_after: frozenset[str] = frozenset()
    law_nouns_after: frozenset[str] = frozenset()
    hazard_nouns_after: frozenset[str] = frozenset()
    event_tails: frozenset[str] = frozenset()
    title_tails: frozenset[str] = frozenset()
    unit_nouns_after_number: frozenset[str] = frozenset()
    org_nouns_after: frozenset[str] = frozenset()
    numbered_place_heads: frozenset[str] = frozenset()
    numbered_thing_heads: frozenset[str] = frozenset()
    place_alias: dict[str, str] = field(default_factory=dict)  # "U.S." -> "United States"
    # a bare head noun naming one body where a text's cues say so: "Commission" -> ("European Commission", cues)
    bare_bodies: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    seat_metonyms: frozenset[str] = frozenset()
    social_platforms: frozenset[str] = frozenset()  # "said on Twitter", "responded on LinkedIn": where a post went
    product_nouns_owned: frozenset[str] = frozenset()
    section_labels: frozenset[str] = frozenset()
    false_titles: frozenset[str] = frozenset()  # occupations written as a title: "Actress Jane Roe" (also in roles)
    currency_abbreviations: frozenset[str] = frozenset()
    programmes: frozenset[str] = frozenset()
    named_events: frozenset[str] = frozenset()
    fund_brands: frozenset[str] = frozenset()
    malware_nouns_after: frozenset[str] = frozenset()
    rate_heads: frozenset[str] = frozenset()
    # a kind of firm in two words whose first opens a sentence before the firm's name ("Proxy adviser X said")
    descriptor_compounds: frozenset[str] = frozenset()
    # last words that only say what form a company takes ("holdings", "motor"): "Quist Motor" is "Quist" (lower case)
    company_form_tails: frozenset[str] = frozenset()
    # the labels of a research note's header line naming its authors: "Analysts: Jane Roe · Jo Quist"
    research_labels: frozenset[str] = frozenset()
    # words after a company's name that name one of its units or a sister company ("Quist Securities", "Quist
    # Services"), not the rest of its own name ("Quist Land Development")
    unit_tails: frozenset[str] = frozenset()
    # letters after a person's name for an office or an honour ("Jane Roe QC", "John Doe OBE"): no name of their own
    post_nominals: frozenset[str] = frozenset()
    # a given name's familiar short form -> the given names it shortens ("Dick" -> {"Richard"}, "Steve" -> {"Steven",
    # "Stephen"})
    given_name_short_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    pathogens: frozenset[str] = frozenset()  # a germ's genus: "Salmonella", "Listeria" (a thing, no organisation)
    # a bloc's abbreviation -> the body it abbreviates: "EU" alone names the bloc as a place ("EU rules", "exports
    # to the EU"); the body is named where the text spells its name ("the European Union imposed duties")
    bloc_short_forms: dict[str, str] = field(default_factory=dict)
    # a word of a company's name in its home language -> the word its English name has ("Rück" -> "Re")
    name_word_translations: dict[str, str] = field(default_factory=dict)


_OPTIONAL_LISTS = ("currency_abbreviations", "rate_heads", "programmes", "named_events", "fund_brands", "malware_nouns_after", "seat_metonyms", "social_platforms", "state_abbreviations", "place_prefixes", "place_nouns_before_of", "place_modifiers_before",
                   "facility_nouns_after", "site_nouns_after", "org_lead_words", "outlet_nouns_after",
                   "law_nouns_after", "hazard_nouns_after", "event_tails", "title_tails", "unit_nouns_after_number", "org_nouns_after",
                   "numbered_place_heads", "numbered_thing_heads", "product_nouns_owned", "section_labels", "false_titles",
                   "pathogens", "descriptor_compounds", "company_form_tails",
                   "research_labels", "unit_tails", "post_nominals")


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(values)


def _load_catalog() -> tuple[dict[str, str], dict[str, str]]:
    """Company names (normalised short form -> display name) and tickers -> display name, from the listed
    companies of the ``pytickersymbols`` package (:func:`analysis.companies.raw_companies`)."""
    names: dict[str, str] = {}
    tickers: dict[str, str] = {}
    for company in raw_companies():
        full = company.get("name") or ""
        if not full:
            continue
        short = short_company_name(full)
        names.setdefault(norm_key(short), short)
        names.setdefault(norm_key(full), short)
        symbols = [company.get("symbol") or ""]
        symbols += [s.get("yahoo") or "" for s in company.get("symbols", []) or []]
        for sym in symbols:
            if not sym:
                continue
            tickers.setdefault(sym.upper(), short)
            match = _RIC_SUFFIX_RE.match(sym.upper())
            if match:
                tickers.setdefault(match.group(1), short)
    return names, tickers


# the last word of a listed company's name that tells its reach, which news copy leaves out ("Philip Morris
# International" is "Philip Morris")
_REACH_TAILS = ("International", "Worldwide", "Global")


def _add_reach_stems(names: dict[str, str]) -> None:
    """Add the name of each catalog company without its reach word (:data:`_REACH_TAILS`) as another key of it,
    when that name has two words or more ("Philip Morris International" is "Philip Morris") and no other company
    has it. A one-word stem stays out: it is as often a surname ("Matthews International" beside "Matthews said")
    or a place ("Albany International")."""
    for short in sorted(set(names.values())):
        words = short.split()
        if len(words) < 3 or words[-1] not in _REACH_TAILS:
            continue
        names.setdefault(norm_key(" ".join(words[:-1])), short)


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """Load and cache the lexicon (data files + catalog). Output: a `Lexicon`."""
    raw = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    known: dict[str, str] = {}
    for canonical, aliases in raw["known_orgs"].items():
        known[canonical] = canonical
        for alias in aliases:
            known[alias] = canonical
    roles: dict[str, int] = {}
    for title in [*raw["role_titles"], *raw.get("false_titles", [])]:
        roles[title] = len(title.split())
    given: set[str] = set()
    if GIVEN_NAMES_FILE.exists():
        for line in GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                given.add(line)
    names, tickers = _load_catalog()
    _add_reach_stems(names)
    return Lexicon(
        legal_suffixes=_words(raw["legal_suffixes"]),
        org_heads=_words(raw["org_heads"]),
        institution_heads=_words(raw["institution_heads"]),
        known_org_alias=known,
        exchange_prefixes=_words(raw["exchange_prefixes"]),
        indices=_words(raw["indices"]),
        commodities=_words(raw["commodities"]),
        places=_words(raw["places"]),
        demonyms=_words(raw["demonyms"]),
        descriptor_words=_words(w.lower() for w in raw["descriptor_words"]),
        role_titles=roles,
        honorifics=_words(raw["honorifics"]),
        portfolio_words=_words(raw["portfolio_words"]),
        person_cue_before=_words(raw["person_cue_before"]),
        person_nouns_before=_words(raw["person_nouns_before"]),
        person_cue_after=_words(raw["person_cue_after"]),
        market_verbs=_words(raw["market_verbs"]),
        market_states=_words(raw["market_states"]),
        stop_capitalised=_words(raw["stop_capitalised"]),
        time_words=_words(raw["time_words"]),
        non_entity_acronyms=_words(raw["non_entity_acronyms"]),
        generic_fragments=_words(raw["generic_fragments"]),
        product_cues_after=_words(raw["product_cues_after"]),
        product_nouns=_words(raw["product_nouns"]),
        credit_line_starts=tuple(raw["credit_line_starts"]),
        credit_agencies=_words(raw["credit_agencies"]),
        name_particles=_words(raw["name_particles"]),
        name_starters=_words(raw["name_starters"]),
        place_heads=_words(raw["place_heads"]),
        event_heads=_words(raw["event_heads"]),
        title_modifiers=_words(raw["title_modifiers"]),
        programme_heads=_words(raw["programme_heads"]),
        product_nouns_before=_words(raw["product_nouns_before"]),
        weekdays=_words(raw["weekdays"]),
        speech_verbs=_words(raw["speech_verbs"]),
        given_names=frozenset(given),
        max_role_len=max(roles.values()) if roles else 1,
        role_first_words=frozenset({t.split()[0] for t in roles} | set(raw["portfolio_words"])),
        catalog_names=names,
        catalog_tickers=tickers,
        **{key: _words(raw.get(key, [])) for key in _OPTIONAL_LISTS},
        place_alias={alias: canonical for canonical, aliases in raw.get("place_aliases", {}).items()
                     for alias in [canonical, *aliases]},
        bare_bodies={head: (entry["name"], frozenset(entry["cues"]))
                     for head, entry in raw.get("bare_bodies", {}).items()},
        name_word_translations=dict(raw.get("name_word_translations", {})),
        given_name_short_forms=_short_forms(raw.get("given_name_short_forms", {})),
        bloc_short_forms={alias: canonical for canonical, aliases in raw.get("bloc_short_forms", {}).items()
                          for alias in aliases},
    )


def _short_forms(formal_to_short: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """The lexicon's given names and their familiar forms, turned round: short form -> the given names it shortens."""
    out: dict[str, set[str]] = {}
    for formal, shorts in formal_to_short.items():
        for short in shorts:
            out.setdefault(short, set()).add(formal)
    return {short: frozenset(formals) for short, formals in out.items()}


def company_for_ticker(ticker: str) -> str | None:
    """Company name for a ticker or RIC ('GOOGL', 'MU.O', 'BP.L', 'NYSE:ALB'); None when the catalog lacks it.

    Input: a ticker string, optionally with an exchange prefix or a RIC/Yahoo suffix.
    Output: the catalog's short company name ('Alphabet') or None.
    """
    lex = get_lexicon()
    sym = ticker.strip().upper()
    if ":" in sym:
        sym = sym.split(":", 1)[1].strip()
    if not sym:
        return None
    hit = lex.catalog_tickers.get(sym)
    if hit is None:
        match = _RIC_SUFFIX_RE.match(sym)
        if match:
            hit = lex.catalog_tickers.get(match.group(1))
    return hit


@lru_cache(maxsize=65536)
def catalog_company(name: str) -> str | None:
    """Catalog display name for a company name ('Alphabet Inc.' -> 'Alphabet'), or None."""
    lex = get_lexicon()
    return lex.catalog_names.get(norm_key(name)) or lex.catalog_names.get(norm_key(short_company_name(name)))


@lru_cache(maxsize=65536)
def strip_legal_suffix(name: str) -> str:
    """'Alphabet Inc.' -> 'Alphabet', 'BP Plc' -> 'BP', 'Harlow & Finch' and 'Mitsui & Co' unchanged.
    Input/output: a name."""
    lex = get_lexicon()
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in lex.legal_suffixes and words[-2] not in ("&", "and", "amp"):
        words.pop()
    return " ".join(words).rstrip(",")
