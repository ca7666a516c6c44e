"""AppTest for the Report page and the export controls that show_chart draws under every chart."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from analysis.report import registry as views
from tests.pipeline_helpers import selection


def _open(outlets: list[str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if outlets:
        at.query_params["outlet"] = outlets  # the shared-link way of setting the sidebar filter
    at.run()
    at.switch_page("pages/report.py")
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture()
def report_app(monkeypatch: pytest.MonkeyPatch, tmp_path) -> AppTest:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    return _open()


def _labels(at: AppTest, kind: str) -> list[str]:
    return [el.proto.label for el in at.get(kind)]


def test_report_page_lists_registered_charts(report_app, seeds_corpus):
    at = report_app
    assert at.title[0].value == "Report"
    picker = at.multiselect(key="report_charts")
    assert [picker.format_func(o) for o in picker.value] == [s.label for s in views.REPORT_SOURCES]
    assert picker.value[0] == "coverage"
    assert at.text_input[0].value == "Storytrace report"
    assert not at.get("plotly_chart")  # the page opens at once: nothing drawn (nor analysed) until asked
    # the preview draws every chart with its export controls; no empty chart (the seeds have no index move)
    at.toggle(key="report_preview").set_value(True).run()
    assert not at.exception, at.exception
    charts, _ = views.collect_charts(selection(seeds_corpus))
    assert "market-index-moves" not in [c.slug for c in charts]
    assert len(at.get("plotly_chart")) == len(charts)
    labels = _labels(at, "download_button")
    assert labels.count("Data behind this chart (CSV)") == len(charts)
    for fmt in ("PNG", "SVG", "PDF", "HTML"):
        assert labels.count(fmt) == len(charts)


def test_build_report_bundle_with_title_notes_and_escaping(report_app):
    at = report_app
    at.text_input[0].input("Week <one> & markets")
    at.text_area[0].input("Seen by <b>desk</b>")
    at.multiselect(key="report_charts").set_value(["coverage"])
    at.run()
    at.button[0].click()  # "Build report"
    at.run()
    assert not at.exception, at.exception
    bundle = at.session_state["report_bundle"]
    assert bundle["name"] == "storytrace-report-2025-01-25_2025-01-31.zip"
    stem = "storytrace-coverage-by-day-2025-01-25_2025-01-31"
    evidence = [f"storytrace-{slug}-2025-01-25_2025-01-31.csv" for slug in ("articles", "overlap-passages", "quote-wordings")]
    assert bundle["files"] == ["index.html", *sorted([*evidence, f"{stem}.csv", f"{stem}.png", f"{stem}.svg"])]
    archive = zipfile.ZipFile(io.BytesIO(bundle["zip"]))
    index = archive.read("index.html").decode()
    assert "<h1>Week &lt;one&gt; &amp; markets</h1>" in index
    assert "Seen by &lt;b&gt;desk&lt;/b&gt;" in index
    assert "Filters: All articles" in index
    assert archive.read(f"{stem}.png")[:4] == b"\x89PNG"
    assert "Download storytrace-report-2025-01-25_2025-01-31.zip" in _labels(at, "download_button")
    # changing a setting asks for a rebuild instead of offering a stale bundle
    at.text_input[0].input("Another title")
    at.run()
    assert "Download storytrace-report-2025-01-25_2025-01-31.zip" not in _labels(at, "download_button")
    assert any("build the report again" in c.value for c in at.caption)


def test_report_under_outlet_filter(seeds_corpus, gold):
    """Filter to the outlet of the gold share-moves article: the bundle is named after it and its session."""
    move = gold["share_moves"][0]
    docs = seeds_corpus.docs
    SHARE_FILE_OUTLET = str(docs.loc[docs["file"] == move["file"], "outlet"].iloc[0])
    assert SHARE_FILE_OUTLET == "International Business Times UK"
    at = _open([SHARE_FILE_OUTLET])
    assert f"Filters: Outlets: {SHARE_FILE_OUTLET}" in [t.value for t in at.text]
    at.multiselect(key="report_charts").set_value(["coverage"])
    at.pills(key="report_formats").set_value(["csv"])
    at.run()
    at.button[0].click()
    at.run()
    bundle = at.session_state["report_bundle"]
    assert bundle["name"] == f"storytrace-report-{move['session']}-international-business-times-uk.zip"
    archive = zipfile.ZipFile(io.BytesIO(bundle["zip"]))
    csv = archive.read("storytrace-coverage-by-day-2025-01-27-international-business-times-uk.csv").decode()
    assert csv == f"date,outlet,articles,basis\n{move['session']},{SHARE_FILE_OUTLET},1,on or after\n"


def test_a_chart_that_cannot_be_rendered_is_named_and_the_rest_is_offered(report_app, monkeypatch):
    from analysis.report import bundle as export

    real = export.chart_bytes

    def flaky(result, fmt, stem=None):
        if result.slug == "coverage-by-day" and fmt == "svg":
            raise export.ExportFailed("rendering the chart took longer than 60 s, 2 times")
        return real(result, fmt, stem)

    monkeypatch.setattr(export, "chart_bytes", flaky)
    at = report_app
    at.multiselect(key="report_charts").set_value(["coverage"])
    at.run()
    at.button[0].click()
    at.run()
    assert not at.exception, at.exception
    assert not at.error
    warning = at.warning[0].value.replace("\\", "")  # markdown escapes, as drawn
    assert warning.startswith("Not in the bundle (the rest is): Coverage by day (SVG): rendering the chart took longer")
    files = at.session_state["report_bundle"]["files"]
    assert any(f.endswith(".png") for f in files) and not any(f.endswith(".svg") for f in files)
    assert any(label.startswith("Download storytrace-report") for label in _labels(at, "download_button"))
