"""Short event labels for dated sentences: a small rule-based summariser ("DeepSeek unveils R1").

The label is *subject + verb + object*: the verb from ``data/event_verbs.csv`` nearest to the date expression
(put in the present tense), the named subject before it (canonical catalog name when there is one; a pronoun
is replaced by the last name in the preceding text), and the head of what follows the verb. When no known
verb is found the label is the trimmed clause around the date (:mod:`fallback`). Each label carries a
normalised *key* (verb group instead of the verb, :mod:`model`) that the timeline uses to match the same event
told in different words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from analysis.lexicon import EventVerb, finite_verb_words, label_verb_forms, verb_forms
from analysis.quotes.marks import continental_marks, typewriter_marks
from analysis.timeline.clauses import relative_that
from analysis.timeline.labels.attribution import whole_quoted_clause, with_what_was_said
from analysis.timeline.labels.constructions import (
    LEAD_PREP,
    MEDIUM_NOUNS,
    aside_participle,
    colon_lead,
    fronted_participle,
    list_move,
    narrowed_sentence,
    possessive_event,
    reduced_relative,
    since_event,
    speaker_for_i,
    with_plan,
)
from analysis.timeline.labels.fallback import (
    FRONTED_PREPOSITION, MAX_LABEL_CHARS, fallback_label, noun_follows, tidy_label,
)
from analysis.timeline.labels.model import DETERMINERS, EventLabel, NeedsContext
from analysis.timeline.labels.names import (
    NAMED_TURN,
    PREFIX,
    QUOTE,
    TITLES,
    TOKEN,
    antecedent_of,
    canonical_name,
    people_in,
    shares_named,
)
from analysis.timeline.labels.phrases import (
    BEFORE_VERB,
    LISTENERS,
    SPEECH_GROUPS,
    TO_FUTURE,
    agent_phrase,
    antecedent_start,
    clause_np,
    located_head,
    located_plural,
    OBJECT_WORDS,
    object_phrase,
    phrase_end,
    quoted_opening,
    relative_antecedent,
    reported_verb,
    subject_head,
)
from analysis.timeline.labels.whole import with_own_subject, without_span_end
from analysis.timeline.labels.words import (
    ADVERBS,
    AUX,
    BE,
    MODALS,
    PARTICLES,
    PLACE_PREPS,
    PLURALS,
    POSSESSIVE_END,
    POSTMODIFIER_PREPS,
    PRONOUNS,
    QUANTITY_HEADS,
    RELATIVE,
    SENTENCE_OPENERS,
    SINGULAR_IN_S,
    STOP_OBJECT,
    after_be,
    bare_noun,
    attributive_participle,
    blank,
    capitalised_plural,
    demonym_plural,
    holds_no_time,
    ing_noun,
    is_name_token,
    name_runs,
    passive_agent,
    past_participles,
    placed_name,
    plural_noun,
    relative_verb,
    run_text,
    same_past,
    present_after_and,
    sentence_adverb,
    set_to,
    unknown_past,
)


#: Asides between commas or dashes: ", a lender to start-ups,", ", the U.S. distributor,", ", the maker whose shares fell
#: 5.8%,", an age (", 44,"), "— …—", "(…)".
#: A company's legal form after a comma ("Hallgrim Robotics, Inc. said"): part of the name, never the subject.
_LEGAL_SUFFIX = re.compile(r",\s*(?:Inc|Ltd|LLC|L\.L\.C|Corp|plc|PLC|S\.A|N\.V|AG|SE|Co)\b\.?(?=[\s,;:()]|$)")


_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[^,.;]|(?<=\b[A-Z])\.){1,70},"
                         # "The review, to be carried out by a skilled person appointed under ..., will report": a plan aside
                         r"|,\s+to\s+be\s+(?!(?:called|named|known|renamed|dubbed|titled)\b)[a-z]+(?:ed|en|un|wn|ne)\b[^,.;]{1,160},"
                         # "Harrowgate Holdings, Cascade's lead liability carrier, has lost 5.1%": a possessive name's noun phrase
                         # (a noun phrase of up to four words; not the clause after "On Wednesday, ")
                         r"|(?<!day)(?<!\d),\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}['’]s(?:\s+[a-z][\w-]*){1,4},"
                         r"|,\s+(?:a|an|the)\s+[^,.;]{1,50}?\bwhose\s+(?:[^,.;]|(?<=\d)\.(?=\d)){1,70},"
                         # "Jo Roe, a 54-year-old engineer who ran the site before becoming chief executive in 2021, said"
                         r"|,\s+(?:a|an|the)\s+[^,.;]{1,50}?\b(?:who|which)\s+(?:[^,.;]|(?<=\d)\.(?=\d)){1,110},"
                         r"|,\s+\d{1,3},|—[^—]{1,100}—|\s–\s[^–]{1,100}\s–\s|\([^()]{1,100}\)")


#: A ticker in brackets after a name, with its exchange ("shares (NCGX.N) fell", "Acme (NYSE: ACM) rose"): no aside,
#: blanked without a comma so the name and its verb stay one clause (a bare "(FBI)" may define a name: left as before).
_TICKER_BRACKET = re.compile(r"\((?:[A-Z]{2,8}:\s*[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,3})?|[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,3})\)")


#: An initialism made plural ("ADRs", "ETFs", "IPOs"): a plural subject.
_PLURAL_INITIALISM = re.compile(r"[A-Z]{2,}s")


#: The determiners, "to" and the prepositions: the words after which a verb form may be a noun ("the cut", "of sale",
#: "stay in place", "put on hold", "up for sale"), as one set made once (the label tests the word before each verb form
#: of its sentence against it; an -ing after a preposition stays a verb: "by cutting").
_BEFORE_A_NOUN = frozenset(DETERMINERS | {"of", "to", "in", "on", "at", "for", "with", "from", "into", "under", "without",
                             "whose"})  # ("a stake whose value has shrunk": the word after "whose" is its noun)


#: Degree words before "changed" that make it a state, not an event ("little changed", "broadly unchanged").
_LITTLE = frozenset({"little", "largely", "virtually", "barely", "broadly", "mostly", "essentially", "hardly"})


#: Adverbs between a form of "be" and its participle that leave it a passive ("was last seen in Aschheim", "is now
#: expected on June 18"): no verb of their own.
_BE_ADVERBS = frozenset({"last", "now"})


#: "Remain" and "stay" before a participle ("remained suspended", "stays closed").
_REMAIN = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})


#: A perfect participle's clause after a comma (", having fallen ...").
_HAVING_CLAUSE = re.compile(r",\s+having\b", re.IGNORECASE)


#: Counts of two or more, which make a plural subject on their own ("Three had been rescued").
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several few "
                    "many both".split())


#: Conjunctions that open a clause before its subject: never part of the subject.
_CLAUSE_CONJUNCTIONS = frozenset({"so", "and", "but", "yet", "then", "or", "thus", "hence", "nor"})


#: What opens the date's own clause: a relative pronoun ("a glitch that began on Saturday"), or a conjunction of time
#: ("did not expect a ruling before the licence lapses on June 23": the lapse is that date's event)
_RELATIVE_OPENER = re.compile(r"\b(?:which|who|that|before|until)\b", re.IGNORECASE)


_FIGURE = re.compile(r"\$?\d[\d.,]*%|percent|cent", re.IGNORECASE)


#: A sentence's lead-in before a colon, no part of its clause: "Updated: ", "Correction: ", "Next week: ", "What's
#: next: ", "Worth noting: ", "Analysis: " (a phrase with a lower-case word, or one word of a past, a noun in -ion
#: or -sis, or an -ing); not a speaker's turn ("Okafor: We ...") nor a colon before a quotation.
_LEAD_IN = re.compile(r"^\s*(?:[A-Z][a-z’']*(?:\s+[a-z][a-z’']*){1,3}|[A-Z][a-z]+(?:ed|ions?|sis|ing))\s*:\s+(?![“\"'‘])")


#: Subjects whose verb takes no -s: "I", "you", "we", "they" and any pronoun with a modal's contraction ("she'll").
_PLAIN_VERB_SUBJECT = re.compile(r"(?:i|you|we|they)(?:[’'](?:d|ll|ve|m))?|(?:he|she|it)[’'](?:d|ll)")


_DAY_PART = re.compile(  # "Monday morning", "Friday's close": the part of the day or the session belongs to the date
    r"\s+(?:morning|afternoon|evening|night)\b"
    # "just after midnight Eastern time", "at 9 a.m. local time", "Friday Tokyo time": the clock's zone is the date's
    r"|\s+(?:(?:Eastern|Pacific|Central|Mountain|Atlantic)(?:\s+(?:Standard|Daylight))?|local|[A-Z][a-z]+)\s+[Tt]ime\b"
    r"|[’']s\s+(?:close|closing|open|opening)\b|[’']s\b"
    # "the fourth quarter ending March 31", "the year ended Dec. 31, 2023": the period's last day names it too
    r"|\s+(?:ending|ended)\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?:,?\s+\d{4}\b)?",
    re.IGNORECASE,
)


_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


#: Words that scale a figure ("$415 million", "2.1 billion"): the word after them is the figure's noun.
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn"})


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


#: A verb form that is also a currency's name: after an amount ("4.1 trillion won", "930,000 won a tonne") it is
#: the currency, not the verb.
_CURRENCY_HOMOGRAPHS = frozenset({"won"})
_BARE_NUMBER = re.compile(r"\d[\d.,]*")


_AMOUNT = re.compile(r"(?:[A-Z]{0,3}[$£€])?\d")


#: "help" before a bare verb ("helped lift sales"): the bare verb tells the event, "help" stays in the label
_HELP = {"help", "helps", "helped"}

#: a no-break space before a curly mark that :func:`~analysis.quotes.marks.typewriter_marks` put there
_MARK_SPACE = re.compile(r"\s*\u00a0“|\u00a0”")


@functools.lru_cache(maxsize=8192)
def _label_alone(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """The label of a sentence that does not need the text before it (reprinted sentences are labelled once);
    None when its subject is a pronoun."""
    try:
        return _event_label(sentence, expr_start, expr_end, None)
    except NeedsContext:
        return None


def event_label(sentence: str, expr_start: int, expr_end: int, previous_text: str = "") -> EventLabel:
    """Summarise ``sentence`` around the date expression at ``[expr_start, expr_end)`` (offsets in the sentence).

    ``previous_text`` (the document before the sentence) resolves a pronoun subject ("he said in September").
    A trailing attribution (", people familiar with the matter said") and a second verb phrase with its own date
    ("founded in 1952 and listed in 1998") are narrowed first (:func:`_attributed`, :func:`_conjunct`).
    The finished label is made whole (:mod:`whole`): a span of time whose one end is the date is left out whole, and a
    label opening on its verb takes its sentence's subject.
    """
    return with_own_subject(without_span_end(_dated_label(sentence, expr_start, expr_end, previous_text), sentence),
                            sentence)


def _dated_label(sentence: str, expr_start: int, expr_end: int, previous_text: str = "") -> EventLabel:
    """:func:`event_label` of the expression as given."""
    if holds_no_time(sentence[expr_start:expr_end]):
        # "Its revenue fell 18%" dated by the report's day: the word that dates it is no date but a word of the clause
        expr_end = expr_start
    sentence, shift, at = _unshouted(sentence, previous_text)
    if shift:
        expr_start, expr_end = (x + shift if x >= at else x for x in (expr_start, expr_end))
    lead = colon_lead(sentence, expr_start, expr_end)
    told = _after_colon(*lead, previous_text) if lead is not None else None
    if told is not None:
        return whole_quoted_clause(told, sentence, MAX_LABEL_CHARS)
    found = _sentence_label(sentence, expr_start, expr_end)
    found = found if found is not None else _label(sentence, expr_start, expr_end, previous_text)
    found = with_what_was_said(found, sentence, expr_start, expr_end,
                               lambda said, start, end: _told_clause(said, start, end, previous_text))
    return _without_fronted_phrase(whole_quoted_clause(found, sentence, MAX_LABEL_CHARS))


#: A label that opens on a fronted prepositional phrase, then its clause's subject: a pronoun, or "the" and a noun
#: phrase of up to four words before a verb ("At 41p they are still down 55%", "At Monday's hearing she set the trial
#: to open", "On Wednesday the regulator opened an inquiry"; not "At least three brokers cut ...").
_FRONTED_THEN_SUBJECT = re.compile(
    r"^(?:At|Of|From|In|On|Under|After|By|During|For|With|Before|Since)\s+(?!least\b|most\b|all\b)"
    r"(?P<phrase>[^,;:“”\"]{1,40}?),?\s+"
    r"(?P<rest>(?:he|she|it|they|we|(?:the|a|an|its|their)\s+(?:[\w&.'’-]+\s+){0,3}?(?=[a-z]+\b))\b.*)$")


def _without_fronted_phrase(found: EventLabel) -> EventLabel:
    """``found`` without the fronted prepositional phrase its label opens on, when its clause's subject and verb follow
    (:data:`_FRONTED_THEN_SUBJECT`): the event is the clause's. Only a phrase with no verb of its own; the key is kept."""
    m = _FRONTED_THEN_SUBJECT.match(found.label)
    if m is None or any(w in verb_forms() or w in AUX for w in m.group("phrase").lower().split()):
        return found
    rest = m.group("rest")
    words = rest.split()
    def finite(word: str) -> bool:
        return word in AUX | MODALS or word in verb_forms() or _past_form(word) or (len(word) > 4 and word.endswith("ed"))

    at = 1 if words[0] in ("he", "she", "it", "they", "we") else next(
        (n for n in range(2, min(len(words), 6)) if finite(words[n])), 0)
    if not at or at >= len(words) or not finite(words[at]):
        return found
    return replace(found, label=rest[:1].upper() + rest[1:])


#: A negated auxiliary the present tense broke ("won't are made"): the clause is told as written.
_BROKEN_NEGATION = re.compile(r"n['’]t\s+(?:is|are)\b")


def _told_clause(said: str, start: int, end: int, previous_text: str) -> str | None:
    """The label of a clause told before its attribution (:func:`with_what_was_said`), its verb in the past the words
    said give it ("data showed exports rose 4%" -> "exports rose 4%", not "exports rise 4%"); None when it reads as no
    clause."""
    found = event_label(said, start, end, previous_text)
    if not (found.verb or _reads_as_clause(found.label, said)):
        return None
    if _BROKEN_NEGATION.search(found.label) and start == end:
        # a negation the present tense broke: the clause told as written ("terms won't be made final", not "won't are
        # made")
        words = said.split()
        return " ".join(words[:phrase_end(words, OBJECT_WORDS)] if len(words) > OBJECT_WORDS else words).rstrip(",;:")
    forms = {**label_verb_forms(), **verb_forms()}
    past = [(w, v) for w in re.findall(r"[a-z]+", said) if (v := forms.get(w)) is not None and v.lemma == found.verb
            and w not in (v.lemma, v.third) and not w.endswith("ing")]
    told = found.label.split()
    if past:
        word, verb = past[0]
        at = next((n for n, w in enumerate(told) if w in (verb.lemma, verb.third)), None)
        if at is not None:
            told[at] = word
    return " ".join(told)


#: Where a lead-in's speaker ends: a comma, or a preposition after the name ("Anders Opedal on the exit").
_SPEAKER_END = re.compile(r",|\s(?:on|at|in|about|after|via|to|for|during)\s")
#: A statement's author after it: "A statement from EY", "a note by Keel Bank".
_FROM_AUTHOR = re.compile(r"(?:statement|note|letter|post|comment|comments|message|memo|release)s?\s+(?:from|by)\s+(?P<who>[A-Z].*)$")


def _after_colon(lead: str, rest: str, dated: bool, previous_text: str) -> EventLabel | None:
    """The label of a sentence whose lead-in before a colon names no event (:func:`colon_lead`): for a quotation,
    the speaker the lead names and the quotation's opening ("Equinor chief executive Anders Opedal on the exit: “In
    the current situation ...”" -> "Anders Opedal says “In the current situation…”"); for a clause, the clause's own
    label ("Closing bell in Frankfurt: Wirecard finishes 77.4% lower" -> "Wirecard finishes 77.4% lower"). None when the
    lead names no speaker or the clause gives no label with a verb (after a date's lead, a list line's, any clause)."""
    if rest[:1] in "“\"'‘":
        quote = QUOTE.match(rest)
        author = _FROM_AUTHOR.search(lead)
        named = author.group("who") if author else _SPEAKER_END.split(lead, maxsplit=1)[0]
        tokens = [(t.group(0), t.start()) for t in TOKEN.finditer(named)]
        runs = [r for r in name_runs(tokens) if not POSSESSIVE_END.search(tokens[r[1] - 1][0])
                and tokens[r[0]][0].lower() not in DETERMINERS | {"here", "here's"}]
        # a lead of one plural noun names its speakers too ("Analysts: ‘the right move, the wrong moment’")
        many = len(tokens) == 1 and capitalised_plural(tokens, 0, 1)
        if quote is None or not (runs or many):
            return None
        who = tokens[0][0] if many else canonical_name(run_text(tokens, *runs[-1]))
        who = who.title() if who.isupper() and len(who.split()) > 1 else who  # "ALAN GREENSPAN", not "EY"
        words = quote.group(0)[1:-1].strip().split()
        if len(words) < 3 or not who:
            return None
        label = f"{who} {'say' if many else 'says'} {quoted_opening(words)}"
        # keyed by the quotation's words that tell what was said, not by "to", "our", "is": another speaker's words
        # that day share those ("Both banks say documents purporting to show ...")
        said = [w for w in (t.lower().strip(".,;:!?“”\"'‘’") for t in words) if len(w) > 3 and w not in _PLAIN_WORDS]
        return EventLabel(label, f"{'~' if many else ''}{who.lower()}|say|{' '.join(said[:6])}", who, "say")
    # a list line's date names no one a pronoun after it may stand for ("Tue 6 May: She is appointed ...")
    found = event_label(rest, 0, 0, previous_text if dated else f"{previous_text} {lead}:")
    words = found.label.split()
    if len(words) < 2 or found.label.startswith(("“", '"')) \
            or not (dated or found.verb or _reads_as_clause(found.label, rest) or _UP_DOWN.search(found.label)):
        return None
    return found


#: Words of a quotation that tell nothing of what was said.
_PLAIN_WORDS = frozenset("that this these those there their they them with from have been were will would could should "
                         "what when which about into only very just also more most much than then your ours".split())


#: A move told without its verb, as a headline does ("Nikkei down 5% within minutes").
_UP_DOWN = re.compile(r"\b(?:up|down|higher|lower)\s+(?:about\s+|nearly\s+|almost\s+)?[$£€]?\d")


#: A wire flash's line in capitals, its company before "SAYS" and the verb of what it says ("QUIST INC SAYS TOOK HOSTED
#: PLATFORM OFFLINE ON OCT. 4", "QUIST SAYS IS WORKING TO RESTORE SERVICE").
_FLASH_SAYS = re.compile(r"^(?P<who>.{2,60}?)\s+(?:SAYS|SAID)\s+(?=(?P<verb>[A-Z]+)\b)")
_FLASH_AUX = frozenset({"is", "was", "are", "has", "had", "have", "will", "would", "can", "cannot", "could", "may",
                        "expects", "sees", "plans", "does"})


def _unshouted(sentence: str, previous_text: str = "") -> tuple[str, int, int]:
    """``sentence`` in small letters when it is written in capitals (a wire flash), its company before "SAYS" in
    title case and its first letter a capital, and "it" put back before the verb the flash's grammar drops ("Quist
    Inc says it took hosted platform offline on oct. 4"): the grammar reads words by their case. A flash's bullet
    that opens on "SAYS" takes its company from the brief's opening line before it ("Oct 4 (Wire) - Quist Inc:"),
    and a word the text before writes with capitals only keeps them ("Vell", "CET"). Also how many characters were
    inserted and where (the date's offsets after that place move by as many)."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return sentence, 0, 0
    flash = _FLASH_SAYS.match(sentence)
    cut = flash.end("who") if flash else 0
    cased, small = _case_map(previous_text or "")
    who = _WORD.sub(lambda m: cased.get(m.group(0).lower(), m.group(0)), sentence[:cut].title())  # "Quist NV"
    out = who + _recased(sentence[cut:].lower(), cased, small)
    out = out[:1].upper() + out[1:]
    if len(out) != len(sentence):
        return sentence, 0, 0
    if flash is None and previous_text:
        bare = _FLASH_BARE_SAYS.match(sentence)
        opening = bare and next(reversed(list(_BRIEF_OPENING.finditer(previous_text[-_BRIEF_REACH:]))), None)
        if opening:  # "* SAYS TOOK PLATFORM OFFLINE" under "Oct 4 (Wire) - Quist Inc:"
            who = opening.group("who").strip()
            verb = bare.group("verb").lower()
            it = "it " if verb in verb_forms() or verb in _FLASH_AUX else ""
            head = f"{who} says {it}"
            return head + out[bare.end():], len(head) - bare.end(), 0
    if flash is not None and (flash.group("verb").lower() in verb_forms() or flash.group("verb").lower() in _FLASH_AUX):
        at = flash.end()
        return out[:at] + "it " + out[at:], 3, at
    return out, 0, 0


#: A flash's bullet that opens on its verb of saying, its company named on the brief's opening line.
_FLASH_BARE_SAYS = re.compile(r"^(?:SAYS|SAID)\s+(?=(?P<verb>[A-Z]+)\b)")
#: A brief's opening line: its dateline and wire, then the company and a colon ("Jan 16 (Example Wire) - Quist NV:").
_BRIEF_OPENING = re.compile(r"\([^()\n]{2,40}\)\s*[-–—]\s*(?P<who>[A-Z][^:\n]{1,60}):[ \t]*$", re.M)
#: How far back in the text the opening line is looked for.
_BRIEF_REACH = 3000
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: What stands before a word that opens a sentence or a phrase (its capital tells nothing).
_OPENS_SENTENCE = re.compile(r"[.!?:\-–—\"“(]\s*$")
#: A time zone's letters after a clock time ("21:42 cet", "9.30 gmt", "10:15 utc").
_CLOCK_ZONE = re.compile(r"(\d{1,2}[:.]\d{2}\s+)(gmt|utc|cest|cet|eest|eet|wet|bst|ist|jst|kst|hkt|sgt|aest|aedt|awst|nzst"
                         r"|nzdt|msk|sast|[ecmp][sd]?t)\b")


def _case_map(previous_text: str) -> tuple[dict[str, str], set[str]]:
    """The capitals the text before a flash gives its words: ``(cased, small)``, each word the text writes with a
    capital, never at a sentence's start, or in capitals ("vell" -> "Vell", "cet" -> "CET"), and the words it also
    writes in small letters (those keep them)."""
    cased: dict[str, str] = {}
    small: set[str] = set()
    for line in previous_text[-_BRIEF_REACH:].splitlines():
        letters = [c for c in line if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) >= 0.9 * len(letters):
            continue  # another line in capitals tells no case
        for m in _WORD.finditer(line):
            word, key = m.group(0), m.group(0).lower()
            if word == key:
                small.add(key)
            elif m.start() > 0 and not _OPENS_SENTENCE.search(line, max(0, m.start() - 4), m.start()):
                cased.setdefault(key, word)
    return cased, small


def _recased(lowered: str, cased: dict[str, str], small: set[str]) -> str:
    """``lowered`` (a flash's words in small letters) with the capitals of :func:`_case_map`, and a time zone's after a
    clock time ("at 21:42 CET")."""
    lowered = _CLOCK_ZONE.sub(lambda m: m.group(1) + m.group(2).upper(), lowered)
    if not cased:
        return lowered
    return _WORD.sub(lambda m: m.group(0) if m.group(0) in small else cased.get(m.group(0), m.group(0)), lowered)


@functools.lru_cache(maxsize=8192)
def _sentence_label(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """:func:`event_label` of a sentence that does not need the text before it, None for one that does (a reprinted
    sentence is labelled once)."""
    try:
        return _label(sentence, expr_start, expr_end, None)
    except NeedsContext:
        return None


def _label(sentence: str, expr_start: int, expr_end: int, previous_text: str | None) -> EventLabel:
    """:func:`event_label`; ``previous_text`` None raises :class:`NeedsContext` where a pronoun needs it."""
    # ``A,'' and ''A,'' read as “A,” (the same length: offsets stay); „A“, »A« and « A » as well (a translated
    # article keeps its original's marks)
    marked = continental_marks(typewriter_marks(sentence))
    if marked != sentence:
        found = _label(marked, expr_start, expr_end, previous_text)
        # the marks came with a no-break space before them: a label's quoted words close on their mark
        label = _MARK_SPACE.sub(lambda m: " " if m.group(0).endswith("“") else "”", found.label)
        return replace(found, label=label.strip())
    turn = NAMED_TURN.match(sentence)
    whole = sentence
    sentence, expr_start, expr_end = narrowed_sentence(sentence, expr_start, expr_end)
    found = (fronted_participle(sentence, expr_start, expr_end) or reduced_relative(sentence, expr_start, expr_end)
             or aside_participle(sentence, expr_start, expr_end) or _label_alone(sentence, expr_start, expr_end))
    if found is None:
        if previous_text is None:
            raise NeedsContext  # (as _label_alone found: its pronoun needs the text before the sentence)
        found = _label_in_context(sentence, expr_start, expr_end, previous_text)
    found = _longer_cut_clause(found, sentence, expr_start, expr_end, previous_text)
    found = found if turn is None else speaker_for_i(found, turn.group("name"), turn.string[turn.end():])
    found = _name_in_s(found, whole)
    tidy = _lower_moved_possessive(tidy_label(found.label))
    return found if tidy == found.label or not tidy else replace(found, label=tidy)


#: A clause cut around the date is shown up to this many words (its key keeps the shorter cut, so the label's events
#: are the same): cut at twelve, a clause loses its verb's object or complement ("X forced Norvia [to accept ...]").
WHOLE_CLAUSE_WORDS = 16


#: A word no phrase ends on: a longer cut that ends on one keeps the shorter ("... a corner of the business that").
_OPEN_END = re.compile(r"\s(?:that|which|who|whom|whose|where|when|and|or|but|nor|than|as|if|because|while|of|with|within|"
                       r"without|into|onto|about|between|against|the|a|an|its|their|his|her|our|my|your|be|"
                       r"been|has|have|had|will|would|could|should|can|may|might|must|to|on|in|at|by|for|from|before|"
                       r"after|until|since|over|under|around|through)$", re.IGNORECASE)


def _longer_cut_clause(found: EventLabel, sentence: str, expr_start: int, expr_end: int,
                       previous_text: str | None) -> EventLabel:
    """``found`` (a clause cut around the date, :func:`fallback_label`) shown up to :data:`WHOLE_CLAUSE_WORDS` words and
    :data:`MAX_LABEL_CHARS` characters, ending where a phrase ends, when the shorter cut left words of its clause out
    ("The number of retailers caught up in the affair grew longer", not "The number of retailers caught up"). The key stays
    the shorter cut's: which rows make one event does not change."""
    if not found.key.startswith("||") or found.label.endswith("…"):
        return found
    short = fallback_label(sentence, expr_start, expr_end)
    if found.label != short.label:
        try:
            if _owner_named(short, sentence, previous_text).label != found.label:
                return found
        except NeedsContext:
            return found
        named = True
    else:
        named = False
    longer = fallback_label(sentence, expr_start, expr_end, WHOLE_CLAUSE_WORDS)
    longer = replace(longer, label=longer.label.rstrip(" -–—,;:"))  # "... will not be clear until the results - [Feb]"
    if longer.label == short.label or longer.label.endswith("…") or not longer.label.startswith(short.label + " ") \
            or "“…”" in longer.label[len(short.label):] or _OPEN_END.search(longer.label) \
            or not _ends_a_phrase(longer.label, _date_blanked(sentence, expr_start, expr_end)):
        return found
    if named:
        longer = _owner_named(longer, sentence, previous_text)
    if len(longer.label) > MAX_LABEL_CHARS:
        return found
    return replace(found, label=longer.label)


#: Words that open a verb's object: a noun never comes before them, so a name's "'s" and a verb's base ("cut", "set",
#: "hit": a past like its present) before them are a name and its verb.
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


#: Words that open a phrase of its own after a whole one: a cut before one of them leaves a phrase whole.
_PHRASE_AFTER = frozenset({"in", "on", "at", "for", "from", "to", "with", "by", "after", "before", "during", "over",
                           "under", "into", "against", "since", "as", "when", "while", "because", "until", "amid",
                           "despite", "through", "across", "among", "without", "within", "following", "ahead", "near",
                           "between", "next", "last", "this", "earlier", "later", "yesterday", "today", "tomorrow"})


#: Words a phrase does not end on though no function word: pronouns and adverbs that open or need what follows.
_NOT_FINAL = frozenset({"he", "she", "it", "they", "we", "i", "you", "soon", "last", "next", "even", "later", "also",
                        "then", "just", "only", "still", "less", "more", "most", "least", "much", "very", "so",
                        "early", "late", "once", "ever", "never", "far", "long", "well"})


def _date_blanked(sentence: str, expr_start: int, expr_end: int) -> str:
    """``sentence`` with the date and the preposition before it blanked (the same length)."""
    lead = LEAD_PREP.search(sentence[:expr_start])
    cut = lead.start() if lead else expr_start
    return sentence[:cut] + " " * (expr_end - cut) + sentence[expr_end:]


def _ends_a_phrase(label: str, sentence: str) -> bool:
    """Whether a longer cut label ends where its sentence's phrase ends (the date blanked in ``sentence``): at a stop or
    the sentence's end, or before a word opening a phrase of its own (:data:`_PHRASE_AFTER`) after a word a phrase may
    end on ("... forced Norvia to accept a loan [for its lenders]", not "... was arrested late [last week]" nor "... soon
    after he [left]")."""
    words = label.split()
    last = words[-1].lower()
    tail = r"\s+".join(re.escape(w) for w in words[-2:])
    at = None
    for at in re.finditer(rf"(?<!\w){tail}(?!\w)", sentence):
        pass
    if at is None:
        return False
    after = re.match(r"\s*([\w’']+|\S)?", sentence[at.end():])
    nxt = after.group(1) if after else None
    if nxt is None or not nxt[0].isalnum():
        return True
    # cut before a word: not after a word that needs what follows, nor after a verb ("... and then joined [as ...]")
    return nxt.lower() in _PHRASE_AFTER and not (last in _NOT_FINAL or last in verb_forms()
                                                 or last.endswith(("ing", "ed")))


def _name_in_s(found: EventLabel, sentence: str) -> EventLabel:
    """``found`` with its subject's own "'s" when the sentence puts the subject's name and "'s" right before a past
    ("Moody's said", "Sainsbury's raised prices": a name's own "'s", not a possessive, which a noun would follow;
    before an -s form it stays a possessive: "Sony's plans")."""
    name = found.subject
    if not name or name.endswith(("'s", "’s")) or not found.label.startswith(name + " ") \
            or (name + "'s" not in sentence and name + "’s" not in sentence):
        return found
    after = re.search(rf"(?<![\w.]){re.escape(name)}(['’]s)\s+([a-z]+)\b(?P<next>\s+[\w’']+)?", sentence)
    if after is None:
        return found
    verb = verb_forms().get(after.group(2))
    if verb is None or after.group(2) == verb.third or after.group(2).endswith("ing"):
        return found
    if after.group(2) == verb.lemma and not (after.group("next")
                                             and after.group("next").strip().lower() in _OBJECT_OPENERS):
        return found  # "Sony's cut in prices" is a possessive; "Fitchley's cut the bank's rating" a verb (its object follows)
    return replace(found, label=name + after.group(1) + found.label[len(name):], subject=name + after.group(1))


@functools.lru_cache(maxsize=4096)
def _label_in_context(sentence: str, expr_start: int, expr_end: int, previous_text: str) -> EventLabel:
    """The label of a sentence whose pronoun subject the text before it resolves (a reprint's is resolved once)."""
    return _event_label(sentence, expr_start, expr_end, previous_text)



def _progressive(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the -ing verb at ``k`` follows a form of "be" (adverbs between): "Analysts were predicting", "is
    now seeking" — a finite verb with a subject of its own, not a gerund."""
    n = k - 1
    while n > 0 and tokens[n][0].lower() in ADVERBS | {"not", "now", "still", "also"}:
        n -= 1
    return n >= 1 and tokens[n][0].lower() in ("is", "are", "was", "were", "am")


def _subject_before_aside(tokens: list[tuple[str, int]], comma: int, verbs: list[int]) -> tuple[int, int] | None:
    """The subject before asides between commas that end at ``comma`` right before the verb ("McBride, 54, of
    Lewisburg, was", "The bombings, on Aug. 7, killed", "Analysts, however, said"): the noun phrase before the
    first comma, when it opens the sentence (or follows one opening word: "However, the segment, while
    profitable, was hurt") and no verb stands between it and the verb but in a relative aside (", which was
    founded in 1990,")."""
    for first in (n for n in range(comma) if tokens[n][0] == ","):
        i, j = clause_np(tokens, first)
        if i == j:
            continue
        opens = i == 0 or (i == 2 and tokens[1][0] == "," and tokens[0][0].isalpha()) \
            or _paired_opening(tokens, i, j, first)  # "Jo Roe and Al Poe, head of Keel's unit, were named": both
        if opens and _named_role(tokens, i, j, first, comma):
            return first + 1, comma  # "The airline's chief executive, Carolyn McCall, said": the person named
        relative = tokens[first + 1][0].lower() in ("which", "who")  # ", which was founded in 1990,": an aside too
        if not opens or (not relative and any(first < n < comma for n in verbs)) \
                or any(tokens[n][0] in (";", ":", "–", "—") for n in range(j, comma)):  # a dateline's dash
            return None
        return i, j
    return None


def _paired_opening(tokens: list[tuple[str, int]], i: int, j: int, comma: int) -> bool:
    """Whether the noun phrase ``[i, j)`` right before the comma at ``comma`` is the second of two names joined by "and"
    that open the sentence ("Jo Roe and Al Poe, head of ...", "The Securities and Exchange Commission (SEC)"): the pair
    opens it, as one name would."""
    runs = name_runs(tokens)
    # (after "The": "The Securities and Exchange Commission (SEC) has sent", the bracket blanked to a comma)
    opening = (0, i - 1) in runs or (tokens[0][0] == "The" and (1, i - 1) in runs)
    return i >= 2 and j == comma and tokens[i - 1][0].lower() == "and" and opening and (i, j) in runs


#: Prepositions whose object a name after "a"/"an" is inside a subject's phrase ("bolts ... on an Alaska Airlines jet").
_INDEFINITE_OBJECT_PREPS = frozenset({"on", "in", "at", "from", "aboard", "with", "to", "into", "onto", "inside"})


def _indefinite_object(tokens: list[tuple[str, int]], run: tuple[int, int]) -> bool:
    """Whether the name run ``run`` follows a preposition and "a"/"an" ("Four
    bolts meant to hold a door plug in place on an Alaska Airlines Boeing 737 MAX 9 were missing"): a name after an
    indefinite article tells a kind of thing, the object of the preposition, never who did it."""
    i = run[0]
    while i - 1 > 0 and (is_name_token(tokens[i - 1][0]) or tokens[i - 1][0].isdigit()):
        i -= 1  # "an Alaska Airlines Boeing 737 MAX 9": the runs of one name, broken by its number
    return i >= 2 and tokens[i - 1][0].lower() in ("a", "an") \
        and tokens[i - 2][0].lower() in _INDEFINITE_OBJECT_PREPS


def _outside_later_relative(verbs: list[tuple[int, EventVerb]], tokens: list[tuple[str, int]],
                            expr_end: int) -> list[tuple[int, EventVerb]]:
    """``verbs`` without those of a relative clause ("who", "which") that opens after the date, when a past of the date's
    own clause stands between the date and that clause ("A court on Monday upheld an award in a suit by farmers who
    said the herbicide damaged their crops": the court's act, not the herbicide's)."""
    relative = next((n for n, (t, at) in enumerate(tokens) if at >= expr_end and t.lower() in ("who", "which")), None)
    if relative is None or not any(tokens[n][1] >= expr_end and _past_form(tokens[n][0].lower()) for n in range(relative)):
        return verbs
    return [(n, v) for n, v in verbs if n < relative]


def _past_form(word: str) -> bool:
    """Whether ``word`` is a past or a participle of the verb lists ("sent", "meant"; not "report", a noun as well)."""
    verb = label_verb_forms().get(word)
    return verb is not None and word not in (verb.lemma, verb.third) and not word.endswith("ing")


def _phrase_before_preposition(tokens: list[tuple[str, int]], p: int) -> list[str]:
    """The noun phrase right before the preposition at ``p``, from its determiner ("a magazine report [on]"): words in
    small letters or names, at most five, opened by a determiner that no preposition precedes; [] when there is none."""
    n = p - 1
    while n >= 0 and p - n <= 6 and tokens[n][0].isalpha() and tokens[n][0].lower() not in DETERMINERS \
            and tokens[n][0].lower() not in AUX | RELATIVE | STOP_OBJECT | _INDEFINITE_OBJECT_PREPS | POSTMODIFIER_PREPS \
            and not _past_form(tokens[n][0].lower()):
        n -= 1
    if n < 0 or n == p - 1 or tokens[n][0].lower() not in DETERMINERS or \
            (n and tokens[n - 1][0].lower() in _INDEFINITE_OBJECT_PREPS | POSTMODIFIER_PREPS):
        return []
    return [t for t, _ in tokens[n:p]]


def _named_role(tokens: list[tuple[str, int]], i: int, j: int, first: int, comma: int) -> bool:
    """Whether the noun phrase ``[i, j)`` before the comma at ``first`` is a role ("The airline's chief executive", "Its
    spokeswoman": a word in small letters at its end) and the aside up to ``comma`` is the name of who holds it, two to
    four capitalised words ("Carolyn McCall"): a headline names the person, not the role."""
    aside = tokens[first + 1:comma]
    head = i + 1 if tokens[i][0].lower() == "the" and i + 1 < j else i
    # or a title with its capitalised portfolio ("The Minister for Regional Transport, Ada Vell, said")
    titled = tokens[head][0].lower() in TITLES and tokens[head][0][:1].isupper() and j - head >= 2 \
        and tokens[head + 1][0] in ("for", "of")
    return j == first and tokens[j - 1][0].isalpha() and (tokens[j - 1][0].islower() or titled) and 2 <= len(aside) <= 4 \
        and all(t[:1].isupper() and t.isalpha() and not t.isupper() for t, _ in aside) \
        and (first + 1, comma) in name_runs(tokens)


def _event_label(sentence: str, expr_start: int, expr_end: int, previous_text: str | None) -> EventLabel:
    """:func:`event_label`; ``previous_text`` None raises :class:`NeedsContext` where a pronoun needs it."""
    since = since_event(sentence, expr_start, expr_end) or possessive_event(sentence, expr_start, expr_end) \
        or with_plan(sentence, expr_start, expr_end)
    if since is not None:
        return EventLabel(since, f"||{since.lower()}", "", "")
    listed = list_move(sentence, expr_start)
    if listed is not None:
        return listed
    base = blank(blank(sentence, PREFIX), _LEAD_IN)
    work = blank(blank(blank(blank(base, QUOTE), _LEGAL_SUFFIX), _TICKER_BRACKET), _APPOSITIVE, ",")
    if expr_start < len(work) and not work[expr_start:expr_end].strip() and base[expr_start:expr_end].strip():
        work = blank(base, QUOTE)  # the date sits inside an aside: keep the aside
    lead = LEAD_PREP.search(work[:expr_start])
    cut = lead.start() if lead else expr_start
    part = _DAY_PART.match(work, expr_end)  # "Monday morning": the part of the day belongs to the date
    expr_end = part.end() if part else expr_end
    # "Wednesday's short-covering rally": the blanked date is the possessive of the noun phrase after it
    possessive_end = expr_end if part and part.group(0)[:2] in ("'s", "’s") else -1
    if possessive_end >= 0 and expr_end - expr_start > 3 and noun_follows(work, expr_end):
        # "Nobody on Tuesday's call asked ...": the date stands for "the" of the noun phrase it opens, and a preposition
        # before it keeps its object
        work = work[:expr_start] + "the".ljust(expr_end - expr_start) + work[expr_end:]
    else:
        work = work[:cut] + " " * (expr_end - cut) + work[expr_end:]
    when_clause = _WHEN_CLAUSE.match(work, expr_end)  # "since March 8, when SVB announced ...": that clause is the event
    tokens = [(m.group(0), m.start()) for m in TOKEN.finditer(work)]
    forms = verb_forms()
    fronted = _fronted_phrase_end(work, expr_start, expr_end)
    verbs = _after_fronted(_verbs_of(tokens, forms, possessive_end), tokens, fronted)
    if fronted is not None and verbs:
        common = [(n, v) for n, v in _after_fronted(_verbs_of(tokens, label_verb_forms(), possessive_end), tokens, fronted)
                  if tokens[n][0].lower() not in AUX | MODALS]
        if common and common[0][0] < verbs[0][0] and _participle_after_noun(tokens, verbs[0][0]):
            # "In a filing lodged on Thursday, Orvane registered the resale of shares held by its founders": the main
            # clause's own verb is a common one, before any event verb of its object ("held")
            verbs = []
    verbs = _outside_later_relative(verbs, tokens, expr_end)
    cut_clause: EventLabel | None = None
    if not verbs:
        # no event verb: unless the clause cut around the date reads as one (a subject, then a verb), a common verb of
        # news copy in the past words the label ("At a board meeting on Sept. 7, Castagnier presented a plan" is
        # "Castagnier presents plan", not "At a board meeting"; "Bexley, a nickel producer, went straight to ..." is
        # "Bexley goes straight to ...", not "Went straight to ...")
        cut_clause = _owner_named(fallback_label(sentence, expr_start, expr_end), sentence, previous_text)
        if _reads_as_clause(cut_clause.label, sentence) and not (fronted is not None
                                                                 and FRONTED_PREPOSITION.match(cut_clause.label)):
            return cut_clause  # (not the fronted phrase itself: "In a filing lodged with the regulator")
        forms = label_verb_forms()
        verbs = _after_fronted(_verbs_of(tokens, forms, possessive_end), tokens, fronted)
    having = _HAVING_CLAUSE.search(work, expr_end)
    if having is not None:
        # "X shares were down 55% at 1115 GMT, having fallen as much as 64% after trading resumed": a perfect
        # participle's clause after the date's tells what came before, not the date's event
        verbs = [(n, v) for n, v in verbs if tokens[n][1] < having.start()]
    # (after a fronted phrase, the next clause is one after the main clause's)
    next_clause = _NEXT_CLAUSE.search(work, expr_end if fronted is None else fronted + 1)
    if next_clause is None and "," not in work[:cut] and not _OPENING_ADJUNCT.match(work):
        # "Orvane and Kestrel pulled the heaters on Tuesday, Brandt acted an hour later and Marlow withdrew ...": a
        # clause of its own after a comma, its name and its past (the date's clause opening the sentence)
        next_clause = _ASYNDETIC_CLAUSE.search(work, expr_end)
    if next_clause is not None and not any((unknown_past(tokens, n) or _infinitive(tokens, n, forms))
                                           for n, (_, at) in enumerate(tokens)
                                           if at < next_clause.start() and not any(at <= v < next_clause.start()
                                                                                   for v in (tokens[m][1] for m, _ in verbs))):
        next_clause = None  # the date's clause has no verb of its own the list does not know: keep the nearest verb
    if next_clause is not None:
        # "The regulator opened its inquiry on March 2, and the chief executive resigned on March 5": a verb of the
        # next clause, with a subject of its own, does not tell the date's event
        verbs = [(n, v) for n, v in verbs if tokens[n][1] < next_clause.start()]
    if not verbs:
        return cut_clause or _owner_named(fallback_label(sentence, expr_start, expr_end), sentence, previous_text)
    centre = (expr_start + expr_end) / 2
    # "a glitch that began on Saturday left ...": the date's own relative clause holds its verb
    opener = max((m for m in _RELATIVE_OPENER.finditer(work, 0, cut)), key=lambda m: m.start(), default=None)
    if opener is not None and opener.group(0).lower() == "that" and not relative_that(work, opener):
        opener = None  # "that gap has taken on", "reports that X avoided": no relative clause
    own_clause = opener.end() if opener is not None and not any(c in work[opener.end():cut] for c in ",;—(") else None

    def distance(item: tuple[int, EventVerb]) -> float:
        pos = tokens[item[0]][1]
        if own_clause is not None and own_clause <= pos < cut:
            return abs(pos - centre) * 0.25
        gerund = tokens[item[0]][0].lower().endswith("ing")
        lo, hi = sorted((pos, int(centre)))
        crosses = any(c in work[lo:hi] for c in ",;—(")
        if when_clause and pos >= when_clause.end():
            return float(pos - when_clause.end())
        return abs(pos - centre) * (1.0 if pos < centre else 2.0) * (3.0 if gerund else 1.0) * ((3.0 if pos > centre else 1.5) if crosses else 1.0)

    k, verb = min(verbs, key=distance)
    runs = name_runs(tokens)
    k, verb = reported_verb(tokens, k, verb, verbs, runs)
    by_agent = k + 2 < len(tokens) and tokens[k + 1][0].lower() == "by" and not tokens[k + 2][0][:1].isdigit() \
        and tokens[k + 2][0][:1] not in "$£€"
    if cut_clause is not None and (by_agent or tokens[k][1] > expr_start
                                   and any(c in work[:expr_start] for c in ",;:—–")
                                   or _SET_OFF_PHRASE.search(work, tokens[k][1], expr_start) is not None):
        # a common verb after a date set inside the sentence belongs to another clause ("The notice, dated May 13,
        # applies to goods certified after March 1, meaning cargoes may be turned back"); only a date that opens the
        # sentence ("At a board meeting on Sept. 7, Castagnier presented ...") is its main clause's; nor is a verb
        # before a date in a phrase set off after it ("submitted their plan on Monday, ahead of the Dec. 16
        # deadline": the deadline's date); a participle with its agent ("Pantrio, founded in 2014 by Jo Roe,
        # delivers ...") is no active verb of its subject
        return cut_clause
    before = [r for r in runs if r[1] <= k and not placed_name(tokens, r)
              and not (r[1] - r[0] == 1 and tokens[r[0]][0].lower() in _COUNTS)]  # "Four bolts": a count, no name
    if before and _indefinite_object(tokens, before[-1]):
        before = []  # the name nearest the verb is a preposition's object ("on an Alaska Airlines jet"): none did it
    subject, descriptive, plural = "", False, False
    i0, j0 = clause_np(tokens, k - 1 if k and tokens[k - 1][0].lower() in _REMAIN else k)  # "X remained suspended"
    if i0 >= 3 and tokens[i0 - 1][0].lower() == "with" and tokens[i0 - 2][0].lower() in _SOURCE_ADJECTIVES:
        # "Two people familiar with the matter told X": the people, not the matter
        i1, j1 = clause_np(tokens, i0 - 2)
        if i1 < j1:
            i0 = i1
    if k > 2 and tokens[k - 1][0].lower() == "having" and tokens[k - 2][0] == ",":
        # "Palladium traded at $1,085, having risen 1.8% on Wednesday": the main clause's subject did it
        main = [n for n, _ in verbs if n < k - 2] or [n for n in range(k - 2) if unknown_past(tokens, n)]
        if main:
            i0, j0 = clause_np(tokens, main[0])
    participial = False
    # "..., after falling 13.7% over the previous two sessions": a participle led by a time word after the comma
    comma = k - 2 if k > 3 and tokens[k - 1][0].lower() in ("after", "before", "while") else k - 1
    if comma > 1 and tokens[comma][0] == "," and tokens[k][0].lower().endswith("ing") and i0 == j0:
        # "The company's shares have recovered part of their losses, rising 4.8% on Wednesday": the participle after
        # the main clause tells of that clause's subject
        main = [n for n, _ in verbs if n < comma and not tokens[n][0].lower().endswith("ing")] \
            or [n for n in range(comma) if unknown_past(tokens, n)] \
            or [n for n in range(1, comma) if tokens[n][0].lower() in ("is", "are", "was", "were")]  # "The stock was up 3%, recovering"
        if main and not any(t in (",", ";", ":") for t, _ in tokens[main[0]:comma]):
            i1, j1 = clause_np(tokens, main[0])
            if i1 < j1:
                i0, j0, participial = i1, j1, True
    if j0 - i0 > 1 and tokens[j0 - 1][0].lower() in _SUBJECT_PRONOUNS and _blanked_before(tokens, j0 - 1):
        # "pressure on the shipbuilder just two days after it announced": the blanked date joined the words before it
        # to the clause's own pronoun subject
        i0 = j0 - 1
    if i0 == j0 and i0 > 1 and tokens[i0 - 1][0] == ",":
        i0, j0 = _subject_before_aside(tokens, i0 - 1, [n for n, _ in verbs]) or (i0, j0)
    if i0 == j0 and i0 > 1 and tokens[i0 - 1][0].lower() in ("and", "but", "or"):
        # "The guild represents 600 crews and last walked out in 2016": the second verb shares the first one's subject
        first = ([n for n, _ in verbs if n < i0 - 1 and not tokens[n][0].lower().endswith("ing")]
                 # "The union walked out on Monday and plans a stoppage": a past the list does not know is the first verb
                 or [n for n in range(i0 - 1) if unknown_past(tokens, n)]
                 # "The review will examine the procedures and report to the regulator": the modal of the first verb
                 or [n for n in range(1, i0 - 1) if tokens[n][0].lower() in MODALS and (tokens[n - 1][0][:1].isalpha() or tokens[n - 1][0] == ",")])
        named = [r for r in name_runs(tokens) if r[1] < i0 - 1
                 and not (r[1] - r[0] == 1 and tokens[r[0]][0].lower().endswith(("ed", "ing")))]  # "Founded in 2012"
        shared = clause_np(tokens, first[-1]) if first else (i0, j0)
        if first and shared[0] == shared[1] and shared[0] > 1 and tokens[shared[0] - 1][0] == ",":
            # "The review, to be carried out by ..., will examine X and report": the subject before the aside
            opening = clause_np(tokens, shared[0] - 1)  # the aside blanked to its comma: the noun phrase opening the sentence
            shared = _subject_before_aside(tokens, shared[0] - 1, [n for n, _ in verbs]) \
                or (opening if opening[0] == 0 and opening[0] < opening[1] else shared)
        if shared[0] < shared[1]:
            i0, j0 = shared
            if tokens[j0 - 1][0].lower() in PRONOUNS:
                i0 = j0 - 1  # "said on Friday it had hired advisers and set": the pronoun, resolved below
        elif not first and named and not any(t in (",", ";", ":") for t, _ in tokens[named[0][1]:i0 - 1]):
            i0, j0 = named[0]  # a verb the list does not know: the sentence's first name is the subject
    if i0 == j0 and i0 > 1 and tokens[i0 - 1][0].lower() in RELATIVE and tokens[i0 - 2][0] == ",":
        # "The company, which reported results on Wednesday": the relative pronoun stands for the noun before it; "which"
        # for the nearest noun phrase ("the Japanese view of the accord, which was announced Friday": the accord)
        relative = tokens[i0 - 1][0].lower()
        i0, j0 = clause_np(tokens, i0 - 2)
        if relative == "which" and i0 < j0:
            i0 = antecedent_start(tokens, i0, j0)
    elif i0 == j0 and i0 > 1 and tokens[i0 - 1][0].lower() in RELATIVE and tokens[i0 - 2][0][0].isalnum():
        # "the strike which began on April 8", "a fire that began on Saturday": the noun right before the pronoun
        i0, j0 = clause_np(tokens, i0 - 1)
        while i0 < j0 and tokens[i0][0].lower() in PLACE_PREPS | {"of", "for", "to", "with"}:
            i0 += 1  # "said that of six workers who had been hurt": the noun, not its preposition
        past = [n for n in range(max(i0, 1), j0 - 1) if _past_form(tokens[n][0].lower())
                and tokens[n][0].islower() and tokens[n + 1][0][:1].isalnum()
                and tokens[n - 1][0].lower() not in DETERMINERS and not tokens[n - 1][0][:1].isdigit()
                and not tokens[n - 1][0].endswith("ly")]
        if past:
            i0 = past[-1] + 1  # "the lawyer who represented 40 growers who won": the verb's object, not the verb
        if tokens[j0][0].lower() in ("that", "which"):
            # "in the shadow of the convention hall that hosted", "the type of bets that caused": "that" stands for
            # the noun right before it, not for the head of the phrase that noun completes ("who" may: "the head of
            # the agency who resigned")
            i0 = antecedent_start(tokens, i0, j0)
        named = _appositive_name(tokens, runs, i0, j0)
        if named is not None:  # "Ada Roe, the Leeds-area owner who told ...": the person the role is
            i0, j0 = named
    while i0 < j0 and tokens[i0][0].lower() in _CLAUSE_CONJUNCTIONS:
        i0 += 1  # "..., so they start from a strong position": the conjunction opens the clause, the pronoun is its subject
    if j0 == k and passive_agent(tokens, k):
        # "Key points of the rule announced by the ministry": the participle tells of the noun right before it
        i0 = max([i0, antecedent_start(tokens, i0, j0)]
                 + [n + 1 for n in range(i0, j0) if tokens[n][0].lower() in POSTMODIFIER_PREPS])
        # "went before reporters to denounce the stance taken by X": the noun phrase from its determiner
    if j0 - i0 == 1 and i0 > 2 and tokens[i0][0].islower() and tokens[i0][0].endswith("ed") \
            and tokens[i0 - 1][0].lower() in ("and", "or") and tokens[i0 - 2][0].islower() and tokens[i0 - 2][0].endswith("ed"):
        # "an expert kidnapped and presumed killed by ...": the second participle tells of the first one's noun
        i1, j1 = clause_np(tokens, i0 - 2)
        if i1 < j1:
            i0, j0 = antecedent_start(tokens, i1, j1), j1
    # "Lower rates helped lift sales", "The chair helped the firm close the deal": "help" and its object come before
    # the event's verb, which takes its bare form
    helped = next((n for n in range(i0 + 1, j0) if tokens[n][0].lower() in _HELP and tokens[n - 1][0].isalnum()
                   and tokens[n - 1][0].lower() not in DETERMINERS), None)
    help_object = ""
    if helped is not None and tokens[k][0].lower() in (verb.lemma, verb.third):
        help_object = " ".join(t for t, _ in tokens[helped + 1:j0])
        j0 = helped
    else:
        helped = None
    i0 = _after_fronted_phrase(tokens, i0, j0)
    np_words = [t for t, _ in tokens[i0:j0]]
    owner = [r for r in runs if r[1] == i0 - 1] if np_words and np_words[0].lower() == "whose" and i0 > 1 \
        and tokens[i0 - 1][0] == "," else []
    if owner:  # "Kelby Air, whose shares have gained 7.3%": the name before the comma owns the subject
        np_words = [f"{canonical_name(run_text(tokens, *owner[-1]))}'s", *np_words[1:]]
    elif np_words and np_words[0].lower() == "whose" and i0 > 1 and tokens[i0 - 1][0] == ",":
        a, b = clause_np(tokens, i0 - 1)  # "The bank, whose shares fell 4%": the noun phrase before the comma
        described = [t for t, _ in tokens[a:b] if t.lower() not in DETERMINERS]
        if described and len(described) <= 4:
            np_words = _whose_owner(tokens, runs, a, [*described, *np_words])
    elif "whose" in (w.lower() for w in np_words[1:]):
        np_words = _whose_owner(tokens, runs, i0, np_words)
    if 1 <= i0 < j0 and tokens[i0][0].lower() in ("a", "an") and tokens[i0 - 1][0].lower() in _INDEFINITE_OBJECT_PREPS:
        # "a magazine report on an X3 diesel sent": the preposition's object tells which report; the noun phrase before
        # the preposition is the subject, unless it is a preposition's object too ("bolts ... in place on an Alaska
        # Airlines jet were missing": no subject the label can name)
        np_words = _phrase_before_preposition(tokens, i0 - 1)
    np_text = " ".join(np_words).lower()
    ending = [r for r in runs if r[1] == j0 and not placed_name(tokens, r) and not _indefinite_object(tokens, r)]
    if tokens[k][0].lower().endswith("ing") and not _progressive(tokens, k) and not participial:
        np_words, np_text = [], ""  # a gerund has no subject of its own ("saw the term trending")
    if np_words and np_text not in PRONOUNS:
        if ending:
            i, j = ending[-1]
            subject = canonical_name(run_text(tokens, i, j))
            located = located_head(tokens, i)
            if located:  # "Officials in the United States blocked ...": the officials, not the country, did it
                subject, descriptive, plural = f"{located} {subject}", True, located_plural(located)
            pair = [r for r in runs if r[1] == i - 1] if i > 1 and tokens[i - 1][0] == "and" else []
            listed = _listed_subjects(tokens, runs, i) if not pair else []
            if pair and _institution_and(run_text(tokens, *pair[-1]), run_text(tokens, i, j)):
                # "the Department of Mineral Resources and Energy sent": one institution's name, "and" inside it
                a, b = pair[-1]
                subject = canonical_name(f"{run_text(tokens, a, b)} and {run_text(tokens, i, j)}")
            elif listed:  # "Orvane and the Harbour Board announced", "Kelso, Brandt and the Marlow Trust call": all
                subject, plural = f"{', '.join(listed)} and {subject}", True
            elif pair:  # "Orvale Tools and Kestrel Works have each lost": both are the subject
                a, b = pair[-1]
                subject, plural = f"{canonical_name(run_text(tokens, a, b))} and {subject}", True
            elif j - i == 1 and (i == 0 or tokens[i - 1][0] in SENTENCE_OPENERS) and capitalised_plural(tokens, i, k):
                plural = True  # "Regulators fined Keel Bank", "Details were not disclosed": a plural noun opens the sentence
            elif j - i == 1 and _PLURAL_INITIALISM.fullmatch(tokens[i][0]):
                plural = True  # "Its ADRs closed", "the ETFs were": an initialism with a plural "s"
            elif demonym_plural(tokens[j - 1][0]):
                plural = True  # "Senate Republicans said", "Some 1,500 ethnic Albanians marched"
        elif len(subject_head(np_words)) - np_words.count("&") <= 5 or i0 == 0 and subject_head(np_words)[1:2] == ["of"] \
                or (len(np_words) <= 8 and _SOURCE_ADJECTIVES & {w.lower() for w in np_words}):  # "Seven of ...", "Two people familiar with"
            np_words = subject_head(np_words)
            subject = " ".join(np_words)
            descriptive = True
            located = located_head(tokens, i0 + 1) if i0 + 1 < j0 and tokens[i0][0].lower() == "the" \
                and all(is_name_token(w) for w in np_words) else ""
            if located:  # "Officials in the United States on Monday blocked ...": the officials did it
                np_words = [*located.split(), *np_words]
                subject = " ".join(np_words)
            # the head before its first preposition: "engineer of X Works", "Lawyers for the family"
            cut = next((p for p, w in enumerate(np_words) if p and w.lower() in POSTMODIFIER_PREPS
                        # "Bank of Keel's Hong Kong-listed shares": an "of" between a name's words is inside the name
                        and not (w == "of" and is_name_token(np_words[p - 1]) and p + 1 < len(np_words)
                                 and is_name_token(np_words[p + 1]))), len(np_words))
            heads = np_words[:cut]
            if len(heads) > 1 and heads[-1].lower() in _SOURCE_ADJECTIVES:
                heads = heads[:-1]  # "people familiar with the matter": the people
            one = len(heads) == 1 and heads[0].lower() in ("one", "each")  # "One of his relatives sought": one
            if heads and not one and (heads[-1][:1].isdigit() or heads[-1].lower() in QUANTITY_HEADS):
                heads = np_words  # "two of the researchers", "most of his rivals": the number is the complement's
            last = heads[-1].lower() if heads else ""
            plural = not one and ((last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us") + SINGULAR_IN_S))
                                  or last == "both" or last in PLURALS or last.endswith(("-men", "-women")))
            if located:  # the placed noun agrees with the verb, not the name ("Officials in the United Kingdom")
                plural = located_plural(located)
    own_subject = bool(subject)  # the words right before the verb name the subject (not a name further back)
    if not subject and before and np_text not in PRONOUNS:
        i, j = before[-1]
        subject = canonical_name(run_text(tokens, i, j))
        pair = [r for r in runs if r[1] == i - 1] if i > 1 and tokens[i - 1][0] == "and" else []
        if pair and _institution_and(run_text(tokens, *pair[-1]), run_text(tokens, i, j)):
            # "The Securities and Exchange Commission (SEC) has sent": one institution's name, "and" inside it
            subject = canonical_name(f"{run_text(tokens, *pair[-1])} and {run_text(tokens, i, j)}")
        located = located_head(tokens, i) if j == k or not tokens[j][0].isalpha() or tokens[j][0].islower() else ""
        if located:  # "Officials in the United States on Monday blocked ...": the officials did it
            subject, plural = f"{located} {subject}", located_plural(located)
        elif j - i == 1 and (i == 0 or tokens[i - 1][0] in SENTENCE_OPENERS) and capitalised_plural(tokens, i, k):
            plural = True  # "Lawmakers in several states on Friday passed laws": a plural noun opens the sentence
        elif demonym_plural(tokens[j - 1][0]):
            plural = True  # "Many Republicans on Friday said"
    inverted = False
    if not subject and not np_text and verb.group == "say":
        # "“…,” said spokesman Tomas Brede": the speaker follows the verb, after his role
        for i, j in runs:
            if k < i <= k + 4 and all((n == k + 1 and tokens[n][0] == "the")  # "said the deputy envoy Ann Roe"
                                      or (tokens[n][0].isalpha() and (tokens[n][0].islower() or tokens[n][0].lower() in TITLES)
                                          and tokens[n][0].lower() not in DETERMINERS | STOP_OBJECT | PARTICLES)
                                      for n in range(k + 1, i)):
                subject, inverted = canonical_name(run_text(tokens, i, j)), True
                break
        if not subject and k + 2 < len(tokens) and tokens[k + 1][0] == "the":
            # "“…,” said the ministry.": a short common noun phrase that ends the clause is the speaker
            n = k + 2
            while n < len(tokens) and n < k + 5 and tokens[n][0].isalpha() and tokens[n][0].islower() \
                    and tokens[n][0] not in STOP_OBJECT | PARTICLES | DETERMINERS:
                n += 1
            if n > k + 2 and (n == len(tokens) or tokens[n][0] in (".", ",", ";", "!")):
                subject, inverted = " ".join(t for t, _ in tokens[k + 2:n]), True
    unresolved = ""  # a pronoun subject no name stands for: the label keeps it ("He tells ..."), its key has none
    if not subject:
        if np_text in PRONOUNS:
            pron, pron_at = np_text, tokens[i0][1]
        else:
            pron, pron_at = next(((t.lower(), at) for t, at in reversed(tokens[:k]) if t.lower() in PRONOUNS), (None, 0))
        if pron is not None:
            plain = blank(sentence, PREFIX)
            subject = antecedent_of(pron, plain[:pron_at], previous_text, plain[pron_at:]) or ""
            if not subject and np_text == pron and pron in _KEPT_PRONOUNS and not plural:
                unresolved = (pron != "he" and pron != "she" and shares_named(plain[:pron_at])) or pron
            if pron == "they" and subject.endswith("s") and not subject.endswith(("ss", "’s", "'s")) and " " not in subject \
                    and subject.lower() not in TITLES and subject not in people_in((previous_text or "")[-3000:] + " " + plain):
                plural = True  # "they" for "Democrats", "Regulators": the verb agrees with the plural
            elif pron == "they" and subject.split()[-1:] in (["shares"], ["stocks"]):
                plural = True  # "they" for "Didi shares"
        if not subject:
            # "By releasing R1 on January 20, DeepSeek has ...": the main clause's subject
            aux_after = [r for r in runs if r[0] > k and r[1] < len(tokens) and tokens[r[1]][0].lower() in AUX | set(forms)]
            after_break = [r for r in aux_after if tokens[r[0] - 1][0] in (",", "—", "–", ";")]
            pick = (after_break or aux_after[-1:])
            if pick:
                i, j = pick[0]
                subject = canonical_name(run_text(tokens, i, j))
    if cut_clause is not None and (np_text in PRONOUNS or not subject):
        return cut_clause  # a common verb's pronoun subject ("We drew $250 million on Friday"): the clause as it is
    speech = verb.group in SPEECH_GROUPS
    obj = "" if inverted else object_phrase(tokens, k + 1, len(work), speech, blank(sentence, _APPOSITIVE, ","), work,
                                              expr_start)
    # (the key keeps the object a reported progressive had before round 69: which rows make one event stays)
    keyed = object_phrase(tokens, k + 1, len(work), speech, blank(sentence, _APPOSITIVE, ","), work, expr_start,
                          progressive=False) if speech and obj and not inverted else obj
    initial_obj = obj
    verb_end = tokens[k][1] + len(tokens[k][0])
    obj = _anchored_clause(obj, sentence[expr_start:expr_end], work[verb_end:expr_start] if verb_end <= expr_start else None,
                           speech)
    left_in = _LEFT_IN.match(obj) if tokens[k][0].lower() == "leaving" and work[:tokens[k][1]].rstrip().endswith(",") \
        else None
    since_passive = any(tokens[n][0].lower() in ("was", "were", "is", "are", "been") for n in range(max(0, k - 3), k)) \
        and _SINCE_CLAUSE.search(work, 0, tokens[k][1]) is not None
    if obj and since_passive and verb_end <= expr_start and _FIGURE_AFTER_DATE.match(obj) and not work[verb_end:expr_start].strip():
        # "losses since the recall was announced [on June 8] to about 25%": a figure after the date a passive in a
        # "since" clause ends on is the outer clause's
        obj = ""
    if subject and not own_subject and np_text in ("he", "she", "they") and subject.split()[-1] in obj.split():
        # "they had not called Kopp a suspect": a pronoun subject never stands for its own verb's object
        subject, plural = np_text.capitalize(), np_text == "they"
    chain = k
    while chain > j0 and (tokens[chain - 1][0].lower() in AUX | MODALS | BE | ADVERBS | BEFORE_VERB | TO_FUTURE
                          | {"to", "not"} or sentence_adverb(tokens, chain - 1)):
        chain -= 1
    said = subject.lower().split()
    said_head = (said[:said.index("of")] if "of" in said[1:] else said)[-1:] or [""]
    if own_subject and (descriptive or subject.lower() in QUANTITY_HEADS) and i0 < j0 == chain < k and (
            said_head[0] in QUANTITY_HEADS | {"you", "they"} or said_head[0][:1].isdigit()):
        # a number or "you" says no number of its own: the auxiliary right after it does ("The other three were
        # provided", "One of the suspects is named", "84 were killed", "you were told")
        finite = next((tokens[n][0].lower() for n in range(j0, k) if tokens[n][0].lower() in AUX), "")
        if finite in ("are", "were", "have"):
            plural = True  # "Rates were cut", "Details have not been disclosed": the text's own auxiliary tells
        elif finite in ("is", "was", "has"):
            plural = False  # "Sanders was", "The news is": singular
        elif said == [said_head[0]] and said_head[0] in _COUNTS:
            plural = True  # "Three had been rescued by Tuesday": a count of two or more is plural
    if _PLAIN_VERB_SUBJECT.fullmatch(subject.lower()):
        plural = True  # "I expect", "I'd expect", "she'll sell": no third-person -s ("I'd expects" before)
    verb_text = verb.lemma if plural else verb.third
    if left_in is not None:
        # "X shares fell 1.2%, leaving them down 11.6% since the incident": the state the move left the subject in
        # ("X shares are down 11.6%"), not "X shares leave them down"
        verb_text, obj = ("are" if plural else "is"), obj[left_in.end():]
    if helped is not None:
        verb_text = " ".join(w for w in ("help" if plural else "helps", help_object, verb.lemma) if w)
    negated, denied, n = False, False, k - 1
    while n >= 0 and (tokens[n][0].lower() in AUX | MODALS | BE | ADVERBS | BEFORE_VERB | TO_FUTURE | {"to", "not"}
                      or sentence_adverb(tokens, n)):
        negated = negated or (denied and tokens[n][0].lower() in AUX | MODALS)  # "has not filed", "is not expected to"
        denied = denied or tokens[n][0].lower() == "not"
        n -= 1
    if negated:
        verb_text = f"{'do' if plural else 'does'} not {verb.lemma}"  # "The firm has not filed" -> "Firm does not file"
    if k and tokens[k - 1][0].lower() in MODALS - {"will", "would"} and tokens[k][0].lower() == verb.lemma:
        verb_text = f"{tokens[k - 1][0].lower()} {verb.lemma}"  # "Two aircraft may come": the modal stays
    pk = k - 1  # the word before the verb, adverbs skipped ("was officially named", "were finally cut")
    while pk > 0 and (tokens[pk][0].lower() in ADVERBS | {"not", "never"} or (tokens[pk][0].islower() and tokens[pk][0].endswith("ly")
                                                           and len(tokens[pk][0]) > 5 and tokens[pk - 1][0].lower() in BE)
                      or (tokens[pk][0] in _BE_ADVERBS and tokens[pk - 1][0].lower() in BE)):
        pk -= 1
    if k and tokens[pk][0].lower() in _REMAIN and tokens[k][0].lower() in past_participles():
        # "X's shares, halted on Wednesday, remained suspended on Thursday": a state that goes on
        verb_text = f"{'remain' if plural else 'remains'}{' not' if negated else ''} {tokens[k][0].lower()}"
    elif k and tokens[pk][0].lower() in ("was", "were", "is", "are", "been") and (
            tokens[k][0].lower() != verb.lemma or passive_agent(tokens, k) or tokens[k][0].lower() in same_past()) or (
            own_subject and k and tokens[pk][0].lower() in ("be", "being") and tokens[k][0].lower() in past_participles()
            and not (pk >= 1 and tokens[pk - 1][0].lower() == "to" and j0 == pk)):  # "it remains to be written"
        verb_text = f"{'are' if plural else 'is'}{' not' if negated else ''} {tokens[k][0].lower()}"  # passive: "Trump was inaugurated" -> "Trump is inaugurated"
        if tokens[k - 1][0] == "last":
            verb_text = verb_text.replace(" ", " last ", 1)  # "was last seen": the last time, kept ("is last seen")
        if tokens[k - 1][0].lower() == "being" and passive_agent(tokens, k):
            obj = agent_phrase(tokens, k + 1, work)  # "a study being released by a group of researchers shows ..."
    elif own_subject and passive_agent(tokens, k) and not (k and tokens[k - 1][0].lower() in AUX):
        # "the rate cut announced by the central bank on Wednesday", "the operator hit by an attack last month": a
        # participle with its agent tells what was done to the noun before it
        verb_text = f"{'are' if plural else 'is'} {tokens[k][0].lower()}"
        obj = agent_phrase(tokens, k + 1, work)
    if obj and not plural and tokens[k][0].lower() not in (verb.lemma, verb.third):
        obj = present_after_and(obj)  # "bowed and apologised": the second past in the present too
    told_at = tokens[k][1] + len(tokens[k][0])
    listener = verb.lemma == "tell" and (obj.lower().removeprefix("the ") in LISTENERS or (
        # "As Brandt told Northgate Wire last week, “...”": whom it was told is a name, what was told the quotation
        obj[:1].isupper() and len(obj.split()) <= 4 and all(w[:1].isupper() for w in obj.split())
        and QUOTE.search(sentence, told_at) is not None and '"' not in obj and "“" not in obj))
    if (speech and not obj) or listener:  # "told analysts on a call: “...”": what was told, after whom it was told to
        told_end = tokens[k][1] + len(tokens[k][0])
        quote = QUOTE.search(sentence)
        if listener and quote and re.search(r"\bthat\b", work[told_end:quote.start()]):
            quote = None  # "told a crowd that he was “troubled” by it": what was told is the clause, not its quoted word
        # else what follows a colon was said: 'Trump said: "I am greatly honored ...', "X said in an editorial on
        # Monday: The court ..."
        colon = None if quote else _SAID_COLON.match(work, told_end)
        inner = (quote.group(0)[1:-1].strip().split() if quote
                 else sentence[colon.end():].strip(" \"“”'‘’").split() if colon else [])
        if (quote and inner) or len(inner) >= 3:  # an empty pair of marks ('told reporters "" today') says nothing
            if listener and obj.lower() in ("me", "us") and verb_text == verb.third:
                obj, verb_text = "", "says"  # "Ekdahl told me last year: “...”": the writer is no party to the event
            obj = (f"{obj} " if obj else "") + quoted_opening(inner)
    if not obj and own_subject and verb_text in (verb.third, verb.lemma):
        obj = relative_antecedent(tokens, i0)  # "an agreement that the nations reached in Paris": what they reached
    if not obj and 1 < j0 and tokens[j0 - 1][0].lower() in _SUBJECT_PRONOUNS and verb_text in (verb.third, verb.lemma) \
            and re.fullmatch(r"\d[\d.,]*%", tokens[j0 - 2][0]):
        obj = tokens[j0 - 2][0]  # "recouping most of the 14% they lost last week": the figure they lost
    verb_end = tokens[k][1] + len(tokens[k][0])
    said_from = re.search(rf"\b{re.escape(obj.split()[0])}\b", work[verb_end:cut]) \
        if obj and obj.split()[0].lower() in _SUBJECT_PRONOUNS else None
    if speech and subject and not inverted and said_from is not None:
        # the date after the start of what was said, not in the telling's own phrase ("announced in a filing this month
        # that it had settled": the month is the filing's)
        act = _reported_act(obj)
        if act:  # "X said on Monday it would book a writedown in the third quarter": the quarter's event is the act
            label = f"{subject} {act}"
            key_act = " ".join(w for w in act.lower().split() if w not in DETERMINERS)
            return EventLabel(label[0].upper() + label[1:], f"{subject.lower()}|act|{key_act}", subject, verb.lemma)
        telling = work[verb_end:verb_end + said_from.start()]
        if telling.strip() and not re.search(r"\bthat\b", telling):
            # an act the label cannot word after the day of the telling ("said on Monday it had nominated four
            # candidates ... at the May 20 meeting"): the saying alone, not what was said as of the other date
            obj = ""
    label = " ".join(p for p in (subject or unresolved, verb_text, obj) if p)
    if cut_clause is not None and not subject:
        return cut_clause  # a common verb without its subject reads no better than the clause cut around the date
    if not subject and not obj:
        return _owner_named(fallback_label(sentence, expr_start, expr_end), sentence, previous_text)
    label = label[0].upper() + label[1:]
    if len(label) > MAX_LABEL_CHARS:
        label = label[: MAX_LABEL_CHARS - 1].rsplit(" ", 1)[0] + "…"
    key_obj = " ".join(w for w in (obj.replace(initial_obj, keyed, 1) if keyed != initial_obj and initial_obj in obj
                                   else obj).lower().split() if w not in DETERMINERS)
    if verb.group == "close":
        key_obj = key_obj.removeprefix("with ")  # "ends with a gain": "with" is no word two events may share
    key = f"{'~' if descriptive else ''}{subject.lower()}|{verb.group}|{key_obj}"
    return EventLabel(label, key, subject, verb.lemma)


#: Pronoun subjects of one, a label keeps when no name stands for them.
_KEPT_PRONOUNS = frozenset({"he", "she", "it", "the company", "the firm"})


#: The pronoun a result participle's "leaving" takes for the main clause's subject, before the state it is left in
#: ("leaving them down 11.6%", "leaving it 3% higher").
_LEFT_IN = re.compile(r"(?:them|it)\s+(?=(?:up|down|about|almost|nearly|some|roughly|around|[$£€]?\d)[^,;]*?"
                      r"(?:\d|higher|lower|flat|unchanged)\b)", re.IGNORECASE)


#: A date that ends on a conjunction of time ("a day after", "hours before"): the clause after it is its anchor.
_ANCHORED_DATE = re.compile(r"\b(?:after|before)$", re.IGNORECASE)
#: A past of "be" and its present, for a clause put in the present.
_BE_PRESENT = {"was": "is", "were": "are"}


def _anchored_clause(obj: str, expression: str, gap: str | None, speech: bool) -> str:
    """``obj`` with the date before it when the date ends on "after"/"before" right after the verb: what follows is
    the clause the date is counted from, not the verb's object ("The announcement came a day after the founder's
    departure took effect" -> "comes a day after the founder's departure takes effect", not "comes the founder's
    departure took effect"); that clause's first past is put in the present, as the label's own verb is."""
    if not obj or speech or gap is None or gap.strip() or not _ANCHORED_DATE.search(expression.strip()):
        return obj
    words, forms = obj.split(), verb_forms()
    for n, word in enumerate(words):
        low = word.lower()
        if low in _BE_PRESENT:
            words[n] = _BE_PRESENT[low]
            break
        if low in forms and low not in (forms[low].lemma, forms[low].third) and not low.endswith("ing") and n:
            if any(w.lower() in AUX | BE for w in words[max(0, n - 2):n]):
                break  # "had already passed", "is expected to": a participle after its auxiliary stays as it is
            before = words[n - 1].lower()
            many = before in ("they", "we", "you") or (before.endswith("s") and not before.endswith(("ss", "us", "'s", "’s"))
                                                      and before.isalpha() and before.islower())
            words[n] = forms[low].lemma if many else forms[low].third  # "regulators seize", "the bank seizes"
            break
    return f"{expression.strip()} {' '.join(words)}"


#: A phrase set off by a comma after the verb, opening on a preposition or a conjunction: a date in it is not the verb's.
_SET_OFF_PHRASE = re.compile(r"[,;]\s+(?:ahead|after|before|following|amid|despite|as|while|when|with|since|until|on|in|"
                             r"at|by|for|from|during)\b", re.IGNORECASE)


#: Plural nouns without an "s" ("Brazil's Federal Police walk into ...").
_PLURAL_NOUNS = frozenset({"police", "people", "staff", "personnel", "cattle", "clergy", "media", "military"})


@functools.lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The plain forms of the event verbs and of the common verbs of ``data/label_verbs.csv``."""
    return frozenset(v.lemma for v in label_verb_forms().values())


def _reads_as_clause(label: str, sentence: str) -> bool:
    """Whether ``label`` reads as a clause: its first word no verb, a verb or an auxiliary after it ("The Chinese
    startup follows it with R1"; not "At a board meeting", "Went straight to the shareholders"). A verb of neither
    list counts when the label put the sentence's past in the present ("revoked" -> "revokes"), and so does a past
    in -ed the lists lack ("X on Wednesday booked a provision")."""
    said = [w.strip(".,;:“”\"'‘’") for w in label.split()]
    words = [w.lower() for w in said]
    if not words or words[0] in AUX:
        return False
    first = label_verb_forms().get(words[0])
    if first is not None and words[0] not in (first.lemma, first.third):
        return False  # a past first ("Went straight to ..."); a third person first is a plural noun as often ("Talks")
    known, lemmas = finite_verb_words(), _verb_lemmas()
    for n, word in enumerate(words[1:], start=1):
        before, before_said = words[n - 1], said[n - 1]
        if before in DETERMINERS or before in _BEFORE_A_NOUN:
            continue  # "a board meeting", "to the plan": a noun
        if word in known or word in AUX or word in MODALS:
            return True
        # a plain form after a plural common noun ("The trustees step down"; not after a name: "a Leeds campaign")
        if word in lemmas and ((before_said.islower() and before_said.endswith("s")) or before in _PLURAL_NOUNS):
            return True
        if len(word) > 4 and said[n].islower() and (word.endswith("ed") or word.endswith("s") and _past_in(word, sentence)):
            return True
    return False


def _past_in(present: str, sentence: str) -> bool:
    """Whether ``sentence`` holds the past of the third person ``present`` ("revokes": "revoked"; "carries": "carried")."""
    stems = {present[:-1] + "d", present[:-1] + "ed", present[:-3] + "ied"} if present.endswith("ies") \
        else {present[:-1] + "d", present[:-1] + "ed"}
    return any(re.search(rf"\b{re.escape(p)}\b", sentence, re.IGNORECASE) for p in stems)


def _after_plural_possessive(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the word at ``k`` follows a plural possessive in small letters ("the members' vote", "investors' fears"):
    the possessive's noun, never a verb."""
    return k >= 2 and tokens[k - 1][0] in ("'", "’") and tokens[k - 1][1] == tokens[k - 2][1] + len(tokens[k - 2][0]) \
        and tokens[k - 2][0].islower() and tokens[k - 2][0].endswith("s")


def _plain_after_name(tokens: list[tuple[str, int]], k: int, forms: dict[str, EventVerb]) -> bool:
    """Whether the plain form at ``k`` right after one name in the singular can be no verb of it ("KfW state
    development bank", "the Orlen Tesla supplier"): a name's verb in the present takes its -s, and a plain form that is
    no past ("state", not "cut") is a noun of the name's phrase. Not after two names ("Velda and Keel agree"), a plural
    name ("Democrats vote"), a pronoun ("I expect") or in a headline's capitals ("Quist Shares Slide")."""
    t = tokens[k][0]
    if k < 1 or k + 1 >= len(tokens) or not t.islower() or t != forms[t].lemma or t in same_past():
        return False
    name = tokens[k - 1][0]
    if not is_name_token(name) or name.endswith("s") or name.lower() in PRONOUNS or tokens[k - 1][1] == 0:
        return False
    after = tokens[k + 1][0]
    if not (after.isalpha() and after.islower()) or after in DETERMINERS | AUX | MODALS | STOP_OBJECT | PARTICLES:
        return False  # a noun phrase goes on after it ("state development bank"), not an object or a stop ("BOJ hike.")
    n = k - 1
    while n > 0 and is_name_token(tokens[n - 1][0]):
        n -= 1
    # "Hwang and Tiger Asia settle": two names; "Data from the ... Association show": the name is a preposition's
    return not (n > 0 and tokens[n - 1][0].lower() in {"and", "&", "or"} | _NAME_PREPS)


#: Prepositions before a name that make it no subject ("data from the X Association show").
_NAME_PREPS = frozenset({"of", "from", "at", "in", "for", "by", "with", "to", "on", "the"})


#: Participles that name what they follow ("a group called Zatarra", "a fund named Quist").
_NAMING = frozenset({"called", "named", "dubbed"})


def _naming_participle(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the participle at ``k`` names the indefinite noun phrase before it ("a previously unknown group called
    Zatarra sent ..."): no verb of the clause ("The minister called Brussels" keeps its verb)."""
    if tokens[k][0] not in _NAMING or k + 1 >= len(tokens) or not (is_name_token(tokens[k + 1][0]) or tokens[k + 1][0] in "“\""):
        return False
    n = k - 1
    while n >= 0 and k - n <= 5 and re.fullmatch(r"[a-z][a-z-]*", tokens[n][0]) and tokens[n][0] not in ("a", "an"):
        n -= 1
    return n >= 0 and n < k - 1 and tokens[n][0].lower() in ("a", "an")


def _verbs_of(tokens: list[tuple[str, int]], forms: dict[str, EventVerb], possessive_end: int) -> list[tuple[int, EventVerb]]:
    """The tokens of ``forms`` that read as verbs of the clause (not a noun after a determiner, a figure's noun, a name's
    word, an adjective ...), with their verb."""
    return [
        (k, forms[t.lower()])
        for k, (t, _) in enumerate(tokens)
        if t.lower() in forms and not (k and tokens[k - 1][0].lower() in _BEFORE_A_NOUN and not t.lower().endswith("ing")
                                       and not relative_verb(tokens, k, forms))
        and not (k and _FIGURE.fullmatch(tokens[k - 1][0]))  # "a 4% decline", "a 10 percent drop": a noun
        and not _after_plural_possessive(tokens, k)  # "the members' vote", "the workers' strike": a noun
        and not _plain_after_name(tokens, k, forms)  # "Germany's KfW state development bank": a noun
        # "State Bank of India has ...": a capitalised plain form opening the sentence before a name is the name's word
        and not (k == 0 and t[:1].isupper() and t.lower() == forms[t.lower()].lemma and len(tokens) > 1
                 and is_name_token(tokens[1][0]))
        and not _naming_participle(tokens, k)  # "a previously unknown group called Zatarra": the group's name
        and not (k >= 2 and tokens[k - 1][0].lower() in _SCALE_WORDS and _AMOUNT.match(tokens[k - 2][0]))
        and not (k and t.lower() in _CURRENCY_HOMOGRAPHS
                 and (_BARE_NUMBER.fullmatch(tokens[k - 1][0]) or tokens[k - 1][0].lower() in _SCALE_WORDS))
        and not (k and t[:1].isupper() and tokens[k - 1][0][:1].isupper() and not t.isupper()
                 and (tokens[k - 1][0].isalpha() or _INITIALISM.fullmatch(tokens[k - 1][0])))
        # "the United States", "U.S. State Department": a name's word; "a $415 million charge": a noun
        and not (k and tokens[k - 1][0].lower() == "to" and t.lower() == forms[t.lower()].lemma)
        and not (k and tokens[k - 1][0].lower() == "by" and t.lower() == forms[t.lower()].lemma)  # "gutted by fire": a noun
        # "reported results on Tuesday as expected", "rose more than forecast": a participle after "as"/"than" compares
        # the event with what was looked for; it is no verb of its own
        and not (k and tokens[k - 1][0].lower() in ("as", "than") and t.lower() not in (forms[t.lower()].lemma, forms[t.lower()].third)
                 and not t.lower().endswith("ing"))
        and not ing_noun(tokens, k)
        # "a LinkedIn post from the founder", "a Reuters report": a plain form after a name after "a" is a noun (after
        # "the" it may be the name's verb: "the Fed cut rates")
        and not (k >= 2 and t.lower() == forms[t.lower()].lemma and tokens[k - 1][0][:1].isupper()
                 and tokens[k - 2][0].lower() in ("a", "an"))
        and not attributive_participle(tokens, k)  # "a full written account": an adjective
        # "it was recalling everything made on both lines": a past after an indefinite pronoun that follows a verb of its
        # clause is a participle of that pronoun
        and not (k >= 2 and tokens[k - 1][0].lower() in _INDEFINITE and t.lower() not in (forms[t.lower()].lemma, forms[t.lower()].third)
                 and any(tokens[n][0].lower() in AUX for n in range(max(0, k - 6), k - 1)))
        and not _comparative_lower(tokens, k, forms)
        and not _noun_closing_phrase(tokens, k, forms)
        and not _medium_participle(tokens, k, forms)
        and not bare_noun(tokens, k, possessive_end)
        and not plural_noun(tokens, k)
        and not after_be(tokens, k)
        and not set_to(tokens, k)
        and not (k and tokens[k - 1][0] == "," and passive_agent(tokens, k))  # "Its lenders, led by X, are due to"
        and not (k and t.lower() == "changed" and tokens[k - 1][0].lower() in _LITTLE)  # "was little changed": a state
        # "a state wildfire fund, paid for by utilities, ...": an aside's participle with its particle and agent
        and not (k and tokens[k - 1][0] == "," and k + 2 < len(tokens) and tokens[k + 2][0].lower() == "by"
                 and tokens[k + 1][0].lower() in ("for", "up", "off", "out", "over", "down"))
    ]


#: An object that is a figure reached ("to about 25%", "to $36.33"): after the date that ends a passive in a "since"
#: clause, the sentence's, not the verb's.
_FIGURE_AFTER_DATE = re.compile(r"^(?:to|from)\s+(?:about|around|nearly|almost|more\s+than|over|roughly)?\s*[$£€]?\d")


#: A "since" clause open before the verb ("bringing their losses since the recall was announced ...").
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|its|their|his|her)\b[^,;:]*$")


#: Adjectives of an unnamed source before "with" ("people familiar with the matter", "officials involved with the
#: talks"): the source is the noun before them.
_SOURCE_ADJECTIVES = frozenset({"familiar", "briefed", "involved", "acquainted"})


#: Indefinite pronouns a participle may follow ("everything made on both lines", "anything sold since May").
_INDEFINITE = frozenset({"everything", "anything", "something", "nothing", "all", "those"})


#: A label opening on a possessive pronoun ("Its shares are down 9.3%"): whose it is, the text before tells.
_OWNER_PRONOUN = re.compile(r"^(?:Its|It|He|She)\s+(?=\S)")
#: Words after an expletive "it" ("It is unclear", "It emerged that", "It took three days"): a copula, a modal, a verb of
#: seeming or of time taken.
_EXPLETIVE_AFTER = frozenset({"is", "was", "will", "would", "has", "had", "seems", "seemed", "appears", "appeared",
                              "emerged", "emerges", "remains", "remained", "took", "takes", "means", "meant", "looks",
                              "looked", "may", "might", "could", "can", "should", "must", "comes", "came"})


def _owner_named(found: EventLabel, sentence: str, previous_text: str | None) -> EventLabel:
    """``found`` (a fallback label) with its opening "Its" as the company it stands for ("Its shares are down
    9.3% for the week so far" after a sentence on Aldgate -> "Aldgate's shares are down 9.3%") and its opening "It",
    "He" or "She" as the name it stands for ("four days after it ran aground" -> "Solenne Horizon runs aground"), found as a subject
    pronoun's antecedent is (:func:`antecedent_of`); unchanged when none fits. ``previous_text`` None raises
    :class:`NeedsContext` when the text before is needed."""
    m = _OWNER_PRONOUN.match(found.label)
    if m is None:
        return found
    pronoun = m.group(0).strip()
    owner = pronoun == "Its"
    if pronoun == "It" and found.label[m.end():].split(" ", 1)[0].lower().strip(",;:.") in _EXPLETIVE_AFTER:
        return found  # "It is unclear whether ...", "It took three days to ...": no name's
    at = next((w.start() for w in re.finditer(rf"\b{m.group(0).strip()}\b", sentence, re.IGNORECASE)), -1)
    if owner:
        name = antecedent_of("the company", sentence[:max(at, 0)], previous_text, sentence[max(at, 0):])
    else:  # "four days after it ran aground": the subject pronoun stands for the sentence's first name, as a verb's does
        # ("He estimated sales were down by half" after a sentence on Gary Pruitt: a person's)
        name = antecedent_of(pronoun.lower(), sentence[:max(at, 0)], previous_text, sentence[max(at, 0):])
    if not name:
        return found
    mark = "’" if "’" in sentence else "'"
    label = f"{name}{mark}{'' if name.endswith('s') else 's'} {found.label[m.end():]}" if owner \
        else f"{name} {found.label[m.end():]}"
    return replace(found, label=label, key=f"||{label.lower()}")


def _whose_owner(tokens: list[tuple[str, int]], runs: list[tuple[int, int]], i0: int, np_words: list[str]) -> list[str]:
    """The subject ``np_words`` ("German catalyst maker whose shares", from ``i0``) with the description before
    "whose" replaced by its owner: the name the description follows as an aside ("Hallberg, the German catalyst maker
    whose shares fell" -> "Hallberg shares"), else the description itself ("the cloud provider's chief")."""
    w = next(n for n, word in enumerate(np_words) if n and word.lower() == "whose")
    start = i0 - 1 if i0 and tokens[i0 - 1][0].lower() in DETERMINERS else i0
    named = [r for r in runs if r[1] == start - 1] if start > 1 and tokens[start - 1][0] == "," else []
    described = np_words[:w]
    while described and (described[0].lower() in DETERMINERS or described[0].lower() in POSTMODIFIER_PREPS):
        described = described[1:]  # "and to a Baltic Sea project whose": the project
    owner = canonical_name(run_text(tokens, *named[-1])) if named else " ".join(described)
    owned = np_words[w + 1:]
    if owned[:1] and owned[0].lower() in ("shares", "stock"):
        return [owner, *owned]  # "Hallberg Katalyse shares", as the share moves name them
    return [owner + ("'" if owner.endswith("s") else "'s"), *owned]


#: Prepositions whose noun phrase may end on a word that is also a verb's present ("in their property funds").
_PHRASE_PREPS = frozenset({"in", "on", "at", "for", "from", "with", "into", "to", "by", "under", "over", "across",
                           "about", "against", "through"})


def _noun_closing_phrase(tokens: list[tuple[str, int]], k: int, forms: dict[str, EventVerb]) -> bool:
    """Whether the present form at ``k`` closes a preposition's noun phrase after the clause's own finite verb
    ("suspended trading in their UK commercial property funds": "funds" is a noun): a determiner and up to four names
    or plain words before it, a preposition before the determiner, and a past or an auxiliary of the same clause (no
    comma, conjunction or relative word between) before the preposition; a clause has one finite verb."""
    word = tokens[k][0].lower()
    if word not in (forms[word].lemma, forms[word].third) or word.endswith("ing") or _blanked_before(tokens, k):
        return False  # (the date cut out before it ends the phrase: "released by the ministry [last month] reveals")
    n = k - 1
    while n > 0 and k - n <= 4 and tokens[n][0].lower() not in DETERMINERS and (
            is_name_token(tokens[n][0]) or (tokens[n][0].isalpha() and tokens[n][0].islower()
                                            and tokens[n][0] not in label_verb_forms() and tokens[n][0] not in AUX)):
        n -= 1
    if n < 2 or n == k - 1 or tokens[n][0].lower() not in DETERMINERS or tokens[n - 1][0].lower() not in _PHRASE_PREPS:
        return False
    for m in range(n - 2, -1, -1):
        low = tokens[m][0].lower()
        if not tokens[m][0][:1].isalnum() or low in RELATIVE | _CLAUSE_CONJUNCTIONS | {"that", "when", "while", "as", "if"}:
            return False
        if low in AUX or _past_form(low):
            # a participle with its agent ("released by the ministry") is no finite verb of the clause
            return not (tokens[n - 1][0].lower() == "by" and m == n - 2)
    return False


def _comparative_lower(tokens: list[tuple[str, int]], k: int, forms: dict[str, EventVerb]) -> bool:
    """Whether the word at ``k`` is "lower" as the direction of the closing verb before it ("closed lower", "ended
    sharply lower"), not the verb "lower" ("helped lower costs", "will lower prices")."""
    if tokens[k][0] != "lower" or not k:
        return False
    n = k - 1
    if tokens[n][0].endswith("ly") and n:
        n -= 1  # "closed sharply lower"
    word = tokens[n][0].lower()
    return word in _SESSION_VERBS or (word not in _HELP and word in forms and forms[word].group == "close")


#: Verbs of a trading session the list of event verbs does not hold, before "lower" as their direction ("is expected to
#: open slightly lower", "traded lower").
_SESSION_VERBS = frozenset({"open", "opens", "opened", "opening", "trade", "trades", "traded", "trading", "finish",
                            "finishes", "finished", "start", "starts", "started"})


#: The first words of an institution's name whose "of" or "for" phrase may hold an "and" ("Department of Trade and
#: Industry", "Ministry of Economy and Finance", "Centers for Disease Control and Prevention").
_INSTITUTION_HEADS = frozenset({"department", "ministry", "office", "bureau", "commission", "council", "board",
                                "institute", "agency", "secretary", "minister", "university", "chamber", "federation",
                                "association", "authority", "school", "society", "college", "academy", "division",
                                "centers", "centres", "center", "centre"})


#: Head nouns that end an institution's name after "and" ("Securities and Exchange Commission", "Energy and Commerce
#: Committee"), besides :data:`_INSTITUTION_HEADS`.
_INSTITUTION_TAILS = frozenset({"committee", "subcommittee", "court", "administration", "service", "fund", "tribunal",
                                "regulator", "parliament", "assembly", "senate", "house", "panel"})
#: Words of a company's name: "Orvale Tools and Kestrel Works" are two companies, not one institution.
_COMPANY_WORDS = frozenset({"inc", "corp", "ltd", "plc", "group", "holdings", "co", "bank", "airlines", "motors"})


def _appositive_name(tokens: list[tuple[str, int]], runs: list[tuple[int, int]], i: int, j: int) -> tuple[int, int] | None:
    """The name a noun phrase at [i, j) stands beside as its appositive ("Ada Roe, the Leeds-area owner", "Vell,
    a Dane"): the name's token range when the phrase opens on "a", "an" or "the" right after a comma that
    follows a name; None for any other phrase."""
    if not i < j or tokens[i][0].lower() not in ("a", "an", "the") or i < 2 or tokens[i - 1][0] != ",":
        return None
    if any(t in (",", ";", ":") or t.lower() in RELATIVE for t, _ in tokens[i:j]):
        return None
    named = [r for r in runs if r[1] == i - 1]
    return named[-1] if named else None


#: What may stand before a list of names that opens a clause: a list line's dash or colon.
_LIST_OPENERS = frozenset({"-", "–", "—", ":"})


def _listed_subjects(tokens: list[tuple[str, int]], runs: list[tuple[int, int]], i: int) -> list[str]:
    """The names listed before the name at ``i`` when "and the" joins them to it and the list opens its clause
    ("Orvane and the Harbour Board announced", "Kelso, Brandt and the Marlow Trust call"), each as
    :func:`canonical_name` gives it (the last one's name left out); [] for any other name. A list after another
    clause's words ("fired Ann Roe and the board said") is none."""
    if i < 3 or tokens[i - 1][0].lower() != "the" or tokens[i - 2][0] != "and":
        return []
    ends = {b: a for a, b in runs}
    at = i - 2
    names: list[str] = []
    while at in ends:
        a = ends[at]
        names.insert(0, canonical_name(run_text(tokens, a, at)))
        if a > 1 and tokens[a - 1][0] == "," and a - 1 in ends:
            at = a - 1
            continue
        if a == 0 or tokens[a - 1][0] in _LIST_OPENERS:
            return names
        break
    return []


def _institution_and(first: str, second: str) -> bool:
    """Whether "``first`` and ``second``" is one institution's name: ``first`` opens on an institution's head and
    its "of" phrase, ``second`` is a name without an "of" of its own ("Department of Mineral Resources" and
    "Energy")."""
    words = first.split()
    if len(words) >= 3 and words[0].lower() in _INSTITUTION_HEADS and words[1] in ("of", "for") \
            and " of " not in f" {second} ":
        return True
    # "the Securities and Exchange Commission", "the House Energy and Commerce Committee": what the institution's head
    # noun ends the second part, the first part is the words it covers (no head noun or name of its own)
    tail = second.split()
    return len(tail) >= 2 and tail[-1].lower() in _INSTITUTION_HEADS | _INSTITUTION_TAILS \
        and words[-1].lower() not in _INSTITUTION_HEADS | _INSTITUTION_TAILS and len(words) <= 3 \
        and not any(w.lower() in _COMPANY_WORDS for w in words)


def _medium_participle(tokens: list[tuple[str, int]], k: int, forms: dict[str, EventVerb]) -> bool:
    """Whether the word at ``k`` is a participle after the document a clause was said in ("said in a letter
    published Wednesday that ...", "in a statement issued on Monday"): it dates the telling; the verb of saying
    before it is the event."""
    word = tokens[k][0].lower()
    return k >= 2 and word not in (forms[word].lemma, forms[word].third) and not word.endswith("ing") \
        and tokens[k - 1][0].lower().rstrip("s") in MEDIUM_NOUNS and tokens[k - 2][0].lower() in DETERMINERS \
        and any(forms.get(t.lower()) is not None and forms[t.lower()].group == "say" for t, _ in tokens[:k - 2])


#: Pronouns that are a clause's subject, never the end of a noun phrase before its verb.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


def _reported_act(said: str) -> str:
    """The act a speaker reported of itself, as a label's predicate, from what was said with a pronoun subject: "it
    would book a writedown" -> "to book a writedown", "it planned to reopen" -> "plans to reopen", "it had hired" ->
    "hires"; "" when ``said`` opens on no pronoun or has no verb right after it."""
    words = said.split()
    if len(words) < 3 or words[0].lower() not in _SUBJECT_PRONOUNS:
        return ""
    first, rest = words[1].lower(), words[2:]
    forms = verb_forms()
    if first in ("would", "will"):
        return " ".join(["to", *rest])
    if first in ("had", "has", "have"):
        done = rest[0].lower()
        if done in forms and done not in (forms[done].lemma, forms[done].third) and not done.endswith("ing"):
            return " ".join([forms[done].third, *rest[1:]])  # "it had restored its systems" -> "restores its systems"
        return ""
    if first in forms and first not in (forms[first].lemma, forms[first].third) and not first.endswith("ing"):
        return " ".join([forms[first].third, *rest])
    if re.fullmatch(r"[a-z]{3,}ed", first) and rest[0] == "to":
        return " ".join([first, *rest])  # "it aimed to reopen": a past the list does not know, kept
    return ""


def _blanked_before(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether text was blanked (the date, an aside) right before the token at ``n``: the words before the gap are
    no part of the phrase that ends at ``n`` ("the shipbuilder just [two days after] it announced"), unlike a noun
    an object clause follows at once ("the letter it sent")."""
    return n > 0 and tokens[n][1] - (tokens[n - 1][1] + len(tokens[n - 1][0])) > 2


#: Possessive determiners, which open no name: capitalised inside a label, they opened the sentence the label moved.
_POSSESSIVES = frozenset({"Its", "His", "Her", "Their", "Our"})


def _lower_moved_possessive(label: str) -> str:
    """``label`` with a possessive determiner after its first word lower-cased: the sentence opened on it and the
    label moved it ("Its leather goods division, which Fontenay ran until Friday": "Fontenay runs its leather goods
    division")."""
    words = label.split(" ")
    return " ".join([words[0], *(w.lower() if w in _POSSESSIVES else w for w in words[1:])])


#: What a verb of saying may have between it and a colon that opens what was said: a phrase of its own, no other
#: clause ("said in an editorial on Monday:", "said in a statement:").
_SAID_COLON = re.compile(r"[^.;:!?“”\"]{0,80}?:\s*")


#: The start of a clause with its own subject after the date's clause: "; ", ", and the chief executive", ", but it",
#: ", and several analysts have", ", while investors were": a determiner, a pronoun, a name, or a quantity or a
#: plural noun before an auxiliary.
_NEXT_CLAUSE = re.compile(r";\s+(?=[A-Za-z])|,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|his|her|their|this|these|those|"
                          r"it|he|she|they|we|[A-Z][\w’'&.-]*)\b|(?:(?:several|many|some|most|few|other|\d[\d,]*)\s+)?"
                          r"[a-z]+s\s+(?:have|had|are|were|will|would|could|may|might)\b)")


#: A clause of its own joined by a comma alone: a name and its past (", Brandt followed that evening").
#: (Not a telling that closes the sentence: "…, Castell said.", "…, Vell added.")
_ASYNDETIC_CLAUSE = re.compile(r",\s+(?=[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}\s+(?:[a-z]{3,}ed|took|rose|fell|went|"
                               r"came|made|sold|cut|paid|set|put|won|lost|began|left)\b(?!\s*[.!?]?[\"”'’]*\s*$))")
#: A sentence opened by an adjunct, not its subject ("On Tuesday, ", "After the vote, ", "In 2019, ").
_OPENING_ADJUNCT = re.compile(r"\s*(?:On|In|At|After|Before|By|When|As|While|Since|Until|Following|During|Earlier|Later|"
                              r"Last|This|Amid|Despite|Although|Though|If|Once)\b")


#: Prepositions a phrase fronted before a clause's subject opens on ("Under her stewardship Kestrel's sales climbed",
#: "said on Sunday it would add routes").
_FRONTING_PREPS = frozenset({"in", "on", "at", "under", "over", "during", "by", "for", "through", "throughout", "within",
                             "despite", "amid", "after", "before", "following", "with", "without", "from", "since"})
#: Words that open a clause's subject after a fronted phrase's noun: a subject pronoun or a determiner.
_SUBJECT_OPENERS = frozenset({"it", "he", "she", "they", "we", "i", "the", "its", "his", "her", "their", "a", "an"})


def _after_fronted_phrase(tokens: list[tuple[str, int]], i0: int, j0: int) -> int:
    """The start of a subject whose words before the verb (``[i0, j0)``) open on a fronted prepositional phrase: after
    the phrase's noun, the word that opens the subject (a subject pronoun, a determiner or a capitalised word):
    "Under her stewardship | Kestrel's sales climbed", "said on Sunday | it would add". ``i0`` otherwise."""
    if j0 - i0 < 3 or tokens[i0][0].lower() not in _FRONTING_PREPS \
            or tokens[i0 + 1][0].lower() in ("least", "most", "about", "around"):
        return i0
    for m in range(i0 + 2, j0):
        word, prev = tokens[m][0], tokens[m - 1][0]
        if not (prev.isalpha() and prev.islower()) or prev in DETERMINERS | _FRONTING_PREPS | RELATIVE \
                | {"of", "and", "or", "to", "what", "where", "when", "how", "why"}:
            continue
        if word.lower() in _SUBJECT_OPENERS and (word.islower() or word == "I") or word[:1].isupper() and word[1:2].isalpha():
            return m
    return i0


def _fronted_phrase_end(work: str, expr_start: int, expr_end: int) -> int | None:
    """The offset of the comma that closes a prepositional phrase opening the sentence and holding the date ("In a
    note sent before trading began on Monday, the maker said ...": the maker's saying is the day's event, not the
    note's sending), when a clause of three words or more follows it; None otherwise, and
    None when a verb before the comma is no participle after its noun (:func:`_participle_after_noun`): the phrase
    ended before a clause of its own ("On Friday night the group revealed that ...", "For a lender that has
    spent the past two years ...")."""
    opening = FRONTED_PREPOSITION.match(work)
    if opening is None or expr_start < opening.end() or not work[opening.end():expr_start].strip() \
            or re.match(r"[a-z]+ing\b", work[opening.end():]):
        return None  # (nor a gerund's phrase: "By releasing its model on May 2, X has ...": the subject's own act)
    comma = re.compile(r",(?!\d)").search(work, opening.end())
    if comma is None or comma.start() < expr_end or re.search(r"[;:—–()]", work[:comma.start()]):
        return None
    main = re.split(r"[;:—–]", work[comma.end():], maxsplit=1)[0]
    if len(main.split()) < 3:
        return None
    tokens = [(m.group(0), m.start()) for m in TOKEN.finditer(work, 0, comma.end())]
    forms = label_verb_forms()
    # a participle after its noun only in a phrase of where or in what it was told ("In a note sent on Monday",
    # "At a briefing held on ..."); "Under a program approved by the board in 1987, X had bought ...": the
    # year is the program's
    told_in = opening.group(0).split()[0] in ("In", "On", "At", "During")
    for n, (word, _) in enumerate(tokens):
        low = word.lower()
        if low in AUX | MODALS or (low in forms and low not in (forms[low].lemma, forms[low].third)
                                   and not low.endswith("ing") and not (told_in and _participle_after_noun(tokens, n))):
            return None
    return comma.start()


#: What may follow a participle that modifies the noun before it: a preposition, a time adverb or the comma.
_AFTER_PARTICIPLE = frozenset({"on", "in", "at", "by", "with", "to", "for", "from", "before", "after", "during", "under",
                               "through", "late", "early", "earlier", "last", "this", "jointly", ","})


def _participle_after_noun(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the past form at ``n`` is a participle after the noun it tells of ("a note sent before ...", "a
    claim lodged late on Friday"): a noun in small letters before it (no determiner, auxiliary or -ly adverb),
    a preposition, a time word or the comma after it (a blanked date in between)."""
    if n == 0 or n + 1 >= len(tokens):
        return False
    prev, after = tokens[n - 1][0], tokens[n + 1][0].lower()
    return (prev.isalpha() and prev.islower() and prev not in DETERMINERS | AUX | MODALS | ADVERBS | RELATIVE
            | _CLAUSE_CONJUNCTIONS and not prev.endswith("ly") and after in _AFTER_PARTICIPLE)


def _after_fronted(verbs: list[tuple[int, EventVerb]], tokens: list[tuple[str, int]],
                   fronted: int | None) -> list[tuple[int, EventVerb]]:
    """``verbs`` without those of the phrase fronted before the comma at ``fronted`` (:func:`_fronted_phrase_end`): a
    participle or a clause inside that phrase tells no event of the sentence's subject."""
    if fronted is None:
        return verbs
    return [(n, v) for n, v in verbs if tokens[n][1] > fronted]


def _infinitive(tokens: list[tuple[str, int]], n: int, forms: dict[str, EventVerb]) -> bool:
    """Whether the word at ``n`` is a verb of the list after "to" ("is due to publish results on July 18"): the
    date's clause has a verb of its own, though not one a label is made from."""
    return bool(n) and tokens[n - 1][0].lower() == "to" and tokens[n][0].lower() in forms
