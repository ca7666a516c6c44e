"""The turns of a broadcast or interview transcript.

A transcript prints no quotation marks: each turn is a line that opens with its speaker's label and a colon,
"PETRA LINDQVIST (Chief Executive, Marlow Foods): We are paying more…", "OREN CASTELL, BRIGHTWATER SECURITIES:
I think…", "LINDQVIST: We will…". :func:`transcript_turns` finds them when the document is a transcript: at least
:data:`MIN_TURNS` turn lines, by at least two labels, one of them a host's role or speaking twice (so a page with
"READ MORE:" and "WATCH:" lines is not one). The outlet's own people (anchor, host, reporter, moderator…) are
marked as hosts, and a voice without a name as unnamed. The quote engine reads the guests' turns as their
quotations (:mod:`analysis.quotes.find`); the entity layer reads their labels as people and the hosts' roles as
no entity (:mod:`analysis.entities.recognize`). An interview printed as questions and answers ("Q:" / "A:" lines)
gives its answers as quotations of the one person it interviews (:func:`qa_answers`); one whose questions are
printed under one word, often the publication's name ("SPIEGEL:", then "Roe:"), gives that word as a host's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace

#: A turn line: a label (a name, a role, or both; capitals or title case, up to five words, letters of any script),
#: an optional role or affiliation in brackets or after a comma or a dash, a colon, then the words spoken.
_TURN = re.compile(
    r"^(?:\[\d{1,2}(?::\d{2}){1,2}\][ \t]*)?"  # a time code ("[00:12:41] ROE: ...")
    r"(?P<label>[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_.'’-]*)*(?:[ \t]+[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_.'’-]*)*){0,4})"
    r"(?:[ \t]*\((?P<role>[^()\n]{1,80})\)|(?:,|[ \t]+[-—–])[ \t]*(?P<aff>[^\W\d_][^:\n]{1,60}?))?"
    r":[ \t]+(?P<speech>\S[^\n]*?)[ \t]*$",
    re.M,
)
#: the outlet's own voices: their turns are not quotations of a source
HOST_ROLES = frozenset("""anchor host co-host cohost presenter reporter correspondent interviewer moderator narrator
announcer newsreader journalist""".split())
#: voices without a name
UNNAMED = frozenset("unidentified unknown voice crosstalk crowd audience caller male female man woman".split())
#: labels of page furniture and headline kickers ("READ MORE:", "WATCH:", "UPDATE 2:"): never a speaker
NOT_SPEAKERS = frozenset("""read more watch related photo photos video note update updated correction source sources
editor editors exclusive breaking also see listen click sign subscribe advertisement tags topics share file
published posted analysis opinion comment explainer factbox timeline q a transcript monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november
december key why what how name age city job title location image images credit credits caption author authors
filed category categories disclosure disclaimer contact email phone summary background context takeaway takeaways
bottom line lines screen on-screen onscreen graphic graphics chyron lower-third""".split())
#: a comma or a relative pronoun inside a role in lower case: a clause of prose, not a label
_CLAUSE_IN_ROLE = re.compile(r",|\b(?:who|whose|which|that)\b")
#: a transcript has at least this many turn lines
MIN_TURNS = 3


@dataclass(frozen=True)
class Turn:
    """One turn: its speech (``start``/``end`` offsets into the text), the label as printed with its offsets, and
    the role or affiliation after it (with its offsets; empty when none)."""

    start: int
    end: int
    label: str
    role: str
    label_start: int = 0
    role_start: int = 0
    interviewer: bool = False

    @property
    def label_end(self) -> int:
        return self.label_start + len(self.label)

    @property
    def role_end(self) -> int:
        return self.role_start + len(self.role)

    @property
    def host(self) -> bool:
        """A turn of the outlet's own people (anchor, host, reporter…)."""
        return _is_host(self)

    @property
    def unnamed(self) -> bool:
        """A turn of a voice without a name ("UNIDENTIFIED MALE")."""
        return _is_unnamed(self)

    def words(self) -> list[str]:
        return self.label.casefold().replace("-", " ").split() + self.role.casefold().replace("-", " ").split()


def _is_host(turn: Turn) -> bool:
    return turn.interviewer or bool(HOST_ROLES.intersection(turn.words()) or {"co", "host"} <= set(turn.words()))


def _is_unnamed(turn: Turn) -> bool:
    return bool(UNNAMED.intersection(turn.label.casefold().split()))


def turn_lines(text: str, surnames: Collection[str] = ()) -> list[Turn]:
    """Lines whose label may name a speaker: a host's role, a label in capitals, a name of two words or more,
    or one word that is the surname of a person the document names (``surnames``, casefolded); and the lines of
    an interviewer printed under one word, often the publication's name (:func:`_interviewer`)."""
    found, one_word = [], []
    for m in _TURN.finditer(text):
        label = m["label"]
        words = label.casefold().split()
        if NOT_SPEAKERS.intersection(words) or len(m["speech"].split()) < 2:
            continue
        if not all(w[:1].isupper() for w in label.split()):
            continue  # every word of a label is capitalised, in any script ("RENÉ NÚÑEZ", "Émile Corlay")
        if m["aff"] and m["aff"][:1].islower() and (len(words) < 2 or _CLAUSE_IN_ROLE.search(m["aff"])):
            # a role in lower case follows a full name only ("Jane Roe, chief economist at Acme:"), and holds
            # no clause ("Jane Roe, a fund manager at Acme, told us:", "Jane Roe, who runs Acme, said:": prose)
            continue
        role = "role" if m["role"] else "aff"
        turn = Turn(m.start("speech"), m.end("speech"), label, m[role] or "", m.start("label"), max(m.start(role), 0))
        if _is_host(turn) or label == label.upper() or len(words) >= 2 or words[0] in surnames:
            found.append(turn)
        elif len(words) == 1 and not turn.role:
            one_word.append(turn)
    return _interviewer(text, found, one_word, surnames)


def _next_line_start(text: str, end: int) -> int:
    """The offset where the first line with words after offset ``end`` starts."""
    rest = text[end:]
    return end + len(rest) - len(rest.lstrip())


def _interviewer(text: str, found: list[Turn], one_word: list[Turn], surnames: Collection[str]) -> list[Turn]:
    """``found`` with the lines of an interview's questioner marked as a host's: a one-word label that names no
    person of the document ("SPIEGEL:", "TelcoTalk:", "Q:" aside), printed twice or more, each of its lines
    followed at once by the answer of someone named ("Roe: ...", "Jane Roe: ..."). Exactly one label may be
    the questioner (two one-word labels taking turns are two speakers); ``one_word`` are its candidate lines in
    title case, which are no turn otherwise."""
    named = {t.label_start: t for t in found
             if not t.host and (len(t.label.split()) > 1 or t.label.casefold() in surnames)}
    lines = [t for t in found if " " not in t.label and t.label.casefold() not in surnames] + one_word
    by_label: dict[str, list[Turn]] = {}
    for t in lines:
        by_label.setdefault(t.label.casefold(), []).append(t)
    asking = [label for label, ts in by_label.items()
              if len(ts) >= 2 and all(_next_line_start(text, t.end) in named
                                      and named[_next_line_start(text, t.end)].label.casefold() != label for t in ts)]
    if len(asking) != 1:
        return found
    questions = [replace(t, interviewer=True) for t in by_label[asking[0]]]
    kept = [t for t in found if t.label.casefold() != asking[0]]
    return sorted(kept + questions, key=lambda t: t.start)


def is_transcript(turns: list[Turn]) -> bool:
    """Whether ``turns`` (:func:`turn_lines` of a text) make the text a transcript (rules in the docstring)."""
    if len(turns) < MIN_TURNS:
        return False
    labels = Counter(t.label.casefold() for t in turns)
    return len(labels) >= 2 and (any(_is_host(t) for t in turns) or max(labels.values()) >= 2)


def _name_case(label: str) -> str:
    """A label in capitals as a name is written ("OREN CASTELL" -> "Oren Castell"); mixed case is kept."""
    if label != label.upper():
        return label
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in label.split())


def _speaker(label: str, names: list[tuple[str, str]]) -> tuple[str, str]:
    """(name, type) of a label: the entity mention whose name the label is (casefolded), or whose surname a
    one-word label is; else the label in name case, a person."""
    folded = " ".join(label.casefold().split())
    if " " not in folded:  # a surname: the one person named in full with it
        full = {(n, t) for n, t in names if t == "PERSON" and len(n.split()) > 1 and n.casefold().split()[-1] == folded}
        if len(full) == 1:
            return next(iter(full))
    for name, etype in names:
        if name.casefold() == folded:
            return name, etype
    return _name_case(label), "PERSON"


def transcript_turns(text: str, surnames: Collection[str] = ()) -> list[Turn]:
    """The turns of ``text`` when it is a transcript (rules in the module docstring), in text order; empty when
    it is not one. ``surnames`` (casefolded) are the surnames of the people the text names: a one-word label in
    title case ("Lindqvist:") is a turn only when it is one of them."""
    turns = turn_lines(text, surnames)
    return turns if is_transcript(turns) else []


#: a line of a question-and-answer interview: "Q:" / "A:" (or "Question:" / "Answer:"; not "A." of an initial)
_QA_LINE = re.compile(r"^[ \t]*(?P<label>Q|A|Question|Answer):[ \t]+(?P<speech>\S[^\n]*?)[ \t]*$", re.M)
#: a Q&A interview has at least this many answers, and a question
MIN_ANSWERS = 2


def qa_answers(text: str, mentions: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str, str]]:
    """The answers of a question-and-answer interview as quotations of the one person interviewed: ``(start, end,
    speaker, "PERSON", label)`` for each "A:" line, when the text has at least :data:`MIN_ANSWERS` of them and a
    "Q:" line. The interviewee is the one person the text names before the first question (a byline's or another
    name there too: the person it names most often, when one does); empty when no one can be told."""
    lines = [(m.start("speech"), m.end("speech"), m["label"][0]) for m in _QA_LINE.finditer(text)]
    answers = [(a, b) for a, b, k in lines if k == "A"]
    questions = [a for a, _, k in lines if k == "Q"]
    if len(answers) < MIN_ANSWERS or not questions:
        return []
    first = min(questions)
    people = {str(n) for a, _, n, t in mentions if t == "PERSON" and a < first}
    if not people:
        return []
    if len(people) > 1:
        counts = Counter(str(n) for _, _, n, t in mentions if t == "PERSON" and str(n) in people)
        ranked = counts.most_common(2)
        if ranked[0][1] == ranked[1][1]:
            return []
        people = {ranked[0][0]}
    who = people.pop()
    return [(a, b, who, "PERSON", "A") for a, b in answers]


def quoted_turns(text: str, mentions: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str, str]]:
    """The guests' turns of ``text`` as quotations when it is a transcript, in text order: ``(start, end, speaker,
    speaker_type, label)`` with ``text[start:end]`` the words spoken. ``mentions`` are the document's entity
    mentions ``(start, end, name, type)``: a label names the person they give for it (the full name for a
    surname label), else the label itself with capitals only on initials."""
    names = list(dict.fromkeys((str(n), str(t)) for _, _, n, t in mentions if t in ("PERSON", "ORG")))
    turns = transcript_turns(text, {n.casefold().split()[-1] for n, t in names if t == "PERSON" and n.split()})
    if not turns:
        return qa_answers(text, mentions)
    out = []
    for turn in turns:
        if turn.host or turn.unnamed:
            continue
        name, etype = _speaker(turn.label, names)
        out.append((turn.start, turn.end, name, etype, turn.label))
    return out
