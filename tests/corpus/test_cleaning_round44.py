"""Round 44 (clean56): page furniture that whole scraped pages print on one line (a list of other stories or of
readers' comments run into a line, the writer's note, a site's disclaimer, appeal, newsletter pitch, pay wall, promotion,
chart caption, breadcrumb, market strip). Invented lines, checked in ``test_furniture_lines``."""

from __future__ import annotations

from analysis.corpus.furniture import (
    REASON_CAPTION, REASON_COMMENTS, REASON_CREDIT, REASON_LINK, REASON_LOGIN, REASON_NAV, REASON_NEWSLETTER,
)

FURNITURE = [
    ("Most viewed: Tarrow Mills to shut two plants · Pell Harbour names new chief · Fenwick Air adds routes", REASON_LINK),
    ("Most Popular: 1 Dunmore council approves bypass · 2 Ostrava Foods lands supermarket deal", REASON_LINK),
    ("Read Next: Why pension funds are buying bridges · 4 Feb 2031 · Quarry group Harlstone cuts outlook · 6 Feb 2031",
     REASON_LINK),
    ("More analysis: Ports: who is building in Ghana | 3 May 2031 · Tallow Dairy posts 9% rise | 8 May 2031", REASON_LINK),
    ("Latest filings: 09:30 Brannock Mining – Drilling Update · 10:15 Orvane Group – Notice of AGM", REASON_LINK),
    ("Comments (14): jo_roe: A fair price at last. · Old Salt: Ships will just sail elsewhere.", REASON_COMMENTS),
    ("Reader comments: Pia K.: Nobody asked the fishermen. · mkelso: About time.", REASON_COMMENTS),
    ("Ada Quell is business editor of the Dunmore Evening Star and covers ports and shipping.", REASON_CREDIT),
    ("Ada Quell is markets editor of The Harbour Ledger.", REASON_CREDIT),
    ("Ada Quell writes the Harbour Ledger's Money Matters column.", REASON_CREDIT),
    ("Ada Quell reports on airlines and travel companies from Lisbon.", REASON_CREDIT),
    ("Harbour Ledger does not provide financial advice. Capital at risk. Do your own research.", REASON_CREDIT),
    ("This article is for information only and does not constitute investment advice.", REASON_CREDIT),
    ("The Dunmore Review is reader-funded. If you value our work, become a supporter from £4 a month.", REASON_LOGIN),
    ("Get our Harbour Close email every weekday at 6pm.", REASON_NEWSLETTER),
    ("Get the Port Systems Weekly briefing every Friday.", REASON_NEWSLETTER),
    ("The Harbour Morning Brief newsletter brings you the stories that move markets before the open.", REASON_NEWSLETTER),
    ("You are reading a complimentary premium article. Subscribe for unlimited access.", REASON_LOGIN),
    ("Continue reading: create a free account to unlock 2 more reports this month.", REASON_LOGIN),
    ("Harbour Industry Awards 2031: entries close on 3 May. Enter now", REASON_NAV),
    ("Report: the 2031 cold-chain benchmark. Download now", REASON_NAV),
    ("EVENT: Port Futures Summit, Gdansk, 4-5 June 2031. Early-bird tickets available - book now", REASON_NAV),
    ("Chart: Harbour 50 index, intraday. Source: Ledger Data", REASON_CAPTION),
    ("Business > Shipping & Ports", REASON_NAV),
    ("Money › Investing › Funds", REASON_NAV),
    ("Markets: Index A 41,100.20 (-0.37%) | Index B 2,860.10 (-0.26%) | Index C 22,700.00 (+0.54%)", REASON_NAV),
    ("Top movers (delayed): Tarrow Mills +6.1% | Pell Harbour -2.2% | Fenwick Air +1.4%", REASON_NAV),
    ("Premium: Quiz: how well did you follow this week's port news?", REASON_LINK),
    ("Quiz: how well did you follow this week's port news?", REASON_LINK),
    ("Got a confidential news tip? We want to hear from you.", REASON_NAV),
    ("HARBOUR NEWSLETTER: our best tips every Saturday morning. Sign up free", REASON_NAV),
]

ARTICLE = [
    "Latest: the port authority says the strike is over.",
    "More details: the plant will close in May, the company said.",
    "Comments from the chief executive suggested the dividend was safe.",
    "Ada Quell is chief executive of Tarrow Mills and chairs the ports council.",
    "Ada Quell is business editor of the Evening Star, said the union's lawyer, who called her a witness.",
    "Pell Harbour Bank does not provide investment advice, the regulator said on Monday.",
    "The museum is reader-funded, its director said, and will stay open.",
    "Harbour Ledger reports on Tuesday from Lisbon.",
    "Revenue rose to more than 5 > 4 units.",
    "Tarrow Mills shares rose 6.1% (+0.4 points) on Friday.",
    "Other movers: Pell Harbour +2.1% · Fenwick Air -1.3% · Dunmore Foods +0.4%",
    "The plant will be ready by 2032. Register now for updates, the council told residents, \"or miss out\".",
]

