"""Round 25: dated events of the twenty-fourth corpus's misses, read as general constructions. Invented sentences."""

from __future__ import annotations

from datetime import date

from tests.timeline.test_timeline_dated import dates_of


def test_a_week_before_a_coming_day_dates_the_telling_of_the_plan() -> None:
    got = dates_of("Varnholt Systems said last week that it would not file its annual report by Wednesday's deadline.",
                   "2031-03-11")
    assert got == [("Wednesday", "2031-03-12", "2031-03-12"), ("last week", "2031-03-03", "2031-03-07")]
    got = dates_of("Pellacor said last week that the smelter would restart on Friday.", "2031-03-11")
    assert got == [("Friday", "2031-03-14", "2031-03-14"), ("last week", "2031-03-03", "2031-03-07")]
    # an earlier week beside a past day dates its own event too (round 46; a back-reference before)
    assert dates_of("Drummoch shares crashed on Monday as the fallout from the recall last week spread.",
                    "2031-03-11") == [("Monday", "2031-03-10", "2031-03-10"), ("last week", "2031-03-03", "2031-03-07")]


def test_the_number_of_an_index_name_is_no_year() -> None:
    got = dates_of("The Russell 2000 index of smaller companies fell 4.40 points, or 0.2%, to 2,488.02 on Thursday.",
                   "2031-03-14")
    assert got == [("Thursday", "2031-03-13", "2031-03-13")]
    assert dates_of("The Russell 2000 climbed 0.9% over the week.", "2031-03-14") == [
        ("the week", "2031-03-10", "2031-03-14")]
    # left alone: a year after a name that is no index's
    assert dates_of("Brennock Mills shut its last loom in 2000, when demand collapsed.", "2031-03-14") == [
        ("2000", "2000-01-01", "2000-12-31")]


def test_a_monday_articles_week_move_is_the_week_just_ended() -> None:
    # 2031-03-10 is a Monday, 2031-03-13 a Thursday
    got = dates_of("Shares of Ostrava Lines ended the week up 3.9%.", "2031-03-10")
    assert got == [("the week", "2031-03-03", "2031-03-07")]
    assert dates_of("Ostrava Lines gained 2.4% for the week.", "2031-03-10") == [("the week", "2031-03-03", "2031-03-07")]
    # left alone: later in the week, the article's own week so far
    assert dates_of("Ostrava Lines gained 2.4% for the week.", "2031-03-13") == [("the week", "2031-03-10", "2031-03-13")]


def test_a_day_in_the_possessive_that_is_another_moves_session_leaves_the_guessed_move_alone() -> None:
    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    sentences = ["Shares of Brellow Optics slid 4.2%, extending Monday's 3.6% drop.",
                 "Brellow Optics slid 4.2% after Monday's profit warning."]
    moves = pd.DataFrame({"doc_id": ["d"] * 3, "sent_id": [1, 1, 2],
                          "session_date": pd.to_datetime(["2031-03-13", "2031-03-10", "2031-03-13"]),
                          "session_basis": ["article", "sentence", "article"], "sentence": [sentences[0]] * 2 + [sentences[1]]})
    dated = pd.DataFrame({
        "doc_id": ["d", "d"], "sent_id": [1, 2], "date_start": [date(2031, 3, 10)] * 2, "date_end": [date(2031, 3, 10)] * 2,
        "expression": ["Monday", "Monday"], "basis": ["relative to the publication date"] * 2, "sentence": sentences,
    })
    got = placed_moves(moves, dated)
    # Monday is the 3.6% drop's session: the 4.2% slide keeps the article's; a day of another event still contradicts it
    assert list(zip(got["sent_id"], [d.date() for d in got["session_date"]])) == [
        (1, date(2031, 3, 13)), (1, date(2031, 3, 10))]


def test_a_move_in_a_when_clause_after_a_day_is_on_that_day() -> None:
    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    sentences = ["It was the stock's biggest one-day rise since June 7, when it gained 9.6 percent on news of a stake.",
                 "Harlow Kiln rose 9.6 percent, its biggest gain since June 7, when its rival said it would exit."]
    moves = pd.DataFrame({"doc_id": ["d"] * 2, "sent_id": [1, 2], "pct": [9.6, 9.6],
                          "session_date": pd.to_datetime(["2031-06-13", "2031-06-13"]),
                          "session_basis": ["article", "article"], "sentence": sentences})
    dated = pd.DataFrame({
        "doc_id": ["d", "d"], "sent_id": [1, 2], "date_start": [date(2031, 6, 7)] * 2, "date_end": [date(2031, 6, 7)] * 2,
        "expression": ["June 7", "June 7"], "basis": ["stated in the text"] * 2, "sentence": sentences,
    })
    got = placed_moves(moves, dated)
    # the first move is told in the clause of June 7; the second is the article's, June 7 the yardstick's event
    assert [d.date() for d in got["session_date"]] == [date(2031, 6, 7), date(2031, 6, 13)]


def test_a_weekday_of_a_past_perfect_is_before_the_day_of_the_simple_past() -> None:
    # 2031-03-11 is a Tuesday, 2031-03-14 a Friday
    got = dates_of("Brandmoor Securities analyst Tilde Okafor, who had defended the stock on Tuesday, downgraded it to "
                   "hold on Thursday.", "2031-03-11")
    assert got == [("Thursday", "2031-03-06", "2031-03-06"), ("Tuesday", "2031-03-04", "2031-03-04")]
    got = dates_of("Okafor downgraded the stock on Thursday after she had met its managers on Friday.", "2031-03-14")
    assert got == [("Friday", "2031-03-07", "2031-03-07"), ("Thursday", "2031-03-13", "2031-03-13")]
    # left alone: a past perfect already before the other day
    got = dates_of("Tilde Okafor, who had visited the plant on Monday, said on Tuesday that it would close.", "2031-03-11")
    assert got == [("Monday", "2031-03-10", "2031-03-10"), ("Tuesday", "2031-03-11", "2031-03-11")]
    # nor when the other day is of a clause of an earlier event
    got = dates_of("Protesters had gathered on Wednesday morning, chanting after the union of Lorrick Docks failed to reach "
                   "a contract on Friday.", "2031-03-12")
    assert got == [("Friday", "2031-03-07", "2031-03-07"), ("Wednesday morning", "2031-03-12", "2031-03-12")]


def test_a_past_span_between_two_weekdays_ends_no_later_than_the_article() -> None:
    # 2031-03-10 is a Monday: the tagger reads "Wednesday" as a coming day (the clause's "would") and "Monday" as today
    got = dates_of("Between Monday evening, when Dorrance Motor said it would delay its hydrogen trucks, and Wednesday's "
                   "close, Keswin Materials' shares lost 26 percent.", "2031-03-10")
    assert got == [("Monday evening", "2031-03-03", "2031-03-03"), ("Wednesday", "2031-03-05", "2031-03-05")]
    # left alone: the same span told later in the week, already in the past
    got = dates_of("Between Monday evening, when Dorrance Motor said it would delay its hydrogen trucks, and Wednesday's "
                   "close, Keswin Materials' shares lost 26 percent.", "2031-03-14")
    assert got == [("Monday evening", "2031-03-10", "2031-03-10"), ("Wednesday", "2031-03-12", "2031-03-12")]
    # nor a span whose clause is not told in the past
    got = dates_of("Between Monday evening and Wednesday's close, Keswin Materials' shares could lose a tenth of their "
                   "value.", "2031-03-10")
    assert got == [("Monday evening", "2031-03-10", "2031-03-10"), ("Wednesday", "2031-03-12", "2031-03-12")]


def test_a_date_weeks_after_a_guessed_session_is_a_plan_that_does_not_contradict_it() -> None:
    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    sentences = ["Sterling was up 0.2 per cent as traders pared bets on a Bank of Arland rate cut in November.",
                 # (round 39: "its first rise since September" is a comparison's yardstick, like "its biggest rise
                 # since September", and leaves the session alone; a month the move is told in still contradicts it)
                 "Hollick Water gained 1.4 per cent in September."]
    moves = pd.DataFrame({"doc_id": ["d"] * 2, "sent_id": [1, 2],
                          "session_date": pd.to_datetime(["2031-10-07", "2031-10-07"]),
                          "session_basis": ["article", "article"], "sentence": sentences})
    dated = pd.DataFrame({
        "doc_id": ["d", "d"], "sent_id": [1, 2], "date_start": [date(2031, 11, 1), date(2031, 9, 1)],
        "date_end": [date(2031, 11, 30), date(2031, 9, 30)], "expression": ["November", "September"],
        "basis": ["relative to the publication date"] * 2, "sentence": sentences,
    })
    # the coming month is a plan beside the move; an earlier month still contradicts the guess
    assert placed_moves(moves, dated)["sent_id"].tolist() == [1]


def test_a_move_of_the_day_stays_beside_the_week_of_another_figure_of_its_sentence() -> None:
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle
    from analysis.market.moves import extract_moves
    from analysis.timeline.events import timeline_mentions

    def rows(text: str) -> list[tuple[str, str, str]]:
        raw = RawArticle(file="one.txt", text=text, outlet="One", published="2031-03-14")
        corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
        got = timeline_mentions(corpus, moves=extract_moves(corpus))
        return sorted((r.expression, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())

    # 2031-03-14 is a Friday: the day's 0.5% is a move of the session, the week's 1.4% spans the week
    got = rows("The Tessaly Composite rose 0.5% on the day and 1.4% for the week.")
    assert ("0.5% (share move)", "2031-03-14", "2031-03-14") in got
    # left alone: a move told with its own day is one mark
    got = rows("The Tessaly Composite rose 0.5% on Friday.")
    assert [r for r in got if r[0].endswith("(share move)")] == []


def test_a_date_of_a_level_in_the_possessive_does_not_contradict_a_guessed_session() -> None:
    import pandas as pd

    from analysis.timeline.sessions import placed_moves

    sentences = ["Miners Quarrel Mining and Castor Copper fell 2.1 per cent and 1.7 per cent, respectively, as copper "
                 "prices retreated from last week's two-year high.",
                 "Quarrel Mining fell 2.1 per cent after last week's profit warning."]
    moves = pd.DataFrame({"doc_id": ["d"] * 3, "sent_id": [1, 1, 2],
                          "session_date": pd.to_datetime(["2031-10-07"] * 3),
                          "session_basis": ["article"] * 3, "sentence": [sentences[0]] * 2 + [sentences[1]]})
    dated = pd.DataFrame({
        "doc_id": ["d", "d"], "sent_id": [1, 2], "date_start": [date(2031, 9, 29)] * 2,
        "date_end": [date(2031, 10, 3)] * 2, "expression": ["last week", "last week"],
        "basis": ["relative to the publication date"] * 2, "sentence": sentences,
    })
    # the week of a level is no session; the week of an event in the possessive still contradicts the guess
    assert placed_moves(moves, dated)["sent_id"].tolist() == [1, 1]
