"""Quote engine, round 30: constructions from the twenty-eighth corpus (read as dev) and PolNeAR train, each a
general construction of news prose. Invented programmes, companies and people; the entity mentions are given by
hand, as the entity layer would link them."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_guest_who_thanks_the_host_by_the_given_name_is_still_the_guest() -> None:
    # the host introduces the guest after a description and a comma ("Joining me now is Acme's founder and chief
    # executive, Jane Roe."), and the guest's first words thank the host by the given name ("Thank you, Mira."): the
    # host's turns are no quotations, the guest's are, under the full label and the bare surname
    text = ("Evening Ledger transcript\n\n"
            "MIRA DALSTON: Good evening. Brackwell Foods fell 9 per cent today. Joining me now is Brackwell's "
            "founder and chief executive, Osric Penhallow. Mr. Penhallow, thanks for coming in.\n\n"
            "OSRIC PENHALLOW: Thank you, Mira. I wish it were a quieter week.\n\n"
            "DALSTON: Is the dividend safe?\n\n"
            "PENHALLOW: It is. We have the cash and we have the plan.\n\n"
            "DALSTON: Osric Penhallow, chief executive of Brackwell Foods. Thank you.\n")
    q = quotes(text, [("Osric Penhallow", "Osric Penhallow", "PERSON"), ("Penhallow", "Osric Penhallow", "PERSON")])
    assert set(q["speaker"]) == {"Osric Penhallow"}, q.to_dict("records")
    assert len(q) == 2, q.to_dict("records")
    # left alone: a host who thanks the guest by the given name in a later turn is still the host
    text = ("Podcast transcript\n\n"
            "Tamsin Orrell: Grain stocks slid again. Kit, what now?\n"
            "Kit Averne: Sell the rallies. The harvest is big.\n"
            "Tamsin Orrell: And the millers?\n"
            "Kit Averne: Cheap. I am buying.\n"
            "Tamsin Orrell: Thanks, Kit.\n")
    q = quotes(text)
    assert set(q["speaker"]) == {"Kit Averne"} and len(q) == 2, q.to_dict("records")


_OFFICE = [("Perrin Vosk", "Perrin Vosk", "PERSON"), ("Adaeze Morrow", "Adaeze Morrow", "PERSON"),
           ("Trade and Industry", "Trade and Industry", "ORG"), ("Halvard Mills", "Halvard Mills", "ORG")]


def test_the_holder_of_an_office_named_in_apposition_is_the_subject() -> None:
    # "Norland's Minister for Trade and Industry, Jane Roe, said …": the subject is the person in apposition, not
    # the last capitalised words of the office's name ("Trade and Industry"), in the quotation's own sentence and
    # as the reporter the next sentence's "the minister" takes up
    text = ("Chief executive Perrin Vosk said the mill would close.\n\n"
            "Norland's Minister for Trade and Industry, Adaeze Morrow, said: “We will look at every option.” "
            "Norland's Secretary of State for Work, Adaeze Morrow, said the state would keep talking to Halvard "
            "Mills. The minister said: “We backed the mill before and we will again.”")
    got = quotes(text, _OFFICE)
    assert list(got["speaker"]) == ["Adaeze Morrow", "Adaeze Morrow"], got.to_dict("records")
    # left alone: an office's name with no person in apposition stays the subject ("the Minister for Trade and
    # Industry said": no one is named), and a name then a title after it is read as before
    text = ("Norland's Minister for Trade and Industry said: “We will look at every option.” Adaeze Morrow, "
            "the Minister for Trade and Industry, said: “The mill matters.”")
    got = quotes(text, _OFFICE)
    assert list(got["speaker"]) == ["Trade and Industry", "Adaeze Morrow"], got.to_dict("records")


_FUND = [("Oona Brackley", "Oona Brackley", "PERSON"), ("Brackley", "Oona Brackley", "PERSON"),
         ("Tobias Wendt", "Tobias Wendt", "PERSON"), ("Wendt", "Tobias Wendt", "PERSON"),
         ("Corvane Capital", "Corvane Capital", "ORG")]


def test_a_paragraph_of_a_short_phrase_of_time_and_a_colon_continues_the_speaker() -> None:
    # "“…,” Roe said." / "And then, a moment later: “…”": the words before the quotation name no one and are only
    # of sequence or time, so the quotation goes on from the paragraph before
    text = ("“Nobody in this trade is happy today,” Tobias Wendt said on Tuesday. “Clients needed this to work.”\n\n"
            "And then, a moment later: “But the market will now look harder at what we do.”")
    got = quotes(text, _FUND)
    assert list(got["speaker"]) == ["Tobias Wendt"] * 3, got.to_dict("records")
    # left alone: a phrase that brings in someone else ("Not everyone agrees:") gives no speaker
    text = ("“Nobody in this trade is happy today,” Tobias Wendt said on Tuesday. “Clients needed this to work.”\n\n"
            "Not everyone agrees: “The market will shrug this off by Friday.”")
    got = quotes(text, _FUND)
    assert list(got["speaker"]) == ["Tobias Wendt", "Tobias Wendt", ""], got.to_dict("records")


def test_a_short_sentence_of_what_she_did_before_a_quotation_gives_the_speaker() -> None:
    # "“…,” she said." / "She paused. “…”": a short he/she sentence naming no one, then the quotation: the
    # pronoun's referent speaks
    text = ("Oona Brackley, who runs a growth fund at Corvane Capital, was one of them.\n\n"
            "“We did a lot of work on it,” she said. “Big effects in small trials have a habit of shrinking.”\n\n"
            "She paused. “They usually shrink. They don't usually vanish.”")
    got = quotes(text, _FUND)
    assert list(got["speaker"]) == ["Oona Brackley"] * 3, got.to_dict("records")
    # left alone: a sentence that names someone else before the quotation gives no pronoun to follow
    text = ("Oona Brackley, who runs a growth fund at Corvane Capital, was one of them.\n\n"
            "“We did a lot of work on it,” she said. “Big effects in small trials have a habit of shrinking.”\n\n"
            "Tobias Wendt paused. “They usually shrink. They don't usually vanish.”")
    got = quotes(text, _FUND)
    assert list(got["speaker"])[:2] == ["Oona Brackley"] * 2 and list(got["speaker"])[2] != "Oona Brackley", \
        got.to_dict("records")


def test_defined_terms_given_as_alternatives_are_no_quotations() -> None:
    # a press release's defined terms in a list of alternatives: '(LSE: QMB) ("Quillmere" or "the Company")',
    # '("Quillmere", "we" or "us")': none is anyone's words
    ents = [("Quillmere Biosciences plc", "Quillmere Biosciences", "ORG"), ("Ines Calloway", "Ines Calloway", "PERSON")]
    text = ("Oxford, UK - Quillmere Biosciences plc (LSE: QMB) (\u201cQuillmere\u201d or \u201cthe Company\u201d) "
            "today announces results. Quillmere Biosciences plc (\u201cQuillmere\u201d, \u201cWe\u201d or "
            "\u201cUs\u201d) will host a call. Ines Calloway said: \u201cThis is not the result we hoped for.\u201d")
    got = quotes(text, ents)
    assert list(got["quote"]) == ["This is not the result we hoped for."], got.to_dict("records")
    # left alone: a nickname in parentheses and a quotation that only stands in parentheses
    text = ("Ines Calloway (\u201cIron Ines\u201d to her staff) spoke first. The chair (\u201cWe will not sell,\u201d "
            "she said) left early.")
    got = quotes(text, ents)
    assert "We will not sell," in list(got["quote"]), got.to_dict("records")


def test_a_false_title_before_a_given_name_leaves_a_person() -> None:
    # "Retiree Jane Roe, 71, …": the entity layer may keep the false title in the name and type it an
    # organisation; the given name after it shows a woman, so "she" takes her up, not the woman named before
    ents = [("Mayor Ilse Brandvold", "Ilse Brandvold", "PERSON"), ("Pensioner Edith Ellery", "Pensioner Edith Ellery", "ORG"),
            ("Corran Mills", "Corran Mills", "ORG")]
    text = ("Mayor Ilse Brandvold said city staff had called Corran Mills. “We will stand with the workers,” she said.\n\n"
            "Pensioner Edith Ellery, 71, worked in the mill office for 26 years. She said she held about 2,000 "
            "shares. “I'm not selling,” she said.")
    got = quotes(text, ents)
    assert list(got["speaker"]) == ["Ilse Brandvold", "Pensioner Edith Ellery"], got.to_dict("records")
    assert list(got["speaker_type"]) == ["PERSON", "PERSON"], got.to_dict("records")
    # left alone: an organisation whose name opens with another capitalised word keeps its type ("Pensioner Action
    # Group said": no given name follows)
    ents = [("Pensioner Action Group", "Pensioner Action Group", "ORG")]
    got = quotes("Pensioner Action Group said: “The cuts hurt.”", ents)
    assert list(got["speaker_type"]) == ["ORG"], got.to_dict("records")


def test_a_phrase_of_time_may_end_on_the_medium_the_words_were_said_on() -> None:
    # "“…,” he told WXYZ's Tom Rell in October." / "Then, later that month on WXYZ: “…”": the broadcaster after
    # "on" names no speaker; the quotation goes on from the paragraph before
    ents = [("Corvin Ashby", "Corvin Ashby", "PERSON"), ("WXYZ", "WXYZ", "ORG"), ("Tom Rell", "Tom Rell", "PERSON")]
    text = ("Corvin Ashby spoke twice. For example: “We made a terrible mistake going in,” he told WXYZ's Tom Rell in "
            "October.\n\nThen, later that month on WXYZ: “I've never said we made a mistake going in.”")
    got = quotes(text, ents)
    assert list(got["speaker"]) == ["Corvin Ashby", "Corvin Ashby"], got.to_dict("records")
    # left alone: a phrase of time that names a person ("Then, later that month, Tom Rell:") gives no continuation
    text = ("Corvin Ashby spoke twice. For example: “We made a terrible mistake going in,” he told WXYZ's Tom Rell in "
            "October.\n\nThen, later that month, Tom Rell: “I've never seen a candidate change so fast.”")
    got = quotes(text, ents)
    assert list(got["speaker"])[1] != "Corvin Ashby", got.to_dict("records")


def test_a_paragraph_of_only_what_she_did_between_two_quotations_keeps_the_speaker() -> None:
    # "“…,” Roe said into the phone. “…”" / "She pauses." / "“…”": a paragraph of one short he/she sentence whose
    # pronoun takes up the speaker, between two quotation paragraphs: the speaker goes on
    ents = [("Edith Pirrel", "Edith Pirrel", "PERSON"), ("Ostrow", "Ostrow", "ORG"),
            ("Walt Hibbing", "Walt Hibbing", "PERSON")]
    text = ("Volunteers worked the phones all evening.\n\n"
            "“I am calling from the Ostrow campaign. How are you today?” Edith Pirrel, a retired nurse, said into "
            "the phone. “We're talking with supporters like you.”\n\nShe pauses.\n\n“Well, thank you so much.”")
    got = quotes(text, ents)
    assert list(got["speaker"]) == ["Edith Pirrel"] * 3, got.to_dict("records")
    # left alone: a paragraph whose pronoun takes up someone else ("He hangs up." after her words, with Walt Hibbing
    # the man named) gives the next quotation no speaker from it
    text = ("Walt Hibbing ran the office.\n\n"
            "“I am calling from the Ostrow campaign. How are you today?” Edith Pirrel, a retired nurse, said into "
            "the phone. “We're talking with supporters like you.”\n\nHe hangs up.\n\n“Well, that went badly.”")
    got = quotes(text, ents)
    assert list(got["speaker"])[2] != "Edith Pirrel", got.to_dict("records")


def test_did_and_the_base_form_is_a_finite_verb_of_saying() -> None:
    # 'Acknowledging that X “…,” though, Roe did suggest that …': "did suggest" reports speech as "suggested" does
    ents = [("Garrow Tull", "Garrow Tull", "PERSON"), ("Tull", "Garrow Tull", "PERSON"), ("Pell", "Anson Pell", "PERSON")]
    text = ("Garrow Tull spoke at the fair on Monday.\n\n"
            "Acknowledging that Pell “says a lot of silly stuff,” though, Tull did suggest that the mayor's money "
            "gives him an edge.")
    got = quotes(text, ents)
    assert list(got["speaker"]) == ["Garrow Tull"], got.to_dict("records")
    # left alone: "did" before a base form that is no verb of saying ("did visit") is still no cue
    text = ("Garrow Tull spoke at the fair on Monday.\n\n"
            "Pell had called the plan “a silly stunt” a week before the fair, and Tull did visit the mill.")
    got = quotes(text, ents)
    assert list(got["speaker"]) != ["Garrow Tull"], got.to_dict("records")
