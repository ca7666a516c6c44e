"""Quote engine, round 70 (quotes70). Invented bodies, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.mentions``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,."), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


LENDER = [("Halden Bank", "Halden Bank", "ORG"), ("Halden", "Halden Bank", "ORG"),
          ("Tarn Authority", "Tarn Authority", "ORG")]
SOLD = "Halden Bank was sold to a rival on Wednesday.\n\n"


def test_words_cited_after_citing_are_no_source() -> None:
    # "… was “no longer viable”, citing a “steep loss …”": the cited words are a quotation, not its source;
    # the subject of the sentence speaks both
    text = SOLD + ("The Tarn Authority determined late on Tuesday that Halden was \"no longer viable\", "
                   "citing a \"steep loss of deposits in recent days\".")
    assert [s for _, s in _rows(text, LENDER)] == ["Tarn Authority"]


def test_a_source_after_citing_is_still_the_source() -> None:
    # unchanged: "…, citing the Tarn Authority" names where the words come from
    text = SOLD + "Halden was \"no longer viable\", citing the Tarn Authority."
    assert _rows(text, LENDER) == [("no longer viable", "Tarn Authority")]


KILN = [("Mara Quell", "Mara Quell", "PERSON"), ("Quell", "Mara Quell", "PERSON"), ("Orrin Steel", "Orrin Steel", "ORG")]
CHRONOLOGY = "Orrin Steel: how the crisis unfolded\n\n"


def test_a_chronology_date_label_before_a_subject_with_two_verbs() -> None:
    # "Oct. 13 - X apologises … and says …": the entry's date label is not part of the subject of the second verb
    text = CHRONOLOGY + ("Oct. 13 - Mara Quell apologises at a news conference and says that the company's standing has "
                         "\"fallen through the floor\".")
    assert _rows(text, KILN) == [("fallen through the floor", "Mara Quell")]


def test_a_day_first_chronology_label_with_a_colon() -> None:
    text = CHRONOLOGY + ("13 October: Mara Quell apologises at a news conference and says that the company's standing has "
                         "\"fallen through the floor\".")
    assert _rows(text, KILN) == [("fallen through the floor", "Mara Quell")]


def test_a_number_and_a_dash_with_no_month_is_no_date_label() -> None:
    # unchanged: a score or count before a dash is no chronology label ("13 - Quell …" with no month before it)
    from analysis.quotes.phrases import _entry_date
    text = "The vote went 13 - Quell lost."
    assert _entry_date(text, text.index("13"), len(text)) is None
    text = "Oct. 13 - Quell lost."
    assert _entry_date(text, text.index("13"), len(text)) is not None
