"""The vocabulary of ``analysis/data/move_words.json``, compiled once into regular expressions."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "move_words.json"


def phrase_alternation(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first; a space matches any run of whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def norm_words(text: str) -> str:
    """Lower case with single spaces (the lookup key of a matched phrase)."""
    return re.sub(r"\s+", " ", text.strip().lower())


@dataclass(frozen=True)
class Lexicon:
    """Compiled word lists (see ``moves_README.md`` for what each list means)."""

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


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile ``move_words.json`` (cached for the process)."""
    raw = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
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
    return Lexicon(
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
    )
