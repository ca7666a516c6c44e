"""Share-move extraction: the seed gold moves, synthetic wire-style sentences and not-a-move cases."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from contextlib import redirect_stdout
from datetime import date

import pandas as pd
import pytest

from analysis import analyse
from analysis.corpus.load import build_corpus
from analysis.corpus.readers import RawArticle
from analysis.market import extract as grammar
from analysis.market.moves import MOVE_COLUMNS, extract_moves, moves_table, sentence_region


def moves(sentence: str) -> list[tuple[str, float, str, str]]:
    """The grammar's moves of one sentence (no entity mentions, so names are as written)."""
    frame = grammar.extract_moves(sentence, date(2025, 1, 28), None)
    return [(r.company, r.pct, r.qualifier, r.kind) for r in frame.itertuples()]


_GENERIC = frozenset("the index inc corp co ag plc ltd holdings group share average se bank composite".split())


def _tokens(name: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace("'s", "")
    return {w for w in re.findall(r"[a-z0-9&]+", plain) if w not in _GENERIC}


def same_name(got: str, want: str) -> bool:
    """Names agree when they share a distinctive word ("Nvidia Corp" ~ "Nvidia", "Dow" ~ "Dow Jones Industrial
    Average"): the grammar keeps names as written; canonical names come from the entity layer."""
    return bool(_tokens(got) & _tokens(want)) or got.lower() == want.lower()


def same_moves(got: list[tuple[str, float, str, str]], want: list[tuple[str, float, str, str]]) -> bool:
    return len(got) == len(want) and all(same_name(g[0], w[0]) and g[1:] == w[1:] for g, w in zip(got, want))


def matched(got: set[tuple[str, float]], want: set[tuple[str, float]]) -> tuple[int, int, int]:
    """(true positives, false positives, misses) of (name, pct) pairs, names compared with :func:`same_name`."""
    tp = sum(1 for w in want if any(same_name(g[0], w[0]) and g[1] == w[1] for g in got))
    fp = sum(1 for g in got if not any(same_name(g[0], w[0]) and g[1] == w[1] for w in want))
    return tp, fp, len(want) - tp


def base_ticker(ticker: str) -> str:
    """Gold tickers are bare symbols; the catalog adds the exchange suffix the reference file uses (ENR.DE)."""
    return ticker.split(".")[0]


# --- the seeds -----------------------------------------------------------------------------------------


def test_seed_share_moves_are_exactly_the_gold_ones(seeds_corpus, gold) -> None:
    found = extract_moves(seeds_corpus)
    shares = found.loc[found["kind"] == "share"]
    assert len(found) == 8
    assert len(shares) == len(gold["share_moves"]) == 8
    got = {
        (r.file, r.company, base_ticker(r.ticker), r.pct, r.qualifier, r.session_date.date().isoformat())
        for r in shares.itertuples()
    }
    want = {
        (g["file"], g["company"], g["ticker"], g["pct"], g["qualifier"], g["session"]) for g in gold["share_moves"]
    }
    assert got == want


def test_seed_moves_keep_sentence_and_region(seeds_corpus, gold) -> None:
    found = extract_moves(seeds_corpus).set_index("company")
    for g in gold["share_moves"]:
        assert found.loc[g["company"], "sentence"] == g["sentence"]
        if "region" in g:
            assert found.loc[g["company"], "region"] == g["region"]
    assert found.loc["ASML", "region_basis"] == "sentence"
    assert found.loc["Siemens Energy", "region_basis"] == "catalog"
    assert found.loc["ASML", "session_basis"] == "sentence"  # "by the end of Monday's trading"
    assert found.loc["Nvidia", "session_basis"] == "article"  # no date word in that paragraph
    assert found.loc["Alphabet", "label"] == "over 4%"


def test_seed_not_moves_are_not_extracted(seeds_corpus, gold) -> None:
    found = extract_moves(seeds_corpus)
    assert set(found["file"]) == {"001_9d4eccda8b18999b.txt"}
    for text in found["sentence"]:
        assert "million" not in text and "billion" not in text and "yuan" not in text
    assert len(gold["not_share_moves"]) == 3


def test_cli_columns_and_values(seeds_corpus) -> None:
    table = moves_table(analyse(seeds_corpus).moves)
    assert list(table.columns) == MOVE_COLUMNS
    first = table.iloc[0]
    assert (first["company"], first["ticker"], first["pct"], first["session_date"]) == ("Nvidia", "NVDA", -16.9, "2025-01-27")
    assert first["published"] is None or pd.isna(first["published"])  # IBTimes has only an "on or after" date


def test_cli_json_end_to_end() -> None:
    from analysis.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["moves", "--format", "json", "--outlet", "International Business Times UK"]) == 0
    rows = json.loads(out.getvalue())
    assert [r["company"] for r in rows] == [
        "Nvidia", "Broadcom", "Microsoft", "Alphabet", "Oracle", "Cisco", "ASML", "Siemens Energy"
    ]
    assert rows[6]["region"] == "Europe" and rows[6]["qualifier"] == "over" and rows[6]["pct"] == -7.0


def test_outlet_filter_without_moves_gives_empty_table() -> None:
    from analysis.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["moves", "--outlet", "Hindustan Times"]) == 0
    assert out.getvalue().strip() == ",".join(MOVE_COLUMNS)


# --- patterns ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # coordinated lists, with and without "respectively"
        ("Constellation Energy and Vistra fell 21% and 28%, respectively.",
         [("Constellation Energy", -21.0, "exact", "share"), ("Vistra", -28.0, "exact", "share")]),
        ("Oracle and Cisco slipped 14% and 5%.",
         [("Oracle", -14.0, "exact", "share"), ("Cisco", -5.0, "exact", "share")]),
        ("Broadcom, Marvell and Micron each tumbled more than 10%.",
         [("Broadcom", -10.0, "over", "share"), ("Marvell", -10.0, "over", "share"), ("Micron", -10.0, "over", "share")]),
        ("PacWest Bancorp's shares tumbled 52% and Western Alliance Bancorp fell 47%, while Zions dropped 12%.",
         [("PacWest Bancorp", -52.0, "exact", "share"), ("Western Alliance Bancorporation", -47.0, "exact", "share"),
          ("Zions Bancorporation", -12.0, "exact", "share")]),
        # per cent / percent, qualifiers
        ("Credit Suisse stock sank as much as 24% in Zurich, while UBS shares rose 3.5 per cent.",
         [("Credit Suisse", -24.0, "as much as", "share"), ("UBS", 3.5, "exact", "share")]),
        ("London-listed Arm Holdings slumped about 10 percent in early trading.", [("Arm", -10.0, "about", "share")]),
        ("Charles Schwab Corp rebounded 9.2% after falling nearly 12% earlier in the week.",
         [("Charles Schwab", 9.2, "exact", "share"), ("Charles Schwab", -12.0, "nearly", "share")]),
        # "up to" is an intraday extreme: the challenge set's qualifiers call it "as much as"
        ("Tesla Inc jumped at least 11% while Ford Motor Co slid up to 3 percent.",
         [("Tesla", 11.0, "at least", "share"), ("Ford Motor", -3.0, "as much as", "share")]),
        ("Coinbase Global surged roughly 20 percent to $95.", [("Coinbase Global", 20.0, "about", "share")]),
        ("Chipmaker Intel Corp's stock rose almost 6% after hours.", [("Intel", 6.0, "nearly", "share")]),
        # noun forms and "its share price drop by"
        ("Siemens Energy, a manufacturer of AI-related hardware, experienced a sharp decline of 20%.",
         [("Siemens Energy", -20.0, "exact", "share")]),
        ("In Europe, ASML saw its share price drop by over 7% by the end of Monday's trading.",
         [("ASML", -7.0, "over", "share")]),
        ("Nvidia suffered a 17% drop, its worst day since 2020.", [("Nvidia", -17.0, "exact", "share")]),
        ("Shares in Deutsche Bank AG slumped as much as 14.9% in Frankfurt before paring losses to close 8.5% lower.",
         [("Deutsche Bank", -14.9, "as much as", "share"), ("Deutsche Bank", -8.5, "exact", "share")]),
        ("The bank's stock lost 60% of its value.", []),  # no company named in the sentence itself
        ("Nvidia Corp (NVDA.O) closed down 17% at $118.42, wiping nearly $593 billion off its market value.",
         [("Nvidia", -17.0, "exact", "share")]),
        ("Europe's STOXX 600 ended 0.1% lower, with ASML down 7% and Schneider Electric off 9.5%.",
         [("Stoxx 600", -0.1, "exact", "index"), ("ASML", -7.0, "exact", "share"), ("Schneider Electric", -9.5, "exact", "share")]),
        # indexes and ETFs
        ("The Nasdaq Composite fell 3.1% and the Philadelphia SE Semiconductor index dropped 9.2%, its biggest one-day fall since March 2020.",
         [("Nasdaq Composite", -3.1, "exact", "index"), ("PHLX Semiconductor Index", -9.2, "exact", "index")]),
        ("The Dow fell 1.7% and the tech-heavy Nasdaq shed nearly 4%.",
         [("Dow Jones Industrial Average", -1.7, "exact", "index"), ("Nasdaq Composite", -4.0, "nearly", "index")]),
        ("The SPDR S&P Regional Banking ETF dropped 4.4%, its lowest close since October 2020.",
         [("SPDR S&P Regional Banking ETF", -4.4, "exact", "index")]),
        ("The KBW Regional Banking Index slid 4.2% and the S&P 500 lost 1.1%.",
         [("KBW Nasdaq Regional Banking Index", -4.2, "exact", "index"), ("S&P 500", -1.1, "exact", "index")]),
        ("Japan's Nikkei share average fell 0.9%.", [("Nikkei 225", -0.9, "exact", "index")]),
        ("Nvidia fell 17% on Monday, its biggest drop since 2020.", [("Nvidia", -17.0, "exact", "share")]),
        ("Biggest losers: Nvidia (-16.9%), Broadcom (-17.4%) and Arm (+1.2%).",
         [("Nvidia", -16.9, "exact", "share"), ("Broadcom", -17.4, "exact", "share"), ("Arm", 1.2, "exact", "share")]),
        ("Shares of Intel fell 5% in early trading, the most since July.", [("Intel", -5.0, "exact", "share")]),
        ("Hong Kong's Hang Seng index tumbled 2.2%, with Alibaba Group down 5.5%.",
         [("Hang Seng index", -2.2, "exact", "index"), ("Alibaba Group", -5.5, "exact", "share")]),
    ],
)
def test_move_patterns(sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    assert same_moves(moves(sentence), expected), moves(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue rose 12% to $30 billion in the quarter.",
        "The company's revenue fell 8% to $4.1 billion, while net income rose 12%.",
        "Nvidia's data center sales grew 93% from a year earlier.",
        "SoftBank owns a 90% stake in Arm.",
        "Apollo owns roughly 9.9% of the bank's shares after the deal.",
        "The 10-year Treasury yield fell to 4.53%.",
        "Yields on two-year Treasuries jumped 25 basis points to 4.9%.",
        "Nvidia shed $593 billion in market value, the biggest one-day loss in U.S. history.",
        "Nvidia's market capitalisation fell by $593 billion to $2.9 trillion.",
        "About 40% of revenue comes from China.",
        "A Reuters/Ipsos poll found 41% of Americans approve of the president.",
        "About 62% of respondents said they had confidence in the banking system.",
        "The lender said deposits dropped 41% in the first quarter.",
        "Unemployment rose to 3.6% in February.",
        "Analysts expect sales to grow 15% next year.",
        "Meta's margin rose 4 percentage points.",
        "Despite a relatively modest £4.5 million ($5.6 million) investment, it matched OpenAI.",
        "Fitch said First Republic saw a 35% drop in deposits.",
    ],
)
def test_not_moves(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Apple shares are up 20% this year.", "2025-01-01", "2025-01-28"),
        ("Nvidia has lost 30% since the start of the year.", "2025-01-01", "2025-01-28"),
        ("Shares of Intel fell 17% in 2024.", "2024-01-01", "2024-12-31"),
        ("Intel shares fell 26% over two days.", "2025-01-24", "2025-01-27"),
        ("Microsoft shares more than doubled over two years.", "2023-01-28", "2025-01-28"),
    ],
)
def test_moves_over_several_sessions_are_intervals(sentence: str, start: str, end: str) -> None:
    """A move over several sessions is a move with a period (``session_date`` empty), not a one-session move."""
    frame = grammar.extract_moves(sentence, date(2025, 1, 28), None)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["session_date"] is None
    assert (row["period_start"].isoformat(), row["period_end"].isoformat()) == (start, end)


def test_pronoun_points_back_to_the_last_company_topic() -> None:
    """Wire copy runs one sentence a paragraph: "Its shares" points to the company that opened an earlier sentence,
    across paragraphs; "Regulators" opening a sentence is no company."""
    raw = RawArticle(file="w.txt", text="Shares of First Republic Bank were halted. Its shares fell 33% on Tuesday.")
    raw2 = RawArticle(file="w2.txt", text="Shares of First Republic Bank were halted.\n\nIts shares fell 33% on Tuesday.")
    raw3 = RawArticle(
        file="w3.txt",
        text="Shares of First Republic Bank were halted.\n\nRegulators met on Monday.\n\nIts shares fell 33% on Tuesday.",
    )
    corpus = build_corpus([(r, {"published": "2023-04-26"}, "corpus") for r in (raw, raw2, raw3)])
    found = extract_moves(corpus)
    assert list(zip(found["doc_id"], found["company"], found["pct"])) == [
        ("w", "First Republic Bank", -33.0), ("w2", "First Republic Bank", -33.0), ("w3", "First Republic Bank", -33.0)
    ]
    assert found.loc[0, "session_date"] == pd.Timestamp("2023-04-25")


# --- unseen wire stories: recall and precision --------------------------------------------------------

WIRE = [
    ("SVB Financial Group shares plunged 60% on Thursday after the lender launched a $2.25 billion share sale.",
     {("SVB Financial Group", -60.0)}),
    ("Trading in shares of Silicon Valley Bank's parent was halted on Friday after they fell another 66% in premarket trade.",
     {("SVB Financial Group", -66.0)}),
    ("Regional lenders Comerica Inc and KeyCorp fell 4.8% and 2.6%, respectively, while Truist Financial Corp lost 1.9%.",
     {("Comerica", -4.8), ("KeyCorp", -2.6), ("Truist Financial", -1.9)}),
    ("European bank stocks had their worst day in months, with the STOXX banks index down 3.8%.", {("STOXX banks index", -3.8)}),
    ("Tesla Inc jumped 11% after the electric carmaker posted record deliveries, but Ford Motor Co slipped 1.2 per cent.",
     {("Tesla", 11.0), ("Ford Motor", -1.2)}),
    ("JPMorgan Chase & Co gained 2.1%, while Bank of America Corp climbed 0.9%.",
     {("JPMorgan Chase", 2.1), ("Bank of America", 0.9)}),
    ("Shares of First Republic Bank plunged 33% on Monday after the lender said deposits fell by more than $100 billion.",
     {("First Republic Bank", -33.0)}),
    ("Signature Bank shares were down 23% on Friday.", {("Signature Bank", -23.0)}),
    ("In Tokyo, chip-testing equipment maker Advantest lost 8.6% and Tokyo Electron fell 4.9%.",
     {("Advantest", -8.6), ("Tokyo Electron", -4.9)}),
    ("Meta's shares rose 1.9% while Apple gained 3.2%.", {("Meta", 1.9), ("Apple", 3.2)}),
    ("Dow Jones Industrial Average rose 0.7%, or 289 points.", {("Dow Jones Industrial Average", 0.7)}),
    ("The lender said net interest income fell 5% as deposits dropped 40%.", set()),
    ("Investors pulled $42 billion of deposits in a single day, a run that analysts said was unprecedented.", set()),
]


#: A second batch written after the rules were set (first run: recall 0.95, precision 0.95; "Germany's DAX" then
#: got its owner stripped and the index-name list).
WIRE_2 = [
    ("Shares of Western Alliance Bancorp sank 47% and PacWest Bancorp fell 21% on Monday.",
     {("Western Alliance Bancorporation", -47.0), ("PacWest Bancorp", -21.0)}),
    ("Citigroup Inc slipped 2.1% and Wells Fargo & Co declined 1.4%.", {("Citigroup", -2.1), ("Wells Fargo", -1.4)}),
    ("Credit Suisse's shares slumped 24% to a record low of 1.55 Swiss francs.", {("Credit Suisse", -24.0)}),
    ("UBS Group AG shares rallied more than 5% after the deal was announced.", {("UBS", 5.0)}),
    ("The Euro STOXX banks index fell 3.5 percent, while Germany's DAX lost 1.2 percent.",
     {("Euro STOXX banks index", -3.5), ("DAX", -1.2)}),
    ("Stock in Charles Schwab tumbled 11.6% on Monday.", {("Charles Schwab", -11.6)}),
    ("Meta Platforms rose 1.9%, Apple climbed 3.2% and Amazon.com added 0.2%.",
     {("Meta", 1.9), ("Apple", 3.2), ("Amazon.com", 0.2)}),
    ("Shares of TSMC dropped 13% in New York, while Arm Holdings lost about 10%.", {("TSMC", -13.0), ("Arm", -10.0)}),
    ("The VanEck Semiconductor ETF fell 9.9%, its worst session since 2020.", {("VanEck Semiconductor ETF", -9.9)}),
    ("Micron Technology Inc and Marvell Technology Inc sank 11.7% and 19.1%, respectively.",
     {("Micron", -11.7), ("Marvell", -19.1)}),
    ("Japan's Nikkei average closed down 0.9 per cent, dragged down by SoftBank Group, which slumped 8.3 per cent.",
     {("Nikkei 225", -0.9), ("SoftBank Group", -8.3)}),
    ("KeyCorp shares were up 4% in premarket trading.", {("KeyCorp", 4.0)}),
    ("First Republic said deposits fell 41% to $104.5 billion in the first quarter.", set()),
    ("The bank's net interest margin narrowed to 2.2% from 2.5%.", set()),
    ("JPMorgan raised its stake in the lender to 9.9%.", set()),
    ("The yield on the 10-year note rose 12 basis points to 3.6%.", set()),
    ("Analysts polled by Reuters expect earnings to rise 8%.", set()),
    ("Nvidia's revenue jumped 122% to $30 billion.", set()),
]


#: A third held-out batch (European banks, AP style). First run: recall 0.89, precision 0.94 ("plummeted" was not
#: in the verb list; "Shares in A and B" named only A). Kept here as a regression check.
WIRE_3 = [
    ("Shares in Sabadell and CaixaBank dropped 8% and 7.5% respectively in Madrid.", {("Sabadell", -8.0), ("CaixaBank", -7.5)}),
    ("HSBC Holdings PLC lost 4.1 per cent in London, and Barclays shed 6.7 per cent.", {("HSBC Holdings", -4.1), ("Barclays", -6.7)}),
    ("Commerzbank AG's stock plunged as much as 12%.", {("Commerzbank", -12.0)}),
    ("BNP Paribas slumped 5.6%, Societe Generale sank 6.1% and Deutsche Bank lost 5.3%.",
     {("BNP Paribas", -5.6), ("Société Générale", -6.1), ("Deutsche Bank", -5.3)}),
    ("Goldman Sachs Group Inc gained 1.2 percent and Morgan Stanley added 0.8 percent.",
     {("Goldman Sachs Group", 1.2), ("Morgan Stanley", 0.8)}),
    ("On Wall Street, the S&P 500 closed up 0.3%, while the Russell 2000 small-cap index dropped 1.6%.",
     {("S&P 500", 0.3), ("Russell 2000 small-cap index", -1.6)}),
    ("Intel shares jumped 8% after the company beat quarterly estimates.", {("Intel", 8.0)}),
    ("AMD stock dropped 6.4%.", {("AMD", -6.4)}),
    ("Shares of Super Micro Computer Inc plummeted 33% on Wednesday.", {("Super Micro Computer", -33.0)}),
    ("Samsung Electronics fell 2.1% in Seoul, while SK Hynix tumbled 9.2%.", {("Samsung Electronics", -2.1), ("SK Hynix", -9.2)}),
    ("First Citizens BancShares soared 54% after agreeing to buy Silicon Valley Bank.", {("First Citizens BancShares", 54.0)}),
    ("Nvidia's stock closed 3.6% higher at $124.65.", {("Nvidia", 3.6)}),
    ("The Fed raised rates by 0.25 percentage point.", set()),
    ("Inflation slowed to 6% in February from 6.4% in January.", set()),
    ("About 94% of SVB's deposits were uninsured.", set()),
    ("Moody's cut its rating, citing a 35% drop in deposits.", set()),
    ("The company plans to cut 10% of its workforce.", set()),
    ("Bitcoin fell 8% to $22,000.", {("Bitcoin", -8.0)}),  # currencies and commodities are index moves
    ("Oil prices rose 2% on Monday.", {("Oil prices", 2.0)}),
    ("The bank's shares have fallen by more than half since January.", set()),
]


def test_third_wire_batch() -> None:
    tp = fp = fn = 0
    for sentence, want in WIRE_3:
        got = {(c, p) for c, p, _, _ in moves(sentence)}
        a, b, c = matched(got, want)
        tp, fp, fn = tp + a, fp + b, fn + c
    assert (tp, fp, fn) == (21, 0, 0)


def test_second_wire_batch() -> None:
    tp = fp = fn = 0
    for sentence, want in WIRE_2:
        got = {(c, p) for c, p, _, _ in moves(sentence)}
        a, b, c = matched(got, want)
        tp, fp, fn = tp + a, fp + b, fn + c
    assert (tp, fp, fn) == (20, 0, 0)


def test_ticker_written_after_an_unknown_name() -> None:
    got = [(r.company, r.ticker, r.pct) for text in (
        "Acme Widgets Corp (ACME.O) fell 12% on Tuesday.",
        "Shares of Globex (NYSE: GBX) rose 4%.",
        "Initech AG (INI.DE) slid 3%.",
    ) for r in grammar.extract_moves(text, None, None).itertuples()]
    assert got == [("Acme Widgets Corp", "ACME.O", -12.0), ("Globex", "GBX", 4.0), ("Initech AG", "INI.DE", -3.0)]


def test_owner_prefix_and_index_names() -> None:
    assert same_moves(moves("Germany's DAX lost 1.2 percent."), [("DAX", -1.2, "exact", "index")])
    assert same_moves(moves("Hong Kong's Hang Seng fell 2%."), [("Hang Seng", -2.0, "exact", "index")])
    assert same_moves(moves("McDonald's Corp shares rose 2%."), [("McDonald's", 2.0, "exact", "share")])


def test_wire_recall_and_precision() -> None:
    tp = fp = fn = 0
    for sentence, want in WIRE:
        got = {(c, p) for c, p, _, _ in moves(sentence)}
        a, b, c = matched(got, want)
        tp, fp, fn = tp + a, fp + b, fn + c
    assert tp / (tp + fn) >= 0.9
    assert tp / max(1, tp + fp) >= 0.95
    assert (tp, fp, fn) == (16, 0, 1)  # "Silicon Valley Bank's parent ... they fell" is not resolved


# --- regions and sessions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("The BBC also reports that in Europe, ASML fell 7%.", "Europe"),
        ("In Tokyo, Advantest lost 8.6%.", "Asia"),
        ("London-listed Arm slumped 10%.", "Europe"),
        ("On Wall Street, Nvidia fell 17%.", "US"),
        ("Nvidia fell 17%.", None),
    ],
)
def test_sentence_region(sentence: str, region: str | None) -> None:
    assert sentence_region(sentence) == region


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("ASML fell 7% by the end of Monday's trading.", date(2025, 1, 27), date(2025, 1, 27)),
        ("Nvidia fell 17% on Monday.", date(2025, 1, 28), date(2025, 1, 27)),
        ("Nvidia rebounded 9% on Tuesday.", date(2025, 1, 31), date(2025, 1, 28)),
        ("Nvidia fell 5% yesterday.", date(2025, 1, 28), date(2025, 1, 27)),
        ("Nvidia fell 5% yesterday.", date(2025, 1, 27), date(2025, 1, 24)),
        ("Nvidia fell 5%.", date(2025, 1, 27), date(2025, 1, 27)),
        ("Nvidia fell 5%.", date(2025, 1, 25), date(2025, 1, 24)),
    ],
)
def test_session_of_a_move(text: str, ref: date, expected: date) -> None:
    assert grammar.extract_moves(text, ref, None)["session_date"].tolist() == [expected]


def test_each_document_is_read_once_per_content(seeds_corpus, monkeypatch) -> None:
    """A second corpus version with the same documents takes the grammar's rows from the content-hash memo."""
    from analysis.market import moves as moves_module

    first = extract_moves(seeds_corpus)
    calls: list[str] = []
    real = moves_module._extract_article
    monkeypatch.setattr(moves_module, "_extract_article", lambda *a: calls.append(a[1][:20]) or real(*a))
    again = extract_moves(seeds_corpus)
    pd.testing.assert_frame_equal(first, again)
    assert calls == []
    changed = seeds_corpus.docs.assign(text=seeds_corpus.docs["text"] + " ")
    extract_moves(type(seeds_corpus)(changed, seeds_corpus.sentences, seeds_corpus.removals, seeds_corpus.problems))
    assert 1 <= len(calls) <= len(seeds_corpus.docs)


def test_extract_does_not_mutate_inputs(seeds_corpus) -> None:
    before = seeds_corpus.docs.copy()
    extract_moves(seeds_corpus)
    pd.testing.assert_frame_equal(seeds_corpus.docs, before)
