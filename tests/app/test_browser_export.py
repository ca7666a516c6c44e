"""Real browser (Playwright on Debian's Chromium): a chart's PNG download and the Report bundle arrive as files.

Uses the shared ``streamlit_server`` / ``page`` fixtures from conftest.py: they skip only when Chromium is
missing and CI is not set, and fail in CI.
"""

from __future__ import annotations

import io
import re
import zipfile

from conftest import wait_for_app

#: The Overview's coverage chart, drawn first as a picture (its downloads are in the menu under it, as under every chart).
PICTURE = '[data-testid="stImage"] img'


def _download(page, button_name: str, tmp_path):
    """Open the chart's "Download" menu (unless open) and click its button called ``button_name``; return (suggested
    file name, bytes)."""
    button = page.get_by_role("button", name=button_name, exact=True).first
    if not button.is_visible():
        page.get_by_role("button", name="Download", exact=True).first.click()
        button.wait_for()
    with page.expect_download(timeout=90_000) as info:
        button.click()
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    return download.suggested_filename, target.read_bytes()


def test_chart_png_and_csv_download(page, streamlit_server, tmp_path):
    page.goto(streamlit_server["url"] + "/")
    wait_for_app(page, "Articles")
    page.wait_for_selector(PICTURE)
    name, data = _download(page, "PNG", tmp_path)
    assert re.fullmatch(r"storytrace-coverage-by-day-2025-01-25_2025-01-31\.png", name), name
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 2200  # print resolution
    name, data = _download(page, "Data behind this chart (CSV)", tmp_path)
    assert name == "storytrace-coverage-by-day-2025-01-25_2025-01-31.csv"
    assert data.decode("utf-8").splitlines()[0] == "date,outlet,articles,basis"


def test_report_bundle_for_one_outlet(page, streamlit_server, tmp_path):
    page.goto(streamlit_server["url"] + "/")  # the app's main script runs first (sets up navigation)
    wait_for_app(page)
    page.goto(streamlit_server["url"] + "/report?outlet=Hindustan+Times")
    wait_for_app(page, "Build report")
    page.get_by_text("Outlets: Hindustan Times").first.wait_for()
    page.get_by_role("button", name="Build report").click()
    button = page.get_by_role("button", name=re.compile(r"^Download storytrace-report-"))
    button.wait_for(timeout=120_000)
    with page.expect_download(timeout=90_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename == "storytrace-report-2025-01-25-hindustan-times.zip"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    archive = zipfile.ZipFile(io.BytesIO(target.read_bytes()))
    names = archive.namelist()
    assert names[0] == "index.html"
    stem = "storytrace-coverage-by-day-2025-01-25-hindustan-times"
    assert {f"{stem}.png", f"{stem}.svg", f"{stem}.csv"} <= set(names)
    assert archive.read(f"{stem}.csv").decode() == (
        "date,outlet,articles,basis\n2025-01-25,Hindustan Times,1,published\n"
    )
    index = archive.read("index.html").decode()
    assert "Filters: Outlets: Hindustan Times" in index
    # the source line is drawn in each picture, and not printed again under it (round 64)
    assert "Source: Storytrace, 1 article from 1 outlet, 2025-01-25" not in index
    assert "Source: Storytrace, 1 article from 1 outlet, 2025-01-25" in archive.read(f"{stem}.svg").decode()
    assert all(n.endswith(("-hindustan-times.png", "-hindustan-times.svg", "-hindustan-times.csv")) for n in names[1:])
