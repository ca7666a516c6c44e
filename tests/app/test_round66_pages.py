"""Round 66: the pages as a reader uses them. Each test is a defect seen on screen: a long page of quotes or rows
could be turned only from its page number box above the list, so a reader at its foot scrolled back up."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import ROOT, run_streamlit, wait_for_app
from streamlit.testing.v1 import AppTest

from tests.app.app_open import open_app

FIRST = ["Maria", "David", "Laura", "Peter", "Helen", "James", "Sofia", "Martin"]
LAST = ["Lopez", "Becker", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Keller"]
POOL = ("harbour copper ledger orchard beacon lantern meadow granite willow falcon canvas summit timber velvet quarry "
        "ember river castle thunder pepper silver garden mirror candle basket jungle marble rocket saddle violin walnut "
        "zephyr anchor bridge cobalt dragon feather glacier hammer island jasmine kettle lemon magnet nickel oyster "
        "pillow quartz ribbon").split()
OUTLETS = ["Daily Post", "Evening Ledger", "Harbour Times"]
N = 60  # three pages of quote cards (20 a page), two pages of entities (50 a page)


def write_corpus(folder: Path) -> Path:
    """N invented articles, each with one quotation of its own (words drawn at random, so no two are grouped) by a
    speaker of its own."""
    rows = ["file,outlet,published,title"]
    for i in range(N):
        who = f"{FIRST[i % 8]} {LAST[i // 8 % 8]}"
        w = random.Random(i).sample(POOL, 7)
        text = (f"Acme Corp shares fell {i % 9 + 1}% on Monday after the company cut its forecast.\n\n"
                f"“{w[0].capitalize()} {w[1]} {w[2]} {w[3]}, {w[4]} {w[5]} {w[6]},” {who} said on Monday.\n\n"
                f"{who} spoke at a conference in Boston.")
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
        rows.append(f"a{i:03d}.txt,{OUTLETS[i % 3]},2025-03-{1 + i % 20:02d},Headline {i:03d}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def many_quotes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("many-quotes"))


def open_on(folder: Path, page: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return open_app(folder, page, {}, monkeypatch)


def _first_speaker(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "· printed by" in m.value)


def test_the_quotes_page_is_turned_at_its_foot(many_quotes, monkeypatch) -> None:
    """Twenty quote cards a page, and the page number only above the first: at the twentieth card the reader
    scrolled back up to turn the page. The foot has *Previous page* / *Next page* and says where the reader is."""
    at = open_on(many_quotes, "quotes", monkeypatch)
    assert at.number_input(key="q_page").value == 1
    assert at.button(key="q_prev").disabled and not at.button(key="q_next").disabled
    first = _first_speaker(at)
    assert "Page 1 of 3: 1–20 of 60 quotes." in [c.value for c in at.caption]
    at.button(key="q_next").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.number_input(key="q_page").value == 2
    assert "Page 2 of 3: 21–40 of 60 quotes." in [c.value for c in at.caption]
    assert "60 quotes; showing 21–40." in [c.value for c in at.caption]
    assert _first_speaker(at) != first
    at.button(key="q_next").click().run()
    assert at.number_input(key="q_page").value == 3
    assert at.button(key="q_next").disabled
    at.button(key="q_prev").click().run()
    assert at.number_input(key="q_page").value == 2
    assert not at.warning, [w.value for w in at.warning]  # no "set via the Session State API" warning


def test_a_long_table_is_turned_at_its_foot(many_quotes, monkeypatch) -> None:
    """The same for every table drawn a page at a time (here the entities, 50 rows of which fill 3,000 px)."""
    at = open_on(many_quotes, "entities", monkeypatch)
    assert at.number_input(key="ent_table_page").value == 1
    table = next(d.value for d in at.dataframe if "Entity" in d.value.columns)
    at.button(key="ent_table_next").click().run()
    assert at.number_input(key="ent_table_page").value == 2
    total = int(next(c.value for c in at.caption if c.value.startswith("Page 2 of 2: 51–")).split(" of ")[-1].split()[0])
    assert total > 50
    later = next(d.value for d in at.dataframe if "Entity" in d.value.columns)
    assert len(later) == total - 50 and set(later["Entity"]).isdisjoint(table["Entity"])


def test_a_table_of_one_page_has_no_foot(monkeypatch) -> None:
    """The seeds' five articles: nothing to turn, no buttons."""
    at = open_on(ROOT / "seeds", "entities", monkeypatch)
    assert not [b for b in at.button if b.key and b.key.endswith(("_next", "_prev"))]


def test_next_page_at_the_foot_opens_the_new_page_at_its_top(browser, many_quotes, tmp_path) -> None:
    """In Chromium: the reader at the foot of the Quotes page clicks *Next page*; the page number box says 2 and is
    back in view, with the new first card under it (the page did not stay at the foot of the new page)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        with run_streamlit(tmp_path / "uploads", tmp_path / "log.txt", corpus=many_quotes) as url:
            page.goto(f"{url}/quotes")
            wait_for_app(page, "Page 1 of 3")
            foot = page.get_by_role("button", name="Next page")
            foot.scroll_into_view_if_needed()
            box = page.locator(".st-key-q_page")
            assert box.bounding_box()["y"] < 0  # scrolled far below the page number
            foot.click()
            wait_for_app(page, "Page 2 of 3")
            page.wait_for_function("() => { const b = document.querySelector('.st-key-q_page');"
                                   " const r = b.getBoundingClientRect(); return r.top >= 0 && r.top < 300; }")
            assert page.locator(".st-key-q_page input").input_value() == "2"
            assert page.get_by_text("60 quotes; showing 21–40.").is_visible()
            # the page is in the link, so the address copied from the bar opens it
            page.wait_for_function("() => new URLSearchParams(location.search).get('q_page') === '2'")
    finally:
        context.close()


def _downloads(monkeypatch) -> dict[str, tuple[str, bytes]]:
    """Record each download button's file name and data, by its label."""
    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator

    saved: dict[str, tuple[str, bytes]] = {}
    button = DeltaGenerator.download_button

    def recording(self, label, data, file_name=None, *args, **kwargs):
        saved[label] = (file_name, data() if callable(data) else data)
        return button(self, label, data, file_name, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", recording)
    monkeypatch.setattr(st, "download_button", lambda *a, **k: recording(st._main, *a, **k))
    return saved


def test_the_quotes_csv_holds_the_quotes_listed(many_quotes, monkeypatch) -> None:
    """A search for one speaker listed her quotes, but the page's only CSV saved all 60 quotes of the selection
    under "storytrace-quotes-…": the narrowed list is saved too, named after the choice."""
    import io

    import pandas as pd

    saved = _downloads(monkeypatch)
    at = open_on(many_quotes, "quotes", monkeypatch)
    assert [k for k in saved if "CSV" in k and "quote" in k] == ["All quotes in this selection (CSV)"]
    at.selectbox(key="q_speaker").set_value("Maria Lopez").run()
    name, data = saved["The 1 quote listed (CSV)"]
    assert name == "storytrace-quotes-maria-lopez-2025-03-01_2025-03-20.csv"
    rows = pd.read_csv(io.BytesIO(data))
    assert rows["speaker"].tolist() == ["Maria Lopez"] and rows["file"].tolist() == ["a000.txt"]
    assert len(pd.read_csv(io.BytesIO(saved["All quotes in this selection (CSV)"][1]))) == N
    at.selectbox(key="q_speaker").set_value("Everyone").run()
    at.text_input(key="q_search").set_value("Boston").run()  # no quote holds it: nothing listed, nothing to save
    saved.clear()
    at.text_input(key="q_search").set_value("Lopez").run()
    name, data = saved["The 8 quotes listed (CSV)"]
    assert name == "storytrace-quotes-lopez-2025-03-01_2025-03-20.csv" and len(pd.read_csv(io.BytesIO(data))) == 8


def _saved_names(monkeypatch) -> list[str]:
    """The file name of every download button a page draws (charts' menus included), in order."""
    import streamlit as st

    names: list[str] = []
    button = st.download_button

    def recording(label, data, file_name=None, *args, **kwargs):
        names.append(file_name)
        return button(label, data, file_name, *args, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    return names


@pytest.mark.parametrize(("page", "query", "wanted"), [
    ("entities", {"ent_types": ["PERSON"]}, ["storytrace-entity-outlet-heatmap-person-2025-01-25_2025-01-31.csv",
                                             "storytrace-entities-person-2025-01-25_2025-01-31.csv"]),
    ("entities", {"ent_top": ["10"]}, ["storytrace-entity-outlet-heatmap-top-10-2025-01-25_2025-01-31.png"]),
    ("overlap", {"ovl_unit": ["Quotes only"], "ovl_threshold": ["80"]},
     ["storytrace-source-overlap-outlet-quotes-only-similarity-80-2025-01-25_2025-01-31.svg"]),
    ("spread", {"spread_kinds": ["Quotes only"], "spread_threshold": ["70"]},
     ["storytrace-spread-quotes-similarity-70-2025-01-25_2025-01-31.csv",
      "storytrace-passages-quotes-similarity-70-2025-01-25_2025-01-31.csv"]),
    ("market", {"market_colour": ["Region"]}, ["storytrace-market-reaction-by-region-2025-01-25_2025-01-31.png"]),
])
def test_a_chart_saved_under_a_page_choice_is_named_after_it(monkeypatch, page, query, wanted) -> None:
    """The heatmap of the people and the heatmap of every type (or the overlap of quotes at 80 and of all text at
    75) were saved under one name: the page's own choices are in the file names of its charts and tables."""
    from tests.app.test_pages_market import open_page

    names = _saved_names(monkeypatch)
    open_page(page, query)
    assert set(wanted) <= set(names), names


def test_a_chart_under_the_default_choices_keeps_its_name(monkeypatch) -> None:
    from tests.app.test_pages_market import open_page

    names = _saved_names(monkeypatch)
    open_page("entities")
    assert "storytrace-entity-outlet-heatmap-2025-01-25_2025-01-31.png" in names
    assert "storytrace-entities-2025-01-25_2025-01-31.csv" in names


SMELTER = (
    "Harlow Mining said on Monday it would close its copper smelter in the northern valley by the end of the year, "
    "cutting about 400 jobs.\n\nThe company blamed falling metal prices and rising power costs for the decision, which "
    "it called painful but necessary.\n\n“We have run out of ways to keep this plant open without losing money on every "
    "tonne,” chief executive Dana Whitfield said.\n\nThe smelter opened in 1974 and was once the largest employer in the "
    "district.\n\nUnion leaders said they would seek talks with the regional government about a rescue plan.")
VALLEY = (
    "Workers in the northern valley reacted with anger to the news that their employer would shut its plant.\n\n“We "
    "have run out of ways to keep this plant open without losing money on every tonne,” chief executive Dana Whitfield "
    "said.\n\nLocal shop owners feared that the closure would empty the town centre within two years.\n\nThe regional "
    "government has not yet said whether it will offer any support to the workers.")


@pytest.fixture(scope="module")
def reprint_and_quote(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wire story, a paper that reprints it whole, and one that quotes only its quotation."""
    folder = tmp_path_factory.mktemp("reprint-and-quote")
    for name, text in (("a.txt", SMELTER), ("b.txt", SMELTER), ("c.txt", VALLEY)):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,outlet,published,title\na.txt,First Wire,2025-05-05,Smelter to close\n"
        "b.txt,Second Herald,2025-05-06,Smelter to close\nc.txt,Third Gazette,2025-05-07,Anger in the valley\n",
        encoding="utf-8")
    return folder


def _passages(at: AppTest) -> list[str]:
    return [p for d in at.dataframe if "Passage" in d.value.columns for p in d.value["Passage"]]


def test_the_kinds_of_reuse_narrow_the_passages_too(reprint_and_quote, monkeypatch) -> None:
    """*Kinds of reuse: Quotes only* drew the one quoting link, but the passages table under the chart still listed
    the five passages of the reprint: it lists the passages carried by articles linked as the kinds chosen."""
    names = _saved_names(monkeypatch)
    at = open_on(reprint_and_quote, "spread", monkeypatch)
    assert len(_passages(at)) == 5
    at.multiselect(key="spread_kinds").set_value(["quotes"]).run()
    assert [p[:20] for p in _passages(at)] == ["“We have run out of "]
    assert any("of the articles whose link is of the kind *Quotes only*." in c.value for c in at.caption)
    assert "storytrace-passages-quotes-2025-05-05_2025-05-07.csv" in names
    at.multiselect(key="spread_kinds").set_value(["reprint"]).run()
    assert len(_passages(at)) == 5


def test_kinds_with_no_link_say_which_kinds_there_are(monkeypatch) -> None:
    """The seeds' links are all quotations: *Reprint* emptied the chart with "lower the similarity threshold or
    clear the filters", which would not bring a reprint; the page names the kinds the selection has."""
    from tests.app.test_pages_market import open_page

    at = open_page("spread", {"spread_kinds": ["Reprint"]})
    assert [i.value for i in at.info] == [
        "No link in this selection is of the kind *Reprint* (its links are *Quotes only*): choose other *Kinds of "
        "reuse* above.",
        "No passage is carried by two articles whose link is of the kind *Reprint*: choose other *Kinds of reuse* "
        "above."]


LONG_RUN = (
    "Acme Corp shares fell 4% on Monday after the company cut its forecast, and Borealis Inc rose 2% on Monday.\n\n"
    "Acme Corp shares have fallen 30% this year, and Borealis Inc is up 12% so far this year.")


def test_the_reported_vs_actual_table_follows_the_moves_choice(tmp_path, monkeypatch) -> None:
    """*Moves: Several days or year to date* drew the year's moves, but "Reported vs actual" below still listed
    the moves of one session with them (and *One session* the year's): the table lists the moves chosen, and says
    how many the other choice holds."""
    import io

    import pandas as pd

    (tmp_path / "a.txt").write_text(LONG_RUN, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,published,title\na.txt,Daily Post,2025-03-04,Acme cuts\n",
                                           encoding="utf-8")
    names = _saved_names(monkeypatch)
    at = open_on(tmp_path, "market", monkeypatch)

    def table() -> list[tuple[str, str]]:
        rows = next(d.value for d in at.dataframe if "Reported" in d.value.columns)
        return sorted(zip(rows["Company"], rows["Reported"]))

    assert table() == [("Acme", "down 4%"), ("Borealis", "up 2%")]
    assert ("The one-session moves, as chosen under *Moves* above; 2 other moves over several days or the year to "
            "date are under *Several days or year to date*.") in [c.value for c in at.caption]
    at.radio(key="market_span").set_value("multi-day").run()
    assert table() == [("Acme", "down 30%"), ("Borealis", "up 12%")]
    assert "storytrace-reported-vs-actual-multi-day-2025-03-04.csv" in names


def test_the_overlap_pair_is_in_the_link() -> None:
    """The pair whose sentences the Source overlap page aligns was not in the address bar: a link to "what
    Hindustan Times shares with newswalaa.com" opened the page on the strongest pair. The pair is named in the link
    (without its percentage, which moves with the threshold) and a link naming it opens it."""
    from tests.app.test_pages_market import open_page

    at = open_page("overlap")
    assert "ovl_pair" not in at.query_params  # the default pair needs no parameter
    box = at.selectbox(key="ovl_cell")
    box.set_value("Hindustan Times → newswalaa.com (16%)").run()
    assert at.query_params["ovl_pair"] == "Hindustan Times → newswalaa.com"
    shared = open_page("overlap", {"ovl_pair": ["Hindustan Times → newswalaa.com"]})
    assert shared.selectbox(key="ovl_cell").value == "Hindustan Times → newswalaa.com (16%)"
    assert any(c.value.replace("\\", "").startswith("4 sentences of Hindustan Times with a match in newswalaa.com")
               for c in shared.caption)
    unknown = open_page("overlap", {"ovl_pair": ["Nobody → Nowhere"]})  # an old link: the strongest pair, no error
    assert unknown.selectbox(key="ovl_cell").value == "Daily The Business → International Business Times UK (17%)"


def test_a_copied_overlap_link_opens_the_same_pair(browser, tmp_path) -> None:
    """In Chromium: a pair picked on the page is in the address bar, and the address opens it in a new window (a
    server of its own on the seeds: the shared one holds the other tests' uploads)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        with run_streamlit(tmp_path / "uploads", tmp_path / "log.txt") as url:
            page.goto(f"{url}/overlap")
            wait_for_app(page, "Aligned sentences")
            box = page.locator(".st-key-ovl_cell input")
            box.click()
            box.fill("Hindustan Times → newswalaa")  # the list narrows to the pair as the reader types
            page.get_by_role("option", name="Hindustan Times → newswalaa.com (16%)").click()
            page.wait_for_function("() => new URLSearchParams(location.search).get('ovl_pair') === "
                                   "'Hindustan Times → newswalaa.com'")
            wait_for_app(page)
            other = context.new_page()
            other.goto(page.url)
            wait_for_app(other, "Aligned sentences")
            assert other.locator(".st-key-ovl_cell input").input_value() == "Hindustan Times → newswalaa.com (16%)"
            other.get_by_text("of Hindustan Times with a match in newswalaa.com").first.wait_for()
    finally:
        context.close()


@pytest.fixture(scope="module")
def long_reprint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wire story of 60 sentences and a paper that reprints it whole: 60 passages, 60 aligned sentence pairs."""
    folder = tmp_path_factory.mktemp("long-reprint")
    sentences = []
    for i in range(60):
        w = random.Random(100 + i).sample(POOL, 6)
        sentences.append(f"The {w[0]} board said the {w[1]} and {w[2]} plans would cost {i + 3} million over {w[3]} "
                         f"and {w[4]} sites near {w[5].capitalize()} Point.")
    text = "\n\n".join(" ".join(sentences[i:i + 3]) for i in range(0, 60, 3))
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,published,title\na.txt,First Wire,2025-05-05,Plans\n"
                                         "b.txt,Second Herald,2025-05-06,Plans\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("page", "key", "wanted"), [
    ("spread", "spread_passages_sort", ["(as listed)", "Id", "Passage", "Articles", "Outlets", "First outlets",
                                        "First date", "First certain", "Later (date)"]),
    ("overlap", "ovl_pairs_sort", ["(as listed)", "Similarity", "Kind of match", "A (row)", "B (column)"]),
])
def test_sort_by_offers_the_columns_by_their_headings(long_reprint, monkeypatch, page, key, wanted) -> None:
    """"Sort by" above the passages offered "passage_id", "first_outlets", "first_published" for the columns headed
    "Id", "First outlets", "First date" (and "text_a" for "A (row)" above the aligned sentences)."""
    at = open_on(long_reprint, page, monkeypatch)
    assert at.selectbox(key=key).options == wanted
    at.selectbox(key=key).set_value("first_published" if page == "spread" else "text_a").run()
    assert not at.exception, [e.value for e in at.exception]


def test_the_quotes_page_number_is_in_the_link(many_quotes, monkeypatch) -> None:
    """A link to the third page of quotes opened the first: the page is in the link ("?q_page=3"). A new search
    lists from its first card, and a list of one page leaves no page number in the link."""
    monkeypatch.setenv("STORYTRACE_CORPUS", str(many_quotes))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["q_page"] = "3"
    at.run()
    at.switch_page("pages/quotes.py").run()
    assert at.number_input(key="q_page").value == 3
    assert "60 quotes; showing 41–60." in [c.value for c in at.caption]
    at.button(key="q_prev").click().run()
    assert at.query_params["q_page"] == "2"
    at.checkbox(key="q_shared").check().run()  # no quote printed twice: nothing listed
    at.checkbox(key="q_shared").uncheck().run()
    assert at.number_input(key="q_page").value == 1
    at.text_input(key="q_search").set_value("Lopez").run()  # eight quotes: one page
    assert "q_page" not in at.query_params
