"""Round 25: a year's line inside a chronology whose other lines open with a month or a day is the story's, not the
page's footer. Invented companies and people throughout."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document

BODY = ("Brambleton Freight said on Tuesday that its chief executive, Odile Fennimore, would step down.\n\n"
        "The company cut its profit forecast for the second time this year, and its shares fell sharply.\n\n")


def test_a_year_line_among_dated_chronology_lines_is_kept() -> None:
    chronology = ("Timeline:\n"
                  "2013 - Brambleton lists in Frankfurt at 14 euros a share\n"
                  "April 2024 - Buys the parcel arm of Castelmoor Post\n"
                  "2025 - Shares more than double\n"
                  "May 12, 2026 - Profit warning; Fennimore steps down\n"
                  "Related coverage\n"
                  "Brambleton names interim chief after warning\n")
    doc = clean_document(f"Brambleton Freight warns again\n\n{BODY}{chronology}")
    for line in ("2013 - Brambleton lists in Frankfurt", "April 2024 - Buys the parcel arm", "2025 - Shares more than double",
                 "May 12, 2026 - Profit warning"):
        assert line in doc.text
    assert "Brambleton names interim chief after warning" not in doc.text
    # left alone: an archive footer: a year's link above dated links, the years not in order, is the page's, not a chronology
    footer = ("More from the archive\n"
              "2026 - Brambleton annual report archive\n"
              "March 2019 - Brambleton investor day slides\n")
    doc = clean_document(f"Brambleton Freight warns again\n\n{BODY}{footer}")
    assert "2026 - Brambleton annual report archive" not in doc.text


def test_a_dash_credit_under_a_quotation_is_kept_for_the_quote_engine() -> None:
    from tests.quotes.test_quote_engine import only, quotes
    text = ("Fact check: the senator's claims on wages\n\n"
            "Senator Harlow Quist made several claims about wages at a rally in Dunmore on Saturday.\n\n"
            "\"Workers in this state have not had a raise in twelve years.\"\n\n"
            "- Harlow Quist.\n\n"
            "That is not accurate. The state minimum wage rose in 2019 and again in 2023, the labour office said.\n\n"
            "- Tomas Ekwueme.\n")
    doc = clean_document(text)
    assert "- Harlow Quist." in doc.paragraphs  # with its dash: the quote engine reads it as a credit
    row = only(quotes(doc.text, [("Harlow Quist", "Harlow Quist", "PERSON")]))
    assert row["speaker"] == "Harlow Quist"
    # left alone: a writer's sign-off under a paragraph of prose is no credit, and goes
    assert "Tomas Ekwueme" not in doc.text
