"""Offsets found in the cleaned text map back to the file's text as read (analysis.corpus.offsets), and the
``timex`` command prints such offsets."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from conftest import SEEDS

from analysis.cli import main
from analysis.corpus import load_corpus
from analysis.corpus.offsets import align, raw_spans
from analysis.corpus.readers import read_article_bytes


def test_align_skips_what_cleaning_removed() -> None:
    raw = "  • Hello&nbsp;&amp; <span class='x'>world</span>\u200b  of   it &quot;now&quot;"
    clean = "Hello & world of it \"now\""
    pieces = [raw[a:b] for a, b in align(clean, raw)]
    assert pieces[:5] == list("Hello")
    assert pieces[6] == "&amp;"
    assert "".join(pieces[8:13]) == "world"
    assert pieces[-1] == "&quot;"


def test_unchanged_line_is_the_identity() -> None:
    assert align("abc", "  abc ") == [(2, 3), (3, 4), (4, 5)]


def _messy_corpus(tmp_path: Path) -> Path:
    text = (
        "Home | News | Business | Tech\r\n"
        "Share on Facebook\r\n"
        "\r\n"
        "The  company said on Monday,&nbsp;January 27, 2025 that its shares fell 17% during the session.\r\n"
        "\t• Analysts  expected the decline to continue last week and into the next quarter of the year.\r\n"
        "© 2025 The Daily Example. All rights reserved.\r\n"
    )
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "manifest.csv").write_text("file,outlet,published\na.txt,Example,2025-01-28\n", encoding="utf-8")
    return tmp_path


def test_spans_in_clean_text_map_to_the_text_as_read(tmp_path: Path) -> None:
    folder = _messy_corpus(tmp_path)
    corpus = load_corpus(folder)
    text = str(corpus.docs.loc[0, "text"])
    raw = read_article_bytes("a.txt", (folder / "a.txt").read_bytes()).articles[0].text
    words = ["Monday", "January 27, 2025", "17%", "Analysts", "last week", "next quarter of the year"]
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    mapped = raw_spans(corpus.paragraphs, text, spans)
    assert [raw[a:b] for a, b in mapped] == words


def test_timex_command_offsets_index_the_file(tmp_path: Path) -> None:
    folder = _messy_corpus(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["timex", "--corpus", str(folder), "--format", "json"])
    assert code == 0
    rows = json.loads(out.getvalue())
    assert list(rows[0]) == ["doc_id", "file", "start", "end", "text", "type", "value", "date_start", "date_end",
                             "anchor", "sentence"]
    raw = (folder / "a.txt").read_bytes().decode("utf-8")
    by_text = {r["text"]: r for r in rows}
    day = by_text["Monday, January 27, 2025"]
    assert (day["value"], day["anchor"]) == ("2025-01-27", "")
    assert raw[day["start"]:day["end"]] == "Monday,&nbsp;January 27, 2025"  # the text as read, entity and all
    assert by_text["last week"]["value"] == "2025-W04"
    assert by_text["last week"]["anchor"] == "publication 2025-01-28"
    for r in rows:
        if r is not day:
            assert raw[r["start"]:r["end"]] == r["text"]
        assert r["text"] in r["sentence"]


def test_timex_on_the_seeds_every_row_is_in_its_file() -> None:
    corpus = load_corpus(SEEDS)
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        assert main(["timex", "--corpus", str(SEEDS), "--format", "json"]) == 0
    rows = json.loads(out.getvalue())
    assert len(rows) >= 20
    files = dict(zip(corpus.docs["doc_id"], corpus.docs["file"]))
    for r in rows:
        raw = read_article_bytes(files[r["doc_id"]], (SEEDS / files[r["doc_id"]]).read_bytes()).articles[0].text
        assert raw[r["start"]:r["end"]] == r["text"], r
