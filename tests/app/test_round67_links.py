"""Round 67: a link a reader copies reopens the table as it was shown. The Quotes page's number was in the link
("?q_page=3"); every other paged table's sort, order and page were not: a link copied on the third page of the
articles sorted by title opened the first page, as listed. Each is now, under the table's widget keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, run_streamlit, wait_for_app
from streamlit.testing.v1 import AppTest

from tests.app.test_paged_tables import N, many  # noqa: F401  (fixtures: 130 articles)
from tests.app.test_round66_pages import long_reprint, many_quotes  # noqa: F401  (60 passages; 60 quotes)
from tests.app.test_round68_pages import _open as _open_as_given
from ui.passages import PAIRS_PER_PAGE
from ui.tables import PAGE_SIZE

#: Each paged table on its page: the corpus it is long on, its key, a column by its heading and by its name.
TABLES = [
    ("many", "overview", "docs", "Title", "title"),
    ("many", "timeline", "tl_dates", "Article", "article"),
    ("many", "timeline", "tl_wording", "Outlet", "outlet"),
    ("many", "market", "market_table", "Company", "company"),
    ("many_quotes", "entities", "ent_table", "Spellings seen", "Aliases"),
    ("long_reprint", "spread", "spread_passages", "First date", "first_published"),
    ("long_reprint", "overlap", "ovl_pairs", "Similarity", "similarity"),
]


def _open(folder: Path, page: str, link: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on ``folder``, opened on ``page`` by a link with ``link`` as its parameters (as a copied address
    is: the page's path and its query); the Overview's on its Articles tab."""
    return _open_as_given(folder, page, {"ov_tab": "Articles"} | link if page == "overview" else link, monkeypatch)


def _size(key: str) -> int:
    return PAIRS_PER_PAGE if key.endswith("pairs") else PAGE_SIZE


@pytest.mark.parametrize(("corpus", "page", "key", "heading", "name"), TABLES, ids=[t[2] for t in TABLES])
def test_a_link_opens_the_table_on_its_sort_and_page(request, monkeypatch, corpus, page, key, heading, name) -> None:
    """"?<key>_sort=<heading>&<key>_order=descending&<key>_page=2" opens the table sorted so, on its second page."""
    at = _open(request.getfixturevalue(corpus), page,
               {f"{key}_sort": heading, f"{key}_order": "descending", f"{key}_page": "2"}, monkeypatch)
    sort = at.selectbox(key=f"{key}_sort")
    assert sort.format_func(sort.value) == heading
    assert at.radio(key=f"{key}_order").value == "descending"
    assert at.number_input(key=f"{key}_page").value == 2
    assert any(f"; showing {_size(key) + 1}–" in c.value for c in at.caption), [c.value for c in at.caption]


@pytest.mark.parametrize(("corpus", "page", "key", "heading", "name"), TABLES, ids=[t[2] for t in TABLES])
def test_a_link_with_bad_values_opens_the_table_as_listed(request, monkeypatch, corpus, page, key, heading,
                                                          name) -> None:
    """A column the table lacks, an order that is none, a page past the last or not a number: no error, the
    table as listed on its first page, and the values the link could not open taken out of it."""
    folder = request.getfixturevalue(corpus)
    for bad_page in ("99", "two", "0"):
        at = _open(folder, page, {f"{key}_sort": "No such column", f"{key}_order": "sideways",
                                  f"{key}_page": bad_page}, monkeypatch)
        assert at.selectbox(key=f"{key}_sort").value == "(as listed)"
        assert at.radio(key=f"{key}_order").value == "ascending"
        assert at.number_input(key=f"{key}_page").value == 1
        assert any("; showing 1–" in c.value for c in at.caption)
        assert not {f"{key}_sort", f"{key}_order", f"{key}_page"} & set(at.query_params.keys())


@pytest.mark.parametrize(("corpus", "page", "key", "heading", "name"), TABLES, ids=[t[2] for t in TABLES])
def test_a_link_may_name_the_column_and_order_as_typed(request, monkeypatch, corpus, page, key, heading,
                                                       name) -> None:
    """A link typed by hand names the column as the data does ("first_published" for "First date") or in other
    case, and the order in capitals: the table opens so, and the address bar shows the heading."""
    at = _open(request.getfixturevalue(corpus), page, {f"{key}_sort": name.upper(), f"{key}_order": "Descending"},
               monkeypatch)
    sort = at.selectbox(key=f"{key}_sort")
    assert sort.format_func(sort.value) == heading
    assert at.radio(key=f"{key}_order").value == "descending"
    assert at.query_params[f"{key}_sort"] == [heading] or at.query_params[f"{key}_sort"] == heading


def test_the_article_link_shows_the_rows_of_that_page(many, monkeypatch) -> None:  # noqa: F811
    """The rows shown are those of the page the link names, in its order: titles 129 down to 000, the second
    page of 50 from 079."""
    at = _open(many, "overview", {"docs_sort": "Title", "docs_order": "descending", "docs_page": "2"}, monkeypatch)
    table = next(d.value for d in at.dataframe if "Title" in d.value.columns)
    assert table["Title"].tolist() == [f"Headline {n:03d}" for n in range(79, 29, -1)]
    assert f"{N} articles; showing 51–100." in [c.value for c in at.caption]


def test_a_table_of_one_page_drops_its_link(monkeypatch) -> None:
    """The seeds' five articles need no page: a page number or sort left in a link (from a larger corpus, or a
    wider filter) is taken out, so the address copied next does not carry it to a longer table."""
    at = _open(ROOT / "seeds", "overview", {"docs_sort": "Title", "docs_order": "descending", "docs_page": "3"},
               monkeypatch)
    assert not at.number_input and not [s for s in at.selectbox if s.key == "docs_sort"]
    assert not {"docs_sort", "docs_order", "docs_page"} & set(at.query_params.keys())
    assert at.query_params["ov_tab"] in ("Articles", ["Articles"])


def test_the_wording_expander_is_in_the_link_with_its_page(many, monkeypatch) -> None:  # noqa: F811
    """The Timeline's "Every article's wording" holds a paged table: its page was in the link, the expander that
    shows it was not, so the link opened it closed. "?tl_wording_open=true" opens it; a bad value leaves it closed
    and is dropped."""
    at = _open(many, "timeline", {"tl_wording_open": "true", "tl_wording_page": "2"}, monkeypatch)
    wording = next(e for e in at.expander if e.label.startswith("Every article's wording"))
    assert wording.proto.expanded and at.number_input(key="tl_wording_page").value == 2
    at = _open(many, "timeline", {"tl_wording_open": "perhaps"}, monkeypatch)
    wording = next(e for e in at.expander if e.label.startswith("Every article's wording"))
    assert not wording.proto.expanded and "tl_wording_open" not in at.query_params


@pytest.mark.parametrize(("given", "shown_open"), [("false", False), ("no thanks", True), (None, True)])
def test_the_refused_files_expander_is_in_the_link(tmp_path, monkeypatch, given, shown_open) -> None:
    """The Overview's "files could not be loaded" (a paged table, shown open) is in the link open or closed
    ("?ov_refused_open=false", as a reader who closed it saw it); a bad value opens it as it opens by default."""
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "latin.txt").write_bytes("Le march\xe9 a chut\xe9.".encode("latin-1"))
    (uploads / "story.txt").write_text("Chip stocks fell on Monday after the launch of a cheap Chinese model.\n")
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(uploads))
    monkeypatch.delenv("STORYTRACE_CORPUS", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if given is not None:
        at.query_params["ov_refused_open"] = given
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    refused = next(e for e in at.expander if e.label.endswith("could not be loaded — the rest of the corpus is here"))
    assert refused.proto.expanded is shown_open
    assert ("ov_refused_open" in at.query_params) is (given == "false")


def _shows(page, label: str, value: str) -> None:
    """Wait until the input labelled ``label`` holds ``value`` (a fresh server may draw the page twice)."""
    page.wait_for_function(
        "([label, value]) => [...document.querySelectorAll('input')].some("
        "i => i.getAttribute('aria-label') === label && i.value === value)", arg=[label, value], timeout=90_000)


def test_a_copied_link_opens_the_sorted_page_in_chromium(browser, many, tmp_path) -> None:  # noqa: F811
    """In Chromium: a link naming the article table's sort and page opens that page, sorted (its first article,
    "Headline 079", heads the article picker under the table; the grid is drawn on a canvas); the reader types
    the next page's number, and the address copied then opens it in a new window."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        with run_streamlit(tmp_path / "uploads", tmp_path / "log.txt", corpus=many) as url:
            page.goto(f"{url}/?ov_tab=Articles&docs_sort=Title&docs_order=descending&docs_page=2")
            wait_for_app(page, f"{N} articles; showing 51–100.")
            _shows(page, "Page (of 3)", "2")
            _shows(page, "Sort by", "Title")
            _shows(page, "Article", "Outlet 19 — Headline 079")
            assert page.get_by_role("radio", name="descending").is_checked()
            box = page.get_by_label("Page (of 3)")
            box.fill("3")
            box.press("Enter")
            wait_for_app(page, f"{N} articles; showing 101–{N}.")
            page.wait_for_function("() => new URLSearchParams(location.search).get('docs_page') === '3'")
            copied = page.url
            assert "docs_sort=Title" in copied and "docs_order=descending" in copied
            other = context.new_page()
            other.set_default_timeout(90_000)
            other.goto(copied)
            wait_for_app(other, f"{N} articles; showing 101–{N}.")
            _shows(other, "Page (of 3)", "3")
            _shows(other, "Article", "Outlet 29 — Headline 029")
    finally:
        context.close()
