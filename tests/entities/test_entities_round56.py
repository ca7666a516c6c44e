"""Entity layer, round 56 (helper ents56): classes read on CORPUS93-98, one invented case per rule with what the rule
must leave alone. Every place, person, body, company and product here is fictional."""
from __future__ import annotations

from pathlib import Path

from analysis.corpus.load import load_corpus
from analysis.entities.recognize import recognize_entities
from analysis.entities.resolve import entity_mentions


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a body's initials in its own language, given as "known by its ... initials" -----------------------------------
def test_initials_known_in_the_bodys_language_join_the_body() -> None:
    found = _story("Probe widens\n\nThe Federal Vehicle Office, known by its German initials QVA, said it had received "
                   "the report. The QVA gave Quorvel until Friday to reply.")
    assert found == {"Federal Vehicle Office": "ORG", "Quorvel": "ORG"}


def test_initials_after_a_company_not_named_right_before_stay_apart() -> None:
    found = _story("Probe widens\n\nQuorvel said on Monday that the ZTA had asked for documents.")
    assert found.get("ZTA") == "ORG"
    assert found.get("Quorvel") == "ORG"


# --- a family named by two surnames ----------------------------------------------------------------------------------
def test_a_family_of_two_surnames_is_no_organisation() -> None:
    found = _story("Deal done\n\nThe controlling Ortiz Quintana family, which owns 54% of Quorvel, will inject 3 billion "
                   "pesos. The Ortiz Quintana family's stake would fall to 38%.")
    assert found == {"Quorvel": "ORG"}


def test_a_family_of_funds_keeps_its_company() -> None:
    found = _story("Funds\n\nThe Quist Bond family of funds lost 2% last year.")
    assert "Quist Bond" in found


# --- places named by their kind or their grammar ---------------------------------------------------------------------
def test_a_creek_closes_a_place_name() -> None:
    found = _story("Mine sale\n\nQuorvel said the offer did not reflect the value of Zorbin Creek, which is due to ship "
                   "its first concentrate. \"This is the partner Zorbin Creek has been waiting for,\" said Jane Roe.")
    assert found == {"Quorvel": "ORG", "Zorbin Creek": "PLACE", "Jane Roe": "PERSON"}


def test_the_portuguese_do_joins_a_place_name() -> None:
    found = _story("Raids\n\nA fourth plant, in Dourados in Quisto Grande do Sul state, was raided on Tuesday.")
    assert "Quisto Grande do Sul" in found
    assert "Sul" not in found and "Quisto Grande" not in found


def test_the_verb_do_after_an_auxiliary_joins_no_name() -> None:
    found = _story("Favour\n\nWhy did Quorvel do Zorbo a favour? \"Neither do I.\" Why do Zorbin voters care? "
                   "Banco do Quistal said profit rose.")
    assert "Quorvel do Zorbo" not in found
    assert not any(" do " in name for name in found if name != "Banco do Quistal")
    assert found.get("Banco do Quistal") == "ORG"


def test_a_french_street_is_a_place() -> None:
    found = _story("Interview\n\nShe spoke at the bank's headquarters on the Quai des Zorbes on Monday. The office on "
                   "Rue Zorbin closed, Quorvel said.")
    assert found.get("Quai des Zorbes") == "PLACE"
    assert found.get("Rue Zorbin") == "PLACE"
    assert "Zorbes" not in found and "Quai" not in found


def test_a_numbered_terminal_is_no_organisation() -> None:
    found = _story("Airport\n\nAt the airport's Terminal 2 on Wednesday, queues grew, Quorvel said.")
    assert found.get("Terminal") != "ORG"
    assert found.get("Quorvel") == "ORG"


def test_a_capitalised_ward_of_a_known_place_is_a_place() -> None:
    found = _story("Supplier\n\nQuorvel, headquartered in Osaka's Zorbo Ward, buys parts from 70 firms.")
    assert found.get("Zorbo Ward") == "PLACE"


def test_a_flight_destination_is_a_place() -> None:
    found = _story("Strike\n\nFamilies queuing for flights to Quistaro were told to wait, and Jane Roe is due to fly "
                   "to Zorbarote on Aug. 14, Quorvel Air said.")
    assert found.get("Quistaro") == "PLACE"
    assert found.get("Zorbarote") == "PLACE"


# --- honorifics, holidays, parts of a month, codes -------------------------------------------------------------------
def test_madame_is_an_honorific_before_a_surname() -> None:
    found = _story("Exit\n\nAnne Quintrel left in May. \"People here liked Madame Quintrel,\" a worker said.")
    assert found == {"Anne Quintrel": "PERSON"}


def test_a_holiday_is_no_organisation() -> None:
    found = _story("Auction\n\nBidding paused on Friday for Holi and resumes on Monday, Quorvel said.")
    assert found == {"Quorvel": "ORG"}


def test_a_part_of_a_month_opening_a_timeline_line_is_no_person() -> None:
    found = _story("What next\n\nKey dates:\n\n- Early December: findings from Quist Partners' review.\n"
                   "- Late January: a ruling on the appeal.")
    assert found == {"Quist Partners": "ORG"}


def test_a_batch_code_is_no_organisation() -> None:
    found = _story("Recall\n\nThe formula has the batch code QL2-0917-B and lot number AB1234, Quorvel said.")
    assert found == {"Quorvel": "ORG"}


# --- regions with their article, sites, destinations -----------------------------------------------------------------
def test_a_region_with_its_article_where_jobs_are_is_a_place() -> None:
    found = _story("Jobs\n\nQuorvel will keep all mining jobs in the Quistbara. \"There is a scramble for lithium ground "
                   "in the Zorbley, and Quorvel has shown the price,\" said Jane Roe.")
    assert found.get("Quistbara") == "PLACE"
    assert found.get("Zorbley") == "PLACE"


def test_seats_in_a_parliament_stay_a_body() -> None:
    found = _story("Vote\n\nQuorvel's party won 40 seats in the Quistag.")
    assert found.get("Quistag") == "ORG"


def test_a_plural_region_with_its_article_is_a_place() -> None:
    found = _story("Rail\n\nQuorvel said its network was running close to capacity on the Quistlands, while snow fell "
                   "across the Zorbies. Jane Roe wrote in the Times.")
    assert found.get("Quistlands") == "PLACE"
    assert found.get("Zorbies") == "PLACE"
    assert found.get("Times") == "ORG"


def test_a_second_flight_destination_is_a_place_too() -> None:
    found = _story("Strike\n\nFamilies queuing for flights to Quistaro and Zorbaga said they had not heard from Quorvel "
                   "Air.")
    assert found.get("Zorbaga") == "PLACE"


def test_a_name_listed_after_a_company_that_was_sold_to_stays_a_company() -> None:
    found = _story("Sale\n\nQuorvel sold units to Zorbin Capital and Quist Partners said it was pleased.")
    assert found.get("Zorbin Capital") == "ORG"
    assert found.get("Quist Partners") == "ORG"


def test_a_stake_in_a_site_names_a_place() -> None:
    found = _story("Offer\n\nQuorvel said the offer ignored the value of its fleet and its port-terminal stake in "
                   "Hainan. Zorbin bought a 5% stake in Quistel.")
    assert found.get("Hainan") == "PLACE"
    assert found.get("Quistel") == "ORG"


def test_a_canyon_and_a_hall_after_a_name_are_places() -> None:
    found = _story("Plant\n\nThe kiln plume drifted over the Zorbeca canyon as it has for decades. At a packed meeting "
                   "at the Quistle hall on Tuesday night, residents shouted, Quorvel said.")
    assert found == {"Zorbeca": "PLACE", "Quistle": "PLACE", "Quorvel": "ORG"}


def test_an_industrial_estate_is_named_after_a_place() -> None:
    found = _story("Town\n\nJane Roe runs a crane-hire business on the Quistfield industrial estate, Quorvel said.")
    assert found.get("Quistfield") == "PLACE"


# --- companies and indices -------------------------------------------------------------------------------------------
def test_a_demonym_opening_a_three_word_company_that_moves_is_a_company() -> None:
    found = _story("Miners mixed\n\nImpala Quist rose 2.2%, while British Zorbic Platinum added 0.9%.")
    assert found.get("British Zorbic Platinum") == "ORG"


def test_a_regional_index_without_one_country_is_an_index() -> None:
    found = _story("Stocks\n\nThe benchmark rose 0.2%, while the broader QSCI Asia ex-Japan index was 0.4% higher, "
                   "Quorvel said.")
    assert found.get("QSCI Asia") == "INDEX"


# --- terms and lists -------------------------------------------------------------------------------------------------
def test_an_acronym_after_or_closing_a_lower_case_phrase_is_a_term() -> None:
    found = _story("Quorvel puts PSPS plans under scrutiny\n\nThe utility will consider a public safety power shutoff, "
                   "or PSPS, on its lines, Quorvel said.")
    assert found == {"PSPS": "OTHER", "Quorvel": "ORG"}


def test_a_bodys_short_name_after_or_still_joins_the_body() -> None:
    found = _story("Ruling\n\nThe Freedonian Vehicle Office, or QVA, said on Monday it would review the report.")
    assert found == {"Freedonian Vehicle Office": "ORG"}


def test_a_battery_chemistry_and_platinum_group_metals_are_no_organisations() -> None:
    found = _story("Cells\n\nThe plant makes pouch cells with nickel-rich NCM chemistry. Rival PGM producers gained, "
                   "Quorvel said.")
    assert found == {"Quorvel": "ORG"}


def test_the_entries_of_a_list_are_no_organisation() -> None:
    found = _story("Sanctions\n\nThe owner had been on its list of Specially Designated Quistals since 2018, Quorvel "
                   "said.")
    assert found == {"Quorvel": "ORG"}


def test_a_budget_statement_is_no_organisation() -> None:
    found = _story("Markets\n\nThe pound rose ahead of the chancellor's Autumn Statement, Quorvel said.")
    assert found.get("Autumn Statement") == "OTHER"


# --- shores, geological and other features, forums, a market headline ------------------------------------------------
def test_a_name_after_off_a_shore_word_is_a_place() -> None:
    found = _story("Lice\n\nThe delousing boats arrived in the sound off Quistebo before dawn, and vessels waiting off "
                   "Zorbo Point were turned away. Quorvel spun off Zorbin Capital last year.")
    assert found.get("Quistebo") == "PLACE"
    assert found.get("Zorbo Point") == "PLACE"
    assert found.get("Zorbin Capital") == "ORG"


def test_a_complex_closes_a_place_name() -> None:
    found = _story("Depth\n\nThe mine sits on the western limb of the Quistveld Complex, Quorvel said.")
    assert found.get("Quistveld Complex") == "PLACE"


def test_the_first_word_of_a_complex_alone_is_that_place(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Depth\n\nThe mine sits on the western limb of the Quistveld Complex, Quorvel said. Jane Roe, who has worked "
        "in the Quistveld for 25 years, said the standards had been met.\n", encoding="utf-8")
    mentions = entity_mentions(load_corpus(tmp_path))
    story = mentions[mentions["role"] == "story"]
    assert set(story.loc[story["alias"] == "Quistveld", "type"]) == {"PLACE"}


def test_a_forum_named_after_a_region_that_speaks_is_a_body() -> None:
    found = _story("Fire\n\nIndustry body the European Quist Safety Forum said it would discuss the incident in April. "
                   "The European Zorbo Forum will meet in May, Quorvel said.")
    assert found.get("European Quist Safety Forum") == "ORG"
    assert "European Zorbo Forum" not in found


def test_an_exchange_opening_a_market_headline_is_its_index() -> None:
    found = _story("JSE edges up as miners mixed; Quorvel extends slide\n\nThe Quist-40 index rose 0.3%. Quorvel fell "
                   "4%, Jane Roe said.")
    assert {name for name, kind in found.items() if kind == "ORG"} == {"Quorvel"}


def test_an_exchange_where_a_company_is_listed_stays_an_organisation() -> None:
    found = _story("Listing\n\nQuorvel is listed on the ASX, Jane Roe said.")
    assert found.get("Australian Securities Exchange") == "ORG"


# --- a timeline's dated entry is a sentence, no title --------------------------------------------------------------
def test_a_dated_entry_of_a_timeline_is_read_as_a_sentence() -> None:
    found = _story("Bill\n\nKey dates:\n09/04/2025 - Quistel Ratings cuts Zorbin to BB+\n09/05/2025 - Zorbin suspends "
                   "dividend\n\nZorbin closed on Friday at $35.12.")
    assert found.get("Quistel Ratings") == "ORG"
