"""Round 67: the pages as a reader uses them. Each test is a defect seen on screen on a dev corpus, in Chromium."""

from __future__ import annotations

import io
import re
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from tests.app.test_pages_market import open_page
from tests.app.test_round66_pages import _downloads


def test_the_timeline_events_can_be_saved(monkeypatch) -> None:
    """Every other page's table had its CSV; the Timeline's events (in the window and outside it), every article's
    wording and the Dates tab had none: the chart's CSV held only the events it draws. Each is saved under the
    window's days."""
    saved = _downloads(monkeypatch)
    at = open_page("timeline", {"timeline_window": ["2025-01-26", "2025-01-28"]})
    window = at.date_input(key="timeline_window").value
    assert [str(d) for d in window] == ["2025-01-26", "2025-01-28"]
    name, data = saved["Events of 26 Jan – 28 Jan 2025 (CSV)"]
    assert name == "storytrace-timeline-events-2025-01-26_2025-01-28.csv"
    events = pd.read_csv(io.BytesIO(data))
    assert events.columns.tolist() == ["event_id", "date_start", "date_end", "precision", "when", "event", "outlets",
                                       "n_sources", "n_mentions", "in_window", "far_out", "sentence"]
    assert events["in_window"].all() and len(events) > 0
    name, data = saved["Events outside the window (CSV)"]
    assert name == "storytrace-timeline-events-outside-2025-01-26_2025-01-28.csv"
    outside = pd.read_csv(io.BytesIO(data))
    assert not outside["in_window"].any() and set(outside["event_id"]).isdisjoint(events["event_id"])
    name, data = saved["Every article's wording (CSV)"]
    assert name == "storytrace-timeline-mentions-2025-01-26_2025-01-28.csv"
    mentions = pd.read_csv(io.BytesIO(data))
    assert set(mentions["event_id"]) == set(events["event_id"]) | set(outside["event_id"])
    name, data = saved["Temporal expressions (CSV)"]
    assert name == "storytrace-dates-2025-01-25_2025-01-31.csv"
    assert pd.read_csv(io.BytesIO(data)).columns.tolist()[:7] == ["doc_id", "file", "start", "end", "text", "type",
                                                                 "value"]


def test_the_quote_chart_follows_the_speaker_and_search(monkeypatch) -> None:
    """A speaker chosen (or a search) narrowed the cards to her quotes, while the fidelity chart above them kept
    every quote of the selection, and its files the same name. The chart shows the quotes listed and says so."""
    saved = _downloads(monkeypatch)
    at = open_page("quotes")
    whole = pd.read_csv(io.BytesIO(saved["Data behind this chart (CSV)"][1]))
    assert sorted(set(whole["cluster_id"])) == ["Q001", "Q002", "Q004"]
    saved.clear()
    at.selectbox(key="q_speaker").set_value("Mark Zuckerberg").run()
    assert not at.exception, [e.value for e in at.exception]
    name, data = saved["Data behind this chart (CSV)"]
    assert sorted(set(pd.read_csv(io.BytesIO(data))["cluster_id"])) == ["Q004"]
    assert name == "storytrace-quote-fidelity-mark-zuckerberg-2025-01-25_2025-01-31.csv"
    saved.clear()
    at.selectbox(key="q_speaker").set_value("Everyone").run()
    at.text_input(key="q_search").set_value("open research").run()
    name, data = saved["Data behind this chart (CSV)"]
    assert sorted(set(pd.read_csv(io.BytesIO(data))["cluster_id"])) == ["Q002"]
    assert name == "storytrace-quote-fidelity-open-research-2025-01-25_2025-01-31.csv"
    at.text_input(key="q_search").set_value("").run()
    saved.clear()
    at.selectbox(key="q_speaker").set_value("Sam Altman").run()  # three quotes, each printed by one outlet
    assert "Data behind this chart (CSV)" not in saved
    assert ("None of the 3 quotes listed was printed by two or more outlets, so there is no fidelity chart of them: "
            "they are listed below with the outlet that printed each.") in [i.value for i in at.info]


def _ten_days(folder):
    """Ten invented articles on ten days in a row, each taking a long sentence from the one of the day before (a
    chain of reprints the Spread page draws on an axis of ten day ticks)."""
    words = ("harbour copper ledger orchard beacon lantern meadow granite willow falcon canvas summit timber velvet "
             "quarry ember river castle thunder pepper silver garden mirror candle basket jungle marble rocket").split()
    own = [" ".join(words[(i * 3 + j) % len(words)] for j in range(12)).capitalize() + "." for i in range(10)]
    rows = ["file,outlet,published,title"]
    for i in range(10):
        body = [f"Acme Corp opened a plant in Springfield on day {i + 1}.", own[i]]
        if i:
            body.append(own[i - 1])
        (folder / f"d{i:02d}.txt").write_text("\n\n".join(body), encoding="utf-8")
        # titles as long as a wire's: the labels of the articles take the chart's left, as on a real corpus
        rows.append(f"d{i:02d}.txt,Outlet {'ABCDE'[i % 5]},2025-03-{3 + i:02d},Acme Corp opens a plant in "
                    f"Springfield on day {i + 1} of its expansion")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ten_days_app(tmp_path_factory: pytest.TempPathFactory):
    """The app (its own server) on :func:`_ten_days`; yields its URL."""
    from conftest import run_streamlit

    root = tmp_path_factory.mktemp("ten-days-app")
    (root / "corpus").mkdir()
    with run_streamlit(root / "uploads", root / "log.txt", corpus=_ten_days(root / "corpus")) as url:
        yield url


def test_the_spread_axis_labels_stand_apart(browser, ten_days_app) -> None:
    """In Chromium at 1400 px: ten day ticks under the Spread chart, the first written "03 Mar 2025" on one line,
    twice as wide as its neighbours, all but touched the second ("03 Mar 202504 Mar"). The year sits under its day,
    and every label stands clear of the next."""
    from conftest import wait_for_app

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(f"{ten_days_app}/spread")
        wait_for_app(page, "Publication date")
        page.locator(".xtick").first.wait_for()
        boxes = page.evaluate("() => [...document.querySelectorAll('.xtick text')].map(t => {"
                              " const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.right]; })")
        labels = [b[0] for b in boxes]
        assert labels[:2] == ["03 Mar2025", "04 Mar"] and labels[-1] == "12 Mar" and len(labels) == 10
        boxes.sort(key=lambda b: b[1])
        gaps = [b[1] - a[2] for a, b in zip(boxes, boxes[1:])]
        # the first label no closer to the second than any other two are
        assert min(gaps) >= 10 and gaps[0] >= max(gaps) - 1, list(zip(labels, gaps))
    finally:
        context.close()


def test_a_diamond_clicked_is_in_the_copied_link(browser, ten_days_app) -> None:
    """In Chromium: the reader clicks a diamond of the Spread chart and reads what one article took from another;
    the address bar now names the pair, and the address copied from it opens the same passages in a new window."""
    from conftest import wait_for_app

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(f"{ten_days_app}/spread")
        wait_for_app(page, "Publication date")
        diamond = page.locator(".scatterlayer .trace").last.locator("path.point").first  # the links' diamonds
        box = diamond.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_function("() => new URLSearchParams(location.search).has('spread_link')")
        wait_for_app(page)
        picked = page.get_by_role("heading", name=re.compile("^What Outlet . took from Outlet .$"))
        title = picked.inner_text()
        link = parse_qs(urlparse(page.url).query)["spread_link"][0]
        assert re.fullmatch(r"d0\d\.txt → d0\d\.txt", link), link
        other = context.new_page()
        other.goto(page.url)
        wait_for_app(other, "Publication date")
        assert other.get_by_role("heading", name=title).is_visible()
    finally:
        context.close()


@pytest.fixture(scope="module")
def index_moves(tmp_path_factory: pytest.TempPathFactory):
    """Invented market reports: share and index moves of one session, and an index's move over the week."""
    folder = tmp_path_factory.mktemp("index-moves")
    texts = [
        "Acme Corp shares fell 4% on Monday after the company cut its forecast.\n\n"
        "The FTSE 100 fell 1.2% on Monday, its worst day in a month.",
        "Acme Corp shares rose 2% on Tuesday.\n\nThe FTSE 100 closed down 0.8% on Tuesday, leaving it 2.5% lower "
        "over the week.",
        "Acme Corp shares have fallen 9% over the past five sessions.",
        "Acme Corp shares fell 5% on Monday, their worst day this year.",  # Monday's fall, another figure
    ]
    rows = ["file,outlet,published,title"]
    for i, text in enumerate(texts):
        (folder / f"m{i}.txt").write_text(text, encoding="utf-8")
        rows.append(f"m{i}.txt,{['Daily Post', 'Evening Ledger', 'Harbour Times', 'Evening Ledger'][i]},"
                    f"2025-03-{[3, 4, 5, 3][i]:02d},Report {i}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_several_days_draws_no_chart_of_one_session(index_moves, monkeypatch) -> None:
    """*Moves: Several days or year to date* drew the share moves over several days, then the chart of the index
    moves of one session ("Move on the session (%)") under them, while the table below listed the index's move over
    the week. The index chart is of one session: under *Several days* the page says so and where the other is."""
    from streamlit.testing.v1 import AppTest

    from tests.app.test_round66_pages import ROOT

    monkeypatch.setenv("STORYTRACE_CORPUS", str(index_moves))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["market_span"] = "multi-day"
    at.run()
    at.switch_page("pages/market.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.radio(key="market_span").value == "multi-day"
    titles = [c.proto.spec for c in at.get("plotly_chart")]
    assert len(titles) == 1 and "multi-day and year-to-date share moves" in titles[0]
    assert ("Index, ETF, currency and commodity moves are charted for one session only: choose *One session* "
            "above; 1 index move over several days is listed under *Reported vs actual* below.") in [
                c.value for c in at.caption]
    at.radio(key="market_span").set_value("session").run()
    titles = [c.proto.spec for c in at.get("plotly_chart")]
    assert len(titles) == 2 and "Index, ETF, currency and commodity moves reported" in titles[1]


def test_where_outlets_disagree_is_saved_and_says_what_it_holds(index_moves, monkeypatch) -> None:
    """"Where outlets disagree" was the one table of the Market page with no CSV; and under *Several days or year to
    date* it went on listing figures of one session with nothing to say so."""
    from streamlit.testing.v1 import AppTest

    from tests.app.test_round66_pages import ROOT

    saved = _downloads(monkeypatch)
    monkeypatch.setenv("STORYTRACE_CORPUS", str(index_moves))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    at.switch_page("pages/market.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    name, data = saved["Where outlets disagree (CSV)"]
    assert name == "storytrace-move-discrepancies-2025-03-03_2025-03-05.csv"  # as the report's evidence file
    gaps = pd.read_csv(io.BytesIO(data))
    assert gaps.columns.tolist() == ["Company", "Session", "Outlet", "Wording", "Sentence"]
    assert sorted(zip(gaps["Outlet"], gaps["Wording"])) == [("Daily Post", "down 4%"), ("Evening Ledger", "down 5%")]
    note = ("Figures of one session, whatever *Moves* above shows: one company's moves over several days seldom name "
            "the same period in two outlets.")
    assert note not in [c.value for c in at.caption]
    at.radio(key="market_span").set_value("multi-day").run()
    assert note in [c.value for c in at.caption]


def test_a_link_copied_on_the_dates_tab_opens_it(browser, page, streamlit_server) -> None:
    """In Chromium: the reader opens the Timeline's *Dates* tab and copies the address; it opened on *Events* (the
    open tab was not in the link, as the Overview's is). It is now, and the window chosen stays with it."""
    from conftest import wait_for_app

    page.goto(f"{streamlit_server['url']}/timeline?timeline_window=2025-01-26&timeline_window=2025-01-28")
    wait_for_app(page, "Timeline window")
    page.get_by_role("tab", name="Dates").click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('tl_tab') === 'Dates'")
    wait_for_app(page)
    copied = page.url
    assert "timeline_window=2025-01-26" in copied
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        other = context.new_page()
        other.goto(copied)
        wait_for_app(other, "Temporal expressions (CSV)")  # visible: the Dates tab is the open one
        assert other.get_by_role("tab", name="Dates").get_attribute("aria-selected") == "true"
        assert not other.get_by_text("Timeline window").is_visible()
        other.get_by_role("tab", name="Events").click()
        other.wait_for_function("() => !new URLSearchParams(location.search).has('tl_tab')")
        wait_for_app(other)
        assert "timeline_window=2025-01-26" in other.url
        assert other.get_by_role("heading", name="Events of 26 Jan – 28 Jan 2025").is_visible()
    finally:
        context.close()


def test_the_spread_legend_names_no_date_kind_when_every_date_is_exact(tmp_path, monkeypatch) -> None:
    """The Spread chart's legend began with a black dot named "Exact date" beside the kinds of reuse, though every
    article was dated alike and its dot drawn in its outlet's colour: on a corpus where one outlet is drawn in black it
    read as that outlet. The date kinds are keyed only when the chart draws more than one."""
    import json

    from streamlit.testing.v1 import AppTest

    from tests.app.test_round66_pages import ROOT

    (tmp_path / "corpus").mkdir()
    corpus = _ten_days(tmp_path / "corpus")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))

    def legend() -> list[str]:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
        at.run()
        at.switch_page("pages/spread.py")
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        spec = json.loads(at.get("plotly_chart")[0].proto.spec)
        return [t["name"] for t in spec["data"] if t.get("showlegend", True) is not False and t.get("name")]

    assert legend() == ["Rewrite"]
    # one article known only to have appeared on or after its day: two kinds of date, both keyed
    lines = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()
    rows = [lines[0] + ",published_earliest"] + [
        line.replace(",2025-03-12,", ",,") + ",2025-03-12" if line.startswith("d09") else line + "," for line in lines[1:]]
    (corpus / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert legend()[:1] == ["Exact date"]


def test_a_link_names_the_spread_pair_picked(tmp_path, monkeypatch) -> None:
    """A diamond clicked on the Spread chart listed what one article took from another, but the address did not
    name it: a copied link opened the chart with nothing picked (the Source overlap page's pair is in its link). The
    link names the pair by its files ("?spread_link=a.txt → b.txt"), or by outlets on the outlets' chart."""
    from streamlit.testing.v1 import AppTest

    from tests.app.test_round66_pages import ROOT

    (tmp_path / "corpus").mkdir()
    monkeypatch.setenv("STORYTRACE_CORPUS", str(_ten_days(tmp_path / "corpus")))

    def open_with(query: dict[str, str]) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        at.switch_page("pages/spread.py")
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    at = open_with({"spread_link": "d03.txt → d04.txt"})
    assert "What Outlet E took from Outlet D" in [h.value for h in at.subheader]
    assert any(c.value.startswith("1 sentence.") for c in at.caption)
    at = open_with({"spread_level": "outlet", "spread_link": "Outlet B → Outlet C"})
    assert "What Outlet C took from Outlet B" in [h.value for h in at.subheader]
    at = open_with({"spread_link": "d04.txt → d03.txt"})  # no such link: nothing picked
    assert not [h.value for h in at.subheader if h.value.startswith("What ")]
