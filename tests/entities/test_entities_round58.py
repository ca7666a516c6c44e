"""Entity layer, round 58 (helper ents58): causes read on CORPUS105-107, one invented case per rule and, where a rule
could reach too far, what it must leave alone. Every company, person, product and body here is fictional; the places
and the real bodies are real only where the rule is about a real name (the WHO, Moody's, Victoria)."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import alias_types

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))



# --- what a recall takes back is a product ---------------------------------------------------------------------------
def test_the_object_of_a_recall_is_a_product() -> None:
    found = _story("Recall\n\nQuistwater Ltd said on Tuesday it was recalling about 1.4 million Zorbloc magnetic "
                   "building sets in Canada. The recall of Quistblå infant formula widened on Friday. Marlen said it "
                   "would recall 6,200 of its Veloz electric scooters.")
    assert found.get("Zorbloc") == "PRODUCT"
    assert found.get("Quistblå") == "PRODUCT"
    assert found.get("Veloz") == "PRODUCT"


def test_a_recall_of_a_person_or_a_maker_is_no_product() -> None:
    found = _story("Vote\n\nVoters backed the recall of Jane Quist in May. Zorbo Motors recalled 1.2 million vehicles.")
    assert found.get("Jane Quist") == "PERSON"
    assert found.get("Zorbo Motors") == "ORG"


# --- a product typed by strong evidence is not outvoted by weak cues of the articles around it -------------------------
def test_strong_evidence_of_one_type_outweighs_weak_cues_elsewhere(tmp_path: Path) -> None:
    types = alias_types(tmp_path, {
        "a": "Recall\n\nQuistwater Ltd said on Tuesday it was recalling 1.4 million Zorbloc sets in Canada.\n",
        "b": "Shares sink\n\nQuistwater Ltd shares fell 9%. The Zorbloc sets, sold since 2009, contain magnets.\n",
        "c": "Shelves\n\nQuistwater Ltd said it had shipped a refreshed Zorbloc line in March. Buyers pulled Zorbloc "
             "from shelves, and Zorbloc was gone by Friday.\n",
    })
    assert all(kinds == {"PRODUCT:Zorbloc"} for (_, alias), kinds in types.items() if alias == "Zorbloc")
    assert types[("c", "Zorbloc")] == {"PRODUCT:Zorbloc"}


# --- a maker's product line with a modifier, after "its", or after a plural possessive ---------------------------------
def test_a_product_line_with_a_modifier_or_a_plural_possessive() -> None:
    found = _story("Switch\n\nParents may switch to its Buildup construction range. Retailers gave the space to Marlen "
                   "Games' Stackit range.")
    assert found.get("Buildup") == "PRODUCT"
    assert found.get("Stackit") == "PRODUCT"
    assert found.get("Marlen Games") == "ORG"


# --- the first words of a company's or an estate's name, named in full elsewhere in the corpus ------------------------
def test_leading_words_of_a_company_named_in_full_elsewhere(tmp_path: Path) -> None:
    types = alias_types(tmp_path, {
        "a": "Grounding\n\nThe ship, owned by Tokyo-listed Quorin Taisen Kaisha, grounded on Monday. Quorin Taisen "
             "shares fell 3.4%.\n",
        "b": "Costs\n\nQuorin Taisen, meanwhile, declared general average on Wednesday.\n",
    })
    assert types[("b", "Quorin Taisen")] == {"ORG:Quorin Taisen Kaisha"}


def test_a_person_named_like_a_company_is_left(tmp_path: Path) -> None:
    types = alias_types(tmp_path, {
        "a": "Deal\n\nJane Quorvin Holdings said on Monday it had agreed the sale.\n",
        "b": "Founder\n\nJane Quorvin, meanwhile, declared she would step down.\n",
    })
    assert types[("b", "Jane Quorvin")] == {"PERSON:Jane Quorvin"}


# --- a known body's initials that spell a stop word, in prose ----------------------------------------------------------
def test_the_who_in_prose_is_the_world_health_organization() -> None:
    found = _story("Outbreak\n\nThe market was calm. The WHO said in a statement that the outbreak was grave.")
    assert found.get("World Health Organization") == "ORG"


def test_who_in_a_shouted_heading_is_no_body() -> None:
    found = _story("Q&A\n\nWHO IS LOOKING INTO IT?\n\nThe regulator is, Jane Quist said.")
    assert "World Health Organization" not in found


# --- a name written with its own "'s" opening a sentence ----------------------------------------------------------------
def test_a_rating_agency_opening_a_sentence_with_its_possessive_name() -> None:
    found = _story("Ratings\n\nQuistland is hardly alone. Moody's and Fitch have been trimming ratings. Moody's "
                   "downgraded Zorbia on Friday.")
    assert found.get("Moody") == "ORG"


# --- a level of government before a title ---------------------------------------------------------------------------------
def test_a_city_before_a_title_is_part_of_the_title() -> None:
    found = _story("Plant\n\nCity Commissioner Jane Quistley said the city had been in touch. County Commissioner Jo "
                   "Zorbin said so too.")
    assert found.get("Jane Quistley") == "PERSON" and found.get("Jo Zorbin") == "PERSON"
    assert "City" not in found and "County" not in found


# --- an adjective of a place whose name is also a given name ----------------------------------------------------------
def test_an_adjective_of_a_place_named_like_a_person(tmp_path: Path) -> None:
    types = alias_types(tmp_path, {
        "a": "Centres\n\nQuistbrook has yet to show that occupancy in its Victorian centres has recovered.\n",
        "b": "Lockdown\n\nChildcare centres in Victoria reopened on Monday, Quistbrook said.\n",
    })
    assert ("a", "Victorian") not in types


# --- vocabulary: a product class's initials, a square ---------------------------------------------------------------------
def test_product_class_initials_and_a_square() -> None:
    found = _story("Boards\n\nQuistland makes a quarter of global automotive PCB output. Rival Zorbo PCB Co rose 6%. "
                   "He spoke in his office overlooking the Praça do Quistal on Friday.")
    assert "PCB" not in found
    assert found.get("Zorbo PCB") == "ORG"
    assert found.get("Praça do Quistal") == "PLACE"


# --- a body's name in its own language, then its English name in parentheses ------------------------------------------
def test_an_english_name_in_parentheses_after_a_local_name_joins_it() -> None:
    found = _story("Ruling\n\n\"It is a signal,\" said Ruben Quist, chairman of Stichting Eerlijk Zorbon (Fair Zorbo "
                   "Foundation), which brought the case. Stichting Eerlijk Zorbon will seek costs.")
    assert found.get("Stichting Eerlijk Zorbon") == "ORG"
    assert "Fair Zorbo Foundation" not in found


def test_a_second_body_in_parentheses_after_a_local_name_is_left() -> None:
    found = _story("Deal\n\nGroupe Quistel (Zorbo Holdings) said on Monday it had agreed the sale.")
    assert found.get("Zorbo Holdings") == "ORG"


# --- a company's name ending in a number, in prose ---------------------------------------------------------------------
def test_a_name_ending_in_a_number_in_prose_is_a_company() -> None:
    found = _story("Listings\n\nThe decision follows postponed listings by online furniture seller Quistraum24 and "
                   "payments firm Zorbo Pay.")
    assert found.get("Quistraum24") == "ORG"


def test_a_commenters_handle_is_no_name() -> None:
    found = _story("Comments\n\nThe shares fell 4%.\n\nquistm42: this is a scam\nZorbofan1987 wrote: not again")
    assert "Zorbofan1987" not in found and "quistm42" not in found


def test_one_articles_slip_does_not_outvote_a_name_used_everywhere(tmp_path: Path) -> None:
    texts = {"a": "Report\n\nThe reason, they remember the raid. Jo Quist, ZBCN, Washington.\n"}
    for k in range(6):
        texts[f"b{k}"] = f"Story {k}\n\nA senior source tells ZBCN there is a lot of evidence, and ZBCN has the tape.\n"
    types = alias_types(tmp_path, texts)
    assert all(kinds == {"ORG:ZBCN"} for (_, alias), kinds in types.items() if alias == "ZBCN")
