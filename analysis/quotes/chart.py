"""How faithfully each outlet printed each quote: a quote × outlet heatmap of fidelity scores."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from analysis import config
from analysis.charts import (
    OTHER_OUTLETS,
    SWATCH_CHARS,
    ChartResult,
    chart_text,
    empty_figure,
    finish_figure,
    is_source_line,
    outlet_groups,
    plural,
    source_extra_px,
    source_line,
    swatch_labels,
)
from analysis.corpus.load import Corpus

FIDELITY_COLUMNS = ["cluster_id", "speaker", "quote", "outlet", "fidelity", "variant"]


def fidelity_table(variants: pd.DataFrame, doc_ids: set[str], min_outlets: int = 2) -> pd.DataFrame:
    """One row per quote cluster and outlet among ``doc_ids``: the outlet's closest wording and its fidelity.

    Needs the :func:`analysis.quotes.quote_variants` columns ``doc_id, cluster_id, speaker, representative,
    outlet, fidelity, quote``; returns :data:`FIDELITY_COLUMNS`, only clusters printed by at least
    ``min_outlets`` outlets, sorted by how widely the quote travelled, then by its least faithful printing (the
    lowest first), then cluster and outlet.
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
            "fidelity": best["fidelity"].astype("float64"),  # one decimal, as the quote cards print it
            "variant": best["quote"],
        }
    )
    # the Quotes page's cards' order (:func:`analysis.quotes.table.quote_cards`): of quotes as widely printed, the one
    # printed least faithfully first (the chart opened on one quote, the cards under it on another)
    least = part.groupby("cluster_id")["fidelity"].min()
    return (
        out.assign(_spread=out["cluster_id"].map(spread), _least=out["cluster_id"].map(least))
        .sort_values(["_spread", "_least", "cluster_id", "outlet"], ascending=[False, True, True, True])
        .drop(columns=["_spread", "_least"])
        .reset_index(drop=True)
    )


def wrap_words(text: str, width: int, lines: int) -> str:
    """``text`` on at most ``lines`` lines (joined by newlines) of about ``width`` characters, broken between words
    only; "…" ends it when it is longer still."""
    out: list[str] = []
    for word in str(text).split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > lines:
        out = out[:lines]
        out[-1] += " …"
    return "\n".join(out)


def _words(text: str, n: int) -> str:
    """``text`` cut to ``n`` characters between words, "…" at the cut (a first word longer than that is cut)."""
    text = " ".join(str(text).split())
    if len(text) <= n:
        return text
    cut = text[: n - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return (cut if " " in text[: n - 1] else text[: n - 1]) + "…"


def _short(text: str, n: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


#: The fidelity chart draws the quotes printed most widely, at most this many (the rest are in the CSV).
MAX_QUOTES = 30
#: The chart draws quotes of at least this many words: a word or two in marks ("reeks of “fear”") cannot be
#: reworded, so its row would read 100 for every outlet and push a quote that was reworded off the chart. The data
#: keeps them.
MIN_CHART_WORDS = 3


def render_quote_fidelity(variants: pd.DataFrame, view: Corpus, subtitle: str | None = None,
                          max_quotes: int = MAX_QUOTES, colours: Mapping[str, str] | None = None) -> ChartResult:
    """Heatmap: quotes printed by 2+ outlets (rows) × outlets (columns), cell = fidelity 0–100 against the most
    common wording; blank = the outlet did not print it. At most ``max_quotes`` rows (the most widely printed);
    past :data:`analysis.charts.MAX_OUTLETS` outlets, the ones with fewest articles share one "Other outlets"
    column (its cell: the closest wording among them). The data holds every quote and outlet. ``colours``
    (:func:`analysis.charts.outlet_colours` of the whole corpus) puts each outlet's colour before its name."""
    data = fidelity_table(variants, set(view.docs["doc_id"]))
    title = "Quote fidelity: how each outlet printed each quote"
    source = source_line(view.docs)
    if data.empty:
        fig = empty_figure(title, "No quote in this selection was printed by two or more outlets.", source)
        return ChartResult("quote-fidelity", title, fig, data)
    first = data.drop_duplicates("cluster_id").set_index("cluster_id")
    all_clusters = list(first.index)
    wordy = [c for c in all_clusters if len(str(first.loc[c, "quote"]).split()) >= MIN_CHART_WORDS]
    short = len(all_clusters) - len(wordy)
    clusters = (wordy or all_clusters)[:max_quotes]
    # the outlets kept by name are the ones that printed most of the quotes drawn
    groups = outlet_groups(data.loc[data["cluster_id"].isin(clusters), "outlet"])
    others = sum(1 for g in groups.values() if g == OTHER_OUTLETS)
    drawn = data.loc[data["cluster_id"].isin(clusters)]
    drawn = drawn.assign(outlet=drawn["outlet"].astype(str).map(groups).fillna(OTHER_OUTLETS))
    drawn = drawn.sort_values("fidelity", ascending=False, kind="stable").drop_duplicates(["cluster_id", "outlet"])
    outlets = sorted(drawn["outlet"].unique(), key=lambda o: (o == OTHER_OUTLETS, o))
    # two short lines (speaker, then the start of the quote) leave the plot most of the width
    labels = [f"{chart_text(_short(first.loc[c, 'speaker'], 30))}:<br>“{chart_text(_words(first.loc[c, 'quote'], 34))}”"
              for c in clusters]
    labels = [lab if lab not in labels[:i] else f"{lab} ({i + 1})" for i, lab in enumerate(labels)]  # rows stay apart
    grid = drawn.pivot(index="cluster_id", columns="outlet", values="fidelity").reindex(index=clusters, columns=outlets)
    words = drawn.pivot(index="cluster_id", columns="outlet", values="variant").reindex(index=clusters, columns=outlets)
    name = {o: chart_text(o if o != OTHER_OUTLETS else f"{OTHER_OUTLETS} ({plural(others, 'outlet')}, closest wording)")
            for o in outlets}
    hover = [
        [
            f"{name[o]}<br>fidelity {grid.loc[c, o]:g}<br>“{chart_text(_short(words.loc[c, o], 160))}”"
            if pd.notna(grid.loc[c, o])
            else f"{name[o]}: not printed"
            for o in outlets
        ]
        for c in clusters
    ]
    # the card's figure (83.3, not 83): a chart and the card under it never disagree
    text = [[("" if pd.isna(v) else f"{v:g}") for v in row] for row in grid.to_numpy()]
    notes = ["100 = word for word; blank = not printed"]
    if len(all_clusters) > len(clusters):
        left = f" ({plural(short, 'quote')} of one or two words left out)" if short and wordy else ""
        notes.append(f"The {len(clusters)} most widely printed of the {plural(len(all_clusters), 'quote')} "
                     f"printed by 2+ outlets{left}")
    if others:
        # the column's cell is the group's most faithful printing: said in the picture, not only in its hover
        notes.append(f"{plural(others, 'outlet')} printing fewest of these quotes as \"{OTHER_OUTLETS}\" "
                     "(each cell: the closest of their wordings)")
    # full names on up to three lines under wide columns; tilted on one line when the columns are narrow
    narrow = len(outlets) > 6
    x_labels: list[str] = []
    for o in outlets:  # a label two outlets would share gets a number
        label = chart_text(_words(o, 28) if narrow else wrap_words(o, 13, 3)).replace("\n", "<br>")
        x_labels.append(label if label not in x_labels else f"{label} ({len(x_labels) + 1})")
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(dtype="float64"),
            x=x_labels,
            y=labels,
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
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(side="bottom", tickangle=-35 if narrow else 0, automargin=True)
    if colours is not None:
        fig.update_xaxes(tickvals=x_labels, ticktext=swatch_labels(x_labels, outlets, colours))
    # the source line goes under the outlet names and the axis title, whatever their height
    longest = max((len(_words(o, 28)) for o in outlets), default=0) + (SWATCH_CHARS if colours is not None else 0)
    drop = 75 + int(longest * 4.1) if narrow else 125  # tilted 35°: about 4 px high per character
    finish_figure(
        fig,
        title=title,
        subtitle=" · ".join(p for p in (subtitle, *notes) if p),
        source=source,
        x_title="Outlet",
        y_title="Quote" if len(clusters) < 6 else "Quote (speaker: most common wording)",  # a title longer than the plot runs into the subtitle
        # each row of two-line labels keeps its 46 px above the outlet names, however tall those are
        height=max(400, 200 + 46 * len(clusters)) + drop,
    )
    fig.update_layout(margin={"l": 40, "b": drop + 40 + source_extra_px(fig)})
    fig.update_annotations(selector=is_source_line, yshift=-drop)
    return ChartResult(
        "quote-fidelity", title, fig, data,
        caption="Each cell compares the outlet's wording with the wording most outlets printed.",
    )
