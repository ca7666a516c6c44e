"""Round 62 (clean62): text taken for furniture and furniture kept as text. A story's timeline dated "2031-03-04  ..."
with no dash; a live blog's entries titled right after the clock's zone ("16:15 EDT  Shares close down 26%"); a German
wire's sign-off after the last sentence ("(APW/ks/jw)"); a share bar ending in the article's permalink, or run into the
end of a paragraph; a newsletter's closing links ("Forward to a friend | Unsubscribe"); a question headline read as the
first paragraph above its byline or the page's stamp; a diary's run-in day label ("Monday. Shares fell 12%."); a site's
note that the page is a machine translation; a desk beside the date in a stamp line ("Business desk | 29 September"); a
syndicated story's note on what the site did to it; a broadcaster's note on its transcript.
Invented lines, names and sites."""

from __future__ import annotations

from datetime import date

from analysis.corpus.cleaning import page_stamp
from analysis.corpus.furniture import REASON_CREDIT, REASON_NEWSLETTER, REASON_SHARE, furniture_reason
from analysis.corpus.sentences import split_sentences
from tests.corpus.test_corpus_round60 import _BODY, _clean


def test_a_timeline_of_iso_dates_without_a_dash_after_the_article_stays():
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "Timeline",
                 " 2031-03-02  Velmora warns on orders", " 2031-03-04  Plant closures announced",
                 " 2031-03-09  Outlook cut")
    assert doc.paragraphs[-3:] == ("2031-03-02 Velmora warns on orders", "2031-03-04 Plant closures announced",
                                   "2031-03-09 Outlook cut")
    # the page's links to other stories, newest first, stay in the footer
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "More from the desk",
                 " 2031-03-09  Baltic ports expect a quiet spring", " 2031-02-20  Riga's tram tender draws three bids")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")


_ENTRIES = (
    "16:15 EDT  Velmora closes down 26%",
    "Velmora shares ended the session 26.1% lower at $21.48, the steepest one-day decline in the company's history.",
    "",
    "15:02 EDT  Suppliers can't catch a bid",
    "The sector index is down 5% into the final hour, with every one of its members lower on the day.",
    "",
    "11:05 EDT  Analysts weigh in",
    "At least ten brokerages have cut their price targets on Velmora this morning, two of them to sell.",
    "",
    "09:35 EDT  Open: Velmora opens down 27%",
    "Velmora opened at $21.27, down 27% from Thursday's close of $29.05, as sellers swamped the market.",
    "",
    "08:30 EDT  Payrolls miss",
    "The economy added fewer jobs than expected in July, the Labor Department said, and yields fell.",
)


def test_a_live_blogs_entries_titled_after_the_clocks_zone_keep_their_titles():
    doc = _clean("Markets live: Velmora plunges as payrolls rattle Wall Street", "Updated Aug 2, 2031 at 4:21 pm EDT", "", *_ENTRIES)
    assert doc.paragraphs[0] == "16:15 EDT Velmora closes down 26%"  # the first entry's stamp, not a page header
    assert "09:35 EDT Open: Velmora opens down 27%" in doc.paragraphs  # an entry's title, not a link to a story


def test_a_german_wires_sign_off_after_the_last_sentence_goes_and_the_sentence_stays():
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "",
                 "Velmora will publish first-quarter results on 4 May. (APW/ks/jw)")
    assert doc.paragraphs[-1] == "Velmora will publish first-quarter results on 4 May."
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "",
                 "The supervisory board meets again in June. (dpa-AFX/ak/he)")
    assert doc.paragraphs[-1] == "The supervisory board meets again in June."


def test_a_share_bar_with_the_articles_permalink_or_at_a_paragraphs_end_is_no_text():
    assert furniture_reason("SHARE  Facebook  Twitter  WhatsApp  E-Mail  |  Print  |  Permalink "
                            "https://example-welle.de/a-5394") == REASON_SHARE
    doc = _clean("Velmora Textil cuts outlook, share slides", "",
                 "This wire story was first published on June 18. Share this: Facebook | Twitter | Email", "", *_BODY)
    assert doc.paragraphs[0] == "This wire story was first published on June 18."
    # a sentence about sharing stays
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "",
                 "The board will meet in May. Shareholders will vote on the plan then.")
    assert doc.paragraphs[-1] == "The board will meet in May. Shareholders will vote on the plan then."


def test_a_newsletters_closing_links_are_no_text():
    for line in ("Compiled from wire reports. Baltic Money Digest is a free newsletter. Forward to a friend | Unsubscribe",
                 "Unsubscribe | Manage preferences | © 2031 Baltic Money Digest Ltd",
                 "You are receiving this email because you subscribed to Baltic Money Digest."):
        assert furniture_reason(line) == REASON_NEWSLETTER, line
    assert furniture_reason("Shareholders may unsubscribe from paper mailings at any time.") is None
    assert furniture_reason("He said investors could unsubscribe at any time.") is None


def test_a_question_headline_over_its_byline_or_the_pages_stamp_is_the_headline():
    doc = _clean("EXPLAINER", "", "What is a margin call, and why did it sink Velmora?",
                 "Baltic Desk Staff | March 3, 2031", "", *_BODY)
    assert doc.title == "What is a margin call, and why did it sink Velmora?"
    assert doc.dateline == date(2031, 3, 3)
    assert doc.paragraphs[0].startswith("Shares of Velmora Textil fell 4.2%")
    doc = _clean("OPINION | MARKETS", "", "Velmora's cuts are working. Investors should not cheer yet.",
                 "By Ilse Varnholt | 4 March 2031", "", *_BODY)
    assert doc.title == "Velmora's cuts are working. Investors should not cheer yet."
    assert doc.paragraphs[0].startswith("Shares of Velmora Textil fell 4.2%")
    # a blog's motto over the day's date and the post's own headline is no headline
    doc = _clean("THE LOOM DIARY", "musings of a textile analyst, not investment advice!!", "MONDAY, MARCH 3, 2031", "",
                 "Velmora slides", "", *_BODY)
    assert doc.title != "musings of a textile analyst, not investment advice!!"


def test_a_diarys_run_in_day_label_stays_with_its_sentence():
    assert split_sentences("Monday. Riga's index fell 12.4%. Velmora lost another 6.4%.") == [
        "Monday. Riga's index fell 12.4%.", "Velmora lost another 6.4%."]
    assert split_sentences("Friday, Aug. 9. Velmora reported its July sales up 44.7%.") == [
        "Friday, Aug. 9. Velmora reported its July sales up 44.7%."]
    assert split_sentences("THURSDAY. The strike. The plant stood still.") == ["THURSDAY. The strike.",
                                                                                "The plant stood still."]
    # only a label that opens the paragraph
    assert split_sentences("It rained on Monday. Shares fell.") == ["It rained on Monday.", "Shares fell."]


def test_a_sites_note_that_the_page_is_a_machine_translation_is_no_text():
    for line in ("This page is translated automatically by machine. Original text is Japanese. 原文を表示",
                 "Riga Markets Online  [This page was automatically translated. The original Latvian text prevails.]",
                 "[This page has been translated from Hindi automatically. Translation may be not accurate.]"):
        assert furniture_reason(line) == REASON_CREDIT, line
    # a sentence about a translation stays
    assert furniture_reason("This text is translated poorly, critics said.") is None
    assert furniture_reason("This report was translated into six languages for the company's investors.") is None


def test_a_desk_beside_the_date_makes_a_stamp_line():
    assert page_stamp("Business desk | 29 September 2031") == date(2031, 9, 29)
    assert page_stamp("Markets staff · 3 May 2031") == date(2031, 5, 3)
    assert page_stamp("March 8, 2031 | Velmora desk lamps recalled") is None


def test_a_syndicated_storys_note_on_what_the_site_did_to_it_is_no_text():
    for line in ("This story has not been edited by Riga Review staff and is published from a syndicated feed.",
                 "(Only the headline and picture of this report may have been reworked by the Riga Review staff; the "
                 "rest of the content is auto-generated from a syndicated feed.)"):
        assert furniture_reason(line) == REASON_CREDIT, line
    assert furniture_reason("The report has not been edited by the company's auditors, the regulator said.") is None


def test_a_broadcasters_note_on_its_transcript_is_no_text():
    for line in ("[Transcript auto-generated and lightly edited. May contain errors.]",
                 "[Transcript by Riga Media Monitoring. Not for redistribution.]"):
        assert furniture_reason(line) == REASON_CREDIT, line
    assert furniture_reason("Transcripts were provided to the committee by the bank on Monday.") is None
    assert furniture_reason("Transcript: Evening Markets, March 3, 2031") is None
