"""Quote engine, round 37 (q41): classes of news prose found by reading two dev corpora's misses (an accounting
scandal, a blocked merger, an oil shock; a battery recall, a failed drug trial, a heatwave) and PolNeAR train's
largest wrong-speaker classes. Invented companies, people and sentences; the entity mentions are given by hand, as
the entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

ORGS = [("Kestrel Bank", "Kestrel Bank", "ORG"), ("Dunmore Foods", "Dunmore Foods", "ORG"),
        ("Dunmore", "Dunmore Foods", "ORG")]


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


def test_a_term_after_so_called_is_no_quotation() -> None:
    # the writer names a term; whoever else the sentence cites did not say it
    text = 'The so-called "pantry boom" drew $2 billion into the sector, according to Kestrel Bank.'
    assert _rows(text, ORGS) == []
    assert _rows('So called “shrinkflation” packs are gone from Dunmore Foods shelves, Kestrel Bank said.', ORGS) == []
    # left alone: the same words quoted from a speaker, a term in a clause a verb of saying reports before it, and a
    # longer quotation after "so-called"
    text = 'Dunmore Foods is claiming victory in the so-called "pantry war."'
    assert _rows(text, ORGS) == [("pantry war.", "Dunmore Foods")]
    text = 'The "pantry boom" is over, according to Kestrel Bank.'
    assert _rows(text, ORGS) == [("pantry boom", "Kestrel Bank")]
    text = 'Dunmore Foods said the so-called "a fair price for a fair product" pledge still held.'
    assert _rows(text, ORGS) == [("a fair price for a fair product", "Dunmore Foods")]


INTERVIEW = """Interview by Tom Brask | Harbour Retail Weekly
Maren Olsvik, chief executive of Dunmore Foods, spoke to us on Monday.
Why cut prices now?
Olsvik: "Because shoppers told us to. Our volumes fell for six weeks."
Will rivals follow?
"They already have. Kestrel Bank counted 40 cuts last week."
Is the margin safe?
"For this year, yes."
"""
PEOPLE = ORGS + [("Maren Olsvik", "Maren Olsvik", "PERSON"), ("Olsvik", "Maren Olsvik", "PERSON"),
                 ("Tom Brask", "Tom Brask", "PERSON")]


def test_answers_after_question_lines_are_the_interviewees() -> None:
    # questions on lines of their own, answers in quotation marks after them: each answer is the one interviewed
    assert _rows(INTERVIEW, PEOPLE) == [
        ("Because shoppers told us to. Our volumes fell for six weeks.", "Maren Olsvik"),
        ("They already have. Kestrel Bank counted 40 cuts last week.", "Maren Olsvik"),
        ("For this year, yes.", "Maren Olsvik")]
    # answers under the answerer's label, a quotation in one of them unattributed: still theirs
    labelled = ("We asked Maren Olsvik of Dunmore Foods.\nWhy cut prices now?\nOlsvik: Because shoppers told us to."
                "\nWill rivals follow?\nOlsvik: \"They already have.\"\n")
    assert _rows(labelled, PEOPLE)[-1] == ("They already have.", "Maren Olsvik")


def test_a_single_question_or_an_attributed_answer_is_left_alone() -> None:
    # one question line is no interview: the quotation after it stays unattributed
    text = ('Dunmore Foods cut prices on Monday.\nWhat happens next?\n"Nobody knows."\n'
            'Maren Olsvik said she would wait.')
    assert _rows(text, PEOPLE) == [("Nobody knows.", "")]
    # an answer that names its own speaker keeps them
    text = INTERVIEW.replace('"For this year, yes."', '"For this year, yes," said Tom Brask, who asked.')
    assert _rows(text, PEOPLE)[-1] == ("For this year, yes,", "Tom Brask")


def test_a_pronoun_after_an_unnamed_source_in_its_sentence_is_that_source() -> None:
    # "When I met one airline chief on Monday he told me, “…”": the unnamed chief, not the person named before
    text = ('Maren Olsvik, an analyst at Kestrel Bank, said freight costs had doubled.\n'
            'Olsvik: Airlines suffer most. When I met one airline chief on Monday he told me, "We cannot pass this '
            'on." Then the shipping lines.')
    assert _rows(text, PEOPLE) == [("We cannot pass this on.", "one airline chief")]
    # left alone: a person the sentence names or takes up before the description, a name in apposition to it, and
    # a possessive that names a kind of person
    text = 'Tom Brask met the lenders on Monday. He told a reporter he was calm: "We will pay."'
    assert _rows(text, PEOPLE) == [("We will pay.", "Tom Brask")]
    text = 'Tom Brask met the lenders on Monday. Later a lender, Maren Olsvik, said she was calm: "They will pay."'
    assert _rows(text, PEOPLE) == [("They will pay.", "Maren Olsvik")]
    text = 'Tom Brask met the lenders on Monday. "We will pay," he said. A banker\'s job, he said, is "to be paid."'
    assert _rows(text, PEOPLE) == [("We will pay,", "Tom Brask"), ("to be paid.", "Tom Brask")]


def test_as_a_named_person_put_it_is_that_person_not_the_owner_in_the_apposition() -> None:
    # "As X, Y's chief executive, put it: “…”": X, not the company owning the role in apposition
    text = 'Shares fell 4%. As Maren Olsvik, Kestrel\'s chief executive, put it to me on Thursday: "Size is no sin."'
    people = PEOPLE + [("Kestrel", "Kestrel Bank", "ORG")]
    assert _rows(text, people) == [("Size is no sin.", "Maren Olsvik")]
    # left alone: "As" opening a clause of its own, and "As expected" before a description with its name after it
    text = 'Shares fell 4%. As Olsvik spoke, Kestrel\'s chief executive said: "Size is no sin."'
    assert _rows(text, people) == [("Size is no sin.", "Kestrel Bank")]
    text = 'Shares fell 4%. As expected, Kestrel\'s chief executive, Maren Olsvik, said: "Size is no sin."'
    assert _rows(text, people) == [("Size is no sin.", "Maren Olsvik")]


def test_her_message_was_simple_then_a_colon_is_her_quotation() -> None:
    # a possessive pronoun and a noun of speech said as a sentence before the colon: the pronoun's antecedent
    text = 'I spoke last week to Maren Olsvik, a grocer in Leeds. Her message was simple: "Prices will not fall."'
    assert _rows(text, PEOPLE) == [("Prices will not fall.", "Maren Olsvik")]
    text = 'We asked Tom Brask, who runs a farm shop, about prices. His answer is blunt: "They will not fall."'
    assert _rows(text, PEOPLE) == [("They will not fall.", "Tom Brask")]
    # left alone: a noun that is no speech
    text = 'I spoke last week to Maren Olsvik, a grocer in Leeds. Her shop was small: "Prices will not fall" read a sign.'
    assert _rows(text, PEOPLE) == [("Prices will not fall", "")]


def test_spoke_of_attributes_a_quotation() -> None:
    # "X spoke of a “…”": X's words, as "X called it a “…”"
    groups = ORGS + [("Fair Baskets", "Fair Baskets", "ORG")]
    assert _rows('The shopper group Fair Baskets spoke of a "victory for families".', groups) == [
        ("victory for families", "Fair Baskets")]
    assert _rows('Maren Olsvik speaks of "deep regret" in her letter.', PEOPLE) == [("deep regret", "Maren Olsvik")]
    # left alone: a short term in quotation marks with no verb of saying stays out
    assert _rows('The shopper group Fair Baskets has a "victory for families" page.', groups) == []


def test_a_participle_after_a_dateline_with_two_places_and_a_date() -> None:
    # "CITY/CITY, 19 October 2023 (Wire) – X on Thursday downgraded Y, citing “…”": X, after the dateline
    orgs = [("Dunmore Foods AG", "Dunmore Foods AG", "ORG"), ("Harbour Ratings", "Harbour Ratings", "ORG")]
    text = ('Harbour Ratings cuts Dunmore to junk\n\nLEEDS/YORK, 19 October 2023 (Northern Counties Wire) – Harbour '
            'Ratings on Thursday downgraded Dunmore Foods AG by three notches to BB-, citing "material uncertainty" '
            'over its accounts.')
    assert _rows(text, orgs) == [("material uncertainty", "Harbour Ratings")]
    # left alone: a dateline of one place, as before
    text = text.replace("LEEDS/YORK, 19 October 2023 (Northern Counties Wire)", "LEEDS (Harbour Wire)")
    assert _rows(text, orgs) == [("material uncertainty", "Harbour Ratings")]


def test_quote_of_the_day_from_an_unnamed_source_is_no_speaker_quote() -> None:
    # a live blog's "Quote of the day, from a grocer to our reporter: “…”": the label's first word is no speaker
    people = PEOPLE + [("Kestrel Bank", "Kestrel Bank", "ORG")]
    text = 'Heat live\n\n13:55 CEST – Quote of the day, from a Leeds grocer to our reporter: "I have never sold so much ice."'
    assert _rows(text, people) == [("I have never sold so much ice.", "")]
    # left alone: a name after "from", and a note from a named body
    text = 'Heat live\n\n13:55 CEST – Quote of the day, from Maren Olsvik of Kestrel Bank: "I have never sold so much ice."'
    assert _rows(text, people) == [("I have never sold so much ice.", "Maren Olsvik")]
    assert _rows('Heat live\n\n13:55 CEST – A note from Kestrel Bank: "Ice is the new oil."', people) == [
        ("Ice is the new oil.", "Kestrel Bank")]


def test_a_one_word_gloss_in_parentheses_is_no_quotation() -> None:
    # a term in another language glossed after the words it translates: nobody's words
    text = ('Kestrel Bank announced that it had opened an investigation into possible price fixing („Preisabsprache“) '
            'at Dunmore Foods.')
    assert _rows(text, ORGS) == []
    # left alone: a word a speaker used, quoted in the sentence, and a gloss of two words or more
    text = 'Kestrel Bank said it was investigating what it called "collusion" at Dunmore Foods.'
    assert _rows(text, ORGS) == [("collusion", "Kestrel Bank")]
    text = 'Kestrel Bank said free markets ("sell everything now") would fix Dunmore Foods.'
    assert _rows(text, ORGS) == [("sell everything now", "Kestrel Bank")]


def test_a_second_verb_in_a_subordinate_clause_takes_that_clauses_subject() -> None:
    # "They did it again, when X vetoed the deal and praised the “…”": X, the subject of the "when" clause
    orgs = ORGS + [("Harbour Authority", "Harbour Authority", "ORG")]
    text = ('They applied it again on Wednesday, when the Harbour Authority vetoed Dunmore Foods\' takeover of Kestrel '
            'Bank and praised the "fierce competition" between the four banks.')
    assert _rows(text, orgs) == [("fierce competition", "Harbour Authority")]
    # left alone: a second verb of the main clause's subject, with or without a subordinate clause between commas
    people = orgs + [("Jane Roe", "Jane Roe", "PERSON")]
    text = 'Jane Roe backed the deal, when it was new, and praised the "fierce competition" between the four banks.'
    assert _rows(text, people) == [("fierce competition", "Jane Roe")]
    text = 'Jane Roe backed the deal in May and later praised the "fierce competition" between the four banks.'
    assert _rows(text, people) == [("fierce competition", "Jane Roe")]


def test_a_relative_clause_with_its_own_subject_reports_the_fragment() -> None:
    # "X criticized Y, which the regulator said was “…”": the relative clause's subject said it
    orgs = ORGS + [("Harbour Authority", "Harbour Authority", "ORG"), ("Tom Brask", "Tom Brask", "PERSON")]
    text = 'Tom Brask criticized the Dunmore Foods plan, which the Harbour Authority said was "extremely careless".'
    assert _rows(text, orgs) == [("extremely careless", "Harbour Authority")]
    # left alone: a relative clause whose subject takes up the main clause's, and no relative clause at all
    text = 'Tom Brask criticized the Dunmore Foods plan, which he said was "extremely careless".'
    assert _rows(text, orgs) == [("extremely careless", "Tom Brask")]
    text = 'Tom Brask said the Harbour Authority plan was "extremely careless".'
    assert _rows(text, orgs) == [("extremely careless", "Tom Brask")]
