"""Round 56 (moves56): share-move rules from the misses, extras and wrong sessions of the six newly opened dev corpora,
each tried on invented text (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.market.test_move_round21 import every_mention
from tests.move_helpers import PUB
from tests.move_helpers import move_days as _days
from tests.move_helpers import move_rows as _rows


# 1. An adviser's name after its role ends with its sentence: "... through its advisers, Roe Partners.\n\nAcme shares
# fell" names no adviser "Roe Partners. Acme", and Acme stays a company whose shares move.

def test_an_advisers_name_ends_with_its_sentence() -> None:
    text = ("The holders said in a statement released through their advisers, Quenby Hall Partners.\n\n"
            "Tarvos Mining shares rose 3.1% on Friday, leaving them up 9% for the week.")
    assert _rows(text, "Quenby Hall Partners", "Tarvos Mining") == [("share", "Tarvos Mining", 3.1),
                                                                    ("share", "Tarvos Mining", 9.0)]


# 2. A line ending on a colon that names the week (or the month) in words of its own over a list of moves ("Weekly
# movers among ...:", "Rivals had a very different week:", "Among the week's other notable movers:") dates the items
# that name no period as the week's (month's) moves; "next week" over a list names no span of its items.

def test_a_list_under_a_line_naming_the_week_is_the_weeks_moves() -> None:
    week = ("2026-03-02", "2026-03-06")
    for intro in ("Weekly movers among Lisbon-listed retailers:", "Rivals had a very different week:",
                  "Among the week's other notable movers:"):
        text = f"Retail shares rose.\n\n{intro}\n- Orvane Stores: +4.6%\n- Belcam Retail: -1.3%\n"
        assert [r[3:] for r in _days(text, "Orvane Stores", "Belcam Retail")] == [week, week], intro
    text = ("Among the week's other notable movers:\n- Orvane Stores +5.2% on the week\n"
            "- Drummel Retail +4.6%, recovering from last week's sell-off\n")
    assert [r[3:] for r in _days(text, "Orvane Stores", "Drummel Retail")] == [week, week]
    text = "Monthly movers among Lisbon-listed retailers:\n- Orvane Stores: +4.6%\n"
    assert [r[3:] for r in _days(text, "Orvane Stores")] == [("2026-03-01", "2026-03-06")]


def test_a_list_under_next_week_stays_on_the_session() -> None:
    text = "Stocks to watch next week:\n- Orvane Stores: +4.6%\n"
    assert _days(text, "Orvane Stores") == [("Orvane Stores", 4.6, "2026-03-06", "", "")]


# 3. A fronted clause of time with a list of figures ("After losing 8.3% on Monday, 6.1% on Tuesday and 2.5% on
# Wednesday, the shares ...") is one adverbial: every figure of the list is a move of the main clause's subject.

def test_a_fronted_clause_with_a_list_of_figures_is_the_main_subjects() -> None:
    text = ("Corvane Motors cut its outlook last week.\n\nAfter losing 8.3% on Monday, 6.1% on Tuesday and 2.5% on "
            "Wednesday, the shares steadied on Thursday and rebounded 3.4% on Friday.")
    assert _days(text, "Corvane Motors") == [("Corvane Motors", -8.3, "2026-03-02", "", ""),
                                             ("Corvane Motors", -6.1, "2026-03-03", "", ""),
                                             ("Corvane Motors", -2.5, "2026-03-04", "", ""),
                                             ("Corvane Motors", 3.4, "2026-03-06", "", "")]


# 4. A span up to now in a sentence whose clause before the figure tells the stock's latest session ("closed on Friday
# at 30.11 euros, down 23.6% from its close on ...", "rose 1.9% to 333 pence on Friday, ..., but are down 38% since the
# start of the year") ends on that session, as the figure was taken then (a Monday's article on Friday's close); a
# weekday in a relative aside ("X, which fell 5% on Friday, is up 20% this year") or another subject's clause after
# "while" leaves the span to the article's day.

MONDAY = date(2026, 3, 9)


def test_a_span_to_now_ends_on_the_close_its_sentence_tells() -> None:
    text = ("Pellam Optics cut its outlook.\n\nThe stock closed on Friday at 30.11 euros, down 23.6 percent from its "
            "close on Feb. 24, and has now given up all of its gains: it is 14 percent lower year to date.")
    assert [r[3:] for r in _days(text, "Pellam Optics", published=MONDAY)] == [("2026-02-24", "2026-03-06"),
                                                                             ("2026-01-01", "2026-03-06")]
    text = ("Pellam Optics cut its outlook.\n\nPellam shares rose 1.9 percent to 333 pence on Friday, their first gain "
            "since the review, but are down 38 percent since the start of the year.")
    assert _days(text, "Pellam Optics", published=MONDAY)[1][3:] == ("2026-01-01", "2026-03-06")


def test_a_weekday_in_an_aside_or_another_clause_leaves_the_span_to_now() -> None:
    text = "Pellam Optics cut its outlook.\n\nPellam, which fell 5% on Friday, is up 20% this year."
    assert _days(text, "Pellam Optics", published=MONDAY)[1][3:] == ("2026-01-01", "2026-03-09")
    text = "Pellam Optics cut its outlook.\n\nPellam fell 5% on Friday, while Dorrit Labs is up 20% this year."
    assert _days(text, "Pellam Optics", "Dorrit Labs", published=MONDAY)[1][3:] == ("2026-01-01", "2026-03-09")


# 5. "since" a clause that ends on its day may name a price on the way ("since Bexwell made its A$1.15 hostile offer on
# May 15"): the span from that day, not that day's session.

def test_a_since_clause_with_a_price_runs_from_its_day() -> None:
    text = "Tarvine Lithium shares are up 59 percent since Orrel Mining made its A$1.15 hostile offer on March 2."
    assert _days(text, "Tarvine Lithium", "Orrel Mining") == [("Tarvine Lithium", 59.0, "", "2026-03-02", "2026-03-06")]


# 6. A level against a weekday's close ("19.6% below Tuesday's close") runs from the session after that close, as
# "down 19.6% from Tuesday's close" does; one session when that is the article's.

def test_a_level_below_a_weekdays_close_runs_from_the_next_session() -> None:
    text = ("Korrin Denki disclosed an accounting probe on Thursday.\n\nThe stock was finally matched at the close at its "
            "limit-down price of 2,055 yen, 500 yen or 19.6% below Thursday's close.")
    assert _days(text, "Korrin Denki") == [("Korrin Denki", -19.6, "2026-03-06", "", "")]
    text = "Korrin Denki shares are 12% below Tuesday's close."
    assert _days(text, "Korrin Denki") == [("Korrin Denki", -12.0, "", "2026-03-04", "2026-03-06")]


# 7. A level "from its level before" an event dated after its noun ("down 21% from its level before the review was
# published on March 3") is a span from that day, as "below its level before the review on March 3" is; not a session.

def test_a_level_from_before_a_dated_event_is_a_span_from_that_day() -> None:
    text = "Halwick Homes cut its dividend.\n\nThe stock is still down about 21 percent from its level before the review was published on March 3."
    assert _days(text, "Halwick Homes") == [("Halwick Homes", -21.0, "", "2026-03-03", "2026-03-06")]


# 8. A unit's name linked to a pronoun's move ("They had already dropped 9.4% last week", "They" the company whose
# short name the entity layer linked to its unit "Acme Power & Light"): the one organisation whose name opens on the
# unit's first words are, the listed parent; a unit the sentence writes in full stays the unit.

def test_a_units_move_told_by_a_pronoun_is_the_parents() -> None:
    from analysis.market.coref import parent_name

    names = {"Dorrance Energy", "Dorrance Power & Light", "Weller Capital"}
    assert parent_name("Dorrance Power & Light", "They had already dropped 9.4% last week.", names) == "Dorrance Energy"
    assert parent_name("Dorrance Power & Light", "Dorrance Power & Light fell 2%.", names) == "Dorrance Power & Light"


# 9. A number after a possessive is no part of a name ("Many of Dorrance's 290,000 customers ... The shares have lost
# 30%"): the company, not "Dorrance's 290"; a numbered name ("Harlow 44 rose 2%") keeps its number.

def test_a_count_after_a_possessive_is_no_part_of_the_name() -> None:
    text = ("Dorrance Energy said its unit would be sold.\n\nMany of Dorrance's 290,000 customers also own its stock. "
            "The shares have lost about 30% since the fire started.")
    assert _rows(text, "Dorrance Energy") == [("share", "Dorrance", -30.0)]


# 10. A move of an index the text describes without naming it ("compared with a 4% fall in an index of European luxury
# stocks", "a 1.2% gain for a gauge of chipmakers") is that index's row, not the sentence subject's.

def test_a_move_of_an_unnamed_index_is_an_index_row() -> None:
    text = ("Maison Orlay cut its outlook.\n\nOrlay had gained 23% this year before Tuesday's drop, compared with a 4% "
            "fall in an index of European luxury stocks.")
    assert _rows(text, "Maison Orlay") == [("share", "Orlay", 23.0), ("index", "an index of European luxury stocks", -4.0)]


# 11. The last item of a pair closed by "respectively" may be described with a nationality and a noun in "-ing"
# ("A and Finnish packaging peer B dropped 2.3% and 1.1%, respectively"): A's 2.3%, B's 1.1%.

def test_a_described_last_item_of_a_respectively_pair() -> None:
    for lead in ("Danish packaging peer", "packaging peer", "Danish peer"):
        text = f"Hollin Cartons and {lead} Varro Pack dropped 2.3 percent and 1.1 percent, respectively."
        assert _rows(text, "Hollin Cartons", "Varro Pack") == [("share", "Hollin Cartons", -2.3),
                                                               ("share", "Varro Pack", -1.1)], lead


# 12. "before closing N% higher" after a relative clause on the object of the figure before ("rose as much as 7.9% after
# the announcement, which was made during the lunch break, before closing 4.4% higher"): the same stock's close.

def test_a_close_after_a_relative_clause_is_the_same_stocks() -> None:
    text = ("Orsel Denki shares rose as much as 6.1% after the news, which came during the lunch break, before closing "
            "3.2% higher at 1,480 yen.")
    assert _rows(text, "Orsel Denki") == [("share", "Orsel Denki", 6.1), ("share", "Orsel Denki", 3.2)]


# 13. Another company's clause in the perfect after "and" ("X is up 2% since March 2 and Y has slipped only 1.5%")
# sets the same span against the first, as after ", while" (round 55); "and has slipped 1.5% today" keeps its own day.

def test_a_perfect_after_and_keeps_the_span_before() -> None:
    text = "Jorvik Foods is up 2 percent since March 2 and Bellamy Meats has slipped only 1.5 percent."
    assert _days(text, "Jorvik Foods", "Bellamy Meats") == [("Jorvik Foods", 2.0, "", "2026-03-02", "2026-03-06"),
                                                           ("Bellamy Meats", -1.5, "", "2026-03-02", "2026-03-06")]


def test_a_weekday_before_the_last_session_leaves_the_span_to_now() -> None:
    text = "Pellam Optics cut its outlook.\n\nPellam shares fell 6% on Monday, though they are up 11% this year."
    assert _days(text, "Pellam Optics")[1][3:] == ("2026-01-01", "2026-03-06")  # Monday is no Friday's latest session


# 14. A span to date fronted in a contrasting clause ("..., though year-to-date they are still up 11%") is that clause's
# figure's span, not the day the clause before names.

def test_a_span_fronted_after_though_is_its_figures() -> None:
    text = ("Sundar Telecom's shares are down about 6% since its rival went to the tribunal on March 2, though "
            "year-to-date they are still up 11%.")
    assert _days(text, "Sundar Telecom") == [("Sundar Telecom", -6.0, "", "2026-03-02", "2026-03-06"),
                                             ("Sundar Telecom", 11.0, "", "2026-01-01", "2026-03-06")]


# 15. An event noun dated a little further on ("the outbreak at the group's two western sites became public on March
# 2"): "since the outbreak was disclosed" runs from that day.

def test_an_event_dated_a_few_words_after_its_noun() -> None:
    text = ("Prices had risen for three weeks before the outbreak at Vellund's two western sites became public on "
            "March 2.\n\nVellund's shares have fallen by nearly 17% since the outbreak was disclosed.")
    assert _days(text, "Vellund") == [("Vellund", -17.0, "", "2026-03-02", "2026-03-06")]


# 16. A running move stated as the level its noun stands at, with its span ("X's year-to-date loss now stands at 34%",
# "X's loss since March stands at 21%"): X's move over that span; a bare "X's loss stands at 21%" (a business loss,
# maybe) and another quantity ("X's operating loss stands at 4%") are none.

def test_a_running_loss_that_stands_at_a_figure() -> None:
    assert _days("Tolsted Motoren cut its outlook. Tolsted's year-to-date loss now stands at 34%.", "Tolsted Motoren") \
        == [("Tolsted", -34.0, "", "2026-01-01", "2026-03-06")]
    assert _days("Tolsted Motoren cut its outlook. Tolsted's loss since February stands at 21%.", "Tolsted Motoren") \
        == [("Tolsted", -21.0, "", "2026-02-01", "2026-03-06")]
    for words in ("loss stands at 21%", "operating loss stands at 4%"):
        assert _rows(f"Tolsted Motoren cut its outlook. Tolsted's {words}.", "Tolsted Motoren") == [], words


# 17. A body named before its noun in small letters ("The Tarn Metall union said ...", "the Acme works council") issues
# no shares: a later "The share price" is the company's the story is about, not the union's.

def test_a_union_named_before_its_noun_is_no_antecedent_of_the_share_price() -> None:
    from test_move_round21 import _mention

    text = ("Vossberg Antriebe faces a probe.\n\nThe Tarn Metall union said on Wednesday it had asked for a meeting with "
            "the board. The company confirmed that Chief Executive Ida Ruhl would address staff on Friday.\n\nSmaller "
            "firms are worried too. Jonas Keil, who owns a machine shop nearby, said a third of his orders came from "
            "Vossberg.\n\nThe share price, which many employees follow, has lost more than 30 percent of its value "
            "since last Friday's close.")
    mentions = sorted(every_mention(text, "Vossberg Antriebe", "Tarn Metall")
                      + [_mention(text, "Jonas Keil", "PERSON", "Jonas Keil"), _mention(text, "Ida Ruhl", "PERSON", "Ida Ruhl")])
    rows = extract_moves(text, PUB, mentions)
    assert [(r.company, r.pct) for r in rows.itertuples()] == [("Vossberg Antriebe", -30.0)]


def test_a_span_of_weekdays_is_no_told_close() -> None:
    text = "Pellam Optics shares rose 8.1% over Monday and Tuesday and are now up 24% this year."
    assert _days(text, "Pellam Optics", published=date(2026, 3, 10))[1][3:] == ("2026-01-01", "2026-03-10")
