"""Test helpers: run the one path (analyse -> select -> builder) on a corpus, as the app and the CLI do."""

from __future__ import annotations

from pathlib import Path

from analysis import Corpus, FilterState, Selection, analyse, select
from analysis.charts import ChartResult
from analysis.report.registry import REPORT_SOURCES


def selection(corpus: Corpus, state: FilterState | None = None) -> Selection:
    """The whole-corpus analysis of ``corpus`` narrowed by ``state``."""
    return select(analyse(corpus), state or FilterState())


def report_charts(key: str, corpus: Corpus, state: FilterState | None = None) -> list[ChartResult]:
    """The report charts of the source ``key`` ("market", "timeline", ...) under ``state``."""
    source = next(s for s in REPORT_SOURCES if s.key == key)
    return source.build(selection(corpus, state))


def entity_mentions_of(corpus: Corpus):
    return analyse(corpus).entity_mentions


def entity_index_of(corpus: Corpus) -> dict[str, frozenset[str]]:
    return analyse(corpus).entity_index


def corpus_types(folder: Path, articles: dict[str, tuple[str, str]]) -> dict[str, set[tuple[str, str]]]:
    """``{file: (title, text)}`` written as a corpus into ``folder``; the story entities of each file (bylines and
    credits left out), as ``(entity, type)``."""
    from analysis.corpus.load import load_corpus
    from analysis.entities.resolve import entity_mentions

    lines = ["file,outlet,url,published,title"]
    for name, (title, text) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},Quist Ledger,,2026-03-04,\"{title}\"")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    mentions = entity_mentions(load_corpus(folder))
    story = mentions.loc[mentions["role"] == "story"]
    return {f: set(zip(g["entity"], g["type"], strict=True)) for f, g in story.groupby("doc_id")}


def move_frame(text: str, published):
    """The share and index moves of an invented text as the extractor reads them: a text with a blank line is a
    headline and a body, one without is a body alone."""
    from analysis.market.extract import extract_article_moves, extract_moves

    if "\n\n" in text:
        head, body = text.split("\n\n", 1)
        return extract_article_moves(head, body, published, None)
    return extract_moves(text, published, None)


def story_entities(folder: Path, articles: dict[str, str]) -> dict[str, set[tuple[str, str]]]:
    """``{file: text}`` (its first line the headline) as :func:`corpus_types` reads it."""
    return corpus_types(folder, {name: (text.split("\n", 1)[0], text) for name, text in articles.items()})


def alias_types(folder: Path, texts: dict[str, str]) -> dict[tuple[str, str], set[str]]:
    """(file stem, alias) -> "TYPE:entity" of the story mentions of that spelling in that article, for the corpus of
    ``texts`` (file stem -> text) written to ``folder``."""
    from analysis.corpus.load import load_corpus
    from analysis.entities.resolve import entity_mentions

    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    mentions = entity_mentions(corpus)
    story = mentions[mentions["role"] == "story"]
    files = dict(zip(corpus.docs["doc_id"], corpus.docs["file"]))
    out: dict[tuple[str, str], set[str]] = {}
    for doc_id, alias, kind, entity in zip(story["doc_id"], story["alias"], story["type"], story["entity"]):
        out.setdefault((Path(files[doc_id]).stem, alias), set()).add(f"{kind}:{entity}")
    return out
