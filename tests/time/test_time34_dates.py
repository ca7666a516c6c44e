"""Round 34 (time34): date resolution of constructions of news prose seen misread on a dev corpus. Invented
sentences, fictional companies, people and places."""

from __future__ import annotations

from datetime import date

from analysis.corpus.sentences import split_sentences
from analysis.time.timex import find_timexes
from analysis.time.timex_context import quotation_closes

THURSDAY = date(2031, 11, 20)


def tags(text: str, dct: date = THURSDAY) -> list[tuple[str, str, str]]:
    """(text, type, value) of every timex found in ``text``."""
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def value_of(text: str, word: str, dct: date = THURSDAY) -> str:
    """The value of the timex ``word`` in ``text``."""
    return next(v for t, _, v in tags(text, dct) if t == word)


# 1. A quotation's "next week" does not set the week of the day in its attribution ("“... next week ...,” said Venn
#    on Wednesday evening"): the day is the saying's, the last Wednesday. German marks („…“) close a quotation too.
def test_quotation_week_does_not_reach_the_attribution_day() -> None:
    german = ("„Even if the ferry resumes next week, we will need a month to clear the queue“, said Orla Venn, who runs "
              "the port, on Wednesday evening.")
    english = ("\"Even if the ferry resumes next week, we will need a month to clear the queue,\" said Orla Venn, who "
               "runs the port, on Wednesday evening.")
    assert value_of(german, "Wednesday evening") == "2031-11-19TEV"
    assert value_of(english, "Wednesday evening") == "2031-11-19TEV"
    assert value_of(german, "next week") == "2031-W48"
    # left alone: "next week" in the day's own clause still names that week's day
    assert value_of("The ferry resumes next week and the first crossing leaves on Wednesday evening.",
                    "Wednesday evening") == "2031-11-26TEV"


def test_continental_quotation_marks_close() -> None:
    german = "„Wir warten“, sagte Venn am Mittwoch."
    assert quotation_closes(german, german.index("warten"), german.index("Mittwoch"))
    danish = "»Vi venter«, sagde Venn onsdag."
    assert quotation_closes(danish, danish.index("venter"), danish.index("onsdag"))
    french = "« Nous attendons », a dit Venn mercredi."
    assert quotation_closes(french, french.index("attendons"), french.index("mercredi"))
    # an English opening mark after the words is no closing one, nor is a quotation still open
    english = "Venn said on Monday “we will wait” until Friday."
    assert not quotation_closes(english, english.index("Monday"), english.index("wait"))
    still_open = "„Wir warten bis Mittwoch“, sagte Venn."
    assert not quotation_closes(still_open, still_open.index("warten"), still_open.index("Mittwoch"))


# 2. A future word inside a relative clause set off by commas ("said Venn, who will chair the inquiry, on Monday") is
#    that clause's tense, not the tense of the date after it.
def test_future_inside_a_relative_aside_is_not_the_dates() -> None:
    assert value_of("Pernick shares fell 2%, said Orla Venn, who will chair the inquiry, on Monday.",
                    "Monday") == "2031-11-17"
    # left alone: the main clause's own future after the aside
    assert value_of("Orla Venn, who chaired the inquiry, will speak on Monday.", "Monday") == "2031-11-24"


# 3. An infinitive right after the date, under a past verb ("had warned its members on Tuesday to expect delays"):
#    the date is the past verb's, not the infinitive's.
def test_infinitive_after_the_date_under_a_past_verb() -> None:
    assert value_of("The Tarrow union had warned its members on Tuesday to expect long delays.",
                    "Tuesday") == "2031-11-18"
    assert value_of("The Tarrow board told staff on Friday to expect a pay freeze.", "Friday") == "2031-11-14"
    # left alone: under a future verb the day is ahead
    assert value_of("The Tarrow union will ask its members on Tuesday to expect long delays.",
                    "Tuesday") == "2031-11-25"


# 4. A holiday as the season of a trade ("their Christmas freight", "patchy Christmas stock") or a purpose ("for
#    Christmas") is the nearest one, whatever the tense: in November, the coming Christmas.
def test_holiday_of_a_trade_or_purpose_is_the_nearest() -> None:
    assert value_of("Kelbrook retailers booked their Christmas freight in the third quarter.",
                    "Christmas") == "2031-12-25"
    assert value_of("Pellan grocers, which had warned of patchy Christmas stock, firmed.", "Christmas") == "2031-12-25"
    assert value_of("Grocers who had bet on fast restocking for Christmas are now paying more.",
                    "Christmas") == "2031-12-25"
    # left alone: a holiday told in the past with no such noun is the last one; in January "for Christmas" is the
    # one just gone
    assert value_of("The Kelbrook chain had a poor Christmas, its owner said.", "Christmas") == "2030-12-25"
    assert value_of("Grocers had stocked up for Christmas.", "Christmas", date(2032, 1, 9)) == "2031-12-25"


# 5. A listed company's code with its exchange ("(1917.HK)") is no year.
def test_exchange_code_is_no_year() -> None:
    assert tags("Dunmore Shipping (1917.HK) fell 2%, and Pellan Lines (1988.T) rose 1%.") == []
    # left alone: a year ending a sentence
    assert tags("Dunmore Shipping was founded in 1917. It grew.") == [("1917", "DATE", "1917")]


# 6. A noun spelled like a bare past ("a cut", "the forecast") is no past verb: "Traders see a 40% chance of a cut in
#    February" in November is the coming February.
def test_noun_after_an_article_is_no_bare_past() -> None:
    assert value_of("Traders see a 40% chance of a cut in February.", "February") == "2032-02"
    assert value_of("Traders see a 40% chance of a rate cut in February.", "February") == "2032-02"
    # left alone: the verb
    assert value_of("Harlow cut its forecast in February.", "February") == "2031-02"


# 7. Sentence splitting: a German quotation („…“) opens a sentence and its closing mark ends one.
def test_sentences_split_at_german_quotation_marks() -> None:
    assert split_sentences("The line expects delays into December. „Even if it reopens, we wait“, said Venn. "
                           "The index rose.") == [
        "The line expects delays into December.", "„Even if it reopens, we wait“, said Venn.", "The index rose."]
    assert split_sentences("Venn sagte: „Wir warten.“ Dann ging er.") == ["Venn sagte: „Wir warten.“", "Dann ging er."]
    # left alone: English marks, and a French closing mark after a space
    assert split_sentences("He said. “We wait.” Then he left.") == ["He said.", "“We wait.”", "Then he left."]
    assert split_sentences("Il a dit : « Nous attendons. » Puis il est parti.") == [
        "Il a dit : « Nous attendons. » Puis il est parti."]


# 8. A month in a clause of its own joined by ", and" / ", but" / ";" reads that clause's tense when the past stays
#    before it: "The bank held its rate this month, and traders see a chance of a cut in February" (in November:
#    the coming February).
def test_joined_present_clause_reads_its_own_tense() -> None:
    text = "The Tarrow central bank held its rate at 2% earlier this month, and traders see a 40% chance of a cut in February."
    assert value_of(text, "February") == "2032-02"
    # left alone: a joined phrase with no verb of its own, and a joined clause in the past
    assert value_of("The Tarrow bank raised rates in March, and again in May.", "May") == "2031-05"
    assert value_of("The Tarrow bank raised rates in March, and traders expected a cut in May.", "May") == "2031-05"
    # nor a figure of a month in the joined clause, or in a present sentence: data read once the month is over
    assert value_of("The pound rose 0.3%, and Tarrow inflation, at 9.0 per cent in April, remains the larger worry.",
                    "April") == "2031-04"
    assert value_of("Tarrow inflation, at 9.0 per cent in April, remains the central bank's larger worry.",
                    "April") == "2031-04"


# 9. A live blog's entry stamp alone on its line above the entry ("9:10am SGT") opens a new entry of the blog's day:
#    a day named in an earlier entry ("reversing Tuesday's losses") does not date the next entries' clock times.
def test_stamp_alone_on_its_line_opens_an_entry_of_the_day() -> None:
    blog = ("Last updated 13 November 2031, 6:45pm SGT\n1:05pm SGT\nKelbrook Marine rose 3.1%, reversing Tuesday's "
            "losses.\n9:10am SGT\nGood morning. About 260 ships are waiting, the agency said at 8am, up from 241 "
            "yesterday evening.")
    assert value_of(blog, "8am", date(2031, 11, 13)) == "2031-11-13T08:00"
    assert value_of(blog, "yesterday evening", date(2031, 11, 13)) == "2031-11-12TEV"
    # the same with the entries as paragraphs (blank lines between, as a cleaned corpus text has them)
    assert value_of(blog.replace("\n", "\n\n"), "8am", date(2031, 11, 13)) == "2031-11-13T08:00"
    # left alone: within the entry that named the day, a clock time is that day's; and the stamp alone on its line is
    # not joined to the day opening the entry below it
    entry = "Last updated 13 November 2031, 6:45pm SGT\n1:05pm SGT\nOn Tuesday the agency said at 8am that 241 ships waited."
    assert tags(entry, date(2031, 11, 13))[2:] == [("1:05pm SGT", "TIME", "2031-11-13T13:05"),
                                                   ("Tuesday", "DATE", "2031-11-11"),
                                                   ("8am", "TIME", "2031-11-11T08:00")]
    # a wrapped line's lower-case continuation still joins ("at 9 a.m.\non Tuesday")
    assert tags("The agency said it opened at 9 a.m.\non Tuesday.", date(2031, 11, 13)) == [
        ("9 a.m.\non Tuesday", "TIME", "2031-11-11T09:00")]


# 10. A 12-hour clock time with its zone in a market sentence of a later paragraph ("Futures were 0.2% lower at 8:45
#     a.m. ET") is the wires' time of the session, the day of writing, as a 24-hour one is: not the day an earlier
#     paragraph named.
def test_twelve_hour_clock_with_zone_is_the_session_time() -> None:
    text = ("Updated June 10, 2031 8:52 a.m. ET\nOn Monday, before the order was announced, Kelbrook had closed up "
            "1.1%.\nS&P 500 futures were 0.2% lower at 8:45 a.m. ET.")
    assert value_of(text, "8:45 a.m. ET", date(2031, 6, 10)) == "2031-06-10T08:45"
    # left alone: in the sentence that names the day
    same = "Updated June 10, 2031 8:52 a.m. ET\nOn Monday, Kelbrook had closed up 1.1% at 4:00 p.m. ET."
    assert value_of(same, "4:00 p.m. ET", date(2031, 6, 10)) == "2031-06-09T16:00"


# 11. A month and day written with a slash and no year after a preposition of time ("a survey published on 11/11"):
#     ordered as the text writes its slash dates, in the year its tense gives; a named event ("since 9/11"), a span
#     ("24/7") and a fraction ("on 3/4 of the seats") are no days.
def test_yearless_slash_day_after_a_preposition() -> None:
    us = "Published 11/20/2031\nA poll published on 11/18 by the Kelbrook Retail Council showed gains."
    assert value_of(us, "11/18") == "2031-11-18"
    european = "Published 20/11/2031\nA poll published on 18/11 by the Kelbrook Retail Council showed gains."
    assert value_of(european, "18/11") == "2031-11-18"
    assert value_of("Published 11/20/2031\nThe Kelbrook board meets on 12/5.", "12/5") == "2031-12-05"
    # left alone
    assert tags("Security has been tighter since 9/11, and Pellan's helpline runs 24/7.") == []
    assert tags("Pellan's party won on 3/4 of the seats it contested.") == []


# 12. "N units ago" and the day, week or month of writing after it are one expression: "A week ago today" is the day
#     a week back (not today), "five years ago this week" that week five years back.
def test_ago_with_the_day_of_writing_is_one_expression() -> None:
    monday = date(2031, 11, 17)
    assert tags("A week ago today, two barges collided off Kelbrook.", monday) == [
        ("A week ago today", "DATE", "2031-11-10")]
    assert tags("The Pellan dam burst five years ago this week.", monday) == [
        ("five years ago this week", "DATE", "2026-W47")]
    assert tags("Venn was revived, just as Orla was eight years ago this month.", monday) == [
        ("eight years ago this month", "DATE", "2023-11")]
    # left alone: "ago" and "today" in separate clauses
    assert tags("Kelbrook rose a year ago. Today it fell.", monday) == [
        ("a year ago", "DATE", "2030"), ("Today", "DATE", "2031-11-17")]


# 13. A clock time after "as of" in a sentence neither past nor future ("Data: prices as of 4:00 PM EDT") is the
#     writer's stamp, the day of writing, not a day still ahead that the text named last.
def test_as_of_clock_is_the_day_of_writing() -> None:
    thursday = date(2031, 3, 13)
    text = ("Kelbrook rose 3.4% on Thursday, with its plants due back on Wednesday, March 19.\n"
            "Data: Prices as of 4:00 PM EDT.")
    assert value_of(text, "4:00 PM EDT", thursday) == "2031-03-13T16:00"
    # left alone: told in the past, the day the text tells
    past = "On Monday, March 10, the Kelbrook plant stopped. As of 5 p.m., 30 workers had been sent home."
    assert value_of(past, "5 p.m.", thursday) == "2031-03-10T17:00"
