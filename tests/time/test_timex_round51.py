"""Round 51 (timex51): values of temporal expressions on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def rows(text: str, dct: date) -> list[tuple[str, str, str]]:
    """(text, value, interval start) of each expression."""
    return [(t.text, t.value, str(t.date_start)) for t in find_timexes(text, dct)]


# 1. A count opening its sentence is counted from X, not read as the day of the sentence before it.
def test_a_count_opening_its_sentence_is_not_placed_by_the_last_sentence_day() -> None:
    text = ("Frost hit the Valdor orchards on March 3 and growers lost most of the crop. Two days after the frost, "
            "the Valdor co-op called an emergency meeting.")
    assert rows(text, date(2031, 3, 20))[-1] == ("Two days", "P2D", "2031-03-05")
    # the sentence's own day still dates the count the other way ("fell on Tuesday, a day after X" dates X)
    text = "Valdor shares fell on Tuesday, a day after the frost warning."
    assert rows(text, date(2031, 3, 20))[-1] == ("a day", "P1D", "2031-03-17")


# 2. The old date of a move is set beside the new one, when the new one states its year.
def test_the_old_month_of_a_move_is_set_beside_the_new_date() -> None:
    october = date(2030, 10, 18)
    assert rows("Harnfeld has pushed the opening to the second quarter of 2031 from December.", october) == [
        ("the second quarter of 2031", "2031-Q2", "2031-04-01"), ("December", "2030-12", "2030-12-01")]
    assert rows("Harnfeld delayed the opening from November to March 2031.", october)[0] == (
        "November", "2030-11", "2030-11-01")
    # brought forward: the old month lies after the new date
    assert rows("Tessel brought the launch forward to March 2031 from June.", date(2031, 1, 10))[1] == (
        "June", "2031-06", "2031-06-01")
    # left alone: a new date placed by the publication date too, and a figure's baseline (no move)
    assert rows("The opening was delayed to March from December.", october)[1][:2] == ("December", "2029-12")
    assert rows("Output rose to 5 million tonnes in May 2031 from 4 million in March.", date(2031, 6, 10))[1][:2] == (
        "March", "2031-03")


# 3. A weekday listed after "next Monday" shares its "next".
def test_a_weekday_listed_after_next_monday_shares_its_next() -> None:
    tuesday = date(2032, 9, 14)
    assert rows("Markets in Tarsland will be closed next Monday and Tuesday for the harvest holidays.", tuesday) == [
        ("next Monday", "2032-09-20", "2032-09-20"), ("Tuesday", "2032-09-21", "2032-09-21")]
    assert rows("The Orlin board meets next Thursday or Friday.", date(2032, 9, 17))[1][:2] == ("Friday", "2032-09-24")
    assert rows("Markets will be closed next Monday and Friday.", date(2032, 9, 14))[1][:2] == ("Friday", "2032-09-24")
    # left alone: a weekday listed after "last Monday"
    assert rows("The Orlin plant was shut last Monday and Tuesday.", date(2032, 9, 16))[1][:2] == ("Tuesday", "2032-09-14")


# 4. A fiscal year named by the month it starts in, no year given: the nearest such month.
def test_the_month_a_fiscal_year_starts_in_is_the_nearest() -> None:
    assert rows("Brannock cut its forecast for the fiscal year starting April to a margin of 18%.", date(2033, 2, 9))[-1][:2] \
        == ("April", "2033-04")
    assert rows("Brannock cut its forecast for the financial year beginning in April.", date(2033, 9, 9))[-1][:2] \
        == ("April", "2033-04")
    # left alone: a start told in the past, and the calendar told in the present (every year's April)
    assert rows("The fiscal year that began in April was weak for Brannock.", date(2033, 2, 9))[-1][:2] == ("April", "2032-04")
    assert rows("Brannock's fiscal year starts in April.", date(2033, 2, 9))[-1][:2] == ("April", "XXXX-04")


# 5. A plan in an aside with no tense of its own keeps its day against the main clause's past.
def test_a_plan_in_an_aside_is_not_moved_back_by_the_main_clause() -> None:
    monday = date(2034, 9, 11)
    text = ("Carrow Lines said 40 people aboard the Vesna Star, due back in Port Alder, Maine, on Tuesday, "
            "had fallen ill.")
    assert rows(text, monday) == [("Tuesday", "2034-09-12", "2034-09-12")]
    assert rows("The Vesna Star, scheduled to dock on Tuesday, was diverted to Halm.", monday)[0][:2] == (
        "Tuesday", "2034-09-12")
    # left alone: the aside's own past, and a plan told in the main clause
    assert rows("The Vesna Star, which docked on Tuesday, had 40 sick passengers.", date(2034, 9, 14))[0][:2] == (
        "Tuesday", "2034-09-12")
    assert rows("Carrow said on Tuesday that 40 people had fallen ill.", monday)[0][:2] == ("Tuesday", "2034-09-05")


# 6. What was awaited on the day a sentence told, named with its object before the day, comes after that day.
def test_a_day_awaited_after_the_day_told_is_the_one_after_it() -> None:
    tuesday = date(2035, 5, 15)
    text = ("Karst shares edged higher on Tuesday, with the index up 0.2 per cent, as investors waited for U.S. "
            "inflation figures on Wednesday that could shape the rate outlook.")
    assert rows(text, tuesday)[-1][:2] == ("Wednesday", "2035-05-16")
    assert rows("Karst fell on Thursday as traders braced for a rate decision on Friday.", date(2035, 5, 18))[-1][:2] \
        == ("Friday", "2035-05-18")
    # left alone: no day told before it, and a relative clause's own past
    assert rows("Investors waited for Karst's inflation figures on Wednesday.", date(2035, 5, 17))[-1][:2] == (
        "Wednesday", "2035-05-16")
    assert rows("Karst fell on Thursday as traders waited for news that came on Friday.", date(2035, 5, 22))[-1][:2] \
        == ("Friday", "2035-05-18")


# 7. A day heading a clause joined by ", and" as the subject of a present is the coming one.
def test_a_day_heading_a_joined_clause_in_the_present_is_ahead() -> None:
    wednesday = date(2036, 1, 30)
    text = "Most Tollan customers are paid at the end of January, and Friday is also the deadline for tax returns."
    assert rows(text, wednesday)[-1][:2] == ("Friday", "2036-02-01")
    # left alone: the same clause told in the past
    assert rows("Tollan sales were weak in January, and Friday was the worst day.", wednesday)[-1][:2] == (
        "Friday", "2036-01-25")


# 8. "are booked to" is a plan told in the present, as "are set to" is.
def test_passengers_booked_to_fly_look_ahead() -> None:
    wednesday = date(2037, 5, 27)
    text = "About 9,000 passengers are booked to fly with Orrin Air between Friday and Monday, the airline said."
    assert rows(text, wednesday) == [("Friday", "2037-05-29", "2037-05-29"), ("Monday", "2037-06-01", "2037-06-01")]
    # left alone: the same plan told in the past (no tense to place it ahead)
    assert rows("About 9,000 passengers were booked to fly with Orrin Air on Friday.", wednesday)[0][:2] == (
        "Friday", "2037-05-22")


# 9. A weekday naming a kind of shift after a word of quantity ("extra Saturday shifts") is no date.
def test_extra_weekday_shifts_are_a_kind_not_a_date() -> None:
    monday = date(2038, 3, 15)
    assert rows("The shortfall at Kessel will be made up through extra Saturday shifts in April.", monday) == [
        ("April", "2038-04", "2038-04-01")]
    assert rows("Kessel staff will work additional Sunday shifts.", monday) == []
    # left alone: a day's shift with no such word
    assert rows("Kessel staff worked a double shift on Saturday.", monday)[0][:2] == ("Saturday", "2038-03-13")


# 10. A figure a release is to show for a month is that month's data: the month gone by.
def test_a_figure_a_release_is_to_show_for_a_month_is_of_the_month_gone_by() -> None:
    wednesday = date(2039, 9, 7)
    assert rows("Thursday's Veldish CPI report is expected to show annual inflation of 2.8% in August.", wednesday)[-1][:2] \
        == ("August", "2039-08")
    # left alone: a month still ahead, and a figure not shown by a release
    assert rows("The Veldish plan is expected to show savings of 5% in December.", wednesday)[-1][:2] == (
        "December", "2039-12")
    assert rows("Veldish sales are expected to grow 5% in August.", wednesday)[-1][:2] == ("August", "2040-08")


# 11. "due" with its own year is a bond's maturity, no cue for a later day of the sentence.
def test_a_maturity_year_after_due_is_no_cue_for_a_later_day() -> None:
    monday = date(2040, 9, 17)
    assert rows("Ostry's 5.75% notes due 2043 fell about 6 cents on the dollar on Friday.", monday)[-1][:2] == (
        "Friday", "2040-09-14")
    assert rows("Ostry's $650 million of notes due in 2042 were quoted at 91 cents on Friday.", monday)[-1][:2] == (
        "Friday", "2040-09-14")
    # left alone: a payment due on the day, and notes due to be repaid on it
    assert rows("A $40 million Ostry payment is due on Friday.", monday)[-1][:2] == ("Friday", "2040-09-21")
    assert rows("The 2042 Ostry notes are due to be repaid on Friday.", monday)[-1][:2] == ("Friday", "2040-09-21")


# 12. A live blog's stamp with its entry's title on the line opens an entry of the blog's day.
def test_a_stamp_with_a_title_opens_an_entry_of_the_blogs_day() -> None:
    text = ("Tarrow auction fallout - as it happened\n\n"
            "4.50pm Wrap\nWe're wrapping up for the day.\nThe details will be published next Tuesday, he said.\n"
            "3.15pm Union: \"Don't make us wait\"\nThe Tarrow union has welcomed the promise.\n"
            "8.02am Good morning\nThe minister is due to speak at 12.30pm.\n")
    wednesday = date(2041, 9, 11)
    assert [(t.text, t.value) for t in find_timexes(text, wednesday) if t.type == "TIME"] == [
        ("4.50pm", "2041-09-11T16:50"), ("3.15pm", "2041-09-11T15:15"), ("8.02am", "2041-09-11T08:02"),
        ("12.30pm", "2041-09-11T12:30")]


# 13. A change a modal says may start "from" a day starts ahead, as one after "would" does.
def test_a_change_that_could_start_from_a_day_looks_ahead() -> None:
    friday = date(2042, 10, 17)
    text = ("Customs officials told Brandt authorities late on Thursday that 29 Velm plants could resume shipments "
            "from Monday, the ministry said.")
    assert rows(text, friday)[-1][:2] == ("Monday", "2042-10-20")
    # left alone: a baseline after a modal perfect
    assert rows("Velm shares could have risen 5% from Monday's close.", friday)[-1][:2] == ("Monday", "2042-10-13")


# 14. A present passive reaching "to" a date is a scheduled end, ahead, as one "until" a date was.
def test_a_present_passive_reaching_to_a_month_looks_ahead() -> None:
    text = "Because the Quill exit is phased to mid-December, the hit to this year is closer to 3.5%."
    assert rows(text, date(2043, 9, 22))[0][:2] == ("mid-December", "2043-12")
    # left alone: the same told in the past
    assert rows("Because the Quill exit was phased to mid-December, the hit was small.", date(2043, 9, 22))[0][:2] == (
        "mid-December", "2042-12")


# 15. Goods secured "for" a quarter whose last year's namesake is long reported are for the coming one.
def test_goods_secured_for_a_later_quarter_are_for_the_coming_one() -> None:
    march = date(2044, 3, 10)
    assert rows("A Penwick spokesperson said it had secured alternative volumes for the second quarter.", march)[0][:2] \
        == ("the second quarter", "2044-Q2")
    assert rows("Its director said Penwick's orders for the second quarter had already been trimmed.", date(2044, 2, 5))[0][:2] \
        == ("the second quarter", "2044-Q2")
    # left alone: a result for a quarter, and goods for last year's quarter still being reported
    assert rows("Penwick's net income for the third quarter fell 6%.", march)[0][:2] == ("the third quarter", "2043-Q3")
    assert rows("Penwick said orders for the fourth quarter had fallen.", date(2044, 2, 5))[0][:2] == (
        "the fourth quarter", "2043-Q4")


# 16. A month naming a quarter, told in the present, is the coming one when last year's is long reported.
def test_a_month_naming_a_quarter_in_the_present_is_the_coming_one() -> None:
    assert rows("Then you are talking about the September quarter at Harrel.", date(2045, 3, 11))[0][:2] == (
        "September quarter", "2045-Q3")
    # left alone: told in the past, and the quarter just ended whose results are still coming out
    assert rows("Harrel sales fell in the September quarter.", date(2045, 3, 11))[0][:2] == ("September quarter", "2044-Q3")
    assert rows("Harrel results for the December quarter are due on Thursday.", date(2045, 2, 9))[0][:2] == (
        "December quarter", "2044-Q4")
