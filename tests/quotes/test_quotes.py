"""Quotes: extraction, attribution, clustering across outlets, fidelity, word differences, CLI."""

from __future__ import annotations

import json

import pytest

from analysis import analyse
from analysis.corpus.load import load_corpus
from analysis.quotes.cluster import diff_words, fidelity, normalise
from analysis.quotes.table import TABLE_COLUMNS, quote_cards, quote_table

WIRE = """Acme Robotics Inc agreed on Tuesday to buy Bolt Dynamics for $2 billion.

"This deal doubles our reach in Europe," said Jane Okafor, chief executive of Acme Robotics. "We expect the combined company to be profitable within two years."

Okafor told Reuters the talks took months. "Nobody else came close on price," Okafor told Reuters.

According to Peter Lindqvist, an analyst at Nordea Markets, the price is "fair but not cheap at all."

"We had a lot of interest from buyers," Bolt founder Carlos Mendez said in a statement. He added that "the board weighed three serious offers."

"It was not an easy decision for any of us.

"But in the end, Acme offered the best future for our engineers," Mendez said.

The European Commission said it would review the deal. "We will look closely at competition in robotics," it said.

A spokesperson declined to comment. "This is a great day for robots everywhere," one trader wrote on social media.
"""


@pytest.fixture(scope="module")
def seed_variants(seeds_corpus):
    return analyse(seeds_corpus).quotes


@pytest.fixture(scope="module")
def wire_quotes(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("wirequotes")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    return analyse(load_corpus(folder)).quotes.sort_values("start").reset_index(drop=True)


def _units(text: str) -> list[str]:
    import re

    return [u for u in re.split(r"(?<=[.!?])\s+", text) if len(u.split()) >= 3]


def _find(frame, file_prefix: str, unit: str):
    target = normalise(unit)
    part = frame.loc[frame["doc_id"].str.startswith(file_prefix[:3])]
    return part.loc[part["quote"].map(lambda q: target in normalise(q) or normalise(q) in target)]


def test_gold_quotes_found_with_speaker_and_clustered(gold, seed_variants) -> None:
    for item in gold["quotes"]:
        for unit in _units(item["quote"]):
            clusters = set()
            for file in item["files"]:
                rows = _find(seed_variants, file, unit)
                if rows.empty:  # garbled or paraphrased variants: found through their cluster below
                    continue
                assert set(rows["speaker"]) == {item["speaker"]}, (file, unit, set(rows["speaker"]))
                clusters.update(rows["cluster_id"])
            assert len(clusters) == 1, (unit, clusters)
            (cid,) = clusters
            docs = {d[:3] for d in seed_variants.loc[seed_variants["cluster_id"] == cid, "doc_id"]}
            assert docs == {f[:3] for f in item["files"]}, (unit, docs)
            speakers = set(seed_variants.loc[seed_variants["cluster_id"] == cid, "speaker"])
            assert speakers == {item["speaker"]}, (unit, speakers)


def test_lecun_variants_and_fidelity(seed_variants) -> None:
    rows = seed_variants.loc[seed_variants["quote"].str.contains("surpassing proprietary|outperform those proprietary", regex=True)]
    assert rows["cluster_id"].nunique() == 1
    by_doc = dict(zip(rows["doc_id"].str[:3], rows["fidelity"], strict=True))
    # one row per quotation: the 002 post is quoted whole, 004 prints its last sentence after a word of its own
    assert by_doc == {"000": 64.5, "002": 100, "003": 66.7, "004": 93.3}  # 000 quotes two fragments of it
    zuck = seed_variants.loc[seed_variants["quote"].str.startswith("Part of my goal")]
    assert dict(zip(zuck["doc_id"].str[:3], zuck["fidelity"], strict=True)) == {"000": 98.4, "001": 100, "004": 81.5}


def test_unattributed_quotes_keep_empty_speaker(seed_variants) -> None:
    crowd = seed_variants.loc[seed_variants["quote"].isin(["I hope you are right.", "China is surpassing the US in robotics."])]
    assert list(crowd["speaker"]) == ["", ""]


def test_single_quotes_and_apostrophes(seed_variants) -> None:
    duthoit = seed_variants.loc[seed_variants["speaker"] == "Aurélien Duthoit", "quote"].tolist()
    assert duthoit[0].startswith("If DeepSeek's model is confirmed")  # apostrophe inside a single-quoted quote
    assert len(duthoit) == 1  # one quotation of two sentences


def test_block_quote_after_colon(seed_variants) -> None:
    zuck003 = seed_variants.loc[(seed_variants["doc_id"].str.startswith("003")) & (seed_variants["speaker"] == "Mark Zuckerberg")]
    assert zuck003["quote"].iloc[0].startswith("This will be a decisive year for AI. I expect Meta AI")
    assert zuck003["quote"].iloc[0].endswith("We’re going to build!")  # seven quoted paragraphs, one quotation
    assert len(zuck003) == 1
    assert set(zuck003["kind"]) == {"direct"}


def test_block_quote_with_a_lost_opening_mark(seed_variants) -> None:
    lecun003 = seed_variants.loc[seed_variants["doc_id"].str.startswith("003") & (seed_variants["speaker"] == "Yann LeCun")]
    assert any(q.startswith("Deepseek benefited") and q.endswith("open research and open source.") for q in lecun003["quote"])


def test_wire_attribution_patterns(wire_quotes) -> None:
    found = dict(zip(wire_quotes["quote"], wire_quotes["speaker"], strict=True))
    got = {unit: s for q, s in found.items() for unit in _units(q) + [q]}
    assert got["This deal doubles our reach in Europe"] == "Jane Okafor"  # said X, chief executive of Y
    assert got["We expect the combined company to be profitable within two years."] == "Jane Okafor"  # split quote
    assert got["Nobody else came close on price"] == "Jane Okafor"  # X told Reuters
    assert got["fair but not cheap at all."] == "Peter Lindqvist"  # according to X
    assert got["We had a lot of interest from buyers"] == "Carlos Mendez"
    assert got["the board weighed three serious offers."] == "Carlos Mendez"  # he added
    assert got["It was not an easy decision for any of us."] == "Carlos Mendez"  # quote spanning paragraphs
    assert got["We will look closely at competition in robotics"] == "European Commission"  # it said
    # "one trader": never guess a name; an unnamed source quoted in full is the description itself
    assert got["This is a great day for robots everywhere"] == "trader"
    right = sum(1 for s in found.values() if s)
    assert (len(found), right) == (9, 9)  # the two paragraphs of Mendez's quote are one quotation
    assert set(wire_quotes["attribution"]) == {"adjacent", "coreference", "according-to"}


def test_diff_words_marks_changes() -> None:
    rep = "Part of my goal for the next 10 to 15 years, the next generation of platforms, is to build"
    var = "Part of my goal for the next decade is to build"
    ops = diff_words(rep, var)
    assert ("added", "decade") in ops
    assert ("removed", "10 to 15 years, the next generation of platforms,") in ops
    assert fidelity(var, rep) == 66.7


def test_quote_table_cli_and_cards(seeds_corpus, seed_variants, capsys) -> None:
    table = quote_table(analyse(seeds_corpus).quotes)
    assert list(table.columns) == TABLE_COLUMNS
    assert len(table) == len(seed_variants) == 30
    cards = quote_cards(seed_variants, set(seeds_corpus.docs["doc_id"]))
    assert cards.iloc[0]["speaker"] == "Yann LeCun" and cards.iloc[0]["outlets"].count(",") == 3
    from analysis.cli import main

    assert main(["quotes", "--format", "json", "--outlet", "Evrim Ağacı (English news)"]) == 0
    rows = json.loads(capsys.readouterr().out)
    # clusters are formed on the whole corpus (as in the app), so cluster ids and order are the whole corpus's
    assert [r["speaker"] for r in rows] == ["Yann LeCun", "Mark Zuckerberg", "Yann LeCun", "Donald Trump", "Sam Altman"]
