"""Quote engine, round 51 (quotes51): an organisation's relative clause before its verb of saying ("at Acme
Partners, which said"), a broker's rating in marks before "at"/"by" ('upgraded to "buy" at Acme Partners'), and "the
company" with no body to take up credited to the company the story opens on. Invented companies, people and
sentences; the entity mentions are given by hand."""

from __future__ import annotations

from analysis.quotes.antecedents import build_doc
from analysis.quotes.speakers import _organisation_near
from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# "X +1.8% — Upgraded to "buy" at Y, which said …": the rating is no quotation, and Y's relative clause says the words
BROKER = [("Tallow Cloud Inc.", "Tallow Cloud", "ORG"), ("Fenwick Partners", "Fenwick Partners", "ORG"),
          ("Marrow & Finch", "Marrow & Finch", "ORG")]


def test_an_organisations_relative_clause_before_said() -> None:
    text = ("Tallow Cloud Inc. (NYSE: TLCD) +2.4% — Upgraded to \"buy\" at Fenwick Partners, which said the "
            "selloff after the outage was \"a gift to patient holders\".")
    assert _rows(text, BROKER) == [("a gift to patient holders", "Fenwick Partners")]


def test_a_rating_before_the_broker_is_no_quotation() -> None:
    text = ("Analysts at Marrow & Finch said Tallow Cloud, cut to \"sell\" by Fenwick Partners last week, still had "
            "\"room to run\".")
    assert _rows(text, BROKER) == [("room to run", "Marrow & Finch")]


def test_a_persons_relative_clause_left_alone() -> None:
    # left alone: "who" after a person's name, as before
    people = [("Odile Brun", "Odile Brun", "PERSON"), ("Pieter Alms", "Pieter Alms", "PERSON")]
    text = "Pieter Alms disagreed with Odile Brun, who had called the plan \"a slow surrender\"."
    assert _rows(text, people) == [("a slow surrender", "Odile Brun")]


# "Unease at Acme's plant … The company said on Sunday it had "…"": no body to take up in the paragraph, so the
# company the story opens on (named in its first paragraph and most often)
PLANT = [("Velmora Labs", "Velmora Labs", "ORG"), ("Velmora", "Velmora Labs", "ORG"),
         ("Corrin Valley", "Corrin Valley", "PLACE"), ("Tomas Reyes", "Tomas Reyes", "PERSON")]


def test_the_company_without_a_body_is_the_one_the_story_opens_on() -> None:
    text = ("Workers at Velmora Labs' plant in Corrin Valley waited for news on Monday.\n\n"
            "The unit employs about 2,000 people and ships most of its tablets abroad.\n\n"
            "\"Everyone asks the same thing,\" said Tomas Reyes, a packer.\n\n"
            "The company said on Sunday that it had \"no plans for layoffs\" at the site.")
    assert _rows(text, PLANT) == [("Everyone asks the same thing,", "Tomas Reyes"),
                                  ("no plans for layoffs", "Velmora Labs")]



# "Bankers say … “…,” said one.": one of the people just described, unnamed; not the body the next sentence names
BANKERS = [("Maison Ferrand", "Maison Ferrand", "ORG"), ("Ferrand", "Maison Ferrand", "ORG"),
           ("Lyon", "Lyon", "PLACE")]


def test_said_one_names_no_one() -> None:
    text = ("Maison Ferrand has lost half its value since March.\n\n"
            "Bankers in Lyon say the jewellery arm would find buyers if it were put up for sale. \"The brand is "
            "worth more than the books right now,\" said one. Ferrand has said nothing about a sale.")
    # (round 62: "banker" is a person's role noun, so "Bankers" is the group "one" is of, as "Analysts" and
    # "Traders" were already; still not Maison Ferrand)
    assert _rows(text, BANKERS) == [("The brand is worth more than the books right now,", "Bankers")]



def test_the_company_left_alone_after_another_body_named_near() -> None:
    # left alone: a body named in the paragraph before ("Brant Oil's own scientists") may be the one "the company"
    # takes up, so the story's lead organisation is not read in its place
    text = ("Harlow College defends its reporting.\n\n"
            "Harlow College students wrote two articles on the risks Brant Oil's own scientists saw.\n\n"
            "Late last month, the company wrote a letter calling the articles \"inaccurate and deliberately "
            "misleading.\"")
    names = [("Harlow College", "ORG"), ("Harlow College", "ORG"), ("Brant Oil", "ORG")]
    starts = [text.find("Harlow College"), text.find("Harlow College", 10), text.find("Brant Oil")]
    doc = build_doc(text, starts, [s + len(n) for s, (n, _) in zip(starts, names)], [n for n, _ in names],
                    [t for _, t in names], [])
    at = text.find("the company")
    assert _organisation_near(doc, at) is True
    far = "Harlow College defends its reporting.\n\nThe articles ran in October.\n\nThe company said it was \"misled.\""
    doc = build_doc(far, [0], [14], ["Harlow College"], ["ORG"], [])
    assert _organisation_near(doc, far.find("The company")) is False
