"""Quote engine, round 29: constructions from PolNeAR train's speaker-accuracy misses, each a general construction
of news prose. Invented sentences, fictional people; the entity mentions are given by hand, as the entity layer
would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_TARN = [("Walter Quenby", "Walter Quenby", "PERSON"), ("Quenby", "Walter Quenby", "PERSON"),
         ("Hugo Marlowe", "Hugo Marlowe", "PERSON"), ("Marlowe", "Hugo Marlowe", "PERSON"),
         ("Felix Harrowgate", "Felix Harrowgate", "PERSON"), ("Harrowgate", "Felix Harrowgate", "PERSON")]


def test_one_who_continued_to_act_in_a_report_says_nothing() -> None:
    # "X, the chair, said Y continued to hurt his cause …. “…,” he said": "continued to" + a verb is no saying, so
    # Y, the subject of what X reports, is no speaker the pronoun of the next quotation takes up; X is
    text = ("Felix Harrowgate opened the county fair on Saturday. Walter Quenby, the chairman of the Tarn Valley "
            "party, for example, said Harrowgate continued to hurt his cause by taking on Hugo Marlowe, who faces "
            "a hard race. “I don’t think it helps him,” he said.")
    got = quotes(text, _TARN)
    assert list(got["speaker"]) == ["Walter Quenby"], got.to_dict("records")
    # left alone: "continued" as a verb of saying ("Harrowgate continued, “…”") and the subject of a main clause
    # who continued to do something, whose next quotation is his
    text = ("Walter Quenby opened the county fair on Saturday. Harrowgate continued: “We will win the valley.”\n\n"
            "In an interview, Marlowe continued to question the budget. “It is a fantasy,” he said.")
    got = quotes(text, _TARN)
    assert list(got["speaker"]) == ["Felix Harrowgate", "Hugo Marlowe"], got.to_dict("records")


def test_a_short_quotation_that_ends_its_sentence_is_no_nickname() -> None:
    # 'X said Roe “caused harm.” Jane Doe called …': a short quotation between two capitalised words is read as a
    # nickname ('Milo "The Hammer" Brandel'); one whose words end with the sentence's full stop is a quotation
    text = ("Candidates stepped up their war of words. Walter Quenby said Hugo Marlowe “caused harm.” Felix "
            "Harrowgate called Quenby a “reckless gambler.”")
    got = quotes(text, _TARN)
    assert list(got["quote"]) == ["caused harm.", "reckless gambler."], got.to_dict("records")
    assert list(got["speaker"]) == ["Walter Quenby", "Felix Harrowgate"], got.to_dict("records")
    # left alone: a nickname between a given name and a surname, with or without a full stop after the name
    text = "Walter Quenby met Hugo “The Hammer” Marlowe. Felix “Lucky” Harrowgate stayed home."
    assert quotes(text, _TARN).empty


def test_the_he_of_a_quotation_continues_the_he_opening_the_sentence_before() -> None:
    # "When the host steered X toward the race, he offered his thoughts on Y's appeal. “…,” he said": the second
    # "he" continues the first, which takes up X; Y, named last (in a possessive), is not the speaker
    text = ("Walter Quenby talked about his new film on Monday.\n\nWhen the interview steered Quenby toward the "
            "election, he offered his thoughts on front-runner Hugo Marlowe’s continued appeal among loyal "
            "supporters.\n\n“I think it’s funny,” he said, “because Hugo Marlowe is kind of a tyrant.”")
    got = quotes(text, _TARN)
    assert list(got["speaker"]) == ["Walter Quenby"], got.to_dict("records")
    # left alone: a sentence before with a named subject of a speech verb ("Marlowe said …") is read as before
    text = ("Walter Quenby talked about his new film on Monday. Hugo Marlowe said the film was a flop.\n\n"
            "“It lost money,” he said.")
    assert list(quotes(text, _TARN)["speaker"]) == ["Hugo Marlowe"]


def test_protested_is_a_verb_of_saying() -> None:
    # "X protested that Y's aides were “disingenuous”": "protested that" is a verb of saying, as "complained" and
    # "objected" are; the short quotation is X's words, not a scare quote
    text = "Walter Quenby met Hugo Marlowe on Monday. Quenby protested that Marlowe's aides were “disingenuous.”"
    got = quotes(text, _TARN)
    assert list(got["speaker"]) == ["Walter Quenby"], got.to_dict("records")
    # left alone: "protested" with an object is no saying ("Students protested the ruling"); a short quotation
    # there stays a scare quote
    text = "Walter Quenby met Hugo Marlowe on Monday. Students protested the ruling outside the “glass palace” downtown."
    assert quotes(text, _TARN).empty


def test_his_campaign_speaks_for_the_one_his_takes_up() -> None:
    # "His campaign said …" speaks for the person "his" refers to, as "Quenby's campaign said …" speaks for Quenby
    text = ("Walter Quenby met Hugo Marlowe on Monday. His campaign said Marlowe's aides were being “disingenuous” "
            "about the date.")
    got = quotes(text, _TARN)
    assert list(got["speaker"]) == ["Walter Quenby"], got.to_dict("records")
    # left alone: a campaign named by its owner, and "his campaign" with no one before it to take up
    text = "Marlowe's campaign said the aides were being “disingenuous” about the date."
    assert list(quotes(text, _TARN)["speaker"]) == ["Hugo Marlowe"]
    text = "His campaign said the aides were being “disingenuous” about the date."
    assert list(quotes(text, _TARN)["speaker_type"]) == [""]  # the description as written, no one named


def test_to_respond_to_a_thing_before_a_report_says_nothing() -> None:
    # "… how the country responds to violence at home, with Senator X telling reporters he viewed Y as “…”": to
    # respond to a thing is to react; the report of the sentence is X's, not the country's
    text = ("The attack sparked a fresh debate over how the Tarn Republic responds to violence at home and abroad, "
            "with Senator Walter Quenby telling reporters on Thursday he viewed Marlowe as “directly responsible” "
            "for the attack.")
    got = quotes(text, _TARN)
    assert list(got["speaker"]) == ["Walter Quenby"], got.to_dict("records")
    # left alone: responding to someone's question is replying ("X responded to Y's question on the radio,
    # saying, “…”"): X's words
    text = ("Hugo Marlowe asked on the radio whether the deal would hold. Quenby responded to Marlowe’s question "
            "on the radio, saying, “Yes, it will. That was a poor choice of words.”")
    got = quotes(text, _TARN)
    assert list(got["speaker"]) == ["Walter Quenby"], got.to_dict("records")


def test_hillary_is_a_womans_given_name() -> None:
    # a common given name shows a person's gender ("Karen Holbeck" is "she"): "Hillary" is a woman's, so the "he" of
    # the quotation is not hers
    people = [*_TARN, ("Hillary Marchbank", "Hillary Marchbank", "PERSON"), ("Marchbank", "Hillary Marchbank", "PERSON")]
    text = ("Walter Quenby, the party's treasurer, was at the meeting. Hillary Marchbank opened it with a long "
            "speech on the budget.\n\n“We cannot go on like this,” he said.")
    got = quotes(text, people)
    assert list(got["speaker"]) == ["Walter Quenby"], got.to_dict("records")
    # left alone: her own "she" stays hers
    text = text.replace("” he said", "” she said")
    assert list(quotes(text, people)["speaker"]) == ["Hillary Marchbank"]
