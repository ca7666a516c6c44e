"""Quote engine, round 22: constructions of business prose behind speaker errors read on real market coverage
(no gold there). Invented sentences, fictional companies and places; the entity mentions are given by hand, as
the entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_GEARS = [("Harlow Gears Inc.", "Harlow Gears", "ORG"), ("Harlow", "Harlow Gears", "ORG"),
          ("Dunmere", "Dunmere", "PLACE"), ("Ohio", "Ohio", "PLACE")]


def test_a_description_opened_by_its_place_of_business_speaks_for_the_company() -> None:
    # "The Rockford, Ill., maker of fasteners also said …": the company, not the city that says where it is
    lead = "Harlow Gears Inc. said it expects profit to fall below an analyst's estimate.\n\n"
    for subject in ("The Dunmere, Ohio, maker of gears also said",
                    "The Dunmere, Ohio-based maker of gears and Brisk Valley tools said",
                    "The Dunmere, Ohio, company said"):
        text = lead + subject + " sales would be \u201cslightly lower\u201d this year."
        row = quotes(text, _GEARS).iloc[0]
        assert (row["speaker"], row["attribution"]) == ("Harlow Gears", "coreference"), subject
    # left alone: a place opening the sentence before the subject, and a place with no organisation noun after it
    text = lead + "In Dunmere, Ohio, the company said sales would be \u201cslightly lower\u201d this year."
    assert list(quotes(text, _GEARS)["speaker_mention"]) == ["the company"]
    text = lead + "The Dunmere, Ohio, plant said nothing, but its owner called sales \u201cslightly lower.\u201d"
    assert "Harlow Gears" not in list(quotes(text, _GEARS)["speaker_mention"])


_VELA = [("Vela Systems Inc.", "Vela Systems", "ORG"), ("Vela", "Vela Systems", "ORG"),
         ("Tomas Brenner", "Tomas Brenner", "PERSON"), ("Brenner", "Tomas Brenner", "PERSON")]


def test_he_or_she_after_an_unnamed_spokesperson_speaks_for_the_spokespersons_company() -> None:
    # "“…,” said a Sun spokesman. To switch …, “…,” he said": the spokesman again, who speaks for the company
    text = ("\u201cThe bugs are normal,\u201d said Tomas Brenner, an engineer at a rival.\n\n"
            "Vela said the bugs won't delay it. \u201cWe haven't changed our plans,\u201d said a Vela spokesman. "
            "Switching chips \u201cwould not be an option,\u201d he said.")
    assert list(quotes(text, _VELA)["speaker"]) == ["Tomas Brenner", "Vela Systems", "Vela Systems"]
    text = ("Vela said profit fell. A company spokesman said it was \u201cpossible, but unlikely\u201d that the "
            "plant closes. \u201cWe will look at it again,\u201d he said.")
    assert list(quotes(text, _VELA)["speaker"]) == ["Vela Systems", "Vela Systems"]
    text = "Tomas Brenner spoke first. A Vela spokeswoman said the recall is off. \u201cWe see no problem,\u201d she said."
    assert list(quotes(text, _VELA)["speaker"]) == ["Vela Systems"]
    # left alone: a spokesman named in apposition, a person named since, a pronoun of the other gender
    text = "Tomas Brenner, a Vela spokesman, said the recall is off. \u201cWe see no problem,\u201d he said."
    assert list(quotes(text, _VELA)["speaker"]) == ["Tomas Brenner"]
    text = ("A Vela spokeswoman said the recall is off. Tomas Brenner disagreed. "
            "\u201cThere is a problem,\u201d he said.")
    assert list(quotes(text, _VELA)["speaker"]) == ["Tomas Brenner"]
    text = "A Vela spokeswoman said the recall is off. \u201cThere is a problem,\u201d he said."
    assert list(quotes(text, _VELA)["speaker"]) == [""]


def test_she_after_the_spokeswoman_takes_up_the_first_indefinite_spokeswoman() -> None:
    # "An IBM spokeswoman said … IBM has no plans …, the spokeswoman said … “…,” she said": IBM
    text = ("Tomas Brenner praised the chip.\n\nA Vela spokeswoman said the company told customers on Monday. "
            "Vela has no plans to recall it, the spokeswoman said, and could avoid the bug. "
            "\u201cWe see no big problem,\u201d she said.")
    assert list(quotes(text, _VELA)["speaker"]) == ["Vela Systems"]
    # left alone: the first spokeswoman named in apposition
    text = ("Tomas Brenner praised the chip.\n\nLida Marsh, a Vela spokeswoman, said the company told customers. "
            "Vela has no plans to recall it, the spokeswoman said. \u201cWe see no big problem,\u201d she said.")
    ents = _VELA + [("Lida Marsh", "Lida Marsh", "PERSON")]
    assert list(quotes(text, ents)["speaker"]) != ["Vela Systems"]


def test_a_thrift_and_a_concern_are_descriptions_of_a_company() -> None:
    # business prose calls a savings bank "the thrift" and any company "the concern"
    ents = [("Quarrow Federal Savings", "Quarrow Federal Savings", "ORG")]
    for noun in ("thrift", "concern"):
        text = (f"Quarrow Federal Savings posted a loss for the quarter.\n\nThe {noun} said it expects "
                "\u201ca return to profit by the spring.\u201d")
        assert list(quotes(text, ents)["speaker"]) == ["Quarrow Federal Savings"]
    # "the concern" as a worry, with its own speakers, stays theirs
    text = "Quarrow Federal Savings posted a loss.\n\nThe concern, analysts said, is \u201ca weak loan book.\u201d"
    assert list(quotes(text, ents)["speaker"]) != ["Quarrow Federal Savings"]
