"""Round 61 (timex61): dates of news text. Every name and sentence is invented; each test fails without its rule and
checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.corpus.cleaning import date_line
from analysis.time.dates import parse_date_line
from analysis.time.timex import find_timexes


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A page's date line with the place before it ("Heidelberg/Mannheim, 14.05.2031, 09:15 Uhr", as German pages and
#    their machine translations write it) or its reading time after it ("| Reading time 6 minutes") is a date line:
#    the article's publication date (an undated page had none, and every weekday of it stayed unresolved).
def test_a_date_line_with_its_place_or_reading_time() -> None:
    assert parse_date_line("Heidelberg/Mannheim, 14 May 2031, 09:15") == (date(2031, 5, 14), False)
    assert parse_date_line("Frankfurt am Main, 14 May 2031") == (date(2031, 5, 14), False)
    assert parse_date_line("Published 14 May 2031 | Reading time 6 minutes") == (date(2031, 5, 14), False)
    assert parse_date_line("May 14, 2031 · 6 min read") == (date(2031, 5, 14), False)
    assert date_line("Heidelberg/Mannheim, 14.05.2031, 09:15 o'clock – By Karla Wendt") == (date(2031, 5, 14), False)
    assert date_line("Published 14.05.2031, 09:15 clock | Reading time 6 minutes") == (date(2031, 5, 14), False)
    # left alone: a sentence that ends in a date is no date line
    assert parse_date_line("Shares of Brenmark fell, 14 May 2031") is None
    assert parse_date_line("the board met in Heidelberg, 14 May 2031") is None


# 2. An ambiguous slash date with its year, told in the past: the order the text's long dates or its dateline give
#    ("14 May" writes day first) yields to the other when it would put the deed after the publication date and the
#    other puts it before ("the notice, issued 05/12/2031" in an article of 14 May 2031 is 12 May, not 5 December).
def test_a_past_slash_date_is_not_after_publication() -> None:
    may14 = date(2031, 5, 14)
    text = "Research note | 14 May 2031\nThe regulator's notice, issued 05/12/2031, covers 90 barges."
    assert found(text, may14)[-1] == ("05/12/2031", "2031-05-12")
    text = "By Ada Lind | 14 May 2031\nStocks on loan had fallen to 8% as of 5/9/2031, data showed."
    assert found(text, may14)[-1] == ("5/9/2031", "2031-05-09")
    # left alone: a date still to come keeps the text's order, and so does a text whose other slash date shows it
    text = "Research note | 14 May 2031\nThe regulator's review is due 05/12/2031."
    assert found(text, may14)[-1] == ("05/12/2031", "2031-12-05")
    text = "Filed 13/05/2031. The regulator's notice, issued 05/12/2031, covers 90 barges."
    assert found(text, may14)[-1] == ("05/12/2031", "2031-12-05")


# 3. A date opening its sentence is parted from the main clause by a comma or by nothing at all: "On Monday the
#    Chancellor will meet bank chiefs" is the coming Monday, as "On Monday, the Chancellor will meet" is.
def test_a_date_opening_its_sentence_without_a_comma() -> None:
    friday = date(2031, 5, 16)
    assert found("On Monday the finance minister will meet bank chiefs to discuss lending.", friday) == \
        [("Monday", "2031-05-19")]
    assert found("On Monday Ms. Varga is to meet bank chiefs.", friday) == [("Monday", "2031-05-19")]
    # left alone: the main clause told in the past, or a future only in what was said
    assert found("On Monday the finance minister met bank chiefs.", friday) == [("Monday", "2031-05-12")]
    assert found("On Monday the finance minister said she will meet bank chiefs.", friday) == [("Monday", "2031-05-12")]


# 4. "on Monday 27th": British copy writes the day of the month after the weekday without "the"; the two together
#    name that day (as "on Monday the 27th" did), not the weekday nearest the publication date.
def test_a_weekday_with_its_ordinal_day() -> None:
    friday = date(2031, 5, 30)
    assert found("The miner warned on Monday 19th and its shares fell 9%.", friday) == [("Monday 19th", "2031-05-19")]
    # left alone: an ordinal of a noun after the weekday
    assert found("The lender reported on Monday 2nd-quarter profit of $4 million.", friday)[0] == ("Monday", "2031-05-26")


# 5. A date opening its sentence after "at" is parted from its main clause as one after "on" is: "At 9 a.m. the board
#    will vote", and the machine translation's "At Friday the supervisory board is to meet" are ahead.
def test_a_date_opening_its_sentence_after_at() -> None:
    monday = date(2031, 5, 19)
    assert found("At Friday the complete supervisory board is to meet.", monday) == [("Friday", "2031-05-23")]
    # left alone: the main clause told in the past
    assert found("At Friday the complete supervisory board met.", monday) == [("Friday", "2031-05-16")]


# 6. "extended its production halt to Wednesday": an extension told in the past sets a new last day near the day of the
#    act, so the nearest such day, as a stretch called off "through" a day.
def test_an_extension_to_a_day() -> None:
    tuesday = date(2031, 5, 20)
    assert found("Corvel, which extended its production halt to Wednesday, fell 8%.", tuesday) == \
        [("Wednesday", "2031-05-21")]
    assert found("The exchange extended the suspension of Corvel until Friday.", tuesday) == [("Friday", "2031-05-23")]
    # left alone: a past stretch that is no extension
    assert found("Corvel's shares rose from Monday to Wednesday.", date(2031, 5, 23))[-1] == ("Wednesday", "2031-05-21")


# 7. "when Tokyo reopens on Monday": "reopen(s)" is a verb of a scheduled event, as "open(s)" and "resume(s)" are.
def test_reopens_is_a_schedule() -> None:
    friday = date(2031, 5, 16)
    assert found("Futures point to heavy selling when the Kelby exchange reopens on Monday.", friday) == \
        [("Monday", "2031-05-19")]
    # left alone: the past
    assert found("The Kelby exchange reopened on Monday.", friday) == [("Monday", "2031-05-12")]


# 8. "campaigning for Sunday's election", "preparing for Monday's results": what one campaigns or prepares for is still
#    to come, as what one braces for is ("possessive_future_cues"); told in the past after a day, the first such day after it.
def test_campaigning_or_preparing_for_a_weekdays_event() -> None:
    wednesday = date(2031, 5, 21)
    assert found("Ms. Varga, campaigning for Sunday's upper house election, promised lower fares.", wednesday) == \
        [("Sunday", "2031-05-25")]
    assert found("Lenders are preparing for Monday's stress test results.", wednesday) == [("Monday", "2031-05-26")]
    # left alone: a weekday's event in the possessive with no such cue is the one gone by
    assert found("Ms. Varga won Sunday's upper house election.", wednesday) == [("Sunday", "2031-05-18")]


# 9. A schedule verb after a modal is the modal's infinitive, not a schedule's present: "would reopen on Saturday, but
#    it was closed again by noon" is read by the modal's clause (past here); the bare "reopen" after a plural subject
#    is a schedule's present ("Markets in the mainland were closed for the holiday and reopen on Wednesday").
def test_a_schedule_verb_after_a_modal_and_a_plural_present() -> None:
    monday = date(2031, 9, 15)
    assert found("Mainland markets were closed for the holiday and reopen on Wednesday.", monday) == \
        [("Wednesday", "2031-09-17")]
    wednesday = date(2031, 3, 12)
    assert found("Ms. Varro said the Harlow depot would open on Saturday, but it was closed again by noon.",
                 wednesday)[0] == ("Saturday", "2031-03-08")
    # left alone: the modal's future with no past auxiliary of its own clause
    assert found("Ms. Varro said the Harlow depot would open on Saturday.", wednesday) == [("Saturday", "2031-03-15")]
