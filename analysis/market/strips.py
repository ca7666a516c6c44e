"""Quote strips in a page's head: the line of tickers, prices and changes a market page prints above its article
("GS 324.55 -1.68%   MS 78.11 -2.59%   ^DJI 11,015.69 -3.27%", "INTC  21.48  -7.57  (-26.06%)    AMD ...",
"TRENDING TICKERS   CSGN -2.1%   VIAC +4.5%"). Cleaning takes the line out of the body as page furniture; its cells
are still the session's moves of the stocks the page is about, so they are read here from the head lines."""

from __future__ import annotations

import json
import re
from datetime import date

from analysis.entities.catalog import get_lexicon

from .coref import DocMentions, Named, abbreviates, mention_tuples
from .extract import (_symbol_owners, home_listing_owner, letters_root, named_owner, named_root, one_company, strip_market,
                      ticker_company)
from .periods import read_period, resolve, trading_day
from .phrases import classify_name, demonym_short_names

#: The sentence id of a quote strip's rows: the strip is neither a sentence of the body nor the headline (-1), so no
#: headline's event is read as retelling its moves.
HEAD_STRIP_SENT = -2

#: One cell of a strip: a name (a ticker, or a name of words in capitals; a market's number code, maybe with its
#: exchange's suffix and the name after it, "7203.T", "7203 NAME"), an optional exchange code ("8306.T"),
#: an optional price ("324.55", "217.30p", "3.301,45"), an optional change in points ("-7.57") and a signed percent,
#: bare or in brackets ("-1.68%", "(-26.06%)"), or a percent after an arrow that gives its sign ("▼12.5%", "▲ 4.1%").
_CELL = re.compile(
    r"(?P<name>[A-Z^][\w&.'’/^-]*(?:\s[A-Z0-9][\w&.'’/-]*){0,3}?|\d{4}(?:\.[A-Z]{1,2})?(?:\s[A-Z][\w&.'’-]*)?)"
    r"(?:\s+\d{4}\.[A-Z]{1,2})?"
    r"(?:\s+(?:[A-Z]{0,3}[$€£¥]|Rs\.?\s?)?\d[\d,.]*(?:p|c)?)?"
    r"(?:\s+[+\-−]\d[\d,.]*)?"
    r"(?:\s+\([+\-−]\d[\d,.]*,(?=\s))?"  # the change in points and the percent in one bracket ("8.38 (-9.22, -52.4%)")
    r"\s+\(?(?:(?P<arrow>[▲▼△▽↑↓])\s*(?P<apct>[+\-−]?\d{1,3}(?:[.,]\d{1,2})?)|(?P<pct>[+\-−]\d{1,3}(?:[.,]\d{1,2})?))"
    r"\s*%\)?(?:\s+(?P<tag>MTD|YTD|WTD|[Pp]re-?market|AH|[Aa]fter[- ]hours))?")
#: A cell quoting a level without a percent ("N225 11,609.72 -605.04", "USD/JPY 104.96"): part of the strip, no move.
_LEVEL_CELL = re.compile(r"[A-Z^][\w&.'’/^-]*(?:\s[A-Z0-9][\w&.'’/-]*){0,2}?\s+\d[\d,.]*(?:\s+[+\-−]\d[\d,.]*)?")
#: What may stand between cells: two spaces or more, a bar; a caption may open the line ("Ticker:", "TRENDING TICKERS").
_GAP = re.compile(r"\s{2,}|\s*\|\s*")
_CAPTION = re.compile(r"(?:[A-Z][A-Za-z]*\s?){1,3}:?")
#: A caption closed by a colon and a space before the first cell ("Ticker: GS 125.05 -2.73%", "Top movers, FTSE 100
#: (close): RIO +1.2%", "Tickers at 8:05 a.m.: SLB +3.1%"): no bar and no percent in it.
_COLON_CAPTION = re.compile(r"\s*[A-Z][^|%]{0,60}?:\s+")
#: The session a whole strip is of, in brackets after its last cell ("VAL -5.1% (premarket)"): every cell's, and the
#: page's session anyway, so it is only taken off.
_SESSION_TAIL = re.compile(r"\s*\((?:[Pp]re-?market|[Cc]losing|[Cc]lose|[Ii]ntraday|[Mm]idday)\)\s*$")
#: A cell between bars quoting something no cell reads (a commodity with its contract or exchange in brackets,
#: "Iron ore (SGX) US$127.10 +1.5%", "Brent (Jun) $20.20 -21%"; a futures code, "CL=F -7.0%"): a figure, five words
#: at most and no word in small letters longer than three. Passed over as a level is, in a line of bars only.
_OTHER_QUOTE = re.compile(r"(?=[^|]*\d)[^\s|][^|]{0,40}")
#: A part that may go on a cell (a price, a change, a percent): a digit, a sign or a bracket first.
_FIGURE_PART = re.compile(r"[\d+\-−(]")
#: A name that is a ticker alone ("GS", "ADANIPORTS", "CSGN"): capitals and digits, an optional exchange suffix.
_TICKER = re.compile(r"[A-Z][A-Z0-9]{0,11}(?:-[A-Z])?(?:\.[A-Z]{1,2})?")  # a Nordic class too, "ABCD-B.ST"


def _cells(line: str) -> list[re.Match[str]] | None:
    """The quote cells with a percent of ``line`` when the whole line is a strip of two or more cells (an optional
    caption first, cells quoting a level alone among them, nothing between cells but gaps); None for any other line
    (prose, a headline with a percent)."""
    line = _SESSION_TAIL.sub("", line)
    caption = _COLON_CAPTION.match(line)
    barred = "|" in line
    parts = [p for p in _GAP.split(line[caption.end() if caption else 0:].strip()) if p]
    cells: list[re.Match[str]] = []
    at = levels = 0
    while at < len(parts):
        # a cell may hold single spaces only ("GS 324.55 -1.68%") or be spread over gaps ("INTC  21.48  -7.57  (-26.06%)")
        cell = None
        width = 1
        while cell is None and at + width <= len(parts) and (width == 1 or _FIGURE_PART.match(parts[at + width - 1])):
            cell = _CELL.fullmatch(" ".join(parts[at: at + width]))
            width += 1
        if cell is not None:
            cells.append(cell)
            at += width - 1
        elif level := next((w for w in (3, 2, 1) if at + w <= len(parts) and _LEVEL_CELL.fullmatch(" ".join(parts[at: at + w]))
                            and all(_FIGURE_PART.match(p) for p in parts[at + 1: at + w])), 0):
            levels += 1
            at += level
        elif not cells and not levels and at == 0 and _CAPTION.fullmatch(parts[at]):
            at += 1  # the caption
        elif barred and _OTHER_QUOTE.fullmatch(parts[at]) and len(parts[at].split()) <= 5 \
                and not re.search(r"\b[a-z]{4,}", parts[at]):
            levels += 1  # another market's quote ("Iron ore (SGX) US$127.10 +1.5%")
            at += 1
        else:
            return None
    return cells if cells and len(cells) + levels >= 2 else None


#: A share class's letter after a hyphen (a Nordic listing's "ABCD-A", "ABCD-B"): no letter of the company's name.
_SHARE_CLASS = re.compile(r"-[A-Z]$")


def _abbreviated(ticker: str, mentions: DocMentions) -> Named | None:
    """The one organisation of the article, named in words, whose name the ticker's letters abbreviate ("ADANIPORTS"
    Adani Ports); of several, the one whose initials the ticker spells ("MUFG": Mitsubishi UFJ Financial Group, not
    Mizuho Financial Group). None when none or several fit."""
    root = letters_root(_SHARE_CLASS.sub("", ticker.split(".")[0]))
    if len(root) < 2:
        return None  # one letter ("T", "C") opens too many names to abbreviate one
    worded = {name for _a, _b, _s, name, kind in mentions if kind.upper() == "ORG" and any(c.islower() for c in name)
              and classify_name(name) == "share"}
    fits = one_company({name for name in worded if abbreviates(root, name)})
    if len(fits) > 1:
        fits = {name for name in fits if "".join(w[0] for w in re.findall(r"[\w&]+", name)).upper() == root}
    return Named(fits.pop(), "share", ticker) if len(fits) == 1 else None


#: A cell's name that is a market's number code (Tokyo's four digits), maybe with its exchange's suffix and a name after
#: it ("7203", "7203.T", "7203 NAME").
_CODE_NAME = re.compile(r"(?P<code>\d{4}(?:\.[A-Z]{1,2})?)(?:\s(?P<rest>.+))?")
#: A ticker with a share class letter after a space (a Nordic listing's "ATCO A", "ATCO B").
_CLASS_TICKER = re.compile(r"[A-Z]{2,6}\s[AB]")


def _cell_company(name: str, mentions: DocMentions, market: str = "") -> Named | None:
    """The company a cell's name stands for: the organisation the article names for a ticker (its entity layer's alias,
    or the one organisation whose name the ticker's letters abbreviate), else the one listed company of the symbol;
    a name in words is the article's organisation of that name. None for an index, a currency pair, a commodity and
    any name the article and the listings do not tie to one company. ``market``: the strip's market
    (:func:`~analysis.market.extract.strip_market`), in which a bare ticker may be a home listing's symbol ("BARC")."""
    code = _CODE_NAME.fullmatch(name)
    if code is not None:  # "7203.T", "7203 NAME": the listing the code is, else the name after it
        listed = _symbol_owners().get(code.group("code"), ())
        named = Named(listed[0], "share", code.group("code")) if len(listed) == 1 \
            else home_listing_owner(code.group("code").split(".")[0])
        return named if named is not None or not code.group("rest") else _cell_company(code.group("rest"), mentions)
    if _CLASS_TICKER.fullmatch(name):  # "ATCO A": a share class of a Nordic listing
        return home_listing_owner(name)
    shorts = demonym_short_names(sorted({n for _a, _b, _s, n, kind in mentions if kind.upper() == "ORG"}))
    if name in shorts and name in get_lexicon().non_entity_acronyms:
        return Named(shorts[name], "share", "")  # "NMX 1,871p -22.0%" after "NMX Health": the article's short form
    if name.startswith("^") or "/" in name or classify_name(name) != "share" \
            or name.isupper() and classify_name(name.title()) != "share":
        return None  # "^DJI", "GBP/USD", "FTSE 100", "NIKKEI", "DOW" (the Dow, as "HANG SENG" is the Hang Seng)
    if _TICKER.fullmatch(name):
        named = named_owner(name, mentions) or ticker_company(name, mentions) or _abbreviated(name, mentions) \
            or named_root(name, mentions)
        if named is not None:
            return named if classify_name(named.name) == "share" else None
        owners = _symbol_owners().get(name, ())
        if len(owners) == 1:
            return Named(owners[0], "share", name)
        if (home := home_listing_owner(name, market)) is not None:
            return home  # "BARC" on a London page: "BARC.L"
        # a company the article names by these very letters ("AMC", "BHP"), which a ticker's alias is not
        return Named(name, "share", name) if name in mentions.orgs and mentions.org_name(name) == name else None
    if name in mentions.orgs:
        return Named(mentions.org_name(name), "share", "")
    if name.isupper():
        # a name set in capitals ("ACME TOOLS", "BEXLEY"): the one organisation the article writes in words so
        caps = {mentions.org_name(o) for o in mentions.orgs if o.upper() == name and not o.isupper()}
        if len(caps) == 1:
            return Named(caps.pop(), "share", "")
    return None


def _without_outlet(mentions: DocMentions, outlet: str) -> DocMentions:
    """``mentions`` without the organisation that is the page's own outlet (``outlet``, "Ridgeview Investor"), named
    in full or by its first words ("Ridgeview", from a credit line or a "Follow Ridgeview" footer): the site that prints
    the strip is no company of its cells, though its name may hold a ticker's letters ("RIG")."""
    own = " ".join(outlet.split()).casefold()
    if not own:
        return mentions
    kept = [m for m in mentions if not (m[4].upper() == "ORG" and (m[3].casefold() == own or own.startswith(m[3].casefold() + " ")))]
    return mentions if len(kept) == len(mentions) else mention_tuples(kept)


#: A cell's tag that gives its span ("FRO +23.4% MTD"): month or year to date; a week's "WTD" is read as the week's.
_TAG_SPANS = {"MTD": "month to date", "YTD": "year to date", "WTD": "this week"}


def head_strip_rows(head_lines: str, published: date | None, mentions: DocMentions,
                    outlet: str = "", unnamed: bool = False) -> list[dict[str, object]]:
    """The moves of the quote strips among a page's head lines (``head_lines``: the corpus's JSON list of ``[offset,
    line]`` above the body): each cell naming a company is its move in the session of publication, or over the span its
    tag gives ("+23.4% MTD": since the month's start). ``outlet``: the page's outlet, no company of a cell. Rows have
    the keys of :data:`analysis.market.extract.MOVE_COLUMNS` (``sent_start``, ``start`` and ``end``
    :data:`HEAD_STRIP_SENT`: outside the body and the headline). ``unnamed``: also each cell whose ticker names no
    known company, its ``company`` "" (:func:`~analysis.market.extract.cells_named_by_prose` names it)."""
    if "%" not in (head_lines or ""):
        return []
    try:
        lines = [str(line) for _at, line in json.loads(head_lines)]
    except (ValueError, TypeError):
        return []
    session = trading_day(published) if published else None  # the page's day: its last session
    out: list[dict[str, object]] = []
    for line in lines:
        cells = _cells(line) if "%" in line else None
        if cells:
            mentions = _without_outlet(mentions, outlet)
        known = [_cell_company(cell.group("name"), mentions) for cell in cells or ()]
        market = strip_market([n.name if n is not None else cell.group("name") for n, cell in zip(known, cells or ())])
        for cell, named in zip(cells or (), known):
            if named is None and market:
                named = _cell_company(cell.group("name"), mentions, market)
            if named is None and unnamed and _TICKER.fullmatch(cell.group("name")):
                # a ticker no one ties to a company: named by a sentence that moves a company by the same figure, if
                # any (:func:`~analysis.market.extract.cells_named_by_prose`; the caller drops the rest)
                named = Named("", "share", cell.group("name"))
            if named is None:
                continue
            pct = float((cell.group("pct") or cell.group("apct")).replace("−", "-").replace(",", "."))
            if cell.group("arrow") in ("▼", "▽", "↓"):
                pct = -abs(pct)
            tag = (cell.group("tag") or "").upper()
            span = read_period(_TAG_SPANS[tag]) if tag in _TAG_SPANS else None
            _day, start, end = resolve(span, published, None, None) if span is not None and published else (None, None, None)
            out.append({
                "company": named.name, "ticker": named.ticker, "pct": pct,
                "qualifier": "exact", "kind": "share", "session_date": None if end else session, "period_start": start,
                "period_end": end, "period": span.kind if end and span is not None else "session",
                "sentence": " ".join(line.split()), "sent_start": HEAD_STRIP_SENT,
                "start": HEAD_STRIP_SENT, "end": HEAD_STRIP_SENT, "basis": "publication date" if session else "",
            })
    return out
