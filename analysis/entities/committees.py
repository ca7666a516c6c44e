"""Committees of a legislature named by the grammar of their names: a list of subjects joined by commas ("the House
of Commons Digital, Culture, Media and Sport Committee"), two committees sharing a plural head ("the Senate
Judiciary and Commerce committees") and a chamber's committee named by its subject in lower case ("the Commons
culture committee", "the Senate banking committee").

Each is one organisation; the spans the capitalised words gave on their own ("House of Commons Digital", "Culture",
"Media and Sport Committee"; "Senate Judiciary"; "Commons") are replaced by the committee's mentions.
"""
from __future__ import annotations

import re

from analysis.entities.evidence import STRONG

Row = tuple[int, int, str, str, str, str, float]

_CAP = r"[A-Z][\w'’-]*"
# "House of Commons Digital, Culture, Media and Sport Committee": a name, two or more subjects after commas, the last
# joined by "and", then the head
_LISTED_RE = re.compile(
    rf"\b{_CAP}(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?{_CAP}|[ \t]+{_CAP}){{0,5}}(?:,[ \t]+{_CAP}){{1,6}},?[ \t]+"
    rf"(?:and|&)[ \t]+{_CAP}[ \t]+(?:Select[ \t]+)?(?:Committee|Subcommittee)\b")
_CHAMBERS = ("Senate", "House", "Commons", "Lords")
# "the Senate Judiciary and Commerce committees", "the House Financial Services and Senate Banking committees"
_PAIR_RE = re.compile(
    rf"\b(?:The[ \t]+)?({_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+and[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+(committees|subcommittees)\b")
# the words a chamber's committee in lower case may be named by ("culture", "banking", "digital, culture, media and
# sport"), none of them a word that goes on with the sentence ("the House voted to send the bill to committee")
_SUBJECT = r"(?!(?:the|a|an|to|of|in|on|for|with|by|from|that|this|its|his|her|their|has|had|was|were|is|will|would|" \
           r"and|or|but|which|who|said|says|voted|sent|asked|told)\b)[a-z]{3,}"
_LOWER_RE = re.compile(
    rf"\b(?:Senate|House|Commons|Lords)[ \t]+(?:{_SUBJECT}(?:,[ \t]+{_SUBJECT}){{0,5}},?[ \t]+(?:and|&)[ \t]+{_SUBJECT}"
    rf"|{_SUBJECT}(?:[ \t]+{_SUBJECT})?)[ \t]+(?:select[ \t]+)?(?:committee|subcommittee)\b")


def committee_rows(rows: list[Row], text: str) -> list[Row]:
    """`rows` (mentions of one document: start, end, surface, name, type, role, score) with the committees of
    :mod:`analysis.entities.committees` in place of the spans inside them."""
    if "ommittee" not in text:
        return rows
    found: list[tuple[int, int, list[Row]]] = []
    for match in _LISTED_RE.finditer(text):
        start = match.start() + (4 if match.group().startswith("The ") else 0)  # "The House of ...": no part of it
        name = " ".join(text[start:match.end()].split())
        found.append((start, match.end(), [(start, match.end(), text[start:match.end()], name, "ORG", "story",
                                            STRONG)]))
    for match in _PAIR_RE.finditer(text):
        first, second, head = match.group(1).split(), match.group(2).split(), match.group(3)
        if len(first) < 2 and first[0] not in _CHAMBERS:
            continue  # "Jane and Jo committees"? a name of one word is no committee's subject with its chamber
        head = "Subcommittee" if head.startswith("sub") else "Committee"
        prefix = first[:1] if first[0] in _CHAMBERS and second[0] not in _CHAMBERS else []
        names = (" ".join([*first, head]), " ".join([*prefix, *second, head]))
        found.append((match.start(), match.end(), [
            (match.start(1), match.end(1), match.group(1), names[0], "ORG", "story", STRONG),
            (match.start(2), match.end(2), match.group(2), names[1], "ORG", "story", STRONG)]))
    for match in _LOWER_RE.finditer(text):
        if any(a <= match.start() < b for a, b, _ in found):
            continue
        name = " ".join(match.group().split())
        found.append((match.start(), match.end(), [(match.start(), match.end(), match.group(), name, "ORG", "story",
                                                    STRONG)]))
    if not found:
        return rows
    kept = [row for row in rows if not any(a <= row[0] < b for a, b, _ in found)]
    for _a, _b, new in found:
        kept.extend(new)
    return sorted(kept)
