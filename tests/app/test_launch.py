"""How the app starts: the launcher (``python -m ui.launch``, what ``bash scripts/run.sh`` runs) answers only once
every library the pages use is imported and warmed, so the first session's script run imports none of them; and
app.py under Streamlit lets the corpus loader's worker processes start."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import uuid
from concurrent.futures import ProcessPoolExecutor

from conftest import ROOT
from streamlit.testing.v1 import AppTest

from analysis import config, workers

#: Libraries whose import the first session must not pay for.
HEAVY = ("analysis", "ui", "pandas", "numpy", "pyarrow", "plotly", "narwhals", "bs4", "soupsieve", "rapidfuzz")


def _page_imports() -> set[str]:
    """Every module app.py and the pages import (``from x.y import z`` -> x.y)."""
    names: set[str] = set()
    for path in [ROOT / "app.py", *(ROOT / "pages").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module != "__future__":
                names.add(node.module)
    return names



def _run_script(code: str, tmp_path) -> dict:
    """Run ``code`` in a fresh interpreter with empty upload and store folders under ``tmp_path``; its last line of
    output, read as JSON."""
    env = {"STORYTRACE_UPLOAD_DIR": str(tmp_path / "uploads"), "STORYTRACE_STORE_DIR": str(tmp_path / "store"),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])

def test_run_command_and_bench_start_the_app_through_the_launcher():
    last = (ROOT / "scripts" / "run.sh").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert re.match(r'exec \.venv/bin/python -m ui\.launch --server\.headless true --server\.address 127\.0\.0\.1 '
                    r'"\$\{args\[@\]\}"$', last), last
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from bench_app_speed import app_command
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert app_command()[1:] == ["-m", "ui.launch", "--server.headless", "true", "--server.address", "127.0.0.1"]


def test_the_first_script_run_imports_nothing_heavy(tmp_path):
    """In a fresh interpreter: after the launcher's warm-up every module the pages import is loaded, and the
    Overview's first script run (AppTest) imports no module of the heavy libraries."""
    code = f"""
import json, os, sys
sys.path.insert(0, {str(ROOT)!r})
import ui.launch
ui.launch.warm()
from streamlit.testing.v1 import AppTest
wanted = json.loads({json.dumps(sorted(_page_imports()))!r})
missing = [m for m in wanted if m not in sys.modules]
before = set(sys.modules)
at = AppTest.from_file({str(ROOT / "app.py")!r}, default_timeout=300)
at.run()
heavy = {HEAVY!r}
new = sorted(m for m in set(sys.modules) - before if m.split(".")[0] in heavy)
print(json.dumps({{"missing": missing, "new": new, "errors": [str(e.value) for e in at.exception],
                  "articles": at.metric[0].value if at.metric else None}}))
"""
    result = _run_script(code, tmp_path)
    assert result["errors"] == []
    assert result["articles"] == "5"  # the Overview really ran on the seeds
    assert result["missing"] == [], "modules the pages import that the launcher does not"
    assert result["new"] == [], "imported by the first script run instead of at launch"


class _RecordingPool(ProcessPoolExecutor):
    """The kept worker pool (the corpus loader's and the steps'), recording whether its workers delivered."""

    outcomes: list[str] = []

    def submit(self, fn, /, *args, **kwargs):
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(
            lambda f: _RecordingPool.outcomes.append(type(f.exception()).__name__ if f.exception() else "ok"))
        return future

    def map(self, *args, **kwargs):
        try:
            out = list(super().map(*args, **kwargs))
        except Exception as exc:
            _RecordingPool.outcomes.append(type(exc).__name__)
            raise
        _RecordingPool.outcomes.append("ok")
        return out


def test_the_corpus_loaders_pool_works_inside_the_app(tmp_path, monkeypatch):
    """Streamlit installs app.py as the process's ``__main__``, so each spawned worker of the kept pool (the loader's
    and the steps') imports it as ``__mp_main__``: it must draw nothing nor load the corpus (a worker starting its
    own pool raises RuntimeError and breaks the pool, and the app cleaned everything in-process after paying for the
    spawn)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    token = uuid.uuid4().hex  # new texts: the cleaning memo of this process has never seen them
    for i in range(config.PARALLEL_MIN_DOCS + 5):
        (corpus / f"a{i:04d}.txt").write_text(
            f"Story {i} {token}\n\nShares of Acme Corp rose {i % 40} percent on Monday, analysts said.\n", encoding="utf-8")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    monkeypatch.setenv("STORYTRACE_WORKERS", "2")
    monkeypatch.setattr(workers, "ProcessPoolExecutor", _RecordingPool)
    workers.close()  # the pool is kept for the process's life: this test starts its own
    _RecordingPool.outcomes = []
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        at.run()
    finally:
        workers.close()
    assert not at.exception, [e.value for e in at.exception]
    assert at.metric[0].value == f"{config.PARALLEL_MIN_DOCS + 5:,}"
    assert _RecordingPool.outcomes[:1] == ["ok"], "the corpus was cleaned on the workers"
    assert set(_RecordingPool.outcomes) == {"ok"}


def test_the_first_view_is_ready_before_the_first_visitor(tmp_path):
    """In a fresh interpreter: after the launcher's warm-up and its first-view thread, the Overview's first script
    run (a plain link: no filters) reads the corpus, its coverage chart and the chart's picture from the caches; it
    loads nothing, draws no figure and renders no picture. The filters the thread assumed are the session's."""
    code = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
import ui.launch
ui.launch.warm()
import ui.first_view, ui.corpus, ui.charts
ui.first_view.start_warming([]).join()
pictures = len(ui.charts._cache)
calls = []
import analysis.report.bundle as export
import ui.first_view as fv
for mod, name in ((ui.corpus, "analyse"), (fv, "render_coverage_chart"), (export, "figure_bytes")):
    real = getattr(mod, name)
    setattr(mod, name, lambda *a, _real=real, _name=name, **k: (calls.append(_name), _real(*a, **k))[1])
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({str(ROOT / "app.py")!r}, default_timeout=300)
at.run()
print(json.dumps({{"calls": calls, "pictures": pictures, "images": len(at.get("image")),
                  "same_filters": at.session_state["filters"] == fv.link_filters(),
                  "errors": [str(e.value) for e in at.exception],
                  "articles": at.metric[0].value if at.metric else None}}))
"""
    result = _run_script(code, tmp_path)
    assert result["errors"] == []
    assert result["articles"] == "5"
    assert result["same_filters"]
    assert result["calls"] == [], "computed by the first script run instead of before it"
    if result["pictures"]:  # a renderer on this machine: the picture was drawn from the cache
        assert result["images"] == 1
