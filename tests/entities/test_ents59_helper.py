"""Entity layer, round 59 (helper): one invented case per rule with what the rule must leave alone. Every person,
company and place here is fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import alias_types

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- "Port X" names a port, and its last word alone is the port again, no person's surname -------------------------
_PORT = ("Robots and a strike at Quistany\n\n"
         "The automation program at Port Quistany would lift margins, the operator said. Zorbo Stevedoring Ltd "
         "employs 640 workers at Quistany; a week-long closure of Port Quistany delays imports.\n")


def test_a_port_named_with_port_is_a_place() -> None:
    found = _story(_PORT)
    assert found["Port Quistany"] == "PLACE"
    assert "PERSON" not in found.values()


def test_a_company_named_with_port_stays_an_organisation() -> None:
    # a legal suffix or a business head makes the name a company's, whatever its first word
    found = _story("Port Quistany Holdings Ltd fell\n\nShares in Port Quistany Holdings Ltd fell 3% on Monday.\n")
    assert found["Port Quistany Holdings"] == "ORG"


# --- the words of a quoted title are no names ------------------------------------------------------------------------
_REPORT = ("Consultancy warned of pigment shortages\n\n"
           "One consultancy, Quistley Advisory, published a report titled “Hidden Margins: Lacquer, Varnish and the "
           "Zorbo Supply Chain” in June. Traders called the week “Grim Monday, Bleak Tuesday and Dire Wednesday”.\n")


def test_the_words_of_a_quoted_title_are_no_entities() -> None:
    found = _story(_REPORT)
    assert "Quistley Advisory" in found
    assert not {"Hidden Margins", "Varnish", "Lacquer", "Bleak", "Grim Monday", "Dire"} & set(found)


def test_a_quotation_in_words_of_its_own_keeps_its_names() -> None:
    # lower-case words make it a speaker's words: the name inside is a mention
    found = _story("Quistley Advisory warns\n\n“Nobody expected Harlow Brandt to resign,” said Jane Quistley of "
                   "Quistley Advisory.\n")
    assert found.get("Harlow Brandt") == "PERSON"


# --- names listed before the plural of a noun for what goods or outlets are sold under are brands --------------------
_LINES = ("Toymaker recalls wooden toys\n\n"
          "Quistley Toys Inc recalled 23 items in the company's Merry Meadow and Tumble Town lines on Tuesday. "
          "Guests who stayed at its Harwick Grand and Sparrow Inns hotels were told to change passwords.\n")


def test_names_listed_before_lines_or_hotels_are_products() -> None:
    found = _story(_LINES)
    assert found["Quistley Toys"] == "ORG"
    for name in ("Merry Meadow", "Tumble Town", "Harwick Grand", "Sparrow Inns"):
        assert found.get(name) not in ("PERSON", "ORG"), name


def test_names_listed_before_another_plural_keep_their_type() -> None:
    # "analysts" is no noun for a brand: the two firms stay organisations
    found = _story("Brokers split\n\nThe Quistel Securities and Zorbo Capital analysts disagreed on Monday.\n")
    assert found.get("Quistel Securities") == "ORG"


# --- an acronym with a hyphen that a lower-case phrase defines is a term --------------------------------------------
def test_a_hyphened_acronym_defined_by_lower_case_words_is_no_organisation() -> None:
    found = _story("Packager floods\n\nQuistel Packaging Bhd ran the only line for quist-chip zorbo grid array "
                   "(QC-ZGA) packages; rival Brindle Test has spare QC-ZGA capacity.\n")
    assert found["QC-ZGA"] == "OTHER"  # a term, as "(ETF)" after "exchange-traded fund" is
    assert found["Quistel Packaging"] == "ORG"


def test_a_hyphened_acronym_of_a_name_stays_its_organisation() -> None:
    found = _story("Regulator acts\n\nThe Quistland Zorbo Authority (QL-ZA) fined Brindle Test Ltd on Monday. "
                   "The QL-ZA said it would appeal nothing.\n")
    assert found.get("QL-ZA", found.get("Quistland Zorbo Authority")) == "ORG"


# --- financial metrics and laws named by their letters are no organisations -----------------------------------------
def test_a_variant_of_ebitda_and_a_privacy_law_are_no_organisations() -> None:
    found = _story("Hydro cuts forecast\n\nQuistel Hydro Ltd cut its forecast for EBITDAF to NZ$255 million. "
                   "Under GDPR the maximum fine is 4% of turnover.\n")
    assert "EBITDAF" not in found and "GDPR" not in found


# --- a river's bare name is the river, even where a company is named after it --------------------------------------

_RIVER = {
    "a": "Hydro cuts forecast\n\nQuistel Hydro Ltd said inflows into the Zorbwa River catchment were the lowest on "
         "record. Farmers in the Zorbwa Valley want rain.\n",
    "b": "Irrigators wait\n\nThe Zorbwa Irrigation Company said on Monday it would cut water to farms. Flows in the "
         "Zorbwa River fell again and the Zorbwa River is at a record low.\n",
    "c": "Dry year\n\nQuistel Hydro Ltd has been generating on the Zorbwa since 1960, its chief executive said.\n",
    "d": "Storms return\n\nStorms dumped 200mm on parts of the Zorbwa catchment, Quistel Hydro Ltd said.\n",
    "e": "Lakes refill\n\nQuistel Hydro Ltd said storage in lakes Zorbwa and Kerrin had recovered.\n",
}


def test_a_bare_river_name_is_the_river_beside_a_company_named_after_it(tmp_path: Path) -> None:
    found = alias_types(tmp_path, _RIVER)
    # the bare name has no entity of its own, which the company named after the river would share
    for stem in ("c", "d", "e"):
        assert found[(stem, "Zorbwa")] == {"PLACE:Zorbwa River"}, stem
    assert {v.split(":")[0] for v in found[("b", "Zorbwa Irrigation Company")]} == {"ORG"}


# --- a reporter's contact line closing the article is a credit -------------------------------------------------------
_CONTACT = ("Recall rattles toymaker's town\n\nBy Walter Quistgaard\nHerald Business Writer\n\n"
            "For 58 years the Zorbo Toys sign has stood on Main Road. Zorbo Toys Inc recalled 23 items on Tuesday.\n\n"
            "{closing} can be reached at 330-555-0187 or by email.\n")


def test_a_reporters_contact_line_is_a_credit() -> None:
    text = _CONTACT.format(closing="Walter Quistgaard")
    df = recognize_entities(text, text.find("\n"))
    assert set(df.loc[df["name"] == "Walter Quistgaard", "role"]) == {"credit"}


def test_a_companys_contact_line_stays_in_the_story() -> None:
    text = _CONTACT.format(closing="Zorbo Toys")
    df = recognize_entities(text, text.find("\n"))
    assert "story" in set(df.loc[df["name"] == "Zorbo Toys", "role"])


# --- a mountain range's "Alps" and a region's "Belt" close a place's name -------------------------------------------
def test_alps_and_belt_close_the_names_of_places() -> None:
    found = _story("Rain at last\n\nHeavy rain fell across the Quistan Alps on Monday, and every few years the "
                   "Zorbo Belt reminds investors that ore is the easy part, Quistel Mining Ltd said.\n")
    assert found["Quistan Alps"] == "PLACE"
    assert found["Zorbo Belt"] == "PLACE"
    assert found["Quistel Mining"] == "ORG"


# --- a company's first word and its clipped last word, the words between left out, are its short name ---------------
def test_a_clipped_short_name_skipping_the_middle_words_joins_its_company() -> None:
    text = ("Floods halt Quistra Tech plant\n\nQuistra Packaging Technologies Bhd shut its plant on Tuesday. Shares "
            "of Quistra Tech fell 14%.\n")
    df = recognize_entities(text, text.find("\n"))
    assert set(df.loc[df["surface"] == "Quistra Tech", "name"]) == {"Quistra Packaging Technologies"}


def test_a_word_that_is_no_clipped_form_keeps_its_own_name() -> None:
    # "Foods" clips no word of the longer name: "Quistra Foods" shares only the first word, a company of its own
    text = ("Quistra Foods gains\n\nQuistra Packaging Technologies Bhd shut its plant on Tuesday. Quistra Foods Ltd "
            "rose 2%.\n")
    df = recognize_entities(text, text.find("\n"))
    assert set(df.loc[df["surface"] == "Quistra Foods Ltd", "name"]) == {"Quistra Foods"}
