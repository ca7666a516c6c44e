"""Round 59 (timeline, dates59): the news a headline tells in the present with no date of its own is on its
article's lead day (the first day the lead names, else the publication date). One test per rule, each with what it
must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import _headline_label, timeline_mentions


def _rows(title: str, body: str, published: str) -> list[tuple[str, str, str]]:
    """(sentence, date_start, date_end) of every timeline row of one article with headline ``title``."""
    raw = RawArticle(file="one.txt", text=f"{title}\n\n{body}", outlet="One", published=published, title=title)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    return sorted((r.sentence, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


_LEAD = ("VALDMERE, Nov 14 (One Wire) - The board of Pellham Orchards accepted the resignation of its chief executive "
         "on Thursday after a review of the cider division's accounts found errors going back two years.\n")


def test_a_headline_in_the_present_is_on_its_lead_day() -> None:
    # published on Friday 2041-11-15; the lead's day, Thursday, is the headline's
    title = "Pellham Orchards chief resigns over accounting errors"
    assert (title, "2041-11-14", "2041-11-14") in _rows(title, _LEAD, "2041-11-15")
    # a lead with no day of its own: the publication day
    lead = ("The board of Pellham Orchards accepted the resignation of its chief executive after a review of the "
            "cider division's accounts found errors going back two years.\n")
    assert (title, "2041-11-15", "2041-11-15") in _rows(title, lead, "2041-11-15")
    # a plain form after a plural subject ("growers halt"), past a wire's tag
    title = "UPDATE 2-Valdmere growers halt deliveries to Pellham Orchards"
    assert (title, "2041-11-14", "2041-11-14") in _rows(title, _LEAD, "2041-11-15")


def test_a_headline_that_tells_no_news_of_the_day_stays_off() -> None:
    for title in ("What the Pellham Orchards resignation means for cider growers",  # a feature
                  "Should you sell Pellham Orchards now?",  # a question
                  "Pellham Orchards bill will be paid in lost orders, not fines",  # a forecast
                  "The Pellham Orchards affair: a timeline"):  # no verb
        assert not any(s == title for s, _, _ in _rows(title, _LEAD, "2041-11-15")), title


_REPORT = ("Brisk Cider warns on profit\n\n"
           "VALDMERE, Nov 14 (One Wire) - Shares in Brisk Cider Plc fell 11% on Thursday after the cider maker said a "
           "wet harvest would cut its profit. The apples were picked from Aug. 28.\n")


def _report_rows(sentence: str) -> list[tuple[str, str, str]]:
    # published on Thursday 2041-11-14: a report of its own day
    return [r for r in _rows("Brisk Cider warns on profit", _REPORT.split("\n\n", 1)[1] + sentence + "\n",
                             "2041-11-14") if r[0] == sentence]


def test_a_statement_with_its_occasion_in_a_report_of_the_day_is_on_that_day() -> None:
    for sentence in ("\"We are disappointed,\" Chief Executive Mara Vell said in a statement.",
                     "In a brief statement, the board said it would review the dividend.",
                     "Vell told analysts on a conference call that orders were holding up.",
                     "\"The harvest since early August was the worst we have seen,\" Vell told the Valdmere Courier.",
                     "Tomas Reed, an analyst at Keel Securities, cut his rating on the stock to \"hold\" from \"buy\".",
                     "\"This is a one-off,\" Keel Securities analyst Tomas Reed wrote in a note to clients."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence


def test_what_a_report_of_the_day_does_not_date_as_an_act() -> None:
    # (round 63: "The board said it would review the dividend." is now an act of the day, a commitment its speaker
    # announces for itself; see test_timeline_round63.py)
    for sentence in ("The board said the review would take weeks.",  # a plain "said" of a view: no occasion
                     "Keel Securities has cut its rating on the stock twice this year.",  # a perfect
                     "The company will give details in a statement next week."):  # a date of its own, a plan
        assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence), sentence
    # a look back (the first day the article names is not its own)
    text = ("Brisk Cider shares fell 11% on Monday after the warning.\n"
            "\"We are disappointed,\" Chief Executive Mara Vell said in a statement.\n")
    assert not any(r[0].endswith("in a statement.") for r in _rows("Brisk Cider's bad week", text, "2041-11-14"))


def test_a_baseline_after_from_is_no_date_of_the_act() -> None:
    sentence = ("Tomas Reed cut his price target to 400 pence from 520 pence, which still implies upside of about 9% "
                "from Wednesday's close.")
    assert (sentence, "2041-11-14", "2041-11-14") in _report_rows(sentence)



def test_a_year_alone_is_no_date_of_the_act() -> None:
    sentence = "Tomas Reed cut his rating on the stock to \"hold\" from \"buy\" and trimmed his 2042 profit forecast."
    assert (sentence, "2041-11-14", "2041-11-14") in _report_rows(sentence)


# --- a headline's event is labelled by the headline itself, a clause in the present, not by a clipped label --------
def test_a_headline_labels_its_own_event() -> None:
    assert _headline_label("Floods shut Quistar plant; shares post record fall", "Floods shuts Quistar plant") \
        == "Floods shut Quistar plant; shares post record fall"
    assert _headline_label("UPDATE 2-Quistar chief resigns", "Quistar chief resigns") == "Quistar chief resigns"
    long = ("Zorbo's chief scientist says the rival's success shows that 'open models are overtaking closed ones "
            "in every test'")
    assert _headline_label(long, "Zorbo's chief scientist says the rival's success shows") == long
    longer = ("Quistar Bank names finance chief Jane Roe interim chief executive after board ousts founder over "
              "trading losses")
    assert _headline_label(longer, "Quistar Bank names Jane Roe interim chief executive") \
        == "Quistar Bank names Jane Roe interim chief executive"
