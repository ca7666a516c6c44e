"""Share and index moves of a whole corpus: the move grammar (:mod:`analysis.market.extract`) run on every
document (headline + body), joined to the document's metadata, its sentence ids and the catalog's ticker, sector
and region.

``extract_moves(corpus, mentions)`` is the ``moves`` step of :class:`analysis.pipeline.Analysis`; ``mentions``
are entity mentions (``doc_id, start, end, surface, name, type``, offsets into ``docs.text``), which give a
subject its canonical name. Without them the grammar's own names are kept. Each document's grammar result is kept
by content hash (:data:`_MEMO`), so a new corpus version re-reads only new or changed documents.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from collections import OrderedDict
from datetime import date

import numpy as np
import pandas as pd

from analysis.companies import sector_of_name, short_company_name
from analysis.corpus.load import HEAD_LINES, Corpus
from analysis.entities.aliases import group_stem
from analysis.entities.catalog import get_lexicon, norm_key
from analysis.lexicon import load_catalog, move_words, norm_words
from analysis.market.coref import (brand_owners, may_name_parties, may_name_units, mention_tuples, parent_name,
                                   service_parties, unit_names)
from analysis.market.extract import (Mention, cells_named_by_prose, initials_blend, move_rows, ticker_suffixes,
                                     written_as_initials)
from analysis.market.figures import HAS_FIGURE
from analysis.market.strips import HEAD_STRIP_SENT, head_strip_rows

#: What ``python -m analysis moves`` prints: the columns of the first release, then the period of a multi-day
#: move (``session_date`` empty, ``period_start``/``period_end`` set) and its kind.
MOVE_COLUMNS = [
    "doc_id", "file", "outlet", "published", "company", "ticker", "pct", "qualifier", "session_date", "kind",
    "region", "sentence", "period_start", "period_end", "period",
]
#: Extra columns kept for the chart (not printed by the CLI): the sentence of the corpus the figure is in, the
#: catalog sector ("Other" when the catalog does not know the company, "Index" for index moves), the figure as
#: written and where region and session came from. ``start``/``end`` are the figure's offsets in ``docs.text``
#: (negative for a figure in the headline, whose ``sent_id`` is then -1).
#: ``short_name``: the one word the article writes alone for a company after introducing it by a hyphenated name that
#: ends on that word ("Maersk" after "A.P. Moller-Maersk"), "" when none; :func:`one_name_per_company` gives that short
#: form's rows in every article the full name.
#: ``written``: the other writing the article uses most for a share move's company, when the entity layer linked it to
#: a name the article writes less often ("Quistobras" for "Quistobras Petroleos" named once), "" when none;
#: :func:`one_name_per_company` shows that writing when most of the company's articles use it.
#: ``brand``: the brand a share move's company was before it became the listed owner the article ties the brand to
#: (:func:`analysis.market.coref.brand_owners`: "Acme Holdings, the owner of the Bexley bakery chain"; the move's
#: ``company`` is then the owner), or the brand the article ties to a move's company named as the owner itself, ""
#: when none; :func:`one_name_per_company` gives the brand's moves in the other articles that owner too.
DETAIL_COLUMNS = ["sent_id", "para_id", "sector", "label", "region_basis", "session_basis", "start", "end", "short_name",
                  "written", "brand"]
#: The ``period`` of a move that covers one session (also intraday, premarket and after-hours moves).
SINGLE_SESSION_PERIODS = frozenset({"session", "intraday", "premarket", "after-hours"})
_DATE_COLUMNS = ("published", "session_date", "period_start", "period_end")
_SUFFIX_TICKER = re.compile(r"\.(?:O|N|OQ|K|A|P)$")
#: Per-document results by content hash (headline, text, date, mentions): a corpus that grows by an upload only
#: runs the grammar on its new documents. Bounded; the oldest entries go first.
_MEMO: OrderedDict[str, tuple[dict[str, object], ...]] = OrderedDict()
_MEMO_SIZE = 50_000
_MEMO_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _catalog_info() -> dict[str, tuple[str, str, str]]:
    """Lower-cased catalog name or alias -> (ticker, sector, region) of the shipped entity catalog."""
    cat = load_catalog()
    info: dict[str, tuple[str, str, str]] = {}
    for row in cat.itertuples(index=False):
        for key in (row.name, *row.aliases):
            info.setdefault(norm_words(str(key)), (str(row.ticker), str(row.sector), str(row.region)))
    return info


@functools.lru_cache(maxsize=1)
def _catalog_names() -> dict[str, str]:
    """Lower-cased catalog name -> the name as the catalog writes it ("tesla" -> "Tesla")."""
    return {norm_words(str(name)): str(name) for name in load_catalog()["name"]}


def _in_capitals(name: str) -> bool:
    """Whether ``name`` is a company's name set in capitals, as a stocks-to-watch heading prints it ("TESLA",
    "GENERAL ELECTRIC"), not initials ("IBM", "ASML"): letters all upper case, a word of five letters or more."""
    return name.isupper() and any(len(w) >= 5 and w.isalpha() for w in name.split())


def _written_plainly(name: str) -> str:
    """``name`` in capitals (:func:`_in_capitals`) as the catalog writes it ("TESLA" -> "Tesla"), else as it is."""
    return _catalog_names().get(norm_words(name), name) if _in_capitals(name) else name


#: A clause of cause or comparison ("after a sell-off on Wall Street overnight", "as Asian markets fell", "tracking
#: gains in New York", "than its peers in Europe"), up to its comma: a place in it is where something else happened, not
#: the listing's ("as much as", "such as" and "as well as" open no clause).
_CAUSE_CLAUSE = re.compile(r"(?:^|(?<=[\s,;(]))(?:after|(?<!such\s)(?<!as\s)as(?!\s+(?:much|many|high|low|little|far|well|"
                           r"long|soon|part|of|\d))|following|amid|despite|because|tracking|echoing|mirroring|"
                           r"in\s+line\s+with|than|compared\s+(?:with|to)|versus)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|$")


_WHERE_AFTER = re.compile(r"\s*,\s*where\b")


def sentence_region(sentence: str, at: int | None = None) -> str | None:
    """The market region a sentence places its move in ("in Europe", "Tokyo-listed", "on Wall Street"), or None. A place in a
    clause of cause or comparison is left out ("Acme fell 3% in Sydney after a sell-off on Wall Street overnight": the
    sell-off's market, not the listing's), unless the move's figure (at offset ``at`` of the sentence, when given) is
    in that clause itself ("after the close in Sydney, where the shares had finished 0.3% higher"). Of two places, the
    one right after the figure, before another figure ("lost 2% in Sao Paulo and its ADRs 3% in New York"), else the
    nearest before it ("X fell 2% in London, while in New York Y rose 3%"): "Latin America" for "in Sao Paulo"."""
    lex = move_words()
    opens = [c.start() for c in _CAUSE_CLAUSE.finditer(sentence)]
    spans = [(a, min([_CLAUSE_END.search(sentence, a).start(), *(b for b in opens if b > a)])) for a in opens]
    clauses = [(a, b) for a, b in spans if not (at is not None and a <= at < b)]  # each clause up to its comma or the next
    places = [m for m in lex.region_re.finditer(sentence)
              if at is not None and at > m.end() and _WHERE_AFTER.match(sentence, m.end()) is not None
              or not any(a <= m.start() < b for a, b in clauses)]  # (a place whose "where" clause holds the move)
    if at is not None:  # "fell 2% in Sao Paulo and its ADRs 3% in New York": the place right after the figure
        after = next((m for m in places if m.start() > at and "%" not in sentence[sentence.find("%", at) + 1: m.start()]), None)
        before = [m for m in places if m.end() <= at]
        places = [after] if after is not None else before[-1:] if before else places  # else the nearest before it
    return lex.regions.get(norm_words(places[0].group(0))) if places else None


#: An exchange's suffix after a ticker ("ACM.L", "7203.T", "ACME3.SA").
_EXCHANGE_SUFFIX = re.compile(r"\.[A-Z]{1,2}$")


def listing_region(ticker: str) -> str | None:
    """The market region of the listing a ticker's exchange suffix names (``move_words.json``'s ``ticker_suffixes``,
    general knowledge): "Europe" for "ACM.L", "Asia" for "7203.T" and "ACM.AX", "Latin America" for "ACME3.SA";
    None for a ticker without a known suffix."""
    suffix = _EXCHANGE_SUFFIX.search(ticker)
    return ticker_suffixes().get(suffix.group(0)) if suffix else None




def _label(pct: float, qualifier: str) -> str:
    text = f"{abs(pct):g}%"
    return text if qualifier == "exact" else f"{qualifier} {text}"


class _SentenceSpans:
    """Which corpus sentence an offset of ``docs.text`` falls in, built once (sorted arrays, no per-document
    groupby: most documents carry no move)."""

    def __init__(self, sentences: pd.DataFrame) -> None:
        ordered = sentences.sort_values(["doc_id", "char_start"], kind="stable")
        self._docs = ordered["doc_id"].astype(str).to_numpy(dtype=object)
        self._starts = ordered["char_start"].to_numpy(dtype="int64")
        self._sent = ordered["sent_id"].to_numpy(dtype="int64")
        self._para = ordered["para_id"].to_numpy(dtype="int64")
        cuts = np.flatnonzero(self._docs[1:] != self._docs[:-1]) + 1 if len(self._docs) else np.array([], dtype="int64")
        begins = np.concatenate([[0], cuts]) if len(self._docs) else cuts
        ends = np.concatenate([cuts, [len(self._docs)]]) if len(self._docs) else cuts
        self._range = {str(self._docs[b]): (int(b), int(e)) for b, e in zip(begins, ends)}

    def at(self, doc_id: str, offset: int) -> tuple[int, int]:
        """(sent_id, para_id) of the sentence of ``doc_id`` holding ``offset``; (-1, -1) for the headline."""
        span = self._range.get(doc_id)
        if span is None or offset < 0:
            return -1, -1
        b, e = span
        i = b + int(np.searchsorted(self._starts[b:e], offset, side="right")) - 1
        return (int(self._sent[i]), int(self._para[i])) if i >= b else (-1, -1)


#: A negative auxiliary opening a name ("Didn't Acme", from a question line "Didn't Acme already know?"): no name opens
#: on one, so the word is taken off the entity layer's name.
_QUESTION_OPENING = re.compile(r"^(?:[A-Z][a-z]*n['’]t)\s+(?=[A-Z])")


def _doc_mentions(mentions: pd.DataFrame | None) -> dict[str, list[Mention]]:
    """Each document's mentions as ``(start, end, surface, name, type)`` tuples, sorted (one pass over columns
    as lists: no per-document frames); a name opening on a negative auxiliary loses it (:data:`_QUESTION_OPENING`)."""
    if mentions is None or mentions.empty:
        return {}
    cols = [mentions[c].astype("int64").tolist() for c in ("start", "end")]
    cols += [mentions[c].astype(str).tolist() for c in ("surface", "name", "type")]
    cols[3] = [_QUESTION_OPENING.sub("", name) if "n't " in name else name for name in cols[3]]
    out: dict[str, list[Mention]] = {}
    for doc_id, *row in zip(mentions["doc_id"].astype(str).tolist(), *cols):
        out.setdefault(doc_id, []).append(tuple(row))  # type: ignore[arg-type]
    return {k: sorted(v) for k, v in out.items()}


def _corpus_units(docs: pd.DataFrame, by_doc: dict[str, list[Mention]]) -> dict[str, frozenset[str]]:
    """The organisations any article of the corpus calls another company's unit (:func:`unit_names`: "through its
    Acme Studios unit"), each with the corpus's organisation names (where :func:`parent_name` finds the parent's
    full name, "Acme Group"); empty when no article does (most corpora: one substring search per article)."""
    units: set[str] = set()
    for doc_id, text in zip(docs["doc_id"], docs["text"]):
        if may_name_units(str(text)):
            units |= unit_names(str(text), by_doc.get(str(doc_id), []))
    if not units:
        return {}
    names = frozenset(name for found in by_doc.values() for _a, _b, _s, name, kind in found if kind.upper() == "ORG")
    return {unit: names for unit in units}


def _described(name: str) -> bool:
    """Whether ``name`` opens on a capitalised company noun before more of a name ("Broadcaster Rede Aurora")."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper() \
        and words[0].lower() in move_words().company_nouns


def _undescribed(name: str, text: str) -> str:
    """``name`` without a company noun that opens a sentence before it ("Broadcaster Rede Aurora, whose app ..., fell
    5.3%" -> "Rede Aurora"), when the corpus's ``text`` also writes the rest of the name without that noun more often:
    a company the sentence describes, not a longer name ("Carrier Global" stays, unless the text writes "Global"
    alone)."""
    if not _described(name):
        return name
    rest = name.split(maxsplit=1)[1]
    return rest if len(re.findall(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text)) > text.count(name) else name


#: A hyphenated last word of a name whose second part is a name of its own ("Moller-Maersk", "France-KLM").
_HYPHEN_TAIL = re.compile(r"(?<=[\w.])-(?P<tail>[A-Z][\w&]{2,})$")


def short_names(rows: tuple[dict[str, object], ...] | list[dict[str, object]], text: str) -> dict[str, str]:
    """Company -> the short form the article ``text`` (the body) writes alone for it: the second part of the name's
    hyphenated last word ("Maersk" of "A.P. Moller-Maersk"), written as a word of its own after the article's first
    full name ("A.P. Moller-Maersk fell 6.1%. ... Maersk, the largest container line, said ..."). Only companies whose
    share moves the article reports (``rows``: :func:`analysis.market.extract.move_rows` dicts); the text's evidence,
    since a name that only ends like another ("Renault" of a joint venture "Oyak-Renault" that reports no move) is
    another firm."""
    out: dict[str, str] = {}
    for name in {str(r["company"]) for r in rows if r["kind"] == "share"}:
        tail = _HYPHEN_TAIL.search(name)
        first = text.find(name)
        if tail is None or first < 0:
            continue
        short = tail.group("tail")
        rest = text[first:].replace(name, " " * len(name))  # the full name's own words are no short form
        if re.search(rf"(?<![\w&.’'-]){re.escape(short)}(?![\w’'-])", rest):
            out[name] = short
    return out


#: The kind of a company's stock written after its name ("Acme ADRs fell", "ACME PREFERRED SHARES WERE DOWN"): the
#: listing, not a part of the name.
_STOCK_KIND_END = re.compile(r"\s+(?:ADRs?|ADSs?|Adrs?|Preferred|PREFERRED|Ordinary|ORDINARY)$")


def without_trailing_acronym(name: str) -> str:
    """A company's name without a last word in capitals that names no organisation ("IT", "CEO", "IPO": the entity
    layer's "Acme Bank IT" from "the Acme Bank IT failure" is "Acme Bank"), when two words or more stay; without the
    kind of its stock after it ("Acme ADRs", "Acme Preferred"); else ``name``."""
    name = _STOCK_KIND_END.sub("", name) if " " in name else name
    words = name.split()
    last = words[-1] if words else ""
    if len(words) >= 3 and last.isupper() and len(last) >= 2 and last in get_lexicon().non_entity_acronyms \
            and short_company_name(name) == name:  # (a legal form stays: "Acme Group PLC")
        return " ".join(words[:-1])
    return name


def most_written(mentions: list[Mention] | None) -> dict[str, str]:
    """Organisation name -> the writing an article's ``mentions`` (``(start, end, surface, name, type)``) give it most
    often, for the names whose most frequent writing is another one ("Quistobras" three times for "Quistobras
    Petroleos", written once as "Quistobras Petroleos SA"); the name's own writings (the name itself, with a legal tail,
    or a part of it: "Acme" of "Acme Group") count as the name's."""
    counts: dict[str, dict[str, int]] = {}
    for _a, _b, surface, name, kind in mentions or ():
        if kind.upper() == "ORG" and surface != name:
            own = _name_key(surface) == _name_key(name) or _part_of(surface, name)
            per = counts.setdefault(name, {})
            per[name if own else surface] = per.get(name if own else surface, 0) + 1
        elif kind.upper() == "ORG":
            counts.setdefault(name, {})[name] = counts.get(name, {}).get(name, 0) + 1
    out = {}
    for name, per in counts.items():
        best = max(per.items(), key=lambda kv: (kv[1], kv[0] == name))
        if best[0] != name and best[1] > per.get(name, 0):
            out[name] = best[0]
    return out


def _part_of(short: str, name: str) -> bool:
    """Whether ``short``'s words are all words of ``name`` ("Acme" of "Acme Group", "Meta" of "Meta Platforms"), case
    aside: a part of the name, not another writing of it."""
    words = {w.casefold() for w in re.findall(r"[\w&]+", name)}
    mine = [w.casefold() for w in re.findall(r"[\w&]+", short)]
    return bool(mine) and all(w in words for w in mine)


def _day(value: object) -> date | None:
    return value.date() if isinstance(value, pd.Timestamp) and pd.notna(value) else None


def extract_moves(corpus: Corpus, mentions: pd.DataFrame | None = None, story: date | None = None) -> pd.DataFrame:
    """Every reported move of ``corpus``.

    Inputs: ``corpus`` (``docs`` with doc_id, file, outlet, published, published_earliest, title, text;
    ``sentences`` with doc_id, sent_id, para_id, char_start), optional entity ``mentions`` (doc_id, start,
    end, surface, name, type; offsets into ``docs.text``) and ``story``, the latest publication date of the whole
    corpus, which gives an undated article's "on March 14" its year (default: that of ``corpus``; the pipeline
    passes the whole corpus's when it reads a part). Output: :data:`MOVE_COLUMNS` + :data:`DETAIL_COLUMNS`,
    one row per move, sorted by doc_id and position; ``session_date`` (datetime64) is set for a one-session move
    (resolved against the publication date, else the "on or after" date) and NaT for a multi-day one, which has
    ``period_start``/``period_end`` instead."""
    docs = corpus.docs
    by_doc = _doc_mentions(mentions)
    spans = _SentenceSpans(corpus.sentences)
    catalog = _catalog_info()
    titles = docs["title"] if "title" in docs.columns else pd.Series([""] * len(docs), index=docs.index)
    story = story or _story_day(docs)
    decks = dict(zip(docs["doc_id"], docs[HEAD_LINES])) if HEAD_LINES in docs.columns else {}
    # the firms any article names as an auditor, adviser or short seller: no antecedent of "the shares" in any article
    parties = frozenset().union(*(service_parties(str(text), mention_tuples(by_doc.get(str(doc_id))))
                                  for doc_id, text in zip(docs["doc_id"], docs["text"]) if may_name_parties(str(text))))
    units = _corpus_units(docs, by_doc)
    rows: list[dict[str, object]] = []
    for doc_id, file, outlet, published, earliest, title, text in zip(
        docs["doc_id"], docs["file"], docs["outlet"], docs["published"], docs["published_earliest"], titles,
        docs["text"],
    ):
        head = str(title) if isinstance(title, str) else ""
        deck = standfirst(head, decks.get(doc_id, "[]"))
        head = f"{head}\n\n{deck}" if deck else head
        ref = _day(published) or _day(earliest)
        found = _article_rows(head, str(text), ref, by_doc.get(str(doc_id)), None if ref else story, parties,
                              page_head(decks.get(doc_id, "[]")))
        # the quote strip a market page prints over its article ("GS 324.55 -1.68%   MS 78.11 -2.59%"): the session's moves
        strip = head_strip_rows(decks.get(doc_id, "[]"), ref, mention_tuples(by_doc.get(str(doc_id))),
                                outlet if isinstance(outlet, str) else "", unnamed=True)
        # (a cell whose ticker no one ties to a company is named by the body's move of the same figure, else dropped)
        strip = [r for r in strip if r["company"]] + cells_named_by_prose(found, [r for r in strip if not r["company"]])
        found = (*strip, *found)
        shorts = short_names(found, str(text)) if found else {}
        written = most_written(by_doc.get(str(doc_id))) if found else {}
        ties = brand_owners(str(text), by_doc.get(str(doc_id), [])) if found else {}
        owners = {_name_key(b): o for b, o in ties.items()}
        brands_of = _brands_of(ties)
        for r in found:
            # (a quote strip's row: no sentence of the body nor the headline, sentence id HEAD_STRIP_SENT)
            sent_id, para_id = (HEAD_STRIP_SENT, HEAD_STRIP_SENT) if r["sent_start"] == HEAD_STRIP_SENT \
                else spans.at(str(doc_id), int(r["start"]))  # type: ignore[call-overload]
            company = without_trailing_acronym(str(r["company"])) if r["kind"] == "share" else str(r["company"])
            if company in units and r["kind"] == "share":  # "Acme's shares fell 1.2%", "Acme" linked to the unit
                company = parent_name(company, str(r["sentence"]), units[company])  # "Acme Studios": the parent's
            brand = company if r["kind"] == "share" and _name_key(company) in owners else ""
            company = owners[_name_key(company)] if brand else company  # "Bexley shares fell": its owner's, as told
            if not brand and r["kind"] == "share":  # "Acme Holdings, the owner of Bexley, fell 40%": the tie is told
                brand = brands_of.get(_name_key(company), "")  # beside the owner's own move, for the other articles
            cat_ticker, sector, cat_region = catalog.get(norm_words(company), ("", "", ""))
            at = int(r.get("at", -1)) if r["sent_start"] != HEAD_STRIP_SENT else -1  # type: ignore[call-overload]
            place = sentence_region(str(r["sentence"]), at if 0 <= at < len(str(r["sentence"])) else None)
            listing = listing_region(str(r["ticker"] or ""))
            region, region_basis = ((place, "sentence") if place is not None else (listing, "ticker") if listing is not None
                                    else (cat_region, "catalog") if cat_region else ("", "unknown"))
            ticker = _SUFFIX_TICKER.sub("", str(r["ticker"] or "")) or cat_ticker
            pct = float(r["pct"])  # type: ignore[arg-type]
            rows.append({
                "doc_id": doc_id, "file": file, "outlet": outlet, "published": published, "company": company,
                "ticker": ticker, "pct": pct, "qualifier": r["qualifier"], "session_date": r["session_date"],
                "kind": r["kind"], "region": region or None, "sentence": r["sentence"],
                "period_start": r["period_start"], "period_end": r["period_end"], "period": r["period"],
                "sent_id": sent_id, "para_id": para_id,
                "sector": sector or ("Index" if r["kind"] == "index" else sector_of_name(company)),
                "label": _label(pct, str(r["qualifier"])),
                "region_basis": region_basis,
                "session_basis": r["basis"] or None, "start": r["start"], "end": r["end"],
                "short_name": shorts.get(company, "") if r["kind"] == "share" else "",
                "written": written.get(company, "") if r["kind"] == "share" else "",
                "brand": brand,
            })
    described = {str(r["company"]) for r in rows if _described(str(r["company"]))}
    if described:  # (rare: one look at the corpus's text for each such name)
        texts = "\n".join(docs["text"].astype(str).tolist())
        plain = {name: _undescribed(name, texts) for name in described}
        for r in rows:
            r["company"] = plain.get(str(r["company"]), r["company"])
    return _frame(rows)


#: A page's standfirst: a sentence of five words or more under the headline, no byline ("By Jane Roe | 8 October") and
#: no site's or section's name.
_BYLINE = re.compile(r"(?:[Bb]y|BY)\s|.*\s[|·]\s")


def standfirst(title: str, head_lines: str) -> str:
    """The line of the page's head right under the headline ``title`` (``head_lines``: the corpus's JSON list of
    ``[offset, line]`` above the body) when it is a standfirst with a move figure ("Shares jump another 8.3% as the
    suitor is given more time"): a move the body may not repeat. "" when there is none."""
    try:
        lines = [str(line).strip() for _at, line in json.loads(head_lines or "[]")]
    except (ValueError, TypeError):
        return ""
    want = " ".join(title.split()).casefold()
    # the headline's line: the title itself, or one the title shortens or lengthens (a page's meta title, a site's name
    # after it)
    at = next((i for i, line in enumerate(lines) if _same_head(" ".join(line.split()).casefold(), want)), None) \
        if len(want.split()) >= 3 else None
    while at is not None and at + 1 < len(lines) and _same_head(" ".join(lines[at + 1].split()).casefold(), want):
        at += 1  # the page's meta title ("Headline | Site") over the headline itself: the standfirst is under both
    if at is None or at + 1 >= len(lines):
        return ""
    deck = " ".join(lines[at + 1].split())
    if _BYLINE.match(deck) or len(deck.split()) < 5 or not re.search(r"\b[a-z]{3,}\b", deck) \
            or not HAS_FIGURE.search(deck):
        return ""
    return deck


#: A head line that names a ticker in brackets ("Acme Tools (NYSE: ACM) | Rating: Hold", "Acme (ACM.L)").
_HEAD_TICKER = re.compile(r"\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9]{0,5}(?:[.\s][A-Z]{1,3})?\)")


def page_head(head_lines: str) -> str:
    """The lines of the page's head (``head_lines``, the corpus's JSON list of ``[offset, line]`` above the body) that
    name a ticker in brackets, one per line: a research note's or a release's header says there which company the
    body's bare ticker stands for. "" when none does."""
    if "(" not in (head_lines or ""):
        return ""
    try:
        lines = [str(line).strip() for _at, line in json.loads(head_lines)]
    except (ValueError, TypeError):
        return ""
    return "\n".join(line for line in lines if _HEAD_TICKER.search(line))


def _same_head(line: str, title: str) -> bool:
    """Whether a head line is the headline ``title`` (both folded): the same words, or one opening the other."""
    return line == title or line.startswith(title + " ") or title.startswith(line + " ") and len(line.split()) >= 3


def _story_day(docs: pd.DataFrame) -> date | None:
    """The corpus's latest publication date (or earliest possible one): the year an undated article's "on March
    14" takes, as the timeline reads it."""
    cols = [docs[c] for c in ("published", "published_earliest") if c in docs.columns]
    known = pd.concat(cols).dropna() if cols else pd.Series(dtype="datetime64[ns]")
    return known.max().date() if len(known) else None


def _content_key(title: str, text: str, published: date | None, mentions: list[Mention] | None,
                 story: date | None = None, parties: frozenset[str] = frozenset(), head: str = "") -> str:
    digest = hashlib.sha1(f"{title}\0{text}\0{published}\0{story}\0{sorted(parties)}\0{head}\0".encode())
    if mentions:
        digest.update(repr(mentions).encode())
    return digest.hexdigest()


def _article_rows(title: str, text: str, published: date | None, mentions: list[Mention] | None,
                  story: date | None = None, parties: frozenset[str] = frozenset(),
                  head: str = "") -> tuple[dict[str, object], ...]:
    """:func:`_extract_article` once per document content (see :data:`_MEMO`); the rows must not be mutated.
    ``story``: the corpus's latest publication date, for an undated article; ``head``: :func:`page_head`."""
    key = _content_key(title, text, published, mentions, story, parties, head)
    with _MEMO_LOCK:
        hit = _MEMO.get(key)
        if hit is not None:
            _MEMO.move_to_end(key)
            return hit
    has_figure = HAS_FIGURE.search(text) or HAS_FIGURE.search(title) or "|" in text  # tables: bare numbers
    rows = tuple(_extract_article(title, text, published, mentions, story, parties, head)) if has_figure else ()
    with _MEMO_LOCK:
        _MEMO[key] = rows
        while len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return rows


def _extract_article(title: str, text: str, published: date | None, mentions: list[Mention] | None,
                     story: date | None = None, parties: frozenset[str] = frozenset(),
                     page: str = "") -> list[dict[str, object]]:
    """:func:`analysis.market.extract.move_rows` over the headline and the body, offsets into the body (negative
    for the headline); ``page``: :func:`page_head`."""
    if not title.strip():
        rows = move_rows(text, published, mentions, story=story, parties=parties, page_head=page)
        for r in rows:
            r["at"] = int(r["start"]) - int(r["sent_start"])  # type: ignore[call-overload]  # the figure in its sentence
        return rows
    # the headline, and a standfirst under it as a paragraph of its own
    head = "\n\n".join(" ".join(part.split()) for part in title.split("\n\n") if part.strip()) + "\n\n"
    shift = len(head)
    if mentions:
        mentions = [(a + shift, b + shift, surface, name, kind) for a, b, surface, name, kind in mentions]
    rows = move_rows(head + text, published, mentions, story=story, parties=parties, page_head=page)
    for r in rows:
        r["at"] = int(r["start"]) - int(r["sent_start"])  # type: ignore[call-overload]  # the figure in its sentence
        r["start"] = int(r["start"]) - shift  # type: ignore[call-overload]
        r["end"] = int(r["end"]) - shift  # type: ignore[call-overload]
    return rows


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=MOVE_COLUMNS + DETAIL_COLUMNS)
    frame = frame.assign(
        **{c: pd.to_datetime(frame[c]).astype("datetime64[ns]") for c in _DATE_COLUMNS},
        pct=frame["pct"].astype("float64"),
        sent_id=frame["sent_id"].astype("int64"),
        para_id=frame["para_id"].astype("int64"),
        start=frame["start"].astype("int64"),
        end=frame["end"].astype("int64"),
    )
    return frame.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)


_INDEX_WORD_RE = re.compile(r"^the\s+|\s+index$", re.IGNORECASE)


#: A Spanish or Portuguese legal form opening a name, written out or cut short ("Compañía Minera X", "Cia Minera X",
#: "Cía. X", "Companhia X"): one word in the key.
_LEGAL_HEAD_RE = re.compile(r"^(?:Compa[nñ][ií]a|Companhia|C[ií]a\.?)\s+", re.IGNORECASE)


#: "Banking" ending a name without its legal tail ("Acme Banking" of "Acme Banking Group"): the listed group of the
#: bank the text calls "Acme Bank", one stock.
_BANKING_END = re.compile(r"\s+banking$")


def _name_key(name: str) -> str:
    """What two writings of one company or index share: the name without its legal tail ("Acme Group plc" ->
    "acme") and with a Spanish or Portuguese legal head written one way ("Cia Minera Roe" and "Compania Minera Roe"),
    a bank and its banking group one name ("Acme Bank" and "Acme Banking Group" -> "acme bank"), an index without
    the word "index" or a leading "the" ("the FTSE 100 index" -> "ftse 100")."""
    key = short_company_name(_INDEX_WORD_RE.sub("", str(name).strip())).casefold()
    # (a name written with and without a space between its words is one: "Exxon Mobil" and "ExxonMobil")
    return _BANKING_END.sub(" bank", _LEGAL_HEAD_RE.sub("compania ", key)).replace(" ", "")


#: A name opening on initials ("AB Vorn"): it may write a longer name's first words short.
_INITIALS_OPEN = re.compile(r"[A-Z]{2,4}\s")


def _initials_named(names: pd.Series, moves: pd.DataFrame) -> pd.Series:
    """``names`` with a share move's name that writes another share move's name of the corpus with initials ("AB Vorn"
    in one article, "Alder-Brand Vorn" in another: :func:`written_as_initials`; one word blending initials and the
    last word's opening, "Tepco" beside "Tokyo Electric Power": :func:`initials_blend`) replaced by that name, when one
    name only fits or one is named often (:data:`_NAMED_OFTEN` rows) and at least twice as often as any other that
    fits (writings of one name, "Acme Power" and "Acme Power Co", count as one)."""
    share = moves["kind"].eq("share") if "kind" in moves.columns else pd.Series(True, index=moves.index)
    counts = names[share].value_counts()
    listed = set(counts.index)
    full_of = {}
    for name in listed:
        if _INITIALS_OPEN.match(name):
            fits = [full for full in listed if full != name and written_as_initials(name, full)]
        elif " " not in name:
            fits = [full for full in listed if full != name and initials_blend(name, full)]
        else:
            continue
        by_key: dict[str, list[str]] = {}
        for full in fits:  # "Tokyo Electric Power" and "... Power Co": one company
            by_key.setdefault(_name_key(full), []).append(full)
        ranked = sorted(((sum(int(counts[f]) for f in fulls), key) for key, fulls in by_key.items()), reverse=True)
        if len(ranked) > 1 and not (ranked[0][0] >= _NAMED_OFTEN and ranked[0][0] >= 2 * ranked[1][0]):
            continue  # "Tepco" fits "Tokyo Electric Power" and "Tohoku Electric Power": the one named far more, or none
        if ranked:
            full_of[name] = min(by_key[ranked[0][1]], key=lambda full: (len(full), full))
    if not full_of:
        return names
    return names.where(~share, names.map(lambda n: full_of.get(n, n)))


#: How many share moves a company's full name must carry before a one-word short form of it takes that name.
_NAMED_OFTEN = 5


#: A legal form right after a name ("Mitsubishi Corp", "Sumitomo Corporation", "Acme Inc"): the name is the firm's whole
#: name, with its legal tail, not the first word of a longer one.
_LEGAL_TAIL = r"\s+(?:Corp(?:oration)?|Co|Inc|Ltd|Limited|[Pp]lc|PLC|AG|SA|SE|NV|N\.V\.|S\.A\.)\b\.?"


def _written_whole(name: str, sentences: object) -> bool:
    """Whether any of the ``sentences`` of a one-word ``name``'s moves writes the name with its legal form right after it
    (:data:`_LEGAL_TAIL`)."""
    tailed = re.compile(r"\b" + re.escape(name) + _LEGAL_TAIL)
    return any(tailed.search(str(s)) for s in sentences)  # type: ignore[attr-defined]


def _first_word_named(names: pd.Series, moves: pd.DataFrame) -> pd.Series:
    """``names`` with a share move's one-word name that another share move's name of the corpus opens on ("Vasudha"
    in a reprint, "Vasudha Fine Chemicals" in most articles; "Corvane" and "Corvane Insurance Group") replaced by that
    name, when the corpus names that company often (:data:`_NAMED_OFTEN` rows, more than the short form's) and at
    least twice as often as any other name opened by the word ("Vasudha Chemicals Pte", a unit named once, does not
    split the company; "Mitsubishi" the trading house stays apart from a "Mitsubishi UFJ Financial Group" named once
    or twice). A one-word name that is the stem of a group's name of the corpus ("Evergrande" of "China Evergrande
    Group", :func:`analysis.entities.aliases.group_stem`) takes that group's name instead."""
    share = moves["kind"].eq("share") if "kind" in moves.columns else pd.Series(True, index=moves.index)
    counts = names[share].value_counts()
    longer = [n for n in counts.index if " " in n]
    # the most named group where two share a stem (``longer`` runs from the most named down, so it is the last write)
    groups = {stem: full for full in reversed(longer) if (stem := group_stem(full)) is not None}
    full_of = {}
    for name in (n for n in counts.index if " " not in n and n[:1].isupper() and len(n) > 2):
        if norm_key(name) in groups:
            # "Evergrande" beside "China Evergrande Group" and its unit "Evergrande Property Services": the bare name
            # is the group's, as the entity layer links it, not the unit's that opens on it
            full_of[name] = groups[norm_key(name)]
            continue
        fits = sorted(((int(counts[full]), full) for full in longer if full.split()[0] == name), reverse=True)
        if fits and _written_whole(name, moves.loc[share & names.eq(name), "sentence"] if "sentence" in moves.columns else ()):
            continue  # "Mitsubishi Corp fell 6%": the trading house's own name, no short form of "Mitsubishi UFJ ..."
        if fits and fits[0][0] >= max(_NAMED_OFTEN, int(counts[name]) + 1) and (len(fits) == 1 or fits[0][0] >= 2 * fits[1][0]):
            full_of[name] = fits[0][1]
    if not full_of:
        return names
    return names.where(~share, names.map(lambda n: full_of.get(n, n)))


def _brands_of(ties: dict[str, str]) -> dict[str, str]:
    """The brand an article ties to each owner (``ties``: brand -> owner, :func:`analysis.market.coref.brand_owners`),
    by the owner's key, for an owner the article ties to one brand only."""
    found: dict[str, dict[str, str]] = {}
    for brand, owner in ties.items():
        found.setdefault(_name_key(owner), {})[_name_key(brand)] = brand
    return {owner_key: next(iter(brands.values())) for owner_key, brands in found.items() if len(brands) == 1}


def _brand_owned(names: pd.Series, moves: pd.DataFrame) -> pd.Series:
    """``names`` with a share move's name that an article of the corpus ties as a brand to its listed owner (``brand``,
    :func:`analysis.market.coref.brand_owners`: "Acme Holdings, the owner of the Bexley bakery chain") replaced by that
    owner in the articles that do not tell the tie ("Bexley shares fell 12%"), when the corpus ties the brand to one
    owner only."""
    if "brand" not in moves.columns:
        return names
    told = moves.loc[moves["brand"].fillna("").astype(str) != "", ["brand", "company"]].drop_duplicates()
    if told.empty:
        return names
    owners: dict[str, set[str]] = {}
    for brand, owner in zip(told["brand"].astype(str), told["company"].astype(str)):
        owners.setdefault(_name_key(brand), set()).add(owner)
    owner_of = {key: next(iter(found)) for key, found in owners.items() if len({_name_key(o) for o in found}) == 1}
    if not owner_of:
        return names
    share = moves["kind"].eq("share") if "kind" in moves.columns else pd.Series(True, index=moves.index)
    return names.where(~share, names.map(lambda n: owner_of.get(_name_key(n), n)))


def _written_named(names: pd.Series, moves: pd.DataFrame) -> pd.Series:
    """``names`` with a share move's name that most of its articles write another way (``written``, :func:`most_written`:
    "Quistobras" in most articles, the entity layer's "Quistobras Petroleos" from the one article that gives the formal
    name) replaced by that writing: the name the corpus's readers see, when it is one writing in more than half of
    the name's articles and in :data:`_WRITTEN_ARTICLES` of them at least."""
    if "written" not in moves.columns or "doc_id" not in moves.columns:
        return names
    share = moves["kind"].eq("share") if "kind" in moves.columns else pd.Series(True, index=moves.index)
    rows = pd.DataFrame({"name": names, "doc": moves["doc_id"].astype(str), "written": moves["written"].fillna("").astype(str)})
    rows = rows.loc[share].drop_duplicates(["name", "doc"])
    full_of = {}
    for name, group in rows.groupby("name", sort=False):
        told = group["written"][group["written"] != ""].value_counts()
        if len(told) and told.iloc[0] >= _WRITTEN_ARTICLES and 2 * told.iloc[0] > len(group):
            full_of[name] = str(told.index[0])
    if not full_of:
        return names
    return names.where(~share, names.map(lambda n: full_of.get(n, n)))


#: How many articles must write a company another way before its moves take that writing.
_WRITTEN_ARTICLES = 3


#: A founder's initial or short first name opening a shop's name ("B Quarrow", "Wm Quarrow", "WM QUARROW").
_FOUNDER_INITIAL = re.compile(r"^(?:[A-Z]\.?|Wm\.?|WM)\s+(?=[A-Z])")
#: The possessive or plural "s" closing a shop's name as people say it ("Quarrow's", "Quarrows").
_SHOP_S = re.compile(r"(?<=[a-z])(?:['’]s|s)$")


def _shop_keys(names: pd.Series, keys: pd.Series) -> pd.Series:
    """``keys`` (:func:`_name_key` of ``names``) with the writings of one shop's name as a founder's name told three
    ways made one key: with the founder's initial ("B Quarrow", "Wm Quarrow"), with the "s" people add
    ("Quarrow's", "Quarrows") or bare ("Quarrow"), when two writings at least of the corpus meet on the bare
    name (a lone "Siemens" keeps its own key)."""
    base_of: dict[str, str] = {}
    first = names.drop_duplicates()
    for name, key in zip(first, keys[first.index]):
        bare = _SHOP_S.sub("", _FOUNDER_INITIAL.sub("", name))
        if bare and bare != name:
            base_of[key] = _name_key(bare.title() if bare.isupper() else bare)
    if not base_of:
        return keys
    met = pd.Series(list(base_of.values())).value_counts()
    present = set(keys)
    merged = {key: base for key, base in base_of.items()
              if int(met.get(base, 0)) + (base in present and base not in base_of) >= 2}
    return keys.map(lambda k: merged.get(k, k)) if merged else keys


def one_name_per_company(moves: pd.DataFrame) -> pd.DataFrame:
    """``moves`` with every writing of one company or index across the corpus ("Acme Group plc" in one article,
    "Acme Group" in others; "FTSE 100 index" and "FTSE 100") replaced by the writing most articles use (the
    shortest of equals), so that the Market chart, the timeline and the CLI show one row per company and session. A
    short form an article wrote alone for a hyphenated full name (``short_name``: "Maersk" after "A.P. Moller-Maersk")
    takes that full name in every article, when no other full name claims it; so does a name that writes another's
    first words as initials ("AB Vorn" -> "Alder-Brand Vorn"), and a one-word name that a longer name of the corpus
    opens on ("Vasudha" -> "Vasudha Fine Chemicals", :func:`_first_word_named`).
    Input/output: :func:`extract_moves` rows (``company``; ``kind`` and ``short_name`` when present)."""
    if moves.empty:
        return moves
    names = moves["company"].astype(str)
    if "short_name" in moves.columns:  # "Maersk" in one article, after another introduced it as "A.P. Moller-Maersk"
        told = moves.loc[moves["short_name"].fillna("").astype(str) != "", ["short_name", "company"]].drop_duplicates()
        fulls = told.groupby("short_name")["company"].agg(list) if len(told) else pd.Series(dtype=object)
        full_of = {short: names_[0] for short, names_ in fulls.items() if len(names_) == 1}
        if full_of:
            share = moves["kind"].eq("share") if "kind" in moves.columns else pd.Series(True, index=moves.index)
            names = names.where(~share, names.map(lambda n: full_of.get(n, n)))
    names = _brand_owned(names, moves)
    names = _initials_named(names, moves)
    names = _first_word_named(names, moves)
    names = _written_named(names, moves)
    keys = _shop_keys(names, names.map(_name_key))
    counts = pd.DataFrame({"key": keys, "name": names}).groupby(["key", "name"], sort=False).size().reset_index(name="n")
    # a writing in capitals (a heading's "TESLA") gives way to one in small letters, else to the catalog's
    counts = counts.assign(length=counts["name"].str.len(), capitals=counts["name"].map(_in_capitals))
    counts = counts.sort_values(["key", "capitals", "n", "length", "name"], ascending=[True, True, False, True, True])
    chosen = {key: _written_plainly(name)
              for key, name in zip(counts.drop_duplicates("key")["key"], counts.drop_duplicates("key")["name"])}
    renamed = keys.map(chosen)
    if (renamed == moves["company"].astype(str)).all():
        return moves
    return moves.assign(company=renamed.to_numpy())


def spans_sessions(moves: pd.DataFrame) -> pd.Series:
    """True for the rows of ``moves`` that cover several sessions: a ``period_end``, or a multi-day or year-to-date
    ``period`` whose dates are unknown ("still down 55% this year" in an undated article)."""
    multi = moves["period_end"].notna() if "period_end" in moves.columns else pd.Series(False, index=moves.index)
    if "period" in moves.columns:
        multi = multi | moves["period"].isin(("multi-day", "year-to-date"))
    return multi


def single_session(moves: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``moves`` (:func:`extract_moves`) that cover one session, order kept."""
    return moves.loc[~spans_sessions(moves)].reset_index(drop=True)


def multi_day(moves: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``moves`` (:func:`extract_moves`) over several sessions or the year to date, order kept."""
    return moves.loc[spans_sessions(moves)].reset_index(drop=True)


def moves_table(moves: pd.DataFrame) -> pd.DataFrame:
    """CLI ``moves``: one row per reported move of ``moves`` (:func:`extract_moves`, possibly narrowed), columns
    :data:`MOVE_COLUMNS` (dates as ISO strings)."""
    frame = moves.loc[:, MOVE_COLUMNS]
    return frame.assign(**{c: frame[c].dt.strftime("%Y-%m-%d") for c in _DATE_COLUMNS})


def listing_regions(moves: pd.DataFrame) -> pd.DataFrame:
    """``moves`` (after :func:`one_name_per_company`) with each share row whose region nothing in its own article
    gives (``region_basis`` "unknown") given the region of the company's listing that other articles print its
    ticker with ("ACME3.SA": Latin America), when every such ticker names the same region: one company is then
    coloured alike on the market chart. A corpus step (the articles' rows are read per document)."""
    if moves.empty or "region_basis" not in moves.columns:
        return moves
    share = moves["kind"] == "share"
    listed = moves.loc[share & (moves["region_basis"] == "ticker") & moves["region"].notna()]
    regions = listed.groupby("company")["region"].agg(lambda v: v.iloc[0] if v.nunique() == 1 else None).dropna()
    fill = share & (moves["region_basis"] == "unknown") & moves["company"].isin(regions.index)
    if not fill.any():
        return moves
    moves = moves.copy()
    moves.loc[fill, "region"] = moves.loc[fill, "company"].map(regions)
    moves.loc[fill, "region_basis"] = "ticker elsewhere"
    return moves
