"""Round 66 (labels): event labels read as whole clauses, their subject taken from their own clause or from the
sentence their pronoun goes on from, never a name another sentence holds for another reason. Invented sentences and
names."""

from __future__ import annotations

from tests.timeline.test_labels_round63 import label_of


def test_it_goes_on_from_the_company_of_the_sentence_before():
    before = ("Corvane, the payments group founded by banker J.T. Mallory, asked for a halt in trading on Monday. "
              "The company said it had found irregular payments. ")
    assert label_of("It said it had hired advisers.", "", before).startswith("Corvane says it hired advisers")
    # (was "J.T. Mallory says ...": a person, named last, and "J.T." no sentence's end)
    assert label_of("The company said it had found irregular payments.", "", before[:before.index("The company")]) \
        .startswith("Corvane says it found irregular payments")


def test_it_goes_on_from_the_subject_the_sentence_before_opens_on():
    before = "Dalvik Care, founded by A.K. Raman in 1990, runs 40 clinics in four countries. "
    assert label_of("It listed in London in 2011.", "2011", before).startswith("Dalvik Care lists")  # was "A.K. Raman"


def test_a_places_adjective_is_not_what_it_stands_for():
    before = ("Brenna Lines said on Monday that bookings had slowed. The Oslo-listed ferry operator said its fleet "
              "would be cut. ")
    assert label_of("It had reported net debt of $1.2 billion at the end of March.", "the end of March",
                    before).startswith("Brenna Lines reports net debt")  # was "Oslo-listed reports ..."


def test_the_company_is_not_a_name_that_opens_a_noun_phrase():
    before = "Harlow Foods cut its outlook on Friday. Harlow Foods said costs had risen. Net sales were flat. "
    assert label_of("The company cut its quarterly dividend to 20 cents on Friday.", "Friday", before) == \
        "Harlow Foods cuts quarterly dividend to 20 cents"  # was "Net cuts ..."
    before = "Harlow Foods cut its outlook on Friday. Ravi Cole had pushed the company to sell its Tinytots chain. "
    assert label_of("The company reports results on Thursday.", "Thursday", before) == \
        "Harlow Foods reports results"  # was "Tinytots reports results"


def test_the_company_is_the_subject_of_the_sentence_before():
    before = "Regulators blamed Orvane Grid for the outage. In a statement, Darrow Power said it would appeal. "
    assert label_of("The company said on Monday it would sell its gas unit.", "Monday", before).startswith(
        "Darrow Power says")


def test_it_of_a_company_told_by_what_it_does():
    before = "All times Eastern.\n\n6:08 a.m. ET - Darrow Power confirms it. "
    assert label_of("The San Remo-based utility says it intends to file for bankruptcy on Jan. 29.", "Jan. 29",
                    before).startswith("Darrow Power ")  # was "San Remo-based intends"
    # the company its own sentence names as a subject
    assert label_of("Orvane Air rose 1.2% after the carrier said it expected fuel costs to fall in the first quarter.",
                    "the first quarter", "Darrow Power said on Monday it would cut jobs. ").startswith("Orvane Air ")


def test_names_listed_before_and_the_are_one_subject():
    assert label_of("Orvane and the Harbour Safety Board on Monday announced a recall of 3,000 heaters.", "Monday") \
        .startswith("Orvane and Harbour Safety Board announce recall")  # was "Harbour Safety Board announces ..."
    assert label_of("4/9/2031 - Kelso, Brandt Super and the Marlow Pension Trust call for an independent review.",
                    "4/9/2031").startswith("Kelso, Brandt Super and Marlow Pension Trust call")
    # a name that closes another clause's object is no part of the subject
    assert not label_of("Regulators fined Ada Roe and the board said on Monday it would appeal.", "Monday") \
        .startswith("Ada Roe")


def test_an_adverb_in_ly_stands_between_the_subject_and_its_verb():
    assert label_of("Orvane and the Harbour Safety Board jointly announced a recall on Monday.", "Monday") \
        .startswith("Orvane and Harbour Safety Board announce recall")  # was "Harbour Safety Board jointly announces"


def test_lower_after_a_session_verb_is_its_direction():
    assert label_of("The Kestrel 50 is expected to open slightly lower on Friday.", "Friday") == \
        "Kestrel 50 is expected to open slightly lower"  # was "To open slightly lowers"


def test_a_chronology_lines_date_opens_no_label():
    sentence = "3/14 (Tuesday) - Kestrel Ratings changes its outlook on Orvane's debt to negative."
    assert label_of(sentence, "Tuesday").startswith("Kestrel Ratings changes its outlook")  # was "3/14 ( ) - ..."


def test_a_relative_clause_after_an_appositive_tells_of_the_name():
    assert label_of("Ada Roe, a Leeds banker who joined Orvane in 2011, has been chief executive since 2016.",
                    "2011") == "Ada Roe joins Orvane"  # was "Leeds banker joins Orvane"
    assert label_of("Tom Vell, the Kestrel analyst who warned on Monday that sales would slow, said he was surprised.",
                    "Monday").startswith("Tom Vell warns")


def test_a_clause_joined_by_a_comma_alone_is_not_the_dates():
    sentence = "Orvane and Kestrel removed the heaters on Tuesday, Brandt acted an hour later and Marlow withdrew its " \
               "stock on Friday."
    assert label_of(sentence, "Tuesday") == "Orvane and Kestrel removed the heaters"  # was "Marlow withdraws its stock"
    # a sentence opened by an adjunct: the clause after the comma is its main clause
    assert label_of("On Tuesday, Marlow withdrew its stock.", "Tuesday").startswith("Marlow withdraws")


def test_a_telling_that_closes_the_sentence_is_no_clause_of_its_own():
    sentence = '"The plant was practically shut along with the port" to make the March deadline, Castell said.'
    assert label_of(sentence, "March").startswith("Castell says")
