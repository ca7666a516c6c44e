"""Mentions of the same event merged into one: :func:`merge_events` gives dated mentions (and share moves,
:func:`move_mentions`) a shared ``event_id`` when their dates overlap and their label keys or sentences match.

Linear in the mentions for a story of bounded length: a mention is compared only with the events found through
two indexes (by day, and by the terms of its key and its rarest sentence words), and a reprinted sentence or an
already seen label key joins its event without comparisons.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
from rapidfuzz import fuzz, process

from analysis.timeline.labels import key_similarity

#: Most precise first: the most precise mention of an event sets its date.
PRECISION_RANK = {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4}
#: Label keys this similar (:func:`analysis.timeline.labels.key_similarity`, 0–100) and overlapping dates are the same event.
KEY_MATCH = 70.0
#: Sentences this similar (token_set_ratio) and overlapping dates are the same event whatever the labels say.
SENTENCE_MATCH = 85.0
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
#: A sentence is looked up under this many of its rarest words (rarity over the sentences being merged).
RARE_WORDS = 6
#: Events up to this many days long are indexed under each day they cover; longer ones (years) apart.
INDEXED_DAYS = 31


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _key_terms(key: str) -> set[str]:
    """What a label key is looked up under: its subject with its verb group, and each word of its object."""
    subject, group, obj = (key.split("|") + ["", "", ""])[:3]
    return {f"{subject.lstrip('~')}|{group}"} | {f"|{w}" for w in _words(obj) if len(w) > 1}


def merge_events(mentions: pd.DataFrame) -> pd.DataFrame:
    """Give mentions of the same event one ``event_id`` ("E01", …, ordered by date then label).

    Needs ``doc_id, sent_id, date_start, date_end, precision, event, key, sentence`` (and ``kind``, when share
    moves are among them). Two mentions are the same event when their dates overlap and their label keys
    (subject, verb group, object) or their sentences are similar; a share move only by its key. The most precise
    mention of a cluster sets its date. Returns a copy with ``event_id``.

    Linear in the mentions for a story of bounded length: a mention is compared only with the events that
    overlap its dates (an index by day) and share its subject and verb group, a word of its object or one of its :data:`RARE_WORDS` rarest
    sentence words (an inverted index), never with every event.
    """
    if mentions.empty:
        return mentions.assign(event_id=pd.Series(dtype="str"))
    order = mentions.assign(_rank=mentions["precision"].map(PRECISION_RANK)).sort_values(
        ["_rank", "date_start", "date_end", "doc_id", "sent_id"]
    )
    kinds = order["kind"].tolist() if "kind" in order.columns else [""] * len(order)
    words_of: dict[str, frozenset[str]] = {}  # a reprinted sentence is read once
    for s in order["sentence"].tolist():
        if s not in words_of:
            words_of[s] = frozenset(_words(s))
    sentence_words = [words_of[s] for s in order["sentence"].tolist()]
    frequency: dict[str, int] = {}
    for ws in set(sentence_words):
        for w in ws:
            frequency[w] = frequency.get(w, 0) + 1
    intervals: list[tuple[date, date]] = []
    labels: list[str] = []
    keys: list[list[str]] = []  # distinct keys and sentences of each cluster
    sentences: list[list[str]] = []
    by_word: dict[tuple[str, int | None], set[int]] = {}
    by_term: dict[str, set[int]] = {}  # for the few mentions longer than INDEXED_DAYS
    key_scores: dict[str, dict[str, float]] = {}
    told_in: dict[tuple[str, str], int] = {}  # (sentence, key) -> the event it joined
    labelled: dict[str, int] = {}  # label key -> the first event it joined
    rare_of: dict[str, list[str]] = {}  # sentence -> its rarest words
    key_best: dict[tuple[str, int], tuple[float, int]] = {}  # (key, event) -> best key score, keys compared
    sentence_best: dict[tuple[str, int], tuple[float, int]] = {}  # (sentence, event) -> best score, sentences compared

    def key_score(a: str, b: str) -> float:
        known = key_scores.setdefault(a, {})
        score = known.get(b)
        if score is None:
            score = known[b] = key_similarity(a, b)
        return score

    def days(start: date, end: date) -> range | None:
        """The days (ordinals) an interval covers, or None for one longer than
        :data:`INDEXED_DAYS` (indexed apart)."""
        if (end - start).days + 1 > INDEXED_DAYS:
            return None
        return range(start.toordinal(), end.toordinal() + 1)

    indexed: list[set[str]] = []  # the words each event is already indexed under

    def index_words(c_no: int, lookup: set[str]) -> None:
        if c_no == len(indexed):
            indexed.append(set())
        fresh = lookup - indexed[c_no]
        indexed[c_no] |= fresh
        span = days(*intervals[c_no])
        for w in fresh:
            by_term.setdefault(w, set()).add(c_no)
            if span is None:
                by_word.setdefault((w, None), set()).add(c_no)
            else:
                for d in span:
                    by_word.setdefault((w, d), set()).add(c_no)

    assignment: list[int] = []
    for start, end, event, key, sentence, kind, words in zip(
        order["date_start"].tolist(), order["date_end"].tolist(), order["event"].tolist(), order["key"].tolist(),
        order["sentence"].tolist(), kinds, sentence_words,
    ):
        told = told_in.get((sentence, key))
        if told is None or kind == "move":
            told = labelled.get(key)
        if told is not None and start <= intervals[told][1] and intervals[told][0] <= end:
            # the same sentence and label again (a reprint), or the same label key: its event, nothing to compare
            told_in.setdefault((sentence, key), told)
            if kind != "move" and sentence not in sentences[told]:
                sentences[told].append(sentence)
            assignment.append(told)
            continue
        if kind == "move":
            rare = []
        elif sentence in rare_of:
            rare = rare_of[sentence]
        else:
            rare = rare_of[sentence] = sorted(words, key=lambda w: (frequency[w], w))[:RARE_WORDS]
        lookup = _key_terms(key) | set(rare)
        related: set[int] = set()
        span = days(start, end)
        for w in lookup:
            related.update(by_word.get((w, None), ()))
            if span is None:  # a long mention: every event under its words that overlaps it
                related.update(by_term.get(w, ()))
                continue
            for d in span:
                related.update(by_word.get((w, d), ()))
        best, best_score = -1, 0.0
        for c_no in sorted(related):
            c_start, c_end = intervals[c_no]
            if not (start <= c_end and c_start <= end):
                continue
            # an event's keys and sentences only grow: the best score against those already compared is kept, and
            # only the ones added since are compared (the same sentence or key comes back with every reprint)
            c_keys = keys[c_no]
            k, seen = key_best.get((key, c_no), (0.0, 0))
            if seen < len(c_keys):
                for other in c_keys[seen:]:
                    k = max(k, key_score(key, other))
                key_best[(key, c_no)] = (k, len(c_keys))
            # one sentence may report several companies' moves: a move joins an event by its key only
            told_score = 0.0
            if kind != "move" and sentences[c_no] and k < 100.0:
                c_sentences = sentences[c_no]
                told_score, seen = sentence_best.get((sentence, c_no), (0.0, 0))
                if seen < len(c_sentences):
                    found = process.extractOne(sentence, c_sentences[seen:], scorer=fuzz.token_set_ratio,
                                               score_cutoff=SENTENCE_MATCH)
                    told_score = max(told_score, found[1]) if found is not None else told_score
                    sentence_best[(sentence, c_no)] = (told_score, len(c_sentences))
            score = max(k if k >= KEY_MATCH else 0.0, told_score)
            if score > best_score:
                best, best_score = c_no, score
                if best_score >= 100.0:
                    break  # nothing after it can score higher
        if best < 0:
            intervals.append((start, end))
            labels.append(str(event))
            keys.append([key])
            sentences.append([] if kind == "move" else [sentence])
            best = len(intervals) - 1
        else:
            if key not in keys[best]:
                keys[best].append(key)
            if kind != "move" and sentence not in sentences[best]:
                sentences[best].append(sentence)
        index_words(best, lookup)
        told_in.setdefault((sentence, key), best)
        labelled.setdefault(key, best)
        assignment.append(best)
    ranked = sorted(range(len(intervals)), key=lambda c: (intervals[c], labels[c]))
    width = max(2, len(str(len(intervals))))
    names = {c: f"E{n + 1:0{width}d}" for n, c in enumerate(ranked)}
    ids = pd.Series([names[c] for c in assignment], index=order.index)
    return mentions.assign(event_id=ids.reindex(mentions.index).to_numpy())


def move_mentions(moves: pd.DataFrame) -> list[dict[str, object]]:
    """Reported share and index moves as timeline mentions on their session: every move of one company on one
    session gets the same label and key ("Nvidia shares fall 16.9%", the median of the reported figures), so
    they merge into one event whose sources are the articles that report it. Needs ``doc_id, file, outlet,
    company, pct, session_date, kind, sentence, sent_id, label, session_basis`` (:func:`extract_moves`); moves
    without a session are left out."""
    if moves.empty:
        return []
    dated = moves.loc[moves["session_date"].notna()]
    rows: list[dict[str, object]] = []
    for (company, session), group in dated.groupby(["company", "session_date"], sort=True):
        day = session.date() if isinstance(session, pd.Timestamp) else session
        pct = float(group["pct"].median())
        verb = "fall" if pct < 0 else "rise"
        subject = f"{company} shares" if (group["kind"] == "share").all() else str(company)
        figure = f"{abs(pct):.3g}%"
        label = f"{subject} {verb}{'' if subject.endswith('shares') else 's'} {figure}"
        key = f"{str(company).lower()}|{verb}|{figure}"
        for r in group.itertuples(index=False):
            rows.append({
                "doc_id": r.doc_id, "file": r.file, "outlet": r.outlet, "sent_id": int(r.sent_id), "date_start": day,
                "date_end": day, "precision": "day", "expression": f"{r.label} (share move)",
                "kind": "move", "basis": f"share move of the {day.isoformat()} session (session from the {r.session_basis})",
                "event": label, "key": key, "sentence": r.sentence,
            })
    return rows
