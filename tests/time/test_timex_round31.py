"""Round 31 (timex): date resolution on unseen text. An ambiguous numeric date read by the evidence of its text, a
chronology's year heading the whole of its line, and "a year earlier" after a figure's comparative, counted from the
period its sentence names. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2035, 6, 13)  # a Wednesday


def rows(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def test_an_ambiguous_slash_date_that_is_the_publication_date_read_one_way_sets_the_order() -> None:
    # a byline's "13/06/2035" is the publication date read day first: the text writes its days first
    text = "By Wietske Odijk | 13/06/2035 | 16:40\n\nShares of Grevelink closed lower on 13/06/2035 after a warning."
    assert [t[2] for t in rows(text)] == ["2035-06-13", "2035-06-13"]
    text = "By Wietske Odijk | 12/06/2035\n\nGrevelink said on 03/06/2035 that barges were idle."
    assert [t[2] for t in rows(text, date(2035, 6, 12))] == ["2035-06-12", "2035-06-03"]
    # left alone: the month-first reading is the publication date (a US byline), or neither reading is
    text = "By Tamsin Ruel | 06/12/2035\n\nHarrowgill said on 03/06/2035 that it would appeal."
    assert [t[2] for t in rows(text, date(2035, 6, 12))] == ["2035-06-12", "2035-03-06"]


def test_a_dotted_date_makes_the_slash_dates_of_its_text_day_first() -> None:
    text = "Ostrava, 11.06.2035 - Velkor said the contract signed on 04/03/2035 was void."
    assert [t[2] for t in rows(text)] == ["2035-06-11", "2035-03-04"]
    # left alone: with no dotted date, month first (day first is not much nearer the publication date: round 42)
    assert [t[2] for t in rows("Velkor said the contract signed on 04/03/2035 was void.")] == ["2035-04-03"]


def test_an_ambiguous_slash_date_is_not_read_on_the_wrong_side_of_publication_for_its_tense() -> None:
    # told in the past, month first would be half a year after publication; day first is last week
    assert [t[2] for t in rows("Grevelink closed its Arnhem depot on 10/06/2035, staff said.")] == ["2035-06-10"]
    # about the future, month first would be months back
    assert [t[2] for t in rows("Grevelink will reopen the depot on 02/07/2035.")] == ["2035-07-02"]
    # left alone: both readings on the side the tense allows, month first
    assert [t[2] for t in rows("Grevelink closed its Arnhem depot on 04/05/2035, staff said.")] == ["2035-04-05"]


def test_a_chronology_year_frames_every_sentence_of_its_line() -> None:
    text = ("KEY DATES\n2031 - Ostrel Maritime raises $400 million in August. Its shares peak in October.\n"
            "2034 - Ostrel buys a stake in Pardoe Lines in May.\n")
    assert rows(text) == [("2031", "DATE", "2031"), ("August", "DATE", "2031-08"), ("October", "DATE", "2031-10"),
                          ("2034", "DATE", "2034"), ("May", "DATE", "2034-05")]
    # left alone: a paragraph opened by "In 2028," goes on to the present in its later sentences
    text = "Back in 2028, Ostrel nearly failed. The buyback likely to come in October is its test now."
    assert rows(text)[-2] == ("October", "DATE", "2035-10")


def test_a_year_earlier_after_a_figures_comparative_is_the_sentences_period_a_year_back() -> None:
    text = "In the first half of 2034, Halvren carried 9.1 million tonnes, 11% less than a year earlier."
    assert rows(text) == [("the first half of 2034", "DATE", "2034-H1"), ("a year earlier", "DATE", "2033-H1")]
    text = "Halvren sold 8,200 cars in May, about 300 more than a year earlier."
    assert rows(text)[-1] == ("a year earlier", "DATE", "2034-05")
    # left alone: "more than" bounding the time itself ("it began more than a year earlier"), and "a year ago"
    # (counted from the publication date)
    assert rows("Halvren said in May that the audit began more than a year earlier.")[-1][0] == "more than a year earlier"
    assert rows("In May, Halvren sold 8,200 cars, up from 7,900 a year ago.")[-1] == ("a year ago", "DATE", "2034")


def test_last_weekday_written_the_day_after_it_is_a_week_back() -> None:
    # on a Thursday, "last Wednesday" is the Wednesday of the week before (yesterday is "on Wednesday")
    assert rows("Brannoch Foods issued a profit warning last Wednesday.", date(2035, 6, 14)) == [
        ("last Wednesday", "DATE", "2035-06-06")]
    # left alone: two days back or more stays the nearest, and "this past Wednesday" is yesterday
    assert rows("Brannoch Foods issued a profit warning last Tuesday.", date(2035, 6, 14)) == [
        ("last Tuesday", "DATE", "2035-06-12")]
    assert rows("Brannoch Foods issued a profit warning this past Wednesday.", date(2035, 6, 14)) == [
        ("this past Wednesday", "DATE", "2035-06-13")]


def test_a_quarter_in_a_chronology_line_is_of_the_lines_year() -> None:
    text = "2031 - Quillmere opens in Oslo. In the fourth quarter it signs 40 merchants.\n"
    assert rows(text) == [("2031", "DATE", "2031"), ("the fourth quarter", "DATE", "2031-Q4")]
    # left alone: with no year heading the line, the last fourth quarter
    assert rows("In the fourth quarter Quillmere signed 40 merchants.") == [("the fourth quarter", "DATE", "2034-Q4")]


def test_a_day_of_last_month_is_that_months_day() -> None:
    assert rows("Ingrid Saltvik said on the 14th of last month that the stock would be volatile.") == [
        ("the 14th of last month", "DATE", "2035-05-14")]
    assert rows("Saltvik will report on the 3rd of next month.") == [("the 3rd of next month", "DATE", "2035-07-03")]
    # left alone: the day alone is the nearest on the side of its tense
    assert rows("Ingrid Saltvik spoke to investors on the 14th.") == [("the 14th", "DATE", "2035-05-14")]


def test_a_day_word_classifying_a_standing_arrangement_is_no_time() -> None:
    assert rows("The ministry may lift the weekend driving ban for lorries.") == []
    assert rows("Odile Brask also hosts a Sunday talk show.") == []
    assert rows("Pickers on the night shift walked out.") == []
    # left alone: an event of a day, a possessive, a verb after a bare day
    assert rows("The ministry lifted the ban over the weekend.") == [("the weekend", "DATE", "2035-W23-WE")]
    assert rows("The weekend's rally lifted Brask shares.") == [("The weekend", "DATE", "2035-W23-WE")]
    assert rows("A poll released Friday shows Brask ahead.") == [("Friday", "DATE", "2035-06-08")]


def test_a_scheduled_verb_coordinated_after_a_past_one_keeps_its_own_tense() -> None:
    # "began on Tuesday and ends on Friday": the past of "began" does not reach "ends"
    assert rows("The Solvang board meeting began on Tuesday and ends on Friday.") == [
        ("Tuesday", "DATE", "2035-06-12"), ("Friday", "DATE", "2035-06-15")]
    # left alone: a past verb of the same verb phrase
    assert rows("The Solvang board meeting began and ended on Friday.") == [("Friday", "DATE", "2035-06-08")]


def test_a_planned_noun_does_not_send_ahead_a_day_named_in_a_phrase_of_cause_after_it() -> None:
    text = "Tervik Power has postponed a planned bond sale because of volatility after Friday's downgrade."
    assert rows(text) == [("Friday", "DATE", "2035-06-08")]
    # left alone: the day in the planned noun's own phrase
    assert rows("Tervik Power prepares a planned bond sale for Friday.") == [("Friday", "DATE", "2035-06-15")]


def test_a_season_in_a_sentence_a_year_frames_is_that_years() -> None:
    text = "In 2019, a drought that began in the summer pushed the Lenzach gauge to a record."
    assert rows(text) == [("2019", "DATE", "2019"), ("the summer", "DATE", "2019-SU")]
    # left alone: with no frame, by the publication date
    assert rows("A drought that began in the summer pushed the Lenzach gauge to a record.") == [
        ("the summer", "DATE", "2035-SU")]
