"""Links between the entities of one document that grammar states outright: coordination with a company
("Infosys and Wipro fell") and a trade name given in the text ("known as Foxconn").

Input: a `DocGroups` after grouping. Output: the groups' evidence and members updated in place.
"""
from __future__ import annotations

import re

from analysis.entities.credits import in_regions
from analysis.entities.evidence import WEAK, best_type, is_acronym
from analysis.entities.aliases import is_word_blend
from analysis.entities.catalog import Lexicon, catalog_company
from analysis.entities.grouping import DocGroups

_COORD_GAPS = frozenset({", ", " and ", ", and ", " or ", " & "})
# "..., known as Foxconn", "(also known as Besi)", "better known as ...", "trading as ..."
_KNOWN_AS_RE = re.compile(r"(?:(?:also|better|commonly|formerly|widely)\s+)?(?:known|trading|branded)\s+as\s+$")
_KNOWN_AS_DIRECT_RE = re.compile(r"\s*[,(]?\s*(?:(?:also|better|commonly|formerly|widely)\s+)?"
                                 r"(?:known|trading|branded)\s+as\s+$")
# "the Federal Vehicle Office, known by its German initials QVA,": the short name a body goes by in its own language
_KNOWN_BY_INITIALS_RE = re.compile(r"\s*,\s*(?:(?:also|better|commonly|widely)\s+)?known\s+(?:by|under)\s+(?:its|the)\s+"
                                   r"(?:[A-Z][a-z]+\s+)?(?:initials|acronym|abbreviation)\s+$")


_COMPANY_NOUNS = frozenset({"company", "group", "firm", "corporation", "business"})


def coordinated_orgs(doc: DocGroups) -> None:
    """A name listed next to a company ("Infosys and Wipro fell", "Rheinmetall, Leonardo and Saab") gets weak
    organisation evidence (two passes, so a whole list is covered); not a name before a company that owns the next
    conjunct ("Quistel's Zorbex and Brindle's Velo", "the Zorbex and Brindle's Velo drugs"). Input: the document's
    groups."""
    cands = doc.cands
    text = doc.text
    n = len(cands)
    listed = [i for i in range(n) if (i > 0 and text[cands[i - 1].end:cands[i].start] in _COORD_GAPS)
              or (i + 1 < n and text[cands[i].end:cands[i + 1].start] in _COORD_GAPS)]
    if not listed:
        return
    for _ in range(2):
        for i in listed:
            c = cands[i]
            g = doc.group_of[i]
            if g < 0 or doc.fragment[i] or doc.kind(g) in ("ORG", "PLACE", "INDEX"):
                continue
            ev = doc.groups[g].ev
            if ev.get("PERSON", 0.0) >= WEAK:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(cands) or doc.group_of[j] < 0 or doc.group_of[j] == g:
                    continue
                if j > i and cands[j].possessive and not c.possessive and _owns_next_name(doc, j):
                    continue  # "Quistel's Zorbex and Brindle's Velo": the conjunct is what the company owns
                h = doc.group_of[j]
                kind, score = best_type(doc.groups[h].ev)
                if kind != "ORG" or score < WEAK:
                    continue
                a, b = (cands[j], c) if j < i else (c, cands[j])
                gap = doc.text[a.end:b.start]
                if gap == ", " and a.sent_initial and len(a.words) == 1 and not _list_goes_on(doc, max(i, j)):
                    continue  # "Meanwhile, Quistel ...", "Overseas, Quistel ...": a word fronted, no list
                if gap in _COORD_GAPS:
                    ev["ORG"] = ev.get("ORG", 0.0) + WEAK
                    doc.kind_cache.pop(g, None)
                    break


# the gap between an owner's possessive and the name it owns: the apostrophe's tail, then a ticker in brackets or
# none ("Brindle's Velo", "Brindle's (BRN.L) Velo")
_OWNED_NAME_GAP_RE = re.compile(r"['’]s?[ \t]+(?:\([A-Z0-9][\w.:-]{0,14}\)[ \t]+)?")


def _owns_next_name(doc: DocGroups, k: int) -> bool:
    """True when the possessive candidate `k` is followed at once by a name it owns ("Brindle's Velo", "Brindle's
    (BRN.L) Velo"), not by a noun ("Brindle's shares")."""
    nxt = next((c for c in doc.cands[k + 1:k + 3] if not c.ticker), None)
    return nxt is not None and _OWNED_NAME_GAP_RE.fullmatch(doc.text, doc.cands[k].end, nxt.start) is not None


def _list_goes_on(doc: DocGroups, k: int) -> bool:
    """True when candidate `k` is followed by another name of a list (", ", " and ", " or " between them)."""
    return k + 1 < len(doc.cands) and doc.text[doc.cands[k].end:doc.cands[k + 1].start] in _COORD_GAPS


def known_as(doc: DocGroups) -> None:
    """'Hon Hai Precision Industry, known as Foxconn' and 'The Taiwanese company, known as Foxconn': the trade
    name joins the company named right before it, else, when its clause speaks of a company ("the company",
    "the chipmaker"), the first company of the body (the story's subject). Input: the document's groups."""
    text = doc.text
    for i, c in enumerate(doc.cands):
        if c.prev in ("initials", "acronym", "abbreviation") and not doc.headline[i] and is_acronym(c.surface):
            # "the Federal Vehicle Office, known by its German initials QVA": the body named before the comma (the
            # language's adjective between is a candidate of its own)
            k = next((k for k in range(i - 1, max(-1, i - 3), -1)
                      if _KNOWN_BY_INITIALS_RE.fullmatch(text, doc.cands[k].end, c.start)), -1)
            if k >= 0 and doc.group_of[k] >= 0 and doc.kind(doc.group_of[k]) == "ORG":
                _move(doc, i, doc.group_of[k])
            continue
        if c.prev != "as" or doc.headline[i] or not _KNOWN_AS_RE.search(text, max(0, c.start - 40), c.start):
            continue
        if i > 0 and _FORMER_NAME_RE.fullmatch(text, doc.cands[i - 1].end, c.start) and _alone(doc, i):
            _detach(doc, i)  # "Jo Quist, the singer formerly known as Zorbo Man,": an old name, no entity of its own
            continue
        target = -1
        # the name right before ", known as" is the one the trade name belongs to ("the freight unit of Quist
        # Global, known as ZORB"): when it is no company, the trade name is no other company's either
        named_before = i > 0 and doc.group_of[i - 1] >= 0 \
            and _KNOWN_AS_DIRECT_RE.fullmatch(text, doc.cands[i - 1].end, c.start) is not None
        if named_before and doc.kind(doc.group_of[i - 1]) == "ORG":
            target = doc.group_of[i - 1]
        clause = text[max(text.rfind(".", 0, c.start), c.start - 80, 0):c.start].lower().split()
        if target < 0 and not named_before and any(w.strip(",") in _COMPANY_NOUNS or w.strip(",") in doc.lex.descriptor_words
                              for w in clause):  # "The Taiwanese company, known as Foxconn"
            target = next((doc.group_of[k] for k in range(len(doc.cands)) if k != i and not doc.headline[k]
                           and doc.group_of[k] >= 0 and doc.group_of[k] != doc.group_of[i]
                           and doc.kind(doc.group_of[k]) == "ORG"), -1)
        if target >= 0:
            _move(doc, i, target)


# a body's name in its own language or its short name after its English one: "the Freedonian Financial Authority,
# or Quistilsynet, said"; one word between ", or " and a comma or a closing stop
_OR_NAME_GAP = ", or "
_OR_NAME_END_RE = re.compile(r"[ \t]*[,.;)]")


def or_names(doc: DocGroups) -> None:
    """'the Freedonian Financial Authority, or Quistilsynet, said': the one word after ", or " joins the public body
    named right before it (its name ending in an institution's head: "Authority", "Agency", "Ministry", ...), the
    body's name in its own language. Not a second body ("the Quist Agency, or Zorbo Agency,": two words), nor a
    company ("Quist Holdings, or Zorbo,": no institution's head). Input: the document's groups."""
    text = doc.text
    heads = doc.lex.institution_heads
    for i in range(1, len(doc.cands)):
        c, prev = doc.cands[i], doc.cands[i - 1]
        if len(c.words) != 1 or doc.headline[i] or text[prev.end:c.start] != _OR_NAME_GAP \
                or prev.words[-1] not in heads or len(prev.words) < 2 or c.possessive \
                or not _OR_NAME_END_RE.match(text, c.end) or c.surface in doc.lex.places:
            continue
        target = doc.group_of[i - 1]
        if target >= 0 and doc.kind(target) == "ORG" and catalog_company(c.surface) is None:
            _move(doc, i, target)


def nicknames(doc: DocGroups) -> None:
    """'Mark “Zuck” Zuckerberg ... Zuck holds': the nickname alone names the person. Input: the groups."""
    nicks = {c.nickname: doc.group_of[i] for i, c in enumerate(doc.cands) if c.nickname and doc.group_of[i] >= 0}
    if not nicks:
        return
    for i, c in enumerate(doc.cands):
        target = nicks.get(c.surface, -1) if len(c.words) == 1 else -1
        if target >= 0:
            _move(doc, i, target)


# the gap between a name and the name it went by before, in apposition: "Jo Quist, the singer formerly known as",
# "Quistel, formerly known as"
_FORMER_NAME_RE = re.compile(r"[ \t]*,[ \t]+(?:(?:the|a|an)[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,3})?"
                             r"(?:formerly|previously)[ \t]+known[ \t]+as[ \t]+")


def _alone(doc: DocGroups, i: int) -> bool:
    """True when candidate `i` is the only mention of its group (or has none)."""
    g = doc.group_of[i]
    return g < 0 or doc.groups[g].members == [i]


def _detach(doc: DocGroups, i: int) -> None:
    """Candidate `i` leaves its group and names nothing."""
    g = doc.group_of[i]
    if g >= 0:
        doc.groups[g].members.remove(i)
        doc.group_of[i] = -1


def _move(doc: DocGroups, i: int, target: int) -> None:
    """Candidate `i`, with every mention of its group, joins group `target`."""
    old = doc.group_of[i]
    if old == target:
        return
    if old >= 0:
        for k in list(doc.groups[old].members):
            doc.groups[old].members.remove(k)
            doc.group_of[k] = target
            doc.groups[target].members.append(k)
        for key, g in list(doc.key_to_group.items()):
            if g == old:
                doc.key_to_group[key] = target
    else:
        doc.group_of[i] = target
        doc.groups[target].members.append(i)
    doc.kind_cache.pop(target, None)


_SHORT_NAME_GAP_RE = re.compile(r"[ \t]*\(")
_MINOR_WORDS = frozenset({"of", "and", "for", "the", "on", "de", "del", "la", "le", "du", "des", "y", "&"})


def parenthesised_short_names(doc: DocGroups) -> None:
    """'the National Mining Authority (Namiaut)': a one-word name alone in parentheses right after an
    organisation's name of two or more words, starting with the first letter of one of its words, is the short
    name the text defines for it (an abbreviation that need not spell the initials, often of the name in another
    language); all its mentions join the organisation. Places, exchanges and known organisations in parentheses
    ("Zorbo AG (Porto)", "(Nasdaq)") are a listing or a seat, not a short name."""
    lex = doc.lex
    text = doc.text
    for i in range(1, len(doc.cands)):
        c, full = doc.cands[i], doc.cands[i - 1]
        g, target = doc.group_of[i], doc.group_of[i - 1]
        if len(c.words) > 3 or c.ticker or doc.headline[i] or target < 0 or g == target \
                or not _SHORT_NAME_GAP_RE.fullmatch(text, full.end, c.start) or text[c.end:c.end + 1] != ")":
            continue
        if len(c.words) > 1:
            clipped = _clipped_words(c.words, doc.groups[target].words)
            if (clipped or _local_name(c.words, full.words, lex)
                    or _local_name(c.words, doc.groups[target].words, lex)) \
                    and doc.kind(target) == "ORG" and c.surface not in lex.places and catalog_company(c.surface) is None:
                c.local_name = not clipped  # the group keeps the name written first as its name
                _move(doc, i, target)
            continue
        word = c.words[0]
        if len(word) < 3 or word.isupper() or not word[0].isupper() or word in lex.places \
                or word in lex.known_org_alias or word in lex.exchange_prefixes or word in lex.indices \
                or word in lex.demonyms or catalog_company(word) is not None or word in lex.given_names:
            continue
        words = doc.groups[target].words
        if len(words) < 2 or doc.kind(target) != "ORG" and not is_word_blend(word, words):
            continue  # (a blend of the name's words is a company's short name, whatever the name alone was taken
            # for: "Zorbo Platinum (Zorplats) rose 4.8%")
        if word[0] in {w[0] for w in words if w.lower() not in _MINOR_WORDS and w[:1].isupper()}:
            _move(doc, i, target)


# the heads of a non-profit body's English name ("Stichting X (Fair Zorbo Foundation)"), beside the institutions';
# and the heads of a company's, which name a second organisation ("Groupe Quistel (Zorbo Holdings)")
_FOUNDATION_HEADS = frozenset({"Foundation", "Trust", "Fund", "Charity"})
_COMPANY_HEADS = frozenset({"Bank", "Banco", "Bancorp", "Banque", "Corporation", "Securities", "Exchange", "Exchanges"})


def _local_name(short: list[str], full: list[str], lex: Lexicon) -> bool:
    """True when ``short`` (two or three words in parentheses) names again the public body ``full`` ends with an
    institution's head ("the National Court (Audiencia Nacional)", "the Upper Tribunal (Lands Chamber)"): its name in
    its own language or the chamber that hears the case, no second body. Not a person's name (a given name first),
    a name sharing a word with the body's ("the Quist Agency (Zorbo Agency)": two bodies), nor one with a company's
    or another body's head ("the Quistland Power Authority (Zorbo Energy)")."""
    if len(full) < 2 or short[0] in lex.given_names or set(short) & set(full):
        return False
    if full[0] in lex.org_lead_words and full[-1] not in lex.institution_heads and full[-1] not in lex.org_heads \
            and (short[-1] in lex.institution_heads or short[-1] in _FOUNDATION_HEADS) \
            and short[-1] not in _COMPANY_HEADS:
        return True  # "Stichting Quist Zorbo (Quist Fair Foundation)": a body's name in its own language, then in English
    return full[-1] in lex.institution_heads and short[-1] not in lex.legal_suffixes \
        and short[-1] not in lex.org_heads


def _clipped_words(short: list[str], full: list[str]) -> bool:
    """True when every word of ``short`` (two or three words) opens on the first letter of a word of ``full`` (a
    longer name), in order, the first on its first word's, and the short name is not the full one's last words:
    "(Quist Safe)" after "the Quistland Department of Safety", not "(Safety Board)"."""
    heads = [w for w in full if w.lower() not in _MINOR_WORDS and w[:1].isupper()]
    if len(heads) <= len(short) or short[0][:1] != heads[0][:1] or any(not w[:1].isupper() for w in short):
        return False
    k = 1
    for word in short[1:]:
        while k < len(heads) and heads[k][:1] != word[:1]:
            k += 1
        if k == len(heads):
            return False
        k += 1
    return True


_CODE_RE = re.compile(r"[A-Z][A-Z0-9]{2,7}\Z")


def codes_before_names(doc: DocGroups) -> None:
    """'AURA3 (Quistel Aurora) | R$12.88 | -5.3%', 'QSTLA (Grupo Quistel)': a listing code (capitals, perhaps a
    digit: three to eight characters) right before a name of two or more words in parentheses is that name's code,
    as "Quistel Aurora (AURA3)" is: all its mentions join the name. A place or an index in parentheses is not a
    company's name, nor is a known acronym of things ("CEO", "ETF") a code, nor a dateline's place before its wire
    ("OTTAWA (Example Wire) — ...", a credit region)."""
    lex = doc.lex
    text = doc.text
    for i in range(len(doc.cands) - 1):
        code, name = doc.cands[i], doc.cands[i + 1]
        g, target = doc.group_of[i], doc.group_of[i + 1]
        if len(code.words) != 1 or len(name.words) < 2 or target < 0 or g == target \
                or not _CODE_RE.match(code.words[0]) or code.words[0] in lex.non_entity_acronyms \
                or code.words[0] in lex.known_org_alias or code.words[0] in lex.exchange_prefixes \
                or not _SHORT_NAME_GAP_RE.fullmatch(text, code.end, name.start) or text[name.end:name.end + 1] != ")" \
                or in_regions(code.start, doc.regions):
            continue
        if name.surface in lex.places or name.surface in lex.indices or doc.kind(target) in ("PLACE", "INDEX"):
            continue
        _move(doc, i, target)


# the head nouns of a body that the body's own article uses alone for it, capitalised: "the Union", "Union president
# Jane Roe" after "the Quistland Rail Workers Union"; "the Board" after "the Harwick Planning Board"
BODY_HEAD_SHORT_NAMES = frozenset({"Union", "Board", "Authority", "Commission", "Committee", "Council", "Tribunal",
                                   "Agency", "Bureau", "Association", "Federation", "Confederation", "Institute",
                                   "Foundation", "Society", "League", "Guild", "Coalition", "Court"})


def body_head_short_names(doc: DocGroups) -> None:
    """'The Quistland Rail Workers Union said ... Union president Jane Roe said': a body's head noun alone, after "the"
    or before a title, names the one organisation of the article whose name it closes (none or two: left alone). It
    is no first word of another article's company ("Union" beside "Union Quistfield Railroad")."""
    closers: dict[str, set[int]] = {}
    for g, grp in enumerate(doc.groups):
        if len(grp.words) >= 2 and grp.words[-1] in BODY_HEAD_SHORT_NAMES and grp.members \
                and doc.kind(g) == "ORG":
            closers.setdefault(grp.words[-1], set()).add(g)
    if not closers:
        return
    for i, c in enumerate(doc.cands):
        targets = closers.get(c.surface, set()) if len(c.words) == 1 else set()
        if len(targets) != 1 or not (c.prev in ("the", "The") or c.next[:1].islower() and c.next.title() in
                                     doc.lex.role_titles) or in_regions(c.start, doc.regions):
            continue
        target, old = next(iter(targets)), doc.group_of[i]
        if old == target:
            continue
        if old >= 0 and any(len(doc.cands[k].words) > 1 for k in doc.groups[old].members):
            # the word alone had joined a longer name it opens ("Union" of "Union Quistfield Railroad"): only this
            # mention leaves it
            doc.groups[old].members.remove(i)
            doc.group_of[i] = -1
            doc.kind_cache.pop(old, None)
        _move(doc, i, target)


def initials_labels(doc: DocGroups) -> None:
    """'KAREN VOSS:' or 'Karen Voss:' labelling the first answers of a printed interview, then 'KV:' labelling the
    next: the initials of the one person of two or three name words the text names in a turn's label are that person
    (the interviewer's initials, an outlet's, are left to the outlet's rules). Input: the groups and the turns."""
    turns = [t for t in doc.turns if t.label.strip()]
    if not turns:
        return
    labelled: dict[str, set[int]] = {}
    short: list[int] = []
    for i, c in enumerate(doc.cands):
        g = doc.group_of[i]
        if g < 0 or not any(t.label_start <= c.start and c.end <= t.label_end for t in turns):
            continue
        if len(c.words) == 1 and c.surface.isupper() and c.surface.isalpha() and 2 <= len(c.surface) <= 3:
            short.append(i)
        elif 2 <= len(c.words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in c.words):
            labelled.setdefault("".join(w[0] for w in c.words).upper(), set()).add(g)
    for i in short:
        targets = labelled.get(doc.cands[i].surface, set())
        if len(targets) == 1:
            _move(doc, i, next(iter(targets)))
