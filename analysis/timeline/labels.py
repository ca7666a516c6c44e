"""Short event labels for dated sentences: a small rule-based summariser ("DeepSeek unveils R1").

The label is *subject + verb + object*: the verb from ``data/event_verbs.csv`` nearest to the date expression
(put in the present tense), the named subject before it (canonical catalog name when there is one; a pronoun
is replaced by the last name in the preceding text), and the head of what follows the verb. When no known
verb is found the label is the trimmed clause around the date. Also gives a normalised *key* (verb group
instead of the verb) that the timeline uses to match the same event told in different words.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from analysis.entities.catalog import Lexicon, get_lexicon
from analysis.entities.gazetteer import gazetteer_names
from analysis.lexicon import VERBS_PATH, EventVerb, event_nouns, load_catalog, verb_forms
from analysis.lexicon import _third_person as third_person
from analysis.timeline.clauses import relative_that

MAX_LABEL_CHARS = 120
#: The words of a name kept from the end of a run of capitalised words ("New York Stock Exchange", "Instituto
#: Nacional de Aguas Claras" whole; a longer run is a title-case line, not one name).
MAX_NAME_WORDS = 5

#: A word is letters of any script and digits ("Zürich", "Société", "Łódź"), a figure (with its currency: "$4",
#: "R$85", "NT$9"), an initialism or one sign.
_TOKEN = re.compile(r"(?:[A-Z]{1,3}\$|\$)?\d[\d.,]*(?:-[A-Za-z]+)*(?:%|bn|m\b)?|(?:[A-Z]\.){2,}(?:-[a-z]+)*|[^\W\d_][^\W_]*(?:[-’'&][^\W_]+)*|[^\s\w]|_")
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{12,}’|(?<!\w)'[^']{12,}'(?!\w)")
#: Asides between commas or dashes: ", a lender to start-ups,", ", the U.S. distributor,", an age (", 44,"), "— …—", "(…)".
#: A company's legal form after a comma ("Hallgrim Robotics, Inc. said"): part of the name, never the subject.
_LEGAL_SUFFIX = re.compile(r",\s*(?:Inc|Ltd|LLC|L\.L\.C|Corp|plc|PLC|S\.A|N\.V|AG|SE|Co)\b\.?(?=[\s,;:()]|$)")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[^,.;]|(?<=\b[A-Z])\.){1,70},|,\s+\d{1,3},|—[^—]{1,100}—|\s–\s[^–]{1,100}\s–\s|\([^()]{1,100}\)")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "the company", "the firm"}
_RELATIVE = {"which", "who", "that"}
_NOT_NAMES = {
    "a", "an", "the", "when", "by", "in", "on", "at", "after", "before", "days", "weeks", "meanwhile", "however",
    "last", "this", "that", "these", "those", "it", "its", "he", "his", "she", "her", "they", "their", "we", "our",
    "i", "my", "you", "your", "and", "but", "or", "as", "while", "since", "with", "for", "from", "of", "to", "yet",
    "also", "earlier", "later", "today", "yesterday", "shares", "stocks", "according", "if", "although", "though",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "days", "one", "two", "three", "some", "many",
    "several", "both", "what", "why", "how", "who", "there", "here", "such", "so", "than", "then", "over",
    "following", "during", "amid", "despite", "under", "weekend", "week", "month", "year", "part", "analysts",
    "investors", "observers", "critics", "experts", "officials", "people", "wall", "street", "until", "even",
    "i'd", "i'm", "i've", "i'll", "i’d", "i’m", "i’ve", "i’ll",
}
#: A figure with its currency ("C$5", "R$85", "US$410"): an amount, never a name.
_MONEY = re.compile(r"[A-Z]{1,3}\$\d")
#: An initialism made plural ("ADRs", "ETFs", "IPOs"): a plural subject.
_PLURAL_INITIALISM = re.compile(r"[A-Z]{2,}s")
#: Time-zone abbreviations, as a clock time is followed by them ("21:41 CEST", "9 a.m. EST"): never a name.
_ZONES = frozenset(
    "GMT UTC BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT JST KST "
    "HKT SGT PHT WIB ICT AEST AEDT ACST ACDT AWST NZST NZDT SAST WAT CAT EAT BRT ART CLT COT PET".split())
_TITLES = {
    "ceo", "cfo", "cto", "chief", "executive", "officer", "president", "vice", "chairman", "chairwoman", "chair",
    "minister", "secretary", "mr", "mrs", "ms", "dr", "founder", "co-founder", "director", "head", "senator",
    "governor", "spokesperson", "spokesman", "spokeswoman", "analyst", "scientist", "prime", "mayor", "commissioner",
    "premier", "chancellor",
}
_STOP_OBJECT = {
    "on", "in", "at", "during", "since", "for", "from", "with", "after", "before", "following", "amid", "despite",
    "as", "while", "because", "when", "which", "who", "where", "but", "and", "or", "according", "than", "said",
    "says", "after", "until", "though", "although", "if", "whereas", "via",
}
_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "my", "this", "that", "these", "those"}
#: The determiners with "of" and "to": the words after which a verb form may be a noun ("the cut", "of sale"), as one
#: set made once (the label tests the word before each verb form of its sentence against it).
_BEFORE_A_NOUN = frozenset(_DETERMINERS | {"of", "to"})
_SPEECH_GROUPS = {"say", "announce", "report", "plan"}
_AUX = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do", "been", "be"}
_MODALS = {"would", "could", "should", "might", "may", "must", "can", "will"}
#: Conjunctions that open a clause before its subject: never part of the subject.
_CLAUSE_CONJUNCTIONS = frozenset({"so", "and", "but", "yet", "then", "or", "thus", "hence", "nor"})
_RELATIVE_OPENER = re.compile(r"\b(?:which|who|that)\b", re.IGNORECASE)

_POSSESSIVE_END = re.compile(r"[’']s$")
_LEAD_PREP = re.compile(r"(?:\b(?:late|early)\s+)?\b(?:on|in|at|by|during|since|until|from)\s+$|"
                        # "shortly before midnight", "just after 3 a.m.": the modifier goes with the time it modifies
                        r"\b(?:shortly|just|soon|right|moments|minutes|hours)\s+(?:before|after)\s+$", re.IGNORECASE)
_TRAILING_PREP = re.compile(r"\b(?:on|in|at|by|during|of|the end of)\s*$")
#: A word a fallback label may not end on once its date is cut out: a preposition, a conjunction or a determiner
#: ("loans through [January]", "in 2008 and [in 2016]", "no decision before [end-September]").
_TRAILING_FUNCTION = re.compile(r"\s+(?:on|in|at|by|during|of|through|until|till|from|to|since|for|before|after|around|"
                                r"with|and|or|but|than|as|a|an|the|its|their|his|her|least)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_FIGURE = re.compile(r"\$?\d[\d.,]*%|percent|cent", re.IGNORECASE)
#: Clause punctuation for the fallback label (a comma between digits, "1,500", is not one).
_CLAUSE_BREAK = re.compile(r"[;:—()]|,(?!\d)|(?<!\d),")
#: What opens a wire story or a live blog's entry before its sentence: "OSLO, May 6 (Harbour Wire) - ", "16:05 CET - ",
#: "LINCOLN — ".
_PREFIX = re.compile(
    r"^\s*(?:[A-Z][^()\n]{0,60}?)?\([A-Z][^()]{1,40}\)\s*[-–—]+\s*"
    r"|^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,5}\s*)?[-–—]+\s*"
    r"|^\s*[A-Z][A-Z .'’]{2,30}(?:,\s+[^()\n—–]{1,40}?)?\s+[—–-]{1,2}\s+"  # "LINCOLN — ", "OSLO, May 6 - "
)
#: Punctuation or a preposition the removed date leaves before a colon or semicolon.
_LEFT_PUNCT = re.compile(r"(?:\s*,|\s+(?:to|on|from|until|through|since|at|in|by))+\s*([:;])")
_PREFIX_LINES = re.compile(_PREFIX.pattern, re.MULTILINE)
_LEAD_CONJUNCTION = re.compile(r"^(?:and|but|also|then|so|yet|or)\b\s*", re.IGNORECASE)
#: A preposition of time opening a fallback label's phrase: "(Even) after the short-covering rally" is the rally.
_LEAD_SUBORDINATOR = re.compile(r"^(?:(?:even|just|only|shortly|soon|long)\s+)?(?:after|before|following|since|until|amid|"
                                r"despite|ahead\s+of)\s+(?=[^,;]*$)", re.IGNORECASE)


@dataclass(frozen=True)
class EventLabel:
    """A label and its matching key (``subject group object`` in lower case)."""

    label: str
    key: str
    subject: str
    verb: str


@functools.lru_cache(maxsize=1)
def _catalog_columns() -> tuple[list[str], list[str], list[tuple[str, ...]]]:
    """The catalog's ``name``, ``type`` and ``aliases`` columns as lists, read once for the labels' lookups."""
    cat = load_catalog()
    return cat["name"].tolist(), cat["type"].tolist(), cat["aliases"].tolist()


@functools.lru_cache(maxsize=1)
def _catalog_names() -> tuple[tuple[str, str], ...]:
    """(alias, canonical name) pairs, longest alias first."""
    pairs: list[tuple[str, str]] = []
    names, _, aliases = _catalog_columns()
    for name, more in zip(names, aliases):
        for alias in (name, *more):
            if len(alias) >= 3:
                pairs.append((alias, name))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _blank(text: str, pattern: re.Pattern[str], keep: str = "") -> str:
    """Replace matches by spaces of the same length (offsets stay valid). Kept per text, pattern and ``keep``: a label
    blanks its sentence's prefix and quotations more than once, and a reprinted sentence or text before a pronoun
    comes back (a plain dictionary, emptied when full; keyed by the pattern's source and flags, strings and a number
    the garbage collector stops following, as it never does a tuple holding the compiled pattern)."""
    key = (text, pattern.pattern, pattern.flags, keep)
    done = _BLANKED.get(key)
    if done is None:
        if len(_BLANKED) >= _BLANKED_KEPT:
            _BLANKED.clear()
        done = _BLANKED[key] = pattern.sub(
            lambda m: keep + " " * (len(m.group(0)) - len(keep)) if keep else " " * len(m.group(0)), text)
    return done


#: :func:`_blank`'s answers, at most this many kept.
_BLANKED: dict[tuple[str, str, int, str], str] = {}
_BLANKED_KEPT = 16384


def _is_name_token(tok: str) -> bool:
    """Whether ``tok`` may be (part of) a name: capitalised, not a number, not a word that is never one (kept per
    token in a plain dictionary, emptied when full: a story's words come back in every sentence, and a dictionary
    entry is no object for the garbage collector to follow, as a cache's entry is)."""
    known = _NAME_TOKENS.get(tok)
    if known is None:
        if len(_NAME_TOKENS) >= _NAME_TOKENS_KEPT:
            _NAME_TOKENS.clear()
        core = _POSSESSIVE_END.sub("", tok)
        known = _NAME_TOKENS[tok] = bool(core) and core[0].isupper() and core.lower() not in _NOT_NAMES and not core.isdigit() \
            and core not in _ZONES and not _MONEY.match(core)
    return known


#: :func:`_is_name_token`'s answers, at most this many kept.
_NAME_TOKENS: dict[str, bool] = {}
_NAME_TOKENS_KEPT = 65536


#: Subjects whose verb takes no -s: "I", "you", "we", "they" and any pronoun with a modal's contraction ("she'll").
_PLAIN_VERB_SUBJECT = re.compile(r"(?:i|you|we|they)(?:[’'](?:d|ll|ve|m))?|(?:he|she|it)[’'](?:d|ll)")


def _name_runs(tokens: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of name-like tokens (a possessive ends a run)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if _is_name_token(tokens[i][0]):
            j = i + 1
            while j < len(tokens) and not _POSSESSIVE_END.search(tokens[j - 1][0]):
                if _is_name_token(tokens[j][0]):
                    j += 1
                elif tokens[j][0] in ("of", "de", "&", "+") and j + 1 < len(tokens) and _is_name_token(tokens[j + 1][0]):
                    j += 2
                elif tokens[j][0].isdigit() and len(tokens[j][0]) <= 4:
                    j += 1  # "S&P 500", "FTSE 100"
                    break
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


@functools.lru_cache(maxsize=1)
def _catalog_index() -> tuple[dict[str, tuple[int, ...]], dict[str, str]]:
    """The lengths of the catalog's aliases by their first character (longest first), and the alias → canonical
    name map (the first pair's name for an alias listed twice)."""
    names = {alias: name for alias, name in reversed(_catalog_names())}
    lengths: dict[str, set[int]] = {}
    for alias in names:
        lengths.setdefault(alias[0], set()).add(len(alias))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}, names


def _is_word_char(c: str) -> bool:
    """What ``\\w`` matches in a str pattern: a letter or digit of any script, or "_"."""
    return c.isalnum() or c == "_"


def _catalog_spans(phrase: str) -> list[tuple[int, int, str]]:
    """(start, end, alias) of the catalog aliases in ``phrase``, left to right without overlap, each the longest alias
    that starts there as a whole word (no letter, digit or "_" on either side): what a regex of every alias,
    longest first, between ``(?<!\\w)`` and ``(?!\\w)`` finds, without compiling one (thousands of aliases)."""
    by_first, names = _catalog_index()
    out: list[tuple[int, int, str]] = []
    p, n = 0, len(phrase)
    while p < n:
        if p == 0 or not _is_word_char(phrase[p - 1]):
            for length in by_first.get(phrase[p], ()):
                q = p + length
                if q <= n and phrase[p:q] in names and (q == n or not _is_word_char(phrase[q])):
                    out.append((p, q, phrase[p:q]))
                    p = q
                    break
            else:
                p += 1
            continue
        p += 1
    return out


@functools.lru_cache(maxsize=16384)
def canonical_name(phrase: str) -> str:
    """The catalog name inside ``phrase`` ("Meta CEO Mark Zuckerberg" → "Mark Zuckerberg"), else the phrase
    without job titles and possessive (kept per phrase: the same names come back in every article of a story)."""
    phrase = _POSSESSIVE_END.sub("", phrase.strip())
    names = _catalog_index()[1]
    best: tuple[int, str] | None = None
    for start, end, alias in _catalog_spans(phrase):
        after = phrase[end:].split(maxsplit=1)
        if after and after[0].lower().strip(".") in _TITLES:
            continue  # "Fed Chair Jerome Powell", "Apple CEO Tim Cook": the organisation only qualifies the title
        if start == 0 and after and after[0][:1].isupper() and after[0].lower() not in _NOT_NAMES:
            continue  # "European Union Aviation Safety Agency": the catalog's name only begins a longer one
        before = phrase[:start].split()[-1:]
        if before and before[0][:1].isupper() and not _qualifies(before[0]):
            continue  # "Ashdown Continental", "United Continental Holdings": the catalog's name only ends a longer one
        if best is None or end > best[0]:
            best = (end, names[alias])
    if best is not None:
        return best[1]
    words = phrase.split()
    roles = _lexicon().role_titles
    last_title = max((k for k, w in enumerate(words) if w.lower().strip(".") in _TITLES or w.lower() in roles), default=-1)
    rest = words[last_title + 1 :] or words
    if last_title >= 0 and len(rest) > 2 and rest[0] in ("of", "for"):
        rest = rest[2:]  # "Secretary of State Ada Vell", "Minister for Trade Ada Vell": the title's complement
    while len(rest) > 1 and rest[0].lower() in _lexicon().descriptor_words:
        rest = rest[1:]  # "Chipmaker Halden Semiconductor", "Rival Orvane Foods" opening a sentence
    of = next((k for k, w in enumerate(rest) if w in ("of", "at")), None)
    if of is not None and of >= 2:
        rest = rest[:of]  # "Mira Tove of Stellwick Securities": the person; "Bank of Norland" stays one name
    start = max(0, len(rest) - MAX_NAME_WORDS)
    while start > 0 and rest[start] in ("of", "de", "&", "and", "for"):
        start -= 1  # "Division of Banking Supervision": never "of Banking Supervision"
    return " ".join(rest[start:])


def _qualifies(word: str) -> bool:
    """Whether a capitalised ``word`` right before a catalog name only qualifies it: a title or role ("CEO Mark
    Zuckerberg", "Chancellor Ada Vell"), a descriptor ("Chipmaker Nvidia"), a word that is never a name, a possessive
    ("Meta's Mark Zuckerberg") or a stop ("Inc. Nvidia")."""
    low = word.lower().strip(".,;:")
    return (low in _TITLES or low in _lexicon().role_titles or low in _lexicon().descriptor_words or low in _NOT_NAMES
            or bool(_POSSESSIVE_END.search(word)) or word.endswith((".", ",", ";", ":")) or word in _ZONES
            or word.isupper())


_SENTENCE_OPENERS = {".", "!", "?", ":", "-", "–", "—", "“", '"'}
#: A name right after one of these is where or for whom something happened, not who did it.
_NAME_AFTER = {"in", "at", "near", "from", "on", "across", "for", "with", "into", "outside"}


#: A lone capitalised first word followed by one of these is the sentence's named subject ("Orvane shares fell").
_BRACKETS = re.compile(r"\([^()]{1,60}\)")  # "(CLDR.O)", "(IPF)": asides, not the names of the sentence
_SUBJECT_NEXT = {"shares", "stock", "said", "says", "told", "reported", "announced"}


@functools.lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return get_lexicon()


def _names_in(text: str, openers: bool = False) -> list[str]:
    """The names of ``text`` in order (quotations, datelines, brackets and a name after a preposition of place or
    company left out), as
    :func:`canonical_name` gives them. A lone capitalised word that opens a sentence ("Shareholders were angry.")
    is a name only when the text also capitalises it inside a sentence, the catalog knows it, or ``openers``."""
    return list(_names_of(text, openers))


@functools.lru_cache(maxsize=8192)
def _names_of(text: str, openers: bool) -> tuple[str, ...]:
    """:func:`_names_in`, kept per text (a reprinted sentence, or the same text before a pronoun, is read once)."""
    work = _blank(_blank(_blank(text, _PREFIX_LINES), _QUOTE), _BRACKETS)
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(work)]
    inside = {t for n, (t, _) in enumerate(tokens) if n and tokens[n - 1][0] not in _SENTENCE_OPENERS}
    types = _catalog_types()
    names: list[str] = []
    placed = -1  # where the last name after a preposition ended
    for i, j in _name_runs(tokens):
        at = i - 1 if i and tokens[i - 1][0].lower() not in ("the", "a", "an") else i - 2
        if (at >= 0 and tokens[at][0].lower() in _NAME_AFTER) or (i >= 2 and placed == i - 1 and tokens[i - 1][0] in ("and", "&")):
            placed = j
            continue  # "in Lyon", "with the Grain Supply Board"
        name = canonical_name(" ".join(t for t, _ in tokens[i:j]))
        if j - i == 1 and j + 1 < len(tokens) and tokens[j][0].isalpha() and tokens[j][0].islower() \
                and _is_name_token(tokens[j + 1][0]):
            continue  # "Coffee roaster Dunvale Brands", "Swiss drugmaker Arvel": the word describes the name after it
        if name in _lexicon().demonyms:
            continue  # "Dutch", "Swiss": what a name is, never who
        if j < len(tokens) and tokens[j][0] in (":", "(") and all(t.isupper() for t, _ in tokens[i:j]):
            continue  # a transcript's speaker label ("ANCHOR:")
        opener = i == 0 or tokens[i - 1][0] in _SENTENCE_OPENERS
        if j - i == 1 and (name in _lexicon().honorifics or (opener and name in _lexicon().stop_capitalised)):
            continue  # "Mr" of "Mr. Obama"; "Ahead of Friday's meeting", "Analysts said": never a name alone
        follows = tokens[j][0].lower() if j < len(tokens) else ""
        if not openers and opener and j - i == 1 and tokens[i][0] not in inside and name not in types \
                and follows not in _SUBJECT_NEXT:
            continue
        names.append(name)
    return tuple(names)


def _is_person(name: str) -> bool:
    """A catalog PERSON, or two or more capitalised words the catalog does not know as something else."""
    kind = _catalog_types().get(name)
    lex = _lexicon()
    if kind is None and (name in lex.places or name.split()[-1] in lex.place_heads | lex.org_heads):
        # "the Sunda Strait", "the Clinton Foundation": a place or a body ("he added" read "Sunda Strait adds")
        return False
    return kind == "PERSON" or (kind is None and len(name.split()) >= 2)


def _last_name(text: str, person: bool = False) -> str | None:
    """The last name mentioned in ``text``; with ``person``, the last one that looks like a person's."""
    return next((n for n in reversed(_names_in(text[-1500:])) if not person or _is_person(n)), None)


def _salient_name(text: str) -> str | None:
    """The name ``text`` mentions most ("the company" is the one the article is about): names are counted by
    their first word ("Arvel" and "Arvel Foods" are one), names the catalog or the lexicon know as people, places
    or indexes left out; the most frequent spelling of the most mentioned one (ties: the one with the longest name, as
    "Swiss drugmaker Arvel Pharma AG" names a company in full and not its country; then the first named)."""
    types = _catalog_types()
    counts: dict[str, dict[str, int]] = {}
    first: dict[str, int] = {}
    people = _people_in(text)  # a person ("Ingrid Vell", then "Vell") is not "the company"
    for n, name in enumerate(_names_in(text)):
        if not _company_like(name) or name in people:
            continue
        head = name.split()[0]
        counts.setdefault(head, {})[name] = counts.get(head, {}).get(name, 0) + 1
        first.setdefault(head, n)
    if not counts:
        return None
    head = max(counts, key=lambda h: (sum(counts[h].values()), max(len(n.split()) for n in counts[h]), -first[h]))
    return max(counts[head].items(), key=lambda kv: (kv[1], len(kv[0])))[0]


_THE_COMPANY = re.compile(r"\b(?:the|The)\s+(?:company|firm|group)\b")
_SUBORDINATE_START = re.compile(r"^\W*(?:When|After|Before|As|While|Since|If|Although|Though|Once|Until)\b")


_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[A-Z“\"])")


def _company_like(name: str) -> bool:
    """Whether ``name`` may be "the company": not a person, a place or an index the catalog or lexicon knows."""
    return _catalog_types().get(name, "ORG") == "ORG" and name not in _lexicon().places and not _given_name_first(name)


def _people_in(text: str) -> set[str]:
    """The people ``text`` names, by full name and by surname ("Ingrid Vell", "Vell"): a name with a given name
    first, or one whose last word the text also uses alone (news calls a person by surname, a company by its
    first word)."""
    names = _names_in(text)
    alone = {n for n in names if " " not in n}
    people = [n for n in names if _given_name_first(n) or (" " in n and n.split()[-1] in alone)]
    return set(people) | {n.split()[-1] for n in people}


def _given_name_first(name: str) -> bool:
    """Whether ``name`` starts with a given name and the catalog does not know it ("Jane Roe"): a person."""
    return name not in _catalog_types() and name.split()[0] in _lexicon().given_names


def _antecedent(pronoun: str, before: str, previous_text: str | None, after: str = "") -> str | None:
    """What a pronoun subject stands for: "the company"/"the firm" (and "it" after them) the name the article
    mentions most; "I"/"we" the last name before the sentence; any other the first fitting name (a person for
    "he"/"she", not a person for "it"/"they") of its own sentence before it (``before``), or of the main clause
    after it (``after``) when the sentence opens with a subordinate clause, else the last fitting name of the text
    before the sentence (``previous_text`` None: :class:`_NeedsContext` when that is needed)."""
    if pronoun in ("the company", "the firm") or (pronoun in ("it", "they") and _THE_COMPANY.search(before)):
        # "The company had trimmed its outlook in May, when it bought ...": "it" is the company too
        if previous_text is None:
            raise _NeedsContext
        # the company the sentence before names first ("ASML was 1.1% lower. The company said ..."), else the one
        # the article mentions most
        last = _SENTENCE_END.split(previous_text.rstrip())[-1] if previous_text.strip() else ""
        people = _people_in(previous_text[-3000:] + " " + before)
        found = next((n for n in _names_in(last, openers=True) if _company_like(n) and n not in people), None)
        return found or _salient_name(previous_text[-3000:] + " " + before)
    if pronoun in ("i", "we"):  # the speaker of a quotation, not a name of the sentence
        if previous_text is None:
            raise _NeedsContext
        return (_turn_speaker(previous_text) or _last_name(previous_text)) if previous_text else None
    person = pronoun in ("he", "she")

    def fits(name: str) -> bool:
        return _is_person(name) if person else not _given_name_first(name)

    # in its own sentence a pronoun stands for the sentence's subject, its first name: "Orrel Mining had planned a
    # day in Darwin; it said on Monday ...", "The union, which represents Orrel Mining staff, said it ..."
    found = next((n for n in _names_in(before, openers=True) if fits(n)), None)
    if found is None and _SUBORDINATE_START.match(before) and after:
        # "When it reported results on July 23, Orrel Mining said ...": the main clause's subject, after the comma
        found = next((n for n in _names_in(after.split(",", 1)[-1], openers=True) if fits(n)), None)
    if found is None and previous_text is None:
        raise _NeedsContext
    if found is None and previous_text:
        found = next((n for n in reversed(_names_in(previous_text[-1500:])) if fits(n)), None)
    return found


_CLAUSE_OPENERS = {
    "when", "after", "as", "while", "because", "if", "that", "which", "who", "since", "before", "although", "though",
    "once", "until", "where", "and", "but", "then", "meanwhile", "however", "by", "with", "in", "on", "at",
}
_ADVERBS = {"also", "reportedly", "recently", "then", "just", "already", "still", "later", "earlier", "first", "briefly",
            "soon", "again"}


def _relative_verb(tokens: list[tuple[str, int]], k: int, forms: dict[str, Any]) -> bool:
    """Whether the verb form at ``k`` is a past tense right after a relative "that" ("a fire that began"), not a
    noun after the determiner "that" ("that fall")."""
    t = tokens[k][0].lower()
    return tokens[k - 1][0].lower() in _RELATIVE and t not in (forms[t].lemma, forms[t].third)


_DATE_PREPS = {"on", "in", "late", "early", "this", "last", "next"}
_PARTICLES = {"to", "of", "up", "down", "out", "off", "back", "over", "about", "into", "through", "by", "ahead"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "am"}


def _reported_verb(tokens: list[tuple[str, int]], k: int, verb: EventVerb, verbs: list[tuple[int, EventVerb]],
                   runs: list[tuple[int, int]]) -> tuple[int, EventVerb]:
    """The verb of what was said when the chosen verb only attributes it after a comma ("Arvel Foods will shut
    two mills, the company told analysts on Tuesday"): the first verb of the reported clause whose subject is a
    name; else the chosen verb."""
    if verb.group not in _SPEECH_GROUPS:
        return k, verb
    i0, j0 = _clause_np(tokens, k)
    said_by = " ".join(t for t, _ in tokens[i0:j0]).lower()
    if i0 == 0 or tokens[i0 - 1][0] != "," or said_by not in _PRONOUNS:
        return k, verb
    ends = {j for _, j in runs}
    for n, found in verbs:
        if n >= i0:
            break
        if n > 0 and _clause_np(tokens, n)[1] in ends and not tokens[n][0].lower().endswith("ing"):
            return n, found
    return k, verb


#: Verbs of seeing and making take an object and a bare verb: "saw its shares drop", "made the stock fall".
_BARE_INFINITIVE_BEFORE = {"saw", "see", "sees", "seen", "watched", "watch", "watches", "made", "make", "makes", "let",
                           "lets", "helped", "help", "helps", "had", "have", "has", "heard", "hear", "felt", "feel"}
#: Plural nouns without an -s ("data show", "people expect"): a bare verb after them is a verb.
_PLURALS = {"data", "people", "police", "staff", "media", "cattle", "personnel", "clergy", "men", "women", "children",
            "feet", "teeth", "mice", "geese", "criteria", "phenomena"}
#: Singular nouns in -s: "analysis", "crisis", "thesis", "axis", "news", "series".
_SINGULAR_IN_S = ("sis", "xis", "news", "series", "species")
#: Words that end the modifiers of a noun going back from it: no noun phrase runs across them.
_NOT_MODIFIERS = _AUX | _BE | _MODALS | _STOP_OBJECT | _PARTICLES | _PRONOUNS | _RELATIVE | {"not", "to", "also", "and"}


@functools.lru_cache(maxsize=1)
def _same_past() -> frozenset[str]:
    """Verbs whose past or participle is their bare form ("shut", "hit", "cut", "set"): a bare form may be past."""
    import csv

    with VERBS_PATH.open(encoding="utf-8") as fh:
        return frozenset(r["lemma"].strip().lower() for r in csv.DictReader(fh)
                         if r["lemma"].strip().lower() in (r["past"].strip().lower(), r["participle"].strip().lower()))


#: Words that count or pick out a plural noun after them ("several states", "any gains", "both claims").
_PLURAL_PICKERS = frozenset("several many some any these those all both few fewer multiple various other such "
                            "two three four five six seven eight nine ten dozens hundreds thousands million millions "
                            "billion billions".split())


def _plural_noun(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the -s verb form at ``k`` is a plural noun: after a word that counts it ("several states", "any
    gains"), a demonym ("Libyan charges"), a possessive ("the company's plans") or a determiner and an -ing
    modifier ("the restructuring charges"). A -s verb agrees with a singular subject, which none of these is."""
    if k == 0:
        return False
    forms = verb_forms()
    t = tokens[k][0].lower()
    if t not in forms or t != forms[t].third or t == forms[t].lemma:
        return False
    prev = tokens[k - 1][0]
    low = prev.lower()
    if low in _PLURAL_PICKERS or _POSSESSIVE_END.search(prev) or prev in _lexicon().demonyms:
        return True
    return k >= 2 and low.endswith("ing") and prev.islower() and tokens[k - 2][0].lower() in _DETERMINERS


def _bare_noun(tokens: list[tuple[str, int]], k: int, possessive_end: int = -1) -> bool:
    """Whether the bare verb form at ``k`` is a singular noun: after a determiner or a possessive and one to three
    words that are no verb ("its biggest fall", "a detailed audit report", "the firm's sharp drop", "Wednesday's
    short-covering rally", the date blanked up to ``possessive_end``). A bare verb after a singular noun has no subject: the -s
    form would agree with one ("the stock rallies"), the bare one with a plural ("the banks rally")."""
    forms = verb_forms()
    t = tokens[k][0].lower()
    if t not in forms or t != forms[t].lemma or t.endswith("ing") or k == 0 or t in _same_past():
        return False  # "when the port shut for a week": a past that looks bare
    prev = tokens[k - 1][0]
    nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    if nxt[:1].isalpha() and nxt.lower() not in _STOP_OBJECT | _PLACE_PREPS | {"of", "to", "by", "over", "at"}:
        return False  # "a cyber attack crippled ...": a word after it may be the verb the list does not know
    if _POSSESSIVE_END.search(prev) or (0 <= possessive_end <= tokens[k][1] and tokens[k - 1][1] < possessive_end):
        return True  # "Keel's rally", "Monday's rebound,": a possessive's noun
    if prev.replace("-", "").isalpha() and prev.islower() and prev.endswith("s") and k >= 2 \
            and tokens[k - 2][0].lower() in ("a", "an", "every", "each"):
        return True  # "an assault-weapons ban", "a sales slump": a singular determiner, the -s word is a modifier
    if not prev.replace("-", "").isalpha() or not prev.islower() or prev in _PLURALS or (prev.endswith("s") and not prev.endswith(("ss", "us"))):
        return False
    m = k - 1
    while m >= 0 and k - m <= 3:
        word = tokens[m][0]
        low = word.lower()
        if _POSSESSIVE_END.search(word) or low in _DETERMINERS - {"that"} or (0 <= possessive_end <= tokens[m][1]
                                                                          and (m == 0 or tokens[m - 1][1] < possessive_end)):
            head = m if low in _DETERMINERS else m + 1  # where the noun phrase starts
            if head and tokens[head - 1][0].lower() in _BARE_INFINITIVE_BEFORE:
                return False  # "saw its bonds drop": the bare verb after a verb of seeing or making
            return m < k - 1 or not (low in _DETERMINERS)  # a determiner right before it is read elsewhere
        if not word.replace("-", "").isalpha() or not word.islower() or low in _NOT_MODIFIERS or low in forms:
            return False
        m -= 1
    return False


def _ing_noun(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the -ing word at ``k`` is a noun or an adjective, not a verb: after a determiner or an adjective
    ("the selling", "annual general meeting", "the other leading toolmakers"), or opening its sentence before a
    bare noun ("Closing bell in Oslo")."""
    t = tokens[k][0].lower()
    if not t.endswith("ing") or len(t) < 5:
        return False
    prev = tokens[k - 1][0] if k else ""
    nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    if prev.lower() in _DETERMINERS - {"that"}:
        return True
    if k >= 2 and tokens[k - 2][0].lower() in _DETERMINERS - {"that"} and prev.isalpha() and prev.islower() \
            and prev not in verb_forms() and prev not in _AUX | _ADVERBS and nxt.isalpha() and nxt.islower() \
            and nxt not in _STOP_OBJECT | _PLACE_PREPS | _PARTICLES | _DETERMINERS:
        return True  # "the other leading toolmakers": an adjective between a determiner and its noun
    ends_clause = not nxt or not nxt[0].isalnum()
    if ends_clause and prev[:1].isalpha() and prev.lower() not in _BE | _AUX | _ADVERBS | _PRONOUNS | _RELATIVE \
            and prev.lower() not in verb_forms() and not _is_name_token(prev):
        return True  # "annual general meeting:", "after a long closing."
    opens = not prev or prev in _SENTENCE_OPENERS  # a sentence's first word, not a clause's (", sending shares …")
    return opens and nxt.isalpha() and nxt.islower() and nxt not in _DETERMINERS | _STOP_OBJECT | _PLACE_PREPS \
        and nxt not in _PRONOUNS | _PARTICLES and nxt not in verb_forms()


#: Adverbs that stand right before a verb only ("has now shed", "and last walked out"), skipped with the auxiliaries.
_BEFORE_VERB = {"now", "last", "never", "once", "since", "again"}
#: A quantifier floated next to the verb ("X and Y have each lost", "both fell"): not part of the subject.
_FLOATING = {"each", "both", "all", "together"}


#: Words before "to" that make the verb after it a planned or expected act of the subject before them ("is expected to
#: be launched", "is due to publish", "are set to vote").
_TO_FUTURE = frozenset({"expected", "due", "set", "scheduled", "slated", "likely", "poised", "planned", "unlikely",
                        "supposed", "meant", "going", "about"})


#: Prepositions after a participle that follows a noun ("the raise agreed with lenders", "a rule issued by the agency").
_PARTICIPLE_PREPS = frozenset({"with", "by", "in", "on", "at", "for", "from"})


def _unknown_past(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at ``n`` is a past the verb list does not know ("opened", "went"): a verb of its clause."""
    word = tokens[n][0]
    low = word.lower()
    if not word.islower() or (n and tokens[n - 1][0].lower() in _DETERMINERS):
        return False
    return (low.endswith("ed") and len(low) > 4 and low not in verb_forms()) or low in _IRREGULAR_PAST


def _verb_before_to(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at ``n``, before "to be", is a verb that takes the infinitive ("remains to be written", "has
    to be"), not a noun ("the reports to be published": a determiner before a plural noun)."""
    low = tokens[n][0].lower()
    if low in _AUX | _BE | _MODALS or (n and tokens[n - 1][0].lower() in _PRONOUNS | {"you", "we", "i"}):
        return True  # "it remains to be written", "we have to be"
    verb = verb_forms().get(low)
    if verb is None or low == verb.lemma:
        return False
    return not (n and tokens[n - 1][0].lower() in _DETERMINERS)


def _blanked_between(tokens: list[tuple[str, int]], a: int, b: int) -> bool:
    """Whether text was blanked (a date, a quotation) between the tokens ``a`` and ``b`` (more than two spaces)."""
    return tokens[b][1] - (tokens[a][1] + len(tokens[a][0])) > 2


def _noun_before_aux(tokens: list[tuple[str, int]], n: int, j: int, k: int) -> bool:
    """Whether the verb-like word at ``n`` is the head noun of the subject: it stands right before the auxiliary that
    opens the verb at ``k`` (``j`` < ``k``: "The final report will be published", "the sale was completed") after a
    determiner, a possessive or an adjective. A verb never stands right before an auxiliary."""
    if n != j - 1 or n == 0 or not ((j < k and tokens[j][0].lower() in _AUX | _MODALS) or (j == k and _passive_agent(tokens, k))):
        return False
    word, prev = tokens[n][0].lower(), tokens[n - 1][0]
    verb = verb_forms()[word]
    if word not in (verb.lemma, verb.third) or word.endswith("ing"):
        return False
    low = prev.lower()
    return low in _DETERMINERS - {"that"} or bool(_POSSESSIVE_END.search(prev)) or (
        prev.isalpha() and prev.islower() and low not in verb_forms() and low not in _NOT_MODIFIERS
        and low not in _CLAUSE_OPENERS)


def _antecedent_start(tokens: list[tuple[str, int]], i: int, j: int) -> int:
    """Where the noun phrase ends that a relative "that"/"which" at ``j`` stands for, in the words [i, j) before it:
    from its determiner or the preposition before it ("in the shadow of | the convention hall that", "the type of |
    speculative bets that", "for supporting | the crime bill that"); an infinitive's "to" or a gerund after a
    preposition is no such place ("a bill to combat addiction that": the bill). ``i`` when the phrase found does not
    end on a word."""
    n = j - 1
    while n > i:
        low = tokens[n][0].lower()
        if low in _DETERMINERS - {"that", "this", "these", "those"}:
            cut = n
            break
        if low in _POSTMODIFIER_PREPS and n + 1 < j:
            after = tokens[n + 1][0]
            if after.lower() in _DETERMINERS or (low != "to" and not after.lower().endswith("ing")
                                                  and after.lower() not in verb_forms()):
                cut = n + 1
                break
        n -= 1
    else:
        return i
    last = tokens[j - 1][0]
    return cut if cut < j and last.isalpha() and last.islower() and last not in _PHRASE_OPENERS | _DANGLING else i


def _sentence_adverb(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at ``n`` is an adverb in -ly between an auxiliary and "not" or the verb ("would probably not
    come", "has apparently not made", "are definitely not voting")."""
    word = tokens[n][0]
    return n > 0 and word.islower() and word.endswith("ly") and len(word) > 5 and word not in verb_forms() \
        and (tokens[n - 1][0].lower() in _AUX | _MODALS or _sentence_adverb(tokens, n - 1))


def _clause_np(tokens: list[tuple[str, int]], k: int) -> tuple[int, int]:
    """Token range [i, j) of the words before the verb at ``k`` back to the clause start (aux, modals, adverbs and
    a date such as "on Monday" skipped)."""
    j = k
    while True:
        while j > 0 and (tokens[j - 1][0].lower() in _AUX | _ADVERBS | _MODALS
                         or (tokens[j - 1][0].lower() in _FLOATING and j > 1 and tokens[j - 2][0][:1].isalnum()
                             and tokens[j - 2][0].lower() not in _CLAUSE_OPENERS)  # "Both were hit": the subject
                         or (j == k and tokens[j - 1][0].lower() in _BEFORE_VERB)
                         or (j == k and j > 1 and tokens[j - 1][0].lower() == "being" and tokens[k][0].lower() in _participles()
                             and tokens[j - 2][0][:1].isalnum() and tokens[j - 2][0].lower() not in _PHRASE_OPENERS
                             and tokens[j - 2][0].lower() not in _CLAUSE_OPENERS)  # "the lawsuit being filed"
                         or (tokens[j - 1][0].lower() == "not" and j > 1 and (tokens[j - 2][0].lower() in _AUX | _MODALS
                                                                             or _sentence_adverb(tokens, j - 2)))
                         or (_sentence_adverb(tokens, j - 1) and j > 1 and tokens[j - 2][0].lower() in _AUX | _MODALS)
                         or (j < k and tokens[j - 1][0].lower() in _BEFORE_VERB and tokens[j][0].lower() in _AUX)):
            j -= 1
        if j > 2 and tokens[j - 1][0].lower() == "to" and (tokens[j - 2][0].lower() in _TO_FUTURE or (
                j > 3 and j < k and tokens[j][0].lower() == "be" and tokens[j - 2][0].islower()
                and tokens[j - 2][0].endswith("ed") and tokens[j - 3][0].lower() in _BE)):
            # "is assured to be shut out", "was believed to be killed": a participle of be before the passive infinitive
            j -= 2  # "The raise is expected to be launched": the subject is before "is expected to"
            continue
        if j > 2 and j < k and tokens[j - 1][0].lower() == "to" and tokens[j][0].lower() == "be" \
                and tokens[j - 2][0][:1].isalnum() and not _verb_before_to(tokens, j - 2):
            j -= 1  # "final guidelines to be published in November": the noun before "to be" is what it tells of
            continue
        if j > 1 and tokens[j - 1][0].lower().rstrip(".") in _DATE_WORDS and tokens[j - 2][0].lower() in _DATE_PREPS:
            j -= 2  # "Arbeck Airports on Monday cut": the date sits between the subject and its verb
            continue
        break
    i = j
    forms = verb_forms()
    while i > 0:
        tok = tokens[i - 1][0]
        low = tok.lower()
        if i < j and _blanked_between(tokens, i - 1, i) and tokens[i][0].lower() in _DETERMINERS - {"that"}:
            break  # "In April 2021 the shares rose": the blanked date ends the phrase fronted before the subject
        if not tok[0].isalnum() or low in _CLAUSE_OPENERS or (low in forms and not _is_name_token(tok)
                                                               and not _noun_before_aux(tokens, i - 1, j, k)):
            break
        i -= 1
    if 2 < i < j and tokens[i - 1][0].lower() in _PARTICIPLE_PREPS and tokens[i - 2][0].lower() in _participles() \
            and tokens[i - 3][0].isalpha() and tokens[i - 3][0].islower() and tokens[i - 3][0].lower() not in _NOT_MODIFIERS \
            and (tokens[i - 3][0].lower() not in forms
                 or tokens[i - 3][0].lower() in (forms[tokens[i - 3][0].lower()].lemma, forms[tokens[i - 3][0].lower()].third)):
        # "The equity raise agreed with lenders is expected to": a participle phrase after the subject's noun
        start = i - 2
        while start > 0 and start > i - 8 and tokens[start - 1][0][:1].isalnum() \
                and tokens[start - 1][0].lower() not in _CLAUSE_OPENERS and _modifier_word(tokens[start - 1][0]):
            start -= 1
        if start > 0 and tokens[start - 1][0].lower() in _DETERMINERS - {"that"}:
            start -= 1
        return start, i - 2
    if j - i == 1 and tokens[i][0].lower() == "to":
        i = j  # ", to be launched in May": an infinitive has no subject of its own
    while i < j and (tokens[i][0].lower().rstrip(".") in _DATE_WORDS - {"the"}
                         or (i > 0 and tokens[i][0].rstrip(",.").isdigit() and tokens[i - 1][0].lower().rstrip(".") in _DATE_WORDS)):
        i += 1  # "By Thursday the shares had slid", "said on Friday it would": the date opens the clause, no subject
    return i, j


@functools.lru_cache(maxsize=1)
def _catalog_types() -> dict[str, str]:
    names, types, _ = _catalog_columns()
    return dict(zip(names, types))


@functools.lru_cache(maxsize=65536)
def _key_parts(key: str) -> tuple[str, str, frozenset[str], str]:
    """What :func:`key_similarity` reads of a label key, kept per key (a key is compared with many): its subject,
    verb group, object words of two or more letters but determiners, and the key as words."""
    subject, group, obj = (key.split("|") + ["", "", ""])[:3]
    words = frozenset(w for w in obj.split() if len(w) > 1) - _DETERMINERS
    return subject, group, words, key.replace("|", " ").lstrip("~")


def key_similarity(a: str, b: str) -> float:
    """0–100: how likely two label keys (``subject|group|object``) name the same event. Same verb group and a
    shared object word with compatible subjects scores 90; otherwise a fuzzy match of the whole keys."""
    sa, ga, wa, flat_a = _key_parts(a)
    sb, gb, wb, flat_b = _key_parts(b)
    names_differ = bool(sa and sb and not sa.startswith("~") and not sb.startswith("~") and fuzz.token_set_ratio(sa, sb) < 80)
    if names_differ:
        return 0.0
    if ga and ga == gb and not wa.isdisjoint(wb):  # a shared object word
        return 90.0
    return float(fuzz.token_sort_ratio(flat_a, flat_b))


#: Words an object phrase may not end on: the phrase would stop mid-way ("plans to provide", "over $60").
_DANGLING = _DETERMINERS | {
    "to", "by", "of", "over", "more", "late", "early", "nearly", "about", "almost", "around", "and", "or", "than",
    "as", "at", "least", "most", "up", "down", "into", "onto", "per", "some", "any", "its", "their",
}
#: An object phrase holds at most this many words (it usually stops earlier, at a clause boundary).
OBJECT_WORDS = 12
#: Prepositions that may open the phrase after an intransitive verb ("trends on social media").
_PLACE_PREPS = {"on", "across", "into", "onto"}
_DATE_WORDS = {w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w} | {
    "sept", "today", "yesterday", "tomorrow", "the"}


#: Prepositions that open the object of a verb that takes one ("filed for bankruptcy", "voted on the budget",
#: "voted against the deal", "applied for a licence", "sued over the deal").
_COMPLEMENT_PREPS = {"on", "for", "against", "over", "into"}
#: Words of a time, not of an object: "on the day", "for a third session", "on the 5th".
_TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "session", "sessions", "morning",
               "afternoon", "evening", "night", "weekend", "quarter", "half", "time", "first", "second", "third",
               "fourth", "fifth", "straight", "row", "consecutive", "while", "now", "record"}


def _time_word(token: str) -> bool:
    low = token.lower().rstrip(".")
    return (low in _DATE_WORDS and low != "the") or low in _TIME_NOUNS or token[:1].isdigit()


#: Prepositions that may open a phrase inside the subject of a reported clause ("a failure at a provider had"); not
#: "of", whose phrase names what the subject is ("a trial of its drug had met its goal": cut there, the label keeps it).
_SAID_PP = frozenset({"at", "in", "on", "for", "from", "with"})


def _reported_clause_verb(tokens: list[tuple[str, int]], k: int, stop_at: int) -> int | None:
    """Where the verb of a reported clause is when the words from ``k`` are the rest of its subject's prepositional
    phrase: an auxiliary or a past form within eight words, before any punctuation, relative word or the date
    (``stop_at``); None when there is none (the preposition then ends the object, as before)."""
    forms = verb_forms()
    for n in range(k, min(len(tokens), k + 8)):
        tok, pos = tokens[n]
        low = tok.lower()
        if pos >= stop_at or not (tok[0].isalnum() or tok[0] in "$£€") or low in _RELATIVE | {"when", "where", "and", "or", "but"}:
            return None
        if n > k and (low in _AUX | _MODALS or (low in forms and low not in (forms[low].lemma, forms[low].third)
                                                and not low.endswith("ing"))):
            return n
    return None


def _object_phrase(tokens: list[tuple[str, int]], start: int, stop_at: int, speech: bool,
                   sentence: str = "", work: str = "") -> str:
    """The object of the verb: the words after it up to a clause boundary (a stop word, punctuation, the date),
    at most :data:`OBJECT_WORDS`, never ending on a word that leaves it unfinished. A quotation inside the phrase
    ("offers his company “an easier way …”", blanked in ``work``) is put back from ``sentence``."""
    words: list[str] = []
    took_number = False
    converted = False
    cut_short = False
    k = start
    reported = speech and k < len(tokens) and tokens[k][0].lower() == "that"  # "said that ...": a reported clause
    if reported:
        k += 1
    if k + 3 < len(tokens) and [t.lower() for t, _ in tokens[k:k + 3]] in (["in", "favor", "of"], ["in", "favour", "of"]) \
            and tokens[k + 3][1] < stop_at:
        words.extend(t for t, _ in tokens[k:k + 3])  # "voted in favor of the ban": the object after the phrase
        k += 3
    elif (k + 1 < len(tokens) and tokens[k][0].lower() in _PLACE_PREPS and tokens[k + 1][1] < stop_at
            and tokens[k + 1][0].lower().rstrip(".") not in _DATE_WORDS and not tokens[k + 1][0][0].isdigit()):
        words.append(tokens[k][0])  # an intransitive verb: where it happened is its complement
        k += 1
    elif (not speech and k + 2 < len(tokens) and tokens[k][0].lower() in _COMPLEMENT_PREPS
          and tokens[k + 2][1] < stop_at and not _time_word(tokens[k + 1][0])
          and not (tokens[k + 1][0].lower() in _DETERMINERS and _time_word(tokens[k + 2][0]))):
        words.append(tokens[k][0])  # a prepositional object: "filed for bankruptcy", "voted on the bridge"
        k += 1
    while k < len(tokens):
        tok, pos = tokens[k]
        low = tok.lower()
        amount = tok[0] in "$£€" and tok[1:2].isdigit()  # "$60": an amount belongs to the object
        if words and sentence and work and pos < stop_at:
            # the quotation the phrase runs into, also when a comma or a stop follows it ('that it had "rebuilt
            # the systems", and ...' left "Renault says it")
            gap = work[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos]
            quoted = sentence[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos].strip()
            if gap.strip() == "" and len(quoted) > 2 and quoted[0] in "“\"‘'" and quoted[-1] in "”\"’'":
                words.append(quoted)
                break
        if tok == "." and words and words[-1] + "." in _lexicon().honorifics and pos < stop_at:
            words[-1] += "."  # "called Mr. Obama's remarks ...": an honorific's stop ends no phrase
            k += 1
            continue
        if pos >= stop_at or (not tok[0].isalnum() and not amount and tok not in ("$", "%", "£", "€", "-")):
            break
        if work and k > 0 and not words and not speech and len(work[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos]) > 2 \
                and (low in _AUX | _MODALS or (low.endswith("ed") and len(low) > 4)
                     or (low in verb_forms() and low not in (verb_forms()[low].lemma, verb_forms()[low].third))):
            break  # "the strike which began [on April 8] would cost ...": past the date, the main clause's verb
        if work and k > 0 and not words and not speech and len(work[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos]) > 2 \
                and low in _ADVERBS and k + 1 < len(tokens) and tokens[k + 1][0].isalpha() and tokens[k + 1][0].islower() \
                and tokens[k + 1][0] not in _DETERMINERS | _STOP_OBJECT:
            break  # "the lawsuit being filed [this week] also contests ...": past the date, the main clause's verb
        if took_number and work and words and len(work[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos]) > 2:
            break  # "lost 9.4% [the day after] the decision": past the date, no longer the figure's phrase
        at_least = low == "at" and k + 1 < len(tokens) and tokens[k + 1][0].lower() in ("least", "most")
        if reported and low in _SAID_PP and words and len(words) <= 3 and not converted \
                and not words[0][:1].isdigit() and not any(w.lower() in _CLAUSE_OPENERS or w.lower() in verb_forms()
                            and w.lower() != verb_forms()[w.lower()].lemma for w in words):
            verb_at = _reported_clause_verb(tokens, k + 1, stop_at)
            if verb_at is not None:
                # "said that a failure at an outside provider had caused the outage": the phrase after the reported
                # subject's preposition only says which; the reported clause goes on to its verb
                k = verb_at
                continue
        than = low == "than" and words and words[-1].lower() in ("more", "less", "fewer") \
            and k + 1 < len(tokens) and tokens[k + 1][1] < stop_at  # "received more than 11,000 complaints"
        if (low in _STOP_OBJECT and not at_least and not than) or (took_number and low in ("by", "to", "of")):
            break
        if len(words) >= OBJECT_WORDS:
            cut_short = True
            break
        if (speech and not converted and low in verb_forms() and words
                and low not in (verb_forms()[low].lemma, verb_forms()[low].third) and not low.endswith("ing")
                and words[-1].lower() not in _AUX | {"to", "would", "could", "should", "might", "may", "must", "can"}):
            words.append(verb_forms()[low].third)
            converted = True
            k += 1
            continue
        if not words and low in _DETERMINERS:
            k += 1
            continue
        words.append(tok)
        took_number = took_number or tok[0].isdigit() or tok.startswith("$")
        k += 1
    while words and words[-1].lower() in _DANGLING | _AUX | _MODALS:
        words.pop()
    if cut_short:  # stopped by the length limit: end on the last word that closes a phrase
        while words and (words[-1].lower() in _DANGLING or words[-1].lower() in verb_forms()):
            words.pop()
        if words and len(words) >= 2 and words[-2].lower() == "to":
            words = words[:-2]
    if words and words[-1].lower() in verb_forms() and len(words) >= 2 and words[-2].lower() == "to":
        words = words[:-2]  # "plans to provide" with nothing provided: "plans"
    return _CURRENCY_GAP.sub(r"\1", " ".join(words))


_CURRENCY_GAP = re.compile(r"([£€$]) (?=\d)")


_DAY_PART = re.compile(  # "Monday morning", "Friday's close": the part of the day or the session belongs to the date
    r"\s+(?:morning|afternoon|evening|night)\b"
    r"|[’']s\s+(?:close|closing|open|opening)\b|[’']s\b",
    re.IGNORECASE,
)
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


#: Words that scale a figure ("$415 million", "2.1 billion"): the word after them is the figure's noun.
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn"})
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_AMOUNT = re.compile(r"(?:[A-Z]{0,3}[$£€])?\d")


class _NeedsContext(Exception):
    """The label's subject is a pronoun: it depends on the text before the sentence."""


@functools.lru_cache(maxsize=8192)
def _label_alone(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """The label of a sentence that does not need the text before it (reprinted sentences are labelled once);
    None when its subject is a pronoun."""
    try:
        return _event_label(sentence, expr_start, expr_end, None)
    except _NeedsContext:
        return None


def event_label(sentence: str, expr_start: int, expr_end: int, previous_text: str = "") -> EventLabel:
    """Summarise ``sentence`` around the date expression at ``[expr_start, expr_end)`` (offsets in the sentence).

    ``previous_text`` (the document before the sentence) resolves a pronoun subject ("he said in September").
    A trailing attribution (", people familiar with the matter said") and a second verb phrase with its own date
    ("founded in 1952 and listed in 1998") are narrowed first (:func:`_attributed`, :func:`_conjunct`).
    """
    turn = _NAMED_TURN.match(sentence)
    sentence, expr_start, expr_end = _narrowed(sentence, expr_start, expr_end)
    found = (_fronted_participle(sentence, expr_start, expr_end) or _reduced_relative(sentence, expr_start, expr_end)
             or _label_alone(sentence, expr_start, expr_end))
    found = found if found is not None else _label_in_context(sentence, expr_start, expr_end, previous_text)
    found = found if turn is None else _speaker_for_i(found, turn.group("name"), turn.string[turn.end():])
    tidy = _tidy(found.label)
    return found if tidy == found.label or not tidy else replace(found, label=tidy)


#: What a removed date may leave in a label: a space before a stop, two stops in a row, a preposition at the end.
_SPACE_BEFORE_STOP = re.compile(r"\s+([,;:.!?])")
_DOUBLED_STOP = re.compile(r"([,;:])(?:\s*[,;:])+")
_DANGLING_END = re.compile(r"\s+(?:on|in|at|by|during|for|from|to|since|until|till|of|before|after|around|through)$",
                           re.IGNORECASE)


#: A label ending on an abbreviation keeps its full stop: "the U.S.", "Ogden Corp.", "Jr.".
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Corp|Inc|Co|Ltd|Jr|Sr|Bros|St|Mt|No)\.)$")


#: The caption prefix of a chart or picture ("[Chart: Vivacast shares, down 17% ...]"): not the event's words.
_GRAPHIC_PREFIX = re.compile(r"^\[?(?:chart|graphic|graph|photo|picture|image|table|video|map)\s*:\s*", re.IGNORECASE)


def _tidy(label: str) -> str:
    """``label`` without the debris of the date taken out of it: no space before a stop and no doubled stop ("When the
    tally came,, it was" -> "When the tally came, it was"), no closing quotation mark that opens nowhere and no stop
    at the end ('Refund details ."' -> "Refund details"), no preposition left at the end ("Hearing is set for" ->
    "Hearing is set")."""
    text = _DOUBLED_STOP.sub(r"\1", _SPACE_BEFORE_STOP.sub(r"\1", label))
    text = _GRAPHIC_PREFIX.sub("", text)
    text = text[:1].upper() + text[1:]
    if text.endswith("”") and "“" not in text or text.endswith('"') and text.count('"') % 2 \
            or text.endswith("]") and "[" not in text:
        text = text[:-1]
    text = text.rstrip(" ,;:")
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text.rstrip(" ,;:.")
    while len(text.split()) > 2 and _DANGLING_END.search(text):
        text = _DANGLING_END.sub("", text).rstrip(" ,;:")
    return text


#: A participle fronted with its date before the main clause: "Founded in 1996, Brenlow is ...", "Born in 1961, she".
_FRONTED_PARTICIPLE = re.compile(
    r"^\W*(?P<part>Founded|Established|Incorporated|Formed|Created|Launched|Listed|Floated|Born|Built|Opened|Started|"
    r"Acquired|Bought|Merged|Renamed|Privati[sz]ed|Nationali[sz]ed|Set up)\b(?P<date>[^,;:]{1,60}),\s+(?P<rest>\S)")


def _fronted_participle(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """The label of a date inside a participle fronted before the main clause: what was done to the main clause's
    subject, a name ("Founded in 1996, Brenlow is Taiwan's second chipmaker" -> "Brenlow is founded") or a short
    noun phrase ("Listed in 2015, the group now ..." -> "Group is listed"). None for any other date."""
    m = _FRONTED_PARTICIPLE.match(sentence)
    if m is None or not (m.start("date") <= expr_start and expr_end <= m.end("date")):
        return None
    rest = sentence[m.start("rest"):]
    tokens = [(t.group(0), t.start()) for t in _TOKEN.finditer(rest)]
    runs = _name_runs(tokens)
    forms = verb_forms()
    if runs and runs[0][0] == 0 and runs[0][1] < len(tokens) and tokens[runs[0][1]][0] in (",", ";", ":"):
        return None  # "Founded in 2014 and based in Columbus, Ohio, Brightwell ...": the phrase runs on past a place
    if runs and runs[0][0] == 0:
        subject = canonical_name(" ".join(t for t, _ in tokens[runs[0][0]:runs[0][1]]))
    else:
        words = []
        for t, _ in tokens:
            if t.lower() in _AUX | _MODALS | _ADVERBS | {"now"} or t.lower() in forms or not t[:1].isalpha():
                break
            words.append(t)
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        if not words or len(words) > 4:
            return None
        subject = " ".join(words)
    subject = subject[:1].upper() + subject[1:]
    part = m.group("part").lower()
    if part in _PRONOUNS or subject.lower() in _PRONOUNS:
        return None
    return EventLabel(f"{subject} is {part}", f"{subject.lower()}||{part}", subject, part)


#: A noun phrase with a participle and the date right after it, not the sentence's own verb: "The decree signed on
#: June 6 gave the agency ...", "... following the executive order on drug pricing signed on June 6". The date dates
#: what was done to the noun ("Decree is signed"; "Gives agency" and "Drug pricing signs" before).
_REDUCED_RELATIVE = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<np>(?:[\w’'-]+\s+){1,6}?)"
    r"(?P<part>[a-z]{4,})\s+(?:(?:on|in|at|during|earlier|late|early)\s+)?$")
#: Prepositions whose object it can be ("after", "before" and "since" also open a clause: "after the market closed").
_REDUCED_PREPS = frozenset({"following", "under", "by", "of", "with", "against", "over", "to", "from", "on", "in", "about",
                            "amid", "despite"})
_BY_NAME = re.compile(r"\s+by\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})")
_MEDIUM_NOUNS = frozenset({"statement", "letter", "message", "post", "tweet", "interview", "note", "memo", "filing",
                           "notice", "circular", "advisory", "announcement", "update", "bulletin", "communique",
                           "release", "report", "speech", "video", "email", "e-mail", "ruling", "decision", "opinion",
                           "column", "op-ed", "briefing", "document", "transcript", "broadcast", "podcast", "blog"})
_NOT_IN_PHRASE = frozenset({"and", "but", "or", "after", "before", "since", "than", "until", "when", "while", "as", "if"})
_REPORTING = frozenset({"say", "report", "tell", "announce", "note", "add", "warn", "think", "believe", "expect", "show"})


def _reduced_relative(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """The label of a date right after a noun phrase's participle (:data:`_REDUCED_RELATIVE`): the phrase's
    noun "is" that participle. Only when the phrase is a preposition's object, or another verb of its clause is the
    finite one (before it, not a verb of saying, or after the date); else the participle is the clause's verb ("The
    shares closed on Friday", "said the shares closed on Friday")."""
    m = None
    for found in _REDUCED_RELATIVE.finditer(sentence, max(0, expr_start - 120), expr_start):
        m = found  # the leftmost match; its last determiner is searched below
    if m is None or m.end() != expr_start:
        return None
    while (nearer := _REDUCED_RELATIVE.search(sentence, m.start() + 1, expr_start)) is not None \
            and nearer.end() == expr_start:
        m = nearer  # the determiner nearest the participle: "its fight against [a hostile bid] launched last week"
    part, forms = m.group("part"), verb_forms()
    verb = forms.get(part)
    if (verb is None and not part.endswith("ed")) or (verb is not None and part in (verb.lemma, verb.third)) \
            or part.endswith("ing"):
        return None
    words = m.group("np").split()
    if any(w.lower() in _AUX | _MODALS | _RELATIVE | _PRONOUNS | _NOT_IN_PHRASE | _CLAUSE_AFTER or not w[:1].isalnum()
           or w.lower() in forms
           and w.lower() not in (forms[w.lower()].lemma,) for w in words):
        return None
    clause = max(sentence.rfind(c, 0, m.start()) for c in ",;:(“\"") + 1
    before = [w.lower() for w in _CLAUSE_WORD.findall(sentence[clause:m.start()])]
    finite_before = [w for w in before if w in _AUX or w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)
                     or (w in forms and w not in (forms[w].lemma,) and not w.endswith("ing"))]
    after = _FIRST_VERB.search(sentence, expr_end)
    between = sentence[expr_end:after.start()] if after is not None else ""
    # the next verb right after the date (an adverb or a part of the day between at most): "The decree signed on
    # June 6 gave ..."; not one of a clause of its own ("said Sunday evening that the state would ...")
    finite_after = after is not None and not any(c in between for c in ".;:,") and len(between.split()) <= 2 \
        and not any(w.lower() in _RELATIVE | _CLAUSE_AFTER | _PRONOUNS | _DETERMINERS for w in between.split()) \
        and (verb is None or verb.group not in _REPORTING)  # "X said on Tuesday it was ...": said is X's verb
    if sentence[:m.start()].rstrip()[-1:] in set("0123456789%") or (
            before and before[-1] not in _REDUCED_PREPS and before[-1] not in finite_before
            and before[-1] not in _NOT_IN_PHRASE and before[-1] not in forms):
        return None  # "less than the 12% the stock gained in May": a clause of its own, "that" left out
    if before and before[-1] in _NOT_IN_PHRASE and not finite_after:
        return None  # "after the stock market closed Wednesday": the subject of a clause of its own
    # a preposition's object after the clause's verb, or in a phrase that opens the clause ("Following the order
    # signed on June 6, ..."); not one inside the subject ("A senior engineer of the project resigned on Friday")
    if not ((before and before[-1] in _REDUCED_PREPS and (finite_before or len(before) == 1)) or finite_after
            or (finite_before and not any(forms[w].group in _REPORTING for w in finite_before if w in forms))):
        return None
    head = next((i for i, w in enumerate(words) if w.lower() in _POSTMODIFIER_PREPS), len(words))
    if before and before[-1] in _REDUCED_PREPS and words[head - 1].lower().rstrip("s") in _MEDIUM_NOUNS:
        return None  # "In a statement issued Tuesday, X said ...": the date is the telling's, X's words are the event
    plural = words[head - 1].lower().endswith("s") and not words[head - 1].lower().endswith(("ss", *_SINGULAR_IN_S))
    subject = " ".join(words)
    subject = subject[:1].upper() + subject[1:]
    be = "are" if plural else "is"
    agent = _BY_NAME.match(sentence, expr_end)  # "a bid launched last week by Cie ...": who did it, when named
    part = f"{part} by {agent.group('name')}" if agent else part
    # keyed as a passive is ("~order|sign|"), so "the order signed on June 6" and "since the order was signed on
    # June 6" in two articles are one event
    group = verb.group if verb else part
    return EventLabel(f"{subject} {be} {part}", f"~{subject.lower()}|{group}|", subject.lower(), group)


#: A transcript turn opened by its speaker's name in capitals ("GOVERNOR CARVALHAL: I informed the minister ...").
_NAMED_TURN = re.compile(r"^\s*(?P<name>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,4}):[ \t]+")
#: Turn labels naming a role, not a person: the "I" of such a turn stays.
_ROLE_TURNS = frozenset({"Q", "A", "HOST", "ANCHOR", "INTERVIEWER", "REPORTER", "MODERATOR", "CALLER", "OPERATOR",
                         "QUESTION", "ANSWER", "UNIDENTIFIED", "SPEAKER", "AUDIENCE", "MEMBER"})


def _turn_speaker(previous_text: str) -> str | None:
    """The speaker of the transcript turn a sentence continues ("KINSELLA: Yes. It exists. [I posted ...]"): the
    turn's label as the text names the person in full ("Gerald Kinsella" for "KINSELLA"), None when the paragraph
    opens on no named turn or on a role ("Q:", "ANCHOR:")."""
    paragraph = previous_text[previous_text.rfind("\n") + 1:]
    turn = _NAMED_TURN.match(paragraph)
    if turn is None or any(w in _ROLE_TURNS for w in turn.group("name").split()):
        return None
    words = [w.capitalize() for w in turn.group("name").split()]
    while len(words) > 1 and (words[0].lower().strip(".") in _TITLES or words[0].lower() in _lexicon().role_titles):
        words = words[1:]  # "GOVERNOR CARVALHAL": the person, as the text names her
    if len(words) == 1:
        full = re.findall(rf"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+{re.escape(words[0])}\b", previous_text)
        if full:
            return canonical_name(full[0])
    return " ".join(words)


def _speaker_for_i(found: EventLabel, name: str, words_said: str) -> EventLabel:
    """A label "I <verb> ..." of a transcript turn named by its speaker ("GOVERNOR CARVALHAL: I informed Minister
    Lanz last night"): the speaker for "I", the verb in the third person ("Governor Carvalhal informs Minister
    Lanz"). Only when the label's verb is a plain form: one the label made from the turn's own ("informed"), or the
    plain form of a verb of ``analysis/data/event_verbs.csv`` (not a past the label kept: "I rang"). Unchanged when the
    turn names a role ("ANCHOR:", "Q:")."""
    words = found.label.split(" ")
    if len(words) < 2 or words[0] != "I" or any(w in _ROLE_TURNS for w in name.split()):
        return found
    told = re.match(r"I\s+([A-Za-z]+)", words_said)
    plain = words[1].lower()
    verb = verb_forms().get(plain)
    if told is None or not plain.isalpha() or (told.group(1).lower() == plain and (verb is None or verb.lemma != plain)):
        return found
    who = " ".join(w[:1] + w[1:].lower() for w in name.split())
    label = " ".join([who, verb.third if verb is not None else third_person(plain), *words[2:]])
    key = found.key.replace("||i ", f"||{who.lower()} ", 1) if found.key.startswith("||i ") else found.key
    return replace(found, label=label, key=key)


#: A time of day told beside the date ("said at 8am on Tuesday that ...", "In a statement at 08:20, ..."): when it is
#: not the expression labelled, it is blanked like the date, as it never is the event's words ("08:20" read as words
#: left "20, the carmaker says ..."; "at 8am" ended the reported clause: "MPA says").
_CLOCK_PHRASE = re.compile(
    r"\b(?:(?:just|shortly|soon|right|well|only|sometime)\s+)?(?:at|by|from|until|till|before|after|around|about)\s+"
    r"(?:about\s+|around\s+|approximately\s+)?"
    r"(?:\d{1,2}:\d{2}(?![\d:%]|[.,]\d)|\d{1,2}(?:\.\d{2})?(?=\s*(?:[ap]\.?m\b|[AP]M\b)))(?:\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b))?"
    r"(?:\s+(?:local\s+time|[A-Z]{2,4}T|GMT|UTC|CET|ET|UK\s+time)\b)?(?:\s*\([^()]{1,20}\))?")


def _without_clocks(sentence: str, expr_start: int, expr_end: int) -> str:
    """``sentence`` with each time of day outside the date expression blanked (:data:`_CLOCK_PHRASE`)."""
    if not any(c.isdigit() for c in sentence[:expr_start] + sentence[expr_end:]):
        return sentence
    return _CLOCK_PHRASE.sub(lambda m: m.group(0) if m.start() < expr_end and m.end() > expr_start
                             else " " * len(m.group(0)), sentence)


#: A perfect participle clause after the main clause: "X closed 1.7% lower on Wednesday, having already lost 4.8% on
#: Tuesday". Its date dates the participle's event, whose subject is the main clause's ("Having loses 4.8%" before).
_HAVING = re.compile(r",\s+having\s+(?:(?:already|previously|earlier|also|just|first|since)\s+)?(?=[a-z]{3,}\b)")
_CLAUSE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _perfect_participle(sentence: str, expr_start: int, expr_end: int) -> str | None:
    """``sentence`` with the main clause's verb phrase blanked up to the participle of a "having ..." clause the
    date is in, so its subject reads with the participle ("Harlow shares [...] lost 4.8% on Tuesday"); None when the
    date is not in such a clause or no verb of the main clause is found."""
    having = next((m for m in reversed(list(_HAVING.finditer(sentence, 0, expr_start))) if not any(
        c in sentence[m.end():expr_start] for c in ";:()“”\"")), None)  # the last before the date
    if having is None:
        return None
    forms = verb_forms()
    aside_end = -1
    for word in _CLAUSE_WORD.finditer(sentence, 0, having.start()):
        low = word.group(0).lower()
        before = sentence[word.start() - 1] if word.start() else " "
        if word.start() < aside_end:
            continue
        if low in _RELATIVE:  # "X, which earns 45% of its revenue in Asia, has dropped ...": not the aside's verb
            comma = sentence.find(",", word.end(), having.start())
            aside_end = comma if comma >= 0 else having.start()
            continue
        if word.start() == 0 or before != " " or not word.group(0).islower():
            continue
        verb = forms.get(low)
        if low in _AUX or (verb is not None and low not in (verb.lemma, verb.third) and not low.endswith("ing")):
            return sentence[:word.start()] + " " * (having.end() - word.start()) + sentence[having.end():]
    return None


#: A company's legal form written with stops or a slash after its name ("Vexo Componenti S.p.A.", "Norsk Havn A/S"):
#: not words of the label (read as words it left "Vexo Componenti S announces ...").
_DOTTED_SUFFIX = re.compile(r"(?<=[A-Za-z]) (?:S\.p\.A|S\.A\.S|S\.A|N\.V|B\.V|S\.r\.l|S\.L|A\.G|P\.L\.C|L\.L\.C|A/S|"
                            r"GmbH|SpA|Oyj|ASA)\.?(?=[\s,;:()]|$)")


@functools.lru_cache(maxsize=16384)
def _narrowed(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int]:
    """The part of ``sentence`` that tells the date's event, with the date's offsets in it: without a time of day
    told beside it, a relative clause the date is outside of, a trailing attribution, or a second verb phrase with
    its own date (:func:`_without_clocks`, :func:`_relative_aside`, :func:`_attributed`, :func:`_conjunct`; kept per
    sentence and date, as a reprinted sentence comes back)."""
    sentence = _without_clocks(sentence, expr_start, expr_end)
    if "." in sentence or "/" in sentence or "mb" in sentence or "Oyj" in sentence or "ASA" in sentence:
        sentence = _blank(sentence, _DOTTED_SUFFIX)
    sentence = _perfect_participle(sentence, expr_start, expr_end) or sentence
    aside = _relative_aside(sentence, expr_start, expr_end)
    if aside is not None:
        sentence, expr_start, expr_end = aside
    told = _attributed(sentence, expr_start, expr_end)
    if told is not None:
        sentence, expr_start, expr_end = told
    own = _conjunct(sentence, expr_start, expr_end)
    if own is not None:
        sentence, expr_start, expr_end = own
    return sentence, expr_start, expr_end


@functools.lru_cache(maxsize=4096)
def _label_in_context(sentence: str, expr_start: int, expr_end: int, previous_text: str) -> EventLabel:
    """The label of a sentence whose pronoun subject the text before it resolves (a reprint's is resolved once)."""
    return _event_label(sentence, expr_start, expr_end, previous_text)


#: A non-restrictive relative clause between commas (or ending the sentence): "Keel Bank, which was founded in 1952,
#: will ...", "The Oru mine, which Hallgrim bought in 2016, employs ...", "Marta Quill, who joined in 2021, ...".
_RELATIVE_ASIDE = re.compile(r",\s+(?P<rel>which|who)\s+(?P<body>(?:[^,;:()“”\"]|(?<=\d),(?=\d{3})){3,140}?)"
                             r"(?P<close>,\s+|\s*[.!]?\s*$)")
#: The name that ends an antecedent ("Shares of Keel Bank"): a run of capitalised words, "the" kept before it.
_NAME_END = re.compile(r"(?:\b[Tt]he\s+)?(?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*$")
_WORD_AFTER = re.compile(r"(?:(?:also|still|now|then|later|has|have|had|will|would|could|may|might|must|can|is|are|was|"
                         r"were)\s+)*([a-z]+)")
_OBJECT_OPENERS = {"the", "a", "an", "its", "his", "her", "their", "our", "it", "he", "she", "they", "we", "i"}


_CLAUSE_PUNCT = re.compile(r"[;:—]|,(?!\d{3})|(?<!\d),")
_ANTECEDENT_PREPS = frozenset({"at", "in", "on", "to", "from", "for", "with", "by", "near", "into", "across", "outside",
                               "inside", "behind", "under", "over", "against", "about"})


def _relative_aside(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int] | None:
    """A non-restrictive relative clause (", which/who ...,"). A date outside it: the sentence without the clause
    (its verb is not the main clause's: "Keel Bank, which was founded in 1952, will cut 200 jobs in April"). A date
    inside it: the clause as a sentence of its own, the antecedent put back as its subject ("Keel Bank was founded in
    1952") or, when the clause has a subject of its own, as its object before the date ("Hallgrim bought the Oru mine
    in 2016"). None when the sentence has no such clause."""
    for m in _RELATIVE_ASIDE.finditer(sentence):
        before = sentence[:m.start()]
        if not before.strip() or before.rstrip()[-1:] in ",;:" or m.group("body").split()[0].lower() in _RELATIVE:
            continue
        if expr_end <= m.start() or expr_start >= m.end():
            resumed = _WORD_AFTER.match(sentence, m.end())
            if m.group("close").startswith(",") and (resumed is None or (resumed.start(1) == resumed.start()
                                                                         and not _verb_like(resumed.group(1)))):
                continue  # ", which calls for cooperation in metallurgy, fuel, energy ...": a list, not the clause's end
            joint = " " if m.group("close").startswith(",") else m.group("close")
            shortened = sentence[:m.start()] + joint + sentence[m.end():]
            shift = 0 if expr_end <= m.start() else m.end() - m.start() - len(joint)
            return shortened, expr_start - shift, expr_end - shift
        if expr_start < m.start("body"):
            continue
        breaks = [b.end() for b in _CLAUSE_PUNCT.finditer(before)]  # not the comma of "14,000"
        clause_start = breaks[-1] if breaks else 0
        antecedent = before[clause_start:].strip()
        name = _NAME_END.search(antecedent)
        if name is not None and any(w[:1].isupper() for w in name.group(0).split()[1:] or name.group(0).split()):
            antecedent = name.group(0)
        words = antecedent.split()
        if len(words) > 6 or any(_verb_like(w) and w.islower() and not w.endswith("ing") for w in words[1:]):
            # "About 14,000 people work at the site, which built ...": the noun phrase after the clause's last
            # preposition is the antecedent ("Which built ..." before)
            last = max((n for n, w in enumerate(words) if w.lower() in _ANTECEDENT_PREPS
                        or (n and w.islower() and _verb_like(w) and not w.endswith("ing"))), default=-1)
            words = words[last + 1:] if 0 <= last < len(words) - 1 else []
            antecedent = " ".join(words)
        if not words or len(words) > 6:
            return None
        body = m.group("body")
        first = body.split()[0]
        if m.group("rel").lower() == "which" and (first[:1].isupper() or first.lower() in _OBJECT_OPENERS):
            # the clause has its own subject: the antecedent is the object, put before the date's preposition
            at = expr_start - m.start("body")
            lead = _LEAD_PREP.search(body[:at])
            insert = lead.start() if lead else at
            if antecedent[:4] == "The ":
                antecedent = "the " + antecedent[4:]
            new_body = f"{body[:insert].rstrip()} {antecedent} {body[insert:].lstrip()}"
            shift = len(antecedent) + 2 - (len(body[:insert]) - len(body[:insert].rstrip())) \
                - (len(body[insert:]) - len(body[insert:].lstrip()))
            new = new_body.rstrip(" .") + "."
            return new, at + shift, at + shift + (expr_end - expr_start)
        head = antecedent[:1].upper() + antecedent[1:] + " "
        at = expr_start - m.start("body") + len(head)
        return head + body.rstrip(" .") + ".", at, at + (expr_end - expr_start)
    return None


#: A trailing attribution after the main clause: ", two people familiar with the matter said", ", the airline said on
#: Tuesday", ", sources told Probe News", ", according to three people briefed on the talks". ``who`` is the source.
_ATTRIBUTION = re.compile(
    r",\s+(?:(?P<who>(?:(?:the|a|an|its|his|her|their|two|three|four|several|some|other|one|[A-Z][\w.’'&-]*)\s+)?"
    r"[^,;:“”\"()]{1,70}?)\s+(?:said|says|told\s+(?:[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}|"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[a-z]+))(?P<when>\s+(?:(?:late|early)\s+)?(?:on|in|at|last|this|earlier|later)\s+[\w. ]{1,25}?|"
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)\b[\w. ]{0,12}?)?"
    r"|according\s+to\s+(?P<whom>[^,;:“”\"()]{3,80}?))\s*[.!]?\s*$")


def _attributed(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int] | None:
    """A sentence that ends on its source (", X said [on <day>]", ", according to X"): its label is the main
    clause's, never the source's ("two people familiar with the matter said" is no "Matter says"). The date in the
    main clause: the sentence without the attribution; the date on the verb of saying (the telling's day): the main
    clause alone, the date at its end. None when the sentence has no such attribution or opens on a quotation."""
    m = _ATTRIBUTION.search(sentence)
    if m is None or sentence.lstrip()[:1] in "“\"‘'":
        return None
    main = sentence[:m.start()].rstrip()
    if len(main.split()) < 3 or main.count("“") != main.count("”") or main.count('"') % 2:
        return None
    if expr_end <= m.start():
        return main + ".", expr_start, expr_end
    if m.group("who") is None or m.group("when") is None or expr_start < m.start("when"):
        return None
    return main + ".", len(main), len(main)  # the telling's day dates what is told: the main clause's label


#: A second verb phrase of one subject, with its own date: "... in 1952 and listed in 1998", "... on Monday and will
#: close ... in June". The words after "and"/"but" up to the next date.
_CONJUNCT = re.compile(r"\s*,?\s+(?:and|but)\s+(?:(?:then|later|also|now|will|would|was|were|is|are|has|have|had)\s+)*"
                       r"(?P<verb>[a-z]{3,})\b")
_A_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                     r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|next|this)\s+(?:week|month|year)|"
                     r"January|February|March|April|June|July|August|September|October|November|December|"
                     r"yesterday|tomorrow)\b")
#: Common irregular past forms the verb list may not hold ("went public", "became chief executive", "took over").
_IRREGULAR_PAST = frozenset("went came became began took made left gave got broke ran led met won held kept built "
                            "spent paid sent brought grew fell rose sold bought lost hit shut cut set put quit found told "
                            "wrote spoke struck drew stood chose flew threw knew drove sought fought caught".split())


#: The subject of the first verb phrase: the words before its first verb (an auxiliary, a past form, a known verb).
_FIRST_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|[a-z]{2,}ed|" + "|".join(sorted(_IRREGULAR_PAST))
                         + r")\b")


def _verb_like(word: str) -> bool:
    forms = verb_forms()
    return word in forms or word.endswith("ed") or word in _AUX or word in _MODALS or word in _IRREGULAR_PAST \
        or (word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word[:-1] in forms)


def _past_like(word: str, joint: str) -> bool:
    """Whether the verb ``word`` after "and" in ``joint`` opens a told act: a past form ("listed", "went", "shut"), or
    any verb after an auxiliary ("and will close", "and was listed"); not a present ("and ends in June")."""
    if re.search(r"\b(?:will|would|was|were|had|has|have|is|are)\s", joint):
        return True
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _conjunct(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int] | None:
    """Two verb phrases of one subject joined by "and", each with its own date ("Keel was founded in 1952 and listed
    in 1998"): each date dates its own phrase. The date of the first: the sentence up to "and"; the date of the
    second: the subject and the second phrase ("Keel listed in 1998"). None when the sentence is not so built."""
    if sentence.lstrip()[:1] in "“\"‘'`":
        return None  # a quotation's words are the speaker's, not two events of a subject
    for m in _CONJUNCT.finditer(sentence):
        if not _past_like(m.group("verb"), m.group(0)):
            continue
        first, second = sentence[:m.start()], sentence[m.end("verb") - len(m.group("verb")):]
        if not _A_DATE.search(first) or not _A_DATE.search(second):
            continue
        if expr_end <= m.start():
            return first.rstrip(" ,") + ".", expr_start, expr_end
        if expr_start < m.end("verb") - len(m.group("verb")):
            continue
        verb = _FIRST_VERB.search(first)
        known = [t.start() for t in re.finditer(r"\b[a-z]+\b", first) if t.group(0) in verb_forms()]
        at = min([verb.start()] if verb else [] + known[:1]) if (verb or known) else -1
        subject = first[:at].strip() if at > 0 else ""
        if not subject or len(subject.split()) > 6 or "," in subject:
            return None
        again = m.group(0)[m.group(0).lower().find("and" if " and " in m.group(0).lower() else "but") + 3:].strip()
        shared = _shared_passive(first[at:], again, sentence[m.end("verb"):])
        head = f"{subject} {shared} {again[: len(again) - len(m.group('verb'))].strip()} ".replace("  ", " ")
        start = m.end("verb") - len(m.group("verb"))
        shift = len(head) - start
        return head + sentence[start:], expr_start + shift, expr_end + shift
    return None


#: Past forms of verbs that take no object: after "was VERBed ... and", they never share the passive ("was born in
#: 1950 and died in 2001").
_INTRANSITIVE_PASTS = frozenset("died arrived resigned retired fled vanished disappeared emerged occurred happened peaked "
                                "collapsed existed remained stayed lived slept went came rose fell grew ran".split())
#: What opens an object after a verb ("and bought Orvane", "and listed its shares"): the verb is active.
_OBJECT_START = re.compile(r"\s*(?:[A-Z$£€\d]|(?:the|a|an|its|his|her|their|our|it|them|him|us|this|that|these|those|"
                           r"some|all|two|three|several|[a-z]+s)\b)")


def _shared_passive(first: str, again: str, after_verb: str) -> str:
    """The auxiliary a second verb phrase shares with a passive first one: "Lumo Air was founded in 1961 and privatised
    in 1994" is "Lumo Air was privatised in 1994", never "Lumo Air privatised". The first phrase must open on
    "was"/"were" and a participle, the second verb be a bare past in -ed ("and privatised", not "and was listed", "and
    went public") with no object after it ("and bought Orvane in 1994" is active) and not a verb that takes none
    ("and died in 2001"). Empty when the passive is not shared."""
    words = first.split()
    if len(words) < 2 or words[0].lower() not in ("was", "were") or again.lower().split()[0] != again.lower().split()[-1]:
        return ""
    n = 1
    while n < len(words) - 1 and words[n].lower() in _ADVERBS | {"not", "officially", "formally"}:
        n += 1
    participle = words[n].lower().strip(",.;")
    if not (participle.endswith("ed") or participle in _participles() | _IRREGULAR_PAST):
        return ""
    verb = again.split()[-1].lower()
    if not verb.endswith("ed") or verb in _INTRANSITIVE_PASTS or _OBJECT_START.match(after_verb):
        return ""
    return words[0].lower()


#: "... its best day since its 2018 listing": the date modifies the noun of the event it dates.
_SINCE_DETERMINER = re.compile(r"\bsince\s+(?P<det>the|its|their)\s+$", re.IGNORECASE)
_NOUN_AFTER_DATE = re.compile(r"\s+(?P<noun>[a-z]{4,}(?:-[a-z]+)?)\b(?!\s*(?:[’']s\b|-))")
#: "... the biggest fall since it floated in 2011": the clause "since" opens, its subject, its past verb, the date.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?P<subj>it|they|the\s+(?:company|group|firm|lender|bank|stock|shares)|"
                           r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?P<verb>[a-z]{3,}ed)"
                           r"(?P<rest>(?:\s+[a-z][\w-]*){0,4}?)\s+(?:in|on)\s+(?:the\s+)?$")
_E_STEM = ("s", "g", "v", "z", "c", "u")
_PLACE_MODIFIER = re.compile(r"^[A-Z][\w.]*-(?:listed|based|headquartered|owned|registered)\s+")


def _third_person(past: str) -> str:
    """The present third person of a regular past verb the verb list may not know ("floated" → "floats", "merged" →
    "merges", "passed" → "passes")."""
    forms = verb_forms()
    if past in forms:
        return forms[past].third
    stem = past[:-2]
    if stem.endswith(_E_STEM) and not stem.endswith("ss"):
        stem = past[:-1]
    return stem + ("es" if stem.endswith(("ss", "sh", "ch", "x")) else "s")


def _since_event(sentence: str, expr_start: int, expr_end: int) -> str | None:
    """The label of a date that dates the event a comparison's "since" names: "its best day since its 2018 listing"
    (the noun the date modifies: "<subject> listing"), "the biggest fall since it floated in 2011" (the clause:
    "<subject> floats"). The subject is the sentence's first name, for "its"/"it"/"the company". None otherwise."""
    before = sentence[:expr_start]

    def subject() -> str:  # (read only for a sentence with such a "since": most have none)
        names = [n for n in _names_in(before, openers=True) if _company_like(n)]
        return _PLACE_MODIFIER.sub("", names[0]) if names else ""  # "Oslo-listed Keel Forgewell": Keel Forgewell

    det = _SINCE_DETERMINER.search(before)
    if det is not None:
        noun = _NOUN_AFTER_DATE.match(sentence, expr_end)
        if noun is None or noun.group("noun") in _FUNCTION_NOUNS or noun.group("noun") in verb_forms() \
                and not noun.group("noun").endswith("ing"):
            return None
        owner = subject() if det.group("det").lower() in ("its", "their") else ""
        label = f"{owner} {_noun_run(sentence, noun)}".strip()
        return label[0].upper() + label[1:]
    clause = _SINCE_CLAUSE.search(before)
    if clause is None:
        return None
    who = clause.group("subj")
    if who.lower() in ("it", "they") or who.lower().startswith("the "):
        who = subject()
    if not who:
        return None
    label = f"{who} {_third_person(clause.group('verb'))}{clause.group('rest')}"
    return label[0].upper() + label[1:]


#: A further word of the noun phrase after a date: "the 2008 financial crisis", "its 2019 share sale".
_NEXT_NOUN = re.compile(r"\s+(?P<noun>[a-z]{3,}(?:-[a-z]+)?)\b(?!\s*(?:[’']s\b|-))")


def _noun_run(sentence: str, first: re.Match[str]) -> str:
    """The noun phrase a date modifies, from its first word ``first`` on: the words that follow while they are
    nouns or modifiers (up to three words; never a preposition, a determiner, a verb or an auxiliary). "since the
    2008 financial crisis" → "financial crisis", not "financial"."""
    words, end = [first.group("noun")], first.end()
    while len(words) < 3:
        more = _NEXT_NOUN.match(sentence, end)
        if more is None:
            break
        word = more.group("noun")
        forms = verb_forms()
        if word in _PHRASE_OPENERS or word in _DETERMINERS or word in _AUX or word in _MODALS \
                or (word in forms and not word.endswith("ing") and word not in event_nouns()):
            break
        words.append(word)
        end = more.end()
    return " ".join(words)


#: Nouns after a date that name no event: a session or a level ("since its March 2029 low", "since the 2020 close").
_FUNCTION_NOUNS = {"close", "closing", "open", "opening", "session", "level", "levels", "high", "highs", "lows", "peak",
                   "trough", "price", "value", "record", "finish", "start", "beginning", "bottom", "and", "when", "with"}


#: A date in the possessive, then up to two modifiers and the noun of an event: "Friday's slide", "Wednesday's short-covering
#: rally", "Monday's sharp rebound".
_POSSESSIVE_NOUN = re.compile(r"[’']s\s+(?P<np>(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>[a-z]{3,}))(?![\w-])(?P<after>\s*\S?)")


def _possessive_event(sentence: str, expr_start: int, expr_end: int) -> str | None:
    """The label of a date that is the possessive of an event's noun ("even after Friday's slide", "despite Monday's
    gain"): the sentence's first company and the noun phrase ("Keel drop"), or the noun phrase alone. Not a level or a
    session ("Friday's close"), nor a verb ("Monday's shares fell"); None otherwise."""
    m = _POSSESSIVE_NOUN.match(sentence, expr_end)
    if m is None:
        return None
    forms = verb_forms()
    noun, words = m.group("noun"), m.group("np").split()
    event = noun in event_nouns() or (noun in forms and forms[noun].lemma == noun and noun not in _same_past())
    if not event or noun in _FUNCTION_NOUNS or any(w in forms or w in _NOT_MODIFIERS or w in _DETERMINERS for w in words[:-1]):
        return None
    after = m.group("after").strip()
    if after[:1].isalpha() and after.islower():
        return None  # "Monday's decline was": a verb after it may follow ("Monday's trading halt ...")
    names = [n for n in _names_in(_blank(sentence, _QUOTE), openers=True) if _company_like(n)]
    label = f"{_PLACE_MODIFIER.sub('', names[0])} {m.group('np')}" if names else m.group("np")
    return label[0].upper() + label[1:]


def _event_label(sentence: str, expr_start: int, expr_end: int, previous_text: str | None) -> EventLabel:
    """:func:`event_label`; ``previous_text`` None raises :class:`_NeedsContext` where a pronoun needs it."""
    since = _since_event(sentence, expr_start, expr_end) or _possessive_event(sentence, expr_start, expr_end)
    if since is not None:
        return EventLabel(since, f"||{since.lower()}", "", "")
    listed = _list_move(sentence, expr_start)
    if listed is not None:
        return listed
    base = _blank(sentence, _PREFIX)
    work = _blank(_blank(_blank(base, _QUOTE), _LEGAL_SUFFIX), _APPOSITIVE, ",")
    if expr_start < len(work) and not work[expr_start:expr_end].strip() and base[expr_start:expr_end].strip():
        work = _blank(base, _QUOTE)  # the date sits inside an aside: keep the aside
    lead = _LEAD_PREP.search(work[:expr_start])
    cut = lead.start() if lead else expr_start
    part = _DAY_PART.match(work, expr_end)  # "Monday morning": the part of the day belongs to the date
    expr_end = part.end() if part else expr_end
    # "Wednesday's short-covering rally": the blanked date is the possessive of the noun phrase after it
    possessive_end = expr_end if part and part.group(0)[:2] in ("'s", "’s") else -1
    work = work[:cut] + " " * (expr_end - cut) + work[expr_end:]
    when_clause = _WHEN_CLAUSE.match(work, expr_end)  # "since March 8, when SVB announced ...": that clause is the event
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(work)]
    forms = verb_forms()
    verbs = [
        (k, forms[t.lower()])
        for k, (t, _) in enumerate(tokens)
        if t.lower() in forms and not (k and tokens[k - 1][0].lower() in _BEFORE_A_NOUN and not t.lower().endswith("ing")
                                       and not _relative_verb(tokens, k, forms))
        and not (k and _FIGURE.fullmatch(tokens[k - 1][0]))  # "a 4% decline", "a 10 percent drop": a noun
        and not (k >= 2 and tokens[k - 1][0].lower() in _SCALE_WORDS and _AMOUNT.match(tokens[k - 2][0]))
        and not (k and t[:1].isupper() and tokens[k - 1][0][:1].isupper() and not t.isupper()
                 and (tokens[k - 1][0].isalpha() or _INITIALISM.fullmatch(tokens[k - 1][0])))
        # "the United States", "U.S. State Department": a name's word; "a $415 million charge": a noun
        and not (k and tokens[k - 1][0].lower() == "to" and t.lower() == forms[t.lower()].lemma)
        and not _ing_noun(tokens, k)
        and not _bare_noun(tokens, k, possessive_end)
        and not _plural_noun(tokens, k)
        and not _after_be(tokens, k)
        and not _set_to(tokens, k)
        and not (k and tokens[k - 1][0] == "," and _passive_agent(tokens, k))  # "Its lenders, led by X, are due to"
    ]
    next_clause = _NEXT_CLAUSE.search(work, expr_end)
    if next_clause is not None and not any(_unknown_past(tokens, n) for n, (_, at) in enumerate(tokens)
                                           if at < next_clause.start() and not any(at <= v < next_clause.start()
                                                                                   for v in (tokens[m][1] for m, _ in verbs))):
        next_clause = None  # the date's clause has no verb of its own the list does not know: keep the nearest verb
    if next_clause is not None:
        # "The regulator opened its inquiry on March 2, and the chief executive resigned on March 5": a verb of the
        # next clause, with a subject of its own, does not tell the date's event
        verbs = [(n, v) for n, v in verbs if tokens[n][1] < next_clause.start()]
    if not verbs:
        return _fallback(sentence, expr_start, expr_end)
    centre = (expr_start + expr_end) / 2
    # "a glitch that began on Saturday left ...": the date's own relative clause holds its verb
    opener = max((m for m in _RELATIVE_OPENER.finditer(work, 0, cut)), key=lambda m: m.start(), default=None)
    if opener is not None and opener.group(0).lower() == "that" and not relative_that(work, opener):
        opener = None  # "that gap has taken on", "reports that X avoided": no relative clause
    own_clause = opener.end() if opener is not None and not any(c in work[opener.end():cut] for c in ",;—(") else None

    def distance(item: tuple[int, EventVerb]) -> float:
        pos = tokens[item[0]][1]
        if own_clause is not None and own_clause <= pos < cut:
            return abs(pos - centre) * 0.25
        gerund = tokens[item[0]][0].lower().endswith("ing")
        lo, hi = sorted((pos, int(centre)))
        crosses = any(c in work[lo:hi] for c in ",;—(")
        if when_clause and pos >= when_clause.end():
            return float(pos - when_clause.end())
        return abs(pos - centre) * (1.0 if pos < centre else 2.0) * (3.0 if gerund else 1.0) * ((3.0 if pos > centre else 1.5) if crosses else 1.0)

    k, verb = min(verbs, key=distance)
    runs = _name_runs(tokens)
    k, verb = _reported_verb(tokens, k, verb, verbs, runs)
    before = [r for r in runs if r[1] <= k and not _placed(tokens, r)]
    subject, descriptive, plural = "", False, False
    i0, j0 = _clause_np(tokens, k)
    if i0 == j0 and i0 > 1 and tokens[i0 - 1][0].lower() in ("and", "but", "or"):
        # "The guild represents 600 crews and last walked out in 2016": the second verb shares the first one's subject
        first = [n for n, _ in verbs if n < i0 - 1 and not tokens[n][0].lower().endswith("ing")]
        named = [r for r in _name_runs(tokens) if r[1] < i0 - 1
                 and not (r[1] - r[0] == 1 and tokens[r[0]][0].lower().endswith(("ed", "ing")))]  # "Founded in 2012"
        shared = _clause_np(tokens, first[-1]) if first else (i0, j0)
        if shared[0] < shared[1]:
            i0, j0 = shared
            if tokens[j0 - 1][0].lower() in _PRONOUNS:
                i0 = j0 - 1  # "said on Friday it had hired advisers and set": the pronoun, resolved below
        elif not first and named and not any(t in (",", ";", ":") for t, _ in tokens[named[0][1]:i0 - 1]):
            i0, j0 = named[0]  # a verb the list does not know: the sentence's first name is the subject
    if i0 == j0 and i0 > 1 and tokens[i0 - 1][0].lower() in _RELATIVE and tokens[i0 - 2][0] == ",":
        # "The company, which reported results on Wednesday": the relative pronoun stands for the noun before it
        i0, j0 = _clause_np(tokens, i0 - 2)
    elif i0 == j0 and i0 > 1 and tokens[i0 - 1][0].lower() in _RELATIVE and tokens[i0 - 2][0][0].isalnum():
        # "the strike which began on April 8", "a fire that began on Saturday": the noun right before the pronoun
        i0, j0 = _clause_np(tokens, i0 - 1)
        while i0 < j0 and tokens[i0][0].lower() in _PLACE_PREPS | {"of", "for", "to", "with"}:
            i0 += 1  # "said that of six workers who had been hurt": the noun, not its preposition
        if tokens[j0][0].lower() in ("that", "which"):
            # "in the shadow of the convention hall that hosted", "the type of bets that caused": "that" stands for
            # the noun right before it, not for the head of the phrase that noun completes ("who" may: "the head of
            # the agency who resigned")
            i0 = _antecedent_start(tokens, i0, j0)
    while i0 < j0 and tokens[i0][0].lower() in _CLAUSE_CONJUNCTIONS:
        i0 += 1  # "..., so they start from a strong position": the conjunction opens the clause, the pronoun is its subject
    if j0 == k and _passive_agent(tokens, k):
        # "Key points of the rule announced by the ministry": the participle tells of the noun right before it
        i0 = max([i0, _antecedent_start(tokens, i0, j0)]
                 + [n + 1 for n in range(i0, j0) if tokens[n][0].lower() in _POSTMODIFIER_PREPS])
        # "went before reporters to denounce the stance taken by X": the noun phrase from its determiner
    if j0 - i0 == 1 and i0 > 2 and tokens[i0][0].islower() and tokens[i0][0].endswith("ed") \
            and tokens[i0 - 1][0].lower() in ("and", "or") and tokens[i0 - 2][0].islower() and tokens[i0 - 2][0].endswith("ed"):
        # "an expert kidnapped and presumed killed by ...": the second participle tells of the first one's noun
        i1, j1 = _clause_np(tokens, i0 - 2)
        if i1 < j1:
            i0, j0 = _antecedent_start(tokens, i1, j1), j1
    np_words = [t for t, _ in tokens[i0:j0]]
    np_text = " ".join(np_words).lower()
    ending = [r for r in runs if r[1] == j0 and not _placed(tokens, r)]
    if tokens[k][0].lower().endswith("ing"):
        np_words, np_text = [], ""  # a gerund has no subject of its own ("saw the term trending")
    if np_words and np_text not in _PRONOUNS:
        if ending:
            i, j = ending[-1]
            subject = canonical_name(" ".join(t for t, _ in tokens[i:j]))
            located = _located_head(tokens, i)
            if located:  # "Officials in the United States blocked ...": the officials, not the country, did it
                subject, descriptive, plural = f"{located} {subject}", True, _located_plural(located)
            pair = [r for r in runs if r[1] == i - 1] if i > 1 and tokens[i - 1][0] == "and" else []
            if pair:  # "Orvale Tools and Kestrel Works have each lost": both are the subject
                a, b = pair[-1]
                subject, plural = f"{canonical_name(' '.join(t for t, _ in tokens[a:b]))} and {subject}", True
            elif j - i == 1 and (i == 0 or tokens[i - 1][0] in _SENTENCE_OPENERS) and _capitalised_plural(tokens, i, k):
                plural = True  # "Regulators fined Keel Bank", "Details were not disclosed": a plural noun opens the sentence
            elif j - i == 1 and _PLURAL_INITIALISM.fullmatch(tokens[i][0]):
                plural = True  # "Its ADRs closed", "the ETFs were": an initialism with a plural "s"
        elif len(_subject_head(np_words)) <= 5:
            np_words = _subject_head(np_words)
            subject = " ".join(np_words)
            descriptive = True
            located = _located_head(tokens, i0 + 1) if i0 + 1 < j0 and tokens[i0][0].lower() == "the" \
                and all(_is_name_token(w) for w in np_words) else ""
            if located:  # "Officials in the United States on Monday blocked ...": the officials did it
                np_words = [*located.split(), *np_words]
                subject = " ".join(np_words)
            heads = np_words[:np_words.index("of")] if "of" in np_words[1:] else np_words  # "engineer of X Works"
            if heads and (heads[-1][:1].isdigit() or heads[-1].lower() in _QUANTITY_HEADS):
                heads = np_words  # "two of the researchers", "most of his rivals": the number is the complement's
            last = heads[-1].lower() if heads else ""
            plural = (last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us") + _SINGULAR_IN_S)) or last == "both" \
                or last in _PLURALS or last.endswith(("-men", "-women"))
            if located:  # the placed noun agrees with the verb, not the name ("Officials in the United Kingdom")
                plural = _located_plural(located)
    own_subject = bool(subject)  # the words right before the verb name the subject (not a name further back)
    if not subject and before and np_text not in _PRONOUNS:
        i, j = before[-1]
        subject = canonical_name(" ".join(t for t, _ in tokens[i:j]))
        located = _located_head(tokens, i) if j == k or not tokens[j][0].isalpha() or tokens[j][0].islower() else ""
        if located:  # "Officials in the United States on Monday blocked ...": the officials did it
            subject, plural = f"{located} {subject}", _located_plural(located)
        elif j - i == 1 and (i == 0 or tokens[i - 1][0] in _SENTENCE_OPENERS) and _capitalised_plural(tokens, i, k):
            plural = True  # "Lawmakers in several states on Friday passed laws": a plural noun opens the sentence
    inverted = False
    if not subject and not np_text and verb.group == "say":
        # "“…,” said spokesman Tomas Brede": the speaker follows the verb, after his role
        for i, j in runs:
            if k < i <= k + 4 and all(tokens[n][0].isalpha() and (tokens[n][0].islower() or tokens[n][0].lower() in _TITLES)
                                      and tokens[n][0].lower() not in _DETERMINERS | _STOP_OBJECT | _PARTICLES
                                      for n in range(k + 1, i)):
                subject, inverted = canonical_name(" ".join(t for t, _ in tokens[i:j])), True
                break
    if not subject:
        if np_text in _PRONOUNS:
            pron, pron_at = np_text, tokens[i0][1]
        else:
            pron, pron_at = next(((t.lower(), at) for t, at in reversed(tokens[:k]) if t.lower() in _PRONOUNS), (None, 0))
        if pron is not None:
            plain = _blank(sentence, _PREFIX)
            subject = _antecedent(pron, plain[:pron_at], previous_text, plain[pron_at:]) or ""
            if pron == "they" and subject.endswith("s") and not subject.endswith(("ss", "’s", "'s")) and " " not in subject \
                    and subject.lower() not in _TITLES and subject not in _people_in((previous_text or "")[-3000:] + " " + plain):
                plural = True  # "they" for "Democrats", "Regulators": the verb agrees with the plural
        if not subject:
            # "By releasing R1 on January 20, DeepSeek has ...": the main clause's subject
            aux_after = [r for r in runs if r[0] > k and r[1] < len(tokens) and tokens[r[1]][0].lower() in _AUX | set(forms)]
            after_break = [r for r in aux_after if tokens[r[0] - 1][0] in (",", "—", "–", ";")]
            pick = (after_break or aux_after[-1:])
            if pick:
                i, j = pick[0]
                subject = canonical_name(" ".join(t for t, _ in tokens[i:j]))
    speech = verb.group in _SPEECH_GROUPS
    obj = "" if inverted else _object_phrase(tokens, k + 1, len(work), speech, _blank(sentence, _APPOSITIVE, ","), work)
    if subject and not own_subject and np_text in ("he", "she", "they") and subject.split()[-1] in obj.split():
        # "they had not called Kopp a suspect": a pronoun subject never stands for its own verb's object
        subject, plural = np_text.capitalize(), np_text == "they"
    chain = k
    while chain > j0 and (tokens[chain - 1][0].lower() in _AUX | _MODALS | _BE | _ADVERBS | _BEFORE_VERB | _TO_FUTURE
                          | {"to", "not"} or _sentence_adverb(tokens, chain - 1)):
        chain -= 1
    said = subject.lower().split()
    said_head = (said[:said.index("of")] if "of" in said[1:] else said)[-1:] or [""]
    if own_subject and descriptive and i0 < j0 == chain < k and (
            said_head[0] in _QUANTITY_HEADS | {"you", "they"} or said_head[0][:1].isdigit()):
        # a number or "you" says no number of its own: the auxiliary right after it does ("The other three were
        # provided", "One of the suspects is named", "84 were killed", "you were told")
        finite = next((tokens[n][0].lower() for n in range(j0, k) if tokens[n][0].lower() in _AUX), "")
        if finite in ("are", "were", "have"):
            plural = True  # "Rates were cut", "Details have not been disclosed": the text's own auxiliary tells
        elif finite in ("is", "was", "has"):
            plural = False  # "Sanders was", "The news is": singular
    if _PLAIN_VERB_SUBJECT.fullmatch(subject.lower()):
        plural = True  # "I expect", "I'd expect", "she'll sell": no third-person -s ("I'd expects" before)
    verb_text = verb.lemma if plural else verb.third
    negated, denied, n = False, False, k - 1
    while n >= 0 and (tokens[n][0].lower() in _AUX | _MODALS | _BE | _ADVERBS | _BEFORE_VERB | _TO_FUTURE | {"to", "not"}
                      or _sentence_adverb(tokens, n)):
        negated = negated or (denied and tokens[n][0].lower() in _AUX | _MODALS)  # "has not filed", "is not expected to"
        denied = denied or tokens[n][0].lower() == "not"
        n -= 1
    if negated:
        verb_text = f"{'do' if plural else 'does'} not {verb.lemma}"  # "The firm has not filed" -> "Firm does not file"
    if k and tokens[k - 1][0].lower() in _MODALS - {"will", "would"} and tokens[k][0].lower() == verb.lemma:
        verb_text = f"{tokens[k - 1][0].lower()} {verb.lemma}"  # "Two aircraft may come": the modal stays
    pk = k - 1  # the word before the verb, adverbs skipped ("was officially named", "were finally cut")
    while pk > 0 and (tokens[pk][0].lower() in _ADVERBS | {"not", "never"} or (tokens[pk][0].islower() and tokens[pk][0].endswith("ly")
                                                           and len(tokens[pk][0]) > 5 and tokens[pk - 1][0].lower() in _BE)):
        pk -= 1
    if k and tokens[pk][0].lower() in ("was", "were", "is", "are", "been") and (
            tokens[k][0].lower() != verb.lemma or _passive_agent(tokens, k) or tokens[k][0].lower() in _same_past()) or (
            own_subject and k and tokens[pk][0].lower() in ("be", "being") and tokens[k][0].lower() in _participles()
            and not (pk >= 1 and tokens[pk - 1][0].lower() == "to" and j0 == pk)):  # "it remains to be written"
        verb_text = f"{'are' if plural else 'is'}{' not' if negated else ''} {tokens[k][0].lower()}"  # passive: "Trump was inaugurated" -> "Trump is inaugurated"
        if tokens[k - 1][0].lower() == "being" and _passive_agent(tokens, k):
            obj = _agent_phrase(tokens, k + 1, work)  # "a study being released by a group of researchers shows ..."
    elif own_subject and _passive_agent(tokens, k) and not (k and tokens[k - 1][0].lower() in _AUX):
        # "the rate cut announced by the central bank on Wednesday", "the operator hit by an attack last month": a
        # participle with its agent tells what was done to the noun before it
        verb_text = f"{'are' if plural else 'is'} {tokens[k][0].lower()}"
        obj = _agent_phrase(tokens, k + 1, work)
    if speech and not obj:
        quote = _QUOTE.search(sentence)
        if quote:
            inner = quote.group(0)[1:-1].strip().split()
            obj = "“" + " ".join(inner[:6]).rstrip(",.;:") + ("…”" if len(inner) > 6 else "”")
    if not obj and own_subject and verb_text in (verb.third, verb.lemma):
        obj = _relative_antecedent(tokens, i0)  # "an agreement that the nations reached in Paris": what they reached
    label = " ".join(p for p in (subject, verb_text, obj) if p)
    if not subject and not obj:
        return _fallback(sentence, expr_start, expr_end)
    label = label[0].upper() + label[1:]
    if len(label) > MAX_LABEL_CHARS:
        label = label[: MAX_LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"
    key_obj = " ".join(w for w in obj.lower().split() if w not in _DETERMINERS)
    key = f"{'~' if descriptive else ''}{subject.lower()}|{verb.group}|{key_obj}"
    return EventLabel(label, key, subject, verb.lemma)


#: Prepositions that put a place after them where something is, not who acts: "visitors to Tanzania", "a tremor in
#: Kumamoto", "an advisory for Okinawa prefecture", "officials in Washington".
_PLACE_BEFORE = frozenset({"in", "near", "at", "to", "from", "for", "of", "across", "within", "into", "outside", "around",
                           "throughout", "off", "over", "toward", "towards"})


def _placed(tokens: list[tuple[str, int]], run: tuple[int, int]) -> bool:
    """Whether the name run ``run`` is a place after a preposition ("in Kumamoto", "to the Atlantic"): where, never
    who. A place is one the lexicon or the gazetteer knows (towns of 50,000 people or more, every country's
    subdivisions, major rivers: :mod:`analysis.entities.gazetteer`)."""
    i, j = run
    p = i - 1 if i and tokens[i - 1][0].lower() != "the" else i - 2
    if p < 0 or tokens[p][0].lower() not in _PLACE_BEFORE:
        return False
    name = _POSSESSIVE_END.sub("", " ".join(t for t, _ in tokens[i:j]))
    return name in _lexicon().places or name in gazetteer_names()


def _capitalised_plural(tokens: list[tuple[str, int]], i: int, k: int) -> bool:
    """Whether the one capitalised word at ``i`` that opens a sentence is a plural common noun, not a name in -s
    ("Regulators", "Analysts", "Details"; not "Siemens", "Sanders"): the lexicon knows it as a word that is capitalised
    only at a sentence's start or as a describing noun, or the text's own auxiliary before the verb at ``k`` is plural
    ("Details were not disclosed")."""
    word = tokens[i][0]
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "’s", "'s")) or not word[1:].islower():
        return False
    lex = _lexicon()
    if word in lex.stop_capitalised or word.lower() in lex.descriptor_words or word in lex.generic_fragments:
        return True
    finite = next((t.lower() for t, _ in tokens[i + 1:k] if t.lower() in _AUX), "")
    return finite in ("are", "were", "have") and all(t.lower() in _AUX | _ADVERBS | {"not", "never"} for t, _ in tokens[i + 1:k])


#: Prepositions that open what follows the head of a long subject ("The first convoy of 34 ships", "A failure of the
#: system in August").
_POSTMODIFIER_PREPS = frozenset({"of", "in", "at", "from", "with", "for", "on", "near", "under", "after", "to", "by"})


#: Nouns a "that" clause completes rather than modifies ("the fact that shares fell"): no object of its verb.
_CONTENT_NOUNS = frozenset("fact news idea hope hopes view belief claim claims sign signs report reports evidence "
                           "concern concerns fear fears warning warnings assurance notion possibility risk chance "
                           "rumour rumours rumor rumors suggestion speculation expectation expectations".split())


def _relative_antecedent(tokens: list[tuple[str, int]], i0: int) -> str:
    """The noun an object relative clause opened at ``i0 - 1`` by "that"/"which" modifies, when the clause's subject
    starts at ``i0`` ("an agreement that the nations reached": "agreement"), up to two modifiers before it; "" when
    the word before the pronoun is no plain noun (a verb, a time, a noun a "that" clause completes)."""
    if i0 < 2 or tokens[i0 - 1][0].lower() not in ("that", "which") or tokens[i0][0].lower() in _PRONOUNS | _AUX:
        return ""
    forms = verb_forms()
    words: list[str] = []
    n = i0 - 2
    while n >= 0 and len(words) < 3:
        tok = tokens[n][0]
        low = tok.lower()
        if not tok.isalpha() or not tok.islower() or low in _DETERMINERS or low in _STOP_OBJECT:
            break
        if not words and (low in _TIME_NOUNS or low in _CONTENT_NOUNS or low.endswith(("ed", "ing"))
                          or (low in forms and low not in (forms[low].lemma,)) or low in _AUX | _PRONOUNS):
            return ""
        if words and (low in forms or low.endswith(("ed", "ing")) or low in _AUX):
            break
        words.insert(0, tok)
        n -= 1
    return " ".join(words) if n >= 0 and tokens[n][0].lower() in _DETERMINERS else ""


#: Prepositions that place a subject's head noun at a named place or body ("officials in Paris", "staff at X").
_LOCATED_PREPS = frozenset({"in", "at", "from", "outside", "inside", "across", "near"})


def _located_head(tokens: list[tuple[str, int]], name_at: int) -> str:
    """The head noun and its place preposition when the clause opens on a plain noun placed at the name that starts
    at ``name_at`` ("Officials in the United States", "Investors in Marlow Bank": "Officials in the"); "" when it does
    not: the name alone then is the subject. One or two lower-case words (the first may be capitalised: it opens the
    sentence or follows a comma), after an optional determiner; not a number, a quantity ("some in") or a pronoun."""
    prep = name_at - 2 if name_at >= 2 and tokens[name_at - 1][0].lower() == "the" else name_at - 1
    if prep < 1 or tokens[prep][0].lower() not in _LOCATED_PREPS:
        return ""
    start = prep
    while start > 0 and prep - start < 3 and tokens[start - 1][0].isalpha():
        start -= 1
    if start > 0 and tokens[start - 1][0] not in (",", ";", ":", "—", "–"):
        return ""  # not the clause's first words: "lost heavily in Marlow Bank" is no subject
    words = [t for t, _ in tokens[start:prep]]
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    low = [w.lower() for w in words]
    if not words or len(words) > 2 or not all(w.islower() or (n == 0 and w[1:].islower()) for n, w in enumerate(words)) \
            or any(w in _QUANTITY_HEADS | _PRONOUNS | _AUX | _RELATIVE | _DETERMINERS | _IRREGULAR_PAST
                   or w.endswith(("ed", "ing")) for w in low) or low[-1] in verb_forms():
        return ""
    return " ".join([words[0].capitalize(), *words[1:], *(t for t, _ in tokens[prep:name_at])])


def _located_plural(located: str) -> bool:
    """Whether the head noun of :func:`_located_head`'s words ("Officials in the", "Staff at") is a plural."""
    words = located.split()
    head = words[-3 if words[-1] == "the" else -2].lower()
    return (head.endswith("s") and not head.endswith(("ss", "us") + _SINGULAR_IN_S)) or head in _PLURALS


def _subject_head(words: list[str]) -> list[str]:
    """A descriptive subject of up to five words without its determiner. A longer one that opens on a determiner and
    whose words are all nouns, modifiers or names: the words before its first preposition ("The first northbound
    convoy of 34 ships" -> "first northbound convoy", "the bank's additional tier 1 bonds" -> "bank's additional tier 1
    bonds"), as a label names it. Else the words unchanged (too long to be a subject)."""
    if len(words) <= 5:
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        return words
    if words[0].lower() not in _DETERMINERS - {"that", "this", "these", "those"}:
        return words
    rest = words[1:]
    cut = next((p for p, w in enumerate(rest) if p and w.lower() in _POSTMODIFIER_PREPS), len(rest))
    head = rest[:cut]
    if len(head) > 5 or not all(_modifier_word(w) for w in head) or head[-1].lower() in _TIME_NOUNS:
        return words  # "the first half of 2026 ...", "the same week": a time, not who did it
    named = rest[cut + 1:]
    while named and named[0].lower() in _DETERMINERS:
        named = named[1:]
    run = 0
    while run < len(named) and _is_name_token(named[run]):
        run += 1
    if cut < len(rest) and rest[cut].lower() == "of" and run and len(head) + 1 + run <= 5 \
            and not _POSSESSIVE_END.search(named[run - 1]) and (run == len(named) or named[run][:1].isalpha()
                                                                 and not _POSSESSIVE_END.search(named[run])):
        return head + ["of"] + named[:run]  # "The mayor of Moscow": the name says whose
    return head


def _modifier_word(word: str) -> bool:
    """Whether ``word`` may stand in a noun phrase before its head's preposition: a name, a figure, a possessive or a
    lower-case word that is no verb form, auxiliary or past ("four-hour", "northbound", "bank's")."""
    low = word.lower()
    if word[:1].isdigit() or _is_name_token(word) or _POSSESSIVE_END.search(word):
        return True
    forms = verb_forms()
    return word.replace("-", "").isalpha() and word.islower() and low not in _AUX | _BE | _MODALS | _NOT_MODIFIERS \
        and low not in _IRREGULAR_PAST and not (low.endswith("ed") and "-" not in low) \
        and not (low in forms and low not in (forms[low].lemma, forms[low].third))


#: Words after "by" that make it a measure, not an agent ("fell by a third", "cut by half").
_MEASURE_WORDS = frozenset({"half", "third", "quarter", "fifth", "tenth", "percent", "per", "cent", "much", "far", "more",
                            "about", "around", "nearly", "almost", "some", "up", "roughly", "over", "as", "one", "two",
                            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "margin", "point", "points",
                            "percentage", "wide", "narrow", "double", "digits", "least", "most"})


def _passive_agent(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the verb at ``k`` is a past participle followed by "by" and its agent ("announced by the central bank",
    "hit by a ransomware attack", "led by Carraway Partners"), not by a measure ("fell by 4%", "risen by a third",
    "fell by its 10% daily limit")."""
    if k + 2 >= len(tokens) or tokens[k + 1][0].lower() != "by":
        return False
    if tokens[k][0].lower() not in _participles():
        return False  # "fell by", "began by saying": a past that is no participle
    after = [t for t, _ in tokens[k + 2:k + 6]]
    if after and after[0].lower().endswith("ing") and after[0].islower():
        return False  # "responded by sidestepping": a manner, no agent
    return not any(t[:1].isdigit() or t[:1] in "$£€" or t.lower() in _MEASURE_WORDS for t in after[:3])


@functools.lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    """The past participles of the verb list ("announced", "led", "hit", "held")."""
    import csv

    with VERBS_PATH.open(encoding="utf-8") as fh:
        return frozenset(r["participle"].strip().lower() for r in csv.DictReader(fh) if r["participle"].strip())


def _agent_phrase(tokens: list[tuple[str, int]], start: int, work: str) -> str:
    """"by" and its agent from ``start``: a determiner, lower-case modifiers and a run of names, or up to four words;
    it stops at punctuation, a blanked date, a verb or a word that opens a clause ("by Carraway Partners outbid it"
    -> "by Carraway Partners")."""
    words = [tokens[start][0]]
    k = start + 1
    named = False
    owned = 0  # where the noun phrase of a name's possessive starts ("by the Senate's | budget committee")
    forms = verb_forms()
    while k < len(tokens) and len(words) < 8:
        tok = tokens[k][0]
        low = tok.lower()
        if not tok[0].isalnum() or _blanked_between(tokens, k - 1, k) or low in _STOP_OBJECT:
            break
        if owned:
            if not (tok.isalpha() and tok.islower()) or low in forms or low in _NOT_MODIFIERS or len(words) - owned >= 4:
                break
            words.append(tok)
            k += 1
            continue
        if _is_name_token(tok) or (named and low in ("of", "and", "&") and k + 1 < len(tokens)
                                   and _is_name_token(tokens[k + 1][0])):
            named = True
        elif len(words) > 1 and _POSSESSIVE_END.search(words[-1]) and tok.isalpha() and tok.islower() and low not in forms:
            owned = len(words)  # "by the Senate's budget committee": the possessive's noun phrase
            continue
        elif named and tok.isalpha() and tok.islower() and low.endswith("s") and low not in forms \
                and low not in _NOT_MODIFIERS and not _POSSESSIVE_END.search(words[-1]):
            words.append(tok)  # "by Khmer Rouge guerrillas": the plural noun the names qualify
            break
        elif named or (low in forms and low not in (forms[low].lemma, forms[low].third)) \
                or (len(words) >= 4 and words[-1].lower() != "of"):  # "by a group of researchers"
            break
        words.append(tok)
        k += 1
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words) if len(words) > 1 else ""


#: The start of a clause with its own subject after the date's clause: "; ", ", and the chief executive", ", but it".
_NEXT_CLAUSE = re.compile(r";\s+(?=[A-Za-z])|,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|his|her|their|this|these|those|"
                          r"it|he|she|they|we|[A-Z][\w’'&.-]*)\b)")


#: A list line of market copy: a name, an aside in brackets or after a comma, a colon and a signed figure
#: ("Orvane Foods (ORVF.L): -5.4% on Tuesday", "Keel Bank, a major lender: +2.1% this week").
_LIST_LINE = re.compile(r"^\s*(?P<name>[A-Z][^:;()\n]{0,60}?)\s*(?:\([^()\n]{1,40}\))?\s*(?:,[^:;\n]{1,60})?:\s*(?=[-+−–]\s?\d)")
_SIGNED_FIGURE = re.compile(r"(?P<sign>[-+−–])\s?(?P<pct>\d+(?:\.\d+)?)\s?%")


def _list_move(sentence: str, expr_start: int) -> EventLabel | None:
    """The label of a list line's share move dated by the period after its figure ("Orvane Foods (ORVF.L): -5.4% on
    Tuesday" -> "Orvane Foods shares fall 5.4%"; an index the catalog knows: "Norland 40 falls 1.2%"): the signed
    figure last before the date. None when the sentence is no such line or the date is in its name."""
    m = _LIST_LINE.match(sentence)
    if m is None or expr_start < m.end() or ";" in sentence[m.end():expr_start]:
        return None  # "X: +2.3%; the smelter stays idle until Sunday": the date is of the next clause
    figures = [f for f in _SIGNED_FIGURE.finditer(sentence, m.end(), expr_start)]
    name = canonical_name(m.group("name").strip())
    if not figures or not name or name.lower() in _NOT_NAMES or not name[:1].isupper():
        return None
    figure = figures[-1]
    verb = "fall" if figure.group("sign") in "-−–" else "rise"
    index = _catalog_types().get(name) == "INDEX" or name in _lexicon().indices
    subject = name if index else f"{name} shares"
    label = f"{subject} {verb}{'s' if index else ''} {figure.group('pct')}%"
    return EventLabel(label, f"{name.lower()}|{verb}|{figure.group('pct')}%", name, verb)


#: Heads of a noun phrase whose number is that of the noun after "of" ("most of his rivals call", "tens of thousands
#: of people rally").
_QUANTITY_HEADS = frozenset("one two three four five six seven eight nine ten some most all many none half part rest "
                            "majority minority number lot lots tens dozens hundreds thousands millions plenty share "
                            "percent each any several few both".split())


def _set_to(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether ``k`` is the "set" of "is set to <verb>" ("Keel is set to name a chairman"): a future, not the
    verb "set" ("sets to name")."""
    return (tokens[k][0].lower() == "set" and k > 0 and tokens[k - 1][0].lower() in _BE and k + 1 < len(tokens)
            and tokens[k + 1][0].lower() == "to")


def _after_be(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the bare verb form at ``k`` follows a form of "be" (adverbs between): an adjective, not a verb
    ("are also lower", "was flat", "will be close")."""
    forms = verb_forms()
    t = tokens[k][0].lower()
    if t not in forms or t != forms[t].lemma or t in _same_past():
        return False  # "were hit by the floods": a participle that looks bare
    m = k - 1
    while m >= 0 and tokens[m][0].lower() in _ADVERBS | {"not", "now", "still", "slightly", "much", "far", "sharply"}:
        m -= 1
    return m >= 0 and tokens[m][0].lower() in _BE


def _fallback(sentence: str, expr_start: int, expr_end: int) -> EventLabel:
    """The clause around the expression, without the expression, trimmed to about ten words."""
    text = _blank(_blank(sentence, _PREFIX), _QUOTE, "“…”")
    left = max((m.start() for m in _CLAUSE_BREAK.finditer(text, 0, expr_start)), default=-1)
    right = min((m.start() for m in _CLAUSE_BREAK.finditer(text, expr_end) if text[m.start()] != "("), default=len(text))
    lead = re.compile(r"(?:\b(?:late|early)\s+)?\b(?:as\s+of|up\s+until|on|in|at|by|during|since|until|from|for)\s*$",
                      re.IGNORECASE)
    clause = (lead.sub("", text[left + 1 : expr_start]) + text[expr_end:right]).strip(" .,_-–—")
    if len(_LEAD_CONJUNCTION.sub("", clause).split()) < 3:
        # the expression fills its clause ("In March, X did Y"): the sentence without it and its preposition
        clause = lead.sub("", text[:expr_start]).rstrip() + " " + text[expr_end:].lstrip()
        clause = re.sub(r"\s+([,;:.])", r"\1", clause).strip(" .,;:")
    clause = _LEAD_CONJUNCTION.sub("", clause.strip(" ,_")).strip(" ,")
    head = _PREFIX.match(sentence)
    if head is not None and expr_end <= head.end() and _FRONTED.match(clause) and right < len(text) \
            and text[right] == ",":
        # the date heads the line ("May 11 - After the close, Orvane recalls its dryers."): the line's event
        # is its main clause, not the phrase fronted before it
        after = min((m.start() for m in _CLAUSE_BREAK.finditer(text, right + 1)), default=len(text))
        main = text[right + 1:after].strip(" .,_")
        if len(main.split()) >= 3:
            clause = main
    if right < len(text) and text[right] == "," and _FRONTED_PHRASE.match(clause) and expr_start < right \
            and not any(w.lower().strip(".,") in verb_forms() for w in clause.split()[1:]):
        # "For 38 minutes on Sunday, the final vanished": a fronted phrase with no verb; the main clause after it tells
        after = min((m.start() for m in _CLAUSE_BREAK.finditer(text, right + 1)), default=len(text))
        main = text[right + 1:after].strip(" .,_")
        if len(main.split()) >= 3:
            clause = main
    opened = _LEAD_SUBORDINATOR.sub("", clause)
    if opened.split() and len(opened) >= 4:
        clause = opened  # "Even after Wednesday's short-covering rally": the event is the rally
    clause = _SPACES.sub(" ", _TRAILING_PREP.sub("", clause.strip()))
    while _TRAILING_FUNCTION.search(clause) and len(clause.split()) > 2:
        clause = _TRAILING_FUNCTION.sub("", clause).rstrip(" ,;:")  # "... revolving loans through [January]"
    clause = _LEFT_PUNCT.sub(r"\1", clause)  # "Share move, [Wednesday Sept. 11]: -38%" -> "Share move: -38%"
    label = _whole_phrases(_SPEAKER_TURN.sub("", clause).split())
    if not re.search(r"\w", label) and re.search(r"[\"“”'‘’]", label):
        # the sentence is one quotation ("“…”", or a piece of one when the expression sits inside it: "“"): its own
        # words
        label = _quoted_words(sentence, expr_start, expr_end)
    label = (label[:1].upper() + label[1:]) if label else sentence[:MAX_LABEL_CHARS]
    if sentence.rstrip()[-1:] in ".!?\"”’'":
        # a heading or a list line without a full stop is in headline style, where a bare past is a passive
        # ("1952 - Orvane founded in Leeds"): left as it stands
        label = _present_clause(label, sentence)
    return EventLabel(label, f"||{label.lower()}", "", "")


#: Irregular pasts and their bare forms (a past that is its own bare form, "cut", "hit", "put", is left alone).
_IRREGULAR_LEMMA = dict(p.split(":") for p in (
    "went:go came:come became:become began:begin took:take made:make left:leave gave:give got:get broke:break ran:run "
    "led:lead met:meet won:win held:hold kept:keep built:build spent:spend paid:pay sent:send brought:bring grew:grow "
    "fell:fall rose:rise sold:sell bought:buy lost:lose told:tell saw:see said:say stood:stand struck:strike "
    "wrote:write found:find thought:think knew:know chose:choose drew:draw flew:fly spoke:speak sat:sit sought:seek "
    "taught:teach caught:catch fought:fight wore:wear drove:drive rode:ride threw:throw").split())


def _regular_lemma(past: str) -> str | None:
    """The bare form of a regular past in -ed when its spelling tells it ("planned" -> "plan", "stated" -> "state",
    "claimed" -> "claim", "carried" -> "carry"); None when it does not ("noted"/"visited", "examined"/"declined")."""
    if not past.endswith("ed") or len(past) < 5 or not past.isalpha():
        return None
    stem = past[:-2]
    if past.endswith("ied"):
        return past[:-3] + "y"
    if stem.endswith(("ss", "sh", "ch", "x", "zz", "ll", "ff", "w", "y")):
        return stem
    if stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
        return stem[:-1]  # "planned", "stopped", "admitted"
    if stem.endswith(("s", "z", "v", "c", "u", "g")):
        return stem + "e"  # "released", "organized", "moved", "forced", "argued", "charged"
    vowels = "aeiou"
    last, before = stem[-1], stem[-2]
    if before in vowels and stem[-3:-2] in tuple(vowels) and stem[-4:-2] != "qu":
        return "create" if stem == "creat" else stem  # "claimed", "treated", "appeared"
    if before not in vowels:
        if last == "l" and before != "l" and before not in "r":
            return stem + "e"  # "tackled", "settled"
        return stem  # "started", "asked", "returned"
    if stem.endswith(("er", "en", "el", "ion")):
        return stem  # "entered", "opened", "traveled", "questioned"
    rules = {"t": "auo", "d": "aiou", "r": "aiu", "l": "aiu", "m": "aiou", "k": "aiou", "p": "aiu", "b": "aiou"}
    if last == "t" and before == "o" and len(stem) > 4 and not stem.endswith("mot"):
        return None  # "voted", "quoted", "promoted"; not "parroted", "pivoted"
    if last in rules and before in rules[last]:
        return stem + "e"  # "stated", "voted", "decided", "declared", "retired", "named", "liked", "described"
    return None


def _present_of(past: str, plural: bool) -> str | None:
    """The present of a past verb ("announced" -> "announces", plural "announce"); None when unsure."""
    low = past.lower()
    forms = verb_forms()
    if low in forms and low != forms[low].lemma and low != forms[low].third:
        lemma, third = forms[low].lemma, forms[low].third
    else:
        lemma = _IRREGULAR_LEMMA.get(low) or _regular_lemma(low)
        if lemma is None or lemma == low:
            return None
        third = (lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou")
                 else lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else lemma + "s")
        third = {"be": "is", "have": "has"}.get(lemma, third)
    return lemma if plural else third


#: Irregular past participles in -en/-wn that are no simple past ("taken", "thrown", "shown").
_PAST_PARTICIPLES = frozenset("taken given written driven broken chosen spoken stolen forgotten hidden beaten eaten "
                              "fallen risen shaken woken sworn torn worn thrown shown known grown drawn blown flown "
                              "withdrawn overthrown overtaken undertaken".split())


#: What may open the subject of a fallback label in the past: a determiner before a short noun phrase, or a pronoun.
_PAST_DETERMINERS = ("The", "A", "An", "His", "Her", "Its", "Their", "This", "That")
_PAST_PRONOUNS = ("He", "She", "It", "They", "We", "I")
_NOT_SUBJECT_OPENERS = frozenset("as when who if while because although though since after before once until no not "
                                 "what where why how whether but and or so yet".split())


def _past_word(word: str) -> bool:
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _IRREGULAR_LEMMA)


def _present_clause(label: str, sentence: str = "") -> str:
    """``label`` with the past verb after its subject in the present ("Orvane burned 74 million pounds" -> "Orvane
    burns 74 million pounds", "They checked" -> "They check"): the subject is a pronoun, a run of capitalised words
    or a determiner and up to three words, an adverb may stand before the verb ("The group also raised"). Unchanged
    when the word is no past or its bare form is unsure, the subject opens on a conjunction ("As Vell campaigned"),
    or the verb is a participle ("A survey conducted by ...", "The report published showed ...")."""
    words = label.split()
    if len(words) < 2 or words[0].lower() in _NOT_SUBJECT_OPENERS | _AUX | _MODALS | _RELATIVE | _QUANTITY_HEADS \
            | {"those", "these"}:
        return label
    if words[0] in _PAST_PRONOUNS:
        spans = [1]
    elif words[0] in _PAST_DETERMINERS:
        spans = list(range(2, min(5, len(words))))
    else:
        spans = list(range(1, min(5, len(words))))
    for n in spans:
        subject = words[:n]
        if words[0] not in _PAST_DETERMINERS + _PAST_PRONOUNS and not all(
                w[:1].isupper() or (w in ("of", "de") and 0 < i < n - 1) for i, w in enumerate(subject)):
            break  # a name is a run of capitalised words
        if any(w.lower() in _PHRASE_OPENERS | _DETERMINERS | _AUX | _MODALS | (_PRONOUNS - {"it"}) or not w[:1].isalnum()
               or w.endswith(("n't", "n’t"))
               for w in subject[1:]) or subject[-1].endswith(","):
            break
        if subject[-1].endswith(("'s", "’s")):
            continue  # "Clinton's complicated relationship": a possessive is followed by its noun, not by the verb
        p = n + 1 if n + 1 < len(words) and words[n].lower() in _ADVERBS else n
        if p + 1 < len(words) and words[p] in ("was", "were"):
            q = p + 1  # "Lumo Air was privatised", "The votes were not counted": the passive in the present
            while q + 1 < len(words) and (words[q] in _ADVERBS | {"not", "never"} or words[q].endswith("ly") and len(words[q]) > 4):
                q += 1
            if _past_word(words[q]) or words[q] in _participles() | _IRREGULAR_PAST or words[q].endswith(("en", "wn")) \
                    and words[q] in _PAST_PARTICIPLES:
                be = "am" if words[:p] == ["I"] else "is" if words[p] == "was" else "are"
                return " ".join(words[:p] + [be] + words[p + 1:])
            return label
        if p >= len(words) or not _past_word(words[p]):
            continue
        verb = words[p]
        after = words[p + 1:]
        if sentence and _finite_later(sentence, words[p - 1], verb):
            return label  # "The activist wanted for questioning in the shooting may have fled": a participle
        if after and after[0].lower() in ("by", "that", "to") and not (verb in _IRREGULAR_LEMMA and after[0] != "by"):
            return label  # "A survey conducted by ...": a participle, or unsure
        if after and (_past_word(after[0]) or after[0].lower() in _POSTMODIFIER_PREPS | {"between", "across", "into"}):
            for q, w in enumerate(after[1:8], 1):
                if w.endswith((",", ";")) or not w[:1].isalnum():
                    break
                if _past_word(w) and after[q - 1][:1].isupper() or q == 1 and _past_word(after[0]):
                    return label  # "The counties sandwiched between X formed", "The report published showed"
        if words[0] not in _PAST_DETERMINERS + _PAST_PRONOUNS and n == 1 and subject[0].endswith("s") \
                and not subject[0].endswith(("ss", "us", "’s", "'s")):
            return label  # "Officials studied", "Churches traveled": a plural noun or a surname in -s, number unsure
        head = subject[-1].lower()
        plural = words[0] in ("They", "We", "I") or (words[0] in _PAST_DETERMINERS and head.endswith("s") and not head.endswith(
            ("ss", "us", "’s", "'s") + _SINGULAR_IN_S)) or head in _PLURALS
        present = _present_of(verb, plural)
        if present is None:
            return label
        return " ".join(words[:p] + [present] + after)
    return label


#: Words that open a clause of their own after a verb: an auxiliary after them belongs to that clause.
_CLAUSE_AFTER = frozenset("that which who whom whose when where while because if as and but or so though although "
                          "until before after since than whether".split())


def _finite_later(sentence: str, before: str, verb: str) -> bool:
    """Whether the past form ``verb`` (after the word ``before``) is a participle of a noun phrase in ``sentence``: a
    preposition follows it, not an object, and then a modal or a finite auxiliary in the same clause, before any comma
    or word that opens a clause of its own ("The activist wanted for questioning in the shooting may have fled")."""
    at = sentence.find(f"{before} {verb} ")
    rest = sentence[at + len(before) + len(verb) + 2:].split() if at >= 0 else []
    if not rest or rest[0].lower() not in _POSTMODIFIER_PREPS:
        return False  # an object after the verb ("announced it would slash"): a finite verb, its object a clause
    for word in rest:
        low = word.lower().strip("“”\"'")
        if low in _CLAUSE_AFTER or not word[:1].isalnum():
            return False
        if low in _MODALS | {"has", "have", "is", "are", "was", "were"}:
            return True
        if word[-1:] in ",;:.!?)—":
            return False
    return False


def _quoted_words(sentence: str, expr_start: int, expr_end: int) -> str:
    """The words of a sentence that is all quotation, without the expression, in quotation marks ('"Demand
    accelerated through September."' -> '“Demand accelerated”'); empty when nothing is left."""
    lead = _LEAD_PREP.search(sentence[:expr_start])
    before = sentence[:lead.start() if lead else expr_start]
    after = sentence[expr_end:]
    if not before.strip(" \"“”'‘’"):
        after = after.lstrip(" ,")  # "“On Sunday, something broke ...”": the words after the date's comma open it
    inner = (before + after).strip(" \"“”'‘’")
    inner = _SPACES.sub(" ", _QUOTE_TRAILING_PREP.sub("", inner.rstrip(" .,;:!?").strip()))
    words = _whole_phrases(inner.split()).rstrip(" ,;:")
    return f"“{words[:1].upper()}{words[1:]}”" if words else ""


#: A preposition left dangling at the end of a quotation once its date is taken out ("accelerated through").
_QUOTE_TRAILING_PREP = re.compile(
    r"\s+(?:on|in|at|by|during|of|through|until|till|since|from|for|to|before|after|around|the end of)$",
    re.IGNORECASE)


#: A phrase opening on a preposition of time or extent: "For 38 minutes", "Within hours", "Throughout the day".
_FRONTED_PHRASE = re.compile(r"^(?:for|within|throughout|over|during|in|at|by|until|till)\b", re.IGNORECASE)
#: A phrase fronted before the main clause: "After the close, ...", "Following the ruling, ...".
_FRONTED = re.compile(r"^(?:(?:even|just|only|shortly|soon|long)\s+)?(?:after|before|following|amid|despite|ahead\s+of|"
                      r"in\s+response\s+to)\b", re.IGNORECASE)
#: A transcript turn's label before the words ("ANCHOR: ...", "JANE ROE: ..."): the speaker, not the event.
_SPEAKER_TURN = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}:\s+")
#: Words that open a phrase: a label cut short ends before one of them, never inside the phrase it opens.
_PHRASE_OPENERS = frozenset(
    "to in on at for from with by after before since as and but or while which who whom whose that when where "
    "what because although though than of about into over under during until against between".split())
#: A fallback label keeps its clause whole up to this many words; a longer one is cut before a phrase.
FALLBACK_WORDS = 12


def _whole_phrases(words: list[str]) -> str:
    """``words`` as a label of at most :data:`FALLBACK_WORDS` words that ends where a phrase ends: the whole clause
    when it is short enough, else cut before the last phrase opener (a preposition, a conjunction, a relative word)
    or after the last comma from the fifth word on; "…" only when no such place exists."""
    if len(words) <= FALLBACK_WORDS:
        return " ".join(words)
    for k in range(FALLBACK_WORDS, 4, -1):
        if (words[k].lower() == "as" and words[k - 2].lower() == "as") or words[k - 1].lower() in _PHRASE_OPENERS:
            continue  # "as much | as 40%", "from | as much": inside a phrase
        if words[k].lower().strip("“\"'(") in _PHRASE_OPENERS or words[k - 1].endswith((",", ";")):
            return " ".join(words[:k]).rstrip(",;")
    return " ".join(words[:FALLBACK_WORDS]) + "…"
