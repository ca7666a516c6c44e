"""Streamlit's Markdown dialect, in one place: user and article text escaped so it shows literally (never as
markup, links, images or HTML), and the word diffs of :mod:`analysis` drawn with Streamlit's coloured
backgrounds."""

from __future__ import annotations

import re

from analysis.charts import plural
from analysis.corpus.table import term_patterns
from analysis.overlap.chart import diff_words as sentence_diff
from analysis.quotes.cluster import diff_words as quote_diff

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")


#: Where GitHub-flavoured Markdown would make a link of plain text ("http://…", "www.…", "name@host"): a
#: zero-width space there keeps it plain text (backslash escapes do not stop these autolinks).
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|www)(?=[:.])|(@)")


def escape_markdown(text: object) -> str:
    """Backslash-escape Markdown syntax in ``text`` (newlines become spaces); URLs and e-mail addresses are
    kept from becoming links."""
    return _MD_SPECIAL.sub(r"\\\1", _AUTOLINK.sub(lambda m: f"{m.group(1)}\u200b" if m.group(1) else "\u200b@", str(text))).replace("\n", " ")


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


def marked_markdown(text: str, query: str) -> str:
    """``text`` as escaped Markdown with the words of a search ``query`` on a yellow background."""
    spans = sorted({(m.start(), m.end()) for p in term_patterns(query) for m in p.finditer(text)})
    out, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        out.append(escape_markdown(text[at:start]))
        out.append(f":yellow-background[{escape_markdown(text[start:end])}]")
        at = end
    out.append(escape_markdown(text[at:]))
    return "".join(out)


def names_markdown(names: str, limit: int = 12) -> str:
    """A comma-separated list of names (outlets) as escaped Markdown, at most ``limit`` of them: "A, B, C and 48
    more"."""
    items = [n for n in str(names).split(", ") if n]
    head = ", ".join(escape_markdown(n) for n in items[:limit])
    return head + (f" and {len(items) - limit:,} more" if len(items) > limit else "")


def printing_markdown(outlet: str, alike: int, fidelity: str, speaker: str, card_speaker: str, attribution: str,
                      mention: str) -> str:
    """One printing of a quote on its card, as escaped Markdown: "**Outlet** and 2 other printings word for word
    alike · fidelity 97 · attributed to X · named as “the minister”". ``alike``: the other printings of the same
    words; ``fidelity``: its figure, or "the only printing"; ``speaker``: the printing's, said when it differs from
    the card's ``card_speaker``; ``mention``: the words naming the speaker, said when they differ from its name and
    there is a speaker (a printing attributed to nobody was "named as" a phrase of the quote)."""
    others = f" and {plural(alike, 'other printing')} word for word alike" if alike else ""
    label = f"**{escape_markdown(outlet)}**{others} · {fidelity}"
    if speaker != card_speaker:
        label += f" · attributed to {escape_markdown(speaker) if speaker else 'nobody'}"
    if attribution == "corrected":
        label += " · speaker corrected by the user"
    elif speaker and mention and mention != speaker:
        label += f" · named as “{escape_markdown(mention)}”"
    return label
