"""Local typing evidence for one candidate span: the span's own form and the words around it.

Input: a `Candidate` (and the one that follows it). Output: scores per type; the document-level type is the
best total over all mentions of one entity (see `recognize.py`).
"""
from __future__ import annotations

import re
from typing import Literal

from analysis.corpus.provenance import media_words
from analysis.entities.catalog import Lexicon, catalog_company
from analysis.entities.gazetteer import gazetteer_names
from analysis.entities.spans import (CLOCK_BEFORE_RE, LISTING_CODE_WORD_RE, PLUS_NAME_RE, SYLLABLE_GIVEN_NAME_RE,
                                    ZONE_RE, Candidate, common_word_company, model_designator, model_suffix_written,
                                    portfolio_phrase, used_lowercase)

EntityType = Literal["PERSON", "ORG", "PLACE", "INDEX", "PRODUCT", "OTHER"]
TYPES: tuple[EntityType, ...] = ("PERSON", "ORG", "PLACE", "INDEX", "PRODUCT", "OTHER")

_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
CAMEL_RE = re.compile(r"^[A-Z]*[a-z]+[A-Z]|^[A-Z]{2,}[a-z]")
_NUMBER_END_RE = re.compile(r"^\d{2,4}$")
_FIGURE_RE = re.compile(r"^[+\-−–]?\d")
# "Quistel: -2.3%", "Quistel (Vienna): -2.3%": a company opening a line of moves, its market in brackets
_LIST_MOVE_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*[+\-−–]?\d")
_PCT = r"[ \t]*(?:%|pct\b|pc\b|per[ \t]?cent\b|percent\b)"  # ("4.6pc": a British paper's shorthand)
# "Quistel (-7.7%)", "Zorbo (+7 per cent)": a company with its signed move in brackets
_PAREN_MOVE_RE = re.compile(r"[ \t]*\([ \t]*[+\-−–]\d[\d.,]*" + _PCT + r"[ \t]*\)")
# "Quistair +4.2%", "Quistair closed up 0.7%", "Quistair is down 3% this month": a company's share move
# a sentence's or a bullet's first word before "6% reduction": the word modifies the figure's noun phrase ("- Numerical
# 6% reduction in deaths", "Annual 3% growth"), no company in a list of moves ("Quistel 2%, Zorbo 1%", "LVMH 2% to")
_FIGURE_NOUN_RE = re.compile(r"[ \t]+\d[\d.,]*[ \t]*(?:%|percent\b)[ \t]+([a-z]{3,})\b")
_FIGURE_NOUN_FUNCTION = frozenset({"and", "but", "for", "from", "with", "while", "after", "since", "before", "the",
                                   "higher", "lower", "against", "over", "than", "among", "each", "apiece",
                                   "respectively", "this", "last", "off", "said", "says", "was", "were", "had", "has"})


def _modifies_figure_noun(c: Candidate, text: str) -> bool:
    """True for a one-word span opening a sentence or a bullet, before a figure, a per cent sign and a noun."""
    if not c.sent_initial or len(c.words) != 1:
        return False
    m = _FIGURE_NOUN_RE.match(text, c.end)
    return m is not None and m.group(1) not in _FIGURE_NOUN_FUNCTION


_SIGNED_MOVE_RE = re.compile(r"[ \t]+[+\-−–]\d[\d.,]*" + _PCT)
# "Quistel Telecom | Milan | -5.1%": the first cell of a table's row whose last cells hold a signed move
_PIPE_ROW_MOVE_RE = re.compile(r"[ \t]*\|(?:[^|\n]{0,40}\|){0,3}[ \t]*[+\-−–]\d[\d.,]*" + _PCT + r"[ \t]*(?:\||\n|\Z)")
# "with Quistel down 7.2%", "Quistel up 7% on ...": a company and its move without a verb ("sales in X down 7%"
# is a place's figure)
_FUND_WORDS = frozenset({"Fund"})
# "(QEIF) rose 0.7%", "(QEIF) was up 7%": a ticker in brackets, then the fund's move
_LISTED_FUND_MOVE_RE = re.compile(r"[ \t]*\([A-Z]{2,5}\)[ \t]+(?:(?:is|was|were|closed|ended)[ \t]+)?([a-z]+)[ \t]+"
                                  r"(?:(?:about|around|nearly|almost|another|a[ \t]+further)[ \t]+)?\d[\d.,]*" + _PCT)
# a fund's apposition or the noun before its name that says it trades on an exchange: ", an exchange-traded fund",
# "(QGF), the biggest exchange-traded product on gas", "exchange-traded funds such as the"
_ETF = r"(?:[Ee]xchange[ -]traded[ \t]+(?:fund|product|note)s?|ETFs?|ETPs?)"
_ETF_APPOSITION_RE = re.compile(r"(?:[ \t]*\([A-Z]{2,5}\))?[ \t]*,[ \t]+(?:an?|the|its)[ \t]+(?:[\w-]+[ \t]+){0,4}?" + _ETF
                                + r"\b")
_ETF_BEFORE_RE = re.compile(_ETF + r"[ \t]+(?:such[ \t]+as|like|including)[ \t]+(?:the[ \t]+)?\Z")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "across", "throughout", "near", "of", "for", "to"})
_BARE_UP_DOWN_RE = re.compile(r"[ \t]+(?:up|down)[ \t]+(?:(?:about|around|nearly|almost|another|a[ \t]+further)[ \t]+)?"
                              r"\d[\d.,]*" + _PCT)
_UP_DOWN_RE = re.compile(r"[ \t]+(?:is|was|were|are|closed|ended|finished|opened|traded|trades|trading)[ \t]+"
                         r"(?:up|down)[ \t]+(?:(?:about|around|nearly|almost|another|a[ \t]+further)[ \t]+)?"
                         r"\d[\d.,]*" + _PCT)
# "Quistair recovered 2.6% in Porto", "Quistair fell a further 4 per cent": a share move's subject
_VERB_MOVE_RE = re.compile(r"[ \t]+([a-z]+)[ \t]+(?:(?:about|around|nearly|almost|another|a[ \t]+further|"
                           r"as[ \t]+much[ \t]+as|just|some)[ \t]+)?\d[\d.,]*" + _PCT)
# "the middle Quell fell to 31 centimetres", "levels at Quistau rose 2 metres": a level measured in a unit of length,
# not a share's move
_LENGTH_MOVE_RE = re.compile(r"[ \t]+[a-z]+[ \t]+(?:(?:to|by|below|above|under|over)[ \t]+)?(?:(?:about|around|nearly|"
                             r"almost|just|some)[ \t]+)?\d[\d.,]*[ \t]*(?:centimet|millimet|met|kilomet|cm\b|mm\b|km\b|"
                             r"feet\b|foot\b|ft\b|inch)")
_OUTLET_NOUNS_BEFORE = frozenset({"newspaper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "broadcaster",
                                  "newsletter"})
_MODEL_NAME_RE = re.compile(r"^[A-Z]{1,3}-?\d{1,3}[a-z]?$")  # R1, V3, GPT-4, M4: a product or model name
#: a model of a series: the series' designator, a hyphen and the model's number ("Q7-20", "ZP4-100")
_MODEL_SERIES_RE = re.compile(r"^[A-Z]{1,3}\d{1,3}-\d{1,4}$")
#: a model's designator that opens on letters ("Q7", "ZP-9", "Q190-X2"; not "737" nor "2024"), closing a longer name
_LETTERED_DESIGNATOR_RE = re.compile(r"^[A-Z]{1,3}-?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
#: a parliament's member, named with the constituency after "for" ("the MP for Quistford North")
_MEMBER_TITLES = frozenset({"MP", "MEP", "MSP", "MS", "MLA", "MPP", "TD"})
_MODEL_VARIANT_RE = re.compile(r"^[A-Z]{1,3}-?\d{2,4}[a-z]{2,5}$")  # Q950neo: a model with its variant
_FUNCTION = frozenset({"in", "on", "at", "of", "for", "with", "to", "and", "or", "is", "was", "that", "by", "from"})
# an apposition closed by a comma, skipped to read the verb after it: "X, the Freedonian carrier, added 2%"
# (also an aside on the subject: "Quistel, seen by some as a bidder, rose 3%", "Quistel, whose shares ..., rose")
_APPOSITION_RE = re.compile(r",[ \t]+(?:the|a|an|its|whose|seen|viewed|regarded|considered)[ \t]+"
                            r"[^,;:()\n\"“”]{1,100}?,(?=[ \t])")  # (a description with its relative clause:
# "X, the Freedonian pellet producer that has slumped 38 per cent since July, rose 4.6pc")
# an aside that refers back to the name with "its": "Quistair, to its credit, hedged", "Quistair, for its part,
# said", "Quistair, whose shares have risen 5%, said nothing": a company, not a person
_ITS_ASIDE_RE = re.compile(r",[ \t]+(?:to[ \t]+its[ \t]+credit|for[ \t]+its[ \t]+part|whose[ \t]+(?:shares|stock|"
                           r"share[ \t]+price|market[ \t]+value|bonds)\b)")
_APPOSITIVE_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]")
# a person's job in apposition, with its body's possessive and up to two modifiers: "Tan Wei Quist, the forum's
# executive director,", "Ola Zorb, its chief economist.", "Jo Quist, a senior analyst at ..."
_JOB_APPOSITION_RE = re.compile(r",[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[\w&.-]+['’]s[ \t]+)?"
                                r"(?:[a-z][\w-]*[ \t]+){0,2}?([a-z]+)(?=[ \t]*[,.;]|[ \t]+(?:of|at|for|in)\b)")
_JOB_NOUNS = frozenset({"analyst", "economist", "strategist", "director", "chairman", "chairwoman", "chair",
                        "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "president", "secretary",
                        "professor", "minister", "governor", "executive", "officer", "manager", "lawyer", "attorney",
                        "researcher", "partner", "trader", "banker", "head"})
# what only a company is: "Quistor is privately held", "Quistor, which is publicly traded, ...", "Quistor was
# family-owned until 2009", "Quistor is headquartered in Brindleford"
_COMPANY_STATE_RE = re.compile(r"(?:,[ \t]+which)?[ \t]+(?:is|was|remains|has[ \t]+been|had[ \t]+been)[ \t]+"
                               r"(?:(?:privately|publicly|closely|family|state)[ \t-](?:held|owned|traded|listed|"
                               r"controlled)|headquartered)\b")
# an apposition closed by a comma, the sentence's end or a relative clause: "X, the transport union, ...", "X, a
# state-owned lender.", "X, a health-food retailer that stocks ..." (the head noun last)
# descriptors a person may bear too ("Jane Roe, an activist investor, said"): no organisation's head noun
_PERSON_ABLE_NOUNS = frozenset({"activist", "client", "customer", "investor", "owner", "producer", "miner", "broker",
                                "operator", "peer", "rival", "competitor", "parent", "partner", "heavyweight",
                                "bellwether", "ethnic", "trader"})
# ... or by a place's or a body's possessive: "X, Freedonia's financial regulator, said", "X, the city's biggest lender,";
# a modifier may be a people's or a place's name ("X, a Freedonian valve maker,", "X, a Quistville-based advisory firm,")
_APPOSITIVE_HEAD_RE = re.compile(r",[ \t]+(?:the|a|an|[A-Z][\w.-]*['’]s)[ \t]+(?:[a-z][\w-]*[ \t]+|[A-Z][a-z]+(?:-[a-z]+)?[ \t]+"
                                 r"(?=[a-z])){0,2}?([a-z]+)[ \t]*(?:,|[.;](?=[ \t\n]|\Z)|[ \t]+(?:that|which|whose)[ \t])")
# a poll or a survey, at most three words, then "by" and the name of who ran it: "a poll published this week by X",
# "analysts polled by X", "a survey by X"
_POLL_BY_RE = re.compile(r"\b(?:[Pp]olls?|[Ss]urveys?|polled|surveyed)(?:[ \t]+[\w-]+){0,3}?[ \t]+by[ \t]+\Z")
_MAKER_NOUNS = frozenset({"maker", "makers", "developer", "developers", "creator", "creators"})
_HYPHEN_WORD_RE = re.compile(r"^[A-Z]{1,3}-(?:\d{1,2}|plus|minus)$|^[A-Z]-[a-z]|^[A-Z]\w*(?:-[a-z]+){2,}$")
# the people of a place, before "of" and its name ("the residents of X", "the sheep farmers of X"); not "workers",
# "employees", "customers" (a company's)
_DWELLERS = frozenset({"residents", "inhabitants", "citizens", "people", "peoples", "voters", "farmers", "villagers",
                       "townspeople", "natives", "taxpayers", "fishermen"})
# a retailer's banner: "its Zorbo stores", "owns the Zorbo chain"
_BANNER_NOUNS = frozenset({"stores", "store", "shops", "outlets", "supermarkets", "chain", "banner", "restaurants",
                           "pharmacies", "branches"})
#: the words after a name with the indefinite article that open no noun of its own ("keeps a Quistpen has", "hand
#: out a Quistpen without"): the name is the thing itself
_AFTER_A_THING = frozenset({"has", "had", "is", "was", "costs", "cost", "without", "with", "for", "in", "on", "at",
                            "to", "that", "which", "from", "into", "instead"})
#: "the owner of the " before a name, and its banner's noun after it ("the Zorbo bakery chain", "the Zorbo stores")
_OWNER_OF_THE_RE = re.compile(r"\b(?:owner|owners|operator|parent)[ \t]+of[ \t]+the[ \t]+\Z")
_BANNER_AFTER_RE = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+)?(?:chain|chains|brand|brands|stores|shops|restaurants|cafes|"
                              r"outlets|banner|label|supermarkets|pubs|hotels)\b")
_OWNING_VERBS = frozenset({"owns", "owned", "operates", "operated", "runs", "ran", "bought", "acquired", "sold"})
# words before a day's name of two words ("on Quist Tuesday", "his Quist Friday wins", "known as Quist Monday")
_BEFORE_A_DAY = frozenset({"on", "of", "the", "a", "an", "his", "her", "its", "their", "our", "as", "after", "before",
                           "since", "until", "by", "for", "this", "last", "next", "every"})
# the nouns a germ's or a disease's name goes before ("Zorbo virus", "Quistella infections")
_DISEASE_NOUNS = frozenset({"virus", "viruses", "outbreak", "outbreaks", "epidemic", "pandemic", "infection",
                            "infections", "bacteria", "bacterium", "contamination", "poisoning"})
# the people behind a piece of malware, named after it: "the Zorbo ransomware group", "the Quist malware gang"
_CREW_NOUNS = frozenset({"group", "groups", "gang", "gangs", "crew", "operators", "operator", "cartel", "actors",
                         "actor", "affiliates", "hackers", "collective"})
_CURRENCY_AFTER_RE = re.compile(r"\$[ \t]?\d")
# the heads of a meeting's name; with "in" and a place or a month after the name, a meeting, not the body that holds it
_MEETING_HEADS = frozenset({"Congress", "Conference", "Symposium", "Meeting", "Forum", "Convention", "Expo"})
_CODE3_RE = re.compile(r"^[A-Z]{3}$")  # a three-letter code (a currency's: "USD", "JPY")
# an amount with its scale after a code: "NOK 6 billion", "SEK 120m", "DKK 4.5bn"
_CODE_AMOUNT_RE = re.compile(r"[ \t]?\d[\d.,]*[ \t]*(?:million|billion|trillion|mln|bln|bn|mn|m)\b")
_ABBREVIATED_AMOUNT_RE = re.compile(r"\.?[ \t]?\d")
# a sign glued to an amount with decimals or a scale ("R17.62", "R4.1bn", "Rs1,250.5"): not a code like "R2"
_SIGN_GLUED_AMOUNT_RE = re.compile(r"([A-Z][A-Za-z]?[a-z]?)\d[\d,]*(\.\d+)?(bn|mn|m|k|tn|billion|million|trillion)?")
_LISTING_CODE_RE = re.compile(r"[ \t]*:[ \t]*\d{3,6}\b")
_CODE_GLUED_AMOUNT_RE = re.compile(r"^[A-Z]{3}\d[\d.,]*(?:-\d[\d.,]*)?(?:million|billion|mln|bln|bn|mn|m|k)?$")
_UNIT_RE = re.compile(r"^\d[\d.,]*[A-Z]{1,3}\+?$")  # 1GW, 5G, 4K, 10X: a figure with a unit, not a name
_ADJ_SUFFIX_RE = re.compile(r"-(?:related|driven|powered|focused|linked|backed|style|like|specific|native|"
                            r"friendly|centric|heavy|free|led|owned|operated|served|made|fuelled|fueled|based|inspired|trained|"
                            r"educated|affiliated|aligned|funded|sponsored|dominated|controlled|era|nominated|winning|"
                            r"sized|size|type|wide|esque|leaning|minded|rival|spun)$")
# a word of a person's name: "Jane", "O'Neil", "Q.", and accented ones ("Éloïse", "Zoë")
_NAME_WORD_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ž'’-]+|[A-Z]\.)$")
_PARTY_TAG_RE = re.compile(r"^[RDI]-([A-Z][A-Za-z.]*?)\.?$")  # "R-Fla.", "D-N.Y.": a lawmaker's party and state
_NOISE_RE = re.compile(r"[a-z]\d+[A-Za-z]")  # "Abcde1Xyzzy": markup or encoding debris, no name
_PLURAL_ACRONYM_RE = re.compile(r"^[A-Z]{2,5}s$")
#: A fiscal or calendar period written as one token: "FY2029", "FY29", "CY2028", "Q3'29", "2Q28", "H1-2029".
#: The family of earnings measures: "EBIT", "EBITA", "EBITDA", "EBITDAR", "EBITDAX" (and "LBITDA", a loss).
_EARNINGS_MEASURE_RE = re.compile(r"[EL]BIT(?:DA|A)?[RX]?")
#: A post and the platform it went on: "posted a statement on", "In a post on", "wrote on", "a video on" (but "wrote
#: the profile on Quist" is about a person, and "the Post on Sunday" is a newspaper).
_POSTED_ON_RE = re.compile(
    r"\b(?:(?:posts?|posted|posting|wrote|writes|tweet(?:s|ed)?)(?:[ \t]+(?:a|an|the|his|her|their|its)[ \t]+(?:\w+[ \t]+)?"
    r"(?:statement|message|messages|note|video|photo|letter))?|(?:a|an|the|his|her|their|its)[ \t]+(?:\w+[ \t]+)?"
    r"(?:post|video|message))[ \t]+on[ \t]+\Z")
#: a maker's line of products after its name ("the Zemby range", "Quorvel's Zemby series ovens")
_LINE_NOUNS = frozenset({"range", "series", "product", "products"})
#: a name inside quotation marks that close before a line's noun ('Brightmore's "Zorbo's Table" range')
_OPEN_QUOTE_BEFORE_RE = re.compile(r'["“][^"“”\n]{0,30}\Z')
_QUOTED_LINE_AFTER_RE = re.compile(r'[^"“”\n]{0,30}?["”][ \t]+(?:range|ranges|series|brand|brands|label|labels|product|'
                                   r'products|collection)\b')
#: initials joined to a lower-case participle: "DNA-tested", "GPS-enabled", "AI-generated"
_INITIALS_PARTICIPLE_RE = re.compile(r"[A-Z]{2,5}-[a-z]{3,}ed")
#: a dateline's town in capitals opening its line, then its region ("KUDUS, Central Java - ", "REGINA, Saskatchewan,
#: Oct 1 (Wire) -")
_DATELINE_CITY_BEFORE_RE = re.compile(r"(?:\A|\n)[ \t]*[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3},[ \t]+\Z")
_DATELINE_REGION_AFTER_RE = re.compile(r",?[ \t]+(?:[-–—][ \t]|\((?=[A-Z])|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                                       r"Nov|Dec)[a-z]*\.?[ \t]+\d)")
#: a land's coast after its possessive: "Quava's north coast", "Zorbo's Atlantic coastline", "Quist's shores"
_COAST_AFTER_RE = re.compile(r"['’]s[ \t]+(?:(?:north|south|east|west|northern|southern|eastern|western|north-east|"
                             r"north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern|"
                             r"Atlantic|Pacific|Caribbean|Mediterranean|Baltic|Black[ \t]+Sea)[ \t]+)?"
                             r"(?:coast|coastline|coasts|shores?)\b")
#: a person's age in apposition after the name: ", 46, spent", ", 58, who"
_AGE_ASIDE_RE = re.compile(r",[ \t]+(?:1[89]|[2-9]\d),[ \t]+(?:[a-z]|the\b|a\b)")
#: what is said or shared on a social network before "on": "responded on Twitter", "comments on LinkedIn"
_MEDIUM_WORDS = frozenset({"responded", "replied", "reacted", "commented", "shared", "posted", "wrote", "tweeted",
                           "said", "says", "added", "announced", "apologised", "apologized", "confirmed", "appeared",
                           "circulated", "post", "posts", "video", "videos", "message", "messages", "comment",
                           "comments", "statement", "thread", "page", "account", "livestream", "broadcast",
                           # the participles of a clause after the speaker ("..., saying on Twitter that ...")
                           "saying", "writing", "posting", "tweeting", "replying", "responding", "commenting"})
#: what a speaker owns on a social network ("on its Weibo account", "on his Facebook page")
_ACCOUNT_NOUNS = frozenset({"account", "accounts", "page", "feed", "channel", "handle", "profile"})
# a possessive determiner (or a possessive noun) after "on", with "official" or "verified": the speaker's own account
_OWN_ACCOUNT_BEFORE_RE = re.compile(r"\bon[ \t]+(?:its|his|her|their|our|my|the[ \t]+[a-z]+['’]s)[ \t]+"
                                    r"(?:(?:official|verified|personal|public)[ \t]+)?\Z")
#: A company's own governing body, capitalised as press releases write it (but "Board of Governors" names a central
#: bank's board, an organisation in its own right).
_COMPANY_ORGAN_RE = re.compile(r"(?:(?:Supervisory|Management|Executive)\s+)?Board\s+of\s+(?:Directors|Trustees)")
#: A company's organ named by its function after "the" or "its" ("the Management Board", "its Audit Committee"): a
#: part of the company, no organisation of its own (not before "of": "the Executive Board of X" names X's board)
_NAMED_ORGAN_RE = re.compile(r"(?:Management|Supervisory|Executive|Audit|Advisory|Nominations?|Remuneration|"
                             r"Compensation)\s+(?:Board|Committee)")
#: the symbol a security trades under ("which trade over the counter under QSTRY", "listed under the symbol QST")
_SYMBOL_WORD_RE = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_TRADES_UNDER_RE = re.compile(r"\b(?:trades?|traded|trading|listed|quoted)\b[^.\n]{0,40}?\bunder[ \t]+(?:the[ \t]+)?"
                              r"(?:(?:ticker|stock|trading)[ \t]+)?(?:(?:symbol|ticker)[ \t]+)?\Z")
#: a company officer's title in initials ("CSO", "CMO", "CHRO", "CISO") after an owner or a time word
_C_SUITE_RE = re.compile(r"C[A-Z]{1,3}O")
_C_SUITE_BEFORE = frozenset({"its", "Its", "their", "our", "his", "her", "current", "former", "new", "interim",
                             "acting", "incoming", "outgoing", "then"})
_ORGAN_OWNERS = frozenset({"the", "The", "its", "Its", "our", "Our", "their", "Their"})
_PERIOD_TOKEN_RE = re.compile(r"(?:FY|CY|[QH][1-4]|[1-4][QH])[-'’]?(?:\d{2}|\d{4})")
# a currency's letters glued to an amount with decimals or thousands: "RMB5.7 billion", "HKD1,250" (a model's name
# has no decimals: "A320", "GPT-4")
_GLUED_AMOUNT_RE = re.compile(r"[A-Z]{2,4}\$?\d{1,3}(?:[.,]\d+)+")
# an influenza A subtype, named by its two surface proteins ("H5N1", "H1N1", "H7N9"): a virus, no organisation
_LIST_NOUNS = frozenset({"list", "lists", "register", "registry", "roster", "blacklist", "watchlist"})
_CODE_NOUNS = frozenset({"code", "codes", "lot", "lots", "batch", "batches", "serial", "number", "numbers", "no.",
                         "reference", "ref", "ref.", "sku", "barcode"})
_PERIOD_PARTS = frozenset({"Early", "Late", "Mid", "Mid-", "Until", "By", "From", "Since", "Before", "After", "Through"})
_FLU_SUBTYPE_RE = re.compile(r"H\d{1,2}N\d{1,2}")
# round 19c probes (invented CheckList-style texts): a product named in apposition after "its"/"their" ("Zorbex, its
# best-selling drug,"), the nouns of what is sold or shipped before "of", ship prefixes, a project's lowercase head,
# and a numbered war
_OWNED_APPOSITION_RE = re.compile(r",[ \t]+(?:its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?([\w-]+)[ \t]*[,.;]")
_PRODUCT_FLOW_NOUNS = frozenset({"sales", "shipments", "deliveries", "prescriptions", "recall", "recalls"})
_SHIP_PREFIXES = frozenset({"MV", "MT", "MS", "SS", "HMS", "USS", "RMS", "HMAS", "HMCS", "INS"})
# a craft named where people travel in it or after the noun of a ship in apposition: "aboard the Quist Star", "on
# board the Zorbo Dawn", "a second ship, the Quist Laurel,"; and the verbs only a vessel takes ("the Quist Star
# docked in ...")
_ABOARD_RE = re.compile(r"\b(?:aboard|on[ \t]+board|onboard|(?:ship|vessel|liner|tanker|freighter|ferry|yacht)s?,)"
                        r"[ \t]+(?:the[ \t]+)?\Z")
_VESSEL_VERBS = frozenset({"docked", "docks", "berthed", "berths", "capsized", "moored"})
_PROJECT_NOUNS = frozenset({"programme", "program", "project", "scheme", "mission", "initiative"})
# a name between its owner and the thing it names, with up to two modifiers or a model number between: "its Zorbex
# electric sedan", "the Quisto 7 crossover", "a Velmi compact SUV", "Brindle's Lupo hatchback", "the Tezla range of
# electric vans" (a product), "whose Vallo Negro project", "Zorbo Mining's Quista copper project" (a project)
# the yield or the spread of a bond named after its issuer's market ("Bund yields rose", "the Quistan-Bund spread",
# "the OAT spread over Bunds"), not the issuer: a noun, unless a determiner follows ("spread the word", "yields a return")
_YIELD_NOUNS = frozenset({"yield", "yields", "spread", "spreads"})
_AFTER_YIELD_NOUN = frozenset({"over", "between", "at", "on", "in", "of", "to", "from", "for", "and", "is", "was", "are",
                               "were", "has", "have", "had", "will", "would", "hit", "held", "stood"})


def _after_yield_noun(word: str, lex: Lexicon) -> bool:
    """True for a word that may follow "yields" or "spread" as a noun (a verb of its own, a preposition, the end of the
    clause; not a comma: "the party of Roe yields, warily, to ..."), not the object of "spread" or "yields" as a verb
    ("spread conspiracy theories", "yields a return")."""
    return not word or word in (".", "?", ";", ":", ")") or word in _AFTER_YIELD_NOUN or word in lex.market_verbs \
        or word.islower() and word.endswith("ed")
_OWNERS = frozenset({"its", "their", "his", "her", "our", "whose"})
# an owner's word for its leading or newest product, between the owner and the name ("its flagship Quistfall game")
_SOLD_UNITS_RE = re.compile(r"[ \t]+sold[ \t]+(?:more[ \t]+than[ \t]+|over[ \t]+|about[ \t]+|nearly[ \t]+)?[\d.,]+"
                            r"(?:[ \t]+(?:million|billion|thousand))?[ \t]+(?:copies|units)\b")
# a place's prepositions: the speaker of "a teacher from Quistford said" is the teacher
_PLACE_PREPOSITIONS = frozenset({"from", "in", "near"})
_FLAGSHIP_WORDS = frozenset({"flagship", "latest", "newest", "best-selling", "top-selling"})
_OWNED_THING_RE = re.compile(r"(?:[ \t]+(?:[A-Z]{0,2}\d{1,3}[A-Za-z]?))?((?:[ \t]+[a-z][a-z-]*){0,2}?)[ \t]+([A-Za-z-]+?)(s?)"
                             r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:is|are|was|were|that|which|had|has|have|can|could|will|"
                             r"would|from|in|on|at|for|with|and|or|to|since|of|by|tonight|today|yesterday|sold|built|made|went|due|broke|blew|flew|fell|lost|sank|[a-z]{2,}ed|"
                             r"sent|caught|(?:burst|emitt|catch|smok|burn|leak|explod|crash|stall|overheat|derail|roll|skidd|swerv)ing)\b)")
# a participle before a thing's name: "a parked Quisto scooter", "a burning Quisto scooter"
_PARTICIPLE_RE = re.compile(r"[a-z]{3,}(?:ed|ing)")
_RANGE_NOUNS = frozenset({"range", "line", "lineup", "line-up", "series"})  # not "family" ("the Roe family of X")
_OWNED_PROJECT_NOUNS = _PROJECT_NOUNS | frozenset({"development", "expansion"})
_WAR_ORDINAL_RE = re.compile(r"^(?:I{1,3}|IV|One|Two|Three)$")
# a credit rating on the scales of the rating agencies, and the words around one
_RATING_RE = re.compile(r"^(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])[+\-]?$")
_RATING_NOUNS = frozenset({"rating", "ratings", "grade", "category", "territory", "level", "+", "-", "credit",
                           "rated", "-rated", "outlook"})
# (a rating agency's name or a notch says so too: "Moody's cuts Quistel to Caa3 from Ba3", "six notches")
_RATING_REACH = 400  # characters around a grade where a word of credit ratings says it is one
_RATING_CONTEXT_RE = re.compile(r"\b(?:rat(?:es|ing|ings|ed)|downgrad\w*|upgrad\w*|investment[ -]grade|junk|notch(?:es)?|"
                                r"Moody['’]s|Fitch|S&P)(?!\w)", re.I)
# "the QUEST-AF trial", "the phase 3 ORBIT study": a trial or programme's code name, not an organisation
#: A broker's rating of a stock written with a capital ("cut to Hold from Buy", "a Sell rating"): no organisation
#: after "to", "from", "at" or "a" near a rating's verb, or before "rating" ("Best Buy" has no such word before it).
_EQUITY_RATINGS = frozenset({"Buy", "Sell", "Hold", "Neutral", "Accumulate", "Reduce", "Add", "Outperform",
                             "Underperform", "Overweight", "Underweight"})
_RATING_WORDS = "(?:" + "|".join(w + "|" + w.upper() for w in ("Buy", "Sell", "Hold", "Neutral", "Accumulate", "Reduce",
                                                                "Outperform", "Underperform", "Overweight",
                                                                "Underweight")) + ")"
#: A note that rates stocks: a rating's label ("Rating: HOLD (from BUY)", "Recommendation:"), a rating after "to",
#: "from", "stay" or "keep" ("Downgrade to Hold", "Stay Neutral") or alone in brackets ("Zorbo Metals (Outperform)").
#: In such a note a lone rating word is the rating wherever it stands ("which does not justify a Buy.").
_RATING_NOTE_RE = re.compile(r"\b(?:[Rr]ating|RATING|[Rr]ecommendation|RECOMMENDATION)[ \t]*:|\b(?:to|from|[Ss]tay|"
                             r"[Kk]eep|[Rr]emain|[Rr]eiterate|[Mm]aintain)[ \t]+" + _RATING_WORDS + r"\b|\([ \t]*"
                             + _RATING_WORDS + r"[ \t]*\)")
_RATING_ACTIONS = frozenset({"stay", "keep", "remain", "maintain", "reiterate", "upgrade", "downgrade", "cut", "raise",
                             "move", "initiate", "still", "now"})
_EQUITY_RATING_BEFORE = frozenset({"to", "from", "at", "a", "our", "its", "stock", "shares", ")"})
_EQUITY_RATING_VERB_RE = re.compile(
    r"\b(?:cut|cuts|cutting|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|lift(?:s|ed|ing)?|mov(?:e|es|ed|ing)|upgrad\w*|"
    r"downgrad\w*|reiterat\w*|maintain\w*|keep(?:s|ing)?|kept|initiat\w*|rat(?:e|es|ed|ing|ings))\b", re.I)
_TICKER_BRACKET_BEFORE_RE = re.compile(r"\([A-Z][A-Z0-9.&-]{0,9}\)[ \t]*\Z")
_TICKER_THEN_RATING_RE = re.compile(r"\([A-Z0-9][A-Z0-9.&-]{0,11}(?: [A-Z]{2})?, [A-Z]+\)")
_BLOOMBERG_TICKER_RE = re.compile(r"[A-Z0-9][A-Z0-9&]{0,5} [A-Z]{2}")
#: A trial's phase after its code name, or in an appositive ("QUEST-AF Phase III trial", "QUEST-AF, its pivotal Phase 3
#: study"): the code name is the trial's.
_PHASE_STUDY_AFTER_RE = re.compile(r"(?:,[ \t]+(?:its|the|a|an|our)[ \t]+)?[ \t]*(?:[a-z][\w-]*[ \t]+){0,2}[Pp]hase[ \t]+"
                                   r"(?:[1-4]|I{1,3}V?|IV)[ab]?[ \t]+(?:trial|trials|study|studies)\b")
_CODE_NAME_RE = re.compile(r"^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$")
#: a trial named in apposition to its noun: "the second Phase III trial, QUEST-2, ...", "a study, called QUEST-1,"
_STUDY_APPOSITION_BEFORE_RE = re.compile(r"\b(?:trial|trials|study|studies)[ \t]*,[ \t]*"
                                         r"(?:(?:called|named|dubbed|known[ \t]+as)[ \t]+)?\Z")
#: a serial code: two to five letters, a hyphen and two digits or more ("SLV-2240", "An-70", "QX-110b"): a compound
#: in development, an aircraft's or a machine's model (one letter, as "F-35" or "G-20", is left to other evidence)
_SERIAL_CODE_RE = re.compile(r"[A-Z][A-Za-z]{1,4}-\d{2,}[a-z]?\Z")
_STUDY_NOUNS = frozenset({"trial", "trials", "study", "studies", "programme", "program", "mission", "project",
                          "scheme", "operation", "exercise", "campaign", "cohort", "extension", "readout", "data",
                          "results", "protocol"})
# a financial district named by one word after "the" in market prose ("the City"), like "Wall Street": a place
_DISTRICT_METONYMS = frozenset({"City"})
_MARKET_PROSE_RE = re.compile(r"\d[ \t]*(?:%|per[ \t]?cent\b|percent\b)|\b(?:shares|stocks|investors|bankers)\b")
_SEAT_ACTOR_NEXT = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
                              "adviser", "advisers", "advisor", "advisors", "staff", "press", "counsel", "statement",
                              "declined", "denied", "insisted", "rejected", "responded", "wants", "wanted"})
# "Quistrel is among the approved therapies for ...", "Zorvex is a weekly injection": the name of a product
_IS_PRODUCT_RE = re.compile(r"[ \t]+(?:is|was|remains|became)[ \t]+(?:(?:one|among)[ \t]+(?:of[ \t]+)?)?"
                            r"(?:(?:the|a|an|its|their|two|three|several|only)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
                            r"([a-z]+?)s?(?=[ \t]*[,.;]|[ \t]+(?:for|to|in|on|that|which|alongside|against|approved)\b)")
_POSSESSIVE_GAP_RE = re.compile(r"(?:['’]s?)[ \t]+")
#: The head of a body after its possessive ("X's chief executive", "X's finance chief", "X's chairwoman"): X employs.
_HEAD_ROLE_AFTER_RE = re.compile(
    r"['’]s?[ \t]+(?:(?:new|former|interim|acting|outgoing|incoming)[ \t]+)?(?:chief[ \t]+(?:executive|financial|"
    r"operating)|finance[ \t]+(?:chief|director)|(?:chair(?:man|woman|person)?|president|spokes(?:man|woman|person)|"
    r"founder|boss|head[ \t]+of|managing[ \t]+director|general[ \t]+counsel)\b)")
#: A role in apposition right before a name ("its chief executive, Jane Roe, said"): the name is a person's.
_ROLE_BEFORE_NAME_RE = re.compile(
    r"\b(?:chief[ \t]+(?:executive|financial[ \t]+officer|operating[ \t]+officer)|finance[ \t]+(?:chief|director)|"
    r"chair(?:man|woman|person)|president|spokes(?:man|woman|person)|founder|managing[ \t]+director|"
    r"general[ \t]+counsel|(?:chief|senior|lead)[ \t]+(?:analyst|economist|strategist))[ \t]*,[ \t]*\Z")
# a possessive determiner or an indefinite article, then lower-case words, right before a possessive name: "its
# Quistman's treatment", "a Quistman's patient" (the name classifies the noun; an owner takes no determiner)
# (no preposition among those words: in "an inquiry into Quistman's systems" the name owns what follows)
_CLASSIFIER_BEFORE_RE = re.compile(
    r"\b(?:its|their|his|her|our|my|your|a|an)[ \t]+(?:(?!(?:into|in|of|on|at|for|with|from|to|by|about|over|"
    r"against|after|before|between|under|across|through|behind|toward|towards)[ \t])[a-z][a-z-]*[ \t]+){0,2}\Z")
_AFTER_POSSESSIVE_RE = re.compile(r"[A-Z][\w&.-]*['’]s?[ \t]+\Z")
# "Jane Roe, 52, of Brindleford": the home town after a person's age
# who a person is by where they live, before "from" ("a teacher from Brindleford") or before the person's name
# ("Brindleford teacher Jane Roe"); not a job with an employer ("an engineer from Zorbo")
_HOMED_NOUNS = frozenset({"teacher", "resident", "farmer", "retiree", "pensioner", "homeowner", "mother", "father",
                          "grandmother", "grandfather", "native", "villager", "shopper", "commuter", "voter"})
_A_HOMED_RE = re.compile(r"\b(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+[ \t]+from[ \t]+\Z")
# verbs of goods leaving a place ("cargoes shipped from Quistport")
_SHIPPED_WORDS = frozenset({"shipped", "exported", "loaded", "trucked", "railed", "flown", "sailed", "departing",
                            "evacuated"})
_THE_PLACE_NOUN_RE = re.compile(r"\bthe[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+,[ \t]+\Z")
# a genus's species after it and what the germ is: "Quistobacter sakazakii, a bacterium that can cause ..."
_GERM_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,},?[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}"
                            r"(?:bacterium|bacteria|virus|fungus|parasite|pathogen|microbe|germ|mould|mold|yeast)\b")
_RIVER_PARTS_RE = re.compile(r"[ \t]+and[ \t]+its[ \t]+(?:tributaries|tributary|headwaters|estuary|delta)\b")
_STREET_WORD_RE = re.compile(r"[a-zäöüåæø](?:vej|vejen|gade|gaden|gatan|gata|vägen|veien|vegen|straße|strasse|straat|"
                             r"gracht|laan|weg)\Z")
_NUMBERED_MODEL_RE = re.compile(r"[A-Za-z]-\d{1,3}\Z")
_ORDINAL_NUMBER_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_SITES_IN_THE_RE = re.compile(r"\b(?:jobs|ground|mines|mining|projects|operations|tenements|farms|farmland|towns|"
                              r"communities|exploration|drilling|deposits|acreage|land|wells|oilfields|fields|sites|"
                              r"properties|ranches|camps|assets)[ \t]+(?:in|across|throughout)[ \t]+the[ \t]+\Z")
_SITE_STAKE_RE = re.compile(r"\b(?:[a-z]+-)?(?:port|terminal|mine|mining|oilfield|field|farm|plant|property|land|"
                            r"hotel|mall|refinery|pipeline|warehouse|factory)[ \t]+stake[ \t]+in[ \t]+\Z")
_ESTATE_NOUNS = frozenset({("industrial", "estate"), ("industrial", "park"), ("industrial", "zone"),
                           ("industrial", "area"), ("trading", "estate"), ("business", "park"), ("retail", "park"),
                           ("housing", "estate"), ("science", "park"), ("technology", "park"),
                           ("business", "district"), ("financial", "district"), ("shopping", "district"),
                           ("industrial", "district"), ("shopping", "centre"), ("shopping", "center")})
_OFFSHORE_WORDS = frozenset({"coast", "sound", "anchor", "anchored", "moored", "waiting", "waters", "shore", "bay",
                             "fjord", "island", "islands", "sank", "aground", "lying", "sailing", "fishing", "farm",
                             "farms", "platform", "rig", "rigs", "field", "fields", "wreck", "ashore", "just"})
_TRAVEL_WORDS = frozenset({"flight", "flights", "fly", "flies", "flew", "flying", "flown", "sail", "sails", "sailed",
                           "sailing", "ferry", "ferries", "cruise", "cruises", "holiday", "holidays", "travel",
                           "travels", "travelled", "traveled", "travelling", "traveling", "commute", "commuted"})
_HERE_AND_RE = re.compile(r"\b(?:between[ \t]+here[ \t]+and|from[ \t]+here[ \t]+to)[ \t]+\Z")
_AGE_FROM_RE = re.compile(r"\b\d{1,3},[ \t]+(?:from|of)[ \t]+\Z")
_STATE_NOUNS = frozenset({"court", "courts", "law", "laws", "legislature", "government", "police", "troopers",
                          "officials", "agencies", "agency", "senate", "assembly", "prison", "prisons", "budget",
                          "residents", "voters", "taxes", "highway", "line", "border"})
# the number or code after a designating noun: "Route 9", "Route K-12", "Form 10-K", "Title IX", "Article 5a"
_DESIGNATION_RE = re.compile(r"(?:[A-Z]{1,2}-?)?\d{1,5}[A-Za-z]?(?:-[A-Z0-9]{1,3})?|[IVXL]{1,6}")
_STOREY_RE = re.compile(r"^[\w]+-stor(?:e)?y$", re.I)  # "30-story", "eight-storey"
_INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
_HANDLE_RE = re.compile(r"^[A-Za-z]{3,}[a-z]\d{2,4}$")  # "Quistm42": a user name ("Jet2", "Web3" are names)
_HANDLE_NEXT = frozenset({":", "wrote", "writes", "replied", "replies", "commented", "comments", "posted", "posts"})
_CAMEL_SPLIT_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "Duluth, Minnesota", "Springfield, Mo.,"; and before "-based" ("the Quistborough, Ohio-based company")
_CITY_STATE_RE = re.compile(r",[ \t]+([A-Z][A-Za-z.]*(?:[ \t][A-Z][a-z]+)?)(?=[.,;:)]|[ \t]+[a-z(]|-[a-z]|$)")
#: the lower-case word after "X, Freedonia": a role noun makes X a person with a region ("Jane Roe, Freedonia director")
_ROLE_AFTER_PLACE_RE = re.compile(r"[ \t]+([a-z-]+)\b(?:[ \t]+([a-z]+)\b)?")


#: two or three lower-case words, the last a descriptor noun, then a capitalised name ("network operator Quistgaz")
_DESCRIBED_NAME_RE = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,2}?[ \t]+(?:operator|producer|maker|distributor|company|"
                                r"group|firm|supplier|provider|utility|developer|lender|insurer|retailer|carrier|giant)"
                                r"[ \t]+[A-Z]")
#: the head of a court's or a body's unit, named in brackets after the body ("(Property Chamber)")
_UNIT_HEADS = frozenset({"Chamber", "Division", "Section", "List", "Bench"})
#: an owner's list of two or more names before "brands" or "labels" ("whose Vellora and Quids brands"), or before
#: the plural of another noun for the names goods or outlets are sold under ("the company's Vellora and Quids lines",
#: "its Quist Grand and Zorbo Inns hotels"); not after "the" alone: "the Quistain and Zorbo brands" may be two
#: companies' brands
_BRAND_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w'’-]*){0,2}"  # (a later word may open on a figure:
# "Loft 9B"; two words may be joined by "&": "Quist & Zorbo")
_BRAND_LIST = _BRAND_NAME + r"(?:,[ \t]+" + _BRAND_NAME + r")*,?[ \t]+and[ \t]+" + _BRAND_NAME
# "sold under the Vellora and Quids brands": goods sold under names are sold under brands, whoever owns them
_BRAND_LIST_RE = re.compile(r"\b(?:its|their|whose|under[ \t]+the|[a-z]+['’]s)[ \t]+(" + _BRAND_LIST
                            + r")[ \t]+(?:brands|labels|lines|ranges|chains|marques|banners|hotels|stores)\b")
# a company described by the names it trades under: "Zorbo Group, owner of Quist Gas,", "Zorbo (ZRB.L), the owner of
# Quistmart and Brindle,", "Zorbo Aviation, which runs QuistGo,": the names are brands in the owner's descriptor, no
# organisations of the story (the owner's name opens on no given name: "Jane Roe, owner of Quist Farms," is a person's)
_OWNED_NAME = r"[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2}"
_OWNER_DESCRIPTOR_RE = re.compile(
    r"(?:^|[^\w&'’.-])([A-Z][\w&'’.-]*)(?:[ \t]+[A-Z][\w&'’.-]*){0,3}(?:[ \t]*\([^()\n]{1,24}\))?"
    r"(?:,[ \t]+(?:the[ \t]+)?(?:owner|parent|operator)[ \t]+of|,[ \t]+which[ \t]+(?:owns|runs|operates))[ \t]+"
    r"(?:" + _OWNED_NAME + r"(?:,[ \t]+|[ \t]+and[ \t]+))*\Z")
# "its brands include Vellora and Quids", "labels such as Vellora, Quids and Zorbo": the names a plural brand noun
# lists
# (an item may name its owner and close on its kind: "brands including Quist's Old Zorbo bitter and Brindle &
# Sons' Vell Gold")
_LISTED_BRAND = (r"(?:[A-Z][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’.-]*){0,2}['’]s?[ \t]+)?" + _BRAND_NAME
                 + r"(?:[ \t]+[a-z]+)?")
_BRANDS_LISTED_RE = re.compile(r"\b(?:brands|labels),?[ \t]+(?:include|including|such[ \t]+as)[ \t]+("
                               + _LISTED_BRAND + r"(?:,[ \t]+" + _LISTED_BRAND + r")*,?[ \t]+and[ \t]+"
                               + _LISTED_BRAND + r")\b")


def _in_brand_list(c: Candidate, text: str) -> bool:
    """True for a name inside an owner's list of names before the plural "brands" or "labels", a list of names
    goods are sold under, or the list after "brands include"."""
    for pattern in (_BRAND_LIST_RE, _BRANDS_LISTED_RE):
        for m in pattern.finditer(text, max(0, c.start - 120), min(len(text), c.end + 120)):
            if m.start(1) <= c.start and c.end <= m.end(1):
                return True
    return False


_OPEN_QUOTES = ('"', "“")
_CLOSE_QUOTES = ('"', "”")
_QUOTED_WITH_ARTICLE_RE = re.compile(r"[\"“][Tt]he[ \t]+\Z")
_CLOSE_QUOTE_RE = re.compile(r"[,.]?[\"”]")


#: a bond's maturity before its name, after "the yield on" or before "yield" ("the yield on the 10-year Quistian Bund",
#: "the yield on Quistland's 30-year QGB", "the 10-year QGB yield"): the name is the bond, no organisation (not "a
#: 27-year Quist veteran")
_MATURITY_RE = re.compile(r"(?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)-(?:year|yr)", re.I)
_YIELD_ON_RE = re.compile(r"\byields?[ \t]+on[ \t]+(?:the[ \t]+|[A-Z][\w.]*['’]s[ \t]+)?\Z")
_BOND_NOUNS = frozenset({"yield", "yields", "bond", "bonds", "note", "notes", "futures"})


def _maturity_bond(c: Candidate, text: str) -> bool:
    """True for a name after a bond's maturity, the yield on it named before or after."""
    if not _MATURITY_RE.fullmatch(c.prev):
        return False
    at = c.start - 1
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return c.next in _BOND_NOUNS or bool(_YIELD_ON_RE.search(text, max(0, at - len(c.prev) - 40), at - len(c.prev)))


def _owners_brand(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for a name in a company's descriptor of what it owns or runs ("Zorbo Group, owner of Quist Gas, fell"):
    a brand, unless a given name opens the owner's name (a person's business). ("The Quistbox owner said" is left:
    the name before "owner" is an organisation of its own, test E08.)"""
    m = _OWNER_DESCRIPTOR_RE.search(text, max(0, c.start - 160), c.start)
    return m is not None and m.group(1) not in lex.given_names and m.group(1) not in lex.honorifics \
        and text[c.end:c.end + 1] in (",", ")", ".", ";", " ")


def _quoted_title(c: Candidate, text: str) -> bool:
    """True for a name that fills a pair of double quotation marks on its own ('"Quist Island Nights,"'): the title
    of a book, a film or a show, not its author. A name quoted in brackets is a defined term ('(the "Quist Fund")'),
    and a quoted name with more words inside the marks is part of a quotation."""
    if c.start < 1 or text[c.start - 1] not in _OPEN_QUOTES or not _CLOSE_QUOTE_RE.match(text, c.end):
        return False
    before = text[max(0, c.start - 12):c.start - 1].rstrip()
    return not before.endswith(("(", "the", "The", "or", "and", ":")) and not before.endswith(("said", "says"))


def role_after_place(text: str, end: int, lex: Lexicon) -> bool:
    """True for a role noun in the one or two lower-case words after a place that ends at `end` ("..., Freedonia
    director for", "..., CEE strategist at"): the place names the region of a person's job, and the name before the
    comma is that person, neither a town in the place nor one more place of a list."""
    role = _ROLE_AFTER_PLACE_RE.match(text, end)
    return role is not None and any(w in lex.person_cue_before or w.title() in lex.role_titles
                                    for w in role.groups() if w)


_PLACE_TITLES = frozenset({"Mayor", "Governor", "Gov."})
_CASE_JOINERS = frozenset({"vs.", "vs", "v.", "v", "versus"})
# "the maker of Quistbars and Zorbo Crunch", "a producer of Quistella": the names a maker makes, listed after "of"
_MAKER_OF_RE = re.compile(r"\b(?:maker|makers|manufacturer|manufacturers|producer|producers)[ \t]+of[ \t]+(?:the[ \t]+)?"
                          r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+or[ \t]+))*\Z")
_PRODUCTS_LISTED_RES: dict[int, re.Pattern[str]] = {}
_PRODUCT_PLURALS: dict[int, frozenset[str]] = {}


def _product_plurals(lex: Lexicon) -> frozenset[str]:
    """The plurals of ``product_nouns_before`` ("drugs", "therapies", "vaccines")."""
    found = _PRODUCT_PLURALS.get(id(lex))
    if found is None:
        found = frozenset((n[:-1] + "ies") if n.endswith("y") else n + "s" for n in lex.product_nouns_before)
        _PRODUCT_PLURALS[id(lex)] = found
    return found


def _products_listed_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when the name at ``start`` is in a list right after a plural product noun with its determiner or count
    ("two heart drugs, Quistrel and Zorvex", "the drugs Quistrel or Zorvex"): the names of products, not of their
    makers."""
    regex = _PRODUCTS_LISTED_RES.get(id(lex))
    if regex is None:
        plurals = sorted(_product_plurals(lex), key=len, reverse=True)
        # (the noun after a determiner or a count: "the drugs", "two heart drugs", "its two vaccines"; not "makers of
        # generic drugs, Quistpharm and Zorbo Labs", companies)
        regex = re.compile(r"\b(?:the|its|their|his|her|both|two|three|four|five|several|\d+)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                           r"(?:" + "|".join(re.escape(p) for p in plurals) + r"),?[ \t]+"
                           r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+))*\Z")
        _PRODUCTS_LISTED_RES[id(lex)] = regex
    return regex.search(text, max(0, start - 120), start) is not None


# "A CDN sells one thing", "an ETF is ...": after the indefinite article an acronym that is the subject of a verb is a
# kind of thing (the verb an auxiliary, or a verb in -s before its object's determiner); one that modifies a noun
# ("a NATO summit", "an HBO series about") may be a name
_AUX_AFTER_KIND = frozenset({"is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must",
                             "should", "does", "did", "that", "which", "who"})
_OBJECT_OPENERS = frozenset({"a", "an", "the", "one", "its", "their", "his", "her", "our", "no", "nothing", "every",
                             "more", "less", "what"})
_POLITICAL = frozenset({"Democrat", "Republican", "Democratic", "Conservative", "Liberal"})
_CONTRACTIONS = ("'m", "'ve", "'ll", "'d", "'re", "n't", "’m", "’ve", "’ll", "’d", "’re", "n’t")

# strength of each kind of evidence (a higher score wins the document-level vote)
FORM = 10.0      # the span's own form: legal suffix, index name, lexicon entry
STRONG = 6.0     # grammar around the span: title before, ticker after, "of ORG"
WEAK = 2.0       # weak cue: a given name, a market verb after it


_SECTOR_INDEX_RE = re.compile(r"((?:[ \t]+(?:[a-z][a-z-]*|&)){2,4})[ \t]+(?:index|indices|indexes|average)\b")
# a sub-index or a futures contract named after its benchmark: "the Quix lenders sub-index", "QRB diesel futures",
# "Quix futures" (one lower-case word of a sector or commodity may stand between)
_SUB_INDEX_AFTER_RE = re.compile(r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?sub-?ind(?:ex|ices|exes)\b")
_FUTURES_AFTER_RE = re.compile(r"[ \t]+(?:[a-z][a-z]*[ \t]+)?futures\b")
# a move written right after an exchange's name, as of its index: "the Quistdaq composite dropped", "the Quistdaq
# gained 6%", "the Quistdaq sliding 2.1%", "and the Quistdaq 2.6%" (the verb elided in a list of indices)
_PCT = r"[+\-−–]?\d[\d.,]*[ \t]*(?:%|percent\b|per[ \t]cent\b|pct\b)"
_INDEX_MOVE_AFTER_RE = re.compile(r"[ \t]+(?:composite\b|[a-z]+(?:[ \t]+(?:by|as[ \t]+much[ \t]+as|about|nearly|almost))?"
                                  r"[ \t]+" + _PCT + r"|" + _PCT + r")")
# the side an index stands on after its name, without a figure: "the Nasdaq is down 2.6%", "the Nasdaq just closed
# down almost two and a half percent", "the Nasdaq was higher"
_INDEX_SIDE_AFTER_RE = re.compile(r"[ \t]+(?:just[ \t]+)?(?:(?:is|was|has|had|were)[ \t]+)?(?:(?:closed|ended|finished|"
                                  r"been|traded|trading)[ \t]+)?(?:down|up|higher|lower)\b")
_AND_INDEX_RE = re.compile(r"[ \t]+and[ \t]+(?:[A-Z][\w&'’-]*[ \t]+){1,3}(?:index|indices|indexes|sub-index)\b")
# the administrative units that close a Korean or a Japanese place's romanised name, after a hyphen: "Quistang-dong"
# (a neighbourhood), "Zorbo-gu" (a district), "Quist-si" (a city), "Zorbo-ku", "Quist-shi", "Zorbo-machi"
_EAST_ASIAN_PLACE_SUFFIXES = frozenset({"dong", "gu", "si", "eup", "myeon", "ri", "ku", "shi", "cho", "machi", "mura",
                                        "ken"})
_NOT_SECTOR_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "as", "while", "but", "that", "which"})


# a device a company sells, named after its brand: "its Quistor sensors", "the rival Zorbex monitor", and after a model
# number: "Quistor 5 glucose sensors", "a Quistor 5", "Zorbo Health's Quistor 5" (a maker's model, not the maker)
_DEVICE_NOUNS = frozenset({"sensor", "sensors", "device", "devices", "monitor", "monitors", "pump", "pumps", "meter",
                           "meters", "headset", "headsets", "tablet", "tablets", "laptop", "laptops", "implant",
                           "implants", "inhaler", "inhalers", "handset", "handsets", "smartphone", "smartphones"})
# a model number after a brand, then at most three modifiers and a device noun ("5 continuous glucose monitoring sensors")
_MODEL_NUMBER_DEVICE_RE = re.compile(r"[ \t]+\d{1,2}(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+(?:" + "|".join(sorted(_DEVICE_NOUNS))
                                     + r")\b")
# a model number closing the name: "a Quistor 5 since last year", "Zorbo's Quistor 5 is" (not "5%", "5.2", "5-4", "5,000")
_MODEL_NUMBER_RE = re.compile(r"[ \t]+\d{1,2}(?![\d%.,:/-]\d|[\d%]|[ \t]*(?:%|per[ \t]?cent|percent|p\.?m\.?|a\.?m\.?)\b)")
# what may follow a device noun that closes a product's name (not "the Quist phone bank": a compound noun)
_AFTER_DEVICE_RE = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$|(?:is|are|was|were|that|which|who|had|has|have|can|could|will|"
                              r"would|may|might|made|from|in|on|at|for|with|and|or|to|since|of)\b)")
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b")
# a model number in the plural or before a common noun: "171 Quistra 9s", "some Quistra 9 configurations", "for Quistra
# 7 certification" (the line's model, whatever noun follows; not "5%", "5.2", nor a count: "Quist 10 years ago")
_MODEL_BEFORE_NOUN_RE = re.compile(r"[ \t]+\d{1,2}(?:s\b|[ \t]+([a-z][a-z-]+)\b)")
_NOT_MODEL_NOUNS = frozenset({"to", "and", "or", "in", "on", "of", "at", "for", "by", "from", "with", "the", "a", "an",
                              "as", "than", "million", "billion", "trillion", "thousand", "hundred"})
_OWNER_BEFORE_MODEL = frozenset({"a", "an", "its", "their", "my", "our", "your", "his", "her"})


# a place's part named after its possessive: "Tokyo's Quistamachi ward"
_PART_OF_PLACE_NOUNS = frozenset({"ward", "district", "borough", "prefecture", "province", "county", "region",
                                  "neighbourhood", "neighborhood", "suburb", "municipality"})
_COMPASS_POINTS = frozenset({"North", "South", "East", "West"})


# the heads of a law's name, and the names coordinated before one ("Quist and Zorbo Act", "Quist Reform, Zorbo and
# Enforcement Act of 1989", "the Quist and Zorbo Act 2021")
_LAW_HEADS = frozenset({"Act", "Bill", "Law"})
_LAW_YEAR_RE = re.compile(r"^(?:1[789]|20)\d\d$")
_CAP_WORDS = r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|on))*?"
# (a comma before "and" only after a list: "the United Quist Workers, and Zorbo Act activists" is no law's name)
_LAW_AFTER_RE = re.compile(r"(?:(?:,[ \t]+" + _CAP_WORDS + r")+,?)?[ \t]+and[ \t]+" + _CAP_WORDS + r"[ \t]+(?:Act|Bill)\b")


# the last words of a building or a ground a company gives its name to ("the Quistair Aviation Center", "Zorbo
# Arena", "Quist Tower")
_BUILDING_HEADS = frozenset({"Center", "Centre", "Tower", "Towers", "Building", "Campus", "Arena", "Stadium",
                             "Headquarters", "Plaza", "Park"})


def building_named_after(short: list[str], full: list[str]) -> bool:
    """True when ``full`` is a building named after the listed company ``short`` (a catalog name) opens it, its
    last word a building's (:data:`_BUILDING_HEADS`) and the whole no catalog company: "Quistair" beside "the
    Quistair Aviation Center" is the airline, not the building its staff meet outside."""
    return full[-1] in _BUILDING_HEADS and catalog_company(" ".join(short)) is not None \
        and catalog_company(" ".join(full)) is None


# a town named with the river it stands on: "Frankfurt am Main", "Halle an der Saale", "Newcastle upon Tyne"
_RIVER_TOWN_RE = re.compile(r"\b[A-Z][\w'’-]+[ \t]+(?:am|upon|an[ \t]+der|ob[ \t]+der)[ \t]+\Z")
_TOWN_ON_RIVER_RE = re.compile(r"[ \t]+(?:am|upon|an[ \t]+der)[ \t]+[A-Z][\w'’-]+")


# what runs between two places named with a dash: "the Quist–Zorbo line", "the Quistford–Brindle pipeline"
_LINK_NOUNS = r"(?:line|lines|pipeline|railway|railroad|rail[ \t]+link|route|corridor|interconnector|link|cable|highway|" \
              r"motorway|expressway|canal|tunnel|ferry)\b"
_LINK_AFTER_RE = re.compile(r"[–—][ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]+(?:(?:\d[\w-]*|[a-z]+-"
                            r"[a-z]+)[ \t]+)?" + _LINK_NOUNS)
_LINK_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*[ \t]*[–—][ \t]*\Z")
_LINK_NEXT_RE = re.compile(r"[ \t]+(?:(?:\d[\w-]*|[a-z]+-[a-z]+)[ \t]+)?" + _LINK_NOUNS)


def _link_end(c: Candidate, text: str) -> bool:
    """True for a name at either end of a dash naming a line, a pipeline or a route between two places ("the
    Quist–Zorbo line", "a Quistford–Brindle 400-kV cable"): the two names are the places it joins."""
    if text[c.end:c.end + 1] in "–—" and _LINK_AFTER_RE.match(text, c.end):
        return True
    return text[c.start - 1:c.start] in "–—" and c.start > 0 and _LINK_BEFORE_RE.search(text, max(0, c.start - 40),
                                                                                      c.start) is not None \
        and _LINK_NEXT_RE.match(text, c.end) is not None


# names coordinated after a name, the last one before its noun: ", Quist and Zorbo", " and Zorbo", " or ZX-4"
_COORDINATED_NAMES_RE = re.compile(r"(?:,[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*)?){0,3},?[ \t]+(?:and|or|&)[ \t]+"
                                   r"[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*)?(?=[ \t])")


# up to two modifiers and a noun (singular or plural) closing its phrase: before punctuation or a word that opens no
# noun of its own ("models after ...", "cars this week", "vehicles sold in ..."); not "the Quisto car maker"
_PRODUCT_NOUN_AFTER_RE = re.compile(r"((?:[ \t]+[a-z][a-z-]*){0,2}?)[ \t]+([A-Za-z-]+?)(s?)(?=[ \t]*(?:[,.;:!?)\n]|$)|"
                                    r"[ \t]+(?:is|are|was|were|that|which|had|has|have|can|could|will|would|from|in|on|"
                                    r"at|for|with|and|or|to|since|of|by|after|before|until|this|last|next|over|under|"
                                    r"when|while|as|but|because|worldwide|sold|built|made|[a-z]{2,}ed)\b)")


def product_noun_after(pos: int, text: str, lex: Lexicon) -> bool:
    """True when a product's noun closes the phrase at ``pos``, up to two modifiers before it ("models", "electric
    vehicles", "SUVs"): the noun of :data:`Lexicon.product_nouns` or of ``product_nouns_owned``, singular or plural."""
    m = _PRODUCT_NOUN_AFTER_RE.match(text, pos)
    if m is None:
        return False
    if any(w in _FUNCTION or w in lex.market_verbs or w in lex.speech_verbs for w in m.group(1).split()):
        return False
    noun = m.group(2)
    return noun in lex.product_nouns_owned or noun + m.group(3) in lex.product_nouns


def _coordinated_product(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for a name coordinated with other names before a product's noun ("its Zorvex and Quistara models",
    "the ZX4, ZX5 and ZX7 vehicles", "Zorvex or Quistara cars"): each name of the list is a model, as the last one,
    which stands before the noun, is. Read for the first names of the list (the names after it, then the noun) and
    for the last (a name and "and" before it)."""
    if c.next in (",", "and", "or", "&"):
        m = _COORDINATED_NAMES_RE.match(text, c.end)
        if m is not None and product_noun_after(m.end(), text, lex):
            return True
    return c.prev in ("and", "or", "&") and c.prev2[:1].isupper() and product_noun_after(c.end, text, lex)


def _coordinated_with_own_model(c: Candidate, nxt: Candidate | None) -> bool:
    """True for a lone name coordinated with the same name and a model's designator ("the affected Quist and Quist X
    models"): the product line beside one of its models, whatever company the catalog lists by that word."""
    return len(c.words) == 1 and nxt is not None and c.next in ("and", "or") and len(nxt.words) == 2 \
        and nxt.words[0] == c.words[0] and designator_word(nxt.words[1])


def designator_word(word: str) -> bool:
    """True for a word that designates a model after its line's name: one capital letter ("X", "S"), or up to four
    capitals and digits with a digit ("5", "X5", "GT3"), not a legal suffix or a year."""
    return len(word) == 1 and word.isupper() or 1 <= len(word) <= 4 and any(ch.isdigit() for ch in word) \
        and all(ch.isdigit() or ch.isupper() for ch in word) and not (len(word) == 4 and word.isdigit())


def _device_product(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for a brand named with its device or its model number (see `_DEVICE_NOUNS`)."""
    surface = c.surface
    if len(c.words) > 2 or c.possessive or c.words[0] in lex.given_names or surface in lex.places \
            or surface in lex.known_org_alias or catalog_company(surface) is not None or c.words[0] in lex.time_words:
        return False
    m = _MODEL_NUMBER_DEVICE_RE.match(text, c.end)
    if m is not None and _AFTER_DEVICE_RE.match(text, m.end()):
        return True  # "Quistor 5 glucose sensors"
    noun = _NEXT_WORD_RE.match(text, c.end)
    if noun is not None and noun.group(1) in _DEVICE_NOUNS and _AFTER_DEVICE_RE.match(text, noun.end()) \
            and (c.prev.lower() in ("its", "their", "my", "our", "your") or not noun.group(1).endswith("s")
                 and (c.prev.lower() == "the" or c.prev2.lower() == "the" and c.prev.islower() and c.prev.endswith("ing"))):
        return True  # "its Quistor sensors were", "the Zorbex monitor,", "the competing Zorbex sensor"
    model = _MODEL_BEFORE_NOUN_RE.match(text, c.end)
    if model is not None and model.group(1) not in lex.unit_nouns_after_number and model.group(1) not in _NOT_MODEL_NOUNS:
        return True  # "grounded 171 Quistra 9s", "some Quistra 9 configurations": a model, not its maker
    return (c.prev.lower() in _OWNER_BEFORE_MODEL or c.prev.endswith(("'s", "’s")) and c.prev[:1].isupper()) \
        and c.next.isdigit() and _MODEL_NUMBER_RE.match(text, c.end) is not None  # "a Quistor 5", "X's Quistor 5"


def _sector_index(text: str, end: int, lex: Lexicon) -> bool:
    """True when two to four lower-case words of a sector and then "index" follow `end` ("... oil and gas
    index", "... oil & gas index"), none of them a verb or a determiner."""
    m = _SECTOR_INDEX_RE.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    return not any(w in _NOT_SECTOR_WORDS or w in lex.market_verbs or w in lex.speech_verbs for w in words)


def _unpossessed(token: str) -> str:
    """`token` without its possessive ending: "maker's" -> "maker"."""
    return token[:-2] if token.endswith(("'s", "’s")) else token


def is_acronym(word: str) -> bool:
    """True for all-caps short words such as 'FDIC', 'TSMC', 'S&P'."""
    return bool(_ACRONYM_RE.match(word))


_COLOUR_WORDS = frozenset({"red", "green", "blue", "yellow", "orange", "purple", "pink", "black", "white", "grey",
                           "gray", "brown", "gold", "silver", "teal", "turquoise"})
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mln", "bln", "bn", "m"})
# a document or programme an organisation publishes, after its title ("Quistco's Market Pulse survey")
# (nouns only: "the Courier's Jane Roe reports from ..." is a reporter)
_OF_THE_YEAR_RE = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:Year|Decade|Season|Month)\b")
_WORK_NOUNS = frozenset({"report", "survey", "study", "paper", "bulletin", "outlook", "ranking", "rankings",
                         "barometer", "tracker", "podcast", "newsletter"})
# the last word of a publication's title (in title case), and the words that may stand between its owner and it
_WORK_TITLE_HEADS = frozenset({"Report", "Review", "Bulletin", "Journal", "Outlook", "Survey", "Book", "Yearbook"})
_WORK_FREQUENCY = frozenset({"quarterly", "annual", "monthly", "weekly", "semiannual", "biannual", "half-yearly",
                             "twice-yearly", "next", "latest", "last", "new", "first", "flagship"})
_OWNER_BEFORE_RE = re.compile(r"(?:\b(?:its|their|his|her|our)|[A-Za-z.]['’]s?|s['’])[ \t]+$")


def _owned_work(c: Candidate, text: str) -> bool:
    """The candidate follows an owner ("its", "the bank's", "the bloc's"), with at most two words of frequency
    between ("its next", "its quarterly"): "its next Financial Stability Report"."""
    if not text:
        return False
    before = text[max(0, c.start - 60):c.start]
    words = before.split()
    k = 0
    while k < 2 and words and words[-1] in _WORK_FREQUENCY:
        before = before[:before.rstrip().rfind(words[-1])]
        words.pop()
        k += 1
    return bool(_OWNER_BEFORE_RE.search(before))


_ROMAN_CODE_RE = re.compile(r"[IVXLC]+[A-Z]?\Z")  # a provision's number in Roman numerals ("XIVA", "IX")
_BUSINESS_PRODUCTS = frozenset({"app", "platform", "service", "site", "marketplace"})
_RECEIPTS = frozenset({"ADRs", "ADSs", "GDRs", "ADR", "ADS", "GDR"})  # depositary receipts of a company
#: the classes of a company's shares written between its name and "shares" ("X preferred shares", "X ordinary stock")
_SHARE_CLASSES = frozenset({"preferred", "preference", "common", "ordinary", "voting", "non-voting"})
_SHARE_WORDS = frozenset({"shares", "share", "stock", "stocks", "stake", "bonds", "ADRs", "options", "warrants"})


_ORIGIN_ADJ_RE = re.compile(r"[a-z](?:ian|ean|ese|ish)$")
_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
# a compass point opening a region's name ("West Quistshire", "the East Zorblands"), never a given name
COMPASS_HEADS = (_COMPASS - {"Central"}) | frozenset({"Northeast", "Northwest", "Southeast", "Southwest", "North-East",
                                                      "North-West", "South-East", "South-West"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})
_COMPASS_WORDS = COMPASS_WORDS
# compass points written before a place: "NW Freedonia", "Northeast Quistland"
_COMPASS_CODES = frozenset({"N", "S", "E", "W", "NW", "NE", "SW", "SE", "Northwest", "Northeast", "Southwest",
                            "Southeast", "North-West", "North-East", "South-West", "South-East", "Upper", "Lower",
                            "Greater", "Mid", "Middle", "Far"})
_SEATED_WORDS = frozenset({"headquartered", "based", "located", "situated", "registered", "domiciled", "headquarters"})


def _place_part(part: str, lex: Lexicon) -> bool:
    """True for a known place, optionally after a compass word ("North Sylvania")."""
    part = part.strip()
    if part in lex.places:
        return True
    head, _, rest = part.partition(" ")
    return (head in _COMPASS or head in _COMPASS_CODES) and rest in lex.places


_SPAN_TO_RE = re.compile(r"[A-Za-z.]-to-[A-Z]")
_MINISTER_TITLES = frozenset({"Minister", "Ministers", "Secretary"})
_WEEKEND_ABBREVIATIONS = frozenset({"Sat", "Sun"})


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _named_without_number(word: str, text: str) -> bool:
    """True when ``text`` writes ``word`` somewhere with no figure right before it ("The QEC has ruled")."""
    return any(not re.search(r"[\d%]\s*\Z", text[max(0, m.start() - 12):m.start()])
               for m in re.finditer(r"(?<![\w.-])" + re.escape(word) + r"(?![\w-])", text))


#: a row of a list of share moves after its company's name: "QSE: -0.9%"
_ROW_MOVE_RE = re.compile(r"[ \t]*:[ \t]*[+\-−–]?\d[\d.,]*[ \t]*%")


def _listed_as_itself(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for a capitalised code that an exchange also writes before its tickers ("SSE", "SET") used as a company's
    name: before its own ticker in brackets ("QSE (QSE.L) rose 2%") or owning something ("QSE's wind farm").
    Not a place's code ("HK's")."""
    word = c.words[0]
    if len(word) < 3 or word in lex.places:
        return False
    if c.possessive:
        return True
    if text and catalog_company(word) is not None and (c.next in lex.market_verbs or _ROW_MOVE_RE.match(text, c.end)):
        return True  # "SSE rose 0.9%", "SSE: -0.9%": a listed company the catalog knows, its shares' move
    return bool(text) and text.startswith(f" ({word}.", c.end)


# a market's session closing in one direction, no figure: "ASX closes higher", "TSX ends lower", "NZX opens flat"
_SESSION_VERBS = frozenset({"ends", "ended", "closes", "closed", "opens", "opened", "finishes", "finished"})
_SESSION_DIRECTIONS = frozenset({"higher", "lower", "flat", "firmer", "weaker", "mixed"})


def market_session_close(c: Candidate, lex: Lexicon) -> bool:
    """True for an exchange's short name that ends, opens or closes a session higher or lower ("ASX closes higher",
    "TSX ends lower"): the exchange's market, not the company that runs it, and no name of ours (its index is named
    in full where a figure is given: "the S&P/TSX composite index rose 0.4%"). Its other mentions ("trades on the
    ASX") keep the exchange. A listed company named like an exchange ("SSE") is left to its other cues."""
    return len(c.words) == 1 and not c.possessive and c.surface in lex.exchange_prefixes \
        and c.next in _SESSION_VERBS and c.next2 in _SESSION_DIRECTIONS and catalog_company(c.surface) is None


# what an index does that an exchange does not: its own losses or gains, being lifted or dragged by shares
_INDEX_MOVE_NOUNS = frozenset({"losses", "gains", "decline", "declines", "rally", "advance", "slide", "fall", "rise"})
_INDEX_MOVERS = frozenset({"lift", "lifts", "lifted", "lifting", "drag", "drags", "dragged", "dragging"})


def _exchange_index_move(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for an exchange's short name that names its index by moving: after "the" with a verb and a figure ("the
    Quistdaq fell 7.4%"), with a signed figure in a list of indices ("Quistdaq +0.5%, Zorbo 40 +0.1%"), with its own
    losses or gains ("helping to limit the Quistdaq's losses") or lifted or dragged by shares ("lifting the
    Quistdaq"): the index, no organisation. The exchange itself ("trading on Quistdaq", "listed on the Quistdaq")
    is read as before."""
    if len(c.words) != 1:
        return False
    if c.surface not in lex.exchange_prefixes:
        # "S&P +0.07%" in a line of indices: the short name of an index family ("S&P 500"), with its signed figure
        return not c.possessive and _SIGNED_MOVE_RE.match(text, c.end) is not None and any(
            f"{c.surface}{tail}" in lex.indices for tail in (" 500", " 100", " Composite"))
    if c.possessive:
        return c.prev in ("the", "The") and c.next in _INDEX_MOVE_NOUNS
    if c.prev == "the" and c.prev2 in _INDEX_MOVERS or _SIGNED_MOVE_RE.match(text, c.end) is not None:
        return True
    if _INDEX_LEVEL_MOVE_RE.match(text, c.end) or _INDEX_UP_DOWN_RE.match(text, c.end):
        return True  # "Quistdaq 12,345.67 (-0.42%)", "Dow down 0.7%, Quistdaq down 1.3%": a market line's figures
    if c.prev in ("", "The", ",") and _HEADLINE_INDEX_MOVE_RE.match(text, c.end):
        return True  # "Quistdaq edges up as miners mixed": a market report's headline opens on its index (or names it
        # second: "Dow edges up, Quistdaq slips as ...")
    if c.prev in ("", "The", ",", "as") and c.prev2 != "the":
        move = _VERB_MOVE_RE.match(text, c.end)
        if move is not None and move.group(1) in lex.market_verbs:
            return True  # "Quistdaq jumps 5.1% as ...", "... as Quistdaq drops 2%": a headline's index and its figure
    if _coordinated_with_index(c, text, lex) or _INDEX_DAY_RE.match(text, c.end):
        return True  # "the S&P 500 and the Quistdaq both hit records", "the Quistdaq had its worst week"
    the = c.prev in ("the", "The") or c.prev2 in ("the", "The") and _INDEX_EPITHET_RE.match(c.prev) is not None
    if not the:
        return False
    if _INDEX_TERRITORY_RE.match(text, c.end):
        return True  # "left the Quistdaq in negative territory", "kept the Quistdaq in the green": where an index stands
    if _INDEX_VERB_DIRECTION_RE.match(text, c.end):
        return True  # "the Quistdaq was off 0.3%", "the Quistdaq closes down about 2%": a verb, a direction, a figure
    # "the tech-heavy Quistdaq shed 1.4%", "the Dow and the Quistdaq each gained 0.8%", "while the Quistdaq retreated,"
    move = _VERB_MOVE_RE.match(text, _EACH_RE.match(text, c.end).end()) or _BARE_INDEX_VERB_RE.match(text, c.end)
    return move is not None and move.group(1) in lex.market_verbs


# an index's level and its signed move in brackets or after it: "Quistdaq 12,345.67 (-0.42%)", "Quistdaq 9,876 +3.2%"
_INDEX_LEVEL_MOVE_RE = re.compile(r"[ \t]+\d{1,3}(?:,\d{3})+(?:\.\d+)?[ \t]+\(?[+\-−–]\d[\d.,]*" + _PCT)
# a market line's move without a verb: "Quistdaq down 1.3%", "Quistdaq off 0.9%" (a line of indices, no "the")
_INDEX_UP_DOWN_RE = re.compile(r"[ \t]+(?:up|down|off)[ \t]+\d[\d.,]*" + _PCT)
# the day an index has: "the Quistdaq had its worst week since March", "posted its best day"
_INDEX_DAY_RE = re.compile(r"[ \t]+(?:suffered|had|posted|recorded|notched|logged|saw)[ \t]+its[ \t]+(?:worst|best|"
                           r"biggest|steepest|sharpest)[ \t]+(?:[a-z]+[ \t]+)?(?:day|week|month|session|quarter|year)\b")
# an index named right before "and (the)": "the S&P 500 and the Quistdaq", "Dow and Quistdaq"; or right after
_AND_BEFORE_RE = re.compile(r"([A-Z][\w&./-]*(?:[ \t]+[A-Z0-9][\w&./-]*){0,3})[ \t]+and[ \t]+(?:the[ \t]+)?\Z")
_AND_AFTER_RE = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?([A-Z][\w&./-]*(?:[ \t]+[A-Z0-9][\w&./-]*){0,3})")


def _coordinated_with_index(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True when an exchange's short name is joined by "and" to an index's name ("the S&P 500 and the Quistdaq
    both hit records", "the Quistdaq and the Dow each ..."): two markets' indices, read alike."""
    before = _AND_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
    after = _AND_AFTER_RE.match(text, c.end)
    names = []
    if before is not None:  # ("The S&P 500 and the ...": the index is the words' tail)
        words = before.group(1).split()
        names += [" ".join(words[k:]) for k in range(len(words))]
    if after is not None:
        words = after.group(1).split()
        names += [" ".join(words[:k]) for k in range(1, len(words) + 1)]
    return any(name in lex.indices and name not in lex.exchange_prefixes for name in names)


# the epithet of an exchange's index between "the" and its name: "the tech-heavy Quistdaq", "the broader Quistdaq"
_INDEX_EPITHET_RE = re.compile(r"[a-z]+-heavy\Z|[a-z]+-laden\Z|broad(?:er)?\Z|blue-chip\Z")
_INDEX_TERRITORY_RE = re.compile(r"[ \t]+(?:(?:was|is|ended|closed|finished|stayed|remained)[ \t]+)?in[ \t]+(?:the[ \t]+"
                                 r"(?:red|green)|(?:positive|negative)[ \t]+territory)\b")
#: the nouns of any product, whatever it is: "another Quistco product, Zorbo Pro, ..." (apposition after a comma)
_GENERIC_PRODUCT_NOUNS = frozenset({"product", "brand"})
# a verb, then the direction and the figure of a move: "was off 0.3%", "closes down about 2%", "ended higher by 1.2%"
_INDEX_VERB_DIRECTION_RE = re.compile(r"[ \t]+[a-z]+[ \t]+(?:up|down|off|higher|lower)[ \t]+(?:by[ \t]+)?"
                                      r"(?:(?:about|around|nearly|almost|some|just)[ \t]+)?" + _PCT)
_EACH_RE = re.compile(r"(?:[ \t]+(?:each|both))?")
# a verb of an index's move closing its clause, with no figure: "the Quistdaq retreated,", "as the Quistdaq eased."
_BARE_INDEX_VERB_RE = re.compile(r"[ \t]+([a-z]+)(?=[ \t]*[,.;]|[ \t]+(?:as|after|while|on|in)\b)")


# a headline's verb of a market's drift, no figure: "Quistdaq edges up as ...", "Quistdaq slips for a third day"
_HEADLINE_INDEX_MOVE_RE = re.compile(r"[ \t]+(?:(?:edges?|inches?|ticks?|creeps?|drifts?)[ \t]+(?:up|down|higher|lower)"
                                     r"|(?:rises|falls|slips|climbs|dips|slides|rallies|sinks|tumbles|retreats|"
                                     r"rebounds|firms|eases|extends[ \t]+(?:gains|losses))[ \t]+"
                                     r"(?:as|on|after|for|to|amid|while|with|in|into|ahead)\b)")


# what a social network's users gather in ("Reddit's Quistbets forum", "Facebook's Zorbo group")
_FORUM_NOUNS = frozenset({"forum", "forums", "subreddit", "group", "page", "channel", "community", "board", "server"})
# the noun of a people after its name, or after the names it is coordinated with ("the Quist people", "the Quist
# Kunti and Zorbo (QKZ) people", "the Quist and Zorbo peoples")
_PEOPLE_AFTER_RE = re.compile(r"(?:[ \t]+(?:and|or)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)?(?:[ \t]+\([A-Z]{2,6}\))?"
                              r"[ \t]+(?:people|peoples)\b")
_PEOPLE_LIST_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:and|or)[ \t]+\Z")


# a recall's object before a name: "recalling (about) 1.4 million", "the recall of (its)", "recall 6,200 of its",
# "recalled the", "a recall of Quist's"
_RECALLED_BEFORE_RE = re.compile(
    r"\b(?:[Rr]ecall(?:s|ed|ing)?)[ \t]+(?:of[ \t]+)?(?:(?:about|some|nearly|almost|around|roughly|more[ \t]+than|"
    r"up[ \t]+to|over)[ \t]+)?(?:\d[\d.,]*(?:[ \t]+(?:million|mln|billion|bn|thousand))?[ \t]+)?(?:of[ \t]+)?"
    r"(?:(?:its|their|the|all|some)[ \t]+|[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2}(?:'s|’s|s'|s’)[ \t]+)?\Z")
def _named_alone(first: str, second: str, text: str) -> bool:
    """True when ``text`` writes ``first`` without ``second`` after it: the maker named alone ("Quistmor said", beside
    "recall Quistmor Z sedans"), whose model the recall's name is, no product line of its own."""
    return re.search(r"\b" + re.escape(first) + r"\b(?![ \t]+" + re.escape(second) + r"\b)", text) is not None


# the recalled thing's noun after the name, up to two modifiers before it ("sets", "magnetic building sets",
# "infant formula", "wall ovens"): lower-case words, no verb, preposition or conjunction
_RECALLED_NOUN_AFTER_RE = re.compile(
    r"(?:[ \t]+(?!(?:in|on|at|to|of|for|with|by|from|over|after|and|or|the|a|an|is|was|are|were|has|had|have|will|"
    r"would|said|says|because|due|amid|as)\b)[a-z][a-z-]*){1,3}\b")

#: what follows a company's name written with its own "'s" when it acts ("McDonald's has", "Lowe's and ...")
_NAME_POSSESSIVE_NEXT = frozenset({"and", "or", ",", "has", "had", "have", "is", "was", "will", "would", "said", "says",
                                   "cut", "downgraded", "upgraded", "lowered", "raised", "kept", "affirmed", "put",
                                   "could", "may", "might", "also", "on", "in", "."})


def _line_has_lowercase(text: str, pos: int) -> bool:
    """True when the line holding offset ``pos`` of ``text`` has a lower-case letter (prose, no shouted heading)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return any(ch.islower() for ch in text[start:end if end >= 0 else len(text)])


# the suffix of a quote page's code after its symbol: "NG=F" (a futures contract), "EURUSD=X" (a currency pair)
_QUOTE_CODE_AFTER_RE = re.compile(r"=[A-Z]{1,2}\b")


# what may stand before a label in capitals on its line: a bullet, or a live blog's time and dash ("14:45 ET - ")
_LABEL_LEAD_RE = re.compile(r"([*•·-][ \t]*|\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*"
                            r"[-–—|][ \t]*)?\Z")
# a line of figures after a label's colon: "S&P 500 4,102.55 (-0.31%) | Dow 31,870.40 (+0.12%)"
_FIGURES_LINE_RE = re.compile(r"[ \t]*:[^\n|]*\d[^\n|]*\|[^\n]*\d")


def _capitals_label(c: Candidate, text: str) -> bool:
    """True for a run in capitals that opens its line before a colon or a full stop and that the text never writes
    in ordinary case, where every word of it is one the text also writes in lower case (or a short function word),
    a line of figures follows its colon, or a live blog's time stamp comes before it ("CLOSE: S&P 500 4,102.55
    (-0.31%) | Dow ...", "MARKETS AT A GLANCE: Dow 31,200 (+1.1%) | ...", "14:45 ET - CLOSE. The Dow ends ..."): a
    section's or an entry's label, no name."""
    if not text or c.next not in (":", ".") or not all(w.isupper() for w in c.words) \
            or not any(len(w) > 3 for w in c.words):
        return False
    lead = _LABEL_LEAD_RE.match(text, text.rfind("\n", 0, c.start) + 1, c.start)
    if lead is None or " ".join(_title_words(c.words)) in text:
        return False
    if lead.group(1) and lead.group(1)[0].isdigit() or c.next == ":" and _FIGURES_LINE_RE.match(text, c.end):
        return True
    return all(len(w) <= 2 and w.isalpha() or w.lower() in _FUNCTION or used_lowercase(w.title(), text)
               for w in c.words)


def _title_words(words: list[str]) -> list[str]:
    return [w if len(w) <= 2 else w.title() for w in words]


def _legal_form_as_name(c: Candidate, text: str, lex: Lexicon) -> bool:
    """True for a legal form in capitals standing alone as a company does, with no name before it: its shares, its
    words or its move after it ("QAS shares fell", "QAS said", "QAS lost 1.9% in Oslo"): a name that is
    spelled like a legal form (a legal form follows a name; alone it is none)."""
    w = c.words[0]
    if len(w) < 3 or not w.isupper() or not w.isalpha() or not text:
        return False
    if c.next in _SHARE_WORDS or c.next in lex.speech_verbs:
        return True
    move = _VERB_MOVE_RE.match(text, c.end) or _UP_DOWN_RE.match(text, c.end) or _BARE_UP_DOWN_RE.match(text, c.end)
    return move is not None and (move.lastindex is None or move.group(1) in lex.market_verbs)


def is_fragment(c: Candidate, lex: Lexicon, text: str = "") -> bool:
    """True when the span is never an entity on its own: dates, stop words, common acronyms, fragments."""
    words = c.words
    surface = c.surface
    if _capitals_label(c, text):
        return True
    if not surface or not any(ch.isalpha() for ch in surface):
        return True
    if text and not c.possessive and c.next in (",", "and") and words[-1] not in lex.org_heads \
            and words[-1].rstrip(".") not in lex.legal_suffixes and _LAW_AFTER_RE.match(text, c.end):
        # "the Quist and Zorbo Act", "the Quist Reform, Zorbo and Enforcement Act of 1989": the words before "and"
        # are part of the law's name, no name of their own
        return True
    if text and len(words) == 1 and _QUOTE_CODE_AFTER_RE.match(text, c.end):
        return True  # "NG=F +2.3%", "EURUSD=X": a quote page's code of a futures contract or a currency pair
    if len(words) == 1 and 2 <= len(words[0]) <= 3 and words[0].isalpha() and words[0].isupper() \
            and c.next.isdigit() and len(c.next) <= 4 and not _YEAR_RE.match(c.next) and c.next2 not in ("%", "per") \
            and words[0] not in lex.known_org_alias and words[0] not in lex.indices \
            and catalog_company(words[0]) is None:
        return True  # "the housing bill, SB 412, said": a bill's or a form's code with its number, no organisation
    if len(words) == 1 and _RATING_RE.match(words[0]) and words[0] not in lex.known_org_alias and (
            c.next.lower() in _RATING_NOUNS or (c.prev in ("to", "from", "at") or len(words[0].rstrip("+-")) >= 3)
            and text and _RATING_CONTEXT_RE.search(text, max(0, c.start - _RATING_REACH), c.end + _RATING_REACH)):
        return True  # "its AA rating", "cut to Ba1 from Baa3", "Zorbo rates Quistco AAA": a credit rating, not an
        # organisation (within a paragraph of the word that says so: "... an investment-grade rating ... since it is BBB.")
    if len(words) == 1 and words[0] in _EQUITY_RATINGS and words[0] not in lex.known_org_alias and text and (
            c.next.lower() in ("rating", "ratings", "recommendation") or c.prev in _EQUITY_RATING_BEFORE
            and _EQUITY_RATING_VERB_RE.search(text, max(0, c.start - 60), c.start)
            or c.prev == ")" and _TICKER_BRACKET_BEFORE_RE.search(text, max(0, c.start - 16), c.start)):
        # "We cut Zorbo to Hold from Buy", "cutting to Hold", "a Sell rating", "rates the stock Neutral", a note's
        # "Ratings: Zorbo Holdings (ZRBH) Neutral; ...": an analyst's rating
        return True
    if len(words) == 1 and words[0].isupper() and words[0].title() in _EQUITY_RATINGS and text and (
            c.next.lower() in ("rating", "ratings", "recommendation") or c.prev.lower() in _EQUITY_RATING_BEFORE
            and _EQUITY_RATING_VERB_RE.search(text, max(0, c.start - 60), c.start)
            or _EQUITY_RATING_VERB_RE.fullmatch(c.prev) or c.prev == "," and c.next == ")"
            and _TICKER_THEN_RATING_RE.search(text, max(0, c.start - 24), c.end + 1)):
        return True  # the same in capitals, as notes print them: "we keep BUY on Zorbo", "Quist (QST LN, HOLD)"
    if len(words) == 1 and words[0].title() in _EQUITY_RATINGS and words[0] not in lex.known_org_alias and text \
            and catalog_company(words[0]) is None and not c.next[:1].isupper() and _RATING_NOTE_RE.search(text):
        return True  # in a note that rates stocks, "which does not justify a Buy.", "Neutral (unchanged)."
    if len(words) == 2 and words[1].title() in _EQUITY_RATINGS and words[0].lower() in _RATING_ACTIONS and text \
            and _RATING_NOTE_RE.search(text):
        return True  # a heading's "Stay Neutral", "Downgrade Hold": the note's call, no name
    if len(words) == 1 and c.sent_initial and words[0] in lex.org_heads and c.next.isalpha() and c.next.islower() \
            and surface not in lex.known_org_alias \
            and catalog_company(surface) is None and text and _DESCRIBED_NAME_RE.match(text, c.end):
        return True  # "Gas network operator Quistgaz rose": a common noun opening a description of the name after it
    if len(words) == 1 and c.sent_initial and f"{words[0].lower()} {c.next}" in lex.descriptor_compounds \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        return True  # "Proxy adviser Quist Partners said", "Asset manager Zorbo bought": the first word of a kind of
        # firm, capitalised at the sentence's start
    if len(words) == 1 and c.sent_initial and words[0] in lex.org_heads and words[0].endswith("s") \
            and not words[0].endswith("ss") and c.next in _PLURAL_SUBJECT_VERBS and surface not in lex.known_org_alias:
        return True  # '"Partners will now ask ...', "Holdings are ...": a plural common noun as the subject, no name
        # (not "Congress must act": a body's one word, no plural)
    if len(words) == 1 and words[0].title() == "Review" and c.prev.title() == "Under":
        return True  # "moving our rating to Under Review", "UNDER REVIEW": a state, no organisation "Review"
    if 2 <= len(words) <= 3 and c.prev == "(" and c.next == ")" and words[-1] in _UNIT_HEADS \
            and c.prev2 in lex.institution_heads and surface not in lex.known_org_alias:
        return True  # "the First-tier Tribunal (Property Chamber)", "the High Court (Chancery Division)": the
        # chamber of the body just named, in brackets, no organisation of its own
    if len(words) == 2 and c.prev == "(" and c.next in (")", ",") and _BLOOMBERG_TICKER_RE.fullmatch(surface):
        return True  # "Zorbo (ZRB LN, not rated)": a ticker and its exchange's two letters, as a terminal writes them
    if len(words) > 1 and "&" in words[-1] and words[-1] in lex.non_entity_acronyms \
            and catalog_company(" ".join(words[:-1])) is None and " ".join(words[:-1]) not in lex.known_org_alias:
        return True  # "Huge R&D", "Global R&D": a common noun with its adjective
    if words[-1] == "Code" and len(words) <= 2 and text and _LISTING_CODE_RE.match(text, c.end):
        return True  # "(Stock Code: 0788)": the label of a listing's number, no organisation
    if len(words) == 1 and _CODE_GLUED_AMOUNT_RE.match(surface) and surface[:3] in lex.non_entity_acronyms:
        return True  # "GBP35-50m", "USD1.2bn": a currency's code glued to an amount (a range too), no organisation
    if len(words) == 1 and _CODE3_RE.match(surface) and _CODE_AMOUNT_RE.match(text, c.end) \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        return True  # "up to NOK 6 billion", "SEK 120m": a currency's code before an amount, no organisation
    glued = _SIGN_GLUED_AMOUNT_RE.fullmatch(surface) if len(words) == 1 else None
    if glued is not None and glued.group(1) in lex.currency_abbreviations \
            and (glued.group(2) or glued.group(3) or len(glued.group(1)) > 1):
        return True  # "firmed to R17.62", "wiping R4.1bn off", "a target of SFr70": a currency's sign glued to an amount
        # (a one-letter sign with a whole number may be a code: "R2")
    if len(words) == 1 and surface in lex.currency_abbreviations and _ABBREVIATED_AMOUNT_RE.match(text, c.end):
        return True  # "to Rs 612.35", "Rp 15,000", "RM 2.4 billion": a currency's usual abbreviation before an amount
    if "/" in surface and all(_CODE3_RE.match(p) and p in lex.non_entity_acronyms for p in surface.split("/")):
        return True  # "USD/JPY 149.62", "the EUR/GBP cross": a currency pair, two codes and no name
    if len(words) > 1 and "-" in surface and all(_place_part(p, lex) for p in surface.split("-")):
        return True  # "the Freedonia-North Sylvania route", "Oceania-West Coast rates": a trade lane between places
    if _SPAN_TO_RE.search(surface) and catalog_company(surface) is None and surface not in lex.known_org_alias:
        return True  # "Quistport-to-Orrin rates", "its July-to-September quarter": a route or a span, no name
    if len(words) > 1 and _PLURAL_ACRONYM_RE.match(words[-1]) \
            and all(w in lex.places or w in lex.demonyms for w in words[:-1]):
        return True  # "its Freedonian ADRs", "U.S. ETFs": a class of securities, not an organisation
    if all(all(p in lex.time_words or p.isdigit() for p in w.rstrip(".,").split("-") if p) for w in words) \
            or surface in lex.time_words:
        return True  # "March 2024", "April-June", "New Year"
    if c.prev == "of" and c.prev2.lower() in _LIST_NOUNS and len(words) > 1 and words[-1].endswith("s") \
            and not words[-1].endswith("ss") and surface not in lex.known_org_alias:
        return True  # "on its list of Specially Designated Quists": the name of a list's entries, no organisation
    if len(words) == 1 and c.prev.lower() in _CODE_NOUNS and any(ch.isdigit() for ch in words[0]) \
            and catalog_company(surface) is None and surface not in lex.known_org_alias:
        return True  # "the batch code QL2-0917-B", "lot number AB1234": a code, no name
    if len(words) > 1 and words[0] in _PERIOD_PARTS and all(
            all(p in lex.time_words or p.isdigit() for p in w.rstrip(".,").split("-") if p) for w in words[1:]):
        return True  # "Early December: findings due", "Late January" opening a timeline's line: a part of a month
    if len(words) > 1 and words[0].rstrip(".,") in _WEEKEND_ABBREVIATIONS and all(
            all(p in lex.time_words or p.isdigit() for p in w.rstrip(".,").split("-") if p) for w in words[1:]):
        return True  # "Sat 9 May", "Sun 10": a weekend day abbreviated like "Fri 8 May" (alone, "Sun" is a name too)
    if c.prev != "(" and LISTING_CODE_WORD_RE.fullmatch(words[0]) and all(len(w) == 1 for w in words[1:]) \
            and catalog_company(words[0]) is None and words[0] not in lex.known_org_alias:
        return True  # a table's "QSTL.TO   C$41.88" row: a listing code (and the stray "C" of "C$"), no name
    if _COMPANY_ORGAN_RE.fullmatch(surface) or surface == "Board" and c.prev in ("the", "The") \
            or c.prev in _ORGAN_OWNERS and c.next != "of" and _NAMED_ORGAN_RE.fullmatch(surface):
        # "The Board of Directors of Quistel AB announces", later "the Board": the company's own board, no other
        # organisation
        return True
    if len(words) == 1 and c.prev in ("under", "symbol", "ticker") and _SYMBOL_WORD_RE.fullmatch(words[0]) and text \
            and _TRADES_UNDER_RE.search(text, max(0, c.start - 70), c.start) \
            and words[0] not in lex.known_org_alias and catalog_company(words[0]) is None:
        return True  # "receipts, which trade over the counter under QSTRY,": the symbol a security trades under
    if len(words) == 1 and _C_SUITE_RE.fullmatch(words[0]) and (
            c.prev in _C_SUITE_BEFORE or c.prev.endswith(("'s", "’s")) and c.prev[:1].islower()) \
            and words[0] not in lex.known_org_alias and catalog_company(words[0]) is None:
        return True  # "the company's current CSO, Jane Roe": an officer's title in initials, no organisation
    if len(words) == 1 and c.next == "of" and words[0].lower() in lex.person_cue_before and words[0][1:].islower() \
            and catalog_company(words[0]) is None and words[0] not in lex.known_org_alias:
        return True  # "Jane Roe, Head of Investor Relations": a title cut from its office, no organisation "Head"
    if len(words) == 1 and c.prev == "on" and not c.possessive and text \
            and _POSTED_ON_RE.search(text, max(0, c.start - 48), c.start):
        return True  # "In a post on Quistbook", "he wrote on Zorbly": the platform a post went on, no organisation
    if surface in ("Celsius", "Fahrenheit") and (c.prev[:1].isdigit() or c.prev in ("degrees", "°")):
        return True  # "minus 11.4 Celsius overnight": a temperature's unit
    if len(words) == 1 and _INITIALS_PARTICIPLE_RE.fullmatch(words[0]):
        return True  # "every product would be DNA-tested", "GPS-enabled collars": a participle, no name
    if c.prev == "on" and not c.possessive and c.surface in lex.social_platforms \
            and (c.prev2 in lex.speech_verbs or c.prev2 in _MEDIUM_WORDS):
        return True  # "responded on Twitter:", "said on LinkedIn that": a social network as the medium of what was
        # said, no organisation (not "a ban on TikTok": the company whose app it is)
    if len(words) == 1 and c.surface in lex.social_platforms and not c.possessive and c.next in _ACCOUNT_NOUNS \
            and text and _OWN_ACCOUNT_BEFORE_RE.search(text, max(0, c.start - 40), c.start):
        return True  # "said on its Weibo account", "posted on his official Facebook page": the account a statement went
        # on, no organisation (not "Quistco bought a stake in Twitter": the company)
    if len(words) == 1 and (_PERIOD_TOKEN_RE.fullmatch(words[0]) or _EARNINGS_MEASURE_RE.fullmatch(words[0])
                            or _GLUED_AMOUNT_RE.fullmatch(words[0])):
        return True  # "net sales in FY2029", "its 2Q28 margin", "an adjusted EBITA margin": a period or a measure
    if market_session_close(c, lex):
        return True  # "TSX ends higher as miners shine": the market
    if len(words) == 1 and _FLU_SUBTYPE_RE.fullmatch(words[0]):
        return True  # "the H5N1 strain was confirmed": a virus
    if 2 <= len(words) <= 3 and c.title_org and c.next in _MINISTER_TITLES and not c.possessive \
            and surface not in lex.known_org_alias and catalog_company(surface) is None \
            and portfolio_phrase(words, text, lex):
        return True  # "Digital Affairs Minister Jane Roe": the minister's portfolio, not an organisation
    if len(words) == 1:
        w = words[0]
        if (w in lex.stop_capitalised and not _place_owned_name(c, lex)
                and not (text and c.end - c.start == len(w) and common_word_company(text, c.start, c.end, lex))
                or w in lex.non_entity_acronyms or w in lex.generic_fragments
                or w.rstrip(".") in lex.legal_suffixes and not _legal_form_as_name(c, text, lex) or w in lex.demonyms
                or w[:-1] in lex.demonyms and w not in lex.places  # (not "Philippines", the place of "Philippine")
                or w.rstrip(".") in lex.honorifics or w + "." in lex.role_titles
                or w in lex.exchange_prefixes and w not in lex.known_org_alias and not _listed_as_itself(c, text, lex)
                or w in lex.role_titles):
            return True
        if (w in lex.event_tails or w == "Eve") and c.prev.endswith(("'s", "’s", "s'", "s’")) and c.prev[:1].isupper() \
                and len(c.prev) > 3:
            return True  # "New Year's Eve", "Mother's Day": the day's head word after the name it is named for
        if (w in lex.title_tails or w in lex.event_tails) and c.prev in lex.stop_capitalised:
            return True  # "Welcome back to Market Hour": the last word of a title whose first word was trimmed
        if ZONE_RE.match(w) and CLOCK_BEFORE_RE.search(text, max(0, c.start - 16), c.start):
            return True  # "6:47 p.m. QT", "17:23 QET": a time zone after a clock time
        if _ORIGIN_ADJ_RE.search(w) and c.next in lex.descriptor_words and c.next2[:1].isupper() \
                and catalog_company(w) is None and w not in lex.known_org_alias:
            return True  # "Quistian carrier Zorbo Air": an adjective of origin before a descriptor and a name
        if c.next in lex.weekdays and text[c.end:c.end + 1] == " " and c.prev.lower() in _BEFORE_A_DAY \
                and not is_acronym(w) and catalog_company(w) is None and w not in lex.known_org_alias \
                and w not in lex.given_names and _only_before_a_day(w, text, lex):
            return True  # "on Quist Tuesday", "the Quist Friday sales": a day's name, no organisation
        if c.title_org and c.next in _MINISTER_TITLES and not is_acronym(w) and w not in lex.places \
                and w not in lex.known_org_alias and catalog_company(w) is None:
            return True  # "Freedonia's Fisheries Minister Jane Roe": the minister's portfolio, not an organisation
        if c.prev in ("degrees", "degree", "deg"):
            return True  # "108 degrees Quistheit": a scale of temperature
        if c.sent_initial and w.lower() in lex.market_verbs and _FIGURE_RE.match(c.next) \
                and catalog_company(w) is None and w not in lex.known_org_alias:
            return True  # "Lost 7.7% on Monday; down 2% on Tuesday.": a note's verb without its subject
        if w.endswith(_CONTRACTIONS) or _ADJ_SUFFIX_RE.search(w):
            return True  # "AI-related"
        if _HYPHEN_WORD_RE.match(w):
            return True  # ratings "B-1", "B-plus"; "E-tow"; "Trump-as-a-plutocrat"
        party = _PARTY_TAG_RE.match(w)
        if party and (party.group(1).rstrip(".") in lex.state_abbreviations or party.group(1) in lex.places):
            return True  # "Rep. Jane Roe, R-Ind., said": party and state, no organisation
        if "-" in w and catalog_company(w) is None:
            parts = w.split("-")
            if all(p in lex.places or p in lex.demonyms or p[:-1] in lex.demonyms for p in parts if p):
                return True  # "Freedonia-Sylvania" talks: two places, no entity of its own
            if parts[-1].islower() and (parts[0] in lex.demonyms or parts[0] in lex.places):
                return True  # "Freedonian-built", "French-language": an adjective
            if len(parts) == 2 and parts[1].isalpha() and parts[1].islower() and parts[0] in lex.time_words:
                return True  # "its March-quarter profit", "June-end": a period, not a name
            if len(parts) == 2 and parts[1] in _COLOUR_WORDS:
                return True  # "a Zorbo-green hoodie": a house colour, an adjective
            if c.sent_initial and len(parts) == 2 and parts[0][1:].islower() and parts[1].isalpha() \
                    and parts[1].islower() and w not in lex.known_org_alias:
                return True  # "Cloud-computing shares rose": a compound of common words opening a sentence
        if _NOISE_RE.search(w) and len(w) > 6 or c.prev in ("@", "#") or _HANDLE_RE.match(w) and (
                c.next in _HANDLE_NEXT or text[max(0, c.start - 1):c.start] in ("", "\n")):
            return True  # "Abcde1Xyzzy", "@JaneRoe42", "#VoteAcme", a comment's "quistm42 wrote:": debris, handles and
            # hashtags (but "online furniture seller Quistraum24 and ...", "Quist45, a super PAC": a name with a number)
        if w.endswith("s") and w[:-1] in lex.time_words:
            return True  # "Saturdays"
        if _PLURAL_ACRONYM_RE.match(w):
            return True  # "NGOs", "PACs": a class of things, not one organisation
        if w in lex.programme_heads:
            return True  # "of the Ordinance", "Regulation (EU) No 596/2014": a law's or a plan's head word alone
        if _ROMAN_CODE_RE.match(w) and (c.prev in lex.numbered_thing_heads or c.prev in ("Part", "Parts")):
            return True  # "under Part XIVA of the Ordinance", "Title IX": a numbered provision, no body
        if _resident_noun(w, lex):
            return True  # "Ohioans", "Floridians", "Westerners": the people of a place
        if _UNIT_RE.match(w) and catalog_company(w) is None:
            return True  # "1GW" (but 3M is a company)
        if text and w.isupper() and len(w) <= 3 and _CURRENCY_AFTER_RE.match(text, c.end):
            return True  # "NZ$17 million", "US$3.8 billion", "HK$ 3": a country's code before its dollar sign
        if is_acronym(w) and (c.prev in _SCALE_WORDS or c.prev.replace(",", "").replace(".", "").isdigit()) \
                and c.next not in _SHARE_WORDS and w not in lex.known_org_alias and catalog_company(w) is None \
                and not (_YEAR_RE.fullmatch(c.prev) and _named_without_number(w, text)):
            # "3.7 million QTU of storage", "40 GWh": a unit after a number (but "5 million ACME shares"; and "a
            # 1996 QEC advisory opinion" is the QEC's when the text names the QEC elsewhere with no number)
            return True
        if is_acronym(w) and c.prev in ("a", "an") and (not c.next or not c.next[0].isalpha() or c.next in _FUNCTION):
            return True  # "an AMA on Reddit", "an IPO in May" (but "a UBS analyst")
        if len(w) == 1 or (w.isupper() and (w.title() in lex.stop_capitalised or w.title() in lex.time_words)
                           and not (w in lex.known_org_alias and c.next != ":" and _line_has_lowercase(text, c.start))):
            return True  # "WHO IS LOOKING INTO IT?", "WHEN:" (but "The WHO said": a known body's initials in prose)
        if w.isupper() and c.next == ":" and w.title() in lex.section_labels \
                and text[max(0, c.start - 1):c.start] in ("", "\n"):
            return True  # "FLASH: Quist Bank raises its rate", "CORRECTION: An earlier version ...": a label
        if len(w) == 2 and w[0].isupper() and w[1] == "." and w[0].isalpha():
            return True  # "wrote on X.", "Neither do I.", "a standing O.": a letter closing its sentence, or an initial
            # left alone, names nobody
    elif text and (_BARE_UP_DOWN_RE.match(text, c.end) or _UP_DOWN_RE.match(text, c.end)):
        return False  # "with Dutch Canadian down 7.2%": a company named with demonyms, and its move
    elif surface in lex.generic_fragments or surface in lex.non_entity_acronyms or surface in lex.demonyms \
            or _ADJ_SUFFIX_RE.search(words[-1]):
        return True  # "Islamic State-inspired", "Ivy League-trained": an adjective
    elif (words[-1] in lex.demonyms and not _ic_adjective_after_name(words, lex)
          and not (len(words) == 2 and (words[0] in lex.given_names or c.titled) and words[0] not in lex.demonyms)
          or words[-1][:-1] in lex.demonyms and surface not in lex.places) \
            and words[-1] not in _POLITICAL \
            and words[-1][:-1] not in _POLITICAL and words[-1][:-1] not in lex.given_names \
            and catalog_company(surface) is None:  # (not "Anglo American", a listed company)
        return True  # "Ethnic Freedonians", "Sylvanian Serbs": a people, not an organisation
    elif words[-1].rstrip("s") in _POLITICAL and " ".join(words[:-1]) in lex.places:
        return True  # "Montana Republican", "Nevada Democrats": a party's members in a place
    elif len(words) == 2 and len(words[1]) == 1 and words[1].isupper() and words[0] in lex.generic_fragments:
        return True  # "Round C", "Class B": a class or round, not a name
    elif all(w in lex.title_modifiers for w in words):
        return True  # "Deputy Assistant" (Attorney General): the start of a title, not a name
    return False


def _place_owned_name(c: Candidate, lex: Lexicon) -> bool:
    """True for a word after a country's or a city's possessive and before a lower-case word or a comma
    ("Germany's Next rose", "Spain's Whole, which"): a name, however common its word (see
    `spans._after_place_possessive`)."""
    return c.prev.endswith(("'s", "’s")) and c.prev[:-2] in lex.places and (c.next[:1].islower() or c.next == ",") \
        and not c.possessive


# adjectives in -ic of a faith, a party, a people or a language, no region's: "a Roman Catholic nun"
_FAITH_OR_PARTY_IC = frozenset({"Catholic", "Democratic", "Hispanic", "Arabic", "Islamic", "Orthodox", "Evangelical"})


def _ic_adjective_after_name(words: list[str], lex: Lexicon) -> bool:
    """True for a name closed by an adjective of region in -ic after a word of its own ("Quisto Nordic", "Zorbo
    Baltic"): an adjective names no people, so the name is a company's (its regional arm's), not "Ethnic Serbs"."""
    last = words[-1]
    return len(words) >= 2 and last.endswith("ic") and last not in _FAITH_OR_PARTY_IC \
        and not any(w in lex.demonyms or w in lex.places or w in lex.stop_capitalised or w in lex.descriptor_words
                    or w.lower() in ("ethnic", "pan") for w in words[:-1])


# the verbs after a plural subject: an organisation's name takes "has", "is", "says"
_PLURAL_SUBJECT_VERBS = frozenset({"will", "would", "may", "might", "can", "could", "should", "must", "are", "were",
                                   "have", "say", "want", "need", "worry", "fear", "expect"})
_RESIDENT_SUFFIXES = ("ians", "ian", "ans", "an", "ns", "ers", "er", "ites", "ite")
# the end of a place's name its people drop ("Freedonia" -> "Freedonians", "Quistas" -> "Quistans")
_PLACE_ENDINGS = ("", "a", "e", "y", "as", "ia")


def _only_before_a_day(word: str, text: str, lex: Lexicon) -> bool:
    """True when every time `text` writes `word` a weekday follows it ("Quist Tuesday" and never "Quist" alone):
    the first word of a day's name ("on Quistbook Monday" beside "Quistbook said" is a platform and a day)."""
    days = "|".join(sorted(lex.weekdays))
    alone = re.compile(rf"(?<![\w&-]){re.escape(word)}(?![\w&-])(?! (?:{days})\b)")
    return alone.search(text) is None


def _resident_noun(word: str, lex: Lexicon) -> bool:
    """True for a word naming the people of a known place: the place plus -n/-an/-ian/-er/-ite, plural too
    ("Ohioans", "Californians", "Floridians", "Westerners", "Quebecers", "Kansans")."""
    if not word.endswith(_RESIDENT_SUFFIXES) or not word[:1].isupper() or word in lex.places \
            or word in lex.given_names:
        return False
    for suffix in _RESIDENT_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            if any(len(stem) + len(end) >= 4 and stem + end in lex.places for end in _PLACE_ENDINGS):
                return True
    return False


# the common noun "index" right before a name, or before its bracket: "the stock exchange index IPSA", "the
# Philippine Stock Exchange index (PSEi)"
_AFTER_INDEX_WORD_RE = re.compile(r"\bindex[ \t]*\(?[ \t]*$")


# the last words of a shallow place in the sea that a ship runs onto ("the Quist Bank", "Zorbo Reef"), the words a
# ship's grounding puts before it ("ran aground on the", "stuck on the", "to pull the ship off the") and the common
# noun an apposition gives it ("the Quist Bank, a sandbank in the strait")
_SEABED_HEADS = frozenset({"Bank", "Banks", "Reef", "Reefs", "Shoal", "Shoals", "Sands", "Sandbank", "Bar", "Ledge"})
_GROUNDED_ON_RE = re.compile(r"\b(?:aground|grounded|stranded|stuck|beached|wrecked)[ \t]+(?:on|upon|onto|off|in)"
                             r"[ \t]+(?:the[ \t]+)?$|\b(?:refloat(?:ed|ing)?|pull(?:ed|ing)?|tow(?:ed|ing)?|get|got|"
                             r"getting|free(?:d|ing)?|lift(?:ed|ing)?)[ \t]+(?:[\w,.'’-]+[ \t]+){0,5}?off[ \t]+"
                             r"(?:the[ \t]+)?$", re.I)
_SEABED_APPOSITION_RE = re.compile(r",[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:sandbank|sandbar|sand[ \t]+bank|shoal|"
                                   r"reef|bank|ledge)\b")


# a ship lying or sinking off a coast: "at anchor off", "anchored off", "sank off", "ran aground off"
_AT_SEA_OFF_RE = re.compile(r"\b(?:anchor|anchored|moored|aground|sank|sunk|capsized|foundered|stranded|drifting)"
                            r"[ \t]+off[ \t]+(?:the[ \t]+)?$", re.I)


# a company's post, then "of" or "at" and its employer ("managing director of", "chief executive of", "founder of",
# "an analyst at", "president of the", "boss of")
_POST_OF_RE = re.compile(r"\b(?:director|executive|officer|chairman|chairwoman|president|founder|co-founder|"
                         r"spokesman|spokeswoman|spokesperson|CEO|CFO|COO|CTO|managing partner|analyst|economist|"
                         r"strategist|boss)[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?$")


def _seabed_feature(c: Candidate, text: str) -> bool:
    """A name ending in a shoal's head word ("Bank", "Reef", "Shoal", "Sands") that a ship runs aground on or is
    pulled off, or that an apposition calls a sandbank or reef: a place in the sea, not a bank."""
    if c.words[-1].rstrip(".,") not in _SEABED_HEADS:
        return False
    return bool(_GROUNDED_ON_RE.search(text, max(0, c.start - 80), c.start)
                or _SEABED_APPOSITION_RE.match(text, c.end))


def local_evidence(c: Candidate, nxt: Candidate | None, text: str, lex: Lexicon) -> dict[str, float]:
    """Scores per type from the span itself and its neighbours. Input: candidate, following candidate, text."""
    ev: dict[str, float] = {}

    def add(kind: str, score: float) -> None:
        ev[kind] = ev.get(kind, 0.0) + score

    words = c.words
    surface = c.surface
    last = words[-1].rstrip(".,")
    first = words[0]
    nwords = len(words)
    # --- form of the span
    if (c.next in ("index", "average", "indices", "indexes")
            or c.next.replace("-", "").isalpha() and (c.next.islower() or c.next.startswith("ex-"))
            and c.next2 in ("index", "average")) \
            and not c.possessive:
        add("INDEX", FORM + 2)  # "the Nifty PSU Bank index", "the Quix mid-cap index": the common noun outweighs the
        # head word "Bank"; "the Quix Asia ex-Japan index": a region's index without one country
    elif c.next == "and" and not c.possessive and _AND_INDEX_RE.match(text, c.end):
        add("INDEX", FORM + 2)  # "the S&P/Quix 300 Metals and Mining index": a sector index whose name has "and"
    elif c.prev.lower() == "the" and not c.possessive and _sector_index(text, c.end, lex):
        add("INDEX", FORM + 2)  # "the Quist Europe oil and gas index": an index of one sector
    elif surface in lex.indices or (c.next.lower() in ("index", "average") and not c.possessive) or last in (
            "Index", "Average", "ETF") or (nwords > 1 and _NUMBER_END_RE.match(last) and first not in lex.time_words
                                           and first not in lex.generic_fragments and words[-2] not in _LAW_HEADS):
        add("INDEX", FORM)
    elif nwords > 1 and not c.possessive and any(" ".join(words[k:]) in lex.indices for k in range(1, nwords)) \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("INDEX", FORM)  # "the S&P Quist Merval": a known index after its provider's name
    elif nwords > 2 and not c.possessive and any(
            " ".join(words[:k]) in lex.indices and _NUMBER_END_RE.match(words[k - 1]) for k in range(2, nwords)) \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("INDEX", FORM + 2)  # "the S&P 500 Financials sector": a numbered index, then the sector it is cut to
        # (over the organisation a sector's plural head makes: "S&P 500 Utilities")
    if not c.possessive and "INDEX" not in ev and (
            last.endswith("-Index") or nwords > 1 and any(w in lex.fund_brands for w in words)
            or _AFTER_INDEX_WORD_RE.search(text, max(0, c.start - 12), c.start)) \
            and last not in lex.legal_suffixes and (last not in lex.org_heads or nwords > 1 and lex.fund_brands & set(words)) \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("INDEX", FORM + STRONG)  # "the VN-Index", "the stock exchange index IPSA", "the Quist index (QXi)": an index's
        # name; "the Utilities Select Sector SPDR Fund": a fund of a family of exchange-traded funds
    if not c.possessive and c.next == "futures" and "INDEX" not in ev and any(
            f"{surface}{tail}" in lex.indices for tail in (" Composite", " 100", " 500", " Industrial Average")):
        add("INDEX", FORM + STRONG)  # "Nasdaq futures were down 0.9%": the exchange's index, whose futures trade
    if not c.possessive and "INDEX" not in ev and (c.prev.lower() in ("the", "") or c.prev.islower() and c.prev2.lower() == "the") \
            and (_INDEX_MOVE_AFTER_RE.match(text, c.end) or _INDEX_SIDE_AFTER_RE.match(text, c.end)) and any(
                f"{surface}{tail}" in lex.indices for tail in (" Composite", " 100", " 500", " Industrial Average")):
        add("INDEX", FORM + 2 * STRONG)  # "the Nasdaq gained 6%", "the Nasdaq composite dropped": the exchange's index
        # (over the exchange's own entry and the market verb after it)
    if not c.possessive and surface not in lex.places and surface not in lex.exchange_prefixes \
            and surface not in lex.known_org_alias and catalog_company(surface) is None and "INDEX" not in ev:
        if _SUB_INDEX_AFTER_RE.match(text, c.end):
            add("INDEX", FORM + 2)  # "the Quix lenders sub-index": the benchmark a sector's index is cut from
        elif _FUTURES_AFTER_RE.match(text, c.end) and not (c.next.islower() and c.next in lex.market_verbs):
            add("OTHER", FORM)  # "QRB diesel futures rose": a contract's grade or benchmark, like "Brent"
    if surface in lex.commodities or nwords > 1 and any(
            " ".join(words[k:]) in lex.commodities and _place_part(" ".join(words[:k]), lex) for k in (1, 2)):
        add("OTHER", FORM)  # "Brent", and with the place that qualifies it: "U.S. WTI", "London Brent"
    if nwords > 1 and (first in lex.event_heads or " ".join(words[:2]) in lex.event_heads and nwords > 2):
        add("OTHER", FORM + STRONG)  # "Hurricane Leah", "Tropical Storm Ana": a storm, not a person
    if nwords > 1 and not c.possessive and _seabed_feature(c, text):
        add("PLACE", FORM + STRONG)  # "ran aground on the Quist Bank", "the Quist Bank, a sandbank": a shoal, no bank
        return ev
    if not c.possessive and _AT_SEA_OFF_RE.search(text, max(0, c.start - 40), c.start):
        add("PLACE", STRONG)  # "30 vessels waiting at anchor off Quistness": the coast a ship lies off
    org_form = nwords > 1 and not (lex.fund_brands & set(words)) and (last in lex.legal_suffixes or last in lex.org_heads
                               or first in lex.org_lead_words  # "Groupe Quistel", "Maison Zorbo"
                               or any(words[k] in lex.institution_heads and words[k + 1] in ("of", "for", "on")
                                   for k in range(nwords - 1)))  # "Bank of ...", "Quist Center for Justice"
    if org_form or c.next in lex.legal_suffixes and c.next.islower():
        add("ORG", FORM)  # (a suffix in lower case stays out of the span: "Quistair plc fell 1.3%")
    if not org_form and (surface in lex.programmes or words[0] in lex.named_events or surface in lex.named_events
                         or nwords > 1 and any(" ".join(words[:k]) in lex.programmes for k in range(1, min(nwords, 3)))):
        add("OTHER", FORM)  # "Medicare", "Medicare Part D": a public programme, no body (but "Medicare Payment
        # Advisory Commission" has a body's form); "Brexit", "the Brexit Referendum": a named political event
    elif org_form and surface in lex.programmes:
        add("OTHER", FORM + 1)  # "the Strategic Petroleum Reserve": a stockpile the list names whole, though its head
        # word is a body's ("Federal Reserve")
    if nwords > 1 and last in lex.programme_heads and not org_form:
        add("OTHER", FORM)  # "the International Reference Pricing Model", "the Clean Air Act": a programme or law
    if not org_form and (nwords > 1 and last in lex.rate_heads or nwords == 1 and "-" in last
                         and last.rsplit("-", 1)[1] in lex.rate_heads and is_acronym(last.rsplit("-", 1)[0])):
        add("OTHER", FORM)  # "kept Bank Rate at 4%", "raised the QB-Rate": a central bank's named policy rate, no body
    elif nwords > 2 and words[-2] in _LAW_HEADS and _LAW_YEAR_RE.match(last) and not org_form:
        add("OTHER", FORM)  # "the Quist Investment Act 2021": a statute with its year, as British laws are named
    elif nwords > 1 and (last in lex.event_tails or " ".join(words[-2:]) in lex.event_tails) and not org_form \
            and first not in lex.given_names:
        add("OTHER", FORM)  # "Founders Day", "the Freedonia Silver Star", "the Harbor Honours List"
    elif nwords > 1 and last in _MEETING_HEADS and c.next == "in" and c.next2[:1].isupper() \
            and last.rstrip(".") not in lex.legal_suffixes and (not org_form or c.prev == "the" and c.prev2 == "at"):
        # "the Quist Oncology Symposium in May", "at the Quist Cardiology Congress in Barcelona": a meeting held in a
        # place or a month, no body (with "at the" before it even when its head names bodies too, as "Congress" does)
        add("OTHER", FORM + STRONG if org_form else FORM)
    elif nwords > 1 and words[-2] in ("War", "Wars") and _WAR_ORDINAL_RE.match(last) and not org_form:
        add("OTHER", FORM)  # "World War II", "World War Two": a war, numbered like a sequel
    if nwords > 1 and last in ("Fire", "Fires") and c.prev in ("the", "The") and not org_form:
        add("OTHER", FORM)  # "the Quist Ridge Fire": a wildfire's name, as "the Zorbo Creek Fire" (no "Cal Fire")
    if nwords > 2 and building_named_after(words[:1], words) and not any(w in ("of", "for") for w in words):
        add("PLACE", FORM + 1)  # "outside the Quistair Aviation Center": a company's building (not "Center for X")
    if c.prev in ("am", "upon", "der") and _RIVER_TOWN_RE.search(text, max(0, c.start - 40), c.start):
        add("PLACE", STRONG)  # "Frankfurt am Main", "Halle an der Saale", "Quistwick upon Tyne": the river of a town
    elif c.next in ("am", "upon", "an") and _TOWN_ON_RIVER_RE.match(text, c.end) and not c.possessive:
        add("PLACE", STRONG)  # ... and the town
    if _link_end(c, text):
        add("PLACE", STRONG)  # "the Quist–Zorbo line", "the Quistford–Brindle pipeline": a link between two places
    if c.next == "of" and _OF_THE_YEAR_RE.match(text, c.end) and not org_form:
        add("OTHER", FORM)  # "named Builder of the Year", "the Quist Player of the Year": an honour's title
    if nwords > 1 and last in lex.title_tails and not org_form:
        # "The Quist Morning Show", "The Zorbo Hour", "Freedonia Daylight Time", "Grid Stress Level": a programme, a
        # clock or a scale, never a person or an organisation, even with a given name first ("The Jane Roe Show")
        add("OTHER", FORM)
    if (c.next in _CASE_JOINERS or c.prev in _CASE_JOINERS) and nwords <= 2 and not org_form:
        add("OTHER", STRONG)  # "Quist v. Brindle": a court case named after its parties
    if (c.possessive or c.next in ("'", "’") and last.endswith("s")
            and (c.next2 in lex.event_tails or c.next2 == "Eve")) \
            and (c.next in lex.event_tails or c.next in ("Eve",) or not c.possessive) and not org_form:
        add("OTHER", FORM)  # "International Workers' Day", "Founder's Day", "Quistles' Day": a day named after people
    if c.next in _WORK_NOUNS and (c.prev.endswith(("'s", "’s", "s'", "s’")) or c.prev in ("'", "’")
                                  and c.prev2.endswith("s")) and not org_form and first not in lex.given_names \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("OTHER", STRONG)  # "the regulator's Market Pulse report": the title of an organisation's work
    if nwords > 1 and last.title() in _WORK_TITLE_HEADS and not org_form and _owned_work(c, text):
        add("OTHER", STRONG)  # "its quarterly Monetary Policy Report", "the bloc's Official Journal": an owner's
        # publication, titled; "the Quist Political Report said" (no owner) is left to the other cues
    if c.next.islower() and c.next in lex.law_nouns_after and not org_form:
        add("OTHER", STRONG)  # "the Smith-Jones law", "QRX statutes": legislation named after people or acronyms
    if c.prev in ("of", "the", "and", "or", ",") and not c.possessive and text \
            and _MAKER_OF_RE.search(text[max(0, c.start - 160):c.start]) \
            and surface not in lex.known_org_alias and catalog_company(surface) is None and not org_form \
            and first not in lex.demonyms and surface not in lex.places:
        add("PRODUCT", STRONG)  # "the York-based maker of Quistbars and Zorbo Crunch": what a maker makes
    if nwords == 1 and c.prev in ("a", "an", "A", "An") and is_acronym(first) and (
            c.next in _AUX_AFTER_KIND or c.next.endswith("s") and not c.next.endswith(("ss", "us", "is"))
            and c.next.isalpha() and c.next.islower() and c.next2 in _OBJECT_OPENERS) \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("OTHER", STRONG)  # "A CDN sells one thing": a kind of thing, no organisation
    if c.next.islower() and c.next in lex.hazard_nouns_after and not org_form and surface not in lex.known_org_alias:
        add("PLACE", STRONG)  # "the magnitude 7.6 Quistberg quake", "the Zorbo eruption": a natural hazard is named
        # after the place it struck (a town, a region, a fault, a volcano), never after a person or a company
    if nwords == 1 and not org_form and c.next in ("is", "was", "remains", "became"):
        m = _IS_PRODUCT_RE.match(text, c.end)
        noun = m.group(1) if m else ""
        if noun.endswith("ie"):
            noun = noun[:-2] + "y"  # "therapies"
        if noun in lex.product_nouns_before and catalog_company(surface) is None:
            add("PRODUCT", STRONG)  # "Quistrel is among the approved therapies for ..."
    if (c.prev.lower() in lex.product_nouns_before or f"{c.prev2} {c.prev}".lower() in lex.product_nouns_before) \
            and c.prev.islower() and nwords <= 2 and not org_form:
        # (a noun of two words too: "the bulk carrier Quist Laurel", "the container ship Zorbo Dawn"; not "carrier"
        # alone, "the low-cost carrier Zorbo Air" is an airline)
        # "the eye drug Eylea", "sells the infused drug Tysabri"; "the delivery app X" names a company as often as
        # its product: enough to type the name here, too little to outvote other articles (resolve._one_type)
        add("PRODUCT", STRONG - 1 if c.prev.lower() in _BUSINESS_PRODUCTS else STRONG)
    if c.prev in (",", "and", "or") or c.prev.endswith("s") and c.prev.islower() and c.prev in _product_plurals(lex):
        if text and not org_form and nwords <= 2 and catalog_company(surface) is None \
                and surface not in lex.known_org_alias and _products_listed_before(text, c.start, lex):
            add("PRODUCT", STRONG)  # "two heart drugs, Quistrel and Zorvex", "the vaccines Quistvax and Zorbovax":
            # the names a plural product noun lists
    if c.next == "sold" and _SOLD_UNITS_RE.match(text, c.end) and not org_form:
        add("PRODUCT", STRONG)  # "Quistfall IV sold 7.2 million copies": what is sold by the copy or the unit
    if c.prev == "," and (c.prev2 in lex.product_nouns_owned or c.prev2 in _GENERIC_PRODUCT_NOUNS) \
            and c.next in (",", ".") and nwords <= 3 and not org_form \
            and catalog_company(surface) is None and surface not in lex.known_org_alias:
        add("PRODUCT", STRONG)  # "its own open-world title, Quistfall Heroes, ...", "another Quistco product,
        # Zorbo Pro, ...": a product named after its noun
    if surface in lex.known_org_alias:
        add("ORG", FORM)
    elif c.possessive and nwords == 1 and (f"{surface}'s" in lex.known_org_alias or (
            catalog_company(f"{surface}'s") is not None and (c.next in _NAME_POSSESSIVE_NEXT or c.next in lex.speech_verbs
                                                              or c.next in lex.market_verbs))):
        add("ORG", FORM)  # "Moody's and Fitch cut ...", "Moody's downgraded ...": a name written with its "'s" (the
        # catalog's "McDonald's said"; not "Kohl's government", an owner's possessive before a noun)
    if surface in lex.seat_metonyms and (c.title_org or c.next in lex.speech_verbs
                                         or c.next in _SEAT_ACTOR_NEXT or c.next2 in lex.speech_verbs
                                         and c.next in ("has", "had", "have", "is", "was", "would", "will")):
        add("ORG", FORM)  # "the White House said", "Kremlin officials": the government, not the building
    elif surface in lex.seat_metonyms:
        add("PLACE", WEAK)  # "outside the Kremlin": the building, unless the article has it act somewhere
    elif surface in lex.places or (c.words[0].isupper() and surface.title() in lex.places):
        add("PLACE", FORM + 1)
    elif nwords > 1 and not org_form and _place_part(surface, lex):
        add("PLACE", FORM)  # "North Freedonia", "NW Quistland": a part of a known place
    elif nwords > 1 and last in lex.place_heads and not org_form:
        add("PLACE", FORM - 1)
    elif nwords > 2 and (words[-2], last) in _SITE_NAME_ENDS and not org_form:
        add("PLACE", FORM - 1)  # "the Quistside Business Park", "Zorbo Retail Park": a site, named by its two-word head
    elif nwords > 2 and last in _COMPASS_POINTS and words[-2] in lex.place_heads and not org_form:
        add("PLACE", FORM - 1)  # "King Street West", "Burnside Road North": a street and the part of town it runs in
    elif nwords > 2 and first in lex.place_heads and words[1] == "of" and not org_form:
        add("PLACE", FORM - 1)  # "Bay of Bengal", "Gulf of Mexico"
    elif nwords > 1 and (first in lex.place_prefixes or first.rstrip(".") in lex.place_prefixes) and not org_form \
            and words[1] != "of":
        add("PLACE", FORM - 1)  # "Mt. Kinabalu", "Lake Tana", "Fort Sumner", "Port Quistany" (not "Port of Zorbo",
        # which names the port's operator as often as the port)
    elif nwords > 1 and last == "State" and " ".join(words[:-1]) in lex.places and c.next in _STATE_NOUNS:
        add("PLACE", FORM)  # "the Ohio State troopers" (but "Islamic State" is no place, "Ohio State beat ..." a team)
    elif nwords == 1 and c.prev in (",", "(") and c.next == "." and first in lex.state_abbreviations:
        add("PLACE", FORM + 1)  # "Springfield, Mo.", "Sen. Jane Roe (Nev.)": an AP state abbreviation
    elif nwords == 1 and first.count("-") == 1 and first.split("-")[1] in _EAST_ASIAN_PLACE_SUFFIXES \
            and len(first.split("-")[0]) >= 3 and first.split("-")[0].isalpha() and first.split("-")[0][1:].islower():
        add("PLACE", STRONG)  # "from Quistang-dong", "in Zorbo-gu": a Korean or Japanese neighbourhood, ward or town
    elif nwords == 1 and CAMEL_RE.match(first) and " ".join(_CAMEL_SPLIT_RE.split(first)) in lex.places:
        add("PLACE", FORM)  # "UnitedKingdom": two words whose space was lost
    elif nwords <= 2 and not org_form and c.next in _PART_OF_PLACE_NOUNS and c.prev.endswith(("'s", "’s")) \
            and c.prev[:-2] in lex.places:
        add("PLACE", STRONG)  # "Tokyo's Quistamachi ward", "Freedonia's Zorbo province": a part of a known place
    elif nwords >= 2 and not org_form and last.lower() in _PART_OF_PLACE_NOUNS and c.prev.endswith(("'s", "’s")) \
            and c.prev[:-2] in lex.places:
        add("PLACE", STRONG)  # "Osaka's Quistamachi Ward": the part of a known place, its head capitalised in its name
    elif nwords == 2 and not c.possessive and all(w in _COMPASS_POINTS for w in words) and words[0] != words[1]:
        add("PLACE", FORM)  # "the North East", "3,200 South West jobs": a country's region named by its compass points
    if nwords == 1 and first in lex.numbered_place_heads and _DESIGNATION_RE.fullmatch(c.next) \
            and not text[c.end:c.end + 1].isalnum():
        add("PLACE", FORM + STRONG)  # "the airport's Terminal 1", "Gate 7": a numbered site, its one-digit number apart
    if nwords == 2 and _DESIGNATION_RE.fullmatch(last) and (first in lex.numbered_place_heads
                                                           or first in lex.numbered_thing_heads):
        # "off Route 9", "along Route K-12", "Flight 227", "Article 14", "Title IX": a numbered road or site, or a
        # numbered flight, provision or form; never a person or an organisation
        add("PLACE" if first in lex.numbered_place_heads else "OTHER", FORM + STRONG)
    if c.next == "," and _CITY_STATE_RE.match(text, c.end) and not org_form and surface not in lex.known_org_alias:
        state = _CITY_STATE_RE.match(text, c.end).group(1)
        if role_after_place(text, _CITY_STATE_RE.match(text, c.end).end(), lex):
            pass  # "Jane Roe, Freedonia director for Quist", "Jan Roe, CEE strategist at": a person, her role's region
        elif state.rstrip(".") in lex.state_abbreviations or state in lex.places:
            add("PLACE", STRONG)  # "Springfield, Mo.,", "Duluth, Minnesota": a town and its state
    if _STOREY_RE.match(c.prev) and not org_form:
        add("PLACE", STRONG)  # "the 30-storey Quist House": a building
    if nwords == 1 and _CODE_NAME_RE.match(first) and (c.next in _STUDY_NOUNS or text and _PHASE_STUDY_AFTER_RE.match(
            text, c.end) or text and _STUDY_APPOSITION_BEFORE_RE.search(text, max(0, c.start - 40), c.start)) \
            and catalog_company(first) is None and first not in lex.known_org_alias:
        add("OTHER", FORM)  # "the QUEST-AF trial", "the second trial, QUEST-2,": a trial's code name
    elif nwords == 1 and _SERIAL_CODE_RE.match(first) and catalog_company(first) is None \
            and first not in lex.known_org_alias:
        stem = first.split("-", 1)[0]
        if stem in lex.indices or first.replace("-", " ") in lex.indices:
            add("INDEX", FORM)  # "the KOSPI-200", "the CSI-300": an index written with a hyphen
        else:
            add("OTHER", FORM)  # "SLV-2240", "the An-70": a compound's or a model's serial code, no organisation
    elif nwords == 1 and (first in lex.pathogens or _GERM_AFTER_RE.match(text, c.end)) \
            and first not in lex.known_org_alias and catalog_company(first) is None:
        add("OTHER", FORM)  # "Salmonella", "contamination with Quistobacter sakazakii, a bacterium": a germ
    elif nwords == 1 and is_acronym(first) and c.next in _STUDY_NOUNS and c.next != "data" \
            and re.search(r"\b[Pp]hase[ \t]+(?:[1-4]|I{1,3}V?)[ab]?[ \t]+\Z", text[max(0, c.start - 14):c.start]):
        add("OTHER", FORM)  # "the Phase 3 ORBIT trial"
    if c.possessive and nxt is not None and _POSSESSIVE_GAP_RE.fullmatch(text, c.end, nxt.start) \
            and len(nxt.words) <= 3 and all(_NAME_WORD_RE.match(w) for w in nxt.words) \
            and nxt.words[0] not in lex.role_titles and nxt.words[0] not in lex.places and first not in lex.given_names \
            and nxt.words[0] not in lex.demonyms and nxt.words[-1] not in lex.place_heads \
            and nxt.words[-1] not in lex.org_heads and c.prev.lower() not in ("in", "into", "at", "within", "across"):
        add("ORG", WEAK)  # "Brindle Partners' Jane Roe", "Brindle's Roe said": the employer of the person after it
    if c.possessive and c.next.isalpha() and c.next.islower() and _CLASSIFIER_BEFORE_RE.search(
            text, max(0, c.start - 40), c.start) and not org_form and surface not in lex.known_org_alias \
            and catalog_company(surface) is None and c.next not in lex.person_cue_before \
            and c.next not in _SEAT_ACTOR_NEXT and c.next not in _SHARE_WORDS and c.next.title() not in lex.role_titles:
        add("OTHER", STRONG)  # "its Quistman's treatment": a kind of thing named after someone, no owner
    head_role = _HEAD_ROLE_AFTER_RE.match(text, c.end) if c.possessive else None
    if head_role is not None and first not in lex.given_names and surface not in lex.places:
        # "Norvale's chief executive": a body with a head; a spokesman speaks for a politician as often ("Vance's
        # spokesman said"), so that role alone is weak evidence
        add("ORG", WEAK if "spokes" in head_role.group() else STRONG)
    if not org_form and 2 <= nwords <= 4 and _ROLE_BEFORE_NAME_RE.search(text, max(0, c.start - 40), c.start):
        add("PERSON", STRONG)  # "its chief executive, Jane van Roe, said": the person in apposition
    if not c.possessive and c.next in lex.speech_verbs and nwords <= 3 and not org_form \
            and all(_NAME_WORD_RE.match(w) for w in words) and _AFTER_POSSESSIVE_RE.search(text, max(0, c.start - 60), c.start) \
            and surface not in lex.places and catalog_company(surface) is None:
        add("PERSON", STRONG)  # "Brindle's Roe said": a person speaking for the organisation before
    if c.prev in ("from", "of") and not org_form and _AGE_FROM_RE.search(text[max(0, c.start - 16):c.start]):
        add("PLACE", STRONG)  # "Jane Roe, 52, of Brindleford, said": the home town after an age
    if c.prev == "from" and (c.prev2 in _HOMED_NOUNS and _A_HOMED_RE.search(text, max(0, c.start - 30), c.start)
                             or c.prev2 in _SHIPPED_WORDS) and not org_form and surface not in lex.known_org_alias \
            and catalog_company(surface) is None:
        add("PLACE", STRONG)  # "Jane Roe, a teacher from Brindleford, said", "cargoes shipped from Quistport": where
        # someone lives or where goods leave from (not "an engineer from Zorbo": an employer)
    if nwords == 1 and c.prev == "the" and not org_form and not c.possessive and c.next in (".", ",", ";", ")") \
            and surface not in lex.known_org_alias and catalog_company(surface) is None and not first.isupper() \
            and _SITES_IN_THE_RE.search(text, max(0, c.start - 40), c.start):
        add("PLACE", STRONG)  # "mining jobs in the Quistbara.", "a scramble for ground in the Zorbley,": a region
        # named with its article, where sites or jobs are (not "seats in the Quistag": a parliament)
    if nwords == 1 and c.prev == "the" and c.prev2 in ("in", "on", "across", "throughout") and not org_form \
            and not c.possessive and c.next in (".", ",", ";", ")") and first.endswith("s") and not first.endswith("ss") \
            and first[1:].islower() and first not in media_words() and first not in lex.bare_bodies \
            and first not in lex.org_heads and first not in lex.institution_heads \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("PLACE", STRONG)  # "running close to capacity on the Quistlands,", "snow across the Zorbies.": a region
        # named in the plural with its article (not "in the Times": an outlet; "in the Commons": a house)
    if c.prev == "off" and c.prev2 in _OFFSHORE_WORDS and not org_form and surface not in lex.known_org_alias \
            and catalog_company(surface) is None:
        add("PLACE", STRONG)  # "boats arrived in the sound off Quistebo", "vessels waiting off Zorbo Point": a shore
    if c.prev == "to" and c.prev2 in _TRAVEL_WORDS and not org_form and surface not in lex.known_org_alias \
            and catalog_company(surface) is None:
        add("PLACE", STRONG)  # "queuing for flights to Quistport", "due to fly to Zorbo Island": a destination
    if c.next in _HOMED_NOUNS and c.next2 in lex.given_names and nwords <= 2 and not org_form and not c.possessive \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("PLACE", STRONG)  # "said Brindleford teacher Jane Roe": the home town before who the person is
    if c.prev == "," and c.prev2 in lex.place_nouns_before_of and c.next in (".", ",", ";", ")") \
            and c.next2 not in lex.speech_verbs and not org_form and surface not in lex.known_org_alias \
            and _THE_PLACE_NOUN_RE.search(text, max(0, c.start - 30), c.start):
        add("PLACE", STRONG)  # "told reporters in the capital, Quistopol.": the place named after its kind
    if c.next == "and" and _RIVER_PARTS_RE.match(text, c.end) and not org_form and not c.possessive:
        add("PLACE", STRONG)  # "plants on the Quist and its tributaries": a river
    if nwords == 1 and _STREET_WORD_RE.search(first) and surface not in lex.known_org_alias \
            and catalog_company(surface) is None:
        add("PLACE", STRONG)  # "the plant on Industrivej", "offices in Quistgatan": a street in one word, as
        # Nordic, German and Dutch names write it
    if first in lex.place_heads and _ORDINAL_NUMBER_RE.fullmatch(c.prev) and not org_form:
        add("PLACE", STRONG)  # "the branch on 17th Avenue SW", "at 5th Street": a numbered street
    if c.prev in ("and", "to") and _HERE_AND_RE.search(text, max(0, c.start - 24), c.start) and not org_form:
        add("PLACE", STRONG)  # "the biggest employer between here and Brindleford"
    if c.prev.islower() and c.prev in lex.place_modifiers_before and not org_form:
        add("PLACE", STRONG)  # "suburban Brindleton", "northern Freedonia", "uptown Quistville"
    if c.prev == "of" and c.prev2.lower() in _COMPASS_WORDS and not org_form:
        add("PLACE", STRONG)  # "60 kilometres east of Brindleford", "just north of Quistville"
    if c.prev in ("in", "on", "at", "near") and c.prev2.lower() in _SEATED_WORDS and not org_form \
            and surface not in lex.known_org_alias:
        add("PLACE", STRONG)  # "headquartered in Brindleford", "based on Quist Road": where a body sits
    if nwords >= 2 and _quoted_title(c, text) and not org_form and first not in lex.given_names \
            and surface not in lex.known_org_alias \
            and catalog_company(surface) is None and surface not in lex.places:
        add("OTHER", STRONG - 1)  # 'promoted "Quist Island Nights," his show', 'Jane Roe's "Zorbo Rising"': a work's
        # title (not after a given name: 'a man who called himself "Jane Roe,"' names a person); one point short of
        # strong: a name quoted as a write-in ('wrote in "Ralph Quist"') stays the person other articles name
    if c.prev == "of" and c.prev2 in ("owner", "owners", "co-owner") and not c.possessive \
            and surface not in lex.places and text[max(0, c.start - 20):c.start].lower().rstrip().endswith(
                ("the owner of", "the owners of", "the co-owner of")):
        add("ORG", STRONG)  # "Quistco, the owner of Jane Roe Bakeries": what is owned is a business, never a person
    if c.prev == "of" and c.prev2 in lex.place_nouns_before_of and not org_form:
        add("PLACE", STRONG)  # "the town of Lower Brindle", "the settlement of X"
    elif c.prev == "of" and c.prev2 in _DWELLERS and not org_form and surface not in lex.known_org_alias \
            and catalog_company(surface) is None:
        add("PLACE", STRONG)  # "the sheep farmers of Quistago", "the people of Brindleton": where they live
    if (c.next, c.next2) in _ESTATE_NOUNS and not org_form and not c.possessive:
        add("PLACE", STRONG)  # "a crane-hire business on the Quistfield industrial estate": a site, named after a place
    if c.next.islower() and c.next in lex.facility_nouns_after and not org_form and not c.possessive:
        add("PLACE", STRONG)  # "the Harlow Quist airport", "the Freedonian border" (a place's own facility)
    if c.possessive and text and surface not in lex.places and surface not in lex.place_alias \
            and surface not in lex.demonyms and surface not in gazetteer_names() and _owned_site_after(c.end, text, lex):
        add("ORG", STRONG)  # "a dam collapsed at Quistel's Zorbadinho mine": the owner of a named site is its operator
    if _site_name(c, lex, text) and not org_form:
        add("PLACE", STRONG)  # "its Harlow mine", "the bank's Quist Road branch": a site, not its owner
    elif _zone_name(c, lex, text) and not org_form:
        add("PLACE", STRONG)  # "the Quist Reach zone", "its Zorbo Deep offshore zone": an area, not who works it
    if c.next.islower() and (c.next in lex.outlet_nouns_after or f"{c.next} {c.next2}" in lex.outlet_nouns_after
                             or c.next in lex.org_nouns_after and c.prev in ("the", "a", "an")) and not c.possessive:
        add("ORG", STRONG)  # "the Cape Courier newspaper reported", "an Islamic Quist group"
    elif (c.prev in _OUTLET_NOUNS_BEFORE or c.prev == "agency" and c.prev2 == "news") and nwords <= 4 \
            and first not in lex.time_words and first not in lex.role_titles and first not in lex.given_names \
            and surface not in lex.places and first not in lex.demonyms:
        add("ORG", STRONG)  # "the Communist Party daily Quistma", "the newspaper Quist Ledger": an outlet named after
        # its kind (not "network", which a weekday or a country follows as often: "the network Tuesday")
    if nwords > 1 and "&" in words and "INDEX" not in ev:
        add("ORG", STRONG)
    # --- titles and honorifics
    if c.honorific:
        add("PERSON", FORM)
    elif c.titled and nwords <= 4 and not org_form:
        add("PERSON", STRONG + 1)
    if c.title_org and c.next in _PLACE_TITLES and not org_form and surface not in lex.known_org_alias:
        add("PLACE", STRONG)  # "Springfield Mayor Jane Roe", "Texas Gov. John Roe": the title's place
    elif c.title_org:
        add("ORG", STRONG)
    # --- words around the span
    prev_low = c.prev.lower()
    if prev_low == "by" and _POLL_BY_RE.search(text, max(0, c.start - 60), c.start) and not c.titled \
            and first not in lex.given_names and surface not in lex.places:
        add("ORG", STRONG)  # "a survey by Quist Polling", "analysts polled by Zorbo Estimates": a pollster
    elif prev_low in lex.person_cue_before and c.prev.islower() and 2 <= nwords <= 4 and not org_form \
            and (prev_low != "by" or all(_NAME_WORD_RE.match(w) for w in words)
                 and catalog_company(surface) is None and surface not in lex.known_org_alias
                 and not (words[-1] in media_words() and first not in lex.given_names)):
        add("PERSON", STRONG)  # "by" also names agents that are no people ("covered by Medicare Part B", "advised
        # by Quist Stanley", a listed bank named like a person, "compiled by Quist Chem Report", a publication)
    elif c.prev.islower() and (prev_low in lex.descriptor_words or prev_low in lex.org_nouns_after
                               or prev_low == "company" and c.prev2.islower()) \
            and not prev_low.endswith("s") and prev_low not in _PERSON_ABLE_NOUNS and not c.titled \
            and first not in lex.given_names and surface not in lex.places and "INDEX" not in ev \
            and f"{c.prev2} {prev_low}".lower() not in lex.product_nouns_before:  # "the bulk carrier X": a ship
        add("ORG", FORM)  # "law firm Quist Lane", "the nearby supplier Zorbo Crates": a company after its kind
    if c.next == "," and 2 <= nwords <= 4 and not org_form and not c.possessive and all(
            _NAME_WORD_RE.match(w) for w in words) and surface not in lex.places \
            and catalog_company(surface) is None and surface not in lex.known_org_alias:
        job = _JOB_APPOSITION_RE.match(text, c.end)
        if job is not None and job.group(1) in _JOB_NOUNS:
            add("PERSON", STRONG)  # "said Tan Wei Quist, the forum's executive director": a person's job
    if c.prev in ("of", "at", "the") and 2 <= nwords <= 4 and not c.possessive and surface not in lex.places \
            and surface not in lex.seat_metonyms and _POST_OF_RE.search(text, max(0, c.start - 40), c.start):
        add("ORG", STRONG)  # "Jane Quist, managing director of Quist Salvage": the employer of a company's post,
        # though named after its founder
    if c.prev == "late" and c.prev2 in ("the", "The") and nwords <= 4 and not org_form \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("PERSON", STRONG)  # "founded by the late Jane Roe": only a person dies
    if c.next == "," and c.next2.lower() in lex.person_cue_after and 2 <= nwords <= 4 and not org_form:
        add("PERSON", STRONG)
    if c.next == "," and c.next2 == "who" and surface not in lex.places:
        add("PERSON", STRONG if nwords > 1 else WEAK)
    if c.next == "," and c.next2 == "which":
        add("ORG", WEAK)
    if (c.next == "of" and nxt is not None and 2 <= nwords <= 3 and not org_form and first not in lex.institution_heads
            and text[c.end:nxt.start].strip() == "of" and _org_like(nxt, lex)):
        add("PERSON", STRONG)
    if c.next.islower() and c.next in lex.person_cue_before and nxt is not None and nxt.start - c.end < 16 \
            and c.next in text[c.end:nxt.start] and not (nwords == 1 and first in lex.role_first_words):
        # "Morningside Capital analyst Tomasz Wierzbicki"; after a possessive the role may be a person's own
        # ("Quistley's attorney, Jane Roe"), weak evidence as a spokesman (below)
        add("ORG", WEAK if c.possessive else STRONG)
    index_name = (surface in lex.indices or nwords > 2 and any(
        " ".join(words[:k]) in lex.indices and _NUMBER_END_RE.match(words[k - 1]) for k in range(2, nwords))) \
        and surface not in lex.known_org_alias  # (a numbered index cut to a sector: "S&P 500 Utilities | -1.8%")
    nlow = c.next.lower()
    if nlow in ("shares", "stock", "share") and c.next.islower() or (c.possessive and nlow in ("shares", "stock")):
        add("ORG", STRONG)
    elif c.next in _SHARE_CLASSES and c.next2 in ("shares", "stock", "share") and not index_name:
        add("ORG", STRONG)  # "Quistobras preferred shares plunged": a company's class of shares
    if c.next in _RECEIPTS and not c.possessive and surface not in lex.places and first not in lex.demonyms \
            and not index_name:
        add("ORG", STRONG)  # "Quistel ADRs rose 2%" (but "its New York ADRs", "U.S. ADRs": a market's)
    if prev_low in ("of", "in") and c.prev2.lower() in ("shares", "stock", "stake") \
            and not (prev_low == "in" and _SITE_STAKE_RE.search(text, max(0, c.start - 40), c.start)):
        add("ORG", STRONG)  # (not "its port-terminal stake in Quistxi": a stake in a site, somewhere)
    # an index's own figure is an index move, no company's ("the Quist 50's 4% gain", "Quist 50 +0.4%")
    if c.possessive and _FIGURE_RE.match(c.next) and c.next2 in ("%", "percent", "per", "pct") and not index_name:
        add("ORG", STRONG)  # "Fortescue's 7 per cent tumble"
    if prev_low == "for" and c.prev2 in _MEMBER_TITLES and not org_form:
        add("PLACE", STRONG)  # "the MP for Quistford North": a member's constituency
    if prev_low == "of" and c.prev2 in _MAKER_NOUNS and nwords <= 2 and not org_form:
        add("PRODUCT", STRONG)  # "the maker of Invisalign braces"
    if c.next == "," and c.next2 in lex.descriptor_words and c.next2 not in lex.person_cue_after \
            and _APPOSITIVE_RE.match(text, c.end) and not (
                c.next2 in _PERSON_ABLE_NOUNS and 2 <= nwords <= 3 and all(_NAME_WORD_RE.match(w) for w in words)):
        add("ORG", WEAK)  # "Naver, the operator of ...", "Infosys, the outsourcer" (not "Jane Roe, an activist")
    elif c.next == "," and not c.possessive and surface not in lex.places:
        head = _APPOSITIVE_HEAD_RE.match(text, c.end)
        noun = head.group(1) if head is not None else ""
        if (noun in lex.org_nouns_after or noun in lex.descriptor_words and not noun.endswith("s")
                and noun not in _PERSON_ABLE_NOUNS) and noun not in lex.person_cue_after and first not in lex.given_names:
            add("ORG", STRONG)  # "Quistra, the transport union, called ...": a body named by its head noun
        elif noun in lex.product_nouns_owned and first not in lex.given_names:
            add("PRODUCT", STRONG)  # "Quistfall Heroes, a strategy game, ...": a product named by its head noun
    if not index_name and ((c.next in (":", "(") and _LIST_MOVE_RE.match(text, c.end))
                           or c.next == "(" and _PAREN_MOVE_RE.match(text, c.end) and surface not in lex.places or (
            _FIGURE_RE.match(c.next) and c.next2 in ("%", "percent") and not _modifies_figure_noun(c, text))
            or _SIGNED_MOVE_RE.match(text, c.end)
            or c.next == "|" and text[max(0, c.start - 1):c.start] in ("", "\n") and _PIPE_ROW_MOVE_RE.match(text, c.end)
            or (_UP_DOWN_RE.match(text, c.end) or _BARE_UP_DOWN_RE.match(text, c.end) and surface not in lex.places
                and c.prev.lower() not in _PLACE_PREPOSITIONS) and not c.possessive):
        add("ORG", STRONG)  # "Meituan: -4.87%", "LVMH 2%": a company in a list of moves
    elif not index_name and not c.possessive and nwords <= 4 and surface not in lex.places \
            and first not in lex.time_words and first not in lex.given_names \
            and (first not in lex.demonyms or nwords >= 3 and not last.endswith("s") and last[1:].islower()):
        # (a demonym opens a listed company's name of three words: "Freedonian Zorbic Platinum added 0.9%"; not
        # "European Banks" nor "British Quist" alone)
        after = _APPOSITION_RE.match(text, c.end)
        move = _VERB_MOVE_RE.match(text, after.end() if after is not None else c.end)
        if move is not None and move.group(1) in lex.market_verbs:
            # "Quistair recovered 2.6% in Porto", "Quistair, the Freedonian carrier, added 2.2%": the subject of a
            # share move, with or without an apposition between them
            add("ORG", STRONG)
    if nwords == 1 and text[max(0, c.start - 2):c.start] == "(„" and text[c.end:c.end + 2] in ("“)", "”)", '")') \
            and catalog_company(surface) is None and surface not in lex.known_org_alias:
        add("OTHER", FORM)  # 'accounting violations („Bilanzquist“)': a German word glossed in its own quotation marks
    if prev_low == "the" and not org_form and not c.possessive and text and _QUOTED_WITH_ARTICLE_RE.search(
            text, max(0, c.start - 6), c.start) and text[c.end:c.end + 1] in _CLOSE_QUOTES:
        add("OTHER", FORM)  # 'the deal was "the Quist Stone" of the case': a figure of speech quoted with its article
    if nwords <= 4 and not c.possessive and surface not in lex.places and first not in lex.given_names \
            and c.next in ("is", "was", "remains", "has", "had", ",") and _COMPANY_STATE_RE.match(text, c.end):
        add("ORG", STRONG)  # "Quistor is privately held", "Quistor, which is publicly traded,": a company
    if not c.possessive and nwords <= 3 and not org_form and text and c.prev == "," \
            and _DATELINE_CITY_BEFORE_RE.search(text, max(0, c.start - 40), c.start) \
            and _DATELINE_REGION_AFTER_RE.match(text, c.end):
        add("PLACE", STRONG)  # "KUDUS, Central Quava - At her kiosk ...": the region of a dateline's town
    if c.possessive and nwords <= 3 and not org_form and text and _COAST_AFTER_RE.match(text, c.end) \
            and catalog_company(surface) is None and surface not in lex.known_org_alias:
        add("PLACE", STRONG)  # "a town on Quava's north coast": the land whose coast it is
    if c.next == "," and nwords <= 3 and not c.possessive and not org_form and surface not in lex.places \
            and text and _AGE_ASIDE_RE.match(text, c.end) and catalog_company(surface) is None \
            and surface not in lex.known_org_alias:
        add("PERSON", STRONG)  # "Quistaye, 46, spent 11 years auditing": a person's age in apposition
    if c.next == "," and nwords <= 3 and not c.possessive and surface not in lex.places \
            and first not in lex.given_names and _ITS_ASIDE_RE.match(text, c.end):
        add("ORG", STRONG)  # "Quistair, to its credit, hedged": "its" refers back to a company
    if nwords >= 2 and last[:3] in ("al-", "el-") and first in lex.given_names and not org_form:
        add("PERSON", STRONG)  # "Omar al-Quist": a given name, then a family name with its Arabic article
    if _unpossessed(c.next) in lex.product_cues_after \
            and _unpossessed(c.next) in ("maker", "makers", "app", "device", "phone", "console"):
        add("PRODUCT", STRONG)  # "the Quistpad maker", "the Quistpad maker's forecast": what a company makes
    if nwords <= 3 and not org_form and catalog_company(surface) is None and surface not in lex.known_org_alias \
            and first not in lex.given_names:
        owned = _OWNED_APPOSITION_RE.match(text, c.end)
        if owned is not None and owned.group(1) in lex.product_nouns_owned and not c.possessive:
            add("PRODUCT", STRONG)  # "Zorbex, its best-selling drug, ...": what a company owns, named in apposition
        elif c.next in lex.product_nouns_owned and c.prev.endswith(("'s", "’s")) and c.prev[:1].isupper() \
                and not c.possessive:
            add("PRODUCT", STRONG)  # "Quistel's Zorbex drug", "Brindle's Velo SUV": a maker's product before its noun
        elif prev_low == "of" and c.prev2 in _PRODUCT_FLOW_NOUNS and not c.possessive:
            add("PRODUCT", STRONG)  # "sales of Zorbex rose": what is sold, shipped or prescribed
        elif first in _SHIP_PREFIXES and nwords > 1:
            add("PRODUCT", FORM)  # "the MV Quist Star": a ship
        elif _ABOARD_RE.search(text, max(0, c.start - 24), c.start) or c.next in _VESSEL_VERBS and not org_form:
            add("OTHER", STRONG)  # "aboard the Quist Star", "the Quist Star docked": a ship (or a craft), typed as
            # `recognize._default_kind` types a ship's name that takes the article
        elif not c.possessive and surface not in lex.places:
            thing = _owned_thing(c, text, lex)
            if thing:
                add(thing, STRONG)  # "its Zorbex electric sedan", "whose Vallo Negro project": what an owner makes or runs
    if c.next in _YIELD_NOUNS and (len(words) == 1 and "-" in first or _after_yield_noun(c.next2, lex)) \
            and not c.possessive and not org_form \
            and nwords <= 2 and surface not in lex.places and surface not in lex.known_org_alias \
            and catalog_company(surface) is None and first not in lex.given_names:
        add("OTHER", STRONG)  # "Bund yields widened", "the Quistan-Bund spread": a bond market's yield or spread
    if prev_low == "the" and c.next in _PROJECT_NOUNS and not c.possessive and not org_form \
            and catalog_company(surface) is None and surface not in lex.known_org_alias and surface not in lex.places:
        add("OTHER", WEAK + 1)  # "the Zorbo project", "the Quist scheme": a project's name (weak: "Zorbo said"
        # elsewhere makes it the company whose project it is)
    if (c.next in lex.product_nouns or (c.next2 in lex.product_nouns and c.next in ("web", "mobile", "AI"))) \
            and catalog_company(surface) is None and text.find(surface.lower()) < 0 and first not in lex.demonyms:
        add("PRODUCT", STRONG)  # "DeepSeek's R1 model", "the ChatGPT chatbot", "the Mosaic web browser"
    elif nwords <= 2 and not c.possessive and not org_form \
            and (catalog_company(surface) is None or _coordinated_with_own_model(c, nxt)) \
            and surface not in lex.known_org_alias and surface not in lex.places and first not in lex.given_names \
            and first not in lex.demonyms and _coordinated_product(c, text, lex):
        # "its Zorvex and Quistara models", "the ZX4, ZX5 and ZX7 vehicles": a maker's models; a listed company's
        # name too when it is coordinated with its own model ("the Quist and Quist X models": the line, then a model)
        add("PRODUCT", STRONG)
    if prev_low == "the" and not c.possessive and not org_form and catalog_company(surface) is None \
            and surface not in lex.known_org_alias and surface not in lex.places:
        if c.next in ("holiday", "holidays", "festival"):
            add("OTHER", STRONG)  # "after the Dragon Quist holiday": a holiday or a festival, no body
        elif c.next == "rate" and nwords == 1:
            add("OTHER", STRONG)  # "the Quistic rate": a benchmark rate's own name (not "the Fed rate")
    if nwords <= 3 and not c.possessive and not org_form and text and catalog_company(surface) is None \
            and surface not in lex.known_org_alias and _maturity_bond(c, text):
        add("OTHER", FORM + 1)  # "the yield on the 10-year Quistian Bund rose": a government's bond
    if prev_low == "the" and c.next in ("brand", "brands", "label") and not c.possessive and not org_form \
            and catalog_company(surface) is None:
        add("PRODUCT", STRONG)  # "which owns the Vellora brand": a brand, not a company
    elif (c.next in _LINE_NOUNS or c.next2 in _LINE_NOUNS and c.next.isalpha() and c.next.islower()
          and c.next not in lex.market_verbs and c.next not in lex.speech_verbs) \
            and not c.possessive and not org_form and catalog_company(surface) is None \
            and surface not in lex.known_org_alias and surface not in lex.places and last not in lex.place_heads \
            and (prev_low in ("the", "its", "their") or c.prev.endswith(("'s", "’s")) and c.prev[:1].isupper()
                 and c.prev[:-2] not in lex.places
                 or c.prev in ("'", "’") and c.prev2.endswith("s") and c.prev2[:1].isupper()):
        add("PRODUCT", STRONG)  # "Quorvel's Zemby series ovens", "the Zemby range meets", "its Zemby construction
        # range", "Quist Games' Zemby range": a maker's product line
    if text and "ecall" in text[max(0, c.start - 60):c.start] and not c.possessive and not org_form and nwords <= 3 \
            and first not in lex.given_names and catalog_company(surface) is None and surface not in lex.known_org_alias \
            and surface not in lex.places and not c.titled \
            and _RECALLED_BEFORE_RE.search(text, max(0, c.start - 60), c.start) \
            and _RECALLED_NOUN_AFTER_RE.match(text, c.end) \
            and not (nwords > 1 and _named_alone(first, words[1], text)):
        add("PRODUCT", STRONG)  # "recalling 1.4 million Zorbo building sets", "the recall of Quistblå infant
        # formula", "recall 6,200 of its Zorbo scooters": what a recall takes back is a product
    if text and not org_form and catalog_company(surface) is None and _OPEN_QUOTE_BEFORE_RE.search(
            text, max(0, c.start - 31), c.start) and _QUOTED_LINE_AFTER_RE.match(text, c.end):
        add("PRODUCT", STRONG)  # 'Brightmore's "Zorbo's Table" range': a product line named in quotation marks
    elif (c.prev in (_OWNERS | {"and", ",", "the", "include", "including", "as"})
          or c.prev.endswith(("'s", "’s"))) and not c.possessive \
            and not org_form and text \
            and catalog_company(surface) is None and _in_brand_list(c, text):
        add("PRODUCT", STRONG + ("&" in words))  # "whose Vellora and Quids brands", "its Vellora, Quids and Zorbo
        # labels": brands (over the company a name joined by "&" makes of itself: "under the Quist & Zorbo brands")
    elif not c.possessive and last not in lex.legal_suffixes and text and catalog_company(surface) is None \
            and surface not in lex.known_org_alias and surface not in lex.places and _owners_brand(c, text, lex):
        # "Zorbo Group, owner of Quist Gas,": a brand the company owns (over the form of a
        # company's name and the organisation "owner of" makes: the descriptor says whose it is)
        add("PRODUCT", FORM + 1)
    if prev_low == "the" and c.prev2 == "of" and not c.possessive and not org_form and text \
            and catalog_company(surface) is None and surface not in lex.known_org_alias \
            and _OWNER_OF_THE_RE.search(text, max(0, c.start - 40), c.start) and _BANNER_AFTER_RE.match(text, c.end):
        add("PRODUCT", STRONG)  # "Quist Holdings, the owner of the Zorbo bakery chain,": the banner the owner trades
        # under, named so by its owner
    if c.next in _BANNER_NOUNS and not c.possessive and not org_form and catalog_company(surface) is None \
            and surface not in lex.known_org_alias and (c.prev in ("its", "their") or prev_low == "the"
                                                       and c.prev2 in _OWNING_VERBS):
        add("PRODUCT", WEAK + 1)  # "its Zorbo stores", "which owns the Zorbo chain": a banner its owner trades under
        # (weak: "Zorbo shares fell" or "Zorbo said" elsewhere makes it the company)
    if c.prev in ("a", "an", "A", "An") and nwords <= 2 and not c.possessive and not org_form \
            and (c.next in (",", ".", ";", ":", ")") or c.next in _AFTER_A_THING) \
            and catalog_company(surface) is None and surface not in lex.known_org_alias and surface not in lex.places \
            and first not in lex.given_names and first not in lex.demonyms and not c.titled:
        add("PRODUCT", STRONG)  # "every class that keeps a Quistpen has a nurse", "hand out a Quistpen without ...": a
        # name with the indefinite article and no noun after it is one thing of its kind ("a Quistco spokesman" is
        # the company's)
    if not org_form and _device_product(c, text, lex):
        add("PRODUCT", STRONG)
    if prev_low == "like" and c.prev2 in lex.product_nouns and catalog_company(surface) is None:
        add("PRODUCT", STRONG)  # "models like GPT", "products like ChatGPT"
    if nwords <= 2 and not c.possessive and c.prev.endswith(("'s", "’s")) and c.prev[:-2] in lex.social_platforms \
            and c.next in _FORUM_NOUNS:
        add("OTHER", FORM + STRONG)  # "Reddit's Quistbets forum": a forum on a network, no organisation
    if nwords <= 3 and not c.possessive and not org_form and surface not in lex.known_org_alias \
            and catalog_company(surface) is None and (c.prev in ("the", "The") or c.prev in ("and", "or") and (
                _PEOPLE_LIST_BEFORE_RE.search(text, max(0, c.start - 60), c.start) is not None)) \
            and _PEOPLE_AFTER_RE.match(text, c.end):
        add("OTHER", FORM + STRONG)  # "the Banjora people", "the Quista Korra and Zorbo (QKZ) people": a people named
        # by its own name, no organisation (its body is named so: "the QKZ Aboriginal Corporation")
    if nwords <= 3 and c.next in ("moment", "moments") and not c.possessive:
        add("OTHER", FORM + 1)  # "not China's Quist Brothers moment", "a Zorbo moment": an event the name stands for
        # (a crisis, a turn), no mention of the firm or the person
    if nwords <= 2 and c.next in lex.malware_nouns_after and c.next2 not in _CREW_NOUNS and not c.possessive \
            and not org_form and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("OTHER", STRONG)  # "the Quistpetya malware", "the Zorbo ransomware": a program, not its makers (but "the
        # Zorbo ransomware group" names the gang)
    if nwords <= 2 and c.next in _DISEASE_NOUNS and not c.possessive and not org_form and surface not in lex.places \
            and surface not in lex.known_org_alias and catalog_company(surface) is None:
        add("OTHER", STRONG)  # "the Zorbo virus", "Quistella contamination", "a Vexia outbreak": a disease or a germ
    if PLUS_NAME_RE.match(text, c.end) and not c.possessive and not _RATING_RE.match(last) \
            and surface not in lex.known_org_alias:
        add("PRODUCT", FORM + STRONG)  # "the Vorlo Stride+", "the Stride+": a product named with a plus (over a
        # listed company's word: the plus names the product, not the company the catalog lists by that word)
    if nwords == 1 and model_designator(first, c.next) and catalog_company(first) is None \
            and first not in lex.known_org_alias:
        add("PRODUCT", FORM)  # "the Q190-X2 jets", "the ZP-4100 engine": a model's designator
    elif nwords == 1 and (_MODEL_NAME_RE.match(first) or _MODEL_SERIES_RE.match(first)):
        add("PRODUCT", WEAK)  # "R1", "GPT-4"; "the smaller Q7-20": a model of a series
    elif nwords > 1 and _LETTERED_DESIGNATOR_RE.match(last) and not org_form \
            and not any(catalog_company(n) is not None or n in lex.known_org_alias for n in (surface, " ".join(words[:-1]))):
        # "for the Quistral Q7", "the Zorbo ZP-9 pistol": a family's name and its model (a maker the catalog knows,
        # "Airbus A320", is left to name the maker)
        add("PRODUCT", STRONG)
    elif nwords == 1 and _MODEL_VARIANT_RE.match(first) and catalog_company(first) is None:
        add("PRODUCT", STRONG)  # "six Q321neo deliveries", "two Z90xs": a model and its variant
    elif nwords == 1 and text and model_suffix_written(first, text) and catalog_company(first) is None \
            and first not in lex.known_org_alias and first not in lex.indices and first not in lex.exchange_prefixes:
        add("PRODUCT", STRONG)  # "the MAX" in a text on "the Quistair 737 MAX": the model the suffix names
    person_shaped = 2 <= nwords <= 3 and all(_NAME_WORD_RE.match(w) for w in words) and not org_form
    if _LENGTH_MOVE_RE.match(text, c.end):
        pass  # "the middle Quell fell to 31 centimetres": a river's or a sea's level, no company's shares
    elif (c.next in lex.market_verbs and not (person_shaped and c.next in lex.speech_verbs)) \
            or (c.next in ("has", "have", "was", "is") and c.next2 in lex.market_verbs) \
            or (c.next in ("was", "were", "is", "are", "closed", "ended", "traded") and c.next2 in lex.market_states):
        add("ORG", WEAK)  # "Tech Mahindra was little changed", "POSCO Holdings was flat" (but "Jane Roe warned")
    elif nwords == 1 and c.next in lex.speech_verbs and first not in lex.given_names \
            and prev_low not in _PLACE_PREPOSITIONS:  # "Rivian said" (not "a teacher from Quistford said")
        add("ORG", WEAK)
    job = c.prev2.title()
    if prev_low == "at" and (job in lex.role_titles
                             or len(job) > 4 and job.endswith("s") and job[:-1] in lex.role_titles):
        add("ORG", STRONG)  # "an analyst at Nordea Markets", "Analysts at Quistley Marsh said": a job at an employer
    elif prev_low in ("in", "at", "near") and surface not in lex.known_org_alias and not org_form and nwords <= 2 \
            and last not in lex.org_heads and not c.possessive:
        # "in Congress" is no place; "a firm near Harwick"; "at Quist's casino", "in Jane Roe's screening room":
        # the place is what the name owns
        add("PLACE", WEAK)
    elif prev_low in ("across", "throughout") and not c.possessive and not org_form and nwords <= 2 \
            and surface not in lex.known_org_alias and catalog_company(surface) is None \
            and not (c.next.isalpha() and c.next.islower() and c.next not in _FUNCTION):
        add("PLACE", WEAK)  # "shares rose across Freedonia on Monday" (not "across Quistel stores")
    if nwords >= 2 and first in lex.given_names and not org_form:
        add("PERSON", WEAK + 1)
    elif nwords == 2 and not org_form and (SYLLABLE_GIVEN_NAME_RE.fullmatch(first) and _NAME_WORD_RE.match(last)
                                           or SYLLABLE_GIVEN_NAME_RE.fullmatch(last) and _NAME_WORD_RE.match(first)
                                           and first not in lex.places and catalog_company(surface) is None):
        add("PERSON", FORM)  # "Sun-hee Park", "Park Ji-hoon": a given name of two hyphened syllables, before or after
        # the surname (outweighs the place head "Park")
    elif 2 <= nwords <= 4 and _INITIAL_RE.match(first) and first not in lex.places \
            and first not in lex.known_org_alias and all(_NAME_WORD_RE.match(w) or _INITIAL_RE.match(w)
                                                             or CAMEL_RE.match(w) for w in words[1:]) \
            and not org_form and _NAME_WORD_RE.match(last):
        add("PERSON", WEAK + 1)  # "T.R. Quistberg", "J. Harlan DeWitt": initials lead a person's name
    elif 3 <= nwords <= 4 and not _INITIAL_RE.match(first) and _NAME_WORD_RE.match(first) \
            and all(_INITIAL_RE.match(w) for w in words[1:-1]) and _NAME_WORD_RE.match(last) \
            and not _INITIAL_RE.match(last) and not org_form and first not in lex.places \
            and first not in lex.known_org_alias and catalog_company(surface) is None:
        add("PERSON", WEAK + 1)  # "Tamsin R. Vorle", "Odile K. J. Brannock": a middle initial between two names
    district = surface in _DISTRICT_METONYMS and c.prev in ("the", "The") and not c.next[:1].isupper() \
        and c.next != "of" and c.next not in lex.speech_verbs and c.next not in _SEAT_ACTOR_NEXT \
        and _MARKET_PROSE_RE.search(text) is not None
    if district:
        add("PLACE", FORM)  # "the City's big houses", "jobs in the City": London's financial district
    elif catalog_company(surface) is not None and not c.titled:
        add("ORG", STRONG - 1)
    if nwords == 1 and (CAMEL_RE.match(first) or is_acronym(first)):
        add("ORG", WEAK / 2)
    if first[0].islower() and first[1:2].isupper():
        add("PRODUCT", WEAK + 1)  # iPhone, iPad (eBay has stronger company evidence: catalog, verbs)
    if exchange_traded_fund(c, text):
        ev["INDEX"] = max(ev.values(), default=0.0) + 1.0  # a fund traded like a share, quoted like an index
        ev.pop("ORG", None)
    if nwords > 1 and last in _FUND_WORDS and c.next == "(" and _LISTED_FUND_MOVE_RE.match(text, c.end):
        move = _LISTED_FUND_MOVE_RE.match(text, c.end)
        if move.group(1) in lex.market_verbs or move.group(1) in ("up", "down"):
            # "the Quist Energy Income Fund (QEIF) rose 0.7%": a listed fund, quoted like an index
            ev["INDEX"] = max(ev.values(), default=0.0) + 1.0
            ev.pop("ORG", None)
    if nwords == 1 and not c.possessive and (c.prev in ("the", "The") or c.prev2 in ("the", "The")
                                             and c.prev.isalpha() and c.prev.islower() or "-" in c.prev) \
            and first not in lex.exchange_prefixes and catalog_company(first) is None \
            and first not in lex.known_org_alias and _index_stem(first, text):
        move = _VERB_MOVE_RE.match(text, c.end)
        if move is not None and move.group(1) in lex.market_verbs:
            # "the broad Quix added 0.6%" beside "the blue-chip Quix20 index": an index family's short name
            ev["INDEX"] = max(ev.values(), default=0.0) + 1.0
            ev.pop("ORG", None)
    if _exchange_index_move(c, text, lex):
        # "the Quistdaq fell 7.4%", "Quistdaq +0.5%", "the Quistdaq's losses": an exchange whose figure moves is its
        # index (but "listed on Quistdaq")
        ev["INDEX"] = max(ev.values(), default=0.0) + 1.0
        ev.pop("ORG", None)
    return ev


#: the evidence of an exchange-traded fund named so by its article (`exchange_traded_fund`): a mark the corpus step
#: reads to type the fund so in every article, over the organisation its head word "Fund" makes of it elsewhere
FUND_SCORE = FORM + STRONG + 0.5


def exchange_traded_fund(c: Candidate, text: str) -> bool:
    """True for a fund's name (closed by "Fund") that its apposition or the noun before it says trades on an
    exchange: "the Quist Gas Fund, an exchange-traded fund that holds ...", "the Quist Gas Fund (QGF), the biggest
    exchange-traded product on gas", "exchange-traded funds such as the Quist Gas Fund". Such a fund is
    quoted like an index, no organisation (a sovereign fund, "the Quist Investment Fund, a state fund", is one)."""
    return len(c.words) > 1 and c.words[-1] in _FUND_WORDS and not c.possessive and (
        _ETF_APPOSITION_RE.match(text, c.end) is not None
        or _ETF_BEFORE_RE.search(text, max(0, c.start - 60), c.start) is not None)


def _owned_thing(c: Candidate, text: str, lex: Lexicon) -> str:
    """"PRODUCT" for a name between an owner (its, their, whose, a possessive; "the" or "a" for a product) and a
    product's noun, a model number or up to two modifiers between ("its Zorbex electric sedan", "the Quisto 7
    crossover", "the Tezla range of electric vans"); "OTHER" for a project's name after its owner ("whose Vallo Negro
    project", "Zorbo Mining's Quista copper project"); "" otherwise. The noun must close the phrase: in "the Quisto
    electric car maker" the name is the maker's."""
    owner = c.prev in _OWNERS or c.prev in _FLAGSHIP_WORDS and c.prev2 in _OWNERS \
        or c.prev.endswith(("'s", "’s", "s'", "s’")) and c.prev[:1].isupper() \
        or c.prev in ("'", "’") and c.prev2.endswith("s") and c.prev2[:1].isupper() and c.prev2.isalpha()
    # "Quist Systems' Zorbo rocket" (not a closing quote after a possessive: "'Sly' Jo's' Roe ship")
    article = c.prev in ("the", "The", "a", "an")
    # one of its kind: "a Quisto scooter", "a parked Quisto scooter", "A burning Quisto scooter" (an indefinite
    # article, a participle between or not), which no company's name takes
    one_of = c.prev in ("a", "an", "A", "An") or c.prev2 in ("a", "an", "A", "An") and _PARTICIPLE_RE.fullmatch(c.prev)
    if not (owner or article or one_of):
        return ""
    m = _OWNED_THING_RE.match(text, c.end)
    if m is None:
        return ""
    mods, noun = m.group(1).split(), m.group(2)
    if any(w in _FUNCTION or w in lex.market_verbs or w in lex.speech_verbs for w in mods) or noun == "brand":
        return ""  # (a brand is a name's own: "the Roe brand" is a person's as often)
    if not owner and not one_of and not mods and m.group(0)[:m.start(1) - m.start(0)].strip() == "" \
            and noun not in _RANGE_NOUNS and not _NUMBERED_MODEL_RE.search(c.words[-1]):
        return ""  # after "the", a modifier or a model number between: "the Quisto software" may be the maker (not
        # a name closed by its model's number: "the Quistar-1 satellites")
    if noun in lex.product_nouns_owned or noun.lower() in lex.product_nouns_owned \
            or noun in _RANGE_NOUNS and text.startswith(" of ", m.end()):
        return "PRODUCT"
    if owner and not m.group(3) and noun in _OWNED_PROJECT_NOUNS:
        return "OTHER"
    return ""


def _index_stem(word: str, text: str) -> bool:
    """True when `text` names an index whose name is `word` and a number ("Quix20", "Quix 50") or `word`, a hyphen
    and a capitalised word before "index" ("the Quix-Lenders sector index"): `word` is that index family's name."""
    return re.search(rf"(?<![\w&-]){re.escape(word)}(?:[ \t]?\d{{2,4}}\b|-[A-Z][\w]*[ \t]+(?:[a-z-]+[ \t]+)?"
                     r"(?:index|indices|indexes)\b)", text) is not None


#: the two-word heads of a commercial site's name ("Quistside Business Park", "Zorbo Industrial Estate")
_SITE_NAME_ENDS = frozenset((kind, head) for kind in ("Business", "Retail", "Industrial", "Science", "Technology",
                                                        "Office", "Trading", "Shopping", "Enterprise", "Logistics")
                            for head in ("Park", "Estate"))
_SITE_DETERMINERS = frozenset({"its", "their", "our"})
# after "the", only a pit, a smelter, a pipeline or a port is named for its site or its route ("the Quistmoor mine",
# "the Keystone pipeline", "the Halvik port"); a plant, a depot or a branch is as often named for its owner
# ("the Zorbo plant")
_EXTRACTION_SITES = frozenset({"mine", "mines", "smelter", "smelters", "quarry", "deposit", "oilfield",
                               "pipeline", "pipelines", "port"})


def _site_name(c: Candidate, lex: Lexicon, text: str = "") -> bool:
    """True for a name between an owner (a possessive) and a site noun, with at most one lower-case word between
    them ("its Harlow plant", "the bank's Quist Road branch", "Zorbo Metals' Harlow smelter"), or between "the"
    and a mine or smelter ("the Quistmoor copper mine"): the name of a site its owner runs, not an
    organisation. A company known to the catalog before such a noun ("the Acme plant") is the owner."""
    if c.possessive:
        return False
    if text and len(c.words) == 1 and c.prev in (",", ":", "and") and c.next in (",", ".", "and", ";", ")") \
            and c.surface not in lex.known_org_alias and catalog_company(c.surface) is None:
        listed = _COUNTED_SITES_RE.search(text, max(0, c.start - 100), c.start)
        if listed is not None and listed.group(1)[:-1] in lex.site_nouns_after:
            return True  # "at two more nuclear plants, Quistau and Zorbeck,": the sites a counted plural names
    if c.next == "and" or c.prev == "and":
        # "its Quistau and Zorbeck plants": two sites an owner runs, listed before one plural noun
        return _listed_sites(c, lex, text)
    if not c.next.islower():
        return False
    owner = c.prev.endswith(("'s", "’s", "s'", "s’")) and c.prev[:1].isalpha() or c.prev in ("'", "’")
    if c.next in _OWNED_SITE_NOUNS and (owner or c.prev in _OWNER_DETERMINERS) \
            and c.surface not in lex.known_org_alias and catalog_company(c.surface) is None:
        return True  # "Tollgate's Quistfair office", "its Zorbcombe creamery": where the owner works, no body
    noun = c.next if c.next in lex.site_nouns_after else (
        c.next2 if c.next.isalpha() and c.next2 in lex.site_nouns_after and c.next not in lex.market_verbs
        and c.next not in lex.speech_verbs else "")
    if not noun:
        return False
    extraction = c.prev == "the" and noun in _EXTRACTION_SITES
    # (the determiner may open the sentence: "Our Quistpur plant has approval")
    return (c.prev.lower() in _SITE_DETERMINERS or owner or extraction) and c.surface not in lex.known_org_alias \
        and catalog_company(c.surface) is None


# a possessive's mark, then a site's name of one or two words and its noun ("'s Zorbadinho mine", "'s Quist Hill
# copper mine")
_OWNED_SITE_AFTER_RE = re.compile(r"(?:['’]s?)?[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]+([a-z]+)\b(?:[ \t]+([a-z]+)\b)?")


def _owned_site_after(end: int, text: str, lex: Lexicon) -> bool:
    """True when a named site and its noun follow a possessive ("Quistel's Zorbadinho mine", "Zorbo's Quist Hill
    copper smelter"): the possessor runs the site."""
    after = _OWNED_SITE_AFTER_RE.match(text, end)
    if after is None:
        return False
    noun = after.group(1) if after.group(1) in lex.site_nouns_after else after.group(2) or ""
    return noun in lex.site_nouns_after and noun not in _GENERIC_SITES


#: site nouns a town's own things take as often as an owner's ("Quistford's Zorbo Street branch", "... centre")
_GENERIC_SITES = frozenset({"branch", "centre", "center", "hub", "site", "operation", "operations", "headquarters",
                            "campus", "port", "field", "fields"})


#: a company's premises, named after their place only after the owner ("Tollgate's Quistfair office", "its Zorbcombe
#: creamery", "the company's Quistpur showroom"; "the Senate office" is the body's)
_OWNED_SITE_NOUNS = frozenset({"office", "offices", "creamery", "brewery", "distillery", "bakery", "dairy", "showroom",
                               "dealership", "store", "flagship"})  # (not "its Zorbo stores": a chain's brand as often)
_OWNER_DETERMINERS = frozenset({"its", "their", "our", "his", "her"})
# a counted plural site noun, then the names of the sites: "two more nuclear plants, Quistau and Zorbeck"
_COUNTED_SITES_RE = re.compile(r"\b(?:two|three|four|five|six|both|several)[ \t]+(?:[a-z-]+[ \t]+){0,2}([a-z]+s)"
                               r"[ \t]*[,:][ \t]+(?:[A-Z][\w-]*(?:,[ \t]+|[ \t]+and[ \t]+))*\Z")
_LISTED_SITE_AFTER_RE = re.compile(r"[ \t]+and[ \t]+[A-Z][\w-]*[ \t]+([a-z]+s)\b")
_LISTED_SITE_BEFORE_RE = re.compile(r"\b(?:its|their|our)[ \t]+[A-Z][\w-]*[ \t]+and[ \t]+\Z")


#: the noun of an area a name is given to, with at most one word between ("the Quist Reach zone", "its Zorbo Deep
#: offshore zone", "the 1.8GW Quist Deep zone"), closing the phrase
_ZONE_AFTER_RE = re.compile(r"(?:[ \t]+[a-z][a-z-]*)?[ \t]+zones?\b(?!-)")
_ZONE_DETERMINERS = frozenset({"the", "The", "its", "their", "our"})
_FIGURE_UNIT_BEFORE_RE = re.compile(r"\d[ \t]?[A-Za-z]{1,4}[ \t]+\Z")  # "1.8GW ", "2.1 GW ", "500 MW "


def _zone_name(c: Candidate, lex: Lexicon, text: str) -> bool:
    """True for a name between a determiner, an owner's possessive or a figure ("the", "its", "RWE's", "1.8GW")
    and the noun "zone" ("the Quist Reach zone", "its Zorbo Deep offshore zone", "the 2.1 GW Quist Reach zone"): the
    name of a licensed or designated area of sea or land, no organisation and no person. A known organisation
    before the noun ("the NATO zone") stays itself."""
    if not text or c.possessive or _ZONE_AFTER_RE.match(text, c.end) is None:
        return False
    owner = c.prev.endswith(("'s", "’s")) and c.prev[:1].isupper()
    figure = _FIGURE_UNIT_BEFORE_RE.search(text, max(0, c.start - 16), c.start) is not None
    return (c.prev in _ZONE_DETERMINERS or owner or figure) and c.surface not in lex.known_org_alias \
        and catalog_company(c.surface) is None


def _listed_sites(c: Candidate, lex: Lexicon, text: str) -> bool:
    """True for one of two one-word names between an owner and a plural site noun: "its Quistau and Zorbeck
    plants" (both names are sites)."""
    if not text or len(c.words) != 1 or c.surface in lex.known_org_alias or catalog_company(c.surface) is not None:
        return False
    if c.next == "and" and c.prev in _SITE_DETERMINERS:
        after = _LISTED_SITE_AFTER_RE.match(text, c.end)
        return after is not None and (after.group(1) in lex.site_nouns_after
                                      or after.group(1)[:-1] in lex.site_nouns_after)
    if c.prev == "and" and c.next.islower() and c.next.endswith("s") and (
            c.next in lex.site_nouns_after or c.next[:-1] in lex.site_nouns_after):
        return _LISTED_SITE_BEFORE_RE.search(text, max(0, c.start - 60), c.start) is not None
    return False


def _org_like(c: Candidate, lex: Lexicon) -> bool:
    words = c.words
    last = words[-1].rstrip(".,")
    return (last in lex.legal_suffixes or last in lex.org_heads or words[0] in lex.institution_heads
            or len(words) > 1 and words[0] in lex.org_lead_words
            or c.surface in lex.known_org_alias or catalog_company(c.surface) is not None or "&" in words)


def best_type(ev: dict[str, float]) -> tuple[str, float]:
    """Type with the highest score (ties: the order of `TYPES`). Output: (type, score); ('', 0) if no evidence."""
    best, score = "", 0.0
    for kind in TYPES:
        value = ev.get(kind, 0.0)
        if value > score:
            best, score = kind, value
    return best, score
