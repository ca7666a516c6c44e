"""A whole HTML page saved under a .txt name is read as a page (its visible text, scripts dropped), with a notice;
a text that only mentions a tag stays text."""

from __future__ import annotations

from analysis.corpus.load import load_corpus


def test_a_page_saved_as_text_is_read_as_a_page(tmp_path) -> None:
    (tmp_path / "saved.txt").write_text(
        "<!DOCTYPE html>\n<html><head><title>Quist Bank slides</title><script>alert('x')</script></head><body>"
        "<p>Shares of Quist Bank fell 4% on Tuesday, the lender said in a statement.</p></body></html>\n",
        encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Brisk Air said the <html> tag in its old site was a bug.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = dict(zip(corpus.docs["file"], corpus.docs["text"]))
    assert "alert" not in text["saved.txt"] and "<p>" not in text["saved.txt"]
    assert "Shares of Quist Bank fell 4% on Tuesday" in text["saved.txt"]
    assert "<html>" in text["plain.txt"]
    notices = corpus.problems.loc[corpus.problems["severity"] == "warning"]
    assert set(notices["file"]) == {"saved.txt"}
    assert any("an HTML page saved as text" in r for r in notices["reason"])
