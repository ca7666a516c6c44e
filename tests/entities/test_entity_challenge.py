"""The entity challenge (issue 14): the CLI's ``entities`` table on ``../shared/challenge/entities``, scored by
the challenge's own scorer, must reach recall and precision >= 0.95.

The set is read in place from the shared folder beside the repository (never copied into the project). The
cross-run on ``challenge/moves`` (held out) is recorded in bench/README.md, not asserted here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHALLENGE = ROOT / ".." / "shared" / "challenge"
MIN_RECALL = 0.95
MIN_PRECISION = 0.95
_SUMMARY_RE = re.compile(r"recall ([0-9.]+) \((\d+)/(\d+)\), precision ([0-9.]+) \((\d+)/(\d+)\)")


@pytest.mark.skipif(not (CHALLENGE / "score.py").is_file() or not (CHALLENGE / "entities").is_dir(),
                    reason="../shared/challenge is absent: the entity challenge cannot be scored here")
def test_entity_challenge_recall_and_precision(tmp_path: Path) -> None:
    cli = subprocess.run(
        [sys.executable, "-m", "analysis", "entities", "--corpus", str(CHALLENGE / "entities"), "--format", "json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert cli.returncode == 0, cli.stderr
    pred = tmp_path / "entities.json"
    pred.write_text(cli.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(CHALLENGE / "score.py"), "entities", str(CHALLENGE / "entities_gold"), str(pred), "-v"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    summary = scored.stdout.strip().splitlines()[-1] if scored.stdout.strip() else scored.stderr
    match = _SUMMARY_RE.search(summary)
    assert match, summary
    recall, precision = float(match.group(1)), float(match.group(4))
    assert recall >= MIN_RECALL and precision >= MIN_PRECISION, scored.stdout
