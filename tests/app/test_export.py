"""Export builders (PNG/SVG/PDF/HTML/CSV), file names, the report registry, the bundle and the CLI."""

from __future__ import annotations

import asyncio
import html
import io
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from analysis.charts import ChartResult, finish_figure
from analysis.corpus.coverage import coverage_table
from analysis.filters import FilterState, filter_corpus
from analysis.report import bundle as export
from analysis.report import registry as views
from analysis.report import render
from analysis.report.evidence import evidence_tables
from tests.pipeline_helpers import selection

ROOT = Path(__file__).resolve().parents[2]
SHARE_FILE = "001_9d4eccda8b18999b.txt"  # the gold file that reports the share moves


def _outlet_of(corpus, file: str) -> str:
    return str(corpus.docs.loc[corpus.docs["file"] == file, "outlet"].iloc[0])


@pytest.fixture(scope="module")
def coverage(seeds_corpus) -> ChartResult:
    return views.coverage_charts(selection(seeds_corpus))[0]


# ------------------------------------------------------------------------------------------- builders


def test_png_is_print_resolution(coverage):
    data = export.figure_bytes(coverage.figure, "png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert width == 1100 * export.PNG_SCALE == 2200
    assert height >= 420 * export.PNG_SCALE


def test_svg_parses_and_carries_title_and_source(coverage):
    data = export.figure_bytes(coverage.figure, "svg")
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    text = " ".join(t for t in root.itertext())
    assert "Coverage by day" in text
    assert "Source: Storytrace, 5 articles from 5 outlets, 2025-01-25 to 2025-01-31" in text
    assert "Articles (count)" in text


def test_pdf_page_is_the_whole_figure(coverage):
    data = export.figure_bytes(coverage.figure, "pdf")
    assert data[:5] == b"%PDF-"
    assert data.rstrip().endswith(b"%%EOF")
    box = re.search(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    ready = export.export_figure(coverage.figure)  # 1 px = 0.75 pt: one page exactly the figure's size
    assert float(box.group(1)) == pytest.approx(ready.layout.width * 0.75, abs=1)
    assert float(box.group(2)) == pytest.approx(ready.layout.height * 0.75, abs=1)


def test_html_is_self_contained_with_data(coverage):
    page = export.figure_bytes(coverage.figure, "html", "storytrace-coverage-by-day").decode("utf-8")
    assert "<html" in page[:200]
    assert '<head><meta charset="utf-8"><title>Coverage by day</title>' in page
    assert "<script src=" not in page and len(page) > 3_000_000  # plotly.js inline: works offline
    assert "Plotly.newPlot" in page
    assert "Daily The Business" in page and "Hindustan Times" in page
    assert '"filename": "storytrace-coverage-by-day"' in page or '"filename":"storytrace-coverage-by-day"' in page


def test_renderer_is_reused(coverage):
    export.figure_bytes(coverage.figure, "svg")  # warm: starts the one shared browser
    browser = render._RENDERER._kaleido
    for _ in range(3):
        assert export.figure_bytes(coverage.figure, "png")[:4] == b"\x89PNG"
    assert render._RENDERER._kaleido is browser  # no new browser per export (timings: bench/bench_export.py)


def test_warm_up_starts_the_renderer_in_the_background():
    code = (
        "import time\nfrom analysis.report import render\nrender.warm_up()\n"
        "deadline = time.time() + 60\n"
        "while not render._RENDERER.running() and time.time() < deadline:\n    time.sleep(0.1)\n"
        "print(render._RENDERER.running())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "True", proc.stderr


def test_renderer_is_thread_safe(coverage):
    results: dict[str, bytes] = {}

    def work(fmt: str) -> None:
        results[fmt] = export.figure_bytes(coverage.figure, fmt)  # type: ignore[arg-type]

    threads = [threading.Thread(target=work, args=(fmt,)) for fmt in ("png", "svg", "pdf")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results["png"][:4] == b"\x89PNG"
    assert results["svg"].lstrip()[:4] == b"<svg"
    assert results["pdf"][:4] == b"%PDF"



def test_export_copies_of_one_chart_made_at_once_keep_their_traces(coverage):
    # plotly's figure copies share their validators: unguarded, threads copying one chart at once raise
    # "Invalid property ... 'width'" on some copies (a bar's property read for a scatter trace)
    errors: list[str] = []

    def work() -> None:
        for _ in range(20):
            try:
                render.export_figure(coverage.figure)
            except Exception as exc:  # noqa: BLE001 - every failure counts
                errors.append(repr(exc)[:80])

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []

def test_missing_browser_is_a_named_error_not_a_hang(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert render.renderer_available() is render._RENDERER.running()
    fresh = render._Renderer()
    start = time.perf_counter()
    with pytest.raises(export.ExportFailed) as err:
        fresh.render(go.Figure().to_dict(), {"format": "png"})
    assert time.perf_counter() - start < 30
    assert str(err.value) == (
        "cannot start the chart renderer (kaleido on Chromium): No browser found at "
        "BROWSER_PATH='/nonexistent/chromium'. Install Chromium (Debian package 'chromium') or set BROWSER_PATH "
        "to a Chrome/Chromium binary; CSV export still works"
    )
    assert not fresh.running()


def test_a_render_that_times_out_is_tried_again_in_a_fresh_browser(monkeypatch):
    monkeypatch.setattr(render, "RENDER_TIMEOUT_S", 0.3)
    browsers: list[object] = []

    class Browser:
        def __init__(self, stuck: bool) -> None:
            self.stuck = stuck

        async def calc_fig(self, fig, opts):
            if self.stuck:
                await asyncio.sleep(30)
            return b"image"

    class Renderer(render._Renderer):
        """A renderer whose browsers are stand-ins: the first (or every, with ``always_stuck``) never answers."""

        def __init__(self, always_stuck: bool = False) -> None:
            super().__init__()
            self.always_stuck = always_stuck

        def start(self) -> None:
            if self.running():
                return
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, daemon=True)
            thread.start()
            browsers.append(Browser(stuck=self.always_stuck or not browsers))
            self._loop, self._thread, self._kaleido = loop, thread, browsers[-1]

        def stop(self) -> None:
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._loop.stop)
            self._loop = self._thread = self._kaleido = None

    assert Renderer().render({}, {}) == b"image" and len(browsers) == 2
    browsers.clear()
    with pytest.raises(export.ExportFailed, match="2 times"):
        Renderer(always_stuck=True).render({}, {})
    assert len(browsers) == 2


def test_a_chart_that_cannot_be_rendered_is_named_and_the_rest_of_the_bundle_is_kept(seeds_corpus, coverage, monkeypatch):
    other = ChartResult("other-chart", "Other chart", coverage.figure, coverage.data)
    real = export.chart_bytes

    def flaky(result, fmt, stem=None):
        if result.slug == "other-chart" and fmt == "png":
            raise export.ExportFailed("rendering the chart took longer than 60 s, 2 times")
        return real(result, fmt, stem)

    monkeypatch.setattr(export, "chart_bytes", flaky)
    failed: list[str] = []
    files = export.bundle_files([coverage, other], seeds_corpus.docs, FilterState(), formats=["png", "csv"],
                                failed=failed.append)
    assert failed == ["Other chart (PNG): rendering the chart took longer than 60 s, 2 times"]
    assert [n for n in files if n.startswith("storytrace-other-chart")] == [
        "storytrace-other-chart-2025-01-25_2025-01-31.csv"]
    assert any(n.startswith("storytrace-coverage-by-day") and n.endswith(".png") for n in files)
    assert "Not rendered as PNG: rendering the chart took longer than 60 s, 2 times" in files["index.html"].decode()
    with pytest.raises(export.ExportFailed):  # without a place to say so, a failure stops the bundle
        export.bundle_files([coverage, other], seeds_corpus.docs, FilterState(), formats=["png"])

    def broken(result, fmt, stem=None):
        raise export.ExportFailed("cannot start the chart renderer")

    monkeypatch.setattr(export, "chart_bytes", broken)
    with pytest.raises(export.ExportFailed, match="cannot start"):  # no image at all: the renderer is missing
        export.bundle_files([coverage], seeds_corpus.docs, FilterState(), formats=["png"], failed=failed.append)


def test_export_figure_does_not_mutate_and_keeps_source_below_axis(coverage):
    before = coverage.figure.to_json()
    out = export.export_figure(coverage.figure)
    assert coverage.figure.to_json() == before
    assert out.layout.width == 1100
    assert out.layout.paper_bgcolor == "white"
    source = [a for a in out.layout.annotations if a.text.startswith("Source:")]
    assert len(source) == 1
    assert source[0].yshift < 0 and -source[0].yshift + 20 <= out.layout.margin.b
    assert out.layout.title.text.startswith("<b>Coverage by day</b>")


def test_rotated_labels_get_more_room():
    labels = [f"A very long outlet name number {i}" for i in range(6)]
    fig = go.Figure(go.Heatmap(x=labels, y=["a", "b"], z=[[1] * 6, [2] * 6]))
    finish_figure(fig, title="T", source="Source: test", x_title="Outlet", y_title="Row")
    fig.update_xaxes(tickangle=-35)
    flat = go.Figure(go.Heatmap(x=["a", "b"], y=["a", "b"], z=[[1, 2], [3, 4]]))
    finish_figure(flat, title="T", source="Source: test", x_title="Outlet", y_title="Row")
    assert render._x_axis_depth(fig, 1100) > render._x_axis_depth(flat, 1100) + 60
    assert export.export_figure(fig).layout.margin.b > export.export_figure(flat).layout.margin.b


# ------------------------------------------------------------------------------------------- CSV


def test_csv_equals_chart_data_under_filters(seeds_corpus):
    outlet = _outlet_of(seeds_corpus, "000_249e7fa9a8165267.txt")
    state = FilterState(outlets=(outlet, _outlet_of(seeds_corpus, "002_d7fa40523d25d390.txt")))
    result = views.coverage_charts(selection(seeds_corpus, state))[0]
    back = pd.read_csv(io.BytesIO(export.chart_bytes(result, "csv")), dtype=str)
    expected = coverage_table(filter_corpus(seeds_corpus, state).docs).astype(str)
    pd.testing.assert_frame_equal(back, expected.reset_index(drop=True), check_dtype=False)
    assert back.to_dict("records") == [
        {"date": "2025-01-25", "outlet": "Daily The Business", "articles": "1", "basis": "published"},
        {"date": "2025-01-25", "outlet": "Hindustan Times", "articles": "1", "basis": "published"},
    ]


def test_csv_formats_dates_and_times():
    frame = pd.DataFrame(
        {"day": pd.to_datetime(["2025-01-27", None]), "at": pd.to_datetime(["2025-01-27 14:30", "2025-01-28"], format="mixed")}
    )
    assert export.csv_bytes(frame).decode() == "day,at\n2025-01-27,2025-01-27 14:30\n,2025-01-28 00:00\n"


# ------------------------------------------------------------------------------------------- names


def test_safe_slug():
    assert export.safe_slug("Evrim Ağacı (English news)") == "evrim-agaci-english-news"
    assert export.safe_slug("../../etc/passwd") == "etc-passwd"
    assert export.safe_slug("<script>alert(1)</script>") == "script-alert-1-script"
    assert export.safe_slug("新闻") == ""
    assert export.safe_slug("a" * 30 + " " + "b" * 30, 40) == "a" * 30  # cut at the word break
    assert export.safe_slug("a" * 10 + "-" + "b" * 100, 40) == "a" * 10 + "-" + "b" * 29  # no break late enough


def test_file_stem_single_day_and_filters(seeds_corpus, gold):
    outlet = _outlet_of(seeds_corpus, SHARE_FILE)
    state = FilterState(outlets=(outlet,))
    view = filter_corpus(seeds_corpus, state)
    session = gold["share_moves"][0]["session"]
    assert export.file_stem("market-reaction", view.docs, state) == (
        f"storytrace-market-reaction-{session}-international-business-times-uk"
    )
    assert export.file_stem("coverage-by-day", seeds_corpus.docs, FilterState()) == (
        "storytrace-coverage-by-day-2025-01-25_2025-01-31"
    )


def test_file_stem_many_filters_is_capped():
    docs = pd.DataFrame(
        {"outlet": ["x"], "published": pd.to_datetime(["2025-01-20"]), "published_earliest": pd.to_datetime([None])}
    )
    state = FilterState(outlets=("A", "B", "C"), entities=("Nvidia",), include_undated=False, date_from=date(2025, 1, 1))
    assert export.file_stem("x", docs, state) == "storytrace-x-2025-01-20-3-outlets-nvidia-dated"
    long_state = FilterState(entities=("É" * 30 + " Holdings", "Ω" + "z" * 80))
    stem = export.file_stem("s" * 80, docs, long_state)
    assert len(stem) <= export.MAX_STEM_CHARS
    assert set(stem) <= set("abcdefghijklmnopqrstuvwxyz0123456789-_")


def test_parse_formats():
    assert export.parse_formats("csv, PNG,svg") == ("png", "svg", "csv")
    with pytest.raises(export.StorytraceError, match="unknown export format gif"):
        export.parse_formats("png,gif")


# ------------------------------------------------------------------------------------------- registry


def test_registry_lists_every_page_chart_in_order():
    assert [s.key for s in views.REPORT_SOURCES] == ["coverage", "entities", "quotes", "overlap", "spread", "timeline", "market"]


def test_collect_charts_reports_a_failing_source(seeds_corpus):
    def broken(sel):
        raise ValueError("boom")

    sources = (views.REPORT_SOURCES[0], views.ReportSource("bad", "Bad chart", broken))
    charts, messages = views.collect_charts(selection(seeds_corpus), sources=sources)
    assert [c.slug for c in charts] == ["coverage-by-day"]
    assert messages == ["Bad chart failed: boom"]


# ------------------------------------------------------------------------------------------- bundle


def test_bundle_zip_and_escaped_index(seeds_corpus, coverage):
    calls: list[tuple[float, str]] = []
    files = export.bundle_files(
        [coverage, coverage], seeds_corpus.docs, FilterState(),
        title="<b>DeepSeek</b> & markets", notes="first <script>alert(1)</script>\n\nsecond",
        formats=["png", "svg", "csv"], include_tables=True, progress=lambda f, m: calls.append((f, m)),
        generated=datetime(2025, 2, 1, 9, 30),
    )
    stem = "storytrace-coverage-by-day-2025-01-25_2025-01-31"
    assert list(files) == [
        "index.html", f"{stem}-2.csv", f"{stem}-2.png", f"{stem}-2.svg", f"{stem}.csv", f"{stem}.png", f"{stem}.svg"
    ]
    index = files["index.html"].decode()
    assert "<title>&lt;b&gt;DeepSeek&lt;/b&gt; &amp; markets</title>" in index
    assert "<p class='notes'>first &lt;script&gt;alert(1)&lt;/script&gt;</p>" in index
    assert "<script" not in index
    assert "Filters: All articles · generated 2025-02-01 09:30" in index
    # the two charts have pictures, which carry the source line: index.html does not print it again (round 64)
    assert index.count("Source: Storytrace, 5 articles from 5 outlets, 2025-01-25 to 2025-01-31") == 0
    assert f"<img src='{stem}.png'" in index and f"<img src='{stem}-2.png'" in index
    assert "<td>Hindustan Times</td>" in index  # data table included
    assert [round(f, 3) for f, _ in calls] == [0.0, 0.167, 0.333, 0.5, 0.667, 0.833, 1.0]
    archive = zipfile.ZipFile(io.BytesIO(export.zip_bytes(files)))
    assert archive.namelist() == list(files)
    assert archive.read(f"{stem}.png")[:4] == b"\x89PNG"


def test_bundle_name(seeds_corpus):
    state = FilterState(entities=("Nvidia",))
    assert export.bundle_name(seeds_corpus.docs, state) == "storytrace-report-2025-01-25_2025-01-31-nvidia.zip"


def _run_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "report", *argv], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_cli_bundle_contains_every_registered_chart(tmp_path, seeds_corpus):
    proc = _run_cli("--corpus", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "png,svg,csv")
    assert proc.returncode == 0, proc.stderr
    charts, _ = views.collect_charts(selection(seeds_corpus))
    printed = [Path(line) for line in proc.stdout.splitlines()]
    assert printed[0] == tmp_path / "index.html"
    evidence = evidence_tables(selection(seeds_corpus))
    assert len(printed) == 1 + 3 * len(charts) + len(evidence)
    names = {p.name for p in printed}
    for chart in charts:
        stem = export.file_stem(chart.slug, seeds_corpus.docs, FilterState(), chart.days)  # the Timeline: its window
        assert {f"{stem}.png", f"{stem}.svg", f"{stem}.csv"} <= names, chart.slug
        assert (tmp_path / f"{stem}.png").read_bytes()[:4] == b"\x89PNG"
        ET.fromstring((tmp_path / f"{stem}.svg").read_bytes())
    index = (tmp_path / "index.html").read_text()
    assert index.count("<section") == len(charts) + 1  # the charts, then the evidence
    for item in evidence:
        assert f"<h3>{html.escape(item.title)}</h3>" in index
        assert (tmp_path / f"{export.file_stem(item.slug, seeds_corpus.docs, FilterState())}.csv").is_file()


def test_cli_bundle_under_outlet_filter_matches_gold(tmp_path, seeds_corpus, gold):
    outlet = _outlet_of(seeds_corpus, SHARE_FILE)
    proc = _run_cli("--corpus", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "csv", "--outlet", outlet,
                    "--title", "One outlet")
    assert proc.returncode == 0, proc.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    suffix = "-2025-01-27-international-business-times-uk.csv"
    # every file is named after the article's date, but the Timeline's after the days it draws (its window)
    timeline = "storytrace-timeline-2025-01-27_2025-02-03-international-business-times-uk.csv"
    assert "index.html" in written and timeline in written
    assert all(n.endswith(suffix) for n in written if n not in ("index.html", timeline))
    coverage = pd.read_csv(tmp_path / f"storytrace-coverage-by-day{suffix}", dtype=str)
    assert coverage.to_dict("records") == [
        {"date": "2025-01-27", "outlet": outlet, "articles": "1", "basis": "on or after"}
    ]
    index = (tmp_path / "index.html").read_text()
    assert "<h1>One outlet</h1>" in index and f"Filters: Outlets: {outlet}" in index
    market = tmp_path / f"storytrace-market-reaction{suffix}"
    if market.exists():  # the market chart module is registered: its CSV carries every gold share move
        moves = pd.read_csv(market)
        for move in (m for m in gold["share_moves"] if m["required"]):
            row = moves.loc[moves["company"] == move["company"]]
            assert len(row) >= 1, move["company"]
            assert row["pct"].iloc[0] == pytest.approx(move["pct"])


def test_cli_rejects_unknown_format(tmp_path):
    proc = _run_cli("--corpus", str(ROOT / "seeds"), "--out", str(tmp_path), "--format", "gif")
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("unknown export format gif; choose from png, svg, pdf, html, csv")
    assert list(tmp_path.iterdir()) == []


def test_evidence_carries_articles_quotes_passages_and_disagreements(seeds_corpus):
    tables = {t.slug: t for t in evidence_tables(selection(seeds_corpus))}
    assert list(tables) == ["articles", "quote-wordings", "overlap-passages"]  # no move disagreement on the seeds
    articles = tables["articles"].data
    assert len(articles) == 5 and set(articles["Outlet from"]) == {"manifest"}
    quotes = tables["quote-wordings"].data
    assert quotes.groupby("Quote")["Outlet"].nunique().min() >= 2
    passages = tables["overlap-passages"].data
    assert passages["Similarity"].min() >= 75
    outlet = selection(seeds_corpus, FilterState(outlets=("Hindustan Times",)))
    assert [t.slug for t in evidence_tables(outlet)] == ["articles"]
