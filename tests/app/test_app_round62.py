"""Round 62: the pages as an analyst reads them on a real-looking corpus. Each test is a defect seen on screen: a
timeline window that ignored the date filter, a sidebar filter drawn two ways, a chart that rounded a number its
card printed exactly, two sectors told apart only by a hatching."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, run_streamlit, wait_for_app
from streamlit.testing.v1 import AppTest

from tests.app.test_pages_market import open_page

#: An invented story: a crash in early March told by two articles, and a recovery in mid-April, with fewer events,
#: told by two more. The corpus's busiest days are March's; the April articles' own are April's.
ARTICLES = {
    "march-1.txt": ("Harbour Wire", "2024-03-06",
                    "Harwick Mills shares fell 12% on Monday after the group cut its forecast. Dunmore Steel fell 8% "
                    "on Monday. Orlen Tools fell 5% on Tuesday. The Harbour index fell 3% on Tuesday."),
    "march-2.txt": ("Coastal Ledger", "2024-03-07",
                    "Harwick Mills shares fell 12% on Monday. Dunmore Steel fell 8% on Monday. Orlen Tools fell 5% "
                    "on Tuesday. Brenner Bank said on Wednesday it would buy back shares."),
    "april-1.txt": ("Harbour Wire", "2024-04-19",
                    "Harwick Mills shares rose 9% on Thursday after the group raised its forecast. Dunmore Steel "
                    "rose 4% on Thursday."),
    "april-2.txt": ("Valley Times", "2024-04-20",
                    "Harwick Mills shares rose 9% on Thursday. Dunmore Steel rose 4% on Thursday."),
}


def write_story(folder: Path) -> Path:
    """:data:`ARTICLES` as files in ``folder``, with their manifest."""
    folder.mkdir()
    rows = ["file,outlet,published,title"]
    for name, (outlet, published, text) in ARTICLES.items():
        (folder / name).write_text(f"{text.split('.')[0]}\n\n{text}\n")
        rows.append(f"{name},{outlet},{published},{text.split('.')[0]}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n")
    return folder


@pytest.fixture()
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus folder of :data:`ARTICLES` opened by the app."""
    folder = write_story(tmp_path / "corpus")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(folder))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    return folder


def _timeline(query: dict[str, list[str]] | None = None) -> AppTest:
    return open_page("timeline", query)


def _title(at: AppTest) -> str:
    return json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]


def test_the_timeline_opens_on_the_busiest_days_of_the_filtered_articles(story: Path) -> None:
    """Under a date filter keeping only the April articles, the window stayed on the corpus's busiest days in March
    (where these articles date nothing) while its title said "the 8 days with the most dated events"."""
    whole = _timeline()
    assert whole.date_input(key="timeline_window").value == (date(2024, 3, 4), date(2024, 3, 11))
    april = _timeline({"from": ["2024-04-15"]})
    assert april.date_input(key="timeline_window").value == (date(2024, 4, 18), date(2024, 4, 25))
    assert _title(april).startswith("<b>Dated events, 18 Apr – 25 Apr 2024: the 8 days with the most dated events")
    assert [s.value for s in april.subheader][0] == "Events of 18 Apr – 25 Apr 2024"


def test_the_report_draws_the_timeline_the_page_opens_on(tmp_path: Path) -> None:
    """The report's Timeline chart under the same filter shows the same window as the page."""
    from analysis import FilterState, select
    from analysis.corpus.load import load_corpus
    from analysis.pipeline import analyse
    from analysis.report.registry import timeline_charts

    analysis = analyse(load_corpus(write_story(tmp_path / "corpus")))
    (chart,) = timeline_charts(select(analysis, FilterState(date_from=date(2024, 4, 15))))
    assert chart.figure.layout.title.text.startswith("<b>Dated events, 18 Apr – 25 Apr 2024: the 8 days")


def _timeline_after(earlier: AppTest, store: dict) -> AppTest:
    """The Timeline of the session of ``earlier`` rerun with the sidebar filters ``store`` (AppTest reruns a page
    without ``app.py``'s sidebar: a fresh run carries the session's window control and filters)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key in ("timeline_window", "_timeline_default_window"):
        if key in earlier.session_state:
            at.session_state[key] = earlier.session_state[key]
    at.session_state["_filter_store"] = {"outlets": [], "entities": [], "undated": True, **store}
    at.run()
    at.switch_page("pages/timeline.py")
    at.run()
    assert not at.exception
    return at


def test_the_timeline_window_follows_a_filter_set_after_it_opened_unless_the_reader_picked_one(story: Path) -> None:
    """A widget keeps its first value: a date filter set in the sidebar after the Timeline opened left the window
    on March. It follows the filter now, while a window the reader picked stays."""
    march = _timeline()
    april = _timeline_after(march, {"dates": (date(2024, 4, 15), None)})
    assert april.date_input(key="timeline_window").value == (date(2024, 4, 18), date(2024, 4, 25))
    april.date_input(key="timeline_window").set_value((date(2024, 4, 16), date(2024, 4, 24))).run()
    wider = _timeline_after(april, {"dates": (date(2024, 3, 5), None)})
    assert wider.date_input(key="timeline_window").value == (date(2024, 4, 16), date(2024, 4, 24))
    assert "the window you chose" in _title(wider)


SIDEBAR = '[data-testid="stSidebar"]'


def _entity_filter(pg) -> tuple[bool, bool]:
    """Whether the sidebar shows the entity filter's caption, and whether it shows its button (else its box)."""
    captions = pg.locator(f'{SIDEBAR} [data-testid="stCaptionContainer"]').all_inner_texts()
    caption = captions.count("Mentioning any of") == 1
    button = pg.locator(SIDEBAR).get_by_role("button", name="Any entity: list them…").count() == 1
    return caption, button


def test_the_entity_filter_has_one_look_and_a_page_that_finds_the_entities_lists_them(browser, tmp_path) -> None:
    """CORPUS134 seen: the entity filter was a "Mentioning any of" box on Timeline, Market and Entities but a
    "Filter by entity…" link on Overview and on Quotes' first view, though Quotes had just found every entity. It is
    one caption and one box everywhere; a page that finds the entities shows their list at once, and only a page that
    does not need them (Overview) offers a button in the box's place until they are found."""
    (tmp_path / "uploads").mkdir()
    corpus = write_story(tmp_path / "corpus")
    with run_streamlit(tmp_path / "uploads", tmp_path / "log.txt", corpus) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1400})
        pg = context.new_page()
        pg.set_default_timeout(60_000)
        pg.goto(url)
        wait_for_app(pg, "Lines removed in cleaning")
        assert _entity_filter(pg) == (True, True)
        pg.locator(SIDEBAR).get_by_role("link", name="Quotes").click()
        wait_for_app(pg, "Quotations with their speaker")
        pg.locator(f'{SIDEBAR} [data-testid="stMultiSelect"]').nth(1).wait_for()  # outlets, then entities
        assert _entity_filter(pg) == (True, False)
        assert pg.locator('[data-testid="stException"]').count() == 0
        context.close()


def test_the_quote_chart_prints_the_fidelity_the_quote_card_prints(tmp_path: Path) -> None:
    """CORPUS127: a cell of the quote chart read 83 where the quote's card and the table said 83.3 (the chart cut
    the decimals); the chart's cells, hover and data now carry the one decimal the cards print."""
    from analysis.corpus.load import load_corpus
    from analysis.pipeline import analyse
    from analysis.quotes.chart import render_quote_fidelity

    rows = ["file,outlet,url,published,title"]
    for n, wording in enumerate(["open for the whole of the coming winter", "open through the winter", "open for the whole of the coming winter"]):
        (tmp_path / f"a{n}.txt").write_text(f"Port update\n\n“We will keep the gates {wording},” Marta Kellison "
                                            "said.\n", encoding="utf-8")
        rows.append(f"a{n}.txt,Outlet {n},,2026-03-0{n + 1},Port update")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = analyse(corpus).quotes
    card = float(quotes.loc[quotes["outlet"] == "Outlet 1", "fidelity"].iloc[0])
    assert card != int(card)  # a reworded printing scores a fraction
    chart = render_quote_fidelity(quotes, corpus)
    cells = [t for row in chart.figure.data[0].text for t in row if t]
    assert sorted(cells) == sorted([f"{card:g}", "100", "100"])
    assert f"fidelity {card:g}<br>" in " ".join(h for row in chart.figure.data[0].customdata for h in row)
    assert sorted(chart.data["fidelity"]) == [card, 100.0, 100.0]


def test_a_ninth_sector_has_a_colour_of_its_own() -> None:
    """CORPUS134's market chart: Autos and Semiconductors (the first and ninth sectors) were both the palette's
    blue, and Banks and Software & cloud both its orange, told apart only by a hatching hard to see at legend size.
    Sectors past the palette take colours of their own (and keep their patterns for print in grey)."""
    import pandas as pd
    from analysis.market.compare import group_looks

    sectors = ["Autos", "Banks", "Energy", "Financial services", "Hardware & networking", "Industrials", "Insurance",
               "Pharma & biotech", "Semiconductors", "Software & cloud", "Other"]
    looks = group_looks(pd.Series(sectors))
    named = [looks[s] for s in sectors if s != "Other"]
    assert len({colour for colour, _ in named}) == len(named)
    assert looks["Semiconductors"][0] != looks["Autos"][0] and looks["Software & cloud"][0] != looks["Banks"][0]


def test_a_dark_sector_colour_shows_its_pattern_in_light_ink() -> None:
    """The indigo and black bars' dark hatching could not be seen (so not told apart in grey print)."""
    from analysis.market.compare import pattern_ink

    assert [pattern_ink(c) for c in ("#000000", "#332288", "#882255", "#E69F00", "#F0E442", "#9a9a9a")] == [
        "#fff", "#fff", "#fff", "#222", "#222", "#222"]


def _page(page: str, query: dict[str, list[str]] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, values in (query or {}).items():
        at.query_params[key] = values
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception
    return at


def test_an_empty_state_names_the_filters_that_are_set_and_no_others(story: Path) -> None:
    """A corpus with no quotation said "No quote in this selection: clear the outlet or entity filter" with no
    filter set; a date filter past the corpus said "Clear the outlet, entity or date filters". The way out names
    the filters that are set, and only those."""
    quotes = _page("pages/quotes.py")
    assert [i.value for i in quotes.info] == ["No quote in this selection: add articles that quote people."]
    narrowed = _page("pages/quotes.py", {"outlet": ["Harbour Wire"]})
    assert [i.value for i in narrowed.info] == [
        "No quote in this selection: clear the outlet filter in the sidebar, or add articles that quote people."]
    nothing = _page("pages/overlap.py", {"from": ["2030-01-01"], "outlet": ["Valley Times"]})
    assert [w.value for w in nothing.warning] == [
        "No article matches the filters: clear the outlet or date filters in the sidebar."]


def test_a_full_timeline_draws_events_dated_to_their_day_before_week_long_ones_of_as_many_articles(tmp_path: Path) -> None:
    """CORPUS136's busiest week drew six events of one article dated only to "this week" (bars across the whole
    window) and left out events of one article dated to their day: ties went to the earliest start alone."""
    import pandas as pd
    from analysis.corpus.load import load_corpus
    from analysis.timeline.chart import render_timeline_chart
    from analysis.timeline.events import MENTION_COLUMNS

    def mention(doc: int, event_id: str, start: str, end: str, precision: str) -> dict:
        return {"doc_id": f"d{doc}", "file": f"a{doc}.txt", "outlet": f"Outlet {doc}", "sent_id": 0,
                "date_start": date.fromisoformat(start), "date_end": date.fromisoformat(end), "precision": precision,
                "expression": "this week", "kind": "DATE", "basis": "", "event": f"Event {event_id}",
                "key": event_id, "sentence": f"Event {event_id}.", "event_id": event_id, "far_out": False}

    mentions = pd.DataFrame([
        mention(0, "E1", "2024-03-04", "2024-03-04", "day"), mention(1, "E1", "2024-03-04", "2024-03-04", "day"),
        mention(0, "E2", "2024-03-04", "2024-03-10", "range"),
        mention(1, "E3", "2024-03-06", "2024-03-06", "day"),
        mention(2, "E4", "2024-03-07", "2024-03-07", "day"),
    ], columns=MENTION_COLUMNS)
    corpus = load_corpus(write_story(tmp_path / "corpus"))
    chart = render_timeline_chart(mentions, corpus, (date(2024, 3, 4), date(2024, 3, 11)), max_events=3)
    assert sorted(set(chart.data["event_id"])) == ["E1", "E3", "E4"]


def test_the_entity_heatmap_tilts_the_names_of_many_narrow_outlet_columns_further(tmp_path: Path) -> None:
    """CORPUS136's twelve outlet columns, 47 px apart, had their names tilted 20°: each ran on into the next one's
    end ("BNC Business Television ■ Capitol Tech Report ■ FabWeek Magazine" read as one line). Past six columns
    they are tilted 35°, as the quote chart's, with room for them above the source line."""
    from analysis.corpus.load import load_corpus
    from analysis.entities.chart import render_entity_heatmap
    from analysis.filters import FilterState, filter_corpus
    from analysis.pipeline import analyse

    rows = ["file,outlet,url,published,title"]
    for n in range(8):
        (tmp_path / f"a{n}.txt").write_text("Harwick Mills results\n\nHarwick Mills said on Monday that Dana Ruess "
                                            "would lead the group in Lisbon.\n", encoding="utf-8")
        rows.append(f"a{n}.txt,Northbridge Regional Business Wire {n},,2026-03-0{n + 1},Harwick Mills results")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    mentions = analyse(corpus).entity_mentions
    many = render_entity_heatmap(mentions, corpus).figure.layout
    assert many.xaxis.tickangle == -35
    assert many.margin.b >= 50 + 62 + int(len("Northbridge Regional Business Wire 0") * 4.1)
    three = filter_corpus(corpus, FilterState(outlets=tuple(f"Northbridge Regional Business Wire {n}" for n in range(3))))
    assert render_entity_heatmap(mentions, three).figure.layout.xaxis.tickangle == -20


def test_the_date_filter_label_never_reads_backwards() -> None:
    """A link with ?from=2030-01-01 on a corpus ending 5 Sep 2024 labelled the sidebar's date filter "1 Jan 2030 –
    5 Sep 2024" (the open end read as the corpus's last date)."""
    from ui.filters import range_label

    bounds = (date(2024, 7, 31), date(2024, 9, 5))
    assert range_label(date(2030, 1, 1), None, bounds) == "from 1 Jan 2030"
    assert range_label(None, date(2020, 1, 1), bounds) == "until 1 Jan 2020"
    assert range_label(date(2024, 8, 14), None, bounds) == "14 Aug – 5 Sep 2024"
    assert range_label(None, None, bounds) == "31 Jul – 5 Sep 2024"
