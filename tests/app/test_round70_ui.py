"""Round 70: the pages as a reader uses them. Each test is a defect seen on screen in Chromium on a dev corpus, or
left by last round (the names and sentences here are invented); each fails on the code before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.corpus.load import load_corpus
from analysis.pipeline import analyse
from tests.app.app_open import open_app
from tests.app.test_round69_ui import _story, one_outlet_reprints  # noqa: F401  (fixture)

BOARD = "2031-03-04 · Board meets to review the accounts · a1.txt"
TWO = {
    "a1.txt": ("Harbour Wire", "Ardmoor Foods shares closed down 9% on Monday after the grocer cut its forecast. The "
                               "board met on Tuesday to review the accounts."),
    "a2.txt": ("Valley Times", "Ardmoor Foods shares fell 9% on Monday after a profit warning. The board met on "
                               "Tuesday to discuss the accounts."),
}
#: An article on earlier days: its events come first, so every later event's id changes.
EARLIER = ("Harbour Wire", "Ardmoor Foods floated in 2019 at 300 pence a share. Its chief executive resigned on Friday.")


@pytest.fixture
def board_meets(tmp_path: Path) -> Path:
    """Two outlets on a company's fall on Monday and its board's meeting on Tuesday."""
    return _story(tmp_path, dict(TWO))


def test_an_event_is_named_in_the_link_by_what_outlives_its_id(board_meets) -> None:
    """Event ids are numbered over the corpus: an article on earlier days renumbers them, so a link by id opened
    another event. The name (a mention's day, words and file) finds the same event after the article is added."""
    from ui.event_link import event_names, events_named

    before = analyse(load_corpus(board_meets)).timeline
    board = str(before.loc[before["event"].str.startswith("Board"), "event_id"].iloc[0])
    assert event_names(before, [board]) == [BOARD]
    _story(board_meets, {**TWO, "a0.txt": EARLIER})
    after = analyse(load_corpus(board_meets)).timeline
    (now,) = events_named(after, [BOARD])
    assert now != board  # renumbered
    assert sorted(after.loc[after["event_id"] == now, "file"]) == ["a1.txt", "a2.txt"]
    # the other outlet's wording names the same event
    assert events_named(after, ["2031-03-04 · Board meets to discuss the accounts · a2.txt"]) == [now]
    assert events_named(after, ["2031-03-05 · Board meets to review the accounts · a1.txt"]) == []


def test_a_link_naming_an_event_lists_its_wording(board_meets, monkeypatch) -> None:
    """A copied address of the Timeline opened the chart with nothing under it: the event picked was not in the
    link. The link names it, and the page lists every article's wording of it."""
    at = open_app(board_meets, "timeline", {"tl_event": BOARD}, monkeypatch)
    heads = [m.value for m in at.markdown if m.value.startswith("**Selected event")]
    assert heads == ["**Selected event — every article's wording** (2 mentions)"]
    wording = next(d.value for d in at.dataframe if "How it was dated" in d.value.columns)
    assert sorted(wording["Outlet"]) == ["Harbour Wire", "Valley Times"]
    assert all("board met on Tuesday" in s for s in wording["Sentence"])
    assert at.button(key="timeline_filter_outlets").label == "Show only Harbour Wire, Valley Times on every page"


def test_a_link_naming_an_event_the_chart_lacks_lists_nothing(board_meets, monkeypatch) -> None:
    """An event the chart does not draw (another window, or no such event) picks nothing."""
    at = open_app(board_meets, "timeline", {"tl_event": "2031-03-04 · Board resigns · a1.txt"}, monkeypatch)
    assert not [m.value for m in at.markdown if m.value.startswith("**Selected event")]


def test_links_within_one_outlet_say_so_once(one_outlet_reprints, monkeypatch) -> None:  # noqa: F811
    """Two outlets, every link between two articles of one of them, *Show: Outlets*: the page drew its own notice
    in place of the chart, whose empty state says the same (and is what the report and the command line give). One
    notice, the chart's."""
    at = open_app(one_outlet_reprints, "spread", {"spread_level": "outlet"}, monkeypatch)
    notices = [i.value for i in at.info if "between articles of one outlet" in i.value]
    assert notices == ["**How the story spread\\: who took from whom** — No outlet takes passages from another in "
                       "this selection\\: every link is between articles of one outlet\\. Set Show to Articles to see them\\."]
    assert not at.get("plotly_chart")


def test_the_page_tests_share_one_opener() -> None:
    """Three page-test files each had their own AppTest opener, the same steps with different timeouts."""
    from tests.app import test_round66_pages, test_round68_pages, test_round69_ui
    from tests.app.app_open import open_app as shared

    assert test_round68_pages._open is shared
    assert test_round69_ui._open is shared
    assert "open_app(" in Path(test_round66_pages.__file__).read_text(encoding="utf-8").split("def open_on", 1)[1][:200]


def test_the_picked_event_shows_its_sentences_whole(board_meets, monkeypatch) -> None:
    """The picked event's wording was a table of one-line rows at Streamlit's widths: its sentences and how each
    was dated were cut at the table's right edge. Its columns have widths and its rows are as tall as the text."""
    at = open_app(board_meets, "timeline", {"tl_event": BOARD}, monkeypatch)
    table = next(d for d in at.dataframe if "How it was dated" in d.value.columns)
    assert table.proto.row_height >= 50  # two lines at least: a sentence of 18 words in 380 px
    columns = json.loads(table.proto.columns)
    assert {name: columns[name]["width"] for name in ("Sentence", "How it was dated")} == {
        "Sentence": 380, "How it was dated": 245}


@pytest.fixture
def unrelated(tmp_path: Path) -> Path:
    """One outlet's two articles that share no passage."""
    return _story(tmp_path, {
        "a1.txt": ("Harbour Wire", "Ardmoor Foods said on Monday that it had overstated its first-half profit by about "
                                   "40 million pounds."),
        "a2.txt": ("Harbour Wire", "Grocers across the region reported slower sales in the spring as shoppers cut back "
                                   "on fresh food."),
    })


@pytest.mark.parametrize("level", ["article", "outlet"])
def test_a_spread_with_no_link_says_so_once(unrelated, monkeypatch, level) -> None:
    """Two articles that share nothing: the chart said no article takes passages from another, and the passages'
    section below said it again ("No passage is carried by two articles here"); under *Show: Outlets* the page said
    to choose *Show: Articles*, which showed nothing either. One notice, the chart's."""
    at = open_app(unrelated, "spread", {"spread_level": level}, monkeypatch)
    assert [i.value for i in at.info] == [
        "**How the story spread\\: who took from whom** — No article takes passages from another in this selection\\: "
        "lower the similarity threshold or clear the filters\\."]
    assert "Passages and who printed them first" not in [h.value for h in at.subheader]


def test_a_printing_attributed_to_nobody_names_nobody() -> None:
    """A printing attributed to nobody read "attributed to nobody · named as “a "sharp fall in the grocer's…”": the
    words the engine took for its speaker's name, which it had given up on. A printing with a speaker keeps the words
    that name it."""
    from ui.markup import printing_markdown

    assert printing_markdown("Harbour Wire", 3, "fidelity 100", "", "Ardmoor Foods", "none",
                             'a "sharp fall in the grocer\'s margins') == (
        "**Harbour Wire** and 3 other printings word for word alike · fidelity 100 · attributed to nobody")
    assert printing_markdown("Valley Times", 0, "fidelity 87", "Ardmoor Foods", "Ardmoor Foods", "rule",
                             "the grocer") == "**Valley Times** · fidelity 87 · named as “the grocer”"
    assert printing_markdown("Valley Times", 1, "fidelity 87", "Jane Roe", "Ardmoor Foods", "corrected",
                             "the grocer") == ("**Valley Times** and 1 other printing word for word alike · fidelity 87 "
                                               "· attributed to Jane Roe · speaker corrected by the user")


def test_an_event_clicked_is_in_the_link_and_the_link_lists_it(page, streamlit_server) -> None:
    """Chromium, on the seeds: a click on a Timeline mark lists the event's wording and writes the event in the
    address by its name; the address opened in a new page lists the same wording (it opened the chart with nothing
    under it)."""
    from conftest import wait_for_app

    page.goto(f"{streamlit_server['url']}/timeline")
    wait_for_app(page, "Outside the window")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .scatterlayer .points path').length > 3")
    page.locator(".js-plotly-plot .scatterlayer .trace .points path").first.click(force=True)
    page.wait_for_function("() => location.search.includes('tl_event=')")
    wait_for_app(page, "Selected event")
    heading = page.get_by_text("Selected event", exact=False).first.inner_text()
    link = page.url
    assert " · " in link.split("tl_event=", 1)[1].replace("+", " ").replace("%C2%B7", "·")  # a name, not an id
    page.goto("about:blank")
    page.goto(link)
    wait_for_app(page, "Selected event")
    assert page.get_by_text("Selected event", exact=False).first.inner_text() == heading
    assert page.locator('[data-testid="stException"]').count() == 0


@pytest.fixture
def long_sentence(tmp_path: Path) -> Path:
    """An article whose dated sentence takes six lines of the Dates tab's sentence column."""
    return _story(tmp_path, {
        "a1.txt": ("Harbour Wire", "Ardmoor Foods said on Monday that it had overstated its first-half profit by about "
                                   "40 million pounds, that three senior managers in its buying department had been "
                                   "suspended while outside lawyers look into the accounts, and that the results of "
                                   "the review would be published before the annual meeting in the summer."),
        "a2.txt": ("Valley Times", "Ardmoor Foods shares fell 9% on Monday after a profit warning."),
    })


def test_the_dates_tab_fits_the_window_and_cuts_no_sentence(long_sentence, monkeypatch) -> None:
    """The Dates tab's rows were 90 px high (four lines), so a longer sentence was cut at the row's edges, and its
    last three columns ("Resolved against", "Outlet", "Article") were off the table's right edge at 1400 px. Every
    column has a width, and the rows are as tall as the longest sentence."""
    at = open_app(long_sentence, "timeline", {"tl_tab": "Dates"}, monkeypatch)
    _fits(next(d for d in at.dataframe if "Resolved against" in d.value.columns), 925)  # a 1400 px window's main column


def test_every_articles_wording_fits_its_expander(long_sentence, monkeypatch) -> None:
    """The table of every article's wording had one wide sentence column at a fixed row height of 86 px: the sentence
    was cut, and "How it was dated" and "In window" were off the right edge of the expander at 1400 px."""
    at = open_app(long_sentence, "timeline", {"tl_wording_open": "true"}, monkeypatch)
    _fits(next(d for d in at.dataframe if "In window" in d.value.columns), 890)  # inside the expander at 1400 px


def _fits(table, width: int) -> None:
    """Every column of the AppTest dataframe ``table`` has a width, together at most ``width`` px, and its rows are
    as tall as a sentence of six lines."""
    columns = json.loads(table.proto.columns)
    widths = {name: columns.get(name, {}).get("width") for name in table.value.columns}
    assert all(isinstance(w, int) for w in widths.values()), widths
    assert sum(widths.values()) <= width
    assert table.proto.row_height >= 6 * 18 + 16
