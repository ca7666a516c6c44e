"""Lines of an English article written in another language: a German or Dutch site's menu, cookie notice or
"read also" links, a French headline quoted as it ran. German capitalises every noun and web furniture capitalises
its labels, so a capitalised word there ("Thema", "Regen", "Instellingen") is no evidence of a name.

A line is foreign when it has at least two function words of German, Dutch, French, Spanish, Italian or Portuguese
(:data:`FOREIGN_FUNCTION_WORDS`, lower case; only words that are not also English words or name particles: no
"die", "was", "an", "de", "van", "la") and no more English function words (:data:`ENGLISH_FUNCTION_WORDS`) than
foreign ones."""
from __future__ import annotations

import re

# the commonest articles, pronouns, prepositions, conjunctions and auxiliaries of six European languages, without
# those that are English words too ("die", "was", "will", "also", "den", "con", "per", "pour", "plus", "met", "so")
# or particles of names ("de", "del", "la", "le", "van", "von", "da", "do", "dos", "di", "du", "des", "el")
FOREIGN_FUNCTION_WORDS = frozenset({
    # German
    "der", "und", "nicht", "wir", "ich", "ist", "mit", "vom", "zum", "zur", "für", "auf", "dem", "ein", "eine",
    "einen", "einem", "einer", "wann", "wie", "sie", "sind", "oder", "aber", "auch", "bei", "aus", "über", "uns",
    "unser", "unsere", "nur", "noch", "schon", "sich", "dass", "werden", "wird", "wurde", "kein", "keine",
    "niemanden", "jeden", "jede", "diese", "dieser", "mehr", "im", "ihre", "haben", "nach", "wo", "warum",
    # Dutch
    "het", "een", "niet", "wij", "ik", "ook", "voor", "naar", "maar", "wat", "deze", "onze", "uw", "bij", "ons",
    "door", "worden", "wordt", "heeft", "zijn", "hebben", "je", "zich", "geen", "nog", "dit", "verder", "alle",
    "waar", "hoe",
    # French
    "les", "et", "une", "est", "pas", "nous", "vous", "avec", "dans", "sur", "aux", "cette", "sont", "mais",
    "leur", "nos", "votre", "au", "il", "elle", "ils", "qui", "que", "ce", "ces", "très", "être", "été", "selon",
    # Spanish, Italian, Portuguese
    "los", "las", "y", "por", "para", "una", "es", "muy", "pero", "sus", "della", "che", "gli", "nel", "dei",
    "delle", "uma", "não", "os", "mais",
    # (round 33) Spanish "lo", "en", "más", "quien"; Portuguese "pela"/"pelo" (by the), "com" (with), "em" (in),
    # "ao"/"aos" (to the), "foi" (was), "são" (are), "também" (also); Italian "nella", "sulla", "sono", "anche",
    # "questo", "questa"
    "lo", "en", "más", "mas", "quien", "quién", "según", "también", "desde", "pela", "pelo", "pelas", "pelos",
    "com", "em", "ao", "aos", "foi", "são", "também", "nella", "sulla", "sono", "anche", "questo", "questa",
})
ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "and", "for", "on", "at", "with", "by", "from", "is", "are", "was", "were",
    "has", "have", "had", "that", "this", "it", "its", "our", "your", "their", "will", "would", "not", "but", "or",
    "as", "be", "been", "said", "up", "also", "he", "she", "they", "we", "you", "i", "his", "her", "after", "than",
    "about", "into", "over", "which", "who", "what", "when", "how", "can", "could", "more", "most", "read", "sign",
})
_WORD_RE = re.compile(r"[^\W\d_]+")
# a web or mail address ("quist.com", "www.quist.com.br/news"): its "com" is no Portuguese "with"
_WEB_ADDRESS_RE = re.compile(r"\S+\.(?:com|net|org)\b\S*")
# a word opening the line, a sentence, a label's text or a quotation counts in lower case ("Mehr zum Thema:",
# "Newsletter: Jeden Morgen ...", "[Cookie-Hinweis: Wir verwenden ...]"); elsewhere a capitalised word is a name
_STRIP = ".,;:!?\"'“”„«»()[]|-"
_OPENERS = frozenset('.!?:;|[("“„«»-')


def _lower_case_words(line: str) -> list[str]:
    """The words of `line` written in lower case, and the capitalised ones (not those in capitals) that open the line,
    a sentence, a label's text or a quotation, lower-cased."""
    out: list[str] = []
    last = -1
    for m in _WORD_RE.finditer(line):
        word = m.group()
        gap = line[max(last, 0):m.start()].strip(" \t")
        first = last < 0
        last = m.end()
        if word.islower():
            out.append(word)
        elif word[:1].isupper() and word[1:].islower() and (gap[-1:] in _OPENERS if gap else first):
            out.append(word.lower())
    return out


def foreign_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the lines of `text` written in another language than English (see the module)."""
    out: list[tuple[int, int]] = []
    if len(FOREIGN_FUNCTION_WORDS.intersection(w.strip(_STRIP) for w in text.lower().split())) < 2:
        return out  # (most articles: no line can be foreign)
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            words = _lower_case_words(_WEB_ADDRESS_RE.sub(" ", line))
            foreign = sum(1 for w in words if w in FOREIGN_FUNCTION_WORDS)
            if foreign >= 2 and foreign >= sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS):
                out.append((pos, end))
        pos = end + 1
    return out
