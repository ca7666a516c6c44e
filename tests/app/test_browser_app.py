"""Real browser (Playwright on Debian's Chromium): the app loads, the outlet filter changes the table, a shared
link restores the filter, and uploads show per-file reasons while good files join the corpus."""

from __future__ import annotations

import re

import pytest
from conftest import wait_for_app

OUTLET_CELLS = '[data-testid="stDataFrame"] [role="gridcell"][id^="glide-cell-1-"]'  # column 1 = Outlet


@pytest.fixture(autouse=True)
def _leave_uploads_as_found(streamlit_server):
    """Uploads made here must not leak into other browser tests that share the server."""
    before = set(streamlit_server["upload_dir"].iterdir())
    yield
    for path in set(streamlit_server["upload_dir"].iterdir()) - before:
        if path.is_file():
            path.unlink()


def outlets_in_table(page) -> list[str]:
    return page.locator(OUTLET_CELLS).all_inner_texts()


def wait_for_rows(page, n: int) -> None:
    page.wait_for_function(f"() => document.querySelectorAll('{OUTLET_CELLS}').length === {n}")


def test_outlet_filter_changes_the_table_and_the_url(page, streamlit_server):
    page.goto(streamlit_server["url"])
    wait_for_app(page, "Articles")
    page.get_by_role("tab", name="Articles").click()  # the first view opens on Search: the table is one click away
    wait_for_rows(page, 5)
    assert "ov_tab=Articles" in page.url
    assert page.locator('[data-testid="stMetricValue"]').first.inner_text() == "5"
    assert len(outlets_in_table(page)) == 5
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
    page.keyboard.type("Hindustan")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function("() => document.querySelector('[data-testid=\"stMetricValue\"]').innerText === '1'")
    wait_for_rows(page, 1)
    assert outlets_in_table(page) == ["Hindustan Times"]
    assert re.search(r"[?&]outlet=Hindustan\+Times", page.url) and "ov_tab=Articles" in page.url


def test_shared_link_opens_filtered(page, streamlit_server):
    page.goto(streamlit_server["url"] + "/?outlet=Daily+The+Business&outlet=newswalaa.com&ov_tab=Articles")
    wait_for_app(page, "Articles")
    wait_for_rows(page, 2)
    assert sorted(outlets_in_table(page)) == ["Daily The Business", "newswalaa.com"]
    assert page.locator('[data-testid="stMetricValue"]').first.inner_text() == "2"


def test_upload_refuses_bad_files_and_adds_good_ones(page, streamlit_server, tmp_path):
    good = tmp_path / "wire-story.txt"
    good.write_text("Chip stocks fell sharply on Monday after a Chinese start-up released a cheap AI model.\n")
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    page.goto(streamlit_server["url"] + "/add")
    wait_for_app(page, "Add articles")
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', [str(good), str(bad)])
    wait_for_app(page)
    page.get_by_role("button", name="Add to corpus").click(timeout=90_000)
    page.get_by_text("Refused scan.txt: binary file (contains NUL bytes)").wait_for()
    page.get_by_text("Added 1 file.").wait_for()
    assert (streamlit_server["upload_dir"] / "wire-story.txt").is_file()
    assert not (streamlit_server["upload_dir"] / "scan.txt").exists()
    page.goto(streamlit_server["url"] + "/?outlet=wire-story&ov_tab=Articles")
    wait_for_app(page, "Articles")
    wait_for_rows(page, 1)
    assert outlets_in_table(page) == ["wire-story"]


def test_user_text_is_never_rendered_as_html(page, streamlit_server, tmp_path):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "Markets slid on Monday <script>alert('xss')</script> as chip stocks fell 5% in heavy trading.\n",
        encoding="utf-8",
    )
    page.goto(streamlit_server["url"] + "/add")
    wait_for_app(page, "Add articles")
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', [str(evil)])
    wait_for_app(page)
    page.get_by_role("button", name="Add to corpus").click(timeout=90_000)
    page.get_by_text("Added 1 file.").wait_for()
    page.goto(streamlit_server["url"] + "/?outlet=evil&ov_tab=Articles")
    wait_for_app(page, "Article detail")
    page.get_by_text("<script>alert('xss')</script>", exact=False).first.wait_for()
    assert page.locator("script:text('xss')").count() == 0
    assert dialogs == []


def test_article_table_shows_every_row_without_scrolling(page, streamlit_server):
    """At 1400 px the article table is tall enough for all five seed articles (it used to hide the fifth behind
    its own scroll bar)."""
    page.goto(streamlit_server["url"] + "/?ov_tab=Articles")
    wait_for_app(page, "Article detail")
    wait_for_rows(page, 5)
    table = page.locator('[data-testid="stDataFrame"]').first
    assert table.bounding_box()["height"] >= 35 + 5 * 86


def test_a_search_result_opens_its_article_and_the_query_outlives_the_tab(page, streamlit_server):
    """The Overview's tabs are lazy (only the open one is run): a search result opens its article under the
    results, and the query is still there after a visit to the Articles tab."""
    page.goto(streamlit_server["url"] + "/?ov_search=Nvidia")
    wait_for_app(page, "1 match")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 34)  # the first result's selection box (header 35 px, rows 68)
    wait_for_app(page, "Search result — Sentence")
    assert page.get_by_text("Article detail", exact=True).count() == 1
    page.get_by_role("tab", name="Articles").click()
    wait_for_app(page, "Article table (CSV)")
    wait_for_rows(page, 5)
    page.get_by_role("tab", name="Search").click()
    wait_for_app(page, "1 match")
    assert page.get_by_role("textbox", name="Words in a headline or sentence").input_value() == "Nvidia"
    assert "ov_search=Nvidia" in page.url
