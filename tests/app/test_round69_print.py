"""Round 69 (lead): the report's index.html as Chromium prints it (print media): a chart taller than a page is
scaled to one, so it stays whole beside its heading, and a table of long file names and sentences keeps to the
page's width."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.report.bundle import index_html

#: A4 in CSS pixels (96 per inch).
A4_HEIGHT_PX = 297 / 25.4 * 96


def _report(folder: Path) -> Path:
    tall = ("<svg xmlns='http://www.w3.org/2000/svg' width='1100' height='4200'>"
            "<rect width='1100' height='4200' fill='#9cc'/></svg>")
    (folder / "timeline.svg").write_text(tall, encoding="utf-8")
    entry = {"title": "Timeline of dated events", "caption": "Forty events.", "notes": [], "source": "Source: x",
             "data": pd.DataFrame(), "files": {"svg": "timeline.svg"}}
    passages = pd.DataFrame({
        "Article A": ["001_harbour_wire_profit_overstatement_first_report.txt"] * 3,
        "Sentence A": ["Harlow Mills said it had found an error in the way it booked payments from suppliers, "
                       "and suspended four senior managers while lawyers look into it."] * 3,
        "Article B": ["014_gull_street_post_chairman_statement_reprint.txt"] * 3,
        "Sentence B": ["Harlow Mills said it found an error in how it booked supplier payments and suspended four "
                       "managers while its lawyers look into it."] * 3,
        "Similarity": [88.5, 91.0, 100.0], "Kind": ["reporting"] * 3,
    })
    evidence = [{"title": "The passages behind the strongest overlap pairs", "caption": "Sentences matched.",
                 "file": "passages.csv", "data": passages}]
    path = folder / "index.html"
    path.write_text(index_html("Report", "", "none", [entry], "now", evidence=evidence), encoding="utf-8")
    return path


def test_printed_a_tall_chart_fits_a_page_and_a_wide_table_the_page_width(browser, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 794, "height": 1123})  # an A4 page's width in CSS pixels
    try:
        page.goto(_report(tmp_path).as_uri())
        page.emulate_media(media="print")
        image = page.locator("img").bounding_box()
        assert image is not None and image["height"] < 0.8 * A4_HEIGHT_PX  # scaled to leave room for its heading
        assert abs(image["width"] / image["height"] - 1100 / 4200) < 0.01  # scaled, not squeezed
        body = page.evaluate("document.body.getBoundingClientRect().width")
        table = page.locator("table").bounding_box()
        assert table is not None and table["width"] <= body + 1  # the last column stays on the page
        # the sentences get the room, not the file names
        widths = page.evaluate("[...document.querySelectorAll('tr:nth-child(1) td')].map(c => c.offsetWidth)")
        assert min(widths[1], widths[3]) > max(widths[0], widths[2])
    finally:
        page.close()


def test_a_chart_section_is_kept_whole_on_a_page() -> None:
    entry = {"title": "Moves", "caption": "A caption.", "notes": [], "source": "Source: x", "data": pd.DataFrame(),
             "files": {"png": "moves.png"}}
    text = index_html("Report", "", "none", [entry], "now")
    assert "<section class='chart'>" in text and ".chart{break-inside:avoid-page}" in text
