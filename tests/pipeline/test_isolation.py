"""A step that raises on one article loses that article's rows, not the corpus's, and says so: in the tables, on
the command line and in the store (the article is tried again next time). Invented articles; the failing rule is
simulated by patching a step to raise on one text."""

from __future__ import annotations

import pytest

import analysis.build as build_module
import analysis.pipeline as pipeline_module
from analysis import cli
from analysis.corpus import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.isolation import ENV_STRICT, failures_of, isolated, run_isolated
from analysis.pipeline import Analysis
from analysis.store import Store

POISON = "Zanzibar Widgets"


def _corpus():
    texts = {
        "a.txt": "Acme Corp shares fell 6% on Monday after the recall, the company said.",
        "b.txt": f"{POISON} shares rose 4% on Tuesday, its chief executive said.",
        "c.txt": "Borealis Bank shares jumped 9% on Wednesday.",
    }
    return build_corpus([(RawArticle(file=name, text=text, outlet=f"Outlet {name[0]}"), {"published": "2024-03-08"},
                          "corpus") for name, text in texts.items()])


def _poisoned(fn):
    def step(part, *inputs, **options):
        if part.docs["text"].str.contains(POISON).any():
            raise IndexError("list index out of range")
        return fn(part, *inputs, **options)
    return step


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.delenv(ENV_STRICT, raising=False)


def test_a_chunk_that_raises_runs_document_by_document(lenient):
    corpus = _corpus()

    def docs_rows(part):
        return part.docs.loc[:, ["doc_id"]]

    frame = run_isolated(_poisoned(docs_rows), "moves_found", corpus)
    assert len(frame) == 2
    (failure,) = failures_of([frame])
    assert failure.step == "moves_found" and "IndexError" in failure.error
    assert "share moves" in failure.reason()


def test_strict_mode_lets_the_error_through(monkeypatch):
    monkeypatch.setenv(ENV_STRICT, "1")
    with pytest.raises(IndexError):
        isolated(_poisoned(lambda part: part.docs), "quotes_found")(_corpus())


def test_the_other_articles_keep_their_moves_and_the_failure_is_a_problem(lenient, monkeypatch):
    monkeypatch.setattr(pipeline_module, "extract_moves", _poisoned(pipeline_module.extract_moves))
    analysis = Analysis(_corpus())
    moves = analysis.moves
    assert {"Acme", "Borealis Bank"} <= set(moves["company"])
    assert not moves["sentence"].str.contains(POISON).any()
    problems = analysis.problems
    assert list(problems["file"]) == ["b.txt"]
    assert "share moves step failed" in problems["reason"].iloc[0]


def test_the_command_line_prints_the_rows_and_names_the_article(lenient, monkeypatch, tmp_path, capsys):
    for name, text in {"a.txt": "Acme Corp shares fell 6% on Monday.",
                       "b.txt": f"{POISON} shares rose 4% on Tuesday."}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline_module, "extract_moves", _poisoned(pipeline_module.extract_moves))
    assert cli.main(["moves", "--corpus", str(tmp_path), "--no-store", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert "Acme Corp" in out and POISON not in out
    assert "b.txt: the share moves step failed on this article" in err


def test_a_failed_article_is_not_stored_as_done_and_is_tried_again(lenient, monkeypatch, tmp_path):
    store = Store(tmp_path / "store")
    real = pipeline_module.extract_moves
    monkeypatch.setattr(pipeline_module, "extract_moves", _poisoned(real))
    first = Analysis(_corpus(), store=store)
    assert not first.moves["sentence"].str.contains(POISON).any() and first.failures
    monkeypatch.setattr(pipeline_module, "extract_moves", real)  # the rule mended
    again = Analysis(_corpus(), store=store)
    assert again.moves["sentence"].str.contains(POISON).any()
    assert again.computed["moves_found"] == 1 and not again.failures  # only the failed article was computed


def test_a_build_names_the_article_its_documentwise_step_failed_on(lenient, monkeypatch):
    monkeypatch.setitem(build_module.PER_DOCUMENT, "timexes", _poisoned(build_module.PER_DOCUMENT["timexes"]))
    analysis = Analysis(_corpus())
    build_module.build(analysis)
    assert [(f.step, f.doc_id) for f in analysis.failures] == [("timexes", analysis.corpus.docs["doc_id"].iloc[1])]
    assert "dates step failed" in analysis.problems["reason"].iloc[-1]


def test_a_page_says_which_articles_lost_rows(lenient, monkeypatch, tmp_path):
    from conftest import ROOT
    from streamlit.testing.v1 import AppTest

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in {"a.txt": "Acme Corp shares fell 6% on Monday.",
                       "b.txt": f"{POISON} shares rose 4% on Tuesday."}.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(folder))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setattr(pipeline_module, "extract_moves", _poisoned(pipeline_module.extract_moves))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/market.py")
    at.run()
    assert not at.exception
    # (the file name is escaped as markdown: it renders as "b.txt")
    assert any(w.value.startswith("A step failed on 1 article (b\\.txt): its rows of that step are missing here")
               for w in at.warning)
    at.switch_page("pages/overview.py")
    at.run()
    assert any("The notices below give each error" in w.value for w in at.warning)
    assert any(e.proto.expanded for e in at.expander)  # the notices, open
