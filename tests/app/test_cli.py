"""The CLI prints the same tables as the app; user errors are one line and exit code 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pandas as pd
from conftest import ROOT, SEEDS

from analysis.cli import main

DOCS_COLUMNS = ["doc_id", "file", "outlet", "url", "published", "published_basis", "title", "words", "sentences", "removed_lines"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_docs_csv_matches_golden():
    code, out, err = run("docs", "--corpus", str(SEEDS), "--format", "csv")
    assert code == 0 and err == ""
    frame = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert frame.columns.tolist() == DOCS_COLUMNS
    golden = pd.read_csv(ROOT / "tests" / "golden" / "docs_seeds.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(frame, golden)


def test_docs_json_and_outlet_filter():
    code, out, _ = run("docs", "--format", "json", "--outlet", "Hindustan Times")
    rows = json.loads(out)
    assert code == 0
    assert [(r["outlet"], r["published"], r["published_basis"]) for r in rows] == [("Hindustan Times", "2025-01-25", "manifest")]


def test_bad_corpus_path_is_one_line_and_exit_2(tmp_path):
    code, out, err = run("docs", "--corpus", str(tmp_path / "missing"))
    assert code == 2 and out == ""
    assert err == f"error: corpus folder not found: {tmp_path / 'missing'}\n"


def test_unknown_outlet_is_exit_2():
    code, _, err = run("docs", "--outlet", "Nope")
    assert code == 2 and err.startswith("error: no outlet named 'Nope'; known: Daily The Business")


def test_bad_files_named_on_stderr_good_ones_printed(tmp_path):
    (tmp_path / "good.txt").write_text("Shares fell on Monday after the warning. Investors sold chip stocks.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    code, out, err = run("docs", "--corpus", str(tmp_path))
    assert code == 0
    assert pd.read_csv(io.StringIO(out))["file"].tolist() == ["good.txt"]
    assert err == "bad.txt: binary file (contains NUL bytes); Storytrace reads text, Markdown, HTML, JSON and CSV (refused)\n"


def test_module_entry_point_runs():
    proc = subprocess.run([sys.executable, "-m", "analysis", "docs", "--format", "csv"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == ",".join(DOCS_COLUMNS)
    assert len(proc.stdout.splitlines()) == 6


def test_closed_pipe_is_not_a_traceback():
    proc = subprocess.run(
        f"'{sys.executable}' -m analysis entities | head -1", shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.startswith("file,outlet,entity,type,mentions,aliases")
    assert "Traceback" not in proc.stderr
