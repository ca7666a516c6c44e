"""Round 28 (timex): a title's or an initial's stop ends no clause and no sentence. Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2034, 5, 15)  # a Monday


def rows(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_a_title_stop_in_the_main_clause_after_a_leading_date_ends_no_clause() -> None:
    # "By Sunday, the Rev. X began ...": the main clause's past verb stands after "Rev.", so the state reached
    # then is told in the past, and Sunday is yesterday, not next Sunday
    assert rows("By Sunday, the Rev. Odalys Brenner began taking calls from listeners.") == [
        ("Sunday", "DATE", "2034-05-14")]
    assert rows("By 9 a.m. Sunday, the Rev. Odalys Brenner began taking calls.") == [
        ("9 a.m. Sunday", "TIME", "2034-05-14T09:00")]
    # "On Monday, Mr. X will ...": the main clause's future stands after "Mr."
    assert rows("On Friday, Mr. Tavish Quell will hold two town meetings in Dunmore.") == [
        ("Friday", "DATE", "2034-05-19")]
    # left alone: a deadline with no past in its main clause, a past main clause without a title, and a sentence
    # that really ends before the future one
    assert rows("By Sunday, the Rev. Odalys Brenner must answer the letter.") == [("Sunday", "DATE", "2034-05-21")]
    assert rows("On Friday, Tavish Quell held two town meetings in Dunmore.") == [("Friday", "DATE", "2034-05-12")]
    assert rows("On Friday, the Dunmore council met. It will meet again soon.")[0] == ("Friday", "DATE", "2034-05-12")


def test_a_yearless_month_set_against_now_in_a_later_clause_has_passed() -> None:
    # "worth $9 million in October, ... worth half that now": the month is the one before the article
    assert rows("Her flats, worth $9 million in October, are worth only half that now.", date(2034, 1, 8)) == [
        ("October", "DATE", "2033-10"), ("now", "DATE", "PRESENT_REF")]
    assert rows("Brisca Foods shares, priced at $14 in November - are at $6 today.", date(2034, 1, 8))[0] == (
        "November", "DATE", "2033-11")
    # left alone: "now" before the month in its own clause, a schedule, and a present month with no "now"
    assert rows("Brisca Foods now expects to open the Dunmore plant in October.", date(2034, 1, 8))[-1] == (
        "October", "DATE", "2034-10")
    assert rows("The Dunmore plant opens in October, and Brisca Foods is hiring now.", date(2034, 1, 8))[0] == (
        "October", "DATE", "2034-10")
    assert rows("Her flats are worth $9 million in October.", date(2034, 1, 8)) == [("October", "DATE", "2034-10")]


def test_a_clock_time_takes_the_day_a_deictic_or_anaphoric_day_named_earlier_in_its_sentence() -> None:
    # the text's last stated day (May 2) is not the clock time's day when its own sentence names another one first
    text = "The Harwick depot closed on May 2. Yesterday, pickets gathered at the gates at 9 a.m."
    assert rows(text)[-1] == ("9 a.m.", "TIME", "2034-05-14T09:00")
    text = "The Harwick depot closed on May 2. The following day, about 5:15 a.m., the pickets arrived."
    assert rows(text)[-1] == ("about 5:15 a.m.", "TIME", "2034-05-03T05:15")
    text = "Quell's show returns on June 23. The verdict will be read on tonight's show at 9 p.m."
    assert rows(text)[-1] == ("9 p.m.", "TIME", "2034-05-15T21:00")
    # left alone: a clock time in a later sentence, and a day stated after the deictic one in the same sentence
    text = "The Harwick depot closed on May 2. Yesterday, pickets gathered. They met again at 9 a.m."
    assert rows(text)[-1] == ("9 a.m.", "TIME", "2034-05-02T09:00")
    text = "Yesterday the pickets left, but on May 2 they had gathered at 9 a.m."
    assert rows(text)[-1] == ("9 a.m.", "TIME", "2034-05-02T09:00")


def test_a_story_told_forward_goes_on_to_the_next_day() -> None:
    text = "The Harwick depot closed on May 2. The next day, pickets gathered. The next day, the owner resigned."
    assert [r[2] for r in rows(text)] == ["2034-05-02", "2034-05-03", "2034-05-04"]
    text = "The Harwick depot closed on May 2. The following morning, pickets gathered. The next day, talks began."
    assert [r[2] for r in rows(text)] == ["2034-05-02", "2034-05-03TMO", "2034-05-04"]
    # left alone: "yesterday" moves no story, and "the day before" as a baseline does not step back twice
    text = "The Harwick depot closed on May 2. Pickets left yesterday. The next day, the owner resigned."
    assert [r[2] for r in rows(text)] == ["2034-05-02", "2034-05-14", "2034-05-03"]
    text = "On May 2, Harwick shares rose to $4.10 from $3.90 the day before. The day before, Quell shares fell."
    assert [r[2] for r in rows(text)] == ["2034-05-02", "2034-05-01", "2034-05-01"]


def test_a_day_before_that_closes_its_phrase_is_not_counted_from_a_later_day_of_its_sentence() -> None:
    # "from $3.90 the day before, and ... the day before": the first has no X after it, so it is the day before
    # the sentence's own day, not the day before the second one
    text = ("On May 2, Harwick shares rose to $4.10 from $3.90 the day before, and Quell shares rose to $7 from $6 "
            "the day before.")
    assert [r[2] for r in rows(text)] == ["2034-05-02", "2034-05-01", "2034-05-01"]
    # left alone: a day after the relation word is its X
    assert rows("Pickets gathered the day before May 9.")[0] == ("the day before", "DATE", "2034-05-08")


def test_kept_before_until_is_a_stretch_that_ended() -> None:
    # "kept going until Friday", told in the past, is a stretch that ended on the last Friday
    assert rows("Marchers chanted slogans and kept going until nearly 2 a.m. Friday.") == [
        ("2 a.m. Friday", "TIME", "2034-05-12T02:00")]
    assert rows("The Dunmore pickets carried on until Friday.") == [("Friday", "DATE", "2034-05-12")]
    # left alone: a future, a present perfect (the state still holds), and a closure until a coming day
    assert rows("Marchers will keep going until Friday.") == [("Friday", "DATE", "2034-05-19")]
    assert rows("The council has kept the ban in place until March.") == [("March", "DATE", "2035-03")]
    assert rows("The Harwick depot closed until Friday.") == [("Friday", "DATE", "2034-05-19")]


def test_an_anaphoric_day_later_in_the_sentence_is_no_x_for_the_day_after() -> None:
    # "the same day" after "the day after ... and" is read from another day; it is not the X of "the day after"
    text = ("Gov. Lise Harlow on Monday criticised the Dunmore plan. Her remarks came the day after the council "
            "closed its session and the same day Tavish Quell toured the depot.")
    found = rows(text)
    assert found[1] == ("the day after", "DATE", "XXXX-XX-XX")
    # left alone: a stated day later in the sentence is X
    assert rows("Harlow spoke the day after the council vote on May 9.")[0] == ("the day after", "DATE", "2034-05-10")
