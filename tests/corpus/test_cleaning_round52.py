"""Round 52 (lead): a login box speaks to the reader; a paragraph reporting a breach of customers' email addresses and
passwords, or quoting a warning about them, is the article's and is kept. Invented lines."""

from __future__ import annotations

import pytest

from analysis.corpus.furniture import REASON_LOGIN, furniture_reason


@pytest.mark.parametrize("line", [
    "Enter your username or email address and password",
    "Forgot your password? Reset it here",
    "Lost your password? Please enter your username or email address. You will receive a link to create a new "
    "password via email.",
])
def test_a_login_box_is_furniture(line: str) -> None:
    assert furniture_reason(line) == REASON_LOGIN


@pytest.mark.parametrize("line", [
    "The attackers copied the email addresses and encrypted passwords of about 40,000 customers, Halvern Telecom said "
    "on Tuesday.",
    "Customers were told to reset their passwords within a week, the regulator said.",
    "“Never share your email address or password with anyone who calls you,” said Ines Marlowe, the bank's head of "
    "fraud.",
])
def test_prose_about_passwords_is_kept(line: str) -> None:
    assert furniture_reason(line) is None


def test_a_writers_beat_is_a_credit() -> None:
    assert furniture_reason("Ines Marlowe covers banking for the Harbour Ledger. She joined in 2029.") is not None


def test_the_introduction_of_an_interviews_guest_is_kept() -> None:
    line = ("Tove Arnesen covers Nordic shipping for Brakvik Securities in Oslo. The Ledger's Ines Marlowe asked her "
            "about the aftermath of the outage. The interview has been edited for length.")
    assert furniture_reason(line) is None
