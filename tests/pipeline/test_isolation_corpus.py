"""A whole-corpus step that raises (entity linking, quote grouping, source overlap, event merging, share moves across
articles) gives up only its work across articles: every article keeps its own rows, and the failure is named for the
whole corpus on the pages and the command line. Invented articles; the failing step is simulated by patching it to
raise on more than one article."""

from __future__ import annotations

import pytest

import analysis.pipeline as pipeline_module
from analysis import cli
from analysis.corpus import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.isolation import ENV_STRICT, WHOLE_CORPUS
from analysis.pipeline import Analysis

TEXTS = {
    "a.txt": "Acme Corp fell 6% on Monday after the recall. \"We are sorry for the trouble,\" Chief Executive Jane Roe "
             "said on Monday.",
    "b.txt": "Acme Corp fell 6% on Monday after the recall. \"We are sorry for the trouble,\" Chief Executive Jane Roe "
             "said on Monday. Borealis Bank rose 2% on Tuesday.",
    "c.txt": "Borealis Bank jumped 9% on Wednesday, when its chairman Tom Vale said \"the worst is over\".",
}


def _corpus():
    return build_corpus([(RawArticle(file=name, text=text, outlet=f"Outlet {name[0]}"), {"published": "2024-03-08"},
                          "corpus") for name, text in TEXTS.items()])


def _on_one_article_only(fn, docs_of):
    def step(*args, **options):
        if docs_of(*args) > 1:
            raise KeyError("text_id")
        return fn(*args, **options)
    return step


def _always_raises(*args, **options):
    raise ValueError("cannot reindex on an axis with duplicate labels")


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.delenv(ENV_STRICT, raising=False)


def _corpus_failure(analysis, step):
    (failure,) = [f for f in analysis.failures if f.whole_corpus]
    assert failure.step == step and failure.doc_id == WHOLE_CORPUS
    assert list(analysis.problems["file"]) == ["all articles"]
    return failure


def test_entity_linking_that_raises_keeps_each_articles_names(lenient, monkeypatch):
    monkeypatch.setattr(pipeline_module, "linked_mentions", _on_one_article_only(
        pipeline_module.linked_mentions, lambda corpus, found: len(corpus.docs)))
    analysis = Analysis(_corpus())
    mentions = analysis.entity_mentions
    assert set(mentions["doc_id"]) == set(analysis.corpus.docs["doc_id"])
    assert "Jane Roe" in set(mentions["entity"])
    assert "not merged across articles" in _corpus_failure(analysis, "entity_linking").reason()


def test_quote_grouping_that_raises_groups_within_each_article(lenient, monkeypatch):
    monkeypatch.setattr(pipeline_module, "clustered_quotes_kept", _on_one_article_only(
        pipeline_module.clustered_quotes_kept, lambda found, *rest: found["doc_id"].nunique()))
    analysis = Analysis(_corpus())
    quotes = analysis.quotes
    assert len(quotes) == 3 and quotes["cluster_id"].nunique() == 3  # the same words in a and b: two groups now
    assert set(quotes["speaker"]) == {"Jane Roe", "Tom Vale"}
    _corpus_failure(analysis, "quote_clusters")


def test_source_overlap_that_raises_matches_identical_sentences_only(lenient, monkeypatch):
    monkeypatch.setattr(pipeline_module, "link_passages_kept", _always_raises)
    analysis = Analysis(_corpus())
    assert analysis.passage_links.empty
    matches = analysis.matches
    assert {tuple(sorted(p)) for p in zip(matches["doc_a"], matches["doc_b"])} == {("a", "b")}
    assert "identical sentences" in _corpus_failure(analysis, "passage_links").reason()


def test_event_merging_that_raises_keeps_each_articles_events(lenient, monkeypatch):
    whole = Analysis(_corpus()).timeline
    monkeypatch.setattr(pipeline_module, "timeline_events", _on_one_article_only(
        pipeline_module.timeline_events, lambda corpus, *rest: len(corpus.docs)))
    analysis = Analysis(_corpus())
    timeline = analysis.timeline
    assert set(timeline["doc_id"]) == set(whole["doc_id"])
    assert set(zip(timeline["doc_id"], timeline["sent_id"])) == set(zip(whole["doc_id"], whole["sent_id"]))
    # the ids stay distinct across articles: a's and b's Monday fall are two events now
    assert timeline.groupby("event_id")["doc_id"].nunique().max() == 1
    assert timeline["event_id"].nunique() > whole["event_id"].nunique()
    _corpus_failure(analysis, "timeline_merge")


def test_moves_across_articles_that_raise_keep_each_articles_moves(lenient, monkeypatch):
    whole = Analysis(_corpus()).moves
    monkeypatch.setattr(pipeline_module, "one_name_per_company", _always_raises)
    analysis = Analysis(_corpus())
    moves = analysis.moves
    assert sorted(moves["pct"]) == sorted(whole["pct"])
    _corpus_failure(analysis, "moves_story")


def test_strict_mode_lets_a_whole_corpus_error_through(monkeypatch):
    monkeypatch.setenv(ENV_STRICT, "1")
    monkeypatch.setattr(pipeline_module, "link_passages_kept", _always_raises)
    with pytest.raises(ValueError):
        Analysis(_corpus()).passages


def test_the_command_line_names_the_whole_corpus(lenient, monkeypatch, tmp_path, capsys):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline_module, "one_name_per_company", _always_raises)
    assert cli.main(["moves", "--corpus", str(tmp_path), "--no-store", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert "Borealis Bank" in out
    assert "all articles: the share moves across articles step failed (ValueError: cannot reindex" in err


def test_a_page_names_the_failed_whole_corpus_step(lenient, monkeypatch, tmp_path):
    from conftest import ROOT
    from streamlit.testing.v1 import AppTest

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,published\n" + "".join(
        f"{name},Outlet {name[0]},2024-03-08\n" for name in TEXTS), encoding="utf-8")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(folder))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setattr(pipeline_module, "timeline_events", _on_one_article_only(
        pipeline_module.timeline_events, lambda corpus, *rest: len(corpus.docs)))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/timeline.py")
    at.run()
    assert not at.exception
    shown = [w.value.replace("\\", "") for w in at.warning]  # as it renders: the markdown escapes read as typed
    assert any(w.startswith("The event merging step failed (KeyError: 'text_id')") and "not merged with other" in w
               for w in shown)
    assert len(at.get("plotly_chart")) >= 1
