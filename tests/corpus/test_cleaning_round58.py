"""Round 58 (lead): a chronology of numeric dates closing an article is the story's, not a footer; a sign-up box's
title and blurb go with its form; a list of headlines without bullets under "Recommended" is a list of links even when
one headline asks a question. Invented lines, names and sites."""

from __future__ import annotations

from analysis.corpus.cleaning import clean_document


def _text(*lines: str) -> str:
    return "\n".join(clean_document("\n".join(lines)).paragraphs)


def test_a_chronology_of_numeric_dates_that_ends_the_article_is_kept():
    text = _text(
        "Vellmark to rebuild burnt warehouse",
        "",
        "HARROW, Nov 19 (Quay Wire) - Vellmark Logistics said on Thursday it would spend 40 million euros to rebuild the "
        "warehouse destroyed by fire last week.",
        "",
        "Key dates:",
        "09/11/2020 - Fire breaks out at the Ostkai warehouse at about 11 p.m.",
        "10/11/2020 - Fire put out; shares fall 9%",
        "16/11/2020 - Chief executive apologises to customers",
        "",
        "(Reporting by Ana Quiroga; Editing by Tomas Reyl)",
    )
    for kept in ("09/11/2020 - Fire breaks out", "10/11/2020 - Fire put out; shares fall 9%",
                 "16/11/2020 - Chief executive apologises"):
        assert kept in text
    assert "Reporting by" not in text


def test_a_page_stamp_of_numeric_date_and_time_is_no_chronology():
    text = _text(
        "Vellmark shares slide",
        "",
        "06/02/2020 - 17:36",
        "",
        "Vellmark Logistics shares fell 9% on Thursday after a fire at its Ostkai warehouse, the company said.",
    )
    assert "17:36" not in text


def test_a_sign_up_box_goes_whole_with_its_form():
    text = _text(
        "Vellmark shares slide after warehouse fire",
        "",
        "Vellmark Logistics shares fell 9% on Thursday after a fire at its Ostkai warehouse, the company said.",
        "",
        "The company said no one was hurt and that it would move orders to its Brenn site while it assessed the damage.",
        "",
        "Harbour Markets Daily",
        "The morning briefing on what moves Harbour's markets. Free for registered readers.",
        "[Your email] [Sign up]",
        "",
        "Get the Quay Deals Digest",
        "A weekday roundup of mergers, acquisitions and listings.",
        "Business email | Sign up",
    )
    assert "assessed the damage" in text
    for gone in ("Harbour Markets Daily", "morning briefing", "weekday roundup", "Sign up"):
        assert gone not in text


def test_an_article_line_written_right_above_a_form_stays():
    text = _text(
        "Vellmark shares slide after warehouse fire",
        "",
        "Vellmark Logistics shares fell 9% on Thursday after a fire at its Ostkai warehouse, the company said.",
        "The company said no one was hurt and that it would move orders to its Brenn site.",
        "Sign up",
    )
    assert "move orders to its Brenn site" in text


def test_a_question_among_headlines_under_recommended_goes_with_them():
    text = _text(
        "Vellmark chairman apologises for fire",
        "",
        "HARROW, Nov 16 (Quay Wire) - The chairman of Vellmark Logistics apologised to customers on Monday for the fire "
        "that destroyed its Ostkai warehouse.",
        "",
        "Vellmark shares rose 4.8% on Monday as investors welcomed the recovery plan, which moves orders to Brenn.",
        "",
        "(Reporting by Ana Quiroga; Editing by Tomas Reyl)",
        "",
        "Recommended",
        "Castelmoor Energy shares tumble 11.3% after chief executive quits",
        "Investors back Norrland Shipping overhaul in 12 October vote",
        "The Big Read: can Veritane Insurance survive the energy transition?",
        "Aurel Cosmetics to list in Amsterdam on 27 November",
    )
    assert "welcomed the recovery plan" in text
    for gone in ("Castelmoor", "Norrland", "Big Read", "Aurel Cosmetics"):
        assert gone not in text
