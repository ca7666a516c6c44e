"""Round 64 (clean64): the template pass keeps two kinds of article text it took as the site's: a list of moves
under the page's own label whose items another article lists under its own words, and the last items of a list of
key dates that another story prints beside items this page prints in its article. Invented pages and companies."""

from __future__ import annotations

from tests.corpus.test_templates import _STORIES, _drops


def test_a_list_under_a_label_of_its_own_stays_when_the_other_page_lists_the_same_names_in_its_own_words():
    ferry, mill, orchard = (list(v) for v in _STORIES.values())
    pages = [ferry[:3] + ["Biggest shipping decliners, Friday:", "Tarrow Lines: -2.1%", "Pell Harbour: -1.8%",
                          "Osk Marine (Oslo listing): -0.9%"] + ferry[3:],
             mill[:2] + ["16:10 GMT - A scorecard for the rest of the sector this afternoon:", "Tarrow Lines: -3.2%",
                         "Pell Harbour: -0.4%"] + mill[2:],
             orchard]
    assert _drops(pages) == [[], [], []]


def test_a_widget_under_a_label_still_goes_when_the_other_page_prints_it_as_a_widget_too():
    ferry, mill, orchard = (list(v) for v in _STORIES.values())
    # the other page's items stand under no lead-in of its own: the shape is the site's
    pages = [ferry[:3] + ["Movers, Friday:", "Tarrow Lines: -2.1%", "Pell Harbour: -1.8%"] + ferry[3:],
             mill[:2] + ["Tarrow Lines: -3.2%", "Pell Harbour: -0.4%"] + mill[2:],
             orchard]
    assert _drops(pages) == [["Tarrow Lines: -2.1%", "Pell Harbour: -1.8%"],
                             ["Tarrow Lines: -3.2%", "Pell Harbour: -0.4%"], []]


def test_the_last_key_dates_of_a_factbox_stay_when_another_story_prints_them_beside_items_of_its_body():
    ferry, mill = list(_STORIES["ferry"]), list(_STORIES["mill"])
    items = ["March 3 - Brannock Ferries reports the first engine failure on the northern crossing.",
             "March 29 - A second engine fails and the winter timetable is cancelled for the season.",
             "April 2 - The operator charters a spare vessel from a Baltic line for three months.",
             "April 9 - Crews walk out for a day over the condition of the ageing engines.",
             "April 14 - Harbour officials publish their inspection report on the damaged vessel.",
             "April 30 - Deadline, set by the maritime authority, to file the operator's safety plan.",
             "Late May - Extraordinary shareholders' meeting to vote on the sale of two older ships."]
    factbox = [*ferry[:3], "The operator faces a safety deadline after a month of engine failures. Following are key dates:",
               *items]
    # another story of the operator ends on four of the same items: the first two, which the factbox prints amid its
    # own, then the last two, which both pages print at their ends
    other = [*mill, "Key dates ahead for the ferry operator, and so far:", items[0], items[1], items[5], items[6]]
    assert _drops([factbox, other, list(_STORIES["orchard"])]) == [[], [], []]
