"""Round 48 (lead): a body that issues no shares (a union of states, a party, an agency) is no antecedent of "the
stock", as it already was none of a bare "it"; a listed company whose name ends like such a body keeps its shares.
Invented texts and names."""

from __future__ import annotations

from datetime import date

from analysis.market.coref import _issues_no_shares
from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 10, 10)


def _moves(text: str, *names: str) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names))
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_the_stock_is_never_a_union_of_states() -> None:
    text = ("The Quistian Union bans a plant. Freedonia bans a state. That is how Zorbo Foods, whose other plants are "
            "far from Harlow, lost access to Freedonia on Oct. 4.\n\nInvestors have treated the episode as a Zorbo Foods "
            "story. The stock fell 20.3 per cent in three sessions.")
    assert _moves(text, "Quistian Union", "Zorbo Foods") == [("Zorbo Foods", -20.3)]


def test_a_listed_company_named_like_a_body_issues_shares() -> None:
    assert _issues_no_shares("Quistian Union")
    assert _issues_no_shares("Harlan Party")
    assert not _issues_no_shares("Western Union")  # a listed company of the catalog


def test_a_caption_saying_percent_makes_a_table_s_bare_figures_moves() -> None:
    """"How the stocks fared (share price change, per cent)" over "Company | This week | Since 2 March" and rows of
    bare figures ("Zorbo Pay | +6.1 | -41.6"; a markdown table as the corpus reader leaves it): each cell is a move, as
    under a header saying percent."""
    table = "Company | This week | Since 2 March\n\nZorbo Pay | +6.1 | -41.6\n\nQuistal Cards | -1.5 | +5.6\n"  # as cleaned
    text = "How the payments stocks fared (share price change, per cent)\n\n" + table
    assert _moves(text, "Zorbo Pay", "Quistal Cards") == [
        ("Zorbo Pay", 6.1), ("Zorbo Pay", -41.6), ("Quistal Cards", -1.5), ("Quistal Cards", 5.6)]
    # without such a caption, bare figures under a header that names no unit are no moves (prices, counts ...)
    text = "How the payments stocks fared\n\n" + table
    assert _moves(text, "Zorbo Pay", "Quistal Cards") == []
