"""The Timeline page renders in Streamlit's AppTest: chart, tables, window control and filters."""

from __future__ import annotations

import json
from datetime import date

from conftest import ROOT
from streamlit.testing.v1 import AppTest


def _open(outlets: list[str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if outlets:
        at.query_params["outlet"] = outlets  # the shared-link way of setting the sidebar filter
    at.run()
    at.switch_page("pages/timeline.py")
    at.run()
    assert not at.exception
    return at


def test_timeline_page_draws_the_default_window() -> None:
    at = _open()
    assert at.title[0].value == "Timeline"
    window = at.date_input(key="timeline_window")
    assert window.value == (date(2025, 1, 20), date(2025, 1, 27))
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    # the title says which days and why; "articles" is the one word for the sources of an event
    assert spec["layout"]["title"]["text"].startswith(
        "<b>Dated events, 20 Jan – 27 Jan 2025: the 8 days with the most dated events</b>"
    )
    assert spec["layout"]["xaxis"]["title"]["text"] == "Day of the event"
    ticks = [t.replace("<br>", " ").replace("\u00a0", " ") for t in spec["layout"]["yaxis"]["ticktext"]]
    assert ticks == [
        "DeepSeek unveils R1 (2 articles)",
        "Mark Zuckerberg says Meta plans to spend over $60 billion (1 article)",
        # the reprint's headline: Yann LeCun's post, told in the present, on its lead's day (round 59)
        "Meta's chief AI scientist says DeepSeek's success shows that 'open source models are surpassing proprietary"
        " ones' (1 article)",
        "DeepSeek trends on social media platform X (1 article)",
        "ASML drops by over 7% (1 article)",
        # the share moves the articles report, one event per company on its session
        "Alphabet shares fall 4% (1 article)",
        "Broadcom shares fall 17.4% (1 article)",
        "Cisco shares fall 5% (1 article)",
        "Microsoft shares fall 2.14% (1 article)",
        "Nvidia shares fall 16.9% (1 article)",
        "Oracle shares fall 14% (1 article)",
        "Siemens Energy shares fall 20% (1 article)",
    ]
    outlets = sorted({t["name"] for t in spec["data"] if t.get("showlegend", True) is not False})
    assert outlets == ["Daily The Business", "Evrim Ağacı (English news)", "International Business Times UK"]
    subheaders = [s.value for s in at.subheader]
    assert subheaders == ["Events of 20 Jan – 27 Jan 2025", "Outside the window"]
    inside, _wording, outside, _undated, dates = (d.value for d in at.dataframe)
    assert list(inside["When"]) == ["2025-01-20", "2025-01-21 to 2025-01-25 (range)", "2025-01-25",
                                    "2025-01-25 to 2025-01-26 (range)"] + ["2025-01-27"] * 8
    assert list(outside["When"]) == ["2024-09 (month)", "2024-11 (month)", "2025-01 (month)"]
    assert [e.label for e in at.expander] == [
        "Every article's wording and how its date was worked out",
        "4 time expressions in 1 article could not be dated",
    ]
    assert [t.label for t in at.tabs] == ["Events", "Dates"]
    assert list(dates.columns) == ["Expression", "Sentence", "Value", "Type", "Covers", "Resolved against", "Outlet",
                                   "Article"]
    assert all(f"⟦{e}⟧" in s for e, s in zip(dates["Expression"], dates["Sentence"]))
    assert "2025-01-27" in set(dates["Value"])


def test_timeline_page_respects_the_outlet_filter_and_window() -> None:
    at = _open(["International Business Times UK"])
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["yaxis"]["ticktext"][0] == "ASML drops by over 7% (1\u00a0article)"
    at.date_input(key="timeline_window").set_value((date(2024, 12, 1), date(2024, 12, 8))).run()
    assert not at.exception
    assert any("No dated event in this window" in i.value for i in at.info)
    # no empty chart: the chart's place says why it is empty, and no chart is drawn or offered for download (the
    # tables of the page are: every mention, the events outside the window, the dates)
    assert any("No dated event in 1 Dec – 8 Dec 2024" in i.value.replace("\\", "") for i in at.info)
    assert not at.get("plotly_chart")
    assert [b.label for b in at.get("download_button")] == [
        "Every article's wording (CSV)", "Events outside the window (CSV)", "Temporal expressions (CSV)"]


def test_timeline_page_colours_by_entity() -> None:
    at = _open()
    at.radio(key="timeline_colour").set_value("Entity").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["legend"]["title"]["text"] == "Entity"
    names = sorted({t["name"] for t in spec["data"] if t.get("showlegend", True) is not False})
    assert names == ["ASML", "Alphabet", "Broadcom", "Cisco", "DeepSeek", "Mark Zuckerberg", "Meta", "Microsoft",
                     "Nvidia", "Oracle", "Siemens Energy"]


def test_timeline_page_empty_states(tmp_path, monkeypatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("STORYTRACE_CORPUS", str(empty))
    at = _open()
    assert any("No articles yet" in i.value for i in at.info)

    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "a.txt").write_text("Shares fell sharply on Monday after the launch.\n\nAnalysts were surprised.\n", encoding="utf-8")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(undated))
    at = _open()
    assert any("No sentence in the corpus carries a date" in i.value for i in at.info)


def test_a_shared_link_opens_the_timeline_window_it_names() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.query_params["timeline_window"] = ["2025-01-25", "2025-01-27"]  # the link's ?timeline_window=...&timeline_window=...
    at.switch_page("pages/timeline.py")
    at.run()
    assert not at.exception
    assert at.date_input(key="timeline_window").value == (date(2025, 1, 25), date(2025, 1, 27))
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["text"].startswith("<b>Dated events, 25 Jan – 27 Jan 2025: the window you chose</b>")
