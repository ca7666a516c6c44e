"""Event labels on sentences written the way wires and live blogs write them (invented companies and people)."""

from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str, previous: str = "") -> str:
    i = sentence.index(expression)
    return event_label(sentence, i, i + len(expression), previous).label


def test_a_person_of_an_organisation_is_the_person() -> None:
    # "Analyst X of Y cut Z": X acts; "of Y" only says where X works
    got = label_of('Analyst Mira Tove of Stellwick Securities cut Norbel to "hold" on Monday.', "Monday")
    assert got.startswith("Mira Tove cuts Norbel")
    # a name built on "of" is still one name
    assert label_of("The Bank of Norland cut its main rate on Thursday.", "Thursday").startswith("Bank of Norland cuts")


def test_an_aside_with_an_abbreviation_is_still_an_aside() -> None:
    got = label_of("Ferrow Group, the U.S. distributor, closed down 14% on Friday.", "Friday")
    assert got.startswith("Ferrow Group closes")


def test_a_pronoun_takes_the_name_before_it_in_the_same_sentence() -> None:
    got = label_of('Lorna Vasque had called the mill "our future" when she took the job in 2019.', "2019")
    assert got == "Lorna Vasque takes job"
    got = label_of('"We will file again," Arvel Foods said, adding it planned to refile in March.', "March")
    assert got.startswith("Arvel Foods plans")


def test_the_company_is_the_company_the_article_is_about() -> None:
    previous = ("Drennan Foods cut its outlook. Drennan Foods blamed wheat costs, and Drennan Foods shares fell. "
                "A filing with the Grain Supply Board showed the charge.")
    got = label_of("The company said on Tuesday it would update investors.", "Tuesday", previous)
    assert got.startswith("Drennan Foods says")


def test_a_capitalised_first_word_is_no_antecedent() -> None:
    previous = "Shareholders were angry. Workers marched to the gates."
    got = label_of("On Tuesday it fell further.", "Tuesday", previous)
    assert not got.startswith(("Shareholders", "Workers"))


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    # an -ing word after a determiner is a noun, not the event's verb
    ("15:40 GMT - Arbeck Mining opens in Toronto and the selling is heavy.", "15:40 GMT",
     "Arbeck Mining opens in Toronto and the selling is heavy"),
    # a live blog's entry that names a moment: the words, not an invented verb
    ("16:05 CET - Closing bell in Oslo.", "16:05 CET", "Closing bell in Oslo"),
    ("Annual general meeting: April 8, 2025.", "April 8, 2025", "Annual general meeting"),
])
def test_a_noun_in_ing_is_no_verb(sentence: str, expression: str, label: str) -> None:
    assert label_of(sentence, expression) == label


def test_a_wire_dateline_is_not_part_of_the_label() -> None:
    got = label_of("OSLO, May 6 (Harbour Wire) - Key facts on Arbeck Mining's week:", "May 6")
    assert got == "Key facts on Arbeck Mining's week"


def test_an_attribution_after_the_reported_clause_gives_that_clause() -> None:
    s = "Arvel Foods will shut two mills near the coast, the company told analysts on Tuesday."
    assert label_of(s, "Tuesday").startswith("Arvel Foods shuts two mills")


def test_a_pronoun_in_its_own_sentence_is_that_sentence_s_subject() -> None:
    s = "Orrel Mining had planned an investor day in Darwin on June 9; it said on Monday the day was off."
    assert label_of(s, "Monday").startswith("Orrel Mining says")
    s = "Harbour Workers Union, which represents Orrel Mining staff, said it would hold a vigil on Sunday."
    assert label_of(s, "Sunday").startswith("Harbour Workers Union holds")


def test_the_company_is_neither_a_person_nor_a_nationality() -> None:
    previous = ("Dutch toolmaker Orvane fell 3%. Dutch officials met on Monday. Orvane spokeswoman Ingrid Vell said "
                "talks went well. Vell declined to comment further, and Vell left.")
    got = label_of("The company said on Tuesday it would cut its forecast.", "Tuesday", previous)
    assert got.startswith("Orvane says")


def test_the_dateline_date_still_reads_the_sentence_without_its_asides() -> None:
    s = ("BOSTON, Sept 14 (Harbour Wire) - Shares of Orrel Biotech Inc. (ORBX.O) sank 41% on Monday after "
         "its trial failed.")
    assert label_of(s, "Sept 14").startswith("Orrel Biotech")


@pytest.mark.parametrize(("sentence", "expression", "previous", "subject"), [
    # "I" is the speaker of a quotation, not a name of the sentence
    ("If the data due at the Lung Society congress in Lyon on Tuesday disappoint, I expect the stock to fall.",
     "Tuesday", "Mara Quint, an analyst at Stellwick, was blunt.", "Mara Quint"),
    # a name after "with the" is where the filing went, not who filed
    ("In a filing with the Grain Supply Board late on Wednesday, Arvel Foods said it had bought the mill.",
     "Wednesday", "", "Arvel Foods"),
    # "when it ..., X said": the main clause's subject
    ("When it reported half-year results on July 23, Orrel Mining said its debt had grown.", "July 23",
     "Finance chief Nora Lisk spoke to reporters.", "Orrel Mining"),
    # "it" after "the company" in its sentence is the company the article is about
    ("The company had trimmed its outlook in May, where it bought the courier Fastr in March 2024.", "March 2024",
     "Orrel Mining fell 4%. Orrel Mining chief Nora Lisk spoke. Lisk said little.", "Orrel Mining"),
])
def test_pronoun_subjects(sentence: str, expression: str, previous: str, subject: str) -> None:
    i = sentence.index(expression)
    assert event_label(sentence, i, i + len(expression), previous).subject == subject


def test_an_ing_adjective_is_no_verb() -> None:
    s = "Norland and Vesta, home to the other leading millers, were briefed last week, an official said."
    assert "leads" not in label_of(s, "last week")


@pytest.mark.parametrize(("sentence", "expression", "label"), [
    # the date between the subject and its verb
    ("OSLO, Oct 20 (Harbour Wire) - Arbeck Airports AG on Monday cut its 2025 passenger forecast.", "Oct 20",
     "Arbeck Airports AG cuts 2025 passenger forecast"),
    # a modal other than will/would stays with its verb
    ("Two aircraft may come in January.", "January", "Two aircraft may come"),
    ("Demand could reach a record on Wednesday.", "Wednesday", "Demand could reach record"),
    # the session of a date's possessive belongs to the date
    ("By Wednesday's close its shares had lost 38%.", "Wednesday", "Shares lose 38%"),
    # what the removed date leaves before a colon goes with it
    ("Share move, Wednesday Sept. 11: -38%", "Wednesday Sept. 11", "Share move: -38%"),
    # a dateline without an agency
    ("LINCOLN — Lines formed outside two Orrel Bank branches on Thursday morning.", "Thursday",
     "Lines formed outside two Orrel Bank branches"),
])
def test_labels_of_wire_and_blog_constructions(sentence: str, expression: str, label: str) -> None:
    assert label_of(sentence, expression) == label


def test_a_speaker_after_the_speech_verb() -> None:
    got = label_of("“A mediator is welcome,” said spokesman Tomas Brede on Tuesday, “but we strike.”", "Tuesday")
    assert got.startswith("Tomas Brede says “A mediator is welcome")


def test_a_transcript_label_is_no_antecedent() -> None:
    got = label_of("They told us it would price by Friday.", "Friday", "ANCHOR: Orrel Bank wants money.\n\nANCHOR: And?")
    assert not got.startswith("ANCHOR")


def test_a_long_fallback_label_ends_where_a_phrase_ends() -> None:
    from analysis.timeline.labels.fallback import _whole_phrases
    words = "Every lender in the region will be asking its treasury team about deposit flight this quarter".split()
    assert _whole_phrases(words) == "Every lender in the region will be asking its treasury team"
    words = "Orvale has pared losses to 18% from as much as 40% in the morning session".split()
    assert _whole_phrases(words) == "Orvale has pared losses to 18% from as much as 40%"
    assert _whole_phrases("Orvale shares fall on the news".split()) == "Orvale shares fall on the news"


def test_a_long_body_name_keeps_its_head_word() -> None:
    from analysis.timeline.labels.event import event_label
    s = "The Division of Harbour Supervision said on Monday it is monitoring the port."
    i = s.index("on Monday")
    assert event_label(s, i, i + 9).label.startswith("Division of Harbour Supervision says")


def test_a_quantifier_floated_before_the_verb_is_not_part_of_the_subject() -> None:
    from analysis.timeline.labels.event import event_label
    s = "Orvale Tools has each year lost ground, and Kestrel Works have each lost a fifth of their value this week."
    i = s.index("this week")
    label = event_label(s, i, i + 9).label
    assert "have each" not in label and label.startswith("Kestrel Works lose")


def test_two_names_joined_by_and_are_one_plural_subject() -> None:
    from analysis.timeline.labels.event import event_label
    s = "Orvale Tools and Kestrel Works have each lost about a quarter of their value this week."
    i = s.index("this week")
    assert event_label(s, i, i + 9).label.startswith("Orvale Tools and Kestrel Works lose")


@pytest.mark.parametrize(
    ("sentence", "expression", "label"),
    [
        # a company's legal form after a comma is part of its name, never the subject
        ("BOSTON, Oct. 28, 2025 /PRNewswire/ -- Halvard Robotics, Inc. (NASDAQ: HLVR), a maker of warehouse robots, "
         "today announced financial results.", "today", "Halvard Robotics announces financial results"),
        ("Brindle Systems, Inc. said on Tuesday it would cut 400 jobs.", "on Tuesday",
         "Brindle Systems says it will cut 400 jobs"),
        # a sentence that is all quotation: its own words, not an empty pair of quotation marks
        ('"Demand from grocery and apparel customers accelerated through September."', "September",
         "“Demand from grocery and apparel customers accelerated”"),
    ],
)
def test_labels_of_press_release_sentences(sentence: str, expression: str, label: str) -> None:
    i = sentence.index(expression)
    assert event_label(sentence, i, i + len(expression)).label == label


@pytest.mark.parametrize(
    ("sentence", "expression", "label"),
    [
        # a middle or leading initial is part of the name, its stop is no sentence end
        ("Orla K. Venn resigned on Monday.", "on Monday", "Orla K. Venn resigns"),
        ("On Friday, Treasury Secretary Dario P. Lusk announced a review.", "On Friday", "Dario P. Lusk announces review"),
        ("On Friday, M. Tarrin Holme said the plant would reopen.", "On Friday", "M. Tarrin Holme says plant will reopen"),
        # left alone: a capital letter ending a sentence before one that opens the next
        ("They had no Plan B. Officials on Monday said the talks would go on.", "on Monday",
         "Officials say talks will go"),
        ("Halla J. Orvik, the deputy minister, said on Tuesday that she would ask for calm.", "on Tuesday",
         "Halla J. Orvik says she will ask"),
    ],
)
def test_an_initial_stays_in_its_name(sentence: str, expression: str, label: str) -> None:
    assert label_of(sentence, expression) == label



@pytest.mark.parametrize(
    ("sentence", "expression", "label"),
    [
        # asides between commas before the verb: the subject is the noun phrase before the first comma
        ("The explosions, on May 4, closed 12 terminals in Ostrava.", "on May 4", "Explosions close 12 terminals"),
        ("Tamsin Orlo, 61, of Velder Bay, resigned from the board on Monday.", "on Monday", "Tamsin Orlo resigns"),
        ("Analysts, however, said on Monday the merger was dead.", "on Monday", "Analysts say merger was dead"),
        ("Kestrel Works, which was founded in 1990, said on Monday it would close two plants.", "on Monday",
         "Kestrel Works says it will close two plants"),
        # left alone: an aside with a verb of its own is a clause, not an aside ("the shares fell" is no subject)
        ("Orvale Tools, whose shares fell, and Kestrel Works merged on Monday.", "on Monday", "Kestrel Works merges"),
    ],
)
def test_the_subject_before_asides_between_commas(sentence: str, expression: str, label: str) -> None:
    assert label_of(sentence, expression) == label


@pytest.mark.parametrize(
    ("sentence", "expression", "label"),
    [
        # a ticker in brackets breaks no clause: the subject before it stays
        ("Shares of Velder Foods (NYSE: VLD) were down 5.8% in premarket trading Tuesday.", "Tuesday",
         "Shares of Velder Foods were down 5.8% in premarket trading"),
        # left alone: a wire's bracketed credit in a dateline is no ticker of a subject
        ("OSLO, Norway (AP) _ Some 900 farmers marched on Friday.", "on Friday", "Some 900 farmers marched"),
    ],
)
def test_a_bracketed_ticker_keeps_the_subject_of_a_fallback_label(sentence: str, expression: str, label: str) -> None:
    assert label_of(sentence, expression) == label


def test_help_before_a_bare_verb_stays_with_it_and_the_verb_keeps_its_bare_form() -> None:
    # "helped lift", "helped the firm close": the bare verb tells the event; "help" (and its object) stays before it
    assert label_of("Lower fares helped lift bookings in March.", "March") == "Lower fares help lift bookings"
    assert label_of("The chairman helped the firm close the deal on Friday.", "Friday") == \
        "Chairman helps the firm close deal"
    # a noun "help" and "help" with no bare verb after it are left alone
    assert label_of("The help desk closed on Friday.", "Friday") == "Help desk closes"
    assert label_of("Kellan Corp helped its rival in 2019.", "2019") == "Kellan Corp helps its rival"
