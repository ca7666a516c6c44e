"""Outlet and date from the article's own text when no manifest says so (bylines, wire datelines, lead lines)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis import load_corpus
from analysis.corpus.provenance import looks_like_outlet, read_provenance


@pytest.mark.parametrize(
    ("text", "outlet", "basis"),
    [
        ("Nvidia rebounds\n\nBy Jane Doe, Reuters\n\nNvidia shares rose 8.9% on Tuesday.", "Reuters", "byline"),
        ("NEW YORK, Jan 28 (Reuters) - Nvidia shares rose on Tuesday.", "Reuters", "wire dateline"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "Associated Press", "wire dateline"),
        ("Title\n\nBy Jane Doe and John Roe | Bloomberg News\n\nText.", "Bloomberg", "byline"),
        ("Title\n\nBy Ana Lee (AFP)\n\nBody text.", "Agence France-Presse", "byline"),
        ("Title\n\nBy Jane Doe, Financial Times\n\nBody text.", "Financial Times", "byline"),
        ("Some title\n\nRead at https://www.ft.com/content/abc\n\nText", "ft.com", "url in the text"),
        ("Title\n\nBy Jane Doe, Senior Correspondent\n\nBody text.", None, None),
        ("LONDON, Jan 28 2025 - Shares rose.", None, None),
        ("Plain article. Nobody says where it comes from. By the way, prices rose.", None, None),
    ],
)
def test_outlet_from_the_text(text: str, outlet: str | None, basis: str | None) -> None:
    found = read_provenance(text)
    assert (found.outlet, found.outlet_basis) == (outlet, basis)


def test_a_dated_lead_line_gives_the_date() -> None:
    found = read_provenance("Reuters, Jan 28 2025: Nvidia shares rose 8.9% on Tuesday.")
    assert (found.outlet, found.published, found.published_basis) == ("Reuters", date(2025, 1, 28), "lead line")
    assert read_provenance("LONDON, 28 January 2025 - Shares rose.").published == date(2025, 1, 28)


def test_job_titles_and_cities_are_not_outlets() -> None:
    assert not looks_like_outlet("Staff Writer")
    assert not looks_like_outlet("LONDON")
    assert looks_like_outlet("Hindustan Times") and looks_like_outlet("AP") and looks_like_outlet("example.com")


def test_an_uploaded_article_gets_its_outlet_and_date_from_its_text(tmp_path) -> None:
    (tmp_path / "reuters_nvidia_rebound.txt").write_text(
        "Nvidia rebounds after record rout\n\nBy Jane Doe, Reuters\n\n"
        "Nvidia shares rose 8.9% on Tuesday, a day after the chipmaker lost almost $600 billion in market value.\n",
        encoding="utf-8",
    )
    (tmp_path / "wire.txt").write_text(
        "Reuters, Jan 28 2025: Nvidia shares rose 8.9% on Tuesday, recovering part of Monday's record loss.\n",
        encoding="utf-8",
    )
    docs = load_corpus(tmp_path).docs.set_index("file")
    assert (docs.at["reuters_nvidia_rebound.txt", "outlet"], docs.at["reuters_nvidia_rebound.txt", "outlet_basis"]) == (
        "Reuters", "byline")
    assert docs.at["wire.txt", "published"].date() == date(2025, 1, 28)
    assert docs.at["wire.txt", "published_basis"] == "lead line"
