"""AppTest: every page opens without an exception; the Overview reacts to filters and shows bad files."""

from __future__ import annotations

import pytest
from conftest import ROOT, SEEDS
from streamlit.testing.v1 import AppTest

PAGES = sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))


def app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens(page):
    at = app()
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value


def test_overview_metrics_on_seeds():
    at = app()
    at.query_params["ov_tab"] = "Articles"  # a link to the article table
    at.run()
    assert not at.exception
    assert [m.label for m in at.metric] == ["Articles", "Outlets", "Sentences", "Lines removed in cleaning"]
    assert [m.value for m in at.metric] == ["5", "5", "146", "111"]  # 111: a date line read as the date is listed too
    assert at.dataframe[0].value["Outlet"].tolist() == [
        "Daily The Business", "International Business Times UK", "Hindustan Times", "newswalaa.com", "Evrim Ağacı (English news)",
    ]


def test_shared_link_filters_the_overview():
    at = app()
    at.query_params["outlet"] = ["Hindustan Times", "Daily The Business"]
    at.query_params["ov_tab"] = "Articles"
    at.run()
    assert not at.exception
    assert [m.value for m in at.metric][:2] == ["2", "2"]
    assert at.dataframe[0].value["Outlet"].tolist() == ["Daily The Business", "Hindustan Times"]
    assert at.session_state["filters"].outlets == ("Hindustan Times", "Daily The Business")


def test_empty_corpus_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYTRACE_CORPUS", str(tmp_path))
    at = app()
    at.run()
    assert not at.exception
    assert "No articles yet" in at.info[0].value


def test_refused_upload_is_shown_and_the_rest_loads(tmp_path, monkeypatch):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "latin.txt").write_bytes("Le march\xe9 a chut\xe9.".encode("latin-1"))
    (uploads / "story.txt").write_text("Chip stocks fell on Monday after the launch of a cheap Chinese model.\n")
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(uploads))
    at = app()
    at.run()
    assert not at.exception
    assert at.metric[0].value == "6"
    assert at.expander[0].label == "1 file could not be loaded — the rest of the corpus is here"
    refused = at.dataframe[0].value
    assert refused["file"].tolist() == ["latin.txt"]
    assert refused["reason"].iloc[0].startswith("not valid UTF-8")


def test_the_overview_does_not_wait_for_the_entities(tmp_path, monkeypatch):
    """Speed as felt: the first Overview of a corpus does not find the entities first; the sidebar offers them,
    and a link naming an entity still filters at once."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".storytrace", "reference"))
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert [m.label for m in at.multiselect] == ["Outlets"]
    assert at.button(key="flt_entities_open").label == "Any entity: list them…"
    asked = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    asked.session_state["_want_entity_filter"] = True  # what the button's click sets
    asked.run()
    assert [m.label for m in asked.multiselect] == ["Outlets", "Mentioning any of"]
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)  # found once: listed from now on
    again.run()
    assert [m.label for m in again.multiselect] == ["Outlets", "Mentioning any of"]
    assert "Nvidia" in again.multiselect(key="flt_entities").options
    linked = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    linked.query_params["entity"] = ["Nvidia"]
    linked.run()
    assert linked.multiselect(key="flt_entities").value == ["Nvidia"]


def test_no_empty_coverage_chart_when_nothing_is_dated(tmp_path, monkeypatch):
    corpus = tmp_path / "undated"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Chipmaker rebounds\n\nBy Jane Doe, Reuters\n\nNvidia shares rose 8.9% after a rout.\n",
                                  encoding="utf-8")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    at = app()
    at.run()
    assert not at.exception
    assert not at.get("plotly_chart")
    assert any(i.value.startswith("No coverage chart") for i in at.info)


def test_the_article_view_lists_its_credits_apart(tmp_path, monkeypatch):
    """Bylines and photo credits are shown as credits of the article (issue 14), read on request so the first
    render does not wait for the entity step."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".storytrace", "reference"))
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["ov_tab"] = "Articles"
    at.run()
    assert not at.exception
    assert not [b for b in at.button if b.key == "overview_credits"]  # one view at a time: the text first
    assert any("Meta" in t.value for t in at.text)
    at.button_group(key="ov_detail_view").set_value("credits").run()
    at.button(key="overview_credits").click().run()
    assert not at.exception
    tables = [d.value for d in at.dataframe if "Credited for" in d.value.columns]
    infos = [i.value for i in at.info if "No byline" in i.value]
    assert tables or infos
    if tables:
        assert set(tables[0]["Credited for"]) <= {"photo", "reporting", "writing", "editing", "byline", "dateline", "copyright", "credit"}


def test_the_article_table_says_where_each_outlet_came_from(tmp_path) -> None:
    """An outlet that is only a file's name shows as such: its basis sits beside it."""
    from analysis import load_corpus
    from analysis.corpus.table import docs_display

    (tmp_path / "harrow_notes.txt").write_text(
        "Quillow Bank slides on bad loans\n\nHarrow Bank shares fell 6% on Tuesday after the lender set aside more "
        "money for bad loans.\n", encoding="utf-8")
    (tmp_path / "wire.txt").write_text(
        "Quillow Bank slides\n\nLONDON, Oct 28 (Reuters) - Quillow Bank shares fell 6% on Tuesday after the lender "
        "set aside more money for bad loans.\n", encoding="utf-8")
    table = docs_display(load_corpus(tmp_path).docs).set_index("File")
    assert list(table.columns[:2]) == ["Outlet", "Outlet basis"]
    assert (table.at["harrow_notes.txt", "Outlet"], table.at["harrow_notes.txt", "Outlet basis"]) == (
        "harrow_notes", "file name")
    assert table.at["wire.txt", "Outlet basis"] == "wire dateline"



def test_the_first_view_runs_only_the_search_tab():
    """Speed as felt (issue 15, item 6): the tabs under the chart are lazy. A plain link opens Search, and the
    article table and the article's detail are neither run nor sent (the table's code was most of what the browser
    fetched before the first view showed); the Articles tab, opened by a click or a link, draws them."""
    at = app()
    at.run()
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Search", "Articles"]
    assert not at.dataframe
    assert [t.key for t in at.text_input] == ["ov_search"]
    assert "Article detail" not in [h.value for h in at.subheader]
    at.session_state["ov_tab"] = "Articles"  # what a click on the tab sets
    at.run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 5 and "Article detail" in [h.value for h in at.subheader]
    assert "ov_search" not in [t.key for t in at.text_input]


def test_the_query_outlives_the_search_tab():
    """A widget a run does not draw loses its value: the query is kept while the Articles tab is open."""
    at = app()
    at.query_params["ov_search"] = "Nvidia"
    at.run()
    hits = at.dataframe[0].value
    assert list(hits.columns) == ["Outlet", "Where", "Text", "Article"] and len(hits) == 1
    at.session_state["ov_tab"] = "Articles"
    at.run()
    assert "ov_search" not in [t.key for t in at.text_input]
    at.session_state["ov_tab"] = "Search"
    at.run()
    assert not at.exception
    assert at.text_input(key="ov_search").value == "Nvidia"
    assert list(at.dataframe[0].value.columns) == ["Outlet", "Where", "Text", "Article"]


def test_the_date_filter_keeps_open_ends():
    """The sidebar's date range is kept as its narrowing: an end at the corpus's first or last date is open, and
    the URL names only the ends that narrow."""
    at = app()
    at.run()
    assert not at.exception
    picker = at.date_input(key="flt_dates")
    first, last = picker.value
    assert (first, last) == (picker.min, picker.max)  # the whole corpus: nothing narrowed, nothing in the URL
    assert "from" not in at.query_params and at.checkbox(key="flt_undated").value
    picker.set_value((first, first)).run()
    assert at.session_state["_filter_store"]["dates"] == (None, first)  # the end at the first date is open
    narrowed = app()  # AppTest's rerun runs the page alone, without app.py's sidebar: a fresh run with that state
    narrowed.session_state["_filter_store"] = dict(at.session_state["_filter_store"])
    narrowed.run()
    assert narrowed.session_state["filters"].date_from is None
    assert narrowed.session_state["filters"].date_to == first
    assert narrowed.query_params["to"] == first.isoformat() and "from" not in narrowed.query_params
    assert 0 < int(narrowed.metric[0].value) < 5


def test_a_link_with_dates_sets_the_date_filter():
    at = app()
    at.query_params["to"] = "2025-01-27"
    at.run()
    assert not at.exception
    assert at.date_input(key="flt_dates").value[1].isoformat() == "2025-01-27"
    assert at.session_state["filters"].date_to.isoformat() == "2025-01-27"
    undated = app()
    undated.query_params["undated"] = "0"
    undated.run()
    assert undated.checkbox(key="flt_undated").value is False


def test_an_article_added_after_the_last_date_is_not_filtered_out(tmp_path, monkeypatch):
    """The date filter keeps no range of its own until one is picked: a session that adds an article published
    after the corpus's last date sees it (a stored range of the old first and last dates hid it)."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".storytrace", "reference"))
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    at = app()
    at.run()
    assert at.metric[0].value == "5"
    store = dict(at.session_state["_filter_store"])
    assert store["dates"] == (None, None)
    (corpus / "later.txt").write_text("Chipmakers recover\n\nLONDON, March 3, 2025 - Chip stocks rose again on Monday.\n",
                                      encoding="utf-8")
    later = app()
    later.session_state["_filter_store"] = store  # the same session, after the upload
    later.run()
    assert later.metric[0].value == "6"
    assert later.date_input(key="flt_dates").value[1].isoformat() == "2025-03-03"
