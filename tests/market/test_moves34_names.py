"""Round 34 (moves34): a company's name as the reader knows it, in classes of financial prose the share-move grammar
missed or misread. Invented companies, people and sentences; each rule has a case it must read and a case it must
leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from tests.move_helpers import org_mentions

DAY = date(2031, 11, 21)  # a Friday


def _rows(text: str, mentions: list[tuple[int, int, str, str, str]] | None = None) -> list[tuple[str, float]]:
    frame = extract_moves(text, DAY, mentions)
    return [(str(c), float(p)) for c, p, k in zip(frame["company"], frame["pct"], frame["kind"], strict=True) if k == "share"]


def test_a_spaced_plus_joins_the_words_of_one_name() -> None:
    """"Brandt + Kessler" (as "&" joins "Brandt & Kessler"): one company, not its last word."""
    text = "Engineering firm Brandt + Kessler (BRKS.S) climbed 4.3% after winning a rail contract."
    assert _rows(text) == [("Brandt + Kessler", 4.3)]
    # a plus sign on a figure stays the figure's sign, no joint of two names
    assert _rows("Movers: Brandt Kessler +2.1%, Orrin Foods -1.0%.") == [("Brandt Kessler", 2.1), ("Orrin Foods", -1.0)]


def test_a_company_named_for_a_titled_person_is_a_company() -> None:
    """"Dr. Ashworth's Laboratories": a title, a possessive and an organisation's head word name a company; a titled
    person with a possessive common noun stays no company."""
    text = "Shares in the sector were mixed, and Dr. Ashworth's Laboratories slid 6.1% by the close."
    assert _rows(text) == [("Dr. Ashworth's Laboratories", -6.1)]
    assert _rows("Dr. Ashworth's patients rose 4.6% last year.") == []


def test_an_opener_listed_with_names_is_a_name() -> None:
    """A capitalised word that also names a quantity ("Outlook", "Forecast") opening a list of companies is a company;
    alone it stays a quantity."""
    text = "Outlook, Pellow Foods and Crane Dairy each slipped 1%, while the wider market rose."
    assert _rows(text) == [("Outlook", -1.0), ("Pellow Foods", -1.0), ("Crane Dairy", -1.0)]
    assert _rows("Outlook improved 3% from a year earlier, the survey showed.") == []
    # listed only with another quantity, the opener stays one ("Margins" is read as a name, as before this rule)
    assert "Revenue" not in {c for c, _ in _rows("Revenue and Margins rose 4% and 2%, respectively.")}


def test_a_short_form_takes_the_full_name_the_article_introduced() -> None:
    """"Ostrava Pharma" after "Ostrava Pharmaceutical Works": the full name. A name that only leaves words out
    ("Pellow Bank" after "Pellow Bank Research") is another firm, and a short form with no full name before stays."""
    text = ("Investors bought Ostrava Pharmaceutical Works (OSPW.NS) on Thursday. By noon, Ostrava Pharma was up 7%, "
            "its best day since the spring.")
    # the entity layer may keep the short form as an organisation of its own
    assert _rows(text, org_mentions(text, "Ostrava Pharmaceutical Works", "Ostrava Pharma")) == [("Ostrava Pharmaceutical Works", 7.0)]
    other = "Pellow Bank Research rated the sector a buy on Thursday. Pellow Bank rose 2% on Friday."
    assert _rows(other) == [("Pellow Bank", 2.0)]
    assert _rows("By noon, Ostrava Pharma was up 7%.") == [("Ostrava Pharma", 7.0)]
