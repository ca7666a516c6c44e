"""Entity layer, round 60: one invented case per rule with what the rule must leave alone. Every person and company
here is fictional; the towns are real."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import alias_types, story_entities

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a name before a model number and a noun, or a plural model number, is the model, no organisation ---------------
def test_a_model_number_before_a_noun_makes_the_name_a_product() -> None:
    text = ("Regulators ground jets\n\nRegulators grounded 40 Quistra 9s on Sunday after a panel came loose, and some "
            "Quistra 9 configurations will need new bolts, Veldmeer Aviation said.\n")
    types = _story(text)
    assert types["Quistra"] == "PRODUCT"
    assert types["Veldmeer Aviation"] == "ORG"


def test_a_count_after_a_name_is_no_model_number() -> None:
    text = ("Quistra hires\n\nQuistra said on Monday it had hired staff. Analysts at Zorbex 12 days ago said Quistra "
            "shares were cheap.\n")
    assert _story(text)["Zorbex"] == "ORG"


# --- a live blog's entry opens a sentence after its time stamp or a typewriter's dash ------------------------------
_BLOG = ("Live: Quistel shares\n\n"
         "09:15 ET -- Recap: Quistel reported higher sales on Thursday, and the recap of its call runs below.\n"
         "08:40 ET  OUTLOOK: Quistel raised its forecast; analysts called the outlook cautious.\n")


def test_a_label_after_a_time_stamp_is_no_name() -> None:
    types = _story(_BLOG)
    assert "Recap" not in types and "OUTLOOK" not in types
    assert types["Quistel"] == "ORG"


def test_a_company_after_a_time_stamp_stays_a_company() -> None:
    text = "Live: Quistel shares\n\n10:05 ET -- Zorbex Mining said on Thursday it would buy Quistel.\n"
    assert _story(text)["Zorbex Mining"] == "ORG"


def test_a_word_after_a_typewriters_dash_opens_a_sentence() -> None:
    text = ("Outage hits tills\n\nThe outage spread on Friday -- Supermarket checkouts went dark, and Quistel said its "
            "shops in Perth were hit too.\n")
    types = _story(text)
    assert "Supermarket" not in types
    assert types["Quistel"] == "ORG"


# --- a system the corpus names only before the machines it runs on (and in "runs on X,") is no organisation ---------
_SYSTEM = {
    "a": "Quistel update crashes machines\n\nA faulty Quistel update crashed Zorbix computers on Friday, and every "
         "Zorbix machine that took it failed to restart, Quistel said.\n",
    "b": "Airline counts the cost\n\nAbout half of the airline's systems run on Zorbix, a person familiar with the "
         "matter said. Quistel shares fell 3% as some 8,000 Zorbix hosts stayed down.\n",
}


def test_a_name_only_before_machines_is_no_organisation(tmp_path: Path) -> None:
    found = alias_types(tmp_path, _SYSTEM)
    assert not any(alias == "Zorbix" for _, alias in found)
    assert found[("a", "Quistel")] == {"ORG:Quistel"}


def test_a_name_that_acts_elsewhere_stays_an_organisation(tmp_path: Path) -> None:
    texts = dict(_SYSTEM, c="Zorbix answers\n\nZorbix said on Monday it had fixed the fault.\n")
    found = alias_types(tmp_path, texts)
    assert found[("c", "Zorbix")] == {"ORG:Zorbix"}


# --- "a X moment" names an event the name stands for, no organisation; a currency glued to an amount is no name ----
def test_a_name_before_moment_is_no_organisation() -> None:
    text = ("Developers slide\n\n\"This is not a Quistmann Brothers moment,\" said Jane Roe, an analyst at Zorbex "
            "Capital. Zorbex Capital cut its rating.\n")
    types = _story(text)
    assert types.get("Quistmann Brothers") != "ORG"
    assert types["Zorbex Capital"] == "ORG"


def test_a_currency_glued_to_an_amount_is_no_name() -> None:
    text = ("Quistel sells stake\n\nQuistel Group will record a loss of about RMB5.7 billion on the sale and keep "
            "HKD1,250 million in cash, Quistel Group said.\n")
    types = _story(text)
    assert "RMB5.7" not in types and "HKD1,250" not in types
    assert types["Quistel Group"] == "ORG"


# --- a word that ends on three letters of another name's word is no blend of that name ------------------------------
def test_a_three_letter_close_makes_no_blend(tmp_path: Path) -> None:
    texts = {
        "a": "Academy opens\n\nThe Zorvik Aeronautical Academy said on Monday it would train 300 pilots a year.\n",
        "b": "Planemaker rises\n\nZorvaer, the Brazilian planemaker, rose 3% after Zorvaer said orders doubled.\n",
    }
    found = alias_types(tmp_path, texts)
    assert found[("b", "Zorvaer")] == {"ORG:Zorvaer"}
    assert found[("a", "Zorvik Aeronautical Academy")] == {"ORG:Zorvik Aeronautical Academy"}


def test_a_known_company_is_named_by_its_own_name_not_its_products_or_units() -> None:
    # an article that names "Boeing 737 MAX" jets and "Boeing Commercial Airplanes" beside Boeing: the company's row
    # (and the share moves and quotes that take its name) read "Boeing", not its longest form
    from analysis.entities.aliases import canonical_org_name
    from analysis.entities.catalog import get_lexicon

    lex = get_lexicon()
    assert canonical_org_name(["Boeing", "Boeing 737 MAX"], lex) == "Boeing"
    assert canonical_org_name(["Boeing", "Boeing Commercial Airplanes", "BA"], lex) == "Boeing"
    assert canonical_org_name(["Spirit", "Spirit AeroSystems"], lex) == "Spirit AeroSystems"  # no catalog name: longest
    # as an article groups them: only the longest forms are "full", the shorter ones still name the company
    assert canonical_org_name(["Boeing Commercial Airplanes"], lex, shorter=["Boeing", "Boeing Commercial Airplanes"]) \
        == "Boeing"


def test_an_articles_company_row_keeps_the_catalog_name_beside_its_units_name(tmp_path: Path) -> None:
    text = ("Planemaker shares slide\n\nBoeing shares fell 8% on Monday. Stan Orrin, head of Boeing Commercial "
            "Airplanes, told staff the company would slow output. Boeing said it would cooperate with regulators.\n")
    found = story_entities(tmp_path, {"a.txt": text})["a"]
    assert ("Boeing", "ORG") in found, found
    assert not any(name == "Boeing Commercial Airplanes" for name, _type in found), found
