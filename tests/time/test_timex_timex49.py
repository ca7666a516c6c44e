"""Round 49 (timex49): values of temporal expressions on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

WED = date(2041, 9, 18)  # a Wednesday
FRI = date(2041, 9, 20)  # a Friday


def values(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A forecast's infinitive told in the past or in an absolute phrase looks ahead, as "is forecast to" does.
def test_a_forecast_infinitive_looks_ahead() -> None:
    assert values("Forecasters said the storm was forecast to pass near the Tarrow Keys on Saturday.", WED) == [
        ("Saturday", "2041-09-21")]
    assert values("The index closed flat on Friday, with Storm Ilse forecast to reach the coast over the weekend.",
                  FRI) == [("Friday", "2041-09-20"), ("the weekend", "2041-W38-WE")]
    # left alone: the noun "forecast" before a purpose infinitive or a figure, and a forecast told in the past
    assert values("Velmar cut its annual forecast to absorb the cost of a recall it announced on Monday.", WED) == [
        ("Monday", "2041-09-16")]
    assert values("The storm passed the Tarrow Keys on Saturday, as forecasters had predicted.", WED) == [
        ("Saturday", "2041-09-14")]


# 2. Readiness with its infinitive ("ready to", "willing to") looks ahead.
def test_readiness_to_act_looks_ahead() -> None:
    assert values("The pilots' union said it remained ready to negotiate over the weekend.", FRI) == [
        ("the weekend", "2041-W38-WE")]
    assert values("Orvin Rail said it was willing to resume talks on Saturday.", WED) == [("Saturday", "2041-09-21")]
    # left alone: a readiness that ended on a day told in the past
    assert values("The crews were ready by Monday and sailed at dawn.", WED) == [("Monday", "2041-09-16")]
    # nor the past verb "prepared" ("prepared to speak on Tuesday" is the day of the preparing)
    assert values("As Ms. Venn prepared to speak to supporters in Lisle on Tuesday, a fight broke out.", WED) == [
        ("Tuesday", "2041-09-17")]


# 3. A plan told in the past with its doer between the verb and the infinitive: the nearest such day.
def test_a_plan_with_its_doer_named_takes_the_nearest_day() -> None:
    thu = date(2041, 9, 19)
    assert values("A spokeswoman said the port expected about 2,700 passengers to board Saturday.", thu) == [
        ("Saturday", "2041-09-21")]
    assert values("The board wanted Ms. Rell to sign the lease on Friday.", date(2041, 9, 17)) == [
        ("Friday", "2041-09-20")]
    # left alone: the verb's own day, and a weekday further back than ahead
    assert values("The port expected about 2,700 passengers to board, it said on Monday.", thu) == [
        ("Monday", "2041-09-16")]
    assert values("The port expected about 2,700 passengers to board Monday.", thu) == [("Monday", "2041-09-16")]


# 4. "pending" a step looks ahead to it.
def test_pending_a_step_looks_ahead() -> None:
    oct18 = date(2041, 10, 18)
    assert values("Imports from the Sarn plants remain suspended pending a review in December.", oct18) == [
        ("December", "2041-12")]
    assert values("Trading in Orvin shares was halted pending an announcement on Monday.", oct18) == [
        ("Monday", "2041-10-21")]
    # left alone: a date of its own past verb after the noun "pending"
    assert values("The pending lawsuit filed in May names the mayor.", oct18) == [("May", "2041-05")]
    # nor "pending" after the date: the step that waits is a later one
    assert values("The Orvin rights plan took effect Aug. 9 pending approval by holders.", oct18) == [
        ("Aug. 9", "2041-08-09")]


# 5. An active pluperfect, or a past spelled like its base after a pronoun, right before the date: done then.
def test_a_pluperfect_act_before_the_date_is_past() -> None:
    assert values("Fee income would come in below the $212 million it had forecast in July.", WED) == [
        ("July", "2041-07")]
    assert values("Fee income would fall short of the $212 million it forecast in July.", WED) == [
        ("July", "2041-07")]
    # left alone: a plan of the past ("had been"), an obligation ("had to"), and a forecast still ahead
    assert values("Income will fall short of the figure the board forecasts in July.", WED) == [("July", "2042-07")]


# 6. "the quarter" after a quarter named earlier in its sentence is that quarter, reported or not.
def test_the_quarter_goes_back_to_the_one_named_in_its_sentence() -> None:
    text = ("Harrow expects volumes to recover in the first quarter of 2042. She estimated the ban would cost "
            "Harrow $40 million in lost revenue in the fourth quarter, around 2% of the quarter's sales.")
    assert values(text, date(2041, 10, 18)) == [("the first quarter of 2042", "2042-Q1"),
                                                ("the fourth quarter", "2041-Q4"), ("the quarter", "2041-Q4")]
    # left alone: "the quarter" in a later sentence keeps the quarter under discussion
    text = "Sales rose 4% in the second quarter. Orvin expects a loss in the fourth quarter. The quarter was weak."
    assert values(text, date(2041, 10, 18))[-1] == ("The quarter", "2041-Q2")


# 7. A count of months "later" after a month its own sentence states is counted from that month.
def test_months_later_count_from_the_month_of_their_sentence() -> None:
    def dated(text: str) -> list[tuple[str, str, str]]:
        return [(t.text, t.value, f"{t.date_start}/{t.date_end}") for t in find_timexes(text, date(2041, 6, 12))]

    assert dated("The first complaint reached Velmar in February; the recall came four months later.") == [
        ("February", "2041-02", "2041-02-01/2041-02-28"), ("four months", "P4M", "2041-06-01/2041-06-30")]
    # left alone: a count in apposition to the month (the month is its result), and a count with no month before
    # it in its sentence (the last day stated)
    assert dated("The minister called snap elections for October 2034, just eight months later.")[-1] == (
        "just eight months", "P8M", "None/None")
    assert dated("Orvin's 2040 launch was preceded by a trial in December 2039 but was followed by a recall a month "
                 "later.")[-1] == ("a month", "P1M", "None/None")
    assert dated("Orvin opened its plant on March 3, 2041. Two months later it closed.")[-1] == (
        "Two months", "P2M", "2041-05-01/2041-05-31")


# 8. A plan's participle with a named place between it and the date ("expected near Tarrow Keys by Saturday").
def test_a_plan_participle_before_a_named_place_looks_ahead() -> None:
    assert values("* Storm Ilse expected near Tarrow Keys by Saturday - weather service", WED) == [
        ("Saturday", "2041-09-21")]
    assert values("Ministers expected in Velden on Monday for the budget talks", WED) == [("Monday", "2041-09-23")]
    # left alone: a past verb before the place, and a plan of the past ("was expected")
    assert values("The storm passed near Tarrow Keys by Saturday.", WED) == [("Saturday", "2041-09-14")]


# 9. A fiscal year named by its first month and year ("the fiscal year starting April 2042") is that year.
def test_a_fiscal_year_named_by_its_start() -> None:
    def dated(text: str) -> list[tuple[str, str, str]]:
        return [(t.text, t.value, f"{t.date_start}/{t.date_end}") for t in find_timexes(text, date(2041, 5, 13))]

    assert dated("Velmar's game will launch in the first half of the fiscal year starting April 2042.")[0] == (
        "the first half of the fiscal year", "2043-H1", "2042-04-01/2042-09-30")
    assert dated("Orvin expects sales to rise in the financial year beginning on July 1, 2042.")[0] == (
        "the financial year", "2043", "2042-07-01/2043-06-30")
    # left alone: a part of the fiscal year under way, with no start stated
    assert dated("Velmar expects sales to rise in the second half of its fiscal year.") == [
        ("the second half of its fiscal year", "2041-H2", "None/None")]
