"""Round 63 (timeline, tlev63): more of a report's own undated sentences are dated on its day (a commitment its
speaker announces, a count from the report's news), and an act told again word for word later keeps its first
telling's day. One test per rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions
from test_timeline_round60 import _rows

_LEAD = ("VALDMERE, Nov 14 (One Wire) - Shares in Brisk Cider Plc fell 11% on Thursday after the cider maker said a "
         "wet harvest would cut its profit. ")


def _report_rows(*sentences: str) -> list[tuple[str, str, str]]:
    # published on Thursday 2041-11-14: a report of its own day; the rows of the last sentence
    body = _LEAD + " ".join(sentences) + "\n"
    return [r for r in _rows("Brisk Cider warns on profit", body, "2041-11-14") if r[0] == sentences[-1]]


def test_a_commitment_its_speaker_announces_is_an_act_of_the_report_day() -> None:
    for sentence in ("Alder Airways, which flies 30 of the jets, said it would ground them.",
                     "A Keel spokeswoman said the firm would \"cooperate fully\".",
                     "Regional minister Tomas Reed said the government would fund the receiver.",
                     "Valdmere's attorney general, Ada Lind, said her office would investigate."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    for sentence in ("Analysts said they would watch the dividend.",  # a view's subject
                     "Alder Airways said the grounding would affect 1,000 passengers a day.",  # a view of what follows
                     "Alder Airways said it would be difficult to keep flying.",  # a state
                     "Alder Airways has said it would ground them.",  # a perfect: no act of the day
                     "It said it would ground them.",  # no named subject
                     "Alder Airways said last year it would ground them."):  # a date of its own
        assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence), sentence
    # a look back (the lead tells of a day weeks before the publication date): no act of the report's day
    sentence = "Alder Airways said it would ground them."
    body = ("Shares in Brisk Cider Plc fell 11% on Oct. 3 after the cider maker said a wet harvest would cut its "
            "profit. " + sentence + "\n")
    assert not any(r[0] == sentence for r in _rows("Brisk Cider warns on profit", body, "2041-11-14"))


def test_a_count_from_the_report_news_dates_the_event_before_it() -> None:
    # published on Thursday 2041-11-14, a report of its own day; a day named in between (Sept. 2) is not the news's
    between = "The harvest began on Sept. 2, two weeks late."
    for sentence, day in (("The warning came a day after the growers' council said it would investigate the harvest.",
                           "2041-11-13"),
                          ("Its collapse came two days after it announced the share sale.", "2041-11-12"),
                          ("The announcement, billed as a rescue plan, came a week after the regulator shut Pellham "
                           "Bank.", "2041-11-07")):
        assert _report_rows(between, sentence) == [(sentence, day, day)], sentence
    # the subject's own date is the count's start, as the tagger reads it: not the report's day
    sentence = "The Nov. 5 announcement came a day after the vote."
    assert (sentence, "2041-11-13", "2041-11-13") not in _report_rows(between, sentence)


def _story(*articles: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    """(file, sentence, date_start) of every timeline row of a corpus of (file, text, published)."""
    corpus = build_corpus([(RawArticle(file=f, text=t, outlet=f, published=p), {"published_earliest": ""}, "corpus")
                           for f, t, p in articles])
    return sorted((r.file, r.sentence, r.date_start.isoformat()) for r in timeline_mentions(corpus).itertuples())


def test_an_act_told_again_word_for_word_later_keeps_the_day_of_its_first_telling() -> None:
    act = "Alder Airways, which flies 30 of the jets, said it would ground them at once."
    first = ("a.txt", "Brisk Cider warns\n\n" + _LEAD + act + "\n", "2041-11-14")
    later = ("b.txt", "Orchards roundup\n\nNov 18 (Two Wire) - Pellham Orchards shares rose 3% on Monday after it won "
                      "a contract. " + act + "\n", "2041-11-18")
    got = _story(first, later)
    assert ("a.txt", act, "2041-11-14") in got and ("b.txt", act, "2041-11-14") in got
    assert ("b.txt", act, "2041-11-18") not in got
    # a short sentence is no telling of its own ("The board said it would wait." recurs by chance): each its day
    act = "The board said it would wait."
    got = _story(("a.txt", "Brisk Cider warns\n\n" + _LEAD + act + "\n", "2041-11-14"),
                 ("b.txt", "Orchards roundup\n\nNov 18 (Two Wire) - Pellham Orchards shares rose 3% on Monday after it "
                           "won a contract. " + act + "\n", "2041-11-18"))
    assert ("b.txt", act, "2041-11-18") in got
