"""Quote engine, round 62 (quotes62). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes

from analysis.quotes.antecedents import _given_gender


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


FIRMS = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Norvik Motors Corporation", "Norvik Motors Corporation", "ORG"),
         ("Norvik Motors", "Norvik Motors Corporation", "ORG"), ("Tarnbank", "Tarnbank", "ORG"),
         ("Quorra Indexes", "Quorra Indexes", "ORG"), ("Mira Castell", "Mira Castell", "PERSON")]


def test_an_index_provider_is_an_organisation_description() -> None:
    # "index provider X said … the index provider said in a statement": the provider the text introduced
    text = ("Norvik Motors fell 4% after index provider Quorra Indexes said it was reviewing the stock's weight.\n\n"
            "Tarnbank slid 2.7%, while Norvik Motors hit its lower limit.\n\n"
            "\"We have received feedback from market participants,\" the index provider said in a statement. It said "
            "it would decide \"in due course\".")
    assert _rows(text, FIRMS) == [("We have received feedback from market participants", "Quorra Indexes"),
                                  ("in due course", "Quorra Indexes")]


def test_the_company_of_a_press_release_whose_officers_alone_name_it() -> None:
    # the one body named near "the company" is the company the release opens on, named only in its officers' titles
    summary = "".join(f"- Second-quarter figure {k} of the summary, down {k}% year over year.\n" for k in range(12))
    text = ("Norvik Motors Corporation today reported second-quarter results.\n\nSUMMARY\n" + summary + "\n"
            "\"Results were weak,\" said Ivo Hale, Norvik Motors CFO. \"We are cutting costs.\"\n\n"
            "The company said the dividend cut reflects \"the priority of investing in the business.\"")
    assert _rows(text, FIRMS)[-1] == ("the priority of investing in the business.", "Norvik Motors Corporation")


def test_a_surname_particle_keeps_the_given_names_gender() -> None:
    assert _given_gender("Anna von Tarnow") == "f"
    assert _given_gender("Peter van der Berg") == "m"
    assert _given_gender("Anna Tarnow Foundation") == ""


def test_she_never_takes_a_man_the_text_names() -> None:
    # the only person before "she" is a man by his given name: no one is the speaker
    ents = [("Peter van der Berg", "Peter van der Berg", "PERSON"), ("Tarnbank", "Tarnbank", "ORG")]
    text = ("Tarnbank's former head of accounting, Peter van der Berg, was detained on Monday, prosecutors said.\n\n"
            "\"We assume the accused knew of the losses,\" she said.")
    assert _rows(text, ents) == [("We assume the accused knew of the losses", "")]


def test_a_bare_spokeswoman_speaks_for_the_body_the_sentence_before_opens_on() -> None:
    # "The bank said …. “…,” a spokeswoman said": the bank the description takes up, named two sentences back
    text = ("At Tarnbank, a law firm hired by the board is investigating how the desk grew so large. The bank said on "
            "April 22 the report would be published. \"We want to get to the root causes,\" a spokeswoman said last "
            "week.")
    assert _rows(text, FIRMS) == [("We want to get to the root causes", "Tarnbank")]


def test_a_report_issued_by_a_verb_of_alleging_speaks_for_its_author() -> None:
    # "X alleged in a report … The report also said": the report's author, as after "X said in a report"
    ents = FIRMS + [("Bluefin", "Bluefin Research", "ORG")]
    text = ("Norvik Motors fell 9%.\n\nBluefin, which said it holds short positions in the group, alleged in a report "
            "published on Tuesday that the group had engaged in \"a brazen scheme\".\n\nThe report also said key "
            "listed companies had \"substantial debt\".")
    assert _rows(text, ents) == [("a brazen scheme", "Bluefin Research"), ("substantial debt", "Bluefin Research")]


def test_an_unnamed_banker_is_a_description_of_a_person() -> None:
    # "said one senior banker": an unnamed source described by a role, as "said one trader" is
    text = ("Tarnbank declined to comment.\n\n\"Blocks of this size happen a handful of times a year,\" said one senior "
            "equity capital markets banker, who spoke on condition of anonymity.")
    assert _rows(text, FIRMS) == [("Blocks of this size happen a handful of times a year",
                                   "one senior equity capital markets banker")]


def test_messaged_is_a_verb_of_saying() -> None:
    text = "15:05 / Norvik Motors is now down 68%. One trader just messaged: \"I have never seen a stock do this.\""
    assert _rows(text, FIRMS) == [("I have never seen a stock do this.", "One trader")]


def test_a_split_quotation_in_an_answer_keeps_the_attribution_between_its_parts() -> None:
    # '“…,” I told our committee, “…”' inside a Q&A answer: the one interviewed, like '“…,” as I wrote'
    text = ("We spoke to Ivo Hale, head of research at Tarnbank.\n\nQ: Which banks are most exposed?\n"
            "A: Tarnbank, clearly. \"A write-off costs 50 basis points,\" as I wrote to clients on Monday.\n\n"
            "Q: What would change your view?\nA: An embargo. \"If the gas stops, we face a recession,\" I told our "
            "committee last Friday, \"and then every bank is exposed.\"\n\nQ: Thank you.")
    assert _rows(text, FIRMS) == [("A write-off costs 50 basis points", "Ivo Hale"),
                                  ("If the gas stops, we face a recession, and then every bank is exposed.",
                                   "Ivo Hale")]


def test_a_full_name_after_an_indefinite_role_is_the_speaker_not_the_employer_after_it() -> None:
    # "said a researcher Jane Roe of Acme Securities" (translated news): Roe, not Acme Securities
    text = ("Tarnbank fell 4%.\n\n\"Foreign investors sold at once,\" said a researcher Mira Castell of Tarnbank. "
            "\"But demand for memory is a different story.\"")
    assert _rows(text, FIRMS) == [("Foreign investors sold at once", "Mira Castell"),
                                  ("But demand for memory is a different story.", "Mira Castell")]


def test_an_organisations_unnamed_people_speak_for_it() -> None:
    # "the bank's economists wrote", "its analysts said": the organisation the description takes up, as "the
    # company's board said" does
    text = ("08:15 / Tarnbank has raised its recession probability to 25%. \"We see recession risk as limited,\" the "
            "bank's economists wrote in a note, but they added that \"the data flow has worsened.\"")
    assert _rows(text, FIRMS) == [("We see recession risk as limited", "Tarnbank"),
                                  ("the data flow has worsened.", "Tarnbank")]
    # left alone: a person's people are not an organisation
    text = "Ivo Hale runs Tarnbank. \"We see recession risk as limited,\" his economists wrote in a note."
    assert _rows(text, FIRMS) == [("We see recession risk as limited", "his economists")]
