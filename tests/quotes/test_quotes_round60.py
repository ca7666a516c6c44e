"""Quote engine, round 60 (quotes60). Invented people and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


HALE = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON"), ("Mira Castell", "Mira Castell", "PERSON"),
        ("Tarn", "Tarn Party", "ORG")]


def test_a_name_in_apposition_after_a_possessive_description_of_no_known_role_speaks() -> None:
    # "…,” exhorted Hale's introducer, actress Mira Castell.": the person the apposition names, not the possessive
    text = ("Ivo Hale spoke in Tarn on Friday.\n\n"
            "\"It is time we had a teacher running this town,\" exhorted Hale's introducer, actress Mira Castell.")
    assert _rows(text, HALE) == [("It is time we had a teacher running this town", "Mira Castell")]
    text = ("Ivo Hale spoke in Tarn on Friday.\n\n"
            "\"It is time we had a teacher running this town,\" said Hale's friend, the actress Mira Castell.")
    assert _rows(text, HALE) == [("It is time we had a teacher running this town", "Mira Castell")]
    # guard: a relative clause after the comma is no apposition naming the speaker
    text = ("Ivo Hale spoke in Tarn on Friday.\n\n"
            "\"It is time we had a teacher running this town,\" said Hale's spokesman, who joined Tarn in 2019.")
    assert _rows(text, HALE) == [("It is time we had a teacher running this town", "Ivo Hale")]


def test_what_a_name_with_its_apposition_called() -> None:
    # "in what X, <apposition>, called “…”": X, not the subject of the main clause
    text = ("Ivo Hale fought for every delegate in 1996, in what Mira Castell, treasurer of the rival campaign, "
            "called \"hand-to-hand combat.\"")
    assert _rows(text, HALE) == [("hand-to-hand combat.", "Mira Castell")]
    # guard: without "what" the main clause's subject keeps the words
    text = "Ivo Hale, treasurer of the Tarn campaign, called it \"hand-to-hand combat.\""
    assert _rows(text, HALE) == [("hand-to-hand combat.", "Ivo Hale")]


LUNCH = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Mira Castell", "Mira Castell", "PERSON"),
         ("Castell", "Mira Castell", "PERSON"), ("Tarn Gazette", "Tarn Gazette", "ORG"),
         ("Oskar Brenning", "Oskar Brenning", "PERSON")]


def test_an_opening_subordinate_clause_with_an_apposition_gives_its_subject_to_the_main_clause_pronoun() -> None:
    # "When X, Y's campaign manager was asked … if Y would …, he laughed and said “…”" (the apposition's closing
    # comma left out, as news often writes it): X, not the last person named before the sentence
    text = ("Oskar Brenning chaired the lunch.\n\n"
            "Mira Castell said she would not hold a press conference before May. When Ivo Hale, Castell's campaign manager was "
            "asked at a lunch held by the Tarn Gazette if Castell would hold one before the vote, he laughed and "
            "said, \"We will see.\"")
    assert _rows(text, LUNCH) == [("We will see.", "Ivo Hale")]
    # guard: without the apposition the rule read it already
    text = ("Oskar Brenning chaired the lunch.\n\n"
            "Mira Castell said she would not hold a press conference before May. When Ivo Hale was asked at a lunch held by the "
            "Tarn Gazette if Castell would hold one before the vote, he laughed and said, \"We will see.\"")
    assert _rows(text, LUNCH) == [("We will see.", "Ivo Hale")]


VOTE = [("Mira Castell", "Mira Castell", "PERSON"), ("Castell", "Mira Castell", "PERSON"),
        ("Oskar Brenning", "Oskar Brenning", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON")]


def test_a_perfect_participle_of_saying_takes_the_main_clause_subject() -> None:
    # "X misjudged Y, having called him a “…”": X, not the object named right before the participle
    text = "Castell misjudged Oskar Brenning, having called him a \"reformer.\""
    assert _rows(text, VOTE) == [("reformer.", "Mira Castell")]
    text = "In 2009, Castell also misjudged Oskar Brenning, having once referred to him as a \"reformer.\""
    assert _rows(text, VOTE) == [("reformer.", "Mira Castell")]
    # guard: a relative clause's verb is the name's before ", who"
    text = "Castell met Oskar Brenning, who described her as a \"reformer.\""
    assert _rows(text, VOTE) == [("reformer.", "Oskar Brenning")]


def test_such_as_when_opens_a_subordinate_clause_whose_subject_speaks() -> None:
    # "There have been …, such as when X knocked Y on trade and called her a “…”": X
    text = ("There have been more pointed references, such as when Hale knocked Castell on trade and called her a "
            "\"moderate,\" a subtle dig.")
    assert _rows(text, VOTE) == [("moderate", "Ivo Hale")]


def test_attorneys_for_a_name_speak_for_it_before_an_ing_verb_too() -> None:
    # "Attorneys for X opposed the effort, saying … “…”": X, as "Attorneys for X said" gives
    text = ("Attorneys for Castell appeared to oppose the effort, saying in court files that her account \"has never "
            "been the property of the county.\"")
    assert _rows(text, VOTE) == [("has never been the property of the county.", "Mira Castell")]
    text = "Attorneys for Castell said that her account \"has never been the property of the county.\""
    assert _rows(text, VOTE) == [("has never been the property of the county.", "Mira Castell")]


def test_a_quotation_paragraph_continues_reported_speech_after_an_earlier_quoted_word() -> None:
    # "X, who calls Y a “…,” said …. Rather, he said, … ." / "“…”": X, whose reported speech the paragraph ends on
    text = ("Former senator Oskar Brenning, who calls Hale a \"sociopath,\" said he does not believe the effort needs "
            "a rival candidate. Rather, he said, the campaign's own struggles will rally support against it.\n\n"
            "\"To my knowledge, there is no heavy-hitter involved yet. It will become a movement.\"\n\n"
            "Others disagree.")
    assert _rows(text, VOTE) == [("sociopath", "Oskar Brenning"),
                                 ("To my knowledge, there is no heavy-hitter involved yet. It will become a movement.",
                                  "Oskar Brenning")]
    # guard: a paragraph ending on its attributed quotation still hands the speaker on
    text = ("\"We will win,\" Hale said on Monday.\n\n"
            "\"To my knowledge, there is no heavy-hitter involved yet.\"\n\nOthers disagree.")
    assert _rows(text, VOTE) == [("We will win", "Ivo Hale"),
                                 ("To my knowledge, there is no heavy-hitter involved yet.", "Ivo Hale")]


def test_a_quotation_paragraph_does_not_go_to_someone_who_said_nothing() -> None:
    # "X attacked Y. Y has not responded to the remarks." / "“…”": not Y, who gave no answer (no one named)
    text = ("Oskar Brenning attacked Hale on Monday. Hale has not responded to the remarks, which drew wide attention."
            "\n\n\"To my knowledge, there is no heavy-hitter involved yet.\"\n\nOthers disagree.")
    assert _rows(text, VOTE) == [("To my knowledge, there is no heavy-hitter involved yet.", "")]
    text = ("Oskar Brenning attacked Hale on Monday. Hale declined to comment.\n\n"
            "\"To my knowledge, there is no heavy-hitter involved yet.\"\n\nOthers disagree.")
    assert _rows(text, VOTE) == [("To my knowledge, there is no heavy-hitter involved yet.", "")]
    # guard: an answer given still hands the quotation to its speaker
    text = ("Oskar Brenning attacked Hale on Monday. Hale responded on the radio.\n\n"
            "\"To my knowledge, there is no heavy-hitter involved yet.\"\n\nOthers disagree.")
    assert _rows(text, VOTE) == [("To my knowledge, there is no heavy-hitter involved yet.", "Ivo Hale")]
