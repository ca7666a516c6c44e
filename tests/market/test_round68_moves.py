"""Round 68 (moves): share-move rules of plain grammar and news convention, each tried on invented text (no word,
name or sentence of any corpus), with what each rule must leave alone."""

from __future__ import annotations

import json

from analysis.market.coref import DocMentions, mention_tuples, parent_name, service_parties, unit_names
from analysis.market.extract import extract_moves
from analysis.market.strips import head_strip_rows
from tests.move_helpers import PUB, move_rows, org_mentions


# 1. A firm named beside a role of an auditor, adviser or short seller is no antecedent of "the stock" (in any article
# of the corpus): not when the role fronts its clause ("For short sellers, X has been ..."), nor when the text writes
# the firm as a stock's ("X shares lost 30%").

def test_a_fronted_role_names_no_party() -> None:
    text = "For short sellers, Quarrow Motors has been the trade of the year. Its rivals kept quiet."
    assert service_parties(text, mention_tuples(org_mentions(text, "Quarrow Motors"))) == frozenset()
    text = "For short sellers, Quarrow Motors has been the trade of the year. Quarrow said its auditor, Bexley Audit, had resigned."
    assert service_parties(text, mention_tuples(org_mentions(text, "Quarrow Motors", "Bexley Audit"))) == {"Bexley Audit"}


def test_a_party_written_as_a_stock_is_the_storys_company() -> None:
    text = "Short seller Quarrow Motors, the fund said. Quarrow Motors shares lost 30% this week."
    assert service_parties(text, mention_tuples(org_mentions(text, "Quarrow Motors"))) == frozenset()
    # left alone: a short seller the text never writes as a stock
    text = "Short seller Bexley Research said it was betting against Quarrow Motors. Quarrow Motors shares lost 30%."
    assert service_parties(text, mention_tuples(org_mentions(text, "Quarrow Motors", "Bexley Research"))) \
        == {"Bexley Research"}


# 2. A company's short name linked by the entity layer to a longer name that opens on it: a unit named by the parent's
# initials ("QR" linked to "QR Turbines", the article naming "Quarrow Rail") is the parent's; a product the corpus
# names in apposition with its owner's possessive ("its calling service, Bexley Phone") issues no shares.

def test_initials_linked_to_a_unit_name_the_parent() -> None:
    text = ("Quarrow Rail is splitting QR Turbines in two. QR shares fell 4.2% on Tuesday. The shares rose 1.1% on "
            "Wednesday.")
    mentions = [(0, 12, "Quarrow Rail", "Quarrow Rail", "ORG"), (26, 37, "QR Turbines", "QR Turbines", "ORG"),
                (46, 48, "QR", "QR Turbines", "ORG")]
    rows = extract_moves(text, PUB, mentions)
    assert rows["company"].tolist() == ["Quarrow Rail", "Quarrow Rail"]


def test_a_product_in_apposition_is_a_unit() -> None:
    text = "Its cloud calling service, Bexley Phone, grew fast. Bexley Phone, its calling service, grew."
    assert unit_names(text, org_mentions(text, "Bexley Phone")) == {"Bexley Phone"}
    # left alone: a company in apposition with no possessive ("Bexley Phone, the calling service")
    text = "Bexley Phone, the calling service, grew fast."
    assert unit_names(text, org_mentions(text, "Bexley Phone")) == frozenset()
    assert parent_name("Bexley Phone", "The stock fell 3%.", {"Bexley Phone", "Bexley Video Group"}) \
        == "Bexley Video Group"


# 3. A company an article goes by its demonym ("Danish" for "Danish Skyways", as airline copy writes) is named each time
# the demonym is a verb's subject or an owner ("Danish says", "Danish's bonds"): the company "Shares" of a timeline
# line means, not a firm the line happens to name. A people's adjective ("Danish airlines") names no company.

TIMELINE = ("Danish Skyways this week secured its rescue.\n\n"
            "3 March – Danish says it will cancel 3,500 flights.\n\n"
            "9 March – Danish's bondholders meet. Lessors Quarrow Leasing and Bexley Aviation agree to take equity. "
            "Shares jump 12.4 per cent.\n")


def test_a_demonym_the_company_goes_by_names_it() -> None:
    assert move_rows(TIMELINE, "Danish Skyways", "Quarrow Leasing", "Bexley Aviation") \
        == [("share", "Danish Skyways", 12.4)]
    # left alone: the demonym as a people's adjective is no mention of the company, which is then no more salient
    # than the lessors
    text = TIMELINE.replace("Danish says", "Danish airlines say").replace("Danish's bondholders", "Danish lenders")
    assert move_rows(text, "Danish Skyways", "Quarrow Leasing", "Bexley Aviation") == []


# 4. "The stock" or "Shares" pointing back to a capitalised phrase no list knows as a company (an adverb and a count
# opening a sentence, a results line's label): the organisation the text has named most. A name that speaks as a
# company does ("Tarrow said") stays.

def test_the_stock_of_an_unknown_phrase_is_the_storys_company() -> None:
    text = ("Quarrow Motors sold new shares this week. Quarrow Motors said the deal was done.\n\n"
            "Roughly 2.71 billion new shares went to lenders. The stock fell 41.2% on Wednesday.")
    assert move_rows(text, "Quarrow Motors") == [("share", "Quarrow Motors", -41.2)]


def test_the_stock_of_a_name_that_speaks_stays() -> None:
    text = ("Quarrow Motors sold new shares this week. Quarrow Motors said the deal was done.\n\n"
            "TARL said on Friday it would restart routes. Shares rose 4.4% last week.")
    assert move_rows(text, "Quarrow Motors") == [("share", "TARL", 4.4)]


# 5. "The shares" after a sentence about a firm the text never writes with shares and whose move it never told (a
# lessor, a lender): the company the text names twice as often before it. A firm its own sentence names stays.

def test_the_shares_after_a_passing_firm_are_the_storys_company() -> None:
    text = ("Quarrow Air said it needs cash. Quarrow Air said lenders were talking. Quarrow Air flies to Lisbon.\n\n"
            "Bexley Leasing said it viewed its stake as an investment. The selling went on on Thursday, when the stock "
            "lost another 7.8%.")
    assert move_rows(text, "Quarrow Air", "Bexley Leasing") == [("share", "Quarrow Air", -7.8)]
    # left alone: named as often, the firm just named stays the antecedent
    text = text.replace("Quarrow Air said lenders were talking. Quarrow Air flies to Lisbon.", "Bexley Leasing flies.")
    assert move_rows(text, "Quarrow Air", "Bexley Leasing") == [("share", "Bexley Leasing", -7.8)]


# 6. A rating agency named by its short writing in a headline ("Vantor's cuts Quarrow ...; shares slide 6%") over the
# body's "Vantor's Investors Service on Friday cut ...": no issuer of the shares the headline tells of.

def test_a_rating_agencys_short_name_in_a_headline_is_no_stock() -> None:
    text = ("Vantor's cuts Quarrow two notches; shares slide 6%\n\n"
            "Vantor's Investors Service on Friday cut Quarrow Motors' credit rating by two notches, citing its debt.")
    i, j = text.index("Vantor's Investors Service"), text.index("Quarrow Motors")
    mentions = [(0, 6, "Vantor", "Vantor", "ORG"), (15, 22, "Quarrow", "Quarrow Motors", "ORG"),
                (i, i + 26, "Vantor's Investors Service", "Vantor's", "ORG"),
                (j, j + 14, "Quarrow Motors", "Quarrow Motors", "ORG")]
    assert [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()] == [("Quarrow Motors", -6.0)]


# 7. Quote strips as wires print them: a session tag after each cell ("MU -10.1% AH"), a change in money before the
# percent in brackets ("TXN 171.20 -19.11 (-10.04%)", "MU $41.27 (-12.5%)"), a flat index among the cells ("Dow
# 31,204.55 (flat)"), a caption in capitals set off by two spaces ("MARKETS  MU +0.6% | ...").

def test_strip_cells_with_a_tag_a_change_in_money_or_a_caption_in_capitals() -> None:
    rows = lambda text: [(r.company, r.pct) for r in extract_moves(text, PUB, []).itertuples()]  # noqa: E731
    assert rows("Micron said so.\n\nMU -10.1% AH | QCOM +0.4% AH\n") == [("Micron Technology", -10.1), ("Qualcomm", 0.4)]
    assert rows("Micron said so.\n\nCLOSE: S&P 500 4,102.37 (-0.19%) | Dow 31,204.55 (flat) | MU 27.50 -3.07 "
                "(-10.04%)\n") == [("S&P 500", -0.19), ("Micron Technology", -10.04)]
    assert rows("Micron said so.\n\nMARKETS  MU +0.6% | QCOM -0.8%\n") == [("Micron Technology", 0.6), ("Qualcomm", -0.8)]
    head = json.dumps([[0, "Micron slips"], [12, "MU -10.1% AH | QCOM +0.4% AH"]])
    assert [(r["company"], r["pct"]) for r in head_strip_rows(head, PUB, DocMentions())] == [("Micron Technology", -10.1),
                                                                                         ("Qualcomm", 0.4)]


# 8. A wire brief's bullets in capitals about receipts ("* ACME ADRS FELL 8.1% ...", "* THE ADRS HAD CLOSED ... DOWN
# 6.9%"): the pointer is the brief's company, the one its bullet before told the move of, never words of that bullet
# title-cased into a name ("Adrs Had").

def test_a_briefs_bullet_about_the_adrs_is_its_companys() -> None:
    text = ("BRIEF-Quarrow Oil ADRs slide\n\n* QUARROW ADRS FELL 8.1% IN EXTENDED TRADING AFTER THE GOVERNMENT NAMED "
            "A NEW CEO\n\n* THE ADRS HAD CLOSED THE REGULAR SESSION DOWN 6.9% AT $9.99\n")
    assert move_rows(text, "Quarrow Oil", "QUARROW") == [("share", "Quarrow", -8.1), ("share", "Quarrow", -6.9)]
