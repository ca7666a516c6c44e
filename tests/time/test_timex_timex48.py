"""Round 48 (timex48): values of temporal expressions on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def values(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A quarter later in the year than the publication date's, in a sentence told in the present or the future, when
#    last year's such quarter is long reported: this year's.
def test_a_quarter_told_in_the_present_is_the_coming_one() -> None:
    sept = date(2039, 9, 13)
    feb = date(2039, 2, 8)
    assert values('"If copper climbs again, smelter margins get squeezed in the fourth quarter," said Ivo Brandt.',
                  sept) == [("the fourth quarter", "2039-Q4")]
    assert values("Margins at Pellow Foods will get squeezed in the fourth quarter.", sept) == [
        ("the fourth quarter", "2039-Q4")]
    assert values('"We are shipping our first turbines to Chile in the third quarter," Ana Korr said.', feb) == [
        ("the third quarter", "2039-Q3")]
    # left alone: a quarter told in the past, the period a figure covers, a comparison's earlier side, a quarter with
    # the day it ended, and last year's fourth quarter in February (its results still coming out)
    assert values("Velmar sales rose 4% in the third quarter.", feb) == [("the third quarter", "2038-Q3")]
    assert values("Tarrow Bank is increasing its reserves for the third quarter by $5 million.", feb) == [
        ("the third quarter", "2038-Q3")]
    assert values("Orders are weaker than in the third quarter.", feb)[-1] == ("the third quarter", "2038-Q3")
    assert values("Net income is $4 million for the third quarter ended Sept. 30.", feb)[0] == (
        "the third quarter", "2038-Q3")
    assert values("Margins at Pellow Foods get squeezed in the fourth quarter.", feb) == [
        ("the fourth quarter", "2038-Q4")]
    # nor a quarter heading a list's line, which the heading rule reads ("* Third quarter: revenue up 4%")
    assert values("* Third quarter: Velmar revenue up 4%.\n", feb) == [("Third quarter", "2038-Q3")]


def test_a_present_passive_with_get_is_no_past() -> None:
    # "will get paid in May" written in March: the coming May, as "will be paid in May" is
    assert values("Contractors at the Lisk plant will get paid in May.", date(2039, 3, 2)) == [("May", "2039-05")]


# 2. A printed interview's answer opening with its date takes the tense of the question it answers.
def test_an_answer_takes_the_tense_of_its_question() -> None:
    thu = date(2039, 10, 13)  # a Thursday
    assert values("Q: When does the lockout end?\n\nA: Sunday night, at the end of the shift. Then the crews go back.", thu) == [
        ("Sunday night", "2039-10-16TNI")]
    assert values("Q: When will the mill reopen?\nA: By the end of March, if the inspectors agree.", thu) == [
        ("the end of March", "2040-03")]
    # left alone: a question about the past, and an answer told in the past
    assert values("Q: When did the lockout start?\n\nA: Sunday night, at the end of the shift.", thu) == [
        ("Sunday night", "2039-10-09TNI")]
    assert values("Q: When does the lockout end?\n\nA: It ended on Sunday night.", thu) == [
        ("Sunday night", "2039-10-09TNI")]


# 3. A period named by the day it ends with "ending" (no tense): the nearest such day, on either side.
def test_a_period_ending_on_a_day_takes_the_nearest_such_day() -> None:
    feb = date(2039, 2, 14)
    assert values("Lenders to Harvo Wind had waived a leverage test for the quarters ending March 31 and June 30.",
                  feb) == [("March 31", "2039-03-31"), ("June 30", "2039-06-30")]
    # left alone: a period that "ended" (told in the past), and a period ending on a day nearer last year
    assert values("Harvo Wind had a loss for the quarter ended Sept. 30.", feb)[-1] == ("Sept. 30", "2038-09-30")
    assert values("Lenders had waived a leverage test for the quarter ending Dec. 31.", feb)[-1] == (
        "Dec. 31", "2038-12-31")


# 4. A quarter or half "of that year" (or of the year after / before it): of the year the text last stated.
def test_a_quarter_of_that_year_is_of_the_year_last_stated() -> None:
    may = date(2039, 5, 20)
    assert values("The Velo-3 trial reads out in the first half of 2041, and Arvik hopes to file in the second half "
                  "of that year.", may) == [("the first half of 2041", "2041-H1"),
                                            ("the second half of that year", "2041-H2")]
    assert values("Output at the Tamsk mill peaked in 2031 and fell in the fourth quarter of the following year.",
                  may) == [("2031", "2031"), ("the fourth quarter of the following year", "2032-Q4")]


# 5. A deadline with "no later than" looks ahead as "by" does; an "-ed" word right after a subject pronoun and a verb
#    in the present modifies the verb's object ("when it files restated accounts"), no past of the clause.
def test_a_deadline_no_later_than_looks_ahead() -> None:
    may = date(2039, 5, 27)
    assert values('Tarrow Foods said it expects to regain compliance when it files restated accounts "no later than '
                  'the end of August".', may) == [("the end of August", "2039-08")]
    assert values("Tarrow Foods said it will regain compliance when it files audited accounts by the end of August.",
                  may) == [("the end of August", "2039-08")]
    assert values("The regulator said Tarrow Foods must refile no later than August 15.", may) == [
        ("August 15", "2039-08-15")]
    # left alone: a deadline told in the past, and a past verb after the pronoun's own past
    assert values("Tarrow Foods filed its accounts no later than August 15.", may) == [("August 15", "2038-08-15")]
    assert values("Tarrow said it had filed restated accounts by the end of August.", may) == [
        ("the end of August", "2038-08")]
