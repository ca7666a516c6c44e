"""Noun phrases around a move figure: the subject before a verb, the object of "a 4.6% decline in X", the
subject opening a clause. Grammar only: a company is a capitalised noun phrase (with its legal suffix and an
optional ticker) in subject position; a lower-case phrase is an index or sector ("airline stocks", "the retail
sector"), a commodity or currency ("Brent crude", "the yen"), a non-move quantity ("revenue", "consumer
prices"), or a descriptor that points back to an earlier company ("the chip equipment maker", "its shares").
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from collections.abc import Sequence
from typing import Literal

from analysis.companies import listed_companies, region_of
from analysis.entities.catalog import get_lexicon
from analysis.lexicon import move_words

SubjectKind = Literal["share", "index", "coref", "reject"]

#: The capital letters of the Latin alphabets, accented ones too ("Ń", "Ø", "Ü"): a name may open on them ("Ørsted",
#: "Électricité de France") and a name in capitals may carry them.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: One word of a name; an exclamation mark inside a word belongs to it ("Kix!radio", "bOp!media"), one closing a
#: sentence does not. A word may open on digits ("3M", "23andMe"), but not an amount of money's ("£310m", "£6.8bn":
#: digits after a currency sign or a decimal point, or before a magnitude in small letters), nor a currency's letters
#: before its dollar sign ("C$41.20", "HK$3.10": a price, not a company "C"), nor one letter cut short before a word in
#: small letters (a genus, "E. coli", "S. aureus": no name "E").
_WORD = (r"(?:(?![" + CAPITALS + r"]\.\s+[a-z])[" + CAPITALS + r"](?![\w&'’.\-]*\$)[\w&'’.\-]*(?:![a-z][\w&.\-]*)?(?:\+[A-Z][\w&'’.\-]*)*|[a-z]+[A-Z][\w&.\-]*(?:![a-z][\w&.\-]*)?|"
         r"(?<![\d.,£$€¥])\d+(?!(?:bn|mn|m|k|tn|bln|mln)\b)[A-Za-z][\w&.\-]*|&)")
_JOIN = r"(?:\s+(?:(?:of|de|du|der|van|von|del|di|la|le|&|\+)\s+)?" + _WORD + r"|\s+\((?:International|Holdings|Group)\)|(?<!['’]s)(?<!['’])\s+\d[\d.]*(?![\d.]*,\d)(?![\d.]*\s*(?:%|per|pct|percent))|\s+plc\b|\s+[AIK]/S\b)"
#: A name written in small letters with a capital inside ("easyJet", "eBay", "iShares").
_CAMEL_NAME = re.compile(r"[a-z]{1,6}[A-Z][A-Za-z]*$")
NP = _WORD + _JOIN + r"*"
NP_RE = re.compile(NP)
_TICKER_PAREN = (r"(?:\s*\((?:[A-Za-z]+:\s*)?\.?[A-Z0-9][A-Za-z0-9.&\-]{0,11}(?:\s[A-Z]{2})?"
                 r"(?:\s*[;,/]\s*[A-Za-z]+\s*:\s*\.?[A-Z0-9][A-Za-z0-9.&\-]{0,11})*\))?")  # a dual listing too
#: A lower-case description of a company before the last item of a list ("trading house A and drugmaker B rose 1.6% and
#: 2.9%, respectively"): one to three words, none a function word or a verb's form (not after a comma: "Meanwhile, tech
#: giants A and B" is no list of three).
_ITEM_WORD = (r"(?!(?:and|or|but|then|also|said|says|that|which|who|while|as|than|to|of|in|on|at|by|for|from|"
              r"with)\b)[a-z][a-z-]*")
_ITEM_DESCRIPTION = (r"(?:(?:(?:" + _ITEM_WORD + r"(?<!ing)(?<!ed)\s+)?"  # an adjective before a nationality ("smaller
                     r"[A-Z][a-z]+(?:ish|ian|ese|an|ch)\s+)?"  # Dutch peer B"), a nationality ("Finnish packaging peer B")
                     r"(?:" + _ITEM_WORD + r"(?:(?<!ing)(?<!ed)|(?=\s+[a-z][a-z-]*\s+[A-Z]))\s+){1,3})?")  # (a noun in
# "-ing" before the last word: "packaging peer B")
_NP_LIST_END = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[Bb]oth|[Ee]ach)\s+)?(?P<list>" + NP + _TICKER_PAREN + r"(?:\s*,\s*" + NP + _TICKER_PAREN +
    r")*\s*,?\s*(?:and|&)\s+" + _ITEM_DESCRIPTION + NP + r")$"
)
#: A row's number cells after its name: prices with their currency ("$12.34", "€8.10", "288p", "41.2c"), changes, volumes.
_NUMBER_COLUMNS = re.compile(r"(?:\s+[+\-−]?(?:[A-Z]{0,3}\$|€|£|¥)?\d[\d,]*(?:\.\d+)?(?:p|c|pence|cents|bn|mn|m)?)+\s*$")
_PAREN_TEXT = re.compile(r"\([^)]*\)")
#: Two names with a comma before "and" ("X overtook Y, and Z fell", "... remembered as Black Friday, and the Y index
#: fell"): two clauses, no list of two subjects (a list of two takes no comma); the second may have its description.
_TWO_WITH_COMMA = re.compile(NP + r"\s*,\s*(?:and|&)\s+" + _ITEM_DESCRIPTION + NP)
_PLACE_COMMA = re.compile(r"\s*,\s*")
_NP_END = re.compile(r"(?:(?<=[\s(\"“•:;])|^)(?P<np>" + NP + r")$")
#: A dual listing's further exchanges and tickers in the same brackets ("(TSX: ABC; NYSE: ABCX)", "(NYSE: AB, TSX: AB)"):
#: the first ticker is the row's.
_OTHER_LISTINGS = r"(?:\s*[;,/]\s*[A-Za-z]+\s*:\s*\.?[A-Z0-9][A-Za-z0-9.&\-]{0,11})*"
_TICKER_END = re.compile(
    # ".SPX": an index's code; "ACM LN", "4521 JP": a ticker and its exchange's two letters, as a terminal writes them
    r"\s*\(\s*(?:(?P<ex>[A-Za-z]+)\s*:\s*)?(?P<t>\.?[A-Z0-9][A-Za-z0-9.&\-]{0,11}(?:\s[A-Z]{2})?)" + _OTHER_LISTINGS + r"\s*\)\s*$"
    r"|\s*\(\s*(?P<t2>[A-Z][A-Z0-9.&\-]{0,9})\s*$"
    r"|\s*<\s*(?P<t3>[A-Z0-9][A-Z0-9.&\-]{0,11})\s*>\s*$"
    # "Acme (ACM LN, HOLD)", "Zorbo (ZRB LN, not rated)": an analyst note's ticker and its rating of the stock
    r"|\s*\(\s*(?P<t4>[A-Z0-9][A-Z0-9.&\-]{0,11}(?:\s[A-Z]{2})?)\s*,\s*[A-Za-z][A-Za-z\-]*(?:\s[A-Za-z][A-Za-z\-]*){0,2}"
    r"\s*\)\s*$"
)
#: "Share" in the singular for a company's stock, as European copy writes it ("the Acme share closed 3% higher",
#: "the bank's share is down 9%"): after a name or a possessive only ("market share" is another quantity).
_ONE_SHARE_END = re.compile(r"(?<=[\w.\-])(?P<owner>['’]s?)?\s+share\s*$")
_OPEN_END = re.compile(r"\s*[(:]\s*$")
#: A spaced dash before a signed figure, set as a list line's label and its change ("• Acme (ACM) — -15.2%",
#: "Acme Tools – +2.8%"): the dash sets off the figure as a colon would.
_DASH_END = re.compile(r"\s+[—–-]\s*$")
_SIGNED_START = re.compile(r"\s*[+\-−–]\s?\d")
#: An index's level change told before its percent ("The X index closed at 1,931.4, down 3.6%", "The X index shed 41.2
#: points to close at 1,931.4, down 3.6% on the week"): the points and the level (a bare number, no currency) are no
#: part of the subject; cut only after an index's head word (a share price takes "$" or "p", and names its company).
_INDEX_LEVEL_END = re.compile(
    r"\s+(?:(?:rose|fell|shed|gained|lost|added|dropped|climbed|slid|jumped|declined|tumbled|advanced|slipped|eased)"
    r"\s+(?:about\s+|nearly\s+|almost\s+)?\d[\d,]*(?:\.\d+)?\s+points?\s+to\s+(?:(?:close|end|finish|settle)\s+at\s+)?"
    r"|(?:closed|ended|finished|settled)\s+at\s+)\d[\d,]*(?:\.\d+)?$")
_PLACE_PAREN_END = re.compile(r"\s*\(\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\)\s*$")
#: Words between a subject and its move, cut from the end of the words before the verb: auxiliaries, verbs of where the
#: stock stood ("stood", "sat", "lay": "the shares sat 1.5% lower at midday"), adverbs and times of the session.
_AUX_END = re.compile(
    r"(?:^|\s)(?:was|were|is|are|be|been|being|having|remains|remained|stays|stayed|stands|stood|sits|sat|lies|lay|has|have|had|will|would|could|may|might|also|each|all|both|itself|"
    r"themselves|now|then|still|already|since|later|earlier|briefly|initially|eventually|ultimately|just|only|closed|"
    r"ended|finished|traded|trading|last|to|broadly|together|which\s+had|respectively|too|again|yesterday|today|"
    r"actually|even|thus|therefore|instead|currently|reportedly|likewise|similarly|nevertheless|nonetheless|"
    r"overnight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|the\s+day)|by\s+the\s+close|at\s+the\s+close|"
    r"(?:in|during)\s+(?:early|late|afternoon|morning|midday|premarket|extended|regular)\s+(?:trade|trading|session|deals)|"
    r"close|end|finish|trade|set\s+to|expected\s+to|"
    r"opens?|opened|closes|ends|finishes|trades|starts|started|remain|stay|stand|indicated|called|seen|"
    r"reopen(?:s|ed)?|edged|inched|ticked|moved|turned|went|gone|goes|going|go|"
    r"(?:on\s+(?:track|course)|poised|headed)\s+to|"
    # any adverb in -ly ("quietly", "steadily", "sharply"), not a noun or an adjective that ends so ("supply", "daily")
    r"(?!(?:supply|family|rally|assembly|ally|anomaly|monopoly|daily|weekly|monthly|yearly|quarterly|early|likely|"
    r"belly|jelly|fly|holy|ugly|only)\b)[a-z]{2,}ly)\s*$"
)
#: (a share class after the possessive too: "X's Class A shares", "X's Series B shares", as Chilean issuers name theirs)
_SHARES_END = re.compile(  # "X's London shares" / "X's Hong Kong stock" too: the listing place after the possessive
    r"(?:['’]s?(?:\s+(?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+|own|thinly|heavily|lightly|newly|traded|listed|depositary|over-the-counter|OTC)){1,3}"
    r"(?=\s+(?:shares|stock|ADRs|ADSs|GDRs|[ABH]-shares|receipts)\b)|['’]s?)?(?:\s+(?:[A-Z][\w]*\s+)*[\w.]+-(?:listed|traded|based))?(?:\s+(?:common|ordinary|[Cc]lass\s+[ABC]|[Ss]eries\s+[A-D]|preference|preferred|"
    r"voting|non-voting|A|B|H|American|[Gg]lobal)|^(?:Common|Ordinary|Class\s+[ABC]|Series\s+[A-D]|Preference|Preferred|"
    r"Voting|Non-voting))?\s+(?:shares|share\s+price|stock|stock\s+price|stocks|ADRs|ADSs|GDRs|GDSs|"
    r"[ABH]-shares|(?:depositary\s+)?receipts|Shares|Stock|Stock\s+Price|Share\s+Price|market\s+(?:value|capitali[sz]ation|cap))\s*$"
    # "its Vienna line", "X's U.S. listing"
    r"|(?:['’]s?|(?<=\b[Ii]ts)|(?<=\b[Tt]heir))(?:\s+(?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+)){1,2}\s+(?:line|listing)\s*$"
)
#: An auxiliary capitalised in a Title Case headline, right before the move ("Acme Stock Is Down 9%", "Why Acme Shares
#: Are Up Today").
_TITLE_AUX_END = re.compile(r"\s(?:Are|Is|Was|Were|Has|Have|Had|Now|Still)$")
#: "a stock that" / "the shares, which" as the object of a clause before a move: the stock the passage is about.
_STOCK_THAT_END = re.compile(r"(?:^|(?<![,;(])\s)(?:a|the)\s+(?:stock|share)(?P<comma>,)?\s+(?:that|which)\s*$")
_RELATIVE_END = re.compile(r",\s*(?:which|who|that|whose(?:\s+(?:[\w-]+\s+)?(?:shares|stock))?)\s*$")
_WHOSE_SHARES = re.compile(r"\bwhose\s+(?:[\w-]+\s+)?(?:shares|stock)\b")
#: What may stand between a name and its ", whose shares": a sentence adverb ("either", "too") or an appositive headed
#: by a common noun, its owner's name before it ("Y's largest customer", "Ys' oldest distributor").
_BEFORE_WHOSE = re.compile(r"(?:\s+(?:either|too|also|as\s+well)|,\s*(?:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}(?:['’]s|s['’])\s+)"
                           r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*$")
#: An appositive of an owner's name and a common noun, with at most two phrases of names after it ("X, Y's partner for Z
#: in Europe", "X, Y's largest customer"), right before a relative pronoun: the appositive describes the name before it.
_OWNED_APPOSITIVE_END = re.compile(
    r",\s*[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"(?:\s+(?:for|in|of|on|at|with)\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}){0,2}\s*$")
#: A relative clause on an appositive ("X, a smaller Sacramento lender that fell 9.3%"): the name before the comma; also
#: "whose" alone, its "shares" already cut as the subject's shares ("Y sat on X, the cloud provider whose shares fell").
_APPOSITIVE_RELATIVE_END = re.compile(r",\s*(?:an?|the|one)\s+[^,;()]{1,60}?\s(?:that|which|who|whose(?:\s+(?:shares|stock))?)\s*$")
#: An appositive relative clause headed by a quantity ("..., a figure that has tripled", ", a proportion that
#: rose"): the relative pronoun stands for the quantity, not for a company named before it.
_QUANTITY_APPOSITIVE_END = re.compile(
    r",\s*(?:an?|the)\s+(?:[a-z-]+\s+)?(?P<head>figure|number|level|rate|proportion|total|amount|percentage|sum|count|"
    r"tally|gap)\s+(?:that|which)\s*$")
_OWNED_SHARES = re.compile(r"[A-Z][\w.&\-]*['’]s?\s+(?:share\s+price|shares|stock)$")
#: A descriptor of a company before a relative clause ("pressure on the Toronto-listed company, whose shares fell").
_DESCRIBED_END = re.compile(r"(?:^|\s)(?:the|The)\s+(?:[\w.’'-]+\s+){0,2}(?P<head>[a-z]+)$")
_PRONOUN_END = re.compile(r"(?:^|\s)(?P<p>its|their|it|they|them|the|this|Its|Their|It|They|The|This|Your|your|Our|our|(?P<short>[Ii]t['’]s|[Tt]hey['’]re))\s*$")
#: A descriptor owning the shares right after a verb of seeing ("watched the company's stock lose half its value",
#: "saw the bank's shares fall 12%") or a causative verb ("has sent the company's shares about 55% higher", "sending the
#: lender's stock down 8%"): the shares are the subject of the bare infinitive or of the move told after them, their
#: owner what the descriptor describes.
_SEEN_DESCRIBED_END = re.compile(r"\b(?:saw|see|sees|seen|seeing|watch|watched|watches|watching|"
                                 r"sent|send|sends|sending|pushed|pushing|drove|driving|knocked|knocking)\s+the\s+"
                                 r"(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)(?:['’]s?)?\s*$")
#: A verb of seeing or a causative verb right before "the" of a bare "the shares" / "the stock" ("he sent the shares up
#: 11%", "the news pushed the stock 4% higher"): what moved is the stock talked about, never the verb's subject.
_CAUSED_THE_END = re.compile(r"\b(?:saw|sees|seen|watched|sent|sends|sending|pushed|pushing|drove|driving|knocked|"
                             r"knocking|lifted|lifting)\s+the$")
#: The verb right before an owner pronoun ("pared" of "The forint pared its losses").
_VERB_BEFORE_OWNER = re.compile(r"\s+[a-z]+\s*$")
_PREPOSITION_END = re.compile(
    r"(?:^|\s)(?P<p>in|on|at|from|for|to|by|against|about|over|under|into|than|like|via|behind|"
    r"versus|vs\.?|between|among|near|including|of)\s+(?P<the>the\s+)?$"
)
#: One capitalised common noun opening a sentence before "at" and a company ("Deposits at X", "Impairments at X"):
#: a quantity the company reports, never the name of another company.
_QUANTITY_AT = re.compile(r"\s*(?!(?:Shares|Stock)\b)(?:[A-Z][a-z]+|[A-Z][a-z]+\s+[a-z]+)\s*")
_CLAUSE_BREAK = re.compile(
    r"(?:;|:|,\s*(?:and|but|while|whereas|as|with|where)\s+|"
    # a causative participle opening a result clause ("..., helping the planemaker's shares rise 2.7%")
    r",[\"”’']?\s+(?:helping|sending|pushing|driving|leaving|causing|prompting|letting|seeing)\s+|"
    # a participle comparing the move with a market's ("..., underperforming the DAX index, which was 0.2% higher"):
    # its object is a subject of its own
    r",\s+(?:underperforming|outperforming|lagging|trailing|beating|outpacing|tracking|mirroring)\s+|\s+(?:while|whereas|but|after|before|as|when|with|then|(?P<and>and))\s+|"
    # a reporting verb before the reported clause's subject ("Traders noted that the group had lost 20%", "Analysts said
    # the company's stock ..."): the subject starts after it
    r"\s+(?:said|says|noted|notes|added|adds|believe[sd]?|thinks?|thought|reckon(?:s|ed)?|pointed\s+out|warned|"
    r"argued?|argues|estimated?|estimates|calculated?)\s+(?:that\s+)?|^)",
    re.IGNORECASE
)
#: A figure's bound ("as much as 15%", "as high as", "as many as"): its "as" opens no clause.
_AS_MUCH_AS = re.compile(r"\bas\s+(?:much|many|high|low|little|far)\s+as\b", re.IGNORECASE)
_JOINER = "\u2060"  # a word joiner: keeps a bound's words together when a phrase is split into words
#: A person's company opening a clause ("By the time she arrived, her company's shares were down 6.9%"): a pointer back.
_PERSON_COMPANY_END = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|as|when|after|before)\s+)(?:[Hh]is|[Hh]er)\s+(?P<head>[a-z]+)$")
#: A comma before a determiner ("In Lima, the company", "Meanwhile, its"): a fronted adverbial ends there.
_COMMA_DETERMINER = re.compile(r",\s+(?=(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Yy]our)\s|shares\s+(?:of|in)\s+(?:the|its)\s)")
_SHARES_OF_LEAD = re.compile(r"\s*(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s")
#: A definite descriptor whose modifiers are coordinated ("the aviation and cargo insurer", "the pumps and valves
#: maker", "The Wexford Bay-listed bread and pastry group"): one company, the "and" no boundary between clauses.
_COORDINATED_DESCRIPTOR = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w.’'-]*,?\s+){0,3}?(?:[\w.’'-]+-(?:based|listed)\s+)?"
    r"(?P<a>[a-z][\w-]*)\s+and\s+(?:(?P<b>[a-z][\w-]*)\s+)?(?:(?P<c>[a-z][\w-]*)\s+)?(?P<head>[a-z][\w-]*)$")
_NOT_MODIFIERS = frozenset("the a an its their this that whose which who said says and or shares stock".split())
#: A definite descriptor whose "of" names a list of products ("the Hanau-based maker of automotive and industrial
#: catalysts", "Shares of the maker of ball screws, linear guides and robot reducers"): one company, the list's "and"
#: and commas no boundary between clauses or subjects.
_DESCRIPTOR_OF_LIST = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w.’'-]*-(?:based|listed)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*)\s+of\s+(?P<list>(?:[a-z][\w-]*,?\s+){1,8}?(?:and|or)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)$")
#: Verbs a headline or live blog writes in the present before a move ("Acme pares losses to end 1% lower", "Acme
#: reverses course to trade 2% higher"): with a name before them, a predicate.
_PRESENT_PREDICATES = frozenset("pares trims extends reverses erases swings turns flips recovers recoups wipes".split())
_CONJUNCTION_END = re.compile(r"(?:^|[\s,;])(?:and|or|but|then|while|before|after|when|as)\s*$", re.IGNORECASE)
_PREPOSITIONS = frozenset(
    "of in on at for from through during over after before to into against with by across since until amid via".split()
)
_LEGAL = frozenset("Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC plc AG SA S.A. NV N.V. SE ASA AB Oyj SpA S.p.A. LLC KGaA "
                   "A/S K/S I/S".split())


_WORDS = re.compile(r"\S+")
_FIRST_PERSON = re.compile(r"I(?:['’](?:d|m|ve|ll))?")
_LISTED_WORD = re.compile(r"-(?:listed|based|traded|headquartered|registered)$")
_OWNER = re.compile(r"[A-Z][\w.\-]*['’]s")
#: A place, bare or possessive ("U.S.", "Germany's", "the United States’", "Hong Kong's"), opening a name: the market a benchmark
#: after it belongs to.
_PLACE_BEFORE = tuple(re.compile(r"(?P<place>[A-Z][\w.\-]*" + two + r")(?:['’]s|(?<=s)['’])?\s+(?=\S)")
                      for two in ("", r"\s+[A-Z][\w.\-]*"))
_TICKER_WORD = re.compile(r"[A-Z]{2,6}")
_POSSESSIVE_END = re.compile(r"(?:['’]s|['’])$")
_DIGIT = re.compile(r"\d")
_NUMBERED_INDEX = re.compile(r"[\w&/ ]*\d+")
_VERB_FORM = re.compile(r"[a-z]{3}(?:ed|ing)$")
_PAST_FORM = re.compile(r"[a-z]{3,}ed")
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")
#: "Your stock" (an interviewer to a company's chief) points back as "the stock" does.
_BARE_SHARES = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|as|when|after)\s+)(?:[Tt]he\s+|[Yy]our\s+|[Oo]ur\s+)?(?:[Ss]hares|[Ss]tock|"
                          r"(?:(?:American|[Gg]lobal)\s+)?depositary\s+(?:shares|receipts)|ADRs|ADSs)$")  # "The ADRs"
_SHARES_OF_END = re.compile(r"(?:[Ss]hares|[Ss]tock|ADRs)\s+(?:of|in)\s+$")
#: Trading in a stock before its name ("Sympathy selling in X (XX), down about 18% premarket", "Heavy buying in X, up
#: 4%"): the name after "in" is what moves, as after "shares of".
_TRADED_IN_END = re.compile(r"\b(?:selling|buying|profit[\s-]taking|short[\s-]covering|trading)\s+in\s+$")
#: A plural pointing back to two companies ("Both stocks", "The two lenders", "Both regional banks").
_BOTH_END = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|as|after|before|when)\s+)(?:[Bb]oth|[Tt]he\s+two)\s+"
                       r"(?:(?:[a-z][\w-]*|[A-Z]{2,6})\s+)?[a-z]+s$")
#: "The pair" / "the duo" / "the two" alone, for two companies just named when the figures after it are given
#: "respectively" (a currency pair has one rate: "the pair fell 0.4%" stays no pair of companies).
_PAIR_END = re.compile(r"(?:^|\s)[Tt]he\s+(?:pair|duo|two)$")
#: "Their shares" / "Their stocks" opening the clause, for the two companies just named when the figures after it are
#: given "respectively" ("A and B sell online. Their shares fell 2.1% and 1.7% respectively").
_THEIR_SHARES_END = re.compile(r"(?:^|[,;:]\s*|\s)[Tt]heir\s+(?:shares|stocks)$")
_RESPECTIVE = re.compile(r"\brespectively\b")
_STOCK_PLURALS = frozenset({"stocks", "shares", "names", "equities"})  # "Both indexes" is no pair of companies
#: The ``head`` of a :class:`Subject` that points back to the two companies just named.
BOTH = "both"
_CLAUSE_CUT = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b")
#: An appositive opening on an owner's possessive ("Westland's biggest insurer", "South Africa's biggest insurer": a
#: name of up to three words).
_APPOS_POSSESSIVE = re.compile(r"[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,2}['’]s\s+[a-z]")
_EXECUTIVE = re.compile(r"[A-Z]{2,5}|Chief|Chair(?:man|woman)?|President|Vice")
_AND_ONLY = re.compile(r"\s+(?:and|&)\s+")
_APPOS_CAPITALS = re.compile(r"(?:[A-Z][\w.\-]*\s+){1,3}[a-z]")

@dataclass(frozen=True)
class Subject:
    """What a figure is about: a company or index name span, a pointer back (``coref``) or a non-move."""

    kind: SubjectKind
    name: str = ""
    start: int = -1  # span of the name in the sentence (-1: none, e.g. a pronoun)
    end: int = -1
    ticker: str = ""
    head: str = ""  # head noun of a descriptor ("maker", "bank"), for coreference


#: A verb ranking its subject in a list or an index, right before the object ("X topped the FTSE 250, up 5%", "X led
#: the Stoxx 600 higher, rising 4%"): a figure after the object is the subject's.
_RANKING_VERB_END = re.compile(r"\s(?:topped|tops|led|leads|headed|heads|lagged|lags|trailed|trails|outperformed|"
                               r"outperforms|underperformed|underperforms|bucked|bucks)\s+(?:the\s+)?$")
_PRICE_WORD = re.compile(r"(?:[A-Z]{0,3}\$|€|£|¥|₹|(?:Rs|Re)\.?\s?)?\d[\d,]*(?:\.\d+)?(?:p|c|pence|cents)?")  # "Rs 298.75": rupees
_LET_US = re.compile(r"Let['’]s")
#: A sentence adverb made of an adjective that opens a clause ("Unsurprisingly,", "Predictably,", "Ironically,"): no
#: part of a name (the suffixes are an adjective's; "Italy", "Kelly", "Bentley" are no such word).
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ing|ful|ous|al|ive|ent|ant|ate|ic|ed|ar|less|ab|ib)ly,?")
#: A reply opening a speaker's turn ("ROE: No. The stock lost 5% last week", "Yes. Acme fell 3%"): "No." before a word,
#: not a number ("No. 2"), is an answer, no part of a name.
_ANSWER = re.compile(r"(?:No|Yes|Yeah|Well|Right|Sure|Indeed|Exactly|Absolutely|Correct)[.!]")
_PER_CENT = re.compile(r"(\d)\s+(?:per[\s-]?cent|percent|pct)\b", re.IGNORECASE)


_WEEKDAY_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_TRADING_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday".split())  # "Sunday Times" keeps its day
_MONTH_WORDS = frozenset("January February March April May June July August September October November December".split())
_TIME_DETERMINERS = frozenset("Last Next This Early Late".split())
#: The time determiners that name nothing when alone ("Last week, ...", "Late on Friday, ..."); not "Next" (a retailer's
#: name) nor "This" (a function word already).
_LONE_TIME_DETERMINERS = frozenset("Last Early Late".split())
#: A preposition that may open a name ("Under Armour") but before a place or a people's adjective opens a phrase of law
#: or circumstance ("Under UK market rules, ...", "Under French law"): no part of a name then.
_PLACE_PREPOSITIONS = frozenset("Under".split())
_TIME_PREPOSITIONS = frozenset("In By Since Until During Through From After Before".split())
_TIME_PREPOSITION_END = re.compile(r"(?:^|\s)(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Dd]uring|[Tt]hrough|[Ff]rom|[Aa]fter|[Bb]efore)\s+$")
_MONTH_LEAD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"\s+(?=[A-Z])")
_UNDOTTED_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx"})  # not "Dr", "St", "Gen": names of companies start so
_DAY_PARTS = frozenset("Morning Afternoon Evening Night".split())
#: A clock time and its time zone ("By 0820 GMT the stock was down ...", "At 10:15 ET shares traded ..."): a time, no
#: part of a name.
_CLOCK = re.compile(r"\d{1,2}[:.]?\d{2}(?:[ap]\.?m\.?)?")
_TIME_ZONES = frozenset("GMT BST UTC CET CEST EET EEST WET ET EST EDT CT CST CDT PT PST PDT JST KST HKT SGT IST AEST AEDT "
                        "NZST NZDT MSK".split())
#: The zones no name begins with (not "ET", "CT", "PT", "IST": words or initials of names too).
_ZONES_ALONE = _TIME_ZONES - frozenset("ET CT PT IST MSK".split())


def _words(text: str, start: int) -> list[tuple[str, int]]:
    return [(m.group(0), start + m.start()) for m in _WORDS.finditer(text)]


#: Verbs that open a sentence telling the reader to look at a company ("Compare Sonova, whose shares ...",
#: "Consider Acme, which ..."): no word of the name after them.
_IMPERATIVE_OPENERS = frozenset({"Compare", "Consider", "Take", "Watch", "Remember", "Imagine", "Contrast"})


def _without_time_lead(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``words`` less a time expression opening them: "Last Tuesday" / "Next March" (the determiner and its day or
    month, all of it when nothing follows), or a weekday before another capitalised word ("On Monday Acme Foods rose":
    the name is "Acme Foods")."""
    if len(words) >= 2 and _CLOCK.fullmatch(words[0][0]) and words[1][0].rstrip(",") in _TIME_ZONES:
        return words[2:]  # "By 0820 GMT the stock ...": a clock time
    if len(words) >= 2 and words[0][0] in _ZONES_ALONE and words[1][0][:1].isupper():
        return words[1:]  # "By 10:40 BST Acme was down": the zone of a clock the phrase begins after
    if len(words) >= 2 and words[0][0] in _TIME_DETERMINERS and words[1][0].rstrip(",") in _WEEKDAY_WORDS | _MONTH_WORDS:
        return words[2:]
    if len(words) == 1 and words[0][0].rstrip(",") in _LONE_TIME_DETERMINERS:
        return []  # "Last week, workers ...": the determiner of a time in lower case ("week"), no name ("Next" may be one)
    if len(words) >= 2 and words[0][1] == 0 and words[0][0] in _IMPERATIVE_OPENERS:
        return words[1:]  # "Compare Sonova, whose shares have slipped 3%": the verb that opens the sentence, then the name
    if words and words[0][0].rstrip(",") in _TRADING_DAYS and (len(words) == 1 or words[1][0][:1].isupper()) \
            and not (len(words) > 1 and words[1][0] in _DAY_PARTS):  # a name "Tuesday Morning" stays whole
        return words[1:]
    return words


def name_without_time(name: str) -> str:
    """An organisation's name less a time expression read into it ("Monday Acme", from "On Monday Acme said ...",
    is "Acme"); the name itself when nothing else is left."""
    words = _words(name, 0)
    kept = _without_time_lead(words)
    return name[kept[0][1]:] if kept and len(kept) < len(words) else name


#: A company's shares or stock, in the singular, right after a capitalised word ("Target shares", "Target's stock"):
#: the word names the company even where it is also a quantity's word opening a sentence ("Sales rose 4%" is none; a
#: plural, "Growth stocks", is a group of stocks).
_HELD_SHARES = re.compile(r"(?:['’]s)?\s+(?:shares|stock|share\s+price)\b")
#: A short word in capitals before a word in lower case ("ON Semiconductor"): the first word of a name, not the
#: descriptor or preposition it spells ("on"); a headline in capitals ("ON ACME") writes the next word in capitals too.
_CAPITALS_OPENER = re.compile(r"[A-Z]{2,4} [A-Z][a-z][\w&.'’-]*")


def _named_for_person(words: list[tuple[str, int]]) -> bool:
    """A company named for a titled person: the title, the person's possessive and an organisation's head word ("Dr.
    Ashworth's Laboratories", "Dr. Pellow's Foods"), as against a person ("Dr. Ashworth", "Mr. Pellow's company")."""
    return len(words) >= 3 and bool(_OWNER.fullmatch(words[1][0])) and words[2][0] in get_lexicon().org_heads


def _title_opens_company(words: list[tuple[str, int]]) -> bool:
    """A company whose name opens with a word that is also a person's title, closed by an organisation's head word
    ("General Motors", "General Mills", "Prime Foods"), as against a titled person ("General Ashworth", "President
    Pellow"). An abbreviated title ("Gen.") always names a person."""
    return (len(words) >= 2 and not words[0][0].endswith(".") and words[-1][0] in get_lexicon().org_heads
            and all(w[:1].isupper() and not _OWNER.fullmatch(w) for w, _ in words))


def _compound_demonym(word: str) -> bool:
    """Whether a word joins two or more demonyms with hyphens ("Franco-Italian", "Anglo-Dutch", "Swiss-Swedish"): a
    company's nationality before its name ("Franco-Italian Acme"), no part of the name."""
    parts = word.split("-")
    demonyms = get_lexicon().demonyms
    return len(parts) > 1 and all(p in demonyms for p in parts)


def _founders_first_name(words: list[tuple[str, int]]) -> bool:
    """Whether a phrase opens on a given name in the possessive before capitalised words ("Casey's General Stores",
    "Ollie's Bargain Outlet"): a company named after its founder's first name, the possessive part of its name; a
    surname or a place as owner ("Buffett's Berkshire", "Finland's Lakeus Lumber") owns the company after it."""
    owner = words[0][0][:-2]
    names = get_lexicon()
    return owner in names.given_names and owner not in move_words().places and owner not in names.places \
        and all(w[:1].isupper() for w, _ in words[1:])


def clean_name(text: str, start: int, in_list: bool = False) -> tuple[str, int, int] | None:
    """Strip leading descriptors ("Rival", "Shares of", "Seoul-listed", "Finland's"), a trailing possessive and a
    bare ticker after a legal suffix from a capitalised phrase. Returns (name, start, end) or None. ``in_list``: the
    phrase is one item of a list of names, so a capitalised opener such as "Outlook" is a name, not a quantity."""
    lex = move_words()
    words = [(m.group(0), start + m.start()) for m in _WORDS.finditer(text)]
    governed = False
    while words and (words[0][0].rstrip(",") in lex.function_words or _LET_US.fullmatch(words[0][0])
                     or _SENTENCE_ADVERB.fullmatch(words[0][0])
                     or (_ANSWER.fullmatch(words[0][0]) and len(words) > 1 and not words[1][0][:1].isdigit())):
        governed = words[0][0] in _TIME_PREPOSITIONS
        words = words[1:]  # "Let's turn to X": an imperative, not a name "Let"
    if governed and len(words) > 1 and words[0][0] in _MONTH_WORDS and words[1][0][:1].isupper():
        words = words[1:]  # "In March Acme Foods lost 20%": the preposition took the month
    words = _without_time_lead(words)  # "Last Tuesday the lender ...", "On Monday Acme rose": no part of a name
    if len(words) > 1 and words[0][0] in _PLACE_PREPOSITIONS and (words[1][0].rstrip(",") in lex.places
                                                               or words[1][0].rstrip(",") in get_lexicon().demonyms):
        words = words[1:]  # "Under UK market rules": the place is left, and rejected as a place
    if words and (words[0][0] in lex.person_titles or words[0][0] in _UNDOTTED_TITLES) and not _named_for_person(words) \
            and not _title_opens_company(words):
        return None  # "Mrs. Clinton", "President Smith", "Mr Smith" (British style): a person
    while len(words) > 1 and (
        (words[0][0].lower().rstrip(",") in lex.descriptor_words
         and (words[1][0][:1].isupper() or _CAMEL_NAME.match(words[1][0]))  # "Rival easyJet added 0.7%"
         and not _CAPITALS_OPENER.fullmatch(words[0][0] + " " + words[1][0]))
        or _LISTED_WORD.search(words[0][0])
        or (_compound_demonym(words[0][0]) and words[1][0][:1].isupper())
    ):
        words = words[1:]
    listed = next((i for i, (w, _) in enumerate(words[:3]) if i and _LISTED_WORD.search(w)), 0)
    if listed and listed + 1 < len(words) and all(w[:1].isupper() for w, _ in words[: listed + 1]):
        words = words[listed + 1:]  # "New York-listed Acme Lines": a two-word place before "-listed"
    if len(words) > 2 and _OWNER.fullmatch(words[1][0]) and (f"{words[0][0]} {words[1][0][:-2]}" in lex.places
                                                             or f"{words[0][0]} {words[1][0][:-2]}" in get_lexicon().places):
        words = words[2:]  # "Hong Kong's Hang Seng", "Wall Street's S&P 500": a two-word place as owner
    while words and len(words) > 1 and _OWNER.fullmatch(words[0][0]) and words[1][0] not in _LEGAL:
        if _founders_first_name(words):
            break  # "Casey's General Stores", "Ollie's Bargain Outlet": a store named after its founder
        if words[0][0][:-2] in lex.places or len(words) > 2 or words[1][0][:1].isupper():
            words = words[1:]  # "Finland's Lakeus Lumber Oyj", "Warren Buffett's Berkshire" -> drop the owner
        else:
            break
    if len(words) > 2 and words[0][0].lower() in {"shares", "stock", "adrs"} and words[1][0] in {"of", "in"}:
        words = words[2:]
        if len(words) > 1 and _compound_demonym(words[0][0]) and words[1][0][:1].isupper():
            words = words[1:]  # "Shares of Franco-Italian Acme"
    officer = next((i for i, (w, _) in enumerate(words) if i and w in lex.person_titles and _EXECUTIVE.fullmatch(w)), 0)
    if officer:
        words = words[:officer]  # "Corvane CEO says", "Acme Chief Executive Jane Roe": the company before the title
    if not words or (len(words) == 1 and _LISTED_WORD.search(words[0][0])):
        return None
    if len(words) >= 3 and _TICKER_WORD.fullmatch(words[-1][0]) and words[-2][0].rstrip(".") + "." in {s.rstrip(".") + "." for s in _LEGAL}:
        words = words[:-1]  # "Harborview Bancorp Inc. HRBV": ticker after the suffix
    first, s0 = words[0]
    last, s1 = words[-1]
    text_out = " ".join(w for w, _ in words)
    text_out = _POSSESSIVE_END.sub("", text_out)
    text_out = text_out.rstrip(",")
    if text_out.endswith(".") and words[-1][0] not in _LEGAL and not _DOTTED_INITIALS.fullmatch(words[-1][0]):
        text_out = text_out.rstrip(".")  # (initials keep their last dot: "U.S." is the place, "U.S" no name)
    if not text_out or text_out in lex.not_company or text_out.lower() in lex.descriptor_words:
        return None
    if _FIRST_PERSON.fullmatch(text_out):
        return None  # "But I'd look at X", "I'm told": a speaker's pronoun, capitalised, no name
    if _PLURAL_INITIALS.fullmatch(text_out):
        return None  # "its electric SUVs", "chip ETFs": initials made plural are things, never one company
    if text_out.split()[0] in lex.not_company and _DIGIT.search(text_out):
        return None  # a date ("Sept. 30")
    if len(words) == 1 and text_out.lower() in lex.non_move_subjects and s0 <= 2 and not in_list \
            and text_out not in _listed_word_names():
        return None  # "Revenue", "Sales" opening a sentence (capitalised inside one, "and Target fell", a name)
    return text_out, s0, s0 + len(text_out)


@lru_cache(maxsize=1)
def _listed_word_names() -> frozenset[str]:
    """The listed companies (:func:`analysis.companies.listed_companies`) named by one word of the move vocabulary's
    quantities ("Target"): written capitalised and alone as a sentence's subject ("Target bucked the trend, rising
    2.6%"), the word is the company, where "Revenue" or "Sales" opening a sentence is the quantity."""
    non_move = move_words().non_move_subjects
    return frozenset(c.name for c in listed_companies() if " " not in c.name and c.name.lower() in non_move
                     and c.name[:1].isupper() and c.name[1:].islower())


@lru_cache(maxsize=1)
def _amount_end_re() -> re.Pattern[str]:
    """A currency's code and a number closing a phrase ("... of DKK 4.8"), from ``currency_codes`` in the move words."""
    codes = "|".join(sorted(move_words().currency_codes))
    return re.compile(r"\s(?:" + codes + r")\s?\d[\d,]*(?:\.\d+)?$")


def _amount_end(name: str) -> bool:
    """Whether a capitalised phrase ends on a sum of money ("Writedown of DKK 4.8", "Charge of NOK 1,200"): what
    opens it is a thing counted in money, no company."""
    return bool(_amount_end_re().search(name))


#: An all-share index written in two words ("All Share", "JSE All Share", "FTSE All Shares").
_ALL_SHARE_END = re.compile(r"(?:^|\s)All\s+Shares?$")


#: The demonyms that stand for a company in the document being read (:func:`demonym_short_names`): set by the reader of
#: one document around its parse, empty elsewhere.
DEMONYM_NAMES: ContextVar[frozenset[str]] = ContextVar("demonym_names", default=frozenset())


def demonym_short_names(org_names: Sequence[str]) -> dict[str, str]:
    """Demonym -> the one organisation of ``org_names`` (a document's) whose name opens with it and goes on ("American"
    -> "American Airlines", "Swiss" -> "Swiss Re"): a company the article may then write by that word alone, as airline
    and insurance copy does ("United rose 1.1% and American 0.4%"). A demonym that opens two organisations' names
    ("American Airlines", "American Express") stands for neither. A common acronym the lexicon reads as no company
    (a technical term such as a battery chemistry's letters) that opens an organisation's name is read so too
    ("NCX" -> "NCX Holdings", when the lexicon lists "NCX" as a term): the article's short form of that name."""
    lex = get_lexicon()
    found: dict[str, set[str]] = {}
    for name in org_names:
        words = name.split()
        if len(words) >= 2 and (words[0] in lex.demonyms or words[0] in lex.non_entity_acronyms) \
                and words[1][:1].isupper():
            found.setdefault(words[0], set()).add(name)
    return {d: next(iter(names)) for d, names in found.items() if len(names) == 1}


#: A class of a company's shares ("Class A", "Class B"): the stock of the company that issued it, no company's name.
_SHARE_CLASS = re.compile(r"Class\s+[A-Z]")


def classify_name(name: str) -> SubjectKind:
    """``index`` for index, ETF, commodity and currency names, ``reject`` for places, else ``share``."""
    lex = move_words()
    if lex.index_names.fullmatch(name):
        return "index"
    words = get_lexicon()
    if name in words.indices or name in words.commodities:
        return "index"  # the entity layer's indices and benchmarks ("TecDAX", "OMXS30")
    for place in filter(None, (p.match(name) for p in _PLACE_BEFORE)):  # "Germany's TecDAX", "the United States' Russell 1000",
        rest = name[place.end():]  # "U.S. WTI": a market's place before the name of its benchmark (not "US Steel")
        where = place.group("place")  # "Wall Street's S&P 500": a place the entity layer knows (a metonym) too
        if (where in lex.places or where in words.places) and (lex.index_names.fullmatch(rest) or rest in words.indices
                                                               or rest in words.commodities):
            return "index"
    if _PRICE_WORD.fullmatch(name):
        return "reject"  # "288p", "$21.40": a price, no name
    if _SHARE_CLASS.fullmatch(name):
        return "reject"  # "its Class K stock", "The company's Class A shares": a class of a company's shares, no name
    if _amount_end(name):
        return "reject"  # "Writedown of DKK 4.8" (a bullet's "Writedown of DKK 4.8 bln on ..."): a sum, no name
    if name in lex.places or name in lex.exchanges or name in lex.not_company:
        return "reject"
    if (name in words.demonyms or name in words.non_entity_acronyms) and name in DEMONYM_NAMES.get():
        return "share"  # "United rose 1.1% and American 0.4%" in an article that names American Airlines
    if name in words.demonyms or name in words.non_entity_acronyms:
        return "reject"  # "212 Danish kroner", "the British airline", "an IT failure": no company
    last = name.split()[-1].lower()
    if last in {"index", "average", "composite", "etf", "fund", "exchange", "all-share", "all-shares", "ordinaries"}:
        return "index"
    if _ALL_SHARE_END.search(name):
        return "index"  # "The All Share closed 0.2% lower", "the FTSE All Share": a market's all-share index
    if " " in name and name.split()[0].lower() in {"etf", "etn"} and all(w.isupper() for w in name.split()[1:]):
        return "index"  # "the cyber-security ETF HACK": an exchange-traded fund by its ticker
    if lex.index_names.match(name) and _NUMBERED_INDEX.fullmatch(name):
        return "index"
    family = lex.index_names.match(name)
    rest = re.sub(r"^\d+\s+|\s+(?:sector|subsector|sub-index)$", "", name[family.end():].strip().lower()) if family else ""
    if rest and (rest in lex.sector_words or all(w in lex.sector_words for w in rest.split())):
        return "index"  # "S&P 500 Financials", "Stoxx 600 Banks", "FTSE 350 Mining": an index family's sector gauge
    if " " in name and lex.index_names.match(name) and lex.index_names.fullmatch(name.split()[-1]):
        return "index"  # an index family's name before a known index ("S&P <exchange> <index>")
    if name.lower() in lex.commodity_words or name.lower() in lex.currency_words or name in {"VIX"}:
        return "index"
    if " " not in name and name.lower() in lex.sector_words:
        return "index"  # "Utilities were the best-performing sector, rising 0.9%": a sector group
    return "share"


def exchange_letters_listed(name: str, ticker: str) -> bool:
    """Whether ``name`` is the letters of an exchange ("SSE", "LSE", "ASX") written with a ticker in brackets that
    opens on the same letters ("SSE (SSE.L)", "LSE (LSEG.L)"): a company listed under those letters, not the
    exchange, which has no share price of its own to move."""
    return bool(ticker) and name in move_words().exchanges and ticker.upper().startswith(name.upper())


def lower_phrase(text: str, shares_ctx: bool) -> Subject | None:
    """Analyse a phrase whose last word is lower case ("airline stocks", "consumer prices", "the chip maker")."""
    lex = move_words()
    if _CONJUNCTION_END.search(text):
        return None  # "..., and added 3.9%": the clause continues an earlier subject
    person = _PERSON_COMPANY_END.search(text)
    if person and (person.group("head") in lex.company_nouns or person.group("head").endswith("maker")):
        return Subject("coref", "", head=person.group("head"))  # "..., her company's shares were down 6.9%"
    both = _COORDINATED_DESCRIPTOR.search(text)
    if both and (both.group("head") in lex.company_nouns or both.group("head").endswith("maker")) \
            and not {both.group("a"), both.group("b") or "", both.group("c") or ""} & (lex.falls | lex.rises | _NOT_MODIFIERS):
        return Subject("coref", "", head=both.group("head"))  # "The aviation and cargo insurer": one company
    listed = _DESCRIPTOR_OF_LIST.search(text)
    if listed and (listed.group("head") in lex.company_nouns or listed.group("head").endswith("maker")) \
            and not set(listed.group("list").replace(",", " ").split()) & (lex.falls | lex.rises | _NOT_MODIFIERS - {"and", "or"}):
        return Subject("coref", "", head=listed.group("head"))  # "the maker of pumps and valves": one company
    # a figure's "as much as" is one word, no "as" opening a clause or a preposition ("fell as much as 15% around
    # midday, taking the slide to 21%": the clause of "fell", a predicate, not a subject "much")
    bound = _AS_MUCH_AS.sub(lambda m: m.group(0).replace(" ", _JOINER), text)
    brk = None
    for brk in _CLAUSE_BREAK.finditer(bound):
        pass
    phrase = bound[brk.end():] if brk else bound
    lead = None
    for lead in _COMMA_DETERMINER.finditer(phrase):
        pass
    if lead and not _SHARES_OF_LEAD.match(phrase):  # "In Lima, the company's shares lost 12%": the fronted adverbial
        phrase = phrase[lead.end():]  # ("In Lima", "Meanwhile", "By midday") is no part of the subject; nor before
        # "Since Monday, shares in the carmaker have fallen 11%"
    after_and = bool(brk and brk.group("and"))  # "financing and leasing business": "and" may join two nouns
    words = [w.replace(_JOINER, " ") for w in _PER_CENT.sub(r"\1%", phrase).split()]  # "13 per cent" is one word, as "13%" is
    if not (len(words) <= 12 and len(words) > 2 and words[0].lower() in {"shares", "stock"} and words[1] in {"of", "in"}):
        words = words[-8:]  # (all of "Shares of the Leeds, England-based contract tile maker": the descriptor of a stock)
    if not words:
        return None
    last = [w.lower().strip("“”\"'’,") for w in words[-2:]]
    if any(w.lower() in _PREPOSITIONS for w in words[1:-1]) and (
            last[-1] in lex.non_move_subjects or " ".join(last) in lex.non_move_subjects):
        return Subject("reject", " ".join(last))  # "the cost of steel price rises above 10%": the quantity right
        # before the verb is its subject, whatever the phrase the preposition hangs it on
    # a prepositional phrase after the head: "sales of its utility vehicles", "copper on the LME"
    for i, w in enumerate(words):
        if i > 0 and w.lower() in _PREPOSITIONS and not (words[i - 1].lower() in {"shares", "stock", "adrs", "adss", "gdrs"}):
            words = words[:i]
            break
    low = [w.lower().strip("“”\"'’,") for w in words]
    joined_low = " ".join(low)
    if low[-1] in {"price", "prices", "futures"} and any(c in joined_low for c in lex.commodity_words if " " in c or c in low):
        return Subject("index", " ".join(words))  # "iron ore prices", "copper futures"
    if shares_ctx and len(low) <= 2 and low[-1] in {"target's", "target’s", "targets'", "target"} and low[0] in {"target", "the", "target's", "target’s"}:
        return Subject("coref", "", head="target")  # "target's shares soar 36%": the company a bid is for
    if low[-1] in lex.non_move_subjects or " ".join(low[-2:]) in lex.non_move_subjects:
        return Subject("reject", joined_low)
    if low[-1].capitalize() in lex.function_words or low[-1] in {"and", "or", "then"}:
        return None  # "..., and added 3.9%": the clause continues an earlier subject
    if len(low) > 2 and low[0] in {"shares", "stock", "adrs", "adss", "gdrs"} and low[1] in {"of", "in"}:
        words, low = words[2:], low[2:]
        shares_ctx = True
    head = low[-1]
    joined = " ".join(low)
    two = " ".join(low[-2:])
    if head in lex.non_move_subjects or two in lex.non_move_subjects:
        return Subject("reject", joined)
    if head in lex.commodity_words or two in lex.commodity_words or head in lex.currency_words:
        while len(words) > 1 and (words[0].rstrip(",") in lex.function_words and words[1][:1].islower()
                                  or words[0].endswith(",")):
            words, low = words[1:], low[1:]  # "Meanwhile the Chilean peso", "Still, copper": a sentence adverb
        return Subject("index", " ".join(words))
    determiner = low[0] in {"the", "its", "their", "this", "that", "your", "our"} or bool(_OWNER.fullmatch(words[0]))
    capital = " ".join(words)
    if head in lex.index_heads or lex.index_names.search(capital):
        generic = head in {"shares", "stock", "stocks", "equities", "group", "names"} \
            or (head in lex.company_nouns and head not in lex.index_heads and head not in lex.sector_words)
        # ("the FTSE 250 company", "the Nasdaq-listed lender": one company described by the index it belongs to)
        if generic and determiner and not any(x in lex.sector_words for x in low[1:-1]):
            return Subject("coref", "", head=head)
        if head == "group" and shares_ctx and low[0] == "the":
            return Subject("coref", "", head=head)  # "The defence group's shares closed 9% higher": one company's
            # shares (a sector's are "defence stocks", "the defence sector")
        return Subject("index", _index_name(words))
    company_noun = head in lex.company_nouns or head.endswith("maker") or head.rstrip("s") in lex.company_nouns \
        or head == "companies"  # "the two largest cable companies" ("the utilities" stays a sector's)
    if determiner:
        return Subject("coref", "", head=head) if company_noun or shares_ctx else Subject("reject", joined)
    sector = shares_ctx or any(x in lex.sector_words for x in low) or head.endswith("ers")
    if head.endswith("s") and len(low) <= 3 and sector:
        return Subject("index", capital)  # "chipmakers", "airline stocks": a sector group
    if shares_ctx and len(low) == 1 and low[0] in {"the", "its", "their"}:
        return Subject("coref", "", head="shares")
    if any(w in lex.falls or w in lex.rises or w == "to" for w in low) or (_VERB_FORM.search(low[0]) and not after_and) \
            or not _LOWER_WORD.fullmatch(head):
        return None  # the predicate of a clause ("rallied through the session", "paring losses"): no subject here
    if words[0][:1].isupper() and any(_PAST_FORM.fullmatch(w) or w in _PRESENT_PREDICATES for w in low[1:]):
        return None  # a name and its verb ("Vexa reversed course (to trade 2% higher)"): a predicate, no subject
    return Subject("reject", joined)  # an unknown noun in subject position ("GM Hughes net", "claims")


def _index_name(words: list[str]) -> str:
    """The index's name among the words before its verb: from its catalogued name ("... a week that saw the DAX
    index" -> "DAX index"), else from the last determiner ("For the week, the index" -> "the index")."""
    capital = " ".join(words)
    named = move_words().index_names.search(capital)
    if named:
        return capital[named.start():]
    last = max((i for i, w in enumerate(words) if w.lower().strip(",") in {"the", "its", "their"}), default=0)
    if last + 1 < len(words) and words[last].lower() == "the" and words[last + 1][:1].isupper():
        last += 1  # "the Stoxx Europe 600 banks index": the name without its article
    return " ".join(words[last:])


def strip_auxiliaries(text: str) -> str:
    """``text`` (the words before a move verb) without the auxiliaries and adverbs that may stand between a
    subject and its verb ("were", "had already", "on Monday")."""
    s = text.rstrip()
    for _ in range(4):
        before = s
        s = _AUX_END.sub("", s).rstrip()
        if s == before:
            break
    return s


#: A quantity counted per share ("earnings per share rose 20%", "its book value per share fell"): not the stock.
_PER_SHARE_END = re.compile(r"\bper\s+(?:share|ADS|ADR)\s*$", re.IGNORECASE)
#: A restrictive relative clause on a lower-case noun ("revenue that rose 18%", "orders which fell 6%"): the noun is the
#: subject of the verb after it (a company's name before it is not).
_RELATIVE_HEAD_END = re.compile(r"(?:^|\s)(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:that|which)\s*$")


#: Words that name the stock's own worth ("lost a third of its market value, falling 33%"): a share move after them.
_STOCK_VALUE_WORDS = frozenset({"value", "level", "price"})


#: A quantity, a preposition and a lower-case description right before a name ("Electricity tariffs from state
#: utility ", "Sales at rival "): the name is the object of the preposition, the quantity the subject.
_QUANTITY_DESCRIBED = re.compile(r"(?P<quantity>.*\S)\s+(?:from|at|of|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
                                 r"(?P<noun>[a-z][\w-]*)\s+$", re.DOTALL)


def _quantity_of_described(text: str) -> bool:
    """Whether ``text``, the words before a name, is a quantity that is no share price and a preposition, then a
    description of the company the name is (:data:`_QUANTITY_DESCRIBED`: "Electricity tariffs from state utility ",
    "Sales at chipmaker "): the move is the quantity's, no share move of the name."""
    m = _QUANTITY_DESCRIBED.fullmatch(text)
    return m is not None and _company_noun(m.group("noun"), move_words()) and _non_move_end(m.group("quantity"))


def _non_move_end(text: str) -> bool:
    """Whether ``text`` ends with a lower-case noun (one or two words) whose change is no share price ("revenue",
    "net income", "deliveries")."""
    words = text.split()[-2:]
    if not words or not words[-1][:1].islower() or words[-1] in _STOCK_VALUE_WORDS:
        return False
    non_move = move_words().non_move_subjects
    return words[-1] in non_move or " ".join(words).lower() in non_move


#: "ETF" / "ETFs" after a lower-case word ("semiconductor ETFs", "gold ETFs"): the fund noun of a lower-case phrase.
_DESCRIBED_ETF = re.compile(r"(?:^|(?<=\s))[a-z][a-z-]+\s+ETFs?\b(?!\s+[A-Z])")
#: An appositive that is a lower-case description and a name ("the medical-device maker Orrin Biosystems"); no
#: preposition in the description ("the truck-making arm of Volkswagen" is a description of the name before it), no
#: relative pronoun ("which owns poultry producer Harlo" tells of the name before it: the name in it is an object).
_NOT_A_NOUN = r"(?:of|for|to|in|at|by|with|from|on|and|or|than|as|which|who|whose|that)\b"
_DESCRIBED_NAME = re.compile(r"(?:(?:the|a|an)\s+)?(?:(?!" + _NOT_A_NOUN + r")[a-z][\w-]*\s+){0,3}(?!" + _NOT_A_NOUN +
                             r")(?P<noun>[a-z][\w-]*)\s+"
                             r"[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){0,4}")
_NO_AGENT = frozenset("later after never other rather either neither under over ever former latter whether order".split())


def _company_noun(word: str, lex) -> bool:  # noqa: ANN001
    """A noun naming what a company is ("maker", "insurer", "lender", "rival", "carrier")."""
    return word in lex.company_nouns or (
        word not in _NO_AGENT and word.endswith(("maker", "er", "or")))


#: The place of a listing between the owner's pronoun and the shares ("Its New York shares", "their London stock").
_PLACED_SHARES = re.compile(r"(?:(?<=\b[Ii]ts)|(?<=\b[Tt]heir))\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]\.(?:[A-Z]\.)+|"
                            r"[A-Z]{2,3})(?=\s+(?:shares|stock|ADRs|ADSs|GDRs|(?:depositary|depository)\s+(?:receipts|shares))\b)")
#: "the" before a listing's place and the stock or its line ("The Toronto shares", "the Frankfurt line", "the Oslo
#: listing"): the place (and "line"/"listing") blanked to leave "the shares" / "the stock"; not "the Tokyo stock
#: exchange" or "the Oslo stock index".
_THE_PLACED_SHARES = re.compile(r"(?<=\b[Tt]he)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<what>shares|stock|ADRs|line|listing)\b"
                                r"(?!\s+(?:exchanges?|markets?|index|indexes|indices|prices?|futures|average)\b)")
#: A listing's place after the shares it names ("depositary shares in New York", "its stock on Oslo Bourse" aside), before
#: a comma or the verb ("Yesterday, Acme shares in Hong Kong fell 3.5%").
_SHARES_IN_PLACE = re.compile(r"(?P<word>\b(?:shares|stock|ADRs|ADSs|GDRs|receipts))\s+(?:in|on)\s+"
                              r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*,|\s+[a-z])")
_OWN_SHARES = re.compile(r"(?<=\b[Ii]ts)\s+own(?=\s+(?:shares|stock|share\s+price)\b)|"
                         r"(?<=\b[Tt]heir)\s+own(?=\s+(?:shares|stock|share\s+price)\b)|"
                         r"(?<=\bwhose)\s+own(?=\s+(?:shares|stock|share\s+price)\b)")  # "X, whose own shares fell 9%"


#: "those of Y" (or "that of Y") right before a verb: the shares (the share price) of Y, after a clause about another's.
_THOSE_OF_END = re.compile(r"(?:^|[,;]\s*|\b(?:and|while|but|whereas)\s+)(?P<pro>[Tt]hose|[Tt]hat)\s+of\s+(?P<name>[A-Z][^,;]{0,60})$")
#: A word of shares earlier in the sentence, which "those"/"that" stands for.
_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|share\s+price|stock\s+price)\b", re.IGNORECASE)


#: A bare direction and its figure, no verb ("down 4.1% on Monday", "up 3.4%"): an aside on the clause before it.
_BARE_DIRECTION = re.compile(r"\s*(?:down|up)\s+(?:by\s+)?\d")


#: A relative clause closing the first of two coordinated subjects ("A, which analysts say writes Y's insurance, and
#: B fell ..."): no figure of its own in it.
_INNER_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;:%()]{1,120},(?=\s+and\s+(?:[a-z]+\s+){0,2}[A-Z])")


#: A place's possessive before a company's name and its shares ("Canada's Acme Financial shares", "Britain's Bexley
#: stock").
_PLACE_OWNS_NAME = re.compile(r"(?<![\w.])(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+"
                              r"(?=[A-Z][\w&.-]*\s+(?:[A-Z][\w&.-]*\s+){0,3}(?:shares|stock)\b)")
#: The same possessive after "shares of" ("Shares of Brazil's Acme Oil fell 6%"): the country says where the company is,
#: not whose shares they are.
_SHARES_OF_PLACES = re.compile(r"(?P<shares>\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+)"
                               r"(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?=[A-Z])")


def subject_before(sentence: str, end: int, depth: int = 0, allow_object: bool = False) -> list[Subject]:
    """The subject(s) of a verb that starts at ``end``: coordinated names ("Nvidia and Broadcom each"), a name
    before an appositive or relative clause ("Largan Precision, a supplier to Apple,"), a name with a ticker,
    "shares of X", "X's stock", a descriptor or pronoun (``coref``), or a lower-case index/non-move phrase.
    Returns [] when nothing stands in subject position (a participle or "after" clause)."""
    if depth > 4:
        return []
    lex = move_words()
    if " own " in sentence:  # "X saw its own shares drop": "its own shares" are "its shares" (blanked, offsets kept)
        sentence = _OWN_SHARES.sub(lambda m: " " * len(m.group(0)), sentence)
    if "ts " in sentence or "eir " in sentence:  # "Its New York shares are down 52%": the listing's place, blanked
        sentence = _PLACED_SHARES.sub(lambda m: " " * len(m.group(0)) if m.group("place") in lex.places else m.group(0),
                                      sentence)
    if "he " in sentence:  # "The Toronto shares closed up 33.8%", "the Frankfurt line had dropped 14.1%": the stock
        sentence = _THE_PLACED_SHARES.sub(  # of the company talked about on that listing, read as "the shares"/"the stock"
            lambda m: (" " * (len(m.group(0)) - 5) + "stock" if m.group("what") in ("line", "listing")
                       else " " * (len(m.group(0)) - len(m.group("what"))) + m.group("what"))
            if m.group("place") in lex.places else m.group(0), sentence)
    if "'s " in sentence or "’s " in sentence:  # "Canada's Acme Financial shares plunge 22%": the country says where
        sentence = _PLACE_OWNS_NAME.sub(  # it is listed, not whose shares they are (blanked, offsets kept)
            lambda m: " " * len(m.group(0)) if m.group("place") in lex.places else m.group(0), sentence)
        sentence = _SHARES_OF_PLACES.sub(  # "Shares of Brazil's Acme Oil": read as "Shares of Acme Oil" (offsets kept)
            lambda m: m.group("shares") + " " * (len(m.group(0)) - len(m.group("shares")))
            if m.group("place") in lex.places else m.group(0), sentence)
    if " in " in sentence or " on " in sentence:  # "The company's depositary shares in New York, which ...": the listing's
        sentence = _SHARES_IN_PLACE.sub(  # place after the shares, blanked as a place before them is
            lambda m: m.group("word") + " " * (len(m.group(0)) - len(m.group("word")))
            if m.group("place") in lex.places else m.group(0), sentence)
    if ", wh" in sentence:  # "A, which writes Y's insurance, and B fell 3% and 5%, respectively": the first
        # conjunct's relative clause blanked (offsets kept), so the two names coordinate
        sentence = _INNER_RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence[:end]) + sentence[end:]
    s = sentence[:end].rstrip()
    those = _THOSE_OF_END.search(_AUX_END.sub("", s).rstrip()) if "hose of " in s or "hat of " in s else None
    if those and _SHARES_BEFORE.search(s, 0, those.start()):
        # "X's shares have fallen 12%, while those of Y have gained 6%": Y's shares (blanked, offsets kept)
        blank = sentence[: those.start("pro")] + " " * (those.start("name") - those.start("pro")) + sentence[those.start("name"):]
        return subject_before(blank, end, depth + 1, allow_object)
    if "ETF" in s and (low := _DESCRIBED_ETF.sub(lambda m: m.group(0).lower(), s)) != s:
        # "semiconductor ETFs are trading 1% lower": a lower-case phrase of funds (an index row), no name "ETFs"
        found = subject_before(low + sentence[len(s):], end, depth + 1, allow_object)
        return [replace(x, name=re.sub(r"\betf", "ETF", x.name)) for x in found]
    if allow_object:
        s = _NUMBER_COLUMNS.sub("", s)  # a table row: "Acme Corp  12.34  +0.56  +4.8%"
    if _PER_SHARE_END.search(s):
        return [Subject("reject", "per share")]  # "earnings per share rose 20%": a per-share quantity
    rel_head = _RELATIVE_HEAD_END.search(s)
    if rel_head and _non_move_end(rel_head.group("np")):
        return [Subject("reject", rel_head.group("np"))]  # "after reporting revenue that rose 18%"
    bare = s
    for _ in range(3):
        bare = _AUX_END.sub("", bare).rstrip()
    if _BOTH_END.search(bare) and (bare.split()[-1] in _STOCK_PLURALS or bare.split()[-1] not in lex.index_heads):
        return [Subject("coref", "", head=BOTH)]  # "Both stocks were up 20%": the two companies just named
    if (_PAIR_END.search(bare) or _THEIR_SHARES_END.search(bare)) and _RESPECTIVE.search(sentence, end):
        return [Subject("coref", "", head=BOTH)]  # "the pair rose 2% and 3%, respectively": the two just named
    if _BARE_SHARES.search(bare) and not _BARE_SHARES.search(bare, 0, len(bare) - 1):
        return [Subject("coref", "", head="shares")]  # "Jan. 9: Profit warning; shares fall 9%", "May 2: Shares jump 4%"
    ticker = ""
    shares_ctx = False
    title = _is_title_case(sentence)
    for _ in range(6):
        before = s
        s = _AUX_END.sub("", s).rstrip()
        if title:  # "Why Acme (ACM) Shares Are Down 9% Today": a headline's capitalised auxiliary, no part of the name
            s = _TITLE_AUX_END.sub("", s).rstrip()
        t = _TICKER_END.search(s)
        if t:
            ticker = ticker or (t.group("t") or t.group("t2") or t.group("t3") or t.group("t4") or "")
            s = s[: t.start()].rstrip()
        place = _PLACE_PAREN_END.search(s)
        if place and place.group("place") in lex.places:  # "Acme (Oslo): +2.2%": the listing, not the name
            s = s[: place.start()].rstrip()
        o = _OPEN_END.search(s)
        if o and s.endswith(":") and _BARE_DIRECTION.match(sentence, end):
            o = None  # "X had a strange week: down 6.1% on Monday": the colon sets off the move as a comma would
        if o and o.start() < len(s):
            s = s[: o.start()].rstrip()
        elif (dash := _DASH_END.search(s)) is not None and _SIGNED_START.match(sentence, end):
            s = s[: dash.start()].rstrip()
        sh = _SHARES_END.search(s)
        if sh:
            shares_ctx = True
            s = s[: sh.start()].rstrip()
        elif (one := _ONE_SHARE_END.search(s)) is not None and (one.group("owner") or s[: one.start()].split()[-1][:1].isupper()):
            shares_ctx = True
            s = s[: one.start()].rstrip()
        level = _INDEX_LEVEL_END.search(s)
        if level and s[: level.start()].split()[-1].lower() in lex.index_heads:
            s = s[: level.start()].rstrip()
        if s == before:
            break
    if not s:
        return [Subject("coref", "", head="shares")] if shares_ctx else []
    seen = _SEEN_DESCRIBED_END.search(s) if shares_ctx else None
    if seen and (seen.group("head") in lex.company_nouns or seen.group("head").endswith("maker")):
        return [Subject("coref", "", head=seen.group("head"))]  # "workers watched the company's stock lose half its value"
    if shares_ctx and _CAUSED_THE_END.search(s):
        return [Subject("coref", "", head="shares")]  # "she sent the shares up 11%": the stock talked about, not hers
    if _BARE_SHARES.search(s):
        return [Subject("coref", "", head="shares")]  # "Shares were down 5% ...", "The stock fell ..."
    if _STOCK_THAT_END.search(s) and not _STOCK_THAT_END.search(s).group("comma"):
        return [Subject("coref", "", head="shares")]  # "now hold a stock that lost half its value": the stock talked about
    rel = _RELATIVE_END.search(s) or _APPOSITIVE_RELATIVE_END.search(s)
    quantity = _QUANTITY_APPOSITIVE_END.search(s)
    if quantity:  # "... N% of the region's freight, a figure that has tripled": a quantity moved, no stock
        return [Subject("reject", quantity.group("head"))]
    described = _DESCRIBED_END.search(s, 0, rel.start()) if rel else None
    if described and (described.group("head") in lex.company_nouns or described.group("head").endswith("maker")):
        return [Subject("coref", "", head=described.group("head"))]  # "on the Toronto-listed company, whose shares"
    if rel:
        got = subject_before(sentence, rel.start(), depth + 1, allow_object=True) if rel.start() > 0 else []
        whose = _WHOSE_SHARES.search(rel.group(0)) or (shares_ctx and rel.group(0).rstrip().endswith("whose"))
        owned = _OWNED_APPOSITIVE_END.search(s, 0, rel.start()) if not whose else None
        if owned and owned.start() > 0:
            # "X, Y's partner for Z in Europe, which slid 7.8%": the relative clause is on the appositive's head, the
            # partner, that is X; not on Y, Z or Europe inside the appositive
            head = subject_before(sentence, owned.start(), depth + 1, allow_object=True)
            if head and head[0].kind == "share" and head[0].start >= 0:
                return head
        if whose and not any(g.kind in ("share", "index") for g in got):
            # "buy X either, whose shares", "was X, Y's largest customer, whose shares": the owner of "whose" is the
            # name before a sentence adverb or an appositive with a common noun at its head
            cut = _BEFORE_WHOSE.search(s, 0, rel.start())
            if cut and cut.start() > 0:
                return subject_before(sentence, cut.start(), depth + 1, allow_object=True)
        return got
    if s.endswith(",") or s.endswith(("—", "–", ":")) and _BARE_DIRECTION.match(sentence, end):
        # (a dash or a colon before a bare direction and figure is such a comma: "X's shares have swung wildly — down
        # 4.1% on Monday, up 3.4% on Thursday —")
        head = s[:-1].rstrip()
        comma = _last_clause_comma(head)  # not the comma of a number ("which employs 2,300 people")
        if comma < max(head.rfind(";"), head.rfind(":")):
            comma = -1  # "Losers: A, down 3%; B, down 1%": a comma before the semicolon is another item's
        seg = head[comma + 1:].strip() if comma >= 0 else ""
        by = _AGENT_NAME.search(head) if not _RELATIVE_OPENING.match(seg) else None  # (not a relative clause's
        # list: "X, which owns brands including A and B, fell 23%" is X's move, the clause closed by its comma)
        if by and by.start() > comma:  # "Banks rose 2%, led by X, up 4%", "Losses were led by X, down 6%": X's figure
            agent = subject_before(sentence, len(head), depth + 1, allow_object=True)
            if agent and agent[0].kind == "share" and agent[0].start >= by.start():
                return agent
        described = _DESCRIBED_NAME.fullmatch(seg) if comma >= 0 else None
        if described and _company_noun(described.group("noun"), lex):
            # "Y's last major target, the device maker X, lost more than half its value": the name the description
            # in the appositive leads to, not the head before it
            got = subject_before(sentence, len(head), depth + 1, allow_object=True)
            if got and got[0].kind == "share" and got[0].start > comma:
                return got
        if comma >= 0 and _appositive(seg):
            return subject_before(sentence, comma + 1, depth + 1, allow_object)
        owned = bool(_OWNED_SHARES.search(head))  # "The collapse in X's share price, down 40%": X, after a preposition
        if not owned and _non_move_end(head):
            return [Subject("reject", head.split()[-1])]  # "as deliveries, down 14% on the year, disappointed"
        got = subject_before(sentence, len(head), depth + 1, allow_object=owned) if head else []
        rank = _RANKING_VERB_END.search(sentence, 0, got[0].start) if got and got[0].start > 0 else None
        if rank and rank.start() > 0:  # "X topped the FTSE 250, up 5%": the list or index ranked is no subject
            ranked = subject_before(sentence, rank.start(), depth + 1)
            if ranked and ranked[0].kind == "share" and ranked[0].start >= 0:
                return ranked
        leveled = got and got[0].kind == "index" and _INDEX_LEVEL_END.search(head) is not None  # "closed at 1,931.4, down"
        if got and (got[0].kind == "share" and got[0].start >= 0 or got[0].kind == "index" and (got[0].start >= 0 or depth > 0 or leveled)
                    or got[0].kind == "coref" and depth > 0):  # "the FTSE 250 index, of which X is a member, ended"
            return got
        return []
    pro = _PRONOUN_END.search(s)
    if pro:
        if pro.group("p").lower() in {"its", "their"} and pro.start() > 0:
            described = _DESCRIBED_HEAD_THEN_OWNER.search(s, 0, pro.end())
            if described and described.start() > 0 and (head := nearest_name_before(sentence, described.start())):
                return [head]  # "X, the maker that supplies Y's rotors, has seen its shares fall": X's
            near = nearest_name_before(sentence, pro.start()) or only_name_before(sentence, pro.start())
            if near is not None:
                return [near]
            verb = _VERB_BEFORE_OWNER.search(s, 0, pro.start())
            low = lower_phrase(s[: verb.start()], False) if verb and verb.start() > 0 else None
            if low is not None and low.kind == "index":
                return [low]  # "The forint pared its losses to N%": the market the clause opens with owns them
        if not shares_ctx and pro.group("p").lower() in {"the", "this", "our"}:  # (not "Our sales fell 4%")
            return [Subject("reject", pro.group("p"))]
        if pro.group("short"):  # "it's up 6%": "it is"
            return [Subject("coref", "", head="shares" if shares_ctx else re.split("['’]", pro.group("p").lower())[0])]
        return [Subject("coref", "", head="shares" if shares_ctx else pro.group("p").lower())]
    lst = _NP_LIST_END.search(s)
    spans: list[tuple[int, int]] = []
    if lst:
        first = NP_RE.match(lst.group("list"))
        if first and (first.group(0) in lex.not_company or first.group(0) in lex.places):
            comma = _PLACE_COMMA.match(lst.group("list"), first.end())
            # "In the U.S., A and B rose 0.8% and 0.5%": a fronted place, then the list ("Monday, A and B": a day)
            lst = _NP_LIST_END.search(s, lst.start("list") + comma.end()) if comma else None
            if lst and _TWO_WITH_COMMA.fullmatch(lst.group("list")):
                lst = None
        elif _TWO_WITH_COMMA.fullmatch(lst.group("list")):
            lst = None  # "X overtook Y, and Z fell": two clauses, not a list of two
    if lst:
        base = lst.start("list")
        for m in NP_RE.finditer(_PAREN_TEXT.sub(lambda p: " " * len(p.group(0)), lst.group("list"))):
            spans.append((base + m.start(), base + m.end()))  # tickers in parentheses blanked out
    else:
        one = _NP_END.search(s)
        if one:
            spans.append((one.start("np"), one.end("np")))
    spans = _joined_partners(sentence, spans)
    if spans and _quantity_of_described(s[: spans[0][0]]):
        return [Subject("reject", s[: spans[0][0]].strip())]  # "Electricity tariffs from state utility X rose 18%"
    if spans:
        prep = _PREPOSITION_END.search(s[: spans[0][0]])
        shares_of = _SHARES_OF_END.search(s[: spans[0][0]]) or _TRADED_IN_END.search(s[: spans[0][0]])
        out: list[Subject] = []
        if _is_title_case(sentence):
            spans = [_after_connector(sentence, a, b) for a, b in spans]
        items = [sentence[a:b].lower() for a, b in spans]
        placed = False  # the list's first name came after a fronted place ("while in Seoul A and B fell")
        for a, b in spans:
            # "Outlook, Acme and Bolt fell ...": an opener listed with a name is a name ("Sales and Profit" no)
            in_list = any(item not in lex.non_move_subjects for item in items if item != sentence[a:b].lower())
            in_list = in_list or bool(_HELD_SHARES.match(sentence, b))  # "Target shares fell": a company's shares
            if not shares_of and _TIME_PREPOSITION_END.search(sentence, max(0, a - 8), a):
                month = _MONTH_LEAD.match(sentence, a, b)  # "In March Acme Foods lost 20%": the preposition took the month
                a = month.end() if month else a
            cleaned = clean_name(sentence[a:b], a, in_list)
            if cleaned is None:
                continue
            name, ca, cb = cleaned
            timed = ca > a and _without_time_lead(_words(sentence[a:ca], a)) == []  # "on Monday Acme rose": the
            if prep and not shares_of and not allow_object and not timed and not placed:  # preposition took the
                place = lex.place_prefix.match(name)  # day, not the name
                if prep.group("the") or not place or place.end() >= len(name) \
                        or _EXCHANGE_WORD.fullmatch(name[place.end():]):
                    continue  # an object ("on the London Metal Exchange", "the index on Oslo Bourse"), no subject
                name, ca = name[place.end():], ca + place.end()  # "while in Seoul SK Hynix shed ..."
                placed = True  # "while in Seoul A and B fell": B is the list's, no object of the preposition
            kind = classify_name(name)
            if kind == "reject" and len(spans) == 1 and exchange_letters_listed(name, ticker):
                kind = "share"  # "SSE (SSE.L) rose 0.9%": a company listed under an exchange's letters
            if kind == "reject":
                continue
            out.append(Subject(kind, name, ca, cb, ticker if len(spans) == 1 else ""))
        if len(out) == 2 and out[0].kind == "share" and out[1].kind == "index" and \
                _AND_ONLY.fullmatch(sentence[out[0].end: out[1].start]):
            name = sentence[out[0].start: out[1].end]  # "the KBW Nasdaq Property and Casualty Index": one index
            return [Subject("index", name, out[0].start, out[1].end)]
        if out:
            return out
        if prep and not shares_of and not allow_object:
            if prep.group("p") == "at" and not prep.group("the") and _QUANTITY_AT.fullmatch(s[: prep.start()]):
                return [Subject("reject", s[: prep.start()].strip())]  # "Impairments at X doubled": a quantity
            return subject_before(sentence, prep.start(), depth + 1) or _as_list(lower_phrase(s[: prep.start()], shares_ctx))
        one_word = s.split()[-1] if s.split() else ""
        if one_word and one_word[0].isupper() and spans:
            return []
    inserted = _AFTER_INSERTED_RELATIVE.search(s)
    if inserted:  # "X, which said it had 2,900 policies in the zone, extended its decline": no subject in the insertion
        s = inserted.group("rest")
    low = lower_phrase(s, shares_ctx)
    pair = _MARKET_PAIR_END.search(s) if low is not None and low.kind == "index" and " and " in s else None
    first = lower_phrase(pair.group("a"), False) if pair else None
    if first is not None and first.kind == "index" and first.name.lower() != low.name.lower():
        return [first, low]  # "Hungary's forint and Poland's zloty gained 0.3% and 0.2%": two markets, each its figure
    if low is None and not shares_ctx and _non_move_end(s):
        return [Subject("reject", s.split()[-1])]  # "climbed 5% on revenue up 9%": the revenue rose, not a stock
    held = _QUANTITY_HELD_END.search(s) if low is None and not shares_ctx else None
    if held and _non_move_end(s[: held.start()]):
        # "data showed deposits at Quistavian banks fell 1.3%": a quantity held at a place or a firm moved, no stock
        return [Subject("reject", s[: held.start()].split()[-1])]
    return _as_list(low)


#: An appositive with a relative clause set off by commas between a name and the verb of its "its"/"their" ("X, the
#: Oslo-listed maker that supplies Y's rotors, has seen its"): the clause's names own no later "its"; the head does.
_DESCRIBED_HEAD_THEN_OWNER = re.compile(r",\s+(?:the|an?)\s+[^,;()]*?\b(?:that|which|who)\s+[^,;()]*,\s+"
                                        r"(?:[a-z]+\s+){1,3}(?:its|their)$")


#: A stock exchange's head word after its city's name ("Oslo Bourse", "Madrid Bolsa", "Vessa Stock Exchange"): the
#: place where shares trade, never a company of its own.
_EXCHANGE_WORD = re.compile(r"(?:Stock\s+)?(?:Exchange|Bourse|B[oøö]rse?|Borsa|Bolsa|Beurs)")


#: A verb phrase in lower case after a relative clause set off by commas (", which said ..., extended its"): the
#: words a lower-case subject is looked for in (the relative clause's nouns are no subject of the verb after it).
_AFTER_INSERTED_RELATIVE = re.compile(r",\s*(?:which|who)\s[^;]*?,\s+(?P<rest>[a-z][^,;]*)$")


#: Two markets coordinated as a subject ("Hungary's forint and Poland's zloty", "Gold and silver", "the forint and the
#: zloty"): the first of them (``a``); the last is read as the phrase's head.
_MARKET_PAIR_END = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<a>(?:(?:[Tt]he|[A-Z][\w.]*['’]s)\s+)?(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*)\s*,?\s+and\s+"
    r"(?:(?:the|[A-Z][\w.]*['’]s)\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*$")


#: A prepositional phrase closing a subject, of where a quantity is held ("deposits at Quistavian banks", "lending in
#: the region"): up to four words after "at" or "in", the last in lower case.
_QUANTITY_HELD_END = re.compile(r"\s+(?:at|in)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w-]*$")


#: A comma inside a number ("2,300", "$4,500"): a thousands separator, no clause punctuation.
_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


#: A place named with its state or country between commas ("its Wichita, Kansas, plant", "in Toulouse, France, where"):
#: the two commas belong to the place.
_PLACE_COMMAS = re.compile(r"(?<=[A-Za-z.])(?P<a>,)\s+(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?P<b>,)(?=\s)")


def _place_commas(text: str) -> set[int]:
    """The offsets of the commas around a city's state or country in ``text`` (:data:`_PLACE_COMMAS`)."""
    if text.count(",") < 2:
        return set()
    lex = move_words()
    out: set[int] = set()
    for m in _PLACE_COMMAS.finditer(text):
        region = m.group("region")
        if region in lex.places or region_of(f"City, {region}") == "US":
            out.update((m.start("a"), m.start("b")))
    return out


def _last_clause_comma(text: str) -> int:
    """The offset of the last comma of ``text`` that is punctuation, not a number's thousands separator nor a comma
    around a city's state ("at its Wichita, Kansas, plant"); -1 if none."""
    numbers = {m.start() for m in _NUMBER_COMMA.finditer(text)} | _place_commas(text)
    return next((i for i in range(len(text) - 1, -1, -1) if text[i] == "," and i not in numbers), -1)


def _is_title_case(sentence: str) -> bool:
    """A headline written in Title Case ("Wall Street Tumbles As Nvidia Sinks 17%")."""
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _after_connector(sentence: str, a: int, b: int) -> tuple[int, int]:
    """In a Title Case headline, the name starts after the last capitalised connector ("... Tumbles As Nvidia")."""
    lex = move_words()
    start = a
    for m in _WORDS.finditer(sentence, a, b):
        if m.group(0) in lex.headline_connectors or m.group(0).lower() in lex.falls or m.group(0).lower() in lex.rises:
            start = m.end()
    while start < b and sentence[start].isspace():
        start += 1
    return (start, b) if start < b else (a, b)


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
#: Initials with a plural "s" ("SUVs", "EVs", "ATMs"): a common noun written in capitals.
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")
_OWNED_MODIFIER = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+)){0,3}$"
                             # the conjunct of an owned named thing ("its A crackers and recently acquired B snacks")
                             r"|\b(?:its|their)\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+(?:and|or)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: A name set off by a comma after a noun its owner's possessive governs ("a credit line from its largest shareholder,
#: Y GmbH, and its shares rose"): the name restates what the clause's company owns and owns no later "its".
_OWNED_APPOSITION = re.compile(r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s*$")
_LOWER_NEXT_WORD = re.compile(r"\s+[a-z]")
#: A determiner, an amount of money and a size before a name that modifies a noun after it ("the £6.8bn Type 33 frigate
#: contract", "a $2bn Model Z order"): the name is the thing's (a product's, a programme's), which owns no "its".
_THING_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[£$€¥]\s?\d[\d,.]*\s*(?:bn|billion|m|mn|million)?\s+)$")


#: The place inside a definite descriptor of a company ("The Tampere, Finland-based company", "the Wexford Bay-listed
#: lender", "the Leeds, England-based maker"): what follows a name that is such a place.
_PLACE_OF_DESCRIPTOR = re.compile(r"(?:,\s*(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)?-(?:based|listed|headquartered|"
                                  r"registered|traded)\s+[a-z]")
#: A company noun right after a name ("the Bergen company", "the Oslo lender"): the name modifies a descriptor.
_THE_NAME_NOUN = re.compile(r"\s+(?P<noun>[a-z][\w-]*)\b")
#: Company nouns that a name before them names itself ("the Acme shares", "the Acme group"), not a descriptor's modifier.
_NAMED_BY_NOUN = frozenset({"share", "shares", "stock", "group", "brand", "giant"})
_THE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+$")
_DESCRIPTOR_TAIL = re.compile(r"-(?:based|listed|headquartered|registered|traded)$")


def descriptor_place(sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the place of a definite descriptor ("The Tampere, Finland-based
    company rose"): a place, never the company the descriptor points back to."""
    if _DESCRIPTOR_TAIL.search(sentence, 0, end):
        return True  # "Wexford Bay-based" read as one name: a place and its suffix, no company
    noun = _THE_NAME_NOUN.match(sentence, end)
    if noun and _THE_BEFORE.search(sentence, 0, start) and noun.group("noun") not in _NAMED_BY_NOUN \
            and (noun.group("noun") in move_words().company_nouns or noun.group("noun").endswith("maker")):
        return True  # "X, the Bergen company that makes Y, saw its shares fall": the descriptor's modifier
    return bool(_THE_BEFORE.search(sentence, 0, start) and _PLACE_OF_DESCRIPTOR.match(sentence, end))


def _placed(name: str) -> bool:
    """Whether ``name`` is a place of the vocabulary, written with or without its last dot ("U.S" of "U.S.")."""
    places = move_words().places
    return name in places or f"{name}." in places


def _governed_place(sentence: str, name: str, a: int, b: int) -> bool:
    """Whether ``name`` is a place of the entity vocabulary governed by a preposition ending ``sentence[a:b]`` ("based
    in Westmark"): no owner of a later "its shares"."""
    return name in get_lexicon().places and _PREPOSITION_END.search(sentence, a, b) is not None


def nearest_name_before(sentence: str, pos: int) -> Subject | None:
    """The last company name of the clause before ``pos`` ("ASML saw its share price drop", "Tesla slipped 2.3%,
    taking its loss for the week to 11%"), or None."""
    start = 0
    for m in _CLAUSE_CUT.finditer(sentence[:pos]):
        start = m.end()
    best: Subject | None = None
    governed = -1  # the end of the last name a preposition governs
    for m in NP_RE.finditer(sentence, start, pos):
        if best is not None and (_PREPOSITION_END.search(sentence, max(start, m.start() - 40), m.start())
                                 or _WITH_END.search(sentence, max(start, m.start() - 12), m.start())
                                 or governed >= 0 and _CONJUNCT_GAP.fullmatch(sentence, governed, m.start())) \
                and not _STAKE_END.search(sentence, max(start, m.start() - 40), m.start()):
            governed = m.end()
            continue  # "X trades at 6 times earnings, according to Y, and its shares": Y is no owner of "its"; nor
            # is the partner of "X said it would appeal the ruling on its merger with Y, and its shares rose", nor
            # a conjunct of the preposition's object ("X added a shift at plants in Arkansas and Georgia, and its")
        if best is not None and _OWNED_MODIFIER.search(sentence, max(start, m.start() - 50), m.start()) \
                and _LOWER_NEXT_WORD.match(sentence, m.end()):
            continue  # "X shut its Dover plant and its shares fell": a plant's place, owned by X, owns nothing
        if best is not None and _OWNED_APPOSITION.search(sentence, max(start, m.start() - 60), m.start()):
            continue
        if _thing_modifier(sentence, m):
            continue  # "Since the award of the £6.8bn Type 33 frigate contract, its shares": a product's name
        if best is not None and _RESTATED.fullmatch(sentence, best.end, m.start()) \
                and (sentence[m.end(): m.end() + 1] == ")" or _RATING_CLOSE.match(sentence, m.end())):
            continue  # "Acme Tools (ACT) rose 2%, paring its losses": the ticker or acronym restates the name before it
        owner = _POSSESSIVE_CUT.search(m.group(0))  # "Acme's Oslo-listed stock ..., while its ...": the owner, Acme
        cleaned = clean_name(m.group(0)[: owner.start()] if owner else m.group(0), m.start())
        if cleaned and _governed_place(sentence, cleaned[0], max(start, m.start() - 40), m.start()):
            continue  # "X is the largest company based in Westmark; its shares ...": a place after a preposition owns none
        if cleaned and classify_name(cleaned[0]) == "share" and cleaned[0] not in move_words().not_company \
                and not descriptor_place(sentence, cleaned[1], cleaned[2]) \
                and not (_placed(cleaned[0]) and _LOWER_NEXT_WORD.match(sentence, m.end())):
            best = Subject("share", cleaned[0], cleaned[1], cleaned[2])  # (not "U.S. export rules": a place as a
    return best  # modifier owns no "its")


#: A stake's company right before a name ("has built a 6.1% stake in X", "took 5% of X"): X owns a later "its shares",
#: not the investor.
_STAKE_END = re.compile(r"\b(?:takes?|took|taken|buys?|bought|acquires?|acquired|builds?|built|raises?|raised|discloses?|"
                        r"disclosed)\s+(?:(?:an?|its|their)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per[\s-]?cent|percent)\s+)?(?:(?:[a-z]+\s+)?"
                        r"stake\s+in|(?<=\d%\s)of|(?<=cent\s)of)\s+(?:the\s+)?$")
_WITH_END = re.compile(r"(?:^|\s)(?:with|alongside)\s+(?:the\s+)?$")
#: The joint of two names coordinated by "and" / "or" ("Arkansas and Georgia"): the second shares the first's role.
_CONJUNCT_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?")
#: A possessive inside a capitalised phrase ("Acme's Oslo-listed", "Acme Lines' Hong Kong-listed"): the owner ends there.
_POSSESSIVE_CUT = re.compile(r"(?<=\w)['’]s?\s+(?=\S)")
#: The opening bracket of a ticker or acronym right after a name ("Acme Tools (", "Acme Tools (NYSE: ").
#: ... or the analyst's rating after the ticker in that bracket ("Acme Tools (ACT, Neutral)"; :data:`_TICKER_END`).
_RATING_CLOSE = re.compile(r"\s*,\s*[A-Za-z][A-Za-z\-]*(?:\s[A-Za-z][A-Za-z\-]*){0,2}\s*\)")
_RESTATED = re.compile(r"\s*\((?:[A-Za-z]+:\s*)?(?:[A-Z0-9][A-Z0-9.&\-]{0,11}(?:\s[A-Z]{2})?\s*,\s*)?")


def _thing_modifier(sentence: str, m: re.Match[str]) -> bool:
    """Whether the name ``m`` modifies a noun after it, with a determiner and an amount of money before it ("the
    £6.8bn Type 33 frigate contract"): a product's or a programme's name, which owns no "its"."""
    return bool(_THING_MODIFIER_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
                and _LOWER_NEXT_WORD.match(sentence, m.end()))


def only_name_before(sentence: str, pos: int) -> Subject | None:
    """The one company the sentence names before ``pos``, across clauses ("X's sales rose 12%, while its shares fell
    3%"), or None when it names none or several."""
    found: dict[str, Subject] = {}
    for m in NP_RE.finditer(sentence, 0, pos):
        if _thing_modifier(sentence, m):
            continue  # "Since the award of the £6.8bn Type 33 frigate contract, its shares": a product's name
        owner = _POSSESSIVE_CUT.search(m.group(0))  # "Acme's Oslo-listed stock ..., while its ...": Acme
        cleaned = clean_name(m.group(0)[: owner.start()] if owner else m.group(0), m.start())
        if cleaned and classify_name(cleaned[0]) == "share" and cleaned[0] not in move_words().not_company \
                and not descriptor_place(sentence, cleaned[1], cleaned[2]) \
                and not _governed_place(sentence, cleaned[0], max(0, m.start() - 40), m.start()):
            found.setdefault(cleaned[0], Subject("share", cleaned[0], cleaned[1], cleaned[2]))
    return next(iter(found.values())) if len(found) == 1 else None


#: The partners' word of a firm's name after "and" / "&" ("Eli Lilly and Co.", "Halder & Company"): no second company.
_PARTNERS = frozenset({"Co", "Co.", "Company", "Cos.", "Cie", "Cie.", "Holdings", "Sons"})  # "X and Holdings", "X and Sons"


def _joined_partners(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a list with "X and Co." (or "X and Holdings") read as one name, not the two items "X" and "Co."."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and sentence[a:b].rstrip(",") in _PARTNERS and _AND_ONLY.fullmatch(sentence[out[-1][1]: a]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _as_list(subject: Subject | None) -> list[Subject]:
    return [subject] if subject is not None else []


#: A name after a ranking participle and "by", or after "including" ("..., led by X, up 4%", "..., followed by X, down
#: 3%", "..., dragged lower by X, which ...", "..., including X, off 2%"): the name is the subject of the figure that
#: follows it in apposition, not the clause's subject before the comma.
_AGENT_NAME = re.compile(
    r"(?<![\w-])(?:(?:led|followed|helped|lifted|boosted|driven|dragged|pulled|pushed|weighed|hit|hurt|paced|headed|topped)"
    r"(?:\s+(?:down|lower|higher|up))?\s+by|including|notably|especially|such\s+as)\s+(?:the\s+)?[A-Z][^,;:()]{0,60}$")


#: A relative clause's opening word ("which owns ...", "whose brands include ..."): a clause on the name before it.
_RELATIVE_OPENING = re.compile(r"(?:which|who|whose|that)\b")


#: "shares of X" / "stock in X" opening a comma-delimited segment: the subject, not an insertion before it.
_SHARES_OF_OPEN = re.compile(r"(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?[A-Z]")


#: A clause telling a move, then a name coordinated after it ("valve maker A lost 5.5% and B"): the segment before a
#: comma that holds B's subject, no insertion.
_MOVE_THEN_NAME = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)[^,;]*?\s(?:and|while|whereas|but)\s+[A-Z]")


def _appositive(segment: str) -> bool:
    """A comma-delimited insertion that may sit between a subject and its verb."""
    if not segment or _MOVE_THEN_NAME.search(segment):
        return False
    first = segment.split()[0]
    if first.lower() in {"while", "and", "but", "as", "after", "with", "whereas", "when", "before", "though", "although", "or"}:
        return False
    if _SHARES_OF_OPEN.match(segment):
        return False  # "In Santiago, shares of X, which runs a mine, rose 3.6%": the subject itself, after an adverbial
    if first[0].islower() or first in {"The", "A", "An", "Its", "Their"}:
        return True
    return bool(_APPOS_POSSESSIVE.match(segment)) or bool(_APPOS_CAPITALS.match(segment) and not _DIGIT.search(segment))
