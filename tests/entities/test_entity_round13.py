"""Entity layer, round 13: general rules of news prose, one invented sentence each.

Every person, company, outlet, place and figure here is fictional.
"""
from __future__ import annotations

from test_entity_round10 import _people_orgs, _story

from analysis.entities.recognize import recognize_entities


# --- a factbox's company headings in capitals, each with its ticker -------------------------------------------------
_FACTBOX = ("FACTBOX-Suppliers caught in the Quist recall\n\n"
            "May 4 (Example Wire) - Quistel Holdings' recall has hit its suppliers. Here is how they have fared:\n\n"
            "ZORBOVALE INDUSTRIES (ZBVI.O) - Main supplier. Lost 7.7% on Monday.\n\n"
            "BRINDLEMOOR PARTS (BRMP.L) - Second supplier. Shares -2.7% on Monday.\n\n"
            "VELMORA (NYSE: VLM) - Distributor; shares fell 1.7%.\n")


def test_a_company_heading_with_its_ticker_is_no_dateline() -> None:
    rows = recognize_entities(_FACTBOX)
    for surface in ("ZORBOVALE INDUSTRIES", "BRINDLEMOOR PARTS", "VELMORA"):
        row = rows.loc[rows["surface"] == surface]
        assert not row.empty, surface
        assert set(row["role"]) == {"story"} and set(row["type"]) == {"ORG"}, surface


def test_a_dateline_with_a_wire_in_brackets_stays_a_credit() -> None:
    rows = recognize_entities(_FACTBOX)
    assert set(rows.loc[rows["surface"] == "Example Wire", "role"]) == {"credit"}


def test_a_long_word_in_capitals_before_another_is_no_section_label() -> None:
    story = _story("QUISTMOOR HOLDINGS (QSMH.L)\n\nSupplier of valves. Shares fell 2.7% on Tuesday.\n")
    assert story.get("Quistmoor Holdings") == "ORG"


def test_a_name_after_a_preposition_owns_the_noun_after_it() -> None:
    text = "The regulator opened an investigation into Quistelby's payment systems on Friday.\n"
    assert _story(text).get("Quistelby") == "ORG"


# --- datelines with a weekday, the day before the month ------------------------------------------------------------
def test_a_dateline_with_a_weekday_and_the_day_before_the_month_is_a_credit() -> None:
    for line in ("BRINDLEFORD, Tuesday 4 May (Example Markets) - Zorbo Holdings fell 2.7%.\n",
                 "Friday 7 May (Example Markets) - Zorbo Holdings fell 2.7%.\n",
                 "BRINDLEFORD, Tuesday, May 4, 2027 (Example Markets) - Zorbo Holdings fell 2.7%.\n"):
        rows = recognize_entities("Quist lenders slide\n\n" + line, len("Quist lenders slide"))
        assert set(rows.loc[rows["surface"] == "Example Markets", "role"]) == {"credit"}, line
        assert set(rows.loc[rows["surface"] == "Zorbo Holdings", "role"]) == {"story"}, line


# --- abbreviated weekdays and a holiday of two words -------------------------------------------------------------
def test_abbreviated_weekdays_in_a_list_of_moves_are_no_names() -> None:
    text = "Zorbo Holdings\n\nShares: -7% Tue, -2.7% Wed, +1.7% Thu; flat on Fri.\n"
    assert _people_orgs(text) == {"Zorbo Holdings"}


def test_a_holiday_of_two_words_is_no_name() -> None:
    text = "Quistel has lost 17 per cent since New Year.\n"
    assert "New Year" not in _story(text)


# --- a body a country names with one word, opening a sentence ---------------------------------------------------
def test_a_national_body_opening_a_sentence_is_an_organisation() -> None:
    text = "Quistel's collapse will be studied. Congress must hold hearings, Jane Roe said.\n"
    assert _story(text).get("Congress") == "ORG"


# --- a share move's subject with an apposition before the verb ---------------------------------------------------
def test_the_subject_of_a_move_after_an_apposition_is_an_organisation() -> None:
    text = ("Lenders outside the capital did better. Quistelbank, the Freedonian lender, added 3.9 per cent by noon, "
            "while Zorbo Credit climbed 0.8 per cent.\n")
    assert _story(text).get("Quistelbank") == "ORG"


# --- a portfolio word before a title ------------------------------------------------------------------------------
def test_a_portfolio_word_before_a_title_is_part_of_the_title() -> None:
    for title in ("State Treasurer", "Health Commissioner", "State Auditor"):
        text = f"{title} Jane Quistwell said the county had $7 million at Zorbo Bank.\n"
        assert _people_orgs(text) == {"Jane Quistwell", "Zorbo Bank"}, title


# --- a compound of common words opening a sentence ------------------------------------------------------------------
def test_a_hyphenated_common_compound_opening_a_sentence_is_no_name() -> None:
    text = "Cloud-computing shares rose across the region. Zorbo Systems surged 11%.\n"
    assert _people_orgs(text) == {"Zorbo Systems"}


# --- a column of roles in a table -----------------------------------------------------------------------------------
def test_a_lone_word_in_a_column_of_descriptions_is_no_name() -> None:
    text = ("Who moved\n\nCompany | Ticker | Role | Change\n\nQuistel Pharma | QSTP | Licensor | -27.7%\n\n"
            "Zorbo Biologics | ZRBB | Licensee | -7.7%\n\nVelmora Bio | VLMB | Rival (small caps) | +1.7%\n\n"
            "Brindle Labs | BRNL | Freedonian peer | -0.7%\n\nQuistel Pharma fell again on Monday.\n")
    names = _people_orgs(text)
    assert not names & {"Licensor", "Licensee", "Rival"}
    assert {"Quistel Pharma", "Zorbo Biologics", "Velmora Bio", "Brindle Labs"} <= names


def test_a_column_of_names_keeps_its_names() -> None:
    text = ("Deals\n\nBuyer | Target | Target move\n\nQuistel | Zorbovia | +7.7%\n\nVelmora | Brindlecor | +2.7%\n\n"
            "Harlow | Quistmoor | -1.7%\n\nBankers expect more deals.\n")
    assert {"Zorbovia", "Brindlecor", "Quistmoor"} <= _people_orgs(text)


# --- the financial district named "the City" ------------------------------------------------------------------------
def test_the_city_of_market_prose_is_no_organisation() -> None:
    text = ("Fund managers in the City's big houses have piled into Zorbo Systems. Its shares climbed 3.4% "
            "on Thursday.\n")
    assert _people_orgs(text) == {"Zorbo Systems"}


# --- a descriptor opening a sentence before a company -------------------------------------------------------------
def test_partner_before_a_company_is_no_part_of_its_name() -> None:
    text = ("Zorbo Pharma slumped 31% after its trial failed. Partner Quistel Biologics, which co-owns the licence, "
            "slipped 3.6% by the close.\n")
    assert _people_orgs(text) == {"Zorbo Pharma", "Quistel Biologics"}


def test_a_partner_of_a_firm_stays_a_person() -> None:
    text = "Jane Quistwell, a partner at Zorbo & Velmora, said the case was weak. Partner Tom Brindle agreed.\n"
    story = _story(text)
    assert story.get("Jane Quistwell") == "PERSON" and story.get("Tom Brindle") == "PERSON"
    assert story.get("Zorbo & Velmora") == "ORG"


# --- a government body named by two portfolios ----------------------------------------------------------------------
def test_a_body_named_by_two_portfolios_is_one_name() -> None:
    for name in ("Department of Mines and Energy", "Department of Health and Human Services",
                 "Ministry of Trade and Industry"):
        text = f"Freedonia's {name} said Zorbo Bank remained well capitalised.\n"
        assert _people_orgs(text) == {name, "Zorbo Bank"}, name


def test_a_body_and_a_company_after_and_stay_two_names() -> None:
    for text, names in (("The Ministry of Defence and Zorbo Energy signed a deal.\n",
                         {"Ministry of Defence", "Zorbo Energy"}),
                        ("The Department of Justice and Quistel Bank settled the case.\n",
                         {"Department of Justice", "Quistel Bank"})):
        assert _people_orgs(text) == names, text


# --- a body named after the title of the one who runs it ------------------------------------------------------------
def test_a_title_in_the_possessive_before_office_is_one_name() -> None:
    for name in ("Privacy Commissioner's Office", "District Attorney's Office", "Quistville Sheriff's Office"):
        text = f"The {name} said it was assessing the report Zorbo Bank sent on Monday.\n"
        assert _people_orgs(text) == {name, "Zorbo Bank"}, name


def test_lady_before_a_name_is_a_title() -> None:
    text = "Lady Jane Quistwell, who chairs Zorbo Bank's board, declined to comment.\n"
    assert _people_orgs(text) == {"Jane Quistwell", "Zorbo Bank"}


# --- a figure after a capitalised word ------------------------------------------------------------------------------
def test_a_note_opening_with_a_verb_and_a_figure_names_nothing() -> None:
    text = ("ZORBO PARTS (ZRBP.O) - Supplier. Lost 12.6% on Monday; up 0.9% on Tuesday. Sees a charge of "
            "up to EUR 540 mln.\n")
    rows = recognize_entities(text)
    assert set(rows["name"]) == {"Zorbo Parts"}


# --- a company named before its peer ------------------------------------------------------------------------------
def test_a_name_before_peer_and_another_name_is_a_company() -> None:
    text = ("Brindlecorp gained 0.6 per cent in Oslo, and Quistline peer Zorbo Payments rose 2.9 per cent in "
            "Madrid.\n")
    assert _story(text).get("Quistline") == "ORG"


def test_an_adjective_opening_a_sentence_before_rival_is_no_company() -> None:
    text = "Quistel rose 0.9%. Larger rival Zorbo Networks jumped 5.1% on the news.\n"
    assert _people_orgs(text) == {"Quistel", "Zorbo Networks"}


# --- a plural job title before "at" ---------------------------------------------------------------------------------
def test_analysts_at_a_name_work_for_an_organisation() -> None:
    for text in ("Analysts at Quistley Marsh called the offer generous.\n",
                 "Economists at Brindle Vale expect a rate cut in June.\n"):
        rows = recognize_entities(text)
        assert set(rows["type"]) == {"ORG"}, text


def test_a_company_heading_in_capitals_is_named_in_title_case() -> None:
    rows = recognize_entities(_FACTBOX)
    assert set(rows.loc[rows["surface"] == "ZORBOVALE INDUSTRIES", "name"]) == {"Zorbovale Industries"}


# --- a column's label in a table's header row -----------------------------------------------------------------------
def test_a_header_word_the_catalog_knows_is_no_company() -> None:
    text = ("Deals\n\nBuyer | Target | Target move\n\nQuistel Group | Zorbovia | +7.7%\n\n"
            "Velmora Holdings | Brindlecor | +2.7%\n\nHarlow Capital | Quistmoor | -1.7%\n\n"
            "Bankers expect more deals.\n")
    names = _people_orgs(text)
    assert "Target" not in names
    assert {"Zorbovia", "Brindlecor", "Quistmoor", "Quistel Group"} <= names


# --- a name after "across" or "throughout" ------------------------------------------------------------------------
def test_a_name_after_across_is_a_place() -> None:
    story = _story("Bank shares fell across Freedonia and Sylvania on Monday. Zorbo Bank lost 7%.\n")
    assert story.get("Freedonia") == "PLACE" and story.get("Sylvania") == "PLACE"
    assert _story("Outages spread across Quistel stores on Monday.\n").get("Quistel") == "ORG"
