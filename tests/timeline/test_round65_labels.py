"""Round 65 (labels): event labels read as whole clauses and keep names whole. A name joined by "&" ("Hart Hollow &
Finch") is one name as subject, object or possessive. Invented sentences and names."""

from __future__ import annotations

from tests.timeline.test_labels_round63 import label_of


def test_a_name_with_an_ampersand_is_a_whole_subject():
    assert label_of("Hart Hollow & Finch shares rose 6.5% on Monday.", "Monday") == \
        "Hart Hollow & Finch shares rise 6.5%"  # was "Finch shares rise 6.5%"
    assert label_of("A Hart Hollow & Finch spokesperson declined to comment on Monday.", "Monday").startswith(
        "Hart Hollow & Finch spokesperson ")  # was "Finch spokesperson"


def test_a_name_with_an_ampersand_is_a_whole_object():
    assert label_of("Ada Roe joined Hart Hollow & Finch in May 2020 from Orvane Foods.", "May 2020") == \
        "Ada Roe joins Hart Hollow & Finch"  # was "Ada Roe joins Hart Hollow"
    assert label_of("Regulators fined Marlow & Vane $5 million on Monday.", "Monday") == \
        "Regulators fine Marlow & Vane $5 million"


def test_a_name_with_an_ampersand_before_its_possessive():
    assert label_of("Hart Hollow & Finch's shares will resume trading on Monday.", "Monday") == \
        "Hart Hollow & Finch's shares resume trading"  # was "Finch's shares resume trading"


def test_an_institution_and_its_of_phrase_are_one_name():
    assert label_of("The Northern Council of Pension Trustees said it would seek a meeting with the board next year.",
                    "next year") == "Northern Council of Pension Trustees seeks meeting"  # was "Northern Council seeks ..."
    assert label_of("The Royal Academy of Surgeons warned parents on Monday about the devices.", "Monday").startswith(
        "Royal Academy of Surgeons warns parents")  # was "Royal Academy warns ..."
    # a person "of" a firm is the person
    assert label_of("Ada Vell of Orvane Capital said on Monday the shares were cheap.", "Monday").startswith("Ada Vell says ")


def test_a_capitalised_plural_inside_a_name_is_part_of_it():
    assert label_of("Kestrel's Investors Service on Tuesday placed six banks on review.", "Tuesday").startswith(
        "Kestrel's Investors Service places six banks")  # was "Service places six banks"
    assert label_of("Officials on Tuesday placed six banks on review.", "Tuesday").startswith("Officials place six banks")


def test_a_titled_role_before_the_name_of_who_holds_it():
    sentence = "The Minister for Regional Transport, Ada Vell, said on Wednesday she had spoken with the chairman."
    assert label_of(sentence, "Wednesday") == "Ada Vell says she spoke with the chairman"  # was "Transport say she spoke"


def test_an_infinitive_that_is_the_whole_object_stays():
    assert label_of("Keel Bank declined to comment on the report on Monday.", "Monday") == \
        "Keel Bank declines to comment"  # was "Keel Bank declines"
    assert label_of("Keel Bank declined on Monday to comment.", "Monday") == "Keel Bank declines to comment"
    # an infinitive cut from its own object still goes ("plans to provide" with nothing provided)
    assert label_of("Keel Bank declined 4% on Monday.", "Monday") == "Keel Bank declines 4%"


def test_an_adverb_after_not_keeps_the_negation():
    assert label_of("Orvane Foods did not immediately respond to a request for comment on Monday.", "Monday") == \
        "Orvane Foods does not respond to a request"  # was "Orvane Foods responds to a request"


def test_a_pronoun_opening_a_clause_after_the_object_is_no_part_of_it():
    assert label_of("The regulator on Monday released a video it says shows a child pulled under a machine.",
                    "Monday") == "Regulator releases video"  # was "Regulator releases video it"
    assert label_of("Keel Bank sold it on Monday.", "Monday") == "Keel Bank sells it"


def test_a_name_told_before_the_telling_phrase_and_what_was_said():
    sentence = "Ada Vell told Harbour TV in an interview on Wednesday that the company had made mistakes."
    assert label_of(sentence, "Wednesday") == "Ada Vell tells Harbour TV the company made mistakes"  # was "... tells Harbour TV"


def test_a_relative_clause_the_length_limit_cuts_goes_whole():
    sentence = ("The strike came two days after Hart Hollow & Finch unveiled a savings plan that included about 150 "
                "store closures and job cuts.")
    assert label_of(sentence, "two days after") == \
        "Strike comes two days after Hart Hollow & Finch unveils a savings plan"  # was "... that included about 150"


def test_an_infinitive_before_its_complement_is_no_whole_object():
    sentence = "The expiring contract collapsed on Monday to settle at minus $30 a barrel."
    assert not label_of(sentence, "Monday").endswith("to settle")


def test_a_capitalised_street_inside_a_name_is_part_of_it():
    assert label_of("Ninth Street Partners, a private lender, was named on Monday.", "Monday") == \
        "Ninth Street Partners is named"  # was "Partners is named"
    assert label_of("Wall Street on Monday cheered the deal.", "Monday") == "Wall Street cheers the deal"


def test_a_quotation_whose_date_completes_its_last_phrase_stays_whole():
    assert label_of('"We will know that within two quarters."', "two quarters") == \
        "“We will know that within two quarters”"  # was "“We will know that within”"
    assert label_of('"We expect a wave of filings between now and the end of the year."', "the end of the year") == \
        "“We expect a wave of filings between now and the end of the year”"  # was "... between now and”"
    assert label_of('"Demand accelerated through September."', "September") == "“Demand accelerated”"


def test_a_date_that_is_its_clause_subject_stays():
    assert label_of("Wednesday was the turning point.", "Wednesday") == "Wednesday was the turning point"  # was "Was ..."
    assert label_of('"March 2031 lasted years.', "March 2031") == "March 2031 lasted years"  # was "lasted years"
    assert label_of("In March, Orvane cut 200 jobs.", "March") == "Orvane cuts 200 jobs"


def test_a_label_never_ends_on_every_other():
    assert label_of("His column appears every other Thursday.", "Thursday") == "His column appears"


def test_a_long_clause_is_cut_before_its_participle_phrase():
    sentence = "The week closed with the three largest regional savings lenders reporting strong quarterly results."
    assert label_of(sentence, "The week") == "The week closed with the three largest regional savings lenders reporting strong quarterly results"


def test_a_reported_subject_with_a_second_name_goes_on_to_its_verb():
    sentence = "Acting Chairman Ada Vell said the agency and Orvane had been negotiating since March."
    assert label_of(sentence, "March") == "Ada Vell says agency and Orvane had been negotiating"  # was "... says agency"


def test_a_reported_subject_with_an_aside_goes_on_to_its_verb():
    sentence = ("Keel said in a filing on Tuesday that Jo Roe, its senior vice president and chief accounting officer, "
                "had been appointed interim finance chief.")
    assert label_of(sentence, "Tuesday") == "Keel says Jo Roe had been appointed interim finance chief"  # was "... says Jo Roe"
    # a list of subjects is no aside: left as it was
    assert label_of("Keel said on Monday that sales, which fell 5% last year, would rise.", "Monday") == \
        "Keel says sales will rise"


def test_a_name_with_of_before_a_plural_noun_agrees_with_the_noun():
    assert label_of("Bank of Keel's Hong Kong-listed shares fell 1.3% on Wednesday.", "Wednesday") == \
        "Bank of Keel's Hong Kong-listed shares fall 1.3%"  # was "... shares falls 1.3%"


def test_a_based_adjective_is_no_name():
    previous = ("Orvane Drilling filed for bankruptcy protection late on Sunday. The Leeds-based company, which "
                "operates 15 rigs, said it had about $434 million of cash on hand. ")
    sentence = "It had missed a coupon payment on its senior notes on April 15."
    assert label_of(sentence, "April 15", previous) == "Orvane Drilling misses coupon payment"  # was "Leeds-based misses ..."
    # before its name the adjective stays, as it was
    assert label_of("Leeds-based Orvane Trading sought court protection on Monday.", "Monday") == \
        "Leeds-based Orvane Trading seeks court protection"


def test_a_participle_after_a_clause_with_be_tells_of_its_subject():
    sentence = "The stock was up about 3% in early trading on Friday, recovering a small part of Monday's 9% loss."
    assert label_of(sentence, "Friday") == "Stock recovers small part of Monday's 9% loss"  # was "Recovers small part ..."
    sentence = "The shares were up about 2% in midday trading on Monday, after gaining 9.2% last week."
    assert label_of(sentence, "last week") == "Shares gain 9.2%"  # was "Gains 9.2% last week"


def test_a_ratio_is_one_word():
    sentence = "The fund lost about 40% in the month even after a 1-for-8 reverse share split that took effect on Wednesday."
    assert label_of(sentence, "Wednesday") == "1-for-8 reverse share split takes effect"  # was "8 reverse share split ..."


def test_a_verb_of_ending_takes_its_with_phrase_after_the_date():
    sentence = "The Keel 50 fell 3.5% on the day, though it still ended April with a gain of about 4%."
    assert label_of(sentence, "April") == "Keel 50 ends with a gain of about 4%"  # was "Keel 50 ends"
