"""Round 65: the pages as an analyst uses them on four new corpora. Each test is a defect seen on screen, in the
address bar or in an export: a typed link whose choice the address bar then dropped, so a link copied from it opened
the default view."""

from __future__ import annotations

import pytest
from conftest import wait_for_app

from tests.app.test_pages_market import open_page


@pytest.mark.parametrize(("page", "key", "typed", "want", "shown"), [
    ("market", "market_colour", ["region"], "region", "Region"),
    ("market", "market_span", ["multi-day"], "multi-day", "Several days or year to date"),
    ("overlap", "ovl_unit", ["quotes"], "quotes", "Quotes only"),
    ("spread", "spread_level", ["outlet"], "outlet", "Outlets"),
    ("timeline", "timeline_colour", ["entity"], "Entity", "Entity"),
])
def test_a_typed_link_keeps_its_choice_in_the_address_bar(page: str, key: str, typed: list[str], want: str,
                                                           shown: str) -> None:
    """"?market_colour=region" opened the Market page coloured by region, but the address bar lost the parameter at
    once (Streamlit drops a bound parameter whose value is not the label it shows, and writes the value a page sets
    only after the reader touches a control): a link copied from the bar opened the page coloured by sector. The
    link is rewritten to the label the control shows ("?market_colour=Region")."""
    at = open_page(page, {key: typed})
    assert at.radio(key=key).value == want
    assert at.query_params[key] == shown


def test_a_typed_link_keeps_several_choices_in_the_address_bar() -> None:
    at = open_page("spread", {"spread_kinds": ["reprint", "REWRITE"]})
    assert at.multiselect(key="spread_kinds").value == ["reprint", "rewrite"]
    assert at.query_params["spread_kinds"] == ["Reprint", "Rewrite"]


def test_a_typed_link_keeps_the_other_parameters() -> None:
    at = open_page("market", {"market_colour": ["region"], "outlet": ["Hindustan Times"], "market_span": ["multi-day"]})
    assert at.query_params["outlet"] == "Hindustan Times"
    assert at.query_params["market_colour"] == "Region"
    assert at.query_params["market_span"] == "Several days or year to date"


def test_a_link_copied_from_the_address_bar_opens_the_same_view(browser, page, streamlit_server) -> None:
    """In Chromium: the typed link's choice is in the address bar as soon as the page has settled, without touching
    a control, and the address copied from it opens the page on that choice in a new window."""
    page.goto(f"{streamlit_server['url']}/market?market_colour=region")
    wait_for_app(page, "Colour bars by")
    page.wait_for_function("() => new URLSearchParams(location.search).get('market_colour') === 'Region'")
    copied = page.url
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        other = context.new_page()
        other.goto(copied)
        wait_for_app(other, "Colour bars by")
        region = other.locator('[data-testid="stRadio"]').filter(has_text="Colour bars by").get_by_role("radio", name="Region")
        assert region.is_checked()
        # a later click elsewhere leaves it there
        other.locator('[data-testid="stRadio"]').filter(has_text="Moves").get_by_text("Several days or year to date").click()
        other.wait_for_function("() => new URLSearchParams(location.search).get('market_span') !== null")
        wait_for_app(other)
        assert "market_colour=Region" in other.url
    finally:
        context.close()


def _saved_names(monkeypatch, page: str, query: dict[str, list[str]] | None = None) -> dict[str, str]:
    """The file name of each download button the page draws, by its label."""
    import streamlit as st

    names: dict[str, str] = {}
    button = st.download_button

    def recording(label, data, file_name=None, *args, **kwargs):
        names[label] = file_name
        return button(label, data, file_name, *args, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    open_page(page, query)
    return names


@pytest.mark.parametrize(("page", "label", "slug"), [
    ("quotes", "All quotes in this selection (CSV)", "quotes"),
    ("entities", "Entities table (CSV)", "entities"),
    ("spread", "Passages (CSV)", "passages"),
    ("market", "Reported vs actual (CSV)", "reported-vs-actual"),
])
def test_a_page_table_is_saved_under_its_days_and_filters(monkeypatch, page: str, label: str, slug: str) -> None:
    """The tables under the charts were saved as "storytrace-quotes.csv", "storytrace-entities.csv"...: the quotes of
    two selections under one name, neither saying which articles it held, while the chart above saved its data as
    "storytrace-quote-fidelity-2025-01-25_2025-01-31-....csv". They are named the same way."""
    whole = _saved_names(monkeypatch, page)
    assert whole[label] == f"storytrace-{slug}-2025-01-25_2025-01-31.csv"
    if page != "spread":  # one outlet shares no passage with itself: no table
        filtered = _saved_names(monkeypatch, page, {"outlet": ["International Business Times UK"]})
        assert filtered[label] == f"storytrace-{slug}-2025-01-27-international-business-times-uk.csv"


def test_the_overlap_pairs_are_saved_under_their_pair(monkeypatch) -> None:
    names = _saved_names(monkeypatch, "overlap")
    name = names["These sentence pairs (CSV)"]
    assert name.startswith("storytrace-overlap-pairs-") and name.endswith("-2025-01-25_2025-01-31.csv")
    assert name != "storytrace-overlap-pairs-2025-01-25_2025-01-31.csv"  # the outlets of the pair are named


def test_the_article_table_is_saved_under_its_days(monkeypatch) -> None:
    names = _saved_names(monkeypatch, "overview", {"ov_tab": ["Articles"]})
    assert names["Article table (CSV)"] == "storytrace-articles-2025-01-25_2025-01-31.csv"


@pytest.fixture()
def story(tmp_path, monkeypatch):
    """A corpus of four invented articles from three outlets (two from Harbour Wire), opened by the app."""
    from test_app_round62 import write_story

    folder = write_story(tmp_path / "corpus")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(folder))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    return folder


def test_overlap_of_one_outlet_points_to_its_articles(story) -> None:
    """A dev corpus under one outlet's filter (two of its articles): the Source overlap page drew an empty chart
    saying "Overlap needs at least two outlets/documents: clear the filters or add articles", though the two
    articles could be compared. The page says so, and the Documents view compares them."""
    at = open_page("overlap", {"outlet": ["Harbour Wire"]})
    assert [i.value for i in at.info] == [
        "Only one outlet in this selection, Harbour Wire (2 articles), so there is no other outlet to compare it "
        "with: choose *Compare: Documents* above to see what its articles share, or clear the outlet filter in the "
        "sidebar."]
    assert not at.get("plotly_chart")
    at.radio(key="ovl_level").set_value("document").run()
    assert not at.exception
    assert not any(i.value.startswith("Only one") for i in at.info)
    # the two articles are compared: they tell two sessions in one template with other figures, which the overlap
    # does not count as shared text (round 65), so the comparison's own empty state says so
    assert [i.value for i in at.info if "between documents" in i.value]


def test_overlap_of_one_article_says_so(story) -> None:
    at = open_page("overlap", {"outlet": ["Valley Times"]})
    assert [i.value for i in at.info] == [
        "Only one article in this selection, so there is nothing to compare it with: clear the outlet filter in the "
        "sidebar, or add articles on the *Add articles* page."]


def test_reported_moves_without_a_reference_show_their_sentences(story) -> None:
    """A dev corpus under one outlet, no reference prices: "Reported vs actual" listed Company, Outlet, Session and
    Reported only, so two sentences of one outlet giving "up 3.4%" for one session read as one row printed twice.
    Without the reference's three columns, the table has room for each move's sentence."""
    at = open_page("market")
    table = next(t.value for t in at.dataframe if "Reported" in t.value.columns)
    assert list(table.columns) == ["Company", "Outlet", "Session", "Reported", "Sentence"]
    assert "Orlen Tools fell 5% on Tuesday." in set(table["Sentence"])


def test_where_outlets_disagree_under_one_outlet_says_why_it_is_empty(story) -> None:
    """Under one outlet's filter the page said "Add more outlets' reports of the same session to compare them", when
    the other outlets' reports were in the corpus, hidden by the filter."""
    at = open_page("market", {"outlet": ["Harbour Wire"]})
    assert ("Only one outlet in this selection, so no outlets' figures to set against each other: clear the outlet "
            "filter in the sidebar, or add other outlets' reports of the same sessions.") in [i.value for i in at.info]


def test_quotes_under_one_outlet_say_the_filter_hides_the_other_wordings() -> None:
    """Under one outlet's filter the Quotes page said "No quote here was printed by two or more outlets", which read
    as a fact of the story, when the filter hid the other outlets' printings."""
    at = open_page("quotes", {"outlet": ["International Business Times UK"]})
    assert at.info[0].value == ("Only one outlet in this selection, so no other outlet's wording to compare its "
                                "quotes with (they are listed below): clear the outlet filter in the sidebar, or add "
                                "other outlets' articles on the *Add articles* page.")


def test_many_search_results_keep_the_picked_article_near(page, streamlit_server) -> None:
    """"recall" on a dev corpus found 84 sentences, all drawn in one table 7,000 px tall, and "pick one to open its
    article below" opened the article under the last of them. The table shows eight rows and scrolls inside."""
    page.goto(f"{streamlit_server['url']}/?ov_search=DeepSeek")
    wait_for_app(page, "pick one to open its article below")
    assert "53 matches" in page.get_by_text("pick one to open its article below").first.inner_text()
    table = page.locator('[data-testid="stDataFrame"]').first
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    assert box["height"] <= 8 * 86 + 60, box  # eight rows of four lines and the header, not 53
    page.mouse.click(box["x"] + 16, box["y"] + 36 + 43)  # the first row's selection box
    wait_for_app(page, "Article detail")
    detail = page.get_by_role("heading", name="Article detail").bounding_box()
    assert detail["y"] - (box["y"] + box["height"]) < 150, (detail, box)


def test_the_order_of_a_long_table_is_offered_once_a_column_is_chosen(monkeypatch, tmp_path_factory) -> None:
    """A long table opened on "Sort by: (as listed)" beside "ascending / descending": a click on "descending"
    changed nothing, as the listed order has no direction. The order is offered once a column is chosen."""
    from tests.app.test_paged_tables import _overview, many

    folder = many.__wrapped__(tmp_path_factory)
    at = _overview(folder, monkeypatch)
    assert at.selectbox(key="docs_sort").value == "(as listed)"
    assert at.radio(key="docs_order").disabled
    at.selectbox(key="docs_sort").set_value("Words").run()
    assert not at.radio(key="docs_order").disabled
