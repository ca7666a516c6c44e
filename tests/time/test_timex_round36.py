"""Round 36 (timex, time39): date values in news prose read against the right day. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2038, 5, 12)  # a Wednesday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


AHEAD = "Pellavan Foods fell 4% on Wednesday after regulators said a sugar levy would apply from 01/01/2039.\n"


def test_a_clock_time_told_in_the_past_after_a_date_ahead_is_of_the_day_of_writing() -> None:
    # the tense after the clock time is read past its own colon and stops: "had pared" is the past
    assert values(AHEAD + "By 10:30 a.m., the stock had pared its loss to 2.5%.")[-1] == ("10:30 a.m.", "2038-05-12T10:30")
    assert values(AHEAD + "By 10:30 a.m. the stock had pared its loss.")[-1] == ("10:30 a.m.", "2038-05-12T10:30")
    # left alone: a clock time of the day ahead in a sentence about it
    assert values(AHEAD + "By 10:30 a.m., the levy will be collected at every till.")[-1] == (
        "10:30 a.m.", "2039-01-01T10:30")


def test_a_participle_completing_what_is_wanted_is_no_past() -> None:
    # "wants the bill passed by the end of November": the state wished for, a deadline still ahead
    dct = date(2038, 9, 17)
    text = "The minister has said she wants the levy approved by the end of November."
    assert values(text, dct) == [("the end of November", "2038-11")]
    assert values("The council needs the bridge finished by November.", dct) == [("November", "2038-11")]
    # left alone: a past verb of the clause ("approved the levy by November"), and "wanted" told in the past
    assert values("The senate approved the levy by the end of November.", dct) == [("the end of November", "2037-11")]
    text = "The minister wanted the levy approved by the end of November."
    assert values(text, dct) == [("the end of November", "2037-11")]


def test_a_local_clock_time_takes_the_day_of_its_universal_time_across_midnight() -> None:
    dct = date(2038, 3, 4)  # a Thursday
    text = "The pipeline ruptured at about 10:15 p.m. local time (0315 GMT Thursday), the operator said."
    assert values(text, dct)[:2] == [("about 10:15 p.m. local time", "2038-03-03T22:15"),
                                      ("0315 GMT Thursday", "2038-03-04T03:15")]
    text = "Police entered the building at 7 a.m. (2300 GMT Wednesday), state media said."
    assert values(text, dct)[:2] == [("7 a.m.", "2038-03-04T07:00"), ("2300 GMT Wednesday", "2038-03-03T23:00")]
    # left alone: a universal time that names no day of its own, and a local time that names its day
    text = "The pipeline ruptured at about 10:15 p.m. local time (0315 GMT), the operator said."
    assert values(text, dct)[0] == ("about 10:15 p.m. local time", "2038-03-04T22:15")
    text = "The pipeline ruptured at 10:15 p.m. Tuesday (0315 GMT Wednesday), the operator said."
    assert values(text, dct)[0] == ("10:15 p.m. Tuesday", "2038-03-02T22:15")


def test_the_fall_checked_or_led_is_a_drop() -> None:
    dct = date(2038, 4, 20)
    text = "The central bank sold dollars to slow the fall, dealers said."
    assert values(text, dct) == []
    assert values("Lenders led the fall on the Varnholt exchange.", dct) == []
    # left alone: the season after a preposition or another verb
    assert values("The party hopes to unite before heading into the fall.", dct) == [("the fall", "2038-FA")]
    assert values("Voters will decide in the fall.", dct) == [("the fall", "2038-FA")]


def test_midday_in_a_sentence_of_the_market_after_a_paragraph_break_is_the_day_of_writing() -> None:
    dct = date(2038, 6, 15)  # a Tuesday
    text = ("Shares of Ostrava Lenders rose 2.4% in Tuesday's session, after dropping 6.8% on 14.06.2038, the first "
            "session after the downgrade announced on 11.06.2038.\nThe main index advanced 1.3% by midday.")
    assert values(text, dct)[-1] == ("midday", "2038-06-15T12:00")
    # left alone: midday of the day the text told in a sentence of no market ("a midday rally")
    text = "The senator toured three towns on Sunday.\n\n\"We will win,\" she said at a midday rally in Corvale."
    assert values(text, dct)[-1] == ("midday", "2038-06-13T12:00")


def test_a_contract_month_is_the_next_such_month() -> None:
    dct = date(2038, 10, 12)
    assert values("Tallow futures for December delivery rose 1.5%.", dct) == [("December", "2038-12")]
    assert values("Cocoa for March delivery slipped 0.4%.", dct) == [("March", "2039-03")]
    assert values("The July futures contract fell 2%.", dct) == [("July", "2039-07")]
    # left alone: a month of no contract
    assert values("Exports fell in March, the ministry said.", dct) == [("March", "2038-03")]
