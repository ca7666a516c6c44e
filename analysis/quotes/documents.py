"""Speakers a document gives: the firm whose research note it is; the owner of a document a passage is quoted from.

"Here's the key paragraph from Acme's statement:" before a quotation gives Acme: an excerpt "from X's statement,
letter, report" is X's words.

A broker's research note is headed by the firm that publishes it ("HARGREAVE & LUND EQUITY RESEARCH | Software",
"Acme & Co Equity Research | Aerospace | 9 January 2024") and closes on the firm's disclosures ("Disclosures: Acme &
Co may seek investment banking business with the companies in this report."). In the note, "we" is that firm: its
analysts write in its name ("“…,” we wrote to clients on Friday"), and news credits such words to the firm.
"""

from __future__ import annotations

import re

from bisect import bisect_left

from .antecedents import ORG_TYPES, Doc
from .model import Speaker

#: the lines at the head of a text read for a research note's heading
_HEAD_LINES = 8
#: a heading's part naming the firm of a research note: the firm's name, then the kind of research
_HOUSE = re.compile(r"[ \t]*(?P<firm>[A-Z][\w&.'’-]*(?:[ \t]+(?:&|[A-Z][\w&.'’-]*))*)[ \t]+"
                    r"(?:Equity|Credit|Investment|Fixed[ \t]+Income)[ \t]+Research[ \t]*", re.I)
#: a research note's closing disclosures, opened by the firm's name and what it does ("Disclosures: Acme & Co
#: does and seeks to do business with companies covered in its research reports.")
_DISCLOSURES = re.compile(r"^[ \t]*Disclosures:[ \t]*(?P<firm>[A-Z][\w&.'’-]+(?:[ \t]+(?:&|[A-Z][\w&.'’-]*)){0,4})[ \t]+"
                          r"(?:does|may|seeks|and[ \t]+its|or[ \t]+its)\b", re.M)
#: what separates the parts of a heading line ("Firm Equity Research | Sector | date")
_PARTS = re.compile(r"[|·•]|\s[-—–]{1,2}\s")


def _name_case(words: str) -> str:
    """A firm's name written in capitals in the case names are written in ("HARGREAVE & LUND": "Hargreave &
    Lund"); a name in mixed case as it is."""
    return " ".join(w[:1] + w[1:].lower() for w in words.split()) if words.isupper() else " ".join(words.split())


def research_house(doc: Doc) -> tuple[str, str] | None:
    """(name, type) of the firm a research note's heading or closing disclosures name, the "we" of the note: the
    organisation the text names by those words (else the words in name case). None for a text with neither."""
    found = [m["firm"] for line in doc.text.split("\n")[:_HEAD_LINES] for part in _PARTS.split(line)
             if (m := _HOUSE.fullmatch(part)) is not None]
    found += [m["firm"] for m in _DISCLOSURES.finditer(doc.text)]
    if not found:
        return None
    firm = _name_case(found[0])
    for name, etype in zip(doc.names, doc.types, strict=True):
        if etype in ORG_TYPES and (name.casefold() == firm.casefold() or name.casefold().startswith(firm.casefold() + " ")):
            return name, etype
    return firm, "ORG"


#: the documents an excerpt is quoted from ("from Acme's statement:", "from Roe's letter to shareholders:")
_EXCERPT_DOCUMENTS = r"(?:statement|letter|report|note|memo|filing|announcement|release|press\s+release|email|post|" \
                     r"speech|testimony|remarks|notice|ruling|decision|order|complaint)"
#: a lead-in ending on "from <owner>'s <document>" and the colon before the quotation
_EXCERPT = re.compile(r"\bfrom\s+(?P<owner>[A-Z][^\s'’]*(?:\s+[A-Z&][^\s'’]*){0,4})['’]s?\s+(?:[a-z-]+\s+){0,2}"
                      + _EXCERPT_DOCUMENTS + r"\b[^:\n]{0,40}\Z")


def excerpt_owner(doc: Doc, lo: int, colon: int) -> Speaker | None:
    """The owner of the document a lead-in before a colon says the quotation is taken from ("Here's the key
    paragraph from Acme's statement:", "A passage from Jane Roe's letter to staff:"): the organisation or person the
    entity layer found under the owner's name. None for any other lead-in."""
    m = _EXCERPT.search(doc.text, lo, colon)
    if m is None:
        return None
    i = bisect_left(doc.starts, m.start("owner"))
    if i >= len(doc.starts) or doc.starts[i] != m.start("owner") or doc.ends[i] > m.end("owner") + 2 \
            or not (doc.types[i] in ORG_TYPES or doc.types[i] == "PERSON"):
        return None
    return Speaker(doc.names[i], doc.types[i], doc.text[lo:colon].strip(), "adjacent")


#: a definite description of a document, maybe with its size ("the report", "the 12-page report", "the full filing")
_DEFINITE_DOCUMENT = re.compile(r"[Tt]he\s+(?:\d+-[a-z]+\s+|[a-z]+\s+)?(?P<noun>[a-z]+)")
#: a sentence's subject putting out a document of any kind: "X on Tuesday published its full root cause analysis"
_PUT_OUT = re.compile(r"\s+(?:(?:on|late|early)\s+\w+\s+)?(?:published|released|issued|put\s+out)\s+(?:its|a|an|their)"
                      r"\s+(?:[\w-]+\s+){0,4}?(?P<noun>report|analysis|review|statement|study|letter|filing|memo)\b")
#: characters back from a document's description to its issuer
_ISSUER_REACH = 700


def issuer_of_document(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """(name, type) of the organisation that put out a document, when a definite description of one ("the 12-page
    report said", ``text[start:end]``) follows a sentence opening on an organisation that published or issued a
    document of another word ("Acme on Tuesday published its full root cause analysis. … the 12-page report
    said"): the nearest such organisation within :data:`_ISSUER_REACH` characters; None when there is none."""
    text = doc.text
    if _DEFINITE_DOCUMENT.fullmatch(text, start, end) is None:
        return None
    lo = max(0, start - _ISSUER_REACH)
    for i in range(bisect_left(doc.starts, start) - 1, bisect_left(doc.starts, lo) - 1, -1):
        if doc.types[i] not in ORG_TYPES or doc.inside_quote(doc.starts[i]) or not _PUT_OUT.match(text, doc.ends[i]):
            continue
        return doc.names[i], doc.types[i]
    return None
