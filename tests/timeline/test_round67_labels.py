"""Round 67, event labels: invented sentences and names of the constructions the dev corpora's labels missed."""
from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.timeline.events import event_items
from analysis.timeline.merge import merge_events, move_mentions, reported_label


def _moves(rows: list[tuple[float, str, str]]) -> pd.DataFrame:
    """(pct, figure as written, sentence) of one company on one session, one article each."""
    n = len(rows)
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(n)], "file": [f"d{i}.txt" for i in range(n)], "outlet": ["Example Wire"] * n,
        "company": ["Orvane"] * n, "pct": [p for p, _, _ in rows], "period": ["session"] * n,
        "session_date": [pd.Timestamp("2031-03-11")] * n, "kind": ["share"] * n, "sentence": [s for _, _, s in rows],
        "sent_id": [2] * n, "label": [w for _, w, _ in rows], "session_basis": ["sentence"] * n})


def test_a_share_move_row_gives_its_own_sentences_figure() -> None:
    rows = move_mentions(_moves([
        (-8.4, "8.4%", "Orvane closed down 8.4% on Tuesday."),
        (-8.4, "8.4%", "Orvane shares ended 8.4% lower."),
        (-12.0, "as much as 12%", "Orvane fell as much as 12% in early trade."),
        (1.5, "1.5%", "Orvane opened 1.5% higher before turning lower."),
    ]))
    assert [r["event"] for r in rows] == [
        "Orvane shares fall 8.4%", "Orvane shares fall 8.4%", "Orvane shares fall as much as 12%",
        "Orvane shares rise 1.5%"]
    # one key, so one event; the event is labelled by the figure the articles report
    assert {r["key"] for r in rows} == {"orvane|fall|8.4%"}
    frame = pd.DataFrame(rows).assign(date_start=date(2031, 3, 11), date_end=date(2031, 3, 11))
    merged = merge_events(frame.assign(far_out=False))
    assert merged["event_id"].nunique() == 1
    (item,) = event_items(merged).itertuples()
    assert item.event == "Orvane shares fall 8.4%"


def test_the_event_keeps_the_reported_figure_when_its_first_article_prints_another() -> None:
    rows = move_mentions(_moves([
        (16.2, "16.2%", "09:04 GMT - Orvane opens 16.2% higher."),
        (18.7, "18.7%", "Orvane closed up 18.7%."),
        (18.7, "18.7%", "Orvane ended the day 18.7% higher."),
    ]))
    assert rows[0]["event"] == "Orvane shares rise 16.2%"
    merged = merge_events(pd.DataFrame(rows).assign(far_out=False))
    # the first article's row alone on the event (the others told by a sentence of the event already)
    first = merged.loc[merged["doc_id"] == "d0"]
    (item,) = event_items(first).itertuples()
    assert item.event == "Orvane shares rise 18.7%"


def test_reported_label_rewrites_only_a_moves_tail() -> None:
    assert reported_label("Its sector index rises as much as 2%", "its sector index|fall|0.9%") == \
        "Its sector index falls 0.9%"
    assert reported_label("Orvane shares fall about 10%", "orvane|fall|10.5%") == "Orvane shares fall 10.5%"
    # a run's label and any other label stay as they are
    assert reported_label("Orvane shares fall 8% over several sessions", "orvane|fall|8%|period") == \
        "Orvane shares fall 8% over several sessions"
    assert reported_label("Orvane names a new chief executive", "orvane|name|chief executive") == \
        "Orvane names a new chief executive"


def _label(sentence: str, expression: str, previous: str = "") -> str:
    from analysis.timeline.labels.event import event_label

    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression), previous).label


def test_a_phrase_fronted_before_the_comma_gives_way_to_the_main_clause() -> None:
    # the date inside a fronted phrase of place or means: the main clause tells the day's event
    assert _label("In a note sent before trading began on Monday, the maker of the lamps said it would not "
                  "raise its offer.", "Monday") == "Maker of the lamps says it will not raise its offer"
    assert _label("In a filing lodged with the regulator on Thursday morning, Orvane registered the resale of shares "
                  "held by its founders.", "Thursday") == "Orvane registers resale of shares held by its founders"
    assert _label("On the results call on Tuesday, Ada Roe was upbeat.", "Tuesday") == "Ada Roe was upbeat"
    assert _label("At the close on March 4, Kestrel was the best performer of its sector.", "March 4") \
        == "Kestrel was the best performer of its sector"
    assert _label("In short remarks to the press on Friday, Ada Roe said she had accepted the post.", "Friday") \
        == "Ada Roe says she accepted the post"
    # a phrase that is the date alone, or a clause of its own before the comma, stays as it was read
    assert _label("By mid-morning on May 2, engineers had moved the system to its backup by hand.", "mid-morning") \
        == "Engineers move system to its backup by hand"
    assert _label("Under a plan approved by the board in 2031, Orvane had bought back 481,000 shares by May 2.",
                  "2031") == "Plan is approved by the board"


def test_a_phrase_fronted_before_the_subject_is_no_part_of_it() -> None:
    assert _label("Under her stewardship Kestrel's sales climbed to 2.4 billion pounds in 2031.", "2031") \
        == "Kestrel's sales climb to 2.4 billion pounds"
    assert _label("In the first hour on Monday the shares were off about 30%.", "Monday") \
        == "The shares are off about 30%"
    assert _label("In pre-market dealings on Thursday it was 2.3% lower.", "Thursday") == "It was 2.3% lower"
