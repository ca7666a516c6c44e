"""Plain records shared by the quote finder and the attribution step."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "partial"]
Attribution = Literal["adjacent", "coreference", "according-to", "none"]


@dataclass
class QuoteSpan:
    """One quotation: its quoted segments (offsets inside the marks) and where its sentence lies.

    ``segments`` are (start, end) pairs of quoted text, several for a split quote ("A," he said, "B.") or a
    quote running over paragraphs; ``open_at``/``close_at`` are the offsets of the first opening mark and just
    after the last closing mark; ``sent_start``/``sent_end`` bound the sentence(s) around it; ``para`` is the
    index of the paragraph where it opens."""

    segments: list[tuple[int, int]]
    open_at: int
    close_at: int
    sent_start: int
    sent_end: int
    para: int
    kind: QuoteKind = "direct"
    multi_para: bool = False
    gaps: list[tuple[int, int]] = field(default_factory=list)  # text between the parts of a split quote


@dataclass
class Speaker:
    """Who a quotation is credited to: canonical name, entity type, the words naming them, how it was found."""

    name: str = ""
    type: str = ""
    mention: str = ""
    attribution: Attribution = "none"
