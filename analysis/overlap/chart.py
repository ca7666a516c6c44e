"""What the Source overlap page shows: the heatmap chart, provenance hints and the aligned drill-down.

Pure functions over the frames of :mod:`analysis.overlap`; the page only draws what they return.
"""

from __future__ import annotations

import difflib
import html
import math
import re
import textwrap
from dataclasses import replace
from typing import Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis import config
from analysis.charts import (
    ChartResult,
    chart_text,
    empty_figure,
    finish_figure,
    is_source_line,
    outlet_colour,
    plural,
    source_extra_px,
    source_line,
    swatch_label,
)
from analysis.corpus.load import Corpus, effective_date
from analysis.entities.catalog import get_lexicon
from analysis.overlap.align import DEFAULT_THRESHOLD, normalise
from analysis.overlap.score import Unit, outlet_table, pair_table

Level = Literal["outlet", "document"]

#: A hint says "reproduces" when at least this share of A is matched in B.
HINT_SHARE = 0.5
#: At most this many outlets/documents per heatmap axis (the ones with the most shared text): 20 columns fit a
#: 1400 px window with their names.
MAX_AXIS = 20
#: Up to this many rows and columns each cell prints its share; past it the cells are too small (hover tells).
MAX_CELL_TEXT = 14
#: Longest axis label; the full name is in the hover text.
LABEL_CHARS = 24
#: A file name made by a machine (a run of 12+ hex digits, as in "000_249e7fa9a8165267.txt") tells a reader
#: nothing: such an article is named by its outlet and headline instead.
_HASH_LIKE = re.compile(r"(?i)(?<![0-9a-z])[0-9a-f]{12,}(?![0-9a-z])")
UNIT_LABELS: dict[str, str] = {"all": "all matched text", "quotes": "shared quotes only", "reporting": "shared reporting only"}


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap_label(text: str, width: int = 22, lines: int = 3) -> str:
    """A full name on at most ``lines`` lines of about ``width`` characters (HTML ``<br>`` breaks), cut only at
    a word break, with "…" when it is longer still ("International Business<br>Times UK")."""
    words = " ".join(str(text).split()).split(" ")
    out: list[str] = []
    for word in words:
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1] + " …"
    return "<br>".join(chart_text(line) for line in out)


def _rewrap(label: str, width: int, lines: int = 4) -> str:
    """An axis label (escaped, lines joined by ``<br>``) wrapped again at ``width`` characters between words."""
    return wrap_label(html.unescape(label.replace("<br>", " ")), width, lines)


def _hash_like(file: object) -> bool:
    return bool(_HASH_LIKE.search(str(file).rsplit(".", 1)[0]))


def doc_names(docs: pd.DataFrame) -> dict[str, str]:
    """Full name per doc_id for hover text and hints (plain text): the file name as the user gave it with its
    outlet, "file (outlet)", or just the file when the outlet is only the file name; a machine-made file name
    (a hash) gives way to the outlet and headline, "Outlet, “Headline”" (needs ``doc_id, file, outlet``; ``title``
    optional)."""
    names: dict[str, str] = {}
    titles = docs["title"] if "title" in docs.columns else pd.Series([None] * len(docs), index=docs.index)
    for doc_id, file, outlet, title in zip(docs["doc_id"], docs["file"], docs["outlet"], titles):
        stem = str(file).rsplit(".", 1)[0]
        if _hash_like(file) and isinstance(title, str) and title.strip():
            names[str(doc_id)] = f"{outlet}, “{textwrap.shorten(title, 70, placeholder='…')}”"
        else:
            names[str(doc_id)] = str(file) if str(outlet) in (stem, str(doc_id), str(file)) else f"{file} ({outlet})"
    return names


def _words_short(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters between words ("…" at the cut); a first word longer than that is cut."""
    short = textwrap.shorten(" ".join(str(text).split()), limit, placeholder="…")
    return short if short != "…" else _short(text, limit)


def doc_labels(docs: pd.DataFrame) -> dict[str, str]:
    """Short unique axis label per doc_id, escaped for plotly, on two lines cut between words: the file name as the
    user gave it over its outlet; a machine-made file name (a hash) gives way to the outlet over the headline
    (needs ``doc_id, file, outlet``; ``title`` optional). The full name is in the hover text."""
    labels: dict[str, str] = {}
    used: set[str] = set()
    files = docs["file"] if "file" in docs.columns else docs["doc_id"]
    titles = docs["title"] if "title" in docs.columns else pd.Series([None] * len(docs), index=docs.index)
    for doc_id, file, outlet, title in zip(docs["doc_id"], files, docs["outlet"], titles):
        stem = str(file).rsplit(".", 1)[0] if "." in str(file) else str(file)
        if _hash_like(file) and isinstance(title, str) and title.strip():
            head, tail = str(outlet), str(title)
        elif str(outlet) in (str(doc_id), stem, str(file)):  # no outlet known: the file name is all there is
            head, tail = stem, ""
        else:
            head, tail = stem, str(outlet)
        lines = [_words_short(head, LABEL_CHARS)] + ([_words_short(tail, LABEL_CHARS)] if tail else [])
        label, n = "\n".join(lines), 2
        while label in used:
            label = "\n".join(lines) + f" ({n})"
            n += 1
        used.add(label)
        labels[str(doc_id)] = "<br>".join(chart_text(line) for line in label.split("\n"))
    return labels


def overlap_matrix(view: Corpus, matches: pd.DataFrame, level: Level = "outlet") -> pd.DataFrame:
    """Long table behind the heatmap: every ordered pair of different rows/columns with its score.

    Needs ``view.docs`` (``doc_id, file, outlet``), ``view.sentences`` and narrowed ``matches``. Returns
    ``row_id, col_id, row_label, col_label, row_name, col_name, score_pct, matched_sentences, quote_matches,
    reporting_matches`` (score_pct 0-100; the diagonal is left out), sorted by row then column label.
    """
    if level == "document":
        ids = [str(d) for d in view.docs["doc_id"]]
        labels = doc_labels(view.docs)
        names = doc_names(view.docs)
        table = pair_table(view, matches).rename(columns={"doc_a": "row_id", "doc_b": "col_id"})
    else:
        ids = sorted(str(o) for o in view.docs["outlet"].unique())
        labels = {o: wrap_label(o) for o in ids}
        names = {o: o for o in ids}
        table = outlet_table(view, matches).rename(columns={"outlet_a": "row_id", "outlet_b": "col_id"})
    grid = pd.DataFrame([(a, b) for a in ids for b in ids if a != b], columns=["row_id", "col_id"])
    if grid.empty:
        grid = pd.DataFrame({"row_id": pd.Series(dtype="str"), "col_id": pd.Series(dtype="str")})
    counts = ["matched_sentences", "quote_matches", "reporting_matches"]
    out = grid.merge(table.loc[:, ["row_id", "col_id", "score", *counts]], on=["row_id", "col_id"], how="left")
    out = out.assign(
        score_pct=(out["score"].fillna(0.0) * 100).round(1),
        row_label=out["row_id"].map(labels),
        col_label=out["col_id"].map(labels),
        row_name=out["row_id"].map(names),
        col_name=out["col_id"].map(names),
        **{c: out[c].fillna(0).astype("int64") for c in counts},
    )
    cols = ["row_id", "col_id", "row_label", "col_label", "row_name", "col_name", "score_pct", *counts]
    return out.loc[:, cols].sort_values(["row_label", "col_label"]).reset_index(drop=True)


def _pct_label(pct: float) -> str:
    """A share as the heatmap prints it: whole percent, and "<1%" for one that rounds to 0 but is not 0."""
    return "<1%" if 0 < pct < 0.5 else f"{pct:.0f}%"


def overlap_chart(
    view: Corpus,
    matches: pd.DataFrame,
    level: Level = "outlet",
    unit: Unit = "all",
    threshold: float = DEFAULT_THRESHOLD,
    subtitle: str | None = None,
    max_axis: int = 0,
    colours: dict[str, str] | None = None,
) -> ChartResult:
    """Heatmap of the asymmetric overlap: row A, column B, cell = % of A's text matched in B.

    ``matches`` must already be narrowed to ``view`` and ``unit`` (:func:`analysis.overlap.narrow_matches`), or be
    their sums per pair at ``level`` (:meth:`analysis.pipeline.Selection.outlet_sums` / ``pair_sums``).
    The diagonal is blank. At most ``max_axis`` (default :data:`MAX_AXIS`) rows/columns are drawn, those with
    the most shared text. The colour scale runs from 0 to the largest cell (rounded up to 5%), so small
    shares stay readable. ChartResult.data is the part of :func:`overlap_matrix` that is drawn. ``colours``
    (:func:`analysis.charts.outlet_colours` of the whole corpus) leads each axis name with its outlet's colour.
    """
    max_axis = max_axis or MAX_AXIS
    title = "Source overlap: who shares whose text"
    source = source_line(view.docs)
    data = overlap_matrix(view, matches, level)
    slug = f"source-overlap-{level}"
    if data.empty:
        fig = empty_figure(title, "Overlap needs at least two outlets/documents: clear the filters or add articles.", source)
        return ChartResult(slug, title, fig, data)
    if data["score_pct"].max() == 0:
        ways = ["lower the threshold"]
        if unit != "all":
            ways.append("choose 'All text'")
        if level == "outlet":
            ways.append("compare documents (text an outlet shares with itself shows there)")
        ways.append("clear the filters")
        fig = empty_figure(
            title,
            f"No sentences shared between {level}s ({UNIT_LABELS[unit]}) at similarity ≥ {threshold:.0f}: "
            + ", ".join(ways[:-1]) + " or " + ways[-1] + ".",
            source,
        )
        return ChartResult(slug, title, fig, data)
    data, hidden = top_of_matrix(data, max_axis)
    top = float(data["score_pct"].max())
    zmax = max(5.0, math.ceil(top / 5) * 5)
    labels = list(dict.fromkeys(sorted(data["row_label"].tolist() + data["col_label"].tolist())))
    index = {lab: i for i, lab in enumerate(labels)}
    n = len(labels)
    z: list[list[float | None]] = [[None] * n for _ in range(n)]
    text: list[list[str]] = [[""] * n for _ in range(n)]
    hover: list[list[str]] = [["Same " + level + ": not compared"] * n for _ in range(n)]
    for row in data.itertuples():
        i, j = index[row.row_label], index[row.col_label]
        z[i][j] = float(row.score_pct)
        text[i][j] = _pct_label(row.score_pct)
        hover[i][j] = (
            f"<b>{chart_text(row.row_name)}</b><br>has {row.score_pct:.1f}% of its text in<br>"
            f"<b>{chart_text(row.col_name)}</b><br>{plural(int(row.matched_sentences), 'matched sentence')}: "
            f"{row.quote_matches} quote, {row.reporting_matches} reporting"
        )
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=labels,
            y=labels,
            text=text,
            texttemplate="%{text}" if n <= MAX_CELL_TEXT else "",
            textfont={"size": 12},
            hoverinfo="skip",
            colorscale=config.SEQUENTIAL_SCALE,
            zmin=0,
            zmax=zmax,
            xgap=2,
            ygap=2,
            hoverongaps=False,
            colorbar={"title": {"text": f"% of row's<br>text matched<br>(largest: {_pct_label(top)})"}, "ticksuffix": "%"},
        )
    )
    # Heatmap cells cannot be selected in plotly; an invisible marker on every cell carries the hover text
    # and makes a click select the cell (the page opens the aligned sentences for it).
    fig.add_scatter(
        x=data["col_label"].tolist(),
        y=data["row_label"].tolist(),
        mode="markers",
        marker={"symbol": "square", "size": 28, "color": "rgba(0,0,0,0)"},
        selected={"marker": {"opacity": 0}},
        unselected={"marker": {"opacity": 0}},
        customdata=[hover[index[r]][index[c]] for r, c in zip(data["row_label"], data["col_label"])],
        hovertemplate="%{customdata}<extra></extra>",
        showlegend=False,
        name="cells",
    )
    fig.update_layout(clickmode="event+select", hovermode="closest")
    if colours is not None:  # each name led by its outlet's colour, as on every chart
        outlet_of = dict(zip(data["row_label"], data["row_id"])) | dict(zip(data["col_label"], data["col_id"]))
        if level == "document":
            by_doc = dict(zip(view.docs["doc_id"].astype(str), view.docs["outlet"].astype(str)))
            outlet_of = {lab: by_doc.get(str(i), "") for lab, i in outlet_of.items()}
        ticks = [swatch_label(lab, outlet_colour(outlet_of.get(lab, ""), colours)) for lab in labels]
        fig.update_yaxes(tickmode="array", tickvals=labels, ticktext=ticks)
        # the columns are narrower than the rows are long: the names under them wrap shorter (still whole words);
        # past eight columns the names are slanted, and a slanted second line runs into the next column's name, so
        # they keep one line (a long name ends in "…"; the hover and the y axis give it whole)
        width, lines = (max(8, min(22, int(440 / max(n, 1) / 7))), 4) if n <= 8 else (26, 1)
        narrow = [swatch_label(_rewrap(lab, width, lines), outlet_colour(outlet_of.get(lab, ""), colours)) for lab in labels]
        fig.update_xaxes(tickmode="array", tickvals=labels, ticktext=narrow)
    fig.update_yaxes(autorange="reversed", tickfont={"size": 11}, automargin=True, showgrid=False, zeroline=False)
    fig.update_xaxes(tickangle=0 if n <= 8 else -35, tickfont={"size": 11}, automargin=True, side="bottom", showgrid=False,
                     zeroline=False)
    height = max(520, min(1600, 300 + 48 * n))
    finish_figure(
        fig,
        title=title,
        subtitle=" · ".join(p for p in (subtitle, f"{UNIT_LABELS[unit].capitalize()}, similarity ≥ {threshold:.0f}") if p),
        source=source,
        x_title="… found in this " + level + " (B)",
        y_title="Share of this " + level + "'s text (A) …",
        height=height,
    )
    fig.update_layout(
        margin={"l": 40, "b": 190 + source_extra_px(fig)},
        hoverlabel={"bgcolor": "white", "bordercolor": "#444", "font": {"color": "#222"}},
    )
    # the rotated outlet names need room: put the source line under the x-axis title
    fig.update_annotations(selector=is_source_line, yshift=-150)
    caption = (
        "Read across a row: the share of that " + level + "'s sentences (by characters, sentences of 6+ words, "
        "each counted once) that reappear in the column's " + level + ". Blank diagonal: nothing is compared "
        "with itself."
    )
    if hidden:
        caption += (
            f" Showing the {n} {level}s with the most shared text; {hidden} more are left out: narrow the "
            "selection with the sidebar filters to see them."
        )
    return ChartResult(slug, title, fig, data, caption=caption)


def mark_cell(result: ChartResult, row_id: str, col_id: str) -> ChartResult:
    """The heatmap of ``result`` with a frame around the cell of row ``row_id`` and column ``col_id`` (the pair
    whose aligned sentences are shown); the same result when that cell is not drawn."""
    pick = result.data.loc[(result.data["row_id"] == row_id) & (result.data["col_id"] == col_id)]
    if pick.empty or not result.figure.data:
        return result
    labels = list(result.figure.data[0].x)
    i, j = labels.index(pick["row_label"].iloc[0]), labels.index(pick["col_label"].iloc[0])
    fig = go.Figure(result.figure)
    fig.add_shape(type="rect", x0=j - 0.5, x1=j + 0.5, y0=i - 0.5, y1=i + 0.5, xref="x", yref="y",
                  line={"color": "#d55e00", "width": 3})
    return replace(result, figure=fig)


def top_of_matrix(data: pd.DataFrame, max_axis: int = MAX_AXIS) -> tuple[pd.DataFrame, int]:
    """Keep the ``max_axis`` rows/columns with the most shared text (row plus column sums of score_pct, ties
    by label) of an :func:`overlap_matrix` table. Returns the reduced table and how many were left out."""
    ids = pd.concat([data["row_id"], data["col_id"]]).drop_duplicates()
    if len(ids) <= max_axis:
        return data, 0
    total = pd.concat(
        [data.groupby("row_id")["score_pct"].sum(), data.groupby("col_id")["score_pct"].sum()]
    ).groupby(level=0).sum()
    # one label per id, taken from the distinct pairs: a large corpus's matrix has a row per pair of its hundreds of
    # outlets (160,000 for 400), and reading every row's label took most of the chart's second
    rows = data[["row_id", "row_label"]].drop_duplicates("row_id")
    cols = data[["col_id", "col_label"]].drop_duplicates("col_id")
    labels = dict(zip(rows["row_id"], rows["row_label"])) | dict(zip(cols["col_id"], cols["col_label"]))
    ranked = sorted(total.index, key=lambda i: (-float(total[i]), labels.get(i, "")))
    keep = set(ranked[:max_axis])
    out = data.loc[data["row_id"].isin(keep) & data["col_id"].isin(keep)].reset_index(drop=True)
    return out, len(ids) - len(keep)


_WIRE_NAME = re.compile(r"(?:\bWire|Newswire|News Agency|Press Agency|Press Association)$")


def is_wire_agency(outlet: str) -> bool:
    """Whether ``outlet`` is a news agency whose copy papers reprint: one the lexicon knows as an agency ("AP",
    "Reuters", also as the first word of "AP News"), or a name such as "... Wire", "... News Agency"."""
    agencies = get_lexicon().credit_agencies
    name = outlet.strip()
    return bool(name) and (name in agencies or name.split()[0] in agencies or bool(_WIRE_NAME.search(name)))


def provenance_hints(view: Corpus, matches: pd.DataFrame, max_hints: int = 12) -> list[str]:
    """Plain-text hints: where the manifest names ``derived_from`` and where one document contains most of
    another ("000 (Daily The Business) reproduces 92% of its text from …"). Needs ``view.docs`` (``doc_id,
    outlet, derived_from``) and narrowed ``matches``. Manifest hints first, then at most ``max_hints``
    "reproduces" hints by share (the later copy of the earlier original; a later document that holds most of an
    earlier one and more besides, such as a splice of two reports, "reprints" it), then at most ``max_hints`` pairs
    that carry the same text with no date to say which came first."""
    hints: list[str] = []
    docs = view.docs
    names = doc_names(docs)
    outlets = set(docs["outlet"].astype(str))
    files = set(docs["file"].astype(str))
    for doc_id, derived in zip(docs["doc_id"], docs["derived_from"]):
        if isinstance(derived, str) and derived.strip():
            where = " (in this selection)" if derived.strip() in outlets | files else " (not in this selection)"
            hints.append(f"{names[str(doc_id)]}: the manifest says it is derived from {derived.strip()}{where}.")
    if len(hints) > max_hints:
        hints = hints[:max_hints] + [f"… and {plural(len(hints) - max_hints, 'more manifest note')} on where an article comes from."]
    strong = pair_table(view, matches, min_score=HINT_SHARE)
    # when both documents contain most of each other, keep only the direction "copy reproduces original" when
    # the dates say which is later (or, on one day, which is the agency's); else one hint says they carry the
    # same text
    when = pd.Series(effective_date(docs).to_numpy(), index=docs["doc_id"].astype(str).to_numpy())
    back = strong.loc[:, ["doc_a", "doc_b", "score"]].rename(columns={"doc_a": "doc_b", "doc_b": "doc_a", "score": "back"})
    both = strong.loc[:, ["doc_a", "doc_b", "score"]].merge(back, on=["doc_a", "doc_b"], how="left")
    wa = when.reindex(both["doc_a"].astype(str)).to_numpy()
    wb = when.reindex(both["doc_b"].astype(str)).to_numpy()
    dated = pd.notna(wa) & pd.notna(wb)
    dated[dated] = wa[dated] != wb[dated]
    earlier = np.zeros(len(both), dtype=bool)
    earlier[dated] = wa[dated] < wb[dated]
    mutual = both["back"].notna().to_numpy()
    # no date orders them: a wire agency's text is the original of a paper's copy
    wire = pd.Series(docs["outlet"].astype(str).map(is_wire_agency).to_numpy(), index=docs["doc_id"].astype(str).to_numpy())
    wire_a = wire.reindex(both["doc_a"].astype(str)).fillna(False).to_numpy(dtype=bool)
    wire_b = wire.reindex(both["doc_b"].astype(str)).fillna(False).to_numpy(dtype=bool)
    by_wire = ~dated & (wire_a != wire_b)
    original = mutual & ((dated & earlier) | (by_wire & wire_a))
    # both contain most of the other and nothing says which came first: the same text (one hint per pair)
    undecided = mutual & ~dated & ~by_wire
    same = strong.assign(back=both["back"].to_numpy()).loc[undecided & (strong["doc_a"].astype(str) < strong["doc_b"].astype(str)).to_numpy()]
    # most of an earlier A in a later B that holds more besides (a splice of two reports, an article with a new top):
    # B reprints A, never the other way round
    reprinted = ~mutual & dated & earlier
    kept = ~original & ~undecided
    spliced = strong.loc[kept & reprinted]
    strong = strong.loc[kept & ~reprinted]
    # one hint per copy: its strongest source, and how many other documents hold most of it too
    others = strong.groupby("doc_a", sort=False)["doc_b"].transform("size") - 1
    copies = strong.assign(others=others).drop_duplicates("doc_a")
    lines: list[tuple[float, str]] = []
    for row in copies.itertuples():
        also = f"; {plural(int(row.others), 'other document')} hold{'s' if row.others == 1 else ''} most of it too" if row.others else ""
        lines.append((row.score, f"{names[str(row.doc_a)]} reproduces {row.score * 100:.0f}% of its text from "
                                 f"{names[str(row.doc_b)]} ({plural(int(row.matched_sentences), 'sentence')}{also})."))
    for row in spliced.itertuples():
        lines.append((row.score, f"{names[str(row.doc_b)]} reprints {row.score * 100:.0f}% of the text of the earlier "
                                 f"{names[str(row.doc_a)]} ({plural(int(row.matched_sentences), 'sentence')})."))
    lines.sort(key=lambda line: -line[0])  # stable: ties keep the table's order
    hints.extend(text for _, text in lines[:max_hints])
    copies = lines
    if len(copies) > max_hints:
        hints.append(f"… and {plural(len(copies) - max_hints, 'more document')} reproducing most of another "
                     "(Compare: Documents shows every pair).")
    for row in same.head(max_hints).itertuples():
        hints.append(
            f"{names[str(row.doc_a)]} and {names[str(row.doc_b)]} carry the same text ({row.score * 100:.0f}% and "
            f"{row.back * 100:.0f}% of each, {plural(int(row.matched_sentences), 'sentence')}); their dates do not "
            "say which is the copy."
        )
    if len(same) > max_hints:
        hints.append(f"… and {plural(len(same) - max_hints, 'more pair')} of documents carrying the same text "
                     "(Compare: Documents shows every pair).")
    table = pair_table(view, matches) if strong.empty else strong
    if strong.empty and spliced.empty and same.empty and not table.empty:
        top = table.iloc[0]
        hints.append(
            f"Largest overlap: {top['score'] * 100:.0f}% of {names[str(top['doc_a'])]} reappears in "
            f"{names[str(top['doc_b'])]}; no document reproduces most of another."
        )
    return hints


def cell_docs(view: Corpus, row_id: str, col_id: str, level: Level = "outlet") -> list[str]:
    """The documents of ``view`` behind one heatmap cell: the row's and the column's (documents, or every
    document of the two outlets), so the sentence pairs of that cell alone can be listed."""
    if level == "document":
        return [row_id, col_id]
    return view.docs.loc[view.docs["outlet"].isin([row_id, col_id]), "doc_id"].astype(str).tolist()


def aligned_pairs(view: Corpus, matches: pd.DataFrame, row_id: str, col_id: str, level: Level = "outlet") -> pd.DataFrame:
    """The matched sentences behind one heatmap cell, A's side first.

    Needs ``view.docs`` (``doc_id, file, outlet``), ``view.sentences`` and narrowed ``matches``. Returns
    ``doc_a, sent_a, doc_b, sent_b, text_a, text_b, similarity, kind`` sorted by doc_a, sent_a, doc_b.
    """
    if level == "document":
        part = matches.loc[(matches["doc_a"] == row_id) & (matches["doc_b"] == col_id)]
    else:
        outlet_of = dict(zip(view.docs["doc_id"], view.docs["outlet"]))
        part = matches.loc[(matches["doc_a"].map(outlet_of) == row_id) & (matches["doc_b"].map(outlet_of) == col_id)]
    text = view.sentences.loc[:, ["doc_id", "sent_id", "text"]]
    out = part.merge(text.rename(columns={"doc_id": "doc_a", "sent_id": "sent_a", "text": "text_a"}), on=["doc_a", "sent_a"]).merge(
        text.rename(columns={"doc_id": "doc_b", "sent_id": "sent_b", "text": "text_b"}), on=["doc_b", "sent_b"]
    )
    cols = ["doc_a", "sent_a", "doc_b", "sent_b", "text_a", "text_b", "similarity", "kind"]
    out = out.assign(similarity=out["similarity"].round(1))  # as the page shows it, also in the CSV
    return out.loc[:, cols].sort_values(["doc_a", "sent_a", "doc_b"]).reset_index(drop=True)




def diff_words(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Word-level diff of two sentences: for each side, (word, differs) in order. Words are compared on their
    letters and digits only, so punctuation and quote-mark changes do not count as differences."""
    wa, wb = a.split(), b.split()
    na, nb = [_word_key(w) for w in wa], [_word_key(w) for w in wb]
    same_a, same_b = [False] * len(wa), [False] * len(wb)
    for block in difflib.SequenceMatcher(a=na, b=nb, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            same_a[block.a + k] = True
            same_b[block.b + k] = True
    # a token that is only punctuation (a stray quote mark) is never a difference
    return (
        [(w, not s and bool(k)) for w, s, k in zip(wa, same_a, na)],
        [(w, not s and bool(k)) for w, s, k in zip(wb, same_b, nb)],
    )


def _word_key(word: str) -> str:
    """A word as compared by the diff: lower case, letters and digits only ("(e.g." == "eg")."""
    return "".join(ch for ch in normalise(word) if ch.isalnum())
