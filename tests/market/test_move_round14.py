"""Round 14: general share-move constructions found on a dev corpus's misses (datelines, descriptors, fractions,
markets as antecedents, transcripts, factboxes), each on an invented text (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _moves(text: str) -> list[tuple[str, float]]:
    return [(r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples() if r.kind == "share"]


def _all(text: str) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, None).itertuples()]


# A wire dateline with a weekday, a state or an underscore is never the subject of the move after it.

def test_a_dateline_with_a_weekday_and_a_date_is_no_subject() -> None:
    text = "Markets\n\nLIMA, Friday June 13 - The benchmark Tambo index slipped 0.65% on Friday, up 1.35% for the week.\n"
    assert _moves(text) == []
    assert {pct for kind, _name, pct in _all(text) if kind == "index"} == {-0.65, 1.35}


def test_a_dateline_with_a_state_is_no_subject() -> None:
    text = "Markets\n\nDAYTON, Ohio, June 13 (Example Wire) - Ferrow Castings rose 2.35% on Friday, up 4.15% this week.\n"
    assert _moves(text) == [("Ferrow Castings", 2.35), ("Ferrow Castings", 4.15)]


# A descriptor's possessive opening the clause of a nominal figure: the company the descriptor stands for.

def test_a_descriptors_stock_owns_a_possessive_dated_loss() -> None:
    text = ("Tollgate Motors said on Friday the fault was in a supplier's part. \"Our design is sound,\" the company "
            "said. The carmaker's stock has erased most of Monday's 2.35% loss.\n")
    assert _moves(text) == [("Tollgate Motors", -2.35)]


# "a tenth of its value" is a fraction of a price, like "a fifth".

def test_a_tenth_of_its_value() -> None:
    text = "Brisa Lending lost close to a tenth of its value in two sessions, traders said.\n"
    assert _moves(text) == []  # round 38: a fraction in words has no percent figure, no row


# "its" after a currency or an index in subject position is that market's, not a company named before.

def test_a_currency_owns_its_losses() -> None:
    text = "Ormand Bank fell 2.15%.\n\nThe peso pared its losses to 0.45% after the statement.\n"
    assert _all(text) == [("share", "Ormand Bank", -2.15), ("index", "The peso", -0.45)]


def test_a_company_still_owns_its_gains() -> None:
    assert _moves("Ormand Bank extended its gains to 3.15% in the afternoon.\n") == [("Ormand Bank", 3.15)]


# A transcript: a speaker's label in capitals with accents opens the turn; a host's question about a market gives the
# guest's "It" its antecedent.

_TRANSCRIPT = ("ANCHOR: Ormand Bank climbed 2.15% today. Can that last?\n\n"
               "SØRENSEN: Somewhat. Savers will move slowly.\n\n"
               "ANCHOR: What about the krona?\n\n"
               "SØRENSEN: It is down roughly 1.25% since Tuesday.\n")


def test_a_hosts_question_about_a_currency_is_what_it_means() -> None:
    assert _all(_TRANSCRIPT) == [("share", "Ormand Bank", 2.15), ("index", "the krona", -1.25)]


def test_a_word_after_a_speaker_label_with_accents_is_no_company() -> None:
    text = ("ANCHOR: Ormand Bank climbed 2.15% today. Can that last?\n\n"
            "SØRENSEN: Somewhat. Savers will move slowly.\n\n"
            "SØRENSEN: It is down roughly 1.25% since Tuesday.\n")
    at = text.index("Ormand Bank")
    mentions = pd.DataFrame({"start": [at], "end": [at + len("Ormand Bank")], "surface": ["Ormand Bank"],
                             "name": ["Ormand Bank"], "type": ["ORG"]})
    found = [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]
    assert found == [("Ormand Bank", 2.15), ("Ormand Bank", -1.25)]


def test_it_after_a_sentence_about_a_company_stays_the_company() -> None:
    text = "The market was calm. Ormand Bank rose 2.15%. It has gained 5.25% this week.\n"
    assert _moves(text) == [("Ormand Bank", 2.15), ("Ormand Bank", 5.25)]


# A factbox whose items are names in capitals with their tickers: an item in capitals with no ticker is a company too.

_FACTBOX = ("FACTBOX-Who is exposed to the mill closure\n\n"
            "June 13 (Example Wire) - Here are the companies most exposed:\n\n"
            "* HARNBY PAPER (HRP.L): Owns the mill. Shares down 6.35% on Thursday.\n\n"
            "* OSKEL FREIGHT LEASING: Leases the mill's rolling stock. Shares fell 2.15% on Thursday.\n\n"
            "* TENMOOR PULP (TMP.L): Rival. Shares up 3.45% on Thursday.\n")


def test_a_factbox_item_in_capitals_without_a_ticker() -> None:
    assert _moves(_FACTBOX) == [("Harnby Paper", -6.35), ("Oskel Freight Leasing", -2.15), ("Tenmoor Pulp", 3.45)]


def test_labels_in_capitals_with_no_ticker_around_name_no_company() -> None:
    text = "Markets wrap\n\n* MARKET CLOSE: Quiet day. Shares rose 1.15% at Harnby Paper.\n"
    assert ("Market Close", 1.15) not in _moves(text)


def test_a_dateline_with_a_country_and_an_agency_is_no_subject() -> None:
    text = "Markets\n\nVARNO, Ostmark (AP)_ Ferrow Castings rose 2.35% on Friday, up 4.15% this week.\n"
    assert _moves(text) == [("Ferrow Castings", 2.35), ("Ferrow Castings", 4.15)]


# A ticker in brackets restates the name before it: "its" after them is the name's.

def test_its_after_a_name_and_its_ticker_is_the_names() -> None:
    text = "Harnby Lines (HRN) gained 1.65% on Friday, cutting its loss for the week to 6.85%.\n"
    assert _moves(text) == [("Harnby Lines", 1.65), ("Harnby Lines", -6.85)]


# A name heading "shares" is a company's even when the entity layer typed it as a person.

def test_a_name_heading_shares_is_an_antecedent_whatever_its_entity_type() -> None:
    text = ("ANCHOR: Ormand Bank fell 20% this week. Ormand Bank says it is sound.\n\n"
            "ANCHOR: Tressel shares were down again today.\n\n"
            "GUEST: They fell about 4.25% this afternoon.\n")
    rows = [("Ormand Bank", "ORG", text.index("Ormand Bank")), ("Ormand Bank", "ORG", text.rindex("Ormand Bank")),
            ("Tressel", "PERSON", text.index("Tressel"))]
    mentions = pd.DataFrame({"start": [a for _n, _t, a in rows], "end": [a + len(n) for n, _t, a in rows],
                             "surface": [n for n, _t, _a in rows], "name": [n for n, _t, _a in rows],
                             "type": [t for _n, t, _a in rows]})
    found = [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]
    assert found == [("Ormand Bank", -20.0), ("Tressel", -4.25)]


# An index's adjective in lower case before a name ("the broad", "the blue-chip", "the tech-heavy") makes it an index.

def test_a_name_after_an_index_adjective_is_an_index() -> None:
    text = "The broad Karvo slipped 0.15% while the tech-heavy Karvo Next gained 0.35%.\n"
    assert _all(text) == [("index", "Karvo", -0.15), ("index", "Karvo Next", 0.35)]


def test_a_company_whose_name_opens_with_such_a_word_stays_a_company() -> None:
    assert _moves("Broad Street Lending fell 2.15% on Friday.\n") == [("Broad Street Lending", -2.15)]


# A dual listing: "its" after "X's Oslo-listed stock" is X's, not a name made of the owner and the listing.

def test_its_after_a_possessive_listing_is_the_owners() -> None:
    text = "Harnby Lines' Oslo-listed stock slid 4.15% while its Nasdaq-listed shares fell 3.95%.\n"
    assert _moves(text) == [("Harnby Lines", -4.15), ("Harnby Lines", -3.95)]


def test_it_after_a_currency_in_the_same_sentence_is_the_currency() -> None:
    text = "Ormand Bank fell 2.15%. Traders sold the krona, and it fell 0.45% against the euro.\n"
    assert _all(text) == [("share", "Ormand Bank", -2.15), ("index", "the krona", -0.45)]


def test_it_after_a_market_word_inside_a_longer_noun_stays_the_company() -> None:
    assert _moves("Ormand Bank said the index review was over and it rose 2.15%.\n") == [("Ormand Bank", 2.15)]


# A one-word name that speaks ("Acme, meanwhile, said") is an antecedent even when the entity layer missed it.

def test_a_one_word_name_that_speaks_is_an_antecedent() -> None:
    text = ("Ormand Bank fell 2.15% on Friday. Ormand Bank said it would review its loans.\n\n"
            "Tollvik, meanwhile, said its own book was sound. The lender's shares rose 1.35%.\n")
    rows = [("Ormand Bank", text.index("Ormand Bank")), ("Ormand Bank", text.rindex("Ormand Bank"))]
    mentions = pd.DataFrame({"start": [a for _n, a in rows], "end": [a + len(n) for n, a in rows],
                             "surface": [n for n, _a in rows], "name": [n for n, _a in rows], "type": ["ORG", "ORG"]})
    found = [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]
    assert found == [("Ormand Bank", -2.15), ("Tollvik", 1.35)]


def test_a_one_word_opener_before_a_passive_participle_stays_unconfirmed() -> None:
    text = ("Ormand Bank said on Friday its chief would leave.\n\n"
            "* June 9 (Monday): Departure confirmed at noon; shares close down 12.5%.\n")
    at = text.index("Ormand Bank")
    mentions = pd.DataFrame({"start": [at], "end": [at + 11], "surface": ["Ormand Bank"], "name": ["Ormand Bank"],
                             "type": ["ORG"]})
    assert [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()] == [("Ormand Bank", -12.5)]


# An appositive relative clause headed by a quantity ("..., a figure that has doubled") is no company's move.

def test_a_quantity_appositive_that_moved_is_no_share_move() -> None:
    text = "Harnby Lines now carries about 12% of the coast's freight, a figure that has doubled since 2019.\n"
    assert _moves(text) == []


def test_a_company_appositive_that_moved_stays_a_move() -> None:
    assert _moves("Harnby Lines, a ferry operator that fell 9.35% on Friday, said it would cut sailings.\n") == \
        [("Harnby Lines", -9.35)]


def test_a_plural_common_noun_that_speaks_stays_unconfirmed() -> None:
    text = ("Ormand Bank fell 2.15% on Friday. Ormand Bank said it would review its loans.\n\n"
            "Critics, however, said the review came late. The stock rose 1.35% later.\n")
    rows = [("Ormand Bank", text.index("Ormand Bank")), ("Ormand Bank", text.rindex("Ormand Bank"))]
    mentions = pd.DataFrame({"start": [a for _n, a in rows], "end": [a + len(n) for n, a in rows],
                             "surface": [n for n, _a in rows], "name": [n for n, _a in rows], "type": ["ORG", "ORG"]})
    found = [(r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]
    assert found == [("Ormand Bank", -2.15), ("Ormand Bank", 1.35)]
