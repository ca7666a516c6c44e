"""Round 58 (timex58): the resolver's dates on the cases of the newly opened corpora. Every name and sentence is
invented; each test fails without its rule and checks what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def found(text: str, dct: date) -> list[tuple[str, str]]:
    """(text, value) of every expression of ``text``."""
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. The past auxiliary of a comparison's clause after the date ("... than it had forecast") is the comparison's
#    own: the plan before it keeps its future.
def test_a_comparison_keeps_its_past_to_itself() -> None:
    october = date(2033, 10, 17)
    text = "Quillon said it now expected to sell 8% fewer tablets in December than it had forecast in August."
    assert found(text, october) == [("now", "PRESENT_REF"), ("December", "2033-12"), ("August", "2033-08")]
    assert found("Ravel said it would ship more in March than it had in February.", october) == \
        [("March", "2034-03"), ("February", "2033-02")]
    # left alone: a past auxiliary of the date's own clause still tells the past
    assert found("The delivery it would make in December had been cancelled by then.", october) == \
        [("December", "2032-12")]


# 2. A word right after a possessive is a noun, not a verb of a schedule: "the short seller's report on Monday" is the
#    report of a day gone by in a sentence told in the perfect, not a report still to come.
def test_a_possessive_makes_the_schedule_word_a_noun() -> None:
    friday = date(2033, 11, 18)
    assert found("Velmor stock has lost 12% since the analyst's report on Monday.", friday) == [("Monday", "2033-11-14")]
    assert found("Orrin shares fell after the workers' vote on Tuesday.", friday) == [("Tuesday", "2033-11-15")]
    # left alone: the verb of a schedule after a subject, and after "let's"
    assert found("Orrin's board meets on Monday.", friday) == [("Monday", "2033-11-21")]
    assert found("Let's meet on Monday, Dunmore said.", friday) == [("Monday", "2033-11-21")]


# 3. A quotation mark opening a partial quotation inside the plan's clause ("expected buyers to feel it \"in February
#    or March\"") does not end the infinitive's reach: the quoted words are the plan's own.
def test_a_partial_quotation_inside_a_plan() -> None:
    november = date(2033, 11, 14)
    text = 'Harwick said she expected buyers to feel the shortage "in February or March", once stocks run down.'
    assert found(text, november) == [("February", "2034-02"), ("March", "2034-03")]
    # left alone: a quotation that closes before the reporting clause still ends the plan's reach
    assert found('Harwick hoped to settle," the union said on Tuesday.', november) == [("Tuesday", "2033-11-08")]
