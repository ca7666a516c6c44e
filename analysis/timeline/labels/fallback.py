"""The label when no known verb is found: the trimmed clause around the date, tidied."""

from __future__ import annotations

import re

from analysis.lexicon import finite_verb_words, label_verb_forms, verb_forms
from analysis.timeline.labels.constructions import LEAD_PREP
from analysis.timeline.labels.model import EventLabel
from analysis.timeline.labels.names import PREFIX, QUOTE
from analysis.timeline.labels.words import AUX, MODALS, PHRASE_OPENERS, blank, present_clause


MAX_LABEL_CHARS = 120


_TRAILING_PREP = re.compile(r"\b(?:on|in|at|by|during|of|the end of)\s*$")


#: A word a fallback label may not end on once its date is cut out: a preposition, a conjunction or a determiner
#: ("loans through [January]", "in 2008 and [in 2016]", "no decision before [end-September]").
_TRAILING_FUNCTION = re.compile(r"\s+(?:on|in|at|by|during|of|through|until|till|from|to|since|for|before|after|around|"
                                r"with|and|or|but|than|as|a|an|the|its|their|his|her|least|every\s+other|every|each)$",
                                re.IGNORECASE)


_SPACES = re.compile(r"\s+")


#: A copula left at the end once the date it had for its complement is cut out ("International Women's Day is [this
#: coming Sunday]").
_TRAILING_COPULA = re.compile(r"\s+(?:is|are|was|were|(?:will|would)\s+be|has\s+been|had\s+been)$", re.IGNORECASE)


#: Clause punctuation for the fallback label (a comma between digits, "1,500", is not one).
_CLAUSE_BREAK = re.compile(r"[;:—()]|,(?!\d)|(?<!\d),")


#: Punctuation or a preposition the removed date leaves before a colon or semicolon.
_LEFT_PUNCT = re.compile(r"(?:\s*,|\s+(?:to|on|from|until|through|since|at|in|by))+\s*([:;])")


_LEAD_CONJUNCTION = re.compile(r"^(?:and|but|also|then|so|yet|or)\b\s*", re.IGNORECASE)


#: A preposition of time opening a fallback label's phrase: "(Even) after the short-covering rally" is the rally.
_LEAD_SUBORDINATOR = re.compile(r"^(?:(?:even|just|only|shortly|soon|long)\s+)?(?:after|before|following|since|until|amid|"
                                r"despite|ahead\s+of)\s+(?=[^,;]*$)", re.IGNORECASE)


#: A conjunction of time opening a fallback label's clause: "When one of the country's two main venues went dark" is
#: the venue going dark (its own subject and verb follow).
_LEAD_WHEN = re.compile(r"^(?:(?:even|just|only|back)\s+)?(?:when|whenever|once|as\s+soon\s+as)\s+(?=[^,;]*$)", re.IGNORECASE)


#: What a removed date may leave in a label: a space before a stop, two stops in a row, a preposition at the end.
_SPACE_BEFORE_STOP = re.compile(r"\s+([,;:.!?])")


_DOUBLED_STOP = re.compile(r"([,;:])(?:\s*[,;:])+")


_DANGLING_END = re.compile(r"\s+(?:on|in|at|by|during|for|from|to|since|until|till|of|before|after|around|through)$",
                           re.IGNORECASE)


#: A label ending on an abbreviation keeps its full stop: "the U.S.", "Ogden Corp.", "Jr.".
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Corp|Inc|Co|Ltd|Jr|Sr|Bros|St|Mt|No)\.)$")


#: The caption prefix of a chart or picture ("[Chart: Vivacast shares, down 17% ...]"): not the event's words.
_GRAPHIC_PREFIX = re.compile(r"^\[?(?:chart|graphic|graph|photo|picture|image|table|video|map)\s*:\s*", re.IGNORECASE)


#: A dash left opening the label once the date before it is out ("28/04/2020 — KPMG report." -> "— KPMG report"); not
#: a figure's minus sign ("-2.1%").
_LEADING_DASH = re.compile(r"^[—–-]+\s+")


_TABLE_BARS = re.compile(r"\s*\|\s*")


#: A chronology line's date left opening the label, with its weekday or the brackets the weekday was cut out of ("3/14
#: (Tuesday) - ", "3/14 ( ) - ", "9/12/2031 - "): no part of its event.
_LIST_DATE = re.compile(r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:\((?:[A-Z][a-z]+)?\s*\))?|\((?:[A-Z][a-z]+)?\s*\))\s*[-–—]\s+"
                        r"(?=\S)")


def tidy_label(label: str) -> str:
    """``label`` without the debris of the date taken out of it: no space before a stop and no doubled stop ("When the
    tally came,, it was" -> "When the tally came, it was"), no dash opening it ("— 45p U-turn" -> "45p U-turn"), no
    closing quotation mark that opens nowhere nor an opening one that closes nowhere, and no stop at the end ('Refund details ."' -> "Refund details"), no
    preposition left at the end ("Hearing is set for" -> "Hearing is set"), no bracket left open at its end."""
    # a table row's cells ("| 155.36 | +0.4%"): the cells in a list, no bars
    label = ", ".join(cell for cell in _TABLE_BARS.split(label.strip()) if cell) if "|" in label else label
    text = _DOUBLED_STOP.sub(r"\1", _SPACE_BEFORE_STOP.sub(r"\1", label))
    text = _LEADING_DASH.sub("", _GRAPHIC_PREFIX.sub("", _LIST_DATE.sub("", text)))
    text = text[:1].upper() + text[1:]
    if text.endswith("”") and "“" not in text or text.endswith('"') and text.count('"') % 2 \
            or text.endswith("]") and "[" not in text:
        text = text[:-1]
    if text.startswith('"') and text.count('"') % 2 or text.startswith("“") and "”" not in text:
        text = text[1:].lstrip()  # a quotation that goes on past the sentence ('"The ad business is fine today.'): no mark opening nowhere
    text = text.rstrip(" ,;:")
    opened = text.rfind("(")
    if opened > 0 and ")" not in text[opened:] and len(text[:opened].split()) >= 2:
        text = text[:opened].rstrip(" ,;:-–—")  # a bracket the label cut before it closes ("Opening auction (delayed")
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        text = text.rstrip(" ,;:.")
    while len(text.split()) > 2 and _DANGLING_END.search(text):
        text = _DANGLING_END.sub("", text).rstrip(" ,;:")
    return text



#: A ticker in brackets ("(NYSE: ABBV)", "(Nasdaq: QRX.O)", "(VLDR.L)"), a name's short form ("(PBOC)", "(BoN)") or an amount
#: put in another currency ("($18.6 billion)") before a word in small letters: an aside inside the clause, no break.
_BRACKET_ASIDE = re.compile(r"\((?:(?:[A-Z][A-Za-z]{1,14}\s*:\s*)?[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,3})?|[A-Z][A-Za-z0-9&]{1,9}"
                            r"|[A-Z]{0,3}[$£€¥]\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|mn|bn|m|k))?)\)(?=\s+[a-z])")


def _without_asides(text: str, expr_start: int, expr_end: int) -> str:
    """``text`` with its bracketed tickers blanked (the same length): their brackets break no clause ("Shares of X
    (NYSE: ABC) were down 5.8% on Tuesday" keeps its subject)."""
    for m in _BRACKET_ASIDE.finditer(text):
        if m.end() <= expr_start or m.start() >= expr_end:
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


#: A clause that opens on its verb ("was part of a crew", "had been set to expire"): its subject is further back.
_PREDICATE_START = re.compile(r"(?:was|were|is|are|has|had|have|will|would|could|can|may|might|must|should)\b")


#: A comma that separates phrases (not the thousands of "1,500").
_PHRASE_COMMA = re.compile(r",(?!\d)|(?<!\d),")


#: A word opening a sentence before its subject and a comma ("However, the unit, while profitable, was hurt").
_OPENING_ADVERBS = frozenset("however meanwhile still yet instead separately moreover indeed now then later earlier "
                             "also besides nonetheless nevertheless".split())


#: Determiners that open a subject after a one-word opener ("However, the unit ...").
_PAST_DETERMINERS_LOWER = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})


#: Words of a subject's own clause inside an aside: "Slepian, who was the clinic's doctor, was shot".
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whose", "whom"})


def _has_own_verb(words: list[str], participle_first: bool) -> bool:
    """Whether ``words`` hold a verb of their own: an auxiliary or a past form, but inside a relative clause ("who
    was") or, when ``participle_first``, as the phrase's first word ("valued at $5 million")."""
    forms = verb_forms()
    for n, word in enumerate(words):
        low = word.lower().strip(".\"'“”‘’")
        if low in _RELATIVE_WORDS:
            return False
        past = low in forms and low not in (forms[low].lemma, forms[low].third) and not low.endswith("ing")
        if low in AUX | MODALS or (past and not (participle_first and n == 0)):
            return True
    return False


#: Words that open a clause's subject after a phrase fronted before it: a subject pronoun or a determiner.
_SUBJECT_OPENERS = frozenset({"it", "he", "she", "they", "we", "the", "its", "his", "her", "their"})


def _finite_in(words: list[str], auxiliaries: bool = True) -> bool:
    """Whether ``words`` hold a finite verb after their first word: an auxiliary or a modal (unless ``auxiliaries`` is
    False) or a past of a verb a label is made from (:func:`label_verb_forms`)."""
    forms = label_verb_forms()
    for word in words[1:]:
        low = word.lower().strip(".,\"'“”‘’")
        if low in AUX | MODALS:
            if auxiliaries:
                return True
        elif low in forms and low not in (forms[low].lemma, forms[low].third) and not low.endswith("ing"):
            return True
    return False


def _subject_over_asides(text: str, left: int) -> str:
    """The subject of a clause that opens on its verb after asides between commas ("McBride, 54, of Lewisburg,
    West Virginia, [was part of a crew]", "The offer, valued at $576 million, [had been set to expire]"): the noun
    phrase opening the sentence (after a one-word opener: "However, the unit, while profitable, [was hurt]"), its
    bracketed aside left out, when neither it nor an aside after it has a verb of its own; empty otherwise."""
    if text[left:left + 1] != "," or any(c in text[:left] for c in ";:—–"):
        return ""
    parts = [p.strip() for p in _PHRASE_COMMA.split(text[:left])]
    opener = bool(parts) and parts[0].lower() in _OPENING_ADVERBS and len(parts) > 2
    parts = parts[1:] if opener else parts
    subject = re.sub(r"\s*\([^()]*\)", "", parts[0]).strip()
    words = subject.split()
    opens = bool(words) and (words[0][:1].isupper() or (opener and words[0] in _PAST_DETERMINERS_LOWER))
    if len(parts) < 2 or not 1 <= len(words) <= 8 or not opens or _has_own_verb(words, False) \
            or any(not aside or _has_own_verb(aside.split(), True) for aside in parts[1:]):
        return ""
    return subject


def _past_possessive(sentence: str, expr_end: int) -> int:
    """The end of the expression with its possessive ("most of this week's volume"): no "'s" is left without its owner."""
    return expr_end + 2 if sentence[expr_end:expr_end + 2] in ("'s", "’s") else expr_end


def noun_follows(text: str, at: int) -> bool:
    """Whether a word that may be a noun follows ``at`` (after a date's "'s": "Monday's call"; not a verb: "a fall like
    Monday's stays", where the possessive stands alone)."""
    after = re.match(r"\s+([A-Za-z][\w-]*)", text[at:])
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in AUX | MODALS and word not in finite_verb_words()


def fallback_label(sentence: str, expr_start: int, expr_end: int, most: int = 0) -> EventLabel:
    """The clause around the expression, without the expression, trimmed to about ten words. ``most``: another limit
    than :data:`FALLBACK_WORDS` (:func:`_whole_phrases`), and a copula closing the clause is cut only when the date was
    its complement ("The record date is [Nov. 9]"; not "There it is" of "[04:03] - There it is")."""
    expr_end = _past_possessive(sentence, expr_end)
    text = _without_asides(blank(blank(sentence, PREFIX), QUOTE, "“…”"), expr_start, expr_end)
    left = max((m.start() for m in _CLAUSE_BREAK.finditer(text, 0, expr_start)), default=-1)
    right = min((m.start() for m in _CLAUSE_BREAK.finditer(text, expr_end) if text[m.start()] != "("), default=len(text))
    lead = re.compile(r"(?:\b(?:late|early)\s+)?\b(?:as\s+of|up\s+until|on|in|at|by|during|since|until|from|for)\s*$"
                      # "just after midnight", "shortly before 9 a.m.": the modifier goes with the time
                      r"|\b(?:shortly|just|soon|right|moments|minutes|hours)\s+(?:before|after)\s*$", re.IGNORECASE)
    if text[expr_start:expr_start + 4].lower() == "the ":  # "over the week so far": the span's preposition goes too
        lead = re.compile(rf"{lead.pattern}|\b(?:over|throughout)\s*$", re.IGNORECASE)
    if text[expr_end - 2:expr_end] in ("'s", "’s") and expr_end - expr_start > 3 and noun_follows(text, expr_end) \
            and re.search(r"\w", lead.sub("", text[left + 1:expr_start])):
        # "Nobody on Tuesday's call asked ...": inside its clause, the date stands for "the" of the noun phrase it
        # opens, and the preposition before it keeps its object ("Nobody on the call asked ...", not "Nobody call")
        text = text[:expr_start] + "the".ljust(expr_end - expr_start) + text[expr_end:]
        expr_start += 3
        the_at = expr_start - 3
    else:
        the_at = -1
    clause = (lead.sub("", text[left + 1 : expr_start]) + text[expr_end:right]).strip(" .,_-–—")
    dated_subject = _date_subject(text, left, expr_start, expr_end, right)
    if dated_subject:
        clause = dated_subject
    if left > 0 and _PREDICATE_START.match(clause):
        subject = _subject_over_asides(text, left)
        clause = f"{subject} {clause}" if subject else clause
    if len(_LEAD_CONJUNCTION.sub("", clause).split()) < 3:
        # the expression fills its clause ("In March, X did Y"): the sentence without it and its preposition
        clause = lead.sub("", text[:expr_start]).rstrip() + " " + text[expr_end:].lstrip()
        clause = re.sub(r"\s+([,;:.])", r"\1", clause).strip(" .,;:")
    clause = _LEAD_CONJUNCTION.sub("", clause.strip(" ,_")).strip(" ,")
    head = PREFIX.match(sentence)
    if head is not None and expr_end <= head.end() and _FRONTED.match(clause) and right < len(text) \
            and text[right] == ",":
        # the date heads the line ("May 11 - After the close, Orvane recalls its dryers."): the line's event
        # is its main clause, not the phrase fronted before it
        after = min((m.start() for m in _CLAUSE_BREAK.finditer(text, right + 1)), default=len(text))
        main = text[right + 1:after].strip(" .,_")
        if len(main.split()) >= 3:
            clause = main
    if right < len(text) and text[right] == "," and _FRONTED_PHRASE.match(clause) and expr_start < right \
            and not any(w.lower().strip(".,") in verb_forms() for w in clause.split()[1:]):
        # "For 38 minutes on Sunday, the final vanished": a fronted phrase with no verb; the main clause after it tells
        after = min((m.start() for m in _CLAUSE_BREAK.finditer(text, right + 1)), default=len(text))
        main = text[right + 1:after].strip(" .,_")
        if len(main.split()) >= 3:
            clause = main
    fronted = FRONTED_PREPOSITION.match(text)
    if fronted is not None and (not lead.sub("", text[fronted.end():expr_start]).strip()
                                or re.match(r"[a-z]+ing\b", text[fronted.end():])):
        fronted = None  # "On Thursday of last week, ...", "By mid-morning on October 1, ...": the phrase is the date
    if left < 0 and right < len(text) and text[right] == "," and fronted and fronted.end() <= expr_start < right:
        # "On the results call on Tuesday, Ada Roe was upbeat": the phrase fronted before the comma holds the date; the
        # main clause after it tells the day's event
        after = min((m.start() for m in _CLAUSE_BREAK.finditer(text, right + 1)), default=len(text))
        main = text[right + 1:after].strip(" .,_")
        if len(main.split()) >= 3 and _finite_in(main.split()) and not _finite_in(main.split(), auxiliaries=False):
            clause = main  # (a clause on a verb of its own is worded from that verb: "Ravel presents plan")
    if left < 0 and fronted and fronted.end() <= expr_start and not _PHRASE_COMMA.search(text, 0, expr_start):
        # "In pre-market dealings on Thursday it was 2.3% lower": the date closes the phrase fronted before the subject
        rest = text[expr_end:right].strip(" .,_")
        words = rest.split()
        if len(words) >= 3 and words[0] in _SUBJECT_OPENERS and _finite_in(words):
            clause = rest
    opened = _LEAD_WHEN.sub("", _LEAD_SUBORDINATOR.sub("", clause))
    if opened.split() and len(opened) >= 4:
        clause = opened  # "Even after Wednesday's short-covering rally": the event is the rally
    clause = _SPACES.sub(" ", _TRAILING_PREP.sub("", clause.strip()))
    if the_at >= 0 and clause.startswith("the ") and not sentence[:the_at].rstrip().endswith(("the", "The")):
        clause = clause[4:]  # "Even after Tuesday's bounce": "Bounce", as the date alone gave it (the "the" was the date's)
    while _TRAILING_FUNCTION.search(clause) and len(clause.split()) > 2:
        clause = _TRAILING_FUNCTION.sub("", clause).rstrip(" ,;:")  # "... revolving loans through [January]"
    if len(clause.split()) > 2 and not (most and re.search(r"\w", text[expr_end:right])):
        clause = _TRAILING_COPULA.sub("", clause)  # "The record date is [Nov. 9]": what is dated is the subject
    clause = _LEFT_PUNCT.sub(r"\1", clause)  # "Share move, [Wednesday Sept. 11]: -38%" -> "Share move: -38%"
    label = _whole_phrases(_SPEAKER_TURN.sub("", clause).split(), most)
    if not re.search(r"\w", label) and re.search(r"[\"“”'‘’]", label):
        # the sentence is one quotation ("“…”", or a piece of one when the expression sits inside it: "“"): its own
        # words
        label = _quoted_words(sentence, expr_start, expr_end)
    label = (label[:1].upper() + label[1:]) if label else sentence[:MAX_LABEL_CHARS]
    if sentence.rstrip()[-1:] in ".!?\"”’'" and not dated_subject:
        # a heading or a list line without a full stop is in headline style, where a bare past is a passive
        # ("1952 - Orvane founded in Leeds"): left as it stands
        label = present_clause(label, sentence)
    return EventLabel(label, f"||{label.lower()}", "", "")


#: A finite verb right after a date that opens its clause: the date is the clause's subject ("April was about fear").
_AFTER_DATE_SUBJECT = re.compile(r"\s+(?P<verb>[a-z]+)\b")


def _date_subject(text: str, left: int, expr_start: int, expr_end: int, right: int) -> str:
    """The clause with its date when the date opens it, no preposition before, and a finite verb follows ("Wednesday
    was the hinge", "January 2021 lasted weeks": without the date, the clause has no subject); "" otherwise."""
    if re.search(r"\w", text[left + 1:expr_start]) or text[expr_end - 2:expr_end] in ("'s", "’s"):
        return ""
    after = _AFTER_DATE_SUBJECT.match(text, expr_end)
    if after is None or after.end() > right:
        return ""
    verb = after.group("verb")
    form = verb_forms().get(verb)
    finite = verb in AUX | MODALS | {"was", "were"} or (form is not None and verb not in (form.lemma, form.third)
                                                       and not verb.endswith("ing")) \
        or (form is None and len(verb) > 4 and verb.endswith("ed"))
    if not finite:
        return ""
    clause = text[expr_start:right].strip(" .,_-–—\"“”'‘’")
    return clause[:1].upper() + clause[1:] if len(clause.split()) >= 3 else ""


def _quoted_words(sentence: str, expr_start: int, expr_end: int) -> str:
    """The words of a sentence that is all quotation, without the expression, in quotation marks ('"Demand
    accelerated through September."' -> '“Demand accelerated”'); empty when nothing is left."""
    expr_end = _past_possessive(sentence, expr_end)
    lead = LEAD_PREP.search(sentence[:expr_start])
    before = sentence[:lead.start() if lead else expr_start]
    after = sentence[expr_end:]
    opens = not before.strip(_MARKS) and after.lstrip()[:1] == ","
    closes = not after.strip(" .,;:!?" + _MARKS)
    if not (opens or closes or (lead and after.lstrip()[:1] in (",", ";"))):
        # the date is a word of the clause, not a phrase set off at its edge ("Today's fall has shaken confidence",
        # "Come Thursday, we could be back", "Chip data for July were strong"): taken out, the quotation would read
        # as words the speaker never said; it stays whole
        before, after = sentence[:expr_start], sentence[expr_start:]
    elif opens:
        after = after.lstrip(" ,")  # "“On Sunday, something broke ...”": the words after the date's comma open it
    inner = (before + after).strip(_MARKS)
    inner = _SPACES.sub(" ", _QUOTE_TRAILING_PREP.sub("", inner.rstrip(" .,;:!?").strip()))
    if closes and _QUOTE_DANGLING.search(inner):
        # the date completes the words before it ("we will know that within [two quarters]", "between now and [the
        # end of the year]", "than it would have [six months ago]"): taken out, the speaker would stop mid-phrase;
        # the quotation stays whole
        inner = _SPACES.sub(" ", sentence.strip(_MARKS).rstrip(" .,;:!?").strip(_MARKS))
    words = _whole_phrases(inner.split(), QUOTED_WORDS).rstrip(" ,;:")
    return f"“{words[:1].upper()}{words[1:]}”" if words else ""


#: Quotation marks and the spaces around them (a no-break space where typewriter marks were made curly).
_MARKS = " \u00a0\"“”'‘’"


#: A quotation labelled alone keeps up to this many words: cut short, it would put an end in the speaker's mouth.
QUOTED_WORDS = 16


#: A preposition left dangling at the end of a quotation once its date is taken out ("accelerated through").
_QUOTE_TRAILING_PREP = re.compile(
    r"\s+(?:on|in|at|by|during|of|through|until|till|since|from|for|to|before|after|around|the end of)$",
    re.IGNORECASE)


#: A word a quotation may not end on once the date that closed it is taken out: a preposition the date completed
#: that no date phrase opens on, a conjunction, an auxiliary, a determiner.
_QUOTE_DANGLING = re.compile(
    r"\s(?:within|between|and|or|but|than|would|will|could|should|can|may|might|must|have|has|had|is|are|was|were|be|"
    r"the|a|an|its|their|his|her|our|my|your|every|each|next|last|this|that|these|those|over|under|into|with|without|"
    r"about|per|what|who|which)$", re.IGNORECASE)


#: A phrase opening on a preposition of time or extent: "For 38 minutes", "Within hours", "Throughout the day".
_FRONTED_PHRASE = re.compile(r"^(?:for|within|throughout|over|during|in|at|by|until|till)\b", re.IGNORECASE)


#: A phrase fronted before the main clause on a preposition of place, means or circumstance ("In a note sent before
#: trading began", "At the close", "On the results call", "Thanks to a strong run"); not one of time
#: before an event ("After the vote", "Since the listing"), whose event may be its own, nor a quantity ("At least").
FRONTED_PREPOSITION = re.compile(r"\s*(?:In|On|At|By|Under|For|Within|Throughout|Over|During|Despite|Amid|Thanks\s+to|"
                                 r"Ahead\s+of|In\s+response\s+to)\s+(?!least\b|most\b)")


#: A phrase fronted before the main clause: "After the close, ...", "Following the ruling, ...".
_FRONTED = re.compile(r"^(?:(?:even|just|only|shortly|soon|long)\s+)?(?:after|before|following|amid|despite|ahead\s+of|"
                      r"in\s+response\s+to)\b", re.IGNORECASE)


#: A transcript turn's label before the words ("ANCHOR: ...", "JANE ROE: ..."): the speaker, not the event.
_SPEAKER_TURN = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}:\s+")


#: Words of a part that "of" completes ("most of a trading day", "part of the network").
_PART_WORDS = frozenset({"most", "some", "all", "much", "many", "part", "half", "rest", "each", "none", "one"})


#: A fallback label keeps its clause whole up to this many words; a longer one is cut before a phrase.
FALLBACK_WORDS = 12


def _whole_phrases(words: list[str], most: int = 0) -> str:
    """``words`` as a label of at most :data:`FALLBACK_WORDS` words that ends where a phrase ends: the whole clause
    when it is short enough, else cut before the last phrase opener (a preposition, a conjunction, a relative word)
    or after the last comma from the fifth word on; "…" only when no such place exists. ``most``: another limit than
    :data:`FALLBACK_WORDS`."""
    most = most or FALLBACK_WORDS
    if len(words) <= most:
        return " ".join(words)
    for k in range(most, 4, -1):
        if (words[k].lower() == "as" and words[k - 2].lower() == "as") or words[k - 1].lower() in PHRASE_OPENERS \
                or (words[k].lower() == "of" and words[k - 1].lower() in _PART_WORDS):
            continue  # "as much | as 40%", "from | as much", "for most | of a day": inside a phrase
        if words[k].lower().strip("“\"'(") in PHRASE_OPENERS or words[k - 1].endswith((",", ";")):
            return " ".join(words[:k]).rstrip(",;")
    for k in range(most, 4, -1):
        if words[k].endswith("ing") and words[k] in verb_forms() and words[k - 1][:1].isalpha() \
                and words[k - 1].lower() not in PHRASE_OPENERS:
            return " ".join(words[:k])  # "... with two oil companies | reporting this morning": a participle's phrase
    return " ".join(words[:most]) + "…"
