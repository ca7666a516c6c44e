"""Round 20: labels that read as whole clauses (issue #13), on invented sentences (fictional companies and people).

Each test names the construction of news prose it covers."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous: str = "") -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


# A list line of market copy: name, aside, colon, signed figure, period.
def test_a_list_line_reads_as_a_share_move() -> None:
    got = label_of("Orvane Foods (ORVF.L), a major supplier: -5.4% on Tuesday", "Tuesday")
    assert got == "Orvane Foods shares fall 5.4%"


def test_a_list_line_with_two_periods_takes_the_figure_of_its_date() -> None:
    line = "Keldra Group: +4.7% this week, -2.1% since March 3"
    assert label_of(line, "this week") == "Keldra Group shares rise 4.7%"
    assert label_of(line, "March 3") == "Keldra Group shares fall 2.1%"


def test_a_list_line_whose_name_is_the_date_is_left_alone() -> None:
    assert "shares" not in label_of("Wednesday (so far): +6.1%", "Wednesday")


# Two clauses, each with its own subject and date, joined by ", and".
def test_a_verb_of_the_next_clause_does_not_label_the_first_date() -> None:
    sentence = "The regulator opened its inquiry on March 2, and the chief executive resigned on March 5."
    first = label_of(sentence, "March 2")
    assert "resign" not in first.lower() and "regulator" in first.lower()
    assert label_of(sentence, "March 5") == "Chief executive resigns"


# A date phrase fronted before the subject without a comma.
def test_a_fronted_date_phrase_is_not_part_of_the_subject() -> None:
    got = label_of("On its first day of trading in April 2031 the shares rose 40%.", "April 2031")
    assert got == "Shares rise 40%"


# A subject whose head noun is also a verb ("report", "sale") before an auxiliary.
def test_a_noun_that_is_also_a_verb_heads_the_subject_before_an_auxiliary() -> None:
    got = label_of("The final report will be published on the tribunal's website on Thursday.", "Thursday")
    assert got.startswith("Final report is published")


# "X is expected / due to be VERBed" and "X to be VERBed".
def test_a_passive_infinitive_keeps_its_subject() -> None:
    assert label_of("The bond sale is expected to be launched in November.", "November") == "Bond sale is launched"
    got = label_of("Final rules to be published in early November will decide the matter.", "November")
    assert got.startswith("Final rules are published")


# A long subject: its head noun phrase, without what follows its preposition.
def test_a_long_subject_is_cut_to_its_head() -> None:
    got = label_of("The first northbound convoy of 34 barges passed through the lock on Thursday morning.", "Thursday")
    assert got.startswith("First northbound convoy passes through the lock")


def test_a_long_subject_keeps_the_name_after_of() -> None:
    got = label_of("A senior engineer of the Harbin Works project resigned on Friday after the audit.", "Friday")
    assert got.startswith("Senior engineer of Harbin Works resigns")
    got = label_of("A senior engineer of the regional inspection team resigned on Friday after the audit.", "Friday")
    assert got.startswith("Senior engineer resigns")


def test_a_time_is_never_cut_into_a_subject() -> None:
    got = label_of("The second half of the season for Gorse United ends in May.", "May")
    assert not got.startswith("Second half")


# A past participle with its agent ("announced by X") after a noun: a passive, never the present of the verb.
def test_a_participle_with_its_agent_is_a_passive() -> None:
    got = label_of("The surprise rate cut announced by the Bank of Norland on Wednesday has opened a new front.",
                   "Wednesday")
    assert got == "Surprise rate cut is announced by the Bank of Norland"
    got = label_of("Tarvik Holdings, the port operator hit by a ransomware attack last month, rose 1.9%.", "last month")
    assert got == "Port operator is hit by a ransomware attack"


def test_by_and_a_measure_or_a_manner_is_no_agent() -> None:
    assert label_of("Orvane fell by a third on Friday.", "Friday").startswith("Orvane falls by a third")
    assert " is " not in label_of("Orvane responded on Friday by cutting its dividend.", "Friday")


def test_a_participle_aside_between_commas_is_not_the_verb() -> None:
    got = label_of("Its lenders, led by Harrow Bank, are due to test its covenants on Dec. 31.", "Dec. 31")
    assert "led" not in got.lower() and "leads" not in got.lower()


# A participle phrase after the subject's noun ("the raise agreed with lenders").
def test_a_participle_phrase_after_the_subject_is_skipped() -> None:
    got = label_of("The equity raise agreed with lenders is expected to be launched in November.", "November")
    assert got == "Equity raise is launched"


# A fallback label never ends on a preposition or a conjunction the date leaves behind.
def test_a_fallback_label_does_not_end_on_a_function_word() -> None:
    got = label_of("The lease runs to 2030.", "2030")
    assert not got.endswith((" to", " and"))
    got = label_of("\u201cWe have seen this before, in 2008 and in 2016.", "2008")
    assert not got.endswith((" to", " and"))


# A list line whose date belongs to the clause after a semicolon: that clause is the event, not the line's figure.
def test_a_date_after_a_semicolon_on_a_list_line_labels_its_own_clause() -> None:
    assert label_of("Keldra Group (KLD.OL): +2.3%; the smelter stays idle until Sunday", "Sunday") == \
        "The smelter stays idle"
    assert label_of("Keldra Group (KLD.OL): +2.3% on Monday; the smelter stays idle", "Monday") == \
        "Keldra Group shares rise 2.3%"
