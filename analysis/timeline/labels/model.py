"""An event label and its matching key: the value every other labels module builds."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rapidfuzz import fuzz



DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "my", "this", "that", "these", "those"}


@dataclass(frozen=True)
class EventLabel:
    """A label and its matching key (``subject group object`` in lower case)."""

    label: str
    key: str
    subject: str
    verb: str


@functools.lru_cache(maxsize=65536)
def _key_parts(key: str) -> tuple[str, str, frozenset[str], str]:
    """What :func:`key_similarity` reads of a label key, kept per key (a key is compared with many): its subject,
    verb group, object words of two or more letters but determiners, and the key as words."""
    subject, group, obj = (key.split("|") + ["", "", ""])[:3]
    words = frozenset(w for w in obj.split() if len(w) > 1) - DETERMINERS
    return subject, group, words, key.replace("|", " ").lstrip("~")


def key_similarity(a: str, b: str) -> float:
    """0–100: how likely two label keys (``subject|group|object``) name the same event. Same verb group and a
    shared object word with compatible subjects scores 90; otherwise a fuzzy match of the whole keys."""
    sa, ga, wa, flat_a = _key_parts(a)
    sb, gb, wb, flat_b = _key_parts(b)
    names_differ = bool(sa and sb and not sa.startswith("~") and not sb.startswith("~") and fuzz.token_set_ratio(sa, sb) < 80)
    if names_differ:
        return 0.0
    if ga and ga == gb and not wa.isdisjoint(wb):  # a shared object word
        return 90.0
    return float(fuzz.token_sort_ratio(flat_a, flat_b))


class NeedsContext(Exception):
    """The label's subject is a pronoun: it depends on the text before the sentence."""
