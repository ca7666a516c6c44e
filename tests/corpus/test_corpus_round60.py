"""Round 60 (clean60): the page, not the article. A machine translation's bracketed note; a page's date written with
dots, its clock word and its writer ("09.01.2024 – 14:32 Uhr | von Jana Roth") read as the article's date; a
broadcaster's note on its transcript; an e-mail newsletter's footer; a menu that ends in the newsletter's pitch; a pay
wall's note over a summary. Invented lines, names and sites."""

from __future__ import annotations

from datetime import date

from analysis.corpus.cleaning import clean_document, date_line
from analysis.corpus.furniture import REASON_CREDIT, REASON_LOGIN, REASON_NEWSLETTER, furniture_reason

_BODY = (
    "Shares of Velmora Textil fell 4.2% on Monday after the clothing maker cut its outlook for the year, citing "
    "weak orders from retailers in the south.",
    "",
    "The company said it expected sales to fall by a mid-single-digit figure and would close two of its six plants "
    "by the end of the summer.",
    "",
    "\"We are adjusting to a market that has changed,\" chief executive Oda Brenner told analysts on a call.",
)


def _clean(*lines: str):
    return clean_document("\n".join(lines))


def test_a_bracketed_machine_translation_note_is_no_text_and_the_headline_under_it_is_found():
    doc = _clean(
        "[Automatically translated from German. The original article is authoritative.]",
        "Velmora Textil cuts outlook, share slides",
        "",
        *_BODY,
    )
    assert doc.title == "Velmora Textil cuts outlook, share slides"
    assert not any("translated" in p for p in doc.paragraphs)
    assert furniture_reason("[Translated automatically from the Spanish]") == REASON_CREDIT
    assert furniture_reason("Machine-translated from French") == REASON_CREDIT
    # words about a translation in a sentence of the article stay
    assert furniture_reason("Automatically translated shares rose 5% on Monday.") is None


def test_a_dotted_date_is_day_first_with_its_clock_word_and_writer():
    assert date_line("09.01.2024 – 14:32 Uhr | von Jana Roth") == (date(2024, 1, 9), False)
    assert date_line("09.01.2024 – 14:32 Clock | from Jana Roth") == (date(2024, 1, 9), False)
    assert date_line("Saturday, 20.07.2024, 08:14 clock") == (date(2024, 7, 20), True)
    assert date_line("Version 1.2.2024") is None
    assert date_line("05/06/2025") is None  # slashes: either order is a date, so none is read


def test_the_page_date_under_the_headline_is_the_articles_date():
    doc = _clean(
        "[Automatically translated from German]",
        "Velmora Textil cuts outlook, share slides",
        "",
        "03.02.2025 – 09:05 Clock | from Jana Roth",
        "",
        *_BODY,
    )
    assert doc.dateline == date(2025, 2, 3)
    assert not any("Jana Roth" in p for p in doc.paragraphs)


def test_a_broadcasters_note_on_its_transcript_is_no_text():
    assert furniture_reason("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.") \
        == REASON_CREDIT
    assert furniture_reason("Transcript may contain errors. Segment times vary by market.") == REASON_CREDIT
    assert furniture_reason("The transcript may not be released, the court said.") is None


def test_a_newsletters_footer_and_a_menu_ending_in_its_pitch_are_no_text():
    assert furniture_reason("Forwarded this email? Subscribe here. | Unsubscribe | Update preferences") == REASON_NEWSLETTER
    assert furniture_reason("Home | Markets | About | Disclaimer Join 5,100 readers: Sign up for the newsletter!") \
        == REASON_NEWSLETTER
    assert furniture_reason("Velmora said it would send the results to readers who sign up for the newsletter.") is None


def test_a_pay_walls_note_over_a_summary_is_no_text():
    assert furniture_reason("You are viewing a summary. Full report available to clients.") == REASON_LOGIN
    assert furniture_reason("You are reading a preview of this article.") == REASON_LOGIN
    assert furniture_reason("You are viewing a summary of the rules, he said.") is None


def test_a_pages_stamp_line_of_several_parts_gives_the_articles_date():
    for stamp in ("By Jana Roth | March 4, 2025", "By Jana Roth, Example Wire | Mar 4, 2025 3:45 PM",
                  "Jana Roth · 4 March 2025 · 4 min read", "Released: 4 March 2025", "FOR IMMEDIATE RELEASE March 4, 2025",
                  "Tue, 04 Mar 2025 14:32:00 GMT", "2025-03-04T14:32:00Z", "By JANA ROTH March 4, 2025"):
        doc = _clean("Velmora Textil cuts outlook, share slides", "", stamp, "", *_BODY)
        assert doc.dateline == date(2025, 3, 4), stamp


def test_a_dated_list_line_or_a_table_row_is_no_pages_stamp():
    from analysis.corpus.cleaning import page_stamp

    assert page_stamp("March 4, 2025 · Velmora cuts its outlook") is None
    assert page_stamp("Q3 | March 4, 2025 | 4.1%") is None
    assert page_stamp("Markets | March 4, 2025") == date(2025, 3, 4)


def test_the_date_in_a_pages_address_dates_an_article_nothing_else_dates(tmp_path):
    from analysis.corpus.load import load_corpus
    from analysis.corpus.provenance import date_from_url

    assert date_from_url("https://news.example/business/2025/03/04/velmora-cuts-outlook/") == date(2025, 3, 4)
    assert date_from_url("https://news.example/business/2025/mar/04/velmora-cuts-outlook") == date(2025, 3, 4)
    assert date_from_url("https://news.example/aktien/velmora-senkt-prognose-a-20250304") == date(2025, 3, 4)
    assert date_from_url("https://news.example/story/12345678") is None
    assert date_from_url("https://news.example/2025/13/40/x") is None
    (tmp_path / "a.txt").write_text("\n".join(("Velmora Textil cuts outlook, share slides", "", *_BODY)), encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,url,published\na.txt,Example News,https://news.example/business/2025/03/04/velmora/,\n", encoding="utf-8")
    docs = load_corpus(tmp_path).docs
    assert str(docs.loc[0, "published"])[:10] == "2025-03-04"
    assert docs.loc[0, "published_basis"] == "url"


def test_the_standfirst_under_the_headline_a_blank_line_between_is_text_and_not_the_headline():
    doc = _clean(
        "Velmora Textil slides as outlook cut rattles retailers",
        "",
        "Clothing maker expects sales to shrink this year and will close two of its six plants by the end of summer",
        "",
        *_BODY,
    )
    assert doc.title == "Velmora Textil slides as outlook cut rattles retailers"
    assert doc.paragraphs[0].startswith("Clothing maker expects sales to shrink")


def test_a_page_line_above_the_headline_is_no_headline_with_the_headline_as_its_standfirst():
    doc = _clean(
        "🔔 Turn on notifications for Velmora coverage",
        "",
        "Velmora Textil shares slide after the clothing maker cuts its outlook and says it will close two plants",
        "",
        *_BODY,
    )
    assert doc.title == "Velmora Textil shares slide after the clothing maker cuts its outlook and says it will close two plants"
    assert not any("notifications" in p for p in doc.paragraphs)
