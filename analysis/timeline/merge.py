"""Mentions of the same event merged into one: :func:`merge_events` gives dated mentions (and share moves,
:func:`move_mentions`) a shared ``event_id`` when their dates overlap and their label keys or sentences match.

Linear in the mentions for a story of bounded length: a mention is compared only with the events found through
two indexes (by day, and by the terms of its key and its rarest sentence words), and a reprinted sentence or an
already seen label key joins its event without comparisons.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import pandas as pd
from rapidfuzz.fuzz import token_set_ratio

from analysis.timeline.labels.model import key_similarity
from analysis.timeline.sessions import LAST_WEEK_RUN, SESSIONS_AFTER_EVENT

#: Most precise first: the most precise mention of an event sets its date.
PRECISION_RANK = {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4}
#: Label keys this similar (:func:`analysis.timeline.labels.model.key_similarity`, 0–100) and overlapping dates are the same event.
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


@functools.lru_cache(maxsize=65536)
def _key_terms(key: str) -> frozenset[str]:
    """What a label key is looked up under: its subject with its verb group, and each word of its object (kept per
    key: a key comes back with each mention of its event)."""
    subject, group, obj = (key.split("|") + ["", "", ""])[:3]
    return frozenset({f"{subject.lstrip('~')}|{group}"} | {f"|{w}" for w in _words(obj) if len(w) > 1})


#: A figure of a key's object ("5.4%", "5.4 per cent", "5,4 %"): the number's digits, as the key similarity reads them.
_OBJECT_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@functools.lru_cache(maxsize=65536)
def _figure_terms(key: str) -> frozenset[str]:
    """What a label key is also looked up under within one day's mentions: its subject's each word with each figure of
    its object ("yanlord land group|fall|5.4%" -> "#yanlord 5.4", "#land 5.4", "#group 5.4"), so a move keyed under the
    company's full name meets the sentence that names it short with the same figure ("Yanlord falls 5.4 per cent").
    Whether they are one event is still the key similarity's to say; a word and a figure together, never a figure or a
    unit word alone, so one day's other moves of the same size are not looked at."""
    subject, _, obj = (key.split("|") + ["", "", ""])[:3]
    figures = {_plain_figure(f) for f in _OBJECT_FIGURE.findall(obj)}
    names = {w for w in _words(subject.lstrip("~")) if len(w) > 2 and not w.isdigit()} - _NOT_NAME_WORDS
    return frozenset(f"#{w} {f}" for w in names for f in figures)


#: Words of a move's subject that name no company ("Yanlord Land Group shares", "its stock"): never a lookup word.
_NOT_NAME_WORDS = frozenset({"shares", "share", "stock", "stocks", "the", "its", "their", "group", "company", "index",
                             "holdings", "inc", "ltd", "plc", "corp", "bank", "and"})


#: A percentage in a key's object ("83%", "5 per cent").
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bpct\b")


@functools.lru_cache(maxsize=65536)
def _percent_figures(key: str) -> frozenset[str]:
    """The figures of a key's object when it tells a percentage ("evergrande shares|fall|83%" -> {"83"}), else none."""
    obj = (key.split("|") + ["", "", ""])[2]
    return frozenset(_plain_figure(f) for f in _OBJECT_FIGURE.findall(obj)) if _PERCENT.search(obj) else frozenset()


def _long_move_apart(key: str, day_keys: list[str]) -> bool:
    """Whether a mention longer than :data:`INDEXED_DAYS` whose key tells a percentage ("Evergrande shares lose 83%"
    since the start of the year) stays apart from a day's event none of whose keys shares one of its figures
    ("Evergrande shares fall" on 21 September): a move over months is no one day's event inside it, however alike the
    words."""
    figures = _percent_figures(key)
    return bool(figures) and not any(figures & {_plain_figure(f) for f in _OBJECT_FIGURE.findall(
        (other.split("|") + ["", "", ""])[2])} for other in day_keys)


def _plain_figure(text: str) -> str:
    """A figure as a number's digits ("3,5" and "3.5" alike, "1,300" as "1300"), as the key similarity reads it."""
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return text.replace(",", ".")
    return text.replace(",", "")


@dataclass
class _Merger:
    """The state of the greedy merge: clusters (events) with their dates, labels, keys and sentences, and the
    indexes a mention's related events are found through. :meth:`add` places one mention."""

    intervals: list[tuple[date, date]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    keys: list[list[str]] = field(default_factory=list)  # distinct keys and sentences of each cluster
    sentences: list[list[str]] = field(default_factory=list)
    indexed: list[set[str]] = field(default_factory=list)  # the words each event is indexed under
    told_in: dict[tuple[str, str], int] = field(default_factory=dict)  # (sentence, key) -> the event it joined
    labelled: dict[str, int] = field(default_factory=dict)  # label key -> the first event it joined
    # word -> day ordinal (None: events longer than INDEXED_DAYS) -> the one-day and long events under that word; in
    # these indexes a word's one event is kept as its number, two or more as a set (:func:`_put`, :func:`_gather`)
    by_word: dict[str, dict[int | None, int | set[int]]] = field(default_factory=dict)
    by_span: dict[str, int | set[int]] = field(default_factory=dict)  # events of 2 to INDEXED_DAYS days, checked for overlap
    by_term: dict[str, int | set[int]] = field(default_factory=dict)  # for the few mentions longer than INDEXED_DAYS
    #: False for a merger of one day's one-day mentions: no mention longer than INDEXED_DAYS comes, so ``by_term``,
    #: read only for those, is not kept
    long_terms: bool = True
    key_scores: dict[str, dict[str, float]] = field(default_factory=dict)
    rare_of: dict[str, list[str]] = field(default_factory=dict)  # sentence -> its rarest words
    # key -> event -> the best key score against the event's first n keys, and that n (the same for sentences):
    # dictionaries of numbers, not a tuple per pair (fewer objects for the garbage collector to follow)
    key_best: dict[str, dict[int, float]] = field(default_factory=dict)
    key_seen: dict[str, dict[int, int]] = field(default_factory=dict)
    sentence_best: dict[str, dict[int, float]] = field(default_factory=dict)
    sentence_seen: dict[str, dict[int, int]] = field(default_factory=dict)

    def key_score(self, a: str, b: str) -> float:
        known = self.key_scores.setdefault(a, {})
        score = known.get(b)
        if score is None:
            score = known[b] = key_similarity(a, b)
        return score

    def index_words(self, c_no: int, lookup: frozenset[str] | set[str]) -> None:
        if c_no == len(self.indexed):
            self.indexed.append(set())
        fresh = lookup - self.indexed[c_no]
        self.indexed[c_no] |= fresh
        span = _days(*self.intervals[c_no])
        by_term, by_word, by_span = self.by_term, self.by_word, self.by_span
        for w in fresh:
            if self.long_terms:
                _put(by_term, w, c_no)
            if span is None or len(span) == 1:
                days = by_word.get(w)
                if days is None:
                    days = by_word[w] = {}
                _put(days, None if span is None else span[0], c_no)
            else:  # a month under each of its days would be 30 entries per word
                _put(by_span, w, c_no)

    def add(self, start: date, end: date, event: str, key: str, sentence: str, kind: str, words: frozenset[str],
            frequency: dict[str, int]) -> int:
        """Place one mention (mentions come most precise first, then by date): the event it joins, or a new one."""
        told = self.told_in.get((sentence, key))
        if told is None or kind == "move":
            told = self.labelled.get(key)
        if told is not None and start <= self.intervals[told][1] and self.intervals[told][0] <= end:
            # the same sentence and label again (a reprint), or the same label key: its event, nothing to compare
            self.told_in.setdefault((sentence, key), told)
            if kind != "move" and sentence not in self.sentences[told]:
                self.sentences[told].append(sentence)
            return told
        if kind == "move":
            rare: list[str] = []
        elif sentence in self.rare_of:
            rare = self.rare_of[sentence]
        else:
            # (the keys are distinct pairs: sorting them orders the words as sorting the words by them does)
            rare = self.rare_of[sentence] = [w for _, w in sorted([(frequency[w], w) for w in words])[:RARE_WORDS]]
        lookup = _key_terms(key) | set(rare)
        if not self.long_terms:  # one day's mentions: a company's figure that day, under its short and full name
            lookup |= _figure_terms(key)
        related: set[int] = set()
        span = _days(start, end)
        intervals = self.intervals
        for w in lookup:
            days = self.by_word.get(w)
            if days is not None:
                _gather(related, days.get(None))
            if span is None:  # a long mention: every event under its words that overlaps it
                _gather(related, self.by_term.get(w))
                continue
            if days is not None:
                if len(days) <= len(span):  # (the days the word is under, or the mention's days: the same events)
                    lo, hi = span.start, span.stop
                    for d, events in days.items():
                        if d is not None and lo <= d < hi:
                            _gather(related, events)
                else:
                    for d in span:
                        _gather(related, days.get(d))
            spans = self.by_span.get(w)
            if spans is not None:
                related.update(c for c in ((spans,) if type(spans) is int else spans)
                               if intervals[c][0] <= end and start <= intervals[c][1])
        best, best_score = -1, 0.0
        key_best, key_seen = _inner(self.key_best, key), _inner(self.key_seen, key)
        sentence_best: dict[int, float] | None = None
        sentence_seen: dict[int, int] = {}
        for c_no in sorted(related):
            c_start, c_end = self.intervals[c_no]
            if not (start <= c_end and c_start <= end):
                continue
            # an event's keys and sentences only grow: the best score against those already compared is kept, and
            # only the ones added since are compared (the same sentence or key comes back with every reprint)
            c_keys = self.keys[c_no]
            k, seen = key_best.get(c_no, 0.0), key_seen.get(c_no, 0)
            if seen < len(c_keys):
                for other in c_keys[seen:]:
                    k = max(k, self.key_score(key, other))
                key_best[c_no], key_seen[c_no] = k, len(c_keys)
            # one sentence may report several companies' moves: a move joins an event by its key only
            told_score = 0.0
            if kind != "move" and self.sentences[c_no] and k < 100.0:
                if sentence_best is None:
                    sentence_best = _inner(self.sentence_best, sentence)
                    sentence_seen = _inner(self.sentence_seen, sentence)
                c_sentences = self.sentences[c_no]
                told_score, seen = sentence_best.get(c_no, 0.0), sentence_seen.get(c_no, 0)
                if seen < len(c_sentences):
                    told_score = _sentence_score(sentence, c_sentences[seen:], told_score)
                    sentence_best[c_no], sentence_seen[c_no] = told_score, len(c_sentences)
            if span is None and c_start == c_end and _long_move_apart(key, c_keys):
                k = 0.0  # (after the cache above: the guard is this mention's, not the event's)
            score = max(k if k >= KEY_MATCH else 0.0, told_score)
            if score > best_score:
                best, best_score = c_no, score
                if best_score >= 100.0:
                    break  # nothing after it can score higher
        if best < 0:
            self.intervals.append((start, end))
            self.labels.append(str(event))
            self.keys.append([key])
            self.sentences.append([] if kind == "move" else [sentence])
            best = len(self.intervals) - 1
        else:
            if key not in self.keys[best]:
                self.keys[best].append(key)
            if kind != "move" and sentence not in self.sentences[best]:
                self.sentences[best].append(sentence)
        self.index_words(best, lookup)
        self.told_in.setdefault((sentence, key), best)
        self.labelled.setdefault(key, best)
        return best

    def day_block(self, assignment: list[int]) -> DayBlock:
        """What a merger that placed only the mentions of one day leaves: its events and lookups."""
        return DayBlock(
            labels=list(self.labels), keys=[list(k) for k in self.keys], sentences=[list(x) for x in self.sentences],
            indexed=[sorted(w) for w in self.indexed], assignment=list(assignment),
            told_in=[[s, k, c] for (s, k), c in self.told_in.items()], labelled=[[k, c] for k, c in self.labelled.items()],
        )

    def absorb(self, day: date, block: DayBlock) -> list[int]:
        """Append the events of one day's block (numbered after those already here) with their lookups; return
        the block's assignment in this merger's numbers. Blocks come in date order, so the first event a
        sentence or key joined stays the first."""
        offset = len(self.intervals)
        for n, label in enumerate(block.labels):
            self.intervals.append((day, day))
            self.labels.append(label)
            self.keys.append(list(block.keys[n]))
            self.sentences.append(list(block.sentences[n]))
            self.index_words(offset + n, set(block.indexed[n]))
        for sentence, key, c_no in block.told_in:
            self.told_in.setdefault((sentence, key), offset + c_no)
        for key, c_no in block.labelled:
            self.labelled.setdefault(key, offset + c_no)
        return [offset + c for c in block.assignment]


@dataclass
class DayBlock:
    """The merge of one day's day-precision mentions (a pure function of them, kept between runs so that an added
    article merges only the days it mentions again): its events' labels, keys, sentences and index words, each
    mention's event, and the first event each (sentence, key) and key joined."""

    labels: list[str]
    keys: list[list[str]]
    sentences: list[list[str]]
    indexed: list[list[str]]
    assignment: list[int]
    told_in: list[list[Any]]
    labelled: list[list[Any]]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> DayBlock:
        return cls(**json.loads(text))


def _sentence_score(sentence: str, others: list[str], score: float) -> float:
    """The higher of ``score`` and the best token-set ratio of ``sentence`` against ``others`` that reaches
    :data:`SENTENCE_MATCH` (below it a sentence scores nothing): what ``process.extractOne`` with that cutoff gives,
    the scorer called on each sentence itself (an event's sentences come one or two at a time: extractOne's own
    set-up cost more than the scores)."""
    for other in others:
        score = max(score, token_set_ratio(sentence, other, score_cutoff=SENTENCE_MATCH))
    return score


def _put(index: dict[Any, int | set[int]], word: Any, c_no: int) -> None:
    """Add event ``c_no`` under ``word`` of ``index``: a word's one event as its number, two or more as a set (most
    words of a day name one event: a set each would be thousands of objects for the garbage collector to follow)."""
    events = index.get(word)
    if events is None:
        index[word] = c_no
    elif type(events) is int:
        if events != c_no:
            index[word] = {events, c_no}
    else:
        events.add(c_no)


def _gather(related: set[int], events: int | set[int] | None) -> None:
    """Add the events an index holds under a word (:func:`_put`) to ``related``."""
    if events is None:
        return
    if type(events) is int:
        related.add(events)
    else:
        related.update(events)


def _inner(table: dict[str, dict[int, Any]], key: str) -> dict[int, Any]:
    """``table[key]``, a new dictionary there when missing."""
    inner = table.get(key)
    if inner is None:
        inner = table[key] = {}
    return inner


def _days(start: date, end: date) -> range | None:
    """The days (ordinals) an interval covers, or None for one longer than :data:`INDEXED_DAYS` (indexed apart)."""
    if (end - start).days + 1 > INDEXED_DAYS:
        return None
    return range(start.toordinal(), end.toordinal() + 1)


def _frequency(word_sets: Iterable[frozenset[str]]) -> dict[str, int]:
    frequency: dict[str, int] = {}
    for ws in set(word_sets):
        for w in ws:
            frequency[w] = frequency.get(w, 0) + 1
    return frequency


def block_key(rows: Iterable[tuple[object, ...]]) -> str:
    """A stable key of one day's mentions (their identity, label key, label, sentence and kind, in order)."""
    digest = hashlib.blake2b(digest_size=16)
    for row in rows:
        digest.update("\x1f".join(map(str, row)).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def merge_events(mentions: pd.DataFrame, known: Mapping[str, DayBlock] | None = None,
                 used: MutableMapping[str, DayBlock] | None = None) -> pd.DataFrame:
    """Give mentions of the same event one ``event_id`` ("E01", …, ordered by date then label).

    Needs ``doc_id, sent_id, date_start, date_end, precision, event, key, sentence`` (and ``kind``, when share
    moves are among them). Two mentions are the same event when their dates overlap and their label keys
    (subject, verb group, object) or their sentences are similar; a share move only by its key. The most precise
    mention of a cluster sets its date. Returns a copy with ``event_id``.

    Mentions of one day are merged day by day first, each day on its own (a pure function of its mentions, with
    word rarity over that day's sentences): ``known`` (a mapping from :func:`block_key` to :class:`DayBlock`)
    holds days merged before, and ``used`` receives every day's block of this corpus, so after one article is
    added only the days it mentions are merged again. The longer mentions (ranges, weeks, months, years) are then merged over all
    events.

    Linear in the mentions for a story of bounded length: a mention is compared only with the events that
    overlap its dates (an index by day) and share its subject and verb group, a word of its object or one of its
    :data:`RARE_WORDS` rarest sentence words (an inverted index), never with every event.
    """
    if mentions.empty:
        return mentions.assign(event_id=pd.Series(dtype="str"))
    # the order is sorted on its key columns alone, and each column read is taken in that order as a plain list (the
    # whole frame, its long texts too, is not reordered)
    sort_keys = ["_rank", "date_start", "date_end", "doc_id", "sent_id"]
    keyed = mentions.loc[:, sort_keys[1:]].assign(_rank=mentions["precision"].map(PRECISION_RANK))
    pos = keyed.reset_index(drop=True).sort_values(sort_keys).index.to_numpy()

    def ordered(column: pd.Series) -> list[Any]:
        values = column.tolist()
        return [values[i] for i in pos]

    kinds = ordered(mentions["kind"]) if "kind" in mentions.columns else [""] * len(mentions)
    words_of: dict[str, frozenset[str]] = {}  # a reprinted sentence is read once
    sentences, starts, ends = ordered(mentions["sentence"]), ordered(mentions["date_start"]), ordered(mentions["date_end"])
    for s in sentences:
        if s not in words_of:
            words_of[s] = frozenset(_words(s))
    rows = list(zip(starts, ends, ordered(mentions["event"]), ordered(mentions["key"]), sentences, kinds, strict=True))
    one_day = [r == 0 and a == b for r, a, b in zip(ordered(keyed["_rank"]), starts, ends, strict=True)]
    ids = list(zip(ordered(mentions["doc_id"].astype(str)), ordered(mentions["sent_id"]), strict=True))
    merger = _Merger()
    assignment: list[int] = [-1] * len(rows)
    n = 0
    while n < len(rows) and one_day[n]:  # the one-day mentions come first, by day
        day, m = rows[n][0], n
        while m < len(rows) and one_day[m] and rows[m][0] == day:
            m += 1
        key = block_key((*ids[i], *rows[i][2:]) for i in range(n, m))
        block = known.get(key) if known is not None else None
        if block is None:
            local = _Merger(long_terms=False)
            frequency = _frequency(words_of[rows[i][4]] for i in range(n, m))
            placed = [local.add(*rows[i], words_of[rows[i][4]], frequency) for i in range(n, m)]
            block = local.day_block(placed)
        if used is not None:
            used[key] = block
        assignment[n:m] = merger.absorb(day, block)
        n = m
    frequency = _frequency(words_of.values())
    for i in range(n, len(rows)):
        assignment[i] = merger.add(*rows[i], words_of[rows[i][4]], frequency)
    ranked = sorted(range(len(merger.intervals)), key=lambda c: (merger.intervals[c], merger.labels[c]))
    width = max(2, len(str(len(merger.intervals))))
    names = {c: f"E{k + 1:0{width}d}" for k, c in enumerate(ranked)}
    event_ids = pd.Series([names[c] for c in assignment], index=mentions.index[pos])
    return mentions.assign(event_id=event_ids.reindex(mentions.index).to_numpy())


def reported_figure(group: pd.DataFrame) -> float:
    """The figure that labels one company's moves on one session: one the articles print, never a figure computed
    from them (the median of "closed down 8.4%" and "dropped 6% in the first minutes" is 7.2%, printed nowhere). The
    figures of the whole session (``period`` "session", the close) before those of part of it (intraday, pre-market),
    then the one most articles print, then of equally reported ones the lower median."""
    figures = group
    if "period" in group.columns and (group["period"] == "session").any():
        figures = group.loc[group["period"] == "session"]
    counts = figures["pct"].round(6).value_counts()
    top = sorted(float(v) for v in counts.index[counts == counts.max()])
    return top[(len(top) - 1) // 2]


def _move_label(subject: str, pct: float, figure: str) -> str:
    """"Nvidia shares fall 16.9%", "Its sector index rises as much as 2%": a move's subject as the text names it,
    opening on a capital, its direction and ``figure`` (as written, with its qualifier)."""
    verb = "fall" if pct < 0 else "rise"
    return f"{subject[:1].upper()}{subject[1:]} {verb}{'' if subject.endswith('shares') else 's'} {figure}"


#: A move's figure as the share-move table writes it, with its qualifier ("as much as 9.8%", "about 20%").
_WRITTEN_FIGURE = re.compile(r"(?:(?:about|nearly|over|as much as|at least) )?\d[\d.]*%")
#: The direction and figure closing a session move's label (:func:`_move_label`): " falls as much as 9.8%".
_MOVE_TAIL = re.compile(rf" (?:rise|fall)s? {_WRITTEN_FIGURE.pattern}$")


def reported_label(event: str, key: str) -> str:
    """A session move's label ``event`` with the direction and figure of its key (``company|verb|figure``,
    :func:`move_mentions`): the event's label, the figure the articles report ("Orvane shares rise 18.7%") where one
    article's own sentence gave its opening figure ("Orvane shares rise 16.2%"). Any other label is returned as it is."""
    parts = key.split("|")
    if len(parts) != 3 or _MOVE_TAIL.search(event) is None:
        return event
    shares = _MOVE_TAIL.sub("", event).endswith("shares")
    return _MOVE_TAIL.sub(f" {parts[1]}{'' if shares else 's'} {parts[2]}", event)


def move_mentions(moves: pd.DataFrame) -> list[dict[str, object]]:
    """Reported share and index moves as timeline mentions on their session: every move of one company on one
    session gets the same key (a reported figure: :func:`reported_figure`), so they merge into one event whose
    sources are the articles that report it; each mention's label gives its own sentence's figure and direction
    ("Nvidia shares fall 16.9%", "Nvidia shares fall as much as 21%"), so no row shows a figure its sentence does
    not print. Needs ``doc_id, file, outlet, company, pct, session_date, kind, sentence, sent_id, label,
    session_basis`` (:func:`extract_moves`); moves without a session are left out."""
    if moves.empty:
        return []
    dated = moves.loc[moves["session_date"].notna()].reset_index(drop=True)
    rows: list[dict[str, object]] = []
    # (each group's rows read from plain lists by position, not as tuples of a frame per group)
    values = {c: dated[c].tolist() for c in ("doc_id", "file", "outlet", "sent_id", "label", "session_basis", "sentence",
                                             "pct")}
    for (company, session), group in dated.groupby(["company", "session_date"], sort=True):
        day = session.date() if isinstance(session, pd.Timestamp) else session
        pct = reported_figure(group)
        verb = "fall" if pct < 0 else "rise"
        # (a move's subject as the text names it, opening the label: "its sector index" -> "Its sector index")
        subject = f"{company} shares" if (group["kind"] == "share").all() else str(company)
        figure = f"{abs(pct):.6g}%"
        key = f"{str(company).lower()}|{verb}|{figure}"
        for i in group.index.tolist():
            own, written = float(values["pct"][i]), str(values["label"][i])
            rows.append({
                "doc_id": values["doc_id"][i], "file": values["file"][i], "outlet": values["outlet"][i],
                "sent_id": int(values["sent_id"][i]), "date_start": day, "date_end": day, "precision": "day",
                "expression": f"{values['label'][i]} (share move)", "kind": "move",
                "basis": f"share move of the {day.isoformat()} session (session from the {values['session_basis'][i]})",
                "event": _move_label(subject, own, written if _WRITTEN_FIGURE.fullmatch(written) else f"{abs(own):.6g}%"),
                "key": key,
                "sentence": values["sentence"][i],
            })
    rows.extend(_period_move_mentions(moves))
    return rows


#: A move told in the past perfect: "Sibanye had fallen 11% over the same period", "had lost a fifth since March" (a run
#: that ended at an earlier point of the story).
_PAST_PERFECT_MOVE = re.compile(r"\bhad\s+(?:(?:already|also|only|just)\s+)?(?:fallen|risen|gained|lost|dropped|climbed|slid|"
                                r"slumped|jumped|added|shed|tumbled|rallied|surged|declined|sunk|sank|soared|plunged)\b"
                                r"[^.;:!?]{0,40}?\d(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)


def _period_move_mentions(moves: pd.DataFrame) -> list[dict[str, object]]:
    """Reported moves over several sessions up to the article's own day, in a sentence that names no date of its own
    (the items of a list under "Week's movers (18-22 November):", "Since the announcement, A and B have lost 8.1% and
    10%, respectively"), as timeline mentions on that day: the figure as the article reports it that day, one event per
    company and figure. A period ending before the article's day is left out, as are moves without a period's end and
    runs told in the past perfect (:data:`_PAST_PERFECT_MOVE`)."""
    if not {"period_start", "period_end", "published"} <= set(moves.columns):
        return []
    spans = moves.loc[moves["session_date"].isna() & moves["period_end"].notna() & moves["published"].notna()]
    ends = pd.to_datetime(spans["period_end"]).dt.normalize()
    published = pd.to_datetime(spans["published"]).dt.normalize()
    # a run told as last week's, ended within a month before the article: "Hallberg's shares, which lost 19% last week,
    # were 2.6% higher on Monday", "extending last week's 21.4% slide": the move over those days (not a run without its
    # start, nor one counted back from the article's day, "taking its two-day loss to 35%", which may hold its session)
    starts = pd.to_datetime(spans["period_start"]).dt.normalize() if "period_start" in spans.columns else ends
    past = (ends.lt(published) & ends.ge(published - pd.Timedelta(days=_PAST_RUN_DAYS)) & starts.notna()
            & starts.le(ends) & starts.ge(ends - pd.Timedelta(days=_PAST_RUN_DAYS))).to_numpy(dtype=bool) \
        & spans["sentence"].astype(str).str.contains(LAST_WEEK_RUN).to_numpy(dtype=bool)
    spans = spans.loc[ends.eq(published).to_numpy(dtype=bool) | past]
    # "lost 17% over the same five sessions", "over the next two sessions": sessions after an event told before
    spans = spans.loc[~spans["sentence"].astype(str).str.contains(SESSIONS_AFTER_EVENT).to_numpy(dtype=bool)]
    # "had fallen 11% over the same period": a run told in the past perfect ended before the article's day
    spans = spans.loc[~spans["sentence"].astype(str).str.contains(_PAST_PERFECT_MOVE).to_numpy(dtype=bool)]
    rows: list[dict[str, object]] = []
    for (company, end, pct), group in spans.groupby(["company", "period_end", "pct"], sort=True):
        day = end.date() if isinstance(end, pd.Timestamp) else end
        verb = "fall" if pct < 0 else "rise"
        subject = f"{company} shares" if (group["kind"] == "share").all() else str(company)
        figure = f"{abs(float(pct)):.6g}%"
        opening = f"{subject[:1].upper()}{subject[1:]} {verb}{'' if subject.endswith('shares') else 's'}"
        label = f"{opening} {figure} over several sessions"
        key = f"{str(company).lower()}|{verb}|{figure}|period"
        if group["sentence"].astype(str).str.contains(_ONE_DAY_RECORD).all():
            # "plunges 12.4% in worst day since 1987", "the steepest one-day decline since 1974": one session's move
            # (the year is the record's, not the start of a run), labelled and keyed as a session's move is
            label, key = f"{opening} {figure}", f"{str(company).lower()}|{verb}|{figure}"
        for r in group.itertuples(index=False):
            told = pd.Timestamp(r.published).date()
            if day < told:  # a past run: over its own days
                first = pd.Timestamp(r.period_start).date()
                where = {"date_start": first, "date_end": day, "precision": "range",
                         "basis": f"share move over the sessions {first.isoformat()} to {day.isoformat()}"}
            else:
                where = {"date_start": day, "date_end": day, "precision": "day",
                         "basis": f"share move over the sessions to {day.isoformat()}, the article's day"}
            rows.append({
                "doc_id": r.doc_id, "file": r.file, "outlet": r.outlet, "sent_id": int(r.sent_id),
                **where, "expression": f"{r.label} (share move)",
                "kind": "move", "event": label, "key": key, "sentence": r.sentence,
            })
    return rows


#: A move called the biggest of one day or session since a year ("worst day since 1987", "steepest one-day decline
#: since 1974", "best session in a decade"): the figure is that day's, whatever span the "since" gives it.
_ONE_DAY_RECORD = re.compile(r"\b(?:worst|best|biggest|steepest|sharpest|largest|heaviest|strongest)\s+(?:(?:one|single)[- ]"
                             r"(?:day|session)\s+[a-z]+|day|session|trading\s+day)\s+(?:since|in)\b", re.IGNORECASE)


#: How long before the article a past run of a move may end, and how long it may last, to be placed on its days.
_PAST_RUN_DAYS = 31
