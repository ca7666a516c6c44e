"""Round 57 (moves57): share-move rules from the misses, extras and wrong sessions of the six newly opened dev corpora,
each tried on invented text (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from tests.move_helpers import move_days as _days
from tests.move_helpers import move_rows as _rows


# 1. A broker's rating in small letters, as wires print it ("cuts Y to 'sell'", "cut Y to hold from buy"): Y is the
# rated company whose shares the sentence (or the next one's "The shares") tells of, not the broker.

def test_a_rating_in_small_letters_names_the_rated_company() -> None:
    text = "Holbeck Capital cuts Tarvos Mining to 'sell'; shares down 4.2% in early trade"
    assert _rows(text, "Holbeck Capital", "Tarvos Mining") == [("share", "Tarvos Mining", -4.2)]
    text = ("On Tuesday, Holbeck Capital cut Tarvos Mining to hold from buy and lowered its price target. "
            "The shares fell 3.1% on the day.")
    assert _rows(text, "Holbeck Capital", "Tarvos Mining") == [("share", "Tarvos Mining", -3.1)]
    text = 'Holbeck Capital raised Tarvos Mining to "outperform". The stock rose 2.2% on Friday.'
    assert _rows(text, "Holbeck Capital", "Tarvos Mining") == [("share", "Tarvos Mining", 2.2)]



# 2. A running total with no owner before its noun ("taking losses since the complaint was filed last Wednesday to
# 18.5%"), as wires write it: the figure after "to" is the total over the span, the step before it the session's.

def test_a_running_total_since_an_event_without_an_owner() -> None:
    text = ("Tarvos Mining shares fell 2.4% by 1410 GMT, taking losses since the regulator filed its complaint last "
            "Wednesday to 18.5%.")
    assert _days(text, "Tarvos Mining", published=date(2026, 3, 9)) == [
        ("Tarvos Mining", -2.4, "2026-03-09", "", ""), ("Tarvos Mining", -18.5, "", "2026-03-04", "2026-03-09")]
    text = ("Tarvos Mining shares fell 2.4%, taking losses since the U.S. Consumer Product Safety Commission filed its "
            "complaint last Wednesday to 18.5%.")  # (the clause's words: ten, one an abbreviation with its dots)
    assert _days(text, "Tarvos Mining", published=date(2026, 3, 9))[1] == ("Tarvos Mining", -18.5, "", "2026-03-04",
                                                                           "2026-03-09")
    text = "Tarvos Mining shares rose 3.3% on Friday, trimming losses since Monday to 7.1%."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", 3.3, "2026-03-06", "", ""),
                                            ("Tarvos Mining", -7.1, "", "2026-03-02", "2026-03-06")]


# 3. A span up to now cut short by what came after it: a stated day ("had gained 64% this year before March 3"), a
# fronted clause of time ("Before Tuesday's fall, X had gained 22% this year") or an event told in the past perfect
# ("had risen 41% this year before the bid", "ahead of the readout"): the span ends on the session before that day, at
# the latest the session before the article's. Not a span still running ("has risen 9% this year ahead of the
# results") nor a time of the trading day ("before the close").

def test_a_span_to_now_cut_short_by_a_stated_day_or_a_fronted_clause() -> None:
    text = "Tarvos Mining shares, which had gained 64 percent this year before March 3, have since fallen 20 percent."
    assert _days(text, "Tarvos Mining")[0] == ("Tarvos Mining", 64.0, "", "2026-01-01", "2026-03-02")
    text = "Before Tuesday's fall, Tarvos Mining's shares had gained 22 percent this year, helped by new orders."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", 22.0, "", "2026-01-01", "2026-03-02")]


def test_a_span_to_now_cut_short_by_an_event_told_in_the_past_perfect() -> None:
    monday = date(2026, 3, 9)
    text = "Tarvos Mining's stock had risen 41% this year before the bid."
    assert _days(text, "Tarvos Mining", published=monday) == [("Tarvos Mining", 41.0, "", "2026-01-01", "2026-03-06")]
    text = ("Tarvos Mining's stock, which had risen 41% this year ahead of the readout, was down more than 55% by "
            "midday in Oslo.")
    assert _days(text, "Tarvos Mining", published=monday)[0] == ("Tarvos Mining", 41.0, "", "2026-01-01", "2026-03-06")


def test_a_span_still_running_or_cut_by_a_time_of_day_ends_now() -> None:
    monday = date(2026, 3, 9)
    for text in ("Tarvos Mining's stock has risen 9% this year ahead of the results.",
                 "Tarvos Mining's stock has risen 9% this year before the close."):
        assert _days(text, "Tarvos Mining", published=monday) == [("Tarvos Mining", 9.0, "", "2026-01-01", "2026-03-09")]


# 4. A list under a heading that names its unit and its columns ("How X closed on Friday (percent change on day / year
# to date):") whose rows give one bare signed number per column, without the sign of percent ("Acme -2.8 -11.1"):
# each number is a percent over its column's period, as a row with a percent sign at the end ("Acme -2.8% -11.1%")
# was read before.

def test_a_list_of_bare_figures_under_a_heading_naming_unit_and_columns() -> None:
    text = ("The benchmark index fell 0.3 percent on Friday.\n\n"
            "How Lisbon's paper makers closed on Friday (percent change on day / year to date):\n\n"
            "Orvane Papel -2.8 -11.1\n\nBelcam Celulose -4.1 -15.8\n\nTavira Fibras -0.4 +2.1\n\n"
            "\"Investors are selling,\" said Rui Lobo.")
    ytd = ("2026-01-01", "2026-03-06")
    assert _days(text, "Orvane Papel", "Belcam Celulose", "Tavira Fibras")[1:] == [
        ("Orvane Papel", -2.8, "2026-03-06", "", ""), ("Orvane Papel", -11.1, "", *ytd),
        ("Belcam Celulose", -4.1, "2026-03-06", "", ""), ("Belcam Celulose", -15.8, "", *ytd),
        ("Tavira Fibras", -0.4, "2026-03-06", "", ""), ("Tavira Fibras", 2.1, "", *ytd)]


def test_bare_figures_under_a_heading_without_a_unit_are_no_moves() -> None:
    text = ("The benchmark index fell 0.3 percent on Friday.\n\n"
            "How Lisbon's paper makers closed on Friday (change on day / year to date):\n\n"
            "Orvane Papel -2.8 -11.1\n\nBelcam Celulose -4.1 -15.8\n")
    assert _rows(text, "Orvane Papel", "Belcam Celulose") == [("index", "The benchmark index", -0.3)]


# 5. A figure set against the one before it as another's change ("X is up 3% this year, against a 14% gain for Y",
# "compared with a 4% fall in Y") covers the span the figure before it names, not the article's session.

def test_a_figure_set_against_a_span_covers_that_span() -> None:
    text = ("Tarvos Mining shares are down about 14% since March 2, and are up only 3% this year, against a 14% gain "
            "for Belcam Steel.")
    assert _days(text, "Tarvos Mining", "Belcam Steel")[2] == ("Belcam Steel", 14.0, "", "2026-01-01", "2026-03-06")
    text = "Tarvos Mining had lost 9% over the week, compared with a 2% fall for Belcam Steel."
    assert _days(text, "Tarvos Mining", "Belcam Steel")[1] == ("Belcam Steel", -2.0, "", "2026-03-02", "2026-03-06")


def test_a_figure_set_against_a_session_stays_on_it() -> None:
    text = "Tarvos Mining shares rose 3% on Tuesday, against a 1% gain for Belcam Steel."
    assert _days(text, "Tarvos Mining", "Belcam Steel") == [("Tarvos Mining", 3.0, "2026-03-03", "", ""),
                                                            ("Belcam Steel", 1.0, "2026-03-03", "", "")]


# 6. A span between two closes each written "the close on" its day ("from the close on March 2 to the close on March
# 5") runs over the sessions after the first close to the second, as "from the March 2 close to the March 5 close"; a
# single "from its close on March 2" stays a span from that day.

def test_a_span_between_two_closes_on_stated_days() -> None:
    text = ("Share moves from the close on March 2 to the close on March 5:\n\n"
            "Orvane Papel   -19.4%\nBelcam Celulose   -11.7%\n")
    span = ("2026-03-03", "2026-03-05")
    assert [r[3:] for r in _days(text, "Orvane Papel", "Belcam Celulose")] == [span, span]
    text = "Orvane Papel shares fell 4% between the close on 3 March and the close on 5 March."
    assert _days(text, "Orvane Papel") == [("Orvane Papel", -4.0, "", "2026-03-04", "2026-03-05")]


# 7. A move noun in a clause of time opening the sentence, with "Even" before it or what the move came on after it
# ("Even after Thursday's 5.6% rebound on first-quarter results, X shares are down 14% ..."): the figure is the main
# clause's subject's, on its day.

def test_a_fronted_move_noun_after_even_or_before_its_cause() -> None:
    text = ("Investors are not yet convinced. Even after Thursday's 5.6% rebound on first-quarter results, Tarvos "
            "Mining shares are down about 14% since March 2.")
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", 5.6, "2026-03-05", "", ""),
                                            ("Tarvos Mining", -14.0, "", "2026-03-02", "2026-03-06")]
    text = "After Monday's 9% slide after the profit warning, Tarvos Mining shares rose 3% on Tuesday."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -9.0, "2026-03-02", "", ""),
                                            ("Tarvos Mining", 3.0, "2026-03-03", "", "")]


# 8. "in" (or "during") the same period after a span told, as "over the same period": that span; not a year-ago one
# ("in the same period last year").

def test_in_the_same_period_is_the_span_told_before() -> None:
    text = ("Tarvos Mining shares are down 24% since March 2.\n\n"
            "Belcam Stores' own shares have slipped 5% in the same period, a modest price.")
    assert _days(text, "Tarvos Mining", "Belcam Stores")[1] == ("Belcam Stores", -5.0, "", "2026-03-02", "2026-03-06")
    text = ("Tarvos Mining shares are down 24% since March 2.\n\n"
            "Belcam Stores' shares rose 5% on Friday, and its sales rose 3% in the same period last year.")
    assert _days(text, "Tarvos Mining", "Belcam Stores")[1] == ("Belcam Stores", 5.0, "2026-03-06", "", "")


# 9. "off a low" set off by a comma after a close ("finished down 24.6% at 38.15 crowns, off a low that was 31% below
# Thursday's close") says where the close stood against the day's low: the figure is the session's, not a move from a
# low the text does not date ("up 40% off their March low" still is).

def test_off_a_low_after_a_comma_leaves_the_session() -> None:
    text = ("16:35 GMT - Closing numbers from Oslo: Tarvos Mining finished down 24.6% at 38.15 crowns, off a low that "
            "was 31% below Thursday's close.")
    assert _days(text, "Tarvos Mining")[0] == ("Tarvos Mining", -24.6, "2026-03-06", "", "")
    text = "Closing numbers from Zurich: Tarvos Mining finished down 24.6% at CHF38.15, off a low of the day."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -24.6, "2026-03-06", "", "")]
    assert _days("Tarvos Mining shares are up 40% off their March low.", "Tarvos Mining") == [
        ("Tarvos Mining", 40.0, "", "2026-03-01", "2026-03-06")]  # (round 62: a dated mark's span starts in its month)


# 10. A level counted "from" where the stock stood before an event ("down 61% from their level before the results",
# "from where they stood before the warning", "from before the accident", "from their pre-report level") is a move
# since that event, as "below where they stood before" was: from the day the article gives the event, else a span
# whose start the text does not give; never the article's session alone.

def test_a_level_from_before_an_event_is_a_span_since_it() -> None:
    for text in ("Tarvos Mining shares are still down 61% from their level before the trial results.",
                 "Tarvos Mining shares are still down 8% from where they stood before the warning.",
                 "Tarvos Mining shares are still down about 27% from before the accident.",
                 "Tarvos Mining shares were still down roughly 24% from their pre-report level at Friday's close."):
        assert [r[2] for r in _days(text, "Tarvos Mining")] == [""], text
    text = ("Tarvos Mining issued its profit warning on March 3.\n\n"
            "Tarvos Mining shares are still down 8% from where they stood before the warning.")
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -8.0, "", "2026-03-03", "2026-03-06")]
    text = "Tarvos Mining shares are down 8% from where they stood before Wednesday's warning."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -8.0, "", "2026-03-04", "2026-03-06")]


# 11. An event dated in passing after an owner in small letters ("before the company's March 2 warning", "since the
# group's March 2 warning"), as after "its" or a name's possessive: a span from that day.

def test_an_event_dated_after_an_owner_in_small_letters() -> None:
    for text in ("Tarvos Mining shares remain about 26% below where they traded before the company's March 2 warning.",
                 "Tarvos Mining shares have lost 26% since the group's March 2 warning."):
        assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -26.0, "", "2026-03-02", "2026-03-06")], text


# 12. The short names of Asian and Latin American benchmarks a market-data strip prints ("JCI", "STI", "KLCI", "HSI",
# "PSEi", "LQ45", "Ibovespa") are indices (analysis/data/move_words.json, general knowledge), not companies.

def test_short_names_of_benchmarks_are_indices() -> None:
    text = ("Markets: Nikkei 225 14,707.78 -1.4% | JCI 4,380.45 -0.9% | STI 3,188.57 -0.5% | KLCI 1,610.20 +0.2%\n\n"
            "Tarvos Mining shares fell 3% on Friday.")
    assert _rows(text, "Tarvos Mining") == [("index", "Nikkei 225", -1.4), ("index", "JCI", -0.9),
                                            ("index", "STI", -0.5), ("index", "KLCI", 0.2),
                                            ("share", "Tarvos Mining", -3.0)]


# 13. A value an analyst or a short seller puts on the stock, then a percent against a close ("put a value of $2.10 on
# the shares, 85% below Monday's close", "valued the shares at $2.10, ..."): a target's downside, no move (as "a
# target price of 3,800 yen, about 7% above Monday's close" was); a price the stock fell to stays a move.

def test_a_value_put_on_the_shares_is_no_move() -> None:
    for text in ("Holbeck Research said it had a short position and put a value of $2.10 on the shares, 85 per cent "
                 "below Monday's close.",
                 "Holbeck Research valued the shares at $2.10, 85 per cent below Monday's close."):
        assert _rows(text, "Holbeck Research", "Tarvos Mining") == [], text
    text = "Tarvos Mining shares fell to $2.10, 8 per cent below Monday's close."
    assert _rows(text, "Holbeck Research", "Tarvos Mining") == [("share", "Tarvos Mining", -8.0)]


# 14. A level the close still stands against, set off by a comma after the figure ("closed 12.6% higher at $11.85,
# still well below the $14.49 it fetched before the report on Tuesday"): the day named there is the level's, not the
# move's; the move keeps the session the text gave before.

def test_a_day_in_a_still_below_aside_is_not_the_moves() -> None:
    text = ("Tarvos Mining shares rose on Friday after a halt.\n\nTarvos Mining jumped as much as 19.1% in early trade "
            "and closed 12.6% higher at $11.85, still well below the $14.49 it fetched before Holbeck Research "
            "published its report on Tuesday.")
    assert _days(text, "Tarvos Mining", "Holbeck Research") == [("Tarvos Mining", 19.1, "2026-03-06", "", ""),
                                                                ("Tarvos Mining", 12.6, "2026-03-06", "", "")]
    text = "Tarvos Mining closed at $5.10 on Friday, still 20% below its March 3 close."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -20.0, "", "2026-03-04", "2026-03-06")]


# 15. A span up to now told in the past perfect with no end of its own ("The stock had already fallen 21% since the
# start of February", "had fallen 21% this year"): a state before the day the article tells of, ending on the session
# before the article's; not a statement's backshift ("said on Monday its shares had fallen 21% this year") nor a span
# in the present perfect, nor a week or a month (a week's review tells its week in the past perfect too).

def test_a_span_in_the_past_perfect_ends_before_the_articles_day() -> None:
    monday = date(2026, 3, 9)
    text = "Tarvos Mining shares had already fallen 21 percent since the start of February, when reports began."
    assert _days(text, "Tarvos Mining", published=monday) == [("Tarvos Mining", -21.0, "", "2026-02-01", "2026-03-06")]
    for text in ("Tarvos Mining said on Monday its shares had fallen 21 percent this year.",
                 "Tarvos Mining shares have fallen 21 percent this year."):
        assert _days(text, "Tarvos Mining", published=monday) == [
            ("Tarvos Mining", -21.0, "", "2026-01-01", "2026-03-09")], text


# 16. A level "from their March 2 close" (an owner before the stated day's close, as "from the March 2 close"): the
# sessions after that close, not the session the sentence names for the price.

def test_a_level_from_an_owners_stated_close() -> None:
    text = "Tarvos Mining shares closed at $10.12 on Friday, down 73.8 percent from their March 2 close."
    assert _days(text, "Tarvos Mining") == [("Tarvos Mining", -73.8, "", "2026-03-03", "2026-03-06")]
