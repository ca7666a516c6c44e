"""Share and index moves reported in the articles ("Nvidia fell 16.9%", "Microsoft and Alphabet were down 2.14%
and over 4%, respectively", "ASML saw its share price drop by over 7%", "a sharp decline of 20%").

Sentence-level rules: a percent figure, a direction word right before it (verb list) or right after it
("a 17% drop"), and the market names in the same clause (the alias catalog, plus capitalised names in
"shares of X" / "X's shares" / "X stock" / "X (TICK)" contexts). Word lists live in ``data/moves_lexicon.json``.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd

from analysis import config
from analysis.corpus.load import Corpus
from analysis.lexicon import load_catalog
from analysis.market.sessions import session_in_text, session_in_undated_text, session_near, trading_day

LEXICON_PATH = config.PACKAGE_DIR / "data" / "moves_lexicon.json"
MOVE_COLUMNS = [
    "doc_id", "file", "outlet", "published", "company", "ticker", "pct", "qualifier", "session_date", "kind",
    "region", "sentence",
]
#: Extra columns kept for the chart (not printed by the CLI).
DETAIL_COLUMNS = ["sent_id", "para_id", "sector", "label", "region_basis", "session_basis"]

_NUM_PCT = r"(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b|pct\b)(?!\s*points?)(?!\s*percentage)"
_NAME_WORD = r"(?:[A-Z][\w&.'\-]*[\w&]|[A-Z]|&)"
_NAME = _NAME_WORD + r"(?:\s+(?:of\s+|&\s+|de\s+)?" + _NAME_WORD + r")*"
_CONTEXT_NAMES = (
    re.compile(r"\b[Ss](?:hares|tock) (?:of|in) (?:the\s+)?(?P<name>" + _NAME + r"(?:\s*(?:,|,?\s*and)\s*" + _NAME + ")*)"),
    re.compile(r"(?P<name>" + _NAME + r")(?:'s?|’s?) (?:shares|stock|share price|stock price)\b"),
    re.compile(r"(?P<name>" + _NAME + r") (?:shares|stock)\b"),
    re.compile(r"(?P<name>" + _NAME + r")\s*" + r"\((?:[A-Za-z]+:\s*)?[A-Z0-9][A-Z0-9.\-]{0,9}\)"),
)
#: "Acme Corp (ACME.O)", "Acme (NYSE: ACME)": the ticker written after a name.
_TICKER_AFTER = re.compile(r"^\s*(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|Plc|PLC|AG|SA|NV|SE)?\s*\((?:[A-Za-z]+:\s*)?(?P<ticker>[A-Z0-9][A-Z0-9.\-]{0,12})\)")
_HAS_PCT = re.compile(r"\d\s*(?:%|per\s?cent|percent|pct)", re.IGNORECASE)
_INDEX_PHRASE = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w&.\-]*\s+(?:[\w&.\-]+\s+){0,3}(?:index|Index|ETF))\b")
_GENERIC_INDEX_WORDS = frozenset({"index", "Index", "ETF", "benchmark", "the", "composite", "Composite"})
_CONNECTIVE_WORDS = frozenset(
    "and while but before after then to closed close closing ended end ending finished finish settled settle were was had have has "
    "also even briefly later earlier itself in on early late trading the session day paring pared trimming trimmed losses gains its "
    "their at one point intraday afterwards premarket after-hours hours extended of as much by".split()
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and|or)?|and|or)\s*$")
_PRONOUN = re.compile(r"\b(?:its|their|the (?:company|bank|firm|group|lender|stock|shares|chipmaker|group)(?:'s|’s)?|shares)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/moves_lexicon.json``, compiled."""

    verbs: re.Pattern[str]
    falls: frozenset[str]
    nouns_after: re.Pattern[str]
    noun_falls: frozenset[str]
    qualifiers: dict[str, str]
    qualifier_re: re.Pattern[str]
    not_move: re.Pattern[str]
    pct_of_ok: re.Pattern[str]
    not_names: frozenset[str]
    drop_prefixes: frozenset[str]
    regions: dict[str, str]
    region_re: re.Pattern[str]
    index_endings: tuple[str, ...]
    index_names: frozenset[str]
    period: re.Pattern[str]
    period_opener: re.Pattern[str]
    not_move_before: re.Pattern[str]


def _words_re(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the word lists (cached)."""
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    quals: dict[str, str] = raw["qualifiers"]
    return Lexicon(
        verbs=_words_re(raw["fall_verbs"] + raw["rise_verbs"]),
        falls=frozenset(w.lower() for w in raw["fall_verbs"]),
        nouns_after=re.compile(
            r"^\s*(?:-\s*)?(?:" + "|".join(map(re.escape, raw["fall_nouns_after_pct"] + raw["rise_nouns_after_pct"])) + r")\b",
            re.IGNORECASE,
        ),
        noun_falls=frozenset(raw["fall_nouns_after_pct"]),
        qualifiers=quals,
        qualifier_re=re.compile(r"(?:\b(?P<q>" + "|".join(re.escape(q) for q in sorted(quals, key=len, reverse=True)) + r")\s+)?$", re.IGNORECASE),
        not_move=_words_re(raw["not_move_context"]),
        pct_of_ok=_words_re(raw["pct_of_ok"]),
        not_names=frozenset(raw["not_names"]),
        drop_prefixes=frozenset(raw["name_prefixes_to_drop"]),
        regions=raw["regions"],
        region_re=_words_re(list(raw["regions"])),
        index_endings=tuple(raw["index_name_endings"]),
        index_names=frozenset(raw["index_names"]),
        period=re.compile(
            r"^(?:(?!\b(?:" + "|".join(map(re.escape, raw["clause_breaks"])) + r")\b)[^,;:.])*?\b(?:"
            + "|".join(_phrase(w) for w in raw["period_phrases"]) + r"|in\s+(?:19|20)\d{2})\b",
            re.IGNORECASE,
        ),
        period_opener=re.compile(
            r"^\s*(?:" + "|".join(_phrase(w) for w in raw["period_openers"]) + r")\b[^,;]*,", re.IGNORECASE
        ),
        not_move_before=re.compile(
            r"\b(?:" + "|".join(_phrase(w) for w in raw["not_move_context"]) + r")\s+(?:for|on|of|in|at)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    )


def _phrase(words: str) -> str:
    """A lexicon phrase as a regex: spaces match any whitespace; a bare "since" needs a word after it ("since
    March 8", not "have traded in a range since.")."""
    pattern = re.escape(words).replace(r"\ ", r"\s+")
    return pattern + r"(?=\s+[\w$])" if words == "since" else pattern


@dataclass(frozen=True)
class Subject:
    """A market name found in a sentence."""

    start: int
    end: int
    company: str
    ticker: str
    kind: str  # "share" | "index"
    sector: str
    region: str


@dataclass(frozen=True)
class Figure:
    """One percent figure with its direction and the word that gave it."""

    start: int
    end: int
    pct: float  # signed
    qualifier: str
    anchor: int  # where the direction word starts (subjects are looked for before it)
    group: int


@functools.lru_cache(maxsize=4)
def _catalog_patterns(extra: str | None = None) -> list[tuple[re.Pattern[str], dict[str, str]]]:
    from pathlib import Path

    cat = load_catalog(Path(extra) if extra else None)
    entries: list[tuple[str, dict[str, str]]] = []
    for row in cat.itertuples(index=False):
        if row.type not in ("ORG", "INDEX"):
            continue
        info = {"company": row.name, "ticker": row.ticker, "kind": "index" if row.type == "INDEX" else "share",
                "sector": row.sector, "region": row.region, "listed": "1" if (row.ticker or row.type == "INDEX") else ""}
        for alias in (row.name, *row.aliases):
            entries.append((alias, info))
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    return [(re.compile(r"(?<![\w&])" + re.escape(a) + r"(?![\w&])"), info) for a, info in entries]


def _overlaps(spans: list[Subject], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def find_subjects(sentence: str) -> list[Subject]:
    """Market names in ``sentence``: catalog companies with a ticker and indexes, catalog organisations and
    unknown capitalised names in a shares/stock context, and "... index"/"... ETF" phrases. Sorted by position."""
    lex = lexicon()
    found: list[Subject] = []
    contexts: list[tuple[int, int]] = []
    for p in _CONTEXT_NAMES:
        for m in p.finditer(sentence):  # "shares of A, B and C" gives three names
            for part in re.finditer(_NAME, m.group("name")):
                contexts.append((m.start("name") + part.start(), m.start("name") + part.end()))
    for pattern, info in _catalog_patterns():
        for m in pattern.finditer(sentence):
            in_context = any(s <= m.start() and m.end() <= e for s, e in contexts)
            if (info["listed"] or in_context) and not _overlaps(found, m.start(), m.end()):
                found.append(Subject(m.start(), m.end(), info["company"], info["ticker"], info["kind"], info["sector"], info["region"]))
    for start, end in contexts:
        name = _clean_name(sentence[start:end])
        if not name or name in lex.not_names or _overlaps(found, start, end):
            continue
        start = sentence.index(name, start)
        tick = _TICKER_AFTER.match(sentence[start + len(name):])
        found.append(Subject(start, start + len(name), name, re.sub(r"\.(?:O|N|OQ|K|A|P)$", "", tick.group("ticker")) if tick else "", _kind_of(name), "", ""))
    for m in _INDEX_PHRASE.finditer(sentence):
        name = _clean_name(m.group("name"))
        if not name:
            continue
        start = m.start("name") + m.group("name").index(name)
        end = start + len(name)
        inside = [s for s in found if start <= s.start and s.end <= end]
        rest = sentence[start:end]
        for s in inside:
            rest = rest.replace(sentence[s.start:s.end], " ")
        if inside and not (set(rest.split()) - _GENERIC_INDEX_WORDS):
            continue
        found = [s for s in found if not (s.start < end and start < s.end)]
        found.append(Subject(start, end, name, "", "index", "Index", ""))
    return sorted(found, key=lambda s: s.start)


_SUFFIXES = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "&", "AG", "SA", "NV", "SE"})


def _clean_name(name: str) -> str:
    lex = lexicon()
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    owner = re.match(r"^(?:[A-Z][\w.\-]*\s+)?[A-Z][\w.\-]*(?:'s|’s)\s+(?P<rest>[A-Z].*)$", name)
    if owner and set(owner.group("rest").split()) - _SUFFIXES:
        name = owner.group("rest")  # "Germany's DAX", "Hong Kong's Hang Seng"
    words = name.split()
    while words and words[0] in lex.drop_prefixes:
        words = words[1:]
    while words and words[-1] in _SUFFIXES:
        words = words[:-1]
    cleaned = " ".join(words).rstrip(".'’")
    return "" if cleaned in lex.not_names else cleaned


def _kind_of(name: str) -> str:
    lex = lexicon()
    return "index" if name.endswith(lex.index_endings) or name in lex.index_names else "share"


def _bare_subjects(sentence: str, start: int, anchor: int) -> list[Subject]:
    """Capitalised names forming the grammatical subject right before ``anchor`` ("Western Alliance and
    PacWest fell ..."), for names the catalog does not know."""
    region = sentence[start:anchor]
    tail = re.search(
        r"(?P<list>" + _NAME + r"(?:\s*(?:,|,?\s*and)\s*" + _NAME + r")*)\.?"
        r"(?:\s*(?:'s|’s))?(?:\s+(?:shares|stock|share price|stock price))?(?:\s+(?:were|was|had|has|closed|ended|finished|traded|also))*\s*,?\s*$",
        region,
    )
    if not tail:
        return []
    out: list[Subject] = []
    for m in re.finditer(_NAME, tail.group("list")):
        name = _clean_name(m.group(0))
        if not name:
            continue
        pos = start + tail.start("list") + m.start() + m.group(0).index(name)
        out.append(Subject(pos, pos + len(name), name, "", _kind_of(name), "", ""))
    return out


def find_figures(sentence: str) -> list[Figure]:
    """Percent figures that describe a move, each with its sign, qualifier and direction anchor.

    Skips percent-of ("40% of revenue"), levels ("fell to 4%", "from 3%"), percentage points and figures whose
    clause is about revenue, stakes, yields, polls and the like (``not_move_context``)."""
    lex = lexicon()
    figures: list[Figure] = []
    prev: Figure | None = None
    for m in re.finditer(_NUM_PCT, sentence):
        before = sentence[: m.start()]
        q = lex.qualifier_re.search(before)
        qual_text = (q.group("q") or "") if q else ""
        qual_start = m.start() - len(before) + (q.start() if q and q.group("q") else len(before))
        qualifier = lex.qualifiers.get(re.sub(r"\s+", " ", qual_text.lower()), "exact")
        after = sentence[m.end():]
        if re.match(r"\s*of\b", after) and not lex.pct_of_ok.match(after.strip()):
            prev = None
            continue
        if re.search(r"\b(?:to|from|at)\s*$", sentence[:qual_start]):
            prev = None
            continue
        if lex.period.match(after):  # "up 20% this year", "down 5% since January": not one session
            prev = None
            continue
        opener = lex.period_opener.match(sentence)  # "Since Wednesday, X has fallen 58%"
        if opener and not re.search(r";|,\s*(?:and|but|while|whereas)\b", sentence[opener.end():m.start()]):
            prev = None
            continue
        sign: int | None = None
        anchor = -1
        window = sentence[max(0, qual_start - 60):qual_start]
        verbs = list(lex.verbs.finditer(window))
        if verbs:
            v = verbs[-1]
            gap = window[v.end():]
            if re.fullmatch(r"[\s,]*(?:(?:by|some|sharply|steeply|as\s+much|nearly|more|than|about|around|another|a\s+further|further"
                            r"|[\d,.]+\s+points?|or)\s*,?\s*)*", gap):
                sign = -1 if re.sub(r"\s+", " ", v.group(0).lower()) in lex.falls else 1
                anchor = qual_start - len(window) + v.start()
        if sign is None and prev is not None and _LIST_GAP.match(sentence[prev.end:qual_start]):
            sign, anchor = (1 if prev.pct > 0 else -1), prev.anchor
        if sign is None:
            n = lex.nouns_after.match(after)
            if n and not lex.not_move.search(re.split(r"[,;]", after[n.end():n.end() + 40])[0]):
                word = n.group(0).strip(" -").lower()
                sign, anchor = (-1 if word in lex.noun_falls else 1), qual_start
        if sign is None and not qual_text and re.search(r"(?:^|[\s(])[-−–+]$", before):
            sign, anchor = (1 if before.endswith("+") else -1), m.start() - 1  # "Nvidia (-16.9%)"
            qual_start = m.start() - 1
        if sign is None:
            prev = None
            continue
        group = prev.group if (prev is not None and anchor == prev.anchor) else (prev.group + 1 if prev else len(figures))
        fig = Figure(qual_start, m.end(), sign * float(m.group("num")), qualifier, anchor, group)
        figures.append(fig)
        prev = fig
    return figures


def _blocked(sentence: str, start: int, end: int) -> bool:
    """True when the text between a subject and its figure is about revenue, stakes, yields …"""
    return bool(lexicon().not_move.search(sentence[start:end]))


def _blocked_before(sentence: str, subject: Subject) -> bool:
    """True when the words right before the subject make the figure something else ("futures for the S&P 500", "deposits at X")."""
    return subject.end > 0 and bool(lexicon().not_move_before.search(sentence[max(0, subject.start - 40):subject.start]))


_LEAD_NAME = re.compile(
    r"^(?:The\s+)?(?P<name>" + _NAME + r")\.?(?=\s*,|\s+(?:said|says|is|was|has|had|would|will|announced|reported|agreed|became|disclosed)\b)"
)


def _pronoun_subject(sentence: str, anchor: int, earlier: Sequence[str]) -> list[Subject]:
    """The company "its shares" / "the bank's stock" stands for: the last market name of the nearest earlier
    sentence that has one, or the name opening it ("Silvergate Capital Corp, a crypto lender, said ...")."""
    if not earlier or not _PRONOUN.search(sentence[:anchor]):
        return []
    for text in reversed(earlier):
        named = find_subjects(text)
        if named:
            e = named[-1]
            return [Subject(0, 0, e.company, e.ticker, e.kind, e.sector, e.region)]
        lead = _LEAD_NAME.match(text)
        name = _clean_name(lead.group("name")) if lead else ""
        if name:
            return [Subject(0, 0, name, "", _kind_of(name), "", "")]
    return []


def sentence_moves(sentence: str, earlier: Sequence[str] = ()) -> list[tuple[Subject, Figure]]:
    """Pair the move figures of one sentence with their companies or indexes.

    ``earlier`` are the previous sentences of the paragraph; the last market name in them stands for "its
    shares" / "the bank's stock" when the sentence names none.
    """
    figures = find_figures(sentence)
    if not figures:
        return []
    subjects = find_subjects(sentence)
    pairs: list[tuple[Subject, Figure]] = []
    groups: dict[int, list[Figure]] = {}
    for f in figures:
        groups.setdefault(f.group, []).append(f)
    region_start = 0
    last_subjects: list[Subject] = []
    for figs in groups.values():
        anchor = figs[0].anchor if figs[0].anchor < figs[0].start else figs[0].start
        cands = [s for s in subjects if region_start <= s.start and s.end <= anchor]
        if not cands:
            cands = _bare_subjects(sentence, region_start, anchor)
        if not cands and last_subjects and _is_connective(sentence[region_start:anchor]):
            cands = last_subjects[-1:]
        if not cands and region_start == 0:
            cands = _pronoun_subject(sentence, anchor, earlier)
        if not cands:
            region_start = figs[-1].end
            continue
        if len(cands) == len(figs):
            chosen = list(zip(cands, figs))
        elif len(figs) == 1 and len(cands) > 1 and _coordinated(sentence, cands):
            chosen = [(c, figs[0]) for c in cands]
        elif len(cands) > len(figs):
            chosen = list(zip(cands[-len(figs):], figs))
        else:
            chosen = [(cands[-1], f) for f in figs]
        for subject, fig in chosen:
            if subject.end <= fig.start and not _blocked(sentence, subject.end, fig.start) and not _blocked_before(sentence, subject):
                pairs.append((subject, fig))
        last_subjects = cands
        region_start = figs[-1].end
    return pairs


def _is_connective(text: str) -> bool:
    """True when ``text`` between two figures only continues the same subject ("before paring losses to close")."""
    words = re.findall(r"[\w\-]+", text)
    lex = lexicon()
    return len(words) <= 10 and all(
        w.lower() in _CONNECTIVE_WORDS or w in lex.not_names or lex.verbs.fullmatch(w) for w in words
    )


def _coordinated(sentence: str, cands: list[Subject]) -> bool:
    return all(re.fullmatch(r"\s*(?:,|,?\s*and)\s*", sentence[a.end:b.start]) for a, b in zip(cands, cands[1:]))


def sentence_region(sentence: str) -> str | None:
    """The market a sentence places its move in ("in Europe", "Tokyo-listed" …), or None."""
    lex = lexicon()
    m = lex.region_re.search(sentence)
    return lex.regions.get(re.sub(r"\s+", " ", m.group(0).lower())) if m else None


def _label(pct: float, qualifier: str) -> str:
    text = f"{abs(pct):g}%"
    return text if qualifier == "exact" else f"{qualifier} {text}"


def extract_moves(corpus: Corpus) -> pd.DataFrame:
    """Every reported move. Needs ``docs`` (doc_id, file, outlet, published, published_earliest) and
    ``sentences`` (doc_id, sent_id, para_id, text). Returns :data:`MOVE_COLUMNS` + :data:`DETAIL_COLUMNS`
    (``session_date`` datetime64, NaT when unknown; in an undated article a stated "March 13" takes its year from
    the corpus's latest publication date), sorted by doc_id, sent_id."""
    rows: list[dict[str, object]] = []
    sentences = corpus.sentences
    with_pct = sentences.loc[sentences["text"].str.contains(_HAS_PCT, regex=True), "doc_id"].unique()
    if len(with_pct) == 0:
        return _frame(rows)
    known = pd.concat([corpus.docs["published"], corpus.docs["published_earliest"]]).dropna()
    story_day: date | None = known.max().date() if len(known) else None
    meta_by_id = corpus.docs.set_index("doc_id").loc[:, ["file", "outlet", "published", "published_earliest"]].to_dict("index")
    chosen = sentences.loc[sentences["doc_id"].isin(set(with_pct))].sort_values(["doc_id", "sent_id"])
    records = list(zip(chosen["doc_id"], chosen["sent_id"], chosen["para_id"], chosen["text"]))
    for doc_id, group in itertools.groupby(records, key=lambda r: r[0]):
        sents = list(group)
        meta = meta_by_id[doc_id]
        published: date | None = meta["published"].date() if pd.notna(meta["published"]) else None
        earliest: date | None = meta["published_earliest"].date() if pd.notna(meta["published_earliest"]) else None
        ref = published or earliest
        paragraphs: dict[int, list[str]] = {}
        for _, _, para_id, text in sents:
            paragraphs.setdefault(para_id, []).append(text)
        doc_rows: list[dict[str, object]] = []
        earlier: list[str] = []
        last_para = None
        for _, sent_id, para_id, text in sents:
            if para_id != last_para:  # wire copy runs one sentence a paragraph: keep the previous one
                earlier, last_para = earlier[-1:], para_id
            pairs = sentence_moves(text, earlier) if _HAS_PCT.search(text) else []
            earlier = earlier + [text]
            if not pairs:
                continue
            session, basis = session_in_text(text, published, earliest), "sentence"
            if session is None and ref is None and story_day is not None:
                session, basis = session_in_undated_text(text, story_day), "sentence, year from the corpus"
            if session is None:
                session, basis = session_in_text(" ".join(paragraphs[para_id]), published, earliest), "paragraph"
            place = sentence_region(text)
            starts = sorted({fig.start for _, fig in pairs})
            for subject, fig in pairs:
                nxt = next((s for s in starts if s > fig.start), None)
                own = session_near(text, fig.start, fig.end, published, earliest, nxt) if len(starts) > 1 else None
                doc_rows.append({
                    "doc_id": doc_id, "file": meta["file"], "outlet": meta["outlet"], "published": meta["published"],
                    "company": subject.company, "ticker": subject.ticker, "pct": fig.pct, "qualifier": fig.qualifier,
                    "session_date": own or session, "kind": subject.kind, "region": place or subject.region or None,
                    "sentence": text, "sent_id": sent_id, "para_id": para_id, "sector": subject.sector or None,
                    "label": _label(fig.pct, fig.qualifier),
                    "region_basis": "sentence" if place else ("catalog" if subject.region else "unknown"),
                    "session_basis": ("figure" if own else basis) if (own or session) else None,
                })
        known = Counter(r["session_date"] for r in doc_rows if r["session_date"] is not None)
        for r in doc_rows:
            if r["session_date"] is None:
                if known:
                    r["session_date"], r["session_basis"] = known.most_common(1)[0][0], "article"
                elif ref is not None:
                    r["session_date"], r["session_basis"] = trading_day(ref), "publication date"
        rows.extend(doc_rows)
    return _frame(rows)


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=MOVE_COLUMNS + DETAIL_COLUMNS)
    frame = frame.assign(
        session_date=pd.to_datetime(frame["session_date"]),
        published=pd.to_datetime(frame["published"]),
        pct=frame["pct"].astype("float64"),
    )
    return frame.sort_values(["doc_id", "sent_id"], kind="stable").reset_index(drop=True)


def moves_table(moves: pd.DataFrame) -> pd.DataFrame:
    """CLI ``moves``: one row per reported move of ``moves`` (:func:`extract_moves`, possibly narrowed), columns
    :data:`MOVE_COLUMNS` (dates as ISO strings)."""
    frame = moves.loc[:, MOVE_COLUMNS]
    return frame.assign(
        published=frame["published"].dt.strftime("%Y-%m-%d"),
        session_date=frame["session_date"].dt.strftime("%Y-%m-%d"),
    )
