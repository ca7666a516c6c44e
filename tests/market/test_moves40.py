"""Round 36 (moves40): classes of financial prose the share-move grammar misread. Invented companies, markets and
sentences; each rule has a case it must read and a case it must leave alone."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves
from analysis.market.moves import one_name_per_company
from tests.move_helpers import org_mentions

DAY = date(2031, 11, 21)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names) if names else None)
    return [(str(c), float(p), str(k)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True)]


def _qualifiers(text: str) -> list[str]:
    return extract_moves(text, DAY, None)["qualifier"].astype(str).tolist()


def test_something_like_is_about() -> None:
    """"down something like 14%": a spoken "about" (vocabulary: ``qualifiers``); a plain figure stays exact."""
    assert _moves("Orsolo Mutual was down something like 14% at one point.") == [("Orsolo Mutual", -14.0, "share")]
    assert _qualifiers("Orsolo Mutual was down something like 14% at one point.") == ["about"]
    assert _qualifiers("Orsolo Mutual was down 14% at one point.") == ["exact"]


def test_a_second_list_of_figures_goes_to_the_companies_in_order() -> None:
    """A later group of as many figures as the companies the sentence gave a figure each, with no name of its own
    ("taking their gains to", "after losses of"), goes to those companies in order, not all to the last one."""
    text = ("Harlow Homes and Pennick Homes rose 1.7% and 2%, respectively, taking their gains over the past two "
            "sessions to 7.6% and 7.4%.")
    assert _moves(text, "Harlow Homes", "Pennick Homes") == [
        ("Harlow Homes", 1.7, "share"), ("Pennick Homes", 2.0, "share"),
        ("Harlow Homes", 7.6, "share"), ("Pennick Homes", 7.4, "share")]
    text = "Dunmore Bank fell 1.5% and Quill Bank 1.2%, after losses of 3.4% and 2.9% the previous session."
    assert _moves(text, "Dunmore Bank", "Quill Bank") == [
        ("Dunmore Bank", -1.5, "share"), ("Quill Bank", -1.2, "share"),
        ("Dunmore Bank", -3.4, "share"), ("Quill Bank", -2.9, "share")]
    # one company's own two figures after a list stay its own
    text = "Dunmore Bank fell 1.5% and Quill Bank 1.2%, while Quill Bank has lost 6% and 9% over one and two weeks."
    assert _moves(text, "Dunmore Bank", "Quill Bank")[2:] == [("Quill Bank", -6.0, "share"), ("Quill Bank", -9.0, "share")]


def test_it_after_a_figure_is_the_sentence_subject() -> None:
    """"The X ETF is down 3.8% this week, though it remains up 11%": the fund's figure, not the company the sentence
    before named."""
    text = ("Harlow Homes fell 2% on Friday. The Veltro Housebuilders ETF is down 3.8% this week, though it remains "
            "up 11% since June.")
    assert _moves(text, "Harlow Homes") == [("Harlow Homes", -2.0, "share"),
                                            ("Veltro Housebuilders ETF", -3.8, "index"),
                                            ("Veltro Housebuilders ETF", 11.0, "index")]
    # "it" in a sentence of its own still points back to the company
    text = "Harlow Homes fell 2% on Friday. It remains up 11% since June."
    assert _moves(text, "Harlow Homes") == [("Harlow Homes", -2.0, "share"), ("Harlow Homes", 11.0, "share")]


def test_a_nominal_move_of_the_day_before_is_the_subjects() -> None:
    """"the broader X 500 rose 0.2% after Monday's 2.8% drop": the index's Monday, not a company of the article."""
    text = ("Tamsin Brewing fell 4.9% on Monday. The staples sector was down 0.4%, while the broader Karvo 500 index "
            "rose 0.2% after Monday's 2.8% drop.")
    assert _moves(text, "Tamsin Brewing")[-2:] == [("the broader Karvo 500 index", 0.2, "index"),
                                                   ("the broader Karvo 500 index", -2.8, "index")]
    # a company's own day before stays the company's
    assert _moves("Tamsin Brewing rose 0.2% after Monday's 2.8% drop.", "Tamsin Brewing") == [
        ("Tamsin Brewing", 0.2, "share"), ("Tamsin Brewing", -2.8, "share")]


def test_a_place_before_a_noun_owns_no_its() -> None:
    """"..., blaming last week's U.S. export rules, and its shares fell 3.8%": "U.S." modifies "export rules"; the
    owner of "its" is the company the clause opened with."""
    text = ("Corbel Devices cut its forecast on Monday, blaming last week's U.S. export rules, and its shares fell "
            "3.8% on Tuesday.")
    assert _moves(text, "Corbel Devices") == [("Corbel Devices", -3.8, "share")]
    # a company before its noun still owns "its"
    text = "Analysts praised Corbel Devices results, and its shares rose 3.8% on Tuesday."
    assert _moves(text, "Corbel Devices") == [("Corbel Devices", 3.8, "share")]


def test_a_name_between_the_and_a_company_noun_is_a_modifier() -> None:
    """"X, the Bergen company that makes Y, saw its shares fall 9.6%": the place modifies the descriptor; X owns
    "its"."""
    text = "Torvik Foods, the Bergen company that makes the snacks, saw its shares fall 9.6% on Wednesday."
    assert _moves(text, "Torvik Foods") == [("Torvik Foods", -9.6, "share")]
    # "the Acme shares" names Acme itself
    text = "Investors sold the Torvik shares, and the Torvik stock fell 9.6% on Wednesday."
    assert _moves(text, "Torvik") == [("Torvik", -9.6, "share")]


def _linked(text: str, links: dict[str, str]) -> list[tuple[int, int, str, str, str]]:
    """ORG mentions of each surface in ``links`` under the entity name the entity layer gave it (longest first)."""
    out: list[tuple[int, int, str, str, str]] = []
    for surface in sorted(links, key=len, reverse=True):
        for m in re.finditer(re.escape(surface) + r"(?![\w])", text):
            if not any(a <= m.start() < b for a, b, *_ in out):
                out.append((m.start(), m.end(), surface, links[surface], "ORG"))
    return sorted(out)


def _linked_shares(text: str, links: dict[str, str]) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, _linked(text, links))
    return [(str(c), float(p)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True) if k == "share"]


def test_a_short_name_linked_to_a_unit_is_the_listed_company() -> None:
    """The entity layer linked "Quarrow" to the unit "Quarrow Electric" (never written as a stock's); the article's
    "Shares of Quarrow Energy Holdings" say which Quarrow trades."""
    text = ("Shares of Quarrow Energy Holdings rose 5% on Wednesday after the state said the utility's Quarrow Electric "
            "unit could apply for help. Quarrow added another 2% on Thursday.")
    links = {"Quarrow Energy Holdings": "Quarrow Energy Holdings", "Quarrow Electric": "Quarrow Electric",
             "Quarrow": "Quarrow Electric"}
    assert _linked_shares(text, links) == [("Quarrow Energy Holdings", 5.0), ("Quarrow Energy Holdings", 2.0)]
    # a short name linked to a full name that is itself the stock keeps the full name
    text = "Shares of Quarrow Electric rose 5% on Wednesday. Quarrow added another 2% on Thursday."
    links = {"Quarrow Electric": "Quarrow Electric", "Quarrow": "Quarrow Electric"}
    assert _linked_shares(text, links) == [("Quarrow Electric", 5.0), ("Quarrow Electric", 2.0)]


def test_a_short_name_linked_to_a_building_is_the_short_name() -> None:
    """"Brisa" linked to "the Brisa Aviation Center" (a site, which issues no shares): "Brisa shares are down 1.4%"
    are Brisa's."""
    text = ("Pilots gathered outside the Brisa Aviation Center on Thursday. Brisa shares are down 1.4%, and Brisa ended "
            "down 2.2% on Wednesday.")
    links = {"Brisa Aviation Center": "Brisa Aviation Center", "Brisa": "Brisa Aviation Center"}
    assert _linked_shares(text, links) == [("Brisa", -1.4), ("Brisa", -2.2)]
    # a longer name that is no site keeps the entity layer's name
    links = {"Brisa Aviation Holdings": "Brisa Aviation Holdings", "Brisa": "Brisa Aviation Holdings"}
    text = "Brisa Aviation Holdings cut flights on Thursday. Brisa shares are down 1.4%."
    assert _linked_shares(text, links) == [("Brisa Aviation Holdings", -1.4)]


def test_initials_of_the_full_name_take_the_full_name() -> None:
    """"AB Vorn" after the article introduced "Alder-Brand Vorn": the first words written as their initials, the rest
    as they are; the reader knows the full name."""
    text = "Alder-Brand Vorn launched a bid for Kessel on Monday. AB Vorn shares fell 5.2% in Brussels."
    assert _moves(text, "Alder-Brand Vorn", "AB Vorn", "Kessel") == [("Alder-Brand Vorn", -5.2, "share")]
    text = "Associated Baltic Foods opened a plant. AB Foods shares fell 2% on Friday."
    assert _moves(text, "Associated Baltic Foods", "AB Foods") == [("Associated Baltic Foods", -2.0, "share")]
    # initials that do not spell the full name's first parts, or another last word, stay as written
    text = "Alder Brand Vorn launched a bid on Monday. AB Foods shares fell 5.2% in Brussels."
    assert _moves(text, "Alder Brand Vorn", "AB Foods") == [("AB Foods", -5.2, "share")]
    text = "Alder-Brand Vorn launched a bid on Monday. AB Vornex shares fell 5.2% in Brussels."
    assert _moves(text, "Alder-Brand Vorn", "AB Vornex") == [("AB Vornex", -5.2, "share")]


def test_initials_in_one_article_take_the_full_name_of_another() -> None:
    """An opinion piece that only writes "AB Vorn" and a news article's "Alder-Brand Vorn": one company on the Market
    page; a name with other initials, or an index, is left alone."""
    moves = pd.DataFrame({"company": ["Alder-Brand Vorn", "AB Vorn", "AC Vorn", "AB Vorn 20"],
                          "kind": ["share", "share", "share", "index"]})
    assert one_name_per_company(moves)["company"].tolist() == [
        "Alder-Brand Vorn", "Alder-Brand Vorn", "AC Vorn", "AB Vorn 20"]


def test_the_colon_of_a_ticker_opens_no_clause() -> None:
    """"X (NYSE: ABC) bucked the trend, gaining 2.7%": the participle's subject is X, the clause does not start after
    "NYSE:"; a label's colon before a name still opens the clause."""
    assert _moves("Halvard Brewing (NYSE: HVB) bucked the trend, gaining 2.7%.", "Halvard Brewing") == [
        ("Halvard Brewing", 2.7, "share")]
    assert _moves("Winners (Oslo): Halvard Brewing bucked the trend, gaining 2.7%.", "Halvard Brewing") == [
        ("Halvard Brewing", 2.7, "share")]


def test_the_nouns_of_a_relative_clause_are_no_subject() -> None:
    """"X, which said it had 2,900 policies in the zone, extended its two-day decline to 11.5%": X's running total,
    not the policies'; a quantity that is the verb's own subject after the insertion is still no stock."""
    text = ("Pellow Mutual Corp (NYSE: PLW), which said Monday it had about 2,900 policies in the fire zone, extended its "
            "two-day decline to 11.5%.")
    assert _moves(text, "Pellow Mutual Corp") == [("Pellow Mutual Corp", -11.5, "share")]
    text = "Pellow Mutual Corp, which sells policies in the zone, said revenue rose 11.5% last year."
    assert _moves(text, "Pellow Mutual Corp") == []


def test_a_two_column_table_under_another_quantity_holds_no_moves() -> None:
    """"Company | China share" over "Halvex Tools | 26%" rows: a share of revenue, no share price (the column's header,
    vocabulary of :mod:`analysis.market.tables`); a header naming a move's period keeps the rows, as does no header."""
    table = "Company | China share\nHalvex Tools | 26%\n\nOrrin Devices | 27%\n\nHalvex Tools fell 2% on Friday."
    assert _moves(table, "Halvex Tools", "Orrin Devices") == [("Halvex Tools", -2.0, "share")]
    table = "Company | Week\nHalvex Tools | -2.6%\nOrrin Devices | 2.7%"
    assert _moves(table, "Halvex Tools", "Orrin Devices") == [("Halvex Tools", -2.6, "share"),
                                                              ("Orrin Devices", 2.7, "share")]
    assert extract_moves(table, DAY, org_mentions(table, "Halvex Tools", "Orrin Devices"))["period"].tolist() == [
        "multi-day", "multi-day"]
    table = "Halvex Tools | -2.6%\nOrrin Devices | 2.7%"
    assert _moves(table, "Halvex Tools", "Orrin Devices") == [("Halvex Tools", -2.6, "share"),
                                                              ("Orrin Devices", 2.7, "share")]


def test_a_time_of_the_session_between_a_verb_and_its_by() -> None:
    """"fell in the morning by a further 0.9 percent", "recovered on Tuesday by 1.5 percent": the session's time
    stands between the verb and its figure (vocabulary: ``gap_words``); the day dates the move. A figure of something
    else after the day stays unread."""
    frame = extract_moves("Brisa shares, in contrast, recovered on Tuesday by 1.5 percent.", DAY, None)
    assert frame[["company", "pct"]].values.tolist() == [["Brisa", 1.5]]
    assert str(frame["session_date"].iloc[0])[:10] == "2031-11-18"
    assert _moves("Brisa shares fell in the morning by a further 0.9 percent.") == [("Brisa", -0.9, "share")]
    assert _moves("Brisa shares fell in early trading by 0.9 percent.") == [("Brisa", -0.9, "share")]
    assert _moves("Brisa shares fell on Tuesday as 20 percent of its flights were cancelled.") == []
