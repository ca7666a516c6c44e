"""Round 64 (moves64): share-move rules from the misses and extras of the dev corpora, each tried on invented text (no
word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import ticker_company
from tests.market.test_market_round63 import _orgs
from tests.move_helpers import move_rows

MONDAY = date(2026, 3, 9)


# 1. A strip of tickers that also quotes the market's indices ("DJIA +0.8% | S&P 500 +0.6% | KLDK +4.2%"): the indices
# are index rows, the tickers the companies' moves; an index cell no longer throws the whole strip away.

def test_a_strip_with_index_cells_keeps_its_companies() -> None:
    text = ("DJIA +0.8% | S&P 500 +0.6% | KLDK +4.2% | ORVS -1.1%\n\n"
            "Kellar Docks (NYSE: KLDK) rose 4.2% after its results, while Orlen Vasko (NYSE: ORVS) fell 1.1%.")
    rows = move_rows(text, "Kellar Docks", "Orlen Vasko", "KLDK", "ORVS", published=MONDAY)
    assert rows[:4] == [("index", "DJIA", 0.8), ("index", "S&P 500", 0.6), ("share", "KLDK", 4.2),
                        ("share", "ORVS", -1.1)] or rows[:4] == [
        ("index", "DJIA", 0.8), ("index", "S&P 500", 0.6), ("share", "Kellar Docks", 4.2), ("share", "Orlen Vasko", -1.1)]
    # a strip of indices alone is no strip of moves of companies: the grammar reads it as before
    only = move_rows("DJIA +0.8% | S&P 500 +0.6%\n\nKellar Docks rose 4.2%.", "Kellar Docks", published=MONDAY)
    assert ("share", "Kellar Docks", 4.2) in only and all(kind == "index" or company == "Kellar Docks"
                                                          for kind, company, _pct in only)


def test_a_strip_ticker_the_prose_writes_with_an_exchange_suffix() -> None:
    # "GRFX" abbreviates no name of the article; the prose writes it "GRFX.O" after the company's name
    mentions = _orgs("Grayfield Holdings", "Grayfield Holdings")
    mentions = type(mentions)([*mentions, (300, 306, "GRFX.O", "Grayfield Holdings", "ORG")])
    named = ticker_company("GRFX", mentions)
    assert named is not None and named.name == "Grayfield Holdings"
    # another ticker's suffix is not these letters
    assert ticker_company("GRFQ", mentions) is None


# 2. "The shares" opening a paragraph of an article whose headline opens on a company: that company's stock, not the
# firm the body names more often (the pharmacy it buys).

def test_the_shares_of_a_paragraph_are_the_headline_subjects() -> None:
    text = ("Kellar Docks trims outlook, weighs buying courier Orlen Vasko\n\n"
            "Kellar Docks on Monday reported a 12% rise in revenue and described its ties to Orlen Vasko, a courier.\n\n"
            "Orlen Vasko delivers parcels for retailers. Orlen Vasko has 40 depots, and Orlen Vasko hires drivers.\n\n"
            "The shares rose 3.3% on Monday.")
    assert move_rows(text, "Kellar Docks", "Orlen Vasko", published=MONDAY) == [("share", "Kellar Docks", 3.3)]
    # a headline that opens on no company leaves the most-named company
    text = ("Courier deal draws scrutiny\n\n"
            "Kellar Docks on Monday described its ties to Orlen Vasko, a courier.\n\n"
            "Orlen Vasko delivers parcels. Orlen Vasko has 40 depots, and Orlen Vasko hires drivers.\n\n"
            "The shares rose 3.3% on Monday.")
    assert move_rows(text, "Kellar Docks", "Orlen Vasko", published=MONDAY) == [("share", "Orlen Vasko", 3.3)]


# 3. A currency's letters before its dollar sign ("C$41.20", "HK$3.10") are a price, never a company "C".

def test_a_currency_before_its_dollar_sign_is_no_name() -> None:
    text = "The stock closed in a small decrease of 2.2% at C$41.20 on Monday."
    assert move_rows(text, "Kellar Docks", published=MONDAY) == []
    assert move_rows("Kellar Docks fell 2.2% to C$41.20 on Monday.", "Kellar Docks", published=MONDAY) == [
        ("share", "Kellar Docks", -2.2)]


# 4. Prose translated from German or French: "the paper" / "the title" is the stock, "again" may stand between the verb
# and its figure, and "closed with a plus of" is "closed up".

def test_translated_words_for_the_stock() -> None:
    names = ("Kellar Docks",)
    assert move_rows("Kellar Docks reported results. On Thursday the title has dropped again 3.6% in Zurich.", *names,
                     published=MONDAY) == [("share", "Kellar Docks", -3.6)]
    assert move_rows("Kellar Docks reported results. In Vienna the paper closed with a plus of 3.1 percent.", *names,
                     published=MONDAY) == [("share", "Kellar Docks", 3.1)]
    assert move_rows("Kellar Docks fell again 3.2% on Tuesday.", *names, published=MONDAY) == [
        ("share", "Kellar Docks", -3.2)]
    # a book's title and a newspaper stay what they are
    assert move_rows("Kellar Docks published a novel. The title sold 40,000 copies in 3 weeks.", *names,
                     published=MONDAY) == []
    assert move_rows("The paper said Kellar Docks rose 3%.", *names, published=MONDAY) == [("share", "Kellar Docks", 3.0)]


# 5. A level against the stock's own record ("is 17.4% below its March 2 record close", "40% below the June peak"):
# a move since that mark, as "below its March 2 close" and "below its record peak" already were.

def test_a_level_below_a_record_close_or_the_peak() -> None:
    text = "Kellar Docks shares fell 3% on Monday. The stock is 17.4% below its March 2 record close."
    assert move_rows(text, "Kellar Docks", published=MONDAY) == [("share", "Kellar Docks", -3.0),
                                                                  ("share", "Kellar Docks", -17.4)]
    text = "Kellar Docks shares fell 3% on Monday. The stock is 18% below the June peak."
    assert move_rows(text, "Kellar Docks", published=MONDAY) == [("share", "Kellar Docks", -3.0),
                                                                  ("share", "Kellar Docks", -18.0)]


# 6. A fund the appositive calls listed ("X, the listed fund of ...", "the Zurich-listed fund that holds ...") is a
# company whose shares trade: its figures are share moves, and the figure of a move noun after it ("after a 1.7% slide")
# is its own, not the investor's company named in the appositive.

def test_a_listed_fund_moves_as_a_share() -> None:
    names = ("Kellar Docks", "Orlen Vasko Holdings", "Jane Roe")
    text = "In Zurich, Orlen Vasko Holdings, the listed fund of Kellar Docks backer Jane Roe, lost 3.9% after a 1.7% slide."
    assert move_rows(text, *names, published=MONDAY) == [("share", "Orlen Vasko Holdings", -3.9),
                                                         ("share", "Orlen Vasko Holdings", -1.7)]
    text = "Orlen Vasko Holdings, the Zurich-listed fund that owns some of the stake, ended down 2.4% in Zurich."
    assert move_rows(text, *names, published=MONDAY) == [("share", "Orlen Vasko Holdings", -2.4)]
    # a fund that is not called listed stays an index row
    text = "Orlen Vasko Holdings, the fund that holds Kellar Docks shares, is down 15.9%."
    assert move_rows(text, *names, published=MONDAY) == [("index", "Orlen Vasko Holdings", -15.9)]


# 7. A number word alone opening a sentence ("Seven outside directors said ...") is no company, and a person the
# article names (in a headline the mentions do not cover too) is no company a later "the shares" points back to; "sent
# the shares up 9%" is the stock's move, not the sender's.

def test_a_number_word_is_no_company() -> None:
    text = ("Seven outside directors of Kellar Docks said on Wednesday that the founder had begun talks, as the "
            "company's shares gave up some of Tuesday's 8% jump.")
    assert all(company != "Seven" for _kind, company, _pct in move_rows(text, "Kellar Docks", published=MONDAY))
    assert move_rows("Six Flags fell 4% and Ten Acre Foods rose 2%.", published=MONDAY) == [
        ("share", "Six Flags", -4.0), ("share", "Ten Acre Foods", 2.0)]


def test_the_shares_a_person_sent_up_are_no_persons() -> None:
    from analysis.market.extract import extract_moves
    text = ("Analysis: Roe's $90 post leaves holders wondering who pays\n\n"
            "When Jane Roe wrote to her readers on Tuesday that she had backing to buy out Kellar Docks, she sent "
            "the shares up 9%.")
    roe, docks = text.index("Jane Roe"), text.index("Kellar Docks")
    mentions = [(roe, roe + 8, "Jane Roe", "Jane Roe", "PERSON"), (docks, docks + 12, "Kellar Docks", "Kellar Docks", "ORG")]
    rows = extract_moves(text, MONDAY, mentions)
    assert all(company not in ("Roe", "Jane Roe") for company in rows["company"])  # (the company is left unread)


# 8. A head strip's cell may give its sign by an arrow ("KELLAR ▼12.5%"), and a name of words in capitals is the
# article's organisation written so in words ("ORLEN VASKO" Orlen Vasko).

def test_a_head_strip_with_arrows_and_names_in_capitals() -> None:
    from analysis.market.strips import head_strip_rows
    from tests.market.test_market_round63 import _head
    rows = head_strip_rows(_head("KELLAR ▼12.5%  ORLEN VASKO ▲4.1%  HSI 17,000.1 -1.2%"), MONDAY,
                           _orgs("Kellar", "Orlen Vasko"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar", -12.5), ("Orlen Vasko", 4.1)]
    # a name in capitals the article does not write in words stays unread
    rows = head_strip_rows(_head("KELLAR ▼12.5%  BRANDT WORKS ▲4.1%"), MONDAY, _orgs("Kellar"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar", -12.5)]


# 9. "On the next trading day" after a day the sentence names, however far back ("On Feb 5 it withdrew its outlook ...,
# and the shares lost 9.5% on the next trading day"): the session after that day, not the publication's.

def test_the_next_trading_day_after_a_day_the_sentence_names() -> None:
    from tests.move_helpers import move_days
    text = ("On Feb 5 it withdrew its outlook for the year that ends in March and said it would skip a "
            "dividend, and the shares of Kellar Docks lost 9.5% on the next trading day, the most allowed.")
    assert move_days(text, "Kellar Docks", published=MONDAY) == [("Kellar Docks", -9.5, "2026-02-06", "", "")]
    # a Friday's next trading day is the Monday after it
    text = "On Friday Kellar Docks withdrew its outlook, and the shares lost 9.5% the next day."
    assert move_days(text, "Kellar Docks", published=MONDAY) == [("Kellar Docks", -9.5, "2026-03-09", "", "")]


# 10. Prose translated from German names the stock "the Acme share" and its sign "with plus": "In Vienna the Kellar
# share closed on Wednesday with plus 4.2 percent" is Kellar's move.

def test_the_named_share_in_the_singular_and_with_plus() -> None:
    text = "In Vienna the Kellar share closed on Wednesday with plus 4.2 percent at 58 euros."
    assert move_rows(text, "Kellar", published=MONDAY) == [("share", "Kellar", 4.2)]
    assert move_rows("The Kellar share fell 2.3 percent on Monday.", "Kellar", published=MONDAY) == [
        ("share", "Kellar", -2.3)]
    # a sum with a surcharge stays no move
    assert move_rows("Kellar sold the unit for $3 with plus 5% in fees.", "Kellar", published=MONDAY) == []


# 11. "as" before a role that closes its phrase ("stepped down as chief executive on March 2") names the role: the
# "since" clause runs on to its day, a span from that day; "as chief executive Jane Roe quit" is still a clause of its own.

def test_since_a_clause_with_a_role_dated_after_it() -> None:
    from datetime import date as _date

    from tests.move_helpers import move_days
    tuesday = _date(2026, 3, 10)
    text = "Kellar Docks has lost 8.8% since Jane Roe stepped down as chief executive on March 2."
    assert move_days(text, "Kellar Docks", published=tuesday) == [("Kellar Docks", -8.8, "", "2026-03-02", "2026-03-10")]
    text = "Kellar Docks has lost 7.7% in the four sessions since Jane Roe stepped down as chief executive on March 2."
    assert move_days(text, "Kellar Docks", published=tuesday) == [("Kellar Docks", -7.7, "", "2026-03-02", "2026-03-10")]
    text = "Kellar Docks fell 3% as chief executive Jane Roe quit on Monday."
    assert move_days(text, "Kellar Docks", published=tuesday) == [("Kellar Docks", -3.0, "2026-03-10", "", "")]
