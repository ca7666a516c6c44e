"""Dates heading a line of a list ("Tuesday: Orvane results. UK inflation data.", "Nov. 5: Seven workers
rescued. The regulator suspends the mine."): the heading dates every sentence of its line."""

from __future__ import annotations

import re
from typing import Any

from analysis.timeline.dated import TemporalExpression
from analysis.timeline.labels import event_label

#: A colon after a date that opens its line: the date heads a list entry.
_HEADING_COLON = re.compile(r"\s*:\s")


def line_followers(
    doc: dict[str, Any], sentences: tuple[list[Any], ...], i: int, kept: list[TemporalExpression],
    text: str,
) -> list[dict[str, object]]:
    """A date heading its line ("Tuesday: Orvane results. UK inflation data.") dates every sentence of that
    line: one mention for each later sentence of the line (sentence ``i`` holds the heading; ``kept`` its
    expressions placed on the timeline). The caller drops those of sentences dated on their own."""
    starts, _, sent_ids, sent_texts = sentences
    s0 = int(starts[i])
    head = next((e for e in kept if e.start == s0 and _HEADING_COLON.match(text, e.end)), None)
    if head is None or text[max(0, s0 - 1):s0] not in ("", "\n"):
        return []
    line_end = text.find("\n", s0)
    line_end = len(text) if line_end < 0 else line_end
    out: list[dict[str, object]] = []
    j = i + 1
    while j < len(starts) and int(starts[j]) < line_end:
        sentence = str(sent_texts[j])
        label = event_label(sentence, 0, 0, text[:int(starts[j])])
        out.append({
            "doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": int(sent_ids[j]),
            "date_start": head.date_start, "date_end": head.date_end, "precision": head.precision,
            "expression": head.expression, "kind": head.kind, "basis": f"the date heading its line; {head.basis}",
            "event": label.label, "key": label.key, "sentence": sentence,
        })
        j += 1
    return out
