"""The company an interview or a transcript is held with: what the interviewer's "your shares" and the interviewee's
"our shares" mean.

An interview names its guest's company in its head, by the guest's role: "Q&A: Acme Tools' chief on the recall",
"Acme Tools CEO Jane Roe on ...", "Jane Roe, chief economist at Acme Bank, answered five questions". The turns below
it ("Q: Your shares fell about 6% last week", "Roe: Our share price fell 14% on the day we announced") speak of that
company's stock, whatever other firm the guest or the outlet named just before (a customer, a supplier, the
interviewing outlet itself).
"""

from __future__ import annotations

import re

from .coref import DocMentions

#: A guest's role beside its company's name: chief, chief executive (officer), CEO, CFO, chair, founder, president,
#: boss, head, chief economist ...
_ROLE = (r"(?:chief(?:\s+(?:executive|financial|operating|investment|economist|strategist))?(?:\s+officer)?|"
         r"CEO|CFO|COO|chair(?:man|woman)?|president|(?:co-)?founder|boss|head|managing\s+director|economist|strategist)")
#: Right after the company's name: "Acme Tools' chief", "Acme's interim CEO", "Acme Tools CEO Jane Roe".
_ROLE_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:interim|acting|new|outgoing|incoming)\s+)?" + _ROLE + r"\b",
                         re.IGNORECASE)
#: Right before it: "chief executive of Acme", "chief economist at Acme Bank".
_ROLE_BEFORE = re.compile(r"\b" + _ROLE + r"\s+(?:of|at)\s+(?:the\s+)?$", re.IGNORECASE)
#: A turn of the interview: a question's line ("Q: ...", "What triggered the sell-off?") or a speaker's label
#: ("HOST: ...", "Roe: ...").
_TURN_LINE = re.compile(r"(?:Q|A|[A-Z][\w .,'’&()-]{0,50}):\s|.*\?\s*$")
#: How far into the text the head may run when no turn comes first.
_HEAD_CHARS = 1200


def _turn_lines(lines: list[str]) -> list[int]:
    """Indices of the lines (the headline, line 0, aside) that are turns of an interview."""
    return [i for i, line in enumerate(lines) if i and _TURN_LINE.match(line.strip())]


def is_interview(text: str) -> bool:
    """Whether ``text`` (headline and body) is an interview or a transcript: two lines or more below the headline
    are turns (a question's line or a speaker's label)."""
    return len(_turn_lines(text.split("\n"))) >= 2


def interviewee_company(text: str, mentions: DocMentions) -> str | None:
    """The organisation of ``mentions`` (the entity layer's name) that the head of an interview or transcript
    ``text`` (headline and body) names by its guest's role; None when ``text`` is no interview (fewer than two turns
    of questions or labels) or its head names none."""
    lines = text.split("\n")
    turns = _turn_lines(lines)
    if len(turns) < 2:
        return None
    head = "\n".join(lines[: turns[0]])[:_HEAD_CHARS]
    surfaces = sorted({(surface, name) for _a, _b, surface, name, kind in mentions if kind.upper() == "ORG"
                       and len(surface) > 1}, key=lambda x: -len(x[0]))
    found: list[tuple[int, str]] = []
    for surface, name in surfaces:
        for m in re.finditer(rf"(?<![\w&.-]){re.escape(surface)}(?![\w&-])", head):
            if _ROLE_AFTER.match(head, m.end()) or _ROLE_BEFORE.search(head, max(0, m.start() - 60), m.start()):
                found.append((m.start(), name))
    return min(found)[1] if found else None
