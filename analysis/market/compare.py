"""The market-reaction chart: the share moves the articles report, beside the actual close-to-close moves of a
reference price file, plus a table of outlets that disagree about the same company and session."""

from __future__ import annotations

import html
import math
import re
import textwrap
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from analysis import config
from analysis.charts import (
    OTHER_COLOUR,
    OTHER_OUTLETS,
    OUTLET_SYMBOLS,
    ChartResult,
    chart_text,
    empty_figure,
    finish_figure,
    outlet_groups,
    plural,
    source_line,
)
from analysis.market.moves import spans_sessions

Verdict = Literal["consistent", "gap", "listing mismatch", "no reference"]
COMPARE_COLUMNS = [
    "company", "ticker", "kind", "sector", "region", "session_date", "outlet", "doc_id", "pct", "qualifier", "label",
    "actual_pct", "reference_company", "reference_exchange", "reference_region", "gap", "verdict", "note", "sentence",
    "period_start", "period_end", "period",
]
DISCREPANCY_COLUMNS = ["company", "session_date", "outlet", "doc_id", "label", "pct", "qualifier", "sentence"]
PATTERNS = ("", "/", ".", "x", "\\", "+", "-", "|")
MINUS = "\u2212"  # a typographic minus: "−20%" lines up with "+8.9%" in print
_FIRST_DIGIT = re.compile(r"\d")


def _decimals(value: float) -> int:
    text = f"{abs(value):g}"
    return len(text.split(".")[1]) if "." in text else 0


def within_qualifier(reported: float, qualifier: str, actual: float) -> bool:
    """Whether an actual close-to-close move (%, signed) is what a reported figure with its qualifier allows.

    "exact" allows the rounding of the figure (a whole number ±1 point, else ±0.1); "about" ±1 point or 10%;
    "over"/"at least" the figure or more; "nearly"/"under" the figure or less (within 1 point or 15%);
    "as much as"/"up to" are intraday extremes, so any close of the same sign up to the figure fits.
    """
    if abs(actual) > 0.05 and abs(reported) > 0.05 and (actual > 0) != (reported > 0):
        return False
    r, a = abs(reported), abs(actual)
    slack = 0.05
    if qualifier == "exact":
        return abs(a - r) <= max(10.0 ** -_decimals(reported), 0.1) + 1e-9
    if qualifier == "about":
        return abs(a - r) <= max(1.0, 0.1 * r) + 1e-9
    if qualifier in ("over", "at least"):
        return r - slack <= a <= r + max(2.0, 0.5 * r)
    if qualifier in ("nearly", "under"):
        return r - max(1.0, 0.15 * r) <= a <= r + slack
    if qualifier in ("as much as", "up to"):
        return a <= r + slack
    return abs(a - r) <= 1.0


def signed_pct(value: float, decimals: int = 2) -> str:
    """A signed percentage as printed on charts and tables: "+8.90%", "−20.00%" (typographic minus), "0.00%"."""
    text = f"{abs(value):.{decimals}f}%"
    return text if round(value, decimals) == 0 else ("+" if value > 0 else MINUS) + text


def signed_label(label: str, pct: float) -> str:
    """An article's wording of a move with its direction as a sign before the figure: "over 7%" of a fall is
    "over −7%", "8.9%" of a rise "+8.9%"."""
    sign = MINUS if pct < 0 else "+" if pct > 0 else ""
    return _FIRST_DIGIT.sub(lambda m: sign + m.group(0), str(label), count=1)


def actual_text(frame: pd.DataFrame) -> pd.Series:
    """The actual close-to-close move of each row as a reader sees it: "−16.97%", or "n/a" with the reason
    (several sessions, unknown session, no previous close in the reference, no reference close). Needs
    ``actual_pct, session_date, period_end`` and, when present, ``reference_company``."""
    multi = _multi_day(frame)
    why = pd.Series("no reference close", index=frame.index)
    if "reference_company" in frame.columns:  # the session is in the reference, the close before it is not
        why = why.mask(frame["reference_company"].notna(), "no previous close")
    why = why.mask(frame["session_date"].isna(), "session unknown").mask(multi, "over several sessions")
    return pd.Series([
        signed_pct(float(a)) if pd.notna(a) else f"n/a ({w})" for a, w in zip(frame["actual_pct"], why)
    ], index=frame.index, dtype=object)


def _signed(move: pd.Series) -> str:
    return ("down " if float(move["pct"]) < 0 else "up ") + str(move["label"])


def _multi_day(frame: pd.DataFrame) -> pd.Series:
    """True for the rows of a moves frame that cover several sessions (a ``period_end``, or a multi-day ``period``
    with no dates; none in older frames)."""
    return spans_sessions(frame)


def _period_text(start: object, end: object) -> str:
    """"1 Jan–27 Jan 2025" for a multi-day move ("… to 27 Jan 2025" when the text gives no start)."""
    if pd.isna(end):
        return "several sessions"
    if pd.isna(start):
        return f"… to {end:%d %b %Y}"
    return f"{start:%d %b}–{end:%d %b %Y}" if start.year == end.year else f"{start:%d %b %Y}–{end:%d %b %Y}"


def _session_text(frame: pd.DataFrame) -> pd.Series:
    """The session of each move as a reader sees it: "Mon 27 Jan 2025", a period for a multi-day move, or
    "unknown"."""
    text = frame["session_date"].dt.strftime("%a %d %b %Y").fillna("unknown")
    multi = _multi_day(frame)
    if multi.any():
        text = text.where(~multi, [_period_text(a, b) for a, b in zip(frame["period_start"], frame["period_end"])])
    return text


def _match_reference(move: pd.Series, reference: pd.DataFrame) -> pd.Series | None:
    session = move["session_date"]
    if pd.isna(session) or reference.empty:
        return None
    day = reference.loc[reference["date"] == session]
    if day.empty:
        return None
    ticker = str(move["ticker"] or "")
    if ticker:
        hit = day.loc[(day["ticker"] == ticker) | (day["ticker_alt"] == ticker)]
        if not hit.empty:
            return hit.iloc[0]
    company = str(move["company"]).lower()
    hit = day.loc[day["company"].str.lower().str.startswith(company)]
    return hit.iloc[0] if len(hit) == 1 else None


def reported_vs_actual(moves: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """One row per reported move with the reference's actual move for the same ticker and session.

    Needs the columns of :func:`analysis.moves.extract_moves` and a reference frame from
    :func:`analysis.reference.load_reference`. Returns :data:`COMPARE_COLUMNS`; ``verdict`` is "consistent",
    "gap" (outside what the qualifier allows), "listing mismatch" (a gap where the report's market differs from
    the reference listing's) or "no reference"; ``note`` says why in words. Sorted by session, pct, outlet.
    """
    rows: list[dict[str, object]] = []
    for _, move in moves.iterrows():
        ref = _match_reference(move, reference)
        row = {c: move.get(c) for c in COMPARE_COLUMNS if c in move.index}
        row.update(actual_pct=math.nan, reference_company=None, reference_exchange=None, reference_region=None,
                   gap=math.nan, verdict="no reference", note="no reference close for this company and session")
        if ref is not None:
            row.update(reference_company=ref["company"], reference_exchange=ref["exchange"] or None,
                       reference_region=ref["region"] or None)
            if pd.isna(ref["pct_change"]):
                row["note"] = f"the reference has no previous close for {ref['company']}, so no actual move"
            else:
                actual = float(ref["pct_change"])
                ok = within_qualifier(float(move["pct"]), str(move["qualifier"]), actual)
                other_market = (
                    move["kind"] == "share" and bool(ref["region"]) and bool(move["region"]) and ref["region"] != move["region"]
                )
                listing = "US ADR" if "ADR" in str(ref["company"]) else f"{ref['region']} listing"
                row.update(actual_pct=actual, gap=round(float(move["pct"]) - actual, 2))
                if ok:
                    row.update(verdict="consistent", note=f"reported {_signed(move)}, actual {signed_pct(actual)}")
                    if other_market:
                        row["note"] += f"; reference is the {listing}, the report refers to {move['region']}"
                elif other_market:
                    row.update(
                        verdict="listing mismatch",
                        note=f"reference is the {listing} ({ref['exchange']}, {signed_pct(actual)}); the report refers to "
                        f"{move['region']}, so the figures need not agree",
                    )
                else:
                    row.update(verdict="gap", note=f"reported {_signed(move)} but actual {signed_pct(actual)}: more than '{move['qualifier']}' allows")
        if pd.notna(move.get("period_end", None)):
            row["note"] = "a move over several sessions: no single reference close to compare"
        elif pd.isna(move["session_date"]):
            row["note"] = "the session is unknown: the article gives no date to resolve it against"
        rows.append(row)
    out = pd.DataFrame(rows, columns=COMPARE_COLUMNS)
    out = out.assign(pct=out["pct"].astype("float64"), actual_pct=out["actual_pct"].astype("float64"), gap=out["gap"].astype("float64"))
    return out.sort_values(["session_date", "pct", "company", "outlet"], kind="stable").reset_index(drop=True)


def discrepancies(moves: pd.DataFrame) -> pd.DataFrame:
    """The same company and session reported with different figures by different outlets ("17%" and "about 17%"
    agree; "17%" and "nearly 12%" do not).

    Needs ``company, session_date, outlet, doc_id, label, pct, qualifier, sentence``; returns
    :data:`DISCREPANCY_COLUMNS`, one row per outlet's wording, sorted by company, session, outlet.
    """
    if moves.empty:
        return pd.DataFrame(columns=DISCREPANCY_COLUMNS)
    moves = moves.loc[~_multi_day(moves)]
    keyed = moves.assign(_session=moves["session_date"].fillna(pd.Timestamp(0)))
    groups = keyed.groupby(["company", "_session"], sort=True)
    keep = groups["outlet"].transform("nunique").gt(1) & groups["pct"].transform("nunique").gt(1)
    out = keyed.loc[keep, DISCREPANCY_COLUMNS].drop_duplicates(["company", "session_date", "outlet", "label"])
    return out.sort_values(["company", "session_date", "outlet"], kind="stable").reset_index(drop=True)


def _direction(frame: pd.DataFrame) -> pd.Series:
    return frame["pct"].map(lambda p: "up " if p >= 0 else "down ") + frame["label"]


def compare_display(compare: pd.DataFrame) -> pd.DataFrame:
    """The reported-vs-actual table as shown to a reader: ``Company, Outlet, Session, Reported, Actual,
    Verdict, Why, Sentence`` ("down over 7%", session as "Mon 27 Jan 2025", actual as "−16.97%" or "n/a (no
    reference close)"). Needs :data:`COMPARE_COLUMNS`."""
    return pd.DataFrame({
        "Company": compare["company"], "Outlet": compare["outlet"],
        "Session": _session_text(compare), "Reported": _direction(compare),
        "Actual": actual_text(compare), "Verdict": compare["verdict"], "Why": compare["note"],
        "Sentence": compare["sentence"],
    }).reset_index(drop=True)


def compare_csv(compare: pd.DataFrame) -> bytes:
    """:func:`reported_vs_actual` as UTF-8 CSV with its numbers rounded as the page shows them (2 decimals)."""
    numbers = compare.select_dtypes("number").columns
    return compare.assign(**{c: compare[c].round(2) for c in numbers}).to_csv(index=False).encode("utf-8")


def discrepancy_display(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`discrepancies` as shown to a reader: ``Company, Session, Outlet, Wording, Sentence``."""
    return pd.DataFrame({
        "Company": table["company"], "Session": table["session_date"].dt.strftime("%a %d %b %Y").fillna("unknown"),
        "Outlet": table["outlet"], "Wording": _direction(table), "Sentence": table["sentence"],
    }).reset_index(drop=True)


def _hover(text: str, width: int = 70) -> str:
    return "<br>".join(textwrap.wrap(chart_text(text), width))


def _short_label(part: pd.DataFrame) -> str:
    """The wording for a bar: the report's own ("over 4%"), or the range when outlets differ, on two lines
    ("+12% to +17%" over "3 outlets")."""
    labels = list(dict.fromkeys(signed_label(lab, p) for lab, p in zip(part["label"], part["pct"])))
    if len(labels) == 1:
        return labels[0]
    # the smallest move first ("-11.2% to -13.9%"); figures of both signs from the lowest ("-9.4% to +4.4%", which
    # read "+4.4% to -9.4%" by size)
    signs = {p > 0 for p in part["pct"]}
    pcts = sorted(set(part["pct"]), key=abs if len(signs) == 1 else float)
    lo, hi = signed_label(f"{pcts[0]:g}%".lstrip("-"), pcts[0]), signed_label(f"{pcts[-1]:g}%".lstrip("-"), pcts[-1])
    span = lo if lo == hi else f"{lo} to {hi}"
    outlets = part["outlet"].nunique()
    if outlets == 1:
        return f"{span}\n{len(part)} figures in 1 outlet"
    return f"{span}\n{outlets} outlets"


def _bar_keys(compare: pd.DataFrame) -> pd.Series:
    """What a bar stands for besides its company: the session, or the period of a multi-day move."""
    return pd.Series(_session_text(compare).where(_multi_day(compare) | compare["session_date"].notna(), ""), index=compare.index)


def _session_figures(part: pd.DataFrame) -> pd.DataFrame:
    """The rows of one company's session that the bar stands for: its whole-session moves when the articles report
    one ("closed down 3.2%"), not the swings inside it they tell beside it ("a 4.8% loss at the lows", "0.8% higher
    in the first minutes"); the intraday figures alone when no article gives the session's move. (The table below
    the chart keeps every row.)"""
    if "period" not in part.columns:
        return part
    whole = part["period"].eq("session")
    return part.loc[whole] if whole.any() and not whole.all() else part


#: The legend's key to a hollow mark: an outlet's figure for a swing inside the session that its bar leaves out.
SWING_KEY = "White inside: a swing within<br>the session, not in the bar"
#: The longest line of a legend entry (characters): a longer one (an outlet's name, a key) is broken between words.
#: On one line, the legend took half of a figure at the page's width (a 1400 px window), and the labels beside the
#: bars ran under it.
LEGEND_LINE_CHARS = 24


def legend_name(text: object) -> str:
    """User text (an outlet, a sector) as a legend entry: broken between words into lines of at most
    :data:`LEGEND_LINE_CHARS` characters (a longer word keeps its own line), each line escaped (:func:`chart_text`)."""
    lines = textwrap.wrap(str(text), LEGEND_LINE_CHARS, break_long_words=False, break_on_hyphens=False)
    return "<br>".join(chart_text(line) for line in lines) or chart_text(text)


def _behind_bars(dots: pd.DataFrame) -> pd.Series:
    """For each of an outlet's figures ``dots`` (with their bar's ``company`` and ``_key``): whether its bar stands for
    it (:func:`_session_figures`). The swings inside a session beside its close ("17% after the bell") were drawn as
    outlets' marks like the closes, so a bar labelled "-18.5% to -23.6%, 2 figures in 1 outlet" showed marks of two
    outlets, one far from the range; they are drawn white inside now."""
    behind = pd.Series(False, index=dots.index)
    for _, figures in dots.groupby(["company", "_key"], sort=False, dropna=False):
        behind[_session_figures(figures).index] = True
    return behind


def _dots(figures: pd.DataFrame) -> pd.Series:
    """The figures of one bar's row drawn as outlets' dots (:func:`render_market_chart`): every one, the swings inside
    the session too ("as much as 7%"), when several outlets report the row; none for one outlet's figures."""
    return figures["pct"] if figures["outlet"].nunique() > 1 else figures["pct"].iloc[:0]


def _bar_table(compare: pd.DataFrame) -> pd.DataFrame:
    """One bar per company and session (or period): the median reported move, its label and how many outlets
    report it."""
    compare = compare.assign(_key=_bar_keys(compare))
    several = compare["_key"].nunique() > 1 or _multi_day(compare).any()
    parts = []
    for (company, key), figures in compare.groupby(["company", "_key"], sort=False, dropna=False):
        part = _session_figures(figures)
        first = part.iloc[0]
        session = first["session_date"]
        flagged = part["verdict"].isin(["gap", "listing mismatch"]).any()
        short = f"{session:%d %b}" if pd.notna(session) else str(key)
        name = chart_text(company) + (f" · {short}" if several and short else "")  # the y category: drawn as is
        parts.append({
            "bar": name, "company": company, "session_date": session, "key": key, "sector": first["sector"] or OTHER_GROUP,
            "pct": float(part["pct"].median()), "label": _short_label(part) + (" ⚑" if flagged else ""),
            "label_x": _label_x(float(part["pct"].median()), pd.concat([_dots(figures), part["actual_pct"]])),
            "outlets": part["outlet"].nunique(), "actual_pct": first["actual_pct"],
            "note": "; ".join(dict.fromkeys(part["note"])),
            "detail": "<br>".join(
                f"<b>{chart_text(r.outlet)}</b>: {chart_text(signed_label(r.label, r.pct))}<br>“{_hover(r.sentence)}”"
                for r in part.head(3).itertuples()
            ) + (f"<br>… and {len(part) - 3} more" if len(part) > 3 else ""),
        })
    return pd.DataFrame(parts).sort_values("pct", ascending=False, kind="stable").reset_index(drop=True)


#: The figure's width (px) the labels beside the zero line are fitted to: about the narrowest the page draws it
#: (a 1400 px window; the export is 1100 px wide), so they fit wider ones too.
_FIGURE_PX = 900
#: The plot area is never taken narrower than this (px), however long the company names and legend entries are.
_MIN_PLOT_PX = 300
#: The width (px) of one character of the labels, the company names and the legend entries (12-13 px text).
_CHAR_PX = 7.0
#: Pixels of the figure beside the labels it holds: the right margin; the y axis title and its gap; a legend
#: entry's marker, gap and padding.
_RIGHT_MARGIN_PX = 40
_Y_TITLE_PX = 50
_LEGEND_MARK_PX = 60
#: The left margin plotly keeps at least (:func:`analysis.charts.finish_figure`).
_LEFT_MARGIN_PX = 80
#: Room (% units) the index chart keeps past its longest bar.
_INDEX_PAD = 2.0
#: The widest share of the plot the labels of one side of the zero line may claim.
_MAX_LABEL_SHARE = 0.45


def _text_px(texts: object) -> float:
    """The width (px) of the longest line of ``texts`` (chart text: entities, ``<br>`` or "\\n" between lines)."""
    lines = [line for t in texts for line in re.split(r"<br>|\n", html.unescape(str(t)))]
    return _CHAR_PX * max((len(line) for line in lines), default=0)


def _plot_px(categories: object, legend: object = ()) -> float:
    """The plot area's width (px) in a figure :data:`_FIGURE_PX` wide whose y axis names ``categories`` and whose
    vertical legend on the right holds ``legend`` (its entries and titles; none when empty)."""
    left = max(_LEFT_MARGIN_PX, _text_px(categories) + _Y_TITLE_PX)
    legend_px = _text_px(legend) + _LEGEND_MARK_PX if len(list(legend)) else 0
    return max(_MIN_PLOT_PX, _FIGURE_PX - left - _RIGHT_MARGIN_PX - legend_px)


def _label_share(labels: pd.Series, plot_px: float) -> float:
    """The share of a ``plot_px`` wide plot the longest of ``labels`` takes with its two spaces on each side (lines
    split by "\\n"; 0 for none), at most :data:`_MAX_LABEL_SHARE`."""
    if labels.empty:
        return 0.0
    return min(_MAX_LABEL_SHARE, (_text_px(labels) + 4 * _CHAR_PX) / plot_px)


def _x_range(lo: float, hi: float, pad: float, bars: pd.DataFrame, plot_px: float) -> list[float]:
    """The x range of a bar chart whose marks span ``lo``..``hi`` (% units, zero included) plus ``pad``, and whose
    labels (``bars["label"]``) sit beside the zero line on the side away from their bar (``bars["pct"]``). A label
    shares its row with its own bar only, so each side of zero needs the room of its longest label or of the marks
    on that side, whichever is wider, not both."""
    left_share = _label_share(bars.loc[bars["pct"] >= 0, "label"], plot_px)  # the labels of rises sit left of zero
    right_share = _label_share(bars.loc[bars["pct"] < 0, "label"], plot_px)
    below, above = pad - lo, hi + pad  # the marks' own room on each side of zero
    # the narrowest span in which each side holds its marks and its labels' share of the whole span
    span = max(below + above, above / (1 - left_share), below / (1 - right_share))
    return [-max(below, left_share * span), max(above, right_share * span)]


def _rows_range(rows: int) -> list[float]:
    """The y range of ``rows`` bars, half a row beyond the first and last: plotly's own range pads a text trace by
    its text's size, which put several rows of blank above and below a tall chart's bars."""
    return [-0.5, rows - 0.5]


def _label_x(pct: float, marks: pd.Series) -> float:
    """Where the label of a bar of ``pct`` would best start: past the row's ``marks`` on the side away from the bar
    (an outlet's figure or the actual close of the other sign), so it covers none; at zero when there are none."""
    marks = marks.dropna()
    if pct < 0:
        return max(0.0, float(marks.max())) if len(marks) else 0.0
    return min(0.0, float(marks.min())) if len(marks) else 0.0


#: Slack for comparing a label's end with a range edge computed to hold it exactly.
_EPS = 1e-9

#: How much wider (a share of the x span) the range may grow so a label fits past its row's marks instead of over
#: them: enough for one outlet's figure of the other sign a few points past zero, not for a far outlier, which
#: would squeeze every other bar.
_MAX_WIDEN_FOR_LABEL = 0.2


#: Half the width (px) of an outlet's mark or of the actual close's diamond, its outline included: a label placed past
#: a row's marks starts this far beyond the last mark's centre, or the mark covers its first or last character.
_MARK_HALF_PX = 8.0


def _widen_for_labels(x_range: list[float], bars: pd.DataFrame, plot_px: float) -> list[float]:
    """``x_range`` (:func:`_x_range`) grown on each side so the labels that would start past their row's marks
    (``bars["label_x"]``, an outlet's figure of the other sign, and half a mark beyond it) end inside it, when that needs at most
    :data:`_MAX_WIDEN_FOR_LABEL` of the span more; else unchanged (those labels start at zero, over the marks)."""
    lo, hi = x_range
    limit = _MAX_WIDEN_FOR_LABEL * (hi - lo)
    # a label past its row's marks needs its own width and half a mark's (:data:`_MARK_HALF_PX`)
    shares = [_label_share(pd.Series([label]), plot_px) + _MARK_HALF_PX / plot_px for label in bars["label"]]
    for _ in range(2):  # growing one side widens every label: a second pass lets the other side catch up
        for share, pct, x in zip(shares, bars["pct"], bars["label_x"]):
            if x == 0:
                continue
            if pct < 0:  # the label starts at x and runs right: hi >= x + share * (hi - lo)
                need = (x - share * lo) / (1 - share)
                if hi < need <= x_range[1] + limit:
                    hi = need
            else:  # the label ends at x and runs left: lo <= x - share * (hi - lo)
                need = (x - share * hi) / (1 - share)
                if x_range[0] - limit <= need < lo:
                    lo = need
    return [lo, hi]


#: The most a row's outlet marks are moved up or down from its middle (a share of the row): they stay on their bar,
#: which fills 0.65 of the row (``bargap`` 0.35).
_DODGE_LIMIT = 0.3
#: How far apart (px) marks spread on one figure are drawn when the row has room: a mark's size and its outline.
_DODGE_STEP_PX = 11.0


def _dodge_marks(fig: go.Figure, order: list[str], x_range: list[float], plot_px: float) -> None:
    """Draws the outlet marks of ``fig`` (traces of legend group ``outlets``) one above another where several sit on
    one figure of a row: marks less than a mark's width apart (at ``plot_px`` pixels for ``x_range``) are spread
    :data:`_DODGE_STEP_PX` apart, centred on the row and at most :data:`_DODGE_LIMIT` of a row from its middle. Nine
    outlets giving a company's fall the same figure were one mark, the last drawn hiding the others.

    The marks move to a second y axis, numeric and laid over the rows (a category axis places a mark on its
    category's middle only): row ``i`` of ``order`` is at ``i`` on both. Call after :func:`finish_figure`, which
    sets the plot's height."""
    traces = [t for t in fig.data if t.type == "scatter" and t.legendgroup == "outlets" and t.x is not None and len(t.x)]
    if not traces:
        return
    layout = fig.layout
    row_px = max(1.0, (layout.height - layout.margin.t - layout.margin.b) / max(1, len(order)))
    near = 2 * _MARK_HALF_PX / plot_px * (x_range[1] - x_range[0])
    where = {name: i for i, name in enumerate(order)}
    points = sorted((where[y], float(x), n, k) for n, t in enumerate(traces) for k, (y, x) in enumerate(zip(t.y, t.x))
                    if y in where)
    ys = [[float(where[y]) if y in where else None for y in t.y] for t in traces]
    start = 0
    for end in range(1, len(points) + 1):
        if end < len(points) and points[end][0] == points[start][0] and points[end][1] - points[end - 1][1] < near:
            continue
        group = points[start:end]
        if len(group) > 1:
            step = min(_DODGE_STEP_PX / row_px, 2 * _DODGE_LIMIT / (len(group) - 1))
            for j, (row, _, n, k) in enumerate(group):
                ys[n][k] = row + (j - (len(group) - 1) / 2) * step
        start = end
    for trace, y in zip(traces, ys):
        trace.update(y=y, yaxis="y2")
    fig.update_layout(yaxis2={"overlaying": "y", "range": list(layout.yaxis.range), "visible": False,
                              "fixedrange": bool(layout.yaxis.fixedrange)})


def _label_starts(bars: pd.DataFrame, x_range: list[float], plot_px: float) -> list[float]:
    """Where each label starts in ``x_range`` (:func:`_x_range`): past its row's marks (``bars["label_x"]``, and
    :data:`_MARK_HALF_PX` beyond the last one's centre) when the range has the room there (:func:`_widen_for_labels`
    grows it a little for that), else at zero."""
    span = x_range[1] - x_range[0]
    clear = _MARK_HALF_PX / plot_px * span
    starts = []
    for label, pct, x in zip(bars["label"], bars["pct"], bars["label_x"]):
        width = _label_share(pd.Series([label]), plot_px) * span
        start = float(x) + (0.0 if x == 0 else clear if pct < 0 else -clear)
        fits = start + width <= x_range[1] + _EPS if pct < 0 else start - width >= x_range[0] - _EPS
        starts.append(start if fits else 0.0)
    return starts


#: The name of the group of bars whose sector or region is not known: drawn in :data:`OTHER_COLOUR`, as the outlets
#: past the palette are, so the palette's colours (black among them) go to the groups a reader looks for.
OTHER_GROUP = "Other"
#: The name of the group of bars whose region is not known (no catalogue row and no place in the sentence give it;
#: a company the catalogue lacks, or lists under another name): said plainly, since "Other" reads as a region of its
#: own. Drawn as :data:`OTHER_GROUP` is.
UNKNOWN_REGION = "Region not known"
_UNKNOWN_GROUPS = (OTHER_GROUP, UNKNOWN_REGION)


def unknown_group(colour_by: str) -> str:
    """The legend's name for bars with no value of ``colour_by``: :data:`UNKNOWN_REGION` for regions, else
    :data:`OTHER_GROUP`."""
    return UNKNOWN_REGION if colour_by == "region" else OTHER_GROUP


def group_looks(groups: pd.Series) -> dict[str, tuple[str, str]]:
    """The fill colour and pattern of each distinct value of ``groups`` (sectors or regions), in sorted order: the
    palette's colours, then :data:`config.SECOND_PALETTE`'s, each group with its own pattern too (for print in
    grey), so no two groups look the same until the colours times :data:`PATTERNS` are used up (two sectors,
    carmakers and chipmakers, were one blue, told apart by a hatching hard to see at legend size);
    :data:`OTHER_GROUP` (or :data:`UNKNOWN_REGION`) in :data:`OTHER_COLOUR` beside named groups."""
    palette = config.QUALITATIVE_PALETTE
    colours = palette + config.SECOND_PALETTE
    named = sorted(g for g in set(map(str, groups)) if g not in _UNKNOWN_GROUPS)
    looks = {g: (colours[i % len(colours)], PATTERNS[(i + i // len(palette)) % len(PATTERNS)])
             for i, g in enumerate(named)}
    for unknown in _UNKNOWN_GROUPS:
        if unknown in set(map(str, groups)):  # alone, it is every bar: the palette's first colour
            looks[unknown] = (OTHER_COLOUR, PATTERNS[len(named) % len(PATTERNS)]) if named else (palette[0], PATTERNS[0])
    return looks


def pattern_ink(colour: str) -> str:
    """The colour of a bar's pattern over the fill ``colour`` (``#rrggbb``): dark over light fills, light over dark
    ones (the palette's black, the second palette's indigo and wine), where a dark hatching disappeared, in print
    as on screen."""
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#fff" if 0.299 * red + 0.587 * green + 0.114 * blue < 0.35 else "#222"


def corpus_looks(moves: pd.DataFrame, colour_by: Literal["sector", "region"] = "sector") -> dict[str, tuple[str, str]]:
    """:func:`group_looks` of the sectors (or regions) of every share move of ``moves`` (the whole corpus's: columns
    ``kind`` and ``colour_by``), for :func:`render_market_chart`: a sector keeps its colour and pattern whatever the
    filters leave, as an outlet keeps its colour (looks dealt to the sectors drawn gave Industrials blue under one
    outlet's filter and orange without it)."""
    if moves.empty or colour_by not in moves.columns:
        return {}
    groups = moves.loc[moves["kind"] == "share", colour_by]
    return group_looks(groups.fillna(unknown_group(colour_by)).replace("", unknown_group(colour_by)))


def _legend_texts(fig: go.Figure, title: str = "") -> list[str]:
    """The texts of the vertical legend plotly draws for ``fig``: ``title``, each group's title and the name of
    each trace in it (none when at most one trace is shown in it)."""
    shown = [t for t in fig.data if t.showlegend is not False]
    if len(shown) < 2:
        return []
    group_titles = {t.legendgrouptitle.text for t in shown if t.legendgrouptitle and t.legendgrouptitle.text}
    return [t for t in (title, *sorted(group_titles), *(str(t.name) for t in shown)) if t]


#: The height (px) of one line of a legend entry, and the gap plotly leaves after a group of entries.
_LEGEND_LINE_PX = 19
_LEGEND_GROUP_GAP_PX = 20
_LEGEND_BAR_EXTRA_PX = 10
#: The figure's height outside its plot area: the title, subtitle and top margin, the x axis and the source line.
_MARGINS_PX = 250


def _legend_px(fig: go.Figure, title: str = "") -> int:
    """The height (px) of the vertical legend of ``fig`` (:func:`_legend_texts`: every line of its entries and titles,
    and a gap after each group). Plotly fits the legend in the plot's height and scrolls the rest: a chart of a few
    bars hid most outlets' entries behind a scroll bar."""
    texts = _legend_texts(fig, title)
    if not texts:
        return 0
    lines = sum(1 + str(t).count("<br>") for t in texts)
    shown = [t for t in fig.data if t.showlegend is not False]
    bars = sum(t.type == "bar" for t in shown)  # a bar's patterned swatch makes its row taller
    groups = len({t.legendgroup for t in shown})
    return lines * _LEGEND_LINE_PX + bars * _LEGEND_BAR_EXTRA_PX + groups * _LEGEND_GROUP_GAP_PX


def _add_labels(fig: go.Figure, bars: pd.DataFrame, starts: list[float]) -> None:
    """The reported wording ("over 4%") beside the zero line, on the side away from the bar, from ``starts``
    (:func:`_label_starts`)."""
    fig.add_scatter(
        y=bars["bar"], x=starts, mode="text",
        text=["<br>".join(f"  {chart_text(line)}  " for line in str(t).split("\n")) for t in bars["label"]],
        textposition=["middle right" if p < 0 else "middle left" for p in bars["pct"]],
        textfont={"size": 12, "color": "#222"}, showlegend=False, hoverinfo="skip", cliponaxis=False,
    )


def render_market_chart(compare: pd.DataFrame, docs: pd.DataFrame, subtitle: str | None = None,
                        colour_by: Literal["sector", "region"] = "sector",
                        span: Literal["session", "multi-day"] = "session",
                        colours: dict[str, str] | None = None,
                        looks: dict[str, tuple[str, str]] | None = None) -> ChartResult:
    """Horizontal bars of the reported share moves (one per company and session, coloured by sector or region,
    labelled with the qualifier), one dot per outlet where several outlets report a company, and the actual
    close-to-close move of the reference file as an open diamond. ``compare`` is :func:`reported_vs_actual`
    restricted to the documents in ``docs``. ``span`` picks the moves: one session (the default, intraday and
    premarket moves included) or several sessions / the year to date (one bar per company and period; no
    reference close). ``colours`` (:func:`analysis.charts.outlet_colours` of the whole corpus) colours each
    outlet's dot as on every other chart; outlets past it are grey. ``looks`` (:func:`corpus_looks` of the whole
    corpus) gives each sector or region its fill and pattern on every view; without it, those of the groups drawn."""
    multi_view = span == "multi-day"
    title = ("Market reaction: multi-day and year-to-date share moves" if multi_view
             else "Market reaction: share moves reported in the articles")
    slug = "market-multi-day" if multi_view else "market-reaction"
    source = source_line(docs)
    picked = _multi_day(compare) if multi_view else ~_multi_day(compare)
    shares = compare.loc[(compare["kind"] == "share") & picked].reset_index(drop=True)
    if shares.empty:
        msg = ("No multi-day or year-to-date share moves in this selection." if multi_view else
               "No share moves in this selection: clear the outlet or date filter,<br>or add articles that report market moves.")
        return ChartResult(slug, title, empty_figure(title, msg, source), shares)
    bars = _bar_table(shares.assign(sector=shares[colour_by].fillna(unknown_group(colour_by))
                                    .replace("", unknown_group(colour_by))))
    order = list(bars["bar"])
    fig = go.Figure()
    keyed_colours = bars["sector"].nunique() > 1  # one colour ("Other" for every company) needs no legend
    looks = {**group_looks(bars["sector"]), **(looks or {})}
    for group, part in bars.groupby("sector", sort=True):
        colour, pattern = looks[group]
        fig.add_bar(
            y=part["bar"], x=part["pct"], orientation="h", name=legend_name(group), showlegend=keyed_colours,
            marker={"color": colour, "pattern": {"shape": pattern, "fgcolor": pattern_ink(colour), "size": 6},
                    "line": {"color": "#222", "width": 0.8}},
            customdata=list(part["company"]),  # a click on a bar names its company (pages read this, not the label)
            hovertext=[
                f"<b>{r.bar}</b><br>Reported: {signed_pct(r.pct)} (median of {plural(r.outlets, 'outlet')})"
                f"<br>{_hover(r.note)}<br>{r.detail}"
                for r in part.itertuples()
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    keyed = shares.assign(_key=_bar_keys(shares))
    multi = keyed.groupby(["company", "_key"], dropna=False)["outlet"].transform("nunique").gt(1)
    names = bars.set_index(["company", "key"])["bar"]
    dots = keyed.loc[multi]
    # past MAX_OUTLETS outlets, those without a colour of their own share one legend entry
    groups = outlet_groups(dots["outlet"], keep=list(colours or {}))
    dots = dots.assign(_group=dots["outlet"].astype(str).map(groups))
    order_of = {o: i for i, o in enumerate(colours or {})}
    ranked = sorted(dots["_group"].unique(), key=lambda o: (o == OTHER_OUTLETS, order_of.get(o, len(order_of)), o))
    behind = _behind_bars(dots)
    for n, outlet in enumerate(ranked):
        symbol, colour = OUTLET_SYMBOLS[n % len(OUTLET_SYMBOLS)], (colours or {}).get(str(outlet), OTHER_COLOUR)
        for in_bar in (True, False):
            part = dots.loc[(dots["_group"] == outlet) & (behind == in_bar)]
            if part.empty and not in_bar:
                continue
            fig.add_scatter(
                y=[names.get((c, k)) for c, k in zip(part["company"], part["_key"])], x=part["pct"], mode="markers",
                name=legend_name(outlet), legendgroup="outlets", showlegend=in_bar,
                legendgrouptitle={"text": "Each outlet's figure"},
                # a swing inside the session the bar leaves out: the outlet's mark, white inside its colour (an
                # open mark of the bar's own colour vanished on the bar)
                marker={"symbol": symbol, "size": 10, "color": colour if in_bar else "white",
                        "line": {"color": "#000", "width": 1.2} if in_bar else {"color": colour, "width": 2.5}},
                customdata=list(part["company"]),
                hovertext=[
                    f"<b>{chart_text(o)}</b>: {chart_text(signed_label(lab, p))}"
                    + ("" if in_bar else " (within the session: not in the bar)") + f"<br>“{_hover(sen)}”"
                    for o, lab, p, sen in zip(part["outlet"], part["label"], part["pct"], part["sentence"])
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
    if (~behind).any():
        fig.add_scatter(x=[None], y=[None], mode="markers", name=SWING_KEY, legendgroup="outlets",
                        marker={"symbol": "circle", "size": 10, "color": "white", "line": {"color": "#555", "width": 2.5}})
    actual = bars.loc[bars["actual_pct"].notna()]
    if not actual.empty:
        fig.add_scatter(
            y=actual["bar"], x=actual["actual_pct"], mode="markers", name="Actual close-to-close<br>(reference)",
            marker={"symbol": "diamond-open", "size": 12, "color": "#000", "line": {"width": 2}},
            customdata=list(actual["company"]),
            hovertext=list(actual["note"].map(_hover)),
            hovertemplate="<b>%{y}</b><br>Actual: %{x:+.2f}%<br>%{hovertext}<extra></extra>",
        )
    fig.update_yaxes(categoryorder="array", categoryarray=order, range=_rows_range(len(order)), automargin=True)
    lo = min(0.0, float(shares["pct"].min()), float(bars["actual_pct"].min(skipna=True) if len(actual) else 0))
    hi = max(0.0, float(shares["pct"].max()), float(bars["actual_pct"].max(skipna=True) if len(actual) else 0))
    pad = max(3.0, 0.1 * (hi - lo))
    legend_title = colour_by.capitalize() if keyed_colours else ""
    plot_px = _plot_px(bars["bar"], _legend_texts(fig, legend_title))
    x_range = _widen_for_labels(_x_range(lo, hi, pad, bars, plot_px), bars, plot_px)
    _add_labels(fig, bars, _label_starts(bars, x_range, plot_px))
    fig.update_xaxes(range=x_range, zeroline=True, zerolinecolor="#444", ticksuffix="%")
    fig.update_layout(barmode="overlay", legend={"title": {"text": legend_title}}, bargap=0.35)
    flagged = int(shares["verdict"].isin(["gap", "listing mismatch"]).sum())
    # the key names the marks drawn only: a diamond and a flag for a chart without reference closes named nothing
    legend = ("Bars: reported move over the period named in the text (median across outlets)" if multi_view
              else "Bars: reported move (median across outlets)" + (" · ◇ actual close" if len(actual) else "")
              + (" · ⚑ flagged" if flagged else ""))
    if len(actual) and not multi_view:
        source += " · actual moves: reference closing prices"
    parts = [subtitle, legend]
    finish_figure(fig, title=title, subtitle=" · ".join(p for p in parts if p), source=source,
                  x_title="Share price move over the period (%)" if multi_view else "Share price move on the session (%)",
                  y_title="Company", height=max(420, 120 + 42 * len(bars), _MARGINS_PX + _legend_px(fig, legend_title)))
    _dodge_marks(fig, order, x_range, plot_px)
    notes = tuple(f"{r.company} ({r.outlet}): {r.note}" for r in shares.itertuples() if r.verdict in ("gap", "listing mismatch"))
    if multi_view:
        caption = (f"{plural(len(shares), 'reported multi-day or year-to-date share move')} for "
                   f"{plural(len(bars), 'company-period')}.")
    else:
        caption = (f"{plural(len(shares), 'reported share move')} for {plural(len(bars), 'company-session')}; "
                   f"{flagged} flagged against the reference.")
    return ChartResult(slug, title, fig, shares, caption, notes)


def render_index_chart(compare: pd.DataFrame, docs: pd.DataFrame, subtitle: str | None = None) -> ChartResult:
    """The small panel of the other moves the articles report: indices, ETFs, currencies and commodities (reported
    bars, actual diamonds)."""
    title = "Index, ETF, currency and commodity moves reported"
    source = source_line(docs)
    idx = compare.loc[(compare["kind"] == "index") & ~_multi_day(compare)].reset_index(drop=True)
    if idx.empty:
        msg = ("No index, ETF, currency or commodity moves in this selection:<br>add wire reports that quote the "
               "Nasdaq, S&P 500 or Stoxx 600.")
        fig = empty_figure(title, msg, source)
        fig.update_layout(height=300)
        return ChartResult("market-index-moves", title, fig, idx)
    bars = _bar_table(idx)
    fig = go.Figure()
    fig.add_bar(y=bars["bar"], x=bars["pct"], orientation="h", name="Reported", marker={"color": "#56B4E9", "line": {"color": "#222", "width": 0.8}},
                hovertext=[f"<b>{r.bar}</b><br>Reported: {signed_pct(r.pct)}<br>{_hover(r.note)}<br>{r.detail}"
                           for r in bars.itertuples()],
                hovertemplate="%{hovertext}<extra></extra>")
    actual = bars.loc[bars["actual_pct"].notna()]
    if not actual.empty:
        fig.add_scatter(y=actual["bar"], x=actual["actual_pct"], mode="markers", name="Actual (reference)",
                        marker={"symbol": "diamond-open", "size": 12, "color": "#000", "line": {"width": 2}},
                        hovertemplate="<b>%{y}</b><br>Actual: %{x:+.2f}%<extra></extra>")
    fig.update_yaxes(categoryorder="array", categoryarray=list(bars["bar"]), range=_rows_range(len(bars)),
                     automargin=True)
    marks = pd.concat([bars["pct"], actual["actual_pct"]])
    lo, hi = min(0.0, float(marks.min())), max(0.0, float(marks.max()))
    plot_px = _plot_px(bars["bar"], _legend_texts(fig))  # the labels beside zero, as on the share chart
    x_range = _widen_for_labels(_x_range(lo, hi, _INDEX_PAD, bars, plot_px), bars, plot_px)
    _add_labels(fig, bars, _label_starts(bars, x_range, plot_px))
    fig.update_xaxes(range=x_range, zeroline=True, zerolinecolor="#444", ticksuffix="%")
    fig.update_layout(showlegend=not actual.empty)  # "Reported" alone says nothing the axis title does not
    finish_figure(fig, title=title, subtitle=subtitle, source=source, x_title="Move on the session (%)",
                  y_title="Index or asset", height=max(300, 200 + 40 * len(bars)))
    return ChartResult("market-index-moves", title, fig, idx)
