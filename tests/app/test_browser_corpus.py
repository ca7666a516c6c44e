"""Real browser: the analyst's own articles. An upload with a byline shows its outlet; an outlet corrected on
the Overview is what every page, the CLI and the next start of the app show."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys

from conftest import ROOT, SEEDS, run_streamlit, wait_for_app

OUTLET_CELLS = '[data-testid="stDataFrame"] [role="gridcell"][id^="glide-cell-1-"]'  # column 1 = Outlet


def test_an_upload_with_a_byline_is_credited_to_its_outlet(page, streamlit_server, tmp_path):
    story = tmp_path / "reuters_nvidia_rebound.txt"
    story.write_text(
        "Nvidia rebounds after record rout\n\nBy Jane Doe, Reuters\n\n"
        "Nvidia shares rose 8.9% on Tuesday, a day after the chipmaker lost almost $600 billion in value.\n",
        encoding="utf-8",
    )
    try:
        page.goto(streamlit_server["url"] + "/add")
        wait_for_app(page, "Add articles")
        page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', [str(story)])
        wait_for_app(page)
        page.get_by_role("button", name="Add to corpus").click(timeout=90_000)
        page.get_by_text("Added 1 file").first.wait_for()
        page.goto(streamlit_server["url"] + "/?outlet=Reuters&ov_tab=Articles")
        wait_for_app(page, "Articles")
        page.wait_for_function(f"() => document.querySelectorAll('{OUTLET_CELLS}').length === 1")
        assert page.locator(OUTLET_CELLS).all_inner_texts() == ["Reuters"]
        assert "reuters_nvidia_rebound" not in page.locator('[data-testid="stSidebar"]').inner_text()
    finally:
        (streamlit_server["upload_dir"] / story.name).unlink(missing_ok=True)


def test_an_edited_outlet_shows_on_every_page_in_the_cli_and_after_a_restart(browser, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".storytrace", "reference"))
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    with run_streamlit(tmp_path / "uploads", tmp_path / "log.txt", corpus=corpus) as url:
        page.goto(f"{url}/?ov_tab=Articles")
        wait_for_app(page, "Article detail")
        page.get_by_text("Correct this article's outlet, date or title").click()
        saved = corpus / ".storytrace" / "metadata.json"
        for _ in range(3):  # on a loaded machine a rerun still under way can drop the form's first submission
            wait_for_app(page)
            box = page.get_by_role("textbox", name="Outlet")
            box.fill("Renamed Wire Service")
            box.press("Tab")
            page.get_by_role("button", name="Save").click()
            for _ in range(40):  # up to 20 s for the save to land
                if saved.is_file():
                    break
                page.wait_for_timeout(500)
            if saved.is_file():
                break
        assert "Renamed Wire Service" in saved.read_text(encoding="utf-8")
        page.wait_for_function(
            f"() => [...document.querySelectorAll('{OUTLET_CELLS}')].some(c => c.innerText === 'Renamed Wire Service')")
        # The Overview's chart is a picture first. The table can redraw before the picture does (the old one stays
        # until the rerun reaches it), so wait for the picture that names the new outlet.
        image = '[data-testid="stImage"] img'
        page.wait_for_function(
            f"() => [...document.querySelectorAll('{image}')].some(i => i.src.startsWith('data:image/svg+xml;base64,')"
            " && atob(i.src.split(',')[1]).includes('Renamed Wire Service'))")
        src = page.locator(image).first.get_attribute("src")
        assert src.startswith("data:image/svg+xml;base64,")
        assert "Renamed Wire Service" in base64.b64decode(src.split(",", 1)[1]).decode("utf-8")
        for path, legend_text in (("timeline", "Renamed Wire Service"), ("overlap", "Renamed Wire Service"),
                                  ("entities", "Renamed Wire Service")):
            page.goto(f"{url}/{path}")
            wait_for_app(page)
            page.locator(".js-plotly-plot").first.wait_for()
            svg = page.locator(".js-plotly-plot").first.inner_html()
            assert legend_text in svg, path
    with run_streamlit(tmp_path / "uploads", tmp_path / "log2.txt", corpus=corpus) as url:  # after a restart
        page.goto(f"{url}/?ov_tab=Articles")
        wait_for_app(page, "Article detail")
        page.wait_for_function(
            f"() => [...document.querySelectorAll('{OUTLET_CELLS}')].some(c => c.innerText === 'Renamed Wire Service')")
    context.close()
    cli = subprocess.run([sys.executable, "-m", "analysis", "docs", "--corpus", str(corpus)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert "Renamed Wire Service" in cli.stdout
    assert (corpus / ".storytrace" / "metadata.json").is_file()
