"""Test helpers for share moves read from one text with hand-given organisation mentions."""

from __future__ import annotations

import re


def org_mentions(text: str, *names: str) -> list[tuple[int, int, str, str, str]]:
    """Organisation mentions of each of ``names`` in ``text`` (each its own entity), longest name first."""
    out: list[tuple[int, int, str, str, str]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name) + r"(?![\w!])", text):
            if not any(a <= m.start() < b for a, b, *_ in out):
                out.append((m.start(), m.end(), name, name, "ORG"))
    return sorted(out)
