"""Hand-written sentences per share-move construction (none copied from the challenge set)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.corpus.cleaning import clean_document
from analysis.entities.recognize import recognize_entities
from analysis.market.extract import (
    MAX_SENTENCE_CHARS,
    MOVE_COLUMNS,
    bounded_spans,
    extract_article_moves,
    extract_moves,
)
from analysis.market.figures import find_figures

PUB = date(2025, 3, 13)  # a Thursday


def moves(text: str, published: date | None = PUB, mentions: pd.DataFrame | None = None) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, published, mentions)
    return [(r.company, r.pct, r.kind) for r in frame.itertuples()]


def shares(text: str) -> set[tuple[str, float]]:
    return {(c, p) for c, p, k in moves(text) if k == "share"}


CASES: list[tuple[str, str, set[tuple[str, float]]]] = [
    ("M01", "Harlow Foods fell 4.2% on Wednesday after it cut its outlook.", {("Harlow Foods", -4.2)}),
    ("M01", "Shares of Ostrava Rail Group rose 3 percent in Prague on Tuesday.", {("Ostrava Rail Group", 3.0)}),
    ("M01", "Pellwick's stock slid 6.5 per cent on Monday.", {("Pellwick", -6.5)}),
    ("M01", "Brandt Mining shares were up 1.25 pct in Johannesburg.", {("Brandt Mining", 1.25)}),
    ("M02", "Alder Bank gained 2.1%, Birchwood Financial 3% and Cedar Trust 0.8% on Monday.",
     {("Alder Bank", 2.1), ("Birchwood Financial", 3.0), ("Cedar Trust", 0.8)}),
    ("M03", "Quill Media and Rowan Press dropped 3.3% and 1.9%, respectively, on Friday.",
     {("Quill Media", -3.3), ("Rowan Press", -1.9)}),
    ("M03", "Sable Energy and Tamar Oil were down 2% and up 1.5%, respectively.", {("Sable Energy", -2.0), ("Tamar Oil", 1.5)}),
    ("M04", "Umber Steel and Vantor Metals each slumped about 7% after the ruling.",
     {("Umber Steel", -7.0), ("Vantor Metals", -7.0)}),
    ("M05", "Wexford Bio: +12.4%", {("Wexford Bio", 12.4)}),
    ("M05", "Yarrow Systems (YRW -3.1%) lagged the market.", {("Yarrow Systems", -3.1)}),
    ("M06", "Losses spread to rivals, with Zenith Air (-4.4%) and Arctic Wings (-2.05%) also lower.",
     {("Zenith Air", -4.4), ("Arctic Wings", -2.05)}),
    ("M07", "Bellmont Corp. (NYSE: BLM) advanced 5.5% on Tuesday.", {("Bellmont Corp.", 5.5)}),
    ("M07", "Castor Holdings Inc. CSTR tumbled 18% in early trading.", {("Castor Holdings Inc.", -18.0)}),
    ("M07", "Dunmore Plc (DNM.L) eased 0.7%.", {("Dunmore Plc", -0.7)}),
    ("M08", "Eskel Robotics climbed 6.1% on Wednesday after a 15% drop on Tuesday.",
     {("Eskel Robotics", 6.1), ("Eskel Robotics", -15.0)}),
    ("M09", "The index was dragged down by a 9.2% fall in Fenwick Telecom.", {("Fenwick Telecom", -9.2)}),
    ("M09", "Garnet Insurance's 3.4% gain on Monday made it the day's best performer.", {("Garnet Insurance", 3.4)}),
    ("M11", "Halcyon Optics, a key supplier to Apple, sank 7.7% on Thursday.", {("Halcyon Optics", -7.7)}),
    ("M12", "Ivory Retail, which jumped 9% last week, fell 2.5% on Monday.", {("Ivory Retail", 9.0), ("Ivory Retail", -2.5)}),
    ("M13", "Juniper Labs shares fell $2.10, or 8.4%, to $22.90.", {("Juniper Labs", -8.4)}),
    ("M14", "Kestrel Motors had a rough session on Tuesday, closing down 11.2%.", {("Kestrel Motors", -11.2)}),
    ("M15", "Lumen Grid has gained 48% so far this year and rose 1.2% on Wednesday.",
     {("Lumen Grid", 48.0), ("Lumen Grid", 1.2)}),
    ("M15", "Shares of Marlow Devices have more than doubled since January.", {("Marlow Devices", 100.0)}),
    ("M16", "Nettle Pharma rose as much as 14% in early trade before ending 6% higher.",
     {("Nettle Pharma", 14.0), ("Nettle Pharma", 6.0)}),
    ("M07", "Shares of Acorn Brewing <ACB.N> climbed 4.4% on Friday.", {("Acorn Brewing", 4.4)}),
    ("M18", "Bexley Shares Fall 7% After Profit Warning", {("Bexley", -7.0)}),
    ("M08", "Gale Energy fell 9% on Tuesday and a further 4% on Wednesday.", {("Gale Energy", -9.0), ("Gale Energy", -4.0)}),
    ("M12", "Brio Telecom, whose shares are up 60% this year, fell 1.1% on Thursday.",
     {("Brio Telecom", 60.0), ("Brio Telecom", -1.1)}),
    ("M14", "Helix Bio was among the biggest losers, falling 6.2%.", {("Helix Bio", -6.2)}),
    ("M14", "Delta Freight led gainers on the Nasdaq, up 9%.", {("Delta Freight", 9.0)}),
    ("M16", "Acme Corp's shares fell as much as 12% before paring losses to close down 8%.",
     {("Acme Corp", -12.0), ("Acme Corp", -8.0)}),
    ("M02", "Moss Tech slid 5% while Nimbus Cloud rose 2% and Opal Data 1%.",
     {("Moss Tech", -5.0), ("Nimbus Cloud", 2.0), ("Opal Data", 1.0)}),
    ("M01", "Pike Retail fell 3pc in London.", {("Pike Retail", -3.0)}),
    ("M19", "Heron Insurance fell 3% after rival Ibis Re said claims rose 20%.", {("Heron Insurance", -3.0)}),
    ("M14", "Avon Tyres outperformed, rising 3%, while Blythe Motors underperformed, falling 2%.",
     {("Avon Tyres", 3.0), ("Blythe Motors", -2.0)}),
    ("M06", "Bittern Bank fell 2%, with Curlew Finance and Dunlin Credit also down more than 1%.",
     {("Bittern Bank", -2.0), ("Curlew Finance", -1.0), ("Dunlin Credit", -1.0)}),
    ("M10", "Auk Retail, the country's biggest department store chain, reported a 5% rise in sales; its shares rose 1%.",
     {("Auk Retail", 1.0)}),
    ("M12", "The S&P 500 rose 0.8%, led by Marten Chips, which jumped 7%.", {("Marten Chips", 7.0)}),
    ("M14", "Investors sent Ibis Software up 9% after the earnings report.", {("Ibis Software", 9.0)}),
    ("M14", "Jacana Devices saw its stock jump 8%.", {("Jacana Devices", 8.0)}),
    ("M19", "Fulmar Mining gained 3% after Gannet Resources, its biggest shareholder, sold a 10% stake.",
     {("Fulmar Mining", 3.0)}),
    ("M19", "Zander Group said net profit rose 12%, sending its shares up 6%.", {("Zander Group", 6.0)}),
    ("M03", "In Tokyo, chip-related stocks Bando Semi and Kanto Devices fell 8.6% and 4.9%, respectively.",
     {("Bando Semi", -8.6), ("Kanto Devices", -4.9)}),
    ("M13", "Corran Systems' market value fell by $58 billion, or 17%, to $290 billion.", {("Corran Systems", -17.0)}),
    ("M01", "Drover's app overtook Epsilon Chat, and Ferrule Semi's shares fell 11 per cent.", {("Ferrule Semi", -11.0)}),
    ("M14", "Gantry Power lost $60 billion in market value on Monday, its shares falling 15%.", {("Gantry Power", -15.0)}),
    ("M01", "First Harbor Bancorp fell 6% and Under Canopy rose 2%.", {("First Harbor Bancorp", -6.0), ("Under Canopy", 2.0)}),
    ("M05", "Beta Holdings   45.10   -2.05   -4.3%", {("Beta Holdings", -4.3)}),
    ("M07", "Zeta Mining's Class A shares rose 3.2%.", {("Zeta Mining", 3.2)}),
    ("M18", "Wall Street Tumbles As Hollis Chips Sinks 17%", {("Hollis Chips", -17.0)}),
    ("M07", "Peers Orion Disk (ORD.O) and Pallas Storage (PLS.O) gained 2.5% and 1.8%, respectively.",
     {("Orion Disk", 2.5), ("Pallas Storage", 1.8)}),
    ("M17", "In Helsinki, sawmill operator Oulu Timber Oyj dropped 5.9% on Monday.", {("Oulu Timber Oyj", -5.9)}),
]


@pytest.mark.parametrize(("construction", "text", "expected"), CASES)
def test_construction(construction: str, text: str, expected: set[tuple[str, float]]) -> None:
    assert shares(text) == expected, construction


def test_coreference_to_an_earlier_sentence() -> None:
    text = "Pinecone Software cut its annual forecast on Tuesday. Shares of the software maker fell 12% by the close."
    assert shares(text) == {("Pinecone Software", -12.0)}


def test_its_shares_after_a_company_sentence() -> None:
    text = "Quarry Cement said on Monday its chief executive would step down. Its shares slid 3.6%."
    assert shares(text) == {("Quarry Cement", -3.6)}


def test_headline_move_and_body_coreference() -> None:
    frame = extract_article_moves("Redfern Gaming jumps 20% on takeover bid", "The casino operator's shares closed 18.5% higher.",
                                  PUB, None)
    assert {(r.company, r.pct) for r in frame.itertuples()} == {("Redfern Gaming", 20.0), ("Redfern Gaming", 18.5)}


@pytest.mark.parametrize("text", [
    "The government will impose a 25% tariff on imported steel.",
    "Salford Group owns a 30% stake in the venture.",
    "Revenue rose 12% to $4.1 billion from $3.7 billion.",
    "Tarn Foods said quarterly profit fell 8% from a year earlier.",
    "Analysts see a 22% upside to the stock's price target.",
    "Traders see a 70% probability of a rate cut in June.",
    "The Dow fell 250 points, or 0.6%, on Friday.",
    "Ulster Paper will cut 10% of its workforce.",
    "The unemployment rate rose to 4.2% in May.",
    "The stock has retraced 61.8% of its earlier decline.",
    "Vale Crest raised its dividend by 5%.",
    "Consumer prices rose 3.1% in the year to June.",
    "Wicker Homes shares were little changed.",
    "Analysts expect Kappa Foods' shares to rise 20% over the next year.",
    "Lambda Tech shares could fall 30%, analysts at Mu Securities warned.",
    "Iota Retail's same-store sales fell 4%.",
    "Fable Toys trades at a 20% discount to its net asset value.",
    "Gorse Capital is 30% owned by its founders.",
    "Haven Foods offered a 25% premium for the rival's shares.",
    "Donald Trump is doubling down on his attacks.",
    "The number of households has doubled in the past three decades.",
    "Net fell 16% to $123.1 million, or $1.02 a share.",
    "Kirkby Motors said its consumer finance and leasing business rose 18% in Europe.",
    "Norrland Paper said it would cut about 5% of its staff and expects sales to rise 3% next year.",
    "The Metro Times 50-share index shed 12 points, down 0.7% from the previous Friday.",
])
def test_hard_negatives_have_no_share_move(text: str) -> None:
    assert shares(text) == set()


def test_index_sector_commodity_and_currency_moves_are_index() -> None:
    text = ("The FTSE 100 index fell 1.1%, bank stocks slid about 2%, Brent crude rose 3.4% and the euro weakened 0.5%. "
            "The Cboe Volatility Index jumped 12%. Copper prices have climbed 9% since May.")
    got = moves(text)
    assert {p for _, p, _ in got} == {-1.1, -2.0, 3.4, -0.5, 12.0, 9.0}
    assert all(kind == "index" for _, _, kind in got)


def test_mentions_give_the_canonical_name_and_people_are_not_places() -> None:
    text = "Besi fell 6% in Amsterdam."
    mentions = pd.DataFrame({"start": [0], "end": [4], "surface": ["Besi"], "name": ["BE Semiconductor Industries"],
                             "type": ["ORG"]})
    assert moves(text, mentions=mentions) == [("BE Semiconductor Industries", -6.0, "share")]


def test_sessions_named_before_the_figure_and_per_clause() -> None:
    frame = extract_moves("In after-hours trading, Egret Air shares jumped 10%.", PUB, None)
    assert frame.iloc[0]["period"] == "after-hours"
    frame = extract_moves("Elm Street Bancorp rose 2% in morning trade but ended the day 1% lower.", PUB, None)
    assert list(frame["period"]) == ["intraday", "session"]


def test_a_person_is_not_an_antecedent() -> None:
    text = "Acme Mills said on Monday that it would sell its paper unit. Jane Porter said the plan was sound. Its shares rose 4%."
    start = text.index("Jane Porter")
    mentions = pd.DataFrame({"start": [start], "end": [start + 11], "surface": ["Jane Porter"], "name": ["Jane Porter"],
                             "type": ["PERSON"]})
    assert moves(text, mentions=mentions) == [("Acme Mills", 4.0, "share")]


def _mentions(text: str, *spans: tuple[str, str, str]) -> pd.DataFrame:
    """(surface, name, type) mentions at their first place in ``text``."""
    rows = [(text.index(s), text.index(s) + len(s), s, n, t) for s, n, t in spans]
    return pd.DataFrame(rows, columns=["start", "end", "surface", "name", "type"])


def test_a_person_heading_a_subject_and_his_employer_are_no_antecedents() -> None:
    text = ("Orrin Foods fell 12% on Tuesday. Investors were wary. Paul Kestel of Brindle Research said the cut was "
            "overdue. The shares are down 15% this week.")
    mentions = _mentions(text, ("Orrin Foods", "Orrin Foods", "ORG"), ("Paul Kestel", "Paul Kestel", "PERSON"),
                         ("Brindle Research", "Brindle Research", "ORG"))
    assert moves(text, mentions=mentions) == [("Orrin Foods", -12.0, "share"), ("Orrin Foods", -15.0, "share")]


def test_a_sentence_whose_move_named_its_company_is_what_the_stock_points_back_to() -> None:
    # the entity layer may mistype a company as a person; the move that named it still names the topic
    text = ("Halden Brands picked a new chair on Thursday. Rival Corvo rose 1%. The vote was unanimous. "
            "Halden had been up as much as 12% at the open. The stock is now down about 3% on the week.")
    mentions = _mentions(text, ("Halden Brands", "Halden Brands", "PERSON"), ("Corvo", "Corvo", "ORG"),
                         ("Halden", "Halden Brands", "PERSON"))
    got = moves(text, mentions=mentions)
    assert got[-1][:2] == ("Halden", -3.0)


def test_qualifiers_and_sessions() -> None:
    frame = extract_moves("Xeno Cars rose nearly 4% on Tuesday and is up more than 30% this year.", PUB, None)
    rows = {r.pct: r for r in frame.itertuples()}
    assert rows[4.0].qualifier == "nearly" and rows[4.0].session_date == date(2025, 3, 11)
    assert rows[30.0].qualifier == "over" and rows[30.0].period_start == date(2025, 1, 1)
    assert rows[30.0].session_date is None and rows[30.0].period == "year-to-date"


def test_previous_sessions_interval() -> None:
    frame = extract_moves("Yew Chemicals rose 2% on Thursday after losing 9% over the previous two sessions.", PUB, None)
    rows = {r.pct: r for r in frame.itertuples()}
    assert (rows[-9.0].period_start, rows[-9.0].period_end) == (date(2025, 3, 11), date(2025, 3, 12))


def test_figure_offsets_and_columns() -> None:
    text = "Zircon Labs fell 5.5% on Monday."
    frame = extract_moves(text, PUB, None)
    assert list(frame.columns) == MOVE_COLUMNS
    row = frame.iloc[0]
    assert text[row["start"]:row["end"]] == "5.5%" and row["sentence"] == text


def test_figures_signs() -> None:
    got = [(f.sign * f.value, f.form) for f in find_figures("Acme: -2.5%; Beta (+1.5%); Gamma closed 3% lower")]
    assert got == [(-2.5, "signed"), (1.5, "signed"), (-3.0, "verb")]


def test_published_may_be_a_timestamp() -> None:
    frame = extract_moves("Zircon Labs fell 5.5% on Monday.", pd.Timestamp("2025-03-13 09:00"), None)
    assert frame.iloc[0]["session_date"] == date(2025, 3, 10)


def test_empty_text() -> None:
    assert extract_moves("No figures here.", PUB, None).empty


def test_a_sentence_without_full_stops_is_read_in_bounded_pieces() -> None:
    """A 'sentence' of 200,000 characters (a page without full stops) is cut at clause breaks into pieces the
    grammar reads in linear time, and the moves inside it are still found."""

    filler = "investors weighed the outlook, traders said, "
    text = filler * 2000 + "Shares of Acme Corp fell 3% on Monday, " + filler * 2000
    pieces = bounded_spans(text, [(0, len(text))])
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(p[1] == q[0] for p, q in zip(pieces, pieces[1:])), "the pieces cover the text without gaps"
    moves = extract_moves(text, date(2025, 1, 28), None)
    assert [(m.company, m.pct) for m in moves.itertuples()] == [("Acme Corp", -3.0)]


def test_a_pipe_table_gives_one_move_per_figure_cell_over_its_columns_period() -> None:
    text = ("How the lenders fared this week:\n\nCompany (ticker) | Friday | Week | Year to date\n\n"
            "Acme Bancorp (ACMB) | +6.0% | -59.3% | -68.3%\n\nGlobex Financial (GLBX) | 0.8% | -3.9% | +1.1%\n\n"
            "Source: exchange data.\n")
    moves = extract_moves(text, date(2026, 3, 13), None)
    got = [(m.company, m.pct, m.session_date, m.period_start, m.period_end) for m in moves.itertuples()]
    week, ytd = (date(2026, 3, 9), date(2026, 3, 13)), (date(2026, 1, 1), date(2026, 3, 13))
    assert got == [
        ("Acme Bancorp", 6.0, date(2026, 3, 13), None, None), ("Acme Bancorp", -59.3, None, *week),
        ("Acme Bancorp", -68.3, None, *ytd), ("Globex Financial", 0.8, date(2026, 3, 13), None, None),
        ("Globex Financial", -3.9, None, *week), ("Globex Financial", 1.1, None, *ytd),
    ]


def test_a_table_header_and_short_rows_survive_cleaning() -> None:
    """'Company | Friday | Week' looks like a menu, and so does a row with a short name; the figures say table."""
    text = ("Banks fall\n\nRegional lenders had their worst week in years, traders said on Friday.\n\n"
            "Company | Friday | Week\nZions (ZION) | +0.8% | -3.9%\nAcme Bancorp Holdings (ACMB) | +6.0% | -9.3%\n\n"
            "Home | News | Markets | Tech\n")
    kept = [p.text if hasattr(p, "text") else p for p in clean_document(text).paragraphs]
    joined = "\n".join(map(str, kept))
    assert "Company | Friday | Week" in joined and "Zions (ZION) | +0.8% | -3.9%" in joined
    assert "Home | News" not in joined


@pytest.mark.parametrize("sentence", [
    "SAN FRANCISCO, March 9 (Example Wire) - Shares of Acme Bancorp (ACMB.O) plunged 38% on Monday.",
    "NEW YORK (AP) — Acme Bancorp fell 38% on Monday.",
    "COPENHAGEN, March 9 - Acme Bancorp fell 38% on Monday.",
])
def test_a_wire_dateline_is_never_the_subject(sentence: str) -> None:
    moves = extract_moves(sentence, date(2026, 3, 13), None)
    assert [(m.company, m.pct) for m in moves.itertuples()] == [("Acme Bancorp", -38.0)]


def test_a_movers_list_item_names_the_company_its_prose_points_back_to() -> None:
    text = ("Stocks making the biggest moves midday\n\n"
            "Acme Air Lines (NYSE: ACM) - Shares slid 2.6% after the carrier cut its outlook.\n\n"
            "Globex Systems (NASDAQ: GLBX) - The networking giant climbed 6.8% after its results.\n")
    moves = extract_moves(text, date(2026, 5, 14), None)
    assert [(m.company, m.pct) for m in moves.itertuples()] == [("Acme Air Lines", -2.6), ("Globex Systems", 6.8)]


def test_a_percent_column_may_print_bare_numbers() -> None:
    text = "Company | Ticker | Fri % | Week %\nAcme Therapeutics | ACMT | -3.8 | +47.1\nGlobex | GLBX | 0.9 | -0.6\n"
    moves = extract_moves(text, date(2026, 6, 12), None)
    got = [(m.company, m.pct, m.session_date, m.period_start) for m in moves.itertuples()]
    assert got == [("Acme Therapeutics", -3.8, date(2026, 6, 12), None), ("Acme Therapeutics", 47.1, None, date(2026, 6, 8)),
                   ("Globex", 0.9, date(2026, 6, 12), None), ("Globex", -0.6, None, date(2026, 6, 8))]


def test_a_closing_verb_with_its_span_before_the_figure() -> None:
    moves = extract_moves("Acme Security Inc ended the week 20% lower on Friday.", date(2026, 5, 15), None)
    assert [(m.company, m.pct) for m in moves.itertuples()] == [("Acme Security Inc", -20.0)]


def test_a_sector_named_alone_is_a_group_not_a_company() -> None:
    moves = extract_moves("Utilities were the best-performing sector, rising 0.9%.", date(2026, 10, 22), None)
    assert [(m.company, m.pct, m.kind) for m in moves.itertuples()] == [("Utilities", 0.9, "index")]


def test_a_span_the_text_gives_no_dates_for_is_not_a_session() -> None:
    """'in less than a year' is a multi-day move without dates: never put on the publication day's session."""
    frame = extract_moves("Redfern Gaming's market value quadrupled in less than a year, its chief executive said.", PUB, None)
    assert list(frame["pct"]) == [300.0] and frame["period"].iloc[0] == "multi-day"
    assert pd.isna(frame["session_date"].iloc[0]) and frame["period_start"].isna().all()
    decade = extract_moves("Shares of Redfern Gaming have fallen 30% over the past decade.", PUB, None)
    assert (decade["period_start"].iloc[0], decade["period_end"].iloc[0]) == (date(2015, 3, 13), PUB)
    one_day = extract_moves("Shares of Redfern Gaming fell 5% in a day of heavy trading.", PUB, None)
    assert one_day["period"].iloc[0] == "session" and one_day["session_date"].iloc[0] is not None


# Round 6, second blind corpus: general constructions its misses showed (invented sentences).

@pytest.mark.parametrize(("text", "expected"), [
    # a non-move noun after a preposition belongs to another phrase, not to the figure
    ("Ashdown slips 2.4% after trimming growth plans", {("Ashdown", -2.4)}),
    # a capitalised word inside a sentence is a name even when it is also a common noun
    ("Pellham shares slipped 0.4% and Target fell 1.1%.", {("Pellham", -0.4), ("Target", -1.1)}),
    # an officer's title after a company: the company is the name before it
    ("Orvane CEO says the rule is survivable as shares rebound 4%", {("Orvane", 4.0)}),
    # a descriptor before the name ("generator maker X", "Railroad operator X")
    ("Shares of boiler maker Halden Works rose for a third session on Wednesday, gaining 3.1%, as the storm neared.",
     {("Halden Works", 3.1)}),
    ("Freight operator Norrow Lines said it would halt service south of the river. Its shares fell 1.4%.",
     {("Norrow Lines", -1.4)}),
    # "having" before a participle's adverb: the clause's subject
    ("Tessel rose 4.2% after the call, having traded up as much as 7% in the morning.",
     {("Tessel", 4.2), ("Tessel", 7.0)}),
    # "Its shares" after a sentence naming one company only (not the subject)
    ("The worst day came in Morrow Biotech, a small drugmaker. Its shares tumbled 11.4% to $38.20.",
     {("Morrow Biotech", -11.4)}),
    # a closing verb with its span before "up"/"down", an interrupter after the subject
    ("Tessel, by contrast, finished the week up 11.5%, its best week since November.", {("Tessel", 11.5)}),
    ("Tessel ended Friday 27.8% lower than where it started the week.", {("Tessel", -27.8)}),
    # "remains" is a copula before "down"
    ("Tessel rose 4.2% on Wednesday. It remains down about 8% since the rule was announced.",
     {("Tessel", 4.2), ("Tessel", -8.0)}),
    # an officer's title inside a capitalised run: the company is the name before it
    ("Orvane Chief Executive Jane Roe said the drug works. The stock remains up 53% since last Friday.",
     {("Orvane", 53.0)}),
])
def test_round6_blind2_constructions(text: str, expected: set[tuple[str, float]]) -> None:
    assert shares(text) == expected


def test_an_index_name_with_and_is_one_index() -> None:
    got = moves("The KBW Nasdaq Property and Casualty Index rose 1.3% on the day but lost 2.4% for the week.")
    assert {(c, p, k) for c, p, k in got} == {("KBW Nasdaq Property and Casualty Index", 1.3, "index"),
                                              ("KBW Nasdaq Property and Casualty Index", -2.4, "index")}


def test_an_html_table_read_as_one_cell_per_line_gives_its_rows() -> None:
    text = ("The scoreboard\n\nHow the main names moved this week:\n\nCompany\n\nTicker\n\nWeek\n\n"
            "Halden Works\n\nHLDN\n\n-2.7%\n\nMorrow Biotech\n\nMRRW\n\n+2.8%\n\nThe sector fund ended flat.")
    frame = extract_moves(text, PUB, None)
    rows = {(r.company, r.pct, r.period, r.sentence) for r in frame.itertuples()}
    assert rows == {("Halden Works", -2.7, "multi-day", "Halden Works HLDN -2.7%"),
                    ("Morrow Biotech", 2.8, "multi-day", "Morrow Biotech MRRW +2.8%")}
    start = frame["start"].iloc[0]
    assert text[start: frame["end"].iloc[0]] == "-2.7%"


def test_a_closing_verb_names_its_span() -> None:
    frame = extract_moves("Tessel finished the week up 11.5%.", PUB, None)
    assert list(frame["period"]) == ["multi-day"]


# Round 7, first blind corpus as a dev set: general constructions its misses showed (invented sentences).

def test_bare_figures_after_a_day_continue_the_verb_and_keep_their_own_day() -> None:
    text = "Corlan Freight had a hard week. It fell 12% on Monday, 7% on Tuesday and 4.5% on Thursday."
    frame = extract_moves(text, PUB, None)
    got = [(r.company, r.pct, r.session_date) for r in frame.itertuples()]
    assert got == [("Corlan Freight", -12.0, date(2025, 3, 10)), ("Corlan Freight", -7.0, date(2025, 3, 11)),
                   ("Corlan Freight", -4.5, date(2025, 3, 13))]
    assert shares("Bexter Mills rose 2.1% after losing 3.2% on Monday and 0.4% on Tuesday.") == {
        ("Bexter Mills", 2.1), ("Bexter Mills", -3.2), ("Bexter Mills", -0.4)}


@pytest.mark.parametrize(("text", "expected"), [
    # live-blog and premarket verbs between the name and the figure
    ("Harwick opens 9% lower, and is down as much as 14% within minutes.", {("Harwick", -9.0), ("Harwick", -14.0)}),
    ("Harwick opens up 23% at $41.10.", {("Harwick", 23.0)}),
    ("Harwick shares are indicated about 30% higher in premarket trading.", {("Harwick", 30.0)}),
    ("Harwick Mills is on track to close down about 12%.", {("Harwick Mills", -12.0)}),
    ("Harwick shares remain up 5% for the year.", {("Harwick", 5.0)}),
])
def test_live_blog_verbs_before_a_figure(text: str, expected: set[tuple[str, float]]) -> None:
    assert shares(text) == expected


def test_its_points_past_a_name_after_a_preposition() -> None:
    text = "Ostrel Chips trades at 8 times earnings, according to Brenner Research, and its shares remain up 21% this year."
    assert shares(text) == {("Ostrel Chips", 21.0)}


def test_an_acronym_typed_as_a_place_is_still_a_company() -> None:
    text = "In Singapore, KRTX fell 3.6%."
    mentions = pd.DataFrame({"start": [14], "end": [18], "surface": ["KRTX"], "name": ["KRTX"], "type": ["PLACE"]})
    assert moves(text, mentions=mentions) == [("KRTX", -3.6, "share")]
    text = "Nordvik fell 1.2% on Thursday."
    mentions = pd.DataFrame({"start": [0], "end": [7], "surface": ["Nordvik"], "name": ["Nordvik"], "type": ["PLACE"]})
    assert moves(text, mentions=mentions) == [("Nordvik", -1.2, "index")]


@pytest.mark.parametrize(("text", "expected"), [
    # "as", "after", "before" open a clause: the name right before the verb is its subject
    ("In Europe earlier, the STOXX 600 rose 0.6% as Brenco Steel recovered 2.8%.", {("Brenco Steel", 2.8)}),
    ("Orla Foods slipped 1% after Brenco Steel jumped 4%.", {("Orla Foods", -1.0), ("Brenco Steel", 4.0)}),
])
def test_a_subordinate_clause_has_its_own_subject(text: str, expected: set[tuple[str, float]]) -> None:
    assert shares(text) == expected


@pytest.mark.parametrize("text", ["Pellham ended a volatile week up 12% on Friday.", "Pellham ends recall week down 12%"])
def test_a_closing_verb_with_a_described_week(text: str) -> None:
    frame = extract_moves(text, PUB, None)
    got = [(r.company, abs(r.pct), r.period) for r in frame.itertuples()]
    assert got == [("Pellham", 12.0, "multi-day")]


def test_a_relative_clause_on_an_appositive_belongs_to_the_name_before_it() -> None:
    text = "Traders also watched Dorran Savings, a small Ohio lender that fell 6.1% on Tuesday after losing 2.5% the day before."
    assert shares(text) == {("Dorran Savings", -6.1), ("Dorran Savings", -2.5)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Morrow Biotech regained 3.7% on Friday.", {("Morrow Biotech", 3.7)}),
    # a limit move: "by its 10% daily limit", "by the 20% limit"
    ("In Shanghai, battery maker Quanlin Power rose by its 10% daily limit.", {("Quanlin Power", 10.0)}),
    ("Quanlin Power fell by the 20% limit for a second day.", {("Quanlin Power", -20.0)}),
])
def test_move_vocabulary(text: str, expected: set[tuple[str, float]]) -> None:
    assert shares(text) == expected


def test_a_move_noun_after_a_non_move_noun_is_not_a_share_move() -> None:
    assert shares("Dorran Savings reported a third-quarter profit decline of 38% and a revenue increase of 4%.") == set()
    assert shares("Dorran Savings fell 3% after a drop of 5% on Monday.") == {("Dorran Savings", -3.0), ("Dorran Savings", -5.0)}


def test_a_participle_after_a_figure_continues_its_subject() -> None:
    text = "Among other movers, Halden Works rose 2.2% after a report, and Morrow Biotech gained 3.5%, extending Friday's 4% rise."
    assert shares(text) == {("Halden Works", 2.2), ("Morrow Biotech", 3.5), ("Morrow Biotech", 4.0)}


def test_a_descriptor_subject_before_an_appositive_points_back() -> None:
    text = "Dorran Savings (NYSE: DRS) - The Ohio-based lender, a big writer of farm loans, dropped 5.4% in early trading."
    assert shares(text) == {("Dorran Savings", -5.4)}


def test_a_dateline_of_capitals_alone_is_no_subject() -> None:
    text = ("Caption: Shoppers queue in Leeds. Picture by Ann Lee\n\n"
            "NEW YORK/LONDON - Dorran Savings' shares fell another 9% on Wednesday as depositors queued.\n\n"
            "The stock closed at $13.30 and has lost 24% in two sessions.")
    assert shares(text) == {("Dorran Savings", -9.0), ("Dorran Savings", -24.0)}


def test_a_sentence_adverb_is_no_company() -> None:
    assert shares("Then came the audit, a 19% fall and, within hours, a share sale.") == set()


def test_a_sentence_opening_word_the_entity_layer_does_not_know_is_no_antecedent() -> None:
    text = "Pellham Foods said it would sell new stock. Health care investors were wary. The shares slid 4% after hours."
    mentions = pd.DataFrame({"start": [0], "end": [13], "surface": ["Pellham Foods"], "name": ["Pellham Foods"],
                             "type": ["ORG"]})
    assert moves(text, mentions=mentions) == [("Pellham Foods", -4.0, "share")]


def test_a_pointing_back_move_is_the_topic_of_its_sentence() -> None:
    text = ("Dorran Savings said deposits fell. \"We are fine.\" \"We will grow.\" \"We have capital.\" "
            "\"we will open branches,\" a spokesman said. The stock fell as much as 11% in early trading. "
            "It has now lost 15% since the results.")
    assert shares(text) == {("Dorran Savings", -11.0), ("Dorran Savings", -15.0)}


def test_the_stock_with_no_company_nearby_is_the_one_the_article_names_most() -> None:
    text = ("It took Dorran Savings one morning to lose a third of its deposits. In between, we saw every habit of "
            "the market. Analysts shrugged. few asked why. Regulators waited. Then the bad news came in a rush. "
            "The stock sank 24% on the report.")
    mentions = pd.DataFrame({"start": [8], "end": [22], "surface": ["Dorran Savings"], "name": ["Dorran Savings"],
                             "type": ["ORG"]})
    assert moves(text, mentions=mentions) == [("Dorran Savings", -24.0, "share")]
    assert moves(text) == []  # the grammar alone: no antecedent


def test_the_stock_in_a_subordinate_clause_is_the_company_of_the_main_clause() -> None:
    text = ("Halden Works is down 8%. Trading in Morrow Biotech was halted again after the stock slid 27% from "
            "Monday's close.")
    assert shares(text) == {("Halden Works", -8.0), ("Morrow Biotech", -27.0)}


def test_both_stocks_points_back_to_the_two_companies_just_named() -> None:
    text = "Halden Works (HLDN) is down 6.9%. Morrow Biotech is down 8%. Both stocks were up more than 20% last year."
    assert shares(text) == {("Halden Works", -6.9), ("Morrow Biotech", -8.0), ("Halden Works", 20.0),
                            ("Morrow Biotech", 20.0)}
    assert shares("Halden Works rose 3%. Both indexes fell 2% on Friday.") == {("Halden Works", 3.0)}


def test_the_stock_opening_a_paragraph_is_the_company_the_article_is_about() -> None:
    text = ("Dorran Savings fell 9% on Tuesday. Dorran Savings said it had enough capital.\n\n"
            "Halden Works said it was working with Dorran Savings. Its shares fell 0.8%.\n\n"
            "The stock had risen 34% this year before Tuesday.")
    mentions = pd.DataFrame({"start": [0, 35, 117], "end": [14, 49, 131], "surface": ["Dorran Savings"] * 3,
                             "name": ["Dorran Savings"] * 3, "type": ["ORG"] * 3})
    halden = pd.DataFrame({"start": [79], "end": [91], "surface": ["Halden Works"], "name": ["Halden Works"], "type": ["ORG"]})
    got = moves(text, mentions=pd.concat([mentions, halden], ignore_index=True))
    assert got == [("Dorran Savings", -9.0, "share"), ("Halden Works", -0.8, "share"), ("Dorran Savings", 34.0, "share")]


# Round 8, third blind corpus as a dev set: general constructions its misses showed (invented sentences).

def _org_mentions(text: str, *names: str) -> pd.DataFrame:
    spans = [(i, i + len(n), n) for n in names for i in _all_at(text, n)]
    return pd.DataFrame({"start": [a for a, _, _ in spans], "end": [b for _, b, _ in spans],
                         "surface": [n for _, _, n in spans], "name": [n for _, _, n in spans],
                         "type": ["ORG"] * len(spans)})


def _all_at(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def test_bare_shares_in_a_dated_list_line_are_the_articles_company() -> None:
    text = ("Tarlow Retail faces a busy week. Tarlow Retail reports on Thursday.\n\n"
            "HOW WE GOT HERE\n"
            "Feb. 4: Soft spring bookings; shares fall 7% on the day.\n"
            "March 10: Regulators and Kestrel Audit open reviews.\n"
            "April 22: Banks extend the credit line; shares jump 13%.\n"
            "Oct. 2: Shares jump 6.5%.\n"
            "Tuesday: Tarlow Retail cuts its outlook; shares fall 5.2%.")
    got = [(r.company, r.pct) for r in extract_moves(text, PUB, _org_mentions(text, "Tarlow Retail", "Kestrel Audit")).itertuples()]
    assert got == [("Tarlow Retail", -7.0), ("Tarlow Retail", 13.0), ("Tarlow Retail", 6.5), ("Tarlow Retail", -5.2)]


@pytest.mark.parametrize(("text", "expected"), [
    # "its"/"their" in a participle clause right after a figure: the previous figure's subject(s)
    ("Halden Works rose 2%. The STOXX 600 bank index fell 1.4%, cutting its gain for the month to 3.3%.",
     [("Halden Works", 2.0)]),
    ("Halden Works rose 1.3% and Morrow Biotech gained 2.6%, taking their gains for the week to 8.1% and 10.4%, respectively.",
     [("Halden Works", 1.3), ("Morrow Biotech", 2.6), ("Halden Works", 8.1), ("Morrow Biotech", 10.4)]),
    # a second verb after "and" keeps the subject of the first
    ("Halden Works rose 2%. The Nikkei 225 index fell 0.5% to 38,120.5 on Friday and lost 1.6% over the week.",
     [("Halden Works", 2.0)]),
    ("Halden Works fell 0.4% on Friday and lost 2.1% over the week.", [("Halden Works", -0.4), ("Halden Works", -2.1)]),
])
def test_a_participle_pronoun_or_a_second_verb_keeps_the_subject(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c, p) for c, p, k in moves(text) if k == "share"] == expected


@pytest.mark.parametrize("text", [
    # an index subject before a relative clause of its own, after "where", and after "the" + an adjective
    "Orla Foods lost 1.2% and Halden Works eased 0.5%, while the MDAX index, of which Orla is a member, ended 0.4% lower.",
    "Orla Foods gained 2.5% in Madrid and Halden Works rose 4.4% in Vienna, where the benchmark index added 1.7%.",
    "Orla Foods rose 1.9%. The utilities index is up 5.1% for the year, compared with a 0.8% gain for the broader Nikkei 225.",
])
def test_an_index_figure_is_never_given_to_the_company_before_it(text: str) -> None:
    got = {p for _c, p in shares(text)}
    assert got and not got & {-0.4, 1.7, 0.8}


@pytest.mark.parametrize(("title", "expected"), [
    ("UPDATE 3-Tarlow sinks 4% as auditor resigns", [("Tarlow", -4.0)]),
    ("RPT-Tarlow Retail cuts outlook, closes stores; shares drop 3%", [("Tarlow Retail", -3.0)]),
])
def test_a_wire_headline_tag_is_no_part_of_the_name(title: str, expected: list[tuple[str, float]]) -> None:
    frame = extract_article_moves(title, "Tarlow Retail said on Tuesday it would close 20 stores.", PUB, None)
    assert [(r.company, r.pct) for r in frame.itertuples()] == expected


def test_a_participle_on_a_whole_clause_points_to_its_subject_not_the_nearest_name() -> None:
    text = ("Tarlow Retail cut its outlook on Tuesday and said its Kestrel Park store, which opened in 2019, would close, "
            "sending its shares down 6.6%.")
    assert shares(text) == {("Tarlow Retail", -6.6)}


def test_a_descriptor_before_whose_shares_points_back() -> None:
    text = "Tarlow Retail said it would close 20 stores. The ruling weighs on the Zurich-listed company, whose shares lost 2.7% on Tuesday."
    assert shares(text) == {("Tarlow Retail", -2.7)}


def test_a_name_typed_as_a_place_elsewhere_is_no_antecedent() -> None:
    title = "Kestrel Ridge union calls strike vote"
    text = ("Workers at Tarlow Mining's Kestrel Ridge mine will vote on Thursday, their union said.\n\n"
            "They had climbed 7.9% on Monday after the rescue.")
    first = text.find("Tarlow Mining")
    ridge = text.find("Kestrel Ridge")
    mentions = pd.DataFrame({"start": [first, ridge], "end": [first + 12, ridge + 13],
                             "surface": ["Tarlow Mining", "Kestrel Ridge"], "name": ["Tarlow Mining", "Kestrel Ridge"],
                             "type": ["ORG", "PLACE"]})
    frame = extract_article_moves(title, text, PUB, mentions)
    assert [(r.company, r.pct) for r in frame.itertuples()] == [("Tarlow Mining", 7.9)]


def test_a_company_with_a_move_verb_after_a_listed_place_stays_a_company() -> None:
    """Entity layer (one line in ``coordinated_places``): "In Oslo, Kvarne rose 1.6%" lists no second place."""
    text = "In Bergen, Kvarne rose 1.4% and Tarlow Retail gained 2.8%. Elsewhere, Halden climbed 5.3% in Turin and Kvarne added 2% on Monday."
    found = recognize_entities(text, 0)
    kinds = dict(zip(found["surface"], found["type"]))
    assert kinds.get("Kvarne") != "PLACE"


def test_a_bare_figure_after_a_period_continues_the_verb() -> None:
    text = "Tarlow Retail fell 2% on Monday. They have shed 26% since Oct. 6 and 41% this year."
    frame = extract_moves(text, date(2025, 11, 12), None)
    got = [(r.company, r.pct, r.period, r.period_start) for r in frame.itertuples()]
    assert got == [("Tarlow Retail", -2.0, "session", None), ("Tarlow Retail", -26.0, "multi-day", date(2025, 10, 6)),
                   ("Tarlow Retail", -41.0, "year-to-date", date(2025, 1, 1))]


def test_bare_shares_in_a_headline_are_its_one_company() -> None:
    body = "Tarlow Retail said on Tuesday it would cooperate."
    mentions = pd.DataFrame({"start": [0], "end": [13], "surface": ["Tarlow"], "name": ["Tarlow"], "type": ["ORG"]})
    frame = extract_article_moves("Tax office raids Tarlow offices as shares sink 5%", body, PUB, mentions)
    assert [(r.company, r.pct) for r in frame.itertuples()] == [("Tarlow", -5.0)]


def test_a_nominal_move_of_a_described_company() -> None:
    text = "The DAX slipped 0.4% as a 27% plunge in sportswear group Tarlow hit consumer stocks."
    assert shares(text) == {("Tarlow", -27.0)}


@pytest.mark.parametrize(("text", "pct"), [
    ("Tarlow Mining rose 4.2% on the news, though its shares remain 37% below where they were before the recall began.", -37.0),
    ("Tarlow Mining rose on Monday. The shares are still 16% below their level before the fire.", -16.0),
])
def test_a_level_below_one_before_an_event_is_a_multi_day_move(text: str, pct: float) -> None:
    frame = extract_moves(text, PUB, None)
    got = [(r.company, r.pct, r.period, r.session_date) for r in frame.itertuples() if r.pct == pct]
    assert got == [("Tarlow Mining", pct, "multi-day", None)]
    assert shares("Tarlow Mining trades 20% below its peers and 12% below analysts' targets.") == set()


def test_a_share_price_after_a_preposition_then_an_appositive_figure() -> None:
    text = "The slump in Tarlow Retail's share price, down 35% since the chain restated its accounts, worries suppliers."
    assert shares(text) == {("Tarlow Retail", -35.0)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow 44 is up 2.3% since Friday.", [("Harlow 44", 2.3, "share")]),
    ("Ibex 35 fell 1.2% on Thursday.", [("Ibex 35", -1.2, "index")]),
])
def test_a_numbered_name_no_index_list_knows_is_a_company(text: str, expected: list[tuple[str, float, str]]) -> None:
    name = expected[0][0]
    mentions = pd.DataFrame({"start": [0], "end": [len(name)], "surface": [name], "name": [name], "type": ["INDEX"]})
    assert moves(text, mentions=mentions) == expected


def test_a_definite_move_noun_opening_a_sentence_points_back() -> None:
    text = "Tarlow Retail reports on Thursday. The jump of 12% on Monday shows the market expects good news."
    assert shares(text) == {("Tarlow Retail", 12.0)}
    assert shares("Tarlow Retail reports on Thursday. Voters gave him a 10 percent drop from the 55 percent he won.") == set()


# Round 9 (issue 11 follow-up): general failures of the bank corpus's xfails, each as variations of its construction.

@pytest.mark.parametrize("text", [
    "Futures for the Nasdaq Composite rose 1% overnight.",
    "Futures on the S&P 500 fell 0.8% in early Asian trade.",
    "S&P 500 futures rose 0.5% before the bell.",
    "Dow futures were up 0.4% on Sunday evening.",
    "Stock futures fell 1% after the report.",
    "Futures tied to the Dow Jones Industrial Average fell 0.9%.",
    "E-mini futures on the Nasdaq 100 gained 1.1% and Russell 2000 futures 1.6%.",
    "A 1% rise in S&P 500 futures lifted sentiment.",
])
def test_equity_index_futures_are_no_move(text: str) -> None:
    assert moves(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. crude futures rose 5.6% to $84.10 a barrel.", [("U.S. crude futures", 5.6, "index")]),
    ("Copper futures climbed 3% on the LME, and Vexa Mining lost 2%.", [("Copper futures", 3.0, "index"), ("Vexa Mining", -2.0, "share")]),
    ("Shares of futures exchange operator Tarlow Group rose 3%.", [("Tarlow Group", 3.0, "share")]),
    ("Vexa, a futures broker, rose 4%.", [("Vexa", 4.0, "share")]),
    ("Vexa rose 3% while futures on the S&P 500 fell 1%.", [("Vexa", 3.0, "share")]),
])
def test_commodity_futures_and_futures_firms_stay(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert moves(text) == expected


@pytest.mark.parametrize("text", [
    "Halden Bank said deposits fell faster than it had expected, declining 13% to $173 billion by the end of May.",
    "Vexa said revenue rose faster than analysts expected, climbing 13% to $4.2 billion.",
    "Globex said its quarterly profit slumped, dropping 40% to $120 million.",
    "Globex said trading volume surged, jumping 60% on the day.",
    "Ostrel reported that net income more than halved, falling 55% to $80 million.",
])
def test_a_participle_after_a_clause_about_another_quantity_is_no_move(text: str) -> None:
    assert moves(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Globex shares fell sharply on Tuesday, declining 13% to $17.20.", [("Globex", -13.0, "share")]),
    ("Aster Mobility staged a sharp rally on Tuesday, rocketing more than 19%.", [("Aster Mobility", 19.0, "share")]),
    ("Vexa's stock slid after the report, falling 9% to $31.", [("Vexa", -9.0, "share")]),
    ("Vexa shares gained after profit rose, climbing 6% by midday.", [("Vexa", 6.0, "share")]),
    ("Ostrel reported that net income more than halved, falling 55% to $80 million, and its shares dropped 7%.",
     [("Ostrel", -7.0, "share")]),
    ("Deposits fell 10% and loans shrank 3%, Vexa said, sending its shares down 6%.", [("Vexa", -6.0, "share")]),
])
def test_a_participle_after_a_clause_about_the_shares_stays(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert moves(text) == expected


def _sessions(text: str, published: date | None, story: date | None = None) -> list[tuple[str, float, object, str]]:
    from analysis.market.extract import move_rows

    return [(str(r["company"]), float(r["pct"]), r["session_date"], str(r["basis"]))  # type: ignore[arg-type]
            for r in move_rows(text, published, None, story=story)]


WED = date(2023, 3, 22)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Vexa shares rose 14% on March 14 and have traded in a narrow range since.", WED, date(2023, 3, 14)),
    ("On March 13, the first trading day after the closure, Vexa's stock plunged 47%, and trading was halted.", WED,
     date(2023, 3, 13)),
    ("March 14: Vexa's shares jumped 12%.", WED, date(2023, 3, 14)),
    ("Vexa's stock rose 5% in March 14's session.", WED, date(2023, 3, 14)),
    ("Vexa fell 8% on Tuesday, March 14, 2023.", date(2024, 1, 5), date(2023, 3, 14)),
    ("Vexa fell 8% on Dec. 29.", date(2024, 1, 5), date(2023, 12, 29)),  # a day after the publication: the year before
])
def test_a_day_stated_with_its_month_is_the_session(text: str, published: date, expected: date) -> None:
    assert [(s, b) for _c, _p, s, b in _sessions(text, published)] == [(expected, "sentence")]


def test_an_undated_article_takes_the_year_of_a_stated_day_from_the_corpus() -> None:
    text = "On March 13, the first trading day after the closure, Vexa's stock plunged 47%. Shares rose 14% on March 14."
    got = _sessions(text, None, story=date(2023, 3, 20))
    assert [(s, b) for _c, _p, s, b in got] == [(date(2023, 3, 13), "sentence, year from the corpus"),
                                                  (date(2023, 3, 14), "sentence, year from the corpus")]
    assert [s for _c, _p, s, _b in _sessions(text, None)] == [None, None]  # no corpus date: no year


def test_a_trading_day_named_just_before_dates_a_move_that_names_none() -> None:
    same = "Bank shares remained under pressure in early trading Monday. Vexa's stock plunged as much as 65%."
    assert [(s, b) for _c, _p, s, b in _sessions(same, WED)] == [(date(2023, 3, 20), "previous sentence")]
    other = "Bank shares remained under pressure in Monday's session.\n\nVexa's stock plunged as much as 65%."
    assert [s for _c, _p, s, _b in _sessions(other, WED)] == [date(2023, 3, 22)]  # a new paragraph: the publication day
    said = "Vexa said on Monday it would raise capital. Its shares fell 60%."  # a day of news, not of trading
    assert [s for _c, _p, s, _b in _sessions(said, WED)] == [date(2023, 3, 22)]


@pytest.mark.parametrize(("text", "start"), [
    ("Vexa has fallen 30% since March 8.", date(2023, 3, 8)),
    ("Vexa has fallen 30% since November.", date(2022, 11, 1)),  # a month after the publication: the year before
])
def test_since_a_stated_day_starts_that_day(text: str, start: date) -> None:
    frame = extract_moves(text, WED, None)
    assert [(r.period_start, r.period_end) for r in frame.itertuples()] == [(start, WED)]


def test_a_multi_day_move_with_no_dates_is_no_single_session_move() -> None:
    from analysis.market.moves import multi_day, single_session

    frame = extract_moves("Vexa is still down 55% this year. Since Wednesday, Ostrel's stock has fallen 58%.", None, None)
    assert single_session(frame).empty
    assert len(multi_day(frame)) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("Vexa shares fell as much as 30% on Wednesday after its largest shareholder, Halden National Bank, ruled out more "
     "funding. The bank's stock closed down 24% at a record low.", [("Vexa", -30.0), ("Vexa", -24.0)]),
    ("Broker Ostrel & Co raised its price target on Halden Bank to $60, implying 9% upside. The bank's shares rose "
     "1.4% on Monday.", [("Halden Bank", 1.4)]),  # no move before: the name the descriptor's noun matches
])
def test_a_descriptor_after_a_move_points_to_the_company_that_moved(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c, p) for c, p, _k in moves(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Halden Bank Index (.HBX) slid 7.7%, while the S&P 500 (.SPX) lost 1.8%.",
     [("Halden Bank Index", -7.7), ("S&P 500", -1.8)]),
    ("Vexa fell 5%, while the Stoxx Europe 600 banks index ended 1.2% higher.", [("Vexa", -5.0), ("Stoxx Europe 600 banks index", 1.2)]),
])
def test_an_index_name_keeps_neither_its_code_nor_its_article(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c, p) for c, p, _k in moves(text)] == expected


def test_a_leading_day_and_its_appositive_leave_the_subject_as_the_topic() -> None:
    text = ("On March 13, the first trading day after Halden Bank was closed, Vexa Bancorporation's stock plunged 47%. "
            "Shares rose 14% on March 14.")
    frame = extract_article_moves("Vexa says deposits have steadied", text, WED, None)
    assert [(r.company, r.pct) for r in frame.itertuples()] == [("Vexa Bancorporation", -47.0), ("Vexa Bancorporation", 14.0)]


#: Round 9 widening: invented wire sentences with constructions that often trip a share-move reader (a company's
#: bonds, notes or options vs its shares; ADRs and second listings; a relative clause with its own move; "its worst
#: day since"; "knocked 5% off"; stakes and market share; "from its IPO price", "from its peak"; "halved"). Each
#: expected row is (company, pct, "s" for one session or "m" for several).
WIDE = [
    ("Vexa's bonds fell 4% after the downgrade.",
     []),
    ("Vexa's 2028 notes fell 3% on Monday.",
     []),
    ("Vexa's convertible bonds jumped 8%.",
     []),
    ("Vexa's bonds due 2031 fell 8% to 62 cents on the dollar.",
     []),
    ("A 10% drop in Vexa's bonds rattled investors.",
     []),
    ('Vexa, whose bonds fell 10% last week, said it had enough cash.',
     []),
    ('Shares of Vexa rose 2% even as its bonds fell.',
     [('Vexa', 2.0, 's')]),
    ("Vexa's U.S.-listed ADRs fell 5% on Tuesday.",
     [('Vexa', -5.0, 's')]),
    ("Vexa's ADRs rose 6% in New York.",
     [('Vexa', 6.0, 's')]),
    ("Vexa's shares fell 3% in Frankfurt, while its U.S.-listed shares slid 4%.",
     [('Vexa', -3.0, 's'), ('Vexa', -4.0, 's')]),
    ('Vexa Motors makes buses. The stock, which fell 4% on Monday, rose 2% on Tuesday.',
     [('Vexa Motors', -4.0, 's'), ('Vexa Motors', 2.0, 's')]),
    ('Vexa fell 7%, its worst day since March 2020.',
     [('Vexa', -7.0, 's')]),
    ('Vexa rose 5%, its biggest one-day gain since 2020.',
     [('Vexa', 5.0, 's')]),
    ('Ostrel fell 3% in its worst session since October.',
     [('Ostrel', -3.0, 's')]),
    ("The news knocked 5% off Vexa's shares.",
     [('Vexa', -5.0, 's')]),
    ("The profit warning knocked 5% off Vexa's share price on Wednesday.",
     [('Vexa', -5.0, 's')]),
    ('Tarlow sold a 5% stake in Vexa.',
     []),
    ('Tarlow cut its stake in Vexa by 3%.',
     []),
    ('Vexa said it sold 8% of its shares in Ostrel.',
     []),
    ('Vexa reduced its holding in Ostrel to 4.9% from 7%.',
     []),
    ("Vexa's market share rose 2% in the quarter.",
     []),
    ('Vexa has a 25% market share in Europe.',
     []),
    ("Vexa's shares are up 30% from their IPO price of $20.",
     [('Vexa', 30.0, 'm')]),
    ('Vexa is up 3% from its IPO price.',
     [('Vexa', 3.0, 'm')]),
    ("Vexa's shares have halved this year.",  # a halving in words: no percent figure, no row (round 38)
     []),
    ('Vexa fell 3% to $20, valuing the company at $4 billion.',
     [('Vexa', -3.0, 's')]),
    ("Vexa's credit default swaps widened 20 basis points, and its bonds fell 2%.",
     []),
    ("Vexa's dividend yield rose to 5%.",
     []),
    ('Vexa raised its dividend 10%.',
     []),
    ('Vexa shares gave up an early 4% gain to close 1% lower.',
     [('Vexa', 4.0, 's'), ('Vexa', -1.0, 's')]),
    ('Vexa, up 12% this year, fell 2% on Tuesday.',
     [('Vexa', 12.0, 'm'), ('Vexa', -2.0, 's')]),
    ('Vexa fell as much as 8% before paring losses to close down 3%.',
     [('Vexa', -8.0, 's'), ('Vexa', -3.0, 's')]),
    ('Vexa pared an earlier 6% decline to trade 2% lower.',
     [('Vexa', -6.0, 's'), ('Vexa', -2.0, 's')]),
    ('Vexa trades at a 15% discount to its peers.',
     []),
    ('Ostrel jumped 30% after Vexa agreed to buy it at a 40% premium.',
     [('Ostrel', 30.0, 's')]),
    ("Vexa's shares, which have lost 60% of their value since the IPO, rose 5% on Friday.",
     [('Vexa', -60.0, 'm'), ('Vexa', 5.0, 's')]),
    ('Vexa lost 9% of its workforce last year.',
     []),
    ('Vexa shares slumped 20% in two days.',
     [('Vexa', -20.0, 'm')]),
    ("Vexa's shares were halted after falling 15%.",
     [('Vexa', -15.0, 's')]),
    ('Trading in Vexa was suspended after the stock slid 27%.',
     [('Vexa', -27.0, 's')]),
    ("Vexa's Hong Kong-listed shares fell 3.5%, and its Shanghai shares lost 2%.",
     [('Vexa', -3.5, 's'), ('Vexa', -2.0, 's')]),
    ("Vexa's stock hit a record high, rising 4%.",
     [('Vexa', 4.0, 's')]),
    ("Vexa's stock has doubled since March.",
     [('Vexa', 100.0, 'm')]),
    ("Vexa's shares have more than tripled this year.",
     [('Vexa', 200.0, 'm')]),
    ('Vexa Motors makes buses. The stock has halved since its listing.',
     []),
    ("Vexa's stock is down 30% from its February peak.",
     [('Vexa', -30.0, 'm')]),
    ("Vexa's share count fell 2% after buybacks.",
     []),
    ("Vexa's short interest rose to 12% of its float.",
     []),
    ("Vexa's stock was among the top gainers, rising 7% to a record.",
     [('Vexa', 7.0, 's')]),
    ("Ostrel's shares slipped 1%, giving it a market value of $2 billion.",
     [('Ostrel', -1.0, 's')]),
    ("Vexa's trading volume jumped 300%.",
     []),
    ('Implied volatility on Vexa options rose 15%.',
     []),
    ('Vexa options implied a 10% move in either direction.',
     []),
    ("Vexa's preferred shares fell 12% after the dividend was suspended.",
     [('Vexa', -12.0, 's')]),
    ("Ostrel's bonds rallied 5% and its shares jumped 11%.",
     [('Ostrel', 11.0, 's')]),
    ("Vexa shares rose 4% while the company's bonds slid 3%.",
     [('Vexa', 4.0, 's')]),
]


def _kinds(text: str) -> list[tuple[str, float, str]]:
    frame = extract_moves(text, PUB, None)
    return sorted((r.company, r.pct, "m" if r.period in ("multi-day", "year-to-date") or r.period_end is not None else "s")
                  for r in frame.itertuples())


@pytest.mark.parametrize(("text", "expected"), WIDE)
def test_wide_wire_constructions(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _kinds(text) == sorted(expected)


@pytest.mark.xfail(strict=True, reason="left in round 9: 'a 12% gain from earlier in the week' reads as one session "
                   "(the same words can name one earlier session: not changed)")
def test_a_gain_from_earlier_in_the_week_spans_days() -> None:
    assert _kinds("Vexa fell 9% on Thursday, erasing a 12% gain from earlier in the week.") == [("Vexa", -9.0, "s"), ("Vexa", 12.0, "m")]


# Round 10: a later corpus's gold counts "N% below its <year> high" as a move since the high (settled).
def test_a_level_below_a_peak_is_a_multi_day_move() -> None:
    assert _kinds("Vexa's stock is 40% below its record high.") == [("Vexa", -40.0, "m")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vexa halved its dividend.", []),
    ("Vexa has halved costs.", []),
    ("Vexa's profit halved in the quarter.", []),
    ("Vexa's shares have more than halved since March.", []),  # no percent figure (round 38)
    ("The sale took 30% off the price of the tickets.", []),
    ("Vexa knocked 10% off its prices.", []),
    ("The sell-off knocked 2% off the FTSE 100.", [("FTSE 100", -2.0, "s")]),
    ("A 9% rise in Vexa's first-quarter profit pleased investors.", []),
    ("A 5% drop in Vexa's shares rattled investors.", [("Vexa", -5.0, "s")]),
    ("Vexa rose 30% above its offer price in its market debut.", [("Vexa", 30.0, "s")]),
    ("Vexa fell 5% from its record high on Monday.", [("Vexa", -5.0, "s")]),
    ("Vexa is up 40% from its March low.", [("Vexa", 40.0, "m")]),
])
def test_wide_negatives_and_controls(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _kinds(text) == sorted(expected)


def test_more_than_halved_keeps_its_qualifier() -> None:
    # the qualifier stays on the worded figure; since round 38 a halving in words gives no row
    figures = find_figures("Vexa's shares have more than halved since March.")
    assert [(f.value, f.qualifier, f.worded) for f in figures] == [(50.0, "over", True)]
    assert extract_moves("Vexa's shares have more than halved since March.", PUB, None).empty


#: Round 9 widening, second set: results and deals beside the move, respectively with an appositive, a move after a
#: participle with "the stock", a nominal gain after "while X", second listings, premarket, yields and margins.
WIDE_2 = [
    ('Vexa shares closed 4.2% higher at $31.10, their best day since November.',
     [('Vexa', 4.2, 's')]),
    ("Vexa's stock has climbed 18% over the past five sessions.",
     [('Vexa', 18.0, 'm')]),
    ('Vexa, which listed in Frankfurt last year, tumbled 11%.',
     [('Vexa', -11.0, 's')]),
    ('Vexa slid 3% after Ostrel, its biggest customer, cut orders by 20%.',
     [('Vexa', -3.0, 's')]),
    ('Vexa cut its full-year guidance by 10%, and its shares fell 6%.',
     [('Vexa', -6.0, 's')]),
    ('Vexa said sales fell 12% in the quarter; the stock rose 3% anyway.',
     [('Vexa', 3.0, 's')]),
    ('Ostrel rose 2.5%, outpacing a 0.4% gain in the S&P 500.',
     [('Ostrel', 2.5, 's'), ('S&P 500', 0.4, 's')]),
    ('Vexa and Ostrel, its main rival, fell 3% and 5%, respectively.',
     [('Vexa', -3.0, 's'), ('Ostrel', -5.0, 's')]),
    ('Shares in Vexa Group plc were 2.1% lower by midday in London.',
     [('Vexa Group plc', -2.1, 's')]),
    ("Vexa's stock, down 35% this year, rebounded 6% on Tuesday.",
     [('Vexa', -35.0, 'm'), ('Vexa', 6.0, 's')]),
    ('Ostrel (OSTL.O) gained 7% in extended trading after results.',
     [('Ostrel', 7.0, 's')]),
    ("Vexa's shares rose as much as 9% before closing up 4.5%.",
     [('Vexa', 9.0, 's'), ('Vexa', 4.5, 's')]),
    ("The company's shares have lost about a third of their value this year.",
     []),
    ('Vexa expects revenue to grow 8% next year, and its shares rose 2%.',
     [('Vexa', 2.0, 's')]),
    ("Analysts at Ostrel said Vexa's shares could fall another 20%.",
     []),
    ('Vexa will cut 15% of its workforce, the company said, sending its shares up 3%.',
     [('Vexa', 3.0, 's')]),
    ('Vexa shareholders approved the deal with 92% of the vote.',
     []),
    ('Ostrel bought a 9.9% stake in Vexa, whose shares jumped 14%.',
     [('Vexa', 14.0, 's')]),
    ("Vexa's shares jumped 14% after Ostrel disclosed a 9.9% stake.",
     [('Vexa', 14.0, 's')]),
    ("Vexa offered to buy Ostrel for $40 a share, a 25% premium, sending Ostrel's stock up 22%.",
     [('Ostrel', 22.0, 's')]),
    ('Vexa raised its offer by 10%; Ostrel shares rose 8%.',
     [('Ostrel', 8.0, 's')]),
    ('The Nasdaq fell 1.2% and the Dow lost 0.8%, while Vexa bucked the trend with a 2% gain.',
     [('Nasdaq', -1.2, 's'), ('Dow', -0.8, 's'), ('Vexa', 2.0, 's')]),
    ("Vexa's market capitalisation fell by 12% to $40 billion.",
     [('Vexa', -12.0, 's')]),
    ("Vexa's stock price has risen 250% since its 2021 listing.",
     [('Vexa', 250.0, 'm')]),
    ('Vexa posted a 30% jump in quarterly profit, and its stock rose 5%.',
     [('Vexa', 5.0, 's')]),
    ('Vexa reported a 30% rise in revenue; its shares fell 4%.',
     [('Vexa', -4.0, 's')]),
    ("Vexa's gross margin narrowed to 41% from 44%.",
     []),
    ("About 60% of Vexa's sales come from China.",
     []),
    ('Vexa shares, which had risen 40% in the past month, fell 8%.',
     [('Vexa', 40.0, 'm'), ('Vexa', -8.0, 's')]),
    ('Vexa shares fell for a fifth straight session, losing 2%.',
     [('Vexa', -2.0, 's')]),
    ('Vexa shares have fallen in 9 of the last 10 sessions.',
     []),
    ('Vexa shares, up 2% premarket, later turned negative.',
     [('Vexa', 2.0, 's')]),
    ("Ostrel's U.S.-traded shares rose 3.3% on Friday, tracking a 2.9% gain in Paris.",
     [('Ostrel', 3.3, 's'), ('Ostrel', 2.9, 's')]),
    ('Investors dumped Vexa, sending the stock down 17%.',
     [('Vexa', -17.0, 's')]),
    ("Vexa's shares sank 6%, dragging the Stoxx 600 technology index down 1.5%.",
     [('Vexa', -6.0, 's'), ('Stoxx 600 technology index', -1.5, 's')]),
    ('Bond yields rose 10 basis points, and Vexa lost 2%.',
     [('Vexa', -2.0, 's')]),
    ("Vexa's 10-year bond yield rose to 4.5%.",
     []),
    ('Vexa has a 7% dividend yield.',
     []),
    ('Vexa rose 1%, recouping part of a 6% slide on Monday.',
     [('Vexa', 1.0, 's'), ('Vexa', -6.0, 's')]),
    ("Vexa, Europe's largest maker of buses, said orders rose 15%.",
     []),
    ("Vexa's stock fell 4% in Tokyo, while its sister company Ostrel Holdings gained 1%.",
     [('Vexa', -4.0, 's'), ('Ostrel Holdings', 1.0, 's')]),
]


@pytest.mark.parametrize(("text", "expected"), WIDE_2)
def test_wide_wire_constructions_second_set(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _kinds(text) == sorted(expected)


#: Round 9 widening, third set: list and ranking phrasing ("led the decliners, off 5.5%"), headlines, weekdays
#: without "on", "saw its shares drop", sessions anchored to an event ("since X's report", "in the two sessions
#: after ...", "in the days after ...").
WIDE_3 = [
    ('Shares of Vexa closed at $12.40, down 3.1%.',
     [('Vexa', -3.1, 's')]),
    ('Vexa ended the day 2.4% weaker.',
     [('Vexa', -2.4, 's')]),
    ("Vexa's shares were trading 1.8% higher at 10:30 a.m.",
     [('Vexa', 1.8, 's')]),
    ('Vexa stock is down roughly 12% over the last month.',
     [('Vexa', -12.0, 'm')]),
    ('Vexa (+3.2%) and Ostrel (-1.1%) led the gains.',
     [('Vexa', 3.2, 's'), ('Ostrel', -1.1, 's')]),
    ('Vexa was the biggest decliner in the index, falling 6.4%.',
     [('Vexa', -6.4, 's')]),
    ('Among the biggest losers was Vexa, which shed 7%.',
     [('Vexa', -7.0, 's')]),
    ('Vexa led the decliners, off 5.5%.',
     [('Vexa', -5.5, 's')]),
    ("Vexa's shares hit a 52-week low, falling as much as 4%.",
     [('Vexa', -4.0, 's')]),
    ("Vexa's stock rose 2 percent Tuesday.",
     [('Vexa', 2.0, 's')]),
    ('Vexa stock rose 5 per cent on the Toronto Stock Exchange.',
     [('Vexa', 5.0, 's')]),
    ('In Hong Kong, Vexa fell 2.3%.',
     [('Vexa', -2.3, 's')]),
    ('Vexa, the maker of electric buses, rose 1.1%.',
     [('Vexa', 1.1, 's')]),
    ("Vexa's shares rose 3% to a record, giving it a market value above $1 trillion.",
     [('Vexa', 3.0, 's')]),
    ('Vexa rose 3% Wednesday after falling 5% Tuesday.',
     [('Vexa', 3.0, 's'), ('Vexa', -5.0, 's')]),
    ("Vexa's stock price dropped 4.5 per cent in morning trade.",
     [('Vexa', -4.5, 's')]),
    ('Vexa was little changed, up 0.1%.',
     [('Vexa', 0.1, 's')]),
    ('Vexa fell nearly 10 percent.',
     [('Vexa', -10.0, 's')]),
    ("Vexa's stock has risen roughly 60% since the start of 2024.",
     [('Vexa', 60.0, 'm')]),
    ('Year to date, Vexa is up 15%.',
     [('Vexa', 15.0, 'm')]),
    ('Vexa rose 2% and Ostrel 3%, while Tarlow fell 1%.',
     [('Vexa', 2.0, 's'), ('Ostrel', 3.0, 's'), ('Tarlow', -1.0, 's')]),
    ('Vexa Shares Slump 8% After Profit Warning',
     [('Vexa', -8.0, 's')]),
    ('Vexa shares tumble 8% as CEO quits',
     [('Vexa', -8.0, 's')]),
    ('Vexa (VXA) stock soars 20% on buyout news',
     [('Vexa', 20.0, 's')]),
    ('Why Vexa stock is down 9% today',
     [('Vexa', -9.0, 's')]),
    ("Vexa's shares have gained 4% since Ostrel's report on Tuesday.",
     [('Vexa', 4.0, 'm')]),
    ('Vexa rose 6% in the two sessions after the report.',
     [('Vexa', 6.0, 'm')]),
    ("Vexa's stock fell 3% this morning.",
     [('Vexa', -3.0, 's')]),
    ("Ostrel's shares slipped 0.5% after Vexa said its own sales fell 10%.",
     [('Ostrel', -0.5, 's')]),
    ("Vexa's stock, which tumbled 12% in the days after the recall, has since recovered.",
     [('Vexa', -12.0, 'm')]),
    ('Vexa shares jumped 8% Thursday, a day after the company raised its outlook.',
     [('Vexa', 8.0, 's')]),
    ('The Vexa stock price fell 2% in early trade.',
     [('Vexa', -2.0, 's')]),
    ('Vexa has seen its stock fall 30% since January.',
     [('Vexa', -30.0, 'm')]),
    ('Vexa saw its shares drop 5% on Monday.',
     [('Vexa', -5.0, 's')]),
    ('Ostrel shares rose 1% even as its Chinese unit reported a 20% drop in sales.',
     [('Ostrel', 1.0, 's')]),
    ("Vexa's stock rallied 7% intraday before fading to a 1% gain.",
     [('Vexa', 7.0, 's'), ('Vexa', 1.0, 's')]),
    ('Vexa said it would buy back 5% of its shares, and the stock rose 3%.',
     [('Vexa', 3.0, 's')]),
    ('Vexa holds 20% of Ostrel, whose shares rose 2%.',
     [('Ostrel', 2.0, 's')]),
    ('Ostrel, in which Vexa holds a 20% stake, rose 2%.',
     [('Ostrel', 2.0, 's')]),
    ("Vexa's stock has underperformed, falling 10% while the S&P 500 rose 5% over the same period.",
     [('Vexa', -10.0, 's'), ('S&P 500', 5.0, 'm')]),
]


@pytest.mark.parametrize(("text", "expected"), WIDE_3)
def test_wide_wire_constructions_third_set(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _kinds(text) == sorted(expected)


#: Round 9 widening, fourth set: causative verbs with the shares as object ("lifting its shares 5%"), pronouns and
#: descriptors ("while the carmaker fell 7%" after another company), "its shares" after another quantity's clause,
#: headlines, prices in pence, euros and yen, a possessive period before a figure ("last week's 9% drop"), "than a
#: year ago".
WIDE_4 = [
    ('Vexa Motors makes buses. The news extended a rally that has lifted the stock 21% this month.',
     [('Vexa Motors', 21.0, 'm')]),
    ('Vexa beat forecasts, lifting its shares 5%.',
     [('Vexa', 5.0, 's')]),
    ('Vexa beat forecasts, pushing its shares up 5%.',
     [('Vexa', 5.0, 's')]),
    ('Vexa beat forecasts, which sent its shares 10% higher.',
     [('Vexa', 10.0, 's')]),
    ("The recall drove Vexa's stock down 8% on Monday.",
     [('Vexa', -8.0, 's')]),
    ('The upgrade sent Ostrel shares up 6%.',
     [('Ostrel', 6.0, 's')]),
    ("Vexa's deposits rose 4%, and its shares jumped, climbing 11%.",
     [('Vexa', 11.0, 's')]),
    ('Shares of Vexa, which makes buses, were down 3%.',
     [('Vexa', -3.0, 's')]),
    ("Ostrel said Vexa had cut prices by 10%; Ostrel's shares fell 4%.",
     [('Ostrel', -4.0, 's')]),
    ('Vexa Motors makes buses. It fell 4% on Monday.',
     [('Vexa Motors', -4.0, 's')]),
    ('Vexa Motors makes buses. They have fallen 20% this year.',
     [('Vexa Motors', -20.0, 'm')]),
    ('Vexa Motors makes buses. Its stock is down 2%.',
     [('Vexa Motors', -2.0, 's')]),
    ("Vexa Motors cut its outlook. The carmaker's shares slid 7%.",
     [('Vexa Motors', -7.0, 's')]),
    ('Vexa Motors cut its outlook on Tuesday. Ostrel Rail, a rival, rose 2%, while the carmaker fell 7%.',
     [('Ostrel Rail', 2.0, 's'), ('Vexa Motors', -7.0, 's')]),
    ("Vexa's bondholders took a 30% haircut.",
     []),
    ('Vexa cut prices 10% and its shares rose 2%.',
     [('Vexa', 2.0, 's')]),
    ("Vexa's sales rose 12%, while its shares fell 3%.",
     [('Vexa', -3.0, 's')]),
    ('Vexa says profit will rise 20%; shares up 4%',
     [('Vexa', 4.0, 's')]),
    ('Vexa sinks 11% as China sales slump',
     [('Vexa', -11.0, 's')]),
    ('Vexa jumps 9% after Ostrel bid; Tarlow slips 2%',
     [('Vexa', 9.0, 's'), ('Tarlow', -2.0, 's')]),
    ("Vexa's shares traded 4% lower in Frankfurt, after falling 6% in the previous session.",
     [('Vexa', -4.0, 's'), ('Vexa', -6.0, 's')]),
    ("Ostrel shares rose 3% and have now recovered all of last week's 9% drop.",
     [('Ostrel', 3.0, 's'), ('Ostrel', -9.0, 'm')]),
    ("Vexa's shares rose 2% to 412 pence.",
     [('Vexa', 2.0, 's')]),
    ("Vexa's shares rose 2p, or 0.5%, to 412p.",
     [('Vexa', 0.5, 's')]),
    ('Vexa fell 1.50 euros, or 3%, to 48.50 euros.',
     [('Vexa', -3.0, 's')]),
    ('Ostrel climbed 120 yen, or 4.1%, to 3,050 yen in Tokyo.',
     [('Ostrel', 4.1, 's')]),
    ('Vexa shares are up some 40% over the past 12 months.',
     [('Vexa', 40.0, 'm')]),
    ("Vexa's share price is 15% higher than a year ago.",
     [('Vexa', 15.0, 'm')]),
    ("Vexa's share price has fallen by around two-thirds since its peak.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), WIDE_4)
def test_wide_wire_constructions_fourth_set(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _kinds(text) == sorted(expected)


def test_both_stocks_after_two_names_with_no_moves() -> None:
    """Fixed in round 19b: with no moves told before, "Both stocks" points back to the two companies the sentence just
    before has as its coordinated subject."""
    assert _kinds('Vexa Motors and Ostrel Rail both make trains. Both stocks fell about 3%.') == [("Ostrel Rail", -3.0, "s"), ("Vexa Motors", -3.0, "s")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vexa rose 5% in Tuesday's session after the report.", [(5.0, date(2023, 3, 21), None)]),
    ("Vexa fell 3%, extending Tuesday's 9% slide.", [(-3.0, WED, None), (-9.0, date(2023, 3, 21), None)]),
    ("Vexa rose 1%, recouping part of Tuesday's 9% slide.", [(1.0, WED, None), (-9.0, date(2023, 3, 21), None)]),
    ("Vexa rose 3% and has now recovered all of last week's 9% drop.",
     [(3.0, WED, None), (-9.0, None, (date(2023, 3, 13), date(2023, 3, 17)))]),
])
def test_a_possessive_period_before_a_figure_dates_that_figure_only(text: str, expected: list[tuple[float, object, object]]) -> None:
    frame = extract_moves(text, WED, None)
    got = [(r.pct, r.session_date, (r.period_start, r.period_end) if r.period_end is not None else None) for r in frame.itertuples()]
    assert got == expected


#: Round 9 widening, fifth set: closing and opening verbs before "N% lower" ("reopened", "edged"), a name with its
#: verb before "to trade 2% higher", one verb over two markets ("2% in New York and 3% in London"), "the benchmark"
#: as the object of a nominal move, ranges ("between a 3% gain and a 2% loss").
WIDE_5 = [
    ("Vexa's stock, which had been halted, reopened 12% lower.",
     [('Vexa', -12.0, 's')]),
    ('Vexa reversed course to trade 2% higher.',
     [('Vexa', 2.0, 's')]),
    ('Vexa gained 2% in New York and 3% in London.',
     [('Vexa', 2.0, 's'), ('Vexa', 3.0, 's')]),
    ('Vexa added 2 per cent to 120p.',
     [('Vexa', 2.0, 's')]),
    ("Vexa's shares are off 4%.",
     [('Vexa', -4.0, 's')]),
    ('The stock, up 8% at one point, closed 2% higher.',
     []),
    ('Vexa opened 5% lower.',
     [('Vexa', -5.0, 's')]),
    ('Vexa was indicated 4% higher in premarket trade.',
     [('Vexa', 4.0, 's')]),
    ("Vexa's stock dropped 3% to its lowest since 2019.",
     [('Vexa', -3.0, 's')]),
    ('Vexa fell to a record low, down 3%.',
     [('Vexa', -3.0, 's')]),
    ('Vexa lost 3% of its value.',
     [('Vexa', -3.0, 's')]),
    ('Vexa rose for a third day, up 1%.',
     [('Vexa', 1.0, 's')]),
    ("Vexa's 15% rally this week surprised analysts.",
     [('Vexa', 15.0, 'm')]),
    ('Vexa and Ostrel rose 2% each.',
     [('Vexa', 2.0, 's'), ('Ostrel', 2.0, 's')]),
    ('Vexa fell 4%, Ostrel 3% and Tarlow 2%.',
     [('Vexa', -4.0, 's'), ('Ostrel', -3.0, 's'), ('Tarlow', -2.0, 's')]),
    ("Vexa Inc's stock rose 3%.",
     [('Vexa Inc', 3.0, 's')]),
    ('Vexa, down 3%, was the worst performer.',
     [('Vexa', -3.0, 's')]),
    ('Down 3%, Vexa was the worst performer in the index.',
     [('Vexa', -3.0, 's')]),
    ('Vexa shares last traded 3% lower.',
     [('Vexa', -3.0, 's')]),
    ('Vexa shares were last up 3%.',
     [('Vexa', 3.0, 's')]),
    ('Vexa shares pared gains to trade up 1.5%.',
     [('Vexa', 1.5, 's')]),
    ("Vexa's losses deepened to 9% after the call.",
     [('Vexa', -9.0, 's')]),
    ("Ostrel has risen about 25% since Vexa's bid was first reported.",
     [('Ostrel', 25.0, 'm')]),
    ("Vexa's shares edged 0.3% lower.",
     [('Vexa', -0.3, 's')]),
    ('Vexa gained 1.1%, snapping a five-day losing streak.',
     [('Vexa', 1.1, 's')]),
    ('Vexa outperformed, rising 2% against a 1% drop in the benchmark.',
     [('Vexa', 2.0, 's'), ('the benchmark', -1.0, 's')]),
    ("Vexa's decline of 6% wiped $2 billion off its market value.",
     [('Vexa', -6.0, 's')]),
    ('Vexa shares swung between a 3% gain and a 2% loss.',
     []),
    ("Vexa's shares rose 3% on the Nasdaq on Monday, while its Tokyo-listed shares were flat.",
     [('Vexa', 3.0, 's')]),
]


@pytest.mark.parametrize(("text", "expected"), WIDE_5)
def test_wide_wire_constructions_fifth_set(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _kinds(text) == sorted(expected)


def test_a_possessive_with_modifiers_before_its_listing() -> None:
    text = "Acme's U.S. ADRs slid 2.7% in New York, and Borla's thinly traded ADRs gave up 9.3%."
    assert shares(text) == {("Acme", -2.7), ("Borla", -9.3)}
    assert shares("Ferro Inc's own ADRs, quoted on a pink-sheet market, sank 11%.") == {("Ferro Inc", -11.0)}


def test_a_list_item_with_two_signed_figures() -> None:
    text = "Scorecard:\n\n• Acme (ACM.MI): +2.8% this week, -4.4% since May 9\n• Borla: -1.7% today, +0.3% since May 9\n"
    assert shares(text) == {("Acme", 2.8), ("Acme", -4.4), ("Borla", -1.7), ("Borla", 0.3)}


def test_a_live_blog_time_stamp_is_no_part_of_the_subject() -> None:
    text = "09:40 GMT - Acme leads the risers, up 6.4% at 212p after Friday's 22% slide."
    assert shares(text) == {("Acme", 6.4), ("Acme", -22.0)}


def test_a_clause_after_but_has_its_own_subject_before_a_participle_figure() -> None:
    text = "Borla has gained 2.6% but Cento keeps sliding, off a further 1.3%."
    assert shares(text) == {("Borla", 2.6), ("Cento", -1.3)}


def test_an_expected_decline_is_no_move() -> None:
    text = "Acme said unit sales slipped 3% in the half, short of analysts' forecasts of a 7% decline."
    assert shares(text) == set()
    assert shares("Borla shares fell 3%, versus analyst estimates of an 8% rise in sales.") == {("Borla", -3.0)}


@pytest.mark.parametrize(("text", "expected"), [
    # round 38: a fraction in words is no percent figure, so no row (the gold of the read corpora 34-41 says so)
    ("Acme Group watched its stock drop by almost a third over two sessions.", set()),
    ("Acme shed a fifth of its market value in the spring.", set()),
    ("Borla shares have risen by a quarter since March.", set()),
    ("Acme lost a third of its customers in 2021.", set()),
    ("Acme said sales fell by a third.", set()),
    # a rounding of the exact figure beside it, and a distance from a peak, are no moves of their own
    ("Acme had lost nearly two-thirds of its value, a fall of 61.2 percent.", {("Acme", -61.2)}),
])
def test_a_fraction_of_the_price_as_a_move(text: str, expected: set[tuple[str, float]]) -> None:
    assert shares(text) == expected


def test_a_plus_joined_name() -> None:
    text = "In Oslo, Hartl+Sohn and Borla were up 3.3% and 0.8%, respectively."
    assert shares(text) == {("Hartl+Sohn", 3.3), ("Borla", 0.8)}


def test_a_move_by_the_maximum_the_exchange_allows() -> None:
    assert shares("Acme Marine fell by the maximum 7% its market permits.") == {("Acme Marine", -7.0)}


def test_a_parenthesised_corporate_word_is_part_of_the_name() -> None:
    text = "In Singapore, Cento Holdings rose 3.4% and Pellow Marine (International), the parent of PML, gained 2.2%."
    assert {(c.split(" (")[0], p) for c, p in shares(text)} == {("Cento Holdings", 3.4), ("Pellow Marine", 2.2)}


def test_a_nominal_move_with_a_time_word_before_its_object() -> None:
    text = "That came after a 12% jump yesterday in Sao Paulo-listed Cento Mining, its main rival."
    assert shares(text) == {("Cento Mining", 12.0)}


def test_a_listing_named_by_its_place_line() -> None:
    text = "Borla Foods dropped 2.2% at home, while its Vienna line shed 1.4%."
    assert shares(text) == {("Borla Foods", -2.2), ("Borla Foods", -1.4)}
    assert shares("Borla's Vienna listing lost 2.1%.") == {("Borla", -2.1)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Halden stock crashes 23% on accounting probe", {("Halden", -23.0)}),
    ("Halden sank 8.1% on Monday. It has since regained about 3%.", {("Halden", -8.1), ("Halden", 3.0)}),
    ("Halden sank 8.1% on Monday. On Tuesday it fell back 1.6%.", {("Halden", -8.1), ("Halden", -1.6)}),
])
def test_crash_since_and_back(text: str, expected: set[tuple[str, float]]) -> None:
    assert shares(text) == expected


def test_a_listing_place_in_parentheses_after_the_name() -> None:
    text = "Weekly moves:\n\n• Borla (Sao Paulo): +1.2% this week\n• Cento (Oslo): -2% this week\n"
    assert shares(text) == {("Borla", 1.2), ("Cento", -2.0)}


def test_a_move_to_the_daily_limit_with_its_size() -> None:
    assert shares("Acme Lines went limit-up, 15%, in Shenzhen.") == {("Acme Lines", 15.0)}
    assert shares("Borla closed limit down at 7% on Friday.") == {("Borla", -7.0)}
