"""Quote engine, round 44 (q56): speakers credited to a wrong name nearby (the company a broker's note moves, a list
item's label, a place before "branch", an outlet typed a person) and a game's title after "the mobile hit". Invented
companies, people and sentences; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a time clause right before ", saying": its named subject says it, not the stock the main clause moves
BROKER = [("Dorvale Foods", "Dorvale Foods", "ORG"), ("Quarry Bank", "Quarry Bank", "ORG"),
          ("DVF.N", "Dorvale Foods", "ORG"), ("Tilda Marsh", "Tilda Marsh", "PERSON"),
          ("Owen Pike", "Owen Pike", "PERSON")]


def test_a_broker_in_a_time_clause_before_saying() -> None:
    text = ("Dorvale Foods was the biggest faller, down 5.2 per cent, after broker Quarry Bank cut the grocer to "
            "\"sell\", saying its recovery was \"taking longer than anyone hoped\".")
    assert _rows(text, BROKER) == [("taking longer than anyone hoped", "Quarry Bank")]
    text = ("Dorvale Foods (DVF.N): up 1.8% premarket after Quarry Bank raised its rating to \"outperform\", saying "
            "the write-down had \"cleared the decks for a recovery in earnings\".")
    assert _rows(text, BROKER) == [("cleared the decks for a recovery in earnings", "Quarry Bank")]


def test_a_person_in_the_main_clause_keeps_the_words() -> None:
    # left alone: a person who acts in the main clause goes on speaking after a time clause whose subject a role
    # noun opens; so does the main clause when the time clause's name is a possessive ("after Quarry Bank's note")
    text = ("Tilda Marsh hit back after rival Owen Pike mocked her plan, saying it was \"the only honest budget in "
            "town\".")
    assert _rows(text, BROKER) == [("the only honest budget in town", "Tilda Marsh")]
    text = ("Dorvale Foods hit back after broker Quarry Bank's note questioned its plan, saying it was \"the only "
            "honest budget in town\".")
    assert _rows(text, BROKER) == [("the only honest budget in town", "Dorvale Foods")]


def test_a_list_item_label_before_a_named_clause() -> None:
    text = ("Rating changes on Monday:\n\nDorvale Foods: Quarry Bank cuts to \"hold\" from \"buy\", target 200p, "
            "saying the loss leaves \"less room for upside surprises\" in its order intake.")
    assert _rows(text, BROKER) == [("less room for upside surprises", "Quarry Bank")]


def test_a_headline_label_still_names_its_speaker() -> None:
    # left alone: with no -ing verb, the name before the colon is the headline's speaker
    text = "Tilda Marsh: Owen Pike is \"not fit to chair the committee\"\n\nThe row went on for a week."
    assert _rows(text, BROKER) == [("not fit to chair the committee", "Tilda Marsh")]


# "X's <place> branch said": the branch speaks for the body named in the possessive, not the place
SOCIETY = [("Harbour Dental Society", "Harbour Dental Society", "ORG"), ("Tasmania", "Tasmania", "PLACE")]


def test_a_branch_speaks_for_its_body() -> None:
    text = ("Health groups backed the tax. The Harbour Dental Society's Tasmania branch said sugary drinks were "
            "\"a major cause of tooth decay\" in country towns.")
    assert _rows(text, SOCIETY) == [("a major cause of tooth decay", "Harbour Dental Society")]
    text = text.replace("branch", "chapter")
    assert _rows(text, SOCIETY) == [("a major cause of tooth decay", "Harbour Dental Society")]


# an organisation's name the entity layer typed a person (its last word an organisation's) takes up no "she"
STUDIO = [("Mara Lindqvist", "Mara Lindqvist", "PERSON"), ("Kettle Studios", "Kettle Studios", "ORG"),
          ("Orbis Games", "Orbis Games", "ORG"), ("Dune Business", "Dune Business", "PERSON"),
          ("Dune Holdings", "Dune Holdings", "PERSON")]


def test_an_outlet_typed_a_person_is_no_antecedent() -> None:
    text = ("Mara Lindqvist joined Kettle Studios as an artist in 2015 and became chief executive in 2020. On Monday "
            "she agreed to sell it to Orbis Games. Dune Business spoke to her on Wednesday at the studio's offices. "
            "She called the past week \"the longest of my working life\".")
    assert _rows(text, STUDIO) == [("the longest of my working life", "Mara Lindqvist")]
    text = text.replace("Dune Business", "Dune Holdings")
    assert _rows(text, STUDIO) == [("the longest of my working life", "Mara Lindqvist")]


def test_an_organisation_word_with_a_pronoun_after_it_stays_a_person() -> None:
    # left alone: a pronoun right after the name shows a person whatever the last word ("Willa Carrier said she")
    people = [("Willa Carrier", "Willa Carrier", "PERSON"), ("Kettle Studios", "Kettle Studios", "ORG")]
    text = ("Willa Carrier said she would stay at Kettle Studios. She called the deal \"a fair day's work for all "
            "of us\".")
    assert _rows(text, people) == [("a fair day's work for all of us", "Willa Carrier")]


def test_a_game_title_after_the_mobile_hit() -> None:
    games = [("Orbis Games", "Orbis Games", "ORG"), ("Kettle Studios", "Kettle Studios", "ORG")]
    text = ("Orbis Games is in talks to buy Kettle Studios, the maker of the mobile hit \"Lantern Keepers\", in a "
            "deal that could value it at $2 billion, two people familiar with the matter said.")
    assert _rows(text, games) == []
