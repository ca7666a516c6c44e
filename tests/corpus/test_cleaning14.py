"""Cleaning, round 14: a dated list closing an article is the story's diary, not the page's footer."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document

ARTICLE = (
    "TIMELINE-Brindle Foods recall\n\n"
    "Key events in the recall of Brindle Foods baby cereal, which has cost the group a third of its market value.\n\n"
    "June 4 (Wednesday) - A routine test at the Harlow plant finds salmonella in one sample of oat base.\n\n"
    "June 9 (Monday) - After the market close, Brindle recalls 12 batches in three countries.\n\n"
)


def test_a_closing_list_of_dated_items_is_kept() -> None:
    text = ARTICLE + ("Coming up:\n- June 20 - Deep clean of the Harlow plant due to finish\n"
                      "- Week of June 23 - Regulator expected to rule on the plant\n- August 20 - Full-year results\n")
    kept = clean_document(text).paragraphs
    assert "Coming up:" in kept
    assert "Week of June 23 - Regulator expected to rule on the plant" in kept
    assert "August 20 - Full-year results" in kept


def test_links_and_time_stamps_after_the_article_still_go() -> None:
    text = ARTICLE + "More from Markets\nGold slips as dollar firms\nMar 4, 2026 – 12.46pm\nOil edges higher\n"
    kept = clean_document(text).paragraphs
    assert not {"Gold slips as dollar firms", "Mar 4, 2026 – 12.46pm", "Oil edges higher"} & set(kept)


def test_date_lines_with_a_spelled_zone_or_one_numeric_order() -> None:
    from datetime import date

    from analysis.time.dates import parse_date_line

    assert parse_date_line("October 28, 2025 04:05 PM Eastern Daylight Time") == (date(2025, 10, 28), False)
    assert parse_date_line("Updated 11:02 am British Summer Time, 4 March 2025") == (date(2025, 3, 4), False)
    assert parse_date_line("Published: 10/28/2025") == (date(2025, 10, 28), False)
    assert parse_date_line("28.10.2025 14:02") == (date(2025, 10, 28), False)
    assert parse_date_line("05/06/2025") is None  # 5 June or 6 May: the line does not say


def test_a_press_release_date_line_is_no_headline() -> None:
    text = ("Brindle names new chief after founder exits\n\nOctober 28, 2025 04:05 PM Eastern Daylight Time\n\n"
            "SAN JOSE, Calif.--(BUSINESS WIRE)--Brindle Systems (NYSE: BRDL) today named Ola Fenn chief executive, "
            "a month after its founder stepped down.\n")
    doc = clean_document(text)
    assert doc.title == "Brindle names new chief after founder exits"
    assert doc.dateline.isoformat() == "2025-10-28"


def test_printed_page_markers_reprint_notices_credits_and_corrections_are_furniture() -> None:
    from analysis.corpus.furniture import REASON_CREDIT, REASON_NAV, furniture_reason

    for line in ("Find this article at:", "[Photo not shown]", "CONTINUED FROM PAGE B1", "[sponsored]",
                 "Check the box to include the list of links referenced in the article."):
        assert furniture_reason(line) == REASON_NAV, line
    for line in ("Staff writer Ada Voss contributed to this report.",
                 "This copy is for your personal, non-commercial use only. To order copies, use the reprints tool.",
                 "Correction: An earlier version of this story misstated the year Brindle Tools was founded. It was 1957.",
                 "An earlier version of this article gave the wrong date for the vote."):
        assert furniture_reason(line) == REASON_CREDIT, line
    # the story's own words stay
    for line in ("Correction: Brindle shares fell 5% on Tuesday, not 4%.", "Reporter Jo Roe said shares fell.",
                 "The writer said the correction was overdue."):
        assert furniture_reason(line) is None, line


def test_a_writers_beat_and_a_sites_upsell_are_furniture() -> None:
    from analysis.corpus.furniture import REASON_CREDIT, REASON_LOGIN, furniture_reason

    assert furniture_reason("Ada Voss covers business and labor for the Ledger. She joined the paper in 2011.") \
        == REASON_CREDIT
    assert furniture_reason("Premium members see real-time quotes. Upgrade from $9.99/month") == REASON_LOGIN
    for line in ("Brindle covers 40% of the market for the region.", "The insurer covers losses for the Harbour Group."):
        assert furniture_reason(line) is None, line


def test_a_closing_key_dates_list_keeps_short_weekdays_and_months_alone() -> None:
    # "* Sept. 21 (Mon): ...", "* Mid-November: ...", "* December: ...": a factbox's key dates, not a footer
    text = ARTICLE + ("KEY DATES\n* June 10 (Tue): Brindle's board meets\n* July 2: Harlow plant reopens\n"
                      "* Mid-August: first shipments\n* December: regulator's review, according to the minister\n\n"
                      "Sources: company filings\n")
    kept = clean_document(text).paragraphs
    assert {"June 10 (Tue): Brindle's board meets", "Mid-August: first shipments",
            "December: regulator's review, according to the minister"} <= set(kept)
    assert "Sources: company filings" not in kept


def test_a_labelled_item_of_a_dated_list_is_kept_with_it() -> None:
    # "- In the first half: ..." has no date of its own a list filter knows, but its list is a diary
    text = ARTICLE + ("DIARY\n- July 8: Brindle's annual meeting\n- In the second half: the regulator's review of "
                      "the plant\n\nMore from Markets\n- Gold: steady\n")
    kept = clean_document(text).paragraphs
    assert "In the second half: the regulator's review of the plant" in kept
    assert "Gold: steady" not in kept  # a list without a dated item stays furniture


def test_a_diary_on_one_line_is_kept() -> None:
    text = ARTICLE + ('DIARY: UK retail sales (Friday) · Brindle investor call (Monday) · "Oat Day" (June 30)\n\n'
                      "You are receiving this because you subscribed. Unsubscribe\n")
    kept = clean_document(text).paragraphs
    assert any(p.startswith("DIARY: UK retail sales (Friday)") for p in kept)
    assert not any("Unsubscribe" in p for p in kept)


def test_a_wires_assistance_credit_and_update_note_are_furniture() -> None:
    from analysis.corpus.furniture import REASON_CREDIT, furniture_reason

    for line in ("—With assistance from Ada Voss and Per Lind.", "With assistance from Ada Voss.",
                 "(Updates with analyst comment in fourth paragraph.)", "(Adds closing share price in paragraph 3)"):
        assert furniture_reason(line) == REASON_CREDIT, line
    for line in ("(Updates are expected next week.) Shares fell 3%.", "With assistance from the state, the mill reopened.",
                 "(The company adds that no jobs will go.) It said so on Monday."):
        assert furniture_reason(line) != REASON_CREDIT, line


def test_a_copyright_line_names_the_site_without_its_legal_form() -> None:
    from analysis.corpus.cleaning import site_name_from_copyright

    assert site_name_from_copyright("©2025 Harbour Media L.P. All Rights Reserved.") == "Harbour Media"
    assert site_name_from_copyright("Copyright 2024 Vale News Ltd. All rights reserved") == "Vale News"
    assert site_name_from_copyright("© 2025 The Vale Ledger. All rights reserved.") == "The Vale Ledger"


def test_a_section_label_is_no_outlet() -> None:
    from analysis.corpus.provenance import looks_like_outlet

    assert not looks_like_outlet("Markets") and not looks_like_outlet("Business")
    assert looks_like_outlet("Vale Markets Daily")


def test_a_live_blogs_update_stamp_is_a_date_line_and_its_entries_stay() -> None:
    text = ("Markets live: steel stocks slump\n\nLast updated: March 12, 2025, 5:02 PM\n\n3.12pm GMT\n\nMinister defends "
            "quotas\n\nTrade minister Ana Vell told parliament the quotas protect jobs.\n\nUpdated at 3.20pm GMT\n\n"
            "Shares in Hesketh Steel dropped 6% in the first minutes of trading on Wednesday.\n")
    doc = clean_document(text)
    assert doc.dateline.isoformat() == "2025-03-12"
    assert "Updated at 3.20pm GMT" in [r.text for r in doc.removals if r.reason == "date line"]
    assert any("dropped 6%" in p for p in doc.paragraphs) and any("Ana Vell" in p for p in doc.paragraphs)


def test_a_two_column_pipe_table_of_moves_is_the_articles() -> None:
    text = ("Steel stocks slump on quota news\n\nEuropean steelmakers fell sharply on Wednesday after the quota "
            "announcement.\n\nCompany | Change\nHesketh Steel | -4.1%\nBrisk Metall | +2.3%\n\nAnalysts expect more volatility.\n")
    doc = clean_document(text)
    assert "Hesketh Steel | -4.1%" in doc.paragraphs and "Company | Change" in doc.paragraphs
    # a two-part line without a percent after it is no table
    assert "Home | News" not in clean_document("Steel stocks slump\n\nHome | News\n\nSteelmakers fell 4% on Wednesday "
                                               "after the quota announcement was made.\n").paragraphs


def test_a_first_paragraph_ending_in_a_wire_credit_is_the_article_not_its_headline() -> None:
    """A spliced story credits each paragraph to its wire: "... fresh capital. (Vale Wire)". The first such paragraph
    is the article's first paragraph; it was taken for the headline and lost."""
    text = ("Lender rout spreads to rivals\n\nShares in Quarrow Bank tumbled 27.5% on Tuesday, their worst day in years, "
            "after the lender disclosed a trading loss and said it needed fresh capital. (Vale Wire)\n\n"
            "Rival lenders were caught in the sell-off and fell as much as 6% in Frankfurt. (Vale Wire)\n")
    doc = clean_document(text)
    assert doc.title == "Lender rout spreads to rivals"
    assert doc.paragraphs[0].startswith("Shares in Quarrow Bank tumbled 27.5%")
