"""Round 60 (timeline, tlev60): the undated acts of a report of its day and the news of its headline. One test per
rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.timeline.events import timeline_mentions


def _rows(title: str, body: str, published: str) -> list[tuple[str, str, str]]:
    """(sentence, date_start, date_end) of every timeline row of one article with headline ``title``."""
    raw = RawArticle(file="one.txt", text=f"{title}\n\n{body}", outlet="One", published=published, title=title)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    return sorted((r.sentence, r.date_start.isoformat(), r.date_end.isoformat()) for r in got.itertuples())


_LEAD = ("VALDMERE, Nov 14 (One Wire) - Shares in Brisk Cider Plc fell 11% on Thursday after the cider maker said a "
         "wet harvest would cut its profit. The apples were picked from Aug. 28.\n")


def _report_rows(sentence: str, lead: str = _LEAD, published: str = "2041-11-14") -> list[tuple[str, str, str]]:
    # published on Thursday 2041-11-14 unless said otherwise
    return [r for r in _rows("Brisk Cider's harvest", lead + sentence + "\n", published) if r[0] == sentence]


# --- an auxiliary of another clause does not make the act a perfect or a plan ---------------------------------------
def test_an_auxiliary_in_a_relative_clause_leaves_the_act_on_the_day() -> None:
    sentence = ("The cider maker, which has debts of more than 40 million euros, said in a filing that it could not "
                "promise to meet them.")
    assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")]
    # the act's own auxiliary still keeps it off ("will also say", "has since cut")
    for sentence in ("The cider maker will also say more in a statement.",
                     "Keel Securities has since cut its rating on the stock to \"sell\"."):
        assert _report_rows(sentence) == [], sentence


# --- a post, a memo, a communiqué: an utterance with its occasion ---------------------------------------------------
def test_a_post_a_memo_or_a_communique_is_an_occasion() -> None:
    for sentence in ("\"We hear you,\" Chief Executive Mara Vell wrote in a post on Threadly.",
                     "Vell wrote on Threadly that the harvest had been the worst in a decade.",
                     "Orchard manager Tam Oduya will take over the press house, Vell said in a memo to staff.",
                     "\"Our growers come first,\" the company said in a communiqué.",
                     "The company said in a stock exchange notice that it knew of no other losses.",
                     "The Valdmere Cider Board said in an emailed reply to questions that the levy stood."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    # a compound's first part is no post ("in a post-harvest review"; a plain past, as no act told as done)
    sentence = "In a post-harvest review, the company said its presses ran at half speed."
    assert _report_rows(sentence) == []


# --- the report's day is the day its lead tells, not a background day named first ---------------------------------
def test_a_background_day_named_first_in_the_lead_leaves_the_report_of_its_day() -> None:
    lead = ("Brisk Cider, whose orchards the Aug. 28 hailstorm stripped, said on Thursday that its profit would fall "
            "by half.\n")
    sentence = "\"We are disappointed,\" Chief Executive Mara Vell said in a statement."
    assert _report_rows(sentence, lead) == [(sentence, "2041-11-14", "2041-11-14")]


def test_a_morning_report_of_the_day_before_dates_its_acts_on_that_day() -> None:
    # published on Friday 2041-11-15, the lead tells Thursday's news
    lead = ("Shares in Brisk Cider Plc fell 11% on Thursday after the cider maker said a wet harvest would cut its "
            "profit.\n")
    sentence = "\"We are disappointed,\" Chief Executive Mara Vell said in a statement."
    assert _report_rows(sentence, lead, "2041-11-15") == [(sentence, "2041-11-14", "2041-11-14")]
    # a lead three days back is a look back, no report of the day
    assert _report_rows(sentence, lead, "2041-11-17") == []


# --- a headline's common verbs and its undated words -----------------------------------------------------------------
_HEAD_LEAD = ("VALDMERE, Nov 14 (One Wire) - The Valdmere competition board cleared the merger of Pellham Orchards and "
              "Brisk Cider on Thursday, ending a review that began in March.\n")


def _headline_rows(title: str, lead: str = _HEAD_LEAD) -> list[tuple[str, str, str]]:
    return [r for r in _rows(title, lead, "2041-11-15") if r[0] == title]


def test_a_headline_on_a_common_verb_is_on_its_lead_day() -> None:
    for title in ("Valdmere regulator clears Pellham Orchards merger with Brisk Cider",
                  "Competition board opens way for cider merger"):
        assert _headline_rows(title) == [(title, "2041-11-14", "2041-11-14")], title
    # a plural noun ending the headline's part is no verb
    title = "Pellham Orchards and Brisk Cider results: a guide"
    assert _headline_rows(title) == []


def test_a_length_of_time_or_a_qualifying_year_is_no_date_of_the_headline() -> None:
    for title in ("Pellham Orchards shares hit six-year low as merger clears",
                  "Pellham Orchards cuts 2042 forecast as merger clears",
                  "Pellham Orchards apologises for August recall, clears merger"):
        assert _headline_rows(title) == [(title, "2041-11-14", "2041-11-14")], title
    # a date of its own: the headline is no news of its lead's day
    title = "Pellham Orchards merger clears in October"
    assert _headline_rows(title) == []


def test_a_possessive_day_in_the_lead_is_not_the_headline_day() -> None:
    lead = ("The fallout from Tuesday's hailstorm reached the market on Thursday, when Pellham Orchards shares fell "
            "9%.\n")
    title = "Pellham Orchards slumps 9% after hailstorm"
    assert _headline_rows(title, lead) == [(title, "2041-11-14", "2041-11-14")]


def test_a_features_kicker_before_a_colon_keeps_the_headline_off() -> None:
    title = "The price of apples: Pellham Orchards chief opens up on the merger"
    assert _headline_rows(title) == []
    # a section's name before the colon is no kicker
    title = "Cider stocks: regulator clears Pellham Orchards merger"
    assert _headline_rows(title) == [(title, "2041-11-14", "2041-11-14")]


# --- the session's undated sentences follow the same report's day -----------------------------------------------------
_MARKET = "Shares of Velmora Foods fell 14% on Tuesday after the company recalled frozen meals.\n"


def _wrap_rows(lead: str, published: str) -> list[tuple[str, str, str]]:
    sentence = "Wall Street was little changed."
    return [r for r in _rows("Velmora Foods shares slump", lead + sentence + "\n", published) if r[0] == sentence]


def test_a_morning_report_of_the_session_before_dates_its_undated_moves_on_that_session() -> None:
    # published on Wednesday 2041-03-13, the lead tells Tuesday's session
    assert _wrap_rows(_MARKET, "2041-03-13") == [("Wall Street was little changed.", "2041-03-12", "2041-03-12")]
    # a background day named first in the lead of a report of the day
    lead = "Velmora Foods, whose March 4 recall cost it a supermarket chain, fell 14% on Tuesday.\n"
    assert _wrap_rows(lead, "2041-03-12") == [("Wall Street was little changed.", "2041-03-12", "2041-03-12")]
    # two days back: a look back, no session of the report
    assert _wrap_rows(_MARKET, "2041-03-14") == []
