"""The quote vocabulary (``analysis/data/quote_cues.json``) and the regexes built from it once, at import."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "data" / "quote_cues.json"
CUES: dict[str, list[str]] = {k: v for k, v in json.loads(_PATH.read_text(encoding="utf-8")).items()
                              if isinstance(v, list)}

#: the last words that make a name an organisation's ("Vernon Air", "Grace Holdings", "Ivy Tan Inc"), from the
#: entity layer's lexicon: such a name is no person even when a given name opens it
_LEXICON = json.loads((_PATH.parent / "entities_lexicon.json").read_text(encoding="utf-8"))
ORG_NAME_ENDS = {w.casefold().rstrip(".") for w in _LEXICON["org_heads"] + _LEXICON["legal_suffixes"]} \
    - {"mills", "post", "power", "steel", "press", "cable", "guard", "gas", "oil", "times", "daily", "weekly",
       "brothers", "bros", "wire", "works", "lines", "records"}  # (also surnames: "Ruth Mills", "Owen Power")
#: a company's legal form closing its name ("Inc", "Corp", "plc", "AG"), from the entity layer's lexicon
LEGAL_FORMS = {w.casefold().rstrip(".") for w in _LEXICON["legal_suffixes"]}


def _alternation(words: list[str]) -> str:
    ordered = sorted({w for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


ACCORDING_TO = re.compile(r"(?<![\w-])(?:" + _alternation(CUES["according_to"]) + r")\s+", re.I)
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']*\s+(?=[\"“‘']?[A-Z0-9])|[.!?][\"”’']*\s*$")
WORD = re.compile(r"[A-Z]{1,3}/[A-Z]{1,3}\b|[\w.'’&-]+|,|[—–:;]")
TITLE_CUE = re.compile(r"(?<![\w-])(?:" + _alternation(CUES["title_cues"]) + r")[\s,:]*$", re.I)

TITLES = {w.casefold().rstrip(".") for w in CUES["titles"]}
ROLE_PERSON = {w.casefold() for w in CUES["role_nouns_person"]}
#: an age used as a noun ("the 58-year-old said", "said the 47-year-old"): news prose names a person by age once
#: the name has been given; such a word is read as the role noun "year-old" (a person)
AGE_NOUN = re.compile(r"\d{1,3}-years?-old$")
ROLE_PERSON.add("year-old")
ROLE_ORG = {w.casefold() for w in CUES["role_nouns_org"]} - {w.casefold() for w in CUES["document_nouns"]}
DOCUMENTS = {w.casefold() for w in CUES["document_nouns"]}
#: descriptions that speak for the name inside them ("Trump's campaign", "a spokesman for X")
SPEAKS_FOR = {w.casefold() for w in CUES["speaks_for_nouns"]}
ROLE_ORG |= SPEAKS_FOR - ROLE_PERSON
#: organisation descriptions that refer back only to an organisation whose name holds the word ("the committee")
ORGANS = {w.casefold() for w in CUES["organ_nouns"]}
#: every such body is an organisation description too ("the court said in its ruling", "the tribunal wrote"),
#: which takes up only a body whose name holds the word (the Eastland High Court)
ROLE_ORG |= ORGANS
GROUPS = {w.casefold() for w in CUES["group_nouns"]}
#: speech verbs whose object is the listener ("X, 58, told AFP"): the name after them is never the speaker
LISTENER_VERBS = {w.casefold() for w in CUES["listener_verbs"]}
#: who speaks for an organisation to the press: bare ("a spokesperson said") they speak for the one in focus
PRESS = {w.casefold() for w in CUES["press_nouns"]}
#: bodies of a state named by the state's possessive ("Japan's trade ministry", "the country's embassy in X")
STATE_BODIES = {w.casefold() for w in CUES["state_bodies"]}
AUTHORITY_NOUNS = {w.casefold() for w in CUES["authority_nouns"]}
AUTHORITY_WORDS = {w.casefold() for w in CUES["authority_words"]}
#: descriptions of a business ("the company", "the carmaker"), which never take up a body named as an authority
COMMERCIAL_NOUNS = {w.casefold() for w in CUES["commercial_nouns"]}
#: an analyst's rating of a stock ("outperform", "hold", "market perform"): a grade, not a quotation
RATINGS = {w.casefold() for w in CUES["rating_terms"]}
#: a rating agency's watch on a rating ("on “rating monitor”", "on “CreditWatch”"): a term after "on"/"under"
RATING_WATCH = {w.casefold() for w in CUES["rating_watch_terms"]}
ADVERBS = {w.casefold() for w in CUES["clause_adverbs"]} | {w.casefold() for w in CUES["time_words"]}
TIME_WORDS = {w.casefold() for w in CUES["time_words"]}
NOT_ALONE = {w.casefold() for w in CUES["not_alone"]}
INTRO_WORDS = {w.casefold() for w in CUES["intro_words"]}
_STOP = CUES["not_speakers"] + CUES["intro_words"] + CUES["months"] + CUES["time_words"]
#: month names, which are also surnames ("May said", "April"): the data's list, and "may" (kept out of it as a modal
#: verb's word; capitalised before "said" it is the surname)
MONTHS = {w.casefold() for w in CUES["months"]} | {"may"}
NOT_SPEAKERS = {w.casefold() for w in _STOP if not w.endswith(".")}
#: abbreviations written with their dot ("Mo.", "Jun.") stop a name only with it ("Mo Elleithee", "Ai Jun")
DOTTED_STOPS = {w.casefold().rstrip(".") for w in _STOP + CUES["place_abbreviations"] if w.endswith(".")}
#: the grammatical gender a common given name shows ("Jane Roe" is "she"), for names the text does not settle
GIVEN_GENDER = {**{w: "m" for w in CUES["given_names_male"]}, **{w: "f" for w in CUES["given_names_female"]}}
#: nouns of kinship and the gender they show of a person named in apposition ("her brother, Jo Roe,")
KIN_GENDER = {**{w: "m" for w in CUES["kin_nouns_male"]}, **{w: "f" for w in CUES["kin_nouns_female"]}}
PRON_PERSON = set(CUES["pronouns_person"])
PRON_ORG = set(CUES["pronouns_org"])
PRON_GROUP = set(CUES["pronouns_group"])
DETERMINERS = {"the", "a", "an", "one", "another", "his", "her", "its", "their", "our", "this", "two", "three",
               "several", "some", "many", "other"}
CONNECTORS = {"of", "de", "del", "da", "van", "von", "der", "al", "bin", "la", "le", "du", "&"}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen", "col", "st", "jr", "sr", "no", "vs",
                 "u.s", "u.k", "inc", "corp", "co", "ltd", "prof", "rev", "sgt", "capt", "maj", "adm", "ft", "mt",
                 "jan", "feb", "aug", "sept", "oct", "nov", "dec", "d.c", "calif", "mich", "fla", "mass", "n.y",
                 "pa", "va", "wash", "ariz", "colo", "conn", "ga", "ill", "ind", "kan", "ky", "la", "md", "minn",
                 "miss", "mo", "mont", "neb", "nev", "n.j", "n.c", "n.h", "n.m", "okla", "ore", "r.i", "s.c",
                 "tenn", "tex", "vt", "wis", "wyo", "ala", "ark", "del", "e.g", "i.e", "etc", "a.m", "p.m"}
#: abbreviations that close a name, a place or a time and so may close a sentence ("Acme Inc.", "the U.S.",
#: "Austin, Tex.", "at 9 a.m."); a title before a name ("Mr.", "Dr.", "Sen.") never does
CLOSING_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "plc", "llc", "jr", "sr", "u.s", "u.k", "d.c", "a.m", "p.m",
                         "etc", "calif", "mich", "fla", "mass", "n.y", "wash", "ariz", "colo", "conn", "tenn",
                         "tex", "okla", "minn", "wis", "n.j", "n.c"}
#: a word that opens a sentence and never continues a name, or an opening quotation mark before a capital
_OPENS_SENTENCE = re.compile(r"(?:[\"“‘']?(?:He|She|It|They|We|I|The|This|That|These|Those|There|His|Her|Its|Their|"
                             r"Our|But|Yet|However)\b|[\"“‘'][A-Z])")
PREPOSITIONS = {"for", "of", "at", "with", "to", "from", "in", "on", "by", "about", "who", "which", "whose",
                "that", "during", "after", "before", "when", "while", "as"}


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def not_speaker(word: str) -> bool:
    """Whether a capitalised ``word`` can never be part of a speaker's name: a stop word, month or time word,
    or an abbreviation written with its dot ("Mo.", "Jun.")."""
    bare = word.casefold().rstrip(".").replace("’s", "").replace("'s", "")
    return bare in NOT_SPEAKERS or (word.endswith(".") and bare in DOTTED_STOPS)


def is_sentence_break(text: str, m: re.Match[str]) -> bool:
    """Whether a :data:`SENTENCE_BREAK` match ends a sentence (not "Mr." or an initial "J.")."""
    i = m.start()
    j = i
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "\"“(":
        j -= 1
    token = text[j:i].casefold()
    if text[i] != ".":
        return True
    if len(token) == 1 and token.isalpha():
        return False
    if token in CLOSING_ABBREVIATIONS:
        # "… chief executive of Acme Inc. She said", "… in the U.S. The plan": the dot of a company's legal form,
        # a country, a state or a clock time ends the sentence too when a word that only opens one follows
        return bool(_OPENS_SENTENCE.match(text, m.end()))
    if _INITIALS.fullmatch(token):
        return False  # "J.P. Morgan", "U.N. officials"
    return token not in ABBREVIATIONS


_LOWER_WORD = re.compile(r"[A-Za-z]+")
_VERB_WORDS = {v.casefold() for v in CUES["speech_verbs"] if " " not in v}
_VERB_PHRASES: dict[str, list[re.Pattern[str]]] = {}
for _v in CUES["speech_verbs"]:
    if " " in _v:
        _first, _rest = _v.casefold().split(" ", 1)
        _rest_pattern = r"\s+" + re.escape(_rest).replace(r"\ ", r"\s+") + r"\b"
        _VERB_PHRASES.setdefault(_first, []).append(re.compile(_rest_pattern, re.I))
FINITE_VERBS = {v for v in _VERB_WORDS if not v.endswith("ing")}
#: base forms, used only to recognise -ing forms ("dismissing", "quoting"); a bare "say"/"tell" is not a cue
_STEMS = {v.casefold() for v in CUES["speech_verb_stems"]}
#: "continue", "add" and "respond" with "to" after them say nothing: "X continued to hurt his cause" (an aspect verb
#: and its infinitive), "X added to the gloom" (to add to something), "how X responds to violence" (to react to
#: something); "X continued: …", "X added that …" and "X responded to reporters" still speak
_NOT_SAYING_TO = re.compile(r"\s+to\s+(?:[a-z]+\b)", re.I)
_ADD_TO = re.compile(r"\s+to\s+(?:the|his|her|its|their|a|an|this|that|these|those|what)\b")
#: "respond to" a thing (not to people, words or questions): "how the country responds to violence" reacts, says
#: nothing; "X responded to Y's question, writing …" replies
_RESPOND_TO = re.compile(r"\s+to\s+(?!(?:[\w’'.-]+\s+){0,3}?(?:reporters|questions?|queries|inquiries|requests?|critics|"
                         r"criticism|comments?|remarks?|claims?|charges?|accusations?|attacks?|letters?|emails?|"
                         r"tweets?|statements?|him|her|them|me|us|you)\b)[A-Za-z]")
_TO_VERBS = {"continue": _NOT_SAYING_TO, "continued": _NOT_SAYING_TO, "continues": _NOT_SAYING_TO,
             "add": _ADD_TO, "added": _ADD_TO, "adds": _ADD_TO,
             "respond": _RESPOND_TO, "responds": _RESPOND_TO, "responded": _RESPOND_TO}


def not_saying(text: str, end: int, verb: str) -> bool:
    """Whether the speech verb ``verb`` (casefolded) ending at ``end`` is used in a sense that says nothing ("X
    continued to fight", "X added to the confusion"): its subject is no speaker."""
    pattern = _TO_VERBS.get(verb)
    return pattern is not None and pattern.match(text, end) is not None


#: The words that :func:`speech_verbs` can take for a speech verb (casefolded): a verb, the first word of a verb
#: phrase, a base form ("did say"); and any word ending in "ing". No other word is looked at.
_VERB_CANDIDATES = frozenset(_VERB_WORDS | set(_VERB_PHRASES) | _STEMS)
#: text -> the starts and ends of its words that :func:`speech_verbs` looks at, for the last few texts (a document's
#: text is scanned for speech verbs over many ranges: its words are read once)
_CANDIDATE_RUNS: dict[str, tuple[list[int], list[int]]] = {}
MEMO_TEXTS = 8


def _candidate_runs(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the words of ``text`` (runs of ASCII letters) that are in :data:`_VERB_CANDIDATES` or
    end in "ing", in order; memoised on the text."""
    hit = _CANDIDATE_RUNS.get(text)
    if hit is not None:
        return hit
    starts: list[int] = []
    ends: list[int] = []
    for m in _LOWER_WORD.finditer(text):
        w = m.group(0).casefold()
        if w in _VERB_CANDIDATES or w.endswith("ing"):
            starts.append(m.start())
            ends.append(m.end())
    if len(_CANDIDATE_RUNS) >= MEMO_TEXTS:
        _CANDIDATE_RUNS.clear()
    _CANDIDATE_RUNS[text] = hit = (starts, ends)
    return hit


def _is_letter(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def _word_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The words (runs of ASCII letters) of ``text[lo:hi]`` that may be speech verbs, as (start, end) in order: a
    word the range cuts at either end is read as cut (as a scan of the range alone reads it), every other one comes
    from :func:`_candidate_runs`."""
    n = len(text)
    lo, hi = min(max(lo, 0), n), min(max(hi, 0), n)  # (as a regex clips its pos and endpos)
    if lo >= hi:
        return []
    runs: list[tuple[int, int]] = []
    cut_at_lo = lo > 0 and _is_letter(text[lo - 1]) and _is_letter(text[lo])
    if cut_at_lo:
        end = lo
        while end < hi and _is_letter(text[end]):
            end += 1
        runs.append((lo, end))
    starts, ends = _candidate_runs(text)
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        if ends[k] <= hi:
            runs.append((starts[k], ends[k]))
    if hi < n and _is_letter(text[hi]) and _is_letter(text[hi - 1]):  # a word cut at hi
        start = hi - 1
        while start > lo and _is_letter(text[start - 1]):
            start -= 1
        if not (cut_at_lo and start == lo):  # (not the word cut at lo, already read)
            runs.append((start, hi))
    return runs


def speech_verbs(text: str, lo: int, hi: int, verbs_only: bool = False) -> list[tuple[int, int, str]]:
    """Speech verbs in ``text[lo:hi]`` as (start, end, verb casefolded), in order: a word scan and a set lookup,
    linear in the length of the range (the words of a text that may be verbs are found once per text). With
    ``verbs_only`` (who speaks), a noun use is left out ("Roe's comments", "his remarks"): it still cues a quotation
    ("Roe's claim that it was “…”"), but has no subject."""
    out: list[tuple[int, int, str]] = []
    for start, end in _word_runs(text, lo, hi):
        if start and text[start - 1] in "-'’":
            continue  # "so-called", "don't"
        w = text[start:end].casefold()
        if w == "called" and _SO_BEFORE.search(text, max(0, start - 5), start):
            continue  # "so- called", "so called"
        found = None
        for pat in _VERB_PHRASES.get(w, ()):
            p = pat.match(text, end, hi)
            if p:
                found = (start, p.end(), w + " " + " ".join(p.group(0).split()))
                break
        else:
            if w in _VERB_WORDS or (w.endswith("ing") and _ing_stem(w) in _STEMS):
                found = (start, end, w)
            elif w in _STEMS and (_DO_BEFORE.search(text, max(0, start - 20), start)
                                  or _JUDGED_BEFORE.search(text, max(0, start - 30), start)) and _past(w):
                # "X did say …", "he does suggest …", "it did not tell …": emphatic or negated "do" and the base
                # form, read as the finite verb; so is a deed the writer judges ("X was right to demand …")
                found = (start, end, _past(w))
        if found is not None and w in _QUOTED_OBJECT_ONLY and not _QUOTE_NEXT.match(text, end):
            continue  # "X blamed the media for Y's “…” claim": the words are not what X blamed
        if found is not None and not (verbs_only and (_noun_use(text, start, w)
                                                      or _naming(text, start, end, w)
                                                      or _quoting_aside(text, start, w)
                                                      or _hearsay(text, start, end, w))) \
                and not _after_document(text, start, w):
            out.append(found)  # (not "Roe's comments", "his remarks", "the claims": nouns; "a firm called X,")
    return out


_SO_BEFORE = re.compile(r"\bso[-‐]?\s+$", re.I)
#: verbs that report words only when the quotation is their object right after them ("a panel blamed “a single
#: faulty part”"; not "X blamed the media for Y's “…” remark", where the words are Y's)
_QUOTED_OBJECT_ONLY = {"blamed", "blames", "blaming"}
_QUOTE_NEXT = re.compile(r"\s*[“\"‘']")
#: "did", "does", "do" (and "not" or an adverb) right before a base form: the verb is finite ("he did say")
_DO_BEFORE = re.compile(r"\b(?:did|does|do)(?:n['’]t|\s+not)?(?:\s+[a-z]+ly)?\s+$", re.I)
#: "was right to", "were wrong to", "is quick to" right before a base form: the writer judges a deed the subject did
#: ("X was right to demand “…”" says X demanded it), unlike a wish or a plan ("X wants to say", "X plans to tell")
_JUDGED_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:right|wrong|quick)\s+to\s+$", re.I)
_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke", "tweet": "tweeted"}


def _past(stem: str) -> str:
    """The past form of a base form that the speech verbs hold ("suggest" -> "suggested", "say" -> "said"), "" when
    none of them is one."""
    for form in (_IRREGULAR_PAST.get(stem, ""), stem + "ed", stem + "d", stem[:-1] + "ied"):
        if form and form in _VERB_WORDS:
            return form
    return ""
#: "X was said to be “…”", "X is said to have …", "what is called a “…”": a passive report or name, whose
#: subject is the one spoken of, not the speaker
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+"
                             r"(?:(?:also|often|widely|now|still|reportedly)\s+)?$", re.I)
_TO_AFTER = re.compile(r"\s+to\s+(?:be|have\s+been)\b")
_HEARSAY_REACH = 40  # characters from the passive report to the quotation ("was said to be “…”")
_BY_LATER = re.compile(r"[^.;!?]{0,120}?\bby\b")
_HEARSAY_WORD = re.compile(r"\b(?:said|reported|rumou?red|called|dubbed|termed|labell?ed|described)\b", re.I)


def _hearsay(text: str, start: int, end: int, word: str) -> bool:
    """Whether a speech verb at ``start`` is a passive report about its subject ("X was said to be “furious”",
    "X is reported to have …") or a passive name ("what is called a “debate”"): no verb with a speaker."""
    if not _PASSIVE_BEFORE.search(text, max(0, start - 30), start):
        return False
    if word in ("called", "dubbed", "termed", "labeled", "labelled", "described"):
        return not _BY_LATER.match(text, end)  # ("was called “…” by X" names X)
    return bool(_TO_AFTER.match(text, end))


def hearsay_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a clause before a quotation) holds a passive report or name ("X was said to be",
    "what is called a"): the quotation is no words of the clause's subject."""
    return any(_hearsay(text, m.start(), m.end(), m.group(0).casefold())
               for m in _HEARSAY_WORD.finditer(text, max(lo, hi - _HEARSAY_REACH), hi))


#: a possessive ("Roe's", "Petrakis’") or a determiner right before a word: what follows is a noun phrase
_OWNER_BEFORE = re.compile(r"(?:\b([A-Za-z]+)['’]s|[A-Za-z]s['’]|"
                           r"\b(?:the|his|her|its|their|our|my|your|this|these|those))\s+"
                           r"(?:(?:written|prepared|opening|closing|public|latest|earlier|first|final|own)\s+)?$|"
                           r"\b(?:an?)\s+(?:(?:research|client|investor|brief|separate)\s+)?$|"
                           r"\b(?:the|his|her|its|their)\s+(?:research|client|investor)\s+$", re.I)
# (an indefinite article or a note's kind before the word: "according to a note from X", "in a research
# note", "its client note": a document, not a verb whose subject speaks)
#: contractions of a pronoun and "is"/"has" ("she's said"): no possessive
_CONTRACTED = {"he", "she", "it", "that", "there", "who", "what", "here", "where", "let"}




def _noun_use(text: str, start: int, word: str) -> bool:
    """Whether the speech-verb form ``word`` at ``start`` is a noun: right after a possessive or a determiner
    ("Roe's comments", "Petrakis’ remarks", "his claims"), not after a pronoun's contraction ("she's said") and
    not a past form ("Roe's said" may be "has said")."""
    if word.endswith(("ed", "ing")) or word in _IRREGULAR_PAST.values():
        return False  # (nor "Moody's said", "Sainsbury's told": a name's own "'s" before a past form)
    m = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and (m.group(1) or "").casefold() not in _CONTRACTED


#: an introductory "in a …" phrase up to the word after its document noun ("In a statement emailed to reporters")
_IN_DOCUMENT_BEFORE = re.compile(r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?([A-Za-z]+)\s+$")


#: what a participle of sending takes after it: its addressee or its time ("emailed to reporters", "posted Friday",
#: "released late on Monday", "issued this morning")
_SENT_WHEN = re.compile(r"\s+(?:to\b|(?:(?:on|late|early|late\s+on|early\s+on)\s+)?(?:Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight|earlier|this|last)\b)")


def _after_document(text: str, start: int, word: str) -> bool:
    """Whether the past form ``word`` at ``start`` modifies the document an "in a …" phrase names right before it
    ("In a statement emailed to reporters, the fund said …", "In a message posted Friday, Roe said"): a
    participle, not the verb of the one who speaks ("the statement added", "Acme's statement called" stay verbs)."""
    if not word.endswith("ed") or not _SENT_WHEN.match(text, start + len(word)):
        return False
    m = _IN_DOCUMENT_BEFORE.search(text, max(0, start - 50), start)
    return m is not None and m.group(1).casefold() in DOCUMENTS


#: the one who repeats the words in an aside ("She said, and I'm quoting, “…”", "He said, and I quote, “…”")
_QUOTER_BEFORE = re.compile(r"\b(?:I|I['’]m|I\s+am|we|we['’]re|we\s+are)\s+$", re.I)


def _quoting_aside(text: str, start: int, word: str) -> bool:
    """Whether "quote"/"quoting" at ``start`` is the aside of the one repeating the words ("She said, and I'm
    quoting, “…”"): the speaker is the one before "said", not the one quoting her."""
    return word in ("quote", "quoting") and _QUOTER_BEFORE.search(text, max(0, start - 12), start) is not None


_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_NAME_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|de|&))*\s*(?:[,.;)]|$)")


def _naming(text: str, start: int, end: int, word: str) -> bool:
    """Whether "called"/"named"/"dubbed" at ``start`` gives a thing its name ("a shipping consultancy called
    Norrvik Advisory, argues"): after a common noun, before a name that ends the phrase (not "the senator called
    Roe “a liar”")."""
    if word not in ("called", "named", "dubbed"):
        return False
    before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) not in _PRONOUNS_BEFORE and _NAME_AFTER.match(text, end) is not None


_PRONOUNS_BEFORE = {"he", "she", "they", "it", "who", "which", "that", "we", "i", "you", "also", "then", "and", "but",
                    "had", "has", "have", "was", "were", "is", "once", "never", "repeatedly", "publicly", "recently"}


def _ing_stem(word: str) -> str:
    """The base form under an -ing form ("dismissing" -> "dismiss", "quoting" -> "quote", "chatting" -> "chat")."""
    stem = word[:-3]
    if stem in _STEMS:
        return stem
    if stem + "e" in _STEMS:
        return stem + "e"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        return stem[:-1]
    return stem


#: an unnamed spokesperson ("a Vela spokesman", "the spokeswoman", "a company spokesperson"), by gender
UNNAMED_PRESS = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne) +(?:[\w&’'-]+(?:\.[\w&’'-]+)* +){0,3}?spokes(man|woman|person)\b")
#: how far back (characters) a "he"/"she" may take up an unnamed spokesperson
PRESS_PRONOUN_REACH = 400
