"""Entity layer, round 36 (ents40): classes found reading the thirty-sixth and thirty-seventh corpora as dev, one
invented text per rule with what the rule must leave alone. Listed companies are the package catalog's (general
knowledge); every other person, company and figure here is fictional."""
from __future__ import annotations

from analysis.entities.catalog import catalog_company
from test_entity_round10 import _people_orgs, _story


# --- a listed company's name without the word of its reach ------------------------------------------------------
def test_a_catalog_name_without_its_reach_word_is_the_company() -> None:
    # "Philip Morris International" is the catalog's name; copy writes "Philip Morris"
    assert catalog_company("Philip Morris") == "Philip Morris International"
    text = "Tobacco stocks\n\nAs of Sept. 30, Philip Morris had 926 million shares outstanding, the company said.\n"
    assert _story(text).get("Philip Morris International", _story(text).get("Philip Morris")) == "ORG"
    # a one-word stem stays out of the catalog: it is as often a surname or a town
    assert catalog_company("Matthews") is None and catalog_company("Albany") is None


# --- brands ------------------------------------------------------------------------------------------------------
def test_names_goods_are_sold_under_are_brands() -> None:
    text = ("Quistel Foods recalls meals\n\nQuistel Foods Inc. recalled 2 million packages sold under the Vellora and "
            "Quiet Hearth brands on Monday.\nIts brands include Vellora and Quiet Hearth, the company said.\n")
    found = _story(text)
    assert found["Vellora"] == "PRODUCT" and found["Quiet Hearth"] == "PRODUCT"
    assert found["Quistel Foods"] == "ORG"
    # two companies' names before a plural "brands" without "under" or an owner stay companies
    text = "Retail\n\nThe Zorbo and Quistmart brands lost share after Quistmart Inc. and Zorbo Corp. cut prices.\n"
    assert {"Zorbo", "Quistmart"} <= _people_orgs(text)


# --- the note on a column's author at the top -------------------------------------------------------------------
def test_a_note_on_the_columnist_opening_the_body_is_a_credit() -> None:
    for note in ("Jane Quistwell is a former harbour pilot and writes a monthly column on shipping. Views are her own.",
                 "Jane Quistwell writes a weekly column on personal finance.",
                 "Jane Quistwell is a former harbour pilot and teaches law. The views expressed are her own."):
        text = (f"Opinion: ports need rules\n\n{note}\nZorbo Shipping shares fell 4% on Monday, said Dana Orrick, an "
                "analyst at Quistmere Securities.\n")
        found = _people_orgs(text)
        assert "Jane Quistwell" not in found, note
        assert {"Dana Orrick", "Zorbo Shipping", "Quistmere Securities"} <= found, note
    # a person of the story introduced at the top, named again below, is no author
    text = ("Ports\n\nDana Orrick is a former harbour pilot who now runs Zorbo Shipping.\nOrrick said on Monday that "
            "Zorbo Shipping would cut 40 jobs.\n")
    assert "Dana Orrick" in _people_orgs(text)


# --- where the article ran first ---------------------------------------------------------------------------------
def test_the_outlet_of_a_translated_original_is_a_credit() -> None:
    for note in ("[Translated from the Spanish original published in El Diario Quistal, Zorbopolis.]",
                 "[Translated from Dutch. The original appeared in Het Quistblad on 12 September 2024.]"):
        text = f"Recall widens\n\n{note}\nShares of Zorbo Foods fell 9% on Wednesday.\n"
        found = _people_orgs(text)
        assert found == {"Zorbo Foods"}, (note, found)
    # an outlet that reports news in the story stays an organisation, and so does a reprint's source
    text = "Recall widens\n\nThe Quistmere Ledger first reported the talks on Monday, and Zorbo Foods fell 9%.\n"
    assert "Quistmere Ledger" in _people_orgs(text)
    text = "Recall widens\n\nThis story was first published by Quistmere Wire. Zorbo Foods fell 9%.\n"
    assert "Quistmere Wire" in _people_orgs(text)


def test_a_bracketed_label_of_the_outlet_adding_a_passage_is_a_credit() -> None:
    text = ("Strike threat\n\nZorbo Air shares fell 1.7% on Tuesday.\n[Quistmere Travel Trade adds:] UK tour operators "
            "were also weaker, and Quist Holidays fell 1.3%.\n")
    assert _people_orgs(text) == {"Zorbo Air", "Quist Holidays"}
    # "adds" in a sentence is news
    text = "Strike threat\n\nZorbo Air shares fell 1.7% on Tuesday. Quistmere Travel adds two routes in May.\n"
    assert "Quistmere Travel" in _people_orgs(text)


# --- a short form with its leading words cut to initials ---------------------------------------------------------
def test_initials_of_the_leading_words_and_the_rest_kept_name_the_company() -> None:
    text = ("Brewers\n\nAnders-Berg Quistbrau SA/NV (Euronext: ABQ) on Monday bid for Zorbo Breweries. AB Quistbrau "
            "shares fell 5.2% in Brussels.\n")
    found = _story(text)
    assert found.get("Anders-Berg Quistbrau") == "ORG" and "AB Quistbrau" not in found
    text = "Logistics\n\nQuist Motor Logistics said on Monday that QM Logistics would hire 300 drivers.\n"
    assert _people_orgs(text) == {"Quist Motor Logistics"}
    # other initials, or other words after them, are another company
    text = "Logistics\n\nQuist Motor Logistics fell 3%, while QR Logistics and QM Freight rose 2%.\n"
    assert {"QR Logistics", "QM Freight"} <= _people_orgs(text)


def test_an_initialled_short_form_links_across_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from analysis.corpus.load import load_corpus
    from analysis.entities.resolve import entity_mentions

    (tmp_path / "a.txt").write_text("Bid\n\nAnders-Berg Quistbrau on Monday bid for Zorbo Breweries. AB Quistbrau "
                                    "shares fell 5.2% in Brussels.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bid\n\nZorbo Breweries rejected the offer on Tuesday, and AB Quistbrau "
                                    "shares fell 2%.\n", encoding="utf-8")
    mentions = entity_mentions(load_corpus(tmp_path))
    names = set(mentions.loc[mentions["type"] == "ORG", "entity"])
    assert "Anders-Berg Quistbrau" in names and "AB Quistbrau" not in names


# --- a wildfire's name; the two ends of a line ---------------------------------------------------------------------
def test_a_named_wildfire_is_no_organisation() -> None:
    text = ("Utility falls\n\nQuistco Energy fell 31% after its line faulted minutes before the Zorbo Ridge Fire was "
            "reported, according to Brindle Fire, the county's fire agency.\n")
    found = _story(text)
    assert found["Zorbo Ridge Fire"] == "OTHER"
    assert "Brindle Fire" in _people_orgs(text)  # an agency named without "the" stays an organisation


def test_the_names_a_dash_joins_before_a_line_are_places() -> None:
    text = "Utility falls\n\nQuistco Electric recorded a fault on its 115-kilovolt Harlowe–Brindmoor line on Friday.\n"
    found = _story(text)
    assert found["Harlowe"] == "PLACE" and found["Brindmoor"] == "PLACE"
    # a dash between two companies before another noun leaves them companies
    text = "Deal off\n\nThe Quistco–Zorbomax merger collapsed on Friday, and Zorbomax Inc. fell 4%.\n"
    assert "Zorbomax" in _people_orgs(text)


# --- a building named after a listed company -----------------------------------------------------------------------
def test_a_company_beside_a_building_named_after_it_stays_the_company() -> None:
    # "Lufthansa" is a catalog company (general knowledge); the building and the people are invented
    text = ("Strike\n\nPilots gathered outside the Lufthansa Quistfield Center on Thursday. Lufthansa shares fell "
            "2.2% in Frankfurt, and Lufthansa said 1,310 flights were cancelled.\n")
    found = _story(text)
    assert found.get("Lufthansa") == "ORG"
    assert found.get("Lufthansa Quistfield Center") == "PLACE"
    # a company's unit named with its own head word still takes the short name ("Zorbo" of "Zorbo Logistics")
    text = "Freight\n\nZorbo Logistics Holdings fell 3%. Zorbo said volumes slid.\n"
    assert _people_orgs(text) == {"Zorbo Logistics Holdings"}


# --- a short name of two or three words in brackets after the full name ---------------------------------------------
def test_a_bracketed_short_name_of_clipped_words_is_the_body() -> None:
    text = ("Fire spreads\n\nCrews fought on, said the Quistland Department of Public Safety (Quist Safety). Quist "
            "Safety said the blaze was 5% contained.\n")
    assert _people_orgs(text) == {"Quistland Department of Public Safety"}
    # another body's name in brackets (other first letters) stays its own
    text = "Power cut\n\nThe Quistland Power Authority (Zorbo Energy) said on Monday that Zorbo Energy would pay.\n"
    assert {"Quistland Power Authority", "Zorbo Energy"} <= _people_orgs(text)


# --- landforms; an exchange's index futures ------------------------------------------------------------------------
def test_a_name_before_a_landform_noun_is_a_place() -> None:
    text = "Fire\n\nThe blaze burned 48,000 acres in the Quistmoor foothills by Monday, Zorbo Power Inc. said.\n"
    found = _story(text)
    assert found["Quistmoor"] == "PLACE" and found["Zorbo Power"] == "ORG"
    # without a landform noun after it, the same name stays what its grammar says
    text = "Fire\n\nThe blaze burned 48,000 acres by Monday, Quistmoor Inc. said.\n"
    assert _story(text)["Quistmoor"] == "ORG"


def test_an_exchange_named_before_futures_is_its_index() -> None:
    assert _story("Stocks\n\nShares of Zorbo Corp. fell. Nasdaq futures were down 0.9%.\n")["Nasdaq"] == "INDEX"
    assert _story("Stocks\n\nNasdaq said on Monday it would list Zorbo Corp. in May.\n")["Nasdaq"] == "ORG"


# --- a short name joined from the starts of the full name's words ------------------------------------------------
def test_a_blend_of_the_words_starts_is_the_company() -> None:
    text = ("Banks\n\nQuistal Chartered lost 2.4% on Friday. For Zorbo Bank and QuistChart the cut matters less, "
            "said Vivian Orrick.\n")
    assert _people_orgs(text) == {"Quistal Chartered", "Zorbo Bank", "Vivian Orrick"}
    # a surname's particle is no clipped word: "McDorran" is not "Mcquist Dorrance"
    text = "Banks\n\nMcquist Dorrance Holdings fell 2% on Friday, and McDorran rose 1%.\n"
    assert {"Mcquist Dorrance Holdings", "McDorran"} <= _people_orgs(text)


# --- a town named with its river -------------------------------------------------------------------------------------
def test_a_town_named_with_its_river_is_two_places() -> None:
    text = "Strike\n\nQuistheim am Zorbach – On Friday, Fraport fell 0.9%. Our office in Brindwick upon Tyne closed.\n"
    found = _story(text)
    assert found["Quistheim"] == "PLACE" and found["Zorbach"] == "PLACE" and found["Brindwick"] == "PLACE"
    # "upon" after a lower-case verb joins no town
    text = "Budget\n\nThe Senate called upon Congress to act on Friday.\n"
    assert _story(text).get("Congress") == "ORG"
