"""Alias groups of one document: which candidate spans name the same entity.

`DocGroups` links tickers to their company, groups full names, surnames, short forms, acronyms and
descriptors ("Google parent Alphabet"), and resolves headline and title-case words against the body.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from analysis.entities.aliases import (STAFF_WORDS, unit_after_name, acronym_matches, is_clipped_skipping, trimmed_initials, named_after_person, initials, initials_keep_caps, is_char_prefix,
                                       is_blend, is_clipped_last_word, is_clipped_prefix, is_word_blend, is_initialled_form,
                                       is_surname_of, is_word_prefix, mixed_short_form, named_after,
                                       outlet_named_after)
from analysis.corpus.provenance import looks_like_outlet
from analysis.corpus.transcript import HOST_ROLES, UNNAMED, Turn, transcript_turns
from analysis.entities.credits import credit_regions, dateline_places, in_regions
from analysis.entities.gazetteer import gazetteer_names, river_names
from analysis.entities.evidence import COMPASS_HEADS, FORM, building_named_after, STRONG, WEAK, best_type, is_acronym, is_fragment, local_evidence, market_session_close, role_after_place
from analysis.entities.catalog import Lexicon, catalog_company, company_for_ticker, norm_key
from analysis.entities.names import refine_candidates
from analysis.entities.spans import Candidate, candidates, used_lowercase

_RIC_RE = re.compile(r"[A-Z0-9&]{1,10}[ab]?\.[A-Z]{1,3}")  # a symbol and its exchange: "QSTL.O", "ZRB.L", "QSTb.CO"
_GAP_RE = re.compile(r"(?:\s|\([^()\n]{0,30}\))*")
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
_BLEND_RE = re.compile(r"(?:[A-Z][a-z]{1,}){2,4}")
_PARENT_WORDS = frozenset({"parent", "owner"})
# a company's kin named after it: "Quistair peer Zorbo Air", "Quistair rival Velmora"
_KIN_WORDS = frozenset({"peer", "rival", "competitor", "subsidiary", "affiliate"})
_REPEATED_PREP_RE = re.compile(r",?[ ](?:and|or|but[ ]not|not)[ ](in|at|from|near|to)[ ]")
_TICKER_CUES = frozenset({"ticker", "symbol"})
# a listed share class's code: four letters and the class's number, as Brazil's exchange writes them ("QSTB4",
# "QSTB11"), or the code and the class's letter, as the Nordic exchanges do ("QUIS B")
_SHARE_CLASS_CODE_RE = re.compile(r"^(?:([A-Z]{4})\d{1,2}|([A-Z]{3,5}) [A-D])$")
_PAREN_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z]{1,7}|[A-Z]{1,4}-[A-Z]{1,4})\)")  # "(FC-BGA)" too
# the acronym after ", or" that closes a lower-case phrase: "a public safety power shutoff, or PSPS, on its lines"
_OR_ACRONYM_RE = re.compile(r",[ \t]+or[ \t]+([A-Z]{2,7})(?=[ \t]*[,.;:)])")
_PHRASE_WORD_RE = re.compile(r"[a-z][a-z'’-]*\Z")
_DEFINITION_WORDS = 10


# a table cell holding only a figure ("-6.7%", "+1.7%", "870", "$1,470", "12.7 pct", "4.7%*" with its footnote mark)
FIGURE_CELL_RE = re.compile(r"[ \t]*[+\-−–]?[$€£¥]?\d[\d.,]*[ \t]*(?:%|pct|per[ \t]?cent|percent|bn|m|p)?\**"
                            r"[ \t]*")
_CELLS_AHEAD = 3
_CELL_SEP = "|"
# words a name may hold in lower case ("Bank of Quist", "Quist and Zorbo"): no sign of a column of descriptions
_NAME_JOINERS = frozenset({"of", "and", "the", "de", "for", "du", "von", "van", "der", "la", "le", "y", "amp"})
_LOWER_WORD_RE = re.compile(r"(?<![\w'’&.-])[a-z][a-z'’-]+\b")


def descriptive_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the cells of a table read one row per line ("Quist Bank | QSTB | Lender | -2.7%") that lie in a
    column of descriptions: a column other than the first where some cell below the header holds a lower-case word
    ("Partner", "Rival (small caps)", "Freedonian peer"). A lone capitalised word in such a cell is a role, a sector
    or a kind, not a name."""
    out: list[tuple[int, int]] = []
    rows: list[list[tuple[int, int]]] = []

    def close() -> None:
        if len(rows) >= 3 and len({len(r) for r in rows}) == 1:
            for col in range(1, len(rows[0])):
                cells = [r[col] for r in rows[1:]]
                if any(w not in _NAME_JOINERS for a, b in cells for w in _LOWER_WORD_RE.findall(text, a, b)):
                    out.extend(cells)
        rows.clear()

    for line in _LINE_RE.finditer(text):
        body = line.group()
        if not body.strip():
            continue
        if body.count(_CELL_SEP) < 2:
            close()
            continue
        cells: list[tuple[int, int]] = []
        pos = line.start()
        for part in body.split(_CELL_SEP):
            cells.append((pos, pos + len(part)))
            pos += len(part) + 1
        if rows and len(cells) != len(rows[0]):
            close()
        rows.append(cells)
    close()
    return out


# the header of a table column that says where each row's company is listed ("Company | Exchange | Change")
_VENUE_HEADERS = frozenset({"exchange", "listing", "listed", "listed on", "market", "venue", "bourse"})


def _table_rows(text: str) -> Iterator[tuple[list[str], int, list[str]]]:
    """The body rows of the tables of ``text`` read one row per line (three cells or more, split at the cell
    separator, as many as the header line above them): each row's header (its cells stripped and lower-cased), the
    row's offset in ``text`` and its cells as written."""
    header: list[str] = []
    for line in _LINE_RE.finditer(text):
        body = line.group()
        if not body.strip():
            continue
        parts = body.split(_CELL_SEP)
        if len(parts) < 3 or len(parts) != len(header):
            header = [p.strip().lower() for p in parts] if len(parts) >= 3 else []
            continue
        yield header, line.start(), parts


def venue_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the cells of a table read one row per line ("Quist Bank | Freedonia | +2.1%") that lie in a column
    headed "Exchange", "Listing", "Market" or "Venue" (not the first column): where each row's company is
    listed. An exchange in such a cell is the row's listing venue, named in no sentence, no organisation the
    article speaks of."""
    out: list[tuple[int, int]] = []
    for header, pos, parts in _table_rows(text):
        for col, part in enumerate(parts):
            if col > 0 and header[col] in _VENUE_HEADERS:  # never the rows' own names
                out.append((pos, pos + len(part)))
            pos += len(part) + 1
    return out


# the header of a table's first column that says each row names a product ("Model | Avg. price | Change y/y")
_PRODUCT_HEADERS = frozenset({"model", "models", "vehicle", "vehicles", "product", "products", "brand", "brands",
                              "drug", "drugs", "game", "games", "title", "titles"})


def product_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the first cells of the rows of a table read one row per line whose header opens with "Model",
    "Product", "Brand", "Game" ... ("Model | Avg. price | Change y/y", then "Quistra Velo 5 | $21,850 | -13.9%"):
    each row names a product, its maker's name and its model's, no organisation."""
    return [(pos, pos + len(parts[0])) for header, pos, parts in _table_rows(text) if header[0] in _PRODUCT_HEADERS]


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def _ticker_cell(text: str, name: Candidate, code: Candidate) -> bool:
    """True for a code alone on its line right after a line holding only a name, with a figure alone on one of
    the next lines: a table read one cell per line ("Quist Bank", "QSTB", "-2.7%"), the code is the ticker of
    the company in the cell before it; or, in a row read as one line, a code in the cell after the name's with a
    figure in a later cell ("Quist Bank | QSTB | -2.7%")."""
    n_lo, n_hi = _line_of(text, name.start, name.end)
    c_lo, c_hi = _line_of(text, code.start, code.end)
    if n_lo == c_lo:  # a row read as one line: "Quist Bank | QSTB | -2.7%"
        cells = [cell.strip() for cell in text[n_lo:n_hi].split("|")]
        return (text[name.end:code.start].strip() == "|" and name.surface in cells and code.surface in cells
                and any(FIGURE_CELL_RE.fullmatch(cell) for cell in cells[cells.index(code.surface) + 1:]))
    if text[n_lo:name.start].strip() or text[name.end:n_hi].strip() \
            or text[c_lo:code.start].strip() or text[code.end:c_hi].strip() or text[n_hi:c_lo].strip():
        return False
    pos = c_hi
    for _ in range(_CELLS_AHEAD):
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        if pos >= len(text):
            return False
        hi = text.find("\n", pos)
        hi = len(text) if hi < 0 else hi
        if FIGURE_CELL_RE.fullmatch(text, pos, hi):
            return True
        pos = hi
    return False


def _row_of_figures(text: str, name: Candidate) -> bool:
    """True for a name alone on its line whose next line holds only a percentage: the first cell of a row of a
    table of moves read one cell per line ("Quist Airports", "+0.7%", "-1.7%")."""
    lo, hi = _line_of(text, name.start, name.end)
    if text[lo:name.start].strip() or text[name.end:hi].strip():
        return False
    pos = hi
    while pos < len(text) and text[pos] == "\n":
        pos += 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    cell = text[pos:end]
    return bool(cell) and FIGURE_CELL_RE.fullmatch(cell) is not None and ("%" in cell or cell.rstrip().endswith(
        ("pct", "cent")))


#: a broadcast transcript's directions in brackets after a label ("ANCHOR (VOICE-OVER):", "REPORTER (ON CAMERA):")
_STAGE_WORDS = frozenset("""on off camera voice over voiceover vo sot cont continuing continued live via phone
telephone tape video audio studio remote satellite translated translation through interpreter""".split())


def host_name(turn: Turn, text: str, lex: Lexicon) -> bool:
    """True for a host's turn whose role label is followed by the host's name in brackets ("ANCHOR (JANE
    ROE):", "Host (Jane Roe):"): a name of two or three words, the first a given name."""
    if not turn.host or not turn.role or "(" not in text[turn.label_end:turn.role_start]:
        return False
    words = turn.role.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                           for w in words):
        return False
    if {w.casefold() for w in words} & (HOST_ROLES | UNNAMED | _STAGE_WORDS):
        return False  # "HOST (VOICE OVER)", "REPORTER (ON CAMERA)": a direction, no name
    return words[0].title() in lex.given_names or not any(used_lowercase(w.title(), text) for w in words)


# a release's defined term for its issuer, quoted in brackets: '("Quistel" or "the Company")', '(the "Group")'
_DEFINED_ROLE_RE = re.compile(r"\([^()\n]{0,60}?(?:[\"“]the[ \t]+|the[ \t]+[\"“])([A-Z][a-z]+)[\"”][ \t]*\)")


def defined_terms(text: str) -> set[str]:
    """Acronyms the text defines by a lower-case phrase: "idiopathic quistosis (IQ)", "exchange-traded fund
    (ETF)", "a public safety power shutoff, or PSPS,", in mixed case too ("contracts for quist (CfQs)"). They name a term (a disease, a product class), never an organisation. And the common noun a release
    defines as its issuer's term ('Quistel Holdings ("Quistel" or "the Company")'): "the Company" there is the
    term, no organisation of its own."""
    out: set[str] = {m.group(1) for m in _DEFINED_ROLE_RE.finditer(text)}
    for m in [*_PAREN_ACRONYM_RE.finditer(text), *(_OR_ACRONYM_RE.finditer(text) if ", or " in text else ())]:
        acronym = m.group(1)
        letters = acronym.replace("-", "")  # "flip-chip ball grid array (FC-BGA)": the hyphen joins no letter
        letters = letters[:-1] if letters.endswith("s") and letters[:-1][-1:].isupper() else letters
        mixed = not letters.isupper()  # "contracts for difference (CfDs)": a small letter for a small word
        if mixed and not letters[:1].isupper():
            continue
        words = text[max(0, m.start() - 120):m.start()].split()[-_DEFINITION_WORDS:]
        for k in range(1, len(words) + 1):
            phrase = words[-k:]
            if not _PHRASE_WORD_RE.match(phrase[0]):
                break
            spelled = mixed_short_form(letters, phrase) if mixed else initials(phrase) == letters
            if spelled and all(_PHRASE_WORD_RE.match(w) for w in phrase):
                out.add(acronym)
                break
        if acronym not in out and not mixed and _syllable_term(letters, words):
            out.add(acronym)
    return out


#: the most words of a lower-case phrase an acronym abbreviates by its syllables ("para-quistobenzene (PQB)")
_SYLLABLE_PHRASE_WORDS = 2
#: letters of such a phrase for each letter of the acronym, at least: a compound word, not a short common noun
_SYLLABLE_LETTERS_PER_CAPITAL = 4


def _syllable_term(letters: str, words: list[str]) -> bool:
    """True when the capitals ``letters`` abbreviate the last one or two lower-case words of ``words`` by the parts
    of their compounds, as chemists and doctors name substances ("para-quistobenzene (PQB)" spells P-Q-B in order,
    "polyzorbyl chloride (PZC)"): a long phrase opening on the acronym's first letter whose letters hold the
    acronym's in order, with fewer words than the acronym has letters (initials are read above). A term, never an
    organisation."""
    for k in range(1, _SYLLABLE_PHRASE_WORDS + 1):
        phrase = words[-k:]
        if len(phrase) < k or not all(_PHRASE_WORD_RE.match(w) for w in phrase) or k >= len(letters):
            return False
        low = "".join(phrase).replace("-", "").replace("'", "").replace("’", "")
        if low[:1] != letters[0].lower() or len(low) < _SYLLABLE_LETTERS_PER_CAPITAL * len(letters):
            continue
        pos = 0
        for ch in letters.lower():
            pos = low.find(ch, pos) + 1
            if pos == 0:
                break
        else:
            return True
    return False


#: A news outlet in brackets closing a paragraph after its last sentence ("... fresh capital. (Quist Wire)")
_WIRE_TAIL_RE = re.compile(r"(?<=[.!?\"”’])[ \t]+\(([A-Z][^()\n]{1,60})\)[ \t]*$", re.MULTILINE)
_PLURAL_ACRONYM_RE = re.compile(r"(?<![\w&.'’-])([A-Z]{2,6})s\b")


def plural_acronyms(text: str) -> set[str]:
    """Acronyms the text also writes in the plural ("QBMs" beside "the largest QBM", "QTFs" beside "a
    QTF"): a class of things counted like a common noun, so the singular names no one organisation."""
    out: set[str] = set()
    for m in _PLURAL_ACRONYM_RE.finditer(text):
        acronym = m.group(1)
        if acronym not in out and re.search(r"(?<![\w&.'’-])" + acronym + r"(?![\w&'’-])", text):
            out.add(acronym)
    return out


#: an acronym after "a" or "an" that closes its clause or meets a preposition: "I hold the fund in an ISA.", "an AMA
#: on Reddit" (not "a QBC analyst", "an MTV and VH1 show", nor "a GOP, ...": a modifier or an apposition may follow)
_ARTICLE_TERM_RE = re.compile(r"\b(?:a|an)[ \t]+([A-Z]{2,6})(?=[ \t]*[.;!?)]|[ \t]+(?:in|on|at|for|to|with|by|from)\b)")


def article_terms(text: str) -> set[str]:
    """Acronyms the text counts like a common noun, after the indefinite article and closing the phrase ("in an
    ISA.", "an AMA on Reddit"): a kind of thing (an account, a format), so the same letters elsewhere in the text
    ("another ISA provider") name no organisation either."""
    return {m.group(1) for m in _ARTICLE_TERM_RE.finditer(text)}


@dataclass
class Group:
    """One entity of the document: its mentions (candidate indices) and summed evidence."""

    members: list[int] = field(default_factory=list)
    ev: dict[str, float] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)   # longest surface form, as words
    kind: str = ""

    def add(self, idx: int, cand: Candidate, ev: dict[str, float]) -> None:
        self.members.append(idx)
        for k, v in ev.items():
            self.ev[k] = self.ev.get(k, 0.0) + v
        if not cand.ticker and len(cand.words) > len(self.words):
            self.words = list(cand.words)


# a verb right after a name: the name opens a clause, it does not continue a list ("in Harwick, Quist Vane was")
_CLAUSE_AFTER_RE = re.compile(r" (?!and\b|or\b|nor\b)[a-z]+\b(?![-'’])")
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.")  # "Quist", "O'Vane", "J."; not "Conn.based"


# a share move with its figure: "lost 2.0%", "shares rose 3 per cent", "was down 4%"
_MOVE_AFTER_RE = re.compile(r"[ \t]+(?:shares[ \t]+|stock[ \t]+)?([a-z]+)[ \t]+(?:up[ \t]+|down[ \t]+|by[ \t]+)?"
                            r"[+\-−–]?\d[\d.,]*[ \t]*(?:%|per[ \t]?cent\b|pc\b|pct\b|percent\b)")


class DocGroups:
    """Working state for one document."""

    def __init__(self, text: str, headline_end: int, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.cands, self.tickers = candidates(text, lex)
        self.cands = refine_candidates(text, self.cands, lex)
        n = len(self.cands)
        self.fragment = [not c.ticker and is_fragment(c, lex, text) for c in self.cands]
        self.ev = [{} if self.fragment[i] else local_evidence(c, self.cands[i + 1] if i + 1 < n else None, text, lex)
                   for i, c in enumerate(self.cands)]
        if "%" in text:
            for i, c in enumerate(self.cands):
                if self.ev[i] or self.fragment[i] or c.ticker or c.words[0] in lex.time_words or len(c.words) < 2 \
                        or len(c.words) == 1 and used_lowercase(c.words[0], text):
                    continue
                if _row_of_figures(text, c):
                    self.ev[i]["ORG"] = WEAK  # "Quist Airports", then "+0.7%": a row of a table of share moves
        tails = {m.span(1) for m in _WIRE_TAIL_RE.finditer(text)} if "(" in text else set()
        for i, c in enumerate(self.cands):  # "... fresh capital. (Quist Wire)": the wire a spliced story cites
            if (c.start, c.end) in tails and looks_like_outlet(c.surface):
                self.ev[i]["ORG"] = self.ev[i].get("ORG", 0.0) + STRONG
        terms = defined_terms(text) if "(" in text or ", or " in text else set()
        terms |= {a for a in plural_acronyms(text) if a not in lex.known_org_alias}
        terms |= {a for a in article_terms(text) if a not in lex.known_org_alias and catalog_company(a) is None}
        if terms:
            for i, c in enumerate(self.cands):
                if len(c.words) == 1 and c.words[0] in terms and not self.fragment[i]:
                    c.ticker = False  # "(CQF)" after its phrase is no ticker
                    self.ev[i] = {"OTHER": FORM}  # a term the text defines, not an organisation
                elif len(c.words) == 2 and c.words[0] in terms and not self.fragment[i] and not c.ticker \
                        and c.words[1] not in lex.org_heads and c.words[1].rstrip(".") not in lex.legal_suffixes \
                        and not self.ev[i].get("ORG", 0.0) >= FORM:
                    self.ev[i] = {"OTHER": FORM}  # "QBM Plus" beside "QBMs": one kind of the term's things
        #: a transcript's turns: a guest's label ("OREN CASTELL (Analyst, X):") is a person, not a dateline or a credit
        self.turns = transcript_turns(text)
        hosts = [(t.role_start, t.role_end) for t in self.turns if host_name(t, text, lex)]
        labels = [(t.label_start, t.end) for t in self.turns if not (t.host or t.unnamed)] + hosts
        for a, b in dateline_places(text):  # "BRINDLEFORD - Workers ...": a dateline opens with a place
            if any(x <= a < y for x, y in labels):
                continue
            for i, c in enumerate(self.cands):
                if a <= c.start < b and not self.fragment[i] and not c.ticker \
                        and c.surface not in lex.known_org_alias and catalog_company(c.surface) is None:
                    self.ev[i]["PLACE"] = self.ev[i].get("PLACE", 0.0) + FORM
        headed: set[int] = set()
        heads = item_headings(text, lex) if ":" in text else {}
        heads.update(rundown_headings(text, lex))
        if heads:
            for i, c in enumerate(self.cands):
                head = heads.get(c.start)
                if head is not None and head[0] == c.end and not c.ticker \
                        and not any(x <= c.start < y for x, y in labels):
                    self.fragment[i] = False
                    self.ev[i][head[1]] = self.ev[i].get(head[1], 0.0) + STRONG
                    headed.add(i)
        title_lines = _title_case_lines(text, headline_end)
        label_lines = _label_lines(text, headline_end, lex)
        #: rows of short cells without a figure (a table's header row, a menu): a lone word there that only the
        #: catalog knows is a column's label ("Buyer | Target | Change"), no company
        self.label_rows = [span for span in title_lines if text.count("|", *span) >= 1]
        ticker_at = {t[0] for t in self.tickers if t[4] or "(" in text[t[0]:t[2]]}
        self.regions = [(a, b) for a, b in credit_regions(text) if not any(x <= a < y for x, y in labels)
                        and not any(a <= x < b for x, _ in hosts)]
        #: a guest's label and the affiliation after it, in capitals ("OREN CASTELL, BRIGHTWATER SECURITIES:"): a
        #: speaker named where a transcript names its speakers, no shouted title
        guests = [span for t in self.turns if not (t.host or t.unnamed)
                  for span in ((t.label_start, t.label_end), (t.role_start, t.role_end)) if span[1] > span[0]]
        items = _factbox_items(text)
        self.headline = [(c.start < headline_end or _in_spans(c.start, title_lines) or _in_spans(c.start, label_lines)
                          or (_shouting(c, lex) or _alone_in_shouted_line(c, text) or _in_shouted_line(c, text))
                          and not _before_ticker(c, text, ticker_at) and not _move_row_label(c, text)
                          and not _in_spans(c.start, items)
                          and not (_in_spans(c.start, guests) and _named_in_label(c, text, lex))
                          and not _roundup_label(c, text, lex) or _headline_case(c))
                         and not in_regions(c.start, self.regions) and not _in_spans(c.start, hosts)
                         and i not in headed for i, c in enumerate(self.cands)]
        for i, c in enumerate(self.cands):
            if _roundup_label(c, text, lex):  # "HENRY QUIST, Treasury Secretary, at ...": the person quoted
                self.ev[i]["PERSON"] = self.ev[i].get("PERSON", 0.0) + STRONG
        self.group_of: list[int] = [-1] * n
        self.groups: list[Group] = []
        self.key_to_group: dict[str, int] = {}
        self.ticker_to_group: dict[str, int] = {}
        self.names: dict[int, str] = {}
        self.kind_cache: dict[int, str] = {}
        self.deferred: list[int] = []
        #: lone words some mention of which is typed a place by its own grammar ("in Quistford"): not the short name of
        #: an outlet named after them ("Quistford Daily")
        self.place_words: set[str] = set()
        self.index: dict[str, list[int]] = {}   # "f:<first word>", "l:<last words>", "i:<initials>", "w:<one word>"
        self._spelled: set[str] | None = None

    # --- helpers -------------------------------------------------------------------------------------------
    def key(self, c: Candidate) -> str:
        known = self.lex.known_org_alias.get(c.surface)
        if known is not None and c.surface in self.spelled_out:
            known = None  # "FSA" where the text names its "Financial Supervisory Authority": the text's body, not the
            # lexicon's other body of those initials
        if known is None and len(c.words) > 2 and c.words[0] in self.lex.places:  # "U.S. Securities and ..."
            known = self.lex.known_org_alias.get(" ".join(c.words[1:]))
        return norm_key(known or c.surface)

    @property
    def spelled_out(self) -> set[str]:
        """Acronyms a name of the text spells out (its initials, after a leading country's name or demonym too:
        "Finnish Financial Services Authority" spells "FFSA" and "FSA") where the lexicon gives the acronym to
        a body whose name the text never writes."""
        if self._spelled is None:
            lex = self.lex
            found: set[str] = set()
            for c in self.cands:
                if len(c.words) < 2:
                    continue
                words = c.words[1:] if c.words[0] in lex.demonyms or c.words[0] in lex.places else c.words
                if len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the") for w in words):
                    found.add(initials(words))
            self._spelled = {a for a in found if a in lex.known_org_alias
                             and lex.known_org_alias[a] not in self.text}
        return self._spelled

    def assign(self, i: int, g: int) -> None:
        self.group_of[i] = g
        grp = self.groups[g]
        before = len(grp.words)
        grp.add(i, self.cands[i], self.ev[i])
        self.kind_cache.pop(g, None)
        if len(grp.words) != before:
            self._index(g, grp.words)

    def _index(self, g: int, words: list[str]) -> None:
        low = [w.lower() for w in words]
        keys = []
        if len(words) == 1:
            keys.append("w:" + words[0][:5])
        else:
            keys.append("f:" + low[0])
            if _INITIALS_RE.match(words[0]) or words[0] in self.lex.org_lead_words:
                keys.append("f:" + low[1])  # "A.B. Tanner Corp." is "Tanner" after the first mention; "Groupe Quist"
                if _INITIALS_RE.match(words[0]) and len(words) == 2 and "-" in low[1].strip("-"):
                    keys.append("f:" + low[1].rsplit("-", 1)[1])  # "A.B. Holm-Quist" is "Quist" after it
            keys.append("l:" + low[-1])
            if low[-1][:3] in ("al-", "el-") and len(low[-1]) > 4:
                keys.append("l:" + low[-1][3:])  # "Quist" after "Omar al-Quist"
            keys.append("l:" + " ".join(low[-2:]))
            if len(words) >= 4 and low[-2] in ("e", "y"):
                keys.append("l:" + " ".join(low[-3:]))  # "Quistaro e Zorba" after "Tiago Quistaro e Zorba"
            keys.append("i:" + initials(words))
            keys.append("i:" + initials_keep_caps(words))
            if "and" in words[2:]:  # "Centers for Quist Control and Prevention" is "CQC"
                keys.append("i:" + initials(words[:words.index("and")]))
            keys.extend("i:" + short for short in trimmed_initials(words, self.lex))
            if len(words) >= 3 and (words[0] in self.lex.demonyms or words[0] in self.lex.places) \
                    and initials(words[1:]) in self.spelled_out:
                keys.append("i:" + initials(words[1:]))  # "FSA" after "the Finnish Financial Services Authority"
        for key in keys:
            bucket = self.index.setdefault(key, [])
            if g not in bucket:
                bucket.append(g)

    def new_group(self, i: int) -> int:
        self.groups.append(Group())
        g = len(self.groups) - 1
        self.assign(i, g)
        return g

    def kind(self, g: int) -> str:
        kind = self.kind_cache.get(g)
        if kind is None:
            kind = best_type(self.groups[g].ev)[0]
            self.kind_cache[g] = kind
        return kind

    def origin_led(self, words: list[str]) -> bool:
        """A name opened by an adjective of origin or a compass point that is no given name ("European Quistra
        sales", "West Quistshire"): the first word says where, and the word after it is no surname of a person
        ("Quistshire" alone is the region again, "Quistra" the product)."""
        return len(words) >= 2 and (words[0] in self.lex.demonyms or words[0] in COMPASS_HEADS) \
            and words[0] not in self.lex.given_names

    def common_noun_tail(self, short: list[str], full: list[str]) -> bool:
        """True when ``short`` is one word the text also writes in lower case and ``full`` opens with no given name
        ("Beauty" of "Quista Beauty" in a text on "prestige beauty"): a company's generic word standing alone, no
        person's surname."""
        return len(short) == 1 and full[0] not in self.lex.given_names and used_lowercase(short[0], self.text)

    def find_target(self, c: Candidate, exclude: int = -1) -> int:
        """The existing group `c` is a short form of (surname, leading words, acronym, clipped word), or -1."""
        lex = self.lex
        words = c.words
        if c.surface in lex.indices:
            return -1
        if len(words) == 1 and c.next.isdigit() and is_acronym(words[0]):
            return -1  # "SB 412", "HB 12": a bill's or a form's code and its number, no initials of a name
        # a known place, also in a dateline's capitals ("AMSTERDAM, Sept 14 (Wire) -" beside "the Amsterdam District
        # Court"): the town, no short form of a longer name that opens with it
        place = c.surface in lex.places or c.surface.isupper() and " ".join(_titled(words)) in lex.places
        found: list[int] = []
        low = [w.lower() for w in words]
        pool: set[int] = set()
        for key in ("f:" + low[0], "l:" + " ".join(low), "i:" + words[0], "i:" + words[0].upper(), "w:" + words[0][:5],
                    "i:" + "".join(ch for ch in words[0] if ch.isupper())):  # "MoD": "Ministry of Defence" ("i:MD")
            pool.update(self.index.get(key, ()))
        initialled = len(words) >= 2 and words[0].isupper() and words[0].isalpha()
        if initialled:  # "AB Quistbrau" after "Anders-Berg Quistbrau (SA/NV)": any group may end on the same words
            pool.update(g for g, grp in enumerate(self.groups) if grp.words and len(grp.words) >= len(words))
        elif len(words) == 1 and _BLEND_RE.fullmatch(words[0]):  # "QuistMot": any name of two words or more
            pool.update(g for g, grp in enumerate(self.groups) if len(grp.words) >= 2)
        elif len(words) == 1 and len(words[0]) >= 6:  # "Quisnickel": a name of two words or more that opens the same
            pool.update(g for g, grp in enumerate(self.groups) if len(grp.words) >= 2 and any(
                w[:2].lower() == low[0][:2] for w in grp.words[:2]))
        for g in sorted(pool):
            grp = self.groups[g]
            if g == exclude or not grp.words or len(grp.words) <= len(words) and not (
                    len(words) == 1 and is_char_prefix(words[0], grp.words[0])) and not (
                    initialled and is_initialled_form(words, grp.words)) and not (
                    is_clipped_last_word(words, grp.words)):
                # (as many words, the last one clipped: "Quist Pharma" of "Quist Pharmaceuticals")
                continue
            kind = self.kind(g)
            weak = best_type(grp.ev)[1] < STRONG
            if kind == "PERSON" and len(words) == 1 and len(grp.words) > 1 and words[0] == grp.words[0] \
                    and words[0] in lex.given_names:
                found.append(g)  # "Elian" after "Elian Gonzalez": a first-name reference
            elif kind == "OTHER" and len(words) == 1 and grp.words[-1] == words[0] and grp.words[0] in lex.event_heads:
                found.append(g)  # "Leah" after "Hurricane Leah": the storm again
            elif (kind == "PERSON" or weak and not place and c.surface not in lex.known_org_alias
                  and not (IC_ADJECTIVE_RE.search(grp.words[0]) and grp.words[0] not in lex.given_names)) \
                    and is_surname_of(
                    words, grp.words, lex) and not (len(words) == 1 and is_acronym(words[0]) and grp.words[-1] == words[0]) \
                    and not (kind != "PERSON" and self.place_after_body(words, grp.words)):
                # (an acronym ending a longer name in the same capitals is the name's generic word, no surname: "GOP"
                # beside "the Quist County GOP", "PAC" beside "Kestrel Action PAC")
                found.append(g)
                if (kind != "PERSON" or grp.ev.get("PERSON", 0.0) < STRONG) and len(grp.words) <= 3 \
                        and not is_acronym(words[0]) and not self.no_surname_of_place(kind, words, grp.words) \
                        and not self.origin_led(grp.words) and not self.common_noun_tail(words, grp.words):
                    # "Geremek" after "Bronislaw Geremek" (also where a known given name made the full name a
                    # person by weak evidence only, which one strong company cue would outweigh)
                    grp.ev["PERSON"] = grp.ev.get("PERSON", 0.0) + STRONG
                    self.kind_cache.pop(g, None)
            elif (kind == "ORG" or weak and kind != "PERSON") and not place \
                    and (c.surface not in lex.known_org_alias or c.surface in self.spelled_out) \
                    and not (len(words) == 1 and words[0] in self.place_words and outlet_named_after(grp.words, words[0])) \
                    and (
                    is_word_prefix(words, grp.words) and not self.noun_after_name(g, len(words))
                    and not self.body_named_after_person(words, grp.words)
                    and not unit_after_name(words, grp.words, lex)
                    and not building_named_after(words, grp.words)
                    or (_INITIALS_RE.match(grp.words[0]) and is_word_prefix(words, grp.words[1:]))
                    or (_INITIALS_RE.match(grp.words[0]) and len(words) == 1 and len(grp.words) == 2
                        and grp.words[1].lower().endswith("-" + low[0]))  # "Quist" of "A.B. Holm-Quist"
                    or is_clipped_prefix(words, grp.words)  # "Sun Pharma" after "Sun Pharmaceutical Industries"
                    or is_clipped_skipping(words, grp.words, lex)  # "Quist Tech": "Quist Packaging Technologies"
                    or initialled and is_initialled_form(words, grp.words)  # "AB Quistbrau": "Anders-Berg Quistbrau"
                    or len(words) == 1 and is_blend(words[0], grp.words)  # "QuistMot" of "Quistal Motors"
                    or len(words) == 1 and is_word_blend(words[0], grp.words)  # "Quisnickel": "Quistilsk Nickel"
                    or (grp.words[0] in lex.org_lead_words and low == [w.lower() for w in grp.words[1:1 + len(words)]])
                    # "Quist" after "Groupe Quist" or "Groupe Quist Industries"
                    or (len(words) == 1 and is_char_prefix(words[0], grp.words[0]) and len(grp.words) == 1)
                    or (len(words) == 1 and is_acronym(words[0]) and acronym_matches(words[0], grp.words, lex))
                    or (len(words) == 1 and words[0] in self.spelled_out and len(grp.words) >= 3
                        and (grp.words[0] in lex.demonyms or grp.words[0] in lex.places)
                        and initials(grp.words[1:]) == words[0])  # "FSA": "Finnish Financial Services Authority"
                    or (len(words) == 1 and mixed_short_form(words[0], grp.words))  # "MoD": "Ministry of Defence"
                    or (len(words) == 1 and 3 <= len(words[0]) <= 6
                        and any(w.isupper() and len(w) > 1 for w in grp.words)
                        and acronym_matches(words[0].upper(), grp.words, lex))):  # "Besi": BE Semiconductor Industries
                found.append(g)
        if not found:
            return -1
        if len(found) > 1 and len(words) == 1 and words[0] in self.spelled_out:
            # "FSA" after the Latvian and then the Finnish financial authority: the one named last
            before = {g: max((self.cands[i].start for i in self.groups[g].members if self.cands[i].start < c.start),
                             default=-1) for g in found}
            return max(found, key=before.__getitem__)
        if len(words) == 1 and not is_acronym(words[0]):
            # "Zorbo" beside "Zorbo Holdings" and "Zorbo Employees Forum": the company, not a body named after it;
            # beside the staff's body alone, no link ("Zorbo shares fell" is not the forum's)
            bodies = [g for g in found if named_after(self.groups[g].words, words[0])]
            if bodies and len(bodies) < len(found):
                found = [g for g in found if g not in bodies]
            elif bodies and all(any(w in STAFF_WORDS for w in self.groups[g].words[1:]) for g in bodies):
                return -1
            shared = self._shared_first_word(words[0], found)
            if shared is not None:
                return shared
        return max(found, key=lambda g: (self.kind(g) == "PERSON", len(self.groups[g].members)))

    def _shared_first_word(self, word: str, found: list[int]) -> int | None:
        """The group a one-word name opening two companies' names of the article stands for ("Quistung" beside
        "Quistung Electronics" and "Quistung K&P"): the group that says it is the whole ("Quistung Group"), else none
        (-1): the word alone is their group, no short form of either. None where the word opens one company only."""
        tails = self.lex.company_form_tails
        opened = [g for g in found if len(self.groups[g].words) >= 2 and self.groups[g].words[0] == word
                  and self.kind(g) != "PERSON"]
        if len({self.groups[g].words[1] for g in opened}) >= 2:
            whole = [g for g in opened if len(self.groups[g].words) == 2 and self.groups[g].words[1].lower() in tails
                     and self.kind(g) == "ORG"]
            if len(whole) == 1:
                # "Quist Holdings, the owner of the Quist Zorbo bakery chain" then "Quist said": the holding company
                # the word shortens, though its brand, not yet typed, is named more often
                return whole[0]
        orgs = [g for g in found if self.kind(g) == "ORG" and len(self.groups[g].words) >= 2
                and self.groups[g].words[0] == word]
        if len({self.groups[g].words[1] for g in orgs}) < 2:
            return None
        whole = [g for g in orgs if len(self.groups[g].words) == 2 and self.groups[g].words[1].lower() in tails]
        return whole[0] if len(whole) == 1 else -1

    def noun_after_name(self, g: int, n: int) -> bool:
        """True when group ``g`` is a name of ``n`` words (an acronym, or two words or more) used as the modifier
        of a capitalised common noun, no organisation's full name: every mention of its longest form follows
        "the", and the words after the first ``n`` name no body (no head word of an organisation or institution,
        no legal suffix): "the HP Way" (a company culture's name) is not the full name of "HP", so "HP's shares"
        stay the company's; nor "the Quist News Poll" of "Quist News", "the QBI Laboratory" of "QBI". "the Quist
        Group", "the QBI Institute" and "QBI Motors" (no article) are full names; a lone capitalised first word
        ("Kestrel" for "the Kestrel Inn") is linked as before."""
        grp, lex = self.groups[g], self.lex
        if n == 1 and not is_acronym(grp.words[0]):
            return False  # a lone capitalised first word ("Kestrel" for "the Kestrel Inn") stays a clipped name
        tail = grp.words[n:]
        if not tail or len(tail) > 2 or any(w in lex.org_heads or w in lex.institution_heads
                                            or w.rstrip(".") in lex.legal_suffixes or not w[:1].isupper()
                                            for w in tail):
            return False
        full = [self.cands[i] for i in grp.members if len(self.cands[i].words) == len(grp.words)]
        return bool(full) and all(c.prev in ("the", "The") for c in full)

    def _lead_not_a_given_name(self, full: list[str]) -> bool:
        """True when a name's first word is a place or a body's head and no given name ("London Gatwick", "Chicago
        Sun-Times", "House Quistgate"): a person's name rarely starts so, and one
        that does ("Chad Bown") keeps a surname of a name's shape (:meth:`no_surname_of_place`)."""
        lead, lex = full[0], self.lex
        return lead not in lex.given_names and (lead in lex.places or lead in lex.institution_heads
                                                or lead in lex.place_prefixes)  # "Quistany" of "Port Quistany"

    def place_after_body(self, short: list[str], full: list[str]) -> bool:
        """True when ``short`` is one known place ending a name led by a place or a body's head ("Benghazi" after
        "the House Benghazi committee"): the town itself, not the surname of a person that name would be."""
        return len(short) == 1 and self._lead_not_a_given_name(full) \
            and (short[0] in self.lex.places or short[0] in gazetteer_names())

    def no_surname_of_place(self, kind: str, short: list[str], full: list[str]) -> bool:
        """True when the last word of a name led by a place or a body's head, standing alone, makes no person of
        it: the name is typed a place ("Gatwick" after "slots at London Gatwick"), or the word is a head, a
        people's name or a word the text also writes in lower case ("Times" of "Chicago Sun-Times", "Rising" of
        "America Rising", "Veterans" of "Afghanistan Veterans"). A person named after a place keeps a surname of
        a name's shape ("Bown" of "Chad Bown")."""
        if len(short) != 1 or not self._lead_not_a_given_name(full):
            return False
        word, lex = short[0], self.lex
        return kind == "PLACE" or word in lex.org_heads or word in lex.institution_heads or word in lex.place_heads \
            or word in lex.demonyms or used_lowercase(word, self.text)

    def body_named_after_person(self, short: list[str], full: list[str]) -> bool:
        """True when ``short`` is a person's name (two words or more) and ``full`` a body named after that person
        (a given name first, a head such as Foundation, Center or Library last): "the Kestrel Doyle Foundation",
        "the Amos Quint Presidential Center" are not Kestrel Doyle or Amos Quint, who keep their own entity."""
        return len(short) >= 2 and named_after_person(full, self.lex)

    # --- steps ---------------------------------------------------------------------------------------------
    def link_tickers(self) -> None:
        """Tickers in parentheses or after 'Inc.' join the company before them."""
        starts = {t[2]: t for t in self.tickers}
        last_name = -1
        for i, c in enumerate(self.cands):
            if c.ticker:
                m_start, _, _, sym, exch = starts[c.start]
                if last_name >= 0 and not exch and self.affiliation_after_person(last_name, c, m_start):
                    c.ticker = False  # "Jo Quist (ZDP) said": the person's party, an organisation of its own
                    self.ev[i]["ORG"] = self.ev[i].get("ORG", 0.0) + STRONG
                    last_name = i
                    continue
                if last_name >= 0 and _GAP_RE.fullmatch(self.text[self.cands[last_name].end:m_start]):
                    c.ticker_of = last_name
                    if exch or _RIC_RE.fullmatch(sym) or self.text[c.end:c.end + 1] == ")" \
                            and self.moves_after(c.end + 1):
                        # "Quistel (QSTL.O)", "Zorbo (NYSE: ZRB)", "Q.Z. Quist (QZQ) lost 2%": a listed company
                        ev = self.ev[last_name]
                        ev["ORG"] = ev.get("ORG", 0.0) + STRONG
                continue
            if len(c.words) == 1 and is_acronym(c.words[0]) and last_name >= 0 \
                    and c.surface not in self.lex.known_org_alias \
                    and _ticker_cell(self.text, self.cands[last_name], c):
                c.ticker, c.ticker_of = True, last_name
                ev = self.ev[last_name]
                ev["ORG"] = ev.get("ORG", 0.0) + STRONG  # a row of a table of listed companies
                continue
            if (len(c.words) == 1 and is_acronym(c.words[0]) and last_name >= 0
                    and self.cands[last_name].words[-1].rstrip(".") in self.lex.legal_suffixes
                    and self.text[self.cands[last_name].end:c.start].strip() == ""
                    and (c.next.islower() or c.next in (",", ".", ";", ")"))):
                c.ticker, c.ticker_of = True, last_name
                continue
            last_name = i

    def affiliation_after_person(self, j: int, c: Candidate, m_start: int) -> bool:
        """True when the code in parentheses ``c`` follows a person's name (``cands[j]``: a known given name, then
        one or two more words) and closes its bracket: "Chancellor Jo Quist (ZDP) said", the person's party or
        employer, no ticker of a company and no short form of the name."""
        name = self.cands[j]
        sym = c.words[0] if len(c.words) == 1 else ""
        person = name.words[0] in self.lex.given_names or self.ev[j].get("PERSON", 0.0) > self.ev[j].get("ORG", 0.0)
        if name.words[-1] in self.lex.org_heads or name.words[-1].rstrip(".") in self.lex.legal_suffixes:
            return False  # "Mavis Quist Group (MQT)": a given name opens a company's name
        return 2 <= len(name.words) <= 3 and person \
            and self.text[name.end:m_start].strip() == "" and self.text[m_start:m_start + 1] == "(" \
            and self.text[c.end:c.end + 1] == ")" and 2 <= len(sym) <= 5 and sym[0].isupper() \
            and not _RIC_RE.fullmatch(sym) and not is_initialled_form([sym], name.words) \
            and "".join(w[0] for w in name.words).upper() != sym.upper() and not self.moves_after(c.end + 1)

    def moves_after(self, pos: int) -> bool:
        """True when a share move with its figure follows ``pos`` ("(QZM) lost 2.0%", "(QZM) shares rose 3 per
        cent"): the code before it is a listed company's ticker, no person's party or employer."""
        move = _MOVE_AFTER_RE.match(self.text, pos)
        return move is not None and move.group(1) in self.lex.market_verbs

    def bracket_acronyms(self) -> set[str]:
        """Acronyms the text defines in brackets after the name they spell ("the Bureau of Industry and Security
        (BIS)"): later mentions of the acronym name that body, not another the lexicon spells the same way (the Bank
        for International Settlements)."""
        return {c.words[0] for c in self.cands if c.ticker and c.ticker_of >= 0 and len(c.words) == 1
                and is_acronym(c.words[0]) and acronym_matches(c.words[0], self.cands[c.ticker_of].words, self.lex)}

    def group_body(self) -> None:
        lex = self.lex
        self.place_words = {c.words[0] for i, c in enumerate(self.cands) if len(c.words) == 1 and not c.ticker
                            and self.ev[i].get("PLACE", 0.0) > self.ev[i].get("ORG", 0.0)}
        order = sorted(range(len(self.cands)), key=lambda i: (-len(self.cands[i].words), i))
        defined = self.bracket_acronyms()
        for i in order:
            c = self.cands[i]
            if c.ticker or self.headline[i] or self.fragment[i]:
                continue
            if len(c.words) == 1 and is_acronym(c.words[0]) and (c.surface not in lex.known_org_alias
                                                                 or c.surface in defined):
                self.deferred.append(i)  # a ticker or an acronym: joins its company in attach_tickers
                continue
            k = self.key(c)
            g = self.key_to_group.get(k, -1)
            if g >= 0 and len(c.words) < len(self.groups[g].words) and self.kind(g) == "PERSON" \
                    and self.given_name_first(g):
                # a later "Mook said" joins through the key of the first "Mook", which found "Robby Mook": its
                # cues are no place or company evidence either (below)
                self.drop_company_cues(i)
            if g < 0:
                g = self.defined_short_name(i)
            if g < 0 and len(c.words) <= 3:
                g = self.find_target(c)
                if g >= 0 and self.kind(g) == "PERSON":
                    self.drop_company_cues(i)
            if g < 0:
                g = self.new_group(i)
                self.key_to_group[k] = g
            else:
                self.assign(i, g)
                self.key_to_group.setdefault(k, g)

    def drop_company_cues(self, i: int) -> None:
        """Candidate ``i`` is a short form of a person named in full: "Jordan" after "Michael Jordan" is no place,
        "Mook said" no company (the speech cue is weak), nor is "Sharp" after "Betsy Sharp" the listed company
        of that name (the catalog's evidence is taken off first)."""
        ev = self.ev[i]
        ev.pop("PLACE", None)
        c = self.cands[i]
        if "ORG" in ev and len(c.words) == 1 and not c.titled and catalog_company(c.surface) is not None:
            ev["ORG"] -= STRONG - 1
        if ev.get("ORG", 0.0) <= STRONG / 2:
            ev.pop("ORG", None)

    def given_name_first(self, g: int) -> bool:
        """The group's name opens on a word that can be a given name: a known one, or a capitalised word the
        lexicon gives no other role ("Rahm Emanuel"; not "State Twitter", "CIA Benghazi", "Senate X")."""
        lex = self.lex
        words = self.groups[g].words
        if not 2 <= len(words) <= 3:
            return False
        first = words[0]
        if first in lex.places:
            return False  # "Charlotte Panthers"
        if first in lex.given_names:
            return True
        return first.isalpha() and first[:1].isupper() and not first.isupper() and not any(
            first in kind for kind in (lex.org_heads, lex.institution_heads, lex.org_lead_words,
                                       lex.role_first_words, lex.portfolio_words))

    def defined_short_name(self, i: int) -> int:
        """The group of the organisation whose short name candidate ``i`` is, by the text's own definition: one
        mixed-case word in brackets right after the organisation's full name ("the Federal Financial Supervisory
        Authority (BaFin)", "the California Department of Transportation (Caltrans)"), often no acronym of the
        name's English words; else -1. A place, an exchange, a weekday or a word in capitals (a ticker) in those
        brackets is no short name."""
        c, lex = self.cands[i], self.lex
        word = c.words[0]
        if len(c.words) != 1 or i == 0 or word.isupper() or not word[:1].isupper() or c.prev != "(" or c.next != ")" \
                or word in lex.places or word in lex.place_alias or word in lex.known_org_alias \
                or word in lex.time_words or catalog_company(word) is not None or used_lowercase(word, self.text):
            return -1
        long = self.cands[i - 1]
        if len(long.words) < 2 or self.text[long.end:c.start] != " (":
            return -1
        g = self.group_of[i - 1]
        return g if g >= 0 and self.kind(g) == "ORG" else -1

    def attach_tickers(self) -> None:
        for i, c in enumerate(self.cands):
            if c.ticker and c.ticker_of >= 0 and self.group_of[c.ticker_of] >= 0 \
                    and self.kind(self.group_of[c.ticker_of]) not in ("PLACE", "INDEX", "PERSON"):
                g = self.group_of[c.ticker_of]
                self.assign(i, g)
                sym = c.words[0]
                self.ticker_to_group[sym] = g
                self.ticker_to_group[sym.split(".")[0]] = g
        for i, c in enumerate(self.cands):
            if self.group_of[i] >= 0 or len(c.words) != 1 or self.fragment[i]:
                continue
            word = c.words[0]
            g = self.ticker_to_group.get(word, -1)
            if g < 0 and c.prev.lower() in _TICKER_CUES:
                g = self.last_org_before(c.start)
            if g < 0 and is_acronym(word) and word not in self.lex.non_entity_acronyms \
                    and word not in self.lex.known_org_alias:
                g = self._catalog_ticker_group(i, c)
            if g < 0 and is_acronym(word) and word.isalpha() and len(word) >= 4 \
                    and word not in self.lex.non_entity_acronyms and word not in self.lex.known_org_alias \
                    and self.ev[i].get("OTHER", 0.0) < FORM:
                g = self._abbreviated_org(word)
            if g >= 0:
                if self.group_of[i] >= 0:
                    continue
                c.ticker = True
                self.assign(i, g)
        for i, c in enumerate(self.cands):
            code = _SHARE_CLASS_CODE_RE.match(c.surface)
            if code is None or self.fragment[i]:
                continue
            own = self.group_of[i]
            g = self._abbreviated_org(code.group(1) or code.group(2), whole=True, skip=own)
            if g < 0 or g == own or own >= 0 and self.groups[own].members != [i]:
                continue
            if own >= 0:  # "QUIS B  -14.2%" read as a name of its own: the listed class of "Quistsson"
                self.groups[own].members.remove(i)
                self.group_of[i] = -1
            c.ticker = True
            self.assign(i, g)
        for i in self.deferred:  # acronyms that name no company of the document: their own entity
            if self.group_of[i] < 0:
                c = self.cands[i]
                g = self.key_to_group.get(norm_key(c.surface), -1)
                if g < 0 and self.ev[i].get("OTHER", 0.0) < FORM:
                    g = self.find_target(c)  # (a term is no short form: "QBM practices" beside "QBM Weekly")
                if g < 0:
                    g = self.new_group(i)
                    self.key_to_group[norm_key(c.surface)] = g
                else:
                    self.assign(i, g)

    def _abbreviated_org(self, word: str, whole: bool = False, skip: int = -1) -> int:
        """The one organisation of the document whose first word `word` abbreviates as tickers do (its first
        letter, then some of its letters in order: "QSTV" for "Quistaven Pharma"), or -1. ``whole``: the word may
        also be that first word whole ("ZORB" of "Zorb"), or abbreviate the letters of an organisation's whole name
        ("ZUNB" of "Zorb Unibanco"). ``skip``: a group left out (the code's own)."""
        low = word.lower()
        found = []
        for g, grp in enumerate(self.groups):
            if g == skip or not grp.words or self.kind(g) not in ("ORG", "") \
                    or FOLLOWER_RE.search(grp.words[0]):
                continue  # (a word of a doctrine or its followers, "Islamist", opens no company's name: not "ISIS")
            head = grp.words[0].lower()
            if whole and head == low and self.kind(g) == "ORG":
                found.append(g)
                continue
            if whole and len(grp.words) > 1 and self.kind(g) == "ORG":
                head = "".join(grp.words).lower()  # "QBDB3" of "Quist Banco do Brasil": the letters of the name
            if len(head) <= len(low) or head[0] != low[0] or not head.isalpha():
                continue
            it = iter(head[1:])
            if all(ch in it for ch in low[1:]):
                found.append(g)
        return found[0] if len(found) == 1 else -1

    def _catalog_ticker_group(self, i: int, c: Candidate) -> int:
        """A bare ticker ('NVDA', '$TSLA') the catalog knows: the group of its company in this document, or a
        new group for the company when the ticker is written as a cashtag."""
        company = company_for_ticker(c.words[0])
        if not company:
            return -1
        g = self.key_to_group.get(norm_key(company), -1)
        if g < 0:
            probe = Candidate(c.start, c.end, company.split())
            g = self.find_target(probe) if len(probe.words) <= 3 else -1
            if g < 0:  # the document names the company by a longer form ("Nvidia Corp" for "Nvidia")
                words = company.split()
                g = next((h for h in self.index.get("f:" + words[0].lower(), ())
                          if self.kind(h) == "ORG" and is_word_prefix(words, self.groups[h].words)), -1)
        if g < 0 and c.prev == "$":
            self.ev[i]["ORG"] = self.ev[i].get("ORG", 0.0) + FORM
            g = self.new_group(i)
            self.key_to_group[norm_key(company)] = g
            self.group_of[i] = -1  # assigned again by the caller
            self.groups[g].members.remove(i)
        return g

    def last_org_before(self, pos: int, exclude: int = -1) -> int:
        best, best_start = -1, -1
        for g, grp in enumerate(self.groups):
            if g == exclude or self.kind(g) != "ORG":
                continue
            for i in grp.members:
                s = self.cands[i].start
                if best_start < s < pos:
                    best, best_start = g, s
        return best

    def _brand_of(self, i: int) -> bool:
        """True when candidate `i`, a bare name (no legal suffix, no organisation head word, typed by no form),
        stands right before a parent word ("owner") and the name after that word is an organisation of the
        document."""
        c = self.cands[i]
        if i + 1 >= len(self.cands) or c.possessive:
            return False
        nxt = self.cands[i + 1]
        if self.text[c.end:nxt.start].split() != [c.next]:
            return False
        words = c.words
        lex = self.lex
        if words[-1] in lex.legal_suffixes or words[-1] in lex.org_heads or words[0] in lex.org_lead_words \
                or c.surface in lex.known_org_alias or catalog_company(c.surface) is not None:
            return False
        g, h = self.group_of[i], self.group_of[i + 1]
        if g < 0 or h < 0 or g == h or best_type(self.groups[g].ev)[1] >= FORM:
            return False
        if any(self.cands[k].next == "parent" for k in self.groups[g].members):
            return False  # "Quistair parent ZIAG" too: a subsidiary company, not a brand
        return self.kind(h) == "ORG"

    def descriptors(self) -> None:
        """'Quistair parent Zorbo Holdings', 'the Quistair owner': the subsidiary or brand before the parent word
        is an organisation of its own (typed so), not an alias of its parent."""
        for i, c in enumerate(self.cands):
            g = self.group_of[i]
            if g < 0:
                continue
            if c.next in _KIN_WORDS and c.next2[:1].isupper() and not c.possessive and not c.sent_initial \
                    and c.surface not in self.lex.places and best_type(self.groups[g].ev)[1] < FORM:
                # "... and Quistair peer Zorbo Air": a company whose peer the next name is (opening a sentence,
                # "Larger rival Zorbo Air" is an adjective)
                ev = self.groups[g].ev
                ev["ORG"] = ev.get("ORG", 0.0) + STRONG
                self.kind_cache.pop(g, None)
                continue
            if c.next not in _PARENT_WORDS:
                continue
            if c.next == "owner" and self._brand_of(i):
                # "Quist owner Zorbo Group fell 2%": a bare name whose owner, an organisation, is named right after
                # it is the brand that owner sells under ("Quist parent Zorbo Group" names a subsidiary: it stays)
                self.groups[g].ev["PRODUCT"] = self.groups[g].ev.get("PRODUCT", 0.0) + FORM
                self.kind_cache.pop(g, None)
                continue
            if self.kind(g) in ("", "ORG") or best_type(self.groups[g].ev)[1] < STRONG:
                self.groups[g].ev["ORG"] = self.groups[g].ev.get("ORG", 0.0) + STRONG
                self.kind_cache.pop(g, None)

    def _given_named_person(self, c: Candidate) -> bool:
        """True for two or three name-shaped words that open on a known given name and end on no place's word
        ("Sens. Jane Quist of Georgia and John Zorbman of Arkansas", "in Quistville, and Jan Roe, an economist"):
        a person listed beside places, not one more place of the list."""
        lex, words = self.lex, c.words
        return 2 <= len(words) <= 3 and words[0] in lex.given_names and c.surface not in lex.places \
            and words[-1] not in lex.place_heads and all(_NAME_WORD_RE.fullmatch(w) for w in words) \
            and not any(w in lex.org_heads or w in lex.places for w in words[1:])

    def coordinated_places(self) -> None:
        """'in Karachi, Lahore and Peshawar', 'from Harwick to Tallinn': a name listed next to a known place
        (or at the other end of a route) is a place too."""
        cands = self.cands
        listed: set[int] = set()  # names this pass made places: the next name of the same list follows them
        for i, c in enumerate(cands):
            g = self.group_of[i]
            if g < 0 or best_type(self.groups[g].ev)[1] >= FORM or self._given_named_person(c):
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(cands) or c.next in self.lex.market_verbs:
                    continue
                river = cands[j].surface in river_names() and c.prev == "the" and cands[j].prev == "the" \
                    and len(c.words) == 1 and self.text[min(c.end, cands[j].end):max(c.start, cands[j].start)] in (
                        ", the ", " and the ", ", and the ", " or the ")
                if cands[j].surface not in self.lex.places and not river and not (
                        j < i and self.group_of[j] >= 0 and self.kind(self.group_of[j]) == "PLACE"
                        and (cands[j].prev in ("in", "at", "near", "from", "across", "throughout", "to") or j in listed
                             or cands[j].prev == "of" and cands[j].prev2 in self.lex.place_nouns_before_of)):
                    # "in Harwick and Tallinn", "flights to Harwick and Tallinn": a place, or a name the document has
                    # as one after "in" or "to" (or "the provinces of"); "at Harwick, Tallinn and Brindle": the list goes on from the name
                    # before, made a place by the same list
                    continue
                a, b = (cands[j], c) if j < i else (c, cands[j])
                gap = self.text[a.end:b.start]
                again = _REPEATED_PREP_RE.fullmatch(gap)
                if gap == ", " and j < i and _CLAUSE_AFTER_RE.match(self.text, c.end) \
                        and all(_NAME_WORD_RE.fullmatch(w) for w in c.words):
                    continue  # "in Harwick, Quist Vane was calling ...": an opening phrase, then the subject
                if gap == ", " and j > i and role_after_place(self.text, b.end, self.lex):
                    continue  # "Jane Roe, Freedonia director for Quist": a person, her job's region after her
                if gap in (", ", " and ", ", and ", " or ") or gap == " to " and a.prev == "from" \
                        or again is not None and again.group(1) == a.prev or river:
                    # "from Harwick to Tallinn": a route's two ends are places; "in Harwick or in Tallinn": the
                    # preposition said again before the second place; "on the Volga and the Quell": a river listed
                    # with a major river, each with its article
                    ev = self.groups[g].ev
                    ev["PLACE"] = ev.get("PLACE", 0.0) + STRONG
                    self.kind_cache.pop(g, None)
                    if j < i and gap == ", ":
                        listed.add(i)  # "Harwick, Tallinn": a list the next name may close ("and Brindle")
                    elif j < i and j in listed:
                        listed.add(i)
                    break

    def headline_mentions(self) -> list[tuple[int, int, str, int]]:
        """Headline spans that name a body entity or a lexicon entry: (start, end, surface, group or -1)."""
        out: list[tuple[int, int, str, int]] = []
        for i, c in enumerate(self.cands):
            if not self.headline[i] or self.group_of[i] >= 0 or market_session_close(c, self.lex):
                continue  # ("ASX closes higher": the market, no name)
            out.extend(self._resolve_headline(c))
        return out

    def _move_subject(self, c: Candidate) -> bool:
        """A headline's name followed by a market verb and a figure ("Pop Mart surges 11 per cent",
        "Shiseido sinks 11%"), made of words the text never writes in lower case."""
        return (c.next in self.lex.market_verbs and c.next2[:1].isdigit()
                and not any(used_lowercase(w, self.text) for w in c.words))

    def _resolve_headline(self, c: Candidate) -> list[tuple[int, int, str, int]]:
        lex = self.lex
        offsets: list[tuple[int, int]] = []
        pos = c.start
        for w in c.words:
            s = self.text.find(w, pos)
            offsets.append((s, s + len(w)))
            pos = s + len(w)
        found: list[tuple[int, int, str, int]] = []
        a = 0
        nw = len(c.words)
        while a < nw:
            hit = None
            for b in range(nw, a, -1):
                sub = Candidate(offsets[a][0], offsets[b - 1][1], c.words[a:b])
                if is_fragment(sub, lex):
                    continue
                g = self.key_to_group.get(self.key(sub), -1)
                if g < 0:
                    g = self.ticker_to_group.get(sub.surface, -1)
                if g < 0:
                    g = self.find_target(sub)
                if g < 0 and c.next in _PARENT_WORDS and b == nw:
                    g = self.last_org_before(self.text.find("\n") if "\n" in self.text else len(self.text))
                if g < 0 and (sub.surface in lex.known_org_alias or sub.surface in lex.places
                              or sub.surface in lex.indices or (catalog_company(sub.surface) and (
                                  b - a > 1 or not used_lowercase(sub.surface, self.text)
                                  and not _in_spans(sub.start, self.label_rows)
                                  and not (a > 0 and _in_shouted_line(c, self.text)
                                           and sub.surface not in self.text[:self.text.find("\n") + 1].upper())))):
                    # (a catalog's word inside a shouted sentence, "RAISES PRICE TARGET", is one of its words unless
                    # the headline names it too)
                    g = -2  # a lexicon entry or a catalog company ("Tesco lifts profit outlook")
                if g < 0 and a == 0 and b == nw > 1 and c.words[-1] in lex.place_heads \
                        and c.words[0] not in lex.org_lead_words:
                    g = -2  # "Ship aground in Quist Strait": a place by its head word, not its first word alone
                if g < 0 and a == 0 and b == nw and self._move_subject(c):
                    g = -3
                if g < 0 and a == 0 and b - a >= 2 and _in_shouted_line(c, self.text) \
                        and _company_head_run(c.words, lex) == b \
                        and not any(used_lowercase(w.title(), self.text) for w in c.words[:b - 1] if len(w) > 2):
                    g = -3  # "* QUISTBY SECURITIES RAISES PRICE TARGET": a company in a shouted brief, by its head word
                if g < 0 and 2 <= b - a <= 4 and c.words[a].title() in lex.given_names \
                        and (b == nw or c.words[b].lower() in _MINOR or c.words[b].lower() in _TITLE_LOWER) \
                        and all(w.isalpha() for w in c.words[a:b]) and _in_shouted_line(c, self.text) \
                        and not any(used_lowercase(w.title(), self.text) for w in c.words[a + 1:b] if len(w) > 2):
                    g = -4  # "... APPOINTS FORMER MINISTER JANE QUIST ROE AS CHAIR ...": a person in a shouted brief
                if g != -1:
                    hit = (sub.start, sub.end, sub.surface, g)
                    break
            if hit is None:
                a += 1
                continue
            found.append(hit)
            a += len(hit[2].split())
        return found


_LINE_RE = re.compile(r"[^\n]+")
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_PAREN_RE = re.compile(r"\([^()\n]*\)")
_FIGURE_RE = re.compile(r"\d\s*(?:%|pct\b|per[ \t]?cent\b|percent\b)|(?:^|\s)[+\-−–]\d")
_MINOR = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "as", "vs"})
# the other short words a title may leave in lower case ("The Hellish View from Inside the Beltway")
_TITLE_LOWER = frozenset({"from", "into", "onto", "over", "after", "before", "about", "between", "through", "under",
                          "upon", "amid", "off", "out", "up", "down", "per", "via", "than", "but", "nor", "so", "yet",
                          "near", "like", "across", "against", "without", "within", "toward", "towards"})


# a list item opened by its subject in capitals and closed by a colon: "* QUISTEL HOLDINGS: Owns ...", "JANE ROE,
# CHIEF ECONOMIST, ZORBO BANK, LONDON:" (a factbox of companies or of economists' views); segments split by commas
_CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž&'’.-]*"
_CAPS_SEGMENT = _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r")*"
_ITEM_HEADING_RE = re.compile(r"^[ \t]*(?:[-*•–][ \t]+)?(" + _CAPS_SEGMENT + r"(?:,[ \t]+" + _CAPS_SEGMENT
                              + r")*)([ \t]*\([^()\n]{1,30}\))?[ \t]*:(?=[ \t]|$)", re.M)
_CAPS_SEGMENT_RE = re.compile(_CAPS_SEGMENT)
_MIN_SIBLINGS = 2


def _titled(words: list[str]) -> list[str]:
    return [w if len(w) <= 1 else w[0] + w[1:].lower() for w in words]


def _segment_kind(words: list[str], lex: Lexicon) -> str:
    """The type a heading's segment in capitals shows by its own words, title-cased: "ORG" (an organisation's
    head word or legal suffix, a catalog company), "PLACE", "ROLE" (a job title) or "PERSON" (a given name
    first), else ""."""
    titled = _titled(words)
    name = " ".join(titled)
    if catalog_company(name) is not None or name in lex.known_org_alias or titled[-1].rstrip(".") in lex.legal_suffixes \
            or titled[0] in lex.org_lead_words or any(w in lex.org_heads for w in titled[1:]):
        return "ORG"
    if name in lex.places:
        return "PLACE"
    if name in lex.role_titles or titled[0] in lex.role_first_words and len(titled) <= 3:
        return "ROLE"
    if titled[0] in lex.given_names and len(titled) >= 2:
        return "PERSON"
    return ""


# the opening of a rundown's entry on a company, after the colon of its heading in capitals: "The" and the company's
# trade ("The shipbuilder, which ...", "The Kent water supplier confirmed ..."), or the verb whose subject the heading
# is ("Said late on Monday ...", "Plans to raise ...")
_ENTRY_THE_RE = re.compile(r"[ \t]+The((?:[ \t]+[A-Za-z][\w-]*){1,4})")
_ENTRY_VERB_RE = re.compile(r"[ \t]+(?:Said|Says|[A-Z][a-z]{2,}(?:ed|s))[ \t]+[a-z]")


def _company_entry(text: str, at: int, heading: str, lex: Lexicon) -> bool:
    """True when the text after a heading's colon (at ``at``) opens as an entry on a company: "The" and a trade's noun
    within four words ("The equipment rental firm said"), a verb in the third person without its subject ("Said late
    on Monday", "Plans to raise"), or the heading's own name in ordinary case ("QUIST OCEAN: Quist Ocean said")."""
    m = _ENTRY_THE_RE.match(text, at)
    if m is not None:
        return any(w.strip(",") in lex.descriptor_words or w.strip(",") in lex.org_nouns_after for w in m.group(1).split())
    if _ENTRY_VERB_RE.match(text, at):
        return True
    named = " ".join(_titled(heading.split()))
    return len(named) > 2 and text[at:at + len(named) + 2].strip().startswith(named)


def item_headings(text: str, lex: Lexicon) -> dict[int, tuple[int, str]]:
    """Names in capitals heading the items of a list, each closed by a colon (segment start -> (end, type)).

    "JANE ROE, ZORBO CAPITAL MARKETS:" (then her quote), "TOM DOE, CHIEF ECONOMIST, QUIST BANK, LONDON:": a
    person and the affiliation after the name, in segments split by commas; a segment typed by its own words (a
    head word such as "Bank", a job title, a place) types the others: the first segment is the person when another
    names an organisation or a role, and a segment after a person that is no role or place is the employer.
    "* ZORBO LEASING: Leases six ...": a lone segment is an organisation only as an item of a list of companies,
    when at least two other items give their ticker ("* QUISTEL HOLDINGS (QSTL.O): ...") and none is a person; a
    page's labels ("BREAKING NEWS:", "FACT CHECK:", "MARKET REACTION:") are left alone."""
    out: dict[int, tuple[int, str]] = {}
    items: list[tuple[list[tuple[int, int, str]], bool]] = []
    for m in _ITEM_HEADING_RE.finditer(text):
        segs = []
        for s in _CAPS_SEGMENT_RE.finditer(text, m.start(1), m.end(1)):
            words = s.group().split()
            if not all(any(ch.isalpha() for ch in w) for w in words):
                continue
            segs.append((s.start(), s.end(), _segment_kind(words, lex)))
        if segs:
            paren = (m.group(2) or "").strip()[1:-1].strip()
            items.append((segs, m.group(2) is not None, paren in lex.places or paren in lex.place_alias,
                          _company_entry(text, m.end(), text[segs[0][0]:segs[-1][1]], lex)))
    tickers = sum(1 for segs, ticker, _, _ in items if len(segs) == 1 and ticker)
    people = sum(1 for segs, _, _, _ in items if len(segs) > 1 or segs[0][2] == "PERSON")
    entries = sum(1 for segs, _, _, entry in items if len(segs) == 1 and entry)
    for segs, ticker, placed, entry in items:
        kinds = [k for _, _, k in segs]
        if len(segs) == 1:
            if (not ticker or placed) and tickers > _MIN_SIBLINGS - (not ticker) and not people \
                    and kinds[0] in ("", "ORG"):
                # "* ZORBO LEASING: Leases six ...", "* QUIST MOTORS (Turin): Makes ...": a list of companies, each
                # given its ticker or its home city in brackets
                out[segs[0][0]] = (segs[0][1], "ORG")
            elif entry and entries > _MIN_SIBLINGS and not people and kinds[0] in ("", "ORG"):
                # "• ZORBO HEAVY INDUSTRIES: The shipbuilder, which ...", "• QUIST OCEAN: Said late on Monday ...": a
                # rundown of companies, each entry describing the company as "the" and its trade or opening on its verb
                out[segs[0][0]] = (segs[0][1], "ORG")
            continue
        person_first = kinds[0] in ("", "PERSON") and any(k in ("ORG", "ROLE") for k in kinds[1:])
        if not person_first:
            continue  # "BREAKING NEWS, LIVE UPDATES:": no person and affiliation
        for k, (start, end, kind) in enumerate(segs):
            if k == 0 and person_first:
                kind = "PERSON"
            elif k > 0 and not kind and person_first:
                kind = "ORG"  # the person's employer
            if kind in ("ORG", "PERSON", "PLACE"):
                out[start] = (end, kind)
    return out


# a rundown's heading: a line of its own in capitals naming one company or a few (split by commas or slashes), after a
# blank line and right before the entry's prose (a blank line between at most): "Stocks in focus: ..." then "QUIST TIN\nThe tin
# producer slid 5.2% ...", "ZORBO BANK, QUISTEL\nLenders with loans in ...", "QUIST / ZORBO STEEL\nThe two steelmakers ..."
_RUNDOWN_WORD = r"[A-Z0-9À-ÖØ-ÞĀ-Ž][A-Z0-9À-ÖØ-ÞĀ-Ž&'’.-]*"
_RUNDOWN_SEGMENT = _RUNDOWN_WORD + r"(?:[ \t]+" + _RUNDOWN_WORD + r")*"
_RUNDOWN_HEADING_RE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?:[-*•–][ \t]+)?(" + _RUNDOWN_SEGMENT
                                 + r"(?:[ \t]*(?:,|/)[ \t]*" + _RUNDOWN_SEGMENT + r")*)[ \t]*\n(?=(?:[ \t]*\n)?[ \t]*[\"“A-Z][^\n]*[a-z])")
_RUNDOWN_SPLIT_RE = re.compile(_RUNDOWN_SEGMENT)
_RUNDOWN_MAX_WORDS = 4
_MIN_RUNDOWN_HEADINGS = 3


def _named_in_prose(words: list[str], text: str) -> bool:
    """True when ``words`` (a heading's segment in capitals) are written in a line with lower case, each word
    opening in a capital: "Quist Minerals fell", "BBVA and Zorbo fell" (the headline's list counts)."""
    pattern = r"(?<![\w&])" + r"[ \t]+".join(re.escape(w) for w in words) + r"(?![\w&])"
    for m in re.finditer(pattern, text, re.I):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if any(ch.islower() for ch in line) and all(w[0].isupper() for w in m.group().split()):
            return True
    return False


def rundown_headings(text: str, lex: Lexicon) -> dict[int, tuple[int, str]]:
    """Names in capitals heading the entries of a rundown of companies (segment start -> (end, "ORG")), each on a
    line of its own before the entry's prose, as a wire's "stocks to watch" writes them: "QUIST TIN\nThe
    tin miner slid 4.1% ...". A rundown has three such headings at least, none a person, a place or a job title,
    and two of its names at least are written in ordinary case elsewhere (its headline's list, its prose) or known
    to the catalog; then every name of it is a company, the ones the entry only describes ("The Dutch paint
    maker ...") too. A section's label ("WHAT COMES NEXT", "LENDERS": a common word the text writes in lower case,
    a function word, or a segment of more than four words) makes a rundown none."""
    lines: list[list[tuple[int, int, list[str]]]] = []
    for m in _RUNDOWN_HEADING_RE.finditer(text):
        segs = []
        for s in _RUNDOWN_SPLIT_RE.finditer(text, m.start(1), m.end(1)):
            words = s.group().split()
            if any(ch.isalpha() for ch in s.group()):
                segs.append((s.start(), s.end(), words))
        if segs:
            lines.append(segs)
    if len(lines) < _MIN_RUNDOWN_HEADINGS:
        return {}
    named = 0
    for segs in lines:
        for _, _, words in segs:
            titled = _titled(words)
            if len(words) > _RUNDOWN_MAX_WORDS or _segment_kind(words, lex) in ("PERSON", "PLACE", "ROLE") \
                    or any(w.lower() in _MINOR - {"of", "and"} for w in words) \
                    or len(words) == 1 and used_lowercase(titled[0], text):
                return {}  # "WHAT COMES NEXT", "LENDERS" (the text writes "lenders"): a section's label
            if catalog_company(" ".join(titled)) is not None or _named_in_prose(words, text):
                named += 1
    if named < 2:
        return {}
    return {start: (end, "ORG") for segs in lines for start, end, _ in segs}


# a reporting verb in lower case: a title writes it "Says"; in a line of capitalised names and titles it opens a quotation
_SPEECH_PAST = frozenset({"said", "says", "told", "added", "commented", "stated"})


# the numbered item heading of a securities filing on a line of its own: "Item 2.06 Material Impairments.",
# "Item 8.01 Other Events.", "Item 1A. Risk Factors"
_FILING_ITEM_RE = re.compile(r"^[ \t]*(?:Item|ITEM)[ \t]+\d{1,2}(?:\.\d{1,2})?[A-C]?\.?[ \t]+(?:[A-Z][\w'’,&-]*|and|of|the|for|on|to|in|or)"
                             r"(?:[ \t]+(?:[A-Z][\w'’,&-]*|and|of|the|for|on|to|in|or|a|an|with|by|from|under)){0,12}\.?[ \t]*$")


#: A table printed in plain text, its columns aligned with spaces or collapsed to one: a header of column names, words
#: only ("Company   Last (NOK)   Chg %"), over rows that each name a subject without a figure, up to four figure cells
#: and a signed change ("Acme Tools   318.40   +4.6").
_PLAIN_HEADER_RE = re.compile(r"^[ \t]*[A-Z][^\d|:.!?\n]*$")
_PLAIN_ROW_RE = re.compile(r"^[ \t]*[A-Z][^\d|\n]*?(?:[ \t]+[$£€]?\d[\d,.]*[A-Za-z]{0,2}){0,4}[ \t]+[+\-−–][ \t]?\d{1,4}"
                           r"(?:[.,]\d+)?[ \t]*(?:%|pct)?$")
_PLAIN_TABLE_WORDS = 10


# a line opening on a date and a dash or a colon: the entry of a timeline ("09/04/2025 - ...", "Sept. 4: ...",
# "4 September 2025 -- ...")
_DATED_ENTRY_RE = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?"
                             r"(?:[ \t]+\d{4})?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)[ \t]*(?:-{1,2}|[–—:])[ \t]")
_TURN_LABEL_RE = re.compile(r"^[ \t]*[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}:[ \t]+(?=\S[^\n]*\?[ \t]*$)")


def _title_case_lines(text: str, headline_end: int) -> list[tuple[int, int]]:
    """Lines after the headline written in Title Case (sub-headings, embedded titles): 4+ words, nearly all
    capitalised; rows of short cells without a figure (a table's header row, a menu: "Lender | Ticker |
    Close"); and the header of a table printed in plain text, over two rows that end on a signed change
    ("Company   Last (NOK)   Chg %" over "Acme Tools   318.40   +4.6"). Their words count only when they name an
    entity found elsewhere."""
    out: list[tuple[int, int]] = []
    lines = list(_LINE_RE.finditer(text, headline_end))
    for k, line in enumerate(lines):
        body = line.group().rstrip()
        if _FILING_ITEM_RE.match(body):
            out.append(line.span())  # "Item 2.06 Material Impairments.": a filing's numbered item heading
            continue
        if _PLAIN_HEADER_RE.match(body) and len(_WORD_RE.findall(body)) <= _PLAIN_TABLE_WORDS \
                and len(lines) >= k + 3 and all(_PLAIN_ROW_RE.match(row.group().rstrip()) for row in lines[k + 1: k + 3]):
            out.append(line.span())  # "Company   Last (NOK)   Chg %" over "Acme Tools   318.40   +4.6": a plain table's header
            continue
        if len(body) > 200 or body.endswith((",", ";", '"', "”")) or _FIGURE_RE.search(body):
            continue  # a row of a list of figures ("BNP Paribas (BNPP.PA) -2.9%") is not a title
        if _DATED_ENTRY_RE.match(body):
            continue  # "09/04/2025 - Quist Ratings cuts Zorbo to BB+": a timeline's dated entry, a sentence
        cells = [cell.strip() for cell in body.split("|")]
        if len(cells) >= 2 and all(0 < len(cell.split()) <= 4 for cell in cells):
            out.append(line.span())  # a table's header row, or a menu, read as one line ("Lender | Ticker | Close")
            continue
        # a Q&A turn's label ("Quist Review: What happens with Zorbo Foods?") is the asker's name, no word of a title
        words = _WORD_RE.findall(_PAREN_RE.sub(" ", _TURN_LABEL_RE.sub("", body, count=1)))
        if len(words) < 4 or len(words) > (15 if body.endswith(".") else 25):
            continue  # a title may end with a full stop ("Chris Christie Calls Hillary Clinton 'A Disgrace'.")
        major = [w for w in words if w.lower() not in _MINOR]
        if any(w in _SPEECH_PAST for w in major):
            continue  # "Commenting on the Offer, Sir Jane Roe, Chairman of Quist, said:": a quotation's lead-in, no title
        caps = sum(1 for w in major if w[0].isupper())
        if body.endswith(".") and "," in body and any(not w[0].isupper() and w.lower() not in _TITLE_LOWER
                                                      for w in major):
            continue  # "Members include Quist Games, Zorbo Studios and Brindle Labs.": a sentence listing names (a
            # verb in lower case among them), no title
        if major and caps >= 0.8 * len(major) and caps >= 4:
            out.append(line.span())
    return out


# an adjective in -ic ("Islamic", "Atlantic", "Hispanic", "Democratic") opens no person's name: "State" in "the
# departments of State" is no surname of "the Islamic State". Given names in -ic end so too: "Frederic", "Roderic",
# "Cedric", "Ludovic", "Dominic", "Alaric" (and "Eric", too short) are left out
IC_ADJECTIVE_RE = re.compile(r"^[A-Z][a-z]{3,}(?<!er|dr|ov|ev|in|ar)ic\Z")
# a word of a doctrine or of its followers ("Islamist", "Marxists", "Populism"): a common noun or adjective
FOLLOWER_RE = re.compile(r"[a-z](?:ist|ists|ism|isms)\Z")
# the same word as a whole lone name: a stem of four letters or more ("Marxist", "Islamism"; not "Christ")
FOLLOWER_WORD_RE = re.compile(r"^[A-Z][a-z]{3,}(?:ist|ists|ism|isms)\Z")
_LABEL_LINE_RE = re.compile(r"^[ \t]*([A-Z][\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*){0,3})[ \t]*[.:]?[ \t]*$", re.M)


def _label_lines(text: str, headline_end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Lines after the headline that are a section's label: one to four capitalised words on a line of their
    own, perhaps closed by a full stop or a colon, every word a common one (a word of the lexicon's
    `section_labels`, or one the text also writes in lower case): "FULL TEXT.", "ABSTRACT.", "LETTERS.",
    "Correction Appended" (archive exports of newspaper articles). A line naming a place, a known organisation,
    a catalog company or a person (a given name first) is no label. Their words count only when they name an
    entity found elsewhere."""
    out: list[tuple[int, int]] = []
    for m in _LABEL_LINE_RE.finditer(text, headline_end):
        words = m.group(1).split()
        if not all(w[:1].isupper() for w in words if w.lower() not in _MINOR) or all(w.lower() in _MINOR for w in words):
            continue
        titled = " ".join(_titled(words))
        if titled in lex.places or titled in lex.known_org_alias or catalog_company(titled) is not None \
                or _titled(words)[0] in lex.given_names:
            continue
        if all(w.lower() in _MINOR or _titled([w])[0] in lex.section_labels or used_lowercase(_titled([w])[0], text)
               for w in words):
            out.append(m.span(1))
    return out


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_MINOR_CAPS = frozenset({"Of", "The", "An", "In", "On", "To", "For", "And", "With", "At", "By", "From", "That",
                         "This", "Is", "Was", "Are", "Were", "Will", "Would", "Could", "Should", "Just", "Has",
                         "Have", "Had", "Got", "Gets", "Some", "Into", "Over", "Not", "It", "Its", "His", "Her",
                         "Their", "Why", "How", "What", "Who", "After", "Before", "About", "Against", "Up"})


def _headline_case(c: Candidate) -> bool:
    """A run written in headline case inside the body (a quoted headline, a linked title, a tweet): three or
    more words with a capitalised function word or auxiliary inside ("Acme Just Got A Big Win In This State",
    "Hall Of Records"). Its words count only when they name an entity found elsewhere."""
    return len(c.words) >= 3 and any(w in _MINOR_CAPS for w in c.words[1:])


def _before_ticker(c: Candidate, text: str, ticker_at: set[int]) -> bool:
    """True for a name right before its ticker in brackets ("QUISTEL HOLDINGS (QSTL.O) - ..."): a company
    written in capitals as the heading of a factbox item, no shouted title."""
    k = c.end
    while k < len(text) and text[k] in " \t":
        k += 1
    return k in ticker_at


# a factbox's item: a name in capitals opens the line (after a bullet, which cleaning may take off), a dash, then
# the item's prose ("QUIST ASSET MANAGEMENT - Wrote to the board on July 8 ...")
_ITEM_LINE_RE = re.compile(r"^[ \t]*(?:[*•·][ \t]+)?([A-Z][A-Z&.'’-]*(?:[ \t]+[A-Z][A-Z&.'’-]*)*)[ \t]+[-–—][ \t]+[A-Z][a-z]+"
                           r"[^\n]*[a-z]", re.M)
#: a factbox has this many such items at least (a dateline, "QUISTFORD - Shares of ...", opens one line only)
_MIN_ITEMS = 3


def _factbox_items(text: str) -> list[tuple[int, int]]:
    """Spans of the names in capitals heading a factbox's items ("* QUIST ASSET MANAGEMENT - Said on July 9 it had
    sold ..."): who each item is about, named in capitals like every item, no shouted title."""
    if " - " not in text and " — " not in text and " – " not in text:
        return []
    spans = [m.span(1) for m in _ITEM_LINE_RE.finditer(text)]
    return spans if len(spans) >= _MIN_ITEMS else []


def _named_in_label(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for a run of a transcript's label in capitals that names someone: no word of it is one the text writes
    in lower case, a company's head word aside ("AIKO HASEGAWA", "KITAMAE SECURITIES"; not "LAUNCH DIRECTOR",
    "FLIGHT CONTROL": roles and callouts)."""
    if c.words[0].title() in lex.role_titles or c.words[0].title() in lex.honorifics:
        return False  # "GOVERNOR QUIST:": a title before a surname, read as before
    return not any(used_lowercase(w, text) and w.title() not in lex.org_heads for w in c.words)


def _roundup_label(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for a person's name in capitals opening a paragraph of a roundup of reactions, with a comma and the
    person's role after it in ordinary case ("HENRY QUIST, Treasury Secretary, at the briefing: ...", "JO ROE,
    co-chief investment officer of Zorbo, told reporters ..."): the person quoted, no shouted title. A known given
    name opens it, so a dateline ("NEW YORK, Sept 10 (...)") is none."""
    if not 2 <= len(c.words) <= 3 or not all(w.isupper() for w in c.words) \
            or c.words[0].title() not in lex.given_names or text[c.end:c.end + 2] != ", ":
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    role = text[c.end + 2:c.end + 60].split()
    return not text[line_start:c.start].strip() and bool(role) and not role[0].isupper() \
        and any(w[:1].islower() for w in role[:6]) and _named_in_label(c, text, lex)


#: a line written wholly in capitals has at least this many words ("* SHARES UP 5.3% IN EARLY TRADE")
_SHOUTED_LINE_WORDS = 4


def _alone_in_shouted_line(c: Candidate, text: str) -> bool:
    """One word in capitals on a line with no lower-case letter and several words (a wire brief's item, "* SHARES UP
    5.3% IN EARLY QUISTBURG TRADE"): a word of the shout ("UP"), a name only where the body names it too. So is a
    run of such words and figures ("* SHARES DOWN 1.1% AT 1345 GMT": "AT 1345 GMT")."""
    if not all(w.isupper() or w.isdigit() for w in c.words) or not any(w.isupper() for w in c.words) \
            or len(c.words) > 1 and not any(w.isdigit() for w in c.words):
        return False
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    line = text[start:end if end >= 0 else len(text)]
    return not any(ch.islower() for ch in line) and len(line.split()) >= _SHOUTED_LINE_WORDS


# the rest of a table's row of moves after its name in capitals: "(Stockholm): -3.5%", ": +1.8%"
_MOVE_ROW_REST_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]*[+\-−–]\d[\d.,]*[ \t]*%[ \t]*(?:\n|\Z)")


def _move_row_label(c: Candidate, text: str) -> bool:
    """True for a name in capitals that opens a row of a list of moves ("QUISTEL NETWORKS (Stockholm): -3.5%"): a
    company, named in capitals like the other rows, not a shouted title."""
    return text[max(0, c.start - 1):c.start] in ("", "\n") and _MOVE_ROW_REST_RE.match(text, c.end) is not None


def _in_shouted_line(c: Candidate, text: str) -> bool:
    """True for a run of several words in capitals, single letters and signs among them ("ZORBELL & CO RAISES PRICE
    TARGET TO", "APPOINTS JANE Q ROE"), on a line with no lower-case letter and several words (a wire brief's
    item): a shouted sentence, whose names count where the text names them too (or their head word says so)."""
    if len(c.words) < 2 or any(ch.islower() for w in c.words for ch in w):
        return False
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    line = text[start:end if end >= 0 else len(text)]
    return not any(ch.islower() for ch in line) and len(line.split()) >= _SHOUTED_LINE_WORDS


def _company_head_run(words: list[str], lex: Lexicon) -> int:
    """The length of a company's name opening ``words`` in capitals and closed by an organisation's head word or a
    legal form ("QUISTBY SECURITIES" of "QUISTBY SECURITIES RAISES PRICE TARGET", "ZORBELL & CO"): two to four
    words; 0 where none closes it."""
    if not words[0][:1].isalpha() or words[0].title() in lex.given_names:
        return 0  # (a known given name opens a person's name: "JANE QUIST ROE AS CHAIR")
    for k in range(1, min(4, len(words) - 1) + 1):
        word = words[k]
        titled = word.title()
        if titled in lex.org_heads or word in lex.legal_suffixes or titled in lex.legal_suffixes:
            return k + 1 if all((w.isupper() or w == "&") and w.lower() not in _MINOR and w.lower() not in _TITLE_LOWER
                                for w in words[:k + 1]) else 0
    return 0


def _shouting(c: Candidate, lex: Lexicon) -> bool:
    """An all-caps run of two or more words ('DAR ES SALAAM', 'LOS ANGELES'): a dateline or a shouted title. Short
    acronyms that go on in lower-case prose ("QRX TLM, the freight carrier, said") are a name, not a shout."""
    if len(c.words) < 2 or not all(w.isupper() and len(w) > 1 for w in c.words):
        return False
    in_prose = c.next[:1].islower() or c.next == "," and c.next2[:1].islower()
    return not (in_prose and all(len(w) <= 4 and w.isalpha() and w not in lex.non_entity_acronyms for w in c.words))
