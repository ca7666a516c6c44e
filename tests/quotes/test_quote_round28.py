"""Quote engine, round 28: constructions from PolNeAR train's wrong speaker-naming rows, each a general construction
of news prose. Invented sentences, fictional people and programmes; the entity mentions are given by hand, as the
entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_VALE = [("Tamsin Vale", "Tamsin Vale", "PERSON"), ("Vale", "Tamsin Vale", "PERSON"),
         ("Corwen Radio", "Corwen Radio", "ORG"), ("Osric Mallow", "Osric Mallow", "PERSON"),
         ("Mallow", "Osric Mallow", "PERSON")]


def test_a_programme_title_with_its_host_is_no_quotation() -> None:
    # title case leaves "with" in lower case, as it leaves "of" and "and": 'host of "The Evening Hour with Tamsin
    # Vale"' and 'his weekly radio show, "Mornings with Osric Mallow,"' are titles, no one's words
    text = ("Tamsin Vale used to read the news on Corwen Radio. She is now host of \"The Evening Hour with Tamsin "
            "Vale.\"\n\nOsric Mallow attacked the council on his weekly radio show, \"Mornings with Osric Mallow,\" "
            "the station said.")
    got = quotes(text, _VALE)
    assert not any("Evening Hour" in q or "Mornings with" in q for q in got["quote"]), got.to_dict("records")
    # left alone: a quotation in sentence case that holds "with" is still a quotation, and a title-case one
    # spoken by someone keeps its speaker
    text = ("Tamsin Vale met the board on Monday. \"We will deal with it,\" Vale said.\n\n"
            "\"Never Again With Us,\" Mallow told the crowd.")
    got = quotes(text, _VALE)
    assert list(got["speaker"]) == ["Tamsin Vale", "Osric Mallow"], got.to_dict("records")


_DIGEST = [("Wren Halloway", "Wren Halloway", "PERSON"), ("Halloway", "Wren Halloway", "PERSON"),
           ("Corvell Gazette", "Corvell Gazette", "ORG"), ("Ansel Pike", "Ansel Pike", "PERSON"),
           ("Pike", "Ansel Pike", "PERSON")]


def test_a_link_digests_headline_with_its_byline_names_no_speaker() -> None:
    # a newsletter's link list: an article's headline opens its line (after a label and a dash, or a dash) and its
    # closing comma is followed by the byline; the headline is no one's words, the excerpt after the colon keeps
    # its author
    text = ("ARTS BRIEFING\n\nFAREWELL—\"The Lantern Room to close at the end of June,\" by the Corvell Gazette's "
            "Wren Halloway: \"The Lantern Room, a small jazz club, will shut its doors.\" http://example.com/a\n\n"
            "—\"Harbour theatre names a new director,\" by Gazette's Ansel Pike http://example.com/b\n\n"
            "\"The budget is a disgrace,\" Pike said on Monday.")
    rows = {r["quote"][:20]: r["speaker"] for r in quotes(text, _DIGEST).to_dict("records")}
    assert rows.get("The Lantern Room to ", "") == "" and rows.get("Harbour theatre name", "") == "", rows
    assert rows["The Lantern Room, a "] == "Wren Halloway" and rows["The budget is a disg"] == "Ansel Pike", rows
    # left alone: "by" with a lower-case object after a paragraph's opening quotation, and a byline-like "by X"
    # inside a sentence
    text = ("Wren Halloway read the ruling on Monday.\n\n\"We were stunned,\" by the ruling, Halloway said.\n\n"
            "Pike said the critics' \"ugliness of utterances, largely unprompted,\" by Halloway last week was unfair.")
    got = quotes(text, _DIGEST)
    assert list(got["speaker"]) == ["Wren Halloway", "Ansel Pike"], got.to_dict("records")


def test_a_programme_told_in_title_case_is_no_quotation() -> None:
    # the object of "told" in title case is whom one told, a programme: 'Halloway told "Breakfast Hour" on
    # Monday' (the speaker's words, after it, keep their speaker)
    text = ("\"The plan is dead. It was dead on arrival,\" Wren Halloway told \"Breakfast Hour\" on Monday, "
            "reminding the hosts of the vote.")
    got = quotes(text, _DIGEST)
    assert list(got["quote"]) == ["The plan is dead. It was dead on arrival,"], got.to_dict("records")
    assert list(got["speaker"]) == ["Wren Halloway"], got.to_dict("records")
    # left alone: words quoted in lower case after "told", and a title case quotation after "told reporters,"
    text = ("Ansel Pike told \"the whole council\" that the plan was dead. Halloway told reporters, \"Never Again.\"")
    got = quotes(text, _DIGEST)
    assert list(got["speaker"]) == ["Ansel Pike", "Wren Halloway"], got.to_dict("records")


_COUNCIL = [("Dorian Vashti", "Dorian Vashti", "PERSON"), ("Vashti", "Dorian Vashti", "PERSON"),
            ("Orla Penhallow", "Orla Penhallow", "PERSON"), ("Penhallow", "Orla Penhallow", "PERSON"),
            ("Tamsin Vale", "Tamsin Vale", "PERSON"), ("Vale", "Tamsin Vale", "PERSON")]


def test_an_unnamed_subject_of_no_known_role_is_no_named_person() -> None:
    # an indefinite subject ("Another child", "a reporter can be heard asking") or a plural one with "the" ("the
    # progressive heavyweights", "the groups") brings in someone the text does not name: the quotation is theirs,
    # not the person named before it
    texts = [
        "Penhallow told of a boy who stared at a painting of Vale and asked who he was. Another child responded, "
        "\"That's the mayor's husband.\"",
        "Tamsin Vale and Orla Penhallow applauded the speech.\n\n\"With this speech, Mayor Vashti has made this "
        "election a choice,\" the progressive heavyweights wrote in a joint statement.",
        "Penhallow's comments further \"the mob mentality\" fostered by Vashti, the groups say.",
        "Vashti backed the idea on Thursday, and Penhallow has proof:\n\n\"Should there be a register?\" a reporter "
        "can be heard asking Vashti after an event.",
    ]
    for text in texts:
        got = quotes(text, _COUNCIL).to_dict("records")
        assert len(got) == 1 and got[0]["speaker"] not in ("Dorian Vashti", "Orla Penhallow", "Tamsin Vale"), got
    # left alone: a noun after an article and an adjective is no verb ("sounded a positive note"), so "the
    # governor" still takes up the one named; a relative clause's verb ("an adviser who told") keeps the name
    text = ("Vashti praised the plan. But first, Vashti sounded a positive note about Penhallow.\n\n"
            "\"I particularly want to commend Orla Penhallow,\" the governor said.")
    assert list(quotes(text, _COUNCIL)["speaker"]) == ["Dorian Vashti"]
    text = "Tamsin Vale, an adviser who told the board of the risks, said the plan was \"a gamble.\""
    assert list(quotes(text, _COUNCIL)["speaker"]) == ["Tamsin Vale"]
