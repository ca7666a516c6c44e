"""Round 26: dated events of the twenty-fifth corpus's misses and wrong dates, read as general constructions.
Invented sentences."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_year_framing_its_sentence_sets_the_year_of_its_yearless_months() -> None:
    got = dates_of("In 2019, Tollemarsh Freight opened a depot in Leeds in March.", "2031-06-10")
    assert got == [("March", "2019-03-01", "2019-03-31")]
    got = dates_of("Early 2030 - Quenby Foods cuts 6% of its staff in January and in February reports weaker sales.",
                   "2031-06-10")
    assert got == [("February", "2030-02-01", "2030-02-28"), ("January", "2030-01-01", "2030-01-31")]
    # left alone: a year modifying a noun frames nothing; a year stated again frames what follows it
    assert dates_of("Some 2019 investors in Tollemarsh Freight sold their stakes in March.", "2031-06-10") == [
        ("2019", "2019-01-01", "2019-12-31"), ("March", "2031-03-01", "2031-03-31")]
    got = dates_of("In 2019, Tollemarsh Freight opened a depot, and in May 2020 it closed one.", "2031-06-10")
    assert got == [("2019", "2019-01-01", "2019-12-31"), ("May 2020", "2020-05-01", "2020-05-31")]


def test_a_next_day_after_a_month_of_its_own_sentence_counts_from_that_month() -> None:
    got = dates_of("Harnley Bank said its systems failed on 6 March. The failure was worse than the June 2024 outage, "
                   "which was followed by a 5% fall in the shares the next day.", "2031-03-11")
    assert got == [("6 March", "2031-03-06", "2031-03-06"), ("the next day", "2024-06-02", "2024-07-01")]
    got = dates_of("Harnley Bank said its systems failed on 6 March. The failure was worse than the 2024 outage, "
                   "which was followed by a 5% fall in the shares the next day.", "2031-03-11")
    assert got == [("6 March", "2031-03-06", "2031-03-06")]  # no day placed in a year
    # left alone: the next day after the day stated before, and after a month holding that day
    assert dates_of("Harnley Bank said its systems failed on 6 March. The shares fell 5% the next day.", "2031-03-11") == [
        ("6 March", "2031-03-06", "2031-03-06"), ("the next day", "2031-03-07", "2031-03-07")]
    assert dates_of("Harnley Bank said its systems failed on 6 March. In March the shares fell 5% the next day.",
                    "2031-03-11") == [("6 March", "2031-03-06", "2031-03-06"), ("the next day", "2031-03-07", "2031-03-07")]


def test_a_weekday_after_an_indefinite_article_is_no_date() -> None:
    # 2031-03-15 is a Saturday
    assert dates_of("\"We shipped the patch on a Saturday, when nobody was watching,\" said Ines Marlowe.",
                    "2031-03-15") == []
    assert dates_of("Orrin Quay said the depot never opens on a Sunday.", "2031-03-15") == []
    # left alone: a weekday modifying a noun after "a" is that week's day
    assert dates_of("Orrin Quay told a Thursday rally that the depot would stay open.", "2031-03-15") == [
        ("Thursday", "2031-03-13", "2031-03-13")]


def test_a_date_of_what_a_modal_perfect_says_did_not_happen_is_no_event() -> None:
    # 2031-03-15 is a Saturday
    assert dates_of("Ines Marlowe said the upgrade should have waited for Monday.", "2031-03-15") == []
    assert dates_of("\"I could have signed those papers last week,\" said Bram Tessily.", "2031-03-15") == []
    # left alone: a date after an object and "in" dates that object's own event; a plain past
    assert dates_of("Bram Tessily said the rule would not have prevented a crash in May 2029.", "2031-03-15") == [
        ("May 2029", "2029-05-01", "2029-05-31")]
    assert dates_of("Ines Marlowe said the upgrade went live on Monday.", "2031-03-15") == [
        ("Monday", "2031-03-10", "2031-03-10")]


def test_a_participle_with_where_it_went_before_a_date_is_a_reduced_relative_dating_its_own_event() -> None:
    # 2031-03-12 is a Wednesday
    got = dates_of("Halvorsen Pay said late on Tuesday that it had traced the fault to a software update pushed to its "
                   "settlement systems over the weekend.", "2031-03-12")
    assert got == [("Tuesday", "2031-03-11", "2031-03-11"), ("the weekend", "2031-03-08", "2031-03-09")]
    # left alone: a date of the reported clause's own verb, after "to" and an infinitive, stays off the statement's day
    got = dates_of("Halvorsen Pay said on Tuesday that it had moved its payments to a new processor over the weekend.",
                   "2031-03-12")
    assert got == [("Tuesday", "2031-03-11", "2031-03-11")]
