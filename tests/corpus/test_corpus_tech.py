"""Robustness on a corpus nobody tuned for: OpenAI's board firing and rehiring Sam Altman (Nov 2023).

tests/fixtures/corpus_tech/ holds eight hand-written articles in five formats (wire copy, an HTML page with
scripts and footer, a Markdown analysis, a JSON collection with a spun rewrite, a CSV record, a syndicated copy
full of page furniture and a lightly edited blog reprint). expected.json was labelled by hand before the
extractors were run on it. These tests pin the bars Storytrace must meet on real corpora: quotes with the right
speaker >= 85%, person/organisation recall >= 90% per article, cleaning keeps every labelled article sentence
and drops the furniture, overlap finds the reprints and the rewrite.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from analysis import analyse
from analysis.corpus.load import Corpus, load_corpus
from analysis.entities.resolve import entity_table
from analysis.overlap.align import DEFAULT_THRESHOLD
from analysis.overlap.score import overlap_table
from tests.pipeline_helpers import entity_mentions_of, selection

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_tech"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


def norm(text: str) -> str:
    """Straight quotes/apostrophes, one space, lower case: compare labels with extracted text."""
    text = unicodedata.normalize("NFKC", str(text))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def key_of(file: str) -> str:
    return str(file)


def name_matches(expected: str, found: set[str]) -> bool:
    """An expected name is found when an extracted entity equals it (case and apostrophes aside) or contains
    it as whole words ("Microsoft" in "Microsoft Corp")."""
    e = norm(expected)
    return any(e == f or re.search(rf"(?<!\w){re.escape(e)}(?!\w)", f) for f in map(norm, found))


def entity_recall(corpus: Corpus) -> dict[str, dict[str, float | list[str]]]:
    """Per article: recall of labelled people and organisations plus the names missed."""
    table = entity_table(entity_mentions_of(corpus), corpus.docs)
    out: dict[str, dict[str, float | list[str]]] = {}
    for art in EXPECTED["articles"]:
        rows = table.loc[table["file"] == art["key"]]
        people = set(rows.loc[rows["type"] == "PERSON", "entity"])
        orgs = set(rows.loc[rows["type"].isin(["ORG", "INDEX"]), "entity"])
        miss_p = [n for n in art["people"] if not name_matches(n, people)]
        miss_o = [n for n in art["orgs"] if not name_matches(n, orgs)]
        out[art["key"]] = {
            "people": 1 - len(miss_p) / len(art["people"]),
            "orgs": 1 - len(miss_o) / len(art["orgs"]),
            "missed": miss_p + miss_o,
        }
    return out


def quote_scores(corpus: Corpus) -> tuple[int, int, int, list[str]]:
    """(labelled quotes, found, found with the right speaker, problems). A quote labelled with no speaker is
    right when no speaker is given."""
    quotes = analyse(corpus).quotes.sort_values(["doc_id", "start"]).reset_index(drop=True)
    total = found = right = 0
    problems: list[str] = []
    for art in EXPECTED["articles"]:
        rows = quotes.loc[quotes["file"] == art["key"]]
        for item in art["quotes"]:
            total += 1
            hit = rows.loc[rows["quote"].map(lambda q, t=norm(item["quote"]): t in norm(q))]
            if hit.empty:
                problems.append(f"{art['key']}: not found: {item['quote']!r}")
                continue
            found += 1
            got = hit["speaker"].iloc[0]
            got = "" if pd.isna(got) else str(got)
            want = item["speaker"] or ""
            if norm(got) == norm(want) or (want and name_matches(want, {got})):
                right += 1
            else:
                problems.append(f"{art['key']}: {item['quote']!r} -> {got!r}, expected {want!r}")
    return total, found, right, problems


def _quotes_of(corpus: Corpus) -> pd.DataFrame:
    return analyse(corpus).quotes.sort_values(["doc_id", "start"]).reset_index(drop=True)


def overlap_pairs(corpus: Corpus) -> pd.DataFrame:
    return overlap_table(corpus, selection(corpus).matches(DEFAULT_THRESHOLD))


@pytest.fixture(scope="module")
def tech() -> Corpus:
    return load_corpus(FOLDER)


def _text_of(corpus: Corpus, key: str) -> str:
    return str(corpus.docs.loc[corpus.docs["file"] == key, "text"].iloc[0])


def test_every_article_loads_from_every_format(tech: Corpus) -> None:
    assert sorted(tech.docs["file"]) == sorted(a["key"] for a in EXPECTED["articles"])
    # expected.json sits in the folder and is refused as an article file, with a reason; the HTML page loads
    # with a notice that its scripts were dropped
    problems = dict(zip(tech.problems["file"], tech.problems["severity"]))
    assert problems == {"expected.json": "refused", "ap_altman_returns.html": "warning"}


def test_titles_are_headlines_not_navigation(tech: Corpus) -> None:
    titles = dict(zip(tech.docs["file"], tech.docs["title"]))
    assert titles["syndicated_returns.txt"] == "Sam Altman returns as OpenAI CEO days after his ouster"
    assert titles["ap_altman_returns.html"] == "Sam Altman returns as OpenAI CEO days after his ouster"
    assert titles["staff_letter.csv#1"] == "Hundreds of OpenAI employees threaten to quit unless board resigns"


@pytest.mark.parametrize("art", EXPECTED["articles"], ids=lambda a: a["key"])
def test_cleaning_keeps_article_sentences_and_drops_furniture(tech: Corpus, art: dict) -> None:
    text = norm(_text_of(tech, art["key"]))
    assert [k for k in art["keep"] if norm(k) not in text] == []
    assert [d for d in art["drop"] if norm(d) in text] == []


def test_cleaning_keeps_every_paragraph_of_the_syndicated_story(tech: Corpus) -> None:
    """The syndicated copy keeps exactly its ten article paragraphs, each one found in the AP original."""
    ap = norm(_text_of(tech, "ap_altman_returns.html"))
    paragraphs = _text_of(tech, "syndicated_returns.txt").split("\n\n")
    assert len(paragraphs) == 10
    assert [p for p in paragraphs if norm(p).split(" ", 3)[-1][:60] not in ap] == []
    removed = int(tech.docs.loc[tech.docs["file"] == "syndicated_returns.txt", "removed_lines"].iloc[0])
    assert removed == 22  # every non-article line but the headline


@pytest.mark.parametrize("art", EXPECTED["articles"], ids=lambda a: a["key"])
def test_person_and_org_recall_per_article(tech: Corpus, art: dict) -> None:
    scores = entity_recall(tech)[art["key"]]
    assert scores["people"] >= 0.9, scores["missed"]
    assert scores["orgs"] >= 0.9, scores["missed"]


def test_quote_speakers(tech: Corpus) -> None:
    total, found, right, problems = quote_scores(tech)
    assert total == 53
    assert found / total >= 0.95, problems
    assert right / total >= 0.85, problems


def test_overlap_finds_reprints_and_rewrite(tech: Corpus) -> None:
    """Reprints score >= 0.75 both ways; the spun rewrite's best partner is its source (or the source's
    reprint), well above any pair of merely related articles; unrelated articles share nothing."""
    pairs = overlap_pairs(tech)
    score = {(a, b): s for a, b, s in zip(pairs["file_a"], pairs["file_b"], pairs["score"])}

    def best(x: str, y: str) -> float:
        return max(score.get((x, y), 0.0), score.get((y, x), 0.0))

    copies = {rel["copy"]: rel["source"] for rel in EXPECTED["relations"]}
    for rel in EXPECTED["relations"]:
        if rel["relation"] == "reprint":
            assert best(rel["copy"], rel["source"]) >= 0.75, rel
    for rel in EXPECTED["relations"]:
        if rel["relation"] == "rewrite":
            mine = pairs.loc[pairs["file_a"] == rel["copy"]].sort_values("score", ascending=False)
            family = {rel["source"]} | {c for c, s in copies.items() if s == rel["source"] and c != rel["copy"]}
            assert mine["file_b"].iloc[0] in family, rel
            assert best(rel["copy"], rel["source"]) >= 0.15, rel
    related_only = [best(x, y) for x, y in [("staff_letter.csv#1", "ap_altman_returns.html"),
                                              ("staff_letter.csv#1", "syndicated_returns.txt")]]
    assert max(related_only) < 0.1  # one shared quote is not a reprint
    for x, y in EXPECTED["unrelated"]:
        assert best(x, y) == 0.0, (x, y)


# --- the general rules behind the fixes, on synthetic wire-style sentences the fixture does not contain ---

SYNTHETIC = """Nordvik Energy ASA said on Thursday it had replaced its chief executive.

The board includes Maria Lopez of Stanford University, retired banker Tomas Berg and Priya Raman.

Northwind CEO Olga Petrova, whose company owns a quarter of Nordvik, said Northwind was "surprised by the timing of the announcement."

According to Ken Adams, an analyst at J.P. Morgan Securities, the move "ends months of uncertainty for investors."

Petrova said she would ask for a seat on the board after Berg's departure. "We intend to be heard," she wrote.

Some Nordvik employees had written the same words on a petition: "Bring back the founders."

"We will not comment on market rumours," the organization said in a statement.
"""


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("synthetic_tech")
    (folder / "wire.txt").write_text(SYNTHETIC, encoding="utf-8")
    return load_corpus(folder)


def test_given_names_make_people_and_of_splits_person_from_org(synthetic: Corpus) -> None:
    table = entity_table(entity_mentions_of(synthetic), synthetic.docs)
    types = dict(zip(table["entity"], table["type"]))
    assert types["Maria Lopez"] == "PERSON"
    assert types["Stanford University"] == "ORG"
    assert types["Priya Raman"] == "PERSON"
    assert types["Tomas Berg"] == "PERSON"  # "banker" is no given name: the person cue before it
    assert types["Northwind"] == "ORG"  # "<Org> CEO <Person>"
    assert "Maria Lopez of Stanford University" not in types
    assert types["J.P. Morgan Securities"] == "ORG"  # initials with full stops stay inside one name
    assert sorted(table["entity"]) == sorted([
        "J.P. Morgan Securities", "Ken Adams", "Maria Lopez", "Nordvik Energy", "Northwind", "Olga Petrova",
        "Priya Raman", "Stanford University", "Tomas Berg"])


def test_synthetic_speakers(synthetic: Corpus) -> None:
    quotes = analyse(synthetic).quotes.sort_values(["doc_id", "start"]).reset_index(drop=True)
    speaker = {q: s for q, s in zip(quotes["quote"], quotes["speaker"])}

    def who(fragment: str) -> str:
        return next(s for q, s in speaker.items() if fragment in q)

    assert who("surprised by the timing") == "Olga Petrova"  # not "Northwind" of "said Northwind was"
    assert who("ends months of uncertainty") == "Ken Adams"  # "J.P." does not end the sentence
    assert who("We intend to be heard") == "Olga Petrova"  # "she" is the speaker, not Berg of "Berg's departure"
    assert who("Bring back the founders") == ""  # "Nordvik employees" are no named speaker
    assert who("We will not comment on market rumours") == "Nordvik Energy"  # legal suffix dropped


def test_menu_lines_and_comment_prompts_are_furniture() -> None:
    from analysis.corpus.cleaning import REASON_COMMENTS, REASON_NAV, furniture_reason

    assert furniture_reason("World | Politics | Markets | Tech") == REASON_NAV
    assert furniture_reason("Do you agree? Tell us what you think in the comments.") == REASON_COMMENTS
    assert furniture_reason("Shares rose 3% | analysts were surprised | volumes were thin and trading was slow.") is None
    assert furniture_reason("The company said it would tell us more about the deal below market price.") is None


def test_html_title_loses_the_site_suffix() -> None:
    from analysis.corpus.readers import read_article_bytes

    page = b"<html><head><title>Bank fires its CEO - Daily Ledger</title><meta property='og:site_name' content='Daily Ledger'></head><body><p>" + b"The bank said on Monday that it had fired its chief executive after a review. " * 3 + b"</p></body></html>"
    assert read_article_bytes("page.html", page).articles[0].title == "Bank fires its CEO"


def test_wire_story_entities_are_exactly_the_names_in_it(tech: Corpus) -> None:
    """Precision as well as recall on the wire story: no dateline ("SAN FRANCISCO") and no broken pieces of
    "Center for Security and Emerging Technology"."""
    table = entity_table(entity_mentions_of(tech), tech.docs)
    rows = table.loc[(table["file"] == "wire_altman_ousted.txt") & table["type"].isin(["PERSON", "ORG"])]
    # Known error of the general layer: Twitter ("posted on Twitter") is kept as an organisation.
    assert sorted(rows["entity"]) == sorted([
        "Adam D'Angelo", "Center for Security and Emerging Technology", "Dan Ives", "Georgetown University",
        "Greg Brockman", "Helen Toner", "Ilya Sutskever", "Khosla Ventures", "Microsoft", "Mira Murati", "OpenAI",
        "Quora", "Reuters", "Sam Altman", "Satya Nadella", "Tasha McCauley", "Thrive Capital", "Twitter",
        "Wedbush Securities"])
    # known error: "wrote on X." keeps the full stop of the sentence ("X." as an organisation)
    upper = set(table.loc[table["entity"].str.isupper() & table["type"].isin(["PERSON", "ORG"]), "entity"])
    assert upper <= {"AP", "X."}


def test_provenance_hints_point_from_the_later_copy_to_the_earlier_original(tech: Corpus) -> None:
    from analysis.overlap.chart import provenance_hints
    from analysis.overlap.score import narrow_matches, sentence_matches

    hints = provenance_hints(tech, narrow_matches(sentence_matches(tech), tech.docs["doc_id"]))
    reproduce = [h for h in hints if " reproduces " in h]
    assert reproduce == [
        "blog_reprint.txt (AI Insider) reproduces 100% of its text from wire_altman_ousted.txt (Reuters) (11 sentences).",
        "syndicated_returns.txt (Valley Courier) reproduces 100% of its text from ap_altman_returns.html (AP News) (15 sentences).",
    ]


def test_spun_rewrite_at_a_lower_similarity_threshold(tech: Corpus) -> None:
    """Synonym spinning keeps sentences at 61-80 similarity to their source (unrelated sentences on the same
    story stay <= 53 here): at threshold 70 the rewrite's share of its source is about half."""
    pairs = overlap_table(tech, selection(tech).matches(70.0))
    row = pairs.loc[(pairs["file_a"] == "collection.json#1") & (pairs["file_b"] == "wire_altman_ousted.txt")]
    assert float(row["score"].iloc[0]) >= 0.5
    unrelated = pairs.loc[(pairs["file_a"] == "analysis_microsoft_winner.md") & (pairs["file_b"] == "wire_altman_ousted.txt")]
    assert unrelated.empty or float(unrelated["score"].iloc[0]) == 0.0


MORE_PATTERNS = """Acme Robotics Inc fired its chief executive, Jane Okafor, on Tuesday.

"We are reviewing the decision," a spokesperson for Bolt Dynamics said.

Okafor, in a post on LinkedIn, said: "I am proud of what this team has built over ten years."

"The board acted without telling any of us first," Carlos Mendez told CNBC in an interview.

In a memo to staff seen by Reuters, Peter Lindqvist wrote: "Nothing changes for our customers this week."

"This company was built by its engineers and will stay that way," said Mendez, who co-founded the company.

Lindqvist added: "We will name a permanent leader within weeks."

"Management changes are not expected to affect guidance," according to a statement from the board.

"The directors took this step after a careful review of her conduct," the board said in a blog post.

Speaking to reporters on Monday, Anna Berg said "the market will judge this decision harshly."

Mendez said he was surprised. "I learned about it from the news," he said, adding that Okafor had called him later.
"""


def test_more_attribution_patterns(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(MORE_PATTERNS, encoding="utf-8")
    quotes = _quotes_of(load_corpus(tmp_path))
    assert [(s, q.split()[0] + " " + q.split()[1]) for s, q in zip(quotes["speaker"], quotes["quote"])] == [
        ("Bolt Dynamics", "We are"),  # a spokesperson speaks for the organisation
        ("Jane Okafor", "I am"),  # not LinkedIn of "in a post on LinkedIn"
        ("Carlos Mendez", "The board"),
        ("Peter Lindqvist", "Nothing changes"),
        ("Carlos Mendez", "This company"),
        ("Peter Lindqvist", "We will"),
        ("", "Management changes"),  # a statement from the board: no named speaker, no carry-over
        ("", "The directors"),
        ("Anna Berg", "the market"),
        ("Carlos Mendez", "I learned"),
    ]
