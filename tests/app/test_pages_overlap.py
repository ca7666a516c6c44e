"""The Source overlap page: heatmap, controls, provenance hints and the aligned drill-down (AppTest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture()
def at(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page("pages/overlap.py")
    app.run()
    return app


def _spec(app: AppTest) -> dict:
    return json.loads(app.get("plotly_chart")[0].proto.spec)


def test_page_draws_outlet_heatmap_with_blank_diagonal(at: AppTest) -> None:
    assert not at.exception
    heat = _spec(at)["data"][0]
    assert heat["type"] == "heatmap"
    assert heat["x"] == ["Daily The Business", "Evrim Ağacı (English<br>news)", "Hindustan Times", "International Business<br>Times UK", "newswalaa.com"]
    assert [heat["z"][i][i] for i in range(5)] == [None] * 5
    assert heat["text"][0][3] == "17%"


def test_page_shows_hints_and_default_drilldown(at: AppTest) -> None:
    texts = [t.value for t in at.text]
    assert texts[0] == (
        "• Daily The Business, “Meta's chief AI scientist says DeepSeek's success shows that 'open…”: the manifest "
        "says it is derived from Business Insider (not in this selection)."
    )
    assert at.selectbox(key="ovl_cell").value == "Daily The Business → International Business Times UK (17%)"
    md = [m.value for m in at.markdown]
    assert "Because their work is published and open source, everyone can profit from it,” :orange-background[LeCun] :orange-background[said\\.]" in md
    assert "100 · quote" in md


def test_choosing_a_pair_shows_garbled_rewrite(at: AppTest) -> None:
    box = at.selectbox(key="ovl_cell")
    choice = next(o for o in box.options if o.startswith("newswalaa.com → Hindustan Times"))
    box.set_value(choice).run()
    assert not at.exception
    md = [m.value for m in at.markdown]
    assert "91 · quote" in md
    assert any(m.startswith("They came up with new ideas and built them on :orange-background[the]") for m in md)


def test_document_level_and_unit_controls(at: AppTest) -> None:
    at.radio(key="ovl_level").set_value("document").run()
    heat = _spec(at)["data"][0]
    assert heat["x"][0] == "Daily The Business<br>Meta's chief AI…"  # the seeds' file names are hashes
    assert len(heat["x"]) == 5
    at.radio(key="ovl_unit").set_value("quotes").run()
    assert not at.exception
    heat = _spec(at)["data"][0]
    assert heat["text"][0][3] == "17%"  # 000 -> 001: all shared text is LeCun's quoted post
    at.slider(key="ovl_threshold").set_value(100).run()
    heat = _spec(at)["data"][0]
    assert heat["text"][3][2] == "5%"  # only the verbatim quote sentences are left between 001 and 002
    # the seeds share no prose: "reporting only" shows a notice that says what to do, not an empty chart
    at.radio(key="ovl_unit").set_value("reporting").run()
    assert not at.exception
    notice = next(i.value for i in at.info if "No sentences shared between documents" in i.value)
    assert "lower the threshold" in notice and "choose 'All text'" in notice
    assert not at.get("plotly_chart") and not at.get("download_button")


def test_sidebar_outlet_filter_narrows_heatmap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["outlet"] = ["Hindustan Times", "newswalaa.com"]  # a shared link with the outlet filter
    at.run()
    at.switch_page("pages/overlap.py")
    at.run()
    assert not at.exception
    assert not at.exception
    heat = _spec(at)["data"][0]
    assert heat["x"] == ["Hindustan Times", "newswalaa.com"]
    assert heat["text"] == [["", "16%"], ["7%", ""]]
    assert at.selectbox(key="ovl_cell").value == "Hindustan Times → newswalaa.com (16%)"
    # names are escaped Markdown in the caption (shown literally)
    assert any(c.value.startswith("4 sentences of Hindustan Times with a match in newswalaa\\.com. Differing") for c in at.caption)


def test_browser_click_on_a_cell_opens_its_sentences(page, streamlit_server) -> None:
    """Real browser: clicking the newswalaa.com → Hindustan Times cell shows the garbled LeCun passage."""
    from conftest import wait_for_app

    page.goto(f"{streamlit_server['url']}/overlap")
    wait_for_app(page, "Aligned sentences")
    page.locator('[data-testid="stPlotlyChart"]').first.wait_for()
    plot = page.locator('[data-testid="stPlotlyChart"] .nsewdrag').first
    plot.scroll_into_view_if_needed()  # the provenance hints above it may push it below the window
    page.wait_for_timeout(300)
    box = plot.bounding_box()
    assert box is not None
    n = 5  # outlets, alphabetical: row 4 = newswalaa.com, column 2 = Hindustan Times
    page.wait_for_timeout(1500)  # let plotly finish its first layout before clicking
    page.mouse.click(box["x"] + box["width"] * 2.5 / n, box["y"] + box["height"] * 4.5 / n)
    try:
        page.get_by_text("4 sentences of newswalaa.com with a match in Hindustan Times.").first.wait_for(timeout=30_000)
    finally:
        page.screenshot(path=str(Path(streamlit_server["upload_dir"]).parent / "overlap-click.png"), full_page=True)
    # the default pair was Daily The Business → International Business Times UK; the click replaced it
    wait_for_app(page)
    assert page.get_by_text("91 · quote").count() == 2


def test_page_never_lists_every_sentence_pair_of_the_view(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The heatmap and hints read sums; only the shown cell's documents are expanded into sentence pairs (a whole
    10,000-article corpus is 5.4 million pairs)."""
    import analysis.pipeline as pipeline

    views: list[object] = []
    expand = pipeline.expand_matches

    def recording(passages, links, doc_ids=None, *args, **kwargs):
        views.append(doc_ids)
        return expand(passages, links, doc_ids, *args, **kwargs)

    monkeypatch.setattr(pipeline, "expand_matches", recording)
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page("pages/overlap.py")
    app.run()
    assert not app.exception and app.get("plotly_chart")
    assert views and all(v is not None for v in views)  # the shown cell's documents only, never the whole view


def test_many_hints_fold_away_below_the_first_three(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A corpus of reprints gives a hint per copy: the first three are shown, the rest wait in an expander, so the
    heatmap stays near the top of the page."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = ("Harbor Foods said on Monday it would close four of its canneries by the end of the year. "
            "The company blamed falling demand for tinned fish across its three largest markets. "
            "About nine hundred workers will lose their jobs, the union representing them said in a statement. ")
    rows = ["file,outlet,published,title"]
    for n in range(6):
        (corpus / f"copy{n}.txt").write_text(f"Harbor Foods to close canneries\n\n{body}\n", encoding="utf-8")
        rows.append(f"copy{n}.txt,Outlet {n},2025-03-0{n + 1},Harbor Foods to close canneries")
    (corpus / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page("pages/overlap.py")
    app.run()
    assert not app.exception
    shown = [t for t in app.text if t.value.startswith("• ")]
    folded = app.expander[0]
    assert folded.label == "2 more hints"
    assert len(shown) == 5 and [t.value for t in folded.text] == [t.value for t in shown[3:]]
    assert all("reproduces 100% of its text" in t.value for t in shown)
