"""Round 30: share moves the twenty-eighth corpus held but the engine missed or misread, each rule on an invented
text (no word, name or figure of any corpus), with what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import Mention, every_mention

PUB = date(2026, 9, 16)  # a Wednesday


def _rows(text: str, mentions: list[Mention]) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


# 1. "halve" in the present tense or the infinitive, after the stock's noun or a ticker in parentheses, is a fall of
# 50% as "halved" is; "plans to halve its debt" (an object) and "the two halves of" (a noun) are none.

def test_a_headline_present_halve_is_a_fall_of_half() -> None:
    text = "Tormund Optics shares halve after lens recall widens"
    assert _rows(text, every_mention(text, "Tormund Optics")) == [("share", "Tormund Optics", -50.0)]


def test_a_title_case_halves_after_a_ticker() -> None:
    text = "Brisling Foods (BRSF) Halves on Profit Warning"
    assert _rows(text, every_mention(text, "Brisling Foods")) == [("share", "Brisling Foods", -50.0)]


def test_saw_its_shares_more_than_halve() -> None:
    text = "Its supplier, Carvel Dynamics, saw its own shares more than halve on Tuesday."
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Carvel Dynamics")))
    assert [(r.company, r.pct, r.qualifier) for r in rows.itertuples()] == [("Carvel Dynamics", -50.0, "over")]


def test_halve_with_an_object_or_as_a_noun_is_no_move() -> None:
    text = ("Tormund Optics plans to halve its debt by 2028. Shares halves of the two units were sold, "
            "and the stock halves its dividend.")
    assert _rows(text, every_mention(text, "Tormund Optics")) == []


# 2. A sentence's first word before a time or a place is no company: a lone "Last" ("Last week, workers ...") and
# "Under" before a place ("Under UK market rules, the company ...") gave the pointers of the next sentences a company
# "Last" or "Under UK". "Under Armour" (a name that opens with the preposition) and "Next" (a retailer) are left.

def test_a_lone_time_determiner_opening_a_sentence_is_no_company() -> None:
    # (the move itself, "watched the company's stock lose ...", is read by rule 11 below)
    text = ("Wexcombe Cement ran the plant for decades. Last week, workers watched the company's stock lose more than "
            "half its value.")
    assert all(company != "Last" for _k, company, _p in _rows(text, every_mention(text, "Wexcombe Cement")))
    text = "Wexcombe Cement ran the plant for decades.\n\nLast week, the company's shares fell 7.5%."
    assert _rows(text, every_mention(text, "Wexcombe Cement")) == [("share", "Wexcombe Cement", -7.5)]


def test_under_before_a_place_opens_no_name() -> None:
    text = ("Pardoe Genetics said its drug failed.\n\nUnder UK listing rules, the company had to publish at once.\n\n"
            "At its worst point the stock was down 44%.")
    assert _rows(text, every_mention(text, "Pardoe Genetics")) == [("share", "Pardoe Genetics", -44.0)]


def test_under_and_next_as_names_stay() -> None:
    text = "Under Armour rose 3% on Tuesday. Next fell 2%."
    assert _rows(text, every_mention(text, "Under Armour", "Next")) == [("share", "Under Armour", 3.0), ("share", "Next", -2.0)]


# 3. "scrip" is the stock in Indian market prose ("X scrip tanks 6 per cent", "The scrip ended ... down 5.96 per
# cent"); the row keeps the article's word. A scrip dividend is no move.

def test_the_scrip_is_the_stock() -> None:
    text = ("Bhadrak Cables scrip slides 4 per cent as copper jumps\n\n"
            "Shares of Bhadrak Cables fell 4 per cent on Monday. The scrip ended at Rs 212.40 on the BSE, down 3.85 per "
            "cent. The scrip had slipped 1.1 per cent last Friday.")
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Bhadrak Cables")))
    assert [(r.company, r.pct) for r in rows.itertuples()] == [
        ("Bhadrak Cables", -4.0), ("Bhadrak Cables", -4.0), ("Bhadrak Cables", -3.85), ("Bhadrak Cables", -1.1)]
    assert "The scrip ended" in rows["sentence"].iloc[2]


def test_a_scrip_dividend_is_no_move() -> None:
    text = "Bhadrak Cables offered a 5 per cent scrip dividend to holders."
    assert _rows(text, every_mention(text, "Bhadrak Cables")) == []


# 4. A ticker and the note's rating of the stock in one pair of brackets after the name ("X (XYZ LN, HOLD) lost 4.5%",
# "Y (YZ LN, not rated) rose 14%"): the name is the subject, as with the ticker alone.

def test_a_ticker_and_a_rating_in_brackets_after_the_name() -> None:
    text = ("Tamsin Kilns (TMSK LN, not rated) rose 14% on the day. Corvell Ceramics (CRVL LN, HOLD) lost 4.5%; its "
            "exposure was small.")
    assert _rows(text, every_mention(text, "Tamsin Kilns", "Corvell Ceramics")) == [
        ("share", "Tamsin Kilns", 14.0), ("share", "Corvell Ceramics", -4.5)]


# 5. A price in rupees ("to Rs 298.75", "Rs. 1,046", "₹305") is a price, no name: the running total after it
# ("..., taking its losses over four sessions to 11 per cent") is the stock's, not "Rs 298.75"'s.

def test_a_price_in_rupees_is_no_company() -> None:
    text = ("Shares of Bhadrak Cables fell for a fourth session on Thursday.\n\n"
            "The stock fell 2.1 per cent to Rs 298.75 on the NSE in afternoon deals, taking its losses over four "
            "sessions to 11 per cent.")
    assert _rows(text, every_mention(text, "Bhadrak Cables")) == [("share", "Bhadrak Cables", -2.1), ("share", "Bhadrak Cables", -11.0)]


# 6. A list of verbs with one subject ("the shares fell 34% that day, bounced 12.5% on Wednesday and were halted"):
# the verb after the comma is the shares', not the name opening the sentence (a short seller the corpus names); a
# name after the comma (", Ostlake Foods rose 2%") is a subject of its own.

def test_a_list_of_verbs_keeps_its_one_subject() -> None:
    from analysis.market.extract import move_rows

    text = ("Tarrant Holdings is down 51% in Toronto.\n\nTo recap the week: Quellan published its report on Tuesday, "
            "the shares fell 34% that day, bounced 12.5% on Wednesday and were halted on Thursday.")
    rows = move_rows(text, PUB, sorted(every_mention(text, "Tarrant Holdings", "Quellan")), parties=frozenset({"Quellan"}))
    assert [(r["company"], r["pct"]) for r in rows] == [
        ("Tarrant Holdings", -51.0), ("Tarrant Holdings", -34.0), ("Tarrant Holdings", 12.5)]


def test_the_verb_after_the_comma_takes_the_nearest_subject() -> None:
    text = "Drevanne Mills fell 3% on Monday, Ostlake Foods rose 2% and Pelting slid 1% on Tuesday, climbed 4% on Friday."
    assert _rows(text, every_mention(text, "Drevanne Mills", "Ostlake Foods", "Pelting")) == [
        ("share", "Drevanne Mills", -3.0), ("share", "Ostlake Foods", 2.0), ("share", "Pelting", -1.0),
        ("share", "Pelting", 4.0)]


def test_a_new_subject_after_the_comma_is_its_own() -> None:
    text = "Drevanne Mills fell 3% on Monday, Ostlake Foods rose 2% on Tuesday."
    assert _rows(text, every_mention(text, "Drevanne Mills", "Ostlake Foods")) == [
        ("share", "Drevanne Mills", -3.0), ("share", "Ostlake Foods", 2.0)]


# 7. A note's title that opens with the company's name and ticker ("Tarrow Mills (TRW-T): Auditor resignation -
# moving to ...") is about that company: a later "the stock" means it, not a capitalised word after the colon.

def test_a_notes_title_with_a_ticker_names_the_topic() -> None:
    text = ("Tarrow Mills (TRW-T): Auditor resignation - moving to UNDER REVIEW\n\n"
            "We had defended the shares after Tuesday's short report, which sent the stock down 31.5%, on the basis "
            "that the accounts were clean.")
    assert _rows(text, every_mention(text, "Tarrow Mills")) == [("share", "Tarrow Mills", -31.5)]


# 8. The place of a listing between the owner's pronoun and the shares ("Its New York shares are down 52%", "their
# London stock") is no subject of its own: the shares are the company's, as "Its shares" are. A place that is the
# subject ("New York rose 1%") is left to the index reading.

def test_its_new_york_shares_are_the_companys() -> None:
    text = "Final minutes. Tarrant Holdings is down 51.3% at C$22.56 in Toronto. Its New York shares are down 52%."
    assert _rows(text, every_mention(text, "Tarrant Holdings")) == [("share", "Tarrant Holdings", -51.3),
                                                           ("share", "Tarrant Holdings", -52.0)]


# 9. A percent written as a compound adjective with hyphens ("Tuesday's 34-per-cent collapse", Canadian style) is the
# same figure as "34 per cent"; "a 5-per-cent stake" is no move, as "a 5 per cent stake" is none.

def test_a_hyphenated_per_cent_is_a_figure() -> None:
    text = "Tarrant Holdings recovered on Wednesday after Tuesday's 34-per-cent collapse."
    assert _rows(text, every_mention(text, "Tarrant Holdings")) == [("share", "Tarrant Holdings", -34.0)]


def test_a_hyphenated_per_cent_stake_is_no_move() -> None:
    text = "Tarrant Holdings bought a 5-per-cent stake in Fenmere Mining."
    assert _rows(text, every_mention(text, "Tarrant Holdings", "Fenmere Mining")) == []


# 10. A second signed figure of a list line after "a further" or "another" ("X (XYZ LN): -4.3% on Monday, a further
# -3.7% yesterday") is the item's, as a bare second figure is.

def test_a_further_signed_figure_is_the_items() -> None:
    text = "Bremmock Marine Underwriters (BRMK LN): -4.3% on Monday, a further -3.7% yesterday"
    assert _rows(text, every_mention(text, "Bremmock Marine Underwriters")) == [
        ("share", "Bremmock Marine Underwriters", -4.3), ("share", "Bremmock Marine Underwriters", -3.7)]


# 11. A descriptor owning the shares right after a verb of seeing ("workers watched the company's stock lose more than
# half its value", "saw the group's shares fall 12%") is the subject of the bare infinitive: the company it
# describes. Another thing seen to fall ("saw the plant's output fall 12%") is no move.

def test_the_companys_stock_seen_to_fall() -> None:
    text = ("Wexcombe Cement ran the plant for decades. Last week, workers watched the company's stock lose more than "
            "50%. Investors saw the group's shares fall 12% on Friday.")
    assert _rows(text, every_mention(text, "Wexcombe Cement")) == [("share", "Wexcombe Cement", -50.0),
                                                          ("share", "Wexcombe Cement", -12.0)]


def test_other_things_seen_to_fall_are_no_moves() -> None:
    text = "Wexcombe Cement ran the plant for decades. Investors saw the new plant's output fall 12% on Friday."
    assert _rows(text, every_mention(text, "Wexcombe Cement")) == []
