"""Round 19c: timeline rules from CheckList-style probes (invented sentences, one test per rule, with the cases each
rule must leave alone), and the probe set of ``tests/timeline/timeline_probes19.py`` as a regression test."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import asked, timeline_mentions
from analysis.timeline.merge import move_mentions, reported_label
from tests.timeline.test_timeline_dated import dates_of
from tests.timeline.test_timeline_labels import label_of
from tests.timeline.timeline_probes19 import PROBES


def test_a_trailing_attribution_is_never_the_label() -> None:
    # ", two people familiar with the matter said": the main clause is the event, whichever verb the date is on
    s = "Talks between Keel Bank and Fibrex broke down late on Friday, two people familiar with the matter said."
    assert label_of(s, "Friday") == "Talks between Keel Bank and Fibrex broke down"
    s = "Pellam Motors paused production at its Ohio plant on Tuesday, people familiar with the matter said."
    assert label_of(s, "Tuesday") == "Pellam Motors pauses production at its Ohio plant"
    s = "Dunhaven Telecom approached Fibrex in January, two people briefed on the talks said."
    assert label_of(s, "January").startswith("Dunhaven Telecom approach")
    s = "Keel Bank is weighing a sale of its insurance arm, people familiar with the matter said on Monday."
    assert label_of(s, "Monday").startswith("Keel Bank")
    s = "Lumo Air grounded its fleet on Tuesday, according to two people with knowledge of the matter."
    assert label_of(s, "Tuesday").startswith("Lumo Air grounds its fleet")
    # a sentence that opens on a quotation keeps its speaker ("..., she said")
    s = "“We will appeal,” Marta Quill said on Monday."
    assert label_of(s, "Monday").startswith("Marta Quill says")


def test_two_verb_phrases_with_their_own_dates_are_labelled_each_by_its_own() -> None:
    s = "Keel Bank was founded in 1952 and listed in 1998."
    assert label_of(s, "1952") == "Keel Bank is founded"
    assert label_of(s, "1998") == "Keel Bank is listed"
    s = "Hallgrim Mining opened the mine in 2004 and shut it in 2019."
    assert label_of(s, "2004").startswith("Hallgrim Mining opens the mine")
    assert label_of(s, "2019") == "Hallgrim Mining shuts it"
    s = "The company was founded in 1987 and went public in 2006."
    assert label_of(s, "1987") == "The company is founded"
    assert label_of(s, "2006") == "The company goes public"
    # one date, or "and" joining two nouns: the sentence whole
    s = "Keel Bank cut 200 jobs and closed two branches in 2029."
    assert label_of(s, "2029").startswith("Keel Bank")
    s = "Sales rose in 2028 and profits in 2029."
    assert "2028" not in label_of(s, "2029")
    # words in quotation marks: not narrowed (the speaker's words)
    s = "“We cut prices in May and raised them in June,” Quill said."
    assert "Quill" in label_of(s, "June")


def test_a_question_tells_no_event() -> None:
    assert dates_of("Q: What did the board decide on Tuesday?\n\nA: The board voted to sell the arm.", "2031-03-12") == []
    assert dates_of("Will Lumo Air resume flights to Oslo in May?", "2031-03-12") == []
    assert dates_of("Did regulators approve the deal last week?", "2031-03-12") == []
    # an answer is told; a quoted question at the end covers only the quotation
    assert dates_of("HOST: What happens now?\n\nQUILL: The board will vote on the sale next week.", "2031-03-12") == [
        ("next week", "2031-03-17", "2031-03-21")]
    assert asked("She asked on Monday: “Why now?”", 8) is False
    assert asked("She asked: “Why did you sell on Monday?”", 28) is True
    # a statement ending on a question is told; so is a date before the colon that opens a question
    s = "The ministry said today it will look again at the question are the ferries safe?"
    assert asked(s, s.index("today")) is False
    s = "Orvane's win in the vote Tuesday has left its rival one question: What does Keel want?"
    assert asked(s, s.index("Tuesday")) is False
    assert asked("And will Keel Bank really sell the arm tomorrow?", 37) is True


def test_a_relative_clause_is_only_cut_out_where_it_ends() -> None:
    # a comma inside a list is not the end of the clause: the main verb must follow
    s = "The mayors on Friday signed the pact, which covers farming, fishing, mining and roads."
    assert label_of(s, "Friday") == "Mayors sign pact"


def test_the_event_a_year_dates_after_since_is_its_whole_noun_phrase() -> None:
    assert label_of("Profits at Keel Bank have halved since the 2008 financial crisis.", "2008") == "Financial crisis"
    assert label_of("Lumo Air has not paid a dividend since the 2020 pandemic.", "2020") == "Pandemic"
    assert label_of("Keel Forgewell posted its best day since its 2018 share sale in Oslo.", "2018") == "Keel Forgewell share sale"


def test_a_relative_clause_between_commas_has_its_own_event() -> None:
    s = "Keel Bank, which was founded in 1952, will cut 200 jobs in April."
    assert label_of(s, "1952") == "Keel Bank is founded"
    assert label_of(s, "April") == "Keel Bank cuts 200 jobs"
    s = "The Oru mine, which Hallgrim Mining bought in 2016, employs 900 people."
    assert label_of(s, "2016") == "Hallgrim Mining buys Oru mine"
    s = "Marta Quill, who joined Orvane in 2021, will step down in June."
    assert label_of(s, "2021") == "Marta Quill joins Orvane"
    assert label_of(s, "June") == "Marta Quill will step down"
    s = "Fibrex, which Dunhaven Telecom agreed to buy on Monday, runs 4,000 towers."
    assert label_of(s, "Monday").startswith("Dunhaven Telecom agrees to buy Fibrex")


def test_is_set_to_is_a_plan_not_the_verb_set() -> None:
    assert label_of("Keel Bank is set to name a new chairman on Friday.", "Friday") == "Keel Bank is set to name a new chairman"
    # the verb "set" stays a verb
    assert label_of("Keel Bank set a new target on Friday.", "Friday").startswith("Keel Bank sets")


def test_a_prepositional_object_is_part_of_the_label() -> None:
    assert label_of("Ardwyn Airways filed for bankruptcy on Monday.", "Monday") == "Ardwyn Airways files for bankruptcy"
    assert label_of("The Brenmoor council will vote on the bridge in April.", "April") == "Brenmoor council votes on the bridge"
    assert label_of("Shareholders of Keel Bank voted against the deal on Tuesday.", "Tuesday").endswith("against the deal")
    # a time after the verb is no object
    assert "day" not in label_of("Keel Bank fell for a third day on Monday.", "Monday")


def test_a_season_without_its_year_in_a_plan_is_the_coming_one() -> None:
    assert dates_of("Lumo Air will resume flights to Oslo in the summer.", "2031-03-12") == [
        ("the summer", "2031-06-01", "2031-08-31")]
    # a season as a modifier, or told of the past, is no date
    assert dates_of("Summer demand will lift Lumo Air's sales.", "2031-03-12") == []
    assert dates_of("Lumo Air cut flights in the summer.", "2031-10-12") == []


def _moves(figures: list[tuple[float, str]]) -> pd.DataFrame:
    n = len(figures)
    return pd.DataFrame({
        "doc_id": list(range(n)), "file": [f"{i}.txt" for i in range(n)], "outlet": ["O"] * n,
        "company": ["Orvane"] * n, "pct": [p for p, _ in figures], "period": [k for _, k in figures],
        "session_date": [pd.Timestamp("2031-03-11")] * n, "kind": ["share"] * n, "sentence": ["s"] * n,
        "sent_id": [1] * n, "label": ["x"] * n, "session_basis": ["sentence"] * n})


def test_a_merged_move_is_labelled_with_a_figure_an_article_prints() -> None:
    # (round 67: the event's figure is its key's and its item's label; each row's label gives its own figure)
    def reported(rows: list[dict[str, object]]) -> set[str]:
        return {reported_label(str(r["event"]), str(r["key"])) for r in rows}

    # "closed down 8.4%" and "dropped 6% in the first minutes": the close, never their median 7.2%
    rows = move_mentions(_moves([(-8.4, "session"), (-6.0, "intraday")]))
    assert reported(rows) == {"Orvane shares fall 8.4%"}
    assert [r["event"] for r in rows] == ["Orvane shares fall 8.4%", "Orvane shares fall 6%"]
    # two closes printed: the one more articles print; a tie: a printed one (the lower median)
    rows = move_mentions(_moves([(-8.4, "session"), (-8.1, "session"), (-8.1, "session")]))
    assert reported(rows) == {"Orvane shares fall 8.1%"}
    rows = move_mentions(_moves([(-8.4, "session"), (-8.0, "session")]))
    assert reported(rows) == {"Orvane shares fall 8.4%"}
    rows = move_mentions(_moves([(16.94, "session")]))
    assert reported(rows) == {"Orvane shares rise 16.94%"}


#: Probes that still fail, by construction, for another owner or left (see bench/rounds/round-19.md, Round 19c).
KNOWN_FAILING = {
    "The Brenmoor council will vote on the bridge in the spring.",  # the spring already begun on the article's day
    "Orvane Robotics shares have doubled since 2019.",  # a figure since a year: its yardstick (convention)
    "Lumo Air suspended flights from March 3 to March 9.",  # a span "from ... to" read as two days
    "Keel Bank's shares fell after the vote on Friday.",  # the clause of time's event (the vote), not the move
    "Live: Keel Bank shares suspended\n\n9.05am GMT\n\nKeel Bank said its chairman had resigned.\n\n10.30am GMT\n\n"
    "Regulators said they would open an inquiry.",  # a live blog's clock stamps give no day without a dated heading
}


def _rows(text: str, published: str) -> list[tuple[str, str, str]]:
    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    return sorted((r.date_start.isoformat(), r.date_end.isoformat(), r.event) for r in got.itertuples())


def _fails(text: str, published: str, expected: list[tuple[str, str | None, str | None]]) -> str:
    got = _rows(text, published)
    if len(got) != len(expected):
        return f"{len(got)} rows, expected {len(expected)}: {got}"
    for (start, end, label), (e_start, e_end, e_label) in zip(got, expected, strict=True):
        if not re.fullmatch(e_start, start) or not re.fullmatch(e_end or e_start, end):
            return f"dates {start}..{end}, expected {e_start}..{e_end or e_start}"
        if e_label and not re.search(e_label, label, re.IGNORECASE):
            return f"label {label!r}, expected /{e_label}/"
    return ""


def test_the_probe_set_has_every_construction_of_the_brief() -> None:
    assert len(PROBES) >= 200
    assert KNOWN_FAILING <= {text for _, _, text, _ in PROBES}


@pytest.mark.parametrize(("construction", "published", "text", "expected"), PROBES,
                         ids=[f"{i}-{c}" for i, (c, *_) in enumerate(PROBES)])
def test_probe(construction: str, published: str, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    problem = _fails(text, published, expected)
    if text in KNOWN_FAILING:
        assert problem, "a known failure now passes: take it off KNOWN_FAILING"
        pytest.xfail(problem)
    assert not problem, problem
