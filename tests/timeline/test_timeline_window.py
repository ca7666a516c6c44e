"""The default window (the days with the most dated events) is the same as a plain count over every candidate start,
on many random timelines: ties to more one-day events, then the earlier start; spans that run past the window left
out."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from analysis.timeline.events import MENTION_COLUMNS, default_window, event_items


def _mentions(rng: random.Random, n: int) -> pd.DataFrame:
    rows = []
    for k in range(n):
        first = date(2024, 3, 1) + timedelta(days=rng.randrange(40))
        precision = rng.choice(["day", "day", "range", "week", "month"])
        last = first if precision == "day" else first + timedelta(days=rng.randrange(1, 12))
        rows.append({"doc_id": f"d{k % 7}", "file": f"d{k % 7}.txt", "outlet": "Kell Post", "sent_id": k,
                     "date_start": first, "date_end": last, "precision": precision, "expression": "x", "kind": "date",
                     "basis": "", "event": f"Event {k}", "key": f"k{k}", "sentence": f"Sentence {k}.",
                     "event_id": f"E{k:03d}", "far_out": rng.random() < 0.1})
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _plain_count(mentions: pd.DataFrame, days: int) -> tuple[date, date] | None:
    items = event_items(mentions)
    precise = items.loc[items["precision"].isin(["day", "range", "week"]) & ~items["far_out"].astype(bool)]
    best = None
    for start in sorted(set(precise["date_start"])):
        end = start + timedelta(days=days - 1)
        inside = precise.loc[(precise["date_start"] >= start) & (precise["date_end"] <= end)]
        score = (len(inside), int((inside["precision"] == "day").sum()))
        if best is None or score > best[:2]:
            best = (*score, start)
    return None if best is None else (best[2], best[2] + timedelta(days=days - 1))


@pytest.mark.parametrize("seed", range(25))
def test_the_window_is_the_plain_count_of_every_start(seed: int) -> None:
    rng = random.Random(seed)
    mentions = _mentions(rng, rng.randrange(1, 60))
    for days in (1, 3, 8):
        assert default_window(mentions, days) == _plain_count(mentions, days)


def test_a_tie_goes_to_more_one_day_events_then_the_earlier_start() -> None:
    rng = random.Random(0)
    mentions = _mentions(rng, 2).assign(
        date_start=[date(2024, 3, 1), date(2024, 3, 20)], date_end=[date(2024, 3, 3), date(2024, 3, 20)],
        precision=["range", "day"], far_out=[False, False])
    assert default_window(mentions, 8) == (date(2024, 3, 20), date(2024, 3, 27))
    mentions = mentions.assign(precision=["day", "day"], date_end=[date(2024, 3, 1), date(2024, 3, 20)])
    assert default_window(mentions, 8) == (date(2024, 3, 1), date(2024, 3, 8))
