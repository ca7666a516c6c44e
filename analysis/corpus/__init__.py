"""Files -> corpus: readers for every accepted format, cleaning, sentence splitting, loading and uploads."""

from __future__ import annotations

from analysis.corpus.load import Corpus, build_corpus, load_corpus

__all__ = ["Corpus", "build_corpus", "load_corpus"]
