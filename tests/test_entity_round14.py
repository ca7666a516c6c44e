"""Entity layer, round 14: general rules of news prose, one invented sentence each.

Every person, company, outlet, place and figure here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round10 import _people_orgs, _story
from test_entity_round11 import _corpus_entities


# --- list items headed by a name in capitals and a colon ------------------------------------------------------------
_VIEWS = ("FACTBOX-Economists react to the Freedonian rate cut\n\n"
          "May 4 (Example Wire) - The central bank cut rates on Wednesday. Here is what economists said:\n\n"
          "MARTA QUISTOVA, ZORBEL CAPITAL MARKETS:\n"
          "\"The cut was a surprise. We expect another one in June.\"\n\n"
          "PAVEL BRINDL, VELMOR BANK, LONDON:\n"
          "\"The data justified it, the timing did not.\"\n\n"
          "ILSA KOVAR, CHIEF ECONOMIST, HARLOW TRUST BANK:\n"
          "\"We now see rates at 4% by the end of the year.\"\n\n"
          "MARKET REACTION:\n"
          "- Freedonian bonds rallied\n")


def test_a_person_and_an_affiliation_in_capitals_head_a_view() -> None:
    story = _story(_VIEWS)
    for name in ("Marta Quistova", "Pavel Brindl", "Ilsa Kovar"):
        assert story.get(name) == "PERSON", name
    for name in ("Zorbel Capital Markets", "Velmor Bank", "Harlow Trust Bank"):
        assert story.get(name) == "ORG", name


def test_a_heading_whose_words_say_nothing_is_no_name() -> None:
    assert "Market Reaction" not in _story(_VIEWS) and "MARKET REACTION" not in _story(_VIEWS)


_EXPOSED = ("FACTBOX-Who is exposed to the Quist grounding\n\n"
            "May 4 (Example Wire) - Here are the companies most exposed:\n\n"
            "* QUISTAIR (QSTA.O): Loses a fifth of its seats. Shares down 3.4% on Wednesday.\n\n"
            "* ZORBO PROPULSION (ZRBP.N): Maker of the engine. Stock down 9.5%.\n\n"
            "* HARLOW AIRCRAFT LEASING: Owns nine of the grounded jets.\n\n"
            "* VELMORA AIRLINES: Rival that may gain passengers.\n")


def test_a_company_heading_an_item_without_its_ticker() -> None:
    orgs = _people_orgs(_EXPOSED)
    assert {"Harlow Aircraft Leasing", "Velmora Airlines"} <= orgs, orgs


def test_a_lone_heading_needs_company_siblings() -> None:
    text = ("Notes from the week\n\nThe board met on Monday.\n\n"
            "* GRAND OPENING: The store opens in June.\n\n* LATE HOURS: Doors close at ten.\n")
    assert not _people_orgs(text)


# --- an acronym one article defines names the organisation in another --------------------------------------------
def test_an_acronym_one_article_defines_names_the_organisation_elsewhere(tmp_path: Path) -> None:
    texts = {
        "a": "Jets grounded\n\nThe Agência Freedonia de Segurança Aérea (AFSA) grounded 12 jets of Quistair on "
             "Monday, Quistair said.\n",
        "b": "Jets still grounded\n\nQuistair shares fell 4% on Thursday. AFSA expects the checks to end by "
             "March 24.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("Agência Freedonia de Segurança Aérea", "ORG") in ents["b"]
    assert not any(e == "AFSA" for e, _ in ents["b"])


def test_an_acronym_two_articles_define_apart_is_left_alone(tmp_path: Path) -> None:
    texts = {
        "a": "Jets grounded\n\nThe Freedonia Safety Authority (FSA) grounded 12 jets of Quistair on Monday.\n",
        "b": "Banks fined\n\nThe Financial Supervision Agency (FSA) fined Zorbo Bank on Tuesday.\n",
        "c": "Quistair falls\n\nQuistair shares fell 4% on Thursday. FSA expects the checks to end by March 24.\n",
    }
    names = {e for e, _ in _corpus_entities(tmp_path, texts)["c"]}
    assert "Freedonia Safety Authority" not in names and "Financial Supervision Agency" not in names


# --- a country's code before its dollar sign ------------------------------------------------------------------------
def test_a_country_code_before_a_dollar_sign_is_a_currency() -> None:
    text = ("Quistel Dairy said the recall would cost up to NZ$60 million, and Zorbo Foods put its own bill at "
            "US$12 million on Tuesday.\n")
    story = _story(text)
    assert "NZ" not in story and "US" not in story and "United States" not in story, story
    assert _people_orgs(text) == {"Quistel Dairy", "Zorbo Foods"}


# --- a model's designator and its maker -----------------------------------------------------------------------------
def test_a_model_designator_before_a_noun_of_machines_is_a_product() -> None:
    text = ("The regulator grounded 22 Quistair E195-E2 jets flown by Zorbo Air after an SP-2200 engine failed. "
            "Quistair shares fell 3% on Tuesday.\n")
    story = _story(text)
    assert story.get("E195-E2") == "PRODUCT" and story.get("SP-2200") == "PRODUCT", story
    assert _people_orgs(text) == {"Quistair", "Zorbo Air"}


def test_a_maker_named_only_by_its_models_is_no_mention() -> None:
    text = "Zorbo Air said it had chartered four Quistair 737s and a Quistair 757 airliner from a lessor.\n"
    assert _people_orgs(text) == {"Zorbo Air"}


def test_an_index_with_its_number_is_no_model() -> None:
    text = "The Quist 500 index fell 2% and the FTSE 100 rose 1% on Monday.\n"
    story = _story(text)
    assert story.get("FTSE 100") == "INDEX" and story.get("Quist 500") == "INDEX", story


# --- a germ or a disease named before its noun ----------------------------------------------------------------------
def test_a_germ_before_a_noun_of_disease_is_no_organisation() -> None:
    text = ("Quistel Dairy recalled 14 batches over possible Vexiella contamination on Tuesday. Vexiella "
            "infections are rare, the health ministry said. Doctors also tracked the Zorba virus.\n")
    assert _people_orgs(text) == {"Quistel Dairy"}


# --- the people of a place -------------------------------------------------------------------------------------------
def test_the_people_of_a_name_live_in_a_place() -> None:
    text = ("Quistel Foods Ltd shut its plant. For the dairy farmers of Brindago, a lot depends on the "
            "recall. The residents of Lower Harrowby agree.\n")
    story = _story(text)
    assert story.get("Brindago") == "PLACE" and story.get("Lower Harrowby") == "PLACE", story
    assert _people_orgs(text) == {"Quistel Foods"}


# --- the label of a list of share moves ------------------------------------------------------------------------------
def test_the_label_of_a_list_of_moves_is_no_name() -> None:
    text = ("Markets rose on Tuesday as Quistel gained 2%.\n\n"
            "Top Gainers: Zorbo Steel +7.1%, Ambrin Cables +5.4%   Top Losers: Velmor Motors -3.4%\n\n"
            "The index closed higher.\n")
    assert _people_orgs(text) == {"Quistel", "Zorbo Steel", "Ambrin Cables", "Velmor Motors"}


def test_a_speaker_label_before_a_colon_stays_a_name() -> None:
    text = "Interview\n\nHOST: Welcome.\n\nQuist Sanders said he was glad.\n\nSanders: Thank you. We are up 4% today.\n"
    assert "Quist Sanders" in _people_orgs(text)


# --- the note crediting other reporters ------------------------------------------------------------------------------
def test_a_reporter_who_contributed_to_the_report_is_a_credit() -> None:
    text = ("Quistel Foods cut 400 jobs on Tuesday, its chief executive Jane Roe said.\n\n"
            "Staff writer Eddie Vancourt contributed to this report. Tom Brindle in Harlow contributed reporting "
            "to this story.\n")
    assert _people_orgs(text) == {"Quistel Foods", "Jane Roe"}


# --- a note on the writer's beat among the last lines of a page ----------------------------------------------------
def test_a_writers_beat_among_the_last_lines_is_a_credit() -> None:
    text = ("Quistel Foods cut 400 jobs on Tuesday, its chief executive Jane Roe said.\n\n"
            "Claire Dunmore covers business and labor for the Tribune. She joined the paper in 2011 after six "
            "years at the Harlow Register.\n\n"
            "Corrections: An earlier version of this story misstated the year.\n\n"
            "This copy is for your personal use only.\n\nFind this article at:\n\nPrinted at 08:21\n")
    assert _people_orgs(text) == {"Quistel Foods", "Jane Roe"}


# --- an index family's short name ------------------------------------------------------------------------------------
def test_the_short_name_of_an_index_family_is_an_index() -> None:
    text = ("Freedonian banks fell on Thursday. The blue-chip QIX20 index ended 0.3% higher, and the broad QIX "
            "added 0.2%. Zorbo Bank lost 2.3%.\n")
    story = _story(text)
    assert story.get("QIX") == "INDEX" and story.get("QIX20") == "INDEX", story
    assert _people_orgs(text) == {"Zorbo Bank"}


def test_a_company_without_an_index_of_its_name_stays_a_company() -> None:
    text = "The broad market rose. The troubled Quistel added 0.2% on Thursday.\n"
    assert _people_orgs(text) == {"Quistel"}


def test_an_index_one_article_names_by_its_form_is_no_company_in_a_list(tmp_path: Path) -> None:
    texts = {
        "a": "Banks fall\n\nZorbo Bank fell 6.4% on Wednesday. The QIX-Banki sector index slid 4.3%.\n",
        "b": "Market reaction\n\nThe central bank cut rates on Wednesday.\n\nMARKET REACTION:\n- QIX-Banki -4.3%\n"
             "- Zorbo Bank -6.4%\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("QIX-Banki", "INDEX") in ents["b"] and ("Zorbo Bank", "ORG") in ents["b"], ents["b"]


# --- an author box at the end of a page ------------------------------------------------------------------------------
def test_an_author_box_names_no_entity_of_the_story() -> None:
    text = ("Quistel Foods cut 400 jobs on Tuesday, its chief executive Jane Roe said.\n\n"
            "Gwendolyn Marrow\n\n"
            "Gwendolyn has edited Harlow Gases Weekly since 2019. Before that she reported on chemicals for "
            "Brindle Trade Journals for a decade.\n")
    assert _people_orgs(text) == {"Quistel Foods", "Jane Roe"}


def test_a_name_line_before_news_of_someone_else_stays() -> None:
    text = ("Board changes\n\nZorbo Bank named a new chair on Monday.\n\nJane Quistova\n\n"
            "The former regulator will take over in June, Zorbo Bank said.\n")
    assert "Jane Quistova" in _people_orgs(text)


def test_a_letter_writers_signature_does_not_make_the_next_letter_a_credit() -> None:
    text = ("Letters\n\nThe council should act now.\n\nVicki Venmoor.\n\n"
            "I'm not a Quistel fan, but Jane Roe has a point about Quistel Foods.\n")
    assert {"Quistel Foods", "Jane Roe"} <= _people_orgs(text)


def test_a_company_heading_before_its_news_stays() -> None:
    text = ("Who is exposed\n\nThe recall hit three suppliers.\n\nZorbo Parts\n\n"
            "Zorbo Parts has lost 7% since Monday.\n")
    assert "Zorbo Parts" in _people_orgs(text)


# --- a retailer's banner -------------------------------------------------------------------------------------------
def test_a_banner_a_retailer_trades_under_is_no_company() -> None:
    text = ("Wattlemoor Retail Group, which owns the FreshLane chain, said it had doubled orders. Wattlemoor "
            "Retail Group, which has pulled the tins from its FreshLane stores, added 0.6%.\n")
    assert _people_orgs(text) == {"Wattlemoor Retail Group"}


# --- a day's name of two words ---------------------------------------------------------------------------------------
def test_a_word_only_ever_before_a_weekday_names_a_day() -> None:
    text = ("Zorbo Retail said sales rose 9% on Quistal Friday, and shoppers are back for the Quistal Friday "
            "deals again, Zorbo Retail said.\n")
    assert _people_orgs(text) == {"Zorbo Retail"}


def test_a_platform_named_alone_elsewhere_stays_before_a_weekday() -> None:
    text = "Jane Roe wrote on Quistbook Monday that Quistbook had removed her post.\n"
    assert "Quistbook" in _people_orgs(text)
