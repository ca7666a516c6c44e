"""AppTest: the Market reaction page draws the seeds' moves, respects filters and handles reference uploads."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import ROOT
from streamlit.testing.v1 import AppTest


def open_page(page: str, query: dict[str, list[str]] | None = None) -> AppTest:
    """The app on the seeds, opened with ``query`` as its URL's parameters and switched to ``pages/<page>.py``."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_market(query: dict[str, list[str]] | None = None) -> AppTest:
    return open_page("market", query)


def test_market_page_on_seeds() -> None:
    at = open_market()
    assert at.title[0].value == "Market reaction"
    charts = at.get("plotly_chart")
    assert len(charts) == 1  # the seeds report no index move: no empty index chart
    spec = json.loads(charts[0].proto.spec)
    bars = [t for t in spec["data"] if t["type"] == "bar"]
    companies = sorted(y for t in bars for y in t["y"])
    assert companies == sorted(["Nvidia", "Broadcom", "Microsoft", "Alphabet", "Oracle", "Cisco", "ASML", "Siemens Energy"])
    assert spec["layout"]["xaxis"]["title"]["text"] == "Share price move on the session (%)"
    assert any("No index, ETF, currency or commodity moves are reported" in c.value for c in at.caption)
    labels = next(t for t in spec["data"] if t.get("mode") == "text")["text"]
    assert "  +8.9%  " not in labels and any("\u2212" in t for t in labels)  # the seeds' moves are falls: signed
    table = at.dataframe[0].value
    assert len(table) == 8
    assert table.set_index("Company").loc["ASML", "Verdict"] == "listing mismatch"
    assert table.set_index("Company").loc["Oracle", "Reported"] == "down 14%"
    assert table.set_index("Company").loc["Oracle", "Actual"] == "\u221213.79%"
    assert "None" not in table.astype(str).to_string()
    assert table.set_index("Company").loc["Siemens Energy", "Actual"] == "n/a (no previous close)"
    assert any("reference is the US ADR" in c.value for c in at.caption)
    assert any("No discrepancies" in i.value for i in at.info)


def test_market_page_respects_outlet_filter() -> None:
    at = open_market({"outlet": ["Hindustan Times"]})
    assert not at.get("plotly_chart")  # no empty chart: the page says what is missing
    assert any(i.value.startswith("No share moves in this selection") for i in at.info)
    assert any("No reported moves in this selection" in i.value for i in at.info)


def test_bad_uploaded_reference_is_reported_and_shipped_file_stays(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path))
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "bad.csv").write_text("date,close\n2025-01-27,1\n", encoding="utf-8")
    at = open_market()
    # the file's own words are escaped Markdown (shown literally); as read by the user:
    assert [re.sub(r"\\(.)", r"\1", w.value) for w in at.warning] == [
        "Reference file not used: bad.csv: missing column(s) ticker (need date, ticker, close; found date, close); "
        "the shipped reference prices stay in use"
    ]
    table = at.dataframe[0].value.set_index("Company")
    assert table.loc["Oracle", "Actual"] == "\u221213.79%"


def test_colour_by_region() -> None:
    at = open_market()
    at.radio(key="market_colour").set_value("region").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert sorted(t["name"] for t in spec["data"] if t["type"] == "bar") == ["Europe", "US"]
    assert spec["layout"]["legend"]["title"]["text"] == "Region"


def test_uploaded_reference_overrides_shipped_closes(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path))
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "mine.csv").write_text("date,ticker,close\n2025-01-24,NVDA,142.62\n2025-01-27,NVDA,120.00\n", encoding="utf-8")
    at = open_market()
    table = at.dataframe[0].value.set_index("Company")
    assert table.loc["Nvidia", "Actual"] == "\u221215.86%"
    assert table.loc["Nvidia", "Verdict"] == "gap"
    assert at.button[0].label == "Remove uploaded reference files"
    at.button[0].click().run()
    assert not (tmp_path / "reference" / "mine.csv").exists()
    assert at.dataframe[0].value.set_index("Company").loc["Nvidia", "Actual"] == "\u221216.97%"


def test_multi_day_view_is_a_separate_labelled_chart() -> None:
    """Issue 11: one-session moves by default; the multi-day / year-to-date view is picked with the "Moves" toggle
    (the seeds have none, so it says so)."""
    at = open_market()
    span = next(r for r in at.radio if r.label == "Moves")
    assert span.value == "session"
    span.set_value("multi-day").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("plotly_chart")
    assert any(i.value.startswith("No multi-day or year-to-date share moves") for i in at.info)
