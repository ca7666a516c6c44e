"""Round 65 (timeline, dated events). One test per rule, each with what it must leave alone. Every sentence, outlet
and name is invented."""

from __future__ import annotations

from analysis.timeline.dated.readings import contract_month
from tests.timeline.test_round64b_events import _days, _rows


def test_a_contract_month_is_no_date() -> None:
    body = ("VALDMERE (One Wire) - Heating oil prices climbed on Tuesday after a pipeline outage.\n\n"
            "June WTI gained 61 cents, or 3.1%, to end at $20.30.\n\n"
            "Brent crude for June delivery added 1.7% to $24.05.\n\n"
            "The June Valdmere Light contract dropped 12% to close at $9.80.\n\n"
            "The Marlow Oil Fund said it would roll into contracts expiring as late as June 2042.\n\n"
            "The Corran refinery will restart in June.\n")
    got = _rows("Heating oil climbs after pipeline outage", body, "2041-04-23")
    for start in ("June WTI gained", "Brent crude for June", "The June Valdmere", "The Marlow Oil Fund"):
        assert not {d for d in _days(got, start) if d[5:7] == "06"}, start
    assert _days(got, "The Corran refinery") == {"2041-06-01"}  # a plan's month stays


def test_contract_month_reading() -> None:
    text = "Gasoline futures for July slipped, and the fund sold its July holdings; margins widened in July."
    assert contract_month(text, text.index("July"), text.index("July") + 4)
    second = text.index("July", text.index("July") + 1)
    assert contract_month(text, second, second + 4)
    last = text.rindex("July")
    assert not contract_month(text, last, last + 4)


def test_a_count_opening_the_sentence_reads_past_an_abbreviation() -> None:
    # "U.S." inside the event ends no clause: the settlement three days before the article's day
    body = ("NEW YORK (One Wire) - Brokers are counting the cost of the oil rout.\n\n"
            "Four days after the U.S. gas contract for May expired at a loss, the brokers are still counting.\n\n"
            "Two days after the plant shut in the U.S. The market is calm, traders say.\n")
    got = _rows("Brokers count the cost", body, "2041-04-25")
    assert _days(got, "Four days after") == {"2041-04-21"}
    assert not _days(got, "Two days after the plant")  # a sentence's end: no main clause to count from


_HEADLINED = ("Markets live: heating oil slides\n\n"
              "Marlow Financial News | Markets Live | Monday 22 April 2041\n\n"
              "Key points\n- Heating oil has its worst day in a decade\n\n"
              "18:05 ET - Mayor speaks\n"
              "Mayor Tom Reed, speaking at the harbour, said the slide would pass within weeks.\n\n"
              "14:21 ET - Day's low\n"
              "The front contract hit $3.12, the lowest of the day.\n\n"
              "3.10pm - Minister: the slide \"was no surprise\"\n\n"
              "The energy minister, Ana Varga, has issued a statement on the slide.\n\n"
              "12:00 ET - Coming up\n"
              "The bank will publish its review of the market later.\n")


def test_a_live_blog_entry_headlined_on_its_stamp_line_dates_its_paragraph() -> None:
    got = _rows("LIVE: Heating oil slides", _HEADLINED, "2041-04-22")
    for start in ("Mayor Tom Reed, speaking", "The front contract hit", "The energy minister, Ana Varga"):
        assert _days(got, start) == {"2041-04-22"}, start
    assert not _days(got, "The bank will publish")  # a calendar's line of what is to come


def test_months_listed_beside_a_contract_month_are_contracts_too() -> None:
    text = ("After the April contract expired on Friday, the Marlow fund moved its holdings across June, July "
            "and August.")
    for month in ("June", "July", "August"):
        assert contract_month(text, text.index(month), text.index(month) + len(month)), month
    text = "The fund now keeps 25% of its money in the May gas contract, 60% in July and 15% in August."
    assert contract_month(text, text.index("July"), text.index("July") + 4)
    text = "Sales rose 5% in July, and the supply contract was signed."  # no contract named by its month
    assert not contract_month(text, text.index("July"), text.index("July") + 4)
    text = "A final deal was struck: output cuts in May and June."
    assert not contract_month(text, text.index("May"), text.index("May") + 3)


def test_a_day_named_back_is_the_day_told_before() -> None:
    body = ("LONDON (One Wire) - Corran Mining shares ended 2.3% lower at 1,915 pence on Tuesday.\n\n"
            "Its shares in Perth had finished 0.8% up earlier in the day.\n\n"
            "Heating oil had its worst day in a decade on Monday.\n\n"
            "The front contract lost 21%. It touched $3.12 during the session.\n\n"
            "The bank said on Monday and again on Friday that it was ready. It met the regulator later in the day.\n")
    got = _rows("Corran Mining slips", body, "2041-09-10")
    assert _days(got, "Its shares in Perth") == {"2041-09-10"}
    assert _days(got, "It touched") == {"2041-09-09"}
    assert not _days(got, "It met the regulator")  # the sentence before names two days: no one day


_DOING = ("Marden Rail Live | Thursday 14 November 2041 | All times GMT\n\n"
          "08:58 GMT - BREAKING: Marden Rail and the regulator announce a recall of its sleeper carriages. "
          "Marden Rail is withdrawing the carriages from three routes. The company also expects ticket sales to drop "
          "by a tenth.\n\n"
          "09:30 GMT - Shares open lower. Marden Rail is going to update the market later.\n")


def test_a_live_blog_entry_telling_what_is_being_done_is_news_of_its_day() -> None:
    got = _rows("LIVE: Marden Rail recalls carriages", _DOING, "2041-11-14")
    assert _days(got, "Marden Rail is withdrawing") == {"2041-11-14"}
    assert _days(got, "The company also expects") == {"2041-11-14"}
    assert not _days(got, "Marden Rail is going to")  # a plan, not what is being done
