"""Cleaning many articles: :func:`prepare_texts` cleans each text once and splits its sentences, in worker
processes when there are many, memoised by a hash of the text in this process and, through a
:class:`PreparedCache` (the store gives one), across processes, so adding one article to a corpus of thousands
cleans that article only.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import Protocol

from analysis import config
from analysis.corpus.cleaning import CleanDocument, Removal, clean_document
from analysis.corpus.sentences import Span, paragraph_spans
from analysis.workers import discard
from analysis.workers import pool as kept_pool

Prepared = tuple[CleanDocument, tuple[Span, ...]]
#: At most this many texts per batch sent to a cluster's worker.
BATCH_TEXTS = 250
_CLEAN_MEMO: OrderedDict[str, Prepared] = OrderedDict()


class PreparedCache(Protocol):
    """Prepared texts kept beyond this process, by text digest (:func:`text_digest`)."""

    def known(self) -> set[str]:
        """The digests of the texts it holds."""
        ...

    def load(self, digests: Sequence[str]) -> dict[str, Prepared]:
        """The prepared texts it holds among ``digests``."""
        ...

    def save(self, prepared: Mapping[str, Prepared]) -> None:
        """Keep ``prepared`` (every text of the corpus just loaded) in place of what it held."""
        ...


def to_json(doc: Prepared) -> str:
    """One prepared text as JSON (:func:`from_json` reads it back equal)."""
    clean, spans = doc
    return json.dumps({
        "paragraphs": list(clean.paragraphs), "removals": [[r.line_no, r.text, r.reason] for r in clean.removals],
        "title": clean.title, "dateline": clean.dateline.isoformat() if clean.dateline else None,
        "dateline_text": clean.dateline_text, "site_name": clean.site_name,
        "sources": [list(s) for s in clean.sources], "spans": [list(s) for s in spans], "title_line": clean.title_line,
    }, ensure_ascii=False)


def from_json(text: str) -> Prepared:
    """A prepared text from :func:`to_json`."""
    d = json.loads(text)
    clean = CleanDocument(
        paragraphs=tuple(d["paragraphs"]), removals=tuple(Removal(int(a), str(b), str(c)) for a, b, c in d["removals"]),
        title=d["title"], dateline=date.fromisoformat(d["dateline"]) if d["dateline"] else None,
        dateline_text=d["dateline_text"], site_name=d["site_name"],
        sources=tuple((int(a), int(b)) for a, b in d["sources"]), title_line=d.get("title_line"),
    )
    return clean, tuple((int(a), int(b), int(c)) for a, b, c in d["spans"])


def prepare_text(text: str) -> Prepared:
    """Clean one article and find its sentence spans (the per-document work; runs in worker processes)."""
    doc = clean_document(text)
    return doc, paragraph_spans(doc.paragraphs)


def text_digest(text: str) -> str:
    """The memo key of a text as read."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def prepare_batch(texts: Sequence[str]) -> list[Prepared]:
    """:func:`prepare_text` of each text (one task of a worker)."""
    return [prepare_text(t) for t in texts]


#: Runs a function over batches of texts elsewhere (a cluster's workers) and yields the results in order.
Batches = Callable[[Callable[[Sequence[str]], list[Prepared]], list[list[str]]], Iterable[list[Prepared]]]


def prepare_texts(texts: Sequence[str], parallel_min: int = config.PARALLEL_MIN_DOCS,
                  cache: PreparedCache | None = None, batches: Batches | None = None) -> list[Prepared]:
    """:func:`prepare_text` for many texts, memoised by content hash (re-loading a corpus after an upload
    only cleans the new files). Texts this process has not seen are looked up in ``cache`` first, and the
    cache is given every text's result when it lacked any. When at least ``parallel_min`` texts are still new,
    they are prepared in parallel: through ``batches`` when given (a build's cluster), else on this machine's
    kept worker processes (:mod:`analysis.workers`), which the steps after loading then find started."""
    digests = [text_digest(t) for t in texts]
    todo: dict[str, str] = {}
    for digest, text in zip(digests, texts):
        if digest not in _CLEAN_MEMO:
            todo.setdefault(digest, text)
    held = cache.known() if cache is not None else set()
    if todo and cache is not None:
        for digest, doc in cache.load([d for d in todo if d in held]).items():
            _memo_put(digest, doc)
            todo.pop(digest, None)
    cleaned: list[Prepared] | None = None
    executor = kept_pool() if len(todo) >= parallel_min and batches is None else None
    if len(todo) >= parallel_min and batches is not None:
        values = list(todo.values())
        size = max(1, min(BATCH_TEXTS, len(values) // 16))
        cleaned = [doc for part in batches(prepare_batch, [values[i:i + size] for i in range(0, len(values), size)])
                   for doc in part]
    elif executor is not None:
        try:
            chunk = max(1, len(todo) // (config.workers() * 8))
            cleaned = list(executor.map(prepare_text, todo.values(), chunksize=chunk))
        except (BrokenProcessPool, RuntimeError, OSError):  # e.g. no importable __main__ for the workers: here instead
            discard(executor)
            cleaned = None
    if cleaned is None:
        cleaned = [prepare_text(t) for t in todo.values()]
    fresh = dict(zip(todo, cleaned))
    for digest, doc in fresh.items():
        _memo_put(digest, doc)
    result = [_CLEAN_MEMO.get(d) or fresh.get(d) or prepare_text(t) for d, t in zip(digests, texts)]
    for digest in digests:
        if digest in _CLEAN_MEMO:
            _CLEAN_MEMO.move_to_end(digest)
    _memo_trim()
    if cache is not None and not set(digests) <= held:
        cache.save(dict(zip(digests, result)))
    return result


_MEMO_BYTES: dict[str, int] = {}
_MEMO_TOTAL: list[int] = [0]  # running sum of _MEMO_BYTES


def _prepared_size(doc: Prepared) -> int:
    """Rough bytes a memo entry holds: its paragraphs and removed lines (characters count as bytes)."""
    clean, spans = doc
    return sum(len(p) for p in clean.paragraphs) + sum(len(r.text) + 64 for r in clean.removals) + 48 * len(spans) + 256


def _memo_put(digest: str, doc: Prepared) -> None:
    _CLEAN_MEMO[digest] = doc
    size = _prepared_size(doc)
    _MEMO_TOTAL[0] += size - _MEMO_BYTES.get(digest, 0)
    _MEMO_BYTES[digest] = size


def _memo_trim() -> None:
    """Drop the least recently used entries until the memo is within its entry and byte limits."""
    limit = config.CLEAN_MEMO_MB * 1_048_576
    if len(_MEMO_BYTES) != len(_CLEAN_MEMO):  # the memo was cleared from outside (a benchmark)
        for digest in [d for d in _MEMO_BYTES if d not in _CLEAN_MEMO]:
            _MEMO_TOTAL[0] -= _MEMO_BYTES.pop(digest)
    while _CLEAN_MEMO and (len(_CLEAN_MEMO) > config.CLEAN_MEMO_SIZE or _MEMO_TOTAL[0] > limit):
        digest, _ = _CLEAN_MEMO.popitem(last=False)
        _MEMO_TOTAL[0] -= _MEMO_BYTES.pop(digest, 0)


def memo_bytes() -> int:
    """Bytes the cleaning memo holds now (see :data:`config.CLEAN_MEMO_MB`)."""
    return _MEMO_TOTAL[0]


def clean_texts(texts: Sequence[str], parallel_min: int = config.PARALLEL_MIN_DOCS) -> list[CleanDocument]:
    """:func:`clean_document` for many texts (memoised, parallel when many; see :func:`prepare_texts`)."""
    return [doc for doc, _ in prepare_texts(texts, parallel_min)]
