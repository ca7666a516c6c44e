"""Candidate name spans of one document: capitalised runs, joined, trimmed and split by grammar.

Input: article text. Output: a list of `Candidate` (offsets into the text plus the local evidence around it)
and the ticker links found in parentheses or after exchange prefixes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.corpus.transcript import NOT_SPEAKERS
from analysis.entities.catalog import Lexicon, get_lexicon, norm_key
from analysis.entities.gazetteer import gazetteer_names

# words (with inner . ' ’ & - /), initialisms like U.S. or N.V., or one punctuation mark
# (a plural's apostrophe stays on its word before the head of a body's name: "the Quist Car Owners’ Association",
# "the National Growers' Union"; not before a longer name: "Quistel Farms' Union Street store")
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}(?:-[A-Za-z]+)?|\w[\w'’&./\-]*s['’](?=[ ](?:Association|Union|Federation|"
                      r"League|Guild|Society|Council|Club|Alliance|Fund|Party|Institute|Cooperative|Co-operative|"
                      r"Confederation|Organisation|Organization|Network|Forum|Congress|Coalition)\b(?![ ][A-Z]))"
                      r"|\w[\w'’&./\-]*\w|\w|[^\s\w]")
_TICKER_RE = re.compile(
    # a symbol may carry its share class: "(Nasdaq Stockholm: QUIST B)", "(QUIST-B.ST)"
    r"\(\s*(?:([A-Za-z][A-Za-z-]{1,12}(?:[ \t][A-Z][A-Za-z-]{1,12})?)\s*:\s*([A-Z0-9][A-Z0-9&]{0,11}(?:[.-][A-Z]{1,4})?"
    r"(?:[ \t][A-Z](?=\s*\)))?)"
    r"|([A-Z0-9][A-Z0-9&]{0,6}(?:-[A-Z](?=\.))?(?:[.-][A-Z]{1,4})?|[A-Z][A-Z0-9&]{7,11}\.[A-Z]{1,2}"  # "(QUISTBNK.NS)": a long RIC
    r"|[A-Z][A-Z0-9&]{1,10}[abn]\.[A-Z]{1,2}))"  # "(QUISTb.CO)", "(QSTGn.DE)": a RIC with its share class or
    # its registered shares' "n" in lower case
    r"(?:\s*[+\-−–]\s*\d[\d.,]*\s*(?:%|pct|percent)?)?"
    # the price and the day's move after a comma: "(QST.AX, +9.3% today)", "(QSTL, $21.33, +11.5% today)"
    r"(?:\s*,\s*(?:[A-Z]{0,2}[$€£¥]\s*\d[\d.,]*|[+\-−–]\s*\d[\d.,]*\s*(?:%|pct|percent)?)"
    r"(?:\s+today)?){0,2}\s*\)"
    # "NSE: QUISTAUTO", and an exchange with the class of its receipts: "NYSE ADR: QSTA" (the depositary receipts listed)
    r"|\b([A-Z][A-Za-z-]{1,12})(?:[ \t](?:ADRs?|ADSs?|GDRs?))?\s*:\s*([A-Z0-9][A-Z0-9&]{0,11}(?:[.-][A-Z]{1,4})?)\b"
)
_INT_RE = re.compile(r"^\d{2,4}$")
# an auxiliary with its negation ("Didn't", "Isn’t", "Won't"): no word of a name
_NEGATED_AUXILIARY_RE = re.compile(r"[a-z]n['’]t\Z")
#: a plus glued to a name's last word closes a product's or a service's name ("Stride+", "Quistflix+"), never a
#: person's or a body's (a credit rating's sign, "AA+", is read as a rating first)
PLUS_NAME_RE = re.compile(r"\+(?![\w+])")
# the words of a broadcaster's name that may follow a channel's one-figure number ("Channel 4 News"; `_WINDOW_RE` too)
_BROADCAST_WORDS = frozenset({"News", "TV", "Radio", "Television", "Network"})
# a number that goes on as a figure is no part of a name: "Lost 12.6% on Monday", "EUR 540 mln"
_DECIMAL_RE = re.compile(r"[.,]\d")
_SCALE_AFTER = frozenset({"mln", "bln", "million", "billion", "trillion", "bn", "m", "k"})
_BASED_RE = re.compile(r"-(?:based|listed|headquartered|owned|run|operated|served|backed|controlled|registered|born|made)$", re.I)
_POSSESSIVE = ("'s", "’s")
_ABBREV_EXTRA = frozenset({"St", "Jr", "Sr", "Mt", "Ft", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Adm", "Capt",
                           "Prof", "Rev", "Supt", "Insp"})
# a place's abbreviated head in a dateline's capitals before the rest of its name ("ST. LOUIS", "FT. WORTH")
_SAINT_CAPITALS = frozenset({"ST", "STE", "MT", "FT"})
_CAPITAL_WORD_AFTER_RE = re.compile(r"[ \t][A-Z]{2,}\b")
_SENT_END = ".!?\n"
_BULLETS = "*•·-–—▪◦"
_DAY_AFTER_RE = re.compile(r"\.?[ \t]+\d{1,2}\b")
_POLITICAL_WORDS = frozenset({"Democrat", "Republican", "Independent", "Libertarian", "Conservative", "Liberal",
                              "Labour", "Socialist", "Democrats", "Republicans"})
_PARTY_MEMBERS = frozenset({"Democrat", "Republican", "Democrats", "Republicans"})
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We",
                               "I", "But", "And", "In", "On", "At", "For", "If", "When", "While", "His", "Her",
                               "Their", "Its", "Our", "There", "Some", "Many", "Most", "After", "Before"})
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."})
_PRONOUNS = frozenset({"I", "We", "You", "They", "He", "She", "It", "That", "There", "What", "Who"})
_ROMAN_RE = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$")
_ACRONYM_WORD_RE = re.compile(r"^[A-Z]{2,6}$")
_SIMPLE_WORD_RE = re.compile(r"[A-Z][a-z]+\Z")
# titles a portfolio word may qualify: "Energy Security Secretary", "State Treasurer", "Health Commissioner"
_PORTFOLIO_ROLES = frozenset({"Minister", "Secretary", "Representative", "Treasurer", "Commissioner", "Auditor",
                              "Comptroller", "Senator", "Chancellor"})
_SKIP_BACK = " \t\"“”‘'([`"
# a lower-case function word glued to the name that follows it by a missing space ("ofChile", "ofCuba")
_GLUED_RE = re.compile(r"^(?:the|of|and|in|to|for|a|an|on|at|by|with|from)(?=[A-Z])")


# a model's designator: letters and digits ("Q190-X2", "Q321neo", "ZP-4100", "818s"), not a year or a decade
_DESIGNATOR_RE = re.compile(r"^[A-Z]{0,3}-?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")  # not "Jet2", a name
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d(?:s|0s)?$")
_PLURAL_MODEL_RE = re.compile(r"^[A-Z]{0,3}-?\d{2,4}s$")
#: what a model's designator names: machines and their parts ("Q190-X2 jets", "the ZP-4100 engine")
MODEL_NOUNS = frozenset({"jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "aircraft", "plane", "planes",
                         "airplane", "airplanes", "turboprop", "turboprops", "freighter", "freighters", "fighter",
                         "fighters", "bomber", "bombers", "helicopter", "helicopters", "drone", "drones", "rocket",
                         "rockets", "missile", "missiles", "engine", "engines", "turbofan", "turbofans", "turbine",
                         "turbines", "reactor",
                         "reactors", "locomotive", "locomotives", "satellite", "satellites", "truck", "trucks",
                         "tank", "tanks", "fleet", "fleets", "variant", "variants", "family"})


def model_designator(word: str, after: str) -> bool:
    """True for a word that designates a model ("Q190-X2 jets", "the ZP-4100 engine", "four 818s"): letters and
    digits before a noun of machines, or the plural of a number with at most three letters ("818s", "Q321s")."""
    if len(word) < 2 or not _DESIGNATOR_RE.match(word) or _YEAR_RE.match(word):
        return False
    return after in MODEL_NOUNS or _PLURAL_MODEL_RE.match(word) is not None


# a model's number ("737"; not a year: "Copyright 2024 QNT") and the word in capitals that names the model with it
# ("737 MAX"): the suffix of a model's name, not a word of the maker's or the operator's
_MODEL_NUMBER_WORD_RE = re.compile(r"\d{2,4}\Z")
_YEAR_WORD_RE = re.compile(r"(?:1[89]|20)\d\d\Z")
_MODEL_SUFFIX_WORD_RE = re.compile(r"[A-Z]{2,6}\Z")
_ZONE_WORD_RE = re.compile(r"[A-Z]{1,3}T\Z")  # a time zone ("GMT", "CET", "ET")


def model_suffix_at(words: list[str], k: int, lex: Lexicon) -> bool:
    """True when `words[k]` is a model's number after a name and `words[k + 1]` the word in capitals that names the
    model with it ("Quistair 737 MAX"): not a year, nor a legal suffix, a currency, a time zone or an index's code
    after the number, nor the number of an index, a provision or a road."""
    if not (1 <= k < len(words) - 1 and _MODEL_NUMBER_WORD_RE.match(words[k]) is not None
            and _YEAR_WORD_RE.match(words[k]) is None and _MODEL_SUFFIX_WORD_RE.match(words[k + 1]) is not None
            and words[k - 1][:1].isupper()):
        return False
    suffix = words[k + 1]
    if suffix in lex.legal_suffixes or suffix in lex.non_entity_acronyms or suffix in lex.currency_abbreviations \
            or suffix in lex.indices or suffix in lex.exchange_prefixes or _ZONE_WORD_RE.match(suffix):
        return False  # "Quist 54 LLC", "fell to 77 EUR", "at 1045 GMT", "the Quist 100 QSX" (an index and its code)
    if words[k - 1] in lex.numbered_thing_heads or words[k - 1] in lex.numbered_place_heads:
        return False  # "Article 17 MAR", "Route 66 ...": a numbered provision or road and its own words
    # "S&P 500 SPX", "Quist 40 QSX": an index's name, with or without its number, and its code
    return not any(" ".join(words[i:k + 1]) in lex.indices or " ".join(words[i:k]) in lex.indices for i in range(k))


# the same in running text, after the maker's or the line's name: "Quistair 737 MAX" (the number not a year)
_MODEL_SUFFIX_IN_TEXT_RE = r"\b([A-Z][\w&-]*)[ \t]+(?!(?:1[89]|20)\d\d\b)\d{{2,4}}[ \t]+{word}\b"


def model_suffix_written(word: str, text: str, lex: Lexicon | None = None) -> bool:
    """True when `text` writes `word` (in capitals) as a model's suffix after its maker's name and number
    ("Quistair 737 MAX"), so that the word alone ("the MAX", "MAX deliveries") names that model. Not after a word
    that only opens a sentence or a count ("About 130 QTX units", "Some 40 QTX staff": the company's own name)."""
    if _MODEL_SUFFIX_WORD_RE.match(word) is None or word not in text:
        return False
    lex = lex or get_lexicon()
    for match in re.finditer(_MODEL_SUFFIX_IN_TEXT_RE.format(word=re.escape(word)), text):
        words = [match.group(1), match.group(0).split()[-2], word]
        if match.group(1) not in lex.stop_capitalised and match.group(1) not in lex.time_words \
                and model_suffix_at(words, 1, lex):
            return True
    return False


@dataclass(slots=True)
class Candidate:
    """One name span and the evidence around it."""

    start: int
    end: int
    words: list[str]
    sent_initial: bool = False
    possessive: bool = False
    titled: bool = False          # a title or honorific stands right before it
    honorific: bool = False
    title_org: bool = False       # it stands right before a title ("Fed Chair", "ECB President")
    prev: str = ""                # the token right before the span
    prev2: str = ""
    next: str = ""                # the token right after the span
    next2: str = ""
    ticker: bool = False          # a ticker linked to an earlier candidate
    ticker_of: int = -1           # index of the candidate the ticker belongs to
    surface: str = ""             # the words joined by single spaces
    local_name: bool = False      # a body's other name in parentheses after its own ("(Audiencia Nacional)")
    nickname: str = ""            # a nickname written inside the name ('Mark “Zuck” Zuckerberg')

    def __post_init__(self) -> None:
        if not self.surface:
            self.surface = " ".join(self.words)


def used_lowercase(word: str, text: str, joiners: str = "") -> bool:
    """True when `word` also occurs in lower case in `text` (a common word capitalised at a sentence start).
    ``joiners``: characters that glue a word to the next (with "'’-_", "don't" does not make "Don" a common word)."""
    low = word.lower()
    if low == word:
        return False
    start = text.find(low)
    while start >= 0:
        end = start + len(low)
        if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in joiners)) and (
                end >= len(text) or not (text[end].isalnum() or text[end] in joiners)):
            return True
        start = text.find(low, end)
    return False


def _is_cap(tok: str) -> bool:
    c = tok[0]
    if c.isupper():
        return True
    if c.isdigit():
        return any(ch.isupper() for ch in tok) and len(tok) >= 2 and not tok.endswith(("th", "st", "nd", "rd"))
    return len(tok) >= 3 and any(ch.isupper() for ch in tok[1:]) and c.isalpha()


def tokenize(text: str, lex: Lexicon, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens (start, end, text) of text[pos:endpos]; a period after a known abbreviation or legal suffix is
    kept on the word."""
    out: list[tuple[int, int, str]] = []
    n = len(text)
    for match in TOKEN_RE.finditer(text, pos, n if endpos is None else endpos):
        s, e = match.span()
        tok = match.group()
        if e < n and text[e] == "." and (
            tok in lex.legal_suffixes or tok in lex.honorifics or tok in _ABBREV_EXTRA
            or (len(tok) == 1 and tok.isupper()) or (tok.count(".") and tok[-2:-1] == ".")
            or tok in _SAINT_CAPITALS and _CAPITAL_WORD_AFTER_RE.match(text, e + 1)  # "ST. LOUIS" of a dateline
        ):
            e += 1
            tok = tok + "."
        if out and out[-1][1] > s:  # the period was absorbed by the previous word
            continue
        if "/" in tok and any(ch.islower() for ch in tok):  # "Forsberg/Getty" (not "S&P/TSX", "A/S")
            pos_ = s
            for k, part in enumerate(tok.split("/")):
                if k:
                    out.append((pos_, pos_ + 1, "/"))
                    pos_ += 1
                if part:
                    out.append((pos_, pos_ + len(part), part))
                pos_ += len(part)
            continue
        out.append((s, e, tok))
    return out


# (a currency's letters before its dollar, cedi or other sign are no word of a name: "Charging A$1 a litre",
# "C$40 million", "GH¢2.40", "GH₵12")
_CAP = r"(?![A-Z]{1,3}[$¢₵€£¥₦₱₩₹])(?:[A-ZÀ-ÖØ-Þ]|[a-z]++[A-Z]|\d++[A-Z])[\w'’&./\-]*"
_ON_HEAD_WORDS = ("Committee", "Subcommittee", "Council", "Commission", "Conference", "Panel", "Forum", "Institute",
                  "Center", "Centre", "Group")
# "on" joins a window only after a committee-like head ("Committee on Foreign Affairs"); a window of "X on Monday"
# would leave the fast path for one plain word
# "and" in Spanish, French and German joins a name's words as in English ("Quistal de México y Centroamérica",
# "Zorbo Hafen und Logistik"); a second particle after "van", "von" or "de" ("Jan van der Berke", "Luisa de la Quintera"); an Arabic article
# joined by a hyphen to the family name after a given name ("Omar al-Quist")
_JOIN = (r"[ ](?:(?:of|for|and|&|\+|amp|y|e|et|und|de|van|von|der|den|du|des|do|da|di|dos|das|del|della|la|le|bin|al|el|es|ter|te|zu)"
         r"(?:(?<=van|von)[ ](?:der|den|de|dem)|(?<=de)[ ](?:la|las|los))?"
         r"[ ](?:the[ ])?|(?:al|el)-(?=[A-Z])|d['’](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])|(?:" + "|".join(rf"(?<={w}[ ])" for w in _ON_HEAD_WORDS) + r")on[ ])?")
_ON_HEADS = frozenset(_ON_HEAD_WORDS)
# an auxiliary before a name makes a "do" after it the verb ("did Quist do Zorbo a favour", "let Quist do Zorbo's
# job"), not the Portuguese particle of "Rio Grande do Sul"
_DO_ASKERS = frozenset({"Why", "How", "What", "Where", "When", "Who", "Whom", "Which", "Neither", "Nor", "So",
                        "Then", "Rarely", "Seldom", "Never", "Only", "Did", "Does", "Do", "Should", "Would",
                        "Could", "Can", "Will", "Must", "Might"})
_AUXILIARY_BEFORE_RE = re.compile(r"\b(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould|[Mm]ust|[Mm]ight|"
                                  r"[Mm]ay|[Ll]et|[Mm]ake|[Mm]akes|[Mm]ade|[Hh]elp|to)[ \t]+\Z")
# the head that closes a law's name, whose words before it may be joined by "and" ("Financial Services and Markets Act"),
# or a scale's ("International Nuclear and Radiological Event Scale")
_LAW_HEADS = frozenset({"Act", "Bill", "Law", "Code", "Directive", "Regulation", "Regulations", "Treaty", "Scale"})
_FOREIGN_AND = frozenset({"y", "et", "und"})  # "and" in Spanish, French and German, never an English word
# a name may start right after "then-", "ex-" or an Arabic article ("then-Secretary of State ...", "al-Megrahi")
_WINDOW_RE = re.compile(rf"(?:(?<![\w'’&./\-])|(?<=\bthen-)|(?<=\bex-)|(?<=\bal-)|(?<=\bel-))"
                        rf"{_CAP}(?:{_JOIN}{_CAP}|[ ]\d{{2,4}}\b|[ ]\d(?=[ ](?:News|TV|Radio|Television|Network)\b))*")


_WORD_CHARS = frozenset("'’&.-/")


def _token_back(text: str, pos: int) -> tuple[str, int]:
    """The token ending at or before `pos` on the same line, and its start ('' if none)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return "", max(i, 0)
    if not text[i].isalnum():
        return text[i], i
    j = i
    while j > 0 and (text[j - 1].isalnum() or (text[j - 1] in _WORD_CHARS and j > 1 and text[j - 2].isalnum())):
        j -= 1
    return text[j:i + 1], j


def _token_forward(text: str, pos: int) -> tuple[str, int]:
    """The token starting at or after `pos` on the same line, and its end ('' if none)."""
    n = len(text)
    i = pos
    while i < n and text[i] in " \t":
        i += 1
    if i >= n or text[i] == "\n":
        return "", i
    match = TOKEN_RE.match(text, i)
    return (match.group(), match.end()) if match else ("", i)


def _context_before(text: str, pos: int, lex: Lexicon) -> tuple[str, str]:
    """The two tokens before offset `pos` on the same line: (previous, the one before it)."""
    prev, at = _token_back(text, pos)
    prev2 = _token_back(text, at)[0] if prev else ""
    return prev, prev2


def _context_after(text: str, pos: int, lex: Lexicon) -> tuple[str, str]:
    """The two tokens after offset `pos` on the same line: (next, the one after it)."""
    nxt, at = _token_forward(text, pos)
    nxt2 = _token_forward(text, at)[0] if nxt else ""
    return nxt, nxt2


def _sentence_initial(text: str, start: int) -> bool:
    """True when a sentence, a quotation or a clause after a dash or colon starts at `start`. Wire copy marks
    quotes with backticks (``Small ...'') and ends a dateline with an underscore ("BELFAST (AP)_ Police ..."); a
    clause after a colon ("the difference: Namely ...") or right after markup ("...>Responsible ...") starts
    afresh too."""
    if start > 0 and text[start - 1] in "“‘\"'«`":
        return True
    i = start - 1
    while i >= 0 and text[i] in _SKIP_BACK:
        i -= 1
    if i >= 0 and text[i] in _BULLETS and (i == 0 or text[i - 1] == "\n"):
        return True  # "* Binding Oct. 27", "- Quist Airways: ...": a bullet opens its item
    if i >= 0 and text[i] == "-" and text[i - 1:i] == "-" and text[i - 2:i - 1] == " ":
        return True  # "07:22 ET -- Filing: ...": two hyphens are the typewriter's dash
    if _CLOCK_LEAD_RE.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return True  # "08:10 ET  PREMARKET: ...": a live blog's entry opens after its time stamp
    return i < 0 or text[i] in _SENT_END or text[i] in "_:>" or (text[i] in "-–—" and i > 0 and text[i - 1] == " ")


# a live blog's time stamp opening a line, with its zone and a dash or a bar after it: "14:02 ET ", "9.15am -- "
_CLOCK_LEAD_RE = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?[ \t]*(?:-{1,2}|[–—|])?[ \t]*")


def sentence_initial(text: str, start: int) -> bool:
    """:func:`_sentence_initial`, or a cell of a table row or footer ("Unsubscribe | Manage preferences")."""
    if _sentence_initial(text, start):
        return True
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] == "|"


def _bare(tok: str) -> str:
    return tok[:-2] if tok.endswith(_POSSESSIVE) else tok


# a security's international code (ISIN: two letters of a country, nine of the issue, a check digit) or the German
# WKN, labelled: "(ISIN DE000QUIST01; Xetra: QST)"
_ISIN_RE = re.compile(r"\b(?:ISIN|WKN)\b|\b[A-Z]{2}[A-Z0-9]{9}\d\b")


def _isin_bracket(text: str, pos: int) -> bool:
    """True when `pos` is inside a bracket of a line that also holds a security's ISIN or WKN: there every "Venue:
    CODE" is a listing, the venue a market or a city ("(ISIN DE000QUIST01, Frankfurt: QST)")."""
    open_at = text.rfind("(", 0, pos)
    if open_at < 0 or text.find(")", open_at, pos) >= 0 or pos - open_at > 80:
        return False
    close = text.find(")", pos)
    inside = text[open_at + 1:close if 0 <= close - pos <= 80 else pos]
    return "\n" not in inside and bool(_ISIN_RE.search(inside))


def ticker_links(text: str, lex: Lexicon) -> list[tuple[int, int, int, str, str]]:
    """Ticker notations: (match_start, match_end, ticker_start, ticker, exchange) for '(NASDAQ: ADBE)', '(MU.O)'."""
    out: list[tuple[int, int, int, str, str]] = []
    for match in _TICKER_RE.finditer(text):
        listed = False  # a venue of an ISIN's bracket, whatever its name
        if match.group(2):  # "(NSE: TATAMOTORS)": an exchange prefix allows a long symbol
            exch, sym, sym_start = match.group(1), match.group(2), match.start(2)
        elif match.group(3):
            exch, sym, sym_start = "", match.group(3), match.start(3)
        else:
            exch, sym, sym_start = match.group(4), match.group(5), match.start(5)
            listed = exch not in lex.exchange_prefixes and _isin_bracket(text, match.start())
            if exch not in lex.exchange_prefixes and not listed:
                continue
        head = exch.split()[0] if exch else ""  # "Nasdaq Helsinki:": an exchange and its market
        if exch and not listed and head not in lex.exchange_prefixes and head.upper() not in lex.exchange_prefixes:
            continue
        if not exch and (sym in lex.non_entity_acronyms or sym.isdigit() and "." not in sym):
            continue
        out.append((match.start(), match.end(), sym_start, sym, exch))
    return out


#: titles that English writes only before a name (a monarch's, a cleric's, a judge's), never after an organisation
#: the way it writes "Quist Bank President": at the end of a name that opens on a given name they are its surname
_SURNAME_TITLES = frozenset({"King", "Queen", "Prince", "Bishop", "Cardinal", "Pope", "Judge", "Marshal"})
_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})  # after such a surname: "Jo Roe King Jr."


def _company_after_title(title: str, word: str, lex: Lexicon) -> bool:
    """True for a one-word title before one last word that is an organisation's head word ("Premier Foods",
    "Premier Brands"): a company's name that opens on the word, no title before a person (a person's name is no
    "Foods"). An honorific ("Mr Foods") or a title with a period ("Gen.") stays a title."""
    return word in lex.org_heads and word not in lex.given_names and title not in lex.honorifics \
        and not title.endswith(".")


def _person_words(words: list[str], lex: Lexicon) -> bool:
    """True for words that can be a person's given names: a known given name first, or two or more plain
    capitalised words of which none is a place, a people, an organisation's word or a title ("Billie Jean")."""
    if not all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words):
        return False
    if any(w in lex.places or w in lex.demonyms or w in lex.org_heads or w in lex.institution_heads
           or w in lex.role_titles or w in lex.stop_capitalised for w in words):
        return False
    return words[0] in lex.given_names or len(words) >= 2


def _labelled_person(words: list[str], lex: Lexicon) -> bool:
    """True for the two or three words after a party label that are a person's name ("Republican Tamsin Vorle"),
    not the rest of the party's body or event ("Republican National Convention", "Democratic Leadership Council")."""
    return _person_words(words, lex) and not any(
        w in lex.name_starters or w in lex.generic_fragments or w in lex.programme_heads or w in lex.event_tails
        or w.endswith(("man", "woman")) for w in words)


def _role_at(words: list[str], i: int, lex: Lexicon) -> int:
    """Length of the title phrase starting at words[i] (0 if none)."""
    if words[i] == "Chief":  # any C-suite title: "Chief Medical Officer", "Chief Data and Analytics Officer"
        for length in range(2, min(6, len(words) - i) + 1):
            if words[i + length - 1] == "Officer":
                return length
    if words[i] not in lex.role_first_words:
        return 0
    if any(" ".join(words[i:j]) in lex.places for j in range(i + 2, min(len(words), i + 5) + 1)):
        return 0  # "Prince Edward Island", "Prince Rupert": a known place whose name opens with a title's word
    for length in range(min(lex.max_role_len, len(words) - i), 0, -1):
        phrase = " ".join(words[i:i + length])
        if phrase in lex.role_titles:
            if i + length < len(words) and _bare(words[i + length]) in lex.institution_heads:
                return 0  # "Justice Department", "Treasurer Office": the title word names an institution
            return length
    k = i
    while k < len(words) and k - i < 3 and words[k] in lex.portfolio_words:
        k += 1  # "Overseas Aid Minister", "Energy Security Secretary": a portfolio of more than one word
    if k > i and k < len(words) and words[k] in _PORTFOLIO_ROLES:
        return k - i + 1
    return 0


# a given name of two romanised syllables joined by a hyphen ("Sun-hee", "Ji-hoon", "Min-jun"), each an initial
# consonant or two, a vowel and perhaps a closing n, ng, k, l, m or p: no compound adjective ("Short-dated",
# "Mid-sized", "Low-cost", "Mid-cap" fail it)
_SYLLABLE = r"(?:[bcdghjklmnprstwy]|kk|tt|pp|ss|jj|ch)?(?:ae|eo|eu|oe|ui|yeo|ya|yo|yu|ye|wa|wo|wi|ee|oo|a|e|i|o|u)" \
            r"(?:ng|n|k|l|m|p)?"
SYLLABLE_GIVEN_NAME_RE = re.compile(r"(?i:" + _SYLLABLE + r")-(?:" + _SYLLABLE + r")")


# an ordinal opening a compound that ranks a court or a body ("the First-tier Tribunal", "a Second-instance Court"):
# part of the body's name, not an adjective before it as "Mid-sized" is
_ORDINAL_WORDS = frozenset({"First", "Second", "Third", "Fourth", "Fifth"})


#: a court's bench or chamber named before the court: "the Full Court of the Federal Court", "the Grand Chamber of the
#: European Court of Human Rights"
_BENCHES = frozenset({("Full", "Court", "of", "the"), ("Full", "Bench", "of", "the"), ("Grand", "Chamber", "of", "the"),
                      ("Appeals", "Chamber", "of", "the"), ("Appeal", "Chamber", "of", "the")})


_TICKER_AFTER_RE = re.compile(r"[ \t]*\(([A-Z]{1,6})\)")


def _named_by_its_ticker(words: list[str], text: str, end: int) -> bool:
    """True when a ticker in brackets right after the run (ending at ``end``) spells its first word or its initials
    ("Every Other (EO)", "First Quist Bank (FQB)"): the words are a listed company's name, however common each
    word is."""
    m = _TICKER_AFTER_RE.match(text, end)
    if m is None or len(words) < 2:
        return False
    code = m.group(1)
    return code == _bare(words[0]).upper() or code == "".join(w[0] for w in words).upper()


def _after_place_possessive(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True for a capitalised word right after a country's or a city's possessive and before a lower-case word, in
    prose ("Germany's Next rose", "Spain's Whole said"): the name of something of that place, a company's most
    often, not a word that only opens a sentence (no role, time or weekday word)."""
    prev = _token_back(text, start)[0]
    if not prev.endswith(_POSSESSIVE) or prev[:-2] not in lex.places:
        return False
    word = text[start:end]
    if word in lex.role_first_words or word in lex.time_words or word in lex.weekdays:
        return False
    after = _token_forward(text, end)[0]
    return after[:1].islower() or after == ","  # (a comma opens an apposition or a clause: "Spain's Whole, which")


def _common_opener_before_name(words: list[str], text: str, start: int, rest: int, lex: Lexicon) -> bool:
    """True for a common word opening a sentence or a quotation before a name the text writes elsewhere on its own
    inside a sentence ('"Selling Quistco now makes sense," ...', "Expect Roe to say ..." beside "Jane Roe said"): a
    verb the text also writes in lower case, or a gerund, capitalised by its place, no part of the name. A name the
    catalogue or the lexicon knows whole is left ("General Quist" is a name when the catalogue says so)."""
    first = _bare(words[0])
    if len(words) < 2 or not first.isalpha() or not first[:1].isupper() or first.isupper() \
            or first in lex.given_names or first in lex.places or first in lex.honorifics \
            or first in lex.org_lead_words or first in lex.institution_heads or first in lex.demonyms \
            or first.lower() in lex.descriptor_words or not _sentence_initial(text, start):
        return False
    whole = " ".join(words)
    if norm_key(whole) in lex.catalog_names or whole in lex.known_org_alias or whole in lex.indices \
            or not (used_lowercase(first, text) or first.endswith("ing") and len(first) > 5):
        return False  # (a gerund needs no lower-case use: "Selling Quistco now ...")
    name = " ".join(words[1:])
    for m in re.finditer(rf"(?<![\w&'’.-]){re.escape(name)}(?![\w&-])", text):
        if m.start() == rest or _sentence_initial(text, m.start()):
            continue
        before = text[max(0, m.start() - len(first) - 1):m.start()]
        if not before.rstrip().endswith(first):
            return True
    return False


def _trim_leading(words: list[str], lex: Lexicon) -> int:
    """How many leading words are descriptors, stop words or 'X-based' modifiers (none of a catalog company's
    own name: "Dollar General")."""
    k = 0
    if len(words) > 1 and (norm_key(" ".join(words)) in lex.catalog_names or " ".join(words) in lex.indices):
        return 0  # (and an index whose name opens on a common word: "the All Ordinaries")
    for idx in range(len(words) - 1, -1, -1):  # "Hong Kong-listed", "U.S.-based": drop up to the modifier
        if "-" in words[idx] and _BASED_RE.search(words[idx]):
            k = idx + 1
            break
    while k < len(words):
        w = _bare(words[k])
        low = w.lower()
        if w in lex.demonyms and " ".join(words[k + 1:]) in lex.places:
            k += 1  # "the Freedonian West Coast": a demonym before a place
            continue
        if k + 1 < len(words) and "-" in w and w.rsplit("-", 1)[1].isalpha() and w.rsplit("-", 1)[1].islower() \
                and not SYLLABLE_GIVEN_NAME_RE.fullmatch(w) \
                and not (w.split("-", 1)[0] in _ORDINAL_WORDS and _bare(words[-1]) in lex.institution_heads):
            k += 1  # "Short-dated Quist", "Mid-sized Acme": a compound adjective before the name
            continue
        if k + 2 < len(words) and w in lex.places and words[k + 1] in _POLITICAL_WORDS \
                and words[k + 2] in lex.given_names:
            k += 2  # "Montana Republican Jane Roe"
            continue
        if k + 1 < len(words) and (w in _MONTHS and w not in lex.given_names
                                   or w in _POLITICAL_WORDS and (words[k + 1] in lex.given_names
                                                                 or len(words) - k - 1 in (2, 3)
                                                                 and _labelled_person(words[k + 1:], lex))
                                   or w.split("’")[0].split("'")[0] in _PRONOUNS and w not in _PRONOUNS):
            k += 1  # "September Acme Poll", "Democrat Jane Roe" (or a person's two or three plain words whose given
            # name the list lacks: "Republican Tamsin Vorle"), "I’m Jane": no part of the name
            continue
        if k + 1 < len(words) and _NEGATED_AUXILIARY_RE.search(w):
            k += 1  # "Didn't Quistco know?", "Isn’t Zorbo Bank bigger?": a question's auxiliary, before the name
            continue
        if k + 1 < len(words) and w.isupper() and w.isalpha() and len(w) > 7 and any(ch.islower() for ch in words[k + 1]):
            k += 1  # "ROUNDUPS Acme Systems": a shouted section label, not part of the name ("QUISTMOOR BANK" is one)
            continue
        if k + 1 < len(words) and w.endswith("s") and (w[:-1] in lex.role_titles or w[:-1] + "." in lex.role_titles) \
                and w[:-1] not in lex.false_titles:  # "Authors Guild" is a body, not authors named
            k += 1  # "Presidents Jane Roe and ...", "Sens. Roe and Doe": a plural title
            continue
        if k == 0 and k + 1 < len(words) and low.endswith("ing") and len(w) > 5 and not w.isupper() \
                and w not in lex.given_names \
                and w not in lex.places and (words[1] in lex.given_names or _ACRONYM_WORD_RE.match(words[1])
                                             or norm_key(" ".join(words[1:])) in lex.catalog_names):
            k += 1  # "Calling Jane Roe ...", "Citing ACME ...", "Leading Intel has been ...": a gerund opening the
            # sentence before a name (a company's the catalogue knows, whole: "Rising Sun Pictures" keeps its word)
            continue
        if k == 0 and k + 1 < len(words) and low.endswith("ing") and len(w) >= 5 and w not in lex.given_names \
                and _bare(words[1]) in lex.weekdays:
            k += 1  # "Using Monday's close, the stock is down": a gerund opening the sentence, then a day
            continue
        if k == 0 and len(words) > 5 and tuple(words[:4]) in _BENCHES and _bare(words[-1]) in lex.institution_heads:
            k += 4  # "the Full Court of the Federal Court": the court that sits as a full bench, named by its own name
            continue
        if w.isdigit() and k + 1 < len(words):
            k += 1  # "Copyright 2024 Example Wire"
            continue
        if w in lex.name_starters and k + 1 < len(words):
            break
        if w == "The" and k + 1 < len(words) and " ".join(map(_bare, words[k:k + 2])) in lex.places:
            break  # "The Hague": the article is part of the place's name
        if low in lex.person_nouns_before and k + 1 < len(words) and words[k + 1] in lex.given_names:
            k += 1  # "Patient Dorothy Vance, 71, said": who the person is, before the given name
            continue
        if low in lex.descriptor_words and k + 2 == len(words) and _bare(words[k + 1]) in lex.org_heads \
                and w != low and w not in lex.stop_capitalised:
            break  # "Carrier Capital", "Pioneer Partners": a firm's own first word before its head
        if w in lex.stop_capitalised or low in lex.descriptor_words or _BASED_RE.search(w) \
                or (low in ("former", "then") and k + 1 < len(words)):  # "Former Acme chief ..."
            k += 1
            continue
        if "-" in w and all(p in lex.demonyms for p in w.split("-")):
            k += 1
            continue
        break
    return k


def candidates(text: str, lex: Lexicon | None = None) -> tuple[list[Candidate], list[tuple[int, int, int, str, str]]]:
    """All candidate spans of `text` (before typing) and the ticker notations found.

    Input: article text. Output: (candidates in text order, ticker notations as from `ticker_links`).
    """
    lex = lex or get_lexicon()
    tickers = ticker_links(text, lex)
    ticker_pos = {t[2] for t in tickers}
    skip: set[int] = set()  # offsets of exchange prefixes inside ticker notation
    for m_start, m_end, sym_start, sym, exch in tickers:
        if exch:
            at = text.find(exch, m_start, m_end)
            for part in re.finditer(r"\S+", exch):
                skip.add(at + part.start())
    out: list[Candidate] = []
    for m_start, m_end, sym_start, sym, exch in tickers:
        cand = Candidate(sym_start, sym_start + len(sym), [sym], ticker=True)
        cand.prev, cand.prev2 = _context_before(text, m_start, lex)
        out.append(cand)
    tlen = len(text)
    for window in _WINDOW_RE.finditer(text):
        w_end = window.end()
        word = window.group()
        if _SIMPLE_WORD_RE.match(word) and window.start() not in ticker_pos and word not in _ABBREV_EXTRA \
                and word not in lex.honorifics and word not in lex.legal_suffixes:
            # an exchange prefix written in title case ("(Nasdaq: QSTL)") is skipped like "(NASDAQ: QSTL)"
            if word not in lex.stop_capitalised and word.lower() not in lex.descriptor_words \
                    and window.start() not in skip or word in lex.stop_capitalised \
                    and common_word_company(text, window.start(), w_end, lex):
                out.append(_context(text, Candidate(window.start(), w_end, [word]), window.start(), w_end, lex))
            continue  # fast path: one plain capitalised word
        if w_end < tlen and text[w_end] == ".":
            w_end += 1
        toks = tokenize(text, lex, window.start(), w_end)
        _runs(text, toks, ticker_pos, skip, lex, out)
    out.sort(key=lambda c: c.start)
    if lex.post_nominals:
        out = _without_post_nominals(text, out, lex)
    if ", " in text:
        out = _join_portfolio_lists(text, out, lex)
    if " of " in text:
        out = [_after_title_of(text, c, lex) for c in out]
    return out, tickers


_CUE_AFTER_RE = re.compile(r"(['’]s)?[ \t]+([a-z]+)\b(?:[ \t]+(?:up|down|higher|lower|by|about|nearly|almost))?"
                           r"(?:[ \t]+([+\-−–]?\d))?")
_LISTED_AFTER_RE = re.compile(r"(?:,|[ \t]+and)[ \t]+([A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*)?)")
_LISTED_BEFORE_RE = re.compile(r"([A-Z][\w&]*)(?:,|[ \t]+and)[ \t]+\Z")


def common_word_company(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True for a listed company named by a common capitalised word ("Next", which the catalog lists) where a
    company's grammar stands around it: its shares or a move with a figure ("Next shares edged up", "while Next rose
    0.6%"), a speech verb ("Next said in a statement") or a list with another listed company ("Next and Quistel
    removed ...", "after Quistel and Next"). Elsewhere the word is the common word ("Next, the board ...")."""
    word = text[start:end]
    if lex.catalog_names.get(norm_key(word)) != word:
        return False
    cue = _CUE_AFTER_RE.match(text, end)
    if cue is not None:
        verb = cue.group(2)
        if verb in ("shares", "stock") or verb in lex.speech_verbs and not cue.group(1) \
                or verb in lex.market_verbs and cue.group(3):
            return True
    listed = _LISTED_AFTER_RE.match(text, end)
    if listed is not None and any(lex.catalog_names.get(norm_key(name)) and name not in lex.stop_capitalised
                                  for name in (listed.group(1), listed.group(1).split()[0])):
        return True
    before = _LISTED_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in lex.stop_capitalised \
        and lex.catalog_names.get(norm_key(before.group(1))) is not None


def _without_post_nominals(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The candidates without the letters of an office or an honour written after a name ("appointed Jane Roe QC to
    lead", "Jane Roe, KC, said"): they say what the person is, they name no organisation."""
    out: list[Candidate] = []
    for c in cands:
        if len(c.words) == 1 and c.words[0] in lex.post_nominals and out and not out[-1].ticker \
                and text[out[-1].end:c.start] in (" ", ", ") and out[-1].words[-1][:1].isupper():
            continue
        if len(c.words) >= 3 and c.words[-1] in lex.post_nominals and not c.ticker \
                and all(w[:1].isupper() and not w.isupper() for w in c.words[:-1]):
            end = c.start + len(" ".join(c.words[:-1]))
            if text[c.start:end] == " ".join(c.words[:-1]):  # "Jane Roe KC" read as one run: the name alone
                nxt, nxt2 = _context_after(text, end, lex)
                c = replace(c, end=end, words=c.words[:-1], surface=" ".join(c.words[:-1]), next=nxt, next2=nxt2)
        out.append(c)
    return out


_TITLE_OF_RE = re.compile(r"(?:^|[\s(\-])([A-Za-z]+)[ ]of[ ](?:the[ ])?\Z")


def _after_title_of(text: str, c: Candidate, lex: Lexicon) -> Candidate:
    """'former secretary of State Jane Roe', 'Chancellor of the Exchequer Jane Roe': after a title and "of", the
    first capitalised word is the title's portfolio and the words after it the person it titles, when they are two
    or three plain words of a person (:func:`_person_words`) whose given name is listed or whose last word the text
    also writes on its own ("Roe said"). Returns the candidate trimmed to the person, else `c` as it was."""
    if len(c.words) < 3 or len(c.words) > 4 or c.prev not in ("of", "the") or c.words[0] in lex.given_names \
            or c.words[0] in lex.places or c.ticker:
        return c
    match = _TITLE_OF_RE.search(text, max(0, c.start - 40), c.start)
    if match is None or match.group(1).capitalize() not in lex.role_titles:
        return c
    rest = c.words[1:]
    if not _person_words([_bare(w) for w in rest], lex) or not (
            rest[0] in lex.given_names or _standalone_word(_bare(rest[-1]), text, c.end)
            and not portfolio_phrase([_bare(w) for w in rest], text, lex)):  # "of International Security Studies"
        return c
    start = text.find(rest[0], c.start + len(c.words[0]), c.end)
    if start < 0:
        return c
    out = Candidate(start, c.end, list(rest), titled=True, possessive=c.possessive)
    out.prev, out.prev2, out.next, out.next2 = c.words[0], c.prev, c.next, c.next2
    return out


def _standalone_word(word: str, text: str, after: int) -> bool:
    """True when `word` stands in `text` after offset `after` as a capitalised word not followed by another one
    ("... Roe said"), as a person's surname does once the full name is given."""
    for match in re.finditer(rf"(?<![\w'’.-]){re.escape(word)}(?![\w'’-])", text[after:]):
        if not re.match(r"[ \t]+[A-Z]", text[after + match.end():after + match.end() + 2]):
            return True
    return False


_ITEM = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}"
_LIST_TAIL_RE = re.compile(rf"((?:,[ ]{_ITEM}){{1,3}}),?[ ](?:and|&)[ ]({_ITEM})(?![ ](?:of|for)[ ]|[ ]?[A-Z]|[\w&])")


def _join_portfolio_lists(text: str, out: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A body named by a list of portfolios or fields is one name: "the Ministry of Health, Quist Affairs and
    Welfare", "the Committee on Civil Liberties, Justice and Home Affairs" (the comma ends a capitalised window, so
    the list's words were candidates of their own). The body's name ends on "of", "for" or "on" and one to three
    words; every item reads as a portfolio (:func:`portfolio_phrase`) and, after a centre's, an institute's or a
    committee's head, stands nowhere on its own. Input and output: candidates in text order."""
    merged: list[Candidate] = []
    skip_to = -1
    for c in out:
        if c.start < skip_to:
            continue
        match = None
        if len(c.words) >= 3 and not c.possessive and text.startswith(", ", c.end):
            at = max((p for p, w in enumerate(c.words) if w in ("of", "for", "on")), default=0)
            head = c.words[at - 1] if at else ""
            if (head in _PORTFOLIO_HEADS and c.words[at] != "on" or head in _FIELD_HEADS) \
                    and 1 <= len(c.words) - at - 1 <= 3:
                match = _LIST_TAIL_RE.match(text, c.end)
        if match is not None:
            items = [part.split() for part in match.group(1).split(", ") if part] + [match.group(2).split()]
            if all(portfolio_phrase(item, text, lex) and (head in _PORTFOLIO_HEADS or _only_in_lists(item, text))
                   for item in items):
                words = text[c.start:match.end()].split()
                joined = Candidate(c.start, match.end(), words, sent_initial=c.sent_initial, titled=c.titled,
                                   honorific=c.honorific)
                joined.prev, joined.prev2 = c.prev, c.prev2
                joined.next, joined.next2 = _context_after(text, match.end(), lex)
                joined.possessive = text[match.end():match.end() + 2] in _POSSESSIVE
                merged.append(joined)
                skip_to = match.end()
                continue
        merged.append(c)
    return merged


def _context(text: str, cand: Candidate, first: int, last_end: int, lex: Lexicon) -> Candidate:
    """Fill the sentence-start flag and the neighbouring tokens of a one-word candidate."""
    cand.sent_initial = _sentence_initial(text, first)
    cand.prev, cand.prev2 = _context_before(text, first, lex)
    cand.next, cand.next2 = _context_after(text, last_end, lex)
    if cand.next == "," and cand.next2 in ("a", "an", "the"):
        cand.next2 = _context_after(text, text.find(cand.next2, last_end) + len(cand.next2), lex)[0]
    return cand


#: a long-term credit rating on the scales of the rating agencies ("BBB-", "Baa3", "AA+")
RATING_RE = re.compile(r"^(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])[+\-]?$")
_RATING_CONTEXT_RE = re.compile(r"\b(?:rat(?:e|es|ing|ings|ed)|downgrad\w*|upgrad\w*|investment[ -]grade|junk)\b", re.I)


def _rating_after(text: str, tok: tuple[int, int, str], cur: str) -> bool:
    """True for a credit rating after a name ("rates Freedonia BBB-", "Quistland (Baa3)") in a sentence about
    ratings: a grade of three or more letters, or a shorter one with its sign ("AA+"), never part of the name."""
    s, e, word = tok
    if not RATING_RE.match(word) or cur.endswith("."):
        return False
    signed = word.endswith(("+", "-")) or text[e:e + 1] in ("+", "-", "\u2212")
    if len(word.rstrip("+-")) < 3 and not signed or re.match(r"[ \t]+[A-Z]", text[e:e + 3]):
        return False  # "AA Holdings": a name's word
    return _RATING_CONTEXT_RE.search(text, max(0, s - 100), e + 100) is not None


def _runs(text: str, toks: list[tuple[int, int, str]], ticker_pos: set[int], skip: set[int], lex: Lexicon,
          out: list[Candidate]) -> None:
    """Join the tokens of one capitalised window into runs and append their pieces to `out`."""
    n = len(toks)
    i = 0
    while i < n:
        s, e, tok = toks[i]
        if not _is_cap(tok) or s in skip or s in ticker_pos:
            i += 1
            continue
        j = i  # last token index in the run
        while j + 1 < n:
            cur = toks[j][2]
            if cur.endswith(_POSSESSIVE) and not (cur in lex.known_org_alias or norm_key(cur) in lex.catalog_names
                                                  or _office_of_title(toks, i, j, text, lex)
                                                  or _possessive_company(toks, j, text, lex)
                                                  or _known_name_through(toks, i, j, text, lex)):
                break
            if cur.endswith(".") and cur[:-1] in lex.legal_suffixes and j + 1 < n and _role_at(
                    [t[2] for t in toks[j + 1:j + 1 + lex.max_role_len]], 0, lex) == 0:
                break
            nxt = toks[j + 1]
            gap = text[toks[j][1]:nxt[0]]
            if "\n" in gap or len(gap) > 1:
                break
            ntok = nxt[2]
            if nxt[0] in ticker_pos or nxt[0] in skip:
                break
            if _is_cap(ntok):
                if _rating_after(text, nxt, cur):
                    break  # "rates Freedonia BBB- with a negative outlook": the country, then its credit rating
                if ntok in ("And", "Or", "Vs", "Vs.") and j + 2 < n:
                    break  # a title-case headline: "U.S. And Iraq"
                if cur.endswith(".") and ntok in _SENTENCE_OPENERS:
                    break  # "in the U.S. The plan": the abbreviation's period ends the sentence
                j += 1
                continue
            if len(ntok) == 1 and ntok.isdigit() and j + 2 < n and toks[j + 2][2] in _BROADCAST_WORDS \
                    and not cur.endswith(_POSSESSIVE) and text[nxt[1]:toks[j + 2][0]] == " ":
                j += 1  # "Channel 4 News", "Quist 7 TV": a channel's number inside a broadcaster's name
                continue
            if _INT_RE.match(ntok) and cur not in lex.time_words and not cur.endswith(_POSSESSIVE):
                after = toks[j + 2][2] if j + 2 < n else _token_forward(text, nxt[1])[0]
                if after not in ("%", "percent", "per", ",", "pct") and not after.isdigit() \
                        and after.lower() not in lex.unit_nouns_after_number and after.lower() not in _SCALE_AFTER \
                        and cur not in lex.non_entity_acronyms and not _DECIMAL_RE.match(text, nxt[1]):
                    j += 1
                    continue
                if (after == "," or after.isdigit()) \
                        and any(" ".join(t[2] for t in toks[k:j + 2]) in lex.indices for k in range(i, j + 1)):
                    # "the Quist 100, for comparison", "Quist 100 20,884 +0.2%" (a ticker bar's level after it):
                    # an index's number before a comma or a figure
                    j += 1
                    continue
                break
            if j + 3 < n and ntok in lex.name_particles and toks[j + 2][2] in lex.name_particles and _is_cap(cur) \
                    and _is_cap(toks[j + 3][2]) and toks[j + 3][2][0].isupper() and not cur.endswith(_POSSESSIVE) \
                    and "\n" not in text[nxt[0]:toks[j + 3][0]] and len(text[nxt[1]:toks[j + 2][0]]) == 1 \
                    and len(text[toks[j + 2][1]:toks[j + 3][0]]) == 1:
                j += 3  # "Jan van der Berke", "Luisa de la Quintera": two particles inside a person's name
                continue
            if j + 2 < n and _is_cap(toks[j + 2][2]) and "\n" not in text[nxt[1]:toks[j + 2][0]]:
                if ntok in ("&", "amp", "+") or (ntok in lex.name_particles and _is_cap(cur) and j > i - 1
                                   and toks[j + 2][2][0].isupper() and not cur.endswith(_POSSESSIVE)
                                   and not (ntok == "do" and (len(toks[j + 2][2]) < 3 or cur in _DO_ASKERS
                                                              or _AUXILIARY_BEFORE_RE.search(
                                                                  text, max(0, toks[i][0] - 12), toks[i][0])))):
                    # "Mato Grosso do Sul", "Banco do Quistal" (not "did Quist do Zorbo a favour": a verb)
                    j += 2
                    continue
                if ntok == "of" and cur in lex.place_heads and j == i:
                    j += 2  # "Bay of Bengal", "Gulf of Mexico", "Strait of Hormuz": a place, not two names
                    continue
                after_on = toks[j + 2][2]
                if ntok == "on" and cur in _ON_HEADS and j - i < 4 and after_on not in lex.time_words \
                        and after_on not in lex.places:
                    j += 2  # "Committee on Foreign Affairs", "Council on Housing" (not "... Council on Monday")
                    continue
                if ntok in ("of", "for") and (_bare(cur) in lex.institution_heads or f"{cur} of {toks[j + 2][2]}" in lex.role_titles
                                              or cur.endswith("s") and cur[:-1] in lex.institution_heads  # "Centers for"
                                              or _general_body(toks, i, j)):
                    j += 2
                    continue
                if ntok in ("of", "for") and toks[j + 2][2] == "the" and False:
                    break
                if ntok in _FOREIGN_AND and not cur.endswith(_POSSESSIVE):
                    j += 2  # "Quistal de México y Centroamérica", "Zorbo Hafen und Logistik": one name
                    continue
                if ntok == "and":
                    k = j + 2
                    while k + 1 < n and _is_cap(toks[k + 1][2]) and len(text[toks[k][1]:toks[k + 1][0]]) == 1:
                        k += 1
                    joined = " ".join(t[2] for t in toks[i:k + 1])
                    complete = any(t[2] in ("of", "for") for t in toks[i:j + 1])  # "Bank of Baroda and ..."
                    if (_bare(toks[k][2]) in lex.institution_heads and j - i < 3 and not complete
                            and k >= j + 3) or \
                            _catalog_name_with_and(toks, i, j + 2, k, lex):
                        j = k
                        continue
                    if k == j + 2 and toks[k][2] in _LONE_GROUP_WORDS and j > i:
                        j = k  # "Quist Developments and Holdings climbed": the group's name, no second company
                        continue
                    if j > i and toks[j][2] in lex.org_heads and (
                            k == j + 2 and toks[k][2] in lex.org_heads
                            or k == j + 3 and toks[j + 2][2] in lex.org_heads
                            and (toks[k][2].rstrip(".") in lex.legal_suffixes or toks[k][2] in lex.org_heads)):
                        j = k  # "Quist Gas and Electric Co", "Quist Power and Light": two trades one company joins,
                        # no second company named by a trade's word alone
                        continue
                    if toks[k][2] in _LAW_HEADS and k >= j + 3 and j - i < 4:
                        j = k  # "the Financial Services and Markets Act", "the Quist Trade and Customs Bill": one
                        # law, not a body and a fragment
                        continue
                    if (complete or any(t[2] == "on" for t in toks[i:j + 1])) \
                            and _second_portfolio(toks, i, j, k, text, lex):
                        j = k  # "Department of Mines and Energy", "Center for Quist and Civic Studies": one body
                        continue
                    spelled = _SPELLED_RE.match(text, toks[j + 2][1])
                    if spelled and complete and _initials(t[2] for t in toks[i:j + 3]) == spelled.group(1):
                        j += 2  # "Bureau of Quist and Zorbo (BQZ)": the acronym after it spells the whole name
                        continue
                    spelled = _SPELLED_RE.match(text, toks[k][1])
                    if spelled and complete:
                        of_at = max(x for x in range(i, j + 1) if toks[x][2] in ("of", "for"))
                        if _initials(t[2] for t in toks[of_at + 1:k + 1]) == spelled.group(1):
                            j = k  # "Department of Quist and Zorbo Services (QZS)": the acronym of the words after "of"
                            continue
            if ntok in ("of", "for") and j + 3 < n and toks[j + 2][2] == "the" and _is_cap(toks[j + 3][2]) \
                    and _bare(cur) in lex.institution_heads:
                j += 3
                continue
            break
        out.extend(c for c in _pieces(text, toks, i, j, lex) if not _furniture_label(text, c))
        i = j + 1


#: a word or two that may open a label line before its label word ("ON SCREEN:", "ON-SCREEN GRAPHIC:")
_LABEL_OPENERS = frozenset({"on", "the"})
_LABEL_COLON_RE = re.compile(r"[ \t]*:")


_GENERAL_BODIES = frozenset({"Directorate", "Secretariat", "Inspectorate"})
#: the words that close a group's name and never name a company alone: after "and" at the end of a name of two
#: words or more ("Quist Developments and Holdings"), they are that name's last word
_LONE_GROUP_WORDS = frozenset({"Holdings", "Holding"})


def _general_body(toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """True when the word at ``j`` closes a body named "Directorate General" (or "Directorate-General", "Secretariat
    General") before "of" or "for": "the Directorate General of Customs and Excise" is one body, not a title."""
    cur = toks[j][2]
    return cur.split("-")[0] in _GENERAL_BODIES and cur.endswith("-General") \
        or cur == "General" and j > i and toks[j - 1][2] in _GENERAL_BODIES


def _catalog_name_with_and(toks: list[tuple[int, int, str]], i: int, after: int, k: int, lex: Lexicon) -> bool:
    """True when toks[i..k], words joined by "and", are a catalog company's name written with "and" for its "&",
    whole or followed by more of its name ("Marks and Spencer", "Marks and Spencer Group"): one name, not two."""
    for end in range(k, after - 1, -1):
        joined = " ".join(t[2] for t in toks[i:end + 1])
        if norm_key(joined.replace(" and ", " & ")) in lex.catalog_names:
            return True
    return False


def _furniture_label(text: str, c: Candidate) -> bool:
    """True when the span is a line's label of page or broadcast furniture: it opens its line (after "ON" or
    "THE" at most), a colon follows, and every word is a furniture label's ("ON SCREEN:", "GRAPHIC:", "CHYRON:"),
    the words :mod:`analysis.corpus.transcript` never reads as a speaker."""
    if not _LABEL_COLON_RE.match(text, c.end):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    before = text[line_start:c.start].casefold().split()
    words = [w.casefold() for w in c.words]
    return all(w in _LABEL_OPENERS or w in NOT_SPEAKERS for w in before + words) \
        and any(w in NOT_SPEAKERS for w in words)


#: Generic words of a company's name that follow a founder's or a shop's possessive ("Sotheby's Holdings Inc.",
#: "Moody's Investors Service"): with them, the possessive is part of the name.
_COMPANY_TAIL = frozenset({"Holdings", "Group", "Industries", "Enterprises", "Companies", "Stores", "Restaurants",
                           "Investors", "Service", "Services", "International"})


def _possessive_company(toks: list[tuple[int, int, str]], j: int, text: str, lex: Lexicon) -> bool:
    """True when toks[j], in the possessive, opens a company's name whose other words are generic words of company
    names ending on one of them or a legal form ("Sotheby's Holdings Inc.", "Quellby's Holdings"): one name, not an
    owner and a second name ("Acme's Widget Works LLC" is an owner and its unit's name)."""
    k = j + 1
    while k < len(toks) and text[toks[k - 1][1]:toks[k][0]] == " " and toks[k][2] in _COMPANY_TAIL:
        k += 1
    if k == j + 1 or k < len(toks) and toks[k][2] == "of":
        return False  # "Freedonia's Group of Seven envoy": a body of the place, not a company's name
    if k < len(toks) and text[toks[k - 1][1]:toks[k][0]] == " " and _is_cap(toks[k][2]) \
            and toks[k][2].rstrip(".,") not in lex.legal_suffixes:
        return False  # more of a name follows: a unit's own name after its owner's possessive
    return True


def _known_name_through(toks: list[tuple[int, int, str]], i: int, j: int, text: str, lex: Lexicon) -> bool:
    """True when the possessive toks[j] is a word inside a body's name the lexicon knows, read from a token of the
    run up to a few tokens past it ("the People's Bank of China", "the People's Liberation Army"): a name whose
    word is written in the possessive, not an owner before a second name ("China's Bank of Communications")."""
    for k in range(j + 1, min(len(toks), j + 5)):
        for start in range(max(i, j - 2), j + 1):
            if text[toks[start][0]:toks[k][1]] in lex.known_org_alias:
                return True
    return False


# the bodies named after the office holder who runs them: "the Sheriff's Office", "the Auditor's Department"
_TITLE_BODY_HEADS = frozenset({"Office", "Department", "Bureau", "Division", "Chambers"})


def _office_of_title(toks: list[tuple[int, int, str]], i: int, j: int, text: str, lex: Lexicon) -> bool:
    """True when toks[j] is a title in the possessive and the next token the head of the body it runs, ending the
    run: "the Privacy Commissioner's Office", "the District Attorney's Office", "the Mayor's Office" (one name,
    not a title and then "Office")."""
    if j + 1 >= len(toks) or toks[j + 1][2] not in _TITLE_BODY_HEADS or text[toks[j][1]:toks[j + 1][0]] != " ":
        return False
    if j + 2 < len(toks) and text[toks[j + 1][1]:toks[j + 2][0]] == " " and _is_cap(toks[j + 2][2]):
        return False
    title = _bare(toks[j][2])
    return title in lex.role_titles or j > i and f"{toks[j - 1][2]} {title}" in lex.role_titles


def _portfolio_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when the words before `start` on its line are a title and its portfolio up to an "and": "Under
    Secretary for Quist and |...", "Minister of Trade and |..." (at most six words back)."""
    word, at = _token_back(text, start)
    if word not in ("and", "&"):
        return False
    seen_of = False
    for _ in range(6):
        word, at = _token_back(text, at)
        if not word or not word[:1].isalpha():
            return False
        if word in ("for", "of"):
            seen_of = True
        elif seen_of and word in lex.role_titles:
            return True
        elif not word[:1].isupper():
            return False
    return False


_SPELLED_RE = re.compile(r"[ \t]*\(([A-Z]{3,7})\)")
# the heads of a government body named by its portfolios ("Department of Health and Human Services")
_PORTFOLIO_HEADS = frozenset({"Department", "Ministry", "Office", "Bureau", "Division", "Secretariat", "Directorate",
                              "Agency", "Administration", "Inspectorate", "Commission", "Board"})
# the heads of a body named by its fields of work ("Center for Strategic and International Studies", "Museum of
# Quist History and Culture", "Committee on Civil Liberties, Justice and Home Affairs"): one body when the words after
# "and" never stand in the text on their own
_FIELD_HEADS = frozenset({"Center", "Centre", "Centers", "Centres", "Institute", "Institutes", "Academy", "Museum",
                          "Committee", "Subcommittee", "Council", "School"})
# the last word of a portfolio: an abstract or collective noun ("Finance", "Development", "Services", "Affairs")
_PORTFOLIO_ADJECTIVE_RE = re.compile(r"[a-z](?:al|an|ic|ive|ary|ern|able|ible)\Z")
_PORTFOLIO_NOUN_RE = re.compile(r"(?:ing|ment|ion|ions|ure|ance|ence|ity|ics|ry|ries|ces|cy|ism|ness|fare|care|"
                                r"dies|ties|ety|Affairs)\Z")


def portfolio_phrase(tail: list[str], text: str, lex: Lexicon) -> bool:
    """True when `tail` (one to three words) reads as a portfolio or a field of work ("Human Services", "Home
    Affairs", "International Studies", "Prevention"): the last word an abstract noun or a portfolio word, the others
    such words or adjectives, none a name, a place, a people or the head of a body ("Zorbo Energy" is none)."""
    if not 1 <= len(tail) <= 3:
        return False
    joined = " ".join(tail)
    if any(w.endswith(_POSSESSIVE) or w in lex.institution_heads or w in lex.given_names or w in lex.places
           or w in lex.demonyms and tail[-1] != "Affairs"  # (a people's affairs are a portfolio: "Aboriginal Affairs")
           or w.rstrip(".") in lex.legal_suffixes for w in tail) \
            or joined in lex.places or joined in lex.known_org_alias or norm_key(joined) in lex.catalog_names:
        return False
    return (tail[-1] in lex.portfolio_words or _PORTFOLIO_NOUN_RE.search(tail[-1]) is not None
            or used_lowercase(tail[-1], text)) and all(
        w in lex.portfolio_words or _PORTFOLIO_ADJECTIVE_RE.search(w) is not None or used_lowercase(w, text)
        or _PORTFOLIO_NOUN_RE.search(w) is not None
        for w in tail[:-1])  # "Human Services", "Urban Development", "Policy Research" (not "Zorbo Energy")


def _only_in_lists(words: list[str], text: str) -> bool:
    """True when `words` stand in `text` only after "and", "&", a comma, "of", "for" or "on" (in lists and in other
    bodies' names), never on their own as a name would ("... Disease Control and Prevention", not "Media Quist
    said")."""
    phrase = " ".join(words)
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", text):
        before = text[max(0, match.start() - 5):match.start()]
        if not before.endswith((" and ", " & ", ", ", " of ", " for ", " on ")):
            return False
    return True


def _second_portfolio(toks: list[tuple[int, int, str]], i: int, j: int, k: int, text: str, lex: Lexicon) -> bool:
    """True when toks[j+2..k], after "and", is a second portfolio of the government body toks[i..j] names with
    "of" ("Department of Mines and Energy", "Office of Management and Budget"), or a second field of a centre, an
    institute, a museum or a committee ("Center for Quist and Civic Studies") whose words stand nowhere on their own:
    at most three words after at most three, the last an abstract noun or a portfolio word, none of them the head of
    a body, a name or a place ("Ministry of Defence and Zorbo Aerospace" are two)."""
    words = [t[2] for t in toks[i:j + 1]]
    at = max(p for p, w in enumerate(words) if w in ("of", "for", "on"))
    tail = [t[2] for t in toks[j + 2:k + 1]]
    if at == 0 or not 1 <= len(words) - at - 1 <= 3:
        return False
    head = words[at - 1]
    if head == "General" and at >= 2 and words[at - 2] in _GENERAL_BODIES:
        head = words[at - 2]  # "Directorate General of Customs and Excise"
    if head not in _FIELD_HEADS and (head not in _PORTFOLIO_HEADS or words[at] == "on"):
        return False
    if k + 1 < len(toks) and (toks[k + 1][2] in ("of", "for") or toks[k + 1][2] in ("and", "&") and (
            k + 2 >= len(toks) or _is_cap(toks[k + 2][2]))):
        return False  # (a name goes on; not "... and International Studies and the Quist Center")
    return portfolio_phrase(tail, text, lex) and (head in _PORTFOLIO_HEADS or _only_in_lists(tail, text))
_MINOR_WORDS = frozenset({"of", "and", "for", "the", "&", "on", "in"})


def _initials(words) -> str:  # type: ignore[no-untyped-def]
    """The capitals an acronym takes from `words` ("Bureau of Quist and Zorbo" -> "BQZ")."""
    return "".join(w[0] for w in words if w not in _MINOR_WORDS)


# depositary receipts and shares written after the issuer or the market: never the last word of a name
_SECURITY_CLASSES = frozenset({"ADRs", "ADSs", "GDRs", "ADR", "ADS", "GDR"})
# the words of a class of securities after its issuer's name, before the securities' noun ("Quist Preferred Equity
# units", "Zorbo Preferred shares")
_SECURITY_WORDS = frozenset({"Preferred", "Equity", "Depositary", "Convertible"})
_SECURITY_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:units|shares|stock|notes)\b")
# a time zone after a clock time: "6:47 p.m. CT", "17:23 CET"
ZONE_RE = re.compile(r"^[A-Z]{1,3}T$")
CLOCK_BEFORE_RE = re.compile(r"(?:\d{1,2}[:.]\d{2}|\d{1,2}[ \t]*[AaPp]\.?[Mm]\.?)[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*\Z")
#: A listing code with its exchange's suffix, as a table's row or a terminal writes it ("QSTL.TO", "ZRB.ST", "5XX1.T"):
#: the root has two characters or more, so "U.S" is none.
LISTING_CODE_WORD_RE = re.compile(r"[A-Z0-9&]{2,12}\.[A-Z]{1,3}")
# words before a day's name that make it the time of the clause ("on Monday", "by Friday", "since Tuesday")
_DAY_PREPOSITIONS = frozenset({"on", "by", "since", "until", "till", "through", "from", "before", "after", "last",
                               "next", "this", "early", "late", "every", "each"})
_FRONTING_PREPOSITIONS = frozenset({"In", "At", "Across", "Throughout", "Within", "Outside", "Inside"})
#: the symbols of a measure written after its figure with a space ("the 2.1 GW Quist Reach zone", "a 40 MWh Zorbo
#: battery"): the unit closes the figure, the name starts after it
_UNIT_SYMBOLS = frozenset({"GW", "MW", "kW", "KW", "TW", "GWh", "MWh", "kWh", "KWh", "TWh", "GWp", "MWp", "TEU",
                           "TEUs", "bcm", "Mtpa", "MMBtu"})
_FIGURE_BEFORE_RE = re.compile(r"\d[ \t]*\Z")
#: a clinical trial's phase in words before the trial's code name ("the Phase III QUIST-1 study", "a Phase 2b
#: ZORBO trial"): the phase is no part of the name
_TRIAL_PHASE_RE = re.compile(r"(?:[1-4]|I{1,3}|IV)[ab]?\Z")


#: the letters an interview's turns open on ("Q. What has Quistel done?", "A. Quistel cut prices ...")
_QA_MARKERS = ("Q.", "A.")
_QA_LINE_RE = re.compile(r"^[ \t]*([QA])\.[ \t]+\S", re.M)


def _qa_marker(text: str, tok: str, start: int) -> bool:
    """True for "Q." or "A." opening a line of a text written as questions and answers: lines open on "Q." and
    lines on "A." ("Q. What has Quistel done?" / "A. Quistel cut prices"). The letter marks the turn; it is no
    initial of a name ("Q. What" is no person)."""
    if tok not in _QA_MARKERS or text[text.rfind("\n", 0, start) + 1:start].strip():
        return False
    return {m.group(1) for m in _QA_LINE_RE.finditer(text)} == {"Q", "A"}


# a futures contract named by its delivery month after its exchange or market: "the Quist December contract", "the
# Zorbo October raw sugar contract", "Quist March futures"
_DELIVERY_AFTER_RE = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:contracts?|futures|delivery|options)\b")


#: a level of government that opens a local office's title ("City Commissioner Jane Roe", "County Sheriff Jo Doe",
#: "Town Councillor ..."): part of the title, no organisation of its own
_GOVERNMENT_LEVELS = frozenset({"City", "County", "Town", "Village", "Borough", "Township", "Parish", "State",
                                "Municipal", "Provincial"})


def _level_of_government(words: list[str], start: int, title_at: int) -> bool:
    """True when the words before a title, words[start:title_at], are one level of government's word alone ("City"
    before "Commissioner"): the office's title, no name before it."""
    return title_at - start == 1 and words[start] in _GOVERNMENT_LEVELS


def _pieces(text: str, toks: list[tuple[int, int, str]], i: int, j: int, lex: Lexicon) -> list[Candidate]:
    """Trim and split one capitalised run toks[i..j] into candidate spans."""
    while j > i and (toks[j][2] in lex.weekdays or toks[j][2] in _SECURITY_CLASSES):
        j -= 1  # "Czech Republic Friday", "Quistel ADRs", "its New York ADRs": a day or a class of shares
    if j > i + 1 and toks[j][2] in _SECURITY_WORDS and _SECURITY_NOUN_AFTER_RE.match(text, toks[j][1]):
        while j > i and toks[j][2] in _SECURITY_WORDS:
            j -= 1  # "its Quist Preferred Equity units": the issuer, then the class of its securities
    if j > i + 1 and toks[j][2].isdigit() and toks[j - 1][2] in lex.time_words:
        j -= 1
    if j > i and toks[j][2] in _PARTY_MEMBERS and (text[toks[i][0]:toks[j - 1][1]] in lex.places
                                                   or text[toks[i][0]:toks[j - 1][1]] in gazetteer_names()):
        j -= 1  # "Jo Roe, a Quistford Democrat": where the member comes from, and a party's member, no organisation
    if j > i and toks[j][2].rstrip(".") in lex.time_words and _DAY_AFTER_RE.match(text, toks[j][1]):
        j -= 1  # "arrived in the United Kingdom May 3", "Binding Oct. 27": the date is no part of the name
    elif j > i and toks[j][2] in _MONTHS and _DELIVERY_AFTER_RE.match(text, toks[j][1]):
        j -= 1  # "the London December contract", "the ICE October raw sugar contract": the delivery month
    if j > i and toks[i][2] in lex.weekdays and _token_back(text, toks[i][0])[0].lower() in _DAY_PREPOSITIONS:
        i += 1  # "on Tuesday Quistel lost 7%": the day is the sentence's time, the name starts after it
    elif j > i + 1 and toks[i][2].lower() in _DAY_PREPOSITIONS and toks[i][2][:1].isupper() \
            and toks[i + 1][2] in lex.weekdays and _sentence_initial(text, toks[i][0]):
        i += 2  # "On Tuesday Quistel lost 7%", "Last Friday Zorbo said": the same time opening the sentence
    elif j > i and ZONE_RE.match(toks[i][2]) and CLOCK_BEFORE_RE.search(text, max(0, toks[i][0] - 16), toks[i][0]):
        i += 1  # "at 17:23 QET Zorbo Power fell": the time zone, then the name
    elif j > i and toks[i][2] in _UNIT_SYMBOLS and _FIGURE_BEFORE_RE.search(text, max(0, toks[i][0] - 8), toks[i][0]):
        i += 1  # "the 2.1 GW Quist Reach zone": the unit of the figure before it, then the name
    elif j > i + 1 and toks[i][2] in ("Phase", "PHASE") and _TRIAL_PHASE_RE.match(toks[i + 1][2]):
        i += 2  # "the Phase III QUIST-1 study": the trial's phase, then its code name
    elif j > i and _qa_marker(text, toks[i][2], toks[i][0]):
        i += 1  # "Q. What has Quistel done?", "A. Quistel cut prices": the turn's letter, then the sentence
    if j - i >= 2 and _portfolio_before(text, toks[i][0], lex):
        p = next((p for p in range(i + 1, j) if toks[p][2] in lex.given_names), -1)
        if p > 0 and not any(t[2] in lex.given_names for t in toks[i:p]):
            # "Secretary for Energy and Mines Jane Roe": the portfolio's last words, then the person titled by it
            out = _pieces(text, toks, p, j, lex)
            if out:
                out[0].titled = True
            return out
    if j > i and PLUS_NAME_RE.match(text, toks[j][1]) and _standalone_word(toks[i][2], text, 0):
        # "Vorlo Stride+" where the text also names "Vorlo" alone: the maker, then its product named with a plus
        return _pieces(text, toks, i, i, lex) + _pieces(text, toks, i + 1, j, lex)
    glued = _GLUED_RE.match(toks[i][2])
    if glued:  # "ofChile": the name starts after the glued article
        toks = list(toks)
        s0, e0, t0 = toks[i]
        toks[i] = (s0 + glued.end(), e0, t0[glued.end():])
    words = [t[2] for t in toks[i:j + 1]]
    if j - i >= 2 and words[0] in lex.given_names and _ACRONYM_WORD_RE.match(words[-1]) \
            and not _ROMAN_RE.match(words[-1]) and norm_key(" ".join(words)) not in lex.catalog_names:
        # "Jane Roe ACME": a person's name and then an organisation's acronym, two names
        return _pieces(text, toks, i, j - 1, lex) + _pieces(text, toks, j, j, lex)
    k = _trim_leading(words, lex)
    if k == 0 and j > i and _common_opener_before_name(words, text, toks[i][0], toks[i + 1][0], lex):
        k = 1
    if k and _named_by_its_ticker(words, text, toks[j][1]):
        k = 0  # "Every Other (EO) - The grocer slid 4.2%": common words a ticker after them names as a company
    if k == 1 and len(words) == 1 and _after_place_possessive(text, toks[i][0], toks[i][1], lex):
        k = 0  # "Germany's Next rose 2.4%": a name after its country's possessive, however common its word
    if k == 1 and len(words) == 1 and common_word_company(text, toks[i][0], toks[i][1], lex):
        k = 0  # "Next and Quistel removed ...": a listed company named by a common word, in a company's grammar
    if k >= len(words):
        return []
    if k == 1 and words[0] in _FRONTING_PREPOSITIONS and _sentence_initial(text, toks[i][0]):
        for length in range(len(words) - 2, 0, -1):
            place = " ".join(words[1:1 + length])
            if place in lex.places and norm_key(" ".join(words[1:])) not in lex.catalog_names:
                # "In Freedonia Acme is the leader": a fronted place adverbial, then the sentence's subject
                return _pieces(text, toks, i + 1, i + length, lex) + _pieces(text, toks, i + 1 + length, j, lex)
    words = words[k:]
    base = i + k
    sent_initial = k == 0 and _sentence_initial(text, toks[i][0])
    pieces: list[tuple[int, int, bool, bool, bool]] = []  # (first, last, titled, honorific, title_org)
    cur_start = 0
    titled_next = False
    honor_next = False
    p = len(words) if norm_key(" ".join(words)) in lex.catalog_names else 0  # "Dollar General": no title inside
    if len(words) > 1 and words[-1] in _TITLE_BODY_HEADS and words[-2].endswith(_POSSESSIVE):
        p = len(words)  # "the District Attorney's Office": the body, no title and a name after it
    # a run in capitals ("HOME SECRETARY JANE ROE" heading a factbox's item) is read for its titles in title case
    role_words = [w.title() for w in words] if len(words) >= 3 and all(w.isupper() for w in words) else words
    while p < len(words):
        length = _role_at(role_words, p, lex) if p == 0 or words[p - 1] not in ("of", "for", "on", "and", "&", "the") \
            else 0
        if length > 1 and p == cur_start and p + length == len(words):
            cur_start = len(words)  # "Managing Director and Chief Executive Jane Roe": a title alone, no name
            break
        if length == 1 and p > cur_start and words[p] in _SURNAME_TITLES \
                and all(w.rstrip(".") in _GENERATIONS for w in words[p + 1:]) \
                and _person_words(words[cur_start:p], lex):
            break  # "Tennis great Billie Jean King remembered": a title that goes only before a name is a surname
        if length == 1 and p == cur_start and p + 2 < len(words) and words[-1].rstrip(".") in lex.legal_suffixes \
                and words[p] not in lex.honorifics and not any(w in lex.given_names for w in words[p + 1:]):
            break  # "Cardinal Health Inc.", "Premier Brands Group plc": a company's name, its legal form last
        if length == 1 and p + 1 < len(words) and (p + 2 == len(words) or p == cur_start and _role_at(words, p + 2, lex)) \
                and _company_after_title(words[p], words[p + 1], lex):
            # "Premier Foods fell 2%", "Greencore and Premier Foods", "Cardinal Health Chief Executive Jane Roe": a
            # company's first word, no title
            p += 1
            continue
        if length and p + length == len(words) and p > cur_start and words[p] not in lex.honorifics:
            if not _level_of_government(words, cur_start, p):
                pieces.append((cur_start, p - 1, titled_next, False, True))
            cur_start = len(words)
            titled_next = False
            break
        if length and p + length < len(words):
            if p > cur_start and not _level_of_government(words, cur_start, p):
                pieces.append((cur_start, p - 1, titled_next, False, True))
            titled_next = True
            honor_next = words[p] in lex.honorifics
            p += length
            cur_start = p
            continue
        p += 1
    if cur_start < len(words):
        pieces.append((cur_start, len(words) - 1, titled_next, honor_next, False))
    out: list[Candidate] = []
    for a, b, titled, honorific, title_org in pieces:
        first, last = toks[base + a], toks[base + b]
        ws = words[a:b + 1]
        possessive = ws[-1].endswith(_POSSESSIVE)
        if possessive:
            ws = ws[:-1] + [ws[-1][:-2]]
        end = last[1] - (2 if possessive else 0)
        ti, tj = base + a, base + b
        cand = Candidate(first[0], end, ws, possessive=possessive)
        cand.sent_initial = sent_initial and a == 0
        cand.titled = titled
        cand.honorific = honorific
        cand.title_org = title_org
        cand.prev, cand.prev2 = (toks[ti - 1][2], toks[ti - 2][2] if ti > 1 else "") if ti > 0 else \
            _context_before(text, first[0], lex)
        cand.next, cand.next2 = _context_after(text, last[1], lex)
        if cand.next == "," and cand.next2 in ("a", "an", "the"):  # "Jane Doe, an analyst at ..."
            cand.next2 = _context_after(text, text.find(cand.next2, last[1]) + len(cand.next2), lex)[0]
        out.append(cand)
    return out
