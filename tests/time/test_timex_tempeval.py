"""The timex command end to end on real news: TempEval-3 train (256 documents with hand-annotated TIMEX3, in
../shared/external beside the repository) is written as a corpus folder, read by ``python -m analysis timex``,
and scored by the shared scorer as TempEval-3 Task A does. Bars: the figures reached (bench/README.md, "Dates
(TIMEX3)", round 5, product path, all 256 documents) less a small margin."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

EXTERNAL = ROOT / ".." / "shared" / "external"
GOLD = EXTERNAL / "tempeval3-train"
MIN_RELAXED_F1 = 0.935  # reached 0.944
MIN_VALUE_F1 = 0.81  # reached 0.818
_FIGURES = re.compile(r"relaxed P [\d.]+ R [\d.]+ F1 ([\d.]+) \| value acc [\d.]+ value F1 ([\d.]+)")


@pytest.mark.skipif(not (GOLD.is_dir() and (EXTERNAL / "score.py").is_file() and (EXTERNAL / "make_corpus.py").is_file()),
                    reason="../shared/external (TempEval-3 train and its scorer) is not beside the repository")
def test_timex_cli_on_tempeval3_train(tmp_path: Path) -> None:
    corpus = tmp_path / "tempeval3-train"
    subprocess.run([sys.executable, str(EXTERNAL / "make_corpus.py"), str(GOLD), str(corpus)], check=True,
                   capture_output=True, timeout=60)
    pred = tmp_path / "timex.json"
    with pred.open("w", encoding="utf-8") as out:
        proc = subprocess.run([sys.executable, "-m", "analysis", "timex", "--corpus", str(corpus), "--format", "json",
                               "--no-store"], cwd=ROOT, stdout=out, stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    score = subprocess.run([sys.executable, str(EXTERNAL / "score.py"), "timex", str(GOLD), str(pred)],
                           capture_output=True, text=True, timeout=60, check=True)
    m = _FIGURES.search(score.stdout)
    assert m, score.stdout
    relaxed, value = (float(x) for x in m.groups())
    assert relaxed >= MIN_RELAXED_F1, score.stdout
    assert value >= MIN_VALUE_F1, score.stdout
