"""Sentence splitting for news prose.

A small rule-based splitter, fast enough for tens of thousands of articles. It keeps abbreviations
("U.S.", "e.g.", "Inc.", "Jan.", "RENO, Nev. (AP)"), initials ("J. Smith"), decimals ("2.14%") and quotes that end a
sentence (‘… ones,” LeCun said.’), a German ordinal day ("on 3. February") and a table row's leader dots ("Acme
........ -21.4%") intact, and ends a sentence after a price ("closed at $12.51. The"), a possessive
("the Treasury's. The") or a company's "Corp." before a sentence's first word. Checked against an independent
splitter on real news (political and wire copy): where the two differ, the cases were read. Sentences never cross
a paragraph (line) boundary.
"""

from __future__ import annotations

import re

import pandas as pd

#: Words that end with a period without ending a sentence (compared lower-case, without the final period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt
    inc corp co ltd llc plc bros dept univ assn est approx no nos vol vs etc al fig figs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    e.g i.e cf viz ca u.s u.k u.n e.u u.s.a a.m p.m d.c n.y l.a ph.d
    """.split()
)
#: Abbreviations that are also words ("sun", "wed", "ill", "no"): abbreviations only when capitalised ("Sun.",
#: "Ill."), and "No." only before a number ("No. 5"): "wind and sun. But ..." and "A: No. I mean ..." end there.
_WORD_ABBREVIATIONS = frozenset("mar jun sun sat wed mon no nos est col gen rep sen pres".split())
#: US state abbreviations as AP style writes them after a city ("RENO, Nev. (AP) —"): capitalised only.
STATE_ABBREVIATIONS = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore "
    "pa penn tenn tex va vt wash wis wyo".split()
)
#: Abbreviations that usually end a sentence when a capitalised word follows: "... to the U.S. The ...", "...
#: a stake in Brindle Corp. The remaining ...".
_SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    {"etc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "inc", "corp", "co", "ltd", "llc", "plc"}
) | STATE_ABBREVIATIONS

#: Words that start a new sentence after "U.S." or "etc." (a following proper noun does not).
_SENTENCE_STARTERS = frozenset(
    "the a an this that these those then but and so yet he she it they we i you its his her their our "
    "in on at for after before when while if as there here what why how however meanwhile".split()
)

#: Quotation marks: English and French ones, and the German and Scandinavian "„…“", "‚…‘" and "»…«" (their closing
#: marks "“" "‘" "«" open an English or French quotation; "»", which also closes a French one after a space, is no
#: opener here).
_CLOSERS = "\"'”’»“‘«)]"
_OPENERS = "\"'“‘«„‚([¿¡"
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)(\s+)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_WORD = re.compile(r"[\w']+")
#: How far back a boundary looks for the word before it (longer "words" are not abbreviations anyway).
_LOOKBEHIND = 64


_STARTERS = _OPENERS + "•-–—"
#: A month's name (English or German) as a word: after "3." it makes the figure a day's ordinal ("am 3. Februar",
#: machine-translated "on 3. February").
_MONTH_AFTER = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                          r"|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b")
#: The word before such a day ("on 3. February", "am 3. Februar", "since 2. May"): "Sales rose 12. March was ..." ends.
_DAY_PREPOSITION = re.compile(r"\b(?i:on|from|until|till|since|by|to|of|the|am|vom|bis|zum|seit|ab|den|dem)\s+$")
#: Leader dots between a table row's label and its figure ("Acme (ACM) ........ -21.4%"): four periods or more.
LEADER_DOTS = 4
_QUOTE_OPENERS = "\"'“‘«„‚"


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    end = match.end()
    if end >= len(text):
        return True
    nxt = text[end]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _STARTERS):
        return False
    if match.group(1) != ".":
        return True
    return _period_ends(text, match, nxt)


def _period_ends(text: str, match: re.Match[str], nxt: str) -> bool:
    """Whether a single period (``match`` of :data:`_BOUNDARY`) followed by ``nxt``, which may start a sentence,
    ends one: not after an abbreviation, an initial, a dotted acronym or a day written as an ordinal before its month
    ("on 3. February", German style)."""
    if match.group(2):  # '.”' or '.)' ends a sentence even after an abbreviation-looking word
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - _LOOKBEHIND), match.start())
    written = (word.group(1) if word else "").rstrip(".")
    token = written.lower()
    before = text[word.start() - 1] if word and word.start() > 0 else " "
    if token.isdigit() and len(token) <= 2 and _MONTH_AFTER.match(text, match.end()) is not None and 1 <= int(token) <= 31 \
            and _DAY_PREPOSITION.search(text, max(0, word.start() - 12), word.start()) is not None:
        return False  # "Already on 3. February the shares ...": the day's ordinal, as German writes it
    if len(token) == 1 and token.isalpha():
        # an initial ("J. Smith", "S.&P. 500"), not a possessive's or a name's last letter ("the Treasury's. The",
        # "AT&T. And")
        return before in "'’" or before == "&" and text[word.start() - 2: word.start() - 1] != "."
    if token in ("no", "nos"):
        return not (nxt.isdigit() or nxt == "#")  # "No. 5", "team no. 225"; "A: No. I mean ..."
    if token in _WORD_ABBREVIATIONS or token in STATE_ABBREVIATIONS:
        if not written[:1].isupper():
            return True  # "wind and sun.", "he fell ill."
    if token in ABBREVIATIONS or token in STATE_ABBREVIATIONS:
        if token not in _SENTENCE_FINAL_ABBREVIATIONS:
            return False
        next_word = _NEXT_WORD.match(text, match.end(), match.end() + _LOOKBEHIND)
        following = next_word.group(0).lower() if next_word else ""
        quoted = nxt in _QUOTE_OPENERS and text[match.end() + 1: match.end() + 2][:1].isupper()
        if token in STATE_ABBREVIATIONS:
            # "in Fresno, Calif. Together they ..." ends; a dateline goes on ("RENO, Nev. (AP) —", "SCRANTON,
            # Pa. — ...") and so does a title after it ("former Fla. Gov. Jeb Bush")
            if following.removesuffix("s").rstrip("'’") in ABBREVIATIONS:
                return False
            return quoted or nxt not in _STARTERS
        return quoted or following.removesuffix("'s").removesuffix("’s") in _SENTENCE_STARTERS
    if "." in token and all(len(part) <= 2 and part.isalpha() for part in token.split(".")):
        return False  # other dotted acronyms "N.J.", not a price or a figure ("closed at $12.51. The ...")
    return True


#: A full stop with no space after it, between a lower-case word (or a percent) and a capitalised word that a space
#: or a comma follows ("were mixed.Sunac China climbed", "gained 15.6%.The S&P 500", "production.I added"): two
#: sentences run together by a lost space, as typed or scraped. Only after a word of lower-case letters or a figure
#: with its percent sign (:data:`_GLUED_WORD`), so an address or a dotted name stays whole ("example.com",
#: "www.site.Com", "U.S.Steel").
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}|\d%)[.!?](?=[A-Z][a-z]*[\s,;:])")
_GLUED_WORD = re.compile(r"[\"'“‘(]?(?:[a-z]+|\d[\d.,]*%)")


def _glued_cuts(paragraph: str, start: int, end: int) -> list[int]:
    """Offsets right after each full stop of :data:`_GLUED_STOP` in ``paragraph[start:end]`` whose word before is
    :data:`_GLUED_WORD` whole."""
    cuts = []
    for match in _GLUED_STOP.finditer(paragraph, start, end):
        word = paragraph[paragraph.rfind(" ", start, match.start()) + 1: match.start()]
        if _GLUED_WORD.fullmatch(word):
            cuts.append(match.end())
    return cuts


#: A paragraph's run-in heading of a day, set off by a full stop ("Monday. Tokyo's index fell 12%.", "THURSDAY. The
#: invasion.", "Friday, Aug. 9. TSMC reported ..."): a diary's label, no sentence of its own; it stays with the sentence
#: after it, which it dates.
_DAY_LABEL = re.compile(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:,?\s+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*))?\.")


def split_spans(paragraph: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character spans of the sentences of one paragraph, stripped of whitespace; two
    sentences joined by a full stop without a space (:data:`_GLUED_STOP`) are two."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(paragraph)
    for match in _BOUNDARY.finditer(paragraph):  # _is_boundary, inlined: it runs on every candidate
        end = match.end()
        if end < n:
            nxt = paragraph[end]
            if not (nxt.isupper() or nxt.isdigit() or nxt in _STARTERS):
                continue
            if match.group(1) == "." and not _period_ends(paragraph, match, nxt):
                continue
            if len(match.group(1)) >= LEADER_DOTS and not match.group(2) and match.group(1).count(".") == len(match.group(1)):
                continue  # leader dots before a row's figure ("Acme (ACM) ........ -21.4%"), no full stop
        spans.append((start, match.start(3)))
        start = end
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    if "." in paragraph and _GLUED_STOP.search(paragraph):
        glued = []
        for s, e in spans:
            cuts = _glued_cuts(paragraph, s, e)
            glued.extend(zip([s, *cuts], [*cuts, e]))
        spans = glued
    out = []
    for s, e in spans:
        while s < e and paragraph[s].isspace():
            s += 1
        while e > s and paragraph[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    if len(out) > 1 and out[0][0] == 0 and _DAY_LABEL.fullmatch(paragraph, 0, out[0][1]):
        out[:2] = [(0, out[1][1])]  # "Monday. Tokyo's index fell 12%.": the day heads the sentence after it
    return out


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences."""
    return [paragraph[s:e] for s, e in split_spans(paragraph)]


SENTENCE_COLUMNS = ["doc_id", "sent_id", "para_id", "text", "char_start", "char_end"]


Span = tuple[int, int, int]  # (para_id, start, end) within the paragraph


def paragraph_spans(paragraphs: list[str] | tuple[str, ...]) -> tuple[Span, ...]:
    """Sentence spans of every paragraph, as ``(para_id, start, end)``."""
    return tuple((para_id, s, e) for para_id, para in enumerate(paragraphs) for s, e in split_spans(para))


def sentence_rows(
    doc_id: str, paragraphs: list[str] | tuple[str, ...], spans: tuple[Span, ...] | None = None
) -> list[tuple[str, int, int, str, int, int]]:
    """Rows ``(doc_id, sent_id, para_id, text, char_start, char_end)`` for one cleaned document; offsets index
    the paragraphs joined by blank lines. ``spans`` (from :func:`paragraph_spans`) skips re-splitting."""
    offsets = []
    offset = 0
    for para in paragraphs:
        offsets.append(offset)
        offset += len(para) + 2
    return [
        (doc_id, sent_id, para_id, paragraphs[para_id][s:e], offsets[para_id] + s, offsets[para_id] + e)
        for sent_id, (para_id, s, e) in enumerate(paragraph_spans(paragraphs) if spans is None else spans)
    ]


def sentence_frame(doc_id: str, paragraphs: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """Sentences of one cleaned document.

    ``paragraphs`` are the cleaned paragraphs (the document text is them joined by blank lines).
    Returns columns ``doc_id, sent_id, para_id, text, char_start, char_end`` where the offsets index the
    joined text.
    """
    return rows_to_frame(sentence_rows(doc_id, paragraphs))


def rows_to_frame(rows: list[tuple[str, int, int, str, int, int]]) -> pd.DataFrame:
    """A sentences frame (:data:`SENTENCE_COLUMNS`) from :func:`sentence_rows` output."""
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"sent_id": "int64", "para_id": "int64", "char_start": "int64", "char_end": "int64"}
    )
