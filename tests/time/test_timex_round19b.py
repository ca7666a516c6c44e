"""Round 19b (timex, CheckList probes): rules for constructions the invented probes of tests/time/timex_probes19.py
showed failing. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex_fiscal import FISCAL_PREFIX as FY  # the notation of a fiscal value ("" as TempEval-3 writes it, or "FY")
from analysis.time.timex import find_timexes

DCT = date(2030, 6, 12)  # a Wednesday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_every_before_a_counted_stretch_makes_a_set() -> None:
    assert rows("Kenton elects its council every nine years.") == [("every nine years", "SET", "P9Y")]
    assert rows("The Orlan pumps are checked every 20 minutes.") == [("every 20 minutes", "SET", "PT20M")]
    assert rows("Pellam renews the lease once every seven years.") == [("every seven years", "SET", "P7Y")]
    assert rows("Every two weeks, Quenby ships a batch.") == [("Every two weeks", "SET", "P2W")]
    assert rows("The Quenby ferry is serviced every few weeks.") == [("every few weeks", "SET", "PXW")]


def test_a_counted_stretch_without_every_stays_a_duration() -> None:
    assert rows("Kenton's mayor served nine years.") == [("nine years", "DURATION", "P9Y")]
    assert rows("Each three-month contract pays well.") == [("three-month", "DURATION", "P3M")]
    assert rows("The board meets every week.") == [("every week", "SET", "P1W")]


def test_last_quarter_alone_is_the_quarter_before_the_one_under_way() -> None:
    assert rows("Orlan's sales fell last quarter.") == [("last quarter", "DATE", "2030-Q1")]
    assert rows("Pellam raised $8 million in the last quarter.") == [("the last quarter", "DATE", "2030-Q1")]
    assert rows("Quenby reported last quarter that margins rose.", date(2030, 11, 20)) == [
        ("last quarter", "DATE", "2030-Q3")]


def test_the_last_quarter_of_a_year_or_ahead_stays_the_fourth() -> None:
    assert rows("Sales peaked in the last quarter of the year.") == [("the last quarter of the year", "DATE", "2029-Q4")]
    assert rows("Sales fell in the last quarter of 2029.") == [("the last quarter of 2029", "DATE", "2029-Q4")]
    assert rows("Pellam expects a rebound in the last quarter.") == [("the last quarter", "DATE", "2030-Q4")]


def test_a_fiscal_year_keeps_its_noun_in_the_span() -> None:
    assert rows("Revenue rose in fiscal year 2029.") == [("fiscal year 2029", "DATE", FY + "2029")]
    assert rows("Arrivals dropped in the 2029 fiscal year.") == [("the 2029 fiscal year", "DATE", FY + "2029")]
    assert rows("Orlan lost money in its 2029 financial year.") == [("2029 financial year", "DATE", FY + "2029")]
    assert rows("Kenton's budget for calendar year 2031 is set.") == [("calendar year 2031", "DATE", "2031")]
    assert rows("Revenue rose in fiscal 2029.") == [("fiscal 2029", "DATE", FY + "2029")]


def test_a_month_used_as_a_given_name_is_no_date() -> None:
    assert rows("April Lane, a spokeswoman, declined to comment.") == []
    assert rows("June Haber said the Orlan plant would close.") == []
    assert rows('"We are done," said August Pellam, the founder of Quenby.') == []


def test_a_month_after_a_preposition_or_before_a_lowercase_noun_stays_a_date() -> None:
    assert rows("In June Haber said the Orlan plant would close.") == [("June", "DATE", "2030-06")]
    assert rows("Since June Orlan, the lender, has cut 40 jobs.") == [("June", "DATE", "2030-06")]
    assert rows("April sales rose, Pellam said.") == [("April", "DATE", "2030-04")]


def test_this_weekday_next_to_a_past_verb_is_the_day_gone_by() -> None:
    assert rows("Pellam said this Monday that it would appeal.") == [("this Monday", "DATE", "2030-06-10")]
    assert rows("Orlan announced this Friday that it had sold the mill.") == [("this Friday", "DATE", "2030-06-07")]


def test_this_weekday_otherwise_is_the_coming_one() -> None:
    assert rows("The Quenby fund will close this Friday.") == [("this Friday", "DATE", "2030-06-14")]
    assert rows("Pellam said it would appeal this Friday.") == [("this Friday", "DATE", "2030-06-14")]
    assert rows("Orlan said this Friday's vote would be close.") == [("this Friday", "DATE", "2030-06-14")]
    assert rows("Orlan hoped to sign the Kenton lease this Tuesday.") == [("this Tuesday", "DATE", "2030-06-18")]
