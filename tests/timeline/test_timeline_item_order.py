"""Events are listed by date, and on one date the event the most articles report comes first: the day's main event
heads its rows on the chart, in the table and in the CLI."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.timeline.events import MENTION_COLUMNS, event_items


def _mention(doc: str, day: date, event_id: str, label: str) -> dict[str, object]:
    return {"doc_id": doc, "file": f"{doc}.txt", "outlet": f"Outlet {doc}", "sent_id": 1, "date_start": day,
            "date_end": day, "precision": "day", "expression": "on Monday", "kind": "date", "basis": "", "event": label,
            "key": label.lower(), "sentence": f"{label} on Monday.", "event_id": event_id, "far_out": False}


def test_the_days_main_event_comes_first() -> None:
    monday, tuesday = date(2031, 3, 3), date(2031, 3, 4)
    rows = [_mention("a", monday, "E001", "Arlow Bank shares fall 1.2%"),
            *(_mention(doc, monday, "E002", "Corvane Funds suspends dealing") for doc in ("a", "b", "c")),
            _mention("b", tuesday, "E000", "Arlow Bank names a new chair"),
            *(_mention(doc, monday, "E003", "Brisk Air cuts routes") for doc in ("a", "b"))]
    items = event_items(pd.DataFrame(rows, columns=MENTION_COLUMNS))
    assert list(items["event"]) == ["Corvane Funds suspends dealing", "Brisk Air cuts routes",
                                    "Arlow Bank shares fall 1.2%", "Arlow Bank names a new chair"]
    assert list(items["n_sources"]) == [3, 2, 1, 1]
