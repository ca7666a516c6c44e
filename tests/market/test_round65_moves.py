"""Round 65 (moves65): share-move rules from the misses and extras of the dev corpora, each tried on invented text (no
word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.strips import head_strip_rows
from tests.market.test_market_round63 import _head, _orgs
from tests.move_helpers import move_days, move_rows

MONDAY = date(2026, 3, 9)


# 1. Quote strips as market pages print them: a cell's price before its change ("KLDK 41.20 -3.15%"), a tag after it
# ("+12.4% MTD", "+2.2% premarket"), the whole strip's session in brackets after the last cell ("(premarket)"), a
# caption with a clock time or a comma ("Tickers at 7:45 a.m.:", "Top movers, Main Board (close):"), a cell quoting a
# commodity or a futures code passed over ("Copper (LME) US$8,012.50 +0.9%", "HG=F -1.1%"), and a ticker that names no
# company of the article or the listings passed over, its neighbours kept.

def test_a_body_strip_with_prices_reads_its_known_tickers() -> None:
    text = ("Kellar Docks said its chief executive would retire.\n\n"
            "KLDK 41.20 -3.15% | ZQXV 9.12 -1.40% | DJIA -0.40% | S&P 500 -0.55%")
    rows = move_rows(text, "Kellar Docks", published=MONDAY)
    assert rows == [("share", "Kellar Docks", -3.15), ("index", "DJIA", -0.4), ("index", "S&P 500", -0.55)]


def test_a_strip_cell_tagged_month_to_date_is_a_move_since_the_month_began() -> None:
    text = ("Orlen Vasko and Brandtholm Marine led shipping stocks higher.\n\n"
            "ORVS +12.4% MTD | BRMR +8.1% MTD")
    assert move_days(text, "Orlen Vasko", "Brandtholm Marine", published=MONDAY) == [
        ("Orlen Vasko", 12.4, "", "2026-03-01", "2026-03-09"), ("Brandtholm Marine", 8.1, "", "2026-03-01", "2026-03-09")]
    # in the page's head too
    rows = head_strip_rows(_head("ORVS +12.4% MTD | BRMR +8.1% MTD"), MONDAY, _orgs("Orlen Vasko", "Brandtholm Marine"))
    assert [(r["company"], r["pct"], str(r["period_start"]), r["session_date"]) for r in rows] == [
        ("Orlen Vasko", 12.4, "2026-03-01", None), ("Brandtholm Marine", 8.1, "2026-03-01", None)]


def test_a_strip_with_a_session_in_brackets_and_a_caption_with_a_clock_time() -> None:
    text = ("Kellar Docks (KLDK) filed for protection from its creditors. Orlen Vasko holds a fifth of it.\n\n"
            "Tickers at 7:45 a.m.: KLDK -31% | ORVS +2.2% | HG=F -1.1% (premarket)")
    rows = move_rows(text, "Kellar Docks", "Orlen Vasko", published=MONDAY)
    assert ("share", "Kellar Docks", -31.0) in rows and ("share", "Orlen Vasko", 2.2) in rows
    assert all(company in ("Kellar Docks", "Orlen Vasko") for _kind, company, _pct in rows)


def test_a_head_strip_with_a_commodity_cell_and_a_caption_with_a_comma() -> None:
    rows = head_strip_rows(_head("KLDK.AX 41.20 -0.7% | ORVS.AX 3.02 +1.1% | Copper (LME) US$8,012.50 +0.9%"), MONDAY,
                           _orgs("Kellar Docks", "Orlen Vasko"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar Docks", -0.7), ("Orlen Vasko", 1.1)]
    rows = head_strip_rows(_head("Top movers, Main Board (close): KLDK +1.2% | ORVS -0.2%"), MONDAY,
                           _orgs("Kellar Docks", "Orlen Vasko"))
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar Docks", 1.2), ("Orlen Vasko", -0.2)]
    # left alone: a line of prose between bars
    assert head_strip_rows(_head("Kellar Docks rose 5% on Friday | Read more about the deal"), MONDAY,
                           _orgs("Kellar Docks")) == []


# 2. The page's own outlet is no company of a strip's ticker, though its name holds the ticker's letters ("RDGV" and a
# site "Ridgevale Daily" its credit line names).

def test_the_outlet_is_no_company_of_a_strip_ticker() -> None:
    mentions = _orgs("Ridgevale", "Kellar Docks")
    rows = head_strip_rows(_head("KLDK -3.1% | RDGV -6.5%"), MONDAY, mentions, outlet="Ridgevale Daily")
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar Docks", -3.1)]
    # another outlet leaves the name alone
    rows = head_strip_rows(_head("KLDK -3.1% | RDGV -6.5%"), MONDAY, mentions, outlet="Northgate Wire")
    assert [(r["company"], r["pct"]) for r in rows] == [("Kellar Docks", -3.1), ("Ridgevale", -6.5)]


# 3. A name the entity layer opens on a negative auxiliary ("Didn't Kellar", from a question line "Didn't Kellar already
# know?") is the name without it: no company's name opens on one.

def test_a_name_opening_on_a_negative_auxiliary_loses_it() -> None:
    import pandas as pd

    from analysis.market.moves import _doc_mentions
    frame = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 40], "end": [6, 46], "surface": ["Kellar", "Kellar"],
                          "name": ["Didn't Kellar", "Kellar Docks"], "type": ["ORG", "ORG"]})
    assert [m[3] for m in _doc_mentions(frame)["a"]] == ["Kellar", "Kellar Docks"]
    # left alone: a name with an apostrophe that is no auxiliary
    frame = frame.assign(name=["O'Hara Mills", "Kellar Docks"])
    assert [m[3] for m in _doc_mentions(frame)["a"]] == ["O'Hara Mills", "Kellar Docks"]


# 4. A public body named most before a move (a regulator the article is about, also by its initials: "the Westland
# Product Safety Commission (WPSC)") is no stock "they" or "the shares" mean: the company named besides it is.

def test_a_regulator_named_most_is_no_antecedent_of_the_shares() -> None:
    from analysis.market.coref import DocMentions, Named
    mentions = DocMentions([(0, 12, "Kellar Docks", "Kellar Docks", "ORG"),
                            (40, 78, "Westland Product Safety Commission", "Westland Product Safety Commission", "ORG"),
                            *((100 + 50 * i, 104 + 50 * i, "WPSC", "WPSC", "ORG") for i in range(3))])
    assert mentions.salient(400) == Named("Kellar Docks", "share", "")
    # letters that are no public body's initials stay a company the article may be about
    mentions = DocMentions([(0, 12, "Kellar Docks", "Kellar Docks", "ORG"),
                            (40, 78, "Westland Product Safety Commission", "Westland Product Safety Commission", "ORG"),
                            *((100 + 50 * i, 104 + 50 * i, "KLDK", "KLDK", "ORG") for i in range(3))])
    assert mentions.salient(400) == Named("KLDK", "share", "")


# 5. "The stock" right after a sentence whose only company is a firm the text never writes with shares but tells of
# as selling or buying ("Brandholm Partners had sold everything"), when every move told before is one other company's:
# that company's stock, not the investor's.

def test_the_stock_after_a_selling_firm_is_the_story_stock() -> None:
    text = ("Kellar Docks shares rose 23.5% on Monday. On Tuesday the stock climbed 29.1%.\n\n"
            "Before the bell on Wednesday, traders saw two filings by Brandholm Partners, a private investment firm: "
            "it might sell. The stock closed down 10.2%.\n\n"
            "That evening, a further filing confirmed the worst fear of the bulls: Brandholm Partners had sold "
            "everything. The stock sank 40.5% on Thursday.")
    assert move_rows(text, "Kellar Docks", "Brandholm Partners", published=MONDAY)[-1] == ("share", "Kellar Docks", -40.5)
    # left alone: a firm the text writes with shares is a stock of its own
    text = ("Kellar Docks shares rose 23.5% on Monday.\n\nBrandholm Partners shares were halted, and Brandholm Partners "
            "said it would sell its port. The stock sank 40.5% on Thursday.")
    assert move_rows(text, "Kellar Docks", "Brandholm Partners", published=MONDAY)[-1] == (
        "share", "Brandholm Partners", -40.5)


# 6. An investor who sells a stake ("has sold his entire stake in Y, sending shares of the meme-stock favourite down
# 23%"): the shares are Y's, as after "has built a stake in Y".

def test_shares_after_a_stake_sold_are_the_company_of_the_stake() -> None:
    text = ("Kellar Docks falls after Orlen Vasko exit\n\n"
            "Investor Orlen Vasko has sold his entire stake in Brandholm Marine, sending shares of the harbour group "
            "down 23% in extended trading.")
    assert move_rows(text, "Brandholm Marine", "Orlen Vasko", published=MONDAY) == [("share", "Brandholm Marine", -23.0)]


# 7. A descriptor right after a sentence that names one organisation, as no subject and with no move ("Shipping stocks
# stayed under pressure after the reversal in Kellar Docks. The port operator's shares tumbled 19.6%"): that company,
# not a company of an earlier sentence whose move was told.

def test_a_descriptor_after_a_sentence_naming_one_company() -> None:
    text = ("Chip stocks were among the hardest hit, with Orlen Vasko falling 4.8%.\n\n"
            "Shipping stocks stayed under pressure after the reversal in Kellar Docks. The port operator's shares "
            "tumbled 19.6% to $8.87.")
    assert move_rows(text, "Orlen Vasko", "Kellar Docks", published=MONDAY) == [
        ("share", "Orlen Vasko", -4.8), ("share", "Kellar Docks", -19.6)]
    # left alone: a name the entity layer does not find (a person the grammar reads as a name) points nowhere new
    text = ("Orlen Vasko cut 400 jobs. Chief executive Mara Quelling said the cuts were needed. Shares of the shipper "
            "were down 5%.")
    assert move_rows(text, "Orlen Vasko", published=MONDAY) == [("share", "Orlen Vasko", -5.0)]


# 8. The Market chart coloured by region names the bars whose region is not known plainly ("Region not known"), not
# "Other", which reads as a region of its own; drawn in the colour of the unknown group, as "Other" is.

def test_a_region_not_known_is_named_so_in_the_legend() -> None:
    from analysis.charts import OTHER_COLOUR
    from analysis.market.compare import UNKNOWN_REGION, corpus_looks, render_market_chart
    from tests.market.test_market_chart_print import DOCS, _compare
    compare = _compare([("Kellar Docks", -3.0, "Shipping"), ("Orlen Vasko", 2.0, "Shipping")])
    compare = compare.assign(region=["Europe", None])
    fig = render_market_chart(compare, DOCS, colour_by="region").figure
    assert sorted(t.name for t in fig.data if t.type == "bar") == ["Europe", UNKNOWN_REGION] == ["Europe", "Region not known"]
    assert corpus_looks(compare.assign(region=["Europe", ""]), "region")[UNKNOWN_REGION][0] == OTHER_COLOUR
    # by sector, an unknown sector stays "Other"
    fig = render_market_chart(compare.assign(sector=["Shipping", None]), DOCS, colour_by="sector").figure
    assert sorted(t.name for t in fig.data if t.type == "bar") == ["Other", "Shipping"]


# 9. "Since the end of July": a move from that month's last day (its last close) to the article's, not an undated span.

def test_since_the_end_of_a_month() -> None:
    text = "Even after Wednesday's decline, Kellar Docks stock remained up about 281% since the end of July."
    assert move_days(text, "Kellar Docks", published=date(2026, 8, 19)) == [
        ("Kellar Docks", 281.0, "", "2026-07-31", "2026-08-19")]
    # left alone: "since the start of August" is from its first day
    text = "Kellar Docks stock is up 12% since the start of August."
    assert move_days(text, "Kellar Docks", published=date(2026, 8, 19)) == [
        ("Kellar Docks", 12.0, "", "2026-08-01", "2026-08-19")]


def test_a_strip_cell_of_a_fund_is_passed_over() -> None:
    # "ORVF -1.5%", a fund the article names by its ticker, no longer throws the strip's companies away
    from tests.move_helpers import every_mention
    from tests.move_helpers import extract_moves as run
    text = ("Kellar Docks (KLDK) rose on Friday; the Orlen Vasko Oil Fund (ORVF) fell.\n\n"
            "Tickers at 8:05 a.m.: KLDK +3.1% | ORVF -1.5%")
    mentions = [(a, b, s, "Orlen Vasko Oil Fund" if s == "ORVF" else "Kellar Docks" if s == "KLDK" else n, k)
                for a, b, s, n, k in every_mention(text, "Kellar Docks", "KLDK", "Orlen Vasko Oil Fund", "ORVF")]
    rows = run(text, MONDAY, sorted(mentions))
    assert [(r.company, r.pct) for r in rows.itertuples() if r.kind == "share"] == [("Kellar Docks", 3.1)]
