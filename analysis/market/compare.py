"""The market-reaction chart: the share moves the articles report, beside the actual close-to-close moves of a
reference price file, plus a table of outlets that disagree about the same company and session."""

from __future__ import annotations

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
    pcts = sorted(set(part["pct"]), key=abs)
    lo, hi = signed_label(f"{pcts[0]:g}%".lstrip("-"), pcts[0]), signed_label(f"{pcts[-1]:g}%".lstrip("-"), pcts[-1])
    span = lo if lo == hi else f"{lo} to {hi}"
    outlets = part["outlet"].nunique()
    if outlets == 1:
        return f"{span}\n{len(part)} figures in 1 outlet"
    return f"{span}\n{outlets} outlets"


def _bar_keys(compare: pd.DataFrame) -> pd.Series:
    """What a bar stands for besides its company: the session, or the period of a multi-day move."""
    return pd.Series(_session_text(compare).where(_multi_day(compare) | compare["session_date"].notna(), ""), index=compare.index)


def _bar_table(compare: pd.DataFrame) -> pd.DataFrame:
    """One bar per company and session (or period): the median reported move, its label and how many outlets
    report it."""
    compare = compare.assign(_key=_bar_keys(compare))
    several = compare["_key"].nunique() > 1 or _multi_day(compare).any()
    parts = []
    for (company, key), part in compare.groupby(["company", "_key"], sort=False, dropna=False):
        first = part.iloc[0]
        session = first["session_date"]
        flagged = part["verdict"].isin(["gap", "listing mismatch"]).any()
        short = f"{session:%d %b}" if pd.notna(session) else str(key)
        name = chart_text(company) + (f" · {short}" if several and short else "")  # the y category: drawn as is
        parts.append({
            "bar": name, "company": company, "session_date": session, "key": key, "sector": first["sector"] or "Other",
            "pct": float(part["pct"].median()), "label": _short_label(part) + (" ⚑" if flagged else ""),
            "outlets": part["outlet"].nunique(), "actual_pct": first["actual_pct"],
            "note": "; ".join(dict.fromkeys(part["note"])),
            "detail": "<br>".join(
                f"<b>{chart_text(r.outlet)}</b>: {chart_text(signed_label(r.label, r.pct))}<br>“{_hover(r.sentence)}”"
                for r in part.head(3).itertuples()
            ) + (f"<br>… and {len(part) - 3} more" if len(part) > 3 else ""),
        })
    return pd.DataFrame(parts).sort_values("pct", ascending=False, kind="stable").reset_index(drop=True)


#: The plot area's width (px) the labels beside the zero line are fitted to: about the narrowest the page draws it
#: (a 1400 px window, long company names on the left, outlets' legend on the right), so they fit wider ones too.
_PLOT_PX = 300
#: The width (px) of one character of those labels (12 px text), with their two spaces of margin on each side.
_CHAR_PX = 7.0


def _label_room(labels: pd.Series, span: float) -> float:
    """The room (in % units) to leave beside the zero line for ``labels`` (lines split by "\\n"), given the
    ``span`` (in % units) of the bars and markers themselves: the labels' share of the plot is their width over
    :data:`_PLOT_PX`, at most a half."""
    longest = max(len(line) for label in labels for line in str(label).split("\n")) + 4
    share = min(0.5, _CHAR_PX * longest / _PLOT_PX)
    return span * share / (1 - share)


def _add_labels(fig: go.Figure, bars: pd.DataFrame) -> None:
    """The reported wording ("over 4%") beside the zero line, on the side away from the bar."""
    fig.add_scatter(
        y=bars["bar"], x=[0.0] * len(bars), mode="text",
        text=["<br>".join(f"  {chart_text(line)}  " for line in str(t).split("\n")) for t in bars["label"]],
        textposition=["middle right" if p < 0 else "middle left" for p in bars["pct"]],
        textfont={"size": 12, "color": "#222"}, showlegend=False, hoverinfo="skip", cliponaxis=False,
    )


def render_market_chart(compare: pd.DataFrame, docs: pd.DataFrame, subtitle: str | None = None,
                        colour_by: Literal["sector", "region"] = "sector",
                        span: Literal["session", "multi-day"] = "session",
                        colours: dict[str, str] | None = None) -> ChartResult:
    """Horizontal bars of the reported share moves (one per company and session, coloured by sector or region,
    labelled with the qualifier), one dot per outlet where several outlets report a company, and the actual
    close-to-close move of the reference file as an open diamond. ``compare`` is :func:`reported_vs_actual`
    restricted to the documents in ``docs``. ``span`` picks the moves: one session (the default, intraday and
    premarket moves included) or several sessions / the year to date (one bar per company and period; no
    reference close). ``colours`` (:func:`analysis.charts.outlet_colours` of the whole corpus) colours each
    outlet's dot as on every other chart; outlets past it are grey."""
    multi_view = span == "multi-day"
    title = ("Market reaction: multi-day and year-to-date share moves" if multi_view
             else "Market reaction: share moves reported in the articles")
    slug = "market-multi-day" if multi_view else "market-reaction"
    source = source_line(docs) + ("" if multi_view else " · actual moves: reference closing prices")
    picked = _multi_day(compare) if multi_view else ~_multi_day(compare)
    shares = compare.loc[(compare["kind"] == "share") & picked].reset_index(drop=True)
    if shares.empty:
        msg = ("No multi-day or year-to-date share moves in this selection." if multi_view else
               "No share moves in this selection: clear the outlet or date filter,<br>or add articles that report market moves.")
        return ChartResult(slug, title, empty_figure(title, msg, source), shares)
    bars = _bar_table(shares.assign(sector=shares[colour_by].fillna("Other")))
    order = list(bars["bar"])
    fig = go.Figure()
    keyed_colours = bars["sector"].nunique() > 1  # one colour ("Other" for every company) needs no legend
    for i, (group, part) in enumerate(bars.groupby("sector", sort=True)):
        fig.add_bar(
            y=part["bar"], x=part["pct"], orientation="h", name=chart_text(group), showlegend=keyed_colours,
            marker={"color": config.QUALITATIVE_PALETTE[i % len(config.QUALITATIVE_PALETTE)],
                    "pattern": {"shape": PATTERNS[i % len(PATTERNS)], "fgcolor": "#222", "size": 6},
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
    for n, outlet in enumerate(ranked):
        part = dots.loc[dots["_group"] == outlet]
        fig.add_scatter(
            y=[names.get((c, k)) for c, k in zip(part["company"], part["_key"])], x=part["pct"], mode="markers",
            name=chart_text(outlet), legendgroup="outlets",
            legendgrouptitle={"text": "Each outlet's figure"},
            marker={"symbol": OUTLET_SYMBOLS[n % len(OUTLET_SYMBOLS)], "size": 10,
                    "color": (colours or {}).get(str(outlet), OTHER_COLOUR),
                    "line": {"color": "#000", "width": 1.2}},
            customdata=list(part["company"]),
            hovertext=[
                f"<b>{chart_text(o)}</b>: {chart_text(signed_label(lab, p))}<br>“{_hover(sen)}”"
                for o, lab, p, sen in zip(part["outlet"], part["label"], part["pct"], part["sentence"])
            ],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    actual = bars.loc[bars["actual_pct"].notna()]
    if not actual.empty:
        fig.add_scatter(
            y=actual["bar"], x=actual["actual_pct"], mode="markers", name="Actual close-to-close (reference)",
            marker={"symbol": "diamond-open", "size": 12, "color": "#000", "line": {"width": 2}},
            customdata=list(actual["company"]),
            hovertext=list(actual["note"].map(_hover)),
            hovertemplate="<b>%{y}</b><br>Actual: %{x:+.2f}%<br>%{hovertext}<extra></extra>",
        )
    _add_labels(fig, bars)
    fig.update_yaxes(categoryorder="array", categoryarray=order, automargin=True)
    lo = min(0.0, float(shares["pct"].min()), float(bars["actual_pct"].min(skipna=True) if len(actual) else 0))
    hi = max(0.0, float(shares["pct"].max()), float(bars["actual_pct"].max(skipna=True) if len(actual) else 0))
    pad = max(3.0, 0.1 * (hi - lo))
    room = _label_room(bars["label"], hi - lo + pad)  # for the labels beside zero
    left = lo - (room if (bars["pct"] >= 0).any() else pad)
    right = hi + (room if (bars["pct"] < 0).any() else pad)
    fig.update_xaxes(range=[left, right], zeroline=True, zerolinecolor="#444", ticksuffix="%")
    fig.update_layout(barmode="overlay", legend={"title": {"text": colour_by.capitalize() if keyed_colours else ""}},
                      bargap=0.35)
    flagged = int(shares["verdict"].isin(["gap", "listing mismatch"]).sum())
    legend = ("Bars: reported move over the period named in the text (median across outlets)" if multi_view
              else "Bars: reported move (median across outlets) · ◇ actual close · ⚑ flagged")
    parts = [subtitle, legend]
    finish_figure(fig, title=title, subtitle=" · ".join(p for p in parts if p), source=source,
                  x_title="Share price move over the period (%)" if multi_view else "Share price move on the session (%)",
                  y_title="Company", height=max(420, 120 + 42 * len(bars)))
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
    _add_labels(fig, bars)
    fig.update_yaxes(categoryorder="array", categoryarray=list(bars["bar"]), automargin=True)
    lo, hi = min(0.0, float(bars["pct"].min())), max(0.0, float(bars["pct"].max()))
    room = _label_room(bars["label"], hi - lo + 2)  # for the labels beside zero, as on the share chart
    left = lo - (room if (bars["pct"] >= 0).any() else 2)
    right = hi + (room if (bars["pct"] < 0).any() else 2)
    fig.update_xaxes(range=[left, right], zeroline=True, zerolinecolor="#444", ticksuffix="%")
    finish_figure(fig, title=title, subtitle=subtitle, source=source, x_title="Move on the session (%)",
                  y_title="Index or asset", height=max(300, 200 + 40 * len(bars)))
    return ChartResult("market-index-moves", title, fig, idx)
