"""Round 19 (timex, TempEval-3 values): rules for constructions that recur across documents by different writers.
Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2031, 6, 12)  # a Thursday


def values(sentence: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(sentence, dct)]


def test_a_month_closing_an_infinitive_with_no_past_before_it_is_the_coming_one() -> None:
    assert values("Rivals trying to regain control of the Pellam council in March say the mayor is weak.") == [
        ("March", "2032-03")]
    assert values("Our support is strong enough to put three wards in play in November.") == [
        ("November", "2031-11")]
    assert values("Voters who are eligible to cast a ballot in February can register online.") == [
        ("February", "2032-02")]


def test_a_month_after_an_infinitive_keeps_its_tense_reading_otherwise() -> None:
    # a past word before the month: it may date the asking, not what was asked for
    assert values("The mayor asked for funds to repair the Quenby bridge in February.") == [("February", "2031-02")]
    # a noun after "to", a baseline
    assert values("In granting Orlan a right to discovery in February, the court ruled against Pellam.") == [("February", "2031-02")]
    assert values("Support is up from 37 percent to 41 percent in May.") == [("May", "2031-05")]


    assert values("Pellam Mills has made rope for decades.") == [("decades", "PXE")]
    assert values("The Quenby abbey stood for centuries.") == [("centuries", "PXC")]
    # counted ones stay in years
    assert values("Pellam Mills has made rope for two decades.") == [("two decades", "P20Y")]


def test_a_month_of_that_year_is_one_expression_in_the_year_last_stated() -> None:
    assert values("Pellam opened in January 2009 and its shares peaked in October of that year.") == [
        ("January 2009", "2009-01"), ("October of that year", "2009-10")]
    assert values("The Quenby strike began in 2014 and ended in June of the same year.") == [
        ("2014", "2014"), ("June of the same year", "2014-06")]
    assert values("Orlan listed in 2011 and was sold in early March of the following year.") == [
        ("2011", "2011"), ("early March of the following year", "2012-03")]
    # no year stated before: as it was
    assert values("Sales in May of that year-end period rose.")[0] == ("May", "2031-05")


def test_a_rate_after_an_amount_is_left_unmarked_a_frequency_stays_a_set() -> None:
    assert values("Pellam saves $2 million a year.") == []
    assert values("Quenby pays its pickers $15 an hour.") == []
    assert values("The Orlan kiln runs 24 hours a day.") == [("24 hours", "PT24H")]
    assert values("Pellam exports grew 5% a year.") == []
    assert values("The Quenby board meets twice a week.") == [("a week", "P1W")]
    # a duration after an amount is no rate: "over a decade", "a year earlier"
    assert values("The plan will cost Orlan $3 billion over a decade.") == [("over a decade", "P10Y")]
    assert values("Orlan earned $4 million a year earlier.") == [("a year earlier", "2030")]


def test_earlier_or_later_in_the_day_is_left_unmarked() -> None:
    assert values("Earlier in the day, Pellam Mills sold its kilns.") == []
    assert values("Late in the day the Quenby index fell.") == []
    # other units keep their value
    assert values("Earlier this month, Orlan fell.") == [("Earlier this month", "2031-06")]
    assert values("Later in the week, Orlan rose.") == [("Later in the week", "2031-W24")]
