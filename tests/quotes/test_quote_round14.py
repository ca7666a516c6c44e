"""Quote engine, round 14: market coverage. A factbox's labels in capitals, a live blog's "reaction, from X:", a
spokesperson for an organisation given by a description, names the text shows to be listed companies, and a
name opening a line after a time stamp. Invented sentences, companies and people; the entity mentions are given
by hand."""

from __future__ import annotations

from test_quote_engine import only, quotes

from analysis.quotes.antecedents import listed_companies


def test_a_factbox_label_in_capitals_names_the_person_of_the_next_paragraph() -> None:
    text = ("Economists on the Merrowby rate cut, in their own words:\n\n"
            "ILSE VARGHA, BRENNER CAPITAL, VIENNA:\n"
            "\u201cThe council moved too early. We expect a pause in December.\u201d\n\n"
            "MARKET MOVES:\n- Krona -0.8%\n")
    assert only(quotes(text))["speaker"] == "Ilse Vargha"


def test_a_label_in_capitals_without_an_affiliation_or_with_a_role_is_no_name() -> None:
    text = "Economists react to the rate cut.\n\nMARKET VIEW:\n\u201cThe council moved too early.\u201d\n"
    assert only(quotes(text))["speaker"] == ""
    text = "Economists react to the rate cut.\n\nCHIEF ECONOMIST, BRENNER CAPITAL:\n\u201cToo early.\u201d\n"
    assert only(quotes(text))["speaker"] == ""


def test_a_live_blog_reaction_from_a_person_names_them() -> None:
    ents = [("Ilse Vargha", "Ilse Vargha", "PERSON"), ("Brenner Capital", "Brenner Capital", "ORG")]
    text = ("14:05\nEarly reaction, from Ilse Vargha at Brenner Capital: \u201cThe council moved too early.\u201d "
            "Updates to follow.")
    assert only(quotes(text, ents))["speaker"] == "Ilse Vargha"


def test_a_spokesperson_for_an_organisation_description_speaks_for_the_organisation() -> None:
    ents = [("Tallow Mart", "Tallow Mart", "ORG"), ("Halsgrove Foods", "Halsgrove Foods", "ORG")]
    text = ("Halsgrove Foods fell 9% after Tallow Mart, the Oslo-listed online grocery marketplace, removed its jars.\n\n"
            "Tallow Mart said the removal was temporary. \u201cWe will restock as soon as the tests are back,\u201d "
            "a spokeswoman for the marketplace said.")
    assert only(quotes(text, ents))["speaker"] == "Tallow Mart"
    ents = [("Quillfen Reserve Bank", "Quillfen Reserve Bank", "ORG"), ("Ada Quist", "Ada Quist", "PERSON")]
    text = ("The Quillfen Reserve Bank cut its rate on Wednesday.\n\nAda Quist, who leads the opposition, called the "
            "cut a gift to the government. She wants the governor to explain it to the finance committee, and the "
            "hearing is set for October. Her party has asked for the minutes of the meeting as well.\n\n"
            "A spokeswoman for the central bank said the decision was \u201cdriven by the data\u201d.")
    assert only(quotes(text, ents))["speaker"] == "Quillfen Reserve Bank"


def test_a_name_the_text_shows_to_be_a_listed_company() -> None:
    text = ("Iris Tarnmoor (IRT.L) fell. Ivy Tan shares have lost 8%. Shares of Rosa Lind rose. Mara Dey is down 3.4% "
            "today. Nell Orr, the Oslo-listed miner, said so. Una Bell is now trading in London. Cora Vane lost that "
            "district 68%-31%. Tom Reed, the company's founder, said so.")
    names = ["Iris Tarnmoor", "Ivy Tan", "Rosa Lind", "Mara Dey", "Nell Orr", "Una Bell", "Cora Vane", "Tom Reed"]
    starts = [text.index(n) for n in names]
    found = listed_companies(text, starts, [s + len(n) for s, n in zip(starts, names)], names)
    assert found == {"Iris Tarnmoor", "Ivy Tan", "Rosa Lind", "Mara Dey", "Nell Orr", "Una Bell"}


def test_a_listed_company_with_a_given_name_in_it_is_an_organisation_the_company_refers_to() -> None:
    ents = [("Iris Tarnmoor", "Iris Tarnmoor", "ORG")]
    text = ("Iris Tarnmoor (IRT.L) fell 7% on Monday after the recall.\n\n"
            "\u201cWe are cooperating fully,\u201d the company said in a statement.")
    assert only(quotes(text, ents))["speaker"] == "Iris Tarnmoor"


def test_a_name_opening_a_line_after_a_time_stamp_is_salient() -> None:
    ents = [("Yelverton Hydraulics", "Yelverton Hydraulics", "PERSON")]
    text = ("LIVE: pump recall\n\n09:02 GMT\nShares across the sector are lower.\n\n09:15 GMT\n"
            "Yelverton Hydraulics is now trading in Zurich and is down 2.7%. The pump maker said in a statement that it "
            "\u201cis sorry for\u201d the delays.")
    assert only(quotes(text, ents))["speaker"] == "Yelverton Hydraulics"


def test_an_unnamed_person_in_a_place_is_no_speaker_and_the_place_is_not_either() -> None:
    ents = [("Ossory", "Ossory", "PLACE")]
    text = "One dealer in Ossory, who asked not to be named, said buyers were \u201cmostly shrugging it off\u201d."
    row = only(quotes(text, ents))
    assert row["speaker"] != "Ossory" and row["speaker_mention"] == "One dealer"


def test_the_board_of_an_organisation_description_speaks_for_the_organisation() -> None:
    ents = [("Tarnwick Retail", "Tarnwick Retail", "ORG")]
    for subject in ("The company's board", "In a statement, the retailer's board", "Its board"):
        text = (f"Tarnwick Retail cut its forecast on Monday. {subject} said it had \u201cfull confidence\u201d in "
                "the chief executive.")
        assert only(quotes(text, ents))["speaker"] == "Tarnwick Retail", subject


def test_an_inverted_role_with_a_titled_name_in_apposition_names_the_person() -> None:
    ents = [("Brastow", "Brastow Labs", "ORG"), ("Helen Cho", "Helen Cho", "PERSON"), ("Mark Feld", "Mark Feld", "PERSON"),
            ("Leerink", "Leerink", "ORG")]
    text = ("\u201cWe remain committed to this medicine,\u201d said Brastow's chief medical officer, Dr. Helen Cho.\n\n"
            "Leerink analyst Mark Feld cut his target.")
    assert only(quotes(text, ents))["speaker"] == "Helen Cho"


def test_an_apposition_keeps_an_organisation_but_does_not_retype_a_person() -> None:
    text = "Nell Orr, the retailer, fell. Tom Reed, the newsletter publisher, said so. Cora Vane (1939) wrote."
    names = ["Nell Orr", "Tom Reed", "Cora Vane"]
    starts = [text.index(n) for n in names]
    ends = [s + len(n) for s, n in zip(starts, names)]
    assert listed_companies(text, starts, ends, names) == set()
    assert listed_companies(text, starts, ends, names, described=True) == {"Nell Orr"}
