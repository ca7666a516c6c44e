"""Round 49 (helper moves49): share-move readings taught by the newly opened dev corpora. Invented texts and
names."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 10, 10)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names))
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_a_unit_heading_makes_a_labelled_list_s_bare_figures_moves() -> None:
    """"Scorecard (share price change, %)" over "Zorbo Pay: -2.7 this week, -28.4 since October 1": each bare figure is
    a move over the period its words name."""
    rows = "Zorbo Pay: -2.7 this week, -28.4 since October 1\n\nQuistal Cards: +0.9 this week, +8.3 since October 1\n"
    text = "Week in review\n\nScorecard (share price change, %)\n\n" + rows
    frame = extract_moves(text, DAY, org_mentions(text, "Zorbo Pay", "Quistal Cards"))
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [
        ("Zorbo Pay", -2.7), ("Zorbo Pay", -28.4), ("Quistal Cards", 0.9), ("Quistal Cards", 8.3)]
    assert [(str(a), str(b)) for a, b in zip(frame["period_start"], frame["period_end"], strict=True)] == [
        ("2031-10-06", "2031-10-10"), ("2031-10-01", "2031-10-10")] * 2
    # without a heading that names the unit, bare figures are no moves (a count, a length, a price ...)
    assert _moves("Week in review\n\nScorecard\n\n" + rows, "Zorbo Pay", "Quistal Cards") == []


def _linked(text: str, short: str, name: str, *others: str) -> list[tuple[int, int, str, str, str]]:
    """Organisation mentions of ``others`` and of ``short``, each writing of ``short`` linked to ``name``."""
    import re

    found = org_mentions(text, name, *others)
    taken = [(a, b) for a, b, *_ in found]
    for m in re.finditer(re.escape(short) + r"\b", text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), m.end(), short, name, "ORG"))
    return sorted(found)


def test_a_short_name_is_the_company_not_the_ship_named_after_it() -> None:
    """"Zorbo's shares fell 9.8%" with "Zorbo" linked to the ship "the Zorbo Meridian": the one company of the text
    whose name opens with "Zorbo" and ends as a company's does ("Zorbo Cruise Holdings")."""
    text = ("The first sign of trouble aboard the Zorbo Meridian came on Thursday. The Zorbo Meridian docked early on "
            "Tuesday, according to Zorbo Cruise Holdings.\n\nZorbo's shares fell 9.8% on Tuesday.")
    mentions = _linked(text, "Zorbo", "Zorbo Meridian", "Zorbo Cruise Holdings")
    frame = extract_moves(text, DAY, mentions)
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [("Zorbo Cruise Holdings", -9.8)]
    # a company named without "the" before it ("Zorbo Meridian said ..."): the entity layer's link stands
    text = text.replace("aboard the Zorbo", "at Zorbo").replace("The Zorbo Meridian docked", "Zorbo Meridian docked")
    frame = extract_moves(text, DAY, _linked(text, "Zorbo", "Zorbo Meridian", "Zorbo Cruise Holdings"))
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [("Zorbo Meridian", -9.8)]


def test_a_headline_s_ship_written_first_is_not_the_company() -> None:
    """The headline names the ship ("Zorbo Meridian to sail again"), the body the company, and "Zorbo shares" (linked
    to the company) stay the company's, not the first name written in full."""
    text = ("Zorbo Meridian to sail again\n\nZorbo Cruise Holdings said inspectors had cleared the Zorbo Meridian to sail."
            "\n\nZorbo shares closed up 9.7% on Tuesday.")
    mentions = _linked(text, "Zorbo", "Zorbo Cruise Holdings", "Zorbo Meridian")
    frame = extract_moves(text, DAY, mentions)
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [("Zorbo Cruise Holdings", 9.7)]


def test_shares_of_a_company_which_owns_another_are_the_owner_s() -> None:
    """"Shares of rival Quistal Foods SA, which owns poultry producer Harlo, lost 2.1%": the relative clause tells of
    the owner, whose shares moved; the described name in it is its object. An appositive that is itself a described
    name ("its last target, the device maker Harlo,") still gives the name."""
    text = "Zorbo fell. Shares of rival Quistal Foods SA, which owns poultry producer Harlo, lost 2.1%."
    assert _moves(text, "Zorbo", "Quistal Foods SA", "Harlo") == [("Quistal Foods SA", -2.1)]
    text = "Zorbo fell. Its last target, the device maker Harlo, lost 2.1%."
    assert _moves(text, "Zorbo", "Harlo") == [("Harlo", -2.1)]


def test_a_conjunct_of_a_preposition_s_object_owns_no_its() -> None:
    """"... at two plants in Harlow and Quenby to meet orders, and its shares rose 1.9%": Quenby, joined by "and" to
    the place "in" governs, is a place of the clause too, not the owner of "its"; the company is."""
    text = ("Separately, rival Zorbo Foods said on Monday it had added a shift at two plants in Harlow and Quenby to meet "
            "export orders, and its shares rose 1.9% on Monday.")
    assert _moves(text, "Zorbo Foods") == [("Zorbo Foods", 1.9)]


def test_a_descriptor_opening_with_a_participle_shaped_word_is_no_adverbial() -> None:
    """"Feed maker Quistal Foods extended its slide, falling another 4.4%": "Feed" looks like a participle ("Battered
    by the strike, X ..."), but "Feed maker Quistal Foods" is the clause's subject, which the participle after the comma
    takes."""
    text = "Zorbo rose 1.8%. Feed maker Quistal Foods extended its slide, falling another 4.4%."
    assert _moves(text, "Zorbo", "Quistal Foods") == [("Zorbo", 1.8), ("Quistal Foods", -4.4)]
    text = "Zorbo rose 1.8%. Shipping firm Quistal extended its slide, falling another 4.4%."
    assert _moves(text, "Zorbo", "Quistal") == [("Zorbo", 1.8), ("Quistal", -4.4)]
    assert _moves("Battered by the strike, Quistal Foods rebounded, rising 4.4%.", "Quistal Foods") == [
        ("Quistal Foods", 4.4)]


def test_the_company_the_move_came_at_owns_the_next_its() -> None:
    """"The sharpest move came at Quistal Foods SA, a maker of feed that sells 31% of its output to Bolt's farms. Its
    shares tumbled 12.1%": the company the move came at, not the last name of its description."""
    text = ("Bolt fell 9.6%. The sharpest move came at Quistal Foods SA, a Harlow-based maker of animal feed that sells "
            "about 31% of its output to Bolt's farms. Its shares tumbled 12.1% as analysts warned.")
    assert _moves(text, "Bolt", "Quistal Foods SA") == [("Bolt", -9.6), ("Quistal Foods SA", -12.1)]


def test_a_heading_in_capitals_names_the_company_of_its_entry() -> None:
    """A rundown of stocks to watch, each entry under its company's name in capitals: "HARLO CARDS" over "The French
    payments company said ... Its shares slipped 1.1%" is Harlo Cards' move, not that of the entry before, even when
    the entity layer knows Harlo Cards under no writing (the headline's list writes it); two headings or more that
    name known organisations make the rundown."""
    text = ("STOCKS TO WATCH - Zorbo Pay, Quistal, Harlo Cards\n\nZORBO PAY\nThe Dutch payments firm cut its outlook. "
            "Zorbo Pay shares were indicated 3% higher.\n\nQUISTAL\nRoe Bank raised its target on Quistal. The stock "
            "closed up 0.9% on Thursday.\n\nHARLO CARDS\nThe French payments company said it had no exposure. Its shares "
            "slipped 1.1% in the previous session.\n")
    mentions = org_mentions(text, "Zorbo Pay", "Quistal", "Roe Bank")
    for capitals, name in (("ZORBO PAY", "Zorbo Pay"), ("QUISTAL", "Quistal")):
        at = text.index(capitals)
        mentions.append((at, at + len(capitals), capitals, name, "ORG"))
    frame = extract_moves(text, DAY, sorted(mentions))
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [
        ("Zorbo Pay", 3.0), ("Quistal", 0.9), ("Harlo Cards", -1.1)]
    # one heading that names a known organisation makes no rundown: the unknown heading names nobody
    text = text.replace("ZORBO PAY\n", "")
    mentions = org_mentions(text, "Zorbo Pay", "Quistal", "Roe Bank")
    at = text.index("QUISTAL")
    mentions.append((at, at + 7, "QUISTAL", "Quistal", "ORG"))
    frame = extract_moves(text, DAY, sorted(mentions))
    assert "Harlo Cards" not in set(frame["company"])


def test_a_name_typed_a_person_described_as_the_index_heavyweight_is_a_stock() -> None:
    """"Zorbo Nordby, the index heavyweight, edged up 0.3%", the entity layer typing the name a person's: described as
    a stock of the index, it is a company; a person's poll figure stays no move."""
    text = "The benchmark Harlow 25 index closed 0.6% higher. Zorbo Nordby, the index heavyweight, edged up 0.3%."
    at = text.index("Zorbo Nordby")
    person = [(at, at + 12, "Zorbo Nordby", "Zorbo Nordby", "PERSON")]
    frame = extract_moves(text, DAY, person)
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [
        ("The benchmark Harlow 25 index", 0.6), ("Zorbo Nordby", 0.3)]
    text = "Zorbo Nordby, the party's candidate, edged up 3% among older voters."
    assert extract_moves(text, DAY, [(0, 12, "Zorbo Nordby", "Zorbo Nordby", "PERSON")]).empty


def test_a_name_the_text_writes_as_a_mid_cap_index_is_an_index() -> None:
    """"... the largest member of the Karvo mid-cap index ... The Karvo fell 1.3%": the Karvo is an index, whatever
    the entity layer typed it; without such words it stays a company."""
    text = ("Zorbo is the largest member of the Karvo mid-cap index. Zorbo lost 18.2% on Friday. The Karvo fell 1.3%.")
    frame = extract_moves(text, DAY, org_mentions(text, "Zorbo", "Karvo"))
    assert list(zip(frame["company"], frame["kind"], strict=True)) == [("Zorbo", "share"), ("Karvo", "index")]
    text = "Zorbo lost 18.2% on Friday. The Karvo fell 1.3%."
    frame = extract_moves(text, DAY, org_mentions(text, "Zorbo", "Karvo"))
    assert list(zip(frame["company"], frame["kind"], strict=True)) == [("Zorbo", "share"), ("Karvo", "share")]


def test_a_level_against_where_the_stock_stood_in_a_month_or_a_weekday_s_price_is_a_move() -> None:
    """"44% below where they stood in June" and "11% below Tuesday's untraded limit-down price" are moves since then,
    as "below where they stood a week ago" and "below Tuesday's close" are; a bid's price is no level of the stock."""
    text = ("Zorbo's shares ended Friday at $18.90, down 31% from their close on September 11 and 44% below where they "
            "stood in June.")
    assert _moves(text, "Zorbo") == [("Zorbo", -31.0), ("Zorbo", -44.0)]
    text = "Zorbo fell. The stock opened at 5,200 yen, 11% below Tuesday's untraded limit-down price."
    assert _moves(text, "Zorbo") == [("Zorbo", -11.0)]
    assert _moves("Zorbo fell. The stock traded 3% below Tuesday's offer price.", "Zorbo") == []


def test_a_futures_contract_s_second_verb_is_no_company_s_move() -> None:
    """"Karvo futures were down 1.3% on Tuesday, and have lost 6% since February": the second verb's subject is the
    futures contract too, not a company named "Karvo"."""
    text = "Karvo futures on the Harlow exchange were down 1.3 per cent on Tuesday, and have lost 6 per cent since February."
    assert _moves(text) == []
    assert _moves("Zorbo fell 2% on Tuesday, and has lost 6 per cent since February.", "Zorbo") == [
        ("Zorbo", -2.0), ("Zorbo", -6.0)]


def test_a_possessive_whose_noun_is_left_out_owns_the_earlier_clause_s_quantity() -> None:
    """"Zorbo's weekly carloadings fell 94%, while Quistal's rose 4%": Quistal's carloadings rose, no stock; with
    "shares" (or the market value) in the earlier clause, "Quistal's" are Quistal's shares."""
    text = "Zorbo's weekly carloadings fell 94% in the week, while Quistal's rose 4%."
    assert _moves(text, "Zorbo", "Quistal") == []
    text = "Zorbo's shares fell 9%, while Quistal's rose 4%."
    assert _moves(text, "Zorbo", "Quistal") == [("Zorbo", -9.0), ("Quistal", 4.0)]


def test_a_wire_deck_s_bare_shares_are_the_headline_s_stock() -> None:
    """A wire story's deck between its headline and its dateline: "Shares fall another 12.6%" after a bullet naming
    the central bank the headline opens on is the headline's company's move, the one the text writes as a stock's
    ("Shares in Zorbo (ZRB.AS)"), not the bank's."""
    text = ("Harlow central bank opens probe into Zorbo Payments' controls\n\nHNB examining vetting of merchants - "
            "sources\n\nShares fall another 12.6%, down 40% in two sessions\n\nHARLOW, March 4 (Example Wire) - Harlow "
            "National Bank (HNB) has opened an investigation into Zorbo Payments.\n\nShares in Zorbo (ZRB.AS) fell 12.6%.\n")
    mentions = org_mentions(text, "Harlow National Bank", "Zorbo Payments")
    for surface, name in (("HNB", "Harlow National Bank"), ("Zorbo", "Zorbo Payments")):
        taken = [(a, b) for a, b, *_ in mentions]
        mentions += [(m, m + len(surface), surface, name, "ORG") for m in range(len(text))
                     if text.startswith(surface + " ", m) and not any(a <= m < b for a, b in taken)]
    frame = extract_moves(text, DAY, sorted(mentions))
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [
        ("Zorbo Payments", -12.6), ("Zorbo Payments", -40.0), ("Zorbo Payments", -12.6)]


def test_a_numbered_name_before_its_level_in_a_data_strip_is_an_index() -> None:
    """"Karvo Select 30 2,191.77 +1.06%" in a strip of market data: the number belongs to the index's name, before
    its level in thousands; a company before its price stays a company."""
    frame = extract_moves("Gold $2,279.04 +1.27%  Karvo Select 30 2,191.77 +1.06%", DAY, [])
    assert list(zip(frame["company"], frame["kind"], frame["pct"], strict=True)) == [
        ("Gold", "index", 1.27), ("Karvo Select 30", "index", 1.06)]
    assert _moves("Zorbo Tools 2,191.77 +1.06%", "Zorbo Tools") == [("Zorbo Tools", 1.06)]


def test_a_company_whose_name_ends_in_a_possessive_keeps_its_move() -> None:
    """"After Zorbo's chairman quit, Quistal's dropped 7%": no figure of the earlier possessive's noun to copy, so
    "Quistal's" is the company (a name such as "Sainsbury's"), whose shares dropped."""
    assert _moves("After Zorbo's chairman quit, Quistal's dropped 7%.", "Zorbo", "Quistal's") == [("Quistal's", -7.0)]


def test_a_company_written_after_the_as_a_modifier_is_no_thing_named_after_it() -> None:
    """"the Zorbo Meridian deal" writes the company's name as a modifier of a company's noun: "Zorbo" linked to it stays
    Zorbo Meridian's, though another firm's name opens with "Zorbo"."""
    text = ("Zorbo Meridian agreed to buy Zorbo Cruise Holdings. The Zorbo Meridian board approved the deal, and the Zorbo "
            "Meridian deal closes in May.\n\nZorbo's shares fell 9.8% on Tuesday.")
    mentions = _linked(text, "Zorbo", "Zorbo Meridian", "Zorbo Cruise Holdings")
    frame = extract_moves(text, DAY, mentions)
    assert list(zip(frame["company"], frame["pct"], strict=True)) == [("Zorbo Meridian", -9.8)]
