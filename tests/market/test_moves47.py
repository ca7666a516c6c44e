"""Round 47 (moves47): classes of share-move errors counted on the two newly opened dev corpora and real news text,
each tried on invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import _mention, every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


def _linked(text: str, short: str, linked: str, *names: str) -> list[tuple[str, str, float]]:
    """The moves with every ``short`` linked by the entity layer to ``linked`` (written in full somewhere too)."""
    mentions = [_mention(text, short, name=linked, nth=i) for i in range(text.count(short))
                if not text.startswith(linked, _mention(text, short, nth=i)[0])]
    mentions += every_mention(text, linked, *names)
    rows = extract_moves(text, PUB, sorted(mentions))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A wire column's slug of several words in capitals glued to its headline ("UK STOCKS TO WATCH-Acme, Bolt"): no
# part of the first name, which a later "the shares" points back to.

def test_a_slug_of_words_in_capitals_is_no_part_of_the_name() -> None:
    text = ("EURO STOCKS TO WATCH-Pellam & Dorrow, Bolt Tools\n\n"
            "* PELLAM & DORROW: The grocer agreed to sell its bakery arm. The shares rose 6.2% on Thursday.")
    assert _rows(text, "Bolt Tools") == [("share", "Pellam & Dorrow", 6.2)]


def test_a_one_word_tag_is_still_blanked() -> None:
    text = "UPDATE 2-Pellam Foods shares rise 6.2% on bakery sale"
    assert _rows(text, "Pellam Foods") == [("share", "Pellam Foods", 6.2)]


# 2. A question's copula naming an owner ("How bad is Acme's position?") sets the answer's topic: the owner, not
# "Acme's position?" read as a name.

def test_a_questions_owner_is_the_topic_not_the_thing_owned() -> None:
    text = ("Pellam Water warned on Thursday that it may need a rescue.\n"
            "How bad is Pellam's position?\n"
            "Net debt is 4.1bn pounds. The shares have lost 38.5% since last Monday's close.")
    assert _rows(text, "Pellam Water", "Pellam") == [("share", "Pellam", -38.5)]


def test_a_copula_naming_a_company_keeps_it() -> None:
    text = "Markets were calm. The day's biggest loser was Dorrow Tools. The shares fell 4%."
    assert _rows(text, "Dorrow Tools") == [("share", "Dorrow Tools", -4.0)]


# 3. "The shares" after a sentence naming a pair of firms the text never writes with shares and whose moves it never
# told (investors in talks, advisers: "Bolt and Cray did not respond"): the stock of the story, the company whose move
# the article told, not the pair's last item.

def test_the_shares_after_an_investor_are_the_storys_company() -> None:
    text = ("Shares in Pellam Water jumped 17.1% on Wednesday after a report of a rescue share sale.\n"
            "Bolt Partners, which owns 19.9% of the company, is in talks with Dorrow Capital about underwriting it.\n"
            "Bolt Partners and Dorrow Capital did not respond to requests for comment.\n"
            "The shares closed at 212 pence, still down about 41% from their level in June.")
    assert _rows(text, "Pellam Water", "Dorrow Capital", "Bolt Partners") == [
        ("share", "Pellam Water", 17.1), ("share", "Pellam Water", -41.0)]


def test_the_shares_of_a_firm_the_text_ties_to_shares_stay_its_own() -> None:
    text = ("Shares in Pellam Water jumped 17.1% on Wednesday.\n"
            "Dorrow Tools shares have lagged this year.\n"
            "Dorrow Tools said on Thursday it would cut 300 jobs. The shares fell 3.3%.")
    assert _rows(text, "Pellam Water", "Dorrow Tools") == [("share", "Pellam Water", 17.1),
                                                           ("share", "Dorrow Tools", -3.3)]


def test_its_shares_keep_their_owner() -> None:
    text = ("Pellam Water jumped 17.1% on Wednesday.\n"
            "Dorrow Tools said it would buy a stake in the company. Its shares rose 2.2%.")
    assert _rows(text, "Pellam Water", "Dorrow Tools") == [
        ("share", "Pellam Water", 17.1), ("share", "Dorrow Tools", 2.2)]


# 4. A fronted phrase, a descriptor in lower case before the first name, then a second name with a relative clause
# ("In Oslo, valve maker A lost 5.5% and B, which makes pumps, fell 4.9%"): the clause before B's comma tells A's move
# and is no insertion between a subject and its verb; B's figure is B's.

def test_a_second_name_with_a_relative_clause_after_a_move_keeps_its_figure() -> None:
    text = "In Oslo, valve maker Pellam Group lost 5.5% and Dorrow Holding, which makes marine pumps, fell 4.9%."
    assert _rows(text, "Pellam Group", "Dorrow Holding") == [("share", "Pellam Group", -5.5),
                                                             ("share", "Dorrow Holding", -4.9)]


def test_an_insertion_in_lower_case_still_stands_between_subject_and_verb() -> None:
    text = "Dorrow Holding, a maker of marine pumps with 12% of the market, fell 4.9%."
    assert _rows(text, "Dorrow Holding") == [("share", "Dorrow Holding", -4.9)]



# 5. A short name the entity layer linked to a later, longer namesake ("Acme" to "Acme Inns", the estate the group may
# sell; "Acme" to "the Acme Creditor Committee", a group of bondholders): the shares are the company the article
# introduced in full first, or the namesake that issues shares.

def test_a_short_name_linked_to_a_later_namesake_is_the_company_written_first() -> None:
    text = ("The chief executive of Pellam Brewing Group left on Monday.\n"
            "Investors agree: Pellam shares gained 8.6% over Monday and Tuesday.\n"
            "The activist wants the sale of Pellam Inns, the 900-site estate.")
    assert _linked(text, "Pellam", "Pellam Inns", "Pellam Brewing Group") == [("share", "Pellam Brewing Group", 8.6)]


def test_a_short_name_linked_to_the_namesake_written_first_keeps_it() -> None:
    text = ("Pellam Inns, the pub estate, was put up for sale on Monday.\n"
            "Investors agree: Pellam shares gained 8.6% over Monday and Tuesday.\n"
            "Its owner, Pellam Brewing Group, declined to comment.")
    assert _linked(text, "Pellam", "Pellam Inns", "Pellam Brewing Group") == [("share", "Pellam Inns", 8.6)]


def test_a_committee_counts_for_its_namesake_with_shares() -> None:
    text = ("Bondholders formed a group on Monday to negotiate with Pellam Water.\n"
            "The group calls itself the Pellam Creditor Committee and holds 58% of the bonds.\n"
            "Pellam suspended its dividend last week, and Pellam bonds fell.\n"
            "On Monday they fell a further 5.2% to 175p.")
    assert _linked(text, "Pellam", "Pellam Creditor Committee", "Pellam Water") == [("share", "Pellam Water", -5.2)]


# 6. A one-word name the entity layer typed a place, which no place list knows, described right after it as a company
# ("X, Belgium's largest grocer, shed 2.7%"): a company's move, not a market's.

def test_a_name_typed_a_place_but_described_as_a_company_is_a_share() -> None:
    text = "Quarvel, Belgium's largest grocer, shed 2.7%, while Dorrow Foods slipped 1.9%."
    mentions = [_mention(text, "Quarvel", "PLACE"), _mention(text, "Belgium", "PLACE"), _mention(text, "Dorrow Foods")]
    rows = extract_moves(text, PUB, sorted(mentions))
    assert [(r.kind, r.company, r.pct) for r in rows.itertuples()] == [("share", "Quarvel", -2.7),
                                                                      ("share", "Dorrow Foods", -1.9)]


def test_a_place_described_as_a_place_stays_a_market() -> None:
    text = "Quarvel, the region's oldest bourse town, fell 1.2%."
    mentions = [_mention(text, "Quarvel", "PLACE")]
    rows = extract_moves(text, PUB, sorted(mentions))
    assert [(r.kind, r.company, r.pct) for r in rows.itertuples()] == [("index", "Quarvel", -1.2)]


# 7. A causative verb before a descriptor's shares ("has sent the company's shares about 55% higher", "sending the
# lender's stock down 8%"): the shares of the company the descriptor stands for, like "sent its shares".

def test_shares_a_causative_verb_sends_are_the_described_companys() -> None:
    text = ("Pellam Lithium agreed to a bid last week. Since then, a report that a rival might join the contest has sent "
            "the company's shares about 55 per cent higher this week.")
    assert _rows(text, "Pellam Lithium") == [("share", "Pellam Lithium", 55.0)]


def test_a_causative_verb_before_no_company_noun_gives_no_move() -> None:
    text = "Pellam Bank lost a lawsuit on Monday, sending the sector's laggards down 8%."
    assert _rows(text, "Pellam Bank") == []
