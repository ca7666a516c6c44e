"""Count, per trigger word, how often TempEval-3's annotators put a TIMEX3 on it: which vague words ("now",
"current", "recently", "soon", "once", bare "years" ...) the TimeML annotation of the tune split actually tags.

usage (from the repo root):
  python bench/train_timex_triggers.py              # the default trigger list, the tune split's documents only
  python bench/train_timex_triggers.py now soon     # some triggers (regular expressions, matched as whole words)

Reads ../shared/external/tempeval3-train, the documents of the TUNE split only (bench_timex.py's split: the held-out
fifth is never read). For each trigger and each of its occurrences (case-insensitive, whole words): whether a gold
TIMEX3 covers it, whether the tagger (analysis.time.timex.find_timexes, against the document's DCT) covers it, and
whether both do. "rate" is gold / occurrences.

Break-even: a trigger whose rows the tagger emits costs value F1 when fewer than about half its occurrences are
tagged in the gold (an extra lowers precision about as much as a found expression raises recall, and value F1 here
is about 0.85): a rate under 0.45 says leave it out (or emit it only in the contexts where annotators tag it), a rate
over 0.55 says emit it. Nothing is written: the table is a report (bench/rounds/round-35.md gives it).
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from analysis.time.timex import find_timexes  # noqa: E402
from bench_timex import split_paths  # noqa: E402

#: Vague words and bare units whose tagging is a habit of the annotation scheme rather than of the calendar.
TRIGGERS = [
    "now", "right now", "current", "currently", "recent", "recently", "soon", "future", "the future", "once",
    "already", "then", "previously", "formerly", "earlier", "later", "eventually", "meanwhile", "presently",
    "at the moment", "years", "months", "weeks", "days", "decades", "the day before", "the day after",
    "the year before", "that day", "some time", "a while", "annually", "daily", "overnight",
]


def count(triggers: list[str]) -> list[tuple[str, int, int, int, int]]:
    """(trigger, occurrences, gold-covered, tagger-covered, both) over the tune split's documents."""
    stats = {t: [0, 0, 0, 0] for t in triggers}
    for path in split_paths("tune"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = doc["text"]
        dct = date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
        found = find_timexes(text, dct)
        for trig in triggers:
            for m in re.finditer(rf"\b{trig}\b", text, re.IGNORECASE):
                s, e = m.span()
                gold = any(g["start"] <= s and e <= g["end"] for g in doc["timexes"])
                pred = any(t.start <= s and e <= t.end for t in found)
                row = stats[trig]
                row[0] += 1
                row[1] += gold
                row[2] += pred
                row[3] += gold and pred
    return [(t, *stats[t]) for t in triggers]  # type: ignore[misc]


def main() -> None:
    triggers = sys.argv[1:] or TRIGGERS
    print("| trigger | occurrences | gold tags it | rate | tagger tags it | both |")
    print("| --- | --- | --- | --- | --- | --- |")
    for trig, occ, gold, pred, both in count(triggers):
        rate = f"{gold / occ:.2f}" if occ else "-"
        print(f"| {trig} | {occ} | {gold} | {rate} | {pred} | {both} |")


if __name__ == "__main__":
    main()
