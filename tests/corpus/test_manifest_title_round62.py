"""Round 62: a manifest title a scraper left with HTML entities, at times escaped twice, reads as the page showed it
("Harwick&amp;#39;s worst day" was the title on every page and in every export); a title the user typed is kept as
typed."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus import load_corpus


def _corpus(tmp_path: Path, title: str, edited: str = "") -> Path:
    (tmp_path / "a.txt").write_text("Harwick Mills shares fell 26% on Friday after the group cut its forecast.\n",
                                    encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        f"file,outlet,published,title,_edited\na.txt,Example,2024-08-03,{title},{edited}\n", encoding="utf-8")
    return tmp_path


def test_a_manifest_title_escaped_twice_reads_as_the_page_showed_it(tmp_path: Path) -> None:
    docs = load_corpus(_corpus(tmp_path, "Harwick&amp;#39;s worst day &amp; what&#8217;s next")).docs
    assert docs.loc[0, "title"] == "Harwick's worst day & what\u2019s next"


def test_a_title_the_user_typed_is_kept_as_typed(tmp_path: Path) -> None:
    docs = load_corpus(_corpus(tmp_path, "R&amp;D at Harwick", edited="title")).docs
    assert docs.loc[0, "title"] == "R&amp;D at Harwick"
