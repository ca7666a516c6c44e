"""Round 70 on dates (timex70): resolution rules of grammar and news convention. Every name and sentence is invented;
each test fails without its rule, and the tests marked "left alone" pin what the rule must not change."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Sunday 2 November 2031
SUN = date(2031, 11, 2)
# Wednesday 12 November 2031
WED = date(2031, 11, 12)
# Thursday 13 November 2031
THU = date(2031, 11, 13)
# Friday 14 November 2031
FRI = date(2031, 11, 14)


def values(text: str, dct: date) -> dict[str, str]:
    """Value of every expression of ``text`` by its words (the last one of equal words)."""
    return {t.text: t.value for t in find_timexes(text, dct)}


# 1. A chronology whose first dated entry gives the year, the next entry a day without one: the year runs on (the
#    nearest such day to the entry above), not the coming day nearest the day of writing.
CHRONOLOGY = ("Key moments for Harwick Foods\n\n"
              "Feb. 10, 2031 - Harwick opens its tenth bakery in Lisle.\n\n"
              "April 1 - Harwick agrees to buy the Denmore dairy.\n\n"
              "Aug. 5 - The board names a new finance chief.\n\n"
              "Oct. 14 - Auditors flag a gap in the accounts. The same day, the chairman steps aside.\n")


def test_a_chronology_entry_after_the_one_that_gave_the_year() -> None:
    found = values(CHRONOLOGY, SUN)
    assert found["April 1"] == "2031-04-01"
    assert found["Aug. 5"] == "2031-08-05"
    assert found["Oct. 14"] == "2031-10-14"
    assert found["The same day"] == "2031-10-14"


def test_a_reversed_chronology_keeps_the_year_of_its_first_entry() -> None:
    found = values("Key dates\n\nOct. 30, 2031 - Harwick sells the dairy.\n\nOct. 29 - Two banks pull their loans.\n", SUN)
    assert found["Oct. 29"] == "2031-10-29"


def test_left_alone_a_month_entry_between_keeps_the_day_its_own() -> None:
    # the entry above gives a month, no day: the day of the entry is read as before (a year heading above it)
    found = values("Key dates\n\n2030 - September 20: The two mills sign a pact.\n\n"
                   "2031 - May: A fund's stake comes to light.\n\nJune 27: The board backs the merger.\n",
                   date(2031, 7, 20))
    assert found["June 27"] == "2031-06-27"


# 2. A bare verb of the form of its past ("cut", "set") opening a sentence before its object is an imperative, of
#    what is yet to be done: a month it dates is the coming one. A second such verb after a comma is one too. A
#    participle opening a sentence ("Set up in February, ...") and a verb after its subject keep the past.
def test_an_imperative_opening_its_sentence_looks_ahead() -> None:
    found = values("Holding the fee would be an error. Set it in March, set it low, and be done.", THU)
    assert found["March"] == "2032-03"


def test_left_alone_a_participle_opening_its_sentence() -> None:
    assert values("Set up in February, the fund grew quickly.", THU)["February"] == "2031-02"


def test_left_alone_a_bare_past_after_its_subject() -> None:
    assert values("The council set it in February.", THU)["February"] == "2031-02"


# 3. A plan told in the past ("which had been scheduled for Monday", "had been expected in December") that its
#    sentence puts off or calls off as still to be done is still to come: one puts off what has not happened. Left
#    alone: a plan told in the past that went ahead, or that was put off in the past (the nearest such day).
def test_a_put_off_plan_of_a_weekday_is_the_coming_one() -> None:
    found = values("Harwick will delay the opening of its plant, which had been set for Monday, while inspectors "
                   "finish their checks.", THU)
    assert found["Monday"] == "2031-11-17"


def test_a_put_off_plan_of_a_month_is_the_coming_one() -> None:
    found = values("The merger vote, which had been expected in December, is likely to slip.", date(2031, 10, 11))
    assert found["December"] == "2031-12"


def test_left_alone_a_plan_told_in_the_past_that_went_ahead() -> None:
    found = values("The vote, which had been scheduled for Monday, went ahead as planned.", THU)
    assert found["Monday"] == "2031-11-10"


def test_left_alone_a_plan_put_off_in_the_past() -> None:
    found = values("The vote, which had been scheduled for Monday, was postponed.", THU)
    assert found["Monday"] == "2031-11-10"


# 4. A determiner or a possessive and an ordinal before a word of a schedule make the word a noun ("the agency's
#    third review on Tuesday" is gone by, not "reviews on Tuesday"). Left alone: the verb after an adverb ("first
#    reports on Tuesday") and after its object's ordinal ("holds its first meeting on Tuesday").
def test_an_ordinal_report_on_a_weekday_is_a_noun() -> None:
    found = values("Its bonds slid after the downgrade, the topic of the agency's third report on Tuesday.", THU)
    assert found["Tuesday"] == "2031-11-11"


def test_left_alone_a_schedule_verb_after_an_adverb() -> None:
    assert values("Harwick first reports on Tuesday.", THU)["Tuesday"] == "2031-11-18"
    assert values("The board holds its first meeting on Tuesday.", THU)["Tuesday"] == "2031-11-18"


# 5. "was about" before a figure is no plan ("was about to" is): "By Friday the count was about 300" is the Friday
#    gone by, as "By Friday the count had reached 300" was.
def test_by_a_day_then_a_figure_of_then() -> None:
    found = values("By Friday the count was about 300 and rising.", date(2031, 11, 16))
    assert found["Friday"] == "2031-11-14"


# 6. The present progressive of an act tells an arranged act to come (the futurate): "is closing on Thursday", "is
#    staging a strike on Friday" are the coming days. Left alone: a possessive ("the senator's disappointing debate
#    on Saturday" holds no progressive), a progressive of the moment ("Shares are trading higher on Wednesday") and a
#    quarter, the period of a figure as often ("is raising its reserves for the third quarter").
def test_a_futurate_progressive_looks_ahead() -> None:
    assert values("The exchange is closing on Thursday for the holiday.", WED)["Thursday"] == "2031-11-13"
    assert values("The union is staging a strike on Friday.", WED)["Friday"] == "2031-11-14"
    assert values("The mayor is rehearsing her answers for the hearing Thursday night in Lisle.",
                  date(2031, 11, 10))["Thursday night"] == "2031-11-13TNI"


def test_left_alone_a_possessive_and_a_progressive_of_the_moment() -> None:
    found = values("The fund changed its plans after the senator's disappointing debate on Saturday.", WED)
    assert found["Saturday"] == "2031-11-08"
    assert values("Shares are trading higher on Wednesday.", WED)["Wednesday"] == "2031-11-12"


# 7. A section a label gives to the week ahead ("Week ahead" heading it, "What to watch next week:" opening its
#    paragraph) tells its days in its later sentences too: written on a Friday, "the trade figures are due on Friday"
#    is a week on, not the day of writing. Left alone: a weekday after "since" there, and a paragraph with no label.
def test_a_week_ahead_heading_gives_its_paragraph_to_next_week() -> None:
    found = values("Stocks slipped.\n\nWeek ahead\n\nNext week opens with a retail update on Tuesday. The central bank "
                   "sets rates on Thursday, and the trade figures are due on Friday.\n", FRI)
    assert found["Thursday"] == "2031-11-20"
    assert found["Friday"] == "2031-11-21"


def test_a_what_to_watch_lead_gives_its_paragraph_to_next_week() -> None:
    found = values("Stocks slipped.\n\nWhat to watch next week: The miner has kept quiet. A housing survey is due on "
                   "Wednesday, and the finance minister addresses the chamber on Friday.\n", FRI)
    assert found["Friday"] == "2031-11-21"


def test_left_alone_since_a_day_and_a_paragraph_with_no_label() -> None:
    assert values("Stocks slipped.\n\nWeek ahead\n\nShares are down 5% since Friday.\n", FRI)["Friday"] == "2031-11-14"
    assert values("Stocks slipped.\n\nThe minister addresses the chamber on Friday.\n", FRI)["Friday"] == "2031-11-14"


# 8. Telling a sentence's tense: "say" (the plural present of saying: "brokers say") is a verb of saying, as "says"
#    is, no past verb. A quarter of a sentence told in the present is then the coming one; a past deed keeps last
#    year's.
def test_a_present_sentence_with_a_plural_saying() -> None:
    found = values("Harwick usually refinances its loans in the second quarter, and brokers say the talks are likely "
                   "to drag on over the summer.", date(2031, 2, 25))
    assert found["the second quarter"] == "2031-Q2"


def test_left_alone_a_quarter_of_a_past_deed() -> None:
    found = values("Harwick refinanced its loans in the second quarter, brokers say.", date(2031, 2, 25))
    assert found["the second quarter"] == "2030-Q2"
