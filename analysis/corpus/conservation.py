"""Nothing lost silently: every line of an article's text as read is either in its cleaned text, its title or its
list of removals (with the reason it went). :func:`unlisted_lines` lists the lines that are none of these, so a
test or a bench can check a corpus; an empty frame is the expected answer."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from analysis.corpus.cleaning import normalize_line, raw_line_spans
from analysis.corpus.load import Corpus, list_article_files, title_key
from analysis.corpus.readers import read_article_bytes
from analysis.errors import BadInputFile

UNLISTED_COLUMNS = ["doc_id", "line_no", "text"]


def texts_as_read(corpus: Corpus) -> dict[str, str]:
    """``doc_id`` -> the article's text as the loader read it (before cleaning), for every article of the corpus's
    folders (a record of a collection by its ``file#record`` key)."""
    by_file = dict(zip(corpus.docs["file"], corpus.docs["doc_id"]))
    out: dict[str, str] = {}
    for folder in corpus.folders:
        if not Path(folder).is_dir():
            continue
        for path in list_article_files(Path(folder)):
            try:
                result = read_article_bytes(path.name, path.read_bytes())
            except (BadInputFile, OSError):
                continue
            for raw in result.articles:
                key = raw.file if raw.record is None else f"{raw.file}#{raw.record}"
                if key in by_file and by_file[key] not in out:
                    out[by_file[key]] = raw.text
    return out


def _is_title(line: str, title: object) -> bool:
    """Whether ``line`` is the headline ``title`` was read from (the same words, or them then the site's name)."""
    if not isinstance(title, str) or not title.strip():
        return False
    key, line_key = title_key(title), title_key(line)
    return bool(key) and line_key.startswith(key)


def unlisted_lines(corpus: Corpus, texts: Mapping[str, str]) -> pd.DataFrame:
    """:data:`UNLISTED_COLUMNS`, one row per non-blank line of a document's text as read (``texts``: ``doc_id`` ->
    text, :func:`texts_as_read`) that is in no kept paragraph, is not the line of the document's title (above its
    first paragraph) and has no removal row."""
    removed: dict[str, set[int]] = {}
    for doc_id, line_no in zip(corpus.removals["doc_id"], corpus.removals["line_no"]):
        removed.setdefault(doc_id, set()).add(int(line_no))
    kept: dict[str, list[tuple[int, int]]] = {}
    for doc_id, a, b in zip(corpus.paragraphs["doc_id"], corpus.paragraphs["raw_start"], corpus.paragraphs["raw_end"]):
        kept.setdefault(doc_id, []).append((int(a), int(b)))
    titles = dict(zip(corpus.docs["doc_id"], corpus.docs["title"]))
    rows = []
    for doc_id, text in texts.items():
        spans = raw_line_spans(text)
        starts = [a for a, _ in spans]
        covered = set(removed.get(doc_id, ()))
        for a, b in kept.get(doc_id, ()):  # a kept paragraph covers its line(s) (a hard-wrapped one several)
            covered.update(range(bisect_right(starts, a), bisect_right(starts, max(a, b - 1)) + 1))
        first = min((a for a, _ in kept.get(doc_id, ())), default=len(text))
        for line_no, (a, b) in enumerate(spans, start=1):
            line = normalize_line(text[a:b])
            if not line or line_no in covered or (a < first and _is_title(line, titles.get(doc_id))):
                continue
            rows.append((doc_id, line_no, line))
    return pd.DataFrame(rows, columns=UNLISTED_COLUMNS)
