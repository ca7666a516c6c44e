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


_ARTICLE = ("Quistel shares fell 6.4% on Tuesday after the company took its billing platform offline for a second day, "
            "and analysts said the outage would weigh on the quarter's results.\n\n"
            "\"We are restoring service region by region,\" chief executive Ana Ruiz said in a statement, adding that no "
            "customer data had been lost in the fault.\n\n"
            "Rival Tarnby Telecom rose 2.1% as investors bet on customers switching providers before the summer.\n\n")


def test_a_more_in_section_list_after_the_article_goes():
    page = ("Quistel shares fall as outage drags on\n\n"
            "Quistel shares fell 6.4% on Tuesday after the company took its billing platform offline for a second day, "
            "and analysts said the outage would weigh on the quarter's results.\n\n"
            "\"Nobody outside Quistel knows yet whether the new cabinets will hold,\" said Jo Roe, a consultant at "
            "Greyhaven Advisory. \"The fix doesn't answer that.\"\n\n"
            "More in Telecoms\n- Harlow Mobile names new head of retail\n- Velloway Fibre lifts network share to 31%\n"
            "- Orvex Cable to close 12 stores by January\n- Cold-chain startup Frostline raises $60 million\n\n"
            "Get Telecom Daily: news every weekday morning. Sign up free\n\nAdvertisement\n\n"
            "Telecom Trade Journal is published by Larder Media Group.\n© 2031 Larder Media Group\n")
    kept = "\n".join(clean_document(page).paragraphs)
    assert "Orvex Cable" not in kept and "Velloway" not in kept and "Larder Media" not in kept
    assert kept.endswith("\"The fix doesn't answer that.\"")


def test_a_most_read_lists_first_numbered_item_goes_with_it():
    page = ("Quistel shares fall as outage drags on\n\n" + _ARTICLE + "Most read\n\n"
            "1. Ostmark Insurance names new CEO, effective Nov. 1\n\n"
            "2. 'We are not for sale,' Brixley Pharma chief tells shareholders\n\n"
            "3. Velloway bid talks collapse, stock slumps 19%\n")
    kept = "\n".join(clean_document(page).paragraphs)
    assert "Ostmark Insurance" not in kept and "Brixley" not in kept
    assert "Rival Tarnby Telecom rose 2.1%" in kept


def test_a_caption_credited_to_a_local_papers_file_photo_goes():
    page = ("Quistel shares fall as outage drags on\n\n" + _ARTICLE.replace(
        "\n\nRival", "\n\nA technician checks a cable cabinet. Ana Voss/Courier file photo\n\nRival"))
    kept = "\n".join(clean_document(page).paragraphs)
    assert "Ana Voss" not in kept
    assert "Rival Tarnby Telecom rose 2.1%" in kept
