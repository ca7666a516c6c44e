"""Round 42 (timeline, dates50): the month a monthly figure is compared with ("flat in July from June", "rose 0.3%
from January") dates no event; "Since the close on <day>," opening a sentence makes its moves run from the next
session to the article's day, not on the close's day. One test per rule, each with what it must leave alone. Every
sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions

HEAD = "Orchard prices steady in Valdmere\n\n"


def _corpus(text: str, published: str):  # type: ignore[no-untyped-def]
    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    return build_corpus([(raw, {"published_earliest": ""}, "corpus")])


def rows(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every timeline row of one article, in order."""
    got = timeline_mentions(_corpus(text, published))
    return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def with_moves(text: str, published: str) -> list[tuple[str, str, str]]:
    """The same rows with the article's share moves read too."""
    from analysis.market.moves import extract_moves

    corpus = _corpus(text, published)
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_the_month_a_monthly_figure_is_compared_with_is_no_event() -> None:
    got = rows(HEAD + "Fruit prices in Valdmere were flat in October from September, the statistics office said "
                      "on Tuesday.\n", "2041-11-14")
    assert ("September", "2041-09-01", "2041-09-30") not in got
    assert ("October", "2041-10-01", "2041-10-31") in got
    got = rows(HEAD + "October apple prices rose 1.2% from September and 4.4% from a year earlier, the office said "
                      "on Tuesday.\n", "2041-11-14")
    assert ("September", "2041-09-01", "2041-09-30") not in got
    assert ("Tuesday", "2041-11-12", "2041-11-12") in got


def test_a_month_from_which_a_span_runs_stays() -> None:
    # left alone: a figure and its place between the change and "from" ("rose 6% in Valdmere from March, when ...":
    # a span from the month a "when" clause dates), and a state from a month with no figure
    got = rows(HEAD + "Prices rose 6% in Valdmere from March, when the frost hit, the council said.\n", "2041-11-14")
    assert ("March", "2041-03-01", "2041-03-31") in got
    got = rows(HEAD + "The orchard was closed to visitors from March, when the blight was found.\n", "2041-11-14")
    assert ("March", "2041-03-01", "2041-03-31") in got


def test_moves_since_a_close_opening_the_sentence_run_from_the_next_session() -> None:
    # published on Thursday 2041-11-14; Friday 2041-11-08's close: the moves run from Monday to the article's day
    text = (HEAD + "Since the close on Friday, Nov. 8, Pellham Orchards and Brisk Cider have lost 12.4% and 9.5%, "
                   "respectively.\n")
    assert ("Friday, Nov. 8", "2041-11-11", "2041-11-14") in rows(text, "2041-11-14")
    got = with_moves(text, "2041-11-14")
    assert not any(start == "2041-11-08" for _, start, _ in got)


def test_a_close_with_no_move_after_it_stays_a_day() -> None:
    # left alone: a close that opens no move (no figure after it), and a close in the middle of a sentence that is
    # no baseline ("since the close on ..." read as before)
    got = rows(HEAD + "Since the close on Friday, Nov. 8, the exchange has been shut for repairs.\n", "2041-11-14")
    assert not any(start == "2041-11-11" for _, start, _ in got)


def test_moves_since_a_day_s_close_in_a_reprint_stay_off_the_copy_s_day() -> None:
    # a copy published on Tuesday 2041-11-19 of a text first run on Thursday 2041-11-14: "Since Monday's close" runs
    # from Tuesday 2041-11-12 to the first publication; no move is placed on the copy's day
    text = ("Why the cider levy hurts the bottlers most\n\nThis article first appeared in The Orchard Ledger on "
            "14 November 2041 and is republished with permission.\nThe growers will grumble, but the bottlers may pay "
            "more.\nSince Monday's close, Pellham Orchards has fallen 8.1% and Brisk Cider 5.9%, against a 0.6% decline "
            "in the Valdmere All Shares index.\n")
    got = with_moves(text, "2041-11-19")
    assert ("Monday", "2041-11-12", "2041-11-14") in got
    assert not any(start == "2041-11-19" for _, start, _ in got)


def test_a_session_inside_the_span_of_an_opening_since_stays() -> None:
    # left alone: a move on a day inside the span the sentence opens with (no reprint)
    text = (HEAD + "Since Monday's close, Pellham Orchards has fallen 8.1%, including a 3.2% drop on Wednesday.\n")
    got = with_moves(text, "2041-11-14")
    # the sentence's row on Wednesday: its share move's (the 8.1% is the span's figure, so the move's own 3.2% is the
    # Wednesday event; until round 61 the two figures merged into one event that kept the "Wednesday" mention)
    assert [(a, b) for _, a, b in got] == [("2041-11-13", "2041-11-13")]


def test_a_coming_quarter_in_a_speaker_s_quotation_gives_way_to_the_day_of_speaking() -> None:
    # published on Thursday 2041-11-14: the statement was on Wednesday; the quarter is the outlook's period
    got = rows(HEAD + '"Juice volumes could fall by 5% to 7% in the first quarter if the frost persists," Brisk Cider '
                      'said in a statement on Wednesday.\n', "2041-11-14")
    assert got == [("Wednesday", "2041-11-13", "2041-11-13")]
    # the quotation opened in an earlier sentence: its curly closing mark shows it
    got = rows(HEAD + "“The frost has cost us a month of pressing. We will have to review the volumes planned for the "
                      "second half,” said Brisk Cider's finance chief, Ilse Marrow, on a call on Wednesday.\n", "2041-11-14")
    assert ("the second half", "2042-07-01", "2042-12-31") not in got
    assert ("Wednesday", "2041-11-13", "2041-11-13") in got


def test_a_coming_quarter_told_in_the_narration_or_a_quoted_fragment_stays() -> None:
    # left alone: a quarter in the narration, a plain plan's quarter in a quotation, one in a quoted fragment, and
    # a plan's week in a quotation (round 68: told without the day of the telling, whose sentence dates the telling
    # alone, :func:`analysis.timeline.background.coming_horizons`)
    got = rows(HEAD + "Brisk Cider said that it will open its new pressing hall in the first quarter.\n",
               "2041-11-14")
    assert ("the first quarter", "2042-01-01", "2042-03-31") in got
    got = rows(HEAD + '"We will open the new pressing hall in the first quarter," Ilse Marrow said.\n',
               "2041-11-14")
    assert ("the first quarter", "2042-01-01", "2042-03-31") in got
    got = rows(HEAD + 'Brisk Cider said it would pick a bottler "in the first quarter" of next year.\n',
               "2041-11-14")
    assert any(x == "the first quarter" for x, _, _ in got)
    got = rows(HEAD + '"The two boards will meet next week," Ilse Marrow said on Wednesday.\n', "2041-11-14")
    assert ("next week", "2041-11-18", "2041-11-22") in got


def test_today_of_a_lasting_state_beside_a_past_date_is_no_event() -> None:
    # "today" before a verb of a lasting state means nowadays: the founding year dates the sentence
    got = rows(HEAD + "Founded in 1961 as a single press in Valdmere, Brisk Cider today employs 2,300 people in four "
                      "countries.\n", "2041-11-14")
    assert got == [("1961", "1961-01-01", "1961-12-31")]


def test_today_of_an_act_or_alone_stays() -> None:
    # left alone: "today" before an act, and a lasting state with no other date in the sentence
    got = rows(HEAD + "Founded in 1961, Brisk Cider today announced the sale of its Valdmere press.\n", "2041-11-14")
    assert ("today", "2041-11-14", "2041-11-14") in got
    got = rows(HEAD + "Brisk Cider today employs 2,300 people in four countries.\n", "2041-11-14")
    assert got == [("today", "2041-11-14", "2041-11-14")]


def test_a_move_over_the_past_sessions_told_before_its_figure_runs_up_to_the_article_s_day() -> None:
    # published on Friday 2041-11-15: the last two sessions are Thursday and Friday
    got = rows(HEAD + "Over the past two sessions, Pellham Orchards has lost 7.9%, its worst run since the spring.\n",
               "2041-11-15")
    assert ("the past two sessions", "2041-11-14", "2041-11-15") in got
    got = rows(HEAD + "Brisk Cider has dropped 11.3% over two sessions.\n", "2041-11-15")
    assert any(start == "2041-11-14" and end == "2041-11-15" for _, start, end in got)


def test_sessions_with_no_figure_or_ending_on_another_day_stay_off() -> None:
    # left alone: sessions with no figure of a move, and a run told to end on another day
    got = rows(HEAD + "Over the past two sessions, traders have talked of little else.\n", "2041-11-15")
    assert not any(start == "2041-11-14" and end == "2041-11-15" for _, start, end in got)
    got = rows(HEAD + "Over the two sessions through Tuesday, Pellham Orchards lost 12%.\n", "2041-11-15")
    assert not any(end == "2041-11-15" for _, _, end in got)
