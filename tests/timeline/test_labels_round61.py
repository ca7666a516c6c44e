"""Round 61 (labels): what a headline editor does to a reported clause and its speaker. Under "says" the tense "said" put
back is undone ("would" -> "will", "had sold" -> "sold"); a reported clause told without "that" after the day or a
phrase of the telling keeps its words; a role with the person's name beside it is labelled by the name; a quotation's
opening ends where a phrase ends; a short aside in brackets breaks no clause; a clock's zone belongs to the date; an
object cut off never ends on a preposition. Invented sentences and names."""

from __future__ import annotations

from analysis.timeline.labels.event import event_label


def label_of(sentence: str, expression: str) -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression)).label


def test_would_in_a_reported_clause_is_will_under_says():
    assert label_of("Norvale Foods said on Tuesday it would close two plants.", "on Tuesday") == \
        "Norvale Foods says it will close two plants"


def test_had_and_a_participle_in_a_reported_clause_is_the_past():
    assert label_of("The regulator said on Monday that it had fined Quist Bank.", "on Monday") == \
        "Regulator says it fined Quist Bank"
    assert label_of("The regulator said on Monday that it had already fined Quist Bank.", "on Monday") == \
        "Regulator says it already fined Quist Bank"


def test_had_been_and_would_have_stay_as_written():
    assert label_of("The bank said on Tuesday that it had been forced to sell securities.", "on Tuesday") == \
        "Bank says it had been forced to sell securities"
    assert label_of("The bank said on Tuesday that it would have been forced to sell bonds.", "on Tuesday") == \
        "Bank says it would have been forced to sell bonds"


def test_a_reported_clause_without_that_opening_on_an_article():
    sentence = "Quist said on Wednesday a fault in its billing system had delayed payments to suppliers."
    assert label_of(sentence, "on Wednesday") == "Quist says fault delayed payments to suppliers"


def test_a_reported_clause_ends_before_a_relative_that():
    sentence = "Quist said on Wednesday a fault in its billing system had delayed the payments that suppliers expected."
    assert label_of(sentence, "on Wednesday") == "Quist says fault delayed the payments"


def test_a_reported_clause_without_that_after_the_telling_phrase():
    sentence = "The brewer said on Friday in a statement it had halted output at two sites."
    assert label_of(sentence, "on Friday") == "Brewer says it halted output"


def test_a_copula_keeps_its_complement_in_a_reported_clause():
    assert label_of("The insurer said on Monday it was on track to restore service.", "on Monday") == \
        "Insurer says it was on track to restore service"


def test_the_person_named_beside_a_role_is_the_subject():
    sentence = "The bank's finance chief, Mara Lind, said on Friday that results would be delayed."
    assert label_of(sentence, "on Friday") == "Mara Lind says results will be delayed"
    assert label_of("Its chief, Jo Roe, resigned on Thursday.", "on Thursday") == "Jo Roe resigns"


def test_a_quotation_opening_ends_where_a_phrase_ends():
    sentence = ('"We have had to postpone a number of shipments and there will be delays this week," a spokeswoman '
                'for Ardent Freight said on Monday.')
    # (round 69: a quotation's clause a few words past the opening's limit is shown whole; was "... of shipments…")
    assert label_of(sentence, "on Monday") == \
        "Ardent Freight says “We have had to postpone a number of shipments and there will be delays this week”"
    sentence = '"Our restart has been slow, but we know we have work to do to win back our clients," Pia Holm said on Monday.'
    assert label_of(sentence, "on Monday") == "Pia Holm says “Our restart has been slow…”"


def test_a_short_aside_in_brackets_breaks_no_clause():
    sentence = ("The Bank of Norvia (BoN) injected a net 40 billion crowns ($3.9 billion) into the money markets on "
                "Thursday, its largest injection this year.")
    assert label_of(sentence, "on Thursday") == "The Bank of Norvia injected a net 40 billion crowns into the money markets"


def test_a_clock_zone_belongs_to_the_date():
    assert label_of("The patch went out just before dawn Pacific time to 40,000 machines.", "just before dawn") == \
        "The patch goes out to 40,000 machines"


def test_an_object_cut_by_the_limit_ends_on_no_preposition():
    sentence = ("The carrier's chief executive, Pia Holm, said on Monday that it had already secured permission to keep "
                "flying within Europe under any outcome of the talks.")
    assert not label_of(sentence, "on Monday").endswith((" under", " of", " within"))


def test_a_surname_alone_the_text_before_named_in_full_is_the_speaker_s_pronoun():
    before = "Prime Minister Edwin Marlowe lost the vote on Thursday. Governor Ada Quist of the central bank said rates could fall. "
    sentence = "Marlowe, who had campaigned for the deal, said outside his office that he would resign by October."
    at = sentence.index("by October")
    assert event_label(sentence, at, at + len("by October"), before).label == "Marlowe resigns"


def test_whom_they_met_follows_with():
    assert label_of("The finance minister met with the heads of the three largest banks on Friday.", "on Friday") == \
        "Finance minister meets with the heads of the three largest banks"
    assert label_of("The two unions talked with management on Monday.", "on Monday") == "The two unions talk with management"


def test_a_name_after_a_preposition_and_an_indefinite_article_is_no_subject():
    sentence = "Four rivets meant to hold a panel in place on a Vellmark Air Skyliner 300 were missing on Tuesday."
    assert "Vellmark" not in label_of(sentence, "on Tuesday")
    # the noun phrase before the preposition is the subject
    sentence = "Ardent had its own scare on May 3, when a press report on a Quist 400 engine sent its shares down 9%."
    assert label_of(sentence, "on May 3") == "Press report sends shares down 9%"


def test_an_ing_noun_closing_a_phrase_after_a_preposition_is_no_verb():
    sentence = "Ardent said in a Lisbon stock exchange filing on Monday that it had sold its stake."
    assert label_of(sentence, "on Monday") == "Ardent sells stake"


def test_a_present_form_closing_a_preposition_s_phrase_after_the_clause_s_verb_is_a_noun():
    sentence = "Norvale Asset Management suspended dealing in its Irish property funds on Tuesday."
    assert label_of(sentence, "on Tuesday") == "Norvale Asset Management suspends dealing"
    # with no verb of its own before the phrase, the present form stays the verb
    assert label_of("The bank funds startups on Tuesday.", "on Tuesday") == "Bank funds startups"
