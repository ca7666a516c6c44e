"""Real browser, Entities page (issue 14, items 4 and 5): a click on a heatmap cell filters every page on its
entity; a rename made on the page is saved beside the corpus and shows on every page."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlparse

from conftest import run_streamlit, wait_for_app

from analysis.entities.edits import read_edits

CELLS = ".js-plotly-plot .scatterlayer .trace .points path.point"


def test_click_on_a_heatmap_cell_filters_every_page(page, streamlit_server):
    page.goto(f"{streamlit_server['url']}/entities")
    wait_for_app(page, "Entities and the spellings seen")
    page.wait_for_function(f"() => document.querySelectorAll('{CELLS}').length > 5")
    # the first cell is the top entity (most articles) in the first outlet
    page.locator(CELLS).first.click(force=True)
    page.wait_for_url("**entity=*")
    wait_for_app(page)
    wanted = parse_qs(urlparse(page.url).query)["entity"]
    assert wanted == ["DeepSeek"], page.url
    assert page.locator('[data-testid="stException"]').count() == 0
    # another page opened with the same link is filtered too
    page.goto(f"{streamlit_server['url']}/?{urlparse(page.url).query}")
    wait_for_app(page, "Articles")
    page.wait_for_function("() => document.querySelector('[data-testid=stMetricValue]')?.innerText === '5'")


def test_rename_on_the_entities_page_applies_everywhere(browser, tmp_path):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    with run_streamlit(uploads, tmp_path / "log.txt") as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        pg.set_default_timeout(60_000)
        pg.goto(f"{url}/entities")
        wait_for_app(pg, "Entities and the spellings seen")
        pg.get_by_test_id("stExpander").get_by_text("Merge or rename an entity").click()
        pg.get_by_label("New name").fill("DeepSeek Labs")
        pg.get_by_label("New name").press("Enter")
        wait_for_app(pg)
        pg.get_by_role("button", name="Save the edit").click()
        wait_for_app(pg)
        # the click's run may not have started when the page first looks idle (a loaded machine): wait for the file
        deadline = time.monotonic() + 60
        while not read_edits(uploads) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert read_edits(uploads) == {"DeepSeek": "DeepSeek Labs"}
        pg.goto(f"{url}/?entity=DeepSeek+Labs")
        wait_for_app(pg, "Articles")
        pg.wait_for_function("() => document.querySelector('[data-testid=stMetricValue]')?.innerText === '5'")
        assert pg.locator('[data-testid="stException"]').count() == 0
        context.close()
