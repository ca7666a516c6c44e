from datetime import date

import pandas as pd

from analysis.filters import FilterState, apply_filters, filter_corpus

DOCS = pd.DataFrame(
    {
        "doc_id": ["a", "b", "c", "d"],
        "outlet": ["BBC", "Reuters", "BBC", "AP"],
        "published": pd.to_datetime(["2025-01-20", "2025-01-27", None, None]),
        "published_earliest": pd.to_datetime([None, None, "2025-01-31", None]),
    }
)


def test_query_round_trip():
    state = FilterState(("BBC", "AP"), date(2025, 1, 20), date(2025, 1, 27), False, ("Nvidia",))
    params = state.to_query()
    assert params == {"outlet": ["BBC", "AP"], "from": ["2025-01-20"], "to": ["2025-01-27"], "undated": ["0"], "entity": ["Nvidia"]}
    assert FilterState.from_query(params) == state
    assert FilterState.from_query({}) == FilterState()
    assert FilterState().to_query() == {}


def test_outlets_dates_and_undated():
    assert apply_filters(DOCS, FilterState(outlets=("BBC",)))["doc_id"].tolist() == ["a", "c"]
    in_window = FilterState(date_from=date(2025, 1, 21), date_to=date(2025, 1, 31))
    assert apply_filters(DOCS, in_window)["doc_id"].tolist() == ["b", "c", "d"]
    dated_only = FilterState(date_from=date(2025, 1, 21), include_undated=False)
    assert apply_filters(DOCS, dated_only)["doc_id"].tolist() == ["b", "c"]


def test_entities_any_of():
    index = {"Nvidia": {"a", "b"}, "Meta": {"d"}}
    state = FilterState(entities=("Nvidia", "Meta"))
    assert apply_filters(DOCS, state, index)["doc_id"].tolist() == ["a", "b", "d"]
    assert apply_filters(DOCS, FilterState(entities=("Unknown",)), index).empty


def test_filter_corpus_narrows_every_frame(seeds_corpus):
    view = filter_corpus(seeds_corpus, FilterState(outlets=("Hindustan Times",)))
    assert view.docs["outlet"].tolist() == ["Hindustan Times"]
    assert set(view.sentences["doc_id"]) == {"002_d7fa40523d25d390"}
    assert set(view.removals["doc_id"]) == {"002_d7fa40523d25d390"}
    assert filter_corpus(seeds_corpus, FilterState()) is seeds_corpus


def test_describe():
    assert FilterState().describe() == "All articles"
    assert FilterState(("BBC",), date(2025, 1, 20), None).describe() == "Outlets: BBC · Published from 20 Jan 2025"
    assert FilterState((), date(2025, 1, 20), date(2025, 1, 27), False).describe() == (
        "Published 20 Jan – 27 Jan 2025, dated articles only"
    )
    assert FilterState((), None, date(2025, 1, 27)).describe() == "Published until 27 Jan 2025"
