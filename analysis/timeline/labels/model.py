"""An event label and its matching key: the value every other labels module builds."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz



DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "my", "this", "that", "these", "those"}
#: Words of a figure's unit: "85 per cent" and "23 per cent" share them and nothing else.
UNIT_WORDS = frozenset({"per", "cent", "percent", "pct", "points", "point", "bps", "basis"})
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bpct\b")


@dataclass(frozen=True)
class EventLabel:
    """A label and its matching key (``subject group object`` in lower case)."""

    label: str
    key: str
    subject: str
    verb: str


def _figure(text: str) -> str:
    """A figure as a number's digits: "3,5" and "3.5" alike (a comma before one or two digits is a decimal comma),
    "1,300" as "1300"."""
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return text.replace(",", ".")
    return text.replace(",", "")


@functools.lru_cache(maxsize=65536)
def _key_parts(key: str) -> tuple[str, str, frozenset[str], frozenset[str], bool, str]:
    """What :func:`key_similarity` reads of a label key, kept per key (a key is compared with many): its subject,
    verb group, object words of two or more letters but determiners and units, the object's figures, whether one of
    them is a percentage, and the key as words."""
    subject, group, obj = (key.split("|") + ["", "", ""])[:3]
    words = frozenset(w for w in obj.split() if len(w) > 1) - DETERMINERS - UNIT_WORDS
    figures = frozenset(_figure(f) for f in _FIGURE.findall(obj))
    return subject, group, words, figures, bool(_PERCENT.search(obj)), key.replace("|", " ").lstrip("~")


def key_similarity(a: str, b: str) -> float:
    """0–100: how likely two label keys (``subject|group|object``) name the same event. Same verb group and a
    shared object word (or figure) with compatible subjects scores 90; otherwise a fuzzy match of the whole keys.
    Two percentages with no figure in common are two facts ("falls 5.4 per cent", "loses 87 per cent"): 0 (other
    figures may tell one event two ways: "cuts 2,000 jobs", "cuts 5% of its staff")."""
    sa, ga, wa, fa, pa, flat_a = _key_parts(a)
    sb, gb, wb, fb, pb, flat_b = _key_parts(b)
    names_differ = bool(sa and sb and not sa.startswith("~") and not sb.startswith("~") and fuzz.token_set_ratio(sa, sb) < 80)
    if names_differ or (pa and pb and fa.isdisjoint(fb)):
        return 0.0
    if ga and ga == gb and not (wa.isdisjoint(wb) and fa.isdisjoint(fb)):  # a shared object word or figure
        return 90.0
    return float(fuzz.token_sort_ratio(flat_a, flat_b))


class NeedsContext(Exception):
    """The label's subject is a pronoun: it depends on the text before the sentence."""
