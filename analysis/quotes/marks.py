"""Quotation marks of a text paired into quoted segments, paragraph by paragraph.

Straight (") and curly (“ ”) double marks; single marks (‘ ’ and straight ') where a paragraph with no double
mark uses them as its quotation marks (British style, headlines); an apostrophe inside a word is never one. A quote left open at the end
of a paragraph continues into the next paragraph when that one opens with a mark (the news convention for
multi-paragraph quotes); otherwise it ends with its paragraph. A closing mark with no opening one, after a run
of paragraphs without marks that follows an introduction ending in a colon (or a paragraph that is only a
quotation), closes a block quote whose opening mark was lost: the run is the quotation. The marks of other
languages a translated article keeps (German „…“, Danish and German »…«, French « … ») are read as curly marks
first (:func:`continental_marks`).
"""

from __future__ import annotations

import re

_PARA = re.compile(r"[^\n]+")
_DOUBLE = re.compile(r"[\"“”]")
_SINGLE = re.compile(r"[‘’']")
_STRAIGHT_OPEN = re.compile(r"(?:^|[\s(\[—–:])'(?=\w)")
_OPEN_BEFORE = set(" \t([{—–-/:") | {"\u00a0"}
_LEADING_MARK = re.compile(r"\s*[\"“”‘]")


#: a typewriter quotation: two backticks open it and two apostrophes close it on the same line ("``A,'' she
#: said"), as wire copy typed on ASCII keyboards and treebank-style text write double marks; a quotation inside
#: it opens with one backtick ("``A `B,''' she said")
_TYPEWRITER = re.compile(r"``((?:[^\n`]|`(?!`))*?)''(?!')")
_TYPEWRITER_OPEN = re.compile(r"``(?=\S)(?=(?:(?!``|'')[^\n])*$)", re.M)
#: two apostrophes as a double mark: opening after a line start, a space or an opening bracket and before a word,
#: closing after a word or punctuation (not a digit: 5'11'' is inches) and before a space, punctuation or a line end
_APOSTROPHE_PAIR = re.compile(r"(?<!')''(?!')")
_AFTER_CLOSING = set(" \t,.;:!?)]—–-\u00a0")


def _apostrophe_marks(para: str) -> str:
    """``para`` with its two-apostrophe marks (''A,'' he said) as curly marks, at the same length, when it opens
    at least one quotation with them; else ``para`` as it is."""
    out, opened = list(para), False
    for m in _APOSTROPHE_PAIR.finditer(para):
        i, j = m.start(), m.end()
        prev, nxt = para[i - 1] if i else "", para[j] if j < len(para) else ""
        if (not prev or prev in _OPEN_BEFORE) and nxt and not nxt.isspace():
            out[i:j] = ["\u00a0", "\u201c"]
            opened = True
        elif prev and not prev.isspace() and not prev.isdigit() and (not nxt or nxt in _AFTER_CLOSING):
            out[i:j] = ["\u00a0", "\u201d"]
    return "".join(out) if opened else para


def typewriter_marks(text: str) -> str:
    """``text`` with its typewriter quotations marked with curly marks, at the same length (every offset stays):
    each pair of marks becomes a no-break space and the curly mark, so the quoted words start and end where they
    did; two backticks left open at a paragraph's end open a quotation that goes on in the next paragraph, as a
    curly mark left open does. Two apostrophes on both sides (''A,'' he said, the convention of some newspapers'
    archives) are double marks too, in a paragraph with no other double mark: beside straight or curly marks they
    are a quotation inside a quotation, which is left alone."""
    if "``" in text:
        # two backticks with no mark after them in their paragraph open a quotation that goes on into the next one
        left_open = [m.start() for m in _TYPEWRITER_OPEN.finditer(text)]
        text = _TYPEWRITER.sub(lambda m: "\u00a0\u201c" + m.group(1) + "\u00a0\u201d", text)
        for i in left_open:
            text = text[:i] + "\u00a0\u201c" + text[i + 2:]
    if "''" not in text:
        return text
    return _PARA.sub(lambda m: m.group() if _DOUBLE.search(m.group()) or "''" not in m.group()
                     else _apostrophe_marks(m.group()), text)


#: a quotation in the marks of other languages, within one line: German and Central European „…“ (or „…”, or
#: „…" where a keyboard or a converted page gave the closing mark as a typewriter one), Danish, German and Swiss
#: »…« and French «…» (with or without a space inside: « … »). The opening mark stands at a word's start, the
#: closing one after the words (so a breadcrumb's "News » World" pairs with nothing).
_CONTINENTAL = re.compile(r"„(?=\S)([^\n„“”\"]*?\S)[“”\"]"
                          r"|»(?=\S)([^\n»«\"“”]*?\S)«(?!\w)"
                          r"|«([ \t\u00a0\u202f]?)(?=\S)([^\n«»\"“”]*?\S)([ \t\u00a0\u202f]?)»(?!\w)")


def _curly(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return "\u201c" + m.group(1) + "\u201d"
    if m.group(2) is not None:
        return "\u201c" + m.group(2) + "\u201d"
    # « … »: the spaces inside move outside the curly marks, so the quoted words start and end where they did
    return ("\u00a0" if m.group(3) else "") + "\u201c" + m.group(4) + "\u201d" + ("\u00a0" if m.group(5) else "")


#: a lone Danish or German closing « after a clause's last word and punctuation, with no » before it on its line
#: (the page's cleaning took the opening » at the line's start for a bullet): a closing mark
_LONE_CLOSING = re.compile(r"^(?P<words>[^\n»«„“”\"]*?\w[,.!?…])«(?=[ \t])", re.M)


def continental_marks(text: str) -> str:
    """``text`` with the quotations in other languages' marks (:data:`_CONTINENTAL`: „…“, »…«, « … ») marked with
    curly marks, at the same length (every offset stays): a translated article keeps its original's marks
    ("„We will need three weeks“, said Jane Roe"), and they quote as “ ” do. A lone mark is left as it is."""
    if not any(ch in text for ch in "„»«"):
        return text
    text = _CONTINENTAL.sub(_curly, text)
    return _LONE_CLOSING.sub(lambda m: m["words"] + "\u201d", text) if "«" in text else text


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``: the paragraphs."""
    return [(m.start(), m.end()) for m in _PARA.finditer(text) if m.group(0).strip()]


def _role(para: str, i: int, ch: str) -> str:
    """'open', 'close' or 'either' for the double mark at ``para[i]``."""
    prev = para[i - 1] if i else " "
    nxt = para[i + 1] if i + 1 < len(para) else " "
    if ch == "“":
        # a left mark after a word or punctuation and before a space closes (a common typo: “It's unusual,“ said)
        closes = i and not prev.isspace() and prev not in _OPEN_BEFORE and (nxt.isspace() or i + 1 == len(para))
        return "close" if closes else "open"
    if ch == "”":
        # a right mark at a word start ("”We …") is a mistyped opening mark
        return "open" if (i == 0 or prev.isspace()) and nxt.isalnum() else "close"
    opens = i == 0 or prev in _OPEN_BEFORE
    if opens and not nxt.isspace():
        return "open"
    if not prev.isspace():
        return "close"
    return "either"


#: an apostrophe after a plural's "s" and before a lower-case noun ("the workers' safety")
_PLURAL_POSSESSIVE = re.compile(r"s['’] (?!(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|and|or|to|in|"
                                r"on|of|for|as|is|are|was|were|with|by|at|from|that|than|but|nor)\b)[a-z]")
#: what follows such an apostrophe up to the quotation's close: no new opening mark, then punctuation and a mark
_LATER_CLOSE = re.compile(r"(?:(?!\s['‘]|‘)[^\n])*?[.,!?]['’](?!\w)")


def _single_pairs(para: str, base: int) -> list[tuple[int, int]]:
    """Segments between single marks used as quotation marks (an opening ‘ after a non-letter or ' at a word
    start, closed by the next ’ or ' that is not an apostrophe inside a word)."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(para):
        i, ch = m.start(), m.group(0)
        prev = para[i - 1] if i else " "
        nxt = para[i + 1] if i + 1 < len(para) else " "
        if open_at is None and ((ch == "‘" and not prev.isalnum())
                                or (ch == "'" and (i == 0 or prev.isspace() or prev in "([—–:") and nxt.isalnum())):
            open_at = i
        elif ch in "’'" and open_at is not None and not nxt.isalnum() and not prev.isspace() and i > open_at + 1:
            if _PLURAL_POSSESSIVE.match(para, i - 1) and _LATER_CLOSE.match(para, i + 1):
                continue  # 'The workers' safety comes first,' he said: a plural's possessive, not the close
            out.append((base + open_at + 1, base + i))
            open_at = None
    return out


_MAX_RUN = 8  # paragraphs a block quote with a lost opening mark may run over


def _lost_opening(text: str, paras: list[tuple[int, int]], k: int, marked: list[bool]) -> list[int] | None:
    """The paragraphs before paragraph ``k`` that a lone closing mark in ``k`` closes: those without marks back
    to an introduction ending in a colon or a paragraph that is only a quotation; None when there is none."""
    j = k - 1
    while j >= 0 and k - j <= _MAX_RUN and not marked[j] and not text[paras[j][0]:paras[j][1]].rstrip().endswith(":"):
        j -= 1
    if j < 0 or k - j > _MAX_RUN:
        return None
    body = text[paras[j][0]:paras[j][1]].strip()
    quote_only = body[:1] in "\"“”" and body[-1:] in "\"“”"
    return list(range(j + 1, k)) if body.endswith(":") or quote_only else None


#: a speech verb after a closing mark, its subject between (at most eight words: "…,« head of investor relations
#: Jane Roe told the paper")
_CUE_AFTER_CLOSE = re.compile(r"[ \t\u00a0]+(?:[\w.'’-]+[ \t]+){0,8}?(?:said|says|told|tells|added|adds|wrote|writes|"
                              r"explained|explains|stressed|stresses|warned|warns|insisted|insists)\b")
#: what opens a paragraph of prose (not a mark, a dash or a bullet)
_PROSE_OPENING = re.compile(r"[ \t\u00a0]*[A-Z]")


def _opened_at_start(para: str, i: int) -> bool:
    """Whether the closing mark at ``para[i]``, the paragraph's first mark, closes a quotation opened at the
    paragraph's start whose opening mark was lost (a cleaning that took a Danish opening » for a bullet): the
    words before it open with a capital and end a clause ("…,", "….") and a speech verb follows the mark
    ("We expect no change,” head of investor relations Jane Roe told the paper")."""
    return para[i - 1:i] in (",", ".", "!", "?", "…") and bool(_PROSE_OPENING.match(para)) \
        and bool(_CUE_AFTER_CLOSE.match(para, i + 1))


def quoted_segments(text: str) -> list[tuple[list[tuple[int, int]], int]]:
    """Quoted passages of ``text``: a list of (segments, paragraph index) where segments are the (start, end)
    offsets of the text inside the marks; a multi-paragraph quote has one segment per paragraph."""
    paras = paragraphs(text)
    out: list[tuple[list[tuple[int, int]], int]] = []
    carry: list[tuple[int, int]] | None = None  # segments of a quote still open from earlier paragraphs
    carry_para = 0
    marked: list[bool] = []
    for k, (a, b) in enumerate(paras):
        para = text[a:b]
        open_at: int | None = None
        nested = 0  # curly quotations open inside a quotation opened with a straight mark
        first_mark = True
        if carry is not None and not _LEADING_MARK.match(para):
            out.append((carry, carry_para))  # the open quote did not continue: it ended with its paragraph
            carry = None
        marks = list(_DOUBLE.finditer(para))
        marked.append(bool(marks))
        for m in marks:
            i = m.start()
            if carry is not None and first_mark:
                open_at, first_mark = i, False  # the continuation mark of a multi-paragraph quote
                continue
            first_mark = False
            role = _role(para, i, m.group(0))
            if open_at is not None and para[open_at] == '"' and m.group(0) != '"':
                # "… about “Equal Justice Under Law” anymore …": curly marks inside a straight-quoted passage
                # quote within the quotation
                if role == "open" or (role == "either" and m.group(0) == "“"):
                    nested += 1
                    continue
                if nested:
                    nested -= 1
                    continue
            if open_at is None:
                run = _lost_opening(text, paras, k, marked) if role == "close" and m is marks[0] and len(marks) == 1 \
                    and carry is None else None
                if run is not None:
                    out.append(([(paras[j][0], paras[j][1]) for j in run] + [(a, a + i)], run[0] if run else k))
                    continue
                if role == "close" and m is marks[0] and carry is None and _opened_at_start(para, i):
                    lead = len(para) - len(para.lstrip())
                    out.append(([(a + lead, a + i)], k))
                    continue
                if role != "close":
                    open_at = i
                continue
            if role == "open" and m.group(0) == "“" and carry is None and para[open_at + 1:i].strip() == "":
                open_at = i  # two opening marks in a row: the first one is stray
                continue
            if role == "open" and m.group(0) == "“":
                continue  # a mistyped nested opening mark
            segs = (carry or []) + [(a + open_at + 1, a + i)]
            out.append((segs, carry_para if carry is not None else k))
            carry, open_at, nested = None, None, 0
        if open_at is not None:
            seg = (a + open_at + 1, b)
            if carry is not None:
                carry = carry + [seg]
            else:
                carry, carry_para = [seg], k
        if not marks and ("‘" in para or _STRAIGHT_OPEN.search(para)):
            out.extend(([s], k) for s in _single_pairs(para, a))
    if carry is not None:
        out.append((carry, carry_para))
    return out
