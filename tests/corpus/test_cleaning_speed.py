"""The shortcuts of the fast cleaning path give the same answers as the plain rules they skip (issue 17)."""

from __future__ import annotations

import re
import sys

import pytest

from analysis.corpus import cleaning
from analysis.corpus.cleaning import _is_normalized, clean_document, dedupe_key, normalize_line, raw_line_spans
from analysis.corpus.furniture import (
    _FOLDS_TO_ASCII_RE, _PATTERNS, _pattern_reason, furniture_reason, strip_bullet, table_cells,
)
from analysis.corpus.sentences import split_spans
from analysis.time.dates import parse_date_line

#: Invented lines, each matching one of the furniture patterns or close to one.
FURNITURE = [
    "Username or email address and your password", "Password reset: retrieve it here",
    "This website uses cookies to improve your experience.", "We use Cookies. By continuing you accept them",
    "Also read: Stocks to watch", "Don't miss - the week ahead", "More on this | markets",
    "© 2025 Example Wire", "(c) 2024 The Daily Example", "Copyright Example Media", "Example News. All Rights Reserved.",
    "Write us at the desk", "Contact: desk@example.com", "desk@example.com", "https://example.com/a/b",
    "Join our newsletters for updates", "Subscribe to get the alerts in your inbox",
    "A trader on the floor. Getty Images", "The plant in 2020. Photo credit: Jane Doe", "The site. File Photo.",
    "Photo: Jane Doe", "Image credit: Example", "1.2k shares", "12 Comments", "3 min read", "Item 2 of 5",
    "Click here to read more", "Sign up here.", "[1/4] A view of the plant", "Reporting by Jane Doe; Editing by Ann Roe",
    "(Additional reporting by Jo Poe)", "Our Standards: The Trust Principles.", "The Thomson Reuters Trust Principles",
    "Let us know what you think in the comments below.", "Share your thoughts in the comments section below!",
    "By Jane Doe", "by Jane Doe, Example Wire", "By Jane Doe and John Roe",
    "Shares of the company fell 3% on Monday after the report.", "The index closed at 4,500 points.",
    "A van at a show. (Photo by Jo Doe/Getty Images)", "The floor. (AP Photo/Jo Doe)", "A store. Photograph: Jo Doe/AFP",
    "The plant. Credit: Jo Doe for The Example", "FILE PHOTO: A sign in Bergen. REUTERS/Jo Doe/File Photo", "(Image: Getty)",
    "Jo Doe/Getty Images", "Get the news delivered to your inbox.", "Enter your email address",
    "By subscribing you agree to our terms.", "Privacy Notice: newsletters may hold ads.", "Free daily newsletter",
    "Write to Jo Doe at jo@example.com", "Follow Jo Doe", "Jo Doe contributed to this report.",
"Jo Doe is a reporter covering banks.", "Already a subscriber? Log in",
    "Subscribe to read", "Thanks for signing up!", "Published 3 hours ago", "Click to share on X (Opens in new window)",
    "Opinion by Jo Doe | May 1, 2031", "Sign in to continue", "You have reached your limit of free articles",
    "Already have an account? Sign in", "Presented by Example Bank", "Your ad blocker is on",
]


def _variants(line: str) -> list[str]:
    """``line`` in other cases and with the non-ASCII letters a case-insensitive pattern reads as ASCII letters."""
    out = [line, line.upper(), line.lower(), line.title(), "• " + line, "- " + line]
    for ascii_letter, other in (("k", "\u212a"), ("s", "\u017f"), ("i", "\u0131"), ("I", "\u0130")):
        out.append(line.replace(ascii_letter, other))
        out.append(line.replace(ascii_letter.upper(), other))
    return out


def _ungated_reason(bare: str) -> str | None:
    return next((reason for pattern, reason in _PATTERNS if pattern.search(bare)), None)


@pytest.mark.parametrize("line", FURNITURE)
def test_pattern_gates_never_skip_a_pattern_that_matches(line):
    for variant in _variants(line):
        bare = strip_bullet(variant).strip()
        assert _pattern_reason(bare, bare.lower()) == _ungated_reason(bare), variant


def test_fold_characters_are_all_known():
    """Every non-ASCII character that a case-insensitive pattern matches to an ASCII letter is one the gates look
    for (a line holding one is tried against every pattern)."""
    others = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for char in re.compile(letter, re.IGNORECASE).findall(others):
            assert _FOLDS_TO_ASCII_RE.search(char), (letter, hex(ord(char)))


@pytest.mark.parametrize("raw", [
    "&amp;amp; twice", "e\u200b\u0301 after a removed space", "a\u00a0\u00a0b", "\t x  y \t", "plain line",
    "caf\u0065\u0301", "&lt;div&gt;", "\ufeffStart", "tab\there",
])
def test_normalize_line_second_pass_skipped_only_when_it_changes_nothing(raw):
    once = normalize_line(raw)
    if _is_normalized(once):
        assert normalize_line(once) == once


@pytest.mark.parametrize("text", ["", "a", "a\n", "a\r\nb\rc\n\nd", "\n\n", "x\ry", "one\ntwo\nthree"])
def test_raw_line_spans_match_every_line_break(text):
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    ends = [m.start() for m in re.finditer(r"\r\n|\r|\n", text)] + [len(text)]
    assert raw_line_spans(text) == list(zip(starts, ends))


def test_small_helpers_agree_with_their_rules():
    assert table_cells("  no pipes here ") == ["no pipes here"]
    assert table_cells("Acme | +6.0% | -59%") == ["Acme", "+6.0%", "-59%"]
    assert dedupe_key("• “Quoted” – text’s") == "quoted text's"
    assert furniture_reason("Share15Tweet10Send") == cleaning.REASON_SHARE
    assert furniture_reason("SHARE ON FACEBOOK") is None  # all-capital words are not the widget's tokens
    assert parse_date_line("No year in this line") is None
    assert parse_date_line("Published: Jan. 28, 2025 10:30 am ET") is not None
    assert split_spans("He left. She stayed.") == [(0, 8), (9, 20)]


def test_clean_document_with_crlf_and_debris_lines():
    doc = clean_document("Headline of the story here\r\nJanuary 5, 2025\r\n{{x}} The body line one is long enough to count here. "
                         "It has two sentences in it.\r\n&amp;amp; trailing entity line that is kept for the record.")
    assert doc.title == "Headline of the story here"
    assert [r.reason for r in doc.removals] == [cleaning.REASON_DATELINE, cleaning.REASON_DEBRIS]  # the date's line too
    assert doc.paragraphs[-1] == "& trailing entity line that is kept for the record."
