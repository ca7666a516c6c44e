"""Round 70 (lead): a brand and its listed owner once the entity layer types the brand as a brand. The entities pass
of this round types "the X bakery chain" a product, and the owner's own move ("Shares in Quarrow Holdings fell") is
then the only move of the article that tells the tie: the tie was read from organisations only, and carried to the
other articles only from a move named by the brand, so "Bexley Bakes shares rose 6%" elsewhere stayed the brand's."""

from __future__ import annotations

from analysis.market.coref import brand_owners
from tests.move_helpers import org_mentions, two_day_corpus_moves


def test_a_brand_typed_as_a_product_is_tied_to_its_owner() -> None:
    text = "Quarrow Holdings, the owner of the Bexley Bakes bakery chain, halted its shares."
    mentions = [(a, b, s, n, "PRODUCT" if n == "Bexley Bakes" else kind)
                for a, b, s, n, kind in org_mentions(text, "Quarrow Holdings", "Bexley Bakes")]
    assert brand_owners(text, mentions) == {"Bexley Bakes": "Quarrow Holdings"}
    # the owner must be an organisation: a product owns no brand
    mentions = [(a, b, s, n, "PRODUCT") for a, b, s, n, _ in org_mentions(text, "Quarrow Holdings", "Bexley Bakes")]
    assert brand_owners(text, mentions) == {}


def test_the_tie_told_beside_the_owners_own_move_reaches_the_other_articles(tmp_path) -> None:
    texts = {"a.txt": ("Quarrow Holdings halts trading after audit delay\n\nLEEDS - Quarrow Holdings, the owner of the "
                       "Bexley Bakes bakery chain, said on Monday its audit would be late. Shares in Quarrow Holdings "
                       "fell 40 percent on Monday before they were suspended.\n"),
             "b.txt": ("Cake shop chain rebounds\n\nBexley Bakes shares rose 6 percent on Tuesday as buyers returned "
                       "to the cake shop chain.\n")}
    moves = two_day_corpus_moves(tmp_path, texts)
    shares = moves.loc[moves["kind"] == "share"]
    assert sorted(zip(shares["file"], shares["company"], shares["pct"])) == [
        ("a.txt", "Quarrow Holdings", -40.0), ("b.txt", "Quarrow Holdings", 6.0)]
