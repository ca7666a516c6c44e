"""How faithfully each outlet printed each quote: a quote × outlet heatmap of fidelity scores."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from analysis import config
from analysis.charts import ChartResult, empty_figure, finish_figure, source_line
from analysis.corpus.load import Corpus

FIDELITY_COLUMNS = ["cluster_id", "speaker", "quote", "outlet", "fidelity", "variant"]


def fidelity_table(variants: pd.DataFrame, doc_ids: set[str], min_outlets: int = 2) -> pd.DataFrame:
    """One row per quote cluster and outlet among ``doc_ids``: the outlet's closest wording and its fidelity.

    Needs the :func:`analysis.quotes.quote_variants` columns ``doc_id, cluster_id, speaker, representative,
    outlet, fidelity, quote``; returns :data:`FIDELITY_COLUMNS`, only clusters printed by at least
    ``min_outlets`` outlets, sorted by how widely the quote travelled, then cluster and outlet.
    """
    part = variants.loc[variants["doc_id"].isin(doc_ids)]
    if part.empty:
        return pd.DataFrame(columns=FIDELITY_COLUMNS)
    best = part.sort_values("fidelity", ascending=False).drop_duplicates(["cluster_id", "outlet"])
    spread = best.groupby("cluster_id")["outlet"].nunique()
    keep = spread.index[spread >= min_outlets]
    best = best.loc[best["cluster_id"].isin(keep)]
    speaker = part.loc[part["speaker"].fillna("") != ""].groupby("cluster_id")["speaker"].agg(
        lambda s: s.value_counts().index[0]
    )
    out = pd.DataFrame(
        {
            "cluster_id": best["cluster_id"],
            "speaker": best["cluster_id"].map(speaker).fillna("(unattributed)"),
            "quote": best["representative"],
            "outlet": best["outlet"],
            "fidelity": best["fidelity"].astype("int64"),
            "variant": best["quote"],
        }
    )
    order = out["cluster_id"].map(spread)
    return (
        out.assign(_spread=order)
        .sort_values(["_spread", "cluster_id", "outlet"], ascending=[False, True, True])
        .drop(columns="_spread")
        .reset_index(drop=True)
    )


def _short(text: str, n: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def render_quote_fidelity(variants: pd.DataFrame, view: Corpus, subtitle: str | None = None) -> ChartResult:
    """Heatmap: quotes printed by 2+ outlets (rows) × outlets (columns), cell = fidelity 0–100 against the most
    common wording; blank = the outlet did not print it."""
    data = fidelity_table(variants, set(view.docs["doc_id"]))
    title = "Quote fidelity: how each outlet printed each quote"
    source = source_line(view.docs)
    if data.empty:
        fig = empty_figure(title, "No quote in this selection was printed by two or more outlets.", source)
        return ChartResult("quote-fidelity", title, fig, data)
    clusters = list(dict.fromkeys(data["cluster_id"]))
    outlets = sorted(data["outlet"].unique())
    first = data.drop_duplicates("cluster_id").set_index("cluster_id")
    labels = [f"{_short(first.loc[c, 'speaker'], 18)}: “{_short(first.loc[c, 'quote'])}”" for c in clusters]
    grid = data.pivot(index="cluster_id", columns="outlet", values="fidelity").reindex(index=clusters, columns=outlets)
    words = data.pivot(index="cluster_id", columns="outlet", values="variant").reindex(index=clusters, columns=outlets)
    hover = [
        [
            f"{html.escape(o)}<br>fidelity {int(grid.loc[c, o])}<br>“{html.escape(_short(words.loc[c, o], 160))}”"
            if pd.notna(grid.loc[c, o])
            else f"{html.escape(o)}: not printed"
            for o in outlets
        ]
        for c in clusters
    ]
    text = [[("" if pd.isna(v) else str(int(v))) for v in row] for row in grid.to_numpy()]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(dtype="float64"),
            x=[_short(o, 28) for o in outlets],
            y=[html.escape(label) for label in labels],
            text=text,
            texttemplate="%{text}",
            customdata=hover,
            hovertemplate="%{customdata}<extra></extra>",
            colorscale=config.SEQUENTIAL_SCALE,
            zmin=0,
            zmax=100,
            colorbar={"title": {"text": "Fidelity<br>(0–100)"}},
            xgap=2,
            ygap=2,
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(side="bottom", tickangle=-20)
    finish_figure(
        fig,
        title=title,
        subtitle=" · ".join(p for p in (subtitle, "100 = word for word; blank = not printed") if p),
        source=source,
        x_title="Outlet",
        y_title="Quote (speaker: most common wording)",
        height=max(380, 140 + 42 * len(clusters)),
    )
    fig.update_layout(margin={"l": 40})
    return ChartResult(
        "quote-fidelity", title, fig, data,
        caption="Each cell compares the outlet's wording with the wording most outlets printed.",
    )
