"""Round 64 (timeline, dated events): one test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market.moves import extract_moves
from analysis.timeline.events import timeline_mentions


def _rows(title: str, body: str, published: str) -> list[tuple[str, str, str]]:
    """(sentence, date_start, date_end) of every timeline row of one article with headline ``title``, its share moves
    too."""
    raw = RawArticle(file="one.txt", text=f"{title}\n\n{body}", outlet="One", published=published, title=title)
    corpus = build_corpus([(raw, {"published_earliest": ""}, "corpus")])
    got = timeline_mentions(corpus, moves=extract_moves(corpus))
    return sorted((r.sentence, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


_BLOG = ("Marden Rail Live | Thursday 14 November 2041 | All times GMT\n\n"
         "09:10 GMT - Chief Executive Ilse Varga is at the lectern. \"We got the signalling budget wrong,\" she says. "
         "Varga says four of the nine directors will leave the board. Traders say the worst is now priced in.\n\n"
         "10:25 GMT - The results call is over. \"Nothing is settled yet,\" says finance chief Tomas Reed.\n")


def test_a_statement_a_live_blog_entry_tells_in_the_present_is_on_the_entry_day() -> None:
    got = _rows("LIVE: Marden Rail chief faces investors", _BLOG, "2041-11-14")
    for sentence in ("\"We got the signalling budget wrong,\" she says.",
                     "Varga says four of the nine directors will leave the board.",
                     "Traders say the worst is now priced in.",
                     "\"Nothing is settled yet,\" says finance chief Tomas Reed."):
        assert (sentence, "2041-11-14", "2041-11-14") in got, sentence


def test_a_statement_in_the_present_outside_a_live_blog_or_ahead_stays_undated() -> None:
    # the same sentences in an article's prose: a present "says" tells no day there
    prose = ("Marden Rail's chief executive faced investors. \"We got the signalling budget wrong,\" she says. "
             "Varga says four of the nine directors will leave the board.\n")
    got = _rows("Marden Rail chief faces investors", prose, "2041-11-14")
    assert not any(s.startswith(("\"We got", "Varga says")) for s, _, _ in got)
    # a modal before the verb of saying: what will be said, no statement of the day
    blog = _BLOG.replace("Varga says four", "Varga will say four")
    assert not any(s.startswith("Varga will say") for s, _, _ in _rows("LIVE: Marden Rail", blog, "2041-11-14"))


_LEAD = ("VALDMERE, Nov 14 (One Wire) - Pellham Orchards said on Thursday it would close its cider plant at Arnby "
         "and cut 300 jobs after a second wet harvest.\n")


def test_a_headline_plan_is_on_its_lead_day() -> None:
    # published on Friday 2041-11-15: the plan was made known on the lead's Thursday
    for title in ("Pellham Orchards to close Arnby plant, cut 300 jobs", "Pellham Orchards set to close Arnby plant",
                  "UPDATE 1-Pellham Orchards chief to step down after wet harvest"):
        assert (title, "2041-11-14", "2041-11-14") in _rows(title, _LEAD, "2041-11-15"), title
    # the plan's own date first in the lead ("in March"): the day it was made known is the lead's first day
    lead = "Pellham Orchards will close its cider plant at Arnby in March, the company said on Thursday.\n"
    title = "Pellham Orchards to close Arnby plant"
    assert (title, "2041-11-14", "2041-11-14") in _rows(title, lead, "2041-11-15")


def test_a_headline_with_a_figure_after_to_is_still_news_in_the_present() -> None:
    # "up to 300" is a bound, no modal "to" before the headline's verb
    title = "Up to 300 Pellham Orchards jobs go as cider plant shuts, says union"
    assert (title, "2041-11-14", "2041-11-14") in _rows(title, _LEAD, "2041-11-15")


def test_a_headline_whose_to_is_no_plan_stays_off() -> None:
    for title in ("Up to 300 Pellham Orchards jobs affected by plant closure",  # a figure's bound
                  "Return to growth eludes cider makers",  # a noun before "to"
                  "Pellham Orchards to the rescue?",  # no verb after "to"
                  "Pellham Orchards said a plan to sell its Arnby plant fell through",  # a verb in the subject
                  "Pellham Orchards' agreement to acquire 51% of Brisk Cider"):  # a noun taking "to"
        assert not any(s == title for s, _, _ in _rows(title, _LEAD, "2041-11-15")), title


def test_a_move_keeps_its_session_beside_the_day_of_its_cause() -> None:
    # published on Monday 2041-11-18, a market report of its day: the cause's day is another event's, not the move's
    body = ("Shares in Brisk Cider Plc fell 5.2% after its chairman wrote over the weekend that the harvest had "
            "failed.\n\nOther drinks makers were steady.\n")
    got = _rows("Brisk Cider slides", body, "2041-11-18")
    sentence = body.split("\n")[0]
    assert (sentence, "2041-11-18", "2041-11-18") in got
    assert (sentence, "2041-11-16", "2041-11-17") in got
    body = body.replace("after its chairman wrote over the weekend", "ahead of Wednesday's report")
    sentence = body.split("\n")[0]
    assert (sentence, "2041-11-18", "2041-11-18") in _rows("Brisk Cider slides", body, "2041-11-18")


def test_a_move_after_hours_on_a_day_is_not_on_the_article_day() -> None:
    body = "Shares in Brisk Cider Plc fell 5.2% after hours on Friday.\n\nOther drinks makers were steady.\n"
    got = _rows("Brisk Cider slides", body, "2041-11-18")
    assert (body.split("\n")[0], "2041-11-18", "2041-11-18") not in got


def test_a_week_set_before_the_clause_of_its_move_is_the_articles_week() -> None:
    # published on Friday 2041-11-15: "For the week," then the figure, the week's working days to that Friday
    body = "Pellham Orchards shares closed at 212 pence.\n\nFor the week, the stock fell 4.3%.\n"
    got = _rows("Pellham Orchards ends a hard week", body, "2041-11-15")
    assert ("For the week, the stock fell 4.3%.", "2041-11-11", "2041-11-15") in got
    # left alone: no figure in its clause
    body = "Pellham Orchards shares closed at 212 pence.\n\nFor the week, traders watched the harvest reports.\n"
    assert not any(s.startswith("For the week") for s, _, _ in _rows("Pellham Orchards", body, "2041-11-15"))
