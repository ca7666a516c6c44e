"""Entity layer, round 34 (ents34): constructions and knowledge found reading the thirty-third corpus as dev, one
invented text per rule with what the rule must leave alone.

Every person, company, outlet and figure here is fictional.
"""
from __future__ import annotations

from test_entity_round10 import _people_orgs, _story

from analysis.entities.credits import credit_regions


def _credited(text: str) -> list[str]:
    return [text[a:b] for a, b in credit_regions(text)]


# --- the furniture of interviews, bios and reprints ------------------------------------------------------------
def test_the_interviewer_line_is_a_credit() -> None:
    text = ("Q&A: Velquor's plant chief on the restart\n\n"
            "Interview by Tamsin Orrell. This interview has been edited for length.\n\n"
            "Q: When did the line restart?\nA: On Monday, said Brenna Oskvik of Velquor Motors.\n")
    assert "Tamsin Orrell" not in _people_orgs(text)
    assert {"Brenna Oskvik", "Velquor Motors"} <= _people_orgs(text)
    other = "Q&A: Velquor's plant chief\n\nInterview conducted by Tamsin Orrell on Monday, May 4.\n\nQ: Why?\n"
    assert "Tamsin Orrell" not in _people_orgs(other)


def test_an_interview_in_prose_is_no_credit() -> None:
    text = "The interview by Tamsin Orrell of Velquor Motors aired on Monday, Orrell said.\n"
    assert "Tamsin Orrell" in _people_orgs(text)


def test_the_columnist_bio_under_the_headline_is_a_credit() -> None:
    text = ("Opinion: The myth of the resilient port\n\n"
            "Dorian Quellman is a former port executive and a contributing columnist. The views are his own.\n\n"
            "A week ago two ships collided off Velmaro, Velquor Motors said on Tuesday.\n\n"
            "The port reopened on Friday.\n\nRates fell 9% this week.\n\nThe next test comes in June.\n")
    assert "Dorian Quellman" not in _people_orgs(text)
    assert "Velquor Motors" in _people_orgs(text)


def test_a_bio_under_its_byline_is_a_credit() -> None:
    text = ("Opinion: The myth of the resilient port\n\nBy Dorian Quellman\n"
            "Dorian Quellman is a former port executive and a contributing columnist.\n\n"
            "A week ago two ships collided, Quellman recalls, and Velquor Motors said on Tuesday it would cut output.\n\n"
            "The port reopened on Friday.\n\nRates fell 9% this week.\n\nThe next test comes in June.\n")
    regions = _credited(text)
    assert "Dorian Quellman is a former port executive and a contributing columnist." in regions


def test_a_person_the_story_is_about_opening_it_is_no_bio() -> None:
    # the subject of the story, named again further down: not the writer
    text = ("Port veteran returns\n\n"
            "Dorian Quellman is a former port executive and a veteran correspondent of the trade.\n\n"
            "Velquor Motors hired Quellman on Tuesday, the company said.\n")
    assert "Dorian Quellman" in _people_orgs(text)


def test_a_bracketed_note_of_the_reprinting_outlet_is_a_credit() -> None:
    text = ("Velquor Motors rose 3.6% and Brenmark Rail gained 1.2% in Ostrand on Thursday. "
            "(Added by Quistford Daily Ledger)\n\nVelquor Motors said demand was strong.\n")
    found = _people_orgs(text)
    assert "Quistford Daily Ledger" not in found
    assert {"Velquor Motors", "Brenmark Rail"} <= found


def test_an_addition_in_prose_is_no_credit() -> None:
    text = "The clause (added by Quistford Daily Ledger lawyers in May) was struck out, Velquor Motors said.\n"
    assert "Quistford Daily Ledger" in _people_orgs(text)


# --- public programmes and regions named by a common word ------------------------------------------------------
def test_a_public_programme_is_no_organisation() -> None:
    text = ("Shares of Velquor Pharma fell 4% after the order on Medicare drug prices. Medicare Part D spending "
            "rose 8% last year, and Velquor Pharma sells most of its volume through Medicaid.\n")
    found = _story(text)
    assert found.get("Medicare") == "OTHER"
    assert found.get("Medicaid") == "OTHER"
    assert found.get("Medicare Part D") in (None, "OTHER")
    assert _people_orgs(text) == {"Velquor Pharma"}


def test_a_body_named_after_a_programme_keeps_its_form() -> None:
    text = "The Medicare Payment Advisory Commission said on Tuesday that Velquor Pharma's prices were too high.\n"
    assert _story(text).get("Medicare Payment Advisory Commission") == "ORG"


def test_the_far_east_and_the_continent_are_places() -> None:
    text = ("Ostrand Lines expects the closure to disrupt its Far East timetables. On the Continent, Velquor "
            "Pharma fell 1.9 per cent.\n")
    found = _story(text)
    assert found.get("Far East") == "PLACE"
    assert found.get("Continent") == "PLACE"
    assert {"Ostrand Lines", "Velquor Pharma"} <= _people_orgs(text)


# --- a bare word the corpus names a strait, an island or a river after --------------------------------------------
def test_the_first_word_of_a_strait_alone_is_that_place(tmp_path) -> None:
    from test_entity_round11 import _corpus_entities
    found = _corpus_entities(tmp_path, {
        "a": "Ostrand Lines rerouted ships through the Velmaro Strait on Monday, the company said.\n",
        "b": "Why not use the Quellin Strait? The Velmaro and Quellin routes add 1,100 miles, Ostrand Lines said.\n"})
    assert ("Velmaro", "PLACE") in found["b"] and ("Quellin", "PLACE") in found["b"], found
    assert {e for e, t in found["b"] if t in ("PERSON", "ORG")} == {"Ostrand Lines"}, found


def test_a_company_named_after_a_strait_keeps_its_grammar(tmp_path) -> None:
    from test_entity_round11 import _corpus_entities
    found = _corpus_entities(tmp_path, {
        "a": "Ostrand Lines rerouted ships through the Velmaro Strait on Monday.\n",
        "b": "Velmaro said on Tuesday its profit rose 4%, and Velmaro shares gained 2%.\n"})
    assert ("Velmaro", "ORG") in found["b"], found


# --- a list of towns after a place's preposition -----------------------------------------------------------------
def test_every_name_of_a_list_after_at_is_a_place() -> None:
    text = ("Velquor Motors said assembly lines were stopped at Quistval, Marbeuge and Ostrandeville in Freedonia, "
            "and at Brenmark.\n")
    found = _story(text)
    assert found.get("Marbeuge") == "PLACE" and found.get("Ostrandeville") == "PLACE", found
    assert _people_orgs(text) == {"Velquor Motors"}


def test_a_list_of_companies_after_a_subject_is_left_alone() -> None:
    text = "In Quistval, Velquor Motors, Marbeuge Holdings and Ostrand Lines all said output would resume.\n"
    assert {"Velquor Motors", "Marbeuge Holdings", "Ostrand Lines"} <= _people_orgs(text)


# --- exchange prefixes of ticker notation --------------------------------------------------------------------------
def test_the_prefix_of_a_bucharest_or_tel_aviv_listing_is_no_organisation() -> None:
    text = ("Shares of Quistara Componente SA (BVB: QCMP), a maker of wiring harnesses, fell 18.5% this week, and "
            "Velmor Systems (TASE: VLMR) lost 2.1%.\n")
    assert _people_orgs(text) == {"Quistara Componente", "Velmor Systems"}


def test_a_code_in_brackets_after_a_phrase_is_left_to_its_grammar() -> None:
    text = "The Quistara Workers Union (QWU) said on Monday that Quistara Componente SA had cut 900 jobs.\n"
    assert {"Quistara Workers Union", "Quistara Componente"} <= _people_orgs(text)


# --- malware and ships named in prose ------------------------------------------------------------------------------
def test_malware_named_before_its_noun_is_no_organisation() -> None:
    text = ("In 2017 the Quistpetya malware shut down Ostrand Lines' booking systems for days, and the Zorbex "
            "ransomware hit Velquor Motors last year.\n")
    found = _story(text)
    assert found.get("Quistpetya") == "OTHER" and found.get("Zorbex") == "OTHER", found
    assert _people_orgs(text) == {"Ostrand Lines", "Velquor Motors"}


def test_the_gang_behind_the_ransomware_is_an_organisation() -> None:
    text = "The Black Quell ransomware group said on Sunday it had stolen files from Velquor Motors.\n"
    assert "Black Quell" in _people_orgs(text)


def test_a_ship_named_after_its_kind_of_two_words_is_no_organisation() -> None:
    text = ("The port authority said the tanker Marvane Spirit and the bulk carrier Ostrand Laurel collided on "
            "Monday, and the container ship Quell Dawn was held at anchor, Velquor Marine said.\n")
    found = _people_orgs(text)
    assert not {"Marvane Spirit", "Ostrand Laurel", "Quell Dawn"} & found, found
    assert "Velquor Marine" in found


def test_an_airline_after_carrier_stays_an_organisation() -> None:
    text = "Shares of the low-cost carrier Zorbo Air fell 3% after the budget carrier Quistjet cut its forecast.\n"
    assert {"Zorbo Air", "Quistjet"} <= _people_orgs(text)


# --- a short form with its last word clipped ---------------------------------------------------------------------
def test_a_clipped_short_form_merges_into_the_full_name() -> None:
    text = ("Quistwell Pharmaceutical Industries (QPHARMA.NS) gained 3.8%. Quistwell Pharma, which earns 30% of its "
            "revenue abroad, had fallen 1.4% on Monday.\n")
    df = __import__("analysis.entities.recognize", fromlist=["recognize_entities"]).recognize_entities(text)
    names = set(df.loc[df["type"] == "ORG", "name"])
    assert names == {"Quistwell Pharmaceutical Industries"}, names


def test_a_different_company_sharing_a_first_word_is_not_merged() -> None:
    text = ("Quistwell Pharmaceutical Industries gained 3.8%, while Quistwell Power fell 1.2% and Quistwell Ph "
            "was flat.\n")
    assert {"Quistwell Pharmaceutical Industries", "Quistwell Power"} <= _people_orgs(text)


# --- a RIC with its share class in lower case ----------------------------------------------------------------------
def test_a_ric_with_a_lower_case_share_class_is_the_companys_ticker() -> None:
    text = ("Weekly wrap.\n\nQuistelborg Shipping shares (QUISTLb.CO) finished Friday up 1.3%, and Velmark Freight "
            "shares (VELMa.ST) fell 0.4%. Quistelborg said rates would normalise.\n")
    found = _people_orgs(text)
    assert found == {"Quistelborg Shipping", "Velmark Freight"}, found


def test_a_word_in_brackets_is_no_ric() -> None:
    text = "Quistelborg Shipping (the Borg) finished Friday up 1.3%, and Velmark Freight fell 0.4%.\n"
    assert {"Quistelborg Shipping", "Velmark Freight"} <= _people_orgs(text)


# --- a centre named after its town -------------------------------------------------------------------------------
def test_a_name_between_an_owner_and_centre_is_a_site() -> None:
    text = ("The agency has sent a team to Velquor Motors' Marbeuge technical centre, and Velquor Motors said "
            "its Ostrandel data center was safe.\n")
    found = _story(text)
    assert found.get("Marbeuge") == "PLACE" and found.get("Ostrandel") == "PLACE", found
    assert _people_orgs(text) == {"Velquor Motors"}


def test_a_centre_with_a_capital_is_the_body_of_that_name() -> None:
    text = "The Marbeuge Research Centre said on Monday that Velquor Motors' data centre was safe.\n"
    assert {"Marbeuge Research Centre", "Velquor Motors"} <= _people_orgs(text)
