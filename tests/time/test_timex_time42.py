"""Round 38 (timex, time42): the tense of a weekday in news prose (a plan word inside a hyphenated compound, a
report attributed to another outlet). Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 13)  # a Wednesday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_plan_word_inside_a_hyphenated_compound_is_no_future_cue() -> None:
    # "crew-planning software", "tax-planning advice": the noun's modifier, not "planning" to do something
    assert values("Velmora Systems says the fault was in the crew-planning software it installed at 23:00 GMT on Monday.") \
        == [("23:00 GMT on Monday", "2041-03-11T23:00")]
    assert values("The adviser sold its tax-planning unit on Friday.") == [("Friday", "2041-03-08")]
    # left alone: the plan words themselves still look ahead
    assert values("The carrier is planning to restore its schedule on Friday.") == [("Friday", "2041-03-15")]
    assert values("Drivers will strike on Monday.") == [("Monday", "2041-03-18")]
    # and a modal's own hyphen after it still leaves a compound alone ("a must-see debate on Friday", told past)
    assert values("The anchor praised a must-see debate on Friday.") == [("Friday", "2041-03-08")]


def test_a_report_after_a_and_its_modifiers_is_a_noun_not_a_scheduled_verb() -> None:
    # "according to a news agency report Friday": the report came out on the Friday gone by
    assert values("The city has set aside funds for a new stadium, according to a news agency report Friday.") == [
        ("Friday", "2041-03-08")]
    assert values("The lender has frozen hiring, according to a Halbrook Wire report on Tuesday.") == [
        ("Tuesday", "2041-03-12")]
    # left alone: the verb of a scheduled event after a plural or a joined subject, and after "of"
    assert values("A dozen ministers meet Friday in Lisle.") == [("Friday", "2041-03-15")]
    assert values("A group of investors vote Friday on the offer.") == [("Friday", "2041-03-15")]
    assert values("The utility and a rival meet Friday.") == [("Friday", "2041-03-15")]
    assert values("Corvane, which reports results on Thursday, rose 2%.") == [("Thursday", "2041-03-14")]


def test_a_titles_abbreviation_does_not_hide_the_past_auxiliary_after_the_date() -> None:
    # "Until that day in June, Mr. Orrin had never ...": the past perfect after the date makes June the last one
    assert values("Until that day in June, Mr. Orrin, 58, had never set foot in a steelworks.") == [
        ("that day", "2041-03-13"), ("June", "2040-06")]
    assert values("Until Thursday, Dr. Pell had declined to comment.") == [("Thursday", "2041-03-07")]
    # left alone: a full stop still ends the clause, and the plan stays ahead
    assert values("Until June, the plant stays shut. Mr. Orrin had warned of it.") == [("June", "2041-06")]


def test_a_titles_abbreviation_does_not_hide_a_scheduled_verb_before_the_date() -> None:
    # "The senator meets Mr. Orrin on Friday": the present of a scheduled meeting, the coming Friday
    assert values("The senator meets Mr. Orrin on Friday.") == [("Friday", "2041-03-15")]
    assert values("The panel hears from Dr. Pell on Friday.") == [("Friday", "2041-03-15")]
    # left alone: the same meeting told in the past
    assert values("The senator met Mr. Orrin on Friday.") == [("Friday", "2041-03-08")]


def test_the_past_cleft_not_until_names_a_day_gone_by() -> None:
    # "It was not until Tuesday that ...": the day the thing at last happened, not a deadline ahead
    assert values("It was not until Tuesday that the regulator confirmed the breach.") == [("Tuesday", "2041-03-12")]
    assert values("It wasn't until Friday that Corvane admitted the fault.") == [("Friday", "2041-03-08")]
    # left alone: the same cleft told ahead, and a plain "until" of a stretch still to come
    assert values("It won't be until Friday that the board decides.") == [("Friday", "2041-03-15")]
    assert values("The plant stays shut until Friday.") == [("Friday", "2041-03-15")]


def spans(text: str, dct: date | None = DCT) -> list[tuple[str, str, date | None, date | None]]:
    return [(t.text, t.value, t.date_start, t.date_end) for t in find_timexes(text, dct)]


def test_early_or_late_before_a_relative_year_or_month_names_its_part() -> None:
    # "late last year" names what "late 2040" names: the last quarter; "early this month" its first ten days
    assert spans("Steel prices fell sharply late last year.") == [
        ("late last year", "2040", date(2040, 10, 1), date(2040, 12, 31))]
    assert spans("The buyer cut its offer early this month.") == [
        ("early this month", "2041-03", date(2041, 3, 1), date(2041, 3, 10))]
    assert spans("The machines should reach shops early next year.") == [
        ("early next year", "2042", date(2042, 1, 1), date(2042, 3, 31))]
    assert spans("Orders slowed late in the year.") == [
        ("late in the year", "2041", date(2041, 10, 1), date(2041, 12, 31))]
    # left alone: the bare relative year and month keep their whole span, "late last week" its Thursday and Friday,
    # and "earlier this year" the part before the publication date
    assert spans("Steel prices fell sharply last year.") == [("last year", "2040", date(2040, 1, 1), date(2040, 12, 31))]
    assert spans("The shares slid late last week.") == [
        ("late last week", "2041-W10", date(2041, 3, 7), date(2041, 3, 8))]
    assert spans("Orders rose earlier this year.") == [
        ("earlier this year", "2041", date(2041, 1, 1), date(2041, 3, 12))]


def test_looking_ahead_to_a_date_stays_ahead_whatever_the_main_clause_tells() -> None:
    # "Looking ahead to the fall, Mr. Orrin was joined by ...": the past verb tells when they looked ahead
    assert values("Looking ahead to the autumn, Mr. Orrin was joined by a new field director.") == [
        ("the autumn", "2041-FA")]
    assert values("Looking ahead to June, the aides had drafted a plan.") == [("June", "2041-06")]
    # left alone: another future cue before a past main clause ("Until June, they had ...") is still outweighed
    assert values("Until June, the aides had never met him.") == [("June", "2040-06")]
