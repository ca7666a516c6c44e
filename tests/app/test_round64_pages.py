"""Round 64: the pages as an analyst uses them on four new corpora and a 1,000-article story. Each test is a defect
seen on screen, in an export or in a link: a report that printed each chart's source line twice, files named
"coverage-by-day" for a chart drawn by week, a typed link whose choice was not restored."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pandas as pd
import pytest

from tests.app.test_pages_market import open_page


def _figure_with_source(source: str):
    import plotly.graph_objects as go
    from analysis.charts import finish_figure

    return finish_figure(go.Figure(go.Bar(x=[1], y=[2])), title="Moves", source=source)


def test_the_report_index_prints_a_pictured_source_line_once() -> None:
    """Every chart of the report's index.html was followed by its source line, under a picture whose foot already
    carries it: the reader saw "Source: Storytrace, 36 articles from 11 outlets, ..." twice per chart. A chart with
    a picture keeps the one drawn; a chart without one (its CSV alone) prints it."""
    from analysis.report.bundle import index_html

    source = "Source: Storytrace, 3 articles from 2 outlets, 2024-03-04 to 2024-03-06"
    entry = {"title": "Moves", "caption": "", "notes": [], "source": source, "data": pd.DataFrame()}
    pictured = index_html("Report", "", "none", [{**entry, "files": {"png": "moves.png", "csv": "moves.csv"}}], "now")
    assert source not in pictured and "<img src='moves.png'" in pictured
    bare = index_html("Report", "", "none", [{**entry, "files": {"csv": "moves.csv"}}], "now")
    assert bare.count(source) == 1


def _corpus_over(tmp_path, days: list[date]):
    from analysis.corpus.load import load_corpus

    rows = ["file,outlet,published,title"]
    for n, day in enumerate(days):
        (tmp_path / f"a{n}.txt").write_text(
            f"Harwick Mills update {n}\n\nHarwick Mills said on {day:%d %B} that talks with its lenders went on.\n",
            encoding="utf-8")
        rows.append(f"a{n}.txt,Outlet {n % 3},{day.isoformat()},Harwick Mills update {n}")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_corpus(tmp_path)


def test_a_coverage_chart_drawn_by_week_is_exported_by_week(tmp_path) -> None:
    """The 1,000-article story spans more than a season, so its Overview chart reads "Coverage by week", but its
    PNG, SVG and CSV were saved as "storytrace-coverage-by-day-...". The files are named after the bar drawn, and the
    CSV names each row's week by its Monday."""
    from analysis.corpus.coverage import render_coverage_chart
    from analysis.report.bundle import file_stem

    start = date(2024, 1, 3)  # a Wednesday
    corpus = _corpus_over(tmp_path, [start + timedelta(days=d) for d in (0, 1, 40, 120)])
    chart = render_coverage_chart(corpus)
    assert chart.title == "Coverage by week"
    assert file_stem(chart.slug, corpus.docs) == "storytrace-coverage-by-week-2024-01-03_2024-05-02"
    assert list(chart.data["week"]) == [date(2024, 1, 1), date(2024, 1, 1), date(2024, 2, 12), date(2024, 4, 29)]
    assert list(chart.data["articles"]) == [1, 1, 1, 1]


def test_a_coverage_chart_drawn_by_day_keeps_its_name(tmp_path) -> None:
    from analysis.corpus.coverage import render_coverage_chart

    chart = render_coverage_chart(_corpus_over(tmp_path, [date(2024, 1, 3), date(2024, 1, 5)]))
    assert (chart.title, chart.slug, list(chart.data.columns)) == (
        "Coverage by day", "coverage-by-day", ["date", "outlet", "articles", "basis"])


@pytest.mark.parametrize(("page", "key", "typed", "want"), [
    ("market", "market_colour", "region", "region"),
    ("market", "market_span", "multi-day", "multi-day"),
    ("overlap", "ovl_unit", "quotes", "quotes"),
    ("spread", "spread_level", "outlet", "outlet"),
    ("timeline", "timeline_colour", "entity", "Entity"),
])
def test_a_typed_link_naming_a_choice_by_its_value_opens_on_it(page: str, key: str, typed: str, want: str) -> None:
    """A link typed by hand, or written with the command line's words, "?market_colour=region", opened the Market
    page coloured by sector: the page's controls are restored from the label they show ("Region") only. A value, or
    a label in other case, opens the choice it names."""
    at = open_page(page, {key: [typed]})
    assert at.radio(key=key).value == want


def test_a_typed_link_names_entity_types_in_any_case() -> None:
    at = open_page("entities", {"ent_types": ["person"]})
    assert at.multiselect(key="ent_types").value == ["PERSON"]


def test_a_typed_link_naming_no_choice_leaves_the_default() -> None:
    at = open_page("market", {"market_colour": ["continent"]})
    assert at.radio(key="market_colour").value == "sector"
    assert not at.exception


def test_the_quote_chart_says_what_the_other_outlets_column_holds(tmp_path) -> None:
    """The 1,000-article story: the quote chart's "Other outlets" column (155 outlets) printed the fidelity of the
    group's closest wording, which only the hover said; the picture and its export read as if every one of them
    printed the quote word for word. The subtitle says so."""
    from analysis.quotes.chart import render_quote_fidelity

    corpus = _corpus_over(tmp_path, [date(2024, 1, 3) + timedelta(days=n % 5) for n in range(15)])
    docs = corpus.docs.assign(outlet=[f"Outlet {n:02d}" for n in range(15)])
    variants = pd.DataFrame([
        {"doc_id": doc, "cluster_id": "Q1", "speaker": "Dana Ruess", "representative": "We will review the dividend",
         "outlet": outlet, "fidelity": 100.0 if n else 80.0, "quote": "We will review the dividend"}
        for n, (doc, outlet) in enumerate(zip(docs["doc_id"], docs["outlet"]))])
    chart = render_quote_fidelity(variants, dataclasses.replace(corpus, docs=docs))
    assert '4 outlets printing fewest of these quotes as "Other outlets" (each cell: the closest of their wordings)' \
        in chart.figure.layout.title.text
