"""Round 28: share moves the twenty-seventh corpus held but the engine missed or misread, each rule on an invented
text (no word, name or figure of any corpus), with what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import Mention, _mention, every_mention

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str, mentions: list[Mention]) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


# 1. A rating moved with a plain verb, the rating named ("We cut Y to Hold from Buy"): Y is what the next sentence's
# "The shares" means, not a word of the note's title.

def test_a_rating_cut_names_the_company_the_shares_point_back_to() -> None:
    text = ("HARTWELL CAPITAL - EUROPEAN RETAIL\nOrnbury Stores (ORN.L): Patience premium - cut to Hold\n\n"
            "We cut Ornbury Stores to Hold from Buy. The shares are down about 12% over the past two sessions.")
    assert _rows(text, every_mention(text, "Ornbury Stores")) == [("share", "Ornbury Stores", -12.0)]


def test_a_plain_cut_without_a_rating_names_nobody() -> None:
    # "cut X to size" or a price cut is no rating: the shares stay the company the text is about
    text = ("Quenby Motors had a hard week. Rivals cut Harlow Cars to size in the spring.\n\n"
            "Lenders cut Quenby Motors's credit line. The shares fell 6% on Friday.")
    assert _rows(text, every_mention(text, "Quenby Motors", "Harlow Cars")) == [("share", "Quenby Motors", -6.0)]


# 2. A pointer inside a live blog entry ("11:40 - Dockers call Ardent Ferries the ... . Its shares are up 2.4%") means a
# company of its own entry, not the topic of the entry printed above it (a later post, the blog written newest first);
# a capitalised word opening a coinage in quotation marks (the "Halvard hedge") is no second company of the entry.

_BLOG = ("Harbour strike day 2: live updates\n\n"
         "15:20 - Closing snapshot: Pellam Shipping ended down 3.1%.\n\n"
         "12:05 - Strategist Ivo Marsh of Quenby Partners: \"If Pellam cannot reroute, freight tightens again.\"\n\n"
         "11:40 - Dockers have started calling Ardent Ferries the \"Halvard hedge\". Its shares are up 2.4% today.\n\n"
         "09:10 - Good morning. Pellam Shipping said overnight that talks had resumed.")


def _blog_mentions(text: str) -> list[Mention]:
    return every_mention(text, "Pellam Shipping", "Quenby Partners", "Ardent Ferries") + [
        _mention(text, "Pellam", nth=1), _mention(text, "Ivo Marsh", kind="PERSON")]


def test_a_pointer_inside_a_live_blog_entry_stays_in_its_entry() -> None:
    assert _rows(_BLOG, _blog_mentions(_BLOG)) == [("share", "Pellam Shipping", -3.1), ("share", "Ardent Ferries", 2.4)]


def test_a_pointer_opening_its_entry_and_prose_without_stamps_read_as_before() -> None:
    # an entry that opens on the pointer has no sentence of its own before it: the blog's company, as before
    text = ("Harbour strike: live updates\n\n15:20 - Pellam Shipping ended down 3.1%, its worst day in a year.\n\n"
            "14:05 - Its shares had been down 5% at the open.")
    assert _rows(text, every_mention(text, "Pellam Shipping")) == [("share", "Pellam Shipping", -3.1), ("share", "Pellam Shipping", -5.0)]
    # plain prose: the topic two sentences back still wins over a name in an object's place
    prose = ("Pellam Shipping cut its forecast on Friday. Dockers started calling Ardent Ferries the winner of the strike. "
             "Its shares fell 3.1%.")
    assert _rows(prose, every_mention(prose, "Pellam Shipping", "Ardent Ferries")) == [("share", "Pellam Shipping", -3.1)]


# 3. A company fronted by "For" is what its sentence is about ("For X, a bad year got worse. The stock ..."): the
# pointer after it means X, not the topic of the headline above.

def test_a_company_fronted_by_for_is_the_topic_the_stock_points_back_to() -> None:
    text = ("Week in freight: Halvard strike splits Bergen\n\nBERGEN, June 13 (Coastline Wire) - For Pellam Shipping, a "
            "bad year got worse. The stock, which had lost 22% this year, ended the week down a further 9.5%.")
    mentions = every_mention(text, "Halvard", "Pellam Shipping") + [_mention(text, "Coastline Wire")]
    assert _rows(text, mentions) == [("share", "Pellam Shipping", -22.0), ("share", "Pellam Shipping", -9.5)]


def test_a_person_or_a_period_fronted_by_for_is_no_topic() -> None:
    text = ("Halvard Ports cut its dividend on Friday. For Ivo Marsh, a fund manager, the cut was overdue. "
            "The stock fell 4%.")
    mentions = [_mention(text, "Halvard Ports"), _mention(text, "Ivo Marsh", kind="PERSON")]
    assert _rows(text, mentions) == [("share", "Halvard Ports", -4.0)]
    text = "Halvard Ports cut its dividend on Friday. For the week, the stock fell 4%."
    assert _rows(text, [_mention(text, "Halvard Ports")]) == [("share", "Halvard Ports", -4.0)]


# 4. A headline's plural closing verb and its span without an article ("X restores service; shares end week down
# 11.8%") is a move over the week, as "ends outage week down" is.

def test_a_headlines_shares_end_week_down_is_a_move_over_the_week() -> None:
    text = ("Corbel restores all services; shares end week down 11.8%\n\nLONDON, June 13 (Coastline Wire) - Corbel "
            "Payments said on Friday that all shops could again take cards. Its shares rose 0.5% on Friday.")
    mentions = [_mention(text, "Corbel", name="Corbel Payments"), _mention(text, "Corbel Payments"),
                _mention(text, "Coastline Wire")]
    found = [(r.company, r.pct, r.period_start, r.period_end) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]
    assert found[0] == ("Corbel Payments", -11.8, date(2025, 6, 9), date(2025, 6, 13))
    assert found[1][:2] == ("Corbel Payments", 0.5)


def test_the_end_of_the_week_is_no_closing_verb() -> None:
    text = "Corbel Payments said its shares were 4% lower at the end of the day on Friday."
    found = [(r.company, r.pct, r.session_date) for r in extract_moves(text, PUB, [_mention(text, "Corbel Payments")]).itertuples()]
    assert found == [("Corbel Payments", -4.0, date(2025, 6, 13))]


# 5. A quantity held at a place or a firm ("deposits at Ostravian banks fell 1.3%") is no share move, though no name
# stands before its verb to carry the sentence's company over to it.

def test_a_quantity_held_at_banks_is_no_move() -> None:
    text = ("Ostwick Savings Bank's stock fell 4% on Friday after data published on Thursday showed deposits at Ostravian "
            "banks fell 1.3% in the week.")
    assert _rows(text, [_mention(text, "Ostwick Savings Bank")]) == [("share", "Ostwick Savings Bank", -4.0)]


def test_a_company_in_a_place_and_a_second_move_of_the_same_company_stay() -> None:
    text = "Ostwick Savings Bank fell 4% on Friday; Kelmark Credit in Lorian trading fell 2%."
    assert _rows(text, every_mention(text, "Ostwick Savings Bank", "Kelmark Credit")) == [
        ("share", "Ostwick Savings Bank", -4.0), ("share", "Kelmark Credit", -2.0)]
    text = "Ostwick Savings Bank fell 4% on Friday and fell a further 2% in late trade."
    assert _rows(text, every_mention(text, "Ostwick Savings Bank")) == [
        ("share", "Ostwick Savings Bank", -4.0), ("share", "Ostwick Savings Bank", -2.0)]


# 6. A clause opening with a company's listing or depositary receipts ("X's American depositary receipts fell 9.5%, a
# steeper drop than the 8.1% slide in ...") is the company's: the second figure is X's, not "X's American"'s.

def test_the_owner_of_depositary_receipts_opens_the_clause() -> None:
    text = ("In New York, Halvard Commercial Bank's American depositary receipts fell 9.5%, a steeper drop than the 8.1% "
            "slide in its Velda-listed shares.")
    assert _rows(text, []) == [("share", "Halvard Commercial Bank", -9.5), ("share", "Halvard Commercial Bank", -8.1)]


def test_a_company_named_with_a_possessive_keeps_its_name() -> None:
    # no listing nor receipts after the possessive: the name is the company's own ("Ridley's Kitchen Holdings")
    text = "Ridley's Kitchen Holdings rose 3%, its best day since a 9% jump in May."
    assert _rows(text, [_mention(text, "Ridley's Kitchen Holdings")]) == [
        ("share", "Ridley's Kitchen Holdings", 3.0), ("share", "Ridley's Kitchen Holdings", 9.0)]


# 7. A movers table printed in plain text, its columns aligned with spaces or collapsed to one by a page's cleaning:
# a header whose last column names a change ("Chg %"), then rows naming the company first and ending on a signed
# figure. Each row's last figure is the company's move on the article's session.

_PLAIN = ("The Velda index fell 0.8% on Friday. Kestrel Air was the worst performer.\n\n"
          "BIGGEST MOVERS, VELDA, FRIDAY\n"
          "Company               Last (NOK)   Chg %\n"
          "Ravnes Energy            318.40     +4.6\n"
          "Kestrel Air               54.30     -3.0\n\n"
          "Traders expect the moves to last.")


def test_a_plain_text_movers_table_is_read() -> None:
    mentions = every_mention(_PLAIN, "Ravnes Energy", "Kestrel Air")
    assert _rows(_PLAIN, mentions)[-2:] == [("share", "Ravnes Energy", 4.6), ("share", "Kestrel Air", -3.0)]
    collapsed = _PLAIN.replace("Company               Last (NOK)   Chg %\n", "Company Last (NOK) Chg %\n\n") \
        .replace("Ravnes Energy            318.40     +4.6\n", "Ravnes Energy 318.40 +4.6\n\n") \
        .replace("Kestrel Air               54.30     -3.0\n", "Kestrel Air 54.30 -3.0\n")
    mentions = every_mention(collapsed, "Ravnes Energy", "Kestrel Air")
    assert _rows(collapsed, mentions)[-2:] == [("share", "Ravnes Energy", 4.6), ("share", "Kestrel Air", -3.0)]


def test_a_plain_table_of_other_figures_is_no_movers_table() -> None:
    # no change column in the header, or one row only: no moves
    text = ("Kestrel Air cut jobs on Friday.\n\nSite            Jobs     Change\nHarlow           380       -20\n\n"
            "Company         Price    Volume\nRavnes Energy   318.40   +4.6\nKestrel Air      54.30   -3.0\n")
    assert _rows(text, every_mention(text, "Ravnes Energy", "Kestrel Air")) == []
