"""Round 20: timeline rules for constructions behind the twenty-first corpus's misses that recur in other corpora by
other writers (invented sentences and articles, one test per rule)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_an_earlier_day_naming_an_event_in_the_possessive_is_that_events_day() -> None:
    # "<later day's clause> ... after/since/behind <Weekday>'s <event>": the earlier event is told, on its own day
    assert dates_of("The line reopened to freight at 07:30 today, three days after Monday's derailment.",
                    "2031-06-05") == [("Monday", "2031-06-02", "2031-06-02"), ("today", "2031-06-05", "2031-06-05")]
    assert dates_of("Pelloran Rail confirmed on Thursday that the crew behind Tuesday's walkout had asked for a "
                    "meeting.", "2031-06-05") == [("Thursday", "2031-06-05", "2031-06-05"),
                                                  ("Tuesday", "2031-06-03", "2031-06-03")]
    assert dates_of("Tollan Ferries resumed sailings on Friday, the first crossing since Monday's grounding.",
                    "2031-06-06") == [("Friday", "2031-06-06", "2031-06-06"), ("Monday", "2031-06-02", "2031-06-02")]
    # a share move or a level in the possessive stays no event of its own (the move table dates a move)
    assert dates_of("Tollan recovered 3.85% on Thursday after Monday's 12% slide.", "2031-06-05") == [
        ("Thursday", "2031-06-05", "2031-06-05")]
    assert dates_of("Tollan added 2% on Thursday, extending Tuesday's rally.", "2031-06-05") == [
        ("Thursday", "2031-06-05", "2031-06-05")]
    # a month names a period of data; a condition tells nothing that happened
    assert dates_of("After a revision on Thursday to April's numbers, the hiring trend looks firmer.", "2031-06-05") == [
        ("Thursday", "2031-06-05", "2031-06-05")]
    assert dates_of("Pelloran said on Thursday that if Sunday's trial run went wrong, it would wait a week.",
                    "2031-06-06") == [("Thursday", "2031-06-05", "2031-06-05")]
    # a day that bounds the main event stays a back-reference (round 4's reading)
    assert dates_of("The paper reported on Wednesday that Pelloran had met its lenders before Monday's vote.",
                    "2031-06-04") == [("Wednesday", "2031-06-04", "2031-06-04")]


_FACTBOX = """FACTBOX-Tollan Mutual's losses: key dates

June 25 (Example Wire) - Tollan Mutual disclosed on Monday evening an underwriting loss of about 655 million euros and \
said its solvency ratio had fallen below its target. Following are key facts.

WHAT HAPPENS NEXT
- July 30: extraordinary general meeting to approve a share sale.
- Third quarter: share sale expected to close.

HISTORY
- 1961: founded in Harrowdene.
- Q4 2027: moved its head office to Oslo.
- Q2 2028: two ratings cuts, on April 9 and June 21.
- Q1 2029 - opened its Riga claims centre.
- March 2030: named Ilse Brandvik chief executive.

(Compiled by Example Desk)
"""


def test_a_past_quarter_heading_a_line_of_a_chronology_dates_the_lines_event() -> None:
    # "Q1 2029 - X opens ...", "- Q4 2027: moved ...": the quarter of the line's event, as a coming quarter heading a
    # line of what is to come already is
    got = [r for r in dates_of(_FACTBOX, "2031-06-25") if r[0].startswith("Q")]
    assert got == [("Q1 2029", "2029-01-01", "2029-03-31"), ("Q4 2027", "2027-10-01", "2027-12-31")]
    # a line with a day of its own is dated by that day ("Q2 2028: ... on April 9 and June 21"); a quarter in prose
    # with a figure stays the period of the figure
    assert dates_of("Tollan Mutual booked a profit of 335 million euros in the fourth quarter of 2029.",
                    "2031-06-25") == [("the fourth quarter of 2029", "2029-10-01", "2029-12-31")]  # a figure over it


def test_a_fiscal_year_named_by_the_month_it_ends_is_its_twelve_months() -> None:
    # "in/by the fiscal year ending <month year>": the twelve months to that month, the year a plan or a target is in
    assert dates_of("Osgrave Mining had said it would open the pit in the fiscal year ending June 2034.",
                    "2031-06-25") == [("the fiscal year ending June 2034", "2033-07-01", "2034-06-30")]
    assert dates_of("Pelloran had counted on the line for a tenth of its revenue by the fiscal year ending "
                    "September 2035.", "2031-06-25") == [
        ("the fiscal year ending September 2035", "2034-10-01", "2035-09-30")]
    assert dates_of("Osgrave sold two smelters in the fiscal year ended June 2029.", "2031-06-25") == [
        ("the fiscal year ended June 2029", "2028-07-01", "2029-06-30")]
    # the period of a past figure or of a report stays no event
    assert dates_of("In the fiscal year ended June 2029, Osgrave earned $7.3 billion.", "2031-06-25") == []
    assert dates_of("Osgrave confirms that its targets for the financial year ending 30 June 2034 are unchanged.",
                    "2031-06-25") == []


def test_a_baseline_after_a_figure_with_a_thousands_separator_is_a_baseline() -> None:
    # "climbed to 5,120 on Friday from 4,870 a week earlier": the comma of "4,870" opens no clause
    assert dates_of("Pelloran's container index climbed to $5,120 a box on Friday from $4,870 a week earlier.",
                    "2031-09-20") == [("Friday", "2031-09-19", "2031-09-19")]
    # a real comma still parts the clauses
    assert dates_of("Pelloran said on Friday that it had hired 1,350 drivers, up from a year earlier.", "2031-09-20") == [
        ("Friday", "2031-09-19", "2031-09-19")]


def test_a_year_a_state_began_after_since_is_an_event_beside_the_sentences_day() -> None:
    # "the hall that has hosted the fair since 1987, ... on Tuesday", "has not raised its fares since 2011 and said on
    # Friday", "supplier since 2016; shares ... on Tuesday": the year the state began
    assert dates_of("In the hall that has hosted the Tollan fair since 1987, the stands on Tuesday morning were empty.",
                    "2031-06-24") == [("1987", "1987-01-01", "1987-12-31"), ("Tuesday morning", "2031-06-24", "2031-06-24")]
    assert dates_of("Tollan Ferries has not raised its fares since 2011 and said on Friday it would freeze them again.",
                    "2031-06-24") == [("2011", "2011-01-01", "2011-12-31"), ("Friday", "2031-06-20", "2031-06-20")]
    assert ("2016", "2016-01-01", "2016-12-31") in dates_of(
        "Pelloran said on Monday its depot had flooded.\n\nOSGRAVE PARTS (OSG.OL): its supplier since 2016; shares "
        "-6.15% in Oslo on Tuesday.", "2031-06-24")
    # a count, a figure, a change or a comparison over the span: the start of what is measured, no event
    assert dates_of("Osgrave has opened three more plants since 2027, the company said on Monday.", "2031-06-24") == [
        ("Monday", "2031-06-23", "2031-06-23")]
    assert dates_of("Tollan shares fell 4% on Monday, their worst day since 2027.", "2031-06-24") == [
        ("Monday", "2031-06-23", "2031-06-23")]
    assert dates_of("Freight volumes have shrunk sharply since 2029, the port said on Monday.", "2031-06-24") == [
        ("Monday", "2031-06-23", "2031-06-23")]


def test_a_figure_in_a_past_quarter_or_half_is_placed_on_that_period() -> None:
    # "sales fell 12% in the third quarter", "burned 74 million pounds during the first half": over the period
    assert dates_of("Orvane Foods' sales fell 12% in the third quarter, the company said.", "2031-11-12") == [
        ("the third quarter", "2031-07-01", "2031-09-30")]
    assert dates_of("Orvane burned 74 million pounds during the first half of 2030.", "2031-11-12") == [
        ("the first half of 2030", "2030-01-01", "2030-06-30")]
    # the period a report covers ("for"), a coming quarter's figure: as before
    assert dates_of("Orvane reported a 12% rise in sales for the third quarter.", "2031-11-12") == []
    # a quarter as the adjective of the figure's noun is the same period since round 55 (three writers of the corpora
    # opened then count "Third-quarter sales fell 4%"; tests/timeline/test_timeline_round55.py)
    assert dates_of("Orvane's third-quarter sales rose 12%.", "2031-11-12") == [
        ("third-quarter", "2031-07-01", "2031-09-30")]
    assert dates_of("Orvane expects sales to rise 5% in the first quarter of 2032.", "2031-11-12") == [
        ("the first quarter of 2032", "2032-01-01", "2032-03-31")]
    # no figure in the clause: a state in a past quarter stays no event; a day the figure was told on is its date
    assert dates_of("Orvane said orders were slow in the third quarter.", "2031-11-12") == []
    assert dates_of("Orvane Foods said on Monday its sales fell 12% in the third quarter.", "2031-11-12") == [
        ("Monday", "2031-11-10", "2031-11-10")]


def test_a_past_act_with_a_count_in_a_past_quarter_is_placed_on_it() -> None:
    # "cut 300 jobs in the fourth quarter of 2030": the count is what was done, as a figure is (rule above)
    assert dates_of("Orvane Mining cut 300 jobs in the fourth quarter of 2030.", "2031-03-12") == [
        ("the fourth quarter of 2030", "2030-10-01", "2030-12-31")]
    # a day of its own in the clause dates the act; a state with a count is still no act
    assert dates_of("Orvane Mining sold its arm on March 5 in the first quarter.", "2031-06-12") == [
        ("March 5", "2031-03-05", "2031-03-05")]
    assert dates_of("Orders were 300 units lower in the fourth quarter of 2030.", "2031-03-12") == []


def test_a_thousands_comma_does_not_cut_the_clause_of_a_date() -> None:
    # "had urged ... the roughly 54,000 pages ... by July 31": the past perfect before the comma still tells the tense
    assert dates_of("Orvane had urged the agency to process the roughly 54,000 pages of its files by July 31.",
                    "2031-12-31") == [("July 31", "2031-07-31", "2031-07-31")]
    assert dates_of("Hallgrim shipped 1,200 units in the fourth quarter of 2030.", "2031-03-12") == [
        ("the fourth quarter of 2030", "2030-10-01", "2030-12-31")]
