"""Source overlap: sentence alignment, scores, quote/reporting kinds, hints, chart and CLI."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.load import Corpus, build_corpus
from analysis.corpus.readers import RawArticle
from analysis.filters import FilterState
from analysis.overlap.align import (
    DEFAULT_THRESHOLD,
    MIN_SHARED,
    align_bruteforce,
    align_sentences,
    alignable_sentences,
    normalise,
)
from analysis.overlap.chart import (
    aligned_pairs,
    diff_words,
    doc_labels,
    doc_names,
    overlap_chart,
    provenance_hints,
)
from analysis.overlap.passages import align_passages, expand_matches
from analysis.overlap.score import (
    CLI_PAIR_COLUMNS,
    SENTENCE_PAIR_COLUMNS,
    narrow_matches,
    overlap_table,
    pair_table,
    quote_mask,
    sentence_matches,
)
from tests.pipeline_helpers import report_charts, selection
from ui.markup import diff_markdown, escape_markdown

ROOT = Path(__file__).resolve().parents[2]
S = {"000": "000_249e7fa9a8165267", "001": "001_9d4eccda8b18999b", "002": "002_d7fa40523d25d390",
     "003": "003_877fc2d5a0b2fa8b", "004": "004_7edf549026a98687"}

WIRE_A = [
    "Shares of Nvidia fell 17 percent on Monday, wiping nearly 600 billion dollars off its market value.",
    "The slide came after the Chinese start-up DeepSeek released a reasoning model it said cost a fraction to build.",
    "Analysts at Bernstein said the sell-off looked overdone given the strong demand for data centre chips.",
    "\u201cThis is a wake-up call for the whole industry,\u201d said a portfolio manager at a London fund.",
    "Regulators in Washington are expected to review export rules for advanced processors later this year.",
    "Microsoft and Alphabet also traded lower, while Apple edged up in afternoon trading in New York.",
]
WIRE_UNRELATED = [
    "The city council approved a new budget for road repairs after a lengthy debate on Tuesday evening.",
    "Heavy rain is forecast across the northern region for the rest of the week, the weather service warned.",
    "The museum will reopen its ancient history wing in the spring after three years of restoration work.",
    "Local farmers said the late frost had damaged a large part of this season's apple harvest.",
    "The football club confirmed that its captain would miss the final two matches with a knee injury.",
]


def _corpus(docs: dict[str, list[str]]) -> Corpus:
    records = [
        (RawArticle(file=f"{name}.txt", text="\n\n".join(paras), outlet=f"Outlet {name}"), {}, "corpus")
        for name, paras in docs.items()
    ]
    return build_corpus(records)


def _score(table: pd.DataFrame, a: str, b: str) -> float:
    row = table.loc[(table["doc_a"] == a) & (table["doc_b"] == b), "score"]
    return float(row.iloc[0]) if len(row) else 0.0


# --- seeds: the gold relations ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_pairs(seeds_corpus: Corpus) -> pd.DataFrame:
    return pair_table(seeds_corpus, narrow_matches(sentence_matches(seeds_corpus), seeds_corpus.docs["doc_id"]))


def test_gold_overlap_relations_are_the_ones_tested(gold: dict) -> None:
    must = gold["overlap"]["must_hold"]
    assert len(must) == 4
    assert must[0].startswith("000 and 002 share LeCun's post")
    assert must[3].startswith("000's duplicated body does not count")


def test_gold_000_and_002_share_lecun_post(seed_pairs: pd.DataFrame) -> None:
    assert round(_score(seed_pairs, S["000"], S["002"]), 3) == 0.078
    assert round(_score(seed_pairs, S["002"], S["000"]), 3) == 0.118
    row = seed_pairs.loc[(seed_pairs["doc_a"] == S["000"]) & (seed_pairs["doc_b"] == S["002"])].iloc[0]
    assert (row["matched_sentences"], row["quote_matches"], row["reporting_matches"]) == (3, 3, 0)


def test_gold_001_and_002_share_longest_verbatim_passage(seeds_corpus: Corpus) -> None:
    matches = sentence_matches(seeds_corpus)
    part = matches.loc[(matches["doc_a"] == S["001"]) & (matches["doc_b"] == S["002"]) & (matches["similarity"] == 100)]
    assert part["sent_a"].tolist() == [5, 6, 7]
    text = seeds_corpus.sentences.set_index(["doc_id", "sent_id"])["text"]
    assert text[(S["001"], 5)].startswith("'DeepSeek has profited from open research and open source (e.g. PyTorch and Llama")
    assert set(part["kind"]) == {"quote"}


def test_gold_003_garbled_passage_matches_fuzzily(seeds_corpus: Corpus) -> None:
    matches = narrow_matches(sentence_matches(seeds_corpus), seeds_corpus.docs["doc_id"])
    for other in ("001", "002"):
        part = matches.loc[(matches["doc_a"] == S["003"]) & (matches["doc_b"] == S[other])]
        assert part["sent_a"].tolist() == [12, 13, 14, 15]
        assert part["similarity"].max() < 100  # fuzzy, not verbatim
        assert part["similarity"].min() >= DEFAULT_THRESHOLD
    # the garbled quote is recognised as a quote despite its broken quotation marks
    assert set(matches.loc[matches["doc_a"] == S["003"], "kind"]) == {"quote"}


def test_gold_000_duplicated_body_not_counted(seeds_corpus: Corpus, seed_pairs: pd.DataFrame) -> None:
    matches = sentence_matches(seeds_corpus)
    assert not (matches["doc_a"] == matches["doc_b"]).any()
    assert seed_pairs["score"].max() < 0.2  # no pair is inflated by a repeated body
    assert len(alignable_sentences(seeds_corpus).query(f"doc_id == '{S['000']}'")) == 23  # one body, not two
    assert not matches.duplicated(["doc_a", "sent_a", "doc_b"]).any()


def test_seed_pair_table_counts(seed_pairs: pd.DataFrame) -> None:
    assert len(seed_pairs) == 18
    assert seed_pairs.iloc[0][["doc_a", "doc_b"]].tolist() == [S["000"], S["001"]]
    assert round(float(seed_pairs.iloc[0]["score"]), 3) == 0.168
    assert (seed_pairs["doc_a"] != seed_pairs["doc_b"]).all()


def test_unrelated_seed_sentences_do_not_match(seeds_corpus: Corpus) -> None:
    matches = narrow_matches(sentence_matches(seeds_corpus), seeds_corpus.docs["doc_id"])
    # 004 only shares two quotes (LeCun's and Zuckerberg's) with the others, nothing of its own prose
    assert sorted(set(matches.loc[matches["doc_a"] == S["004"], "sent_a"])) == [7, 20]


# --- fast path == brute-force reference --------------------------------------------------------------------


def test_fast_path_equals_bruteforce_on_seeds(seeds_corpus: Corpus) -> None:
    fast, exact = align_sentences(seeds_corpus), align_bruteforce(seeds_corpus)
    assert len(fast) == len(exact) == 52
    pd.testing.assert_frame_equal(fast, exact, check_exact=False, atol=1e-3)


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_overlap", ROOT / "bench" / "bench_overlap.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_fast_path_matches_bruteforce_on_synthetic() -> None:
    corpus = _bench_module().synthetic_corpus(80, seed=3)
    exact = align_bruteforce(corpus)
    key = ["doc_a", "sent_a", "doc_b", "sent_b"]
    assert len(exact) == 3780
    # small corpus: blocking on single shared trigrams, exactly the brute-force pairs
    assert align_sentences(corpus)[key].equals(exact[key])
    # the large-corpus setting (two shared trigrams) may only miss heavily garbled pairs, never invent any
    fast = align_sentences(corpus, min_shared=MIN_SHARED)
    merged = exact.merge(fast, on=key, how="outer", indicator=True)
    assert (merged["_merge"] == "right_only").sum() == 0
    assert (merged["_merge"] == "both").sum() == 3770


def test_fast_path_equals_bruteforce_on_seeds_at_every_threshold(seeds_corpus: Corpus) -> None:
    for threshold in (65.0, 70.0, 85.0, 95.0):
        fast, exact = align_sentences(seeds_corpus, threshold), align_bruteforce(seeds_corpus, threshold)
        assert fast[["doc_a", "sent_a", "doc_b", "sent_b"]].equals(exact[["doc_a", "sent_a", "doc_b", "sent_b"]])
    assert len(align_sentences(seeds_corpus, 65.0)) == 60


def test_passages_expand_to_the_matches_of_any_view(seeds_corpus: Corpus) -> None:
    """The stored form (groups of identical sentences, links between similar ones) gives, for any selection of
    documents, threshold and unit, exactly the full pair table narrowed to them."""
    passages, links = align_passages(seeds_corpus)
    assert len(passages) == len(alignable_sentences(seeds_corpus)), "one row per sentence, not per pair"
    assert (links["u"] < links["v"]).all()
    full = sentence_matches(seeds_corpus)
    pd.testing.assert_frame_equal(expand_matches(passages, links), full)
    ids = seeds_corpus.docs["doc_id"].tolist()
    for doc_ids, threshold, unit in ((ids[:3], 65.0, "all"), (ids[1:], 85.0, "reporting"), (ids, 75.0, "quotes"),
                                     (ids[:1], 65.0, "all")):
        want = narrow_matches(full, doc_ids, threshold, unit)
        pd.testing.assert_frame_equal(expand_matches(passages, links, doc_ids, threshold, unit), want,
                                      check_index_type=False, check_dtype=False)


def test_a_reprinted_sentence_is_one_passage_group() -> None:
    corpus = _corpus({name: list(WIRE_A) for name in "abcdef"})
    passages, links = align_passages(corpus)
    assert passages["text_id"].nunique() == len(WIRE_A) and links.empty
    assert len(expand_matches(passages, links)) == len(WIRE_A) * 6 * 5  # the pairs exist only when expanded


# --- synthetic wire stories -------------------------------------------------------------------------------


def test_exact_reprint_scores_one_and_unrelated_zero() -> None:
    corpus = _corpus({"a": WIRE_A, "b": list(WIRE_A), "c": WIRE_UNRELATED})
    table = pair_table(corpus, sentence_matches(corpus))
    assert _score(table, "a", "b") == 1.0
    assert _score(table, "b", "a") == 1.0
    assert _score(table, "a", "c") == 0.0
    assert _score(table, "c", "a") == 0.0
    assert len(table) == 2


def test_lightly_edited_copy_scores_high() -> None:
    edited = [
        WIRE_A[0].replace("fell", "dropped").replace("Monday", "Monday's session"),
        WIRE_A[1].replace("start-up", "startup"),
        WIRE_A[2].replace("Analysts at Bernstein said", "Bernstein analysts said"),
        WIRE_A[3],
        WIRE_A[4].replace("later this year", "this year"),
        "The agency's reporter in Tokyo said chipmakers there also lost ground in early trading on Tuesday.",
    ]
    corpus = _corpus({"a": WIRE_A, "e": edited})
    table = pair_table(corpus, sentence_matches(corpus))
    assert _score(table, "e", "a") >= 0.8
    assert _score(table, "a", "e") >= 0.75
    row = table.loc[table["doc_a"] == "a"].iloc[0]
    assert (row["matched_sentences"], row["quote_matches"], row["reporting_matches"]) == (5, 1, 4)


def test_self_duplicated_document_is_not_inflated() -> None:
    corpus = _corpus({"a": WIRE_A + WIRE_A, "b": WIRE_A[:3]})
    table = pair_table(corpus, sentence_matches(corpus))
    assert _score(table, "b", "a") == 1.0
    assert round(_score(table, "a", "b"), 2) == round(
        sum(len(normalise(s)) for s in WIRE_A[:3]) / sum(len(normalise(s)) for s in WIRE_A), 2
    )
    row = table.loc[(table["doc_a"] == "a") & (table["doc_b"] == "b")].iloc[0]
    assert row["matched_sentences"] == 3


def test_short_sentences_never_match() -> None:
    corpus = _corpus({"a": ["Shares fell sharply.", WIRE_UNRELATED[0]], "b": ["Shares fell sharply.", WIRE_UNRELATED[1]]})
    assert sentence_matches(corpus).empty


def test_quote_mask_kinds() -> None:
    text = "He said \u201cwe will win this race\u201d today. It's people's choice, 'as always' he added."
    mask = quote_mask(text)
    inside = "".join(c for c, m in zip(text, mask) if m)
    assert inside == "\u201cwe will win this race\u201d'as always'"
    # a quote split over paragraphs whose marks were lost, closed by a lone mark
    text2 = "\u201cFirst line of the quote\n\nSecond line without marks\n\nLast line.\u201d\n\nNot quoted."
    mask2 = quote_mask(text2)
    assert mask2[: text2.index("Not")].sum() == len(text2.replace("\n", "")) - len("Not quoted.")
    assert not mask2[text2.index("Not") :].any()


# --- drill-down and view --------------------------------------------------------------------------------------


def test_diff_words_and_markdown_escape() -> None:
    left, right = diff_words("They built them on top of other people's work.", "They built them on the work of other people.")
    assert [w for w, d in left if d] == ["top", "people's", "work."]
    assert [w for w, d in right if d] == ["the", "work", "people."]
    left, right = diff_words("(eg Pytorch and Llama of Meta) \u201d", "(e.g. PyTorch and Llama from Meta).")
    assert [w for w, d in left if d] == ["of"]
    assert [w for w, d in right if d] == ["from"]
    md_a, _ = diff_markdown("Costs fell to $5 [sic] *now*.", "Costs dropped to $5 [sic] *now*.")
    assert md_a == r"Costs :orange-background[fell] to \$5 \[sic\] \*now\*\."
    assert escape_markdown(":smile: <b>x</b>") == r"\:smile\: \<b\>x\</b\>"


def test_aligned_pairs_and_hints_on_seeds(seeds_corpus: Corpus) -> None:
    matches = narrow_matches(sentence_matches(seeds_corpus), seeds_corpus.docs["doc_id"])
    pairs = aligned_pairs(seeds_corpus, matches, "newswalaa.com", "Hindustan Times", "outlet")
    assert pairs["sent_a"].tolist() == [12, 13, 14, 15]
    assert pairs["text_b"].iloc[1] == "They came up with new ideas and built them on top of other people's work."
    hints = provenance_hints(seeds_corpus, matches)
    assert hints[0] == (
        "Daily The Business, “Meta's chief AI scientist says DeepSeek's success shows that 'open…”: the manifest says "
        "it is derived from Business Insider "
        "(not in this selection)."
    )
    assert hints[-1].startswith("Largest overlap: 17% of Daily The Business, “Meta's chief") and "000_249e" not in hints[-1]


def test_hint_reproduces_for_reprint() -> None:
    corpus = _corpus({"a": WIRE_A, "b": list(WIRE_A)})
    hints = provenance_hints(corpus, sentence_matches(corpus))
    assert hints == [  # no date says which is the copy: one hint for the pair, no direction claimed
        "a.txt (Outlet a) and b.txt (Outlet b) carry the same text (100% and 100% of each, 6 sentences); their dates "
        "do not say which is the copy.",
    ]
    corpus = _corpus({"a": WIRE_A, "b": list(WIRE_A), "c": list(WIRE_A)})
    hints = provenance_hints(corpus, sentence_matches(corpus), max_hints=2)
    assert hints == [
        "a.txt (Outlet a) and b.txt (Outlet b) carry the same text (100% and 100% of each, 6 sentences); their dates "
        "do not say which is the copy.",
        "a.txt (Outlet a) and c.txt (Outlet c) carry the same text (100% and 100% of each, 6 sentences); their dates "
        "do not say which is the copy.",
        "… and 1 more pair of documents carrying the same text (Compare: Documents shows every pair).",
    ]


def test_document_labels_without_outlet() -> None:
    records = [(RawArticle(file=f"{n}.txt", text="\n\n".join(WIRE_A)), {}, "corpus") for n in ("copy-of-a-very-long-file-name", "b")]
    corpus = build_corpus(records)
    assert doc_labels(corpus.docs) == {"copy-of-a-very-long-file-name": "copy-of-a-very-long-…", "b": "b"}
    # a file name the user gave is kept, with the outlet under it; a machine-made one gives way to the headline
    first = corpus.docs["doc_id"].tolist()
    named = corpus.docs.assign(outlet=["Wire <A>", "Wire B"], file=["nvidia_monday.txt", "0a1b2c3d4e5f6a7b.txt"],
                               title=["Nvidia falls", "Chips slide on DeepSeek"])
    assert doc_labels(named) == {first[0]: "nvidia_monday<br>Wire &lt;A&gt;", first[1]: "Wire B<br>Chips slide on DeepSeek"}
    assert doc_names(named)[first[1]] == "Wire B, “Chips slide on DeepSeek”"
    assert doc_names(corpus.docs) == {"copy-of-a-very-long-file-name": "copy-of-a-very-long-file-name.txt", "b": "b.txt"}


def test_heatmap_chart_blank_diagonal_and_percentages(seeds_corpus: Corpus) -> None:
    [result] = report_charts("overlap", seeds_corpus, FilterState())
    heat = result.figure.data[0]
    assert heat.type == "heatmap"
    assert len(heat.x) == 5
    assert all(heat.z[i][i] is None for i in range(5))
    i, j = list(heat.y).index("Daily The Business"), list(heat.x).index("International Business<br>Times UK")
    assert heat.text[i][j] == "17%"
    cells = result.figure.data[1]  # invisible markers: hover text and click selection per cell
    k = [n for n, (x, y) in enumerate(zip(cells.x, cells.y)) if (y, x) == ("Daily The Business", "International Business<br>Times UK")][0]
    assert cells.customdata[k] == (
        "<b>Daily The Business</b><br>has 16.8% of its text in<br><b>International Business Times UK</b><br>"
        "5 matched sentences: 5 quote, 0 reporting"
    )
    assert len(cells.x) == 20
    assert result.figure.layout.xaxis.title.text == "… found in this outlet (B)"
    assert len(result.data) == 20
    assert "Source: Storytrace, 5 articles from 5 outlets" in result.figure.layout.annotations[0].text


def test_heatmap_empty_state_says_what_to_do(seeds_corpus: Corpus) -> None:
    view = seeds_corpus.subset([S["000"], S["004"]])
    matches = narrow_matches(sentence_matches(seeds_corpus), view.docs["doc_id"], 99.0, "reporting")
    result = overlap_chart(view, matches, "document", "reporting", 99.0)
    assert "lower the threshold" in result.figure.layout.annotations[0].text
    one = seeds_corpus.subset([S["000"]])
    result = overlap_chart(one, narrow_matches(sentence_matches(seeds_corpus), [S["000"]]), "outlet")
    assert "at least two" in result.figure.layout.annotations[0].text


def test_report_charts_respects_outlet_filter(seeds_corpus: Corpus) -> None:
    [result] = report_charts("overlap", seeds_corpus, FilterState(outlets=("Hindustan Times", "newswalaa.com")))
    assert len(result.data) == 2
    assert sorted(result.data["score_pct"].tolist()) == [6.9, 16.5]
    assert "Outlets: Hindustan Times, newswalaa.com" in result.figure.layout.title.text


# --- CLI ----------------------------------------------------------------------------------------------------


def test_cli_table_columns(seeds_corpus: Corpus) -> None:
    table = overlap_table(seeds_corpus, selection(seeds_corpus).matches(DEFAULT_THRESHOLD))
    assert table.columns.tolist() == CLI_PAIR_COLUMNS
    assert len(table) == 18
    pairs = overlap_table(seeds_corpus, selection(seeds_corpus).matches(95.0), pairs=True)
    assert pairs.columns.tolist() == SENTENCE_PAIR_COLUMNS
    assert len(pairs) == 6
    assert set(pairs["kind"]) == {"quote"}


def test_cli_subprocess_json() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "analysis", "overlap", "--format", "json", "--outlet", "Hindustan Times", "--outlet", "newswalaa.com"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    rows = json.loads(out.stdout)
    assert [(r["outlet_a"], r["outlet_b"], r["score"], r["matched_sentences"]) for r in rows] == [
        ("Hindustan Times", "newswalaa.com", 0.165, 4),
        ("newswalaa.com", "Hindustan Times", 0.069, 4),
    ]


def test_heatmap_keeps_the_most_overlapping_when_too_many(seeds_corpus: Corpus) -> None:
    matches = narrow_matches(sentence_matches(seeds_corpus), seeds_corpus.docs["doc_id"])
    result = overlap_chart(seeds_corpus, matches, "outlet", max_axis=3)
    assert list(result.figure.data[0].x) == ["Daily The Business", "Hindustan Times", "International Business<br>Times UK"]
    assert len(result.data) == 6
    assert "Showing the 3 outlets with the most shared text; 2 more are left out" in result.caption


def test_heatmap_scale_fits_the_data_and_names_the_largest_cell(seeds_corpus: Corpus) -> None:
    from tests.pipeline_helpers import selection

    sel = selection(seeds_corpus)
    result = overlap_chart(sel.view, sel.matches(75.0), "outlet", "all", 75.0)
    heat = result.figure.data[0]
    top = result.data["score_pct"].max()
    assert heat.zmax == max(5.0, -(-top // 5) * 5) < 100
    assert f"(largest: {top:.0f}%)" in heat.colorbar.title.text


def test_the_picked_cell_is_framed(seeds_corpus: Corpus) -> None:
    from analysis.overlap.chart import mark_cell
    from tests.pipeline_helpers import selection

    sel = selection(seeds_corpus)
    result = overlap_chart(sel.view, sel.matches(75.0), "outlet", "all", 75.0)
    row = result.data.loc[result.data["matched_sentences"] > 0].iloc[0]
    marked = mark_cell(result, row["row_id"], row["col_id"])
    (frame,) = marked.figure.layout.shapes
    labels = list(result.figure.data[0].x)
    assert (frame.x0 + 0.5, frame.y0 + 0.5) == (labels.index(row["col_label"]), labels.index(row["row_label"]))
    assert not result.figure.layout.shapes  # the original figure is left as it was
    assert mark_cell(result, "nobody", "nothing") is result


def test_a_wire_agency_is_the_original_of_a_copy_on_its_day() -> None:
    from analysis.overlap.chart import is_wire_agency

    assert is_wire_agency("Reuters") and is_wire_agency("AP News") and is_wire_agency("Harbour Wire")
    assert not is_wire_agency("Valley Courier") and not is_wire_agency("Wire Review Weekly")
    corpus = _corpus({"paper": WIRE_A, "agency": list(WIRE_A)})
    corpus.docs.loc[corpus.docs["file"] == "agency.txt", "outlet"] = "Harbour Wire"
    hints = provenance_hints(corpus, sentence_matches(corpus))
    assert hints == ["paper.txt (Outlet paper) reproduces 100% of its text from agency.txt (Harbour Wire) (6 sentences)."]


def test_slanted_column_names_keep_to_one_line() -> None:
    # past eight columns the names under the heatmap are slanted: a slanted second line runs into the next column's
    # name, so each keeps to one line, a long one cut with "…" (the rows on the left give it whole)
    names = [f"Harbour Business Courier (Port Lyall edition) {n}" for n in range(10)]
    corpus = _corpus({f"d{n}": WIRE_A for n in range(10)})
    corpus.docs["outlet"] = names
    result = overlap_chart(corpus, sentence_matches(corpus), colours={n: "#000000" for n in names})
    ticks = list(result.figure.layout.xaxis.ticktext)
    assert len(ticks) == 10 and all("<br>" not in t and t.endswith("…") for t in ticks)
    assert all("Port Lyall edition" in t.replace("<br>", " ") for t in result.figure.layout.yaxis.ticktext)
    assert result.figure.layout.xaxis.tickangle == -35


def test_a_share_under_half_a_percent_reads_less_than_one_not_zero() -> None:
    from analysis.overlap.chart import _pct_label  # the cells and the colour bar's "largest" both print with it

    assert [_pct_label(v) for v in (0.0, 0.2, 16.6)] == ["0%", "<1%", "17%"]


def test_a_later_splice_reprints_the_earlier_reports_not_the_other_way_round() -> None:
    # a newsletter of the next day splices two earlier reports: each report is mostly in the splice, the splice only in
    # part in each; the hint names the later splice as the copy (it read "report reproduces 67% of its text from the
    # newsletter" before)
    from datetime import date

    corpus = _corpus({"report": WIRE_A, "other": WIRE_UNRELATED, "splice": WIRE_A + WIRE_UNRELATED})
    days = {"report.txt": date(2024, 1, 31), "other.txt": date(2024, 1, 24), "splice.txt": date(2024, 2, 1)}
    corpus.docs["published"] = pd.to_datetime(corpus.docs["file"].map(days))
    hints = provenance_hints(corpus, sentence_matches(corpus))
    assert hints == [
        "splice.txt (Outlet splice) reprints 100% of the text of the earlier other.txt (Outlet other) (5 sentences).",
        "splice.txt (Outlet splice) reproduces 55% of its text from report.txt (Outlet report) (6 sentences).",
    ]
