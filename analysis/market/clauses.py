"""Clauses around a move figure: the object of a nominal move ("a 4.6% decline in Alibaba Group") and the
subject that opens the clause a figure sits in (for participles, "after losing 41%", "to end 7.3% higher")."""

from __future__ import annotations

import re

from analysis.lexicon import move_words
from .phrases import (NP, NP_RE, Subject, classify_name, clean_name, lower_phrase, nearest_name_before, only_name_before,
                      subject_before)

_CLAUSE_NP = re.compile(
    r"(?P<np>(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+)?" + NP + r"(?:\s*,?\s*(?:and|&)\s+" + NP + r")?)"
    r"(?!\w)(?=\s*(?:[a-z]|,|\(|['’]s?\s|$))"
)
_DATE_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December)\b")
_POSSESSIVE_NOUN = re.compile(r"['’]s?\s+(?!shares|stock)[a-z]")
_POSSESSIVE_TAIL = re.compile(r"['’]s?\s+((?:[\w-]+\s+){0,3}[\w-]+)")
_WORDS_AFTER = re.compile(r"((?:[\w'’-]+\s+){0,5}[\w'’-]+)")
#: (a colon inside an exchange's ticker notation, "(NYSE: ABC)", opens no clause; a colon before "the" and a name does,
#: after a live blog's kicker: "Worth noting: the X index has turned negative too, down 0.4%")
_CLAUSE_STARTS = re.compile(r";\s*|(?<!\([A-Z]{2})(?<!\([A-Z]{3})(?<!\([A-Z]{4})(?<!\([A-Z]{5}):\s+(?=[A-Z]|the\s+[A-Z])")
#: ... and, for the clause a figure sits in, a coordinated or contrasting clause and a place's "where" clause ("in Oslo,
#: where Acme shares ended the session down 2%").
_LOCAL_CLAUSE_STARTS = re.compile(r";\s*|(?<!\([A-Z]{2})(?<!\([A-Z]{3})(?<!\([A-Z]{4})(?<!\([A-Z]{5}):\s+(?=[A-Z]|the\s+[A-Z])|,\s*(?:while|but|and|whereas|where)\s+|\s(?:while|whereas)\s+|\sbut\s+(?=[A-Z])")
#: "the" and a capitalised word opening a clause after a colon.
_THE_NAME_OPEN = re.compile(r"the\s+[A-Z]")
#: A leading adverbial and its comma ("In Oslo,", "Falling as much as 9.8%,", "Elsewhere in Europe,"); a sentence
#: adverb right before a capitalised word ("Meanwhile Acme Foods recovered, up 3% by the close") has no comma of its own.
_LEADING_ADVERBIAL = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+(?:ing|ed)\b|In|On|At|By|After|Before|Having|With|Among|Across|Since|For|From|Despite|As|Over|"
    r"Back|Along|Down|Up|Out|"  # a sentence opening on a conjunction before its adverbial ("And on Thursday, X said")
    r"(?:And|But|Yet)\s+(?:in|on|at|by|after|before|with|since|for|from|despite|as|over|then|now|later|earlier|"
    r"yesterday|today|last|this|meanwhile)\b)\b[^,]*|(?:Meanwhile|However|Elsewhere|Overall|Still|Also|Separately|Earlier|Later|"
    # a sentence adverb made of an adjective ("Unsurprisingly,", "Predictably,", "Ironically,", "Importantly,")
    r"[A-Z][a-z]{2,}(?:ing|ful|ous|al|ive|ent|ant|ate|ic|ed|ar|less|ab|ib)ly)"
    r"(?:\s+(?![A-Z])[^,]*)?),(?!\d)(?:\s*(?:and\s+)?\d[\d.]*\s*(?:%|per\s?cent\b|percent\b)[^,]*,)*\s*")  # with a list of
# figures ("After losing 8.3% on Monday, 6.1% on Tuesday and 2.5% on Wednesday, the shares ..."); never up to a
# number's comma ("On Monday the stock ended at 1,980 crowns, down 11%": no adverbial, a time word before the stock)
#: A noun phrase in apposition to a leading adverbial of time ("On March 13, the first trading day after X was closed,").
_ADVERBIAL_APPOSITIVE = re.compile(r"(?:the|a|an)\s+(?:first|last|next|final|second|third|day|week|session|morning|"
                                   r"afternoon|eve)\b[^,;]{0,80},\s*")
_TIME_LEAD = re.compile(r"(?:Today|Yesterday|Now|Tonight|Then|Earlier|Later|Meanwhile)\s+(?=[a-z])|"
                        # a weekday with no comma after it, before a pronoun or the stock ("On Thursday it reversed course
                        # and rose 2%", "On Tuesday morning the stock recovered and was up 2.3%")
                        r"(?:(?:Late|Early)\s+)?[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)"
                        r"(?:\s+(?:morning|afternoon|evening))?\s+(?=(?:it|they)\s|(?:the|its|their)\s+(?:stock|shares)\s)")
#: After a time word, a pronoun with a verb in the past ("On Thursday it reversed course and ...").
_PRONOUN_PAST = re.compile(r"(?:it|they)\s+[a-z]+ed\b")
#: A pronoun opening the clause with its verb ("it is rallying", "they were trading"): a pointer back.
_PRONOUN_OPEN = re.compile(r"(?:[Ii]t|[Tt]hey)(?:\s+(?:is|are|was|were|has|have|had|itself|themselves|then|now|also|still)\b|"
                           r"['’](?:s|re)\s)")
#: Bullets and an opening quotation mark before a clause's first word ('"Acme is the warning sign. Its shares ...'):
#: no part of the subject.
_BULLETS = re.compile(r"^[\s•\-*\"“‘]+")
_PARTICIPLE = re.compile(r"(?:ing|ed)$")
#: A definite descriptor with a place opening a clause ("The Tampere, Finland-based company", "The Wexford Bay-listed
#: lender"): a pointer back to a company, its place no name of one.
_PLACED_DESCRIPTOR = re.compile(r"[Tt]he\s+(?:[A-Z][\w.’'-]*,?\s+){0,3}?[A-Z][\w.’'-]*-(?:based|listed|headquartered|"
                                r"registered|traded)\s+(?P<nouns>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")
_DETERMINER_ONLY = re.compile(r"The|Its|Their")
#: A session's verb before its move as a noun ("closed with a fall of", "ended the day with a gain of").
_SESSION_WITH = re.compile(r"\b(?:closed|ended|finished|opened|started|began|closes|ends|finishes|opens)\b(?:\s+[\w-]+){0,3}?"
                           r"\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$")
#: A session's verb and its price, then a comma right before the figure ("closed its first day at 43,010c, up 32.3%",
#: "ended at $4.10, down 2%").
_SESSION_THEN_COMMA = re.compile(r"\b(?:closed|ended|finished|settled|opened|traded|stood)\b[^;,]*(?:,\d{3}[^;,]*)*,\s*$")
_OWNING_DESCRIPTOR = re.compile(r"(?:The|Its|Their)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*['’]s?\s")  # "The carmaker's revenue"
_DET_ADJ = re.compile(r"(?:The|A|An)\s+\S+")
#: A possessive inside a clause-opening name, before a capitalised word ("X's American", "X's Hong Kong-listed"): the
#: owner ends there when the words name a listing or depositary receipts of it.
_OWNER_CUT = re.compile(r"(?<=\w)['’]s?\s+(?=[A-Z])")
_SECURITY_NEXT = re.compile(r"\s+(?:shares|stock|bonds|notes)\b")
#: ... a listing's place ("X's Hong Kong-listed shares") or depositary receipts ("X's American depositary receipts").
_LISTED_END = re.compile(r"-(?:listed|traded|quoted)$")
_RECEIPTS_NEXT = re.compile(r"\s+(?:depositary|depository)\s+(?:receipts|shares)\b|\s+(?:ADRs|ADSs|GDRs)\b")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_DESCRIPTOR_START = re.compile(r"(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+)?(?:[Ii]ts|[Tt]heir|[Tt]he)\s")
#: "shares" / "stock" with no determiner opening a clause before its verb ("shares were little changed", "Stock closed
#: flat"): the stock of the company the passage is about ("shares of X", "stock markets" are not).
_BARE_SHARES = re.compile(r"(?:[Ss]hares|[Ss]tock)\s+(?!(?:of|in|on|markets?|prices?|futures|index|indexes|indices|exchanges?|"
                          r"options|and|or)\b)[a-z]")
_OWNER_PRONOUN = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?:shares|stock|share\s+price)\b")
_DESCRIPTOR_HEAD = re.compile(r"(?:\S+\s+){0,6}?(?:shares|stock|company|group|firm|bank|lender|maker|\w+er)\b")
#: A clause opening with a descriptor before the name ("Railroad operator CSX said", "Shares of generator maker
#: Generac Holdings rose"): the name follows the descriptor's head noun.
_DESCRIBED = re.compile(
    r"(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+)?(?:[Tt]he\s+)?(?:[A-Za-z][a-z-]*\s+){0,2}?(?P<noun>[a-z][a-z-]*)\s+(?=[A-Z])")
#: A descriptor's possessive opening the clause ("The carmaker's shares", "The lender's stock"): a pointer back to the
#: company the descriptor stands for.
_DESCRIPTOR_OWNER = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)['’]s?\s+"
                               r"(?:shares|stock|share\s+price|stock\s+price)\b")
#: A clause opening on a company's description and its verb ("The Finnish mobile game maker ended last week at €34.54,
#: after rising 1.9% on Friday"): a pointer back to the company the description stands for.
_DESCRIPTION_OPEN = re.compile(r"[Tt]he\s+(?P<words>(?:[A-Za-z][\w-]*\s+){1,5})")
_MAX_DESCRIPTION = 4  # words of a description before its company noun and verb
#: Verbs of where a stock stood or ended, after the description ("ended the week at ...", "closed at ...", "traded
#: above ..."); a reporting verb ("said its sales, after rising 2%, slowed") hands the clause to what it reports.
_STANDING_VERBS = frozenset("ended ends closed closes finished finishes opened opens traded trades stood stands was is "
                            "were are hit hits touched touches remained remains stayed stays".split())


def _description_head(text: str) -> str:
    """The company noun a clause's opening description ends on ("The Finnish mobile game maker ended ..." -> "maker"):
    the first such noun among its first words, a word in lower case (its verb) right after it; "" for any other
    opening."""
    opening = _DESCRIPTION_OPEN.match(text)
    if not opening:
        return ""
    words = opening.group("words").split()
    for i, word in enumerate(words[:_MAX_DESCRIPTION]):
        if word.islower() and _descriptor_noun(word):
            verb = words[i + 1] if i + 1 < len(words) else ""
            lex = move_words()
            return word if verb in _STANDING_VERBS or verb in lex.falls or verb in lex.rises else ""
    return ""
_VERB_GAP = re.compile(r"(?:\s*\([^)]{1,24}\))?(?:['’]s?)?(?:\s+(?:shares|stock))?")


_OWNED_TAIL = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_SHARE_WORDS = re.compile(r"(?:shares|stock|share\s+price|stock\s+price|adrs|market\s+(?:value|cap|capitali[sz]ation)"
                          r"|(?:value|valuation)(?!\s+of\b))\b")  # "X's value" is its market value; not "X's value of orders"
_GENERIC_HEADS = frozenset({"shares", "stock", "stocks", "equities", "group", "names", "futures", "contract", "contracts"})
_STOP_WORDS = frozenset("in on at after before as since for to from with by amid despite following while when over during".split())
_OWN_SHARES = re.compile(r"(?:its|their)\s+(?:share\s+price|stock\s+price|shares|stock|market\s+(?:value|cap|"
                         r"capitali[sz]ation)|value|valuation)\b")
_OBJECT_AFTER = re.compile(
    r"^(?:\s+(?:overnight|yesterday|today|last\s+week|this\s+week|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)))?"
    r"\s+(?:in|for|at|of|among|across|off)\s+(?:(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+)?(?P<rest>.*)$", re.DOTALL
)


#: The stock's value named before its owner in a nominal move's object ("off the value of X", "in the market value of the
#: lender"): the owner after "of" is what moved.
_VALUE_OF = re.compile(r"the\s+(?:market\s+|stock-market\s+)?(?:value|valuation|capitali[sz]ation)\s+of\s+(?=the\s|[A-Z])")
_THE_NAME = re.compile(r"the\s+(?:[a-z][\w-]*\s+)?(?=[A-Z&][\w&]*\s+[A-Z0-9&])")


#: The lower-case noun of an index right after its name ("the Castellio 40 index", "the Brimwick benchmark").
INDEX_HEAD_AFTER = re.compile(r"\s+(?:index|indexes|indices|benchmark|gauge|average|composite)\b")


def _quantity_before_name(words: str) -> bool:
    """Whether the words before a capitalised word in a nominal move's object name a business quantity ("a 12% drop in
    sales in February", "a 9% rise in orders from Acme"): the quantity is what changed, the capital a month or a
    customer; the words are no descriptor of a company's name ("a 12% gain for rival Acme")."""
    lex = move_words()
    return any(w.lower().strip("'’") in lex.non_move_subjects for w in words.split())


def object_after(sentence: str, pos: int) -> list[Subject]:
    """What a nominal move is about: "a 4.6% decline in Alibaba Group", "a 7.3% fall for Ericsson", "an 8.5%
    drop in Richemont shares", "a 46% drop in the miner's profit" (``reject``). [] when no object follows."""
    m = _OBJECT_AFTER.match(sentence[pos:])
    if not m:
        return []
    start = pos + m.start("rest")
    rest = m.group("rest")
    value = _VALUE_OF.match(rest)  # "knocked a quarter off the value of the launch company": what the value is of
    if value:
        start, rest = start + value.end(), rest[value.end():]
    the = _THE_NAME.match(rest)  # "a 3% decline for the KBW Regional Banking Index": the name after "the"
    if the:
        start, rest = start + the.end(), rest[the.end():]
    unnamed = _UNNAMED_INDEX.match(rest)
    if unnamed:  # "compared with a 4% fall in an index of European luxury stocks": an index the text does not name
        return [Subject("index", unnamed.group(0).strip(" .,;:"))]
    described = _DESCRIBED.match(rest)  # "a 38% collapse in department-store group Tarlow": the name after its noun
    if described and (_descriptor_noun(described.group("noun")) or described.group("noun") in move_words().descriptor_words) \
            and not described.group(0)[:1].isupper() and not (value and _DATE_WORD.match(rest, described.end())) \
            and not _quantity_before_name(described.group(0)):
        # (or after "rival", "peer": "a 12% gain for rival X"; not "the value of the lens maker on Tuesday": a day)
        start, rest = start + described.end(), rest[described.end():]
    np = NP_RE.match(rest)
    if np and not _DATE_WORD.match(rest):
        name_end = start + np.end()
        after = sentence[name_end:]
        cleaned = clean_name(np.group(0), start)
        if cleaned is None:
            return []
        name, a, b = cleaned
        owner = np.group(0).endswith(("'s", "’s", "'", "’"))  # "Vexa's" is read with the name
        tail = _POSSESSIVE_TAIL.match(after) if _POSSESSIVE_NOUN.match(after) else _OWNED_TAIL.match(after) if owner else None
        if tail and _owned_other(tail.group(1)):
            return [Subject("reject", name)]  # "a 46% drop in the miner's profit", "a 10% drop in Vexa's bonds"
        index = _owned_index(sentence, name_end) if owner else None
        if index is not None:  # "a 1.1% decline in the exchange's insurance index": the owner's index, no share move
            return [Subject("index", sentence[a:index], a, index)]
        kind = classify_name(name)
        head = INDEX_HEAD_AFTER.match(after) if kind == "share" and not owner else None
        if head:  # "a 0.5% gain in the Castellio 40 index": a name the catalogue lacks, then the index's own noun
            return [Subject("index", sentence[a: name_end + head.end()], a, name_end + head.end())]
        if kind == "reject":  # a place or a people's adjective: "a 2% fall in London" is the subject's, unless
            return _after_place(sentence, a, name_end)  # a noun of its own follows ("in UK sales", "in the Oslo index")
        return [Subject(kind, name, a, b)]
    words = _WORDS_AFTER.match(rest)
    if not words:
        return []
    phrase = words.group(1)
    lex = move_words()
    low = [w.lower().strip("'’") for w in phrase.split()]
    if _OWN_SHARES.match(" ".join(low)):
        return [Subject("coref", "", head="shares")]  # "a 5% drop in its share price", "5% off their market value"
    if any(w in lex.non_move_subjects or w.removesuffix("'s") in lex.non_move_subjects for w in low):
        return [Subject("reject", phrase)]
    cut = next((i for i, w in enumerate(low) if i and w in _STOP_WORDS), len(low))
    head = low[cut - 1].strip(".,;:")
    if low[0] == "the" and head in lex.index_heads and head not in _GENERIC_HEADS:
        return [Subject("index", " ".join(phrase.split()[:cut]).strip(".,;:"))]  # "a 1% drop in the benchmark"
    if low[0] in {"its", "their"} and head in lex.index_heads and head not in _GENERIC_HEADS:
        return [Subject("reject", phrase)]  # "after a plunge in its main stock indexes": a country's indices
    if low[0] in {"the", "its", "their"}:  # "the lens maker on Tuesday": the noun before the preposition
        return [Subject("coref", "", head=head if value else low[-1])]
    noun_end = next((i for i, w in enumerate(low) if i and w.strip(".,;:") in _NOUN_PHRASE_END), len(low))
    if _counted_things(low[:noun_end], low[noun_end - 1].strip(".,;:")):
        return [Subject("reject", " ".join(phrase.split()[:noun_end]))]  # "an 18% jump in burglaries": things counted
    return []


#: A word in small letters after a place or a people's adjective in a nominal move's object ("UK store sales",
#: "European banking sector", "Oslo benchmark"); read up to a preposition.
_PLACE_NOUN = re.compile(r"\s+([a-z][\w'’-]*)")


def _after_place(sentence: str, a: int, name_end: int) -> list[Subject]:
    """The object of a nominal move that opens on a place or a people's adjective: the index its nouns name ("a 4%
    fall in the Oslo benchmark"), a rejection when they name a sector or what is no stock ("a 2.4% fall in UK
    store sales", "a 0.6% rise in the European banking sector"), else [] (the place is where the subject's
    shares traded: "a 2% fall in London")."""
    words: list[str] = []
    end = name_end
    while len(words) < 4 and (m := _PLACE_NOUN.match(sentence, end)) and m.group(1) not in _STOP_WORDS \
            and m.group(1) not in {"and", "or", "but"}:
        words.append(m.group(1))
        end = m.end()
    if not words:
        return []
    lex = move_words()
    head = words[-1].strip("'’")
    if head in lex.index_heads and head not in _GENERIC_HEADS:
        return [Subject("index", sentence[a:end], a, end)]
    if head in lex.sector_words or any(w in lex.non_move_subjects for w in words):
        return [Subject("reject", " ".join(words))]
    return []


#: The nouns of an index a text describes without its name ("an index of European luxury stocks", "a gauge of
#: chipmakers", "a basket of regional banks").
_UNNAMED_INDEX = re.compile(r"an?\s+(?:index|gauge|basket|benchmark|measure)\s+of\s+(?:[A-Za-z][\w&'’-]*\s+){0,4}?"
                            r"(?:stocks|shares|companies|firms|groups|makers|banks|lenders|miners|producers|[a-z]+ers)\b")
#: Words that close the noun phrase after a move noun ("burglaries among its clients", "burglaries last year").
_NOUN_PHRASE_END = _STOP_WORDS | frozenset("of among across over during last this next and or".split())
#: Plural nouns after a move noun that still name shares or a session ("a 2% gain in early deals", "over two days").
_SESSION_PLURALS = frozenset("deals dealings trades sessions hours minutes days weeks months years adrs adss gdrs "
                             "names".split())


def _counted_things(words: list[str], head: str) -> bool:
    """Whether a bare lower-case plural after a move noun ("an 18% jump in burglaries", "a 7% drop in
    applications") names things counted, not a stock: no determiner, and a plural head that is no word of shares, an
    index, a sector, a commodity, a currency or a session ("a 4% fall in regional lenders", "in early deals" stay)."""
    lex = move_words()
    if not words or words[0] in {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}:
        return False
    if len(head) < 4 or not head.endswith("s") or head.endswith("ss") or head in _SESSION_PLURALS:
        return False
    return not any(head in vocab or head.rstrip("s") in vocab for vocab in (
        lex.index_heads, lex.sector_words, lex.commodity_words, lex.currency_words, lex.company_nouns))


#: The words after an owner's possessive that name one of its indices ("insurance index", "all-share index"): one to
#: three words in small letters, the last an index's noun.
_OWNED_INDEX = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:index|indices|indexes|sub-index|benchmark|gauge)\b")


def _owned_index(sentence: str, name_end: int) -> int | None:
    """The end of an index an owner's possessive names right after a figure's "in" ("a 1.1% decline in the JSE's
    insurance index"; ``name_end`` is the possessive's end): the index moved, not its owner's shares. None otherwise."""
    m = _OWNED_INDEX.match(sentence, name_end)
    return m.end() if m else None


def _owned_other(words: str) -> bool:
    """Whether the lower-case words after an owner's name ("Vexa's bonds rattled ...") name a quantity other than
    its shares: a non-move noun among the first three words, before any preposition; the shares themselves
    ("Vexa's share price", "Vexa's stock") are no other quantity."""
    lex = move_words()
    low = [w.lower() for w in words.split()][:3]
    if not low or _SHARE_WORDS.match(" ".join(low)):
        return False
    for i, w in enumerate(low):
        if w in _STOP_WORDS:
            break
        if w in lex.non_move_subjects or " ".join(low[i:i + 2]) in lex.non_move_subjects:
            return True
    return False


#: A capitalised word shaped like a participle ("Feed", "Shipping", "Battered") right before a lower-case word.
_PARTICIPLE_SHAPED_OPEN = re.compile(r"[A-Z][a-z]+(?:ing|ed)\s+[a-z]")


def _described_opening(text: str, lead_end: int) -> bool:
    """Whether a clause read as opening with a participle and its comma ("Feed maker Acme extended its slide, falling
    another 4.4%", "Shipping firm Acme ...,") opens with a descriptor and the name it describes: a word shaped like a
    participle, a descriptor's head noun, then a capitalised name before the comma. The name is the clause's subject,
    no adverbial."""
    if not _PARTICIPLE_SHAPED_OPEN.match(text):
        return False
    described = _DESCRIBED.match(text)
    return described is not None and described.end() < lead_end and _descriptor_noun(described.group("noun"))


def clause_subject(sentence: str, pos: int, local: bool = False) -> list[Subject]:
    """The subject that opens the clause containing ``pos`` (for participles, "after losing 41%", "to end 7.3%
    higher", nominal moves with no object). Leading adverbials ("In Oslo,", "Falling as much as 9.8%,") are
    skipped. ``local``: clauses also end at ", while" / ", but" / ", and" ("..., while B underperformed,
    falling 2%")."""
    splitter = _LOCAL_CLAUSE_STARTS if local else _CLAUSE_STARTS
    starts = [0] + [m.end() for m in splitter.finditer(sentence[:pos])]
    start = starts[-1]
    text = sentence[start:pos]
    for _ in range(3):
        lead = _LEADING_ADVERBIAL.match(text)
        if not lead or _described_opening(text, lead.end()):
            break
        text = text[lead.end():]
        start += lead.end()
        appos = _ADVERBIAL_APPOSITIVE.match(text)  # "On March 13, the first trading day after the closure, X fell"
        if appos:
            text = text[appos.end():]
            start += appos.end()
    text = _BULLETS.sub("", text)
    start = pos - len(sentence[start:pos].lstrip(" •-*\"“‘")) if text else start
    when = _TIME_LEAD.match(text)  # "Today it is rallying, up 4.5%": a time word with no comma before the subject
    if when:
        text = text[when.end():]
        start += when.end()
    if start > 0 and _THE_NAME_OPEN.match(text) and sentence[start: start + 3] == "the":
        # "Worth noting: the X Composite has turned negative too, down 0.4%": a clause after a kicker's colon (or a
        # leading adverbial, "However, the Board expects ...") opens on "the" and a name, read as a sentence's "The"
        # (same length, so the offsets hold)
        sentence, text = sentence[:start] + "T" + sentence[start + 1:], "T" + text[1:]
    if _PRONOUN_OPEN.match(text) or when and _PRONOUN_PAST.match(text):
        return [Subject("coref", "", head=re.split(r"['’\s]", text, maxsplit=1)[0].lower())]  # "it is rallying, up 4.5%"
    lex = move_words()
    described = _DESCRIBED.match(text)
    # a descriptor in lower case opens a clause after ", while" / ", but" ("..., while barge operator X reversed course and
    # rose 2%"); at the sentence's start the lower-case words are no opening of a clause
    if described and _descriptor_noun(described.group("noun")) and (not described.group(0)[:1].islower()
                                                                     or local and len(starts) > 1):
        start += described.end()
        text = text[described.end():]
    owner = _DESCRIPTOR_OWNER.match(text)
    if owner:  # "The carmaker's stock has erased most of Monday's N% loss": the company "the carmaker" means
        return [Subject("coref", "", head=owner.group("noun").lower())]
    head = _description_head(text)
    if head:  # "The game maker ended the week at €34.54, after rising 1.9%": the company the description stands for
        return [Subject("coref", "", head=head)]
    placed = _PLACED_DESCRIPTOR.match(text)
    if placed:  # "The Tampere, Finland-based company rose 3%, taking its gain to 9%": the company, not its place
        nouns = [w for w in placed.group("nouns").split() if _descriptor_noun(w)]
        return [Subject("coref", "", head=nouns[-1] if nouns else "company")]
    m = _CLAUSE_NP.match(text)
    if m:
        lowers = m.group("np").split()[0].lower()
        if (lowers in lex.falls or lowers in lex.rises) and _PARTICIPLE.search(lowers):
            return []  # a fronted participle ("Falling as much as 9.8% ..."), not a name
        if _DET_ADJ.fullmatch(m.group("np")) and _LOWER_NEXT.match(text[m.end("np"):]):
            return []  # "The Spanish lender": an adjective, not a name
        first_end = start + m.end("np")
        owner = _OWNER_CUT.search(m.group("np"))
        if owner and (_RECEIPTS_NEXT.match(sentence, first_end) or _LISTED_END.search(m.group("np"))
                      and _SECURITY_NEXT.match(sentence, first_end)):
            # "X's American depositary receipts fell 9.5%, a steeper drop than the 8.1% slide in ...": the owner X
            # opens the clause; the capitalised word after its possessive describes what it owns
            first_end = start + m.start("np") + owner.start()
        follow = _NEXT_WORD.match(sentence[first_end:])
        if follow and follow.group(1) in lex.non_move_subjects:
            return [Subject("reject", follow.group(1))]  # "Consumer prices rose ...", "Iron ore prices ..."
        modified = _modified_noun(sentence, start + m.start("np"), first_end) if follow else None
        if modified is not None:  # "Three-month copper ... added 1.2%, after jumping 3.4%": the commodity, no "Three-month"
            return [modified]
        got = subject_before(sentence, first_end + _verb_gap(sentence, first_end))
        descriptor = (got and got[0].kind == "reject" and _DETERMINER_ONLY.fullmatch(m.group("np"))
                      and _DESCRIPTOR_START.match(text) and not _OWNING_DESCRIPTOR.match(text))
        if descriptor and not _SESSION_WITH.search(text) and _SESSION_THEN_COMMA.search(sentence, 0, pos):
            head = _DESCRIPTOR_HEAD.match(text)
            noun = head.group(0).split()[-1].lower() if head else ""
            if _descriptor_noun(noun):  # "The payments group closed at 43,010c, up 32.3%": the company it stands for
                return [Subject("coref", "", head=noun)]
        if not (descriptor and _SESSION_WITH.search(text)):
            return got  # (not "The carmaker closed with a fall of 5%": "The" alone is no name; its descriptor is read below)
    if _BARE_SHARES.match(text):  # "...; shares were little changed after a 0.6% dip": the stock talked about
        return [Subject("coref", "", head="shares")]
    if _DESCRIPTOR_START.match(text):
        if _OWNER_PRONOUN.match(text) and start > 0:  # "X's deposits rose 4%, and its shares jumped, climbing 11%"
            near = nearest_name_before(sentence, start) or only_name_before(sentence, start)
            if near is not None:
                return [near]
        head = _DESCRIPTOR_HEAD.match(text)
        return [Subject("coref", "", head=(head.group(0).split()[-1].lower() if head else "shares"))]
    return []


#: Lower-case words right after a clause-opening capitalised word, and what follows them (a comma, or the word that
#: ends their noun phrase: "Spot gold" + " added", "Public sector wages" + " rose", "Three-month copper" + " on the").
_LOWER_RUN = re.compile(r"((?:\s+[a-z][\w-]*){1,4})(\s*[,;(]|\s*$)?")
#: Auxiliaries that may follow a subject's noun phrase before its verb ("Spot gold was up 1%").
_AUXILIARIES = frozenset("is are was were has have had".split())


#: Irregular verb forms that may follow a name ("Acme said deposits fell", "Acme told analysts ..."): no noun's modifier.
_IRREGULAR_VERBS = frozenset("said told saw sees made sold bought took gave got kept put set cut let hit left won ran became "
                             "began felt found held knew led meant met paid brought thought sent spent built".split())


def _noun_modifier(word: str) -> bool:
    """Whether a lower-case word before a noun may modify it as a compound's first noun does ("sector" of "sector
    wages", "oil" of "oil output"): no past form, no third person's "-s", no irregular verb."""
    return not (word.endswith("ed") or word.endswith("s") and not word.endswith("ss") or word in _IRREGULAR_VERBS)


def _modified_noun(sentence: str, start: int, end: int) -> Subject | None:
    """The reading of a capitalised word or name opening a clause together with the lower-case nouns after it, when
    they end on a commodity or a currency ("Spot gold", "Three-month copper", "Front-month Brent crude": a market, the
    capitalised word its modifier) or on a quantity that is no share price ("Public sector wages", "Acme oil output");
    None otherwise (the name stays the subject: "Acme Mining added 1.2%", "Acme chief executive Jane Roe said").
    ``start``/``end``: the capitalised words in ``sentence``."""
    lex = move_words()
    run = _LOWER_RUN.match(sentence, end)
    if run is None:
        return None
    words = run.group(1).split()
    ends = [w in lex.falls or w in lex.rises or w in _STOP_WORDS or w in _AUXILIARIES for w in words]
    cut = next((i for i, stop in enumerate(ends) if stop), None)
    if cut is None and run.group(2) is not None:
        cut = len(words)  # the nouns run up to a comma ("Spot gold, which ...")
    if not cut:
        return None  # the name's own verb ("Acme added 2%"), a preposition or an auxiliary; or no end in sight
    words = words[:cut]
    if not all(_noun_modifier(w) for w in words[:-1]):
        return None  # a verb before the noun ("Acme said deposits fell", "Acme expects sales to ..."): a clause of its own
    head, two = words[-1], " ".join(words[-2:])
    if head in lex.non_move_subjects or two in lex.non_move_subjects:
        return Subject("reject", two if two in lex.non_move_subjects else head)
    if head in lex.commodity_words or two in lex.commodity_words or head in lex.currency_words:
        found = lower_phrase(" ".join([sentence[start:end], *words]), False)
        return found if found is not None and found.kind == "index" else None
    return None


def _verb_gap(sentence: str, end: int) -> int:
    """Length of a ticker or "'s shares" right after a clause-opening name, so the subject reading includes it."""
    m = _VERB_GAP.match(sentence[end:])
    return m.end() if m else 0


def _descriptor_noun(word: str) -> bool:
    """A noun that describes a company ("operator", "maker", "insurer") and may stand before its name."""
    lex = move_words()
    return word in lex.company_nouns or word.endswith("maker")
