"""Quote engine, round 65 (quotes65). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.mentions``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,."), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


def _typed(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(quote, speaker, speaker type): an untyped speaker is a description that names no one (the product table
    shows no speaker for it)."""
    return [(r["quote"].rstrip(" ,."), r["speaker"], r["speaker_type"]) for r in quotes(text, entities).to_dict("records")]


ACME = [("Acme Corp", "Acme Corp", "ORG"), ("Acme", "Acme Corp", "ORG"), ("Jane Roe", "Jane Roe", "PERSON"),
        ("Roe", "Jane Roe", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON"),
        ("Federal Trade Commission", "Federal Trade Commission", "ORG")]


def test_a_company_whose_which_clause_holds_a_date_speaks_not_the_commission_named_before() -> None:
    # "The refund plan, worked out with the Commission, is a climbdown for the heater maker, which in March called
    # …": the maker's words; neither the commission named nearer nor a name inside the clause
    text = ("Acme Corp on Monday recalled 40,000 heaters.\n\nThe refund plan, worked out with the Federal Trade "
            "Commission, is a climbdown for the heater maker, which in March called the agency's findings \"flawed and "
            "unfair.\" Acme will refund every buyer.")
    assert _rows(text, ACME) == [("flawed and unfair", "Acme Corp")]


def test_a_company_description_does_not_take_up_a_commission() -> None:
    # "… the Commission told parents to stop using them. The company called the warning “…”": a business, not the
    # commission that is the sentence before's subject
    text = ("Acme Corp sells heaters in 30 countries. Acme has sold 40,000 of its Model 2 heaters since May.\n\n"
            "On Monday the Federal Trade Commission told owners to unplug them. The company called the advice "
            "\"wrong and rushed.\"")
    assert _rows(text, ACME) == [("wrong and rushed", "Acme Corp")]


def test_a_lawsuit_that_accused_someone_is_nobodys_words_not_the_defendant_s() -> None:
    # "X was among four defendants in a class action brought on Monday that accused Y of a “…” scheme": the
    # lawsuit's words (no one named), not X's, the main clause's subject
    text = ("Jane Roe joined Acme in 2020.\n\nRoe was among four defendants in a class action brought on Monday "
            "that accused Ivo Hale of a \"bait and switch\" scheme.")
    assert _typed(text, ACME) == [("bait and switch", "a class action", "")]


def test_a_lawsuit_which_accuses_someone_is_nobodys_words_not_the_defendant_s() -> None:
    # "…, filed in Dover on 3 May, which accuses Y of a “…” scheme": the same with a comma and a place
    text = ("Jane Roe joined Acme in 2020.\n\nRoe is also a party to a suit lodged in Dover on 3 May, which "
            "accuses Ivo Hale of a \"bait and switch\" scheme.")
    assert _typed(text, ACME) == [("bait and switch", "a suit", "")]


def test_a_document_its_subject_puts_out_speaks_for_that_subject() -> None:
    # "X is running a radio spot that asks voters to “…”": X's words (the relative's antecedent is X's document)
    text = "Jane Roe is running a new radio spot that asks listeners in Ohio to \"think twice\" about the lenders."
    assert _rows(text, ACME) == [("think twice", "Jane Roe")]


def test_a_body_named_with_the_after_days_after_speaks_its_own_clause() -> None:
    # "“A,” X posted, days after the U.S. Coast Guard said trawlers had made “B”": B is the coast guard's, a report
    # of its own (not a fragment of X's words)
    guard = ACME + [("U.S. Coast Guard", "U.S. Coast Guard", "ORG")]
    text = ("\"We will hold the line,\" Jane Roe posted on Monday, days after the U.S. Coast Guard said two trawlers "
            "had made \"reckless turns\" near the harbour.")
    assert _rows(text, guard) == [("We will hold the line", "Jane Roe"), ("reckless turns", "U.S. Coast Guard")]
