"""Quote engine, round 47 (quotes47): classes of news prose read on the newly opened corpora and counted on the
read ones and real text before they were fixed. Invented companies, people and sentences; the entity mentions are
given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a person "of the" a description of their organisation before the verb: the phrase read back from the verb is
# the description ("the Keep Our Libraries Open group"); the person in front of it speaks
LIBRARIES = [("Maren Oakfield", "Maren Oakfield", "PERSON"), ("Keep Our Libraries Open", "Keep Our Libraries Open",
                                                                "ORG")]


def test_a_person_of_a_described_group_speaks() -> None:
    text = ("Readers were less patient. Maren Oakfield of the Keep Our Libraries Open group, which has fought the "
            "closures since 2019, said: “Every branch that shuts is a promise broken.”")
    assert _rows(text, LIBRARIES) == [("Every branch that shuts is a promise broken.", "Maren Oakfield")]
    text = "Maren Oakfield of the tenants' union told reporters: “Every branch that shuts is a promise broken.”"
    assert _rows(text, LIBRARIES) == [("Every branch that shuts is a promise broken.", "Maren Oakfield")]


def test_a_described_group_alone_left_alone() -> None:
    # left alone: the group speaking with no person in front of it
    text = ("Keep Our Libraries Open met on Monday. “Every branch that shuts is a promise broken,” the group "
            "said.")
    assert _rows(text, LIBRARIES) == [("Every branch that shuts is a promise broken,", "Keep Our Libraries Open")]


def test_a_capitalised_determiner_inside_a_name() -> None:
    from analysis.quotes.phrases import tail_phrase

    text = "Maren Oakfield of the Keep Our Libraries Open group"
    ph = tail_phrase(text, 0, len(text))
    assert text[ph.start:ph.end] == "the Keep Our Libraries Open group"
    text = "Our group"  # left alone: a determiner opening the phrase
    ph = tail_phrase(text, 0, len(text))
    assert text[ph.start:ph.end] == "Our group"


# "as X, who …, put it" after the quotation: the name the comparison opens with, not the organisation in the
# relative clause after it
TRADE = [("Ilse Varga", "Ilse Varga", "PERSON")]


def test_as_a_name_with_a_relative_clause_put_it() -> None:
    text = ("“Calm is itself a kind of capital,” as Ilse Varga, who heads the growers' main trade association, put "
            "it last week.")
    assert _rows(text, TRADE) == [("Calm is itself a kind of capital,", "Ilse Varga")]
    text = "“Calm is itself a kind of capital,” as Ilse Varga put it last week."
    assert _rows(text, TRADE) == [("Calm is itself a kind of capital,", "Ilse Varga")]


# "Its operations chief told staff …": an unnamed officer of the organisation "its" takes up, not a person named
# before for another body
AIRLINES = [("Skyvale Air", "Skyvale Air", "ORG"), ("Torben Aske", "Torben Aske", "PERSON"),
            ("Norrland Engines", "Norrland Engines", "ORG"), ("Aske", "Torben Aske", "PERSON")]


def test_its_officer_speaks_for_the_organisation() -> None:
    text = ("Norrland Engines chief executive Torben Aske apologised on Monday. Skyvale Air, which has grounded 12 "
            "jets, has been the loudest customer. Its operations chief told staff in a memo that the airline "
            "expected Norrland to “make us whole”.")
    assert _rows(text, AIRLINES) == [("make us whole", "Skyvale Air")]


def test_its_officer_named_left_alone() -> None:
    # left alone: the officer named in apposition speaks
    text = ("Skyvale Air has grounded 12 jets. Its chief executive, Torben Aske, told staff that the airline would "
            "be “made whole”.")
    assert _rows(text, AIRLINES) == [("made whole", "Torben Aske")]


# "the discounter", "the grocer", "the supermarket": organisation nouns of retail news
GROCERS = [("Lowcart UK", "Lowcart UK", "ORG"), ("Fairmart", "Fairmart", "ORG")]


def test_the_discounter_is_an_organisation() -> None:
    text = ("Fairmart cut prices on 400 lines. Lowcart UK had already moved. On Monday evening, the discounter "
            "said it would “match or beat” any cut by a rival.")
    assert _rows(text, GROCERS) == [("match or beat", "Lowcart UK")]


# "the Hollin-based company": a place joined to a lower-case word with a hyphen is an adjective of the
# description, no name of its own
WATER = [("Hollin Water", "Hollin Water", "ORG"), ("Hollin-based", "Hollin-based", "PERSON")]


def test_a_placed_adjective_is_no_name() -> None:
    text = ("Hollin Water admitted on Thursday that it might run out of money. The Hollin-based company, which has "
            "supplied the valley since 1989, shocked investors by warning of “serious doubt over its future”.")
    assert _rows(text, WATER) == [("serious doubt over its future", "Hollin Water")]


def test_a_hyphenated_name_left_alone() -> None:
    from analysis.quotes.phrases import head_phrase

    text = "the Hollin-Vale Trust said"  # left alone: a hyphen between capitals joins a name
    ph = head_phrase(text, 0, len(text))
    assert ph.kind == "name" and text[ph.name_start:ph.name_end] == "Hollin-Vale Trust"


# where the model would credit no one, a definite description of an organisation the rules resolved keeps its
# organisation, whichever the article names most ("the fund said" of the activist, in a story about its target)
FUND = [("Brackwater Partners", "Brackwater Partners", "ORG"), ("Ostley Foods", "Ostley Foods", "ORG"),
        ("Ostley", "Ostley Foods", "ORG")]


def test_an_organisation_description_keeps_its_organisation_over_none(monkeypatch) -> None:
    from analysis.quotes import choose
    from analysis.quotes.model import Speaker

    def no_one(options, model, rule):  # the model's pick stands in: no one, and sure of it
        return choose.Option(Speaker("", "", rule.mention, "none"), []), 0.9

    monkeypatch.setattr(choose, "_best", no_one)
    text = ("Ostley Foods ousted its chief executive on Monday. Brackwater Partners on Tuesday published the letter "
            "it sent to Ostley's board. The fund said Ostley had “confused size with strength”.")
    assert _rows(text, FUND) == [("confused size with strength", "Brackwater Partners")]
    # left alone: a pronoun the rules resolved goes to the model's pick
    text = ("Ostley Foods ousted its chief executive on Monday. Brackwater Partners on Tuesday published the letter "
            "it sent to Ostley's board. It said Ostley had “confused size with strength”.")
    assert _rows(text, FUND) == [("confused size with strength", "")]


def test_its_officer_inside_a_sentence_left_alone() -> None:
    # left alone: "its" inside a sentence takes up its clause's subject, not the organisation "its" opening a
    # sentence would
    entities = [("Dunmore Roasters", "Dunmore Roasters", "ORG"), ("Cafe Workers United", "Cafe Workers United", "ORG")]
    text = ("Smaller chains are watching. Staff at four cafés filed petitions with Cafe Workers United last month, "
            "and Dunmore Roasters raised pay by 6% in what its founder described as “a retention decision, full "
            "stop.”")
    assert _rows(text, entities) != [("a retention decision, full stop.", "Cafe Workers United")]


# "The group, which calls itself X, …": a later "the group said" is X, whatever other organisations the paragraph
# names as its members
CREDITORS = [("Tarn Valley Senior Creditor Committee", "Tarn Valley Senior Creditor Committee", "ORG"),
             ("Ashcombe Asset Management", "Ashcombe Asset Management", "ORG"),
             ("Kell Credit Partners", "Kell Credit Partners", "ORG"), ("Tarn Valley Water", "Tarn Valley Water", "ORG")]


def test_the_group_that_calls_itself_a_name() -> None:
    text = ("Bondholders of Tarn Valley Water have organised. The group, which calls itself the Tarn Valley Senior "
            "Creditor Committee, has hired advisers, and its members include Ashcombe Asset Management and Kell "
            "Credit Partners. The group said in a notice that it was “prepared to engage constructively on a "
            "consensual solution”.")
    assert _rows(text, CREDITORS) == [("prepared to engage constructively on a consensual solution",
                                       "Tarn Valley Senior Creditor Committee")]


# "X rejected the offer as “…”": a verb of judging, as "dismissed … as" (the words are X's)
BID = [("Vantor Mining", "Vantor Mining", "ORG"), ("Kestrel Lithium", "Kestrel Lithium", "ORG"),
       ("Kestrel", "Kestrel Lithium", "ORG")]


def test_rejected_as_quotes_the_subject() -> None:
    text = ("Vantor Mining launched a hostile bid for Kestrel Lithium on Monday. Kestrel rejected the offer as "
            "“opportunistic and inadequate”.")
    assert _rows(text, BID) == [("opportunistic and inadequate", "Kestrel Lithium")]
