"""Entity layer, round 51 (ents51): classes counted across the sixteen read corpora and on real news text, one
invented case per rule with what the rule must leave alone. Every person, body, company, exchange and product here
is fictional but for the exchanges the lexicon knows."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _surfaces(text: str) -> dict[str, tuple[str, str]]:
    """surface -> (name, type) for the story mentions of `text` (the last mention of a surface wins)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return {s: (n, t) for s, n, t in zip(df["surface"], df["name"], df["type"])}


# --- an exchange's short name standing for its market ----------------------------------------------------------------
def test_an_exchange_moving_without_a_figure_is_its_index_named_in_the_text() -> None:
    text = ("Stock market today: Nasdaq edges up as tech rallies; Quistel craters 21.6%\n\n"
            "The Nasdaq Composite rose 0.3% on Wednesday, lifted by chipmakers. Zorbo Systems rose 1.8%, helping to "
            "limit the Nasdaq's losses. Quistel, which listed on the Nasdaq in 2019, fell 21.6%.")
    df = recognize_entities(text, text.find("\n"))
    nasdaq = df.loc[df["surface"] == "Nasdaq", ["start", "name", "type"]].values.tolist()
    assert [row[1:] for row in nasdaq] == [["Nasdaq Composite", "INDEX"], ["Nasdaq Composite", "INDEX"],
                                           ["Nasdaq", "ORG"]]  # the headline's, the index's losses, the listing


def test_a_market_column_headed_by_its_exchange_names_no_organisation() -> None:
    text = ("JSE close: Miners lift the All Share as Quistberg Platinum's collapse sparks a rally\n\n"
            "The JSE All Share index closed 0.4% firmer at 98,412 points on Wednesday. Quistberg Platinum fell 21.7%.")
    assert "Johannesburg Stock Exchange" not in _story(text)
    text = ("Quistberg shaft shut\n\nQuistberg Platinum's share price fell by more than a fifth on the JSE on "
            "Wednesday.")
    assert _story(text)["Johannesburg Stock Exchange"] == "ORG"


# --- a company's name with its last word clipped, and names blended from its words -----------------------------------
def test_a_name_with_its_last_word_clipped_is_the_same_company() -> None:
    text = ("Quistara slumps\n\nRegulators put an import alert on Quistara Pharmaceuticals' flagship plant. Quistara "
            "Pharma closed down 20 per cent at Rs 596.30.")
    found = _surfaces(text)
    assert found["Quistara Pharma"] == ("Quistara Pharmaceuticals", "ORG")


def test_a_word_and_its_plural_or_a_glued_word_are_no_clipped_name() -> None:
    text = ("Troop news\n\nThe Zorbo Scouts met on Monday. A Zorbo Scout leader said the Quist State-as-Nazism "
            "analogy was wrong, and the Quist State disagreed.")
    found = _surfaces(text)
    assert found["Zorbo Scout"][0] == "Zorbo Scout"
    assert found["Quist State"][0] == "Quist State"


def test_a_blend_in_brackets_after_a_name_is_its_short_name() -> None:
    text = ("Platinum rally\n\nRivals gained. Zorbala Platinum (Zorplats) rose 4.8% and Quistam Platinum closed 5.5% "
            "higher.")
    assert _surfaces(text)["Zorplats"][0] == "Zorbala Platinum"


def test_a_blend_of_a_name_with_a_leading_code_is_its_short_name() -> None:
    text = ("Quisnickel extends rally\n\nShares of MMC Quistilsk Nickel rose 1.2% on Thursday. Quisnickel, the "
            "largest producer of refined palladium, also produces platinum.")
    assert _surfaces(text)["Quisnickel"][0] == "MMC Quistilsk Nickel"


def test_a_blend_in_one_article_is_the_company_another_names(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Miners rise\n\nZorbala Platinum Holdings rose 4.6% and Quistam Platinum Holdings gained 5.2%.\n",
        "b.txt": "Shaft risk\n\nThe winners looked obvious. Quistam Platinum rose 10.4%, and Zorplats followed.\n",
    })
    assert ("Zorbala Platinum Holdings", "ORG") in found["b"]
    assert not any(e == "Zorplats" for e, _t in found["b"])


# --- a currency's sign glued to an amount; metals and a postal code's word -------------------------------------------
def test_a_rand_amount_is_no_organisation() -> None:
    text = ("Quistberg close\n\nThe rand firmed 0.3% to R17.62 against the dollar. Quistberg Platinum ended 21.7% "
            "weaker at R37.74, wiping roughly R4.1bn off its market value. The R2 droid stayed a droid.")
    found = _surfaces(text)
    assert not {"R17.62", "R37.74", "R4.1bn"} & set(found)
    assert "Quistberg Platinum" in found


def test_precious_metals_and_zip_codes_name_nothing() -> None:
    text = ("Metals\n\n| Metal | Weekly change |\n| Rhodium | +8.1% |\n| Palladium | +2.4% |\n\nThe attackers took "
            "billing ZIP codes, the Quistline Group said.")
    types = _story(text)
    assert types.get("Rhodium") not in ("ORG", "PERSON")
    assert types.get("Palladium") not in ("ORG", "PERSON")
    assert "ZIP" not in types
    assert types["Quistline Group"] == "ORG"


# --- sites named after an owner's determiner that opens the sentence; shafts -----------------------------------------
def test_a_plant_after_a_sentence_opening_our_and_an_owners_shafts_are_sites() -> None:
    text = ("Quistara CFO\n\nOur Zorbapur plant has approval for other products, the chief financial officer of "
            "Quistara Pharmaceuticals said. Quistberg Platinum said some workers would be moved to its Kwelo and "
            "Tsomane shafts.")
    types = _story(text)
    assert types["Zorbapur"] == "PLACE"
    assert types["Kwelo"] == "PLACE"
    assert types["Tsomane"] == "PLACE"


# --- a Q&A's label with the initials of the article's own outlet -----------------------------------------------------
def test_the_initials_of_the_articles_own_outlet_labelling_questions_are_a_credit(tmp_path: Path) -> None:
    (tmp_path / "qa.txt").write_text(
        "Quistel is down about 17% since Friday's close. Is that an overreaction?\n\n"
        "QTJ: Quistel is down about 17% since Friday's close. Is that an overreaction?\n\n"
        "No. The shares fell 6.1% on Monday, said Jane Roe of Zorbo Research.\n\n"
        "QTJ: Your rating?\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,url,published,title\nqa.txt,Quist Trade Journal,,2026-09-17,"
                                           "Q&A: an analyst on Quistel\n", encoding="utf-8")
    from analysis.corpus.load import load_corpus
    from analysis.entities.resolve import entity_mentions

    mentions = entity_mentions(load_corpus(tmp_path))
    labels = mentions.loc[mentions["alias"] == "QTJ", "role"].tolist()
    assert labels and set(labels) == {"credit"}


# --- a country's abbreviation before a name known alone ---------------------------------------------------------------
def test_a_country_abbreviation_before_a_known_body_or_a_company_named_alone() -> None:
    text = ("Quistel sinks\n\nQuistel fell 12%. A survey of 1,200 U.S. Quistel subscribers found 9% would cancel. On "
            "February 5 the US FDA placed a plant on an import alert. The U.S. Senate voted and the Senate said so.")
    found = _surfaces(text)
    assert found["U.S. Quistel"] == ("Quistel", "ORG")
    assert found["US FDA"] == ("Food and Drug Administration", "ORG")
    assert found["U.S. Senate"][0] == "U.S. Senate"


# --- "Area" closes a place's name ----------------------------------------------------------------------------------
def test_an_area_is_a_place_and_a_body_named_after_one_stays_a_body() -> None:
    text = ("Quistel staff\n\nQuistel employs about 2,600 people, roughly 1,700 of them in the Zorbo Bay Area. Jane "
            "Roe, president of the Quist Area Business Alliance, said so.")
    types = _story(text)
    assert types["Zorbo Bay Area"] == "PLACE"
    assert types["Quist Area Business Alliance"] == "ORG"
