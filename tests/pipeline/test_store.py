"""The persisted store and the build (issue 17): stored tables equal the computed ones, a Dask build equals the
in-process one, adding an article computes that article only, and the app and the CLI read the store."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pandas as pd
import pytest

from analysis import analyse, load_corpus
from analysis.build import build
from analysis.corpus.prepare import _CLEAN_MEMO, prepare_text, prepare_texts
from analysis.entities.edits import save_edit
from analysis.entities.resolve import recognized_mentions
from analysis.runners import DaskRunner, InProcess
from analysis.store import Store, stored_corpus

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TABLES = ("entity_mentions", "quotes", "passages", "passage_links", "matches", "timexes", "undated", "moves", "timeline")


def _tables(analysis) -> dict[str, pd.DataFrame]:
    return {name: getattr(analysis, name) for name in TABLES}


def _assert_same(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus, when ../shared is there, 60 articles of the realistic story corpus (reprints, splices)."""
    folder = tmp_path_factory.mktemp("store-corpus")
    for f in (ROOT / "seeds").iterdir():
        if f.is_file():
            shutil.copy(f, folder / f.name)
    maker = SHARED / "bench" / "make_story_corpus.py"
    if maker.is_file():
        story = tmp_path_factory.mktemp("story") / "c"
        subprocess.run([sys.executable, str(maker), "60", str(story)], check=True, capture_output=True)
        for f in story.iterdir():
            if f.suffix == ".txt":
                shutil.copy(f, folder / f"story_{f.name}")
    return folder


def test_stored_tables_equal_computed_ones(corpus_dir: Path, tmp_path: Path) -> None:
    corpus = load_corpus(corpus_dir)
    want = _tables(analyse(corpus))
    store = Store(tmp_path / "store")
    built = analyse(corpus, store=store)
    report = build(built)
    assert not any(s.reused for s in report.stages)
    _assert_same(_tables(built), want)
    _assert_same(_tables(analyse(corpus, store=store)), want)
    again = build(analyse(corpus, store=store))
    assert all(s.reused for s in again.stages), "a current store is read, not recomputed"


def test_a_dask_cluster_build_equals_the_in_process_one(corpus_dir: Path, tmp_path: Path) -> None:
    corpus = load_corpus(corpus_dir)
    want = _tables(analyse(corpus))
    runner = DaskRunner(workers=2)
    try:
        assert runner.workers == 2
        analysis = analyse(corpus, store=Store(tmp_path / "dask"))
        report = build(analysis, runner)
        # a corpus read for the first time is cleaned on the same workers, in batches, with the same results
        texts = [f.read_text(encoding="utf-8") for f in sorted(corpus_dir.glob("*.txt"))[:20]]
        sent: list[int] = []

        def batches(fn, parts):  # type: ignore[no-untyped-def]
            sent.extend(len(p) for p in parts)
            return runner.map_batches(fn, parts)

        _CLEAN_MEMO.clear()  # as in a new process
        assert prepare_texts(texts, parallel_min=1, batches=batches) == [prepare_text(t) for t in texts]
        assert sum(sent) == len(set(texts)) and len(sent) > 1
    finally:
        runner.close()
    assert len(report.worker_peak_rss_mb) == 2
    _assert_same(_tables(analysis), want)


def test_the_corpus_steps_per_document_parts_run_on_the_runner(corpus_dir: Path, tmp_path: Path) -> None:
    """With a runner of several workers, quote finding, move reading and dated sentences go to it in chunks (not
    this process on the whole corpus), and the tables are the same."""
    corpus = load_corpus(corpus_dir)
    want = _tables(analyse(corpus))

    class TwoWorkers(InProcess):
        workers = 2
        parts: ClassVar[dict[str, bool]] = {}

        def map(self, fn, corpus, chunks, tables, inputs=(), urgent=False):  # type: ignore[no-untyped-def]
            name = getattr(fn, "func", fn).__name__
            if name in ("dated_mentions", "extract_moves", "found_quotes"):
                TwoWorkers.parts[name] = urgent
                assert len(chunks) > 1 and all(len(ids) < len(corpus.docs) for ids in chunks)
            return super().map(fn, corpus, chunks, tables, inputs, urgent)

    analysis = analyse(corpus, store=Store(tmp_path / "store"))
    build(analysis, TwoWorkers())
    # the moves and dated sentences jump the queue (the timeline waits for them); the quotes are found while this
    # process merges the timeline
    assert TwoWorkers.parts == {"extract_moves": True, "dated_mentions": True, "found_quotes": False}
    assert analysis.runner is None, "the runner is only the build's"
    _assert_same(_tables(analysis), want)


def test_adding_an_article_computes_that_article_only(corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus_dir, folder)
    store = Store(tmp_path / "store")
    build(analyse(load_corpus(folder), store=store))
    (folder / "late.txt").write_text(
        "Chipmakers rebound\n\nShares of Nvidia rose 8.9% on Tuesday, a day after the rout, analysts said.\n",
        encoding="utf-8")
    corpus = load_corpus(folder)
    analysis = analyse(corpus, store=store)
    report = build(analysis)
    per_doc = {s.stage: s.computed_docs for s in report.stages if s.computed_docs is not None}
    # the per-document parts of the corpus steps too: the new article's quotes, moves and dated sentences
    assert per_doc == {"entities": 1, "alignment": 1, "timexes": 1, "quotes": 1, "moves": 1, "timeline": 1}
    _assert_same(_tables(analysis), _tables(analyse(corpus)))


def test_loading_after_an_article_is_added_cleans_that_article_only(tmp_path: Path, monkeypatch) -> None:
    import analysis.corpus.prepare as prepare

    folder = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", folder)
    store = Store(tmp_path / "store")
    before = stored_corpus([str(folder)], store)
    (folder / "late.txt").write_text("Chipmakers rebound\n\nShares of Nvidia rose 8.9% on Tuesday.\n", encoding="utf-8")
    cleaned: list[str] = []
    original = prepare.prepare_text
    monkeypatch.setattr(prepare, "prepare_text", lambda text: cleaned.append(text) or original(text))
    prepare._CLEAN_MEMO.clear()  # as in a new process: only the store remembers
    after = stored_corpus([str(folder)], store)
    assert len(cleaned) == 1 and "Chipmakers rebound" in cleaned[0]
    assert len(after.docs) == len(before.docs) + 1
    for name in ("docs", "sentences", "paragraphs", "removals"):
        fresh = getattr(load_corpus(folder), name)
        pd.testing.assert_frame_equal(getattr(after, name), fresh, obj=name)


def test_rebuild_ignores_a_current_store(corpus_dir: Path, tmp_path: Path) -> None:
    corpus = load_corpus(ROOT / "seeds")
    store = Store(tmp_path / "store")
    build(analyse(corpus, store=store))
    report = build(analyse(corpus, store=store), rebuild=True)
    assert not any(s.reused for s in report.stages)


def test_an_entity_edit_is_a_new_version_of_the_tables_that_use_names(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", folder)
    store = Store(tmp_path / "store")
    analysis = analyse(load_corpus(folder), store=store)
    build(analysis)
    before = {n: analysis.table_key(n) for n in ("passages", "moves", "quotes")}
    save_edit(folder, "Nvidia", "NVIDIA Corp")
    after = analyse(load_corpus(folder), store=store)
    assert after.table_key("passages") == before["passages"], "alignment does not read entity names"
    assert after.table_key("moves") != before["moves"] and after.table_key("quotes") != before["quotes"]


def test_the_app_reads_the_tables_a_build_of_the_corpus_folder_wrote(tmp_path: Path) -> None:
    """The app's corpus is the corpus folder plus an upload folder; with no state files in the upload folder its
    tables are the command line's, so a build serves the app's first visit of every page."""
    folder, uploads = tmp_path / "c", tmp_path / "uploads"
    shutil.copytree(ROOT / "seeds", folder)
    uploads.mkdir()
    save_edit(folder, "Nvidia", "NVIDIA Corp")  # a state file in the corpus folder counts for both
    store = Store(tmp_path / "store")
    cli = analyse(load_corpus(folder), store=store)
    app = analyse(load_corpus([folder, uploads]), store=store)
    for name in ("quotes", "moves", "timeline"):
        assert app.table_key(name) == cli.table_key(name), name
    save_edit(uploads, "Oracle", "Oracle Corp")  # an upload folder's own edits make another version
    assert analyse(load_corpus([folder, uploads]), store=store).table_key("moves") != cli.table_key("moves")


def test_cli_commands_read_and_fill_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", folder)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True, check=False)

    first = run("moves", "--corpus", str(folder))
    assert first.returncode == 0, first.stderr
    built = run("build", "--corpus", str(folder))
    assert built.returncode == 0, built.stderr
    rows = pd.read_csv(io.StringIO(built.stdout))
    reused = dict(zip(rows["stage"], rows["reused"]))
    assert reused["moves"] and reused["entities"], "the moves command stored its tables"
    assert not reused["alignment"]
    again = run("moves", "--corpus", str(folder))
    assert again.stdout == first.stdout
    on_cluster = run("build", "--corpus", str(folder), "--workers", "2", "--rebuild")
    assert on_cluster.returncode == 0, on_cluster.stderr
    assert "CPU of the workers" in on_cluster.stderr
    assert run("moves", "--corpus", str(folder)).stdout == first.stdout


def test_a_stored_corpus_equals_the_loaded_one_until_a_file_changes(corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus_dir, folder)
    store = Store(tmp_path / "store")
    loaded = load_corpus(folder)
    first = stored_corpus([folder], store)
    second = stored_corpus([folder], store)
    assert list(store.root.glob("corpus_docs-*.parquet")), "the corpus was stored"
    for name in ("docs", "sentences", "removals", "problems", "paragraphs"):
        pd.testing.assert_frame_equal(getattr(second, name), getattr(loaded, name), obj=name)
        pd.testing.assert_frame_equal(getattr(first, name), getattr(loaded, name), obj=name)
    (folder / "late.txt").write_text("Late news\n\nShares of Nvidia rose 8.9% on Tuesday.\n", encoding="utf-8")
    assert "late.txt" in set(stored_corpus([folder], store).docs["file"]), "a new file is a new version"


def test_a_reprint_is_recognised_once_and_gets_its_own_rows(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(ROOT / "seeds", folder)
    first = sorted(p for p in folder.iterdir() if p.suffix == ".txt")[0]
    shutil.copy(first, folder / "reprint_one.txt")
    shutil.copy(first, folder / "reprint_two.txt")
    corpus = load_corpus(folder)

    class Counting(InProcess):
        docs = 0

        def map(self, fn, corpus, chunks, tables, inputs=(), urgent=False):  # type: ignore[no-untyped-def]
            Counting.docs += sum(len(ids) for ids in chunks) if getattr(fn, "func", fn) is recognized_mentions else 0
            return super().map(fn, corpus, chunks, tables, inputs, urgent)

    analysis = analyse(corpus, store=Store(tmp_path / "store"))
    build(analysis, Counting())
    docs = corpus.docs
    reprints = docs.loc[docs["doc_id"].str.startswith("reprint_")]
    assert reprints["text"].nunique() == 1 and reprints["title"].nunique() == 1
    distinct = len(docs.loc[:, ["title", "text"]].drop_duplicates())
    assert Counting.docs == distinct < len(docs), "a reprint (same headline and text) is read once"
    want = analyse(corpus)
    pd.testing.assert_frame_equal(analysis.entity_mentions, want.entity_mentions)
    pd.testing.assert_frame_equal(analysis.passages, want.passages)
    copies = analysis.entity_mentions.loc[analysis.entity_mentions["doc_id"].str.startswith("reprint_")]
    assert copies["doc_id"].nunique() == 2
