"""Round 27: a table printed in plain text after the article's last paragraph (a wire's movers table, its columns
aligned with spaces) is the article's, not the page's footer. Invented companies throughout."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document

BODY = ("Corvenna stocks slip as freight rates jump\n\n"
        "Lisbrook's main index fell 0.6% on Thursday as a jump in freight rates weighed on importers and retailers.\n\n"
        "Shippers with long-term contracts gained, while Pellworth Retail extended its slide for a third session.\n\n")


def test_a_plain_text_table_under_a_header_is_kept() -> None:
    table = ("TOP MOVERS, LISBROOK, THURSDAY\n"
             "Company                Last (CVK)    Chg %\n"
             "Ardenholt Shipping        212.40      +5.2\n"
             "Quarrymead Lines           78.15      +1.9\n"
             "Pellworth Retail           41.30      -3.4\n"
             "\n"
             "Related stories\n"
             "Freight rates hit a two-year high\n")
    doc = clean_document(BODY + table)
    for line in ("Company Last (CVK) Chg %", "Ardenholt Shipping 212.40 +5.2", "Quarrymead Lines 78.15 +1.9",
                 "Pellworth Retail 41.30 -3.4"):
        assert line in doc.paragraphs
    # left alone: the related links after the table are still the page's
    assert "Freight rates hit a two-year high" not in doc.text
    assert "Related stories" not in doc.text


def test_rows_without_a_header_of_column_names_are_not_kept() -> None:
    # bare signed numbers with no column naming them (a page's strip of scores or counters) go
    strip = ("Harriers 3 -1\n"
             "Wolvercote 2 +4\n")
    doc = clean_document(BODY + strip)
    assert "Harriers" not in doc.text
    # ... and a header over a single row is no table
    doc = clean_document(BODY + "Company Last Chg\nArdenholt Shipping 212.40 +5.2\n")
    assert "Ardenholt Shipping 212.40" not in doc.text


def test_a_contact_block_with_phone_numbers_is_still_the_pages() -> None:
    # left alone: a heading of words over lines ending in telephone numbers (a "+44" in front) is no movers table
    contacts = ("Media contacts\n"
                "Ardenholt Shipping press office +44 20 7946 0321\n"
                "Quarrymead Lines investor relations +44 20 7946 0188\n")
    doc = clean_document(BODY + contacts)
    assert "7946" not in doc.text
