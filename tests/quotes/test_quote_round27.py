"""Quote engine, round 27: constructions from the twenty-sixth corpus's misses and extras and from PolNeAR train's
speaker misses, each a general construction of news prose. Invented sentences, fictional companies and people; the
entity mentions are given by hand, as the entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_TARLOW = [("Merger", "Merger", "ORG"), ("Tarlow Dredging", "Tarlow Dredging", "ORG"),
           ("Tarlow", "Tarlow Dredging", "ORG"), ("Quenby Holdings", "Quenby Holdings", "ORG"),
           ("Quenby", "Quenby Holdings", "ORG"), ("Imogen Astley-Rowe", "Imogen Astley-Rowe", "PERSON"),
           ("Haruto Ebisawa", "Haruto Ebisawa", "PERSON")]


def test_an_opening_participle_phrase_is_no_subject() -> None:
    # a press release's "Commenting on the Merger, X, Chair of Y, said:": the participle's object (a defined term
    # the entity layer reads as a name) is no subject; the name after it is
    text = ("Commenting on the Merger, Dame Imogen Astley-Rowe, Chair of Tarlow, said:\n"
            "\"The Board believes the offer is fair to our shareholders.\"\n\n"
            "Responding to Quenby Holdings, Haruto Ebisawa, chief executive of Tarlow, said: \"We will engage.\"")
    got = quotes(text, _TARLOW)
    assert list(got["speaker"]) == ["Imogen Astley-Rowe", "Haruto Ebisawa"], got.to_dict("records")
    # the same with no mention of the people (a name the entity layer missed is read off the words)
    got = quotes(text, [m for m in _TARLOW if m[2] == "ORG"])
    assert list(got["speaker"]) == ["Imogen Astley-Rowe", "Haruto Ebisawa"], got.to_dict("records")
    # left alone: a surname in -ing opening the sentence is its subject, and so is an organisation after an
    # introductory phrase with no participle
    people = _TARLOW + [("Fleming", "Carys Fleming", "PERSON"), ("Carys Fleming", "Carys Fleming", "PERSON")]
    text = "Carys Fleming runs the yard. Fleming, the yard's manager, said: \"We are busy.\""
    assert list(quotes(text, people)["speaker"]) == ["Carys Fleming"]
    text = "On Monday, Quenby Holdings, the bidder, said: \"The offer is final.\""
    assert list(quotes(text, people)["speaker"]) == ["Quenby Holdings"]


_INTERVIEW = """THE HARBOUR GAZETTE: Why did the valves fail?

PELLINGER: "We changed the seal supplier in May. That was the start of it."

THE HARBOUR GAZETTE: Who is to blame?

PELLINGER: "It is too early to say.
"What I can tell you is that every failed valve came from the new batch."

THE HARBOUR GAZETTE: Will you keep the plant open?

PELLINGER: "Yes. It has run since 2011 without a problem like this."
"""
_PELLINGER = [("Rufus Pellinger", "Rufus Pellinger", "PERSON"), ("Ostrel Valves", "Ostrel Valves", "ORG")]


def test_a_quoted_transcript_turn_runs_on_over_its_next_paragraph() -> None:
    # a turn whose words open with a quotation mark left open at the end of its line goes on in the next
    # paragraph that opens with a mark (the convention of a quotation of several paragraphs)
    text = "Rufus Pellinger runs Ostrel Valves. He spoke to the Gazette.\n\n" + _INTERVIEW
    rows = quotes(text, _PELLINGER).to_dict("records")
    said = [(r["speaker"], r["quote"]) for r in rows if r["speaker"] == "Rufus Pellinger"]
    assert len(said) == 3, rows
    assert "It is too early to say." in said[1][1] and "every failed valve came from the new batch" in said[1][1]
    assert not any("every failed valve" in r["quote"] for r in rows if r["speaker"] != "Rufus Pellinger")
    # left alone: turns closed on their line, even before a paragraph that opens with a mark
    assert said[0][1] == '"We changed the seal supplier in May. That was the start of it."'
    assert said[2][1] == '"Yes. It has run since 2011 without a problem like this."'
    text += '\n"We will see," said Mara Oduba, who chairs the works council.\n'
    rows = quotes(text, _PELLINGER + [("Mara Oduba", "Mara Oduba", "PERSON")]).to_dict("records")
    assert [r["quote"] for r in rows if r["speaker"] == "Rufus Pellinger"][2] == said[2][1]
    assert [r["speaker"] for r in rows if r["quote"].startswith("We will see")] == ["Mara Oduba"]


def test_a_person_named_in_apposition_to_a_role_takes_the_pronoun() -> None:
    # "The union's regional organiser, X, said … “…,” she said": the entity layer typed X as an organisation; the
    # person's role in apposition makes X the one the pronoun of the next quotation names
    text = ("Tamsin Fairley-Oakes runs the yard's canteen. The Unite branch's regional organiser, Odessa Kilbride, "
            "said staff learned of the deal \"from the radio\".\n"
            "\"We have kept this yard going for a century,\" she said. \"We want the jobs in writing.\"")
    ents = [("Odessa Kilbride", "Odessa Kilbride", "ORG"), ("Unite", "Unite", "ORG")]
    got = quotes(text, ents)
    assert list(got["speaker"]) == ["Odessa Kilbride"] * 3, got.to_dict("records")
    text2 = text.replace("The Unite branch's regional organiser, Odessa Kilbride,",
                         "Odessa Kilbride, the Unite branch's organiser,")
    assert list(quotes(text2, ents)["speaker"]) == ["Odessa Kilbride"] * 3
    # left alone: a role an organisation may hold as well ("its adviser, X,") does not make X a person
    text3 = text.replace("The Unite branch's regional organiser, Odessa Kilbride,", "Its adviser, Odessa Kilbride,")
    got = quotes(text3, ents)
    assert list(got["speaker"])[1:] != ["Odessa Kilbride"] * 2, got.to_dict("records")


_OSTRAVA = [("Ostrava Bank", "Ostrava Bank", "ORG"), ("Ilse Varga", "Ilse Varga", "PERSON"),
            ("Kestin", "Kestin Motors", "ORG")]


def test_a_team_led_by_someone_speaks_through_its_leader_with_or_without_commas() -> None:
    # "Analysts at X, led by Y, wrote": Y, as the same words without the commas already gave
    for subject in ("Analysts at Ostrava Bank, led by Ilse Varga,", "Analysts at Ostrava Bank led by Ilse Varga",
                    "Ostrava Bank strategists, headed by Ilse Varga,"):
        text = f"{subject} wrote in a note: \"Kestin has run out of road.\""
        assert list(quotes(text, _OSTRAVA)["speaker"]) == ["Ilse Varga"], subject
    text = "\"Kestin has run out of road,\" analysts at Ostrava Bank, led by Ilse Varga, wrote."
    assert list(quotes(text, _OSTRAVA)["speaker"]) == ["Ilse Varga"]
    # left alone: an organisation led by someone speaks for itself
    text = "Ostrava Bank, led by Ilse Varga since May, said: \"Kestin has run out of road.\""
    assert list(quotes(text, _OSTRAVA)["speaker"]) == ["Ostrava Bank"]


def test_a_title_case_headline_is_its_subjects_not_the_place_in_it() -> None:
    # "Jane Roe Visits Oslo Plant: ‘…’": a headline in title case reads as one capitalised run over several
    # mentions; a place in it is no speaker, the person or organisation before it is
    ents = [("Wendell Ashgrove", "Wendell Ashgrove", "PERSON"), ("Ashgrove", "Wendell Ashgrove", "PERSON"),
            ("Trondheim", "Trondheim", "PLACE")]
    text = ("Ashgrove Tours Trondheim Plant: \u2018We Will Hire Again.\u2019\n\n"
            "Wendell Ashgrove visited the site on Monday.")
    assert list(quotes(text, ents)["speaker"]) == ["Wendell Ashgrove"]
    # left alone: an organisation after a person in one run is the person's workplace; the person speaks
    ents2 = [("Kellan Ostrow", "Kellan Ostrow", "PERSON"), ("Ostrow", "Kellan Ostrow", "PERSON"),
             ("Brightmoor Capital", "Brightmoor Capital", "ORG")]
    text = "Brightmoor Capital's Kellan Ostrow: \u201cWe are buyers.\u201d"
    assert list(quotes(text, ents2)["speaker"]) == ["Kellan Ostrow"]


def test_a_name_the_entity_layer_types_other_is_no_person_for_a_pronoun() -> None:
    # a piece of a law's or an event's name the entity layer types OTHER ("Harbour Security" of "the Harbour Security
    # and Trade Act") is no person a later "she" can mean: OTHER is a type, not a missing one
    text = ('The Trade Secretary said: "We will look closely at the deal." The review falls under the Harbour Security '
            'and Trade Act. "It is a routine step," she said.')
    got = quotes(text, [("Harbour Security", "Harbour Security", "OTHER")])
    assert list(got["speaker"]) == ["The Trade Secretary", ""], got.to_dict("records")
