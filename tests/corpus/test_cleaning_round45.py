"""Round 45 (clean38): page furniture of a second writer's site templates, in the forms real sites print (a photo's
credit after a bar, in brackets or ending on "File Photo"; a market strip between bars; a list of topics; a pay wall's
meter; a staff byline; the publisher's registration; a promotion of the site's papers, events and reader sessions; the
comments under another name). Invented lines and pages; the one-line lists are checked in ``test_furniture_lines``."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document, page_strip
from analysis.corpus.furniture import (
    REASON_SHARE,
    REASON_BYLINE, REASON_CAPTION, REASON_COMMENTS, REASON_COPYRIGHT, REASON_LINK, REASON_LOGIN, REASON_NAV,
    furniture_reason,
)

FURNITURE = [
    ("Cranes stand idle at the container terminal in this file photo taken in 2029. Ilse Varga | Harbour Images",
     REASON_CAPTION),
    ("A rider boards a tram at the depot on Monday. (Ilse Varga/The Dunmore Courier)", REASON_CAPTION),
    ("The trading floor of the Tallow exchange. Coastline Wire/Ilse Varga/File Photo", REASON_CAPTION),
    ("Market data: TRWM 41.20 ▲2.15% | PLHB 18.05 ▼0.42% | FNWA 102.30 ▼1.10% | DNMF 7.45 ▲0.93%. Data delayed at least"
     " 15 minutes.", REASON_NAV),
    ("Index A 5,120.40 +0.21% | Index B 18,330.10 -0.35% | Index C 9,870.55 +0.64%", REASON_NAV),
    ("Suggested Topics: Ports, Shipping, Labour", REASON_NAV),
    ("Popular topics: Energy · Utilities · Regulation", REASON_NAV),
    ("Free access: you have read 2 of 3 free articles. Register to keep reading.", REASON_LOGIN),
    ("You are reading one of your four free articles this month. Register for unlimited access.", REASON_LOGIN),
    ("Expert analysis is for subscribers. Free registration unlocks three articles a month.", REASON_LOGIN),
    ("By Harbour Ledger staff", REASON_BYLINE),
    ("By HLD news desk", REASON_BYLINE),
    ("Dunmore Media Ltd, 4 Quay Road, Bristol BS1 4QQ. Registered in England No. 04455667.", REASON_COPYRIGHT),
    ("Tallow Money is a trading name of Tallow Digital Ltd, registered in England and Wales No. 11223344.",
     REASON_COPYRIGHT),
    ("Pell Media LLC, 12 Main Street, Albany, NY 12207 | Terms | Privacy | Contact", REASON_COPYRIGHT),
    ("Sponsored report: The 2031 Cold-Chain Capacity Outlook (free download)", REASON_NAV),
    ("Webinar, Oct. 9: Pricing freight in a slower market. Register", REASON_NAV),
    ("Harbour Logistics Awards 2031: entries close 3 May. Gala dinner at the Corn Exchange.", REASON_NAV),
    ("Ledger Live: Our reporters answer your questions about port fees, Friday at 1 p.m.", REASON_NAV),
    ("Was this article helpful? Yes | No", REASON_NAV),
    ("The Dunmore Review is nonprofit and reader-funded. Become a member for £4 a month.", REASON_LOGIN),
    ("Conversation (41)", REASON_COMMENTS),
    ("Questions from readers (7)", REASON_COMMENTS),
    ("Related guide: How to check your energy tariff", REASON_LINK),
    ("Crates on the quay at dawn. Coastline Wire/Ilse Varga/File Photo Purchase Licensing Rights", REASON_CAPTION),
    ("Cranes on the quay at dawn. File photo/Ilse Varga", REASON_CAPTION),
    ("Empty shop units on the high street. Source: Staff photographer", REASON_CAPTION),
    ("Harbour Futures Summit, Bristol, Nov. 4-5 — tickets on sale now", REASON_NAV),
    ("REGISTER NOW: Port Systems Forum 2031, Hull, 3-4 June. Early-bird rate ends Friday", REASON_NAV),
    ("We may earn a commission from some links on this page, but this never affects our reviews.", REASON_NAV),
    ("VIDEO 2:14 Analyst Ilse Varga: 'Fees are the least of the port's worries'", REASON_NAV),
]

ARTICLE = [
    "Tallow Money is a trading name of Tallow Digital Ltd, the regulator said on Monday.",
    "The lounge is for members only. Guests can register at the desk, the club said.",
    "By Friday the staff had left the site.",
    "The union's conversation with the board lasted three hours (its fourth).",
    "Tarrow Mills rose 4.1% to 12.30 on Friday, while Pell Harbour fell 0.4% to 18.05.",
    "The awards, worth £5,000 each, will be presented in May, the council said.",
    "Ilse Varga, a dock worker, said the terminal had been idle since March.",
    "Readers asked whether the fees would rise. The port said they would not.",
    "Watch 2:30 minutes of the footage, the police said.",
    "Tickets for the final went on sale on Monday, the club said.",
]



_METERED_PAGE = """Harbour Ledger  |  News  Ports  Shipping  Policy  Opinion  Jobs  Awards  e-Edition
Home › Ports
Free registration: you have read 1 of 2 free articles. Register to keep reading.
Dunmore port fees to rise 8% from July
12 March 2031
By Harbour Ledger staff
Dunmore Port Authority will raise its berth fees by 8% from July 1, its chief executive Ada Quell said on Tuesday.
The increase is the first since 2027 and follows a £40m upgrade of the container terminal, Quell told reporters.
Shipping lines have until May to respond to the plan, which the authority will publish in full next week.
Conversation (12)
Old Salt 2 hours ago The fees were always going to rise. Reply · 14 likes
Tarrow Fan 5 hours ago About time the terminal was fixed. Reply · 3 likes
"""


def test_a_metered_page_reads_its_headline_and_date_and_drops_the_meter_byline_and_comments():
    doc = clean_document(_METERED_PAGE)
    assert doc.title == "Dunmore port fees to rise 8% from July"
    assert str(doc.dateline) == "2031-03-12"
    assert doc.paragraphs == (
        "Dunmore Port Authority will raise its berth fees by 8% from July 1, its chief executive Ada Quell said on "
        "Tuesday.",
        "The increase is the first since 2027 and follows a £40m upgrade of the container terminal, Quell told reporters.",
        "Shipping lines have until May to respond to the plan, which the authority will publish in full next week.",
    )
    assert [r.reason for r in doc.removals if r.line_no in (3, 6, 10)] == [REASON_LOGIN, REASON_BYLINE, REASON_COMMENTS]


def test_a_share_bar_naming_each_network_goes():
    line = "Share Share Article via Facebook Share Article via X Share Article via LinkedIn Copy link"
    assert furniture_reason(line) == REASON_SHARE


@pytest.mark.parametrize("line", [
    "Harbour Ledger | News Ports Shipping Policy Opinion Jobs Awards",
    "The Dunmore Herald News Sport What's On Business Opinion Property Jobs Announcements Newsletters",
    "Tallow Courier | News Local Sports Business Opinion Obituaries Things To Do e-Edition Classifieds",
])
def test_a_site_menu_after_the_site_name_is_no_headline(line):
    assert page_strip(line)


@pytest.mark.parametrize("line", [
    "Dunmore Port Authority Raises Fees As Shipping Lines Cut Routes",
    "World Business Leaders Meet In Davos As Markets Slide On Tech News",
    "Tarrow Mills | Shares Jump 14% On Record Orders From Ports",
])
def test_a_headline_in_title_case_stays_a_headline(line):
    assert not page_strip(line)
