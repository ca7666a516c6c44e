"""The global filters (outlets, dates, entities): one state object and one function that applies it.

The sidebar builds a :class:`FilterState` from widgets or URL query parameters; every page, the CLI and the
export pass it to :func:`filter_corpus` (or :func:`apply_filters` on a docs frame) so filters mean the same
thing everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

import pandas as pd

from analysis.charts import day_span
from analysis.corpus.load import Corpus, effective_date
from analysis.time.dates import parse_iso


@dataclass(frozen=True)
class FilterState:
    """What the user chose. Empty tuples / None mean "no restriction"."""

    #: The URL query parameters the filters own (a page's own controls have theirs).
    QUERY_KEYS: ClassVar[tuple[str, ...]] = ("outlet", "entity", "from", "to", "undated")

    outlets: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    entities: tuple[str, ...] = ()

    @property
    def is_active(self) -> bool:
        return bool(self.outlets or self.date_from or self.date_to or self.entities or not self.include_undated)

    @classmethod
    def from_query(cls, params: Mapping[str, list[str] | str]) -> FilterState:
        """Build from URL query parameters (``outlet``, ``entity`` repeatable; ``from``, ``to``, ``undated``)."""

        def many(key: str) -> tuple[str, ...]:
            value = params.get(key, [])
            values = [value] if isinstance(value, str) else list(value)
            return tuple(dict.fromkeys(v for v in values if v))

        def one(key: str) -> str | None:
            values = many(key)
            return values[0] if values else None

        return cls(
            outlets=many("outlet"),
            date_from=parse_iso(one("from")),
            date_to=parse_iso(one("to")),
            include_undated=(one("undated") or "1") not in ("0", "false", "no"),
            entities=many("entity"),
        )

    def to_query(self) -> dict[str, list[str]]:
        """The URL query parameters that rebuild this state (only the active ones)."""
        params: dict[str, list[str]] = {}
        if self.outlets:
            params["outlet"] = list(self.outlets)
        if self.date_from:
            params["from"] = [self.date_from.isoformat()]
        if self.date_to:
            params["to"] = [self.date_to.isoformat()]
        if not self.include_undated:
            params["undated"] = ["0"]
        if self.entities:
            params["entity"] = list(self.entities)
        return params

    def describe(self) -> str:
        """One line for chart subtitles and captions, e.g. "Outlets: BBC, Reuters · Published 20 Jan – 27 Jan 2025"."""
        parts = []
        if self.outlets:
            parts.append("Outlets: " + ", ".join(self.outlets))
        if self.entities:
            parts.append("Mentioning: " + ", ".join(self.entities))
        if self.date_from or self.date_to:
            if self.date_from and self.date_to:
                when = day_span(self.date_from, self.date_to)
            elif self.date_from:
                when = f"from {day_span(self.date_from, self.date_from)}"
            else:
                when = f"until {day_span(self.date_to, self.date_to)}"
            parts.append(f"Published {when}" + ("" if self.include_undated else ", dated articles only"))
        elif not self.include_undated:
            parts.append("Dated articles only")
        return " · ".join(parts) if parts else "All articles"


def apply_filters(
    docs: pd.DataFrame,
    state: FilterState,
    entity_docs: Mapping[str, Iterable[str]] | None = None,
) -> pd.DataFrame:
    """Rows of ``docs`` (needs ``doc_id, outlet, published, published_earliest``) that pass ``state``.

    ``entity_docs`` maps an entity name to the doc_ids that mention it; with entities chosen, a document
    passes when it mentions any of them. Order is kept.
    """
    mask = pd.Series(True, index=docs.index)
    if state.outlets:
        mask &= docs["outlet"].isin(state.outlets)
    when = effective_date(docs)
    undated = when.isna()
    if state.date_from:
        mask &= undated | (when >= pd.Timestamp(state.date_from))
    if state.date_to:
        mask &= undated | (when <= pd.Timestamp(state.date_to))
    if not state.include_undated:
        mask &= ~undated
    if state.entities:
        wanted: set[str] = set()
        for entity in state.entities:
            wanted.update((entity_docs or {}).get(entity, ()))
        mask &= docs["doc_id"].isin(wanted)
    return docs.loc[mask].reset_index(drop=True)


def filter_corpus(
    corpus: Corpus, state: FilterState, entity_docs: Mapping[str, Iterable[str]] | None = None
) -> Corpus:
    """The corpus restricted to the documents that pass ``state`` (see :func:`apply_filters`)."""
    if not state.is_active:
        return corpus
    return corpus.subset(apply_filters(corpus.docs, state, entity_docs)["doc_id"])
