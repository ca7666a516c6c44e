"""Test helpers for share moves read from one text with hand-given organisation mentions."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd

from analysis.market.extract import extract_moves
from tests.market.test_move_round21 import every_mention


def two_day_corpus_moves(folder: Path, texts: dict[str, str]) -> pd.DataFrame:
    """The product's moves (``analyse(...).moves``) of ``texts`` (file name -> text, its first line the headline)
    written to ``folder`` with a manifest: one outlet, "a.txt" published on 3 March 2026, the others on 4 March."""
    from analysis import analyse
    from analysis.corpus.load import load_corpus

    lines = ["file,outlet,url,published,title"]
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},Quist Ledger,,2026-03-{3 if name == 'a.txt' else 4:02d},{text.split(chr(10))[0]}")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return analyse(load_corpus(folder)).moves


def org_mentions(text: str, *names: str) -> list[tuple[int, int, str, str, str]]:
    """Organisation mentions of each of ``names`` in ``text`` (each its own entity), longest name first."""
    out: list[tuple[int, int, str, str, str]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name) + r"(?![\w!])", text):
            if not any(a <= m.start() < b for a, b, *_ in out):
                out.append((m.start(), m.end(), name, name, "ORG"))
    return sorted(out)


#: The publication day the round-56 and later move tests read their texts against (a Friday).
PUB = date(2026, 3, 6)


def move_rows(text: str, *names: str, published: date = PUB) -> list[tuple[str, str, float]]:
    """(kind, company, figure) of each move read from ``text``, each of ``names`` an organisation wherever it stands."""
    rows = extract_moves(text, published, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


def move_days(text: str, *names: str, published: date = PUB) -> list[tuple[str, float, str, str, str]]:
    """(company, figure, session, period start, period end) of each row, the dates as ISO text ("" when none)."""
    rows = extract_moves(text, published, sorted(every_mention(text, *names)))
    day = lambda v: "" if v is None or v != v else str(v)[:10]  # noqa: E731 (NaT is not equal to itself)
    return [(r.company, r.pct, day(r.session_date), day(r.period_start), day(r.period_end)) for r in rows.itertuples()]

