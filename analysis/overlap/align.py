"""Sentence alignment between documents: which sentence of one article reappears (verbatim, lightly edited or
garbled) in another.

Fast path (:func:`align_sentences`), passim-style:

1. Normalise every sentence (case, punctuation, quote marks), drop short ones (fewer than ``min_words`` words)
   and repeats inside the same document (a body pasted twice counts once).
2. Collapse identical normalised sentences to one text; identical texts in different documents match at 100.
3. Index the remaining texts by word n-grams, drop n-grams found in very many documents, and pair texts that
   share at least ``min_shared`` n-grams (blocking, so the work is not quadratic in sentences).
4. Verify all candidate pairs in one :func:`rapidfuzz.process.cpdist` call with :func:`rapidfuzz.fuzz.ratio`
   (an edit-distance ratio: a short sentence contained in a long one does NOT score 100).
5. Drop the verified pairs whose figures differ (:func:`figures_differ`): two outlets' market wraps say "Copper
   rose 2.1% to $9,120" and "Copper slipped 1.4% to $8,990" in one template, and neither copies the other.

:func:`align_bruteforce` compares every sentence with every other (``cdist``) and is the exact reference the
tests hold the fast path to.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from analysis.corpus.load import Corpus

#: Default similarity (0-100, fuzz.ratio on normalised text) a sentence pair needs to count as a match.
#: Chosen on the seeds: garbled rewrites of the same sentence score 85-96, unrelated sentences on the same
#: story stay below ~66.
DEFAULT_THRESHOLD = 75.0
#: Sentences shorter than this (in words) never create matches ("You are reading this wrong.").
MIN_WORDS = 6
#: Word n-gram length used for blocking.
NGRAM = 3
#: Candidate text pairs must share at least this many n-grams in large corpora (faster; misses ~0.2% of
#: heavily garbled pairs). Corpora under ``SMALL_CORPUS_DOCS`` documents use 1, which finds every pair the
#: brute-force reference finds in the tests.
MIN_SHARED = 2
SMALL_CORPUS_DOCS = 2000

#: Columns of the match frame returned by the aligners.
MATCH_COLUMNS = ["doc_a", "sent_a", "doc_b", "sent_b", "similarity"]
#: Columns of :func:`alignable_sentences`.
ALIGNABLE_COLUMNS = ["doc_id", "sent_id", "text", "norm", "chars"]

_NON_WORD = re.compile(r"[^\w\s]+")


def _figures(norm: str) -> list[tuple[str, ...]]:
    """The figures of a normalised sentence: each run of number words ("2.7%" is "2 7", "$23,018.88" is
    "23 018 88") as a tuple of its numbers."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for word in norm.split():
        if word.isdigit():
            run.append(word)
        elif run:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    return runs


def _kept(fig: tuple[str, ...], others: list[tuple[str, ...]]) -> bool:
    """Whether ``fig`` is among ``others``, or one of the two begins the other ("March 31" and "March 31, 2021")."""
    return any(fig[: len(o)] == o[: len(fig)] for o in others)


def figures_differ(a: str, b: str) -> bool:
    """Whether two normalised sentences report different figures: each has a figure the other lacks, and on each
    side the figures the other shares are fewer than those it lacks. A copy keeps its figures (or changes one of
    several: a converted currency); a sentence of the same template with other figures is another day's market or
    another company's ("Rival X rose 1.6%" and "Rival X rose 2.8%"). A sentence without figures never differs."""
    fa, fb = _figures(a), _figures(b)
    if not fa or not fb:
        return False
    shared_a = sum(_kept(f, fb) for f in fa)
    shared_b = sum(_kept(f, fa) for f in fb)
    return shared_a < len(fa) - shared_a and shared_b < len(fb) - shared_b


def keep_same_figures(texts: list[str], us: np.ndarray, vs: np.ndarray) -> np.ndarray:
    """Boolean per pair ``(texts[us[i]], texts[vs[i]])``: True unless :func:`figures_differ` (pairs of texts that
    both hold a digit only are read)."""
    keep = np.ones(len(us), dtype=bool)
    digits = {}
    for i, (u, v) in enumerate(zip(us.tolist(), vs.tolist())):
        for t in (u, v):
            if t not in digits:
                digits[t] = any(c.isdigit() for c in texts[t])
        if digits[u] and digits[v] and figures_differ(texts[u], texts[v]):
            keep[i] = False
    return keep


def normalise(text: str) -> str:
    """Lower-case, NFKC, punctuation and quote marks replaced by spaces, whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def alignable_sentences(corpus: Corpus, min_words: int = MIN_WORDS) -> pd.DataFrame:
    """Sentences that can take part in a match.

    Needs ``corpus.sentences`` (``doc_id, sent_id, text``). Returns ``doc_id, sent_id, text, norm, chars``:
    sentences of at least ``min_words`` words, the first occurrence only when a document repeats a sentence
    (after normalisation), ``chars`` = length of the normalised text. Sorted by doc_id, sent_id.
    """
    sents = corpus.sentences.loc[:, ["doc_id", "sent_id", "text"]]
    if sents.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("sent_id", "chars") else "str") for c in ALIGNABLE_COLUMNS})
    norm = sents["text"].map(normalise)
    words = norm.str.count(" ") + 1
    out = sents.assign(norm=norm, chars=norm.str.len().astype("int64"))
    out = out.loc[(words >= min_words) & (norm != "")]
    out = out.sort_values(["doc_id", "sent_id"]).drop_duplicates(["doc_id", "norm"], keep="first")
    return out.loc[:, ALIGNABLE_COLUMNS].reset_index(drop=True)


def _best_per_sentence(matches: pd.DataFrame) -> pd.DataFrame:
    """Keep, for each sentence of A and each other document B, only its best match in B (ties: earliest)."""
    if matches.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "similarity" else ("int64" if c.startswith("sent") else "str")) for c in MATCH_COLUMNS})
    best = matches.sort_values(["doc_a", "sent_a", "doc_b", "similarity", "sent_b"], ascending=[True, True, True, False, True])
    best = best.drop_duplicates(["doc_a", "sent_a", "doc_b"], keep="first")
    return best.loc[:, MATCH_COLUMNS].reset_index(drop=True)


def _ngram_hashes(texts: list[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """(hash, text index) for every distinct word n-gram of every text (texts shorter than n: one gram)."""
    hashes: list[int] = []
    owners: list[int] = []
    for i, text in enumerate(texts):
        words = text.split()
        grams = {hash(tuple(words[j : j + n])) for j in range(max(1, len(words) - n + 1))}
        hashes.extend(grams)
        owners.extend([i] * len(grams))
    return np.asarray(hashes, dtype=np.int64), np.asarray(owners, dtype=np.int64)


def _pairs_within_groups(items: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j) index pairs, i before j, inside each group ``items[start:start+size]`` (vectorised)."""
    group_of = np.repeat(np.arange(len(sizes)), sizes)
    pos = np.arange(len(items)) - np.repeat(starts, sizes)
    partners = sizes[group_of] - pos - 1  # how many later items each item pairs with
    total = int(partners.sum())
    if total == 0:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    left_idx = np.repeat(np.arange(len(items)), partners)
    first = np.repeat(np.cumsum(partners) - partners, partners)
    right_idx = left_idx + 1 + (np.arange(total) - first)
    return items[left_idx], items[right_idx]


def df_limit(text_docs: np.ndarray) -> int:
    """The default highest document frequency of a blocking n-gram: ``max(50, 1% of the sentence occurrences)``
    (``text_docs`` as in :func:`candidate_text_pairs`)."""
    return max(50, int(text_docs.sum() // 100))


def ratios(left: list[str], right: list[str], threshold: float) -> np.ndarray:
    """:func:`rapidfuzz.fuzz.ratio` of each pair ``(left[i], right[i])`` (0 below ``threshold``), in one call."""
    return process.cpdist(left, right, scorer=fuzz.ratio, score_cutoff=threshold, workers=-1)


def candidate_text_pairs(
    texts: list[str], text_docs: np.ndarray, n: int = NGRAM, min_shared: int = MIN_SHARED, max_df: int | None = None
) -> pd.DataFrame:
    """Candidate pairs of distinct texts from an inverted index of word n-grams.

    ``text_docs[i]`` is the number of documents text ``i`` occurs in (an n-gram's document frequency is the
    sum over the texts holding it). N-grams in more than ``max_df`` documents are dropped (default
    ``max(50, 1% of documents)``). Returns ``u, v, shared`` (u < v, shared n-gram count >= ``min_shared``).
    """
    if len(texts) < 2:
        return pd.DataFrame({"u": pd.Series(dtype="int64"), "v": pd.Series(dtype="int64"), "shared": pd.Series(dtype="int64")})
    hashes, owners = _ngram_hashes(texts, n)
    uniq, inverse = np.unique(hashes, return_inverse=True)
    df = np.bincount(inverse, weights=text_docs[owners], minlength=len(uniq))
    limit = max_df if max_df is not None else df_limit(text_docs)
    keep = df[inverse] <= limit
    gram, owner = inverse[keep], owners[keep]
    order = np.lexsort((owner, gram))
    gram, owner = gram[order], owner[order]
    bounds = np.flatnonzero(np.diff(gram)) + 1
    starts = np.concatenate(([0], bounds)) if len(gram) else np.empty(0, dtype=np.int64)
    sizes = np.diff(np.concatenate((starts, [len(gram)]))) if len(gram) else np.empty(0, dtype=np.int64)
    left, right = _pairs_within_groups(owner, starts.astype(np.int64), sizes.astype(np.int64))
    if len(left) == 0:
        return pd.DataFrame({"u": pd.Series(dtype="int64"), "v": pd.Series(dtype="int64"), "shared": pd.Series(dtype="int64")})
    key = left * len(texts) + right
    pair_keys, counts = np.unique(key, return_counts=True)
    good = counts >= min_shared
    pair_keys, counts = pair_keys[good], counts[good]
    return pd.DataFrame({"u": pair_keys // len(texts), "v": pair_keys % len(texts), "shared": counts})


def _expand(sents: pd.DataFrame, text_pairs: pd.DataFrame) -> pd.DataFrame:
    """Turn matched text pairs (``u, v, similarity``; both orders present) into sentence matches between
    different documents, best per (sentence of A, document B)."""
    a = sents.loc[:, ["doc_id", "sent_id", "code"]].rename(columns={"doc_id": "doc_a", "sent_id": "sent_a", "code": "u"})
    b = sents.loc[:, ["doc_id", "sent_id", "code"]].rename(columns={"doc_id": "doc_b", "sent_id": "sent_b", "code": "v"})
    merged = text_pairs.merge(a, on="u").merge(b, on="v")
    merged = merged.loc[merged["doc_a"] != merged["doc_b"]]
    return _best_per_sentence(merged)


def text_links(
    texts: list[str],
    text_docs: np.ndarray,
    threshold: float = DEFAULT_THRESHOLD,
    n: int = NGRAM,
    min_shared: int = MIN_SHARED,
    max_df: int | None = None,
) -> pd.DataFrame:
    """Pairs of distinct normalised texts whose similarity reaches ``threshold``: candidates from
    :func:`candidate_text_pairs` (``text_docs`` as there), then pairs whose lengths rule a match out are skipped,
    then all the rest verified in one :func:`rapidfuzz.process.cpdist` call. Returns ``u, v, similarity``
    (u < v, indexes into ``texts``, similarity 0-100)."""
    cands = candidate_text_pairs(texts, text_docs, n=n, min_shared=min_shared, max_df=max_df)
    lengths = np.asarray([len(t) for t in texts], dtype=np.int64)
    if len(cands):
        lu, lv = lengths[cands["u"].to_numpy()], lengths[cands["v"].to_numpy()]
        # fuzz.ratio <= 200 * min(len) / (len_u + len_v): skip pairs whose lengths alone rule a match out
        cands = cands.loc[200.0 * np.minimum(lu, lv) / (lu + lv) >= threshold]
    if not len(cands):
        return pd.DataFrame({"u": pd.Series(dtype="int64"), "v": pd.Series(dtype="int64"), "similarity": pd.Series(dtype="float64")})
    us, vs = cands["u"].to_numpy(), cands["v"].to_numpy()
    sims = ratios([texts[i] for i in us], [texts[i] for i in vs], threshold)
    hit = np.flatnonzero(sims >= threshold)
    hit = hit[keep_same_figures(texts, us[hit], vs[hit])]
    return pd.DataFrame({"u": us[hit], "v": vs[hit], "similarity": sims[hit].astype("float64")})


def shared_min(n_docs: int) -> int:
    """How many n-grams a candidate pair must share in a corpus of ``n_docs`` documents (1 below
    :data:`SMALL_CORPUS_DOCS`, else :data:`MIN_SHARED`)."""
    return 1 if n_docs < SMALL_CORPUS_DOCS else MIN_SHARED


def align_sentences(
    corpus: Corpus,
    threshold: float = DEFAULT_THRESHOLD,
    min_words: int = MIN_WORDS,
    n: int = NGRAM,
    min_shared: int | None = None,
    max_df: int | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Matched sentences between different documents (fast, blocked path).

    Needs ``corpus.sentences`` (``doc_id, sent_id, text``). Returns ``doc_a, sent_a, doc_b, sent_b,
    similarity`` (0-100, fuzz.ratio on normalised text), one row per sentence of A and document B where that
    sentence has a match of at least ``threshold``, holding its best match in B. Both directions are present.
    ``sentences`` may pass :func:`alignable_sentences` already computed for ``corpus`` and ``min_words``.
    ``min_shared`` defaults to :func:`shared_min` of the corpus size.
    """
    sents = alignable_sentences(corpus, min_words) if sentences is None else sentences
    if min_shared is None:
        min_shared = shared_min(len(corpus.docs))
    codes, uniques = pd.factorize(sents["norm"])
    sents = sents.assign(code=codes)
    texts = [str(t) for t in uniques]
    text_docs = np.bincount(codes, minlength=len(texts)).astype(np.float64)
    found = text_links(texts, text_docs, threshold, n=n, min_shared=min_shared, max_df=max_df)
    same = pd.DataFrame({"u": np.arange(len(texts)), "v": np.arange(len(texts)), "similarity": 100.0})
    text_pairs = pd.concat([same, found, found.rename(columns={"u": "v", "v": "u"})], ignore_index=True)
    return _expand(sents, text_pairs)


def align_bruteforce(corpus: Corpus, threshold: float = DEFAULT_THRESHOLD, min_words: int = MIN_WORDS) -> pd.DataFrame:
    """Exact reference for :func:`align_sentences`: every alignable sentence against every other (``cdist``).

    Same input and output columns. Quadratic: for tests and small corpora only.
    """
    sents = alignable_sentences(corpus, min_words)
    if sents.empty:
        return _best_per_sentence(pd.DataFrame(columns=MATCH_COLUMNS))
    norms = sents["norm"].tolist()
    matrix = process.cdist(norms, norms, scorer=fuzz.ratio, score_cutoff=threshold, workers=-1)
    ia, ib = np.nonzero(matrix >= threshold)
    docs = sents["doc_id"].to_numpy()
    keep = docs[ia] != docs[ib]
    ia, ib = ia[keep], ib[keep]
    keep = keep_same_figures(norms, ia, ib)
    ia, ib = ia[keep], ib[keep]
    raw = pd.DataFrame(
        {
            "doc_a": docs[ia],
            "sent_a": sents["sent_id"].to_numpy()[ia],
            "doc_b": docs[ib],
            "sent_b": sents["sent_id"].to_numpy()[ib],
            "similarity": matrix[ia, ib].astype("float64"),
        }
    )
    return _best_per_sentence(raw)
