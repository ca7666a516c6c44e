"""The one-line furniture lists of the cleaning rounds (``test_cleaning_round44``, ``test_cleaning_round45``), checked
the same way: each furniture line goes with its reason, each article line stays, and the patterns' quick pre-checks
never skip a pattern that matches the line (in capitals, small letters or after a bullet too)."""

from __future__ import annotations

import pytest

from analysis.corpus.furniture import _PATTERNS, _pattern_reason, furniture_reason, strip_bullet
from test_cleaning_round44 import ARTICLE as ARTICLE_44, FURNITURE as FURNITURE_44
from test_cleaning_round45 import ARTICLE as ARTICLE_45, FURNITURE as FURNITURE_45

FURNITURE = FURNITURE_44 + FURNITURE_45
ARTICLE = ARTICLE_44 + ARTICLE_45


@pytest.mark.parametrize("line,reason", FURNITURE)
def test_page_furniture_line_goes(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", ARTICLE)
def test_article_line_stays(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line", [line for line, _ in FURNITURE] + ARTICLE)
def test_pattern_gates_never_skip_a_new_pattern(line):
    for variant in (line, line.upper(), line.lower(), "• " + line):
        bare = strip_bullet(variant).strip()
        plain = next((reason for pattern, reason in _PATTERNS if pattern.search(bare)), None)
        assert _pattern_reason(bare, bare.lower()) == plain, variant
