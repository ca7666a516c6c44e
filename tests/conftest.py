"""Shared fixtures: the seed corpus, the gold file, a private upload folder, a live Streamlit server and a
headless Chromium driven by Playwright."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD_PATH = Path(__file__).resolve().parent / "fixtures" / "seeds_gold.json"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Every store the tests write (CLI runs, the app under test) goes to a folder of this test process, never the
# user's data folder; so no test reads a table another run left.
# The folder goes when the process ends, so test runs leave nothing behind in the temp folder.
os.environ["STORYTRACE_STORE_DIR"] = _STORE_DIR = tempfile.mkdtemp(prefix="storytrace-store-")
atexit.register(shutil.rmtree, _STORE_DIR, ignore_errors=True)
# A step that raises on an article lets the error through here (in use it loses only that article's rows:
# analysis.isolation), so a broken rule fails its test instead of passing on missing rows.
os.environ["STORYTRACE_STRICT"] = "1"


@pytest.fixture(autouse=True)
def _private_upload_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever reads or writes the real upload folder."""
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path_factory.mktemp("uploads")))


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_corpus():
    from analysis.corpus.load import load_corpus

    return load_corpus(SEEDS)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _need_browser() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI=true but chromium is not installed: browser tests must run in CI")
        pytest.skip("chromium not installed (install Debian's chromium to run browser tests)")


@contextlib.contextmanager
def run_streamlit(uploads: Path, log: Path, corpus: Path | None = None) -> Iterator[str]:
    """Start the app (``python -m ui.launch``, as ``scripts/run.sh`` does) on a free loopback port with its own
    upload folder (and corpus folder, when given; else the seeds); yield its URL."""
    port = _free_port()
    env = {**os.environ, "STORYTRACE_UPLOAD_DIR": str(uploads), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    if corpus is not None:
        env["STORYTRACE_CORPUS"] = str(corpus)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            # the README's way (scripts/run.sh): the launcher, which warms the libraries and runs app.py
            [sys.executable, "-m", "ui.launch", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail(f"streamlit did not start: {log.read_text(errors='replace')[-2000:]}")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def streamlit_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A real Streamlit server shared by the browser tests. Yields ``{"url": ..., "upload_dir": Path}``."""
    _need_browser()
    uploads = tmp_path_factory.mktemp("server-uploads")
    log = tmp_path_factory.mktemp("server-log") / "streamlit.log"
    with run_streamlit(uploads, log) as url:
        yield {"url": url, "upload_dir": uploads}


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright (never downloads a browser)."""
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, streamlit_server) -> Iterator[object]:
    """A fresh browser page (1400×1000) with downloads enabled."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def wait_for_app(page, text: str | None = None) -> None:
    """Wait until Streamlit has finished running the script (and ``text`` is visible, if given).

    Streamlit shows its status widget while a script runs; it must be gone and stay gone for a moment (a rerun
    can start right after the first run ends).
    """
    page.wait_for_selector('[data-testid="stApp"]')
    if text:
        page.get_by_text(text, exact=False).first.wait_for(timeout=90_000)
    idle = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    for _ in range(2):
        page.wait_for_function(idle, timeout=90_000)
        page.wait_for_timeout(300)


@pytest.fixture
def unmarked_turns_as_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Transcript and interview turns printed without quotation marks read as quotations of their speaker
    (:data:`analysis.quotes.find.UNMARKED_TURNS_ARE_QUOTES`; off by default): the tests of who speaks each turn,
    which also gives the speaker of the quotation marks inside a turn and of a headline's quotation."""
    import analysis.quotes.find

    monkeypatch.setattr(analysis.quotes.find, "UNMARKED_TURNS_ARE_QUOTES", True)
