"""Round 27: dated events of the twenty-sixth corpus's misses and wrong dates, read as general constructions.
Invented sentences."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_the_year_of_a_law_cited_by_its_name_is_no_date() -> None:
    # 2031-03-12 is a Wednesday
    assert dates_of("The minister on Wednesday used powers under the Harbour Safety and Pilotage Act 2024 to review "
                    "the sale of Pennock Dredging.", "2031-03-12") == [("Wednesday", "2031-03-12", "2031-03-12")]
    assert dates_of("Pursuant to the requirements of the Ferrous Trading Act of 1952, Olwen Castings filed the "
                    "report.", "2031-03-12") == []
    assert dates_of("The county's rules are not in compliance with the Rural Water Access Act of 2019.",
                    "2031-03-12") == []
    # left alone: a law's year where the sentence tells the law's own event, and a year after "under" that no law's
    # name carries
    assert dates_of("Senator Ilse Brammel voted against the Rural Water Access Act of 2019.", "2031-03-12") == [
        ("2019", "2019-01-01", "2019-12-31")]
    assert dates_of("Olwen Castings sold the mill under its old owners in 2019.", "2031-03-12") == [
        ("2019", "2019-01-01", "2019-12-31")]


def test_earlier_this_year_between_a_verb_of_saying_and_its_that_dates_the_saying() -> None:
    got = dates_of("Brisco Lumber said earlier this year that it was looking for sawmills in Chile.", "2031-06-11")
    assert got == [("earlier this year", "2031-01-01", "2031-06-10")]
    got = dates_of("Mina Oduya told investors earlier this year that the plant would close.", "2031-06-11")
    assert got == [("earlier this year", "2031-01-01", "2031-06-10")]
    # left alone: a saying whose complement holds the phrase (the year so far of a figure)
    assert dates_of("Brisco Lumber said sales had risen 4% earlier this year.", "2031-06-11") == []


def test_a_reduced_relative_after_a_noun_with_its_of_phrase_dates_its_own_event() -> None:
    got = dates_of("On 03/14/2031, the board of Pellam Foods concluded that a charge will be recorded in connection "
                   "with the recall of Brio 2 kettles announced on 03/10/2031.", "2031-03-17")
    assert got == [("03/10/2031", "2031-03-10", "2031-03-10"), ("03/14/2031", "2031-03-14", "2031-03-14")]
    # left alone: a reported clause's own verb after an "of" phrase with no determiner is the complement's; its
    # earlier day is the reported event's (round 36), beside the statement's
    # 2031-03-14 is a Friday
    assert dates_of("Pellam Foods said on Friday that sales of its kettles jumped on Tuesday.", "2031-03-17") == [
        ("Friday", "2031-03-14", "2031-03-14"), ("Tuesday", "2031-03-11", "2031-03-11")]


def test_a_year_heading_its_line_gives_way_to_a_year_of_the_sentence_s_own() -> None:
    text = ("The Brannock case at a glance\n\n2009: Growers file the first suit against Brannock Seeds. "
            "It settles in 2013 for $40 million.\n\n2016: Brannock Seeds opens a plant in Ohio. It hires 300 people.")
    got = dates_of(text, "2031-03-12")
    assert ("2009", "2009-01-01", "2009-12-31") in got and ("2013", "2013-01-01", "2013-12-31") in got
    assert got.count(("2009", "2009-01-01", "2009-12-31")) == 1  # not also on "It settles in 2013 ..."
    # left alone: a sentence with no date of its own is told in the heading's year
    assert got.count(("2016", "2016-01-01", "2016-12-31")) == 2


def test_a_passive_between_a_figure_and_a_date_takes_the_date_from_the_figure() -> None:
    # 2031-03-12 is a Wednesday
    got = dates_of("Brisco Lumber fell 4.1% on Tuesday; its shares have lost 15% since the 8.5% stake was first "
                   "disclosed in May 2029.", "2031-03-12")
    assert got == [("May 2029", "2029-05-01", "2029-05-31"), ("Tuesday", "2031-03-11", "2031-03-11")]
    # left alone: a figure's own period beside the sentence's day
    assert dates_of("Brisco Lumber fell 4.1% on Tuesday, and its sales rose 8.5% in May.", "2031-03-12") == [
        ("Tuesday", "2031-03-11", "2031-03-11")]
