"""Round 44 (moves56): classes of share-move errors counted on the two dev corpora and real news text, each tried on
invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.coref import parent_name, unit_names
from analysis.market.extract import extract_moves
from test_move_round21 import every_mention
from test_moves38 import _corpus_moves

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A participle clause whose pronoun is the subject's, after the level or price the move ended at ("ended up 0.5%
# at 10,588.1, taking its gain for the week to 1.4%"): the index's or company's running total, not a name before it.

def test_a_running_total_after_the_closing_level_is_the_subjects() -> None:
    text = "17:02 Wrap-up: The Karvo 40 index ended up 0.6 per cent at 8,214.3, taking its gain for the week to 2.3 per cent."
    assert _rows(text) == [("index", "Karvo 40 index", 0.6), ("index", "Karvo 40 index", 2.3)]
    text = "Shares in Pellam Works closed 3.1% higher at 412.5p, taking their gain since Monday to 8.8%."
    assert _rows(text, "Pellam Works") == [("share", "Pellam Works", 3.1), ("share", "Pellam Works", 8.8)]


def test_a_participle_naming_another_company_after_the_level_left_alone() -> None:
    # the clause names its own company: its figure is that company's
    text = "Pellam Works closed 3.1% higher at 412.5p, sending rival Dorrow Tools up 1.2%."
    assert ("share", "Dorrow Tools", 1.2) in _rows(text, "Pellam Works", "Dorrow Tools")


# 2. A table whose first column names products ("Model | Avg. price | Change y/y"): the rows are goods, a maker's name
# opening the row ("Orvel Roadster | $18,400 | -11.2%") is no share move of the maker.

def test_a_table_of_products_holds_no_share_moves() -> None:
    text = ("Used prices slid again in March.\n"
            "Model | Avg. price | Change y/y\n"
            "Orvel Roadster | $18,400 | -11.2%\n"
            "Dunmere Volt | $24,100 | -9.6%\n"
            "Orvel shares fell 2.1% on Friday.")
    assert _rows(text, "Orvel Roadster", "Dunmere Volt", "Orvel") == [("share", "Orvel", -2.1)]


def test_a_table_of_companies_keeps_its_moves() -> None:
    text = ("Carmakers on Friday:\n"
            "Company | Close | Change\n"
            "Orvel Motors | $18.40 | -11.2%\n"
            "Dunmere Auto | $24.10 | -9.6%\n")
    assert _rows(text, "Orvel Motors", "Dunmere Auto") == [
        ("share", "Orvel Motors", -11.2), ("share", "Dunmere Auto", -9.6)]


# 3. A listed company named by one word of the quantities' vocabulary ("Target"): capitalised and alone as the
# sentence's subject it is the company, not a price target; "Revenue" or "Sales" there stays a quantity.

def test_a_listed_company_named_by_a_quantity_word_opens_a_sentence() -> None:
    text = "Target edged up 1.7% on Friday even as the wider retail group slipped."
    assert _rows(text, "Target") == [("share", "Target", 1.7)]
    text = "Pellam Works (PLW) - Shares fell 4.1%.\nTarget (TGT) - The retailer gained 2.4% after its results."
    assert ("share", "Target", 2.4) in _rows(text, "Pellam Works", "Target")


def test_a_quantity_word_opening_a_sentence_stays_no_company() -> None:
    assert _rows("Revenue rose 6.2% in the quarter, Pellam Works said.", "Pellam Works") == []
    assert _rows("Estimates fell 3% after the warning.") == []


# 4. A unit of a listed company ("through its Halvard Interactive unit", "Halvard Interactive, the group's games
# unit"): the entity layer may link the parent's short name to it ("Halvard"), but a unit issues no shares, so
# "Halvard's shares fell 1.3%" is the parent's move, in every article of the corpus; nor is the unit an owned product.

def test_a_unit_is_named_by_its_owner_or_an_apposition() -> None:
    text = ("Halvard, through its Halvard Interactive unit, bid for the studio. Orvel Labs, a subsidiary of Dunmere, "
            "declined. Its games unit Pellam Play said nothing. Halvard Interactive said the deal made sense.")
    mentions = every_mention(text, "Halvard Interactive", "Orvel Labs", "Pellam Play")
    assert unit_names(text, mentions) == frozenset({"Halvard Interactive", "Orvel Labs", "Pellam Play"})
    other = "Halvard Interactive said the deal made sense; its Halvard Interactive game sold well."
    assert unit_names(other, every_mention(other, "Halvard Interactive")) == frozenset()


def test_a_units_move_from_a_short_name_is_the_parents() -> None:
    names = {"Halvard Group", "Halvard Interactive", "Orvel Labs"}
    assert parent_name("Halvard Interactive", "Halvard's shares fell 1.3% in Tokyo.", names) == "Halvard Group"
    assert parent_name("Halvard Interactive", "Halvard shares fell 1.3%.", {"Halvard Interactive"}) == "Halvard"
    # the sentence writes the unit's whole name: the unit's (as the text has it)
    assert parent_name("Halvard Interactive", "Halvard Interactive shares fell 1.3%.", names) == "Halvard Interactive"


def test_a_parents_move_across_the_corpus(tmp_path) -> None:  # noqa: ANN001
    articles = {
        "a.txt": "Halvard bids for studio\n\nHalvard Group, through its Halvard Interactive unit, offered 40 euros a "
                 "share for Tarnvik Studios on Monday. Halvard Interactive said the studio would stay in Oslo. "
                 "Tarnvik shares jumped 12.4%. Halvard's shares were down 1.3% in Tokyo.\n",
        "b.txt": "Studio deal\n\nHalvard Interactive said the studio would keep its name. Halvard shares have fallen "
                 "2.2% since the deal was announced.\n",
    }
    found = _corpus_moves(tmp_path, articles)
    assert ("a.txt", "Halvard Group", -1.3) in found and ("b.txt", "Halvard Group", -2.2) in found
    assert not [c for _f, c, _p in found if c == "Halvard Interactive"]


# 5. A count opening the subject ("Eight of the 11 sectors", "Two of its peers"): no company named "Eight".

def test_a_count_of_things_is_no_company() -> None:
    text = "Seven of the 11 Karvo 40 sectors closed lower, led by a 2.1% fall in industrial stocks."
    assert [r for r in _rows(text) if r[0] == "share"] == []
    assert _rows("Two of its peers fell 1.4% on Friday.") == []


def test_a_number_word_standing_as_a_name_left_alone() -> None:
    assert _rows("Nine shares rose 3.2% on Friday.", "Nine") == [("share", "Nine", 3.2)]


# 6. An amount of money is no name ("a £410m contract", "the £7.2bn order"): "the shares" after it points back to
# the company, not to "410m contract".

def test_an_amount_of_money_is_no_name_the_shares_point_back_past() -> None:
    text = ("Dorrow Marine (AIM: DRWM) rose 11% after it won a £410m contract from Pellam Works.\n"
            "Including Friday's gain, the shares have risen about 140% since the award was announced.")
    assert _rows(text, "Dorrow Marine", "Pellam Works") == [("share", "Dorrow Marine", 11.0),
                                                            ("share", "Dorrow Marine", 140.0)]


def test_a_name_opening_on_digits_left_alone() -> None:
    assert _rows("4Sight Labs rose 2.5% on Friday.", "4Sight Labs") == [("share", "4Sight Labs", 2.5)]


# 7. A participle comparing a move with a market's, after a time of the session ("were down 1.8% in early trade,
# underperforming the Karvo index, which was 0.3% higher"): the relative clause's figure is the market's.

def test_a_compared_markets_move_after_the_session_time_is_the_markets() -> None:
    text = ("Shares in Pellam Works were down 1.8% at 1120 GMT on Friday, underperforming the Karvo 40 index, which was "
            "0.3% higher.")
    assert _rows(text, "Pellam Works") == [("share", "Pellam Works", -1.8), ("index", "Karvo 40 index", 0.3)]
    text = "Pellam Works rose 2.4% at 1120 GMT, outperforming Dorrow Tools, which fell 0.9%."
    assert _rows(text, "Pellam Works", "Dorrow Tools") == [("share", "Pellam Works", 2.4), ("share", "Dorrow Tools", -0.9)]


# 8. A quantity right before the verb, at the end of a phrase a preposition hangs on another noun ("the cost of steel
# price rises above 10%", "the share of fuel costs rising 12%"): the quantity moves, no company of the clause.

def test_a_quantity_after_a_preposition_heads_the_verb() -> None:
    text = "Dorrow Tools has agreed to carry the cost of timber price rises above 12% a year."
    assert _rows(text, "Dorrow Tools") == []


def test_a_company_noun_after_a_preposition_left_alone() -> None:
    text = "Dorrow Tools said on Friday it would buy a rival. Shares of the maker of garden tools rose 4.2%."
    assert _rows(text, "Dorrow Tools") == [("share", "Dorrow Tools", 4.2)]


# 9. A clause opening on a company's description and its own verb, the move in a participle after it ("The Danish
# brewer ended the week at 41.20 crowns, after rising 2.3% on Friday"): the description points back to the company.

def test_a_described_company_owns_the_participles_move() -> None:
    text = ("Dorrow Breweries said on Thursday it would sell its soft-drinks arm.\n"
            "The Danish brewer ended the week at 41.20 crowns, after rising 2.3% on Friday.")
    assert _rows(text, "Dorrow Breweries") == [("share", "Dorrow Breweries", 2.3)]


def test_a_description_whose_clause_gives_another_quantity_left_alone() -> None:
    text = "Dorrow Breweries met analysts on Thursday.\nThe Danish brewer said its sales, after rising 2.3% in May, slowed."
    assert _rows(text, "Dorrow Breweries") == []


# 10. A name that modifies a noun after an amount of money ("the £4.1bn Orvel 7 frigate contract"): a product's or a
# programme's, which owns no "its" of the clause after it; the company the sentence before named does.

def test_a_products_name_after_an_amount_owns_no_its() -> None:
    text = ("Few engineers had a better month than Dorrow Marine. Since the award of the £4.1bn Orvel 7 frigate "
            "contract, its shares have gained about 9%.")
    assert _rows(text, "Dorrow Marine") == [("share", "Dorrow Marine", 9.0)]


def test_a_company_after_an_amount_left_alone() -> None:
    text = "Dorrow Marine agreed a £4.1bn takeover of Pellam Works, and its shares rose 3.3%."
    assert _rows(text, "Dorrow Marine", "Pellam Works") == [("share", "Dorrow Marine", 3.3)]


# 11. "The defence group's shares": a singular "group" owning shares is one company (the one the text is about), even
# after a sector's word; a sector is "defence stocks" or "the defence sector".

def test_a_sector_words_group_owning_shares_is_a_company() -> None:
    text = ("Dorrow Metals won the copper licence on Monday, and it will hire 900 people.\n"
            "The mining group's shares closed 6.4% higher.")
    assert _rows(text, "Dorrow Metals") == [("share", "Dorrow Metals", 6.4)]


def test_a_sector_left_alone() -> None:
    assert _rows("The mining sector's shares rose 1.1%.") == [("index", "The mining sector", 1.1)]
