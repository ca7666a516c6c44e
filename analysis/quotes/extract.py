"""Direct quotes and who said them.

:func:`extract_quotes` finds quoted passages in ``docs.text``: straight and curly double quotes, single quotes
used as quote marks (apostrophes inside words are not quote marks), quotes that run over several paragraphs,
quotes split by their attribution, and block quotes introduced by a colon ("… published on his LinkedIn
account:" followed by quoted paragraphs). Each passage is cut into sentence units (the rows).

Attribution looks for a speech verb (``speech_verbs`` in ``analysis/data/name_rules.json``) right after the
quote ("…,” LeCun said) or before it ("Altman said the approach offers “…”", "according to X, …") and takes the
person or organisation next to it (names from :func:`analysis.entities.resolve.entity_mentions`). "he"/"she" and "the
AI scientist" resolve to the last person named before the quote, "it"/"the company" to the last
organisation. A quote without its own attribution inherits the speaker of the quote just before it in the
same paragraph, or of the previous paragraph when it continues it. Otherwise the speaker stays empty: no name
is ever guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from analysis.corpus.load import Corpus
from analysis.lexicon import quote_rules
from analysis.quotes.variants import add_clusters

QUOTE_COLUMNS = ["doc_id", "quote_id", "speaker", "speaker_type", "quote", "start", "end", "sent_id", "sentence", "kind"]
TABLE_COLUMNS = ["doc_id", "file", "outlet", "speaker", "quote", "cluster_id", "fidelity", "sentence"]
MIN_WORDS = 3
_ABBREV = re.compile(r"(?:^|\W)(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|U\.S|U\.K|Inc|Corp|Co|Ltd|No)\.$")
_OPEN_D, _CLOSE_D = "“", "”"
_UNIT_SPLIT = re.compile(r"(?<=[.!?])[”’\"']?\s+(?=[“‘\"']?[A-Z0-9])")
_PERSON_NOUNS = r"(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(
    ["scientist", "executive", "chief", "founder", "analyst", "economist", "boss", "billionaire", "president",
     "director", "spokesman", "spokeswoman", "spokesperson", "researcher", "minister", "official", "investor",
     "entrepreneur", "engineer", "professor", "strategist", "ceo", "chairman", "leader", "manager"]) + r")"
_ORG_NOUNS = r"(?:the|this)\s+(?:[\w-]+\s+)?(?:company|firm|startup|start-up|group|bank|lender|business|maker|giant|organi[sz]ation)"
#: "said Microsoft was …": a name right after the verb that opens a reported clause is not the speaker
_CLAUSE_VERB = re.compile(r"^[’']?s?\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|may|must|did|does)\b")
#: "OpenAI staff posted …": a name followed by these nouns stands for unnamed people, not a speaker
_GROUP_NOUN = re.compile(r"^[’']?s?\s+(?:staff|staffers|employees|workers|officials|executives|investors|"
                         r"shareholders|engineers|researchers|insiders|users|customers|members|people|sources)\b", re.I)
#: a full stop that ends a sentence (not one after an initial: "D.A. Davidson", "John F. Kennedy")
_SENTENCE_BREAK = r"(?<!\b[A-Z])[.!?]"


@dataclass
class _Span:
    start: int  # offset of the first quoted character (after the opening mark)
    end: int  # offset after the last quoted character
    open_at: int  # offset of the opening mark (== start when there is none)
    close_at: int  # offset after the closing mark
    para: int
    kind: str  # "inline", "continued", "block"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _marks(para: str) -> list[tuple[int, str]]:
    """Quote marks of one paragraph as (offset, "open"|"close"), apostrophes and primes left out."""
    out: list[tuple[int, str]] = []
    for i, ch in enumerate(para):
        prev = para[i - 1] if i else " "
        nxt = para[i + 1] if i + 1 < len(para) else " "
        if ch == _OPEN_D:
            out.append((i, "open"))
        elif ch == _CLOSE_D:
            # a right mark at the start of a paragraph or after a space, before a letter, opens (seed-style typo)
            out.append((i, "open" if (prev.isspace() or i == 0) and nxt.isalnum() else "close"))
        elif ch == '"':
            out.append((i, "open" if (prev.isspace() or prev in "([—–-:" or i == 0) and not nxt.isspace() else "close"))
        elif ch in "'‘":
            if (prev.isspace() or prev in "([—–" or i == 0) and nxt.isalpha() and ch == "'":
                out.append((i, "sopen"))
            elif ch == "‘" and not prev.isalnum():
                out.append((i, "sopen"))
        if ch in "'’" and not (prev.isalnum() and nxt.isalnum()) and (nxt.isspace() or nxt in ",.;:!?)—–" or i + 1 == len(para)) \
                and (prev.isalnum() or prev in ".,!?"):
            if not (prev == "s" and ch == "’" and not any(k == "sopen" for _, k in out)):
                out.append((i, "sclose"))
    return out


def _pair(para: str) -> tuple[list[tuple[int, int]], int | None]:
    """Quoted ranges inside a paragraph (offsets of the marks) and the offset of an opening mark left open."""
    pairs: list[tuple[int, int]] = []
    marks = _marks(para)
    open_at: int | None = None
    single_open: int | None = None
    for i, kind in marks:
        if kind == "open":
            if open_at is None:
                open_at = i
        elif kind == "close":
            if open_at is not None:
                pairs.append((open_at, i))
                open_at = None
        elif kind == "sopen" and open_at is None and single_open is None:
            single_open = i
        elif kind == "sclose" and open_at is None and single_open is not None:
            pairs.append((single_open, i))
            single_open = None
    return sorted(pairs), open_at


def _spans(text: str) -> list[_Span]:
    paras = _paragraphs(text)
    spans: list[_Span] = []
    k = 0
    while k < len(paras):
        a, b = paras[k]
        para = text[a:b]
        stripped = para.rstrip()
        # block quote: "... he wrote:" then quoted paragraphs until a closing mark ends one
        if stripped.endswith(":") and k + 1 < len(paras) and text[paras[k + 1][0]:paras[k + 1][1]].lstrip()[:1] in "“”\"'‘":
            end_k = None
            for j in range(k + 1, min(k + 16, len(paras))):
                body = text[paras[j][0]:paras[j][1]].strip()
                starts_open = body[:1] in "“”\"'‘"
                if body[-1:] in "”\"’'" and (j == k + 1 or not starts_open):
                    end_k = j
                    break
            if end_k is not None:
                for j in range(k + 1, end_k + 1):
                    pa, pb = paras[j]
                    body = text[pa:pb]
                    lead = len(body) - len(body.lstrip(" “”\"'‘"))
                    trail = len(body) - len(body.rstrip(" “”\"'’"))
                    if pb - trail > pa + lead:
                        spans.append(_Span(pa + lead, pb - trail, pa, pb, j, "block" if j == k + 1 else "continued"))
                k = end_k + 1
                continue
        pairs, left_open = _pair(para)
        for o, c in pairs:
            spans.append(_Span(a + o + 1, a + c, a + o, a + c + 1, k, "inline"))
        if left_open is not None:
            spans.append(_Span(a + left_open + 1, b, a + left_open, b, k, "inline"))
            # the quote runs on: following paragraphs that open with a quote mark continue it
            j = k + 1
            while j < len(paras) and text[paras[j][0]:paras[j][1]].lstrip()[:1] in "“\"":
                pa, pb = paras[j]
                sub_pairs, sub_open = _pair(text[pa:pb])
                first = sub_pairs[0] if sub_pairs else None
                if first and first[0] == len(text[pa:pb]) - len(text[pa:pb].lstrip()):
                    spans.append(_Span(pa + first[0] + 1, pa + first[1], pa + first[0], pa + first[1] + 1, j, "continued"))
                    for o, c in sub_pairs[1:]:
                        spans.append(_Span(pa + o + 1, pa + c, pa + o, pa + c + 1, j, "inline"))
                    j += 1
                    break
                if sub_open is None:
                    break
                spans.append(_Span(pa + sub_open + 1, pb, pa + sub_open, pb, j, "continued"))
                j += 1
            k = j
            continue
        k += 1
    return spans


def _verb_regex() -> re.Pattern[str]:
    verbs = sorted(quote_rules()["speech_verbs"], key=lambda v: (-len(v), v))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")(?!\w)", re.I)


def _last_before(mentions: pd.DataFrame, pos: int, etype: str, text: str = "") -> tuple[str, str] | None:
    """The entity a pronoun before ``pos`` refers to: the last ``etype`` mention of the same paragraph (within
    400 characters) that is the subject of a speech verb ("Shear said he …") or opens a sentence, else the
    last ``etype`` mention."""
    prior = mentions.loc[(mentions["start"] < pos) & (mentions["type"] == etype)]
    if prior.empty:
        return None
    if text:
        verbs = _verb_regex()
        para_start = text.rfind("\n", 0, pos) + 1
        for row in prior.loc[prior["start"] >= max(para_start, pos - 400)].iloc[::-1].itertuples(index=False):
            rest = re.sub(r"^\s*(?:,[^,.]{0,80},\s*)?", "", text[int(row.end):int(row.end) + 120])
            m = verbs.match(rest) or re.search(r"(?:" + verbs.pattern + r")[\s,]*$", text[max(0, int(row.start) - 30):int(row.start)])
            if m or re.search(r"(?:^|[.!?][”’\"']?\s+)$", text[max(0, int(row.start) - 3):int(row.start)]):
                return str(row.entity), etype
    row = prior.iloc[-1]
    return str(row["entity"]), etype


def _attribute(text: str, lo: int, hi: int, side: str, mentions: pd.DataFrame, anchor: int) -> tuple[bool, tuple[str, str] | None]:
    """Look for "<speaker> <verb>" / "<verb> <speaker>" / "according to <speaker>" in ``text[lo:hi]``.

    Returns (a speech verb was found, (speaker, type) or None). ``anchor`` = where the quote opens (pronouns
    resolve to names before it)."""
    window = text[lo:hi]
    found = list(_verb_regex().finditer(window))
    if side == "before":
        found.reverse()
    names = mentions.loc[(mentions["start"] >= lo) & (mentions["end"] <= hi) & mentions["type"].isin(["PERSON", "ORG", "OTHER"])]
    for m in found:
        vs, ve = lo + m.start(), lo + m.end()
        verb = m.group(0).casefold()
        after = names.loc[(names["start"] >= ve) & (names["start"] <= ve + (45 if verb == "according to" else 3))]
        if verb == "according to":
            if not after.empty:
                row = after.iloc[0]
                return True, (str(row["entity"]), str(row["type"]))
            if re.match(r"\s+(?:a|an|the)\s+(?:statement|memo|letter|filing|note|report|post|email|spokes\w+)\b", text[ve:hi], re.I):
                return True, None  # "according to a statement from the board": attributed, to no named speaker
            continue
        head = text[lo:vs]
        if re.search(r"(?:^|\W)(?:he|she)\s+(?:(?:also|then|later|has|had|have|once|previously|further)\s+)?$", head, re.I) \
                or re.search(_PERSON_NOUNS + r"\s+(?:(?:also|has|had)\s+)?$", head, re.I):
            return True, _last_before(mentions, anchor, "PERSON", text)
        if re.search(r"(?:^|\W)(?:it|" + _ORG_NOUNS + r")\s+(?:(?:also|has|had)\s+)?$", head, re.I):
            return True, _last_before(mentions, anchor, "ORG")
        before = names.loc[(names["end"] <= vs) & (names["end"] >= vs - 150)]
        close_before = before.loc[before["end"] >= vs - 3]
        if not close_before.empty:
            row = close_before.iloc[-1]
            # "X, whose company owns part of Y, said" / "X, in a post on Y, said": Y sits in an inserted clause;
            # the speaker is X
            clause = list(re.finditer(r",\s+(?:whose|which|who|where|in|on|at|during|after|speaking|writing)\b",
                                      text[lo:int(row["start"])]))
            subject = before.loc[before["end"] <= lo + clause[-1].start()] if clause else before.iloc[0:0]
            if not subject.empty:
                people = subject.loc[subject["type"] == "PERSON"]
                row = (people if not people.empty else subject).iloc[-1]
            return True, (str(row["entity"]), str(row["type"]))
        if re.match(r"\s+(?:he|she)\b", text[ve:hi], re.I):
            return True, _last_before(mentions, anchor, "PERSON", text)
        after = after.loc[[not _CLAUSE_VERB.match(text[int(e):int(e) + 12]) for e in after["end"]]]
        before = before.loc[[not _GROUP_NOUN.match(text[int(e):int(e) + 16]) for e in before["end"]]]
        if not after.empty:
            row = after.iloc[0]
            return True, (str(row["entity"]), str(row["type"]))
        if not before.empty:
            people = before.loc[before["type"] == "PERSON"]
            row = (people if not people.empty else before).iloc[-1]
            return True, (str(row["entity"]), str(row["type"]))
        return True, None
    return False, None


def _sentence_start(text: str, lo: int, pos: int) -> int:
    ends = list(re.finditer(_SENTENCE_BREAK + r"[”’\"']?\s+", text[lo:pos]))
    return lo + ends[-1].end() if ends else lo


def _sentence_end(text: str, pos: int, hi: int) -> int:
    m = re.search(_SENTENCE_BREAK + r"(?:\s|$)", text[pos:hi])
    return pos + m.end() if m else hi


def _doc_quotes(doc_id: str, text: str, mentions: pd.DataFrame) -> list[dict[str, object]]:
    spans = _spans(text)
    paras = _paragraphs(text)
    rows: list[dict[str, object]] = []
    speakers: list[tuple[str, str] | None] = []
    explicit: list[bool] = []
    for n, span in enumerate(spans):
        pa, pb = paras[span.para]
        same_para = [s for s in spans if s.para == span.para]
        idx = same_para.index(span)
        prev_close = same_para[idx - 1].close_at if idx else pa
        next_open = same_para[idx + 1].open_at if idx + 1 < len(same_para) else pb
        verb = False
        who: tuple[str, str] | None = None
        if span.kind == "block":
            ia, ib = paras[span.para - 1]
            intro_end = text.rstrip().rfind(":", ia, ib)
            intro_end = intro_end if intro_end > 0 else ib
            verb, who = _attribute(text, _sentence_start(text, ia, intro_end), intro_end, "before", mentions, intro_end)
        elif span.kind == "inline":
            verb, who = _attribute(text, span.close_at, _sentence_end(text, span.close_at, next_open), "after", mentions, span.open_at)
            if not verb:
                verb, who = _attribute(text, max(prev_close, _sentence_start(text, pa, span.open_at)), span.open_at, "before", mentions, span.open_at)
        if not verb and n > 0:
            prev = spans[n - 1]
            opens_para = text[paras[span.para][0]:span.open_at].strip() == ""
            if prev.para == span.para or span.kind == "continued" or (prev.para == span.para - 1 and opens_para):
                who = speakers[n - 1]
        speakers.append(who)
        explicit.append(verb)
    # a quote running over paragraphs, or split within one sentence ("“A,” but “B,” X said"), takes the
    # speaker named after its last part
    for n in range(len(spans) - 1, 0, -1):
        prev = spans[n - 1]
        same_sentence = prev.para == spans[n].para and not re.search(r"[.!?]\s", text[prev.close_at:spans[n].open_at])
        if (spans[n].kind == "continued" or same_sentence) and speakers[n] and not speakers[n - 1] and not explicit[n - 1]:
            speakers[n - 1] = speakers[n]
    for n in range(1, len(spans)):
        if spans[n].kind == "continued" and speakers[n - 1] and not speakers[n]:
            speakers[n] = speakers[n - 1]
    for n, (span, who) in enumerate(zip(spans, speakers, strict=True)):
        body = text[span.start:span.end]
        pos = 0
        parts: list[str] = []
        for piece in _UNIT_SPLIT.split(body):
            if parts and _ABBREV.search(parts[-1]):
                parts[-1] = parts[-1] + " " + piece
            else:
                parts.append(piece)
        for part in parts:
            at = body.find(part, pos)
            pos = at + len(part)
            unit = part.strip().strip("“”\"‘’'").strip().rstrip(",;:").strip()
            if len(unit.split()) < MIN_WORDS:
                continue
            ustart = span.start + at + part.find(unit[:10]) if unit else span.start + at
            rows.append({"doc_id": doc_id, "quote_id": f"{doc_id}:{n}:{len(rows)}", "speaker": who[0] if who else "",
                         "speaker_type": who[1] if who else "", "quote": unit, "start": ustart, "end": ustart + len(unit),
                         "kind": span.kind})
    return rows


def extract_quotes(corpus: Corpus, mentions: pd.DataFrame) -> pd.DataFrame:
    """Quote units with their speaker. Needs docs ``doc_id, text``, sentences ``doc_id, sent_id, text,
    char_start`` and the corpus's entity ``mentions``
    (:func:`analysis.entities.resolve.entity_mentions`); returns :data:`QUOTE_COLUMNS` (``start``/``end`` = offsets into ``docs.text``, ``kind`` =
    inline/continued/block, ``speaker`` empty when unattributed), ordered by doc_id, start."""
    rows: list[dict[str, object]] = []
    for doc_id, text in zip(corpus.docs["doc_id"], corpus.docs["text"], strict=True):
        doc_mentions = mentions.loc[mentions["doc_id"] == doc_id].reset_index(drop=True)
        rows.extend(_doc_quotes(str(doc_id), str(text), doc_mentions))
    frame = pd.DataFrame(rows, columns=[c for c in QUOTE_COLUMNS if c not in ("sent_id", "sentence")])
    if frame.empty:
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    frame = frame.drop_duplicates(["doc_id", "quote"], keep="first")
    sents = corpus.sentences.sort_values(["doc_id", "char_start"])
    sent_id, sentence = [], []
    for doc_id, start in zip(frame["doc_id"], frame["start"], strict=True):
        part = sents.loc[sents["doc_id"] == doc_id]
        i = max(int(part["char_start"].searchsorted(start, side="right")) - 1, 0)
        sent_id.append(int(part["sent_id"].iloc[i]) if len(part) else -1)
        sentence.append(str(part["text"].iloc[i]) if len(part) else "")
    frame = frame.assign(sent_id=sent_id, sentence=sentence)
    return frame.loc[:, QUOTE_COLUMNS].sort_values(["doc_id", "start"]).reset_index(drop=True)


def quote_variants(corpus: Corpus, mentions: pd.DataFrame) -> pd.DataFrame:
    """Quote units with clusters: :func:`extract_quotes` columns plus ``file, outlet, cluster_id,
    representative, fidelity``, ordered by cluster, doc_id, start. Speakers stay as attributed in each text
    (an unattributed variant is not given the cluster's speaker)."""
    quotes = extract_quotes(corpus, mentions)
    docs = corpus.docs.loc[:, ["doc_id", "file", "outlet"]]
    out = add_clusters(quotes).merge(docs, on="doc_id", how="left")
    return out.sort_values(["cluster_id", "doc_id", "start"]).reset_index(drop=True)


def quote_table(variants: pd.DataFrame) -> pd.DataFrame:
    """CLI ``quotes``: one row per quote unit of ``variants`` (:func:`quote_variants`, possibly narrowed),
    :data:`TABLE_COLUMNS`, ordered by cluster then document."""
    frame = variants
    if frame.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    return frame.loc[:, TABLE_COLUMNS].reset_index(drop=True)


def quote_cards(variants: pd.DataFrame, doc_ids: set[str], min_outlets: int = 1) -> pd.DataFrame:
    """One row per cluster among ``doc_ids`` (for the Quotes page): ``cluster_id, speaker, representative,
    outlets, documents, min_fidelity`` — clusters printed by more outlets first."""
    part = variants.loc[variants["doc_id"].isin(doc_ids)]
    cols = ["cluster_id", "speaker", "representative", "outlets", "documents", "min_fidelity"]
    if part.empty:
        return pd.DataFrame(columns=cols)
    out = part.groupby("cluster_id", as_index=False).agg(
        speaker=("speaker", lambda s: Counter(x for x in s if x).most_common(1)[0][0] if any(s) else ""),
        representative=("representative", "first"),
        outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
        n_outlets=("outlet", "nunique"), documents=("doc_id", "nunique"), min_fidelity=("fidelity", "min"),
    )
    out = out.loc[out["n_outlets"] >= min_outlets]
    out = out.sort_values(["n_outlets", "min_fidelity", "cluster_id"], ascending=[False, True, True])
    return out.loc[:, cols].reset_index(drop=True)
