"""The entity heatmap keeps a readable row for every entity however long the outlet names tilted under it are.
Every name is invented."""

from __future__ import annotations

import pandas as pd

from analysis import load_corpus
from analysis.entities.chart import render_entity_heatmap


def test_every_entity_row_keeps_its_height_above_long_tilted_outlet_names(tmp_path) -> None:
    lines = ["file,outlet,url,published,title"]
    for n in range(12):
        (tmp_path / f"a{n:02}.txt").write_text("Port update\n\nThe port reopened on Monday.\n", encoding="utf-8")
        lines.append(f"a{n:02}.txt,Northbridge Regional Business and Finance Wire {n},,2026-03-02,Port update")
    (tmp_path / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    docs = list(corpus.docs["doc_id"])
    names = [f"Keldar Holding {chr(65 + e)}" for e in range(25)]
    mentions = pd.DataFrame(
        [{"doc_id": d, "entity": name, "type": "ORG", "alias": name, "aliases": name}
         for e, name in enumerate(names) for d in docs[: 1 + e % 12]]
    )
    chart = render_entity_heatmap(mentions, corpus, top=25)
    layout = chart.figure.layout
    assert chart.data["entity"].nunique() == 25
    assert (layout.height - layout.margin.t - layout.margin.b) / 25 >= 24  # a 13 px label and its cell's marker
