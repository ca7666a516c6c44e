"""Noun phrases that name a speaker, read off the words next to a speech verb (grammar, not a name detector).

A phrase is a pronoun ("he"), a capitalised run with its titles ("Fed Chair Jerome Powell": the name is what
follows the last title or role word) or a description ("the company", "a spokesman for the campaign",
"Clinton's spokesman"). Offsets are absolute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .words import (ABBREVIATIONS, ADVERBS, AGE_NOUN, CONNECTORS, DETERMINERS, DOCUMENTS, FINITE_VERBS, GROUPS,
                    INTRO_WORDS, MONTHS, NOT_ALONE,
                      PREPOSITIONS,
                      PRON_GROUP,
                      PRON_ORG, PRON_PERSON, ROLE_ORG, ROLE_PERSON, SPEAKS_FOR, STATE_BODIES, TIME_WORDS, TITLES, WORD,
                      not_speaker)

PhraseKind = Literal["pronoun", "name", "description"]
_MAX_DESC = 7
_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "ately", "ably", "ibly", "fully", "lessly", "edly")
#: a wire's dateline before the story: "WASHINGTON (AFP) -", "Oslo, Norway (Reuters) —", "LEEDS/YORK, 19 October 2023
#: (Harbour Wire) –" (places joined by a slash, a date after the comma), "SPRINGFIELD, Ill., Oct 4 (Reuters) -" (the
#: state and the date, two commas)
_DATELINE = re.compile(r"\s*[A-Z][\w.' /]{1,40}(?:,\s*[A-Z0-9][\w.' ]{1,30}){0,2}\s*\([A-Za-z ]{2,40}\)\s*[-—–]+\s*")
#: the same without the agency, the place in capitals (one to three words, places joined by a slash) at the start of
#: a line: "SYDNEY — ", "NEW YORK, 8 June 2022 – ", "TOKYO/SEOUL - " (not a heading in capitals, a clause of more words:
#: "CONGRESS HAS INVESTIGATED HIM — ")
_CAPS_DATELINE = re.compile(r"(?:(?<=\n)|(?<=^))[ \t]*[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+){0,2}"
                            r"(?:,\s*[A-Z0-9][\w.' ]{1,30})?\s*(?:--|[-—–])\s+")
#: a live blog entry's time stamp before its first words: "3:05pm - ", "10.42 a.m. EST — ", "09:15 | ", and a
#: stamp with its time zone and no dash ("14:02 ET  Quick note from …", "21:15 GMT Statement from …")
_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:(?:\s*[A-Z]{2,4})?\s*[-—–|]\s+|\s*(?:GMT|BST|CET|CEST|UTC|"
                    r"[ECMP][SD]?T|HKT|JST|SGT|IST|AEST|AEDT)[ \t]+)")
#: a chronology's entry label: its date and a dash or colon before the entry's first clause ("Oct. 13 - ", "13 October
#: 2017 – ", "Aug. 24: "); the sentence may start after the month's abbreviation ("Oct." ends a sentence), so the
#: day alone counts when a month ends the text before it on its line
_ENTRY_DATE = re.compile(r"[ \t]*(?:(?P<month>[A-Z][a-z]{2,8}\.?)[ \t]+)?\d{1,2}(?:[ \t]+(?P<after>[A-Z][a-z]{2,8}\.?))?"
                         r"(?:,?[ \t]+\d{4})?[ \t]*(?:--|[-—–:])[ \t]+(?=[A-Z])")


def _entry_date(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The date label of a chronology's entry at ``lo`` (:data:`_ENTRY_DATE`), else None."""
    m = _ENTRY_DATE.match(text, lo, hi)
    if m is None:
        return None
    month = m.group("month") or m.group("after")
    if month is not None:
        return m if month.casefold().rstrip(".") in {w.rstrip(".") for w in MONTHS} else None
    line = text[text.rfind("\n", 0, lo) + 1:lo].strip()
    return m if line.casefold() in MONTHS or line.casefold().rstrip(".") in {w.rstrip(".") for w in MONTHS} else None


#: a list item's label opening its line before the item's first clause: "• Acme Corp: Roe & Co cuts …", "Acme (ACM.N):
#: Jane Roe raised …"
_ITEM_LABEL = re.compile(r"(?:(?<=\n)|(?<=^))[ \t]*(?:[*•▪·][ \t]+)?[A-Z][^:,;!?\n“”\"]{0,60}:[ \t]+(?=[A-Z])")
#: words that join a clause to the one before without making it introductory ("And then Trump …")
_CONNECTIVES = {"and", "but", "so", "then", "yet", "also", "now", "still", "meanwhile", "however", "instead",
                "indeed", "moreover", "furthermore", "nevertheless", "similarly", "likewise"}
#: a time adverbial opening a clause with no comma before its subject ("On Wednesday morning he offered …", "Early
#: this morning it issued …", "Last week Roe wrote …"): days, parts of the day and months, with "on", "in", "early",
#: "late", "last", "this" before them; a personal pronoun follows as the subject (a capitalised word there may be
#: the rest of the adverbial or a name the clause is about, "On Monday Acme shares fell": left to the rules)
_DAY_WORDS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|"
              r"weekend|month|year|today|yesterday|tonight|january|february|march|april|june|july|august|september|"
              r"october|november|december)")
_FRONTED_TIME = re.compile(r"(?i:(?:(?:early|late|earlier|later)\s+)?(?:(?:on|in|by|last|this|early|late)\s+)?(?:the\s+)?"
                           + _DAY_WORDS + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+" + _DAY_WORDS + r")?)"
                           r"\s+(?=(?:he|she|it|they)\s)")
_HYPHEN_LOWER = re.compile(r"-[a-z]")  # "Republican-leaning": an adjective, not part of a name
#: verbs that end a noun phrase ("the Finnish labour ministry has put out a note": the ministry, not the note)
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "does", "did"}
_TIME_OPENERS = {"last", "this", "late", "early"}
#: a past verb after a description's head, before its object ("the bank raised its target", "the ministry cut the
#: levy"): the predicate, not part of the subject
_PAST_PREDICATE = re.compile(r"[a-z]{2,}ed|cut|set|put|made|took|gave|sold|bought|won|lost|held|kept|hit|paid|sent|"
                             r"spent|struck|filed|told|began|sought|brought|chose|drew|froze|wrote")
#: the particle of a phrasal verb before its object ("put out a statement", "set up a fund")
_PARTICLES = {"out", "up", "down", "off"}
_OBJECTS = {"him", "her", "them", "it", "me", "us", "that", "what", "how", "why", "up", "out", "down"}


@dataclass
class Phrase:
    """A speaker phrase: ``start``/``end`` of all its words, ``name_start``/``name_end`` of the name part
    (titles stripped), ``head`` the pronoun or the description's head noun (casefolded), ``definite`` for
    "the …" / "its …" descriptions."""

    kind: PhraseKind
    start: int
    end: int
    name_start: int
    name_end: int
    head: str = ""
    definite: bool = False


Token = tuple[str, int, int]


def tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Words (and , — : ;) of ``text[lo:hi]`` with absolute offsets; trailing dots of words kept."""
    return [(m.group(0), m.start(), m.end()) for m in WORD.finditer(text, lo, hi)]


def _possessive(word: str) -> bool:
    """A possessive: "Acme's", "Roe’s", and a capitalised name ending in "s" with the bare apostrophe ("Acme
    Materials' finance chief", "Halvers’ board")."""
    return word.endswith(("’s", "'s")) or (len(word) > 2 and word[-2] == "s" and word[-1] in "'’"
                                            and word[:1].isupper())


def _bare(word: str) -> str:
    bare = word.casefold().rstrip(".").replace("’s", "").replace("'s", "")
    return "year-old" if AGE_NOUN.match(bare) else bare  # "the 58-year-old": a person (see AGE_NOUN)


#: the clitic of a contracted pronoun ("I'll", "she'd", "we've", "I'm", "they're"; not the "'s" of "it's", a copula)
_CLITIC = re.compile(r"['’](?:ll|ve|d|m|re)\Z", re.I)


def _pronoun(word: str) -> str:
    """The pronoun ``word`` is, casefolded, a contracted one too ("I'll say it again: …": "i", not a name
    "I'll"); "" for any other word."""
    w = word.casefold()
    if w in PRON_PERSON | PRON_ORG | PRON_GROUP:
        return w
    bare = _CLITIC.sub("", w)
    return bare if bare != w and bare in PRON_PERSON | PRON_ORG | PRON_GROUP else ""


#: a name written in camel case, its capital after a lower-case start ("easyJet", "eBay", "iRobot")
_CAMEL = re.compile(r"[a-z]{1,5}[A-Z][A-Za-z]*(?:['’]s)?")


def _capital(word: str) -> bool:
    """A word written as a name's: capitalised, or a brand in camel case."""
    return word[:1].isupper() or bool(_CAMEL.fullmatch(word))


def _is_cap(word: str) -> bool:
    """A capitalised word that may be part of a name (not a dateline "WASHINGTON" or a stop word); a brand written
    in camel case ("easyJet", "eBay") is one too."""
    return _capital(word) and not not_speaker(word) and not (word.isupper() and len(word) > 5) \
        and not (word[1:].islower() and word.endswith(_ADVERB_ENDINGS))  # "Domestically", "Separately"


def _is_title(word: str) -> bool:
    b = _bare(word)
    return b in TITLES or b in ROLE_PERSON


#: the prepositions that tie a plural role noun to the body its people belong to ("Analysts at X", "Economists with X")
_PEOPLE_OF = {"at", "with", "from"}


def plural_role(word: str) -> bool:
    """A plural noun of people's role or group ("Traders", "Analysts", "Critics"), not a singular ("Law")."""
    b = _bare(word)
    return b.endswith("s") and not b.endswith("ss") and (
        b in GROUPS or b[:-1] in ROLE_PERSON or (b.endswith("es") and b[:-2] in ROLE_PERSON))


def _is_role(word: str) -> bool:
    b = _bare(word)
    return b in ROLE_PERSON or b in ROLE_ORG or b in GROUPS or b in DOCUMENTS or b.rstrip("s") in ROLE_PERSON


def _name_part(run: list[Token]) -> list[Token]:
    """The words after the last title or role word of a capitalised run ("Police Commissioner Richard Ross");
    nothing when they are only demonyms or party words ("Republican")."""
    last = -1
    for i, (w, _, _) in enumerate(run):
        if w == "&" and 0 < i < len(run) - 1 and run[i - 1][0][:1].isupper() and run[i + 1][0][:1].isupper():
            continue  # "Ashby & Crane": one name
        if _is_title(w) or _possessive(w) or not _capital(w):
            last = i
    rest = run[last + 1:]
    while rest and rest[0][0].casefold() in CONNECTORS:
        rest = rest[1:]
    if len(rest) == 1 and last >= 0 and _possessive(run[last][0]) and _bare(rest[0][0]) in DOCUMENTS:
        return []  # "The FDA's Form 483 lists …": the owner's document, named by its form number, is no person
    return [] if all(_bare(w) in NOT_ALONE for w, _, _ in rest) else rest


def _joins_run(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]``, lower-case, still belongs to a title run: an adjective or "and" between titles and
    a capitalised word ("Republican political consultant X", "Gov. and DNC Chairman X")."""
    w = toks[i][0]
    if i + 1 >= len(toks) or w in (",", "—", "–", ":", ";") or w.casefold() in DETERMINERS:
        return False
    nxt = toks[i + 1][0]
    if w.casefold() == "and":
        return i > 0 and _is_title(toks[i - 1][0]) and nxt[:1].isupper()
    # (two words before the title only when the next is no determiner: "veteran political strategist X", but not a
    # verb and its object, "X suspended his presidential campaign")
    return w.isalpha() and w.islower() and _bare(w) not in PREPOSITIONS and (_is_title(nxt) or (
        i + 2 < len(toks) and _is_title(toks[i + 2][0]) and nxt.casefold() not in DETERMINERS))


def _kind_before_name(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a lower-case noun of an organisation's kind between a capitalised word opening the run
    and a name: "Short seller Bluefin Research …", "German lender Acme Bank on Monday published …" (the kind, with
    its adjective, describes the name after it)."""
    w = toks[i][0]
    return i in (1, 2) and w.isalpha() and w.islower() and w in ROLE_ORG and i + 1 < len(toks) \
        and _is_cap(toks[i + 1][0])


def _manner_adverb(word: str) -> bool:
    """A lower-case manner adverb ("emphatically", "angrily") between a subject and its verb."""
    return word.islower() and len(word) > 5 and word.endswith(_ADVERB_ENDINGS)


def _strip_trailing(toks: list[Token]) -> list[Token]:
    while toks and (_bare(toks[-1][0]) in ADVERBS or toks[-1][0] in (",", "—", "–") or _manner_adverb(toks[-1][0])):
        toks = toks[:-1]
        if toks and toks[-1][0].casefold() in {"on", "last", "this", "early", "late", "in"}:
            toks = toks[:-1]
    return toks


def _head_noun(words: list[Token]) -> str:
    """The head of a description: its last role noun before any prepositional phrase ("its official website":
    website; "a spokesman for the campaign": spokesman)."""
    heads = []
    for w, _, _ in words:
        if w.casefold() in {"for", "of", "at", "with", "from"} and heads:
            break
        if _is_role(w):
            heads.append(w)
    return _bare(heads[-1]) if heads else ""


def _name_word(text: str, toks: list[Token]) -> bool:
    """Whether the last of ``toks``, a pronoun's word written with a capital, closes a name after another
    capitalised word of it ("Vice Premier Liu He said": a surname, not "he")."""
    w, s, _ = toks[-1]
    return w[:1].isupper() and len(toks) > 1 and _is_cap(toks[-2][0]) and not _pronoun(toks[-2][0]) \
        and text[toks[-2][2]:s] == " "


#: a finite verb of saying right after a subject, which a possessive cannot own ("Moody's said"; not "Roe's
#: continued appeal", where the past form is an adjective)
_SAID_AFTER_NAME = re.compile(r"[ \t]*(?:said|says|told|tells|wrote|writes|added|adds|warned|warns|stated|states)\b")


def _month_surname(text: str, toks: list[Token], hi: int) -> Phrase | None:
    """The name ending on a month's name right before a finite verb of saying ("“…,” May said", "Theresa May
    said"): a month is no subject ("in May said" is no English), so the word is a surname; None otherwise."""
    if not toks or not toks[-1][0][:1].isupper() or toks[-1][0].casefold() not in MONTHS \
            or not _SAID_AFTER_NAME.match(text, hi):
        return None
    if len(toks) > 1 and toks[-2][0] not in (",", "—", "–") and not toks[-2][0][:1].isupper():
        return None
    first = len(toks) - 1
    while first > 0 and _is_cap(toks[first - 1][0]) and not _is_title(toks[first - 1][0]):
        first -= 1
    return Phrase("name", toks[first][1], toks[-1][2], toks[first][1], toks[-1][2])


def tail_phrase(text: str, lo: int, hi: int) -> Phrase | None:
    """The speaker phrase that ends ``text[lo:hi]`` (the subject right before a speech verb)."""
    surname = _month_surname(text, tokens(text, lo, hi), hi)
    if surname is not None:
        return surname
    toks = _strip_trailing(tokens(text, lo, hi))
    if not toks:
        return None
    w, s, e = toks[-1]
    if _pronoun(w) and not _name_word(text, toks):
        return Phrase("pronoun", s, e, s, e, head=_pronoun(w))
    if _is_cap(w) and not _is_role(w) or (_is_cap(w) and len(toks) > 1 and _is_cap(toks[-2][0]) and not _is_title(w)):
        j = len(toks) - 1
        while j > 0:
            pw = toks[j - 1][0]
            if (pw[:1].isupper() and not not_speaker(pw)) or _is_title(pw) or (
                    pw.casefold() in CONNECTORS and j > 1 and toks[j - 2][0][:1].isupper()):
                j -= 1
                continue
            break
        if j >= 2 and toks[j - 1][0] == "in":
            # "a branch manager at a bank in Oakland told us", "John Smith in London said": the place says where
            # the speaker is; the speaker is the phrase before it
            before = tail_phrase(text, lo, toks[j - 2][2])
            if before is not None:
                return before
            k = j - 2  # "one dealer in Ohio said": a description of someone unnamed, whatever its noun
            while k >= max(0, j - 5) and toks[k][0].islower() and toks[k][0].casefold() not in DETERMINERS:
                k -= 1
            if k >= max(0, j - 5) and k < j - 2 and toks[k][0].casefold() in DETERMINERS:
                return Phrase("description", toks[k][1], toks[j - 2][2], toks[k][1], toks[j - 2][2],
                              head=_bare(toks[j - 2][0]), definite=toks[k][0].casefold() == "the")
        run = toks[j:]
        while run and not _capital(run[0][0]) and not _is_title(run[0][0]):
            run = run[1:]
        if run and run[-1][0].endswith(("'s", "’s")) and len(run[-1][0]) > 3 and _SAID_AFTER_NAME.match(text, hi):
            # "Moody's said", "Standard & Poor's cut …, saying": a possessive right before the verb owns nothing, so
            # the "'s" is the name's own
            w, s0, e0 = run[-1]
            run = [*run[:-1], (w[:-2], s0, e0 - 2)]
        name = _name_part(run)
        if name and run:
            return Phrase("name", run[0][1], e, name[0][1], name[-1][2])
        return _description(toks, s, e)
    if _is_role(w) or w[:1].isupper():
        return _description(toks, s, e)
    placed = _body_in_place(toks)
    if placed is not None:
        return placed
    trade = _trade_description(toks)
    if trade is not None:
        return trade
    i = len(toks) - 1
    while i > 0 and len(toks) - i <= 5 and toks[i][0].casefold() not in DETERMINERS \
            and toks[i][0] not in (",", "—", "–", ":", ";"):
        i -= 1
    if toks[i][0].casefold() in DETERMINERS:
        # a subject of no known role: "Another child responded", "the progressive heavyweights wrote"
        verb = _NEXT_WORD.match(text, hi)
        return _unnamed_description(toks[i:], e, verb.group(1).casefold() if verb else "")
    return None


#: the most words the complement of a description by trade may have ("the maker of Halden crisps and Moro tea")
_TRADE_COMPLEMENT = 8


def _trade_description(toks: list[Token]) -> Phrase | None:
    """A definite description of an organisation by its trade ending the tokens: "the" (perhaps an adjective or
    two), a noun for organisations, "of" and what it makes or runs, with no determiner of its own ("the maker of
    crisps", "the Dunmere-based maker of Halden crisps and Moro tea", "the operator of regional airports"): the
    wire's way to name a company again. Its head is the noun before "of". None for anything else (a complement with
    its own determiner is read as any description is: "the chairman of the board")."""
    n = len(toks)
    for k in range(n - 2, max(0, n - 2 - _TRADE_COMPLEMENT), -1):
        w = toks[k][0]
        if w in (",", "—", "–", ":", ";") or w.casefold() in DETERMINERS or _possessive(w) and w[:1].islower():
            return None
        if w != "of":
            continue
        head = _bare(toks[k - 1][0]) if k else ""
        if head not in ROLE_ORG or head in ROLE_PERSON:
            return None
        j = k - 2  # back over its adjectives ("biggest", "Dunmere-based") to "the"
        while j >= max(0, k - 4) and toks[j][0].casefold() not in DETERMINERS \
                and (toks[j][0].isalpha() and toks[j][0].islower() or "-" in toks[j][0]):
            j -= 1
        if j < 0 or toks[j][0].casefold() != "the":
            return None
        return Phrase("description", toks[j][1], toks[-1][2], toks[j][1], toks[-1][2], head=head, definite=True)
    return None


#: the lower-case word of a place's kind after its name ("in Baranya county", "in the Tula region")
_PLACE_KINDS = {"county", "province", "state", "region", "district", "city", "prefecture", "canton"}


def _body_in_place(toks: list[Token]) -> Phrase | None:
    """A body of a state named with the place it serves, ending the tokens: "Police in Baranya county", "the
    prosecutor's office in Tula province" (the place's name in capitals, then its kind). None for anything else."""
    if len(toks) < 4 or toks[-1][0] not in _PLACE_KINDS or not toks[-2][0][:1].isupper():
        return None
    k = len(toks) - 2
    while k > 0 and toks[k][0][:1].isupper() and toks[k][0].casefold() not in DETERMINERS:
        k -= 1
    if toks[k][0] != "in" or k < 1 or _bare(toks[k - 1][0]) not in STATE_BODIES:
        return None
    first = k - 1
    while first > max(0, k - 4) and toks[first - 1][0].islower() and toks[first - 1][0] not in DETERMINERS:
        first -= 1  # "the public prosecutor's office in …": the words of the body before its head
    if first > 0 and toks[first - 1][0].casefold() == "the":
        first -= 1
    elif first > 0 and toks[first - 1][0] not in (",", "—", "–", ":", ";"):
        return None
    if first < k - 1 and toks[first][0].casefold() != "the":
        return None  # (lower-case words before the body only after "the": "crowds near police in …" is none)
    return Phrase("description", toks[first][1], toks[-1][2], toks[first][1], toks[-1][2],
                  head=_bare(toks[k - 1][0]), definite=True)


def _name_start(toks: list[Token], i: int) -> int:
    """The first token of the capitalised name that ends at or just before ``toks[i]`` (``i`` itself when
    none)."""
    j = i
    while j > 0 and _is_cap(toks[j - 1][0]) and not _is_title(toks[j - 1][0]) \
            and not _possessive(toks[j - 1][0]) and not _HYPHEN_LOWER.search(toks[j - 1][0]):
        j -= 1
    if all(_bare(w) in NOT_ALONE for w, _, _ in toks[j:i]):
        return i  # "Republican voters": a party word, not a name
    return j


def _determiner_in_name(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a capitalised determiner between two capitalised words, a word of a name ("Save Our
    Swale", "Keep Our Libraries Open"), not the start of a description."""
    w = toks[i][0]
    return w.casefold() in DETERMINERS and w[:1].isupper() and not w.isupper() and 0 < i < len(toks) - 1 \
        and toks[i - 1][0][:1].isupper() and toks[i + 1][0][:1].isupper()


def _description(toks: list[Token], s: int, e: int) -> Phrase | None:
    """A description ending at the last token: back to its determiner (or a possessive name)."""
    i = len(toks) - 1
    steps = 0
    start = None
    while i >= 0 and steps < _MAX_DESC:
        w = toks[i][0]
        if w in (",", "—", "–", ":", ";"):
            break
        if _determiner_in_name(toks, i):
            i -= 1  # "the Save Our Swale group": "Our" is a word of the group's name, not the determiner
            steps += 1
            continue
        if w.casefold() in DETERMINERS or _possessive(w):
            start = i
            if i >= 2 and toks[i - 1][0].casefold() in {"for", "of", "at", "with", "from"} and _is_role(toks[i - 2][0]):
                i -= 1
                steps = 0
                continue
            if _possessive(w) and w[:1].isupper():  # "Brill Bank’s chief executive": the whole name
                start = _name_start(toks, i)
            break
        i -= 1
        steps += 1
    if start is None:
        last = _bare(toks[-1][0])
        if last in GROUPS or last.rstrip("s") in ROLE_PERSON and last.endswith("s"):
            first = _name_start(toks, len(toks) - 1)  # "Brill Bank analysts": the name they work for, with them
            return Phrase("description", toks[first][1], e, toks[first][1], e, head=last)
        return None
    words = toks[start:]
    heads = [w for w, _, _ in words if _is_role(w)]
    if not heads and len(words) == 2 and words[1][0][:1].isupper() and _bare(words[1][0]) in TITLES:
        # "The Fed said": a capitalised title word after a determiner names a body (the mention under it decides)
        return Phrase("description", words[0][1], e, words[0][1], e, head=_bare(words[1][0]),
                      definite=words[0][0].casefold() == "the")
    if not heads:
        return None
    head = _head_noun(words)
    definite = words[0][0].casefold() in {"the", "its", "their", "his", "her", "this"}
    possessive = _possessive(words[0][0])
    return Phrase("description", words[0][1], e, words[0][1], e, head=head, definite=definite and not possessive)


#: determiners that bring in someone not named before ("Another child responded", "a member of the family
#: suggested"): the description cannot take up a name
_INDEFINITE = {"a", "an", "another", "one", "some"}
#: words that open a clause or join phrases: a subject phrase holding one is no plain description
_CLAUSE_WORDS = {"who", "whom", "whose", "that", "which", "and", "or", "but", "as", "to", "for", "with", "by", "on",
                 "about", "than", "if", "when", "while", "where"}
_SINGULAR = {"a", "an", "another", "one"}
#: past forms of verbs of saying that do not end in -ed
_PAST = {"said", "told", "wrote", "spoke", "thought", "felt", "read", "heard", "saw", "put", "made", "gave", "shot",
         "began", "went", "took", "sent", "left", "swore", "rang", "sang", "cried", "replied", "tweeted"}
#: the word right after a phrase (the verb it is the subject of)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_NOT_PEOPLE = {"lot", "bit", "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
               "while", "way", "ways", "number", "few", "couple", "series", "statement", "report"}


def _unnamed_description(words: list[Token], e: int, verb: str = "") -> Phrase | None:
    """A subject description whose head noun is no known role, of someone the text does not name: an indefinite
    one ("Another child", "a member of the family") or a plural with "the" ("the progressive heavyweights");
    neither takes up one named person. None for anything else (a definite singular may take up a name: "the
    mogul"). ``verb``, the word after the phrase, must agree with it as a verb: after a singular subject a base
    form is no verb but the noun the words qualify ("sounded a positive note about X": no subject "a positive")."""
    det = words[0][0].casefold()
    aux = next((k for k, (w, _, _) in enumerate(words) if w in _AUXILIARIES | {"be", "been"}), len(words))
    if aux == len(words) and verb and det in _SINGULAR and not (verb.endswith(("s", "ed")) or verb in _PAST):
        return None
    if any(w.casefold() in _CLAUSE_WORDS for w, _, _ in words[1:]):
        return None  # "an oncologist who advised …", "a piece that noted": the verb is a relative clause's
    if aux < len(words):  # "a reporter can be heard asking": the subject ends before its auxiliary
        if det not in _INDEFINITE:
            return None
        words = words[:aux]
        e = words[-1][2] if words else e
        if any(_is_role(w) for w, _, _ in words[1:]):
            return Phrase("description", words[0][1], e, words[0][1], e, head=_head_noun(words),
                          definite=det == "the")
    rest = words[1:]
    if not rest or len(words) > 5 or not all(w.isalpha() or (w.replace("-", "").isalpha() and "-" in w)
                                             for w, _, _ in rest):
        return None
    cut = next((k for k, (w, _, _) in enumerate(rest) if w in ("of", "from", "in", "at")), len(rest))
    if cut == len(rest) - 1:
        return None  # "one of the authors of": a phrase ending in a preposition is no subject
    core = rest[:cut]
    if not core or not all(w.islower() for w, _, _ in rest) or core[-1][0] in _NOT_PEOPLE \
            or core[-1][0] in TIME_WORDS or core[-1][0] in DETERMINERS:
        return None
    head = core[-1][0]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3
    if head.endswith("ly") or (det == "some" and not plural):
        return None  # "a uniformly", "some phone calls": an adverb, or a noun the verb-like word heads
    if det == "the" and plural and verb.endswith("s") and not verb.endswith("ss"):
        return None  # a plural subject takes no verb in -s: "the authors messages" is no clause
    if det in _INDEFINITE or (det == "the" and plural):
        return Phrase("description", words[0][1], e, words[0][1], e, head=head, definite=det == "the")
    return None


def _state_body_words(toks: list[Token]) -> bool:
    """Whether the words after "the" are a capitalised word and at most two lower-case ones before a body of a
    state ("the Finnish labour ministry", "the Ohio water regulator"): a description, not the name "Finnish"."""
    for k in range(1, min(4, len(toks))):
        w = toks[k][0]
        if not (w.isalpha() and w.islower()):
            return False
        if _bare(w) in STATE_BODIES:
            return True
    return False


def titles_only(text: str, lo: int, hi: int) -> bool:
    """Whether every word of ``text[lo:hi]`` is capitalised, a title or role word, or a name connector ("Former
    secretary of state", "Pollsters agree -" is not)."""
    return all(w[:1].isupper() or _is_title(w) or w.casefold() in CONNECTORS for w, _, _ in tokens(text, lo, hi))


_AGE = re.compile(r"\d+-year-old")
#: a described person given a name right after ("the base chief known as Bob", "a lawyer named Jane Roe")
_KNOWN_AS = re.compile(r"(?:known\s+as|named|called)\s+(?=[A-Z])")


def _role_of(toks: list[Token], i: int) -> bool:
    """Whether "of" at ``toks[i]`` joins the lower-case words of one role before a name ("master of ceremonies
    Jane Roe", "chief of staff Jane Roe"): after a role word, before a lower-case word, then a capital."""
    return toks[i][0] == "of" and i > 0 and i + 2 < len(toks) and toks[i + 1][0].isalpha() \
        and toks[i + 1][0].islower() and toks[i + 1][0] not in DETERMINERS and toks[i + 2][0][:1].isupper()


def _ends_sentence(word: str) -> bool:
    """Whether a word ending with a full stop ends its sentence: not an initial, a title or an abbreviation."""
    bare = word.rstrip(".")
    return word.endswith(".") and len(bare) > 1 and "." not in bare and not _is_title(word) \
        and bare.casefold() not in ABBREVIATIONS


def _placed_adjective(toks: list[Token], end: int) -> bool:
    """Whether the capitalised words up to ``end`` are an adjective of place before a role noun ("the
    London-based company", "the Paris-listed group"): their last word joins a lower-case word with a hyphen, and a
    role noun comes next; they name no one, the description does."""
    k = next((i for i, t in enumerate(toks) if t[2] >= end), len(toks) - 1)
    return bool(_HYPHEN_LOWER.search(toks[k][0])) and k + 1 < len(toks) and _is_role(toks[k + 1][0])


_MID_SENTENCE = re.compile(r"[a-z0-9,][ \t]+\Z")


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` stands inside a sentence, after a lower-case word, a number or a comma on
    the same line ("said Donnelly"): no adverb is capitalised there ("Domestically, …" opens its sentence)."""
    return bool(_MID_SENTENCE.search(text, max(0, pos - 40), pos))


#: a lower-case noun then a name of two or three capitalised words closing the phrase ("… teacher Jane Roe,")
_NOUN_THEN_NAME = re.compile(r"[ \t]+(?P<noun>[a-z][a-z-]{2,})[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})"
                             r"(?=[ \t]*(?:[,.;:—–]|$))")
_NOT_A_NOUN = PREPOSITIONS | DETERMINERS | FINITE_VERBS | CONNECTORS | ADVERBS | TIME_WORDS | {"and", "or", "but", "nor"}


#: words opening a relative clause after a comma ("the spokesman, who joined Acme in 2019")
_RELATIVES = {"who", "whom", "whose", "which", "that", "where", "when", "while"}


def _appositive_name(text: str, toks: list[Token], n: int, hi: int) -> Phrase | None:
    """The name in apposition after the description of ``toks[:n]``: a comma, then a name ("…'s deputy campaign
    manager, Rich Beeson, who"), a title and a name ("…, Dr. Jane Roe") or up to three lower-case words of its
    occupation before the name, with or without an article ("…, actress Jamie Lee Curtis", "…, the actress Jamie
    Lee Curtis"); the name ends at a comma or the sentence's end."""
    rest = toks[n:n + 8]
    if len(rest) < 2 or rest[0][0] != ",":
        return None
    k = 2 if rest[1][0].casefold() in ("the", "a", "an") else 1
    lead = k
    while lead < min(k + 3, len(rest) - 1) and rest[lead][0].isalpha() and rest[lead][0].islower() \
            and _bare(rest[lead][0]) not in _NOT_A_NOUN | _RELATIVES and not rest[lead][0].endswith("ed"):
        lead += 1
    if (lead > 1 and lead == k) or not (_is_cap(rest[lead][0]) or (
            _is_title(rest[lead][0]) and lead + 1 < len(rest) and _is_cap(rest[lead + 1][0]))):
        return None  # (an article needs the occupation after it: "…, the Acme chief" is a description)
    named = head_phrase(text, rest[lead][1], hi)
    if named is not None and named.kind == "name" and (text[named.end:named.end + 1] in (",", ".", "")
                                                       or text[named.end - 1] == "."):
        return named
    return None


def head_phrase(text: str, lo: int, hi: int) -> Phrase | None:
    """The speaker phrase that starts ``text[lo:hi]`` (after an inverted verb: "said Sen. Ted Cruz, R-Texas")."""
    toks = tokens(text, lo, hi)
    while toks and (_bare(toks[0][0]) in ADVERBS or _bare(toks[0][0]) in TIME_WORDS
                    or (toks[0][0].casefold() in {"on", "last", "this"} and len(toks) > 1
                        and _bare(toks[1][0]) in TIME_WORDS)):
        toks = toks[1:]
    if not toks:
        return None
    w, s, e = toks[0]
    if _pronoun(w):
        return Phrase("pronoun", s, e, s, e, head=_pronoun(w))
    lead = 0
    while lead < min(5, len(toks) - 1) and (toks[lead][0].isalpha() or _AGE.fullmatch(toks[lead][0])) \
            and toks[lead][0].islower() and toks[lead][0] not in DETERMINERS \
            and (_bare(toks[lead][0]) not in PREPOSITIONS or _role_of(toks, lead)) \
            and not _is_title(toks[lead][0]) and toks[lead][0] not in FINITE_VERBS:
        lead += 1  # "said undecided Republican voter X", "according to conservative talk radio host X", "said
        # master of ceremonies X"
    if lead and (_is_cap(toks[lead][0]) or (_is_title(toks[lead][0]) and lead + 1 < len(toks)
                                            and _is_cap(toks[lead + 1][0]))):
        toks = toks[lead:]
        w, _, e = toks[0]  # the phrase still starts at the first adjective
    if _is_cap(w) or (_is_title(w) and len(toks) > 1 and (
            toks[1][0][:1].isupper() or _is_title(toks[1][0]))):
        run = [toks[0]]
        for i in range(1, len(toks)):
            t = toks[i][0]
            if _ends_sentence(toks[i - 1][0]):
                break  # "said Dr. Jane Roe.\n\nAcme analyst …": the name ends with its sentence
            if (t[:1].isupper() and not not_speaker(t)) or _is_title(t) or (
                    t.casefold() in CONNECTORS and i + 1 < len(toks) and toks[i + 1][0][:1].isupper()) \
                    or _joins_run(toks, i) or _kind_before_name(toks, i):
                run.append(toks[i])
                continue
            break
        name = _name_part(run)
        if not name and _possessive(run[-1][0]) and run[-1][0].endswith(("'s", "’s")) and len(toks) > len(run) + 1 \
                and _PAST_PREDICATE.fullmatch(toks[len(run)][0]) and toks[len(run)][0] not in ("told", "wrote") \
                and (toks[len(run) + 1][0].casefold() in DETERMINERS or _capital(toks[len(run) + 1][0])):
            # "Moody's cut Norland's rating …, saying": a possessive before a past verb and its object is the name's
            # own "'s"
            bare = _name_part([*run[:-1], (run[-1][0][:-2], run[-1][1], run[-1][2] - 2)])
            if bare:
                return Phrase("name", s, run[-1][2] - 2, bare[0][1], bare[-1][2])
        after = _NOUN_THEN_NAME.match(text, run[-1][2], hi) if len(run) <= 3 else None
        if name and after is not None and _bare(after.group("noun")) not in _NOT_A_NOUN \
                and not after.group("noun").endswith("ed"):  # (a past verb is no occupation: "X misjudged Y")
            # "said Ballyvane teacher Jane Roe, whose family …": a place or employer, the person's occupation in
            # lower case, then the person's own name, who speaks
            return Phrase("name", s, after.end("name"), after.start("name"), after.end("name"))
        if len(run) == 1 and w.endswith("ly") and len(w) > 6 and not _mid_sentence(text, s):
            return None  # "Domestically, …" (but "said Donnelly, 58": a capital inside a sentence is a name's)
        if len(run) == 1 and len(toks) > 1 and w.endswith(("ing", "ed")) and (
                toks[1][0].casefold() in DETERMINERS | PREPOSITIONS | _OBJECTS):
            return None  # "Reprising one of her lines", "Reached by phone": a participle, not a name
        if name:
            return Phrase("name", s, run[-1][2], name[0][1], name[-1][2])
        verb = next((k for k in range(1, len(run)) if run[k][0].islower() and run[k][0].endswith("ed")), 0)
        subject = _name_part(run[:verb]) if verb and not any(_is_title(w) for w, _, _ in run[:verb]) else []
        if subject:
            # "Acme named finance chief Jane Roe interim chief executive and said …": a past verb taken into the run
            # as an adjective of the titles after it ends the subject; the run holds no name after its last title
            return Phrase("name", s, run[verb - 1][2], subject[0][1], subject[-1][2])
        if not any(_possessive(w) for w, _, _ in run):
            return None
        # "said Clinton’s top foreign policy aide Jake Sullivan": a possessive opens a description
    if w.casefold() == "the" and len(toks) > 1 and _is_cap(toks[1][0]) and not _is_title(toks[1][0]) \
            and not _state_body_words(toks[1:]):
        ph = head_phrase(text, toks[1][1], hi)  # "according to the Financial Times", "said the White House"
        if ph is not None and ph.kind == "name" and not _placed_adjective(toks[1:], ph.end):
            return Phrase("name", s, ph.end, ph.name_start, ph.name_end)
    if w.casefold() in DETERMINERS or _possessive(w):
        words = [toks[0]]
        for k, t in enumerate(toks[1:_MAX_DESC + 3], 1):
            if k > 1 and t[0].casefold() in _TIME_OPENERS and k + 1 < len(toks) and _bare(toks[k + 1][0]) in TIME_WORDS:
                break  # "by the company last night that …": a time, not part of the description
            if t[0] in (",", "—", "–", ":", ";", *_AUXILIARIES) or (
                    t[0].casefold() in PREPOSITIONS - {"for", "of", "at"}
                    and not (t[0] == "to" and _bare(words[-1][0]) in SPEAKS_FOR)):
                break  # (but "a longtime adviser to X": the name an adviser speaks for)
            if k > 1 and _PAST_PREDICATE.fullmatch(t[0]) and any(_is_role(x) for x, _, _ in words[1:]) \
                    and k + 1 < len(toks) and (toks[k + 1][0].casefold() in DETERMINERS or (
                        w.casefold() == "the" and toks[k + 1][0] in _PARTICLES and k + 2 < len(toks)
                        and toks[k + 2][0].casefold() in DETERMINERS)):
                break  # "The bank raised its target for Acme and said …": a past verb and its object end the subject
                # (also with its particle after "the": "the company put out a statement saying …"; a possessive's
                # "His aide sent out an email saying" is left as it was, the aide's document no one's)
            words.append(t)
            if t[0].endswith(".") and t[0].rstrip(".").casefold() not in ABBREVIATIONS:
                break  # "… from the board." ends the sentence
        heads = [x for x, _, _ in words if _is_role(x)]
        if not heads:
            # "said Clinton's introducer, actress Jamie Lee Curtis": a possessive and a noun of no known role, then
            # the person's name in apposition
            return _appositive_name(text, toks, len(words), hi) if _possessive(w) and len(words) <= 4 else None
        known = _KNOWN_AS.match(text, words[-1][1])
        if known and words[-1][0].casefold() in ("known", "named", "called"):
            named = head_phrase(text, known.end(), hi)  # "said the base chief known as Bob": Bob
            if named is not None and named.kind == "name":
                return named
        definite = w.casefold() in {"the", "its", "their", "his", "her", "this"}
        full = _full_name_after_role(words)
        after = next((words[k + 1][0] for k, t in enumerate(words[:-1]) if full is not None and t is full[-1]), "")
        if after in ("of", "at"):
            # "said a researcher Jane Roe of Acme Securities": the full name after the role, not the run of
            # capitalised words up to the employer (whose name would stand for the person)
            return Phrase("name", s, full[-1][2], full[0][1], full[-1][2])
        # a name right after the description: "said the senator, Ted Cruz" is rare; "said campaign manager X" is a run
        caps = [t for t in words[1:] if t[0][:1].isupper() and not _is_title(t[0])]
        if caps and len(caps) >= 1 and caps[-1] is words[-1] and not _is_role(caps[-1][0]):
            name_toks = [t for t in words if t[0][:1].isupper() and not _is_title(t[0]) and t[1] > max(
                x[1] for x in words if _is_title(x[0]) or _is_role(x[0]))] if heads else []
            if name_toks:
                return Phrase("name", s, words[-1][2], name_toks[0][1], name_toks[-1][2])
        full = _full_name_after_role(words)
        if full is not None:
            # "said the works council chief Jane Roe opposite our newspaper": a full name right after the role
            # words names the speaker, whatever the lower-case words after it add (where, to whom)
            return Phrase("name", s, full[-1][2], full[0][1], full[-1][2])
        named = _appositive_name(text, toks, len(words), hi)
        if named is not None:
            # "said Rubio’s deputy campaign manager, Rich Beeson, who", "said its medical chief, Dr. Jane Roe",
            # "said Clinton's friend, the actress Jamie Lee Curtis"
            return named
        return Phrase("description", s, words[-1][2], s, words[-1][2], head=_head_noun(words), definite=definite)
    if _is_role(w):
        return tail_phrase(text, s, e)
    return None


def _full_name_after_role(words: list[Token]) -> list[Token] | None:
    """The two or three capitalised words right after a role or title word of a description, followed by a
    lower-case word ("the works council chief Jane Roe opposite our newspaper"), or None."""
    for i in range(1, len(words) - 3):
        if not (_is_title(words[i][0]) or _is_role(words[i][0])):
            continue
        run = []
        for t in words[i + 1:i + 4]:
            if not (t[0][:1].isupper() and t[0][1:2].islower() and not _is_title(t[0]) and not not_speaker(t[0])):
                break
            run.append(t)
        rest = words[i + 1 + len(run):]
        if 2 <= len(run) <= 3 and rest and rest[0][0][:1].islower() and not run[-1][0].endswith((".", "'s", "’s")):
            return run
    return None


#: a time phrase after the comma that closes an apposition or relative clause, before the verb ("X, who …, on
#: Friday said", "X, a lawyer, late on Tuesday wrote")
_TIME_TAIL = re.compile(r",\s+(?:(?:late|early|earlier|later)\s+)?(?:(?:on|this|last|that|in\s+the)\s+)?(?:"
                        + "|".join(sorted(TIME_WORDS, key=len, reverse=True))
                        + r")(?:\s+(?:morning|afternoon|evening|night))?\s*$", re.I)
#: a predicate that puts a verb of saying in the infinitive after its subject ("X has been careful to say", "X
#: was quick to add", "X went on to say"): the subject is the one before it, as before a finite verb
_INFINITIVE_PREDICATE = re.compile(
    r"\s+(?:(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:(?:always|also|again|now|then)\s+)?"
    r"(?:careful|quick|keen|eager|anxious|at\s+pains|happy|the\s+first)|(?:went|goes|go|has\s+gone|had\s+gone)\s+on|"
    r"hastened|rushed|took\s+care|takes\s+care)\s+to\s*\Z")
_INFINITIVE_REACH = 40  # characters before the verb that hold such a predicate
#: a refusal to speak that excepts the words after it ("X declined to comment on the search, other than to say",
#: "X would not elaborate except to say"): the one who declined says them, not a noun of what was not discussed
_DECLINED_EXCEPT = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:declined|refused|declines|refuses|would\s+not|did\s+not|wouldn['’]t|didn['’]t)"
    r"\s+(?:to\s+)?(?:comment|elaborate|discuss|say\s+more|give\s+details|be\s+drawn)\b[^.;:“”\"]{0,120}?"
    r",?\s+(?:other\s+than|except|beyond|save)\s+to\s*\Z")
_DECLINED_REACH = 200
#: who got hold of a document, after the document's noun phrase and before its verb ("A letter from X obtained by
#: The Daily Y warns that …", "A memo, seen by Z, said …"): the one who obtained it only relays the document, it
#: is no subject (the document's author, or no one, is)
_OBTAINED_TAIL = re.compile(r"(?P<noun>[\w-]+)(?:\s+(?:from|by|of)\s+[^,;:“”\"]{1,60}?)?(?P<by>,?\s+"
                            r"(?:(?:first|exclusively|also)\s+)?(?:obtained|seen|reviewed|viewed|acquired)\s+by\s+"
                            r"[^,;:“”\"]{1,60}?,?)\s*$")
#: a restrictive relative clause after a subject's head noun, up to the verb ("Analysts who cover Acme said", "the
#: groups that wrote to her on Thursday say")
_RELATIVE = re.compile(r"\s+(?:who|that)\s+")
#: a subordinate clause or a pronoun subject inside a relative clause: the verb after it is that clause's
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|after|as|while|because|before|since|until|if|and|but|he|she|they|it|we|I)\b")
#: where or how something was said, between a subject and its verb ("in a statement", "on social media", "in his
#: speech")
_PLACE_TAIL = re.compile(r"\s+(?:in|on|at|during|via|through)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
                         r"(?:(?!(?:he|she|they|it|we|i|who|which|that)\s)[\w’'-]+\s+){0,3}"
                         r"(?!(?:he|she|they|it|we|i|who|which|that)\s*$)[\w’'-]+\s*$", re.I)
#: what may stand before a clause's subject: nothing, or a subordinating word or connective ("… when X in his
#: speech called")
_CLAUSE_OPENING = re.compile(r"(?:.*?\b(?:when|after|as|while|because|before|since|until|and|but|that|so|then)\s+|"
                             r"\s*)", re.S)
_APPOSED_THE = re.compile(r"\s*the\s+")
#: a description of one of a group opening the subject ("One of the buyers, …", "Another of its lenders, …")
_ONE_OF = re.compile(r"\s*(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the|its|their|his|her)\s+")
#: the words that tell what the name in an apposition is before it ("Dutch grinder", "pension fund", "the
#: Oslo-based lender"): up to four words, none a verb's ending in -ed
_APPOSED_KIND = re.compile(r"\s*(?:the\s+)?(?:[\w&-]+(?<!ed)\s+){1,4}")
_APPOSED_ACRONYM = re.compile(r"\s*the\s+[^,()]+\(")
_APPOSED_ACRONYM_END = re.compile(r",\s+the\s+(([^,()]*[^\s,()])\s*)\(([A-Z][A-Z&.-]*[A-Z])\),?$")


#: a finite verb: the words before a noun make a clause of their own, not a subject phrase
_FINITE_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|"
                            r"did|do)\b")


def _apposed_name(text: str, parts: list[str], k: int, at: int) -> bool:
    """Whether comma part ``k`` (starting at offset ``at``) is a description and part ``k + 1`` a bare name in
    apposition to it ("…, the spokesman, Jane Roe, said")."""
    desc = tail_phrase(text, at, at + len(parts[k]))
    if desc is None or desc.kind != "description" or text[at:desc.start].strip():
        return False
    at += len(parts[k]) + 1
    named = tail_phrase(text, at, at + len(parts[k + 1]))
    return named is not None and named.kind == "name" and named.start - at <= 2 \
        and not text[named.end:at + len(parts[k + 1])].strip()


#: an adverb in -ly between a subject's closing comma and its verb; and words in -ly that are nouns or adjectives
_LY_ADVERB = re.compile(r"[a-z]{3,}ly")
_LY_NOUNS = {"ally", "family", "rally", "assembly", "supply", "reply", "bully", "monopoly", "anomaly", "homily",
             "folly", "belly", "jelly", "lily", "early", "only", "likely", "friendly", "costly", "elderly", "holy"}


#: a description opened by its place of business: "The Dunmere, Ohio, maker of gears", "the Dunmere, Ohio-based
#: company" (the place and its state say where the company is; the description's noun is the speaker)
_PLACED_DESCRIPTION = re.compile(r"\b([Tt]he)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[A-Z][\w.'’]*"
                                 r"(?:\s+[A-Z][\w.'’]*){0,2}(?:,\s+|\.?-based\s+)(?=[a-z])")


def _placed_description(text: str, lo: int, hi: int) -> Phrase | None:
    """The description a place of business opens, ending the subject ``text[lo:hi]`` ("The Dunmere, Ohio, maker
    of gears also"): the whole description, headed by its role noun; None when no such description ends it."""
    m = None
    for m in _PLACED_DESCRIPTION.finditer(text, lo, hi):
        pass
    if m is None:
        return None
    words = _strip_trailing(tokens(text, m.end(), hi))
    cut = next((k for k, w in enumerate(words) if w[0] in ("of", "for")), len(words))
    if not words or cut > 4 or len(words) > 2 * _MAX_DESC or any(not w[0].islower() for w in words[:cut]):
        return None  # the complement after "of" may hold names ("maker of Western boots")
    head = _head_noun(words[:cut])
    if not head or head not in ROLE_ORG:
        return None  # "the Dunmere, Ohio, plant": no organisation speaks
    return Phrase("description", m.start(1), words[-1][2], m.start(1), words[-1][2], head=head, definite=True)


#: a present participle opening a clause, then a lower-case word: "Commenting on", "Responding to", "Reacting to"
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")


def _opening_participle(first: list[Token]) -> bool:
    """Whether the first words of a clause are a capitalised present participle and a lower-case word after it
    ("Commenting on the Merger, …", "Addressing reporters in Oslo, …"): an introductory phrase, whose last name
    is the participle's object, not the subject (a surname in -ing stands alone or before a capital: "Manning,
    …", "Ewing Marion")."""
    return len(first) == 2 and _PARTICIPLE.fullmatch(first[0][0]) is not None and first[1][0][:1].islower()


#: a team's leader in apposition ("…, led by Jane Roe,"), after a part naming a group of people ("Analysts at Acme",
#: "Acme's strategists", "a team at Acme")
_LED_BY = re.compile(r"\s*(?:led|headed)\s+by\s+")
_GROUP_PART = re.compile(r"\b(?:analysts|economists|strategists|researchers|experts|team|group)\b", re.I)


#: an alias in quotation marks closing an apposition: "the hacker known as “Zed,”", "nicknamed “the Hawk,”"
_ALIAS_TAIL = re.compile(r"\b(?:known\s+as|nicknamed|dubbed|a\.?k\.?a\.?|aka|alias|called)\s+[\"“][^\"“”]{1,40},[\"”]$")


#: the last comma part before a speech verb that names unnamed sources ("…, two people familiar with the matter
#: said", "…, a person briefed on the plans told Reuters"): lower-case words opening on a count or an article
_UNNAMED_LAST_PART = re.compile(r"\s*(?:two|three|four|five|several|some|many|a|an|one|people|sources|officials)\s"
                                r"[a-z0-9\s'’-]*")


#: an unnamed source described by what it knows, opening the clause before the verb ("a source familiar with the
#: FDIC's internal investigation said", "two people briefed on Acme's audit told Reuters"): the source is the subject,
#: not the body or the document it knows of
_KNOWING_SOURCE = re.compile(r"\s*(?P<desc>(?:(?:a|an|one|two|three|four|five|several|some|many|other|another|"
                             r"the)\s+)?(?:[a-z-]+\s+){0,2}?"
                             r"(?:source|sources|person|people|official|officials|insider|insiders))"
                             r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|"
                             r"with\s+(?:direct\s+)?knowledge\s+of|privy\s+to)\s", re.I)


def _last_clause_start(lo: int, chunk: str) -> int | None:
    """Where the clause after the last comma of ``chunk`` (the text at ``lo``) starts; None when ``chunk`` ends on
    the comma."""
    return None if chunk.endswith(",") else lo + chunk.rfind(",") + 1


def _knowing_source(text: str, lo: int, chunk: str) -> Phrase | None:
    """The unnamed source of :data:`_KNOWING_SOURCE` opening the clause after the last comma, as a description."""
    start = _last_clause_start(lo, chunk)
    m = _KNOWING_SOURCE.match(text, start, lo + len(chunk)) if start is not None else None
    if m is None:
        return None
    ph = tail_phrase(text, start, m.end("desc"))
    return ph if ph is not None and ph.kind == "description" else None


def _relative_subject(text: str, lo: int, hi: int, chunk: str) -> Phrase | None:
    """A description of people or of a body whose restrictive relative clause runs up to the verb: the description
    is the subject, not a name inside the clause ("Analysts who cover Acme said": analysts, not Acme; "While X has
    condemned it, the groups who wrote to her on Thursday say": the groups, not X). Only in the clause after the
    last comma, and only when the description is all of the words before "who"/"that"."""
    start = _last_clause_start(lo, chunk)
    rel = _RELATIVE.search(text, start, lo + len(chunk)) if start is not None else None
    if rel is None:
        return None
    ph = tail_phrase(text, start, rel.start())
    if ph is None or ph.kind != "description" or not ph.head or text[start:ph.start].strip():
        return None
    if _CLAUSE_SUBJECT.search(text, rel.end(), lo + len(chunk)):
        return None  # "…, the congressman who gained attention when he yelled": the verb has a subject of its own
    before = tail_phrase(text, lo, start - 1) if start > lo else None
    if before is not None and before.kind == "name" and before.end == lo + len(text[lo:start - 1].rstrip()):
        return None  # "Jane Roe, the reporter who …": a description in apposition to a name (read below)
    head = ph.head
    if not (head in ROLE_PERSON or head in GROUPS or head in ROLE_ORG or head.removesuffix("s") in ROLE_ORG
            or plural_role(head)):
        return None
    return ph


def subject_phrase(text: str, lo: int, hi: int) -> Phrase | None:
    """The subject phrase of a speech verb at ``hi``, skipping an apposition ("X, 22, of Flint, said") or a
    parenthesis ("Sen. X (D-N.Y.) said"); a description followed by a name in apposition gives the name ("his
    wife, Jane Doe, wrote")."""
    dateline = _DATELINE.match(text, lo, hi) or _CAPS_DATELINE.match(text, lo, hi) or _STAMP.match(text, lo, hi)
    if dateline is not None:
        # "SYDNEY, May 2 (Agency) - Acme, the lender that …, said": the place of the dateline is no subject (nor a
        # live blog's time stamp: "14:02 ET Quick note from …")
        lo = dateline.end()
    infinitive = _INFINITIVE_PREDICATE.search(text, max(lo, hi - _INFINITIVE_REACH), hi)
    if infinitive is not None and infinitive.start() > lo:  # "X has been careful to say": X
        hi = infinitive.start()
    declined = _DECLINED_EXCEPT.search(text, max(lo, hi - _DECLINED_REACH), hi) \
        if infinitive is None and text[max(lo, hi - 4):hi].rstrip().endswith(" to") else None
    if declined is not None and declined.start() > lo:  # "X declined to comment on Y, other than to say": X
        hi = declined.start()
    chunk = text[lo:hi].rstrip()
    obtained = _OBTAINED_TAIL.search(chunk) if " by " in chunk else None
    if obtained is not None and _bare(obtained.group("noun")) in DOCUMENTS:
        # "A letter from X obtained by Y warns": the document (and its author) before "obtained by", not Y
        hi = lo + obtained.start("by")
        chunk = text[lo:hi].rstrip()
    described = _knowing_source(text, lo, chunk) or _relative_subject(text, lo, hi, chunk)
    if described is not None:
        return described
    place = _PLACE_TAIL.search(chunk)
    if place and place.start() > 0 and not chunk[:place.start()].rstrip().endswith(","):
        # "X in a statement called", "X on social media wrote", "X in his speech called": the name before the setting
        named = tail_phrase(text, lo, lo + place.start())
        if named is not None and named.kind == "name" and named.end == lo + place.start() \
                and _CLAUSE_OPENING.fullmatch(text, lo, named.start):
            return named
    acronym = _APPOSED_ACRONYM_END.search(chunk)
    if acronym:  # "Norland's regulator, the Office des quists (OQ), said": the name's acronym, not the description
        before = tail_phrase(text, lo, lo + acronym.start())
        named = tail_phrase(text, lo + acronym.start(3), lo + acronym.end(3))
        if before is not None and before.kind == "description" and named is not None and named.kind == "name":
            a, b = lo + acronym.start(2), lo + acronym.end(2)
            return Phrase("name", a, b, a, b)  # the long form the acronym stands for
    timed = _TIME_TAIL.search(chunk)
    if timed and timed.start() > 0:  # "X, who …, on Friday described …": the clause closes before the time
        hi = lo + timed.start() + 1
        chunk = text[lo:hi]
    if chunk.endswith("),") and "(" in chunk and not _named_then_bracketed(text, lo, chunk):
        chunk = chunk[:-1].rstrip()  # "Gov. John Kasich (R-OH), said"
    if chunk.endswith(")") and "(" in chunk:
        hi = lo + chunk.rindex("(")
        chunk = text[lo:hi].rstrip()
    if chunk.endswith((',"', ",”")) and "," in chunk[:-2] and not _ALIAS_TAIL.search(chunk):
        # "X, the host of the show “Night Desk,” said": the comma inside the closing mark closes the apposition,
        # whose last words (a title in quotation marks) are no subject; an alias is ("the hacker known as “Zed,”")
        hi = lo + len(chunk) - 1
        chunk = text[lo:hi]
    toks = tokens(text, lo, hi)
    j = len(toks)
    while j > 1 and toks[j - 1][0].islower() and (_bare(toks[j - 1][0]) in ADVERBS or _LY_ADVERB.fullmatch(
            _bare(toks[j - 1][0])) and _bare(toks[j - 1][0]) not in _LY_NOUNS):
        j -= 1  # (any -ly adverb after an apposition: "X, a Y ally, effectively conceded")
    if j < len(toks) and toks[j - 1][0] == ",":  # "The company, which …, has said": the clause closes before "has"
        hi = toks[j - 1][2]
        chunk = text[lo:hi].rstrip()
    placed = _placed_description(text, lo, hi)
    if placed is not None:
        return placed
    if not chunk.endswith(","):
        ph = tail_phrase(text, lo, hi)
        if ph is not None or "," not in chunk:
            return ph
        if _UNNAMED_LAST_PART.fullmatch(chunk, chunk.rindex(",") + 1):
            # "Acme has hired law firm Roe & Hale, two people familiar with the matter said": the unnamed sources
            # after the last comma are the subject, not the object closing the clause before them
            return None
    cut = lo
    parts = chunk.split(",")
    for k, part in enumerate(parts):
        end = cut + len(part)
        first = tokens(text, cut, end)[:2]
        if k == 0 and _opening_participle(first):
            cut = end + 1
            continue  # "Commenting on the Merger, Jane Roe, chair of Acme, said": the phrase's object is no subject
        if first and _bare(first[0][0]) in INTRO_WORDS:
            if (_bare(first[0][0]) in _CONNECTIVES or first[0][0] in ("As", "as")) and len(first) > 1:
                # "But Jane Roe, at a firm called X, argues"; "As Jane Roe, X's chief executive, put it: …" (the name
                # the comparison opens with, not the owner in the apposition after it; also after the quotation:
                # "“…,” as Jane Roe, who runs X, put it")
                named = head_phrase(text, first[1][1], end)
                if named is not None and named.kind == "name" and not text[named.end:end].strip():
                    return named
            cut = end + 1
            continue  # "Of Carson, Levine, who …, said": not the introductory phrase
        own = text[cut:end].rstrip()
        # "Rep. Jane Roe (Ore.), an ally of Smith, said": the bracket after the name (a party, a state) is no
        # part of it, and the name it closes is the subject, not the name ending the apposition
        ph = tail_phrase(text, cut, cut + own.rindex("(")) if own.endswith(")") and "(" in own \
            else tail_phrase(text, cut, end)
        led = _LED_BY.match(parts[k + 1]) if k + 1 < len(parts) and _GROUP_PART.search(part) else None
        if led is not None:
            # "Analysts at Acme, led by Jane Roe, wrote": the one leading the team speaks for it, as without the
            # commas ("Analysts at Acme led by Jane Roe wrote")
            named = tail_phrase(text, end + 1 + led.end(), end + 1 + len(parts[k + 1]))
            if named is not None and named.kind == "name" and named.start == end + 1 + led.end():
                return named
        if ph is not None and ph.kind == "description" and k + 2 < len(parts) \
                and _FINITE_CLAUSE.search(text, cut, ph.start) and _apposed_name(text, parts, k + 1, end + 1):
            # "X will publish the report, the spokesman, Jane Roe, said": a reported clause ends with a noun,
            # the attribution after it is a description and the name in apposition to it
            cut = end + 1
            continue
        if ph is not None and ph.kind == "name" and k + 2 <= len(parts) and not "".join(parts[k + 2:]).strip() \
                and _office_of(text, cut, ph.name_start):
            # "Norland's Minister for Trade and Industry, Jane Roe, said": the holder of the office in apposition,
            # not the last capitalised words of the office's name
            named = tail_phrase(text, end + 1, end + 1 + len(parts[k + 1]))
            if named is not None and named.kind == "name" and named.start - (end + 1) <= 2 \
                    and not text[named.end:end + 1 + len(parts[k + 1])].strip():
                return named
        if ph is not None and (ph.kind != "description" or ph.head):
            if ph.kind == "description" and k + 1 < len(parts):
                named = tail_phrase(text, end + 1, end + 1 + len(parts[k + 1]))
                gap = text[end + 1:named.start] if named is not None else ""
                if named is not None and named.kind == "name" and (
                        named.start - (end + 1) <= 2 or _APPOSED_THE.fullmatch(gap)
                        or (_APPOSED_ACRONYM.fullmatch(gap) and parts[k + 1].rstrip().endswith(")"))
                        or (_ONE_OF.match(text, cut) and _APPOSED_KIND.fullmatch(gap)
                            and not text[named.end:end + 1 + len(parts[k + 1])].strip())):
                    # "Norland's regulator, the Quist Authority (QA), said": the name (or its acronym); "One of
                    # the buyers, Dutch grinder Acme Cocoa, said": the one of them the apposition names
                    return named
            return ph
        cut = end + 1
    return None


def _named_then_bracketed(text: str, lo: int, chunk: str) -> bool:
    """Whether ``chunk`` (``text[lo:]``, ending in "),") is a name, a comma and an apposition closed by a bracket:
    "Jane Roe, president of the Drivers' Union (DU)," (the name is the subject, not the union the bracket ends)."""
    comma = chunk.find(",")
    if comma < 0 or comma >= chunk.rindex("("):
        return False
    ph = tail_phrase(text, lo, lo + comma)
    return ph is not None and ph.kind == "name" and not tokens(text, lo, ph.start)


#: a capitalised title then "for"/"of" and a capitalised word: the name of an office ("Minister for Trade",
#: "Secretary of State", "Governor of the Bank")
_OFFICE_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:for|of)\s+(?:the\s+)?[A-Z]")


def _office_of(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (the words before a name phrase) names an office: a title of a person's, in
    capitals, then "for"/"of" ("Minister for", "Secretary of")."""
    return any(m.group(1).casefold() in TITLES or m.group(1).casefold() in ROLE_PERSON
               for m in _OFFICE_OF.finditer(text, lo, hi + 1))


#: the rest of a possessive description after a name in it ("The Spanish| lender's British arm", "Acme|'s unit"):
#: the name is not the subject, the thing it owns is
_POSSESSED_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?['’]s[ \t]+[A-Za-z][\w-]*(?:[ \t]+[\w-]+){0,3}[ \t]*")


#: a preposition of direction right before a name (and its "the"): the name is the object of the clause before it ("has
#: written to the Acme Board", "turned to Acme", "appealed against Acme"), not the subject of an -ing verb of saying
#: after it (not "from"/"at": "a letter from Acme urging …", "with analysts at Acme saying …" are Acme's)
_GOVERNED_BEFORE = re.compile(r"\b(?:to|into|against|towards?)\s+(?:the\s+)?\Z")


def participle_subject(text: str, lo: int, hi: int, adjacent: bool = True, past_label: bool = False) -> Phrase | None:
    """The subject of an -ing speech verb at ``hi``: the name right before it ("with Trump saying …"; only with
    ``adjacent``), else the subject of the main clause ("Before the vote, X attacked Y, saying …": X), skipping
    introductory phrases and, with ``past_label``, a list item's label before a named subject ("Acme: Roe & Co
    cuts to “hold”, saying …": Roe & Co; a headline's "Roe: Acme needs to “…”" names its speaker in the label)."""
    toks = tokens(text, lo, hi)
    while toks and _bare(toks[-1][0]) in ADVERBS and toks[-1][0][:1].islower():
        toks = toks[:-1]  # "with Trump reportedly yelling"
    if adjacent and toks and toks[-1][0] not in (",", "—", "–") and toks[-1][0][:1].isupper():
        ph = tail_phrase(text, lo, toks[-1][2])
        # (not a name the verb's clause governs: "X has written to the Acme Board asking for …" is X asking)
        if ph is not None and ph.kind == "name" and not _GOVERNED_BEFORE.search(text, max(lo, ph.start - 12), ph.start):
            return ph
    dateline = _DATELINE.match(text, lo, hi) or _CAPS_DATELINE.match(text, lo, hi) or _STAMP.match(text, lo, hi) \
        or _entry_date(text, lo, hi)
    lo = dateline.end() if dateline else lo  # "WASHINGTON (AFP) - Clinton slammed …", "3:05pm - Acme's Jane Roe, …"
    # (a chronology's "Oct. 13 - Jane Roe bows and says …")
    item = _ITEM_LABEL.match(text, lo, hi) if past_label else None
    if item is not None and (ph := head_phrase(text, item.end(), hi)) is not None and ph.kind == "name":
        lo = item.end()  # "• Acme: Roe & Co cuts to “hold”, saying …": the clause after the label, not the label
    cut = lo
    for part in text[lo:hi].split(","):
        words = tokens(text, cut, cut + len(part))
        while len(words) > 1 and _bare(words[0][0]) in _CONNECTIVES:
            words = words[1:]  # "And then Trump went on the attack, saying …"
        fronted = _FRONTED_TIME.match(text, words[0][1], cut + len(part)) if words else None
        if fronted is not None and len(tokens(text, fronted.end(), cut + len(part))) > 1:
            words = tokens(text, fronted.end(), cut + len(part))  # "On Wednesday he offered …: “…”": he
        if words and (words[0][0] in ("who", "which", "whose", "whom")
                      or (words[0][0].islower() and words[0][0].endswith("ed") and len(words[0][0]) > 4)):
            words = []  # "X, who backs Y, trashed Z on …, calling": a relative clause or a predicate, no subject
        if words and _bare(words[0][0]) not in INTRO_WORDS:
            ph = head_phrase(text, words[0][1], cut + len(part))
            if ph is not None and ph.kind == "name" and ph.name_start == words[0][1] \
                    and ph.name_end == words[0][2] and plural_role(words[0][0]) and len(words) > 1 \
                    and words[1][0].islower() and words[1][0] not in PREPOSITIONS:
                # "Traders have taken to calling it …", "Critics were quick to brand it …": a plural role noun
                # capitalised only because it opens the clause describes the subject; it names no one (not
                # "Attorneys for Clinton": the phrase goes on)
                ph = tail_phrase(text, words[0][1], words[0][2])
            elif ph is not None and ph.kind == "name" and ph.name_end == words[0][2] and plural_role(words[0][0]) \
                    and len(words) > 2 and (words[1][0] in _PEOPLE_OF or words[1][0] == "for") \
                    and words[2][0][:1].isupper():
                # "Analysts at Acme Bank raised their rating …, saying …": the body the people work for, as the
                # subject of a finite verb of saying gives it ("Analysts at Acme Bank said …"); "Attorneys for X
                # opposed it, saying …": X, as "Attorneys for X said" gives
                ph = head_phrase(text, words[2][1], cut + len(part))
                ph = ph if ph is not None and ph.kind == "name" else None
            if ph is None and any(_is_title(w) for w, _, _ in words) and not any(
                    w.isupper() and len(w) > 3 for w, _, _ in words) and all(
                    w[:1].isupper() or _is_title(w) or w.casefold() in CONNECTORS or w == "and" for w, _, _ in words):
                ph = tail_phrase(text, words[0][1], cut + len(part))  # "Former judge and port commissioner X"
                ph = ph if ph is not None and ph.kind == "name" else None
            if ph is not None and (ph.kind == "description" or ph.kind == "name"
                                   and _POSSESSED_AFTER.fullmatch(text, ph.end, cut + len(part))):
                # "Acme's state director, Jane Roe, reached out, writing …": the name in apposition (also after a
                # name inside a possessive description: "The Spanish lender's British arm, Acme UK, said …")
                rest = text[cut + len(part) + 1:hi].split(",")
                named = head_phrase(text, cut + len(part) + 1, cut + len(part) + 1 + len(rest[0])) \
                    if len(rest) > 1 else None
                if named is not None and named.kind == "name" and not text[named.end:cut + len(part) + 1
                                                                          + len(rest[0])].strip():
                    return named
            if ph is None:
                ph = _owned_body(text, words[0][1], cut + len(part))
            if ph is not None:
                return ph
        cut += len(part) + 1
    return None


_OWNED = re.compile(r"[A-Z][^\s,’']*(?:\s+[A-Z][^\s,’']*)*['’]s\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)(?=[\s,])")


def _owned_body(text: str, lo: int, hi: int) -> Phrase | None:
    """A body that speaks for the organisation named in its possessive, as a main-clause subject: "Acme's board
    rejected the offer, saying …", "Acme's management …" (an organisation word, no person's role)."""
    m = _OWNED.match(text, lo, hi)
    if m is None or not (m.group(1) in ROLE_ORG and m.group(1) not in ROLE_PERSON):
        return None
    return tail_phrase(text, lo, m.end())
