"""Round 14 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

from tests.test_timeline_dated import dates_of


def _sentences_of(text: str, published: str) -> list[tuple[str, str]]:
    """(date_start, sentence) of every timeline row of one article."""
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle
    from analysis.timeline.events import timeline_mentions

    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    return sorted((r.date_start.isoformat(), r.sentence) for r in got.itertuples())


def test_a_live_blog_entry_opened_by_a_kicker_dates_its_next_sentence() -> None:
    text = ("Rates live: the Varn central bank decides\n\n"
            "13:45\n"
            "The council is still meeting in Kessel and no decision has come.\n\n"
            "15:02\n"
            "BREAKING. The Varn central bank has raised its main rate by a quarter point. The krona jumps.\n\n"
            "16:40\n"
            "Good evening. We will be back on Friday with the minutes.\n\n"
            "17:10\n"
            "Thanks.\n")
    got = _sentences_of(text, "2026-05-13")
    assert ("2026-05-13", "The Varn central bank has raised its main rate by a quarter point.") in got
    assert all(s != "BREAKING." for _, s in got)
    # the next sentence is a plan (a cue of what is to come): no news of the day; a lone kicker tells nothing
    assert all("We will be back" not in s or d != "2026-05-13" for d, s in got)
    assert all(s != "Thanks." for _, s in got)
