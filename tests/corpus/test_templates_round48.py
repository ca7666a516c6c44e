"""Round 48 (lead): a list the article's own words introduce ("Other game stocks were mixed:", then one line a company
and its move) is the article's, however many pages of other outlets print lines of the same shape; a site's widget
under a label of its own ("Top movers:") still goes. Invented pages, companies and sites."""

from __future__ import annotations

from tests.corpus.test_templates import _STORIES, _drops


def test_a_list_of_moves_under_the_page_s_own_lead_in_stays():
    ferry, mill, orchard = (list(v) for v in _STORIES.values())
    pages = [ferry[:3] + ["Other shipping stocks were mixed:", "Tarrow Lines +2.1%", "Pell Harbour -1.8%"] + ferry[3:],
             mill[:2] + ["Weekly moves of the paper stocks, in London:", "Tarrow Lines +0.4%", "Pell Harbour -3.2%"]
             + mill[2:],
             orchard]
    assert _drops(pages) == [[], [], []]


def test_the_same_list_under_a_widget_s_label_goes():
    ferry, mill, orchard = (list(v) for v in _STORIES.values())
    pages = [ferry[:3] + ["Top movers:", "Tarrow Lines +2.1%", "Pell Harbour -1.8%"] + ferry[3:],
             mill[:2] + ["Top movers:", "Tarrow Lines +0.4%", "Pell Harbour -3.2%"] + mill[2:],
             orchard]
    assert _drops(pages) == [["Top movers:", "Tarrow Lines +2.1%", "Pell Harbour -1.8%"],
                             ["Top movers:", "Tarrow Lines +0.4%", "Pell Harbour -3.2%"], []]
    # a lead-in that other pages print too is the site's ("Markets at a glance for our readers:")
    lead = "Markets at a glance for our readers:"
    pages = [ferry[:3] + [lead, "Tarrow Lines +2.1%"] + ferry[3:], mill[:2] + [lead, "Tarrow Lines +0.4%"] + mill[2:],
             orchard]
    assert _drops(pages) == [[lead, "Tarrow Lines +2.1%"], [lead, "Tarrow Lines +0.4%"], []]
