"""Golden files: the headline output of every CLI table on the seeds.

A change in any of them is a change in what analysts see. Regenerate on purpose only:
``STORYTRACE_REGEN_GOLDEN=1 python -m pytest tests/pipeline/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout

import pandas as pd
import pytest
from conftest import ROOT, SEEDS

from analysis.cli import main

GOLDEN = ROOT / "tests" / "golden"
COMMANDS = ["docs", "entities", "quotes", "overlap", "timeline", "moves"]


def cli_csv(command: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        assert main([command, "--corpus", str(SEEDS), "--format", "csv"]) == 0, err.getvalue()
    return out.getvalue()


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_table_matches_golden(command):
    path = GOLDEN / f"{command}_seeds.csv"
    text = cli_csv(command)
    if os.environ.get("STORYTRACE_REGEN_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    expected = pd.read_csv(path, dtype=str, keep_default_na=False)
    actual = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(actual, expected)
