"""Round 28: lines of the article that the cleaning read as page furniture. Invented companies throughout."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document

NOTE = ("Brackenmoor Holdings: review after auditor exit\n\n"
        "We move Brackenmoor Holdings to under review after its auditor resigned on Tuesday.\n\n"
        "Key points\n"
        "- Related-party revenue from Tessaline Trading rose by a half in the last quarter.\n"
        "- Cash held at the insurance unit was 40% of the group's total.\n\n"
        "The shares fell 22% on Wednesday and we see no floor until the audit is settled.\n\n"
        "Our valuation leaves the stock with little support from its assets, in our view.\n\n")


def test_a_related_party_bullet_is_the_articles() -> None:
    # "Related-party" is a compound word of the text, not a "Related:" link label
    doc = clean_document(NOTE)
    assert "Related-party revenue from Tessaline Trading rose by a half in the last quarter." in doc.paragraphs
    doc = clean_document(NOTE + "Related-party sales doubled last year.\n")
    assert "Related-party sales doubled last year." in doc.paragraphs


def test_related_links_still_go() -> None:
    # left alone: a real links line and a "Related stories" block are still the page's
    links = ("Related: Brackenmoor chief quits | Auditors under fire\n\n"
             "Related - Calvermoor Insurance doubles its dividend\n\n"
             "Related stories\n"
             "Tessaline Trading names new chair\n"
             "Five stocks to watch this week\n")
    doc = clean_document(NOTE + links)
    for gone in ("Brackenmoor chief quits", "Calvermoor Insurance doubles", "Related stories", "Tessaline Trading names"):
        assert gone not in doc.text
    assert "Related-party revenue" in doc.text


STATEMENT = ("Orlavie Payments plc\n"
             "Investors | Newsroom | Careers\n\n"
             "Newsroom > Update on the outage\n\n"
             "UPDATE 3 - Thursday 13 June 2030, 08:00 BST\n"
             "We have restored payments for 88% of our customers. No card data was taken.\n\n"
             "UPDATE 2 - Wednesday 12 June 2030, 19:30 BST\n"
             "We have informed the regulator and are working with outside specialists.\n\n"
             "UPDATE 1 - Wednesday 12 June 2030, 09:10 BST\n"
             "Early this morning we detected unusual activity on our processing platform.\n")

LIVE = ("Markets live: Quenmore slides as FTSE 100 edges up\n\n"
        "Friday 14 June 2030 - our rolling coverage of the London session\n\n"
        "16:35\n"
        "That's the close. Quenmore Foods finished 18 per cent lower at 140p, its worst day since 2022.\n\n"
        "14:10\n"
        "Over in New York, Brindle Grocers is indicated 4 per cent lower ahead of the open.\n")


def test_the_first_entry_stamp_of_an_updates_page_is_kept() -> None:
    # the top stamp has the shape of the stamps below it: it opens the first entry, not the page
    doc = clean_document(STATEMENT)
    assert doc.paragraphs[0] == "UPDATE 3 - Thursday 13 June 2030, 08:00 BST"
    assert "UPDATE 2 - Wednesday 12 June 2030, 19:30 BST" in doc.paragraphs
    doc = clean_document(LIVE)
    assert doc.paragraphs[:2] == ("16:35", "That's the close. Quenmore Foods finished 18 per cent lower at 140p, "
                                           "its worst day since 2022.")
    # a morning stamp over afternoon ones is of the same shape
    doc = clean_document(LIVE.replace("16:35", "11:35 a.m.").replace("14:10", "2:10 p.m."))
    assert doc.paragraphs[0] == "11:35 a.m."
    # left alone: the page's menu and crumbs still go
    assert "Careers" not in doc.text and "Newsroom >" not in clean_document(STATEMENT).text


def test_a_lone_stamp_above_a_plain_article_still_goes() -> None:
    # left alone: a time or an update stamp above an article whose lines open with no such stamp is the page's
    news = ("Quenmore Foods slides on profit warning\n\n"
            "By Ottilie Ranscombe\n"
            "UPDATE 2 - Friday 14 June 2030, 10:45 BST\n\n"
            "Shares in Quenmore Foods fell 18% on Friday after the grocer cut its profit forecast.\n\n"
            "The company blamed higher wages and a wet spring for weaker sales.\n")
    doc = clean_document(news)
    assert "UPDATE 2" not in doc.text
    doc = clean_document(news.replace("UPDATE 2 - Friday 14 June 2030, 10:45 BST", "10:45"))
    assert "10:45" not in doc.text


MARKETS_PAGE = ("TickerLane Markets\n"
                "Stocks | ETFs | Crypto | Screeners\n\n"
                "Pendlewick Mills sinks 31% after lender pulls credit line\n\n"
                "Shares of Pendlewick Mills fell 31% on Friday after its main lender withdrew a credit line.\n\n"
                "The flour miller said it was in talks with other banks and had cash to last into next year.\n\n"
                "Pendlewick Mills (PWM)\n"
                "Last: $2.10  Chg: -0.95 (-31.15%)  Vol: 3.1M\n\n"
                "What to read next:\n"
                "> Five millers to watch in 2031\n"
                "> Why banks are cooling on food makers\n\n"
                "This article was generated with the assistance of wire reports and edited by TickerLane staff. "
                "TickerLane Markets does not provide investment advice.\n\n"
                "© 2030 TickerLane Media LLC\n")


def test_a_note_of_how_the_article_was_made_is_the_pages() -> None:
    # the outlet's note of how the article was made (and its disclaimer) is publisher boilerplate
    doc = clean_document(MARKETS_PAGE)
    assert "generated with the assistance" not in doc.text
    assert "TickerLane Markets does not provide" not in doc.text
    # left alone: the article, and the quote widget above the note (it is read as before, not as a footer)
    assert "The flour miller said it was in talks" in doc.text
    assert "Last: $2.10 Chg: -0.95 (-31.15%) Vol: 3.1M" in doc.paragraphs


def test_a_sentence_about_a_report_stays() -> None:
    # left alone: the article's own sentence about a report's making, and a line opening "This article" that says
    # something else
    body = MARKETS_PAGE.replace("This article was generated with the assistance of wire reports and edited by "
                                "TickerLane staff. TickerLane Markets does not provide investment advice.",
                                "The lender's report was prepared with the help of an outside auditor, it said.")
    doc = clean_document(body)
    assert "The lender's report was prepared with the help of an outside auditor, it said." in doc.paragraphs
    doc = clean_document(MARKETS_PAGE.replace("This article was generated", "This article's figures were checked"))
    assert "This article's figures were checked" in doc.text
