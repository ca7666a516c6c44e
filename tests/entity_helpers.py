"""Test helpers for the entity layer: one invented article read for its story's names and types, invented articles
linked across a corpus, and invented articles read as the product reads a corpus folder (cleaning, credits, linking)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from analysis.corpus.load import load_corpus
from analysis.entities.aliases import link_entities
from analysis.entities.recognize import recognize_entities
from analysis.entities.resolve import entity_mentions


def story_types(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def linked_mentions(docs: dict[str, str]) -> pd.DataFrame:
    """The linked story mentions of invented articles (doc id -> text)."""
    frames = [recognize_entities(text).assign(doc_id=doc_id) for doc_id, text in docs.items()]
    linked = link_entities(pd.concat(frames, ignore_index=True))
    return linked[linked["role"] == "story"]


def corpus_story_mentions(texts: dict[str, str], outlet: str | None = None,
                          title: str = "Story") -> pd.DataFrame:
    """The story mentions (``entity_mentions`` rows of role "story") of invented articles (file name -> text) read as
    the product reads a corpus folder; with ``outlet``, a manifest gives every article that outlet (and ``title``)."""
    with tempfile.TemporaryDirectory() as folder:
        rows = ["file,outlet,url,published,title"]
        for name, text in texts.items():
            Path(folder, name).write_text(text, encoding="utf-8")
            rows.append(f"{name},{outlet},,2024-05-07,{title}")
        if outlet is not None:
            Path(folder, "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        mentions = entity_mentions(load_corpus(folder))
    return mentions[mentions["role"] == "story"]
