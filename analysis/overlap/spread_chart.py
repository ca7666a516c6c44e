"""The Spread chart: articles (or outlets) on a time axis, an arrow from each source to each taker.

Arrow width is the share of the taker's text taken, colour the kind of reuse; a pale arrow is a direction the
dates cannot confirm. The diamond in the middle of each arrow carries the hover text and is what a click picks
(its ``customdata`` names the pair). Large selections are drawn per outlet and only the strongest links.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
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
    x_of = dict(zip(used["node"], used["x"]))

    fig = go.Figure()
    marker_of = {"exact": "circle", "after": "circle-open", "unknown": "x-thin-open"}
    words = {"exact": "Exact date", "after": "On or after this date", "unknown": "Date unknown"}
    for dated, part in used.groupby("dated", sort=False):
        fills = [outlet_colour(o, colours) if colours is not None else "#222" for o in part["outlet"]]
        fig.add_scatter(
            x=part["x"], y=[row[n] for n in part["node"]], mode="markers", name=words[dated], showlegend=False,
            marker={"symbol": marker_of[dated], "size": 12, "color": fills, "line": {"width": 2, "color": fills}},
            hovertext=[f"<b>{lab}</b><br>{pd.Timestamp(x):%Y-%m-%d}" for lab, x in zip(part["label"], part["x"])],
            hovertemplate="%{hovertext}<extra></extra>",
        )
        fig.add_scatter(x=[None], y=[None], mode="markers", name=words[dated], hoverinfo="skip",  # its legend key
                        marker={"symbol": marker_of[dated], "size": 11, "color": "#222", "line": {"width": 2, "color": "#222"}})
    arrows: list[dict[str, object]] = []
    for kind, part in links.groupby("kind", sort=False):
        colour = KIND_COLOURS[str(kind)]
        mids_x, mids_y, hover, custom = [], [], [], []
        for r in part.itertuples():
            x0, x1 = pd.Timestamp(x_of[r.source]), pd.Timestamp(x_of[r.taker])
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
    fig.update_layout(annotations=arrows)  # at once: one add_annotation per arrow re-validates them all each time
    ticks = list(used["label"]) if colours is None else [
        swatch_label(lab, outlet_colour(o, colours)) for lab, o in zip(used["label"], used["outlet"])]
    fig.update_yaxes(tickvals=list(range(len(used))), ticktext=ticks, autorange="reversed",
                     automargin=True, showgrid=True, gridcolor="#eee")
    lo, hi = pd.Timestamp(used["x"].min()), pd.Timestamp(used["x"].max())
    pad = max((hi - lo) * 0.06, pd.Timedelta(hours=12))
    fig.update_xaxes(automargin=True, showgrid=True, gridcolor="#eee", range=[lo - pad, hi + pad])
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
               "date is placed a day after the last dated one. Click a diamond to see the shared passages.")
    return ChartResult("spread", title, fig, data.reset_index(drop=True), caption=caption)
