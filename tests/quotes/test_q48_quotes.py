"""Quote engine, round 41 (q48): classes of news prose counted across the fourteen read corpora and PolNeAR train
before they were fixed. Invented companies, people and sentences; the entity mentions are given by hand."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(r["quote"], r["speaker"], r["speaker_type"]) for r in quotes(text, entities).to_dict("records")]


PEOPLE = [("Ilse Varga", "Ilse Varga", "PERSON"), ("Tessaly Bureau", "Tessaly Bureau", "ORG")]


def test_a_low_opening_mark_closed_by_a_typewriter_mark() -> None:
    # a translated article's „…" (its closing mark a typewriter one): the words between are a quotation
    text = ("The works council chair, Ilse Varga, asked for answers. „The people here deserve more than a press "
            "release\", Varga said. The Tessaly Bureau said it was „in close contact\" with the administrator.")
    assert _rows(text, PEOPLE) == [("The people here deserve more than a press release", "Ilse Varga", "PERSON"),
                                   ("in close contact", "Tessaly Bureau", "ORG")]


def test_a_low_opening_mark_left_alone() -> None:
    # left alone: „…“ as before, and a lone „ with no closing mark on its line takes no later words
    text = "„Nothing changes“, Ilse Varga said. A sign read „Closed and nobody came."
    assert _rows(text, PEOPLE) == [("Nothing changes", "Ilse Varga", "PERSON")]


# a question-and-answer interview: the answers are the interview itself, and the quotation marks inside an answer
# are kept only where the answer reports someone's words
BUREAU = [("Ilse Varga", "Ilse Varga", "PERSON"), ("Tessaly Bureau", "Tessaly Bureau", "ORG"),
          ("TB", "Tessaly Bureau", "ORG"), ("Corvane Homes", "Corvane Homes", "ORG")]
BUREAU_TEXT = (
    "Ilse Varga runs the Tessaly Bureau's port desk. She spoke to us on Monday.\n\n"
    "Q: What did the bureau promise?\n\n"
    "A: One berth opens on Friday. The TB's own wording on Sunday was: \"Larger ships will follow once the channel "
    "is dredged.\" Nobody has put a date on that.\n\n"
    "Q: Will prices fall?\n\n"
    "A: Not this year. Corvane Homes is the \"big winner\" here, and they know it.\n")


def test_an_answer_quoting_what_a_name_owns_as_its_words() -> None:
    # "X's own wording was: “…”" inside an answer: X's words, as "X said: “…”" would be; a term the one
    # answering puts in quotation marks ("the “big winner”") is still no quotation
    assert _rows(BUREAU_TEXT, BUREAU) == [("Larger ships will follow once the channel is dredged.", "Tessaly Bureau",
                                           "ORG")]


BUILDER = [("Ilse Varga", "Ilse Varga", "PERSON"), ("Varga", "Ilse Varga", "PERSON"),
           ("Corvane Homes", "Corvane Homes", "ORG"), ("Harbour Review", "Harbour Review", "ORG")]
BUILDER_TEXT = (
    "Ilse Varga has run Corvane Homes since 2019. Harbour Review spoke to her in Oslo.\n\n"
    "Harbour Review: What changes first?\n\n"
    "Varga: We open two sites in spring. Buyers already ask about them.\n\n"
    "Harbour Review: Your stock has doubled. Is the market ahead of itself?\n\n"
    "Varga: I don't comment on the share price. What I will say is what I told our board last week: \"If we keep "
    "half of the margin, it is our best year.\"\n\n"
    "Harbour Review: And the rivals?\n\n"
    "Varga: They call us the \"quiet builder\", and that suits us.\n")


def test_an_answer_quoting_the_one_answering_in_the_first_person() -> None:
    # "what I told our board: “…”" inside the guest's own answer: the guest's earlier words, a quotation of the
    # guest even where the rules had already named the guest; a nickname others give ("the “quiet builder”") is not
    assert _rows(BUILDER_TEXT, BUILDER) == [("If we keep half of the margin, it is our best year.", "Ilse Varga",
                                             "PERSON")]
