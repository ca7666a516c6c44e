"""Round 69: the pages as a reader uses them. Each test is a defect seen on screen in Chromium on a dev corpus (the
names and sentences here are invented); each fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import FilterState, select
from analysis.corpus.load import load_corpus
from analysis.market.compare import render_market_chart, reported_vs_actual
from analysis.pipeline import analyse
from tests.app.app_open import open_app


def _story(folder: Path, texts: dict[str, tuple[str, str]]) -> Path:
    """A corpus of one-paragraph articles: ``{file: (outlet, text)}``, all published on a Wednesday."""
    rows = ["file,outlet,published,title"]
    for file, (outlet, text) in texts.items():
        (folder / file).write_text(f"Ardmoor Foods shares\n\n{text}\n", encoding="utf-8")
        rows.append(f"{file},{outlet},2031-03-05,Ardmoor Foods shares")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def two_sessions(tmp_path: Path) -> Path:
    """Two outlets on one company's fall on Monday and its rise on Tuesday."""
    return _story(tmp_path, {
        "a1.txt": ("Harbour Wire", "Ardmoor Foods shares closed down 9% on Monday after the grocer cut its forecast. "
                                   "The shares rose 3% on Tuesday."),
        "a2.txt": ("Valley Times", "Ardmoor Foods shares fell 9% on Monday after a profit warning. On Tuesday the "
                                   "stock closed 3% higher."),
    })


def test_a_click_on_a_bar_lists_the_moves_of_its_session(two_sessions) -> None:
    """A click on "Ardmoor Foods · 03 Mar" listed under the chart every move of the company, Tuesday's rise too,
    under "What the articles say about Ardmoor Foods". It lists the bar's session, and the heading names it."""
    from ui.market_pick import bar_moves

    sel = select(analyse(load_corpus(two_sessions)), FilterState())
    chart = render_market_chart(reported_vs_actual(sel.moves(), pd.DataFrame()), sel.view.docs)
    bars = sorted(y for t in chart.figure.data if t.type == "bar" for y in t.y)
    assert bars == ["Ardmoor Foods · 03 Mar", "Ardmoor Foods · 04 Mar"]
    rows, when = bar_moves(chart.data, "Ardmoor Foods", "Ardmoor Foods · 03 Mar")
    assert when == "03 Mar"
    assert sorted(rows["pct"]) == [-9.0, -9.0]
    assert sorted(rows["outlet"]) == ["Harbour Wire", "Valley Times"]
    rows, when = bar_moves(chart.data, "Ardmoor Foods", "Ardmoor Foods · 04 Mar")
    assert (when, sorted(rows["pct"])) == ("04 Mar", [3.0, 3.0])
    # a chart of one bar labels it with the company alone: all its rows
    rows, when = bar_moves(chart.data, "Ardmoor Foods", "Ardmoor Foods")
    assert (when, len(rows)) == ("", 4)


def test_the_overview_keeps_no_link_state_of_its_own() -> None:
    """The Overview page was the longest (305 lines), a third of it the state of the picked article's link; that
    state lives in :mod:`ui.article_link`, and the page reads and writes neither the URL nor the session itself."""
    from conftest import ROOT

    source = (ROOT / "pages" / "overview.py").read_text(encoding="utf-8")
    assert "query_params" not in source and "session_state" not in source
    assert len(source.splitlines()) < 280


def _article_link_script() -> None:
    import streamlit as st

    from ui.article_link import hold_article_link, return_article_link

    if st.session_state.get("tab", "Search") == "Search":
        hold_article_link()
    else:
        return_article_link()
    st.write(st.query_params.get("ov_article", "none"))


def test_the_article_waits_out_of_the_link_while_the_search_tab_is_open() -> None:
    """"?ov_article=a2.txt" is out of the address while the Search tab is open (it would open the Articles tab) and
    back when the Articles tab opens."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_article_link_script)
    at.query_params["ov_article"] = "a2.txt"
    at.run()
    assert at.markdown[0].value == "none" and "ov_article" not in at.query_params
    at.session_state["tab"] = "Articles"
    at.run()
    assert at.markdown[0].value == "a2.txt"


_open = open_app


def test_a_link_naming_a_bar_lists_its_moves(two_sessions, monkeypatch) -> None:
    """A bar clicked on the Market chart listed its moves under the chart, but the address did not name it: a copied
    link opened the chart with nothing under it. The bar is in the link by its label, and the link lists its moves."""
    at = _open(two_sessions, "market", {"market_bar": "Ardmoor Foods · 04 Mar"}, monkeypatch)
    heads = [m.value for m in at.markdown if m.value.startswith("**What the articles say")]
    assert heads == ["**What the articles say about Ardmoor Foods (04 Mar)**"]
    detail = at.dataframe[0].value
    assert sorted(detail["Reported"]) == ["up 3%", "up 3%"]
    assert list(detail.columns) == ["Outlet", "Session", "Reported", "Sentence"]  # no empty reference columns


def test_a_link_naming_a_bar_the_chart_lacks_lists_nothing(two_sessions, monkeypatch) -> None:
    """A bar of another view or selection in the link ("Ardmoor Foods · 10 Mar") picks nothing."""
    at = _open(two_sessions, "market", {"market_bar": "Ardmoor Foods · 10 Mar"}, monkeypatch)
    assert not [m.value for m in at.markdown if m.value.startswith("**What the articles say")]


def test_the_spread_of_one_article_says_there_is_no_other(two_sessions, monkeypatch) -> None:
    """Under a filter that leaves one article, the Spread page told the reader to "lower the similarity threshold"
    (twice: above the chart and above the passages), which cannot bring a second article. It says why, as the
    Source overlap page does, and which filter to clear."""
    at = _open(two_sessions, "spread", {"outlet": "Harbour Wire"}, monkeypatch)
    assert [i.value for i in at.info] == [
        "Only one article in this selection, so no article to take passages from another: clear the outlet filter in "
        "the sidebar, or add articles on the *Add articles* page."]
    assert not at.get("plotly_chart")


@pytest.fixture
def one_outlet_reprints(tmp_path: Path) -> Path:
    """One outlet's two articles, the second taking the first's passage, and another outlet's article."""
    told = ("Ardmoor Foods said on Monday that it had overstated its first-half profit by about 40 million pounds "
            "and suspended three senior managers while lawyers look into the accounts.")
    return _story(tmp_path, {
        "a1.txt": ("Harbour Wire", told),
        "a2.txt": ("Harbour Wire", told + " The shares fell 9%."),
        "a3.txt": ("Valley Times", "Grocers across the region reported slower sales in the spring."),
    })


def test_the_spread_of_one_outlet_says_to_show_articles(one_outlet_reprints, monkeypatch) -> None:
    """Under one outlet, *Show: Outlets* drew no link and told the reader to lower the similarity threshold; the
    outlet has no other outlet to take from. The page says so and points to *Show: Articles*, where its articles'
    link is drawn."""
    at = _open(one_outlet_reprints, "spread", {"outlet": "Harbour Wire", "spread_level": "outlet"}, monkeypatch)
    assert at.info[0].value == (
        "Only one outlet in this selection, Harbour Wire (2 articles), so no outlet to take from another: choose "
        "*Show: Articles* above to see what its articles took from each other, or clear the outlet filter in the "
        "sidebar.")
    at.radio(key="spread_level").set_value("article").run()
    assert not at.exception
    assert "Only one outlet" not in " ".join(i.value for i in at.info)
    assert len(at.get("plotly_chart")) == 1


def test_entities_of_no_type_chosen_say_the_type_filter_empties_them(two_sessions, monkeypatch) -> None:
    """With *Types* set to one the selection lacks, the heatmap's notice said "No named entity in this selection:
    clear the entity or outlet filter" (no such filter was set) and the table's repeated the point below. One notice
    says the types chosen empty the page and which types there are."""
    at = _open(two_sessions, "entities", {"ent_types": "PRODUCT"}, monkeypatch)
    (notice,) = [i.value for i in at.info]
    assert notice.startswith("No entity of the type PRODUCT in this selection (it names ")
    assert notice.endswith(": choose other *Types* above.")
    assert not at.get("plotly_chart")


def test_a_bar_clicked_is_in_the_link_and_the_link_lists_it(page, streamlit_server) -> None:
    """Chromium: a click on a Market bar lists its moves and writes the bar in the address; the address opened in a
    new page lists the same moves (a copied address opened the chart with nothing under it)."""
    from conftest import wait_for_app

    page.goto(f"{streamlit_server['url']}/market")
    wait_for_app(page, "Reported vs actual")
    bars = page.locator(".js-plotly-plot .barlayer .trace .points path")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .barlayer .points path').length > 3")
    bars.first.click(force=True)
    page.wait_for_function("() => location.search.includes('market_bar=')")
    wait_for_app(page, "What the articles say about")
    heading = page.get_by_text("What the articles say about", exact=False).first.inner_text()
    link = page.url
    page.goto("about:blank")
    page.goto(link)
    wait_for_app(page, "What the articles say about")
    assert page.get_by_text("What the articles say about", exact=False).first.inner_text() == heading
    assert "market_bar=" in page.url
    assert page.locator('[data-testid="stException"]').count() == 0
