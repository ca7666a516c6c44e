"""Sentence shapes labelled or narrowed before the general rule: fronted participles, reduced relatives,
asides, trailing attributions, conjoined verbs, "since" events, possessive events, list lines of moves."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from analysis.lexicon import _third_person as third_person
from analysis.lexicon import event_nouns, verb_forms
from analysis.timeline.labels.model import DETERMINERS, EventLabel
from analysis.timeline.labels.names import (
    QUOTE,
    ROLE_TURNS,
    TOKEN,
    canonical_name,
    catalog_types,
    company_like,
    names_in,
)
from analysis.timeline.labels.words import (
    ADVERBS,
    AUX,
    CLAUSE_AFTER,
    IRREGULAR_PAST,
    MODALS,
    NOT_MODIFIERS,
    NOT_NAMES,
    PHRASE_OPENERS,
    POSSESSIVE_END,
    POSTMODIFIER_PREPS,
    PRONOUNS,
    RELATIVE,
    SINGULAR_IN_S,
    blank,
    gazetteer_names,
    name_lexicon,
    name_runs,
    past_like,
    past_participles,
    run_text,
    same_past,
    third_person_of_past,
    verb_like,
)


LEAD_PREP = re.compile(r"(?:\b(?:late|early)\s+)?\b(?:on|in|at|by|during|since|until|from)\s+$|"
                        # "shortly before midnight", "just after 3 a.m.": the modifier goes with the time it modifies
                        r"\b(?:shortly|just|soon|right|moments|minutes|hours)\s+(?:before|after)\s+$", re.IGNORECASE)


#: A participle fronted with its date before the main clause: "Founded in 1996, Brenlow is ...", "Born in 1961, she".
_FRONTED_PARTICIPLE = re.compile(
    r"^\W*(?P<part>Founded|Established|Incorporated|Formed|Created|Launched|Listed|Floated|Born|Built|Opened|Started|"
    r"Acquired|Bought|Merged|Renamed|Privati[sz]ed|Nationali[sz]ed|Set up)\b(?P<date>[^,;:]{1,60}),\s+(?P<rest>\S)")


def fronted_participle(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """The label of a date inside a participle fronted before the main clause: what was done to the main clause's
    subject, a name ("Founded in 1996, Brenlow is Taiwan's second chipmaker" -> "Brenlow is founded") or a short
    noun phrase ("Listed in 2015, the group now ..." -> "Group is listed"). None for any other date."""
    m = _FRONTED_PARTICIPLE.match(sentence)
    if m is None or not (m.start("date") <= expr_start and expr_end <= m.end("date")):
        return None
    rest = sentence[m.start("rest"):]
    tokens = [(t.group(0), t.start()) for t in TOKEN.finditer(rest)]
    runs = name_runs(tokens)
    forms = verb_forms()
    if runs and runs[0][0] == 0 and runs[0][1] < len(tokens) and tokens[runs[0][1]][0] in (",", ";", ":"):
        return None  # "Founded in 2014 and based in Columbus, Ohio, Brightwell ...": the phrase runs on past a place
    if runs and runs[0][0] == 0:
        subject = canonical_name(run_text(tokens, runs[0][0], runs[0][1]))
    else:
        words = []
        for t, _ in tokens:
            if t.lower() in AUX | MODALS | ADVERBS | {"now"} or t.lower() in forms or not t[:1].isalpha():
                break
            words.append(t)
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        if not words or len(words) > 4:
            return None
        subject = " ".join(words)
    subject = subject[:1].upper() + subject[1:]
    part = m.group("part").lower()
    if part in PRONOUNS or subject.lower() in PRONOUNS:
        return None
    return EventLabel(f"{subject} is {part}", f"{subject.lower()}||{part}", subject, part)


#: A noun phrase with a participle and the date right after it, not the sentence's own verb: "The decree signed on
#: June 6 gave the agency ...", "... following the executive order on drug pricing signed on June 6". The date dates
#: what was done to the noun ("Decree is signed"; "Gives agency" and "Drug pricing signs" before).
_REDUCED_RELATIVE = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<np>(?:[\w’'-]+\s+){1,6}?)"
    r"(?P<part>[a-z]{4,})\s+(?:(?:on|in|at|during|earlier|late|early)\s+)?$")


#: Prepositions whose object it can be ("after", "before" and "since" also open a clause: "after the market closed").
_REDUCED_PREPS = frozenset({"following", "under", "by", "of", "with", "against", "over", "to", "from", "on", "in", "about",
                            "amid", "despite"})


_BY_NAME = re.compile(r"\s+by\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})")


MEDIUM_NOUNS = frozenset({"statement", "letter", "message", "post", "tweet", "interview", "note", "memo", "filing",
                           "notice", "circular", "advisory", "announcement", "update", "bulletin", "communique",
                           "release", "report", "speech", "video", "email", "e-mail", "ruling", "decision", "opinion",
                           "column", "op-ed", "briefing", "document", "transcript", "broadcast", "podcast", "blog"})


_NOT_IN_PHRASE = frozenset({"and", "but", "or", "after", "before", "since", "than", "until", "when", "while", "as", "if"})


_REPORTING = frozenset({"say", "report", "tell", "announce", "note", "add", "warn", "think", "believe", "expect", "show"})


#: A date ending on a conjunction of time ("two days after", "hours before"): a clause of its own follows it.
_CONJUNCTION_END = re.compile(r"\b(?:after|before|since|until|when)$", re.IGNORECASE)


def reduced_relative(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """The label of a date right after a noun phrase's participle (:data:`_REDUCED_RELATIVE`): the phrase's
    noun "is" that participle. Only when the phrase is a preposition's object, or another verb of its clause is the
    finite one (before it, not a verb of saying, or after the date); else the participle is the clause's verb ("The
    shares closed on Friday", "said the shares closed on Friday")."""
    m = None
    for found in _REDUCED_RELATIVE.finditer(sentence, max(0, expr_start - 120), expr_start):
        m = found  # the leftmost match; its last determiner is searched below
    if m is None or m.end() != expr_start:
        return None
    while (nearer := _REDUCED_RELATIVE.search(sentence, m.start() + 1, expr_start)) is not None \
            and nearer.end() == expr_start:
        m = nearer  # the determiner nearest the participle: "its fight against [a hostile bid] launched last week"
    part, forms = m.group("part"), verb_forms()
    verb = forms.get(part)
    if (verb is None and not part.endswith("ed")) or (verb is not None and part in (verb.lemma, verb.third)) \
            or part.endswith("ing"):
        return None
    if verb is not None and part not in past_participles():
        return None  # "The announcement came a day after ...": a simple past ("came", "rose", "took") is a finite verb
    words = m.group("np").split()
    if any(w.lower() in AUX | MODALS | RELATIVE | PRONOUNS | _NOT_IN_PHRASE | CLAUSE_AFTER or not w[:1].isalnum()
           or w.lower() in forms
           and w.lower() not in (forms[w.lower()].lemma,) for w in words):
        return None
    clause = max(sentence.rfind(c, 0, m.start()) for c in ",;:(“\"") + 1
    before = [w.lower() for w in _CLAUSE_WORD.findall(sentence[clause:m.start()])]
    finite_before = [w for w in before if w in AUX or w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)
                     or (w in forms and w not in (forms[w].lemma,) and not w.endswith("ing"))]
    after = _FIRST_VERB.search(sentence, expr_end)
    between = sentence[expr_end:after.start()] if after is not None else ""
    # the next verb right after the date (an adverb or a part of the day between at most): "The decree signed on
    # June 6 gave ..."; not one of a clause of its own ("said Sunday evening that the state would ...")
    finite_after = after is not None and not any(c in between for c in ".;:,") and len(between.split()) <= 2 \
        and not any(w.lower() in RELATIVE | CLAUSE_AFTER | PRONOUNS | DETERMINERS for w in between.split()) \
        and (verb is None or verb.group not in _REPORTING) \
        and not _CONJUNCTION_END.search(sentence[expr_start:expr_end].strip())
    # ("The bank collapsed two days after regulators seized ...": a date ending on "after" opens a clause of its own)
    # (a verb's form that ends a noun phrase is its noun: "a fleet plan the airline unveiled in May")
    noun_end = bool(before) and before[-1] in forms and any(
        before[n] in DETERMINERS and all(v not in forms and v not in AUX for v in before[n + 1:-1])
        for n in range(max(0, len(before) - 4), len(before) - 1))
    if sentence[:m.start()].rstrip()[-1:] in set("0123456789%") or (
            before and before[-1] not in _REDUCED_PREPS and before[-1] not in finite_before
            and before[-1] not in _NOT_IN_PHRASE and (before[-1] not in forms or noun_end)):
        return None  # "less than the 12% the stock gained in May": a clause of its own, "that" left out
    if before and before[-1] in _NOT_IN_PHRASE and not finite_after:
        return None  # "after the stock market closed Wednesday": the subject of a clause of its own
    # a preposition's object after the clause's verb, or in a phrase that opens the clause ("Following the order
    # signed on June 6, ..."); not one inside the subject ("A senior engineer of the project resigned on Friday")
    if not ((before and before[-1] in _REDUCED_PREPS and (finite_before or len(before) == 1)) or finite_after
            or (finite_before and not any(forms[w].group in _REPORTING for w in finite_before if w in forms))):
        return None
    head = next((i for i, w in enumerate(words) if w.lower() in POSTMODIFIER_PREPS), len(words))
    if before and before[-1] in _REDUCED_PREPS and words[head - 1].lower().rstrip("s") in MEDIUM_NOUNS:
        return None  # "In a statement issued Tuesday, X said ...": the date is the telling's, X's words are the event
    plural = words[head - 1].lower().endswith("s") and not words[head - 1].lower().endswith(("ss", *SINGULAR_IN_S))
    subject = " ".join(words)
    subject = subject[:1].upper() + subject[1:]
    be = "are" if plural else "is"
    agent = _BY_NAME.match(sentence, expr_end)  # "a bid launched last week by Cie ...": who did it, when named
    part = f"{part} by {agent.group('name')}" if agent else part
    # keyed as a passive is ("~order|sign|"), so "the order signed on June 6" and "since the order was signed on
    # June 6" in two articles are one event
    group = verb.group if verb else part
    return EventLabel(f"{subject} {be} {part}", f"~{subject.lower()}|{group}|", subject.lower(), group)


#: A participle between commas right after its noun phrase, its date the aside's last words: "The unit, set up in
#: 2004, employs ...", "Kgoro, sunk in 1988, is the oldest shaft", "the plant, built back in 1998, which ...".
_ASIDE_PARTICIPLE = re.compile(r",\s+(?P<part>[a-z]{3,})(?:\s+(?P<particle>up|out|off|down))?"
                               # a short phrase between the participle and its date: its agent ("bought by Keel in
                               # 2008") or its manner ("bought in stages between 1992 and 2008")
                               # ("broadcast by Channel 4 News last night": a name's later word may be a number)
                               r"(?:\s+by\s+(?P<agent>[A-Z][\w&’'.-]*(?:\s+[A-Z0-9][\w&’'.-]*){0,3})"
                               r"|\s+(?:in|at|for|with)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+between\s|\s*$)"
                               # or where it was done, a place named ("released in Tokyo yesterday", "filed in
                               # federal court in Manhattan on Thursday")
                               r"|(?:\s+in\s+[a-z]+\s+court)?\s+(?P<place>(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))?"
                               r"\s+(?:(?:back\s+)?(?:on|in|at|during|between)\s+)?$")


#: Words that end no noun phrase an aside participle tells of: a clause or a figure comes before the comma.
_ASIDE_NP_WORD = re.compile(r"[A-Za-z][\w’'&.-]*")


def aside_participle(sentence: str, expr_start: int, expr_end: int) -> EventLabel | None:
    """The label of a date that ends a participle aside right after a noun phrase (:data:`_ASIDE_PARTICIPLE`): the
    phrase's noun "is" that participle ("The unit, set up in 2004, employs ..." -> "Unit is set up"). The noun phrase
    is a name, or the words after its determiner (at most four, no verb among them); None for anything else."""
    m = _ASIDE_PARTICIPLE.search(sentence, max(0, expr_start - 60), expr_start)
    if m is None or not sentence[expr_end:].lstrip().startswith((",", "—", "–", ")")):
        return None
    part, low = m.group("part"), m.group("part").lower()
    forms = verb_forms()
    participle = low in past_participles() or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)
    if not participle or low.endswith("ing") or (low in forms and low in (forms[low].lemma, forms[low].third)
                                                   and low not in same_past()):
        return None
    tokens = [(t.group(0), t.start()) for t in TOKEN.finditer(sentence[:m.start()])]
    runs = [r for r in name_runs(tokens) if r[1] == len(tokens)]
    if runs:
        subject = canonical_name(run_text(tokens, *runs[-1]))
    else:
        words: list[str] = []
        for t, _ in reversed(tokens):
            if t.lower() in DETERMINERS or not _ASIDE_NP_WORD.fullmatch(t):
                break
            words.insert(0, t)
        det = len(tokens) > len(words) and tokens[len(tokens) - len(words) - 1][0].lower() in DETERMINERS
        at = len(tokens) - len(words) - 1  # the determiner
        if det and at > 1 and tokens[at - 1][0].lower() in POSTMODIFIER_PREPS:
            # "its letter to the board, sent on 18 May", "Testing by an independent laboratory, published on Friday":
            # the phrase's head, before its preposition
            head: list[str] = []
            for t, _ in reversed(tokens[:at - 1]):
                if t.lower() in DETERMINERS or not _ASIDE_NP_WORD.fullmatch(t):
                    break
                head.insert(0, t)
            start = at - 1 - len(head)
            det = bool(head) and (start == 0 or tokens[start - 1][0].lower() in DETERMINERS)
            words = head
        # a possessive opens the noun phrase as a determiner does ("Keel's lawsuit, filed in ...")
        det = det or (len(words) >= 2 and POSSESSIVE_END.search(words[0]) is not None)
        if not det or not words or len(words) > 4 or any(
                w.lower() in AUX | MODALS | PRONOUNS | RELATIVE | POSTMODIFIER_PREPS
                or (w.lower() in forms and n < len(words) - 1)  # the head after its determiner is a noun: "the cuts"
                for n, w in enumerate(words)):
            return None
        subject = " ".join(words)
    if subject.lower() in PRONOUNS:
        return None
    last = subject.split()[-1].lower()
    plural = not runs and last.endswith("s") and not last.endswith(("ss", "us", *SINGULAR_IN_S))
    subject = subject[:1].upper() + subject[1:]
    done = f"{low} {m.group('particle')}" if m.group("particle") else low
    done = f"{done} by {canonical_name(m.group('agent'))}" if m.group("agent") else done
    place = m.group("place")
    named = place.split(maxsplit=1)[1] if place else ""
    if named and (named in name_lexicon().places or named in gazetteer_names()):
        done = f"{done} {place}"  # "Report is released in Tokyo": a known place only (not "in May", "in Chapter")
    elif place:
        return None
    group = forms[low].group if low in forms else low
    return EventLabel(f"{subject} {'are' if plural else 'is'} {done}", f"~{subject.lower()}|{group}|", subject, group)


def speaker_for_i(found: EventLabel, name: str, words_said: str) -> EventLabel:
    """A label "I <verb> ..." of a transcript turn named by its speaker ("GOVERNOR CARVALHAL: I informed Minister
    Lanz last night"): the speaker for "I", the verb in the third person ("Governor Carvalhal informs Minister
    Lanz"). Only when the label's verb is a plain form: one the label made from the turn's own ("informed"), or the
    plain form of a verb of ``analysis/data/event_verbs.csv`` (not a past the label kept: "I rang"). Unchanged when the
    turn names a role ("ANCHOR:", "Q:")."""
    words = found.label.split(" ")
    if len(words) < 2 or words[0] != "I" or any(w in ROLE_TURNS for w in name.split()):
        return found
    told = re.match(r"I\s+([A-Za-z]+)", words_said)
    plain = words[1].lower()
    verb = verb_forms().get(plain)
    if told is None or not plain.isalpha() or (told.group(1).lower() == plain and (verb is None or verb.lemma != plain)):
        return found
    who = " ".join(w[:1] + w[1:].lower() for w in name.split())
    label = " ".join([who, verb.third if verb is not None else third_person(plain), *words[2:]])
    key = found.key.replace("||i ", f"||{who.lower()} ", 1) if found.key.startswith("||i ") else found.key
    return replace(found, label=label, key=key)


#: A time of day told beside the date ("said at 8am on Tuesday that ...", "In a statement at 08:20, ..."): when it is
#: not the expression labelled, it is blanked like the date, as it never is the event's words ("08:20" read as words
#: left "20, the carmaker says ..."; "at 8am" ended the reported clause: "MPA says").
_CLOCK_PHRASE = re.compile(
    r"\b(?:(?:just|shortly|soon|right|well|only|sometime)\s+)?(?:at|by|from|until|till|before|after|around|about)\s+"
    r"(?:about\s+|around\s+|approximately\s+)?"
    r"(?:\d{1,2}:\d{2}(?![\d:%]|[.,]\d)|\d{1,2}(?:\.\d{2})?(?=\s*(?:[ap]\.?m\b|[AP]M\b)))(?:\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b))?"
    r"(?:\s+(?:local\s+time|[A-Z]{2,4}T|GMT|UTC|CET|ET|UK\s+time)\b)?(?:\s*\([^()]{1,20}\))?")


_DIGIT = re.compile(r"\d")


def _without_clocks(sentence: str, expr_start: int, expr_end: int) -> str:
    """``sentence`` with each time of day outside the date expression blanked (:data:`_CLOCK_PHRASE`)."""
    if not (_DIGIT.search(sentence, 0, expr_start) or _DIGIT.search(sentence, expr_end)):
        return sentence
    return _CLOCK_PHRASE.sub(lambda m: m.group(0) if m.start() < expr_end and m.end() > expr_start
                             else " " * len(m.group(0)), sentence)


#: A perfect participle clause after the main clause: "X closed 1.7% lower on Wednesday, having already lost 4.8% on
#: Tuesday". Its date dates the participle's event, whose subject is the main clause's ("Having loses 4.8%" before).
_HAVING = re.compile(r",\s+having\s+(?:(?:already|previously|earlier|also|just|first|since)\s+)?(?=[a-z]{3,}\b)")


_CLAUSE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _perfect_participle(sentence: str, expr_start: int, expr_end: int) -> str | None:
    """``sentence`` with the main clause's verb phrase blanked up to the participle of a "having ..." clause the
    date is in, so its subject reads with the participle ("Harlow shares [...] lost 4.8% on Tuesday"); None when the
    date is not in such a clause or no verb of the main clause is found."""
    having = next((m for m in reversed(list(_HAVING.finditer(sentence, 0, expr_start))) if not any(
        c in sentence[m.end():expr_start] for c in ";:()“”\"")), None)  # the last before the date
    if having is None:
        return None
    forms = verb_forms()
    aside_end = -1
    for word in _CLAUSE_WORD.finditer(sentence, 0, having.start()):
        low = word.group(0).lower()
        before = sentence[word.start() - 1] if word.start() else " "
        if word.start() < aside_end:
            continue
        if low in RELATIVE:  # "X, which earns 45% of its revenue in Asia, has dropped ...": not the aside's verb
            comma = sentence.find(",", word.end(), having.start())
            aside_end = comma if comma >= 0 else having.start()
            continue
        if word.start() == 0 or before != " " or not word.group(0).islower():
            continue
        verb = forms.get(low)
        if low in AUX or (verb is not None and low not in (verb.lemma, verb.third) and not low.endswith("ing")):
            return sentence[:word.start()] + " " * (having.end() - word.start()) + sentence[having.end():]
    return None


#: A company's legal form written with stops or a slash after its name ("Vexo Componenti S.p.A.", "Norsk Havn A/S"):
#: not words of the label (read as words it left "Vexo Componenti S announces ...").
_DOTTED_SUFFIX = re.compile(r"(?<=[A-Za-z]) (?:S\.p\.A|S\.A\.S|S\.A|N\.V|B\.V|S\.r\.l|S\.L|A\.G|P\.L\.C|L\.L\.C|A/S|"
                            r"GmbH|SpA|Oyj|ASA)\.?(?=[\s,;:()]|$)")


@functools.lru_cache(maxsize=16384)
def narrowed_sentence(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int]:
    """The part of ``sentence`` that tells the date's event, with the date's offsets in it: without a time of day
    told beside it, a relative clause the date is outside of, a trailing attribution, or a second verb phrase with
    its own date (:func:`_without_clocks`, :func:`_relative_aside`, :func:`_attributed`, :func:`_conjunct`; kept per
    sentence and date, as a reprinted sentence comes back)."""
    sentence = _without_clocks(sentence, expr_start, expr_end)
    if "." in sentence or "/" in sentence or "mb" in sentence or "Oyj" in sentence or "ASA" in sentence:
        sentence = blank(sentence, _DOTTED_SUFFIX)
    sentence = _perfect_participle(sentence, expr_start, expr_end) or sentence
    aside = _relative_aside(sentence, expr_start, expr_end)
    if aside is not None:
        sentence, expr_start, expr_end = aside
    told = _attributed(sentence, expr_start, expr_end)
    if told is not None:
        sentence, expr_start, expr_end = told
    own = _conjunct(sentence, expr_start, expr_end)
    if own is not None:
        sentence, expr_start, expr_end = own
    return sentence, expr_start, expr_end


#: A non-restrictive relative clause between commas (or ending the sentence): "Keel Bank, which was founded in 1952,
#: will ...", "The Oru mine, which Hallgrim bought in 2016, employs ...", "Marta Quill, who joined in 2021, ...",
#: "Quist, whose plant burned on Monday, ...".
_RELATIVE_ASIDE = re.compile(r",\s+(?P<rel>which|whose|who)\s+(?P<body>(?:[^,;:()“”\"]|(?<=\d),(?=\d{3})){3,140}?)"
                             r"(?P<close>,\s+|\s*[.!]?\s*$)")


#: The name that ends an antecedent ("Shares of Keel Bank"): a run of capitalised words, "the" kept before it; after
#: "the", with "of", "for", "and" inside it ("the Bank of England", not "Shares of Keel Bank").
_NAME_END = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w&.’'-]*\s+(?:(?:of|for|de|and|&)\s+)?){0,4}[A-Z][\w&.’'-]*$"
                       r"|(?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*$")


_WORD_AFTER = re.compile(r"(?:(?:also|still|now|then|later|has|have|had|will|would|could|may|might|must|can|is|are|was|"
                         r"were)\s+)*([a-z]+)")


_OBJECT_OPENERS = {"the", "a", "an", "its", "his", "her", "their", "our", "it", "he", "she", "they", "we", "i"}


_CLAUSE_PUNCT = re.compile(r"[;:—]|,(?!\d{3})|(?<!\d),")


_ANTECEDENT_PREPS = frozenset({"at", "in", "on", "to", "from", "for", "with", "by", "near", "into", "across", "outside",
                               "inside", "behind", "under", "over", "against", "about", "before", "after",
                               "during", "until", "through", "via", "among", "between", "amid"})


def _relative_aside(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int] | None:
    """A non-restrictive relative clause (", which/who ...,"). A date outside it: the sentence without the clause
    (its verb is not the main clause's: "Keel Bank, which was founded in 1952, will cut 200 jobs in April"). A date
    inside it: the clause as a sentence of its own, the antecedent put back as its subject ("Keel Bank was founded in
    1952") or, when the clause has a subject of its own, as its object before the date ("Hallgrim bought the Oru mine
    in 2016"). None when the sentence has no such clause."""
    for m in _RELATIVE_ASIDE.finditer(sentence):
        before = sentence[:m.start()]
        if not before.strip() or before.rstrip()[-1:] in ",;:" or m.group("body").split()[0].lower() in RELATIVE:
            continue
        if expr_end <= m.start() or expr_start >= m.end():
            resumed = _WORD_AFTER.match(sentence, m.end())
            if m.group("close").startswith(",") and (resumed is None or (resumed.start(1) == resumed.start()
                                                                         and not verb_like(resumed.group(1)))):
                continue  # ", which calls for cooperation in metallurgy, fuel, energy ...": a list, not the clause's end
            joint = " " if m.group("close").startswith(",") else m.group("close")
            shortened = sentence[:m.start()] + joint + sentence[m.end():]
            shift = 0 if expr_end <= m.start() else m.end() - m.start() - len(joint)
            return shortened, expr_start - shift, expr_end - shift
        if expr_start < m.start("body"):
            continue
        breaks = [b.end() for b in _CLAUSE_PUNCT.finditer(before)]  # not the comma of "14,000"
        clause_start = breaks[-1] if breaks else 0
        antecedent = before[clause_start:].strip()
        name = _NAME_END.search(antecedent)
        if name is not None and any(w[:1].isupper() for w in name.group(0).split()[1:] or name.group(0).split()):
            place = name.group(0)
            antecedent = _placed_noun(before[:before.rstrip().rfind(place)]) if _known_place(place) else ""
            antecedent = antecedent or place
        words = antecedent.split()

        def verb_at(n: int) -> bool:  # a verb of the clause, not a noun after its determiner ("The fire, which ...")
            w = words[n]
            return n > 0 and w.islower() and verb_like(w) and not w.endswith("ing") \
                and words[n - 1].lower() not in DETERMINERS

        if len(words) > 6 or any(verb_at(n) for n in range(1, len(words))):
            # "About 14,000 people work at the site, which built ...": the noun phrase after the clause's last
            # preposition is the antecedent ("Which built ..." before)
            last = max((n for n, w in enumerate(words) if w.lower() in _ANTECEDENT_PREPS or verb_at(n)), default=-1)
            words = words[last + 1:] if 0 <= last < len(words) - 1 else []
            if words[:1] == ["of"]:  # "Roe said of the payroll vendor, whose ...": the vendor
                words = words[1:]
            antecedent = " ".join(words)
        if not words or len(words) > 6:
            return None
        of = len(words) - 1 - words[::-1].index("of") if "of" in words[1:-1] else -1
        if m.group("rel").lower() == "which" and of > 0 and words[of + 1].lower() in ("the", "a", "an", "its", "their"):
            # "the official view of the accord, which was announced Friday": "which" tells of the nearest noun phrase
            # (not of a name's "of": "the Bank of England, which"; nor of a figure: "the limit of 10,000, which")
            words = words[of + 1:]
            antecedent = " ".join(words)
        body = m.group("body")
        first = body.split()[0]
        if m.group("rel").lower() == "whose" and first.lower() in ("shares", "stock", "share"):
            return None  # "Quist, whose shares fell 3% on Monday": a share move's label, worded where moves are
        if m.group("rel").lower() == "whose":  # "Quist, whose main plant was gutted by fire on Monday, ...": the plant's
            head = antecedent[:1].upper() + antecedent[1:] + "'s "
            at = expr_start - m.start("body") + len(head)
            return head + body.rstrip(" .") + ".", at, at + (expr_end - expr_start)
        if m.group("rel").lower() == "which" and (first[:1].isupper() or first.lower() in _OBJECT_OPENERS):
            # the clause has its own subject: the antecedent is the object, put before the date's preposition
            at = expr_start - m.start("body")
            lead = LEAD_PREP.search(body[:at])
            insert = lead.start() if lead else at
            if antecedent[:4] == "The ":
                antecedent = "the " + antecedent[4:]
            new_body = f"{body[:insert].rstrip()} {antecedent} {body[insert:].lstrip()}"
            shift = len(antecedent) + 2 - (len(body[:insert]) - len(body[:insert].rstrip())) \
                - (len(body[insert:]) - len(body[insert:].lstrip()))
            new = new_body.rstrip(" .") + "."
            return new, at + shift, at + shift + (expr_end - expr_start)
        head = antecedent[:1].upper() + antecedent[1:] + " "
        at = expr_start - m.start("body") + len(head)
        return head + body.rstrip(" .") + ".", at, at + (expr_end - expr_start)
    return None


def _known_place(name: str) -> bool:
    """Whether ``name`` is a place the lexicon or the gazetteer knows ("Rotterdam", "South Carolina")."""
    return name in name_lexicon().places or name in gazetteer_names()


#: The end of a clause before a place: a noun phrase after its determiner, "in"/"at"/"near", and a town before a
#: comma when the place is its region ("its new plant in Charleston, " before "South Carolina").
_BEFORE_PLACE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|[Oo]ur)|[\w-]+['’]s)\s+(?P<np>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+"
                           r"(?:in|at|near)\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},\s+)?$")


def _placed_noun(before: str) -> str:
    """The noun phrase a known place after it tells where it is, when a relative clause follows the place ("its new
    plant in Charleston, South Carolina, which opened in May": the plant opened, not the state); "" when the words
    before the place are no such phrase."""
    m = _BEFORE_PLACE.search(before)
    return f"the {m.group('np')}" if m is not None else ""


#: A trailing attribution after the main clause: ", two people familiar with the matter said", ", the airline said on
#: Tuesday", ", sources told Probe News", ", according to three people briefed on the talks". ``who`` is the source.
_ATTRIBUTION = re.compile(
    r",\s+(?:(?P<who>(?:(?:the|a|an|its|his|her|their|two|three|four|several|some|other|one|[A-Z][\w.’'&-]*)\s+)?"
    r"[^,;:“”\"()]{1,70}?)(?:\s+\([A-Z][A-Za-z&.]{1,8}\))?\s+(?:said|says|added|announced|reported|predicted|wrote|confirmed|noted|warned|estimated"
    r"|told\s+(?:[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}|"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[a-z]+))(?P<when>\s+(?:(?:late|early)\s+)?(?:on|in|at|last|this|earlier|later)\s+[\w. ]{1,40}?|"
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)\b[\w. ]{0,12}?)?"
    r"|according\s+to\s+(?P<whom>[^,;:“”\"()]{3,80}?))(?:\s*[.!]?\s*$|,\s+(?P<rest>[^;“”\"]{3,}?)[.!]?\s*$)")


#: Words a source never ends on: the verb of saying is then a participle ("was announced", "as predicted").
_NOT_A_SOURCE_END = frozenset({"as", "than", "was", "were", "is", "are", "be", "been", "being",
                               "not", "so", "if", "when"})


#: Words that open a clause of its own: a source after one of them is that clause's ("and analysts said").
_CLAUSE_START = frozenset({"and", "but", "or", "while", "although", "though", "because", "if", "when", "after",
                           "before", "since", "as", "so"})


def _after_source(rest: str, who: list[str], expr_start: int, rest_start: int) -> bool:
    """Whether a phrase after the source (", the agency said on Friday, up from 241", ", the bank said on Tuesday, a
    day after the rupiah fell") leaves the words before the source a whole clause: the date not in it, the source no
    clause of its own ("and analysts said", "compared with the forecast announced on May 4, 2024": no source either) nor a
    date's year, and the phrase no verb of the words before the source (", the company said
    in August, lasts into 2021": the source stood inside the clause; a word in -s may be that verb)."""
    first = rest.split()[0].lower().strip(",")
    verb = verb_forms().get(first)
    return expr_start < rest_start and not (who and who[0].endswith(("ed", "ing"))) \
        and not rest[:1].isdigit() and first not in AUX | MODALS \
        and not (verb is not None and first not in (verb.lemma,) and not first.endswith("ing")) \
        and not (first.endswith("ed") and len(first) > 4) \
        and not (first.endswith("s") and rest[:1].islower() and first not in ("as", "its", "his", "this", "plus", "thus", "less"))


def _attributed(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int] | None:
    """A sentence that ends on its source (", X said [on <day>]", ", according to X"): its label is the main
    clause's, never the source's ("two people familiar with the matter said" is no "Matter says"). The date in the
    main clause: the sentence without the attribution; the date on the verb of saying (the telling's day): the main
    clause alone, the date at its end. None when the sentence has no such attribution or opens on a quotation."""
    m = _ATTRIBUTION.search(sentence)
    if m is None or sentence.lstrip()[:1] in "“\"‘'":
        return None
    who = (m.group("who") or "").lower().split()
    if who and (who[0] in ("which", "who", "that", "as") or who[-1] in _NOT_A_SOURCE_END):
        return None  # ", which was announced Friday", "Patriot failed as predicted": no source of the sentence
    if who and who[0] in _CLAUSE_START and expr_end > m.start():
        # ", and the regulator said this week it is examining ...": the telling's day dates a clause of its own (a date
        # before it still dates the clause it is in)
        return None
    if m.group("rest") is not None and not _after_source(m.group("rest"), who, expr_start, m.start("rest")):
        return None
    main = sentence[:m.start()].rstrip()
    if len(main.split()) < 3 or main.count("“") != main.count("”") or main.count('"') % 2:
        return None
    if expr_end <= m.start():
        return main + ".", expr_start, expr_end
    if m.group("who") is None or m.group("when") is None or expr_start < m.start("when"):
        return None
    return main + ".", 0, 0  # the telling's day dates what is told: the main clause's label, from its first verb


#: A second verb phrase of one subject, with its own date: "... in 1952 and listed in 1998", "... on Monday and will
#: close ... in June". The words after "and"/"but" up to the next date.
_CONJUNCT = re.compile(r"\s*,?\s+(?:and|but)\s+(?:(?:then|later|also|now|will|would|was|were|is|are|has|have|had)\s+)*"
                       r"(?P<verb>[a-z]{3,})\b")


_A_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                     r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|next|this)\s+(?:week|month|year)|"
                     r"January|February|March|April|June|July|August|September|October|November|December|"
                     r"yesterday|tomorrow)\b")


#: The subject of the first verb phrase: the words before its first verb (an auxiliary, a past form, a known verb).
_FIRST_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST))
                         + r")\b")


def _conjunct(sentence: str, expr_start: int, expr_end: int) -> tuple[str, int, int] | None:
    """Two verb phrases of one subject joined by "and", each with its own date ("Keel was founded in 1952 and listed
    in 1998"): each date dates its own phrase. The date of the first: the sentence up to "and"; the date of the
    second: the subject and the second phrase ("Keel listed in 1998"). None when the sentence is not so built."""
    if sentence.lstrip()[:1] in "“\"‘'`":
        return None  # a quotation's words are the speaker's, not two events of a subject
    for m in _CONJUNCT.finditer(sentence):
        if not past_like(m.group("verb"), m.group(0)):
            continue
        first, second = sentence[:m.start()], sentence[m.end("verb") - len(m.group("verb")):]
        if not _A_DATE.search(first) or not _A_DATE.search(second):
            continue
        if expr_end <= m.start():
            return first.rstrip(" ,") + ".", expr_start, expr_end
        if expr_start < m.end("verb") - len(m.group("verb")):
            continue
        verb = _FIRST_VERB.search(first)
        known = [t.start() for t in re.finditer(r"\b[a-z]+\b", first) if t.group(0) in verb_forms()]
        at = min([verb.start()] if verb else [] + known[:1]) if (verb or known) else -1
        subject = first[:at].strip() if at > 0 else ""
        if not subject or len(subject.split()) > 6 or "," in subject:
            return None
        again = m.group(0)[m.group(0).lower().find("and" if " and " in m.group(0).lower() else "but") + 3:].strip()
        shared = _shared_passive(first[at:], again, sentence[m.end("verb"):])
        head = f"{subject} {shared} {again[: len(again) - len(m.group('verb'))].strip()} ".replace("  ", " ")
        start = m.end("verb") - len(m.group("verb"))
        shift = len(head) - start
        return head + sentence[start:], expr_start + shift, expr_end + shift
    return None


#: Past forms of verbs that take no object: after "was VERBed ... and", they never share the passive ("was born in
#: 1950 and died in 2001").
_INTRANSITIVE_PASTS = frozenset("died arrived resigned retired fled vanished disappeared emerged occurred happened peaked "
                                "collapsed existed remained stayed lived slept went came rose fell grew ran".split())


#: What opens an object after a verb ("and bought Orvane", "and listed its shares"): the verb is active.
_OBJECT_START = re.compile(r"\s*(?:[A-Z$£€\d]|(?:the|a|an|its|his|her|their|our|it|them|him|us|this|that|these|those|"
                           r"some|all|two|three|several|[a-z]+s)\b)")


def _shared_passive(first: str, again: str, after_verb: str) -> str:
    """The auxiliary a second verb phrase shares with a passive first one: "Lumo Air was founded in 1961 and privatised
    in 1994" is "Lumo Air was privatised in 1994", never "Lumo Air privatised". The first phrase must open on
    "was"/"were" and a participle, the second verb be a bare past in -ed ("and privatised", not "and was listed", "and
    went public") with no object after it ("and bought Orvane in 1994" is active) and not a verb that takes none
    ("and died in 2001"). Empty when the passive is not shared."""
    words = first.split()
    if len(words) < 2 or words[0].lower() not in ("was", "were") or again.lower().split()[0] != again.lower().split()[-1]:
        return ""
    n = 1
    while n < len(words) - 1 and words[n].lower() in ADVERBS | {"not", "officially", "formally"}:
        n += 1
    participle = words[n].lower().strip(",.;")
    if not (participle.endswith("ed") or participle in past_participles() | IRREGULAR_PAST):
        return ""
    verb = again.split()[-1].lower()
    if not verb.endswith("ed") or verb in _INTRANSITIVE_PASTS or _OBJECT_START.match(after_verb):
        return ""
    return words[0].lower()


#: "... its best day since its 2018 listing": the date modifies the noun of the event it dates.
_SINCE_DETERMINER = re.compile(r"\bsince\s+(?P<det>the|its|their)\s+$", re.IGNORECASE)


_NOUN_AFTER_DATE = re.compile(r"\s+(?P<noun>[a-z]{4,}(?:-[a-z]+)?)\b(?!\s*(?:[’']s\b|-))")


#: "... the biggest fall since it floated in 2011": the clause "since" opens, its subject, its past verb, the date.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?P<subj>it|they|the\s+(?:company|group|firm|lender|bank|stock|shares)|"
                           r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?P<verb>[a-z]{3,}ed)"
                           r"(?P<rest>(?:\s+[a-z][\w-]*){0,4}?)\s+(?:in|on)\s+(?:the\s+)?$")


_PLACE_MODIFIER = re.compile(r"^[A-Z][\w.]*-(?:listed|based|headquartered|owned|registered)\s+")
#: The company whose shares a sentence opens on ("Shares in Keel Forgewell", "Shares of Oslo-listed Keel").
_SHARES_IN = re.compile(r"\b[Ss]hares (?:in|of) (?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3})")


def since_event(sentence: str, expr_start: int, expr_end: int) -> str | None:
    """The label of a date that dates the event a comparison's "since" names: "its best day since its 2018 listing"
    (the noun the date modifies: "<subject> listing"), "the biggest fall since it floated in 2011" (the clause:
    "<subject> floats"). The subject is the sentence's first name, for "its"/"it"/"the company". None otherwise."""
    before = sentence[:expr_start]

    def subject() -> str:  # (read only for a sentence with such a "since": most have none)
        held = _SHARES_IN.search(before)  # "Shares in Keel Forgewell closed down 22%, ...": the company a name after "in"
        if held is not None:
            return _PLACE_MODIFIER.sub("", held.group("name"))
        names = [n for n in names_in(before, openers=True) if company_like(n)]
        return _PLACE_MODIFIER.sub("", names[0]) if names else ""  # "Oslo-listed Keel Forgewell": Keel Forgewell

    det = _SINCE_DETERMINER.search(before)
    if det is not None:
        noun = _NOUN_AFTER_DATE.match(sentence, expr_end)
        if noun is None or noun.group("noun") in _FUNCTION_NOUNS or noun.group("noun") in verb_forms() \
                and not noun.group("noun").endswith("ing"):
            return None
        owner = subject() if det.group("det").lower() in ("its", "their") else ""
        label = f"{owner} {_noun_run(sentence, noun)}".strip()
        return label[0].upper() + label[1:]
    clause = _SINCE_CLAUSE.search(before)
    if clause is None:
        return None
    who = clause.group("subj")
    if who.lower() in ("it", "they") or who.lower().startswith("the "):
        who = subject()
    if not who:
        return None
    label = f"{who} {third_person_of_past(clause.group('verb'))}{clause.group('rest')}"
    return label[0].upper() + label[1:]


#: A further word of the noun phrase after a date: "the 2008 financial crisis", "its 2019 share sale".
_NEXT_NOUN = re.compile(r"\s+(?P<noun>[a-z]{3,}(?:-[a-z]+)?)\b(?!\s*(?:[’']s\b|-))")


def _noun_run(sentence: str, first: re.Match[str]) -> str:
    """The noun phrase a date modifies, from its first word ``first`` on: the words that follow while they are
    nouns or modifiers (up to three words; never a preposition, a determiner, a verb or an auxiliary). "since the
    2008 financial crisis" → "financial crisis", not "financial"."""
    words, end = [first.group("noun")], first.end()
    while len(words) < 3:
        more = _NEXT_NOUN.match(sentence, end)
        if more is None:
            break
        word = more.group("noun")
        forms = verb_forms()
        if word in PHRASE_OPENERS or word in DETERMINERS or word in AUX or word in MODALS \
                or (word in forms and not word.endswith("ing") and word not in event_nouns()):
            break
        words.append(word)
        end = more.end()
    return " ".join(words)


#: Nouns after a date that name no event: a session or a level ("since its March 2029 low", "since the 2020 close").
_FUNCTION_NOUNS = {"close", "closing", "open", "opening", "session", "level", "levels", "high", "highs", "lows", "peak",
                   "trough", "price", "value", "record", "finish", "start", "beginning", "bottom", "and", "when", "with"}


#: A date in the possessive, then up to two modifiers and the noun of an event: "Friday's slide", "Wednesday's short-covering
#: rally", "Monday's sharp rebound".
_POSSESSIVE_NOUN = re.compile(r"[’']s\s+(?P<np>(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>[a-z]{3,}))(?![\w-])(?P<after>\s*\S?)")


#: A plan in an absolute "with" clause that ends on its deadline: ", with details to follow by [the end of the month]",
#: ", with a decision due by [Friday]", ", with the first payments to be made in [March]".
_WITH_PLAN = re.compile(r",\s+with\s+(?P<np>(?:(?:the|a|an|its|their|more|further|full)\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                        r"\s+(?P<plan>(?:to\s+(?:be\s+)?[a-z]+|due|expected|set\s+to\s+[a-z]+)\b[^,;:]{0,60}?)"
                        r"\s+(?:by|on|in|at|before|within|from|until|around)?\s*$")


def with_plan(sentence: str, expr_start: int, expr_end: int) -> str | None:
    """The label of a date that is the deadline of a plan told in an absolute "with" clause at the end of its sentence
    ("... set up a compensation scheme, with details to follow by the end of the month": "Details to follow"). None
    otherwise."""
    m = _WITH_PLAN.search(sentence, max(0, expr_start - 120), expr_start)
    if m is None or sentence[expr_end:].strip(" .,;:)”\"'’") != "" and not sentence[expr_end:].lstrip().startswith(","):
        return None
    label = re.sub(r"^(?:the|a|an)\s+", "", f"{m.group('np')} {m.group('plan')}".strip())
    return label[0].upper() + label[1:]


def possessive_event(sentence: str, expr_start: int, expr_end: int) -> str | None:
    """The label of a date that is the possessive of an event's noun ("even after Friday's slide", "despite Monday's
    gain"): the sentence's first company and the noun phrase ("Keel drop"), or the noun phrase alone. Not a level or a
    session ("Friday's close"), nor a verb ("Monday's shares fell"); None otherwise."""
    m = _POSSESSIVE_NOUN.match(sentence, expr_end)
    if m is None:
        return None
    forms = verb_forms()
    noun, words = m.group("noun"), m.group("np").split()
    event = noun in event_nouns() or (noun in forms and forms[noun].lemma == noun and noun not in same_past())
    if not event or noun in _FUNCTION_NOUNS or any(w in forms or w in NOT_MODIFIERS or w in DETERMINERS for w in words[:-1]):
        return None
    after = m.group("after").strip()
    if after[:1].isalpha() and after.islower():
        return None  # "Monday's decline was": a verb after it may follow ("Monday's trading halt ...")
    names = [n for n in names_in(blank(sentence, QUOTE), openers=True) if company_like(n)]
    if names and len(words) == 1 and noun in forms and forms[noun].group in _MOVE_GROUPS:
        # "Even after Wednesday's decline, Orsa shares are up ...": a move's noun alone is the verb of the company's
        # shares, a clause ("Orsa shares decline"; "Keel falls" when the sentence names no shares)
        name = _PLACE_MODIFIER.sub("", names[0])
        shares = re.search(rf"{re.escape(name)}(?:['’]s)?\s+(shares|stock)\b", sentence)
        label = f"{name} shares {noun}" if shares else f"{name} {forms[noun].third}"
        return label[0].upper() + label[1:]
    label = f"{_PLACE_MODIFIER.sub('', names[0])} {m.group('np')}" if names else m.group("np")
    return label[0].upper() + label[1:]


#: Verb groups of a share move ("rise", "fall"): a possessive date's noun of these is the move of a company's shares.
_MOVE_GROUPS = frozenset({"rise", "fall"})


#: A list line of market copy: a name, an aside in brackets or after a comma, a colon and a signed figure
#: ("Orvane Foods (ORVF.L): -5.4% on Tuesday", "Keel Bank, a major lender: +2.1% this week").
_LIST_LINE = re.compile(r"^\s*(?P<name>[A-Z][^:;()\n]{0,60}?)\s*(?:\([^()\n]{1,40}\))?\s*(?:,[^:;\n]{1,60})?:\s*(?=[-+−–]\s?\d)")


_SIGNED_FIGURE = re.compile(r"(?P<sign>[-+−–])\s?(?P<pct>\d+(?:\.\d+)?)\s?%")


def list_move(sentence: str, expr_start: int) -> EventLabel | None:
    """The label of a list line's share move dated by the period after its figure ("Orvane Foods (ORVF.L): -5.4% on
    Tuesday" -> "Orvane Foods shares fall 5.4%"; an index the catalog knows: "Norland 40 falls 1.2%"): the signed
    figure last before the date. None when the sentence is no such line or the date is in its name."""
    m = _LIST_LINE.match(sentence)
    if m is None or expr_start < m.end() or ";" in sentence[m.end():expr_start]:
        return None  # "X: +2.3%; the smelter stays idle until Sunday": the date is of the next clause
    figures = [f for f in _SIGNED_FIGURE.finditer(sentence, m.end(), expr_start)]
    name = canonical_name(m.group("name").strip())
    if not figures or not name or name.lower() in NOT_NAMES or not name[:1].isupper():
        return None
    figure = figures[-1]
    verb = "fall" if figure.group("sign") in "-−–" else "rise"
    index = catalog_types().get(name) == "INDEX" or name in name_lexicon().indices
    subject = name if index else f"{name} shares"
    label = f"{subject} {verb}{'s' if index else ''} {figure.group('pct')}%"
    return EventLabel(label, f"{name.lower()}|{verb}|{figure.group('pct')}%", name, verb)


#: A lead-in before a colon and the words after it: "Closing bell in Frankfurt: Wirecard finishes 77.4% lower",
#: "Equinor chief executive Anders Opedal on the exit: “…”", "Fri 23 September: Kwarteng delivers his budget".
_COLON = re.compile(r"^(?P<lead>(?:[^:;“”\"]|(?<=\d):(?=\d\d)){2,90}?)\s*:\s+(?P<rest>\S.*)$", re.S)  # ("14:41 GMT Jordan")


#: A clock's time ("14:41", "3:35").
_CLOCK = re.compile(r"\d:\d\d")


#: An aside of the lead that tells how its words came ("..., reported by our colleagues", "..., via Reuters").
_LEAD_ASIDE = re.compile(r",\s+(?:reported|quoted|cited|relayed|via|as\s+reported)\b[^,]*")


#: Words of a day before a colon once its date is taken out ("Fri", "Mon", "Sept"): the lead says nothing else.
_DAY_WORD = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?|\(?[A-Z][a-z]{2}\)?", re.I)


def colon_lead(sentence: str, expr_start: int, expr_end: int) -> tuple[str, str, bool] | None:
    """``(lead, rest, dated)`` of a sentence whose words before a colon name no event of their own: a lead-in with no finite
    verb ("Closing bell in Frankfurt", "Tokyo at the open", "From our Stockholm colleagues", "A statement from EY"),
    or a list line's date with its day ("Fri 23 September"; ``dated``). The event is what follows the colon, a clause or a
    quotation; the date is in the lead or outside the sentence (a live blog's time), never after the colon. None for
    any other sentence, a speaker's turn in capitals ("HADDOW: The Bank's ...", read as a turn) among them."""
    m = _COLON.match(sentence)
    if m is None or expr_start > m.end("lead") or "(" in m.group("lead") or _NAMED_TURN_LEAD.fullmatch(m.group("lead").strip()):
        return None
    lead, rest = m.group("lead"), m.group("rest").strip()
    if _CLOCK.search(lead) and rest[:1] not in "“\"'‘":
        return None  # "3:35 p.m. ET — Airline stocks bounce: United up 1%": a clock's lead heads a list, not a quotation
    outside = sentence[:expr_start] + " " + sentence[expr_end:m.end("lead")] if expr_end > expr_start else lead
    outside = _LEAD_ASIDE.sub("", outside)  # "A statement from EY, reported by our colleagues": no verb of the lead's
    words = [w for w in re.findall(r"[\w’'.-]+", outside) if w.strip(".")]
    forms = verb_forms()
    if any(w.lower() in AUX | MODALS or (w.lower() in forms and w.lower() != forms[w.lower()].lemma
                                         and not w.lower().endswith("ing")) or w.lower() in ("says", "said")
           for w in words):
        return None  # "The minister said: ..." or "Sales fell: ...": the lead is a clause of its own
    quoted = rest[:1] in "“\"'‘"
    if not words:
        return None  # the lead is the date alone ("Jan 31: The FPO is fully subscribed"): the general rule reads it
    day_only = expr_end > expr_start and all(_DAY_WORD.fullmatch(w) for w in words)
    if not (quoted or day_only or any(w.islower() for w in words)):
        return None  # "Scholz: …" with a clause after it: a turn the general rule reads
    if not quoted and not (rest[:1].isupper() and len(rest.split()) >= 3):
        return None
    if expr_end > expr_start and not sentence[:expr_start].strip() and expr_end < m.end("lead"):
        # a live blog's time opens the lead ("2:20 p.m. ET - Analysts: ..."): the lead is what follows it
        lead = sentence[expr_end:m.end("lead")].lstrip(" -–—")
    return lead.strip(), rest, day_only


#: A speaker's turn in capitals before a colon ("HADDOW", "GOVERNOR CARVALHAL").
_NAMED_TURN_LEAD = re.compile(r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,4}")
