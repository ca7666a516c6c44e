"""Quote engine, round 35 (q38): pronoun antecedents in English news prose, found by reading PolNeAR train's
speaker misses. Invented people, places and sentences; the entity mentions are given by hand, as the entity layer
would link them."""

from __future__ import annotations

from test_quote_engine import quotes

from analysis.quotes.phrases import subject_phrase

PEOPLE = [("Rep. Dana Morrow", "Dana Morrow", "PERSON"), ("Morrow", "Dana Morrow", "PERSON"),
          ("Corbin Vale", "Corbin Vale", "PERSON"), ("Vale", "Corbin Vale", "PERSON"),
          ("Ostmark", "Ostmark", "PLACE")]


def _subject(text: str) -> str:
    verb = text.index(" said") + 1
    ph = subject_phrase(text, 0, verb)
    assert ph is not None
    return text[ph.start:ph.end]


def test_a_bracket_after_the_name_leaves_the_name_the_subject_over_the_apposition() -> None:
    # "Rep. X (Ore.), a delegate backing Y, said": X says it, not Y, the name ending the apposition
    assert _subject("Rep. Dana Morrow (Ost.), a delegate backing Vale, said") == "Rep. Dana Morrow"
    assert _subject("Rep. Dana Morrow (D-Ost.), who backs Vale, said") == "Rep. Dana Morrow"
    # left alone: no bracket, and a bracket holding the acronym of a body
    assert _subject("Dana Morrow, a delegate backing Vale, said") == "Dana Morrow"
    assert _subject("The agency (OPA), a unit of the ministry, said") == "The agency"


def test_he_after_a_bracketed_name_with_an_apposition_is_that_person() -> None:
    text = ("Corbin Vale wants the delegates. \"They should follow the voters,\" Vale said.\n\n"
            "Few delegates agree. Rep. Dana Morrow (Ost.), a delegate backing Vale, said he has spoken to "
            "dozens of colleagues.\n\n\"The reality is that most of them are committed,\" he said.")
    rows = quotes(text, PEOPLE).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("They should follow the voters,", "Corbin Vale"),
        ("The reality is that most of them are committed,", "Dana Morrow")], rows


def test_who_said_after_a_person_of_a_place_makes_the_person_the_subject() -> None:
    people = [("Sen. Ilse Brandvold", "Ilse Brandvold", "PERSON"), ("Ostmark", "Ostmark", "PLACE"),
              ("Vale", "Corbin Vale", "PERSON"), ("Corbin Vale", "Corbin Vale", "PERSON"),
              ("Harriet Vale", "Harriet Vale", "PERSON"), ("Vale", "Harriet Vale", "PERSON")]
    text = ("Harriet Vale defended the plan on Friday. \"We followed the rules,\" she said.\n\n"
            "Vale's position was backed by Sen. Ilse Brandvold of Ostmark, the ranking member of the panel, who said "
            "none of the memos came from Vale.\n\n"
            "\"It has never made sense to blame her for what others wrote,\" she said in a statement.")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("We followed the rules,", "Harriet Vale"),
        ("It has never made sense to blame her for what others wrote,", "Ilse Brandvold")], rows
    # left alone: a place named in what the person says is not where the person is from
    text = ("Harriet Vale spoke on Friday. Sen. Ilse Brandvold said the plan would help Ostmark.\n\n"
            "\"We followed the rules,\" Vale said.")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("We followed the rules,", "Harriet Vale")], rows


def test_a_title_in_quotation_marks_closing_an_apposition_is_no_subject() -> None:
    # "X, the host of the show “Night Desk,” said": the comma inside the closing mark ends the apposition
    assert _subject("Corbin Vale, the longtime host of the radio show “Night Desk,” said") == "Corbin Vale"
    assert _subject('Corbin Vale, who wrote "The Long Winter," said') == "Corbin Vale"
    # left alone: an alias names the subject itself, and a quotation with no apposition before it
    assert _subject("In a call, Corbin Vale, the hacker known as “Nightjar,” said") == "Nightjar"
    assert _subject("Critics called the plan “a sham,” said") == "a sham"


def test_he_after_a_subject_with_a_quoted_title_in_apposition_is_the_subject() -> None:
    people = [("Corbin Vale", "Corbin Vale", "PERSON"), ("Vale", "Corbin Vale", "PERSON"),
              ("Night Desk", "Night Desk", "PERSON"), ("Lena Ortt", "Lena Ortt", "PERSON")]
    text = ("Lena Ortt runs the hall. \"We are ready,\" Lena Ortt said.\n\n"
            "Vale, the longtime host of the radio show \"Night Desk,\" said in an interview that past conventions were "
            "dull. \"You have to put some showbiz into it,\" he said.")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("We are ready,", "Lena Ortt"), ("You have to put some showbiz into it,", "Corbin Vale")], rows


def test_a_name_in_what_the_sentence_reports_is_no_antecedent_of_the_next_he() -> None:
    people = [("Amos Kettering", "Amos Kettering", "PERSON"), ("Kettering", "Amos Kettering", "PERSON"),
              ("Jon Pell", "Jon Pell", "PERSON"), ("Ledger", "Ledger", "ORG")]
    text = ("Kettering said the staff changes were normal. \"The people I have are superb,\" Kettering said.\n\n"
            "Kettering turned the story back on the Ledger, noting that the paper's Jon Pell had reported in June that "
            "the campaign was falling apart. He hoped, he said, that the paper would be more careful now.\n\n"
            "\"Apparently not,\" he said.")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("The people I have are superb,", "Amos Kettering"), ("Apparently not,", "Amos Kettering")], rows
    # left alone: the reporter who opens a sentence of his own speaks next
    text = ("Kettering said the staff changes were normal. \"The people I have are superb,\" Kettering said.\n\n"
            "The paper's Jon Pell had reported in June that the campaign was falling apart.\n\n"
            "\"We stand by the story,\" he said.")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("The people I have are superb,", "Amos Kettering"), ("We stand by the story,", "Jon Pell")], rows


def test_the_author_of_a_post_or_a_column_is_the_she_of_the_next_quotation() -> None:
    people = [("Greta Lindqvist", "Greta Lindqvist", "PERSON"), ("Tomas Arkwright", "Tomas Arkwright", "PERSON"),
              ("Arkwright", "Tomas Arkwright", "PERSON"), ("Daily Lantern", "Daily Lantern", "ORG")]
    text = ("The Daily Lantern said it would cover Arkwright's campaign as news. That coverage will come with a "
            "view, according to a post from Greta Lindqvist.\n\n"
            "\"We will cover the ways his campaign is unusual,\" she wrote.")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [
        ("We will cover the ways his campaign is unusual,", "Greta Lindqvist")], rows


def test_a_message_from_a_title_with_no_name_found_under_it_makes_no_one_salient() -> None:
    # the entity layer found no name under "Undersecretary for Transport Affairs Wenna Shore": the title alone
    # ("Undersecretary") is no one's name
    text = ("The plane had been held for a day. Staff were answering a message from Undersecretary for Transport "
            "Affairs Wenna Shore about it.\n\n\"Plane wheels up a few minutes ago,\" she wrote.")
    rows = quotes(text, []).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("Plane wheels up a few minutes ago,", "")], rows


def test_a_sentence_opening_with_said_names_its_speaker_after_the_verb() -> None:
    people = [("Nell Arbogast", "Nell Arbogast", "PERSON"), ("Tomas Arkwright", "Tomas Arkwright", "PERSON"),
              ("Arkwright", "Tomas Arkwright", "PERSON")]
    text = ("The small house on Mill Lane is now a museum. Said Nell Arbogast, who grew up with Arkwright on the "
            "street, \u201cWe were all so proud of him.\u201d")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("We were all so proud of him.", "Nell Arbogast")], rows
    # left alone: "Said to be …" is a participle opening the sentence; its subject comes after the comma
    text = ("The house is now a museum. Said to be the oldest on the street, it drew Nell Arbogast, \u201cWe were "
            "all so proud of it.\u201d")
    rows = quotes(text, people).to_dict("records")
    assert [(r["quote"], r["speaker"]) for r in rows] == [("We were all so proud of it.", "Nell Arbogast")], rows
