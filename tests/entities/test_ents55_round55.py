"""Entity layer, round 55 (helper ents55): classes read on CORPUS81, 85, 87, 89, 90 and 92, one invented case per
rule with what the rule must leave alone. Every place, person, body, company and product here is fictional."""
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


# --- a currency's abbreviation or sign glued to an amount is no organisation --------------------------------------
def test_a_franc_amount_glued_to_its_abbreviation_is_no_organisation() -> None:
    found = _story("Target cut\n\nAnalysts at Quorvel Bank cut their price target on the shares to SFr70 from SFr88.")
    assert found == {"Quorvel Bank": "ORG"}


def test_the_letters_before_a_cedi_sign_are_no_organisation() -> None:
    found = _story("Exporter slides\n\nShares of Quorvel Cocoa fell 9.8% to GH¢2.40 on Thursday.")
    assert found == {"Quorvel Cocoa": "ORG"}


# --- a court's ranked name and its chamber in brackets -------------------------------------------------------------
def test_an_ordinal_compound_before_a_court_is_part_of_its_name() -> None:
    found = _story("Order\n\nThe order was made by the First-tier Tribunal on Sept. 9, Quorvel said.")
    assert found.get("First-tier Tribunal") == "ORG"


def test_a_compound_adjective_before_a_company_is_still_trimmed() -> None:
    found = _story("Deal\n\nMid-sized Quorvel Bank agreed to buy a rival on Monday.")
    assert found.get("Quorvel Bank") == "ORG"
    assert "Mid-sized Quorvel Bank" not in found


def test_a_chamber_in_brackets_after_its_court_is_no_organisation() -> None:
    found = _story("Ruling\n\nThe First-tier Tribunal (Property Chamber) said on Monday that Quorvel was liable. "
                   "An appeal would go to the Upper Tribunal (Lands Chamber).")
    assert found == {"First-tier Tribunal": "ORG", "Quorvel": "ORG", "Upper Tribunal": "ORG"}


def test_a_company_in_brackets_after_a_company_is_left_alone() -> None:
    found = _story("Deal\n\nQuorvel Holdings (Zorvane Capital) said on Monday it would bid.")
    assert found.get("Zorvane Capital") == "ORG"


# --- a sentence's opening adverb -----------------------------------------------------------------------------------
def test_together_opening_a_sentence_is_no_organisation() -> None:
    found = _story("Revolt grows\n\nQuarrow Partners joined the revolt on Monday.\n\nTogether, Quarrow Partners and "
                   "Hillcrest Capital control about 11.4% of Zorvane's shares.")
    assert "Together" not in found
    assert found.get("Hillcrest Capital") == "ORG"


# --- a place named by what is around it ---------------------------------------------------------------------------
def test_a_place_after_the_capital_and_a_comma_is_a_place() -> None:
    found = _story("Talks\n\nMining Minister Jo Valdes told reporters in the capital, San Quorvo.")
    assert found.get("San Quorvo") == "PLACE"


def test_a_speaker_after_a_place_noun_and_a_comma_stays_an_organisation() -> None:
    found = _story("Sales\n\nSales fell in the region, Quorvel said on Monday.")
    assert found.get("Quorvel") == "ORG"


def test_where_goods_are_shipped_from_is_a_place() -> None:
    found = _story("Default\n\nQuorvel said Zorbo had not paid for cargoes shipped from Esperanz in March.")
    assert found.get("Esperanz") == "PLACE"


def test_between_here_and_a_name_is_a_place() -> None:
    found = _story('Town waits\n\n"Quorvel is the biggest employer between here and Leonoro," Jo Roe said.')
    assert found.get("Leonoro") == "PLACE"


def test_a_home_town_before_or_after_who_a_person_is_is_a_place() -> None:
    found = _story('Stranded\n\n"We lost the week," said Jane Daly, a teacher from Ballinquor, who was queuing.')
    assert found.get("Ballinquor") == "PLACE"
    found = _story('Relief\n\n"We lost the week," said Ballinquor teacher Jane Daly.')
    assert found.get("Ballinquor") == "PLACE"


def test_an_employer_after_an_engineer_from_stays_an_organisation() -> None:
    found = _story("Hired\n\nThe plan was drawn up by Jane Daly, an engineer from Quorvane.")
    assert found.get("Quorvane") == "ORG"


def test_a_name_before_reservoir_is_a_place() -> None:
    found = _story("Alert\n\nThe grid asked producers to hold back water in the Vellor reservoir, the region's largest.")
    assert found.get("Vellor") == "PLACE"


def test_a_name_between_its_owner_and_flagship_is_where_the_store_is() -> None:
    found = _story("Slide\n\nQuorvel Stores, which counts on tourist spending at its Zorvane flagship, lost 3.9%.")
    assert found.get("Zorvane") == "PLACE"


def test_a_street_named_first_or_numbered_or_closed_by_drive_is_a_place() -> None:
    found = _story("Queue\n\nJane Roe sat down with the Quorvel Review at the group's headquarters on Avenue "
                   "Quontaigne. Staff at the branch on Mayor Quagrath Drive and on 17th Avenue SW said little.")
    assert found.get("Avenue Quontaigne") == "PLACE"
    assert found.get("Quagrath Drive") == "PLACE"
    assert found.get("Avenue SW") == "PLACE"
    assert found.get("Quorvel Review") == "ORG"



# --- things that are no organisation: a germ, a listed brand, a river -----------------------------------------------
def test_a_genus_named_with_its_species_and_what_it_is_is_no_organisation() -> None:
    found = _story("Recall\n\nQuorvel Dairy recalled 14 batches after tests found possible contamination with "
                   "Quistobacter sakazakii, a bacterium that can cause severe illness.")
    assert found.get("Quistobacter") == "OTHER"


def test_a_known_germ_alone_is_no_organisation() -> None:
    found = _story("Plant shut\n\nTests found no Listeria in the plant, Quorvel said.")
    assert found.get("Listeria") == "OTHER"


def test_brands_listed_with_their_owners_are_products_and_the_owners_companies() -> None:
    found = _story("Merger\n\nThe group would brew brands including Quorvel's Old Quarryman bitter and "
                   "Zorbo & Stone's Pennick Gold.")
    assert found == {"Quorvel": "ORG", "Old Quarryman": "PRODUCT", "Zorbo & Stone": "ORG", "Pennick Gold": "PRODUCT"}


def test_a_name_owned_before_a_drink_is_a_product() -> None:
    found = _story("Beer\n\nSales of Quorvel's Old Quarryman lager rose 4% in the year.")
    assert found.get("Old Quarryman") == "PRODUCT"


def test_a_name_before_and_its_tributaries_is_a_river() -> None:
    found = _story("Low water\n\nQuorvel said run-of-river plants on the Quisa and its tributaries were generating "
                   "at about 55% of their usual output.")
    assert found.get("Quisa") == "PLACE"


# --- a body named by its apposition's head before a relative clause ------------------------------------------------
def test_an_apposition_closed_by_a_relative_clause_names_a_company() -> None:
    found = _story("Movers\n\nOther movers:\n- Quorvel +1.4%\n- Halsbovik, a Swedish health-food retailer that stocks "
                   "Zorbo formula, -2.7%")
    assert found.get("Halsbovik") == "ORG"


def test_a_person_in_an_apposition_before_a_relative_clause_stays_a_person() -> None:
    found = _story('Strike\n\n"We are tired," said Jane Roe, a teacher who was queuing at the Quorvel desk.')
    assert found.get("Jane Roe") == "PERSON"


# --- the Commons of a parliament ----------------------------------------------------------------------------------
def test_the_commons_with_a_parliament_cue_is_the_house_of_commons() -> None:
    found = _story("Cladding\n\nHousing minister Jo Quarle told the Commons last Wednesday that developers would pay.")
    assert found.get("House of Commons") == "ORG"


def test_a_place_closed_by_commons_stays_a_place() -> None:
    found = _story("Park\n\nThe Brindle Commons were busy on Sunday, Quorvel said.")
    assert found.get("Brindle Commons") == "PLACE"
    assert "House of Commons" not in found


# --- credits, units, streets ---------------------------------------------------------------------------------------
def test_a_photographer_credit_after_a_caption_sentence_is_a_credit() -> None:
    text = ("Strike\n\nPhoto caption: A departures board at Quorvel Airport shows cancelled Zorbo Air flights, "
            "August 28, 2021. Photographer: Jon Healy/Northfield")
    df = recognize_entities(text, text.find("\n"))
    roles = dict(zip(df["name"], df["role"]))
    assert roles.get("Jon Healy") == "credit"
    assert roles.get("Zorbo Air") == "story"


def test_a_container_unit_and_a_special_purpose_vehicle_are_no_organisations() -> None:
    found = _story("Boxes\n\nQuorvel Leasing said it depreciates containers to $1,050 per TEU. The tribunal found that "
                   "Zorbo Homes, as the SPV's ultimate parent, met that test.")
    assert "TEU" not in found
    assert "SPV" not in found


def test_a_street_written_as_one_nordic_word_is_a_place() -> None:
    found = _story("Checks\n\nThe car park outside Quorvel's plant on Quistvej was fuller than usual.")
    assert found.get("Quistvej") == "PLACE"


# --- a numbered model, a sector of a numbered index, the outlet's own note ------------------------------------------
def test_a_name_closed_by_its_models_number_before_a_product_noun_is_a_product() -> None:
    found = _story('Launch fails\n\n"We lost the Quistar-1 satellites tonight," Jo Roe said.')
    assert found.get("Quistar-1") == "PRODUCT"


def test_a_plain_name_after_the_before_a_product_noun_stays_the_maker() -> None:
    found = _story("Outage\n\nThe Quisto software failed today, Jo Roe said.")
    assert found.get("Quisto") == "ORG"


def test_a_numbered_index_cut_to_a_sector_in_a_table_is_an_index() -> None:
    found = _story("Utilities slide\n\nName | Ticker | Move\nQuorvel Utilities | QRV | -2.4%\n"
                   "S&P 500 Utilities | - | -1.8%")
    assert found.get("S&P 500 Utilities") == "INDEX"
    assert found.get("Quorvel Utilities") == "ORG"


def _story_orgs(folder: Path, text: str, outlet: str) -> set[str]:
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(f"file,outlet,url,published,title\na.txt,{outlet},,2026-03-04,\n",
                                         encoding="utf-8")
    mentions = entity_mentions(load_corpus(folder))
    return set(mentions.loc[mentions["role"] == "story", "entity"])


def test_the_outlets_own_note_label_is_a_credit(tmp_path: Path) -> None:
    text = ("Second holder joins revolt\n\nQuarrow Partners said on Friday it would vote against the Zorvane deal.\n\n"
            "Quistdeal Insider note: Zorvane has not yet set a date for its meeting.\n")
    orgs = _story_orgs(tmp_path, text, "Quistdeal Insider")
    assert "Quistdeal Insider" not in orgs
    assert "Quarrow Partners" in orgs


def test_another_outlet_named_in_prose_stays(tmp_path: Path) -> None:
    text = ("Second holder joins revolt\n\nQuarrow Partners told Quistdeal Insider on Friday it would vote against "
            "the Zorvane deal.\n")
    assert "Quistdeal Insider" in _story_orgs(tmp_path, text, "Quistdeal Insider")


# --- a kind of firm in two words opening a sentence ------------------------------------------------------------------
def test_the_first_word_of_a_kind_of_firm_opening_a_sentence_is_no_name() -> None:
    found = _story("Vote\n\nProxy adviser Quorvel Governance Partners is expected to publish its view.")
    assert "Proxy" not in found
    found = _story("Stake\n\nAsset manager Quorvel Partners bought 5% of Zorvane Foods.")
    assert "Asset" not in found
    assert found.get("Quorvel Partners") == "ORG"


def test_a_company_before_an_adviser_stays_a_company() -> None:
    found = _story("Deal\n\nQuorvel adviser Jo Roe said the bid was fair.")
    assert found.get("Quorvel") == "ORG"


def test_a_name_before_circuit_is_a_place() -> None:
    found = _story("Fire\n\nThe utility had the ability to cut power to the Antelope Quidge circuit, Jo Roe said.")
    assert found.get("Antelope Quidge") == "PLACE"
