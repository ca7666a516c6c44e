"""Round 62 (timeline, dated events): more of a report's own undated sentences are dated on its day. One test per
rule, each with what it must leave alone. Every sentence, outlet and name is invented."""

from __future__ import annotations

from test_timeline_round60 import _rows

_LEAD = ("VALDMERE, Nov 14 (One Wire) - Shares in Brisk Cider Plc fell 11% on Thursday after the cider maker said a "
         "wet harvest would cut its profit. ")


def _report_rows(*sentences: str) -> list[tuple[str, str, str]]:
    # published on Thursday 2041-11-14: a report of its own day; the rows of the last sentence
    body = _LEAD + " ".join(sentences) + "\n"
    return [r for r in _rows("Brisk Cider warns on profit", body, "2041-11-14") if r[0] == sentences[-1]]


def test_a_named_stock_index_closing_is_the_report_session() -> None:
    for sentence in ("The Valdex ended at 3,458.42, down 451.28 points.",  # no market noun, no index name: left
                     ):
        assert _report_rows(sentence) == [], sentence
    for sentence in ("The Nikkei closed up 317.04 points at 34,675.46.",
                     "The KOSPI ended at 2,441.55.",
                     "In Tokyo, the Topix closed at 2,227.15.",
                     "The FTSE 100 ended flat."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    # a perfect is no move of the session
    sentence = "The Nikkei has fallen for three weeks."
    assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence)


def test_a_year_naming_a_forecast_does_not_keep_a_decision_off_the_report_day() -> None:
    for sentence in ("The brewer also suspended its 2041 earnings outlook.",
                     "The cider maker withdrew its 2042 guidance and its buyback."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    # a past year stays a date of the sentence: no act of the report's day
    sentence = "The cider maker restated its 2039 accounts."
    assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence)


def test_a_pronoun_going_on_with_an_act_of_the_day_is_on_the_report_day() -> None:
    before = "The central bank said in a statement that growers would be protected."
    for sentence in ("It also ordered exporters to sell half of their cider revenue.",
                     "It then sold a further 2 million shares in Keel Bank.",
                     "It also said it would lend to growers through repo auctions."):
        assert _report_rows(before, sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    # the sentence before tells no act of the day: the pronoun goes on with nothing dated
    undated = "Growers had long complained about the price of apples."
    sentence = "It also ordered exporters to sell half of their cider revenue."
    assert _report_rows(undated, sentence) == []
    # a pronoun without "also" or "then" is left alone, and so is a verb that is no decision
    for sentence in ("It ordered exporters to sell half of their cider revenue.", "It also seemed calm."):
        assert _report_rows(before, sentence) == [], sentence


def test_a_headline_measured_since_a_year_tells_its_day() -> None:
    body = "VALDMERE, Nov 14 (One Wire) - The Valdex index fell 9% on Thursday, its worst day in decades.\n"
    for title in ("Valdex suffers worst day since 1998", "Cider maker makes biggest price rise since 2031"):
        rows = _rows(title, body, "2041-11-14")
        assert (title, "2041-11-14", "2041-11-14") in rows, title
    # a year of its own still dates the headline's news in that year, not on the article's day
    title = "Valdex suffered worst day in 1998"
    assert (title, "2041-11-14", "2041-11-14") not in _rows(title, body, "2041-11-14")


def test_a_live_blog_stamp_in_upper_case_dates_its_entry() -> None:
    body = ("LIVE | Updated: 14 Nov 2041, 11:05 PM GMT\n\n"
            "11:05 PM GMT\n\nThat's a wrap for today's harvest blog, thanks for reading.\n\n"
            "08:40 PM GMT\n\nThe Valdmere Post reports that Keel Bank has stopped taking cider bonds as collateral.\n\n"
            "09:15 AM GMT\n\nFarm Minister Ida Holm begins her harvest speech in parliament.\n")
    rows = _rows("Cider LIVE: Brisk Cider drops share sale", body, "2041-11-14")
    for sentence in ("The Valdmere Post reports that Keel Bank has stopped taking cider bonds as collateral.",
                     "Farm Minister Ida Holm begins her harvest speech in parliament."):
        assert (sentence, "2041-11-14", "2041-11-14") in rows, sentence


def test_key_points_under_the_headline_are_told_on_its_day() -> None:
    body = ("* Keel Bank raises key rate to 9%\n\n"
            "* Valdmere exchange stays shut; cider stocks collapse abroad\n\n"
            "* Analysis: what the rate means for growers\n\n"
            "VALDMERE, Nov 14 (One Wire) - Keel Bank more than doubled its key rate on Thursday as the currency sank.\n\n"
            "* Growers blame the weather\n")
    rows = _rows("Valdmere rate shock", body, "2041-11-14")
    for sentence in ("Keel Bank raises key rate to 9%", "Valdmere exchange stays shut; cider stocks collapse abroad"):
        assert (sentence, "2041-11-14", "2041-11-14") in rows, sentence
    # a feature's point, and a bulleted line after the lead (the body's list), are left alone
    for sentence in ("Analysis: what the rate means for growers", "Growers blame the weather"):
        assert all(r[0] != sentence for r in rows), sentence


def test_a_response_told_in_the_past_is_an_act_of_the_report_day() -> None:
    for sentence in ("Opposition leader Ida Holm called for an early election.",
                     "The growers' union welcomed the ruling.",
                     "The Valdmere Cider Authority declined to comment on the ruling.",
                     "Keel Bank's largest shareholder demanded a new board."):
        assert _report_rows(sentence) == [(sentence, "2041-11-14", "2041-11-14")], sentence
    # a response with a date of its own, or in the perfect, is no act of the report's day
    for sentence in ("Holm called for an early election in 2039.", "Growers have long called for lower duties."):
        assert (sentence, "2041-11-14", "2041-11-14") not in _report_rows(sentence), sentence
