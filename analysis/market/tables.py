"""Share moves in pipe tables: a header naming each column's period, then one row per company.

    Company (ticker)                       | Friday | Week   | Year to date
    Tidewater Pacific Bancorp (TPBC)       | +6.0%  | -59.3% | -68.3%

Each figure cell of a row is a move of the company the row's first cell names, over the period its column's
header names (a weekday: that session; "week": this week; "year to date": since January 1; no header or a plain
"change" column: the article's session). A cell without a sign is a rise: tables print falls with a minus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from analysis.corpus.cleaning import table_cells

from .figures import Figure, find_figures
from .periods import Period, read_period
from .phrases import Subject, classify_name, subject_before

_CELL = re.compile(r"[^|]+")
#: A first cell giving a ticker, then the company's name in brackets ("AURA3 (Rede Aurora)", "NUB SM (Nubelia Redes)",
#: "ACME.L (Acme Tools)"): the name is the row's company, the ticker its ticker. The name has a word in lower case (not
#: an exchange's code: "ACM (LSE)").
_TICKER_THEN_NAME = re.compile(r"\s*(?P<ticker>[A-Z][A-Z0-9]{1,7}(?:[.:][A-Z]{1,3}|\s[A-Z]{2})?)\s*\(\s*"
                               r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5})\s*\)\s*")
_DAY = re.compile(r"\b(?P<d>mon|tue|wed|thu|fri)(?:day|s|sday|nesday|rsday|\.)?\b", re.IGNORECASE)
_DAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4}
#: Two weekdays as the ends of a column's or a list's span ("Monday to Friday", "Mon-Fri", "Tue through Thu").
_DAY_SPAN = re.compile(r"\b(?P<a>mon|tue|wed|thu|fri)(?:day|sday|nesday|rsday|\.)?\s*(?:to|through|until|-|–)\s*"
                       r"(?P<b>mon|tue|wed|thu|fri)(?:day|sday|nesday|rsday|\.)?\b", re.IGNORECASE)
_WEEK = re.compile(r"\b(?:week|wk|5[- ]day|1[- ]week|five[- ]day)\b", re.IGNORECASE)
_YTD = re.compile(r"\b(?:year[- ]to[- ]date|ytd|this\s+year|since\s+jan(?:uary|\.)?\s*1?)\b", re.IGNORECASE)
_MONTH = re.compile(r"\b(?:month[- ]to[- ]date|mtd|this\s+month|1[- ]month)\b", re.IGNORECASE)
#: A month and day in a column's header ("Oct 3", "March 14"); not a month and year ("Jun-23").
_HEADER_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?![\d,-])")
#: A column running from a stated day to the table's own ("June 2 to date", "Since March 3", "Chg since Jan 6").
_SINCE_HEADER = re.compile(r"\bto[- ]date\b|\bsince\b", re.IGNORECASE)
_PREMARKET = re.compile(r"\bpre[- ]?market\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
#: A header saying its column holds percent changes ("Fri %", "Week %", "% chg", "Pct change").
_PERCENT_HEADER = re.compile(r"%|\bpct\b|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)
#: A bare signed number in such a column ("+47.1", "-0.4", "−3.8").
_BARE_NUMBER = re.compile(r"^\s*(?P<sign>[+\-−–])?(?P<value>\d{1,3}(?:\.\d+)?)\s*$")
#: A table cell flattened onto a line of its own (an HTML table read as text): short, one line.
_MAX_CELL = 60
#: A figure cell; a footnote mark may follow it ("4.6%*").
_CELL_FIGURE = re.compile(r"^\s*[+\-−–]?\d[\d,.]*\s*%?\s*[*†‡]?\s*$")
#: A cell a table prints for a value it does not have ("n/a", "na", "nm", "-", "—"): it holds that column's place.
_CELL_MISSING = re.compile(r"^\s*(?:n/?a|n\.a\.|nm|n/m|[-–—]{1,2})\s*$", re.IGNORECASE)
#: A column whose header names a quantity other than the share price ("Capital ratio Jun-23", "Dividend yield",
#: "Revenue growth %", "Stake"): its percent cells are no moves.
_OTHER_QUANTITY = re.compile(
    r"\b(?:ratios?|yields?|margins?|growth|stakes?|holdings?|weight(?:ing)?s?|targets?|upside|dividends?|revenues?|"
    r"sales|profits?|earnings|eps|p/?e|loans?|deposits?|capital|ownership|market\s+share|share\s+of)\b"
    r"|\bshare(?:\s*\(?%\)?)?\s*$", re.IGNORECASE)  # "China share", "Revenue share (%)": a proportion, no share price
#: A column whose header names a price move or its period ("Price change Oct 3", "% chg", "Fri", "Week", "YTD"): when
#: some columns name one and others do not ("Cover ratio Q2 | Price change Oct 3"), only those hold moves.
_MOVE_COLUMN = re.compile(
    r"\b(?:chg|changes?|moves?|moved|returns?|perf\w*|gains?|loss(?:es)?|up/down|(?:mon|tue|wed|thu|fri)\w*|weeks?|wk|"
    r"ytd|year[- ]to[- ]date|to[- ]date|since|months?|mtd|sessions?|pre-?market|today|day|pct|percent)\b|%", re.IGNORECASE)
#: ... unless the header names the share price itself ("Price change Oct 3", "Stock % chg").
_PRICE_COLUMN = re.compile(r"\b(?:stock|shares|share\s+(?:price|move|change|chg|perf\w*)|price\s+(?:change|move|chg))\b",
                           re.IGNORECASE)
#: A header's first cell naming products, not companies ("Model | Avg. price | Change y/y", "Vehicle", "Drug"): its
#: rows are goods (a car model's used price, a product's sales), whose percent changes are no share moves even when a
#: row opens with its maker's name ("Acme Roadster 5 | $21,850 | -13.9%").
_PRODUCT_COLUMN = re.compile(r"(?:car\s+|vehicle\s+|phone\s+)?(?:models?|products?|vehicles?|cars?|devices?|brands?|"
                             r"items?|goods|drugs?|medicines?|games?|titles?|handsets?|phones?|makes?|trims?|skus?)",
                             re.IGNORECASE)
_CELL_GAP = re.compile(r"\s*\n\s*")
#: A footnote mark after a row's name ("Acme Tools*", "Acme Tools†", "Acme Tools (1)").
_FOOTNOTE_END = re.compile(r"(?<=\w)\s*(?:[*†‡§]+|\(\d\))$")
_MAX_COLUMNS = 8
_HEAD_SLACK = 4  # lines before a table's header (a heading, a caption) tried as its start


@dataclass(frozen=True)
class TableMove:
    """One figure cell of a table row: the row's subject, the figure (offsets in the row) and the column's period."""

    subject: Subject
    figure: Figure
    period: Period


def is_table_line(line: str) -> bool:
    """Whether ``line`` is a row of a pipe table (three cells or more)."""
    return "|" in line and len(table_cells(line)) >= 3


def _cell_like(text: str, a: int, b: int) -> bool:
    return b - a <= _MAX_CELL and "\n" not in text[a:b] and "|" not in text[a:b]


def _table_at(cells: list[str], i: int, k: int) -> int:
    """Rows of ``k`` cells after a header of ``k`` cells at ``i``: the number of complete rows (0: not a table)."""
    header = cells[i: i + k]
    if len(header) < k or _FIGURE.search(header[0]) or any(_CELL_FIGURE.match(c) for c in header):
        return 0  # a header may date its columns ("Price change Oct 3"), but holds no figure cell
    rows = 0
    columns: tuple[int, ...] | None = None
    for r in range(i + k, len(cells) - k + 1, k):
        row = cells[r: r + k]
        figures = tuple(j for j, c in enumerate(row) if j and (_CELL_FIGURE.match(c) or _CELL_MISSING.match(c)))
        if _FIGURE.search(row[0]) or not any(_CELL_FIGURE.match(row[j]) for j in figures) \
                or (columns is not None and figures != columns):
            break  # every row names its subject first and has its figures in the same columns
        columns = figures
        rows += 1
    return rows


def cell_table_rows(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """An HTML table whose cells were read as one short line each ("Company", "Ticker", "Week", "Regeneron
    Pharmaceuticals", "REGN", "-2.7%", ...) put back together: ``spans`` with each header and row joined into one
    span, and the set of joined spans (read with :func:`as_pipe_row`). A header is ``k`` cells without a figure,
    each row ``k`` cells whose first names the subject and another is a figure."""
    out: list[tuple[int, int]] = []
    joined: set[tuple[int, int]] = set()
    n = len(spans)
    i = 0
    while i < n:
        j = i
        while j < n and _cell_like(text, *spans[j]) and (j == i or not text[spans[j - 1][1]: spans[j][0]].strip()):
            j += 1
        if j - i < 6:
            out.extend(spans[i: max(j, i + 1)])
            i = max(j, i + 1)
            continue
        cells = [text[a:b] for a, b in spans[i:j]]
        best, covered = (0, 0, 0), 0
        for head in range(min(_HEAD_SLACK, len(cells))):
            for k in range(3, _MAX_COLUMNS + 1):  # a pipe row has three cells or more
                rows = _table_at(cells, head, k)
                if rows >= 2 and (rows + 1) * k > covered:
                    best, covered = (rows + 1, k, head), (rows + 1) * k
        rows, k, head = best
        if rows < 2:  # no table opens in its first cells: try from the next one (a run may hold a table of other
            out.append(spans[i])  # figures first, "Delivery day | Peak hour | Daily average", then one of moves)
            i += 1
            continue
        out.extend(spans[i: i + head])
        for r in range(rows):
            first = i + head + r * k
            span = (spans[first][0], spans[first + k - 1][1])
            out.append(span)
            joined.add(span)
        i += head + rows * k
    return out, joined


def as_pipe_row(line: str) -> str:
    """A joined row of :func:`cell_table_rows` written as a pipe row of the same length (offsets hold)."""
    return _CELL_GAP.sub(lambda m: "|" + m.group(0)[1:], line)


def pipe_cells(row: str) -> list[str]:
    """The cells of a row from :func:`as_pipe_row`."""
    return [c.strip() for c in row.split("|")]


#: The columns a caption over a table names, apart ("China share of revenue, and share-price change since March 6").
_CAPTION_SPLIT = re.compile(r",\s*and\s+|\s+and\s+|;\s*|,\s*")
#: The most words a table's caption has; each column it names has two words at least.
_CAPTION_WORDS = 30


def caption_header(line: str) -> list[str] | None:
    """The header a caption line over a table without one gives ("China share of revenue, and share-price change
    since March 6" over "Acme Tools | 29% | -21.2%"): an empty first cell (the names), then each column the caption
    names, split at "and" and commas; None for a line that is no such caption (a sentence's stop at its end, a cell
    bar, one part, or longer than :data:`_CAPTION_WORDS` words). Used only when its number of cells is the rows'."""
    text = line.strip()
    if not text or "|" in text or text.endswith((".", "!", "?", ":")) or len(text.split()) > _CAPTION_WORDS:
        return None
    parts = [p.strip() for p in _CAPTION_SPLIT.split(text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return None
    return ["", *parts]


#: A caption over a table saying its figures are share-price changes in percent ("How the payments stocks fared (share
#: price change, per cent)", "Share price change (%)"): the columns under it hold percent figures written bare.
_PERCENT_CAPTION = re.compile(r"\b(?:share|stock)[- ]price\s+(?:change|move|performance)s?\b[^\n|]{0,20}?"
                              r"(?:%|\bper\s*cent\b|\bpercent\b|\bpct\b)", re.IGNORECASE)
_MAX_CAPTION = 120


def percent_caption(line: str) -> bool:
    """Whether ``line`` is a caption saying the table under it gives share-price changes in percent
    (:data:`_PERCENT_CAPTION`): a short line with no cell bar."""
    return "|" not in line and len(line.strip()) <= _MAX_CAPTION and _PERCENT_CAPTION.search(line) is not None


def is_header(cells: list[str]) -> bool:
    """A table's header: no figure in any cell after the first ("Company | Friday | Week | YTD"); a header may date
    a column ("Price change Oct 3", "Cover ratio Jun-23") but holds no figure cell or percent."""
    return len(cells) >= 3 and not any(_CELL_FIGURE.match(c) or _CELL_MISSING.match(c) or find_figures(c)
                                       for c in cells[1:])


def other_quantity(header: str) -> bool:
    """Whether a column's header names a quantity other than the share price ("Capital ratio Jun-23", "Dividend
    yield %"): its cells are no moves."""
    return bool(_OTHER_QUANTITY.search(header)) and not _PRICE_COLUMN.search(header)


_QUANTITY_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_HEADER_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?", re.IGNORECASE)


def names_products(header: list[str] | None) -> bool:
    """Whether a table's header names products in its first column ("Model | Avg. price | Change y/y"): the rows'
    figures are the goods' own (prices, sales), no share moves of their makers."""
    return bool(header) and _PRODUCT_COLUMN.fullmatch(header[0].strip(" *:")) is not None  # type: ignore[index]


def _skipped_columns(columns: list[str]) -> set[int]:
    """The columns of a header that hold no moves: those naming another quantity, and, when some columns name a price
    move or its period and others name neither, the others ("Cover ratio Q2 | Price change Oct 3")."""
    skipped = {i for i, c in enumerate(columns) if i and other_quantity(c)}
    named = {i for i, c in enumerate(columns) if i and (_MOVE_COLUMN.search(c) or _PRICE_COLUMN.search(c))}
    if named:  # a column named for something else ("Cover ratio Jun-23"); not a bare span label ("1M", "3Y")
        skipped |= {i for i in range(1, len(columns))
                    if i not in named and _QUANTITY_WORD.search(_HEADER_MONTH.sub("", columns[i]))}
    return skipped


#: A line that heads what follows it: ends on a colon ("Closing prices, Monday 22 July:", "How they closed on Friday:").
_HEADING_LINE = re.compile(r"[^\n|%]{3,80}:\s*")


#: The spans between two named closes or days a heading may give the table under it ("(Monday to Thursday close)",
#: "change from Nov. 4 close to Nov. 15 close", "Friday close against July 13").
_HEADING_SPANS = frozenset({"days", "after_day", "after_stated"})


def heading_session(line: str) -> Period | None:
    """The session a heading line names for the table under it ("Closing prices, Monday 22 July:" -> Monday's; "Close,
    March 14:" -> that day's), or the span between two closes or days it names ("How they fared this week (Monday to
    Thursday close):"), None for any other line or period."""
    if not _HEADING_LINE.fullmatch(line):
        return None
    period = column_period(line.rstrip().rstrip(":"))
    if period.kind == "multi-day" and period.interval in _HEADING_SPANS:
        return period
    return period if period.kind == "session" and (period.day is not None or period.stated_day) else None


def column_period(header: str) -> Period:
    """The period a column's header names; a plain header ("Change", "% chg", "Close") is the article's session."""
    closes = read_period(header)
    if closes.interval == "after_stated":  # "Change from Nov. 4 close to Nov. 15 close", "Friday close against July 13"
        return closes
    span = _DAY_SPAN.search(header)
    if span:  # "% change, Monday to Friday": the sessions from the first day to the second
        return Period("multi-day", interval="days", day=_DAY_INDEX[span.group("a").lower()],
                      to_day=_DAY_INDEX[span.group("b").lower()])
    day = _DAY.search(header)
    if day and _SINCE_HEADER.search(header, 0, day.start()):  # "Chg since Friday", "Since Fri close": the days after
        return Period("multi-day", interval="since_day", day=_DAY_INDEX[day.group("d").lower()])
    if day and _WEEK.search(header, 0, day.start()):  # "Week to Friday", "Wk to Fri": the week ending that day
        return Period("multi-day", interval="span_to", to_day=_DAY_INDEX[day.group("d").lower()], count=5, unit="week")
    if day:
        return Period("session", day=_DAY_INDEX[day.group("d").lower()])
    if _YTD.search(header):
        return Period("year-to-date", interval="ytd")
    if _WEEK.search(header):
        return Period("multi-day", interval="week")
    if _MONTH.search(header):
        return Period("multi-day", interval="month")
    if _PREMARKET.search(header):
        return Period("premarket")
    stated = _HEADER_DAY.search(header)
    if stated and _SINCE_HEADER.search(header):  # "June 2 to date", "Since March 3": from that day to the article's
        return read_period("since " + stated.group(0))
    if stated:  # "Price change Oct 3", "Change (March 14)": that day's session
        period = read_period("on " + stated.group(0))
        if period.stated_day:
            return period
    return read_period(header)


def _bare_figure(cell: str) -> list[Figure]:
    """A percent figure written without its sign of percent, in a column whose header says percent."""
    m = _BARE_NUMBER.match(cell)
    if not m:
        return []
    sign = 0 if m.group("sign") is None else (1 if m.group("sign") == "+" else -1)
    return [Figure(m.start("value") - (1 if m.group("sign") else 0), m.end("value"), float(m.group("value")), sign,
                   "exact", "signed", m.start(), m.end())]


#: A row of a two-column table of moves: a name, a bar, one percent figure ("Acme Tools (Oslo) | -12.4%"); Markdown
#: may open and close the row with bars, and British copy writes percent "pc" ("| Acme Tools | +1.9pc |").
_TWO_CELL_ROW = re.compile(r"(?:\|\s*)?[^|\n]{2,60}\s\|\s*[+\-−–]?\d{1,3}(?:\.\d+)?\s*(?:%|pc\b|per\s?cent\b)\s*(?:\|\s*)?")


def two_column_rows(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The rows of two-column tables of moves among ``spans`` (an HTML table "Company | Move" read as text): two or
    more such rows in a row, each a line of its own. A single "name | figure" line is left to the grammar."""
    rows = [(a, b) for a, b in spans if _TWO_CELL_ROW.fullmatch(text, a, b)
            and text[max(0, a - 1): a] in ("", "\n") and text[b: b + 1] in ("", "\n")]
    out: set[tuple[int, int]] = set()
    for i, (a, b) in enumerate(rows):
        near = [r for r in rows[max(0, i - 1): i + 2] if r != (a, b) and not text[min(r[1], b): max(r[0], a)].strip()]
        if near:
            out.add((a, b))
    return out


#: The word of shares closing a row's first cell, right after the name's ticker in brackets ("Acme Tools (ASX: ACM)
#: share"): the row tells of the company's stock, among rows of other quantities (a commodity's price). Without a
#: ticker ("Class A shares", "Total shares") the words stay as they are.
_SHARE_WORD_END = re.compile(r"(?<=\))\s+(?:shares?|stock)\s*$")


def table_row_moves(row: str, header: list[str] | None, min_cells: int = 3,
                    session: Period | None = None, percent: bool = False) -> list[TableMove]:
    """The moves of one table row (offsets relative to ``row``): nothing when its first cell names no company
    or index, or the row has no figure cells. ``min_cells``: 2 for a row of :func:`two_column_rows`. ``session``: the
    session a heading over a table without a header names (:func:`heading_session`), for its plain columns.
    ``percent``: a caption over the table says its figures are percent changes (:func:`percent_caption`), so a bare
    figure ("+6.1") is one, as under a header saying percent."""
    spans = [(m.start(), m.end()) for m in _CELL.finditer(row)]
    if len(spans) < min_cells:
        return []
    name_end = spans[0][0] + len(row[spans[0][0]:spans[0][1]].rstrip())
    mark = _FOOTNOTE_END.search(row, spans[0][0], name_end)
    if mark:  # "Acme Tools* | -3.8%", a footnote under the table says where it is listed: the name before the mark
        name_end = mark.start()
    told = _SHARE_WORD_END.search(row, spans[0][0], name_end)
    if told and told.start() > spans[0][0]:  # "Acme Tools (ASX: ACM) share | A$0.94 | -31.2%": the stock's row
        name_end = told.start()
    named_after = _TICKER_THEN_NAME.fullmatch(row, spans[0][0], name_end)
    if named_after and any(c.islower() for c in named_after.group("name")) \
            and classify_name(named_after.group("name")) == "share":
        # "AURA3 (Rede Aurora) | R$12.88 | -5.3%": the ticker first, the company's name in brackets after it
        subjects = [Subject("share", named_after.group("name"), named_after.start("name"), named_after.end("name"),
                            named_after.group("ticker"))]
    else:
        subjects = [s for s in subject_before(row[:name_end] + " rose", name_end, allow_object=True)
                    if s.kind in ("share", "index") and s.start >= 0]
    if not subjects:
        return []
    subject = subjects[-1]
    columns = header if header is not None and len(header) == len(spans) else None
    if names_products(columns):
        return []  # "Acme Roadster 5 | $21,850 | -13.9%" under "Model | Avg. price | Change y/y": a product's price
    skipped = _skipped_columns(columns) if columns is not None else set()
    out = []
    for i, (a, b) in enumerate(spans[1:], start=1):
        if i in skipped:
            continue
        figures = find_figures(row[a:b])
        if not figures and (percent or columns is not None and _PERCENT_HEADER.search(columns[i])):
            figures = _bare_figure(row[a:b])
        if not figures:
            continue
        fig = figures[0]
        sign = fig.sign or (-1 if row[a:b].lstrip().startswith(("-", "−", "–")) else 1)
        shifted = Figure(a + fig.start, a + fig.end, fig.value, sign, fig.qualifier, fig.form, a + fig.anchor,
                         a + fig.noun_end)
        period = column_period(columns[i]) if columns is not None else Period("session")
        if session is not None and period == Period("session"):
            period = session  # "Closing prices, Monday 22 July:" over the rows: that session, not the article's
        out.append(TableMove(subject, shifted, period))
    return out


#: A first cell that is a day ("08/04/2027", "04/08/27", "2027-04-08", "08.04.2027"): a row of one stock's sessions,
#: the stock the text over the table is about.
_DATE_CELL = re.compile(r"\s*(?:(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>(?:19|20)?\d\d)|"
                        r"(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))\s*")
#: The header of such a table's first column ("Date", "Session", "Trading day").
_DATE_HEADER = re.compile(r"\s*(?:date|day|session|trading\s+(?:day|date|session))\s*", re.IGNORECASE)
#: The most days a dated row lies before the publication.
_DATED_ROW_DAYS = 400


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def row_day(cell: str, published: date | None) -> date | None:
    """The day a table's first cell gives, read so that it falls on or before ``published`` (a numeric day may be
    written day first, as in Europe, or month first, as in the US: the reading nearer before the publication wins;
    a year of two digits is this century's); None for a cell that is no day."""
    m = _DATE_CELL.fullmatch(cell)
    if not m:
        return None
    if m.group("iy"):
        return _day_or_none(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
    a, b = int(m.group("a")), int(m.group("b"))
    readings = [d for d in (_day_or_none(year, b, a), _day_or_none(year, a, b)) if d is not None]
    if published is not None:
        readings = [d for d in readings if timedelta(0) <= published - d <= timedelta(days=_DATED_ROW_DAYS)]
        readings.sort(key=lambda d: published - d)
    return readings[0] if readings else None


def dated_row_moves(row: str, header: list[str] | None, published: date | None) -> tuple[date, list[Figure]] | None:
    """The day and the change figures (offsets in ``row``) of a row of one stock's sessions ("08/04/2027 | 12.40 |
    -6.2%" under "Date | Close (EUR) | Change"): a first cell that is a day (:func:`row_day`) under a header whose first
    column names days, or none; figure cells in a column of the session's change (percent, or bare under a header
    saying percent), not one of another period ("Since March 1") or quantity. None for any other row."""
    spans = [(m.start(), m.end()) for m in _CELL.finditer(row)]
    if len(spans) < 2:
        return None
    columns = header if header is not None and len(header) == len(spans) else None
    if header is not None and (columns is None or not _DATE_HEADER.fullmatch(columns[0])):
        return None
    day = row_day(row[spans[0][0]: spans[0][1]], published)
    if day is None:
        return None
    skipped = _skipped_columns(columns) if columns is not None else set()
    figures: list[Figure] = []
    for i, (a, b) in enumerate(spans[1:], start=1):
        if i in skipped or columns is not None and column_period(columns[i]) != Period("session"):
            continue
        found = find_figures(row[a:b])
        if not found and columns is not None and _PERCENT_HEADER.search(columns[i]):
            found = _bare_figure(row[a:b])
        for fig in found[:1]:
            sign = fig.sign or (-1 if row[a:b].lstrip().startswith(("-", "−", "–")) else 1)
            figures.append(Figure(a + fig.start, a + fig.end, fig.value, sign, fig.qualifier, fig.form, a + fig.anchor,
                                  a + fig.noun_end))
    return (day, figures) if figures else None


#: A plain-text table's header naming its last column a change ("Company   Last (NOK)   Chg %", "Name Close % chg",
#: "Stock Price Change"): words only, the last of them a change's.
_PLAIN_HEADER = re.compile(r"[A-Za-z][^\d|\n]*?\s(?:chg|change|pct|move)\s*%?\s*|[A-Za-z][^\d|\n]*?\s%\s*(?:chg|change)?\s*",
                           re.IGNORECASE)
#: ... or whose last columns name their periods, a figure only in a period's name ("Ticker  1-day  Since Sept 14",
#: "Ticker  Close (local)  1-day  Since pricing", "Name  Last  5-day  YTD").
_PERIOD_LABEL = re.compile(r"(?<![\w-])(?:since\b|\d{1,2}[- ]?(?:days?|d|sessions?|weeks?|wk|months?|m)\b|ytd\b|"
                           r"year[- ]to[- ]date\b|week\b|wk\b|chg\b|change\b|%)", re.IGNORECASE)
_PERIOD_HEADER = re.compile(r"[A-Za-z][^\d|\n%]*?\s(?:(?:\d{1,2}[- ]?(?:days?|d|sessions?|weeks?|wk|months?|m)|ytd|week|wk|"
                            r"year[- ]to[- ]date|since\s+[A-Za-z]+(?:\s+\d{1,2})?)\s+){0,3}"
                            r"(?:\d{1,2}[- ]?(?:days?|d|sessions?|weeks?|wk|months?|m)|ytd|week|wk|year[- ]to[- ]date|"
                            r"since\s+[A-Za-z]+(?:\s+\d{1,2})?)\s*%?\s*", re.IGNORECASE)
#: ... or a list's heading that names its unit, percent, in brackets or after a comma, a colon or a dash ("Market movers
#: (week, %)", "Top losers (%)", "Biggest fallers, % chg", "Movers (Fri close, pct)", "Top gainers: %"): its rows' bare
#: signed numbers are percents, over the period the heading names.
_UNIT_HEADER = re.compile(r"[A-Za-z][^\d|\n()%]*?(?:\s*\([^()\d\n%]*?(?:%|\bpct\b|\bper\s*cent\b|\bpercent\b)[^()\d\n%]*\)"
                          r"|\s*[,:–—]\s*(?:%|pct)(?:\s*(?:chg|change))?)\s*:?\s*", re.IGNORECASE)
#: A row of such a table, its columns aligned with spaces or collapsed to one: the subject's name (no figure; a list's
#: bullet before it, its listing in brackets after it, "- Acme Tools (XOSL: ACM1)"), up to four figures (a price, a
#: volume), then the signed change ("Acme Tools      318.40     +4.6", "Acme Tools 54.30 -3.0").
_PLAIN_ROW = re.compile(r"(?:[*•·\-–—]\s+)?(?P<name>[A-Z][^\d|\n]*?(?:\s*\([^()\n]{1,30}\))?)(?P<dash>\s+[—–])?(?P<cells>(?:\s+(?:[A-Z]{0,3}[$€£¥])?[\d][\d,.]*[A-Za-z]{0,2}){0,4})"
                        r"(?P<more>(?:\s+[+\-−–]\d{1,3}(?:\.\d+)?\s*%?){0,3})\s+(?P<fig>[+\-−–]\d{1,3}(?:\.\d+)?)\s*%?\s*")
#: The gap before a cell: a figure, a price with its currency ("C$41.20", "€3.10").
#: The spaced dash of a header set as a label and its column ("Company — change since Jan. 5").
_HEADER_DASH = re.compile(r"\s+[—–]\s+")
_PLAIN_CELL = re.compile(r"\s+(?=(?:[A-Z]{0,3}[$€£¥])?[+\-−–]?\d)")
_MAX_PLAIN_LINE = 100
_SIGNED = re.compile(r"[+\-−–]\d")
#: One figure of a labelled list's row and the words of the period it covers after it ("-2.7 this week", "+8.3 since
#: June 5"): no percent sign, the heading over the list gives the unit.
_LABELLED_ITEM = r"[+\-−–]?\d{1,3}(?:\.\d+)?\s+[a-z][^,;:\n%|\d]{0,30}?(?:\s\d{1,2})?"
#: A row of a list under a heading that names its unit, percent ("Scorecard (share price change, %)"): a name, a
#: colon, then one to four figures each followed by its period ("Acme Tools: -2.7 this week, -28.4 since June 5").
_LABELLED_ROW = re.compile(r"(?:[*•·\-–—]\s+)?(?P<name>[A-Z][^\d|\n:%]{0,60}?)\s*:\s*(?P<items>" + _LABELLED_ITEM +
                           r"(?:\s*[,;]\s*" + _LABELLED_ITEM + r"){0,3})\s*")
_LABELLED_FIGURE = re.compile(r"(?P<fig>[+\-−–]?\d{1,3}(?:\.\d+)?)\s+(?P<label>[a-z][^,;:\n%|\d]{0,30}?(?:\s\d{1,2})?)"
                              r"\s*(?=[,;]|$)")


def _labelled_row(line: str) -> tuple[str, list[str]] | None:
    """A row of a labelled list (:data:`_LABELLED_ROW`, "Acme Tools: -2.7 this week, -28.4 since June 5") as a pipe row
    of the same length, the name one cell and each figure one (its period's words blanked), and the row's header: each
    column named by its period and the unit ("this week %"); None for any other line."""
    m = _LABELLED_ROW.fullmatch(line)
    if m is None:
        return None
    chars = list(" " * m.start("name") + line[m.start("name"):])
    chars[line.index(":", m.end("name"))] = "|"
    labels = []
    for item in _LABELLED_FIGURE.finditer(line, m.start("items"), m.end("items")):
        labels.append(item.group("label").strip() + " %")
        chars[item.start("label"): item.end("label")] = " " * (item.end("label") - item.start("label"))
        if item.end() < len(line) and line[item.end()] in ",;":
            chars[item.end()] = "|"
    row = "".join(chars)
    if len(labels) + 1 != len(row.split("|")):
        return None
    return row, ["", *labels]


def _labelled_list(text: str, lines: list[tuple[int, int]], i: int) -> dict[tuple[int, int], tuple[str, list[str]]]:
    """The rows of a labelled list right under the unit heading ``lines[i]`` (blank lines may stand between them):
    two or more rows in a row (:func:`_labelled_row`); {} when there are fewer."""
    out: dict[tuple[int, int], tuple[str, list[str]]] = {}
    j = i + 1
    while j < len(lines) and not text[lines[j - 1][1]: lines[j][0]].strip() and lines[j][1] - lines[j][0] <= _MAX_PLAIN_LINE:
        found = _labelled_row(text[lines[j][0]: lines[j][1]])
        if found is None:
            break
        out[lines[j]] = found
        j += 1
    return out if len(out) >= 2 else {}


#: A line of a name, a bar and a bare signed number ("Acme Tools | +4.1", "Acme Tools | -2.9"): a two-column list
#: whose unit a heading over it gives ("Week's movers (% change, Monday to Friday)").
_BARE_BAR_ROW = re.compile(r"[^|\n%]{2,60}?\s(?P<bar>\|)\s*[+\-−–]\d{1,3}(?:\.\d+)?\s*")


def _bars_blanked(text: str, lines: list[tuple[int, int]]) -> str:
    """``text`` with the bar of each line of :data:`_BARE_BAR_ROW` set as a space (the same length), so the line
    reads as a plain-text table's row: its figure is a percent only under a header or heading that says so."""
    chars = list(text)
    for a, b in lines:
        m = _BARE_BAR_ROW.fullmatch(text, a, b)
        if m:
            chars[m.start("bar")] = " "
    return "".join(chars)


def plain_table_rows(text: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[str, list[str]]]:
    """The rows of tables printed in plain text among ``spans`` (a wire's movers table, its columns aligned with spaces
    or collapsed by the page's cleaning): a header line of words whose last column names a change ("Company   Last
    (NOK)   Chg %"), then two row lines or more, each on a line of its own, naming the subject first and ending on a
    signed figure ("Acme Tools      318.40     +4.6"); blank lines may stand between them. Each row's span -> the row
    written as a pipe row of the same length and a header for it whose last column is the change's (read by
    :func:`table_row_moves`)."""
    lines = [(a, b) for a, b in spans if text[max(0, a - 1): a] in ("", "\n") and text[b: b + 1] in ("", "\n", "\r")]
    text = _bars_blanked(text, lines) if "|" in text else text  # "Acme Tools | +4.1": read as "Acme Tools   +4.1"
    out: dict[tuple[int, int], tuple[str, list[str]]] = {}
    i = 0
    while i < len(lines):
        a, b = lines[i]
        unit = _UNIT_HEADER.fullmatch(text, a, b) is not None and b - a <= _MAX_PLAIN_LINE
        if b - a > _MAX_PLAIN_LINE or not (_PLAIN_HEADER.fullmatch(text, a, b) or _PERIOD_HEADER.fullmatch(text, a, b)
                                           or unit) or "|" in text[a:b]:
            i += 1
            continue
        labelled = _labelled_list(text, lines, i) if unit else {}
        if labelled:  # "Scorecard (share price change, %)" over "Acme Tools: -2.7 this week, -28.4 since June 5"
            out.update(labelled)
            i += len(labelled) + 1
            continue
        head = " ".join(text[a:b].split())
        starts = [m.start() for m in _PERIOD_LABEL.finditer(head)]
        labels = [head[x: y].strip() for x, y in zip(starts, starts[1:] + [len(head)])]
        rows = []
        j = i + 1
        while j < len(lines) and not text[lines[j - 1][1]: lines[j][0]].strip():
            m = _PLAIN_ROW.fullmatch(text, *lines[j]) if lines[j][1] - lines[j][0] <= _MAX_PLAIN_LINE else None
            if not m:
                break
            rows.append((lines[j], m))
            j += 1
        figures = {len(_SIGNED.findall(m.group("more"))) + 1 for _r, m in rows}
        if len(rows) >= 2 and (figures == {1} or (len(figures) == 1 and len(labels) == figures.pop())):
            for (ra, rb), m in rows:
                # the bullet blanked, the name (its listing's digits too) one cell, the figures cells of their own
                name_end = m.end("dash") if m.group("dash") else m.end("name")  # "Acme (ACM) — -4.1%": the dash blanked
                row = " " * (m.start("name") - ra) + text[m.start("name"): m.end("name")] + " " * (name_end - m.end("name")) \
                    + _PLAIN_CELL.sub(lambda g: "|" + g.group(0)[1:], text[name_end:rb])
                cells = len(row.split("|"))
                k = len(_SIGNED.findall(m.group("more"))) + 1
                # each signed figure under its period's name ("1-day", "Since Sept 14"); one: the change's column, or
                # the heading that names the unit and the period ("Market movers (week, %)")
                # (under a heading that names the unit, "(percent change on day / year to date)", each period's label
                # carries it: the bare figures are percents)
                # (a header set as a list's label and a dash, "Company — change since Jan. 5": the words after the dash
                # name the one column of changes, and its period)
                dashed = _HEADER_DASH.split(head)
                last = ([f"{x} %" for x in labels[-k:]] if unit else labels[-k:]) if k > 1 else \
                    [head if unit else f"{dashed[-1]} %" if len(dashed) == 2 else "change %"]
                out[(ra, rb)] = (row, [head] + [""] * (cells - 1 - k) + last)
            i = j
        else:
            i += 1
    return out
