"""Which company a move's subject names: the entity mentions over a grammatical subject (:func:`name_subject`), and
what a pointing-back subject ("the stock", "its shares", "the lender", "Both stocks") stands for
(:func:`resolve_coref`, :func:`last_two`, :meth:`DocMentions.salient`). Used by :mod:`analysis.market.extract`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from analysis.companies import short_company_name
from analysis.entities.catalog import catalog_company, get_lexicon
from analysis.lexicon import move_words

from .clauses import clause_subject
from .figures import HAS_FIGURE, find_figures
from .phrases import (CAPITALS, NP, NP_RE, Subject, classify_name, clean_name, descriptor_place, exchange_letters_listed,
                      name_without_time)

_SEMICOLON = re.compile(r";")
_PERCENT = re.compile(r"\d\s*%")
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "both"})
_GENERIC_HEADS = frozenset("group company firm shares stock it its they them their the this".split())
#: A name after a copula closing the sentence ("The day's biggest loser was Acme Foods.", a question's "How bad is
#: Acme's position?"); not an amount of money ("The first estimate is US$2 billion of claims", "Revenue was C$80
#: million"): no company. A relative clause may close it ("The exception was Acme Line, which charters the ship.").
_COPULA_NP = re.compile(r"\b(?:was|is|were|are)\s+(?![A-Z]{1,3}\s?[$€£¥]|[A-Z]{3}\s?\d)(?P<np>[A-Z][^,;?]*?)"
                        r"(?:,\s+(?:which|who|whose)\s[^;?%]*)?[.?]?\s*$")
#: What an owner's name closing a copula owns, in lower case ("Acme's position", "Acme's outlook"): the name is the
#: owner's alone.
_OWNED_THING_END = re.compile(r"['’]s?(?:\s+[a-z][\w-]*){1,3}$")
_NOT_COMPANY_TYPES = frozenset({"PERSON", "PER", "DATE", "OUTLET"})
#: Mentions that are no company with shares whatever the grammar reads around them: a person, a product or drug, a
#: trial's or programme's name (the entity layer's OTHER).
_NO_SHARES_TYPES = frozenset({"PERSON", "PER", "PRODUCT", "OTHER"})
_PLACE_TYPES = frozenset({"PLACE", "LOC", "GPE"})
_DESCRIPTORS = frozenset({"rival", "rivals", "peer", "peers", "chipmaker", "the", "shares", "fellow", "affiliate"})
_INDEX_TYPES = frozenset({"INDEX", "ETF", "COMMODITY", "CURRENCY"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,6}")
_NUMBERED_NAME = re.compile(r"[A-Z][a-z][\w&.'’-]*\s+\d{1,4}")
#: The label of a dated list line ("Jan. 9:", "March 12:", "Tuesday:") in a timeline or a day-by-day recap, after a
#: bullet too, with its weekday before or after the date ("* June 9 (Monday):", "- Tuesday, June 10:", "Friday June 13
#: (close):").
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
#: The same label set in capitals ("- THURSDAY, MAY 14:", "MAY 14 (THURSDAY):").
_DAY_NAME_CAPS = r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
_MONTH_DAY_CAPS = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
DATED_ITEM = re.compile(
    r"^\s*(?:[*•·\-–—]\s*)?(?:" + _MONTH_DAY + r"(?:\s*\(" + _DAY_NAME + r"\))?|" + _DAY_NAME + r"(?:,?\s+" + _MONTH_DAY +
    r")?|" + _MONTH_DAY_CAPS + r"(?:\s*\(" + _DAY_NAME_CAPS + r"\))?|" + _DAY_NAME_CAPS + r"(?:,?\s+" + _MONTH_DAY_CAPS +
    r")?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(?:19|20)\d{2})?"  # "16 March:"
    r")(?:\s*\([^()]{1,20}\))?\s*:\s+|"
    # a chronology's line with a dash after its date ("March 9 - Shares sink 27%", "June 5, 2029 – X shares fall ...",
    # "2028 — Shares more than triple"): its date may be a month and year or a year alone; a capital opens its text
    # (its weekday in brackets after the date: "Sept 9 (Tue) - Talks end; shares fall 45%")
    # (its weekday before the date: "Tuesday, July 7 - ..."; the day before the month: "17 February - ...")
    r"^\s*(?:[*•·\-–—]\s*)?(?:(?:" + _DAY_NAME + r",?\s+)?" + _MONTH_DAY + r"(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\.?\))?|(?:" + _DAY_NAME + r",?\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:,?\s+(?:19|20)\d{2})?|"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+)?"
    r"(?:19|20)\d{2})\s+[-–—]\s+(?=[A-Z\"“‘])|"
    # a diary's or a chronology's line opening on a date in figures, day first ("28/04/2020 — KPMG report. Down 26%.",
    # "- 02.04.2024: X discloses a loss"), then a colon or a dash: a capital opens its text
    r"^\s*(?:[*•·\-–—]\s*)?[0-3]?\d[./][01]?\d[./](?:19|20)\d{2}\s*[:\-–—]\s+(?=[A-Z\"“‘])|"
    # a day-by-day recap's paragraph opening on its weekday (and date) as a sentence of its own ("Friday. The stock opened
    # down 27%", "Thursday, Aug. 1. At 4:01 p.m. ...")
    r"^\s*" + _DAY_NAME + r"(?:,?\s+" + _MONTH_DAY + r")?\.\s+(?=[A-Z\"“‘])|"
    # a chronology's line opening on a date in figures, year first, then a colon, a dash or a space ("2029-06-05  Acme
    # shares fall 12%", "2029-06-05: ..."): a capital opens its text
    r"^\s*(?:[*•·\-–—]\s*)?(?:19|20)\d{2}-[01]\d-[0-3]\d(?:\s*[:\-–—]\s+|\s+)(?=[A-Z\"“‘])")


@dataclass
class Named:
    """A company or index a move is about: its name, ``kind`` (share or index) and ticker."""

    name: str
    kind: str
    ticker: str


Mention = tuple[int, int, str, str, str]


def _founders_firm(items: Sequence[Mention]) -> Sequence[Mention]:
    """``items`` with a surname standing alone that the entity layer gives to a person ("Hollis", read as the founder
    "Jane Hollis" the text names too) read as the one organisation of the document whose name it opens ("Hollis
    Marine Engineering"): a company named after its founder, which the text then calls by the surname ("Hollis floats
    on the stock exchange", "Hollis, which makes engines, lost 11%"). Only when one such organisation is named, before
    any other, and the founder's full name once, after it: a politician the text names in full again and again, or a
    club named after a person the text goes on to write about, stays a person."""
    people = [m for m in items if m[4].upper() in ("PERSON", "PER") and m[2].isalpha() and m[2][:1].isupper()
              and " " not in m[2]]
    if not people:
        return items
    firms: dict[str, set[str]] = {}
    for _a, _b, _s, name, kind in items:
        words = name.split()
        if kind.upper() == "ORG" and len(words) >= 2:
            firms.setdefault(words[0], set()).add(name)
    if not firms:
        return items
    read: dict[str, str] = {}
    for surname in {m[2] for m in people}:
        firm = firms.get(surname)
        if not firm or len(firm) != 1:
            continue
        name = next(iter(firm))
        named_at = min(a for a, _b, _s, n, k in items if k.upper() == "ORG" and n == name)
        full = [a for a, _b, surface, _n, k in items if k.upper() in ("PERSON", "PER") and " " in surface
                and surface.split()[-1] == surname]
        # the firm the text names first of all organisations, its founder once in full after it ("Jane Hollis opens a works"): a politician the text names in
        # full again and again ("Jane Hollis ... the Hollis Foundation ... Hollis said") stays a person
        first_org = min((a for a, _b, _s, _n, k in items if k.upper() == "ORG"), default=-1)
        if len(full) == 1 and named_at < full[0] and named_at == first_org:
            read[surname] = name
    if not read:
        return items
    return [(m[0], m[1], m[2], read[m[2]], "ORG") if m in people and m[2] in read else m for m in items]


class DocMentions(list[Mention]):
    """One document's entity mentions, sorted, with the names the entity layer gives organisations (``orgs``) and a
    running count of the organisations named before an offset (:meth:`salient`): lookups that stay linear in the
    document."""

    def __init__(self, items: Sequence[Mention] = ()) -> None:
        # an organisation's name with a weekday read into it ("Monday Acme", from "On Monday Acme said") is the name
        items = _founders_firm(items)
        super().__init__(sorted((a, b, s, name_without_time(n) if t.upper() == "ORG" else n, t) for a, b, s, n, t in items))
        self.orgs = frozenset(x for _a, _b, surface, name, kind in self if kind.upper() == "ORG" for x in (surface, name))
        names: dict[str, set[str]] = {}
        for _a, _b, surface, name, kind in self:
            if kind.upper() == "ORG":
                names.setdefault(surface, set()).add(name)
        self._org_name = {surface: next(iter(n)) for surface, n in names.items() if len(n) == 1}
        self.places = frozenset(x for _a, _b, surface, name, kind in self if kind.upper() in _PLACE_TYPES
                                for x in (surface, name) if not _ACRONYM.fullmatch(x))
        #: the writings of the people the document names, with their surnames ("Jane Roe", "Roe"), that it never
        #: writes as an organisation's
        self.persons = frozenset(x for _a, _b, surface, name, kind in self if kind.upper() == "PERSON"
                                 for x in (surface, name, name.split()[-1] if name.split() else name)) - self.orgs
        self._orgs_in_order = [(a, name, surface) for a, _b, surface, name, kind in self if kind.upper() == "ORG"]
        #: the document's public bodies (:func:`_public_body`) and the initials it writes for them ("CPSC")
        self.public = public_bodies({name for _a, name, _s in self._orgs_in_order})
        #: the firms the document names as another's auditor or adviser, or as a short seller (:func:`service_parties`)
        self.parties: frozenset[str] = frozenset()
        #: the organisations the document writes as things owned, a product or a brand (:func:`product_names`)
        self.products: frozenset[str] = frozenset()
        #: the document's text (set by the caller that has it): whether a name is tied to shares (:func:`tied_to_shares`)
        self.text = ""
        self._counts: Counter[str] = Counter()
        self._seen = 0  # how many of ``_orgs_in_order`` are counted
        self._at = 0

    def org_name(self, surface: str) -> str:
        """The entity layer's name for an organisation written ``surface`` ("Acme" -> "Acme Holdings"), when it gives
        one name only; else ``surface``."""
        return self._org_name.get(surface, surface)

    def salient(self, before: int, skip: frozenset[str] = frozenset()) -> Named | None:
        """The organisation named most before offset ``before`` (more often than any other): what "the stock" of an
        opinion piece or a live blog means when none of the five sentences before names a company ("It took Acme
        seven hours to ... In between, we saw ... The stock soared 64%"). None when two tie. Calls with growing
        offsets only count the mentions in between; a body that issues no shares ("the Acme Creditor Committee") counts
        for the namesake that does (:func:`listed_namesake`), or not at all; a public body (:func:`_public_body`, by the
        entity layer's name for it) not at all. ``skip``: names left out (the speaker of a turn that says "your shares")."""
        if before < self._at:
            self._counts, self._seen = Counter(), 0
        self._at = before
        while self._seen < len(self._orgs_in_order) and self._orgs_in_order[self._seen][0] < before:
            _at, named, written = self._orgs_in_order[self._seen]
            if named in self.public:  # (a regulator named most is no story's stock: "the CPSC", the Commission)
                self._seen += 1
                continue
            if _issues_no_shares(named):  # "Acme" linked to "the Acme Creditor Committee": the namesake with shares
                named = listed_namesake(named, written, self)
            if named not in self.parties and not _issues_no_shares(named):
                self._counts[named] += 1
            self._seen += 1
        top = [(name, n) for name, n in self._counts.most_common(len(skip) + 2) if name not in skip][:2]
        if not top or (len(top) > 1 and top[1][1] >= top[0][1]):
            return None
        return Named(top[0][0], "share", "")


#: A firm that serves or attacks the company the story is about: its auditor, its adviser, a short seller.
#: An activist investor too ("activist investor Roe Capital", "Roe Capital, an activist fund"): a holder pressing the
#: company, whose stock is not the one the story follows.
_ACTIVIST_ROLE = r"activist\s+(?:investors?|shareholders?|(?:hedge\s+)?funds?)"
_PARTY_ROLE = r"(?:auditors?|advis[eo]rs?|short[- ]sellers?|" + _ACTIVIST_ROLE + ")"
_PARTY_WORDS = ("auditor", "adviser", "advisor", "short seller", "short-seller", "hired", "appointed", "called in",
                "brought in", "retained", "engaged", "activist")
#: What may stand before the role ("its former auditor", "an activist short seller").
_PARTY_MODIFIER = r"(?:(?:former|longtime|long-time|external|outside|statutory|new|own|activist|US|U\.S\.)\s+)?"
#: The party's name after its role: "the company's auditor, Roe & Co,", "its former adviser Roe Partners", "short
#: seller Roe Research".
_ROLE_THEN_NAME = re.compile(r"(?:\b(?:its|their|the\s+(?:company|group|firm|bank|lender)['’]s?|[A-Z][\w&.-]*['’]s?)\s+" +
                             _PARTY_MODIFIER + _PARTY_ROLE +
                             r"|(?<![A-Za-z-])[Ss]hort[- ]sellers?|(?<![A-Za-z-])[Aa]" + _ACTIVIST_ROLE[1:] +
                             r")\s*,?\s+(?P<name>" + NP + ")")
#: A preposition fronting a role before a comma ("For short sellers, ...", "Among its advisers, ...").
_FRONTED_FOR = re.compile(r"\b(?:[Ff]or|[Tt]o|[Aa]mong|[Ww]ith|[Aa]gainst|[Uu]nlike|[Ll]ike)\s+(?:(?:the|many|some|most)\s+)?\S*$")
#: The party's name before its role: "Roe & Co, the company's auditor", "Roe Research, a short seller", "Roe & Co
#: stepped down as auditor to ...", "Roe quits as Acme auditor".
_NAME_THEN_ROLE = re.compile(r"(?P<name>" + NP + r")(?:\s*,\s*(?:an?|the|its|their|[A-Z][\w&.-]*['’]s?)\s+"
                             r"(?:(?:company|group|firm)['’]s?\s+)?|(?:\s+[a-z]+){1,2}\s+as\s+(?:(?:the|its)\s+)?"
                             r"(?:[A-Z][\w&.-]*(?:['’]s)?\s+)?)" + _PARTY_MODIFIER + _PARTY_ROLE + r"\b")


#: A firm the company hires to look into or advise on its affairs ("X has been hired to find out what happened", "X
#: had been called in to investigate", "appointed X to carry out a review", "called in X to investigate"): a party
#: that works for the company, no issuer of the shares the story follows.
_HIRE_VERB = r"(?:hired|appointed|called\s+in|brought\s+in|retained|engaged)"
_LOOK_INTO = r"\s+to\s+(?:investigate|review|examine|look\s+into|conduct|carry\s+out|lead|advise|find\s+out|audit|assess|probe|check)\b"
_HIRED = re.compile(r"(?P<name>" + NP + r")\s+(?:has|had|have|was|were)\s+(?:been\s+)?" + _HIRE_VERB + _LOOK_INTO + "|"
                    r"\b" + _HIRE_VERB + r"\s+(?:(?:the\s+)?(?:accountants?|accounting\s+firm|auditors?|consultants?|"
                    r"consultancy|advisers?|law\s+firm|lawyers?)\s+)?(?P<obj>" + NP + r")" + _LOOK_INTO)
#: A firm that rates the company, as the subject of a rating's change ("Standard & Poor's had already lowered its
#: rating", "Moody's cut Acme's credit rating", "Roe Securities downgraded the stock"): a credit agency or a broker,
#: no issuer of the shares the story follows.
_RATER = re.compile(r"(?P<name>" + NP + r")\s+(?:(?:had|has|have)\s+)?(?:already\s+|also\s+)?(?:cut|cuts|lowered|lowers|"
                    r"downgraded|downgrades|raised|raises|upgraded|upgrades|affirmed|affirms|slashed|slashes)\s+"
                    r"(?:(?:its|their|the)\s+|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*['’]s?\s+)?(?:(?:long-term|short-term|"
                    r"sovereign|credit|debt|issuer|default)\s+){0,2}ratings?\b")
#: A broker changing its recommendation on the stock, as the subject ("Roe Securities downgraded the stock", "Roe has
#: cut the shares to underperform", "Roe moved it to a buy"): the analyst's firm, no issuer of the shares.
_RATER_OF_STOCK = re.compile(
    r"(?P<name>" + NP + r")\s+(?:(?:had|has|have)\s+)?(?:already\s+|also\s+)?(?:(?:downgraded|downgrades|upgraded|"
    r"upgrades)\s+(?:the\s+(?:stock|shares)|it)\b|(?:cut|cuts|lowered|lowers|raised|raises|moved|moves)\s+(?:the\s+"
    r"(?:stock|shares)|it)\s+to\s+(?:an?\s+)?[\"“]?(?:underperform|underweight|strong\s+sell|sell|neutral|hold|"
    r"outperform|overweight|strong\s+buy|buy|market\s+perform|sector\s+perform|peer\s+perform|equal[- ]weight|"
    r"reduce|in[- ]line)\b)")
#: Words one of which a text holds when :data:`_RATER_OF_STOCK` may match (a plain search first: most texts hold none).
_RECOMMENDATION_WORDS = ("downgrad", "upgrad", "underperform", "outperform", " perform", "underweight", "overweight",
                         "equal weight", "equal-weight", " to sell", " to neutral", " to hold", " to buy", " to a buy",
                         " to a sell", " to reduce", " to in line", " to in-line", " to strong")
#: A rating agency by its name's last words ("Fitch Ratings", "Moody's Investors Service").
_RATER_NAME = re.compile(r"\s(?:Ratings|Investors\s+Service)$")


#: The end of a sentence inside a name the name pattern ran on over ("Roe Partners.\n\nAcme", "Roe Partners. Acme").
_NAME_BREAK = re.compile(r"\.?\s*\n|(?<=[a-z]{3})\.\s+(?=[A-Z])")


def may_name_parties(text: str) -> bool:
    """Whether ``text`` has a word :func:`service_parties` looks for (auditor, adviser, short seller): most texts do
    not, and need neither that function nor their mentions."""
    low = text.lower()  # plain searches: a case-blind pattern over a whole text cost 0.9 s on 10,000 articles
    return any(word in low for word in _PARTY_WORDS)


#: A broadcast's or a newsletter's own name after its greeting ("Welcome back to X.", "You're listening to X", "This is
#: X, ..."): a programme, whatever the entity layer types it, never the company whose stock "The stock" means.
_PROGRAMME_CUE = re.compile(r"\b(?:[Ww]elcome\s+(?:back\s+)?to|[Yy]ou(?:['’]re|\s+are)\s+(?:listening\s+to|watching)|"
                            r"(?:^|(?<=[.!?:]\s))(?:[Tt]his\s+is))\s+(?:the\s+)?$")


def programme_names(text: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """The organisations a text greets its audience to ("Welcome back to Acme & Co." in a podcast's transcript)."""
    if "elcome" not in text and "listening" not in text and "watching" not in text and "This is" not in text:
        return frozenset()
    return frozenset(x for a, _b, surface, name, kind in mentions if kind.upper() == "ORG"
                     and _PROGRAMME_CUE.search(text, max(0, a - 30), a) for x in (surface, name))


#: A possessive no object pronoun shares ("its", "their", "my", "your", "our"; not "his"/"her": "told her Acme would")
#: right before a name, then a word in lower case or a model number ("Its Acme sensors", "my Acme said 340", "your Acme
#: 5"): the name is a thing someone owns (a product, a brand), not a company whose stock "the shares" means.
_OWNED_NAME = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)\s+$")
_AFTER_OWNED = re.compile(r"\s+(?:[a-z]+\b|\d{1,3}\b)(?!\s*%)")
#: A word naming a part of a company right after the owned name ("through its Acme Studios unit", "its Acme Labs
#: subsidiary"): the name is a company the owner holds, not a product or a brand.
UNIT_WORDS = frozenset({"unit", "units", "division", "divisions", "subsidiary", "subsidiaries", "arm", "affiliate"})
#: A word naming a dealing with another company right after the owned name ("sized its Acme loss", "cut its Acme
#: stake", "won its Acme contract"; a fund's trade in a stock: "closed its Acme short", "doubled its Acme position"):
#: the name is that other company, not a product or a brand of the owner.
_DEALING_WORDS = frozenset({"short", "shorts", "position", "positions", "bet", "bets",
                            "loss", "losses", "exposure", "exposures", "claim", "claims", "stake", "stakes", "holding",
                            "deal", "deals", "contract", "contracts", "bid", "offer", "acquisition", "takeover", "merger",
                            "investment", "investments", "partnership", "payout", "settlement", "liability",
                            "writedown", "write-down", "loan", "loans"})


#: A name written in lower case right before its exchange ticker in brackets ("Thyssenkrupp (TKA.DE) and voestalpine
#: (VOE.VI)", "bpost (BPOST.BR)", "(NYSE: ABC)"): a company that styles its name in small letters.
_LOWER_NAME_TICKER = re.compile(
    r"(?<![\w.'’-])(?P<name>[a-z][a-z0-9]{2,20})\s+\((?:[A-Za-z]{2,8}:\s*)?(?P<root>[A-Z][A-Z0-9]{1,5})(?:\.[A-Z]{1,3})?\)")


#: A name opening on initials in small letters, each with its dot, then a capitalised word ("e.l.f. Beauty"): a brand
#: written so; the entity layer misses it.
_DOTTED_LOWER_NAME = re.compile(r"(?<![\w.'’-])(?P<name>(?P<initials>(?:[a-z]\.){2,4})\s(?P<word>[A-Z][a-z]+))(?![\w-])")
#: Dotted abbreviations in small letters that are no name's initials ("at 10 a.m. Shares rose", "i.e. Acme").
_DOTTED_WORDS = frozenset({"a.m.", "p.m.", "i.e.", "e.g.", "c.f.", "n.b.", "b.i.d.", "t.i.d.", "q.d."})

_WORD = re.compile(r"[A-Za-z]+")


def abbreviates(root: str, name: str) -> bool:
    """Whether a ticker's letters ``root`` abbreviate ``name``: they open with its first letter and the rest follow in
    order in its words ("KALT" Kaltenbach Software, "BPOST" bpost, "VOE" voestalpine; not "KRAG" stock)."""
    letters = "".join(_WORD.findall(name)).upper()
    if not letters or letters[0] != root[0]:
        return False
    at = 0
    for ch in root:
        at = letters.find(ch, at) + 1
        if not at:
            return False
    return True


def lower_case_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Organisation mentions of the companies ``text`` writes in lower case, which the entity layer does not find: a
    lower-case word right before a ticker in brackets whose letters abbreviate it (:data:`_LOWER_NAME_TICKER`) or a name
    opening on dotted initials in small letters (:data:`_DOTTED_LOWER_NAME`, "e.l.f. Beauty"), then
    every other mention of that word in the text, as it is written (not a function word or a word that names no company
    in the move vocabulary, "The", "Shares", once capitalised; not inside another mention). Output: the new mentions (``start, end, surface, name, "ORG"``), sorted."""
    lex = move_words()
    names = {m.group("name") for m in _LOWER_NAME_TICKER.finditer(text)
             if m.group("name").capitalize() not in lex.function_words | lex.not_company
             and abbreviates(m.group("root"), m.group("name"))} if "(" in text else set()
    dotted = {m.group("name") for m in _DOTTED_LOWER_NAME.finditer(text)
              if m.group("initials") not in _DOTTED_WORDS and m.group("word") not in lex.function_words | lex.not_company
              and m.group("word").lower() not in lex.company_nouns} if ". " in text else set()
    names |= dotted  # "e.l.f. Beauty": a name opening on initials in small letters, each with its dot
    heads = camel_heads(text, mentions)  # "fubo shares fell" beside "fuboTV": the name's head in small letters
    if not names and not heads:
        return []
    found: list[Mention] = []
    for name in sorted(names | set(heads)):
        for m in re.finditer(r"(?<![\w.'’-])" + re.escape(name) + r"(?![\w-])", text):
            # (a mention of the dotted name's last word alone, "Beauty" read as another "... Beauty", is inside it)
            if not any(a < m.end() and m.start() < b and not (name in dotted and m.start() < a and b <= m.end())
                       for a, b, *_ in mentions):
                found.append((m.start(), m.end(), name, heads.get(name, name), "ORG"))
    return sorted(found)


#: An organisation's name in small letters with a capital inside ("fuboTV", "bitStream"): its head, the small letters
#: before the capital (three or more), is the short name a text may write alone ("fubo shares fell 6%").
_CAMEL_NAME = re.compile(r"(?P<head>[a-z]{3,})[A-Z][A-Za-z]*")
#: The head written as a name, not as a word of the language: in small letters at the start of a sentence or a line
#: ("fubo ticked up 2.2%"), or right before a possessive or the stock's word ("fubo's slide", "fubo shares").
_HEAD_OPENS = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)$")
_HEAD_AS_NAME = re.compile(r"['’]s\b|\s+(?:shares?|stock)\b")


def camel_heads(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """The heads of the organisations the entity layer found written in small letters with a capital inside
    (:data:`_CAMEL_NAME`, "fuboTV"), which ``text`` also writes alone as a name (:data:`_HEAD_OPENS`,
    :data:`_HEAD_AS_NAME`: "fubo's slide deepened"): head -> the organisation's name. A head that is a function word or
    a word the move vocabulary says names no company is left out, and so is one only ever written as a word of the
    language ("easy" of "easyJet": never opening a sentence in small letters nor before a possessive)."""
    lex = move_words()
    out: dict[str, str] = {}
    for _a, _b, surface, name, kind in mentions:
        camel = _CAMEL_NAME.fullmatch(surface) if kind.upper() == "ORG" else None
        head = camel.group("head") if camel else ""
        if not head or head in out or head.capitalize() in lex.function_words | lex.not_company:
            continue
        for m in re.finditer(r"(?<![\w.'’-])" + re.escape(head) + r"(?![\w-])", text):
            if _HEAD_OPENS.search(text, max(0, m.start() - 4), m.start()) or _HEAD_AS_NAME.match(text, m.end()):
                out[head] = name
                break
    return out


def product_names(text: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """The organisations a text writes as things people own ("Its Acme sensors were on four million arms", "My Acme
    said 340"), as the entity layer names them: a product or a brand, no antecedent of a later "its shares" or "the
    stock". A name the text also writes as a stock's ("Acme shares", "shares of Acme") stays a company."""
    found: set[str] = set()
    for a, b, surface, name, kind in mentions:
        # ORG or PRODUCT: the entity layer may already type it a product, and the grammar still reads it a subject
        if kind.upper() not in ("ORG", "PRODUCT") or not _OWNED_NAME.search(text, max(0, a - 8), a):
            continue
        after = _AFTER_OWNED.match(text, b)
        if after and after.group(0).strip() in UNIT_WORDS:
            continue  # "its Acme Studios unit": a company the owner holds, whose parent's shares "Acme's shares" are
        if after and after.group(0).strip() in _DEALING_WORDS:
            continue  # "sized its Acme loss at $80m": the company the owner dealt with (or insured), not its product
        if after and not _SHARE_WORD.match(after.group(0).strip()) \
                and not any(tied_to_shares(w, text) for w in {surface, name}):
            # "its Acme and Bexley brands" where "Acme" is the entity layer's short form of "Acme Foods": a brand
            # named after the company that owns it, the company itself still a company
            found.update((surface,) if surface != name and _opens_name(surface, name) else (surface, name))
    return frozenset(found)


def _opens_name(short: str, name: str) -> bool:
    """Whether ``short`` is the first word(s) of the longer ``name`` ("Acme" of "Acme Foods")."""
    words, full = short.split(), name.split()
    return 0 < len(words) < len(full) and full[: len(words)] == words


#: A unit's word after an owner's possessive and the name ("its Acme Studios unit", "Bexley's Acme Labs division").
_OWNED_BEFORE = re.compile(r"(?:\b[Ii]ts|\b[Tt]heir|[A-Za-z]['’]s?)\s+$")
_UNIT_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(UNIT_WORDS)) + r")\b")
#: An apposition calling the name a unit ("Acme Studios, the Japanese group's games unit", "Acme Labs, a subsidiary of
#: Bexley"); or the unit's word right before the name ("its games unit Acme Studios", "subsidiary Acme Labs").
_UNIT_APPOSITION = re.compile(r"\s*,\s+(?:an?|the|its|their)\s+(?:[\w'’.-]+\s+){0,5}?(?:" + "|".join(sorted(UNIT_WORDS))
                              + r")\b")
_UNIT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(UNIT_WORDS)) + r"),?\s+$")
#: A thing a company owns and sells, named in apposition with the owner's possessive ("its cloud phone service, Acme
#: Phone", "Acme Phone, its calling service"): no issuer of shares, as a unit is none.
_OWNED_THINGS = r"(?:service|product|app|platform|brand|software)"
_PRODUCT_APPOSITION = re.compile(r"\s*,\s+(?:its|their)\s+(?:[\w'’.-]+\s+){0,4}?" + _OWNED_THINGS + r"\b")
_PRODUCT_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w'’.-]+\s+){0,4}?" + _OWNED_THINGS + r",?\s+$")


def may_name_units(text: str) -> bool:
    """Whether ``text`` has a word :func:`unit_names` looks for (unit, division, subsidiary, arm, affiliate; a service,
    product, app, platform, brand or software)."""
    return any(word in text for word in ("unit", "division", "subsidiar", " arm", "affiliate", "service", "product",
                                         " app", "platform", "brand", "software"))


def unit_names(text: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """The organisations of two words or more a text calls another company's unit, as the entity layer names them:
    "through its Acme Studios unit", "Acme Studios, the Japanese group's games unit", "its games unit Acme Studios"; or a
    thing the company sells, in apposition with its possessive ("its cloud phone service, Acme Phone"). A
    unit issues no shares: a move the entity layer gives it from a shorter name ("Acme's shares fell 1.2%", "Acme"
    linked to "Acme Studios") is its parent's (:func:`parent_name`)."""
    if not may_name_units(text):
        return frozenset()
    found: set[str] = set()
    for a, b, _surface, name, kind in mentions:
        if kind.upper() != "ORG" or len(name.split()) < 2:
            continue
        if (_UNIT_AFTER.match(text, b) and _OWNED_BEFORE.search(text, max(0, a - 40), a)) \
                or _UNIT_APPOSITION.match(text, b) or _UNIT_BEFORE.search(text, max(0, a - 30), a) \
                or _PRODUCT_APPOSITION.match(text, b) or _PRODUCT_BEFORE.search(text, max(0, a - 60), a):
            found.add(name)
    return frozenset(found)


def parent_name(unit: str, sentence: str, names: Collection[str]) -> str:
    """The listed parent a move's sentence means when the entity layer linked its short name to a ``unit``
    (:func:`unit_names`) and the sentence does not write the unit's whole name ("Acme's shares fell 1.2%", "Acme" linked
    to "Acme Studios"): the longest first words of the unit's name the sentence writes, as the one organisation of
    ``names`` that is those words and a legal form or "Group" ("Acme Group"), else as written. ``unit`` when the
    sentence writes its whole name, or none of its first words."""
    if re.search(r"\b" + re.escape(unit) + r"\b", sentence):
        return unit
    words = unit.split()
    # a unit named by the initials of its parent ("AB Power" of "Alder Bexley"): the one name those initials spell
    spelt = {n for n in names if n != unit and spelt_by(words[0], n)} if re.fullmatch(r"[A-Z]{2,5}", words[0]) else set()
    if len(spelt) == 1:
        return spelt.pop()
    for k in range(len(words) - 1, 0, -1):
        short = " ".join(words[:k])
        if re.search(r"\b" + re.escape(short) + r"(?![\w-])", sentence):
            fuller = {n for n in names if n != unit and n != short and short_company_name(n) == short}
            return fuller.pop() if len(fuller) == 1 else short
    for k in range(len(words) - 1, 0, -1):  # "They had dropped 9.4%", its antecedent "Acme" linked to the unit: the one
        short = " ".join(words[:k])  # organisation of the corpus whose name opens on the unit's first words
        fuller = {n for n in names if n != unit and n != short and n.split()[:k] == words[:k]}
        if len(fuller) == 1:
            return fuller.pop()
    return unit


#: A name in capitals-first words, "&" between them allowed ("Patchett & Sons"; the words "and", "of" end it).
_CAP_RUN = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*)*"
#: The words an owner's apposition may put before "owner" or "parent": a listing or a home ("the AIM-listed owner",
#: "the Leeds-based parent"), never a share of ownership ("the largest owner", "a part-owner", "its former owner").
_OWNER_ADJ = r"(?:[A-Z][\w’'.]*-(?:listed|based|quoted|headquartered)|[a-z]+-(?:listed|based|quoted)|[A-Z][\w’'.]*)"
_OWNER_NOUN = r"(?:owner|parent(?:\s+(?:company|group))?)"
#: "Acme Holdings, the owner of the Bexley bakery chain", "Acme Holdings, the AIM-listed owner of Bexley", "Acme Group,
#: owner of Bexley", "Acme, the parent company of Bexley": the owner written before its brand.
_OWNER_THEN_BRAND = re.compile(r"(?P<owner>" + _CAP_RUN + r")\s*,\s+(?:(?:the|its)\s+)?(?:" + _OWNER_ADJ + r"\s+){0,2}"
                               + _OWNER_NOUN + r"\s+of\s+(?:the\s+)?(?P<brand>" + _CAP_RUN + r")")
#: "Acme Holdings, which owns the Bexley chain", "Acme, which runs Bexley": the owner's relative clause.
_OWNER_WHICH = re.compile(r"(?P<owner>" + _CAP_RUN + r")\s*,\s+which\s+(?:owns|runs|operates)\s+(?:the\s+)?(?P<brand>"
                          + _CAP_RUN + r")")
#: "Bexley's owner, Acme Holdings", "Bexley owner Acme Holdings", "Bexley's parent Acme": the brand's possessive first.
_BRAND_THEN_OWNER = re.compile(r"(?P<brand>" + _CAP_RUN + r")(?:['’]s)?\s+" + _OWNER_NOUN + r",?\s+(?P<owner>"
                               + _CAP_RUN + r")")
#: What may follow a brand's name in those constructions and still leave it a brand: its kind of business ("the Bexley
#: bakery chain", "Bexley brand"), a list of brands, the clause's end; never its shares ("owner of Bexley shares").
_SHARES_AFTER = re.compile(r"['’]?s?\s+(?:shares?|stock|stake|equity)\b")


def may_name_owners(text: str) -> bool:
    """Whether ``text`` has a word :func:`brand_owners` looks for (owner, parent, owns, runs, operates)."""
    return any(word in text for word in ("owner", "parent", "owns", "runs", "operates"))


def brand_owners(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """The brands a text ties to the company that owns them, as the entity layer names both (``mentions``: the
    document's ``(start, end, surface, name, type)``): "Acme Holdings, the owner of the Bexley bakery chain", "Acme, the
    London-listed parent of Bexley", "Acme Holdings, which owns Bexley", "Bexley's owner, Acme Holdings". Brand name ->
    owner name. A brand issues no shares the story follows: the press writes "Bexley shares fell" for its listed
    owner's, so a move the grammar gives the brand is the owner's. Not a person's ("Jane Roe, the owner of Bexley"),
    not a stock someone owns ("the owner of Bexley shares"), and not when the text ties the brand to two owners."""
    if not may_name_owners(text):
        return {}
    found: dict[str, set[str]] = {}
    for pattern in (_OWNER_THEN_BRAND, _OWNER_WHICH, _BRAND_THEN_OWNER):
        for m in pattern.finditer(text):
            if _SHARES_AFTER.match(text, m.end("brand")):
                continue
            owner = _mention_name(m.start("owner"), m.end("owner"), mentions, text)
            brand = _mention_name(m.start("brand"), m.end("brand"), mentions, text, _BRAND_KINDS)
            if owner is None or brand is None or short_company_name(owner).casefold() == short_company_name(brand).casefold():
                continue
            found.setdefault(brand, set()).add(owner)
    return {brand: owners.pop() for brand, owners in found.items() if len(owners) == 1}


#: The types the entity layer may give a brand: an organisation, or the brand it trades under (typed a product where
#: the text calls it "the X chain" or lists it among brands; its shares are still written "X shares").
_BRAND_KINDS = frozenset({"ORG", "PRODUCT"})


def _mention_name(start: int, end: int, mentions: Sequence[Mention], text: str,
                  kinds: frozenset[str] = frozenset({"ORG"})) -> str | None:
    """The organisation (or another of ``kinds``) the entity layer names at the end (an owner before its apposition)
    or the start (a brand after "owner of") of the span ``start``-``end`` of ``text``: the mention ending at ``end``
    or starting at ``start`` inside the span. None for a person or a place, or when no such name is there."""
    for a, b, _surface, name, kind in mentions:
        if start <= a < b <= end and (b == end or a == start):
            return name if kind.upper() in kinds else None
    return None


def spelt_by(initials: str, name: str) -> bool:
    """Whether ``initials`` (capitals) are the first letters of ``name``'s words, joining words ("of", "and") aside,
    each word capitalised and none in capitals itself ("AE" of "Arden Electric"; not of "AE Capital")."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("of", "and", "&", "the", "de")]
    return len(words) == len(initials) >= 2 and all(w[:1] == c and w[1:2].islower() for w, c in zip(words, initials))


def service_parties(text: str, mentions: DocMentions) -> frozenset[str]:
    """The firms a document names as another's auditor or adviser, or as a short seller ("the company's auditor, Roe &
    Co, resigned", "Roe Research, a short seller, ...", "Roe & Co resigned as auditor of Acme"), as the entity layer
    names them: a firm that checks, advises or attacks the company is not the company whose stock a later "the shares"
    means (auditors and short sellers issue no shares the story follows)."""
    found: set[str] = set()
    if not may_name_parties(text):
        return frozenset()  # most texts name no such firm: skip the name patterns
    for pattern in (_ROLE_THEN_NAME, _NAME_THEN_ROLE, _HIRED):
        for m in pattern.finditer(text):
            group = "obj" if pattern is _HIRED and m.group("obj") else "name"
            m_start = m.start(group)
            name = m.group(group)
            if pattern is _ROLE_THEN_NAME and "," in text[m.start(): m.start("name")] \
                    and _FRONTED_FOR.search(text, max(0, m.start() - 20), m.start() + 1):
                continue  # "For short sellers, Acme has been the trade of the year": a fronted phrase, no apposition
            if pattern is _ROLE_THEN_NAME:  # "... through its advisers, Roe Partners.\n\nAcme shares fell": the
                name = _NAME_BREAK.split(name, 1)[0]  # party's name ends with its sentence
            cleaned = clean_name(name, m_start)
            if not cleaned or classify_name(cleaned[0]) != "share":
                continue
            a, b = cleaned[1], cleaned[2]
            typed = [(n, t) for _s, _e, _sf, n, t in mentions_in(mentions, a, b)]
            if any(t.upper() in ("PERSON", "PER") for _n, t in typed):
                continue  # "its adviser, Jane Roe": a person
            found.add(cleaned[0])
            found.update(n for n, t in typed if t.upper() == "ORG")
    # a firm the same text writes as a stock's ("X shares lost 48%") issues the shares the story follows: the phrase
    # that named it beside a role was no apposition ("For short sellers, X has been the trade of the year")
    found = {n for n in found if not tied_to_shares(n, text)}
    if not found:
        return frozenset()
    # the party's short name and the entity layer's name for it ("Roe & Co LLP" ... "Roe audited the books")
    heads = {tuple(n.split()) for n in found}
    for _a, _b, surface, name, kind in mentions:
        words = tuple(surface.split())
        if kind.upper() == "ORG" and words and any(h[: len(words)] == words or words[: len(h)] == h for h in heads) \
                and not tied_to_shares(name, text):
            found.add(name)
    return frozenset(found)


def rater_names(text: str, mentions: DocMentions) -> frozenset[str]:
    """The firms a document names as rating a company (:data:`_RATER`: "Standard & Poor's had already lowered its
    rating", "Moody's cut Acme's credit rating"; :data:`_RATER_OF_STOCK`: "Roe has cut the stock to underperform"; or
    by the name of a rating agency, :data:`_RATER_NAME`: "Roe Ratings"), as the entity layer names them: in that document no antecedent of a later "the stock", which means the
    rated company's. (Per document: a bank that rates one company in one article may be the story's stock in another.)"""
    low = text.lower()
    patterns = [p for p, asked in ((_RATER, "rating" in low),
                                   (_RATER_OF_STOCK, any(w in low for w in _RECOMMENDATION_WORDS))) if asked]
    if not patterns:
        return frozenset()
    found = {name for _a, _b, surface, name, kind in mentions
             if kind.upper() == "ORG" and (_RATER_NAME.search(name) or _RATER_NAME.search(surface))}
    for m in (m for pattern in patterns for m in pattern.finditer(text)):
        cleaned = clean_name(m.group("name"), m.start("name"))
        if not cleaned or classify_name(cleaned[0]) != "share":
            continue
        typed = [(n, t) for _s, _e, _sf, n, t in mentions_in(mentions, cleaned[1], cleaned[2])]
        if any(t.upper() in ("PERSON", "PER") for _n, t in typed):
            continue
        found.add(cleaned[0])
        found.update(n for n, t in typed if t.upper() == "ORG")
    # the agency's short writing ("Moody's cuts Acme" in the headline over "Moody's Investors Service cut ..."), as the
    # entity layer names it ("Moody")
    heads = {_POSSESSIVE_END.sub("", n.split()[0]) for n in found if n.split()}
    found.update(name for _a, _b, _s, name, kind in mentions
                 if kind.upper() == "ORG" and _POSSESSIVE_END.sub("", name) in heads and len(name.split()) == 1)
    return frozenset(found)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def mention_tuples(mentions: pd.DataFrame | Sequence[Mention] | None) -> DocMentions:
    """Entity mentions (a frame with ``start, end, surface, name, type`` or tuples in that order) as a
    :class:`DocMentions`."""
    if mentions is None or len(mentions) == 0:
        return DocMentions()
    if not isinstance(mentions, pd.DataFrame):
        return DocMentions(mentions)
    cols = [mentions[c] for c in ("start", "end")] + [mentions[c].astype(str) for c in ("surface", "name", "type")]
    return DocMentions([(int(a), int(b), s, n, t) for a, b, s, n, t in zip(*cols)])


def mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions overlapping ``start``..``end``."""
    return [m for m in mentions if m[0] < end and m[1] > start]


def name_subject(subject: Subject, base: int, mentions: list[Mention], strict: bool = False) -> Named | None:
    """The company or index a grammatical subject names, refined by the entity mentions over its span.
    ``strict`` (coreference candidates): a PERSON mention over the name rules it out."""
    a, b = base + subject.start, base + subject.end
    kind = subject.kind
    name = subject.name
    for ms, me, surface, mname, mtype in mentions_in(mentions, a, b):
        if strict and (abs(ms - a) <= 2 or (ms > a and abs(me - b) <= 2)) and mtype.upper() in _NO_SHARES_TYPES:
            # "Jane Roe of Acme Research said ...": a person heads the subject; "I'm Jane Roe, and ...": a person's
            # name closes it; "The Phase 3 ZX-4 study": a product's or a trial's name (the entity layer's PRODUCT or
            # OTHER). No company to point back to
            return None
        if strict and ms <= a and me >= b and mtype.upper() == "ORG" and (_public_body(mname) or _public_body(surface)):
            return None  # "The Port and Harbour Authority of X said": a word of a public body's name ("Port")
        exact = abs(ms - a) <= 2 and abs(me - b) <= 2
        covers = ms <= a and me >= b and (me - ms) <= (b - a) + 25 and not _PERCENT.search(mname)
        if mname.split() and mname.split()[0].lower() in _DESCRIPTORS:
            covers = exact = False
        if exact and mtype.upper() in _PLACE_TYPES and not (_ACRONYM.fullmatch(mname) and classify_name(mname) == "share") \
                and known_place(mname) and not _shares_of_unlisted_place(mname, getattr(mentions, "text", "")) \
                and not _described_unlisted_place(mname, me, getattr(mentions, "text", "")):
            return Named(mname, "index", subject.ticker)  # "Tokyo fell 1%"; an acronym no place list knows is a company
        if exact and mtype.upper() in _NOT_COMPANY_TYPES:
            if strict:
                return None
            continue  # the grammar saw a move verb's subject: keep its reading
        if (exact or covers) and mtype.upper() in _INDEX_TYPES:
            if kind == "share" and _NUMBERED_NAME.fullmatch(mname) and classify_name(mname) == "share":
                return Named(mname, "share", subject.ticker)  # "Harlow 44 is up 2%": a numbered name no index list knows
            return Named(mname, "index", subject.ticker)
        if exact or (covers and mtype.upper() == "ORG"):
            if kind == "index" and _market_word(name) and mname != name:
                return Named(name, "index", subject.ticker)  # "Platinum was 0.5% lower" linked to "Acme Platinum":
                # the metal the grammar read, not the company named after it
            if kind == "share" and classify_name(mname) == "reject" and not exchange_letters_listed(mname, subject.ticker):
                return None
            if kind == "share":
                mname = listed_namesake(mname, surface, mentions)
            return Named(mname, kind, subject.ticker)
    if strict and name in getattr(mentions, "persons", ()):
        return None  # a person the document names where no mention covers it ("Roe's tweet" in a headline): no company
    if kind == "share" and isinstance(mentions, DocMentions):
        full = mentions.org_name(name)  # a headline's "Acme" (no mention there) as the body's "Acme Holdings"
        name = listed_namesake(full, name, mentions) if full != name else name
    return Named(name, kind, subject.ticker)


#: A name tied to a company's shares anywhere in a text: "<name> shares", "<name>'s stock", "shares of <name>", a
#: ticker after it ("<name> (NYSE: ABC)", "<name> (ABC.N)").
_TIED_AFTER = r"(?:['’]s?)?\s+(?:shares|stock|share\s+price|stock\s+price|market\s+(?:value|cap\w*))\b|\s*\((?:[A-Z]{2,8}\s*:\s*[A-Z]{1,5}(?:\.[A-Z]{1,2})?|[A-Z]{1,5}\.[A-Z]{1,2}|[A-Z]{2,5})\)"
_TIED_BEFORE = r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?"
#: A price change in money beside the figure ("fell $1.25, or 1.4 percent"): the subject is a listed stock.
_MONEY_CHANGE = re.compile(r"(?:[A-Z]{0,3}\$|€|£|¥)\s?\d|\d+\s+(?:cents|pence)\b")


#: A word of a company's shares or value in a sentence ("shares", "stock", "market capitalization").
_SHARE_WORD = re.compile(r"\b(?:shares?|stocks?|market\s+(?:value|cap|capitali[sz]ation)|valuation)\b", re.IGNORECASE)


#: A trading session's course in a move's sentence: a peak or trough during the session ("fell as much as 12% before
#: closing 8.4% lower") or a move pared or extended ("pared gains to 1.2%", "extended losses by another 2.5%"). Only a
#: quoted price moves so within a session (a poll's or a vote's share does not), so such a subject is a company even
#: when the entity layer typed its name a person's.
_SESSION_COURSE = re.compile(r"\bas\s+much\s+as\s+[\d.]+\s*(?:%|percent\b|per\s+cent\b)"
                             r"|\b(?:pared|pares|paring|trimmed|trims|trimming|extended|extends|extending)\s+"
                             r"(?:(?:its|their|some|early|earlier)\s+)?(?:gains|losses)\b", re.IGNORECASE)


#: A word in capitals that may be a ticker standing alone as a subject ("ACMT", "ACM.L"): no person's name.
TICKER_WORD = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?")
#: A signed percent right after a name ("Acme Trading +5.5%", "Acme (ACM) -2.2%"): a movers list's or a price board's
#: item.
_SIGNED_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*:?\s*[+\-−–]\s?\d+(?:\.\d+)?\s?%")


def _market_word(name: str) -> bool:
    """Whether ``name`` is a commodity's or a currency's word alone ("Platinum", "the rand"), which a company may carry
    in its own name ("Acme Platinum", "Rand Mining")."""
    lex = move_words()
    low = re.sub(r"^the\s+", "", name.lower())
    return low in lex.commodity_words or low in lex.currency_words


def person_not_shares(subject: Subject, base: int, sentence: str, text: str, mentions: Sequence[Mention]) -> bool:
    """Whether a move's subject is a person the entity layer types PERSON (its whole span) that the text never ties to
    shares ("Roe did better among older voters, 4 percent higher than nationally"): no company whose shares move.
    A person's name the text writes as a stock's ("Roe Brands shares", "shares of Roe", "Roe (NYSE: ROE)") or a
    sentence that gives a price change in money ("Roe fell $1.25, or 1.4 percent") keeps the move."""
    a, b = base + subject.start, base + subject.end
    hit = [(surface, name) for ms, me, surface, name, t in mentions
           if abs(ms - a) <= 2 and abs(me - b) <= 2 and t.upper() in ("PERSON", "PER")]
    if not hit or _MONEY_CHANGE.search(sentence) or _SHARE_WORD.search(sentence) or _SESSION_COURSE.search(sentence):
        return False
    if _SIGNED_AFTER.match(sentence, subject.end):
        return False  # "Movers: Acme Trading +5.5%, ...": a price board's item, the name a listed company's
    if TICKER_WORD.fullmatch(subject.name):
        return False  # "ACMT fell 8.4%": a ticker in capitals, no person's name
    if _described_company(subject.name):
        return False  # "Utility Enerpa, seen as a bond proxy, fell 2.7%": a company's noun heads the name, no person
    if _company_word_last(subject.name):
        return False  # "Orvel Refining lost 9.8% this week": a trade or a legal form ends the name, no person's
    if _STOCK_APPOSITIVE.match(sentence, subject.end):
        return False  # "Orvel, the index heavyweight, edged up 0.3%": described as a stock, no person
    return not any(tied_to_shares(word, text) for surface, name in hit for word in {surface, name, subject.name})


#: An appositive describing the name before it as a stock of a market ("X, the index heavyweight,", "X, a benchmark
#: constituent,", "X, the most-traded stock,"): a company, whatever the entity layer typed its name.
_STOCK_APPOSITIVE = re.compile(r"\s*,\s*(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?(?:(?:index|benchmark|market|sector)\s+"
                               r"(?:heavyweight|bellwether|constituent|component|member)|stock|blue[- ]chip)\s*,")


#: Company nouns that never end a person's name when written capitalised as its last word ("Orvel Bank", "Orvel
#: Airlines", "Orvel Insurer"); surnames such as "Maker", "Merchant" or "Builder" stay out.
_NAME_END_NOUNS = frozenset("airline bank bancorp biotech brewer insurer reinsurer refiner miner shipper smelter "
                            "telco utility conglomerate".split())


def _company_word_last(name: str) -> bool:
    """Whether a name of two words or more ends in a word only a company's name ends in: a legal form or "Holdings" /
    "Group" (``short_company_name`` drops it), a company noun (``_NAME_END_NOUNS``, a plural too: "Airlines"), or a
    trade's gerund whose agent noun is a company noun of the vocabulary ("Refining" of refiner, "Mining" of miner,
    "Shipping" of shipper, "Publishing" of publisher): "Orvel Refining", never "Dana Fleming" or "Lee King"."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    if short_company_name(name) != name:
        return True
    last = words[-1].lower()
    if last in _NAME_END_NOUNS or (last.endswith("s") and last[:-1] in _NAME_END_NOUNS):
        return True
    if last.endswith("ing") and len(last) >= 6:
        stem = last[:-3]
        nouns = move_words().company_nouns
        return stem + "er" in nouns or stem + "r" in nouns
    return False


def _described_company(name: str) -> bool:
    """Whether a name opens with a capitalised noun of a company before more of the name ("Utility Enerpa", "Insurer
    Roe Mutual", "Carmaker Doe"): a company the sentence describes, whatever the entity layer typed it."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in move_words().company_nouns \
        and words[1][:1].isupper()


def bare_pronoun(head: str, sentence: str, mentions: Sequence[Mention]) -> bool:
    """Whether a pointing-back "it" moves with no word of shares, value or a price change in money in its sentence
    ("It declined in almost every state, dropping 50 percent in X"): it may mean only a company the text ties to
    shares (:func:`tied_to_shares`). Without the text (the grammar alone) never."""
    return head == "it" and bool(getattr(mentions, "text", "")) and not _SHARE_WORD.search(sentence) \
        and not _MONEY_CHANGE.search(sentence)


def tied_to_shares(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a stock's ("<name> shares", "<name>'s stock", "shares of <name>", "<name>
    (NYSE: ABC)")."""
    w = re.escape(name)
    return bool(name) and (re.search(w + "(?:" + _TIED_AFTER + ")", text) is not None
                           or re.search(_TIED_BEFORE + w + r"\b", text) is not None)


def known_place(name: str) -> bool:
    """Whether a name the entity layer types as a place may be a market that moves ("Tokyo fell 1%"): one word (the
    entity layer's reading of a town's name is kept), a name a place list knows (the move lexicon's markets, the entity
    catalogue's places and their aliases), or an address ("Tarrowby Street"). A longer name no list knows ("Quarrow
    Valley", "Dellacourt Optics": typed a place by its shape or by its context) names no market: as the subject of a
    share verb it stays the grammar's company."""
    words = name.split()
    if len(words) < 2 or (words[-1] in _ADDRESS_HEADS and "&" not in words):
        return True  # "on Tarrowby Street": an address, never a listed company (nor a market); "Tarrow & Lane" joins
        # two partners' names as a firm's does, never an address's
    lexicon = get_lexicon()
    return name in move_words().places or name in lexicon.places or name in lexicon.place_alias


def _shares_of_unlisted_place(name: str, text: str) -> bool:
    """Whether a one-word name the entity layer typed a place, which no place list knows, owns shares in the text
    ("Quara's preferred shares fell 6.9%", "shares of Quara"): a company, not a market ("Tokyo shares" stay a
    market's: a place list knows Tokyo)."""
    if " " in name or not text:
        return False
    lexicon = get_lexicon()
    if name in move_words().places or name in lexicon.places or name in lexicon.place_alias:
        return False
    return tied_to_shares(name, text) or re.search(re.escape(name) + _OWNED_CLASS_SHARES, text) is not None


#: An appositive headed by a company noun right after a name ("X, Belgium's largest grocer,", "X, the retailer,", "X, a
#: chipmaker,"): the name is the company's.
_COMPANY_APPOSITIVE = re.compile(r"\s*,\s+(?:the\s+|an?\s+|[A-Z][\w.'’-]*['’]s?\s+)(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s*,")


def _described_unlisted_place(name: str, end: int, text: str) -> bool:
    """Whether a one-word name the entity layer typed a place, which no place list knows, is described right after
    it as a company ("Colvane, Belgium's largest grocer, shed 2.7%"): a company, not a market."""
    if " " in name or not text:
        return False
    lexicon = get_lexicon()
    if name in move_words().places or name in lexicon.places or name in lexicon.place_alias:
        return False
    described = _COMPANY_APPOSITIVE.match(text, end)
    return described is not None and (described.group("noun") in move_words().company_nouns
                                      or described.group("noun").endswith("maker"))


#: A class of a company's shares after its possessive ("X's preferred shares", "X's ordinary stock").
_OWNED_CLASS_SHARES = r"['’]s?\s+(?:preferred|preference|common|ordinary|voting|non-voting|[AB]|class\s+[AB])\s+(?:shares|stock)\b"


#: The last word of an address (a street, a square, an airport): a place whatever list knows it.
_ADDRESS_HEADS = frozenset("Street Road Avenue Boulevard Lane Square Airport Airfield".split())


#: The last word of a body that issues no shares ("the Acme Staff Forum", "the Acme Pensioners Association").
_NO_SHARES_HEADS = frozenset("Forum Association Union Council Committee Federation Society Foundation Institute Ministry "
                             "Agency Authority Commission Club Alliance Network Campaign Coalition Party".split())


def _issues_no_shares(name: str) -> bool:
    """Whether ``name`` closes on the head of a body that issues no shares (:data:`_NO_SHARES_HEADS`) and is no listed
    company of the catalog ("Western Union" is one)."""
    words = name.split()
    return len(words) > 1 and words[-1] in _NO_SHARES_HEADS and catalog_company(name) is None


#: A reporting period closing a name ("H1", "Q2", "FY25", "9M"): no company's name ends in one.
_PERIOD_TAG = re.compile(r"(?<=\w)\s+(?:Q[1-4]|[1-4]Q|H[12]|[1-2]H|9M|FY\s?\d{2,4}|Q[1-4]\s?FY\d{2,4})$")


def listed_namesake(name: str, surface: str, mentions: Sequence[Mention]) -> str:
    """The company a short name stands for when the entity layer linked it to a body with no shares that shares the
    name's first words ("Acme shares fell 5.5%" with "Acme" linked to "the Acme Staff Forum"): the one organisation
    of the document whose name starts with the same words and issues shares, else the short name itself. Any other
    ``name`` is returned as it is, less a reporting period the entity layer read into it ("Acme Foods H1", from a
    headline "Acme Foods H1 sales: ...", is "Acme Foods")."""
    name = _PERIOD_TAG.sub("", name) or name
    text = getattr(mentions, "text", "")
    if name != surface and coined_name(name, surface, text):
        return surface  # "HX's share price crumbled" with "HX" linked to the culture "the HX Way": the sentence's name
    if name != surface and text and not _issues_no_shares(surface):
        issuer = _share_issuer(name, surface, mentions, text)
        if issuer:
            return issuer
    if name == surface or not _issues_no_shares(name) or _issues_no_shares(surface):
        return name
    lead = surface.split()
    others = {n for _a, _b, _s, n, t in mentions if t.upper() == "ORG" and n != name and n.split()[: len(lead)] == lead
              and not _issues_no_shares(n)}
    return others.pop() if len(others) == 1 else surface


#: The last word of a site's name ("the Acme Aviation Center", "the Acme Tower"): a building, which issues no shares.
_SITE_HEADS = frozenset("Center Centre Building Tower Towers Headquarters Campus Plant Factory Stadium Arena Hall".split())


def _share_issuer(name: str, surface: str, mentions: Sequence[Mention], text: str) -> str:
    """The company a short name ``surface`` stands for when the entity layer linked it to a longer ``name`` that the
    text never writes as a stock's (:func:`tied_to_shares`): the one other organisation of the document whose name
    opens with the same words and that the text does write so ("Acme" linked to "the utility's Acme Electric unit",
    the article's "Shares of Acme Energy Holdings" -> "Acme Energy Holdings"), or the short name itself when ``name``
    is a site's ("Acme" linked to "the Acme Aviation Center", with "Acme shares are down"); "" when neither."""
    lead = surface.split()
    if name.split()[: len(lead)] != lead or tied_to_shares(name, text):
        return ""
    tied = {n for _a, _b, _s, n, t in mentions if t.upper() == "ORG" and n != name and n.split()[: len(lead)] == lead
            and len(n.split()) > len(lead) and tied_to_shares(n, text)}
    if len(tied) == 1:
        return tied.pop()
    if not tied and name.split()[-1] in _SITE_HEADS:
        return surface
    if not tied and _named_after_company(name, text):
        firms = {n for _a, _b, _s, n, t in mentions if t.upper() == "ORG" and n != name and n.split()[: len(lead)] == lead
                 and _company_word_last(n)}
        if len(firms) == 1:  # "Acme shares" with "Acme" linked to the ship "the Acme Meridian": "Acme Cruise Holdings"
            return firms.pop()
    opener = "" if tied else _first_written(name, lead, mentions)
    return "" if opener and _named_after_company(opener, text) else opener  # a headline's ship is not the company


def _named_after_company(name: str, text: str) -> bool:
    """Whether ``name`` is a thing named after its company, as a ship, a hotel or a product is: the text writes it after
    a lower-case "the" ("aboard the Acme Meridian", "cleared the Acme Meridian to sail"; not only as a modifier of a
    company's noun, "the Acme Energy deal": :data:`_FIRM_MODIFIED`), and it ends in no word only a company's name ends
    in (:func:`_company_word_last`)."""
    return not _company_word_last(name) and re.search(r"\bthe\s+" + re.escape(name) + r"\b(?!['’]|\s+" + _FIRM_MODIFIED +
                                                      r"\b)", text) is not None


#: The nouns a company's name modifies after "the" ("the Acme Energy deal", "the Acme Energy board"): such a "the" is
#: the noun's, and the name may be the company's.
_FIRM_MODIFIED = (r"(?:shares?|stock|board|chief|executive|management|deal|merger|takeover|bid|offer|unit|group|brand|"
                  r"acquisition|purchase|sale|results|earnings|chairman|founder|owner|parent|name)")


def _first_written(name: str, lead: list[str], mentions: Sequence[Mention]) -> str:
    """The organisation the document wrote in full first among those whose names open with the words ``lead``, when
    that is not ``name`` ("Acme Brewing Group" in the opening sentence, "the sale of its Acme Inns estate" further
    down, then "Acme shares gained 8.6%" with "Acme" linked to "Acme Inns": the company the article introduced);
    "" when ``name`` was written first or never in full."""
    first: dict[str, int] = {}
    for a, _b, written, n, t in sorted(mentions):
        if t.upper() == "ORG" and written == n and len(n.split()) > len(lead) and n.split()[: len(lead)] == lead:
            first.setdefault(n, a)
    if name not in first:
        return ""
    opener = min(first, key=lambda n: first[n])
    return opener if opener != name and not _issues_no_shares(opener) else ""


#: What stands right before a coined name ("a culture called \"The Acme Way\"", "dubbed the Acme Plan"): a quotation
#: mark, or a verb of naming, "the" allowed after either.
_COINED_LEAD = r"(?:[\"“‘']\s*|\b(?:called|dubbed|known\s+as|nicknamed|named|termed|branded)\s+)(?:[Tt]he\s+)?"


@lru_cache(maxsize=512)
def coined_name(name: str, surface: str, text: str) -> bool:
    """Whether the entity layer linked a company's short name to a longer name the text only coins ("a culture called
    \"The Acme Way\"", "its plan, dubbed Acme Forward"): the longer name opens with the short one, has no legal form,
    and every writing of it in ``text`` stands in quotes or after a verb of naming. Such a name (a culture, a plan, a
    slogan) is no company whose shares move; the sentence's own name is."""
    lead, words = surface.split(), name.split()
    if not text or len(words) <= len(lead) or words[: len(lead)] != lead or short_company_name(name) != name:
        return False
    found = [m.start() for m in re.finditer(r"(?<![\w&])" + re.escape(name) + r"(?![\w&])", text)]
    return bool(found) and all(re.search(_COINED_LEAD + r"$", text[max(0, at - 20): at]) for at in found)


#: A speaker's label opening a transcript's turn ("ROE:", "NÚÑEZ:"), after a clock stamp too ("[01:14:50] JANE ROE
#: (HOST):"): the word after it opens a sentence.
_TURN_LABEL = re.compile(r"^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:[" + CAPITALS + r"][" + CAPITALS + r".'’-]+\s+){0,3}[" +
                         CAPITALS + r"][" + CAPITALS + r".'’-]+(?:\s*\([^()]{1,40}\))?\s*:\s+")


#: A reporting verb right after a name, an adverb set off by commas allowed ("Acme said", "Acme, meanwhile, said").
_REPORTING_AFTER = re.compile(r"(?:\s*,\s*[a-z]+(?:\s+[a-z]+)?\s*,)?\s+(?:said|says)\b")


#: Collective nouns that speak for people, not companies ("Police said", "Management says").
_COLLECTIVE = frozenset({"Police", "Management", "Staff", "Government", "Parliament", "Congress", "Labour", "Labor",
                         "Leadership", "Prosecution", "Defence", "Defense", "Opposition", "Family", "Media"})


def _unconfirmed_opener(sentence: str, name: str, start: int, mentions: list[Mention]) -> bool:
    """A one-word name opening a sentence or a dated list line ("Health care investors were ...", "Travelers wait
    ...", "March 3: Irregularities found") that the entity
    layer names as an organisation nowhere in the document: its capital says nothing, so it is no antecedent.
    Without mentions (the grammar alone) every name stays."""
    label = DATED_ITEM.match(sentence) or _TURN_LABEL.match(sentence)  # "ROE: Thank you." opens a turn
    lead = sentence[label.end() if label and label.end() <= start else 0: start]
    if not mentions or " " in name or (lead.strip(" \t•*-\"“'‘(") and not _title_case(sentence)):
        return False  # in a headline set in title case ("… What Investors Need to Know") no capital says anything
    if _REPORTING_AFTER.match(sentence, start + len(name)) and not name.endswith("s") and name not in _COLLECTIVE:
        return False  # "Acme, meanwhile, said ...": a name that speaks is an agent ("Critics said", "Police said": people)
    if isinstance(mentions, DocMentions):
        return name not in mentions.orgs
    return not any(t.upper() == "ORG" and name in (surface, mname) for _a, _b, surface, mname, t in mentions)


_LONG_WORD = re.compile(r"\b[A-Za-z][\w’'-]{3,}")


def _title_case(sentence: str) -> bool:
    """A line set in title case (a headline: "Acme Stock Plunges 15% on Guidance Cut"): at least four words of four
    letters or more, nearly all capitalised."""
    words = _LONG_WORD.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _typed_place(name: str, mentions: list[Mention]) -> bool:
    """A name the entity layer types as a place elsewhere in the document (a headline's "Kestrel Ridge union calls
    a strike", whose words carry no mention of their own): no company to point back to."""
    return isinstance(mentions, DocMentions) and name in mentions.places


_AFFILIATION = re.compile(r"\s(?:of|at|from|with)\s+(?:the\s+)?$")


def _affiliation(base: int, start: int, sentence: str, mentions: list[Mention]) -> bool:
    """A name right after a person's "of" / "at" ("Jane Roe of Acme Research said ..."): the person's employer, a
    broker or a research house, not a company whose stock a later "The shares" means."""
    lead = _AFFILIATION.search(sentence[max(0, start - 12): start])
    if not lead:
        return False
    cut = base + max(0, start - 12) + lead.start()
    if any(mtype.upper() in ("PERSON", "PER") and abs(me - cut) <= 1 for _ms, me, _s, _n, mtype in mentions):
        return True
    role = _ROLE_AT.search(sentence[max(0, start - 60): start])
    if not role:
        return False
    cut = base + max(0, start - 60) + role.start()
    return any(mtype.upper() in ("PERSON", "PER") and abs(me - cut) <= 1 for _ms, me, _s, _n, mtype in mentions)


#: A person's role in an appositive before an employer ("Jane Roe, senior analyst at Acme Securities", "Jane Roe, an
#: economist with Acme Bank"): the name after it is the person's employer, as right after "Jane Roe of".
_ROLE_AT = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){1,4}(?:of|at|from|with)\s+(?:the\s+)?$")


#: A sentence opening on a person's name and an executive's role in an appositive ("Jane Roe, chief executive of Acme
#: Tools, spoke ...", "Jane Roe, the founder and chairman of Acme, said ...").
_LEADER_OPENING = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]*,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                             r"(?:chief\s+executive|chief\s+financial\s+officer|finance\s+chief|chairman|chairwoman|"
                             r"founder|president|managing\s+director)\s+(?:of|at)\s+(?:the\s+)?(?P<name>" + NP + r")\s*,")


def _led_company(sentence: str, base: int, mentions: list[Mention]) -> list[Named]:
    """The company a sentence's opening person leads, by the appositive after the name ("Jane Roe, chief executive of
    Acme Tools, spoke to ..."): the topic a later "The shares" means, whatever the entity layer types the company's
    name (a person's, at times). [] when the sentence opens otherwise or the name is no company's."""
    found = _LEADER_OPENING.match(sentence)
    if found is None or not any(t.upper() in ("PERSON", "PER") and ms - base <= 2 and me - base < found.start("name")
                                for ms, me, _s, _n, t in mentions_in(mentions, base, base + found.start("name"))):
        return []
    cleaned = clean_name(found.group("name"), found.start("name"))
    if not cleaned or classify_name(cleaned[0]) != "share" or _public_body(cleaned[0]) or _issues_no_shares(cleaned[0]):
        return []  # (not "president of the Roe Teachers Union")
    full = mentions.org_name(cleaned[0]) if isinstance(mentions, DocMentions) else cleaned[0]
    return [Named(full, "share", "")]


#: An executive's title after a company's name ("Acme CEO", "Acme boss"): the person, whose company is the name.
_TRAILING_TITLE = re.compile(r"\s+(?:CEO|CFO|COO|CTO|Chief|Chairman|Chairwoman|Chair|President|Boss|boss|Founder)$")


def _without_title(cleaned: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """A name with an executive's title after it ("Acme CEO") as the company's name ("Acme")."""
    if cleaned is None:
        return None
    title = _TRAILING_TITLE.search(cleaned[0])
    if not title or not title.start():
        return cleaned
    return cleaned[0][: title.start()], cleaned[1], cleaned[1] + title.start()


def _named_company(found: re.Match[str] | None, base: int, mentions: list[Mention], strict: bool = True) -> Named | None:
    """The company a match's ``name`` group names (a listed company's name, as the mentions give it), or None.
    ``strict``: a PERSON mention over the name rules it out (not for a name tied to shares: "shares in X")."""
    if found is None:
        return None
    cleaned = clean_name(found.group("name"), found.start("name"))
    if not cleaned or classify_name(cleaned[0]) != "share":
        return None
    named = name_subject(Subject("share", cleaned[0], cleaned[1], cleaned[2]), base, mentions, strict=strict)
    return named if named and named.kind == "share" else None


#: "shares" / "stock" right after a name ("Acme shares", "Acme's stock"): the name is a company's, whatever type the
#: entity layer gave it (no person's name heads "shares").
_SHARES_AFTER = re.compile(r"(?:['’]s?)?\s+(?:shares|stock|share\s+price)\b")


#: The last word of a public body's name (a legislature, court, ministry or regulator): never a company with shares,
#: whatever the entity layer calls it ("the Senate banking committee", "the Water Authority").
_PUBLIC_BODY_HEADS = frozenset("Senate Parliament Congress Assembly Cabinet Court Tribunal Ministry Government Embassy "
                               "Consulate Department Council Commission Committee Authority Administration Inspectorate "
                               "Directorate Secretariat Regulator Ombudsman Police".split())


def _public_named(name: str, mentions: Sequence[Mention]) -> bool:
    """Whether ``name`` is a public body's (:func:`_public_body`), also by the entity layer's full name for it or as
    the initials of one the document names ("CPSC" for "the U.S. Consumer Product Safety Commission")."""
    return _public_body(name) or isinstance(mentions, DocMentions) and (
        _public_body(mentions.org_name(name)) or name in mentions.public)


#: Words a public body's initials leave out ("the U.S. Food and Drug Administration": "FDA").
_NOT_INITIALLED = frozenset({"U.S.", "US", "UK", "U.K.", "EU", "of", "and", "for", "the", "on", "&"})


def public_bodies(names: set[str]) -> frozenset[str]:
    """The names of ``names`` (a document's organisations) that are public bodies' (:func:`_public_body`), with the
    ones in capitals that write such a body's initials ("CPSC" beside "U.S. Consumer Product Safety Commission")."""
    public = {n for n in names if _public_body(n)}
    if not public:
        return frozenset()
    initials = {"".join(w[0] for w in n.split() if w not in _NOT_INITIALLED) for n in public}
    return frozenset(public | {n for n in names if n.isupper() and 2 <= len(n) <= 6 and n in initials})


def _public_body(name: str) -> bool:
    """Whether a name's head noun names a public body: its last word, or the last word before "of" ("the Port
    Authority of Westmark", "the Ministry of Transport", "the Court of Appeal")."""
    words = name.split(" of ")[0].split()
    return bool(words) and (words[-1] in _PUBLIC_BODY_HEADS or name.split()[-1] in _PUBLIC_BODY_HEADS)


#: A short question with no verb that names what the next turn is about ("And Acme Tools?", "What about Acme?", "Acme
#: in Oslo?", "Now, Acme?"): only names and these words.
_BARE_QUESTION = re.compile(r"(?:(?:And|So|Now|Then)\s+)?(?:(?:[Ww]hat|[Hh]ow)\s+about\s+)?(?:the\s+)?" + NP +
                            r"(?:\s+(?:in|on|at)\s+" + NP + r")?\s*\?\s*")


def _question_topic(sentence: str, base: int, mentions: list[Mention]) -> list[Named]:
    """The one company a short question with no verb names ("And Acme Tools?", "Acme in Oslo?"), often after a
    speaker's label: what the answer's "The stock" / "it" means (the question sets the answer's topic)."""
    label = _TURN_LABEL.match(sentence)
    lead = label.end() if label else len(sentence) - len(sentence.lstrip())  # a label the caller blanked out
    question = sentence[lead:]
    if not question or not _BARE_QUESTION.fullmatch(question):
        return []
    _topics, names = _candidates(" " * lead + question, base, mentions, asked=False)
    speaker = {mname for _ms, _me, _surface, mname, _type in mentions_in(mentions, base, base + lead)} if label else set()
    names = [n for n in names if n.name not in speaker]  # "STJ: What about Acme?": the asking outlet's label is no topic
    if names:
        return names[-1:] if len({n.name for n in names}) == 1 else []
    # a name the entity layer does not type as a company, asked about alone ("Acme in Oslo?"): the question's subject
    opener = _QUESTION_OPENER.match(question)
    at = lead + (opener.end() if opener else 0)
    found = NP_RE.match(sentence, at)
    if found is None or (not (opener and opener.end()) and not _PLACED_QUESTION.match(sentence, found.end())):
        return []  # "Why?", "Taxes?": a lone capitalised word asked about is no name
    cleaned = clean_name(found.group(0), found.start())
    if not cleaned or classify_name(cleaned[0]) != "share" or _typed_place(cleaned[0], mentions):
        return []
    named = name_subject(Subject("share", *cleaned), base, mentions, strict=True)
    return [named] if named and named.kind == "share" and not _public_named(named.name, mentions) else []


_QUESTION_OPENER = re.compile(r"(?:(?:And|So|Now|Then)\s+)?(?:(?:[Ww]hat|[Hh]ow)\s+about\s+)?(?:the\s+)?")
_PLACED_QUESTION = re.compile(r"\s+(?:in|on|at)\s+[A-Z]")


def _heading_line(sentence: str, base: int, mentions: list[Mention]) -> bool:
    """A page's section heading: a line of its own in capitals with no figure ("FULL TEXT.", "ABSTRACT", "BACKGROUND:")
    that names no organisation of the entity layer and no name the text ties to shares. No antecedent."""
    text = getattr(mentions, "text", "")
    words = sentence.strip(" \t.:;-–—*")
    if not text or not words or any(c.islower() or c.isdigit() for c in words) or "(" in words:
        return False
    if text[max(0, base - 1): base] not in ("", "\n") or text[base + len(sentence): base + len(sentence) + 1] not in ("", "\n"):
        return False
    if mentions_in(mentions, base, base + len(sentence)):
        return False
    return not tied_to_shares(" ".join(words.split()).title(), text) and not tied_to_shares(words, text)


#: A line that opens with a company's name and its ticker, then a colon or a dash ("Acme Corp (ACM-T): ...", "Zorbo
#: (ZRB LN) - ...").
_TICKER_TITLE = re.compile(r"\s*(?P<name>[A-Z][^:;,()\n]{0,60}?)\s*\((?:[A-Za-z]+:\s*)?[A-Z][A-Z0-9.\-]{0,9}(?:\s[A-Z]{2})?\)"
                           r"\s*[:\-–—|]\s")


#: A quotation closed by its comma, then its speaker and a verb of saying ('"...," Acme Tools said in a statement').
_QUOTE_THEN_SPEAKER = re.compile(r"[,.!?][\"”]\s+(?P<name>" + NP + r")\s+(?:said|says|added|wrote|told|noted)\b")


#: A share class right before "shares" or "stock" ("The B shares", "Preferred shares", "Class A stock"): no name of a
#: company, whatever its capital.
_CLASS_BEFORE_SHARES = re.compile(r"\b(?:[ABCH]|[Cc]lass\s+[A-C]|[Ss]eries\s+[A-D]|Preferred|Preference|Common|Ordinary|"
                                  r"Voting|Non-[Vv]oting)(?=\s+(?:shares|stock)\b)")


def _candidates(sentence: str, base: int, mentions: list[Mention], asked: bool = True) -> tuple[list[Named], list[Named]]:
    """(topic-like names, every capitalised company name) of an earlier sentence, for coreference; a share class
    before "shares" is no name (:data:`_CLASS_BEFORE_SHARES`)."""
    if "shares" in sentence or "stock" in sentence:
        sentence = _CLASS_BEFORE_SHARES.sub(lambda m: " " * len(m.group(0)), sentence)
    if asked and sentence.rstrip().endswith("?") and len(sentence) < 120:
        asked = _question_topic(sentence, base, mentions) if "?" not in sentence.rstrip()[:-1] else []
        if asked:
            return asked, asked
    if _heading_line(sentence, base, mentions):
        return [], []
    titled = _TICKER_TITLE.match(sentence)
    if titled and not titled.group("name").isupper():  # (not a dateline: "WASHINGTON (AP) — ...")  # "Acme Corp (ACM-T): Auditor resignation - moving to ...": a note's title is about the company it
        # names with its ticker, whatever the words after the colon
        cleaned = clean_name(titled.group("name").strip(), titled.start("name"))
        named = name_subject(Subject("share", *cleaned), base, mentions, strict=True) if cleaned else None
        if named is not None and named.kind == "share":
            return [named], [named]
    topics: list[Named] = []
    ends = [m.start() for m in _SEMICOLON.finditer(sentence)] + [len(sentence)]
    for end in ends:  # the subject opening each ";" clause, the last one nearest
        for s in clause_subject(sentence, end):
            held = s.start >= 0 and _SHARES_AFTER.match(sentence, s.end) is not None  # "Acme shares were down": a company
            if s.kind == "share" and s.start >= 0 and (held or not _unconfirmed_opener(sentence, s.name, s.start, mentions)) \
                    and not _typed_place(s.name, mentions) and not descriptor_place(sentence, s.start, s.end):
                named = name_subject(s, base, mentions, strict=not held)
                if named and named.kind == "share" and not _public_named(named.name, mentions):
                    topics.append(named)
    if not topics:  # "Jane Roe, chief executive of Acme Tools, spoke to ...": the company the opening person leads
        topics.extend(_led_company(sentence, base, mentions))
    if not topics and (quoted := _QUOTE_THEN_SPEAKER.search(sentence)) is not None:
        # '"We are committed to a full review," Acme Tools said in a statement.': the company that spoke is the topic
        cleaned = clean_name(quoted.group("name"), quoted.start("name"))
        named = name_subject(Subject("share", *cleaned), base, mentions, strict=True) if cleaned else None
        if named is not None and named.kind == "share" and named.name in getattr(mentions, "orgs", ()) \
                and not _public_named(named.name, mentions):
            topics.append(named)
    if not topics:  # "Freight forwarder X, which ..., went the other way", "Danish drugmaker X said ...": the company a
        # descriptor in lower case leads to opens the sentence (the entity layer's organisation right after it)
        label = _TURN_LABEL.match(sentence) or DATED_ITEM.match(sentence)
        lead_at = label.end() if label else 0
        for ms, me, surface, mname, mtype in mentions_in(mentions, base + lead_at, base + len(sentence)):
            lead = _DESCRIPTOR_LEAD.fullmatch(sentence, lead_at, ms - base)
            if mtype.upper() != "ORG" or not lead or not _agent_noun(lead.group(0).split()[-1]):
                continue
            if not (_public_body(mname) or _public_body(surface) or _issues_no_shares(mname)):
                topics.append(Named(listed_namesake(mname, surface, mentions), "share", ""))
            break
    # "X's decision has wiped a third off Y's market value": Y is the topic; "A rough day for X.", "It was a tough
    # session for X": X is
    for found in (_VALUE_HIT.search(sentence), _DAY_FOR.match(sentence), _FOR_TOPIC.match(sentence),
                  _MOVE_CAME_AT.match(sentence)):
        named = _named_company(found, base, mentions)
        if named is not None:
            topics.append(named)
    if not topics:  # "Investors, betting on a clash between A and B, pushed up C's share price five pence": the one
        # company whose shares the sentence tells of is what a later "the shares" means
        # (a name tied to shares is a company's, whatever type the entity layer gave it: "shares in engineer X")
        owned = {n.name: n for n in (_named_company(m, base, mentions, strict=False) for pattern in (_NAME_SHARES, _SHARES_OF_NAME)
                                      for m in pattern.finditer(sentence) if _whole_name(m, sentence, pattern is _SHARES_OF_NAME))
                 if n is not None}
        if len(owned) == 1:
            topics.extend(owned.values())
    if _RATED_POINTER.search(sentence):
        topics = []  # "Bryce downgraded the stock to sell": the company of the sentences before, not the broker
    if _RATING_MOVED.search(sentence) and not _RATED.search(sentence):
        return [], []  # "Bryce cuts rating to sell": about the stock of the sentences before
    rated = _RATED.search(sentence) or _STAKE_IN.search(sentence) or _PREMIUM_TO.search(sentence)  # "Bryce downgraded
    # Y to sell", "cut its target on Y", "Fund X has built a 5.3% stake in Y", "X is offering a 22% premium to where Y
    # traded": Y is the topic, not the broker, the investor nor the bidder
    if rated:
        group = "rated" if "rated" in rated.re.groupindex and rated.group("rated") else "name"
        cleaned = clean_name(rated.group(group), rated.start(group))
        if cleaned and classify_name(cleaned[0]) == "share":
            named = name_subject(Subject("share", cleaned[0], cleaned[1], cleaned[2]), base, mentions, strict=True)
            if named and named.kind == "share":
                topics = [named]
    cop = _COPULA_NP.search(sentence)
    if cop:
        owned = _OWNED_THING_END.search(cop.group("np"))
        cleaned = clean_name(cop.group("np")[: owned.start()] if owned else cop.group("np"), cop.start("np"))
        if cleaned and classify_name(cleaned[0]) == "share":
            named = name_subject(Subject("share", cleaned[0], cleaned[1], cleaned[2]), base, mentions, strict=True)
            if named:
                topics.append(named)
    names: list[Named] = []
    for m in NP_RE.finditer(sentence):
        cleaned = _without_title(clean_name(m.group(0), m.start()))
        if cleaned and (_unconfirmed_opener(sentence, cleaned[0], cleaned[1], mentions) or _typed_place(cleaned[0], mentions)
                        or descriptor_place(sentence, cleaned[1], cleaned[2]) or _coined(sentence, cleaned, mentions)):
            continue
        if cleaned and (contract := _CONTRACT_AFTER.match(sentence, cleaned[2])):
            # what the sentence tells of is the contract: a later "It closed up 11%" is its move, not a company's; not
            # a contract a preposition governs ("slipped 1.8%, despite the Acme contract": a deal, no topic)
            if not _CONTRACT_GOVERNED.search(sentence, max(0, cleaned[1] - 20), cleaned[1]):
                topics.append(Named(sentence[cleaned[1]: contract.end()], "index", ""))
            continue
        if cleaned and classify_name(cleaned[0]) == "share" and not _affiliation(base, cleaned[1], sentence, mentions):
            named = name_subject(Subject("share", cleaned[0], cleaned[1], cleaned[2]), base, mentions, strict=True)
            if named and named.kind == "share" and not _public_named(named.name, mentions):
                names.append(named)
    for ms, me, surface, mname, mtype in mentions_in(mentions, base, base + len(sentence)):
        if _CONTRACT_AFTER.match(sentence, me - base):
            continue  # "the benchmark ICE New York contract for July delivery": an exchange's contract, no shares
        if mtype.upper() == "ORG" and not _affiliation(base, ms - base, sentence, mentions) \
                and not descriptor_place(sentence, ms - base, me - base) and not _public_body(mname) \
                and not _public_body(sentence[ms - base: me - base]):
            names.append(Named(listed_namesake(mname, surface, mentions), "share", ""))
    parties = getattr(mentions, "parties", ())
    if parties:  # "the company's auditor, Roe & Co, resigned": the auditor is not what a later "the shares" means
        topics = [n for n in topics if n.name not in parties]
        names = [n for n in names if n.name not in parties]
    if _BODY_WORD.search(sentence):  # "The Acme Metal union said ...": a union issues no shares a later "the share
        bodies = {mname for ms, me, _sf, mname, _t in mentions_in(mentions, base, base + len(sentence))  # price" means
                  if _BODY_AFTER.match(sentence, me - base)}
        bodies |= {m.group(0) for m in NP_RE.finditer(sentence) if _BODY_AFTER.match(sentence, m.end())}
        topics = [n for n in topics if n.name not in bodies]
        names = [n for n in names if n.name not in bodies]
    return topics, names


#: A body that issues no shares, named before its noun in small letters ("the IG Acme union", "the Acme works council").
_BODY_AFTER = re.compile(r"\s+(?:(?:trade|labou?r|workers['’]?)\s+)?(?:union|works\s+council|staff\s+association)\b")
_BODY_WORD = re.compile(r"\s(?:union|works\s+council|staff\s+association)\b")


#: A name right before the noun of a traded contract ("the ICE New York contract", "Brent futures"): it names the
#: contract's exchange or underlying, not a company whose shares a later "it" or "the shares" may mean.
_CONTRACT_AFTER = re.compile(r"\s+(?:futures\s+)?(?:contracts?|futures)\b")
#: A preposition governing such a contract ("despite the Acme contract", "after the Acme contract"): the object of a
#: clause about something else, not what the sentence tells of.
_CONTRACT_GOVERNED = re.compile(r"\b(?:despite|after|under|following|amid|with|without|from|over|for|on)\s+(?:the\s+|a\s+|an\s+)?$")


def _coined(sentence: str, cleaned: tuple[str, int, int], mentions: list[Mention]) -> bool:
    """Whether a capitalised word opens a phrase in quotation marks that goes on in lower case ('calling X the "Quist
    hedge"', 'the "Zorbo trade"'): a coinage, no company of the sentence, unless the entity layer names it one."""
    name, start, end = cleaned
    if start < 1 or sentence[start - 1] not in "\"“‘'" or name in getattr(mentions, "orgs", ()):
        return False
    close = re.search(r"[\"”’']", sentence[end:])
    inside = sentence[end: end + close.start()] if close else ""
    return bool(re.match(r"\s+[a-z]", inside))


#: A descriptor in lower case opening a sentence before a company's name ("Freight forwarder ", "Danish drugmaker ",
#: "The Oslo-based insurer "): one capitalised word at most, then one to three lower-case words.
_NOT_DESCRIPTOR = (r"(?!(?:of|in|on|at|from|for|by|with|to|after|before|and|or|but|as|than|about|over|under|into|via|"
                   r"through|during|since|until|while|when|if|said|says|says|is|was|are|were|has|had|have)\b)")
_DESCRIPTOR_LEAD = re.compile(r"\s*(?:(?i:" + _NOT_DESCRIPTOR + r")[A-Z][\w-]*\s+)?(?:" + _NOT_DESCRIPTOR +
                              r"[a-z][a-z-]*\s+){1,3}")


_NOT_AGENT = frozenset("later after never other rather either neither nor together however under over ever former latter "
                       "whether order".split())


#: A sentence opening on a definite descriptor of a company ("The York-based maker of ...", "The Zurich-listed
#: grinder has ..."): up to three words before its head noun, no capitalised name right after the head.
_DESCRIPTOR_OPENING = re.compile(r"\s*The\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z-]*)\b(?!\s+[A-Z])(?!-)")


#: A definite subject of one noun right before a verb of saying or acting ("The exchange said", "The bank has
#: declined to comment"): the company the article calls by that noun.
_DESCRIPTOR_SUBJECT = re.compile(r"\s*The\s+(?P<head>[a-z][a-z-]+)\s+(?:(?:has|had|also|then|later)\s+)?"
                                 r"(?:said|says|added|declined|denied|confirmed|announced|told|expects|expected|plans|"
                                 r"planned|would|will)\b")


def _described_subject(sentence: str) -> bool:
    """Whether a sentence opens on a definite descriptor of a company (:data:`_DESCRIPTOR_OPENING`) whose head is a
    company's noun of the vocabulary ("maker", "insurer", "company"); a person's agent noun ("The Indiana governor",
    "The director") is none."""
    m = _DESCRIPTOR_OPENING.match(sentence)
    return m is not None and (m.group("head") in move_words().company_nouns or m.group("head").endswith("maker"))


def _agent_noun(word: str) -> bool:
    """A noun naming what a company is ("forwarder", "drugmaker", "insurer", "lender", "operator"): the vocabulary's
    company nouns, or an agent noun in -er / -or / -ist."""
    return word in move_words().company_nouns or (word not in _NOT_AGENT and word.endswith(("er", "or", "ist", "maker")))


#: A headline's bare "shares" / "stock" after a semicolon whose clause ends on the target of a deal ("X takes stake
#: in battered Y; shares jump 12%", "X tops rival with offer for Y; stock jumps", "X walks away from Y; shares dip"):
#: the shares are the target's (in "X wins contract from Y; shares rise" they stay X's).
_TARGET_THEN_SHARES = re.compile(
    r"\b(?:stake|offer|bid|takeover|buyout|approach|tender|away)\b[^;]{0,40}?\b(?:in|for|from|on)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s*;\s*(?:shares|stock)(?:\s+\w+){0,2}\s*$")

#: A bid and the company it is for ("bid for Y", "a $1.9 bln offer for Y", "takeover of Y", "approach to Y").
_BID_FOR = re.compile(r"\b(?:offer|bid|takeover|buyout|approach|tender)\b[^;.]{0,30}?\b(?:for|of|to)\s+"
                      r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})")
#: A descriptor set against the company just named ("A rose 2%, while the carmaker fell 7%"): another company.
_CONTRAST_DESCRIPTOR = re.compile(r"\b(?:while|whereas|but)\s+the\s+[a-z][\w-]*\s+(?:(?:had|has|was|were|is)\s+)?$")
#: A sentence about a company's day with the company after "for" ("A rough day for X.", "It was a hard week for X",
#: "Another bad session for X"): the company is what a later "The stock" means.
_DAY_FOR = re.compile(
    r"\s*(?:(?:It\s+(?:is|was|has\s+been)|What)\s+)?(?:[Aa]n?|[Aa]nother|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:day|week|session|morning|afternoon|start|time|month|year|blow|news|outing)\s+for\s+"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})")
#: A sentence placing the day's move at a company ("The sharpest move came at X, a maker of ...", "The biggest fall was
#: in X"): X is what a later "Its shares" means, not a name in the description after it.
_MOVE_CAME_AT = re.compile(
    r"\s*[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:moves?|fall|drop|decline|loss|losses|gains?|rise|jump|slide|sell-?off|"
    r"reaction|casualty)\s+(?:came|was|were)\s+(?:at|in|from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3})")
#: A company fronted by "For" as what its sentence is about ("For X, a bad year got worse.", "For X, the timing could
#: hardly be worse", after a descriptor: "For US cable maker X, which laid the cables, ..."): X is what a later "The stock" means, the sentence's grammatical subject being no company.
_FOR_TOPIC = re.compile(r"\s*For\s+(?:(?:[A-Z][\w.-]*\s+)?(?:[a-z][\w-]*\s+){1,3})?"  # "For US cable maker X, ..."
                        r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3}),\s")
#: A blow to a company's value told with the company as the object ("wiped a third off Y's market value", "knocked
#: billions off Y's shares"): Y is what a later "the shares" means.
_VALUE_HIT = re.compile(r"\b(?:off|from)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+"
                        r"(?:market\s+(?:value|capitali[sz]ation)|shares|stock|share\s+price|valuation)\b")

#: A name's shares or value in a sentence ("C's share price", "C shares", "shares of C"), the name not the sentence's
#: subject.
_NAME_SHARES = re.compile(r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3})(?:['’]s?\s+(?:share\s+price|"
                          r"stock\s+price|shares|stock|market\s+(?:value|capitali[sz]ation))|\s+(?:shares|stock))\b"
                          r"(?!\s+(?:exchanges?|markets?|index|indices|options|futures|trading)\b)")
_NAME_LEAD = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Oo]ur)|[A-Z][\w&.’'-]*|-)\s*$")


def _whole_name(m: re.Match[str], sentence: str, owner: bool = False) -> bool:
    """Whether a match's ``name`` is a whole name of its own: no capitalised word, hyphen or possessive determiner right
    before it ("its Hong Kong-listed shares", "the Acme shares" are no company's name), no lower-case word hyphened
    onto its end ("Kong-listed"); with ``owner`` (the name after "shares of"), no possessive or capitalised word after it
    ("shares of Acme Bank's parent" are the parent's)."""
    if owner and (_NAME_TAIL.match(sentence, m.end("name")) or re.search(r"['’]s?$", m.group("name"))):
        return False
    return not _NAME_LEAD.search(sentence, 0, m.start("name")) and not re.search(r"-[a-z]+$", m.group("name"))


_NAME_TAIL = re.compile(r"[\w&.’'-]*(?:['’]|\s+[A-Z])")


#: "shares of X", "shares in X", and a description in small letters before the name ("shares in Leeds-based engineer
#: X", "shares of chipmaker X").
_SHARES_OF_NAME = re.compile(r"\b(?:shares|stock)\s+(?:of|in)\s+(?:(?:[A-Z][a-z]+-(?:based|listed)|"
                             r"(?!(?:the|a|an|its|their|his|her|our|this|that|such|as|and|or|like)\b)[a-z][a-z-]+)\s+){0,2}"
                             r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3})")

#: A broker's rating action on a company ("X downgraded Y to sell", "upgraded Y to buy", "cut its price target on Y",
#: "initiated coverage of Y"): Y is what a later "The stock" means, not the broker in subject position.
_RATED = re.compile(
    r"\b(?:downgrad(?:ed|es|e|ing)|upgrad(?:ed|es|e|ing)|(?:initiat|resum)(?:ed|es|e|ing)\s+coverage\s+(?:of|on)|"
    r"(?:price\s+)?targets?\s+(?:on|for))\s+(?:the\s+)?(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3})"
    # a rating moved with a plain verb, the rating named ("We cut Y to Hold from Buy", "raised Y to Overweight"): Y is
    # the rated company; without a rating after "to" the verb may cut anything ("cut Y to size", "moved Y to London")
    r"|\b(?:cut|cuts|cutting|rais(?:ed|es|e|ing)|lower(?:ed|s|ing)?|lift(?:ed|s|ing)?|mov(?:ed|es|e|ing))\s+(?:the\s+)?"
    r"(?P<rated>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3}?)\s+to\s+(?:an?\s+)?"
    r"(?:(?:Buy|Sell|Hold|Neutral|Accumulate|Reduce|Add|Outperform|Underperform|Overweight|Underweight|Equal[- ][Ww]eight|"
    r"Market\s+Perform|Sector\s+Perform|Strong\s+Buy)\b"
    # the rating in small letters, as wires print it, set off by quotation marks or followed by the rating it replaces
    # ("cut Y to 'sell'", "cut Y to hold from buy"); a bare "to hold" may be any verb ("moved Y to hold a vote")
    r"|[\"“‘'](?i:buy|sell|hold|neutral|accumulate|reduce|outperform|underperform|overweight|underweight|"
    r"equal[- ]weight|market\s+perform|sector\s+perform|strong\s+buy)[\"”’']"
    r"|(?i:buy|sell|hold|neutral|accumulate|reduce|outperform|underperform|overweight|underweight|equal[- ]weight|"
    r"market\s+perform|sector\s+perform|strong\s+buy)\s+from\s+[\"“‘']?(?i:buy|sell|hold|neutral|accumulate|reduce|"
    r"outperform|underperform|overweight|underweight|equal[- ]weight|market\s+perform|sector\s+perform|strong\s+buy)\b)")

#: An investor's stake in a company ("has built a 5.3% stake in Y", "takes 5% of Y", "raised its stake in Y to 9%", "has
#: sold his entire stake in Y"): Y is whose shares a later "the shares" means, not the investor's.
_STAKE_IN = re.compile(
    r"\b(?:takes?|took|taking|builds?|built|building|buys?|bought|buying|acquires?|acquired|acquiring|raises?|raised|"
    r"raising|lifts?|lifted|discloses?|disclosed|disclosing|sells?|sold|selling|cuts?|cutting|trims?|trimmed|trimming|"
    r"reduces?|reduced|reducing|dumps?|dumped|dumping)\s+(?:(?:an?|its|their|his|her)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per[\s-]?cent|"
    r"percent)\s+(?:(?:[a-z]+\s+)?stake\s+)?|(?:[a-z]+\s+)?stake\s+)(?:of|in)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3})")

#: A bid's premium over the target's price ("a 22 per cent premium to where Y traded", "a premium to Y's closing
#: price"): Y, the target, is whose shares a later "the shares" means, not the bidder's.
_PREMIUM_TO = re.compile(r"\bpremium\s+(?:to|over|on)\s+(?:where\s+|the\s+)?(?!" + _DAY_NAME + r"|(?:Jan|Feb|Mar|Apr|"
                         r"May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b)(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?"
                         r"[A-Z][\w&.’'-]*){0,3})")

_RATED_POINTER = re.compile(
    r"\b(?:downgrad(?:ed|es|e|ing)|upgrad(?:ed|es|e|ing)|(?:initiat|resum)(?:ed|es|e|ing)\s+coverage\s+(?:of|on)|"
    r"(?:price\s+)?targets?\s+(?:on|for))\s+(?:the\s+(?:stock|shares|company|group)|it|them)\b"
    # a credit rating acted on, its owner a pointer ("placed the company's BBB- credit rating on review", "cut the
    # group's rating to junk"): the agency is no company the story follows
    r"|\b(?:plac(?:ed|es|e|ing)|put(?:s|ting)?|cut(?:s|ting)?|lower(?:ed|s|ing)?|downgrad(?:ed|es|e|ing)|affirm(?:ed|s|ing)?|"
    r"withdr(?:ew|aws?|awn|awing))\s+the\s+[a-z]+['’]s?\s+(?:[\w+-]+\s+){0,2}?(?:credit\s+|debt\s+|issuer\s+)?ratings?\b")
#: A rating moved with no company named ("Roe Bank cuts rating to sell", "Roe Bank moved to 'sell'", "Upgraded to
#: overweight at Roe Bank"): the broker's sentence is about the stock of the sentences before; neither the broker nor
#: any other name in it is what a later "Shares" means.
_RATING_MOVED = re.compile(
    r"\b(?:cut|cuts|cutting|lower(?:ed|s|ing)?|rais(?:ed|es|e|ing)|lift(?:ed|s|ing)?|mov(?:ed|es|e|ing)|"
    r"[Dd]owngrad(?:ed|es|e|ing)|[Uu]pgrad(?:ed|es|e|ing))\s+(?:(?:its|their|the)\s+)?(?:(?:rating|recommendation|stance)\s+)?"
    r"to\s+[\"“‘']?(?i:buy|sell|hold|neutral|accumulate|reduce|outperform|underperform|overweight|underweight|"
    r"equal[- ]weight|market\s+perform|sector\s+perform|strong\s+buy)\b")

#: "the stock" / "its shares" opening a clause after a colon or semicolon, right before the move verb.
_AFTER_CLAUSE_BREAK = re.compile(r"[:;]\s+(?:the|its|their)\s+(?:stock|shares|share\s+price)\s+(?:[a-z]+\s+){0,2}$",
                                 re.IGNORECASE)

#: A person's company before the move verb ("her company's shares were", "his firm's stock"): the one company the
#: sentence names is the person's.
_PERSON_OWNED = re.compile(r"\b(?:his|her)\s+[a-z]+['’]s?\s+(?:shares|stock|share\s+price)\b[^,;]*$", re.IGNORECASE)

#: "the stock" / "its shares" opening a subordinate clause, right before the move verb.
_SUBORDINATE_COREF = re.compile(
    r"\b(?:after|as|when|before|because|since|until|once)\s+(?:the|its)\s+(?:stock|shares|share\s+price)\s+"
    r"(?:(?:had|has|have|was|were)\s+)?$")


#: A one-word name in the possessive before a noun ("Acme's Tarn mine", "Acme's plant").
_OWNER_WORD = re.compile(r"\b([A-Z][a-z]+)['’]s\s+(?=[A-Za-z])")


def _place_listed(name: str) -> bool:
    """Whether a place list knows ``name`` (the move lexicon's markets, the entity catalogue's places, its aliases)."""
    lexicon = get_lexicon()
    return name in move_words().places or name in lexicon.places or name in lexicon.place_alias


def _written_as_owner(name: str, sentence: str) -> bool:
    """Whether ``sentence`` writes ``name`` as an owner or a place of what it tells ("Acme's mine", "a mine owned by
    Acme", "a fire at Acme"), not as the subject of a clause of its own ("After Roe Capital cut its target, ...": a
    broker acting on the stock)."""
    w = re.escape(name)
    return re.search(w + r"(?:['’]s?)(?=\s)|\b(?:at|of|by|from)\s+" + w + r"\b", sentence) is not None


def resolve_coref(head: str, earlier: list[tuple[str, int]], mentions: list[Mention],
                   same_sentence: list[Named], before: tuple[str, int],
                   resolved: dict[int, Named] | None = None, stock_only: bool = False) -> Named | None:
    """The company a descriptor or pronoun stands for: a company already named in this sentence, else (head
    noun matching a name first) the topic of this sentence's opening clause or of the nearest earlier one. An
    earlier sentence whose own move pointed back ("The stock fell 11%. It has now lost 15%") has the company it
    was resolved to (``resolved``, by sentence offset) as its topic."""
    contrast = bool(head and head not in _GENERIC_HEADS and _CONTRAST_DESCRIPTOR.search(before[0]))
    if contrast:  # "A rose 2%, while the carmaker fell 7%": a descriptor set against A is another company
        before = ("", before[1])
    parties = getattr(mentions, "parties", ())
    if parties:  # "Its Acme sensors were sold ..., and its shares rose 5%": a product or an auditor is no antecedent
        same_sentence = [n for n in same_sentence if n.name not in parties]
    if same_sentence and not contrast:
        return same_sentence[-1]
    if head == "target":  # "X bids $1.9 bln for Y; target's shares soar 36%": the company the nearest bid is for
        for text, base in [before, *reversed(earlier[-5:])]:
            bids = list(_BID_FOR.finditer(text))
            cleaned = clean_name(bids[-1].group("name"), bids[-1].start("name")) if bids else None
            named = name_subject(Subject("share", *cleaned), base, mentions, strict=True) if cleaned else None
            if named is not None and named.kind == "share":
                return named
        return None
    target = _TARGET_THEN_SHARES.search(before[0])
    if target and head in ("shares", "stock"):
        cleaned = clean_name(target.group("name"), target.start("name"))
        if cleaned and classify_name(cleaned[0]) == "share":
            named = name_subject(Subject("share", *cleaned), before[1], mentions, strict=True)
            if named and named.kind == "share":
                return named
    sub = _SUBORDINATE_COREF.search(before[0])
    if sub:  # "Trading in X was halted after the stock slid 27%": the one company of the main clause
        topics, names = _candidates(before[0][: sub.start()], before[1], mentions)
        if len({n.name for n in topics + names}) == 1:
            return (topics + names)[-1]
    looked = []
    texts = []
    for s, b in [before, *reversed(earlier[-5:])]:
        if s.strip():
            topics, names = _candidates(s, b, mentions)
            if not topics and resolved and b in resolved and s is not before[0]:
                topics = [resolved[b]]
            looked.append((topics, names))
            texts.append(s)
    own = 1 if before[0].strip() else 0  # the first entries of ``looked`` that are this sentence
    # a body that issues no shares is no antecedent of a move: not of a bare "it" with no word of shares ("The Harlan
    # Party said turnout fell. It declined in almost every county, dropping 40 percent"), nor of "the stock" ("The
    # Quist Union bans a plant. ... Investors treat it as a Zorbo story. The stock fell 20%")
    looked = [([n for n in topics if not _issues_no_shares(n.name)], [n for n in names if not _issues_no_shares(n.name)])
              for topics, names in looked]
    if own and _PERSON_OWNED.search(before[0]) and len({n.name for n in looked[0][1]}) == 1:
        return looked[0][1][-1]  # "By the time she reached Acme's offices, her company's shares were down 6.9%"
    if head and head not in _GENERIC_HEADS:
        for (topics, names), text in zip(looked, texts):
            for cand in reversed(topics):
                if head in cand.name.lower().replace(",", " ").split():
                    return cand
            for cand in reversed(names):
                if head in cand.name.lower().replace(",", " ").split():
                    # "X shares fell 30% after its largest shareholder, Y Bank, ruled out ... The bank's stock
                    # closed down 24%": the company whose move the sentence reported, not a name beside it
                    return topics[-1] if topics and HAS_FIGURE.search(text) and find_figures(text) else cand
    if head and head not in _GENERIC_HEADS:
        for text, (_topics, _names) in zip(texts, looked):
            agent = _agent_of(head, text) or _described_as(head, text)
            if agent is not None:
                named = name_subject(agent, before[1] if text is before[0] else _offset_of(text, earlier), mentions, strict=True)
                if named and named.kind == "share":
                    return named
    if head and head not in _GENERIC_HEADS and own and not looked[0][0] and isinstance(mentions, DocMentions):
        # "When a dam failed at Acme's Tarn mine in Peru, killing 30, the Peruvian miner's shares fell 18%": a
        # descriptor after a clause of its own sentence that names one company (the entity layer's, no place, no
        # regulator, no adviser) is that company, not the topic of an earlier sentence
        known = {n.name: n for n in looked[0][1] if n.name in mentions.orgs and n.name not in mentions.places
                 and n.name not in mentions.public and n.name not in parties and n.name not in get_lexicon().places}
        if not known and head in move_words().company_nouns:  # (a one-word company the entity layer typed a place, as
            # the owner of a site: "at Acme's Tarn mine"; never a place a list knows: "Peru's")
            known = {m.group(1): Named(m.group(1), "share", "") for m in _OWNER_WORD.finditer(before[0])
                     if m.group(1) in mentions.places and not _place_listed(m.group(1))}
        if len(known) == 1 and _written_as_owner(next(iter(known)), before[0]):
            return next(iter(known.values()))
    if head and head not in _GENERIC_HEADS and own and len(looked) > own and not looked[own][0] \
            and len({n.name for n in looked[own][1]}) == 1 and not HAS_FIGURE.search(texts[own]) \
            and isinstance(mentions, DocMentions) and looked[own][1][-1].name in mentions.orgs:
        # "Meme stocks stayed under pressure after the reversal in Acme. The home goods retailer's shares tumbled": a
        # descriptor right after a sentence that names one organisation (the entity layer's), as no subject and with no
        # move, is that company
        return looked[own][1][-1]
    if own and len(looked) > own + 1 and not looked[own][0] and _described_subject(texts[own]):
        # "X lives in the middle of the market. The York-based maker of A Bars and B Crunch sells through
        # supermarkets. Its shares fell 6%": the descriptor opening the sentence before is the company named, alone,
        # in the sentence before that (the names after "maker of" are its products), not a topic of an earlier one
        prev = {n.name: n for n in looked[own + 1][0] + looked[own + 1][1]}
        if len(prev) == 1:
            return next(iter(prev.values()))
    if own and len(looked) > own + 1 and not looked[own][0] and not looked[own][1]:
        # "Acme Exchange Group ... - 09/03: Helix cutover begins. The exchange said it would publish a report. Its shares
        # are down 9%": a definite subject that names no company ("The exchange said") is the company named before whose
        # name holds its noun, not the topic of an earlier line
        opening = _DESCRIPTOR_SUBJECT.match(texts[own])
        noun = opening.group("head").lower() if opening else ""
        if noun and noun not in _GENERIC_HEADS:
            for text, base in reversed(earlier[-20:-1]):  # (the sentence before is the subject's own)
                topics, names = _candidates(text, base, mentions) if text.strip() else ([], [])
                hit = next((c for c in reversed(topics + names) if noun in c.name.lower().replace(",", " ").split()
                            and c.kind == "share" and not _issues_no_shares(c.name)), None)
                if hit is not None:
                    return hit
    paired = None  # "Acme jumped 5%. Bolt and Cray barely moved. The chipmaker is up 30% this year": one company is no
    for i, (topics, _names) in enumerate(looked):  # item of a pair of subjects; the nearest sentence about one is meant
        if topics and (i < own or len({n.name for n in topics}) == 1 or head.endswith("s") or head in _PLURAL_PRONOUNS):
            return topics[-1]
        paired = paired or (topics[-1] if topics else None)
    if paired is not None:
        return paired
    first = not any(x.strip() for x, _b in earlier[-5:])  # a headline: its own one company the entity layer knows
    if first and own and isinstance(mentions, DocMentions):
        known = {n.name for n in looked[0][1] if n.name in mentions.orgs}
        if len(known) == 1:
            return Named(mentions.org_name(known.pop()), "share", "")
        if not known and _CLAUSE_THEN_SHARES.search(before[0]):
            owner = headline_company(before[0], before[1], mentions)
            if owner is not None:
                return owner
    for _topics, names in looked[own:own + 1]:
        if len({n.name for n in names}) == 1 and not (stock_only and not tied_to_shares(names[-1].name, getattr(mentions, "text", ""))):
            # "... priced in a standalone Sun Country. Its shares ...": the one company named (for a bare "it" with no
            # word of shares, one the text ties to shares: "... fewer Harlan voters turned out. It declined 40 percent")
            return names[-1]
    if head == "company" and own and len(looked) > own and not looked[own][1]:
        named = next((names for _t, names in looked[own + 1: own + 3] if names), [])
        if len({n.name for n in named}) == 1:  # "X was warned ... He told the council. In Porto, the company's shares
            return named[-1]  # fell": the one company the sentence before the last names
    if own and _AFTER_CLAUSE_BREAK.search(before[0]) and len({n.name for n in looked[0][1]}) == 1:
        return looked[0][1][-1]  # "The strike has cost X's investors dearly: the stock is down 24%": the one company
    return None


#: A headline's bare "shares" / "stock" opening its last clause after a semicolon, right before the move verb ("US court
#: voids Acme's patents; shares sink 27%", "UK to strip Acme of rail contract; stock slumps 35%").
_CLAUSE_THEN_SHARES = re.compile(r";\s*(?:shares|stock)\s+$", re.IGNORECASE)


def headline_company(before: str, base: int, mentions: DocMentions) -> Named | None:
    """The company a headline's bare "shares" after a semicolon belong to when its first clause has no company for a
    subject ("US court voids Acme's patents; shares sink 27%", "UK to strip Acme of Bolt rail contract; shares slump
    35%"): the one organisation the entity layer finds in the headline (no public body, no place, no product, no
    auditor), else the one of them the text writes as a stock's ("shares in Acme", "Acme (ACM.L)"). None when there
    is no such single company."""
    line_end = mentions.text.find("\n", base)
    end = (len(mentions.text) if line_end < 0 else line_end) + 2  # a headline's names sit just past its end
    found: dict[str, set[str]] = {}
    for _ms, _me, surface, name, kind in mentions_in(mentions, base, end):
        if kind.upper() == "ORG" and not (_public_body(name) or _public_body(surface)) \
                and name not in mentions.parties and name not in mentions.products:
            found.setdefault(name, set()).add(surface)
    if len(found) > 1:
        found = {name: surfaces for name, surfaces in found.items()
                 if any(tied_to_shares(s, mentions.text) for s in surfaces | {name})}
    return Named(next(iter(found)), "share", "") if len(found) == 1 else None


#: Agent nouns whose passive participle is irregular ("the maker" of what is "made by X").
_IRREGULAR_AGENTS = {"maker": "made", "builder": "built", "lender": "lent", "seller": "sold", "buyer": "bought"}


def _participles(head: str) -> list[str]:
    """The passive participles an agent noun comes from ("supplier" -> "supplied", "operator" -> "operated")."""
    if head in _IRREGULAR_AGENTS:
        return [_IRREGULAR_AGENTS[head]]
    if head.endswith("maker"):
        return []  # "the carmaker" makes cars, not the parts "made by" someone else in the sentence
    if head.endswith("ier"):
        return [head[:-3] + "ied"]
    if head.endswith(("er", "or")) and len(head) > 4:
        return [head[:-2] + "ed"]
    return []


def _agent_of(head: str, sentence: str) -> Subject | None:
    """The company a descriptor names through its verb ("brakes supplied by Norway's Acme ASA ... the supplier's shares",
    "engines made by Acme ... the maker"): the name after "<participle> by" (a possessive place before it skipped)."""
    for form in _participles(head):
        m = re.search(r"\b" + form + r"\s+by\s+(?:[A-Z][\w.-]*['’]s\s+)?(?P<np>" + NP + ")", sentence)
        if m:
            named = _company_named(m.group("np"), m.start("np"))
            if named is not None:
                return named
    return None


def _described_as(head: str, sentence: str) -> Subject | None:
    """The company a sentence describes with ``head`` ("Acme, its battery supplier", "its battery supplier(,) Acme",
    "Acme, Europe's largest cell maker"): what a later "the supplier" / "the maker" means."""
    word = re.escape(head)
    m = re.search(r"(?P<np>" + NP + r")\s*,\s*(?:an?|the|its|their|[A-Z][\w.-]*['’]s?)\s+(?:[\w-]+\s+){0,3}?" + word +
                  r"\b(?!['’]|\s+(?:of|to|for)\b)", sentence)
    if m is None:
        m = re.search(r"(?<![\w-])" + word + r",?\s+(?P<np>" + NP + r")", sentence)  # "its supplier(,) Acme"
    return None if m is None else _company_named(m.group("np"), m.start("np"))


_OF_PLACE = re.compile(r"\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def _company_named(np: str, start: int) -> Subject | None:
    """The company a noun phrase names, a closing "of <place>" dropped ("Acme AB of Sweden" -> "Acme AB")."""
    cleaned = clean_name(np, start)
    if not cleaned:
        return None
    place = _OF_PLACE.search(cleaned[0])
    if place and place.group("place") in move_words().places:
        cleaned = (cleaned[0][: place.start()], cleaned[1], cleaned[1] + place.start())
    return Subject("share", *cleaned) if classify_name(cleaned[0]) == "share" else None


def _offset_of(text: str, earlier: list[tuple[str, int]]) -> int:
    return next((b for s, b in earlier if s is text), 0)


def last_two(rows: list[dict[str, object]], sentence_start: int, same_sentence: list[Named]) -> list[Named]:
    """The two companies "Both stocks" points back to: the last two distinct share subjects of this sentence, else
    of the rows found just before it (at most two sentences back); [] when there are not exactly two."""
    names = list(dict.fromkeys(n.name for n in same_sentence))
    if len(names) < 2:
        tail = rows[-12:]  # the rows just before: bounded, so a long list of moves stays linear
        starts = sorted({int(r["sent_start"]) for r in tail if int(r["sent_start"]) < sentence_start})[-2:]  # type: ignore[call-overload]
        recent = [str(r["company"]) for r in tail if r["kind"] == "share" and int(r["sent_start"]) in starts]  # type: ignore[call-overload]
        names = list(dict.fromkeys(names + recent[::-1]))
    return [Named(n, "share", "") for n in names[:2]] if len(names) == 2 else []


def pair_just_named(earlier: list[tuple[str, int]], mentions: DocMentions) -> list[Named]:
    """The two companies a "Both stocks" / "The two carriers" with no moves told before points back to: the coordinated
    subject of the sentence just before ("A and B warned on costs. The two carriers fell 4% and 3%, respectively"),
    else the two companies that sentence names ("Regulators fined A and B."); [] unless there are exactly two."""
    if not earlier:
        return []
    topics, names = _candidates(earlier[-1][0], earlier[-1][1], mentions)
    for found in (topics, names):  # the subject's pair, else the two companies the sentence names at all
        distinct = list({n.name: n for n in found}.values())
        if len(distinct) == 2:
            return distinct
    return []
