"""Round 61: the pages as an analyst reads them on a real-looking corpus. Each test is a defect seen on screen:
numbers that disagreed between a chart and its table, text that overlapped or was cut, colours that changed
meaning with a filter."""

from __future__ import annotations

from datetime import date

import pandas as pd
from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.chart import render_timeline_chart
from analysis.timeline.events import MENTION_COLUMNS, event_display, event_items

WINDOW = (date(2024, 3, 4), date(2024, 3, 11))


def _corpus(n: int):
    text = "Harwick Mills shares fell 3% on Monday after the group cut its forecast."
    records = [(RawArticle(file=f"a{k}.txt", text=text, outlet=f"Outlet {k}", published="2024-03-06"),
                {"published_earliest": ""}, "corpus") for k in range(n)]
    return build_corpus(records)


def _mention(doc: int, event_id: str, event: str, start: str, end: str, precision: str) -> dict:
    return {
        "doc_id": f"d{doc}", "file": f"a{doc}.txt", "outlet": f"Outlet {doc}", "sent_id": 0,
        "date_start": date.fromisoformat(start), "date_end": date.fromisoformat(end), "precision": precision,
        "expression": "Monday", "kind": "DATE", "basis": "", "event": event, "key": event, "sentence": event + ".",
        "event_id": event_id, "far_out": False,
    }


def _mentions(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def test_timeline_chart_and_its_table_count_the_same_events_and_articles() -> None:
    """An event told by three articles, one of which dates it to a span of months too long to draw, read "(2
    articles)" on the chart and 3 in the table under it; an event the table lists outside the window (its most
    precise mention is a day before it) was drawn in the window because a vaguer mention reached into it."""
    mentions = _mentions([
        _mention(0, "E1", "Harwick Mills shares fall 3%", "2024-03-04", "2024-03-04", "day"),
        _mention(1, "E1", "Harwick Mills shares fall 3%", "2024-03-04", "2024-03-04", "day"),
        _mention(2, "E1", "Harwick shares lose 40%", "2023-09-01", "2024-03-04", "range"),
        _mention(1, "E2", "Harwick Mills names a new chair", "2024-02-20", "2024-02-20", "day"),
        _mention(2, "E2", "Harwick Mills names a new chair", "2024-02-26", "2024-03-06", "range"),
    ])
    chart = render_timeline_chart(mentions, _corpus(3), WINDOW)
    table = event_display(event_items(mentions, WINDOW).query("in_window"))
    assert list(table["Id"]) == ["E1"] and list(table["Articles"]) == [3]
    assert list(chart.figure.layout.yaxis.ticktext) == ["Harwick Mills shares fall 3% (3\u00a0articles)"]
    assert sorted(set(chart.data["event_id"])) == ["E1"]
    assert chart.caption.startswith("1 event from 2 articles")  # the two marks drawn: the span of months is not


def test_a_timeline_of_one_event_keeps_its_axis_title_within_the_plot() -> None:
    """A window of one event drew its long vertical title ("Event (number of articles reporting it)") up over the
    legend and the subtitle: such a plot is about 100 px high. A plot of many events keeps the long title."""
    one = render_timeline_chart(_mentions([_mention(0, "E1", "Harwick Mills shares fall 3%", "2024-03-04", "2024-03-04", "day")]),
                                _corpus(1), WINDOW).figure
    assert one.layout.yaxis.title.text == "Event"
    many = render_timeline_chart(_mentions([
        _mention(0, f"E{k}", f"Harwick Mills event number {k}", f"2024-03-0{4 + k % 5}", f"2024-03-0{4 + k % 5}", "day")
        for k in range(6)
    ]), _corpus(1), WINDOW).figure
    assert many.layout.yaxis.title.text == "Event (number of articles reporting it)"
    plot_px = many.layout.height - many.layout.margin.t - many.layout.margin.b
    assert plot_px >= 7 * len(many.layout.yaxis.title.text)


def test_row_height_fits_the_longest_cell_of_a_page() -> None:
    """The Timeline's "Reported by" of an event told by six outlets ran past its 104 px rows and was cut, as were
    long company names in the Market tables' fixed 68 px rows: the row height now follows the page's longest cell."""
    from ui.tables import CELL_LINE_PX, cell_lines, row_height

    outlets = ("Lion City Business Times, Meranti Wealth Weekly, South Harbour Post, The Clarion, "
               "The Ledger (UK) — Markets Live, Harbour Wire")
    frame = pd.DataFrame({"Reported by": [outlets, "Harbour Wire"], "Id": ["E116", "E038"]})
    widths = {"Reported by": 165, "Id": 50}
    assert cell_lines(outlets, 165) >= 6 and cell_lines("E038", 50) == 1
    assert row_height(frame, widths) >= 6 * CELL_LINE_PX
    short = pd.DataFrame({"Reported by": ["Harbour Wire"], "Id": ["E1"]})
    assert row_height(short, widths) is None  # one line each: Streamlit's own rows, no wrapping needed
    assert row_height(short, widths, least=65) == 65
    # a row over 64 px: only then does Streamlit wrap text instead of cutting it
    assert row_height(pd.DataFrame({"Company": ["China Evergrande New Energy Vehicle Group"]}), {"Company": 150}) > 64


def _open(page: str, query: dict[str, list[str]] | None = None):
    from conftest import ROOT
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_timeline_and_market_tables_are_as_tall_as_their_text() -> None:
    from ui.tables import row_height

    at = _open("pages/timeline.py")
    events = at.dataframe[0]
    assert list(events.value.columns) == ["When", "Event", "Reported by", "Articles", "Sentence (first article)", "Id"]
    widths = {"When": 115, "Event": 200, "Reported by": 165, "Sentence (first article)": 335, "Id": 50}
    assert events.proto.row_height == row_height(events.value, widths)
    at = _open("pages/market.py")
    table = at.dataframe[0]
    assert table.proto.row_height == row_height(table.value, {c: w for c, w in (
        ("Company", 150), ("Outlet", 135), ("Session", 110), ("Reported", 105), ("Actual", 115), ("Verdict", 95),
        ("Why", 215))})


def _market_compare(rows: list[tuple[str, str, str, float]]) -> pd.DataFrame:
    """A :func:`reported_vs_actual` frame of share moves on one session: (outlet, company, sector, pct)."""
    import math

    from analysis.market.compare import COMPARE_COLUMNS

    frame = pd.DataFrame([{
        "company": company, "ticker": "", "kind": "share", "sector": sector, "region": None,
        "session_date": pd.Timestamp("2031-04-07"), "outlet": outlet, "doc_id": outlet[:2], "pct": pct,
        "qualifier": "exact", "label": f"{abs(pct):g}%", "actual_pct": math.nan, "reference_company": None,
        "reference_exchange": None, "reference_region": None, "gap": math.nan, "verdict": "no reference",
        "note": "no reference close", "sentence": f"{company} moved {pct:g}%.", "period_start": pd.NaT,
        "period_end": pd.NaT, "period": None,
    } for outlet, company, sector, pct in rows], columns=COMPARE_COLUMNS)
    return frame.assign(pct=frame["pct"].astype("float64"))


def test_a_sector_keeps_its_colour_under_any_filter() -> None:
    """Industrials bars were blue under one outlet's filter and orange without it: the looks were dealt to the
    sectors drawn, in order. Dealt to the sectors of the whole corpus, a sector looks the same on every view."""
    from analysis.market.compare import corpus_looks, render_market_chart

    compare = _market_compare([
        ("Gull Street Post", "Ambleford Bank", "Banks", -4.0),
        ("Harbour Wire", "Corrow Cranes", "Industrials", -3.0),
        ("Harbour Wire", "Dunmere Freight", "Transport", 2.0),
    ])
    docs = pd.DataFrame({"doc_id": ["Gu", "Ha"], "outlet": ["Gull Street Post", "Harbour Wire"],
                         "published": pd.to_datetime(["2031-04-08"] * 2), "published_earliest": pd.NaT})
    looks = corpus_looks(compare)

    def bar_looks(frame: pd.DataFrame, outlets: list[str]) -> dict[str, tuple[str, str]]:
        fig = render_market_chart(frame, docs.loc[docs["outlet"].isin(outlets)], looks=looks).figure
        return {t.name: (t.marker.color, t.marker.pattern.shape) for t in fig.data if t.type == "bar"}

    every = bar_looks(compare, ["Gull Street Post", "Harbour Wire"])
    one = bar_looks(compare.loc[compare["outlet"] == "Harbour Wire"], ["Harbour Wire"])
    assert one == {s: every[s] for s in ("Industrials", "Transport")}
    assert len(set(every.values())) == 3


def test_a_market_label_starts_clear_of_the_outlets_marks() -> None:
    """"+0.4%" (the median of two outlets' +0.4% and a third's -1.5%) ended at the centre of the -1.5% mark, which
    covered its last character: the label now ends half a mark's width past it."""
    from analysis.market.compare import _MARK_HALF_PX, _plot_px, render_market_chart

    compare = _market_compare([
        ("Gull Street Post", "Ambleford Bank", "Banks", 0.4),
        ("Kell Times", "Ambleford Bank", "Banks", 0.4),
        ("Harbour Wire", "Ambleford Bank", "Banks", -1.5),
        ("Harbour Wire", "Corrow Cranes", "Industrials", -60.0),
    ])
    docs = pd.DataFrame({"doc_id": ["Gu", "Ke", "Ha"], "outlet": ["Gull Street Post", "Kell Times", "Harbour Wire"],
                         "published": pd.to_datetime(["2031-04-08"] * 3), "published_earliest": pd.NaT})
    fig = render_market_chart(compare, docs).figure
    labels = next(t for t in fig.data if t.type == "scatter" and t.mode == "text")
    at = dict(zip(labels.y, labels.x))
    bank = next(y for y in labels.y if y.startswith("Ambleford Bank"))
    lo, hi = fig.layout.xaxis.range
    assert at[bank] < -1.5  # past the -1.5% mark, on the side away from the bar
    assert -1.5 - at[bank] >= 0.9 * _MARK_HALF_PX / 900 * (hi - lo)  # by at least half a mark, even in a wide figure


def test_a_market_label_starts_past_the_intraday_dots_of_its_row_too() -> None:
    """"Closed up 0.4% after falling as much as 7%" told by two outlets: the bar is the session's +0.4%, but the
    outlets' dots at -7% are drawn too, and the label was placed as if they were not, over them."""
    from analysis.market.compare import render_market_chart

    compare = _market_compare([
        ("Gull Street Post", "Ambleford Bank", "Banks", 0.4), ("Gull Street Post", "Ambleford Bank", "Banks", -7.0),
        ("Harbour Wire", "Ambleford Bank", "Banks", 0.4), ("Harbour Wire", "Ambleford Bank", "Banks", -7.0),
        ("Harbour Wire", "Corrow Cranes", "Industrials", -60.0),
    ])
    compare = compare.assign(period=["session", "intraday", "session", "intraday", "session"],
                             label=["0.4%", "as much as 7%", "0.4%", "as much as 7%", "60%"])
    docs = pd.DataFrame({"doc_id": ["Gu", "Ha"], "outlet": ["Gull Street Post", "Harbour Wire"],
                         "published": pd.to_datetime(["2031-04-08"] * 2), "published_earliest": pd.NaT})
    fig = render_market_chart(compare, docs).figure
    bars = {y: x for t in fig.data if t.type == "bar" for y, x in zip(t.y, t.x)}
    bank = next(y for y in bars if y.startswith("Ambleford Bank"))
    assert bars[bank] == 0.4  # the session's move, not the swing inside it
    labels = next(t for t in fig.data if t.type == "scatter" and t.mode == "text")
    assert dict(zip(labels.y, labels.x))[bank] < -7.0


def test_the_article_table_is_as_tall_as_its_longest_title() -> None:
    """A translated headline of 118 characters was cut after four lines of the Articles table's fixed 86 px rows."""
    from ui.tables import row_height

    at = _open("pages/overview.py", {"ov_tab": ["Articles"]})
    table = next(d for d in at.dataframe if "Title" in d.value.columns)
    widths = {"Outlet": 115, "Outlet basis": 85, "Published": 92, "Date basis": 78, "Title": 190, "File": 118}
    assert table.proto.row_height == row_height(table.value, widths, least=65, most=6)
    long_title = pd.DataFrame({"Title": ["Evergrande-style headquarters gathered many people, the company responds: "
                                         "it will make every effort to resume work and production"]})
    assert row_height(long_title, widths, least=65, most=6) > 86


def test_a_market_label_sits_beside_zero_when_its_row_draws_no_dots() -> None:
    """"−6.4% to +100%, 4 figures in 1 outlet" floated far right of its bar, past a +100% that is drawn nowhere (one
    outlet's figures get no dots): a label steps past the dots its row draws, and only those."""
    from analysis.market.compare import render_market_chart

    compare = _market_compare([
        ("Harbour Wire", "Ambleford Bank", "Banks", -6.4), ("Harbour Wire", "Ambleford Bank", "Banks", 100.0),
        ("Harbour Wire", "Ambleford Bank", "Banks", -10.0), ("Harbour Wire", "Ambleford Bank", "Banks", -20.0),
        ("Harbour Wire", "Corrow Cranes", "Industrials", 150.0),
    ])
    docs = pd.DataFrame({"doc_id": ["Ha"], "outlet": ["Harbour Wire"],
                         "published": pd.to_datetime(["2031-04-08"]), "published_earliest": pd.NaT})
    fig = render_market_chart(compare, docs).figure
    assert not [t for t in fig.data if t.type == "scatter" and t.mode == "markers"]  # one outlet: no dots
    labels = next(t for t in fig.data if t.type == "scatter" and t.mode == "text")
    bank = next(y for y in labels.y if y.startswith("Ambleford Bank"))
    assert dict(zip(labels.y, labels.x))[bank] == 0.0


def test_the_market_key_names_only_the_marks_drawn() -> None:
    """A corpus without reference closes read "◇ actual close · ⚑ flagged" above bars with neither, and "actual
    moves: reference closing prices" under them: the key and the source line name the diamonds and flags drawn."""
    from analysis.market.compare import render_market_chart

    compare = _market_compare([("Harbour Wire", "Ambleford Bank", "Banks", -4.0),
                               ("Harbour Wire", "Corrow Cranes", "Industrials", 2.0)])
    docs = pd.DataFrame({"doc_id": ["Ha"], "outlet": ["Harbour Wire"],
                         "published": pd.to_datetime(["2031-04-08"]), "published_earliest": pd.NaT})
    bare = render_market_chart(compare, docs).figure
    title = str(bare.layout.title.text)
    assert "Bars: reported move (median across outlets)" in title
    assert "◇" not in title and "⚑" not in title
    assert "reference closing prices" not in str(bare.layout.annotations[0].text)
    closes = compare.assign(actual_pct=[-4.2, 1.0], verdict=["match", "gap"])
    full = render_market_chart(closes, docs).figure
    assert "◇ actual close · ⚑ flagged" in str(full.layout.title.text)
    assert "actual moves: reference closing prices" in str(full.layout.annotations[0].text).replace("<br>", " ")


def test_reported_vs_actual_says_once_that_no_reference_close_matches(monkeypatch, tmp_path) -> None:
    """On a corpus the reference file knows nothing of, every row read "n/a (no reference close)", "no reference"
    and "no reference close for this company and session": the page says it once and drops the three columns."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.txt").write_text(
        "Harwick Mills shares fall after forecast cut\n\nShares of Harwick Mills fell 3.4% on Monday after the textile "
        "group cut its profit forecast, while Corrow Cranes rose 2.1%.\n", encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,outlet,published\nwire.txt,Harbour Wire,2031-04-08\n", encoding="utf-8")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    at = _open("pages/market.py")
    table = at.dataframe[0].value
    # round 65: the room of the three shows each move's sentence
    assert list(table.columns) == ["Company", "Outlet", "Session", "Reported", "Sentence"]
    assert any(c.value.startswith("No reference close for any of these companies and sessions") for c in at.caption)


def test_the_quote_chart_notes_read_as_sentences_on_their_own_lines() -> None:
    """The fidelity chart's subtitle broke before "the 18 most widely printed of the 21 quotes ...", a line starting
    in lower case under "All articles · 100 = word for word; blank = not printed"."""
    from analysis.charts import subtitle_lines
    from analysis.quotes.chart import render_quote_fidelity

    corpus = _corpus(2)
    wording = "we will keep every mill open in year {} of the plan"
    variants = pd.DataFrame([
        {"cluster_id": f"Q{q}", "doc_id": doc, "outlet": outlet, "speaker": "Mara Quint",
         "representative": wording.format(q), "quote": wording.format(q), "fidelity": 100.0}
        for q in range(4) for doc, outlet in zip(corpus.docs["doc_id"], corpus.docs["outlet"])
    ])
    chart = render_quote_fidelity(variants, corpus, "All articles", max_quotes=2)
    title = str(chart.figure.layout.title.text)
    assert "The 2 most widely printed of the 4 quotes printed by 2+ outlets" in title
    assert subtitle_lines("All articles · 100 = word for word; blank = not printed · The 2 most widely printed of "
                          "the 4 quotes printed by 2+ outlets")[1].startswith("The 2")
