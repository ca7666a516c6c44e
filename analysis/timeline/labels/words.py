"""Words and their grammar for event labels: tokens, names runs, verb tenses, plural nouns, word classes."""

from __future__ import annotations

import calendar
import functools
import re

from analysis.entities.catalog import Lexicon, get_lexicon
from analysis.entities.gazetteer import gazetteer_names
from analysis.lexicon import LABEL_VERBS_PATH, VERBS_PATH, verb_forms
from analysis.time.timex_patterns import LEX  # the dates' own vocabulary: one list for both
from analysis.timeline.labels.model import DETERMINERS


PRONOUNS = {"he", "she", "they", "it", "we", "i", "the company", "the firm"}


RELATIVE = {"which", "who", "that"}


NOT_NAMES = {
    "a", "an", "the", "when", "by", "in", "on", "at", "after", "before", "days", "weeks", "meanwhile", "however",
    "last", "this", "that", "these", "those", "it", "its", "he", "his", "she", "her", "they", "their", "we", "our",
    "i", "my", "you", "your", "and", "but", "or", "as", "while", "since", "with", "for", "from", "of", "to", "yet",
    "also", "earlier", "later", "today", "yesterday", "shares", "stocks", "according", "if", "although", "though",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "days", "one", "two", "three", "some", "many",
    "several", "both", "what", "why", "how", "who", "there", "here", "such", "so", "than", "then", "over",
    "following", "during", "amid", "despite", "under", "weekend", "week", "month", "year", "part", "analysts",
    "investors", "observers", "critics", "experts", "officials", "people", "wall", "street", "until", "even",
    "i'd", "i'm", "i've", "i'll", "i’d", "i’m", "i’ve", "i’ll",
}


#: A figure with its currency ("C$5", "R$85", "US$410"): an amount, never a name.
_MONEY = re.compile(r"[A-Z]{1,3}\$\d")


#: Time-zone abbreviations, as a clock time is followed by them ("21:41 CEST", "9 a.m. EST"): never a name.
ZONES = frozenset(
    "GMT UTC BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT JST KST "
    "HKT SGT PHT WIB ICT AEST AEDT ACST ACDT AWST NZST NZDT SAST WAT CAT EAT BRT ART CLT COT PET".split())


STOP_OBJECT = {
    "on", "in", "at", "during", "since", "for", "from", "with", "after", "before", "following", "amid", "despite",
    "as", "while", "because", "when", "which", "who", "where", "but", "and", "or", "according", "than", "said",
    "says", "after", "until", "though", "although", "if", "whereas", "via",
}


AUX = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do", "been", "be"}


MODALS = {"would", "could", "should", "might", "may", "must", "can", "will"}


POSSESSIVE_END = re.compile(r"[’']s$")


def blank(text: str, pattern: re.Pattern[str], keep: str = "") -> str:
    """Replace matches by spaces of the same length (offsets stay valid). Kept per text, pattern and ``keep``: a label
    blanks its sentence's prefix and quotations more than once, and a reprinted sentence or text before a pronoun
    comes back (a plain dictionary, emptied when full; keyed by the pattern's source and flags, strings and a number
    the garbage collector stops following, as it never does a tuple holding the compiled pattern)."""
    key = (text, pattern.pattern, pattern.flags, keep)
    done = _BLANKED.get(key)
    if done is None:
        if len(_BLANKED) >= _BLANKED_KEPT:
            _BLANKED.clear()
        done = _BLANKED[key] = pattern.sub(
            lambda m: keep + " " * (len(m.group(0)) - len(keep)) if keep else " " * len(m.group(0)), text)
    return done


#: :func:`blank`'s answers, at most this many kept.
_BLANKED: dict[tuple[str, str, int, str], str] = {}


_BLANKED_KEPT = 16384


def is_name_token(tok: str) -> bool:
    """Whether ``tok`` may be (part of) a name: capitalised, not a number, not a word that is never one (kept per
    token in a plain dictionary, emptied when full: a story's words come back in every sentence, and a dictionary
    entry is no object for the garbage collector to follow, as a cache's entry is)."""
    known = _NAME_TOKENS.get(tok)
    if known is None:
        if len(_NAME_TOKENS) >= _NAME_TOKENS_KEPT:
            _NAME_TOKENS.clear()
        core = POSSESSIVE_END.sub("", tok)
        known = _NAME_TOKENS[tok] = bool(core) and core[0].isupper() and core.lower() not in NOT_NAMES and not core.isdigit() \
            and core not in ZONES and not _MONEY.match(core)
    return known


#: :func:`is_name_token`'s answers, at most this many kept.
_NAME_TOKENS: dict[str, bool] = {}


_NAME_TOKENS_KEPT = 65536


#: The last words of an institution's name before its "for" phrase ("Office for Occupational Safety", "Institute for
#: Fiscal Studies", "Centers for Disease Control and Prevention").
_FOR_HEADS = frozenset({"office", "institute", "centre", "center", "centers", "centres", "agency", "commission",
                        "council", "ministry", "department", "committee", "foundation", "fund", "society",
                        "association", "federation", "bureau", "authority", "secretary", "commissioner", "minister"})


def name_runs(tokens: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of name-like tokens (a possessive ends a run; a middle initial and its stop
    do not: "John Q. Public")."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if is_name_token(tokens[i][0]):
            j = i + 1
            while j < len(tokens) and (not POSSESSIVE_END.search(tokens[j - 1][0]) or _inner_name_word(tokens, i, j)):
                if is_name_token(tokens[j][0]) or _inner_name_word(tokens, i, j):
                    j += 1
                elif _middle_initial(tokens, j - 1) and is_name_token(tokens[j + 1][0]):
                    j += 2
                elif tokens[j][0] in ("of", "de", "&", "+") and j + 1 < len(tokens) and is_name_token(tokens[j + 1][0]):
                    j += 2
                elif tokens[j][0] == "for" and tokens[j - 1][0].lower() in _FOR_HEADS and j + 1 < len(tokens) \
                        and is_name_token(tokens[j + 1][0]):
                    j += 2  # "the State Office for Occupational Safety", "Centers for Disease Control": one name
                elif tokens[j][0].isdigit() and len(tokens[j][0]) <= 4:
                    j += 1  # "S&P 500", "FTSE 100"
                    break
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def name_ampersand(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether token ``k`` is an "&" inside a name, a name's word on either side ("Hart Field & Stone", "Johnson &
    Johnson", "Procter & Gamble"): it joins one name, no phrase ends on it."""
    return tokens[k][0] == "&" and 0 < k < len(tokens) - 1 and is_name_token(tokens[k - 1][0]) \
        and is_name_token(tokens[k + 1][0])


#: Nouns :data:`NOT_NAMES` holds that a name may hold, capitalised inside it ("Moody's Investors Service",
#: "Council of Institutional Investors", "Sixth Street Partners").
INNER_NAME_WORDS = frozenset({"investors", "analysts", "officials", "experts", "critics", "observers", "people", "street"})


def _inner_name_word(tokens: list[tuple[str, int]], i: int, j: int) -> bool:
    """Whether token ``j`` is a capitalised noun of :data:`INNER_NAME_WORDS` inside the name that runs from ``i``: after an "of" of the
    name ("Northern Council of Pension Trustees") or before a name's word ("Moody's Investors Service")."""
    tok = tokens[j][0]
    return j > i and tok[:1].isupper() and tok.lower() in INNER_NAME_WORDS and is_name_token(tokens[j - 1][0]) and (
        any(t == "of" for t, _ in tokens[i:j])
        or (j + 1 < len(tokens) and is_name_token(tokens[j + 1][0]) and not POSSESSIVE_END.search(tok)))


def _middle_initial(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether token ``k`` is an initial inside a name: one capital letter, its stop right after it and a word
    after that ("John Q. Public", "T. Rowe Price"; not "Plan B. Officials": a word that opens sentences, on either
    side, ends it; the caller checks the word after is a name's)."""
    stop = name_lexicon().stop_capitalised
    return (0 < k and k + 2 < len(tokens) and len(tokens[k][0]) == 1 and tokens[k][0].isupper()
            and tokens[k + 1][0] == "." and tokens[k + 1][1] == tokens[k][1] + 1
            and tokens[k - 1][0] not in stop and tokens[k + 2][0] not in stop)


def run_text(tokens: list[tuple[str, int]], i: int, j: int) -> str:
    """The words of tokens [i, j) as one phrase: spaced, a middle initial's stop kept on its letter."""
    return " ".join(t for t, _ in tokens[i:j]).replace(" . ", ". ")


SENTENCE_OPENERS = {".", "!", "?", ":", "-", "–", "—", "“", '"'}


@functools.lru_cache(maxsize=1)
def name_lexicon() -> Lexicon:
    return get_lexicon()


ADVERBS = {"also", "reportedly", "recently", "then", "just", "already", "still", "later", "earlier", "first", "briefly",
            "soon", "again", "nonetheless", "nevertheless", "since"}


def relative_verb(tokens: list[tuple[str, int]], k: int, forms: dict[str, Any]) -> bool:
    """Whether the verb form at ``k`` is a past tense right after a relative "that" ("a fire that began"), not a
    noun after the determiner "that" ("that fall")."""
    t = tokens[k][0].lower()
    return tokens[k - 1][0].lower() in RELATIVE and t not in (forms[t].lemma, forms[t].third)


PARTICLES = {"to", "of", "up", "down", "out", "off", "back", "over", "about", "into", "through", "by", "ahead"}


BE = {"is", "are", "was", "were", "be", "been", "being", "am"}


#: Verbs of seeing and making take an object and a bare verb: "saw its shares drop", "made the stock fall".
_BARE_INFINITIVE_BEFORE = {"saw", "see", "sees", "seen", "watched", "watch", "watches", "made", "make", "makes", "let",
                           "lets", "helped", "help", "helps", "had", "have", "has", "heard", "hear", "felt", "feel"}


#: Plural nouns without an -s ("data show", "people expect"): a bare verb after them is a verb.
PLURALS = {"data", "people", "police", "staff", "media", "cattle", "personnel", "clergy", "men", "women", "children",
            "feet", "teeth", "mice", "geese", "criteria", "phenomena"}


#: Singular nouns in -s: "analysis", "crisis", "thesis", "axis", "news", "series".
SINGULAR_IN_S = ("sis", "xis", "news", "series", "species")


#: Words that end the modifiers of a noun going back from it: no noun phrase runs across them.
NOT_MODIFIERS = AUX | BE | MODALS | STOP_OBJECT | PARTICLES | PRONOUNS | RELATIVE | {"not", "to", "also", "and"}


@functools.lru_cache(maxsize=1)
def same_past() -> frozenset[str]:
    """Verbs whose past or participle is their bare form ("shut", "hit", "cut", "set"): a bare form may be past."""
    import csv

    with VERBS_PATH.open(encoding="utf-8") as fh:
        return frozenset(r["lemma"].strip().lower() for r in csv.DictReader(fh)
                         if r["lemma"].strip().lower() in (r["past"].strip().lower(), r["participle"].strip().lower()))


#: Words that count or pick out a plural noun after them ("several states", "any gains", "both claims").
_PLURAL_PICKERS = frozenset("several many some any these those all both few fewer multiple various other such "
                            "two three four five six seven eight nine ten dozens hundreds thousands million millions "
                            "billion billions".split())


def plural_noun(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the -s verb form at ``k`` is a plural noun: after a word that counts it ("several states", "any
    gains"), a demonym ("Libyan charges"), a possessive ("the company's plans") or a determiner and an -ing
    modifier ("the restructuring charges"). A -s verb agrees with a singular subject, which none of these is."""
    if k == 0:
        return False
    forms = verb_forms()
    t = tokens[k][0].lower()
    if t not in forms or t != forms[t].third or t == forms[t].lemma:
        return False
    prev = tokens[k - 1][0]
    low = prev.lower()
    if low in _PLURAL_PICKERS or POSSESSIVE_END.search(prev) or prev in name_lexicon().demonyms:
        return True
    if k >= 2 and low.endswith("ing") and prev.islower() and tokens[k - 2][0].lower() in DETERMINERS:
        return True
    # the last of a list of plurals, with a modifier: "disrupting card payments, ticket machines and emergency calls."
    ends = k + 1 == len(tokens) or tokens[k + 1][0] in (".", ",", ";", ":", ")")
    return ends and k >= 3 and prev.isalpha() and prev.islower() and low not in forms \
        and tokens[k - 2][0].lower() in ("and", "or") and tokens[k - 3][0].islower() and tokens[k - 3][0].endswith("s") \
        and not tokens[k - 3][0].endswith(("ss", "us")) and any(tokens[n][0] == "," for n in range(max(0, k - 10), k - 3))


_INITIALISM_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")


def bare_noun(tokens: list[tuple[str, int]], k: int, possessive_end: int = -1) -> bool:
    """Whether the bare verb form at ``k`` is a singular noun: after a determiner or a possessive and one to four
    words that are no verb ("its biggest fall", "a detailed audit report", "its monthly oil market report", "the firm's sharp drop", "Wednesday's
    short-covering rally", the date blanked up to ``possessive_end``). A bare verb after a singular noun has no subject: the -s
    form would agree with one ("the stock rallies"), the bare one with a plural ("the banks rally")."""
    forms = verb_forms()
    t = tokens[k][0].lower()
    if t not in forms or t != forms[t].lemma or t.endswith("ing") or t in same_past():
        return False  # "when the port shut for a week": a past that looks bare
    if k == 0:
        return 0 <= possessive_end <= tokens[k][1]  # "[Monday's] call will be ...": the blanked date's noun
    prev = tokens[k - 1][0]
    nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    if POSSESSIVE_END.search(prev) or (0 <= possessive_end <= tokens[k][1] and tokens[k - 1][1] < possessive_end):
        # "Keel's rally", "Monday's rebound,": a possessive's noun, also before a verb the list does not know
        # ("Keel's decline now stands at 9%", "Monday's call will be ...")
        return True
    if nxt[:1].isalpha() and nxt.lower() not in STOP_OBJECT | PLACE_PREPS | {"of", "to", "by", "over", "at"}:
        return False  # "a cyber attack crippled ...": a word after it may be the verb the list does not know
    if prev.replace("-", "").isalpha() and prev.islower() and prev.endswith("s") and k >= 2 \
            and tokens[k - 2][0].lower() in ("a", "an", "every", "each"):
        return True  # "an assault-weapons ban", "a sales slump": a singular determiner, the -s word is a modifier
    if k >= 2 and tokens[k - 2][0].lower() == "the" and prev[:1].isupper() and not prev.endswith("s") \
            and (prev.isalpha() or _INITIALISM_WORD.fullmatch(prev)):
        return True  # "after the U.S. close", "the London open": a name's bare verb form after "the" is a noun
    if not prev.replace("-", "").isalpha() or not prev.islower() or prev in PLURALS or (prev.endswith("s") and not prev.endswith(("ss", "us"))):
        return False
    m = k - 1
    while m >= 0 and k - m <= 6:
        word = tokens[m][0]
        low = word.lower()
        if POSSESSIVE_END.search(word) or low in DETERMINERS - {"that"} | {"whose"} or (0 <= possessive_end <= tokens[m][1]
                                                                          and (m == 0 or tokens[m - 1][1] < possessive_end)):
            head = m if low in DETERMINERS else m + 1  # where the noun phrase starts
            if head and tokens[head - 1][0].lower() in _BARE_INFINITIVE_BEFORE:
                return False  # "saw its bonds drop": the bare verb after a verb of seeing or making
            return m < k - 1 or not (low in DETERMINERS)  # a determiner right before it is read elsewhere
        if not (_noun_modifier(word) or (m < k - 1 and _named_modifier(word))) or low in NOT_MODIFIERS \
                or (low in forms and not attributive_participle(tokens, m)):  # "a written report": an adjective
            return False
        m -= 1
    return False


#: An amount before a noun: "its £4.2bn property fund", "a $300 million bond sale", "A$415m".
_AMOUNT_MODIFIER = re.compile(r"[£€¥$]|(?:[A-Z]{1,3}\$|\$)?\d[\d.,]*(?:bn|m)?")


def _noun_modifier(word: str) -> bool:
    """Whether ``word`` may stand between a determiner and its noun: a lowercase word ("its monthly oil market
    report") or an amount ("its £4.2bn property fund")."""
    return (word.replace("-", "").isalpha() and word.islower()) or _AMOUNT_MODIFIER.fullmatch(word) is not None


def _named_modifier(word: str) -> bool:
    """Whether ``word`` is a name's word used as a modifier further from the noun ("its UK property fund", "a Tel
    Aviv peace rally"); never right before the noun, where a name is more often the subject ("the Senate vote")."""
    return word[:1].isupper() and word.replace("-", "").replace(".", "").isalpha()


#: A possessive word ("day's", "Aldgate’s") and the words whose "'s" is a verb's contraction ("it's closing").
_POSSESSIVE_WORD = re.compile(r"[^\W\d_][\w&.-]*['’]s")
_CONTRACTED = frozenset({"it", "that", "he", "she", "there", "what", "who", "here", "where", "let"})


def ing_noun(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the -ing word at ``k`` is a noun or an adjective, not a verb: after a determiner or an adjective
    ("the selling", "annual general meeting", "the other leading toolmakers"), or opening its sentence before a
    bare noun ("Closing bell in Oslo")."""
    t = tokens[k][0].lower()
    if not t.endswith("ing") or len(t) < 5:
        return False
    prev = tokens[k - 1][0] if k else ""
    nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    if prev.lower() in DETERMINERS - {"that"}:
        return True
    if _POSSESSIVE_WORD.fullmatch(prev) and prev.lower()[:-2] not in _CONTRACTED:
        return True  # "the day's closing auction", "the group's growing losses": a possessive's noun or modifier
    if k >= 2 and tokens[k - 2][0].lower() in DETERMINERS - {"that"} and prev.isalpha() and prev.islower() \
            and prev not in verb_forms() and prev not in AUX | ADVERBS and nxt.isalpha() and nxt.islower() \
            and nxt not in STOP_OBJECT | PLACE_PREPS | PARTICLES | DETERMINERS:
        return True  # "the other leading toolmakers": an adjective between a determiner and its noun
    if _closes_indefinite_phrase(tokens, k):
        return True  # "said in a Hong Kong stock exchange filing late Monday": the noun of the preposition's phrase
    ends_clause = not nxt or not nxt[0].isalnum()
    if ends_clause and prev[:1].isalpha() and prev.lower() not in BE | AUX | ADVERBS | PRONOUNS | RELATIVE \
            and prev.lower() not in verb_forms() and not is_name_token(prev):
        return True  # "annual general meeting:", "after a long closing."
    opens = not prev or prev in SENTENCE_OPENERS  # a sentence's first word, not a clause's (", sending shares …")
    return opens and nxt.isalpha() and nxt.islower() and nxt not in DETERMINERS | STOP_OBJECT | PLACE_PREPS \
        and nxt not in PRONOUNS | PARTICLES and nxt not in verb_forms()


#: Prepositions before "a"/"an" whose phrase a noun in -ing may close ("in a stock exchange filing").
_ING_PHRASE_PREPS = frozenset({"in", "on", "at", "from", "by", "with", "under", "through", "via", "during"})


def _closes_indefinite_phrase(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the -ing word at ``k`` ends a phrase opened by a preposition and "a"/"an", with up to four names or plain
    nouns between ("in a Hong Kong stock exchange filing", "at a press briefing"): the phrase's noun, no verb."""
    n = k - 1
    while n > 0 and k - n <= 4 and (is_name_token(tokens[n][0]) or (
            tokens[n][0].isalpha() and tokens[n][0].islower() and tokens[n][0] not in verb_forms()
            and tokens[n][0] not in AUX | ADVERBS | PRONOUNS | RELATIVE | STOP_OBJECT | DETERMINERS)):
        n -= 1
    return n < k - 1 and n >= 1 and tokens[n][0].lower() in ("a", "an") and tokens[n - 1][0].lower() in _ING_PHRASE_PREPS


#: Words that count a noun phrase's noun, like a determiner before it ("both", "two", "all").
_QUANTIFIERS = {"both", "all", "two", "three", "four", "five", "several", "many", "some", "most", "few"}


def attributive_participle(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the past form at ``k`` is an adjective before its noun, not a verb: right after a determiner ("a
    written report", "the revised forecast", "its planned merger"), or a participle that is never a past ("written",
    "broken") after a determiner and one adjective ("a full written account"), or any past after a counting word and
    an adverb in -ly ("both seriously injured riders") or right after a verb's past ("reported increased sales"); a
    lowercase word that may be a noun after it."""
    forms = verb_forms()
    t = tokens[k][0].lower()
    if t not in forms or t in (forms[t].lemma, forms[t].third) or t.endswith("ing") or k == 0:
        return False
    nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    if not (nxt.isalpha() and nxt.islower()) or nxt in STOP_OBJECT | PLACE_PREPS | PARTICLES | DETERMINERS \
            | POSTMODIFIER_PREPS | {"as", "than", "that", "and", "or"}:
        return False
    prev = tokens[k - 1][0]
    if prev.lower() in DETERMINERS - {"that"}:
        return True
    if prev.islower() and prev in forms and prev not in (forms[prev].lemma, forms[prev].third) and not prev.endswith("ing"):
        return True  # "reported increased sales", "took hosted platforms offline": the object's adjective after a past
    if k >= 2 and prev.islower() and prev.endswith("ly") and prev not in ADVERBS \
            and tokens[k - 2][0].lower() in _QUANTIFIERS:
        return True  # "both seriously injured riders": an adverb of the adjective ("the family raised": no adverb)
    return t in _PAST_PARTICIPLES and k >= 2 and tokens[k - 2][0].lower() in DETERMINERS - {"that"} \
        and prev.isalpha() and prev.islower() and prev not in forms and prev not in AUX | ADVERBS


def unknown_past(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at ``n`` is a past the verb list does not know ("opened", "went"): a verb of its clause."""
    word = tokens[n][0]
    low = word.lower()
    if not word.islower() or (n and tokens[n - 1][0].lower() in DETERMINERS):
        return False
    return (low.endswith("ed") and len(low) > 4 and low not in verb_forms()) or low in IRREGULAR_PAST


def verb_before_to(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at ``n``, before "to be", is a verb that takes the infinitive ("remains to be written", "has
    to be"), not a noun ("the reports to be published": a determiner before a plural noun)."""
    low = tokens[n][0].lower()
    if low in AUX | BE | MODALS or (n and tokens[n - 1][0].lower() in PRONOUNS | {"you", "we", "i"}):
        return True  # "it remains to be written", "we have to be"
    verb = verb_forms().get(low)
    if verb is None or low == verb.lemma:
        return False
    return not (n and tokens[n - 1][0].lower() in DETERMINERS)


def sentence_adverb(tokens: list[tuple[str, int]], n: int) -> bool:
    """Whether the word at ``n`` is an adverb in -ly between an auxiliary and "not" or the verb ("would probably not
    come", "has apparently not made", "are definitely not voting"), or between "not" and the verb ("did not
    immediately respond")."""
    word = tokens[n][0]
    return n > 0 and word.islower() and word.endswith("ly") and len(word) > 5 and word not in verb_forms() \
        and (tokens[n - 1][0].lower() in AUX | MODALS | {"not"} or sentence_adverb(tokens, n - 1))


#: Prepositions that may open the phrase after an intransitive verb ("trends on social media").
PLACE_PREPS = {"on", "across", "into", "onto"}


DATE_WORDS = {w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w} | {
    "sept", "today", "yesterday", "tomorrow", "the"}


#: Words of a time, not of an object: "on the day", "for a third session", "on the 5th".
TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "session", "sessions", "morning",
               "afternoon", "evening", "night", "weekend", "quarter", "half", "time", "first", "second", "third",
               "fourth", "fifth", "straight", "row", "consecutive", "while", "now", "record"}


def time_word(token: str) -> bool:
    low = token.lower().rstrip(".")
    return (low in DATE_WORDS and low != "the") or low in TIME_NOUNS or token[:1].isdigit()


#: Common irregular past forms the verb list may not hold ("went public", "became chief executive", "took over").
IRREGULAR_PAST = frozenset("went came became began took made left gave got broke ran led met won held kept built "
                            "spent paid sent brought grew fell rose sold bought lost hit shut cut set put quit found told "
                            "wrote spoke struck drew stood chose flew threw knew drove sought fought caught".split())


def verb_like(word: str) -> bool:
    forms = verb_forms()
    return word in forms or word.endswith("ed") or word in AUX or word in MODALS or word in IRREGULAR_PAST \
        or (word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word[:-1] in forms)


def past_like(word: str, joint: str) -> bool:
    """Whether the verb ``word`` after "and" in ``joint`` opens a told act: a past form ("listed", "went", "shut"), or
    any verb after an auxiliary ("and will close", "and was listed"); not a present ("and ends in June")."""
    if re.search(r"\b(?:will|would|was|were|had|has|have|is|are)\s", joint):
        return True
    return word.endswith("ed") or word in IRREGULAR_PAST


_E_STEM = ("s", "g", "v", "z", "c", "u")


def third_person_of_past(past: str) -> str:
    """The present third person of a regular past verb the verb list may not know ("floated" → "floats", "merged" →
    "merges", "passed" → "passes")."""
    forms = verb_forms()
    if past in forms:
        return forms[past].third
    stem = past[:-2]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
        stem = stem[:-1]  # "stepped" -> "steps", "tagged" -> "tags" (a consonant doubled before -ed)
    elif stem.endswith(_E_STEM) and not stem.endswith("ss"):
        stem = past[:-1]
    return stem + ("es" if stem.endswith(("ss", "sh", "ch", "x")) else "s")


#: Prepositions that put a place after them where something is, not who acts: "visitors to Tanzania", "a tremor in
#: Kumamoto", "an advisory for Okinawa prefecture", "officials in Washington".
_PLACE_BEFORE = frozenset({"in", "near", "at", "to", "from", "for", "of", "across", "within", "into", "outside", "around",
                           "throughout", "off", "over", "toward", "towards"})


def placed_name(tokens: list[tuple[str, int]], run: tuple[int, int]) -> bool:
    """Whether the name run ``run`` is a place after a preposition ("in Kumamoto", "to the Atlantic"): where, never
    who. A place is one the lexicon or the gazetteer knows (towns of 50,000 people or more, every country's
    subdivisions, major rivers: :mod:`analysis.entities.gazetteer`)."""
    i, j = run
    p = i - 1 if i and tokens[i - 1][0].lower() != "the" else i - 2
    if p < 0 or tokens[p][0].lower() not in _PLACE_BEFORE:
        return False
    name = POSSESSIVE_END.sub("", " ".join(t for t, _ in tokens[i:j]))
    return name in name_lexicon().places or name in gazetteer_names()


def capitalised_plural(tokens: list[tuple[str, int]], i: int, k: int) -> bool:
    """Whether the one capitalised word at ``i`` that opens a sentence is a plural common noun, not a name in -s
    ("Regulators", "Analysts", "Details"; not "Siemens", "Sanders"): the lexicon knows it as a word that is capitalised
    only at a sentence's start or as a describing noun, or the text's own auxiliary before the verb at ``k`` is plural
    ("Details were not disclosed")."""
    word = tokens[i][0]
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "’s", "'s")) or not word[1:].islower():
        return False
    lex = name_lexicon()
    if word in lex.stop_capitalised or word.lower() in lex.descriptor_words or word in lex.generic_fragments:
        return True
    if _agent_noun(word.lower()):
        return True  # "Rescuers brought six workers out": the doers of an event verb
    finite = next((t.lower() for t, _ in tokens[i + 1:k] if t.lower() in AUX), "")
    return finite in ("are", "were", "have") and all(
        t.lower() in AUX | ADVERBS | {"not", "never", "in", "on"} or t.lower().rstrip(".") in DATE_WORDS
        or (t.isdigit() and len(t) == 4) for t, _ in tokens[i + 1:k])  # "Veterans in 2014 were"


def _agent_noun(word: str) -> bool:
    """Whether the lower-case ``word`` is the plural of the doer of an event verb ("rescuers", "buyers", "investors",
    "strikers"): a common noun, not a name in -s."""
    forms = verb_forms()
    return any(word.endswith(end) and (stem := word[: -len(end)]) and forms.get(stem) is not None
               and forms[stem].lemma == stem for end in ("rs", "ers", "ors"))


def demonym_plural(word: str) -> bool:
    """Whether the capitalised ``word`` is the plural of a demonym or a party's member ("Albanians", "Americans",
    "Republicans"): a plural subject wherever it stands ("Senate Republicans say", "ethnic Albanians march")."""
    return len(word) > 3 and word.endswith("s") and word[:-1] in name_lexicon().demonyms


#: Prepositions that open what follows the head of a long subject ("The first convoy of 34 ships", "A failure of the
#: system in August").
POSTMODIFIER_PREPS = frozenset({"of", "in", "at", "from", "with", "for", "on", "near", "under", "after", "to", "by"})


def modifier_word(word: str) -> bool:
    """Whether ``word`` may stand in a noun phrase before its head's preposition: a name, a figure, a possessive or a
    lower-case word that is no verb form, auxiliary or past ("four-hour", "northbound", "bank's")."""
    low = word.lower()
    if word[:1].isdigit() or is_name_token(word) or POSSESSIVE_END.search(word):
        return True
    forms = verb_forms()
    return word.replace("-", "").isalpha() and word.islower() and low not in AUX | BE | MODALS | NOT_MODIFIERS \
        and low not in IRREGULAR_PAST and not (low.endswith("ed") and "-" not in low) \
        and not (low in forms and low not in (forms[low].lemma, forms[low].third))


#: Words after "by" that make it a measure, not an agent ("fell by a third", "cut by half").
_MEASURE_WORDS = frozenset({"half", "third", "quarter", "fifth", "tenth", "percent", "per", "cent", "much", "far", "more",
                            "about", "around", "nearly", "almost", "some", "up", "roughly", "over", "as", "one", "two",
                            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "margin", "point", "points",
                            "percentage", "wide", "narrow", "double", "digits", "least", "most"})


def passive_agent(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the verb at ``k`` is a past participle followed by "by" and its agent ("announced by the central bank",
    "hit by a ransomware attack", "led by Carraway Partners"), not by a measure ("fell by 4%", "risen by a third",
    "fell by its 10% daily limit")."""
    if k + 2 >= len(tokens) or tokens[k + 1][0].lower() != "by":
        return False
    if tokens[k][0].lower() not in past_participles() or tokens[k][0].lower() in _INTRANSITIVE_PASTS:
        return False  # "fell by", "began by saying": a past that is no participle; "arrived by text": no agent
    after = [t for t, _ in tokens[k + 2:k + 6]]
    if after and after[0].lower().endswith("ing") and after[0].islower():
        return False  # "responded by sidestepping": a manner, no agent
    if any(t.lower() in _BY_MEANS for t in after[:2]):
        return False  # "sent by text message", "delivered by courier": the means, no agent
    return not any(t[:1].isdigit() or t[:1] in "$£€" or t.lower() in _MEASURE_WORDS for t in after[:3])


#: The pasts of verbs that take no object: after them "by" opens the means or the way ("arrived by text message").
_INTRANSITIVE_PASTS = frozenset({"arrived", "come", "came", "died", "happened", "occurred", "emerged", "surfaced",
                                 "gone", "went", "returned", "resigned", "quit", "collapsed", "exploded"})
#: Nouns of the means after "by" ("by text message", "by phone", "by courier"): no agent.
_BY_MEANS = frozenset({"text", "phone", "telephone", "email", "e-mail", "letter", "post", "mail", "courier", "fax",
                       "video", "videolink", "satellite", "road", "rail", "air", "sea", "ship", "truck", "hand"})


@functools.lru_cache(maxsize=1)
def past_participles() -> frozenset[str]:
    """The past participles of the verb list ("announced", "led", "hit", "held")."""
    import csv

    with VERBS_PATH.open(encoding="utf-8") as fh:
        return frozenset(r["participle"].strip().lower() for r in csv.DictReader(fh) if r["participle"].strip())


@functools.lru_cache(maxsize=1)
def past_of_participles() -> dict[str, str]:
    """The past of each past participle of the event verbs and of the common verbs of news copy ("sold": "sold",
    "taken": "took", "begun": "began"): what "had" and a participle become once a reported clause's tense is undone."""
    import csv

    pasts: dict[str, str] = {}
    for path in (VERBS_PATH, LABEL_VERBS_PATH):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                participle, past = row["participle"].strip().lower(), row["past"].strip().lower()
                if participle and past:
                    pasts.setdefault(participle, past)
    return pasts


#: Heads of a noun phrase whose number is that of the noun after "of" ("most of his rivals call", "tens of thousands
#: of people rally").
QUANTITY_HEADS = frozenset("one two three four five six seven eight nine ten some most all many none half part rest "
                            "majority minority number lot lots tens dozens hundreds thousands millions plenty share "
                            "percent each any several few both".split())


def set_to(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether ``k`` is the "set" of "is set to <verb>" ("Keel is set to name a chairman"): a future, not the
    verb "set" ("sets to name")."""
    return (tokens[k][0].lower() == "set" and k > 0 and tokens[k - 1][0].lower() in BE and k + 1 < len(tokens)
            and tokens[k + 1][0].lower() == "to")


def after_be(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the bare verb form at ``k`` follows a form of "be" (adverbs between): an adjective, not a verb
    ("are also lower", "was flat", "will be close")."""
    forms = verb_forms()
    t = tokens[k][0].lower()
    if t not in forms or t != forms[t].lemma or t in same_past():
        return False  # "were hit by the floods": a participle that looks bare
    m = k - 1
    while m >= 0 and tokens[m][0].lower() in ADVERBS | {"not", "now", "still", "slightly", "much", "far", "sharply"}:
        m -= 1
    return m >= 0 and tokens[m][0].lower() in BE


#: Irregular pasts and their bare forms (a past that is its own bare form, "cut", "hit", "put", is left alone).
_IRREGULAR_LEMMA = dict(p.split(":") for p in (
    "went:go came:come became:become began:begin took:take made:make left:leave gave:give got:get broke:break ran:run "
    "led:lead met:meet won:win held:hold kept:keep built:build spent:spend paid:pay sent:send brought:bring grew:grow "
    "fell:fall rose:rise sold:sell bought:buy lost:lose told:tell saw:see said:say stood:stand struck:strike "
    "wrote:write found:find thought:think knew:know chose:choose drew:draw flew:fly spoke:speak sat:sit sought:seek "
    "taught:teach caught:catch fought:fight wore:wear drove:drive rode:ride threw:throw").split())


def _regular_lemma(past: str) -> str | None:
    """The bare form of a regular past in -ed when its spelling tells it ("planned" -> "plan", "stated" -> "state",
    "claimed" -> "claim", "carried" -> "carry"); None when it does not ("noted"/"visited", "examined"/"declined")."""
    if not past.endswith("ed") or len(past) < 5 or not past.isalpha():
        return None
    stem = past[:-2]
    if past.endswith("ied"):
        return past[:-3] + "y"
    if stem.endswith(("ss", "sh", "ch", "x", "zz", "ll", "ff", "w", "y")):
        return stem
    if stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
        return stem[:-1]  # "planned", "stopped", "admitted"
    if stem.endswith(("s", "z", "v", "c", "u", "g")):
        return stem + "e"  # "released", "organized", "moved", "forced", "argued", "charged"
    vowels = "aeiou"
    last, before = stem[-1], stem[-2]
    if before in vowels and stem[-3:-2] in tuple(vowels) and stem[-4:-2] != "qu":
        return "create" if stem == "creat" else stem  # "claimed", "treated", "appeared"
    if before not in vowels:
        if last == "l" and before != "l" and before not in "r":
            return stem + "e"  # "tackled", "settled"
        return stem  # "started", "asked", "returned"
    if stem.endswith(("er", "en", "el", "ion")):
        return stem  # "entered", "opened", "traveled", "questioned"
    rules = {"t": "auo", "d": "aiou", "r": "aiu", "l": "aiu", "m": "aiou", "k": "aiou", "p": "aiu", "b": "aiou"}
    if last == "t" and before == "o" and len(stem) > 4 and not stem.endswith("mot"):
        return None  # "voted", "quoted", "promoted"; not "parroted", "pivoted"
    if last in rules and before in rules[last]:
        return stem + "e"  # "stated", "voted", "decided", "declared", "retired", "named", "liked", "described"
    return None


def _present_of(past: str, plural: bool) -> str | None:
    """The present of a past verb ("announced" -> "announces", plural "announce"); None when unsure."""
    low = past.lower()
    forms = verb_forms()
    if low in forms and low != forms[low].lemma and low != forms[low].third:
        lemma, third = forms[low].lemma, forms[low].third
    else:
        lemma = _IRREGULAR_LEMMA.get(low) or _regular_lemma(low)
        if lemma is None or lemma == low:
            return None
        third = (lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou")
                 else lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else lemma + "s")
        third = {"be": "is", "have": "has"}.get(lemma, third)
    return lemma if plural else third


def present_of_past(past: str, plural: bool) -> str | None:
    """The present of a past verb ("grew" -> "grows", plural "grow"; "accounted" -> "accounts"); None when unsure."""
    return _present_of(past, plural)


#: Irregular past participles in -en/-wn that are no simple past ("taken", "thrown", "shown").
_PAST_PARTICIPLES = frozenset("taken given written driven broken chosen spoken stolen forgotten hidden beaten eaten "
                              "fallen risen shaken woken sworn torn worn thrown shown known grown drawn blown flown "
                              "withdrawn overthrown overtaken undertaken".split())


#: What may open the subject of a fallback label in the past: a determiner before a short noun phrase, or a pronoun.
_PAST_DETERMINERS = ("The", "A", "An", "His", "Her", "Its", "Their", "This", "That")


_PAST_PRONOUNS = ("He", "She", "It", "They", "We", "I")


_NOT_SUBJECT_OPENERS = frozenset("as when who if while because although though since after before once until no not "
                                 "what where why how whether but and or so yet".split())


def _past_word(word: str) -> bool:
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _IRREGULAR_LEMMA)


def present_clause(label: str, sentence: str = "") -> str:
    """``label`` with the past verb after its subject in the present ("Orvane burned 74 million pounds" -> "Orvane
    burns 74 million pounds", "They checked" -> "They check"): the subject is a pronoun, a run of capitalised words
    or a determiner and up to three words, an adverb may stand before the verb ("The group also raised"). Unchanged
    when the word is no past or its bare form is unsure, the subject opens on a conjunction ("As Vell campaigned"),
    or the verb is a participle ("A survey conducted by ...", "The report published showed ...")."""
    words = label.split()
    if len(words) < 2 or words[0].lower() in _NOT_SUBJECT_OPENERS | AUX | MODALS | RELATIVE | QUANTITY_HEADS \
            | {"those", "these"}:
        return label
    if words[0] in _PAST_PRONOUNS:
        spans = [1]
    elif words[0] in _PAST_DETERMINERS:
        spans = list(range(2, min(5, len(words))))
    else:
        spans = list(range(1, min(5, len(words))))
    for n in spans:
        subject = words[:n]
        if words[0] not in _PAST_DETERMINERS + _PAST_PRONOUNS and not all(
                w[:1].isupper() or (w in ("of", "de") and 0 < i < n - 1) or (w in _SHARE_HEADS and 0 < i == n - 1)
                for i, w in enumerate(subject)):
            break  # a name is a run of capitalised words
        if any(w.lower() in PHRASE_OPENERS | DETERMINERS | AUX | MODALS | (PRONOUNS - {"it"}) or not w[:1].isalnum()
               or w.endswith(("n't", "n’t"))
               for w in subject[1:]) or subject[-1].endswith(","):
            break
        if subject[-1].endswith(("'s", "’s")):
            continue  # "Clinton's complicated relationship": a possessive is followed by its noun, not by the verb
        p = n + 1 if n + 1 < len(words) and words[n].lower() in ADVERBS else n
        perfect = p + 2 < len(words) and words[p] in ("had", "has", "have") and words[p + 1] == "been"
        if perfect or (p + 1 < len(words) and words[p] in ("was", "were")):
            # "Lumo Air was privatised", "The votes were not counted", "Service had been restored": the passive in the
            # present
            q = p + 2 if perfect else p + 1
            while q + 1 < len(words) and (words[q] in ADVERBS | {"not", "never"} or words[q].endswith("ly") and len(words[q]) > 4):
                q += 1
            if _past_word(words[q]) or words[q] in past_participles() | IRREGULAR_PAST or words[q].endswith(("en", "wn")) \
                    and words[q] in _PAST_PARTICIPLES or (words[q] in _LEVEL_WORDS and q == p + 1 and not perfect):
                # "Aldgate shares were down 5.2%": a level, as of the day, in the present as well
                if perfect and (not (_past_word(words[q]) or words[q] in past_participles() | _PAST_PARTICIPLES)
                                or (words[q] in _PLANNED and words[q + 1:q + 2] == ["to"])):
                    return label  # "had been a drag": no passive; "had been set to expire": a plan since dropped
                plural = words[p] == "were" or words[p] == "have" or (words[p] == "had" and n > 0 and (
                    subject[-1].lower() in PLURALS or (subject[-1].endswith("s") and not subject[-1].endswith(("ss", "us", "'s", "’s")))))
                be = "am" if words[:p] == ["I"] else "are" if plural else "is"
                return " ".join(words[:p] + [be] + words[p + (2 if perfect else 1):])
            return label
        if p >= len(words) or not _past_word(words[p]):
            continue
        verb = words[p]
        after = words[p + 1:]
        if sentence and _finite_later(sentence, words[p - 1], verb):
            return label  # "The activist wanted for questioning in the shooting may have fled": a participle
        if after and after[0].lower() in ("by", "that", "to") and not (verb in _IRREGULAR_LEMMA and after[0] != "by"):
            return label  # "A survey conducted by ...": a participle, or unsure
        if after and (_past_word(after[0]) or after[0].lower() in POSTMODIFIER_PREPS | {"between", "across", "into"}):
            for q, w in enumerate(after[1:8], 1):
                if w.endswith((",", ";")) or not w[:1].isalnum():
                    break
                if _past_word(w) and after[q - 1][:1].isupper() or q == 1 and _past_word(after[0]):
                    return label  # "The counties sandwiched between X formed", "The report published showed"
        if words[0] not in _PAST_DETERMINERS + _PAST_PRONOUNS and n == 1 and subject[0].endswith("s") \
                and not subject[0].endswith(("ss", "us", "’s", "'s")):
            return label  # "Officials studied", "Churches traveled": a plural noun or a surname in -s, number unsure
        head = subject[-1].lower()
        plural = words[0] in ("They", "We", "I") or (words[0] in _PAST_DETERMINERS and head.endswith("s") and not head.endswith(
            ("ss", "us", "’s", "'s") + SINGULAR_IN_S)) or head in PLURALS
        present = _present_of(verb, plural)
        if present is None:
            return label
        rest = " ".join(after)
        return " ".join(words[:p] + [present] + ([rest if plural else present_after_and(rest)] if after else []))
    return label


#: A second past after "and" that opens a verb phrase of its own ("bowed deeply and apologised", "and raised its
#: forecast"), not an adjective before its noun ("and related costs").
_AND_PAST = re.compile(r"(\band\s+)([a-z]{3,}ed)(?=$|[.,;]|\s+(?:the|a|an|its|his|her|their|to|at|on|in|for|with|by|\d))")


#: Participles of a plan before "to" ("had been set to expire", "had been scheduled to vote").
_PLANNED = frozenset({"set", "scheduled", "due", "expected", "slated", "planned", "supposed", "meant", "poised"})


#: A name's stock after it, the head of a subject ("Aldgate shares were down").
_SHARE_HEADS = frozenset({"shares", "stock", "stocks"})


#: Words of a price's level after "was"/"were" ("were down 5.2%", "was higher").
_LEVEL_WORDS = frozenset({"down", "up", "higher", "lower", "flat", "unchanged", "off"})


def present_after_and(text: str) -> str:
    """``text`` (what follows a singular subject's verb, put in the present) with a second past after "and" in the
    present too: "deeply and apologised" -> "deeply and apologises"."""
    return _AND_PAST.sub(lambda m: m.group(1) + third_person_of_past(m.group(2)), text)


#: Words that open a clause of their own after a verb: an auxiliary after them belongs to that clause.
CLAUSE_AFTER = frozenset("that which who whom whose when where while because if as and but or so though although "
                          "until before after since than whether".split())


def _finite_later(sentence: str, before: str, verb: str) -> bool:
    """Whether the past form ``verb`` (after the word ``before``) is a participle of a noun phrase in ``sentence``: a
    preposition follows it, not an object, and then a modal or a finite auxiliary in the same clause, before any comma
    or word that opens a clause of its own ("The activist wanted for questioning in the shooting may have fled")."""
    at = sentence.find(f"{before} {verb} ")
    rest = sentence[at + len(before) + len(verb) + 2:].split() if at >= 0 else []
    if not rest or rest[0].lower() not in POSTMODIFIER_PREPS:
        return False  # an object after the verb ("announced it would slash"): a finite verb, its object a clause
    for word in rest:
        low = word.lower().strip("“”\"'")
        if low in CLAUSE_AFTER or not word[:1].isalnum():
            return False
        if low in MODALS | {"has", "have", "is", "are", "was", "were"}:
            return True
        if word[-1:] in ",;:.!?)—":
            return False
    return False


#: Words that open a phrase: a label cut short ends before one of them, never inside the phrase it opens.
PHRASE_OPENERS = frozenset(
    "to in on at for from with by after before since as and but or while which who whom whose that when where "
    "what because although though than of about into over under during until against between".split())


@functools.lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Words a date or a time is written with: the TIMEX lexicon's months, weekdays, seasons, parts of the day, units
    (and their plurals), ordinals, holidays and vague references, and the adverbs and nouns of time around them."""
    words: set[str] = set()
    for part in ("months", "weekdays", "seasons", "parts_of_day", "ordinals", "vague_refs", "fixed_holidays",
                 "easter_holidays", "floating_holidays", "numbers"):  # (a year in words: "nineteen ninety-six")
        for phrase in LEX[part]:
            words.update(phrase.lower().replace("-", " ").split())
    words.update(LEX["units"])
    words.update(unit + "s" for unit in LEX["units"])
    words.update("today yesterday tomorrow tonight ago earlier later last next past since until till early late "
                 "start end beginning middle half noon midday midnight lunchtime daybreak nightfall eve dawn dusk o'clock o’clock am pm a.m. p.m.".split())
    return frozenset(words - {"the", "a", "an", "in", "at", "of", "to", "one"})


def holds_no_time(span: str) -> bool:
    """Whether ``span`` holds no figure and no word of time: no date, but a word of its clause that dates it (a
    release's "revenue" or "Agency said", told on the report's day)."""
    if not span.strip() or any(c.isdigit() for c in span):
        return False
    return not any(w.lower() in _time_words() for w in re.findall(r"[A-Za-z][A-Za-z.'’]*", span.replace("-", " ")))
