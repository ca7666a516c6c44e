"""Blocks of short lines after the last paragraph that are the article's own (:mod:`analysis.corpus.closing_blocks`):
a fact box, a wire brief's bullets. Invented pages."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document

_LEAD = ("Tarrow Mills will close its weaving plant in Dunmore, the textile group said on Tuesday, blaming a slump in "
         "orders from retailers.")
_LAST = "Unions said they would meet the management on Friday to discuss the plans for the plant and its 300 workers."


def _page(*tail: str) -> str:
    return "\n\n".join(["Tarrow Mills to close Dunmore plant", _LEAD, "The shares fell 6.1% by the close.", _LAST, *tail])


def test_a_fact_box_after_the_last_paragraph_stays():
    box = ["Tarrow Mills at a glance", "Founded: 1911, Dunmore", "Listed: Harbour Exchange, 1998", "Employees: 1,240",
           "2030 revenue: £212m (+4%)", "Largest shareholder: Pell Capital (18.2%)"]
    doc = clean_document(_page("\n".join(box)))
    assert list(doc.paragraphs[-6:]) == box


def test_a_contact_block_or_a_list_of_links_after_the_last_paragraph_is_no_fact_box():
    doc = clean_document(_page("Press office", "Media: Jo Roe", "Phone: +44 20 7946 0011", "Email: press@example.com"))
    assert doc.paragraphs[-1] == _LAST
    doc = clean_document(_page("Explore", "Ports: Gdansk expands", "Shipping: rates ease", "Airlines: fares rise"))
    assert doc.paragraphs[-1] == _LAST


def test_a_wire_brief_keeps_its_bullets():
    page = "\n".join([
        "BRIEF-Orvane Group to cut delivery fee for members", "", "May 4, 2031 8:05 AM GMT", "",
        "May 4 (Harbour Wire) - Orvane Group SE:",
        "* SAYS DELIVERY FEE WILL BE WAIVED FOR MEMBERS FROM JUNE",
        "* SAYS EXPECTS FEWER THAN 5% OF ORDERS TO PAY FEE UNDER REVISED RULES, VERSUS ABOUT 30% UNDER ORIGINAL PLAN",
        "* SHARES UP 4.1% IN EARLY TRADE", "Source text: company statement", "Further company coverage: ORVG.DE",
    ])
    doc = clean_document(page)
    assert "May 4 (Harbour Wire) - Orvane Group SE:" in doc.paragraphs
    assert "SHARES UP 4.1% IN EARLY TRADE" in doc.paragraphs
    assert "SAYS DELIVERY FEE WILL BE WAIVED FOR MEMBERS FROM JUNE" in doc.paragraphs
    assert "Further company coverage: ORVG.DE" not in doc.paragraphs
