"""Quote engine, round 57 (quotes57). Invented bodies, people and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes

from analysis.quotes.table import _named_only


def _table(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """The rows as the product table keeps them (an unnamed source by its description, without determiner)."""
    frame = quotes(text, entities).assign(doc_id="d")
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in _named_only(frame, {"d": text}).to_dict("records")]


def test_common_roles_of_unnamed_sources() -> None:
    # "said one Lake Orm buyer", "As one broker put it": a buyer, a broker, a shareholder are people's roles
    places = [("Lake Orm", "Lake Orm", "PLACE")]
    text = "Prices fell.\n\n\"Every cold store is packed,\" said one Lake Orm buyer, who asked not to be named."
    assert _table(text, places) == [("Every cold store is packed", "Lake Orm buyer")]
    text = "Lock-ups are back.\n\nAs one broker put it to me, \"The discount is the sales pitch.\""
    assert _table(text, places) == [("The discount is the sales pitch.", "broker")]
    text = "The vote is due.\n\n\"We want a new board,\" one large shareholder said."
    assert _table(text, places) == [("We want a new board", "large shareholder")]


def test_a_companys_management_speaks_for_it() -> None:
    # "Acme's management said … it expected “a phased reopening”": the company
    entities = [("Tolvane Mills", "Tolvane Mills", "ORG"), ("Tolvane", "Tolvane Mills", "ORG")]
    text = ("Tolvane Mills halted its lines on Monday.\n\nTolvane's management said in an email that wages would be "
            "paid and that it expected \"a phased reopening\" once its systems were cleared.")
    assert _table(text, entities) == [("a phased reopening", "Tolvane Mills")]


def test_a_definite_description_told_as_withholding_a_name_is_an_unnamed_source() -> None:
    # "“…,” the official, who declined to be named, told reporters": the unnamed official of the lead
    text = ("Veldia has no plan to curb rice exports, a senior official at the farm ministry said on Monday.\n\n"
            "\"Reserves are ample. Nothing is planned on sales abroad,\" the official, who declined to be named, told "
            "reporters.")
    assert _table(text, [("Veldia", "Veldia", "PLACE")]) == [
        ("Reserves are ample. Nothing is planned on sales abroad", "official")]
    # guard: a definite description with no such clause stays no one's in the table
    text = ("Veldia has no plan to curb rice exports.\n\n\"Reserves are ample,\" the official told reporters.")
    assert _table(text, [("Veldia", "Veldia", "PLACE")]) == [("Reserves are ample", "")]


PROFILE = [("Mara Quill", "Mara Quill", "PERSON"), ("Quill", "Mara Quill", "PERSON"),
           ("Tessaly Mills", "Tessaly Mills", "ORG"), ("Dov Amsel", "Dov Amsel", "PERSON")]


def test_a_profile_lede_names_the_person_its_next_paragraph_names_by_role() -> None:
    # a feature's delayed identification: "Jane Roe does not think … / “…,” the Acme chief executive told X"
    lede = "LISBON - Mara Quill does not think she has lost the fight. She thinks she has just begun it.\n\n"
    for role in ("the Tessaly Mills chief executive told the Ledger", "the chief executive of Tessaly Mills said",
                 "the president director of Tessaly Mills said"):
        text = lede + f"\"We are only winning our own customers back,\" {role} on Saturday.\n\nQuill, 58, joined in 1991."
        assert _table(text, PROFILE) == [("We are only winning our own customers back", "Mara Quill")], role


def test_a_role_after_a_paragraph_opening_on_someone_else_is_not_taken_up() -> None:
    # guards: the paragraph before opens on no person, or another person is named between
    text = ("Tessaly Mills cut prices on Friday.\n\n\"We are only winning our own customers back,\" the Tessaly Mills chief "
            "executive said on Saturday.")
    assert _table(text, PROFILE) == [("We are only winning our own customers back", "Tessaly Mills")]
    text = ("Mara Quill does not think she has lost the fight. Analyst Dov Amsel disagrees.\n\n\"We are only "
            "winning our own customers back,\" the Tessaly Mills chief executive said on Saturday.")
    assert _table(text, PROFILE) == [("We are only winning our own customers back", "Tessaly Mills")]


def test_a_short_name_given_after_known_as_is_no_quotation() -> None:
    # 'the sedative xylazine, known as "tranq"': the drug's name, in lower case (as 'known online as
    # "Quillfox"' already was in title case)
    entities = [("Food Safety Office", "Food Safety Office", "ORG")]
    text = ("The Food Safety Office said it had asked the mill to test its stock for the sedative xylazine, known "
            "as \"tranq\", which is banned.")
    assert _table(text, entities) == []
    # guard: a quotation after "known as" that is a sentence stays one
    text = ("The Food Safety Office, known as a careful body, said the stock was \"safe to eat and safe to sell\".")
    assert _table(text, entities) == [("safe to eat and safe to sell", "Food Safety Office")]


SELLERS = [("Bluefin Research", "Bluefin Research", "ORG"), ("Acme Holdings", "Acme Holdings", "ORG")]


def test_an_adjective_and_a_kind_of_organisation_before_a_name_open_its_subject() -> None:
    # "Short seller X on Monday published a report …, saying …": "Short" is no name; the seller speaks
    for lead in ("HONG KONG, Nov 15 (Wire) - Short seller", "German lender", "Ratings agency"):
        text = (f"{lead} Bluefin Research on Monday published a report on Acme Holdings, saying the rebuttal had "
                "\"dodged every hard question\".")
        assert _table(text, SELLERS) == [("dodged every hard question", "Bluefin Research")], lead


def test_a_rating_after_to_followed_by_a_time_is_no_quotation() -> None:
    # 'X at Y Securities, who cut the stock to "sell" last Thursday, said …': the rating, then when it was cut
    entities = [("Ines Roa", "Ines Roa", "PERSON"), ("Corva Securities", "Corva Securities", "ORG")]
    text = ("Ines Roa at Corva Securities, who cut the stock to \"sell\" last Thursday, said the waiver bought time. "
            "\"The banks bought them six months,\" she said.")
    assert _table(text, entities) == [("The banks bought them six months", "Ines Roa")]


def test_an_unnamed_sources_aside_keeps_the_partial_quotation_of_its_sentence() -> None:
    # 'The "float" of a lender, one former trader said, is now "a bigger risk than its loans."': the
    # sentence is the source's own words (an aside set off by commas), not what the source was told
    text = ("Funding is the weak spot.\n\nThe \"float\" of a small lender, one former trader said, is now "
            "\"a bigger risk than its whole loan book.\"")
    rows = _table(text, [])
    assert [s for _, s in rows] == ["former trader"] and "a bigger risk than" in rows[0][0]
    # guard: relayed by "said" with no aside, such a fragment stays no one's
    text = "Funding is the weak spot.\n\nOne former trader said the bank had called it \"a small risk\"."
    assert _table(text, []) == [("a small risk", "")]


def test_inspectors_are_people_not_their_nationality() -> None:
    # "Polish veterinary inspectors said …": a group of people by role, not a speaker named "Polish"
    text = "\"We found clear evidence of fraud,\" Polish veterinary inspectors said on Thursday."
    assert _table(text, []) == [("We found clear evidence of fraud", "")]


def test_a_sentence_with_its_own_unnamed_subject_does_not_continue_the_speaker_before() -> None:
    # "X said members were “shaken”. The club said in a statement that … “…”": not X's words
    entities = [("Jon Vale", "Jon Vale", "PERSON")]
    text = ("Jon Vale said members had been \"shaken\" by the news. The club said in a statement that he had been "
            "relieved of his duties \"until the inquiry has run its course\".")
    assert _table(text, entities) == [("shaken", "Jon Vale"), ("until the inquiry has run its course", "")]
    # guard: a description of a person ("The veteran said") still continues
    text = text.replace("The club said", "The veteran said")
    assert [s for _, s in _table(text, entities)] == ["Jon Vale", "Jon Vale"]


def test_a_verb_of_conceding_in_the_infinitive() -> None:
    # "X was willing to acknowledge that the bank had been “too slow”": the infinitive of "acknowledged" reports
    # too (the two words were dropped as a scare quote)
    entities = [("Jon Vale", "Jon Vale", "PERSON")]
    text = ("The plan failed.\n\nTo his credit, Jon Vale was willing to acknowledge that the bank had been \"too "
            "slow\".")
    assert _table(text, entities) == [("too slow", "Jon Vale")]
