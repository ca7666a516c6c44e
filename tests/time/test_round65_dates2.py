"""Round 65, second pass on dates (timex265): numeric dates opening a chronology's lines, a plan's month after a day
told between the verb and its infinitive. Every name and sentence is invented; each test fails without its rule and
checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Thursday 20 May 2032
THU = date(2032, 5, 20)


def values(text: str, dct: date) -> dict[str, str]:
    """Value of every expression of ``text`` by its words (the last one of equal words)."""
    return {t.text: t.value for t in find_timexes(text, dct)}


# 1. A chronology's line opened by a month and day before a dash ("4/17 - The agency ..."), as before a colon
#    already, and by a month and its year ("12/2029 - ..."): that day, that month.
def test_a_chronology_line_opened_by_a_numeric_date() -> None:
    text = ("How the recall unfolded\n\n4/17 - The agency urges owners to stop using the machine.\n\n"
            "4/19 - Velto shares fall 6%.\n\n12/2029 - The minister grants consent.\n\n"
            "- 3/2031 - A review begins.")
    got = values(text, THU)
    assert got["4/17"] == "2032-04-17"
    assert got["4/19"] == "2032-04-19"
    assert got["12/2029"] == "2029-12"
    assert got["3/2031"] == "2031-03"
    # left alone: a fraction or a score inside a line, a slash between figures with no dash after
    assert values("The panel split 3/4 - A clear margin.", THU) == {}
    assert "12/2029" not in values("The ratio was 12/2029 of the total.", THU)


# 2. A month in the infinitive of an agreement is the agreement's plan, the nearest such month, also when the day of
#    the agreeing stands between the verb and its infinitive ("agreed on Sunday to cut output ... in May and June").
def test_a_plan_month_after_the_day_of_the_agreeing() -> None:
    mon = date(2032, 4, 12)  # Monday
    text = "The growers agreed on Sunday to cut their exports by 9% in May and June, the deepest cut yet."
    got = values(text, mon)
    assert got["May"] == "2032-05"
    assert got["June"] == "2032-06"
    assert values("The unions agreed last week to hold a strike ballot in May.", mon)["May"] == "2032-05"
    # left alone: a month told in the past that is no plan's
    assert values("The unions agreed on Sunday to a deal struck in March.", mon)["March"] == "2032-03"
    assert values("The growers cut their exports by 9% in May and June.", mon)["June"] == "2031-06"


# 3. "follows" before a weekday: the next in a series comes after the day just told, on whichever side of the
#    publication date that day lies.
def test_a_weekday_that_follows_the_day_just_told() -> None:
    fri = date(2032, 4, 23)
    text = "Halvard reports first-quarter results before Monday's open; Corran follows on Wednesday."
    assert values(text, fri)["Wednesday"] == "2032-04-28"
    text = "Halvard shares fell 3% on Monday. Corran followed on Wednesday, losing 2%."
    assert values(text, fri)["Wednesday"] == "2032-04-21"
    # left alone: no day told before it
    assert values("Corran follows on Wednesday.", fri)["Wednesday"] == "2032-04-21"


# 4. A past participle opening a reduced relative clause keeps its date in the past whatever the main clause plans,
#    also with a named agent and "over the weekend" ("the cut agreed by the cartel and its allies over the weekend would ...").
def test_a_participle_with_a_named_agent_keeps_its_day() -> None:
    mon = date(2032, 4, 12)
    text = "Coffee slipped on Monday as dealers judged that the quota cut agreed by Brazil and its rivals over the weekend would do little."
    assert values(text, mon)["the weekend"] == "2032-W15-WE"
    assert values("The refunds promised by Velto on Friday will reach customers soon.", mon)["Friday"] == "2032-04-09"
    # left alone: a plan over the weekend, a passive to come
    assert values("The company will hold talks over the weekend.", mon)["the weekend"] == "2032-W16-WE"
    assert values("The rules, backed by lawmakers, will be voted on over the weekend.", mon)["the weekend"] == "2032-W16-WE"


# 5. The quarter a verb of forecasting takes as its object's period is still to come, though the verb is past:
#    "It forecast fourth-quarter revenue of about $900 million" in May is this year's fourth quarter.
def test_a_forecast_quarter_is_still_to_come() -> None:
    may = date(2032, 5, 6)
    assert values("Velto forecast fourth-quarter revenue of about $900 million.", may)["fourth-quarter"] == "2032-Q4"
    assert values("Velto predicted third-quarter sales of $2 billion.", may)["third-quarter"] == "2032-Q3"
    # left alone: a quarter's figure posted
    assert values("Velto posted fourth-quarter revenue of $900 million.", may)["fourth-quarter"] == "2031-Q4"
