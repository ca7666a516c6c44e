"""Entity layer, round 28 (the twenty-seventh corpus as a dev corpus): each rule on invented sentences, with what it
must leave alone.

Every company, person and place here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round10 import _people_orgs
from test_entity_round11 import _corpus_entities


# 1. A broker's rating written with a capital ("cut to Hold from Buy", "a Sell rating") is no organisation.
def test_an_analysts_rating_is_no_organisation() -> None:
    text = ("HARTWELL CAPITAL - EUROPEAN RETAIL\n\nOrnbury Stores (ORN.L): Patience premium - cutting to Hold\n\n"
            "We cut Ornbury to Hold from Buy and lower our price target. Quenby Partners keeps a Sell rating on the "
            "stock, said Livia Marchetti, an analyst at Quenby Partners.\n")
    found = _people_orgs(text)
    assert not found & {"Hold", "Buy", "Sell"}, found
    assert "Ornbury Stores" in found


def test_a_company_named_like_a_rating_stays_a_company() -> None:
    text = "Shares of Best Buy rose 4% on Tuesday. Best Buy said it would cut prices to win customers.\n"
    assert "Best Buy" in _people_orgs(text)


# 2. A lone word that is another word of the corpus with a people's or a language's ending ("Ostravian banks" beside
# "Ostravia's finance minister") is an adjective of origin, no organisation; its stem is a place, not the short form
# of the company named after it ("Ostravia" is no "Ostravia Mutual Bank").
def test_an_adjective_of_origin_and_its_place_are_no_organisations(tmp_path: Path) -> None:
    texts = {
        "a": "Ostravia acts\n\nVELDA, May 3 (Harbour Wire) - Ostravia's finance minister said on Monday that Ostravian "
             "banks were sound. Ostravia Mutual Bank fell 4% and Kelmark Credit lost 2%.\n",
        "b": "Ostravian lenders slide\n\nSpeaking in Ostravian through an interpreter, the minister said the hike would "
             "hold. Ostravian ADRs fell in New York, and Ostravia Mutual Bank dropped 3%.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    for stem in ("a", "b"):
        names = {e for e, t in ents[stem] if t in ("ORG", "PERSON")}
        assert "Ostravian" not in names and "Ostravia" not in names, ents[stem]
        assert "Ostravia Mutual Bank" in names
    assert ("Ostravia", "PLACE") in ents["a"]


def test_a_given_name_beside_its_stem_and_a_short_form_stay(tmp_path: Path) -> None:
    texts = {
        "a": "Deal talks\n\nJulian Marsh, who runs Pellam Shipping, met Julia Brandt on Monday. Pellam Shipping shares "
             "rose 3%.\n",
        "b": "Pellam gains\n\nPellam rose again on Tuesday, Julian said.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("Pellam Shipping", "ORG") in ents["b"]
    assert ("Julian Marsh", "PERSON") in ents["b"] or ("Julian Marsh", "PERSON") in ents["a"]


# 3. A name between an owner and "field" is an oil or gas field, a site ("its Varsund field", "the group's Kelby gas
# field"), as a mine's is; "the Republican field" (no owner) is left to the other rules.
def test_a_field_its_owner_names_is_a_site() -> None:
    text = "Brandwell Energy said on Sunday it had halted output at its Varsund field after a leak.\n"
    assert "Varsund" not in _people_orgs(text)
    text = "Output at Brandwell Energy's Kelby gas field fell by a third, the company said.\n"
    assert "Kelby" not in _people_orgs(text)


def test_a_company_that_acts_beside_a_field_stays_a_company() -> None:
    text = "Varsund Petroleum said its field would restart in June. Varsund Petroleum shares rose 3%.\n"
    assert "Varsund Petroleum" in _people_orgs(text)


# 4. A traded currency's ISO code is no organisation ("a price target of SEK 212 from SEK 248", "from DKK 1 a week"),
# with or without a scale word after the amount.
def test_a_currency_code_before_an_amount_is_no_organisation() -> None:
    text = ("We cut Varsund Petroleum to Hold and lower our price target to SEK 212 from SEK 248. Subscribe from DKK 1 a "
            "week.\n")
    found = _people_orgs(text)
    assert not found & {"SEK", "DKK"}, found
    assert "Varsund Petroleum" in found


# 5. A capital letter and a full stop alone ("the company wrote on X.", "Neither do I.") names nobody: the letter closing
# a sentence, not an initial of a name.
def test_a_lone_letter_closing_a_sentence_is_no_entity() -> None:
    text = ("The first sign was a post from the support account at 11:02 on Monday. \"We are aware some shops cannot "
            "take cards,\" the company wrote on X.\n\nBy the evening, Nadia Okafor of Corbel Payments had posted an "
            "apology. Neither do I.\n\nJob cuts at AT and T. The giant slashed jobs, said J. Ramsey Holt.\n")
    found = _people_orgs(text)
    assert not any(len(n) == 2 and n.endswith(".") for n in found), found
    assert {"Corbel Payments", "Nadia Okafor"} <= found
