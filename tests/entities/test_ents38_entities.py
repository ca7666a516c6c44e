"""Entity layer, round 45 (ents38): classes counted across the dev corpora of the round and on real news text, one
invented case per rule with what the rule must leave alone. Every person, body, company, product and drug here is
fictional."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- an adjective of origin opens no person's name --------------------------------------------------------------------
def test_a_word_after_an_adjective_of_origin_is_no_surname() -> None:
    text = ("Partner slides\n\nShares of Vollbeck Pharma fell 6% on Monday. Vollbeck earns a fifth of its revenue from "
            "European Zantrovel sales, and analysts said Zantrovel would face copies from next year.")
    types = _story(text)
    assert types.get("Vollbeck Pharma") == "ORG"
    assert "PERSON" not in types.values()
    # a given name that is also an adjective of origin still opens a person's name
    assert _story("Talks\n\nChristian Quistov said on Monday that Quistov would stay.") == {
        "Christian Quistov": "PERSON"}


# --- a drug named after its class is a product ------------------------------------------------------------------------
def test_a_name_after_a_drug_class_is_a_product() -> None:
    text = ("Patent ruling\n\nA judge struck down two patents protecting the blood thinner Zantrovel, made by Quistmed "
            "Inc. Zantrovel brought in $2 billion last year.")
    types = _story(text)
    assert types.get("Zantrovel") == "PRODUCT"
    assert types.get("Quistmed Inc") == "ORG" or types.get("Quistmed") == "ORG"
    apposed = ("Copies\n\nQuistmed Inc said copies of Zantrovel, its best-selling painkiller, would reach shops "
               "in May.")
    assert _story(apposed).get("Zantrovel") == "PRODUCT"


# --- a word of a doctrine or of its followers is no organisation -------------------------------------------------------
def test_a_doctrine_word_alone_is_no_organisation() -> None:
    text = ("Speech\n\nJane Quist warned that Zorbist extremism was spreading and that Quistism had lost its appeal "
            "among voters.")
    assert _story(text) == {"Jane Quist": "PERSON"}
    # a title after "The" is an outlet's or a work's, left to its own evidence
    outlet = "Speech\n\nJane Quist, publisher of The Zorbalist, said the vote was close."
    assert _story(outlet).get("The Zorbalist", _story(outlet).get("Zorbalist")) == "ORG"


# --- a compass point before a known place names a region --------------------------------------------------------------
def test_a_compass_point_before_a_known_place_is_a_region() -> None:
    text = ("Bus unit\n\nQuistline Group said its bus unit, which runs 900 vehicles across the East Midlands, "
            "would stay.")
    types = _story(text)
    assert types.get("East Midlands") == "PLACE"
    assert types.get("Quistline Group") == "ORG"
    # a compass word before a word that names no place is left to its other evidence
    assert _story("Brands\n\nQuistline Group bought North Zorbface last year.").get("North Zorbface") == "ORG"


def test_a_region_after_a_compass_point_gives_no_surname() -> None:
    text = ("Depots\n\nQuistline Group employs 2,000 people at depots in West Zorbshire. Staff in Zorbshire were told "
            "on Monday.")
    types = _story(text)
    assert "PERSON" not in types.values()
    assert types.get("West Zorbshire") == "PLACE"


# --- a unit of frequency, energy or data rate is no organisation --------------------------------------------------------
def test_a_unit_after_a_figure_is_no_organisation() -> None:
    text = ("Auction\n\nQuistel Telecom bid for blocks in the 700 MHz and 26 GHz bands, and its towers draw 40 kWh "
            "a day.")
    assert _story(text) == {"Quistel Telecom": "ORG"}


# --- a company's generic word standing alone is no surname --------------------------------------------------------------
def test_a_generic_word_the_text_writes_in_lower_case_is_no_surname() -> None:
    text = ("Partners\n\nIn prestige beauty the founder is the brand, buyers said. Zorbia Beauty said Quistelle remained "
            "a key brand. Beauty, one buyer said, is a founder's business.")
    assert _story(text).get("Zorbia Beauty") == "ORG"
    # a surname the text never writes in lower case still makes a person of the full name
    assert _story("Talks\n\nZorbia Quistley said on Monday that Quistley would stay.") == {"Zorbia Quistley": "PERSON"}


# --- one word of a line written wholly in capitals is a word of the shout ----------------------------------------------
def test_a_word_of_a_brief_in_capitals_is_no_organisation() -> None:
    text = ("BRIEF-Quistel to cut fees\n\nOct 12 - Quistel SE:\n* SAYS RETURN FEE WILL BE DROPPED FOR MEMBERS\n"
            "* SHARES UP 5.3% IN EARLY QUISTBURG TRADE; STOCK LOST 10.4% LAST WEEK\n")
    assert {name: kind for name, kind in _story(text).items() if kind in ("ORG", "PERSON")} == {"Quistel": "ORG"}
    # an acronym in a line of prose is read as before
    assert _story("Results\n\nShares of QRXT rose 4% on Monday after the results.").get("QRXT") == "ORG"


# --- the plural of a job title names people, no body ------------------------------------------------------------------
def test_the_plural_of_a_title_opening_a_sentence_is_no_organisation() -> None:
    text = ("Car loans\n\nThe Quistmoor Court ruled on Friday. Ministers warned last year that a broad ruling could "
            "hurt lenders.")
    assert "Ministers" not in _story(text)
