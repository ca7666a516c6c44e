"""Round 69 (moves): share-move rules of plain grammar and news convention, each tried on invented text (no word,
name or sentence of any corpus), with what each rule must leave alone."""

from __future__ import annotations

import json

import pandas as pd

from analysis.market.coref import DocMentions, mention_tuples, service_parties
from analysis.market.extract import cells_named_by_prose, extract_moves
from analysis.market.moves import one_name_per_company
from analysis.market.strips import head_strip_rows
from tests.move_helpers import PUB, move_days, move_rows, org_mentions


# 1. A list of figures of one verb whose first item closes on a "since" clause or a span ("has lost 12% since it
# cut its outlook and 30% this year", "up 2.5% on the week and 7.1% since ..."): the bare figure after "and" is the
# same verb's, with its own period.

def test_a_since_clause_between_two_figures() -> None:
    text = "Quarrow has lost 12 percent since it cut its outlook on Sept. 14 and 30.5 percent since the start of the year."
    assert move_days(text, "Quarrow") == [("Quarrow", -12.0, "", "2025-09-14", "2026-03-06"),
                                          ("Quarrow", -30.5, "", "2026-01-01", "2026-03-06")]
    text = "Quarrow fell again. The stock has shed 9 percent since the accounting error came to light and 22 percent this year."
    assert move_rows(text, "Quarrow") == [("share", "Quarrow", -9.0), ("share", "Quarrow", -22.0)]
    # left alone: a clause after "since" that goes on to a number of something else
    text = "Quarrow has lost 10 percent since the merger and 3 analysts cut their targets."
    assert move_rows(text, "Quarrow") == [("share", "Quarrow", -10.0)]


def test_a_span_between_two_figures() -> None:
    text = "Quarrow ended at 41.20 euros, up 2.5 percent on the week and 7.1 percent since its founder's exit on Feb. 2."
    assert move_days(text, "Quarrow") == [("Quarrow", 2.5, "", "2026-03-02", "2026-03-06"),
                                          ("Quarrow", 7.1, "", "2026-02-02", "2026-03-06")]


def test_since_the_end_of_last_year_is_this_year() -> None:
    text = "Quarrow has fallen 6.2 percent since the end of last year."
    assert move_days(text, "Quarrow") == [("Quarrow", -6.2, "", "2026-01-01", "2026-03-06")]


# 2. "A record" between the verb and its figure ("plunged a record 31%", a headline's "plunge record 31%").

def test_a_record_figure() -> None:
    assert move_rows("Shares in Quarrow Mining sank a record 31 percent on Monday.", "Quarrow Mining") \
        == [("share", "Quarrow Mining", -31.0)]
    assert move_rows("Quarrow Mining shares plunge record 31% as lenders balk", "Quarrow Mining") \
        == [("share", "Quarrow Mining", -31.0)]
    # left alone: a record of something else
    assert move_rows("Quarrow Mining posted a record 31% rise in profit.", "Quarrow Mining") == []


# 3. A nominal move whose object opens on a place or a people's adjective and goes on in small letters is the move of
# what those words name: an index ("a 4% fall in the Oslo benchmark"), a sector or what is no stock ("a 2.4% fall in
# UK store sales", "a 0.7% rise in the European banking sector"), not the clause subject's; so is a plunge "in its
# main stock indexes" (a country's). The place alone is where the subject's shares traded ("a 3% fall in London").

def test_a_nominal_move_of_a_place_s_noun_is_not_the_subject_s() -> None:
    text = "Quarrow Bank's stock has dropped 24 percent so far this year, against a 4 percent fall in the Oslo benchmark."
    assert move_rows(text, "Quarrow Bank") == [("share", "Quarrow Bank", -24.0), ("index", "Oslo benchmark", -4.0)]
    text = "Quarrow Bank closed 2.9 percent higher, outperforming a 0.7 percent rise in the European banking sector."
    assert move_rows(text, "Quarrow Bank") == [("share", "Quarrow Bank", 2.9), ("index", "European banking sector", 0.7)]
    assert move_rows("3 March - Quarrow reports a 2.4% fall in UK store sales over the winter.", "Quarrow") == []
    text = "Quarrow fell on Friday. Stocks fell after Ruritania halted trading following a 7% plunge in its main stock indexes."
    assert move_rows(text, "Quarrow") == []
    # left alone: the place where the shares traded
    assert move_rows("Quarrow's shares posted a 3% fall in London trading.", "Quarrow") == [("share", "Quarrow", -3.0)]


# 4. A sentence adverb made of an adjective ("Predictably,") and an indefinite pronoun ("Anyone who ...") open a
# clause and name no company.

def test_a_sentence_adverb_or_pronoun_is_no_name() -> None:
    text = "Predictably, the Oslo listing opened lower, sliding as much as 18% within minutes."
    assert move_rows(text, "Quarrow Mining") == []
    assert move_rows("Anyone who bailed out early saw Oslo rally 12% later.", "Quarrow Mining") == []
    # left alone: a company whose name ends in "ly"
    assert move_rows("Brantly Foods rose 4% on Monday.", "Brantly Foods") == [("share", "Brantly Foods", 4.0)]


# 5. Quote strips: a cell whose ticker neither the article nor the listings tie to a company is the one company a
# sentence of the article moves by the same figure (a market story's ticker line repeats its prose), if that company
# begins with the ticker's letter and is no other cell's; a cell naming its company before the ticker ("Quarrow (QRW)
# +1.6%"); a note in brackets after a cell ("+4.0% (indic.)"); a Nordic share class in a ticker ("QRWB-A.ST").

def test_an_unknown_ticker_is_the_company_the_prose_moves_by_its_figure() -> None:
    rows = lambda text, *names: [(r.company, r.pct) for r in extract_moves(text, PUB, org_mentions(text, *names)).itertuples()]  # noqa: E731
    text = "Quarrow Foods lost 2.9% and Bexley Stores fell 1.4%.\n\nQFX -2.9% | BZT -1.4% | ZZQ +0.8%\n"
    assert rows(text, "Quarrow Foods", "Bexley Stores") == [
        ("Quarrow Foods", -2.9), ("Bexley Stores", -1.4), ("Quarrow Foods", -2.9), ("Bexley Stores", -1.4)]
    # left alone: a company whose name does not begin with the ticker's letter, and a figure two such companies share
    text = "Quarrow Foods lost 2.9% and Bexley Stores fell 1.4%.\n\nQFX -2.9% | ZFX -1.4% | ZZQ +0.8%\n"
    assert rows(text, "Quarrow Foods", "Bexley Stores") == [
        ("Quarrow Foods", -2.9), ("Bexley Stores", -1.4), ("Quarrow Foods", -2.9)]
    text = "Quarrow Foods lost 2.9% and Qantel Stores fell 2.9%.\n\nQFX -2.9% | BZT -1.4% | ZZQ +0.8%\n"
    assert rows(text, "Quarrow Foods", "Qantel Stores") == [("Quarrow Foods", -2.9), ("Qantel Stores", -2.9)]


def test_a_strip_cell_with_its_name_or_a_note_in_brackets() -> None:
    rows = lambda text, *names: [(r.company, r.pct) for r in extract_moves(text, PUB, org_mentions(text, *names)).itertuples()]  # noqa: E731
    text = "Quarrow shares rose 1.6%.\n\nQuarrow (QRW) +1.6% | Bexley Chemie (BXC) +0.9% | DAX 12,300.10\n"
    assert rows(text, "Quarrow", "Bexley Chemie") == [("Quarrow", 1.6), ("Quarrow", 1.6), ("Bexley Chemie", 0.9)]
    text = "Quarrow Steel was indicated 4% higher.\n\nTicker: QRWS +4.0% (indic.) | ZZQ -0.5%\n"
    assert rows(text, "Quarrow Steel") == [("Quarrow Steel", 4.0), ("Quarrow Steel", 4.0)]


def test_a_head_strip_cell_of_a_share_class_or_named_by_the_prose() -> None:
    head = json.dumps([[0, "Nordic lenders"], [15, "QRWB-A.ST -0.3% | ZZQ.ST +0.4%"]])
    mentions = DocMentions(org_mentions("Quarrowbank fell.", "Quarrowbank"))
    assert [(r["company"], r["pct"]) for r in head_strip_rows(head, PUB, mentions)] == [("Quarrowbank", -0.3)]
    cells = [r for r in head_strip_rows(head, PUB, mentions, unnamed=True) if not r["company"]]
    prose = [{"company": "Zedland Bank", "pct": 0.4, "kind": "share", "sentence": "Zedland Bank rose 0.4%.",
              "session_date": PUB, "period_start": None, "period_end": None, "period": "session", "basis": ""}]
    assert [(r["company"], r["pct"]) for r in cells_named_by_prose(prose, cells)] == [("Zedland Bank", 0.4)]


# 6. One capital letter cut short before a word in small letters (a genus, "E. coli") is no name: "its shares" after
# it are the company's named before.

def test_an_abbreviated_genus_is_no_name() -> None:
    text = "Quarrow Grill warned that sales would fall as an E. coli outbreak spread, and its shares fell 5.8%."
    assert move_rows(text, "Quarrow Grill") == [("share", "Quarrow Grill", -5.8)]
    # left alone: an initial before a name in capitals
    assert move_rows("J. Quarrow shares fell 2%.", "J. Quarrow") == [("share", "J. Quarrow", -2.0)]


# 7. A firm the company hires to look into its affairs ("X has been hired to find out what happened", "called in X
# to investigate") works for it: no antecedent of a later "the shares". A firm hired for other work is left alone.

def test_a_firm_hired_to_investigate_is_a_party() -> None:
    text = ("Quarrow said its profit had been overstated. Bexley Audit has been hired to find out what happened. "
            "Yesterday the shares fell 11.6%.")
    assert service_parties(text, mention_tuples(org_mentions(text, "Quarrow", "Bexley Audit"))) == {"Bexley Audit"}
    text = "Quarrow appointed accounting firm Bexley Audit to carry out a review."
    assert service_parties(text, mention_tuples(org_mentions(text, "Quarrow", "Bexley Audit"))) == {"Bexley Audit"}
    # left alone: a contractor hired to build
    text = "Quarrow was hired to build the plant."
    assert service_parties(text, mention_tuples(org_mentions(text, "Quarrow"))) == frozenset()


# 8. A shop named after its founder, written three ways across articles ("B Quarrow", "Quarrows", "Quarrow's",
# "Wm Quarrow"), is one company with one name on the Market page: the writing most rows use.

def test_a_shops_name_written_three_ways_is_one_company() -> None:
    moves = pd.DataFrame({"company": ["Quarrows", "Wm Quarrow", "WM Quarrow", "Quarrows", "B Bexley", "Bexley's",
                                      "Bexley", "Bexley", "Zedlands", "Tallis"], "kind": ["share"] * 10})
    assert one_name_per_company(moves)["company"].tolist() == [
        "Quarrows", "Quarrows", "Quarrows", "Quarrows", "Bexley", "Bexley", "Bexley", "Bexley", "Zedlands", "Tallis"]
