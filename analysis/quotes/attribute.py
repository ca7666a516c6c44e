"""Who said each quotation: the speaker a careful reader would name, from the document's entity mentions.

For each quotation, in order: a speech verb right after it ("…," X said / said X / X told Y / X said in a
statement), a speech verb before it in its sentence ("X said: …", "X called it "…"", "X wrote in a post on Y
that "…""), "according to X" in its sentence, the quotation before it in the same sentence, and the speaker
introducing a colon paragraph. The phrase next to the verb (:mod:`.phrases`) is mapped to a mention: a name
takes the mention under it (titles stripped); "he"/"she" and definite person descriptions ("the senator") go
to the nearest earlier person that is a subject or a speaker; "it" and organisation descriptions ("the
company", "the newspaper") to the nearest earlier organisation. Indefinite descriptions ("a source", "White
House officials") stay as written. Nothing is guessed: with no cue the speaker is empty.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import pandas as pd

from .lexicon import (ACCORDING_TO, PRON_GROUP, PRON_ORG, ROLE_ORG, ROLE_PERSON, SENTENCE_BREAK, SPEECH_VERB,
                      is_sentence_break)
from .marks import paragraphs
from .model import QuoteSpan, Speaker
from .phrases import Phrase, head_phrase, tail_phrase, tokens

_WINDOW = 1500  # how far back (characters) a pronoun or description looks for its antecedent
_POST_REACH = 160
_ORG_TYPES = {"ORG", "ORGANIZATION", "ORGANISATION", "NORP", "GPE_ORG"}


@dataclass
class _Doc:
    text: str
    starts: list[int]
    ends: list[int]
    names: list[str]
    types: list[str]
    quoted: list[tuple[int, int]]
    speakers: list[tuple[int, str, str]] = field(default_factory=list)  # (position, name, type) seen so far

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.quoted, (pos, 1 << 60)) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]


def _clause_subject(doc: _Doc, i: int) -> bool:
    """Whether mention ``i`` opens its sentence or clause (after titles or an introductory phrase + comma) or
    stands right before a speech verb."""
    text, s, e = doc.text, doc.starts[i], doc.ends[i]
    lo = max(0, s - 200)
    start = lo
    for m in SENTENCE_BREAK.finditer(text, lo, s):
        if m.end() <= s and is_sentence_break(text, m):
            start = m.end()
    pre = text[start:s].strip()
    if not pre or pre.endswith(",") or all(w[:1].isupper() for w, _, _ in tokens(text, start, s)):
        return True
    return bool(SPEECH_VERB.match(text, e + 1) or SPEECH_VERB.match(text, e))


def _antecedent(doc: _Doc, pos: int, want: str) -> tuple[str, str, str] | None:
    """(name, type, surface) of the nearest earlier ``want`` entity (PERSON or ORG) that is a subject or a
    speaker, else the nearest one, within :data:`_WINDOW` characters before ``pos``."""
    lo = bisect_left(doc.starts, pos - _WINDOW)
    hi = bisect_left(doc.starts, pos)
    fallback = None
    orgish = want == "ORG"
    best = None
    for i in range(hi - 1, lo - 1, -1):
        t = doc.types[i]
        if (t in _ORG_TYPES) != orgish or (not orgish and t != "PERSON") or doc.inside_quote(doc.starts[i]):
            continue
        if fallback is None:
            fallback = i
        if _clause_subject(doc, i):
            best = i
            break
    spk = next(((p, n, t) for p, n, t in reversed(doc.speakers) if p < pos and p >= pos - _WINDOW
                and ((t in _ORG_TYPES) == orgish)), None)
    pick = best if best is not None else fallback
    if spk is not None and (pick is None or spk[0] >= doc.starts[pick]):
        return spk[1], spk[2], ""
    if pick is None:
        return None
    return doc.names[pick], doc.types[pick], doc.text[doc.starts[pick]:doc.ends[pick]]


def _name_speaker(doc: _Doc, ph: Phrase) -> Speaker:
    """The mention under a name phrase, or the phrase's own words when no mention covers it."""
    lo = bisect_left(doc.ends, ph.name_start + 1)
    best = None
    for i in range(max(0, lo - 3), min(len(doc.starts), lo + 6)):
        if doc.starts[i] < ph.name_end and doc.ends[i] > ph.name_start:
            if best is None or doc.ends[i] >= doc.ends[best]:
                best = i
    surface = doc.text[ph.start:ph.end]
    if best is not None:
        return Speaker(doc.names[best], doc.types[best], surface, "adjacent")
    name = doc.text[ph.name_start:ph.name_end].rstrip(".,").removesuffix("’s").removesuffix("'s")
    last = name.split()[-1] if name.split() else name
    for _, known, t in reversed(doc.speakers):
        if known != name and known.split()[-1:] == [last] and len(known.split()) > 1:
            return Speaker(known, t, surface, "adjacent")
    for i in range(bisect_left(doc.starts, ph.start) - 1, -1, -1):
        if doc.names[i].split()[-1:] == [last] and doc.types[i] == "PERSON":
            return Speaker(doc.names[i], doc.types[i], surface, "adjacent")
    words = name.split()
    orgish = any(w.casefold() in ROLE_ORG for w in words) or (len(words) == 1 and name.isupper() and len(name) > 1)
    return Speaker(name, "ORG" if orgish else "PERSON", surface, "adjacent")


def _resolve(doc: _Doc, ph: Phrase | None, anchor: int) -> Speaker | None:
    if ph is None:
        return None
    surface = doc.text[ph.start:ph.end]
    if ph.kind == "name":
        return _name_speaker(doc, ph)
    if ph.kind == "pronoun":
        if ph.head in PRON_GROUP:
            return None
        found = _antecedent(doc, ph.start, "ORG" if ph.head in PRON_ORG else "PERSON")
        return Speaker(found[0], found[1], surface, "coreference") if found else Speaker("", "", surface, "none")
    if ph.definite and (ph.head in ROLE_ORG or ph.head in ROLE_PERSON):
        found = _antecedent(doc, ph.start, "ORG" if ph.head in ROLE_ORG else "PERSON")
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
    return Speaker(surface, "", surface, "adjacent")


def _after(doc: _Doc, span: QuoteSpan, stop: int) -> Speaker | None:
    """A speech verb right after the quotation: "…," X said / said X / X told Y."""
    text = doc.text
    last = text[span.segments[-1][1] - 1:span.segments[-1][1]]
    hi = min(stop, span.close_at + _POST_REACH)
    m = SPEECH_VERB.search(text, span.close_at, hi)
    if m is None:
        return None
    before = text[span.close_at:m.start()]
    if last in ".!?" and before.strip()[:1].isupper() and text[m.end():m.end() + 3].strip()[:1] not in (".", ""):
        return None  # the quotation ended its sentence; the next one is not its attribution
    if not before.strip(" ,—–-\u00a0"):
        return _resolve(doc, head_phrase(text, m.end(), hi), span.open_at)
    if len(tokens(text, span.close_at, m.start())) > 14:
        return None
    return _resolve(doc, _subject(doc, span.close_at, m.start()), span.open_at)


def _subject(doc: _Doc, lo: int, hi: int) -> Phrase | None:
    """The subject phrase of a speech verb at ``hi``, skipping an apposition ("X, 22, of Flint, said")."""
    text = doc.text
    chunk = text[lo:hi].rstrip()
    if not chunk.endswith(","):
        return tail_phrase(text, lo, hi)
    cut = lo
    for part in chunk.split(","):
        end = cut + len(part)
        ph = tail_phrase(text, cut, end)
        if ph is not None and (ph.kind != "description" or ph.head):
            return ph
        cut = end + 1
    return None


def _before(doc: _Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """A speech verb before the quotation in its sentence: "X said: …", "X called it "…"", "according to X"."""
    text = doc.text
    verbs = list(SPEECH_VERB.finditer(text, lo, span.open_at))
    acc = list(ACCORDING_TO.finditer(text, lo, span.open_at))
    if acc and (not verbs or acc[-1].start() > verbs[-1].start()):
        found = _resolve(doc, head_phrase(text, acc[-1].end(), span.open_at), span.open_at)
        if found:
            found.attribution = "according-to" if found.attribution == "adjacent" else found.attribution
            return found
    for m in reversed(verbs):
        verb = m.group(0).casefold()
        if verb.endswith("ing"):
            ph = head_phrase(text, lo, m.start()) or _subject(doc, lo, m.start())
        else:
            ph = _subject(doc, lo, m.start())
        if ph is None:
            ph = head_phrase(text, m.end(), span.open_at)
        found = _resolve(doc, ph, span.open_at)
        if found is not None:
            return found
    return None


def _according(doc: _Doc, span: QuoteSpan) -> Speaker | None:
    text = doc.text
    m = ACCORDING_TO.search(text, span.close_at, span.sent_end)
    if m is None:
        return None
    found = _resolve(doc, head_phrase(text, m.end(), span.sent_end), span.open_at)
    if found and found.attribution == "adjacent":
        found.attribution = "according-to"
    return found


def _mentions(mentions: pd.DataFrame) -> tuple[list[int], list[int], list[str], list[str]]:
    return ([int(x) for x in mentions["start"]], [int(x) for x in mentions["end"]],
            [str(x) for x in mentions["name"]], [str(x).upper() for x in mentions["type"]])


def attribute_spans(text: str, spans: list[QuoteSpan], mentions: pd.DataFrame) -> list[Speaker]:
    """One :class:`Speaker` per span of ``spans`` (in text order) from ``mentions`` (``start, end, name, type``
    sorted by start)."""
    starts, ends, names, types = _mentions(mentions)
    quoted = sorted(seg for s in spans for seg in s.segments)
    doc = _Doc(text, starts, ends, names, types, quoted)
    paras = paragraphs(text)
    out: list[Speaker] = []
    for n, span in enumerate(spans):
        prev = spans[n - 1] if n else None
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        stop = min(span.sent_end, nxt.open_at if nxt else len(text))
        same_sentence = prev is not None and prev.close_at > span.sent_start
        lo = prev.close_at if same_sentence and prev is not None else span.sent_start
        who = _after(doc, span, stop) or _before(doc, span, lo) or _according(doc, span)
        if who is None and span.gaps:
            for a, b in span.gaps:
                who = _after(doc, QuoteSpan(span.segments[:1], span.open_at, a, span.sent_start, b, span.para), b)
                if who:
                    break
        if who is None and same_sentence and out:
            who = Speaker(out[-1].name, out[-1].type, out[-1].mention, out[-1].attribution)
        if who is None and span.sent_start == paras[span.para][0] and span.para > 0:
            pa, pb = paras[span.para - 1]
            if text[pa:pb].rstrip().endswith(":"):
                colon = text.rfind(":", pa, pb)
                who = _before(doc, QuoteSpan([(pb, pb)], colon, colon, pa, pb, span.para - 1), _sentence_start(text, pa, colon))
        who = who or Speaker()
        if who.name:
            doc.speakers.append((span.open_at, who.name, who.type))
        out.append(who)
    return out


def _sentence_start(text: str, lo: int, pos: int) -> int:
    start = lo
    for m in SENTENCE_BREAK.finditer(text, lo, pos):
        if m.end() <= pos and is_sentence_break(text, m):
            start = m.end()
    return start
