"""Names in a sentence for event labels: catalog names, people and companies, and what a pronoun stands for."""

from __future__ import annotations

import functools
import re

from analysis.lexicon import finite_verb_words, load_catalog, move_words
from analysis.timeline.labels.model import NeedsContext
from analysis.timeline.labels.words import (
    AUX,
    INNER_NAME_WORDS,
    MODALS,
    NOT_NAMES,
    POSSESSIVE_END,
    SENTENCE_OPENERS,
    ZONES,
    blank,
    is_name_token,
    name_lexicon,
    name_runs,
    run_text,
)


#: The words of a name kept from the end of a run of capitalised words ("New York Stock Exchange", "Instituto
#: Nacional de Aguas Claras" whole; a longer run is a title-case line, not one name).
MAX_NAME_WORDS = 5


#: A word is letters of any script and digits ("Zürich", "Société", "Łódź"), a figure (with its currency: "$4",
#: "R$85", "NT$9"; a plural in -s: "Model 3s", "the 1990s"; a ratio: "1-for-8"), an initialism or one sign.
TOKEN = re.compile(r"\d+-(?:for|to)-\d+\b|(?:[A-Z]{1,3}\$|\$)?\d[\d.,]*(?:-[A-Za-z]+)*(?:%|bn|m\b|s\b)?|(?:[A-Z]\.){2,}(?:-[a-z]+)*|[^\W\d_][^\W_]*(?:[-’'&][^\W_]+)*|[^\s\w]|_")


QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{12,}’|(?<!\w)'[^']{12,}'(?!\w)")


TITLES = {
    "ceo", "cfo", "cto", "chief", "executive", "officer", "president", "vice", "chairman", "chairwoman", "chair",
    "minister", "secretary", "mr", "mrs", "ms", "dr", "founder", "co-founder", "director", "head", "senator",
    "governor", "spokesperson", "spokesman", "spokeswoman", "analyst", "scientist", "prime", "mayor", "commissioner",
    "premier", "chancellor",
}


#: What opens a wire story or a live blog's entry before its sentence: "OSLO, May 6 (Harbour Wire) - ", "16:05 CET - ",
#: "LINCOLN — ".
PREFIX = re.compile(
    r"^\s*(?:[A-Z][^()\n]{0,60}?)?\([A-Z][^()]{1,40}\)\s*[-–—]+\s*"
    r"|^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,5}\s*)?(?:[-–—]+|(?<=[A-Za-z.]):(?=\s))\s*"  # "10:15 a.m. ET: "
    r"|^\s*[A-Z][A-Z .'’]{2,30}(?:,\s+[^()\n—–]{1,40}?)?\s+(?:[—–―-]{1,2}|_)\s+"  # "LINCOLN — ", "OSLO, May 6 - "
    # (a wire's "LINCOLN _ " and a horizontal bar "LINCOLN ― " as well)
)


_PREFIX_LINES = re.compile(PREFIX.pattern, re.MULTILINE)


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
    phrase = POSSESSIVE_END.sub("", phrase.strip())
    names = _catalog_index()[1]
    best: tuple[int, str] | None = None
    for start, end, alias in _catalog_spans(phrase):
        after = phrase[end:].split(maxsplit=1)
        if after and after[0].lower().strip(".") in TITLES:
            continue  # "Fed Chair Jerome Powell", "Apple CEO Tim Cook": the organisation only qualifies the title
        before = phrase[:start].split()[-1:]
        titled = bool(before) and (before[0].lower().strip(".") in TITLES
                                   or before[0].lower() in name_lexicon().role_titles)
        if (start == 0 or titled) and after and after[0][:1].isupper() and after[0].lower() not in NOT_NAMES:
            continue  # "European Union Aviation Safety Agency", "Secretary Dana Whitlock": the catalog's name only
            # begins a longer one
        if before and before[0][:1].isupper() and not _qualifies(before[0]):
            continue  # "Ashdown Continental", "United Continental Holdings": the catalog's name only ends a longer one
        if best is None or end > best[0]:
            best = (end, names[alias])
    if best is not None:
        return best[1]
    words = phrase.split()
    roles = name_lexicon().role_titles
    last_title = max((k for k, w in enumerate(words) if w.lower().strip(".") in TITLES or w.lower() in roles), default=-1)
    rest = words[last_title + 1 :] or words
    if last_title >= 0 and len(rest) > 2 and rest[0] in ("of", "for"):
        rest = rest[2:]  # "Secretary of State Ada Vell", "Minister for Trade Ada Vell": the title's complement
    while len(rest) > 1 and rest[0].lower() in name_lexicon().descriptor_words:
        rest = rest[1:]  # "Chipmaker Halden Semiconductor", "Rival Orvane Foods" opening a sentence
    of = next((k for k, w in enumerate(rest) if w in ("of", "at")), None)
    if of is not None and of >= 2 and not (rest[of] == "of" and rest[of - 1] in name_lexicon().institution_heads):
        # "the American Academy of Pediatrics", "Northern Council of Pension Trustees": the head's "of"
        # phrase is the institution's own name
        rest = rest[:of]  # "Mira Tove of Stellwick Securities": the person; "Bank of Norland" stays one name
    initials = sum(1 for w in rest if len(w) == 2 and w[0].isupper() and w[1] == ".")  # "M.": no word of its own
    start = max(0, len(rest) - MAX_NAME_WORDS - initials)
    while start > 0 and rest[start] in ("of", "de", "&", "and", "for"):
        start -= 1  # "Division of Banking Supervision": never "of Banking Supervision"
    return " ".join(rest[start:])


def _qualifies(word: str) -> bool:
    """Whether a capitalised ``word`` right before a catalog name only qualifies it: a title or role ("CEO Mark
    Zuckerberg", "Chancellor Ada Vell"), a descriptor ("Chipmaker Nvidia"), a word that is never a name, a possessive
    ("Meta's Mark Zuckerberg") or a stop ("Inc. Nvidia")."""
    low = word.lower().strip(".,;:")
    return (low in TITLES or low in name_lexicon().role_titles or low in name_lexicon().descriptor_words
            or (low in NOT_NAMES and low not in INNER_NAME_WORDS)  # "Ninth Street Partners": one name
            or bool(POSSESSIVE_END.search(word)) or word.endswith((".", ",", ";", ":")) or word in ZONES
            or word.isupper())


#: A name right after one of these is where or for whom something happened, not who did it.
_NAME_AFTER = {"in", "at", "near", "from", "on", "across", "for", "with", "into", "outside"}


#: A lone capitalised first word followed by one of these is the sentence's named subject ("Orvane shares fell").
_BRACKETS = re.compile(r"\([^()]{1,60}\)")  # "(CLDR.O)", "(IPF)": asides, not the names of the sentence


_SUBJECT_NEXT = {"shares", "stock", "said", "says", "told", "reported", "announced"}


def names_in(text: str, openers: bool = False) -> list[str]:
    """The names of ``text`` in order (quotations, datelines, brackets and a name after a preposition of place or
    company left out), as
    :func:`canonical_name` gives them. A lone capitalised word that opens a sentence ("Shareholders were angry.")
    is a name only when the text also capitalises it inside a sentence, the catalog knows it, or ``openers``."""
    return list(_names_of(text, openers))


@functools.lru_cache(maxsize=8192)
def _names_of(text: str, openers: bool) -> tuple[str, ...]:
    """:func:`names_in`, kept per text (a reprinted sentence, or the same text before a pronoun, is read once)."""
    work = blank(blank(blank(text, _PREFIX_LINES), QUOTE), _BRACKETS)
    tokens = [(m.group(0), m.start()) for m in TOKEN.finditer(work)]
    inside = {t for n, (t, _) in enumerate(tokens) if n and tokens[n - 1][0] not in SENTENCE_OPENERS}
    types = catalog_types()
    names: list[str] = []
    placed = -1  # where the last name after a preposition ended
    for i, j in name_runs(tokens):
        at = i - 1 if i and tokens[i - 1][0].lower() not in ("the", "a", "an") else i - 2
        if (at >= 0 and tokens[at][0].lower() in _NAME_AFTER) or (i >= 2 and placed == i - 1 and tokens[i - 1][0] in ("and", "&")):
            placed = j
            continue  # "in Lyon", "with the Grain Supply Board"
        name = canonical_name(run_text(tokens, i, j))
        if j - i == 1 and j + 1 < len(tokens) and tokens[j][0].isalpha() and tokens[j][0].islower() \
                and is_name_token(tokens[j + 1][0]):
            continue  # "Coffee roaster Dunvale Brands", "Swiss drugmaker Arvel": the word describes the name after it
        if name in name_lexicon().demonyms:
            continue  # "Dutch", "Swiss": what a name is, never who
        if j < len(tokens) and tokens[j][0] in (":", "(") and all(t.isupper() for t, _ in tokens[i:j]):
            continue  # a transcript's speaker label ("ANCHOR:")
        opener = i == 0 or tokens[i - 1][0] in SENTENCE_OPENERS
        if j - i == 1 and (name in name_lexicon().honorifics or (opener and name in name_lexicon().stop_capitalised)):
            continue  # "Mr" of "Mr. Obama"; "Ahead of Friday's meeting", "Analysts said": never a name alone
        follows = tokens[j][0].lower() if j < len(tokens) else ""
        if not openers and opener and j - i == 1 and tokens[i][0] not in inside and name not in types \
                and follows not in _SUBJECT_NEXT:
            continue
        names.append(name)
    return tuple(names)


def _is_person(name: str) -> bool:
    """A catalog PERSON, or two or more capitalised words the catalog does not know as something else."""
    kind = catalog_types().get(name)
    lex = name_lexicon()
    head = re.split(r" (?:of|for) ", name, maxsplit=1)[0].split()[-1]  # "Association for Justice": the association
    if kind is None and (name in lex.places or name.split()[-1] in lex.place_heads | lex.org_heads
                         or head in lex.org_heads):
        # "the Sunda Strait", "the Clinton Foundation": a place or a body ("he added" read "Sunda Strait adds")
        return False
    return kind == "PERSON" or (kind is None and len(name.split()) >= 2)


#: Quotation marks, and a paragraph opened by its speaker's turn ("Marsh: We filed ...", "A: We did").
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_TURN_OPENER = re.compile(r"^\s*(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}):[ \t]")


#: What the writer's own "we"/"I" does in a report: meets or talks to the person the piece quotes ("We spoke to her
#: on Friday", "I spoke last week to Dr. Ada Vell", "We asked him ...").
_WRITER_MET = re.compile(r"\s*(?:(?:also|then|first|last|have|had|briefly)\s+)*(?:spoke|talked|interviewed|asked|met|"
                         r"reached|contacted|visited|caught\s+up)\b")


def _narrator(paragraph: str, sentence: str) -> bool:
    """Whether "I"/"we" of ``sentence`` is the writer's own voice: the sentence holds no quotation mark and no
    quotation is open in its ``paragraph`` (a quotation's later sentences carry no marks of their own). Asked only
    where the pronoun meets or talks to someone (:data:`_WRITER_MET`): after "X was blunt.", "I expect ..." is X's,
    its marks lost or not."""
    if _QUOTE_MARKS.search(sentence):
        return False
    straight = paragraph.count('"') % 2 == 1
    return not straight and paragraph.count("“") <= paragraph.count("”") and paragraph.count("«") <= paragraph.count("»")


def _last_name(text: str, person: bool = False) -> str | None:
    """The last name mentioned in ``text``; with ``person``, the last one that looks like a person's."""
    return next((n for n in reversed(names_in(text[-1500:])) if not person or _is_person(n)), None)


def _salient_name(text: str) -> str | None:
    """The name ``text`` mentions most ("the company" is the one the article is about): names are counted by
    their first word ("Arvel" and "Arvel Foods" are one), names the catalog or the lexicon know as people, places
    or indexes left out; the most frequent spelling of the most mentioned one (ties: the one with the longest name, as
    "Swiss drugmaker Arvel Pharma AG" names a company in full and not its country; then the first named)."""
    types = catalog_types()
    counts: dict[str, dict[str, int]] = {}
    first: dict[str, int] = {}
    people = people_in(text)  # a person ("Ingrid Vell", then "Vell") is not "the company"
    # (a name that opens its sentence is often its subject: counted when it has more than one word or the text
    # names it elsewhere too, not "Futures" or "Prices" opening a line)
    inside = set(names_in(text))
    for n, name in enumerate(m for m in names_in(text, openers=True) if " " in m or m in inside or m in types):
        if not company_like(name) or name in people:
            continue
        head = name.split()[0]
        counts.setdefault(head, {})[name] = counts.get(head, {}).get(name, 0) + 1
        first.setdefault(head, n)
    if not counts:
        return None
    head = max(counts, key=lambda h: (sum(counts[h].values()), max(len(n.split()) for n in counts[h]), -first[h]))
    return max(counts[head].items(), key=lambda kv: (kv[1], len(kv[0])))[0]


#: How much of the text before a sentence is read for the name it mentions most (a news article's whole text).
_SALIENT_REACH = 12000


_THE_COMPANY = re.compile(r"\b(?:the|The)\s+(?:company|firm|group)\b")


_SUBORDINATE_START = re.compile(r"^\W*(?:When|After|Before|As|While|Since|If|Although|Though|Once|Until)\b")


#: Where a sentence ends: not after a name's initial ("A.K. Raman") nor a title's abbreviation ("Sen. Ada Roe").
#: A paragraph's end is a sentence's ("... referring to AB&C.\n\nAB&C said").
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<![\s.][A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St)\.)(?<!\b(?:Mrs|Sen|Rep|Gov|Gen)\.)(?<!\b[ap]\.m\.)"
                           r"[”\"]?\s+(?=[A-Z“\"])|\n[ \t]*\n\s*")


def company_like(name: str) -> bool:
    """Whether ``name`` may be "the company": not a person, a place or an index the catalog or lexicon knows."""
    return catalog_types().get(name, "ORG") == "ORG" and name not in name_lexicon().places and not _given_name_first(name)


def people_in(text: str) -> set[str]:
    """The people ``text`` names, by full name and by surname ("Ingrid Vell", "Vell"): a name with a given name
    first, or one whose last word the text also uses alone (news calls a person by surname, a company by its
    first word)."""
    names = names_in(text)
    alone = {n for n in names if " " not in n}
    types = catalog_types()
    # (a firm the catalog knows is none, though the text uses its last word alone: "Orvane Tulloch", "Tulloch soups")
    people = [n for n in names if _given_name_first(n) or _initials_first(n)
              or (" " in n and n.split()[-1] in alone and types.get(n, "PERSON") == "PERSON")]
    return set(people) | {n.split()[-1] for n in people}


#: A list line's date before a colon ("Mon 5 May: "), or a dateline's dash ("2020-05-12 - "): no part of its clause.
_LINE_DATE = re.compile(r"^\s*(?:[A-Z][a-z]{1,8}\.?\s+)?\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?\s*:\s*")


#: A sentence opened by a name and a word in small letters, its verb ("Roe defeats Ann Poe").
_NAME_OPENER = re.compile(r"\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?=[a-z])")


def _is_person_or_surname(name: str, text: str) -> bool:
    """Whether ``name`` may be the person "he"/"she" stands for: a person by :func:`_is_person`, or the surname of a
    person ``text`` names in full ("Liz Truss ... Truss defeats ...")."""
    return _is_person(name) or name in {n.split()[-1] for n in names_in(text) if " " in n and _is_person(n)}


def _named_in_full(text: str) -> set[str]:
    """The people ``text`` names with a given name first ("Mark Vell"), by full name and by surname ("Vell")."""
    people = [n for n in names_in(text) if _given_name_first(n)]
    return set(people) | {n.split()[-1] for n in people}


#: A name opened by a given name's initials ("A.K. Raman", "J. Doe"): a person's.
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}\s*[A-Z][a-z]")


def _initials_first(name: str) -> bool:
    """Whether ``name`` opens on a given name's initials ("A.K. Raman") and the catalog does not know it: a person."""
    return name not in catalog_types() and _INITIALS.match(name) is not None


def _given_name_first(name: str) -> bool:
    """Whether ``name`` starts with a given name and the catalog does not know it ("Jane Roe"): a person."""
    return name not in catalog_types() and name.split()[0] in name_lexicon().given_names


def antecedent_of(pronoun: str, before: str, previous_text: str | None, after: str = "") -> str | None:
    """What a pronoun subject stands for: "the company"/"the firm" (and "it" after them) the name the article
    mentions most; "I"/"we" the last name before the sentence; any other the first fitting name (a person for
    "he"/"she", not a person for "it"/"they") of its own sentence before it (``before``), or of the main clause
    after it (``after``) when the sentence opens with a subordinate clause, else the last fitting name of the text
    before the sentence (``previous_text`` None: :class:`NeedsContext` when that is needed)."""
    if pronoun == "it" and not _THE_COMPANY.search(before) and _described_company(before):
        # "Orvane Air rose 1.2% after the carrier said it expected ...": the company its own sentence names
        # as a subject, else the one the sentence before does ("Darrow Power said ... The Ohio utility confirmed it")
        if previous_text is None:
            raise NeedsContext
        last = _SENTENCE_END.split(previous_text.rstrip())[-1] if previous_text.strip() else ""
        people = people_in(previous_text[-3000:] + " " + before)
        found = next((n for n, _ in _subject_names(before) + _subject_names(last) if company_like(n) and n not in people),
                     None)
        if found:
            return found
    if pronoun in ("the company", "the firm") or (pronoun in ("it", "they") and _THE_COMPANY.search(before)):
        # "The company had trimmed its outlook in May, when it bought ...": "it" is the company too
        if previous_text is None:
            raise NeedsContext
        # the company the sentence before names first ("ASML was 1.1% lower. The company said ..."), else the one
        # the article mentions most
        last = _SENTENCE_END.split(previous_text.rstrip())[-1] if previous_text.strip() else ""
        people = people_in(previous_text[-3000:] + " " + before)
        # (the name the sentence before is about, its subject: not another name it holds, "Net sales were flat",
        # "Roe had pushed the company to sell its Tinytots chain")
        found = next((n for n, _ in _subject_names(last) if company_like(n) and n not in people), None)
        return found or _salient_name(previous_text[-_SALIENT_REACH:] + " " + before)
    if pronoun in ("i", "we"):  # the speaker of a quotation, not a name of the sentence
        if previous_text is None:
            raise NeedsContext
        if not previous_text:
            return None
        paragraph = previous_text[previous_text.rfind("\n") + 1:] + before
        turn = _TURN_OPENER.match(paragraph)
        if turn is not None and not any(w.strip(".") in ROLE_TURNS for w in turn.group("name").upper().split()):
            return _turn_name(turn.group("name"), previous_text)  # "Marsh: We filed ...": the turn's speaker
        if turn is None and _WRITER_MET.match(after[len(pronoun):]) and _narrator(paragraph, before + after):
            return pronoun.capitalize()  # "We spoke to her on Monday": the writer's own voice
        return _turn_speaker(previous_text) or _last_name(previous_text)
    person = pronoun in ("he", "she")
    # the people the text names by surname too ("Mark Zuckerberg ... Zuckerberg"): "it" and "they" stand for none
    known = _named_in_full(previous_text[-3000:] + " " + before) if previous_text and not person else set()

    def fits(name: str) -> bool:
        if person:
            return _is_person(name)
        return not _given_name_first(name) and name not in known and not _PERIOD_NAME.fullmatch(name) \
            and name not in ZONES and name not in ("ET", "PT", "CT") \
            and not (" " not in name and _ADJECTIVE_COMPOUND.search(name))  # "The Leeds-based company": an adjective

    # in its own sentence a pronoun stands for the sentence's subject, its first name: "Orrel Mining had planned a
    # day in Darwin; it said on Monday ...", "The union, which represents Orrel Mining staff, said it ..."
    found = next((n for n in names_in(before, openers=True) if fits(n)), None)
    if found is None and person and previous_text:
        # "Cameron, who ..., said that he would resign": a surname alone, the text before having named the person in
        # full ("David Cameron"), is a person of the sentence too
        known = people_in(previous_text[-3000:])
        found = next((n for n in names_in(before, openers=True) if " " not in n and n in known), None)
    if found is None and _SUBORDINATE_START.match(before) and after:
        # "When it reported results on July 23, Orrel Mining said ...": the main clause's subject, after the comma
        found = next((n for n in names_in(after.split(",", 1)[-1], openers=True) if fits(n)), None)
    if found is None and previous_text is None:
        raise NeedsContext
    if found is None and previous_text:
        found = next((n for n in reversed(names_in(previous_text[-1500:])) if fits(n)), None)
        last = _SENTENCE_END.split(previous_text.rstrip())[-1]
        if pronoun == "it" and not before.strip():
            # "It" opening its sentence goes on with the subject of the sentence before, not its last name: "The
            # company said ... It said it had hired advisers", "Dalvik, founded by A.K. Raman, runs ... It listed"
            if _COMPANY_OPENER.match(_LINE_DATE.sub("", last)) or _described_company(last, opening=True):
                # the company that sentence's "the company" stands for
                return antecedent_of("the company", "", previous_text.rstrip()[:-len(last)])
            opener = _opening_subject(last)
            if opener and fits(opener):
                return opener
        first = _NAME_OPENER.match(_LINE_DATE.sub("", last))
        if person and not before.strip() and first and _is_person_or_surname(first.group("name"), previous_text):
            # "Mon 5 May: Roe defeats Ann Poe. Tue 6 May: She is appointed ...": a pronoun opening its sentence goes
            # on with the subject the sentence before opens on, not the last name it holds
            return canonical_name(first.group("name"))
        shares = _SHARES_OPENER.match(last) if pronoun == "they" else None
        if shares is not None and all(is_name_token(w) for w in shares.group("name").split()):
            # "Didi shares fell 3.1% in early New York trade. They ended Thursday at $12.08": the shares the
            # sentence before opens on, not the last name it holds
            return f"{canonical_name(shares.group('name'))} {shares.group('noun')}"
        topic = _POSSESSIVE_OPENER.match(last)
        if topic is not None and not person and all(is_name_token(w) for w in topic.group("name").split()) \
                and not any(fits(n) for n in names_in(last[topic.end():])):
            # "Kazeno's position is the least damaging. It paid ...": the name the sentence before opens on, though
            # a lone capitalised word opening a sentence is no name elsewhere
            found = canonical_name(topic.group("name"))
    return found


#: A sentence opened by "the company" (or "the firm", "the group") as its subject, after a lead such as "In a
#: statement" ("In a statement the company says ...").
_COMPANY_OPENER = re.compile(r"\s*(?:(?:In|On|At|By|Earlier|Later|Separately)\b[^,.;]{0,40}?,?\s+)?(?:the|The)\s+"
                             r"(?:company|firm|group)\s+(?:[a-z]+\s+)?(?:said|says|has|had|is|was|will|would|also|did|does)\b")


#: What follows a name that is a clause's subject or a possessor: a verb ("Harlow Foods has yet to file", "AB&C
#: said"), an aside ("Dalvik, founded by ...,") or a possessive ("Orvane's support lines").
_AFTER_SUBJECT = re.compile(r"\s*(?:(?P<possessive>['’]s\b)|(?P<comma>,)|(?P<word>[a-z]+)\b"
                            # a list line's name before its news ("Orvane Corp (ORV) - down 6.1%", "Orvane: ")
                            r"|(?P<heading>(?:\([A-Z]{1,6}(?:[.:][A-Z]{1,4})?\)\s*)?[-–—:]\s))")


def _subject_names(sentence: str) -> list[tuple[str, int]]:
    """The names of ``sentence`` (:func:`names_in`, openers too) that a verb, an aside or a possessive follows, each
    with where it starts; not a name that opens a noun phrase ("Net sales were flat", "its Tinytots chain") nor one
    in a list or after "and" ("caused by the Ridge Fire and"). A list line's date before them is left out."""
    text = _LINE_DATE.sub("", sentence)
    found: list[tuple[str, int]] = []
    at = 0
    for name in names_in(text, openers=True):
        if name in ZONES or _PERIOD_NAME.fullmatch(name) or name in ("ET", "PT", "CT"):
            continue  # "6:08 a.m. ET - ": a clock's zone
        m = re.compile(rf"(?<![\w&]){re.escape(name)}(?![\w&])").search(text, at)
        if m is None:
            continue
        at = m.end()
        after = _AFTER_SUBJECT.match(text, m.end())
        word = after.group("word") if after else None
        if after is None or (word is not None and word not in AUX | MODALS and word not in finite_verb_words()
                             and not (word.endswith("ed") and len(word) > 4)):
            continue
        found.append((name, m.start()))
    return found


#: A company told by what it does, its noun after "the" and up to three modifiers ("the Ohio utility", "The
#: Oslo-listed ferry operator"): words of ``company_nouns`` but those of its shares or its brand.
_DESCRIBED = re.compile(r"\b[Tt]he\s+((?:[\w&’'.-]+\s+){0,3}?)([a-z]+)\b(?!['’-])")
_NOT_THE_COMPANY = frozenset({"stock", "stocks", "share", "shares", "brand"})


def _described_company(text: str, opening: bool = False) -> bool:
    """Whether ``text`` tells of a company by what it does ("The Ohio utility confirmed"), with ``opening`` as
    its first words (after a lead such as "In a statement, ") and before a verb."""
    nouns = move_words().company_nouns - _NOT_THE_COMPANY
    text = _LINE_DATE.sub("", text)
    lead = _LEAD_PHRASE.match(text) if opening else None
    start = lead.end() if lead else len(text) - len(text.lstrip())
    for m in _DESCRIBED.finditer(text, start):
        if opening and m.start() != start:
            return False
        words = m.group(1).split() + [m.group(2)]
        at = next((n for n, w in enumerate(words) if w in nouns), None)
        if at is not None and not any(w.lower() in AUX | MODALS or w in finite_verb_words() for w in words[:at]):
            if not opening:
                return True
            rest = text[m.start():].split()[at + 2:at + 3]  # the word after the noun: its verb
            return bool(rest) and (rest[0] in AUX | MODALS or rest[0] in finite_verb_words() or rest[0] == "also")
        if opening:
            return False
    return False


def _opening_subject(sentence: str) -> str | None:
    """The name ``sentence`` opens on as its subject (:func:`_subject_names`): "Dalvik, founded by A.K. Raman in 1990,
    runs ...", "In a statement, AB&C said ..."; None when its first words are no such name."""
    text = _LINE_DATE.sub("", sentence)
    lead = _LEAD_PHRASE.match(text)
    start = lead.end() if lead else len(text) - len(text.lstrip())
    return next((n for n, at in _subject_names(sentence) if at == start), None)


#: A phrase before a sentence's subject: "In a statement, ", "On Monday, ".
_LEAD_PHRASE = re.compile(r"\s*(?:In|On|At|By|After|Earlier|Later|Last|Separately|Meanwhile|However)\b[^,.;:]{0,40},\s+")


#: A capitalised word that is a place's or a firm's adjective: "Leeds-based", "Oslo-listed", "Orvane-owned".
_ADJECTIVE_COMPOUND = re.compile(r"-[a-z]+(?:ed|en|born)$")


#: A period's name in capitals ("July-September", "Q3", "H1"): a time, never what a pronoun stands for.
_PERIOD_NAME = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                          r"(?:\s*[-–/]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)?"
                          r"|[QH][1-4]")


#: A sentence opened by a company's shares ("Didi shares fell ...", "Keel Bank's shares rose ...").
_SHARES_OPENER = re.compile(r"\s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s)?\s+(?P<noun>shares|stocks?)\s")


#: A company's shares named as such ("Shares in Orvane Foods", "shares of Orvane").
_SHARES_OF = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")


def shares_named(before: str) -> str | None:
    """The company whose shares ``before`` (a sentence up to its pronoun) names as such ("Shares in Orvane Foods fell 9%
    on Monday after the company said ...": Orvane Foods), for a pronoun no text before the sentence resolves; None when
    it names none."""
    shares = _SHARES_OF.search(before)
    return canonical_name(shares.group("name")) if shares is not None and company_like(shares.group("name")) else None


#: A sentence opened by a name's possessive ("Kazeno's position is ...").
_POSSESSIVE_OPENER = re.compile(r"\s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s")


@functools.lru_cache(maxsize=1)
def catalog_types() -> dict[str, str]:
    names, types, _ = _catalog_columns()
    return dict(zip(names, types))


#: A transcript turn opened by its speaker's name in capitals ("GOVERNOR CARVALHAL: I informed the minister ...").
NAMED_TURN = re.compile(r"^\s*(?P<name>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,4}):[ \t]+")


#: Turn labels naming a role, not a person: the "I" of such a turn stays.
ROLE_TURNS = frozenset({"Q", "A", "HOST", "ANCHOR", "INTERVIEWER", "REPORTER", "MODERATOR", "CALLER", "OPERATOR",
                         "QUESTION", "ANSWER", "UNIDENTIFIED", "SPEAKER", "AUDIENCE", "MEMBER"})


def _turn_name(label: str, previous_text: str) -> str:
    """The speaker a turn's label names ("Marsh", "KINSELLA") as the text names the person in full ("Ada Marsh"; a
    title before the name left out: "GOVERNOR CARVALHAL" is the person, as the text names her)."""
    words = [w[:1] + w[1:].lower() if w.isupper() else w for w in label.split()]
    while len(words) > 1 and (words[0].lower().strip(".") in TITLES or words[0].lower() in name_lexicon().role_titles):
        words = words[1:]
    if len(words) == 1:
        full = re.findall(rf"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+{re.escape(words[0])}\b", previous_text)
        if full:
            return canonical_name(full[0])
    return " ".join(words)


def _turn_speaker(previous_text: str) -> str | None:
    """The speaker of the transcript turn a sentence continues ("KINSELLA: Yes. It exists. [I posted ...]"): the
    turn's label as the text names the person in full ("Gerald Kinsella" for "KINSELLA"), None when the paragraph
    opens on no named turn or on a role ("Q:", "ANCHOR:")."""
    paragraph = previous_text[previous_text.rfind("\n") + 1:]
    turn = NAMED_TURN.match(paragraph)
    if turn is None or any(w in ROLE_TURNS for w in turn.group("name").split()):
        return None
    return _turn_name(turn.group("name"), previous_text)
