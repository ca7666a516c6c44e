"""Named entities of one document: candidate spans, alias groups and one type per entity.

`recognize_entities(text, headline_end)` returns every mention with offsets into `text`, its canonical name
within the document and its type, decided by the evidence of all the entity's mentions.
"""
from __future__ import annotations

import re
from typing import Literal

import pandas as pd

from analysis.corpus.provenance import looks_like_outlet, media_words
from analysis.corpus.transcript import HOST_ROLES, UNNAMED, Turn
from analysis.entities.aliases import canonical_org_name
from analysis.entities.credits import in_regions
from analysis.entities.evidence import (CAMEL_RE, COMPASS_HEADS, COMPASS_WORDS, FORM, FUND_SCORE, STRONG, WEAK,
                                        best_type, designator_word, exchange_traded_fund, is_acronym, local_evidence,
                                        product_noun_after)
from analysis.entities.gazetteer import GAZETTEER_SCORE, UNTYPED_NAME_SCORE, gazetteer_names
from analysis.entities.grouping import (FOLLOWER_WORD_RE, IC_ADJECTIVE_RE, DocGroups, Group, descriptive_cells, host_name,
                                        product_cells, venue_cells)
from analysis.entities.language import foreign_lines
from analysis.entities.links import (body_head_short_names, codes_before_names, coordinated_orgs, initials_labels,
                                    known_as, nicknames, or_names, parenthesised_short_names)
from analysis.entities.catalog import Lexicon, catalog_company, company_for_ticker, get_lexicon, norm_key
from analysis.entities.committees import committee_rows
from analysis.entities.spans import Candidate, used_lowercase

# a text about a ship: "the vessel", "container ship", "ran aground", "refloat"
_VESSEL_RE = re.compile(r"\b(?:vessels?|ships?|tankers?|freighters?|aground|refloat(?:ed|ing)?)\b")
SHIP = "SHIP"  # `_default_kind` of a ship's name: typed OTHER with the evidence of its form
_CREDIT_TAILS = frozenset({"Photo", "Photos", "Photographer"})
_JOB_TAIL_RE = re.compile(r"(?:ist|er|or|ent|ive|ant)$")
MENTION_COLUMNS = ["start", "end", "surface", "name", "type", "role"]
Role = Literal["story", "credit"]


def _group_name(doc: DocGroups, g: int, kind: str) -> str:
    grp = doc.groups[g]
    surfaces = [doc.cands[i].surface for i in grp.members if not doc.cands[i].ticker]
    local = {doc.cands[i].surface for i in grp.members if doc.cands[i].local_name}
    if local and any(s not in local for s in surfaces):
        surfaces = [s for s in surfaces if s not in local]  # "the National Court (Audiencia Nacional)": the first name
    if not surfaces:
        return company_for_ticker(doc.cands[grp.members[0]].surface) or doc.cands[grp.members[0]].surface
    if kind == "ORG":
        trade = _trade_name(doc, grp.members)
        if trade is not None:
            return trade
        full = [s for s in surfaces if len(s.split()) == len(grp.words)] or surfaces
        name = canonical_org_name(full, doc.lex, shorter=surfaces)
        if name.isupper() and any(len(w) > 4 for w in name.split()):
            # "QUISTEL HOLDINGS (QSTL.O)" heading a factbox: the catalog's spelling, else its long words in title case
            known = catalog_company(name)
            if known is not None:
                return known
            if " " in name:
                return " ".join(w.title() if len(w) > 3 and w.isalpha() else w.lower() if w in _CAPS_JOINERS
                                else w for w in name.split())
        return name
    if kind == "PLACE":
        known = next((doc.lex.place_alias[s] for s in surfaces if s in doc.lex.place_alias), None)
        if known:
            return known  # "U.S.", "US", "America" and "United States" are one country
    name = max(surfaces, key=lambda s: (len(s.split()), not s.isupper(), len(s)))  # "Brindleford", not a dateline's
    if kind == "PERSON" and name.isupper() and " " in name:
        return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in name.split())  # JANE ROE
    return name


# the words that give a company's trade name right before it: "..., known as X", "(also known as X)", "trading as X"
_TRADE_NAME_CUE_RE = re.compile(r"(?:known|trading|branded)\s+as\s+$")


def _trade_name(doc: DocGroups, members: list[int]) -> str | None:
    """The name a company goes by, when the text gives it one and then uses it: "Quistel Petroquimica SA, known as
    Quispetro, ... Quispetro shares fell" is Quispetro. A trade name given after "known as" (or "trading as")
    that the body then writes more often than any other form of the company's name; None otherwise (a trade name
    written once, as often as the formal name, keeps the formal name: "Zorbo Precision Industry, known as Quistcon
    abroad, rose")."""
    body = [doc.cands[i] for i in members if not doc.cands[i].ticker and not doc.headline[i]]
    given = {c.surface for c in body if _TRADE_NAME_CUE_RE.search(doc.text, max(0, c.start - 30), c.start)}
    if not given:
        return None
    counts: dict[str, int] = {}
    for c in body:
        counts[c.surface] = counts.get(c.surface, 0) + 1
    name = max(given, key=lambda s: counts.get(s, 0))
    if any(n >= counts.get(name, 0) for s, n in counts.items() if s != name):
        return None
    return name


def _common_words(words: list[str], text: str, lex: Lexicon) -> bool:
    """True when every word of a span is ordinary vocabulary: a demonym, a title word, an acronym such as
    'AI' or 'CEO', or a word the text also writes in lower case ("Chinese AI", "AI Giants", "Chief AI Scientist")."""
    return all(w in lex.demonyms or w in lex.role_first_words or w in lex.non_entity_acronyms
               or w.lower() in lex.role_first_words or used_lowercase(w, text) for w in words)


_WORD_JOINERS = "'’-_"
_CAPS_JOINERS = frozenset({"OF", "AND", "THE", "FOR", "DE", "DU", "DES", "DER", "LA", "LE"})


def _written_lowercase(word: str, text: str) -> bool:
    """True when the text writes `word` in lower case as a word of its own (not the start of a contraction:
    "don't" does not make "Don" a common word)."""
    return used_lowercase(word, text, _WORD_JOINERS)


# a list's label: a colon, then a name and its signed move on the same line ("Losers: Zorbo Motors -2.6%")
_LIST_LABEL_RE = re.compile(r"[ \t]*:[ \t]*[A-Z][^\n:]{0,60}?[ \t][+\-−–]\d[\d.,]*[ \t]*%")
_ADJECTIVE_RE = re.compile(r"(?:ical|ese|ish)$")
_ADVERB_RE = re.compile(r"(?:ically|ously|ively|fully|ately|edly|ingly|ally)$")
# bodies a country names with one capitalised word, and newspapers' short names ("the Times"); any other bare
# head ("the Commission", "the Exchange") refers back to a body named in full or is a common noun
_NATIONAL_BODIES = frozenset({"Congress", "Senate", "Parliament", "Army", "Navy", "Pentagon", "Kremlin",
                              "Bundestag", "Knesset", "Duma", "Politburo"})
_STANDALONE_BODIES = _NATIONAL_BODIES | frozenset({"Times", "Post", "Journal", "Herald", "Tribune", "Gazette",
                                                   "Telegraph", "Guardian", "Independent"})


#: a ministry a country names with one word that is also the name of its bonds ("Treasury yields")
_DEPARTMENT_WORDS = frozenset({"Treasury", "Exchequer"})
#: the words after such a name that make it the ministry ("Treasury officials", "according to Treasury modelling")
_DEPARTMENT_CUES = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "modelling",
                              "modeling", "said", "says", "figures", "estimates", "forecasts", "numbers"})
#: the words after it that make it a bond, its yield or its market ("Treasury yields", "the Treasury's 10-year note")
_BOND_WORDS = frozenset({"yield", "yields", "note", "notes", "bond", "bonds", "bill", "bills", "index", "futures",
                         "market", "markets", "securities", "curve", "auction", "auctions", "rate", "rates", "prices",
                         "debt", "issues", "holdings"})


def _department_use(doc: DocGroups, members: list[int]) -> bool:
    """True when a one-word ministry's name ("Treasury") is used as the ministry: some mention is followed by a word
    an agent takes ("Treasury officials", "the Treasury's numbers") or stands after "the" with no bond word after
    it ("The Treasury should adopt it"), and no mention is followed by a bond word or a maturity ("Treasury
    yields", "the Treasury's 10-year note")."""
    cands = [doc.cands[i] for i in members]
    if any(c.next in _BOND_WORDS or c.next[:1].isdigit() for c in cands):
        return False
    return any(c.next in _DEPARTMENT_CUES or c.prev in ("the", "The") for c in cands)


def _not_a_name(word: str, doc: DocGroups, lex: Lexicon, members: list[int]) -> bool:
    """True for a lone capitalised word without evidence that is no name of its own: a bare head noun
    ("Commission", "Church"), an adjective or adverb ("Biblical", "Quistish", "Ironically") or the plural of
    a name the document gives ("the Roes" beside "Jane Roe"), a word of a doctrine or of its followers ("Islamist
    extremism", "Quistism")."""
    if word in lex.given_names or word in lex.places:
        return False
    if FOLLOWER_WORD_RE.match(word) and catalog_company(word) is None and word not in lex.known_org_alias \
            and not any(doc.cands[i].prev == "The" for i in members):
        return True  # (not "publisher of The Quistalist": a title, an outlet's or a work's)
    if (word in lex.org_heads or word in lex.institution_heads or word in lex.place_heads) \
            and word not in _STANDALONE_BODIES:
        return True
    if len(word) > 5 and (_ADJECTIVE_RE.search(word) or _ADVERB_RE.search(word)) and catalog_company(word) is None:
        return True
    if word.endswith("s") and len(word) >= 4:
        stem = word[:-2] if word.endswith("es") and word[:-2] in doc.key_to_group else word[:-1]
        if norm_key(stem) in doc.key_to_group or doc.index.get("l:" + stem.lower()):
            return True
    return False


#: nouns for a family after its name ("the Quist family", "the Zorbo clan")
_KIN_NOUNS = frozenset({"family", "families", "clan", "dynasty"})


def _family_name(c: Candidate, lex: Lexicon) -> bool:
    """True for one capitalised word between "the" (a lower-case modifier may come between: "the founding") and a
    noun for a family ("the Quist family", "the founding Quist family's stake"): the name of a family, not of one
    of its people nor of a company (a listed company or a known body keeps its name: "the Ford family" of Ford)."""
    after = c.next[:-2] if c.next.endswith(("'s", "’s")) else c.next
    if after not in _KIN_NOUNS or c.possessive or len(c.words) > 2:
        return False
    if len(c.words) == 2 and (c.next2 == "of" or not all(
            w.isalpha() and w[:1].isupper() and w[1:].islower() and w not in lex.org_heads
            and w not in lex.institution_heads and w not in lex.place_heads and w not in lex.legal_suffixes
            for w in c.words)):
        return False  # "the Garza Quintero family": a family with two surnames; not "the Quist Funds family of ..."
    if not (c.prev in ("the", "The") or c.prev2 in ("the", "The") and c.prev.isalpha() and c.prev.islower()):
        return False
    return catalog_company(c.surface) is None and c.surface not in lex.known_org_alias


def _product_line_words(doc: DocGroups, kinds: dict[int, str], scores: dict[int, float]) -> list[int]:
    """The lone words no evidence types that open two or more of the document's product names and no name of a
    person or an organisation ("Quistra" beside "the Quistra XR and Quistra VR pacemakers"): the name of the product
    line ("patients with Quistra pacemakers"), not its maker."""
    opens: dict[str, int] = {}
    other: set[str] = set()
    for g, kind in kinds.items():
        words = doc.groups[g].words
        if len(words) < 2:
            continue
        if kind == "PRODUCT":
            opens[words[0]] = opens.get(words[0], 0) + 1
        elif kind:
            other.add(words[0])
    return [g for g, kind in kinds.items() if kind in ("ORG", "") and scores.get(g, 0.0) <= 0.0
            and len(doc.groups[g].words) == 1 and opens.get(doc.groups[g].words[0], 0) >= 2
            and doc.groups[g].words[0] not in other and catalog_company(doc.groups[g].words[0]) is None
            and doc.groups[g].words[0] not in doc.lex.known_org_alias]


def _counted_names(doc: DocGroups, kinds: dict[int, str], scores: dict[int, float]) -> dict[int, int]:
    """The one-word names the text also writes in the plural as a thing counted or bought ("its Quistpen inhaler"
    beside "three Quistpens", "a box of Quistpens", "spare Quistpens"): a product, no organisation (a company's
    name takes no plural). Both groups, each to the group of the singular, when weak cues alone typed them as a
    company (no speech, no shares, no possessive of the plural) or the singular is typed a product already, and
    neither names a person, a place or a known company."""
    lex = doc.lex
    single = {doc.groups[g].words[0]: g for g, kind in kinds.items()
              if len(doc.groups[g].words) == 1 and kind in ("ORG", "", "PLACE", "PRODUCT")}
    found: dict[int, int] = {}
    for g, kind in kinds.items():
        words = doc.groups[g].words
        if len(words) != 1 or kind not in ("ORG", "", "PLACE") or not words[0].endswith("s") \
                or words[0][:-1] not in single:
            continue
        h = single[words[0][:-1]]
        if scores.get(g, 0.0) >= STRONG or scores.get(h, 0.0) >= STRONG and kinds[h] != "PRODUCT" or len(words[0]) < 5 \
                or catalog_company(words[0][:-1]) is not None or catalog_company(words[0]) is not None \
                or words[0][:-1] in lex.known_org_alias or words[0] in lex.known_org_alias \
                or words[0][:-1] in lex.given_names or words[0][:-1] in lex.places or words[0] in lex.places:
            continue
        plural = [doc.cands[i] for i in doc.groups[g].members]
        if any(c.possessive or c.next in lex.speech_verbs or c.next in ("shares", "stock") or c.sent_initial
               and c.next in lex.market_verbs for c in plural):
            continue
        found[g], found[h] = h, h
    return found


def _count_form_once(doc: DocGroups, grp: Group) -> None:
    """A word's inner capitals ("Quistpen", "ZorboTel") are a weak cue of a company that each mention repeats: the
    group counts it once, so a name written ten times is no better typed than one written once ("Quistpen" ten
    times beside "its Quistpen inhaler" once is the product)."""
    repeats = sum(1 for i in grp.members if len(doc.cands[i].words) == 1 and not is_acronym(doc.cands[i].words[0])
                  and CAMEL_RE.match(doc.cands[i].words[0]))
    if repeats > 1 and grp.ev.get("ORG", 0.0) > WEAK / 2:
        grp.ev["ORG"] = max(WEAK / 2, grp.ev["ORG"] - (repeats - 1) * WEAK / 2)


def _model_family(doc: DocGroups, g: int) -> bool:
    """True for a group named by a line's word and a model's designator ("Quist X") one of whose mentions stands
    before a product's noun ("Quist sedans and Quist X sport-utility vehicles", "a parked Quist sedan"): a maker's
    model and its line, whatever company the catalog lists by that word."""
    grp = doc.groups[g]
    return len(grp.words) == 2 and designator_word(grp.words[1]) and grp.words[0] not in doc.lex.given_names \
        and any(not doc.cands[i].possessive and product_noun_after(doc.cands[i].end, doc.text, doc.lex)
                for i in grp.members)


def _cued(text: str, cues: frozenset[str]) -> bool:
    """True when ``text`` holds one of ``cues`` as a whole word ("EU", "European" for "the Commission")."""
    return any(re.search(rf"(?<![\w.]){re.escape(cue)}(?![\w])", text) for cue in cues)


def _plural_of_common(word: str, text: str) -> bool:
    """True for a capitalised plural whose singular the text writes in lower case ("Loyalists" beside
    "loyalist"): a group of people, not an organisation."""
    return len(word) > 4 and word.endswith("s") and used_lowercase(word[:-1], text)


# the definite articles of Spanish names ("El Paso", "Los Altos", "Las Palmas"); not "La" or "De", which open
# surnames too ("La Russa", "De Soto")
_SPANISH_ARTICLES = frozenset({"El", "Los", "Las"})
#: the head of a government's or a legislature's name after its people's adjective ("the Scottish Government")
_GOVERNMENT_HEADS = frozenset({"Government", "Executive", "Parliament", "Cabinet"})
#: the last word of a building's or a site's name of two words ("Quayside House", "Harbour Tower", "Hyde Park")
# (not "Towers": "Quistel Towers" leases masts); a port's or a station's head too: "Quist Terminal", "Zorbo Haven"
_BUILDING_HEADS = frozenset({"House", "Tower", "Park", "Plaza", "Terminal", "Station", "Quay", "Wharf", "Harbour",
                             "Harbor", "Haven"})
# a surname with a second capital: a Scottish or Irish one after "Mc" or "O'" ("McLeod", "O'Donnell"), or a double
# surname joined by a hyphen ("Vance-Holm"): a name word as "Leod" or "Holm" is
# the first word of a place's name, never a person's ("River" as British English names a river: "the River Quell")
_PLACE_OPENERS = frozenset({"Cape", "Mount", "Lake", "Fort", "Port", "River"})
_CAPPED_SURNAME_RE = re.compile(r"(?:(?:Mc|O['’])[A-Z][a-z]{2,}|[A-Z][a-z]+-[A-Z][a-z]+)\Z")


def _plural_title(word: str, lex: Lexicon) -> bool:
    """True for the plural of a one-word job title ("Ministers", "Senators", "Bishops"): the people who hold it."""
    return word.endswith("s") and (word[:-1] in lex.role_titles or word.endswith("es") and word[:-2] in lex.role_titles)


#: words that make a region's name with a compass point ("Mid West", "West Country", "Far North", "Deep South")
_REGION_WORDS = frozenset({"Mid", "Far", "Deep", "Country"})
# a country's region named by its compass word after the country: "the U.S. Midwest", "the Quistland Northeast"
_REGIONS_AFTER_PLACE = COMPASS_HEADS | frozenset({"Midwest", "Midlands", "Mideast"})


def _compass_region(words: list[str], lex: Lexicon) -> bool:
    """True for a compass point before a known place ("the East Quistlands", "South Zorbia"): the part of that place,
    a region, never a person and no organisation without a head of its own."""
    if len(words) == 2 and any(w in COMPASS_HEADS for w in words) \
            and all(w in COMPASS_HEADS or w in _REGION_WORDS for w in words):
        return True  # "Western Quistland's Mid West", "the West Country", "the Deep South": a region of compass words
    if len(words) == 2 and words[0] in lex.places and words[1] in _REGIONS_AFTER_PLACE:
        return True  # "the U.S. Midwest": a known place, then its region
    rest = " ".join(words[1:])
    return words[0] in COMPASS_HEADS and words[0] not in lex.given_names and (
        rest in lex.places or rest in gazetteer_names())


#: media words that close a phrase about a field as often as a title ("European Financial Markets", "British Business
#: Today"): no publication's head
_SECTION_WORDS = frozenset({"Business", "Finance", "Financial", "Markets", "Media", "Today", "Independent", "Standard",
                            "Star", "Sun"})


_FORUM_HEADS = frozenset({"Forum", "Roundtable", "Round Table", "Platform", "Network", "Initiative", "Alliance"})


def _national_body(words: list[str], lex: Lexicon) -> bool:
    """True for three words or more that open on a demonym and close on an organisation's head word or a
    publication's ("Freedonian Growers Federation", "Australian Resources Review"): a body or an outlet named after
    its country, not a demonym before common words ("Chinese AI", "British summer time")."""
    if len(words) < 3 or words[0] not in lex.demonyms:
        return False
    return words[-1] in lex.org_heads or words[-1] in media_words() and words[-1] not in _SECTION_WORDS


def _place_pair(word: str, lex: Lexicon) -> bool:
    """True for two known places joined by a hyphen ("Seattle-Tacoma", "Dallas-Houston"): an area, a port or a
    route, no organisation (a merger's pair, "Quistel-Zorbo", names two companies, no known towns)."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and (p in lex.places or p in gazetteer_names()) for p in parts)


def _named_without_demonym(doc: DocGroups, g: int) -> bool:
    """True when a name led by a demonym ("Quistani Zorbco") is written without it too, mid-sentence, as the same
    entity ("Nasser said Zorbco had met ..."): the rest is a name of its own, so the demonym is a word of a company's
    name ("Saudi Aramco"), not an adjective before a phrase ("Chinese AI"). Not a place's or a given name, nor a word
    the text writes in lower case."""
    grp = doc.groups[g]
    rest = grp.words[1:]
    if len(rest) != 1 or rest[0] in doc.lex.places or rest[0] in doc.lex.given_names \
            or rest[0] in doc.lex.demonyms or used_lowercase(rest[0], doc.text):
        return False
    return any(doc.cands[i].words == rest and not doc.cands[i].sent_initial for i in grp.members)


def _default_kind(doc: DocGroups, g: int) -> str:
    """Type of a group without evidence: a multi-word name is a person when it starts with a given name or is
    two plain name-shaped words ("Yvon Bussieres"), else an organisation unless it is made of ordinary words
    ("Chinese AI"); a lone capitalised word is kept (as an organisation) only when it is used mid-sentence,
    is not a title word and never appears in lower case."""
    grp = doc.groups[g]
    lex = doc.lex
    if len(grp.words) >= 2:
        if grp.words[0] in lex.given_names:
            return "PERSON"
        if len(grp.words) == 2 and grp.words[0] in lex.demonyms and grp.words[1] in _GOVERNMENT_HEADS:
            return "ORG"  # "the Scottish Government said": a government's name, its head capitalised
        if _compass_region(grp.words, lex):
            return "PLACE"
        if _national_body(grp.words, lex):
            return "ORG"  # "the Australian Resources Review reported", "the Freedonian Growers Federation"
        if len(grp.words) >= 3 and grp.words[0] in lex.demonyms and grp.words[-1] in _FORUM_HEADS \
                and any(doc.cands[i].next in lex.speech_verbs for i in grp.members):
            return "ORG"  # "the European Quist Safety Forum said": a forum that speaks is a body, not a meeting
        if grp.words[0] in lex.demonyms and _named_without_demonym(doc, g):
            return "ORG"  # "Quistan Zorbco ... said Zorbco had met its targets": a company's name led by a demonym
        if grp.words[0] in lex.demonyms or _common_words(grp.words, doc.text, lex):
            return ""
        if grp.words[0] in lex.role_first_words and _JOB_TAIL_RE.search(grp.words[-1]) \
                and not any(w in lex.org_heads or w.rstrip(".") in lex.legal_suffixes for w in grp.words):
            return ""  # a job title: "Chief AI Scientist", "Chief Investment Strategist"
        name_shaped = len(grp.words) == 2 and all(
            (w[:1].isupper() and w[1:].replace("-", "").islower() and w.replace("-", "").isalpha()
             or k == 1 and _CAPPED_SURNAME_RE.match(w) is not None)  # "Fraser McLeod", "Jane Vance-Holm"
            and w not in lex.places and w not in lex.demonyms
            and not (k == 0 and w in lex.institution_heads and w not in lex.given_names)  # "House Quistgate"
            for k, w in enumerate(grp.words)) \
            and not (IC_ADJECTIVE_RE.search(grp.words[0]) and grp.words[0] not in lex.given_names)  # "Park Min-jun" too
        if name_shaped and grp.words[0] in _SPANISH_ARTICLES:
            return "PLACE"  # "El Quisco", "Las Zorbas": a Spanish article opens a place's name, never a person's
        if name_shaped and grp.words[0] in _PLACE_OPENERS:
            return "PLACE"  # "from Cape Quist", "into the River Quell": a cape, a mountain, a lake, a river or a fort
        if name_shaped and catalog_company(grp.words[0]) is not None and grp.words[0] not in lex.given_names:
            return "ORG"  # "Quistco Fresh": a listed company's name leads a brand or a unit, not a person
        if name_shaped and _VESSEL_RE.search(doc.text) and all(
                doc.cands[i].prev in ("the", "The") or doc.cands[i].prev2 in ("the", "The")
                and doc.cands[i].prev[:1].isalnum() and not doc.cands[i].prev[:1].isupper() for i in grp.members):
            # "the Morwen Dawn ran aground", "the 200-metre Morwen Dawn": a ship's name takes the article, and a
            # ship is neither a person nor an organisation (typed so for the other articles that name it bare)
            return SHIP
        if name_shaped and all(doc.cands[i].prev in ("the", "The") for i in grp.members):
            return "ORG"  # "the Federal Register": a person's name takes no article
        common = [_written_lowercase(w, doc.text) or w in lex.generic_fragments or w in lex.name_starters
                  or w in lex.stop_capitalised for w in grp.words]
        if name_shaped and grp.words[0] not in lex.title_modifiers and any(common):
            if common[0] and all(doc.cands[i].sent_initial for i in grp.members):
                return ""  # "Great Point that ...": a capitalised phrase opening a sentence
            return "ORG"  # "Family Herald", "Planned Outreach": a common word is no part of a person's name
        if name_shaped and grp.words[1] in _BUILDING_HEADS:
            return "PLACE"  # "Quayside House is for sale": a building or a park, named by its head (no given name)
        return "PERSON" if name_shaped else "ORG"
    if _place_pair(grp.words[0], lex):
        return "PLACE"  # "services to Seattle-Tacoma": two towns joined by a hyphen, one metropolitan area or port
    if grp.words[0] in _DEPARTMENT_WORDS and _department_use(doc, grp.members):
        return "ORG"  # "the Treasury's numbers", "Treasury officials": the ministry, not its bonds
    if any(not doc.cands[i].sent_initial for i in grp.members):
        word = grp.words[0]
        if used_lowercase(word, doc.text) or word in lex.role_first_words or _plural_of_common(word, doc.text):
            return ""
        if all(doc.cands[i].prev.isdigit() for i in grp.members):
            return ""  # "60 Quarters", "7 Seas": a title or a count, not an organisation
        if _not_a_name(word, doc, lex, grp.members):
            return ""
        if all(_LIST_LABEL_RE.match(doc.text, doc.cands[i].end) for i in grp.members) and word.endswith("s"):
            return ""  # "Top Gainers: Zorbo Steel +6.3%, ...": the label of a list of share moves, no name
        if word in lex.given_names and word not in lex.places:
            return "PERSON"  # a given name alone ("Jane said"): a person named informally
        return "ORG"
    if grp.words[0] in _NATIONAL_BODIES and not used_lowercase(grp.words[0], doc.text):
        return "ORG"  # "Congress must act.": a body a country names with one word, opening a sentence
    return ""


# a British county's one-word name, closed by "-shire" ("Quistshire"); the gazetteer lists the counties that are
# still administrative areas, not the historic ones ("Yorkshire") nor those split since ("Northamptonshire")
_COUNTY_RE = re.compile(r"[A-Z][a-z]{3,}shire\Z")


def _gazetteer_place(doc: DocGroups, g: int) -> bool:
    """True for a group no evidence types that is one capitalised word naming a known town, country, US state or
    continent (:func:`gazetteer_names`) or a county ending in "-shire": a place, unless it is a given name, a listed company or a known body, or
    the text also writes it as part of a longer name ("Quistford Mutual", "Jane Quistford"). Weak: any grammar
    in the article (a suffix, "X said", a title) types the name before this is asked, and the type keeps no
    evidence score, so an article that types the name by grammar outvotes it across the corpus."""
    grp = doc.groups[g]
    if len(grp.words) != 1:
        return False
    word = grp.words[0]
    lex = doc.lex
    if not (word[:1].isupper() and word[1:].replace("-", "").isalpha() and word[1:].islower()) \
            or word in lex.given_names or word in lex.known_org_alias \
            or catalog_company(word) is not None or word not in gazetteer_names() and not _COUNTY_RE.match(word):
        return False
    if word.lower() in lex.place_modifiers_before or word.lower() in COMPASS_WORDS or word in lex.place_heads \
            or word in lex.stop_capitalised:
        return False  # "Central", "Northern", "Coast": subdivisions named by a common word
    return not any(word in other.words and len(other.words) > 1 for other in doc.groups if other.members)


def _gazetteer_town(doc: DocGroups, g: int) -> bool:
    """True for a group no evidence types whose words are a known town's name of two words or more ("Port Said",
    "Boynton Beach"), unless a given name opens it (a person's name as often: "Vicente Pires") or it is a listed
    company or a known body."""
    grp = doc.groups[g]
    if len(grp.words) < 2 or grp.words[0] in doc.lex.given_names:
        return False
    name = " ".join(grp.words)
    return name in gazetteer_names() and name not in doc.lex.known_org_alias and catalog_company(name) is None


#: the most words of a name left untyped that the corpus step may still type ("Quist Fields | +2.6")
_UNTYPED_NAME_WORDS = 3


def _untyped_name(doc: DocGroups, g: int) -> bool:
    """True for a group no evidence or default types whose words are all capitalised and none a time word, a
    demonym (but the first of several) or a place ("Quistam | -3.2" in a table of moves, "Quistam was the week's laggard" opening a sentence):
    passed on untyped (:data:`UNTYPED_NAME_SCORE`), the corpus step types it as the organisation another article types
    by strong evidence under the same spelling, and drops it otherwise."""
    grp = doc.groups[g]
    lex = doc.lex
    # a demonym may open the name ("Quistani Zorbco says ..." where other articles type "Quistani Zorbco" as the
    # company), not stand alone or close it ("Chinese", "Quist Chinese")
    return 0 < len(grp.words) <= _UNTYPED_NAME_WORDS and all(
        w[:1].isupper() and w not in lex.time_words and (w not in lex.demonyms or k == 0 < len(grp.words) - 1)
        and w not in lex.places for k, w in enumerate(grp.words))


_SURNAME_RE = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\Z")


def _bare_surname(doc: DocGroups, g: int) -> bool:
    """True for an untyped lone name-shaped word that opens its sentences as their subject ("Roe hinted as much",
    "Roe declined to comment"), one the text never writes in lower case: a surname, if the corpus names the
    person in full elsewhere."""
    grp = doc.groups[g]
    if len(grp.words) != 1:
        return False
    word = grp.words[0]
    lex = doc.lex
    if len(word) < 4 or not _SURNAME_RE.match(word) or used_lowercase(word, doc.text) or word in lex.places \
            or word in lex.stop_capitalised or word in lex.time_words or word in lex.demonyms:
        return False
    return all(doc.cands[i].sent_initial and _subject_cue(doc.cands[i], doc.text, lex) for i in grp.members)


_APPOSITION_RE = re.compile(r",[ \t]+(?:the|a|an|its|his|her|their)[ \t]+[a-z]")
# a sentence adverb set off by commas between a subject and its verb: "Roe, meanwhile, said ..."
_INSERTED_ADVERB_RE = re.compile(r",[ \t]+(?:meanwhile|however|though|too|also|instead|separately|likewise|"
                                 r"for (?:its|his|her|their) part),[ \t]+([a-z]+)\b")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})


def _subject_cue(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True when the words after a sentence's first name show it is the subject: a verb ("Roe hinted"), a verb in
    the present before its object ("Roe starts its review"), an apposition ("Roe, the chief executive, said",
    "Roe, its founder, said") or a sentence adverb between commas before a verb ("Roe, meanwhile, said")."""
    if _verb_after_subject(c.next, lex) or c.possessive and c.next.isalpha() and c.next.islower():
        return True  # "Roe hinted", "Roe's own programme": a possessive opener is a name too
    if c.next == ",":
        inserted = _INSERTED_ADVERB_RE.match(text, c.end)
        if inserted is not None:
            return _verb_after_subject(inserted.group(1), lex)  # "Roe, meanwhile, said ..."
        return _APPOSITION_RE.match(text, c.end) is not None  # "Roe, the chief executive, ...", "Roe, its founder, ..."
    return len(c.next) > 3 and c.next.isalpha() and c.next.islower() and c.next.endswith("s") \
        and not c.next.endswith("ss") and c.next2 in _DETERMINERS


# the past tense of common irregular verbs ("Roe held its call", "Roe took the stand"): as good a verb as "hinted"
_IRREGULAR_PAST = frozenset({"held", "took", "made", "won", "lost", "sold", "bought", "kept", "gave", "got", "went",
                             "came", "saw", "paid", "led", "left", "met", "ran", "began", "became", "brought", "built",
                             "chose", "drew", "found", "grew", "knew", "meant", "sent", "spent", "spoke", "stood",
                             "struck", "thought", "wrote", "withdrew", "overtook", "undertook", "forecast"})
# auxiliaries and adverbs that follow a subject ("Roe has said", "Roe also hinted", "Roe would not say")
_AFTER_SUBJECT = frozenset({"has", "had", "is", "was", "will", "would", "could", "can", "may", "might", "must",
                            "should", "did", "does", "also", "then", "later", "still", "never", "once", "himself",
                            "herself", "says", "said", "told", "thinks", "believes", "wants", "insists"})


def _verb_after_subject(word: str, lex: Lexicon) -> bool:
    """True for a word that shows the one before it is a subject: a past tense ("hinted"), a speech verb or an
    auxiliary (not a noun: "Palace inspections are ...")."""
    return word.isalpha() and word.islower() and (
        word in _AFTER_SUBJECT or word in lex.speech_verbs or word in _IRREGULAR_PAST
        or len(word) > 4 and word.endswith("ed"))


def _credit_row(start: int, end: int, text: str, name: str, kind: str,
                lex: Lexicon) -> tuple[int, int, str, str, str, str]:
    """A mention inside a credit: "AP Photo" is the agency AP, and an agency ("Getty Images") is an ORG."""
    surface = text[start:end]
    words = surface.split()
    if len(words) > 1 and words[-1] in _CREDIT_TAILS:
        end = start + len(surface) - len(words[-1]) - 1
        surface = text[start:end]
        name = surface if len(name.split()) > 1 and name.endswith(words[-1]) else name
    if surface in lex.credit_agencies or surface in lex.known_org_alias:
        kind = "ORG"
        name = lex.known_org_alias.get(surface, name)
    return start, end, surface, name, kind, "credit"


def _job_title(words: list[str], lex: Lexicon) -> bool:
    """True when `words`, in any case, are a job title of the lexicon ("PRESIDENT", "CHIEF FINANCIAL OFFICER")."""
    titled = " ".join(w[:1].upper() + w[1:].lower() for w in words)
    return titled in lex.role_titles


def _transcript_labels(doc: DocGroups, turns: list[Turn]) -> set[int]:
    """In a transcript (``turns``, :func:`analysis.corpus.transcript.transcript_turns`), a guest's label
    ("OREN CASTELL:") names a person: strong evidence for its entity. A label that is only a role or an unnamed
    voice ("ANCHOR:", "UNIDENTIFIED MALE:") is no entity, nor a piece of an affiliation in capitals after a label
    ("OREN CASTELL, BRIGHTWATER SECURITIES:"): returns those candidates."""
    dropped: set[int] = set()
    for i, c in enumerate(doc.cands):
        g = doc.group_of[i]
        role = next((t for t in turns if t.role and t.role_start <= c.start and c.end <= t.role_end), None)
        if role is not None and host_name(role, doc.text, doc.lex):
            if g >= 0:  # "ANCHOR (JANE ROE):": the host's name
                ev = doc.groups[g].ev
                ev["PERSON"] = ev.get("PERSON", 0.0) + FORM
            continue
        if role is not None and ({w.casefold() for w in c.words} <= HOST_ROLES | UNNAMED
                                 or _job_title(c.words, doc.lex)):
            # "JANE ROE, ANCHOR:", "JANE ROE, CHIEF FINANCIAL OFFICER:": the role after a name in a label is no
            # organisation
            dropped.add(i)
            continue
        if role is not None and role.role.isupper() and c.surface != role.role.strip():
            dropped.add(i)  # a piece of an affiliation in capitals ("SECURITIES" of "BRIGHTWATER SECURITIES")
            continue
        turn = next((t for t in turns if t.label_start <= c.start and c.end <= t.label_end), None)
        if turn is None or g < 0:
            continue
        if {w.casefold() for w in c.words} <= HOST_ROLES | UNNAMED:
            dropped.add(i)
        elif not (turn.host or turn.unnamed):
            ev = doc.groups[g].ev
            ev["PERSON"] = ev.get("PERSON", 0.0) + FORM  # the label's place in the text is its form
    return dropped


def _headline_forms(doc: DocGroups, headline_end: int) -> None:
    """'Quistel Commodities plc - Statement regarding ...' over a body that says only "Quistel notes ...", "Quistel
    will publish ...": the headline's name has a company's form (a legal suffix, an organisation's head word) and
    the body's untyped name is its first word(s). The body's name gets that form's evidence (a headline word alone
    counts only where the body names the entity)."""
    lex = doc.lex
    for i, c in enumerate(doc.cands):
        if c.start >= headline_end or doc.group_of[i] >= 0 or len(c.words) < 2:
            continue
        after = doc.text[c.end:c.end + 12].split()
        if not (c.words[-1].rstrip(".") in lex.legal_suffixes or c.words[-1] in lex.org_heads
                or after and after[0].rstrip(".,") in lex.legal_suffixes):
            continue
        for grp in doc.groups:
            if grp.members and len(grp.words) < len(c.words) and c.words[:len(grp.words)] == grp.words \
                    and not best_type(grp.ev)[0]:
                grp.ev["ORG"] = grp.ev.get("ORG", 0.0) + STRONG


# a pair of quotation marks on one line around three words or more ("...", “...”)
_QUOTED_RE = re.compile(r"[\"“]([^\"“”\n]{8,160})[\"”]")
#: the small words a title leaves in lower case ("The Economic Cost of Airspace Restrictions")
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for",
                                "by", "with", "from", "as", "vs", "vs.", "via", "&"})


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """The spans of quoted phrases of three words or more written in title case, every word but the small ones
    capitalised (“Skies Closed: The Cost of Airspace Restrictions”, "Black Thursday, Bleak Friday and Bloody
    Monday"): the title of a report, a book or a programme, or a name coined for days, not a speaker's words (a
    quotation has lower-case words: “Normally I do 300 rolls”)."""
    out = []
    for m in _QUOTED_RE.finditer(text):
        words = [w.strip(",:;.!?()'’-–—") for w in m.group(1).split()]
        words = [w for w in words if w]
        if len(words) < 3 or words[0].lower() in _TITLE_SMALL_WORDS - {"a", "an", "the"}:
            continue
        if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words) \
                and sum(1 for w in words if w[:1].isupper()) >= 3 and not _cited_outlet(text, m):
            out.append((m.start(1), m.end(1)))
    return out


# a reporting verb after a quoted name, or "according to" before it: 'as the "Quist Daily Courier" reports'
_REPORTS_AFTER_RE = re.compile(r"[ \t]+(?:reports|reported|writes|wrote|says|said|cites|cited|claims|claimed|"
                               r"revealed|quotes|quoted)\b")
_ACCORDING_BEFORE_RE = re.compile(r"\b(?:[Aa]ccording[ \t]+to|[Rr]eports?[ \t]+(?:in|by)|[Tt]old)[ \t]+(?:the[ \t]+)?$")


def _cited_outlet(text: str, quoted: re.Match[str]) -> bool:
    """True for a quoted name that is an outlet's (a media word: "News", "Journal", "Times"; a known agency) cited as
    the source of a report: 'as the "Quist Daily Courier" reports', 'according to the "Quist Evening News"' (the
    quotation marks some styles put around a paper's name), no title of a work."""
    if not looks_like_outlet(quoted.group(1)):
        return False
    return _REPORTS_AFTER_RE.match(text, quoted.end()) is not None \
        or _ACCORDING_BEFORE_RE.search(text, max(0, quoted.start() - 30), quoted.start()) is not None


def _in_titles_only(doc: DocGroups, titles: list[tuple[int, int]], lex: Lexicon) -> set[int]:
    """Candidates inside quoted titles (:func:`quoted_titles`) whose entity the text names nowhere else: the words of
    a title are no mention of a name (a known body, a listed company or a known place keeps its mentions there)."""
    return _named_only_inside(doc, titles, lex)


def _foreign_only(doc: DocGroups, foreign: list[tuple[int, int]], lex: Lexicon) -> set[int]:
    """Candidates inside lines written in another language (:func:`foreign_lines`: "Mehr zum Thema:", "Wann kommt
    der Regen?", a Dutch cookie notice's "[Instellingen]") whose entity the English text never names: German
    capitalises its nouns and a site's labels are capitalised, so such a word is no name. A known body, a listed
    company or a known place keeps its mentions there."""
    return _named_only_inside(doc, foreign, lex)


def _named_only_inside(doc: DocGroups, spans: list[tuple[int, int]], lex: Lexicon) -> set[int]:
    """Candidates inside ``spans`` whose entity the text names nowhere outside them, but for a known body, a listed
    company or a known place."""
    def inside(c: Candidate) -> bool:
        return any(a <= c.start < b for a, b in spans)
    named_outside = {doc.group_of[i] for i, c in enumerate(doc.cands) if not inside(c)}
    return {i for i, c in enumerate(doc.cands)
            if inside(c) and doc.group_of[i] not in named_outside and c.surface not in lex.known_org_alias
            and c.surface not in lex.places and catalog_company(c.surface) is None}


def recognize_entities(text: str, headline_end: int = 0) -> pd.DataFrame:
    """Every entity mention of one document.

    Inputs: `text`, the article; `headline_end`, the offset where its headline ends (0 if none): headline words
    count only when they name an entity of the body or a lexicon entry.
    Output: DataFrame with `MENTION_COLUMNS`: character offsets into `text`, the surface, `name` (the canonical
    name within the document), `type` (PERSON | ORG | PLACE | INDEX | PRODUCT | OTHER) and `role`
    ("credit" for bylines, photo and wire credits, "story" otherwise).
    """
    return pd.DataFrame(recognize_rows(text, headline_end), columns=MENTION_COLUMNS)


def recognize_rows(text: str, headline_end: int = 0) -> list[tuple[int, int, str, str, str, str]]:
    """:func:`recognize_entities` as plain tuples ``(start, end, surface, name, type, role)`` sorted by
    offset (no DataFrame per document: the corpus step builds one frame for all documents)."""
    return [row[:6] for row in recognize_rows_scored(text, headline_end) if row[4]]


# a wire headline's slug: capitals (a word of four letters at least) joined by a hyphen to the headline's first word,
# no space between ("US STOCKS-", "UPDATE 2-", "GLOBAL MARKETS-", "STOCKS TO WATCH-"): the desk's label, no name
_WIRE_SLUG_RE = re.compile(r"(?=[A-Z0-9 ]*[A-Z]{4})[A-Z][A-Z0-9]*(?: [A-Z0-9]+)*-(?=[A-Z0-9\"“'‘])")


def recognize_rows_scored(text: str, headline_end: int = 0) -> list[tuple[int, int, str, str, str, str, float]]:
    """:func:`recognize_rows` with a seventh field: the score of the evidence that typed the mention's entity in
    this document (0.0 when no evidence did and the type is the default of a bare name, see `_default_kind`):
    across the corpus an entity typed by evidence somewhere is not outvoted by articles that only guessed.
    Rows of type "" are bare names this document cannot type ("Roe hinted as much on Wednesday." opening a
    sentence): the corpus step keeps them only as the surname of a person named in full elsewhere."""
    lex = get_lexicon()
    slug = _WIRE_SLUG_RE.match(text) if headline_end else None
    if slug is not None:  # "US STOCKS-Quistdaq climbs ...": the wire's slug, then the headline
        text = " " * slug.end() + text[slug.end():]
    doc = DocGroups(text, headline_end, lex)
    doc.link_tickers()
    doc.group_body()
    doc.attach_tickers()
    doc.descriptors()
    doc.coordinated_places()
    coordinated_orgs(doc)
    known_as(doc)
    or_names(doc)
    parenthesised_short_names(doc)
    codes_before_names(doc)
    body_head_short_names(doc)
    nicknames(doc)
    if doc.turns:
        initials_labels(doc)
    dropped = _transcript_labels(doc, doc.turns) if doc.turns else set()
    if headline_end:
        _headline_forms(doc, headline_end)
    kinds: dict[int, str] = {}
    scores: dict[int, float] = {}
    described = descriptive_cells(text) if "|" in text else []
    products = product_cells(text) if "|" in text else []
    bodies: dict[int, str] = {}  # "the Commission" in a text on the EU, no other commission named: the European one
    families: set[int] = set()
    for g, grp in enumerate(doc.groups):
        if not grp.members:
            continue
        _count_form_once(doc, grp)
        kind, score = best_type(grp.ev)
        scores[g] = score
        if not kind:
            kind = _default_kind(doc, g)
            if kind == SHIP:
                kind, scores[g] = "OTHER", FORM  # evidence enough to outvote articles that guess a person
            elif kind in ("ORG", "PERSON", "") and _gazetteer_town(doc, g):
                kind = "PLACE"  # "two dredgers would arrive from Port Quist on Saturday", "the Long Quist rocket
                # maker": a known town of two words (of common words too)
            elif kind in ("ORG", "PERSON") and _gazetteer_place(doc, g):
                # "Union leaders said Arequipa was calm": a known town no grammar types. Left untyped with the
                # gazetteer's mark: the corpus step makes it the surname of a person named in full elsewhere
                # ("Castro" beside "Fidel Castro"), else a place (`resolve.linked_mentions`)
                kind, scores[g] = "", GAZETTEER_SCORE
        elif kind in ("ORG", "PERSON") and score <= WEAK and grp.ev.get("PLACE", 0.0) >= score \
                and _gazetteer_place(doc, g):
            # "Our buyers in Arequipa reported ...": weak cues of a place and of a company in a tie, for a known
            # town: the gazetteer breaks the tie, left untyped with its mark as above
            kind, scores[g] = "", GAZETTEER_SCORE
        elif score < WEAK and all(doc.cands[i].sent_initial for i in grp.members) and len(grp.words) == 1 \
                and not is_acronym(grp.words[0]) and not CAMEL_RE.match(grp.words[0]):
            kind = ""
        if kind and score < FORM and len(grp.words) == 1 and used_lowercase(grp.words[0], text) \
                and all(doc.cands[i].sent_initial for i in grp.members) and catalog_company(grp.words[0]) is None:
            kind = ""  # "Demand rose ...", "Defence shares led ..." when the text also says "demand", "defence"
        if kind and score <= WEAK and len(grp.words) == 1 and _plural_title(grp.words[0], lex) \
                and catalog_company(grp.words[0]) is None and grp.words[0] not in lex.known_org_alias:
            kind = ""  # "Ministers warned last year ...": people who hold a title, no body
        if kind and score < WEAK and described and len(grp.words) == 1 and all(
                any(a <= doc.cands[i].start < b for a, b in described) for i in grp.members):
            kind = ""  # "Quist Bank | QSTB | Partner | -2.7%": a lone word in a column of roles, no name
        if kind in ("ORG", "PERSON") and products and len(grp.words) > 1 and all(
                any(a <= doc.cands[i].start < b for a, b in products) for i in grp.members):
            kind, scores[g] = "PRODUCT", STRONG  # "Model | Price", then "Quistra Velo 5 | $21,850": a maker's model
        if kind in ("", "ORG") and len(grp.words) == 1 and grp.words[0] in lex.bare_bodies \
                and all(doc.cands[i].prev.lower() == "the" for i in grp.members) \
                and _cued(text, lex.bare_bodies[grp.words[0]][1]) \
                and not any(len(c.words) > 1 and c.words[-1] == grp.words[0] for c in doc.cands):
            kind, scores[g] = "ORG", max(scores[g], STRONG)
            bodies[g] = lex.bare_bodies[grp.words[0]][0]
        if kind in ("ORG", "") and score < STRONG and _model_family(doc, g):
            kind, scores[g] = "PRODUCT", STRONG  # "Quist sedans and Quist X sport-utility vehicles": a model and
            # its line, no company acting (a listed company's name by the catalog alone)
        if kind in ("ORG", "INDEX") and any(exchange_traded_fund(doc.cands[i], text) for i in grp.members):
            kind, scores[g] = "INDEX", FUND_SCORE  # "the Quist Oil Fund, an exchange-traded fund": in every article
        if len(grp.words) <= 2 and all(_family_name(doc.cands[i], lex) for i in grp.members):
            kind = ""  # "bought it from the founding Quist family": a family, neither one person nor a body
            families.add(g)
        kinds[g] = kind
    for g in _product_line_words(doc, kinds, scores):
        kinds[g], scores[g] = "PRODUCT", STRONG
    counted = _counted_names(doc, kinds, scores)
    for g in counted:
        kinds[g], scores[g] = "PRODUCT", max(STRONG, scores[g] if kinds[g] == "PRODUCT" else 0.0)
    regions = doc.regions
    rows: list[tuple[int, int, str, str, str, str, float]] = []
    names: dict[int, str] = {}
    for g, kind in kinds.items():
        if g in counted:
            names[g] = doc.groups[counted[g]].words[0]  # "Quistpens": the product "Quistpen"
        elif kind:
            names[g] = bodies.get(g) or _group_name(doc, g, kind)
        elif g in families:
            continue
        elif _bare_surname(doc, g) or scores[g] == GAZETTEER_SCORE:
            names[g] = doc.groups[g].words[0]
        elif _untyped_name(doc, g):
            names[g], scores[g] = " ".join(doc.groups[g].words), UNTYPED_NAME_SCORE
    venues = venue_cells(text) if "|" in text else []
    foreign = foreign_lines(text)
    if foreign:
        dropped = dropped | _foreign_only(doc, foreign, lex)
    titles = quoted_titles(text)
    if titles:
        dropped = dropped | _in_titles_only(doc, titles, lex)
    for i, c in enumerate(doc.cands):
        g = doc.group_of[i]
        if g < 0 or g not in names or i in dropped:
            continue
        if venues and kinds[g] in ("ORG", "PERSON") and any(a <= c.start < b for a, b in venues):
            continue  # "Quist Bank | Quistdaq | -0.4%": the row's listing venue, no organisation named in prose
        if in_regions(c.start, regions):
            rows.append((*_credit_row(c.start, c.end, text, names[g], kinds[g], lex), scores[g]))
        else:
            rows.append((c.start, c.end, text[c.start:c.end], names[g], kinds[g], "story", scores[g]))
    for start, end, surface, g in doc.headline_mentions():
        role = "credit" if in_regions(start, regions) else "story"
        surface = text[start:end]
        if g >= 0 and g in names:
            rows.append((start, end, surface, names[g], kinds[g], role, scores[g]))
        elif g == -4:  # a person named in a shouted brief's capitals, by a known given name
            name = " ".join(w if len(w) == 1 else w.title() for w in surface.split())
            rows.append((start, end, surface, name, "PERSON", role, FORM))
        elif g in (-2, -3):
            sub = Candidate(start, end, surface.split())
            kind, score = best_type(local_evidence(sub, None, text, lex))
            if g == -3 and kind in ("", "ORG"):
                kind = "ORG"  # the headline's subject of a share move: "Pop Mart surges 11 per cent"
            if kind:
                name = lex.known_org_alias.get(surface) or catalog_company(surface) or surface
                if kind == "PLACE":
                    name = lex.place_alias.get(surface, name)
                rows.append((start, end, surface, name, kind, role, max(score, FORM if g == -2 else 0.0)))
    if lex.bloc_short_forms:
        rows = _bloc_short_forms(rows, lex)
    rows = _exchange_markets(rows, text, lex)
    rows = _country_led_names(rows, text, lex)
    rows = committee_rows(rows, text)
    rows.sort()
    return rows


def _country_led_names(rows: list[tuple[int, int, str, str, str, str, float]], text: str,
                       lex: Lexicon) -> list[tuple[int, int, str, str, str, str, float]]:
    """A country's short name before a name the lexicon or the text knows alone ("the US QDA" beside the known "QDA",
    "1,200 U.S. Quistel subscribers" in a text that writes "Quistel" alone): the country says where, the body or
    company is the one named alone, an organisation (a person's name never opens with a country's). Every mention
    the pair's name gathered ("Quistel" as its surname) takes the name alone. The country's short name is an
    abbreviation ("US", "U.K."; "America Quistera" is a person's name). A name only the pair makes ("U.S.
    Steel", "US Quist Bancorp") is kept, and so is one whose last word is a body's common noun ("U.S. Senate" beside
    "the Senate")."""
    alone = {row[2] for row in rows if row[2] not in lex.org_heads and row[2] not in lex.institution_heads
             and not used_lowercase(row[2], text)}
    renamed: dict[str, str] = {}
    for row in rows:
        first, _, rest = row[2].partition(" ")
        if row[4] in ("ORG", "PERSON") and rest and " " not in rest and first in lex.place_alias \
                and first.replace(".", "").isupper() \
                and (rest in lex.known_org_alias or rest in alone):
            renamed[row[3]] = lex.known_org_alias.get(rest, rest)
    if not renamed:
        return rows
    return [(row[0], row[1], row[2], renamed[row[3]], "ORG", row[5], max(row[6], FORM)) if row[3] in renamed
            and row[4] in ("ORG", "PERSON") else row for row in rows]


# a market's column or live page, headed by its exchange's short name: "ASX live: ...", "Quistdaq weekly: ...",
# "QSE close: Miners lift the All Share"
_MARKET_LABEL_RE = re.compile(r"[ \t]+(?:live|weekly|week|close|open|wrap|today|midday|report|update|round-?up)[ \t]*:",
                              re.I)
# the exchange's market moving without a figure: "Quistdaq gains as tech rallies", "QSE slips as miners fall",
# "Quistdaq edges up as ..." (a figure after the verb is left to the other rules: "Quistdaq Inc rose 3%")
_MARKET_MOVE_RE = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+(?:up|down|higher|lower))?(?![ \t]+[+\-−–]?\d)\b")
_NUDGE_VERBS = frozenset({"edges", "edged", "inches", "inched", "ticks", "ticked"})
# the index's own losses or gains: "helping to limit the Quistdaq's losses"
_VENUE_BEFORE_RE = re.compile(r"\b(?:on|onto)[ \t]+(?:the[ \t]+)?\Z", re.I)  # "listed on the Quistdaq"
_INDEX_OWN_MOVE_RE = re.compile(r"['’]s[ \t]+(?:losses|gains|decline|declines|rally|advance|slide|fall|rise)\b")


def _exchange_markets(rows: list[tuple[int, int, str, str, str, str, float]], text: str,
                      lex: Lexicon) -> list[tuple[int, int, str, str, str, str, float]]:
    """An exchange's short name that stands for its market, not for the company that runs it. Heading a market
    column or live page ("QSE close: Miners lift the All Share", "Quistdaq weekly: ...") it names nothing: dropped.
    Read as an index ("the Quistdaq's losses") or moving without a figure ("Quistdaq gains as tech rallies") in a
    text that names the exchange's index in full ("the Quistdaq Composite rose 0.3%"), it is that index; there, a
    venue ("listed on the Quistdaq") is the exchange, whatever its other mentions made of it."""
    indices = {row[3].split(" ", 1)[0]: row[3] for row in rows if row[4] == "INDEX" and " " in row[3]}
    out = []
    for row in rows:
        start, end, surface, _name, kind, role, _score = row
        if kind in ("ORG", "INDEX") and surface in lex.exchange_prefixes and " " not in surface and start >= 0 \
                and end < len(text):
            if (start == 0 or text[start - 1] in "\n") and _MARKET_LABEL_RE.match(text, end):
                continue
            move = _MARKET_MOVE_RE.match(text, end)
            moving = move is not None and (move.group(1) in lex.market_verbs or move.group(1) in _NUDGE_VERBS) \
                and text[max(0, start - 4):start].lower() != "the "
            own_move = text[max(0, start - 4):start].lower() == "the " and _INDEX_OWN_MOVE_RE.match(text, end)
            venue = _VENUE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
            if surface in indices and venue:
                row = (start, end, surface, lex.known_org_alias.get(surface, surface), "ORG", role, FORM)
            elif surface in indices and (kind == "INDEX" or moving or own_move):
                row = (start, end, surface, indices[surface], "INDEX", role, FORM)
        out.append(row)
    return out


def _bloc_short_forms(rows: list[tuple[int, int, str, str, str, str, float]],
                      lex: Lexicon) -> list[tuple[int, int, str, str, str, str, float]]:
    """"EU duties", "exports to the EU", "EU fines X" in a text that never spells "European Union": the
    abbreviation names the bloc as a place (typed PLACE under the short form, as "US" is), no organisation. A text
    that spells the body's name keeps every mention of it, the abbreviation too, as the organisation."""
    spelled = {row[3] for row in rows if row[5] == "story" and row[2] not in lex.bloc_short_forms}
    out = []
    for row in rows:
        body = lex.bloc_short_forms.get(row[2])
        if body is not None and row[3] == body and body not in spelled:
            row = (row[0], row[1], row[2], row[2].replace(".", ""), "PLACE", row[5], row[6])
        out.append(row)
    return out
