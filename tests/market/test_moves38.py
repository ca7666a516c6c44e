"""Round 35 (moves38): classes of financial prose the share-move grammar took for share moves or misnamed. Invented
companies, markets and sentences; each rule has a case it must read and a case it must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 11, 21)  # a Friday


def _moves(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, DAY, mentions)
    return [(str(c), float(p), str(k)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True)]


def _shares(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, float]]:
    return [(c, p) for c, p, k in _moves(text, mentions) if k == "share"]


def _days(text: str) -> list[str]:
    frame = extract_moves(text, DAY, None)
    return [str(d)[:10] for d in frame["session_date"]]


def test_a_capitalised_modifier_before_a_commodity_is_no_company() -> None:
    """""Spot silver" / "Six-month zinc" opening a sentence: the commodity is the subject of the participle clause after
    the first figure too ("after jumping 3.4%"), never the capitalised modifier as a company."""
    text = "Six-month zinc on the Harwick exchange added 1.2% to $2,655 a tonne, after jumping 3.4% on Wednesday."
    assert _moves(text) == [("Six-month zinc", 1.2, "index"), ("Six-month zinc", 3.4, "index")]
    assert _moves("Spot silver eased 0.8%, after climbing 2.1% on Tuesday.") == [
        ("Spot silver", -0.8, "index"), ("Spot silver", 2.1, "index")]
    # a company's name before its own verb stays the company ("Orrin Mining added ...")
    assert _shares("Orrin Mining added 1.2%, after jumping 3.4% on Wednesday.") == [
        ("Orrin Mining", 1.2), ("Orrin Mining", 3.4)]


def test_a_capitalised_modifier_before_a_quantity_is_no_company() -> None:
    """"Public sector wages rose 25%, after rising 15% ...": wages, no company "Public"; a name and its verb before a
    quantity ("Dellow Bank said deposits fell") still names the company of a move after it."""
    assert _shares("Public sector wages rose 25% last year, after rising 15% the year before.") == []
    text = "Dellow Bank said deposits fell. \"We are fine,\" a spokesman said. The stock fell 4% on Friday."
    assert _shares(text) == [("Dellow Bank", -4.0)]


def test_pensions_are_no_company() -> None:
    """Pensions rising are a benefit's level, no share price (vocabulary: ``non_move_subjects``)."""
    assert _shares("Pensions rose 15% in September.") == []
    assert _shares("Halden Pensions rose 15% in September, a day after its listing.") == [("Halden Pensions", 15.0)]


def test_over_the_counter_shares_are_their_owners() -> None:
    """"X's over-the-counter shares" / "X's OTC shares" (a listing, as "X's U.S. shares" is): X's move."""
    assert _shares("Tarvik Bank's U.S. over-the-counter shares (TRVKY) fell 1.8% on Wednesday.") == [("Tarvik Bank", -1.8)]
    assert _shares("Tarvik Bank's OTC shares rose 2% on Wednesday.") == [("Tarvik Bank", 2.0)]
    # the over-the-counter market itself is no company's stock
    assert _shares("The over-the-counter market rose 2% on Wednesday.") == []


def test_an_exclamation_mark_inside_a_name_is_part_of_it() -> None:
    """"Kix!radio" is one name: a "respectively" pair gives each company its own figure; an exclamation mark that
    closes a sentence joins no words."""
    text = "Brandt Media and Kix!radio are down 3.9% and 2.1% respectively as investors look beyond TV."
    assert _shares(text) == [("Brandt Media", -3.9), ("Kix!radio", -2.1)]
    assert _shares("Orrin fell 2%! Bolt Foods rose 1%.") == [("Orrin", -2.0), ("Bolt Foods", 1.0)]


def test_a_level_in_tonnes_is_goods_in_warehouses() -> None:
    """"Harwick stocks fell 2% to 178,000 tonnes": inventories of a metal, no share move; a price per tonne after a
    currency is a price ("rose 1% to $8,200 a tonne")."""
    assert _moves("Harwick stocks fell 2% to 178,000 tonnes, the lowest since August.") == []
    assert _moves("Crude inventories rose 4% to 1.2 million barrels last week.") == []
    assert _moves("Orrin Mining fell 2% to 178 pence, and copper rose 1% to $8,200 a tonne.") == [
        ("Orrin Mining", -2.0, "share"), ("copper", 1.0, "index")]


def test_a_contracted_word_of_a_name_takes_the_full_name() -> None:
    """"Kessel Bank Intl" in a table after "Kessel Bank International" in the text: the full name, as the reader knows
    it; a contraction with no full name before it stays, and a word that only shares letters is another name."""
    text = ("Kessel Bank International fell 1.6% on Tuesday.\n"
            "Bank | Listing | Mon\n"
            "Kessel Bank Intl | Vienna | -3.4%\n"
            "Morrow Grp | Vienna | -2.2%\n")
    mentions = org_mentions(text, "Kessel Bank International", "Kessel Bank Intl", "Morrow Grp")
    assert _shares(text, mentions) == [("Kessel Bank International", -1.6), ("Kessel Bank International", -3.4),
                                       ("Morrow Grp", -2.2)]
    other = "Tarvik Brand Holdings rose 2% on Monday. Tarvik Bond Holdings fell 1% on Friday."
    assert _shares(other, org_mentions(other, "Tarvik Brand Holdings", "Tarvik Bond Holdings")) == [
        ("Tarvik Brand Holdings", 2.0), ("Tarvik Bond Holdings", -1.0)]


def test_a_name_the_article_calls_an_index_is_that_index() -> None:
    """A headline's "Karvo down 3.5%" where the body writes "The Karvo index": the index's move; a company whose name
    only begins like the index's ("Karvo Bank") stays a company."""
    text = "Karvo week in numbers: Karvo down 3.5%, banks hardest hit\n\nThe Karvo index lost 3.5% last week."
    assert _moves(text) == [("Karvo", -3.5, "index"), ("Karvo index", -3.5, "index")]
    other = "Karvo Bank fell 3%, and the Karvo 30 index lost 2%."
    assert _moves(other) == [("Karvo Bank", -3.0, "share"), ("Karvo 30 index", -2.0, "index")]
    assert _moves("Karvo down 3.5% as banks slide") == [("Karvo", -3.5, "share")]


def test_a_weekday_of_plural_falls_dates_those_falls() -> None:
    """"..., on top of Monday's heavy falls": Monday is the falls' session, not the figure's (a plural move noun, as
    "extending Monday's rally" is); "in Monday's session" dates the figure."""
    assert _days("Velmar Bank fell 1.2% by midday, on top of Monday's heavy falls.") == ["2031-11-21"]
    assert _days("Velmar Bank fell 1.2% in Monday's session.") == ["2031-11-17"]


def _corpus_moves(tmp_path, articles: dict[str, str]) -> list[tuple[str, str, float]]:  # noqa: ANN001
    from analysis.corpus.load import load_corpus
    from analysis.pipeline import analyse

    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    moves = analyse(load_corpus(tmp_path)).moves
    return [(str(f), str(c), float(p)) for f, c, p, k in zip(moves["file"], moves["company"], moves["pct"], moves["kind"],
                                                             strict=True) if k == "share"]


def test_a_short_form_the_article_used_for_a_hyphenated_name_takes_it_across_the_corpus(tmp_path) -> None:  # noqa: ANN001
    """An article introduces "B.T. Vollan-Rask" with its move and then writes "Rask" alone: "Rask" in other articles
    is that company too, and the Market page shows one row."""
    articles = {
        "a.txt": "Carriers slide\n\nShares of B.T. Vollan-Rask fell 6.1% in Oslo on Tuesday.\n"
                 "Rask, the largest ferry line, said it would reroute services.\n",
        "b.txt": "Carriers recover\n\nRask recovered 2.2% on Thursday as investors priced in higher fares.\n",
    }
    assert _corpus_moves(tmp_path, articles) == [("a.txt", "B.T. Vollan-Rask", -6.1), ("b.txt", "B.T. Vollan-Rask", 2.2)]


def test_a_joint_venture_that_reports_no_move_lends_no_name(tmp_path) -> None:  # noqa: ANN001
    """"Tovik-Brenner" (a joint venture the article names, with no move of its own) then "Brenner": no evidence that
    "Brenner" stands for it; and without a short form written alone, a hyphenated name keeps its rows apart."""
    articles = {
        "a.txt": "Plants halted\n\nWork stopped at Tovik-Brenner in Bursa, and Brenner engineers were called in.\n"
                 "Brenner shares fell 4.2% on Monday.\n",
        "b.txt": "Carmaker rebounds\n\nBrenner rose 1.4% on Wednesday.\n",
        "c.txt": "Carriers slide\n\nShares of B.T. Vollan-Rask fell 6.1% in Oslo on Tuesday.\n",
        "d.txt": "Carriers recover\n\nRask recovered 2.2% on Thursday.\n",
    }
    assert _corpus_moves(tmp_path, articles) == [("a.txt", "Brenner", -4.2), ("b.txt", "Brenner", 1.4),
                                                 ("c.txt", "B.T. Vollan-Rask", -6.1), ("d.txt", "Rask", 2.2)]


def test_a_sentence_adverb_is_no_word_of_a_market() -> None:
    """"Meanwhile the Chilean peso gained 2.1%": the market is "the Chilean peso"; a capitalised modifier of its own
    ("Spot gold") stays."""
    assert _moves("Meanwhile the Norvish krone has gained 2.1% against the dollar since the collapse.") == [
        ("the Norvish krone", 2.1, "index")]
    assert _moves("Still, copper rose 1%.") == [("copper", 1.0, "index")]
    assert _moves("Spot gold rose 1%.") == [("Spot gold", 1.0, "index")]


def test_two_coordinated_markets_take_a_figure_each() -> None:
    """"Tarvia's forint and Norvia's zloty gained 0.3% and 0.2% respectively": one figure per market, in order; one
    figure for both is each market's."""
    text = "Tarvia's forint and Norvia's zloty gained 0.3% and 0.2% respectively."
    assert _moves(text) == [("Tarvia's forint", 0.3, "index"), ("Norvia's zloty", 0.2, "index")]
    assert _moves("Copper and zinc fell 1% on Friday.") == [("Copper", -1.0, "index"), ("zinc", -1.0, "index")]
    # a phrase of one market only keeps its one subject
    assert _moves("The zloty gained 0.3% and 0.2% on two days.") == [("The zloty", 0.3, "index"), ("The zloty", 0.2, "index")]
