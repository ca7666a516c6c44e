"""Round 65, source overlap and spread (invented text): a sentence of the same template with other figures is not a
copy, and two copies of one source are siblings, not source and taker."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import FilterState, analyse, load_corpus, select
from analysis.corpus.load import Corpus, build_corpus
from analysis.corpus.readers import RawArticle
from analysis.overlap.align import DEFAULT_THRESHOLD, align_bruteforce, align_sentences, figures_differ, normalise
from analysis.overlap.passages import align_passages, link_passages_kept, sentence_occurrences
from analysis.overlap.spread import reuse_edges

# --- figures: a market template with other figures ----------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Zinc for March rose 2.1% to $2,410 a tonne in London.", "Zinc for March slipped 0.7% to $2,366 a tonne in London."),
    ("Rival Tallow Corp rose 1.4%.", "Rival Tallow Corp rose 3.9%."),
    ("The Dow Jones Industrial Average fell 212.40 points, or 0.6%, to 31,870.11, and the S&P 500 lost 0.8%.",
     "The Dow Jones Industrial Average rose 98.02 points, or 0.3%, to 32,180.54, and the S&P 500 gained 0.4%."),
    ("Harrow Mills added 3.7% and Quenby Foods gained 5.9%, while the S&P 500 rose 0.3%.",
     "Harrow Mills lost 4.8% and Quenby Foods dropped 7.2%, while the S&P 500 edged up 0.1%."),
])
def test_same_template_other_figures_differ(a: str, b: str) -> None:
    assert figures_differ(normalise(a), normalise(b))


@pytest.mark.parametrize(("a", "b"), [
    ("Shares of Tallow Corp closed down 8.2% at $41.07 on Tuesday.", "Tallow Corp shares closed 8.2% lower at $41.07."),
    # a converted currency: one figure of two changed
    ("The board cut £1.9 million ($2.4 million) from the chief executive's bonus.",
     "The board cut £1.9 million ($3.6 million) from the chief executive's bonus."),
    # the same day, written out in one and with its year in the other
    ("She will remain in the role until June 30 next year, the company said.",
     "She will remain in the role until June 30, 2027, the company said."),
    ("The chain will close stores across the north, the company said.", "The chain will close 40 stores across the north."),
])
def test_a_copy_keeps_its_figures(a: str, b: str) -> None:
    assert not figures_differ(normalise(a), normalise(b))


WRAP_A = [
    "Zinc for March rose 2.1% to $2,410 a tonne on the London exchange in thin trade on Monday.",
    "Traders in the north of the valley said the harvest of winter barley had been late and small.",
]
WRAP_B = [
    "Zinc for March slipped 0.7% to $2,366 a tonne on the London exchange in thin trade on Monday.",
    "A ferry company on the island said it would add two crossings each day over the busy season.",
]
REPRINT_A = [
    "Zinc for March rose 2.1% to $2,410 a tonne on the London exchange in thin trade on Tuesday.",
    "Traders in the north of the valley said the harvest of winter barley had been late and small.",
]


def _corpus(docs: dict[str, list[str]]) -> Corpus:
    records = [(RawArticle(file=f"{n}.txt", text="\n\n".join(p), outlet=f"Outlet {n}"), {}, "corpus") for n, p in docs.items()]
    return build_corpus(records)


def _pairs(matches: pd.DataFrame) -> set[tuple[str, str]]:
    return {(a.split(".")[0][-1], b.split(".")[0][-1]) for a, b in zip(matches["doc_a"], matches["doc_b"])}


def test_two_wraps_with_other_figures_do_not_match_but_a_reprint_does() -> None:
    corpus = _corpus({"a": WRAP_A, "b": WRAP_B, "c": REPRINT_A})
    ids = dict(zip(corpus.docs["file"], corpus.docs["doc_id"]))
    fast = align_sentences(corpus)
    slow = align_bruteforce(corpus)
    for found in (fast, slow):
        pairs = set(zip(found["doc_a"], found["doc_b"]))
        assert (ids["a.txt"], ids["c.txt"]) in pairs
        assert (ids["a.txt"], ids["b.txt"]) not in pairs and (ids["b.txt"], ids["c.txt"]) not in pairs
    passages, links = align_passages(corpus)
    texts = passages.drop_duplicates("text_id").set_index("text_id")["doc_id"]
    linked = {frozenset((texts[u], texts[v])) for u, v in zip(links["u"], links["v"])}
    assert linked == {frozenset((ids["a.txt"], ids["c.txt"]))}


def test_an_added_wrap_with_other_figures_links_to_nothing_when_kept() -> None:
    old = _corpus({"a": WRAP_A, "c": REPRINT_A})
    new = _corpus({"a": WRAP_A, "c": REPRINT_A, "b": WRAP_B})
    _, _, state = link_passages_kept(sentence_occurrences(old), len(old.docs))
    _, kept_links, _ = link_passages_kept(sentence_occurrences(new), len(new.docs), state=state)
    _, scratch_links, _ = link_passages_kept(sentence_occurrences(new), len(new.docs))
    pd.testing.assert_frame_equal(kept_links, scratch_links)
    assert len(scratch_links) == 1


# --- spread: two copies of one wire story are siblings ---------------------------------------------------------

WIRE = [
    "The lantern maker Orrin Glassworks said on Monday it would shut its two oldest furnaces by the end of summer.",
    "About three hundred workers at the plant near the river will be offered jobs at the newer site upstream.",
    "Orrin Glassworks blamed the cost of gas and a slump in orders from hotel chains for the closures.",
    "A union official said members would meet on Thursday evening to discuss the offer from the company.",
    "The company's shares have lost a third of their value since the start of the year on the small caps board.",
    "Orrin Glassworks was founded in the valley more than a century ago by two brothers from the coast.",
]
OWN = ("A reporter for the paper watched a small crew cool the older furnaces on Tuesday morning, one after the "
       "other, while a few neighbours stood at the gate of the yard.")
SIBLING_EDIT = [WIRE[0], WIRE[1], OWN, WIRE[2], WIRE[3], WIRE[4]]
MARKETS = [
    "Elsewhere on the board, the harbour operator Quayline rose after winning a contract for the new pier.",
    "Grain traders said the price of barley had steadied after a week of heavy selling on the exchange.",
    "The index of smaller companies closed little changed as dealers waited for the central bank on Thursday.",
]


@pytest.fixture(scope="module")
def spread_edges(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder: Path = tmp_path_factory.mktemp("siblings")
    docs = {
        "wire.txt": ("Wire", "2026-02-02", WIRE),
        "reprint_cut.txt": ("Gazette", "2026-02-02", WIRE[:5]),
        "reprint_later.txt": ("Examiner", "2026-02-03", SIBLING_EDIT),
        "splice.txt": ("Review", "2026-02-04", SIBLING_EDIT[:4] + MARKETS),
    }
    manifest = ["file,outlet,published,title"]
    for name, (outlet, day, paras) in docs.items():
        (folder / name).write_text(f"Glassworks story {name}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
        manifest.append(f"{name},{outlet},{day},Glassworks story {name}")
    (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    sel = select(analyse(load_corpus(folder)), FilterState())
    return reuse_edges(sel.view, sel.pair_sums(DEFAULT_THRESHOLD))


def test_copies_of_one_wire_story_take_from_the_wire_not_from_each_other(spread_edges: pd.DataFrame) -> None:
    links = set(zip(spread_edges["source_file"], spread_edges["taker_file"]))
    assert links == {("wire.txt", "reprint_cut.txt"), ("wire.txt", "reprint_later.txt"), ("wire.txt", "splice.txt"),
                     ("reprint_later.txt", "splice.txt")}


def test_a_copy_that_took_the_sibling_edit_keeps_that_link(spread_edges: pd.DataFrame) -> None:
    # the splice holds the later reprint's own sentence, so it holds more of the reprint than of the wire
    row = spread_edges.loc[(spread_edges["source_file"] == "reprint_later.txt") & (spread_edges["taker_file"] == "splice.txt")]
    wire = spread_edges.loc[(spread_edges["source_file"] == "wire.txt") & (spread_edges["taker_file"] == "splice.txt")]
    assert float(row["share_taken"].iloc[0]) > float(wire["share_taken"].iloc[0]) + 0.1
