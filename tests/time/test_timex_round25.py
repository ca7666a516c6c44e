"""Round 25 (timex, TempEval-3 spans and values). Every sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2032, 3, 17)  # a Wednesday


def values(sentence: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(sentence, dct)]


def test_or_so_after_a_stretch_of_units_is_part_of_its_extent() -> None:
    # TimeML's approximation (mod APPROX, as "about"): in the span, the value unchanged
    assert values("Brasko Mills will resume shipments over the next week or so.") == [
        ("the next week or so", "DURATION", "P1W")]
    assert values("Elvin Marr has run the Tollery works for a decade or so.") == [
        ("a decade or so", "DURATION", "P10Y")]
    assert values("Quarn Bank shares slid over the past two years or so.") == [
        ("the past two years or so", "DURATION", "P2Y")]


def test_what_the_or_so_rule_leaves_alone() -> None:
    # "or so" already read with "ago"; a comma before it ("or so the guard says"); "so-called"; no unit before it
    assert values("Then, a week or so ago, the Quarn board met.") == [("a week or so ago", "DATE", "2032-03-10")]
    assert values("The Brasko crew stayed three days, or so the guard says.") == [("three days", "DURATION", "P3D")]
    assert values("The Tollery audit took a week or so-called by its critics.") == [("a week", "DURATION", "P1W")]
    assert values("Elvin Marr expects the vote in May or so.") == [("May", "DATE", "2032-05")]


def test_two_bare_plural_units_joined_by_or_or_and_are_one_vague_stretch() -> None:
    # the value of the first unit, the span over both (as the TempEval-3 gold marks "weeks or months")
    assert values("Elvin Marr stays at the Tollery site for weeks or months at a time.") == [
        ("weeks or months", "DURATION", "PXW")]
    assert values("The Quarn inquiry may run on for months or years.") == [("months or years", "DURATION", "PXM")]
    assert values("Brasko Mills will feel it in the days and weeks ahead.") == [("days and weeks", "DURATION", "PXD")]


def test_what_the_joined_units_rule_leaves_alone() -> None:
    # a counted first unit ("three weeks or months" is no pair of vague units), a second unit that starts its own
    # expression ("months later"), "and" before a clause
    assert values("The Tollery kiln ran for three weeks or months.") == [("three weeks", "DURATION", "P3W")]
    assert values("Elvin Marr worked there for years and months later quit.") == [
        ("years", "DURATION", "PXY"), ("months", "DURATION", "PXM")]
    assert values("For weeks and the Quarn board said nothing.") == [("weeks", "DURATION", "PXW")]


def test_a_day_after_an_undated_event_told_in_the_past_is_an_unknown_day() -> None:
    # no day of the story named before, the sentence told in the past: not the day after the publication date
    assert values("Verlin Osk spoke at a rally against the tariff. He apologized the next day.") == [
        ("the next day", "DATE", "XXXX-XX-XX")]
    assert values("Quarn Osk gave an interview to Tollery Radio the day after the fire.") == [
        ("the day after", "DATE", "XXXX-XX-XX")]


def test_what_the_undated_day_after_rule_leaves_alone() -> None:
    # a day named before it (counted from it), a plan, the day before
    assert values("On Monday the Quarn board met. The next day it fired Verlin Osk.") == [
        ("Monday", "DATE", "2032-03-15"), ("The next day", "DATE", "2032-03-16")]
    assert values("Verlin Osk will apologize the next day, aides said.") == [("the next day", "DATE", "2032-03-18")]
    assert values("Verlin Osk had met the Quarn board the day before.") == [("the day before", "DATE", "2032-03-16")]
    # a plan in the sentence ("will be"), though a participle looks past
    assert values("The Quarn bill will be debated on Wednesday and voted on the following day.") == [
        ("Wednesday", "DATE", "2032-03-17"), ("the following day", "DATE", "2032-03-18")]


def test_a_vote_named_by_its_month_in_a_sentence_told_in_the_past_is_the_nearest_one() -> None:
    # not the object of a past verb: the vote nearest the publication date, here the one ahead
    july = date(2032, 7, 27)
    assert values("Kim Orlan is now poised to face Elvin Marr in November's general election.", july) == [
        ("now", "DATE", "PRESENT_REF"), ("November", "DATE", "2032-11")]
    assert values("Marr angered voters by suggesting the November election may be rigged.", july) == [
        ("November", "DATE", "2032-11")]


def test_a_month_right_after_a_vote_noun_is_the_nearest_such_month() -> None:
    # "the convention in July", "the primaries in June", "cast a ballot in November": the vote nearest publication
    april = date(2032, 4, 21)
    assert values("Quist is bent on winning the nomination before the party's convention in July.", april) == [
        ("July", "DATE", "2032-07")]
    assert values("Marr carried on his campaign through the last of the primaries in June.", april) == [
        ("June", "DATE", "2032-06")]
    # the nearest on the past side stays there
    assert values("Quist won the Tollery primary election in March.", april) == [("March", "DATE", "2032-03")]


def test_what_the_told_vote_rule_leaves_alone() -> None:
    # a past verb whose object the vote is; a vote nearer on the past side; no vote noun
    july = date(2032, 7, 27)
    assert values("Kim Orlan lost the November election.", july) == [("November", "DATE", "2031-11")]
    assert values("Quist won Ohio's November election.", july) == [("November", "DATE", "2031-11")]
    assert values("Marr came in second in January polls.", july) == [("January", "DATE", "2032-01")]
    assert values("Marr visited Quenby in November, aides said.", july) == [("November", "DATE", "2031-11")]
    # a debate is no vote: "at a debate in August" told in the past stays the last August
    assert values("Marr sparred with Quist at a debate in August.", date(2032, 4, 7)) == [("August", "DATE", "2031-08")]


def test_a_capitalised_set_adverb_before_a_capitalised_word_opens_a_name() -> None:
    # a programme or a paper: no set
    assert values("Kim Orlan was a guest on the Daily Show with Elvin Marr.") == []
    assert values("He can't mock the Tollery Nightly News ratings.") == []
    assert values("Quist bought a commemorative Daily News pullout.") == []


def test_what_the_name_opener_rule_leaves_alone() -> None:
    # lowercase, sentence-initial before a comma, before a weekday
    assert values("Quist reports its sales daily.") == [("daily", "SET", "P1D")]
    assert values("Daily, the Brasko ferry carries 900 riders.") == [("Daily", "SET", "P1D")]
    assert values("The Quenby clinic is open Daily Monday to Friday.")[0] == ("Daily", "SET", "P1D")


def test_a_day_word_quoted_alone_is_a_programme_title() -> None:
    assert values("Quist told Tollery TV\u2019s \u201cToday\u201d on Monday that he would run.") == [
        ("Monday", "DATE", "2032-03-15")]
    assert values("Elvin Marr is joining the ''Today'' show as an anchor.") == []


def test_what_the_quoted_title_rule_leaves_alone() -> None:
    # a quotation that opens with the word, and the word in running text
    assert values("\u201cToday, you proved it again,\u201d Kim Orlan said.") == [("Today", "DATE", "2032-03-17")]
    assert values("Marr said the Quenby vote is today.") == [("today", "DATE", "2032-03-17")]
