"""Dated events, round 38 (tl42): a move over the article's week or month beside an earlier day of its sentence (the
cause or another span's start) is that period's own event; a move "since the <event>" that only the story's other
articles date runs from that day. One test per rule, each with what it must leave alone.
Every sentence is invented (fictional companies, people and places)."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions
from tests.timeline.test_timeline_dated import dates_of


def story_dates(articles: list[tuple[str, str]]) -> dict[str, list[tuple[str, str, str]]]:
    """(expression, date_start, date_end) of every timeline row of each article of one story, by file."""
    raws = [(RawArticle(file=f"a{i}.txt", text=text, outlet=f"Outlet {i}", published=day), {"published_earliest": ""},
             "corpus") for i, (text, day) in enumerate(articles)]
    got = timeline_mentions(build_corpus(raws))
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in got.itertuples():
        out.setdefault(r.file, []).append((r.expression, r.date_start.isoformat(), r.date_end.isoformat()))
    return {k: sorted(v) for k, v in out.items()}


def test_a_move_over_the_week_is_kept_beside_an_earlier_day_of_its_sentence() -> None:
    got = dates_of("Corvane Mills added 3.1% for the week, helped by insurers who confirmed that the fire of May 2 is "
                   "covered.", "2031-05-16")
    assert got == [("May 2", "2031-05-02", "2031-05-02"), ("the week", "2031-05-12", "2031-05-16")]
    got = dates_of("Tallis Freight rose 5.4% this week as traders bet that the port dispute that began on April 28 is "
                   "ending.", "2031-05-16")
    assert got == [("April 28", "2031-04-28", "2031-04-28"), ("this week", "2031-05-12", "2031-05-16")]
    # left alone: a week holding the sentence's day, and the period a release of data covers (the release comes after)
    got = dates_of("Tallis Freight gained 5.4% this week after the company said on Tuesday that its ships were sailing again.",
                   "2031-05-16")
    assert got == [("Tuesday", "2031-05-13", "2031-05-13")]
    got = dates_of("Import prices rose 0.6% in April, the statistics office said on May 14.", "2031-05-16")
    assert got == [("May 14", "2031-05-14", "2031-05-14")]
    # left alone: a week the tagger reads from another date of the text ("the week after" Friday, in a Monday article)
    got = dates_of("Fennick Retail, which reported on Friday, added 1.7% for the week after lifting its forecast.", "2031-11-17")
    assert got == [("Friday", "2031-11-14", "2031-11-14")]


def test_a_move_since_the_story_s_event_runs_from_the_day_other_articles_give_it() -> None:
    first = ("Dock workers at Port Aske began a strike on Tuesday over a pay offer.", "2031-03-04")
    got = story_dates([first, ("Aske Logistics shares have fallen 9% since the strike, and its bonds slid too.", "2031-03-10")])
    assert got["a1.txt"] == [("since the strike", "2031-03-04", "2031-03-10")]
    # left alone: no other article dates the event; a comparison's yardstick; an event more than a month earlier
    got = story_dates([("Aske Logistics shares have fallen 9% since the strike, and its bonds slid too.", "2031-03-10")])
    assert got == {}
    got = story_dates([first, ("Aske Logistics shares fell 6% on Monday, their steepest drop since the strike.", "2031-03-10")])
    assert got["a1.txt"] == [("Monday", "2031-03-10", "2031-03-10")]
    got = story_dates([first, ("Aske Logistics shares have fallen 9% since the strike, and its bonds slid too.", "2031-05-10")])
    assert "a1.txt" not in got


def test_a_move_since_the_event_was_told_spans_from_the_event_s_day() -> None:
    got = dates_of("Fennick Analytics put out its short-seller note on Tuesday. Osler Group shares are down 4.5% since the "
                   "note was released.", "2031-10-20")
    assert got == [("Tuesday", "2031-10-14", "2031-10-14"), ("since the note was released", "2031-10-14", "2031-10-20")]
    # left alone: a state since the event (no figure of change), an event whose own date follows it, and one only
    # other articles date (a noun with a verb after it may be one the story uses for several events)
    first = ("Harwick Brewing made a takeover bid for Lenbury Ales on Monday, valuing it at 9 billion euros.", "2031-05-12")
    got = story_dates([first, ("Harwick shares have lost 6% since the bid was announced.", "2031-05-20")])
    assert "a1.txt" not in got
    assert dates_of("Fennick Analytics put out its short-seller note on Tuesday. Osler Group has been quiet since the note "
                    "was released.", "2031-10-20") == [("Tuesday", "2031-10-14", "2031-10-14")]
    got = dates_of("Fennick Analytics put out its short-seller note on Tuesday. Osler is down 4.5% since the note was "
                   "released on Friday.", "2031-10-20")
    assert ("Friday", "2031-10-17", "2031-10-17") in got and len(got) == 2


def _with_moves(text: str, published: str) -> list[tuple[str, str]]:
    """(expression, date_start) of every timeline row of one article, its share moves read too."""
    from analysis.market.moves import extract_moves

    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    return sorted((r.expression, r.date_start.isoformat()) for r in got.itertuples())


def test_a_move_told_in_a_later_sentence_of_a_stamped_entry_is_on_the_entry_s_day() -> None:
    text = ("Airlines live\n\n11:40 CET – Tarnwell Air is the day's worst performer. Its biggest rival closed down 8.4%, "
            "its worst day since 2019.\n09:05 CET – Brisco Foods opens 3.1% higher.\n")
    assert ("8.4% (the entry's day)", "2031-07-15") in _with_moves(text, "2031-07-15")
    # left alone: a forecast in the entry, and the same sentence outside a stamped entry
    text = ("Airlines live\n\n11:40 CET – Tarnwell Air is the day's worst performer. Analysts say rival carriers could "
            "fall 2.7% more.\n09:05 CET – Brisco Foods opens 3.1% higher.\n")
    assert not any("entry's day" in x for x, _ in _with_moves(text, "2031-07-15"))
    text = "Tarnwell Air is the day's worst performer. Its biggest rival closed down 8.4%, its worst day since 2019."
    assert not any("entry's day" in x for x, _ in _with_moves(text, "2031-07-15"))
