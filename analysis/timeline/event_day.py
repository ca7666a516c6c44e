"""Share moves told on the day of an event their sentence names but does not date, placed on that event's day.

A later article often tells a move by the story's event instead of a date: "The stock lost 9.8% on the day of the
announcement and another 3.1% the following session", "Shares of Cardinal, which fell 3.6% on the day of Crestmark's
disclosure, ...", "Marlow's shares more than doubled on the day of the award". The session guessed from the article
(its own day, or the day of its story) is then wrong, and :func:`analysis.timeline.sessions.placed_moves` leaves such a
move out. :func:`event_day_moves` dates it instead when the story dates the event: the first earlier sentence of the
article that names it (its noun or verb: "award", "awarded"; "disclosure", "disclosed") with a day, else the day the
corpus's other articles give it most often, up to the article's date and within :data:`LOOKBACK_DAYS` of it (a
sentence whose date is the event's own, "announced on Tuesday", "Tuesday's warning", outweighing one that only names
it beside another act's day). A figure told right after as "the following session" ("and another 3.1% the following
session") is the next working day's move. A move whose event the story does not date stays left out.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

import pandas as pd

from analysis.corpus.load import Corpus
from analysis.timeline.clauses import event_forms, next_working_day
from analysis.timeline.dated.model import MOVE_SPANS
from analysis.timeline.story_since import LOOKBACK_DAYS, tied_to_event
from analysis.timeline.timexes import document_date

#: The session basis of a move placed on the day of an event its sentence names (``session_basis`` of the moves).
EVENT_DAY = "day of the event its sentence names:"
#: Right after a move's figure (perhaps another figure and "respectively" between, no clause break): the session named
#: by an event of the story, "on the day of the announcement", "on the day of Brindle's warning", "on the first day of
#: the crisis". The event is the last word of the phrase ("on the day of the profit warning": "warning").
_DAY_OF_EVENT = re.compile(
    r"(?:[^,;:()—–.!?\d]|\d|\.\d){0,45}?\bon\s+the\s+(?:very\s+|same\s+|first\s+(?:full\s+)?(?:trading\s+)?)?day\s+of\s+"
    r"(?:the|its|their|(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})"
    r"(?=\s*(?:[,;:.!?)—–]|$)|\s+(?:and|but|as|when|while|which|against|after|before|giving|sending|taking|to|with)\b)")
#: Right after a move's figure: the session after the one told before it in the sentence ("and another 3.1% the
#: following session", "then 2% on the next trading day").
_NEXT_SESSION = re.compile(r"\s*(?:on\s+|in\s+|during\s+)?the\s+(?:following|next)\s+(?:trading\s+)?(?:session|day)\b",
                           re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
#: Noun endings dropped to reach the verb the story may use instead ("announcement": "announced", "disclosure":
#: "disclosed", "warning": "warned", "approval": "approved").
_NOUN_ENDINGS = ("ment", "ure", "ing", "al")


def event_words(noun: str) -> set[str]:
    """The words that name the event of ``noun`` (:func:`analysis.timeline.clauses.event_forms`), and those of the verb
    it is made from: "announcement" gives "announced", "disclosure" "disclosed", "warning" "warned"."""
    forms = set(event_forms(noun))
    for ending in _NOUN_ENDINGS:
        stem = noun[: -len(ending)]
        if noun.endswith(ending) and len(stem) >= 3:
            forms |= {stem + "ed", stem + "d", stem + "s", stem + "es", stem + "e", stem} - {""}
    return forms


def _named_events(corpus: Corpus, moves: pd.DataFrame) -> dict[int, tuple[str, bool]]:
    """Index of a move whose session its sentence names only by an event -> (the event's noun, whether the move is the
    session after it: "and another 3.1% the following session"). Moves dated by their own sentence are not read."""
    starts = {(str(d), int(s)): int(c) for d, s, c in zip(corpus.sentences["doc_id"], corpus.sentences["sent_id"],
                                                            corpus.sentences["char_start"])}
    found: dict[int, tuple[str, bool]] = {}
    by_sentence: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for i, d, s, basis, text, a, b in zip(moves.index, moves["doc_id"], moves["sent_id"], moves["session_basis"],
                                          moves["sentence"], moves["start"], moves["end"]):
        if basis == "sentence" or pd.isna(s) or (str(d), int(s)) not in starts or "day" not in str(text):
            continue
        s0 = starts[(str(d), int(s))]
        by_sentence.setdefault((str(d), int(s)), []).append((int(a) - s0, int(b) - s0, i))
    for key, figures in by_sentence.items():
        text = str(moves.at[figures[0][2], "sentence"])
        noun = None
        for a, b, i in sorted(figures):
            if a < 0 or b > len(text):
                continue
            m = _DAY_OF_EVENT.match(text, b)
            if m is not None:
                noun = m.group("noun").lower()
                found[i] = (noun, False)
            elif noun is not None and _NEXT_SESSION.match(text, b):
                found[i] = (noun, True)
    return found


def told_events(dated: pd.DataFrame, wanted: set[str]) -> list[tuple[str, int, set[str], date, set[str]]]:
    """The day-dated sentences of ``dated`` (not a move, not a span) that name an event of ``wanted`` (its noun or
    verb forms): (document, sentence, the words named, the day, the words the day is tied to: "the recall on May 3")."""
    told = []
    for d, s, sentence, a, b, precision, kind, basis, expression in zip(
            dated["doc_id"], dated["sent_id"], dated["sentence"], dated["date_start"], dated["date_end"],
            dated["precision"], dated["kind"], dated["basis"], dated["expression"]):
        if precision != "day" or kind == "move" or a != b or str(basis).startswith(MOVE_SPANS):
            continue
        words = set(_WORD.findall(str(sentence).lower())) & wanted
        if words:
            told.append((str(d), int(s), words, a, {w for w in words if tied_to_event(w, str(expression), str(sentence))}))
    return told


def story_event_day(noun: str, doc_id: str, sent_id: int, dct: date, told: list[tuple[str, int, set[str], date, set[str]]]) -> date | None:
    """The day of the event ``noun`` names in sentence ``sent_id`` of ``doc_id`` (published on ``dct``): the first
    earlier sentence of the article naming it with a day, else the day the other articles give it most often (see the
    module's docstring). ``told``: (document, sentence, event words, day, words its date is tied to) of every
    day-dated sentence."""
    forms = event_words(noun)
    lo = dct - timedelta(days=LOOKBACK_DAYS)
    own = sorted((s, day) for d, s, words, day, _ in told if d == doc_id and s < sent_id and words & forms and lo <= day <= dct)
    if own:
        return own[0][1]
    witnesses = [(day, bool(tied & forms)) for d, _, words, day, tied in told
                 if d != doc_id and words & forms and lo <= day <= dct]
    days = Counter(day for day, tied in witnesses if tied or not any(t for _, t in witnesses))
    if not days:
        return None
    most = max(days.values())
    return min(d for d, n in days.items() if n == most)


def event_day_moves(corpus: Corpus, dated: pd.DataFrame, moves: pd.DataFrame) -> pd.DataFrame:
    """``moves`` (:func:`analysis.market.moves.extract_moves`: ``doc_id, sent_id, sentence, start, end, session_date,
    session_basis``) with the session of each move told "on the day of the <event>" (or "the following session" after
    one) set to the day the story gives that event, ``session_basis`` starting with :data:`EVENT_DAY`; the other rows
    unchanged. ``dated`` is :func:`analysis.timeline.events.dated_mentions` of the corpus; ``corpus`` needs ``docs``
    (doc_id, published, published_earliest) and ``sentences`` (doc_id, sent_id, char_start)."""
    if moves.empty or dated is None or dated.empty or not {"start", "end", "session_basis"} <= set(moves.columns):
        return moves
    named = _named_events(corpus, moves)
    if not named:
        return moves
    wanted = set().union(*(event_words(noun) for noun, _ in named.values()))
    told = told_events(dated, wanted)
    docs = corpus.docs.set_index("doc_id")
    sessions, bases = moves["session_date"].tolist(), moves["session_basis"].tolist()
    for n, i in enumerate(moves.index):
        if i not in named:
            continue
        noun, after = named[i]
        doc_id, sent_id = str(moves.at[i, "doc_id"]), int(moves.at[i, "sent_id"])
        dct = document_date(docs.at[doc_id, "published"], docs.at[doc_id, "published_earliest"]) if doc_id in docs.index else None
        day = story_event_day(noun, doc_id, sent_id, dct, told) if dct is not None else None
        if day is None:
            continue
        if after:
            day = next_working_day(day)
        sessions[n] = pd.Timestamp(day)
        bases[n] = f"{EVENT_DAY} the {noun}" + (", the session after it" if after else "") + f" ({day})"
    return moves.assign(session_date=pd.Series(sessions, index=moves.index, dtype=moves["session_date"].dtype),
                        session_basis=pd.Series(bases, index=moves.index, dtype=object))
