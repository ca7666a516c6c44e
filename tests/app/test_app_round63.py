"""Round 63: the pages as an analyst reads them on a real-looking corpus. Each test is a defect seen on screen or in
an export: a chart whose marks disagreed with the count it printed beside them, an axis that gave articles dated to
the day a time of day."""

from __future__ import annotations

from datetime import date

import pandas as pd
from analysis.timeline.chart import render_timeline_chart
from analysis.timeline.events import MENTION_COLUMNS

from tests.app.test_app_round61 import WINDOW, _corpus  # a story of n one-line articles, and its week


def _mention(doc: int, sent: int, start: str, end: str, precision: str, event_id: str = "E1") -> dict:
    return {
        "doc_id": f"d{doc}", "file": f"a{doc}.txt", "outlet": f"Outlet {doc}", "sent_id": sent,
        "date_start": date.fromisoformat(start), "date_end": date.fromisoformat(end), "precision": precision,
        "expression": "Monday", "kind": "DATE", "basis": "", "event": "Harwick Mills shares fall 12%",
        "key": event_id, "sentence": f"Sentence {sent} of article {doc}.", "event_id": event_id, "far_out": False,
    }


def _marks(figure) -> int:
    """The number of marks drawn (markers; a bar's line has one mark in its middle)."""
    return sum(len(t.x) for t in figure.data if t.mode == "markers")


def _page_on(monkeypatch, tmp_path, folder, page: str):
    """The app started on the corpus ``folder``, switched to ``pages/<page>.py`` and run without an exception."""
    from conftest import ROOT
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("STORYTRACE_CORPUS", str(folder))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception
    return at


def test_a_timeline_row_draws_one_mark_per_article_and_date() -> None:
    """CORPUS141: "Meta shares plunge 20% ... (2 articles)" drew five marks (a wire's story tells the plunge three
    times, its reprint twice) under a subtitle saying each mark is one article. One mark per article and date now;
    a second date an article gives keeps its own mark, and the chart's data keeps every sentence."""
    mentions = pd.DataFrame([
        _mention(0, 0, "2024-03-04", "2024-03-04", "day"), _mention(0, 3, "2024-03-04", "2024-03-04", "day"),
        _mention(0, 5, "2024-03-04", "2024-03-04", "day"),
        _mention(1, 0, "2024-03-04", "2024-03-04", "day"), _mention(1, 2, "2024-03-04", "2024-03-04", "day"),
        _mention(1, 4, "2024-03-04", "2024-03-10", "week"),
    ], columns=MENTION_COLUMNS)
    chart = render_timeline_chart(mentions, _corpus(2), WINDOW)
    assert list(chart.figure.layout.yaxis.ticktext) == ["Harwick Mills shares fall 12% (2\u00a0articles)"]
    assert _marks(chart.figure) == 3  # article 0 once; article 1 on the day and over the week
    assert "Each mark is one article's date for the event" in chart.figure.layout.title.text
    assert len(chart.data) == 6


REPRINTED = ("Harwick Mills shares fell 12% on Monday after the group cut its full-year forecast for the second time. "
             "The company blamed weak demand for its coated steel in southern Europe and higher energy costs. "
             "Chief executive Dana Ruess said the board would review the dividend before the summer.")


def _spread_axis(tmp_path, published: list[str]) -> dict:
    from analysis import FilterState, select
    from analysis.corpus.load import load_corpus
    from analysis.pipeline import analyse
    from analysis.report.registry import spread_charts

    rows = ["file,outlet,published,title"]
    for n, day in enumerate(published):
        (tmp_path / f"a{n}.txt").write_text(f"Harwick Mills cuts forecast\n\n{REPRINTED}\n", encoding="utf-8")
        rows.append(f"a{n}.txt,Outlet {n},{day},Harwick Mills cuts forecast")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (chart,) = spread_charts(select(analyse(load_corpus(tmp_path)), FilterState()))
    return chart.figure.layout.xaxis.to_plotly_json()


def test_the_spread_axis_of_articles_dated_to_the_day_names_days_not_hours(tmp_path) -> None:
    """CORPUS141 under two outlets: a wire story of 2 Feb and its reprint of 3 Feb were drawn over ticks "12:00,
    18:00, 00:00, 06:00", as if the articles had come out at midnight; nothing gave a time. Each day is a tick now."""
    axis = _spread_axis(tmp_path, ["2024-03-04", "2024-03-05"])
    assert list(axis["ticktext"]) == ["04 Mar<br>2024", "05 Mar"]
    assert [str(t)[:10] for t in axis["tickvals"]] == ["2024-03-04", "2024-03-05"]


def test_the_spread_axis_keeps_the_hours_articles_were_published_at(tmp_path) -> None:
    """A manifest that gives the time of publication keeps plotly's own ticks, hours included."""
    axis = _spread_axis(tmp_path, ["2024-03-04T09:30:00", "2024-03-04T16:00:00"])
    assert "ticktext" not in axis and "tickvals" not in axis


LONG_SENTENCE = ("LONDON, March 4 (Harbour Wire) - Harwick Mills, the coated steel maker that employs 9,000 people across "
                 "northern England, went into compulsory liquidation on Monday after weekend talks with its lenders and "
                 "the government failed to produce a rescue, putting thousands of jobs at risk and forcing ministers to "
                 "step in to keep its contracts with hospitals, schools and rail lines running through the winter.")


def test_a_passage_too_long_for_its_row_ends_in_an_ellipsis_not_mid_line(tmp_path, monkeypatch) -> None:
    """CORPUS145's Spread page: a wire's long opening sentence, carried by its reprint, was cut at the bottom of its
    row in the middle of a line ("… forcing ministers to step in to keep hospitals, schools and prisons"), with
    nothing to say it went on. A cell longer than the row's lines ends in "…"; the CSV keeps the whole passage."""
    from ui.tables import cell_lines

    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = ["file,outlet,published,title"]
    for n, (outlet, day) in enumerate([("Harbour Wire", "2024-03-04"), ("Valley Times", "2024-03-05")]):
        (folder / f"a{n}.txt").write_text(f"Harwick Mills goes into liquidation\n\n{LONG_SENTENCE} {REPRINTED}\n",
                                          encoding="utf-8")
        rows.append(f"a{n}.txt,{outlet},{day},Harwick Mills goes into liquidation")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    at = _page_on(monkeypatch, tmp_path, folder, "spread")
    (table,) = [t.value for t in at.dataframe if "Passage" in t.value.columns]
    passages = list(table["Passage"])
    longest = max(passages, key=len)
    assert longest.startswith("LONDON, March 4 (Harbour Wire) - Harwick Mills") and longest.endswith(" …")
    assert cell_lines(longest, 250) <= 7
    assert REPRINTED.split(". ")[0] + "." in passages  # a passage that fits is whole


def test_a_timeline_of_many_events_names_its_days_above_the_plot_too() -> None:
    """CORPUS141 and CORPUS145: a window of 30 events is a chart 2,000 px tall whose days were named only under its
    last row, out of sight while reading the first. Past ten events the day labels are drawn along the top too."""
    many = [_mention(0, 0, f"2024-03-{4 + n % 7:02d}", f"2024-03-{4 + n % 7:02d}", "day", event_id=f"E{n:02d}")
            for n in range(12)]
    many = pd.DataFrame(many, columns=MENTION_COLUMNS).assign(event=[f"Event number {n}" for n in range(12)])
    tall = render_timeline_chart(many, _corpus(1), WINDOW).figure.layout
    assert tall.xaxis2.side == "top" and tall.xaxis2.overlaying == "x"
    assert list(tall.xaxis2.ticktext) == list(tall.xaxis.ticktext) and tall.xaxis.ticktext[0] == "Mon<br>4 Mar"
    few = render_timeline_chart(many.head(3), _corpus(1), WINDOW).figure.layout
    assert "xaxis2" not in few.to_plotly_json()


def test_a_timeline_export_is_named_after_the_days_it_draws(tmp_path) -> None:
    """Round 62 left it: the Timeline's downloads were named after the selection's publication dates
    ("storytrace-timeline-2021-10-28_2022-02-03" for a chart of 1-8 Feb 2022), so two windows of one selection saved
    under one name. The page's, the report's and the CLI's files carry the window's days."""
    from analysis import FilterState, select
    from analysis.corpus.load import load_corpus
    from analysis.pipeline import analyse
    from analysis.report.bundle import bundle_files, file_stem
    from analysis.report.registry import timeline_charts
    from test_app_round62 import write_story

    sel = select(analyse(load_corpus(write_story(tmp_path / "corpus"))), FilterState(outlets=("Harbour Wire",)))
    (chart,) = timeline_charts(sel)
    assert chart.days == (date(2024, 3, 4), date(2024, 3, 11))
    assert file_stem(chart.slug, sel.view.docs, sel.filters, chart.days) == "storytrace-timeline-2024-03-04_2024-03-11-harbour-wire"
    names = set(bundle_files([chart], sel.view.docs, sel.filters, formats=("csv",)))
    assert "storytrace-timeline-2024-03-04_2024-03-11-harbour-wire.csv" in names
    assert file_stem("coverage-by-day", sel.view.docs, sel.filters) == "storytrace-coverage-by-day-2024-03-06_2024-04-19-harbour-wire"


def test_the_market_page_points_to_the_other_view_when_only_it_has_moves(tmp_path, monkeypatch) -> None:
    """CORPUS141 under one outlet: "No share moves in this selection: clear the outlet filter ..., or add articles
    that report market moves" above a table of the four moves that outlet reported, all over several days. The
    notice says where the moves are."""

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a0.txt").write_text("Harwick Mills in review\n\nHarwick Mills shares have fallen 40% so far this year, "
                                   "and Dunmore Steel shares are up 12% since January.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,published,title\na0.txt,Harbour Wire,2024-03-06,Harwick Mills "
                                         "in review\n", encoding="utf-8")
    at = _page_on(monkeypatch, tmp_path, folder, "market")
    assert [i.value for i in at.info][0] == ("No one-session share moves in this selection, but 2 moves over several "
                                            "days or the year to date: choose *Several days or year to date* above.")
    at.radio(key="market_span").set_value("multi-day").run()
    assert not at.exception and not any("No " in i.value and "share moves" in i.value for i in at.info)


def test_a_swing_inside_the_session_is_told_apart_from_the_closes_behind_the_bar(tmp_path) -> None:
    """CORPUS141: "Snap · 03 Feb, -18.5% to -23.6%, 2 figures in 1 outlet" showed marks of two outlets, one at -17%
    (another outlet's "fell 17% after the bell"): the swings inside a session were drawn like the closes the bar and
    its label stand for. They are white inside their outlet's colour now, with a key in the legend."""
    from analysis import FilterState, select
    from analysis.corpus.load import load_corpus
    from analysis.market.compare import SWING_KEY, render_market_chart, reported_vs_actual
    from analysis.pipeline import analyse

    texts = {"Harbour Wire": "Harwick Mills shares closed down 12% on Monday after the group cut its forecast.",
             "Valley Times": "Harwick Mills shares closed 11% lower on Monday after the group cut its forecast. The "
                             "stock had fallen as much as 15% in early trading."}
    rows = ["file,outlet,published,title"]
    for n, (outlet, text) in enumerate(texts.items()):
        (tmp_path / f"a{n}.txt").write_text(f"Harwick Mills falls\n\n{text}\n", encoding="utf-8")
        rows.append(f"a{n}.txt,{outlet},2024-03-05,Harwick Mills falls")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    sel = select(analyse(load_corpus(tmp_path)), FilterState())
    chart = render_market_chart(reported_vs_actual(sel.moves(), pd.DataFrame()), sel.view.docs)
    marks = {(t.name, float(x), t.marker.color) for t in chart.figure.data if t.type == "scatter" and t.x[0] is not None
             for x in t.x}
    assert ("Valley Times", -15.0, "white") in marks and ("Valley Times", -11.0, "white") not in marks
    assert ("Harbour Wire", -12.0, "white") not in marks
    assert [t.name for t in chart.figure.data if t.name == SWING_KEY and t.showlegend is not False] == [SWING_KEY]
    (label,) = [text for t in chart.figure.data if t.type == "scatter" and t.mode == "text" for text in t.text]
    assert label.startswith("  −11% to −12%  <br>  2 outlets")  # the bar and its label: the closes alone


def test_one_file_added_is_it_not_they(tmp_path, monkeypatch) -> None:
    """A good article uploaded beside four refused files (an empty .txt, random bytes as .pdf and .txt, NUL bytes as
    .md) was announced "Added 1 file. They are in every view now." """
    from conftest import ROOT
    from streamlit.testing.v1 import AppTest
    from ui.upload import UploadMessage
    from test_app_round62 import write_story

    monkeypatch.setenv("STORYTRACE_CORPUS", str(write_story(tmp_path / "corpus")))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/add.py")
    at.session_state["upload_messages"] = [UploadMessage("good.txt", "saved", "saved"),
                                           UploadMessage("empty.txt", "refused", "file is empty")]
    at.run()
    assert not at.exception
    assert [s.value for s in at.success] == ["Added 1 file. It is in every view now."]
    assert [e.value for e in at.error] == ["Refused empty\\.txt: file is empty"]  # Markdown: the dot escaped


def test_the_spread_page_groups_its_passages_once_per_selection(tmp_path, monkeypatch) -> None:
    """On a 1,000-article story corpus the Spread page grouped 220,000 matched sentence pairs into passages on every
    run (1.4 s of a 6.5 s page), a click on the chart or a page of the table included. The grouping is kept per
    corpus version, filters and threshold."""
    import analysis.overlap.spread
    import ui.passages
    from conftest import ROOT
    from streamlit.testing.v1 import AppTest
    from test_app_round62 import write_story

    calls: list[int] = []
    grouping = analysis.overlap.spread.passage_clusters

    def counted(*args, **kwargs):
        calls.append(1)
        return grouping(*args, **kwargs)

    monkeypatch.setattr(ui.passages, "passage_clusters", counted)
    monkeypatch.setenv("STORYTRACE_CORPUS", str(write_story(tmp_path / "corpus")))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setattr(analysis.overlap.spread, "passage_clusters", counted)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/spread.py")
    at.run()
    at.run()
    assert not at.exception
    assert len(calls) == 1


def test_the_spread_axis_of_two_weeks_names_every_second_day(tmp_path) -> None:
    """The 1,000-article story corpus's Spread chart spans 14-23 Jan: ticks on its Mondays alone named 14 Jan, 20 Jan
    and 23 Jan, leaving most days with articles unnamed. At most ten day ticks: every second day here."""
    axis = _spread_axis(tmp_path, ["2024-03-04", "2024-03-10", "2024-03-17"])
    assert list(axis["ticktext"]) == ["04 Mar<br>2024", "06 Mar", "08 Mar", "10 Mar", "12 Mar", "14 Mar", "16 Mar"]


def test_the_report_index_prints_a_broken_source_line_as_plain_text() -> None:
    """The seeds' report: index.html printed the market chart's source line as drawn, so its reader saw
    "… 2025-01-31<br>actual moves: reference closing prices" (the picture's line break, escaped)."""
    import plotly.graph_objects as go
    from analysis.charts import ChartResult, finish_figure
    from analysis.report.bundle import bundle_files
    from analysis.filters import FilterState

    source = "Source: Storytrace, 5 articles from 5 outlets, 2025-01-25 to 2025-01-31 · actual moves: reference closing prices"
    figure = finish_figure(go.Figure(go.Bar(x=[1], y=[2])), title="Moves", source=source)
    docs = pd.DataFrame({"outlet": ["A & B"], "published": [pd.Timestamp("2025-01-25")], "published_earliest": [pd.NaT]})
    index = bundle_files([ChartResult("moves", "Moves", figure, pd.DataFrame({"x": [1]}))], docs, FilterState(),
                         formats=("csv",))["index.html"].decode("utf-8")
    assert f"<p class='source'>{source}</p>" in index and "&lt;br&gt;" not in index


def test_the_quote_chart_opens_on_the_quote_the_cards_open_on() -> None:
    """CORPUS145: of quotes printed by three outlets, the chart's first row was "Carillion: monitoring the situation"
    and the first card under it David Lidington's (printed once with words changed): the chart broke ties by
    cluster, the cards by the least faithful printing first. The chart follows the cards."""
    from analysis.quotes.chart import fidelity_table
    from analysis.quotes.table import quote_cards

    def variant(cluster: str, doc: int, fidelity: float) -> dict:
        quote = f"Quote {cluster} as outlet {doc} printed it"
        return {"doc_id": f"d{doc}", "cluster_id": cluster, "speaker": f"Speaker {cluster}", "representative": quote,
                "outlet": f"Outlet {doc}", "fidelity": fidelity, "quote": quote}

    variants = pd.DataFrame([variant("Q1", 0, 100.0), variant("Q1", 1, 100.0), variant("Q1", 2, 100.0),
                             variant("Q2", 0, 100.0), variant("Q2", 1, 75.0), variant("Q2", 2, 100.0)])
    docs = {"d0", "d1", "d2"}
    cards = list(quote_cards(variants, docs, min_outlets=2)["cluster_id"])
    assert cards == ["Q2", "Q1"]
    assert list(fidelity_table(variants, docs).drop_duplicates("cluster_id")["cluster_id"]) == cards


def test_the_entity_heatmap_colours_span_the_named_outlets(tmp_path) -> None:
    """The 1,000-article story corpus: "Other outlets" summed 279 outlets (1,296 mentions of the United States beside
    named cells of 0 to 26), and a colour scale up to it left every named outlet's cell white. The colours span the
    named outlets' counts; the other outlets' sums are the darkest, as the subtitle says."""
    from analysis.corpus.load import load_corpus
    from analysis.entities.chart import render_entity_heatmap
    from analysis.pipeline import analyse

    rows = ["file,outlet,url,published,title"]
    for n in range(16):  # twelve outlets of two articles, four of one: the four summed as "Other outlets"
        for k in range(2 if n < 12 else 1):
            text = "Harwick Mills said on Monday that Dana Ruess would lead the group. " * (1 if n < 12 else 5)
            (tmp_path / f"a{n}_{k}.txt").write_text(f"Harwick Mills results\n\n{text}\n", encoding="utf-8")
            rows.append(f"a{n}_{k}.txt,Outlet {n:02d},,2026-03-0{k + 1},Harwick Mills results")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    chart = render_entity_heatmap(analyse(corpus).entity_mentions, corpus)
    heat = chart.figure.data[0]
    assert list(heat.x)[-1] == "Other outlets" and max(row[-1] for row in heat.z) > heat.zmax
    assert heat.zmax == max(v for row in heat.z for v in row[:-1])
    title = chart.figure.layout.title.text.replace("<br>", " ")
    assert title.endswith(f"summed as \"Other outlets\" colours up to the named outlets' {int(heat.zmax)}, darkest past "
                          "it</span>")  # its own subtitle line
