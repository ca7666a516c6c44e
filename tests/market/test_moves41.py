"""Round 37 (moves41): classes of financial prose the share-move grammar misread. Invented companies, markets and
sentences; each rule has a case it must read and a case it must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 11, 21)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names) if names else None)
    return [(str(c), float(p), str(k)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True)]


def test_a_name_restating_what_its_owner_holds_owns_no_its() -> None:
    """"... a credit line from its largest shareholder, Y GmbH, and its shares rose 8%": Y restates a noun "its"
    governs; the shares are the clause's company's."""
    text = ("Marlow Energie said on Thursday it had secured a credit line from its largest shareholder, Tessin "
            "Beteiligungen GmbH, and its shares rose 8% that day.")
    assert _moves(text, "Marlow Energie", "Tessin Beteiligungen GmbH") == [("Marlow Energie", 8.0, "share")]
    # a name after a comma with no "its" before it still owns the "its" that follows
    text = "Marlow Energie sold the unit to a rival, Tessin Beteiligungen GmbH, and its shares rose 8% that day."
    assert _moves(text, "Marlow Energie", "Tessin Beteiligungen GmbH") == [("Tessin Beteiligungen GmbH", 8.0, "share")]


def test_initials_made_plural_are_no_company() -> None:
    """"... 40,000 of its electric SUVs worldwide, and its shares fell 8.4%": "SUVs" is a thing, not a company."""
    text = ("Harrowgate Motors said it would recall 40,000 of its electric SUVs worldwide after two caught fire, and "
            "its shares fell 8.4% by the close.")
    assert _moves(text, "Harrowgate Motors") == [("Harrowgate Motors", -8.4, "share")]
    # initials without the plural "s" are still a name
    assert _moves("Harrowgate Motors rose 2% on Friday, while KVB fell 3%.") == [
        ("Harrowgate Motors", 2.0, "share"), ("KVB", -3.0, "share")]


def test_names_in_a_list_after_its_are_owned_modifiers() -> None:
    """"... of its EX20 and EC20 electric SUVs, and its shares fell": the models are the company's, owning nothing."""
    text = ("Harrowgate Motors said it would recall 40,000 of its HX40 and HC40 electric vans, and its shares fell 8.4% "
            "by the close.")
    assert _moves(text, "Harrowgate Motors") == [("Harrowgate Motors", -8.4, "share")]
    # a company named after "and" with no "its" before the list still owns the "its" after it
    text = "Harrowgate Motors hired Quenby and Ashdown Partners to sell its vans, and its shares fell 8.4%."
    assert _moves(text, "Harrowgate Motors", "Ashdown Partners") == [("Ashdown Partners", -8.4, "share")]


def test_and_co_is_part_of_one_name() -> None:
    """"Halder and Co. (HLD) gained 0.3%": one firm, not the two companies "Halder" and "Co."."""
    text = "Brenton Inc. (BRT) dipped 1.1%, while Halder and Co. (HLD) gained 0.3%."
    assert _moves(text) == [("Brenton Inc.", -1.1, "share"), ("Halder and Co.", 0.3, "share")]
    assert _moves("Halder & Company gained 0.3% on Friday.") == [("Halder & Company", 0.3, "share")]
    # two companies joined by "and" stay two
    assert _moves("Halder and Brenton gained 0.3% and 2%, respectively.") == [
        ("Halder", 0.3, "share"), ("Brenton", 2.0, "share")]


def test_a_price_change_per_share_then_its_percent() -> None:
    """"fell $26.13 per share, or 68.4%, to close at $12.07 per share" (a class-action notice's wording): the move."""
    text = ("On this news, Quarrel Biotech's stock price fell $26.13 per share, or 68.4%, to close at $12.07 per share "
            "on November 20, 2031.")
    assert _moves(text, "Quarrel Biotech") == [("Quarrel Biotech", -68.4, "share")]
    assert _moves("Quarrel Biotech stock rose 40 cents a share, or about 3%, on Friday.", "Quarrel Biotech") == [
        ("Quarrel Biotech", 3.0, "share")]
    # a dividend raised by so much a share is no move
    assert _moves("Quarrel Biotech raised its dividend by 40 cents a share, or 3%.", "Quarrel Biotech") == []


def test_a_market_carried_to_a_nominal_figure_owns_it() -> None:
    """"X rose 3.8%, helping the Y 600 utilities index to a 1.6% gain": the index's gain, not X's."""
    text = ("Shares of Corlin Power rose 3.8% and Betta Energy added 2.1%, helping the Karvo 600 utilities index to a "
            "1.6% gain, its best day since March.")
    assert _moves(text, "Corlin Power", "Betta Energy") == [
        ("Corlin Power", 3.8, "share"), ("Betta Energy", 2.1, "share"), ("the Karvo 600 utilities index", 1.6, "index")]
    # the company's own running total stays the company's
    assert _moves("Corlin Power rose 3.8%, taking its weekly advance to a 6% gain.", "Corlin Power") == [
        ("Corlin Power", 3.8, "share"), ("Corlin Power", 6.0, "share")]


def test_an_opening_quotation_mark_hides_no_subject() -> None:
    """An interview answer: '"Helvion is the warning sign. Its shares lost 19%': the company the quoted sentence opens
    with, not the one named a paragraph before."""
    text = ('Corlin Power is up roughly 12% since the heat began.\n'
            '"Marlow Energie is the warning sign. Its shares lost 19% on Friday alone."')
    assert _moves(text, "Corlin Power", "Marlow Energie") == [
        ("Corlin Power", 12.0, "share"), ("Marlow Energie", -19.0, "share")]
    # a quoted sentence that names no company leaves "its" to the company before
    text = 'Corlin Power is up roughly 12% since the heat began.\n"It is the winner. Its shares rose 3% on Friday."'
    assert _moves(text, "Corlin Power") == [("Corlin Power", 12.0, "share"), ("Corlin Power", 3.0, "share")]


def test_its_listing_place_before_its_receipts() -> None:
    """"Its U.S. depositary receipts, which ..., lost 12%": the listing's place (dotted initials, capitals or a city)
    between "its" and the receipts is no company; the receipts are the company's before."""
    for place in ("U.S.", "US", "London"):
        text = (f"Halpern AG fell 11.3% on Friday. Its {place} depositary receipts, which trade over the counter, "
                "lost 12% in New York.")
        assert _moves(text, "Halpern AG") == [("Halpern AG", -11.3, "share"), ("Halpern AG", -12.0, "share")], place
    assert _moves("Halpern AG fell 11.3% on Friday. Its U.K. shares lost 12%.", "Halpern AG")[1] == (
        "Halpern AG", -12.0, "share")
    # a name with initials inside it is still a name
    assert _moves("Shares of U.S. Steelworks fell 3%.") == [("U.S. Steelworks", -3.0, "share")]


def test_a_fronted_place_before_a_list_of_companies() -> None:
    """"In the U.S., A Inc. (NYSE: A) and B Inc. (NYSE: B) rose 0.8% and 0.5%, respectively": the place opens the
    sentence; the two companies still take their figures in order."""
    text = ("In the U.S., Quell Communications Inc. (NYSE: QC) and Harth Inc. (NYSE: HRT) rose 0.8% and 0.5%, "
            "respectively, in morning trading.")
    assert [(c, p) for c, p, _k in _moves(text)] == [("Quell Communications Inc.", 0.8), ("Harth Inc.", 0.5)]
    assert [(c, p) for c, p, _k in _moves("In London, Quell and Harth rose 0.8% and 0.5%, respectively.")] == [
        ("Quell", 0.8), ("Harth", 0.5)]
    # a list of places is still no list of companies
    assert _moves("Germany, France and Italy rose 0.8%, 0.5% and 2%, respectively.") == []


def _typed(text: str, typed: dict[str, str]) -> list[tuple[str, float, str]]:
    """Moves of ``text`` with the entity layer's types given by hand (name -> ORG / PLACE)."""
    from analysis.market.coref import DocMentions
    found = [(text.index(n), text.index(n) + len(n), n, n, t) for n, t in typed.items()]
    mentions = DocMentions(sorted(found))
    mentions.text = text
    frame = extract_moves(text, DAY, mentions)
    return [(str(c), float(p), str(k)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True)]


def test_a_name_typed_a_place_that_owns_preferred_shares_is_a_company() -> None:
    """"Quara's preferred shares fell 6.9%, after already losing 8.4% on Monday": a one-word name no place list knows,
    typed a place by the entity layer, whose preferred shares move, is a company."""
    text = "Airline shares fell on Tuesday. Quara's preferred shares fell 6.9%, after already losing 8.4% on Monday."
    assert _typed(text, {"Quara": "PLACE"}) == [("Quara", -6.9, "share"), ("Quara", -8.4, "share")]
    # a city a place list knows stays a market, whatever the text says of its shares
    assert _typed("Karachi fell 2% on Friday. Karachi shares had a poor week.", {"Karachi": "PLACE"}) == [
        ("Karachi", -2.0, "index")]
    # an unknown place whose shares the text never names stays the entity layer's place
    assert _typed("Quara fell 3% on Friday.", {"Quara": "PLACE"}) == [("Quara", -3.0, "index")]


def test_the_share_in_the_singular_is_the_stock() -> None:
    """"the share recovered and was up 2.3 percent", "X, whose share lost 23 percent": prose translated from a
    language that names a stock in the singular; the share of something ("share of the market") is left alone."""
    text = "Harrow Motors fell 8% on Monday. The share recovered somewhat and was up 2.3 percent at 10:15."
    assert _moves(text, "Harrow Motors") == [("Harrow Motors", -8.0, "share"), ("Harrow Motors", 2.3, "share")]
    text = "Harrow Motors fell 8% on Monday. Tessin Cells, whose share lost 23 percent on Monday, has a plant in Jena."
    assert _moves(text, "Harrow Motors", "Tessin Cells") == [("Harrow Motors", -8.0, "share"), ("Tessin Cells", -23.0, "share")]
    assert _moves("Harrow Motors fell 8% on Monday. Its share rose to 30% of the market.", "Harrow Motors") == [
        ("Harrow Motors", -8.0, "share")]


def test_a_weekday_without_a_comma_before_the_stock() -> None:
    """"On Tuesday the stock recovered and was up 2.3 percent": the weekday is no subject; the stock's second verb
    still has it."""
    text = "Harrow Motors fell 8% on Monday. On Tuesday the stock recovered and was up 2.3 percent."
    assert _moves(text, "Harrow Motors") == [("Harrow Motors", -8.0, "share"), ("Harrow Motors", 2.3, "share")]
    # an index after the weekday is not the company's stock
    assert _moves("Harrow Motors fell 8% on Monday. On Tuesday the index recovered and was up 2.3 percent.",
                  "Harrow Motors") == [("Harrow Motors", -8.0, "share")]


def test_selling_in_a_stock_names_what_moved() -> None:
    """A live blog's entry "7:45 a.m. ET: Sympathy selling in X (XX), down about 18% premarket": X moved, not a
    company "Sympathy"."""
    assert _moves("7:45 a.m. ET: Sympathy selling in Tessin Cells (TSC), down about 18% premarket.") == [
        ("Tessin Cells", -18.0, "share")]
    # heavy trading in a city is no stock
    assert _moves("Harrow Motors rose 3% on heavy trading in Frankfurt.") == [("Harrow Motors", 3.0, "share")]


def test_a_fronted_time_before_shares_in_the_descriptor() -> None:
    """"Since Monday, when X pulled its vans off the road, shares in the Swedish carmaker have fallen about 11%": the
    fronted adverbial is no part of the subject; the carmaker is X."""
    text = ("Since Monday, when Harrow Motors pulled 71,400 vans off the road, shares in the Swedish carmaker have "
            "fallen about 11%.")
    assert _moves(text, "Harrow Motors") == [("Harrow Motors", -11.0, "share")]
    text = "Harrow Motors recalled 71,400 vans. On Monday, shares in the carmaker fell 9%."
    assert _moves(text, "Harrow Motors") == [("Harrow Motors", -9.0, "share")]
    # what the fronted phrase says is still not the subject when a quantity follows the comma
    assert _moves("Harrow Motors recalled 71,400 vans. On Monday, sales in the carmaker's home market fell 9%.",
                  "Harrow Motors") == []


def test_a_move_that_grew_is_the_last_move_told() -> None:
    """"X closed down 6.8%. It was the first session since the news. At one point in the morning session the decline
    widened to 8.1%": the decline is X's, told two sentences before, in the same direction."""
    text = ("Harrow Pharma closed down 6.8% in Tokyo. It was the first session since the news. At one point in the "
            "morning session the decline widened to 8.1%.")
    assert _moves(text, "Harrow Pharma") == [("Harrow Pharma", -6.8, "share"), ("Harrow Pharma", -8.1, "share")]
    assert _moves("Harrow Pharma fell 6% at the open. By midday the losses had deepened to 9%.", "Harrow Pharma")[1] == (
        "Harrow Pharma", -9.0, "share")
    # a decline after a rise is no growth of it; another quantity's widening is no move
    text = ("Harrow Pharma closed up 6.8% in Tokyo. It was the first session since the news. At one point in the "
            "morning session the decline widened to 8.1%.")
    assert _moves(text, "Harrow Pharma") == [("Harrow Pharma", 6.8, "share")]
    assert _moves("Harrow Pharma fell 6% at the open. The trade deficit widened to 8.1%.", "Harrow Pharma") == [
        ("Harrow Pharma", -6.0, "share")]
