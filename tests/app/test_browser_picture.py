"""Real browser: the Overview's first view draws its coverage chart as a picture rendered on the server, so the
browser never loads Streamlit's Plotly component (4.7 MB of script) for it; the "Interactive chart" toggle draws
the Plotly chart with its hover and legend."""

from __future__ import annotations

from conftest import wait_for_app

PICTURE = '[data-testid="stImage"] img'
LOADED = "() => [...document.querySelectorAll('[data-testid=stImage] img')].some(i => i.complete && i.naturalWidth > 0)"


def test_the_overview_shows_the_coverage_picture_then_the_interactive_chart_on_request(page, streamlit_server):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(streamlit_server["url"] + "/")
    wait_for_app(page, "Words in a headline or sentence")
    page.wait_for_function(LOADED)
    picture = page.locator(PICTURE).first
    box = picture.bounding_box()
    main = page.locator('[data-testid="stMain"] [data-testid="stVerticalBlock"]').first.bounding_box()
    assert box and main and box["width"] >= 0.95 * main["width"]  # full width of the page's column
    assert box["height"] > 250  # the whole figure, not a strip
    assert page.locator(".js-plotly-plot").count() == 0
    assert not [u for u in requests if "PlotlyChart" in u], "the first view must not load the Plotly component"
    # nor the article table's code (1.6 MB): the table is in the Articles tab, run and sent only when opened
    assert not [u for u in requests if "/DataFrame." in u], "the first view must not load the DataFrame component"
    toggle = page.get_by_text("Interactive chart", exact=True)
    toggle.click()
    page.locator(".js-plotly-plot .main-svg").first.wait_for()
    wait_for_app(page)
    assert page.locator(PICTURE).count() == 0
    assert "Hindustan Times" in page.locator(".js-plotly-plot").first.inner_html()  # the legend
    # the downloads stay under the chart, in its "Download" menu: drawn by the browser only once the menu opens
    assert page.locator('[data-testid="stDownloadButton"]').count() == 0
    page.get_by_role("button", name="Download", exact=True).click()
    page.get_by_role("button", name="PNG", exact=True).wait_for()
    assert page.get_by_role("button", name="PNG", exact=True).count() == 1
    assert page.locator('[data-testid="stException"]').count() == 0
