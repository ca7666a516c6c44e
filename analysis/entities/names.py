"""Corrections of candidate spans that need the text around them: a nickname inside a person's name
('Mark “Zuck” Zuckerberg'), a descriptor glued before a company whose acronym follows it
('the famous Risk Capital Society Andreessen Horowitz (A16Z)' -> 'Andreessen Horowitz') and two names paired
by a hyphen ('the Quistel-Zorbo merger').

Input: the text and its candidates (`spans.candidates`). Output: the corrected candidate list.
"""
from __future__ import annotations

import re

from analysis.entities.aliases import initials, initials_keep_caps
from analysis.entities.catalog import Lexicon, catalog_company
from analysis.entities.language import FOREIGN_FUNCTION_WORDS, foreign_lines
from analysis.entities.spans import LISTING_CODE_WORD_RE, Candidate, model_designator, model_suffix_at

_NICKNAME_RE = re.compile(r"\b([A-Z][a-z]+)[ \t]+[“\"‘']([A-Z][\w-]{1,20})[”\"’'][ \t]+([A-Z][\w'’-]+)")
_PAREN_ACRONYM_RE = re.compile(r"[ \t]*\(([A-Za-z][A-Za-z0-9&]{1,7})\)")
_NUMERONYM_RE = re.compile(r"^([A-Za-z])(\d{1,2})([A-Za-z])$")


def _spells(acronym: str, words: list[str]) -> bool:
    """True when `acronym` is the initials of `words` ('FDIC') or their numeronym ('A16Z' = A + 16 letters + Z)."""
    up = acronym.upper()
    if initials(words) == up or initials_keep_caps(words) == up:
        return True
    match = _NUMERONYM_RE.match(acronym)
    if not match:
        return False
    letters = "".join(ch for w in words for ch in w if ch.isalpha())
    return (len(letters) == int(match.group(2)) + 2 and letters[0].upper() == match.group(1).upper()
            and letters[-1].upper() == match.group(3).upper())


def _acronym_tail(c: Candidate, text: str) -> Candidate:
    """`c` trimmed to the words its following parenthesised acronym spells, when that is a proper tail."""
    match = _PAREN_ACRONYM_RE.match(text, c.end)
    if match is None or len(c.words) < 3 or _spells(match.group(1), c.words):
        return c
    for k in range(1, len(c.words) - 1):
        tail = c.words[k:]
        if not tail[0][:1].isupper() or not c.words[k - 1][:1].isupper():
            continue  # "Department of Quist and Zorbo Services (QZS)": the acronym of the part after "of" names it
        if _spells(match.group(1), tail):
            start = text.find(tail[0], c.start, c.end)
            if start < 0:
                return c
            out = Candidate(start, c.end, list(tail), possessive=c.possessive)
            out.next, out.next2 = c.next, c.next2
            out.prev, out.prev2 = c.words[k - 1], c.words[k - 2] if k > 1 else c.prev
            return out
    return c


_PAIR_PART_RE = re.compile(r"[A-Z][A-Za-z&]*[a-z][A-Za-z&]*\Z")


def _standalone(word: str, text: str) -> bool:
    """True when `word` stands in `text` as a word of its own, not inside a hyphenated compound."""
    return re.search(rf"(?<![\w&-]){re.escape(word)}(?![\w&]|-\w)", text) is not None


def _pair_parts(c: Candidate, text: str) -> list[Candidate]:
    """'the Quistel-Zorbo merger', 'a Quistel-Zorbo tie-up': two names joined by a hyphen, each of which the text
    also writes on its own ("Quistel said ...", "Zorbo's board"), are two candidates (a compound whose parts
    never stand alone, "Zorbo-Benz", is one name)."""
    first, _, second = c.words[0].partition("-")
    if not (_PAIR_PART_RE.match(first) and _PAIR_PART_RE.match(second)) or min(len(first), len(second)) < 3 \
            or not (_standalone(first, text) and _standalone(second, text)):
        return [c]
    a = Candidate(c.start, c.start + len(first), [first], sent_initial=c.sent_initial)
    a.prev, a.prev2, a.next, a.next2 = c.prev, c.prev2, "-", second
    b = Candidate(c.start + len(first) + 1, c.end, [second], possessive=c.possessive)
    b.prev, b.prev2, b.next, b.next2 = "-", first, c.next, c.next2
    return [a, b]


def _model_part(c: Candidate, text: str) -> list[Candidate]:
    """'Quistair Q190-X2 jets', 'four Quistair 818s': a maker's name before its model's designator names the
    model (a product, as "Quistair" of "Quistair 818s" is no mention of the company): the designator alone is the
    candidate, the maker's words none."""
    if model_designator(c.next, c.next2) and c.next[:1].isdigit() and not c.possessive \
            and text[c.end:c.end + 1] == " ":
        # "four Quistair 818s", "a Quistair 626 airliner": the model; a maker the catalogue lists is named too
        return [c] if catalog_company(c.surface) is not None else []
    if len(c.words) < 2 or not model_designator(c.words[-1], c.next):
        return [c]
    start = c.end - len(c.words[-1])
    out = Candidate(start, c.end, [c.words[-1]], possessive=c.possessive)
    out.prev, out.prev2, out.next, out.next2 = c.words[-2], c.words[-3] if len(c.words) > 2 else c.prev, c.next, c.next2
    maker = " ".join(c.words[:-1])
    if catalog_company(maker) is not None:
        # "its leased Quistbus Q320s" where the catalogue lists the maker: the maker is named too (the model is the
        # product)
        head = Candidate(c.start, c.start + len(maker), c.words[:-1], sent_initial=c.sent_initial)
        head.prev, head.prev2, head.next, head.next2 = c.prev, c.prev2, c.words[-1], c.next
        return [head, out]
    return [out]




def _model_suffix_part(c: Candidate, text: str, lex: Lexicon) -> list[Candidate]:
    """'a Quist Air Zorbair 737 MAX crashed': a model named by its maker, its number and a word in capitals
    ("Zorbair 737 MAX") after the airline that flies it. The number and the words after it name the model, no
    organisation: the words before the number are the candidate, the maker alone when the catalog or the lexicon
    knows it ("Quist Air" and "Zorbair"; the model's suffix alone elsewhere, "the MAX", is typed by `evidence`)."""
    cut = next((k for k in range(1, len(c.words) - 1) if model_suffix_at(c.words, k, lex)), 0)
    if not cut:
        return [c]
    head = c.words[:cut]
    maker = head[-1]
    parts = [head[:-1], [maker]] if len(head) > 1 and (catalog_company(maker) is not None
                                                       or maker in lex.known_org_alias) else [head]
    out: list[Candidate] = []
    pos = c.start
    for words in parts:
        start = text.find(words[0], pos, c.end)
        end = start + len(" ".join(words))
        if start < 0 or text[start:end] != " ".join(words):
            return [c]
        part = Candidate(start, end, list(words), sent_initial=c.sent_initial and start == c.start)
        part.prev, part.prev2 = (c.prev, c.prev2) if start == c.start else (out[-1].words[-1], c.prev)
        out.append(part)
        pos = end
    done = 0
    for part in out:  # the two tokens after each part: the maker's name or the model's number and suffix
        done += len(part.words)
        part.next, part.next2 = c.words[done], c.words[done + 1]
    return out


def _listing_code_head(c: Candidate, text: str) -> list[Candidate]:
    """'QSTL.SN Cia Quistera Minera +2.4%': a row of a table that opens with the listing code, the company's name
    after it (the spaces between them collapsed). The code is no word of the name: the name alone is the candidate."""
    if len(c.words) < 2 or not LISTING_CODE_WORD_RE.fullmatch(c.words[0]) or not c.words[1][:1].isupper():
        return [c]
    start = text.find(c.words[1], c.start + len(c.words[0]), c.end)
    if start < 0:
        return [c]
    out = Candidate(start, c.end, list(c.words[1:]), sent_initial=c.sent_initial, possessive=c.possessive)
    out.prev, out.prev2, out.next, out.next2 = c.words[0], c.prev, c.next, c.next2
    return [out]


def _after_foreign_word(c: Candidate, text: str) -> list[Candidate]:
    """'Quien es Quistara' in a menu written in Spanish ("Lo mas leido: 2. Quien es Quistara"): inside a line in
    another language (:func:`foreign_lines`) a lower-case function word of that language ("es", "en") is no particle
    of a name: the words after the last one are the candidate."""
    inner = [k for k, w in enumerate(c.words[1:-1], 1) if w in FOREIGN_FUNCTION_WORDS]
    if not inner:
        return [c]
    k = inner[-1]
    start = text.find(c.words[k + 1], c.start + len(" ".join(c.words[:k + 1])), c.end)
    if start < 0:
        return [c]
    out = Candidate(start, c.end, list(c.words[k + 1:]), possessive=c.possessive)
    out.prev, out.prev2, out.next, out.next2 = c.words[k], c.words[k - 1], c.next, c.next2
    return [out]


def refine_candidates(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates with nicknamed names joined ('Mark “Zuck” Zuckerberg' is one span, words Mark Zuckerberg,
    nickname Zuck) and glued descriptors cut off before a company its acronym spells. Input: text, candidates
    in text order. Output: candidates in text order."""
    cands = [_acronym_tail(c, text) if len(c.words) >= 3 else c for c in cands]
    if "." in text:
        cands = [part for c in cands for part in (_listing_code_head(c, text) if not c.ticker else [c])]
    cands = [part for c in cands for part in (_model_part(c, text) if not c.ticker else [c])]
    cands = [part for c in cands for part in (_model_suffix_part(c, text, lex) if len(c.words) >= 3 and not c.ticker
                                              else [c])]
    foreign = foreign_lines(text) if any(len(c.words) > 2 for c in cands) else []
    if foreign:
        cands = [part for c in cands for part in (
            _after_foreign_word(c, text) if len(c.words) > 2 and any(a <= c.start < b for a, b in foreign) else [c])]
    if "-" in text:
        cands = [part for c in cands for part in (_pair_parts(c, text) if len(c.words) == 1 and c.words[0].count("-") == 1
                                                  and not c.ticker else [c])]
    if "“" not in text and '"' not in text and "‘" not in text and "'" not in text:
        return cands
    by_start: dict[int, int] = {}
    drop: set[int] = set()
    for match in _NICKNAME_RE.finditer(text):
        if match.group(1) not in lex.given_names:
            continue
        if not by_start:
            by_start = {c.start: k for k, c in enumerate(cands)}
        first, nick, last = (by_start.get(match.start(g), -1) for g in (1, 2, 3))
        if first < 0 or last < 0:
            continue
        tail = cands[last]
        joined = Candidate(match.start(1), tail.end, [match.group(1), *tail.words], possessive=tail.possessive)
        joined.surface = " ".join(joined.words)
        joined.prev, joined.prev2 = cands[first].prev, cands[first].prev2
        joined.next, joined.next2 = tail.next, tail.next2
        joined.nickname = match.group(2)
        cands[first] = joined
        drop.update(k for k in (nick, last) if k >= 0)
    return [c for k, c in enumerate(cands) if k not in drop]
