"""Entity linking across documents decided once per distinct mention form (issue 17): the same table as a decision
per mention, with counts, first and last appearances kept; and after an article is added, the linked mentions
equal those of a build from scratch, old articles' names included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import analyse, load_corpus
from analysis.build import build
from analysis.entities.aliases import LAST, WEIGHT, link_entities
from analysis.store import Store


def _rows(*mentions: tuple[str, str, str, str]) -> pd.DataFrame:
    """Mention rows ``(doc_id, surface, name, type)`` in document order."""
    return pd.DataFrame({"doc_id": [m[0] for m in mentions], "start": range(len(mentions)),
                         "end": [i + 5 for i in range(len(mentions))], "surface": [m[1] for m in mentions],
                         "name": [m[2] for m in mentions], "type": [m[3] for m in mentions], "role": "story"})


def _collapsed(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` as one row per distinct form with its count and the place of its last row."""
    key = ["surface", "name", "type"]
    placed = rows.assign(_place=range(len(rows)))
    forms = placed.groupby(key, sort=False).agg(**{WEIGHT: ("_place", "size"), LAST: ("_place", "max")}).reset_index()
    return forms


def _entity_of(linked: pd.DataFrame, surface: str) -> set[str]:
    return set(linked.loc[linked["surface"] == surface, "entity"])


def _same_as_collapsed(rows: pd.DataFrame) -> pd.DataFrame:
    """``link_entities`` of the rows; the forms with their counts must give each row the same result."""
    linked = link_entities(rows)
    forms = link_entities(_collapsed(rows))
    back = rows.merge(forms.loc[:, ["surface", "name", "entity", "aliases"]],
                      on=["surface", "name"], how="left")
    assert back["entity"].tolist() == linked["entity"].tolist()
    assert back["aliases"].tolist() == linked["aliases"].tolist()
    return linked


def test_a_surname_goes_to_the_person_holding_most_of_its_mentions_counted_per_mention() -> None:
    many = [("a", "Mara Velden", "Mara Velden", "PERSON")] * 4
    one = [("b", "Ivo Velden", "Ivo Velden", "PERSON"), ("c", "Velden", "Velden", "")]
    assert _entity_of(_same_as_collapsed(_rows(*many, *one)), "Velden") == {"Mara Velden"}  # 4 of 5 mentions
    assert _entity_of(_same_as_collapsed(_rows(*many[:2], *one)), "Velden") == {"Velden"}  # 2 of 3: not enough


def test_between_two_spellings_as_frequent_the_first_written_names_the_entity() -> None:
    upper, title = ("a", "MARA VELDEN", "MARA VELDEN", "PERSON"), ("b", "Mara Velden", "Mara Velden", "PERSON")
    assert _entity_of(_same_as_collapsed(_rows(title, upper, upper, title)), "MARA VELDEN") == {"Mara Velden"}
    assert _entity_of(_same_as_collapsed(_rows(upper, title, title, upper)), "Mara Velden") == {"MARA VELDEN"}
    # counts first: three of one spelling beat two of the other written before it
    assert _entity_of(_same_as_collapsed(_rows(upper, upper, title, title, title)), "Mara Velden") == {"Mara Velden"}


def test_a_short_name_defined_twice_takes_the_last_definition() -> None:
    first = ("a", "Namiaut", "National mining authority", "ORG")
    second = ("b", "Namiaut", "National Mining Authority", "ORG")
    alone = [("c", "Namiaut", "Namiaut", "ORG")] * 2
    assert _entity_of(_same_as_collapsed(_rows(first, second, *alone)), "Namiaut") == {"National Mining Authority"}
    assert _entity_of(_same_as_collapsed(_rows(second, first, *alone)), "Namiaut") == {"National mining authority"}
    # the last written, not the last first written: the first definition comes first and again after the other
    again = ("d", "Namiaut", "National mining authority", "ORG")
    assert _entity_of(_same_as_collapsed(_rows(first, second, again, *alone)), "Namiaut") == {"National mining authority"}


def test_a_name_in_capitals_yields_to_another_spelling_of_it() -> None:
    """A dateline's or a headline's capitals are typography: "NATIONAL MINING AUTHORITY" beside "National Mining
    Authority" is named the second way, whichever is written first or more often; an acronym keeps its capitals."""
    upper, title = ("a", "NATIONAL MINING AUTHORITY", "NATIONAL MINING AUTHORITY", "ORG"), \
        ("b", "National Mining Authority", "National Mining Authority", "ORG")
    assert _entity_of(_same_as_collapsed(_rows(upper, upper, title)), "NATIONAL MINING AUTHORITY") == {
        "National Mining Authority"}
    short = ("a", "OPEC", "OPEC", "ORG")
    assert _entity_of(_same_as_collapsed(_rows(short, short)), "OPEC") == {"OPEC"}


ARTICLES = {
    "a1.txt": "Quarrow keeps plant\n\nMara Velden, chief executive of Quarrow Foods, said on Monday that the Harwick "
              "plant would stay open. Mara Velden said the company had no buyer.\n",
    "a2.txt": "Tollbridge depot\n\nIvo Velden, a trader at Tollbridge Capital, said prices would rise.\n",
    "a3.txt": "Plant stays\n\nVelden told reporters the plant would not be sold. Shares of Quarrow rose 3%.\n",
}


@pytest.fixture()
def built(tmp_path: Path) -> tuple[Path, Store]:
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "store")
    build(analyse(load_corpus(folder), store=store))
    return folder, store


def _added(folder: Path, store: Store, name: str, text: str) -> pd.DataFrame:
    """Add an article and build again from the store: the linked mentions, checked equal to a build from scratch."""
    (folder / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    analysis = analyse(corpus, store=store)
    report = build(analysis)
    assert {s.stage: s.computed_docs for s in report.stages}["entities"] == 1, "the new article alone is recognised"
    pd.testing.assert_frame_equal(analysis.entity_mentions, analyse(corpus).entity_mentions)
    return analysis.entity_mentions


def _names_in(mentions: pd.DataFrame, doc_id: str, alias: str) -> set[str]:
    return set(mentions.loc[(mentions["doc_id"] == doc_id) & (mentions["alias"] == alias), "entity"])


def test_an_added_article_links_a_surname_in_an_older_one(built: tuple[Path, Store]) -> None:
    folder, store = built
    before = analyse(load_corpus(folder), store=store).entity_mentions
    assert _names_in(before, "a3", "Velden") <= {"Velden"}, "two people named Velden, neither dominant"
    after = _added(folder, store, "a4.txt", "Quarrow chief\n\nMara Velden met workers on Tuesday. Mara Velden said "
                                            "wages would rise. Later Mara Velden visited Harwick.\n")
    assert _names_in(after, "a3", "Velden") == {"Mara Velden"}


def test_an_added_article_changes_the_name_an_older_one_is_given(built: tuple[Path, Store]) -> None:
    folder, store = built
    before = analyse(load_corpus(folder), store=store).entity_mentions
    assert _names_in(before, "a3", "Quarrow") == {"Quarrow Foods"}, "the first word of one company"
    after = _added(folder, store, "a5.txt", "Miner expands\n\nQuarrow Mining Ltd said it would open a new pit.\n")
    assert _names_in(after, "a3", "Quarrow") == {"Quarrow"}, "now the first word of two companies: its own name"


def test_linking_reads_one_row_per_distinct_form(built: tuple[Path, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.entities.aliases as aliases

    folder, _ = built
    shutil.copy(folder / "a1.txt", folder / "a1_reprint.txt")
    sizes: list[int] = []
    real = aliases._link_forms

    def counted(surfaces, *rest):  # type: ignore[no-untyped-def]
        sizes.append(len(surfaces))
        return real(surfaces, *rest)

    monkeypatch.setattr(aliases, "_link_forms", counted)
    mentions = analyse(load_corpus(folder)).entity_mentions
    assert sizes and sizes[0] < len(mentions), "a reprint's mentions are forms already seen"
