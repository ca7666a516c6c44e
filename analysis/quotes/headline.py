"""Quotations in a headline and who said them.

The corpus layer reads an article's headline apart from its text, so the quotations of a headline are found here.
A headline often leads with the words of the one person the article is about, set off by a colon or a dash:
an interview's ("Q&A: 'We were not consulted' — Jane Roe on the order", "'The cut is about price': five
questions on the oil shock", "Interview: 'Duties buy time' — ACME's Jane Roe") or a profile's ("Acme, Roe:
«We are stronger than they think»"). The words are that person's when the headline names one person the article
names (by full name or surname) as their speaker: right before the quotation and a colon, or after it, a colon,
a dash or a verb of saying, and not as a topic ("CNN chief on Roe: '…'"), or right before a verb of saying or
promising right before it ("Acme chief Roe promises 'no fire sale'"); or by an organisation's head by role
opening the headline ("Acme chief: '…'") when the article's first paragraph opens on one person and names the
organisation and a head's role ("Jane Roe has had better weeks. … Acme's shares … and its chief executive …"); or,
with no one so named, when the article is an interview of one person (its
answers stand under that person's label or after the questions, :mod:`.interview`, or its turns are one guest's,
:func:`~analysis.corpus.transcript.quoted_turns`, the one a credit line names as asking left out: "Interview by
Jane Roe"). A word or two in marks ("the 'resilient' supply chain") is a
label, not a quotation; a quotation in a headline naming no one, over an article that is no interview, is left to
the article's own quotation of it.
"""

from __future__ import annotations

import functools
import json
import re

from analysis.corpus.transcript import quoted_turns

from .attribute import MentionRow
from .interview import _ASKER_CREDIT, _answers, _interviewee
from .words import RATINGS, ROLE_PERSON

#: a quotation in a headline: double marks of any style, or single ones that open after a space, a colon or a
#: dash and close before a non-letter (not an apostrophe: "Renault's week", "owners’ association")
_QUOTED = re.compile(r"“(?P<a>[^“”\n]+)”|\"(?P<b>[^\"\n]+)\"|«(?P<c>[^«»\n]+)»|„(?P<d>[^„“”\n]+)[“”]"
                     r"|(?:^|(?<=[\s:—–-]))(?:‘(?P<e>(?:[^‘’\n]|(?<=\w)’(?=\w))+)’|'(?P<f>(?:[^'\n]|(?<=\w)'(?=\w))+?)')"
                     r"(?![\w])")
#: at least this many words make a quotation of someone's words, not a label in marks
MIN_WORDS = 3
#: the quotation is set off from the rest of the headline: it opens it (after a kicker such as "Q&A:"), or a colon
#: or a dash stands before or after it, or a verb of saying follows it ("'…,' says union chief")
_KICKER = re.compile(r"[ \t]*(?:[A-Z][\w&’'-]*(?:[ \t]+[A-Z&][\w’'-]*){0,2}[ \t]*:[ \t]*)?\Z")
_BEFORE = re.compile(r"[:—–-][ \t]*\Z")
_AFTER = re.compile(r"[ \t]*(?:[,.!?]?[ \t]*(?:says|said|tells|told|warns|insists)\b|[:—–-])")
#: or a verb of saying or promising stands right before it, after its speaker's name ("Acme chief Roe promises
#: 'no fire sale'")
_VERB_BEFORE = re.compile(r"[ \t]+(?:says|said|promises|pledges|vows|warns|insists)[ \t]*\Z")

Record = tuple[object, ...]


#: a broadcast transcript's kicker before the quotation: the words in marks after it name the programme
#: ("Transcript: 'The Closing Ledger' - …", "Evening News transcript: \"Market Day\""), no one's words
_TRANSCRIPT_KICKER = re.compile(r"[^:\n]{0,60}\btranscript[ \t]*:[ \t]*\Z", re.I)


def _quotations(title: str, after_verb: bool = False) -> list[re.Match[str]]:
    """The matches of the quotations of ``title`` set off as someone's words (:data:`MIN_WORDS` words or more);
    with ``after_verb`` also those right after a verb of saying (:data:`_VERB_BEFORE`), which only a name right
    before the verb makes someone's."""
    out = []
    for m in _QUOTED.finditer(title or ""):
        if len(re.findall(r"\w+", _words(m))) < MIN_WORDS or _TRANSCRIPT_KICKER.fullmatch(title, 0, m.start()):
            continue
        if _set_off(title, m) or (after_verb and _VERB_BEFORE.search(title, 0, m.start())):
            out.append(m)
    return out


def _set_off(title: str, m: re.Match[str]) -> bool:
    """Whether the quotation ``m`` is set off from the rest of ``title``: after a kicker, a colon or a dash, or
    before a colon, a dash or a verb of saying, or closing it."""
    head, tail = title[:m.start()], title[m.end():]
    return bool(_KICKER.fullmatch(head) or _BEFORE.search(head) or _AFTER.match(tail) or not tail.strip())


def _words(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g is not None).strip()


def headline_quotations(title: str) -> list[str]:
    """The quotations of ``title`` set off as someone's words (:data:`MIN_WORDS` words or more), in order."""
    return [_words(m) for m in _quotations(title)]


#: between a name and the quotation after it: a colon ("Acme, Roe: «…»")
_NAME_THEN_QUOTE = re.compile(r"[ \t]*:[ \t]*\Z")
#: a name right after a preposition is the topic, not the speaker ("CNN chief on Roe: '…'")
_TOPIC_BEFORE = re.compile(r"\b(?:on|about|over|to|against|for|at|with|of|vs?\.?)[ \t]+(?:[\w.’'-]+[ \t]+)?\Z", re.I)
#: between the quotation and a name after it: a colon, a dash or a verb of saying, then words naming the
#: speaker ("— ACME's Jane Roe", ": five questions for economist Jane Roe", ", says union chief Jane Roe"), none
#: of them a preposition of a topic ("— CNN chief on Roe")
_QUOTE_THEN_NAME = re.compile(r"[,.!?]?[ \t]*(?:[:—–-]|,?[ \t]*(?:says|said|tells|told|warns|insists)\b)"
                              r"(?:(?!\b(?:on|about|over|after|as|against|to|at|with|and|vs)\b)[^:—–\n])*\Z")


def _named_in(title: str, quote: re.Match[str], mentions: list[MentionRow]) -> tuple[str, str, str]:
    """(name, type, words) of the one person the article names whose full name or surname the headline writes
    as the speaker of ``quote``: right before it and a colon, or after it, a colon, a dash or a verb of saying;
    empty when it writes none or several."""
    found: dict[str, str] = {}
    for _, _, name, etype in mentions:
        if etype != "PERSON" or not name.split():
            continue
        for words in (name, name.split()[-1]):
            if len(words) <= 2 or words not in title:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", title):
                if m.end() <= quote.start():
                    ok = bool(_NAME_THEN_QUOTE.fullmatch(title, m.end(), quote.start())
                              or _VERB_BEFORE.fullmatch(title, m.end(), quote.start())) \
                        and not _TOPIC_BEFORE.search(title, 0, m.start())
                elif m.start() >= quote.end():
                    ok = bool(_QUOTE_THEN_NAME.fullmatch(title, quote.end(), m.start()))
                else:
                    ok = False
                if ok:
                    found.setdefault(name, words)
                    break
            if name in found:
                break
    if len(found) != 1:
        return ("", "", "")
    name, words = found.popitem()
    return (name, "PERSON", words)


#: a headline opening on an organisation's head by role, then a colon before the quotation ("Acme chief: '…'",
#: "Acme Group's CEO: '…'")
_ROLE_LABEL = re.compile(r"[ \t]*(?P<org>[A-Z][\w&’'.-]*(?:[ \t]+[A-Z][\w&’'.-]*){0,3}?)(?:['’]s)?[ \t]+"
                         r"(?P<role>chief[ \t]+executive|chief|boss|CEO|chairman|chairwoman|chair|founder)[ \t]*:[ \t]*\Z")
#: the body's words for that role ("its chief executive", "Acme's boss")
_ROLE_IN_BODY = re.compile(r"\b(?:chief executive|CEO|boss|chairman|chairwoman|chair|founder|co-founder|cofounder|"
                           r"founded|co-founded|cofounded)\b")
#: a role label opening the headline and the clause after it that holds the quotation ("Acme CEO: insurers 'were
#: professional and quick'"): the label's person says the clause
_LABELLED_CLAUSE = re.compile(r"[^:;“”\"‘'—–]+:[ \t]+[^:;“”\"‘'—–]*\Z")


def _head_by_role(title: str, quote: re.Match[str], text: str,
                  mentions: list[MentionRow]) -> tuple[str, str, str]:
    """(name, "PERSON", words) of the person a headline's "Acme chief: '…'" stands for: the one the article's first
    paragraph opens on, when that paragraph also names the organisation and a head's role ("Jane Roe has had better
    weeks. Since …, Acme's shares have lost 40% and its chief executive has …"); empty for any other headline or
    opening."""
    label = _ROLE_LABEL.fullmatch(title, 0, quote.start())
    if label is None and _LABELLED_CLAUSE.fullmatch(title, 0, quote.start()):
        label = _ROLE_LABEL.fullmatch(title, 0, title.index(":") + 1)  # "Acme CEO: insurers '…' after the loss"
    if label is None:
        return ("", "", "")
    lead = len(text) - len(text.lstrip())
    end = text.find("\n\n", lead)
    end = len(text) if end < 0 else end
    body = sorted(m for m in mentions if lead <= m[0] < end)
    org = label.group("org")
    if not body or body[0][0] != lead or body[0][3] != "PERSON" or not _ROLE_IN_BODY.search(text, lead, end) \
            or not any(t != "PERSON" and (n == org or n.startswith(org + " ")) for _, _, n, t in body):
        return ("", "", "")
    return (body[0][2], "PERSON", title[:label.end()].strip(" \t:"))


def _interviewed(text: str, mentions: list[MentionRow]) -> tuple[str, str]:
    """(name, "PERSON") of the one person an interview's answers are credited to; empty when the article is no
    interview of one person."""
    answers = _answers(text)
    if answers:
        name, etype = _interviewee(text, answers, mentions)
        if name:
            return (name, etype)
    askers = {n for a, _, n, t in mentions if t == "PERSON" and _ASKER_CREDIT.search(text, max(0, a - 30), a)}
    guests = {(str(n), str(t)) for _, _, n, t, _ in quoted_turns(text, [m for m in mentions if m[2] not in askers])
              if n}
    if len(guests) == 1:
        name, etype = guests.pop()
        if etype == "PERSON":
            return (name, etype)
    return ("", "")


#: a headline's clause reported by its speaker: "<speaker> says <clause with the quotation>" (the speaker opening the
#: headline, after a kicker) or "<clause with the quotation>, <speaker> says" (closing its clause); a quotation of two
#: words is someone's words there ("Plant 'not affected' by recall, Acme says")
_SAYS = r"(?:says|said|tells|told|insists|warns|admits)"
_SPEAKER_OPENS = re.compile(r"[ \t]*(?:[A-Z][\w&’'-]*(?:[ \t]+[A-Z&][\w’'-]*){0,2}[ \t]*:[ \t]*)?"
                            r"(?P<who>[A-Z][^:;,“”\"‘'—–]{1,60}?)[ \t]+" + _SAYS + r"[ \t]+(?:that[ \t]+)?[^:;“”\"‘'—–]*\Z")
_SPEAKER_CLOSES = re.compile(r"[^:;“”\"‘’—–]*?,[ \t]*(?P<who>[A-Z][^:;,“”\"‘'—–]{1,60}?)[ \t]+" + _SAYS
                             + r"[ \t]*(?:[;:—–|]|\Z)")
#: the words of a reported clause in a headline that make a quotation someone's: two or more
_REPORTED_MIN_WORDS = 2
#: "<organisation> chief" naming its head by role ("Acme chief says …", "Acme Group CEO says …")
_CHIEF_WORDS = re.compile(r"(?P<org>.+?)(?:['’]s)?[ \t]+(?:chief[ \t]+executive|chief|boss|CEO|chairman|chairwoman|chair|"
                          r"founder)")
_CHIEF_NEAR = re.compile(r"\b(?:chief executive|CEO|boss|chairman|chairwoman|founder|managing director)\b", re.I)
_CHIEF_REACH = 80


def _reported_clause(title: str, quote: re.Match[str]) -> str:
    """The words naming who reports the clause that holds ``quote`` in the headline ``title`` ("Acme" in "Plant 'not
    affected', Acme says"; "Acme chief" in "Acme chief says the software 'behaved as designed'"), else ""."""
    opens = _SPEAKER_OPENS.fullmatch(title, 0, quote.start())
    if opens is not None:
        return opens.group("who").strip()
    closes = _SPEAKER_CLOSES.match(title, quote.end())
    return closes.group("who").strip() if closes is not None else ""


#: what may follow a quoted word that closes a headline's reported clause: its end, a comma, a colon or a dash
_CLAUSE_CLOSE = re.compile(r"[ \t]*(?:[,;:|—–-]|\Z)")


def _closing_word(title: str, quote: re.Match[str]) -> bool:
    """Whether ``quote`` is one word closing the clause a headline reports, after the noun it qualifies ("Acme
    finance chief says strike bill 'manageable', guidance under review"): the speaker's own word, not a rating
    ("Broker says stock a 'buy'")."""
    word = _words(quote)
    return bool(re.fullmatch(r"[a-z][\w-]*", word)) and word.casefold() not in RATINGS \
        and _CLAUSE_CLOSE.match(title, quote.end()) is not None \
        and re.search(r"[a-z]{3,}[ \t]+\Z", title[:quote.start()]) is not None


def _organisation_named(words: str, text: str, mentions: list[MentionRow]) -> tuple[str, str]:
    """(name, type) of the one organisation of the article the words name: its name, the first words of it, or a
    mention of it in the text written so ("Acme" for Acme Energy Solutions); empty when none or several."""
    folded = words.casefold()
    orgs = [(a, b, n, t) for a, b, n, t in mentions if t != "PERSON" and t not in ("PLACE", "GPE", "LOC", "DATE")]
    found = {(n, t) for a, b, n, t in orgs if n.casefold() == folded or (a >= 0 and text[a:b].casefold() == folded)}
    if not found:  # (the words as the text writes the name first; else the names they open)
        found = {(n, t) for a, b, n, t in orgs if n.casefold().startswith(folded + " ")}
    return found.pop() if len(found) == 1 else ("", "")


def _chief_named(words: str, text: str, mentions: list[MentionRow]) -> str:
    """The one person the article names next to a chief's role and the organisation "<organisation> chief" names
    ("Chief executive Jane Roe" in a paragraph naming Acme, for "Acme chief"); "" when none or several."""
    m = _CHIEF_WORDS.fullmatch(words)
    org = _organisation_named(m.group("org"), text, mentions)[0] if m else ""
    if not org:
        return ""
    found = set()
    for a, b, n, t in mentions:
        if t != "PERSON" or a < 0:
            continue
        lo, hi = max(0, a - _CHIEF_REACH), min(len(text), b + _CHIEF_REACH)
        if _CHIEF_NEAR.search(text, lo, hi) and any(n2 == org and lo <= a2 < hi for a2, _, n2, _ in mentions):
            found.add(n)
    return found.pop() if len(found) == 1 else ""


def _reported_by(title: str, quote: re.Match[str], text: str,
                 mentions: list[MentionRow]) -> tuple[str, str, str]:
    """(name, type, words) of who a headline says reports the clause holding ``quote`` (:func:`_reported_clause`):
    a person of the article by full name or surname, an organisation of the article, or an organisation's chief by
    role; empty for none."""
    words = _reported_clause(title, quote)
    if not words:
        return ("", "", "")
    persons = {n for _, _, n, t in mentions if t == "PERSON" and n.split()
               and (words == n or words.endswith(" " + n) or words.split()[-1] == n.split()[-1])}
    if len(persons) == 1:
        return (persons.pop(), "PERSON", words)
    name, etype = _organisation_named(words, text, mentions)
    if name:
        return (name, etype, words)
    chief = _chief_named(words, text, mentions)
    return (chief, "PERSON", words) if chief else ("", "", "")


def headline_records(title: str, text: str, mentions: list[MentionRow]) -> list[Record]:
    """The headline's quotations with their speaker (rules in the module docstring), in
    :data:`~analysis.quotes.find.QUOTE_COLUMNS` order with ``start`` and ``end`` -1 (the words are not in the
    text); attribution "headline". Empty when the headline holds none or their speaker cannot be told."""
    quotes = _quotations(title, after_verb=True)
    labelled = [m for m in _QUOTED.finditer(title or "") if m.start() not in {q.start() for q in quotes}
                and len(re.findall(r"\w+", _words(m))) >= _REPORTED_MIN_WORDS
                and _LABELLED_CLAUSE.fullmatch(title, 0, m.start()) and not _reported_clause(title, m)]
    reported = [m for m in _QUOTED.finditer(title or "") if m.start() not in {q.start() for q in quotes}
                and (len(re.findall(r"\w+", _words(m))) >= _REPORTED_MIN_WORDS or _closing_word(title, m))
                and _reported_clause(title, m)]
    if not quotes and not reported and not labelled:
        return []
    out: list[Record] = []
    for quote in labelled:
        # "Acme CEO: insurers 'professional and quick' after the loss": the clause after a head's role label is
        # that head's words (only the head the article's opening names, :func:`_head_by_role`)
        name, etype, words = _head_by_role(title, quote, text, mentions)
        if name:
            out.append((-1, -1, _words(quote), "partial", name, etype, words, "headline"))
    guest = functools.cache(lambda: _interviewed(text, mentions))  # the interview's guest, read once if needed
    for quote in reported:
        # a quotation inside the clause the headline's speaker reports ("Plant 'not affected' by recall, Acme says",
        # "Acme chief says the engine 'behaved as designed'"): that speaker's, else the interview's guest
        name, etype, words = _reported_by(title, quote, text, mentions)
        if not name and not any(w.casefold() in ROLE_PERSON for w in re.findall(r"[\w-]+", _reported_clause(title, quote))):
            continue  # (only a role the headline gives its speaker may stand for the interview's guest: "Acme chief")
        if not name:
            (name, etype), words = guest(), guest()[0]
        if name:
            out.append((-1, -1, _words(quote), "partial", name, etype, words, "headline"))
    for quote in quotes:
        name, etype, words = _named_in(title, quote, mentions)
        if not name and not _set_off(title, quote):
            continue  # after a verb, only a name right before the verb makes the words someone's
        if not name:
            name, etype, words = _head_by_role(title, quote, text, mentions)
        if not name:
            (name, etype), words = guest(), guest()[0]
        if name:
            out.append((-1, -1, _words(quote), "direct", name, etype, words, "headline"))
    return out


#: a byline or a dateline-and-site line under a headline ("By Jane Roe | 8 October"): no standfirst
_BYLINE = re.compile(r"(?:[Bb]y|BY)\s|.*\s[|·]\s")
#: a standfirst runs to at least this many words
_DECK_MIN_WORDS = 5


def standfirst(title: str, head_lines: str) -> str:
    """The standfirst under the headline ``title``: the line of the page's head (``head_lines``, the corpus's JSON
    list of ``[offset, line]`` above the body) right under the headline's own line, of :data:`_DECK_MIN_WORDS` words
    or more and no byline ("Acme chief says the engine 'behaved as designed' but blame is shared"). Its quotations
    are read as a headline's. "" when there is none."""
    try:
        lines = [" ".join(str(line).split()) for _at, line in json.loads(head_lines or "[]")]
    except (ValueError, TypeError):
        return ""
    want = " ".join((title or "").split()).casefold()
    at = next((i for i, line in enumerate(lines) if want and line.casefold() == want), None)
    if at is None or at + 1 >= len(lines):
        return ""
    deck = lines[at + 1]
    if _BYLINE.match(deck) or len(deck.split()) < _DECK_MIN_WORDS or deck.casefold() == want:
        return ""
    return deck
