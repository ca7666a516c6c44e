"""Round 25: share moves a newly written corpus held but the engine missed or misread, each rule on an invented sentence
(no word, name or figure of any corpus), with what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import Mention, _mention

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str, mentions: list[Mention] | None = None) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions or [])).itertuples()]


# 1. A gapped list item whose name follows a lower-case description of the company ("A fell 6%, glass maker B 4% and
# pump supplier C 2%"): the item inherits the verb's direction, as one with a bare name does.

def test_a_gapped_item_after_a_description_inherits_the_verb() -> None:
    assert _rows("Dravik Foundry lost 6.1 per cent and kiln supplier Ostrel Works 2.7 per cent.") == \
        [("share", "Dravik Foundry", -6.1), ("share", "Ostrel Works", -2.7)]
    assert _rows("Dravik Foundry slid 5.2 percent, glass maker Pellow Glassworks 3.4 percent and pump-parts supplier "
                 "Vantry Hydraulics 1.9 percent.") == \
        [("share", "Dravik Foundry", -5.2), ("share", "Pellow Glassworks", -3.4), ("share", "Vantry Hydraulics", -1.9)]


def test_a_clause_before_a_name_is_no_description() -> None:
    # a participle or a function word before the name opens a clause, not an item of the list
    assert _rows("Dravik Foundry lost 6.1 per cent, beating analyst Mira Stolz's 2.7 per cent.") == \
        [("share", "Dravik Foundry", -6.1)]
    assert _rows("Dravik Foundry lost 6.1 per cent, against consensus at Ostrel Works of 2.7 per cent.") == \
        [("share", "Dravik Foundry", -6.1)]


# 2. A chronology's line whose date is set off by a dash ("March 9 - Shares sink 27%", "June 5, 2024 – ...", "2023 —
# ..."): the date is the line's label (no subject of the verb after it), as a date before a colon is.

_CHRONOLOGY = ("Tallow Instruments said on Monday its chief financial officer had left.\n\n"
               "Key dates:\n"
               "April 2 - Tallow wins a navy contract; stock jumps 8.2%\n"
               "April 7 - Shares sink 14.5%; lawsuit filed\n")


def test_a_dated_line_with_a_dash_is_a_timeline_line() -> None:
    rows = extract_moves(_CHRONOLOGY, PUB, sorted([_mention(_CHRONOLOGY, "Tallow Instruments"),
                                                   _mention(_CHRONOLOGY, "Tallow", name="Tallow Instruments", nth=1)]))
    got = [(r.company, r.pct, str(r.session_date)) for r in rows.itertuples()]
    assert got == [("Tallow Instruments", 8.2, "2025-04-02"), ("Tallow Instruments", -14.5, "2025-04-07")]


def test_a_dash_after_a_date_inside_prose_is_no_label() -> None:
    from analysis.market.coref import DATED_ITEM

    assert DATED_ITEM.match("April 7 - Shares sink 14.5%") is not None
    assert DATED_ITEM.match("2023 - Shares sink 14.5%") is not None
    assert DATED_ITEM.match("On April 7 - the day of the recall - shares sank 14.5%") is None
    assert DATED_ITEM.match("April 7 - a recall") is None  # no capital opens the text: a phrase, not an item


# 3. A fall or rise "by (the) daily limit of N%" in a headline's present tense and with no article ("X shares fall by
# daily limit of 16.7 percent"): the limit's size is the move, as after a past-tense verb and "the".

def test_a_daily_limit_in_the_present_tense_is_the_move() -> None:
    assert _rows("Kessho Ceramics shares fall by daily limit of 18.2 percent") == [("share", "Kessho Ceramics", -18.2)]
    assert _rows("Kessho Ceramics shares rise by the daily limit of 18.2 percent") == [("share", "Kessho Ceramics", 18.2)]


def test_a_limit_that_is_no_move_is_left_alone() -> None:
    assert _rows("Kessho Ceramics shares may fall by as much as the daily limit allows, traders said.") == []
    assert _rows("The exchange raised the daily limit of 18.2 percent for Kessho Ceramics shares.") == []


# 4. A clock time and its time zone opening a sentence ("By 0915 GMT the stock was down ...") is a time, no name.

def test_a_clock_time_is_no_company() -> None:
    assert _rows("Pardell Freight cut its outlook. By 0915 GMT the stock was down 18.4 per cent at 110.5 pence.") == \
        [("share", "Pardell Freight", -18.4)]
    assert _rows("By 10:40 BST Pardell Freight was down 18.4 per cent.") == [("share", "Pardell Freight", -18.4)]


def test_a_name_with_a_number_stays_a_name() -> None:
    assert _rows("Route 2040 Holdings rose 3.1 per cent.") == [("share", "Route 2040 Holdings", 3.1)]


# 5. A reply opening a speaker's turn ("No. The stock lost 4% last week") is no part of a name: "No." before a word,
# not a number, is an answer.

def test_an_answer_word_is_no_company() -> None:
    text = ("Brenlow Rail reported weak orders on Monday.\n\nHOST: Was that a surprise to investors?\n\n"
            "TOMAS FERRAND, CASTELL BANK: No. The stock lost 4.3 per cent last week.")
    assert _rows(text) == [("share", "Brenlow Rail", -4.3)]


def test_a_numbered_rank_is_left_alone() -> None:
    # "No. 2" is a rank, no answer; only a word after "No." makes it an answer. Since round 36 the rank is read as the
    # modifier of the descriptor "the No. 2 carrier" (a name between "the" and a company noun), which points back to
    # the company named before; it was the company "No. 2"
    assert _rows("Brenlow Rail reported weak orders. The No. 2 carrier lost 4.3 per cent last week.") == \
        [("share", "Brenlow Rail", -4.3)]


# 6. A transcript speaker's label with a role in brackets ("MARA QUINLEY (ANCHOR):", "BEN TARROW (OSLO CORRESPONDENT):")
# is a turn, no company with its ticker: "the stock" later on that line is not the speaker.

_TURN = ("MARA QUINLEY (ANCHOR): Welcome back. Harrowgate Cells closed up 3.2 percent today after cutting its profit "
         "forecast. But the stock is still down almost 12 percent on the week.")


def test_a_speaker_with_a_role_in_brackets_is_no_company() -> None:
    mentions = [_mention(_TURN, "MARA QUINLEY", "PERSON", "Mara Quinley"), _mention(_TURN, "Harrowgate Cells")]
    assert _rows(_TURN, mentions) == [("share", "Harrowgate Cells", 3.2), ("share", "Harrowgate Cells", -12.0)]


def test_a_ticker_in_brackets_keeps_its_company() -> None:
    text = "* HARROWGATE CELLS (HRWG): cut its forecast; shares down 12% this week"
    assert _rows(text) == [("share", "Harrowgate Cells", -12.0)]


# 7. A name after a person's role in an appositive ("Ola Brandt, senior analyst at Fennick Securities") is the
# person's employer, not what a later "the stock" means, as a name right after "Ola Brandt of" is.

_GUEST = ("Harrowgate Cells cut its profit forecast on Friday. Harrowgate Cells also named a new chief executive.\n\n"
          "HOST: Welcome back. It has been a long week. We have a guest with us. Thank you for waiting. "
          "Joining me now is Ola Brandt, senior analyst at Fennick Securities. Ola, the stock bounced 3 percent today.")


def test_an_analyst_s_employer_is_no_antecedent() -> None:
    mentions = [_mention(_GUEST, "Harrowgate Cells"), _mention(_GUEST, "Harrowgate Cells", nth=1),
                _mention(_GUEST, "Ola Brandt", "PERSON"), _mention(_GUEST, "Fennick Securities"),
                _mention(_GUEST, "Ola", "PERSON", "Ola Brandt", nth=1)]
    assert _rows(_GUEST, mentions) == [("share", "Harrowgate Cells", 3.0)]


def test_a_company_after_a_role_of_no_person_stays() -> None:
    text = "Harrowgate Cells cut its forecast, a blow to its biggest customer at Tarn Motors. Its shares fell 3 percent."
    mentions = [_mention(text, "Harrowgate Cells"), _mention(text, "Tarn Motors")]
    assert _rows(text, mentions) == [("share", "Harrowgate Cells", -3.0)]


# 8. A page's standfirst under the headline ("Shares jump another 6.4% as the suitor is given more time") is read as a
# paragraph after the headline: a move the body may not repeat. A byline or a line with no move figure is no standfirst.

_PAGE = """<html><head><title>Brisholm Tools rejects bid</title></head><body><article>
<h1>Brisholm Tools rejects bid from Danish rival</h1>
<h2 class="standfirst">Shares jump another 6.4% as the suitor is given until May 2 to firm up its offer</h2>
<div class="byline">By Pella Strand | 9 April 2025</div>
<p>Brisholm Tools has rejected a takeover approach from its Danish rival Kollund Maskin, saying the proposal undervalues
the business.</p>
<p>Shares in Brisholm Tools closed up 3.1 per cent on Tuesday. Brisholm Tools said the board had met twice.</p>
</article></body></html>
"""


def test_a_standfirst_under_the_headline_is_read(tmp_path) -> None:
    from analysis.corpus.load import load_corpus
    from analysis.market.moves import extract_moves as corpus_moves

    (tmp_path / "a.html").write_text(_PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,url,published,title\na.html,Quist Ledger,,2025-04-09,\n",
                                           encoding="utf-8")
    moves = corpus_moves(load_corpus(tmp_path))
    assert list(zip(moves["company"], moves["pct"])) == [("Brisholm Tools", 6.4), ("Brisholm Tools", 3.1)]


def test_a_byline_or_a_line_with_no_figure_is_no_standfirst() -> None:
    from analysis.market.moves import standfirst

    title = "Brisholm Tools rejects bid"
    assert standfirst(title, '[[0, "Brisholm Tools rejects bid"], [30, "Shares jump 6.4% as the suitor waits"]]') == \
        "Shares jump 6.4% as the suitor waits"
    assert standfirst(title, '[[0, "Brisholm Tools rejects bid"], [30, "By Pella Strand | 9 April 2025 | 6% read"]]') == ""
    assert standfirst(title, '[[0, "Brisholm Tools rejects bid"], [30, "The board says the offer is too low"]]') == ""
    assert standfirst(title, '[[0, "Markets live"], [30, "Shares jump 6.4% as the suitor waits"]]') == ""


# 9. An investor's stake in a company ("Fund X has built a 6.1% stake in Y", "X takes 6.1% of Y") makes Y, not the
# investor, what a later bare "shares" means, as a broker's rating of Y does.

def test_a_stake_s_company_is_the_topic() -> None:
    text = "Activist Tarnhold Partners takes 6.1% of Ombrelle Chemicals after rout. Fund seeks board seats; shares rebound 8.4%."
    mentions = [_mention(text, "Tarnhold Partners"), _mention(text, "Ombrelle Chemicals")]
    assert _rows(text, mentions) == [("share", "Ombrelle Chemicals", 8.4)]


def test_a_takeover_bidder_stays_the_topic() -> None:
    # no stake: the bidder opening the sentence stays what "its shares" means
    text = "Tarnhold Partners made an offer for Ombrelle Chemicals on Monday. Its shares fell 2.2%."
    mentions = [_mention(text, "Tarnhold Partners"), _mention(text, "Ombrelle Chemicals")]
    assert _rows(text, mentions) == [("share", "Tarnhold Partners", -2.2)]


# 10. A headline's opening preposition ("Inside Corvane's week from hell", "Behind ...") is no part of a name: the
# company is the name after it, what a later "the chip designer" means.

def test_a_headline_preposition_is_no_part_of_the_name() -> None:
    text = ("Inside Corvane's week from hell: a short report and a lost auditor\n\n"
            "The chip designer lost more than 40% of its market value in five sessions.")
    mentions = [_mention(text, "Corvane", name="Corvane Micro")]
    assert _rows(text, mentions) == [("share", "Corvane Micro", -40.0)]


def test_a_name_that_is_no_preposition_keeps_its_first_word() -> None:
    assert _rows("Insider Holdings lost 4% on Friday.") == [("share", "Insider Holdings", -4.0)]


# 11. "whose own shares" is "whose shares" ("X, whose own shares fell 9.2%, said ..."), as "its own shares" is.

def test_whose_own_shares_are_the_company_s() -> None:
    assert _rows("Pellgrove Supply, whose own shares fell 9.2%, said its terms were normal.") == \
        [("share", "Pellgrove Supply", -9.2)]


def test_whose_own_sales_are_no_shares() -> None:
    assert _rows("Pellgrove Supply, whose own sales fell 9.2%, said its terms were normal.") == []


# 12. The later items of a coordinated list of names may each follow a lower-case description ("trading house A and
# drugmaker B rose 1.6% and 2.9%, respectively"): the list pairs its names with its figures in order.

def test_described_items_of_a_list_pair_in_order() -> None:
    assert _rows("Trading house Kessler Trading and drugmaker Vandane Pharma rose 1.6 percent and 2.9 percent, "
                 "respectively.") == [("share", "Kessler Trading", 1.6), ("share", "Vandane Pharma", 2.9)]


def test_a_clause_between_two_names_is_no_list() -> None:
    assert _rows("Kessler Trading said profits and sales at Vandane Pharma rose 1.6 percent.") == []


# 13. A quote board set as one line of cells split by " | " (a broadcast's ticker strip or lower third: "ON SCREEN:
# BRAMLEY GRP 287.1p -1.9% | OSTWALD LOG EUR41.36 +1.1% | FTSE 250 20,884 +0.2%"): each cell that is a whole quote (a
# name, an optional ticker, a price, a signed percent) is its name's move; a name in capitals that abbreviates the
# document's organisation with the same first word and as many words is that organisation.

_BOARD = ("Bramley Group rejected the offer from Ostwald Logistik on Friday.\n\n"
          "ON SCREEN: BRAMLEY GRP 287.1p -1.9% | OSTWALD LOG EUR41.36 +1.1% | FTSE 250 20,884 +0.2%")


def test_a_quote_board_line_gives_each_quote() -> None:
    mentions = [_mention(_BOARD, "Bramley Group"), _mention(_BOARD, "Ostwald Logistik")]
    assert _rows(_BOARD, mentions) == [("share", "Bramley Group", -1.9), ("share", "Ostwald Logistik", 1.1),
                                       ("index", "FTSE 250", 0.2)]


def test_a_line_of_cells_with_no_quote_is_left_alone() -> None:
    # a cell with a verb is a sentence, read as before; a headline cell with no price is no quote
    assert _rows("Bramley Group fell 3% | the board met on Monday") == [("share", "Bramley Group", -3.0)]
    assert _rows("[Lower third: BRAMLEY GROUP CUTS FORECAST | 12% OF STAFF TO GO]") == []


# 14. "ETF" / "ETFs" after a lower-case word ("semiconductor ETFs are trading about 1% lower") is the fund noun of a
# lower-case phrase (a market's funds, an index row), not a name; the figure is not the company named before.

def test_described_etfs_are_no_company() -> None:
    assert _rows("Rindle Devices is down 2.6%, while semiconductor ETFs are trading about 1% lower.") == \
        [("share", "Rindle Devices", -2.6), ("index", "semiconductor ETFs", -1.0)]


def test_a_named_etf_keeps_its_name() -> None:
    assert _rows("The Harbor Chip ETF fell 2%.") == [("index", "Harbor Chip ETF", -2.0)]


# 15. A bid's premium over the target's price ("X is offering a 22 per cent premium to where Y traded", "a premium to
# Y's closing price") makes Y, the target, what a later "the shares" means, not the bidder.

def test_a_premium_s_target_is_the_topic() -> None:
    text = ("At 345p, Ostfeld Freight is offering a 22 per cent premium to where Harwick Parcels traded before the "
            "warning. Yet the shares had already lost 18 per cent this year.")
    mentions = [_mention(text, "Ostfeld Freight"), _mention(text, "Harwick Parcels")]
    assert _rows(text, mentions) == [("share", "Harwick Parcels", -18.0)]


def test_a_bidder_with_no_premium_stays_the_topic() -> None:
    text = "Ostfeld Freight raised its offer for Harwick Parcels on Monday. Its shares fell 2 per cent."
    mentions = [_mention(text, "Ostfeld Freight"), _mention(text, "Harwick Parcels")]
    assert _rows(text, mentions) == [("share", "Ostfeld Freight", -2.0)]


# 16. A headline's present tense of a doubling verb right after the stock's noun ("Marlow shares double in a week",
# "Shares more than triple"): +100% / +200%, as "doubled" / "tripled" are.

def test_a_present_tense_doubling_after_shares_is_a_move() -> None:
    assert _rows("Kettridge Optics shares double in a week") == [("share", "Kettridge Optics", 100.0)]
    assert _rows("Kettridge Optics shares more than triple after the listing") == [("share", "Kettridge Optics", 200.0)]


def test_a_doubling_that_is_no_move_is_left_alone() -> None:
    assert _rows("Kettridge Optics plans to double output.") == []
    assert _rows("Kettridge Optics shares could double by 2027, analysts said.") == []
    assert _rows("Kettridge Optics stock triples the dividend.") == []


# 17. An appositive that is a lower-case description and a name ("Y's last major target, the device maker X, lost
# more than half its value"): the subject is the name the description leads to, not the head noun before it.

def test_a_described_name_in_an_appositive_is_the_subject() -> None:
    assert _rows("Ashgrove's last major target, the medical-device maker Pellam Biosystems, lost more than 50% "
                 "in 2024.") == [("share", "Pellam Biosystems", -50.0)]
    assert _rows("Its rival, glass maker Pellow Glassworks, fell 3.4%.") == [("share", "Pellow Glassworks", -3.4)]


def test_an_appositive_with_no_company_noun_is_left_alone() -> None:
    # "according to X" is no description of a company: the subject stays the stock before it
    assert _rows("Pellam Biosystems said costs rose. The stock, according to Bexley Research, lost 5% in 2024.") == \
        [("share", "Pellam Biosystems", -5.0)]


def test_a_description_of_the_name_before_is_left_alone() -> None:
    # "the lorry-making arm of Y" describes the name before the comma: that name keeps the move
    assert _rows("Traxby, the lorry-making arm of Ostfeld Motors, sank 5.5% on Tuesday.") == [("share", "Traxby", -5.5)]


# 18. "its shares" after an investor's stake in a company ("X has built a 6.1% stake in Y, ... after its shares lost a
# third of their value"): Y, the stake's company right before, owns "its", though a preposition leads to it.

def test_its_after_a_stake_is_the_stake_s_company() -> None:
    assert _rows("Tarnhold Partners has built a 6.1% stake in Ombrelle Chemicals, buying into the coatings maker after "
                 "its shares lost more than 33% in three days.") == [("share", "Ombrelle Chemicals", -33.0)]


def test_its_after_a_stake_sold_stays_the_seller_s() -> None:
    assert _rows("Tarnhold Partners sold its stake in Ombrelle Chemicals and its shares rose 3%.") == \
        [("share", "Tarnhold Partners", 3.0)]
