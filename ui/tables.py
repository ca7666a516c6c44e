"""Tables that can hold thousands of rows, drawn a page at a time: the sort and the filters apply to the whole
table, then one page of rows goes to the browser (a 10,000-row table sent whole takes the browser tens of
seconds to receive and draw)."""

from __future__ import annotations

import json
import math
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, replace

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from analysis.charts import plural
from ui.links import bound_choice, drop_unbound

#: Rows per page of a paged table.
PAGE_SIZE = 50
#: How Streamlit's tables lay out cell text, measured at a 1400-1500 px window and kept on the wide side so an
#: estimate cuts no line: pixels per character (14 px text), per line, and of a cell's padding; a row of more than
#: WRAP_PX wraps its text (at or under it, text stays on one line and is cut at the cell's edge).
CELL_CHAR_PX = 6.2
CELL_LINE_PX = 18
CELL_PAD_PX = 16
WRAP_PX = 64
_ORDER = {"ascending": True, "descending": False}
#: Session-state key naming the paged table whose foot buttons were just clicked: its run scrolls back to its top.
_SCROLL_TO = "_pager_scroll_to"


@dataclass(frozen=True)
class TablePage:
    """One page of a table: its rows (index reset) and where they sit in the whole sorted table."""

    rows: pd.DataFrame
    first: int  # 0-based position of the page's first row in the whole table
    total: int
    key: str = ""  # the widget keys' stem: the page number is ``f"{key}_page"``
    page_no: int = 1
    pages: int = 1
    noun: str = "row"  # what a row is, for "1–50 of 123 articles"
    nouns: str | None = None


def sort_rows(frame: pd.DataFrame, column: str, ascending: bool = True) -> pd.DataFrame:
    """``frame`` sorted by ``column`` (stable, missing values last; text case-insensitively; mixed types by their
    text)."""
    values = frame[column]
    if not (pd.api.types.is_numeric_dtype(values) or pd.api.types.is_datetime64_any_dtype(values)):
        key = values.map(lambda v: v.casefold() if isinstance(v, str) else (None if pd.isna(v) else str(v)))
    else:
        key = values
    order = key.sort_values(ascending=ascending, kind="stable", na_position="last").index
    return frame.loc[order]


def page_of(frame: pd.DataFrame, page_no: int, page_size: int = PAGE_SIZE) -> TablePage:
    """Rows of page ``page_no`` (1-based, clamped to the pages there are) of ``frame``."""
    pages = max(1, math.ceil(len(frame) / page_size))
    page_no = min(max(1, page_no), pages)
    first = (page_no - 1) * page_size
    return TablePage(frame.iloc[first:first + page_size].reset_index(drop=True), first, len(frame), page_no=page_no,
                     pages=pages)


def line_chars(width: int) -> int:
    """Characters a line of a cell ``width`` px wide is counted to hold: one fewer than its width at
    :data:`CELL_CHAR_PX` a character, since a line of wider letters (capitals, "w", "m") holds fewer and the browser
    wraps by pixels. A line the estimate filled to its last character wrapped a word early on screen: eight outlets'
    names in a 165 px cell took nine lines where eight were counted, and the last name was cut at the row's edge."""
    return max(1, int((width - CELL_PAD_PX) / CELL_CHAR_PX) - 1)


def cell_lines(text: object, width: int) -> int:
    """Lines the text of one cell ``width`` px wide takes when its words wrap (1 for an empty cell)."""
    chars = line_chars(width)
    return max(1, len(textwrap.wrap(str(text), chars, break_long_words=True, break_on_hyphens=False)))


def clip_cells(frame: pd.DataFrame, widths: Mapping[str, int], most: int) -> pd.DataFrame:
    """``frame`` with the text of each cell of the columns in ``widths`` (px) that would take more than ``most``
    lines cut to what fits, ending in "…": a cell taller than a row of :func:`row_height` ``most`` lines was cut at
    the row's bottom edge in the middle of a line, with nothing to say text was missing (CORPUS145's long passages on
    the Spread page). The CSV under a table keeps the whole text."""
    def clip(text: object, width: int) -> object:
        if not isinstance(text, str) or cell_lines(text, width) <= most:
            return text
        chars = line_chars(width)
        lines = textwrap.wrap(text, chars, break_long_words=True, break_on_hyphens=False)[:most]
        last = lines[-1]
        lines[-1] = (last[:chars - 2].rsplit(" ", 1)[0] if " " in last[:chars - 2] else last[:chars - 2]) + " …"
        return " ".join(lines)

    cut = {c: [clip(v, w) for v in frame[c]] for c, w in widths.items() if c in frame.columns}
    return frame.assign(**cut) if cut else frame


def row_height(frame: pd.DataFrame, widths: Mapping[str, int], least: int | None = None, most: int = 12) -> int | None:
    """The row height (px) at which every cell of ``frame``'s columns in ``widths`` (px) shows all its text: None
    (Streamlit's one-line rows) when each fits on one line and ``least`` is None, else at least ``least`` and over
    :data:`WRAP_PX` (where Streamlit wraps text), at most ``most`` lines. One height for every row: the tallest cell
    sets it (a list of six outlets in 140 px, or a company's long name, was cut at a fixed height)."""
    lines = max((cell_lines(v, w) for c, w in widths.items() if c in frame.columns for v in frame[c]), default=1)
    if lines <= 1 and least is None:
        return None
    return max(least or 0, WRAP_PX + 1, min(lines, most) * CELL_LINE_PX + CELL_PAD_PX)


def paged(frame: pd.DataFrame, key: str, *, page_size: int = PAGE_SIZE, noun: str = "row", nouns: str | None = None,
          sortable: list[str] | None = None, labels: Mapping[str, str] | None = None, in_link: bool = True) -> TablePage:
    """Draw the sort and page controls of a table too long for one page and return the page to show.

    ``frame`` is the whole table (already narrowed by every filter). Up to ``page_size`` rows nothing is drawn and
    the whole table is returned (the table's own column sort works then). Longer tables get "Sort by" (one of
    ``sortable``, default every column, applied to the whole table), the order, a page number and a line saying
    which rows are shown (``noun``/``nouns``: what a row is, "article"/"articles"). ``labels``: the heading the
    table shows for a column named otherwise in ``frame``, which "Sort by" offers it under (it offered "first_outlets"
    for the column headed "First outlets"). Widget keys start with ``key``.

    ``in_link``: the sort, the order and the page are in the URL too, under their keys (``?docs_sort=Words&
    docs_order=descending&docs_page=3``), so a link copied from the address bar opens the table as it was shown. A
    column named by its heading or its name, in any case, is read; a column, order or page the table does not have
    (an old link, a narrower filter) is dropped from the link and the table opens as listed, on its first page. A
    table short enough for one page draws no control and drops its keys from the link. Off for a table whose own
    opening is not in the link (a pick on a chart), or whose key is made per item."""
    if len(frame) <= page_size:
        if in_link:
            drop_unbound([f"{key}_sort", f"{key}_order", f"{key}_page"])  # a later page of a longer table
        return TablePage(frame.reset_index(drop=True), 0, len(frame))
    pages = math.ceil(len(frame) / page_size)
    columns = [c for c in (sortable or list(frame.columns)) if c in frame.columns]
    bind = "query-params" if in_link else None
    heading = (lambda c: (labels or {}).get(c, c))
    sort_col, order_col, page_col = st.columns([2, 1.2, 1], vertical_alignment="bottom")
    if in_link:  # "?docs_sort=words" or the column's name ("first_published" for "First date") too
        bound_choice(f"{key}_sort", ["(as listed)", *columns], heading)
        bound_choice(f"{key}_order", list(_ORDER))
    by = sort_col.selectbox("Sort by", ["(as listed)", *columns], key=f"{key}_sort", format_func=heading, bind=bind,
                            help="Sorts the whole table, then shows it a page at a time.")
    # the order of a sort column: none to reverse while the table keeps its own order
    order = order_col.radio("Order", list(_ORDER), horizontal=True, key=f"{key}_order", label_visibility="collapsed",
                            disabled=by not in columns, bind=bind)
    if st.session_state.get(f"{key}_page", 1) > pages:
        st.session_state[f"{key}_page"] = pages  # a narrower filter has fewer pages
    page_no = page_number(page_col, pages, key, in_link=in_link)
    if by in columns:
        frame = sort_rows(frame, by, _ORDER[order])
    page = replace(page_of(frame, page_no, page_size), key=key, noun=noun, nouns=nouns)
    st.caption(f"{plural(page.total, noun, nouns)}; showing {page.first + 1:,}–{page.first + len(page.rows):,}.")
    return page


def page_number(where: DeltaGenerator, pages: int, key: str, in_link: bool = False) -> int:
    """The page number box "Page (of N)" of a list or table of ``pages`` pages, drawn in ``where`` under the key
    ``f"{key}_page"`` (``in_link``: and in the URL under that name, so a shared link opens the page); the page
    scrolls back to it on the run after a click on :func:`page_foot`'s buttons."""
    number = int(where.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=f"{key}_page",
                                    bind="query-params" if in_link else None))
    if st.session_state.get(_SCROLL_TO) == key:
        del st.session_state[_SCROLL_TO]
        # the reader clicked at the foot of a long page: the new page is read from its top, where its first row is
        st.html(
            "<script>setTimeout(() => { const box = document.querySelector(" + json.dumps(f".st-key-{key}_page") + ");"
            " if (box) { box.style.scrollMarginTop = '80px'; box.scrollIntoView({block: 'start'}); } }, 150);</script>",
            unsafe_allow_javascript=True, width="content")
    return number


def _turn(key: str, page_no: int) -> None:
    st.session_state[f"{key}_page"] = page_no
    st.session_state[_SCROLL_TO] = key


def page_foot(page: TablePage) -> None:
    """Under a paged table or list (``page`` from :func:`paged`, or built with its ``key``, ``page_no`` and
    ``pages``): *Previous page* and *Next page* and which rows are shown, so a reader at the foot of a long page
    turns it there (the page number box is above the table only, 50 rows up). Nothing for a table of one page."""
    if page.pages <= 1:
        return
    back, where, ahead = st.columns([1, 2, 1], vertical_alignment="center")
    back.button("Previous page", key=f"{page.key}_prev", icon=":material/arrow_back:", disabled=page.page_no <= 1,
                on_click=_turn, args=(page.key, page.page_no - 1), width="stretch")
    where.caption(f"Page {page.page_no:,} of {page.pages:,}: {page.first + 1:,}–{page.first + len(page.rows):,} of "
                  f"{plural(page.total, page.noun, page.nouns)}.")
    ahead.button("Next page", key=f"{page.key}_next", icon=":material/arrow_forward:", icon_position="right",
                 disabled=page.page_no >= page.pages, on_click=_turn, args=(page.key, page.page_no + 1),
                 width="stretch")
