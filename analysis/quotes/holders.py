"""The person a definite role of an organisation stands for: "“…,” says the chief executive of Acme Group" in a
write-up that tells elsewhere who holds that role ("Roe, 52, joined Acme in 2019 and became chief executive in
2021"). The write-up's subject speaks, not the organisation after "of"."""

from __future__ import annotations

import re
from bisect import bisect_left

from .antecedents import ORG_TYPES, Doc
from .phrases import Phrase
from .words import SENTENCE_BREAK, is_sentence_break, speech_verbs

#: the roles one person holds at an organisation, each with the words that name the same role
_ROLES = {
    "chief executive": r"chief\s+executive(?:\s+officer)?|CEO",
    "chairman": r"chairman|chairwoman|chair",
    "finance director": r"finance\s+director|chief\s+financial\s+officer|CFO",
    "managing director": r"managing\s+director",
    "founder": r"founder",
    "president director": r"president\s+director",
}
#: "the chief executive of " / "the chairwoman at the " right before the organisation's name
_ROLE_OF = re.compile(r"(?:^|[\s(])(?:[Tt]he)\s+(?P<role>" + "|".join(_ROLES.values()) + r")\s+(?:of|at)\s+"
                      r"(?:the\s+)?\Z")
#: an organisation's possessive, then its role, to the end of a description ("Acme Group's chief executive")
_OWNED_ROLE = re.compile(r"['’]s?[ \t]+(?P<role>" + "|".join(_ROLES.values()) + r")")
_HOLDER_REACH = 150  # characters from a person's name to the role word that says they hold it


def _role_named(words: str) -> str:
    """The role of :data:`_ROLES` the words name ("CEO": chief executive), else ""."""
    return next((role for role, pattern in _ROLES.items() if re.fullmatch(pattern, words)), "")


def _role_before(doc: Doc, name_start: int) -> tuple[str, int]:
    """The role of :data:`_ROLES` a definite "the ROLE of" right before ``name_start`` names and where its "the"
    opens, else ("", -1)."""
    m = _ROLE_OF.search(doc.text, max(0, name_start - 60), name_start)
    if m is None:
        return "", -1
    return _role_named(m.group("role")), m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\n("))


def _org_at(doc: Doc, pos: int) -> str:
    """The name of the organisation mention opening at ``pos``, else ""."""
    i = bisect_left(doc.starts, pos)
    if i < len(doc.starts) and doc.starts[i] == pos and doc.types[i] in ORG_TYPES:
        return doc.names[i]
    return ""


def _sentence_of(doc: Doc, pos: int) -> tuple[int, int]:
    """The bounds of the sentence around ``pos`` (a line break ends one too)."""
    text = doc.text
    lo = max(0, pos - 400)
    starts = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, pos) if is_sentence_break(text, m)]
    lo = max([lo, *starts, text.rfind("\n", lo, pos) + 1])
    hi = min(len(text), pos + 400)
    ends = [m.start() + 1 for m in SENTENCE_BREAK.finditer(text, pos, hi) if is_sentence_break(text, m)]
    nl = text.find("\n", pos, hi)
    return lo, min([hi, *ends, *([nl] if nl >= 0 else [])])


def _holds(doc: Doc, k: int, org: str, role: str) -> bool:
    """Whether the person mention ``k`` is said to hold ``role`` at ``org`` in its own sentence: it is the first
    person the sentence names (a short form of the organisation's name aside), the role word follows it within
    :data:`_HOLDER_REACH` characters with no speech verb between ("Roe, 52, who joined Acme in 2019 and became
    chief executive", not "Roe, an analyst, said Acme's chief executive …"), and the sentence names the
    organisation (its name or the first word of it)."""
    text = doc.text
    lo, hi = _sentence_of(doc, doc.starts[k])
    short = org.split()[0]
    first = next((j for j in range(bisect_left(doc.starts, lo), k + 1)
                  if doc.types[j] == "PERSON" and text[doc.starts[j]:doc.ends[j]] != short), k)
    if first != k:
        return False
    reach = min(hi, doc.ends[k] + _HOLDER_REACH)
    m = re.compile(r"\b(?:" + _ROLES[role] + r")\b").search(text, doc.ends[k], reach)
    if m is None or any(v[0] < m.start() for v in speech_verbs(text, doc.ends[k], m.start(), verbs_only=True)):
        return False
    named = any(doc.names[j] == org for j in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)))
    return named or re.search(r"\b" + re.escape(short) + r"\b", text[lo:hi]) is not None


def role_holder(doc: Doc, ph: Phrase) -> tuple[str, int] | None:
    """(name, where the role's description opens) of the one person the text says holds the role a speaker phrase names at an organisation:
    "the chief executive of Acme Group" (a name phrase whose role stands before it, or a description that holds
    both), when exactly one person is told to be Acme's chief executive elsewhere ("Roe, 52, joined Acme in 2019
    and became chief executive in 2021"). None when the phrase is no such role or no one person or several are."""
    text = doc.text
    start = ph.name_start if ph.kind == "name" else ph.start
    if ph.kind == "name":
        role, opens = _role_before(doc, start)
        org = _org_at(doc, start) if role else ""
    else:
        m = re.compile(r"(?:[Tt]he)\s+(?P<role>" + "|".join(_ROLES.values()) + r")\s+(?:of|at)\s+(?:the\s+)?"
                       ).match(text, ph.start, ph.end)
        role = _role_named(m.group("role")) if m else ""
        org, opens = (_org_at(doc, m.end()) if m and role else ""), ph.start
        if m is None:  # "Acme Group's chief executive": the organisation's possessive, then the role
            i = bisect_left(doc.starts, ph.start)
            owned = _OWNED_ROLE.fullmatch(text, doc.ends[i], ph.end) \
                if i < len(doc.starts) and doc.starts[i] == ph.start and doc.types[i] in ORG_TYPES else None
            role = _role_named(owned.group("role")) if owned else ""
            if role or not (org := _named_org(doc, ph)):
                # (only the person named next: "As Roe spoke, Acme's chief executive said" is not Roe)
                return (named, opens) if role and (named := _named_next(doc, ph.end, role)) else None
            org, role = org
    if not org:
        return None
    found = {doc.names[k] for k in range(len(doc.starts))
             if doc.types[k] == "PERSON" and doc.starts[k] >= 0 and not doc.inside_quote(doc.starts[k])
             and _holds(doc, k, org, role)}
    if not found:
        named = _named_next(doc, ph.end, role) or _lede_subject(doc, opens)
        return (named, opens) if named else None
    return (found.pop(), opens) if len(found) == 1 else None


#: "the Acme Group chief executive": "the", then an organisation's name, then a role of :data:`_ROLES`
_NAMED_ROLE = re.compile(r"[Tt]he\s+(?=[A-Z])")
_NAMED_ROLE_TAIL = re.compile(r"\s+(?P<role>" + "|".join(_ROLES.values()) + r")")


def _named_org(doc: Doc, ph: Phrase) -> tuple[str, str] | None:
    """(organisation, role) of a description "the Acme Group chief executive" (the organisation's mention right
    after "the", then only the role), else None."""
    the = _NAMED_ROLE.match(doc.text, ph.start, ph.end)
    i = bisect_left(doc.starts, the.end()) if the else len(doc.starts)
    if i >= len(doc.starts) or doc.starts[i] != the.end() or doc.types[i] not in ORG_TYPES:
        return None
    tail = _NAMED_ROLE_TAIL.fullmatch(doc.text, doc.ends[i], ph.end)
    role = _role_named(tail.group("role")) if tail else ""
    return (doc.names[i], role) if role else None
#: a paragraph's opening: an optional dateline ("LISBON - ") before its first word
_PARAGRAPH_OPENING = re.compile(r"[ \t]*(?:[A-Z][A-Z .,'’/-]{1,40}[ \t]+[-—–][ \t]+)?")


def _lede_subject(doc: Doc, opens: int) -> str:
    """The person a profile's lede opens on, whom the next paragraph's quotation then names by role only: "Jane Roe
    does not think she has lost the fight. … / “…,” the chief executive of Acme said in an interview" (a
    feature's delayed identification). Only when the paragraph right before the role's opens on that person's name
    (after a dateline), as the first person it names, and no other person is named (outside quotations) from there to
    the role. "" when there is no such person."""
    text = doc.text
    para = text.rfind("\n\n", 0, opens)
    if para < 0:
        return ""
    prev = text.rfind("\n\n", 0, para)
    prev = 0 if prev < 0 else prev + 2
    at = _PARAGRAPH_OPENING.match(text, prev).end()
    k = bisect_left(doc.starts, at)
    if k >= len(doc.starts) or doc.starts[k] != at or doc.types[k] != "PERSON":
        return ""
    if any(doc.types[j] == "PERSON" and doc.names[j] != doc.names[k] and not doc.inside_quote(doc.starts[j])
           for j in range(k + 1, bisect_left(doc.starts, opens))):
        return ""
    return doc.names[k]


#: an apposition right after a name: its words up to the closing comma or the sentence's end
_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)[ \t]+([^,.;:\n]{1,80})")


def _paragraph_of(text: str, pos: int) -> int:
    """How many blank-line paragraph breaks stand before ``pos``."""
    return text.count("\n\n", 0, pos)


def _named_next(doc: Doc, end: int, role: str) -> str:
    """The person a lead names by role only ("Acme's chief executive told lawmakers …", "The chief executive of Acme
    bowed in apology …") when the text names them right after: the first person named after the role (outside
    quotations), in its paragraph or the next, for the first time in the article, opening their sentence (or right
    after a quotation) as the subject of a verb of saying, with no role of their own ("Jane Roe, appearing before
    the committee, said …", "“…,” Jane Roe told a news conference"; not "Jane Roe, an analyst at …, said" or
    "analyst Jane Roe said"). "" when there is no such person."""
    text = doc.text
    i = bisect_left(doc.starts, end)
    k = next((j for j in range(i, len(doc.starts)) if doc.types[j] == "PERSON" and not doc.inside_quote(doc.starts[j])),
             None)
    if k is None or _paragraph_of(text, doc.starts[k]) > _paragraph_of(text, end) + 1:
        return ""
    name, start, stop = doc.names[k], doc.starts[k], doc.ends[k]
    if any(doc.names[j] == name for j in range(bisect_left(doc.starts, 0), i)):
        return ""  # named before the role: the role is told of someone already introduced, or of another
    lo, hi = _sentence_of(doc, start)
    before = text[lo:start].strip()
    if before and not (before.endswith(("”", '"')) and before[:1] in "“\"" and before.rstrip("”\"")[-1:] in ",!?"):
        return ""  # a title or a role before the name ("analyst Jane Roe"), or the name inside a clause
    apposed = _APPOSITION.match(text, stop, hi)
    if apposed is not None and not re.search(r"\b(?:" + _ROLES[role] + r")\b", apposed.group(1)):
        return ""  # "Jane Roe, an analyst at …": a role of another kind
    verbs = speech_verbs(text, stop, hi, verbs_only=True)
    if not verbs or any(doc.types[j] == "PERSON" for j in range(k + 1, bisect_left(doc.starts, verbs[0][0]))):
        return ""
    return name
