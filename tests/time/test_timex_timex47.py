"""Round 47 (timex47): the tense of weekdays and months on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2038, 5, 14)  # a Friday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A comparison's baseline set off after a comma ("down from 86p on Wednesday") is an earlier figure: gone by,
# whatever future cue the sentence holds ("due 2041", "expects").
def test_a_baseline_phrase_after_a_comma_is_past() -> None:
    assert values("The Pellam notes due 2041 were quoted at 61 pence in early trade, down from 79p on Wednesday.") == [
        ("2041", "2041"), ("Wednesday", "2038-05-12")]
    assert values("Korvath now expects sales of $2.1 billion, down from the $2.6 billion it forecast in February.") == [
        ("now", "PRESENT_REF"), ("February", "2038-02")]
    assert values("Tamsin Foods expects margins of 8%, compared with 9.5% on Tuesday.") == [("Tuesday", "2038-05-11")]
    # left alone: a baseline that opens a range to a later figure, and a figure with no comparison
    assert values("Brennick will cut the fee, down from 5% in June to 4% in September.") == [
        ("June", "2038-06"), ("September", "2038-09")]
    assert values("The Pellam notes are due to be repaid on Wednesday.") == [("Wednesday", "2038-05-19")]


# 2. "after <-ing> ... on <day>" set off after a main clause told in the past: done before that past, so past.
def test_an_after_gerund_phrase_under_a_past_main_clause_is_past() -> None:
    assert values("Orlen Vale was indicated 6% higher ahead of the open, after jumping 9% in late trade on Tuesday.") == [
        ("Tuesday", "2038-05-11")]
    # left alone: a main clause told in the future, and one whose only past verb is a report
    assert values("Orlen Vale will open the plant ahead of schedule, after finishing its tests on Tuesday.") == [
        ("Tuesday", "2038-05-18")]
    assert values("Orlen Vale said it would reopen ahead of schedule, after finishing its tests on Tuesday.") == [
        ("Tuesday", "2038-05-18")]


# 3. A day right before a clause of "when" with a past verb is the day that happened ("coming on Monday when the
# company ordered checks"), whatever cue stands before it.
def test_a_day_before_a_past_when_clause_is_past() -> None:
    assert values("Velmar lost 18% over the week, with the worst blow coming on Monday when the firm recalled its "
                  "pumps.")[-1] == ("Monday", "2038-05-10")
    # left alone: a clause of "when" in the present or future
    assert values("The worst is coming on Monday when the plan is revealed.") == [("Monday", "2038-05-17")]


# 4. A start appended after a comma ("named him finance chief, starting in January"): the nearest such month, the
# coming one here, not the last one gone by.
def test_a_start_month_after_a_comma_is_the_nearest() -> None:
    dct = date(2038, 9, 17)
    assert values("Dunmore named Ilse Varga, now at a Swiss bank, as its finance chief, starting in January.", dct) == [
        ("now", "PRESENT_REF"), ("January", "2039-01")]
    assert values("Dunmore raised its delivery fee, effective from June.", date(2038, 1, 8)) == [("June", "2038-06")]
    # left alone: no comma (a start told with the past's own stretch)
    assert values("Dunmore ran ads in Welsh beginning in April.", dct) == [("April", "2038-04")]


# 5. A plan's participle with its event's place between it and the date: "expected at the site visit in Burton on
# Thursday" is the coming Thursday.
def test_a_plan_participle_before_an_event_and_its_place() -> None:
    dct = date(2038, 5, 12)  # a Wednesday
    assert values("- The interim chief's first remarks, expected at the Halden depot visit in Tarsby on Thursday.",
                  dct) == [("Thursday", "2038-05-13")]
    # left alone: "as expected" and "than expected" (a comparison with what was foreseen)
    assert values("Sales rose more than expected at the Halden depot on Thursday.", dct) == [("Thursday", "2038-05-06")]


# 6. A list of coming events: its label may name the stretch it covers ("What to watch this week:"), or head the
# list on a line of its own with bulleted lines under it ("What to watch" / "- ... on November 26").
def test_a_watch_list_looks_ahead() -> None:
    dct = date(2038, 6, 14)  # a Monday
    assert values("What to watch this week: the Halden audit, due by Wednesday; Korvath's talk at the Tarsby forum "
                  "on Thursday.", dct)[-1] == ("Thursday", "2038-06-17")
    dct = date(2038, 10, 11)
    text = ("Sales slowed in the summer.\nWhat to watch\n- Whether Dunmore's lenders relax its covenants\n"
            "- The Tarsby toy fair, on December 20, as the first read on demand\n- Korvath's results on Thursday\n")
    assert values(text, dct)[-2:] == [("December 20", "2038-12-20"), ("Thursday", "2038-10-14")]
    # as cleaning gives it: no bullets, each item a paragraph of its own with no stop
    text = ("Sales slowed in the summer.\n\nWhat to watch\n\nWhether Dunmore's lenders relax its covenants\n\n"
            "Korvath's results on Thursday\n\nDunmore's chief said it was on track on Friday.")
    assert values(text, dct)[-2:] == [("Thursday", "2038-10-14"), ("Friday", "2038-10-08")]
    # left alone: bulleted lines under another heading tell what happened
    text = ("What went wrong\n- Whether Dunmore's lenders relaxed its covenants\n"
            "- Few buyers attended the Tarsby toy fair on December 20\n")
    assert values(text, dct)[-1] == ("December 20", "2037-12-20")


# 7. "looked ahead to <weekday>'s ..." with no day told before it: the coming such day (what is looked ahead to is
# still to come); "waited for Friday's data" is left as it was.
def test_looked_ahead_to_a_weekday_in_the_possessive() -> None:
    dct = date(2038, 6, 9)  # a Wednesday
    assert values("Stocks rose 0.4% as investors looked ahead to Thursday's inflation report.", dct) == [
        ("Thursday", "2038-06-10")]
    assert values("Stocks rose 0.4% as investors waited for Thursday's inflation report.", dct) == [
        ("Thursday", "2038-06-03")]


# 8. An anaphoric week ("the same week", "the following week") named after a week the text last named, with no day
# told since: counted from that week, not from an earlier day.
def test_an_anaphoric_week_after_a_named_week() -> None:
    assert values("On May 2 Orvane cut prices. Orvane ended last week 3% lower. Tamsk fell 5% over the same week.") == [
        ("May 2", "2038-05-02"), ("last week", "2038-W18"), ("the same week", "2038-W18")]
    assert values("On May 2 Orvane cut prices. Orvane ended last week 3% lower. Tamsk rallied the following week.") == [
        ("May 2", "2038-05-02"), ("last week", "2038-W18"), ("the following week", "2038-W19")]
    # left alone: a day told after the week
    assert values("Orvane ended last week 3% lower. On May 2 it cut prices. Tamsk fell 5% the same week.") == [
        ("last week", "2038-W18"), ("May 2", "2038-05-02"), ("the same week", "2038-W17")]


# 9. A month ending a reporting period of a stated length ("the six months to August"): a period not begun by the day
# of writing has no figures yet, so it is the one that ended last, whatever the tense.
def test_a_reporting_period_to_a_month_has_begun() -> None:
    dct = date(2038, 9, 24)
    assert values("Analysts expect Dunmore to report sales growth of 3% for the six months to August.", dct)[-1] == (
        "August", "2038-08")
    # left alone: a year under way ("the year to January", written in October), and a period starting this month
    assert values("Dunmore now expects profit of $40 million for the year to January.", date(2038, 10, 7))[-1] == (
        "January", "2039-01")
    assert values("Dunmore expects sales to rise in the three months to November.", dct)[-1] == ("November", "2038-11")


# 10. The present of a scheduled start right before a date ("take effect from Thursday", "comes into force in June"):
# the start is ahead, even with "from" and a past verb earlier in the sentence.
def test_a_scheduled_start_takes_effect_ahead() -> None:
    dct = date(2038, 9, 14)  # a Tuesday
    assert values("The cuts, announced on Tuesday morning, average 9% and take effect from Thursday.", dct) == [
        ("Tuesday morning", "2038-09-14TMO"), ("Thursday", "2038-09-16")]
    assert values("The Halden levy comes into force in June.", date(2038, 2, 3)) == [("June", "2038-06")]
    # left alone: the past "took effect"
    assert values("The cuts took effect from Thursday.", dct) == [("Thursday", "2038-09-09")]


# 11. A forecast's noun and "for" right before a quarter or half ("cut their forecast for the second half") name one
# still to come, as "second-half forecast" does.
def test_a_forecast_for_a_half_looks_ahead() -> None:
    dct = date(2038, 6, 4)
    assert values("Analysts at Tamsk Securities cut their copper forecast for the second half by 4%.", dct) == [
        ("the second half", "2038-H2")]
    # left alone: a result of the second half
    assert values("Dunmore's profit fell 4% in the second half.", dct) == [("the second half", "2037-H2")]
