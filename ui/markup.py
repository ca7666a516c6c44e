"""Streamlit's Markdown dialect, in one place: user and article text escaped so it shows literally (never as
markup, links, images or HTML), and the word diffs of :mod:`analysis` drawn with Streamlit's coloured
backgrounds."""

from __future__ import annotations

import re

from analysis.overlap.chart import diff_words as sentence_diff
from analysis.quotes.cluster import diff_words as quote_diff

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")


def escape_markdown(text: object) -> str:
    """Backslash-escape Markdown syntax in ``text`` (newlines become spaces)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def variant_markdown(rep: str, variant: str) -> str:
    """A quote variant as escaped Markdown: words added against ``rep`` highlighted, dropped words struck through."""
    out = []
    for op, text in quote_diff(rep, variant):
        safe = escape_markdown(text)
        out.append(safe if op == "same" else f":red-background[{safe}]" if op == "added" else f"~~{safe}~~")
    return " ".join(out)


def diff_markdown(a: str, b: str) -> tuple[str, str]:
    """Two aligned sentences as escaped Markdown, differing words on an orange (A) or blue (B) background."""

    def render(words: list[tuple[str, bool]], colour: str) -> str:
        return " ".join(f":{colour}-background[{escape_markdown(w)}]" if d else escape_markdown(w) for w, d in words)

    left, right = sentence_diff(a, b)
    return render(left, "orange"), render(right, "blue")
