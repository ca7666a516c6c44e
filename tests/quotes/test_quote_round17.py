"""Quote engine, round 17: titles of works and names given to someone are no quotations ('the "Night Desk"
podcast', 'starred in "Harbor Lights"', 'known online as "Quillfox"', a title holding a number). Invented
sentences, companies and people; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import only, quotes

PEOPLE = [("Ada Quist", "Ada Quist", "PERSON"), ("Quist", "Ada Quist", "PERSON"),
          ("Tomas Brell", "Tomas Brell", "PERSON"), ("Brell", "Tomas Brell", "PERSON")]


def test_a_title_before_the_noun_of_its_work_or_its_star_is_no_quotation() -> None:
    text = ("Ada Quist, speaking to me for the \u201cNight Desk\u201d podcast, remembers the vote.\n\n"
            "\u201cHarbor Lights\u201d star Tomas Brell said the tax \u201cwould hurt every stage crew in the city.\u201d")
    rows = quotes(text, PEOPLE)
    assert list(rows["quote"]) == ["would hurt every stage crew in the city."]
    assert only(rows)["speaker"] == "Tomas Brell"
    text = "Quist appeared with the \u201cMorning Round,\u201d co-host on Monday."
    assert quotes(text, PEOPLE).empty


def test_a_title_after_starring_or_a_name_given_after_known_as_is_no_quotation() -> None:
    text = ("Brell, who starred in \u201cSea Kings\u201d and the \u201cHarbor Lights\u201d series, backed Quist.\n\n"
            "Tomas Brell, 51, known online as \u201cQuillfox,\u201d was charged on Monday.\n\n"
            "Brell wrote under the pseudonym \u201cNed Ludd\u201d for years.\n\n"
            "It began as a play called \u201cLedgers,\u201d Quist said.")
    assert quotes(text, PEOPLE).empty


def test_a_title_holding_a_number_after_the_noun_of_its_work_is_no_quotation() -> None:
    text = "Quist acted in the cable movie \u201cStorm Front 2: Landfall\u201d last spring."
    assert quotes(text, PEOPLE).empty


def test_a_quotation_before_a_common_noun_or_a_sentence_in_quotation_marks_still_counts() -> None:
    # a sentence quoted before "host"-like words that are no work's noun, and a quoted line in title case
    # with a speech verb, stay quotations
    text = "\u201cWe Will Not Back Down,\u201d Quist told the crowd, \u201cand we never have.\u201d"
    assert only(quotes(text, PEOPLE))["speaker"] == "Ada Quist"
    text = "\u201cThe budget is a disgrace,\u201d Brell said on Monday."
    assert only(quotes(text, PEOPLE))["speaker"] == "Tomas Brell"


def test_a_section_head_in_capitals_names_no_speaker() -> None:
    # a digest's section heads ("PRESS CLIPS—", "RATES STAY PUT, FOR NOW - ") are no speakers
    ents = [("PRESS CLIPS", "Press Clips", "ORG"), ("NOW", "NOW", "ORG"), ("Ada Quist", "Ada Quist", "PERSON")]
    text = ("Good morning from the newsroom.\n\n"
            "PRESS CLIPS\u2014\u201cThe harbor board will vote on the new tolls next week,\u201d by the Ledger's "
            "staff.\n\n"
            "RATES STAY PUT, FOR NOW - \u201cThe bank left its main rate unchanged for the fourth month in a row.\u201d")
    rows = quotes(text, ents)
    assert len(rows) == 2 and set(rows["speaker"]) == {""}


def test_a_transcript_turn_or_a_factbox_label_in_capitals_still_names_its_speaker() -> None:
    ents = [("ADA QUIST", "Ada Quist", "PERSON"), ("Ada Quist", "Ada Quist", "PERSON"),
            ("TOMAS BRELL", "Tomas Brell", "PERSON"), ("Tomas Brell", "Tomas Brell", "PERSON")]
    text = ("The exchange, as broadcast:\n\n"
            "ADA QUIST: \u201cWe never planned to sell the mill, and we will not sell it now.\u201d\n\n"
            "TOMAS BRELL: \u201cThen the town deserves to hear that from the board itself.\u201d")
    assert list(quotes(text, ents)["speaker"]) == ["Ada Quist", "Tomas Brell"]


def test_a_party_inside_a_description_of_one_of_its_people_does_not_speak() -> None:
    ents = [("Vell Party", "Vell Party", "ORG"), ("VP", "Vell Party", "ORG"),
            ("Vell National Committee", "Vell National Committee", "ORG")]
    # the engine keeps such a description untyped (the product shows no name for it)
    text = "\u201cThe count was rigged from the start,\u201d the VP front-runner said on Sunday."
    row = only(quotes(text, ents))
    assert row["speaker_type"] == "" and row["speaker"] != "Vell Party"
    text = "\u201cShe will have to answer for the levy,\u201d said a top Vell Party strategist."
    row = only(quotes(text, ents))
    assert (row["speaker_type"], row["speaker_mention"]) == ("", "a top Vell Party strategist")
    # a committee or an office of the party still speaks for it
    text = "\u201cWe will fund every district,\u201d a Vell National Committee member said."
    assert only(quotes(text, ents))["speaker"] == "Vell National Committee"


def test_a_label_in_quotation_marks_alone_on_its_line_is_no_quotation() -> None:
    text = ("\u201cWe will not raise the levy,\u201d Ada Quist said.\n\n"
            "\u201cMore:\u201d\n\n"
            "Harbor Board Delays Toll Vote\n\n"
            "\u201cSee also:\u201d\n\n"
            "Quist said: \u201cThe board meets again in May.\u201d")
    rows = quotes(text, PEOPLE)
    assert list(rows["quote"]) == ["We will not raise the levy,", "The board meets again in May."]


def _shown(text: str) -> dict[str, object]:
    from analysis.quotes.table import _named_only
    return only(_named_only(quotes(text, PEOPLE)))


def test_an_unnamed_source_quoted_in_full_is_the_description_without_its_determiner() -> None:
    # the construction of an anonymous source: an indefinite description of one person by role
    row = _shown("\u201cThe mill will not reopen this year,\u201d one former board member said.")
    assert (row["speaker"], row["attribution"]) == ("former board member", "adjacent")
    row = _shown("A longtime colleague, who declined to be named, put it plainly: "
                 "\u201cShe never took a day off.\u201d")
    assert row["speaker"] == "longtime colleague"
    row = _shown("\u201cNobody saw it coming,\u201d said one worker at the plant.")
    assert row["speaker"] == "worker at the plant"


def test_a_partial_quotation_relayed_by_an_unnamed_source_or_a_document_names_no_speaker() -> None:
    row = _shown("One senior manager said staff had been told the review would be \u201cquick and fair\u201d.")
    assert (row["speaker"], row["attribution"]) == ("", "none")
    row = _shown("\u201cWe regret the delay,\u201d a statement from the ferry line said.")
    assert (row["speaker"], row["attribution"]) == ("", "none")
    row = _shown("\u201cWe regret the delay,\u201d the source said.")
    assert row["speaker"] == ""
