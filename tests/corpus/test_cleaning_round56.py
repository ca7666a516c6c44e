"""Round 56 (lead): furniture of scraped news pages that was read as article text: a consent box in the ad framework's
words, a labelled ad with its pitch, a messaging-app channel, caption credits in other forms, a wire's note on itself,
newsletter and pay-wall pitches in other words, a site's disclaimer, a publisher's address with e-mail and telephone,
share buttons under a label. Invented lines, names and sites."""

from __future__ import annotations

import pytest

from analysis.corpus import furniture
from analysis.corpus.cleaning import clean_document
from analysis.corpus.furniture import (REASON_CAPTION, REASON_CONTACT, REASON_COOKIE, REASON_CREDIT, REASON_LOGIN,
                                       REASON_NAV, REASON_NEWSLETTER, REASON_SHARE, furniture_reason)


@pytest.mark.parametrize(("line", "reason"), [
    ("We value your privacy. We and our 87 partners store and access information on your device for ads and content. "
     "[I accept] [Manage preferences] [Reject all]", REASON_COOKIE),
    ("[Advertisement] Book now for the Northern Timber Summit — early rates end Friday.", REASON_NAV),
    ("ADVERTISEMENT — Port calls and charter rates in one screen: try Quayside Data free for 30 days", REASON_NAV),
    ("Join the Harrow Herald's Telegram channel for the day's business news.", REASON_NEWSLETTER),
    ("A truck leaves a quarry near Saltillo. (Foto/Photo: Staff)", REASON_CAPTION),
    ("Barges moored on a river at dawn. (Tillbury Times illustration; photo: Koval Images)", REASON_CAPTION),
    ("A glassblower at work in a small studio. Courtesy: Vantry Museum archive", REASON_CAPTION),
    ("The bourse building on the main square. Photo KRB", REASON_CAPTION),
    ("A tug guides a tanker into the harbour. Source: Ines Varga/Portwire", REASON_CAPTION),
    ("—With reporting by Ana Quiroga", REASON_CREDIT),
    ("Valle Business Daily, Calle Mayor 4, Saltillo | Contacto: mesa@valledaily.mx | Tel. +52 84 5550 0000", REASON_CONTACT),
    ("Harrow Wire, the news and media division of Harrow Information Group, is a provider of business news.", REASON_CREDIT),
    ("Source text: bit.ly/3xYzAbC", REASON_CREDIT),
    ("Further company coverage: QRT.L", REASON_CREDIT),
    ("The stories behind the numbers, in your inbox before the bell.", REASON_NEWSLETTER),
    ("Get the morning digest straight to your inbox with the Harrow Markets newsletter.", REASON_NEWSLETTER),
    ("Want more local news? Sign up to the Gazette's daily newsletter here.", REASON_NEWSLETTER),
    ("Sign up for the Freight Week Report - the week's shipping news, every Thursday.", REASON_NEWSLETTER),
    ("Subscribe to Tillbury PRO for exclusive analysis and live programming. Start free trial", REASON_LOGIN),
    ("Our journalism relies on your support. Subscribe from just £2 a week.", REASON_LOGIN),
    ("Tillbury Review | Subscribe: first month EUR 1 | Sign in", REASON_LOGIN),
    ("This advertisement has not loaded yet, but your article continues below.", REASON_LOGIN),
    ("Important: Quayside Investor articles are for information only and are not personal investment advice.",
     REASON_CREDIT),
    ("The value of investments can go down as well as up.", REASON_CREDIT),
    ("Mara Quint is a former shipbroker who writes on ports. The views expressed are her own.", REASON_CREDIT),
    ("Harrow staff writer", REASON_CREDIT),
    ("Ines Varga, Gazette file photo", REASON_CREDIT),
    ("Share: Facebook · X · WhatsApp · Email", REASON_SHARE),
    ("Twitter · WhatsApp · Email", REASON_SHARE),
    ("Purchase Licensing Rights", REASON_NAV),
    ("Acquire Licensing Rights, opens new tab", REASON_NAV),
])
def test_page_furniture_lines(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Customers found the fake invoice in their inbox on Monday, the bank said.",
    "\"Start a free trial,\" the app's banner urged users, according to the regulator.",
    "Sources: people familiar with the talks said the bid could come on Friday.",
    "Source: company filings show revenue rose 4% in 2024.",
    "Source: Harrow Wire",
    "The broker said the note was for information only and not investment advice, according to a filing.",
    "Harrow Wire, the news division of Harrow Group, is a unit that was sold in 2020 to Pennock.",
    "The retailer will share data with Facebook and Twitter from next month.",
    "Quint said the cooperative would join talks with the telecom group on Tuesday.",
])
def test_article_sentences_are_not_furniture(line):
    assert furniture_reason(line) is None


def test_a_consent_box_does_not_hide_the_article():
    page = "\n".join([
        "We value your privacy. We and our 87 partners store and access information on your device. [I accept] [Reject all]",
        "Tillbury Review",
        "Quayside Holdings shares fall 6% after debt talks stall",
        "",
        "Shares of Quayside Holdings fell 6% on Tuesday after talks with its lenders stalled, the company said.",
        "",
        "The group must repay 400 million pesos by March, its chief financial officer Ana Quiroga told analysts.",
        "",
        "ADVERTISEMENT — Port calls and charter rates in one screen: try Quayside Data free for 30 days",
        "",
        "Lenders will meet again next week, two people familiar with the talks said.",
    ])
    text = "\n".join(clean_document(page).paragraphs)
    assert "privacy" not in text and "ADVERTISEMENT" not in text
    assert "fell 6% on Tuesday" in text and "Lenders will meet again" in text


def test_every_pattern_has_its_gate():
    assert len(furniture._PATTERN_GATES) == len(furniture._PATTERNS)


def test_an_article_s_table_set_in_columns_is_kept_under_its_header():
    page = "\n".join([
        "Harrow shares slump 18% on cladding bill",
        "",
        "LONDON, Nov 16 - Harrow Homes closed down 18.4 percent at 336 pence on Wednesday after it put its repair bill at "
        "135 million pounds, the company said.",
        "",
        "Other housebuilders were mixed:",
        "",
        "Company              Close (p)   Change",
        "Quarne Homes          1,672.0     +0.4%",
        "Vell Developments       451.3     -0.6%",
        "Tarn Estates          2,380.0     -0.3%",
        "",
        "Miners led the index higher, with copper prices up for a third day, traders said.",
    ])
    text = "\n".join(clean_document(page).paragraphs)
    for row in ("Quarne Homes 1,672.0 +0.4%", "Vell Developments 451.3 -0.6%", "Tarn Estates 2,380.0 -0.3%"):
        assert row in text
    # a widget's row alone, without a header of columns, stays furniture
    assert furniture_reason("Brent 82.10 -1.1%") == REASON_NAV
