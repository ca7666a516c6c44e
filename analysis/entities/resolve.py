"""Entities of a corpus: every mention of a person, organisation, place, index or product, merged across the
articles into one canonical name per entity.

:func:`entity_mentions` is the one heavy step (one row per mention); everything else derives from it: the entity
filter (:mod:`analysis.pipeline`), :func:`entity_table` (CLI ``entities``) and the Entities page's table and
heatmap (:mod:`analysis.entities.chart`).

Per document, :func:`analysis.entities.recognize.recognize_rows` reads the headline (``docs.title``) and the
body (``docs.text``): candidate spans, one type per entity from the evidence of all its mentions, aliases within
the document and the credit lines. :func:`analysis.entities.aliases.link_entities` then merges the names across
the corpus. The user's merges and renames (:mod:`analysis.entities.edits`) are applied by the pipeline.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Literal

import re

import numpy as np
import pandas as pd

from analysis.corpus.load import HEAD_LINES, Corpus
from analysis.entities.aliases import LAST, WEIGHT, link_entities
from analysis.entities.credits import credit_kind, credit_regions
from analysis.entities.evidence import FORM, FUND_SCORE, STRONG, WEAK
from analysis.entities.grouping import FIGURE_CELL_RE, rundown_headings
from analysis.entities.catalog import catalog_company, get_lexicon
from analysis.entities.gazetteer import GAZETTEER_SCORE, UNTYPED_NAME_SCORE, gazetteer_names
from analysis.entities.recognize import recognize_rows, recognize_rows_scored
from analysis.entities.spans import sentence_initial, used_lowercase
from analysis.lexicon import load_catalog

EntityType = Literal["PERSON", "ORG", "PLACE", "PRODUCT", "INDEX", "OTHER"]
MENTION_COLUMNS = ["doc_id", "sent_id", "entity", "type", "alias", "start", "end", "role", "aliases"]
TABLE_COLUMNS = ["file", "outlet", "entity", "type", "mentions", "aliases"]
CREDIT_COLUMNS = ["doc_id", "name", "type", "credit", "line", "where"]
_CREDIT_LINE_CHARS = 200
_CREDIT_TYPES = ("PERSON", "ORG", "PLACE")  # a dateline's place is shown with its wire
TYPE_RANK = {"PERSON": 0, "ORG": 1, "PLACE": 2, "INDEX": 3, "PRODUCT": 4, "OTHER": 5}
HEADLINE_SEP = "\n\n"
_CODE_RE = r"[A-Z][A-Z0-9&]*[A-Z](?:-[A-Z0-9]+)*s?"
# a sub-heading inside the body: a short line of its own, no full stop, every longer word capitalised
_LINE_RE = re.compile(r"[^\n]+")
_LONG_WORD_RE = re.compile(r"[^\W\d_][\w’'-]{3,}")
_HEADING_MAX_WORDS = 10
# a list row of figures ("Meituan: -4.87%", "BNP Paribas (BNPP.PA) -2.9%", "Fanuc (6954) +4.05 pct") is not a heading
_FIGURE_ROW_RE = re.compile(r"\d\s*(?:%|pct\b|per[ \t]?cent\b|percent\b)|\([^()\n]*\)|(?:^|\s)[+\-−–]\d")


def _document_text(title: object, text: str) -> tuple[str, int, int]:
    """The text read for one document: ``(full, headline_end, offset)`` where ``full`` is the headline, a blank
    line and the body (or the body alone when it has no headline, or already starts with it) and ``offset`` is
    where the body starts in ``full``."""
    head = str(title).strip() if isinstance(title, str) else ""
    if not head or text.lstrip().startswith(head):
        return text, 0, 0
    return head + HEADLINE_SEP + text, len(head), len(head) + len(HEADLINE_SEP)


_CELL_MAX_WORDS = 6
_MIN_FIGURE_CELLS = 2


def _body_cells(run: list[int], figure: list[bool]) -> list[int]:
    """The cells of a table's body in ``run`` (line indexes of the consecutive cells, ``figure`` telling which hold
    only a figure): every cell from the first row's label on. The first row's labels are as many cells before its
    first figure as the second row has labels before its figures; the cells above them are the header."""
    first = figure.index(True)
    k = first
    while k < len(run) and figure[k]:
        k += 1
    labels = 0
    while k < len(run) and not figure[k]:
        labels += 1
        k += 1
    if k >= len(run):
        return []  # one row of figures: no table to read
    return run[max(0, first - labels):]


def _table_cells(lines: list[re.Match[str]]) -> set[int]:
    """Indexes of the lines that are the body cells of a table read one cell per line (an HTML table: "Company",
    "Ticker", "Change", "Quist Bank", "QSTB", "-2.7%", ...): a run of consecutive short lines, no sentence among
    them, holding at least two cells that are only a figure, without its header row (:func:`_body_cells`). A name
    in such a cell is no sub-heading."""
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        figure = [FIGURE_CELL_RE.fullmatch(lines[k].group().strip()) is not None for k in run]
        if sum(figure) >= _MIN_FIGURE_CELLS:
            out.update(_body_cells(run, figure))
        run.clear()

    for k, m in enumerate(lines):
        line = m.group().strip()
        if not line:
            continue
        if len(line.split()) <= _CELL_MAX_WORDS and line[-1] not in ".!?:;\"”":
            run.append(k)
        else:
            close()
    close()
    return out


def _heading_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sub-headings of ``text``: lines of at most ten words, not ending like a sentence
    (a question mark is allowed), whose words of four letters or more are all capitalised; a row of a list of
    figures (a percentage, a signed figure or a parenthesised ticker) is not a heading, nor a cell of a table read
    one cell per line (:func:`_table_cells`), nor a source's line ("Source: Quist Wire", :func:`source_outlet`)."""
    spans = []
    lines = list(_LINE_RE.finditer(text))
    cells = _table_cells(lines)
    for k, m in enumerate(lines):
        if k in cells:
            continue
        line = m.group().strip()
        if not line or len(line.split()) > _HEADING_MAX_WORDS or line[-1] in ".!:;,\"”'’)" \
                or _FIGURE_ROW_RE.search(line) or source_outlet(line) is not None:
            continue  # (nor "Source: Quist Wire", a reprint's credit to the outlet it names)
        long_words = _LONG_WORD_RE.findall(line)
        if long_words and all(w[0].isupper() for w in long_words):
            spans.append((m.start(), m.end()))
    return spans


def _drop_heading_only(rows: list[tuple[int, int, str, str, str, str]], text: str,
                       offset: int, full: str = "") -> list[tuple[int, int, str, str, str, str]]:
    """``rows`` (:func:`recognize_rows` tuples) without the mentions that sit in a sub-heading of the body and
    name nothing the rest of the document names (title-case headings such as "Surpassing Proprietary Models"
    are not names). A rundown's heading naming its company (``grouping.rundown_headings`` of ``full``, the text
    the rows' offsets point into: "QUIST TIN" before "The tin miner slid ...") stays."""
    if not rows:
        return rows
    spans = _heading_spans(text)
    if not spans:
        return rows
    rundown = rundown_headings(full, get_lexicon()) if full else {}
    in_heading = [r[0] not in rundown and any(lo <= r[0] - offset < hi for lo, hi in spans) for r in rows]
    if not any(in_heading):
        return rows
    elsewhere = {r[3] for r, h in zip(rows, in_heading, strict=True) if not h and r[0] >= offset}
    return [r for r, h in zip(rows, in_heading, strict=True) if not h or r[3] in elsewhere]


def _sentence_ids(frame: pd.DataFrame, sentences: pd.DataFrame) -> np.ndarray:
    """The ``sent_id`` of the sentence holding each mention's ``start`` (-1 for a headline mention): one sorted
    search over (document, offset) keys for the whole corpus."""
    out = np.full(len(frame), -1, dtype=np.int64)
    if frame.empty or sentences.empty:
        return out
    codes, _ = pd.factorize(pd.concat([sentences["doc_id"], frame["doc_id"]], ignore_index=True).astype(str))
    s_code, m_code = codes[: len(sentences)].astype(np.int64), codes[len(sentences):].astype(np.int64)
    s_start = sentences["char_start"].to_numpy(dtype=np.int64)
    m_start = frame["start"].to_numpy(dtype=np.int64)
    span = int(max(s_start.max(initial=0), m_start.max(initial=0))) + 2
    s_key = s_code * span + s_start
    order = np.argsort(s_key, kind="stable")
    s_key, s_doc, s_id = s_key[order], s_code[order], sentences["sent_id"].to_numpy(dtype=np.int64)[order]
    pos = np.searchsorted(s_key, m_code * span + np.maximum(m_start, 0), side="right") - 1
    inside = (pos >= 0) & (m_start >= 0)
    pos = np.clip(pos, 0, None)
    inside &= s_doc[pos] == m_code
    out[inside] = s_id[pos[inside]]
    return out


_TYPING_EVIDENCE = STRONG  # a mention whose entity was typed by at least this much evidence in its article


def _one_type(linked: pd.DataFrame) -> pd.Series:
    """One type per entity across the corpus: the type most of its story mentions have (ties: PERSON, ORG,
    PLACE, INDEX, PRODUCT, OTHER); a mention typed by no evidence at all (a bare name's default, or two name-shaped
    words taken for a person: "Quistley Vane said" beside "Quistley Vane LLP") does not vote when some article
    types the entity by strong evidence. An entity seen only in credits keeps its credits' type."""
    story = linked.loc[linked["role"] == "story"]
    base = story if not story.empty else linked
    if "evidence" in base.columns:
        # an article that types a name by grammar or by its form ("the Quist models", "in Harwick or in
        # Brindleford") outvotes the articles that only guessed a bare name's type (``recognize_rows_scored``)
        score = base["evidence"].fillna(0.0)
        with_evidence = set(base.loc[score >= _TYPING_EVIDENCE, "entity"])
        # weak cues that agree ("at Quistwick" in one article, "in Quistwick" in another) outvote the guesses too;
        # not weak cues of two types ("the app Quist", "sales at Quist"), nor a person's guess led by a listed given
        # name ("Jane" alone), which is a cue of its own
        given = get_lexicon().given_names
        weak = base.loc[(score >= WEAK) & (score < _TYPING_EVIDENCE), ["entity", "type"]]
        agreed = weak.groupby("entity")["type"].nunique()
        with_evidence |= {e for e in agreed.index[agreed == 1] if str(e).split(" ", 1)[0] not in given}
        guessed = score <= 0.0  # a bare name's default or two name-shaped words taken for a person
        base = base.loc[~guessed | ~base["entity"].isin(with_evidence)]
        # an entity typed by strong evidence as one type only ("recalling 1.4 million Zorbloc sets": a product) is
        # that type; the weak cues of another type in a few other articles ("The Zorbloc sets, sold since ...", a
        # subject's guess) do not outvote it by their number, unless they outnumber its mentions more than twice (one
        # article's slip, "Jo Roe, Quistnews, Washington", against an outlet named in a hundred)
        score = base["evidence"].fillna(0.0)
        strong = base.loc[score >= _TYPING_EVIDENCE, ["entity", "type"]].drop_duplicates()
        sole = strong.drop_duplicates("entity", keep=False)
        if "doc_id" in base.columns:
            # a type strong evidence gives in three times as many articles as every other type's strong evidence
            # together is as good as the only one ("its Quistpen inhaler" in twelve articles, a headline's slip
            # that took "Quistpen" for a person in one)
            articles = base.loc[score >= _TYPING_EVIDENCE, ["entity", "type", "doc_id"]].drop_duplicates() \
                .groupby(["entity", "type"]).size().rename("n").reset_index()
            total = articles.groupby("entity")["n"].transform("sum")
            ruling = articles.loc[(articles["n"] >= 3 * (total - articles["n"])) & (total > articles["n"])]
            if not ruling.empty:
                sole = pd.concat([sole, ruling[["entity", "type"]]], ignore_index=True)
        if not sole.empty:
            sole_type = dict(zip(sole["entity"], sole["type"], strict=True))
            wanted = base["entity"].map(sole_type)
            weight = base[WEIGHT] if WEIGHT in base.columns else pd.Series(1, index=base.index)
            mine = weight[wanted == base["type"]].groupby(base["entity"]).sum()
            others = weight[wanted.notna() & (wanted != base["type"])].groupby(base["entity"]).sum()
            outvoted = {e for e, n in others.items() if n > 2 * mine.get(e, 0)}
            wanted = wanted.where(~base["entity"].isin(outvoted))
            base = base.loc[wanted.isna() | (wanted == base["type"]) | (score >= _TYPING_EVIDENCE)]
    # a row standing for several mentions (:data:`WEIGHT`) votes for each of them
    counts = (base.groupby(["entity", "type"])[WEIGHT].sum() if WEIGHT in base.columns
              else base.groupby(["entity", "type"]).size()).reset_index(name="n")
    counts = counts.assign(rank=counts["type"].map(TYPE_RANK).fillna(9))
    best = counts.sort_values(["entity", "n", "rank"], ascending=[True, False, True]).drop_duplicates("entity")
    by_entity = dict(zip(best["entity"], best["type"], strict=True))
    if "evidence" in base.columns:
        # an index named in a list of moves reads like a company ("- Quix-Lenders -5.1%"); an article that names it as
        # an index by its form ("the Quix-Lenders sector index") types it, unless an article types it a company so
        index_form = base.loc[(base["type"] == "INDEX") & (base["evidence"].fillna(0.0) >= FORM), "entity"]
        org_form = set(base.loc[(base["type"] == "ORG") & (base["evidence"].fillna(0.0) >= FORM), "entity"])
        for name in set(index_form) - org_form:
            if by_entity.get(name) == "ORG":
                by_entity[name] = "INDEX"
        # an exchange-traded fund one article names so ("the Quist Oil Fund, an exchange-traded fund") is a fund in
        # every article, over the organisation its head word "Fund" makes of it elsewhere
        for name in set(base.loc[(base["type"] == "INDEX") & (base["evidence"] == FUND_SCORE), "entity"]):
            by_entity[name] = "INDEX"
    # an acronym or code name one article reads as a term ("chronic quistal fibrosis (CQF)", "the QUEST-AF
    # trial") is that term in every article: elsewhere only its capitals made it an organisation
    terms = story.loc[(story["type"] == "OTHER") & story["entity"].astype(str).str.fullmatch(_CODE_RE), "entity"]
    for name in set(terms):
        if by_entity.get(name) == "ORG":
            by_entity[name] = "OTHER"
    return linked["entity"].map(by_entity).fillna(linked["type"])


FOUND_COLUMNS = ["doc_id", "start", "end", "surface", "name", "type", "role", "evidence"]


# words an outlet's name carries beside the name it uses for itself ("Zorbo Talk Magazine", "The Quist Hour
# (podcast)" names itself "Zorbo Talk", "The Quist Hour")
_OUTLET_KINDS = frozenset({"magazine", "podcast", "newsletter", "online", "radio", "tv", "blog", "show", "edition",
                           "english", "print", "web", "video"})
_BRACKETS_RE = re.compile(r"\(([^()]*)\)")


def _outlet_key(name: object) -> str:
    """A name or an outlet without a leading "The", bracketed notes and a last word naming the kind of outlet,
    lower-cased ("" for no outlet)."""
    if not isinstance(name, str):
        return ""
    if any(not set(note.lower().split()) <= _OUTLET_KINDS for note in _BRACKETS_RE.findall(name)):
        return ""  # "Zorbo Bank (press release)": the organisation that speaks is the story's, not a medium
    words = _BRACKETS_RE.sub(" ", name).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in _OUTLET_KINDS:
        words = words[:-1]
    return " ".join(words).lower()


def _outlet_initials(name: object) -> tuple[str, ...]:
    """The initials of an outlet's name of two words or more, without a leading "The" and with it ("Quist Trade
    Journal" -> "QTJ"; "The Quist Review" -> "QR" and "TQR"; none for a name of one word): the label its interviewer
    goes by in a Q&A ("QTJ: Is that an overreaction?", "TQR: Will there be a quota?")."""
    if not isinstance(name, str):
        return ()
    words = [w for w in _BRACKETS_RE.sub(" ", name).split() if w[:1].isupper()]
    if words and words[0] == "The":
        return ("".join(w[0] for w in words[1:]), "".join(w[0] for w in words)) if len(words) >= 3 else ()
    return ("".join(w[0] for w in words),) if len(words) >= 2 else ()


_LABEL_AFTER_RE = re.compile(r"[ \t]*(?::|\||[ \t](?:[Ee]ditor['’]s[ \t]+)?[Nn]otes?[ \t]*:)")  # (and "Quist Digest note:")
# the outlet's own work on a text it took from elsewhere: "This report first appeared on X and has been edited and
# expanded by Quist Digest."
_EDITED_BY_RE = re.compile(r"\b(?:edited|expanded|updated|adapted|translated|abridged)(?:[ \t]+and[ \t]+[a-z]+)?"
                           r"[ \t]+by[ \t]+(?:the[ \t]+)?\Z")


# the label of a live page after the outlet's name: "Quist Business live coverage, Thursday, Nov. 14.", "Quist Daily
# live blog:", "Quist TV live updates"
_LIVE_LABEL_RE = re.compile(r"[ \t]+live[ \t]+(?:coverage|blog|updates?|reporting)\b", re.I)


def _label_at(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` opens its line and a colon follows it (a speaker's label in a Q&A; the
    outlet's note, "Quist Digest note: the company has not replied"), a bar (a
    masthead's or a sign-off's cells: "Quist Digest | Zurich | 14.07.2026") or a live page's label ("Quist Digest
    live coverage, Thursday"), or when a note on the text's editing names it ("... has been edited and expanded by
    Quist Digest")."""
    return (start == 0 or text[start - 1] == "\n") and bool(_LABEL_AFTER_RE.match(text, end)
                                                            or _LIVE_LABEL_RE.match(text, end)) \
        or bool(_EDITED_BY_RE.search(text, max(0, start - 40), start))


# the page around a story that names its own outlet: a masthead's or a breadcrumb's cells after the name opening its
# line ("Quist Examiner - Business - May 7, 2024", "Quist Investor > Markets > Retail"), a data or source label
# before it ("Data: Quist Markets."), a line that promotes the outlet ("Sign up for Quist's newsletter", "Follow
# Quist on Twitter and Facebook.", "Trending on Quist: ...")
_FURNITURE_CELL_AFTER_RE = re.compile(r"[ \t]+[-–—>·][ \t]")
_FURNITURE_LABEL_BEFORE_RE = re.compile(r"(?:Data|Source|Sources|Chart|Graphic|Graphics|Prices|Figures)[ \t]*:[ \t]*"
                                        r"(?:[^\n:]*?[,;][ \t]*)?(?:[Tt]he[ \t]+)?\Z")
# (also a line that sells it or disclaims: "Quist Weekly subscribers can read ...", "log in to Quist Pro", "Quist
# Daily is not a registered investment adviser")
_PROMO_LINE_RE = re.compile(r"\b(?:[Ss]ign[ \t]+up\b|[Ss]ubscribe\b|[Ss]ubscribers\b|[Ll]og[ \t]?in[ \t]+to\b|"
                            r"[Ff]ollow[ \t]+(?:us|[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*)*)"
                            r"[ \t]+on\b|[Tt]rending[ \t]+on\b|registered[ \t]+investment[ \t]+advis[eo]r\b|"
                            r"[Nn]ot[ \t]+investment[ \t]+advice\b)")
# the note under a story about a death that gives readers a help line: "call or text the Quist Lifeline", "the Zorbo
# Listeners can be reached by phone on 0800 ...", "can be contacted on ..."
_HELPLINE_LINE_RE = re.compile(r"\b(?:call[ \t]+or[ \t]+text|can[ \t]+be[ \t]+(?:reached|contacted)[ \t]+(?:by|on|at)"
                               r"[ \t]+(?:call|phone|text|\d))")
# the words that name a desk or a team of the outlet after its first word ("Quist Data Desk", "By Quist Markets Desk")
_DESK_WORDS = frozenset({"desk", "staff", "team", "newsroom"})


def _own_outlet_name(name: str, surface: str, own: str) -> bool:
    """True when ``name`` (or its ``surface``) is the article's own outlet (``own``, an :func:`_outlet_key`): the
    whole key, the words of a shorter form ("Quist" of "Quist Investor", "Courier" of "The Basin Courier") or a desk
    of it ("Quist Data Desk" of "Quist Energy Review")."""
    if not own:
        return False
    own_words = own.split()
    for key in (_outlet_key(name), _outlet_key(surface)):
        words = key.split()
        if not words:
            continue
        if key == own or set(words) <= set(own_words) or words[0] == own_words[0] and words[-1] in _DESK_WORDS:
            return True
    return False


def _page_furniture(text: str, start: int, end: int, name: str, surface: str, etype: str, own: str) -> bool:
    """True for a mention in the page around the story rather than in it: the article's own outlet opening a
    masthead's or a breadcrumb's line (or a desk's label), after a data or source label, or on a line that promotes
    the outlet, and a social network that line asks readers to follow ("Follow Quist on Twitter and Facebook."); and
    any organisation of a help line's note ("call or text the Quist Lifeline")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if etype == "ORG" and _HELPLINE_LINE_RE.search(line) is not None:
        return True  # "Anyone who needs support can call or text the Quist Lifeline": a help line's note under the story
    if etype == "ORG" and surface in get_lexicon().social_platforms:
        return _PROMO_LINE_RE.search(line) is not None and re.search(r"\b[Ff]ollow\b", line) is not None
    if not _own_outlet_name(name, surface, own):
        # the outlet's own paid service on a line that sells it ("log in to Quist Brief Pro" of "Quist Brief")
        return bool(own) and _outlet_key(name).startswith(own + " ") and _PROMO_LINE_RE.search(line) is not None
    if start == line_start and (_FURNITURE_CELL_AFTER_RE.match(text, end) or text[end:end + 1] == ":"):
        return True  # (and a desk's label over its box: "Quist Data Desk: store closures to date ...")
    if _FURNITURE_LABEL_BEFORE_RE.search(text[line_start:start]) is not None:
        return True
    return _PROMO_LINE_RE.search(line) is not None


# "Freedonia's trade ministry", "the transport ministry": a ministry named by its portfolio in lower case
_PORTFOLIO_MINISTRY_RE = re.compile(r"\b(?:the|[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?['’]s)[ \t]+"
                                    r"((?:[a-z]+[ \t]+)?([a-z]+)[ \t]+ministry)\b")
_PORTFOLIO_MINISTRY_FORM = re.compile(r"(?:[a-z]+ )?[a-z]+ ministry")
# a minister's title that lists the portfolios of the ministry's full name ("Energy, Mines and Industry Minister")
_MINISTER_PORTFOLIOS_RE = re.compile(r"\b((?:[A-Z][a-z]+,[ \t]+)*[A-Z][a-z]+[ \t]+and[ \t]+[A-Z][a-z]+)[ \t]+"
                                     r"[Mm]inister\b")


def _portfolio_ministries(text: str) -> list[tuple[int, int, str, str, str, str, float]]:
    """Rows (as :func:`recognize_rows_scored`'s) for the ministries ``text`` names by their portfolio in lower case
    ("Freedonia's trade ministry"): the corpus step reads each as the one "Ministry of ..." of that portfolio the
    corpus names in full, and drops it where there is none (`_ministries_named_in_full`)."""
    if "ministry" not in text:
        return []
    portfolios = get_lexicon().portfolio_words
    titled = [m.group(1) for m in _MINISTER_PORTFOLIOS_RE.finditer(text)
              if all(w in portfolios for w in m.group(1).replace(",", " ").split() if w != "and")]
    rows = []
    for m in _PORTFOLIO_MINISTRY_RE.finditer(text):
        if m.group(2).title() not in portfolios:
            continue
        # "Energy, Mines and Industry Minister Jo Roe" then "the industry ministry": the ministry her title names
        named = [t for t in titled if m.group(2).title() in t.replace(",", " ").split()]
        name = f"Ministry of {named[0]}" if len(set(named)) == 1 else m.group(1)
        rows.append((m.start(1), m.end(1), m.group(1), name, "ORG", "story", STRONG))
    return rows


# "the Quistford stock exchange", "a Quistford stock exchange filing": a town's exchange named in lower case after
# the town (one or two words)
_PLACE_EXCHANGE_RE = re.compile(r"\b(?:[Tt]he|[Aa])[ \t]+((?:([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+)stock[ \t]+exchange)\b(?!s)")


def _place_exchanges(text: str) -> list[tuple[int, int, str, str, str, str, float]]:
    """Rows (as :func:`recognize_rows_scored`'s) for the stock exchanges ``text`` names by their place in lower case
    ("the Quistford stock exchange"): the organisation a filing or a listing is with, named as plainly as "the
    Quistford Stock Exchange" (the place alone is then no mention of its own)."""
    if "stock exchange" not in text:
        return []
    places = get_lexicon().places
    return [(m.start(1), m.end(1), m.group(1), m.group(1), "ORG", "story", STRONG)
            for m in _PLACE_EXCHANGE_RE.finditer(text) if m.group(2) in places]


# a research note's header line naming its authors by their role: "Analysts: Jane Roe, CFA (lead) · Jo Quist",
# "Analyst: Jane Roe | Associate: Jo Quist"; its cells split at bars, dots, semicolons and commas
_AUTHOR_CELL_RE = re.compile(r"[ \t]*[|·•;,][ \t]*")
_AUTHOR_LABEL_RE = re.compile(r"^[ \t]*([A-Z][a-z]+)[ \t]*:[ \t]*")
_AUTHOR_NAME_RE = re.compile(r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?(?:[ \t]+[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?){1,2}")


def research_authors(line: str) -> list[str]:
    """The people a research note's header line names as its authors ("Analysts: Jane Roe, CFA (lead) · Jo Quist"
    -> ["Jane Roe", "Jo Quist"]): the cells after a research role's label (``research_labels``: Analyst, Analysts,
    Strategist ...) up to another label, each a name of two or three capitalised words before any bracket (no
    "CFA", no phone number)."""
    labels = get_lexicon().research_labels
    out: list[str] = []
    named = False  # inside a research role's cells ("16 March | Analyst: Jane Roe, CFA | +81 3 5555 0123")
    for cell in _AUTHOR_CELL_RE.split(line):
        label = _AUTHOR_LABEL_RE.match(cell)
        if label is not None:  # "Analysts: Jane Roe", "| Associate: Jo Quist"
            named = label.group(1) in labels
            cell = cell[label.end():]
        name = cell.split("(", 1)[0].strip()
        if named and _AUTHOR_NAME_RE.fullmatch(name) and not any(w.isupper() for w in name.split()):
            out.append(name)
    return out


def _head_line_authors(head: object) -> list[tuple[int, int, str, str, str, str, float]]:
    """Rows (as :func:`recognize_rows_scored`'s, out of the body: offsets -1 as a headline's) for the authors a
    research note names in a header line that cleaning took out of its body (``head_lines``, a JSON list of
    ``[offset, line]``): the people who wrote the note, named in it as a reader sees it."""
    if not isinstance(head, str) or ":" not in head:
        return []
    try:
        lines = json.loads(head)
    except ValueError:
        return []
    return [(-1, -1, name, name, "PERSON", "story", FORM + STRONG)
            for _, line in lines if isinstance(line, str) for name in research_authors(line)]


def _body_line_authors(text: str, found: set[str]) -> list[tuple[int, int, str, str, str, str, float]]:
    """Rows (as :func:`_head_line_authors`', at their place in ``text``) for the authors a header line left in the
    body names (:func:`research_authors`) that the article's reading did not find (``found``: its names): "Raj
    Menon (+65 6800 4411)" after a first analyst, his telephone number read as part of the line's noise."""
    if ":" not in text or not any(f"{label}:" in text for label in get_lexicon().research_labels):
        return []
    rows = []
    at = 0
    for line in text.split("\n"):
        for name in research_authors(line):
            where = line.find(name)
            if name not in found and where >= 0:
                rows.append((at + where, at + where + len(name), name, name, "PERSON", "story", FORM + STRONG))
        at += len(line) + 1
    return rows


# a reprint's line naming the outlet it took the story from: "Source: Quist Wire", "Tue, 7 Dec · Source: Quist Post"
_SOURCE_LABEL_RE = re.compile(r"(?:^|[|·•][ \t]*)Source:[ \t]*", re.MULTILINE)
_SOURCE_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’.-]*){0,4}")
_SOURCE_END_RE = re.compile(r"[ \t]*(?:[|·•;,(]|&middot;|[ \t]-[ \t]|\d)")


def source_outlet(line: str) -> str | None:
    """The outlet a line names as the source of a story ("Source: Quist Wire &middot; 20 Jul 2024" -> "Quist
    Wire"), or None: a name of one to five capitalised words after the label, up to a cell's mark or a date."""
    m = _SOURCE_LABEL_RE.search(line)
    if m is None:
        return None
    rest = line[m.end():]
    end = _SOURCE_END_RE.search(rest)
    name = (rest[:end.start()] if end else rest).strip()
    return name if _SOURCE_NAME_RE.fullmatch(name) else None


def _head_line_sources(head: object, own: str) -> list[tuple[int, int, str, str, str, str, float]]:
    """Rows (as :func:`_head_line_authors`') for the outlet a reprint names as its source in a header line that
    cleaning took out of its body ("Source: Quist Post"), when it is not the article's own outlet (``own``, its
    key): the wire or paper whose story the page carries, named as a reader sees it."""
    if not isinstance(head, str) or "Source:" not in head:
        return []
    try:
        lines = json.loads(head)
    except ValueError:
        return []
    names = [source_outlet(line) for _, line in lines if isinstance(line, str)]
    return [(-1, -1, name, name, "ORG", "story", FORM + STRONG) for name in names
            if name is not None and _outlet_key(name) != own and _outlet_key(name)]


def _source_line_at(text: str, start: int) -> bool:
    """True when the line of ``text`` holding ``start`` names its story's source ("Source: Quist Wire")."""
    label = _SOURCE_LABEL_RE.search(text, text.rfind("\n", 0, start) + 1, start)
    return label is not None and label.end() == start


def _ministries_named_in_full(linked: pd.DataFrame) -> None:
    """Reads the forms of :func:`_portfolio_ministries` ("trade ministry") as the one organisation of the corpus
    named "Ministry of ..." with that portfolio among its words ("Ministry of Trade and Industry"), in place; a form
    with none, or with two, is left untyped (dropped): a ministry named only by its portfolio is named generically."""
    surface = linked["surface"].astype(str)
    form = surface.str.fullmatch(_PORTFOLIO_MINISTRY_FORM).to_numpy()
    if not form.any():
        return
    entity = linked["entity"].astype(str)
    # (a form a minister's title in its article named in full counts as the ministry's full name too)
    full = sorted(set(entity[(linked["type"] == "ORG").to_numpy() & entity.str.startswith("Ministry of ")]))
    aliases = dict(zip(entity, linked["aliases"].astype(str), strict=True))
    for idx in linked.index[form]:
        portfolio = surface[idx].split()[-2].title()
        targets = [name for name in full if portfolio in name.replace(",", " ").split()]
        if len(targets) == 1:
            linked.loc[idx, "entity"] = targets[0]
            linked.loc[idx, "aliases"] = aliases[targets[0]]
        else:
            linked.loc[idx, "type"] = ""


def recognized_mentions(corpus: Corpus) -> pd.DataFrame:
    """The per-document half of :func:`entity_mentions`: every mention each document names on its own
    (:data:`FOUND_COLUMNS`; ``name`` is the document's canonical name, offsets into ``docs.text``, -1 in the
    headline). A pure function of each document, so it may run on any part of the corpus (a worker's chunk)."""
    titles = corpus.docs["title"] if "title" in corpus.docs.columns else pd.Series([None] * len(corpus.docs))
    outlets = corpus.docs["outlet"] if "outlet" in corpus.docs.columns else pd.Series([None] * len(corpus.docs))
    rows: list[tuple[int, int, str, str, str, str, float]] = []
    doc_col: list[object] = []
    seen: dict[tuple[str, int], list[tuple[int, int, str, str, str, str, float]]] = {}  # reprints are read once
    # the corpus's outlets: one named in an article is a publication, no person ("He spoke to The Quist Review")
    given = get_lexicon().given_names
    media = {key for key in map(_outlet_key, outlets.dropna().unique()) if key and " " in key
             and key.split()[0].title() not in given}
    heads = corpus.docs[HEAD_LINES] if HEAD_LINES in corpus.docs.columns else pd.Series([None] * len(corpus.docs))
    for doc_id, title, text, outlet, head in zip(corpus.docs["doc_id"], titles, corpus.docs["text"], outlets, heads,
                                                 strict=True):
        full, headline_end, offset = _document_text(title, str(text))
        found = seen.get((full, headline_end))
        if found is None:
            found = _drop_heading_only(recognize_rows_scored(full, headline_end), str(text), offset, full)
            seen[(full, headline_end)] = found
        own = _outlet_key(outlet)
        exchanges = _place_exchanges(str(text))
        kept = 0
        for start, end, surface, name, etype, role, score in found:
            if exchanges and etype == "PLACE" and start >= offset \
                    and any(a <= start - offset and end - offset <= b for a, b, *_ in exchanges):
                continue  # "Quistford" of "the Quistford stock exchange": the exchange's name is the mention
            kept += 1
            if own and etype in ("ORG", "PERSON") and role == "story" and start >= offset \
                    and _label_at(str(text), start - offset, end - offset) \
                    and (_outlet_key(name) == own or _outlet_key(surface) == own
                         or surface in _outlet_initials(outlet)):
                # "Zorbo Talk: Were you surprised?": the article's own outlet asking, a Q&A's label; its masthead or
                # sign-off ("Zorbo Talk | Zurich | 14.07.2026"); its editing of a text from elsewhere
                role = "credit"
            if etype in ("ORG", "PERSON") and role == "story" and start >= offset \
                    and _page_furniture(str(text), start - offset, end - offset, name, surface, etype, own):
                role = "credit"  # "Quist Examiner - Business - May 7", "Follow Quist on Twitter and Facebook."
            if role == "credit" and etype == "ORG" and start >= offset and own and _outlet_key(name) != own \
                    and _source_line_at(str(text), start - offset):
                role = "story"  # "Source: Quist Wire" closing a reprint: the outlet whose story the page carries
            if etype == "PERSON" and media and _outlet_key(name) in media:
                etype = "ORG"
            body = start >= offset
            rows.append((start - offset if body else -1, end - offset if body else -1, surface, name, etype, role,
                         score))
        doc_col.extend([doc_id] * kept)
        rows.extend(exchanges)
        doc_col.extend([doc_id] * len(exchanges))
        ministries = _portfolio_ministries(str(text))
        rows.extend(ministries)
        doc_col.extend([doc_id] * len(ministries))
        authors = _head_line_sources(head, own) + _head_line_authors(head) + _body_line_authors(
            str(text), {name for start, _, _, name, etype, _, _ in found if start >= offset and etype == "PERSON"})
        rows.extend(authors)
        doc_col.extend([doc_id] * len(authors))
    found_all = pd.DataFrame(rows, columns=FOUND_COLUMNS[1:])
    found_all.insert(0, "doc_id", pd.Series(doc_col, dtype="str"))
    return found_all


def _group_codes(frame: pd.DataFrame) -> np.ndarray:
    """A number per row of ``frame``, equal for equal rows, numbered in order of first appearance (a hash of the
    row, checked against the first row of its number: on a collision, the rows are grouped column by column)."""
    codes, _ = pd.factorize(pd.util.hash_pandas_object(frame, index=False).to_numpy())
    _, first = np.unique(codes, return_index=True)
    same = all((frame[c].iloc[first[codes]].reset_index(drop=True) == frame[c].reset_index(drop=True)).all()
               for c in frame.columns)
    if same:
        return codes
    return frame.groupby(list(frame.columns), sort=False, dropna=False).ngroup().to_numpy()


def _mention_forms(found: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The distinct mention forms of ``found`` (``surface, name, type, role`` and the evidence, missing read as
    none) in order of first appearance, each with how many mentions it stands for (:data:`WEIGHT`) and the place of
    the last one (:data:`LAST`), and each row's form number: all that linking reads of a mention."""
    cols = ["surface", "name", "type", "role"] + (["evidence"] if "evidence" in found.columns else [])
    frame = found.loc[:, cols]
    if "evidence" in cols:
        frame = frame.assign(evidence=frame["evidence"].fillna(0.0))
    codes = _group_codes(frame)
    _, first = np.unique(codes, return_index=True)  # the forms are numbered in order of first appearance
    last = np.full(len(first), -1, dtype=np.int64)
    np.maximum.at(last, codes, np.arange(len(codes), dtype=np.int64))
    forms = frame.iloc[first].reset_index(drop=True)
    return forms.assign(**{WEIGHT: np.bincount(codes, minlength=len(first)), LAST: last}), codes


def _by_document_and_offset(doc_ids: pd.Series, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The stable order of rows by ``doc_id`` (string order), ``start``, ``end``."""
    codes, uniques = pd.factorize(doc_ids)
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[np.argsort(np.asarray(uniques, dtype=object), kind="stable")] = np.arange(len(uniques))
    span = int(max(start.max(initial=0), end.max(initial=0))) + 2  # offsets from -1 (the headline)
    if len(uniques) * span * span < 2**62:  # one integer key: one sort
        return np.argsort((rank[codes] * span + start + 1) * span + end + 1, kind="stable")
    return np.lexsort((end, start, rank[codes]))


_LONE_WORD_RE = re.compile(r"[A-Z][a-z]+")
_ALNUM_RUN_RE = re.compile(r"[^\W_]+")


class _CorpusWords:
    """The words of a corpus's headlines and texts as written (runs of letters and digits), read once, on the first
    question: which of some capitalised words it also writes in lower case (:func:`used_lowercase` of each, where a
    search of the whole corpus per word grew with the corpus times the words)."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._runs: set[str] | None = None

    def used_lowercase(self, words: set[str]) -> set[str]:
        if not words:
            return set()
        if self._runs is None:
            docs = self._corpus.docs
            columns = [c for c in ("title", "text") if c in docs.columns]  # a headline's lower case counts too
            self._runs = set(_ALNUM_RUN_RE.findall("\n".join(docs[c].fillna("").astype(str).str.cat(sep="\n")
                                                             for c in columns)))
        return {w for w in words if w.lower() != w and w.lower() in self._runs}


def _common_openers(corpus: Corpus, found: pd.DataFrame, codes: np.ndarray, linked: pd.DataFrame,
                    corpus_words: _CorpusWords) -> np.ndarray:
    """Forms of a lone capitalised word typed ORG only by weak grammar ("Builders added to the gains.", "Management
    said ...", "Up 18 percent over three sessions."): every mention of it in the corpus opens a sentence, a line or a
    speaker's turn, and some article writes the word in lower case ("builders", "management"). Capitalised by its
    place, a common word, not a name; an article reads only its own text, so one that never writes "management"
    took the word for a company's name. A catalogue company or a lexicon name ("Target", "Apple") is left."""
    out = np.zeros(len(linked), dtype=bool)
    if "evidence" not in linked.columns:
        return out
    entity = linked["entity"].astype(str)
    lone = (linked["type"] == "ORG").to_numpy() & (entity == linked["surface"].astype(str)).to_numpy() \
        & entity.str.fullmatch(_LONE_WORD_RE).to_numpy()
    if not lone.any():
        return out
    evidence = linked["evidence"].fillna(0.0)
    strongest = evidence.groupby(entity).max()
    other_forms = set(entity[~lone])  # an entity with another spelling somewhere ("Quist Bank") is a name
    lex = get_lexicon()
    words = {w for w in set(entity[lone]) if strongest[w] < FORM and w not in other_forms and w not in lex.places
             and w not in lex.given_names and catalog_company(w) is None}
    if not words:
        return out
    words = corpus_words.used_lowercase(words)
    if not words:
        return out
    texts = dict(zip(corpus.docs["doc_id"].astype(str), corpus.docs["text"].astype(str), strict=True))
    rows = np.flatnonzero(np.isin(codes, np.flatnonzero(lone & entity.isin(words).to_numpy())))
    for doc_id, start, form in zip(found["doc_id"].astype(str).to_numpy()[rows],
                                   found["start"].to_numpy(dtype=np.int64)[rows], codes[rows], strict=True):
        if start >= 0 and not sentence_initial(texts.get(doc_id, ""), int(start)):
            words.discard(entity.iat[form])  # used mid-sentence once: a name
    return lone & entity.isin(words).to_numpy()


# nouns a place or an event's name modifies after "the": sites and works ("the Harlow campus", "the Quistby malting
# plant", "the Zorbo riverside project"), and what happened there ("the Quist blockage"); with the lexicon's site and
# facility nouns (``site_nouns_after``, ``facility_nouns_after``)
_PLACE_HEADS = frozenset({"project", "projects", "development", "complex", "works", "blockage", "closure", "disaster",
                          "accident", "spill", "collapse", "flood", "floods", "fire", "explosion", "blast", "earthquake",
                          "canal", "dam"})
_HEAD_AFTER_RE = re.compile(r"[ \t]+([a-z][a-z-]*)(?:[ \t]+([a-z][a-z-]*))?")


def _unevidenced_lone_words(linked: pd.DataFrame, entity: pd.Series) -> tuple[np.ndarray, set[str]]:
    """The rows of ``linked`` whose entity is a lone capitalised word typed ORG and spelt as its surface ("Quist"),
    and the set of those words that no article types by any evidence, that no other spelling, place, given name,
    known alias or catalogue company explains: a bare name's guess, which the callers read in context."""
    if "evidence" not in linked.columns:
        return np.zeros(len(linked), dtype=bool), set()
    lone = (linked["type"] == "ORG").to_numpy() & (entity == linked["surface"].astype(str)).to_numpy() \
        & np.array([w[:1].isupper() and w[1:].islower() and w.isalpha() for w in entity], dtype=bool)
    if not lone.any():
        return lone, set()
    strongest = linked["evidence"].fillna(0.0).groupby(entity).max()
    other_forms = set(entity[~lone])
    lex = get_lexicon()
    return lone, {w for w in set(entity[lone]) if strongest[w] <= 0.0 and w not in other_forms and w not in lex.places
                  and w not in lex.given_names and w not in lex.known_org_alias and catalog_company(w) is None}


def _lone_word_mentions(corpus: Corpus, found: pd.DataFrame, codes: np.ndarray, picked: np.ndarray,
                        entity: pd.Series) -> Iterator[tuple[str, str, int, int]]:
    """Each mention in ``found`` of a form ``picked`` marks: (its word, its article's text, start, end); a headline's
    words have a start below zero."""
    texts = dict(zip(corpus.docs["doc_id"].astype(str), corpus.docs["text"].astype(str), strict=True))
    rows = np.flatnonzero(np.isin(codes, np.flatnonzero(picked)))
    for doc_id, start, end, form in zip(found["doc_id"].astype(str).to_numpy()[rows],
                                        found["start"].to_numpy(dtype=np.int64)[rows],
                                        found["end"].to_numpy(dtype=np.int64)[rows], codes[rows], strict=True):
        yield entity.iat[form], texts.get(doc_id, ""), int(start), int(end)


def _bare_modifiers(corpus: Corpus, found: pd.DataFrame, codes: np.ndarray, linked: pd.DataFrame) -> np.ndarray:
    """Forms of a lone capitalised word that no article types by any evidence (its type is a bare name's guess)
    and that every article writes between "the" and a site, a work or an event (:data:`_PLACE_HEADS`, one
    lower-case word may come between): "The Harlow campus is on schedule", "the Quistby malting plant", "the
    Zorbo blockage in 2021". A place as the noun's modifier, not an organisation: a company that owns a plant is
    named somewhere else too (a subject, a full name, "shares of Quist"), and that mention types it or spells it
    another way."""
    entity = linked["entity"].astype(str)
    lone, words = _unevidenced_lone_words(linked, entity)
    if not words:
        return np.zeros(len(linked), dtype=bool)
    lex = get_lexicon()
    heads = _PLACE_HEADS | lex.site_nouns_after | lex.facility_nouns_after
    seen: set[str] = set()
    picked = lone & entity.isin(words).to_numpy()
    for word, text, start, end in _lone_word_mentions(corpus, found, codes, picked, entity):
        if start < 0:
            continue  # a headline's words: no grammar to read
        head = _HEAD_AFTER_RE.match(text, end)
        if text[max(0, start - 4):start].lower() == "the " and head is not None \
                and any(h in heads for h in head.groups() if h):
            seen.add(word)
        else:
            words.discard(word)
    return lone & entity.isin(words & seen).to_numpy()


#: the nouns of a product's design or build a brand's name modifies ("the Quist hulls", "its Zorbo designs"), with
#: the lexicon's product nouns (``product_nouns_owned``, singular or plural)
_DESIGN_NOUNS = frozenset({"design", "designs", "hull", "hulls", "prototype", "prototypes"})
#: the machines a platform or a program runs on ("Quist computers", "every Zorbo machine", "Quist hosts"): the
#: system's name, whoever makes the machine
_MACHINE_NOUNS = frozenset({"computer", "computers", "machine", "machines", "device", "devices", "server", "servers",
                            "host", "hosts"})
_RUNS_ON_RE = re.compile(r"\bon[ \t]+$")
_PHRASE_END_RE = re.compile(r"[ \t]*[,.;:)]")
_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:(?!(?:in|on|at|to|of|for|with|by|from|and|or|the|a|an|is|was|are|were|has|had|"
                            r"have|will|would)\b)[a-z][a-z-]*[ \t]+)?([a-z][a-z-]*)\b(?![ \t]*(?:'s|’s))")


def _product_modifiers(corpus: Corpus, found: pd.DataFrame, codes: np.ndarray, linked: pd.DataFrame) -> np.ndarray:
    """Forms of a lone capitalised word that no article types by any evidence (its type is a bare name's guess)
    and that every mention writes mid-sentence before a lower-case noun, some of them a product's noun, one word
    between at most: "we have built Quist hulls before", "its smaller Quist designs", "Zorbo energy drinks". A
    brand or a design the noun's maker sells, not an organisation: a company is named somewhere as the subject of
    a verb, with a possessive or a suffix, and that mention types it. A mention before a verb ("Quist said", "Quist
    rose") or a possessive keeps the name."""
    entity = linked["entity"].astype(str)
    lone, words = _unevidenced_lone_words(linked, entity)
    if not words:
        return np.zeros(len(linked), dtype=bool)
    lex = get_lexicon()
    nouns = _DESIGN_NOUNS | _MACHINE_NOUNS | lex.product_nouns_owned | {n + "s" for n in lex.product_nouns_owned}
    verbs = lex.market_verbs | lex.speech_verbs
    seen: set[str] = set()
    picked = lone & entity.isin(words).to_numpy()
    for word, text, start, end in _lone_word_mentions(corpus, found, codes, picked, entity):
        if start < 0 or _RUNS_ON_RE.search(text, max(0, start - 4), start) and _PHRASE_END_RE.match(text, end):
            continue  # a headline's words (no grammar to read), "runs on Quist," (what a program runs on): neither way
        after = _NOUN_AFTER_RE.match(text, end)
        if after is None or sentence_initial(text, start) or text.startswith(("'s", "’s"), end) \
                or any(w in verbs for w in after.group(0).split()):
            words.discard(word)
        elif any(w in nouns for w in after.group(0).split()):  # "Quist hulls", "Quist computers on Friday"
            seen.add(word)
    return lone & entity.isin(words & seen).to_numpy()


_LONE_CAPITALISED_RE = re.compile(r"[A-Z][a-z]{2,}")


def _demonym_stems(word: str) -> list[str]:
    """The names ``word`` may be the people, adjective or language of ("Quistavian" of "Quistavia" or "Quistav",
    "Zorban" of "Zorba" or "Zorb", "Quistese" of "Quist", "Quistlandic" of "Quistland"; a people in the plural too,
    "Quistavians"); none for a word without such an ending."""
    out = []
    if word.endswith(("ans", "eses")):
        word = word[:-1]  # "millions of Quistavians": the people
    if word.endswith("ic"):
        out.append(word[:-2])  # "Quistlandic banks" ("Icelandic"): the adjective of a land
    if word.endswith("ian"):
        out += [word[:-3], word[:-3] + "ia", word[:-3] + "y", word[:-3] + "a"]
    if word.endswith("an"):
        out += [word[:-2], word[:-2] + "a"]
    if word.endswith("n"):
        out.append(word[:-1])
    if word.endswith("ese"):
        out.append(word[:-3])
    return [w for w in out if len(w) >= 3]


def _demonyms(linked: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(forms that are an adjective of origin, forms that are the place it comes from) among the linked forms: a lone
    capitalised word typed an organisation that is another lone word of the corpus with the ending of a people, an
    adjective or a language ("Quistavian banks", "speaking in Quistavian" beside "Quistavia's finance minister"), and
    the forms of that other word the linking read as the short form of a longer organisation's name. A word like that
    names no organisation; its stem names a country or a region, not the short form of the company named after it
    ("Quistavia" is no "Quistavia Savings Bank"); a stem the linking reads otherwise keeps its reading ("Roe" of
    "Roeian" stays the person "Jane Roe"). Given names are left ("Julian" beside "Julia")."""
    none = np.zeros(len(linked), dtype=bool)
    surfaces = linked["surface"].astype(str)
    lone = surfaces.str.fullmatch(_LONE_CAPITALISED_RE).to_numpy()
    if not lone.any():
        return none, none.copy()
    lex = get_lexicon()
    words = set(surfaces[lone])
    orgs = set(surfaces[lone & (linked["type"] == "ORG").to_numpy()])
    adjectives: set[str] = set()
    stems: set[str] = set()
    for word in orgs:
        if word in lex.given_names or word in lex.known_org_alias or catalog_company(word) is not None:
            continue
        # (a stem that is a given name is left, "Julian" beside "Julia", unless it is a known place too: "Victorian
        # centres" beside "Victoria")
        found = [w for w in _demonym_stems(word) if w in words and w != word
                 and (w not in lex.given_names or w in lex.places or w in gazetteer_names())
                 and catalog_company(w) is None and w not in lex.known_org_alias]
        if found:
            adjectives.add(word)
            stems.update(found)
    if not adjectives:
        return none, none.copy()
    entity = linked["entity"].astype(str)
    # the short form a longer name opens or closes ("Quistavia Savings Bank", "Statistics Quistavia", "Netlink
    # Quistavia"), or a name of its own the linking typed an organisation
    short_form = np.array([e.startswith(f + " ") or e.endswith(" " + f) or e == f
                           for e, f in zip(entity, surfaces, strict=True)], dtype=bool)
    # a stem some article typed a person ("Quistavia's telecoms regulator") that the linking read as the short form
    # of an organisation the corpus names in full ("Netlink Quistavia"), not of a person's name
    orgs_in_full = set(entity[(entity == surfaces) & (linked["type"] == "ORG")])
    kind = linked["type"].to_numpy()
    typed = (kind == "ORG") | (kind == "PERSON") & entity.isin(orgs_in_full).to_numpy() \
        & (entity != surfaces).to_numpy()
    return (lone & surfaces.isin(adjectives).to_numpy() & (linked["type"] != "PERSON").to_numpy(),
            lone & surfaces.isin(stems).to_numpy() & typed & short_form)


def _storm_names(corpus: Corpus) -> set[str]:
    """The names the corpus gives storms: the capitalised word after an event head ("Typhoon Leah", "Hurricane
    Leah", "superstorm Leah"; a head in lower case too, but a bare "storm" only capitalised), in a headline or a
    body. A lone "Leah" elsewhere in the corpus ("after Leah made landfall", "the aftermath of Leah") is that
    storm, no organisation."""
    lex = get_lexicon()
    heads = sorted(lex.event_heads, key=len, reverse=True)
    pattern = "|".join(
        (re.escape(h) if h in ("Storm",) else "(?i:" + re.escape(h) + ")").replace("\\ ", "[ \t]+") for h in heads)
    name_re = re.compile(rf"(?<![\w-])(?:{pattern})[ \t]+([A-Z][a-z]+)\b(?![ \t]*[-'’]?[A-Z])")
    tails = {h.split()[-1].lower() for h in heads}  # a text without any head's last word names no storm
    out: set[str] = set()
    columns = [c for c in ("title", "text") if c in corpus.docs.columns]
    for column in columns:
        for value in corpus.docs[column]:
            if isinstance(value, str) and any(t in value.lower() for t in tails):
                out.update(m.group(1) for m in name_re.finditer(value))
    return {w for w in out if w not in lex.weekdays and w not in lex.time_words and w not in lex.places}


_ACRONYM_FORM = re.compile(r"[A-Z][A-Z&]{1,5}")


@functools.lru_cache(maxsize=1)
def _catalog_acronyms() -> frozenset[str]:
    """The organisations the alias catalog names by their acronym ("NATO", "OPEC", "FDIC", "ECB")."""
    catalog = load_catalog()
    names = catalog.loc[catalog["type"] == "ORG", "name"].astype(str)
    return frozenset(n for n in names if _ACRONYM_FORM.fullmatch(n))


def _acronym_names(linked: pd.DataFrame, keep: np.ndarray) -> None:
    """An organisation the corpus writes only as one acronym ("NATO", "OPEC"), which the alias catalog names by that
    acronym, is named by it, not by the long name the lexicon expands it to and no article writes ("North Atlantic
    Treaty Organization"). An acronym the catalog does not name so ("the ASX", "on the SGX") takes the lexicon's
    long name ("Australian Securities Exchange"), as the golds name it. A corpus that writes the long name once keeps
    it. In place, on ``linked``'s entity."""
    rows = linked.loc[keep]
    if rows.empty:
        return
    acronyms = _catalog_acronyms()
    for entity, surfaces in rows.groupby(rows["entity"].astype(str))["surface"]:
        forms = set(surfaces.astype(str))
        if len(forms) != 1 or entity in forms:
            continue
        form = next(iter(forms))
        if form in acronyms and len(entity.split()) >= 2:
            linked.loc[keep & (linked["entity"].astype(str) == entity).to_numpy(), "entity"] = form


# the last words of a natural feature's name, named after the place beside it ("Sunda Strait", "Quist River",
# "Zorbo Island"): the first word alone names the same place or the feature (the strait, the island)
_FEATURE_HEADS = frozenset({"Strait", "Straits", "Island", "Islands", "River", "Sea", "Bay", "Gulf", "Peninsula",
                            "Channel", "Canal", "Ocean", "Mountains", "Desert", "Delta", "Basin", "Valley",
                            "Creek", "Complex", "Plateau"})


def _feature_short_names(linked: pd.DataFrame) -> np.ndarray:
    """Rows of ``linked`` (mention forms with their evidence) that are a lone word the corpus also writes as a
    place named with a natural feature's head ("the Sunda and Lombok routes" beside "the Lombok Strait", "Sunda
    Strait"), typed only by a bare name's default (no article types the word by grammar, no person has it as
    surname): that place, not an organisation."""
    out = np.zeros(len(linked), dtype=bool)
    places = linked.loc[(linked["type"] == "PLACE") & (linked["role"] == "story"), "entity"].astype(str)
    firsts = {p.split()[0] for p in places if len(p.split()) == 2 and p.split()[1] in _FEATURE_HEADS}
    if not firsts:
        return out
    surface = linked["surface"].astype(str)
    entity = linked["entity"].astype(str)
    evidence = linked["evidence"].fillna(0.0)
    candidate = surface.isin(firsts) & linked["type"].isin(["ORG", "PERSON", ""]) & (entity == surface) \
        & (linked["role"] == "story")
    typed = set(surface[candidate & (evidence > 0.0)])  # an article types the word by grammar somewhere
    return (candidate & (evidence <= 0.0) & ~surface.isin(typed)).to_numpy()


def _feature_full_names(linked: pd.DataFrame) -> dict[str, str]:
    """The first word of each place the corpus names with a natural feature's head, mapped to the one of those places
    the corpus mentions most ("Quist" -> "Quist River" where the river has more mentions than the "Quist Valley"),
    the first named on a tie."""
    story = (linked["type"] == "PLACE") & (linked["role"] == "story")
    weight = linked[WEIGHT] if WEIGHT in linked.columns else pd.Series(1, index=linked.index)
    counts = weight[story].groupby(linked.loc[story, "entity"].astype(str), sort=False).sum()
    best: dict[str, tuple[int, str]] = {}
    for place, n in counts.items():
        words = str(place).split()
        if len(words) == 2 and words[1] in _FEATURE_HEADS and n > best.get(words[0], (0, ""))[0]:
            best[words[0]] = (int(n), str(place))
    return {w: p for w, (_, p) in best.items()}


# the words that close a name after its leading words when those alone name the same company or site: a company's
# legal form or head ("Quist Kisen Kaisha", "Zorbo Northern Railway" -> "Quist Kisen", "Zorbo Northern"), an
# industrial estate's or a park's ("Quist Khok Industrial Estate" -> "Quist Khok")
_ESTATE_WORDS = frozenset({"Industrial", "Estate", "Park", "Zone", "Business", "Science", "Technology", "Economic",
                           "Free", "Special", "Export", "Processing", "Trade"})


def _leading_words_elsewhere(linked: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """The names of two or three words that an article types by no evidence (a bare name's guess: "Quist Kisen shares
    were down" taken for a person) and that another article writes as the first words of one longer name it types by
    evidence, the longer name's other words a company's legal form or head, or an industrial estate's ("Quist Kisen
    Kaisha", "the Quist Khok Industrial Estate"): {form: (that name, its type)}. A form led by a given name is left
    unless the longer name is an estate ("Jane Roe" beside "Jane Roe Holdings" may be its founder); a form some article
    types by evidence keeps its own reading."""
    if "evidence" not in linked.columns:
        return {}
    entity = linked["entity"].astype(str)
    surface = linked["surface"].astype(str)
    evidence = linked["evidence"].fillna(0.0)
    story = (linked["role"] == "story").to_numpy()
    nwords = surface.str.count(" ").to_numpy() + 1
    guessed = story & (entity == surface).to_numpy() & (nwords >= 2) & (nwords <= 3) \
        & linked["type"].isin(["ORG", "PERSON", ""]).to_numpy() & (evidence <= 0.0).to_numpy()
    if not guessed.any():
        return {}
    forms = set(surface[guessed]) - set(surface[story & (evidence > 0.0).to_numpy() & (entity == surface).to_numpy()])
    if not forms:
        return {}
    lex = get_lexicon()
    firsts = {f.split(" ", 1)[0] for f in forms}
    full = story & (evidence >= WEAK).to_numpy() & linked["type"].isin(["ORG", "PLACE"]).to_numpy() \
        & entity.str.split(" ", n=1).str[0].isin(firsts).to_numpy()
    longer: dict[str, set[tuple[str, str]]] = {}
    for name, kind in set(zip(entity[full], linked["type"][full].astype(str), strict=True)):
        words = name.split()
        for k in (2, 3):
            if len(words) <= k:
                continue
            form, rest = " ".join(words[:k]), words[k:]
            if form not in forms:
                continue
            estate = kind == "PLACE" and all(w in _ESTATE_WORDS for w in rest)
            company = kind == "ORG" and all(w.rstrip(".") in lex.legal_suffixes or w in lex.org_heads for w in rest)
            if estate or company and words[0] not in lex.given_names:
                longer.setdefault(form, set()).add((name, kind))
    return {form: next(iter(names)) for form, names in longer.items() if len(names) == 1}


def _short_names_elsewhere(linked: pd.DataFrame, typed: pd.Series, untyped: np.ndarray) -> dict[str, str]:
    """The lone words left untyped by their articles (``untyped``) that other articles write as the short name of
    one organisation named in full and typed by strong evidence (``typed``): "Larchmont" beside "Larchmont
    Partners, the hedge fund ... Larchmont's founder" -> {"Larchmont": "Larchmont Partners"}. A word the corpus
    also types otherwise (a person's surname, a place, a second organisation) is left."""
    surface = linked["surface"].astype(str)
    words = set(surface[untyped])
    words = {w for w in words if w[:1].isupper() and w[1:].islower() and w.isalpha()}
    if not words:
        return {}
    entity = linked["entity"].astype(str)
    named = (linked["type"] != "").to_numpy() & surface.isin(words).to_numpy()
    # organisations whose full name some article types by strong evidence ("Quist Group fell 9.6%")
    full = set(entity[typed.to_numpy() & (entity == surface).to_numpy()])
    out: dict[str, str] = {}
    for word, group in linked.loc[named].groupby(surface[named]):
        kinds = set(zip(entity[group.index], group["type"].astype(str)))
        if len(kinds) != 1:
            continue
        name, kind = next(iter(kinds))
        # the short name typed by strong evidence somewhere ("Larchmont's founder"), or by its article's reading only
        # while the full name is typed so ("Quist and Zorbo employ 9,000" beside "Quist Group jumped 9.6%")
        if kind == "ORG" and name != word and name.split()[0] == word and (typed[group.index].any() or name in full):
            out[str(word)] = name
    # a word no article types, which the linking read as the first word of one organisation typed in full by strong
    # evidence ("Quist, the country's second mill," beside "Quist Group jumped 9.6%")
    typed_words = set(surface[named])
    read: dict[str, set[str]] = {}
    for word, name in zip(surface[untyped], entity[untyped], strict=True):
        if word in words and word not in typed_words and word not in out:
            read.setdefault(word, set()).add(name)
    for word, names in read.items():
        name = next(iter(names))
        if len(names) == 1 and name in full and name != word and name.split()[0] == word:
            out[word] = name
    return out


def _link_typed_forms(forms: pd.DataFrame, corpus_words: _CorpusWords | None = None) -> pd.DataFrame:
    """:func:`link_entities` of ``forms`` (:func:`_mention_forms`), but for the names their articles left untyped
    (evidence :data:`UNTYPED_NAME_SCORE`, `recognize._untyped_name`): those take no part in the linking (no canonical
    name nor spelling of another entity changes for them) and each stands for the entity spelt as its surface, with
    that entity's spellings when the corpus has it. Same rows and order as ``forms``. ``corpus_words``: the
    corpus's words, which say which one-word short names it also writes in lower case (a common word names no
    organisation alone, :func:`link_entities`)."""
    common: frozenset[str] = frozenset()
    if corpus_words is not None:
        org = (forms["type"] == "ORG").to_numpy()
        short = {s for s, n in zip(forms.loc[org, "surface"].astype(str), forms.loc[org, "name"].astype(str),
                                   strict=True) if " " not in s and s != n}
        common = frozenset(corpus_words.used_lowercase(short))
    if "evidence" not in forms.columns:
        return link_entities(forms, common)
    untyped = (forms["evidence"] == UNTYPED_NAME_SCORE).to_numpy()
    if not untyped.any():
        return link_entities(forms, common)
    linked = link_entities(forms.loc[~untyped], common)
    spellings = dict(zip(linked["entity"].astype(str), linked["aliases"].astype(str), strict=True))
    rest = forms.loc[untyped]
    surface = rest["surface"].astype(str)
    rest = rest.assign(entity=surface, aliases=[spellings.get(s, s) for s in surface])
    return pd.concat([linked, rest]).sort_index()


def linked_mentions(corpus: Corpus, found: pd.DataFrame) -> pd.DataFrame:
    """The corpus half of :func:`entity_mentions`: ``found`` (:func:`recognized_mentions` of the whole corpus, in
    document order) merged into one canonical name and one type per entity across the corpus.

    Every decision reads the distinct mention forms (:func:`_mention_forms`: a few thousand where a corpus has
    hundreds of thousands of mentions), their counts and which comes first or last; it is taken once per form and
    each row gets its form's result, the table a decision per row would give."""
    corpus_words = _CorpusWords(corpus)
    if found.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    forms, codes = _mention_forms(found)
    bare = (forms["type"] == "").to_numpy()
    linked = _link_typed_forms(forms, corpus_words)
    _ministries_named_in_full(linked)
    # an untyped bare name is kept only as the surname of a person the corpus names in full, or as the short
    # name another article defines for an organisation (typed ORG by the linking)
    surname = [str(e).split()[-1] == str(s) or t == "ORG" if b else True
               for e, s, t, b in zip(linked["entity"], linked["surface"], linked["type"], bare, strict=True)]
    if "evidence" in linked.columns and bare.any():
        # a name its article left untyped that is no bare surname (`recognize._untyped_name`) is kept only when the
        # retyping below makes it an organisation
        untyped = (linked["evidence"] == UNTYPED_NAME_SCORE).to_numpy()
        surname = [s and not u for s, u in zip(surname, untyped, strict=True)]
    if "evidence" in linked.columns and bare.any():
        # "Quistmin, the mining agency, began ...": a bare name opening its sentences is the organisation another
        # article names alone and types by strong evidence ("the regulator Quistmin said")
        # by that name (or by the short name it goes by: "Quistmin Holdings", then "Quistmin fell 4%", in one article
        # makes "Quistmin is a different story" in another the same organisation)
        typed = (linked["type"] == "ORG") & (linked["role"] == "story") & (linked["evidence"].fillna(0.0) >= STRONG)
        pairs = linked["entity"].astype(str) + "\n" + linked["surface"].astype(str)
        orgs = set(pairs[typed])
        retype = bare & pairs.isin(orgs).to_numpy() & (linked["type"] == "").to_numpy()
        short = _short_names_elsewhere(linked, typed, bare & ~retype & (linked["type"] == "").to_numpy())
        if short:
            # "Larchmont weighs in." opening the sentences of a live page, where other articles write "Larchmont
            # Partners ... Larchmont's founder": the short name the corpus gives that one organisation
            moved = bare & linked["surface"].astype(str).isin(short).to_numpy() & (linked["type"] == "").to_numpy()
            linked.loc[moved, "entity"] = linked.loc[moved, "surface"].astype(str).map(short)
            linked.loc[moved, "aliases"] = linked.loc[moved, "entity"].map(
                dict(zip(linked["entity"].astype(str), linked["aliases"].astype(str))))
            retype |= moved
        if retype.any():
            common = corpus_words.used_lowercase(set(linked.loc[retype, "surface"].astype(str)))
            retype &= ~linked["surface"].isin(common).to_numpy()  # "Democracy, a word ...": a common word somewhere
            linked.loc[retype, "type"] = "ORG"
            surname = [s or r for s, r in zip(surname, retype, strict=True)]
    if "evidence" in linked.columns and bare.any():
        # the untyped names no article types strongly are dropped, and read by no later step (no other spelling of
        # an entity, no short name of a place)
        dropped = (linked["evidence"] == UNTYPED_NAME_SCORE).to_numpy() & (linked["type"] == "").to_numpy()
        linked.loc[dropped, "entity"] = ""
    if "evidence" in linked.columns and bare.any():
        # a known town left untyped by its article ("Union leaders said Arequipa was calm") is a place unless the
        # corpus names a person with it as surname ("Castro" beside "Fidel Castro")
        town = bare & (linked["evidence"] == GAZETTEER_SCORE).to_numpy() & np.asarray(
            [(t == "" or str(e) != str(s)) and not (str(e) != str(s) and str(e).split()[-1:] == [str(s)])
             for e, s, t in zip(linked["entity"], linked["surface"], linked["type"], strict=True)], dtype=bool)
        if town.any():  # (not "Bermuda" as an alias of "Quist Insurance (Bermuda) Ltd": only a surname links it)
            linked.loc[town, "entity"] = linked.loc[town, "surface"].astype(str)
            linked.loc[town, "type"] = "PLACE"
    if "evidence" in linked.columns:
        short = _feature_short_names(linked)
        if short.any():
            # the place named in full ("the Quist" beside "the Quist River") where the bare word is also the name of
            # another entity, a company named after the place that goes by it ("Quist Irrigation Company"): the two
            # share no entity, whose one type would be the company's
            full = _feature_full_names(linked)
            taken = set(linked.loc[~short & (linked["type"] != "PLACE").to_numpy(), "entity"].astype(str))
            surface = linked.loc[short, "surface"].astype(str)
            linked.loc[short, "entity"] = surface.map(lambda w: full.get(w, w) if w in taken else w)
            linked.loc[short, "type"] = "PLACE"
            surname = [s or r for s, r in zip(surname, short, strict=True)]
    leading = _leading_words_elsewhere(linked)
    if leading:
        # "Quist Kisen shares were down" (two words taken for a person) where other articles write "Quist Kisen
        # Kaisha": the company, as "the Quist Khok estate" is the "Quist Khok Industrial Estate" named elsewhere
        moved = (linked["role"] == "story").to_numpy() & linked["surface"].astype(str).isin(leading).to_numpy() \
            & (linked["entity"].astype(str) == linked["surface"].astype(str)).to_numpy() \
            & (linked["evidence"].fillna(0.0) <= 0.0).to_numpy()
        target = linked.loc[moved, "surface"].astype(str).map(leading)
        linked.loc[moved, "entity"] = target.map(lambda t: t[0])
        linked.loc[moved, "type"] = target.map(lambda t: t[1])
        linked.loc[moved, "aliases"] = linked.loc[moved, "entity"].map(
            dict(zip(linked["entity"].astype(str), linked["aliases"].astype(str))))
        surname = [s or r for s, r in zip(surname, moved, strict=True)]
    keep = ((linked["type"] != "") & pd.Series(surname, index=linked.index)).to_numpy()
    keep = keep & ~_common_openers(corpus, found, codes, linked, corpus_words) \
        & ~_bare_modifiers(corpus, found, codes, linked) & ~_product_modifiers(corpus, found, codes, linked)
    adjectives, places = _demonyms(linked)
    if adjectives.any():  # "Quistavian banks" beside "Quistavia's finance minister": an adjective, and its place
        keep &= ~adjectives
        linked.loc[places, "entity"] = linked.loc[places, "surface"].astype(str)
        linked.loc[places, "type"] = "PLACE"
        keep |= places
    _acronym_names(linked, keep)
    kinds = np.full(len(forms), "", dtype=object)
    kinds[keep] = _one_type(linked.loc[keep]).astype(str).to_numpy()
    storms = _storm_names(corpus) if (kinds == "ORG").any() else set()
    if storms:
        # a storm named by its bare name, typed an organisation only by the weak grammar of a subject
        kinds[(kinds == "ORG") & linked["entity"].astype(str).isin(storms).to_numpy()] = "OTHER"
    rows = np.flatnonzero(keep[codes])
    doc_ids = found["doc_id"].iloc[rows]
    start = found["start"].to_numpy(dtype=np.int64)[rows]
    end = found["end"].to_numpy(dtype=np.int64)[rows]
    order = _by_document_and_offset(doc_ids, start, end)
    rows, start, end = rows[order], start[order], end[order]
    form = codes[rows]

    def per_form(values: pd.Series | np.ndarray) -> pd.api.extensions.ExtensionArray:
        return pd.array(np.asarray(values, dtype=object), dtype="str").take(form)

    doc = found["doc_id"].astype("str").array.take(rows)
    out = pd.DataFrame({
        "doc_id": doc,
        "sent_id": _sentence_ids(pd.DataFrame({"doc_id": doc, "start": start}), corpus.sentences),
        "entity": per_form(linked["entity"].astype(str)),
        "type": per_form(kinds),
        "alias": per_form(forms["surface"].astype(str)),
        "start": start,
        "end": end,
        "role": per_form(forms["role"].astype(str)),
        "aliases": per_form(linked["aliases"].astype(str)),
    })
    return out


def entity_mentions(corpus: Corpus) -> pd.DataFrame:
    """One row per entity mention of the corpus.

    Needs docs ``doc_id, title, text`` and sentences ``doc_id, sent_id, char_start``. Returns
    :data:`MENTION_COLUMNS`: ``entity`` (one canonical name across the corpus), ``type`` (one per entity),
    ``alias`` (the surface form), ``start``/``end`` (offsets into ``docs.text``; -1 with ``sent_id`` -1 for a
    mention in the headline, which is not part of ``docs.text``), ``role`` ("story", or "credit" for bylines,
    photo and wire credits) and ``aliases`` (every spelling of the entity in the corpus, ``|``-joined).
    Ordered by doc_id, start. Recognition per document (:func:`recognized_mentions`), then linking across the
    corpus (:func:`linked_mentions`).
    """
    if corpus.docs.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    return linked_mentions(corpus, recognized_mentions(corpus))


def story_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions of the story: ``mentions`` (an :func:`entity_mentions` frame) without credit lines."""
    if "role" not in mentions.columns:
        return mentions
    return mentions.loc[mentions["role"] != "credit"]


def entity_table(mentions: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """CLI ``entities``: one row per entity per document of ``docs`` (needs ``doc_id, file, outlet``).
    ``mentions`` is an :func:`entity_mentions` frame (credits left out); returns :data:`TABLE_COLUMNS`
    (``aliases`` = the surface forms seen in that document, ``|``-joined), ordered by file, most mentions."""
    mentions = story_mentions(mentions)
    mentions = mentions.loc[mentions["doc_id"].isin(set(docs["doc_id"]))]
    if mentions.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    grouped = mentions.groupby(["doc_id", "entity", "type"], as_index=False).agg(
        mentions=("alias", "size"), aliases=("alias", lambda s: "|".join(sorted(set(s))))
    )
    out = grouped.merge(docs.loc[:, ["doc_id", "file", "outlet"]], on="doc_id", how="left")
    out = out.sort_values(["file", "mentions", "entity"], ascending=[True, False, True])
    return out.loc[:, TABLE_COLUMNS].reset_index(drop=True)


def article_credits(mentions: pd.DataFrame, docs: pd.DataFrame, removals: pd.DataFrame | None = None,
                    doc_id: str | None = None) -> pd.DataFrame:
    """The credits of each article (bylines, photo, wire and editing credits, datelines, copyright lines): who
    is credited and for what, kept apart from the story's entities.

    Inputs: ``mentions`` (an :func:`entity_mentions` frame: its ``role == "credit"`` rows), ``docs`` (needs
    ``doc_id, text``), optionally ``removals`` (``Corpus.removals``: ``doc_id, line_no, text``; the credit lines
    that cleaning took out of the text are read too) and one ``doc_id``.
    Output: :data:`CREDIT_COLUMNS`, one row per credited name and kind per article, in text order: ``name``,
    ``type``, ``credit`` (photo | reporting | writing | editing | byline | dateline | copyright | credit, from
    :func:`analysis.entities.credits.credit_kind`), ``line`` (the credit line as written, at most 200
    characters) and ``where`` ("text", or "removed line N" for a line cleaning removed).
    """
    rows: list[tuple[object, str, str, str, str, str]] = []
    credits = mentions.loc[mentions["role"] == "credit"] if "role" in mentions.columns else mentions.iloc[0:0]
    if doc_id is not None:
        credits = credits.loc[credits["doc_id"] == doc_id]
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True)) if not credits.empty else {}
    for row in credits.sort_values(["doc_id", "start"], kind="stable").itertuples(index=False):
        text = str(texts.get(row.doc_id, ""))
        line, kind = "", "credit"
        if 0 <= row.start < len(text):
            lo = text.rfind("\n", 0, row.start) + 1
            hi = text.find("\n", row.start)
            raw = text[lo:hi if hi >= 0 else len(text)]
            line, kind = raw.strip(), credit_kind(raw, row.start - lo)
        if str(row.type) in _CREDIT_TYPES:
            rows.append((row.doc_id, str(row.entity), str(row.type), kind, line[:_CREDIT_LINE_CHARS], "text"))
    if removals is not None and not removals.empty:
        removed = removals if doc_id is None else removals.loc[removals["doc_id"] == doc_id]
        for rid, line_no, raw in zip(removed["doc_id"], removed["line_no"], removed["text"].astype(str), strict=True):
            if not credit_regions(raw):
                continue
            for start, _end, _surface, name, etype, role in recognize_rows(raw):
                if role == "credit" and etype in _CREDIT_TYPES:
                    rows.append((rid, name, etype, credit_kind(raw, start), raw.strip()[:_CREDIT_LINE_CHARS],
                                 f"removed line {line_no}"))
    if not rows:
        return pd.DataFrame(columns=CREDIT_COLUMNS)
    out = pd.DataFrame(rows, columns=CREDIT_COLUMNS)
    return out.drop_duplicates(["doc_id", "name", "credit"]).reset_index(drop=True)
