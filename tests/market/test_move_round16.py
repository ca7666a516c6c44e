"""Round 16: general share-move constructions found on two dev corpora's misses, each on an invented text (no word,
name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str, mentions: list | None = None) -> list[tuple[str, float, str]]:
    return [(r.company, r.pct, r.kind) for r in extract_moves(text, PUB, mentions).itertuples()]


def _moves(text: str, mentions: list | None = None) -> list[tuple[str, float]]:
    return [(name, pct) for name, pct, kind in _rows(text, mentions) if kind == "share"]


# A market's place, bare or possessive, before the name of its benchmark ("Germany's TecDAX",
# "the United States’ Russell 1000", "U.S. WTI"): an index or commodity, never a company.

def test_a_place_possessive_before_a_benchmark_is_no_company() -> None:
    text = "Tarnow Shipping rose 3.15% on Friday, and Germany's TecDAX gained 1.85%.\n"
    assert _moves(text) == [("Tarnow Shipping", 3.15)]
    assert [r for r in _rows(text) if r[1] == 1.85][0][2] == "index"


def test_a_place_possessive_ending_in_s_before_an_index() -> None:
    text = "Kelbrook Foods lost 2.35% on Friday, while the United States’ Russell 1000 gained 0.45% for the week.\n"
    assert _moves(text) == [("Kelbrook Foods", -2.35)]


def test_a_place_before_a_company_name_stays_a_company() -> None:
    assert _moves("Japan Kelbrook Holdings rose 4.15% on Friday.\n") == [("Japan Kelbrook Holdings", 4.15)]


# A definite descriptor with a place in it ("The Tampere, Finland-based company", "the Wexford Bay-listed lender"):
# it points back to the company named before; the place is never the company, in its own sentence or in a clause
# after it ("..., taking its gain this year to N%").

def test_a_city_and_country_based_descriptor_points_back() -> None:
    text = ("Tervo Hydraulics has gained 8.15% over three sessions.\n\n"
            "The Tampere, Finland-based company added 2.65% on Thursday, bringing its gain for the year to 19.5%.\n")
    mentions = [(0, 16, "Tervo Hydraulics", "Tervo Hydraulics", "ORG"),
                (text.index("Tampere"), text.index("Tampere") + 7, "Tampere", "Tampere", "ORG")]
    assert _moves(text, mentions) == [("Tervo Hydraulics", 8.15), ("Tervo Hydraulics", 2.65), ("Tervo Hydraulics", 19.5)]


def test_a_two_word_place_before_listed_is_no_company() -> None:
    text = "Quenby Pump Works fell 2.15% on Monday.\n\nThe Wexford Bay-listed pump maker rose 3.35% on Thursday.\n"
    assert _moves(text) == [("Quenby Pump Works", -2.15), ("Quenby Pump Works", 3.35)]


# A descriptor whose modifiers are coordinated ("the aviation and cargo insurer", "the pumps and valves maker"): one
# company, not two clauses joined by "and".

def test_a_descriptor_with_coordinated_modifiers_points_back() -> None:
    text = ("Fennick Assurance shares recovered 2.15% on Friday.\n\n"
            "The Dublin-listed aviation and cargo insurer slid 6.15% in early trade on Monday.\n")
    assert _moves(text) == [("Fennick Assurance", 2.15), ("Fennick Assurance", -6.15)]


def test_two_clauses_joined_by_and_are_not_one_descriptor() -> None:
    text = "Fennick Assurance rose 2.15% in the quarter and said the board and a select group sold 3% of the stock.\n"
    assert _moves(text) == [("Fennick Assurance", 2.15)]


# The exchange's daily limit named with its size ("hit its 20% daily limit", "capped at its 20% daily limit",
# "limit-up 20%" in a list, "Shares: limit-down, -20%"): a move of that size. The direction is "up"/"down" after
# "limit", else the one direction of the sentence's other moves; with neither, no move is read.

def test_hit_its_daily_limit_takes_the_direction_of_the_sentence() -> None:
    text = "Ronda Textiles dropped 4.35 pct in Porto, while in Shenzhen Jiangbei Looms hit its 20 pct daily limit.\n"
    assert _moves(text) == [("Ronda Textiles", -4.35), ("Jiangbei Looms", -20.0)]


def test_hit_its_daily_limit_up() -> None:
    assert _moves("Jiangbei Looms hit the 20% daily limit up for a second day.\n") == [("Jiangbei Looms", 20.0)]


def test_capped_at_its_daily_limit_before_another_rise() -> None:
    text = "Jiangbei Looms, which was capped at the 20% daily limit on Thursday, added a further 6.35% on Friday.\n"
    assert _moves(text) == [("Jiangbei Looms", 20.0), ("Jiangbei Looms", 6.35)]


def test_limit_up_in_a_dated_list_line() -> None:
    text = "TIMELINE\n\n* June 12: Jiangbei Looms limit-up 20% after the tariff news; Ronda Textiles -4.35%.\n"
    assert _moves(text) == [("Jiangbei Looms", 20.0), ("Ronda Textiles", -4.35)]


def test_shares_limit_down_with_a_signed_size_in_a_factbox() -> None:
    text = ("FACTBOX-Who is exposed to the loom ban\n\n"
            "* RONDA TEXTILES (Porto): Buys the looms. Shares: -4.35% on Thursday.\n\n"
            "* JIANGBEI LOOMS (Shenzhen): Makes the looms. Shares: limit-down, -20%, Friday.\n")
    assert _moves(text) == [("Ronda Textiles", -4.35), ("Jiangbei Looms", -20.0)]


def test_a_daily_limit_with_no_direction_or_move_is_no_move() -> None:
    assert _moves("Jiangbei Looms hit its 20% daily limit on Friday.\n") == []
    assert _moves("Regulators said Jiangbei Looms would keep its 20% daily limit.\n") == []


# A fronted adverbial before a pointing-back subject ("In Lima, the company's shares lost ...", "Meanwhile, the
# lender's stock ..."): the adverbial is no part of the subject, which points back to the company named before.

def test_a_fronted_adverbial_before_the_companys_shares() -> None:
    text = ("Ronda Textiles said on Monday it would close two mills.\n\n"
            "By midday in Porto, the company's shares were down 11.35%.\n")
    assert _moves(text) == [("Ronda Textiles", -11.35)]


def test_a_fronted_adverbial_before_a_descriptors_stock() -> None:
    text = "Ronda Textiles cut its forecast on Monday.\n\nMeanwhile, the weaver's stock fell by 20%.\n"
    assert _moves(text) == [("Ronda Textiles", -20.0)]


def test_a_fronted_adverbial_before_another_quantity_is_no_move() -> None:
    text = "Ronda Textiles cut its forecast on Monday.\n\nIn Porto, the company's revenue fell 11.35% last year.\n"
    assert _moves(text) == []


# "X said ... its merger with Y, and its shares rose": a name after "with" is no owner of a later "its" when the
# clause has named its subject before it (as for the other prepositions).

def test_its_shares_after_a_partner_named_with_with() -> None:
    text = ("Pellow Group agreed on Monday to sell its stake in a venture with Quenby Mobile, and its shares jumped "
            "2.15%.\n")
    assert _moves(text) == [("Pellow Group", 2.15)]



# A descriptor subject before a session's verb and its move as a noun ("The weaver closed with a fall of N%", "The
# lender ended the session with a loss of N%"), as a name subject already reads; not another quantity's change.

def test_a_descriptor_closed_with_a_fall_of() -> None:
    text = ("Ronda Textiles said on Monday it would close two mills.\n\n"
            "The textiles group ended the session with a loss of 6.35% as a strike spread.\n")
    assert _moves(text) == [("Ronda Textiles", -6.35)]


def test_a_descriptors_other_quantity_or_forecast_is_no_move() -> None:
    text = ("Ronda Textiles said on Monday it would close two mills.\n\n"
            "The group's revenue closed the year with a rise of 6.35%. The company forecast a 4.15% decline.\n")
    assert _moves(text) == []


# The first-person pronoun, capitalised and contracted ("But I'd look at X", "I'm told"), is never a company.

def test_a_contracted_first_person_pronoun_is_no_company() -> None:
    text = ("GUEST: Ronda Mining is the obvious casualty. But I'd watch Pellow. I'm told the stock has lost 13.5% "
            "since Monday.\n")
    assert all(name not in {"I'd", "I'm", "I"} for name, _pct in _moves(text))


# Half of a value as a move ("lost half its value", "shed more than half of their value"), as the other fractions
# are; not half of anything else. An object "a stock that" before a move: the stock the passage is about.

def test_lost_half_its_value() -> None:
    assert _moves("Ronda Pay has lost more than half its value since March.\n") == []  # round 38: a fraction in words has no percent figure, no row
    assert _moves("Ronda Pay shares have shed half of their value this year.\n") == []


def test_half_of_another_quantity_is_no_move() -> None:
    assert _moves("Ronda Pay lost half its customers in March.\n") == []


def test_a_stock_that_lost_half_its_value() -> None:
    text = ("Ronda Pay warned on profit in May.\n\n"
            "Shareholders who backed the chairman now own a stock that has shed more than 50% since June.\n")
    assert _moves(text, [(0, 9, "Ronda Pay", "Ronda Pay", "ORG")]) == [("Ronda Pay", -50.0)]


# A public body (a legislature, court, ministry, regulator) is never the company "the company's shares" points back
# to; when the sentence before names only such a body, the one company named just before it is meant.

def test_the_companys_shares_skip_a_legislature_named_before() -> None:
    text = ("The union said it had written to Ronda Mining about safety in 2023. "
            "Its leader will testify before the Senate labor committee.\n\n"
            "Since the blast, the company's stock has shed 18.25%.\n")
    mentions, at = [], 0
    for name in ("Ronda Mining", "Senate"):
        at = text.find(name, at)
        mentions.append((at, at + len(name), name, name, "ORG"))
    assert _moves(text, mentions) == [("Ronda Mining", -18.25)]


def test_a_regulator_is_no_owner_of_the_shares() -> None:
    text = ("Ronda Mining said on Monday it would shut the mine.\n\n"
            "The Mining Authority said it would review the permit.\n\n"
            "The company's shares fell 7.15% on Tuesday.\n")
    assert _moves(text) == [("Ronda Mining", -7.15)]
