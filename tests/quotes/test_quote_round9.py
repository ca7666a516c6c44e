"""Quote engine, round 9: who a pronoun can be (gender from the text and from given names), an unnamed
description next to the verb, and the speaker ranker's gender features. Invented sentences and people."""

from __future__ import annotations

from test_quote_engine import mentions, only, quotes

from analysis.quotes.antecedents import build_doc
from analysis.quotes.attribute import attribute_doc, mention_rows
from analysis.quotes.choose import FEATURES, options, read_document
from analysis.quotes.find import find_spans


def _doc(text: str, entities: list[tuple[str, str, str]]):
    rows = mention_rows(mentions(text, entities))
    return build_doc(text, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                     [r[3] for r in rows], [])


def test_an_object_pronoun_after_a_name_shows_no_gender() -> None:
    # "Orla Penrose thanked him": "him" is someone else, not Orla Penrose
    text = "Orla Penrose thanked him for the report."
    doc = _doc(text, [("Orla Penrose", "Orla Penrose", "PERSON")])
    assert "Orla Penrose" not in doc.gender


def test_a_subject_pronoun_after_a_name_still_shows_its_gender() -> None:
    text = "Orla Penrose said she would stay."
    doc = _doc(text, [("Orla Penrose", "Orla Penrose", "PERSON")])
    assert doc.gender["Orla Penrose"] == "f"


def test_a_common_given_name_gives_the_gender_the_text_does_not_show() -> None:
    text = "Karen Holbeck and Martin Vasco spoke at the hearing."
    doc = _doc(text, [("Karen Holbeck", "Karen Holbeck", "PERSON"), ("Martin Vasco", "Martin Vasco", "PERSON")])
    assert (doc.gender["Karen Holbeck"], doc.gender["Martin Vasco"]) == ("f", "m")


def test_the_given_name_outweighs_one_possessive_but_not_a_reported_pronoun() -> None:
    # a given name weighs one and a half votes (a linked surname may carry another person's given name); "X and
    # her staff" is one vote, "X said she …" three
    once = "Martin Vasco and her staff left early."
    assert _doc(once, [("Martin Vasco", "Martin Vasco", "PERSON")]).gender["Martin Vasco"] == "m"
    said = "Martin Vasco said she would appeal."
    assert _doc(said, [("Martin Vasco", "Martin Vasco", "PERSON")]).gender["Martin Vasco"] == "f"


def test_one_name_or_an_unknown_given_name_gives_no_gender() -> None:
    text = "Vasco and Zorblat Quince spoke."
    doc = _doc(text, [("Vasco", "Vasco", "PERSON"), ("Zorblat Quince", "Zorblat Quince", "PERSON")])
    assert "Vasco" not in doc.gender and "Zorblat Quince" not in doc.gender


def test_she_skips_a_man_known_by_his_given_name() -> None:
    text = ("Nadia Orlov, the mayor, met Thomas Brandt on Monday.\n\n"
            "“We will rebuild the bridge,” she said.")
    people = [("Nadia Orlov", "Nadia Orlov", "PERSON"), ("Thomas Brandt", "Thomas Brandt", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Nadia Orlov"


def test_an_unnamed_someone_next_to_the_verb_is_the_speaker_not_the_paragraph_before() -> None:
    text = ("Lena Marchbank said the town was watching the vote closely.\n\n"
            "“It is great fun to watch,” one commenter wrote.")
    row = only(quotes(text, [("Lena Marchbank", "Lena Marchbank", "PERSON")]))
    assert (row["speaker_type"], row["speaker_mention"]) == ("", "one commenter")  # no name: the app shows none
    assert row["speaker"] != "Lena Marchbank"


def test_a_named_speaker_next_to_the_verb_is_unchanged() -> None:
    text = "Lena Marchbank spoke first.\n\n“It is great fun to watch,” Omar Kettle wrote."
    people = [("Lena Marchbank", "Lena Marchbank", "PERSON"), ("Omar Kettle", "Omar Kettle", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Omar Kettle"


def test_speaker_ranker_gender_features_follow_the_rules_pronoun_for_every_candidate() -> None:
    text = "Paul Quillby said he was pleased after Nadia Orlov left. “We will rebuild the bridge,” he said."
    people = [("Nadia Orlov", "Nadia Orlov", "PERSON"), ("Paul Quillby", "Paul Quillby", "PERSON")]
    spans = find_spans(text)
    doc, rules = attribute_doc(text, spans, mention_rows(mentions(text, people)))
    by_name = {o.speaker.name: o.features for o in options(read_document(doc), spans, 0, rules)}
    agrees, clashes = FEATURES.index("gender_agrees"), FEATURES.index("gender_clashes")
    assert by_name["Paul Quillby"][agrees] == 1.0 and by_name["Paul Quillby"][clashes] == 0.0
    assert by_name["Nadia Orlov"][clashes] == 1.0 and by_name["Nadia Orlov"][agrees] == 0.0


def test_a_person_typed_as_a_place_but_opened_by_a_given_name_is_a_person() -> None:
    text = ("Karen Whitcombe, the county chair, was unsure.\n\n"
            "“Maybe we just wait,” Whitcombe said. “We're trying to be patient.” Later, he said, the vote "
            "would come.")
    people = [("Karen Whitcombe", "Karen Whitcombe", "PLACE"), ("Whitcombe", "Karen Whitcombe", "PLACE")]
    doc = _doc(text, people)
    assert set(doc.types) == {"PERSON"}
    assert set(quotes(text, people)["speaker"]) == {"Karen Whitcombe"}


def test_a_second_verb_phrase_after_but_belongs_to_the_main_clause_subject() -> None:
    text = ("Councillor Rhea Dunmore used to back fellow councillor Ivo Stannard, but now said the mayor had "
            "“the duty to unite us.”")
    people = [("Rhea Dunmore", "Rhea Dunmore", "PERSON"), ("Ivo Stannard", "Ivo Stannard", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Rhea Dunmore"


def test_the_person_after_an_unnamed_source_is_that_source_not_an_earlier_name() -> None:
    text = ("Senator Abel Cranwick met the board on Monday. Talks will go on, a senior official said.\n\n"
            "“We are not there yet,” the person said.")
    row = only(quotes(text, [("Abel Cranwick", "Abel Cranwick", "PERSON")]))
    assert (row["speaker_type"], row["speaker_mention"]) == ("", "the person")


def test_the_spokesman_after_a_named_speaker_still_refers_back() -> None:
    text = ("Abel Cranwick said the talks would go on.\n\n“We are not there yet,” the spokesman said.")
    row = only(quotes(text, [("Abel Cranwick", "Abel Cranwick", "PERSON")]))
    assert row["speaker"] == "Abel Cranwick"


def test_a_name_typed_as_an_organisation_but_opened_by_a_given_name_is_a_person() -> None:
    doc = _doc("Mark Vellacott spoke.", [("Mark Vellacott", "Mark Vellacott", "ORG")])
    assert doc.types == ["PERSON"]


def test_a_gender_vote_does_not_make_a_named_organisation_a_person() -> None:
    text = ("Teodor Anwyll ran the Harbor Community Center, and for years he kept it open.\n\n"
            "The board of the Harbor Community Center met on Monday, and he was there. "
            "“We need more room,” he said.")
    people = [("Teodor Anwyll", "Teodor Anwyll", "PERSON"),
              ("Harbor Community Center", "Harbor Community Center", "ORG")]
    assert only(quotes(text, people))["speaker"] == "Teodor Anwyll"


def test_an_age_before_a_name_is_part_of_the_phrase() -> None:
    text = ("58-year-old Ilse Marrow, a nurse from Tillburgh, backed the plan on Monday, "
            "saying it “gives us time.”")
    people = [("Ilse Marrow", "Ilse Marrow", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Ilse Marrow"


def test_a_new_sentence_whose_verb_reports_its_own_clause_is_not_the_attribution() -> None:
    text = ("“It is a sad day,” Vera Holtzby told reporters. “This is the culture of that campaign.” "
            "Mayor Ivo Stannard said he would have fired the aide.")
    people = [("Vera Holtzby", "Vera Holtzby", "PERSON"), ("Ivo Stannard", "Ivo Stannard", "PERSON")]
    assert set(quotes(text, people)["speaker"]) == {"Vera Holtzby"}


def test_a_partial_quote_in_a_clause_after_while_takes_that_clauses_subject() -> None:
    text = ("Governor Otto Brisk on Monday signed an order to close the port, while Lena Marchbank, the former mayor, "
            "proposed we “wake up and look at the tide.”")
    people = [("Otto Brisk", "Otto Brisk", "PERSON"), ("Lena Marchbank", "Lena Marchbank", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Lena Marchbank"


def test_a_subordinate_clause_with_its_own_speaker_holds_the_quote() -> None:
    text = ("Vera Holtzby weighed in on Tuesday evening, hours after Ivo Stannard said he was “encouraged” "
            "by the plan.")
    people = [("Vera Holtzby", "Vera Holtzby", "PERSON"), ("Ivo Stannard", "Ivo Stannard", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Ivo Stannard"


def test_after_a_weekday_is_no_subordinate_clause() -> None:
    text = ("Vera Holtzby said that she called Ivo Stannard after Tuesday's vote to praise what she called "
            "“a fine campaign.”")
    people = [("Vera Holtzby", "Vera Holtzby", "PERSON"), ("Ivo Stannard", "Ivo Stannard", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Vera Holtzby"


def test_an_unnamed_person_before_an_ing_verb_is_not_replaced_by_a_possessive() -> None:
    text = "One longtime operative tried to play down Otto Brisk’s remarks, saying they were “no big deal.”"
    row = only(quotes(text, [("Otto Brisk", "Otto Brisk", "PERSON")]))
    assert row["speaker"] != "Otto Brisk"


def test_a_new_sentence_whose_verb_reports_a_named_subjects_clause_is_not_the_attribution() -> None:
    text = ("In May, Acme's state director, Vera Holtzby, reached out to the firm, writing in an email: "
            "“We want this "
            "soon.” Ivo Stannard, the firm's owner, said the campaign had yet to follow up.")
    people = [("Vera Holtzby", "Vera Holtzby", "PERSON"), ("Ivo Stannard", "Ivo Stannard", "PERSON"),
              ("Acme", "Acme", "ORG")]
    assert only(quotes(text, people))["speaker"] == "Vera Holtzby"


def test_a_reply_introduced_by_to_which_is_the_replying_speakers() -> None:
    text = ("Vera Holtzby said that experts had found her plans were strong, to which Ivo Stannard interjected: "
            "“It is just not true.”")
    people = [("Vera Holtzby", "Vera Holtzby", "PERSON"), ("Ivo Stannard", "Ivo Stannard", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Ivo Stannard"


def test_he_after_a_sentence_reporting_one_persons_speech_is_that_person() -> None:
    text = ("Paul Quillby, the county chair, said Omar Kettle had hurt the party by fighting the mayor. "
            "“It has not gone well for him,” he said.")
    people = [("Paul Quillby", "Paul Quillby", "PERSON"), ("Omar Kettle", "Omar Kettle", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Paul Quillby"


def test_the_quotations_own_sentence_naming_someone_else_leaves_the_reporter_rule_out() -> None:
    text = ("Paul Quillby, his lawyer, argued that the remarks were a joke. Omar Kettle saw them differently: "
            "“I do not take that as a joke,” he said.")
    people = [("Paul Quillby", "Paul Quillby", "PERSON"), ("Omar Kettle", "Omar Kettle", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Omar Kettle"


def test_a_subject_that_declined_but_said_is_salient_for_the_next_pronoun() -> None:
    text = ("Paul Quillby, the county chair, declined to name the delegates but said one backed the plan, "
            "with a few for Omar Kettle.\n\n“The plan has support here,” he said.")
    people = [("Paul Quillby", "Paul Quillby", "PERSON"), ("Omar Kettle", "Omar Kettle", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Paul Quillby"


def test_the_editorial_board_speaks_for_the_newspaper_in_focus() -> None:
    text = ("The Tillburgh Courier has run a string of editorials on the bridge.\n\n"
            "“The plan is a costly mistake,” the editorial board wrote.")
    row = only(quotes(text, [("Tillburgh Courier", "Tillburgh Courier", "ORG")]))
    assert (row["speaker"], row["attribution"]) == ("Tillburgh Courier", "coreference")


def test_a_pronoun_opening_what_a_name_said_outweighs_a_possessive_after_it() -> None:
    text = ("Orla Penrose said she would stay. Teodor Anwyll thanked Orla Penrose and his own staff. "
            "Later Teodor Anwyll praised Orla Penrose and his team.")
    people = [("Orla Penrose", "Orla Penrose", "PERSON"), ("Teodor Anwyll", "Teodor Anwyll", "PERSON")]
    assert _doc(text, people).gender["Orla Penrose"] == "f"


def test_he_opening_the_next_sentence_after_one_persons_report_is_that_person() -> None:
    text = ("Paul Quillby, the county chair, said Omar Kettle had hurt the party. "
            "He added: “It has not gone well.”")
    people = [("Paul Quillby", "Paul Quillby", "PERSON"), ("Omar Kettle", "Omar Kettle", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Paul Quillby"


def test_the_senator_after_one_persons_report_is_that_person() -> None:
    text = ("Omar Kettle spoke first. Paul Quillby said Omar Kettle had lost the vote. "
            "“It is over,” the senator said.")
    people = [("Paul Quillby", "Paul Quillby", "PERSON"), ("Omar Kettle", "Omar Kettle", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Paul Quillby"


def test_a_speaker_with_a_long_apposition_is_still_the_subject_of_said() -> None:
    text = ("Omar Kettle spoke at the fair. Paul Quillby, the chairman of the county party in the northern district of "
            "the state, who has led the party for more than a decade and a half, for example, said Kettle had hurt the "
            "party by fighting Kettle's rivals. “It has not gone well for him,” he said.")
    people = [("Paul Quillby", "Paul Quillby", "PERSON"), ("Omar Kettle", "Omar Kettle", "PERSON"),
              ("Kettle", "Omar Kettle", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Paul Quillby"
