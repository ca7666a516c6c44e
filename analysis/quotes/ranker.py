"""Which earlier person a "he", "she" or "the senator" refers to: a learned ranker over candidate people.

Every person-like entity mentioned (or credited with a quotation) in the :data:`REACH` characters before the
pronoun is a candidate. Each gets a feature vector (:data:`FEATURES`: how near its last mention is, whether it
spoke the previous quotation or is the subject of a speech verb, whether its mention opens a sentence, whether
its known gender agrees with the pronoun, how often the document names it, …) and a logistic score from the
weights in ``analysis/data/quote_ranker.json`` (fitted on the PolNeAR training half by
``bench/train_quote_ranker.py``, which writes that file). The best candidate is the antecedent when its score
reaches the file's ``threshold``; below it the pronoun stays unresolved (the quotation keeps no speaker rather
than a likely wrong one). Without the weights file nothing is ranked and the rules decide.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .antecedents import PLACE_TYPES, Doc, antecedent, opens_sentence, personlike, place_before

REACH = 1500
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "quote_ranker.json"
FEATURES = [
    "bias", "log_distance", "recency_rank", "rank_0", "rank_1", "last_speaker", "earlier_speaker",
    "salient", "opens_sentence", "gender_agrees", "gender_clashes", "same_paragraph", "same_sentence",
    "log_count", "typed_person", "first_person", "possessive", "place_before", "paragraphs_between",
    "speaker_rank_0", "log_candidates", "description", "log_doc_count", "top_person", "gender_unknown",
    "object_position", "previous_sentence_subject", "first_paragraph", "after_quote", "after_quote_last_speaker",
    "speaker_same_paragraph", "rules_pick",
]
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|by|against|about|for|and|than|from|on|at|as|like|over|called|"
                            r"endorsed|attacked|beat|defeated|said|told|asked|urged|thanked|praised|criticized)\s+$",
                            re.I)


@dataclass
class Candidate:
    """A candidate antecedent: its name, type and feature vector (in :data:`FEATURES` order)."""

    name: str
    type: str
    features: list[float]


@lru_cache(maxsize=1)
def load_weights(path: Path = WEIGHTS_FILE) -> tuple[dict[str, float], float] | None:
    """(weights by feature name, threshold) from the ranker's data file, or None when it is absent."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data["weights"].items()}, float(data["threshold"])


def _document_people(doc: Doc) -> tuple[str, dict[str, int]]:
    """The first person the document names outside quotations, and how often it names each one."""
    if doc.people is None:
        first = ""
        count: dict[str, int] = {}
        for i in range(len(doc.starts)):
            if doc.inside_quote(doc.starts[i]) or not personlike(doc, doc.names[i], doc.types[i]):
                continue
            first = first or doc.names[i]
            count[doc.names[i]] = count.get(doc.names[i], 0) + 1
        doc.people = (first, count)
    return doc.people


def _paragraph_breaks(text: str, lo: int, hi: int) -> int:
    return text.count("\n\n", lo, hi)


def candidates(doc: Doc, pos: int, gender: str, rule: str = "") -> list[Candidate]:
    """The person candidates for a pronoun or description at ``pos`` (``gender`` "m", "f" or ""), each with its
    features (``rule`` is the antecedent the rules of :mod:`.antecedents` pick, one feature among others);
    nearest first."""
    text = doc.text
    lo = bisect_left(doc.starts, pos - REACH)
    hi = bisect_left(doc.starts, pos)
    last: dict[str, int] = {}  # name -> index of its latest mention before pos
    count: dict[str, int] = {}
    types: dict[str, str] = {}
    for i in range(lo, hi):
        name, etype = doc.names[i], doc.types[i]
        if doc.ends[i] > pos or doc.inside_quote(doc.starts[i]) or etype in PLACE_TYPES \
                or not personlike(doc, name, etype):
            continue
        last[name] = i
        count[name] = count.get(name, 0) + 1
        types[name] = etype
    spoke: dict[str, int] = {}
    for k, (p, name, etype) in enumerate(doc.speakers):
        if pos - REACH <= p < pos and etype not in PLACE_TYPES and personlike(doc, name, etype):
            spoke[name] = p
            types.setdefault(name, etype)
    salient = {name for p, name, _ in doc.salient[bisect_left(doc.salient, (pos - REACH, "", "")):
                                                 bisect_left(doc.salient, (pos, "", ""))]}
    last_speaker = doc.speakers[bisect_left(doc.speakers, (pos, "", "")) - 1][1] \
        if bisect_left(doc.speakers, (pos, "", "")) else ""
    first_person, doc_count = _document_people(doc)
    top_person = max(doc_count, key=lambda n: doc_count[n]) if doc_count else ""
    first_para_end = text.find("\n\n", text.find("\n\n") + 2) if text.startswith(("\n", " ")) else text.find("\n\n")
    head = text[max(0, pos - 40):pos].rstrip()
    after_quote = head.endswith((",\"", ",”", "?”", "!”", ".”", "?\"", "!\"", ".\"", "”", "\""))
    para_start = text.rfind("\n\n", 0, pos)
    sent_start = max(text.rfind(". ", 0, pos), para_start)
    prev_sent_start = max(text.rfind(". ", 0, max(0, sent_start - 1)), text.rfind("\n\n", 0, max(0, sent_start - 1)))
    names = set(last) | set(spoke)
    at = {n: max(doc.starts[last[n]] if n in last else -1, spoke.get(n, -1)) for n in names}
    order = sorted(names, key=lambda n: -at[n])
    spoken_order = sorted(spoke, key=lambda n: -spoke[n])
    out: list[Candidate] = []
    for rank, name in enumerate(order):
        where = at[name]
        i = last.get(name)
        known = doc.gender.get(name, "")
        f = {
            "bias": 1.0,
            "log_distance": math.log1p(max(0, pos - where)),
            "recency_rank": float(min(rank, 5)),
            "rank_0": float(rank == 0),
            "rank_1": float(rank == 1),
            "last_speaker": float(name == last_speaker),
            "earlier_speaker": float(name in spoke),
            "salient": float(name in salient),
            "opens_sentence": float(i is not None and opens_sentence(doc, i)),
            "gender_agrees": float(bool(gender) and known == gender),
            "gender_clashes": float(bool(gender) and bool(known) and known != gender),
            "same_paragraph": float(where > para_start),
            "same_sentence": float(where > sent_start),
            "log_count": math.log1p(count.get(name, 0)),
            "typed_person": float(types.get(name) == "PERSON"),
            "first_person": float(name == first_person),
            "possessive": float(i is not None and text[doc.ends[i]:doc.ends[i] + 2] in ("'s", "’s")),
            "place_before": float(i is not None and place_before(doc, i)),
            "paragraphs_between": float(min(_paragraph_breaks(text, where, pos), 5)),
            "speaker_rank_0": float(bool(spoken_order) and spoken_order[0] == name),
            "log_candidates": math.log1p(len(names)),
            "description": float(not gender),
            "log_doc_count": math.log1p(doc_count.get(name, 0)),
            "top_person": float(name == top_person),
            "gender_unknown": float(bool(gender) and not known),
            "object_position": float(i is not None and bool(_OBJECT_BEFORE.search(text, max(0, doc.starts[i] - 30),
                                                                                  doc.starts[i]))),
            "previous_sentence_subject": float(i is not None and prev_sent_start <= doc.starts[i] < sent_start
                                               and opens_sentence(doc, i)),
            "first_paragraph": float(any(doc.names[j] == name for j in range(bisect_left(doc.starts, 0),
                                                                             bisect_left(doc.starts, first_para_end)))),
            "after_quote": float(after_quote),
            "after_quote_last_speaker": float(after_quote and name == last_speaker),
            "speaker_same_paragraph": float(spoke.get(name, -1) > para_start),
            "rules_pick": float(name == rule),
        }
        out.append(Candidate(name, types.get(name, ""), [f[k] for k in FEATURES]))
    return out


def score(weights: dict[str, float], features: list[float]) -> float:
    """The logistic score of one candidate's ``features`` under ``weights``."""
    z = sum(weights.get(k, 0.0) * v for k, v in zip(FEATURES, features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def rank_person(doc: Doc, pos: int, gender: str,
                exclude: frozenset[str] = frozenset()) -> tuple[str, str] | None | bool:
    """(name, type) of the best candidate for the person pronoun or description at ``pos``, leaving out the names
    in ``exclude``; None when the best scores under the threshold or there is none; False when the rules decide:
    no weights file is shipped, or the document records candidates for training (``doc.log`` is a list: position,
    the rules' pick, candidates)."""
    loaded = load_weights()
    if loaded is None and doc.log is None:
        return False
    rule = antecedent(doc, pos, "PERSON", gender)
    found = candidates(doc, pos, gender, rule[0] if rule else "")
    if exclude:
        if doc.log is not None or loaded is None:
            return False
        found = [c for c in found if c.name not in exclude]
    if doc.log is not None or loaded is None:
        if doc.log is not None:
            doc.log.append((pos, rule[0] if rule else "", found))
        return False
    weights, threshold = loaded
    if not found:
        return None
    best = max(found, key=lambda c: score(weights, c.features))
    return (best.name, best.type) if score(weights, best.features) >= threshold else None

