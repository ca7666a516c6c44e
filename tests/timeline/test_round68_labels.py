"""Round 68: event labels read as whole clauses (invented sentences and names)."""

from __future__ import annotations

import pytest

from analysis.timeline.labels.event import event_label


def _label(sentence: str, expression: str, previous: str = "") -> str:
    at = sentence.index(expression)
    return event_label(sentence, at, at + len(expression), previous).label


def _at_verb(sentence: str, verb: str, previous: str = "") -> str:
    at = sentence.index(verb)
    return event_label(sentence, at, at, previous).label


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    # a clause told before its attribution, the date in the attribution
    ("Brovia's industrial output grew 4.2% in the second quarter, official figures showed on Thursday.", "Thursday",
     "Official figures show Brovia's industrial output grew 4.2% in the second quarter"),
    ("Orvane's exports rose 12.5% in May from a year earlier, data showed on Tuesday, above forecasts.", "Tuesday",
     "Data show Orvane's exports rose 12.5%"),
])
def test_clause_before_its_attribution(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_clause_before_the_company_said() -> None:
    previous = "Kestrel Foods disclosed a second inquiry into its accounts. "
    assert _at_verb("The securities regulator is also investigating, the company said.", "said", previous) \
        == "Kestrel Foods says securities regulator is investigating"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a quotation's last sentence: its opening mark in the sentence before
    ('We are working around the clock to restore the service," Noor said in a statement.',
     "Noor says “We are working around the clock to restore the service”"),
    ('The settlement is fair," said Okonjo, 41, who worked at the plant for a decade.',
     "Okonjo says “The settlement is fair”"),
])
def test_quotation_tail_before_its_attribution(sentence: str, expected: str) -> None:
    assert _at_verb(sentence, "said") == expected


def test_quotation_before_told_with_the_date() -> None:
    previous = "Mira Tallis, who runs the fund, was unmoved. "
    assert _label('"We have plenty of room to wait," she told Harbour TV on Monday.', "Monday", previous) \
        == "Mira Tallis tells Harbour TV “We have plenty of room to wait”"


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    # the subject's own aside before its verb is no words said
    ("Ada Roe, the former judge who chairs the panel, told reporters on Monday that it would meet weekly.",
     "Monday", "Ada Roe tells reporters it will meet weekly"),
])
def test_no_words_said_before_the_verb(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    # a date's possessive inside its clause stands for "the" of the noun phrase it opens
    ("Nobody on Tuesday's call wanted to discuss the pension deficit.", "Tuesday",
     "Nobody on the call wanted to discuss the pension deficit"),
    ("Bond traders are looking ahead to Thursday's inflation report.", "Thursday",
     "Bond traders are looking ahead to the inflation report"),
    ("Traders said pension funds used Monday's rally to trim their holdings.", "Monday",
     "Pension funds used the rally to trim their holdings"),
])
def test_possessive_date_inside_its_clause(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    # unchanged: the possessive's noun phrase is the event, or the possessive stands alone
    ("Even after Friday's rebound, the shares remain well below their peak.", "Friday", "Rebound"),
])
def test_possessive_date_kept(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    # the level a verb of closing or opening is at, after "at"
    ("On Thursday, the bank's shares closed at SEK 41.20.", "Thursday", "Bank's shares close at SEK 41.20"),
    ("Brovia's main index closed at a record high on Friday, led by miners.", "Friday",
     "Brovia's main index closes at a record high"),
    ("The shares ended on Monday at their lowest since 2009.", "Monday", "Shares end at their lowest"),
])
def test_level_after_at(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_bracket_left_open_at_the_end() -> None:
    assert _label("11:40 - Opening auction (delayed, see note)", "11:40") == "Opening auction"


@pytest.mark.parametrize(("sentence", "expression", "expected"), [
    # a relative clause after the date's own past tells another event
    ("A federal judge on Monday upheld a $12 million award against Orvane in a suit by farmers who said its "
     "herbicide damaged their crops.", "Monday", "A federal judge upheld a $12 million award against Orvane"),
    # the relative clause's subject is the noun before "who", not the verb before that noun
    ("Ada Roe, the lawyer who represented 40 growers who won a $9 million verdict against Orvane in March, "
     "spoke on Friday.", "March", "40 growers win $9 million verdict against Orvane"),
])
def test_relative_clause_after_the_date(sentence: str, expression: str, expected: str) -> None:
    assert _label(sentence, expression) == expected


def test_clause_told_opens_in_small_letters() -> None:
    assert _at_verb("At least 40 were hurt and more than 300 evacuated, officials said.", "said") \
        == "Officials say at least 40 were hurt and more than 300 evacuated"


def test_subordinate_clause_before_the_attribution_is_left() -> None:
    # the clause told follows a subordinate one past a comma: the label stays the telling's
    assert _at_verb("If the merger fails, both lenders may lose business, Ada Roe said.", "said") == "Ada Roe says"


def test_clause_told_as_written_when_its_negation_would_break() -> None:
    previous = "Brovia Savings set out a restructuring plan. "
    assert _at_verb("Terms of the plan won't be made final until the regulator approves them, the company said.",
                    "said", previous).endswith("says Terms of the plan won't be made final")
