"""Round 21: false share moves that real news written by others showed, each rule on an invented sentence (no word,
name or figure of any corpus), with what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday

Mention = tuple[int, int, str, str, str]


def _mention(text: str, surface: str, kind: str = "ORG", name: str | None = None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), surface, name or surface, kind)


def every_mention(text: str, *names: str) -> list[Mention]:
    """An ORG mention for every occurrence of each name (the later rounds' tests)."""
    return [_mention(text, name, nth=nth) for name in names for nth in range(text.count(name))]


def _rows(text: str, mentions: list[Mention]) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


# 1. A person (the entity layer's PERSON over the whole subject) is no company whose shares move, unless the text ties
# the name to shares or the sentence gives a price change in money.

def test_a_person_is_no_company_whose_shares_move() -> None:
    text = "Quillan did slightly better among older voters in Dorrow, winning 14 percent support, 5 percent higher than nationally."
    assert _rows(text, [_mention(text, "Quillan", "PERSON", "Maren Quillan")]) == []


def test_a_person_named_as_a_stock_keeps_the_move() -> None:
    tied = "Quillan shares are traded in Oslo. Quillan rose 5 percent on Friday."
    assert _rows(tied, [_mention(tied, "Quillan", "PERSON"), _mention(tied, "Quillan", "PERSON", nth=1)]) == \
        [("share", "Quillan", 5.0)]
    money = "Quillan rose $2.10, or 5 percent, to $44.12."
    assert _rows(money, [_mention(money, "Quillan", "PERSON")]) == [("share", "Quillan", 5.0)]
    typed_org = "Quillan rose 5 percent on Friday."
    assert _rows(typed_org, [_mention(typed_org, "Quillan")]) == [("share", "Quillan", 5.0)]


# 2. A page's section heading (a line of its own in capitals, no figure: "FULL TEXT.", "ABSTRACT.") is no antecedent
# unless it names an organisation of the entity layer or a name the text ties to shares.

def test_a_heading_in_capitals_is_no_antecedent() -> None:
    text = "ABSTRACT.\n\nCosts rose in the spring.\n\nFULL TEXT.\n\nIts shares fell 5% on Tuesday."
    assert _rows(text, [_mention(text, "Tuesday", "DATE")]) == []


def test_a_heading_that_names_a_company_stays_an_antecedent() -> None:
    text = "ORVALE TOOLS\n\nIts shares fell 5% on Tuesday."
    assert _rows(text, [_mention(text, "ORVALE TOOLS", name="Orvale Tools")]) == [("share", "Orvale Tools", -5.0)]
    tied = "Orvale Tools shares rose 3% on Monday.\n\nORVALE TOOLS\n\nIts shares fell 5% on Tuesday."
    assert _rows(tied, [_mention(tied, "Monday", "DATE")]) == [("share", "Orvale Tools", 3.0), ("share", "Orvale Tools", -5.0)]


# 3. A bare "it" that moves with no word of shares, value or a price change in money in its sentence never means a
# body that issues no shares (a party), nor the one organisation the sentence before names or the one named most in
# the text unless the text ties it to shares.

def test_a_bare_it_with_no_word_of_shares_is_no_party_nor_an_untied_name() -> None:
    party = "The Harlan Party said turnout fell.\n\nIt declined in almost every county, dropping roughly 40 percent in Dunmore."
    assert _rows(party, [_mention(party, "Harlan Party"), _mention(party, "Dunmore", "PLACE")]) == []
    named = ("Turnout fell sharply, with 20,000 fewer Harlan Democrats voting.\n\n"
             "It declined in almost every county, dropping roughly 40 percent in Dunmore.")
    assert _rows(named, [_mention(named, "Harlan Democrats"), _mention(named, "Dunmore", "PLACE")]) == []
    most = ("Brevik Union met. Brevik Union spoke. Brevik Union voted.\n\nThe vote was close.\n\nIt was not.\n\n"
            "Nor was this.\n\nOr that.\n\nWell.\n\nIt declined in almost every county, dropping 40 percent in Dunmore.")
    mentions = [_mention(most, "Brevik Union", nth=k) for k in range(3)]
    assert _rows(most, mentions) == []


def test_a_bare_it_still_means_a_company_or_a_stock() -> None:
    known = "Marlquist Motors recalled 40,000 trucks on Monday. It fell 2.8% on Tuesday."
    assert _rows(known, [_mention(known, "Marlquist Motors")]) == [("share", "Marlquist Motors", -2.8)]
    tied = "Brevik Holdings shares rose 3% on Monday. It fell 5% on Tuesday."
    assert _rows(tied, [_mention(tied, "Monday", "DATE")]) == [("share", "Brevik Holdings", 3.0), ("share", "Brevik Holdings", -5.0)]
    named = "Costs rose, Brevik Holdings said.\n\nIt fell $1.10, or 5 percent, to $21.30."
    assert _rows(named, [_mention(named, "Brevik Holdings")]) == [("share", "Brevik Holdings", -5.0)]


# 4. A short name the entity layer linked to a longer name the text only coins (in quotes or after "called" /
# "dubbed", no legal form: a culture, a plan) is written as the sentence gives it.

def test_a_company_linked_to_a_coined_name_keeps_its_own_name() -> None:
    text = ("Tarrow staff prized a culture called \"The Tarrow Way.\" After the merger, Tarrow's share price fell "
            "13 percent.")
    mentions = [_mention(text, "Tarrow", name="Tarrow Way"), _mention(text, "Tarrow Way"),
                _mention(text, "Tarrow's", name="Tarrow Way")]
    mentions[-1] = (mentions[-1][0], mentions[-1][0] + 6, "Tarrow", "Tarrow Way", "ORG")
    assert _rows(text, mentions) == [("share", "Tarrow", -13.0)]


def test_a_company_linked_to_its_full_name_keeps_the_full_name() -> None:
    plain = "Tarrow Mobility builds scooters. After the merger, Tarrow's share price fell 13 percent."
    at = plain.index("Tarrow's")
    mentions = [_mention(plain, "Tarrow Mobility"), (at, at + 6, "Tarrow", "Tarrow Mobility", "ORG")]
    assert _rows(plain, mentions) == [("share", "Tarrow Mobility", -13.0)]
    legal = "A firm called \"Tarrow Holdings\" bought it. After the merger, Tarrow's share price fell 13 percent."
    at = legal.index("Tarrow's")
    mentions = [_mention(legal, "Tarrow Holdings"), (at, at + 6, "Tarrow", "Tarrow Holdings", "ORG")]
    assert _rows(legal, mentions) == [("share", "Tarrow Holdings", -13.0)]


# 5. A sentence whose subject is no company but which tells of one company's shares ("Investors ... pushed up C's share
# price") has that company as the topic a later "the shares" means.

def test_the_shares_after_a_sentence_about_one_company_s_share_price() -> None:
    text = ("Ostrel Motors is close to a deal with Vantry Cars. Traders, betting on a fight between Ostrel and Brisco, "
            "pushed up Vantry's share price on Dunmore's stock exchange yesterday. Since Tuesday, the shares have gained "
            "nearly 4%.")
    mentions = [_mention(text, "Ostrel Motors"), _mention(text, "Vantry Cars"), _mention(text, "Ostrel", name="Ostrel Motors", nth=1),
                _mention(text, "Brisco"), _mention(text, "Vantry", name="Vantry Cars", nth=1), _mention(text, "Dunmore", "PLACE")]
    assert _rows(text, mentions) == [("share", "Vantry Cars", 4.0)]


def test_a_company_subject_stays_the_topic_beside_another_s_shares() -> None:
    text = "Ostrel Motors bought Vantry shares last week. Since Tuesday, the shares have gained nearly 4%."
    assert _rows(text, [_mention(text, "Ostrel Motors"), _mention(text, "Vantry")]) == [("share", "Ostrel Motors", 4.0)]
    two = "Traders sold Ostrel shares and bought Vantry shares. Since Tuesday, the shares have gained nearly 4%."
    assert _rows(two, [_mention(two, "Ostrel"), _mention(two, "Vantry")]) == []  # two companies' shares: no one topic
    parent = "Trading in shares of Ostrel Bank's parent was halted on Friday after they fell 40% in premarket trade."
    assert _rows(parent, []) == []  # the parent's shares, not the bank's
    listed = ("The Dunmore-based toy maker said sales doubled, and its Dunmore-listed shares closed 9.5% higher on "
              "Wednesday.")
    assert all(company != "Dunmore-listed" for _k, company, _p in _rows(listed, [_mention(listed, "Dunmore", "PLACE")]))


# 6. A name an appositive calls a fund ("X, the fund that holds ...", "X, a hedge fund,") moves as a fund: an index
# row, as a fund's own name is ("the Orvell Growth Fund").

def test_a_name_called_a_fund_is_an_index_row() -> None:
    text = "Orvell Partners Select, the fund that holds Tarrow shares, is down 15.9 percent so far this year."
    assert _rows(text, [_mention(text, "Orvell Partners Select"), _mention(text, "Tarrow")]) == \
        [("index", "Orvell Partners Select", -15.9)]


def test_a_company_with_another_appositive_stays_a_share_row() -> None:
    manager = "Orvell Capital, the fund manager, fell 3 percent on Friday."
    assert _rows(manager, [_mention(manager, "Orvell Capital")]) == [("share", "Orvell Capital", -3.0)]
    lender = "Orvell Bank, the lender that funds Tarrow, fell 3 percent on Friday."
    assert _rows(lender, [_mention(lender, "Orvell Bank")]) == [("share", "Orvell Bank", -3.0)]


# 7. An index named by its head noun alone ("the index", "the benchmark") is the one index whose move the sentence or
# the sentence just before reported.

def test_the_index_is_the_index_just_moved() -> None:
    text = "The Castorra Composite Index tumbled 1.2% on Friday. For the week, the index dropped 3.8%."
    rows = _rows(text, [])
    assert rows == [("index", rows[0][1], -1.2), ("index", rows[0][1], -3.8)] and rows[0][1] != "the index"


def test_the_index_after_two_indices_stays_unnamed() -> None:
    text = "The Castorra Composite Index fell 1.2% and the Brill 20 Index rose 2% on Friday. For the week, the index dropped 3.8%."
    assert _rows(text, [])[-1] == ("index", "the index", -3.8)
