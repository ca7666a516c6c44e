"""Quote engine, round 52 (quotes52): inside a transcript's unmarked turn, a guest's own words quoted after a verb
of saying in the first person ("As I told our staff on Monday, “…”") are the guest's, over an organisation the
rules only reached through the context. Invented names and sentences."""

from __future__ import annotations

from test_quote_engine import quotes

TRANSCRIPT = """Orlen Medical Chief Executive Dana Feltz spoke with anchor Tom Rusk on Wednesday about the recall.

RUSK: Why did the recall take four months?

FELTZ: We had scattered reports in spring, and each looked like a different fault. We told the Health Products Agency the day we traced them.

RUSK: Do you expect a fine?

FELTZ: I will not guess. Health Products Agency inspectors are at our Larkin plant this week. As I told our staff on Monday, "we will be measured by what we fix, not by what we promise".
"""
PEOPLE = [("Dana Feltz", "Dana Feltz", "PERSON"), ("Tom Rusk", "Tom Rusk", "PERSON"),
          ("Orlen Medical", "Orlen Medical", "ORG"), ("Health Products Agency", "Health Products Agency", "ORG"),
          ("Larkin", "Larkin", "PLACE")]


def test_a_guest_quoting_themselves_after_an_organisation_is_named() -> None:
    rows = quotes(TRANSCRIPT, PEOPLE).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("we will be measured by what we fix, not by what we promise", "Dana Feltz")]


def test_someone_else_named_next_to_the_verb_keeps_the_words() -> None:
    # "their inspector told us" names the speaker next to the verb: the guest reports another's words
    text = TRANSCRIPT.replace('As I told our staff on Monday, "we', 'Their lead inspector, Ann Holm, told us, "we')
    rows = quotes(text, PEOPLE + [("Ann Holm", "Ann Holm", "PERSON")]).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("we will be measured by what we fix, not by what we promise", "Ann Holm")]
