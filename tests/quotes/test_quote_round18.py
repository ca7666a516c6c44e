"""Quote engine, round 18: constructions that recur across invented market corpora by different writers, each
checked on real text by others. Invented sentences, companies and people; the entity mentions are given by hand
or left to the engine."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_host_printed_as_role_then_name_in_brackets_is_the_host_under_the_bare_surname_too() -> None:
    # "HOST (NAME):" opens the programme, later turns carry only the surname: those are the host's, not quotes
    text = ("Dockside Radio - morning segment (transcript)\n\n"
            "HOST (NORA PELLING): Ferry stocks rose again. Dev Rao of Quellmore Capital joins us.\n\n"
            "RAO: Take profits. The rally is thin.\n\n"
            "PELLING: And the insurers?\n\n"
            "RAO: Oversold. I am buying.\n\n"
            "PELLING: That is all for today.\n")
    q = quotes(text)
    assert list(q["quote"]) == ["Take profits. The rally is thin.", "Oversold. I am buying."]
    text = text.replace("HOST (NORA PELLING)", "Presenter (Nora Pelling)")
    assert len(quotes(text)) == 2


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_name_in_brackets_after_a_guest_role_stays_a_guest() -> None:
    # a bracketed name after a role that is no host's (an analyst) is a guest's: the turns stay quotations
    text = ("Dockside Radio transcript\n\n"
            "HOST: Ferry stocks rose again. Who is buying?\n\n"
            "ANALYST (DEV RAO): Nobody I know. The rally is thin.\n\n"
            "HOST: And the insurers?\n\n"
            "RAO: Oversold. I am buying.\n")
    q = quotes(text)
    assert list(q["quote"]) == ["Nobody I know. The rally is thin.", "Oversold. I am buying."]


def test_a_party_another_reports_as_having_told_a_listener_speaks_the_words_quoted_in_that_clause() -> None:
    ents = [("Quellmore Pay", "Quellmore Pay", "ORG"), ("Brightwell Audit", "Brightwell Audit", "ORG"),
            ("Jane Roe", "Jane Roe", "PERSON")]
    text = ("In a filing, Quellmore Pay said Brightwell Audit had told the directors on Monday that it "
            "\u201cwould not sign the accounts\u201d this year.")
    row = quotes(text, ents).iloc[0]
    assert row["speaker"] == "Brightwell Audit"
    # the outer report stays its own speaker's when the quotation is in its clause, not the told one
    text = "Quellmore Pay said the review was \u201cthorough\u201d and that Jane Roe had told staff to stay calm."
    assert quotes(text, ents).iloc[0]["speaker"] == "Quellmore Pay"
    # a second report inside the told clause speaks for itself
    text = ("Quellmore Pay said Brightwell Audit had told the board that Jane Roe said the books were "
            "\u201cin order\u201d.")
    assert quotes(text, ents).iloc[0]["speaker"] != "Brightwell Audit"


def test_an_attribution_after_a_reported_clause_by_a_description_and_a_name_in_apposition_gives_the_name() -> None:
    ents = [("Harbour Authority", "Harbour Authority", "ORG"), ("Dev Rao", "Dev Rao", "PERSON")]
    text = ("The Harbour Authority will publish the audit report, the spokesman, Dev Rao, said, adding that the "
            "findings were \u201ca routine matter\u201d for now.")
    assert quotes(text, ents).iloc[0]["speaker"] == "Dev Rao"
    # a clause with no name in apposition after its description keeps what it had
    text = ("The Harbour Authority will publish the audit report, the spokesman said, adding that the findings "
            "were \u201ca routine matter\u201d.")
    assert quotes(text, ents).iloc[0]["speaker"] != "Dev Rao"


QA = """Q&A: Quellmore chief Dev Rao on the ferry merger

Dev Rao has run Quellmore Ferries since 2021. Harbour Freight Weekly met him at the yard.

Harbour Freight Weekly: Why sell now?

Rao: Because the yard needs a buyer with ships to fill it, and this one has them.

HFW: And the crews?

Rao: Their contracts move across unchanged. That was our first condition.

HFW: What comes next?

Rao: A vote of the holders in the autumn.
"""


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_an_interviews_questions_under_the_outlets_own_name_or_initials_are_no_quotations(tmp_path) -> None:
    from analysis import analyse
    from analysis.corpus.load import load_corpus
    from analysis.quotes.table import own_outlet_label

    (tmp_path / "qa.txt").write_text(QA, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,url,published,title\n"
                                           "qa.txt,Harbour Freight Weekly,,2026-05-04,Q&A\n", encoding="utf-8")
    rows = analyse(load_corpus(tmp_path)).quotes
    assert len(rows) == 3 and not rows["quote"].str.contains(r"\?").any()
    assert set(rows["speaker"]) == {"Dev Rao"}
    assert own_outlet_label("The Harbour Gazette", "Harbour Gazette") and own_outlet_label("HG", "The Harbour Gazette")
    assert not own_outlet_label("Harbour", "Harbour Gazette") and not own_outlet_label("Hg", "Harbour Gazette")


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_presenters_who_open_their_own_programme_with_no_guest_are_not_quoted() -> None:
    # two presenters, each naming themselves in their first turn after a welcome: no guest turn is a quotation;
    # a source one of them quotes in quotation marks still is
    text = ("Dock Talk, episode 9\n\n"
            "NORA PELLING: Hi, welcome to Dock Talk, I'm Nora Pelling.\n\n"
            "TOMAS BRELL: And I'm Tomas Brell. Ferries again.\n\n"
            "NORA PELLING: Huge. Quellmore lost a ninth of its value.\n\n"
            "TOMAS BRELL: Dev Rao wrote to clients: \u201cNobody sells a ferry in a storm.\u201d\n\n"
            "NORA PELLING: That's the show.\n")
    q = quotes(text, [("Dev Rao", "Dev Rao", "PERSON")])
    assert list(q["quote"]) == ["Nobody sells a ferry in a storm."] and list(q["speaker"]) == ["Dev Rao"]
    # without the welcome, a transcript of self-named speakers keeps their turns as before
    text = text.replace("Hi, welcome to Dock Talk, I'm", "Hi, I'm")
    assert len(quotes(text, [("Dev Rao", "Dev Rao", "PERSON")])) > 1
