"""Speakers a document gives: the firm whose research note it is; the owner of a document a passage is quoted from.

"Here's the key paragraph from Acme's statement:" before a quotation gives Acme: an excerpt "from X's statement,
letter, report" is X's words.

A broker's research note is headed by the firm that publishes it ("HARGREAVE & LUND EQUITY RESEARCH | Software",
"Acme & Co Equity Research | Aerospace | 9 January 2024") and closes on the firm's disclosures ("Disclosures: Acme &
Co may seek investment banking business with the companies in this report."). In the note, "we" is that firm: its
analysts write in its name ("“…,” we wrote to clients on Friday"), and news credits such words to the firm. A page
whose head names its analysts ("Analysts: Jane Roe, CFA") is such a note even when cleaning set its heading and
disclosures apart from the text as page furniture: the head lines kept apart, or else the outlet, name the firm.
"""

from __future__ import annotations

import json
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
        return doc.house  # the page's head, which cleaning kept apart from the text (:func:`note_house`)
    firm = _name_case(found[0])
    for name, etype in zip(doc.names, doc.types, strict=True):
        if etype in ORG_TYPES and (name.casefold() == firm.casefold() or name.casefold().startswith(firm.casefold() + " ")):
            return name, etype
    return firm, "ORG"


#: a research note's head line naming its analysts ("Analysts: Jane Roe, CFA; Jo Bloggs")
_ANALYSTS = re.compile(r"\s*Analysts?\s*:\s*[A-Z]")
#: the kind of research a heading's part names alone, after the firm's part ("ACME SECURITIES — EQUITY RESEARCH")
_RESEARCH_KIND = re.compile(r"\s*(?:Equity|Credit|Investment|Fixed\s+Income)\s+Research\s*", re.I)
#: a firm whose name ends on "Research", in capitals opening a heading ("ACME STREET RESEARCH | Autos")
_RESEARCH_FIRM = re.compile(r"\s*(?P<firm>[A-Z][A-Z&.'’-]*(?:\s+[A-Z&][A-Z&.'’-]*)*\s+RESEARCH)\s*")
#: an outlet's remark in brackets or after "via" ("Acme Research (via a broker-notes site)", "Acme (research note)")
_OUTLET_REMARK = re.compile(r"\s*(?:\(|\bvia\b).*\Z", re.S)


def note_house(head_lines: str | None, outlet: str | None) -> tuple[str, str] | None:
    """(name, "ORG") of the firm whose research note a page is, read from the page's head (``head_lines``: the
    corpus's JSON list of ``[offset, line]`` that cleaning set apart from the text): a note's head names its analysts
    ("Analysts: Jane Roe, CFA"). The firm is the one its heading names ("ACME & CO EQUITY RESEARCH | Autos", "ACME
    SECURITIES — EQUITY RESEARCH", "ACME STREET RESEARCH | Autos"), else the outlet the page came from, without its
    remark ("Acme Securities", "Acme Equity Research (via a repost)": Acme). None for a page that is no research
    note."""
    lines = [" ".join(str(line).split()) for _at, line in json.loads(head_lines or "[]")]
    if not any(_ANALYSTS.match(line) for line in lines):
        return None
    for line in lines:
        parts = _PARTS.split(line)
        for k, part in enumerate(parts):
            m = _HOUSE.fullmatch(part) or (_RESEARCH_FIRM.fullmatch(part) if k == 0 else None)
            if m is not None:
                return _name_case(m["firm"]), "ORG"
            if k == 1 and _RESEARCH_KIND.fullmatch(part) and parts[0].strip()[:1].isupper():
                return _name_case(parts[0].strip()), "ORG"
    firm = _OUTLET_REMARK.sub("", outlet or "").strip()
    m = _HOUSE.fullmatch(firm)
    firm = m["firm"] if m is not None else firm
    return (firm, "ORG") if firm else None


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
