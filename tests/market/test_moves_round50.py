"""Round 50 (helper moves50): share-move readings taught by the newly opened dev corpora. Invented texts and
names."""

from __future__ import annotations

from datetime import date

from analysis.market.coref import camel_heads
from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 10, 10)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names))
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_a_camel_case_company_s_head_written_alone_is_the_company() -> None:
    """"zappoTV" found by the entity layer, the text writing "zappo shares", "zappo's slide" and "zappo ticked up":
    the head in small letters is the company, also opening a sentence the splitter ran into the one before."""
    text = ("Streamer zappoTV lost the rights to the league on Tuesday.\n\n"
            "zappo shares fell 6.3% on Wednesday. Quillon Media rose 2% in midday trading. zappo's slide deepened: "
            "the stock was down 19% at noon.\n\nzappo ticked up 2.2% in the first minutes of trading on Thursday.")
    assert _moves(text, "zappoTV", "Quillon Media") == [
        ("zappoTV", -6.3), ("Quillon Media", 2.0), ("zappoTV", -19.0), ("zappoTV", 2.2)]


def test_a_camel_case_head_that_is_only_a_word_of_the_language_is_no_name() -> None:
    """"easyFlyer" with "easy" written only as an adjective: the head is no name; "zappo" in small letters opening a
    sentence, or before "shares", is."""
    text = "easyFlyer said it was easy to raise fares. It is an easy call, one analyst said."
    assert camel_heads(text, org_mentions(text, "easyFlyer")) == {}
    text = "The zappoTV app had a bad week. zappo shares fell."
    assert camel_heads(text, org_mentions(text, "zappoTV")) == {"zappo": "zappoTV"}
    # a function word or a word naming no company ("the" of "theScore") is never a name
    text = "theScoreBet said on Monday. the shares fell."
    assert camel_heads(text, org_mentions(text, "theScoreBet")) == {}


def test_a_two_column_list_with_bars_under_a_heading_that_names_percent() -> None:
    """"Week's movers (% change, Monday to Friday)" over "Zorbo Pay | +4.1": each bare signed figure is a move over the
    sessions the heading names; without a heading that names the unit, bare figures are no moves."""
    rows = "Zorbo Pay | +4.1\nQuistal Cards | -2.9\n"
    text = "Gold miners steady.\n\nWeek's movers (% change, Monday to Friday)\n" + rows
    frame = extract_moves(text, DAY, org_mentions(text, "Zorbo Pay", "Quistal Cards"))
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [("Zorbo Pay", 4.1), ("Quistal Cards", -2.9)]
    assert [(str(a), str(b)) for a, b in zip(frame["period_start"], frame["period_end"], strict=True)] == [
        ("2031-10-06", "2031-10-10")] * 2
    assert _moves("Gold miners steady.\n\nWeek's movers\n" + rows, "Zorbo Pay", "Quistal Cards") == []


def test_a_markdown_two_column_table_in_pc() -> None:
    """"| Zorbo Pay | +1.9pc |" under "| Company | Change |": Markdown's outer bars and British copy's "pc"."""
    text = "Top risers and fallers\n| Company | Change |\n| Zorbo Pay | +1.9pc |\n| Quistal Cards | -2.6pc |\n"
    assert _moves(text, "Zorbo Pay", "Quistal Cards") == [("Zorbo Pay", 1.9), ("Quistal Cards", -2.6)]
    text = text.replace("pc |", "% |")
    assert _moves(text, "Zorbo Pay", "Quistal Cards") == [("Zorbo Pay", 1.9), ("Quistal Cards", -2.6)]


def test_a_share_class_named_series_after_the_possessive() -> None:
    """"Zorbo's Series B shares rose 2.9%": the class is no company, the owner is ("Class A" already read so)."""
    assert _moves("Zorbo's Series B shares rose 2.9% on the Santiago exchange.", "Zorbo") == [("Zorbo", 2.9)]
    assert _moves("Zorbo's Class A shares rose 2.9% on Friday.", "Zorbo") == [("Zorbo", 2.9)]


def test_an_acronym_spelling_a_name_with_a_word_in_capitals() -> None:
    """"ZKEP shares rose 2.3%" after the headline's "ZK Energy Partners": the acronym takes the capitals word whole."""
    from analysis.market.extract import spells_initials

    text = ("Stocks to watch: ZK Energy Partners, Quistal\n\nThe battery maker said on Thursday it agreed a deal. ZKEP "
            "shares rose 2.3% on Thursday.")
    assert _moves(text, "ZK Energy Partners", "Quistal", "ZKEP") == [("ZK Energy Partners", 2.3)]
    assert spells_initials("ZKEP", "ZK Energy Partners") and spells_initials("ZKEP", "ZK Energy of Partners")
    # plain words, one letter each, are left to the entity layer; a word too many or too few is no spelling
    assert not spells_initials("ABC", "Alpha Beta Capital")
    assert not spells_initials("ZKE", "ZK Energy Partners") and not spells_initials("ZKEPS", "ZK Energy Partners")


def test_shipbuilders_and_lessors_are_companies_a_descriptor_names() -> None:
    """"The shipbuilder climbed 2.9%" and "The aircraft lessor ... was down 0.7%": company nouns of the vocabulary."""
    assert _moves("Quistal Marine said on Monday it won an order. The shipbuilder climbed 2.9% on Monday.",
                  "Quistal Marine") == [("Quistal Marine", 2.9)]
    text = "* Zorbo Lease Corp (ZL): The aircraft lessor, which owns 22 of Quistal's 86 jets, was down 0.7%."
    assert _moves(text, "Zorbo Lease Corp", "Quistal") == [("Zorbo Lease Corp", -0.7)]


def test_a_decline_in_a_described_index_is_the_index_s() -> None:
    """"against a 1.1% decline in the insurance index over the same period" and "... in the exchange's insurance
    index": an index row, not the company of the sentence; "over" ends the phrase as "in" and "on" do."""
    text = "Zorbo shares have fallen 4.4% since the collapse, against a 1.1% decline in the insurance index over the week."
    assert _moves(text, "Zorbo") == [("Zorbo", -4.4), ("the insurance index", -1.1)]
    text = text.replace("the insurance index", "the Quistal Exchange's insurance index")
    frame = extract_moves(text, DAY, org_mentions(text, "Zorbo", "Quistal Exchange"))
    assert list(zip(frame["company"], frame["kind"], strict=True)) == [
        ("Zorbo", "share"), ("Quistal Exchange's insurance index", "index")]
    # the owner's shares stay the owner's
    text = "Zorbo shares have fallen 4.4%, against a 1.1% decline in Quistal's shares."
    assert _moves(text, "Zorbo", "Quistal") == [("Zorbo", -4.4), ("Quistal", -1.1)]


def test_a_quantity_of_a_described_company_is_no_share_move() -> None:
    """"Electricity tariffs from state utility Zorbo rose 18.65 per cent": the tariffs rose, not Zorbo's shares."""
    assert _moves("Electricity tariffs from state utility Zorbo rose 18.65 per cent in April.", "Zorbo") == []
    assert _moves("Power prices at state utility Zorbo rose 18 per cent in April.", "Zorbo") == []
    # shares of a described company, and a described company after a clause of its own, stay moves
    assert _moves("Shares of chipmaker Zorbo rose 18 per cent in April.", "Zorbo") == [("Zorbo", 18.0)]
    assert _moves("Electricity tariffs rose 18 per cent and chipmaker Zorbo fell 2%.", "Zorbo") == [("Zorbo", -2.0)]


def test_a_rise_in_pay_is_no_share_move() -> None:
    """A union "is seeking an 8.7% rise in basic pay": a wage claim, not the shares of the company named before; a
    company whose name ends in "Pay" still moves."""
    text = "Zorbo Heavy fell 2%. It is seeking an 8.7% rise in basic pay and a bonus worth 500% of monthly salary."
    assert _moves(text, "Zorbo Heavy") == [("Zorbo Heavy", -2.0)]
    text = "Zorbo gained 2%, against a 1% rise in Quistal Pay. Quistal Pay's shares rose 3%."
    assert _moves(text, "Zorbo", "Quistal Pay") == [("Zorbo", 2.0), ("Quistal Pay", 1.0), ("Quistal Pay", 3.0)]


def test_a_dash_before_a_bare_direction_and_figure_is_an_aside_on_the_clause() -> None:
    """"Zorbo's shares have swung wildly — down 4.1% on Monday, up 3.4% on Thursday —": both figures are Zorbo's, the
    first read as after a comma; a dash before a verb ("— fell") is no such aside."""
    text = "Zorbo's shares have swung wildly — down 4.1% on Monday, up 3.4% on Thursday — but the claim looks credible."
    assert _moves(text, "Zorbo") == [("Zorbo", -4.1), ("Zorbo", 3.4)]
    assert _moves("Movers: Zorbo — down 4.1% on Monday.", "Zorbo") == [("Zorbo", -4.1)]
    assert _moves("Zorbo reported weak sales — down 4.1% on the year.", "Zorbo") == []


def test_the_stock_after_one_of_a_pair_is_named_alone_in_its_own_sentence() -> None:
    """"Q: Quistal and Bexley were caught in the sell-off. Fair?" / "A: Quistal, no — the stock fell 4.1%": the answer
    names Quistal alone right before "the stock", so the stock is Quistal's, not the story's company (as it is when the
    pair is the last naming: "Bolt and Cray did not respond. The shares fell")."""
    text = ("Q&A: \"The recall is fixed\" — Bexter's Jane Roe on Zorbo\n\nZorbo Motors said on Monday it would restart "
            "deliveries. Zorbo shares have recovered some ground since, rising 2.7% on Monday.\n\nQ: Quistal and Bexley "
            "were caught in the sell-off. Fair?\n\nA: Quistal, no — the stock fell 4.1% on the first day and has since "
            "recovered all of it. Bexley is different.")
    assert _moves(text, "Zorbo Motors", "Zorbo", "Quistal", "Bexley", "Bexter") == [("Zorbo", 2.7), ("Quistal", -4.1)]
    text = text.replace("A: Quistal, no — the stock", "A: Bolt and Cray did not comment. The stock")
    assert _moves(text, "Zorbo Motors", "Zorbo", "Quistal", "Bexley", "Bexter", "Bolt", "Cray") == [
        ("Zorbo", 2.7), ("Zorbo", -4.1)]


def test_a_contract_a_preposition_governs_is_no_topic() -> None:
    """"... slipped 1.8% overnight, despite the Quistal contract. They remain up 14%": the deal a preposition governs
    is not what "They" stands for; a traded contract the sentence tells of still is ("The benchmark ... contract")."""
    text = ("Zorbo's New York-listed shares slipped 1.8% overnight on profit-taking, despite the Quistal contract. They "
            "remain up 14% since March 5.")
    assert _moves(text, "Zorbo", "Quistal") == [("Zorbo", -1.8), ("Zorbo", 14.0)]
    text = "Zorbo said it would cut output. The benchmark ICE New York contract for July delivery rose. It closed up 11%."
    assert _moves(text, "Zorbo", "ICE") == [("ICE New York contract", 11.0)]


def test_labels_in_capitals_of_a_rundown_name_its_companies() -> None:
    """A stocks-to-watch rundown whose entries open on labels in capitals and a colon (the loader took their bullets
    off), one of them an organisation the text names: each label is its entry's company, for a descriptor ("The
    shipbuilder, which surged 14.6%") and for "the stock"."""
    text = ("Stocks to watch in Seoul: Zorbo Heavy, Quistal\n\nThe following companies may be in focus on Tuesday. "
            "Index futures were up 0.3% in early trade.\n\n"
            "ZORBO HEAVY INDUSTRIES: The shipbuilder, which surged 14.6% on Monday after a record order, gets a higher "
            "target price.\n\nBEXLEY MARINE WORKS: Said late on Monday it is in talks with two owners. The stock gained "
            "4.2% yesterday.\n\nQUISTAL: Plans to raise plate prices. Quistal shares rose 1.8% on Monday.\n")
    assert _moves(text, "Quistal") == [
        ("Zorbo Heavy Industries", 14.6), ("Bexley Marine Works", 4.2), ("Quistal", 1.8)]
    # a transcript's speakers in capitals are no rundown, though one turn is a company's: the entity layer knows the
    # others as people
    turns = ("Index futures were up 0.3% in early trade.\n\nJANE ROE: The shipbuilder, which surged 14.6% on Monday, "
             "is my pick.\n\nQUISTAL: No comment.\n\nMARY MAJOR: Bexley fell 2%.\n")
    at = turns.index("JANE ROE")
    mentions = org_mentions(turns, "QUISTAL", "Bexley")
    frame = extract_moves(turns, DAY, sorted([*mentions, (at, at + 8, "JANE ROE", "Jane Roe", "PERSON")]))
    assert "Jane Roe" not in set(frame["company"])


def test_an_appositive_opening_on_a_possessive_of_a_two_word_name() -> None:
    """"Zorbo, South Westland's biggest short-term insurer and a major underwriter of mining assets, is down 2.9%": the
    appositive's owner may be a name of two or three words, as a one-word owner ("Westland's") already was."""
    text = "Zorbo, South Westland's biggest short-term insurer and a major underwriter of mining assets, is down 2.9%."
    assert _moves(text, "Zorbo") == [("Zorbo", -2.9)]
