"""Round 52 (timeline52), live blogs: an entry's short headline dates the sentence after it too ("No sign of
contagion. A spokesperson said ..."), but not after a question (background follows); an entry reporting a statement
about a coming day is two events, the statement on the entry's day and the plan on its day. Every sentence, outlet and
name is invented."""

from __future__ import annotations

from tests.timeline.test_timeline_dates50 import rows

BLOG = "Live: Tarn Freight outage, day two\n\nAll times CET. Wednesday, June 12, 2041.\n\n"


def _sentences(text: str, published: str) -> list[tuple[str, str, str]]:
    """(sentence, date_start, date_end) of every timeline row of one article."""
    from analysis.timeline.events import timeline_mentions
    from tests.timeline.test_timeline_dates50 import _corpus

    got = timeline_mentions(_corpus(text, published))
    return sorted((r.sentence, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


def test_the_sentence_after_an_entry_headline_is_the_entry_day_news() -> None:
    text = BLOG + ("09:10 CET - Quiet on the docks. The harbour master of Valdmere said berths had been idle since "
                   "dawn.\n\n11:40 CET - Shares slide. Tarn Freight is down 4.2% in Oslo.\n")
    got = _sentences(text, "2041-06-12")
    assert ("The harbour master of Valdmere said berths had been idle since dawn.", "2041-06-12", "2041-06-12") in got


def test_after_a_question_headline_the_background_is_not_the_entry_day() -> None:
    text = BLOG + ("10:15 CET - Who is Ilse Marr? The new chief spent 20 years at Orrin Rail and has sat on Tarn's "
                   "board since 2036.\n\n11:40 CET - Shares slide. Tarn Freight is down 4.2% in Oslo.\n")
    got = _sentences(text, "2041-06-12")
    background = [g for g in got if g[0].startswith("The new chief")]
    assert background == [("The new chief spent 20 years at Orrin Rail and has sat on Tarn's board since 2036.",
                           "2036-01-01", "2036-12-31")]


def test_a_statement_about_a_coming_day_is_dated_on_the_entry_day_and_that_day() -> None:
    text = BLOG + ("10:40 CET - Insurer statement. Pellham Re, the lead insurer, says it will update the market on "
                   "its exposure no later than Monday.\n\n11:40 CET - Shares slide. Tarn Freight is down 4.2% in Oslo.\n")
    got = rows(text, "2041-06-12")
    assert ("10:40 CET", "2041-06-12", "2041-06-12") in got
    assert ("Monday", "2041-06-17", "2041-06-17") in got


def test_a_plan_in_an_entry_without_a_statement_keeps_its_own_day_only() -> None:
    text = BLOG + ("10:40 CET - Insurer update. Pellham Re will update the market on its exposure no later than "
                   "Monday.\n\n11:40 CET - Shares slide. Tarn Freight is down 4.2% in Oslo.\n")
    got = rows(text, "2041-06-12")
    assert ("10:40 CET", "2041-06-12", "2041-06-12") not in got
    assert ("Monday", "2041-06-17", "2041-06-17") in got
