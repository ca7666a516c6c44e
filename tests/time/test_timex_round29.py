"""Round 29 (timex): resolution errors of the held-out TempEval-3 fifth, each a general construction. Every
sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2034, 5, 15)  # a Monday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_a_unit_joined_to_a_unit_is_a_compound_modifier_not_a_time() -> None:
    # "the quarter-to-quarter comparison", "on a day-to-day basis", "an hour-by-hour log": no period is named
    assert rows("The quarter-to-quarter comparison at Pellwick Mills was flattered by a charge.") == []
    assert rows("Ardent Rail checks its tracks on a day-to-day basis.") == []
    assert rows("Orvane Foods keeps an hour-by-hour log of its ovens.") == []
    # left alone: the unit alone, and a range joined by "to" with spaces ("from day to day" is no unit compound
    # either, but names no period the tagger reads)
    assert rows("The quarter was the best in Pellwick Mills' history.") == [
        ("The quarter", "DATE", "2034-Q1")]
    assert rows("Ardent Rail checked its tracks for a day.") == [("a day", "DURATION", "P1D")]


def test_the_bare_second_day_of_a_pair_or_range_in_one_month_is_that_day() -> None:
    # "on June 24 and 25", "from Sept. 19 to 22": the bare number is the later day of the same month and year
    assert rows("Harwick Council will meet in Dunmore on June 24 and 25.") == [
        ("June 24", "DATE", "2034-06-24"), ("25", "DATE", "2034-06-25")]
    assert rows("The Tolvane survey was conducted from May 2 to 6, by telephone.") == [
        ("May 2", "DATE", "2034-05-02"), ("6", "DATE", "2034-05-06")]
    assert rows("The Tolvane survey was conducted May 2 through 6 among 900 voters.")[-1] == ("6", "DATE", "2034-05-06")
    # left alone: a figure or a count after the day, a day not after the first, a hyphenated range (one expression)
    assert rows("Support for Quell rose from 40 percent on May 2 to 46 percent.") == [("May 2", "DATE", "2034-05-02")]
    assert rows("Floods hit Dunmore on May 3 and 4 villages were cut off.") == [("May 3", "DATE", "2034-05-03")]
    assert rows("The Tolvane survey ran between May 9 and 2.") == [("May 9", "DATE", "2034-05-09")]
    assert rows("The Tolvane survey ran May 2-6, by telephone.") == [("May 2-6", "DATE", "2034-05-02")]


def test_an_hour_with_a_part_of_day_after_a_preposition_of_time_is_a_clock_time() -> None:
    # "at 4 in the morning", "until eleven at night": the hour of that part of the day, the preposition left out
    assert rows("The Tolvane ferry will leave at 4 in the morning.") == [("4 in the morning", "TIME", "2034-05-15T04:00")]
    assert rows("The Harwick bars stay open until eleven at night.") == [("eleven at night", "TIME", "2034-05-15T23:00")]
    assert rows("Pickets gathered around 3 in the afternoon.") == [
        ("around 3 in the afternoon", "TIME", "2034-05-15T15:00")]
    # left alone: a figure that moved in a part of the day (no preposition of time before it), the part of day alone
    assert rows("Brisca Foods shares fell 4 in the afternoon.") == [("the afternoon", "TIME", "2034-05-15TAF")]
    assert rows("The Tolvane ferry will leave in the morning.") == [("the morning", "TIME", "2034-05-15TMO")]


def test_an_earlier_quarter_named_as_a_baseline_does_not_replace_the_reported_quarter() -> None:
    # the report is about the third quarter; "After a weak second quarter" names the baseline it is set against,
    # so "the year-earlier period" is the third quarter a year back, not the second
    text = ("Brisca Foods posted a 12% gain in third-quarter profit. After a weak second quarter, the company credited "
            "its bakeries. Results in the year-earlier period included a charge.")
    assert rows(text, date(2034, 11, 1))[-1] == ("the year-earlier period", "DATE", "2033-Q3")
    # left alone: an earlier quarter reported in its own right (no baseline word before it) becomes the report's
    text = ("Brisca Foods posted a 12% gain in third-quarter profit. Its bakery unit posted a loss for the second "
            "quarter. Results in the year-earlier period included a charge.")
    assert rows(text, date(2034, 11, 1))[-1] == ("the year-earlier period", "DATE", "2033-Q2")


def test_a_sentence_opening_word_after_a_stop_and_two_spaces_or_a_closing_quote_is_no_name_before_a_month() -> None:
    # "yet.  In June": the capitalised "In" opens a sentence (two spaces after the stop, or a closing curly quote
    # before one space), so the month is no part of a name such as "Tessa June"
    assert rows("The Dunmore plant closed.  In June, Brisca Foods reopened it.", date(2034, 9, 1)) == [
        ("June", "DATE", "2034-06")]
    assert rows("“It is over.” In June, Brisca Foods reopened the Dunmore plant.", date(2034, 9, 1)) == [
        ("June", "DATE", "2034-06")]
    # left alone: a capitalised word inside a sentence before the month (a name), with one space or two
    assert rows("The award went to Tessa June, a baker.", date(2034, 9, 1)) == []
    assert rows("The award went to Tessa  June, a baker.", date(2034, 9, 1)) == []


def test_march_or_may_after_an_article_and_before_a_noun_is_the_month() -> None:
    # "The March accession", "a May interview": neither the verb nor the modal stands between an article and a noun
    assert rows("Harwick Council confirmed the date. The March accession will follow.", date(2034, 2, 10)) == [
        ("March", "DATE", "2034-03")]
    assert rows("During a May interview, Odalys Brenner said she would run.", date(2034, 9, 1)) == [
        ("May", "DATE", "2034-05")]
    # left alone: a march as a noun before a preposition, a government named after its leader, the modal
    assert rows("Thousands joined the March on Dunmore.", date(2034, 9, 1)) == []
    assert rows("The May government fell in the vote.", date(2034, 9, 1)) == []
    assert rows("Brisca Foods may close the plant.", date(2034, 9, 1)) == []


def test_todays_before_a_noun_of_the_present_age_names_no_day() -> None:
    # "in today's world", "today's political climate": the times we live in, not the day of writing
    assert rows("Facts count for less in today's world, said Odalys Brenner.") == []
    assert rows("In today's political climate, Tavish Quell cannot win.") == []
    # left alone: a thing of the day itself, and "today" alone
    assert rows("The offer, advertised in today's editions of the Dunmore Courier, expires soon.") == [
        ("today", "DATE", "2034-05-15")]
    assert rows("Today's vote in Harwick Council was close.") == [("Today", "DATE", "2034-05-15")]


def test_a_weekday_joined_to_a_plural_weekday_recurs_with_it() -> None:
    # "on Monday and Tuesday nights from June 2": the plural and its part of day belong to both weekdays
    assert rows("Tolvane ferries will leave Dunmore on Monday and Tuesday nights from June 2.")[:2] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    assert rows("The Harwick market opens Saturday and Sundays.") == [
        ("Saturday", "SET", "XXXX-WXX-6"), ("Sundays", "SET", "XXXX-WXX-7")]
    # left alone: two single days, and a set made by "each" (the first weekday is one day)
    assert rows("Pickets gathered Monday and Tuesday.", date(2034, 5, 19)) == [
        ("Monday", "DATE", "2034-05-15"), ("Tuesday", "DATE", "2034-05-16")]
    assert rows("The talks opened Monday and resume each Tuesday.", date(2034, 5, 19))[0] == (
        "Monday", "DATE", "2034-05-15")
