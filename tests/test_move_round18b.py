"""Round 18b: a pointing-back share subject ("the shares", "the stock") resolved to the wrong company, in constructions
that recur across the dev corpora, each on an invented text (no word, name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

from analysis.market.coref import DocMentions, service_parties
from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _org(text: str, surface: str, name: str | None = None, nth: int = 0) -> tuple[int, int, str, str, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), surface, name or surface, "ORG")


def _rows(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]


# A firm the document names as another's auditor or adviser, or as a short seller, is no antecedent of a later
# "the shares" / "the stock": the shares are the company's it serves or attacks.

def test_the_auditor_in_apposition_is_not_what_the_shares_mean() -> None:
    text = ("Shares in the lamp maker Quillmere Lighting were suspended on Thursday.\n\n"
            "On Monday the company's auditor, Brantock Pell, resigned, saying it could not confirm the cash. "
            "On Tuesday the finance chief stepped down.\n\n"
            "The shares more than halved in two days before the suspension.\n")
    mentions = [_org(text, "Quillmere Lighting"), _org(text, "Brantock Pell")]
    assert _rows(text, mentions) == [("share", "Quillmere Lighting", -50.0)]


def test_an_auditor_who_resigned_as_auditor_of_the_company_is_no_antecedent_by_its_short_name() -> None:
    text = ("Ormsby Audit LLP has resigned as the statutory auditor of Tallis Robotics, the robot maker said on Sunday. "
            "Ormsby had signed off the accounts for six years.\n\n"
            "The Dunmore Stock Exchange halted trading in Tallis at noon after the shares had dropped 37% in the morning.\n")
    mentions = [_org(text, "Ormsby Audit LLP", "Ormsby Audit"), _org(text, "Tallis Robotics"),
                _org(text, "Ormsby", "Ormsby Partners", nth=1), _org(text, "Dunmore Stock Exchange"),
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


# A short question with no verb that names one company ("And Bolt Insurance?", "Kemp Foods in Oslo?") sets the topic
# of the answer after it: the answer's "The stock" / "it" means that company, not the one the turns before discussed.

def test_the_stock_in_an_answer_means_the_company_the_question_named() -> None:
    text = ("HOST: Marlow Tools fell on Monday. Their shares are down 4.6 percent this week.\n\n"
            "HOST: And Bolt Insurance?\n\n"
            "GUEST: Different story. Bolt Insurance wrote most of the risk. The stock has fallen about 11% since Friday.\n")
    mentions = [_org(text, "Marlow Tools"), _org(text, "Bolt Insurance"), _org(text, "Bolt Insurance", nth=1)]
    mentions[-1] = mentions[-1][:4] + ("PLACE",)  # the entity layer types the answer's short mention a place
    assert _rows(text, mentions) == [("share", "Marlow Tools", -4.6), ("share", "Bolt Insurance", -11.0)]


def test_a_name_asked_about_in_a_place_is_the_answer_s_topic() -> None:
    text = ("HOST: Marlow Tools fell on Monday. Their shares are down 4.6 percent this week.\n\n"
            "HOST: Kemplow in Oslo?\n\n"
            "GUEST: Worse. It fell another 6.8 percent this morning.\n")
    mentions = [_org(text, "Marlow Tools")]
    assert _rows(text, mentions) == [("share", "Marlow Tools", -4.6), ("share", "Kemplow", -6.8)]


def test_a_lone_word_asked_is_no_topic() -> None:
    text = ("HOST: Marlow Tools fell on Monday.\n\n"
            "HOST: Why?\n\n"
            "GUEST: Costs. The stock is down 5% this week.\n")
    mentions = [_org(text, "Marlow Tools")]
    assert _rows(text, mentions) == [("share", "Marlow Tools", -5.0)]


# A transcript's turn opening on a clock stamp in brackets ("[00:02:09] ROE: ..."): the stamp and the speaker's label,
# one word too, are no company and no subject.

def test_a_stamped_one_word_label_is_a_speaker() -> None:
    text = ("[00:00:14] JANE ROE (HOST): Welcome back. Yesterday Tarvik Biotech got its approval.\n\n"
            "[00:02:05] ROE: And Tarvik Biotech?\n\n"
            "[00:02:09] OSTBY: Up 18 percent over the last three sessions.\n\n"
            "[00:02:48] ROE: Kemplow in Oslo?\n\n"
            "[00:02:51] OSTBY: Limit down on Wednesday, and it fell another 6.8 percent this morning.\n")
    mentions = [_org(text, "Tarvik Biotech"), _org(text, "Tarvik Biotech", nth=1)]
    assert _rows(text, mentions) == [("share", "Tarvik Biotech", 18.0), ("share", "Kemplow", -6.8)]


def test_a_party_named_so_in_another_article_of_the_corpus_is_no_antecedent() -> None:
    import pandas as pd

    from analysis.market.moves import extract_moves as corpus_moves

    class _Corpus:
        def __init__(self, texts: list[str]) -> None:
            self.docs = pd.DataFrame({
                "doc_id": [f"d{i}" for i in range(len(texts))], "file": [f"d{i}.txt" for i in range(len(texts))],
                "outlet": ["Wire"] * len(texts), "published": [pd.Timestamp(PUB)] * len(texts),
                "published_earliest": [pd.NaT] * len(texts), "title": [""] * len(texts), "text": texts})
            self.sentences = pd.DataFrame({"doc_id": self.docs["doc_id"], "sent_id": 0, "para_id": 0, "char_start": 0})

    first = "Short seller Penrose Research said Tallis Robotics inflated its sales.\n"
    second = ("On Monday an auditor walked away from Tallis Robotics.\n\nI have no view on whether Penrose Research is "
              "right. Neither, it seems, does anyone else: the stock lost more than half its value in five sessions.\n")
    mentions = pd.DataFrame([("d0", *_org(first, "Penrose Research")), ("d0", *_org(first, "Tallis Robotics")),
                             ("d1", *_org(second, "Tallis Robotics")), ("d1", *_org(second, "Penrose Research"))],
                            columns=["doc_id", "start", "end", "surface", "name", "type"])
    rows = corpus_moves(_Corpus([first, second]), mentions)  # type: ignore[arg-type]
    assert list(zip(rows["company"], rows["pct"])) == [("Tallis Robotics", -50.0)]
