"""Entity layer, round 52 (helper ents52): classes read on the round's two development corpora and checked on real
news text, one invented case per rule with what the rule must leave alone. Every person, body, company and product
here is fictional; the provinces ("Shandong", "Gyeonggi") stand for any province the standard writes with its kind."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities

from analysis.entities.catalog import get_lexicon
from analysis.entities.evidence import STRONG
from analysis.entities.gazetteer import _english_forms, gazetteer_names
from analysis.entities.grouping import DocGroups, defined_terms
from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- an acronym a lower-case compound word abbreviates by its parts is a term ---------------------------------------
def test_an_acronym_of_a_compound_word_is_a_term() -> None:
    text = ("Dye makers scramble\n\nThe fire removed a tenth of the supply of para-quistobenzene (PQB), a dye input. "
            "PQB prices rose 12% in a week, and buyers of PQB turned to Zorbach Chemie AG.")
    types = _story(text)
    assert "PQB" not in types or types["PQB"] not in ("ORG", "PERSON")
    assert types["Zorbach Chemie"] == "ORG"


def test_the_syllable_reading_leaves_short_nouns_and_other_letters_alone() -> None:
    assert defined_terms("the supply of para-quistobenzene (PQB) fell") == {"PQB"}
    assert defined_terms("pipes of polyquistyl chloride (PQC) leaked") == {"PQC"}
    assert defined_terms("its parent company (QHL) said") == set()  # letters not in the phrase: a company's code
    assert defined_terms("the miner (MNR) said") == set()  # a short common noun: no compound
    assert defined_terms("the drug zorbaglutide (ZGX) failed") == set()  # an X the phrase does not hold


# --- a province the standard writes with its kind or with diacritics --------------------------------------------------
def test_a_province_written_without_its_kind_is_a_known_place() -> None:
    assert _english_forms("Quistan Sheng") == ["Quistan"]
    assert _english_forms("Zorbo-do") == ["Zorbo"]
    assert _english_forms("Quistān") == ["Quistan"]
    assert _english_forms("Zorbo Quist Zizhiqu") == ["Zorbo"]
    assert _english_forms("Quistland") == []
    assert {"Shandong", "Gyeonggi"} <= gazetteer_names()
    text = ("Buyers switch\n\nEuropean buyers are now talking to Shandong suppliers they dropped in 2019, said Jane "
            "Quorrow, purchasing director at Velmira Pigments.")
    types = _story(text)
    assert types.get("Shandong") in (None, "PLACE")
    assert types["Velmira Pigments"] == "ORG"


# --- "the X family" names a family ----------------------------------------------------------------------------------
def test_a_family_is_neither_a_person_nor_a_company(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": ("Cable deal\n\nBrindle Cable last changed hands in 2004, when a group led by Rupert Hallam bought "
                   "it from the founding Vossberg family."),
        "a2.txt": "Cable history\n\nTeodor Vossberg, a local dealer, built the first system in 1961.",
    })
    assert found["a1"] == {("Brindle Cable", "ORG"), ("Rupert Hallam", "PERSON")}
    assert found["a2"] == {("Teodor Vossberg", "PERSON")}


def test_a_family_named_beside_its_member_keeps_the_member() -> None:
    text = ("Cable deal\n\nThe Vossberg family's stake was 40%. Marta Vossberg said she was sad to sell it to "
            "Brindle Cable.")
    types = _story(text)
    assert types["Marta Vossberg"] == "PERSON"
    assert "Vossberg" not in types


# --- a product line: the device noun, and the word that opens two of the document's product names -------------------
def test_models_before_a_device_noun_and_their_line_are_products() -> None:
    text = ("Device recall widens\n\nMerovia said on Friday it was recalling all Lumetta XR and Lumetta VR pacemakers "
            "after a battery fault. Two more patients with Lumetta pacemakers had died, Merovia said.")
    types = _story(text)
    assert types["Lumetta XR"] == "PRODUCT"
    assert types["Lumetta VR"] == "PRODUCT"
    assert types["Lumetta"] == "PRODUCT"
    assert types["Merovia"] == "ORG"


def test_a_company_opening_its_models_names_stays_the_company() -> None:
    # the word is typed by its own grammar ("Quorvane said"): the maker, not the line
    text = ("Device recall\n\nQuorvane said on Friday it was recalling all Quorvane XR and Quorvane VR pacemakers. "
            "Quorvane shares fell 4% on Monday.")
    types = _story(text)
    assert types["Quorvane"] == "ORG"


def test_a_game_after_its_genre_noun_is_a_product() -> None:
    text = ("Studio under pressure\n\nHalvard Games has little planned. Its live-service shooter Quill Runners, "
            "launched in 2018, has lost players, and its first hit, the mobile card battler Sevenfold, came out in "
            "2012.")
    types = _story(text)
    assert types["Quill Runners"] == "PRODUCT"
    assert types["Sevenfold"] == "PRODUCT"
    assert types["Halvard Games"] == "ORG"


# --- a bare short name opening its sentences is the organisation another article names in full ----------------------
def test_a_short_name_opening_sentences_is_the_organisation_named_elsewhere(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": ("Activist calls for change\n\nBarrowmoor Partners, the New York hedge fund that owns 6% of Quistel "
                   "Mining, wrote to the board. Barrowmoor's founder said the chief executive should go."),
        "a2.txt": ("Live: Quistel Mining CEO departs\n\n1:48 p.m. - Barrowmoor weighs in. The activist says in a "
                   "statement it is pleased. Barrowmoor holds 6% of the company."),
    })
    assert ("Barrowmoor Partners", "ORG") in found["a2"]
    assert ("Barrowmoor Partners", "ORG") in found["a1"]


def test_a_short_name_the_corpus_also_gives_a_person_is_left(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": ("Funds\n\nBarrowmoor Partners, the hedge fund, owns 6% of Quistel Mining. Barrowmoor's founder "
                   "spoke. Ada Barrowmoor, a lawyer, said the vote would pass. Barrowmoor said she was sure."),
        "a2.txt": "Live\n\n1:48 p.m. - Barrowmoor weighs in. Barrowmoor holds 6% of the company.",
    })
    assert ("Barrowmoor Partners", "ORG") not in found.get("a2", set())


# --- the outlet's own name labelling its live page ------------------------------------------------------------------
def test_the_outlets_name_labelling_its_live_page_is_a_credit(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "live.txt": ("LIVE UPDATES: Halvard Games chief quits\n\nQuist Ledger live coverage, Thursday, Nov. 14, 2026. "
                     "All times Singapore.\n\n9:02 a.m. - Halvard Games shares open down 7.8% in Seoul after the "
                     "chief executive quit."),
        "cited.txt": ("Studio chief quits\n\nHalvard Games said on Thursday its chief executive had quit, as first "
                      "reported by Quist Ledger live coverage of the market."),
    })
    assert "Quist Ledger" not in {name for name, _ in found["live"]}
    assert ("Halvard Games", "ORG") in found["live"]
    assert "Quist Ledger" in {name for name, _ in found["cited"]}  # named in prose: the story's


# --- what only a company is ------------------------------------------------------------------------------------------
def test_a_name_that_is_privately_held_or_headquartered_is_a_company() -> None:
    text = ("Rivals gain\n\nRival device makers gained. Quistronik is privately held, but Halbrook Devices Inc rose "
            "1.9%. Zorbatek, which is publicly traded in Oslo, fell. Venmark was family-owned until 2009.")
    types = _story(text)
    assert types["Quistronik"] == "ORG"
    assert types["Zorbatek"] == "ORG"
    assert types["Venmark"] == "ORG"


def test_a_person_held_or_based_somewhere_is_left() -> None:
    text = "Trial\n\nJane Quorrow is held in custody. Quorrow is based in Oslo, her lawyer said."
    assert _story(text)["Jane Quorrow"] == "PERSON"


# --- a printed interview's initials labels ---------------------------------------------------------------------------
def test_initials_labelling_answers_are_the_person_interviewed() -> None:
    text = ("Q&A: the analyst's view\n\nQuist Daily: Are the shares cheap now?\n\nTove Ravnsborg: Roughly, yes. The "
            "lost bookings cost them a week.\n\nQD: What about the customers?\n\nTR: Most come back.\n\nQD: And the "
            "insurer?\n\nTR: Not my coverage.")
    df = recognize_entities(text, text.find("\n"))
    assert set(df.loc[df["surface"] == "TR", "name"]) == {"Tove Ravnsborg"}
    assert set(df.loc[df["name"] == "Tove Ravnsborg", "type"]) == {"PERSON"}



# --- a club is an organisation ---------------------------------------------------------------------------------------
def test_a_club_is_an_organisation_even_after_a_given_name() -> None:
    text = ("Mine fight\n\n\"These are strange days,\" said Peter Quorrow, a lawyer for the Sierra Hills Club, who "
            "has fought the mine. Members of the Brindle Rowing Club met on Monday. Dana Club said she agreed.")
    types = _story(text)
    assert types["Sierra Hills Club"] == "ORG"
    assert types["Brindle Rowing Club"] == "ORG"
    assert types["Peter Quorrow"] == "PERSON"


# --- consultancies and a group's worldwide arm -----------------------------------------------------------------------
def test_consultancies_and_a_worldwide_arm_are_organisations() -> None:
    text = ("Poll shift\n\nA survey by Morrow Consult found support fell, said Jane Quorrow of Ashgrove Strategies. "
            "Brindle Worldwide, the group's freight arm, cut jobs, according to Tamsin Consultants.")
    types = _story(text)
    assert types["Morrow Consult"] == "ORG"
    assert types["Ashgrove Strategies"] == "ORG"
    assert types["Brindle Worldwide"] == "ORG"
    assert types["Tamsin Consultants"] == "ORG"
    assert types["Jane Quorrow"] == "PERSON"


# --- a listed company named like a person after "by" ------------------------------------------------------------------
def test_a_listed_company_named_like_a_person_after_by_stays_the_company() -> None:
    text = ("Biotech deal\n\nQuistara Bio, which was bought by Eli Lilly in 2024, is advised by Henry Schein on the "
            "sale. The study was written by Jane Quorrow.")
    types = _story(text)
    assert types["Eli Lilly"] == "ORG"
    assert types["Henry Schein"] == "ORG"
    assert types["Jane Quorrow"] == "PERSON"


# --- a ministry named by a list of its portfolios ----------------------------------------------------------------------
def test_a_ministry_named_by_its_portfolios_is_one_body() -> None:
    text = ("Plant shut\n\nThe Ministry of Environment, Forests and Climate Change said on Monday it would review the "
            "order. The Department of Housing, Water and Fisheries agreed. Water Minister Jane Quorrow spoke.")
    types = _story(text)
    assert types["Ministry of Environment, Forests and Climate Change"] == "ORG"
    assert types["Department of Housing, Water and Fisheries"] == "ORG"
    assert types["Jane Quorrow"] == "PERSON"
    assert "Climate Change" not in types and "Forests" not in types


# --- only a person is "the late" or holds a job named in apposition ------------------------------------------------
def test_the_late_founder_is_a_person() -> None:
    text = ("Quistel Dyes outlook\n\nAbout Quistel Dyes Limited\n\nFounded in 1987 by the late Ravindra Koshal, "
            "Quistel manufactures intermediates for the dye industries. The Company's shares were listed in 2019.")
    assert _story(text)["Ravindra Koshal"] == "PERSON"
    # typed by the grammar, not by a bare name's guess: the type outvotes other articles' guesses (resolve._one_type)
    doc = DocGroups(text, text.find("\n"), get_lexicon())
    doc.group_body()
    ev = next(g.ev for g in doc.groups if g.words == ["Ravindra", "Koshal"])
    assert ev.get("PERSON", 0.0) >= STRONG


def test_a_name_with_a_job_in_apposition_is_a_person() -> None:
    text = ("Shippers brace\n\n\"Members are asking for space,\" said Tan Wei Quist, the forum's executive director. "
            "Brindle Mutual, the insurer's parent, fell 2%. Anh Zorbvik Duc, a senior analyst at Quist Securities, "
            "agreed.")
    types = _story(text)
    assert types["Tan Wei Quist"] == "PERSON"
    assert types["Anh Zorbvik Duc"] == "PERSON"
    assert types["Brindle Mutual"] == "ORG"


# --- a publication after "by" is no person ---------------------------------------------------------------------
def test_a_publication_after_by_is_no_person() -> None:
    text = ("Prices\n\nSpot prices rose 18% in a week, according to assessments compiled by Quistmoor Chem Report. "
            "The survey was written by Jane Quorrow.")
    types = _story(text)
    assert types["Quistmoor Chem Report"] == "ORG"
    assert types["Jane Quorrow"] == "PERSON"
