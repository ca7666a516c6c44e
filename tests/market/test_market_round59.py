"""Round 59 (moves59): share-move rules from the misses and wrong sessions of the three newly opened dev corpora, each
tried on invented text (no word, name or figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from tests.move_helpers import move_days as _days

MONDAY = date(2026, 3, 9)


# 1. A week told as a whole ("for the week", "on the week", "ended the week") in an article of a Monday, before any
# session of the article's own week has closed: the week that ended on the Friday before, not the Monday alone. "This week" on a
# Monday stays the article's day; "for the week" on any other day stays Monday to the article's day.

def test_a_whole_week_told_on_a_monday_is_the_week_before() -> None:
    text = "Orlen Vasko dropped 8.2% on the Tuesday and kept falling; by Friday's close it was down 12.4% for the week."
    assert _days(text, "Orlen Vasko", published=MONDAY)[-1] == ("Orlen Vasko", -12.4, "", "2026-03-02", "2026-03-06")
    text = "Orlen Vasko ended the week 6.5% lower after the recall."
    assert _days(text, "Orlen Vasko", published=MONDAY) == [("Orlen Vasko", -6.5, "", "2026-03-02", "2026-03-06")]
    text = "Orlen Vasko is up 2.1% this week."  # the week so far: the Monday itself
    assert _days(text, "Orlen Vasko", published=MONDAY) == [("Orlen Vasko", 2.1, "", "2026-03-09", "2026-03-09")]
    text = "Orlen Vasko was down 4.4% for the week."  # a Friday's article: its own week
    assert _days(text, "Orlen Vasko") == [("Orlen Vasko", -4.4, "", "2026-03-02", "2026-03-06")]
    text = "Orlen Vasko was down 4.4% for the week."
    assert _days(text, "Orlen Vasko", published=date(2026, 3, 11)) == [
        ("Orlen Vasko", -4.4, "", "2026-03-09", "2026-03-11")]


# 2. "Since" (or a level "before") an event owned by a name of two or three words and dated ("since Bexley Peak's
# opening bid on 4 March", "since Bexley Peak's 4 March bid"): from that day, as with a name of one word ("since
# Bexley's opening bid on 4 March").

def test_an_event_owned_by_a_longer_name_dates_a_span_since_it() -> None:
    pub = date(2026, 3, 18)  # a Wednesday
    text = "Tollan Brau, which had gained more than 4% since Bexley Peak's opening bid on 4 March, fell most."
    assert _days(text, "Tollan Brau", "Bexley Peak", published=pub) == [
        ("Tollan Brau", 4.0, "", "2026-03-04", "2026-03-17")]
    text = "Tollan Brau is up 4% since Bexley Peak's 4 March bid."
    assert _days(text, "Tollan Brau", "Bexley Peak", published=pub) == [
        ("Tollan Brau", 4.0, "", "2026-03-04", "2026-03-18")]
    text = "Tollan Brau is up 4% since Bexley's opening bid on 4 March."  # (read before)
    assert _days(text, "Tollan Brau", "Bexley", published=pub) == [("Tollan Brau", 4.0, "", "2026-03-04", "2026-03-18")]


# 3. Any adverb in -ly between a company and its move verb ("has quietly shed 8%", "steadily lost", "sharply fell"), as
# the listed ones ("briefly", "initially") were; a noun or an adjective in -ly ("supply", "daily") is no such adverb.

def test_an_adverb_in_ly_before_the_verb_keeps_the_subject() -> None:
    text = "Velmont Reisen, which has said nothing yet, has quietly shed 8% this week."
    assert _days(text, "Velmont Reisen") == [("Velmont Reisen", -8.0, "", "2026-03-02", "2026-03-06")]
    text = "Velmont Reisen steadily lost 6.4% on Tuesday."
    assert _days(text, "Velmont Reisen") == [("Velmont Reisen", -6.4, "2026-03-03", "", "")]
    text = "Velmont Reisen briefly lost 6.4% on Tuesday."  # (read before)
    assert _days(text, "Velmont Reisen") == [("Velmont Reisen", -6.4, "2026-03-03", "", "")]


# 4. A move noun in the plural before "of" and its figure ("after falls of 7.8%", "declines of about 4%") is a move as the
# singular is ("a fall of 7.8%"); and a nominal move's figure heads a list of figures each dated by its day ("after a
# fall of 7.8% on Monday, 3.1% on Tuesday and 1.5% on Wednesday"), as a verb's does ("after losing 7.8% on Monday, ...").

def test_a_plural_move_noun_and_its_list_of_dated_figures() -> None:
    text = "Kellar Docks closed at A$3.10 on Thursday, after falls of 6.2% on Monday, 2.7% on Tuesday and 1.9% on Wednesday."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -6.2, "2026-03-02", "", ""),
                                           ("Kellar Docks", -2.7, "2026-03-03", "", ""),
                                           ("Kellar Docks", -1.9, "2026-03-04", "", "")]
    text = "Kellar Docks closed higher after a fall of 6.2% on Monday and 2.7% on Tuesday."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -6.2, "2026-03-02", "", ""),
                                           ("Kellar Docks", -2.7, "2026-03-03", "", "")]
    text = "Kellar Docks recovered on Thursday after declines of about 5% on Tuesday."
    assert _days(text, "Kellar Docks") == [("Kellar Docks", -5.0, "2026-03-03", "", "")]
    text = "Kellar Docks said price increases of 7% would lift revenue."  # another quantity's change
    assert _days(text, "Kellar Docks") == []


# 5. "Today" or "this morning" opening a sentence, with or without a comma ("This morning they're up 3.8%"): the
# publication's session, not the session the article names most.

def test_today_opening_a_sentence_dates_its_move() -> None:
    pub = date(2026, 3, 11)  # a Wednesday
    text = "Rennick Hydro shares fell 9.1% on Monday and again on Tuesday. This morning they're up 3.8% after the rain."
    assert _days(text, "Rennick Hydro", published=pub)[-1] == ("Rennick Hydro", 3.8, "2026-03-11", "", "")
    text = "Rennick Hydro shares fell 9.1% on Monday. Today, the shares are up 2.2%."
    assert _days(text, "Rennick Hydro", published=pub)[-1] == ("Rennick Hydro", 2.2, "2026-03-11", "", "")
    text = "Rennick Hydro shares fell 9.1% on Monday. Yesterday the shares rose 2.2%."  # (read before)
    assert _days(text, "Rennick Hydro", published=pub)[-1] == ("Rennick Hydro", 2.2, "2026-03-10", "", "")


# 6. A short form that leaves out a word of the full name and cuts the next ("Seldor Tech" after "Seldor Packaging
# Technologies Bhd"): the full name the article gave before, as "Seldor Pack Tech" was; a short form that only leaves
# words out ("Seldor Technologies") is not read so.

def test_a_short_form_leaving_out_a_word_takes_the_full_name() -> None:
    text = ("Seldor Packaging Technologies Bhd said on Friday it had shut its plant.\n\n"
            "Shares of Seldor Tech fell as much as 14% in morning trade.")
    assert _days(text, "Seldor Packaging Technologies Bhd", "Seldor Tech") == [
        ("Seldor Packaging Technologies Bhd", -14.0, "2026-03-06", "", "")]
    text = ("Seldor Packaging Technologies Bhd said on Friday it had shut its plant.\n\n"
            "Shares of Seldor Technologies fell as much as 14% in morning trade.")
    assert _days(text, "Seldor Packaging Technologies Bhd", "Seldor Technologies") == [
        ("Seldor Technologies", -14.0, "2026-03-06", "", "")]


# 7. "On the day" between two figures of one verb ("down 0.9% on the day and 4.3% since the deal was announced"): the
# bare figure after it continues the list, as after "that day" or "on Tuesday".

def test_on_the_day_links_two_figures_of_one_verb() -> None:
    text = "Pellow Ports shares closed at A$2.19, down 0.9% on the day and 4.3% since the deal was announced on Tuesday."
    assert [r[:2] for r in _days(text, "Pellow Ports")] == [("Pellow Ports", -0.9), ("Pellow Ports", -4.3)]
    text = "Pellow Ports shares closed down 0.9% that day and 4.3% on Tuesday."  # (read before)
    assert [r[:2] for r in _days(text, "Pellow Ports")] == [("Pellow Ports", -0.9), ("Pellow Ports", -4.3)]
    text = ("Bexton agreed to acquire Pellow Ports for $19 a share. Pellow Ports ended at $18.81, up 1.2% on the day and "
            "1% below the offer price.")  # a level against a mark, no second move
    assert [r[:2] for r in _days(text, "Pellow Ports", "Bexton")] == [("Pellow Ports", 1.2)]
