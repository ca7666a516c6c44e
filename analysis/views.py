"""The registry of report charts: every chart module that can put its chart(s) into a report.

Each chart module exposes ``report_charts(corpus, state) -> list[ChartResult]`` (whole corpus in, the chart(s)
its page shows under ``state`` out). The registry lists the modules by import path and imports them lazily, so
a module that is missing or broken is skipped with a logged note (and the note is returned, so the Report page
and the CLI can say which charts are not available) instead of breaking the whole report.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .charts import ChartResult
from .corpus import Corpus
from .coverage import render_coverage_chart
from .filters import FilterState, filter_corpus

log = logging.getLogger(__name__)

ReportFn = Callable[[Corpus, FilterState], list[ChartResult]]

#: (key, import path, label) of every module that may contribute report charts, in report order.
REPORT_MODULES: tuple[tuple[str, str, str], ...] = (
    ("coverage", "analysis.coverage", "Coverage by day"),
    ("entities", "analysis.entities", "Entities"),
    ("quotes", "analysis.quotes", "Quotes"),
    ("overlap", "analysis.overlap", "Source overlap"),
    ("timeline", "analysis.timeline", "Timeline"),
    ("market", "analysis.market", "Market reaction"),
)


@dataclass(frozen=True)
class ReportSource:
    """One module that contributes charts to a report."""

    key: str
    module: str
    label: str
    fn: ReportFn


@dataclass(frozen=True)
class Registry:
    """The sources that can be used now, plus ``(module, reason)`` for each one that was skipped."""

    sources: tuple[ReportSource, ...]
    skipped: tuple[tuple[str, str], ...]

    def keys(self) -> list[str]:
        return [s.key for s in self.sources]

    def get(self, key: str) -> ReportSource:
        for source in self.sources:
            if source.key == key:
                return source
        raise KeyError(key)


def narrow(corpus: Corpus, state: FilterState) -> Corpus:
    """``corpus`` restricted by ``state``; the entity index is built only when entities are chosen."""
    if not state.entities:
        return filter_corpus(corpus, state)
    from .entities import entity_doc_index  # noqa: PLC0415 - optional module, only for entity filters

    return filter_corpus(corpus, state, entity_doc_index(corpus))


def coverage_report_charts(corpus: Corpus, state: FilterState) -> list[ChartResult]:
    """The Overview's "Coverage by day" chart under ``state`` (needs the docs columns ``doc_id, outlet,
    published, published_earliest``); subtitle is ``state.describe()``."""
    return [render_coverage_chart(narrow(corpus, state), state.describe())]


#: Report functions for modules that have a chart but no ``report_charts`` of their own.
_BUILTIN: dict[str, ReportFn] = {"analysis.coverage": coverage_report_charts}


def load_registry(modules: Sequence[tuple[str, str, str]] = REPORT_MODULES) -> Registry:
    """Import each module of ``modules`` and collect its ``report_charts``.

    A module that does not exist, fails to import or has no ``report_charts`` is skipped; the reason is logged
    and returned in ``Registry.skipped``.
    """
    sources: list[ReportSource] = []
    skipped: list[tuple[str, str]] = []
    for key, path, label in modules:
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            reason = "not available yet" if exc.name == path else f"cannot be imported: {exc}"
            log.info("report registry: skipping %s (%s)", path, reason)
            skipped.append((path, reason))
            continue
        except Exception as exc:  # noqa: BLE001 - a broken module must not break the other charts
            log.warning("report registry: skipping %s (import failed: %r)", path, exc)
            skipped.append((path, f"import failed: {exc}"))
            continue
        fn = getattr(module, "report_charts", None) or _BUILTIN.get(path)
        if not callable(fn):
            log.info("report registry: skipping %s (no report_charts function)", path)
            skipped.append((path, "has no report_charts function"))
            continue
        sources.append(ReportSource(key, path, label, fn))
    return Registry(tuple(sources), tuple(skipped))


def source_charts(corpus: Corpus, key: str, state: FilterState) -> list[ChartResult]:
    """The charts of the registered source ``key`` for the whole ``corpus`` under ``state``.

    Argument order fits ``ui.state.corpus_step(source_charts, key, state)`` (cached per corpus version).
    """
    return list(load_registry().get(key).fn(corpus, state))


def collect_charts(
    corpus: Corpus,
    state: FilterState,
    keys: Sequence[str] | None = None,
    registry: Registry | None = None,
) -> tuple[list[ChartResult], list[str]]:
    """Run every registered source (or only ``keys``) on the whole ``corpus`` under ``state``.

    Returns the charts in registry order and one message per source that was skipped or failed (a failing
    chart module is reported, not hidden, and does not stop the others).
    """
    registry = registry or load_registry()
    charts: list[ChartResult] = []
    messages = [f"{module}: {reason}" for module, reason in registry.skipped]
    for source in registry.sources:
        if keys is not None and source.key not in keys:
            continue
        try:
            charts.extend(source.fn(corpus, state))
        except Exception as exc:  # noqa: BLE001 - report the failure, keep the other charts
            log.exception("report chart %s failed", source.module)
            messages.append(f"{source.label} ({source.module}) failed: {exc}")
    return charts, messages
