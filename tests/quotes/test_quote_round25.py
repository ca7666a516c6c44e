"""Quote engine, round 25: constructions behind the speaker errors of the twenty-fourth (dev) corpus, each written
as a general construction of news prose. Invented sentences, fictional companies and people; the entity mentions
are given by hand, as the entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_MOSSEL = [("Quenby Mossel", "Quenby Mossel", "PERSON"), ("Mossel", "Quenby Mossel", "PERSON"),
           ("Tarrow Foods", "Tarrow Foods", "ORG"), ("Tarrow", "Tarrow Foods", "ORG"),
           ("Elkbright Partners", "Elkbright Partners", "ORG")]


def test_a_participle_opening_the_next_sentence_is_not_an_inverted_attribution() -> None:
    # "“…” Asked whether X would …, he said: “…”": "Asked" opens the next sentence; X is no speaker
    text = ("Quenby Mossel's answer has been vague. Asked on Friday whether she would accept a director nominated "
            "by Elkbright Partners, she said: \u201cThe board will weigh any proposal.\u201d Asked whether Tarrow "
            "would set a target, she said it would explain its plan \u201cin due course.\u201d")
    assert list(quotes(text, _MOSSEL)["speaker"]) == ["Quenby Mossel", "Quenby Mossel"]
    # left alone: a title-case headline whose inverted verb names the speaker
    text = "\u201cIs the Bid Dead?\u201d Asks Quenby Mossel\n\nTarrow Foods rejected the offer on Monday."
    assert list(quotes(text, _MOSSEL)["speaker"]) == ["Quenby Mossel"]


_GRISTLE = [("Gristle & Poole", "Gristle & Poole", "ORG"), ("Gristle", "Gristle & Poole", "ORG"),
            ("Haverlock Mills", "Haverlock Mills", "ORG")]
_ODILE = [("Odile Pernach", "Odile Pernach", "PERSON"), ("Pernach", "Odile Pernach", "PERSON")]


def test_a_distributor_or_wholesaler_is_an_organisation_description() -> None:
    # "The distributor said … it would “…”": the distributor named before, as "the supplier" already is
    for noun in ("distributor", "wholesaler"):
        text = (f"Gristle & Poole fell 2% on Friday. The {noun} said on Thursday that it had hired a law firm and "
                "would \u201ccooperate fully with any inquiry.\u201d")
        row = quotes(text, _GRISTLE).iloc[0]
        assert (row["speaker"], row["speaker_mention"]) == ("Gristle & Poole", f"The {noun}"), noun
    # left alone: a person named before is not what an organisation's description takes up
    text = ("Odile Pernach left on Monday. The distributor said on Thursday that it would \u201ccooperate fully "
            "with any inquiry.\u201d")
    assert list(quotes(text, _GRISTLE + _ODILE)["speaker"]) == ["The distributor"]


def test_a_person_who_reckons_introduces_the_quotation_of_the_next_paragraph() -> None:
    # "X, head of research at Y, reckons the selling has gone too far." then a paragraph that is only "“…”"
    for verb in ("reckons", "suspects"):
        text = (f"Odile Pernach, head of research at Haverlock Mills, {verb} the selling has gone too far.\n\n"
                "\u201cThis is not a broken company. The patents have not changed.\u201d")
        assert list(quotes(text, _ODILE)["speaker"]) == ["Odile Pernach"], verb
    # left alone: a sentence that introduces no view of hers
    text = ("Odile Pernach, head of research at Haverlock Mills, joined the firm in May.\n\n"
            "\u201cThis is not a broken company. The patents have not changed.\u201d")
    assert list(quotes(text, _ODILE)["speaker"]) == [""]


def test_the_introducing_sentence_may_say_where_the_person_works() -> None:
    # "X, head of research at Y in Oslo, reckons …": a place in the apposition names no one else
    text = ("Odile Pernach, head of research at Haverlock Mills in Brenmouth, expects more selling.\n\n"
            "\u201cThe patents have not changed. The balance sheet has net cash.\u201d")
    people = _ODILE + [("Haverlock Mills", "Haverlock Mills", "ORG"), ("Brenmouth", "Brenmouth", "PLACE")]
    assert list(quotes(text, people)["speaker"]) == ["Odile Pernach"]
    # left alone: another person in the introducing sentence
    text = text.replace("in Brenmouth", "with Tove Lindqvar")
    people += [("Tove Lindqvar", "Tove Lindqvar", "PERSON")]
    assert list(quotes(text, people)["speaker"]) == [""]


def test_a_headline_quotation_takes_the_speaker_of_the_body_quotation_that_holds_its_words() -> None:
    # "‘Not a broken company’" over a body where X says "“Tarrow is not a broken company. …”"
    body = ("\u2018Not a broken company\u2019\n\nTarrow Foods shares fell 5% on Tuesday after the recall.\n\n"
            "Quenby Mossel, an analyst at Elkbright Partners, defended the stock. \u201cTarrow is not a broken "
            "company. The patents have not changed,\u201d Mossel said.")
    assert list(quotes(body, _MOSSEL)["speaker"]) == ["Quenby Mossel", "Quenby Mossel"]
    # left alone: a quotation whose own sentence has a speaker of its own (the boy asked, the body repeats it) ...
    text = ("\u201cHow big is the new plant?\u201d asked a boy in the crowd. \u201cHow big is the new plant going to "
            "be? Big,\u201d Mossel said.")
    assert list(quotes(text, _MOSSEL)["speaker"])[0] != "Quenby Mossel"
    # ... a term of two words, and words held by two speakers' quotations
    text = ("\u2018Broken company\u2019\n\n\u201cTarrow is no broken company,\u201d Mossel said.")
    assert list(quotes(text, _MOSSEL)["speaker"]) == ["", "Quenby Mossel"]
    text = body + " \u201cIt is not a broken company at all,\u201d said Tarrow Foods."
    assert list(quotes(text, _MOSSEL)["speaker"])[0] == ""


_BRINDLE = [("Brindle Works", "Brindle Works", "ORG"), ("Brindle", "Brindle Works", "ORG"), ("Nasdaq", "Nasdaq", "ORG")]


def test_an_attribution_at_the_end_of_the_next_sentence_is_not_the_quotations() -> None:
    # "X said it would name an auditor “within two weeks.” The company also said …, which it described as
    # routine": "it described" closes the next sentence, not the quotation's
    text = ('Brindle said on Friday that it was in talks with "several large firms" and expected to appoint a new '
            'auditor "within the next two weeks." The company also said it expected to receive a notice from Nasdaq, '
            'which it described as routine.')
    assert set(quotes(text, _BRINDLE)["speaker"]) == {"Brindle Works"}
    # left alone: an attribution closing the quotation's own sentence
    text = 'Brindle shares fell on Friday.\n\nThe loss was "a blow" to the whole market in the first hour, Nasdaq said.'
    assert list(quotes(text, _BRINDLE)["speaker"]) == ["Nasdaq"]


def test_a_speech_verb_later_in_a_series_of_predicates_takes_the_sentences_subject() -> None:
    # "On Tuesday X cut its forecast …, announced that Y had left “…” and disclosed …": X announced it
    text = ("Brindle shares fell on Monday.\n\nOn Tuesday Brindle cut its profit forecast by 30 per cent, announced "
            "that its finance chief had left \u201cby mutual consent\u201d and disclosed that it had hired auditors.")
    assert list(quotes(text, _BRINDLE)["speaker"]) == ["Brindle Works"]
    # left alone: a subject with no past verb after it (an apposition), and a series with another report in it
    text = ("Brindle shares fell on Monday.\n\nNasdaq, the exchange, announced that the finance chief had left "
            "\u201cby mutual consent\u201d on Tuesday.")
    assert list(quotes(text, _BRINDLE)["speaker"]) == ["Nasdaq"]
    text = ("Brindle shares fell on Monday.\n\nOn Tuesday Brindle cut its forecast after Nasdaq said it would "
            "review the listing, announced that its chief had left \u201cby mutual consent\u201d and hired auditors.")
    assert list(quotes(text, _BRINDLE)["speaker"]) != ["Brindle Works"]


def test_a_fragment_followed_by_a_participle_of_speech_and_by_names_its_author() -> None:
    # "Y said sales were 11%, not the “more than a third” alleged by X": X's words, not Y's
    text = ("On a call, Quenby Mossel said sales to one distributor were 11% of revenue, not the \u201cmore than a "
            "third\u201d alleged by Elkbright Partners, and that returns were small.")
    assert list(quotes(text, _MOSSEL)["speaker"]) == ["Elkbright Partners"]
    # left alone: a participle that is no verb of speech, and an agent that is no name
    text = text.replace("alleged by", "feared by")
    assert list(quotes(text, _MOSSEL)["speaker"]) == ["Quenby Mossel"]
    text = ("On a call, Quenby Mossel said sales to one distributor were 11% of revenue, not the \u201cmore than a "
            "third\u201d alleged by critics, and that returns were small.")
    assert list(quotes(text, _MOSSEL)["speaker"]) == ["Quenby Mossel"]
