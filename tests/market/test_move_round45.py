"""Round 45 (moves38): classes of market prose counted across the read corpora and real news text, each tried on
invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import _brief_in_small_letters, _without_dateline, extract_moves
from analysis.market.grammar import sentence_moves
from analysis.market.phrases import clean_name
from test_move_round21 import every_mention

PUB = date(2026, 10, 14)  # a Wednesday


def _rows(text: str, mentions: list[tuple[int, int, str, str, str]]) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


def _headline_orgs(text: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str, str]]:
    """The entity layer's organisations of a headline, set just past its end as the pipeline sets them."""
    at = text.index("\n") + 1
    return [(at, at, surface, name, "ORG") for surface, name in names]


def _body_orgs(text: str, *names: str) -> list[tuple[int, int, str, str, str]]:
    """An organisation mention for every occurrence of each name below the headline."""
    return [m for m in every_mention(text, *names) if m[0] > text.index("\n")]


def _moves(sentence: str) -> list[tuple[str, float]]:
    return [(a.subject.name or a.subject.head, a.figure.value * a.figure.sign) for a in sentence_moves(sentence)]


# 1. A headline's bare "shares" after a semicolon whose first clause has no company for a subject ("US court voids
# Acme's patents; shares sink 27%", "UK to strip Acme of a rail contract; shares slump 35%") are the one organisation
# the headline names, else the one of them the text writes as a stock's.

def test_a_headline_shares_after_a_clause_about_the_company() -> None:
    text = ("Court voids Brantor's Zelvia patents; shares sink 27%\n\n"
            "Brantor Pharma (BRN.N) sank 26.8% on Tuesday after a judge ruled two patents invalid.")
    mentions = _headline_orgs(text, ("Brantor", "Brantor Pharma")) + _body_orgs(text, "Brantor Pharma")
    assert _rows(text, mentions) == [("share", "Brantor Pharma", -27.0), ("share", "Brantor Pharma", -26.8)]


def test_a_headline_naming_two_organisations_takes_the_one_written_as_a_stock() -> None:
    text = ("Ministry to strip Calloway of Vessing rail contract; shares slump 35%\n\n"
            "Shares in Calloway (CLW.L) were down 34.8% by midday.")
    mentions = _headline_orgs(text, ("Calloway", "Calloway"), ("Vessing", "Vessing")) + _body_orgs(text, "Calloway")
    assert _rows(text, mentions) == [("share", "Calloway", -35.0), ("share", "Calloway", -34.8)]


def test_a_headline_naming_two_organisations_neither_a_stock_stays_unread() -> None:
    text = "Regulator fines Calloway and Vessing; shares fall 3%\n\nThe fines total 5 million pounds."
    mentions = _headline_orgs(text, ("Calloway", "Calloway"), ("Vessing", "Vessing"))
    assert _rows(text, mentions) == []


# 2. A wire dateline with no place, its date and agency alone ("Sept 16 (Example Wire) -"), is no company: a later
# "the Leeds-based company" points past it to the company its sentence names.

def test_a_dateline_of_date_and_agency_is_no_company() -> None:
    assert _without_dateline("Sept 16 (Example Wire) - Dunmore Foods said") == " " * 25 + "Dunmore Foods said"
    text = ("Sept 16 (Example Wire) - Dunmore Foods Inc on Tuesday announced a share buyback.\n"
            "Shares of the Leeds-based company rose 6.3% in morning trade.")
    assert _rows(text, every_mention(text, "Dunmore Foods Inc")) == [("share", "Dunmore Foods Inc", 6.3)]
    # left alone: a day in brackets after a date is a list's label, no agency
    assert _without_dateline("March 3 (Monday) - Dunmore fell") == "March 3 (Monday) - Dunmore fell"


# 3. A wire brief's bullet set in capitals ("* SHARES UP 5.3% IN EARLY TRADE; STOCK LOST 10.4% LAST WEEK") is read in
# small letters; its bare shares are the brief's one company.

def test_a_wire_brief_in_capitals() -> None:
    text = ("BRIEF-Harvell to cut return fees\n\nOct 14 (Example Wire) - Harvell SE:\n"
            "* SAYS RETURN FEES WILL FALL FOR MOST CUSTOMERS\n"
            "* SHARES UP 5.3% IN EARLY TRADE; STOCK LOST 10.4% LAST WEEK\n")
    assert _rows(text, every_mention(text, "Harvell SE") + every_mention(text, "Harvell")) == \
        [("share", "Harvell", 5.3), ("share", "Harvell", -10.4)]


def test_a_line_in_capitals_read_in_small_letters() -> None:
    assert _brief_in_small_letters("KELSO SHARES FALL 4 PCT AFTER RESULTS") == "KELSO shares fall 4 pct after results"
    assert _brief_in_small_letters("* SHARES UP 5.3% IN EARLY TRADE") == "* Shares up 5.3% in early trade"
    # left alone: a line with small letters, a name before "shares" with a figure in it, too few words in capitals
    assert _brief_in_small_letters("Kelso shares fell 4%") == "Kelso shares fell 4%"
    said = "* SAYS BOARD APPROVED BUYBACK OF UP TO 5% OF SHARES"
    assert _brief_in_small_letters(said) == "* Says board approved buyback of up to 5% of shares"
    assert _rows(said, []) == []
    assert _brief_in_small_letters("KELSO STOCK +4%") == "KELSO STOCK +4%"


# 4. "The stock" opening a paragraph is the organisation named most before it, unless the article told no move of it
# while every move told before was one other company's: a selling shareholder named more often is no stock of the story.

_SALE = ("Shares of Dunmore Foods fell 11% on Wednesday after its founder sold stock.\n\n"
         "Private-equity backer Ellory Capital sold a further 4 million shares. Ellory Capital's holding falls to 13.7%. "
         "Ellory Capital first invested in 2021.\n\n"
         "The stock fell as much as 13.8% before paring losses.")


def test_the_stock_is_not_the_selling_shareholder_named_more_often() -> None:
    mentions = every_mention(_SALE, "Dunmore Foods") + every_mention(_SALE, "Ellory Capital")
    assert _rows(_SALE, mentions) == [("share", "Dunmore Foods", -11.0), ("share", "Dunmore Foods", -13.8)]


def test_the_stock_stays_the_company_named_most_when_it_moved_too() -> None:
    text = _SALE.replace("Ellory Capital first invested in 2021.", "Ellory Capital itself rose 2%.")
    mentions = every_mention(text, "Dunmore Foods") + every_mention(text, "Ellory Capital")
    assert _rows(text, mentions)[-1] == ("share", "Ellory Capital", -13.8)


# 5. "the <kind of shop> chain" stands for a company ("The convenience-store chain added 5.1%").

def test_a_chain_stands_for_a_company() -> None:
    text = "Dunmore Stores (DUN) — The convenience-store chain added 5.1% after it beat estimates."
    assert _rows(text, every_mention(text, "Dunmore Stores")) == [("share", "Dunmore Stores", 5.1)]


# 6. A move noun whose object is a business quantity stays no move when a month or a customer's name follows the
# quantity ("a 12% drop in sales in February"); a descriptor before a name still leads to the name.

def test_a_drop_in_sales_in_a_month_is_no_move() -> None:
    assert _moves("Kelso fell 8.9% after the retailer cut its outlook, citing a 12% drop in sales in February.") == \
        [("Kelso", -8.9)]
    assert _moves("Kelso fell 8.9%, citing a 9% fall in orders from Brantor.") == [("Kelso", -8.9)]
    assert _moves("Kelso fell 8.9%, after a 12% gain for rival Brantor.") == [("Kelso", -8.9), ("Brantor", 12.0)]


# 7. An appositive figure right after a business quantity given in money is that quantity's change ("reported revenue
# of ₹2,860 crore for the year, up 18%", "raised its wage to $17.25 an hour, an increase of 4.5%"); after a price or
# a value it may be the stock's.

def test_an_appositive_after_a_business_amount_is_no_move() -> None:
    assert _moves("Kelso reported revenue of ₹1,940 crore for the year ended March 31, up 18%, with a margin of 21%.") == []
    assert _moves("Kelso raised its starting wage to $16.40 an hour in May, an increase of 4.5%, its union said.") == []
    assert _moves("Kelso posted a profit of about $3 million, up 12%.") == []
    # left alone: a share's price or a record, and a move after a business amount in a clause of its own
    assert _moves("Kelso closed at $35.95, up 4%.") == [("Kelso", 4.0)]
    assert _moves("Kelso shares rose to a record of $35.95, up 4%.") == [("Kelso", 4.0)]
    assert _moves("Kelso posted revenue of $3 billion, and its shares rose 4%.") == [("Kelso", 4.0)]


# 8. A company named after its founder's first name keeps the possessive in its name ("Casey's General Stores", "Ollie's
# Bargain Outlet"); a surname, a person's full name or a place as owner still owns the company after it.

def test_a_store_named_after_its_founders_first_name() -> None:
    assert clean_name("Ollie's Harbour Outfitters", 0) == ("Ollie's Harbour Outfitters", 0, 26)
    text = "Ollie's Harbour Outfitters (OHO) — The outdoor-gear chain added 4.2% after it beat estimates."
    assert _rows(text, every_mention(text, "Ollie's Harbour Outfitters")) == \
        [("share", "Ollie's Harbour Outfitters", 4.2)]
    # left alone: a place or a surname as owner, a given name owning no capitalised name
    assert clean_name("Finland's Kelso Lumber", 0) == ("Kelso Lumber", 10, 22)
    assert clean_name("Brantor's Kelso Lumber", 0) == ("Kelso Lumber", 10, 22)
    assert _moves("Ollie's shares fell 2%.") == [("Ollie", -2.0)]


# 9. "DJIA", the Dow Jones Industrial Average's usual abbreviation, is an index, as a page's market strip prints it.

def test_the_djia_is_an_index() -> None:
    text = "DJIA 41,208.18 -0.41% | S&P 500 5,824.69 +0.26%"
    assert _rows(text, []) == [("index", "DJIA", -0.41), ("index", "S&P 500", 0.26)]


# 10. Two demonyms joined by a hyphen before a name ("Franco-Italian Acme", "Anglo-Dutch Kelso") are the company's
# nationality, no part of its name; a name that is such a word with no hyphen stays whole ("Anglo American").

def test_a_compound_nationality_before_a_name() -> None:
    assert _moves("Shares of Franco-Italian Kelso have fallen about 30% this year.") == [("Kelso", -30.0)]
    assert _moves("Anglo-Dutch Brantor Energy fell 3%.") == [("Brantor Energy", -3.0)]
    # left alone: a company called so, and such a word before a common noun
    assert _moves("Anglo Brantor fell 3%.") == [("Anglo Brantor", -3.0)]
    assert _moves("The Franco-German venture fell 3%.") == []


# 11. A relative clause after an appositive of an owner's name and a common noun ("X, Y's partner for Z in Europe, which
# slid 7.8%") is on the appositive's head, that is X, not on a name inside the appositive.

def test_a_relative_clause_after_an_owned_appositive() -> None:
    assert _moves("The biggest loser was Kelso Pharma, Brantor's partner for Zelvia in Europe, which slid 7.8 per cent.") \
        == [("Kelso Pharma", -7.8)]
    assert _moves("Among the losers was Kelso Pharma, Brantor's partner in Europe, which slid 7.8 per cent.") == \
        [("Kelso Pharma", -7.8)]
    # left alone: a relative clause right on a name, with an owner's name inside it
    assert _moves("Shares of Kelso, which owns Brantor's old plant, rose 3%.") == [("Kelso", 3.0)]
