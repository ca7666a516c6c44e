"""Round 16 resolver rules, each on invented sentences (fictional companies and people)."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes


def tags(text: str, dct: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def test_a_modal_of_obligation_makes_a_month_or_a_day_in_its_clause_the_coming_one() -> None:
    march = date(2031, 3, 11)
    # a deadline or a duty still ahead: the coming June, even with an "-ed" adjective in the clause
    assert ("June 30", "DATE", "2031-06-30") in tags(
        "The Orlan agency must publish the list of affected products by June 30, its director told reporters on Monday.", march)
    assert ("June", "DATE", "2031-06") in tags("Harlow must repay the loan in June, the lender said on Monday.", march)
    assert ("November", "DATE", "2031-11") in tags("The Harlow party must win in November, its leader said.", march)
    # an inference about the past, a compound, and another clause after a comma are left as before
    assert ("June", "DATE", "2030-06") in tags("Mr. Varro must have known in June that the plan was failing, the report said.", march)
    assert ("June", "DATE", "2030-06") in tags("The Orlan show was a must-see in June, critics said.", march)
    assert ("Friday", "DATE", "2031-03-07") in tags(
        "The Harlow board had ruled that the shares must be sold, and set Friday as the deadline.", march)


def test_a_month_naming_the_period_of_reports_a_few_words_before_them_has_ended() -> None:
    march = date(2031, 3, 20)
    assert ("February", "DATE", "2031-02") in tags(
        "The Orlan candidates must file their February campaign finance reports on Sunday.", march)
