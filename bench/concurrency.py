"""Many browser sessions at once (issue 18): N headless Chromium sessions each visit every page of one Streamlit
server; errors on the page and the time for all sessions versus one alone are printed.

    python bench/concurrency.py              # 10 sessions
    python bench/concurrency.py --sessions 4

Starts ``streamlit run app.py --server.headless true --server.address 127.0.0.1`` on a free port with an
empty upload folder (the seed corpus), warms it with one visit, times one session alone, then N sessions in
parallel threads (one Playwright browser each, Debian's ``/usr/bin/chromium``, ``--no-sandbox --headless
--disable-gpu``). An error is a Streamlit exception box, a "Page not found" notice or a page that did not
finish within 180 s.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu"]
PAGES = (("", "Articles"), ("add", "Add articles"), ("overlap", "Source overlap"), ("spread", "Spread"),
         ("quotes", "Quotes"), ("entities", "Entities"), ("timeline", "Timeline"), ("market", "Market reaction"),
         ("report", "Report"))
IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def visit_all(url: str) -> tuple[float, list[str]]:
    """One session through every page: (seconds, errors)."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    started = time.perf_counter()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(180_000)
        for path, text in PAGES:
            try:
                page.goto(f"{url}/{path}")
                page.wait_for_selector('[data-testid="stApp"]')
                page.get_by_text(text, exact=False).first.wait_for()
                for _ in range(2):
                    page.wait_for_function(IDLE)
                    page.wait_for_timeout(300)
                if page.locator('[data-testid="stException"]').count():
                    errors.append(f"/{path}: exception on the page")
                if page.get_by_text("Page not found").count():
                    errors.append(f"/{path}: 'Page not found'")
            except Exception as exc:  # noqa: BLE001 - counted and printed
                errors.append(f"/{path}: {type(exc).__name__}: {str(exc).splitlines()[0]}")
        browser.close()
    return time.perf_counter() - started, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=10)
    args = parser.parse_args()
    port = _port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as uploads, open(os.devnull, "wb") as devnull:
        env = {**os.environ, "STORYTRACE_UPLOAD_DIR": uploads, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port)],
            cwd=ROOT, env=env, stdout=devnull, stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(200):
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                        break
                except OSError:
                    time.sleep(0.3)
            warm, warm_errors = visit_all(url)  # first visit: loads and analyses the corpus
            alone, alone_errors = visit_all(url)
            print(f"warm-up session: {warm:.1f} s, errors {len(warm_errors)}")
            print(f"one session alone: {alone:.1f} s, errors {len(alone_errors)}", flush=True)
            results: list[tuple[float, list[str]]] = []
            lock = threading.Lock()

            def worker() -> None:
                result = visit_all(url)
                with lock:
                    results.append(result)

            started = time.perf_counter()
            threads = [threading.Thread(target=worker) for _ in range(args.sessions)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
            times = sorted(r[0] for r in results)
            errors = [e for r in results for e in r[1]] + warm_errors + alone_errors
            print(f"{args.sessions} sessions at once: wall {wall:.1f} s; per session {times[0]:.1f}-{times[-1]:.1f} s")
            print(f"errors: {len(errors)}")
            for error in errors:
                print("  " + error)
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
