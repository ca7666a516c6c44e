"""Round 21: a chronology whose lines open with a bare year ("2019 - ...") is the story's, not the page's footer.
Invented companies throughout."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document

BODY = ("Quennel Bio said on Monday it had licensed its lead drug to Sarrow Pharma for $1.2 billion.\n\n"
        "The deal is the largest in the company's history, and the board backed it unanimously.\n\n")
CHRONOLOGY = ("TIMELINE\n\n"
              "2019 - Quennel licenses Asian rights for $400 million upfront\n"
              "2021 - The drug fails a first trial in Europe\n"
              "2024: Regulators approve the drug in the United States\n\n")


def test_a_chronology_of_years_after_the_last_paragraph_is_kept_with_its_heading() -> None:
    doc = clean_document(f"Quennel Bio licenses its lead drug\n\n{BODY}{CHRONOLOGY}Shares rose 12% on Monday.\n")
    for line in ("TIMELINE", "2019 - Quennel licenses Asian rights", "2021 - The drug fails", "2024: Regulators approve"):
        assert line in doc.text
    assert not [r for r in doc.removals if r.text[:4].isdigit()]


def test_a_single_year_line_or_related_links_after_the_article_still_go() -> None:
    # one "YEAR - ..." line alone is no chronology; a list of headlines without dashes is the page's links
    doc = clean_document(f"Quennel Bio licenses its lead drug\n\n{BODY}Related\n\n2024 results beat forecasts\n"
                         "Quennel names a new chief\n2019 - archive\n")
    assert "2024 results beat forecasts" not in doc.text
    assert "2019 - archive" not in doc.text
