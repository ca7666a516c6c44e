"""Round 70 (lead): the report's chart picker names each page's charts in the words their titles use (it said
"Coverage over time" of the charts titled "Coverage by day", "by week" or "by month")."""

from __future__ import annotations

from analysis.filters import FilterState
from analysis.report.registry import REPORT_SOURCES
from tests.pipeline_helpers import report_charts


def test_the_coverage_picker_label_names_its_charts_as_titled(seeds_corpus) -> None:
    label = next(s.label for s in REPORT_SOURCES if s.key == "coverage")
    [chart] = report_charts("coverage", seeds_corpus, FilterState())
    assert chart.title.startswith("Coverage by ") and chart.title.split()[-1] in label
