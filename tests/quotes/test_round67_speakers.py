"""Quote engine, round 67 (quotes67). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.mentions``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,."), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


BRISK = [("Brisk Foods", "Brisk Foods", "ORG"), ("Calder Group", "Calder Group", "ORG"), ("Calder", "Calder Group", "ORG"),
         ("Moro", "Moro", "ORG")]
LEAD = "Brisk Foods said on Monday it would not raise its offer for Calder's snack unit.\n\n"


def test_the_maker_of_a_product_takes_up_the_company_the_story_is_about() -> None:
    # "the maker of Halden crisps said": a wire's description of a company by its trade, a subject before the verb
    text = LEAD + "The maker of Halden crisps said: \"We do not intend to increase our proposal.\""
    assert _rows(text, BRISK) == [("We do not intend to increase our proposal", "Brisk Foods")]


def test_the_maker_of_a_product_with_adjectives_before_it() -> None:
    text = LEAD + "The Dunmere-based maker of crisps said: \"We do not intend to increase our proposal.\""
    assert _rows(text, BRISK) == [("We do not intend to increase our proposal", "Brisk Foods")]


def test_a_brand_in_the_trade_description_is_not_the_speaker() -> None:
    # "the maker of Halden crisps and Moro tea said it “…”": Moro is what it makes, not who speaks; nor is the
    # rival of the relative clause after the quotation ("which Calder rejected")
    text = LEAD + ("In a statement, the maker of Halden crisps and Moro tea said it \"does not intend to increase\" "
                   "its proposal, which Calder rejected as too low.")
    assert _rows(text, BRISK) == [("does not intend to increase", "Brisk Foods")]


def test_a_description_of_people_keeps_the_organisation_inside_it() -> None:
    # unchanged: "an army of Calder workers" is a description of people, whose organisation speaks through them
    text = LEAD + "An angry army of Calder workers had gathered at the gates, chanting \"Not for sale\" for an hour."
    assert _rows(text, BRISK) == [("Not for sale", "Calder Group")]


PEOPLE = [("Quill Varro", "Quill Varro", "PERSON"), ("Varro", "Quill Varro", "PERSON"),
          ("Tamsin Okoro", "Tamsin Okoro", "PERSON"), ("Okoro", "Tamsin Okoro", "PERSON")]
NO_ONE_NAMED = ("\n\nThe talks in the capital were long.\n\nPrices of grain rose in the week.\n\nThe port was shut for two "
                "days by a storm.\n\nRain fell on the coast for the third day.\n\n")


def test_a_he_four_paragraphs_after_two_people_of_unknown_gender_stays_open() -> None:
    # the pronoun ranker's best candidate scores between 0.5 and 0.6 (the threshold, chosen on PolNeAR train): a
    # reader cannot tell which of the two spoke, and a likely wrong name is worse than none
    text = "Critics say Quill Varro and Tamsin Okoro have not met." + NO_ONE_NAMED + "He said: \"We are close.\""
    assert _rows(text, PEOPLE) == [("We are close", "")]


def test_a_he_right_after_the_one_person_named_is_still_named() -> None:
    text = "Critics say Tamsin Okoro has not met the board.\n\nHe said: \"We are close.\""
    assert _rows(text, PEOPLE) == [("We are close", "Tamsin Okoro")]
