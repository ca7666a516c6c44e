"""Reference prices, reported-vs-actual flags, discrepancies and the market-reaction charts."""

from __future__ import annotations

import html
import json
import math

import pandas as pd
import pytest

from analysis import analyse
from analysis.charts import OTHER_COLOUR, outlet_colours
from analysis.config import SEEDS_DIR
from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.errors import BadInputFile
from analysis.filters import FilterState
from analysis.market.compare import (
    COMPARE_COLUMNS,
    _legend_texts,
    _plot_px,
    actual_text,
    compare_csv,
    compare_display,
    discrepancies,
    discrepancy_display,
    render_index_chart,
    render_market_chart,
    reported_vs_actual,
    signed_label,
    signed_pct,
    within_qualifier,
)
from analysis.market.reference import SHIPPED_REFERENCE, load_reference, parse_reference_csv, uploaded_reference_files
from tests.pipeline_helpers import report_charts

# --- reference loader ----------------------------------------------------------------------------------


def test_shipped_reference_loads() -> None:
    ref, problems = load_reference()
    assert problems == []
    assert len(ref) == 251
    day = ref.loc[ref["date"] == pd.Timestamp("2025-01-27")].set_index("ticker")
    assert len(day) == 25
    assert day.loc["ASML", "pct_change"] == -5.75
    assert day.loc["ASML", "region"] == "US"
    assert day.loc["ENR.DE", "region"] == "Europe"
    assert pd.isna(day.loc["ENR.DE", "pct_change"])  # the file leaves it blank: previous close missing
    assert day.loc["^GSPC", "ticker_alt"] == "SPX"


def test_plain_date_ticker_close_file_computes_moves() -> None:
    data = b"Date,Symbol,Close\n2023-03-09,FRC,115.00\n2023-03-10,FRC,81.76\n2023-03-13,FRC,31.27\n2023-03-24,FRC,12.36\n"
    ref = parse_reference_csv(data, "banks.csv")
    assert list(ref["pct_change"].round(2).fillna(-999)) == [-999.0, -28.9, -61.75, -999.0]  # 13 -> 24 March is no session gap
    assert set(ref["pct_basis"]) == {"computed"}
    assert list(ref["company"]) == ["FRC"] * 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"date,ticker\n2025-01-27,NVDA\n", "banks.csv: missing column(s) close (need date, ticker, close; found date, ticker); the shipped reference prices stay in use"),
        (b"when,price\n2025-01-27,1\n", "banks.csv: missing column(s) date, ticker (need date, ticker, close; found when, price); the shipped reference prices stay in use"),
        (b"", "banks.csv: malformed CSV (No columns to parse from file); the shipped reference prices stay in use"),
        (b'date,ticker,close\n"2025-01-27,NVDA,1\n', "banks.csv: malformed CSV"),
        (b"date,ticker,close\nsoon,NVDA,abc\n", "banks.csv: no row with a valid date, ticker and close; the shipped reference prices stay in use"),
        (b"\xff\xfe\x00d", "banks.csv: not a UTF-8 text file; the shipped reference prices stay in use"),
    ],
)
def test_bad_reference_files_raise_clear_errors(data: bytes, message: str) -> None:
    with pytest.raises(BadInputFile) as err:
        parse_reference_csv(data, "banks.csv")
    assert str(err.value).startswith(message)


def test_uploads_extend_the_shipped_file_and_bad_ones_are_reported(tmp_path) -> None:
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "extra.csv").write_bytes(b"date,ticker,close\n2025-01-24,XYZ,10\n2025-01-27,XYZ,9\n")
    (folder / "broken.csv").write_bytes(b"date,close\n2025-01-27,1\n")
    assert [p.name for p in uploaded_reference_files(tmp_path)] == ["broken.csv", "extra.csv"]
    ref, problems = load_reference(root=tmp_path)
    assert len(ref) == 253
    assert problems == ["broken.csv: missing column(s) ticker (need date, ticker, close; found date, close); the shipped reference prices stay in use"]
    assert ref.loc[ref["ticker"] == "XYZ", "pct_change"].iloc[-1] == -10.0
    assert SHIPPED_REFERENCE.name == "closes_2025-01.csv"


# --- reported vs actual --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reported", "qualifier", "actual", "ok"),
    [
        (-14.0, "exact", -13.79, True),   # "Oracle 14%"
        (-16.9, "exact", -16.97, True),
        (-2.14, "exact", -2.14, True),
        (-16.9, "exact", -16.5, False),
        (-4.0, "over", -4.20, True),
        (-7.0, "over", -5.75, False),
        (-10.0, "about", -10.19, True),
        (-12.0, "nearly", -11.71, True),
        (-12.0, "nearly", -12.5, False),
        (-24.0, "as much as", -8.0, True),
        (-5.0, "exact", 5.0, False),      # wrong direction
        (3.0, "at least", 2.0, False),
    ],
)
def test_within_qualifier(reported: float, qualifier: str, actual: float, ok: bool) -> None:
    assert within_qualifier(reported, qualifier, actual) is ok


def test_seed_reported_vs_actual_flags(seeds_corpus) -> None:
    ref, _ = load_reference()
    compare = reported_vs_actual(analyse(seeds_corpus).moves, ref).set_index("company")
    assert list(compare.reset_index().columns) == COMPARE_COLUMNS
    verdicts = compare["verdict"].to_dict()
    assert verdicts == {
        "Siemens Energy": "no reference", "Broadcom": "consistent", "Nvidia": "consistent", "Oracle": "consistent",
        "ASML": "listing mismatch", "Cisco": "consistent", "Alphabet": "consistent", "Microsoft": "consistent",
    }
    assert compare.loc["ASML", "note"] == (
        "reference is the US ADR (NASDAQ, −5.75%); the report refers to Europe, so the figures need not agree"
    )
    assert compare.loc["Oracle", "actual_pct"] == -13.79
    assert compare.loc["Oracle", "gap"] == -0.21
    assert compare.loc["Alphabet", "reference_company"] == "Alphabet (Class A)"
    assert compare.loc["Siemens Energy", "note"] == "the reference has no previous close for Siemens Energy, so no actual move"


def _synthetic(texts: dict[str, tuple[str, str]]):
    records = [(RawArticle(file=f"{name}.txt", text=text), {"outlet": outlet, "published": "2025-01-28"}, "corpus")
               for name, (outlet, text) in texts.items()]
    return build_corpus(records)


def test_gap_and_discrepancies_across_outlets() -> None:
    corpus = _synthetic({
        "a": ("Wire A", "Nvidia shares fell 17% on Monday, while the Nasdaq lost 3.1%."),
        "b": ("Wire B", "On Monday, Nvidia plunged nearly 12%."),
        "c": ("Wire C", "Nvidia fell 17% on Monday."),
    })
    moves = analyse(corpus).moves
    ref, _ = load_reference()
    compare = reported_vs_actual(moves, ref)
    nv = compare.loc[compare["company"] == "Nvidia"].set_index("outlet")
    assert nv["verdict"].to_dict() == {"Wire B": "gap", "Wire A": "consistent", "Wire C": "consistent"}
    assert nv.loc["Wire B", "note"] == "reported down nearly 12% but actual −16.97%: more than 'nearly' allows"
    idx = compare.loc[compare["kind"] == "index"].iloc[0]
    assert (idx["company"], idx["actual_pct"], idx["verdict"]) == ("Nasdaq", -3.07, "consistent")  # named as written; the reference still matches it
    table = discrepancies(moves)
    assert list(zip(table["outlet"], table["label"])) == [("Wire A", "17%"), ("Wire B", "nearly 12%"), ("Wire C", "17%")]
    assert set(table["company"]) == {"Nvidia"}
    shown = discrepancy_display(table)
    assert list(shown.columns) == ["Company", "Session", "Outlet", "Wording", "Sentence"]
    assert list(shown["Wording"]) == ["down 17%", "down nearly 12%", "down 17%"]
    assert shown.loc[0, "Session"] == "Mon 27 Jan 2025"
    view = compare_display(compare)
    assert list(view.columns) == ["Company", "Outlet", "Session", "Reported", "Actual", "Verdict", "Why", "Sentence"]
    assert view.loc[view["Company"] == "Nasdaq", "Reported"].item() == "down 3.1%"


def test_no_discrepancy_when_outlets_agree(seeds_corpus) -> None:
    assert discrepancies(analyse(seeds_corpus).moves).empty


# --- charts --------------------------------------------------------------------------------------------


def test_report_charts_on_seeds(seeds_corpus) -> None:
    (market,) = report_charts("market", seeds_corpus, FilterState())  # no index moves: no empty index chart
    assert market.slug == "market-reaction"
    assert len(market.data) == 8
    fig = json.loads(market.figure.to_json())
    bars = [t for t in fig["data"] if t["type"] == "bar"]
    assert sorted(html.unescape(t["name"]) for t in bars) == [  # escaped for plotly: "&amp;" shows "&"
        "Energy", "Hardware & networking", "Internet", "Semiconductors", "Software & cloud"
    ]  # sectors of the general company catalog (pytickersymbols' industry labels, data/company_catalog.json)
    labels = next(t for t in fig["data"] if t.get("mode") == "text")["text"]
    assert "  over \u22127% ⚑  " in labels and "  over \u22124%  " in labels  # signed, typographic minus
    assert fig["layout"]["xaxis"]["title"]["text"] == "Share price move on the session (%)"
    assert market.notes == (
        "ASML (International Business Times UK): reference is the US ADR (NASDAQ, −5.75%); the report refers to "
        "Europe, so the figures need not agree",
    )
    compare = reported_vs_actual(analyse(seeds_corpus).moves, load_reference()[0])
    index = render_index_chart(compare, seeds_corpus.docs)
    assert index.data.empty and "No index, ETF, currency or commodity moves in this selection" in index.figure.layout.annotations[0].text


def test_market_chart_empty_state(seeds_corpus) -> None:
    assert report_charts("market", seeds_corpus, FilterState(outlets=("Hindustan Times",))) == []
    compare = reported_vs_actual(analyse(seeds_corpus).moves, load_reference()[0]).iloc[0:0]
    market = render_market_chart(compare, seeds_corpus.docs)
    assert market.data.empty
    assert market.figure.layout.annotations[0].text.startswith("No share moves in this selection: clear the outlet")


def test_signed_labels_and_actual_text() -> None:
    assert signed_label("8.9%", 8.9) == "+8.9%" and signed_label("over 20%", -20.0) == "over \u221220%"
    assert signed_pct(-16.968) == "\u221216.97%" and signed_pct(0.001) == "0.00%"
    frame = pd.DataFrame({
        "actual_pct": [-16.97, math.nan, math.nan],
        "session_date": pd.to_datetime(["2025-01-27", "2025-01-27", None]),
        "period_end": [None, None, None],
    })
    assert list(actual_text(frame)) == ["\u221216.97%", "n/a (no reference close)", "n/a (session unknown)"]


def test_reported_vs_actual_csv_is_rounded_as_shown(seeds_corpus) -> None:
    compare = reported_vs_actual(analyse(seeds_corpus).moves, load_reference()[0])
    text = compare_csv(compare.assign(actual_pct=compare["actual_pct"] + 1e-9)).decode("utf-8")
    assert "-16.97" in text and "0000000" not in text


def test_outlet_dots_and_escaped_hover() -> None:
    corpus = _synthetic({
        "a": ("Wire <A>", "Nvidia shares fell 17% on Monday."),
        "b": ("Wire B", "On Monday, Nvidia plunged nearly 12%."),
    })
    ref, _ = load_reference()
    compare = reported_vs_actual(analyse(corpus).moves, ref)
    result = render_market_chart(compare, corpus.docs, "All articles")
    dots = [t for t in result.figure.data if t.legendgroup == "outlets"]
    assert sorted(x for t in dots for x in t.x) == [-17.0, -12.0]
    assert [t.name for t in dots] == ["Wire &lt;A&gt;", "Wire B"]
    assert any("<b>Wire &lt;A&gt;</b>: \u221217%" in h for t in dots for h in t.hovertext)
    bar = next(t for t in result.figure.data if t.type == "bar")
    assert "Reported: \u221214.50% (median of 2 outlets)" in bar.hovertext[0]
    assert "“Nvidia shares fell 17% on Monday.”" in bar.hovertext[0]
    idx = render_index_chart(compare, corpus.docs)
    assert idx.data.empty


def test_a_range_label_is_two_short_lines_and_the_axis_leaves_room_for_it() -> None:
    """"−27.5% to −34%, 5 outlets" on one line ran under the legend: the range and the count are two lines, and the
    axis keeps beside the zero line the share of the plot the longest line needs (at the plot width the figure is
    laid out for: tests/market/test_market_chart_print.py)."""
    corpus = _synthetic({
        "a": ("Wire A", "Nvidia shares fell 27.5% on Monday."),
        "b": ("Wire B", "On Monday, Nvidia plunged 34%."),
        "c": ("Wire C", "Nvidia shares rose 0.6% on Monday."),
    })
    compare = reported_vs_actual(analyse(corpus).moves, load_reference()[0])
    result = render_market_chart(compare, corpus.docs, "All articles")
    labels = next(t for t in result.figure.data if t.type == "scatter" and t.mode == "text")
    first, second = next(t for t in labels.text if " to " in t).split("<br>")
    assert "\u221234%" in first and second.strip().startswith("3 outlets")
    left, right = result.figure.layout.xaxis.range
    longest = max(len(line.strip()) for t in labels.text for line in t.split("<br>"))
    plot_px = _plot_px([y for t in result.figure.data if t.type == "bar" for y in t.y], _legend_texts(result.figure))
    assert right / (right - left) >= 7.0 * (longest + 4) / plot_px - 1e-9


def test_undated_articles_say_the_session_is_unknown() -> None:
    corpus = build_corpus([
        (RawArticle(file="x.txt", text="Nvidia fell 17%."), {"outlet": "X"}, "corpus"),
        (RawArticle(file="y.txt", text="Nvidia plunged nearly 12%."), {"outlet": "Y"}, "corpus"),
    ])
    moves = analyse(corpus).moves
    assert moves["session_date"].isna().all()
    compare = reported_vs_actual(moves, load_reference()[0])
    assert set(compare["note"]) == {"the session is unknown: the article gives no date to resolve it against"}
    assert list(discrepancy_display(discrepancies(moves))["Session"]) == ["unknown", "unknown"]
    assert render_market_chart(compare, corpus.docs).caption.startswith("2 reported share moves for 1 company-session")


def test_multi_day_moves_have_their_own_chart_and_period_in_the_table() -> None:
    """Issue 11: a move over several sessions is not a bar of the one-session chart; it is in the multi-day view,
    labelled with its period, and each bar still carries its company (a click shows the sentences)."""
    raw = RawArticle(file="a.txt", text=(
        "Shares of Acme Widgets fell 4% on Tuesday after the company cut its outlook.\n\n"
        "Acme Widgets shares have lost 30% this year."
    ))
    corpus = build_corpus([(raw, {"published": "2025-03-05", "outlet": "Wire"}, "corpus")])
    compare = reported_vs_actual(analyse(corpus).moves, load_reference()[0])
    session = render_market_chart(compare, corpus.docs)
    multi = render_market_chart(compare, corpus.docs, span="multi-day")
    assert list(session.data["pct"]) == [-4.0]
    assert list(multi.data["pct"]) == [-30.0] and multi.slug == "market-multi-day"
    bar = next(t for t in multi.figure.data if t.type == "bar")
    assert list(bar.y) == ["Acme Widgets · 01 Jan–05 Mar 2025"] and list(bar.customdata) == ["Acme Widgets"]
    assert "Acme Widgets shares have lost 30% this year." in bar.hovertext[0]
    table = compare_display(compare).set_index("Reported")
    assert table.loc["down 30%", "Session"] == "01 Jan–05 Mar 2025"
    assert table.loc["down 4%", "Session"] == "Tue 04 Mar 2025"


def test_report_uses_the_reference_prices_saved_with_the_corpus(tmp_path) -> None:
    """A project's own reference file (in its folder, where the Market page saves it) is what its report uses."""
    import shutil

    from analysis.corpus.load import load_corpus

    folder = tmp_path / "project"
    shutil.copytree(SEEDS_DIR, folder, ignore=shutil.ignore_patterns(".storytrace", "reference"))
    (folder / "reference").mkdir()
    (folder / "reference" / "mine.csv").write_text("date,ticker,close\n2025-01-24,NVDA,142.62\n2025-01-27,NVDA,120.00\n",
                                                   encoding="utf-8")
    (market,) = report_charts("market", load_corpus(folder), FilterState())
    assert market.data.set_index("company").loc["Nvidia", "actual_pct"] == -15.86


def test_a_move_over_an_unstated_period_is_not_a_one_session_bar() -> None:
    """A move over several sessions whose end the text does not give ("quadrupled in less than a year") belongs to
    the multi-day view, not to a session it was never dated to."""
    raw = RawArticle(file="a.txt", text=(
        "Shares of Acme Widgets fell 4% on Tuesday after the company cut its outlook.\n\n"
        "Its rival Globex Tools said its market capitalization quadrupled in less than a year."
    ))
    corpus = build_corpus([(raw, {"published": "2025-03-05", "outlet": "Wire"}, "corpus")])
    moves = analyse(corpus).moves
    compare = reported_vs_actual(moves, load_reference()[0])
    assert list(render_market_chart(compare, corpus.docs).data["company"]) == ["Acme Widgets"]
    multi = render_market_chart(compare, corpus.docs, span="multi-day")
    assert list(moves["period"]) == ["session", "multi-day"] and moves["period_end"].isna().all()
    assert list(multi.data["pct"]) == [300.0]
    assert list(next(t for t in multi.figure.data if t.type == "bar").y) == ["Globex Tools · several sessions"]


def test_one_sector_for_every_company_draws_no_sector_legend() -> None:
    corpus = _synthetic({"a": ("Wire A", "Quistel shares fell 7% on Monday, and Zorbex shares rose 2% on Monday.")})
    result = render_market_chart(reported_vs_actual(analyse(corpus).moves, load_reference()[0]), corpus.docs)
    bars = [t for t in result.figure.data if t.type == "bar"]
    assert bars and not any(t.showlegend for t in bars) and not result.figure.layout.legend.title.text


def test_every_outlet_keeps_a_colour_and_a_shape_of_its_own() -> None:
    """Each outlet's dots take their own colour and marker shape, so ten outlets stay apart, in print too (round 65:
    the ninth and tenth were drawn in the grey of "Other outlets", told apart by their shape alone)."""
    texts = {f"d{i}": (f"Wire {chr(65 + i)}", f"Nvidia shares fell {10 + i}% on Monday.") for i in range(10)}
    corpus = _synthetic(texts)
    compare = reported_vs_actual(analyse(corpus).moves, load_reference()[0])
    chart = render_market_chart(compare, corpus.docs, "All articles", colours=outlet_colours(corpus.docs))
    dots = [t for t in chart.figure.data if t.legendgroup == "outlets"]
    assert len(dots) == 10
    assert not [t for t in dots if t.marker.color == OTHER_COLOUR]
    assert len({t.marker.color for t in dots}) == 10
    assert len({t.marker.symbol for t in dots}) == 10
