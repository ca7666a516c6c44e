"""Quote engine, round 19: constructions of English news attribution found failing by invented CheckList-style
probes (one construction per probe, fictional companies and people), each rule checked on real text by others.
The entity mentions are given by hand."""

from __future__ import annotations

from analysis.quotes.words import SENTENCE_BREAK, is_sentence_break
from test_quote_engine import quotes


def _breaks(text: str) -> list[str]:
    return [text[:m.start() + 1].rsplit(" ", 1)[-1] for m in SENTENCE_BREAK.finditer(text)
            if is_sentence_break(text, m) and m.end() < len(text)]


def test_a_legal_form_place_or_clock_time_ends_the_sentence_before_a_word_that_only_opens_one() -> None:
    assert _breaks("The order went to Harnbeck Ltd. It said the plant would run. Fine.") == ["Ltd.", "run."]
    assert _breaks("The vote ends at 6 p.m. She said she would wait.") == ["p.m."]
    assert _breaks("She moved back to the U.S. The job was in Austin.") == ["U.S."]
    assert _breaks('A trader at Corran Securities Co. "Volumes are thin," she said.') == ["Co."]
    # the same dots inside a sentence stay: a name, a title, a lower-case quotation
    assert _breaks("Harnbeck Ltd. Chief Executive Ida Hahn spoke.") == []
    assert _breaks("Mr. He Wen and Dr. The Tran spoke.") == []
    assert _breaks('Officials in the U.S. "plainly" erred.') == []


def test_a_second_quotation_after_a_sentence_ending_in_a_legal_form_is_its_own_row() -> None:
    ents = [("Ida Hahn", "Ida Hahn", "PERSON"), ("Brackwater Inc.", "Brackwater", "ORG")]
    text = ("\u201cThe deal closes in June,\u201d said Ida Hahn, chief executive of Brackwater Inc. "
            "\u201cAfter that we integrate.\u201d")
    q = quotes(text, ents)
    assert list(q["quote"]) == ["The deal closes in June,", "After that we integrate."]
    assert set(q["speaker"]) == {"Ida Hahn"}


def test_a_colon_quotation_after_a_sentence_ending_in_a_legal_form_is_the_new_subjects() -> None:
    ents = [("Tove Berg", "Tove Berg", "PERSON"), ("Linnet & Co.", "Linnet & Co.", "ORG"),
            ("Paul Grey", "Paul Grey", "PERSON"), ("Orrell Capital", "Orrell Capital", "ORG")]
    text = ("\u201cWe are cautious,\u201d said Tove Berg of Linnet & Co. But Paul Grey at Orrell Capital disagreed: "
            "\u201cBuy the dip.\u201d")
    q = quotes(text, ents)
    assert list(q["speaker"]) == ["Tove Berg", "Paul Grey"]


def test_an_agency_that_quoted_someone_as_saying_gives_the_one_quoted() -> None:
    ents = [("Pavel Kral", "Pavel Kral", "PERSON"), ("Example Daily", "Example Daily", "ORG"),
            ("Karl Weiss", "Karl Weiss", "PERSON"), ("Holt Bank", "Holt Bank", "ORG")]
    text = "The state news agency quoted Energy Minister Pavel Kral as saying: \u201cSupplies are secure.\u201d"
    assert quotes(text, ents).iloc[0]["speaker"] == "Pavel Kral"
    text = ("Example Daily quoted Holt Bank chief executive Karl Weiss as saying that rates would \u201cstay higher "
            "for longer\u201d.")
    assert quotes(text, ents).iloc[0]["speaker"] == "Karl Weiss"
    # an object pronoun takes up the person named before
    text = ("Pavel Kral visited the pipeline on Monday. Example Daily quoted him as telling workers: \u201cThe gas "
            "will flow.\u201d")
    assert quotes(text, ents).iloc[0]["speaker"] == "Pavel Kral"
    # the passive form keeps its reading
    text = "Pavel Kral was quoted by Example Daily as saying: \u201cThere is no shortage.\u201d"
    assert quotes(text, ents).iloc[0]["speaker"] == "Pavel Kral"


def test_a_quotation_after_a_verb_of_adding_is_a_report_of_its_own_not_the_rest_of_a_split_one() -> None:
    ents = [("Ana Ruiz", "Ana Ruiz", "PERSON")]
    for join in ("adding:", "adding,", "before adding:", "and added:", "then added,"):
        text = f"\u201cWe are close,\u201d Ana Ruiz said, {join} \u201cBut we are not there yet.\u201d"
        q = quotes(text, ents)
        assert list(q["quote"]) == ["We are close,", "But we are not there yet."], join
        assert set(q["speaker"]) == {"Ana Ruiz"}
    # one report split by its attribution stays one quotation
    text = "\u201cWe are close,\u201d Ana Ruiz said, \u201cbut we are not there yet.\u201d"
    assert list(quotes(text, ents)["quote"]) == ["We are close, but we are not there yet."]


def test_an_organisation_whose_name_opens_with_a_given_name_stays_an_organisation() -> None:
    # "Vernon Air" is typed an organisation and ends in a word only organisations' names end in: a role that takes
    # up a person ("the chief executive") is the person named before, not the airline
    ents = [("Ruth Caldry", "Ruth Caldry", "PERSON"), ("Vernon Air", "Vernon Air", "ORG")]
    text = ("Vernon Air appointed Ruth Caldry as chief executive in May. \u201cThe airline needs a reset,\u201d the "
            "new chief executive said on Thursday.")
    assert quotes(text, ents).iloc[0]["speaker"] == "Ruth Caldry"
    # a given name typed an organisation with no such last word is still read as the person it is
    ents = [("Ruth Caldry", "Ruth Caldry", "ORG")]
    text = "Ruth Caldry spoke on Monday. \u201cWe will be fine,\u201d she said."
    assert quotes(text, ents).iloc[0]["speaker"] == "Ruth Caldry"


def test_a_fragment_after_a_verb_of_adding_is_its_own_row_not_joined_to_the_quotation_before() -> None:
    ents = [("Ulla Moe", "Ulla Moe", "PERSON"), ("Tessel Bank", "Tessel Bank", "ORG")]
    text = ("\u201cCosts are under control,\u201d said Tessel Bank chief executive Ulla Moe, adding that the bank "
            "would \u201ckeep investing\u201d in branches.")
    q = quotes(text, ents)
    assert list(q["quote"]) == ["Costs are under control,", "keep investing"]
    assert set(q["speaker"]) == {"Ulla Moe"}
    # fragments of one report stay one row
    text = "Ulla Moe called the plan \u201cbold\u201d, \u201cfair\u201d and \u201coverdue\u201d."
    assert len(quotes(text, ents)) == 1


def test_a_title_in_title_case_right_after_the_noun_of_a_work_is_no_quotation() -> None:
    ents = [("Rita Olesk", "Rita Olesk", "PERSON")]
    for text in ("Former banker Rita Olesk has written a memoir, \u201cCounting Other People\u2019s Money,\u201d which "
                 "comes out in May.",
                 "Rita Olesk wrote about it in her memoir, \u201cQuiet Ledgers.\u201d",
                 "Rita Olesk hosts the podcast \u201cWell, Here We Are.\u201d",
                 "Rita Olesk appeared in a documentary, \u201cHarbour Nights,\u201d last year.",
                 "Rita Olesk starred in a play, \u201cLanterns.\u201d"):
        assert quotes(text, ents).empty, text
    # what is said of a work stays a quotation
    for text in ("Rita Olesk said of the show, \u201cBrilliant.\u201d",
                 "Rita Olesk discussed the show, saying: \u201cWe are proud of it.\u201d"):
        assert len(quotes(text, ents)) == 1, text


def test_typewriter_marks_open_with_two_backticks_and_close_with_two_apostrophes() -> None:
    from analysis.quotes.marks import typewriter_marks

    ents = [("Rita Olesk", "Rita Olesk", "PERSON")]
    text = "``We will appeal the ruling,'' Rita Olesk said on Monday. ``It was unfair.''"
    assert len(typewriter_marks(text)) == len(text)
    q = quotes(text, ents)
    assert list(q["quote"]) == ["We will appeal the ruling,", "It was unfair."]
    assert [text[a:b] for a, b in zip(q["start"], q["end"])] == list(q["quote"])
    assert set(q["speaker"]) == {"Rita Olesk"}
    row = quotes("Rita Olesk called the ruling ``an act of spite.''", ents).iloc[0]
    assert (row["quote"], row["kind"], row["speaker"]) == ("an act of spite.", "partial", "Rita Olesk")
    # two apostrophes alone are no quotation marks (inches, a mark inside a quotation)
    assert quotes("Rita Olesk, who is 6'2'', spoke first.", ents).empty


def test_a_programme_title_after_a_broadcasters_acronym_possessive_is_no_quotation() -> None:
    ents = [("Rita Olesk", "Rita Olesk", "PERSON")]
    for text in ("In an interview with WXYZ\u2019s \u201cEvenings with Jane Roe and Friends,\u201d Rita Olesk said she "
                 "would run.",
                 "Rita Olesk told KBRT\u2019s \u201cThe Morning Desk Show\u201d that she would run."):
        assert quotes(text, ents).empty, text
    # words in sentence case after the acronym's noun stay a quotation
    text = "Rita Olesk told KBRT\u2019s reporter that she was \u201cready to run for the seat\u201d."
    assert list(quotes(text, ents)["quote"]) == ["ready to run for the seat"]
