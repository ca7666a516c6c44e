"""Entity layer, round 33 (ents32): constructions and knowledge found reading the thirty-second corpus as dev, one
invented text per rule with what the rule must leave alone.

Every person, company, outlet and figure here is fictional.
"""
from __future__ import annotations

from test_entity_round10 import _people_orgs, _story

# --- the guests of a transcript named in capitals ---------------------------------------------------------------
_BRIEFING = ("TRANSCRIPT: Velquor Motors briefing on the Ostrand plant (excerpt)\n\n"
             "The following is an excerpt of a briefing held by Velquor Motors on Tuesday.\n\n"
             "BRENNA OSKVIK, PRESIDENT: Good afternoon. The Ostrand line restarted this morning.\n\n"
             "TOMAS DRELLEN, MARQUIST SECURITIES: How long until output is back to normal?\n\n"
             "OSKVIK: About two weeks, if the checks are clean.\n\n"
             "PELLA VARNO, CHIEF FINANCIAL OFFICER: Insurance covers the damage above the deductible.\n\n"
             "OSKVIK: We will not change the dividend.\n\n"
             "LAUNCH DIRECTOR: The next launch window opens in June.\n\n"
             "(Transcript ends)\n")


def test_a_guest_named_in_capitals_in_a_transcript_label_is_a_person() -> None:
    found = _story(_BRIEFING)
    assert found.get("Tomas Drellen") == "PERSON"
    assert found.get("Pella Varno") == "PERSON"
    assert found.get("Marquist Securities") == "ORG"  # the affiliation after the name
    assert found.get("Brenna Oskvik") == "PERSON"


def test_a_job_title_or_a_callout_in_a_label_is_no_entity() -> None:
    found = _people_orgs(_BRIEFING)
    assert not {"PRESIDENT", "President", "Chief Financial Officer", "CHIEF FINANCIAL OFFICER",
                "Launch Director", "LAUNCH DIRECTOR"} & found
    assert "Velquor Motors" in found


# --- natural hazards named after the place they struck ----------------------------------------------------------
def test_a_quake_named_after_its_place_is_no_organisation() -> None:
    text = ("Timeline of quakes that hit chip output:\n\n"
            "1998: The magnitude 7.2 Ossival quake cut power to the Brenmark science park for five days.\n\n"
            "2009: The Great Dravenholt Earthquake struck at 09:12 local time, damaging a plant of Quintaro "
            "Electronics.\n")
    found = _story(text)
    assert found.get("Ossival") == "PLACE"
    assert found.get("Great Dravenholt Earthquake") == "OTHER"
    assert found.get("Quintaro Electronics") == "ORG"


def test_a_company_before_another_noun_keeps_its_type() -> None:
    text = "Shares of Quintaro Electronics rose 4% after Quintaro said its Ossival plant was safe.\n"
    assert _story(text).get("Quintaro Electronics") == "ORG"


def test_the_islands_after_a_name_make_it_a_place() -> None:
    text = ('"We ask residents of the Velmaro islands to stay away from the coast tonight," Ilse Brandvik, an '
            "official of the agency, told reporters.\n")
    found = _story(text)
    assert found.get("Velmaro") == "PLACE"
    assert found.get("Ilse Brandvik") == "PERSON"


# --- a page's furniture in another language -----------------------------------------------------------------------
def test_a_caption_credit_in_another_language_is_a_credit() -> None:
    text = ("Fans gather as Ostrava Media's stream fails.\n\n"
            "[Foto: Aficionados ven la final en una pantalla. / Fans watch the final on a screen. "
            "Foto: QBJ/Renata Solvik]\n\n"
            "Por Redaccion QBJ\n\n"
            "Ostrava Media shares fell 4% on Monday.\n")
    found = _people_orgs(text)
    assert "Renata Solvik" not in found and "QBJ" not in found
    assert "Ostrava Media" in found


def test_a_caption_credit_after_a_sentence_is_a_credit() -> None:
    for credit in ("Image: Quillbury Post", "Foto: Quillbury Post"):
        text = ("Trevane Foods said the plant would reopen on Tuesday.\n\n"
                f"[Workers leave the Trevane plant on Monday. {credit}]\n\n"
                "Trevane Foods said the plant would reopen.\n")
        found = _people_orgs(text)
        assert "Quillbury Post" not in found, credit
        assert "Trevane Foods" in found


def test_a_bracketed_reporting_line_is_a_credit() -> None:
    text = ("Trevane Foods said on Monday it would cut 200 jobs at its Dunmore plant.\n\n"
            "(Reporting by Anders Mekkel; Editing by Lisbet Harrow.)\n")
    found = _people_orgs(text)
    assert not {"Anders Mekkel", "Lisbet Harrow"} & found
    assert "Trevane Foods" in found


def test_a_line_in_portuguese_names_no_entity_the_english_text_does_not() -> None:
    text = ("Ostrava Media shares fell 4% on Monday after the outage.\n\n"
            "(Texto originalmente publicado pela Sertao Wire, com informacoes adicionais.)\n")
    found = _people_orgs(text)
    assert "Sertao Wire" not in found
    assert "Ostrava Media" in found
    # the same outlet cited in English prose stays
    assert "Sertao Wire" in _people_orgs(text + "\nOstrava Media told Sertao Wire it would refund subscribers.\n")


def test_a_menu_in_spanish_lends_no_words_to_a_name() -> None:
    text = ("Ostrava Media tumbles after the outage. Ostrava Media said it would refund subscribers.\n\n"
            "Lo mas leido: 1. La final a oscuras 2. Quien es Ostrava Media 3. El Ibex cierra en rojo\n")
    found = _people_orgs(text)
    assert "Quien es Ostrava Media" not in found
    assert "Ostrava Media" in found


def test_a_web_address_is_no_portuguese_word() -> None:
    from analysis.entities.language import foreign_lines
    assert foreign_lines("Visit quistel.com or zorbo.com for the Quistel and Zorbo results.\n") == []
    assert foreign_lines("Publicado pela Quist Wire, com edicao do portal.\n") != []


def test_a_country_named_in_its_own_language_is_a_place() -> None:
    from analysis.entities.gazetteer import gazetteer_names
    names = gazetteer_names()
    assert {"Brasil", "Deutschland", "Espana", "España", "Suiza"} <= names
    assert "Ostrava Media" not in names


# --- an acronym of a kind of thing ------------------------------------------------------------------------------
def test_an_acronym_after_a_or_an_that_does_something_is_a_kind_of_thing() -> None:
    text = ('Ostrava Media falls as QDN fault blamed for blackout\n\n"A QDN sells one thing, which is that nothing '
            'happens," said Lisbet Harrow, an analyst at Quillbury Capital.\n')
    found = _people_orgs(text)
    assert "QDN" not in found
    assert {"Lisbet Harrow", "Quillbury Capital"} <= found


def test_an_acronym_modifying_a_noun_after_a_stays_a_name() -> None:
    text = "Lisbet Harrow, a QBRC official, said the QBRC would meet on Friday.\n"
    assert "QBRC" in _people_orgs(text)


# --- a listing code before its company's name in brackets -----------------------------------------------------
def test_a_code_before_a_name_in_brackets_is_that_names_code() -> None:
    text = ("Closing prices on Monday:\n\n"
            "QRVA3 (Quistara Aurora Holdings) | R$12.88 | -5.3%\n\n"
            "ZORBSOL (Grupo Zorbo Sol) | MXN 31.40 | +6.8%\n\n"
            "Quistara Aurora Holdings fell after the outage, while Grupo Zorbo Sol gained.\n")
    found = _story(text)
    assert "QRVA3" not in found and "ZORBSOL" not in found
    assert found.get("Quistara Aurora Holdings") == "ORG" and found.get("Grupo Zorbo Sol") == "ORG"


def test_a_portuguese_network_names_a_company() -> None:
    for text in ("Rede Quistara said on Monday it would refund subscribers.\n",
                 "Viewers of Rede Quistara complained.\n"):
        assert _story(text).get("Rede Quistara") == "ORG", text
    assert _story("Jane Rede said on Monday she would appeal.\n").get("Jane Rede") == "PERSON"


# --- a release's defined term for its issuer -------------------------------------------------------------------
def test_the_term_a_release_defines_for_its_issuer_is_no_organisation() -> None:
    for term in ('("Quintaro" or "the Company")', '(the "Company")'):
        text = (f"TAIPEI, May 16, 2029 /Quist Newswire/ -- Quintaro Electronics Co., Ltd. {term} today provided an "
                "update on its operations.\n\nThe Company reported on May 10 that its April revenue rose 14.2%.\n")
        found = _people_orgs(text)
        assert "Company" not in found, term
        assert "Quintaro Electronics" in found


def test_a_company_named_company_without_a_definition_stays() -> None:
    text = "Shares of the Quist Trading Company fell 3% after the Quist Trading Company cut its outlook.\n"
    assert "Quist Trading Company" in _people_orgs(text)


# --- a known town in a tie of weak cues ------------------------------------------------------------------------
def test_a_known_town_with_weak_cues_of_a_place_and_a_company_is_no_company() -> None:
    text = ("Q: Did you see the crop cut coming?\n"
            "A: Our buyers in Arequipa reported the blight in March. We cut our purchases in April.\n")
    assert "Arequipa" not in _people_orgs(text)


# --- what a maker makes ----------------------------------------------------------------------------------------
def test_the_names_after_maker_of_are_its_products() -> None:
    text = ("The middle of the market is where Quillbury Holdings lives. The Dunmore-based maker of Varrow Bars "
            "and Ostel Crunch has about an 11% share of the market.\n")
    found = _story(text)
    assert found.get("Ostel Crunch") == "PRODUCT"
    assert found.get("Quillbury Holdings") == "ORG"


def test_a_company_after_maker_of_its_possessive_stays() -> None:
    text = "Quillbury Confectionery, the maker of Trevane Foods' snacks, said sales rose.\n"
    assert "Trevane Foods" in _people_orgs(text)


# --- a company's form in the headline over its short name in the body -----------------------------------------
def test_a_headline_name_with_a_legal_suffix_types_its_short_name_in_the_body() -> None:
    head = "Quillmere Commodities plc - Statement regarding share price movement\n\n"
    body = ("Quillmere notes the recent movement in its share price.\n\n"
            "Quillmere will publish its interim results on 4 June 2030.\n")
    assert _story(head + body, len(head)).get("Quillmere") == "ORG"
    # a headline without a company's form lends nothing
    plain = "Quillmere sets the pace - what next\n\n"
    assert _story(plain + body, len(plain)).get("Quillmere") != "ORG"
