"""Quote engine: quotation spans, speakers for every attribution construction, clustering.

Hand-written sentences, one construction per test; the entity mentions are given by hand (the engine takes
them as input and detects no names itself)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.quotes.cluster import cluster_quotes
from analysis.quotes.find import QUOTE_COLUMNS, find_corpus_quotes, find_quotes


def mentions(text: str, entities: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Every word-bounded occurrence of each (surface, canonical name, type) in ``text``."""
    rows = []
    for surface, name, etype in entities:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            rows.append({"start": m.start(), "end": m.end(), "surface": surface, "name": name, "type": etype})
    frame = pd.DataFrame(rows, columns=["start", "end", "surface", "name", "type"])
    return frame.sort_values("start").drop_duplicates("start", keep="last").reset_index(drop=True)


def quotes(text: str, entities: list[tuple[str, str, str]] | None = None) -> pd.DataFrame:
    return find_quotes(text, mentions(text, entities or []))


def only(frame: pd.DataFrame) -> dict[str, object]:
    assert len(frame) == 1, frame.to_dict("records")
    return frame.iloc[0].to_dict()


PENCE = [("Pence", "Mike Pence", "PERSON"), ("Mike Pence", "Mike Pence", "PERSON")]


def test_columns_and_offsets() -> None:
    text = 'Pence spoke.\n\n"We will win this state," Pence said.'
    q = quotes(text, PENCE)
    assert list(q.columns) == QUOTE_COLUMNS
    row = only(q)
    assert text[row["start"]:row["end"]] == "We will win this state,"
    got = tuple(row[c] for c in ("quote", "kind", "speaker", "speaker_type", "speaker_mention", "attribution"))
    assert got == ("We will win this state,", "direct", "Mike Pence", "PERSON", "Pence", "adjacent")


def test_speaker_after_quote_curly_marks() -> None:
    row = only(quotes("“The economy is strong,” Pence said on Monday.", PENCE))
    assert (row["quote"], row["speaker"]) == ("The economy is strong,", "Mike Pence")


def test_speaker_before_quote_with_colon() -> None:
    row = only(quotes('Pence said: "The economy is strong and getting stronger."', PENCE))
    assert (row["speaker"], row["kind"]) == ("Mike Pence", "direct")


def test_inverted_said_x_with_title_and_party() -> None:
    text = '"We will not back down," said Sen. Ted Cruz, R-Texas.'
    row = only(quotes(text, [("Ted Cruz", "Ted Cruz", "PERSON")]))
    assert (row["speaker"], row["speaker_mention"]) == ("Ted Cruz", "Sen. Ted Cruz")


def test_x_told_y() -> None:
    row = only(quotes('"It is over for them," Pence told reporters in Ohio.', PENCE))
    assert row["speaker"] == "Mike Pence"


def test_according_to_x() -> None:
    text = 'According to Clinton, "the plan is dead on arrival."'
    row = only(quotes(text, [("Clinton", "Hillary Clinton", "PERSON")]))
    assert (row["speaker"], row["attribution"]) == ("Hillary Clinton", "according-to")


def test_according_to_a_statement_names_no_one() -> None:
    row = only(quotes('According to a statement, "the review is complete and closed."'))
    assert (row["speaker"], row["attribution"]) == ("", "none")


def test_said_in_a_statement_by_the_company() -> None:
    text = 'Acme Corp recalled its heaters.\n\n"We are reviewing the matter closely," the company said in a statement.'
    row = only(quotes(text, [("Acme Corp", "Acme Corp", "ORG")]))
    assert (row["speaker"], row["speaker_type"], row["speaker_mention"], row["attribution"]) == (
        "Acme Corp", "ORG", "the company", "coreference")


def test_wrote_in_a_post_on_a_platform() -> None:
    text = 'Musk wrote in a post on Twitter: "This is simply wrong and they know it."'
    row = only(quotes(text, [("Musk", "Elon Musk", "PERSON"), ("Twitter", "Twitter", "ORG")]))
    assert row["speaker"] == "Elon Musk"


def test_split_quote_is_one_quotation() -> None:
    text = 'Warren spoke in Boston.\n\n"The banks won this round," she said, "but the fight is not over."'
    row = only(quotes(text, [("Warren", "Elizabeth Warren", "PERSON")]))
    assert row["quote"] == "The banks won this round, but the fight is not over."
    assert (row["speaker"], row["speaker_mention"]) == ("Elizabeth Warren", "she")


def test_multi_paragraph_quote_runs_on() -> None:
    text = ('Obama said in his speech: "We have come a long way.\n\n'
            '"And we still have a long way to go."\n\nThe crowd cheered.')
    row = only(quotes(text, [("Obama", "Barack Obama", "PERSON")]))
    assert row["quote"] == "We have come a long way. And we still have a long way to go."
    assert row["speaker"] == "Barack Obama"


def test_partial_quote_inside_paraphrase() -> None:
    text = 'Powell said the economy was in "a very good place" despite the risks.'
    row = only(quotes(text, [("Powell", "Jerome Powell", "PERSON")]))
    assert (row["quote"], row["kind"], row["speaker"]) == ("a very good place", "partial", "Jerome Powell")


def test_called_it_partial_quote() -> None:
    text = 'Sanders called the deal "a disaster for working families."'
    row = only(quotes(text, [("Sanders", "Bernie Sanders", "PERSON")]))
    assert (row["kind"], row["speaker"]) == ("partial", "Bernie Sanders")


def test_he_goes_to_the_nearest_subject_person_not_the_object() -> None:
    text = ('Trump attacked Clinton on Tuesday at a rally in Ohio.\n\n'
            '"She has no energy left," he said.')
    row = only(quotes(text, [("Trump", "Donald Trump", "PERSON"), ("Clinton", "Hillary Clinton", "PERSON")]))
    assert (row["speaker"], row["attribution"]) == ("Donald Trump", "coreference")


def test_she_follows_gender_shown_by_the_text() -> None:
    text = ('Clinton said her plan would help. Sanders said his own plan was better.\n\n'
            '"We can afford it," she said.')
    row = only(quotes(text, [("Clinton", "Hillary Clinton", "PERSON"), ("Sanders", "Bernie Sanders", "PERSON")]))
    assert row["speaker"] == "Hillary Clinton"


@pytest.mark.parametrize("description", ["the bank", "the newspaper", "the agency", "it"])
def test_organisation_descriptions_resolve_to_the_organisation(description: str) -> None:
    text = f'Goldman Sachs reported its results on Tuesday.\n\n"Our clients were active," {description} said.'
    row = only(quotes(text, [("Goldman Sachs", "Goldman Sachs", "ORG")]))
    assert (row["speaker"], row["speaker_type"]) == ("Goldman Sachs", "ORG")


def test_description_does_not_take_a_person_for_an_organisation() -> None:
    text = ('Jamie Dimon spoke to investors.\n\n"Our clients were active," the bank said.')
    row = only(quotes(text, [("Jamie Dimon", "Jamie Dimon", "PERSON")]))
    assert row["speaker"] != "Jamie Dimon"


def test_titles_and_roles_are_stripped() -> None:
    text = '"Rates will stay high for some time," Fed Chair Jerome Powell said.'
    assert only(quotes(text, [("Jerome Powell", "Jerome Powell", "PERSON")]))["speaker"] == "Jerome Powell"
    assert only(quotes(text))["speaker"] == "Jerome Powell"  # no mention: the capitalised phrase by the verb


def test_organisation_as_speaker() -> None:
    row = only(quotes('"We take safety very seriously," Boeing said.', [("Boeing", "Boeing", "ORG")]))
    assert (row["speaker"], row["speaker_type"]) == ("Boeing", "ORG")


def test_next_quote_of_the_paragraph_keeps_the_speaker() -> None:
    text = '"It is going well so far," Ross said. "Police are out there doing their jobs."'
    q = quotes(text, [("Ross", "Richard Ross", "PERSON")])
    assert q["speaker"].tolist() == ["Richard Ross", "Richard Ross"]
    assert q["attribution"].tolist() == ["adjacent", "coreference"]


def test_scare_quotes_titles_and_nicknames_are_not_quotations() -> None:
    assert quotes('The so-called "experts" were wrong again.').empty
    assert quotes('He wrote the book "The Art of the Deal" in 1987.').empty
    assert quotes('Dwayne "The Rock" Johnson was there.').empty


def test_unattributed_quote_has_no_speaker() -> None:
    row = only(quotes('The sign on the door was plain.\n\n"Nothing here is for sale today."'))
    assert (row["speaker"], row["attribution"]) == ("", "none")


def test_straight_and_curly_apostrophes_do_not_open_quotes() -> None:
    text = "Trump’s aides didn't comment. \"We're done,\" Trump said."
    row = only(quotes(text, [("Trump", "Donald Trump", "PERSON")]))
    assert (row["quote"], row["speaker"]) == ("We're done,", "Donald Trump")


def test_find_corpus_quotes_matches_per_document() -> None:
    docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ['"We will win this state," Pence said.', "No quotes here."]})
    m = mentions(docs["text"][0], PENCE).assign(doc_id="a")
    out = find_corpus_quotes(docs, m)
    assert out["doc_id"].tolist() == ["a"]
    assert out.drop(columns="doc_id").equals(find_quotes(docs["text"][0], m.drop(columns="doc_id")))


def test_cluster_quotes_exact_excerpt_and_variant() -> None:
    frame = pd.DataFrame({
        "doc_id": ["d1", "d2", "d3", "d4", "d5"],
        "quote": ["We will build the wall and Mexico will pay for it.",
                  "We will build the wall and Mexico will pay for it.",
                  "Mexico will pay for it",
                  "Nothing about this deal is fair to our workers.",
                  "We will build a wall, and Mexico will pay for it."],
    })
    out = cluster_quotes(frame)
    assert out["cluster_id"].tolist() == ["Q001", "Q001", "Q001", "Q002", "Q001"]
    assert out["representative"].iloc[2] == "We will build the wall and Mexico will pay for it."
    assert out["fidelity"].tolist()[:3] == [100.0, 100.0, 100.0]
    assert 80.0 <= out["fidelity"].iloc[4] < 100.0
    assert out["fidelity"].iloc[3] == 100.0


def test_cluster_quotes_empty() -> None:
    out = cluster_quotes(pd.DataFrame({"doc_id": [], "quote": []}))
    assert list(out.columns) == ["doc_id", "quote", "cluster_id", "fidelity", "representative"]


def test_fragments_of_one_sentence_are_one_quotation() -> None:
    text = 'Bush said Trump is a "loser," a "liar" and a "whiner."'
    row = only(quotes(text, [("Bush", "Jeb Bush", "PERSON"), ("Trump", "Donald Trump", "PERSON")]))
    assert (row["quote"], row["speaker"]) == ("loser, … liar … whiner.", "Jeb Bush")


def test_participle_takes_the_main_clause_subject() -> None:
    text = 'Before the vote, Trump attacked Bush, calling him "a total stiff with no energy."'
    row = only(quotes(text, [("Bush", "Jeb Bush", "PERSON"), ("Trump", "Donald Trump", "PERSON")]))
    assert row["speaker"] == "Donald Trump"


def test_attribution_closing_a_longer_sentence() -> None:
    text = '"We are frustrated and horrified" by the shooting at the club, Nefzi said.'
    assert only(quotes(text))["speaker"] == "Nefzi"


def test_nested_report_goes_to_the_outer_speaker() -> None:
    text = 'Israel said Clinton called on members to be "closely coordinated."'
    row = only(quotes(text, [("Israel", "Steve Israel", "PERSON"), ("Clinton", "Hillary Clinton", "PERSON")]))
    assert row["speaker"] == "Steve Israel"


def test_question_then_speaker_and_apposition_with_age() -> None:
    text = '"What kind of people do I have here?" Trump asked, laughing.\n\n"We were wrong," Ramos, 58, told AFP.'
    q = quotes(text, [("Trump", "Donald Trump", "PERSON"), ("Ramos", "Jorge Ramos", "PERSON"), ("AFP", "AFP", "ORG")])
    assert q["speaker"].tolist() == ["Donald Trump", "Jorge Ramos"]
