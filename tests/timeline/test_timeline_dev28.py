"""Dated events of the twenty-eighth corpus (read as a dev corpus): its wrong dates and misses, each fixed as a general
construction of English news prose. One test per rule, with what the rule must leave alone. Every sentence is
invented (fictional companies and people)."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes
from tests.timeline.test_timeline_dated import dates_of

DCT = date(2034, 6, 9)  # a Friday


def timexes(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_a_past_state_that_lasted_until_a_weekday_set_off_by_commas_ended_on_the_last_one() -> None:
    # "X was, until Tuesday, one of ...": the state is over, so the weekday is the one just gone
    assert timexes("Quillmoor Bio was, until Tuesday, the darling of the sector.") == [
        ("Tuesday", "DATE", "2034-06-06")]
    assert timexes("The Dunstable fund had, until Monday, held a 6% stake in Quillmoor Bio.") == [
        ("Monday", "DATE", "2034-06-05")]
    # left alone: a present state up to a coming day, and a reported deadline with no commas (either side)
    assert timexes("The Quillmoor Bio offer is, until Tuesday, open to all holders.") == [
        ("Tuesday", "DATE", "2034-06-13")]
    assert timexes("Quillmoor Bio said the offer was valid until Tuesday.") == [("Tuesday", "DATE", "2034-06-13")]


def test_a_year_before_a_noun_of_accounts_names_their_period_not_an_event() -> None:
    # "publishes its audited 2031 results", "the 2031 accounts carried a clean opinion": the year the accounts cover
    got = dates_of("March 4 - Tollgard Holdings publishes its audited 2031 results.", "2032-10-21")
    assert got == [("March 4", "2032-03-04", "2032-03-04")]
    got = dates_of("Analysts at Brisco Capital had backed Tollgard Holdings because the 2031 accounts carried a clean "
                   "audit opinion.", "2032-10-21")
    assert got == []
    # left alone: a report written in its year, a past year of an act, and a year before another noun
    got = dates_of("A 2029 report by the Fenwick Institute found the same gap.", "2032-10-21")
    assert got == [("2029", "2029-01-01", "2029-12-31")]
    got = dates_of("Tollgard Holdings listed in 2009 and bought the Carrow mill in a 2024 deal.", "2032-10-21")
    assert got == [("2009", "2009-01-01", "2009-12-31"), ("2024", "2024-01-01", "2024-12-31")]
    # nor a figure of the year the accounts cover
    got = dates_of("Papers from his 2029 tax return show Arlo Vence took a $40 million loss.", "2032-10-21")
    assert got == [("2029", "2029-01-01", "2029-12-31")]


def test_a_quarter_or_half_with_last_this_or_next_year_after_it_is_one_expression() -> None:
    # "in Q3 last year", "the first half last year": that year's quarter or half (as "March last year" was), not the
    # quarter and a year of its own
    assert timexes("Harnley Bio paid $30 million in Q3 last year for the rights.") == [
        ("Q3 last year", "DATE", "2033-Q3")]
    assert timexes("Orders at Harnley Bio fell in the first half last year.") == [
        ("the first half last year", "DATE", "2033-H1")]
    assert timexes("Harnley Bio will open the plant in Q1 next year.") == [("Q1 next year", "DATE", "2035-Q1")]
    got = dates_of("Harnley Bio, which paid $30 million in Q3 last year for the rights, said it was reviewing them.",
                   "2034-06-09")
    assert got == [("Q3 last year", "2033-07-01", "2033-09-30")]
    # left alone: a comma between them, and a possessive year ("last year's"): two expressions, as before
    assert timexes("Harnley Bio paid $30 million in the third quarter, last year's busiest.") == [
        ("the third quarter", "DATE", "2033-Q3"), ("last year", "DATE", "2033")]


def test_a_sentence_in_the_present_perfect_under_an_entry_stamp_is_told_on_the_entry_day() -> None:
    # a live blog's entry: its first sentence is dated by the stamp, and so is a later one in the present perfect
    blog = ("LIVE: Pennick Rail halted\n\nFriday, June 9, 2034\n\n"
            "10:05 a.m.\nPennick Rail has issued a statement. Its finance chief Oren Maddox has been suspended.\n\n"
            "11:40 a.m.\nMarkets are quiet. Pennick Rail remains halted.\n")
    got = dates_of(blog, "2034-06-09")
    assert ("10:05 a.m.", "2034-06-09", "2034-06-09") in got
    assert len([g for g in got if g[0] == "10:05 a.m."]) == 2
    # left alone: a live blog entry's later paragraph (its background: "Pennick Rail has faced questions for years")
    blog = blog.replace("has been suspended.", "has been suspended.\n\nPennick Rail has faced questions about its "
                        "signals for years.")
    assert len([g for g in dates_of(blog, "2034-06-09") if g[0] == "10:05 a.m."]) == 2
    # a statement page's updates: the present perfect under each stamp takes that stamp's day
    page = ("Pennick Rail plc\nInvestors | Newsroom | Contact\n\nNewsroom > Update on the signal fault\n\n"
            "UPDATE 3 - Friday 9 June 2034, 08:00 BST\nServices were fully restored overnight. Pennick Rail apologises "
            "to its passengers.\n\n"
            "UPDATE 2 - Thursday 8 June 2034, 15:20 BST\nWe have notified the Rail Safety Office. The depot was built "
            "in 1998.\n\n"
            "UPDATE 1 - Thursday 8 June 2034, 09:10 BST\nA signal fault stopped trains at Carrow Junction this morning. "
            "Engineers have been sent to the site.\n")
    got = dates_of(page, "2034-06-09")
    # the two stamp lines, "We have notified ..." and "Engineers have been sent ..."
    assert len([g for g in got if g[0] == "Thursday 8 June 2034"]) == 4
    # left alone: a past sentence under a stamp (background: "The depot was built in 1998" keeps its year), a
    # sentence with a date of its own ("this morning", the stamp's day as before), a sentence ahead
    assert ("1998", "1998-01-01", "1998-12-31") in got and ("this morning", "2034-06-08", "2034-06-08") in got
    # the top stamp is kept by cleaning (a page whose later entries have stamps of its shape) and dates its line
    assert ("Friday 9 June 2034", "2034-06-09", "2034-06-09") in got
    assert len(got) == 7


def test_an_amount_in_rupees_crore_or_lakh_is_a_reported_figure_of_its_quarter() -> None:
    # "raised Rs 850 crore ... in Q3 of 2028": the figure's quarter, as "$850 million ... in the third quarter" is
    got = dates_of("Sarnath Lines had raised Rs 640 crore through a share placement in Q3 of 2033 to buy two ships.",
                   "2034-06-09")
    assert got == [("Q3 of 2033", "2033-07-01", "2033-09-30")]
    assert dates_of("Sarnath Lines earned ₹90 lakh in the third quarter of 2033.", "2034-06-09") == [
        ("the third quarter of 2033", "2033-07-01", "2033-09-30")]
    # left alone: a quarter with no figure and no act (the period of a state), as before
    assert dates_of("Sarnath Lines was quiet in Q3 of 2033.", "2034-06-09") == []


def test_i_in_a_transcript_turn_named_by_its_speaker_is_the_speaker() -> None:
    from analysis.timeline.labels.event import event_label

    def label(sentence: str, expression: str) -> str:
        at = sentence.find(expression)
        return event_label(sentence, at, at + len(expression)).label

    # "GOVERNOR VANTORP: I informed the minister last night": the governor informs, not "I inform"
    assert label("GOVERNOR VANTORP: I informed Minister Elsa Brunnhof last night, as the law requires.",
                 "last night") == "Governor Vantorp informs Minister Elsa Brunnhof"
    # left alone: a turn naming a role, an "I" with no turn label, and a past the label kept as it was
    assert label("ANCHOR: I asked Elsa Brunnhof about it last night.", "last night").startswith("I ask")
    assert label("I asked Elsa Brunnhof about it last night.", "last night").startswith("I ask")
    assert label("DANA QUIRKE: I rang the Tolvane helpline last night.", "last night").startswith("I rang")


def test_a_days_price_as_the_baseline_of_a_multiple_dates_no_event() -> None:
    # "placed shares in 2031 at 480p, more than twice the price at which it closed on Tuesday": Tuesday's close only
    # measures the placing's price
    got = dates_of("Corvane Bio raised £90 million in a placing in 2031 at 480p a share, more than twice the price at "
                   "which it closed on Tuesday.", "2034-06-09")
    assert got == [("2031", "2031-01-01", "2031-12-31")]
    # left alone: a sentence's only date, and a day told by its own clause
    got = dates_of("The Corvane Bio offer is twice the price at which it closed on Tuesday.", "2034-06-09")
    assert got == [("Tuesday", "2034-06-06", "2034-06-06")]
    got = dates_of("Corvane Bio raised £90 million in a placing in 2031, and its shares closed at 200p on Tuesday.",
                   "2034-06-09")
    assert ("Tuesday", "2034-06-06", "2034-06-06") in got


def test_a_past_year_after_a_present_of_a_schedule_is_the_narrative_present() -> None:
    # a feature's "The story begins in 2019, in a laboratory ..., where ... noticed": the year of what it tells
    got = dates_of("The story begins in 2019, in a laboratory at Dunmore, where Ilse Varga, then a young lecturer, "
                   "noticed that a protein was unusually active.", "2034-06-09")
    assert got == [("2019", "2019-01-01", "2019-12-31")]
    # left alone: a coming year ("the levy starts in 2036"), and a past year after a real cue of the future
    assert dates_of("The Dunmore levy starts in 2036, Ilse Varga said.", "2034-06-09") == [
        ("2036", "2036-01-01", "2036-12-31")]
    assert dates_of("In 2019 we will open two plants.", "2034-06-09") == []
