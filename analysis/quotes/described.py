"""A person described in a story's lead and named in the paragraph after it.

Wire copy often opens on a description and names the person only in the next paragraph: "A senior Acme executive
apologized to lawmakers on Tuesday, telling a House panel the company had made changes so that “…”." then "“…,”
Jane Roe, Acme's senior vice president, told the committee." The described executive is Jane Roe, and the words of
the lead are hers, not Acme's (which is where the description's organisation would otherwise take them).
"""

from __future__ import annotations

import re

from .words import PRESS, ROLE_PERSON

Row = tuple[object, ...]  # start, end, quote, kind, speaker, speaker type, mention, attribution

#: an indefinite description of one person at an organisation: "A senior Acme executive", "An Acme official"
_DESCRIBED = re.compile(r"[Aa]n?\s+(?:[a-z-]+\s+){0,2}(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
                        r"(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+)")
#: the person's apposition naming the same organisation's role: ", Acme's senior vice president", ", a senior vice
#: president at Acme"
_APPOSED_ROLE = r",\s+(?:{org}['’]s\s|(?:an?|the)\s+[^,.;\n]{{0,60}}\b(?:at|of|for)\s+{org}\b)"


def identified_later(text: str, rows: list[Row]) -> list[Row]:
    """``rows`` (:func:`~analysis.quotes.find.quote_records` rows, in text order) with a quotation credited to the
    organisation of an indefinite description of one of its people ("A senior Acme executive … “…”") credited to
    the person the next paragraph names with a role at that organisation and quotes ("“…,” Jane Roe, Acme's senior
    vice president, told …"): the same person, named late."""
    out = list(rows)
    for k, row in enumerate(rows):
        m = _DESCRIBED.fullmatch(str(row[6]))
        if not row[4] or row[5] == "PERSON" or m is None or m["head"] not in ROLE_PERSON or m["head"] in PRESS:
            continue
        para_end = text.find("\n", int(row[1]))
        if para_end < 0:
            continue
        nxt = next((r for r in rows[k + 1:] if int(r[0]) > para_end), None)
        if nxt is None or nxt[5] != "PERSON" or "\n" in text[para_end + 1:int(nxt[0])].strip():
            continue  # the person must speak in the very next paragraph
        person = str(nxt[6])
        at = text.find(person, para_end, text.find("\n", int(nxt[0])) if "\n" in text[int(nxt[0]):] else len(text))
        org = re.escape(m["org"])
        if at < 0 or not re.compile(_APPOSED_ROLE.format(org=org)).match(text, at + len(person)):
            continue
        out[k] = (*row[:4], nxt[4], nxt[5], row[6], "coreference")
    return out
