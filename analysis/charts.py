"""Shared chart look: every figure in Storytrace gets its title, subtitle, source line and print-safe styling
here, so the page, the export and the CLI draw the same thing."""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from analysis import config


@dataclass(frozen=True)
class ChartResult:
    """A finished chart plus exactly the data it shows (what the CSV export writes)."""

    slug: str  # file-name part, e.g. "market-reaction"
    title: str
    figure: go.Figure
    data: pd.DataFrame
    caption: str = ""
    notes: tuple[str, ...] = field(default=())
    #: The first and last day the chart draws when they are not its articles' publication dates (the Timeline's
    #: window): the files exported are named after them, so two windows of one selection save as two files.
    days: tuple[date, date] | None = None


#: The colour of outlets past the palette (drawn together as "Other outlets").
OTHER_COLOUR = "#9a9a9a"
OTHER_OUTLETS = "Other outlets"
#: The longest source line drawn on one line (characters). The line is anchored at the plot's left edge, which long
#: y-axis labels push right, and plotly neither wraps an annotation nor keeps it inside the figure: a longer one is
#: broken at its " · " parts (then at a comma), each line a :data:`SOURCE_LINE_PX` step lower.
SOURCE_LINE_CHARS = 90
SOURCE_LINE_PX = 15
#: The longest line of an empty chart's message (characters, 16 px): plotly does not wrap it either.
EMPTY_MESSAGE_CHARS = 70
#: The key of an empty chart's message in its layout's ``meta``.
EMPTY_KEY = "empty"


#: Charts with a column, a row or a mark per outlet draw at most this many; the others are drawn as one
#: :data:`OTHER_OUTLETS` (a corpus of 300 outlets stays readable).
MAX_OUTLETS = 12

#: The marker shape of the n-th outlet of a chart's legend, beside its colour: past the palette every outlet is
#: drawn in :data:`OTHER_COLOUR`, and a report may be printed in greyscale, so the shape tells the outlets apart.
OUTLET_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "star", "cross", "triangle-down", "pentagon",
                  "hexagon")

# plotly reads a label that starts and ends with "$" as LaTeX (MathJax, in the export)
_LATEX = re.compile(r"^\$.*\$$", re.DOTALL)


def chart_text(text: object) -> str:
    """User text (an outlet, title, entity, speaker or quote; a filter description naming them) as a plotly label
    that shows it literally. Plotly draws a subset of HTML in every title, axis label, tick, legend entry, hover
    and annotation (``<b>``, ``<br>``, ``<a href>``, character entities), so ``&``, ``<`` and ``>`` become
    entities; a label that would be read as LaTeX ("$...$") gets a zero-width space first. Every chart passes its
    user text through here, once (escaped text must not be escaped again); templates (``hovertemplate``) never
    hold user text, it goes in ``hovertext``/``customdata``, whose "%{...}" plotly does not read."""
    out = html.escape(str(text), quote=False)
    return "\u200b" + out if _LATEX.match(out) else out


def outlet_groups(outlets: Iterable[object], limit: int = MAX_OUTLETS, keep: Iterable[str] | None = None) -> dict[str, str]:
    """How a chart names each outlet of ``outlets`` (one entry per article, or the outlets themselves): itself
    when there are at most ``limit`` distinct outlets; else the ``limit - 1`` outlets with the most entries (then
    by name) keep their name and the rest map to :data:`OTHER_OUTLETS`. ``keep`` (e.g. the outlets of
    :func:`outlet_colours`, in order) names the outlets kept instead of the most frequent ones (its first ``limit - 1``
    found in ``outlets``)."""
    counts = pd.Series([str(o) for o in outlets], dtype="object").value_counts()
    if len(counts) <= limit:
        return {o: o for o in counts.index}
    if keep is not None:  # in ``keep``'s order, leaving room for the "Other outlets" entry
        kept = set([o for o in map(str, keep) if o in counts.index][: limit - 1])
    else:
        kept = set(sorted(counts.index, key=lambda o: (-counts[o], o))[: limit - 1])
    return {o: (o if o in kept else OTHER_OUTLETS) for o in counts.index}


#: The colours of outlets, in turn: the palette, then the second palette's hues, so every outlet a chart names
#: (:data:`MAX_OUTLETS`) has a colour of its own and none is drawn in the grey of "Other outlets".
OUTLET_PALETTE = (config.QUALITATIVE_PALETTE + config.SECOND_PALETTE)[:MAX_OUTLETS]


def outlet_colours(docs: pd.DataFrame) -> dict[str, str]:
    """One colour per outlet, the same on every chart of a corpus: outlets ranked by their number of articles
    (then by name) take :data:`OUTLET_PALETTE` in turn; the ones past it are not in the map and draw in
    :data:`OTHER_COLOUR`. Pass the WHOLE corpus's docs (needs ``outlet``), so a filter does not recolour."""
    counts = docs["outlet"].astype(str).value_counts()
    ranked = sorted(counts.index, key=lambda o: (-counts[o], o))
    return {outlet: OUTLET_PALETTE[i] for i, outlet in enumerate(ranked[: len(OUTLET_PALETTE)])}


def outlet_colour(outlet: object, colours: Mapping[str, str] | None) -> str:
    """The colour of ``outlet`` in ``colours`` (:func:`outlet_colours`), or :data:`OTHER_COLOUR` past the palette."""
    return (colours or {}).get(str(outlet), OTHER_COLOUR)


def swatch_label(label: str, colour: str) -> str:
    """An axis label (already escaped HTML) led by a square in the outlet's colour: the legend of charts whose
    axes name the outlets (overlap heatmap, spread)."""
    return f"<span style='color:{colour}'>■</span> {label}"


#: The characters a swatch adds before a label (:func:`swatch_label`): the square and a space.
SWATCH_CHARS = 2


def swatch_labels(labels: Iterable[str], outlets: Iterable[object], colours: Mapping[str, str]) -> list[str]:
    """Each of ``labels`` (escaped HTML; ``<br>`` between lines) led by the square of its outlet in ``outlets``
    (:func:`outlet_colour`: :data:`OTHER_COLOUR` for "Other outlets" and the outlets past the palette)."""
    return [swatch_label(label, outlet_colour(outlet, colours)) for label, outlet in zip(labels, outlets, strict=True)]


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 article", "3 articles", "2 company-sessions"; ``many`` for irregular plurals ("1 quote", ...)."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def day_span(start: date, end: date) -> str:
    """A span of days as the charts write it: "20 Jan 2025", "20 Jan – 27 Jan 2025", "30 Dec 2024 – 2 Jan 2025"."""
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def source_line(docs: pd.DataFrame, dates_word: str = "") -> str:
    """"Source: Storytrace, N articles from M outlets, <first> to <last>" for the docs behind a chart
    (needs ``outlet, published, published_earliest``); ``dates_word`` (e.g. "published") goes before the dates."""
    n = len(docs)
    outlets = docs["outlet"].nunique() if n else 0
    dates = docs["published"].fillna(docs["published_earliest"]).dropna() if n else pd.Series(dtype="datetime64[s]")
    span = ""
    if len(dates):
        first, last = dates.min().date().isoformat(), dates.max().date().isoformat()
        lead = f", {dates_word} " if dates_word else ", "
        span = f"{lead}{first}" if first == last else f"{lead}{first} to {last}"
    return f"Source: Storytrace, {plural(n, 'article')} from {plural(outlets, 'outlet')}{span}"


def wrap_source(source: str, width: int = SOURCE_LINE_CHARS) -> str:
    """``source`` with ``<br>`` where a line would pass ``width`` characters: between its " · " parts first, then
    after the last comma that fits. A part with no such break stays whole."""
    lines: list[str] = []
    for part in source.split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) <= width:
            lines[-1] += " · " + part
            continue
        while len(part) > width and ", " in part[:width]:
            cut = part.rindex(", ", 0, width) + 1
            lines.append(part[:cut])
            part = part[cut + 1:]
        lines.append(part)
    return "<br>".join(lines)


def source_text(drawn: str) -> str:
    """The plain text of a source line as :func:`finish_figure` draws it: the lines :func:`wrap_source` broke joined
    again (after a comma by a space, else by " · ") and the markup of :func:`chart_text` undone. The report's
    ``index.html`` printed the drawn line, so its reader saw "2025-01-31<br>actual moves: reference closing
    prices"."""
    lines = re.split(r"<br\s*/?>", drawn)
    joined = lines[0]
    for line in lines[1:]:
        joined += (" " if joined.endswith(",") else " · ") + line
    return html.unescape(joined)


#: The longest subtitle line drawn (characters of 13 px text): plotly does not wrap a title, and the page draws a
#: figure about 900 px wide in a 1400 px window, so a longer line (a filter naming many outlets, a chart's notes)
#: is broken at its " · " parts, then between words. Each line past the first takes :data:`SUBTITLE_LINE_PX`.
SUBTITLE_CHARS = 110
SUBTITLE_LINE_PX = 17
#: Pixels from the figure's top edge to its title's, whatever the figure's height.
TITLE_TOP_PX = 14


def subtitle_lines(subtitle: str, width: int = SUBTITLE_CHARS) -> list[str]:
    """The lines a subtitle is drawn in (plain text, before escaping): its own lines (a newline starts one), each
    broken where it would pass ``width`` characters: between its " · " parts first (the break takes the place of
    the dot), then between the words of a part longer than ``width``."""
    lines: list[str] = []
    for own in subtitle.split("\n"):
        line = ""
        for part in own.split(" · "):
            if line and len(line) + 3 + len(part) <= width:
                line += " · " + part
                continue
            if line:
                lines.append(line)
            *whole, line = textwrap.wrap(part, width, break_long_words=False) or [part]
            lines.extend(whole)
        lines.append(line)
    return lines


#: Pixels of one row of a horizontal legend at the house font (13 px text beside a 13 px marker).
LEGEND_ROW_PX = 30


def legend_rows(names: Iterable[str], width: int, title: str = "") -> int:
    """How many rows plotly wraps a horizontal legend of ``names`` into across ``width`` pixels: entries fill a row
    left to right (about 6.7 px per character at the house font, 40 px for the marker and the gap after it) and
    the legend's title takes the start of every row. An estimate, made on the wide side so a legend placed above
    the plot is not drawn over it."""
    room = width - (7 * len(title) + 12 if title else 0)
    rows, used = 0, room
    for name in names:
        entry = 40 + 6.7 * len(name)
        if used + entry > room:
            rows, used = rows + 1, 0
        used += entry
    return rows


def source_extra_px(fig: go.Figure) -> int:
    """Pixels the source line of ``fig`` takes below its first line (0 for a one-line source or none)."""
    return max((str(a.text).count("<br>") * SOURCE_LINE_PX for a in fig.layout.annotations or ()
                if is_source_line(a)), default=0)


def is_source_line(annotation: object) -> bool:
    """Whether a layout annotation is a chart's source line (:func:`finish_figure` writes it "Source: ...")."""
    return str(getattr(annotation, "text", "") or "").startswith("Source:")


#: A short blank line under a colour bar's title: plotly sets the title's last line on the bar's top edge, where
#: the top tick label's upper half is drawn ("(largest: 80%)" ran into "80%").
COLORBAR_TITLE_GAP = "<br><span style='font-size:8px'>\u00a0</span>"


def _clear_colorbar_titles(fig: go.Figure) -> None:
    """End the title of each trace's colour bar (heatmaps) with :data:`COLORBAR_TITLE_GAP`, once."""
    for trace in fig.data:
        bar = getattr(trace, "colorbar", None)
        text = str(bar.title.text or "") if bar is not None else ""
        if text and not text.endswith(COLORBAR_TITLE_GAP):
            bar.title.text = text + COLORBAR_TITLE_GAP


def finish_figure(
    fig: go.Figure,
    *,
    title: str,
    subtitle: str | None = None,
    source: str | None = None,
    x_title: str | None = None,
    y_title: str | None = None,
    height: int | None = None,
) -> go.Figure:
    """Apply the house style: title + subtitle, axis titles (with units), a source line under the plot (broken into
    lines by :func:`wrap_source`), white background, readable fonts. Returns the same figure for chaining.

    ``title``, the axis titles and ``source`` are the chart's own words (plotly markup such as ``<br>`` allowed,
    user text in them escaped by the caller with :func:`chart_text`); ``subtitle`` is plain text (it names the
    filters, so outlets and entities) and is escaped here; a newline in it starts a second line, and a line longer
    than :data:`SUBTITLE_CHARS` is broken (:func:`subtitle_lines`), the plot moved down by each line past the first.
    The title stays :data:`TITLE_TOP_PX` from the top of a figure of any height."""
    drawn = subtitle_lines(subtitle) if subtitle else []
    lines = "<br>".join(chart_text(line) for line in drawn)
    source = wrap_source(source) if source else source
    text = f"<b>{title}</b>" + (f"<br><span style='font-size:13px;color:#555'>{lines}</span>" if subtitle else "")
    height = height or config.CHART_HEIGHT
    fig.update_layout(
        title={"text": text, "x": 0.0, "xanchor": "left", "y": 1 - TITLE_TOP_PX / height, "yanchor": "top"},
        template="plotly_white",
        font={"family": config.CHART_FONT, "size": 13, "color": "#222"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 80, "r": 40, "t": 100 + SUBTITLE_LINE_PX * (len(drawn) - 1) if subtitle else 70,
                "b": 130 + source.count("<br>") * SOURCE_LINE_PX if source else 80},
        height=height,
        colorway=list(config.QUALITATIVE_PALETTE),
        hoverlabel={"font": {"family": config.CHART_FONT, "size": 12}},
    )
    _clear_colorbar_titles(fig)
    if x_title is not None:
        fig.update_xaxes(title_text=x_title)
    if y_title is not None:
        fig.update_yaxes(title_text=y_title)
    if source:
        fig.add_annotation(
            text=source,
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            yshift=-105,
            xanchor="left",
            yanchor="top",
            align="left",
            showarrow=False,
            font={"size": 11, "color": "#555"},
        )
    return fig


def empty_figure(title: str, message: str, source: str | None = None) -> go.Figure:
    """A figure that says why it is empty (instead of blank axes); ``message`` is the chart's own words (plotly
    markup such as ``<br>`` allowed, as in :func:`finish_figure`), its lines kept to the width of a narrow chart.
    The message is kept in the layout's ``meta`` (:func:`empty_reason`): a page shows it as a notice instead of
    the figure, and a report leaves the chart out."""
    fig = go.Figure()
    fig.add_annotation(
        text="<br>".join(line for part in message.split("<br>") for line in textwrap.wrap(part, EMPTY_MESSAGE_CHARS)),
        xref="paper", yref="paper",
        x=0.5, y=0.5, showarrow=False, font={"size": 16, "color": "#444"},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(meta={EMPTY_KEY: " ".join(message.replace("<br>", " ").split())})
    return finish_figure(fig, title=title, source=source, height=360)


def empty_reason(fig: go.Figure) -> str | None:
    """Why ``fig`` shows nothing (the message of :func:`empty_figure`), or None for a chart with data."""
    meta = fig.layout.meta
    return meta.get(EMPTY_KEY) if isinstance(meta, dict) else None
