"""Round 62: the CLI's ``timeline`` marks ``in_window`` against the window the Timeline page and the report open on
for the same filters. Under a date filter the page and the report moved to the busiest days of the articles kept,
while the CLI still marked the whole corpus's busiest week: one selection, two windows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from test_app_round62 import write_story


def _in_window(corpus: Path, *flags: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "timeline", "--corpus", str(corpus), "--format", "json", *flags],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=300,
    )
    return {row["date_start"] for row in json.loads(out.stdout) if row["in_window"]}


def test_the_cli_timeline_window_is_the_one_the_page_opens_on_for_the_same_filters(tmp_path: Path) -> None:
    corpus = write_story(tmp_path / "corpus")
    assert _in_window(corpus) <= {f"2024-03-{day:02d}" for day in range(4, 12)}
    april = _in_window(corpus, "--from", "2024-04-15")
    assert april and april <= {f"2024-04-{day:02d}" for day in range(18, 26)}
    # a window given on the command line still wins
    assert _in_window(corpus, "--from", "2024-04-15", "--window-from", "2024-03-01", "--window-to", "2024-03-31") == set()
