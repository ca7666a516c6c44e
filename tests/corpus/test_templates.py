"""Round 43 (clean51): the corpus-level template pass (analysis/corpus/templates.py). A line the pages of other
articles print too is the site's furniture, read from its place on the page; reprinted article text stays.
Invented pages, stories and sites."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus.load import load_corpus
from analysis.corpus.templates import REASON_TEMPLATE, line_key, template_lines

# three unrelated invented stories, five paragraphs of prose each
_STORIES = {
    "ferry": [
        "Brannock Ferries cancelled its winter timetable on Tuesday after a second engine failure in a month.",
        "The operator said passengers booked on the northern crossing would be offered refunds or later sailings.",
        "Its shares fell sharply in early trading as analysts questioned the cost of chartering a spare vessel.",
        "Harbour officials said the damaged ship would stay in dry dock for at least six weeks of repairs.",
        "A union representing the crews said it had warned managers about the ageing engines last spring.",
    ],
    "mill": [
        "Quillon Paper will close its oldest mill next year, cutting about four hundred jobs in the valley.",
        "The company blamed falling demand for newsprint and the rising price of the timber it buys in.",
        "Local councillors said they would ask the regional government for help retraining the workers.",
        "The mill opened in the nineteen twenties and once employed more than two thousand people in town.",
        "Quillon said it would keep its two newer plants running and invest in packaging board instead.",
    ],
    "orchard": [
        "A late frost has destroyed much of the apricot crop across the southern orchards, growers said.",
        "Prices at the wholesale market doubled within a week as buyers scrambled for the remaining fruit.",
        "The growers' cooperative asked the agriculture ministry to declare the region a disaster zone.",
        "Insurers said most small farms had no cover for frost because the premiums had become too high.",
        "Exporters warned that contracts with foreign supermarkets might have to be cancelled this summer.",
    ],
}


def _drops(pages: list[list[str]]) -> list[list[str]]:
    """The paragraphs of each page that the pass takes as template."""
    return [[page[j] for j in sorted(d)] for page, d in zip(pages, template_lines(pages))]


def test_line_key_masks_figures_and_the_names_in_running_words():
    assert line_key("Printed from Harlow Gazette on May 3, 2031 at 10:15 for your use.") == line_key(
        "Printed from The Vell Courier on Jun 14, 2030 at 07:05 for your use.")
    # names are masked only where at least four words in lower case carry the match
    assert line_key("Printed from Harlow Gazette on May 3") != line_key("Printed from Ostmark Daily on May 3")
    # a short line must match whole: names stay
    assert line_key("Velloria Shipping") != line_key("Harlow Gazette")
    assert line_key("Market view") == "market view"


def test_a_footer_that_pages_of_other_stories_print_after_their_article_goes():
    sites = ["Harlow Gazette", "The Vell Courier", "Ostmark Daily"]
    pages = [[*_STORIES[s], f"Printed from {site} on May {n}, 2031. This copy is for your personal use only.",
              "Corrections and clarifications",
              "Distribution of this material is governed by our subscriber agreement and by copyright law."]
             for n, (s, site) in enumerate(zip(_STORIES, sites), start=3)]
    drops = _drops(pages)
    for page, dropped in zip(pages, drops):
        assert dropped == page[5:]
    # one page alone has nothing to compare with
    assert template_lines(pages[:1]) == [set()]


def test_a_short_line_amid_the_articles_of_two_pages_goes_and_a_subheading_stays():
    ferry, mill, orchard = (list(v) for v in _STORIES.values())
    pages = [ferry[:2] + ["Sponsored content"] + ferry[2:], mill[:3] + ["Sponsored content"] + mill[3:], orchard]
    assert _drops(pages) == [["Sponsored content"], ["Sponsored content"], []]
    # a heading that leads in to the page's own paragraph is the article's ("What comes next?")
    pages = [ferry[:3] + ["What comes next?"] + ferry[3:], mill[:3] + ["What comes next?"] + mill[3:], orchard]
    assert _drops(pages) == [[], [], []]
    # so is a dateline on a line of its own before the first paragraph ("HARLOW (Wire) --")
    pages = [["HARLOW (Vell Wire) --", *ferry], ["HARLOW (Vell Wire) --", *mill], orchard]
    assert _drops(pages) == [[], [], []]


def test_a_filled_in_sentence_amid_articles_goes_but_a_sentence_printed_word_for_word_stays():
    sites = ["Harlow Gazette", "The Vell Courier", "Ostmark Daily"]
    pages = [v[:2] + [f"Thanks for reading {site}! Subscribe for free to get new posts by email."] + v[2:]
             for v, site in zip(_STORIES.values(), sites)]
    assert [len(d) == 1 and d[0].startswith("Thanks for reading") for d in _drops(pages)] == [True, True, True]
    # the same sentence word for word on three pages may be a wire's line that each story quotes
    fact = "It takes a majority of the forty seats to pass a budget in the regional assembly."
    pages = [v[:2] + [fact] + v[2:] for v in _STORIES.values()]
    assert _drops(pages) == [[], [], []]


def test_reprints_of_one_story_keep_their_shared_lines():
    ferry = _STORIES["ferry"]
    edited = [ferry[0].replace("on Tuesday", "late on Tuesday"), ferry[1], "Smaller rivals said they could add sailings.",
              ferry[2], ferry[3].replace("six weeks", "six more weeks"), ferry[4]]
    pages = [list(ferry), edited, list(_STORIES["mill"])]
    assert _drops(pages) == [[], [], []]
    # an edited reprint: every paragraph reworded a little, one credit line printed by both; the pages are copies
    # of one story (they share most of their word triples), so the line stays on both
    note = "Additional reporting by Ilse Marrow in Harlow"
    reworded = [p.replace(" the ", " its ", 1).replace(" a ", " one ", 1) for p in ferry]
    pages = [[*ferry[:3], note, *ferry[3:]], [*reworded[:3], note, *reworded[3:]], list(_STORIES["mill"])]
    assert all(a != b for a, b in zip(ferry, reworded))
    assert _drops(pages) == [[], [], []]
    # a reprint that ends with the same last paragraphs as the original keeps them
    pages = [list(ferry), [ferry[0].replace("Tuesday", "Wednesday"), *ferry[1:]], list(_STORIES["orchard"])]
    assert _drops(pages) == [[], [], []]


def test_the_corpus_drops_the_template_and_records_why(tmp_path: Path):
    sites = ["Harlow Gazette", "The Vell Courier", "Ostmark Daily"]
    for n, (s, site) in enumerate(zip(_STORIES, sites), start=1):
        body = "\n\n".join([*_STORIES[s], "Corrections and clarifications",
                            f"Printed from {site} on May {n}, 2031. This copy is for your personal use only."])
        (tmp_path / f"{s}.txt").write_text(body + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert not corpus.sentences["text"].str.contains("Printed from|Corrections and", regex=True).any()
    assert set(corpus.sentences["text"]) >= {p for v in _STORIES.values() for p in v}
    taken = corpus.removals[corpus.removals["reason"] == REASON_TEMPLATE]
    assert sorted(taken["line_no"].unique().tolist()) == [11, 13]
    assert len(taken) == 6
