"""User text in plotly charts is shown literally (issue 18 item 4): plotly draws a subset of HTML in titles, axis
labels, ticks, legend entries, hover and annotations (``<a href>``, ``<b>``, ``<br>``, character entities), so an
outlet, entity or speaker named ``<a href="http://x">o</a>`` or ``<b>x</b>`` must reach every chart escaped, once,
through :func:`analysis.charts.chart_text`; and no user text may sit in a hovertemplate, where "%{...}" is read."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis import FilterState, analyse, select
from analysis.charts import chart_text
from analysis.corpus.load import load_corpus
from analysis.entities.chart import render_entity_heatmap
from analysis.market.compare import render_market_chart, reported_vs_actual
from analysis.market.reference import load_reference
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.chart import overlap_chart
from analysis.overlap.spread import reuse_edges
from analysis.overlap.spread_chart import render_spread_chart
from analysis.quotes.chart import render_quote_fidelity
from analysis.report.registry import collect_charts

LINK = '<a href="http://x">o</a>'
BOLD = "<b>x</b>"
AMP = 'AT&T "Daily"'
TEMPLATE = "%{y} Wire"
LATEX = "$x^2$"
OUTLETS = (LINK, BOLD, AMP, TEMPLATE, LATEX)
STORY = (
    "Nvidia fell 17% on Monday, Jan. 27, 2025, after DeepSeek released its R1 model a week earlier.\n\n"
    "“We are not worried about the competition at all,” Jensen Huang said on Tuesday.\n\n"
    "The Nasdaq slid 3.1% on Monday as chip stocks sold off across the board in heavy trading.\n"
)
#: What only the hostile text could have made, in a string plotly renders.
MARKUP = re.compile(r"<a\b|<b>x<|&quot;|&amp;(?:lt|gt|amp|quot);")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    """A corpus whose outlets and titles are hostile, and an alias catalog naming the company (Nvidia), the
    speaker (Jensen Huang), DeepSeek and the index with hostile names."""
    folder: Path = tmp_path_factory.mktemp("hostile-charts")
    rows = ["file,outlet,published,title"]
    for n, name in enumerate(OUTLETS):
        (folder / f"story{n}.txt").write_text(STORY + f"Reported by desk {n}.\n", encoding="utf-8")
        quoted = name.replace('"', '""')
        rows.append(f'story{n}.txt,"{quoted}",2025-01-2{7 + n % 2},"{quoted}"')
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    link, amp = LINK.replace('"', '""'), AMP.replace('"', '""')
    (folder / "entities.csv").write_text(
        f'name,type,aliases\n"{BOLD}",ORG,Nvidia\n"{link}",PERSON,Jensen Huang\n"{amp}",ORG,DeepSeek\n"{TEMPLATE}",INDEX,Nasdaq\n',
        encoding="utf-8",
    )
    return select(analyse(load_corpus(folder)), FilterState())


def _template_refs(template: str) -> set[str]:
    return set(re.findall(r"%\{([^}|:]+)", template))


def _rendered(spec: dict) -> list[tuple[str, str]]:
    """(where, text) of every string of a figure spec that plotly draws: layout text (titles, annotations, ticks,
    legend titles), trace names, text, hovertext, categories, the templates, and the customdata a template reads."""
    out: list[tuple[str, str]] = []

    def walk(node: object, where: str, skip: frozenset[str] = frozenset()) -> None:
        if isinstance(node, str):
            out.append((where, node))
        elif isinstance(node, dict):
            for key, value in node.items():
                if key not in skip:
                    walk(value, f"{where}.{key}", skip)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]", skip)

    walk(spec.get("layout", {}), "layout", frozenset({"template"}))
    for n, trace in enumerate(spec.get("data", [])):
        walk(trace, f"data[{n}]", frozenset({"customdata"}))
        refs = set().union(*(_template_refs(str(trace.get(k) or "")) for k in ("hovertemplate", "texttemplate")))
        custom = trace.get("customdata")
        if custom is None:
            continue
        for ref in refs:
            if ref == "customdata":
                walk(custom, f"data[{n}].customdata")
            elif m := re.fullmatch(r"customdata\[(\d+)\]", ref):
                i = int(m.group(1))

                def cells(node: object) -> list[object]:  # rows of customdata (1-D, 2-D or a heatmap's 3-D grid)
                    if isinstance(node, list) and node and isinstance(node[0], list) and node[0] and isinstance(node[0][0], list):
                        return [c for row in node for c in row]
                    return node if isinstance(node, list) else []

                for row in cells(custom):
                    if isinstance(row, list) and len(row) > i:
                        walk(row[i], f"data[{n}].customdata[..][{i}]")
    return out


def _all_charts(sel) -> list:
    charts, failures = collect_charts(sel)
    assert not failures
    view = sel.view
    matches = sel.matches(DEFAULT_THRESHOLD)
    edges = reuse_edges(view, matches)
    reference, _ = load_reference()
    compare = reported_vs_actual(sel.moves(), reference)
    charts += [
        overlap_chart(view, matches, "document", "all", DEFAULT_THRESHOLD, subtitle="x", colours=sel.analysis.outlet_colours),
        render_spread_chart(view, edges, level="article", colours=sel.analysis.outlet_colours),
        render_spread_chart(view, edges, level="outlet", colours=sel.analysis.outlet_colours),
        render_market_chart(compare, view.docs, colour_by="region", colours=sel.analysis.outlet_colours),
        render_entity_heatmap(sel.analysis.entity_mentions, view, top=10),
        render_quote_fidelity(sel.analysis.quotes, view),
    ]
    return charts


def test_hostile_names_are_escaped_in_every_chart(hostile) -> None:
    filtered = select(hostile.analysis, FilterState(outlets=(LINK, BOLD, AMP)))  # the names in every subtitle
    seen: dict[str, set[str]] = {}
    for sel in (hostile, filtered):
        for chart in _all_charts(sel):
            spec = json.loads(chart.figure.to_json())
            for where, text in _rendered(spec):
                assert not MARKUP.search(text), (chart.slug, where, text)
                if where.endswith(("hovertemplate", "texttemplate")):
                    assert "Wire" not in text and "x^2" not in text, (chart.slug, where, text)  # no user text there
                if text.startswith("$") and text.endswith("$"):
                    raise AssertionError((chart.slug, where, text))  # plotly would read it as LaTeX
                seen.setdefault(chart.slug, set()).add(text)
    shown = "\n".join(t for texts in seen.values() for t in texts)
    # the names are there, escaped once: the outlets, the company, the speaker and the filter description
    for name in (*OUTLETS, BOLD, LINK):
        assert chart_text(name).lstrip("\u200b") in shown, name
    assert {"coverage-by-day", "entity-outlet-heatmap", "quote-fidelity", "source-overlap-outlet", "spread",
            "timeline", "market-reaction"} <= set(seen)
    for slug in ("entity-outlet-heatmap", "quote-fidelity", "market-reaction"):
        assert any(chart_text(BOLD) in t or chart_text(LINK) in t for t in seen[slug]), slug


def test_chart_text_escapes_once() -> None:
    assert chart_text(LINK) == '&lt;a href="http://x"&gt;o&lt;/a&gt;'
    assert chart_text("AT&T") == "AT&amp;T"
    assert chart_text(LATEX).startswith("\u200b$")
    assert chart_text("Reuters") == "Reuters"
