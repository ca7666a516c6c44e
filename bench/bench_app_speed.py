"""Speed as a user feels it: the app driven in a real browser, against a hello-world Streamlit app measured in
the same run.

    python bench/bench_app_speed.py                      # the seeds
    python bench/bench_app_speed.py --corpus /tmp/story1000 --runs 3

For each run, on a freshly started server: the first full render of the Overview (from navigation until the
script is idle and the article count is on screen) and of the hello-world app; on the way, when the Overview's
first content (the article count) shows and when its coverage chart is drawn (its picture, or the Plotly chart
when the page shows that); the click that opens the Overview's Articles tab (until its table's rows are drawn and the
script is idle: the first view opens on Search, the table's code is fetched then); a change of the outlet filter
with that tab open (from the key press until the page is idle with the new count), and the Report page (until "Build report"
shows), the Source overlap page (until its heatmap's aligned sentences show), the Timeline page (until its chart is drawn), the
Spread page (until its chart and its passages heading show); and how long the app's server takes to answer once started (the launcher's warm-up included). Uses Playwright on Debian's Chromium (/usr/bin/chromium); prints the median of the runs.

Then the server's share of the same steps, measured in this process with Streamlit's AppTest (the script run
alone, no browser, after the launcher's warm-up): the Overview's first run (corpus load included), an outlet
filter change, and opening the Report, Source overlap, Timeline and Spread pages; wall and CPU seconds.

The app is started with the command of the README's ``bash scripts/run.sh`` (its last line, :func:`app_command`:
the launcher ``python -m ui.launch``, which imports the libraries before the server answers); the hello-world app
with ``python -m streamlit run``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import re
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
#: The coverage chart is drawn: its picture (an ``img`` of ``st.image``, loaded) or, when the page shows the interactive
#: chart instead (the toggle, or no renderer on the server), the Plotly chart's SVG.
CHART_DRAWN = ("() => document.querySelector('.js-plotly-plot .main-svg') || [...document.querySelectorAll("
               "'[data-testid=\"stImage\"] img')].some(i => i.complete && i.naturalWidth > 0)")
#: Optional libraries Streamlit's server uses when they are installed (uvicorn's HTTP parser in C, and the event loop
#: Streamlit's bootstrap picks): they change how the server answers the Overview's ~130 script requests, so the bench
#: says which it ran with (measured in round 16: no gain that outlasted the machine's noise).
SERVER_SPEEDUPS = ("httptools", "uvloop")
#: The last line of the README's run command: ``exec .venv/bin/python -m ui.launch --server... "${args[@]}"``.
_EXEC = re.compile(r'^exec \.venv/bin/python (?P<args>.+?) "\$\{args\[@\]\}"$', re.M)


def app_command() -> list[str]:
    """The command ``scripts/run.sh`` (the README's run command) starts the app with, after its setup, with this
    interpreter: the bench starts the app exactly as a user does."""
    found = _EXEC.search((ROOT / "scripts" / "run.sh").read_text(encoding="utf-8"))
    if found is None:
        raise SystemExit("scripts/run.sh: no 'exec .venv/bin/python ... \"${args[@]}\"' line to start the app with")
    return [sys.executable, *shlex.split(found["args"])]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _server(command: list[str], env: dict[str, str], started: list[float] | None = None) -> Iterator[str]:
    """Start ``command`` on a free port; yield its URL once it answers (the seconds that took appended to
    ``started``)."""
    port = _port()
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--server.port", str(port)],
        cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        if started is not None:
            started.append(time.perf_counter() - begin)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _idle(page) -> None:
    for _ in range(2):
        page.wait_for_function(IDLE, timeout=600_000)
        page.wait_for_timeout(150)


def _timed(action, page, ready: str) -> float:
    """Seconds from ``action()`` until ``ready`` (a JS predicate) holds and the script is idle (minus the
    150 ms settle checks)."""
    t = time.perf_counter()
    action()
    page.wait_for_function(ready, timeout=600_000)
    _idle(page)
    return time.perf_counter() - t - 0.3


def _server_times(corpus: str | None) -> list[tuple[str, float, float]]:
    """(step, wall s, CPU s) of the script runs alone, in this process (AppTest), after the launcher's warm-up
    (what ``python -m ui.launch`` does before the server answers)."""
    from streamlit.testing.v1 import AppTest

    sys.path.insert(0, str(ROOT))
    from ui.launch import warm

    warm()

    if corpus:
        os.environ["STORYTRACE_CORPUS"] = corpus
    os.environ.setdefault("STORYTRACE_UPLOAD_DIR", tempfile.mkdtemp())
    out = []

    def timed(name: str, step) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        out.append((name, time.perf_counter() - wall, time.process_time() - cpu))

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800)
    timed("Overview, first run", at.run)
    outlet = at.multiselect(key="flt_outlets").options[0]
    # a rerun of AppTest after a sidebar widget change runs the page alone (not app.py with its sidebar), so
    # the filter change is timed as the whole script run with the filter in the URL, the analysis cached
    filtered = AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800)
    filtered.query_params["outlet"] = [outlet]
    timed("outlet filter change", filtered.run)
    assert filtered.metric[0].value != at.metric[0].value or len(at.multiselect(key="flt_outlets").options) == 1
    for name, page in (("Report page", "report"), ("Source overlap page", "overlap"), ("Timeline page", "timeline"),
                       ("Spread page", "spread")):
        opened = AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800)
        opened.run()
        opened.switch_page(f"pages/{page}.py")
        timed(name, opened.run)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="corpus folder (default: the seeds)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    hello = Path(tempfile.mkdtemp()) / "hello.py"
    hello.write_text("import streamlit as st\nst.title('Hello')\nst.write('hello world')\n", encoding="utf-8")
    env = {"STORYTRACE_UPLOAD_DIR": tempfile.mkdtemp(), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    if args.corpus:
        env["STORYTRACE_CORPUS"] = args.corpus
    figures: dict[str, list[float]] = {"hello world, first render": [], "Overview, first content": [],
                                       "Overview, chart drawn": [], "Overview, first render": [],
                                       "Overview, Articles tab": [],
                                       "outlet filter change": [], "Report page": [], "Source overlap page": [], "Timeline page": [],
                                       "Spread page": [],
                                       "app server start (until it answers)": []}
    count = "() => document.querySelector('[data-testid=\"stMetricValue\"]')"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(args.runs):
            with _server([sys.executable, "-m", "streamlit", "run", str(hello), "--server.headless", "true",
                          "--server.address", "127.0.0.1"], env) as url:
                page = browser.new_page()
                figures["hello world, first render"].append(
                    _timed(lambda: page.goto(url), page, "() => document.body.innerText.includes('hello world')"))
                page.close()
            with _server(app_command(), env, figures["app server start (until it answers)"]) as url:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_function(count, polling=20, timeout=600_000)
                figures["Overview, first content"].append(time.perf_counter() - start)
                page.wait_for_function(CHART_DRAWN, polling=20, timeout=600_000)
                figures["Overview, chart drawn"].append(time.perf_counter() - start)
                _idle(page)
                figures["Overview, first render"].append(time.perf_counter() - start - 0.3)
                figures["Overview, Articles tab"].append(_timed(
                    lambda: page.get_by_role("tab", name="Articles").click(), page,
                    "() => document.querySelector('[data-testid=\"stDataFrame\"] [role=\"gridcell\"]') !== null"))
                before = page.locator('[data-testid="stMetricValue"]').first.inner_text()

                def pick_outlet() -> None:
                    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
                    page.keyboard.press("ArrowDown")
                    page.keyboard.press("Enter")
                    page.keyboard.press("Escape")

                figures["outlet filter change"].append(_timed(
                    pick_outlet, page,
                    f"() => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== '{before}'"))
                figures["Report page"].append(_timed(
                    lambda: page.goto(f"{url}/report"), page, "() => document.body.innerText.includes('Build report')"))
                figures["Source overlap page"].append(_timed(
                    lambda: page.goto(f"{url}/overlap"), page,
                    "() => document.body.innerText.includes('Aligned sentences') "
                    "|| document.body.innerText.includes('No shared sentences')"))
                figures["Timeline page"].append(_timed(  # until its chart is drawn (or says why it is empty)
                    lambda: page.goto(f"{url}/timeline"), page,
                    "() => document.querySelector('.js-plotly-plot .ytick') !== null "
                    "|| document.body.innerText.includes('No sentence in the corpus carries a date')"))
                figures["Spread page"].append(_timed(  # until its chart is drawn (or says why it is empty) and its table
                    lambda: page.goto(f"{url}/spread"), page,
                    "() => document.body.innerText.includes('Passages and who printed them first') && "
                    "(document.querySelector('.js-plotly-plot .main-svg') !== null "
                    "|| document.body.innerText.includes('No article takes passages'))"))
                page.close()
        browser.close()
    load = os.getloadavg()
    print(f"{args.runs} runs, corpus {args.corpus or 'seeds'}, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print("server: " + ", ".join(f"{name} {'installed' if importlib.util.find_spec(name) else 'absent'}"
                                 for name in SERVER_SPEEDUPS))
    for name, values in figures.items():
        print(f"{name:28s} median {statistics.median(values):6.2f} s  (min {min(values):.2f}, max {max(values):.2f})")
    hello_s = statistics.median(figures["hello world, first render"])
    for name in ("Overview, first content", "Overview, first render"):
        print(f"{name} / hello world: {statistics.median(figures[name]) / hello_s:.2f}x")
    print("server time (the script run alone, AppTest in this process):")
    for name, wall, cpu in _server_times(args.corpus):
        print(f"{name:28s} {wall:6.2f} s wall, {cpu:6.2f} s CPU")


if __name__ == "__main__":
    main()
