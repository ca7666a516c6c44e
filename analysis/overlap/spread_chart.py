"""The Spread chart: articles (or outlets) on a time axis, an arrow from each source to each taker.

Arrow width is the share of the taker's text taken, colour the kind of reuse; a pale arrow is a direction the
dates cannot confirm. The diamond in the middle of each arrow carries the hover text and is what a click picks
(its ``customdata`` names the pair). Large selections are drawn per outlet and only the strongest links.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from analysis.charts import (
    ChartResult,
    chart_text,
    empty_figure,
    finish_figure,
    outlet_colour,
    plural,
    source_line,
    swatch_label,
)
from analysis.corpus import Corpus
from analysis.overlap.spread import EDGE_COLUMNS

Level = Literal["article", "outlet"]

#: Colour of each kind of reuse (colour-blind safe; distinct in greyscale by width and the legend's words).
KIND_COLOURS = {"reprint": "#b2182b", "rewrite": "#e08214", "quotes": "#2166ac"}
KIND_LABELS = {"reprint": "Reprint", "rewrite": "Rewrite", "quotes": "Quotes only"}
#: Above this many articles with links the chart switches to outlets by default.
MAX_ARTICLE_NODES = 40
#: At most this many links are drawn (the strongest); the rest are counted in the subtitle.
MAX_EDGES = {"article": 60, "outlet": 30}
#: A stretch of the time axis longer than this with no article drawn in it is folded to a break (a dashed line
#: labelled with its length): coverage that runs for months (a first burst, then a follow-up) keeps each burst
#: readable instead of squeezing it into a sliver beside an empty axis.
FOLD_GAP = pd.Timedelta(days=14)
#: How much of the axis stays drawn on each side of a fold.
FOLD_MARGIN = pd.Timedelta(days=2)
#: Articles dated to their day only, over at most this span, get written-out day ticks: plotly's own ticks of a
#: span of a few days are hours ("00:00, 06:00, 12:00"), a time of publication no article gave.
DAY_TICKS_SPAN = pd.Timedelta(days=31)
#: At most this many day ticks on such an axis (every second, third ... day past it).
DAY_TICKS_MAX = 10


def default_level(edges: pd.DataFrame) -> Level:
    """Articles while few enough to read, else outlets."""
    nodes = pd.concat([edges["source_doc"], edges["taker_doc"]], ignore_index=True).nunique()
    return "article" if nodes <= MAX_ARTICLE_NODES else "outlet"


def _node_dates(view: Corpus) -> pd.DataFrame:
    """Per article: where it sits on the time axis and how sure that is (``x``, ``dated``: exact/after/unknown)."""
    docs = view.docs
    exact = docs["published_at"].fillna(docs["published"])
    x = exact.fillna(docs["published_earliest"])
    known = x.dropna()
    unknown_x = (known.max() + timedelta(days=1)) if len(known) else pd.Timestamp("2000-01-01")
    dated = pd.Series("exact", index=docs.index).where(exact.notna(), "after").where(x.notna(), "unknown")
    return pd.DataFrame({
        "doc_id": docs["doc_id"], "outlet": docs["outlet"], "title": docs["title"].fillna(docs["file"]),
        "x": x.fillna(unknown_x), "dated": dated,
    })


def _outlet_edges(edges: pd.DataFrame) -> pd.DataFrame:
    """Links between outlets: article pairs counted, the strongest share, the most common kind."""
    edges = edges.loc[edges["source_outlet"] != edges["taker_outlet"]]
    keys = ["source_outlet", "taker_outlet"]
    # grouped on categories (the same sorted order as the names, in half the time on 300,000 article pairs)
    edges = edges.assign(**{k: edges[k].astype("category") for k in keys})
    out = edges.assign(sure=edges["direction"] == "certain").groupby(keys, as_index=False, observed=True).agg(
        share_taken=("share_taken", "mean"), passages=("passages", "sum"), pairs=("kind", "size"), sure=("sure", "all"),
        example=("example", "first"), example_taker=("taker_doc", "first"), example_source=("source_doc", "first"),
    )
    kinds = edges.groupby([*keys, "kind"], as_index=False, observed=True).size().sort_values("size", ascending=False)
    out = out.merge(kinds.drop_duplicates(keys).drop(columns="size"), on=keys)
    out = out.assign(**{k: out[k].astype(str) for k in keys})
    out = out.assign(direction=out["sure"].map({True: "certain", False: "uncertain"}))
    return out.assign(source=out["source_outlet"], taker=out["taker_outlet"]).drop(columns="sure")


def _folds(xs: Iterable[object]) -> tuple[tuple[pd.Timestamp, pd.Timestamp], ...]:
    """The stretches of the time axis to fold, in order: between consecutive drawn dates more than
    :data:`FOLD_GAP` apart, all but :data:`FOLD_MARGIN` on each side."""
    days = sorted({pd.Timestamp(x) for x in xs})
    return tuple((a + FOLD_MARGIN, b - FOLD_MARGIN) for a, b in zip(days, days[1:]) if b - a > FOLD_GAP)


@dataclass(frozen=True)
class _TimeAxis:
    """The chart's time axis from ``lo`` to ``hi``: plain dates, or, with ``folds``, a number of days from ``lo``
    with each fold taken out, its date ticks written out (the arrows, diamonds and fold lines are all placed by
    :meth:`pos`, so they stay together)."""

    lo: pd.Timestamp
    hi: pd.Timestamp
    folds: tuple[tuple[pd.Timestamp, pd.Timestamp], ...]
    #: Whether an article drawn has a time of day (else every one is dated to its day only).
    timed: bool = False

    @classmethod
    def of(cls, xs: pd.Series) -> _TimeAxis:
        times = pd.to_datetime(xs)
        return cls(pd.Timestamp(times.min()), pd.Timestamp(times.max()), _folds(xs),
                   bool((times != times.dt.normalize()).any()))

    def pos(self, t: object) -> pd.Timestamp | float:
        """Where ``t`` is drawn: itself, or its days from ``lo`` less the folded days before it."""
        t = pd.Timestamp(t)
        if not self.folds:
            return t
        folded = sum((min(max(t, a), b) - a for a, b in self.folds), pd.Timedelta(0))
        return (t - self.lo - folded) / pd.Timedelta(days=1)

    def layout(self) -> dict[str, object]:
        """The x-axis settings: the range with a margin, and the written-out ticks of a folded axis or of a short
        span of days (:data:`DAY_TICKS_SPAN`)."""
        lo, hi = self.pos(self.lo), self.pos(self.hi)
        pad = max((hi - lo) * 0.06, pd.Timedelta(hours=12) if not self.folds else 0.5)
        if not self.folds and (self.timed or self.hi - self.lo > DAY_TICKS_SPAN):
            return {"range": [lo - pad, hi + pad]}
        ticks = self._ticks() if self.folds else self._days()
        # the year under its day, as plotly's own date ticks put it: "03 Mar 2025" on one line was twice as wide as
        # the day ticks beside it and all but touched the next one ("03 Mar 202504 Mar") on a dense axis
        return {"range": [lo - pad, hi + pad], "tickvals": [self.pos(t) for t in ticks],
                "ticktext": [f"{t:%d %b}<br>{t:%Y}" if i == 0 or t.year != ticks[i - 1].year else f"{t:%d %b}"
                             for i, t in enumerate(ticks)]}

    def _days(self) -> list[pd.Timestamp]:
        """The ticks of an unfolded axis of days: every day, or every second, third ... day, at most
        :data:`DAY_TICKS_MAX` of them (a Monday a week left days with articles unnamed)."""
        days = pd.date_range(self.lo.normalize(), self.hi.normalize(), freq="D")
        return list(days[::-(-len(days) // DAY_TICKS_MAX)])

    def _ticks(self) -> list[pd.Timestamp]:
        """The first and last day of every drawn stretch, each day between in a stretch of a week or less, else
        the Mondays between that are not within two days of either end."""
        firsts = [self.lo, *(b + FOLD_MARGIN for _, b in self.folds)]
        lasts = [*(a - FOLD_MARGIN for a, _ in self.folds), self.hi]
        ticks: list[pd.Timestamp] = []
        for first, last in zip(firsts, lasts):
            first, last = first.normalize(), last.normalize()
            if last - first <= pd.Timedelta(days=7):
                ticks += list(pd.date_range(first, last, freq="D"))
                continue
            mondays = [d for d in pd.date_range(first, last, freq="W-MON")
                       if min(d - first, last - d) > pd.Timedelta(days=2)]
            ticks += [first, *mondays, last]
        return ticks

    def marks(self) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        """A dashed line at each fold and, along it, how much later the next article came (shapes, annotations)."""
        shapes = [dict(type="line", xref="x", yref="paper", x0=self.pos(a), x1=self.pos(a), y0=0, y1=1,
                       line={"color": "#888", "width": 1, "dash": "dash"}) for a, _ in self.folds]
        # along the line, inside the plot's top: above the plot sits the legend
        labels = [dict(x=self.pos(a), y=1, xref="x", yref="paper", yanchor="top", xanchor="right", textangle=-90,
                       showarrow=False, font={"size": 11, "color": "#555"},
                       text=f"{(b - a + 2 * FOLD_MARGIN).days} days later")
                  for a, b in self.folds]
        return shapes, labels


def _wrap(text: str, width: int = 60) -> str:
    return "<br>".join(textwrap.wrap(chart_text(str(text)), width)[:4])


def render_spread_chart(view: Corpus, edges: pd.DataFrame, subtitle: str | None = None,
                        level: Level | None = None, kinds: tuple[str, ...] = (),
                        colours: dict[str, str] | None = None,
                        examples: Callable[[list[tuple[str, str]]], dict[tuple[str, str], str]] | None = None) -> ChartResult:
    """Who took from whom in ``view``; ``edges`` is :func:`analysis.overlap.spread.reuse_edges` of it. ``level``
    None picks :func:`default_level`; ``kinds`` limits the kinds of reuse drawn; ``colours``
    (:func:`analysis.charts.outlet_colours` of the whole corpus) fills each node and leads each name with its
    outlet's colour, as on every chart. ``examples`` gives the example sentence of (taker, source) document pairs
    (:func:`analysis.overlap.spread.edge_examples`), asked only for the links drawn, when ``edges`` carry none
    (edges from summed overlap). The data is the link table drawn."""
    title = "How the story spread: who took from whom"
    source = source_line(view.docs)
    if kinds:
        edges = edges.loc[edges["kind"].isin(kinds)]
    if edges.empty:
        msg = "No article takes passages from another in this selection:<br>lower the similarity threshold or clear the filters."
        return ChartResult("spread", title, empty_figure(title, msg, source), edges.loc[:, EDGE_COLUMNS])
    level = level or default_level(edges)
    nodes = _node_dates(view)
    if level == "article":
        links = edges.assign(source=edges["source_doc"], taker=edges["taker_doc"], pairs=1)
    else:
        links = _outlet_edges(edges)
        if links.empty:  # every link joins two articles of one outlet: no outlet takes from another
            msg = ("No outlet takes passages from another in this selection: every link is between articles of one "
                   "outlet.<br>Set Show to Articles to see them.")
            return ChartResult("spread", title, empty_figure(title, msg, source), edges.loc[:, EDGE_COLUMNS])
    # outlets: the links that carry most article pairs; articles: the largest shares taken
    rank = ["share_taken", "passages"] if level == "article" else ["pairs", "share_taken"]
    links = links.sort_values(rank, ascending=False)
    hidden = max(0, len(links) - MAX_EDGES[level])
    links = links.head(MAX_EDGES[level])
    if examples is not None and not links["example"].astype(bool).any():
        docs = (zip(links["taker"], links["source"]) if level == "article"
                else zip(links["example_taker"], links["example_source"]))
        pairs = [(str(t), str(s_)) for t, s_ in docs]
        found = examples(pairs)
        links = links.assign(example=[found.get(p, "") for p in pairs])
    drawn = set(links["source"]) | set(links["taker"])
    if level == "article":
        used = nodes.loc[nodes["doc_id"].isin(drawn)]
        used = used.assign(node=used["doc_id"], label=[
            f"{chart_text(str(o))}<br>{chart_text(textwrap.shorten(str(t), 34, placeholder='…'))}"  # two short lines
            for o, t in zip(used["outlet"], used["title"])
        ])
    else:
        by_outlet = nodes.sort_values("x").groupby("outlet", as_index=False).first()
        used = by_outlet.loc[by_outlet["outlet"].isin(drawn)]
        used = used.assign(node=used["outlet"], label=[chart_text(str(o)) for o in used["outlet"]])
    used = used.sort_values(["x", "label"]).reset_index(drop=True)
    row = {n: i for i, n in enumerate(used["node"])}
    axis = _TimeAxis.of(used["x"])
    x_of = {n: axis.pos(x) for n, x in zip(used["node"], used["x"])}

    fig = go.Figure()
    marker_of = {"exact": "circle", "after": "circle-open", "unknown": "x-thin-open"}
    words = {"exact": "Exact date", "after": "On or after this date", "unknown": "Date unknown"}
    for dated, part in used.groupby("dated", sort=False):
        fills = [outlet_colour(o, colours) if colours is not None else "#222" for o in part["outlet"]]
        fig.add_scatter(
            x=[x_of[n] for n in part["node"]], y=[row[n] for n in part["node"]], mode="markers", name=words[dated],
            showlegend=False,
            marker={"symbol": marker_of[dated], "size": 12, "color": fills, "line": {"width": 2, "color": fills}},
            hovertext=[f"<b>{lab}</b><br>{pd.Timestamp(x):%Y-%m-%d}" for lab, x in zip(part["label"], part["x"])],
            hovertemplate="%{hovertext}<extra></extra>",
        )
        if used["dated"].nunique() > 1:  # its legend key; alone, a black "● Exact date" read as one more outlet
            fig.add_scatter(x=[None], y=[None], mode="markers", name=words[dated], hoverinfo="skip",
                            marker={"symbol": marker_of[dated], "size": 11, "color": "#222",
                                    "line": {"width": 2, "color": "#222"}})
    arrows: list[dict[str, object]] = []
    for kind, part in links.groupby("kind", sort=False):
        colour = KIND_COLOURS[str(kind)]
        mids_x, mids_y, hover, custom = [], [], [], []
        for r in part.itertuples():
            x0, x1 = x_of[r.source], x_of[r.taker]
            y0, y1 = row[r.source], row[r.taker]
            alpha = "1.0" if r.direction == "certain" else "0.45"
            rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
            arrows.append(dict(
                x=x1, y=y1, ax=x0, ay=y0, xref="x", yref="y", axref="x", ayref="y", showarrow=True, arrowhead=2,
                arrowsize=0.8, arrowwidth=1 + 4 * float(r.share_taken), arrowcolor=f"rgba{rgb + (float(alpha),)}",
                standoff=7, startstandoff=7, text="",
            ))
            mids_x.append(x0 + (x1 - x0) / 2)
            mids_y.append((y0 + y1) / 2)
            basis = r.direction_basis if level == "article" else (
                f"{plural(int(r.pairs), 'article pair')}, {float(r.share_taken):.0%} taken on average; direction {r.direction}")
            example = f"<br><i>“{_wrap(textwrap.shorten(str(r.example), 180, placeholder='…'))}”</i>" if r.example else ""
            hover.append(
                f"<b>{chart_text(str(r.source_outlet))} → {chart_text(str(r.taker_outlet))}</b><br>"
                f"{KIND_LABELS[str(kind)]}: {float(r.share_taken):.0%} of the taker, {plural(int(r.passages), 'passage')}<br>"
                f"{_wrap(basis)}{example}"
            )
            custom.append([str(r.source), str(r.taker)])
        fig.add_scatter(
            x=mids_x, y=mids_y, mode="markers", name=KIND_LABELS[str(kind)], customdata=custom,
            marker={"symbol": "diamond", "size": 10, "color": colour, "line": {"width": 1, "color": "#222"}},
            hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        )
    fold_lines, fold_labels = axis.marks()
    # at once: one add_annotation per arrow re-validates them all each time
    fig.update_layout(annotations=arrows + fold_labels, shapes=fold_lines)
    ticks = list(used["label"]) if colours is None else [
        swatch_label(lab, outlet_colour(o, colours)) for lab, o in zip(used["label"], used["outlet"])]
    fig.update_yaxes(tickvals=list(range(len(used))), ticktext=ticks, autorange="reversed",
                     automargin=True, showgrid=True, gridcolor="#eee")
    fig.update_xaxes(automargin=True, showgrid=True, gridcolor="#eee", **axis.layout())
    note = f"{len(links):,} strongest links drawn, {hidden:,} weaker not drawn" if hidden else plural(len(links), "link")
    unit = "articles" if level == "article" else "outlets (each at its first article)"
    height = max(480, 250 + 46 * len(used))
    finish_figure(fig, title=title, subtitle=" · ".join(p for p in (subtitle, f"{note} between {unit}") if p),
                  source=source, x_title="Publication date", y_title="Article" if level == "article" else "Outlet",
                  height=height)
    # the title 14 px from the top and the legend 6 px above the plot, whatever the height (shares of a tall
    # figure put them into each other)
    fig.update_layout(title_y=1 - 14 / height,
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1 + 6 / max(height - 230, 100), "x": 0.0,
                              "xanchor": "left"})
    data_cols = ["source_outlet", "taker_outlet", "kind", "share_taken", "passages", "direction"]
    data = links.loc[:, [c for c in (["source_file", "taker_file"] if level == "article" else []) + data_cols + (
        ["source_published", "taker_published", "direction_basis"] if level == "article" else ["pairs"])]]
    caption = ("Arrow: from the likely source to the article that took from it; width = share of the taker's text "
               "taken; colour = kind of reuse; pale = the dates cannot confirm the direction. An article with no known "
               "date is placed a day after the last dated one. In the app, click a diamond to see the shared passages.")
    if axis.folds:
        caption += (f" A dashed line folds a stretch of more than {FOLD_GAP.days} days with no article drawn; the "
                    "words above it say how much later the next article came.")
    return ChartResult("spread", title, fig, data.reset_index(drop=True), caption=caption)
