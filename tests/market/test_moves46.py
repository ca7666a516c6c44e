"""Round 40 (moves46): classes of financial prose the share-move grammar misread, counted across the twelve read corpora
34-45 before fixing. Invented companies, people, outlets and sentences; each rule has a case it must read and a case it
must leave alone."""

from __future__ import annotations

import re
from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 11, 21)  # a Friday


def _moves(text: str, *names: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, DAY, org_mentions(text, *names) if names else None)
    return [(str(c), float(p), str(k)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True)]


_INTERVIEW = (
    "Q&A: Brackwater Foods' chief on the recall and the bill\n\n"
    "Brackwater Foods said on Monday it would close its Tolvin plant for a month. Chief executive Mara Quist spoke to "
    "Harbour Trade Weekly about its supplier, Fennick Packaging.\n"
    "Q: Will Fennick Packaging pay for the recall?\n"
    "Quist: We have written to Fennick Packaging. Fennick Packaging knows its contract.\n"
    "Q: Your shares fell about 6% this week. Are investors right to worry?\n"
    "Quist: Our share price fell 9% on the day we announced, and I understand why.\n"
)


def test_an_interviews_your_and_our_shares_are_its_guests_company() -> None:
    """"Q: Your shares fell about 6% last week", "Ferrán: Our share price fell 14% on the day we announced", "Our own
    shares are up 2% since the hike" (a bank's economist): the company the interview's head names by its guest's role
    ("Q&A: X's chief on ...", "X chief Y on ...", "Y, chief economist at X"), not the supplier or the outlet the turns
    before named more often (3 misses and 3 extras, in 3 of the 12 read corpora: the 40th, 44th and 45th)."""
    names = ("Brackwater Foods", "Harbour Trade Weekly", "Fennick Packaging")
    assert _moves(_INTERVIEW, *names) == [("Brackwater Foods", -6.0, "share"), ("Brackwater Foods", -9.0, "share")]
    text = ("Five questions for an economist on the baht\n\n"
            "Lantern Markets Review put five questions to Ilse Varga, chief economist at Sorrel Bank, on Monday.\n"
            "What happens to importers?\n"
            "Those with dollar debts are in trouble. Pell Traders' shares have fallen about 19% this month.\n"
            "And the banks?\n"
            "They will be fine. Our own shares are up 2% since the hike.\n")
    assert _moves(text, "Lantern Markets Review", "Sorrel Bank", "Pell Traders") == [
        ("Pell Traders", -19.0, "share"), ("Sorrel Bank", 2.0, "share")]


def test_our_shares_outside_an_interview_and_a_labelled_turn_stay() -> None:
    """What the rule leaves alone: a turn whose label names the speaker's firm keeps that firm ("Ola Brandt, Fennick
    Packaging: Our shares"), and a text that is no interview (a single turn) keeps the company it is about, not the
    firm its head names by a role ("Harbour Trade Weekly chief Ansel Roe")."""
    text = _INTERVIEW.replace("Quist: Our share price", "Ola Brandt, Fennick Packaging: Our share price")
    names = ("Brackwater Foods", "Harbour Trade Weekly", "Fennick Packaging")
    assert _moves(text, *names)[-1] == ("Fennick Packaging", -9.0, "share")
    text = ("Brackwater Foods said on Monday it would close a plant.\nHarbour Trade Weekly chief Ansel Roe wrote that "
            "Brackwater Foods had been slow.\nAda Lund: Our shares fell 9% on the day we announced.")
    assert _moves(text, "Brackwater Foods", "Harbour Trade Weekly") == [("Brackwater Foods", -9.0, "share")]


def test_a_year_on_year_change_written_without_hyphens_is_no_share_move() -> None:
    """"Footfall rose 9% year on year": a shop's measure against the year before, as "year-on-year" was (1 extra, in
    the 44th; the same form gave the 42nd's "down 24% year on year" before its subject was listed)."""
    assert _moves("Footfall rose 9% year on year, while the average basket fell 3%, the company said.") == []
    assert _moves("Visits rose 9% year over year at Brackwater Foods stores.", "Brackwater Foods") == []


def test_a_move_beside_a_year_on_year_figure_stays() -> None:
    """What it leaves alone: the company's own move in the sentence, the year-on-year figure apart."""
    text = "Brackwater Foods rose 4% on Friday after sales grew 9% year on year."
    assert _moves(text, "Brackwater Foods") == [("Brackwater Foods", 4.0, "share")]


def test_goods_priced_per_unit_move_as_a_commodity() -> None:
    """"Spodumene concentrate ... was assessed at $505 a tonne on Friday, down 11%": goods whose price per unit the
    sentence gives are a commodity (an index row), and "X raised the farm-gate price to 2,800 francs per kilogram, an
    increase of 27%" is that price's change, no move (2 extras, in 2 of the 12 read corpora: the 42nd and 44th)."""
    text = "Kelvane ore fines, shipped from Port Ardle, were assessed at $212 a tonne on Friday, down 8% from a week earlier."
    assert _moves(text) == [("Kelvane", -8.0, "index")]
    text = "The Marsh Grain Board raised the guaranteed price to 410 crowns per bushel, an increase of 12% on last season."
    assert _moves(text, "Marsh Grain Board") == []


def test_a_company_beside_a_unit_price_keeps_its_move() -> None:
    """What the rule leaves alone: a company whose sentence prices goods in an aside or after its move."""
    text = "Tarrow Mining, which sells ore at $212 a tonne, fell 3% on Friday."
    assert _moves(text, "Tarrow Mining") == [("Tarrow Mining", -3.0, "share")]
    text = "Tarrow Mining rose 4% on Friday as ore fines climbed to $212 a tonne."
    assert _moves(text, "Tarrow Mining") == [("Tarrow Mining", 4.0, "share")]


def test_a_second_companys_shares_told_by_ellipsis() -> None:
    """"X's shares have fallen about 12% ..., while those of Y have gained 6%", "X's shares have risen more than 9% ...,
    and Y's by nearly 10%": the second company's shares, the noun or the verb left out (2 misses and 1 extra, in 2 of
    the 12 read corpora: the 36th and 45th)."""
    text = "Tarrow Mining's shares have fallen about 12% since the strike, while those of Bexley Ore have gained 6%."
    assert _moves(text, "Tarrow Mining", "Bexley Ore") == [("Tarrow Mining", -12.0, "share"), ("Bexley Ore", 6.0, "share")]
    text = "Tarrow Mining's shares have risen more than 9% since the cut, and Bexley Ore's by nearly 10%."
    assert _moves(text, "Tarrow Mining", "Bexley Ore") == [("Tarrow Mining", 9.0, "share"), ("Bexley Ore", 10.0, "share")]


def test_those_of_another_quantity_and_a_bare_by_stay_unread() -> None:
    """What the rule leaves alone: "those of Y" after a quantity that is no share (sales), and a name with "by" but no
    possessive ("and Y by 2%": Y did something by 2%, nothing says to its shares)."""
    text = "Tarrow Mining sales fell 4% on Friday, while those of Bexley Ore rose 2%."
    assert _moves(text, "Tarrow Mining", "Bexley Ore") == []
    text = "Tarrow Mining shares fell 4% on Friday, and Bexley Ore by 2%."
    assert _moves(text, "Tarrow Mining", "Bexley Ore") == [("Tarrow Mining", -4.0, "share")]


def _typed(text: str, orgs: tuple[str, ...], people: tuple[str, ...]) -> list[tuple[int, int, str, str, str]]:
    """Mentions as the entity layer may give them: ``orgs`` typed ORG, ``people`` typed PERSON."""
    out = [(m.start(), m.end(), name, name, kind) for names, kind in ((orgs, "ORG"), (people, "PERSON"))
           for name in names for m in re.finditer(re.escape(name) + r"(?!\w)", text)]
    return sorted(out)


def _typed_moves(text: str, orgs: tuple[str, ...], people: tuple[str, ...]) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, _typed(text, orgs, people))
    return [(str(c), float(p)) for c, p in zip(frame["company"], frame["pct"], strict=True)]


def test_a_company_named_like_a_person_moves_beside_its_peers() -> None:
    """"Tesco closed 6.3% lower, while J X fell 7.8% and Y lost 3.1%", "X's is down about 14% since last Monday, and Y
    has lost nearly 5%": a grocer or a store chain named like a person (initial and surname, a founder's possessive),
    which the entity layer types PERSON, moves beside companies' moves in one sentence, so it is a listed company too
    (5 misses in the 44th; the entity layer types a company PERSON in 5 of the 12 read corpora, 34th, 36th, 38th, 42nd
    and 44th, where other cues kept the moves)."""
    text = "Harwick Foods closed 6.3% lower, while J Pellow fell 7.8% and Orrin & Vale lost 3.1%."
    assert _typed_moves(text, ("Harwick Foods", "Orrin & Vale"), ("J Pellow",)) == [
        ("Harwick Foods", -6.3), ("J Pellow", -7.8), ("Orrin & Vale", -3.1)]
    text = "Pellow's is down about 14% since last Monday, and Harwick Foods has lost nearly 5% over the same stretch."
    assert _typed_moves(text, ("Harwick Foods",), ("Pellow",)) == [("Pellow", -14.0), ("Harwick Foods", -5.0)]


def test_people_beside_people_or_an_index_stay_no_company() -> None:
    """What the rule leaves alone: a person's poll figure beside another person's, or beside an index's move."""
    text = "Ada Pellow rose 4 percent among older voters, while Tom Reyes fell 2 percent."
    assert _typed_moves(text, (), ("Ada Pellow", "Tom Reyes")) == []
    text = "Ada Pellow rose 4 percent among older voters, while the Velmora 40 index fell 2 percent."
    assert _typed_moves(text, (), ("Ada Pellow",)) == [("Velmora 40 index", -2.0)]


def test_the_same_stocks_earlier_move_after_after() -> None:
    """"X gained 1.4 percent, after 4.6 percent the previous day" (the verb left out: the same direction), "X is
    rebounding 1.7% after yesterday's 9.4% drubbing" (a noun of falling the vocabulary lacked): the stock's move of an
    earlier session (2 misses, in 2 of the 12 read corpora: the 40th and 42nd; the 36th's "after a minus of 2.7 percent",
    translated German, is left)."""
    assert _moves("Tarrow Mining gained 1.4 percent, after 4.6 percent the previous day.", "Tarrow Mining") == [
        ("Tarrow Mining", 1.4, "share"), ("Tarrow Mining", 4.6, "share")]
    assert _moves("Tarrow Mining fell 2% on Friday, after 5% on Thursday.", "Tarrow Mining") == [
        ("Tarrow Mining", -2.0, "share"), ("Tarrow Mining", -5.0, "share")]
    assert _moves("Tarrow Mining is rebounding 1.7% after yesterday's 9.4% hammering.", "Tarrow Mining") == [
        ("Tarrow Mining", 1.7, "share"), ("Tarrow Mining", -9.4, "share")]


def test_a_bare_figure_after_after_with_no_earlier_session_stays_unread() -> None:
    """What the rule leaves alone: a bare figure after "after" that names no earlier session of the stock ("after 5%
    for the sector", "after 5% growth in sales")."""
    assert _moves("Tarrow Mining fell 2% on Friday, after 5% for the sector.", "Tarrow Mining") == [
        ("Tarrow Mining", -2.0, "share")]
    assert _moves("Tarrow Mining fell 2% on Friday, after 5% growth in sales.", "Tarrow Mining") == [
        ("Tarrow Mining", -2.0, "share")]
