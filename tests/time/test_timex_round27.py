"""Round 27 (timex): irregular past forms, a year framing its sentence, an anaphoric day after a month of its own
sentence, and the chronology line. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2033, 3, 16)  # a Wednesday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_an_irregular_past_with_an_object_makes_a_yearless_month_the_past_one() -> None:
    # "laid" (and "repaid", "outsold", ...) are past forms: the month before the article is the one meant
    assert rows("Quorvell Logistics also laid off 6% of its staff in January.") == [("January", "DATE", "2033-01")]
    assert rows("Tamsin Okafor repaid the bridge loan in November.") == [("November", "DATE", "2032-11")]
    # left alone: a sentence with no past keeps the coming month
    assert rows("Quorvell Logistics will lay off 6% of its staff in November.") == [("November", "DATE", "2033-11")]


def test_a_year_framing_its_sentence_gives_its_year_to_yearless_months_and_days() -> None:
    assert rows("In 2029, the Velbrook campaign began airing radio ads in mid-September.") == [
        ("2029", "DATE", "2029"), ("mid-September", "DATE", "2029-09")]
    assert rows("Early 2031 - Harrowgate Mills cuts 5% of its staff in January and moves its office on April 4.") == [
        ("Early 2031", "DATE", "2031"), ("January", "DATE", "2031-01"), ("April 4", "DATE", "2031-04-04")]
    # left alone: a year modifying a noun (no comma after it), a bound ("Since"), another year stated in between
    assert rows("Some 2029 candidates toured Dunmore in January.") == [
        ("2029", "DATE", "2029"), ("January", "DATE", "2033-01")]
    assert rows("Since 2029, Velbrook has reported its sales in January.")[-1] == ("January", "DATE", "2033-01")
    assert rows("In 2029, Velbrook was founded, and in 2030 it listed in May.")[-1] != ("May", "DATE", "2029-05")


def test_an_anaphoric_day_after_a_month_of_its_own_sentence_counts_from_that_month() -> None:
    text = ("Orbison Pay said on March 14 that its card systems were down. The outage is worse than the June 2031 "
            "failure, which was followed by a 6% fall in the shares the next day.")
    found = [(t.text, t.value, t.date_start, t.date_end) for t in find_timexes(text, DCT)]
    assert found[-1] == ("the next day", "2031-06", date(2031, 6, 2), date(2031, 7, 1))
    # after a year: a day of that year, which the text does not give
    text = "Orbison Pay said on March 14 that it was hacked. In a 2029 breach the shares fell the day after."
    assert rows(text)[-1] == ("the day after", "DATE", "XXXX-XX-XX")
    # left alone: a month that holds the day counted from, and a day named after the month
    assert rows("Orbison Pay said on March 14 that it was hacked in March, and the next day the shares fell.")[-1] == (
        "the next day", "DATE", "2033-03-15")
    assert rows("In a June 2031 outage Orbison Pay failed on June 9, 2031, and the next day the shares fell.")[-1] == (
        "the next day", "DATE", "2031-06-10")


def test_a_year_heading_a_chronology_line_is_a_year_however_old() -> None:
    text = "Key dates\n\n1874 - Ida Brannock opens a rope works at Carrow.\n* 1890: The works builds its first crane.\n"
    assert rows(text) == [("1874", "DATE", "1874"), ("1890", "DATE", "1890")]
    # left alone: an old number not heading a line, or with no dash or colon after it
    assert rows("Carrow Ropes employs 1874 people - more than ever.") == []
    assert rows("1874 staff were hired by Carrow Ropes.") == []


def test_slash_dates_are_read_day_first_when_the_text_writes_its_days_first() -> None:
    dct = date(2033, 6, 9)
    # another date of the text can only be day first
    text = "Fenwold plc said on 16/05/2033 that the offer, dated 03/06/2033, was final."
    assert [(t.text, t.value) for t in find_timexes(text, dct)] == [("16/05/2033", "2033-05-16"), ("03/06/2033", "2033-06-03")]
    # the dateline alone on its line is the publication date read day first
    text = "FENWOLD PLC\n09/06/2033\n\nThe board met on 02/06/2033 to weigh the offer."
    assert [(t.text, t.value) for t in find_timexes(text, dct)] == [("09/06/2033", "2033-06-09"), ("02/06/2033", "2033-06-02")]
    # left alone: month first without such evidence, or when another date can only be month first
    # (a day-first reading much nearer the publication date is another matter: tests/time/test_timex_timex50.py)
    assert [t.value for t in find_timexes("The board met on 04/03/2033 to weigh the offer.", dct)] == ["2033-04-03"]
    text = "Fenwold said on 05/16/2033 that the offer, dated 03/06/2033, was final."
    assert [t.value for t in find_timexes(text, dct)] == ["2033-05-16", "2033-03-06"]


def test_the_year_in_a_sentence_a_year_frames_is_that_year() -> None:
    assert rows("2029 - Pellworth Cables issues two profit warnings; its shares fall 30% in the year.") == [
        ("2029", "DATE", "2029"), ("the year", "DATE", "2029")]
    assert rows("In 2030, Pellworth sales rose 5% for the year.") == [("2030", "DATE", "2030"), ("the year", "DATE", "2030")]
    # left alone: with no frame, the publication year
    assert rows("Pellworth sales rose 5% for the year.") == [("the year", "DATE", "2033")]


def test_a_year_or_months_ended_by_a_date_cover_the_stretch_up_to_it() -> None:
    def spans(sentence: str) -> list[tuple[str, str, date | None, date | None]]:
        return [(t.text, t.value, t.date_start, t.date_end) for t in find_timexes(sentence, DCT)]
    assert spans("Kirrawee Metals expects a profit for the year ending March 2034.")[0] == (
        "the year", "P1Y", date(2033, 4, 1), date(2034, 3, 31))
    assert spans("For the six months ended Aug. 12, 2032, Kirrawee lost money.")[0] == (
        "the six months", "P6M", date(2032, 2, 13), date(2032, 8, 12))
    # left alone: a duration with no date ending it
    assert spans("Kirrawee lost money for six months in 2032.")[0] == ("six months", "P6M", None, None)
