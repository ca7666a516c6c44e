"""Credit regions of an article: bylines, photo and wire credits, datelines, copyright lines.

Names inside these regions are still recognised, but get role="credit" so no count or chart uses them.
"""
from __future__ import annotations

import re

from analysis.entities.lexicon import get_lexicon

# "(Photo by Marc Delorme/Getty Images)", "(AP Photo/Kenji Arai, File)", "(Reuters/Jane Doe)"
_PAREN_CREDIT_RE = re.compile(
    r"\((?:[A-Z][\w.&-]*\s)?(?:Photo|Photograph|Image|Picture|Photos|Illustration|Graphic)s?\b[^()\n]{0,120}\)"
    r"|\([^()\n]{0,80}/(?:Getty Images|AFP|Reuters|Bloomberg|AP|EPA|Xinhua|Shutterstock|Alamy|Sipa|Pool)[^()\n]{0,40}\)"
)
# "Marc Delorme/Getty Images", "Park Min-jun/Bloomberg" outside parentheses
_SLASH_CREDIT_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*/\s*(?:[A-Z][\w.&-]*)(?:\s+(?:via\s+)?[A-Z][\w.&-]*){0,3}"
)
# "LONDON, Feb 21 (Example Wire) -" / "NEW YORK (AP) —"
_DATELINE_RE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]+:\s*)?[A-Z][A-Z .'’-]{1,40}?(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*\([^()\n]{1,40}\)\s*[-–—_:]+",
    re.MULTILINE,
)
_LINE_RE = re.compile(r"[^\n]+")
_BYLINE_RE = re.compile(r"^\s*By\s+[A-Z][^\n]{0,80}$")
_RIGHTS_RE = re.compile(r"All rights reserved|Copyright\s+(?:©\s*)?\d{4}|©\s*\d{4}", re.IGNORECASE)


def credit_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of credits in `text`. Input: article text. Output: sorted (start, end) pairs."""
    lex = get_lexicon()
    regions: list[tuple[int, int]] = []
    for match in _PAREN_CREDIT_RE.finditer(text):
        regions.append(match.span())
    for match in _DATELINE_RE.finditer(text):
        regions.append(match.span())
    starts = lex.credit_line_starts
    for line in _LINE_RE.finditer(text):
        body = line.group().strip()
        if not body:
            continue
        lead = line.start() + (len(line.group()) - len(line.group().lstrip()))
        if body.startswith(starts) or _RIGHTS_RE.search(body) or (
            _BYLINE_RE.match(body) and len(body.split()) <= 10
        ):
            regions.append((lead, line.end()))
            continue
        if "/" in body:
            for match in _SLASH_CREDIT_RE.finditer(body):
                tail = match.group().split("/", 1)[1].strip()
                if any(tail.startswith(agency) for agency in lex.credit_agencies):
                    regions.append((line.start() + match.start(), line.start() + match.end()))
    regions.sort()
    return regions


def in_regions(start: int, regions: list[tuple[int, int]]) -> bool:
    """True when offset `start` lies inside one of `regions` (sorted (start, end) pairs)."""
    for a, b in regions:
        if a <= start < b:
            return True
        if a > start:
            break
    return False
