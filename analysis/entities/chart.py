"""The Entities page's table and entity × outlet heatmap, built from :func:`analysis.entities.resolve.entity_mentions`."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from analysis.charts import (
    OTHER_OUTLETS,
    SWATCH_CHARS,
    ChartResult,
    chart_text,
    empty_figure,
    finish_figure,
    outlet_groups,
    plural,
    source_line,
    swatch_labels,
)
from analysis.corpus import Corpus
from analysis.entities.resolve import story_mentions

SUMMARY_COLUMNS = ["entity", "type", "documents", "outlets", "mentions", "aliases"]


def entity_label(entity: str, etype: str, escape: bool = False) -> str:
    """How an entity and its type are written in the heatmap's rows: "Meta (ORG)", the type as the table
    writes it. ``escape`` HTML-escapes the name (plotly labels)."""
    return f"{chart_text(entity) if escape else entity} ({etype})"


#: Outlet columns up to this many get names tilted 20°; more, narrower ones 35° (:func:`tick_angle`).
WIDE_COLUMNS = 6


def tick_angle(columns: int) -> int:
    """Degrees the outlet names under the heatmap are tilted for ``columns`` columns."""
    return 20 if columns <= WIDE_COLUMNS else 35


def entity_summary(mentions: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """One row per entity over ``docs`` (needs ``doc_id, outlet``): :data:`SUMMARY_COLUMNS`, most documents
    first. ``mentions`` is an :func:`entity_mentions` frame (it is narrowed to ``docs`` here)."""
    mentions = story_mentions(mentions)
    part = mentions.loc[mentions["doc_id"].isin(set(docs["doc_id"]))].merge(docs.loc[:, ["doc_id", "outlet"]], on="doc_id")
    if part.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    out = part.groupby(["entity", "type"], as_index=False).agg(
        documents=("doc_id", "nunique"), outlets=("outlet", "nunique"), mentions=("alias", "size"),
        aliases=("alias", lambda s: " | ".join(sorted(set(s)))),
    )
    out = out.sort_values(["documents", "mentions", "entity"], ascending=[False, False, True])
    return out.loc[:, SUMMARY_COLUMNS].reset_index(drop=True)


def heatmap_table(mentions: pd.DataFrame, docs: pd.DataFrame, top: int = 25,
                  types: tuple[str, ...] = ()) -> pd.DataFrame:
    """Mentions per entity and outlet for the ``top`` entities (most documents first) among ``docs``.
    Returns ``entity, type, outlet, mentions, documents`` (zero rows included, so the grid is complete)."""
    summary = entity_summary(mentions, docs)
    if types:
        summary = summary.loc[summary["type"].isin(types)]
    chosen = summary.head(top)
    if chosen.empty:
        return pd.DataFrame(columns=["entity", "type", "outlet", "mentions", "documents"])
    mentions = story_mentions(mentions)
    part = mentions.loc[mentions["doc_id"].isin(set(docs["doc_id"])) & mentions["entity"].isin(set(chosen["entity"]))]
    part = part.merge(docs.loc[:, ["doc_id", "outlet"]], on="doc_id")
    counts = part.groupby(["entity", "outlet"], as_index=False).agg(mentions=("alias", "size"), documents=("doc_id", "nunique"))
    grid = pd.MultiIndex.from_product([chosen["entity"], sorted(docs["outlet"].unique())], names=["entity", "outlet"])
    full = grid.to_frame(index=False).merge(counts, on=["entity", "outlet"], how="left").fillna({"mentions": 0, "documents": 0})
    full = full.merge(chosen.loc[:, ["entity", "type"]], on="entity")
    order = {e: i for i, e in enumerate(chosen["entity"])}
    full = full.assign(_o=full["entity"].map(order)).sort_values(["_o", "outlet"]).drop(columns="_o")
    return full.astype({"mentions": "int64", "documents": "int64"}).loc[
        :, ["entity", "type", "outlet", "mentions", "documents"]].reset_index(drop=True)


#: Up to this many mentions at the top of the colour scale, its ticks are every whole number (plotly's own steps
#: at that size are halves: "1.5 mentions" for one article's counts of 1 to 4).
_WHOLE_TICKS_UP_TO = 8


def _mentions_colorbar(top: float) -> dict[str, object]:
    """The heatmap's colour bar for counts up to ``top``: titled, with whole-number ticks while the scale is short."""
    bar: dict[str, object] = {"title": {"text": "Mentions"}}
    if top <= _WHOLE_TICKS_UP_TO:
        bar.update(tick0=0, dtick=1)
    return bar


def render_entity_heatmap(mentions: pd.DataFrame, view: Corpus, subtitle: str | None = None, top: int = 25,
                          types: tuple[str, ...] = (), colours: Mapping[str, str] | None = None) -> ChartResult:
    """Entity × outlet heatmap of mention counts for the documents of ``view``. Past
    :data:`analysis.charts.MAX_OUTLETS` outlets, the ones with fewest articles are summed in one "Other outlets"
    column (the last). ``colours`` (:func:`analysis.charts.outlet_colours` of the whole corpus) puts each outlet's
    colour before its name, as on the overlap and spread charts."""
    title = "Who is mentioned where"
    source = source_line(view.docs)
    groups = outlet_groups(view.docs["outlet"])
    docs = view.docs.loc[:, ["doc_id", "outlet"]].assign(outlet=view.docs["outlet"].astype(str).map(groups))
    data = heatmap_table(mentions, docs, top=top, types=types)
    if data.empty:
        fig = empty_figure(title, "No named entity in this selection: clear the entity or outlet filter, or add articles.", source)
        return ChartResult("entity-outlet-heatmap", title, fig, data)
    entities = list(dict.fromkeys(data["entity"]))
    outlets = sorted(data["outlet"].unique(), key=lambda o: (o == OTHER_OUTLETS, o))
    others = sum(1 for g in groups.values() if g == OTHER_OUTLETS)
    z = data.pivot(index="entity", columns="outlet", values="mentions").reindex(index=entities, columns=outlets)
    docs_n = data.pivot(index="entity", columns="outlet", values="documents").reindex(index=entities, columns=outlets)
    types_of = dict(zip(data["entity"], data["type"], strict=False))
    labels = [entity_label(e, types_of[e], escape=True) for e in entities]
    x_labels = [chart_text(o if len(o) <= 48 else o[:47] + "…") for o in outlets]
    about = {o: chart_text(o if o != OTHER_OUTLETS else f"{plural(others, 'other outlet')} together") for o in outlets}

    def cell(e: str, o: str) -> list[object]:
        n, d = int(z.loc[e, o]), int(docs_n.loc[e, o])
        counts = f"{plural(n, 'mention')} in {plural(d, 'article')}"
        return [chart_text(e), about[o], counts, e]

    custom = [[cell(e, o) for o in outlets] for e in entities]
    # the colours span the named outlets' counts: "Other outlets" sums hundreds of outlets on a large corpus (1,296
    # mentions beside named cells of 0-26), and a scale up to it left every named cell white
    named = z.drop(columns=[OTHER_OUTLETS], errors="ignore")
    top_named = float(named.max().max()) if others and not named.empty else 0.0
    fitted = top_named > 0 and float(z.max().max()) > top_named
    fig = go.Figure(go.Heatmap(
        z=z.to_numpy(), x=x_labels, y=labels, customdata=custom,
        colorscale="Blues", zmin=0, zmax=top_named if fitted else None, xgap=2, ygap=2,
        colorbar=_mentions_colorbar(top_named if fitted else float(z.max().max())),
        text=z.to_numpy(), texttemplate="%{text}",
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
    ))
    # the clickable layer: one transparent marker over each cell, with the cell's customdata (a heatmap cell
    # cannot be selected); customdata[3] is the raw entity name the page filters on (never drawn)
    fig.add_trace(go.Scatter(
        x=[x for _e in entities for x in x_labels], y=[y for y in labels for _o in outlets],
        customdata=[c for row in custom for c in row], mode="markers", showlegend=False, name="cells",
        marker={"symbol": "square", "size": 22, "color": "rgba(0,0,0,0)"},
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}: click to filter<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", automargin=True)
    # tilted 20° while the columns are wide; past six outlets the names, 47 px apart, ran on into one another's ends
    # ("BNC Business Television ■ Capitol Tech Report ■ FabWeek Magazine" read as one line): 35°, as the quote chart
    angle = tick_angle(len(outlets))
    fig.update_xaxes(side="bottom", automargin=True, tickangle=-angle, title_standoff=18)
    if colours is not None:
        fig.update_xaxes(tickvals=x_labels, ticktext=swatch_labels(x_labels, outlets, colours))
    shown = f"Top {len(entities)} entities by articles mentioning them"
    if others:
        shown += f"; {plural(others, 'outlet')} with fewest articles summed as \"{OTHER_OUTLETS}\""
    scale = f"colours up to the named outlets' {int(top_named)}, darkest past it" if fitted else ""
    # the tick labels are tilted and their height is known only when drawn: the source line goes under the
    # x-axis title whatever its height (in pixels below the plot, counted from the longest outlet name)
    longest = max((len(o) for o in outlets), default=0) + (SWATCH_CHARS if colours is not None else 0)
    # 7 px a character at 13 px: 2.4 px high each tilted 20°, 4 px tilted 35°
    drop = 62 + int(min(longest, 48) * (2.5 if angle == 20 else 4.1))
    finish_figure(fig, title=title, subtitle=" · ".join(p for p in (subtitle, shown, scale) if p), source=source,
                  x_title="Outlet", y_title="Entity (type)",
                  height=max(420, 120 + 26 * len(entities)) + drop)  # each row its 26 px above the outlet names
    fig.update_layout(margin={"b": drop + 50})
    fig.update_annotations(selector={"text": source}, yshift=-drop)
    return ChartResult("entity-outlet-heatmap", title, fig, data,
                       caption="Cells count mentions (all spellings merged). Darker = more mentions.")
