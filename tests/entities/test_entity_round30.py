"""Entity layer, round 30 (the twenty-ninth corpus as a dev corpus): general mechanisms that typed a non-name as an
organisation, each on invented sentences, with what it must leave alone.

Every company, person and place here is fictional.
"""
from __future__ import annotations

from test_entity_round10 import _people_orgs


# 1. A listing code with its exchange's suffix in a table row ("BRAVK.TO   C$41.88") is a code, no organisation (nor
# is the stray "C" of "C$" glued to it); the company named in prose is kept.
def test_a_listing_code_in_a_table_is_no_organisation() -> None:
    text = ("Brevakin Instruments fell 4% on Monday after the payment glitch.\n\n"
            "Ticker     Close      1-day\n"
            "BRVK.TO    C$41.88    -4.2%\n"
            "OLMQ.ST    -5.9%\n")
    found = _people_orgs(text)
    assert not any(".TO" in n or ".ST" in n for n in found), found
    assert "Brevakin Instruments" in found, found


# 2. A fiscal period written as one token ("FY2031", "2Q31") and an earnings measure of the EBIT family ("EBITA") are
# no organisations; a company with a capitalised name next to them stays.
def test_a_fiscal_period_and_an_earnings_measure_are_no_organisations() -> None:
    text = ("Tolvenmark Robotics reported FY2031 net sales of 7.9 billion kronor and an adjusted EBITA margin of "
            "22.6%. Tolvenmark Robotics said its 2Q31 orders would rise.\n")
    found = _people_orgs(text)
    assert not {"FY2031", "EBITA", "2Q31"} & found, found
    assert "Tolvenmark Robotics" in found, found


# 3. An analyst's rating after "the stock" with a rating verb, or after a ticker's bracket in a note's ratings list,
# is a rating; the companies in the list stay.
def test_a_rating_after_the_stock_or_a_ticker_bracket_is_no_organisation() -> None:
    text = ("Marisol Quennet, an analyst at Harrowgate Research, which rates the stock Neutral, said the sell-off was "
            "overdone. Calloway Mutual Holdings fell 6% on Thursday.\n\n"
            "Ratings: Calloway Mutual Holdings (CLMH) Neutral; Penwith Home Assurance Corp (PWHA) Underperform; "
            "Brisco Re Ltd (BRSR) Neutral.\n")
    found = _people_orgs(text)
    assert "Neutral" not in found, found
    assert {"Harrowgate Research", "Calloway Mutual Holdings"} <= found, found


# 4. A one-word platform a post went on ("posted a statement on Quillbook", "In a post on Quillbook") is no
# organisation; the same name as the subject of its own news stays one.
def test_the_platform_of_a_post_is_no_organisation() -> None:
    text = ("On Tuesday evening Harald Vennberg posted a statement on Quillbook. In a post on Quillbook, he said he "
            "had not resigned.\n")
    found = _people_orgs(text)
    assert "Quillbook" not in found, found
    assert "Harald Vennberg" in found, found
    kept = "Quillbook said on Monday it would cut 400 jobs, and Quillbook shares fell 3%.\n"
    assert "Quillbook" in _people_orgs(kept)


# 5. A company's own board ("The Board of Directors of Ostravel AB", later "the Board") is no organisation of its own;
# a central bank's "Board of Governors" is left to the other rules, and the company stays.
def test_a_companys_board_is_no_organisation() -> None:
    text = ("The Board of Directors of Ostravel Systems AB announces that the chief executive has left. Ostravel "
            "Systems said the Board would name a successor. Members of the Board met on Sunday.\n")
    found = _people_orgs(text)
    assert not {"Board of Directors", "Board"} & found, found
    assert any(n.startswith("Ostravel Systems") for n in found), found


# 6. A title word cut from its office ("Head of Investor Relations", where "Relations" is no name) is no organisation
# "Head"; the person and the company of the contact line stay.
def test_a_title_before_its_office_is_no_organisation() -> None:
    text = ("Ostravel Systems said on Monday its chief executive had left.\n\n"
            "Contacts: Lisbet Varnhem, Head of Investor Relations, ir@ostravel.example\n")
    found = _people_orgs(text)
    assert "Head" not in found, found
    assert "Ostravel Systems" in found, found
