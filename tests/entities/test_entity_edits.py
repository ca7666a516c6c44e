"""The user's entity edits (issue 14, item 4): merge or rename, saved atomically beside the corpus, applied
everywhere (the Analysis, so pages, CLI and exports), never read as an article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
from conftest import SEEDS

from analysis import FilterState, analyse, load_corpus, select
from analysis.cli import main
from analysis.entities.chart import render_entity_heatmap
from analysis.entities.edits import apply_edits, edits_path, load_edits, read_edits, resolve_name, save_edit


def _mentions() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["a", "a", "b", "b"], "entity": ["FDIC", "Federal Deposit", "FDIC", "Fed"],
        "type": ["ORG", "ORG", "ORG", "ORG"], "alias": ["FDIC", "Federal Deposit", "FDIC", "Fed"],
        "aliases": ["FDIC", "Federal Deposit", "FDIC", "Fed"],
    })


def test_save_edit_is_atomic_json_beside_the_corpus(tmp_path: Path) -> None:
    save_edit(tmp_path, "FDIC", "Federal Deposit")
    save_edit(tmp_path, "Fed", "Federal Reserve")
    path = edits_path(tmp_path)
    assert path.parent.name == ".storytrace"
    assert json.loads(path.read_text(encoding="utf-8"))["names"] == {"FDIC": "Federal Deposit", "Fed": "Federal Reserve"}
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    # renaming back removes the edit; a renamed entity follows a later rename of its target
    save_edit(tmp_path, "Federal Reserve", "Fed")
    assert read_edits(tmp_path) == {"FDIC": "Federal Deposit"}
    save_edit(tmp_path, "Federal Deposit", "Federal Deposit Insurance Corporation")
    assert resolve_name("FDIC", read_edits(tmp_path)) == "Federal Deposit Insurance Corporation"
    assert load_edits([tmp_path, tmp_path / "missing"]) == read_edits(tmp_path)


def test_apply_edits_merges_types_and_spellings() -> None:
    out = apply_edits(_mentions(), {"FDIC": "Federal Deposit", "Fed": "Federal Reserve"})
    assert out["entity"].tolist() == ["Federal Deposit", "Federal Deposit", "Federal Deposit", "Federal Reserve"]
    assert set(out.loc[out["entity"] == "Federal Deposit", "aliases"]) == {"FDIC|Federal Deposit"}
    assert apply_edits(_mentions(), {}) is not None
    assert resolve_name("a", {"a": "b", "b": "a"}) in {"a", "b"}  # a cycle stops


def test_edit_applies_to_analysis_cli_and_chart(tmp_path: Path, capsys) -> None:
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus_dir)
    save_edit(corpus_dir, "DeepSeek", "DeepSeek AI")
    save_edit(corpus_dir, "Yann LeCun", "Mark Zuckerberg")  # a merge
    corpus = load_corpus(corpus_dir)
    assert len(corpus.docs) == len(load_corpus(SEEDS).docs)  # the edits file is no article
    analysis = analyse(corpus)
    names = set(analysis.entity_mentions["entity"])
    assert "DeepSeek AI" in names and "DeepSeek" not in names and "Yann LeCun" not in names
    assert "DeepSeek AI" in analysis.entity_index
    sel = select(analysis, FilterState(entities=("DeepSeek AI",)))
    assert len(sel.view.docs) == 5
    chart = render_entity_heatmap(sel.entity_mentions(), sel.view)
    assert "DeepSeek AI" in set(chart.data["entity"])
    assert main(["entities", "--corpus", str(corpus_dir), "--format", "json", "--entity", "DeepSeek AI"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["entity"] for r in rows} >= {"DeepSeek AI", "Mark Zuckerberg"}
    # a later edit reaches a live Analysis once it re-reads the edits
    save_edit(corpus_dir, "DeepSeek AI", "DeepSeek")
    analysis.reload_entity_edits()
    assert "DeepSeek" in set(analysis.entity_mentions["entity"])
