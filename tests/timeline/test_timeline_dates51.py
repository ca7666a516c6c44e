"""Round 43 (timeline, dates51): a sentence opened by "<N> days after <event>," dates that event N days before the
day its main clause names ("Five days after the debut, she spoke to us on Wednesday"), as it already did from the
article's day for a main clause in the present; a move told "on the day <something happened>" has no session the
article's day gives; a day told after another move's figure as a noun ("erasing most of the 5% gain they posted on
Tuesday") is that move's session, not a date that makes the sentence's other move a plan or a past. One test per rule, each with what it must leave alone. Every sentence, outlet and name is
invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_an_opening_n_days_after_is_counted_back_from_the_main_clause_day() -> None:
    # published on Friday 2041-11-15; Wednesday is 2041-11-13, so the recall came two days before it
    got = rows(HEAD + "Two days after announcing the recall, the chief executive of Pellham Orchards sat down with us "
                      "in Valdmere on Wednesday.\n", "2041-11-15")
    assert ("Two days after", "2041-11-11", "2041-11-11") in got
    assert ("Wednesday", "2041-11-13", "2041-11-13") in got
    got = rows(HEAD + "One week after the storm reached the coast, the cider co-operative closed its last press on "
                      "Thursday.\n", "2041-11-15")
    assert ("One week after", "2041-11-07", "2041-11-07") in got


def test_an_opening_n_days_after_with_a_long_subject_in_the_present_is_counted_from_the_article() -> None:
    # a subject of seven words before the present verb
    got = rows(HEAD + "Ten days after the river first flooded the valley, the full cost to the region's cider makers "
                      "is only now becoming clear.\n", "2041-11-15")
    assert got == [("Ten days after", "2041-11-05", "2041-11-05")]


def test_an_opening_n_days_after_without_one_past_day_is_left_alone() -> None:
    # a main clause in the past with no day, one with a coming day, and one with two days: nothing to count from
    assert rows(HEAD + "The day after the vote, the orchard's chairman resigned.\n", "2041-11-15") == []
    got = rows(HEAD + "Two days after the vote, Pellham Orchards will report its results on Tuesday.\n", "2041-11-15")
    assert got == [("Tuesday", "2041-11-19", "2041-11-19")]
    got = rows(HEAD + "Three days after the frost, the growers met on Monday and again on Wednesday.\n", "2041-11-15")
    assert sorted(e for e, _, _ in got) == ["Monday", "Wednesday"]


def test_a_move_on_the_day_a_clause_tells_of_has_no_session_of_the_article() -> None:
    # published on Thursday 2041-11-14: the survey's day is not the article's, and no date of the sentence gives it
    got = with_moves(HEAD + "The orchard survey was published on Monday. Pellham Orchards shares, which fell 4.1% on the "
                            "day the survey came out, have since recovered.\n", "2041-11-14")
    assert [e for e, _, _ in got if "share move" in e] == []
    got = with_moves(HEAD + "Harvest figures came out on Monday. \"Our share price fell 9% on the day we announced, and I "
                            "understand why,\" the chairman of Brisk Cider said.\n", "2041-11-14")
    assert [e for e, _, _ in got if "share move" in e] == []


def test_a_move_on_the_day_alone_keeps_its_session() -> None:
    # "on the day" with no clause after it is the session itself
    got = with_moves(HEAD + "Harvest figures came out on Thursday. Brisk Cider was down 2.2% on the day, the heaviest "
                            "faller in Valdmere.\n", "2041-11-14")
    assert ("2.2% (share move)", "2041-11-14", "2041-11-14") in got


def test_a_day_of_another_moves_figure_told_as_a_noun_does_not_date_the_move() -> None:
    # published on Friday 2041-11-15: Tuesday is the session of the 5% gain only; the 3.6% drop is not dropped for it
    got = with_moves(HEAD + "Brisk Cider shares fell 9.4 per cent on Friday after a short seller's report. In Valdmere, "
                            "Keel Foods shares dropped 3.6 per cent, erasing most of the 5 per cent gain they posted on "
                            "Tuesday.\n", "2041-11-15")
    assert ("3.6% (share move)", "2041-11-15", "2041-11-15") in got
    assert ("5% (share move)", "2041-11-12", "2041-11-12") in got


def test_a_day_of_the_moves_own_figure_still_dates_it() -> None:
    # left alone: the day right after the move's own figure ("dropped 3.6 per cent on Tuesday") is its session
    got = with_moves(HEAD + "Keel Foods shares dropped 3.6 per cent on Tuesday, after a 5 per cent gain on Monday.\n",
                     "2041-11-15")
    # (round 62: the move and the sentence's own row of that day are one event, told by the sentence's row)
    assert ("Tuesday", "2041-11-12", "2041-11-12") in got
    assert not any(e == "3.6% (share move)" and a != "2041-11-12" for e, a, _ in got)
    assert ("5% (share move)", "2041-11-11", "2041-11-11") in got
