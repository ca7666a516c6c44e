"""Round 18b: a pointing-back share subject ("the shares", "the stock", "it") resolved to the wrong company, in
constructions that recur across the dev corpora, each on an invented text (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.market.coref import DocMentions, service_parties
from analysis.market.extract import extract_moves
from analysis.market.moves import extract_moves as corpus_moves

PUB = date(2025, 6, 13)  # a Friday


def _org(text: str, surface: str, name: str | None = None, nth: int = 0) -> tuple[int, int, str, str, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), surface, name or surface, "ORG")


def _rows(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]


# A firm the document names as another's auditor or adviser, or as a short seller, is no antecedent of a later
# "the shares" / "the stock": the shares are those of the company it checks, advises or attacks.

def test_the_auditor_in_apposition_is_not_what_the_shares_mean() -> None:
    text = ("Trading in the lamp maker Quillmere Lighting was frozen on Thursday.\n\n"
            "Last week the company's auditor, Brantock Pell, quit over a gap in the cash accounts. "
            "A day later the finance chief left too.\n\n"
            "The shares had lost 62% over four sessions before the freeze.\n")
    mentions = [_org(text, "Quillmere Lighting"), _org(text, "Brantock Pell")]
    assert _rows(text, mentions) == [("share", "Quillmere Lighting", -62.0)]


def test_an_auditor_who_quit_as_auditor_of_the_company_is_no_antecedent_by_its_short_name() -> None:
    text = ("Ormsby Audit LLP has quit as the auditor of Tallis Robotics, the robot maker said in a filing. "
            "Ormsby audited the books for nine years.\n\n"
            "The Wexmoor Stock Exchange halted dealings in Tallis at noon after the shares had dropped 37% by mid-morning.\n")
    mentions = [_org(text, "Ormsby Audit LLP", "Ormsby Audit"), _org(text, "Tallis Robotics"),
                _org(text, "Ormsby", "Ormsby Partners", nth=1), _org(text, "Wexmoor Stock Exchange"),
                _org(text, "Tallis", "Tallis Robotics", nth=1)]
    assert _rows(text, mentions) == [("share", "Tallis Robotics", -37.0)]


def test_the_parties_a_document_names() -> None:
    text = ("Penrose Research, a short seller, published its report. Short seller Colm Advisory agreed. "
            "Acme named Harlow Bank as its adviser. Its adviser, Jane Doe, said nothing.\n")
    mentions = DocMentions([_org(text, "Penrose Research"), _org(text, "Colm Advisory"), _org(text, "Harlow Bank"),
                            (text.index("Jane Doe"), text.index("Jane Doe") + 8, "Jane Doe", "Jane Doe", "PERSON")])
    assert service_parties(text, mentions) == frozenset({"Penrose Research", "Colm Advisory"})


def test_a_company_that_is_no_party_stays_the_antecedent() -> None:
    text = ("Quillmere Lighting said its biggest customer, Dorran Stores, cut its orders.\n\n"
            "The stock fell 8% on Thursday.\n")
    mentions = [_org(text, "Quillmere Lighting"), _org(text, "Dorran Stores")]
    assert _rows(text, mentions) == [("share", "Quillmere Lighting", -8.0)]


class _Corpus:
    def __init__(self, texts: list[str]) -> None:
        n = len(texts)
        self.docs = pd.DataFrame({
            "doc_id": [f"d{i}" for i in range(n)], "file": [f"d{i}.txt" for i in range(n)], "outlet": ["Wire"] * n,
            "published": [pd.Timestamp(PUB)] * n, "published_earliest": [pd.NaT] * n, "title": [""] * n,
            "text": texts})
        self.sentences = pd.DataFrame({"doc_id": self.docs["doc_id"], "sent_id": 0, "para_id": 0, "char_start": 0})


def test_a_party_named_so_in_another_article_of_the_corpus_is_no_antecedent() -> None:
    first = "Short seller Penrose Research said Tallis Robotics overstated its orders.\n"
    second = ("A week ago an auditor walked out on Tallis Robotics.\n\nWho knows if Penrose Research has it right. "
              "What is plain is the price: the stock has shed 58% in six sessions.\n")
    mentions = pd.DataFrame([("d0", *_org(first, "Penrose Research")), ("d0", *_org(first, "Tallis Robotics")),
                             ("d1", *_org(second, "Tallis Robotics")), ("d1", *_org(second, "Penrose Research"))],
                            columns=["doc_id", "start", "end", "surface", "name", "type"])
    rows = corpus_moves(_Corpus([first, second]), mentions)  # type: ignore[arg-type]
    assert list(zip(rows["company"], rows["pct"])) == [("Tallis Robotics", -58.0)]


# A short question with no verb that names one company ("And Bolt Insurance?", "Kemplow in Oslo?") sets the topic of
# the answer after it: the answer's "The stock" / "it" means that company, not the one the turns before discussed.

def test_the_stock_in_an_answer_means_the_company_the_question_named() -> None:
    text = ("HOST: Marlow Tools slipped on Monday. Their shares are off 3.2 percent on the week.\n\n"
            "HOST: And Bolt Insurance?\n\n"
            "GUEST: Worse off. Bolt Insurance kept most of the exposure. The stock has dropped some 14% since Friday.\n")
    mentions = [_org(text, "Marlow Tools"), _org(text, "Bolt Insurance"), _org(text, "Bolt Insurance", nth=1)]
    mentions[-1] = mentions[-1][:4] + ("PLACE",)  # the entity layer types the answer's mention a place
    assert _rows(text, mentions) == [("share", "Marlow Tools", -3.2), ("share", "Bolt Insurance", -14.0)]


def test_a_name_asked_about_in_a_place_is_the_answer_s_topic() -> None:
    text = ("HOST: Marlow Tools slipped on Monday. Their shares are off 3.2 percent on the week.\n\n"
            "HOST: Kemplow in Oslo?\n\n"
            "GUEST: Harder hit. It sank a further 7.7 percent at the open.\n")
    mentions = [_org(text, "Marlow Tools")]
    assert _rows(text, mentions) == [("share", "Marlow Tools", -3.2), ("share", "Kemplow", -7.7)]


def test_a_lone_word_asked_is_no_topic() -> None:
    text = ("HOST: Marlow Tools slipped on Monday.\n\n"
            "HOST: Why?\n\n"
            "GUEST: Costs. The stock is off 5% on the week.\n")
    mentions = [_org(text, "Marlow Tools")]
    assert _rows(text, mentions) == [("share", "Marlow Tools", -5.0)]


# A transcript's turn opening on a clock stamp in brackets ("[01:14:50] ROE: ..."): the stamp and the speaker's label,
# one word too, are no company and no subject.

def test_a_stamped_one_word_label_is_a_speaker() -> None:
    text = ("[01:10:05] JANE ROE (HOST): Good evening. On Tuesday Tarvik Biotech won its licence.\n\n"
            "[01:12:40] ROE: And Tarvik Biotech?\n\n"
            "[01:12:44] OSTBY: Higher by 23 percent across four sessions.\n\n"
            "[01:13:20] ROE: Kemplow in Oslo?\n\n"
            "[01:13:25] OSTBY: Suspended on Tuesday, and it sank a further 7.7 percent at the open.\n")
    mentions = [_org(text, "Tarvik Biotech"), _org(text, "Tarvik Biotech", nth=1)]
    assert _rows(text, mentions) == [("share", "Tarvik Biotech", 23.0), ("share", "Kemplow", -7.7)]
