"""What a speaker phrase names (:func:`resolve_phrase`): the mention under a name, the antecedent of a pronoun or
description (:mod:`.antecedents`, :mod:`.ranker`), the owner a spokesman, campaign, aide or adviser speaks for
("Trump's campaign", "a spokesman for X", "one Clinton aide"), the organisation inside a description of its
people ("a State Department official"), or the description itself ("a source", "White House officials")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .bodies import asked_object, central_bank, defined_board, defined_organisation, is_central_bank
from .documents import issuer_of_document, research_house
from .holders import role_holder
from .antecedents import (ENTRY_STAMP_END, AFFILIATION, ORG_TYPES, ORGAN_WINDOW, PLACE_TYPES, Doc, antecedent, appositive_role,
                          listed_companies, main_organisation, modifies_name, name_speaker, opens_sentence,
                          story_organisation, verb_follows)
from .model import Speaker
from .phrases import Phrase, head_phrase, plural_role, subject_phrase, tail_phrase, tokens
from .ranker import rank_person
from .turns import turn_antecedent
from .words import (AUTHORITY_NOUNS, AUTHORITY_WORDS, COMMERCIAL_NOUNS, DETERMINERS, DOCUMENTS, GIVEN_GENDER, GROUPS,
                    ORGANS, PRESS, PRESS_PRONOUN_REACH, PRON_GROUP, PRON_ORG, ROLE_ORG, ROLE_PERSON, SENTENCE_BREAK, SPEAKS_FOR,
                    STATE_BODIES, TITLES, UNNAMED_PRESS, is_sentence_break)

_AUTHOR = re.compile(r"\s+(?:\w+\s+)?(?:from|by|of)\s+")
#: the author inside a document's own phrase, after its head noun ("the report of the review panel")
_AUTHOR_INSIDE = re.compile(r"(?<=\w)\s+(?:from|by|of)\s+(?=the\s+[A-Z]|[A-Z])")
_FOCUS_REACH = 400
_UNNAMED_REACH = 600
_REPORT_REACH = 600
_PRESS_REACH = 1500
_IN_PLACE = re.compile(r"\s+in\s+")
_OWNER = re.compile(r"\b(?:for|of|to)\s+(?:the\s+)?(?=[A-Z])|^(?=[A-Z][^\s’']*(?:\s+[A-Z][^\s’']*)*['’]s\b)")
_OWNER_DESCRIPTION = re.compile(r"\b(?:for|of)\s+(?=the\s+[a-z])")  # "a spokesman for the foundation"


def _common_word(doc: Doc, ph: Phrase) -> bool:
    """A lone capitalised word opening its sentence ("Guns are …", "Audiences can expect …") that the entity
    layer never took for (part of) a name: capitalised only because it opens the sentence."""
    word = doc.text[ph.name_start:ph.name_end].rstrip(".,").removesuffix("’s").removesuffix("'s")
    if " " in word or not word:
        return False
    before = doc.text[max(0, ph.name_start - 200):ph.name_start]
    stamp = ENTRY_STAMP_END.search(before)
    if stamp is not None:
        before = before[:stamp.start()]  # "14:02 ET Quick note …": a live blog's entry opens after its time stamp
    opens = not before.strip(" \u00a0\"“‘'—–-") or before.rstrip(" \u00a0\"“‘'").endswith(
        (".", "!", "?", "\n", ":", "—"))
    if not opens:
        return False
    i = bisect_left(doc.ends, ph.name_start + 1)
    if i < len(doc.starts) and doc.starts[i] < ph.name_end:
        return False  # a mention lies under it
    if appositive_role(doc.text, ph.name_end):
        return False  # "Belvane, the staff association, called …": the apposition says what the name is
    if _in_full_name(doc.text, word):
        return False  # "Tess Harlan won four titles. Harlan says …": the surname of a full name the text wrote
    return not any(word in name.split() for name in set(doc.names))


def _in_full_name(text: str, word: str) -> bool:
    """Whether the text writes ``word`` as the last word of a person's full name: after one or two capitalised
    given names on the same line ("Tess Harlan", "Billie Jean King"), the first not a word that opens sentences
    ("The", "In") and none of them a title or a role ("President Harlan" is no full name)."""
    if not word[:1].isupper() or not word[1:].islower() or len(word) < 3:
        return False
    full = r"\b([A-Z][a-z]+)[ \u00a0]+(?:([A-Z][a-z]+|[A-Z]\.)[ \u00a0]+)?" + re.escape(word) + r"\b"
    for m in re.finditer(full, text):
        given = [g for g in m.groups() if g]
        if not any(g.casefold() in _NOT_GIVEN or g.casefold() in TITLES or g.casefold() in ROLE_PERSON
                   or g.casefold() in ROLE_ORG for g in given):
            return True
    return False


#: capitalised words that open sentences or headlines and are no given name
_NOT_GIVEN = {"the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "as", "if", "when", "while", "after",
              "before", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "new",
              "north", "south", "east", "west", "some", "many", "most", "all", "both", "other", "more", "few"}



#: an -ing verb right after a name phrase: the phrase is that verb's subject ("with the union calling her")
_WITH_DOING = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:during|according|including|regarding|following|concerning|"
                         r"morning|evening|spring)\b)[a-z]{3,}ing\b")


def _person_at(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The person a name phrase opens with when the rest is where they work: "Helen Voss of Granite Peak
    Research", "Jane Roe at Acme" (a person mention, then "of"/"at"/"from" up to the phrase's last name)."""
    if _WITH_DOING.match(doc.text, ph.end):
        return None  # "supporters of Jane Roe, with the union calling her “…”": the union does, not Roe
    start, name_start = _organisation_start(doc, ph.start), _organisation_start(doc, ph.name_start)
    i = bisect_left(doc.starts, start)
    k = i - 1
    while k > 0 and doc.types[k] != "PERSON" and _OF_NAMED_BODY.fullmatch(doc.text, doc.ends[k - 1], start) \
            and not any(is_sentence_break(doc.text, m)
                        for m in SENTENCE_BREAK.finditer(doc.text, doc.ends[k - 1], start)):
        k -= 1  # names inside the body's name ("of the Circuit Court of the City of Dunmore"): back to its head
    if k >= 0 and doc.types[k] == "PERSON" and doc.ends[k] <= start and (
            AFFILIATION.fullmatch(doc.text, doc.ends[k], start)
            or _OF_NAMED_BODY.fullmatch(doc.text, doc.ends[k], start)):
        # "Capt. Graham Whitlock of the Air Line Pilots Association told reporters": the phrase before the verb
        # is only the organisation; the person before "of the" is its head
        return Speaker(doc.names[k], doc.types[k], doc.text[doc.starts[k]:ph.end], "adjacent")
    while i < len(doc.starts) and doc.starts[i] < name_start:
        if doc.types[i] == "PERSON" and (AFFILIATION.fullmatch(doc.text, doc.ends[i], name_start) or (
                _OF_NAMED_BODY.fullmatch(doc.text, doc.ends[i], name_start)
                and (i + 1 == len(doc.starts) or doc.starts[i + 1] >= name_start))):
            # (also when the entity layer found only the end of the body's name: "Jane Roe of Friends of Clean
            # Rivers put it …" with a mention under "Clean Rivers" alone; the person before "of" still heads it)
            return Speaker(doc.names[i], doc.types[i], surface, "adjacent")
        i += 1
    return _untagged_person_of(doc, ph, surface)


#: "of"/"at" and the capitalised words opening a body's name (its particles between them) up to a mention inside
#: that name: " of Parents for " in "Jane Roe of Parents for Clean Rivers"
_OF_NAMED_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|the|&))*\s+")


def _member_of_described(doc: Doc, ph: Phrase) -> Speaker | None:
    """The person named right before "of"/"at"/"from" and a definite description of their organisation: "Jane Roe
    of the Keep Our Libraries Open group said", "Jane Roe of the tenants' union said" (the phrase read back from the
    verb is the organisation; the person in front of it speaks, as before a named one in :func:`_person_at`)."""
    if not ph.definite or (ph.head not in ROLE_ORG and ph.head not in GROUPS) or ph.head in DOCUMENTS \
            or _WITH_DOING.match(doc.text, ph.end):
        return None
    i = bisect_left(doc.starts, ph.start)
    if i > 0 and doc.types[i - 1] == "PERSON" and doc.ends[i - 1] <= ph.start and \
            AFFILIATION.fullmatch(doc.text, doc.ends[i - 1], ph.start):
        return Speaker(doc.names[i - 1], doc.types[i - 1], doc.text[doc.starts[i - 1]:ph.end], "adjacent")
    return None


def _organisation_start(doc: Doc, pos: int) -> int:
    """Where the organisation mention that ``pos`` falls inside begins, else ``pos``: a name phrase read back
    from a speech verb stops at "and", so "Dana Roe of the Fish and Game Board said" gives "Game Board", inside
    the mention "Fish and Game Board"."""
    i = bisect_right(doc.starts, pos) - 1
    if i >= 0 and doc.starts[i] < pos < doc.ends[i] and doc.types[i] in ORG_TYPES:
        return doc.starts[i]
    return pos


#: a role of an organisation right before its name: "The president of ", "the chief executive of the ", "its head
#: of research at " (a determiner or a possessive, at most three words, the role noun, "of"/"at"/"for"); or of a
#: person after an honorific ("A lawyer for Mr. ")
_ROLE_OF_BEFORE = re.compile(r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w.&-]*['’]s)\s+"
                             r"((?:[a-z][\w-]*\s+){0,3})(?:of|at|for)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
#: the comma before a name in apposition, and an honorific before the name ("…, Mr. Jo Roe, said")
_APPOSED_NAME = re.compile(r",[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?")
#: what closes a name in apposition: a comma, a sentence end, or the end of the line
_APPOSITION_END = re.compile(r"\s*(?:,|\.(?:\s|$)|$)")


def _apposed_holder(doc: Doc, ph: Phrase) -> Speaker | None:
    """The person named in apposition to a role the name phrase is the organisation of: "The president of Acme,
    Jane Roe, said", "…, said the chief executive of Acme, Jane Roe." (the role's holder speaks, not the
    organisation after "of"). The name in apposition must be a person the entity layer found."""
    # (the role before the whole phrase too, when a title-like run opens the organisation's name: "A researcher at
    # the Financial Research Institute of Acme, Mr. Jo Roe, said")
    befores = [_ROLE_OF_BEFORE.search(doc.text, max(0, at - 80), at) for at in dict.fromkeys((ph.name_start, ph.start))]
    before = next((b for b in befores if b is not None and b.group(1).split()
                   and b.group(1).split()[-1].casefold() in ROLE_PERSON), None)
    if before is None:
        return None
    comma = _APPOSED_NAME.match(doc.text, ph.name_end)
    if comma is None:
        return None
    i = bisect_left(doc.starts, comma.end())
    if i >= len(doc.starts) or doc.starts[i] != comma.end() or doc.types[i] != "PERSON" \
            or not _APPOSITION_END.match(doc.text, doc.ends[i]):
        return None
    return Speaker(doc.names[i], doc.types[i], doc.text[before.start(0):doc.ends[i]].strip().lstrip("("), "adjacent")


def _role_held(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The person "the chief executive of Acme" stands for when the text says who holds that role
    (:func:`.holders.role_holder`): a sure answer next to the verb, as for "Acme chief" over an article naming its
    chief (:func:`.attribute.chief_of`)."""
    found = role_holder(doc, ph)
    if found is None:
        return None
    mention = doc.text[found[1]:ph.end].rstrip(".,;:") if found[1] < ph.start else surface
    return Speaker(found[0], "PERSON", mention, "adjacent")


_NAME_OF = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s+(?:of|at)\s+(?:the\s+)?[A-Z])")


def _untagged_person_of(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """A person's name the entity layer missed before "of"/"at" and an organisation it found: "Jane-Marie Roe of
    Acme Partners put it …" (two or three capitalised words under no mention, opening with a known given name)."""
    m = _NAME_OF.match(doc.text, ph.start, ph.end)
    if m is None:
        return None
    words = m.group(1)
    i = bisect_left(doc.ends, m.start() + 1)
    if i < len(doc.starts) and doc.starts[i] < m.end():
        return None  # a mention lies under the words: the entity layer's reading stands
    k = bisect_left(doc.starts, m.end())
    rest = AFFILIATION.match(doc.text, m.end())
    if rest is None or k >= len(doc.starts) or doc.starts[k] != rest.end() or doc.types[k] not in ORG_TYPES:
        return None
    first = words.split()[0].split("-")[0]
    if first not in GIVEN_GENDER or any(w.casefold() in ROLE_ORG for w in words.split()):
        return None
    return Speaker(words, "PERSON", surface, "adjacent")


def _owner(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The name a spokesman, office or campaign speaks for, inside the description: "Trump's campaign", "a
    spokesman for Bernie Sanders", "the Clinton campaign" (:data:`SPEAKS_FOR`)."""
    words = [w.casefold().rstrip(".,") for w, _, _ in tokens(doc.text, ph.start, ph.end)]
    if ph.head not in SPEAKS_FOR and not any(w in SPEAKS_FOR for w in words[:-1]):
        return None  # "Trump’s campaign manager" speaks for the campaign too
    i = bisect_left(doc.starts, ph.start)
    while i < len(doc.starts) and doc.starts[i] < ph.end:
        if doc.ends[i] <= ph.end and doc.types[i] not in PLACE_TYPES:
            return Speaker(doc.names[i], doc.types[i], surface, "adjacent")
        i += 1
    if words and words[0] in ("his", "her") and len(words) <= 3:
        # "His campaign protested that …", "her aides said": the campaign of the person "his"/"her" takes up
        first = tokens(doc.text, ph.start, ph.end)[0]
        pron = Phrase("pronoun", first[1], first[2], first[1], first[2], head="he" if words[0] == "his" else "she")
        found = _pronoun(doc, pron, ph.start, surface, ph.start)
        return Speaker(found.name, found.type, surface, "coreference") if found.type == "PERSON" else None
    m = _OWNER.search(doc.text[ph.start:ph.end])
    if m and m.end() == 0:  # "Ayotte’s campaign": the name before the possessive
        mark = min((k for k in (doc.text.find("’s", ph.start, ph.end), doc.text.find("'s", ph.start, ph.end))
                    if k >= 0), default=-1)
        named = tail_phrase(doc.text, ph.start, mark) if mark > ph.start else None
    else:
        named = head_phrase(doc.text, ph.start + m.end(), ph.end) if m else None
    if m is None and (d := _OWNER_DESCRIPTION.search(doc.text, ph.start, ph.end)) is not None:
        named = head_phrase(doc.text, d.end(), ph.end)
    if named is not None and named.kind == "description" and named.definite and named.start > ph.start \
            and named.head not in ROLE_PERSON:
        # "a spokeswoman for the marketplace", "a spokesman for the foundation": the organisation the description
        # takes up (one an apposition gave that noun: "Acme, the online marketplace, …"), as "the foundation said"
        apposed = _apposed_organisation(doc, named.head, ph.start)
        if apposed is not None:
            return Speaker(apposed[0], apposed[1], surface, "coreference")
        found = resolve_phrase(doc, named, named.start) if named.head in ROLE_ORG else None
        return Speaker(found.name, found.type, surface, "coreference") if found is not None and found.type \
            else None
    if named is None or named.kind != "name":
        return None
    found = name_speaker(doc, named)
    return Speaker(found.name, found.type, surface, "adjacent")


#: an apposition after an organisation's name, its head noun in group 1 ("Acme, the Oslo-listed online marketplace,")
_APPOSED_HEAD = re.compile(r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?([a-z][\w-]*)\s*[,.;]")


def _apposed_organisation(doc: Doc, head: str, pos: int) -> tuple[str, str] | None:
    """The nearest organisation before ``pos`` that an apposition gave the noun ``head`` ("Acme, the online
    marketplace, fell" for "the marketplace"), outside quotations; None when there is none."""
    for i in range(bisect_left(doc.starts, pos) - 1, -1, -1):
        if doc.types[i] not in ORG_TYPES or doc.inside_quote(doc.starts[i]):
            continue
        m = _APPOSED_HEAD.match(doc.text, doc.ends[i])
        if m is not None and m.group(1).casefold() == head:
            return doc.names[i], doc.types[i]
    return None


#: nouns news gives any organisation ("data company Acme", "Acme, a Delaware company,"): only a name holding them
#: ("Acme Group", "Walt Disney Company") marks the one "the group" or "the company" takes up
_ANY_ORGANISATION = {"company", "firm", "business", "concern", "corporation", "group", "organization", "organisation"}


def _company_in_focus(doc: Doc, ph: Phrase) -> tuple[str, str] | None:
    """(name, type) of the organisation the document names most often (:func:`.antecedents.main_organisation`),
    for a spokesperson of "the company" with no organisation as a subject before it ("A company spokesman said:"
    in a story about Acme, where the entity layer gave no speech verb to Acme): the company the story is about.
    None for another kind of organisation ("a union spokesman") or when no one organisation is named most."""
    if not any(w in _ANY_ORGANISATION for w in _words_before_head(doc, ph)):
        return None
    name = main_organisation(doc)
    return next(((n, t) for n, t in zip(doc.names, doc.types, strict=True) if n == name), None) if name else None


def _introduced_with(doc: Doc, i: int, head: str) -> bool:
    """Whether the noun ``head`` right before mention ``i`` introduces it: "property developer Acme Holdings",
    "Norland's health regulator, the Federal Commission for …" (the noun, a comma and "the")."""
    before = doc.text[max(0, doc.starts[i] - 40):doc.starts[i]]
    return re.search(r"\b" + re.escape(head) + r"(?:,\s+the)?\s+$", before, re.I) is not None


def _named_itself(doc: Doc, i: int, head: str) -> bool:
    """Whether mention ``i`` is the name an organisation described with the noun ``head`` gives itself: "The
    group, which calls itself the Save the Vale Committee, …", "a fund calling itself Acme Partners"."""
    before = doc.text[max(0, doc.starts[i] - 60):doc.starts[i]]
    return re.search(r"\b" + re.escape(head) + r"(?:,\s+(?:which|that)\s+calls|\s+calling)\s+itself\s+(?:the\s+)?$",
                     before, re.I) is not None


def _self_named(doc: Doc, head: str, pos: int) -> tuple[str, str] | None:
    """The one organisation the text before ``pos`` (outside quotations) says a ``head`` calls itself
    (:func:`_named_itself`), else None."""
    found = {doc.names[i]: doc.types[i] for i in range(bisect_left(doc.starts, pos - ORGAN_WINDOW),
                                                         bisect_left(doc.starts, pos))
             if doc.types[i] in ORG_TYPES and not doc.inside_quote(doc.starts[i]) and _named_itself(doc, i, head)}
    return next(iter(found.items())) if len(found) == 1 else None


def _described_organisation(doc: Doc, head: str, pos: int) -> tuple[str, str] | None:
    """The one organisation the text before ``pos`` (outside quotations) gave the noun ``head``: an apposition
    ("Acme, the Oslo-listed developer,"), the noun introducing its name ("property developer Acme"), or its name
    holding the noun ("Acme Group" for "the group"), or the name it calls itself ("The group, which calls itself
    X,"); None when no organisation or more than one was."""
    found: dict[str, str] = {}
    for i in range(bisect_left(doc.starts, pos - ORGAN_WINDOW), bisect_left(doc.starts, pos)):
        if doc.types[i] not in ORG_TYPES or doc.inside_quote(doc.starts[i]):
            continue
        m = _APPOSED_HEAD.match(doc.text, doc.ends[i]) if head not in _ANY_ORGANISATION else None
        introduced = head not in _ANY_ORGANISATION and _introduced_with(doc, i, head)
        if head in doc.names[i].casefold().split() or introduced or (m is not None and m.group(1).casefold() == head) \
                or _named_itself(doc, i, head):
            found.setdefault(doc.names[i], doc.types[i])
    return next(iter(found.items())) if len(found) == 1 else None


#: a place's possessive right before a name ("Norland's Finanzamt"): read with an authority's name
_PLACE_POSSESSIVE = re.compile(r"([A-Z][\w.-]*)['’]s\s+\Z")


def _authority_named(name: str) -> bool:
    """Whether the organisation's name holds an authority's word ("Norland Energy Agency", "Pensions Board")."""
    return any(w.casefold().strip(".,’'") in AUTHORITY_WORDS for w in name.split())


def _authority(doc: Doc, name: str, pos: int) -> bool:
    """Whether the text shows the organisation ``name`` to be an authority before ``pos``: its name holds an
    authority's word ("Norland Energy Agency"), the text gave it a regulator's noun ("regulator X", "X, the
    watchdog,") or named it after a place's possessive ("Norland's Finanzamt": a place's body, the one of its
    mentions not a company the text shows to be listed)."""
    if _authority_named(name):
        return True
    if any(_described_organisation(doc, noun, pos) == (name, t) for noun in AUTHORITY_NOUNS for t in ORG_TYPES):
        return True
    for i in range(bisect_left(doc.starts, pos - ORGAN_WINDOW), bisect_left(doc.starts, pos)):
        if doc.names[i] != name or doc.inside_quote(doc.starts[i]):
            continue
        m = _PLACE_POSSESSIVE.search(doc.text, max(0, doc.starts[i] - 40), doc.starts[i])
        k = bisect_left(doc.starts, m.start(1)) if m else len(doc.starts)
        if m and k < len(doc.starts) and doc.starts[k] == m.start(1) and doc.types[k] in PLACE_TYPES:
            return name not in listed_companies(doc.text, doc.starts, doc.ends, doc.names)
    return False


def _nearest_authority(doc: Doc, pos: int) -> tuple[str, str] | None:
    """(name, type) of the nearest organisation before ``pos`` (outside quotations, within :data:`ORGAN_WINDOW`)
    that :func:`_authority` shows to be one; None when there is none."""
    seen: set[str] = set()
    for i in range(bisect_left(doc.starts, pos) - 1, bisect_left(doc.starts, pos - ORGAN_WINDOW) - 1, -1):
        name = doc.names[i]
        if doc.types[i] not in ORG_TYPES or name in seen or doc.inside_quote(doc.starts[i]):
            continue
        seen.add(name)
        if _authority(doc, name, pos):
            return name, doc.types[i]
    return None


#: "the attorney general's office", "the governor's office": an office named by its holder's title, lower-case
_TITLED_OFFICE = re.compile(r"\b[Tt]he\s+((?:[a-z]+\s+){0,2}[a-z]+)['’]s\s+office\Z")


def _titled_office(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The office an earlier capitalised mention named with the same title ("the Norland Attorney General's
    office sent a letter … “…,” the attorney general's office said": Norland Attorney General's office), within
    :data:`ORGAN_WINDOW` and outside quotations; None when the description is no such office or none was named."""
    if ph.head != "office":
        return None
    m = _TITLED_OFFICE.search(doc.text, max(0, ph.start - 40), ph.end)
    if m is None:
        return None
    title = r"\s+".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in m.group(1).split())
    named = re.compile(r"\b(?!The\s)(?:[A-Z][\w.&'’-]*\s+){1,3}?" + title + r"['’]s\s+[Oo]ffice\b")
    last = None
    for k in named.finditer(doc.text, max(0, m.start() - ORGAN_WINDOW), m.start()):
        if not doc.inside_quote(k.start()):
            last = k
    if last is None:
        return None
    return Speaker(last.group(0), "ORG", surface, "coreference")


#: a place's name and a body of its state, inside a description ("a Norland government committee")
_STATE_OWNER = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+([a-z]+)\s+$")


def _introduced_body(doc: Doc, ph: Phrase, anchor: int) -> tuple[str, str] | None:
    """(name, type) of the body an indefinite description with the same head noun introduced before ``ph``,
    holding a capitalised name ("a Norland government committee", "an Acme board panel"): the last such
    description (outside quotations) within :data:`ORGAN_WINDOW`, resolved as a speaker of its own; None when
    there is none or it names no one."""
    head = re.compile(r"\b[Aa]n?\s+((?:[\w&'’-]+\s+){1,4}?)" + re.escape(ph.head) + r"\b")
    last = None
    for m in head.finditer(doc.text, max(0, ph.start - ORGAN_WINDOW), ph.start):
        if any(w[:1].isupper() for w in m.group(1).split()) and not doc.inside_quote(m.start()):
            last = m
    if last is None:
        return None
    state = _STATE_OWNER.search(last.group(1))
    if state is not None and state.group(2).casefold() in STATE_BODIES:
        # "a Norland government committee": a body of the state's government (the place alone names no speaker)
        return f"{state.group(1)} {state.group(2)}", "ORG"
    found = resolve_phrase(doc, Phrase("description", last.start(), last.end(), last.start(), last.end(),
                                       head=ph.head), anchor)
    return (found.name, found.type) if found is not None and found.type else None


def _described_kind(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The organisation a definite description takes up where the nearest one is plainly not it
    (:mod:`.bodies`): the one the sentence before was about when a body there "asked the company" ("The company
    said …" is not that body); "the Board" an announcement defines as a company's board, that company; for "the
    central bank", the one central bank the text names, else no one."""
    if ph.kind != "description" or ph.head not in ROLE_ORG:
        return None
    if central_bank(_words_before_head(doc, ph), ph.head):
        banks = {(n, t) for n, t in zip(doc.names, doc.types, strict=True) if t in ORG_TYPES and is_central_bank(n)}
        if len(banks) > 1:
            return None  # (which of them: the usual rules read it)
        return Speaker(*banks.pop(), surface, "coreference") if banks else Speaker(surface, "", surface, "adjacent")
    found = asked_object(doc, ph.head, ph.start) if ph.definite else None
    if found is None and ph.head == "board" and ph.definite and surface.split()[-1] == "Board":
        found = defined_board(doc)  # 'The board (the "Board") of directors of Acme announces …': Acme's
    return Speaker(found[0], found[1], surface, "coreference") if found is not None else None


def _words_before_head(doc: Doc, ph: Phrase) -> list[str]:
    """The lower-case words of a description before its head noun ("an agency spokesperson": an, agency)."""
    words = [w.casefold().rstrip(".,") for w, _, _ in tokens(doc.text, ph.start, ph.end)]
    return words[: words.index(ph.head)] if ph.head in words else []


def _organisation_inside(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The organisation named inside a description of one of its people: "a State Department official", "the
    RNC member" (the last organisation mention under the phrase). A document's description is left to its
    author ("The careful timing of DeepSeek's release": not DeepSeek speaking). A description of an organisation
    by its trade names what it makes after "of", not who speaks ("the maker of Halden crisps and Moro tea")."""
    end = ph.end
    if ph.definite and ph.head in ROLE_ORG and ph.head not in ROLE_PERSON:
        trade = re.search(r"\b" + re.escape(ph.head) + r"\s+of\b", doc.text[ph.start:ph.end], re.I)
        end = ph.start + trade.start() if trade is not None else end
    i = bisect_left(doc.starts, ph.start)
    found = None
    while i < len(doc.starts) and doc.starts[i] < end:
        if doc.ends[i] <= end and doc.types[i] in ORG_TYPES:
            found = Speaker(doc.names[i], doc.types[i], surface, "adjacent")
        i += 1
    if found is not None and found.name.split()[-1:] == ["Party"]:
        # "the Vell Party front-runner", "a top Vell Party strategist": a party is what its people belong to, not
        # an employer they speak for (its committees and offices still are: "a Vell National Committee member")
        return None
    return found


#: the people who speak for a company in its name, unnamed: "company officials", "bank executives"
_COMPANY_PEOPLE = {"officials", "executives", "spokespeople", "management"}


def _company_people(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The company unnamed people speak for when one organisation word names it: "Company officials said", "bank
    executives told analysts" (the organisation that word refers back to, as "the company" would)."""
    words = [w.casefold().rstrip(".,") for w, _, _ in tokens(doc.text, ph.start, ph.end)]
    if words in (["management"], ["executives"]):
        # bare "Management said", "Executives told analysts": the company in focus, named in this sentence or the
        # one before, or whose stock opened the sentence before
        found = _focus_organisation(doc, ph.start) or _shares_topic(doc, ph.start)
        return Speaker(found[0], found[1], surface, "coreference") if found else None
    if len(words) != 2 or words[1] not in _COMPANY_PEOPLE or words[0] not in ROLE_ORG or words[0] in ORGANS \
            or words[0] in SPEAKS_FOR:
        return None
    found = antecedent(doc, ph.start, "ORG", salient_only=True) or _focus_organisation(doc, ph.start, sentences=1) \
        or _shares_topic(doc, ph.start)
    return Speaker(found[0], found[1], surface, "coreference") if found else None


def _mention_under(doc: Doc, ph: Phrase) -> bool:
    """Whether an entity mention lies under the name part of ``ph``."""
    i = bisect_left(doc.ends, ph.name_start + 1)
    return i < len(doc.starts) and doc.starts[i] < ph.name_end


def _workplace(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The organisation people of a description work at, named right after it: "wrote analysts at Acme
    Capital", "said an economist at the Hale Institute" (their employer speaks through them)."""
    if ph.head not in GROUPS and ph.head.removesuffix("s") not in ROLE_PERSON:
        return None
    at = AFFILIATION.match(doc.text, ph.end)
    if at is None or "," in at.group(0):
        return None
    i = bisect_left(doc.starts, at.end())
    if i < len(doc.starts) and doc.starts[i] == at.end() and doc.types[i] in ORG_TYPES:
        return Speaker(doc.names[i], doc.types[i], doc.text[ph.start:doc.ends[i]], "adjacent")
    return None


#: "the" and one capitalised word (a people's or a place's name) before a body of a state's words
_BY_DEMONYM = re.compile(r"[Tt]he\s+([A-Z][a-z]+\s+(?:[a-z]+\s+){0,2}[a-z]+)\s*$")


#: a body's words up to "in" and the place it serves ("Police in ", "the prosecutor's office in ")
_BODY_IN = re.compile(r"[^,;:]*?\s+in\s+")
#: lower-case words between a place's possessive and a body's head ("public ")
_LOWER_WORDS = re.compile(r"\s+(?:[a-z]+\s+){1,3}")


def _state_body(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """A body of a state named by the place's possessive ("Japan's trade ministry", "China's embassy in
    Washington", :data:`STATE_BODIES`): an organisation named by these words, with the place it sits in."""
    if ph.head not in STATE_BODIES:
        return None
    i = bisect_left(doc.starts, ph.start)
    served = _BODY_IN.match(doc.text, ph.start, ph.end)
    k = bisect_left(doc.starts, served.end()) if served else len(doc.starts)
    if served and k < len(doc.starts) and doc.starts[k] == served.end() and doc.types[k] in PLACE_TYPES:
        # "Police in Baranya county said": the body of the place it serves, named by these words
        words = doc.text[ph.start:ph.end]
        return Speaker(words[4:] if words[:4].casefold() == "the " else words, "ORG", surface, "adjacent")
    if i and doc.types[i - 1] in PLACE_TYPES and doc.text[doc.ends[i - 1]:doc.ends[i - 1] + 2] in ("'s", "’s") \
            and _LOWER_WORDS.fullmatch(doc.text, doc.ends[i - 1] + 2, ph.start):
        # "Ulm's public prosecutor's office said": the place's possessive before the body's own words
        return Speaker(doc.text[doc.starts[i - 1]:ph.end], "ORG", surface, "adjacent")
    named = _BY_DEMONYM.match(doc.text, ph.start, ph.end)
    if named is not None and not any(doc.starts[k] < named.end(1) and doc.types[k] not in PLACE_TYPES
                                     for k in range(bisect_left(doc.ends, named.start(1) + 1), len(doc.starts))):
        # "the Finnish labour ministry", "the Ohio water regulator": the body the words name (no company's)
        return Speaker(doc.text[named.start(1):ph.end].rstrip(".,;:"), "ORG", surface, "adjacent")
    if i >= len(doc.starts) or doc.starts[i] != ph.start or doc.types[i] not in PLACE_TYPES \
            or doc.text[doc.ends[i]:doc.ends[i] + 2] not in ("'s", "’s"):
        return None
    name = surface
    at = _IN_PLACE.match(doc.text, ph.end)
    k = bisect_left(doc.starts, at.end()) if at else len(doc.starts)
    if at and k < len(doc.starts) and doc.starts[k] == at.end() and doc.types[k] in PLACE_TYPES:
        name = doc.text[ph.start:doc.ends[k]]
    return Speaker(name, "ORG", surface, "adjacent")


def _focus_organisation(doc: Doc, pos: int, sentences: int = 2) -> tuple[str, str] | None:
    """The organisation in focus at ``pos``: the last one named in this sentence (and the one before, with
    ``sentences`` 2), when no person is named there (else a bare "a spokesman" may speak for that person)."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, max(0, pos - _FOCUS_REACH), pos)
              if is_sentence_break(doc.text, m)]
    lo = breaks[-sentences] if len(breaks) >= sentences else max(0, pos - _FOCUS_REACH)
    if sentences == 1:
        lo = max(lo, doc.text.rfind("\n", 0, pos) + 1)
    found = speaking = None
    for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, pos)):
        if doc.inside_quote(doc.starts[i]):
            continue
        if doc.types[i] in ORG_TYPES:
            found = (doc.names[i], doc.types[i])
            if verb_follows(doc.text, doc.ends[i]):
                speaking = found
        elif doc.types[i] not in PLACE_TYPES:
            return None
    # "X confirms that lines are stopped at Y and at the Z plant. “…,” a spokesperson said": the organisation
    # that speaks there, not the last one named in what it says
    return speaking or found


#: a body asked for comment in the sentence before a bare "a spokesman said": "I asked the Bank whether …", "We
#: contacted the regulator", "Reporters put the claim to the company"
_ASKED_BODY = re.compile(r"\b(?:asked|contacted|approached|emailed|phoned|called|(?:put|sent)\s+(?:that|this|it|these|"
                         r"the\s+\w+|(?:his|her|our|my|their)\s+\w+)\s+to)\s+the\s+([A-Za-z]+)\b")


#: a body asked for comment by its name ("asked Acme Homes for comment", "contacted Acme about …")
_ASKED_NAME = re.compile(r"\b(?:asked|contacted|approached|emailed|phoned|called)\s+(?=[A-Z][^\n]{0,60}?\s+"
                         r"(?:for|about|to)\s+(?:comment|a\s+comment|a\s+response|respond|its\s+response))")


def _asked_body(doc: Doc, pos: int) -> tuple[str, str] | None:
    """The organisation a body word takes up where the sentence before ``pos`` asks it for comment ("I asked the
    Bank whether it had considered savers. A spokesman replied: …": the Bank of the text): one named with that
    word ("Bank of Ostmark"), else, for a word of an organisation's kind ("the regulator"), the salient one."""
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, max(0, pos - _FOCUS_REACH), pos)
              if is_sentence_break(doc.text, m)]
    if not breaks:
        return None
    lo = breaks[-2] if len(breaks) >= 2 else max(0, pos - _FOCUS_REACH)
    found = None
    for m in _ASKED_BODY.finditer(doc.text, lo, breaks[-1]):
        word = m.group(1).casefold()
        if word not in ROLE_ORG or word in ROLE_PERSON:
            continue
        found = antecedent(doc, m.start(1), "ORG", named=word) or (
            None if m.group(1)[:1].isupper() else antecedent(doc, m.start(1), "ORG", salient_only=True))
    for m in _ASKED_NAME.finditer(doc.text, lo, breaks[-1]):
        # "The Courier asked Acme Homes for comment. A spokeswoman referred to …": the body asked, by its name
        k = bisect_left(doc.starts, m.end())
        if k < len(doc.starts) and doc.starts[k] == m.end() and doc.types[k] in ORG_TYPES:
            found = (doc.names[k], doc.types[k])
    return found


#: a sentence that opens on a company's stock: "Shares of X", "Shares in X", "X shares", "X's stock"
_SHARES_OF = re.compile(r"(?:[\"“‘']?(?:Shares|Stock)\s+(?:of|in)\s+(?:the\s+)?)")
_SHARES_AFTER = re.compile(r"(?:['’]s?)?\s+(?:shares|stock)\b")


#: an organisation's board, owned by the name right before it ("Acme's board", "Acme Materials’ board of directors")
_BOARD_OF = re.compile(r"['’]s?[ \t]+(?:[a-z-]+[ \t]+)?board\b")
_BOARD_REACH = 700


def _board_owner(doc: Doc, pos: int) -> tuple[str, str] | None:
    """The organisation whose board the text named last before ``pos`` ("Acme's board of directors … the board"),
    within its paragraph and :data:`_BOARD_REACH` characters: "the board" takes up that board."""
    lo = max(0, pos - _BOARD_REACH, doc.text.rfind("\n\n", 0, pos))
    found = None
    for m in _BOARD_OF.finditer(doc.text, lo, pos):
        i = bisect_left(doc.ends, m.start())
        if i < len(doc.ends) and doc.ends[i] == m.start() and doc.types[i] in ORG_TYPES \
                and not doc.inside_quote(doc.starts[i]):
            found = (doc.names[i], doc.types[i])
    return found


#: "the board rejected that proposal", "the board had already turned down the offer": a board that refuses a bid
_REJECTS = re.compile(r"[ \t]+(?:(?:had|has|have)[ \t]+)?(?:(?:already|unanimously|quickly|swiftly)[ \t]+)?"
                      r"(?:rejected|rejects|turned[ \t]+down|rebuffed|spurned)[ \t]+(?:(?:the|that|this|an?|its|"
                      r"their)[ \t]+)?(?:[\w$.,-]+[ \t]+){0,3}?(?:proposal|offer|bid|approach|overture)s?\b")
#: the words that put the target of a bid right before its name: "approached X", "an offer for X", "bid to buy X"
_APPROACHED = re.compile(r"\b(?:approached|(?:offer|bid|proposal|approach|overture)s?[ \t]+(?:for|to)|takeover[ \t]+"
                         r"of|pursuit[ \t]+of|(?:to|bid[ \t]+to)[ \t]+(?:buy|acquire))[ \t]+(?:the[ \t]+)?$")
_APPROACH_LOOK = 40


def _rejecting_board(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """The organisation a bid was made for, when "the board" at ``start``..``end`` rejects a proposal or an offer
    ("X first approached Y privately. The board rejected that proposal": Y's board, not the bidder's): the last
    organisation the paragraph and the one before name right after an approach ("approached", "an offer for",
    "bid to buy"); None when the board rejects nothing or no target is named. A name typed as a place there is an
    organisation all the same (a board's bid target: "approached Acme Harbor")."""
    if not _REJECTS.match(doc.text, end):
        return None
    para = doc.text.rfind("\n\n", 0, start)
    lo = max(0, para - _BOARD_REACH, doc.text.rfind("\n\n", 0, para) if para > 0 else 0)
    found = None
    for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, start)):
        if (doc.types[i] in ORG_TYPES or doc.types[i] == "PLACE") and not doc.inside_quote(doc.starts[i]) \
                and _APPROACHED.search(doc.text, max(lo, doc.starts[i] - _APPROACH_LOOK), doc.starts[i]):
            found = (doc.names[i], doc.types[i] if doc.types[i] in ORG_TYPES else "ORG")
    return found


def _previous_sentence(doc: Doc, pos: int) -> tuple[int, int] | None:
    """The sentence before the one holding ``pos``: where its first word starts and where it ends (after its stop),
    or None when no sentence ends within reach before ``pos``."""
    text = doc.text
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, pos - _FOCUS_REACH), pos)
              if is_sentence_break(text, m) and m.end() <= pos]
    if not breaks:
        return None
    lo = breaks[-2] if len(breaks) >= 2 else max(0, text.rfind("\n", 0, breaks[-1] - 1) + 1)
    return lo + len(text[lo:breaks[-1]]) - len(text[lo:breaks[-1]].lstrip()), breaks[-1]


def _shares_topic(doc: Doc, pos: int) -> tuple[str, str] | None:
    """The organisation whose stock opens the sentence before the one holding ``pos`` ("Shares of X fell 4% on
    Monday. “…,” the company said"), when neither sentence names a person: the story's topic, though no subject."""
    text = doc.text
    before = _previous_sentence(doc, pos)
    if before is None:
        return None
    lo, before_end = before
    i = bisect_left(doc.starts, lo)
    if any(doc.types[k] == "PERSON" and not doc.inside_quote(doc.starts[k])
           for k in range(i, bisect_left(doc.starts, pos))):
        return None
    m = _SHARES_OF.match(text, lo)
    k = bisect_left(doc.starts, m.end()) if m else i
    if k >= len(doc.starts) or doc.starts[k] != (m.end() if m else lo) or doc.types[k] not in ORG_TYPES:
        return None
    if m is None and not _SHARES_AFTER.match(text, doc.ends[k]):
        return None
    return doc.names[k], doc.types[k]


def _officer_owner(doc: Doc, pos: int) -> tuple[str, str] | None:
    """The organisation whose officer opens the sentence before the one holding ``pos`` ("Acme's chief executive
    Jane Roe left the talks early. In a statement, the company said …"): the possessive only modifies the person who
    heads the subject, so it is no subject itself, but it is the organisation that sentence is about. None when
    another organisation is named between it and ``pos``."""
    text = doc.text
    before = _previous_sentence(doc, pos)
    if before is None:
        return None
    lo, before_end = before
    k = bisect_left(doc.starts, lo)
    if k >= len(doc.starts) or doc.starts[k] != lo or doc.types[k] not in ORG_TYPES \
            or text[doc.ends[k]:doc.ends[k] + 2] not in ("'s", "’s") or not modifies_name(doc, k):
        return None
    if any(doc.types[j] in ORG_TYPES and doc.names[j] != doc.names[k] and not doc.inside_quote(doc.starts[j])
           for j in range(k + 1, bisect_left(doc.starts, pos))):
        return None
    return doc.names[k], doc.types[k]


def _people_of_body_before(doc: Doc, pos: int) -> tuple[str, str] | None:
    """The organisation whose people open the sentence before the one holding ``pos`` as its subject ("Analysts at
    Acme Bank estimate that …"), when no person is named between them and ``pos`` and no other organisation in the
    sentence of ``pos``."""
    text = doc.text
    before = _previous_sentence(doc, pos)
    if before is None:
        return None
    lo, before_end = before
    m = _PEOPLE_AT.match(text, lo, before_end)
    if m is None or not plural_role(m.group(1)):
        return None
    k = bisect_left(doc.starts, m.end())
    if k >= len(doc.starts) or doc.starts[k] != m.end() or doc.types[k] not in ORG_TYPES:
        return None
    if any(not doc.inside_quote(doc.starts[j]) and doc.names[j] != doc.names[k] and (
            doc.types[j] == "PERSON" or (doc.types[j] in ORG_TYPES and doc.starts[j] >= before_end))
           for j in range(k + 1, bisect_left(doc.starts, pos))):
        return None  # (an organisation in what they estimate may pass: "… cuts Acme's profit by 7%")
    return doc.names[k], doc.types[k]


#: a plural noun of people and the preposition tying them to their body, opening a sentence ("Analysts at ")
_PEOPLE_AT = re.compile(r"([A-Z][a-z]+s)\s+(?:at|with|from)\s+(?:the\s+)?")


#: a description of someone by role up to the place after it ("the sales director of a supplier near ")
_DESCRIBED_AT = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){1,6}(?:in|near|outside|from)\s+")


#: a capitalised word a press release may define as a term for its organisation ("the Company", "the Bank")
_DEFINED_WORD = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)")


#: a quotation inside the quotation (the speaker quoting someone who addressed them: "… 'Mr. Khan, you're a lawyer'")
_INNER_QUOTE = re.compile(r"‘[^‘]*?’(?!\w)|(?<!\w)'[^']*?'(?!\w)|“[^“”]*”|\"[^\"]*\"")


def _names_itself(doc: Doc, anchor: int, name: str) -> bool:
    """Whether the quotation opening at ``anchor`` names ``name`` (its surname, a word of its own, outside the
    quotations it quotes): words a reader does not take as that person's own."""
    i = bisect_right(doc.quoted, (anchor + 1, 1 << 60)) - 1
    if i < 0 or not doc.quoted[i][0] <= anchor + 1 < doc.quoted[i][1]:
        return False
    words = name.split()
    if not words or len(words[-1]) < 3:
        return False
    said = _INNER_QUOTE.sub(" ", doc.text[doc.quoted[i][0]:doc.quoted[i][1]])
    return re.search(r"(?<![\w'’-])" + re.escape(words[-1]) + r"(?![\w-])", said) is not None


def resolve_phrase(doc: Doc, ph: Phrase | None, anchor: int, search_at: int | None = None) -> Speaker | None:
    """The speaker a phrase next to a speech verb names (``anchor``: the quotation's opening mark): the mention
    under a name, the antecedent of a pronoun or definite description, the owner a spokesman or campaign speaks
    for, the organisation inside a description of its people, or the description itself (untyped: the product
    shows no name for it); None for no phrase or a word that is no name. A pronoun looks for its antecedent
    before ``search_at`` when given (before the clause it reports: "Y is a liar, he said" is not Y)."""
    if ph is None:
        return None
    surface = doc.text[ph.start:ph.end].rstrip(".,;:")
    term = _DEFINED_WORD.fullmatch(surface)
    defined = defined_organisation(doc, term.group(1)) if term is not None else None
    if defined is not None:
        # "Acme Inc. ("Acme" or the "Company") … the Company said": the organisation the term was defined for
        return Speaker(defined[0], defined[1], surface, "adjacent")
    if ph.kind == "name":
        if surface.casefold() == "management" and not _mention_under(doc, ph):
            return _company_people(doc, ph, surface)  # "Management said …": a word, not a name
        found = _person_at(doc, ph, surface) or _apposed_holder(doc, ph) or _role_held(doc, ph, surface) \
            or (None if _common_word(doc, ph) else name_speaker(doc, ph))
        if found is not None and found.type in PLACE_TYPES and _DESCRIBED_AT.match(doc.text, ph.start, ph.name_start):
            # "said the sales director of a supplier near Eindhoven": a person described by where they work, not the
            # place (the description itself, as of any unnamed source)
            return Speaker(surface, "", surface, "adjacent")
        return found
    if ph.kind == "pronoun":
        if ph.head in PRON_GROUP:
            # "Analysts at Acme Bank estimate …. In a note on Thursday, they wrote: “…”": the body its people work
            # for, as "Analysts at Acme Bank said" gives it; any other "they" names no one
            body = _people_of_body_before(doc, ph.start) if ph.head == "they" else None
            body = research_house(doc) if ph.head == "we" else body  # "we wrote to clients": a research note's firm
            return Speaker(body[0], body[1], surface, "coreference") if body else None
        found = _pronoun(doc, ph, anchor, surface, ph.start)
        if search_at is not None and found is not None and _named_between(doc, found.name, search_at, ph.start):
            # "Also, Y isn't a friend of the port, he said": not Y, the subject of the clause the pronoun reports
            found = _pronoun(doc, ph, anchor, surface, search_at)
        if found is not None and found.name and ph.head in ("he", "she") and _names_itself(doc, anchor, found.name):
            # "He said Acme would close any account, including the one run by X. “This was a breach of trust
            # between X and Acme,” he wrote": a speaker does not name himself in his words; the next candidate
            other = rank_person(doc, ph.start, "m" if ph.head == "he" else "f", frozenset({found.name}))
            if other:
                found = Speaker(other[0], other[1], surface, "coreference")
        return found
        if ph.head not in PRON_ORG:
            reporter = _reporter_before(doc, min(anchor, at), gender)
            if reporter is not None:  # "X, the county chair, said Y had hurt them. “…,” he said": X
                return Speaker(reporter[0], reporter[1], surface, "coreference")
    if ph.head in DOCUMENTS:
        # "a statement from the board": the author of the document, else no named speaker
        by = _AUTHOR.match(doc.text, ph.end)
        found = resolve_phrase(doc, head_phrase(doc.text, by.end(), by.end() + 80), anchor) if by else None
        inner = _AUTHOR_INSIDE.search(doc.text, ph.start, ph.end) if by is None else None
        if inner is not None:  # "according to the report of the review panel": the phrase holds its author
            author = head_phrase(doc.text, inner.end(), ph.end)
            found = resolve_phrase(doc, author, anchor) if author is not None and author.kind == "name" else None
        return found or _document_owner(doc, ph, surface, anchor) or _document_before(doc, ph, surface, anchor) \
            or Speaker("", "", surface, "none")
    office = _titled_office(doc, ph, surface)
    if office is not None:
        return office
    named = _name_after(doc, ph, surface)
    if named is not None:
        return named
    if ph.definite and ph.head in ROLE_PERSON and ph.head not in ROLE_ORG and _WHICH_AFTER.match(doc.text, ph.end):
        # "The activist, which sent a letter to the board, says …": a role of people told of an organisation
        # (only an organisation of its own paragraph: one named paragraphs before is another story's)
        found = antecedent(doc, ph.start, "ORG", salient_only=True)
        para = doc.text.rfind("\n", 0, ph.start) + 1
        if found and _named_between(doc, found[0], para, ph.start):
            return Speaker(found[0], found[1], surface, "coreference")
    described = _described_kind(doc, ph, surface)
    if described is not None:  # "X asked the company to …. The company said": not X; "the central bank"
        return described
    member = _member_of_described(doc, ph)
    if member is not None:
        return member
    owner = _role_held(doc, ph, surface) or _owner(doc, ph, surface) or _organisation_inside(doc, ph, surface) or _state_body(doc, ph, surface) \
        or _workplace(doc, ph, surface) or _company_people(doc, ph, surface)
    if owner is not None:
        return owner
    if ph.definite and ph.head in PRESS:
        found = _press_before(doc, ph)  # "a spokesperson for X said … “…,” the spokesperson said": X
        if found is not None:
            return Speaker(found.name, found.type, surface, "coreference")
    if ph.head in SPEAKS_FOR and any(w in ROLE_ORG for w in _words_before_head(doc, ph)):
        found = antecedent(doc, ph.start, "ORG", salient_only=True)  # "an agency spokesperson": that agency
        found = found or _company_in_focus(doc, ph)
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
    before_head = _words_before_head(doc, ph)
    if ph.head in PRESS and before_head[-1:] == ["its"]:
        # "Acme fell 4%. Its spokesperson said …", "“…,” its spokeswoman said": the organisation "its" takes up
        found = antecedent(doc, ph.start, "ORG", salient_only=True) or _focus_organisation(doc, ph.start)
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
    staff = ph.head in GROUPS or (ph.head.endswith("s") and ph.head[:-1] in ROLE_PERSON)
    if (ph.head in ORGANS or staff) and before_head and (before_head[-1] == "its" or (
            before_head[-1].endswith(("’s", "'s")) and _bare_noun(before_head[-1]) in ROLE_ORG)):
        # "the company's board said", "its board said": the body of the organisation the description takes up;
        # so do its people, unnamed ("the bank's economists wrote in a note", "its analysts said")
        found = antecedent(doc, ph.start, "ORG", salient_only=True) or _focus_organisation(doc, ph.start)
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
    if ph.head in PRESS and not ph.definite and len(_words_before_head(doc, ph)) <= 1 \
            and surface.casefold().endswith(ph.head):
        # "I put that to the regulator. A spokesperson said …"; "I asked the Bank whether …. A spokesman replied:"
        # (a body the sentence before asks for comment first: "The Courier asked Acme for comment. A spokeswoman …")
        # (the organisation of the spokesperson's own sentence first: "X has cited the deal; a spokesman told Y
        # that …" after a sentence whose subject another body is)
        found = _asked_body(doc, ph.start) or _focus_organisation(doc, ph.start, sentences=1) \
            or _focus_organisation(doc, ph.start)
        if not found:
            # "The bank said on Friday the report would be published. “…,” a spokeswoman said": the body the
            # sentence before opens on by its description speaks through its spokeswoman
            described = described_subject_before(doc, min(anchor, ph.start), anchor)
            found = (described.name, described.type) if described is not None else None
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
    if ph.head in ORGANS and "editorial" in _words_before_head(doc, ph) and (ph.definite or "’s" in surface
                                                                           or "'s" in surface):
        # "the editorial board wrote", "the paper's editorial board": the newspaper it writes for
        found = antecedent(doc, ph.start, "ORG", salient_only=True) or _focus_organisation(doc, ph.start)
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
    if ph.definite and ph.head in ROLE_PERSON and ph.head in ROLE_ORG:
        # a noun of both kinds ("the developer": a property company or a builder of homes, or a person): the
        # organisation the text introduced with it ("property developer Acme Holdings … the developer said"), else
        # no name: the speaker comes from the context ("the real estate developer said" of the tycoon the
        # paragraph is about)
        described = _described_organisation(doc, ph.head, ph.start)
        if described is not None:
            return Speaker(described[0], described[1], surface, "coreference")
        return None
    if ph.definite and ph.head in ROLE_PERSON and ph.head not in ROLE_ORG and (
            _unnamed_before(doc, ph.start) or _indefinite_before(doc, ph) or _ANONYMOUS_AFTER.match(doc.text, ph.end)):
        # (also "…," said the finance director of one chain, who declined to be named: no one named before)
        # "Another source familiar with X said “A.” … the person added, “B.”": the same unnamed speaker
        return Speaker(surface, "", surface, "adjacent")
    if ph.head in ROLE_PERSON and before_head[:1] == ["its"] and doc.text.startswith("Its", ph.start):
        # "Acme has been the most vocal customer. Its operations chief told staff …": an unnamed officer of the
        # organisation "its" takes up (a holder the text names went first, :func:`_role_held`), as "its
        # spokesperson" above; not a person named earlier for another body. Only opening a sentence, where "its"
        # takes up the organisation the sentence before is about (inside one, "X raised pay in what its founder
        # called …" is the clause's subject's)
        found = antecedent(doc, ph.start, "ORG", salient_only=True) or _focus_organisation(doc, ph.start)
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
    if ph.definite and ph.head in ROLE_PERSON and ph.head not in ROLE_ORG:
        found = _person_description(doc, anchor, surface, ph.start)
        if found is not None and search_at is not None and _named_between(doc, found.name, search_at, ph.start):
            # "In an interview with hosts X and Y, the candidate stated …": not X or Y
            found = _person_description(doc, anchor, surface, search_at)
        if found is not None:
            return found
    if ph.definite and (ph.head in ROLE_ORG or ph.head in ROLE_PERSON):
        found = antecedent(doc, ph.start, "ORG" if ph.head in ROLE_ORG else "PERSON", salient_only=True,
                           named=ph.head if ph.head in ORGANS else "")
        if found and search_at is not None and _named_between(doc, found[0], search_at, ph.start):
            # "Pellworth, the lender noted, remains …": not Pellworth, the subject of the clause it reports
            found = antecedent(doc, search_at, "ORG" if ph.head in ROLE_ORG else "PERSON", salient_only=True,
                               named=ph.head if ph.head in ORGANS else "")
        if found and ph.head in COMMERCIAL_NOUNS and _authority_named(found[0]):
            # "The refund plan, worked out with the Trade Commission, is a climbdown for the company, which …": a
            # business, not the commission named nearer; the organisation before it not named as an authority
            found = antecedent(doc, ph.start, "ORG", salient_only=True,
                               besides=frozenset(n for n in doc.names if _authority_named(n)))
        if found and ph.head in ROLE_ORG and ph.head not in ORGANS and ph.head not in ROLE_PERSON:
            # "Short seller Bluefin accused Acme Group … The group called the report …": the one organisation the
            # text gave the description's noun, over a nearer subject it never gave it
            described = _described_organisation(doc, ph.head, ph.start)
            if described is not None and described[0] != found[0]:
                found = described
        if found and ph.head in AUTHORITY_NOUNS and not _authority(doc, found[0], ph.start):
            # "According to the regulator, …": a body the text shows to be an authority, not the company it oversees
            # (none: the description names no one)
            found = _nearest_authority(doc, ph.start)
            return Speaker(found[0], found[1], surface, "coreference") if found else Speaker(surface, "", surface,
                                                                                             "adjacent")
        if not found and ph.head in ORGANS:
            # "a Norland government committee found … the three-member committee said": the body the text
            # introduced with the noun, credited as that description was (the name it holds)
            found = _introduced_body(doc, ph, anchor)
        if not found and ph.head in ROLE_ORG and ph.head not in ORGANS and ph.head not in ROLE_PERSON:
            # "The group, which calls itself X, has hired advisers … The group said": no subject to take up, the
            # name the group gave itself
            found = _self_named(doc, ph.head, ph.start)
        if found:
            return Speaker(found[0], found[1], surface, "coreference")
        if ph.head == "board" and before_head == ["the"]:
            found = _board_owner(doc, ph.start) or _rejecting_board(doc, ph.start, ph.end)
            if found is not None:
                # "Acme's board of directors rejected the offer, which according to the board “…”": Acme's
                return Speaker(found[0], found[1], surface, "coreference")
            # "Acme hired a new treasurer. … The board said …": the board of the listed company the
            # description takes up (a body named "… Board" went first)
            found = antecedent(doc, ph.start, "ORG", salient_only=True)
            if found and found[0] in listed_companies(doc.text, doc.starts, doc.ends, doc.names):
                return Speaker(found[0], found[1], surface, "coreference")
        if ph.head in ROLE_ORG and ph.head not in ORGANS:
            found = _focus_organisation(doc, ph.start, sentences=1)  # "Shares of X fell after the company said"
            # "Shares of X fell 4%. “…,” the company said": the stock the sentence before opened with
            found = found or _shares_topic(doc, ph.start)
            # "Acme's chief executive Jane Roe left early. In a statement, the company said": Roe's company
            found = found or _officer_owner(doc, ph.start)
            # "Queues grew at three Acme Bank offices. … The bank said": no body is a subject, so the one
            # named with the description's own word ("bank", "airline", "group")
            found = found or antecedent(doc, ph.start, "ORG", named=ph.head)
            if not found and ph.head in _ANY_ORGANISATION and before_head == ["the"]:
                # "Unease at Acme's plant … The company said on Sunday it had “…”": no body named in this paragraph
                # or the one before to take up, so the company the story opens on; also when the one body named
                # there is that company, as no subject ("“…,” said Jane Roe, Acme CFO. The company said …")
                lead = _lead_organisation(doc)
                found = lead if lead is not None and not _organisation_near(
                    doc, ph.start, besides=lead[0], business=ph.head in COMMERCIAL_NOUNS) else None
            if found:
                return Speaker(found[0], found[1], surface, "coreference")
    if ph.head in ROLE_PERSON and ph.head not in ROLE_ORG:
        named = _named_next(doc, ph, surface)
        if named is not None:
            return named
    return Speaker(surface, "", surface, "adjacent")


#: the paragraph after a wire's lead opening on a person's name, an optional apposition and a verb of saying
#: ("Jane Roe, speaking in parliament, said …")
_NEXT_PARAGRAPH_SPEAKER = re.compile(r"\s*\n\s*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})"
                                     r"(?:,[ \t]+(?P<appos>[^,.;:\n“”\"]{1,80}),)?[ \t]+(?:[a-z]+ly[ \t]+)?"
                                     r"(?:said|says|told|added|wrote|warned|argued)\b")


def _named_next(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The person a lead's description of someone by role names in the next paragraph: "Britain's building safety
    minister said on Wednesday that developers "must pay" … / Jane Roe, speaking in parliament, said …" (a wire
    names the speaker after the lead). Only in the text's first paragraph, with no person named before the
    description, the next paragraph opening on a person's name as the subject of a verb of saying, and no other
    role given that person in its apposition."""
    text = doc.text
    first_end = text.find("\n")
    if first_end < 0 or ph.start > first_end:
        return None
    if any(doc.types[i] == "PERSON" for i in range(bisect_left(doc.starts, 0), bisect_left(doc.starts, ph.start))
           if doc.starts[i] >= 0):
        return None
    m = _NEXT_PARAGRAPH_SPEAKER.match(text, first_end)
    if m is None:
        return None
    appos = (m.group("appos") or "").casefold().split()
    if any((w in ROLE_PERSON or w in TITLES) and w != ph.head for w in appos):
        return None  # "Jane Roe, an analyst at X, said": someone else
    k = bisect_left(doc.starts, m.start("name"))
    if k >= len(doc.starts) or doc.starts[k] != m.start("name") or doc.types[k] != "PERSON" \
            or any(doc.types[j] == "PERSON" for j in range(bisect_left(doc.starts, ph.end), k)):
        return None
    return Speaker(doc.names[k], "PERSON", surface, "coreference")


def _organisation_near(doc: Doc, pos: int, besides: str = "", business: bool = False) -> bool:
    """Whether an organisation is named (outside quotation marks) in the paragraph of ``pos`` before it or in the
    paragraph before: "the company" may take it up, whatever the rules' antecedent search found. A mention of
    ``besides`` in a person's title ("said Jane Roe, Acme CFO") does not count; with ``business`` (a business's
    noun: "the company") neither does a body whose name holds an authority's word ("the Energy Agency")."""
    para = doc.text.rfind("\n", 0, pos)
    while para > 0 and doc.text[para - 1] == "\n":
        para -= 1
    lo = doc.text.rfind("\n", 0, max(0, para)) + 1 if para > 0 else 0
    return any(doc.types[i] in ORG_TYPES and not doc.inside_quote(doc.starts[i])
               and not (doc.names[i] == besides and _in_title(doc, i))
               and not (business and _authority_named(doc.names[i]))
               for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, pos)))


#: the person's role right after an organisation's name in a title ("Acme CFO", "Acme chief executive")
_ROLE_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?([A-Za-z]+)\b")


def _in_title(doc: Doc, i: int) -> bool:
    """Whether mention ``i`` of an organisation only names a person's employer in a title ("Jane Roe, Acme CFO",
    "Acme chief executive Jane Roe")."""
    m = _ROLE_AFTER.match(doc.text, doc.ends[i])
    return m is not None and m.group(1).casefold() in ROLE_PERSON and m.group(1).casefold() not in ROLE_ORG


def _lead_organisation(doc: Doc) -> tuple[str, str] | None:
    """(name, type) of the organisation the document names most often (:func:`.antecedents.main_organisation`)
    when its headline or first paragraph names it: the company the story is about; else None."""
    name = story_organisation(doc)
    if not name:
        return None
    first_end = doc.text.find("\n")
    first_end = len(doc.text) if first_end < 0 else first_end
    return next(((n, t) for k, (n, t) in enumerate(zip(doc.names, doc.types, strict=True))
                 if n == name and doc.starts[k] < first_end), None)


#: what gives a description its name right after it: an apposition's comma ("Its trade group, the Alliance for X,
#: went further") or a verb of naming ("A group calling itself X says", "a fund known as X said", "said the
#: father, who gave his name as X")
_NAMING_AFTER = re.compile(r",[ \t]+who[ \t]+(?:gave[ \t]+(?:his|her|their)[ \t]+(?:full[ \t]+)?name[ \t]+as|identified[ \t]+"
                           r"(?:himself|herself|themselves)[ \t]+(?:only[ \t]+)?as)[ \t]+"
                           r"|(?P<comma>,[ \t]+(?:the[ \t]+)?)|[ \t]+(?:calling[ \t]+(?:itself|themselves|himself|herself)"
                           r"|known[ \t]+as|going[ \t]+by(?:[ \t]+the[ \t]+name)?)[ \t]+(?:the[ \t]+)?")
#: what closes an apposition: a comma or a dash, not one more name of a list ("Its rivals, Acme, Beta and Gamma,")
_APPOSITION_CLOSE = re.compile(r"[ \t]*(?:,|—|–)(?![ \t]*(?:and[ \t]|or[ \t]|[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*)*"
                               r"[ \t]*(?:,|and\b|or\b)))")


#: a relative clause of a thing after a description ("The activist, which owns 6%, said")
_WHICH_AFTER = re.compile(r"[ \t]*,[ \t]+which[ \t]")
#: a number ending a name the mention left out ("United Dockers Local 418", "Lodge 12")
_NAME_NUMBER = re.compile(r"[ \t]+\d{1,5}(?=[ \t]*[,—–])")


def _name_after(doc: Doc, ph: Phrase, surface: str) -> Speaker | None:
    """The name a description of the speaker is given right after it (:data:`_NAMING_AFTER`): "Its trade group,
    the Alliance for Fair Lending, went further, calling the rule “…”" (the alliance), "A group calling itself
    Red Lantern says it will publish the files “within days”" (Red Lantern). In apposition the name must be a
    mention of the description's kind (an organisation for "group", a person for "spokesman") closed by a comma
    or a dash; after a verb of naming any mention that is no place."""
    m = _NAMING_AFTER.match(doc.text, ph.end)
    if m is None:
        return None
    i = bisect_left(doc.starts, m.end())
    if i >= len(doc.starts) or doc.starts[i] != m.end() or doc.types[i] in PLACE_TYPES:
        return None
    if m.group("comma") is not None:
        number = _NAME_NUMBER.match(doc.text, doc.ends[i])  # "The union, United Dockers Local 418, said"
        if not _APPOSITION_CLOSE.match(doc.text, number.end() if number else doc.ends[i]):
            return None
        if ph.head in ROLE_ORG and doc.types[i] not in ORG_TYPES:
            return None
        if ph.head not in ROLE_ORG and (ph.head not in ROLE_PERSON or doc.types[i] != "PERSON"):
            return None
    return Speaker(doc.names[i], doc.types[i], surface, "adjacent")


#: documents whose words are their owner's ("Acme's annual report said", "an Acme filing warned of"); not a
#: product or event ("Acme's release"), a rule or a measure ("its policy", "the bill")
_WORDED = {"report", "statement", "filing", "memo", "memorandum", "readout", "affidavit", "review", "investigation",
           "inquiry", "audit", "probe", "letter", "note", "email", "tweet", "post", "message", "text", "transcript",
           "editorial", "article", "analysis", "opinion", "decision", "ruling", "complaint", "lawsuit", "indictment",
           "order", "petition", "study", "document", "documents", "prospectus", "announcement", "disclosure", "notice",
           "circular", "presentation", "poll", "survey", "form"}
#: documents named after what they are about when a person's name heads them ("a Trump poll"): only an
#: organisation owns them ("a Brill News poll")
_ORG_OWNED = {"poll", "survey"}
#: the determiner before a document's owner, and a year before the owner's name ("A 2014 Acme Council report")
_OWNER_DET = re.compile(r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?:19|20)\d\d\s+)?", re.I)
_POSSESSIVE_END = re.compile(r"['’]s?\s*$")
_OWNER_PRONOUN = {"its": "it", "his": "he", "her": "she"}
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OWNER_WORDS = 5  # words from the owner to the document noun ("Acme's own 2023 sustainability report")
#: role nouns between an owner and its document make the document another body's ("the Acme board letter")
ROLE_WORDS = ROLE_PERSON | ROLE_ORG | SPEAKS_FOR | GROUPS


def _bare_noun(word: str) -> str:
    return word.casefold().rstrip(".,").removesuffix("’s").removesuffix("'s")


def _document_owner(doc: Doc, ph: Phrase, surface: str, anchor: int) -> Speaker | None:
    found = _document_owner_any(doc, ph, surface, anchor)
    if found is not None and ph.head in _ORG_OWNED and found.type not in ORG_TYPES:
        return None  # "a new Roe poll": a poll about Roe, not by her
    return found


def _document_owner_any(doc: Doc, ph: Phrase, surface: str, anchor: int) -> Speaker | None:
    """The owner named at the head of a description of a worded document (:data:`_WORDED`): a possessive
    ("Acme's own 2023 annual report", "the company's prospectus", "its filing") or a name before the noun ("an
    Acme filing", "the Acme statement"). The document speaks the owner's words; a person or an organisation, not
    a place ("Norland's report" of a country names no speaker)."""
    if ph.head not in _WORDED:
        return None
    text = doc.text
    toks = tokens(text, ph.start, ph.end)
    if not toks or any(w in (",", "—", "–", ":", ";") or w.casefold() in {"of", "for", "from", "by", "at", "on",
                                                                         "about", "in", "with"}
                       for w, _, _ in toks):
        return None  # "the timing of Acme's report": the description is of something else
    head_i = next((k for k, (w, _, _) in enumerate(toks) if _bare_noun(w) == ph.head), len(toks) - 1)
    owner_at = _OWNER_DET.match(text, ph.start, ph.end).end()
    k = bisect_left(doc.starts, owner_at)
    named_to = doc.ends[k] if k < len(doc.starts) and doc.starts[k] == owner_at else owner_at
    if head_i > _OWNER_WORDS or any(w.casefold() in DETERMINERS or (
            _bare_noun(w) in ROLE_WORDS and not w.endswith(("’s", "'s")) and not owner_at <= ws < named_to)
            for w, ws, _ in toks[1:head_i]):
        # (a role word inside the owner's own name counts for nothing: "a 2014 Harbour Council report")
        return None  # "his campaign sent out a fundraising email", "a Clinton campaign memo": not the owner's
    first = toks[0][0].casefold()
    if first in _OWNER_PRONOUN:
        pron = Phrase("pronoun", toks[0][1], toks[0][2], toks[0][1], toks[0][2], head=_OWNER_PRONOUN[first])
        found = resolve_phrase(doc, pron, anchor)
        return Speaker(found.name, found.type, surface, "coreference") if found is not None and found.type \
            and found.type not in PLACE_TYPES else None
    lo = _OWNER_DET.match(text, ph.start, ph.end).end()
    head_at = next((s for w, s, _ in toks if w.casefold().rstrip(".,") == ph.head), ph.end)
    mark = next((e for w, _, e in toks if e <= head_at and w.endswith(("’s", "'s", "s’", "s'"))), None)
    if mark is not None:
        owner_end = mark - (1 if text[mark - 1] in "’'" else 2)
        the = _THE_BEFORE.search(text, max(0, ph.start - 5), ph.start)
        start = the.start() if the is not None else ph.start  # "the company's prospectus"
        named = tail_phrase(text, start, owner_end)
        if named is None or text[start:named.start].strip().casefold() not in ("", "the"):
            return None
        found = resolve_phrase(doc, named, anchor)
        return Speaker(found.name, found.type, surface, found.attribution) if found is not None and found.type \
            and found.type not in PLACE_TYPES else None
    i = bisect_left(doc.starts, lo)  # "an Acme filing": a mention right after the determiner, before the noun
    if i < len(doc.starts) and doc.starts[i] == lo and doc.ends[i] <= head_at and doc.types[i] in ORG_TYPES | {
            "PERSON"} and not text[doc.ends[i]:head_at].strip(" -").count(" ") > 2:
        return Speaker(doc.names[i], doc.types[i], surface, "adjacent")
    return None


_ISSUED = re.compile(r"\b(?:issued|released|published|put\s+out|sent\s+out|filed|posted|circulated)\s+"
                     r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?$")
_DOCUMENT_REACH = 700
#: the end of the clause or quotation a subject told after it follows ("…, the operator said", "“…,” it said")
_CLAUSE_END = re.compile(r",[\"”'’]?\s*$")
#: what may stand between an issuer and its verb ("has just", "had already", "on Tuesday")
_AUXILIARY_TAIL = re.compile(r"(?:\s+(?:has|have|had))?(?:\s+(?:just|also|now|already|quickly|swiftly|late|early|"
                             r"earlier|since))*\s*\Z")
#: a document its sentence's subject gives out by a verb of saying: "Acme said in a statement", "Bluefin, founded
#: in 2017, said its 96-page report was published late on Sunday" (the subject's own document), "Bluefin alleged in
#: a report published on Tuesday that …"
_SAID_IN = re.compile(r"\b(?:said|says|announced|added|stated|wrote|warned|alleged|alleges|claimed|claims|argued|"
                      r"noted|concluded|disclosed|reported)\s+(?:(?:on|late|early)\s+\w+\s+)?"
                      r"(?:in\s+(?:a|an)|its)\s+(?:[\w-]+\s+){0,2}?$")


#: "in a/an/its …" right before a document's noun, opening a sentence ("In a 100-page report, …") or set off by
#: commas after its subject ("Bluefin, in a report published on its website, said …")
_IN_DOCUMENT = re.compile(r"(?:(?P<open>(?:^|[.!?][\"”’']*\s+|\n)[Ii]n)|(?P<comma>,\s+in))\s+(?:a|an|its|their)\s+"
                          r"(?:[\w-]+\s+){0,2}?\Z")
#: the rest of the phrase "in a report …" up to the comma that closes it
_DOCUMENT_PHRASE_END = re.compile(r"[^,.;:\n“”\"]{0,80}?,\s+")
#: a verb of saying, with a time before it ("on Tuesday said")
_SAYING_VERB = r"(?:(?:on|late|early)\s+\w+\s+)?(?:said|says|announced|added|stated|wrote|warned|alleged|alleges|" \
               r"claimed|claims|argued|noted|concluded|disclosed|reported|found|finds)\b"
_VERB_NEXT = re.compile(_SAYING_VERB)
#: a subject and its verb of saying after a fronted "In a report, " ("the committee said")
_SUBJECT_THEN_VERB = re.compile(r"(?P<subject>[^.;:\n“”\"]{1,150}?)\s+(?P<verb>" + _SAYING_VERB + ")")


def _spoke_in_document(doc: Doc, at: int, noun_end: int, anchor: int) -> tuple[str, str] | None:
    """The organisation that spoke in the document whose noun is at ``at``..``noun_end``, when the phrase "in a …
    <noun>" stands before the subject ("In a 100-page report, the Acme committee said …") or between commas after
    it ("Bluefin, in a report published on its website, said …"): the same as "X said in a report", so a later
    "the report said" is X's. None for any other wording, or a subject that is no organisation."""
    text = doc.text
    intro = _IN_DOCUMENT.search(text, max(0, at - 40), at)
    close = _DOCUMENT_PHRASE_END.match(text, noun_end) if intro is not None else None
    if close is None:
        return None
    if intro.group("comma") is not None:
        if _VERB_NEXT.match(text, close.end()) is None:
            return None
        start = max([b.end() for b in SENTENCE_BREAK.finditer(text, max(0, at - 300), intro.start())
                     if is_sentence_break(text, b)] or [max(0, at - 300)])
        start = max(start, text.rfind("\n", 0, intro.start()) + 1)
        named = tail_phrase(text, start, intro.start())
        if named is None or named.kind != "name":
            return None
        found = resolve_phrase(doc, named, anchor)
        return (found.name, found.type) if found is not None and found.type in ORG_TYPES else None
    told = _SUBJECT_THEN_VERB.match(text, close.end())
    if told is None:
        return None
    # "In a report, the Acme and Bolt committees said": the organisation the subject opens on
    lo = close.end() + (4 if text.startswith(("the ", "The "), close.end()) else 0)
    k = bisect_left(doc.starts, lo)
    if k < len(doc.starts) and doc.starts[k] == lo and doc.ends[k] <= told.end("subject") \
            and doc.types[k] in ORG_TYPES:
        return doc.names[k], doc.types[k]
    return None


def _document_before(doc: Doc, ph: Phrase, surface: str, anchor: int) -> Speaker | None:
    """The issuer of the document a definite description refers back to ("Acme issued a statement on Tuesday.
    “…,” the statement said"): the organisation named right before the verb that issued a document of the same
    noun. (A person's statement is left as written: PolNeAR's gold keeps "the statement" there.)"""
    if not ph.definite or ph.head not in _WORDED:
        return None
    text = doc.text
    toks = tokens(text, ph.start, ph.end)
    if len(toks) == 3 and toks[1][0].isalpha() and toks[1][0].islower() and toks[1][0] not in DETERMINERS:
        toks = [toks[0], toks[2]]  # "the closure order", "the inspection report": a noun naming its kind
    if len(toks) != 2:
        # "Acme on Tuesday published its root cause analysis. … the 12-page report said": the one who put it out
        issuer = issuer_of_document(doc, ph.start, ph.end) if ph.definite else None
        return Speaker(issuer[0], issuer[1], surface, "coreference") if issuer else None
    lo = max(0, ph.start - _DOCUMENT_REACH)
    last = None
    said = False
    spoke = None
    for m in re.finditer(r"\b" + re.escape(ph.head) + r"\b", text[lo:min(ph.start, anchor)]):
        if doc.inside_quote(lo + m.start()):
            continue
        if _ISSUED.search(text, max(0, lo + m.start() - 40), lo + m.start()):
            last, said, spoke = lo + m.start(), False, None
        elif _SAID_IN.search(text, max(0, lo + m.start() - 50), lo + m.start()):
            last, said, spoke = lo + m.start(), True, None
        else:
            # "In a report, X said …", "X, in a report published on Sunday, said …": X, as "X said in a report"
            found = _spoke_in_document(doc, lo + m.start(), lo + m.end(), anchor)
            if found is not None:
                last, spoke = lo + m.start(), found
    if spoke is not None:
        return Speaker(spoke[0], spoke[1], surface, "coreference")
    if last is None:
        found = _document_verb_before(doc, ph, surface, anchor, lo)
        if found is None:
            # "The Norland Reserve on Friday released a scathing review of … . The report said …": the one who put
            # out a document of another word
            issuer = issuer_of_document(doc, ph.start, ph.end)
            found = Speaker(issuer[0], issuer[1], surface, "coreference") if issuer else None
        return found
    verb = (_SAID_IN if said else _ISSUED).search(text, max(0, last - (50 if said else 40)), last)
    start = max([b.end() for b in SENTENCE_BREAK.finditer(text, max(0, last - 300), verb.start())
                 if is_sentence_break(text, b)] or [max(0, last - 300)])
    # (a verb of saying takes its subject over an apposition: "Bluefin, founded in 2017, said its report …")
    # (an auxiliary and an adverb may stand between the issuer and the verb: "X has just put out a statement")
    issuer_end = verb.start() if said else _AUXILIARY_TAIL.search(text, start, verb.start()).start()
    named = subject_phrase(text, start, verb.start()) if said else tail_phrase(text, start, issuer_end)
    if said and (named is None or named.kind != "name"):
        # "…, the exchange operator said in a notice to members. “…,” the notice said": the description of an
        # organisation told after its sentence's clause, as the subject of the verb
        told = tail_phrase(text, start, verb.start())
        # (or after the quotation it closes: "“…,” the company said in a statement. … The statement added")
        if told is not None and told.kind == "description" and told.definite and told.head in ROLE_ORG \
                and _CLAUSE_END.search(text, start, told.start):
            found = resolve_phrase(doc, told, anchor)
            return Speaker(found.name, found.type, surface, "coreference") if found is not None \
                and found.type in ORG_TYPES else None
    if named is None or named.kind != "name" or (not said and text[named.end:issuer_end].strip()):
        return None
    found = resolve_phrase(doc, named, anchor)
    return Speaker(found.name, found.type, surface, "coreference") if found is not None \
        and found.type in ORG_TYPES else None


#: the verb of the one who brings a lawsuit, with its auxiliary ("Acme sued", "Acme has sued", "Acme is suing")
_SUED = r"(?:(?:has|have|had)\s+)?sued|(?:is|are|was|were)\s+suing"
#: the verb that issues a document of each noun ("The regulator ordered the plant shut. … The order said …")
#: (past forms only: "rules", "orders" and "files" are nouns as often as verbs)
_DOCUMENT_VERBS = {"order": "ordered", "ruling": "ruled", "decision": "decided", "indictment": "indicted",
                   "filing": "filed", "petition": "petitioned", "announcement": "announced",
                   # the one who sues owns the lawsuit and its complaint ("Acme has sued Roe … The complaint said")
                   "lawsuit": _SUED, "suit": _SUED, "complaint": _SUED}


def _document_verb_before(doc: Doc, ph: Phrase, surface: str, anchor: int, lo: int) -> Speaker | None:
    """The organisation whose act the document records, named as the subject of the verb of its noun earlier in
    the text ("The Harbour Licensing Board on Monday ordered Acme to close its depot. … The order said …": the
    board; "The tribunal ruled …. The ruling said …")."""
    pattern = _DOCUMENT_VERBS.get(ph.head)
    if pattern is None:
        return None
    text = doc.text
    verbs = [m for m in re.finditer(r"\b" + pattern + r"\b", text[lo:min(ph.start, anchor)])
             if not doc.inside_quote(lo + m.start())]
    if not verbs:
        return None
    vs = lo + verbs[-1].start()
    start = max([b.end() for b in SENTENCE_BREAK.finditer(text, max(0, vs - 300), vs)
                 if is_sentence_break(text, b)] or [max(0, vs - 300)])
    named = subject_phrase(text, start, vs)
    if named is None or named.kind != "name":
        return None
    found = resolve_phrase(doc, named, anchor)
    return Speaker(found.name, found.type, surface, "coreference") if found is not None \
        and found.type in ORG_TYPES else None


def _named_between(doc: Doc, name: str, lo: int, hi: int) -> bool:
    """Whether ``name`` has a mention in ``text[lo:hi]`` that is no possessive ("After X's speech, he said" may
    be X)."""
    return bool(name) and lo < hi and any(
        doc.names[i] == name and doc.text[doc.ends[i]:doc.ends[i] + 2] not in ("'s", "’s")
        for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)))


def _person_description(doc: Doc, anchor: int, surface: str, at: int) -> Speaker | None:
    """The person a definite description of a person ("the senator") at ``at`` refers back to; None when the
    rules decide (no ranker)."""
    reporter = _reporter_before(doc, min(anchor, at), "")
    if reporter is not None:  # "X said Y had lost. “…,” the senator said": X
        return Speaker(reporter[0], reporter[1], surface, "coreference")
    ranked = rank_person(doc, at, "")
    if ranked is not False:
        return Speaker(ranked[0], ranked[1], surface, "coreference") if ranked else Speaker(surface, "", surface,
                                                                                              "adjacent")
    return None


#: a verb of replying right after a pronoun ("he replied", "she later answered")
_REPLY_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|later\s+|then\s+)?(?:replied|replies|answered|answers|responded|"
                          r"responds|retorted|retorts|shot\s+back|wrote\s+back)\b")
#: a verb of asking someone, whose object is the one asked ("asked X", "pressed X on")
_ASKED = re.compile(r"\b(?:asked|pressed|questioned|quizzed|challenged)\s+(?!by\b|about\b|whether\b|if\b|for\b)")
_ASK_REACH = 90  # characters from the verb of asking to the name of the one asked ("the bank's chief executive, X")


def _asked_before(doc: Doc, ph: Phrase, gender: str) -> tuple[str, str] | None:
    """The one person asked in the sentence of a pronoun that replies ("When I asked the bank's chief executive,
    X, in May whether …, he replied that …"): the first person named after the verb of asking, of the pronoun's
    gender when known. None when the pronoun's verb is no reply or nobody is named as the one asked."""
    text = doc.text
    if not _REPLY_AFTER.match(text, ph.end):
        return None
    lo = max(0, ph.start - 400)
    for m in SENTENCE_BREAK.finditer(text, lo, ph.start):
        if is_sentence_break(text, m) and m.end() <= ph.start:
            lo = m.end()
    found = None
    for m in _ASKED.finditer(text, lo, ph.start):
        if doc.inside_quote(m.start()):
            continue
        i = bisect_left(doc.starts, m.end())
        while i < len(doc.starts) and doc.starts[i] < min(ph.start, m.end() + _ASK_REACH):
            if not doc.inside_quote(doc.starts[i]) and doc.types[i] == "PERSON" \
                    and doc.text[doc.ends[i]:doc.ends[i] + 2] not in ("'s", "’s"):
                found = (doc.names[i], doc.types[i])
                break
            if doc.types[i] in ORG_TYPES and "," not in text[m.end():doc.starts[i]]:
                break  # "asked Acme's board": the body, not a person after it
            i += 1
        if found is not None:
            break
    if found is None or doc.gender.get(found[0], gender) != gender:
        return None
    return found


def _press_subject(doc: Doc, ph: Phrase) -> Speaker | None:
    """The organisation a spokesperson opening the pronoun's own sentence speaks for ("A Vela spokeswoman declined
    to comment on what she called “…”"), when no person is named between them; None otherwise."""
    lo = max(0, ph.start - 200)
    for m in SENTENCE_BREAK.finditer(doc.text, lo, ph.start):
        if is_sentence_break(doc.text, m) and m.end() <= ph.start:
            lo = m.end()
    if lo >= ph.start or (lo == max(0, ph.start - 200) and lo > 0):
        return None
    subject = head_phrase(doc.text, lo, ph.start)
    if subject is None or subject.kind != "description" or subject.head not in PRESS:
        return None
    if any(doc.types[i] == "PERSON" for i in range(bisect_left(doc.starts, subject.end),
                                                       bisect_left(doc.starts, ph.start))):
        return None
    found = resolve_phrase(doc, subject, ph.start)
    return found if found is not None and found.type in ORG_TYPES else None




_PRESS_OWNER = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?[\w&.’'-]+(?:\s+[A-Z][\w&.’'-]*)*")


def _press_speaker_before(doc: Doc, at: int, gender: str) -> Speaker | None:
    """The organisation an unnamed spokesperson just before the pronoun speaks for ("“…,” said a Vela
    spokesman. “…,” he said"; "A company spokesman said … “…,” he added"), when no person is named between
    them and the spokesperson's gender fits the pronoun's; None otherwise."""
    lo = max(0, at - PRESS_PRONOUN_REACH)
    last = None
    for m in UNNAMED_PRESS.finditer(doc.text, lo, at):
        if not doc.inside_quote(m.start()):
            last = m
    if last is None or (gender == "m" and last.group(1) == "woman") or (gender == "f" and last.group(1) == "man"):
        return None
    if any(doc.types[i] == "PERSON" for i in range(bisect_left(doc.starts, last.start()),
                                                       bisect_left(doc.starts, at))):
        return None  # "Jane Roe, a spokesman for X, … he said" is caught below; here no one may be named since
    owner = _PRESS_OWNER.match(doc.text, last.end())  # "a spokesman for the company", not "… said"
    subject = head_phrase(doc.text, last.start(), owner.end() if owner else last.end())
    # (the phrase reads as a name when the owner is named after "for": "A spokeswoman for Acme")
    owner_named = subject is not None and subject.kind == "name" and subject.name_start >= last.end()
    if subject is None or not (owner_named or subject.kind == "description" and subject.head in PRESS) \
            or _named_in_apposition(doc, subject):
        return None
    found = resolve_phrase(doc, subject, last.start())
    if (found is None or found.type not in ORG_TYPES) and subject.definite:
        # "An IBM spokeswoman said … , the spokeswoman said. “…,” she said": the one "the spokeswoman" takes up
        first = None
        for m in UNNAMED_PRESS.finditer(doc.text, max(0, last.start() - _PRESS_REACH), last.start()):
            if m.group(1) == last.group(1) and not doc.inside_quote(m.start()) and m.group().casefold()[:1] in "ao":
                first = m
        if first is not None:
            owner = _PRESS_OWNER.match(doc.text, first.end())
            earlier = head_phrase(doc.text, first.start(), owner.end() if owner else first.end())
            if earlier is not None and earlier.kind == "description" and not _named_in_apposition(doc, earlier):
                found = resolve_phrase(doc, earlier, first.start())
    return found if found is not None and found.type in ORG_TYPES else None


def _pronoun(doc: Doc, ph: Phrase, anchor: int, surface: str, at: int) -> Speaker:
    """The antecedent of the pronoun ``ph``, looked for before ``at``."""
    gender = "m" if ph.head == "he" else "f" if ph.head == "she" else ""
    turn = turn_antecedent(doc, at, gender) if ph.head in ("he", "she") else None
    if turn is not None:  # "FELD: He was. He told NBC, “…”": someone else than Feld, who would say "I"
        return Speaker(turn[0], turn[1], surface, "coreference")
    press = _press_subject(doc, ph) if ph.head not in PRON_ORG else None
    if press is not None:  # "A Vela spokeswoman declined to comment on what she called “…”": Vela
        return Speaker(press.name, press.type, surface, "coreference")
    asked = _asked_before(doc, ph, gender) if ph.head not in PRON_ORG else None
    if asked is not None:  # "When I asked X whether …, he replied that …": the one asked replies
        return Speaker(asked[0], asked[1], surface, "coreference")
    if ph.head in ("he", "she"):
        press = _press_speaker_before(doc, min(anchor, at), gender)
        if press is not None:  # "“…,” said a Vela spokesman. “…,” he said": Vela
            return Speaker(press.name, press.type, surface, "coreference")
    if ph.head not in PRON_ORG:
        reporter = _reporter_before(doc, min(anchor, at), gender)
        if reporter is not None:  # "X, the county chair, said Y had hurt them. “…,” he said": X
            return Speaker(reporter[0], reporter[1], surface, "coreference")
        asked = _asker_before(doc, min(anchor, at), gender) if not _ASKING.match(doc.text, ph.end) else None
        if asked is not None:  # "Host X interviewed Y on Monday. “…,” she said": Y answers
            return Speaker(asked[0], asked[1], surface, "coreference")
    unnamed = _indefinite_person_in_sentence(doc, at) if ph.head in ("he", "she") else ""
    if unnamed:  # "When I spoke to one chief executive, he told me, “…”": that unnamed source
        return Speaker(unnamed, "", surface, "coreference")
    if ph.head in ("he", "she"):
        chained = _pronoun_chain(doc, min(anchor, at), ph.head, gender)
        if chained is not None:  # "When the host asked X about Y's bid, he said …. “…,” he said": X, twice
            return Speaker(chained[0], chained[1], surface, "coreference")
    ranked = rank_person(doc, at, gender) if ph.head not in PRON_ORG else False
    if ranked is not False:
        return Speaker(ranked[0], ranked[1], surface, "coreference") if ranked else Speaker("", "", surface, "none")
    if ph.head in PRON_ORG:
        described = described_subject_before(doc, min(anchor, at), anchor)
        if described is not None:  # "The company has not disputed that. In a statement it said …": the company's
            return Speaker(described.name, described.type, surface, "coreference")
    found = antecedent(doc, at, "ORG" if ph.head in PRON_ORG else "PERSON", gender)
    return Speaker(found[0], found[1], surface, "coreference") if found else Speaker("", "", surface, "none")


#: a sentence opening on a definite description of an organisation ("The company has not disputed …", "The
#: group's board said …" is not one: the description must be the subject itself); its adjectives may be
#: capitalised ("The French luxury group said …", "The Paris-based group")
_DESCRIBED_OPENINGS = [re.compile(r"[\"“‘']?The\s+(?:[A-Za-z-]+\s+){%d}([a-z]+)\s+(?!of\b|for\b|at\b|in\b)(?=[a-z])" % n)
                       for n in range(3)]


def _described_opening(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The definite description of an organisation opening ``text[lo:hi]``, its noun the first word after up to
    two adjectives that is an organisation's ("The French luxury group": "group", not "luxury"); else the
    opening read with the fewest adjectives (None when the sentence opens on no "The")."""
    found = [m for m in (r.match(text, lo, hi) for r in _DESCRIBED_OPENINGS) if m is not None]
    return next((m for m in found if m.group(1) in ROLE_ORG), found[0] if found else None)


def described_subject_before(doc: Doc, at: int, anchor: int) -> Speaker | None:
    """What an "it" at ``at`` takes up when the sentence before its own opens on a definite description of an
    organisation ("The company has not disputed that characterisation. In its statement it said it had “…”"): the
    organisation the description resolves to, when no organisation is named between the description and the
    pronoun (the subject the pronoun continues, not an organisation named in passing before it: "said X, an
    analyst at Y")."""
    before = _previous_sentence(doc, at)
    if before is None:
        return None
    lo, before_end = before
    m = _described_opening(doc.text, lo, before_end)
    if m is None or m.group(1) not in ROLE_ORG or m.group(1) in ROLE_PERSON or m.group(1) in ORGANS:
        return None
    if any(doc.types[i] in ORG_TYPES and not doc.inside_quote(doc.starts[i])
           and not _ADDRESSEE_BEFORE.search(doc.text, max(0, doc.starts[i] - 40), doc.starts[i])
           for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, at))):
        # (the body a document is sent to is no subject: "The company said in a filing to the exchange that …")
        return None
    start = lo + (m.group(0)[:1] in "\"“‘'")
    ph = head_phrase(doc.text, start, m.end(1))
    if ph is None or ph.kind != "description":
        # a capitalised adjective read as a name ("The Danish shipping group"): no mention lies under it (checked
        # above), so the phrase is the description of its noun
        ph = Phrase("description", start, m.end(1), start, m.end(1), head=m.group(1), definite=True)
    found = resolve_phrase(doc, ph, anchor)
    return found if found is not None and found.type in ORG_TYPES else None


#: a document sent to a body, right before the body's name: "in a filing to ", "in a statement to the "
_ADDRESSEE_BEFORE = re.compile(r"\b(?:filing|statement|letter|submission|notice|disclosure|release|announcement)s?"
                               r"\s+to\s+(?:the\s+)?\Z")


#: an indefinite description of one person: "one chief executive", "a senior trader", "an official at the bank"
_ONE_PERSON = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)((?:\s+[a-z][\w-]*){1,3})")


def _indefinite_person_in_sentence(doc: Doc, at: int) -> str:
    """The unnamed person the pronoun at ``at`` takes up when its own sentence introduced one before it and named
    no one ("When I spoke to one chief executive on Tuesday he told me, “…”", "A trader who asked not to be
    named said he …"): an indefinite description of a person (a role noun after "a"/"an"/"one"/"another", no
    name in apposition to it) is the only person the sentence refers to before the pronoun but "I" or "we" (not
    "He told a reporter he would …", "Roe hugged a supporter as she said …"). The description ("one airline
    chief"), or "" when none fits."""
    lo = max(0, at - _UNNAMED_REACH)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, lo, at) if is_sentence_break(doc.text, m)]
    lo = max([lo, *breaks, doc.text.rfind("\n", lo, at) + 1])
    last = None
    for m in _ONE_PERSON.finditer(doc.text, lo, at):
        words = m.group(1).split()
        k = next((i for i, w in enumerate(words) if w in ROLE_PERSON), -1)
        end = m.start(1) + m.group(1).index(words[k]) + len(words[k]) if k >= 0 else 0
        if k >= 0 and not doc.inside_quote(m.start()) and doc.text[end:end + 1] not in ("'", "’"):
            last = (m.start(), end)  # (not "An ambassador's job, he said, …": a possessive names a kind)
    if last is None:
        return ""
    if re.match(r"\s*,\s+[A-Z]", doc.text[last[1]:last[1] + 4]) \
            or re.search(r"[A-Z][\w.'’-]*\s*,\s*\Z", doc.text[lo:last[0]]):
        return ""  # ("Jane Roe, a trader, said he …", "a trader, Jane Roe, said he …": that person)
    if re.search(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b", doc.text[lo:last[0]]):
        return ""  # ("He told a reporter he would …": the person before it)
    k = bisect_left(doc.starts, lo)
    if any(t == "PERSON" for s, t in zip(doc.starts[k:], doc.types[k:]) if s < at) \
            or any(lo <= p < at for p, _, _ in doc.speakers):
        return ""
    return doc.text[last[0]:last[1]]


#: the subject of the main clause of a sentence is a he/she: at its opening ("He offered …"), or after an opening
#: subordinate clause or phrase and its comma ("When the host asked X about it, he offered …")
_SUBJECT_PRONOUN = re.compile(r"\s*(?:(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Ss]ince|[Oo]nce|[Ii]f|[Aa]lthough|"
                              r"[Tt]hough|[Ll]ater|[Tt]hen|[Ss]till|[Bb]ut|[Aa]nd|[Yy]et|[Ii]n|[Oo]n|[Aa]t|[Dd]uring)\b"
                              r"[^,;:.“”\"]{0,200},\s+)?(?:[Bb]ut\s+|[Aa]nd\s+)?([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?[a-z]{2,}")


def _pronoun_chain(doc: Doc, anchor: int, word: str, gender: str) -> tuple[str, str] | None:
    """The person a he/she opening the main clause of the sentence before the quotation at ``anchor`` refers to,
    when the quotation's own pronoun is the same word and that sentence names no speaker or subject of its own
    ("When the host steered X toward Y, he offered his thoughts on Y's appeal. “…,” he said": X, whom the first
    "he" takes up, not Y, named last): the second pronoun continues the first. None otherwise."""
    span = _sentence_before(doc, anchor)
    if span is None:
        return None
    breaks, lo = span
    hi = breaks[-1]
    if "\n" in doc.text[lo:hi].strip() or doc.text[hi:anchor].strip(" “\"‘'"):
        return None  # (a paragraph break inside the sentence before; words of the quotation's sentence before it)
    m = _SUBJECT_PRONOUN.match(doc.text, lo, hi)
    if m is None or m.group(1).casefold() != word or doc.inside_quote(m.start(1)):
        return None
    if any(lo <= p < hi for pool in (doc.speakers, doc.salient)
           for p, _, _ in pool[bisect_left(pool, (lo, "", "")):bisect_left(pool, (hi, "", ""))]):
        return None  # the sentence before has a named subject of its own: the rules read it
    found = rank_person(doc, m.start(1), gender)
    if found is False:
        found = antecedent(doc, m.start(1), "PERSON", gender)
    return found or None


def _press_before(doc: Doc, ph: Phrase) -> Speaker | None:
    """The organisation an earlier indefinite description with the same press head named ("a spokesperson for
    the Port of X said …", "an X spokesperson said …"): "the spokesperson" later in the story is that person
    again, and speaks for X. None when the last such description names no organisation."""
    lo = max(0, ph.start - _PRESS_REACH)
    last = None
    for m in re.finditer(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w&.-]+\s+){0,4}?" + re.escape(ph.head) + r"\b",
                         doc.text[lo:ph.start]):
        if not doc.inside_quote(lo + m.start()):
            last = m
    if last is None:
        return None
    earlier = head_phrase(doc.text, lo + last.start(), min(len(doc.text), lo + last.end() + 80))
    if earlier is None or earlier.definite or earlier.head != ph.head:
        return None
    if _named_in_apposition(doc, earlier):
        return None  # "Jane Roe, a spokesperson for X," / "a spokesperson for X, Jane Roe,": that person
    surface = doc.text[earlier.start:earlier.end]
    found = _owner(doc, earlier, surface) or _organisation_inside(doc, earlier, surface) \
        or _reported_subject(doc, earlier.start)
    return found if found is not None and found.type in ORG_TYPES else None


def _reported_subject(doc: Doc, at: int) -> Speaker | None:
    """The organisation whose act a trailing attribution at ``at`` reports ("Acme's ministry is examining whether
    …, a spokeswoman said"): the first name of the sentence, when it is an organisation (a place before it, as a
    possessive or a dateline, does not count; a person first names no organisation's spokesperson)."""
    if not doc.text[max(0, at - 3):at].rstrip().endswith(","):
        return None
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, max(0, at - _FOCUS_REACH), at)
              if is_sentence_break(doc.text, m)]
    lo = max(breaks[-1] if breaks else 0, doc.text.rfind("\n", 0, at) + 1)
    for k in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, at)):
        if doc.inside_quote(doc.starts[k]) or doc.starts[k] < 0:
            continue
        if doc.types[k] in PLACE_TYPES:
            continue
        if doc.types[k] in ORG_TYPES:
            return Speaker(doc.names[k], doc.types[k], doc.text[doc.starts[k]:doc.ends[k]], "coreference")
        return None
    return None


def _named_in_apposition(doc: Doc, phrase: Phrase) -> bool:
    """Whether a person is named in apposition to the description ``phrase``, before it ("Jane Roe, a spokesperson
    for X") or after it ("a spokesperson for X, Jane Roe,")."""
    k = bisect_left(doc.ends, phrase.start - 2) if phrase.start >= 2 else 0
    named_before = k < len(doc.ends) and doc.types[k] == "PERSON" and \
        re.fullmatch(r"\s*[,(—–]\s*", doc.text[doc.ends[k]:phrase.start]) is not None
    return named_before or re.match(r",\s+[A-Z]", doc.text[phrase.end:phrase.end + 3]) is not None


def _indefinite_before(doc: Doc, ph: Phrase) -> bool:
    """Whether a definite description of a person ("the man", "the source") takes up an indefinite one with the
    same head earlier in the story ("One man in the crowd … interrupted the candidate: “…,” the man shouted"),
    with no one named in apposition to it and no named speaker or subject since: the same unnamed person."""
    lo = max(0, ph.start - _UNNAMED_REACH)
    last = None
    for m in re.finditer(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?" + re.escape(ph.head) + r"\b",
                         doc.text[lo:ph.start]):
        if not doc.inside_quote(lo + m.start()):
            last = lo + m.start()
    if last is None:
        return False
    earlier = head_phrase(doc.text, last, min(len(doc.text), last + 80))
    if earlier is None or earlier.definite or earlier.head != ph.head or earlier.kind != "description":
        return False
    if _named_in_apposition(doc, earlier):
        return False  # "Jane Roe, a voter from X," / "a voter from X, Jane Roe,": that person
    # (a name in the indefinite's own sentence may be its object: "One man, responding to X, interrupted")
    since = next((m.end() for m in SENTENCE_BREAK.finditer(doc.text, earlier.end, ph.start)
                  if is_sentence_break(doc.text, m)), ph.start)
    named_since = [p for pool in (doc.speakers, doc.salient)
                   for p, _, _ in pool[bisect_left(pool, (since, "", "")):bisect_left(pool, (ph.start, "", ""))]]
    return not named_since


#: an apposition that says the person before it is not named: ", who declined to be named", ", who asked not to be
#: identified", ", who spoke on condition of anonymity"
_ANONYMOUS_AFTER = re.compile(r",[ \t]+who[ \t]+(?:declined|refused|asked|requested|did[ \t]+not[ \t]+want|spoke)[ \t]+"
                              r"(?:not[ \t]+)?(?:to[ \t]+be[ \t]+(?:named|identified)|on[ \t]+(?:the[ \t]+)?condition)")


def _unnamed_before(doc: Doc, pos: int) -> bool:
    """Whether the last speaker before ``pos`` (within :data:`_UNNAMED_REACH` characters) was a description
    naming no one ("a source close to him said", or a quotation credited so), with no named speaker since."""
    k = bisect_left(doc.unnamed, pos) - 1
    if k < 0 or pos - doc.unnamed[k] > _UNNAMED_REACH:
        return False
    named = [pool[i][0] for pool in (doc.speakers, doc.salient) for i in [bisect_left(pool, (pos, "", "")) - 1]
             if i >= 0]
    return all(p < doc.unnamed[k] for p in named)


def _sentence_before(doc: Doc, anchor: int) -> tuple[list[int], int] | None:
    """The sentence breaks within reach before ``anchor`` and where the sentence before the quotation's own begins
    (``(breaks, lo)``; the last break opens the quotation's sentence), or None when no break is in reach."""
    if anchor in doc.breaks_before:
        return doc.breaks_before[anchor]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(doc.text, max(0, anchor - _REPORT_REACH), anchor)
              if is_sentence_break(doc.text, m) and m.end() <= anchor]
    found = (breaks, breaks[-2] if len(breaks) >= 2 else max(0, anchor - _REPORT_REACH)) if breaks else None
    doc.breaks_before[anchor] = found
    return found


def _reporter_before(doc: Doc, anchor: int, gender: str) -> tuple[str, str] | None:
    """The one person who is the subject of a speech verb in the sentence before the quotation at ``anchor`` (or in
    its own words before it), of the pronoun's gender: "X, the county chair, said Y had hurt the party. “…,” he
    said" is X's, not Y's. None when there is no such person or more than one."""
    span = _sentence_before(doc, anchor)
    if span is None:
        return None
    breaks, lo = span
    found = {(name, etype) for p, name, etype in doc.salient[bisect_left(doc.salient, (lo, "", "")):]
             if p < anchor and not doc.inside_quote(p)
             and (etype == "PERSON" or name in doc.gender or _role_apposed(doc, p, name))
             and (not gender or doc.gender.get(name, gender) == gender)}
    if len(found) != 1:
        return None
    who = found.pop()
    asked = _one_asked(doc, who[0], lo, anchor, gender)
    if asked is not None:
        return asked  # "X asked Y whether …. “…,” he said": Y answers the question, X does not
    for i in range(bisect_left(doc.starts, breaks[-1]), bisect_left(doc.starts, anchor)):
        if doc.names[i] != who[0] and doc.types[i] not in PLACE_TYPES and doc.types[i] not in ORG_TYPES \
                and not doc.inside_quote(doc.starts[i]):
            return None  # "Y saw it differently: “…,” he said": the quotation's own sentence names someone else
    return who


#: a person's role right before a name in apposition ("The union's regional organiser, Jane Roe, said")
_ROLE_THEN_NAME = re.compile(r"\b([a-z][a-z-]+)\s*,\s*$")


def _role_apposed(doc: Doc, pos: int, name: str) -> bool:
    """Whether the name at ``pos`` (a subject of a speech verb the entity layer typed otherwise) is a person's by
    the role it stands in apposition to, before it ("The union's regional organiser, Jane Roe, said") or after
    it ("Jane Roe, the union's organiser, said"): a role only a person holds (not one an organisation may hold
    too: "its adviser, Acme Partners,"), and a name of two or three capitalised words with no organisation word."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words) \
            or any(w.casefold() in ROLE_ORG for w in words) or name in listed_companies(
                doc.text, doc.starts, doc.ends, doc.names, described=True):
        return False
    m = _ROLE_THEN_NAME.search(doc.text, max(0, pos - 40), pos)
    i = bisect_left(doc.starts, pos)
    end = doc.ends[i] if i < len(doc.starts) and doc.starts[i] < pos + 40 else pos + len(name)
    role = m.group(1) if m is not None else appositive_role(doc.text, end)
    return role in ROLE_PERSON and role not in ROLE_ORG and role not in _ORG_HELD_ROLES


#: roles an organisation may hold as well as a person ("its adviser, Acme Partners,", "the biggest investor, X")
_ORG_HELD_ROLES = {"adviser", "advisor", "investor", "owner", "member", "supporter", "donor", "ally", "critic",
                   "source", "leader", "challenger", "incumbent", "front-runner", "frontrunner", "nominee", "voter",
                   "consultant", "fundraiser", "surrogate", "witness", "victim", "confidant", "colleague", "friend",
                   "fan", "insider", "expert", "speaker", "head", "general", "justice", "chief", "host", "anchor"}


#: a verb of putting questions to someone, right after its subject ("X asked Y …", "X interviewed Y …")
_ASKS_AFTER = re.compile(r"\s+(?:then\s+|later\s+|also\s+)?(?:asked|interviewed|questioned|pressed|quizzed)\s+"
                         r"(?!by\b|about\b|whether\b|if\b|for\b)")


#: the pronoun's own verb is one of asking ("“…?” she asked"): the interviewer speaks, not the one asked
_ASKING = re.compile(r"\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:asked|asks|inquired|inquires|enquired|wondered|"
                     r"queried|pressed|interjected)\b")


def _asker_before(doc: Doc, anchor: int, gender: str) -> tuple[str, str] | None:
    """The person asked in the sentence before the quotation at ``anchor`` by the person who opens that sentence
    ("Host X interviewed Y on Monday. “…,” she said"; see :func:`_one_asked`)."""
    span = _sentence_before(doc, anchor)
    if span is None:
        return None
    breaks, lo = span
    for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, breaks[-1])):
        if doc.types[i] == "PERSON" and opens_sentence(doc, i):
            return _one_asked(doc, doc.names[i], lo, breaks[-1], gender)
    return None


def _one_asked(doc: Doc, who: str, lo: int, hi: int, gender: str) -> tuple[str, str] | None:
    """The person ``who`` put a question to in ``text[lo:hi]``, named right after the verb of asking ("Host X
    interviewed Y on Monday", "X asked Y whether …"), of the pronoun's gender: the one whose answer the quotation
    after it gives. None when ``who`` asks nobody there."""
    for i in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, hi) - 1):
        if doc.names[i] != who or doc.inside_quote(doc.starts[i]):
            continue
        m = _ASKS_AFTER.match(doc.text, doc.ends[i])
        j = i + 1
        if m is None or doc.starts[j] != m.end() or doc.types[j] != "PERSON" or doc.names[j] == who \
                or doc.text[doc.ends[j]:doc.ends[j] + 2] in ("'s", "’s"):
            continue
        if not gender or doc.gender.get(doc.names[j], gender) == gender:
            return doc.names[j], doc.types[j]
    return None


def possessor(doc: Doc, lo: int, hi: int) -> Speaker | None:
    """The last person named in the possessive in ``text[lo:hi]`` ("… with Trump's ambition to …,
    proclaiming …": Trump), for an -ing speech verb whose main-clause subject is no one."""
    for i in range(bisect_right(doc.starts, hi) - 1, -1, -1):
        if doc.starts[i] < lo:
            break
        end = doc.ends[i]
        if doc.types[i] == "PERSON" and end <= hi and doc.text[end:end + 2] in ("'s", "’s"):
            return Speaker(doc.names[i], doc.types[i], doc.text[doc.starts[i]:end + 2], "adjacent")
    return None


#: a document put out right before an -ing verb of saying, with what may stand between its publisher and the verb:
#: "X, which owns 1% of the company, published a letter on Wednesday urging …", "X sent an open letter … calling"
_PUBLISHED = re.compile(r"(?:[ \t]*,[ \t]+(?:which|who)\b(?:[^,;.\n]|\.(?=\d)){1,100},)?[ \t]+(?:published|issued|sent|released|posted|"
                        r"wrote|filed|put[ \t]+out|sent[ \t]+out|(?:has|had)[ \t]+(?:published|issued|sent|released|posted|"
                        r"put[ \t]+out))[ \t]+(?:a|an|its|their|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:letter|statement|"
                        r"note|memo|report|release|filing|post|notice|presentation)\b[^.;:!?\n\"“”]{0,120}\Z")


def publisher(doc: Doc, lo: int, hi: int) -> Speaker | None:
    """The one who put out the document an -ing verb of saying at ``hi`` goes with, named in ``text[lo:hi]``
    ("The stock fell after Acme, which owns 1% of it, published a letter urging the board to “…”": Acme), for an
    -ing verb whose main-clause subject is no one."""
    for i in range(bisect_right(doc.starts, hi) - 1, -1, -1):
        if doc.starts[i] < lo:
            break
        if doc.types[i] not in PLACE_TYPES and _PUBLISHED.match(doc.text[:hi], doc.ends[i]):
            return Speaker(doc.names[i], doc.types[i], doc.text[doc.starts[i]:doc.ends[i]], "adjacent")
    # a description of an organisation or "it" as the publisher ("The shares rose after the company put out a
    # statement saying …", "…, after it issued a note saying …"): what it stands for
    for m in _PUBLISHED_AFTER_SUBJECT.finditer(doc.text, lo, hi):
        if not _PUBLISHED.match(doc.text[:hi], m.end()):
            continue
        ph = tail_phrase(doc.text, lo, m.end())
        if ph is None or ph.end != m.end() or not (
                (ph.kind == "description" and ph.definite and ph.head in ROLE_ORG and ph.head not in ROLE_PERSON)
                or (ph.kind == "pronoun" and ph.head == "it")):
            continue
        found = resolve_phrase(doc, ph, hi)
        if found is not None and found.type in ORG_TYPES:
            return found
    return None


#: the end of the word right before a publishing verb (:data:`_PUBLISHED`), where its subject ends
_PUBLISHED_AFTER_SUBJECT = re.compile(r"\w(?=[ \t]+(?:published|issued|sent|released|posted|put[ \t]+out|(?:has|had)[ \t]+\w+)\b)")


#: a clause after the main one, opened by a conjunction of time or cause, running with no comma up to the comma before
#: an -ing verb of saying: "X fell 5% after broker Y cut the stock to “sell”, saying …" (its words after the conjunction)
#: (also a contrasting clause: "Analysts at X cut the stock, while Y kept its rating, saying …")
_TRAILING_CLAUSE = re.compile(r"\b(?:after|as|when|once|since|because|while|whereas)\s+"
                              r"(?=[^,;:.!?\n]{3,200}?[”\"]?,[ \t]*\Z|[^;:.!?\n]{3,200}?[ \t](?:by|after|before)[ \t]+\Z)")
#: the most lower-case words before the clause's named subject ("after broker Y", "after analysts at Y")
_SUBJECT_LEAD_WORDS = 3
_LEAD_WORD = re.compile(r"[a-z]+\Z")
#: a past verb right after the clause's subject ("Y cut", "Y raised", "Y has lowered"), adverbs allowed between
_CLAUSE_VERB = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:(?:has|had|have)[ \t]+)?(?P<verb>[a-z]+)\b")
#: past forms of verbs with no -ed ending that a clause's subject does to a stock, a rating or a deal
_IRREGULAR_PAST = {"cut", "set", "put", "kept", "held", "made", "gave", "took", "won", "lost", "sold", "bought",
                   "began", "wrote", "sent", "told", "said", "left", "hit", "beat"}


def trailing_clause_subject(doc: Doc, lo: int, hi: int) -> Speaker | None:
    """The named subject of a time or cause clause right before an -ing verb of saying at ``hi``: "Acme was the
    biggest faller after broker Jane Roe & Co cut it to “sell”, saying …" (the broker says it, not the stock the
    main clause moves), also when the verb of saying follows the clause's "by", "after" or "before" ("Acme soared
    after Chief Executive Jane Roe stunned investors by saying …", "Acme fell after Roe dropped the plan, a week
    after saying …"); None when no such clause with a named subject and a past verb ends right before it."""
    text = doc.text
    m = None
    for m in _TRAILING_CLAUSE.finditer(text, lo, hi):
        pass
    if m is None:
        return None
    for i in range(bisect_left(doc.starts, m.end()), len(doc.starts)):
        start, end = doc.starts[i], doc.ends[i]
        if start >= hi:
            break
        lead = text[m.end():start].split()
        # (lower-case words or titles: "after broker Y", "after Chief Executive Y")
        if len(lead) > _SUBJECT_LEAD_WORDS or not all(_LEAD_WORD.match(w) or w.casefold().rstrip(".") in TITLES
                                                      for w in lead):
            return None
        if doc.types[i] in PLACE_TYPES or text[end:end + 2] in ("'s", "’s") or text[end:end + 1] == "'":
            return None
        verb = _CLAUSE_VERB.match(text, end, hi)
        if verb is None or not (verb.group("verb").endswith("ed") or verb.group("verb") in _IRREGULAR_PAST):
            return None
        return Speaker(doc.names[i], doc.types[i], text[start:end], "adjacent")
    return None
