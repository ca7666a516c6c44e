"""Round 54 (lead): a wire flash on a scraped page. Its lines are bullets in capitals under a dateline ("Oct 5
(Agency) - Quist Inc:"), none of them prose, so the page's first prose line (the site's footer) was read as the
article's start and the flash was dropped as the page's header. A line opened by a wire's dateline starts the
article. Invented page, company and site."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document

_PAGE = """BRIEF-Quistel says billing platform offline after outage

We use cookies to personalise content and ads and to analyse our traffic. Manage cookies | Accept all

Tarrow Wire
World | Business | Markets | Technology | More

By Tarrow Wire staff
March 4, 2031 10:09 AM UTC

Mar 4 (Tarrow) - Quistel Inc:

* QUISTEL INC SAYS TOOK BILLING PLATFORM OFFLINE ON MARCH 3 AFTER A POWER FAULT

[Image] A server room at night. Tarrow Wire/File Photo

* QUISTEL SAYS IS WORKING TO RESTORE SERVICE "AS SOON AS IT IS SAFE"

* SHARES DOWN 6.4% IN PREMARKET TRADING

Source text: bit.ly/3Qx7PcQ

Further company coverage: QSTL.O

Tarrow Wire, the news division of Tarrow Information Holdings, is a provider of business and financial news.
© 2031 Tarrow Wire. All rights reserved.
"""


def test_a_flash_under_a_wire_dateline_is_the_article():
    doc = clean_document(_PAGE)
    kept = "\n".join(doc.paragraphs)
    assert "QUISTEL INC SAYS TOOK BILLING PLATFORM OFFLINE ON MARCH 3 AFTER A POWER FAULT" in kept
    assert '"AS SOON AS IT IS SAFE"' in kept
    assert "SHARES DOWN 6.4% IN PREMARKET TRADING" in kept
    assert "A server room at night" not in kept  # a caption inside the flash is still the page's


def test_a_dateline_that_opens_a_prose_paragraph_changes_nothing():
    page = _PAGE.replace("Mar 4 (Tarrow) - Quistel Inc:\n\n", "").replace(
        "* QUISTEL INC SAYS", "Mar 4 (Tarrow) - Quistel Inc said it took its billing platform offline on March 3 after "
        "a power fault, and that engineers were working through the night to bring it back.\n\n* QUISTEL INC SAYS")
    kept = "\n".join(clean_document(page).paragraphs)
    assert kept.startswith("Mar 4 (Tarrow) - Quistel Inc said")
