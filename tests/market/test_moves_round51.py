"""Round 51 (helper moves51): share-move readings taught by the newly opened dev corpora. Invented texts and
names."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 10, 10)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names))
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_an_appositive_whose_shares_after_an_object_names_the_object() -> None:
    """"The ledger sat on X, the storage provider whose shares fell": the appositive describes X, the object before it,
    also when the sentence opens on another subject."""
    text = "The ledger sat in Quorvan's account on Pellidor Holdings, the storage provider whose shares fell 4.4% on Monday."
    assert _moves(text, "Pellidor Holdings", "Quorvan") == [("Pellidor Holdings", -4.4)]
    text = "The ledger was kept by Pellidor Holdings, a storage provider whose shares fell 4.4% on Monday."
    assert _moves(text, "Pellidor Holdings") == [("Pellidor Holdings", -4.4)]


def test_a_maker_of_a_list_of_products_is_one_company() -> None:
    """"The Brisk-based maker of gears, pulleys and drive belts fell 6%": the list of products is the complement of
    "maker", no subject of its own; the descriptor points back to the company."""
    text = ("Trenholt Antriebe supplies car plants.\n\nShares of the Brisk-based maker of gears, pulleys and drive belts "
            "fell 6.2% on Tuesday and a further 1.1% on Wednesday.")
    assert _moves(text, "Trenholt Antriebe") == [("Trenholt Antriebe", -6.2), ("Trenholt Antriebe", -1.1)]
    text = "Trenholt Antriebe supplies car plants. The maker of marine and industrial gearboxes slid 3.5% before the bell."
    assert _moves(text, "Trenholt Antriebe") == [("Trenholt Antriebe", -3.5)]
    # a quantity of products is still no company: "Sales of pumps and valves fell 4%"
    text = "Trenholt Antriebe supplies car plants. Sales of pumps and valves fell 4% in the quarter."
    assert _moves(text, "Trenholt Antriebe") == []


def test_a_metal_the_entity_layer_links_to_a_company_named_after_it_stays_the_metal() -> None:
    """"Platinum was 0.5% lower" in a story about "Doornveld Platinum", the entity layer linking the metal's word to the
    company: the move is the metal's (an index row), and the company's own moves stay share moves."""
    text = ("Doornveld Platinum shares fell 3.1% on Friday. The stock fell 0.4% on Thursday.\n\n"
            "Platinum was 0.5% lower at $1,648 an ounce.")
    mentions = [(0, 18, "Doornveld Platinum", "Doornveld Platinum", "ORG"),
                (text.index("Platinum was"), text.index("Platinum was") + 8, "Platinum", "Doornveld Platinum", "ORG")]
    frame = extract_moves(text, DAY, mentions)
    assert list(zip(frame["company"], frame["pct"], frame["kind"], strict=True)) == [
        ("Doornveld Platinum", -3.1, "share"), ("Doornveld Platinum", -0.4, "share"), ("Platinum", -0.5, "index")]


def test_rhodium_and_cobalt_are_commodities() -> None:
    """"Rhodium | 5,350 | +8.1%" in a table of metal prices: a commodity's row, no company's."""
    text = "Metal prices this week\n| Metal | Price | Change |\n| Rhodium | 5,350 | +8.1% |\n| Cobalt | 33,100 | -1.2% |\n"
    frame = extract_moves(text, DAY, [])
    assert list(zip(frame["company"], frame["kind"], strict=True)) == [("Rhodium", "index"), ("Cobalt", "index")]


def test_a_dateline_with_its_date_in_figures_or_day_first_is_no_subject() -> None:
    """"KURSK, 14.05.2031 — Shares of X rose 1.2% ..., after gaining 2.7%": the dateline's place is no subject of
    the second figure, whichever way the date is written."""
    for date_written in ("14.05.2031", "14/05/2031", "2031-05-14", "14 May", "14 May 2031"):
        text = (f"KURSK, {date_written} — Shares of Volga Nickel rose a further 1.2% in early trade on the Kursk "
                "Exchange on Thursday, after gaining 2.7% in the previous session.")
        mentions = [*org_mentions(text, "Volga Nickel"), (0, 5, "KURSK", "Kursk", "PLACE")]
        frame = extract_moves(text, DAY, mentions)
        assert list(zip(frame["company"], frame["pct"], strict=True)) == [("Volga Nickel", 1.2), ("Volga Nickel", 2.7)]


def test_a_blend_of_the_name_s_words_is_the_company_introduced_before() -> None:
    """"Volnickel" after "PJSC Volga Nickel": the short form blends the openings of the name's words; the move takes
    the full name. A word that only opens one word of the name is no blend."""
    from analysis.market.extract import blends_words

    text = ("Shares of PJSC Volga Nickel rose 1.2% on Thursday.\n\nVolnickel, the region's largest miner, also mines "
            "cobalt. Its shares have risen 9% since the start of April.")
    assert _moves(text, "PJSC Volga Nickel", "Volnickel") == [("PJSC Volga Nickel", 1.2), ("PJSC Volga Nickel", 9.0)]
    assert blends_words("Doorplats", "Doornveld Platinum Holdings")
    assert not blends_words("Volga", "PJSC Volga Nickel")
    assert not blends_words("Dorado", "Doornveld Platinum")


def test_it_after_a_sentence_opening_on_a_commodity_is_the_commodity() -> None:
    """"Tin hit $33,000 a tonne before easing. It was up 1.2% on the day": the "It" is the metal the sentence before
    opens on, not the company whose move was told further back."""
    text = ("Miners rose 1.3%, led by Quarrick Mining, up 2.4%.\n\nTin hit $33,000 a tonne, its highest since February, "
            "before easing. It was up 1.2% on the day at 1600 GMT.")
    frame = extract_moves(text, DAY, org_mentions(text, "Quarrick Mining"))
    assert list(zip(frame["company"], frame["kind"], frame["pct"], strict=True))[-2:] == [
        ("Quarrick Mining", "share", 2.4), ("Tin", "index", 1.2)]


def test_an_all_share_index_in_two_words_and_a_no_opening_a_sentence() -> None:
    """"The All Share closed 0.2% lower": an all-share index; "No company news yet, but ... after last week's 29%
    fall": "No" opens the sentence, no company's name."""
    frame = extract_moves("The All Share closed 0.2% lower. The Karvo All Share rose 1%.", DAY, [])
    assert list(zip(frame["company"], frame["kind"], strict=True)) == [("All Share", "index"), ("Karvo All Share", "index")]
    text = "No company news yet, but one dealer tells us short sellers are closing positions after last week's 29% fall."
    assert _moves(text) == []


def test_a_question_after_an_outlet_s_turn_label_sets_the_answer_s_topic() -> None:
    """"QRT: What about Nimbra? The shares fell 6.1% on Monday." with the interviewer's label "QRT" typed as an
    organisation: the label is no topic; the stock is the one asked about, not the one the turn before moved."""
    text = ("QRT: Did Zellwick rise on Monday?\n\nJane Roe: Zellwick is up 2.4% this week; Pomari is down 3.1%.\n\n"
            "QRT: What about Nimbra? The shares fell 6.1% on Monday.")
    assert _moves(text, "Nimbra", "Pomari", "Zellwick", "QRT") == [
        ("Zellwick", 2.4), ("Pomari", -3.1), ("Nimbra", -6.1)]


def test_a_colon_before_a_bare_direction_sets_off_the_subject_s_move() -> None:
    """"X was the week's strangest trade: down 6.1% on Monday": the colon sets off the move of the clause's subject, as
    a comma does; a quantity's clause stays no move."""
    text = ("Nimbra Holdings, the host whose servers held the data, was the week's strangest trade: down 6.1% on "
            "Monday, then up on three of the next four days.")
    assert _moves(text, "Nimbra Holdings") == [("Nimbra Holdings", -6.1)]
    assert _moves("Nimbra Holdings had a strange week: up 4.2% on Monday.", "Nimbra Holdings") == [("Nimbra Holdings", 4.2)]
    text = "Nimbra Holdings reported results. Revenue was the highlight: up 9% on the year."
    assert _moves(text, "Nimbra Holdings") == []


def test_a_place_s_where_clause_has_its_own_subject() -> None:
    """"The recall came after the close in Osaka, where Pellam shares ended Monday's session down 1.9%": the "where"
    clause's subject owns the figure."""
    text = "The recall came after the close in Osaka, where Pellam shares ended Monday's session down 1.9% at 3,415 yen."
    assert _moves(text, "Pellam") == [("Pellam", -1.9)]


def test_a_slice_or_portion_of_a_deal_is_no_move() -> None:
    """"... to fund its 30 per cent slice of the deal": a share of a deal, no move of a stock."""
    text = ("Shares in Harrowgate Trust, Quillan Capital's London-listed partner, dropped 4.2 per cent on Tuesday after "
            "the trust said it would raise up to £400m to fund its 30 per cent slice of the deal.")
    assert _moves(text, "Harrowgate Trust", "Quillan Capital") == [("Harrowgate Trust", -4.2)]
    text = "Harrowgate Trust fell 2% after it agreed to take a 25% portion of the loan."
    assert _moves(text, "Harrowgate Trust") == [("Harrowgate Trust", -2.0)]


def test_an_agency_acting_on_the_company_s_credit_rating_is_no_antecedent() -> None:
    """"Kestrel Ratings placed the company's BBB- credit rating on review. The shares dipped a further 2.2%": the
    shares are the rated company's, not the agency's."""
    text = ("Dalvik Wind shares have fallen 38% this year. On Thursday, Orrin Ratings placed the company's BBB- credit "
            "rating on review for downgrade, saying the charge would weaken its cash flow. The shares dipped a further 2.2%.")
    assert _moves(text, "Dalvik Wind", "Orrin Ratings") == [("Dalvik Wind", -38.0), ("Dalvik Wind", -2.2)]


def test_a_company_fronted_by_for_after_its_descriptor_is_the_topic() -> None:
    """"For US cable maker X, which laid the cables, the damage is to sentiment. Its shares fell 8.9%": X's shares, not
    those of a company the paragraph before named."""
    text = ("Customers are watching. Rellmark, which owns the site, said it would seek compensation.\n\n"
            "For US cable maker Torvane Cable, which laid the array cables, the damage so far is to sentiment. Its shares "
            "fell 8.9% on Tuesday and have not recovered.")
    assert _moves(text, "Rellmark", "Torvane Cable") == [("Torvane Cable", -8.9)]


def test_a_running_total_trimmed_since_an_event_is_a_move_to_date() -> None:
    """"rose 3.4% on Thursday, trimming their losses since the recall was announced on Monday to about 14%": the
    total the rise cut back is a move to date, as "taking their losses since ... to" is."""
    text = "Pellam shares rose 3.4% on Thursday, trimming their losses since the recall was announced on Monday to about 14%."
    assert _moves(text, "Pellam") == [("Pellam", 3.4), ("Pellam", -14.0)]


def test_the_headline_repeated_under_the_page_s_meta_title_is_no_standfirst() -> None:
    """A page's head "Headline | Site" then "Headline": the second line is the headline again, no standfirst to read
    its move twice; the line under both is."""
    import json

    from analysis.market.moves import standfirst

    title = "Harrow Tolls soars 23% on hostile bid"
    head = json.dumps([[0, f"{title} | Quillwire"], [40, title], [80, "By Jane Roe | 8 October"]])
    assert standfirst(title, head) == ""
    head = json.dumps([[0, f"{title} | Quillwire"], [40, title], [80, "Shares jump another 6.4% as the suitor waits"]])
    assert standfirst(title, head) == "Shares jump another 6.4% as the suitor waits"


def test_depositary_shares_in_a_listing_place_before_a_relative_clause() -> None:
    """"The company's American depositary shares in New York, which jumped 5.2% on Tuesday, added a further 1.4%": the
    place is the listing's, no subject; both figures are the company's."""
    text = ("Acme Litio shares rose 2.9% in Santiago. The company's American depositary shares in New York, which jumped "
            "5.2% on Tuesday, added a further 1.4% on Thursday.")
    assert _moves(text, "Acme Litio") == [("Acme Litio", 2.9), ("Acme Litio", 5.2), ("Acme Litio", 1.4)]


def test_a_name_with_and_in_it_moves_once() -> None:
    """"Harlow and Pike Group lost 3.4%": the grammar reads two conjuncts, both the one company the entity layer
    names; one row. Two companies coordinated still move each."""
    text = "Tesco fell 2% and Harlow and Pike Group lost 3.4%."
    assert _moves(text, "Harlow and Pike Group", "Tesco") == [("Tesco", -2.0), ("Harlow and Pike Group", -3.4)]
    text = "Harlow and Pike Group gained 2.5%."
    assert _moves(text, "Harlow and Pike Group") == [("Harlow and Pike Group", 2.5)]
    text = "Quillon and Zorbo each fell 2%."
    assert _moves(text, "Quillon", "Zorbo") == [("Quillon", -2.0), ("Zorbo", -2.0)]
