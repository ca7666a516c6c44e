"""Round 63 (clean63): furniture kept as text and text taken for furniture. A market page's quote strip that a
line rule takes out as page chrome is still one of the page's head lines, whose cells are the day's moves; an
aggregator's credits under its items' headlines ("Example Ledger · 5h ago", "... · Yesterday", "... · Apr 6") are no
text and no readers' comments (the last items stay); its note that the headlines are the publishers'; "More on this
topic" over a box of links. Page dates: a stamp part labelled "Published" beside any short parts, the clock alone
beside the date, a Korean page's "Input 2031.09.02 17:48 | Modified ..." stamp. Sentences: a German ordinal day
("on 3. February") and a row's leader dots ("Acme (ACM) ........ -21.4%") end none; a row of movers naming a company
called like a network ("Pinterest (PINS) ... +3.9%") is no share widget. Invented lines, names and sites."""

from __future__ import annotations

import json
from datetime import date

from analysis.corpus.cleaning import page_stamp
from analysis.corpus.furniture import REASON_NAV, REASON_SHARE, furniture_reason, quote_strip
from analysis.corpus.load import head_lines
from analysis.corpus.sentences import split_sentences
from tests.corpus.test_corpus_round60 import _BODY, _clean


def test_a_quote_strip_is_told_from_prose_and_from_a_table_row():
    assert quote_strip("VELMORA 21.48 -4.20% | BRANDT 8.10 +1.25% | NORDIX 1,204.55 -0.31%")
    assert quote_strip("Tickers: VLM.VX -4.2% | BRT.VX +1.3%")
    assert quote_strip("VLM  21.48  -0.94  (-4.20%)    BRT  8.10  +0.10  (+1.25%)")
    assert not quote_strip("Velmora -4.2%, Brandt +1.3%")  # a list of movers in words: the article's
    assert not quote_strip("Shares of Velmora fell -4.2% and Brandt +1.3% on Monday.")
    assert not quote_strip("VELMORA 21.48 -4.20%")  # one cell: no strip


def test_a_quote_strip_taken_out_as_page_chrome_stays_a_head_line():
    text = "\n".join(("VELMORA 21.48 -4.20% | BRANDT 8.10 +1.25% | NORDIX 1,204.55 -0.31%", "",
                      "Velmora Textil cuts outlook, share slides", "", *_BODY))
    doc = _clean(text)
    assert any(r.reason == REASON_NAV and r.line_no == 1 for r in doc.removals)
    heads = [line for _at, line in json.loads(head_lines(doc, text))]
    assert heads[0] == "VELMORA 21.48 -4.20% | BRANDT 8.10 +1.25% | NORDIX 1,204.55 -0.31%"
    assert "Velmora Textil cuts outlook, share slides" in heads


_ITEMS = (
    "Velmora Textil cuts outlook as orders from the south dry up",
    "Example Wire · 3 hours ago",
    "Velmora Textil's shares fell 4.2% on Monday after the clothing maker cut its outlook for the year, citing weak "
    "orders from retailers in the south.",
    "",
    "Brandt Logistics slides 6% as freight volumes sag",
    "Quayside Ledger · 5h ago",
    "Brandt Logistics shares slid 6.1% on Monday after the haulier said freight volumes had fallen for a third month "
    "in a row.",
    "",
    "Nordix names a new finance chief after a run of profit warnings",
    "Harbour Money Daily · Yesterday",
    "Nordix said on Sunday that Ida Varga, its treasurer, would become finance chief on June 1, replacing a chief "
    "financial officer who left in March.",
    "",
    "Orvane climbs 3% after a buyback of its own shares",
    "Cobalt Street Review · Apr 6",
    "Orvane's shares rose 3.2% on Friday after the company said it would buy back up to 5% of its stock over the year.",
)


def test_an_aggregators_credits_under_its_headlines_are_no_text_and_no_comments():
    doc = _clean("Example Hub — all the news in one place", "", "Textiles: latest headlines", "", *_ITEMS, "",
                 "Powered by Example Hub. Headlines and snippets belong to their publishers.")
    text = "\n".join(doc.paragraphs)
    assert "Quayside Ledger" not in text and "Harbour Money Daily" not in text and "Cobalt Street Review" not in text
    # the credits are no readers' comments: the last items stay the article's
    assert "Orvane climbs 3% after a buyback of its own shares" in doc.paragraphs
    assert doc.paragraphs[-1].startswith("Orvane's shares rose 3.2%")
    assert not any("belong to their publishers" in p for p in doc.paragraphs)


def test_a_readers_comment_head_under_the_comment_before_is_no_aggregators_credit():
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "Comments (2)",
                 "jo_trader · 2h ago", "Another one of those firms that cut jobs and kept the bonus for the board",
                 "Ana Reyes · 1h ago", "My brother works at the plant in the south.")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")


def test_more_on_this_topic_heads_a_box_of_links():
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "MORE ON THIS TOPIC",
                 "› Velmora's plant closures: what workers need to know (Quayside Ledger, Jul 5)",
                 "› Who owns Velmora? (Example Hub Explainers, Jul 2)", "",
                 "Example Hub gathers headlines and short extracts from more than two hundred publishers every hour.")
    assert not any(p.startswith(("MORE ON", "›")) for p in doc.paragraphs)


def test_a_stamp_part_labelled_published_dates_the_page_beside_any_short_parts():
    assert page_stamp("Interview | Example Quarterly (web edition) | Published 15 March 2031 09:12") == date(2031, 3, 15)
    assert page_stamp("17 May 2031 · 07:30 · Updated 09:12") == date(2031, 5, 17)  # the clock beside the date
    # a sentence beside the label is no stamp line
    assert page_stamp("Shares fell sharply on the news, analysts said. | Published 15 March 2031") is None


def test_a_korean_pages_input_and_modified_stamp_dates_the_article():
    doc = _clean("EXAMPLE TECH TODAY | Mobile | Chips | Telecom", "Input 2031.09.02 17:48 | Modified 2031.09.03 09:05", "",
                 "Velmora Textil cuts outlook, share slides", "", *_BODY)
    assert doc.dateline == date(2031, 9, 2)


def test_a_german_ordinal_day_before_its_month_ends_no_sentence():
    assert split_sentences("Already on 3. February the Velmora shares had fallen 2,1 %.") == [
        "Already on 3. February the Velmora shares had fallen 2,1 %."]
    assert split_sentences("Am 3. Februar fiel die Aktie.") == ["Am 3. Februar fiel die Aktie."]
    assert split_sentences("Sales rose 12. March was better.") == ["Sales rose 12.", "March was better."]


def test_leader_dots_before_a_rows_figure_end_no_sentence():
    assert split_sentences("Velmora Textil (VLM) ........ -21.4%") == ["Velmora Textil (VLM) ........ -21.4%"]
    assert split_sentences("He waited... Then he left.") == ["He waited...", "Then he left."]


def test_a_movers_row_of_a_company_named_like_a_network_is_no_share_widget():
    assert furniture_reason("Pinterest (PINS) ........... +3.9%") is None
    assert furniture_reason("Pinterest 12 Facebook 40") == REASON_SHARE


def test_a_footers_links_with_credits_and_no_summaries_still_end_the_article():
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "See full coverage",
                 "More coverage on this story", "Quayside Daily · 2 hours ago",
                 "Brandt Logistics shares rally 9% after buyback plan", "Harbour Ledger · 5 hours ago",
                 "Regulators to rule on the Nordix-Orvane deal by April 30", "Local news",
                 "Riverside council approves a new library upgrade", "Did you find this helpful?",
                 "Example Hub is an automated news aggregator. Headlines are selected by algorithm.")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")
