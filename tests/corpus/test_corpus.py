"""Loading folders: metadata with its basis, every supported format, and every kind of bad file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

from analysis.corpus.load import load_corpus
from analysis.errors import BadCorpusPath

SEED_000 = "000_249e7fa9a8165267.txt"


def test_seed_metadata_from_manifest(seeds_corpus):
    docs = seeds_corpus.docs.set_index("file")
    assert len(docs) == 5
    row = docs.loc[SEED_000]
    assert row["published"] == pd.Timestamp("2025-01-25")
    assert row["published_basis"] == "manifest"
    assert row["outlet"] == "Daily The Business" and row["outlet_basis"] == "manifest"
    assert docs.loc["001_9d4eccda8b18999b.txt", "published_earliest"] == pd.Timestamp("2025-01-27")
    assert pd.isna(docs.loc["001_9d4eccda8b18999b.txt", "published"])
    assert (docs["published"].dropna() != pd.Timestamp("2026-02-04")).all()
    assert docs["sentences"].to_dict() == {
        SEED_000: 23, "001_9d4eccda8b18999b.txt": 33, "002_d7fa40523d25d390.txt": 25,
        "003_877fc2d5a0b2fa8b.txt": 30, "004_7edf549026a98687.txt": 35,
    }
    assert seeds_corpus.problems.empty


def test_seed_000_without_manifest_uses_dateline_and_copyright(tmp_path):
    shutil.copy(SEEDS / SEED_000, tmp_path / SEED_000)
    doc = load_corpus(tmp_path).docs.iloc[0]
    assert doc["published"] == pd.Timestamp("2025-01-25")
    assert doc["published_basis"] == "dateline"
    assert doc["outlet"] == "Daily The Business" and doc["outlet_basis"] == "copyright line"
    assert doc["title"].startswith("Meta’s chief AI scientist says")


def test_no_date_no_outlet_falls_back_to_unknown_and_file_name(tmp_path):
    (tmp_path / "plain-story.txt").write_text("Shares fell sharply on Monday after the chipmaker warned on profits.\n")
    doc = load_corpus(tmp_path).docs.iloc[0]
    assert (doc["outlet"], doc["outlet_basis"], doc["published_basis"]) == ("plain-story", "file name", "unknown")
    assert pd.isna(doc["published"])


def test_missing_corpus_folder_is_a_named_error(tmp_path):
    with pytest.raises(BadCorpusPath, match="corpus folder not found"):
        load_corpus(tmp_path / "nope")


GOOD = "Chipmakers fell on Monday. Nvidia lost 17% as investors reassessed the cost of AI.\n"


def _bad_folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"   \n\n  ")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03garbage" * 10)
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "latin1.txt").write_bytes("Le march\xe9 a chut\xe9 lundi.".encode("latin-1"))
    (tmp_path / "huge.txt").write_bytes(b"word " * (6 * 1024 * 1024 // 5))
    (tmp_path / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text('{"text": "ok"}\n{bad\n', encoding="utf-8")
    (tmp_path / "ragged.csv").write_text('text,outlet\n"one",A\n"two",B,extra\n', encoding="utf-8")
    (tmp_path / "notext.csv").write_text("title,outlet\nA,B\n", encoding="utf-8")
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "page.html").write_text(
        "<html><head><title>Chip rout</title><script>alert('x')</script><style>p{}</style></head>"
        "<body><nav>Home</nav><article><h1>Chip rout deepens</h1><p>Shares of <b>Nvidia</b> fell 17% on Monday, "
        "the biggest one-day loss in its history.</p><script>document.write('evil')</script></article></body></html>",
        encoding="utf-8",
    )
    return tmp_path


def test_bad_files_are_refused_with_reasons_and_the_rest_loads(tmp_path):
    corpus = load_corpus(_bad_folder(tmp_path))
    assert sorted(corpus.docs["file"]) == ["good.txt", "page.html"]
    refused = corpus.problems.loc[corpus.problems["severity"] == "refused"].set_index("file")["reason"].to_dict()
    assert refused["empty.txt"] == "file is empty"
    assert refused["blank.md"] == "file is empty"
    assert refused["binary.txt"].startswith("binary file (contains NUL bytes)")
    assert refused["image.html"].startswith("binary file (a PNG image)")
    assert refused["latin1.txt"].startswith("not valid UTF-8") and "re-save the file as UTF-8" in refused["latin1.txt"]
    assert refused["huge.txt"] == "file is 6.0 MB; the limit is 5 MB for .txt files"
    assert refused["broken.json"].startswith("malformed JSON at line 1")
    assert refused["broken.jsonl"].startswith("malformed JSON on line 2")
    assert refused["ragged.csv"] == "malformed CSV: row 3 has 3 fields, the header has 2"
    assert refused["notext.csv"].startswith("CSV has no text column")
    assert refused["slides.pdf"].startswith("unsupported file type '.pdf'")
    notices = corpus.problems.loc[corpus.problems["severity"] == "warning"].set_index("file")["reason"].to_dict()
    assert notices == {"page.html": "3 <script>/<style> elements removed; only the page's visible text was loaded"}


def test_html_keeps_visible_article_text_only(tmp_path):
    corpus = load_corpus(_bad_folder(tmp_path))
    page = corpus.docs.set_index("file").loc["page.html"]
    assert page["text"] == "Shares of Nvidia fell 17% on Monday, the biggest one-day loss in its history."
    assert page["title"] == "Chip rout"
    assert "alert" not in page["text"] and "evil" not in page["text"] and "Home" not in page["text"]


def test_record_collections_and_markdown(tmp_path):
    records = [
        {"text": GOOD, "title": "One", "outlet": "Wire A", "published": "2025-01-27", "url": "https://a.example/1"},
        {"text": "Second story. The Nasdaq fell 3.1% on Monday as tech shares slid.", "source": "Wire B"},
        {"title": "no text here"},
    ]
    (tmp_path / "batch.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text("\n".join(json.dumps(r) for r in records[:2]), encoding="utf-8")
    pd.DataFrame(records[:2]).to_csv(tmp_path / "table.csv", index=False)
    (tmp_path / "note.md").write_text("# Market rout\n\nShares **fell** on [Monday](https://x). It was bad.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    docs = corpus.docs.set_index("doc_id")
    assert sorted(docs.index) == ["batch#1", "batch#2", "lines#1", "lines#2", "note", "table#1", "table#2"]
    assert docs.loc["batch#1", "outlet"] == "Wire A" and docs.loc["batch#1", "outlet_basis"] == "record"
    assert docs.loc["batch#1", "published"] == pd.Timestamp("2025-01-27")
    assert docs.loc["batch#1", "published_basis"] == "record"
    assert docs.loc["batch#2", "outlet"] == "Wire B"
    assert docs.loc["note", "text"] == "Market rout\n\nShares fell on Monday. It was bad."
    notices = corpus.problems.set_index("file")["reason"].to_dict()
    assert notices == {"batch.json": "record 3 has no text; skipped"}


def test_malformed_manifest_is_a_notice_and_articles_still_load(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text('outlet,url\n"unterminated,x\n', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.docs["file"].tolist() == ["a.txt"]
    assert corpus.problems["severity"].tolist() == ["warning"]
    assert "articles load without it" in corpus.problems["reason"].iloc[0]


def test_manifest_extra_columns_are_kept(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,language\na.txt,Wire A,en\nmissing.txt,B,de\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.docs.loc[0, "language"] == "en"
    assert corpus.problems["reason"].tolist() == ["lists 'missing.txt', which is not in the folder"]


def test_upload_folder_joins_and_ids_stay_unique(tmp_path):
    base, up = tmp_path / "base", tmp_path / "up"
    base.mkdir(), up.mkdir()
    (base / "story.txt").write_text(GOOD, encoding="utf-8")
    (up / "story.txt").write_text(GOOD.replace("17%", "16.9%"), encoding="utf-8")
    corpus = load_corpus([base, up])
    assert corpus.docs[["doc_id", "origin"]].values.tolist() == [["story", "corpus"], ["story~2", "upload"]]


def test_parallel_cleaning_matches_serial_and_is_memoised():
    from analysis.corpus.cleaning import clean_document
    from analysis.corpus.prepare import _CLEAN_MEMO, clean_texts

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts = [t + f"\nExtra closing sentence number {i} for a fresh hash." for i, t in enumerate(texts)]
    parallel = clean_texts(texts, parallel_min=2)  # worker processes
    assert parallel == [clean_document(t) for t in texts]
    before = len(_CLEAN_MEMO)
    assert clean_texts(texts, parallel_min=2) == parallel  # now from the memo, no new entries
    assert len(_CLEAN_MEMO) == before


def test_a_sub_folder_is_named_but_the_state_folder_is_not(tmp_path: Path) -> None:
    """The store and the user's edits live in the corpus folder's `.storytrace/`: loading the corpus again must
    not warn about it; any other sub-folder is named (nothing is skipped in silence)."""
    folder = tmp_path / "c"
    shutil.copytree(SEEDS, folder)
    (folder / ".storytrace" / "store").mkdir(parents=True)
    (folder / "drafts").mkdir()
    problems = load_corpus(folder).problems
    assert list(problems.loc[problems["reason"].str.contains("sub-folder"), "file"]) == ["drafts"]


def test_common_news_exports_load_with_their_own_field_names(tmp_path):
    """NewsAPI's response (a source object, publishedAt, content cut with "[+N chars]"), a news-please record and a
    newspaper3k table load with their outlet, date and text."""
    import json as _json

    (tmp_path / "newsapi.json").write_text(_json.dumps({"status": "ok", "articles": [
        {"source": {"id": None, "name": "The Vale Ledger"}, "title": "Hesketh Metals slides",
         "url": "https://vale.example/a", "publishedAt": "2025-03-12T14:05:00Z",
         "content": "Shares of Hesketh Metals fell 6.2% on Wednesday after the quota news… [+2113 chars]"}]}), encoding="utf-8")
    (tmp_path / "newsplease.jsonl").write_text(_json.dumps(
        {"title": "Brisk gains", "maintext": "Brisk Metall rose 5.5% on Wednesday.", "date_publish": "2025-03-12 16:00:00",
         "source_domain": "harbour.example"}) + "\n", encoding="utf-8")
    (tmp_path / "np3k.csv").write_text("title,text,publish_date\nQuota day,Steel shares fell on Wednesday.,2025-03-12\n",
                                       encoding="utf-8")
    docs = load_corpus(tmp_path).docs.set_index("file")
    assert docs.loc["newsapi.json#1", "outlet"] == "The Vale Ledger"
    assert docs.loc["newsapi.json#1", "text"].endswith("after the quota news")  # the cut marker is no text
    assert docs.loc["newsplease.jsonl#1", "outlet"] == "harbour.example"
    assert {str(d.date()) for d in docs["published"]} == {"2025-03-12"}


def test_text_decoded_twice_is_repaired_with_a_notice(tmp_path):
    """Mojibake from a scraper ("â€œ" for "“", "FranÃ§ois" for "François") is repaired, and the load says so;
    accented text that was read right stays as it is."""
    def as_windows_1252(data: bytes) -> str:  # as a browser reads it: a byte cp1252 leaves undefined keeps its code
        return "".join(bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in data)

    mangled = as_windows_1252("“We will appeal,” said Françoise Vell, the company’s chief executive.".encode("utf-8"))
    (tmp_path / "a.txt").write_bytes(f"Hesketh Metals slides\n\n{mangled}\n".encode("utf-8"))
    (tmp_path / "b.txt").write_text("Zürich\n\nSão Paulo and Ångström stay as written, naïvely.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    docs = corpus.docs.set_index("file")
    assert "“We will appeal,” said Françoise Vell, the company’s" in docs.loc["a.txt", "text"]
    assert docs.loc["b.txt", "text"] == "São Paulo and Ångström stay as written, naïvely."
    notices = corpus.problems.set_index("file")["reason"]
    assert "mojibake" in notices["a.txt"] and "b.txt" not in notices.index
