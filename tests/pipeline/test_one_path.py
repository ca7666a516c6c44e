"""One path from corpus to rows: the CLI prints exactly what the app shows under the same filters, because both
analyse the whole corpus once and then select (event ids, quote clusters, fidelity and entity names do not
depend on the filter), and a filter change reuses the heavy steps."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from analysis import FilterState, analyse, select
from analysis.cli import main

OUTLET = "Evrim Ağacı (English news)"
ENTITY = "Mark Zuckerberg"
FILTERS = {
    "outlet": (["--outlet", OUTLET], FilterState(outlets=(OUTLET,))),
    "entity": (["--entity", ENTITY], FilterState(entities=(ENTITY,))),
}


def _cli(command: str, flags: list[str], capsys: pytest.CaptureFixture[str]) -> pd.DataFrame:
    assert main([command, "--format", "json", *flags]) == 0
    return pd.DataFrame(json.loads(capsys.readouterr().out))


@pytest.fixture(scope="module")
def seed_analysis(seeds_corpus):
    return analyse(seeds_corpus)


@pytest.mark.parametrize("which", list(FILTERS))
def test_cli_rows_are_the_selection_of_the_whole_corpus(which, seed_analysis, capsys) -> None:
    flags, state = FILTERS[which]
    sel = select(seed_analysis, state)
    kept = set(sel.view.docs["file"])
    assert 0 < len(kept) < len(seed_analysis.corpus.docs)

    docs = _cli("docs", flags, capsys)
    assert sorted(docs["file"]) == sorted(kept)

    quotes = _cli("quotes", flags, capsys)
    app_quotes = sel.quotes()
    assert list(quotes["cluster_id"]) == list(app_quotes["cluster_id"])
    assert list(quotes["fidelity"]) == list(app_quotes["fidelity"])
    assert list(quotes["speaker"]) == list(app_quotes["speaker"])

    timeline = _cli("timeline", flags, capsys)
    app_timeline = sel.timeline()
    assert list(timeline["event_id"]) == list(app_timeline["event_id"])
    assert set(timeline["file"]) <= kept

    moves = _cli("moves", flags, capsys)
    app_moves = sel.moves()
    assert len(moves) == len(app_moves)
    if len(moves):
        assert list(zip(moves["company"], moves["pct"])) == list(zip(app_moves["company"], app_moves["pct"]))

    entities = _cli("entities", flags, capsys)
    mentions = sel.entity_mentions()
    assert set(entities["entity"]) == set(mentions["entity"])
    assert set(entities["file"]) <= kept

    overlap = _cli("overlap", flags, capsys)
    expected = sel.matches(75.0)
    assert (len(overlap) > 0) == (len(expected) > 0)
    if len(overlap):
        assert set(overlap["file_a"]) | set(overlap["file_b"]) <= kept


def test_filtered_ids_are_the_whole_corpus_ids(seed_analysis, capsys) -> None:
    """The outlet-filtered CLI shows the event ids the unfiltered run gives the same rows (not renumbered)."""
    whole = _cli("timeline", [], capsys)
    part = _cli("timeline", FILTERS["outlet"][0], capsys)
    key = ["file", "sentence", "date_start", "date_end"]
    merged = part.merge(whole, on=key, suffixes=("", "_whole"))
    assert len(merged) == len(part) > 0
    assert (merged["event_id"] == merged["event_id_whole"]).all()


def test_timeline_page_shows_the_cli_event_ids_under_an_outlet_filter(capsys) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["outlet"] = [OUTLET]
    at.run()
    at.switch_page("pages/timeline.py")
    at.run()
    assert not at.exception, at.exception
    cli = _cli("timeline", FILTERS["outlet"][0], capsys)
    in_window = sorted(set(cli.loc[cli["in_window"], "event_id"]))
    page_ids = sorted(set(at.dataframe[0].value["Id"]))
    assert page_ids == in_window


def test_a_filter_change_reuses_the_heavy_steps(seed_analysis, monkeypatch) -> None:
    for name in ("entity_mentions", "quotes", "matches", "timeline", "moves"):
        getattr(seed_analysis, name)  # computed once
    import analysis.pipeline as pipeline

    def boom(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a heavy step ran again after a filter change")

    for fn in ("entity_mentions", "found_quotes", "clustered_quotes_kept", "link_passages_kept", "dated_mentions",
               "timeline_events", "extract_moves"):
        monkeypatch.setattr(pipeline, fn, boom)
    for state in (FilterState(outlets=(OUTLET,)), FilterState(entities=(ENTITY,)), FilterState()):
        sel = select(seed_analysis, state)
        sel.quotes(), sel.timeline(), sel.moves(), sel.matches(75.0), sel.entity_mentions()


def test_match_views_are_expanded_once_and_kept_within_a_budget(seed_analysis, monkeypatch) -> None:
    import analysis.pipeline as pipeline

    ids = frozenset(seed_analysis.corpus.docs["doc_id"].tolist()[:3])
    first = seed_analysis.matches_of(ids, 75.0)
    assert seed_analysis.matches_of(ids, 75.0) is first, "a view already expanded is not expanded again"
    assert seed_analysis.matches_of(None, 75.0).equals(
        seed_analysis.matches_of(frozenset(seed_analysis.corpus.docs["doc_id"]), 75.0)), "the whole corpus is one view"
    monkeypatch.setattr(pipeline, "VIEW_CACHE_ROWS", 0)
    seed_analysis.matches_of(ids, 85.0)
    assert seed_analysis.matches_of(ids, 75.0) is not first, "past the row budget only the latest view is kept"
