"""Phrases around a label's verb: the subject's noun phrase, the object after the verb, a passive agent."""

from __future__ import annotations

import calendar
import functools
import re

from analysis.lexicon import EventVerb, label_verb_forms, verb_forms
from analysis.timeline.labels.constructions import MEDIUM_NOUNS
from analysis.timeline.labels.model import DETERMINERS
from analysis.timeline.labels.words import (
    ADVERBS,
    AUX,
    BE,
    DATE_WORDS,
    IRREGULAR_PAST,
    MODALS,
    NOT_MODIFIERS,
    PARTICLES,
    PHRASE_OPENERS,
    PLACE_PREPS,
    PLURALS,
    POSSESSIVE_END,
    POSTMODIFIER_PREPS,
    PRONOUNS,
    QUANTITY_HEADS,
    RELATIVE,
    SINGULAR_IN_S,
    STOP_OBJECT,
    TIME_NOUNS,
    is_name_token,
    modifier_word,
    name_ampersand,
    name_lexicon,
    passive_agent,
    past_of_participles,
    past_participles,
    present_of_past,
    same_past,
    sentence_adverb,
    time_word,
    verb_before_to,
)


SPEECH_GROUPS = {"say", "announce", "report", "plan"}


_CLAUSE_OPENERS = {
    "when", "after", "as", "while", "because", "if", "that", "which", "who", "since", "before", "although", "though",
    "once", "until", "where", "and", "but", "then", "meanwhile", "however", "by", "with", "in", "on", "at",
}


_DATE_PREPS = {"on", "in", "late", "early", "this", "last", "next"}


def reported_verb(tokens: list[tuple[str, int]], k: int, verb: EventVerb, verbs: list[tuple[int, EventVerb]],
                   runs: list[tuple[int, int]]) -> tuple[int, EventVerb]:
    """The verb of what was said when the chosen verb only attributes it after a comma ("Arvel Foods will shut
    two mills, the company told analysts on Tuesday"): the first verb of the reported clause whose subject is a
    name; else the chosen verb."""
    if verb.group not in SPEECH_GROUPS:
        return k, verb
    i0, j0 = clause_np(tokens, k)
    said_by = " ".join(t for t, _ in tokens[i0:j0]).lower()
    if i0 == 0 or tokens[i0 - 1][0] != "," or said_by not in PRONOUNS:
        return k, verb
    ends = {j for _, j in runs}
    for n, found in verbs:
        if n >= i0:
            break
        if n > 0 and clause_np(tokens, n)[1] in ends and not tokens[n][0].lower().endswith("ing"):
            return n, found
    return k, verb


#: Adverbs that stand right before a verb only ("has now shed", "and last walked out"), skipped with the auxiliaries.
BEFORE_VERB = {"now", "last", "never", "once", "since", "again"}


#: A quantifier floated next to the verb ("X and Y have each lost", "both fell"): not part of the subject.
_FLOATING = {"each", "both", "all", "together"}


#: Words before "to" that make the verb after it a planned or expected act of the subject before them ("is expected to
#: be launched", "is due to publish", "are set to vote").
TO_FUTURE = frozenset({"expected", "due", "set", "scheduled", "slated", "likely", "poised", "planned", "unlikely",
                        "supposed", "meant", "going", "about"})


#: Prepositions after a participle that follows a noun ("the raise agreed with lenders", "a rule issued by the agency").
_PARTICIPLE_PREPS = frozenset({"with", "by", "in", "on", "at", "for", "from"})


#: Nouns of a stock that are also verbs ("shares"): before the verb they are the subject's head ("Its New York-listed
#: shares fell").
_SHARE_NOUNS = frozenset({"shares", "stocks"})


def _plural_noun(word: str, forms: dict[str, EventVerb]) -> bool:
    """Whether ``word`` reads as a plural common noun ("insurers", "Companies"): no verb form, opener or determiner."""
    low = word.lower()
    return word.isalpha() and low.endswith("s") and not low.endswith("ss") and len(low) > 3 and low not in forms \
        and low not in _CLAUSE_OPENERS and low not in DETERMINERS and low not in AUX and low not in ADVERBS


def _plural_subject(word: str) -> bool:
    """Whether ``word``, the last word of a reported clause's subject, is plural: a plural pronoun ("they"), a plural
    without an -s ("people", "data") or a common noun in -s ("sales", "deliveries", "profits"; not "analysis", "news",
    "bus" or a capitalised name such as "Reuters")."""
    low = word.lower()
    if low in ("they", "we", "i", "you") or low in PLURALS:
        return True
    forms = verb_forms()
    if word.islower() and low in forms and low == forms[low].third != forms[low].lemma:
        return True  # "said profits fell": an -s verb form right before a past verb is a plural noun, the subject
    return word.islower() and _plural_noun(word, forms) and not low.endswith(("us", "is") + SINGULAR_IN_S)


def _blanked_between(tokens: list[tuple[str, int]], a: int, b: int) -> bool:
    """Whether text was blanked (a date, a quotation) between the tokens ``a`` and ``b`` (more than two spaces)."""
    return tokens[b][1] - (tokens[a][1] + len(tokens[a][0])) > 2


def _noun_before_aux(tokens: list[tuple[str, int]], n: int, j: int, k: int) -> bool:
    """Whether the verb-like word at ``n`` is the head noun of the subject: it stands right before the auxiliary that
    opens the verb at ``k`` (``j`` < ``k``: "The final report will be published", "the sale was completed") after a
    determiner, a possessive or an adjective. A verb never stands right before an auxiliary."""
    if n != j - 1 or n == 0 or not ((j < k and tokens[j][0].lower() in AUX | MODALS) or (j == k and passive_agent(tokens, k))):
        return False
    word, prev = tokens[n][0].lower(), tokens[n - 1][0]
    verb = verb_forms()[word]
    if word not in (verb.lemma, verb.third) or word.endswith("ing"):
        return False
    low = prev.lower()
    return low in DETERMINERS - {"that"} or bool(POSSESSIVE_END.search(prev)) or (
        prev.isalpha() and prev.islower() and low not in verb_forms() and low not in NOT_MODIFIERS
        and low not in _CLAUSE_OPENERS)


def _noun_before_past(tokens: list[tuple[str, int]], n: int, j: int, k: int) -> bool:
    """Whether the verb-like word at ``n``, right before the verb at ``k`` in the past ("The first audit report
    reached the board", "capital spending rose to $640 million"), is the head noun of the subject: a present form or
    an -ing right before a past is no verb of its own (two finite verbs do not stand side by side). A form that may be
    a participle is a past only with its object after it: "promises made in August have" is a noun and a participle
    telling of it."""
    if n != j - 1 or j != k or not tokens[n][0].isalpha() or not tokens[n][0].islower():
        return False
    forms = verb_forms()
    word, verb = tokens[k][0].lower(), forms.get(tokens[k][0].lower())
    if verb is None or word.endswith("ing"):
        return False
    before = forms[tokens[n][0].lower()]
    if word in (verb.lemma, verb.third):
        # "Wednesday's fall cut the value of ...": a past that looks bare, with its object, after a bare noun
        return word in same_past() and tokens[n][0].lower() == before.lemma and _object_next(tokens, k + 1)
    if word in past_participles() and not _object_next(tokens, k + 1):
        return False  # "promises made in August have", "a fine imposed in July": a participle after its noun
    return tokens[n][0].lower() in (before.lemma, before.third) or tokens[n][0].lower().endswith("ing")


def _object_next(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at ``n`` opens an object: a determiner, a name, a figure or an amount ("reached the board",
    "reached Auralis", "cost $40 million")."""
    if n >= len(tokens):
        return False
    word = tokens[n][0]
    return word.lower() in DETERMINERS or word[:1].isupper() or word[:1].isdigit() or word[:1] in "$£€"


def _noun_after_determiner(tokens: list[tuple[str, int]], n: int, j: int) -> bool:
    """Whether the verb-like word at ``n``, the last word before the verb (``j``), is the head noun of the subject:
    it follows an article or a possessive determiner ("The meeting ended", "Its plans were", "the attacks killed").
    A verb never follows one; after an article the word is part of the phrase wherever it stands ("The top commander
    of ...")."""
    if n > 0 and tokens[n - 1][0].lower() in ("the", "a", "an"):
        return True  # "The top commander of ...", "a cut in ...": after an article the word is no verb, wherever it stands
    if n > 1 and tokens[n - 2][0].lower() in ("the", "a", "an") and tokens[n - 1][0].isalpha() \
            and tokens[n - 1][0].islower() and tokens[n - 1][0] not in verb_forms() and tokens[n][0].lower().endswith("ing"):
        return True  # "A public meeting for leaseholders will be held": a gerund's form after an article and an adjective
    return n == j - 1 and n > 0 and tokens[n - 1][0].lower() in DETERMINERS - {"that"} and not tokens[n][0].lower().endswith("ed")


def antecedent_start(tokens: list[tuple[str, int]], i: int, j: int) -> int:
    """Where the noun phrase ends that a relative "that"/"which" at ``j`` stands for, in the words [i, j) before it:
    from its determiner or the preposition before it ("in the shadow of | the convention hall that", "the type of |
    speculative bets that", "for supporting | the crime bill that"); an infinitive's "to" or a gerund after a
    preposition is no such place ("a bill to combat addiction that": the bill). ``i`` when the phrase found does not
    end on a word."""
    n = j - 1
    while n > i:
        low = tokens[n][0].lower()
        if low in DETERMINERS - {"that", "this", "these", "those"}:
            cut = n
            break
        if low in POSTMODIFIER_PREPS and n + 1 < j:
            after = tokens[n + 1][0]
            if after.lower() in DETERMINERS or (low != "to" and not after.lower().endswith("ing")
                                                  and after.lower() not in verb_forms()):
                cut = n + 1
                break
        n -= 1
    else:
        return i
    last = tokens[j - 1][0]
    return cut if cut < j and last.isalpha() and last.islower() and last not in PHRASE_OPENERS | _DANGLING else i


#: Words in -ly that are nouns or adjectives a noun phrase may end on ("the family", "the daily", "its ally").
_LY_NOT_ADVERBS = frozenset("family supply rally ally assembly monopoly anomaly reply jelly belly bully butterfly lily "
                            "tally folly daily weekly monthly quarterly yearly early only italy sicily july holly "
                            "elderly friendly costly likely unlikely orderly".split())


def _ly_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb in -ly ("jointly", "quietly") that may stand between a subject and its verb."""
    return len(word) > 4 and word.islower() and word.endswith("ly") and word not in _LY_NOT_ADVERBS


def clause_np(tokens: list[tuple[str, int]], k: int) -> tuple[int, int]:
    """Token range [i, j) of the words before the verb at ``k`` back to the clause start (aux, modals, adverbs and
    a date such as "on Monday" skipped)."""
    j = k
    while True:
        while j > 0 and (tokens[j - 1][0].lower() in AUX | ADVERBS | MODALS
                         or (j == k and _ly_adverb(tokens[j - 1][0]))  # "Orvane and the Harbour Board jointly announce"
                         or (tokens[j - 1][0].lower() in _FLOATING and j > 1 and tokens[j - 2][0][:1].isalnum()
                             and tokens[j - 2][0].lower() not in _CLAUSE_OPENERS)  # "Both were hit": the subject
                         or (j == k and tokens[j - 1][0].lower() in BEFORE_VERB)
                         or (j == k and j > 1 and tokens[j - 1][0].lower() == "being" and tokens[k][0].lower() in past_participles()
                             and tokens[j - 2][0][:1].isalnum() and tokens[j - 2][0].lower() not in PHRASE_OPENERS
                             and tokens[j - 2][0].lower() not in _CLAUSE_OPENERS)  # "the lawsuit being filed"
                         or (tokens[j - 1][0].lower() == "not" and j > 1 and (tokens[j - 2][0].lower() in AUX | MODALS
                                                                             or sentence_adverb(tokens, j - 2)))
                         or (sentence_adverb(tokens, j - 1) and j > 1 and tokens[j - 2][0].lower() in AUX | MODALS | {"not"})
                         or (j < k and tokens[j - 1][0].lower() in BEFORE_VERB and tokens[j][0].lower() in AUX)):
            j -= 1
        if j > 2 and tokens[j - 1][0].lower() == "to" and (tokens[j - 2][0].lower() in TO_FUTURE or (
                j > 3 and j < k and tokens[j][0].lower() == "be" and tokens[j - 2][0].islower()
                and tokens[j - 2][0].endswith("ed") and tokens[j - 3][0].lower() in BE)):
            # "is assured to be shut out", "was believed to be killed": a participle of be before the passive infinitive
            j -= 2  # "The raise is expected to be launched": the subject is before "is expected to"
            continue
        if j > 2 and j < k and tokens[j - 1][0].lower() == "to" and tokens[j][0].lower() == "be" \
                and tokens[j - 2][0][:1].isalnum() and not verb_before_to(tokens, j - 2):
            j -= 1  # "final guidelines to be published in November": the noun before "to be" is what it tells of
            continue
        if j > 1 and (tokens[j - 1][0].lower().rstrip(".") in DATE_WORDS or _YEAR.fullmatch(tokens[j - 1][0])) \
                and tokens[j - 2][0].lower() in _DATE_PREPS:
            j -= 2  # "Arbeck Airports on Monday cut": the date sits between the subject and its verb
            continue
        break
    i = j
    forms = verb_forms()
    while i > 0:
        tok = tokens[i - 1][0]
        low = tok.lower()
        if i < j and _blanked_between(tokens, i - 1, i) and tokens[i][0].lower() in DETERMINERS - {"that"}:
            break  # "In April 2021 the shares rose": the blanked date ends the phrase fronted before the subject
        if low == "with" and i < j and i > 1 and _plural_noun(tokens[i - 2][0], forms):
            i -= 1  # "Other insurers with cyber books also fell": "with" inside the subject, after its plural noun
            continue
        if tok == "&" and i < j and name_ampersand(tokens, i - 1):
            i -= 1  # "Hart Field & Stone shares rose": the "&" is inside the name
            continue
        if not tok[0].isalnum() or low in _CLAUSE_OPENERS or (low in forms and not is_name_token(tok)
                                                               and low not in _SHARE_NOUNS
                                                               and not _noun_before_aux(tokens, i - 1, j, k)
                                                               and not _noun_before_past(tokens, i - 1, j, k)
                                                               and not _noun_after_determiner(tokens, i - 1, j)):
            break
        i -= 1
    if 2 < i < j and tokens[i - 1][0].lower() in _PARTICIPLE_PREPS and tokens[i - 2][0].lower() in past_participles() \
            and tokens[i - 3][0].isalpha() and tokens[i - 3][0].islower() and tokens[i - 3][0].lower() not in NOT_MODIFIERS \
            and (tokens[i - 3][0].lower() not in forms
                 or tokens[i - 3][0].lower() in (forms[tokens[i - 3][0].lower()].lemma, forms[tokens[i - 3][0].lower()].third)):
        # "The equity raise agreed with lenders is expected to": a participle phrase after the subject's noun
        start = i - 2
        while start > 0 and start > i - 8 and tokens[start - 1][0][:1].isalnum() \
                and tokens[start - 1][0].lower() not in _CLAUSE_OPENERS and modifier_word(tokens[start - 1][0]):
            start -= 1
        if start > 0 and tokens[start - 1][0].lower() in DETERMINERS - {"that"}:
            start -= 1
        return start, i - 2
    if j - i == 1 and tokens[i][0].lower() == "to":
        i = j  # ", to be launched in May": an infinitive has no subject of its own
    if 0 < i < j and tokens[i][0].lower() in ("least", "most") and tokens[i - 1][0].lower() == "at":
        i -= 1  # "at least four people were killed": the number's "at least" is the subject's, no preposition
    while i < j and (tokens[i][0].lower().rstrip(".") in DATE_WORDS - {"the"}
                         or (i > 0 and tokens[i][0].rstrip(",.").isdigit() and tokens[i - 1][0].lower().rstrip(".") in DATE_WORDS)):
        i += 1  # "By Thursday the shares had slid", "said on Friday it would": the date opens the clause, no subject
    return _after_listener(tokens, i, j), j


#: Words an article may follow inside a noun phrase ("all the", "half the", "such a") or a clause's subject ("which
#: means the", "said to be a"): no listener before a subject.
_LISTENER_NOT = frozenset({"means", "says", "thinks", "believes", "hopes", "expects", "shows", "suggests", "is", "was",
                           "below", "above", "beyond", "near", "around", "across", "toward", "towards", "among",
                           "behind", "despite", "via", "per", "like", "unlike", "onto", "upon", "within", "without",
                           "throughout", "past", "amid", "beside", "inside", "outside", "versus", "whether"})


#: Words a noun phrase's article may follow inside it: "all the", "half the", "such a", "what a".
_BEFORE_ARTICLE = frozenset({"all", "both", "half", "such", "what", "quite", "rather", "many"})


def _after_listener(tokens: list[tuple[str, int]], i: int, j: int) -> int:
    """The start of the subject in [i, j) when an article follows a plain lower-case noun inside it: the noun is
    whom a clause was told ("told staff the company would publish", "told reporters a deal was near"), the article
    opens the subject."""
    for m in range(j - 1, i, -1):
        before = tokens[m - 1][0]
        if tokens[m][0] in ("the", "a", "an") and before.isalpha() and before.islower() and len(before) > 2 \
                and before not in PHRASE_OPENERS | POSTMODIFIER_PREPS | QUANTITY_HEADS | _BEFORE_ARTICLE | _CLAUSE_OPENERS \
                and before not in DETERMINERS | AUX | BE | MODALS | PRONOUNS | _LISTENER_NOT \
                and before not in verb_forms() and not before.endswith(("ed", "ing", "ly")) \
                and not (m > 1 and tokens[m - 2][0][:1].isdigit()):  # "255 pence a share": a price's unit
            return m
    return i


#: Words an object phrase may not end on: the phrase would stop mid-way ("plans to provide", "over $60").
_DANGLING = DETERMINERS | {
    "to", "by", "of", "over", "more", "late", "early", "nearly", "about", "almost", "around", "and", "or", "than",
    "as", "at", "least", "most", "up", "down", "into", "onto", "per", "some", "any", "its", "their", "within",
    "during", "until", "since", "through", "throughout", "each", "every",
    # a preposition whose noun the limit or the date cut off ("keep flying within Europe under [any outcome]")
    "under", "against", "between", "without", "across", "for", "with", "from", "among", "beyond", "toward", "towards",
}


#: Words a quotation's opening cut short may not end on before its ellipsis ("Part of my goal for the…").
_OPENING_DANGLING = _DANGLING | {
    "for", "in", "on", "with", "from", "if", "that", "when", "because", "but", "so", "my", "our", "your", "his", "her",
    "is", "are", "was", "were", "be", "will", "would", "can", "could", "has", "have", "had", "not",
    "it", "he", "she", "they", "we", "i", "you",
}


def quoted_opening(words: list[str], most: int = 10) -> str:
    """The opening of a quotation for a label, in its marks: its first ``most`` words, and when that cuts it short,
    up to where a phrase ends (after a comma, before a preposition, a conjunction or a relative word: "“We have had
    to cancel a handful of flights and there will be …" -> "“We have had to cancel a handful of flights…”", not "“We
    have had to cancel…”"), and without the words that leave it mid-phrase ("“Part of my goal for the next 10 years
    …" -> "“Part of my goal…”"), keeping at least three; nothing for no words."""
    if not words:
        return ""
    shown = list(words[:most])
    cut = len(words) > most
    if cut:
        shown = words[:phrase_end(words, most)]
    at_comma = shown[-1].endswith((",", ";"))  # a clause that ends on its comma ends whole ("if the strike goes on,")
    while cut and not at_comma and len(shown) > 3 and shown[-1].lower().strip(",.;:\"”") in _OPENING_DANGLING:
        shown.pop()
    return "“" + " ".join(shown).rstrip(",.;:\"”") + ("…”" if cut else "”")


def phrase_end(words: list[str], most: int) -> int:
    """How many of ``words`` (more than ``most``) a quotation's opening keeps so that it ends where a phrase ends: the
    last place from the fourth word to the ``most``-th after a comma or before a phrase opener ("and", "to", "that",
    "with" ...) not inside "as much as" or "a handful of"; ``most`` when there is none."""
    for n in range(most, 3, -1):
        before, after = words[n - 1].lower(), words[n].lower().strip("“\"'(")
        if before.endswith((",", ";")):
            return n
        if after in PHRASE_OPENERS and after != "of" and before.strip(",;") not in PHRASE_OPENERS | DETERMINERS \
                and not (after == "as" and words[n - 2].lower() == "as"):
            return n
    return most


#: An object phrase holds at most this many words (it usually stops earlier, at a clause boundary).
OBJECT_WORDS = 12


#: Prepositions that open the object of a verb that takes one ("filed for bankruptcy", "voted on the budget",
#: "voted against the deal", "applied for a licence", "sued over the deal").
_COMPLEMENT_PREPS = {"on", "for", "against", "over", "into"}


#: Verbs whose object follows "with" ("met with regulators", "talked with the union", "merged with a rival").
_WITH_VERBS = frozenset({"meet", "talk", "speak", "confer", "merge", "partner", "negotiate", "side", "clash", "consult"})
#: Verbs of ending whose "with" phrase tells how, after the period they end ("ended April with a gain of 4%").
_ENDING_VERBS = frozenset({"end", "close", "finish"})


def _with_verb(word: str, ended: bool = False) -> bool:
    """Whether ``word`` is a form of a verb of :data:`_WITH_VERBS` (``ended``: or of :data:`_ENDING_VERBS`)."""
    verb = label_verb_forms().get(word.lower())
    return verb is not None and (verb.lemma in _WITH_VERBS or (ended and verb.lemma in _ENDING_VERBS))


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


#: Days a verb of telling may carry right before its "that" clause ("said Friday that", "announced today that").
_TELLING_DAYS = frozenset(d.lower() for d in calendar.day_name) | {"today", "yesterday", "tonight"}


#: A price or a level: "$60", "€4.10", "US$12", "18.40" ("closed at $60", "opened at 18.40").
_PRICE = re.compile(r"(?:[A-Z]{0,3}[$£€¥])?\d[\d,]*(?:\.\d+)?[.,]?")  # a token keeps the stop or comma after it


#: Prepositions that may open a phrase inside the subject of a reported clause ("a failure at a provider had"); not
#: "of", whose phrase names what the subject is ("a trial of its drug had met its goal": cut there, the label keeps it).
_SAID_PP = frozenset({"at", "in", "on", "for", "from", "with"})


def _reported_clause_verb(tokens: list[tuple[str, int]], k: int, stop_at: int) -> int | None:
    """Where the verb of a reported clause is when the words from ``k`` are the rest of its subject's prepositional
    phrase: an auxiliary or a past form within twelve words, before any punctuation, relative word or the date
    (``stop_at``); None when there is none (the preposition then ends the object, as before)."""
    forms = verb_forms()
    for n in range(k, min(len(tokens), k + 12)):
        tok, pos = tokens[n]
        low = tok.lower()
        if pos >= stop_at or not (tok[0].isalnum() or tok[0] in "$£€") or low in RELATIVE | {"when", "where", "and", "or", "but"}:
            return None
        by_agent = n + 1 < len(tokens) and tokens[n + 1][0].lower() == "by"  # "a provider hired by the bank": a participle
        if n > k and (low in AUX | MODALS or (low in forms and low not in (forms[low].lemma, forms[low].third)
                                                and not low.endswith("ing") and not by_agent)):
            return n
        if n > k and not by_agent and (low in IRREGULAR_PAST or _PAST_FORM.fullmatch(tok) and low not in forms_lemmas()) \
                and tokens[n - 1][0][:1].isalnum() and tokens[n - 1][0].lower() not in DETERMINERS | {"to"}:
            # "said that sales in its automotive division grew 15%", "that Pellham accounted for 7%": a past the verb
            # list does not know, after a noun
            return n
    return None


#: Prepositions of a phrase that says how, where or to whom something was said ("in a statement", "at a news
#: conference in Lisbon", "during a call with analysts").
_TELLING_PREPS = frozenset({"in", "at", "during", "with", "on", "through", "via", "to"})


#: Whom a verb of telling names before what it told ("told analysts", "told a crowd in Ohio that ...").
LISTENERS = frozenset({"analysts", "investors", "reporters", "journalists", "shareholders", "lawmakers", "staff",
                       "employees", "workers", "members", "delegates", "conference", "meeting", "parliament",
                       "committee", "audience", "court", "jury", "panel", "hearing", "crowd", "supporters",
                       "senators", "viewers", "listeners", "me", "us"})


def _past_telling_phrase(tokens: list[tuple[str, int]], k: int) -> tuple[int, str]:
    """Where the "that" of a reported clause is when a verb of saying has whom it told or a phrase of the telling
    before it ("told a crowd in Ohio that ...", "said in a statement (on Monday) that ...", "said in an interview with
    a radio station at his office that ..."), and whom it was told to ("crowd"): words only, up to sixteen, and "that"
    not a relative pronoun (a verb right after it: "in a statement that was posted"); ``(k, "")`` when there is no
    such phrase."""
    start, listener = k, ""
    if k < len(tokens) and tokens[k][0].lower() in ("a", "an", "the", "our", "his", "her", "their", "its"):
        k += 1
    named = k
    while named < len(tokens) and named - k < 4 and is_name_token(tokens[named][0]) \
            and not POSSESSIVE_END.search(tokens[named][0]):
        named += 1  # "told Harbour TV in an interview that ...": a name is whom it was told to
    if k + 1 < len(tokens) and tokens[k][0].lower() in LISTENERS and tokens[k + 1][0].lower() in _TELLING_PREPS | {"that"}:
        listener = tokens[k][0]  # whom it was told to
        k += 1
    elif start == k and start > 0 and tokens[start - 1][0].lower() in ("told", "tells", "tell") and named > k \
            and named + 1 < len(tokens) and tokens[named][0].lower() in _TELLING_PREPS | {"that"}:
        listener = " ".join(t for t, _ in tokens[k:named])
        k = named
    else:
        k = start
    if k + 1 < len(tokens) and tokens[k][0].lower() == "that":
        return (k, listener) if _opens_reported_clause(tokens[k + 1][0]) else (start, "")
    if k >= len(tokens) or tokens[k][0].lower() not in _TELLING_PREPS:
        return start, ""
    for n in range(k + 1, min(len(tokens) - 1, k + 17)):
        tok = tokens[n][0]
        low = tok.lower()
        if low == "that":
            return (n, listener) if _opens_reported_clause(tokens[n + 1][0]) else (start, "")
        if not (tok[0].isalnum() or tok in ("'s", "’s", "-")) and not (tok == "." and _title_before_name(tokens[n - 1][0] + ".")):
            return start, ""
        if low in _CLAUSE_LINKS or (low in verb_forms() and low != verb_forms()[low].lemma and not low.endswith("ing")
                                    and tokens[n - 1][0].lower().rstrip("s") not in MEDIUM_NOUNS):
            # "called on Republicans to drop him after X claimed that ...": another clause; not the telling's own
            # participle ("in a letter published Wednesday that ...")
            return start, ""
    return start, ""


#: Words that open the subject of a reported clause told without "that" ("said on Friday it would", "its plant had").
_REPORTED_SUBJECT = frozenset({"it", "he", "she", "they", "we", "its", "his", "her", "their", "the", "a", "an"})


#: A regular past ("aimed", "planned", "expected"): lower case, at least five letters, ending in "ed".
_PAST_FORM = re.compile(r"[a-z]{3,}ed")


def _told_day_clause(tokens: list[tuple[str, int]], k: int, stop_at: int, date_at: int = -1) -> int | None:
    """Where the reported clause starts when a verb of saying has only the day or the time of the telling before it and
    no "that" ("said on Friday it would cut", "said late on Wednesday it had cancelled", "announced Monday its unit
    had", "said on Wednesday a bug in its software had"): the subject after the time phrase (a pronoun, a possessive,
    "the" or "a", also where the time phrase was the date, cut out of the tokens), when an auxiliary or a past follows
    it within eight words, no name's word, relative word or date between ("announced the levies [on April 2] in the Rose
    Garden" is no clause); None otherwise."""
    n = k
    if n < len(tokens) and tokens[n][0].lower() in ("late", "early", "earlier", "later"):
        n += 1
    if n < len(tokens) and tokens[n][0].lower() in ("on", "at", "in", "this", "last"):
        n += 1
    first = n
    while n < len(tokens) and n - first < 4 and tokens[n][1] < stop_at and (
            time_word(tokens[n][0]) or tokens[n][0].lower() in ("am", "pm", "a.m.", "p.m.")):
        n += 1
    if n >= len(tokens) or tokens[n][1] >= stop_at or tokens[n][0].lower() not in _REPORTED_SUBJECT \
            or (n == first and n > k):  # "said on a ..." with no time word: no telling's day
        return None
    forms = verb_forms()
    # a noun's phrase may stand between the subject and its verb ("said on Wednesday a bug in its test software had
    # allowed"): up to eight words, none a relative word
    for m in range(n + 1, min(n + 9, len(tokens))):
        low = tokens[m][0].lower()
        if low in RELATIVE or tokens[m][1] >= stop_at or tokens[n][1] <= date_at <= tokens[m][1]:
            return None  # the date between the subject and the verb: no reported clause
        if not tokens[m][0].islower() and tokens[m][0].isalpha():
            continue  # a name's word ("the Rose Garden") is no verb
        if low in AUX | MODALS or low in IRREGULAR_PAST or (low in forms and low not in (forms[low].lemma, forms[low].third)
                                                           and not low.endswith("ing")) \
                or (m == n + 1 and tokens[n][0].lower() in PRONOUNS and _PAST_FORM.fullmatch(tokens[m][0])):
            return n  # "it would", "its unit had", "it aimed to": a past right after a pronoun is a verb
        if not tokens[m][0].isalpha():
            return None
    return None


#: Subject pronouns that open a reported clause told without "that" after the telling's phrase ("said in a statement it
#: had lost output").
_CLAUSE_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def _telling_phrase_clause(tokens: list[tuple[str, int]], k: int, stop_at: int) -> int | None:
    """Where the reported clause starts when a verb of saying has a phrase of the telling and no "that" before it ("said
    in a statement it had lost output", "said at a briefing they would appeal"): a subject pronoun right after a
    phrase of words only (at most ten), an auxiliary, a modal or a past right after the pronoun; None otherwise."""
    if k >= len(tokens) or tokens[k][0].lower() not in _TELLING_PREPS:
        return None
    forms = verb_forms()
    for n in range(k + 1, min(len(tokens) - 1, k + 11)):
        tok, pos = tokens[n]
        if pos >= stop_at or not tok[0].isalnum() or tok.lower() in _CLAUSE_LINKS | RELATIVE:
            return None
        if tok.lower() in _CLAUSE_PRONOUNS:
            after = tokens[n + 1][0].lower()
            past = after in IRREGULAR_PAST or bool(_PAST_FORM.fullmatch(after)) \
                or (after in forms and after not in (forms[after].lemma, forms[after].third) and not after.endswith("ing"))
            return n if after in AUX | MODALS or past else None
    return None


#: Numbers in words ("between three and five percent").
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                          "hundred".split())


#: Prepositions that open the complement of a reported clause's verb ("accounted for 7%", "moved to Texas").
_REPORTED_COMPLEMENT_PREPS = frozenset({"for", "to", "into", "against", "with"})


#: Prepositions that open a copula's complement in a reported clause ("it was in touch", "they were on track").
_COPULA_PREPS = frozenset({"in", "on", "at", "under", "behind", "ahead"})


#: An adverb of manner or time in -ly between "had" and its participle ("had temporarily grounded", "had quietly sold").
_LY_ADVERB = re.compile(r"[a-z]{3,}ly")


#: Words that open an adjunct after a verb's whole complement ("declined to comment on the report", "refused to
#: testify because ..."), unlike a preposition that may complete it ("to settle at $20", "to apply for a loan").
_ADJUNCT_OPENERS = frozenset({"on", "about", "after", "before", "as", "while", "because", "when", "but", "and", "or",
                              "though", "although", "if", "since", "until", "despite", "amid", "following", "during"})


def _after_subject_aside(tokens: list[tuple[str, int]], k: int, stop_at: int) -> int | None:
    """Where the verb of a reported clause is when its subject goes on at ``k`` with "and" and a second name ("the
    agency and Keel had been"), or with an aside between commas ("Keel's executives, including its chair, would"):
    the auxiliary or past right after them; None when there is none."""
    if tokens[k][0].lower() == "and":
        n = k + 1
        while n < len(tokens) and n - k <= 4 and tokens[n][1] < stop_at and (
                is_name_token(tokens[n][0]) or tokens[n][0].lower() in DETERMINERS):
            n += 1
        return n if n > k + 1 and n < len(tokens) and tokens[n][1] < stop_at and _finite_verb(tokens[n][0]) else None
    for n in range(k + 2, min(len(tokens) - 1, k + 15)):
        tok = tokens[n][0]
        if tokens[n][1] >= stop_at or tok in (";", ":", "“", "”", '"', "(", ")"):
            return None
        if tok == ",":
            return n + 1 if tokens[n + 1][1] < stop_at and _finite_verb(tokens[n + 1][0]) else None
    return None


def _finite_verb(word: str) -> bool:
    """Whether ``word`` is an auxiliary, a modal or a past of the verb lists."""
    low = word.lower()
    form = verb_forms().get(low)
    return word.islower() and (low in AUX | MODALS or (form is not None and low not in (form.lemma, form.third)
                                                        and not low.endswith("ing")))


def _complement_prep(tokens: list[tuple[str, int]], k: int, stop_at: int) -> bool:
    """Whether the token at ``k``, right after a reported clause's verb, is a preposition that opens the verb's object
    ("spoke with the chair", "applied for a licence"): a word, not a date, follows it before ``stop_at``."""
    return k + 1 < len(tokens) and tokens[k][0].lower() in _REPORTED_COMPLEMENT_PREPS and tokens[k + 1][1] < stop_at \
        and tokens[k + 1][0][:1].isalnum() and not time_word(tokens[k + 1][0])


def _undone_backshift(tokens: list[tuple[str, int]], k: int, stop_at: int) -> tuple[str, int] | None:
    """The tense a reported clause had before "said" put it back, as a headline tells it under "says": "would" is
    "will" ("said it would cut jobs" -> "says it will cut jobs") and "had" with a participle is the past ("said it had
    sold $21 billion" -> "says it sold $21 billion"); with how many words it replaces. None for any other word, for
    "would have" (what did not happen), "had been" (its number unsure) and "had to"."""
    low = tokens[k][0].lower()
    if k + 1 >= len(tokens) or tokens[k + 1][1] >= stop_at or low not in ("would", "had"):
        return None
    after = tokens[k + 1][0]
    if not (after.isalpha() and after.islower()):
        return None
    if low == "would":
        return None if after in ("have", "like", "rather") else ("will", 1)
    adverb = ""
    if (after in ADVERBS | {"already", "also", "just", "since", "previously", "recently", "never"} or _LY_ADVERB.fullmatch(after)) \
            and k + 2 < len(tokens) and tokens[k + 2][1] < stop_at and tokens[k + 2][0].isalpha():
        # "had already secured" -> "already secured", "had temporarily grounded" -> "temporarily grounded"
        adverb, after = after, tokens[k + 2][0]
    past = past_of_participles().get(after)
    if past is None and _PAST_FORM.fullmatch(after) and after not in forms_lemmas():
        past = after  # a regular past the lists do not know ("had rebooked")
    if not past or after == "been":
        return None
    return (f"{adverb} {past}", 3) if adverb else (past, 2)


@functools.lru_cache(maxsize=1)
def forms_lemmas() -> frozenset[str]:
    """The plain forms of the verbs of both lists (a word in -ed that is one, "need", "feed", is no past)."""
    return frozenset(v.lemma for v in label_verb_forms().values())


def _opens_reported_clause(word: str) -> bool:
    """Whether the word after "that" opens a clause of its own (a subject), not a relative clause's verb ("that was
    posted")."""
    low = word.lower()
    return low not in AUX | MODALS and not (low in verb_forms() and low != verb_forms()[low].lemma)


#: Words that start another clause or phrase than the telling's ("after", "and", "because").
_CLAUSE_LINKS = frozenset({"and", "but", "or", "after", "before", "since", "than", "until", "when", "while", "as", "if",
                           "because", "though", "although", "whether", "who", "which"})


def _has_verb_already(words: list[str]) -> bool:
    """Whether the reported clause in ``words`` already has its verb (an auxiliary, a modal or a regular past: "tests
    suggested the presence of a chemical", "it would sell a unit"): a past form after it is a participle of a noun
    ("a chemical called Zorbene"; "tests found a chemical called Zorbene"), not the clause's verb to put in the present."""
    return any(w.lower() in AUX | MODALS | IRREGULAR_PAST or (w.lower().endswith("ed") and len(w) > 4 and w[:1].islower())
               for w in words)


#: Months as wire copy shortens them, with a stop ("Dec. 14").
_MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})


def object_phrase(tokens: list[tuple[str, int]], start: int, stop_at: int, speech: bool,
                   sentence: str = "", work: str = "", date_at: int = -1, progressive: bool = True) -> str:
    """The object of the verb: the words after it up to a clause boundary (a stop word, punctuation, the date),
    at most :data:`OBJECT_WORDS`, never ending on a word that leaves it unfinished. A quotation inside the phrase
    ("offers his company “an easier way …”", blanked in ``work``) is put back from ``sentence``. ``date_at``: where the
    date is (-1: not told), so a verb of saying dated before it takes what was said after the day of the telling.
    ``progressive`` False: a reported progressive ends before its object's preposition, as before round 69 (the label's
    key keeps that object)."""
    words: list[str] = []
    took_number = False
    converted = False
    cut_short = False
    ran_into_quote = False
    k = start
    if speech and k + 1 < len(tokens) and tokens[k][0].lower() in _TELLING_DAYS and tokens[k + 1][0].lower() == "that":
        k += 1  # "said Friday that ...": the day of the telling is no part of what was said
    if speech:  # "said in a statement on Monday that ...", "told a crowd in Ohio that ...": what was said follows "that"
        k, listener = _past_telling_phrase(tokens, k)
        if listener:
            words.append(listener)
    reported = speech and k < len(tokens) and tokens[k][0].lower() == "that"  # "said that ...": a reported clause
    if reported:
        k += 1
    elif speech and not words and (told := _telling_phrase_clause(tokens, k, stop_at)) is not None:
        k, reported = told, True  # "said in a statement it had lost output": the telling's phrase, then what was said
    elif speech and not words and k + 1 < len(tokens) and tokens[k][0].lower() in ("its", "their") \
            and _reported_clause_verb(tokens, k + 1, stop_at) is not None:
        reported = True  # "said on Thursday its net loss from the attack would be ...": a clause with no "that"
    elif speech and not words and date_at >= 0:
        # the date before the verb (a dateline's), or one inside what was said ("said on Wednesday it aimed to reopen
        # by next Monday"): the day of the telling is no part of what was said
        told = _told_day_clause(tokens, k, stop_at, date_at)
        if told is not None:  # "said on Friday it would cut ...": the day of the telling, then what was said
            k, reported = told, True
    if reported and 0 < k < len(tokens) and sentence and work and tokens[k][1] < stop_at:
        # 'said that "nothing is off the table" on disclosure': the quotation is what was said, not the phrase after it
        quoted = _quoted_between(sentence, work, tokens[k - 1][1] + len(tokens[k - 1][0]), tokens[k][1])
        if quoted:
            words.append(quoted)
            ran_into_quote = True
            k = len(tokens)
    if not speech and 0 <= date_at < (tokens[start - 1][1] if 0 < start <= len(tokens) else -1):
        # "[Sept 16 -] The Fed agreed on Tuesday to lend ...": the day is no part of the object (a day after the date
        # the label is for tells that date's row apart: "closed on Friday 7.2% below their level of 9 May")
        k = _after_day_adjunct(tokens, k, stop_at)
    if k + 3 < len(tokens) and [t.lower() for t, _ in tokens[k:k + 3]] in (["in", "favor", "of"], ["in", "favour", "of"]) \
            and tokens[k + 3][1] < stop_at:
        words.extend(t for t, _ in tokens[k:k + 3])  # "voted in favor of the ban": the object after the phrase
        k += 3
    elif (k + 1 < len(tokens) and tokens[k][0].lower() in PLACE_PREPS and tokens[k + 1][1] < stop_at
            and tokens[k + 1][0].lower().rstrip(".") not in DATE_WORDS and not tokens[k + 1][0][0].isdigit()):
        words.append(tokens[k][0])  # an intransitive verb: where it happened is its complement
        k += 1
    elif (not speech and k + 1 < len(tokens) and tokens[k][0].lower() == "at" and tokens[k + 1][1] < stop_at
          and (_PRICE.fullmatch(tokens[k + 1][0]) or _level_after_at(tokens, k, start))):
        # "closed at $60", "was priced at 120 pence": the price is the verb's complement; so is a level a verb of closing
        # or opening is at ("closed at SEK 41.20", "ended at a record high")
        words.append(tokens[k][0])
        k += 1
    elif (not speech and k + 2 < len(tokens) and tokens[k][0].lower() == "with" and 0 < start <= len(tokens)
          # the period a verb of ending ended blanked before its "with" ("ended [April] with a gain")
          and _with_verb(tokens[start - 1][0], ended=work != "" and _blanked_between(tokens, start - 1, k))
          and tokens[k + 2][1] < stop_at and not time_word(tokens[k + 1][0])):
        words.append(tokens[k][0])  # "met with the heads of the regulators": whom they met
        k += 1
    elif (not speech and k + 2 < len(tokens) and tokens[k][0].lower() in _COMPLEMENT_PREPS
          and tokens[k + 2][1] < stop_at and not time_word(tokens[k + 1][0])
          and not (tokens[k + 1][0].lower() in DETERMINERS and time_word(tokens[k + 2][0]))):
        words.append(tokens[k][0])  # a prepositional object: "filed for bankruptcy", "voted on the bridge"
        k += 1
    while k < len(tokens):
        tok, pos = tokens[k]
        low = tok.lower()
        amount = tok[0] in "$£€" and tok[1:2].isdigit()  # "$60": an amount belongs to the object
        if words and sentence and work and pos < stop_at:
            # the quotation the phrase runs into, also when a comma or a stop follows it ('that it had "rebuilt
            # the systems", and ...' left "Renault says it")
            quoted = _quoted_between(sentence, work, tokens[k - 1][1] + len(tokens[k - 1][0]), pos)
            if quoted:
                words.append(quoted)
                ran_into_quote = True
                break
        if tok == "." and words and words[-1] in _MONTH_ABBREVIATIONS and k + 1 < len(tokens) \
                and tokens[k + 1][0][:1].isdigit() and tokens[k + 1][1] < stop_at:
            words[-1] += "."  # "will be paid Dec. 14 to holders": a month's stop ends no phrase
            k += 1
            continue
        if tok == "." and words and _title_before_name(words[-1] + ".") and pos < stop_at:
            words[-1] += "."  # "called Mr. Obama's remarks ...", "naming Sen. Mike Lee": a title's stop ends no phrase
            k += 1
            continue
        if reported and tok == "," and words and words[-1][:1].isupper() and work and k + 1 < len(tokens) \
                and tokens[k + 1][1] < stop_at and tokens[k + 1][0].islower() \
                and work[pos - 1:pos] == " " and len(work[pos + 1:tokens[k + 1][1]]) >= 4 \
                and not work[pos + 1:tokens[k + 1][1]].strip():
            k += 1  # "that Saudi Arabia's Public Investment Fund (PIF) has built": the name's short form, blanked to a comma
            continue
        if tok == "&" and words and pos < stop_at and name_ampersand(tokens, k) and tokens[k + 1][1] < stop_at:
            words.append(tok)  # "joined Hart Field & Stone": the "&" is inside the name
            k += 1
            continue
        if reported and not converted and words and len(words) <= 4 and (tok == "," or low == "and") \
                and pos < stop_at and not _has_verb_already(words) \
                and not any(w.lower() in _CLAUSE_OPENERS or w[:1] in "“\"" for w in words):
            verb_at = _after_subject_aside(tokens, k, stop_at)
            if verb_at is not None:
                # "said the agency and Keel had been talking", "said Keel's executives, including its chair, would
                # appear": the reported subject goes on past its second name or its aside to its verb
                if low == "and":
                    words.extend(t for t, _ in tokens[k:verb_at])
                k = verb_at
                continue
        if pos >= stop_at or (not tok[0].isalnum() and not amount and tok not in ("$", "%", "£", "€", "-")):
            break
        if work and k > 0 and not words and not speech and len(work[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos]) > 2 \
                and (low in AUX | MODALS or (low.endswith("ed") and len(low) > 4)
                     or (low in verb_forms() and low not in (verb_forms()[low].lemma, verb_forms()[low].third))):
            break  # "the strike which began [on April 8] would cost ...": past the date, the main clause's verb
        if work and k > 0 and not words and not speech and len(work[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos]) > 2 \
                and low in ADVERBS and k + 1 < len(tokens) and tokens[k + 1][0].isalpha() and tokens[k + 1][0].islower() \
                and tokens[k + 1][0] not in DETERMINERS | STOP_OBJECT:
            break  # "the lawsuit being filed [this week] also contests ...": past the date, the main clause's verb
        if took_number and work and words and len(work[tokens[k - 1][1] + len(tokens[k - 1][0]) : pos]) > 2:
            break  # "lost 9.4% [the day after] the decision": past the date, no longer the figure's phrase
        at_least = low == "at" and k + 1 < len(tokens) and tokens[k + 1][0].lower() in ("least", "most")
        if progressive and reported and words and k + 1 < len(tokens) and tokens[k + 1][1] < stop_at \
                and tokens[k + 1][0][:1].isalnum() and not time_word(tokens[k + 1][0]) \
                and ((words[-1].lower() in _PROGRESSIVE_AUX and low == "following")
                     or (low in _PROGRESSIVE_PREPS and len(words) >= 2 and words[-1].endswith("ing")
                         and words[-2].lower() in _PROGRESSIVE_AUX)):
            # "said the ministry was following the talks", "said it was working with the police", "said it had been
            # working on the rules": the progressive's object or its preposition's, not the clause's end
            words.append(tok)
            k += 1
            continue
        if reported and low in _SAID_PP and words and len(words) <= 3 and not converted \
                and not words[0][:1].isdigit() and not any(w.lower() in _CLAUSE_OPENERS or w.lower() in verb_forms()
                            and w.lower() != verb_forms()[w.lower()].lemma and not (n == 0 and w.islower()
                            and w.lower() == verb_forms()[w.lower()].third)  # "said that posts on ...": a plural noun
                            for n, w in enumerate(words)):
            verb_at = _reported_clause_verb(tokens, k + 1, stop_at)
            if verb_at is not None:
                # "said that a failure at an outside provider had caused the outage": the phrase after the reported
                # subject's preposition only says which; the reported clause goes on to its verb
                k = verb_at
                continue
        than = low == "than" and words and words[-1].lower() in ("more", "less", "fewer") \
            and k + 1 < len(tokens) and tokens[k + 1][1] < stop_at  # "received more than 11,000 complaints"
        if low == "and" and words and words[-1].islower() and words[-1].endswith("ing") and k + 2 < len(tokens) \
                and tokens[k + 1][0].islower() and tokens[k + 1][0].endswith("ing") and tokens[k + 2][1] < stop_at:
            words.append(tok)  # "4,800 welding and handling robots": two modifiers of one noun, not a second phrase
            k += 1
            continue
        if reported and low in _COPULA_PREPS and words and words[-1].lower() in ("was", "were", "is", "are", "been") \
                and k + 1 < len(tokens) and tokens[k + 1][1] < stop_at and tokens[k + 1][0][:1].isalpha():
            words.append(tok)  # "said it was in touch with X", "said they were on track", "he had been in talks": the copula's complement
            k += 1
            continue
        if reported and converted and low == "that" and words and words[-1][:1].isalnum():
            break  # "said a bug had allowed the update that crashed ...": the reported clause ends where a relative opens
        if took_number and low == "of" and _count_of(tokens, k, stop_at, words):
            words.append(tok)  # "grounded all 65 of its jets": the count's noun follows "of", no phrase ends on "65"
            k += 1
            continue
        # "a stake of between 3% and 5%": the range's "and" ends no phrase (not "between [2005] and 2009": the date's)
        between = low == "and" and "between" in (w.lower() for w in words[-3:-1]) and k + 1 < len(tokens) \
            and pos - tokens[k - 1][1] - len(tokens[k - 1][0]) <= 1 \
            and tokens[k + 1][1] < stop_at and (tokens[k + 1][0][:1].isdigit() or tokens[k + 1][0].lower() in _NUMBER_WORDS)
        if (low in STOP_OBJECT and not at_least and not than and not between) or (took_number and low in ("by", "to", "of")):
            break
        if len(words) >= OBJECT_WORDS:
            cut_short = True
            break
        shifted = _undone_backshift(tokens, k, stop_at) if reported and words and not converted else None
        if shifted is not None:
            words.append(shifted[0])
            converted = True
            k += shifted[1]
            if _complement_prep(tokens, k, stop_at):
                words.append(tokens[k][0])  # "said he had spoken with the chair": whom he spoke with
                k += 1
            continue
        if (reported and not converted and words and tok.islower() and low not in verb_forms()
                and (low in IRREGULAR_PAST or _PAST_FORM.fullmatch(tok) and low not in forms_lemmas())
                and words[-1][:1].isalnum() and words[-1].lower() not in AUX | MODALS | DETERMINERS | {"to"}
                and not _has_verb_already(words) and not (k + 1 < len(tokens) and tokens[k + 1][0].lower() == "by")
                and (present := present_of_past(low, _plural_subject(words[-1]))) is not None):
            # "said that sales grew 15%", "that Pellham accounted for 7%": a past the verb list does not know, in the
            # present as a headline tells it; a preposition right after it is its complement ("accounts for")
            words.append(present)
            converted = True
            k += 1
            if k + 1 < len(tokens) and tokens[k][0].lower() in _REPORTED_COMPLEMENT_PREPS and tokens[k + 1][1] < stop_at \
                    and tokens[k + 1][0][:1].isalnum() and not time_word(tokens[k + 1][0]) \
                    and not work[tokens[k - 1][1] + len(tokens[k - 1][0]):tokens[k][1]].strip():
                words.append(tokens[k][0])
                k += 1
            continue
        if (speech and not converted and low in verb_forms() and words
                and low not in (verb_forms()[low].lemma, verb_forms()[low].third) and not low.endswith("ing")
                and words[-1].lower() not in AUX | {"to", "would", "could", "should", "might", "may", "must", "can"}
                and not _has_verb_already(words)):
            form = verb_forms()[low]
            # "said they came away", "said sales fell": a plural subject takes the bare form ("they come away",
            # "sales fall"), not the -s one
            words.append(form.lemma if _plural_subject(words[-1]) else form.third)
            converted = True
            k += 1
            continue
        if not words and low in DETERMINERS:
            k += 1
            continue
        words.append(tok)
        took_number = took_number or tok[0].isdigit() or tok.startswith("$")
        k += 1
    if speech and (words or reported) and not ran_into_quote and not cut_short and sentence and work and 0 < k <= len(tokens):
        # a quotation that ends the sentence and what was said ('said its arrangements were "fully disclosed and
        # accounted for."', 'said in a statement that it "rejects any suggestion ..."'): its opening, not "were"
        quotation = _closing_quotation(sentence, work, tokens[k - 1][1] + len(tokens[k - 1][0]),
                                       tokens[k][1] if k < len(tokens) else len(work))
        if quotation:
            words.append(quotation)
    verb = tokens[start - 1][0] if 0 < start <= len(tokens) else ""
    while words and words[-1].lower() in _DANGLING | AUX | MODALS and not (not speech and _lone_particle(words, verb)) \
            and not _particle_of_verb(words) and not (len(words) > 1 and words[-2] == "&"):  # "Hart Field & Stone"
        words.pop()
    if words and words[-1] == "&":
        words.pop()
    if cut_short and not speech:
        # a relative clause the limit cut ("a turnaround plan that included about 150 [store closures]"): the noun
        # it tells of closes the phrase
        opened = [n for n in range(2, len(words) - 1) if words[n].lower() in ("that", "which", "who")
                  and (words[n + 1].lower() in verb_forms() or _PAST_FORM.fullmatch(words[n + 1]))
                  and words[n - 1][:1].isalpha()]
        if opened:
            words, cut_short = words[:opened[-1]], False  # (the word before the pronoun is its noun, no verb)
    if cut_short:  # stopped by the length limit: end on the last word that closes a phrase (not a title: "of Mr.")
        opened = [n for n, w in enumerate(words) if w.lower() == "between" and n >= len(words) - 4]
        if opened and _range_open(words, opened[-1]):
            words = words[:opened[-1]]  # "a stake of between 3% [and 5%]": a range cut short goes whole
        while words:
            if words[-1].lower() in _DANGLING or _title_before_name(words[-1]) \
                    or (words[-1].lower() in verb_forms() and not words[-1][:1].isupper()):  # "Fund": a name's word
                words.pop()
            elif len(words) > 2 and POSSESSIVE_END.search(words[-1]):
                # "over Chief Executive Jane Roe's [plan to take]": the possessive's noun is cut off, so the name and
                # its title go too ("Elon" alone would garble the name)
                words.pop()
                while len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper():
                    words.pop()
                if len(words) > 1 and words[-1][:1].isupper() and words[-2].lower() in _DANGLING:
                    words.pop()
            else:
                break
        if words and len(words) >= 2 and words[-2].lower() == "to":
            words = words[:-2]
    if not speech and len(words) >= 2 and (words[-1] in ("he", "she", "they", "we") or (
            words[-1] == "it" and words[-2].isalpha() and words[-2].islower() and words[-2] not in verb_forms()
            and words[-2] not in PARTICLES | STOP_OBJECT | POSTMODIFIER_PREPS | PHRASE_OPENERS | _DANGLING)):
        words.pop()  # "released a video it says shows ...": the pronoun opens a clause about the noun, not the object
    # the clause ends right after an infinitive that is the whole object ("declined to comment.", "refused to
    # testify on the matter"): the verb and its infinitive are the event, nothing was cut
    ended = k >= len(tokens) or (tokens[k][1] < stop_at and (not tokens[k][0][0].isalnum() or tokens[k][0].lower() in _ADJUNCT_OPENERS))
    if words and words[-1].lower() in verb_forms() and len(words) >= 2 and words[-2].lower() == "to" \
            and not (len(words) == 2 and ended and not cut_short and not speech):
        words = words[:-2]  # "plans to provide" with nothing provided: "plans"
    return _CURRENCY_GAP.sub(r"\1", " ".join(words))


_CURRENCY_GAP = re.compile(r"([£€$]) (?=\d)")

#: The auxiliaries of a progressive in a reported clause ("was working", "had been testing") ...
_PROGRESSIVE_AUX = frozenset({"was", "were", "is", "are", "been"})
#: ... and the prepositions that take its object ("working with", "working on", "looking at").
_PROGRESSIVE_PREPS = frozenset({"with", "on", "at", "for", "from", "in"})


def _range_open(words: list[str], at: int) -> bool:
    """Whether the range that "between" opens at ``at`` is cut before its second end (or its unit: "between three and
    five [percent]")."""
    rest = [w.lower() for w in words[at + 1:]]
    return "and" not in rest or rest[-1] in _NUMBER_WORDS


def _quoted_between(sentence: str, work: str, start: int, stop: int) -> str:
    """The quotation of ``sentence`` that fills ``[start, stop)``, blanked in ``work`` (a comma or a stop may follow
    it), or ""."""
    quoted = sentence[start:stop].strip()
    if work[start:stop].strip() == "" and len(quoted) > 2 and quoted[0] in "“\"‘'" and quoted[-1] in "”\"’'":
        inner = quoted[1:-1].strip().split()
        if len(inner) > 10:  # a long quotation: its opening, cut where a phrase ends and closed ("“… deferred…" was cut)
            return quoted_opening(inner)
        # the comma or stop the sentence puts inside the marks ends no label: '"as quickly as possible,"'
        return quoted[0] + quoted[1:-1].rstrip(",;:. ") + quoted[-1]
    return ""


#: A quotation in its marks (as :data:`~analysis.timeline.labels.names.QUOTE` finds one), with what may follow it to the
#: end of the sentence: a stop, a closing bracket, a space.
_CLOSING_QUOTE = re.compile(r"\s*(“[^”]*”|\"[^\"]*\")[\s.!?)]*$")


def _closing_quotation(sentence: str, work: str, start: int, stop: int) -> str:
    """The opening of the quotation (:func:`quoted_opening`) that runs from ``start`` to the end of ``sentence`` when
    ``work`` has it blanked up to ``stop`` (no word of the clause after it); "" otherwise."""
    if work[start:stop].strip() or stop < len(work) and work[stop:].strip(" .!?)"):
        return ""
    found = _CLOSING_QUOTE.match(sentence, start)
    if found is None:
        return ""
    inner = found.group(1)[1:-1].strip().split()
    return quoted_opening(inner) if len(inner) >= 2 else ""


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


#: A currency's code before its figure ("SEK 41.20", "CHF 88.5", "EUR 4.10").
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")

#: Verbs whose level follows "at" ("closed at a record high", "opened at SEK 3.50", "ended at its lowest").
_LEVEL_VERBS = frozenset({"close", "end", "finish", "open", "settle", "trade"})


def _level_after_at(tokens: list[tuple[str, int]], k: int, start: int) -> bool:
    """Whether the "at" at ``k`` opens the level a verb of closing or opening (the token before ``start``) is at: a
    currency's code and its figure ("at SEK 41.20"), or a record, high or low ("at a record high", "at a record $88",
    "at its lowest since 2009")."""
    if not 0 < start <= len(tokens) or k + 2 >= len(tokens):
        return False
    verb = label_verb_forms().get(tokens[start - 1][0].lower())
    if verb is None or verb.lemma not in _LEVEL_VERBS:
        return False
    first, second = tokens[k + 1][0], tokens[k + 2][0]
    if _CURRENCY_CODE.fullmatch(first) and _PRICE.fullmatch(second):
        return True
    if first.lower() in ("a", "an", "its", "their", "the") and second.lower() in ("record", "fresh", "new", "highest",
                                                                                 "lowest", "all-time"):
        return True
    return first.lower() in ("record", "all-time")


def _after_day_adjunct(tokens: list[tuple[str, int]], k: int, stop_at: int) -> int:
    """Where the object starts when a day another expression of the sentence names stands right after the verb ("The
    council agreed [on Tuesday] to close two libraries", the sentence dated by its dateline; "raised late on Friday its
    forecast"): after that day ("on", a weekday, a part of the day; "yesterday", "today"), when words follow it;
    else ``k``."""
    n = k
    if n < len(tokens) and tokens[n][0].lower() in ("late", "early"):
        n += 1
    if n + 1 < len(tokens) and tokens[n][0].lower() == "on" and tokens[n + 1][0].lower() in _WEEKDAYS:
        n += 2
    elif n < len(tokens) and tokens[n][0].lower() in ("yesterday", "today") and n == k:
        n += 1
    else:
        return k
    if n < len(tokens) and tokens[n][0].lower() in _DAY_PARTS:
        n += 1
    ok = n < len(tokens) and tokens[n][1] < stop_at and tokens[n][0][:1].isalnum() and tokens[n][0].lower() not in STOP_OBJECT - {"to"}
    return n if ok else k


_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


#: A whole count with no unit of its own ("65", "1,200"; not "9.4%", "$60", "2.5").
_BARE_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*")


def _count_of(tokens: list[tuple[str, int]], k: int, stop_at: int, words: list[str]) -> bool:
    """Whether the "of" at ``k`` opens the noun of a bare count the object ends on ("all 65 of its Boeing 737 MAX 9
    jets", "2,000 of the bank's staff"): the count says nothing without it. A determiner or possessive follows "of"."""
    return bool(words) and _BARE_COUNT.fullmatch(words[-1]) is not None and k + 2 < len(tokens) \
        and tokens[k + 2][1] < stop_at and tokens[k + 1][0].lower() in DETERMINERS


#: Particles of a phrasal verb that may end a clause ("will wind down", "stepped down", "showed up"); "over" only
#: after "take" ("took over"): after another verb it opens a span of time ("fell [over the weekend]").
_PHRASAL_PARTICLES = frozenset({"up", "down"})
_TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})


def _lone_particle(words: list[str], verb: str) -> bool:
    """Whether ``words`` is the particle of ``verb`` alone ("services will wind down by mid-December": "wind down";
    "took over on Monday": "takes over"), which finishes the verb rather than leaving its object unfinished."""
    if len(words) != 1:
        return False
    low = words[0].lower()
    return low in _PHRASAL_PARTICLES or (low == "over" and verb.lower() in _TAKE_FORMS)


def _particle_of_verb(words: list[str]) -> bool:
    """Whether ``words`` end on the particle of a phrasal verb right after it, in a clause that was said ("... that its
    chief executive would step down", "the plant would shut down"): the verb's own word, not a dangling one."""
    if len(words) < 2 or words[-1].lower() not in _PHRASAL_PARTICLES:
        return False
    before = words[-2].lower()
    return before in verb_forms() or before in label_verb_forms() or before in _phrasal_bases()


@functools.lru_cache(maxsize=1)
def _phrasal_bases() -> frozenset[str]:
    """The plain forms of the common verbs (a "would step down" keeps its plain form)."""
    return frozenset(v.lemma for v in label_verb_forms().values())


def _title_before_name(word: str) -> bool:
    """Whether ``word`` is an honorific or a title written with its stop before a name ("Mr.", "Sen.", "Gov.")."""
    lexicon = name_lexicon()
    return word in lexicon.honorifics or (word.endswith(".") and word in lexicon.role_first_words)


#: Nouns a "that" clause completes rather than modifies ("the fact that shares fell"): no object of its verb.
_CONTENT_NOUNS = frozenset("fact news idea hope hopes view belief claim claims sign signs report reports evidence "
                           "concern concerns fear fears warning warnings assurance notion possibility risk chance "
                           "rumour rumours rumor rumors suggestion speculation expectation expectations".split())


#: A lower-case word a noun's modifier may be, with a number and hyphens in it ("12-ship", "two-year").
_PLAIN_WORD = re.compile(r"(?=[a-z0-9-]*[a-z])[a-z0-9][a-z0-9-]*")


def relative_antecedent(tokens: list[tuple[str, int]], i0: int) -> str:
    """The noun an object relative clause opened at ``i0 - 1`` by "that"/"which" modifies, when the clause's subject
    starts at ``i0`` ("an agreement that the nations reached": "agreement"), up to two modifiers before it; "" when
    the word before the pronoun is no plain noun (a verb, a time, a noun a "that" clause completes)."""
    if i0 < 2 or tokens[i0 - 1][0].lower() not in ("that", "which") or tokens[i0][0].lower() in PRONOUNS | AUX:
        return ""
    forms = verb_forms()
    words: list[str] = []
    n = i0 - 2
    while n >= 0 and len(words) < 3:
        tok = tokens[n][0]
        low = tok.lower()
        if not _PLAIN_WORD.fullmatch(tok) or low in DETERMINERS or low in STOP_OBJECT:
            break
        if not words and (low in TIME_NOUNS or low in _CONTENT_NOUNS or low.endswith(("ed", "ing"))
                          or (low in forms and low not in (forms[low].lemma,)) or low in AUX | PRONOUNS):
            return ""
        if words and (low in forms or low.endswith(("ed", "ing")) or low in AUX):
            break
        words.insert(0, tok)
        n -= 1
    return " ".join(words) if n >= 0 and tokens[n][0].lower() in DETERMINERS else ""


#: Prepositions that place a subject's head noun at a named place or body ("officials in Paris", "staff at X").
_LOCATED_PREPS = frozenset({"in", "at", "from", "outside", "inside", "across", "near"})


def located_head(tokens: list[tuple[str, int]], name_at: int) -> str:
    """The head noun and its place preposition when the clause opens on a plain noun placed at the name that starts
    at ``name_at`` ("Officials in the United States", "Investors in Marlow Bank": "Officials in the"); "" when it does
    not: the name alone then is the subject. One or two lower-case words (the first may be capitalised: it opens the
    sentence or follows a comma), after an optional determiner; not a number, a quantity ("some in") or a pronoun."""
    prep = name_at - 2 if name_at >= 2 and tokens[name_at - 1][0].lower() == "the" else name_at - 1
    if prep < 1 or tokens[prep][0].lower() not in _LOCATED_PREPS:
        return ""
    start = prep
    while start > 0 and prep - start < 3 and tokens[start - 1][0].isalpha():
        start -= 1
    if start > 0 and tokens[start - 1][0] not in (",", ";", ":", "—", "–"):
        return ""  # not the clause's first words: "lost heavily in Marlow Bank" is no subject
    words = [t for t, _ in tokens[start:prep]]
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    low = [w.lower() for w in words]
    if not words or len(words) > 2 or not all(w.islower() or (n == 0 and w[1:].islower()) for n, w in enumerate(words)) \
            or any(w in QUANTITY_HEADS | PRONOUNS | AUX | RELATIVE | DETERMINERS | IRREGULAR_PAST
                   or w.endswith(("ed", "ing")) for w in low) or low[-1] in verb_forms():
        return ""
    return " ".join([words[0].capitalize(), *words[1:], *(t for t, _ in tokens[prep:name_at])])


def located_plural(located: str) -> bool:
    """Whether the head noun of :func:`located_head`'s words ("Officials in the", "Staff at") is a plural."""
    words = located.split()
    head = words[-3 if words[-1] == "the" else -2].lower()
    return (head.endswith("s") and not head.endswith(("ss", "us") + SINGULAR_IN_S)) or head in PLURALS


def subject_head(words: list[str]) -> list[str]:
    """A descriptive subject of up to five words without its determiner. A longer one that opens on a determiner and
    whose words are all nouns, modifiers or names: the words before its first preposition ("The first northbound
    convoy of 34 ships" -> "first northbound convoy", "the bank's additional tier 1 bonds" -> "bank's additional tier 1
    bonds"), as a label names it. Else the words unchanged (too long to be a subject)."""
    if len(words) - words.count("&") <= 5:  # "Hart Field & Stone": the "&" is no word of its own
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        return words
    if len(words) <= 8 and words[0].lower() in QUANTITY_HEADS and words[1].lower() == "of":
        return words  # "Seven of the index's 11 major sectors": the number and what it counts
    if words[0].lower() not in DETERMINERS - {"that", "this", "these", "those"}:
        return words
    rest = words[1:]
    cut = next((p for p, w in enumerate(rest) if p and w.lower() in POSTMODIFIER_PREPS), len(rest))
    head = rest[:cut]
    if len(head) > 5 or not all(modifier_word(w) for w in head) or head[-1].lower() in TIME_NOUNS:
        return words  # "the first half of 2026 ...", "the same week": a time, not who did it
    named = rest[cut + 1:]
    while named and named[0].lower() in DETERMINERS:
        named = named[1:]
    run = 0
    while run < len(named) and is_name_token(named[run]):
        run += 1
    if cut < len(rest) and rest[cut].lower() == "of" and run and len(head) + 1 + run <= 5 \
            and not POSSESSIVE_END.search(named[run - 1]) and (run == len(named) or named[run][:1].isalpha()
                                                                 and not POSSESSIVE_END.search(named[run])):
        return head + ["of"] + named[:run]  # "The mayor of Moscow": the name says whose
    return head


def agent_phrase(tokens: list[tuple[str, int]], start: int, work: str) -> str:
    """"by" and its agent from ``start``: a determiner, lower-case modifiers and a run of names, or up to four words;
    it stops at punctuation, a blanked date, a verb or a word that opens a clause ("by Carraway Partners outbid it"
    -> "by Carraway Partners")."""
    words = [tokens[start][0]]
    k = start + 1
    named = False
    owned = 0  # where the noun phrase of a name's possessive starts ("by the Senate's | budget committee")
    forms = verb_forms()
    while k < len(tokens) and len(words) < 8:
        tok = tokens[k][0]
        low = tok.lower()
        if tok == "." and _title_before_name(words[-1] + ".") and not _blanked_between(tokens, k - 1, k):
            words[-1] += "."  # "started by Mr. Clarke": the title's stop, the name goes on
            k += 1
            continue
        if not tok[0].isalnum() or _blanked_between(tokens, k - 1, k) or low in STOP_OBJECT:
            break
        if owned:
            if not (tok.isalpha() and tok.islower()) or low in forms or low in NOT_MODIFIERS or len(words) - owned >= 4:
                break
            words.append(tok)
            k += 1
            continue
        if is_name_token(tok) or (named and low in ("of", "and", "&") and k + 1 < len(tokens)
                                   and is_name_token(tokens[k + 1][0])):
            named = True
        elif len(words) > 1 and POSSESSIVE_END.search(words[-1]) and tok.isalpha() and tok.islower() and low not in forms:
            owned = len(words)  # "by the Senate's budget committee": the possessive's noun phrase
            continue
        elif named and tok.isalpha() and tok.islower() and low.endswith("s") and low not in forms \
                and low not in NOT_MODIFIERS and not POSSESSIVE_END.search(words[-1]):
            words.append(tok)  # "by Khmer Rouge guerrillas": the plural noun the names qualify
            break
        elif named or (low in forms and low not in (forms[low].lemma, forms[low].third)) \
                or (len(words) >= 4 and words[-1].lower() != "of"):  # "by a group of researchers"
            break
        words.append(tok)
        k += 1
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words) if len(words) > 1 else ""
