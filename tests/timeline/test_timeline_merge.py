"""Event merging day by day: each day's merge is kept, so an added article merges again only the days it mentions,
with the same events as a merge from scratch."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.timeline.merge import DayBlock, merge_events


def _mention(doc: str, sent: int, day: date, key: str, sentence: str, precision: str = "day",
             end: date | None = None) -> dict[str, object]:
    return {"doc_id": doc, "sent_id": sent, "date_start": day, "date_end": end or day, "precision": precision,
            "event": key.split("|")[0].title(), "key": key, "sentence": sentence}


MONDAY, TUESDAY, WEDNESDAY = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)
BASE = [
    _mention("a", 0, MONDAY, "orvane|fall|shares", "Orvane shares fell 4% on Monday."),
    _mention("b", 1, MONDAY, "orvane|fall|shares", "Orvane's shares fell 4% on Monday after the warning."),
    _mention("a", 2, TUESDAY, "harbour bank|cut|rates", "Harbour Bank cut rates on Tuesday."),
    _mention("c", 0, WEDNESDAY, "orvane|hold|meeting", "Orvane held a meeting with its lenders on Wednesday."),
    _mention("c", 1, MONDAY, "orvane|say|week", "Orvane said this week it had cut costs.", "week", WEDNESDAY),
]


def _groups(frame: pd.DataFrame) -> set[frozenset[tuple[str, int]]]:
    return {frozenset(zip(g["doc_id"], g["sent_id"], strict=True)) for _, g in frame.groupby("event_id")}


def test_an_added_article_merges_only_the_days_it_mentions() -> None:
    used: dict[str, DayBlock] = {}
    first = merge_events(pd.DataFrame(BASE), used=used)
    assert len(used) == 3  # one block per day of the one-day mentions
    added = BASE + [_mention("d", 0, TUESDAY, "harbour bank|cut|rates", "Harbour Bank cut its rates on Tuesday.")]
    again: dict[str, DayBlock] = {}
    incremental = merge_events(pd.DataFrame(added), known=used, used=again)
    reused = [k for k in again if k in used and again[k] is used[k]]
    assert len(again) == 3 and len(reused) == 2  # Monday and Wednesday read, Tuesday merged again
    scratch = merge_events(pd.DataFrame(added))
    assert _groups(incremental) == _groups(scratch)
    assert incremental["event_id"].tolist() == scratch["event_id"].tolist()
    # the new article joined Tuesday's event; the week-long mention joined none of the days' events
    assert frozenset({("a", 2), ("d", 0)}) in _groups(incremental)
    assert _groups(first) <= _groups(incremental) | {frozenset({("a", 2)})}


def test_a_day_block_survives_the_store() -> None:
    used: dict[str, DayBlock] = {}
    merge_events(pd.DataFrame(BASE), used=used)
    back = {k: DayBlock.from_json(b.to_json()) for k, b in used.items()}
    assert back == used
    assert merge_events(pd.DataFrame(BASE), known=back)["event_id"].tolist() == merge_events(pd.DataFrame(BASE))["event_id"].tolist()


def test_a_dated_sentence_that_tells_a_move_on_its_day_is_the_move_event() -> None:
    from datetime import date

    import pandas as pd

    from analysis.timeline.events import _retells_a_move

    day = date(2027, 3, 2)
    frame = pd.DataFrame({
        "doc_id": ["a", "a", "a", "b"], "sent_id": [0, 0, 1, 0],
        "date_start": [day, day, day, day], "date_end": [day, day, day, day],
        "kind": ["dated", "move", "dated", "dated"],
        "event": ["Blue-chip Orvex 50 index closes up 0.2 per cent", "Orvex 50 rises 0.2%",
                  "Orvex 50 closes at a record", "Orvex 50 closes up 0.2 per cent"],
        "key": ["||blue-chip orvex 50 index closes up", "orvex 50|rise|0.2%", "||orvex 50 closes", "||orvex 50 closes"],
    })
    assert list(_retells_a_move(frame)) == [True, False, False, False]  # same sentence and day only


def test_a_label_about_bare_shares_takes_the_company_whose_move_its_sentence_reports() -> None:
    import pandas as pd

    from analysis.timeline.events import _move_subjects

    dated = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": [3, 4, 0],
                          "event": ["Shares up 19.2% this week", "Its shares drop by a fifth", "Shares rally"]})
    moves = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "sent_id": [3, 4, 0, 0],
                          "company": ["Orvex Tools", "Orvex Tools", "Kestrel", "Lumo"]})
    assert list(_move_subjects(dated, moves)["event"]) == [
        "Orvex Tools shares up 19.2% this week", "Orvex Tools shares drop by a fifth", "Shares rally"]  # two companies: as it was
