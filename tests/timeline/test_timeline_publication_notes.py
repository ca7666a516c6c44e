"""A note on the article itself (where or when it first ran, was recorded or edited, the time of its prices) dates
no event of the story: the timeline drew "This article first appeared in ..." and "Interview records" as events."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def test_a_note_on_the_article_itself_is_no_event() -> None:
    for note in ("[Translated from Danish. This article first appeared in the Vessel Post on 14.11.2029.]",
                 "(This story was originally published by Harbour Wire on November 20, 2029.)",
                 "Original version published on 13/11/2029.",
                 "Interview recorded on Tuesday, 19 November 2029.",
                 "Data: Prices as of 4:00 PM EST on Wednesday."):
        text = f"{note}\nKeel Lines shares fell 4% on Monday."
        # (round 39: a copy is read on the day its note names, so the Monday of a text first run on Wednesday the
        # 14th is the 12th: tests/timeline/test_timeline_dates44.py)
        monday = "2029-11-12" if "14.11.2029" in note else "2029-11-19"
        assert dates_of(text, "2029-11-21") == [("Monday", monday, monday)], note


def test_a_sentence_of_the_story_that_starts_alike_stays() -> None:
    # a report the story is about, published on a day: an event
    assert dates_of("The report published Tuesday showed losses at Keel Lines.", "2029-11-21") == [
        ("Tuesday", "2029-11-20", "2029-11-20")]
