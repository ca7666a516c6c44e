"""Quote engine, round 13: the subject of the sentence before a pronoun that reports a quotation. A name that
only modifies the person named after it through a role noun is not the subject ("Quennell adviser Tomas Vrettos"),
and a name right before a verb in the past tense is ("Ostrova expressed concern that …").
Invented sentences, companies and people; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import only, quotes

from analysis.quotes.antecedents import build_doc, modifies_name, opens_sentence


def _doc(text: str, names: list[tuple[str, str, str]]):
    spans = []
    for surface, name, etype in names:
        start = 0
        while (at := text.find(surface, start)) >= 0:
            spans.append((at, at + len(surface), name, etype))
            start = at + len(surface)
    spans.sort()
    return build_doc(text, [s[0] for s in spans], [s[1] for s in spans], [s[2] for s in spans],
                     [s[3] for s in spans], [])


ADVISER = [("Ray Quennell", "Ray Quennell", "PERSON"), ("Quennell", "Ray Quennell", "PERSON"),
           ("Tomas Vrettos", "Tomas Vrettos", "PERSON")]


def test_a_name_modifying_the_person_after_it_is_not_the_subject() -> None:
    text = ("Senator Ray Quennell toured the mill on Monday.\n\nQuennell adviser Tomas Vrettos, the campaign's "
            "longtime pollster, picked up the thread at the time. \u201cVoters are tired of waiting,\u201d he said.")
    assert only(quotes(text, ADVISER))["speaker"] == "Tomas Vrettos"
    at = [text.index("Ray Quennell"), text.index("Quennell adviser"), text.index("Tomas Vrettos")]
    ends = [at[0] + len("Ray Quennell"), at[1] + len("Quennell"), at[2] + len("Tomas Vrettos")]
    doc = build_doc(text, at, ends, ["Ray Quennell", "Ray Quennell", "Tomas Vrettos"], ["PERSON"] * 3, [])
    i = 1
    assert modifies_name(doc, i) and not opens_sentence(doc, i) and opens_sentence(doc, i + 1)


def test_a_possessive_and_a_role_before_a_name_also_modify_it() -> None:
    ents = [("Corvel Mining", "Corvel Mining", "ORG"), ("Ida Mireva", "Ida Mireva", "PERSON"),
            ("Anton Kestrin", "Anton Kestrin", "PERSON")]
    text = ("Anton Kestrin, a union steward, met the board in May.\n\nCorvel Mining's chief executive Ida Mireva "
            "walked the site on Friday. \u201cWe will reopen the east shaft,\u201d she said.")
    assert only(quotes(text, ents))["speaker"] == "Ida Mireva"


VARGA = [("Nell Ostrova", "Nell Ostrova", "PERSON"), ("Ostrova", "Nell Ostrova", "PERSON"),
         ("Ilse Skellig", "Ilse Skellig", "PERSON"), ("Skellig", "Ilse Skellig", "PERSON")]


def test_a_name_before_a_verb_in_the_past_tense_is_the_subject_a_pronoun_goes_back_to() -> None:
    text = ("Nell Ostrova met the mayor, Ilse Skellig, on Monday. \u201cThe meeting went well for everyone,\u201d "
            "Ostrova said.\n\nIn a letter to the council last week, Ostrova expressed concern that Skellig would cut "
            "the parks budget.\n\n"
            "She wrote, \u201cThe parks cannot take another cut.\u201d")
    rows = quotes(text, VARGA).to_dict("records")
    assert [r["speaker"] for r in rows] == ["Nell Ostrova", "Nell Ostrova"]


def test_a_participle_of_a_passive_is_no_subject() -> None:
    doc = _doc("Skellig, backed by the unions, won. Ostrova quietly conceded the race.",
               [("Skellig", "Ilse Skellig", "PERSON"), ("Ostrova", "Nell Ostrova", "PERSON")])
    assert opens_sentence(doc, 1)  # "Ostrova quietly conceded"
    doc = _doc("The council thanked Skellig. The vote went to Ostrova backed by the unions.",
               [("Skellig", "Ilse Skellig", "PERSON"), ("Ostrova", "Nell Ostrova", "PERSON")])
    assert not opens_sentence(doc, 0) and not opens_sentence(doc, 1)


SETTING = [("Jane Roe", "Jane Roe", "PERSON"), ("Roe", "Jane Roe", "PERSON"), ("Ardwyn", "Ardwyn", "PLACE"),
           ("Vistal", "Vistal", "ORG"), ("Acme Bank", "Acme Bank", "ORG")]


def test_where_it_was_said_between_a_subject_and_its_verb_leaves_the_subject() -> None:
    for setting in ("in a statement", "on Vistal", "in her speech in Ardwyn", "during the hearing"):
        text = f"The vote was close. Roe {setting} called the plan \u201ca giveaway\u201d and left."
        assert only(quotes(text, SETTING))["speaker"] == "Jane Roe", setting
    text = "The protest grew after Roe in her speech called the strikers \u201cheroes\u201d and left."
    assert only(quotes(text, SETTING))["speaker"] == "Jane Roe"


def test_a_place_phrase_after_a_verb_is_no_setting_of_a_subject() -> None:
    text = "Roe included Acme Bank on a list of lenders he said had been \u201creckless\u201d for years."
    assert only(quotes(text, SETTING))["speaker"] != "Acme Bank"
    text = "Analysts at Acme Bank wrote that the plan was \u201ca giveaway\u201d for builders."
    assert only(quotes(text, SETTING))["speaker"] == "Acme Bank"


CROWD = [("Ray Quennell", "Ray Quennell", "PERSON"), ("Quennell", "Ray Quennell", "PERSON"),
         ("Jane Roe", "Jane Roe", "PERSON")]


def test_a_definite_description_taking_up_an_unnamed_person_names_no_one() -> None:
    text = ("Ray Quennell toured the mill town on Friday.\n\nOne man in the crowd, responding to Quennell, interrupted "
            "the candidate:\n\n\u201cYou closed the plant and walked away,\u201d the man shouted.")
    row = only(quotes(text, CROWD))
    assert row["speaker_type"] == "" and row["speaker_mention"] == "the man"
    text = ("Quennell will change his approach, a source close to him said.\n\n\u201cHe has learned from the "
            "primary and will listen more,\u201d the source said.")
    row = only(quotes(text, CROWD))
    assert row["speaker_type"] == "" and row["speaker_mention"] == "the source"


def test_a_described_person_named_in_apposition_or_after_another_speaker_is_not_taken_up() -> None:
    text = ("Ray Quennell met a voter, Jane Roe, at the mill.\n\n\u201cYou closed the plant and walked away,\u201d "
            "the voter said.")
    assert only(quotes(text, CROWD))["speaker_type"] == "PERSON"  # taken back to a named person, not left unnamed
    text = ("One man in the crowd heckled. Ray Quennell said the plant would reopen.\n\n\u201cYou closed the plant "
            "and walked away,\u201d the man said.")
    assert only(quotes(text, CROWD))["speaker_type"] == "PERSON"


HEARSAY = [("Ray Quennell", "Ray Quennell", "PERSON"), ("Quennell", "Ray Quennell", "PERSON"),
           ("Jane Roe", "Jane Roe", "PERSON"), ("Roe", "Jane Roe", "PERSON")]


def test_a_passive_report_or_name_is_no_quotation_of_its_subject() -> None:
    for clause in ("Quennell was said to be", "Quennell is said to have been", "Quennell is widely reported to be"):
        text = f"The vote went against him, and {clause} \u201cfurious\u201d with the board."
        assert only(quotes(text, HEARSAY))["speaker"] == "", clause
    text = "Quennell and Roe met at what is called a \u201cdebate\u201d but is really a press conference."
    assert only(quotes(text, HEARSAY))["speaker"] == ""
    text = "Roe has been called the \u201cgreat survivor\u201d of the county's politics."
    assert only(quotes(text, HEARSAY))["speaker"] == ""


def test_a_passive_with_its_agent_or_a_reported_speech_verb_keeps_the_speaker() -> None:
    text = "The plan was called \u201ca giveaway\u201d by Quennell on Monday."
    assert only(quotes(text, HEARSAY))["speaker"] == "Ray Quennell"
    text = "Quennell is reported to have called the board \u201ca rubber stamp\u201d in a meeting."
    assert only(quotes(text, HEARSAY))["speaker"] == "Ray Quennell"
    text = "Quennell called the plan \u201ca giveaway\u201d and left."
    assert only(quotes(text, HEARSAY))["speaker"] == "Ray Quennell"


def test_so_called_with_a_broken_hyphen_is_no_speech_verb() -> None:
    from analysis.quotes.words import speech_verbs
    for text in ("the so- called plan", "the so called plan", "the so-called plan"):
        assert speech_verbs(text, 0, len(text)) == [], text


def test_a_role_with_of_before_a_name_and_a_person_known_as_a_name() -> None:
    ents = [("Jane Roe", "Jane Roe", "PERSON"), ("Tom Dace", "Tom Dace", "PERSON")]
    text = "\u201cWelcome to the new hall,\u201d said master of ceremonies Jane Roe, a retired teacher."
    assert only(quotes(text, ents))["speaker"] == "Jane Roe"
    text = ("\u201cThere never was an order to wait,\u201d said the station chief known as Tom, speaking for the "
            "first time.")
    row = only(quotes(text, ents))
    assert row["speaker"] == "Tom" and row["speaker_type"] == "PERSON"
    text = "\u201cThe lease was never signed,\u201d said a lawyer named Tom Dace."
    assert only(quotes(text, ents))["speaker"] == "Tom Dace"
    text = "\u201cThe lease was never signed,\u201d said none of the lawyers."
    assert only(quotes(text, ents))["speaker"] == ""


def test_a_speech_verb_in_a_relative_clause_is_the_named_persons() -> None:
    ents = [("Ana Tovalle", "Ana Tovalle", "PERSON"), ("Tovalle", "Ana Tovalle", "PERSON"),
            ("Mark Brisby", "Mark Brisby", "PERSON"), ("Brisby", "Mark Brisby", "PERSON")]
    text = "Tovalle disagreed with Brisby, who had called the merger plan \u201ca bold bet\u201d on Monday."
    assert only(quotes(text, ents))["speaker"] == "Mark Brisby"
    text = ("The board sided with Ana Tovalle, who last week described the merger as \u201ca bold bet\u201d for "
            "the firm.")
    assert only(quotes(text, ents))["speaker"] == "Ana Tovalle"
    text = "Brisby said Tovalle, who chairs the board, had \u201cno say\u201d in the matter."
    assert only(quotes(text, ents))["speaker"] == "Mark Brisby"  # the relative clause holds no speech verb


def test_a_name_in_a_reported_clause_is_not_the_subject_a_pronoun_goes_back_to() -> None:
    text = ("Nell Ostrova said on Monday that Ilse Skellig approved the cuts last week.\n\n"
            "\u201cThe parks cannot take another cut,\u201d she said.")
    assert only(quotes(text, VARGA))["speaker"] == "Nell Ostrova"
    doc = _doc("Ostrova said Skellig approved the cuts.",
               [("Ostrova", "Nell Ostrova", "PERSON"), ("Skellig", "Ilse Skellig", "PERSON")])
    assert opens_sentence(doc, 0) and not opens_sentence(doc, 1)


def test_the_main_clause_after_a_subordinate_one_inside_the_sentence_comes_first() -> None:
    text = ("Some in the hall booed, and when Quennell thanked the town and said it was good to be home, a man "
            "yelled \u201cStay there!\u201d")
    row = only(quotes(text, ADVISER))
    assert row["speaker_type"] == "" and row["speaker_mention"] == "a man"
    text = ("The hall went quiet, and when Quennell said it was good to be home, Tomas Vrettos shouted "
            "\u201cStay there!\u201d")
    assert only(quotes(text, ADVISER))["speaker"] == "Tomas Vrettos"


def test_a_pronoun_taking_up_a_spokesperson_of_its_sentence_speaks_for_the_organisation() -> None:
    ents = [("Vela Motors", "Vela Motors", "ORG"), ("Ana Tovalle", "Ana Tovalle", "PERSON")]
    text = "A Vela Motors spokeswoman declined to comment on what she called \u201cmarket rumours\u201d."
    assert only(quotes(text, ents))["speaker"] == "Vela Motors"
    from analysis.quotes.phrases import Phrase
    from analysis.quotes.speakers import _press_subject
    text = "A Vela Motors spokeswoman said Ana Tovalle had left, and what she called the plan was unclear."
    at = [text.index("Vela Motors"), text.index("Ana Tovalle")]
    doc = build_doc(text, at, [at[0] + len("Vela Motors"), at[1] + len("Ana Tovalle")], ["Vela Motors", "Ana Tovalle"],
                    ["ORG", "PERSON"], [])
    she = text.index("she called")
    assert _press_subject(doc, Phrase("pronoun", she, she + 3, she, she + 3, head="she")) is None
