"""Round 68: the pages as a reader uses them. Each test is a defect seen on screen in Chromium, on a dev corpus or
on an invented one; each fails on the code before its fix."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.app_open import open_app
from tests.app.test_paged_tables import N, many  # noqa: F401  (fixture: 130 articles)


_open = open_app  # the shared opener (round 67's link tests use it by this name)


def test_a_link_to_a_page_of_the_articles_opens_the_articles_tab(many, monkeypatch) -> None:
    """"?docs_sort=Title&docs_order=descending&docs_page=2" without "ov_tab=Articles" opened the Search tab: the
    table it named was not drawn. It opens the Articles tab on that sort and page, and the link names the tab."""
    at = _open(many, "overview", {"docs_sort": "Title", "docs_order": "descending", "docs_page": "2"}, monkeypatch)
    sort = at.selectbox(key="docs_sort")
    assert sort.format_func(sort.value) == "Title"
    assert at.radio(key="docs_order").value == "descending"
    assert at.number_input(key="docs_page").value == 2
    assert at.query_params["ov_tab"] == "Articles"
    assert "Words in a headline or sentence" not in [t.label for t in at.text_input]


def test_a_link_naming_the_search_tab_keeps_it(many, monkeypatch) -> None:
    """A link that names its tab is opened on it, whatever else it carries."""
    at = _open(many, "overview", {"ov_tab": "Search", "docs_page": "2"}, monkeypatch)
    assert at.query_params.get("ov_tab", "Search") == "Search"  # the default tab: Streamlit drops it
    assert [t.label for t in at.text_input if t.key == "ov_search"] == ["Words in a headline or sentence"]
    assert not [s for s in at.selectbox if s.key == "docs_sort"]


def test_a_link_to_a_page_of_the_dates_opens_the_dates_tab(many, monkeypatch) -> None:
    """"?tl_dates_page=2" alone opened the Timeline on its Events tab, the Dates table out of sight."""
    at = _open(many, "timeline", {"tl_dates_page": "2"}, monkeypatch)
    assert at.number_input(key="tl_dates_page").value == 2
    assert at.query_params["tl_tab"] == "Dates"


def test_a_link_to_a_page_of_the_wording_opens_its_expander(many, monkeypatch) -> None:
    """"?tl_wording_page=2" alone opened the page of *Every article's wording* inside a closed expander."""
    at = _open(many, "timeline", {"tl_wording_page": "2"}, monkeypatch)
    assert at.number_input(key="tl_wording_page").value == 2
    assert at.query_params["tl_wording_open"] == "true"
    assert "tl_tab" not in at.query_params  # the wording is on the Events tab, opened by default


def _article_box(at: AppTest):
    return next(s for s in at.selectbox if s.label == "Article")


def test_a_link_names_the_article_picked_under_the_table(many, monkeypatch) -> None:
    """The article picked under the Articles tab's table was not in the link: a copied address opened the first
    article of the table's page. "?ov_article=<file>" opens the Articles tab on the page that lists it, with it
    picked; a pick puts its file in the address, and the first article of the page (the default) takes it out."""
    at = _open(many, "overview", {"ov_article": "a077.txt"}, monkeypatch)
    assert at.query_params["ov_tab"] == "Articles"
    assert at.number_input(key="docs_page").value == 2  # 50 articles a page, as listed: a077 is the 78th
    box = _article_box(at)
    assert box.format_func(box.value) == "Outlet 17 — Headline 077"
    assert any("**Outlet**  \nOutlet 17" in m.value for m in at.markdown)
    box.set_value(81).run()  # the reader picks another article of the page
    assert at.query_params["ov_article"] == "a081.txt"
    _article_box(at).set_value(90).run()  # and another: the pick holds (the link no longer names the first)
    assert at.query_params["ov_article"] == "a090.txt"
    assert _article_box(at).value == 90
    _article_box(at).set_value(50).run()  # the page's first: the default, no parameter
    assert "ov_article" not in at.query_params
    at.number_input(key="docs_page").set_value(3).run()  # another page opens on its first article
    assert _article_box(at).value == 100


def test_a_link_to_an_article_on_the_first_page_and_to_none(many, monkeypatch) -> None:
    """An article of the first page opens on it; a file the selection lacks opens the first article, unnamed."""
    at = _open(many, "overview", {"ov_article": "a003.txt"}, monkeypatch)
    assert at.number_input(key="docs_page").value == 1
    box = _article_box(at)
    assert box.format_func(box.value) == "Outlet 03 — Headline 003"
    at = _open(many, "overview", {"ov_tab": "Articles", "ov_article": "nothing.txt"}, monkeypatch)
    box = _article_box(at)
    assert box.format_func(box.value) == "Outlet 00 — Headline 000"
    assert "ov_article" not in at.query_params


@pytest.fixture(scope="module")
def many_app(many, tmp_path_factory: pytest.TempPathFactory):  # noqa: F811
    """The app (its own server) on the 130 articles; yields its URL."""
    from conftest import _need_browser, run_streamlit

    _need_browser()
    root = tmp_path_factory.mktemp("many-app")
    with run_streamlit(root / "uploads", root / "log.txt", corpus=many) as url:
        yield url


def test_a_copied_table_link_without_its_tab_opens_the_table(browser, many_app) -> None:
    """In Chromium: a link carrying the article table's sort and page but not its tab opened on the Search tab.
    It opens the Articles tab on page 2 sorted by title, descending, and the address bar names the tab."""
    from conftest import wait_for_app

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.set_default_timeout(90_000)
        page.goto(f"{many_app}/?docs_sort=Title&docs_order=descending&docs_page=2")
        wait_for_app(page, "Lines removed in cleaning")
        page.get_by_text("Page (of 3)").wait_for(timeout=30_000)  # the table's controls: on the Articles tab only
        assert page.get_by_role("tab", name="Articles").get_attribute("aria-selected") == "true"
        page.wait_for_function("() => new URLSearchParams(location.search).get('ov_tab') === 'Articles'")
        assert page.get_by_text(f"{N} articles; showing 51–100.").is_visible()
        assert page.locator(".st-key-docs_page input").input_value() == "2"
    finally:
        context.close()


def test_a_copied_article_link_opens_the_article(browser, many_app) -> None:
    """In Chromium: the reader picks an article under the table and copies the address; a new window opens on that
    article (it opened the first of the page). On the Search tab the article is out of the address (it would open
    the Articles tab) and back on the Articles tab it is in it again, still picked."""
    from conftest import wait_for_app

    def box_value(page) -> str:
        return page.locator(".st-key-ov_article_pick input").input_value()

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.set_default_timeout(90_000)
        page.goto(f"{many_app}/?ov_tab=Articles")
        wait_for_app(page, "Article detail")
        assert box_value(page) == "Outlet 00 — Headline 000"
        box = page.locator(".st-key-ov_article_pick input")
        box.click()
        box.fill("Headline 007")
        page.keyboard.press("Enter")
        page.wait_for_function("() => new URLSearchParams(location.search).get('ov_article') === 'a007.txt'")
        wait_for_app(page)
        copied = page.url
        page.get_by_role("tab", name="Search").click()
        page.wait_for_function("() => !new URLSearchParams(location.search).has('ov_article')")
        wait_for_app(page)
        page.get_by_role("tab", name="Articles").click()
        page.wait_for_function("() => new URLSearchParams(location.search).get('ov_article') === 'a007.txt'")
        wait_for_app(page, "Article detail")
        assert box_value(page) == "Outlet 07 — Headline 007"
        other = context.new_page()
        other.set_default_timeout(90_000)
        other.goto(copied)
        wait_for_app(other, "Article detail")
        assert box_value(other) == "Outlet 07 — Headline 007"
        assert other.get_by_role("tab", name="Articles").get_attribute("aria-selected") == "true"
    finally:
        context.close()


def test_a_quote_printed_once_claims_no_fidelity() -> None:
    """A quote printed by one article read "<outlet> · fidelity 100", as if its wording had been checked against
    another printing; it says it is the only printing. A quote printed twice keeps its figures."""
    from tests.app.test_pages_market import open_page

    at = open_page("quotes")
    at.selectbox(key="q_speaker").set_value("Sam Altman").run()  # three quotes, each printed by one outlet
    lines = [m.value for m in at.markdown
             if m.value.startswith("**") and " · " in m.value and "printed by" not in m.value]
    assert len(lines) == 3, lines
    assert all(" · the only printing" in line and "fidelity" not in line for line in lines), lines
    at.selectbox(key="q_speaker").set_value("Everyone").run()
    at.checkbox(key="q_shared").check().run()
    lines = [m.value for m in at.markdown if m.value.startswith("**") and " · fidelity " in m.value]
    assert lines and not [m.value for m in at.markdown if "the only printing" in m.value]


def test_a_cell_filled_to_its_last_character_gets_its_wrapped_line() -> None:
    """Seen in Chromium on the Timeline's events: an event told by eight outlets listed them in nine lines of its
    165 px cell where eight were counted (each line filled to the estimate's last character; the browser, wrapping
    by pixels, moved a word down), so the last outlet was cut at the row's edge. A line is counted one character
    short, so such a list gets its ninth line."""
    import pandas as pd

    from ui.tables import CELL_LINE_PX, CELL_PAD_PX, cell_lines, row_height

    outlets = ("Baytree Money, Copperstone Business Daily, Dalesfield Weekly, Harbourgate Post, Lanternbrook Review, "
               "Northmoor Wire, Ridgeton Markets Review, Solaris Evening Star")
    assert cell_lines(outlets, 165) == 9
    assert row_height(pd.DataFrame({"Reported by": [outlets]}), {"Reported by": 165}) == 9 * CELL_LINE_PX + CELL_PAD_PX
