"""Entity layer, round 26: credits written inside a line (a trailing "Reporting by", a syndication source, a
"(c) 2029" copyright, an outlet's name before its editor's note). Every name here is fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities


def test_credits_inside_a_line_are_no_story_entities(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Regulator reviews outage\n\n"
                 "Originally published by Dunmarrow Newswire. Edited by TQL staff.\n\n"
                 "Quenby Payments said on Thursday that the Ostrava Banking Authority was reviewing its outage. "
                 "Quenby shares rose 2%.\n\n"
                 "TQL editor's note: This story has been edited for length. Reporting by Orla Vantreece.\n\n"
                 "TQL - (c) 2031 Harrowgate Publishing. Content from Dunmarrow Newswire, used under licence.\n",
        # the same words as news, not credits: kept
        "b.txt": "Book deal\n\nThe memoir was first published by Harrowgate Publishing in 2019. "
                 "Orla Vantreece said sales had doubled. Dunmarrow Newswire hired 40 reporters.\n",
    })
    names_a = {e for e, _t in found["a"]}
    for credit in ("Orla Vantreece", "TQL", "Harrowgate Publishing", "Edited"):
        assert credit not in names_a, (credit, found["a"])
    # the source a syndicated article names is an organisation of the story (round 38: eleven of sixteen such
    # notes in the eight read corpora count it; tests/entities/test_ents42_entities.py)
    assert ("Dunmarrow Newswire", "ORG") in found["a"]
    assert ("Quenby Payments", "ORG") in found["a"]
    assert ("Ostrava Banking Authority", "ORG") in found["a"]
    names_b = {e for e, _t in found["b"]}
    assert {"Harrowgate Publishing", "Orla Vantreece", "Dunmarrow Newswire"} <= names_b, found["b"]


def test_capitalised_terms_of_market_copy_are_no_names(tmp_path: Path) -> None:
    """A holiday after a possessive, a company's department, an analyst's rating and a demonym's nickname name
    nothing."""
    found = story_entities(tmp_path, {
        "a.txt": "Quarterly update\n\n"
                 "Markets were shut on Monday for the Queen's Birthday holiday, and Tolvane Mining rose 4% on Tuesday. "
                 "Brekkard Securities cut Tolvane to Market Perform from Outperform; Sallow Partners rates it "
                 "Overweight. The Aussie dollar fell.\n\n"
                 "Pindral Holdings rose 2%.\n\n"
                 "Contacts: Investor Relations, ir@tolvane.example\n",
        # the words inside names stay
        "b.txt": "Council\n\nThe Ashcombe Council on Foreign Relations hosted Verrick Mining's chief. Verrick rose "
                 "5%.\n",
    })
    names = {e for e, _t in found["a"]}
    for word in ("Birthday", "Perform", "Outperform", "Overweight", "Aussie", "Relations"):
        assert not any(word in n for n in names), (word, found["a"])
    assert {("Tolvane Mining", "ORG"), ("Brekkard Securities", "ORG"), ("Sallow Partners", "ORG"),
            ("Pindral Holdings", "ORG")} <= found["a"], found["a"]
    assert ("Ashcombe Council on Foreign Relations", "ORG") in found["b"], found["b"]


def test_a_bullets_first_word_before_a_figure_and_its_noun_is_no_company(tmp_path: Path) -> None:
    """"- Numerical 6% reduction": the word modifies the figure's noun; "Tolvane 3%" in a list is a company."""
    found = story_entities(tmp_path, {
        "a.txt": "Tolvane Announces Topline Results\n\n- TRIAL-X did not meet its primary endpoint\n"
                 "- Numerical 6% reduction in downtime or breakdowns (ratio 0.94)\n"
                 "- Safety profile consistent with prior studies\n\n"
                 "BOSTON, Oct. 14 -- Tolvane Therapeutics, Inc. today announced results. Rivals moved too: "
                 "Pindral 3%, Quorra 2%.\n",
    })
    names = {e for e, _t in found["a"]}
    assert "Numerical" not in names, found["a"]
    assert "Tolvane Therapeutics" in names and "Pindral" in names, found["a"]


def test_codes_of_money_and_ticker_notation_are_no_organisations(tmp_path: Path) -> None:
    """A currency's code before an amount, a RIC with the day's move after a comma, an exchange prefix written in
    title case: the code is no organisation, the ticker is its company's."""
    found = story_entities(tmp_path, {
        "a.txt": "Bid\n\nMarrowind Metals ASA plans an equity issue of up to NOK 6 billion and a SEK 900m loan.\n",
        "b.txt": "Note\n\nHarlowe Minerals (HLW.AX): bid floor set. Harlowe (HLW.AX, +9.3% today) is our pick.\n",
        "c.txt": "Results\n\nCAMBRIDGE, Mass. -- Pellucine Therapeutics, Inc. (Nasdaq: PLCN) today announced results. "
                 "Pellucine shares fell 40%.\n",
    })
    assert {e for e, _t in found["a"]} == {"Marrowind Metals"}, found["a"]
    assert ("Harlowe Minerals", "ORG") in found["b"] and not any("." in e for e, _t in found["b"]), found["b"]
    assert ("Pellucine Therapeutics", "ORG") in found["c"], found["c"]
    assert not any(e == "Nasdaq" for e, _t in found["c"]), found["c"]


def test_a_degree_after_a_name_and_a_portfolio_before_minister_are_no_organisations(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Trial\n\n\"The answer is clear,\" said Tobias Wrenfield, M.D., Chief Medical Officer of Castrell "
                 "Biologics Inc. Ines Haverly, Ph.D., and Rolf Annick, MD, ran the study.\n\n"
                 "Western Australian Mines Minister Edda Morrow said the state would look closely at it.\n",
        # a company named with the words stays
        "b.txt": "Miners\n\nQuenmore Mines and Ardle Resources rose 3%.\n",
    })
    names = {e for e, _t in found["a"]}
    assert not names & {"M.D.", "Ph.D.", "MD"}, found["a"]
    assert not any("Mines" in n or "Western" in n for n in names), found["a"]
    assert {("Tobias Wrenfield", "PERSON"), ("Edda Morrow", "PERSON"), ("Castrell Biologics", "ORG")} <= found["a"]
    assert {("Quenmore Mines", "ORG"), ("Ardle Resources", "ORG")} <= found["b"], found["b"]


def test_a_meeting_held_in_a_place_is_no_organisation(tmp_path: Path) -> None:
    """"at the X Congress in Barcelona", "the X Symposium in May": a meeting; a body with the same head stays."""
    found = story_entities(tmp_path, {
        "a.txt": "Data\n\nMirabel Therapeutics will present full results at the Baltic Hepatology Congress in Riga "
                 "on Wednesday. Earlier data were shown at the Orlen Oncology Conference in May.\n",
        "b.txt": "Vote\n\nThe Vastrian National Congress won the vote, and the Pellmore Judicial Conference said it "
                 "would review the law.\n",
    })
    names_a = {e for e, t in found["a"] if t in ("ORG", "PERSON")}
    assert not any(n.endswith(("Congress", "Conference")) for n in names_a), found["a"]
    assert "Mirabel Therapeutics" in names_a
    assert {("Vastrian National Congress", "ORG"), ("Pellmore Judicial Conference", "ORG")} <= found["b"], found["b"]


def test_a_numbered_index_then_its_sector_is_an_index(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Slide\n\nGrantley Payments shares have fallen 14% this week, versus a 0.6% gain for the S&P 500 "
                 "Financials sector. Dow Jones Newswires reported the fall.\n",
    })
    assert ("S&P 500 Financials", "ORG") not in found["a"], found["a"]
    assert ("Grantley Payments", "ORG") in found["a"]


def test_a_titles_last_word_left_after_its_first_is_trimmed_is_no_name(tmp_path: Path) -> None:
    """"Welcome back to Market Hour": "Market" is trimmed as a common word, and "Hour" alone names nothing."""
    found = story_entities(tmp_path, {
        "a.txt": "Clip\n\nWelcome back to Market Hour. Brelland Microsystems fell 9% after the report, and "
                 "Brelland said it would answer the claims. Welcome to Harbour Hour, said Odile Farrant.\n",
    })
    names = {e for e, _t in found["a"]}
    assert "Hour" not in names, found["a"]
    assert "Brelland Microsystems" in names and "Odile Farrant" in names, found["a"]
