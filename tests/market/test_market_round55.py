"""Round 55 (moves55): the sessions and spans of share moves, and a few missed or doubled moves, counted on the newly
opened dev corpora and tried here on invented texts (no word, name or figure of any corpus), with what each rule must
leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import every_mention

PUB = date(2026, 3, 6)  # a Friday


def _iso(d: object) -> str | None:
    return None if d is None or d != d else str(d)[:10]  # (NaT != NaT)


def _days(text: str, *names: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    rows = extract_moves(text, PUB, sorted(every_mention(text, *names)))
    return [(r.company, r.pct, _iso(r.session_date), _iso(r.period_start), _iso(r.period_end)) for r in rows.itertuples()]


# 1. A heading over a table or list that names a span between two closes or days ("How they fared this week (Monday to
# Thursday close):", "change from Nov. 11 close to Nov. 22 close:", "Friday close against July 20:"): the rows are moves
# over that span, not the article's session (or the first day's).

def test_a_headings_span_of_days_dates_the_table_under_it() -> None:
    text = ("How lenders have fared this week (Monday to Thursday close):\n\nCompany | Ticker | Change\n"
            "Dovecrest Financial | DVF | -44.1%\nHarlow Mining | HRM | -3.9%\n")
    assert _days(text, "Dovecrest Financial", "Harlow Mining") == [
        ("Dovecrest Financial", -44.1, None, "2026-03-02", "2026-03-05"),
        ("Harlow Mining", -3.9, None, "2026-03-02", "2026-03-05")]


def test_a_headings_span_between_two_stated_closes() -> None:
    text = ("Lender shares, change from Feb. 20 close to March 5 close:\n\nCompany | Exchange | Change\n"
            "Dovecrest Financial | London | -15.6%\nHarlow Mining | Paris | +1.2%\n")
    assert _days(text, "Dovecrest Financial", "Harlow Mining") == [
        ("Dovecrest Financial", -15.6, None, "2026-02-23", "2026-03-05"),
        ("Harlow Mining", 1.2, None, "2026-02-23", "2026-03-05")]


def test_a_weekdays_close_against_a_stated_day_over_a_list() -> None:
    text = "Share moves of lenders, Friday close against Feb. 27:\nDovecrest Financial: -14.9%\nHarlow Mining: +5.9%\n"
    assert _days(text, "Dovecrest Financial", "Harlow Mining") == [
        ("Dovecrest Financial", -14.9, None, "2026-03-02", "2026-03-06"),
        ("Harlow Mining", 5.9, None, "2026-03-02", "2026-03-06")]


def test_a_heading_naming_one_session_still_dates_its_session() -> None:
    text = "Closing prices, Wednesday 4 March:\n\nCompany | Close | Change\nDovecrest Financial | 41.20 | -4.4%\n"
    assert _days(text, "Dovecrest Financial") == [("Dovecrest Financial", -4.4, "2026-03-04", None, None)]


# 2. "N% for the year" is the year to date; a forecast "for the year" after another verb is no span of the move.

def test_up_for_the_year_is_the_year_to_date() -> None:
    text = "Dovecrest Financial said on Thursday it would cut jobs. The stock is still up about 10% for the year."
    assert _days(text, "Dovecrest Financial") == [("Dovecrest Financial", 10.0, None, "2026-01-01", "2026-03-06")]
    text = "Dovecrest Financial rose 5% after it raised its profit forecast for the year."
    assert _days(text, "Dovecrest Financial") == [("Dovecrest Financial", 5.0, "2026-03-06", None, None)]


# 3. A span to date that names the weekday it runs through ("year to date through Friday", "this month up to
# Wednesday's close") ends on that weekday's session.

def test_a_span_to_date_through_a_weekday_ends_on_it() -> None:
    text = "Dovecrest Financial fell 2% on Tuesday. The stock had gained 4.3% year to date through Monday."
    assert _days(text, "Dovecrest Financial")[-1] == ("Dovecrest Financial", 4.3, None, "2026-01-01", "2026-03-02")
    text = "Dovecrest Financial shares had gained 12% this month up to Wednesday's close."
    assert _days(text, "Dovecrest Financial") == [("Dovecrest Financial", 12.0, None, "2026-03-01", "2026-03-04")]


# 4. A level against a stated day's close or level ("8% below their level of June 8", "33% below where they closed on
# Sept. 3", "36% below their March 9 close") is a span from the session after that day; against the level before a
# weekday's event ("below where they stood before last Wednesday's warning"), a span from that weekday.

def test_a_level_against_a_stated_days_close_is_a_span_after_it() -> None:
    for text in ("Gallard Tools shares are still almost 8 per cent below their level of Feb. 20, even after yesterday's "
                 "rally.",
                 "Even so, Gallard Tools' shares remain 33 percent below where they closed on Feb. 20.",
                 "Gallard Tools shares remain 36% below their Feb. 20 close."):
        assert [d[2:] for d in _days(text, "Gallard Tools")] == [(None, "2026-02-23", "2026-03-06")], text


def test_a_level_before_a_weekdays_event_is_a_span_from_that_weekday() -> None:
    text = ("Shares in Dovecrest rose 3.4% by 1130 GMT, leaving them 14.9% below where they stood before Tuesday's "
            "warning.")
    assert _days(text, "Dovecrest") == [("Dovecrest", 3.4, "2026-03-06", None, None),
                                        ("Dovecrest", -14.9, None, "2026-03-03", "2026-03-06")]


# 5. A span noun with its count after the indefinite article ("extending a two-day slide of nearly 20%") is the sessions
# before the sentence's own; a running total a participle carries ("taking its two-day loss to 35%") runs through the
# article's session when the sentence names none.

def test_a_slide_the_move_extends_is_the_sessions_before_it() -> None:
    text = "Gallard Tools shares were down 3.1% in premarket trading, extending a two-day slide of nearly 20%."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -3.1, "2026-03-06", None, None),
                                            ("Gallard Tools", -20.0, None, "2026-03-04", "2026-03-05")]


def test_a_running_total_a_participle_carries_runs_through_the_articles_session() -> None:
    text = "Gallard Tools extended its slide, taking its two-day loss to 35%."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -35.0, None, "2026-03-05", "2026-03-06")]


# 6. A contrast in the perfect after ", while" with no span of its own ("X is down 31.5% since Oct. 11, while Y has
# lost 8.2% and Z 5.5%") is over the span of the clause before; a dated clause before leaves it alone.

def test_a_perfect_after_while_keeps_the_span_before() -> None:
    text = ("Shares of the lenders have diverged: Dovecrest is down 31.5% since Feb. 20, while Harlow Mining has lost "
            "8.2% and Tarvey Foods 5.5%.")
    assert [d[2:] for d in _days(text, "Dovecrest", "Harlow Mining", "Tarvey Foods")] == \
        [(None, "2026-02-20", "2026-03-06")] * 3
    text = "Dovecrest rose 3% on Thursday, while Harlow Mining has lost 8.2%."
    assert [d[2] for d in _days(text, "Dovecrest", "Harlow Mining")] == ["2026-03-05", "2026-03-05"]


# 7. "since the deal was announced": the day the text gave the verb before ("announced on 23 February"), and a gapped
# second subject with "'s" for "is" ("and Y's down 8.3%") keeps that span.

def test_a_passive_event_after_since_takes_the_day_its_verb_was_given() -> None:
    text = ("The proposed combination of Dovecrest and Harlow Mining, announced on 23 February, would create a large "
            "lender.\n\nIn the market, Harlow Mining shares are up 9.2% since the deal was announced and Dovecrest's "
            "down 8.3%.")
    assert _days(text, "Dovecrest", "Harlow Mining") == [
        ("Harlow Mining", 9.2, None, "2026-02-23", "2026-03-06"), ("Dovecrest", -8.3, None, "2026-02-23", "2026-03-06")]
    text = "Harlow Mining shares are up 9.2% since the deal was announced."  # no day given: no start
    assert _days(text, "Harlow Mining") == [("Harlow Mining", 9.2, None, None, "2026-03-06")]


# 8. Figures that each carry their direction after them, closed by "respectively" ("moved 16.4% higher and 7.2% lower,
# respectively"): one list, paired with the names in order, not every name with every figure.

def test_figures_with_their_own_direction_pair_in_order() -> None:
    text = ("Orrell Tools and Pellam Works shares moved 6.4% higher and 2.2% lower, respectively, as investors weighed "
            "the deal.")
    assert [d[:2] for d in _days(text, "Orrell Tools", "Pellam Works")] == [("Orrell Tools", 6.4), ("Pellam Works", -2.2)]
    text = "Orrell Tools closed 6.4% higher and Pellam Works ended 2.2% lower."
    assert [d[:2] for d in _days(text, "Orrell Tools", "Pellam Works")] == [("Orrell Tools", 6.4), ("Pellam Works", -2.2)]


# 9. A page's ticker chip right before a signed figure ("Acme Tools Inc. ACMT, +1.88%") quotes the name before the
# ticker, wherever that name stands in the sentence (an object, after "of" or "by").

def test_a_ticker_chip_quotes_the_name_before_it() -> None:
    text = ("Tarvey Partners, which holds about 4.3% of Orrell Tools Inc. ORLT, +1.88%, said Thursday it also opposed "
            "the sale to Pellam Works PLC.")
    assert [d[:2] for d in _days(text, "Orrell Tools", "Tarvey Partners", "Pellam Works")] == [("Orrell Tools Inc.", 1.88)]
    text = ("Orrell Tools Inc. ORLT, +88.62% shares soared 89% in Monday trading after agreeing to be acquired by Pellam "
            "Works PLC PLMW, -3.81% for $52 a share in cash.")
    assert ("Pellam Works PLC", -3.81) in [d[:2] for d in _days(text, "Orrell Tools", "Pellam Works")]


# 10. A railway is a company: "The freight railroad fell 5.1%" under a movers list's label is the label's move.

def test_a_railroad_is_a_company_noun() -> None:
    text = ("Biggest movers at midday:\n\n• Orrell Rail - The freight railroad fell 5.1% after warning that volumes would "
            "fall.\n• Pellam Works - The toolmaker rose 2.2%.")
    assert [d[:2] for d in _days(text, "Orrell Rail", "Pellam Works")] == [("Orrell Rail", -5.1), ("Pellam Works", 2.2)]


# 11. A day written day-first after "on" ("tumbled 18.2% on 24 February", British and most non-US papers) is the
# move's stated session, as "on Feb. 24" is.

def test_a_day_written_day_first_is_a_stated_session() -> None:
    text = "Gallard Tools' shares, which tumbled 18.2% on 24 February, have since recovered part of the drop."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -18.2, "2026-02-24", None, None)]


# 12. A superlative after a comma with no article ("closed down 24.6%, worst day since 2009 listing") compares the
# session with others: its "since" is no span of the figure.

def test_a_bare_superlative_after_the_figure_is_no_span() -> None:
    text = "Gallard Tools shares closed down 24.6%, worst day since its 2009 listing."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -24.6, "2026-03-06", None, None)]


# 13. A place before a company's name, as a "-listed" adjective in a gapped list (", Shenzhen-listed B 4.1%") or as a
# possessive before its shares ("Canada's Acme Financial shares plunge 22%"), says where it is listed: the name is
# still the subject.

def test_a_place_before_the_name_leaves_the_name_the_subject() -> None:
    text = "Shanghai-listed Tarvey Foods fell 6.3%, Shenzhen-listed Orrell Tools 4.1% and Taiwan's Pellam Works 2.2%."
    assert [d[:2] for d in _days(text, "Tarvey Foods", "Orrell Tools", "Pellam Works")] == [
        ("Tarvey Foods", -6.3), ("Orrell Tools", -4.1), ("Pellam Works", -2.2)]
    text = "Canada's Dovecrest Financial shares plunge 22% after short seller targets mortgage book"
    assert [d[:2] for d in _days(text, "Dovecrest Financial")] == [("Dovecrest Financial", -22.0)]


# 14. A sentence opening on the next day ("The next day ...", "The following day, ...") dates its bare moves on the
# session after the day the sentence before names.

def test_the_next_day_is_the_session_after_the_day_named_before() -> None:
    text = ("A tribunal ruled on 24 February that Gallard Tools must pay for repairs. The next day the company nearly "
            "doubled its provision, and its shares fell 14% in a session.")
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -14.0, "2026-02-25", None, None)]
    text = "Gallard Tools warned on Tuesday. The following day, its shares fell 14%."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -14.0, "2026-03-04", None, None)]
    text = "Gallard Tools warned on Tuesday. The next day's session was calm. Its shares fell 14% on Thursday."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -14.0, "2026-03-05", None, None)]


# 15. The same spans in prose: a level "from the Feb. 20 close" runs from the session after it to now; "between
# Monday's close and Thursday" (no second "close") from Tuesday to Thursday.

def test_a_span_from_a_stated_close_or_between_a_close_and_a_weekday_in_prose() -> None:
    text = "Gallard Tools shares have lost 12% from the Feb. 20 close."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", -12.0, None, "2026-02-23", "2026-03-06")]
    text = "Gallard Tools shares had climbed 8.2% between Monday's close and Thursday."
    assert _days(text, "Gallard Tools") == [("Gallard Tools", 8.2, None, "2026-03-03", "2026-03-05")]
