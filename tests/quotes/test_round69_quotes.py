"""Quote engine, round 69 (quotes69). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.mentions``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,."), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


PEOPLE = [("Otto Brandt", "Otto Brandt", "PERSON"), ("Brandt", "Otto Brandt", "PERSON"),
          ("Halden", "Halden", "ORG")]
BOUGHT = "Otto Brandt bought Halden last week.\n\nOn Monday, the board of Halden agreed to the sale. "


def test_a_time_adverbial_with_no_comma_before_a_pronoun_subject() -> None:
    # "On Wednesday morning he gave his reason: “…”": "he" is the subject of the clause, not the paragraph's earlier subject
    text = BOUGHT + "On Wednesday morning he gave his reason: \"The price was far too low.\""
    assert _rows(text, PEOPLE) == [("The price was far too low", "Otto Brandt")]


def test_a_day_and_its_part_with_no_comma_before_she() -> None:
    people = [("Mara Quell", "Mara Quell", "PERSON"), ("Halden", "Halden", "ORG")]
    text = ("Mara Quell bought Halden last week.\n\nOn Monday, the board of Halden agreed to the sale. Late on Tuesday "
            "evening she gave her reason: \"It was simply too cheap.\"")
    assert _rows(text, people) == [("It was simply too cheap", "Mara Quell")]


def test_the_comma_after_the_time_adverbial_still_reads_the_same() -> None:
    # unchanged: "On Wednesday, he gave his reason: “…”"
    text = BOUGHT + "On Wednesday, he gave his reason: \"The price was far too low.\""
    assert _rows(text, PEOPLE) == [("The price was far too low", "Otto Brandt")]


HALDEN = [("Halden Foods", "Halden Foods", "ORG"), ("Halden", "Halden Foods", "ORG")]
FELL = "Halden Foods shares fell 20% on Monday.\n\n"


def test_early_and_a_time_before_the_subject_of_a_statement_saying() -> None:
    # "Early this morning it issued a statement saying: “…”": "it", the company
    text = FELL + "Early this morning it issued a statement saying: \"The company remains fully solvent.\""
    assert _rows(text, HALDEN) == [("The company remains fully solvent", "Halden Foods")]


def test_a_phrasal_verb_and_its_object_end_the_description() -> None:
    # "The company put out a statement saying …": the company, not "the company put out a statement"
    text = FELL + "The company put out a statement saying it is \"fully solvent\"."
    assert _rows(text, HALDEN) == [("fully solvent", "Halden Foods")]


def test_the_publisher_of_a_statement_in_a_clause_after_the_main_one() -> None:
    # "The shares rose, after the company put out a statement saying …": the company puts it out, not the shares
    text = FELL + "They are now down 8%, after the company put out a statement saying it is \"fully solvent\"."
    assert _rows(text, HALDEN) == [("fully solvent", "Halden Foods")]
    text = FELL + "The shares rose after it issued a statement saying it is \"fully solvent\"."
    assert _rows(text, HALDEN) == [("fully solvent", "Halden Foods")]


def test_a_description_of_people_publishing_is_left_to_the_rules() -> None:
    # unchanged: a description of a person ("the analyst") is no organisation issuing a statement
    text = FELL + "The shares rose after the analyst issued a note saying it is \"fully solvent\"."
    assert _rows(text, HALDEN) != [("fully solvent", "Halden Foods")]


VEMUND = [("Otto Brandt", "Otto Brandt", "PERSON"), ("Karl Vemund", "Karl Vemund", "PERSON"), ("Halden", "Halden", "ORG")]
PLEASED = "Otto Brandt said he was pleased with the sale. "


def test_two_roles_joined_by_and_before_a_name_make_it_the_subject() -> None:
    # "Halden co-founder and former chief executive Karl Vemund posted a video. “…,” he wrote": Vemund opens his
    # sentence through the company and his two roles, so "he" is Vemund, not the earlier speaker
    text = PLEASED + ("Halden co-founder and former chief executive Karl Vemund posted a short video. "
                      "\"Nobody ought to own a forum like this,\" he wrote.")
    assert _rows(text, VEMUND) == [("Nobody ought to own a forum like this", "Karl Vemund")]
    text = PLEASED + "Halden founder and chairman Karl Vemund spoke up later. \"We were never asked,\" he wrote."
    assert _rows(text, VEMUND) == [("We were never asked", "Karl Vemund")]


ANALYST = [("Mara Quell", "Mara Quell", "PERSON"), ("Tolland Securities", "Tolland Securities", "ORG"),
           ("Halden", "Halden", "ORG")]


def test_her_view_ends_a_paragraph_and_the_quotation_follows() -> None:
    # a live blog's "X of Y rang us. Her view:" and the quoted paragraph: the one "her" takes up
    text = ("Halden fell 20% on Monday.\n\n11:05 BST - Mara Quell at Tolland Securities rang us this morning. Her view:"
            "\n\n\"A reprieve, nothing more. The update changed none of our sums.\"")
    assert _rows(text, ANALYST) == [("A reprieve, nothing more. The update changed none of our sums", "Mara Quell")]


def test_on_a_name_and_a_colon_is_a_topic_not_a_label() -> None:
    # "… calls the results “…”. On Halden: “…”": the analyst goes on about Halden; Halden does not speak
    text = ("Halden fell 20% on Monday.\n\n11:40 GMT - Mara Quell at Tolland Securities calls the results "
            "\"better than they look\". On Halden: \"Investors stopped caring weeks ago.\"")
    assert _rows(text, ANALYST) == [("better than they look", "Mara Quell"), ("Investors stopped caring weeks ago", "Mara Quell")]


def test_a_name_alone_before_a_colon_is_still_a_label() -> None:
    # unchanged: "Mara Quell: “…”" (a transcript line or a label)
    text = "Halden fell 20% on Monday.\n\nMara Quell: \"Investors stopped caring weeks ago.\""
    assert _rows(text, ANALYST) == [("Investors stopped caring weeks ago", "Mara Quell")]


def test_the_company_is_not_a_public_health_centre_named_the_paragraph_before() -> None:
    # "The Centers for … said …" then "“…,” the company said": a business's noun takes up the company the story is
    # about, not the public body ("Centers for …" is an authority's name, as "Agency" or "Commission" are)
    entities = [("Halden Foods", "Halden Foods", "ORG"), ("Halden", "Halden Foods", "ORG"),
                ("Centers for Food Safety", "Centers for Food Safety", "ORG")]
    text = ("Halden Foods cut its yearly outlook on Monday after customers at two of its cafes fell ill.\n\n"
            "The Dunmore chain said in a notice to investors that visits were down. It was its first cut since Halden "
            "listed.\n\nVisits dropped 9% in March, the notice showed.\n\nThe Centers for Food Safety said on Monday "
            "that 14 people had been treated.\n\n\"Trading has been hard to read for weeks,\" the company said.")
    assert _rows(text, entities) == [("Trading has been hard to read for weeks", "Halden Foods")]
