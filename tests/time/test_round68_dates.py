"""Round 68 on dates (timex68): a chronology's yearless entry told in the historic present; stops and words that do not
end or set a clause's tense ("a.m." before a zone, "as planned", "ahead of" a measure, a clock's colon, a period's
modifier); "that day" told ahead; a clock before "that day"; a live blog's "the morning"; a schedule's longer reach;
entries under a "What's next" heading. Every name and sentence is invented; each test fails without its rule and
checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

# Thursday 20 November 2031
THU = date(2031, 11, 20)
# Sunday 16, Monday 17, Friday 21, Saturday 22 November 2031
SUN = date(2031, 11, 16)
MON = date(2031, 11, 17)
FRI = date(2031, 11, 21)
SAT = date(2031, 11, 22)


def values(text: str, dct: date) -> dict[str, str]:
    """Value of every expression of ``text`` by its words (the last one of equal words)."""
    return {t.text: t.value for t in find_timexes(text, dct)}


# 1. A chronology runs in order: after "Jan. 12, 2031 - ...", the entry "Jan. 20 - ..." told in the present is that
#    January's 20th, not the coming one (nearest the publication day ten months on); the entries after it follow.
CHRONOLOGY = (
    "How Orvel's year unfolded\n\n"
    "Nov. 3, 2030 - Orvel halves its dividend.\n\n"
    "Jan. 12, 2031 - Orvel takes a $2 billion charge on its mill.\n\n"
    "Jan. 20 - The regulator says it is looking into the charge.\n\n"
    "September - Orvel names a new chief executive.\n\n"
    "Nov. 18 - Shares fall 6% to a record low.\n"
)


def test_a_chronology_entry_told_in_the_present_follows_the_one_before() -> None:
    found = values(CHRONOLOGY, THU)
    assert found["Jan. 20"] == "2031-01-20"
    assert found["September"] == "2031-09"
    assert found["Nov. 18"] == "2031-11-18"


def test_a_yearless_day_outside_a_chronology_keeps_the_nearest_reading() -> None:
    # no entries before it: the present tense of a plan, the coming January
    assert values("Jan. 20 - The regulator publishes its findings.\n", THU)["Jan. 20"] == "2032-01-20"


# 2. "a.m." or "p.m." before a time zone ends no sentence: the clause's "will" reaches the Monday after the clock
#    (written on a Sunday); a stop after "p.m." before a new sentence still ends it.
def test_a_clock_abbreviation_before_its_zone_ends_no_sentence() -> None:
    text = ("Orvel, which said on Friday it would appeal, will brief analysts at 10:30 a.m. Singapore time (0230 GMT) "
            "on Monday.")
    assert values(text, SUN)["Monday"] == "2031-11-17"
    text = "Orvel, which said on Friday it would appeal, will brief investors at 8 p.m. ET (0100 GMT) on Monday."
    assert values(text, SUN)["Monday"] == "2031-11-17"
    text = "The shop will shut at 5 p.m. Hong Kong traders sold the shares on Monday."
    assert values(text, SUN)["Monday"] == "2031-11-10"


# 3. A participle after "as" ("as planned", "as scheduled") is an adverbial of manner: neither a past verb nor a plan.
#    The clause's own verb gives the tense (written on a Monday).
def test_as_planned_is_no_verb_of_its_clause() -> None:
    assert values("The board said it would vote as planned on Thursday.", MON)["Thursday"] == "2031-11-20"
    assert values("The vote will take place as scheduled on Thursday.", MON)["Thursday"] == "2031-11-20"
    assert values("The vote took place as scheduled on Thursday.", MON)["Thursday"] == "2031-11-13"
    assert values("The talks went ahead as planned on Thursday.", MON)["Thursday"] == "2031-11-13"


# 4. "ahead of" before a measure ("ahead of forecasts", "ahead of analysts' expectations") compares; it is no cue of a
#    time to come ("ahead of results on Thursday" still is). Written on a Friday.
def test_ahead_of_a_measure_is_no_future_cue() -> None:
    assert values("Orvel posted sales a little ahead of forecasts on Thursday.", FRI)["Thursday"] == "2031-11-20"
    assert values("Orvel posted a profit ahead of analysts' expectations on Thursday.", FRI)["Thursday"] == "2031-11-20"
    assert values("Shares rose ahead of results on Thursday.", FRI)["Thursday"] == "2031-11-27"


# 5. A clock time's colon ends no clause: "closes at 17:00 on Monday" is the present of a schedule, as "closes on
#    Monday" is (the coming Monday, written on a Friday).
def test_a_clock_colon_keeps_the_clause_of_a_schedule() -> None:
    assert values("The tender for the bonds closes at 17:00 on Monday.", FRI)["Monday"] == "2031-11-24"


# 6. A period's modifier before a word of a schedule makes it a noun: "since the group's first-half report on
#    Thursday evening" is the report gone by (written on a Monday), not "reports on Thursday", a schedule's present.
def test_a_period_modifier_makes_a_schedule_word_a_noun() -> None:
    text = "Orvel has lost a fifth of its value since the group's first-half report on Thursday evening."
    assert values(text, MON)["Thursday evening"] == "2031-11-13TEV"
    assert values("Orvel reports on Thursday.", MON)["Thursday"] == "2031-11-20"


# 7. "that day" in a clause told ahead is the last day to come the text named, not a day gone by named after it;
#    told in the past it stays the day just named.
def test_that_day_told_ahead_is_the_last_day_to_come() -> None:
    text = ("Orvel said on Monday it would report its results on Nov. 27. They will be the first to include the fine "
            "imposed on Nov. 3. Orvel will brief analysts that day.")
    assert values(text, MON)["that day"] == "2031-11-27"
    text = ("Orvel said on Monday it would report its results on Nov. 27. They will be the first to include the fine "
            "imposed on Nov. 3. Its shares fell 4% that day.")
    assert values(text, MON)["that day"] == "2031-11-03"


# 8. A clock time is on the day "that day" or "the same day" written right after it names, a bracketed time in
#    another zone or "on" between, not on the day told last.
def test_a_clock_time_is_on_the_day_an_anaphor_after_it_names() -> None:
    text = ("Orvel will report its results on Nov. 27. The fine was imposed on Nov. 3. Orvel will brief analysts at "
            "8 a.m. London time that day.")
    assert values(text, MON)["8 a.m. London time"] == "2031-11-27T08:00"
    text = ("Orvel will report its results on Nov. 27. The fine was imposed on Nov. 3. Orvel will brief analysts at "
            "9 a.m. (1400 GMT) on the same day.")
    assert values(text, MON)["9 a.m."] == "2031-11-27T09:00"


# 9. "the morning" in a later entry of a live blog than the one that named another day is of the blog's day, as a
#    clock time there is.
def test_the_morning_in_a_later_live_blog_entry_is_the_blogs_day() -> None:
    text = ("Markets live\n\nFriday, November 21, 2031\n\n"
            "16:10 ET - Orvel ends the session down 9%. The desk returns on Monday.\n\n"
            "09:45 ET - Orvel slid 6% at the open and sits close to its lows of the morning.\n\n"
            "09:31 ET - The index opens lower.\n")
    assert values(text, FRI)["the morning"] == "2031-11-21TMO"


# 10. A schedule's present reaches a day further off when only words stand between and its object comes first
#     ("reports annual figures after the bell on Tuesday", written on a Saturday: the coming Tuesday); a figure or a
#     comma between keeps the short reach, and so does a preposition right after the verb (a caption's present).
def test_a_schedule_present_with_a_long_object() -> None:
    assert values("Orvel reports annual figures after the bell on Tuesday.", SAT)["Tuesday"] == "2031-11-25"
    text = "Orvel reports its own fourth-quarter and full-year results on Tuesday."
    assert values(text, SAT)["Tuesday"] == "2031-11-25"
    text = "Orvel ends the day 0.4% lower at 88.10 euros, still 9% above Friday's close."
    assert values(text, SAT)["Friday"] == "2031-11-21"
    text = "Orvel's chief executive speaks at a news conference in Kenton on Monday."
    assert values(text, SAT)["Monday"] == "2031-11-17"


# 11. Dated entries under a heading of what is ahead ("What's next", "What happens next?") are items of its list,
#     ahead of the day of writing, though each ends with a stop.
def test_dated_entries_under_a_heading_of_what_is_next() -> None:
    text = ("The shares fell 16% on Friday.\n\nWhat's next\n\nNov. 28 - Orvel's mill in Kenton shuts for good.\n\n"
            "October - Orvel publishes its third-quarter figures.\n")
    assert values(text, SAT)["October"] == "2032-10"
    text = ("The shares fell 16% on Friday.\n\nWhat happens next?\n\n"
            "October - Orvel publishes its third-quarter figures.\n")
    assert values(text, SAT)["October"] == "2032-10"
