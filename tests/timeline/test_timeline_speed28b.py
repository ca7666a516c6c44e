"""The timeline's speed, second pass: a move sentence's "since" check finds its expression without a pattern per
expression (each new pattern took a place in the regex module's cache, so patterns used elsewhere were compiled
again). The answers must stay those of the pattern version."""

import re

from analysis.timeline.sessions import _after_since, _occurrences


def _pattern_starts(literal: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(literal), text)]


def test_occurrences_are_the_starts_of_the_escaped_pattern():
    cases = [
        ("aa", "aaaaa"),  # overlapping occurrences: left to right without overlaps
        ("Tuesday", "Tuesday's close and Tuesday (Tuesday)"),
        ("3.5%", "up 3.5% then 3x5% then 3.5%"),  # a stop and a percent sign read literally
        ("(Q2)", "the (Q2) figures, Q2 and (Q2)"),
        ("May", "may, MAY and May"),  # case-sensitive, as the pattern was
        ("June 4", "no date here"),
        ("é", "été, é"),
    ]
    for literal, text in cases:
        assert list(_occurrences(literal, text)) == _pattern_starts(literal, text), literal


def test_since_check_answers_as_before_and_compiles_no_pattern_per_expression():
    _after_since.cache_clear()
    sentence = "Brindlecot Shipping had its worst week since Thursday, when Orlen Vasko quit; Thursday it fell 4%."
    before = len(re._cache)  # type: ignore[attr-defined]
    re.purge()
    assert _after_since("Thursday", sentence) is True  # the first "Thursday" is the comparison's yardstick
    assert _after_since("Friday", sentence) is False
    assert _after_since("fell 4%", "Quillmont Foods fell 4% on Monday, its steepest drop since March.") is False
    assert _after_since("March", "Quillmont Foods fell 4% on Monday, its steepest drop since March.") is True
    assert _after_since("2021", "Its best day since its 2021 listing, said Pell Arden.") is True  # a year after "since"
    # only the year's check builds a pattern; the expressions' own occurrences are found without one
    assert len(re._cache) <= 1, before  # type: ignore[attr-defined]
