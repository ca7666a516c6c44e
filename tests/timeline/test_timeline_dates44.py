"""Round 39 (timeline, dates44): which day the sentences of a syndicated copy tell. Every sentence, outlet and name
is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions


def dates_of(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every timeline row of one article, in date order."""
    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    # (the rows of the text: not the headline's news, round 59, which these articles' one-line headlines would add)
    return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples()
                  if not (r.sent_id == -1 and r.kind != "move"))


COPY = ("Frost lifts grain prices\n\n"
        "This article first appeared in the Varden Courier on March 14, 2041 and is republished with permission.\n"
        "Wheat futures jumped 6% after the frost on Tuesday.\n"
        "Shares of Velmora Foods have fallen 12% since Monday's close.\n")


def test_a_copys_events_are_on_the_days_its_first_run_tells() -> None:
    # the copy is printed on Wednesday the 20th; its text ran on Thursday the 14th
    got = dates_of(COPY + "Update, March 19: Velmora Foods rose 3% on Tuesday.\n", "2041-03-20")
    assert ("Tuesday", "2041-03-12", "2041-03-12") in got  # the frost: the Tuesday before the first run
    assert ("Monday", "2041-03-12", "2041-03-14") in got  # since Monday's close, up to the first run
    # the update the copy added: its own Tuesday (the day its stamp names)
    assert [row for row in got if row[0] not in ("Monday", "Tuesday")] == [("March 19", "2041-03-19", "2041-03-19")]
    assert len(got) == 3


def test_a_text_that_is_no_copy_is_read_on_its_publication_day() -> None:
    got = dates_of(COPY.replace("first appeared in the Varden Courier on March 14, 2041 and is republished with "
                                "permission", "is part of our series on farm prices"), "2041-03-20")
    assert ("Tuesday", "2041-03-19", "2041-03-19") in got
    assert ("Monday", "2041-03-19", "2041-03-20") in got


REPORT = ("Velmora Foods shares slump on recall\n\n"
          "Shares of Velmora Foods fell 14% on Tuesday after the company recalled frozen meals.\n")


def test_an_undated_price_move_of_a_same_day_report_is_the_reports_session() -> None:
    # published on Tuesday the 12th: the report's undated moves of markets are that session
    for sentence, verb in (("The benchmark 10-year yield fell to 3.2%.", "fell"),
                           ("The Orlan dollar weakened 0.8% against the euro.", "weakened"),
                           ("Wall Street was little changed.", "was little changed"),
                           ("Keel Grocers, which sells the meals, was hardly changed.", "was hardly changed"),
                           ("Airline stocks bore the brunt.", "bore the brunt")):
        got = dates_of(REPORT + sentence + "\n", "2041-03-12")
        assert (verb, "2041-03-12", "2041-03-12") in got, sentence


def test_what_a_same_day_report_does_not_date_by_its_session() -> None:
    for sentence in ("Net income fell 16% to $12 million.",  # a result's figure, no market
                     "The crowd fell silent.",
                     "The yield has fallen 40 basis points since the recall.",  # a span
                     "Analysts said the yield would fall further.",  # a modal
                     "\"The pound fell,\" a trader said.",  # a quotation
                     "The index, after it rose 2%, slipped back."):  # a subordinate clause before the verb
        got = dates_of(REPORT + sentence + "\n", "2041-03-12")
        assert [row for row in got if row[0] != "Tuesday"] == [], sentence
    # a report of another day, a weekend's paper, and moves told of another day just before
    assert [r for r in dates_of(REPORT + "Wall Street was little changed.\n", "2041-03-14") if r[0] != "Tuesday"] == []
    assert [r for r in dates_of(REPORT.replace("Tuesday", "Saturday") + "Wall Street was little changed.\n",
                                "2041-03-16") if r[0] != "Saturday"] == []
    got = dates_of(REPORT + "Keel Bank lost 2.4% on Friday and Monday combined. Wall Street was little changed.\n",
                   "2041-03-12")
    assert not any(row[0] == "was little changed" for row in got)
    got = dates_of(REPORT + "Keel Bank lost 2.4% on Tuesday alone. Wall Street was little changed.\n", "2041-03-12")
    assert ("was little changed", "2041-03-12", "2041-03-12") in got


def test_a_move_since_a_part_of_the_calendar_runs_from_after_it() -> None:
    # published on Tuesday 2041-03-12: the move's days are those after the part of the calendar it is measured from
    got = dates_of("Freight rates on the Varden route have fallen 41% since mid-December, brokers said.", "2041-03-12")
    assert ("mid-December", "2040-12-21", "2041-03-12") in got
    got = dates_of("Keel Bank said it had cut its lending to builders by a third since the end of 2039.", "2041-03-12")
    assert ("the end of 2039", "2040-01-01", "2041-03-12") in got
    got = dates_of("The stock has climbed about 37% since early October.", "2041-03-12")
    assert ("early October", "2040-10-11", "2041-03-12") in got
    # a month named alone keeps the reading of round 29 (the month)
    assert dates_of("The stock has climbed about 37% since October.", "2041-03-12") == [
        ("October", "2040-10-01", "2040-10-31")]


def test_what_a_move_since_a_part_of_the_calendar_leaves_alone() -> None:
    # a state with no figure began then; a comparison's yardstick; a year
    got = dates_of("The plant has been idle since mid-December.", "2041-03-12")
    assert all(end != "2041-03-12" for _, _, end in got)
    got = dates_of("Velmora shares ended the week down 1.9%, their first weekly decline since early February.",
                   "2041-03-15")
    assert got == [("the week", "2041-03-11", "2041-03-15")]
    got = dates_of("Velmora shares fell 2% on Tuesday, their biggest drop since early February.", "2041-03-12")
    assert got == [("Tuesday", "2041-03-12", "2041-03-12")]
    got = dates_of("The stock has climbed 37% since 2039.", "2041-03-12")
    assert ("2039", "2039-01-01", "2041-03-12") not in got and all(start != "2040-01-01" for _, start, _ in got)
