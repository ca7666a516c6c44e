"""Entity layer, round 14: general rules of news prose, one invented sentence each.

Every person, company, outlet, place and figure here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round10 import _people_orgs, _story
from test_entity_round11 import _corpus_entities


# --- list items headed by a name in capitals and a colon ------------------------------------------------------------
_VIEWS = ("FACTBOX-Economists react to the Freedonian rate cut\n\n"
          "May 4 (Example Wire) - The central bank lowered rates on Thursday. Views from economists:\n\n"
          "MARTA QUISTOVA, ZORBEL CAPITAL MARKETS:\n"
          "\"Nobody saw it coming. Another move in June is likely.\"\n\n"
          "PAVEL BRINDL, VELMOR BANK, LONDON:\n"
          "\"Right call, wrong week.\"\n\n"
          "ILSA KOVAR, CHIEF ECONOMIST, HARLOW TRUST BANK:\n"
          "\"Rates end the year at 3.6% in our view.\"\n\n"
          "HOW MARKETS MOVED:\n"
          "- Freedonian bonds gained\n")


def test_a_person_and_an_affiliation_in_capitals_head_a_view() -> None:
    story = _story(_VIEWS)
    for name in ("Marta Quistova", "Pavel Brindl", "Ilsa Kovar"):
        assert story.get(name) == "PERSON", name
    for name in ("Zorbel Capital Markets", "Velmor Bank", "Harlow Trust Bank"):
        assert story.get(name) == "ORG", name


def test_a_heading_whose_words_say_nothing_is_no_name() -> None:
    assert "How Markets Moved" not in _story(_VIEWS) and "HOW MARKETS MOVED" not in _story(_VIEWS)


_EXPOSED = ("FACTBOX-Who is hurt by the Quist fleet halt\n\n"
            "May 4 (Example Wire) - The companies with the most at stake:\n\n"
            "* QUISTAIR (QSTA.O): Flies most of the parked fleet. Shares down 6.1% on Friday.\n\n"
            "* ZORBO PROPULSION (ZRBP.N): Builds the turbines. Stock off 4.8%.\n\n"
            "* HARLOW AIRCRAFT LEASING: Leases six of the parked jets.\n\n"
            "* VELMORA AIRLINES: Competitor likely to pick up travellers.\n")


def test_a_company_heading_an_item_without_its_ticker() -> None:
    orgs = _people_orgs(_EXPOSED)
    assert {"Harlow Aircraft Leasing", "Velmora Airlines"} <= orgs, orgs


def test_a_pages_labels_in_capitals_are_no_names() -> None:
    text = ("Quistel Foods shares fell 4% on Friday.\n\n"
            "BREAKING NEWS ALERT: Harbour Road closed after a crash\nFACT CHECK: The claim is false.\n"
            "EDITOR'S NOTE: This story was updated.\nTRADE NEWS: Port volumes up\n"
            "GLOBAL MARKETS WRAP: Stocks slide\nBREAKING NEWS, LIVE UPDATES: More soon\n")
    assert _people_orgs(text) == {"Quistel Foods"}


def test_a_lone_heading_needs_company_siblings() -> None:
    text = ("Notes from the week\n\nThe board met on Monday.\n\n"
            "* GRAND OPENING: The store opens in June.\n\n* LATE HOURS: Doors close at ten.\n")
    assert not _people_orgs(text)


# --- an acronym one article defines names the organisation in another --------------------------------------------
def test_an_acronym_one_article_defines_names_the_organisation_elsewhere(tmp_path: Path) -> None:
    texts = {
        "a": "Planes parked\n\nThe Agência Freedonia de Segurança Aérea (AFSA) kept 7 Quistair planes on the "
             "ground on Friday, Quistair said.\n",
        "b": "Planes still parked\n\nQuistair shares slid 5% on Monday. AFSA wants the checks done by "
             "July 9.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("Agência Freedonia de Segurança Aérea", "ORG") in ents["b"]
    assert not any(e == "AFSA" for e, _ in ents["b"])


def test_an_acronym_two_articles_define_apart_is_left_alone(tmp_path: Path) -> None:
    texts = {
        "a": "Planes parked\n\nThe Freedonia Safety Authority (FSA) kept 7 Quistair planes parked on Friday.\n",
        "b": "Banks fined\n\nThe Financial Supervision Agency (FSA) fined Zorbo Bank on Tuesday.\n",
        "c": "Quistair falls\n\nQuistair shares slid 5% on Monday. FSA wants the checks done by July 9.\n",
    }
    names = {e for e, _ in _corpus_entities(tmp_path, texts)["c"]}
    assert "Freedonia Safety Authority" not in names and "Financial Supervision Agency" not in names


# --- a country's code before its dollar sign ------------------------------------------------------------------------
def test_a_country_code_before_a_dollar_sign_is_a_currency() -> None:
    text = ("Quistel Dairy put the cost of the withdrawal at NZ$23 million, and Zorbo Foods put its own bill at "
            "US$8 million on Friday.\n")
    story = _story(text)
    assert "NZ" not in story and "US" not in story and "United States" not in story, story
    assert _people_orgs(text) == {"Quistel Dairy", "Zorbo Foods"}


# --- a model's designator and its maker -----------------------------------------------------------------------------
def test_a_model_designator_before_a_noun_of_machines_is_a_product() -> None:
    text = ("The regulator parked 9 Quistair Q190-X2 jets flown by Zorbo Air after a ZP-4100 engine failed. "
            "Quistair shares slid 2% on Friday.\n")
    story = _story(text)
    assert story.get("Q190-X2") == "PRODUCT" and story.get("ZP-4100") == "PRODUCT", story
    assert _people_orgs(text) == {"Quistair", "Zorbo Air"}


def test_a_maker_named_only_by_its_models_is_no_mention() -> None:
    text = "Zorbo Air said it had leased three Quistair 818s and a Quistair 626 airliner from a lessor.\n"
    assert _people_orgs(text) == {"Zorbo Air"}


def test_a_name_ending_in_a_digit_before_its_planes_stays_a_company() -> None:
    text = "Quistjet7 planes were parked on Friday after Quistjet7 shares fell 3%.\n"
    assert _story(text).get("Quistjet7") == "ORG"


def test_an_index_with_its_number_is_no_model() -> None:
    text = "The Quist 500 index fell 2% and the FTSE 100 rose 1% on Monday.\n"
    story = _story(text)
    assert story.get("FTSE 100") == "INDEX" and story.get("Quist 500") == "INDEX", story


# --- a germ or a disease named before its noun ----------------------------------------------------------------------
def test_a_germ_before_a_noun_of_disease_is_no_organisation() -> None:
    text = ("Quistel Dairy pulled 6 lots of cheese over Vexiella contamination on Friday. Vexiella "
            "infections are uncommon, the health ministry said. Doctors also tracked the Zorba virus.\n")
    assert _people_orgs(text) == {"Quistel Dairy"}


def test_a_company_named_for_an_outbreak_stays_a_company() -> None:
    text = ("Shares of Quistotle fell 5% after the Quistotle outbreak sickened 40 people. Quistotle said it would "
            "close stores.\n")
    assert _story(text).get("Quistotle") == "ORG"


# --- the people of a place -------------------------------------------------------------------------------------------
def test_the_people_of_a_name_live_in_a_place() -> None:
    text = ("Quistel Foods Ltd shut its plant. For the sheep farmers of Brindago, much rides on the "
            "reopening. The residents of Lower Harrowby agree.\n")
    story = _story(text)
    assert story.get("Brindago") == "PLACE" and story.get("Lower Harrowby") == "PLACE", story
    assert _people_orgs(text) == {"Quistel Foods"}


# --- the label of a list of share moves ------------------------------------------------------------------------------
def test_the_label_of_a_list_of_moves_is_no_name() -> None:
    text = ("Markets rose on Friday as Quistel gained 2%.\n\n"
            "Top Gainers: Zorbo Steel +6.3%, Ambrin Cables +2.9%   Top Losers: Velmor Motors -2.6%\n\n"
            "The index closed higher.\n")
    assert _people_orgs(text) == {"Quistel", "Zorbo Steel", "Ambrin Cables", "Velmor Motors"}


def test_a_speaker_label_before_a_colon_stays_a_name() -> None:
    text = "Interview\n\nHOST: Welcome.\n\nQuist Sanders said he was glad.\n\nSanders: Thank you. We are up 4% today.\n"
    assert "Quist Sanders" in _people_orgs(text)


# --- the note crediting other reporters ------------------------------------------------------------------------------
def test_a_reporter_who_contributed_to_the_report_is_a_credit() -> None:
    text = ("Quistel Foods cut 400 jobs on Tuesday, its chief executive Jane Roe said.\n\n"
            "Staff writer Ed Vancourt contributed to this report. Tom Brindle in Harlow contributed reporting "
            "to this story.\n")
    assert _people_orgs(text) == {"Quistel Foods", "Jane Roe"}


def test_a_company_that_contributed_to_a_study_is_no_credit() -> None:
    text = "Zorbo Bank contributed to the report, which the ministry published on Friday.\n"
    assert _people_orgs(text) == {"Zorbo Bank"}


# --- a note on the writer's beat among the last lines of a page ----------------------------------------------------
def test_a_writers_beat_among_the_last_lines_is_a_credit() -> None:
    text = ("Quistel Foods cut 400 jobs on Tuesday, its chief executive Jane Roe said.\n\n"
            "Nina Dunmore covers shipping and ports for the Quist Courier. She joined the paper in 2008 after "
            "four years at the Harlow Register.\n\n"
            "Correction: This story gave a wrong date.\n\n"
            "Print-friendly copy, not for resale.\n\nLink to this page:\n\nPrinted at 10:05\n")
    assert _people_orgs(text) == {"Quistel Foods", "Jane Roe"}


# --- an index family's short name ------------------------------------------------------------------------------------
def test_the_short_name_of_an_index_family_is_an_index() -> None:
    text = ("Freedonian lenders slipped on Friday. The QIX20 index closed 0.7% up, and the wider QIX "
            "gained 0.4%. Zorbo Bank lost 1.9%.\n")
    story = _story(text)
    assert story.get("QIX") == "INDEX" and story.get("QIX20") == "INDEX", story
    assert _people_orgs(text) == {"Zorbo Bank"}


def test_a_company_without_an_index_of_its_name_stays_a_company() -> None:
    text = "The wider market rose. The troubled Quistel gained 0.4% on Friday.\n"
    assert _people_orgs(text) == {"Quistel"}


def test_an_index_one_article_names_by_its_form_is_no_company_in_a_list(tmp_path: Path) -> None:
    texts = {
        "a": "Lenders slip\n\nZorbo Bank fell 3.7% on Friday. The QIX-Lenders sector index slid 2.2%.\n",
        "b": "Moves\n\nThe central bank lowered rates on Friday.\n\nHOW MARKETS MOVED:\n- QIX-Lenders -2.2%\n"
             "- Zorbo Bank -3.7%\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("QIX-Lenders", "INDEX") in ents["b"] and ("Zorbo Bank", "ORG") in ents["b"], ents["b"]


# --- an author box at the end of a page ------------------------------------------------------------------------------
def test_an_author_box_names_no_entity_of_the_story() -> None:
    text = ("Quistel Foods cut 400 jobs on Tuesday, its chief executive Jane Roe said.\n\n"
            "Petra Marrow\n\n"
            "Petra has edited Harlow Freight Weekly since 2015. Earlier she reported on ports for "
            "Brindle Trade Press for six years.\n")
    assert _people_orgs(text) == {"Quistel Foods", "Jane Roe"}


def test_a_name_line_before_news_of_someone_else_stays() -> None:
    text = ("Board changes\n\nZorbo Bank named a new chair on Monday.\n\nJane Quistova\n\n"
            "The former regulator will take over in June, Zorbo Bank said.\n")
    assert "Jane Quistova" in _people_orgs(text)


def test_a_letter_writers_signature_does_not_make_the_next_letter_a_credit() -> None:
    text = ("Letters\n\nThe council should act now.\n\nMara Venmoor.\n\n"
            "I'm no friend of Quistel, but Jane Roe has a point about Quistel Foods.\n")
    assert {"Quistel Foods", "Jane Roe"} <= _people_orgs(text)


def test_a_company_heading_before_its_news_stays() -> None:
    text = ("Who is exposed\n\nThe recall hit three suppliers.\n\nZorbo Parts\n\n"
            "Zorbo Parts has lost 7% since Monday.\n")
    assert "Zorbo Parts" in _people_orgs(text)


# --- a retailer's banner -------------------------------------------------------------------------------------------
def test_a_banner_a_retailer_trades_under_is_no_company() -> None:
    text = ("Harrowgate Stores Group, which owns the BrightCart chain, said it had raised orders. Harrowgate "
            "Stores Group, which has cleared the shelves of its BrightCart stores, rose 1.4%.\n")
    assert _people_orgs(text) == {"Harrowgate Stores Group"}


def test_a_chain_that_moves_is_a_company() -> None:
    text = "Zorbo owns the Quistel chain. Quistel shares fell 3% on Friday, Quistel said.\n"
    assert _story(text).get("Quistel") == "ORG"


# --- a day's name of two words ---------------------------------------------------------------------------------------
def test_a_word_only_ever_before_a_weekday_names_a_day() -> None:
    text = ("Zorbo Retail said sales rose 9% on Quistal Friday, and shoppers are back for the Quistal Friday "
            "deals again, Zorbo Retail said.\n")
    assert _people_orgs(text) == {"Zorbo Retail"}


def test_a_platform_named_alone_elsewhere_stays_before_a_weekday() -> None:
    text = "Jane Roe wrote on Quistbook Monday that Quistbook had removed her post.\n"
    assert "Quistbook" in _people_orgs(text)
