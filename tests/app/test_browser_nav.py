"""Real browser: a page opened by URL on a fresh server (Streamlit would otherwise run it without app.py),
every page renders without an exception, and choosing an entity filters everything without dropping the
undated articles."""

from __future__ import annotations

import pytest
from conftest import run_streamlit, wait_for_app

URL_PATHS = ["", "add", "overlap", "spread", "quotes", "entities", "timeline", "market", "report"]


def test_deep_link_is_the_first_request_of_a_fresh_server(browser, tmp_path):
    with run_streamlit(tmp_path, tmp_path / "log.txt") as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.goto(f"{url}/quotes?outlet=Hindustan+Times")
        wait_for_app(page, "Quotes")
        page.locator('[data-testid="stSidebar"]').get_by_text("Filters").wait_for()
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.locator('[data-testid="stSidebarNav"]').get_by_text("Source overlap").count() == 1
        # the shared link's filter survived the detour through app.py
        assert page.url.endswith("/quotes?outlet=Hindustan+Times"), page.url
        page.locator('[data-testid="stSidebar"]').get_by_text("Hindustan Times").first.wait_for()
        context.close()


@pytest.mark.parametrize("path", URL_PATHS)
def test_every_page_renders(page, streamlit_server, path):
    page.goto(f"{streamlit_server['url']}/{path}")
    wait_for_app(page)
    page.locator("h1").first.wait_for()
    assert page.locator('[data-testid="stException"]').count() == 0


def test_entity_filter_keeps_undated_articles(page, streamlit_server):
    page.goto(f"{streamlit_server['url']}/?entity=DeepSeek")
    wait_for_app(page, "Articles")
    page.wait_for_function("() => document.querySelector('[data-testid=stMetricValue]')?.innerText === '5'")
    assert page.locator('[data-testid="stSidebar"] input[type="checkbox"]').first.is_checked()
    assert "undated=0" not in page.url


def test_apply_entity_filter_from_the_entities_page(page, streamlit_server):
    page.goto(f"{streamlit_server['url']}/entities")
    wait_for_app(page, "Entities and the spellings seen")
    page.get_by_role("button", name="Apply filter").click()
    page.wait_for_url("**entity=*")
    wait_for_app(page)
    assert "undated=0" not in page.url
    assert page.locator('[data-testid="stSidebar"] input[type="checkbox"]').first.is_checked()
    page.goto(f"{streamlit_server['url']}/?{page.url.split('?', 1)[1]}")
    wait_for_app(page, "Articles")
    page.wait_for_function("() => document.querySelector('[data-testid=stMetricValue]')?.innerText === '5'")


def test_filters_follow_the_user_to_another_page(page, streamlit_server):
    page.goto(f"{streamlit_server['url']}/?outlet=Hindustan+Times")
    wait_for_app(page, "Articles")
    page.wait_for_function("() => document.querySelector('[data-testid=stMetricValue]')?.innerText === '1'")
    page.wait_for_timeout(500)  # a click on the navigation while the first run settles is ignored
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Quotes").click()
    page.wait_for_function("() => location.href.endsWith('/quotes?outlet=Hindustan+Times')")
    wait_for_app(page, "Quotes")
    assert "Hindustan Times" in page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.inner_text()


def test_spread_click_on_a_link_shows_the_taken_passages(page, streamlit_server):
    page.goto(f"{streamlit_server['url']}/spread")
    wait_for_app(page, "Passages and who printed them first")
    diamonds = page.locator(".js-plotly-plot .scatterlayer .trace .points path.point")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .scatterlayer .points path.point').length > 5")
    # the link markers are the last traces drawn; click them until one opens its passages
    for i in range(diamonds.count() - 1, -1, -1):
        diamonds.nth(i).click(force=True)
        wait_for_app(page)
        if page.get_by_text(" took from ", exact=False).count():
            break
    assert page.get_by_text(" took from ", exact=False).first.is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0


def test_a_pages_own_controls_live_in_the_url_beside_the_filters(page, streamlit_server):
    """A shared link opens the page as it was seen: the page's controls are bound to URL parameters (their values
    as the page writes them), and changing one keeps the sidebar's filters in the URL."""
    page.goto(f"{streamlit_server['url']}/overlap?ovl_threshold=82&ovl_level=Documents&outlet=Hindustan+Times")
    wait_for_app(page, "Similarity threshold")
    slider = page.locator('[data-testid="stSlider"]').first
    page.wait_for_function("() => document.querySelector('[data-testid=stSlider]')?.innerText.includes('82')")
    assert "82" in slider.inner_text()
    assert page.get_by_role("radio", name="Documents").is_checked()
    page.get_by_text("Quotes only", exact=True).click()
    page.wait_for_function("() => location.search.includes('ovl_unit=Quotes')")
    query = page.url.split("?", 1)[1]
    assert "ovl_threshold=82" in query and "ovl_level=Documents" in query and "outlet=Hindustan+Times" in query
    assert page.locator('[data-testid="stException"]').count() == 0


def test_the_date_filter_is_a_menu_named_by_its_range(page, streamlit_server):
    """The sidebar's date range is a menu whose label says the range (a shared link's too); the picker is drawn only
    when the menu opens, and a day picked there narrows the articles and the URL."""
    page.goto(f"{streamlit_server['url']}/?from=2025-01-28")
    wait_for_app(page, "Articles")
    sidebar = page.locator('[data-testid="stSidebar"]')
    menu = sidebar.get_by_role("button", name="28 Jan – 31 Jan 2025")
    menu.wait_for()
    assert page.locator('[data-testid="stDateInput"]').count() == 0  # not drawn on the first view
    menu.click()
    page.locator('[data-testid="stDateInputCalendarButton"]').click()
    page.get_by_role("button", name="Sunday, January 26, 2025").click()
    page.wait_for_function("() => location.search.includes('from=2025-01-26')")
    wait_for_app(page)
    sidebar.get_by_role("button", name="26 Jan – 31 Jan 2025").wait_for()
    assert page.locator('[data-testid="stException"]').count() == 0
