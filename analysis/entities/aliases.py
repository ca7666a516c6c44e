"""Alias merging: within one document (surnames, short forms, acronyms, tickers, descriptors) and across
documents (`link_entities`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.corpus.provenance import media_words
from analysis.entities.catalog import Lexicon, catalog_company, company_for_ticker, get_lexicon, norm_key, \
    strip_legal_suffix
from analysis.lexicon import load_catalog

_ACRONYM_TERM_RE = re.compile(r"^[A-Z]{2,6}$")
_TICKER_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,9}(?:[.-][A-Z]{1,4})?$")
DOMINANT_SHARE = 0.75  # a short name goes to the person holding this share of the mentions of its candidates
_INITIAL_SKIP = frozenset({"of", "and", "the", "for", "&", "de", "du", "des", "der", "y", "et"})


def initials(words: list[str]) -> str:
    """'Federal Deposit Insurance Corporation' -> 'FDIC' (function words skipped, hyphen parts counted)."""
    out = []
    for word in words:
        if word.lower() in _INITIAL_SKIP:
            continue
        for part in word.split("-"):
            if part and part[0].isalpha():
                out.append(part[0].upper())
    return "".join(out)


def initials_keep_caps(words: list[str]) -> str:
    """'BE Semiconductor Industries' -> 'BESI': an all-caps word gives all its letters."""
    return "".join(w if w.isupper() and w.isalpha() else w[0].upper() for w in words
                   if w.lower() not in _INITIAL_SKIP and w[:1].isalpha())


def acronym_matches(short: str, words: list[str], lex: Lexicon) -> bool:
    """True when `short` (e.g. 'TSMC', 'SVB', 'AMD') spells the initials of `words`, legal suffix optional; an
    ampersand in `short` stands for the name's own ('J&Q' of 'Jarrow & Quist')."""
    if len(words) < 2:
        return False
    if "&" in short:
        return "&" in words and len(short.replace("&", "")) >= 2 and acronym_matches(short.replace("&", ""), words, lex)
    if initials(words) == short or (len(short) >= 3 and initials_keep_caps(words) == short):
        return True
    if len(short) >= 3 and "and" in words[2:] and initials(words[:words.index("and")]) == short:
        return True  # "Centers for Quist Control and Prevention" is "CQC": the acronym of the name before "and"
    return short in trimmed_initials(words, lex)


def trimmed_initials(words: list[str], lex: Lexicon) -> list[str]:
    """The initials of ``words`` without the legal suffixes that close it ("Quist Zorbo Bank Plc": "QZB"), then
    without the business nouns before them too ("QZ"; "CN" for "Canadian National Railway Co", "GS" for "Goldman
    Sachs Group"): the short forms a company goes by, each of two words at least; first, the initials with a word
    joined of two business nouns counted as two words (:func:`_split_compound_heads`)."""
    out = []
    split = _split_compound_heads(words, lex)
    if split != words:
        out.append(initials(split))  # "JAL" of "Japan Airlines": "Airlines" read as "Air Lines"
    trimmed = list(words)
    while len(trimmed) > 2 and trimmed[-1].rstrip(".") in lex.legal_suffixes:
        trimmed.pop()
        out.append(initials(trimmed))
    while len(trimmed) > 2 and trimmed[-1] in lex.org_heads:
        trimmed.pop()
        out.append(initials(trimmed))
    return out


def _split_compound_heads(words: list[str], lex: Lexicon) -> list[str]:
    """``words`` with each word that joins two business nouns written as one split in two ("Airlines" -> "Air",
    "Lines": both are nouns of a company's name, and the pair is also written apart, "Air Lines"), where its
    initials give each noun a letter ("JAL" of "Japan Airlines"); a word no such join is kept."""
    out: list[str] = []
    for word in words:
        cut = next((k for k in range(3, len(word) - 2) if word[:k] in lex.org_heads
                    and word[k:].title() in lex.org_heads and word[k:].islower()), None)
        out.extend((word[:cut], word[cut:].title()) if cut is not None else (word,))
    return out


#: a short form in mixed case, its small letters standing for the small words of the name ("MoD", "DfE", "BoE")
MIXED_SHORT_RE = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
_MIXED_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


def mixed_short_form(short: str, words: list[str]) -> bool:
    """True when `short` is a short form in mixed case whose letters open the words of `words` in turn, a small
    letter a small word and a capital any other: 'MoD' of 'Ministry of Defence', 'DfE' of 'Department for
    Education' (the capitals alone, 'MD', would be no acronym of the name, whose initials skip 'of')."""
    if not (3 <= len(short) <= 6 and MIXED_SHORT_RE.fullmatch(short) and not short.isupper()) \
            or len(words) != len(short):
        return False
    return all(w[:1].casefold() == ch.casefold() and ch.islower() == (w in _MIXED_SMALL_WORDS)
               for ch, w in zip(short, words, strict=True))


def is_word_prefix(short: list[str], full: list[str]) -> bool:
    """True when `short` is a proper leading part of `full` ('Kurokawa Heavy' of 'Kurokawa Heavy Industries')."""
    return len(short) < len(full) and [w.lower() for w in full[:len(short)]] == [w.lower() for w in short]


_ARTICLE_RE = re.compile(r"^(?:al|el)-")


def unit_after_name(short: list[str], full: list[str], lex: Lexicon) -> bool:
    """True when ``full`` is the name of two words or more ``short`` followed by a word that names a unit of a group
    or a sister company (``unit_tails``: "Quist Garden Services" after "Quist Garden", "Quist Life Insurance"
    after "Quist Life"): another company, no full name of the shorter one. A one-word short name ("Quist" of "Quist
    Securities") is left to the other rules."""
    return 2 <= len(short) < len(full) and full[len(short)] in lex.unit_tails


def is_surname_of(short: list[str], full: list[str], lex: Lexicon) -> bool:
    """True when `short` is the family name of the person `full` ('De Vries' of 'Jan de Vries')."""
    if len(full) < 2 or len(short) >= len(full):
        return False
    tail = [w.lower() for w in full[-len(short):]]
    if tail != [w.lower() for w in short]:
        # "Quist" or "al-Quist" after "Omar al-Quist": the family name without or with its hyphenated article
        last, word = full[-1].lower(), short[0].lower()
        return len(short) == 1 and _ARTICLE_RE.sub("", last) == _ARTICLE_RE.sub("", word) != last
    if len(short) == 3 and short[1] in ("e", "y") and len(full) >= 4:
        return True  # "Quistaro e Zorba" of "Tiago Quistaro e Zorba": two family names joined, Iberian style
    return True if len(short) == 1 else short[0].lower() in lex.name_particles


def is_clipped_prefix(short: list[str], full: list[str]) -> bool:
    """True when `short` is the leading words of `full` with its last word clipped ('Sun Pharma' of 'Sun
    Pharmaceutical Industries', 'Quist Petro' of 'Quist Petroleum'): two words or more, the clipped word of at
    least five letters."""
    k = len(short)
    if k < 2 or k > len(full):
        return False
    head, last = [w.lower() for w in short[:-1]], short[-1].lower()
    return [w.lower() for w in full[:k - 1]] == head and (len(last) >= 5 or _inner_capital_at(full[k - 1], len(last))) \
        and last.isalpha() and full[k - 1].lower().startswith(last) and len(full[k - 1]) > len(last)


def _inner_capital_at(word: str, n: int) -> bool:
    """True when ``word`` joins two words at letter ``n`` (at least four), the second written with a capital and
    four letters or more ("AeroSystems" at 4: "Spirit Aero" of "Spirit AeroSystems" keeps the first word)."""
    return n >= 4 and word[n:n + 1].isupper() and word[n + 1:].islower() and len(word) - n >= 4


_CLIP_MIN_CUT = 4  # letters a clipped last word leaves out at least ("Pharma" of "Pharmaceuticals")


def is_clipped_last_word(short: list[str], full: list[str]) -> bool:
    """True when `short` is `full` word for word but its last word, clipped by four letters or more of one word in
    lower case ("Quist Pharma" of "Quist Pharmaceuticals", "Zorbo Petro" of "Zorbo Petroleum") or at the capital of
    a word joined to it ("Quist Aero" of "Quist AeroWorks"): the same name. Not a
    word and its plural or derivative ("Girl Scout", "Committee" of "Committeeman") nor a word glued to another
    ("State" of "State-as-Nazism")."""
    if len(short) != len(full) or not is_clipped_prefix(short, full):
        return False
    cut = full[-1][len(short[-1]):]
    return len(cut) >= _CLIP_MIN_CUT and cut.isalpha() and (cut.islower() or _inner_capital_at(full[-1], len(short[-1])))


def is_clipped_skipping(short: list[str], full: list[str], lex: Lexicon) -> bool:
    """True when `short` is the first word of `full` and the clipped form of its last word, the words between left
    out ("Quist Tech" of "Quist Packaging Technologies Bhd", "Zorbo Pharma" of "Zorbo Life Pharmaceuticals"): two
    words, the clipped one of four letters or more, cut by four letters or more in lower case."""
    if len(short) != 2 or len(full) < 3 or short[0] != full[0]:
        return False
    rest = full[1:]
    while rest and rest[-1].rstrip(".") in lex.legal_suffixes:
        rest = rest[:-1]
    if len(rest) < 2:
        return False
    last, clip = rest[-1], short[1]
    cut = last[len(clip):]
    return len(clip) >= 4 and clip.isalpha() and last.startswith(clip) and len(cut) >= _CLIP_MIN_CUT \
        and cut.isalpha() and cut.islower()


def is_initialled_form(short: list[str], full: list[str]) -> bool:
    """True when `short` is `full` with its leading word(s) cut to their initials and the rest kept: 'AB Quistbrau'
    of 'Anders-Berg Quistbrau', 'QM Logistics' of 'Quist Motor Logistics' (two letters or more in capitals, at least
    one word kept)."""
    if len(short) < 2 or not (short[0].isalpha() and short[0].isupper() and 2 <= len(short[0]) <= 5):
        return False
    rest = [w.lower() for w in short[1:]]
    full = strip_legal_suffix(" ".join(full)).split()  # "Anders-Berg Quistbrau SA/NV"
    k = len(full) - len(rest)
    return k >= 1 and [w.lower() for w in full[k:]] == rest and initials(full[:k]) == short[0] \
        and not any(w.isupper() for w in full[:k])


_CAMEL_PIECE_RE = re.compile(r"[A-Z][a-z]+")


def is_blend(short: str, full: list[str]) -> bool:
    """True when the one word `short` joins the starts of the words of `full` in capitals, the first three letters
    or more, the others two or more ('QuistMot' of 'Quistal Motors', 'ZorKem' of 'Zorbo Kemical Holdings'; the function
    words of the name skipped; not a surname's "Mc", "De", "Le"): a short name newsrooms coin for a long one."""
    pieces = _CAMEL_PIECE_RE.findall(short)
    if len(pieces) < 2 or "".join(pieces) != short:
        return False
    words = [w for w in full if w.lower() not in _INITIAL_SKIP]
    return len(words) >= len(pieces) and len(pieces[0]) >= 3 and all(
        len(p) >= 2 and w.lower().startswith(p.lower()) and len(w) > len(p) for p, w in zip(pieces, words))


_WORD_BLEND_RE = re.compile(r"[A-Z][a-z]{5,}")
_BLEND_MIN_FIRST, _BLEND_MIN_NEXT = 2, 3
_CODE_LETTERS = 4  # a name's leading code ("MMC", "PJSC") has no more letters  # letters kept of the name's first word, and of each word after it


def is_word_blend(short: str, full: list[str]) -> bool:
    """True when the one word `short`, written as one word ("Quistplat", not "QuistPlat"), joins the start of the
    first word of `full` (two letters or more) to the starts of one or more of its later words (three letters or
    more each, whole words too; function words and words skipped), perhaps with a plural "s" at its end:
    "Zorplats" of "Zorbo Platinum Holdings", "Quisnickel" of "MMC Quistilsk Nickel" (a leading code in capitals is
    no word of the blend), "Calquist" of "California Department of Quisting". A short name newsrooms and companies
    coin for a long one; never a word that is the name's first word, nor one word's start alone."""
    if not _WORD_BLEND_RE.fullmatch(short):
        return False
    words = [w.lower() for w in full if w.lower() not in _INITIAL_SKIP and w[:1].isupper()]
    if len(words) > 2 and full[0].isupper() and words[0] == full[0].lower():
        words = words[1:]  # "MMC Quistilsk Nickel": the code is no part of the blend
    return _joins_word_starts(short.lower(), words)


def _joins_word_starts(low: str, words: list[str]) -> bool:
    """True when ``low`` is the start of ``words[0]`` and the starts of some later words, in order (see
    :func:`is_word_blend`; all in lower case)."""
    if len(words) < 2 or not words[0].isalpha():
        return False

    def rest(pos: int, k: int) -> bool:
        """Can ``low[pos:]`` be made of the starts of ``words[k:]`` (in order, skipping some), with a final "s"?"""
        if pos == len(low) or low[pos:] == "s":
            return True
        return any(low.startswith(words[j][:n], pos) and _closing_piece(low, pos + n, n, words[j])
                   and rest(pos + n, j + 1) for j in range(k, len(words))
                   for n in range(min(len(words[j]), len(low) - pos), _BLEND_MIN_NEXT - 1, -1))

    first = words[0]
    return any(low.startswith(first[:n]) and rest(n, 1)
               for n in range(min(len(first) - 1, len(low) - _BLEND_MIN_NEXT), _BLEND_MIN_FIRST - 1, -1))


_BLEND_MIN_LAST = 4  # letters of the piece that closes a blend, unless it is a whole word ("Zorplats", "Quisnickel")


def _closing_piece(low: str, end: int, n: int, word: str) -> bool:
    """True unless the piece of ``n`` letters of ``word`` ending at ``end`` closes the blend ``low`` (with a plural
    "s" or not) as a short cut of a longer word: three letters there are a chance ("Embraer" is no blend of "Embry
    ... Aeronautical"), a whole word or four letters are not."""
    return not (end == len(low) or low[end:] == "s") or n >= _BLEND_MIN_LAST or n == len(word)


def is_char_prefix(short: str, full: str) -> bool:
    """'STMicro' of 'STMicroelectronics': a clipped one-word company name (at least 5 letters)."""
    return len(short) >= 5 and len(full) > len(short) + 2 and full.startswith(short) and " " not in full


def canonical_org_name(surfaces: list[str], lex: Lexicon, shorter: list[str] | None = None) -> str:
    """Display name of an organisation from its full surface forms: the lexicon's name, else the longest form
    without its legal suffix ('Alphabet Inc.' -> 'Alphabet'), else the catalog's name of a company one of its shorter
    forms (``shorter``, else ``surfaces``) names when the longest only adds words after it ("Boeing 737 MAX" beside
    "Boeing")."""
    spelled = {initials(w[1:] if w[0] in lex.demonyms or w[0] in lex.places else w)
               for w in (x.split() for x in surfaces) if len(w) >= 3}
    for surface in surfaces:
        known = lex.known_org_alias.get(surface) if surface not in spelled else None  # (not "FSA" of the text's
        # "Finnish Financial Services Authority": the lexicon's body of those initials is another)
        words = surface.split()
        if known is None and len(words) > 2 and words[0] in lex.places:
            known = lex.known_org_alias.get(" ".join(words[1:]))
        if known:
            return known
    best = max(surfaces, key=lambda s: (len(s.split()), len(s)))
    best = strip_legal_suffix(best).replace(" amp ", " & ")  # an "&amp;" whose markup was stripped
    if catalog_company(best) is None:
        # "Boeing 737 MAX", "Boeing Commercial Airplanes" beside "Boeing": the longest form is a product or a unit of
        # a company the catalog knows by a shorter form, and the company goes by that name
        for surface in sorted(shorter or surfaces, key=len, reverse=True):
            known = catalog_company(surface) if best.startswith(surface + " ") else None
            if known is not None:
                return known
    words = best.split()
    english = lex.name_word_translations.get(words[-1]) if len(words) > 1 else None
    if english is not None:
        # "Hannover Rück" is the company the English press and the catalog call "Hannover Re"
        known = catalog_company(" ".join([*words[:-1], english]))
        if known is not None:
            return known
    return best


# a body named after a company or a place, whose short form is not that first word: "Zorbo Employees Forum",
# "Zorbo Pilots Association", "Harwick Chamber of Commerce Council"
_BODY_TAILS = frozenset({"Forum", "Union", "Council", "Association", "Federation", "Committee", "Society", "Club"})
STAFF_WORDS = frozenset({"Employees", "Workers", "Staff", "Pilots", "Drivers", "Nurses", "Teachers", "Members",
                          "Shareholders", "Retirees", "Pensioners", "Miners", "Dockers", "Engineers"})


def named_after(body: list[str], word: str) -> bool:
    """True when `body` (three words or more) is a body named after its first word `word`: a union, forum or
    association of its staff or members."""
    return len(body) >= 3 and body[0] == word and (body[-1] in _BODY_TAILS or any(w in STAFF_WORDS for w in body[1:]))


# the head words of bodies named in a person's honour ("the Amos Quint Presidential Center", "the Kestrel Doyle
# Foundation"); a company named after its founder ("Benjamin Quint Savings Association") takes the founder's name
# as its short name, so commercial heads are left out
HONOUR_HEADS = frozenset({"Foundation", "Center", "Centre", "Library", "Museum", "Institute", "School", "College",
                          "University", "Memorial", "Hospital"})


def named_after_person(words: list[str], lex: Lexicon) -> bool:
    """True for a body named after a person: three words or more, a given name first, a head of `HONOUR_HEADS`
    last. The person's name (or given name) is no short form of it."""
    return len(words) >= 3 and words[0] in lex.given_names and words[0] not in lex.places \
        and words[-1] in HONOUR_HEADS


_EDITION_WORDS = frozenset({"evening", "morning", "weekly", "sunday", "business", "economic", "financial"})


def outlet_named_after(words: list[str], word: str) -> bool:
    """True when ``words`` name an outlet after ``word`` and media words alone ("Quistford Daily", "Zorbo Evening
    News"; compared without case, as link keys are written): a paper named after its town or region. The town alone is the place; such a paper is called by its full
    name or its media word ("the Daily"), not by the place's name."""
    media = {w.lower() for w in media_words()}
    low = [w.lower() for w in words]
    return len(low) >= 2 and low[0] == word.lower() and low[-1] in media \
        and all(w in media or w in _EDITION_WORDS for w in low[1:])


#: the abbreviations of the legal words that open companies' names in Spanish, Portuguese and French ("Cia Minera
#: Quist" is "Compania Minera Quist", "Cie Quist" is "Compagnie Quist")
_LEAD_ABBREVIATIONS = {"cia": "compania", "cie": "compagnie"}


def _link_key(name: str, kind: str) -> str:
    """Corpus key of one mention: people and organisations share one key space ("N:"), others keep their type."""
    if kind == "ORG":
        catalog = catalog_company(name) or (company_for_ticker(name) if name.isupper() else None)
        key = norm_key(strip_legal_suffix(catalog or name))
        first, _, rest = key.partition(" ")
        if rest and first in _LEAD_ABBREVIATIONS and not name.split()[0].isupper():  # (not "CIA Annex")
            key = _LEAD_ABBREVIATIONS[first] + " " + rest  # "Cia Minera Quist" beside "Compania Minera Quist"
        return "N:" + key
    if kind in ("PERSON", ""):  # "": a bare name its article could not type (a surname, see recognize.py)
        return "N:" + norm_key(name)
    if kind == "INDEX":  # "the Nikkei" in one article, "the Nikkei 225" in another: one index
        return "INDEX:" + index_names().get(norm_key(name), norm_key(name))
    return f"{kind}:{norm_key(name)}"


@lru_cache(maxsize=1)
def index_names() -> dict[str, str]:
    """Every spelling of an index in the alias catalog (``data/entities.csv``: "Nikkei", "Nikkei share average",
    "Hang Seng Index", "the Nasdaq"), normalised, with and without "the" and "index" -> the normalised name of its
    index ("nikkei 225", "hang seng", "nasdaq composite"): the short and long names a reader takes for one index."""
    catalog = load_catalog()
    out: dict[str, str] = {}
    for name, kind, spellings in zip(catalog["name"], catalog["type"], catalog["aliases"]):
        if kind == "INDEX":
            for spelling in (name, *spellings):
                key = norm_key(spelling)
                out.setdefault(key, norm_key(name))
                # also without the article or the word "index" a catalog spelling carries ("the Nasdaq", "KBW
                # Bank Index"): a name is written with them or without
                bare = key.removeprefix("the ").removesuffix(" index")
                if bare and bare != key:
                    out.setdefault(bare, norm_key(name))
    return out


def _dominant(counts: Counter[str] | None) -> str | None:
    """The key that holds at least 3/4 of the mentions in `counts` (None if none does or `counts` is empty)."""
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= DOMINANT_SHARE * sum(counts.values()) else None


_GENERATION_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_GENERATION_KEYS = frozenset(s.lower() for s in _GENERATION_SUFFIXES)


def _short_form_remap(keys: list[str], kinds: list[str], names: list[str],
                      weights: list[int] | None = None, surfaces: list[str] | None = None,
                      stems: dict[str, str] | None = None) -> dict[str, str]:
    """One-word keys that are the surname of one person across the corpus ('Powell' -> 'Jerome Powell'; with
    several, the one holding 3/4 of their mentions: 'Trump' -> 'Donald Trump' beside 'Ivanka Trump'), else the
    first word of exactly one organisation ('Kurokawa' -> 'Kurokawa Heavy Industries'), else the given name of
    one dominant person ('Elian' -> 'Elian Gonzalez'). A company named in full somewhere ('Mitsubishi Corp', or
    a catalog company) is its own entity, never a short form. A word that is the stem of a group the corpus
    names (``stems``, :func:`_group_stems`: "Quist" of "China Quist Group") is that group before any longer name
    it opens ("Quist Property Services", one of its units). ``weights``: how many mentions each entry stands
    for (default one)."""
    catalog = get_lexicon().catalog_names
    weights = weights if weights is not None else [1] * len(keys)
    full_names: set[str] = set()
    person_last: dict[str, Counter[str]] = defaultdict(Counter)
    person_first: dict[str, Counter[str]] = defaultdict(Counter)
    org_full: dict[str, set[str]] = defaultdict(set)
    surfaces = surfaces if surfaces is not None else names
    org_alone: Counter[str] = Counter()  # one-word keys: mentions their own articles type as an organisation
    full_weight: Counter[str] = Counter()
    org_weight: Counter[str] = Counter()  # mentions some article types as an organisation, by key
    org_names: dict[str, set[str]] = defaultdict(set)  # the names written for each organisation's key
    for key, kind, name, weight, surface in zip(keys, kinds, names, weights, surfaces):
        if not key.startswith("N:"):
            continue
        full_weight[key] += weight
        if kind == "ORG":
            org_weight[key] += weight
            org_names[key].add(name)
        parts = key[2:].split()
        if len(parts) < 2:
            if kind == "ORG":
                org_alone[key] += weight
            # the name is written without its legal suffix ("Quist" for "Quist Corp"): the surface keeps it, and a
            # parent named in full is no short form of its unit ("Quist Corp" beside "Quist Logistics")
            if kind == "ORG" and (strip_legal_suffix(name) != name or strip_legal_suffix(surface) != surface
                                  or key[2:] in catalog):
                full_names.add(key)
            continue
        if kind == "PERSON":
            person_last[parts[-1]][key] += weight
            person_first[parts[0]][key] += weight
        elif kind == "ORG" and not (len(parts) >= 3 and any(w in STAFF_WORDS for w in name.split()[1:])) \
                and not named_after_person(name.split(), get_lexicon()):
            org_full[parts[0]].add(key)  # (not "Zorbo Employees Forum" for "Zorbo": a body of its staff; nor
            # "Eric Doyle Foundation" for "Eric": a body named after a person)
    remap: dict[str, str] = {}
    for first, orgs in org_full.items():
        # "Quist-ZB" beside "Quist-Zorbo Bank": the first word kept and the rest cut to its initials is the same
        # company's short name, no second company of that first word
        for key in [k for k in orgs if len(k[2:].split()) == 2]:
            cut = key[2:].split()[1]
            fulls = [o for o in orgs if o != key and cut in _tail_initials(o, org_names.get(o, ()))]
            if len(fulls) == 1 and len(cut) >= 2:
                remap[key] = fulls[0]
                orgs.discard(key)
    key_set = set(keys)
    people = {k for k, kind in zip(keys, kinds) if kind == "PERSON" and k.startswith("N:")}
    for key in people:  # "Jane Q. Roe" (or "Jane Q. Roe Jr.") is "Jane Roe" when the corpus writes both
        parts = key[2:].split()
        if len(parts) > 3 and parts[-1] in _GENERATION_KEYS:
            parts = parts[:-1]
        if len(parts) > 2 and all(len(p) == 1 for p in parts[1:-1]):
            short = "N:" + " ".join((parts[0], parts[-1]))
            if short in people:
                remap[key] = short
                person_last[parts[-1]][short] += person_last[parts[-1]].pop(key, 0)
    for key in set(keys):
        if key in remap:
            continue
        base = key[2:]
        if not key.startswith("N:") or " " in base or len(base) < 3 or key in full_names:
            continue
        people, orgs = person_last.get(base), org_full.get(base, set())
        if "PLACE:" + base in key_set and orgs and all(outlet_named_after(k[2:].split(), base) for k in orgs):
            remap[key] = "PLACE:" + base  # "Quistford" beside "Quistford Daily" and "in Quistford": the town
            continue
        if stems and base in stems and org_alone[key] >= sum((people or {}).values()) \
                and not person_first.get(base):  # (not "Tamsin" beside "Tamsin Holdings" and "Tamsin Vorle")
            remap[key] = stems[base]  # "Quist" beside "China Quist Group" and "Quist Property Services": the group
            continue
        target = _dominant(people)
        if target is not None and org_alone[key] >= 5 * full_weight[target] \
                and "N:" + target[2:].rsplit(" ", 1)[0] in org_weight:
            # "Facebook" typed an organisation in article after article (five times the mentions of the longer
            # name at least), beside one article's "Telemundo Facebook" (an organisation's name joined to it) read
            # as a person: the company, no surname of that one name
            target = None
            people = None
        if target is None and not people and len(orgs) == 1:
            target = next(iter(orgs))
        if target is None and not people and not orgs and org_alone[key]:
            target = _blend_target(base, org_full)  # "Zorplats" in one article, "Zorbo Platinum" in others
        if target is None and not people and not orgs:
            target = _dominant(person_first.get(base))
            if target is not None and org_alone[key] >= 5 * full_weight[target]:
                # "Quistup" typed an organisation alone in article after article, beside one article's "Quistup
                # Ready" guessed a person's name: no given name of that one name (as "Facebook" above)
                target = None
        elif target is None and person_first.get(base):
            # "Hillary" beside thousands of "Hillary Clinton", one "Hillary PAC" and one "Crooked Hillary": the
            # given name of the person holding 3/4 of the mentions of every name it opens or ends, organisations'
            # included
            either = Counter(person_first[base])
            either.update(people or {})
            either.update({o: full_weight[o] for o in orgs})
            top = _dominant(either)
            target = top if top in person_first[base] else None
        if target is not None:
            remap[key] = target
    return remap


def _tail_initials(key: str, names: set[str] | tuple[str, ...]) -> set[str]:
    """The initials (lower case) of the words after the first of an organisation of three words or more, from its
    link key and from the names written for it: "Quist Financial Group", whose key the catalog may cut to "quist
    financial", is cut to "fg" either way ("Quist FG")."""
    out = set()
    for words in [key[2:].split(), *(norm_key(n).split() for n in names)]:
        if len(words) > 2:
            out.add("".join(w[0] for w in words[1:]))
    return out




def _familiar_to_formal(keys: list[str], kinds: list[str], names: list[str]) -> dict[str, str]:
    """Person keys whose given name is a familiar form of another person's given name of the corpus with the same
    other words (``given_name_short_forms``: "Dick Quist" beside "Richard Quist", "Tim Zorbo" beside "Timothy
    Zorbo"): the same person, as a reader takes the nickname once the corpus gives the full name (key -> the
    formal name's key; none where two formal names fit: "Steve Quist" beside "Steven Quist" and "Stephen Quist")."""
    short_forms = get_lexicon().given_name_short_forms
    people: dict[str, str] = {}
    for key, kind, name in zip(keys, kinds, names):
        if kind == "PERSON" and key.startswith("N:") and len(name.split()) >= 2:
            people.setdefault(key, name)
    by_rest: dict[tuple[str, ...], dict[str, str]] = defaultdict(dict)
    for key, name in people.items():
        words = name.split()
        # (the same person with a middle initial or a generational suffix or without: "Timothy F. Zorbo Jr." beside
        # "Tim Zorbo")
        by_rest[tuple(norm_key(w) for w in words[1:] if len(w.rstrip(".")) > 1
                      and w.rstrip(".,") not in _GENERATION_SUFFIXES)][words[0]] = key
    out: dict[str, str] = {}
    for forms in by_rest.values():
        for given, key in forms.items():
            formal = [forms[f] for f in short_forms.get(given, ()) if f in forms]
            if len(formal) == 1:
                out[key] = formal[0]
    return out


def _blend_target(word: str, org_full: dict[str, set[str]]) -> str | None:
    """The one organisation of two words or more (``org_full``: keys by first word, lower case) whose name `word`
    is a blend of (:func:`is_word_blend`: "Zorplats" of "Zorbo Platinum Holdings"), or None (none, or several
    organisations that are not one name with and without its last words)."""
    low = word.lower()
    if len(low) < 6 or not low.isalpha():
        return None
    found = sorted({key for first, keys in org_full.items() if first[:2] == low[:2] or len(first) <= _CODE_LETTERS
                    for key in keys if _key_blend(low, key[2:].split())}, key=len)
    bare = sorted({_without_code(k) for k in found}, key=len)
    if bare and all(k.startswith(bare[0] + " ") for k in bare[1:]):
        # "Zorbo Platinum" beside "Zorbo Platinum Holdings", "MMC Quistilsk Nickel" beside "Quistilsk Nickel": one
        # company, which linking merges
        return bare[0] if bare[0] in found else found[0]
    return None


def _without_code(key: str) -> str:
    """A corpus key without a leading code of a name of three words or more ("N:mmc quistilsk nickel" ->
    "N:quistilsk nickel")."""
    words = key[2:].split()
    if len(words) > 2 and len(words[0]) <= _CODE_LETTERS:
        return "N:" + " ".join(words[1:])
    return key


def _key_blend(low: str, words: list[str]) -> bool:
    """:func:`is_word_blend` on a corpus key (lower case): a short first word may be the name's code ("mmc")."""
    words = [w for w in words if w not in _INITIAL_SKIP]
    return _joins_word_starts(low, words) or len(words) > 2 and len(words[0]) <= _CODE_LETTERS \
        and _joins_word_starts(low, words[1:])


# the last words of a bank holding company, a company that owns a bank and nothing else ("X Bancorp" owns "X Bank",
# "X Banking Group" owns "X Bank"); a group ("X Group", "X Holdings", "X Financial") has other units, and its bank is
# named apart
_HOLDING_TAILS = ("bancorp", "bancorporation", "bancshares", "bankshares", "banking group")


def _banks_to_holdings(keys: list[str], kinds: list[str]) -> dict[str, str]:
    """Organisation keys "X Bank" of a corpus that also names the bank holding company of the same name ("X
    Bancorp", "X Bancshares", "X Banking Group"): the bank is that company's, one entity for the reader (key -> key)."""
    orgs = {k for k, kind in zip(keys, kinds) if kind == "ORG" and k.startswith("N:")}
    out: dict[str, str] = {}
    for key in orgs:
        if not key.endswith(" bank") or len(key) <= len("N: bank"):
            continue
        stem = key[:-len(" bank")]
        holdings = [f"{stem} {tail}" for tail in _HOLDING_TAILS if f"{stem} {tail}" in orgs]
        if len(holdings) == 1:
            out[key] = holdings[0]
    return out


# the last words that name a whole group after its stem ("China Quist Group", "Quist Holdings"): the company a story
# means by the stem alone, where "Quist Property Services" or "Quist Securities" names one of its units
_GROUP_TAILS = frozenset({"group", "holdings", "holding"})


def group_stem(name: str) -> str | None:
    """The one word (normalised) a group's name reduces to, for another package: see :func:`_group_stem`."""
    return _group_stem(name, get_lexicon())


def _group_stem(name: str, lex: Lexicon) -> str | None:
    """The one word a group's name reduces to without the group word or legal suffix that closes it and the
    places that open it ("China Quist Group" -> "quist", "Quist Holdings Ltd" -> "quist"), or None (no group word
    or legal suffix at its end: "China Quist", "Quist Land"; or more than one word left: "Quist Property
    Services Group")."""
    words = strip_legal_suffix(name).split()
    stripped = len(words) != len(name.split())
    while len(words) > 1 and words[-1].lower() in _GROUP_TAILS:
        words.pop()
        stripped = True
    if not stripped:
        return None  # "China Quist" or "Quist Land": no group word, perhaps a name of two words
    while len(words) > 1:
        if len(words) > 2 and " ".join(words[:2]) in lex.places:
            words = words[2:]
        elif words[0] in lex.places or words[0] in lex.demonyms:
            words = words[1:]
        else:
            break
    if len(words) != 1 or words[0] in lex.places or words[0] in lex.demonyms \
            or words[0] in lex.org_heads:
        return None  # (not "China" of "China Group", nor "Post" of "Japan Post Holdings": no company's own word)
    return norm_key(words[0])


def _group_stems(keys: list[str], kinds: list[str], names: list[str], weights: list[int]) -> dict[str, str]:
    """One-word stems of the groups a corpus names (:func:`_group_stem`) -> the key of the group (the one with the
    most mentions where several share a stem: "China Quist Group" beside one "Quist Group")."""
    lex = get_lexicon()
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for key, kind, name, weight in zip(keys, kinds, names, weights):
        if kind == "ORG" and key.startswith("N:") and " " in key[2:]:
            stem = _group_stem(name, lex)
            if stem is not None:
                found[stem][key] += weight
    return {stem: counts.most_common(1)[0][0] for stem, counts in found.items()}


def _units_to_groups(surfaces: list[str], names: list[str], kinds: list[str], keys: list[str],
                     stems: dict[str, str]) -> None:
    """A one-word name an article read as the short form of a longer name that opens with it ("Quist" beside that
    article's "Quist Property Services") is the group the corpus names by that word alone ("China Quist Group"):
    the bare name of a company means the group the story is about, and a unit is named by its longer name. `keys`
    and `names` are updated in place."""
    targets = set(stems.values())
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for key, name in zip(keys, names):
        if key in targets:
            named[key][name] += 1 + (not _shouted(name))
    group_names = {key: counts.most_common(1)[0][0] for key, counts in named.items()}
    lex = get_lexicon()
    for i, (surface, name, kind) in enumerate(zip(surfaces, names, kinds)):
        if kind != "ORG" or " " in surface or name == surface:
            continue
        words = name.split()
        target = stems.get(norm_key(surface))
        if target is None or len(words) < 2 or words[0] != surface or keys[i] == target:
            continue
        if _group_stem(name, lex) is not None:
            continue  # "Quist" of an article's "Quist Holdings": a group of that stem itself
        keys[i], names[i] = target, group_names[target]


def _form_words_to_full(keys: list[str], kinds: list[str]) -> dict[str, str]:
    """Organisation keys that are another organisation's key of the corpus without its last words, where those words
    only say what form the company takes (``company_form_tails``: "Quist Entertainment" of "Quist Entertainment
    Holdings", "Quist Capital" of "Quist Capital Management", "Quist" of "Quist Motor"): the same company, as a
    reader takes it whichever article writes the longer name (key -> key of the longest such name; none where two
    longer names fit that are not one name with and without its last words: "Quist Air Group" beside "Quist Air
    Holdings"). A one-word key that is also a word of a person's name ("Quist" beside "Jo Quist") is left to
    :func:`_short_form_remap`, which weighs the person against the organisations it opens."""
    tails = get_lexicon().company_form_tails
    people = {k for k, kind in zip(keys, kinds) if kind == "PERSON"}  # (a key some article reads as a person's name is
    # left as linking finds it: "China Quist" taken for a person beside "China Quist Group")
    orgs = sorted({k for k, kind in zip(keys, kinds) if kind == "ORG" and k.startswith("N:")} - people, key=len)
    out: dict[str, str] = {}
    person_words = {w for k in people if k.startswith("N:") for w in k[2:].split()}
    for key in orgs:
        fits = [other for other in orgs if other.startswith(key + " ")
                and all(w in tails for w in other[len(key) + 1:].split())]
        if not fits:
            continue
        if " " not in key[2:] and key[2:] in person_words:
            continue  # a word of a person's name too ("Quist" beside "Jo Quist"): left to the first-word rule
        longest = fits[-1]
        if all(longest == f or longest.startswith(f + " ") for f in fits):
            out[key] = longest
    return out


#: the most words a longer name may add to a shorter one of the corpus and still be that company's full name
_MAX_TAIL_WORDS = 2


def _trailing_words_to_full(keys: list[str], kinds: list[str], names: list[str],
                            weights: list[int]) -> dict[str, str]:
    """Organisation keys of two words or more that open exactly one longer organisation's name of the corpus, which
    adds one or two capitalised words that name no unit of a group (``unit_tails``: "Quist Land" of "Quist Land
    Development", "Quist Micro" of "Quist Micro Computer", but not "Quist Garden" of "Quist Garden Services", a
    sister company): the same company, one article writing its short name and another its full name (key -> key).
    A shorter name the catalog knows as a company of its own, a tail with a joining word ("Quist Reserve Bank of
    Zorbo") or a longer name an article reads as a person's stays apart. A name followed by its ticker in capitals
    ("Quist Homes QHM", a price table's row) is the other way round: the name alone. A name some article reads as a
    person's takes part only where articles read it as an organisation more often (``weights``: mentions per
    entry)."""
    lex = get_lexicon()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    for key, kind, weight in zip(keys, kinds, weights):
        typed[key][kind] += weight
    people = {k for k, counts in typed.items() if counts["PERSON"] >= counts["ORG"]}
    named: dict[str, str] = {}
    for key, kind, name in zip(keys, kinds, names):
        if kind == "ORG" and key.startswith("N:") and key not in people:
            named.setdefault(key, name)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in named:
        by_first[key[2:].split()[0]].append(key)
    out: dict[str, str] = {}
    by_name = {norm_key(name): key for key, name in named.items()}
    # a name's capitals of two companies of one family ("Quist K&P" and "Quist ZMI"): words of two names, no ticker
    # (a company has one)
    caps_tails: dict[str, set[str]] = defaultdict(set)
    for name in named.values():
        if _ticker_tail(name, lex):
            caps_tails[norm_key(name.rsplit(" ", 1)[0])].add(name.rsplit(" ", 1)[1])
    for key, name in named.items():
        if _ticker_tail(name, lex) and len(caps_tails[norm_key(name.rsplit(" ", 1)[0])]) == 1 \
                and not any(other.startswith(key + " ") for other in by_first[key[2:].split()[0]]):
            # "Quist Homes QHM" (or "Quist Homes PLC QHM"): the name and its ticker; but not "Quist QFJ" where the corpus
            # also writes "Quist QFJ Financial Group": the capitals are a word of that name, no ticker, and "Quist"
            # alone may be another company of the same family
            rest = name.rsplit(" ", 1)[0]
            target = by_name.get(norm_key(rest)) or by_name.get(norm_key(strip_legal_suffix(rest)))
            if target is not None and target != key:
                out[key] = target
    for key, name in named.items():
        words = key[2:].split()
        if len(words) < 2 or key in out:
            continue
        fits = []
        for other in by_first[words[0]]:
            if other == key or not other.startswith(key + " "):
                continue
            tail = named[other].split()[len(name.split()):]
            if len(other[2:].split()) - len(words) > _MAX_TAIL_WORDS or not tail or _ticker_tail(named[other], lex):
                continue
            if all(w[:1].isupper() and w.isalpha() and w not in lex.unit_tails for w in tail):
                fits.append(other)
        if len(fits) == 1 and fits[0] not in out and catalog_company(name) in (None, catalog_company(named[fits[0]])):
            out[key] = fits[0]
    return out


def _ticker_tail(name: str, lex: Lexicon) -> bool:
    """True for a name whose last word is a ticker in capitals after the name's words ("Quist Homes QHM"; not a
    place, "Quist Money UK", nor a name of one word)."""
    words = name.split()
    last = words[-1]
    return len(words) >= 2 and last.isupper() and len(last) <= 5 and _TICKER_RE.match(last) is not None \
        and last not in lex.places and last not in lex.place_alias and last not in lex.legal_suffixes \
        and not words[-2].isupper()


def _codes_to_corpus_companies(names: list[str], surfaces: list[str], kinds: list[str], keys: list[str]) -> None:
    """A name in capitals that the catalog reads as the ticker of a company the corpus never names in words ("QRV"
    of some "Quarrymore Vale" listed elsewhere) is the one organisation of the corpus whose name opens with it ("QRV
    Cinemas Holdings"), as a reader takes it; a ticker of a company the corpus names keeps that company. `keys` is
    updated in place."""
    named = {key for key, name in zip(keys, names) if not name.isupper()}
    first_of: dict[str, set[str]] = defaultdict(set)
    for key, kind in zip(keys, kinds):
        if kind == "ORG" and key.startswith("N:") and " " in key[2:]:
            first_of[key[2:].split()[0]].add(key)
    for i, (name, surface, kind) in enumerate(zip(names, surfaces, kinds)):
        if kind != "ORG" or name != surface or not name.isupper() or " " in name:
            continue
        own = "N:" + norm_key(name)
        fulls = first_of.get(own[2:], set())
        if keys[i] != own and keys[i] not in named and len(fulls) == 1:
            keys[i] = next(iter(fulls))


def _clipped_to_full(keys: list[str], kinds: list[str], names: list[str]) -> dict[str, str]:
    """Organisation keys of two words or more whose name is another organisation's name of the corpus with its last
    word clipped (:func:`is_clipped_prefix`: "Quist Pharma" of "Quist Pharmaceuticals", "Quist Aero" of "Quist
    AeroWorks", "Quist Development" of "Quist Developments Holdings"), where one article writes the short form
    and another the full name: the same company, as it would be in one article (key -> key of the full name, the
    shortest where the names that fit are one name with and without its last words; none where other names fit)."""
    named: dict[str, str] = {}
    for key, kind, name in zip(keys, kinds, names):
        if kind == "ORG" and key.startswith("N:") and " " in key[2:]:
            named.setdefault(key, name)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in named:
        by_first[key[2:].split()[0]].append(key)
    out: dict[str, str] = {}
    for key, name in named.items():
        words = name.split()
        fulls = {other for other in by_first[key[2:].split()[0]] if other != key
                 and is_clipped_prefix(words, named[other].split())}
        shortest = min(fulls, key=len, default=None)
        if shortest is not None and all(f == shortest or f.startswith(shortest + " ") for f in fulls):
            out[key] = shortest  # (also "Quist AeroWorks" beside "Quist AeroWorks Holdings": one name, with and
            # without its last words, which linking leaves as it finds them)
    return out


def _tickers_to_companies(surfaces: list[str], names: list[str], kinds: list[str], lex: Lexicon,
                          weights: list[int] | None = None) -> None:
    """A ticker standing alone for its company ("ADBE fell 3%") is named as the company: the one it follows
    elsewhere in the corpus ("Harborview Bancorp Inc. (NASDAQ: HRBV)"), else the catalog's. `names` is updated
    in place; `weights`: how many mentions each entry stands for (default one)."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for surface, name, kind, weight in zip(surfaces, names, kinds, weights or [1] * len(names)):
        if kind == "ORG" and name != surface and _TICKER_RE.match(surface) and _ticker_of(surface, name):
            seen[surface][name] += weight
            root, dot, venue = surface.partition(".")
            if dot and venue.isalpha() and len(root) >= 3 and _ticker_of(root, name):
                seen[root][name] += weight  # "Quistel Inc (QSTL.O)": the RIC's root is the ticker "QSTL" alone
    for i, (surface, name, kind) in enumerate(zip(surfaces, names, kinds)):
        if kind != "ORG" or name != surface or not _TICKER_RE.match(name) or name in lex.known_org_alias:
            continue
        if name in seen:
            names[i] = seen[name].most_common(1)[0][0]
        elif len(name.split(".")[0]) >= 4:  # a three-letter word is an acronym more often than a ticker (ABC, INS)
            names[i] = company_for_ticker(name) or name


def _ticker_of(surface: str, name: str) -> bool:
    """True when `surface` can be a ticker of `name`: not one of its words ('FBI' of 'FBI Laboratory') nor its
    initials ('FDIC')."""
    words = name.split()
    return surface not in words and initials(words) != surface and initials_keep_caps(words) != surface


def _defined_short_names(surfaces: list[str], names: list[str], kinds: list[str]) -> dict[str, tuple[str, str]]:
    """One-word names that an article gives as the short name of exactly one organisation named in full
    ("the National Mining Authority (Namiaut)", "the Quist Aviation Safety Board (QASB)"), not the first word of
    that name nor another of its words (a company's first word is linked by :func:`_short_form_remap`; its last
    word, "Twitter" of an article's "State Twitter", is that article's reading, no definition that other
    articles' "Twitter" should follow), and when written in capitals, the
    name's initials (a word in capitals that is no acronym of the name, a ticker, is linked by the tickers' rule):
    short name -> (the organisation's link key, its name). Another article that writes the short name alone
    ("Namiaut has said ...", "QASB expects ...") names the same organisation."""
    lex = get_lexicon()
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for surface, name, kind in zip(surfaces, names, kinds):
        if kind == "ORG" and " " not in surface and " " in name \
                and (not surface.isupper() or acronym_matches(surface, name.split(), lex)) \
                and norm_key(surface) not in norm_key(name).split() and len(surface) >= 3 \
                or kind == "ORG" and is_initialled_form(surface.split(), name.split()):
            found[surface][_link_key(name, kind)] = name  # (also "AB Quistbrau" of "Anders-Berg Quistbrau")
    return {surface: next(iter(keys.items())) for surface, keys in found.items() if len(keys) == 1}


#: Optional columns of :func:`link_entities`'s input: a row standing for several mentions of one form.
WEIGHT, LAST = "_weight", "_last"


def _forms(mentions: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """The distinct ``surface, name, type`` of ``mentions`` in order of first appearance, each with how many
    mentions it stands for (``n``) and the place of the last of them (``last``), and each row's form number."""
    codes = mentions.groupby(["surface", "name", "type"], sort=False, dropna=False).ngroup().to_numpy()
    weight = mentions[WEIGHT].to_numpy(dtype=np.int64) if WEIGHT in mentions.columns else np.ones(len(codes), np.int64)
    last = mentions[LAST].to_numpy(dtype=np.int64) if LAST in mentions.columns else np.arange(len(codes), dtype=np.int64)
    _, first = np.unique(codes, return_index=True)  # ngroup numbers the forms in order of first appearance
    forms = mentions.iloc[first].loc[:, ["surface", "name", "type"]].reset_index(drop=True)
    n = np.bincount(codes, weights=weight, minlength=len(first)).astype(np.int64)
    latest = np.full(len(first), -1, dtype=np.int64)
    np.maximum.at(latest, codes, last)
    return forms.assign(**{WEIGHT: n, LAST: latest}), codes


def link_entities(mentions: pd.DataFrame, common: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Merge entities across documents.

    Input: per-document mentions (`MENTION_COLUMNS` + `doc_id`), as returned by `recognize_entities`; a row may
    stand for several mentions of one form (optional columns :data:`WEIGHT`, how many, and :data:`LAST`, the
    place of the last of them, rows in the order of their first mention).
    Output: the same rows plus `entity` (one canonical name across the corpus) and `aliases` ("|"-joined
    surface forms of that entity in the corpus), with `type` as the linking decides it. ``common``: capitalised
    words the corpus also writes in lower case (no short name an organisation is shown by, see
    :func:`_usual_short_name`).

    The decisions read only the distinct forms (surface, name, type), how many mentions each has and which comes
    first or last, so they are taken once per form and given to each of its rows.
    """
    out = mentions.copy()
    if out.empty:
        out["entity"] = pd.Series(dtype=str)
        out["aliases"] = pd.Series(dtype=str)
        return out
    forms, codes = _forms(out)
    entity, aliases, kinds = _link_forms(forms["surface"].astype(str).tolist(), forms["name"].astype(str).tolist(),
                                         forms["type"].astype(str).tolist(), forms[WEIGHT].tolist(),
                                         forms[LAST].tolist(), common)
    out["entity"] = pd.array(entity, dtype="str").take(codes)
    out["aliases"] = pd.array(aliases, dtype="str").take(codes)
    out["type"] = pd.array(kinds, dtype="str").take(codes)
    return out


#: a name written as its initials: capitals, an ampersand or points between them ("QZB", "Q&Z", "Q.Z.B.")
_INITIALS_NAME_RE = re.compile(r"^[A-Z](?:[A-Z]|[&.][A-Z])+\.?$")


#: two initials joined by an ampersand, the whole name ("J&Q"): the short form of two names joined by "&"
_TWO_INITIALS_RE = re.compile(r"^[A-Z]&[A-Z]$")


def _two_joined(words: list[str]) -> bool:
    """True for two capitalised words joined by "&" ("Jarrow & Quist", legal suffix stripped before): the name
    whose two initials the same ampersand joins ("J&Q")."""
    return len(words) == 3 and words[1] == "&" and all(w[:1].isupper() and w.isalpha() for w in (words[0], words[2]))


def _initials_to_short_forms(keys: list[str], kinds: list[str], names: list[str]) -> dict[str, str]:
    """Names of three words or more whose initials another name of the corpus spells, alone ("Quist Zorbo
    Intermediate" beside "QZI", "Quist Gas and Electric" beside "QG&E", two names joined by "&" beside their two
    initials joined so: "Jarrow & Quist" beside "J&Q") or as the first word of an organisation's
    name of two words ("Quist Zorbo Clinic" beside "QZC Health"), where no article puts the initials in brackets after the name:
    the short form a reader takes for that name, one entity (key -> the short form's key). Only where the letters
    fit one name and one short form of the same type (people are named in full, no initials)."""
    shorts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, kind, name in zip(keys, kinds, names):
        if kind == "PERSON" or not kind:
            continue
        first = name.split()[0] if kind == "ORG" and " " in name else name
        if first != name and (len(name.split()) > 2 or not first.isupper()):
            continue
        if _INITIALS_NAME_RE.match(first) and 3 <= sum(ch.isalpha() for ch in first) <= 6 \
                or _TWO_INITIALS_RE.match(name):
            shorts[(kind, re.sub(r"[^A-Z]", "", first))].add(key)
    if not shorts:
        return {}
    longs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, kind, name in zip(keys, kinds, names):
        words = strip_legal_suffix(name).split()
        if kind == "PERSON" or not kind or len(words) < 3 or name.isupper() \
                or not all(w[:1].isupper() or w.lower() in _INITIAL_SKIP for w in words):
            continue
        letters = initials(words)
        if (kind, letters) in shorts and (3 <= len(letters) <= 6 or _two_joined(words)):
            longs[(kind, letters)].add(key)
    out: dict[str, str] = {}
    for pair, fulls in longs.items():
        targets = shorts[pair] - fulls
        if len(fulls) == 1 and len(targets) == 1:
            out[next(iter(fulls))] = next(iter(targets))
    return out


def _usual_short_name(rows: list[int], alone: dict[int, str], weights: list[int], lex: Lexicon,
                      common: frozenset[str] = frozenset()) -> str | None:
    """The short name an organisation goes by where most of its mentions across the corpus are that name written
    alone, in the articles that never give the formal name one article defines it by ("Quistozorb" of
    "Quistoleo Zorbasileiro SA, to give the group its full name" in one article, then "Quistozorb" in thirty): the
    name readers know it by. Not a name in capitals (initials: "QASB" of "Quist Aviation Safety Board", which the
    full name spells out) nor a common word ("Next", or a word the corpus also writes in lower case: ``common``),
    where the full name says which company it is. ``rows``: the forms of one organisation; ``alone``: form -> the
    defined short name it writes alone."""
    counts: Counter[str] = Counter()
    for i in rows:
        if i in alone:
            counts[alone[i]] += weights[i]
    if not counts:
        return None
    short, n = counts.most_common(1)[0]
    if short.isupper() or short in lex.stop_capitalised or short.lower() in lex.descriptor_words or short in common:
        return None
    return short if n > sum(weights[i] for i in rows) / 2 else None


def _shouted(name: str) -> bool:
    """True for a name written in capitals that is longer than an acronym ("FRANKFURT", "ZORBO HOLDINGS"): a
    dateline's or a headline's typography, not the name's spelling."""
    return name.isupper() and sum(ch.isalpha() for ch in name) > 5


def _link_forms(surfaces: list[str], names: list[str], kinds: list[str], weights: list[int],
                last: list[int], common: frozenset[str] = frozenset()) -> tuple[list[str], list[str], list[str]]:
    """:func:`link_entities` on distinct forms in order of first appearance (``weights`` mentions each, the last
    at ``last``): each form's entity, aliases and type."""
    lex = get_lexicon()
    _tickers_to_companies(surfaces, names, kinds, lex, weights)
    # an acronym some article reads as a term ("QBMs", "idiopathic quistosis (IQ)") is that term where another
    # article writes it alone ("the biggest QBM"), not a short form of a name it opens ("QBM Weekly")
    terms = {s for s, n, k in zip(surfaces, names, kinds) if k == "OTHER" and s == n and _ACRONYM_TERM_RE.match(s)}
    terms -= {s for s, n, k in zip(surfaces, names, kinds) if k == "ORG" and s != n}  # "GOP" of a party named in full
    for i, (surface, name, kind) in enumerate(zip(surfaces, names, kinds)):
        if kind in ("ORG", "") and surface == name and surface in terms:
            kinds[i] = "OTHER"
    keys = [_link_key(name, kind) for name, kind in zip(names, kinds)]
    by_last = sorted(range(len(names)), key=last.__getitem__)  # a short name's definition: the last one written
    defined = _defined_short_names([surfaces[i] for i in by_last], [names[i] for i in by_last],
                                   [kinds[i] for i in by_last])
    alone: dict[int, str] = {}  # form -> the short name it writes alone, where another article defines it
    for i, (surface, name, kind) in enumerate(zip(surfaces, names, kinds)):
        target = defined.get(surface)
        if target is not None and kind in ("", "ORG") and name == surface:
            keys[i], names[i] = target  # "Namiaut has said ...": the short name another article defines
            kinds[i] = "ORG"
            alone[i] = surface
    form_full = _form_words_to_full(keys, kinds)  # "Quist Entertainment" and "Quist" of "Quist Entertainment Holdings"
    keys = [form_full.get(key, key) for key in keys]
    _codes_to_corpus_companies(names, surfaces, kinds, keys)  # "AMC" beside "AMC Entertainment Holdings"
    stems = _group_stems(keys, kinds, names, weights)
    _units_to_groups(surfaces, names, kinds, keys, stems)
    remap = _short_form_remap(keys, kinds, names, weights, surfaces, stems)
    remap.update({k: v for k, v in _banks_to_holdings(keys, kinds).items() if k not in remap})
    remap.update({k: v for k, v in _clipped_to_full(keys, kinds, names).items() if k not in remap})
    trailing = {k: v for k, v in _trailing_words_to_full(keys, kinds, names, weights).items() if k not in remap}
    remap.update(trailing)
    remap.update({k: remap.get(v, v) for k, v in _initials_to_short_forms(keys, kinds, names).items()
                  if k not in remap})
    familiar = {k: remap.get(v, v) for k, v in _familiar_to_formal(keys, kinds, names).items()}
    remap.update(familiar)  # (before any other rule: "Dick Quist" is "Richard Quist" whatever "Dick" alone is)
    formal_names = {remap.get(key, key): name for key, kind, name in zip(keys, kinds, names)
                    if remap.get(key, key) in familiar.values() and kind == "PERSON" and key not in familiar}
    person_keys = {k for k, kind in zip(keys, kinds) if kind == "PERSON"}
    for i, key in enumerate(keys):
        target = remap.get(key)
        if target is not None:
            keys[i] = target
            if target in person_keys:
                kinds[i] = "PERSON"  # 'Clinton' alone, typed by default, is the person it names
            elif target.startswith("PLACE:"):
                kinds[i] = "PLACE"
            elif key in trailing:
                kinds[i] = "ORG"  # "Quist Green" one article took for a person's name: the company's short name
            if key in familiar and kinds[i] == "PERSON" and " " in names[i] and target in formal_names:
                names[i] = formal_names[target]  # the person is shown by the full name the corpus gives
    groups: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[key].append(i)
    entity = [""] * len(names)
    aliases = [""] * len(names)
    for key, rows in groups.items():
        people: Counter[str] = Counter()
        for i in rows:
            if kinds[i] == "PERSON" and " " in names[i]:
                people[names[i]] += weights[i]
        if people:  # a person: the full name
            top = max(people.items(), key=lambda kv: (len(kv[0].split()), kv[1], len(kv[0])))[0]
        else:
            counts: Counter[str] = Counter()
            for i in rows:
                counts[names[i]] += weights[i]
            # a name in capitals longer than an acronym (a dateline's "FRANKFURT") yields to any other spelling
            top = max(counts.items(), key=lambda kv: (not _shouted(kv[0]), kv[1], len(kv[0].split()), len(kv[0])))[0]
            if key.startswith("N:"):
                top = _usual_short_name(rows, alone, weights, lex, common) or strip_legal_suffix(top)
        alias_text = "|".join(sorted({surfaces[i] for i in rows} | {names[i] for i in rows}))
        for i in rows:
            entity[i] = top
            aliases[i] = alias_text
    return entity, aliases, kinds
