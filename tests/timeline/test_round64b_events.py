"""Round 64, second pass (timeline, dated events): a count from the sentence's own day to another event. One test per
rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market.moves import extract_moves
from analysis.timeline.dated.tense import _no_break
from analysis.timeline.events import timeline_mentions


def _rows(title: str, body: str, published: str) -> list[tuple[str, str, str]]:
    """(sentence, date_start, date_end) of every timeline row of one article with headline ``title``."""
    raw = RawArticle(file="one.txt", text=f"{title}\n\n{body}", outlet="One", published=published, title=title)
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    return sorted((r.sentence, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def _days(rows: list[tuple[str, str, str]], start: str) -> set[str]:
    return {d for s, d, _ in rows if s.startswith(start)}


def test_a_count_after_a_name_with_dots_is_read_from_the_sentence_day() -> None:
    # "U.K." inside the agency's name ends no sentence: the fine is three days before Saturday
    body = ("VALDMERE, Nov 16 (One Wire) - Pellham Orchards agreed on Saturday to pay a fine to the U.K. Food Standards "
            "Agency, three days after the regulator fined its rival Corran Cider.\n")
    got = _rows("Pellham Orchards settles with regulator", body, "2041-11-16")
    assert _days(got, "VALDMERE") == {"2041-11-16", "2041-11-13"}


def test_a_dot_of_a_name_is_no_sentence_end_but_a_closing_one_is() -> None:
    text = "agreed on Saturday to pay the U.S. Treasury, two days after"
    assert _no_break(text, 0, len(text))
    text = "sold its cider in the U.S. The board met two days after"
    assert not _no_break(text, 0, len(text))
    text = "said on Friday. Two days after"
    assert not _no_break(text, 0, len(text))


def test_this_decision_counts_from_the_day_of_the_sentence_before() -> None:
    body = ("Pellham Orchards shares were flat on Friday.\n\n"
            "On Nov. 12, Pellham Orchards announced it would close its Arnby plant.\n\n"
            "This decision has come one day after the regional council cut its grant to the plant.\n")
    got = _rows("Pellham Orchards after Arnby", body, "2041-11-15")
    assert _days(got, "This decision") == {"2041-11-11"}


def test_the_move_came_hours_after_is_the_report_day() -> None:
    body = ("Pellham Orchards said on Thursday it would close its cider plant at Arnby.\n\n"
            "The move came hours after Corran Cider unveiled a rival plan for the site.\n")
    got = _rows("Pellham Orchards to close Arnby plant", body, "2041-11-15")
    assert _days(got, "The move came hours") == {"2041-11-14"}


_LIVE = ("Marden Rail Live | Thursday 14 November 2041 | All times GMT\n\n"
         "09:10 GMT - The Valdmere Courier reports that finance chief Tomas Reed plans to step down.\n\n"
         "09:40 GMT - The exchange has suspended trading in Marden Rail shares, pending an announcement.\n\n"
         "10:05 GMT - Q&A. An investor asks whether the company will sell its depot.\n\n"
         "10:30 GMT - Broker notes coming in.\n\n"
         "11:00 GMT - Half-year results due at noon.\n\n"
         "11:15 GMT - The board is expected to meet later.\n")


def test_a_live_blog_entry_reporting_what_is_to_come_is_news_of_its_day() -> None:
    got = _rows("LIVE: Marden Rail chief faces investors", _LIVE, "2041-11-14")
    for start in ("09:10 GMT - The Valdmere Courier reports", "09:40 GMT - The exchange has suspended",
                  "An investor asks whether", "10:30 GMT - Broker notes coming in"):
        assert _days(got, start) == {"2041-11-14"}, start


def test_a_calendar_line_of_a_live_blog_stays_undated() -> None:
    got = _rows("LIVE: Marden Rail chief faces investors", _LIVE, "2041-11-14")
    assert not _days(got, "11:15 GMT - The board is expected")
    assert _days(got, "11:00 GMT - Half-year results due") <= {"2041-11-14"}  # (its own hour, if any: no entry day)
