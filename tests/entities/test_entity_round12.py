"""Entity layer, round 12: general rules of news prose, one invented sentence each.

Every person, company, outlet, place and figure here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round10 import _people_orgs, _story
from test_entity_round11 import _corpus_entities

from analysis.entities.recognize import recognize_entities


# --- a table read one cell per line -------------------------------------------------------------------------------
_TABLE = ("Zorbo lenders slide\n\nMoves of the week:\n\n"
          "Lender\n\nTicker\n\nChange\n\nQuistmoor Savings\n\nQSMS\n\n-4.7%\n\nBrindle Harbour Bank\n\nBRHB\n\n"
          "-2.7%\n\nVelmora Trust\n\nVLMT\n\n+0.7%\n\nZorbo Financial fell again on Monday.\n")


def test_the_names_in_a_table_of_cells_are_no_headings(tmp_path: Path) -> None:
    ents = _corpus_entities(tmp_path, {"a": _TABLE})["a"]
    for name in ("Quistmoor Savings", "Brindle Harbour Bank", "Velmora Trust"):
        assert (name, "ORG") in ents, name
    assert not any(e in ("Lender", "Ticker", "Change") for e, _ in ents)


def test_a_header_row_of_a_table_stays_a_heading(tmp_path: Path) -> None:
    text = ("Quist lenders\n\nTwo ratios per lender.\n\nLender\n\nGross Quota Ratio\n\nNet Quota Ratio\n\n"
            "Quistmoor Savings\n\n5.7%\n\n3.7%\n\nVelmora Trust\n\n4.7%\n\n2.7%\n\nQuistmoor Savings leads.\n")
    ents = _corpus_entities(tmp_path, {"a": text})["a"]
    assert not any("Quota" in e for e, _ in ents)
    assert ("Velmora Trust", "ORG") in ents


def test_a_code_in_the_cell_after_a_company_is_its_ticker() -> None:
    rows = recognize_entities(_TABLE)
    assert set(rows.loc[rows["name"] == "Brindle Harbour Bank", "surface"]) == {"Brindle Harbour Bank", "BRHB"}
    assert "BRHB" not in set(rows["name"])


def test_a_row_of_share_moves_names_a_company() -> None:
    text = ("Ferry operators\n\nName\n\nDay\n\nMonth\n\nVelden Ferries\n\n+0.7%\n\n-1.7%\n\n"
            "Quistmoor Lines\n\n-0.7%\n\n+2.7%\n\nTraders expect more moves.\n")
    story = _story(text)
    assert story.get("Velden Ferries") == "ORG"
    assert story.get("Quistmoor Lines") == "ORG"


# --- a list row of moves is no dateline ---------------------------------------------------------------------------
def test_a_list_row_with_a_market_in_brackets_is_no_dateline() -> None:
    text = ("Who is hit\n\nQuistel Tools (Freedonia): -17.7%\nZRBO (Sylvania): -7.7%\n\n"
            "ZRBO makes valve parts.\n")
    rows = recognize_entities(text)
    zrbo = rows.loc[rows["surface"] == "ZRBO"]
    assert not zrbo.empty and set(zrbo["role"]) == {"story"}


# --- a day's name before a name -----------------------------------------------------------------------------------
def test_a_day_after_on_is_no_part_of_the_name_after_it() -> None:
    text = "Trading was thin, and on Tuesday Quistavel lost 7% while Zorbo Holdings gained 7.7%.\n"
    story = _story(text)
    assert "Quistavel" in story
    assert not any(name.startswith("Tuesday") for name in story)


def test_a_day_in_a_title_is_kept() -> None:
    text = "The Sunday Quistbury Courier reported the sale. Readers of the Sunday Quistbury Courier were told.\n"
    assert "Sunday Quistbury Courier" in _story(text)


# --- a host's name in brackets after the role label of a transcript ----------------------------------------------
_TRANSCRIPT = ("Zorbo slides again (transcript)\n\nEVENING MARKETS - TRANSCRIPT\nTuesday 7 April 2026\n\n"
               "ANCHOR (JANE QUISTBERG): Welcome back. Zorbo Holdings fell 7% today. With me now is Ivo Brindle of "
               "Harlow Partners. Ivo, what happened?\n\nIVO BRINDLE, HARLOW PARTNERS: Costs are up, and fast.\n\n"
               "ANCHOR: And the lenders?\n\nBRINDLE: They will wait for the review.\n")


def test_a_hosts_name_after_the_role_label_is_a_person() -> None:
    story = _story(_TRANSCRIPT)
    assert story.get("Jane Quistberg") == "PERSON"
    assert story.get("Ivo Brindle") == "PERSON"


def test_a_direction_after_the_role_label_is_no_name() -> None:
    text = _TRANSCRIPT.replace("ANCHOR (JANE QUISTBERG)", "ANCHOR (ON CAMERA)")
    assert not any("Camera" in name or "CAMERA" in name for name in _story(text))


# --- a signed move in brackets after a name -----------------------------------------------------------------------
def test_a_name_with_its_move_in_brackets_is_a_company() -> None:
    text = "10:17 a.m. - First trades: Zorbo Holdings (-47%). Quistmoor (-7.7%). Velmarra (+7.3%).\n"
    orgs = _people_orgs(text)
    assert {"Quistmoor", "Velmarra"} <= orgs


# --- the people of a place ----------------------------------------------------------------------------------------
def test_the_people_of_a_place_are_no_organisation() -> None:
    text = ("Quistwatt Energy shares rose 7% on Tuesday. Quistwatt Energy thanked Kansans for saving power, and "
            "Kansans answered again on Wednesday.\n")
    assert "Kansans" not in _people_orgs(text)


# --- a possessive name that classifies a noun ---------------------------------------------------------------------
def test_a_possessive_name_after_a_determiner_classifies_its_noun() -> None:
    text = ("Zorbo Pharma shares fell 27% on Monday after its Quistman's treatment missed its goal. "
            "The company will close its Quistman's research unit.\n")
    assert _people_orgs(text) == {"Zorbo Pharma"}


def test_a_possessive_employer_of_a_spokesman_stays_an_organisation() -> None:
    text = "Prices rose on Monday, a Velmarr's spokesman said, and Velmarr's shares fell 7% in Brindleford.\n"
    assert "Velmarr" in _people_orgs(text)


# --- a temperature scale ------------------------------------------------------------------------------------------
def test_a_scale_after_degrees_is_no_name() -> None:
    text = "The kiln at Brindleford runs at 900 degrees Quistheit, Zorbo Power said.\n"
    assert _people_orgs(text) == {"Zorbo Power"}


# --- a site, a body in apposition, a part of a place --------------------------------------------------------------
def test_a_campus_or_hub_named_before_its_noun_is_a_site() -> None:
    text = ("Zorbo Pharma will move 770 staff to its Quistlingen campus next year. "
            "Quistlingen has room for more.\n")
    assert _story(text).get("Quistlingen") == "PLACE"
    assert "Quistlingen" not in _people_orgs(text)


def test_a_name_with_an_organisation_noun_in_apposition_is_an_organisation() -> None:
    text = "Zorbo Pharma will close two plants. Quistra, the transport union, said the plan was unfair.\n"
    assert _story(text).get("Quistra") == "ORG"


def test_a_compass_point_before_a_known_place_is_a_place() -> None:
    for text in ("Rain in North Chile slowed the harvest, Zorbo Foods said.\n",
                 "Freight prices:\n- Diesel, NW Peru cargoes: +17%\n- Zorbo Freight: -7%\n"):
        story = _story(text)
        assert "PLACE" in {story.get("North Chile"), story.get("NW Peru")}, text
        assert not ({"North Chile", "NW Peru"} & _people_orgs(text)), text


# --- dates and bullets --------------------------------------------------------------------------------------------
def test_an_abbreviated_month_and_its_day_are_no_part_of_a_name() -> None:
    text = "What the Zorbo rule says:\n* Binding Oct. 27 for new orders.\n* Quistel Tools is exposed.\n"
    assert not any("Oct" in name or "Binding" in name for name in _story(text))
    assert "Quistel Tools" in _people_orgs(text)


# --- titles and their portfolios ----------------------------------------------------------------------------------
def test_a_portfolio_of_two_words_before_a_title_is_no_organisation() -> None:
    text = "Foreign Trade Minister Jane Quistberg said Peru would match the rules by June.\n"
    assert _people_orgs(text) == {"Jane Quistberg"}


def test_a_body_spelled_by_its_acronym_keeps_its_and() -> None:
    text = "Rules from the Bureau of Quist and Velmar (BQV) apply from June, a Zorbo Holdings filing showed.\n"
    rows = recognize_entities(text)
    assert set(rows.loc[rows["surface"] == "BQV", "name"]) == {"Bureau of Quist and Velmar"}


def test_a_person_after_a_title_and_its_portfolio_is_a_person() -> None:
    text = "Assistant Secretary for Energy and Mines Peter Velmar told reporters the rule was final.\n"
    assert _people_orgs(text) == {"Peter Velmar"}


# --- the note on the author closing a column ----------------------------------------------------------------------
def test_a_closing_note_on_a_person_named_nowhere_else_is_a_credit() -> None:
    text = ("Zorbo Tools shares fell 17% on Wednesday. Quistel Systems fell 7%.\n\nThe regulator should wait.\n\n"
            "Ivo Quistwood is a retired shipping lawyer.\n")
    story = _story(text)
    assert "Ivo Quistwood" not in story
    rows = recognize_entities(text)
    assert set(rows.loc[rows["name"] == "Ivo Quistwood", "role"]) == {"credit"}


def test_a_closing_sentence_on_a_person_of_the_story_stays_in_the_story() -> None:
    text = ("Zorbo Tools shares fell 17% on Wednesday, Jane Quistwood said.\n\n"
            "Jane Quistwood is a retired shipping lawyer.\n")
    assert _story(text).get("Jane Quistwood") == "PERSON"


# --- streets, titles, time zones ----------------------------------------------------------------------------------
def test_a_road_is_a_place_and_a_title_word_no_employer() -> None:
    text = ("Zorbo Stores shares fell 17%.\n\nChief executive Jane Quist met staff at the Quistall Road depot. "
            "Zorbo Stores has been on Quistall Road since 1990.\n")
    story = _story(text)
    assert story.get("Quistall Road") == "PLACE"
    assert "Chief" not in story
    assert _people_orgs(text) == {"Zorbo Stores", "Jane Quist"}


def test_a_time_zone_after_a_clock_time_is_no_organisation() -> None:
    text = "The line tripped at 6:47 p.m. QT, and at 17:23 QET Zorbo Power fell 7%.\n"
    assert _people_orgs(text) == {"Zorbo Power"}


# --- indices, models, adjectives, moves ---------------------------------------------------------------------------
def test_a_sector_index_after_its_provider_is_an_index() -> None:
    text = "Quist Drilling fell 7.6%. The ZORBO Asia oil and gas index slipped 7.1%.\n"
    assert _story(text).get("ZORBO Asia") == "INDEX"


def test_a_model_with_its_variant_is_a_product() -> None:
    text = "Velmar Aero will hand over nine Q950neo jets this year, and two Q950neos to Zorbo Air next year.\n"
    story = _story(text)
    assert story.get("Q950neo") == "PRODUCT"
    assert not ({"Q950neo", "Q950neos"} & _people_orgs(text))


def test_an_adjective_of_origin_before_a_descriptor_is_no_organisation() -> None:
    text = "Quistair rose 7.1% on Thursday, and Velmarian lender Zorbo Bank Group gained 7.5%.\n"
    assert _people_orgs(text) == {"Quistair", "Zorbo Bank Group"}


def test_a_company_named_with_demonyms_and_its_move_is_a_company() -> None:
    text = "Zinc producers slipped, with Dutch Canadian down 7.2%. Sales in Kansas down 7%.\n"
    assert _people_orgs(text) == {"Dutch Canadian"}


# --- an exchange whose figure moves, a bank and its holding company ----------------------------------------------
def test_an_exchange_as_the_subject_of_a_move_is_its_index() -> None:
    text = "The TSX fell 7.4% on Wednesday, while Quistel Mining, listed on the TSX since 1987, rose 7%.\n"
    story = _story(text)
    assert story.get("TSX") == "INDEX"
    listed = "Quistel Mining has been listed on the TSX since 1987 and rose 7% on Wednesday.\n"
    assert "INDEX" not in _story(listed).values()


def test_a_bank_and_its_bank_holding_company_are_one_entity(tmp_path: Path) -> None:
    texts = {
        "a": "Quist Meadow falls\n\nQuist Meadow Bancorp shares fell 37% on Thursday. Quist Meadow Bancorp owns "
             "Quist Meadow Bank.\n",
        "b": "Savers queue\n\nSavers queued at Quist Meadow Bank branches on Friday.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("Quist Meadow Bancorp", "ORG") in ents["b"]
    assert not any(e == "Quist Meadow Bank" for e, _ in ents["a"] | ents["b"])


def test_a_groups_bank_unit_stays_apart(tmp_path: Path) -> None:
    texts = {"a": "Lenders wait\n\nVelmar Group said its Velmar Bank unit would keep lending. "
                  "Velmar Bank declined to comment.\n"}
    ents = _corpus_entities(tmp_path, texts)["a"]
    assert {("Velmar Group", "ORG"), ("Velmar Bank", "ORG")} <= ents


# --- a listed fund ------------------------------------------------------------------------------------------------
def test_a_listed_fund_quoted_with_its_ticker_and_move_is_an_index() -> None:
    text = "The Quist Energy Income Fund (QEIF) rose 0.7% while Zorbo Power slipped 7%.\n"
    assert _story(text).get("Quist Energy Income Fund") == "INDEX"
    assert _people_orgs(text) == {"Zorbo Power"}


# --- descriptors in apposition and before a name ------------------------------------------------------------------
def test_a_person_in_apposition_with_a_descriptor_a_person_can_bear_stays_a_person() -> None:
    text = "Zorbo Holdings fell 7%. Ivo Quistberg, an activist investor, said the board must go.\n"
    assert _story(text).get("Ivo Quistberg") == "PERSON"


def test_a_name_after_the_noun_of_its_kind_is_a_company() -> None:
    text = ("Zorbo hired law firm Quistmoor Lane for the bid. The nearby supplier Brindle Crates expects a "
            "smaller order.\n")
    story = _story(text)
    assert story.get("Quistmoor Lane") == "ORG"
    assert story.get("Brindle Crates") == "ORG"


def test_a_person_after_a_noun_a_person_can_bear_is_no_company() -> None:
    text = "Zorbo Holdings fell 7% after activist Ivo Quistberg called for a sale.\n"
    assert _story(text).get("Ivo Quistberg") != "ORG"


# --- a firm named once with its legal suffix ----------------------------------------------------------------------
def test_a_firm_named_once_with_its_suffix_is_a_firm_in_every_article(tmp_path: Path) -> None:
    texts = {
        "a": "Auditor quits\n\nZorbo Stores lost a third of its value after Quistley Vane LLP quit as its auditor.\n",
        "b": "Regulator looks\n\nThe regulator is reviewing the audit. Quistley Vane said it had acted properly.\n",
        "c": "Questions\n\nCritics asked why Quistley Vane stayed on for so long at Zorbo Stores.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    for stem in ("b", "c"):
        assert ("Quistley Vane", "ORG") in ents[stem], stem


def test_a_ticker_cell_of_a_row_read_as_one_line_is_its_company_s_ticker() -> None:
    text = ("Lender | Ticker | Close | Week\n\nQuist Bancorp | QSTB | 11.20 | -33.0%\n\n"
            "Hadley Savings | HDLS | 8.15 | +1.2%\n")
    found = recognize_entities(text)
    names = set(found.loc[found["type"] != "", "name"])
    assert "QSTB" not in names and "HDLS" not in names
    assert {"Quist Bancorp", "Hadley Savings"} <= names


def test_a_closing_line_of_dated_history_is_no_author_note() -> None:
    from analysis.entities.credits import credit_regions

    text = ("The regulator should act now.\n\nMara Quint was a member of the grid commission from 2014 to 2020.")
    assert not credit_regions(text)


def test_a_header_row_read_as_one_line_names_nobody() -> None:
    text = ("Arvel Bancorp fell on Friday.\n\nDeveloper | Ticker | Week\n\nArvel Bancorp | ARVB | -33.0%\n\n"
            "Hadley Savings | HDLS | +1.2%\n")
    found = recognize_entities(text)
    names = set(found.loc[found["type"] != "", "name"])
    assert "Developer" not in names and "Ticker" not in names
    assert {"Arvel Bancorp", "Hadley Savings"} <= names
