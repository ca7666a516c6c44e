"""Round 66 (moves): share-move rules of plain grammar and wire convention, each tried on invented text (no word, name
or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from analysis.market.moves import sentence_region
from analysis.market.phrases import classify_name, demonym_short_names
from analysis.market.strips import head_strip_rows
from tests.market.test_market_round63 import _head, _orgs
from tests.market.test_move_round21 import _mention, every_mention
from tests.move_helpers import PUB, move_days, move_rows


# 1. A common acronym the lexicon reads as no company (a technical term: "LFP", a battery chemistry) that opens the
# name of the article's company is that company's short form ("LFP Mobility ... LFP ended 12% lower").

def test_a_term_acronym_opening_the_company_name_is_its_short_form() -> None:
    text = ("LFP Mobility said its finance chief had quit. LFP ended 12% lower at 410p. LFP shares were down 9.5% by "
            "1400 GMT.")
    assert move_rows(text, "LFP Mobility") == [("share", "LFP Mobility", -12.0), ("share", "LFP Mobility", -9.5)]
    assert demonym_short_names(["LFP Mobility"]) == {"LFP": "LFP Mobility"}
    # left alone: the term in an article that names no company opening with it stays no company
    assert classify_name("LFP") == "reject"
    assert move_rows("Kellar Motors said LFP cells cut costs. LFP prices fell 12% this year.", "Kellar Motors") == []


# 2. A relative clause on the subject that lists names after "including" ("X, which owns brands including A and B,
# fell 23%"): the clause closes at its comma and the verb is X's; "..., including X, off 2%" (a bare direction after
# the comma) stays X's.

def test_a_list_inside_a_relative_clause_is_not_the_subject() -> None:
    text = "Shares in Kellar, which owns labels including Brightwave and Tallis Home, fell 23 per cent to 299.9p."
    assert move_rows(text, "Kellar", "Brightwave", "Tallis Home") == [("share", "Kellar", -23.0)]
    text = "Kellar, which owns labels including Brightwave and Tallis Home, fell 23% on the day."
    assert move_rows(text, "Kellar", "Brightwave", "Tallis Home") == [("share", "Kellar", -23.0)]
    # left alone: an agent in apposition before a bare direction
    text = "Retailers fell, including Brightwave, down 4%."
    assert move_rows(text, "Brightwave") == [("share", "Brightwave", -4.0)]


# 3. A brand named after its owner ("its Kellar and Tarn brands", "Kellar" the entity layer's short form of "Kellar
# Foods"): the brand is no stock, but the company stays the subject of its own move.

def test_a_brand_named_after_its_owner_leaves_the_owner_a_company() -> None:
    text = ("Bexley fell 1.1%. Kellar Foods, which wrote down the value of its Kellar and Tarn brands by $2 billion, "
            "was down 26% in New York.")
    mentions = sorted([*every_mention(text, "Bexley", "Kellar Foods"),
                       _mention(text, "Kellar", name="Kellar Foods", nth=1), _mention(text, "Tarn", "PERSON")])
    rows = extract_moves(text, PUB, mentions)
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("Bexley", -1.1), ("Kellar Foods", -26.0)]


# 4. "its shares" after a participle, when the nearest name is a conjunct of a thing the company owns ("its Brightwave
# crackers and recently acquired Tallis snacks"): the company, not the brand.

def test_a_conjunct_of_an_owned_thing_owns_no_its() -> None:
    text = ("(Bexley Wire) - Kellar Foods reported higher profit on Thursday as its Brightwave crackers and recently "
            "acquired Tallis snacks offset weak soup sales, sending its shares up 4.3 percent.")
    assert move_rows(text, "Kellar Foods", "Tallis") == [("share", "Kellar Foods", 4.3)]
    # left alone: a name opening a clause of its own after "its <noun> <verb> and" keeps its shares
    text = "Kellar Foods said its profit rose and Tallis Group shares fell 3%."
    assert move_rows(text, "Kellar Foods", "Tallis Group") == [("share", "Tallis Group", -3.0)]


# 5. A second verb after ", then" has the first verb's subject, whatever names the clause in between holds.

def test_a_verb_after_then_has_the_earlier_subject() -> None:
    text = ("Kellar said it would cut jobs. The stock surged 31% on Thursday after regulators said Kellar equipment did "
            "not cause the 2017 Tarn Fire, then slipped 2.4% on Friday.")
    assert move_days(text, "Kellar") == [("Kellar", 31.0, "2026-03-05", "", ""), ("Kellar", -2.4, "2026-03-06", "", "")]
    # left alone: a name of its own after "then"
    text = "Kellar rose 3% on Thursday, then Bexley fell 2% on Friday."
    assert move_rows(text, "Kellar", "Bexley") == [("share", "Kellar", 3.0), ("share", "Bexley", -2.0)]


# 6. A sentence opening on a conjunction before its adverbial ("And on Thursday, X said ...") has X as its topic: a
# later "The shares fell 1.7%" is X's, not the company of the sentence before.

def test_a_conjunction_before_a_fronted_adverbial_keeps_the_topic() -> None:
    text = ("Kellar Foods fell. Bexley's shifted its outlook to negative on Tuesday. And on Thursday, Kellar Foods said "
            "in a filing that it would not file its annual report on time because its review was still under way. The "
            "shares fell 1.7% that day.")
    assert move_rows(text, "Kellar Foods", "Bexley") == [("share", "Kellar Foods", -1.7)]


# 7. A stocks-to-watch rundown whose labels are names in capitals ("KELLAR FOODS: ...", "TBK: ..."): a one-word label
# the entity layer knows as an organisation is that entry's company for "Shares were indicated down 2.8%".

def test_a_one_word_label_of_a_rundown_names_its_entry() -> None:
    text = ("Stocks to watch\n\nKELLAR FOODS: The grocer is indicated 2% higher after falling 11.5% yesterday. Bexley "
            "Brokers moved its rating to \"under review\".\n\nTBK: The lender reported a 33% fall in annual profit and "
            "said it would cut costs. Shares were indicated down 2.8%.\n\nOCEAN RETAIL: The chain said sales rose.\n")
    mentions = sorted([*every_mention(text, "Bexley Brokers", "TBK"), _mention(text, "KELLAR FOODS", name="Kellar Foods"),
                       _mention(text, "OCEAN RETAIL", name="Ocean Retail")])
    rows = extract_moves(text, PUB, mentions)
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("Kellar Foods", 2.0), ("Kellar Foods", -11.5),
                                                                ("TBK", -2.8)]


# 8. A quotation closed by its comma and then its speaker, a company ('"...," Kellar Health said in a statement.'): the
# company is that sentence's topic, what a later "The shares" means.

def test_a_company_that_speaks_after_its_quote_is_the_topic() -> None:
    text = ("Kellar Health said it hired Tarn Group to lead a review. Tarn Group, the firm its founder set up, will "
            "report to the board.\n\n\"The board is committed to a thorough process,\" Kellar Health said in a "
            "statement.\n\nThe shares closed at 1,722 pence, down 3.4% so far this year.")
    assert move_rows(text, "Kellar Health", "Tarn Group") == [("share", "Kellar Health", -3.4)]
    # left alone: a person who speaks is no company; the topic stays that of the sentence before
    text = ("Kellar Health said it hired Tarn Group to lead a review.\n\n\"We are committed,\" Jane Roe said. The shares "
            "fell 3.4%.")
    assert move_rows(text, "Kellar Health", "Tarn Group") == [("share", "Kellar Health", -3.4)]


# 9. A chronology's line with its weekday before the date ("Tuesday, March 3 - ...") or its day before the month
# ("3 March - ..."): the line's day is every move's on it, and "The shares" on it is the company its first sentence
# tells of, not one the line before ended on.

def test_a_chronology_line_with_a_weekday_or_a_day_first_date() -> None:
    text = ("Timeline\n\nTuesday, March 3 - Bexley removes Kellar products from its website. Kellar shares fall a "
            "further 18% to 245.9p. Tarn Retail removes Kellar products late in the evening.\n\nWednesday, March 4 - "
            "Kellar appoints a lawyer to lead a review of its supply chain. The shares rebound 12.4% to 276.4p. Ocean "
            "Market removes Kellar listings from its site.\n\n5 March - Penfold Funds says it has sold most of its Kellar "
            "shares. The stock slips 3.3% to 267.3p.\n")
    assert move_days(text, "Kellar", "Bexley", "Tarn Retail", "Ocean Market", "Penfold Funds") == [
        ("Kellar", -18.0, "2026-03-03", "", ""), ("Kellar", 12.4, "2026-03-04", "", ""),
        ("Kellar", -3.3, "2026-03-05", "", "")]


# 10. A quantifier opening a sentence ("Few things ...", "Such moves ...") is no company's name.

def test_a_quantifier_opening_a_sentence_is_no_name() -> None:
    text = ("Kellar Foods had a bad week. Few things unsettle a board like a 22% share price fall before lunch. "
            "Yesterday the company hit back, and the shares rose 7.9%.")
    assert move_rows(text, "Kellar Foods") == [("share", "Kellar Foods", 7.9)]


# 11. The term acronym of rule 1 written alone after the full name is a mention of the company for "the shares" too.

def test_a_term_acronym_short_form_is_the_topic_of_a_quote() -> None:
    text = ("LFP Mobility hired Tarn Group to lead a review. Tarn Group will report to the board.\n\n\"We are committed "
            "to a thorough process,\" LFP said.\n\nThe shares closed down 3.4%.")
    assert move_rows(text, "LFP Mobility", "Tarn Group") == [("share", "LFP Mobility", -3.4)]


# 12. Quote strips: a cell giving its change in points and its percent in one bracket ("KLDK 8.38 (-9.22, -52.4%)"); a
# cell of a company by the short form of rule 1; a ticker with an exchange's suffix whose letters the article writes
# alone as the company's name ("KLDX.L" where the text writes "KLDX"); a ticker whose one listed company the article
# names, ahead of another name of the article that its letters abbreviate ("BUD": the listed brewer, not "Bexley United
# Drinks").

MONDAY = date(2026, 3, 9)


def test_a_strip_cell_with_points_and_percent_in_one_bracket() -> None:
    rows = head_strip_rows(_head("Market data: KLDK 8.38 (-9.22, -52.4%) | ORVS 59.64 (+2.35, +4.1%)"), MONDAY,
                           _orgs("Kellar Docks", "Orlen Vasko"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar Docks", -52.4), ("Orlen Vasko", 4.1)]


def test_a_strip_cell_by_the_companys_short_form() -> None:
    rows = head_strip_rows(_head("FTSE 100 7,490 -0.4% | GBP/USD 1.3135 -1.1% | LFP 1,871p -22.0%"), MONDAY,
                           _orgs("LFP Mobility"))
    assert [(r["company"], r["pct"]) for r in rows] == [("LFP Mobility", -22.0)]


def test_a_strip_ticker_whose_letters_the_article_writes_as_the_name() -> None:
    text = "KLDX shares fell after the report. Orlen Vasko gained.\n\nKLDX.L -1.1% | ORVS.L +2.0%"
    mentions = sorted([*every_mention(text, "Orlen Vasko"), _mention(text, "KLDX")])
    rows = extract_moves(text, MONDAY, mentions)
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("KLDX", -1.1), ("Orlen Vasko", 2.0)]


def test_a_strip_ticker_of_a_listed_company_the_article_names() -> None:
    rows = head_strip_rows(_head("BUD -3.1% | KLDK +1.0%"), MONDAY, _orgs("AB InBev", "Bexley United Drinks",
                                                                            "Kellar Docks"))
    assert [(r["company"], r["pct"]) for r in rows] == [("AB InBev", -3.1), ("Kellar Docks", 1.0)]


# 13. The region of a move is read from the places of its sentence, but not from a clause of cause or comparison
# ("after a sell-off on Wall Street overnight", "as the market tracked losses in New York"): that is where something
# else happened. A place whose "where" clause holds the move stays the move's.

def test_a_place_in_a_cause_clause_gives_no_region() -> None:
    assert sentence_region("Kellar Mining fell 2.9% after another sell-off on Wall Street overnight.") is None
    assert sentence_region("After a sell-off on Wall Street, Kellar Mining fell 2.9%.") is None
    assert sentence_region("Kellar Mining rose 1.1% in Sydney after a rally on Wall Street.") == "Asia"
    assert sentence_region("Kellar Mining fell 2% in Sydney as investors tracked losses in Europe.") == "Asia"
    # the figure in the clause itself: its place is the move's
    sentence = "The report came after the close of trading in Sydney, where Kellar Mining had finished 0.3% higher."
    assert sentence_region(sentence, sentence.index("0.3%")) == "Asia"
    # "as much as" opens no clause
    assert sentence_region("Kellar Mining rose as much as 8% in early Asian trade.") == "Asia"
