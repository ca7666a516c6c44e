"""Moves measured "since the <event>" of the story, dated from the rest of the corpus.

An article later in a story often measures a move from the story's event without dating it: "Brisco has lost 12%
since the recall", "Orrin Mining's shares have fallen 28% since the collapse", "are still 8.3% below their close before
the fire" (:data:`LEVEL_BEFORE_EVENT`). :func:`analysis.timeline.clauses.event_since_spans`
dates such a span when the article itself dated the event before; when it did not, the corpus's other articles
usually did ("the dam collapsed on Tuesday"). :func:`story_since_spans` takes the day that the day-dated sentences of
other articles naming the event (its noun or verb: "recall", "recalled") give most often, up to the article's date
and within :data:`LOOKBACK_DAYS` of it, and places the move from that day up to the article's date. Only the noun
alone ("since the collapse"): with a verb after it ("since the bid was announced", "since the heat began") the noun is
often one the story uses for several events, and only the article's own earlier sentences date it. A corpus-level
step: it reads the dated mentions of every document (:func:`analysis.timeline.events.dated_mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta

import pandas as pd

from analysis.corpus.load import Corpus
from analysis.timeline.clauses import SAME_PERIOD_OPENING, SINCE_EVENT, closed_on, event_forms, figure_before_since
from analysis.timeline.dated.model import COMPARISON_SINCE, MOVE_FROM, MOVE_SPANS
from analysis.timeline.labels.event import event_label
from analysis.timeline.timexes import document_date

#: The story's event lies this many days before the article at most (a story's later coverage, not its background).
LOOKBACK_DAYS = 31
#: A figure measured against the level before the story's event: "are still 8.3% below their close before the fire",
#: "about 17% below their level before the ruling": the move since the event, as "since the fire" tells it.
LEVEL_BEFORE_EVENT = re.compile(r"\b(?:below|above|under|beneath)\s+(?:its|their|the)\s+(?:close|closing\s+(?:price|level)"
                                r"|level|price)s?\s+(?:before|prior\s+to|ahead\s+of)\s+(?:the|its|their|this|that)\s+"
                                r"(?P<noun>[a-z]{3,})\b(?=\s*(?:[,;:.!?)—–]|\s(?:and|but|which|while|as|when)\b))",
                                re.IGNORECASE)
#: The end of the basis of a span from a level before the event (:func:`timeline_spans` leaves it off the timeline).
LEVEL_NOTE = " (a level before it)"
_WORDS = re.compile(r"[a-z]+")


def _candidates(corpus: Corpus, dated: pd.DataFrame) -> list[tuple[dict[str, object], int, str, str, int, int, date]]:
    """(document, sentence position, noun, since phrase, its start and end in the text, the article's date) of every
    "since the <noun>" (or "below their close before the <noun>": :data:`LEVEL_BEFORE_EVENT`) after a figure of
    change whose sentence no dated mention measures from it already."""
    docs = corpus.docs
    if docs.empty or dated is None:
        return []
    spans = set()
    if not dated.empty:
        spans = {(str(d), int(s)) for d, s, b in zip(dated["doc_id"], dated["sent_id"], dated["basis"])
                 if str(b).startswith(MOVE_FROM)}
    sentences = corpus.sentences
    groups = sentences.groupby("doc_id", sort=False).indices
    out = []
    for doc in docs.loc[:, ["doc_id", "file", "outlet", "published", "published_earliest", "text"]].to_dict("records"):
        text = str(doc["text"])
        if "since" not in text and " before " not in text and " prior to " not in text and " ahead of " not in text:
            continue
        dct = document_date(doc["published"], doc["published_earliest"])
        idx = groups.get(doc["doc_id"])
        if dct is None or idx is None:
            continue
        starts = sentences["char_start"].to_numpy()[idx].tolist()
        for m in [*SINCE_EVENT.finditer(text), *LEVEL_BEFORE_EVENT.finditer(text)]:
            if m.end() != m.end("noun"):
                continue  # "since the bid was announced": a noun this general names other events of the story too
            if not figure_before_since(text, m.start()) \
                    or COMPARISON_SINCE.search(text, max(0, m.end() - 90), m.end() - len(m.group("noun"))):
                continue
            i = bisect_right(starts, m.start()) - 1
            if i < 0:
                continue
            sent_id = int(sentences["sent_id"].iloc[idx[i]])
            if (str(doc["doc_id"]), sent_id) in spans:
                continue  # the article dated the event itself
            out.append((doc, int(idx[i]), m.group("noun").lower(), m.group(0), m.start(), m.end(), dct))
    return out


def tied_to_event(word: str, expression: str, sentence: str) -> bool:
    """Whether the date ``expression`` of ``sentence`` is the date of the event ``word`` names: right after it ("the
    hike on October 8", "the recall of 9 October") or before it as a possessive ("Tuesday's recall", "Monday's
    150-basis-point hike")."""
    if not expression:
        return False
    low, x = sentence.lower(), expression.lower()
    if any(f"{word} {p} {x}" in low for p in ("on", "of", "on the", "of the")):
        return True
    if f"{x}'s" not in low and f"{x}’s" not in low:
        return False
    return re.search(rf"{re.escape(x)}['’]s\s+(?:[\w-]+\s+){{0,2}}?{re.escape(word)}\b", low) is not None


def story_since_spans(corpus: Corpus, dated: pd.DataFrame) -> pd.DataFrame:
    """Mention rows (the columns of ``dated``, :func:`analysis.timeline.events.dated_mentions`) for the moves measured
    "since the <event>" that their own article does not date, from the day the corpus's other dated sentences give the
    event (see the module's docstring). ``corpus`` needs ``docs`` (doc_id, file, outlet, published,
    published_earliest, text) and ``sentences`` (doc_id, sent_id, text, char_start, char_end)."""
    found = _candidates(corpus, dated)
    if not found or dated.empty:
        return dated.iloc[0:0]
    wanted = {f for c in found for f in event_forms(c[2])}
    # (document, the event words of a day-dated sentence, its day, the words its date is tied to: "the hike on October 8")
    told: list[tuple[str, set[str], date, set[str]]] = []
    for doc_id, sentence, a, b, precision, kind, basis, expression in zip(
            dated["doc_id"], dated["sentence"], dated["date_start"], dated["date_end"], dated["precision"], dated["kind"],
            dated["basis"], dated["expression"]):
        if precision != "day" or kind == "move" or a != b or str(basis).startswith(MOVE_SPANS):
            continue
        words = set(_WORDS.findall(str(sentence).lower())) & wanted
        if words:
            told.append((str(doc_id), words, a, {w for w in words if tied_to_event(w, str(expression), str(sentence))}))
    sentences = corpus.sentences
    # the days each sentence of the corpus names (a close the figure since the event is measured at: "which closed at
    # Rs 742.10 on Wednesday, are down 36 per cent since the blast")
    named: dict[tuple[str, int], list[tuple[str, date]]] = {}
    for doc_id, sent_id, a, b, precision, expression in zip(dated["doc_id"], dated["sent_id"], dated["date_start"],
                                                          dated["date_end"], dated["precision"], dated["expression"]):
        if precision == "day" and a == b:
            named.setdefault((str(doc_id), int(sent_id)), []).append((str(expression), a))
    rows = []
    for doc, pos, noun, phrase, start, end, dct in found:
        forms = event_forms(noun)
        witnesses = [(day, bool(tied & forms)) for d, words, day, tied in told if d != str(doc["doc_id"]) and words & forms
                     and dct - timedelta(days=LOOKBACK_DAYS) <= day <= dct]  # (its own article's later sentences: no)
        # a sentence whose date is the event's own ("the hike on October 8", "Tuesday's recall") outweighs sentences that
        # only name the event beside another act's day ("rose 4.5% on Thursday after the hike")
        days = Counter(day for day, tied in witnesses if tied or not any(t for _, t in witnesses))
        if not days:
            continue
        most = max(days.values())
        day = min(d for d, n in days.items() if n == most)  # the day most sentences give (the earliest of a tie)
        s0 = int(sentences["char_start"].iloc[pos])
        sentence = str(sentences["text"].iloc[pos])
        text = str(doc["text"])
        sent_id = int(sentences["sent_id"].iloc[pos])
        closes = [a for x, a in named.get((str(doc["doc_id"]), sent_id), [])
                  if day <= a <= dct and closed_on(sentence, x, start - s0)]
        last = max(closes) if closes else dct
        label = event_label(sentence, start - s0, end - s0, text[:s0])
        basis = f"{MOVE_FROM} the day of the {noun} the story's other articles give ({day}), up to {last}"
        if LEVEL_BEFORE_EVENT.match(text, start):
            basis += LEVEL_NOTE
        rows.append({
            "doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": sent_id,
            "date_start": day, "date_end": last, "precision": "range", "expression": phrase.strip(), "kind": "after_event",
            "basis": basis, "event": label.label, "key": label.key, "sentence": sentence,
        })
        rows.extend(_same_period_rows(corpus, doc, pos, day, last, basis))
    return pd.DataFrame(rows, columns=list(dated.columns)) if rows else dated.iloc[0:0]


def timeline_spans(since: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`story_since_spans` that are events of the timeline: not a level before the event ("still 8.3%
    below their close before the fire"), which dates the move's period on the market chart but tells no act of its
    own (the sentence's own day, "rose 1.2% on Thursday", is its event)."""
    if since.empty:
        return since
    return since.loc[~since["basis"].astype(str).str.endswith(LEVEL_NOTE)]


def _same_period_rows(corpus: Corpus, doc: dict[str, object], pos: int, first: date, last: date,
                      basis: str) -> list[dict[str, object]]:
    """The row of the sentence after the one at ``pos`` when it opens with "Over the same period" ("Over the same
    period, Aarti Industries has gained 9 per cent"): its moves run over the same span, ``first`` to ``last``."""
    sentences = corpus.sentences
    nxt = pos + 1
    if nxt >= len(sentences) or str(sentences["doc_id"].iloc[nxt]) != str(doc["doc_id"]):
        return []
    sentence = str(sentences["text"].iloc[nxt])
    m = SAME_PERIOD_OPENING.match(sentence)
    if m is None:
        return []
    s0 = int(sentences["char_start"].iloc[nxt])
    label = event_label(sentence, m.start("p"), m.end("p"), str(doc["text"])[:s0])
    return [{
        "doc_id": doc["doc_id"], "file": doc["file"], "outlet": doc["outlet"], "sent_id": int(sentences["sent_id"].iloc[nxt]),
        "date_start": first, "date_end": last, "precision": "range", "expression": m.group("p"), "kind": "after_event",
        "basis": f"{basis}, the same period", "event": label.label, "key": label.key, "sentence": sentence,
    }]
