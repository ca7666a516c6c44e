"""The quote step's speed, round 54: the words of a text that may be speech verbs read once per text, a headline's
speaker looked for only by the names it holds. These guard speed changes, so the answers must stay those of the code
before them. Invented people and companies."""

from __future__ import annotations

import random
import re

from analysis.quotes import words
from analysis.quotes.headline import headline_records
from analysis.quotes.words import speech_verbs

TEXT = ("Jane Roe said on Tuesday the plant would close. \u201cWe did say so,\u201d she added, adding that the so-called "
        "plan, which Acme's comments had dismissed, was not dead. Roe's remarks came as analysts were questioning "
        "the deal; Acme did not tell reporters more. In a statement emailed to reporters, the fund said it was "
        "monitoring the situation. Unsaid things, reportedly, went on: he continued to fight, and she added to the "
        "confusion. \u201cNo,\u201d Doe told AFP, according to a person familiar with the matter.")


def _scan_before(text: str, lo: int, hi: int, verbs_only: bool = False) -> list[tuple[int, int, str]]:
    """:func:`speech_verbs` as written before a text's words were read once: every word of the range, scanned."""
    out: list[tuple[int, int, str]] = []
    for m in re.compile(r"[A-Za-z]+").finditer(text, lo, hi):
        if m.start() and text[m.start() - 1] in "-'\u2019":
            continue
        w = m.group(0).casefold()
        if w == "called" and words._SO_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue
        found = None
        for pat in words._VERB_PHRASES.get(w, ()):
            p = pat.match(text, m.end(), hi)
            if p:
                found = (m.start(), p.end(), w + " " + " ".join(p.group(0).split()))
                break
        else:
            if w in words._VERB_WORDS or (w.endswith("ing") and words._ing_stem(w) in words._STEMS):
                found = (m.start(), m.end(), w)
            elif w in words._STEMS and words._DO_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    and words._past(w):
                found = (m.start(), m.end(), words._past(w))
        if found is not None and not (verbs_only and (words._noun_use(text, m.start(), w)
                                                      or words._naming(text, m.start(), m.end(), w)
                                                      or words._quoting_aside(text, m.start(), w)
                                                      or words._hearsay(text, m.start(), m.end(), w))) \
                and not words._after_document(text, m.start(), w):
            out.append(found)
    return out


def test_speech_verbs_over_any_range_are_those_of_a_scan_of_the_range() -> None:
    rng = random.Random(54)
    ranges = [(0, len(TEXT)), (-4, len(TEXT) + 9), (len(TEXT), len(TEXT)), (9, 3)]
    for m in re.finditer(r"[A-Za-z]+", TEXT):  # ranges that cut a word at either end, or hold one word
        ranges += [(m.start() + 1, m.end()), (m.start(), m.end() - 1), (m.start() + 1, m.end() - 1),
                   (m.start() - 3, m.end() + 12), (m.start(), m.end())]
    ranges += [(a, a + rng.choice([1, 5, 20, 60, 200])) for a in (rng.randrange(0, len(TEXT)) for _ in range(300))]
    for lo, hi in ranges:
        for verbs_only in (False, True):
            assert speech_verbs(TEXT, lo, hi, verbs_only) == _scan_before(TEXT, lo, hi, verbs_only), (lo, hi)
    assert [v[2] for v in speech_verbs(TEXT, 0, len(TEXT), verbs_only=True)] == [
        "said", "say", "added", "adding", "dismissed", "tell", "said", "went on", "continued", "added", "told"]
    cut = TEXT.index("adding")
    assert speech_verbs(TEXT, cut, cut + 3) == [(cut, cut + 3, "add")]  # "adding" cut to "add" at the range's end
    assert speech_verbs(TEXT, TEXT.index("Unsaid") + 2, TEXT.index("Unsaid") + 6) == [
        (TEXT.index("Unsaid") + 2, TEXT.index("Unsaid") + 6, "said")]  # a word the range cuts is read as cut


def test_a_headline_speaker_is_found_by_the_names_it_holds() -> None:
    text = "Jane Roe, chief executive of Acme, spoke on Tuesday. Tom Doe listened."
    mentions = [(0, 8, "Jane Roe", "PERSON"), (53, 60, "Tom Doe", "PERSON")]
    rows = headline_records("Roe: \u201cWe will build the plant\u201d", text, mentions)
    assert [(r[2], r[4], r[5]) for r in rows] == [("We will build the plant", "Jane Roe", "PERSON")]
    assert headline_records("Acme: \u201cWe will build the plant\u201d", text, mentions) == []  # no person named
