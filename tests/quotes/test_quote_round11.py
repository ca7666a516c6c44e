"""Quote engine, round 11: a document's owner, the one asked who replies, live-blog labels, the company whose
shares open the sentence before. Invented sentences, companies and people; the entity mentions are given by hand."""

from __future__ import annotations

import pytest
from test_quote_engine import only, quotes

from analysis.quotes.words import speech_verbs

ORVALE = [("Orvale Foods", "Orvale Foods", "ORG"), ("Orvale", "Orvale Foods", "ORG")]
BREVIK = [("Oskar Brevik", "Oskar Brevik", "PERSON"), ("Brevik", "Oskar Brevik", "PERSON")]
LINDE = [("Mara Linde", "Mara Linde", "PERSON"), ("Quarrow Securities", "Quarrow Securities", "ORG"),
         ("Quarrow", "Quarrow Securities", "ORG")]


@pytest.mark.parametrize("sentence", [
    "Orvale's own 2022 annual report flagged “rising supplier risk” in the plant that later burned.",
    "Orvale's quarterly report said “supplier risk is rising” at the plant.",
    "An Orvale filing warned of “material weakness” in its controls.",
    "The Orvale statement called the outage “regrettable but isolated”.",
    "The plant was “fully insured”, according to an Orvale filing.",
])
def test_a_worded_document_speaks_for_its_owner(sentence: str) -> None:
    text = "Orvale Foods shares fell on Tuesday. " + sentence
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Foods"


def test_the_company_possessive_and_its_name_the_documents_owner() -> None:
    text = "Orvale Foods cut its forecast. The company's prospectus described the seam as “unusually stable”."
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Foods"


@pytest.mark.parametrize("sentence", [
    # a clause between the owner and the document, or another body's document: not the owner's words
    "His aide sent out a fundraising email saying “we are winning”.",
    "A Brevik campaign memo said the loss was “long expected”.",
])
def test_a_document_of_another_body_or_after_a_clause_has_no_owner(sentence: str) -> None:
    text = "Oskar Brevik spoke on Monday. " + sentence
    assert only(quotes(text, BREVIK))["speaker"] != "Oskar Brevik"


def test_flagged_is_a_speech_verb() -> None:
    assert [v[2] for v in speech_verbs("Analysts flagged the risk.", 0, 26)] == ["flagged"]


def test_the_one_asked_replies() -> None:
    text = ("Orvale's management was slow to react. When I asked the firm's chief executive, Oskar Brevik, in May "
            "whether the floods worried him, he replied that sales were “holding up”.")
    assert only(quotes(text, ORVALE + BREVIK))["speaker"] == "Oskar Brevik"


def test_a_reply_with_nobody_asked_keeps_the_usual_antecedent() -> None:
    text = ("Oskar Brevik ran the plant for years. When asked about the floods, he replied that sales were "
            "“holding up”.")
    assert only(quotes(text, BREVIK))["speaker"] == "Oskar Brevik"


@pytest.mark.parametrize("label", [
    "10:42 Quarrow's Mara Linde",
    "10:42 Mara Linde, Quarrow Securities",
    "10:42 GMT - Mara Linde of Quarrow Securities",
    "10:42 Mara Linde, analyst at Quarrow Securities",
    "From Quarrow's Mara Linde",
])
def test_a_live_blog_label_names_its_person(label: str) -> None:
    text = f"Orvale fell 4%.\n\n{label}: “The sell-off looks overdone to us.”"
    assert only(quotes(text, LINDE + ORVALE))["speaker"] == "Mara Linde"


@pytest.mark.parametrize("label", ["10:42 Orvale statement", "10:42 Orvale, in a statement"])
def test_a_live_blog_label_with_a_statement_names_its_organisation(label: str) -> None:
    text = f"Orvale fell 4%.\n\n{label}: “We are reviewing the incident.”"
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Foods"


def test_a_colon_inside_prose_is_no_label() -> None:
    # "… with Linde:" closes a clause of the paragraph's sentence; the subject of that sentence speaks
    text = ("Brevik praised the plan, called it “bold,” and contrasted it with Mara Linde: “What I have seen is a "
            "steady hand.”")
    got = quotes(text, LINDE + BREVIK)
    assert got["speaker"].tolist()[-1] == "Oskar Brevik"


def test_the_company_after_a_sentence_opening_on_its_shares() -> None:
    text = "Shares of Orvale fell 4% on Tuesday. “We remain confident in the project,” the company said."
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Foods"


def test_the_company_after_an_organisation_given_as_an_example_stays_unresolved() -> None:
    text = ("The bill drew fire from local employers such as Orvale, which opposed it. “We call on others to join "
            "us,” the company said.")
    assert only(quotes(text, ORVALE))["speaker"] != "Orvale Foods"


def _turns(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["quote"][:20]) for r in quotes(text, []).to_dict("records")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_transcript_label_in_any_script_is_a_turn() -> None:
    text = ("ANCHOR: Copper fell sharply today. Joining us is an analyst.\n\n"
            "RENÉ NÚÑEZ, ANDINA CAPITAL: This is a serious supply shock.\n\n"
            "ANCHOR: How long will it last?\n\n"
            "NÚÑEZ: Months, not weeks.\n")
    assert _turns(text) == [("René Núñez", "This is a serious su"), ("Núñez", "Months, not weeks.")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_transcript_label_with_a_dash_or_a_role_in_lower_case() -> None:
    text = ("Anchor: Copper fell sharply today.\n\n"
            "Mara Linde, chief economist at Quarrow: This is a serious supply shock.\n\n"
            "Anchor: How long will it last?\n\n"
            "MARA LINDE - HALDEN SECURITIES: Months, not weeks.\n")
    assert _turns(text) == [("Mara Linde", "This is a serious su"), ("Mara Linde", "Months, not weeks.")]


def test_a_lower_case_word_in_a_label_or_a_lower_case_role_after_one_word_is_no_turn() -> None:
    text = ("ANCHOR: Copper fell sharply today.\n\n"
            "Prices, by the way: This is a serious supply shock.\n\n"
            "Mara said what: Months, not weeks.\n\n"
            "ANCHOR: How long will it last?\n")
    assert _turns(text) == []


def test_a_role_in_lower_case_holding_a_clause_is_prose_not_a_label() -> None:
    text = ("ANCHOR: Copper fell sharply today.\n\n"
            "Mara Linde, a fund manager at Quarrow, told us: This is a serious supply shock.\n\n"
            "Mara Linde, who runs the desk, said: Months, not weeks.\n\n"
            "ANCHOR: How long will it last?\n")
    assert _turns(text) == []


def test_a_plurals_possessive_inside_single_marks_does_not_close_the_quotation() -> None:
    row = only(quotes("Orvale fell 4%. 'The workers' safety comes first,' Brevik said.", ORVALE + BREVIK))
    assert (row["quote"], row["speaker"]) == ("The workers' safety comes first,", "Oskar Brevik")


def test_a_closing_single_mark_after_a_plural_before_said_still_closes() -> None:
    text = "Orvale fell 4%. 'Ask the managers' said Brevik, 'not the workers.'"
    assert quotes(text, ORVALE + BREVIK)["quote"].tolist()[0].startswith("Ask the managers")
    assert "said Brevik" not in " ".join(quotes(text, ORVALE + BREVIK)["quote"])


def test_an_s_before_a_closing_single_mark_and_a_function_word_still_closes() -> None:
    from analysis.quotes.marks import quoted_segments

    text = "He split the board into 'Builders' and 'Doubters' last year, then said 'the analysts' view is wrong.'"
    got = [text[segs[0][0]:segs[-1][1]] for segs, _ in quoted_segments(text)]
    assert got == ["Builders", "Doubters", "the analysts' view is wrong."]


def test_the_statement_refers_back_to_the_organisation_that_issued_it() -> None:
    text = "Orvale issued a statement on Tuesday. “We are cooperating fully with the authorities,” the statement said."
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Foods"


def test_the_statement_of_no_issuer_names_no_one() -> None:
    text = "A statement was read out on Tuesday. “We are cooperating fully,” the statement said."
    assert only(quotes(text, ORVALE))["speaker"] == ""


def test_quoted_by_an_outlet_as_saying_is_the_subjects_quotation() -> None:
    outlet = [("Wexby Gazette", "Wexby Gazette", "ORG")]
    text = "Orvale fell 4%. Brevik was quoted by the Wexby Gazette as saying the mine was “structurally safe”."
    assert only(quotes(text, BREVIK + outlet + ORVALE))["speaker"] == "Oskar Brevik"


def test_a_title_in_sentence_case_after_titled_is_no_quotation() -> None:
    text = "Orvale fell 4%. Brevik's note, titled “Digging deeper”, said the stock was “uninvestable for now”."
    row = only(quotes(text, BREVIK + ORVALE))
    assert (row["quote"], row["speaker"]) == ("uninvestable for now", "Oskar Brevik")


@pytest.mark.parametrize("intro", ["expects more pain", "is more cautious", "takes a dimmer view"])
def test_a_quotation_paragraph_after_a_sentence_giving_a_persons_view_is_theirs(intro: str) -> None:
    text = f"Orvale fell 4%.\n\nMara Linde, a strategist at Quarrow, {intro}.\n\n“There is no floor yet. Sellers rule.”"
    assert only(quotes(text, LINDE + ORVALE))["speaker"] == "Mara Linde"


def test_a_quotation_paragraph_after_a_sentence_giving_no_view_has_no_speaker() -> None:
    text = "Orvale fell 4%.\n\nMara Linde is slated to speak at Quarrow later in the month.\n\n“Relationships that last.”"
    assert only(quotes(text, LINDE + ORVALE))["speaker"] == ""


@pytest.mark.parametrize("people", ["Company officials", "Company executives"])
def test_company_officials_speak_for_the_company_in_focus(people: str) -> None:
    text = f"Orvale Foods fell 4%. {people} said the plant would stay shut for “at least a month”."
    assert only(quotes(text, ORVALE))["speaker"] == "Orvale Foods"


def test_officials_with_no_company_word_stay_unnamed() -> None:
    text = "Orvale Foods fell 4%. Officials said the plant would stay shut for “at least a month”."
    assert only(quotes(text, ORVALE))["speaker"] != "Orvale Foods"


def test_a_label_with_the_workplace_in_brackets_names_the_person() -> None:
    text = "Orvale fell 4%.\n\nMara Linde (Quarrow Securities): “The balance sheet can take it.”"
    assert only(quotes(text, LINDE + ORVALE))["speaker"] == "Mara Linde"


AAS = [("Jon Pellow", "Jon Pellow", "PERSON"), ("Orvale Foods", "Orvale Foods", "ORG"), ("Orvale", "Orvale Foods", "ORG")]


@pytest.mark.parametrize("headline", ["'We got it wrong', says Orvale chief", "Orvale boss says plant 'safe to reopen'",
                                      "Orvale CEO: 'We got it wrong'"])
def test_a_headlines_company_chief_is_the_chief_executive_the_article_names(headline: str) -> None:
    text = f"{headline}\n\nOrvale chief executive Jon Pellow apologised on Tuesday."
    assert only(quotes(text, AAS))["speaker"] == "Jon Pellow"


def test_a_headlines_company_chief_with_no_chief_named_stays_unnamed() -> None:
    text = "'We got it wrong', says Orvale chief\n\nOrvale shares fell 4% on Tuesday."
    assert only(quotes(text, AAS))["speaker"] in ("", "Orvale Foods")
