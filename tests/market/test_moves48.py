"""Round 48 (moves48): who a subjectless or pointing-back share phrase belongs to, on invented texts (no word, name or
figure of any corpus), with what each rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves, split_sentences
from test_move_round21 import _mention, every_mention

PUB = date(2026, 3, 6)  # a Friday


def _rows(text: str, *names: str, people: tuple[str, ...] = ()) -> list[tuple[str, str, float]]:
    mentions = every_mention(text, *names)
    mentions += [_mention(text, p, "PERSON", nth=i) for p in people for i in range(text.count(p))]
    rows = extract_moves(text, PUB, sorted(mentions))
    return [(r.kind, r.company, r.pct) for r in rows.itertuples()]


# 1. A company's suffix ("Inc.", "& Co.") closes the name; a word that only opens a sentence after it starts a new one
# ("Upgraded to buy at Roe & Co. Shares rose 2.2%"), so "Upgraded" is no subject of "rose".

def test_a_suffix_then_a_sentence_opener_ends_the_sentence() -> None:
    text = "Upgraded to buy at Marrow & Co. Shares rose 2.2% on Thursday."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Upgraded to buy at Marrow & Co.",
                                                             "Shares rose 2.2% on Thursday."]


def test_a_suffix_inside_a_name_still_joins() -> None:
    text = "Shares of Pellam Co. Holdings rose 2.2% on Thursday."
    assert [text[a:b] for a, b in split_sentences(text)] == [text]


# 2. A "stocks to watch" rundown: a heading of a name and its ticker on its own line, then its entry. "Shares" and
# "The stock" of the entry are the heading's company, not a broker the entry names nor a word opening it.

RUNDOWN = ("Stocks to watch: Orvel, Tamsin\n\n"
           "ORVEL TOOLS (ORVL.DE)\n\n"
           "The drill maker's shares sank 14.2% yesterday after a profit warning. Two brokers cut their targets; "
           "Brisco Bank moved to sell. The stock is indicated another 4% lower.\n\n"
           "TAMSIN FOODS (TMSN.PA)\n\n"
           "Upgraded to buy at Brisco & Co. Shares rose 1.7% in the previous session.\n")


def test_the_stock_of_a_rundown_entry_is_its_headings() -> None:
    assert _rows(RUNDOWN, "Orvel Tools", "Brisco Bank", "Tamsin Foods", "Brisco & Co") == [
        ("share", "Orvel Tools", -14.2), ("share", "Orvel Tools", -4.0), ("share", "Tamsin Foods", 1.7)]


def test_an_entry_that_told_another_firms_move_keeps_it() -> None:
    text = ("ORVEL TOOLS (ORVL.DE)\n\n"
            "Brisco Bank agreed to buy the drill maker's rival. Brisco Bank rose 3.1% on the news. "
            "The stock is indicated 1% higher.\n")
    assert _rows(text, "Orvel Tools", "Brisco Bank") == [("share", "Brisco Bank", 3.1), ("share", "Brisco Bank", 1.0)]


def test_a_paragraph_further_down_is_no_longer_the_entry() -> None:
    text = ("ORVEL TOOLS (ORVL.DE)\n\n"
            "The drill maker cut its outlook.\n\n"
            "Brisco Bank reported a record profit. The stock is indicated 4% lower.\n")
    assert _rows(text, "Orvel Tools", "Brisco Bank") == [("share", "Brisco Bank", -4.0)]


# 3. A capitalised phrase ending on a sum of money ("Writedown of NOK 2.3" of a wire story's top bullet "Writedown of NOK
# 2.3 bln on ...") is no company a later "Shares" points back to.

def test_a_phrase_ending_on_a_sum_is_no_company() -> None:
    text = ("Tamsin Grid shares slump after writedown\n\n"
            "Writedown of NOK 2.3 bln on coastal projects\n\n"
            "Finance chief Odde leaves\n\n"
            "Shares close down 17.4%, biggest drop since listing\n")
    assert _rows(text, "Tamsin Grid", people=("Odde",)) == [("share", "Tamsin Grid", -17.4)]


# 4. A person owns no shares: "The shares" after "Jane Roe, chief executive of Acme, spoke to X" are Acme's (the company
# she leads, whatever type the entity layer gives its name), not X's; an analyst's employer stays no owner.

def test_the_company_an_opening_person_leads_owns_the_shares() -> None:
    text = ("Q&A: Tamsin's Varlund says the worst is over\n\n"
            "Osk Varlund, chief executive of Tamsin Grid, spoke to Pellbury on Friday, days after the writedown. "
            "The shares have fallen 19.3% since the announcement.\n")
    assert _rows(text, "Pellbury", people=("Osk Varlund", "Tamsin Grid")) == [("share", "Tamsin Grid", -19.3)]


def test_an_analysts_employer_stays_no_owner() -> None:
    text = ("Tamsin Grid cut its outlook on Thursday. "
            "Osk Varlund, an analyst at Brisco Bank, said the cut was overdue. The shares fell 6.2%.")
    assert _rows(text, "Tamsin Grid", "Brisco Bank", people=("Osk Varlund",)) == [("share", "Tamsin Grid", -6.2)]


# 5. A relative clause inside an appositive names another company between a company and its shares ("X, the Oslo-listed
# maker that supplies Y's rotors, has seen its shares fall 12%"): "its" is the appositive's head's, X's.

def test_a_name_inside_a_described_relative_clause_owns_no_its() -> None:
    text = ("Orvel Composites, the Bergen-listed mould maker that supplies Tamsin Grid's towers, has seen its shares "
            "fall 8.3% this week.")
    assert _rows(text, "Orvel Composites", "Tamsin Grid") == [("share", "Orvel Composites", -8.3)]


def test_its_after_a_plain_clause_keeps_the_nearest_name() -> None:
    text = "Orvel Composites said Tamsin Grid, its largest client, had cut orders, and Tamsin Grid saw its shares fall 8.3%."
    assert _rows(text, "Orvel Composites", "Tamsin Grid") == [("share", "Tamsin Grid", -8.3)]


# 6. A table of prices and a stock or two, the stock's row named with its ticker and the word "share" ("| Acme (ASX: ACM)
# share | A$0.94 | -31.2% |"): the company's move.

def test_a_table_row_of_a_named_share_is_its_companys_move() -> None:
    text = ("| Indicator | 4 March | w/w |\n|---|---|---|\n"
            "| Iron ore fines ($/t) | 101 | +3% |\n"
            "| Tamsin Iron (ASX: TSI) share | A$1.12 | -12.5% |\n")
    assert ("share", "Tamsin Iron", -12.5) in _rows(text, "Tamsin Iron")


def test_a_row_of_a_class_of_shares_stays_unread() -> None:
    text = "| Holder | Stake | Change |\n|---|---|---|\n| Class B shares | 12% | +2% |\n| Tamsin Iron | 4% | -1% |\n"
    assert [r for r in _rows(text, "Tamsin Iron") if r[1].startswith("Class")] == []


# 7. What a stock ranks on ("the best performer on the Karvo") is an index, whatever its name: the article's later
# "The Karvo closed 0.9% higher" is the index's move, not a company's.

def test_what_a_stock_ranks_on_is_an_index() -> None:
    text = ("Shares of Pellam Salt rose 6.1% on Monday, the best performer on the Karvo. "
            "The Karvo closed 0.4% higher.")
    assert _rows(text, "Pellam Salt") == [("share", "Pellam Salt", 6.1), ("index", "Karvo", 0.4)]


def test_a_funds_holding_is_no_ranking_list() -> None:
    text = ("Pellam Salt was the best performer in the Orvel fund this year. "
            "Orvel rose 3.2% on Monday.")
    assert _rows(text, "Pellam Salt", "Orvel") == [("share", "Orvel", 3.2)]


# 8. A broker's rating move with no company named ("Brisco Bank cuts rating to sell", "moved to 'sell'") is about the
# stock of the lines before: a later "Shares" is not the broker's.

def test_a_brokers_rating_line_is_no_antecedent() -> None:
    text = ("UPDATE 2-Orvel Tools cuts outlook as Chinese demand slumps\n\n"
            "Full-year sales seen down 5-7%\n\n"
            "Brisco Bank cuts rating to sell\n\n"
            "Shares fall 9%, lead losers\n")
    assert _rows(text, "Orvel Tools", "Brisco Bank") == [("share", "Orvel Tools", -9.0)]


def test_a_bank_moving_elsewhere_stays_a_candidate() -> None:
    text = "Brisco Bank moved to larger offices in March. Shares in the lender rose 2.5% on Friday."
    assert _rows(text, "Brisco Bank") == [("share", "Brisco Bank", 2.5)]

