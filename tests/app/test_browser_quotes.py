"""Real browser: the Quotes page for many quotes. A speaker corrected on the page is saved beside the corpus
(a temp copy of the seeds) and is what the page, the CLI and the next start of the app show."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from playwright.sync_api import expect

from conftest import ROOT, SEEDS, run_streamlit, wait_for_app


def test_a_corrected_speaker_shows_on_the_page_and_in_the_cli(browser, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".storytrace", "reference"))
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    with run_streamlit(tmp_path / "uploads", tmp_path / "log.txt", corpus=corpus) as url:
        page.goto(f"{url}/quotes")
        wait_for_app(page, "Search")
        page.get_by_role("textbox", name="Search").fill("inference costs")
        page.keyboard.press("Enter")
        wait_for_app(page)
        page.get_by_text("1 quote;").first.wait_for()
        # The rerun draws the new caption before it removes the old list's (stale) expanders.
        expect(page.get_by_text("Correct the speaker")).to_have_count(1, timeout=90_000)
        page.get_by_text("Correct the speaker").click()
        page.get_by_role("textbox", name="Speaker").fill("Financial Times")
        page.get_by_role("button", name="Save speaker").click()
        wait_for_app(page)
        page.get_by_text("speaker corrected by the user").first.wait_for()
        assert "Financial Times" in page.locator('[data-testid="stMain"]').inner_text()
    with run_streamlit(tmp_path / "uploads", tmp_path / "log2.txt", corpus=corpus) as url:  # after a restart
        page.goto(f"{url}/quotes")
        wait_for_app(page, "Search")
        page.get_by_text("speaker corrected by the user").first.wait_for()
    context.close()
    saved = json.loads((corpus / ".storytrace" / "quote_speakers.json").read_text(encoding="utf-8"))
    assert list(saved.values()) == [{"drastically reduced inference costs": "Financial Times"}]
    cli = subprocess.run([sys.executable, "-m", "analysis", "quotes", "--corpus", str(corpus), "--format", "json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    rows = [r for r in json.loads(cli.stdout) if r["quote"].startswith("drastically reduced")]
    assert [(r["speaker"], r["attribution"]) for r in rows] == [("Financial Times", "corrected")]
    assert not (SEEDS / ".storytrace" / "quote_speakers.json").exists()
