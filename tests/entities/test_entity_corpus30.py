"""Entity layer, the thirtieth corpus read as a dev corpus: each mechanism on invented sentences (several variants of
its family), with what it must leave alone.

Every company, person, product and place here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round10 import _people_orgs, _story
from test_entity_round11 import _corpus_entities


# 1. A name between its owner and the thing it names, with modifiers or a model number between, is the owner's
# product or project, never a person or an organisation: "its Ferlo electric sedan", "the Mirabo 7 crossover", "the
# Quensa range of electric vans", "whose Punta Brava project", "Calder Mining's Osmin copper project".
def test_a_name_between_its_owner_and_a_product_noun_is_a_product() -> None:
    cases = [
        ("Lothar Motors fell 4% on Monday. The carmaker builds its Ferlo electric sedan in Gdansk and ships half of "
         "it abroad.\n", "Ferlo"),
        ("Tavish Auto began shipping its Dunmar compact SUV to Texas in May.\n", "Dunmar"),
        ("Ostrel Vehicles said its plant now builds the Mirabo 7 crossover, most of which goes to Canada.\n",
         "Mirabo"),
        ("Its subsidiary Perrow Electric makes the Quensa range of electric vans.\n", "Quensa"),
    ]
    for text, product in cases:
        story = _story(text)
        assert story.get(product) != "ORG" and story.get(product) != "PERSON", (text, story)
        assert not any(product in n for n, t in story.items() if t in ("ORG", "PERSON")), (text, story)


def test_a_name_between_its_owner_and_a_project_noun_is_a_project() -> None:
    cases = [
        ("Marrow Resources, whose Punta Brava project is still in permitting, rose 3% on Monday.\n", "Punta Brava"),
        ("Calder Mining's Osmin copper project in the north will be delayed, the company said.\n", "Osmin"),
    ]
    for text, project in cases:
        found = _people_orgs(text)
        assert not any(project in n for n in found), (text, found)


def test_an_owner_a_maker_and_a_company_named_before_a_noun_stay() -> None:
    # the noun does not close the phrase ("electric car maker"): the name is the maker's
    text = "The Velbrook electric car maker said on Monday that sales rose.\n"
    assert "Velbrook" in _people_orgs(text)
    # a company's full name before the noun is the owner, not a product
    text = "It bought the Harwell Motors electric SUV unit last year. Harwell Motors shares fell 2%.\n"
    assert "Harwell Motors" in _people_orgs(text)
    # a family named with "of" and its place is a family of people ("the Pellingham family of Ohio")
    text = "The deal was backed by the Corvane family of Ohio, said Jane Trescott, a lawyer for the family.\n"
    assert "Jane Trescott" in _people_orgs(text)
    # a person's name before "brand" keeps its reading: a name is a brand of its own
    text = "Analysts said the scandal hurt the Dellamy brand. Rex Dellamy said on Monday he would fight.\n"
    assert "Rex Dellamy" in _people_orgs(text)


# 2. The yield or the spread of a bond named after its market ("Bund yields widened", "the Ostrava-Bund spread
# narrowed") is no organisation; nor is one kind of an acronym's things the text counts in the plural ("QBTs", then
# "retail issues such as QBT Plus and QBT Verde").
def test_a_bond_markets_yield_or_spread_is_no_organisation() -> None:
    cases = [
        ("Ostravan bonds slid on Monday. QBT and Bund yields widened after the vote.\n", "Bund"),
        ("Banks fell as the QBT-Bund spread narrowed to 160 basis points.\n", "QBT-Bund"),
        ("Explainer: What is the Lorva-Gilt spread?\n\nIt measures the gap between two yields.\n", "Lorva-Gilt"),
        ("Selvan Mutual owns 12 billion euros of QBTs. The treasury sells them to families through retail issues "
         "such as QBT Plus and QBT Verde.\n", "QBT Plus"),
    ]
    for text, name in cases:
        found = _people_orgs(text)
        assert name not in found, (text, found)


def test_spread_or_yields_as_a_verb_leaves_the_subject_alone() -> None:
    text = "Back then the Korvath Directorate spread rumours about rivals. Korvath spread conspiracy theories too.\n"
    assert "Korvath Directorate" in _people_orgs(text)
    text = "Sheldon Marrick, the founder of Tallow Bank, said Tallow yields nothing to rivals. Tallow shares rose 2%.\n"
    assert "Tallow Bank" in _people_orgs(text) or "Tallow" in _people_orgs(text)
    # a company named as the issuer of bonds keeps its name: "Quarrow Holdings bonds", "Quarrow's spread"
    text = "Quarrow Holdings said on Monday that Quarrow's spread over Bunds widened by 5 basis points.\n"
    assert "Quarrow Holdings" in _people_orgs(text)


# 3. In a note that rates stocks (a rating's label, "to Hold", "Stay Neutral", "(Outperform)"), a rating word alone is
# the rating wherever it stands ("which does not justify a Buy.", "Neutral (unchanged)."); a credit rating's code of
# three characters or more in a rating's context is the rating wherever it stands ("its rating by the agency, BBB,").
def test_a_rating_word_in_a_note_that_rates_stocks_is_no_organisation() -> None:
    cases = [
        ("Rating: HOLD (from BUY) | Target price: 205\n\nOrvell Motor shares fell 9%. At our target the upside is 10%, "
         "which does not justify a Buy.\n", "Buy"),
        ("Kelso Minerals (KMX): Strike risk now in the price? Stay Neutral\n\nNeutral (unchanged). Price target 7.10."
         "\n\nPeers: we prefer Dunmore Copper (Outperform) and Ashgrove Resources (Neutral).\n", "Neutral"),
        ("Tarrin Bank: cut to Underweight\n\nWe see no catalyst. Underweight is where the risk sits.\n",
         "Underweight"),
    ]
    for text, word in cases:
        found = _people_orgs(text)
        assert not any(word in n for n in found), (text, found)
    assert "Dunmore Copper" in _people_orgs(cases[1][0])


def test_a_credit_ratings_code_in_its_context_is_no_organisation() -> None:
    text = ("Quenta Power said its rating by the agency, BBB, was one notch above where it needs to be. Its Baa2 "
            "rating is safe.\n")
    found = _people_orgs(text)
    assert "BBB" not in found and "Baa2" not in found, found
    assert "Quenta Power" in found


def test_rating_words_outside_a_rating_note_and_a_rating_agencys_initials_stay() -> None:
    # no rating note: "Best Buy" and a company called by a rating word's letters are left to the other rules
    text = "Shares of Best Buy rose 4% on Tuesday. Best Buy said it would cut prices.\n"
    assert "Best Buy" in _people_orgs(text)
    text = "Voters want to hold Congress to account, said Dana Whitlow of the Norrell Institute.\n"
    assert "Norrell Institute" in _people_orgs(text) and "Dana Whitlow" in _people_orgs(text)


# 4. A photo's credit closing its caption, an outlet on one side of the slash ("(Pyeongsan Daily / Moon Ha-eun)") or
# an outlet's picture library ("(Gazzetta Lira archive)"), and a copyright line opened by the circled c ("ⓒ Pyeongsan
# Daily.") are credits: their names are no story entities.
def test_a_caption_credit_and_a_circled_c_copyright_line_are_credits() -> None:
    text = ("Workers leave\n\n[Photo caption: Workers leave the Dalmun Motor plant on Wednesday. Dalmun shares fell 13% "
            "this week. "
            "(Pyeongsan Daily / Moon Ha-eun)]\n\nDalmun Motor shares rose 2% on Thursday.\n\n"
            "ⓒ Pyeongsan Daily. Unauthorized reproduction prohibited.\n")
    story = _story(text)
    assert "Moon Ha-eun" not in story and "Pyeongsan Daily" not in story, story
    assert story.get("Dalmun Motor") == "ORG"
    text = ("[Foto: The exchange building. Banca Ferrosa rebounded 2.8% on Tuesday. (Gazzetta Lira archive)]\n\n"
            "Banca Ferrosa rose again on Wednesday.\n")
    story = _story(text)
    assert "Gazzetta Lira" not in story, story
    text = "[Photo: Jane Morrow at the plant. (Reed Callow / Harbour Times)]\n\nKelmont Mills fell 3%.\n"
    assert "Reed Callow" not in _story(text)


def test_a_bracketed_pair_of_names_in_prose_stays() -> None:
    # no outlet on either side: a pair of companies or people in brackets at a line's end is prose
    text = "The venture is owned by two groups (Dorran Holdings / Pellow Mining)\n"
    found = _people_orgs(text)
    assert "Dorran Holdings" in found and "Pellow Mining" in found, found
    text = "Quarrow Media said its newsroom will move. (Tamsin Rolt / Quarrow Media)\nTamsin Rolt said she would stay.\n"
    assert "Tamsin Rolt" in _people_orgs(text)


# 5. A town's name that opens the name of a paper named after it ("Pyeongsan Daily") is the town where the text types
# it so ("in Pyeongsan"), in that article and in the articles that name the town alone; not the paper's short name.
def test_a_town_is_no_short_name_of_the_paper_named_after_it(tmp_path: Path) -> None:
    texts = {
        "a": "Tariff lands\n\nWorkers leave the Dalmun Motor plant in Pyeongsan on Wednesday. \"When Dalmun sneezes, "
             "Pyeongsan catches a cold,\" said Oh Min-gyu, a worker. Dalmun Motor shares fell 3%, the Pyeongsan Daily "
             "reported.\n",
        "b": "Union meets\n\nDalmun Motor's union called a meeting at the Pyeongsan plant. The union's statement calls "
             "the tariff \"an attack on Pyeongsan's families.\"\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert not any(e == "Pyeongsan Daily" for e, _ in ents["b"]), ents["b"]
    for stem in ("a", "b"):
        assert ("Pyeongsan", "ORG") not in ents[stem], ents[stem]
    assert ("Pyeongsan Daily", "ORG") in ents["a"]
    assert ("Dalmun Motor", "ORG") in ents["b"]


def test_a_company_named_before_a_media_word_keeps_its_short_name(tmp_path: Path) -> None:
    # no place reading of the word anywhere: "Quorra" stays the short name of "Quorra Media"
    texts = {
        "a": "Deal\n\nQuorra Media agreed to buy a rival on Monday. Quorra said the deal would close in May.\n",
        "b": "Shares\n\nQuorra shares rose 4% on Tuesday.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("Quorra Media", "ORG") in ents["b"], ents["b"]


def test_a_dateline_in_capitals_is_no_short_name_of_the_paper_named_after_its_town() -> None:
    text = ("Vote count\n\nLEEDS (AP) - Officials counted ballots on Monday. The issue was first reported by The "
            "Leeds Herald. The newspaper has also detailed campaign spending.\n")
    assert _story(text).get("Leeds Herald") == "ORG", _story(text)


# 6. A table's row that opens with the listing code ("QSTR.SN Cia Quistera Minera +2.4%", the spaces between the
# cells collapsed) names the company after the code: the code is no word of its name; and "Cia"/"Cie", the
# abbreviations of "Compania"/"Compagnie", name the company another article names in full.
def test_a_listing_code_opening_a_row_is_no_word_of_the_name(tmp_path: Path) -> None:
    texts = {
        "a": "Market movers\n\nMARKET MOVERS (Tuesday close)\n\nSGV.AX Selgrave Resources -9.1%\n\n"
             "TORRAL.SN Cia Minera Torral +2.4%\n\nKNT.L Kentmoor Mining -1.1%\n",
        "b": "Chile rally\n\nIn Santiago, shares of Compania Minera Torral rose 3.6% on Monday. Compagnie Velmont said "
             "its bid stands.\n",
        "c": "Bid\n\nCie Velmont shares fell 2% on Tuesday.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    names = {e for e, t in ents["a"] if t == "ORG"}
    assert {"Selgrave Resources", "Kentmoor Mining"} <= names, names
    assert not any("." in n for n in names), names
    assert ("Compania Minera Torral", "ORG") in ents["a"], ents["a"]
    assert ("Compagnie Velmont", "ORG") in ents["c"], ents["c"]


def test_an_acronym_in_capitals_keeps_its_own_name(tmp_path: Path) -> None:
    texts = {"a": "Annex\n\nThe QIA Annex was attacked on Monday, QIA officials said.\n",
             "b": "Review\n\nThe QIA said on Tuesday it would review the attack.\n"}
    ents = _corpus_entities(tmp_path, texts)
    assert not any(e.startswith("Compa") for e, _ in ents["a"] | ents["b"]), ents


# 7. An exchange with the class of its receipts before a ticker ("NYSE ADR: QSTA") is ticker notation: neither word is
# an organisation, and the ticker is the company's.
def test_an_exchange_and_its_receipts_before_a_ticker_are_ticker_notation() -> None:
    text = ("Dravik Motors Limited (BSE: 500321, NSE: DRAVIK; NYSE ADR: DRVK) today set out its response to the "
            "tariff.\n\nDravik Motors Limited is one of the country's leading carmakers.\n")
    found = _people_orgs(text)
    assert found == {"Dravik Motors"}, found


# 8. Lexicon: the councillor's abbreviated titles ("Cr Jane Roe" in Australian copy, "Cllr Jane Roe" in British) are
# titles, not words of the name; "Instrument" heads a programme's name ("the Market Stability Instrument").
def test_a_councillors_abbreviated_title_is_no_word_of_the_name() -> None:
    text = ("Local councillor Tamsin Okafor says the town is worried. \"We have seen this before,\" Cr Okafor says. "
            "Cllr Rhys Penhallow agreed.\n")
    found = _people_orgs(text)
    assert "Tamsin Okafor" in found and "Rhys Penhallow" in found, found
    assert not any(n.startswith(("Cr ", "Cllr ")) for n in found), found


def test_an_instrument_is_a_programme() -> None:
    for text in ("Its backstop, the Spread Protection Instrument, that the bank set up in 2022, has never been used.\n",
                 "The Anti-Coercion Instrument allows the bloc to retaliate.\n",
                 "The central bank could use the Market Stability Instrument, its officials said on Monday.\n"):
        found = _people_orgs(text)
        assert not any("Instrument" in n for n in found), (text, found)


# 9. A sector index whose name has "and" ("the S&P/Quix 300 Metals and Mining index") is an index, no organisation;
# a Korean or Japanese place's name closed by its administrative unit after a hyphen ("Sangrok-dong", "Mirae-gu",
# "Kawaboshi-machi") is a place.
def test_a_sector_index_named_with_and_is_an_index() -> None:
    for text in ("Kelso Minerals fell 4%, trailing the S&P/QSX 300 Metals and Mining index, which slipped 0.8%.\n",
                 "The Quix Oil and Gas index rose 1.2% on Monday.\n"):
        found = _people_orgs(text)
        assert not any("Metals" in n or n.startswith("Quix") for n in found), (text, found)


def test_a_korean_or_japanese_neighbourhood_is_a_place() -> None:
    for text, place in (("On the bus from Sangrok-dong, the talk is only about the tariff.\n", "Sangrok-dong"),
                        ("Workers from Kawaboshi-machi said the plant would stay open.\n", "Kawaboshi-machi")):
        assert _story(text).get(place) == "PLACE", (text, _story(text))
    # a person's hyphenated given name after the family name stays a person's
    text = "Union chairman Moon Tae-gu told members the union would oppose any cut.\n"
    assert "Moon Tae-gu" in _people_orgs(text)
