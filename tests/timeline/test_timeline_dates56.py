"""Round 44 (timeline, dates56): a count of days before another event ("a day after the levy announcement") that the
tagger read from an earlier sentence's day to a day after the article's, in a told main clause, is read from the
main clause's own day (a move told with no day of its own is the article's session) or dates nothing. One test per
rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import HEAD, rows, with_moves


def test_a_count_after_an_event_told_in_a_move_is_read_from_the_article_s_session() -> None:
    # published on Wednesday 2041-11-13: the earlier sentence's Wednesday gave the tagger Thursday; the index's rise
    # is the article's session, so the levy announcement came on Tuesday
    text = (HEAD + "Valdmere shares were mixed on Wednesday after the council announced a levy on cider.\n"
                   "Brisk Cider fell 3.2%, its steepest drop in five months, while Keel Foods lost 1.4%.\n"
                   "In Ostrava, the Orchard 40 index rose 0.3% as bargain hunters returned a day after the levy "
                   "announcement.\n")
    got = with_moves(text, "2041-11-13")
    assert ("a day after", "2041-11-12", "2041-11-12") in got
    assert not any(e == "a day after" and start == "2041-11-14" for e, start, _ in got)


def test_a_count_after_an_event_in_a_told_clause_never_lands_after_the_article() -> None:
    # published on Wednesday 2041-11-13: a plan's day (November 30) an earlier sentence names is no day to count a
    # past statement from; with "this year" in the sentence no day of its own is read either
    text = (HEAD + "The cuts were disclosed in a filing on Tuesday. Layoffs will be completed by November 30, the "
                   "filing said.\nThe job cuts come a day after Pellham Orchards said it would sell 400 of its trucks "
                   "this year.\n")
    got = rows(text, "2041-11-13")
    assert not any(e == "a day after" for e, _, _ in got)
    assert ("Tuesday", "2041-11-12", "2041-11-12") in got


def test_a_planned_count_after_an_event_keeps_the_tagger_s_day() -> None:
    # left alone: a plan ("will reopen a day after the inspection") may lie after the article's day, and a count after
    # a day of its own sentence ("fell on Tuesday, a day after the recall")
    text = (HEAD + "Inspectors will visit the Pellham Orchards press on November 20.\nThe press will reopen a day after "
                   "the inspection, the company said.\n")
    got = rows(text, "2041-11-13")
    assert ("November 20", "2041-11-20", "2041-11-20") in got
    got = rows(HEAD + "Keel Foods shares fell on Tuesday, a day after the recall.\n", "2041-11-13")
    assert ("a day after", "2041-11-11", "2041-11-11") in got


def test_a_past_year_closing_a_participle_aside_dates_it_under_a_future_main_clause() -> None:
    got = rows(HEAD + "Keel Foods' juice unit, set up in 2036, will be folded into Pellham Orchards next spring, "
                      "according to an internal memo.\n", "2041-11-13")
    assert ("2036", "2036-01-01", "2036-12-31") in got
    got = rows(HEAD + "The Brisk Cider press, built in 2029, will close in March.\n", "2041-11-13")
    assert ("2029", "2029-01-01", "2029-12-31") in got


def test_a_past_year_with_no_aside_under_a_future_main_clause_stays_out() -> None:
    # left alone: a past year in the future clause itself (a garbled year), with no aside around it
    assert rows(HEAD + "In 2029, Keel Foods will open two presses.\n", "2041-11-13") == []
    assert rows(HEAD + "Keel Foods, the juice maker, will open two presses in 2029.\n", "2041-11-13") == []
