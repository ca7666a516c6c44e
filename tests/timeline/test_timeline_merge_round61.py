"""Round 61 (lead): events with different figures are different events. A wrap's "Yanlord fell 5.4 per cent" and
"Sinic's shares lost 87 per cent" share only their verb group and the unit words "per cent"; the merge took that for
a shared object and chained a month's moves of eight companies into one "Prudential shares fall 3.5%" event."""

from __future__ import annotations

from datetime import date

from analysis.timeline.labels.model import key_similarity
from analysis.timeline.merge import merge_events
import pandas as pd


def test_objects_with_different_figures_are_two_facts() -> None:
    assert key_similarity("yanlord|fall|5.4 per cent", "~sinic's shares|fall|87 per cent") == 0.0
    assert key_similarity("~developer's shares|fall|85 per cent", "dasin|fall|23 per cent") == 0.0


def test_the_same_figure_written_two_ways_still_matches() -> None:
    assert key_similarity("prudential|fall|3.5%", "prudential|fall|3.5 per cent") == 90.0
    assert key_similarity("corvell|fall|3,5 %", "corvell|fall|3.5%") == 90.0
    assert key_similarity("corvell|cut|1,300 jobs", "corvell|cut|1300 posts") == 90.0


def test_unit_words_alone_are_no_shared_object() -> None:
    assert key_similarity("~the lender|fall|per cent", "~the insurer|fall|per cent") < 90.0


def _mention(doc: str, key: str, sentence: str) -> dict[str, object]:
    day = date(2027, 9, 20)
    return {"doc_id": doc, "sent_id": 0, "date_start": day, "date_end": day, "precision": "day",
            "event": key.split("|")[0].title(), "key": key, "sentence": sentence}


def test_a_days_moves_of_several_companies_stay_apart() -> None:
    rows = pd.DataFrame([
        _mention("a", "~the developer's shares|fall|85 per cent", "The developer's shares ended lower, down 85 per cent."),
        _mention("b", "pellmoor|fall|3.5 per cent", "Pellmoor, the insurer, fell 3.5 per cent on Monday."),
        _mention("c", "~sandrin's shares|fall|87 per cent", "Sandrin's shares lost 87 per cent on Monday and were halted."),
        _mention("d", "pellmoor|fall|3.5%", "Pellmoor has shed 3.5% in Hong Kong trade."),
    ])
    ids = merge_events(rows)["event_id"].tolist()
    assert ids[1] == ids[3]
    assert len({ids[0], ids[1], ids[2]}) == 3


def test_other_figures_may_tell_one_event_two_ways() -> None:
    # not two percentages: an amount and a level, a count and a share
    assert key_similarity("~the central bank|raise|rates by 25 basis points", "~the central bank|raise|rates to 5.25%") == 90.0
    assert key_similarity("corvell|cut|2,000 jobs", "corvell|cut|5% of its staff jobs") == 90.0
