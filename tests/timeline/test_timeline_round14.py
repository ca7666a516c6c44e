"""Round 14 of the timeline: one rule each, on invented sentences (fictional companies, people and places)."""

from __future__ import annotations

from tests.timeline.test_timeline_dated import dates_of


def _sentences_of(text: str, published: str) -> list[tuple[str, str]]:
    """(date_start, sentence) of every timeline row of one article."""
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle
    from analysis.timeline.events import timeline_mentions

    raw = RawArticle(file="one.txt", text=text, outlet="One", published=published)
    got = timeline_mentions(build_corpus([(raw, {"published_earliest": ""}, "corpus")]))
    return sorted((r.date_start.isoformat(), r.sentence) for r in got.itertuples())


def test_a_live_blog_entry_opened_by_a_kicker_dates_its_next_sentence() -> None:
    text = ("Rates live: the Varn central bank decides\n\n"
            "13:45\n"
            "The council is still meeting in Kessel and no decision has come.\n\n"
            "15:02\n"
            "BREAKING. The Varn central bank has raised its main rate by a quarter point. The krona jumps.\n\n"
            "16:40\n"
            "Good evening. We will be back on Friday with the minutes.\n\n"
            "17:10\n"
            "Thanks.\n")
    got = _sentences_of(text, "2026-05-13")
    assert ("2026-05-13", "The Varn central bank has raised its main rate by a quarter point.") in got
    assert all(s != "BREAKING." for _, s in got)
    # the next sentence is a plan (a cue of what is to come): no news of the day; a lone kicker tells nothing
    assert all("We will be back" not in s or d != "2026-05-13" for d, s in got)
    assert all(s != "Thanks." for _, s in got)


def test_a_list_line_opened_by_a_date_its_weekday_and_a_dash_dates_its_sentences() -> None:
    text = ("TIMELINE-Brisk Foods recall\n\n"
            "May 12 (Tasman Post) - Key events in the recall:\n\n"
            "May 6 (Wednesday) - A routine test at the Orvale plant finds salmonella.\n\n"
            "May 11 (Monday) - Brisk Foods recalls 9 batches. Output at Orvale halts.\n")
    got = _sentences_of(text, "2026-05-12")
    # the weekday in parentheses is the date's own, no dateline's source and no day of the article's week
    assert ("2026-05-06", "May 6 (Wednesday) - A routine test at the Orvale plant finds salmonella.") in got
    assert all(d != "2026-05-13" for d, _ in got)
    assert ("2026-05-11", "Output at Orvale halts.") in got  # the rest of the line
    # one line opened by a date and a dash is no list (a dateline): its later sentences stay undated
    one = _sentences_of("May 12 - Brisk Foods said it recalled 9 batches. Output at Orvale halts.\n", "2026-05-12")
    assert all(s != "Output at Orvale halts." for _, s in one)
    assert dates_of("Brisk Foods recalled 9 batches on Monday (May 11).", "2026-05-12") == [
        ("May 11", "2026-05-11", "2026-05-11")]


def _label(sentence: str, expression: str, previous: str = "") -> str:
    from analysis.timeline.labels.event import event_label

    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


def test_a_name_with_letters_beyond_ascii_stays_one_word_of_the_label() -> None:
    assert _label("Kārlis Ōrvik said on Wednesday it would hold an investor call on Friday.", "Friday") == \
        "Kārlis Ōrvik holds investor call"
    assert _label("Brødrene Sølvhavn closed the week down 12.5%.", "the week") == "Brødrene Sølvhavn closes down 12.5%"
    assert _label("Bank Zagórska lost another 4.1% today.", "today") == "Bank Zagórska loses another 4.1%"


def test_a_long_name_keeps_its_words_and_sheds_a_descriptor_or_a_title() -> None:
    # five words, a joiner among them, or a catalog name that only begins a longer one: the whole name
    assert _label("New Varnia Food Safety Agency said on Tuesday it was overseeing the checks.", "Tuesday") == \
        "New Varnia Food Safety Agency says it was overseeing the checks"
    assert _label("Instituto Nacional de Aguas Claras said on Monday that the plant must stay shut.", "Monday") == \
        "Instituto Nacional de Aguas Claras says plant must stay shut"
    assert _label("The European Union Fishery Control Board said on Tuesday it was reviewing the quota.",
                  "Tuesday").startswith("European Union Fishery Control Board says")
    # a descriptor opening the sentence or a title before a person is no part of the name
    assert _label("Rival Orvane Biosciences brought forward its own readout to May 2027.", "May 2027").startswith(
        "Orvane Biosciences")
    assert _label("Kessel Mayor Ilse Varnholt met the site manager on Thursday.", "Thursday").startswith("Ilse Varnholt")
    # a title's complement goes with the title ("Secretary of State"), a name's "of" stays in the name
    assert _label("Secretary of State Ada Vell met the envoy on Tuesday.", "Tuesday") == "Ada Vell meets envoy"
    assert _label("Bank of Norland said on Tuesday it would raise rates.", "Tuesday") == \
        "Bank of Norland says it will raise rates"


def test_a_past_quarter_set_off_by_a_comma_dates_the_act_told_after_it() -> None:
    assert dates_of("During the third quarter, Orvane bought a disused plant in Kessel.", "2026-03-10") == [
        ("the third quarter", "2025-07-01", "2025-09-30")]
    assert dates_of("He was the director who, in the first half of 2024, closed the Brisk Point depot.",
                    "2026-03-10") == [("the first half of 2024", "2024-01-01", "2024-06-30")]
    # an amount after it is the quarter's figure; a state is no act
    assert dates_of("In the second quarter, Orvane booked $8 million of restructuring costs.", "2026-03-10") == [
        ("the second quarter", "2025-04-01", "2025-06-30")]  # a figure over the quarter: round 20
    assert dates_of("In the second quarter, Orvane, which Keel controls, had a small profit.", "2026-03-10") == []
    # a gloss of the period or an aside after the comma tells no act of its own
    assert all("quarter" not in x for x, _, _ in dates_of("In the prior-year quarter, the period closed in May, "
                                                          "Orvane broke even.", "2026-03-10"))
    assert dates_of("Orvane said demand in Varn was soft during the quarter, a worry given that it leaned on it.",
                    "2026-03-10") == []


def test_a_plan_s_period_after_scheduled_for_is_no_period_of_data() -> None:
    got = dates_of("Keel Bank said on Monday the bond sale was slated for August.", "2026-04-20")
    assert ("August", "2026-08-01", "2026-08-31") in got
    got = dates_of("Next: Orvane meets lenders on May 4; the merger is targeted for October-December.", "2026-04-20")
    assert ("October-December", "2026-10-01", "2026-12-31") in got
    # the period of data stays a frame
    assert dates_of("Keel Bank said on Monday its data for March showed a 4% rise.", "2026-04-20") == [
        ("Monday", "2026-04-20", "2026-04-20")]


def test_a_reduced_relative_clause_inside_a_reported_one_dates_its_own_event() -> None:
    got = dates_of("Orvane said on Tuesday that engineers had traced the fault to a valve fitted on May 12.",
                   "2026-06-03")
    assert got == [("May 12", "2026-05-12", "2026-05-12"), ("Tuesday", "2026-06-02", "2026-06-02")]
    # the reported clause's own verb after "that" is no participle of a noun: its earlier date is the reported
    # event's (round 36), beside the statement's
    assert dates_of("Orvane said on Monday that the shares closed on Friday below their offer price.", "2026-06-09") == [
        ("Friday", "2026-06-05", "2026-06-05"), ("Monday", "2026-06-08", "2026-06-08")]


def test_a_line_s_date_heading_labels_the_main_clause_not_a_fronted_phrase() -> None:
    sentence = "May 11 (Monday) - After the close, Orvane recalls its Kessel dryers."
    assert _label(sentence, "May 11") == "Orvane recalls its Kessel dryers"


def test_a_conjunction_opening_a_clause_is_no_part_of_its_subject() -> None:
    assert _label("Keel Bank had its best quarter in 2024, so it starts the year from a strong position.", "2024") \
        .startswith("Keel Bank")
    assert _label("Yet the court, which ended its term on Monday, remains divided.", "Monday") == "Court ends term"
