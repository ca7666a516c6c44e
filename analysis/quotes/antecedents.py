"""What a speaker phrase refers to: the mention under a name, the antecedent of a pronoun or description.

The document's mentions (from the entity layer) are held in plain lists. Antecedents are searched backwards
from the phrase within :data:`WINDOW` characters: first among *salient* entities (speakers of earlier
quotations, subjects of speech verbs — "X said", "X, 22, of Flint, told" — and mentions that open their
sentence), then among any mention. A person must agree with the pronoun's gender when the document shows it
("Clinton said she …"); an organisation must be typed as one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from .words import (ACCORDING_TO, FINITE_VERBS, GIVEN_GENDER, INTRO_WORDS, KIN_GENDER, LEGAL_FORMS, NOT_ALONE,
                    ORG_NAME_ENDS, ROLE_ORG, ROLE_PERSON, SENTENCE_BREAK, SPEAKS_FOR, TITLES, is_sentence_break, not_saying, speech_verbs)
from .model import Speaker
from .phrases import Phrase, head_phrase, participle_subject, subject_phrase, tokens

WINDOW = 700
ORGAN_WINDOW = 6000  # "the committee" looks back this far for an organisation of that name
ORG_TYPES = {"ORG", "ORGANIZATION", "ORGANISATION", "NORP"}
PLACE_TYPES = {"PLACE", "GPE", "LOC", "LOCATION", "DATE", "PRODUCT", "INDEX", "EVENT", "WORK_OF_ART", "LAW"}
#: Types that say nothing of what a name is (not OTHER: the entity layer types OTHER what it knows is no person or
#: organisation, a law's or an event's name, so it gives no "she" an antecedent)
_UNTYPED = {"", "MISC", "UNKNOWN", "NAN"}
#: the types of a place a person is "of" or "from" ("Sen. Jane Roe of Ostmark")
_HOMES = {"PLACE", "GPE", "LOC", "LOCATION"}
_PRONOUN = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.I)
_MALE = {"he", "his", "him", "himself"}
_BREAK_BETWEEN = re.compile(r"[.!?;:][\"”’']*\s|[\"“”]")
#: a verb of answering and its preposition right before a possessive ("declined to comment on his …", "did not
#: respond to her request"): the possessive is the other party's
_RESPONSE_BEFORE = re.compile(r"\b(?:comment(?:ed|s|ing)?|respond(?:ed|s|ing)?|repl(?:y|ied|ies|ying)|"
                              r"react(?:ed|s|ing)?)\s+(?:on|to|about)\s+\Z")
#: a preposition of place or setting right before a name ("worked at Acme", "in Norland", "on Twitter"): the name
#: is no subject a pronoun after it in its clause could take up
_AT_PLACE_BEFORE = re.compile(r"\b(?:at|in|on|via|inside|outside)\s+(?:the\s+)?\Z")
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms)\.?\s+$")
#: a noun of kinship right before a name in apposition ("Her younger brother, Kagiso", "his wife Jo Roe") or after it
#: (", his widow,")
_KIN_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+){0,2}(?P<kin>[a-z]+),?\s+\Z")
_KIN_AFTER = re.compile(r",\s+(?:her|his|their|the|my|our)\s+(?:[a-z-]+\s+){0,2}(?P<kin>[a-z]+)\s*[,.]")
_GENDER_REACH = 100
GIVEN_WEIGHT = 1.5
SAID_WEIGHT = 3
#: a name, its speech verb and the pronoun opening what it reports: "X said she", "X, 58, told reporters that he"
_SAID_PRONOUN = re.compile(r"(?:’s|'s)?(?:,[^,.;]{1,60},)?\s+(?:\w+ly\s+)?([a-z]+)\s+(?:\w+\s+)?(?:that\s+)?")
_PLACE_BEFORE = re.compile(r"\b(?:the|in|of|at|from)\s+$")
#: a finite speech verb right after a mention ("Trump said", "Ross, who …, told", "Trump on Monday said")
_VERB_AFTER = re.compile(r"(?:’s|'s)?(?:\s*,[^,.\"“”]{1,90},)?\s+(?:(?:also|later|then|has|had|have|again|once|"
                         r"previously|recently|on\s+\w+day|\w+day)\s+)*([A-Za-z]+)")
_SUBJECT_REACH = 200
#: a passive auxiliary right before a verb ("were being asked", "has been told"), and an infinitive after it
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+\Z")
_TO_DO = re.compile(r"\s+to\s+[a-z]")
#: a subordinating word right before a name ("…, a week after the Commission fined Acme", "since Roe resigned"): the
#: name is the subject of a clause inside the sentence, not of the sentence a later "the regulator said" takes up
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|since|until|when|because|although|though)"
                                 r"(?:\s+the)?$", re.I)
#: what opens a sentence whose subject is a company's shares ("Shares of X rose", "In Vellmark, shares in X fell"): X is
#: what the sentence is about
_SHARES_OPENING = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5},\s+)?(?:[Tt]he\s+)?[Ss]hares\s+(?:of|in)(?:\s+the)?")
#: the glyph that opens a line of a bulleted list
_BULLET = re.compile(r"[ \t]*[•▪·*–—-][ \t]+")
#: a live blog entry's time stamp at its line's start ("2:30 p.m. PT — ", "16:05 CEST – ", "09:15 | ")
#: a kicker in capitals and its colon opening a sentence or an entry ("BREAKING:", "UPDATE:", "JUST IN:")
_CAPS_KICKER = re.compile(r"[ \t]*[A-Z]{3,}(?:[ \t]+[A-Z]{2,})?[ \t]*:[ \t]+")
#: (also with its time zone and no dash: "14:02 ET  Quick note from …")
_ENTRY_STAMP = re.compile(r"[ \t]*\d{1,2}[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?(?:(?:[ \t]*[A-Z]{2,4}\b)?[ \t]*[-—–|]{1,2}[ \t]+|"
                          r"[ \t]*(?:GMT|BST|CET|CEST|UTC|[ECMP][SD]?T|HKT|JST|SGT|IST|AEST|AEDT)[ \t]+)")
#: such a time stamp right before a position, at its line's start
ENTRY_STAMP_END = re.compile(r"(?:^|\n)" + _ENTRY_STAMP.pattern + r"\Z")
#: a wire's dateline opening the first paragraph ("COPENHAGEN, Feb 4 (Agency) - ", "PORT ELLIS (Agency) — ",
#: "BOSTON, Oct. 28, 2025 /Wire/ -- ", "WASHINGTON — "): the place in capitals, maybe a region or a date, the agency
#: in brackets or between slashes (or none), a dash; the sentence opens after it
_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]*[^()/\n,]{1,30}(?:,[ \t]*\d{4})?)?"
                       r"(?:[ \t]*(?:\([A-Z][A-Za-z .&-]{0,40}\)|/[A-Z][\w .-]{0,40}/)[ \t]*(?:-{1,2}|[—–:])"
                       r"|[ \t]+(?:-{1,2}|[—–]))[ \t]*")
_HEADING_CHARS = 24  # a line this short with no sentence end before a name is a time stamp or a heading
#: a reported clause opening before a name ("X said Y", "X told reporters that Y"): the name is its subject only
#: "that" opening a reported clause a few words before a name ("noting that the paper's Roe")
_THAT_BEFORE = re.compile(r"\bthat\s+(?:\S+\s+){0,2}$")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|wrote|added|argued|claimed|insisted|noted|that)\b"
                              r"(?:\s+\w+){0,2}\s*$")
#: a verb in the past tense right after a name, the name its subject ("Roe expressed concern that …", "Roe openly
#: admitted …"); not a participle of a passive or a modifier ("Roe, backed by …", "Roe-owned")
_PAST_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?[a-z]{3,}ed\b(?!\s+by\b)")
#: the one who asks in a time clause ("… when Drake asked whether …", "After Roe asked about it, …"): the asker, not the
#: one who answers in the next quotation; "As X asked, “…”" gives X's own words and is left out
_ASKS = re.compile(r"\s+(?:later\s+|then\s+|first\s+)?ask(?:ed|s)\b")
_ASKER_BEFORE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
#: the words between a name and the person it modifies ("Quennell consultant Jane Roe", "Acme's chief executive X")
_ROLE_GAP = re.compile(r"(?:['’]s)?\s+((?:[A-Za-z-]+\s+){1,5})")
_ROLE_ADJ = {"chief", "senior", "top", "longtime", "former", "deputy", "campaign", "press", "policy", "political",
             "national", "executive", "general", "communications", "spokesman", "spokeswoman"}
#: a second verb phrase of the main clause's subject right before a speech verb ("X backed Y, but now said …",
#: "X offered Y a post, then says …": a comma and "then" join the verbs as "and then" does)
AND_ADVERB_BEFORE = re.compile(r"(?:(?:,\s+|\s+)(?:and|but)\s+(?:(?:now|then|later|also|still|again|[a-z]+ly)\s+)?"
                               r"|,\s+then\s+)$")
#: what joins a person to the organisation they are at ("X of Y", "X at Y", "X, of Y")
AFFILIATION = re.compile(r",?\s+(?:of|at|from|with)\s+(?:the\s+)?")


def verb_follows(text: str, pos: int) -> bool:
    """Whether a finite speech verb follows ``pos`` (after an optional apposition or adverb)."""
    m = _VERB_AFTER.match(text, pos)
    return bool(m) and m.group(1).casefold() in FINITE_VERBS


@dataclass
class Doc:
    """A document's text, mentions as parallel lists sorted by start, quoted regions and what is known so far."""

    text: str
    starts: list[int]
    ends: list[int]
    names: list[str]
    types: list[str]
    quoted: list[tuple[int, int]]
    gender: dict[str, str] = field(default_factory=dict)
    salient: list[tuple[int, str, str]] = field(default_factory=list)  # (position, name, type), sorted
    speakers: list[tuple[int, str, str]] = field(default_factory=list)  # speakers of quotations so far
    unnamed: list[int] = field(default_factory=list)  # quotations so far credited to a description naming no one
    _subject: dict[int, bool] = field(default_factory=dict)
    people: tuple[str, dict[str, int]] | None = None  # first person named and mentions per person (ranker)
    log: list[tuple[int, str, list[object]]] | None = None  # (position, rules' pick, candidates) for training
    verbs: list[tuple[int, int, str]] = field(default_factory=list)  # every speech verb of the text
    _surnamed: set[str] | None = None  # names also mentioned by their last word alone, with no "the" before it
    #: the sentence breaks before a position (``speakers._sentence_before``), read once per quotation
    breaks_before: dict[int, tuple[list[int], int] | None] = field(default_factory=dict)
    #: the firm whose research note the page is, read from its head apart from the text (``documents.note_house``)
    house: tuple[str, str] | None = None

    def inside_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation."""
        i = bisect_right(self.quoted, (pos, 1 << 60)) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]


#: what follows a listed company's name in market news: its ticker ("(NYSE: ACM)", "(ACM.L)", "(ACME3)", "(0123.HK)"),
#: its shares moving ("X shares fell", "X's stock has"), "is down 4%" / "fell 2.7%" / "is trading in", an apposition of a company noun
#: or a listing ("X, the Oslo-listed miner,")
_TICKER_AFTER = re.compile(r"\s*\((?:[A-Z]{2,8}:\s*[A-Z0-9.]{1,10}|[A-Z0-9]{1,6}\.[A-Z]{1,3}|[A-Z]{2,6}\d{1,2})\)")
_SHARES_MOVE = re.compile(r"(?:['’]s?)?\s+(?:shares|stock)\s+(?:have|has|had|were|was|are|is|fell|rose|closed|dropped|"
                          r"jumped|slid|gained|lost|traded|opened|ended|tumbled|surged|plunged|climbed|sank|slumped|"
                          r"extended|pared|hit)\b")
_TRADING_AFTER = re.compile(r"\s+(?:is|was)\s+(?:now\s+)?trading\s+(?:in|at|on|up|down|higher|lower)\b")
_MOVE_AFTER = re.compile(r"\s+(?:(?:is|was|are|were)\s+(?:now\s+)?(?:up|down|off)|(?:fell|rose|dropped|jumped|slid|"
                         r"tumbled|surged|plunged|climbed|sank|slumped|opens\s+(?:up|down)|opened\s+(?:up|down)|"
                         r"closed\s+(?:up|down))(?:\s+(?:as\s+much\s+as|about|nearly|almost|another|a\s+further))?)"
                         r"\s+\d+(?:\.\d+)?\s?%(?![-–\d])")
#: organisation nouns that also name a person's trade ("X, the newsletter publisher,", "X, a coal miner,")
_PERSON_OR_ORG = {"publisher", "producer", "operator", "miner", "supplier", "broadcaster"}
_SHARES_OF_BEFORE = re.compile(r"\b[Ss]hares\s+(?:of|in)\s+$")
_MODIFIER = r"(?!(?:of|for|at|in|on|to|with|from|by|and|or|who|which|that)\s)[\w’'-]+\s+"
_LISTED_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:" + _MODIFIER + r"){0,5}?(?:[\w-]*-listed\s+(?:" + _MODIFIER
                                + r"){0,4}?([a-z][\w-]*)|([a-z][\w-]*))\s*,")


#: a preposition and a determiner right before a document's noun ("reassured by an email from X", "responding to a
#: message from X"): the document is the object of another clause, and its author no subject ("according to a
#: post from X" keeps its source)
_DOCUMENT_OBJECT_BEFORE = re.compile(r"\b(?:by|after|about|over|with|against|(?<!according )to)\s+(?:an?|the|his|her|"
                                     r"its|their)\s+(?:[\w-]+\s+)?\Z", re.I)
#: a document and who wrote it: "a statement from X", "Statement from X is out", "a letter issued by X" (the lookahead
#: on the nouns' first letters lets the regex engine skip to them: the same matches, fewer tries)
_AUTHORED = re.compile(r"(?=[aceflmnoprst])\b(?:statement|release|letter|email|memo|note|filing|announcement|notice|"
                       r"circular|post|tweet|column|op-ed|essay|message)s?"
                       r"\s+(?:(?:issued|released|sent|put\s+out)\s+)?(?:from|by)\s+", re.I)


def listed_companies(text: str, starts: list[int], ends: list[int], names: list[str],
                     described: bool = False) -> set[str]:
    """The names the text shows to be listed companies by a ticker, a share move or a listing after one of
    their mentions ("Iris Tarnmoor (IRT.L)", "Ivy Tan shares fell", "Ivy Tan is down 3%", "shares of Ivy Tan",
    "Ivy Tan, the Oslo-listed miner,"): the entity layer sometimes reads such a name as a person's. With
    ``described``, also the names an apposition calls an organisation ("Ivy Tan, the retailer,"; not a noun that
    may be a person's role: "X, the newsletter publisher,")."""
    listed, named = _company_evidence(text, starts, ends, names)
    return listed | named if described else listed


def _company_evidence(text: str, starts: list[int], ends: list[int], names: list[str]) -> tuple[set[str], set[str]]:
    """(names shown to be listed companies, names an apposition calls an organisation): see
    :func:`listed_companies`."""
    listed: set[str] = set()
    named: set[str] = set()
    for s, e, n in zip(starts, ends, names, strict=True):
        if n in listed or s < 0:
            continue
        after = text[e:e + 1] in (" ", "’", "'", "\u00a0")  # (what may follow a name before its evidence)
        appos = _LISTED_APPOSITION.match(text, e) if text[e:e + 1] == "," else None
        if (after and (_TICKER_AFTER.match(text, e) or _SHARES_MOVE.match(text, e) or _MOVE_AFTER.match(text, e)
                       or _TRADING_AFTER.match(text, e))) \
                or _SHARES_OF_BEFORE.search(text, max(0, s - 12), s) \
                or (appos is not None and appos.group(1) is not None):
            listed.add(n)
        elif appos is not None and appos.group(2) in ROLE_ORG and appos.group(2) not in ROLE_PERSON \
                and appos.group(2) not in _PERSON_OR_ORG:
            named.add(n)
    return listed, named


def build_doc(text: str, starts: list[int], ends: list[int], names: list[str], types: list[str],
              quoted: list[tuple[int, int]]) -> Doc:
    """A :class:`Doc` with genders voted and grammatical subjects of speech verbs collected."""
    # "Dan Roe" typed a place (or not typed) by the entity layer is a person: a common given name opens it; a name
    # the text shows to be a listed company is an organisation ("Iris Tarnmoor (IRT.L) fell", "Ivy Tan shares rose")
    names, types = _named_in_full(text, starts, ends, names, types)
    listed, described = _company_evidence(text, starts, ends, names)
    described |= listed
    titled = _titled_people(text, starts, ends, names, types) - described
    types = ["ORG" if (n in listed and t == "PERSON") or (n in described and (t in _UNTYPED or t in ORG_TYPES))
             else "PERSON" if ((t in PLACE_TYPES or t in _UNTYPED or t in ORG_TYPES) and _given_gender(n)
                               and not (t in ORG_TYPES and _org_name_end(n))) or n in titled else t
             for n, t in zip(names, types, strict=True)]
    doc = Doc(text, starts, ends, names, types, quoted)
    spans = list(zip(starts, ends, names, strict=True))
    # "Jane Roe at Acme told us he …", "Jane Roe of Ostmark, who said …": the subject is the person before the
    # workplace or the home state, and so is the pronoun's
    at_work = {starts[i]: names[i - 1] for i in range(1, len(starts)) if (types[i] in ORG_TYPES or types[i] in _HOMES)
               and types[i - 1] == "PERSON" and AFFILIATION.fullmatch(text, ends[i - 1], starts[i])}
    spans = [(s, e, at_work.get(s, n)) for s, e, n in spans]
    doc.verbs = speech_verbs(text, 0, len(text))
    for vs, ve, verb in doc.verbs:
        if verb not in FINITE_VERBS or doc.inside_quote(vs) or (_PASSIVE_BEFORE.search(text, max(0, vs - 20), vs)
                                                                and _TO_DO.match(text, ve)):
            # (a passive's subject asked or told to do something says nothing: "its shareholders were being asked to
            # carry the risk")
            continue
        lo = max(0, vs - _SUBJECT_REACH)
        for m in SENTENCE_BREAK.finditer(text, lo, vs):
            if is_sentence_break(text, m):
                lo = m.end()
        q = bisect_right(doc.quoted, (vs, 0)) - 1
        if q >= 0 and doc.quoted[q][1] > lo:
            lo = doc.quoted[q][1] + 1
        ph = subject_phrase(text, lo, vs) if lo < vs else None
        if lo < vs and AND_ADVERB_BEFORE.search(text, max(lo, vs - 40), vs):
            ph = participle_subject(text, lo, vs, adjacent=False)  # "X declined to …, but said …": X
            k = bisect_left(doc.ends, ph.name_start + 1) if ph is not None else len(starts)
            if k >= len(starts) or starts[k] >= ph.name_end:
                ph = None  # only a name the entity layer found ("Beyond the footage, the report … and said")
        if (ph is None or ph.kind != "name") and text[lo:vs].rstrip().endswith((",", "”", '"')):
            ph = head_phrase(text, ve, min(len(text), ve + 80))  # "…, said Wilcox, an Orlando Republican"
        if ph is not None and ph.kind == "description" and not ph.definite:
            doc.unnamed.append(ph.start)  # "a source close to him said": someone the text never names
        if ph is None or ph.kind != "name":
            continue
        if not_saying(text, ve, verb) and _REPORTED_BEFORE.search(text, lo, ph.start):
            continue  # "X said Roe continued to hurt the party": Roe, in what X reports, says nothing
        that = _THAT_BEFORE.search(text, max(lo, ph.start - 40), ph.start)
        if that is not None and speech_verbs(text, lo, that.start(), verbs_only=True):
            continue  # "X hit back, noting that the paper's Roe had reported …": X's sentence, X's subject
        who = name_speaker(doc, ph)
        if ph.name_start in at_work:
            who = Speaker(at_work[ph.name_start], "PERSON", who.mention, who.attribution)
        if text[vs:ve].casefold() not in ("asked", "asks") or not _ASKS.match(text, ph.end) \
                or not _ASKER_BEFORE.search(text, max(0, ph.start - 60), ph.start):
            doc.salient.append((ph.start, who.name, who.type))  # (not "… when Drake asked whether …": the asker)
        spans.append((ph.name_start, ph.name_end, who.name))
    for m in [*ACCORDING_TO.finditer(text), *_AUTHORED.finditer(text)]:
        # "According to X, output fell", "A statement from X said", "Statement from X is out": the report's
        # source, the document's author, is salient
        if doc.inside_quote(m.start()) or _DOCUMENT_OBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        ph = head_phrase(text, m.end(), min(len(text), m.end() + 80))
        if ph is not None and ph.kind == "name":
            k = bisect_left(ends, ph.name_start + 1)
            if k >= len(starts) or starts[k] >= ph.name_end:
                continue  # a title the entity layer found no name under ("a message from Undersecretary for …")
            who = name_speaker(doc, ph)
            doc.salient.append((ph.start, who.name, who.type))
    doc.salient.sort()
    doc.unnamed.sort()
    given = {n: g for n, t in zip(names, types, strict=True) if (t == "PERSON" or t in _UNTYPED)
             for g in [_given_gender(n)] if g}
    organisations = {n for n, t in zip(names, types, strict=True) if t in ORG_TYPES and not _given_gender(n)}
    doc.gender = _genders(text, sorted(spans), given, organisations)
    return doc


#: the lower-case words a proper name may hold: particles of people's names and the connectors of organisations'
#: names and titles' prepositions ("Ludwig van Beethoven", "Bank of Montreal", "Committee to Protect Journalists",
#: "Alliance for a Green Revolution", "Freedom from Religion Foundation", "Ortega y Gasset")
NAME_PARTICLES = frozenset({
    "of", "and", "the", "for", "to", "in", "on", "at", "upon", "am", "an", "a", "&", "from", "with", "without", "by",
    "against", "into", "over", "under", "among", "between", "per", "as", "via", "de", "del", "della", "der", "den",
    "des", "di", "da", "das", "do", "dos", "du", "la", "las", "le", "les", "los", "van", "von", "ter", "ten", "zu",
    "zum", "zur", "al", "el", "bin", "ibn", "bint", "ben", "y", "e", "et", "und", "af", "av", "sur", "sans",
})


def _named_in_full(text: str, starts: list[int], ends: list[int], names: list[str], types: list[str]
                   ) -> tuple[list[str], list[str]]:
    """Mentions linked to a "name" that is no name, renamed: a short form ("Nubelia") that the entity layer took
    for part of a phrase holding a lower-case word no name holds (a particle or connector,
    :data:`NAME_PARTICLES`): a heading or link line read as one run of capitalised words ("Quien es Nubelia", "Why
    is Acme"). Such a mention takes the one name-shaped name of the document that opens with its words, the name
    the text writes in full ("Nubelia Redes"), with that name's type; else its own words."""
    def shaped(name: str) -> bool:
        return not any(w.islower() and w.casefold() not in NAME_PARTICLES for w in name.split())
    bad = {n for n in set(names) if not shaped(n)}
    if not bad:
        return names, types
    names, types = list(names), list(types)
    for i, name in enumerate(names):
        if name not in bad:
            continue
        surface = text[starts[i]:ends[i]].removesuffix("’s").removesuffix("'s").rstrip(".,")
        words = surface.split()
        if not words or not shaped(surface) or len(words) >= len(name.split()):
            continue  # (the run itself, written in full, is left as the entity layer named it)
        full = {(n, t) for n, t in zip(names, types, strict=True)
                if n not in bad and n.split()[:len(words)] == words and len(n.split()) > len(words)}
        if len({n for n, _ in full}) == 1:
            names[i], types[i] = min(full)
        else:
            names[i] = " ".join(words)
    return names, types


#: heads of the offices a person holds, written right before the holder's name ("head of investor relations Jane
#: Roe", "Acme's head of retail insight, Jane Roe,", "Minister for Trade Jane Roe", "chief executive Jane Roe"); not
#: nouns that also introduce a company ("investor", "owner", "trader", "adviser", "developer": "activist investor
#: Acme Capital")
_OFFICES = ("head|minister|director|executive|officer|chief|president|chair|chairman|chairwoman|chairperson|secretary|"
            "analyst|economist|strategist|spokesman|spokeswoman|spokesperson|manager|founder|co-founder|governor|"
            "commissioner|treasurer|mayor|senator|lawmaker|professor|editor|columnist|lawyer|attorney|judge|"
            "prosecutor|ceo|cfo|coo|cto|official")
#: an office right before a name, with the field it is head or minister of ("head of investor relations", "Minister
#: for Foreign Trade", "deputy head of trade remedies,"): one to three words of the field after "of"/"for", none a
#: determiner, preposition or -ing form ("the president of the United States", "the head of Acme Group", "the
#: president for taking on Wall Street": the organisation or place named)
_FIELD_WORD = r"(?!(?:the|a|an|his|her|its|their|this|that|of|for|from|to|with|at|by|on|in|and|or)\s)[\w’'&-]+(?<!ing)"
_OFFICE_BEFORE = re.compile(r"(?:^|[\s(])(?:" + _OFFICES + r")(?:\s+(?:of|for)(?:\s+" + _FIELD_WORD + r"){1,3})?,?\s+$",
                            re.I)
#: an office in apposition right after a name ("Jane Roe, a soft commodities analyst at Acme,", "Jane Roe, the
#: Dutch trade minister,"), then a comma, a full stop or where it is held (not "Jane Roe, a former federal
#: regulator,": "regulator" names an organisation too); also after an employer's possessive ("Jane Roe, Acme's chief
#: executive,")
_OFFICE_AFTER = re.compile(r",\s+(?:a|an|the|its|their|[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2}['’]s)\s+"
                           r"(?:[\w’'-]+\s+){0,4}?(?:" + _OFFICES + r")"
                           r"(?=\s*[,.;]|\s+(?:at|of|for|in|with|who)\b)", re.I)


def _person_word(word: str) -> bool:
    """A word of a person's name: capitalised letters, not all capitals ("McLeod", "Vinther-Holm", "O’Neill")."""
    return word[:1].isupper() and not word.isupper() and re.sub(r"[-’']", "", word).isalpha()


def _titled_people(text: str, starts: list[int], ends: list[int], names: list[str], types: list[str]) -> set[str]:
    """Names the entity layer typed an organisation, a place or nothing that the text gives an office holder's
    title right before (:data:`_OFFICE_BEFORE`: "head of investor relations Jane Roe told the paper", "Acme's
    head of retail insight, Jane Roe, tells us") or in apposition right after (:data:`_OFFICE_AFTER`: "Jane Roe,
    an airline analyst at Acme,"). Only a name shaped as a person's: two to four capitalised words with no
    organisation word or title, not ending like a company's name ("Acme Holdings" after "chief executive of" is not
    one); then a "she" after it finds the person, not the paper the person spoke to."""
    found: set[str] = set()
    for s, e, n, t in zip(starts, ends, names, types, strict=True):
        if t == "PERSON" or s < 0 or n in found:
            continue
        words = n.split()
        if not 2 <= len(words) <= 4 or not all(_person_word(w) for w in words) \
                or any(w.casefold() in ROLE_ORG or w.casefold().rstrip(".") in TITLES for w in words) \
                or _org_name_end(n):
            continue
        if _OFFICE_BEFORE.search(text, max(0, s - 60), s) or _OFFICE_AFTER.match(text, e):
            found.add(n)
    return found


def _org_name_end(name: str) -> bool:
    """Whether a name of two words or more ends in a word only an organisation's name ends in ("Vernon Air",
    "Grace Holdings", "Morgan Labs Inc")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold().rstrip(".,") in ORG_NAME_ENDS


def _org_word_end(name: str) -> bool:
    """Whether a name of two words or more ends in an organisation's word: one only an organisation's name ends in
    (:func:`_org_name_end`) or a noun for an organisation ("Dune Business", "Kestrel Studio")."""
    return _org_name_end(name) or (len(name.split()) > 1 and name.split()[-1].casefold() in ROLE_ORG)


#: the lower-case particles of people's surnames (of :data:`NAME_PARTICLES`, not the connectors of organisations')
_SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "das", "dos", "di", "du", "la",
                                "le", "ter", "ten", "zu", "bin", "ibn", "al", "el"})


def _given_gender(name: str) -> str:
    """The gender a person's given name shows ("Jane Roe": "f"), "" for a name of one word or more than three,
    an unknown or shared given name, or a name holding an organisation word ("Jane Roe Foundation")."""
    words = [w for w in name.split() if w.casefold().rstrip(".") not in TITLES]
    if any(w.casefold() in ROLE_ORG for w in words):
        return ""
    # a surname's lower-case particle ("Stephan von Erffa", "Ursula von der Leyen", "Ana de Souza") is part of a
    # person's name, not a lower-case word that makes it none
    words = [w for w in words if w not in _SURNAME_PARTICLES]
    if not 2 <= len(words) <= 3 or any(not w[:1].isupper() for w in words):
        return ""
    if words[0] in GIVEN_GENDER or "-" not in words[0]:
        return GIVEN_GENDER.get(words[0], "")
    # a compound given name ("Anne-Marie Roe"): the gender both its parts share
    parts = {GIVEN_GENDER.get(p, "") for p in words[0].split("-")}
    return parts.pop() if len(parts) == 1 else ""


#: the lower-case word right after a name ("Acme spokesman", "Acme officials")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z-]+)\b")


def _genders(text: str, spans: list[tuple[int, int, str]], given: dict[str, str] | None = None,
             organisations: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """Each name's grammatical gender, voted by a personal pronoun soon after its mentions in the same clause
    ("Clinton said she …", "Trump and his aides") with no other capitalised word, quotation mark or sentence
    break between, and by a title before it (Mr., Mrs., Ms.). A name typed an organisation (``organisations``)
    takes only the strong votes: a pronoun right after its verb of saying, a title, a noun of kinship ("… of its
    valuation of Acme and kept his rating" is the analyst's "his", not Acme's)."""
    votes: dict[str, list[int]] = {}
    for i, (s, e, name) in enumerate(spans):
        v = votes.setdefault(name, [0, 0])
        title = _TITLE_BEFORE.search(text, max(0, s - 6), s)
        if title:
            v[0 if title.group(1) == "Mr" else 1] += 1
        kin = _KIN_BEFORE.search(text, max(0, s - 40), s) or _KIN_AFTER.match(text, e)
        if kin is not None and kin.group("kin").casefold() in KIN_GENDER:
            # "Her younger brother, Kagiso, …", "Jo Roe, his widow, …": the noun of kinship in apposition
            v[0 if KIN_GENDER[kin.group("kin").casefold()] == "m" else 1] += SAID_WEIGHT
        hi = min(e + _GENDER_REACH, spans[i + 1][0] if i + 1 < len(spans) else e + _GENDER_REACH)
        m = _PRONOUN.search(text, e, max(e, hi))
        if m is None or _BREAK_BETWEEN.search(text, e, m.start()):
            continue
        if m.group(1).casefold() in ("him", "her"):
            continue
        after = _NEXT_LOWER_WORD.match(text, e)
        if after is not None and (after.group(1) in ROLE_PERSON or after.group(1) in SPEAKS_FOR):
            continue  # "An Acme spokesman said he …": the pronoun is the spokesman's, not the name's
        if m.group(1).casefold() in ("he", "she") and _AT_PLACE_BEFORE.search(text, max(0, s - 8), s) \
                and text[e:e + 1] not in ("'", "’"):
            continue  # "ran risk at Acme from 2019 until he left": a place or employer is not the clause's he
        if m.group(1).casefold() == "his" and _RESPONSE_BEFORE.search(text, e, m.start()):
            continue  # "Acme declined to comment on his account": the one responded to, not the name's own
        if text[e:m.start()].lstrip().startswith(",") and _SETTING_BEFORE.search(text, max(0, s - 6), s):
            continue  # "On Twitter, she responded", "At Acme, he led …": the pronoun is the clause's subject
        if "," in text[e:m.start()] and _QUESTION_BEFORE.search(text, max(0, s - 14), s):
            continue  # "Asked whether Acme would cut output, she said": the one asked, not the question's subject
        said = _SAID_PRONOUN.fullmatch(text, e, m.start())
        weight = SAID_WEIGHT if said and said.group(1).casefold() in FINITE_VERBS else 1
        if weight == 1 and name in organisations:
            continue
        v[0 if m.group(1).casefold() in _MALE else 1] += weight  # "X said she …" settles it more than "X … his"
    for name, g in (given or {}).items():  # a common given name weighs as GIVEN_WEIGHT votes
        v = votes.setdefault(name, [0, 0])
        v[0 if g == "m" else 1] += GIVEN_WEIGHT
    return {k: ("m" if a > b else "f") for k, (a, b) in votes.items() if a != b}


def personlike(doc: Doc, name: str, etype: str) -> bool:
    """PERSON entities, names followed by he/she, and untyped runs of two or three capitalised words without an
    organisation word."""
    words = name.split()
    shaped = 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not any(w.casefold() in ROLE_ORG for w in words) and not _org_name_end(name)
    if etype == "PERSON" and _org_word_end(name) and name not in doc.gender:
        # "Harbour Holdings", "Dune Business" typed a person upstream, with no given name or pronoun showing a
        # person: no one's he or she
        return False
    if etype == "PERSON" or (name in doc.gender and etype not in PLACE_TYPES
                             and not (etype in ORG_TYPES and len(words) > 1
                                      and not (shaped and name in _surnamed(doc)))):
        # (a gender vote does not make "Harbor Community Center" a person; it does make a person's name the entity
        # layer typed an organisation when the text also calls it by its last word, as people are named: "Rahm
        # Emanuel … Emanuel said he …"; not "the Times" of "The New York Times")
        return True
    return etype in _UNTYPED and shaped


#: a preposition opening a phrase of place or setting before a mention ("On Twitter, she …", "At Acme, he …")
_SETTING_BEFORE = re.compile(r"\b(?:on|in|at|from|via|inside|outside)\s+$", re.I)
#: "whether" opening a question a lead asks, right before its subject ("Asked whether Acme would cut output, she
#: said", "On the question of whether Acme will cut jobs, she was blunt")
_QUESTION_BEFORE = re.compile(r"\bwhether\s+(?:the\s+)?$")
#: words before a last word alone that make it a thing or a place, not a person's surname ("the Times", "on Twitter")
_NOT_SURNAME_BEFORE = re.compile(r"\b(?:the|in|of|at|from|on|via)\s+$", re.I)


def _surnamed(doc: Doc) -> set[str]:
    """Names of two words or more the text also gives by their last word alone, with no "the" or a preposition of
    place before it (a person's surname: "Rahm Emanuel … Emanuel said"; not "The New York Times … the Times", not
    "on Twitter")."""
    if doc._surnamed is None:
        doc._surnamed = {n for s, e, n in zip(doc.starts, doc.ends, doc.names, strict=True)
                         if len(n.split()) > 1 and doc.text[s:e] == n.split()[-1]
                         and not _NOT_SURNAME_BEFORE.search(doc.text, max(0, s - 6), s)}
    return doc._surnamed


def modifies_name(doc: Doc, i: int) -> bool:
    """Whether mention ``i`` only modifies a person named right after it through a role noun ("Quennell consultant
    Jane Roe", "Acme's chief executive Jane Roe", "Smith aide Jon Hale"): the later name heads the phrase."""
    j = i + 1
    if j >= len(doc.starts) or doc.starts[j] - doc.ends[i] > 60 or not personlike(doc, doc.names[j], doc.types[j]):
        return False
    m = _ROLE_GAP.fullmatch(doc.text, doc.ends[i], doc.starts[j])
    words = m.group(1).split() if m else []
    # (two roles joined by "and": "Acme co-founder and former chief executive Jane Roe"; at most three words else)
    joined = "and" in words[1:-1] and words.count("and") == 1
    return bool(m) and (len(words) <= 3 or joined) and all(
        w.casefold() in ROLE_PERSON or w.casefold() in TITLES or w.casefold() in _ROLE_ADJ or (joined and w == "and")
        for w in words) and any(w.casefold() in ROLE_PERSON for w in words)


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether mention ``i`` opens its sentence or is the subject of a speech verb (salience). A name that only
    modifies the person named after it does not ("Quennell consultant Jane Roe said": Jane Roe), and that person
    opens the sentence through it."""
    if i in doc._subject:
        return doc._subject[i]
    text, s, e = doc.text, doc.starts[i], doc.ends[i]
    start = max(0, s - 200)
    for m in SENTENCE_BREAK.finditer(text, start, s):
        if m.end() <= s and is_sentence_break(text, m):
            start = m.end()
    line = text.rfind("\n", start, s) + 1
    bullet = _BULLET.match(text, line) if line > start else None
    if bullet is not None:
        start = bullet.end()  # a line of a bulleted list ("• Acme (+2%): the carrier said …"): a new sentence
    elif line > start and len(text[start:line].strip()) <= _HEADING_CHARS:
        start = line  # the line before is a time stamp or a heading ("09:15 GMT", "Update"): a new sentence
    stamp = _ENTRY_STAMP.match(text, text.rfind("\n", 0, s) + 1, s)
    if stamp is not None and stamp.end() > start:
        start = stamp.end()  # a live blog entry's time stamp ("2:30 p.m. PT — Acme cut …"): the entry opens there
    kicker = _CAPS_KICKER.match(text, start, s)
    if kicker is not None:
        start = kicker.end()  # "BREAKING: Acme has raised …": the sentence opens after the kicker in capitals
    dateline = _DATELINE.match(text, text.rfind("\n", 0, s) + 1, s)
    if dateline is not None and dateline.end() > start:
        start = dateline.end()  # "COPENHAGEN, Feb 4 (Agency) - Acme's shares fell …": the sentence opens after it
    words = tokens(text, start, s)
    pre = text[start:s].strip()
    if modifies_name(doc, i) or (_ASKS.match(text, e) and _ASKER_BEFORE.search(text, max(0, s - 60), s)):
        doc._subject[i] = False  # (the asker in "… when Drake asked whether …" is no subject the answer takes up)
        return False
    head = i > 0 and doc.starts[i - 1] >= start and modifies_name(doc, i - 1) \
        and all(w[:1].isupper() for w, _, _ in tokens(text, start, doc.starts[i - 1]))
    # (an organisation after an introductory phrase, its comma and a place's possessive: "Separately, Norland's
    # Acme")
    comma = next((k for k, (w, _, _) in enumerate(words) if w == ","), len(words))
    out = (not pre or head or all(w[:1].isupper() for w, _, _ in words)
           or (pre.endswith(",") and len(words) <= 7 and words[0][0].casefold() in INTRO_WORDS)
           or (doc.types[i] in ORG_TYPES and bool(_SHARES_OPENING.fullmatch(pre)))
           or (comma < 7 and words[0][0].casefold() in INTRO_WORDS and doc.types[i] in ORG_TYPES
               and len(words) == comma + 2 and words[-1][0][:1].isupper() and words[-1][0].endswith(("'s", "’s")))
           or verb_follows(text, e) or (bool(_PAST_AFTER.match(text, e)) and not _REPORTED_BEFORE.search(pre)
                                        and not _SUBORDINATE_BEFORE.search(pre)))
    if out and pre:
        that = _THAT_BEFORE.search(text, max(start, s - 40), s)
        if that is not None and speech_verbs(text, start, that.start(), verbs_only=True):
            out = False  # "X hit back, noting that the paper's Roe had reported …": Roe is in what X reports
    doc._subject[i] = out
    return out


def place_before(doc: Doc, i: int) -> bool:
    """True for a mention that reads as a place or thing whatever its type: "the", "in", "of", "at" or "from"
    right before it."""
    return bool(_PLACE_BEFORE.search(doc.text, max(0, doc.starts[i] - 6), doc.starts[i]))


def _search(doc: Doc, pos: int, fits: Callable[[str, str], bool], person: bool,
            salient_only: bool = False, window: int = WINDOW) -> tuple[int, str, str] | None:
    """The nearest salient entity before ``pos`` (within ``window`` characters) that ``fits`` (name, type), else
    (unless ``salient_only``) the nearest mention."""
    lo = bisect_left(doc.starts, pos - window)
    hi = bisect_left(doc.starts, pos)
    fallback: tuple[int, str, str] | None = None
    strong: tuple[int, str, str] | None = None
    for i in range(hi - 1, lo - 1, -1):
        if doc.inside_quote(doc.starts[i]) or not fits(doc.names[i], doc.types[i]) \
                or (person and place_before(doc, i)):
            continue
        if fallback is None:
            fallback = (doc.starts[i], doc.names[i], doc.types[i])
        if opens_sentence(doc, i):
            strong = (doc.starts[i], doc.names[i], doc.types[i])
            break
    for pool in (doc.speakers, doc.salient):
        k = bisect_left(pool, (pos, "", "")) - 1
        while k >= 0 and pool[k][0] >= pos - window:
            if fits(pool[k][1], pool[k][2]):
                if strong is None or pool[k][0] > strong[0]:
                    strong = pool[k]
                break
            k -= 1
    if salient_only:
        return strong
    if strong is not None and fallback is not None and "\n" in doc.text[strong[0]:fallback[0]] \
            and not (person and _gendered_over_once(doc, strong, fallback, pos)):
        return fallback  # a mention in a later paragraph beats a salient entity of an earlier one
    return strong or fallback


def _gendered_over_once(doc: Doc, strong: tuple[int, str, str], fallback: tuple[int, str, str], pos: int) -> bool:
    """Whether a salient person the text gives the pronoun's gender ("Dr. Ana Veld … by her count … she said")
    keeps a he/she at ``pos`` across an earlier paragraph naming, once and in passing, a name of no known gender
    ("a store near Kamp Oria"; a place, ship or firm the entity layer may have typed as a person). A name in the
    pronoun's own paragraph still takes it ("Corvel CEO Ivo Hale on a call: “…” He said …")."""
    if not doc.gender.get(strong[1]) or fallback[1] in doc.gender or "\n" not in doc.text[fallback[0]:pos]:
        return False
    return sum(n == fallback[1] for n in doc.names) == 1


def antecedent(doc: Doc, pos: int, want: str, gender: str = "", salient_only: bool = False,
               named: str = "", besides: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(name, type) of the entity a pronoun or description at ``pos`` refers to: ``want`` is PERSON or ORG,
    ``gender`` "m"/"f"/"" (see the module docstring); a person the text shows to be of the other gender is
    skipped. With ``salient_only`` only a speaker, a subject or a mention opening its sentence is taken (an
    organisation description: "the board" is not the Reuters of "seen by Reuters"). With ``named`` only an
    organisation whose name holds that word ("the committee": House Select Committee); never one of ``besides``."""
    if want == "ORG":
        # a body named by its word ("the committee") may go back to the organisation's first mention
        pick = _search(doc, pos, lambda n, t: t in ORG_TYPES and n not in doc.gender and n not in besides
                       and (not named or named in n.casefold().split()), person=False,
                       salient_only=salient_only and not named, window=ORGAN_WINDOW if named else WINDOW)
        return (pick[1], pick[2]) if pick else None

    def fits_person(name: str, etype: str) -> bool:
        return etype not in PLACE_TYPES and personlike(doc, name, etype) and doc.gender.get(name, gender) == gender

    pick = _search(doc, pos, fits_person, person=True)
    return (pick[1], pick[2]) if pick else None


#: a legal form written with a slash ("A/S", "S/A")
_SLASH_FORM = re.compile(r"[A-Z]{1,3}/[A-Z]{1,3}")


def _canonical(doc: Doc, i: int, surface: str) -> str:
    """The mention's canonical name, unless it lacks the surface's last word (a bad link upstream) and is not the
    name the text spelled out for an acronym ("the General Administration of Trade (GAT) … The GAT said")."""
    name = doc.names[i]
    words = surface.removesuffix("’s").removesuffix("'s").rstrip(".,").split()
    if len(words) > 1 and (_SLASH_FORM.fullmatch(words[-1]) or words[-1].casefold().rstrip(".") in LEGAL_FORMS):
        words = words[:-1]  # "Acme A/S", "Acme Financial Corp": a legal form the canonical name may leave out
    if not words or words[-1].casefold() in name.casefold() or _spelled_out(doc, name, words[-1]) \
            or abbreviates(words[-1], name):
        return name
    return " ".join(words)


#: words an acronym may leave out ("Harbour and Pilotage Board" is HPB, "Bank of Nowhere" BN)
_LEFT_OUT = {"of", "and", "the", "for", "de", "du", "des", "der", "la", "le", "y", "et", "in", "on", "to", "&"}


_ELIDED = re.compile(r"^(?:d|l|D|L)['’](?=\w)")


def abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` (2-6 capitals) reads as the initials of ``name`` in order, from its first word that
    is no function word, each of its letters the first letter of a word or hyphen part of the name, words
    left out where the acronym skips them ("HPB" of "Harbour and Pilotage Board of Ostmark", "GSCOV" of
    "Grid Security Council of Valdria"). An article names an organisation by the acronym another article of the story
    spells out; the entity layer links them, and a link that fits the letters is no bad link. A word of the
    name that is no function word is left out only after the acronym's last letter."""
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return False
    # (an elided article opens a word of a French or Italian name: "d'information", "l'Énergie")
    parts = [_ELIDED.sub("", p) for w in name.split() for p in w.split("-") if p and p[0].isalpha()]
    parts = [p for p in parts if p]
    while parts and parts[0].casefold() in _LEFT_OUT:
        parts.pop(0)
    if len(parts) < 2 or parts[0][0].upper() != acronym[0]:
        return False
    k = 0
    for part in parts:
        if k == len(acronym):
            break  # words after the acronym's last letter ("... of Ostmark") may be left out
        if part[0].upper() == acronym[k]:
            k += 1
        elif part.casefold() not in _LEFT_OUT:
            return False
    return k == len(acronym)


def _spelled_out(doc: Doc, name: str, acronym: str) -> bool:
    """Whether the text gives ``acronym`` in brackets right after a mention of ``name`` ("Acme Trade Board
    (ATB)")."""
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return False
    after = re.compile(r"\s*\(" + re.escape(acronym) + r"\)")
    return any(n == name and after.match(doc.text, e) for e, n in zip(doc.ends, doc.names, strict=True))


#: an apposition after a name saying what it is: ", the staff association,", ", a lobby group,", ", its main rival,"
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,3}?)([a-z][\w-]*)\s*,")


def appositive_role(text: str, end: int) -> str:
    """The role noun of an apposition right after a name ending at ``end`` ("Belvane, the staff association,
    said": "association"), casefolded; "" when there is none or its last word is no role noun (:data:`ROLE_ORG`,
    :data:`ROLE_PERSON`)."""
    m = _APPOSITIVE.match(text, end)
    if m is None:
        return ""
    head = m.group(2).casefold()
    return head if head in ROLE_ORG or head in ROLE_PERSON or head.rstrip("s") in ROLE_PERSON else ""



def _shortest_full_name(doc: Doc, short: str, name: str) -> str:
    """The organisation a short name stands for when the text gives two full names opening with it ("Acme said"
    after "Acme Health Group" and "Acme Riverside Medical Center"): the one with the fewest words (the parent's
    name is the short name and its organisation words; a unit's holds a place or a function too), when it is
    the only one of that length; else ``name``, the one the entity layer linked."""
    short = short.strip()
    if not short or not name.startswith(short + " ") or short.casefold() in NOT_ALONE:
        return name  # ("American" opens the names of many bodies: a people's word, no short name)
    full = {n for n, t in zip(doc.names, doc.types, strict=True) if t in ORG_TYPES and n.startswith(short + " ")}
    if len(full) < 2:
        return name
    fewest = min(len(n.split()) for n in full)
    shortest = [n for n in full if len(n.split()) == fewest]
    return shortest[0] if len(shortest) == 1 and fewest < len(name.split()) else name


def _first_conjunct(doc: Doc, ph: Phrase, best: int | None) -> int | None:
    """The first of two names joined by "and" as one subject ("the NNB and Finmo say", "Acme and regulator Finmo
    said in a joint statement"), when the phrase names the second (``best``): the one named first is credited,
    as a reader cites the pair; None when no such name stands right before the phrase."""
    if best is None or doc.types[best] in PLACE_TYPES:
        return None
    for i in range(best - 1, max(-1, best - 4), -1):
        if doc.ends[i] <= ph.start and doc.types[i] not in PLACE_TYPES and doc.types[i] == doc.types[best] \
                and doc.names[i] != doc.names[best] and _JOINED.fullmatch(doc.text, doc.ends[i], ph.start) \
                and not doc.inside_quote(doc.starts[i]):
            return i
    return None


#: what joins two names of one subject: "and", maybe with the second's kind ("the NNB and regulator Finmo")
_JOINED = re.compile(r"\s+and\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}")


def name_speaker(doc: Doc, ph: Phrase) -> Speaker:
    """The mention under a name phrase, else the phrase's name words (linked to an earlier full name that ends
    with the same surname)."""
    lo = bisect_left(doc.ends, ph.name_start + 1)
    best = None
    for i in range(max(0, lo - 3), min(len(doc.starts), lo + 6)):
        overlaps = doc.starts[i] < ph.name_end and doc.ends[i] > ph.name_start
        if best is not None and doc.text[doc.starts[i] - 1:doc.starts[i]] == "(":
            continue  # the ticker or label in brackets after a name is the name's: "Acme Marine (ACM.L) said"
        if overlaps and (best is None or doc.ends[i] >= doc.ends[best]) \
                and not (doc.types[i] in PLACE_TYPES and doc.types[best if best is not None else i] not in PLACE_TYPES):
            # (a place after a person or organisation in one capitalised run is no part of the name: a headline
            # in title case, "Jane Roe Visits Oslo Plant: “…”", reads as one run; its subject speaks)
            best = i
    first = _first_conjunct(doc, ph, best)
    best = first if first is not None else best
    surface = doc.text[ph.start:ph.end].rstrip(".,;:")
    if best is not None:
        under = doc.text[max(doc.starts[best], ph.name_start):min(doc.ends[best], ph.name_end)]
        name = _canonical(doc, best, under)
        if doc.types[best] in ORG_TYPES:
            name = _shortest_full_name(doc, under, name)
        return Speaker(name, doc.types[best], surface, "adjacent")
    name = doc.text[ph.name_start:ph.name_end].rstrip(".,").removesuffix("’s").removesuffix("'s")
    words = name.split()
    last = words[-1] if words else name
    for _, known, t in reversed(doc.speakers):
        if known != name and known.split()[-1:] == [last] and len(known.split()) > 1:
            return Speaker(known, t, surface, "adjacent")
    for i in range(bisect_left(doc.starts, ph.start) - 1, -1, -1):
        if doc.names[i].split()[-1:] == [last] and len(doc.names[i].split()) > 1 and doc.types[i] == "PERSON":
            return Speaker(doc.names[i], doc.types[i], surface, "adjacent")
    orgish = any(w.casefold() in ROLE_ORG for w in words) or (len(words) == 1 and name.isupper() and len(name) > 1) \
        or appositive_role(doc.text, ph.name_end) in ROLE_ORG  # "Belvane, the staff association, said"
    return Speaker(name, "ORG" if orgish else "PERSON", surface, "adjacent")


def story_organisation(doc: Doc) -> str:
    """:func:`main_organisation`, and on a tie for the most mentions the one of them the headline names (a mention
    read from the headline stands before the text, at -1): "Opinion: Acme's shareholders paid …" over a customer
    named as often in the body; "" when none or several."""
    name = main_organisation(doc)
    if name:
        return name
    counts: dict[str, int] = {}
    for a, n, t in zip(doc.starts, doc.names, doc.types, strict=True):
        if t in ORG_TYPES and not doc.inside_quote(a):
            counts[n] = counts.get(n, 0) + 1
    if not counts:
        return ""
    top = max(counts.values())
    headline = {n for a, n, t in zip(doc.starts, doc.names, doc.types, strict=True) if a < 0 and counts.get(n) == top}
    return headline.pop() if len(headline) == 1 else ""


def main_organisation(doc: Doc) -> str:
    """The organisation the document names most often outside quotation marks ("" on a tie or none)."""
    counts: dict[str, int] = {}
    for a, n, t in zip(doc.starts, doc.names, doc.types, strict=True):
        if t in ORG_TYPES and not doc.inside_quote(a):
            counts[n] = counts.get(n, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return ""
    return next(n for n, c in counts.items() if c == ranked[0])
