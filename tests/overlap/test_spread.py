"""Spread: who took from whom. A synthetic corpus with known reprints, rewrites and quote-only borrowings (and
publication times) checks directions and kinds; the seeds check the LeCun passage and uncertain directions;
the CLI prints the page's links."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis import FilterState, analyse, load_corpus, select
from analysis.cli import main
from analysis.overlap import spread
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.spread import (
    CLI_COLUMNS,
    passage_clusters,
    reuse_edges,
    spread_table,
)
from analysis.overlap.spread_chart import render_spread_chart

WORDS = (
    "market board plan growth river table winter signal harbour engine garden village letter morning silver "
    "window account budget council forest island journey kitchen ladder meadow number office pocket question "
    "rocket season ticket valley weather yellow anchor basket candle desert feather glacier helmet insect jacket "
    "lantern mirror needle orange pillow quarry ribbon saddle thunder umbrella velvet wagon barrel cabinet dolphin "
    "elbow falcon gravel hammer igloo jungle kettle lemon magnet nectar oyster parrot quiver radar sandal tractor "
    "uniform violin walnut yacht zipper bridge castle drum eagle fabric goose harvest iron jelly kayak lizard marble"
).split()


def _sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(12, 18))
    return " ".join(words).capitalize() + "."


def _edit(sentence: str, rng: random.Random) -> str:
    words = sentence.rstrip(".").split()
    for i in rng.sample(range(1, len(words)), 2):
        words[i] = rng.choice(WORDS)
    return " ".join(words) + "."


def _quote(rng: random.Random, speaker: str) -> str:
    return f"“{_sentence(rng)[:-1]},” said {speaker}."


def _article(title: str, sentences: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(sentences) + "\n"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, dict[tuple[str, str], str]]:
    """20 originals and one taker each (reprint, rewrite or quotes only), published hours to days later."""
    rng = random.Random(7)
    folder = tmp_path_factory.mktemp("spread")
    manifest = ["file,outlet,published,title"]
    truth: dict[tuple[str, str], str] = {}
    kinds = ["reprint", "rewrite", "quotes"]
    for i in range(21):
        body = [_sentence(rng) for _ in range(10)] + [_quote(rng, "Ada Quill"), _quote(rng, "Ben Orr")]
        rng.shuffle(body)
        day = 1 + i % 9
        src, taker = f"orig{i:02d}.txt", f"copy{i:02d}.txt"
        kind = kinds[i % 3]
        if kind == "reprint":
            copy = list(body)
        elif kind == "rewrite":
            kept = [_edit(s, rng) for s in body if not s.startswith("“")][:7]
            copy = kept + [_sentence(rng) for _ in range(4)]
        else:
            copy = [_sentence(rng) for _ in range(10)] + [s for s in body if s.startswith("“")]
        (folder / src).write_text(_article(f"Original story {i}", body), encoding="utf-8")
        (folder / taker).write_text(_article(f"Follow-up story {i}", copy), encoding="utf-8")
        same_day = i % 2 == 0  # half the copies come out later the same day: only the times tell
        later_day = day if same_day else day + 1
        manifest.append(f"{src},Outlet O{i % 4},2025-03-{day:02d}T08:{i:02d}:00,Original story {i}")
        manifest.append(f"{taker},Outlet T{i % 5},2025-03-{later_day:02d}T{15 if same_day else 9}:30:00,Follow-up story {i}")
        truth[(src, taker)] = kind
    (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    corpus = load_corpus(folder)
    sel = select(analyse(corpus), FilterState())
    return reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD)), truth


def test_directions_and_kinds_on_a_corpus_with_known_reuse(synthetic) -> None:
    edges, truth = synthetic
    found = {(r.source_file, r.taker_file): r for r in edges.itertuples()}
    right_direction = sum((s, t) in found for s, t in truth)
    right_kind = sum((s, t) in found and found[(s, t)].kind == k for (s, t), k in truth.items())
    assert right_direction / len(truth) >= 0.95, edges.loc[:, ["source_file", "taker_file", "kind"]]
    assert right_kind / len(truth) >= 0.95, edges.loc[:, ["source_file", "taker_file", "kind", "share_taken", "similarity"]]
    spurious = [k for k in found if k not in truth and k[::-1] not in truth]
    assert spurious == []
    assert set(edges["direction"]) == {"certain"}
    same_day = edges.loc[edges["source_published"].str[:10] == edges["taker_published"].str[:10]]
    assert len(same_day) and same_day["direction_basis"].str.startswith("published earlier the same day").all()
    reprint = edges.loc[edges["kind"] == "reprint"]
    assert (reprint["share_taken"] == 1.0).all()


def test_seeds_lecun_passage_first_printed_on_the_25th_and_uncertain(seeds_corpus) -> None:
    sel = select(analyse(seeds_corpus), FilterState())
    clusters = passage_clusters(sel.view, sel.matches(DEFAULT_THRESHOLD))
    lecun = clusters.loc[clusters["passage"].str.contains("Because their work is published and open source")].iloc[0]
    assert lecun["first_files"] == "000_249e7fa9a8165267.txt, 002_d7fa40523d25d390.txt"
    assert lecun["first_published"] == "2025-01-25"
    assert not lecun["first_certain"]  # newswalaa.com has no date at all: it could have printed it first
    assert "International Business Times UK (on or after 2025-01-27)" in lecun["later"]
    assert "newswalaa.com (unknown)" in lecun["later"]
    edges = reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD))
    undated = edges.loc[(edges["source_published"] == "unknown") | (edges["taker_published"] == "unknown")]
    assert len(undated) and set(undated["direction"]) <= {"uncertain", "undirected"}
    certain = edges.loc[edges["direction"] == "certain"]
    assert (certain["source_published"] == "2025-01-25").all()


def test_cli_spread_prints_the_page_links(seeds_corpus, capsys) -> None:
    assert main(["spread", "--format", "json"]) == 0
    rows = pd.DataFrame(json.loads(capsys.readouterr().out))
    assert list(rows.columns) == CLI_COLUMNS
    sel = select(analyse(seeds_corpus), FilterState())
    expected = spread_table(reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD)))
    assert rows.to_dict("records") == json.loads(expected.to_json(orient="records"))


def test_chart_draws_one_diamond_per_link_and_exports_the_links(seeds_corpus) -> None:
    sel = select(analyse(seeds_corpus), FilterState(outlets=("Daily The Business", "Hindustan Times", "newswalaa.com")))
    edges = reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD))
    chart = render_spread_chart(sel.view, edges, "three outlets")
    diamonds = [t for t in chart.figure.data if t.marker.symbol == "diamond"]
    assert sum(len(t.x) for t in diamonds) == len(edges) == len(chart.data)
    assert all(len(c) == 2 for t in diamonds for c in t.customdata)
    assert all("“" in h for t in diamonds for h in t.hovertext)  # the hover shows a passage the taker took
    assert "three outlets" in chart.figure.layout.title.text
    outlets = render_spread_chart(sel.view, edges, level="outlet")
    assert set(outlets.data["source_outlet"]) | set(outlets.data["taker_outlet"]) <= {
        "Daily The Business", "Hindustan Times", "newswalaa.com"}
    empty = render_spread_chart(sel.view, edges.iloc[0:0])
    assert empty.data.empty and "No article takes passages" in empty.figure.layout.annotations[0].text


def test_links_from_the_summed_overlap_are_the_links_from_the_matches(seeds_corpus) -> None:
    for threshold in (DEFAULT_THRESHOLD, 66.0):
        sel = select(analyse(seeds_corpus), FilterState())
        from_matches = reuse_edges(sel.view, sel.matches(threshold))
        from_sums = reuse_edges(sel.view, sel.pair_sums(threshold))
        assert len(from_sums) and (from_sums["example"] == "").all()
        pd.testing.assert_frame_equal(from_sums.drop(columns="example"), from_matches.drop(columns="example"))


def test_chart_of_summed_links_asks_the_examples_of_the_drawn_links_only(seeds_corpus) -> None:
    sel = select(analyse(seeds_corpus), FilterState())
    asked: list[tuple[str, str]] = []

    def examples(pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
        asked.extend(pairs)
        return sel.examples_of(DEFAULT_THRESHOLD)(pairs)

    for level in ("article", "outlet"):
        asked.clear()
        want = render_spread_chart(sel.view, reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD)), level=level)
        got = render_spread_chart(sel.view, reuse_edges(sel.view, sel.pair_sums(DEFAULT_THRESHOLD)), level=level,
                                  examples=examples)
        assert 0 < len(asked) == len(got.data)
        hover = lambda chart: [h for t in chart.figure.data if t.marker.symbol == "diamond" for h in t.hovertext]  # noqa: E731
        assert hover(got) == hover(want) and all("“" in h for h in hover(got))


def test_spread_page_of_a_large_selection_says_how_to_list_the_passages(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setattr(spread, "PAIRS_LISTED", 10)
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/spread.py")
    at.run()
    assert not at.exception
    assert any("too many to group into passages" in i.value for i in at.info)
    assert at.get("plotly_chart")  # the links are still drawn


def test_a_long_stretch_without_articles_is_folded_out_of_the_time_axis(tmp_path) -> None:
    """Coverage in two bursts (March, then June): the empty weeks between are folded to a dashed line labelled with
    how much later the next article came, each burst keeps its width, and an arrow across the fold keeps its
    diamond between its ends. A corpus without such a stretch keeps its plain date axis."""
    rng = random.Random(11)
    march, june = [_sentence(rng) for _ in range(10)], [_sentence(rng) for _ in range(10)]
    articles = {  # file: (published, sentences)
        "first.txt": ("2025-03-03", march), "reprint.txt": ("2025-03-04", list(march)),
        "later.txt": ("2025-06-10", june), "later_reprint.txt": ("2025-06-11", list(june)),
        "look_back.txt": ("2025-06-12", [_edit(s, rng) for s in march[:7]] + [_sentence(rng) for _ in range(3)]),
    }
    manifest = ["file,outlet,published,title"]
    for i, (name, (day, sentences)) in enumerate(articles.items()):
        (tmp_path / name).write_text(_article(f"Story {name}", sentences), encoding="utf-8")
        manifest.append(f"{name},Outlet {i},{day},Story {name}")
    (tmp_path / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    sel = select(analyse(load_corpus(tmp_path)), FilterState())
    edges = reuse_edges(sel.view, sel.matches(DEFAULT_THRESHOLD))
    chart = render_spread_chart(sel.view, edges, level="article")
    layout = chart.figure.layout
    assert len(layout.shapes) == 1 and layout.shapes[0].line.dash == "dash"
    assert [a.text for a in layout.annotations if "later" in str(a.text)] == ["98 days later"]
    assert layout.xaxis.ticktext[0] == "03 Mar<br>2025" and "10 Jun" in layout.xaxis.ticktext
    nodes = [t for t in chart.figure.data if t.marker.symbol == "circle" and t.hovertext]
    x_of = {h.split("<br>")[-1]: x for t in nodes for h, x in zip(t.hovertext, t.x)}
    assert x_of["2025-06-10"] - x_of["2025-03-04"] == 4  # 98 days drawn as the two margins
    assert x_of["2025-03-03"] < layout.shapes[0].x0 < x_of["2025-06-10"]
    diamonds = {tuple(c): x for t in chart.figure.data if t.marker.symbol == "diamond" for c, x in zip(t.customdata, t.x)}
    ids = dict(zip(sel.view.docs["file"], sel.view.docs["doc_id"]))
    across = diamonds[(ids["first.txt"], ids["look_back.txt"])]
    assert x_of["2025-03-03"] < across < x_of["2025-06-12"]
    assert "folds a stretch" in chart.caption

    seeds = select(analyse(load_corpus(Path("seeds"))), FilterState())
    plain = render_spread_chart(seeds.view, reuse_edges(seeds.view, seeds.matches(DEFAULT_THRESHOLD)))
    assert not plain.figure.layout.shapes
    # nothing folded; the seeds are dated to their day over a few days: one tick per day, no hours
    assert plain.figure.layout.xaxis.ticktext[0] == "25 Jan<br>2025" and not any(":" in t for t in plain.figure.layout.xaxis.ticktext)
