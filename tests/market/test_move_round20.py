"""Round 20: share-move constructions an unread corpus showed the probes missed, each on an invented sentence (no word,
name or figure of any corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.market.extract import extract_moves
from analysis.market.figures import find_figures
from tests.pipeline_helpers import move_frame

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in move_frame(text, PUB).itertuples()]


# 1. A fraction of a price after any move verb of the vocabulary (present tense, "give up", "down"), with or without
# "of its value", "by half" and "nearly half" as the other fractions, "cut in half" as "halved"; never a fraction
# that counts something else ("a quarter point", "half a percentage point", "a third day").
# Round 38: such a fraction is still read (a worded figure, so that it blocks and rounds as before) but gives no row:
# it has no percent figure, and the gold of all eight read corpora 34-41 leaves it out.

@pytest.mark.parametrize(("text", "expected"), [
    ("Torvane Bank shares plunge a quarter after trading loss\n\nThe bank reported a loss.\n",
     [("share", "Torvane Bank", -25.0)]),
    ("Torvane claws back some ground but ends week down a fifth\n\nTorvane Bank shares rose on Friday.\n",
     [("share", "Torvane", -20.0)]),
    ("NEWSWRAP/WRAP-Torvane ends week down a fifth\n\nTorvane Bank shares rose on Friday.\n",
     [("share", "Torvane", -20.0)]),
    ("Torvane Bank stock has given up roughly a third of its value in two sessions.", [("share", "Torvane Bank", -33.3)]),
    ("Torvane Bank shares slumped by a third on Tuesday.", [("share", "Torvane Bank", -33.3)]),
    ("Torvane Bank stock sinks more than a third after the ruling.", [("share", "Torvane Bank", -33.3)]),
    ("Torvane Bank has lost three-fifths of its value since Monday.", [("share", "Torvane Bank", -60.0)]),
    ("Torvane Bank stock jumped two-thirds in a week.", [("share", "Torvane Bank", 66.7)]),
    ("Torvane Bank shares have fallen by half since March.", [("share", "Torvane Bank", -50.0)]),
    ("Torvane Bank shares lost nearly half on Tuesday.", [("share", "Torvane Bank", -50.0)]),
    ("Torvane Bank shares were cut in half on Tuesday.", [("share", "Torvane Bank", -50.0)]),
    ("Torvane Bank saw its market value cut in half this week.", [("share", "Torvane Bank", -50.0)]),
])
def test_a_fraction_of_a_price_is_a_move(text: str, expected: list[tuple[str, str, float]]) -> None:
    worded = [f.sign * f.value for f in find_figures(text.split("\n")[0]) if f.worded]
    assert worded == [pct for _kind, _name, pct in expected]
    assert _rows(text) == []


@pytest.mark.parametrize("text", [
    "Torvane Bank stock fell a quarter point.",
    "Torvane Bank shares dropped by a quarter-point.",
    "Torvane Bank shares rose by a quarter of a percentage point.",
    "Torvane Bank shares fell half a percentage point on Tuesday.",
    "Torvane Bank shares fell for a third day.",
    "Torvane Bank shares rose a third day on Tuesday.",
    "Torvane Bank shares rose in the quarter.",
    "Torvane Bank shares rose in the first half.",
    "Torvane Bank cut its dividend in half on Tuesday.",
    "Torvane Bank's dividend was cut in half.",
    "Torvane Bank recovered a third of its losses on Tuesday.",
    "Torvane Bank slashed a third of its staff.",
    "Torvane Bank lost a third of its customers in the quarter.",
])
def test_a_fraction_of_something_else_is_no_move(text: str) -> None:
    assert _rows(text) == []


def test_half_a_percent_stays_a_half_percent_move() -> None:
    assert _rows("Torvane Bank shares closed up half a percent.") == [("share", "Torvane Bank", 0.5)]


# A fraction beside a numeric percent of the same company is left unread only when it may round that figure: one of the
# same direction. A fraction of the other direction rounds nothing; a fraction with a span of its own ("between A and
# B") is a move of its own.

def test_a_fraction_of_the_other_direction_than_the_figure_is_a_move() -> None:
    text = ("Torvane Bank shares rose for a second day on Friday, climbing 6.3%, but the lender was still on course to "
            "end the week having lost a fifth of its value.")
    assert _rows(text) == [("share", "Torvane Bank", 6.3)]  # round 38: a fraction in words has no percent figure, no row


def test_a_fraction_with_a_between_span_is_a_move_of_its_own() -> None:
    text = ("Torvane Bank, which lost nearly half of its market value between March 2021 and the end of 2022, has "
            "gained 17% since the start of the year.")
    assert _rows(text) == [("share", "Torvane Bank", 17.0)]  # round 38: a fraction in words has no percent figure, no row


def test_a_fraction_of_the_same_direction_as_the_figure_still_rounds_it() -> None:
    text = "By the close Torvane Bank had lost nearly two-thirds of its value, a fall of 64.2% in one day."
    assert _rows(text) == [("share", "Torvane Bank", -64.2)]


# 2. A pointing-back subject ("The stock", "Its shares") resolves to a company with shares: never to a name a person's
# name closes ("I'm Jane Roe, and ..."), a product's or a trial's name (the entity layer's PRODUCT or OTHER), or a public
# body whose head stands before "of" ("the Harbour and Port Authority of X").

def _mention(text: str, surface: str, kind: str = "ORG", name: str | None = None) -> tuple[int, int, str, str, str]:
    start = text.index(surface)
    return (start, start + len(surface), surface, name or surface, kind)


def _rows_with(text: str, mentions: list[tuple[int, int, str, str, str]]) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, mentions).itertuples()]


def test_the_stock_after_a_self_introduction_is_the_company_named_before() -> None:
    text = ("Varnel Bank said on Monday it would cut 900 jobs.\n\n"
            "ANCHOR: Good evening. I'm Dana Pellow, and with me is Ross Tegg of Amberlin Capital.\n\n"
            "ROSS TEGG: The stock fell 4% on Tuesday.\n")
    mentions = [_mention(text, "Varnel Bank"), _mention(text, "Dana Pellow", "PERSON"),
                _mention(text, "Ross Tegg", "PERSON"), _mention(text, "Amberlin Capital")]
    assert _rows_with(text, mentions) == [("share", "Varnel Bank", -4.0)]


def test_the_stock_after_a_trials_name_is_the_company() -> None:
    text = ("Shares of Corvex Bio Inc. (CRVX.O) plunged 40% on Tuesday, wiping out $2 billion of market value, after the "
            "company said its pill failed the main goal of a trial.\n\n"
            "The Phase 3 ZENITH-4 study, which began enrolling patients in the second quarter of 2022, did not show a "
            "significant reduction in hospital stays compared with placebo, Corvex said after the bell on Monday.\n\n"
            "\"We are disappointed,\" Chief Executive Dan Roe said on a call with analysts on Tuesday morning. He said "
            "the company would present the data at a meeting on March 29.\n\n"
            "The stock had touched a record high in November and was up 12% this year before the news.\n")
    mentions = [_mention(text, "Corvex Bio Inc.", name="Corvex Bio"), _mention(text, "ZENITH-4", "OTHER"),
                _mention(text, "Dan Roe", "PERSON")]
    said = text.index("Corvex said")
    mentions.append((said, said + 6, "Corvex", "Corvex Bio", "ORG"))
    assert _rows_with(text, mentions) == [("share", "Corvex Bio", -40.0), ("share", "Corvex Bio", 12.0)]


def test_its_shares_after_a_public_body_named_with_of_is_the_company() -> None:
    text = ("Stellan Lines rose 2% on Monday.\n\n"
            "The Harbour and Port Authority of Westmark said the channel would stay shut.\n\n"
            "Its shares fell 5% on Tuesday.\n")
    mentions = [_mention(text, "Stellan Lines"),
                _mention(text, "Harbour and Port Authority of Westmark")]
    assert _rows_with(text, mentions) == [("share", "Stellan Lines", 2.0), ("share", "Stellan Lines", -5.0)]


def test_a_danish_legal_form_closes_the_name() -> None:
    text = "Shares in Varnel Shipping A/S rose for a second day on Tuesday, climbing 4.8% in afternoon trade."
    assert _rows(text) == [("share", "Varnel Shipping A/S", 4.8)]


# 3. A move measured from a session's close spans the sessions after that close: "from Monday's close to Wednesday's
# close" is Tuesday to Wednesday (one session when they are next to each other); "since the close on Monday" and "from
# its close on Monday" read as "since Monday's close"; such a phrase opening the sentence without a comma too.

THU = date(2025, 4, 10)


def _when(text: str, published: date = THU) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, published, None)
    out = []
    for r in frame.itertuples():
        start, end, day = (("" if v is None or str(v) in ("NaT", "None", "nan") else str(v)[:10])
                           for v in (r.period_start, r.period_end, r.session_date))
        out.append((r.company, r.pct, f"{start}/{end}" if end else day))
    return out


@pytest.mark.parametrize("text", [
    "Brannwell Mills lost 23% from Monday's close to Wednesday's close.",
    "Brannwell Mills fell 23% between Monday's close and Wednesday's close.",
    "From Monday's close to Wednesday's close, Brannwell Mills lost 23%.",
    "Brannwell Mills fell. From Monday's close to Wednesday's close it's down about 23%.",
])
def test_a_move_between_two_closes_runs_from_the_session_after_the_first(text: str) -> None:
    assert _when(text) == [("Brannwell Mills", -23.0, "2025-04-08/2025-04-09")]


def test_a_move_between_two_adjacent_closes_is_one_session() -> None:
    assert _when("Brannwell Mills fell 3% from Tuesday's close to Wednesday's close.") == [
        ("Brannwell Mills", -3.0, "2025-04-09")]


@pytest.mark.parametrize("text", [
    "Brannwell Mills has lost 9% since the close on Monday.",
    "Brannwell Mills is down 9% from its close on Monday.",
    "Since Monday's close Brannwell Mills has lost 9%.",
])
def test_a_close_named_otherwise_spans_the_sessions_after_it(text: str) -> None:
    assert _when(text) == [("Brannwell Mills", -9.0, "2025-04-08/2025-04-10")]


def test_a_span_of_sessions_from_a_close_ends_at_publication() -> None:
    assert _when("Brannwell Mills has lost 12% over two sessions from Tuesday's close.") == [
        ("Brannwell Mills", -12.0, "2025-04-09/2025-04-10")]


# 4. A running total in a participle joined by "and" (or after the first figure's "lower"/"higher") is the previous
# figure's subject's, whatever the words before that figure read as; its span adjective runs through the session of the
# move it adds up.

@pytest.mark.parametrize("text", [
    "Quenby Tiles led the decliners, closing 3.2% lower and bringing its two-day loss to 11.6%.",
    "Quenby Tiles led the decliners, closing 3.2% lower, bringing its two-day loss to 11.6%.",
    "Quenby Tiles closed 3.2% lower, bringing its two-day loss to 11.6%.",
])
def test_a_running_total_after_a_participle_adds_up_the_figure_before(text: str) -> None:
    assert _when(text, date(2025, 4, 9)) == [("Quenby Tiles", -3.2, "2025-04-09"),
                                            ("Quenby Tiles", -11.6, "2025-04-08/2025-04-09")]


def test_a_running_total_after_a_dated_figure_ends_on_that_day() -> None:
    assert _when("Quenby Tiles closed 3.2% lower on Tuesday, bringing its two-day loss to 11.6%.", date(2025, 4, 9)) == [
        ("Quenby Tiles", -3.2, "2025-04-08"), ("Quenby Tiles", -11.6, "2025-04-07/2025-04-08")]


def test_a_running_total_of_a_quantity_stays_unread() -> None:
    assert _when("Sales fell 3.2%, bringing its two-day loss to 11.6%.", date(2025, 4, 9)) == []


# 5. "Shares of the <place>-based <descriptor>" is read whole however long the descriptor ("Shares of the Leeds,
# England-based contract tile maker (LSE: T)"): a pointer back to the company just named.

def test_shares_of_a_long_placed_descriptor_point_back() -> None:
    text = ("Velden Labs cancelled a trial. Shares of the Port Ellery, New Westmark-based contract testing organisation (Nasdaq: VLDN) "
            "lost 7.1% on Tuesday and slipped another 2.3% in early trading Wednesday.")
    assert _rows(text) == [("share", "Velden Labs", -7.1), ("share", "Velden Labs", -2.3)]


# 6. A descriptor in lower case before the company's name opening the sentence ("Freight forwarder X, which ..., went
# the other way.") makes X the sentence's topic for a later "Its shares", with no capital of the descriptor read as a name.

def test_its_shares_after_a_descriptor_led_sentence_is_that_company() -> None:
    text = ("Shares in Ostby Lines rose 4.8% on Tuesday. The stock jumped 7.9% on Monday. Ostby Lines has no ships in the "
            "area, a spokeswoman said.\n\n"
            "Cargo consolidator Pellam Logistics, which buys space from carriers, went the other way. Its shares were down "
            "1.9% on Tuesday.\n")
    mentions = [_mention(text, "Ostby Lines"), _mention(text, "Pellam Logistics")]
    second = text.index("Ostby Lines has")
    mentions.append((second, second + 11, "Ostby Lines", "Ostby Lines", "ORG"))
    assert _rows_with(text, sorted(mentions))[-1] == ("share", "Pellam Logistics", -1.9)


def test_a_preposition_before_a_name_leads_to_no_topic() -> None:
    text = ("Shares in Ostby Lines rose 2.2% on Friday. In premarket trading on Tradewell, the stock had been indicated "
            "as much as 4% higher.\n")
    mentions = [_mention(text, "Ostby Lines"), _mention(text, "Tradewell")]
    assert _rows_with(text, mentions) == [("share", "Ostby Lines", 2.2), ("share", "Ostby Lines", 4.0)]


# 7. A programme greeted by its host ("Welcome back to X", "You're listening to X") is no company "The stock" may mean,
# however often it is named.

def test_the_stock_never_points_back_to_the_programme_greeted() -> None:
    text = ("Tickers & Tonics, episode 40 (transcript)\n\n"
            "HOST: Welcome back to Tickers & Tonics. With me is a drug analyst. Let's start with the news.\n\n"
            "GUEST: The stock fell 12% on Tuesday.\n")
    mentions = [_mention(text, "Tickers & Tonics")]
    second = text.index("Tickers & Tonics.")
    mentions.append((second, second + 16, "Tickers & Tonics", "Tickers & Tonics", "ORG"))
    assert _rows_with(text, sorted(mentions)) == []


# 8. "its own shares" are "its shares" ("X, one of the largest holders of Y's debt, saw its own shares drop 5.4%").

@pytest.mark.parametrize("text", [
    "Ostrava Insurance saw its own shares fall 5.4% on Tuesday.",
    "Ostrava Insurance, one of the largest holders of the lender's debt, saw its own shares drop 5.4%.",
])
def test_its_own_shares_are_its_shares(text: str) -> None:
    assert _rows(text) == [("share", "Ostrava Insurance", -5.4)]
