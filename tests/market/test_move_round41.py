"""Round 41 (moves48): classes of financial prose counted across the fourteen read corpora and real news text, each
tried on invented texts (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market import extract as extract_module
from analysis.market.extract import extract_moves
from analysis.market.grammar import sentence_moves
from analysis.market.phrases import clean_name
from test_move_round21 import every_mention

PUB = date(2026, 9, 18)  # a Friday


def _rows(text: str, *names: str) -> list[tuple[str, str, float]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A company whose name opens with a word that is also a person's title and closes on an organisation's head word
# ("General ... Motors", "Prime ... Foods") is a company, not a titled person; a title before a surname, or an
# abbreviated title, still names a person.

def test_a_title_word_opening_a_company_name() -> None:
    assert clean_name("General Tarvo Motors", 0) == ("General Tarvo Motors", 0, 20)
    assert clean_name("Prime Quellby Foods", 0) == ("Prime Quellby Foods", 0, 19)
    text = "General Tarvo Motors (NYSE: GTM), which builds most of its cars at home, rose 1.8% after hours."
    assert _rows(text, "General Tarvo Motors") == [("share", "General Tarvo Motors", 1.8)]
    # left alone: a titled person, an abbreviated title
    assert clean_name("General Ashbury", 0) is None
    assert clean_name("President Pellow", 0) is None
    assert clean_name("Gen. Tarvo Motors", 0) is None


# 2. "the two stocks" / "the two <listing> companies" after "after", "when" or a comma, with figures given
# "respectively", are the two companies just named, in the order told; an adverb ("thus") between the auxiliary
# and the verb is no part of the subject.

def test_the_two_stocks_after_a_subordinator_point_back_in_order() -> None:
    text = ("Shares of Orvane Couriers Inc. and Brackley Meals Inc. fell for a second day on Wednesday. Orvane Couriers "
            "closed down 2.6% and Brackley Meals lost 1.9%, after the two stocks fell 4.7% and 3.1%, respectively, on "
            "Tuesday.")
    assert _rows(text, "Orvane Couriers", "Brackley Meals") == [
        ("share", "Orvane Couriers", -2.6), ("share", "Brackley Meals", -1.9),
        ("share", "Orvane Couriers", -4.7), ("share", "Brackley Meals", -3.1)]


def test_the_two_listing_companies_with_an_adverb_before_the_verb() -> None:
    text = ("Tellmark Re lost 1.9% by midday, Quarrin Re fell 2.4%. Since Friday's close, the two DAX companies have "
            "thus given up 5.3% and 6.1% respectively.")
    assert _rows(text, "Tellmark Re", "Quarrin Re")[2:] == [("share", "Tellmark Re", -5.3), ("share", "Quarrin Re", -6.1)]
    # left alone: "the two indexes" is no pair of companies
    text = "Tellmark Re lost 1.9%, Quarrin Re fell 2.4%. After the two indexes fell 1% and 2%, respectively, traders left."
    assert [r[1] for r in _rows(text, "Tellmark Re", "Quarrin Re") if r[0] == "share"] == ["Tellmark Re", "Quarrin Re"]


# 3. "the paper" as the subject of a move with its figure ("Since Monday the paper has lost 5.3 percent"): the stock,
# in prose translated from a language that calls a listed share a paper. A newspaper stays a newspaper.

def test_a_translated_paper_is_the_stock() -> None:
    text = ("Bellac Steel shares rose another 2.9 percent on Thursday morning. Since the start of the month, the paper "
            "has thus gained almost 15 percent.")
    assert _rows(text, "Bellac Steel") == [("share", "Bellac Steel", 2.9), ("share", "Bellac Steel", 15.0)]
    text = "Bellac Steel shares fell 1.1% on Friday. Since the start of the month, the paper has gained almost 12 percent."
    assert _rows(text, "Bellac Steel") == [("share", "Bellac Steel", -1.1), ("share", "Bellac Steel", 12.0)]
    # left alone: a newspaper's report, its circulation, a figure that is not the verb's
    for other in ("Since Monday the paper said sales fell 5 percent.", "The paper's circulation fell 4 percent.",
                  "The paper reported that orders fell 6 percent."):
        assert _rows("Bellac Steel shares rose 2.9 percent on Thursday. " + other, "Bellac Steel") == [
            ("share", "Bellac Steel", 2.9)]


# 4. A strip of tickers with their moves split by " | " ("TKR +2.0% | TKR -0.9%", arrows "▲"/"▼" for the sign): each
# ticker is the company the article writes it for, else the company a list just before names in the strip's order,
# else the one listed company trading under the symbol. A cell of anything else, a list of another count with an
# unknown ticker: no rows.

def test_a_strip_of_tickers_named_by_the_list_before_it() -> None:
    text = ("Carmakers ended a turbulent week higher on Friday.\nChange since the June 9 announcement, Friday close — "
            "Tellmark Motors, Orvane Motor, Bellac Cars ADRs and Quarrin Parts:\n"
            "TLMZ ▲4.2% | ORVZ ▲2.9% | BLCZ ▼7.1% | QRPZ ▼13.4%\n")
    rows = extract_moves(text, PUB, [])
    assert [(r.company, r.ticker, r.pct) for r in rows.itertuples()] == [
        ("Tellmark Motors", "TLMZ", 4.2), ("Orvane Motor", "ORVZ", 2.9), ("Bellac Cars", "BLCZ", -7.1),
        ("Quarrin Parts", "QRPZ", -13.4)]
    assert set(rows["period"]) == {"multi-day"}  # the line before names the span


def test_a_strip_of_tickers_named_by_aliases_and_the_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "_symbol_owners", lambda: {"QLBY": ("Quellby Devices",), "VRNZ": ("Varnel Labs",)})
    text = "Medical stocks were mixed.\nOther movers: QLBY +2.0% | VRNZ -0.9% | TRVQ +1.4%\n"
    mentions = every_mention(text, "TRVQ")
    rows = extract_moves(text, PUB, [(a, b, s, "Tarvo Scientific", k) for a, b, s, _n, k in mentions])
    assert [(r.company, r.pct) for r in rows.itertuples()] == [
        ("Quellby Devices", 2.0), ("Varnel Labs", -0.9), ("Tarvo Scientific", 1.4)]
    # left alone: a cell that is not a ticker's move; a line of one cell. An unknown ticker is passed over, its
    # neighbours kept (round 65: each cell is a quote of its own)
    no_mentions = extract_module.mention_tuples([])
    assert [(r["company"], r["pct"]) for r in extract_module._ticker_strip_rows(
        "Other movers: QLBY +2.0% | ZZZQ -0.9%", 0, "Stocks were mixed.", no_mentions, PUB)] == [("Quellby Devices", 2.0)]
    for line in ("Other movers: QLBY +2.0% | rates up 0.2%", "QLBY +2.0%"):
        assert extract_module._ticker_strip_rows(line, 0, "Stocks were mixed.", no_mentions, PUB) == []


# 5. A short word in capitals opening a name before a word in lower case ("ON Semi..."): the name's first word, not
# the preposition or descriptor it spells; a headline in capitals stays as it was.

def test_a_capitals_word_opening_a_name() -> None:
    assert clean_name("ON Tarvolux", 0) == ("ON Tarvolux", 0, 11)
    text = "Shares of Orvane Chips and ON Tarvolux closed up 1.7% and 2.2%, respectively, on Tuesday."
    assert _rows(text, "Orvane Chips", "ON Tarvolux") == [("share", "Orvane Chips", 1.7), ("share", "ON Tarvolux", 2.2)]
    # left alone: "On" written as a word, and a capitals headline's preposition
    assert clean_name("On Tarvolux", 0) == ("Tarvolux", 3, 11)
    assert clean_name("ON TARVOLUX", 0) == ("TARVOLUX", 3, 11)


# 6. A participle of an earlier move after the nearest figure ("A fell 3.2% and B fell 4.8%, after losing 2.1% in
# the previous session") is the nearest figure's subject's, B's.

def test_after_losing_belongs_to_the_nearest_subject() -> None:
    moves = sentence_moves("Tellmark closed down 3.2% and Quarrin fell 4.8%, after losing 2.1% in the previous session.")
    assert [(m.subject.name, m.figure.value) for m in moves] == [("Tellmark", 3.2), ("Quarrin", 4.8), ("Quarrin", 2.1)]
    # left alone: a clause with a subject of its own after "after"; two subjects with two earlier figures
    moves = sentence_moves("Tellmark fell 2%, after Quarrin rose 5%.")
    assert [(m.subject.name, m.figure.value) for m in moves] == [("Tellmark", 2.0), ("Quarrin", 5.0)]
    moves = sentence_moves("Tellmark and Quarrin rose 2% and 3%, after losing 4% and 5% on Monday.")
    assert [m.subject.name for m in moves] == ["Tellmark", "Quarrin", "Tellmark", "Quarrin"]


# 7. A company whose name is a common word of a quantity ("Yield", "Output") opening a sentence is the company when
# its shares or stock follow ("Yield shares fell 6%"); the plural ("Growth stocks") and the bare quantity stay none.

def test_a_common_word_company_before_its_shares() -> None:
    assert [(m.subject.name, m.figure.value) for m in sentence_moves("Yield shares fell 6% on Tuesday.")] == [("Yield", 6.0)]
    assert [(m.subject.name, m.figure.value) for m in sentence_moves("Output's stock has lost 9.5% this week.")] == [
        ("Output", 9.5)]
    # left alone
    assert sentence_moves("Growth stocks rose 4% on Tuesday.") == []
    assert sentence_moves("Yield rose 4% on Tuesday.") == []


# 8. A place after a preposition ("based in Westmark") owns no "its shares" later in the sentence: the company the
# sentence is about does.

def test_a_place_after_a_preposition_owns_no_shares() -> None:
    text = "Yield is the largest company based in Minnesota; its shares had gained 68% this year before the news."
    assert _rows(text, "Yield") == [("share", "Yield", 68.0)]
    # left alone: a company after a preposition is still an owner ("a stake in Tarvo Labs, and its shares")
    text = "Orvane Fund bought a stake in Tarvo Labs, and its shares rose 4% on Tuesday."
    assert _rows(text, "Orvane Fund", "Tarvo Labs") == [("share", "Tarvo Labs", 4.0)]


# 9. A span of whole years or quarters after an event ("In the three years after the merger") is a multi-day
# period, and a fronted period covers a clause of contrast joined by "while" / "whereas" that names none of its own.

def test_a_span_of_years_after_an_event_covers_the_contrast_clause() -> None:
    text = ("In the three years after the merger, Tellmark Computing's share price crumbled 13 percent, while printer "
            "maker Quarrin's stock climbed 60 percent.")
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Tellmark Computing", "Quarrin")))
    assert list(zip(rows["company"], rows["period"])) == [("Tellmark Computing", "multi-day"), ("Quarrin", "multi-day")]
    text = "Bellac Steel fell 4% in the two years following the deal."
    assert list(extract_moves(text, PUB, sorted(every_mention(text, "Bellac Steel")))["period"]) == ["multi-day"]
    # left alone: a contrast clause with its own day; a clause joined by "and" after a fronted period
    text = "Last week Tellmark rose 8%, while Quarrin fell 2% on Tuesday."
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Tellmark", "Quarrin")))
    assert list(zip(rows["company"], rows["period"])) == [("Tellmark", "multi-day"), ("Quarrin", "session")]


# 10. A weekday of the week before ("on Wednesday last week", "Monday of last week") is that day of the calendar week
# before the publication's; "last Wednesday" in a Wednesday's article is a week back, not that day. A bare weekday
# stays the latest such day.

def test_a_weekday_of_last_week() -> None:
    wednesday = date(2026, 9, 16)
    text = "Tarvo Logistics fell 17.8% on Wednesday last week. Quarrin Glass rose 2% last Wednesday."
    rows = extract_moves(text, wednesday, sorted(every_mention(text, "Tarvo Logistics", "Quarrin Glass")))
    assert [str(d)[:10] for d in rows["session_date"]] == ["2026-09-09", "2026-09-09"]
    # left alone: a bare weekday in its own week; "last Monday" read on a Friday is that week's Monday
    text = "Tarvo Logistics fell 3% on Wednesday. Quarrin Glass rose 2% last Monday."
    rows = extract_moves(text, PUB, sorted(every_mention(text, "Tarvo Logistics", "Quarrin Glass")))
    assert [str(d)[:10] for d in rows["session_date"]] == ["2026-09-16", "2026-09-14"]
