"""The timex step's speed-ups (round 28): regexes rewritten to run faster must find exactly what the plain
forms find. These guard the rewrites, not rules: no output may change."""

from __future__ import annotations

import random
import re

from analysis.time import timex_context as tc
from analysis.time.timex_patterns import LEX

#: The sentence end as it was written before: the abbreviation checks as lookbehinds before the stop.
_PLAIN_SENT_END = re.compile(r"(?<![A-Z])(?<!Mr|Ms|Dr|St|Jr|Sr|No|Lt)(?<!Mrs|Gen|Sen|Rep|Gov|Inc|Rev|Col|Sgt)"
                             r"(?<!Corp|Prof|Capt)[.!?]['\"`]*\s+(?=[A-Z\"'`])|\n")

_TEXT = ("Mr. Quandry of Pellworth Corp. said the vote was set for May. \"It will pass!\" he added.\n"
         "Gov. Ashby-Rell spoke at 9 a.m. on Friday. Why? Nobody knew.  The U.S. Senate met.\n"
         "Capt. Orvell's crew sailed; Sgt. Mabe stayed.'' Then Prof. Dunkerly left. No. 4 held.")


def _spans(rx: re.Pattern[str], text: str, pos: int, end: int) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text, pos, end)]


def test_sentence_end_opens_on_its_character_same_matches() -> None:
    rnd = random.Random(28)
    pieces = list(".!?\n '\"`ABCxyz,") + ["Mr", "Mrs", "Corp", "Gov", "Capt", "Prof", "St", "Sgt", "No"]
    texts = [_TEXT] + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16))) for _ in range(20_000)]
    for text in texts:
        pos = rnd.randint(0, len(text))
        end = rnd.randint(pos, len(text))
        for p, e in ((0, len(text)), (pos, end)):
            assert _spans(tc._SENT_END, text, p, e) == _spans(_PLAIN_SENT_END, text, p, e)
    # what it must still refuse: a title's stop, a capital's stop; and find: a real end, a line break
    ends = [m.start() for m in tc._SENT_END.finditer(_TEXT)]
    assert _TEXT.index("Mr.") + 2 not in ends and _TEXT.index("Gov.") + 3 not in ends
    assert _TEXT.index("Corp.") + 4 not in ends  # "Corp. said": lower case after
    assert _TEXT.index("May.") + 3 in ends and _TEXT.index("added.") + 5 in ends
    assert [m.span() for m in tc._SENT_END.finditer("a heading\nthen text")] == [(9, 10)]
    assert _TEXT.index("U.S.") + 3 not in ends  # "S." after a capital


def test_alternation_by_first_letter_same_matches() -> None:
    verbs = ["said", "sent", "saw", "told", "took", "met", "made", "a", "ate"]
    cues = [re.escape(c).replace(r"\ ", r"\s+") for c in ["will", "would", "is to", "is due", "set to", "shall"]]
    for words in (verbs, cues, LEX["past_verbs_before"]):
        grouped = tc._alternation(words)
        assert grouped != "|".join(words)  # written by first letter
        for flags in (0, re.IGNORECASE):
            new = re.compile(r"\b(?:" + grouped + r")(?:\s+on)?", flags)
            old = re.compile(r"\b(?:" + "|".join(words) + r")(?:\s+on)?", flags)
            for text in ("Wrenfield SAID it ate a said-saw pie, Sent Told met made on Monday", _TEXT,
                         "the board is due  to meet, Hollow Bay will set to work; a ſaid story"):
                assert _spans(new, text, 0, len(text)) == _spans(old, text, 0, len(text))
                assert _spans(new, text, 5, len(text) - 3) == _spans(old, text, 5, len(text) - 3)
    # fragments with regex syntax of their own, or not opening on a lower-case letter, are joined as they are
    for words in (["said|told", "saw"], ["sa(i)d", "saw"], ["Said", "saw"], ["s?aid", "saw"], ["[st]aid", "saw"]):
        assert tc._alternation(words) == "|".join(words)


def test_boundary_first_and_break_regexes_same_matches() -> None:
    from analysis.time import timex as tx
    from analysis.time import timex_relative as tr

    plain = [
        (tc._SCHEDULED, re.compile(r"(?<!\bto )(?<!\bnot )(?<!n't )(?<!\bdid )(?<!\bdoes )(?<!\bdo )\b(?P<verb>"
                                   + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in LEX["schedule_verbs_present"])
                                   + r")\b[^.;:!?\n]*$", re.IGNORECASE)),
        (tc._PLAN_PARTICIPLE, re.compile(
            r"(?<!\bthan )(?<!\bas )(?<!\bhad )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhave )(?<!\bhas )"
            r"(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bI )(?<!\byou )(?<!\bwho )"
            r"\b(?:expected|targeted|targetted|slated|pencil(?:l)?ed\s+in|earmarked)\s+"
            r"(?:for|in|on|by|at|around)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?$", re.IGNORECASE)),
        (tr._WEEK_NAMED, re.compile(r"(?<!\bthe )(?<!\bthe\s\s)\b(?P<which>next)\s+week\b", re.IGNORECASE)),
        (tr._SENTENCE_BREAK, re.compile(r"[.!?]\s+|\n")),
        (tx._SENTENCE_BREAK, re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n")),
    ]
    texts = ["Tessaline reports results on", "the vote did not report on", "a launch slated for early ",
             "as expected in ", "a merger pencilled in for the ", "Orrin Vale expected in ", "we expected in ",
             "The next week, Dunmore met. \"Then?\" (Yes.)\nNext week Bellhaven votes.  the  next week",
             _TEXT, "a\n\nb. C!  “D? e"]
    for new, old in plain:
        for text in texts:
            for pos in range(0, len(text), 3):
                assert _spans(new, text, pos, len(text)) == _spans(old, text, pos, len(text))
                x, y = new.search(text, pos), old.search(text, pos)
                assert (x and x.span()) == (y and y.span())
    assert tc._PLAN_PARTICIPLE.search("a launch slated for early ") and not tc._PLAN_PARTICIPLE.search("as expected in ")
    assert tr._WEEK_NAMED.search("Next week Bellhaven") and not tr._WEEK_NAMED.search("in the next week")


def test_phrase_alternation_longest_first_same_matches() -> None:
    from analysis.time import timex_patterns as tp

    words = ["a couple of", "a couple", "a dozen", "couple of", "seven", "seventeen", "seventy", "six", "several"]
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    assert tp._alt(words) != plain
    new = re.compile(r"\b(?P<n>(?i:" + tp._alt(words) + r"))\s+(?P<u>days|weeks)\b")
    old = re.compile(r"\b(?P<n>(?i:" + plain + r"))\s+(?P<u>days|weeks)\b")
    for text in ("Kestrow waited a couple of days, then a couple  weeks, Seventeen days, seventy weeks",
                 "several days; SIX weeks; a dozen days after the Marlow vote; couple of weeks"):
        assert _spans(new, text, 0, len(text)) == _spans(old, text, 0, len(text))
    assert [m.group("n") for m in new.finditer("a couple of days and seventeen weeks")] == ["a couple of", "seventeen"]
