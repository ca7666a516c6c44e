"""Round 64, second pass (timex264): dates of news text. Every name and sentence is invented; each test fails without
its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Friday 30 July 2032
FRI = date(2032, 7, 30)


def spans(text: str, dct: date) -> list[tuple[str, str, str, str]]:
    """(text, value, first day, last day) of every expression of ``text``."""
    return [(t.text, t.value, str(t.date_start), str(t.date_end)) for t in find_timexes(text, dct)]


# 1. A list of key dates runs in order: a month heading an entry after an entry of August is the coming September,
#    even when an entry before it names an earlier day inside its text ("the report for the year ended March 31,
#    2032"), and the article's lead, a paragraph under no bullet, is no entry of the list.
def test_a_key_dates_list_reads_its_entries_headings() -> None:
    text = ("FACTBOX-Key dates in Orsa's audit\n\n"
            "July 30 (Velto Wire) - Orsa is due to file its accounts by Aug. 31. Following are key events:\n\n"
            "* April 3, 2032 - Orsa sets up a review committee.\n"
            "* July 27 - Shares close at 365 yen.\n"
            "* Aug. 31 - Deadline to file the report for the year ended March 31, 2032.\n"
            "* Late September - Shareholders' meeting to approve a new board.\n")
    got = spans(text, FRI)
    assert got[-1] == ("Late September", "2032-09", "2032-09-21", "2032-09-30")
    # left alone: a bulleted month after entries running backwards (a timeline told from the latest day)
    text = ("Key dates:\n\n* Aug. 31 - Orsa files its report.\n* July 27 - Shares close at 365 yen.\n"
            "* Late September - Orsa's founder steps down.\n")
    assert spans(text, FRI)[-1][1] == "2031-09"


# 2. A Japanese company's fiscal year runs from April to March and is named by the year it starts in: "fiscal 2024",
#    "FY2024", "the third quarter of FY2030" and "last fiscal year" get their months when the text tells accounts in
#    yen of a Japanese company; a fiscal year end stated by the text goes first, and a text in dollars gets none.
def test_a_japanese_companys_fiscal_years() -> None:
    text = ("TOKYO, July 30 (Velto Wire) - Orsa Corp overstated its profit by 80 billion yen from fiscal 2024 "
            "through the third quarter of FY2030, a panel said.")
    got = {t[0]: t[1:] for t in spans(text, FRI)}
    assert got["fiscal 2024"] == ("2024", "2024-04-01", "2025-03-31")
    assert got["the third quarter of FY2030"] == ("2030-Q3", "2030-10-01", "2030-12-31")
    text = ("Orsa's chip unit earned about 60% of the group's operating profit last fiscal year, and the shares "
            "closed at 358 yen on the Tokyo Stock Exchange.")
    got = {t[0]: t[1:] for t in spans(text, FRI)}
    assert got["last fiscal year"] == ("2031", "2031-04-01", "2032-03-31")
    # left alone: an end the text states, and a company with no yen accounts
    text = ("Orsa, whose fiscal year ends Sept. 30, earned 80 billion yen in fiscal 2031, the Tokyo firm said.")
    got = {t[0]: t[1:] for t in spans(text, FRI)}
    assert got["fiscal 2031"] == ("2031", "2030-10-01", "2031-09-30")
    text = "Orsa earned $80 million in fiscal 2031, up from fiscal 2030."
    got = {t[0]: t[1:] for t in spans(text, FRI)}
    assert got["fiscal 2031"] == ("2031", "None", "None")
    # nor an exporter whose sales in Japan a yen rate moves ("sales in Japan", "the dollar at 110 yen")
    text = ("Velto's sales in Japan fell as the dollar rose to 110 yen, and it cut its forecast for fiscal 2031.")
    got = {t[0]: t[1:] for t in spans(text, FRI)}
    assert got["fiscal 2031"] == ("2031", "None", "None")
