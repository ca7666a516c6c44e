"""Round 63: articles of odd shapes, as scraping leaves them, go through every command with errors let through.

An article that is only a table, only a quotation, one line, several articles run together, a pair of quotation
marks with nothing inside in each of the marks news uses, a quotation that never closes, dates outside the
calendar a computer likes (1066, 9999): each is a shape the per-document rules meet on real scraped text. The
tests run with ``STORYTRACE_STRICT=1`` (conftest), so a rule that raises on one of them fails here instead of
quietly losing that article's rows; no command may fail on them, and each article is read.
"""

from __future__ import annotations

import csv
import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from analysis.cli import main

ODD = {
    "table.txt": "| Firm | Close | Change |\n|---|---|---|\n| Acme | 12.40 | -3% |\n| Zenith | 88.10 | +1.2% |\n",
    "quote.txt": "\u201cWe will keep every plant open through the winter,\u201d said Maria Lund, the mayor of Easton.\n",
    "one_line.txt": "Acme shares fell 4% on Tuesday, Sept. 13, 2016, after the board said \u201cno\u201d to the bid.",
    "run_together.txt": (
        "Storm closes port\n\nThe port of Easton closed on Monday, Sept. 12, 2016. \u201cIt is safe,\u201d Lund said.\n\n"
        "Storm closes port\n\nThe port of Easton closed on Monday, Sept. 12, 2016. \u201cIt is safe,\u201d Lund said.\n"
    ),
    "empty_marks.txt": (
        'On Monday, Sept. 12, 2016, the poster read "" and \u201c\u201d and \u2018\u2019 and \u00ab \u00bb, '
        'said Tom Berg. "" Berg said. pic="" \u201c\u201d.\u201c\u201d\n'
        'Berg told reporters "" on Tuesday, Sept. 13, 2016. Ruiz told them \u201c\u201d the next day.\n'
    ),
    "unclosed.txt": "\u201cThe vote is Tuesday, Sept. 13, 2016, and we will win it, said Ana Ruiz.\n\nShares rose 2%.\n",
    "far_dates.txt": "The town was founded on October 14, 1066, and the vault is sealed until Dec. 31, 9999.\n",
}
COMMANDS = (
    ["docs"], ["entities"], ["quotes"], ["overlap"], ["overlap", "--pairs"], ["spread"], ["timeline"],
    ["timeline", "--window-from", "1000-01-01", "--window-to", "9999-12-31"], ["moves"], ["timex"],
)


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def odd_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("odd")
    for name, text in ODD.items():
        (folder / name).write_text(text, encoding="utf-8")
    rows = [{"file": name, "outlet": "Easton Post", "published": "2016-09-14", "title": ""} for name in ODD]
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["file", "outlet", "published", "title"])
        writer.writeheader()
        writer.writerows(rows)
    return folder


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_reads_odd_articles_without_error(odd_corpus: Path, command: list[str]) -> None:
    code, out, err = _run(*command, "--corpus", str(odd_corpus), "--no-store", "--format", "csv")
    assert code == 0, err
    assert "failed on this article" not in err


def test_every_odd_article_is_read(odd_corpus: Path) -> None:
    code, out, _ = _run("docs", "--corpus", str(odd_corpus), "--no-store", "--format", "csv")
    assert code == 0
    files = {row["file"] for row in csv.DictReader(io.StringIO(out))}
    assert files == set(ODD)


def test_the_report_is_written_for_odd_articles(odd_corpus: Path, tmp_path: Path) -> None:
    code, _, err = _run("report", "--corpus", str(odd_corpus), "--no-store", "--out", str(tmp_path / "r"),
                        "--format", "csv")
    assert code == 0, err
    assert any(p.suffix == ".csv" for p in (tmp_path / "r").iterdir())
