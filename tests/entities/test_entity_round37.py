"""Entity layer, round 37 (ents41): classes found reading the thirty-eighth and thirty-ninth corpora as dev, one
invented text per rule with what the rule must leave alone. Every person, company and figure here is fictional."""
from __future__ import annotations

from pathlib import Path

from analysis.corpus.load import load_corpus
from analysis.entities.catalog import get_lexicon
from analysis.entities.resolve import entity_mentions
from analysis.entities.recognize import recognize_entities
from analysis.entities.spans import ticker_links
from test_entity_round10 import _people_orgs, _story


# --- listings: a share class, a venue beside an ISIN ------------------------------------------------------------
def test_a_symbol_with_its_share_class_is_a_listing() -> None:
    text = ("Quistel Cars AB (publ) (Nasdaq Stockholm: QUISTEL B) announced a recall on Monday.\n"
            "Quistel Cars (QUISTEL-B.ST) closed down 8.4%.\n")
    assert [t[3] for t in ticker_links(text, get_lexicon())] == ["QUISTEL B", "QUISTEL-B.ST"]
    assert _people_orgs(text) == {"Quistel Cars"}


def test_a_venue_beside_an_isin_is_a_listing() -> None:
    for bracket in ("(ISIN DE000BRM0001; Xetra: BRMX)", "(ISIN DE000BRM0001, Frankfurt: BRMX)",
                    "(WKN BRM000, Hamburg: BRMX)"):
        text = f"Bremmer Hausbau AG {bracket} lowered its forecast on Monday.\n"
        assert _people_orgs(text) == {"Bremmer Hausbau"}, bracket
    # a colon in a bracket without a security's code is no listing: the name stays
    text = "Jane Roe (Frankfurt: a banker at Zorbo Capital) said on Monday that rates would rise.\n"
    assert {"Jane Roe", "Zorbo Capital"} <= _people_orgs(text)
    assert not ticker_links(text, get_lexicon())


# --- a company's organs -----------------------------------------------------------------------------------------
def test_a_company_organ_named_by_its_function_is_no_organisation() -> None:
    text = ("Bremmer Hausbau AG lowered its forecast on Monday. The Management Board now expects a loss, and the "
            "Supervisory Board has appointed Zorbo Forensic GmbH. Its Audit Committee will meet on Friday.\n")
    assert _people_orgs(text) == {"Bremmer Hausbau", "Zorbo Forensic"}
    # a named body's committee with its own name, or a board "of" someone, is left to the other rules
    text = "Football\n\nOn Monday the Executive Committee of the Quistland Football Association met in Zorbo. Jane Roe chairs it.\n"
    assert "Executive Committee of the Quistland Football Association" in _people_orgs(text)


# --- the names a company trades under, in its descriptor --------------------------------------------------------
def test_names_in_an_owners_descriptor_are_brands() -> None:
    text = ("Retail wrap\n\nZorbo Group, owner of Quist Gas, fell 1.5%. "
            "Shares in Brindle Retail (BRN.L), the owner of Q&Z and Quistfix, rose 2%. Marvane Aviation, which runs "
            "QuistGo, slid 2.9%.\n")
    found = _story(text)
    for brand in ("Quist Gas", "Q&Z", "Quistfix", "QuistGo"):
        assert found[brand] == "PRODUCT", brand
    assert {"Zorbo Group", "Brindle Retail", "Marvane Aviation"} <= _people_orgs(text)
    # a person's business, a company with its legal suffix, and an owner before a person's name are left alone
    text = ("Farms\n\nJane Roe, owner of Quist Farms, said on Monday that prices fell. Zorbo Group, owner of Brindle "
            "Foods Ltd, said it would cut jobs. The Quistborough owner Dana Orrick spoke to Zorbo Group.\n")
    assert {"Jane Roe", "Quist Farms", "Brindle Foods", "Dana Orrick"} <= _people_orgs(text)


# --- a government's bond after its maturity ---------------------------------------------------------------------
def test_a_name_after_a_bonds_maturity_is_the_bond() -> None:
    text = ("Bonds\n\nThe euro fell, and the yield on the 10-year Quistian Bund rose 6 basis points to 2.78%. The "
            "yield on Zorbia's 10-year ZTP rose to 3.39%, and the 30-year QGB yield rose too, said Jane Roe.\n")
    found = _story(text)
    assert found["Quistian Bund"] == "OTHER" and found["ZTP"] == "OTHER" and found["QGB"] == "OTHER"
    # a maturity-like age before an employer is no bond, even near "bonds"
    text = "Bonds\n\nJane Roe, a 27-year Quistmere Capital veteran, said bonds were cheap on Monday.\n"
    assert {"Jane Roe", "Quistmere Capital"} <= _people_orgs(text)


# --- a table's row of moves -------------------------------------------------------------------------------------
def test_the_first_cell_of_a_pipe_row_of_moves_is_a_company() -> None:
    text = ("Week in telecoms\n\nTelecom shares fell for a second week.\nCompany | Exchange | Week\n"
            "Zorbo Italia | Milan | -5.1%\nBrindle | Madrid | -3.4%\nStoxx 600 | Europe | -2.9%\n"
            "Prices rose 2% in May, the statistics office said.\n")
    found = _story(text)
    assert found["Zorbo Italia"] == "ORG" and found["Brindle"] == "ORG" and found["Stoxx 600"] == "INDEX"
    assert found["Milan"] == "PLACE" and "Company" not in found and "Exchange" not in found


# --- the FTSE 350 and its sectors -------------------------------------------------------------------------------
def test_the_ftse_350_and_a_sector_cut_from_it_are_indices() -> None:
    text = ("Retail\n\nShares of Quistmart slipped 0.8% on Thursday, and the FTSE 350 General Retailers sector is up "
            "0.3% this week. The FTSE 350 fell 0.2%.\n")
    found = _story(text)
    assert found["FTSE 350 General Retailers"] == "INDEX" and found["FTSE 350"] == "INDEX"
    assert _people_orgs(text) == {"Quistmart"}


# --- a holiday, a benchmark rate --------------------------------------------------------------------------------
def test_a_name_before_holiday_or_rate_is_no_organisation() -> None:
    text = ("Markets\n\nQuistport reopens after the Dragon Quist holiday, when Zorbo Motors trades again. Economists "
            "at Brindle Bank expect the Quistic rate to stay at 13.75%, as the Fed rate did.\n")
    found = _story(text)
    assert found["Dragon Quist"] == "OTHER" and found["Quistic"] == "OTHER"
    assert {"Zorbo Motors", "Brindle Bank", "Federal Reserve"} <= _people_orgs(text)


# --- an officer's title in initials -----------------------------------------------------------------------------
def test_an_officers_initials_after_an_owner_are_a_title() -> None:
    text = ("Biotech\n\nThe company's current CSO, Dana Quillfeather, will leave, Quistra said. Its CMO quit too. "
            "The CSO said on Monday that prices rose 2% in May.\n")
    rows = recognize_entities(text)
    acronyms = rows[rows["surface"].isin(["CSO", "CMO"])]
    # "The CSO said": a body's initials after "the" (a statistics office) are left alone; the titles are dropped
    assert list(acronyms["start"]) == [text.index("The CSO said") + 4]
    assert {"Dana Quillfeather", "Quistra"} <= _people_orgs(text)


# --- an Italian square ------------------------------------------------------------------------------------------
def test_a_piazza_is_a_place() -> None:
    text = ("Milan\n\nOn Piazza Quistari, the stock recovered 4.1 per cent on Thursday. Jane Piazza of Zorbo Bank "
            "said the rebound would last.\n")
    found = _story(text)
    assert found["Piazza Quistari"] == "PLACE"
    assert {"Jane Piazza", "Zorbo Bank"} <= _people_orgs(text)  # a surname Piazza stays a person's


# --- the outlet's own sign-off and its editing note -------------------------------------------------------------
def _story_names(folder: Path, text: str, outlet: str) -> set[str]:
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(f"file,outlet,url,published,title\na.txt,{outlet},,2026-07-14,\n",
                                         encoding="utf-8")
    mentions = entity_mentions(load_corpus(folder))
    return set(mentions.loc[mentions["role"] == "story", "entity"])


def test_the_outlets_sign_off_line_and_editing_note_are_credits(tmp_path: Path) -> None:
    text = ("Heat lifts power prices\n\nThis report first appeared on Zorbowire and has been edited and expanded by "
            "Quist Business Digest.\nShares of Brindle Energie rose 3.8% on Monday, said Jane Roe of Quistmere "
            "Research.\nQuist Business Digest | Zurich | 14.07.2026\n")
    names = _story_names(tmp_path, text, "Quist Business Digest")
    assert "Quist Business Digest" not in names
    assert {"Zorbowire", "Brindle Energie", "Jane Roe", "Quistmere Research"} <= names
    # the outlet named in the story's prose stays, as does another outlet's sign-off
    text = ("Heat lifts power prices\n\nShares of Brindle Energie rose 3.8%, Jane Roe told Quist Business Digest in an "
            "e-mail.\nZorbo Ledger | Zurich | 14.07.2026\n")
    assert {"Quist Business Digest", "Brindle Energie"} <= _story_names(tmp_path, text, "Zorbo Ledger")


# --- the sites a counted plural names ---------------------------------------------------------------------------
def test_names_after_a_counted_plural_site_noun_are_sites() -> None:
    text = ("Heat\n\nQuistelec said on Wednesday that it would reduce output at two more nuclear plants, Golbeck and "
            "Trismoor, from Thursday. Two companies, Zorbo Foods and Brindle, fell 3%.\n")
    found = _story(text)
    assert found["Golbeck"] == "PLACE" and found["Trismoor"] == "PLACE"
    assert {"Quistelec", "Zorbo Foods", "Brindle"} <= _people_orgs(text)  # a plural that is no site leaves its names


# --- the symbol a security trades under -------------------------------------------------------------------------
def test_the_symbol_a_security_trades_under_is_no_organisation() -> None:
    text = ("Stocks\n\nQuistel AG stock fell 11.3% on Friday. Its depositary receipts, which trade over the counter "
            "under QSTRY, lost 12%. Shares of Zorbo Mining are listed under the symbol ZRBX. Brindle Foods sold "
            "stakes under QBC, a state lender, on Monday.\n")
    found = _people_orgs(text)
    assert "QSTRY" not in found and "ZRBX" not in found
    assert {"Quistel", "Zorbo Mining", "Brindle Foods", "QBC"} <= found  # "under" without trading leaves a name


# --- an aside that refers back to a company ---------------------------------------------------------------------
def test_an_its_aside_or_a_participle_aside_before_a_move_makes_a_company() -> None:
    text = ("Airlines\n\nQuistair, to its credit, hedged. Zorbrau, whose shares have risen 5 per cent since Friday, "
            "has said nothing. Brindlebrau, seen by some analysts as a possible bidder, rose 3.1% in Amsterdam.\n")
    assert _people_orgs(text) == {"Quistair", "Zorbrau", "Brindlebrau"}
    # "her" refers back to a person: the aside makes no company
    text = "Airlines\n\nRoe, to her credit, hedged early. Quistair fell 2% on Monday.\n"
    assert "Roe" not in _people_orgs(text)


# --- a plural's apostrophe inside a body's name -----------------------------------------------------------------
def test_a_plural_possessive_before_a_bodys_head_stays_in_the_name() -> None:
    text = ("Recall\n\nJane Roe, chairman of the Quistian Electric Car Owners’ Association, is critical. The National "
            "Growers' Union said prices rose.\n")
    assert _people_orgs(text) == {"Jane Roe", "Quistian Electric Car Owners’ Association", "National Growers' Union"}
    # an owner's apostrophe before a longer name ends the owner's name
    text = "Farm\n\nQuistel Farms' Union Street store closed on Monday, Jane Roe said.\n"
    found = _story(text)
    assert found["Union Street"] == "PLACE" and "Quistel Farms" in found


# --- a figure of speech quoted with its article -----------------------------------------------------------------
def test_a_name_quoted_with_its_article_is_a_figure_of_speech() -> None:
    text = ("Fraud\n\nThe founder, Nathan Okafor, said in an interview that the Vantor deal was \"the Quistel Stone\" "
            "of the case.\nThe rebels call themselves \"the Quist Brigade\" and fight Zorbo Defence Forces.\n")
    found = _story(text)
    assert found["Quistel Stone"] == "OTHER"
    # a body's form inside the quotation marks keeps the name an organisation
    assert {"Nathan Okafor", "Quist Brigade", "Zorbo Defence Forces"} <= _people_orgs(text)


# --- a German word glossed in brackets --------------------------------------------------------------------------
def test_a_german_word_glossed_in_brackets_is_no_organisation() -> None:
    text = ("Fraud\n\nThe supervisory authority Quistfin opened an investigation into possible accounting violations "
            "(„Bilanzquistung“) and market manipulation. Zorbo AG said „Quistel“ would pay.\n")
    found = _story(text)
    assert found["Bilanzquistung"] == "OTHER"
    assert {"Quistfin", "Zorbo", "Quistel"} <= _people_orgs(text)  # a name quoted outside a bracket is left


# --- a company's first word kept, the rest cut to initials ------------------------------------------------------
def test_a_first_word_and_initials_short_name_is_the_same_company(tmp_path: Path) -> None:
    docs = {"a.txt": "Banks slide\n\nQuistra-Banca Zorbo Lombarda lost 5.9% on Monday, traders said.\n",
            "b.txt": "Banks slide\n\nQuistra fell 3% on Tuesday after the downgrade, traders said.\n",
            "c.txt": "Banks slide\n\nBank shares fell again.\nQuistra-BZL | Milan | -5.9%\nQuistra | Milan | -3.0%\n"}
    rows = "".join(f"{name},Example Wire,,2026-07-14,\n" for name in docs)
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,url,published,title\n" + rows, encoding="utf-8")
    mentions = entity_mentions(load_corpus(tmp_path))
    story = mentions[mentions["role"] == "story"]
    c_doc = story[story["alias"].isin(["Quistra-BZL", "Quistra"])]
    assert set(c_doc["alias"]) == {"Quistra-BZL", "Quistra"}
    assert c_doc["entity"].nunique() == 1  # one company, not "Quistra" beside a second "Quistra-BZL"
