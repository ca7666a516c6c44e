"""Quote engine, round 48 (quotes48): classes of news prose read on the newly opened corpus and counted on the read
ones and real text before they were fixed. Invented companies, people and sentences; the entity mentions are given
by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


# a wire's dateline opening the first paragraph: the name after it opens the sentence, so "the company" of the next
# sentence takes it up
TURBINES = [("Halvard Blades", "Halvard Blades", "ORG"), ("Tern Deep", "Tern Deep", "PERSON")]
LEAD = ("Halvard Blades's shares fell 18% on Tuesday after it wrote down 2.1 billion crowns on offshore projects.\n\n"
        "The charge relates mainly to the Tern Deep field, where the company said costs had run "
        "“well beyond anything we planned for”.")


def test_the_name_after_a_dateline_opens_the_sentence() -> None:
    for dateline in ("AARHUS, March 3 (Wirepoint) - ", "AARHUS (Wirepoint) — ", "NEW AARHUS, March 3, 2025 /Wire/ -- "):
        assert _rows(dateline + LEAD, TURBINES) == [("well beyond anything we planned for", "Halvard Blades")]


def test_no_dateline_left_alone() -> None:
    # left alone: a capitalised word and a bracket inside a sentence are no dateline ("In the filing (Form 8-K) -")
    from analysis.quotes.antecedents import _DATELINE

    assert _DATELINE.match("In the filing (Form 8-K) - the company said") is None
    assert _DATELINE.match("Halvard Blades (HALV) - shares fell") is None


# a quotation going on in the paragraph of an unnamed source's quotation: the same source, not no one
GROCER = [("Orbell Foods", "Orbell Foods", "ORG"), ("Tamsin Greaves", "Tamsin Greaves", "PERSON")]


def test_an_unnamed_source_goes_on() -> None:
    text = ("Orbell Foods cut its forecast twice last year. Tamsin Greaves, its finance chief, left in March.\n\n"
            "Former staff describe a team under pressure to hit monthly targets. “There was a ledger everyone called "
            "the cushion,” said one former manager in the company's buying team, who left in 2022. “If we were short "
            "at the end of a month, the cushion got us there.”")
    assert _rows(text, GROCER) == [
        ("There was a ledger everyone called the cushion,", "one former manager"),
        ("If we were short at the end of a month, the cushion got us there.", "one former manager")]


def test_a_named_speaker_after_an_unnamed_one_left_alone() -> None:
    # left alone: a quotation in the next paragraph, and a named speaker's own words after it
    text = ("“There was a ledger everyone called the cushion,” said one former manager in the company's buying "
            "team.\n\n“We never used any such ledger,” Tamsin Greaves said.")
    assert _rows(text, GROCER) == [("There was a ledger everyone called the cushion,", "one former manager"),
                                   ("We never used any such ledger,", "Tamsin Greaves")]


# "it" after a sentence opening on a definite description of an organisation: what the description takes up, not
# an organisation named in passing before it (an analyst's firm)
TURBINE_MAKER = [("Halvard Blades", "Halvard Blades", "ORG"), ("Oskar Lind", "Oskar Lind", "PERSON"),
                 ("Fjordline Markets", "Fjordline Markets", "ORG")]


def test_it_after_a_described_subject() -> None:
    text = ("Halvard Blades signed fixed-price contracts in 2021 and 2022.\n\n"
            "Oskar Lind, a senior analyst at Fjordline Markets, said the contracts had almost no indexation.\n\n"
            "The company has not disputed that view. In its statement on Tuesday it said it had “misjudged the "
            "inflation risk” in a group of contracts.")
    assert _rows(text, TURBINE_MAKER) == [("misjudged the inflation risk", "Halvard Blades")]


def test_it_after_a_named_organisation_left_alone() -> None:
    # left alone: an organisation named between the description and "it" is what "it" takes up
    text = ("Halvard Blades signed fixed-price contracts in 2021 and 2022.\n\n"
            "The company has not disputed that view. Fjordline Markets went further: in a note on Tuesday it said "
            "the maker had “misjudged the inflation risk” in a group of contracts.")
    assert _rows(text, TURBINE_MAKER) == [("misjudged the inflation risk", "Fjordline Markets")]


# occupations that head a description of an unnamed person ("said a pharmacy technician who asked not to be named")
def test_an_unnamed_worker_speaks() -> None:
    text = ("Many staff hold Orbell Foods shares through the company's pension plan. “I've been here 22 years. I "
            "watched half my savings disappear on Thursday,” said a pharmacy technician who asked not to be named.")
    assert _rows(text, GROCER) == [
        ("I've been here 22 years. I watched half my savings disappear on Thursday,", "a pharmacy technician")]


# a role at an indefinite body ("the finance director of one listed chain, who declined to be named"): an unnamed
# source, shown as its description, and the quotation going on after it is theirs too
def test_a_role_at_an_unnamed_body_speaks() -> None:
    text = ("Retailers were split on the levy. “We've got a very price-sensitive customer,” said the finance director "
            "of one listed homewares chain, who declined to be named. “We will eat this for a quarter. We won't eat "
            "it for a year.”")
    assert _rows(text, GROCER) == [
        ("We've got a very price-sensitive customer,", "the finance director of one listed homewares chain"),
        ("We will eat this for a quarter. We won't eat it for a year.",
         "the finance director of one listed homewares chain")]


def test_a_definite_role_alone_names_no_one() -> None:
    # the table shows the unnamed source without its determiner; left alone: "the judge" takes up someone the
    # text names or no one, and is not shown as a speaker
    from analysis.quotes.table import _unnamed_person

    assert _unnamed_person("the finance director of one listed homewares chain") == \
        "finance director of one listed homewares chain"
    assert _unnamed_person("the judge") == ""
    assert _unnamed_person("the board of a listed chain") == ""  # a body, not a person
    assert _unnamed_person("the head of a rival bank") == "head of a rival bank"
