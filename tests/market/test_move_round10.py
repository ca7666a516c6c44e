"""Round 10: general share-move constructions found on a dev corpus's misses, each on an invented sentence (no word,
name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves

PUB = date(2025, 3, 13)  # a Thursday


def _moves(text: str, mentions: pd.DataFrame | None = None) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples() if r.kind == "share"]


def _kinds(text: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, PUB, None)
    return sorted((r.company, r.pct, "m" if r.period in ("multi-day", "year-to-date") or r.period_end is not None else "s")
                  for r in frame.itertuples() if r.kind == "share")


def _mentions(text: str, *spans: tuple[str, str, str]) -> pd.DataFrame:
    """(surface, name, type) mentions at every place of the surface in ``text``."""
    rows = []
    for s, n, t in spans:
        i = text.find(s)
        while i >= 0:
            rows.append((i, i + len(s), s, n, t))
            i = text.find(s, i + 1)
    return pd.DataFrame(rows, columns=["start", "end", "surface", "name", "type"])


# Running totals told with a verb and no owner before the noun.

def test_pares_losses_to_a_figure_is_the_subjects_move() -> None:
    assert _moves("Quorvane Foods pares losses to 6.2%.") == [("Quorvane Foods", -6.2)]


def test_extends_gains_to_a_figure_is_the_subjects_move() -> None:
    assert _moves("Bellsand Rail extends gains to 8.3%, its best day in a year.") == [("Bellsand Rail", 8.3)]


def test_a_demonstrative_running_total_points_back_to_the_move_before() -> None:
    text = "Tarvik Textiles fell 5.35% on Wednesday. That takes the losses since the Ormond ruling to roughly 23%."
    assert _moves(text) == [("Tarvik Textiles", -5.35), ("Tarvik Textiles", -23.0)]


def test_a_running_total_after_a_further_move_keeps_the_subject() -> None:
    text = "Selwyn Pharma fell 13% last week, and a further 3.25% on Monday took the decline since the trial to 15.8%."
    assert sorted(_moves(text)) == [("Selwyn Pharma", -15.8), ("Selwyn Pharma", -13.0), ("Selwyn Pharma", -3.25)]


def test_an_owned_running_total_still_points_back() -> None:
    assert _moves("Corlan Steel pared its losses to 3.65%.") == [("Corlan Steel", -3.65)]


# A distance from the stock's own high, low or listing price: a move since that mark.

def test_trades_below_its_year_high_is_a_multi_day_fall() -> None:
    assert _kinds("Dravos Mining still trades 23.5% below its 2023 high.") == [("Dravos Mining", -23.5, "m")]


def test_above_its_low_is_a_multi_day_rise() -> None:
    assert _kinds("Emberly Retail shares are now 35% above their March low.") == [("Emberly Retail", 35.0, "m")]


def test_below_the_offer_price_of_a_bid_is_no_move() -> None:
    assert _moves("The bid values Fenmore Group at 12% below the offer price of its rival.") == []


# A period modifier between a figure and its move noun.

def test_a_year_to_date_drop_owned_by_a_name() -> None:
    assert _kinds("Gallow Energy's 13% year-to-date drop worries its bondholders.") == [("Gallow Energy", -13.0, "m")]


def test_a_three_day_rally_owned_by_a_name() -> None:
    assert _moves("Harrowgate Bank's 9.7% three-day rally ended on Thursday.") == [("Harrowgate Bank", 9.7)]


# A short name the entity layer linked to a body that issues no shares.

def test_a_short_name_linked_to_a_staff_forum_is_the_listed_company() -> None:
    text = ("Ostrel Telecom will keep its call centre open. The Ostrel Staff Forum met on Monday. "
            "Ostrel shares closed 4.45% lower on Tuesday.")
    mentions = _mentions(text, ("Ostrel Telecom", "Ostrel Telecom", "ORG"),
                         ("Ostrel Staff Forum", "Ostrel Staff Forum", "ORG"), ("Ostrel shares", "Ostrel Staff Forum", "ORG"))
    mentions = mentions[mentions["surface"] != "Ostrel shares"]
    short = text.rindex("Ostrel shares")
    mentions = pd.concat([mentions, pd.DataFrame([(short, short + 6, "Ostrel", "Ostrel Staff Forum", "ORG")],
                                                 columns=mentions.columns)], ignore_index=True)
    assert _moves(text, mentions) == [("Ostrel Telecom", -4.45)]


def test_a_forum_with_no_namesake_company_keeps_the_short_name() -> None:
    text = "The Pellham Savers Association met on Monday. Pellham shares rose 2.35% on Tuesday."
    short = text.rindex("Pellham")
    mentions = pd.DataFrame([(4, 30, "Pellham Savers Association", "Pellham Savers Association", "ORG"),
                             (short, short + 7, "Pellham", "Pellham Savers Association", "ORG")],
                            columns=["start", "end", "surface", "name", "type"])
    assert _moves(text, mentions) == [("Pellham", 2.35)]


# A descriptor in a causative result clause, an executive's company in a headline, an agent noun and its verb.

def test_a_descriptor_after_a_causative_participle_points_back() -> None:
    text = 'Marrow Aero called the patent ruling "a relief," helping the French planemaker\'s shares rise 2.7%.'
    mentions = _mentions(text, ("Marrow Aero", "Marrow Aero", "ORG"))
    assert _moves(text, mentions) == [("Marrow Aero", 2.7)]


def test_a_headline_executive_names_the_company_of_the_stock() -> None:
    from analysis.market.extract import extract_article_moves

    title = "Quillon CEO: fines 'behind us' as stock climbs 4.7%"
    text = "Quillon Brewing Co said on Wednesday the fines were settled. Quillon has paid them."
    mentions = _mentions(text, ("Quillon Brewing Co", "Quillon Brewing", "ORG"))
    mentions.loc[len(mentions)] = (text.rindex("Quillon"), text.rindex("Quillon") + 7, "Quillon", "Quillon Brewing", "ORG")
    frame = extract_article_moves(title, text, PUB, mentions)
    assert [(r.company, r.pct) for r in frame.itertuples()] == [("Quillon Brewing", 4.7)]


def test_an_agent_noun_names_the_company_after_its_verb() -> None:
    text = ("Rendal Motors halted van deliveries on Tuesday because of faulty brakes supplied by Norway's Skarv Parts ASA, "
            "sending the supplier's shares down 15.5%.")
    mentions = _mentions(text, ("Rendal Motors", "Rendal Motors", "ORG"), ("Skarv Parts ASA", "Skarv Parts", "ORG"))
    assert _moves(text, mentions) == [("Skarv Parts", -15.5)]


def test_shares_in_an_agent_noun_name_the_company_after_its_verb() -> None:
    text = ("Rendal Motors stopped a production line on Tuesday after finding cracks in axles made by Skarv Parts, "
            "sending shares in the maker down 8.7%.")
    mentions = _mentions(text, ("Rendal Motors", "Rendal Motors", "ORG"), ("Skarv Parts", "Skarv Parts", "ORG"))
    assert _moves(text, mentions) == [("Skarv Parts", -8.7)]


def test_a_descriptor_with_no_agent_verb_is_still_the_subject() -> None:
    text = "Rendal Motors cut its outlook on Tuesday, sending the carmaker's shares down 6.35%."
    mentions = _mentions(text, ("Rendal Motors", "Rendal Motors", "ORG"))
    assert _moves(text, mentions) == [("Rendal Motors", -6.35)]


# Pronouns and a person's company.

def test_a_time_word_then_it_with_an_adverbial_move() -> None:
    text = "Sorrel Mills fell 4.15% on Wednesday. Today it is climbing, up 3.3% in Oslo."
    mentions = _mentions(text, ("Sorrel Mills", "Sorrel Mills", "ORG"))
    assert _moves(text, mentions) == [("Sorrel Mills", -4.15), ("Sorrel Mills", 3.3)]


def test_her_companys_shares_are_the_one_company_the_sentence_names() -> None:
    text = ("Nadia Ferrow spoke at a trade fair on Tuesday. As she left the Tallis stand, her company's shares were "
            "down 6.9%.")
    mentions = _mentions(text, ("Nadia Ferrow", "Nadia Ferrow", "PERSON"), ("Tallis", "Tallis Freight", "ORG"))
    assert _moves(text, mentions) == [("Tallis Freight", -6.9)]


# Guards on the rules above.

def test_a_running_total_of_another_quantity_is_no_move() -> None:
    assert _moves("Pardon Retail's sales fell in May. That brings the decline in sales to 5%.") == []


def test_a_compound_maker_is_not_read_from_made_by() -> None:
    text = ("Vellum Motors cut its outlook on Tuesday, citing chips made by Brisk Silicon. The carmaker's shares fell "
            "5.45%.")
    mentions = _mentions(text, ("Vellum Motors", "Vellum Motors", "ORG"), ("Brisk Silicon", "Brisk Silicon", "ORG"))
    assert _moves(text, mentions) == [("Vellum Motors", -5.45)]


def test_a_running_total_owned_by_a_name_after_another_move_noun() -> None:
    assert _moves("The rally takes Quenby Foods' gain this year to 27%.") == [("Quenby Foods", 27.0)]


def test_a_move_noun_opening_a_running_total_points_back() -> None:
    text = "Wrenfield Bank fell 6.6% on Wednesday. The slide took the loss since the ruling to 33%."
    assert _moves(text) == [("Wrenfield Bank", -6.6), ("Wrenfield Bank", -33.0)]


def test_a_contracted_pronoun_points_back() -> None:
    text = "Sorrel Mills fell 4.15% on Wednesday. Today it's up 3.3% in early trade."
    assert _moves(text) == [("Sorrel Mills", -4.15), ("Sorrel Mills", 3.3)]


def test_a_present_tense_predicate_before_to_end_lower() -> None:
    assert _moves("Tamsin Oil pares losses to end 1.55% lower.") == [("Tamsin Oil", -1.55)]


def test_wiped_a_figure_off_its_value_points_back() -> None:
    text = "Umbra Textiles fell 5.8% on Monday. The selloff has wiped 12.5% off its value this week."
    assert _moves(text) == [("Umbra Textiles", -5.8), ("Umbra Textiles", -12.5)]


def test_below_its_level_before_an_event_is_a_multi_day_move() -> None:
    assert _kinds("Vintry Cells has recouped half its losses, trading 14.5% below its pre-strike level.") == [
        ("Vintry Cells", -14.5, "m")]


def test_a_price_change_in_an_unlisted_currency_before_or() -> None:
    assert _moves("Wexmoor Timber fell 3.45 crowns, or 6.2%, on Wednesday.") == [("Wexmoor Timber", -6.2)]


def test_a_share_count_before_or_is_no_move() -> None:
    assert _moves("Wexmoor Timber sold 2 million shares, or 5%, to a fund.") == []


def test_the_stock_after_a_colon_is_the_one_company_before_it() -> None:
    text = "The strike has cost Yelverton Ports investors dearly: the stock is down 24.5% since May 2."
    mentions = _mentions(text, ("Yelverton Ports", "Yelverton Ports", "ORG"))
    assert _moves(text, mentions) == [("Yelverton Ports", -24.5)]


# A broker's rating action: the rated company is what "The stock" means.

def _tagged(text: str) -> tuple[str, pd.DataFrame]:
    """``text`` with every [[Name]] an ORG mention (brackets dropped)."""
    import re

    rows, out = [], ""
    for part in re.split(r"(\[\[.*?\]\])", text):
        if part.startswith("[["):
            name = part[2:-2]
            rows.append((len(out), len(out) + len(name), name, name, "ORG"))
            out += name
        else:
            out += part
    return out, pd.DataFrame(rows, columns=["start", "end", "surface", "name", "type"])


def test_a_downgraded_company_is_the_topic_not_the_broker() -> None:
    text, mentions = _tagged("[[Pritchard Lowe]] downgraded [[Ambrel Foods]] to underweight. The stock fell 3.6%.")
    assert _moves(text, mentions) == [("Ambrel Foods", -3.6)]


def test_a_price_target_on_a_company_makes_it_the_topic() -> None:
    text, mentions = _tagged("Analysts at [[Pritchard Lowe]] raised their target on [[Ambrel Foods]]. Shares rose 2.9%.")
    assert _moves(text, mentions) == [("Ambrel Foods", 2.9)]


def test_a_broker_downgrading_the_stock_leaves_the_company_before() -> None:
    text, mentions = _tagged("[[Ambrel Foods]] delayed its results. [[Pritchard Lowe]] downgraded the stock to sell. "
                             "Shares fell 3.6%.")
    assert _moves(text, mentions) == [("Ambrel Foods", -3.6)]


# A descriptor the text gave a company earlier ("X, its parts supplier", "its parts supplier(,) X").

def test_a_descriptor_given_in_an_appositive_names_the_company() -> None:
    text, mentions = _tagged("[[Corvane Trucks]] paused output after a flood at [[Ebbet Castings]], its axle supplier. "
                             "The supplier's shares fell 8.2%.")
    assert _moves(text, mentions) == [("Ebbet Castings", -8.2)]


def test_a_descriptor_before_a_name_names_the_company() -> None:
    text, mentions = _tagged("[[Corvane Trucks]] paused output. Its axle supplier, [[Ebbet Castings]], said a plant "
                             "had flooded. Shares in the supplier fell 8.2%, while the truckmaker lost 2.1%.")
    assert _moves(text, mentions) == [("Ebbet Castings", -8.2), ("Corvane Trucks", -2.1)]


def test_an_agent_name_drops_a_closing_of_place() -> None:
    text = ("Rendal Motors halted van deliveries because of faulty brakes supplied by Skarv Parts ASA of Norway, "
            "sending the supplier's shares down 15.5%.")
    assert _moves(text) == [("Skarv Parts ASA", -15.5)]


def test_a_headline_short_name_takes_the_bodys_name() -> None:
    from analysis.market.extract import extract_article_moves

    text, mentions = _tagged("[[Quillon]] said on Wednesday it had settled. [[Quillon Brewing]] paid the fines.")
    mentions.loc[0, "name"] = "Quillon Brewing"
    frame = extract_article_moves("Quillon jumps 4.7% as fines settled", text, PUB, mentions)
    assert [(r.company, r.pct) for r in frame.itertuples()] == [("Quillon Brewing", 4.7)]


def test_a_span_adjective_on_the_move_noun_is_a_multi_day_move() -> None:
    assert _kinds("Yarlow Glass's 17% two-week slump is its worst since 2011.") == [("Yarlow Glass", -17.0, "m")]
    assert _kinds("Yarlow Glass fell 2.2% on Friday, a one-day drop.") == [("Yarlow Glass", -2.2, "s")]



def test_a_descriptor_owning_something_describes_no_one() -> None:
    from analysis.market.coref import _described_as

    assert _described_as("supplier", "Corvane Trucks, the supplier's biggest customer, said it had stock.") is None
    assert _described_as("supplier", "Corvane Trucks, its axle supplier, said it had stock.") is not None


def test_a_count_before_or_after_a_fall_verb_is_no_move() -> None:
    assert _moves("Wexmoor Timber lost 200,000 customers, or 5%, in the quarter.") == []


def test_an_offer_price_above_the_high_is_no_move() -> None:
    assert _moves("Bramwell Capital agreed to buy Fenmore Group for 14 euros a share, 27% above its 52-week high.") == []
    assert _moves("Fenmore Group sold new shares at 9 euros each, 7% below their IPO price.") == []


def test_a_stock_price_below_its_high_is_a_move() -> None:
    assert _kinds("Fenmore Group closed at 8.15 euros, 44% below its record high.") == [("Fenmore Group", -44.0, "m")]


def test_a_demonstrative_total_after_a_sentence_with_no_share_move_is_none() -> None:
    assert _moves("Tarvik Textiles raised prices by 4%. That takes the increase since January to 9%.") == []


def test_a_level_against_a_weekdays_close_is_a_move_since_then() -> None:
    text = "Gorsley Air fell 8.4% on Tuesday. The shares now trade 2.6% above Monday's close."
    assert _kinds(text) == [("Gorsley Air", -8.4, "s"), ("Gorsley Air", 2.6, "m")]


def test_an_offer_against_a_weekdays_close_is_no_move() -> None:
    assert _moves("The offer is 31% above Friday's close.") == []


# A move noun as the subject, or a demonstrative / weekday's move noun before the figure.

def test_a_weekdays_move_noun_with_no_company_points_back() -> None:
    text = "Halsey Chemicals fell 7.3% on Tuesday. Wednesday's 2.1% rebound was short-lived."
    assert _moves(text) == [("Halsey Chemicals", -7.3), ("Halsey Chemicals", 2.1)]


def test_that_move_noun_repeats_the_move_before() -> None:
    text = "Halsey Chemicals fell 7.3% on Tuesday. That 7.3% drop was its worst since 2016."
    assert _moves(text) == [("Halsey Chemicals", -7.3), ("Halsey Chemicals", -7.3)]


def test_the_drop_followed_a_gain_is_the_same_stocks_move() -> None:
    text = "Halsey Chemicals fell 7.3% on Tuesday. The drop followed a 3.9% gain last week."
    assert _kinds(text) == [("Halsey Chemicals", -7.3, "s"), ("Halsey Chemicals", 3.9, "m")]


def test_a_weekdays_fall_is_the_company_that_fell_that_day() -> None:
    text = ("Halsey Chemicals fell 7.3% on Monday. Rival Ostin Paints dipped 1.2% in after-hours trading on Monday. "
            "Monday's fall followed a 3.9% gain last week.")
    assert _moves(text) == [("Halsey Chemicals", -7.3), ("Ostin Paints", -1.2), ("Halsey Chemicals", 3.9)]


def test_a_move_noun_of_another_quantity_is_no_share_move() -> None:
    assert _moves("Halsey Chemicals raised prices. The increase followed a 4% rise in costs.") == []


def test_a_move_noun_after_a_sentence_with_no_share_move_is_none() -> None:
    text, mentions = _tagged("[[Halsey Chemicals]] said inflation rose in May. The rise followed a 4% gain in April.")
    assert _moves(text, mentions) == []
    text, mentions = _tagged("[[Halsey Chemicals]] said inflation rose in May. That 4% gain was the biggest in a year.")
    assert _moves(text, mentions) == []


def test_a_live_blog_entry_with_no_subject_points_back() -> None:
    text, mentions = _tagged("[[Halsey Chemicals]] opened lower after the warning.\n\n10:05 GMT - Now off 11.7%, near "
                             "the session low.")
    assert _moves(text, mentions) == [("Halsey Chemicals", -11.7)]
