"""Round 68 (lead): a broker changing its recommendation on the stock is the analyst's firm, not the company whose
shares the next sentence moves. Invented text."""

from datetime import date

from analysis.market.extract import extract_moves

PUB = date(2031, 12, 7)


def _rows(text: str, *orgs: str) -> list[tuple[str, float]]:
    mentions = [(i, i + len(o), o, o, "ORG") for o in orgs for i in [text.find(o)] if i >= 0]
    return [(r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


def test_a_broker_that_cut_the_stock_to_a_sell_is_no_antecedent_of_shares() -> None:
    text = ("Quarrow Motors back under pressure. Roe Securities has cut the stock to underperform with a $2 target. "
            "Shares are down about 11% in early premarket trade.")
    assert _rows(text, "Quarrow Motors", "Roe Securities") == [("Quarrow Motors", -11.0)]


def test_a_broker_that_upgraded_the_stock_is_no_antecedent_either() -> None:
    text = "Quarrow Motors said sales rose. Bexley Partners upgraded the stock. Shares rose 6.5% on Tuesday."
    assert _rows(text, "Quarrow Motors", "Bexley Partners") == [("Quarrow Motors", 6.5)]


def test_a_company_that_cut_its_own_forecast_stays_the_antecedent() -> None:
    # left alone: a cut of something else than the stock's recommendation
    text = "Roe Retail cut its forecast to a loss. Shares fell 8.2% on Tuesday."
    assert _rows(text, "Roe Retail") == [("Roe Retail", -8.2)]
