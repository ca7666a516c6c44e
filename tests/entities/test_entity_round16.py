"""Entity layer, round 16: general rules of news prose, one invented sentence each.

Every person, company, outlet, place and figure here is fictional.
"""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities
from test_entity_round10 import _people_orgs, _story


# --- a numbered road, flight or provision ------------------------------------------------------------------------
def test_a_numbered_road_is_a_place() -> None:
    text = ("Workers at Quistel Foods' plant off Route 31 were told on Friday. Traffic along Route K-12 and "
            "Highway 407 backed up for hours.\n")
    story = _story(text)
    for road in ("Route 31", "Route K-12", "Highway 407"):
        assert story.get(road) == "PLACE", road
    assert _people_orgs(text) == {"Quistel Foods"}


def test_a_numbered_flight_or_provision_is_no_organisation() -> None:
    text = ("Zorbo Air said Flight 552 landed safely. Lawyers for Brindle Textiles cited Article 14 and Section 8 "
            "before the company filed for Chapter 7 protection.\n")
    assert _people_orgs(text) == {"Zorbo Air", "Brindle Textiles"}


# --- a town and its state before "-based" ---------------------------------------------------------------------
def test_a_town_before_its_state_and_based_is_a_place() -> None:
    for text in ("The Quistborough, Ohio-based company rose 3% on Tuesday.\n",
                 "The Zorbotown, Mass.-based lender said profit fell.\n"):
        story = _story(text)
        assert not _people_orgs(text), text
        assert "PLACE" in story.values(), text


# --- an institution named with ordinary words ---------------------------------------------------------------
def test_a_tribunal_named_with_ordinary_words_is_an_organisation() -> None:
    text = ("Quistel Telecom said it would take its case to the Trade Review Tribunal against the "
            "regulator's decision. A review by the tribunal takes months, and trade may suffer.\n")
    assert "Trade Review Tribunal" in _people_orgs(text)


def test_an_organization_named_after_a_person_is_no_person() -> None:
    text = "The Quistman Organization said on Monday that the deal had closed. Quistman Organization lawyers agreed.\n"
    assert _story(text).get("Quistman Organization") == "ORG"


# --- an acronym the text also writes in the plural is a class noun -------------------------------------------
def test_an_acronym_written_in_the_plural_names_no_organisation() -> None:
    text = "The rule bars QBMs from keeping fees. Shares of Zorbo Health, the largest QBM, fell 7%.\n"
    assert _people_orgs(text) == {"Zorbo Health"}
    text = ("The rule bars QBMs from keeping fees. The FTC has studied QBM practices, QBM Weekly said.\n")
    rows = recognize_entities(text)
    assert set(rows.loc[rows["surface"] == "QBM", "name"]) == {"QBM"}
    assert set(rows.loc[rows["surface"] == "QBM Weekly", "type"]) == {"ORG"}


def test_a_term_in_one_article_is_no_short_form_of_a_name_in_another() -> None:
    import pandas as pd

    from analysis.entities.aliases import link_entities

    mentions = pd.DataFrame({"doc_id": ["a", "b", "c"], "surface": ["QBM", "QBM", "QBM Weekly"],
                             "name": ["QBM", "QBM", "QBM Weekly"], "type": ["OTHER", "ORG", "ORG"]})
    linked = link_entities(mentions)
    row = linked.loc[linked["doc_id"] == "b"].iloc[0]
    assert row["entity"] == "QBM" and row["type"] == "OTHER"


# --- an abbreviated weekend day in a dated list ----------------------------------------------------------------
def test_an_abbreviated_weekend_day_before_its_date_is_no_name() -> None:
    text = ("HOW IT WENT\n- Fri 8 May: Quistel Lines fell 2%.\n- Sat 9 May: the ship was refloated.\n"
            "- Sun 10 May: shares of Zorbo Stores fell 4%.\n")
    assert _people_orgs(text) == {"Quistel Lines", "Zorbo Stores"}


# --- a bare name opening its sentences is the organisation other articles name ---------------------------------
def test_a_bare_name_before_an_apposition_is_the_organisation_named_elsewhere(tmp_path) -> None:
    from test_entity_round11 import _corpus_entities

    texts = {
        "a": "Quistel dam\n\nFreedonia's mining regulator Quistmin said its inspectors would visit the site.\n",
        "b": "Quistel inspection\n\nThe dam failed on Monday. Quistmin, the national mining service, began its "
             "inspection on Thursday.\n",
        "c": "Quistel timeline\n\n- Thursday, May 13: Quistmin starts its inspection; shares of Zorbo Mining fell.\n",
    }
    found = _corpus_entities(tmp_path, texts)
    for stem in ("a", "b", "c"):
        assert ("Quistmin", "ORG") in found.get(stem, set()), stem


def test_a_bare_common_word_is_not_typed_by_another_article(tmp_path) -> None:
    from test_entity_round11 import _corpus_entities

    texts = {
        "a": "Quistel notes\n\nThe lobby group Progress said its members would vote.\n",
        "b": "Zorbo notes\n\nProgress, the slow kind, was made on Monday at Zorbo Mining.\n",
        "c": "Brindle notes\n\nZorbo Mining reported little progress on Tuesday.\n",
    }
    found = _corpus_entities(tmp_path, texts)
    assert ("Progress", "ORG") not in found.get("b", set())


# --- a ship's name after the article and a measure; bare in another article -------------------------------------
def test_a_ship_after_a_measure_is_no_person_here_or_elsewhere(tmp_path) -> None:
    from test_entity_round11 import _corpus_entities

    texts = {
        "a": "Canal blocked\n\nThe authority said the vessel, the 180-metre Velmora Crest, lost power. Zorbo Mutual, "
             "which insures the hull of the Velmora Crest, fell 4%.\n",
        "b": "Timeline\n\n- Wed 6 May: Velmora Crest grounds; Zorbo Mutual -4%.\n- Sat 9 May: ship refloated.\n",
    }
    found = _corpus_entities(tmp_path, texts)
    for stem in ("a", "b"):
        assert not any(e == "Velmora Crest" and t in ("PERSON", "ORG") for e, t in found.get(stem, set())), stem


# --- a route or a span written "X-to-Y" ------------------------------------------------------------------------
def test_a_route_or_span_written_x_to_y_is_no_name() -> None:
    text = ("Rates on the Quistport-to-New Orrin lane rose 11%, and Zorbo Lines said its July-to-September "
            "bookings were full.\n")
    assert _people_orgs(text) == {"Zorbo Lines"}


# --- a commodity qualified by its place ------------------------------------------------------------------------
def test_a_commodity_after_its_place_is_no_organisation() -> None:
    text = "Zorbo Oil said output was steady as London Brent slipped 0.6% and U.S. WTI fell 0.4%.\n"
    assert _people_orgs(text) == {"Zorbo Oil"}


# --- the portfolio before a minister's title ---------------------------------------------------------------
def test_the_portfolio_before_a_ministers_title_is_no_organisation() -> None:
    text = ("Norway's Fisheries Minister Maren Quist said on Monday that the quota would stay. The Housing "
            "Secretary, Jan Roe, agreed, and Zorbo Mining said it would comply.\n")
    assert _people_orgs(text) == {"Maren Quist", "Jan Roe", "Zorbo Mining"}


# --- a body's acronym that spells only the words after "of" -----------------------------------------------------
def test_an_acronym_of_the_words_after_of_keeps_the_full_name() -> None:
    text = ("The order directs the Department of Quist and Zorbo Services (QZS) to act. QZS said it would, and "
            "Brindle Holdings fell 2%.\n")
    story = _story(text)
    assert story.get("Department of Quist and Zorbo Services") == "ORG"
    assert not any(name.startswith("of ") for name in story)


# --- a coalition, alliance or partnership "for" its cause ------------------------------------------------------
def test_a_coalition_for_its_cause_is_one_organisation() -> None:
    text = ("The Coalition for Fair Quistware and the Zorbo Alliance for Open Trade both opposed the rule, "
            "as did the Partnership for Brindle Growth.\n")
    assert _people_orgs(text) == {"Coalition for Fair Quistware", "Zorbo Alliance for Open Trade",
                                  "Partnership for Brindle Growth"}


# --- abbreviations around a US politician's name -------------------------------------------------------------
def test_abbreviations_around_a_politicians_name_are_no_organisations() -> None:
    text = ("The bill passed on Tuesday. Sen. Jane Quistwell (Nev.) backed it, and Sens. Tom Zorbin (D-Mont.) "
            "and Ann Brindle (R-Ind.) opposed it. Reps. Jim Doe and Bo Roe abstained, as did John Harlow, Jr., "
            "the committee's counsel.\n")
    orgs = {n for n, t in _story(text).items() if t == "ORG"}
    assert not orgs & {"Nev", "Sens", "Reps", "Jr.", "Ind", "Mont"}
    assert {"Jane Quistwell", "Tom Zorbin", "Ann Brindle"} <= _people_orgs(text)


# --- a press release's dateline with its wire between slashes ----------------------------------------------------
def test_a_press_release_dateline_names_no_organisation() -> None:
    text = ("Quistel Group plc: Statement regarding the regulator's decision\n\n"
            "LONDON, 23 September 2026 /Zorbo Newsline/ -- Quistel Group plc notes the decision announced "
            "yesterday.\n")
    assert _people_orgs(text, text.index("\n")) == {"Quistel Group"}
