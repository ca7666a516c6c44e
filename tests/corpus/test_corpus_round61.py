"""Round 61 (clean61): furniture kept as text and text taken for furniture. A page's stamp line under the headline with
its writers ("Last updated: ... | By ..."), a share bar ending "Email this post", the readers' comments under a count
with a thousands comma or a "Have your say" call, the note on the writers that ends the article ("... covers ...",
"... and ... are ... reporters"), a timeline list dated "08-03-2023:", a translated page's date after its places, two
sentences run together by a lost space; a reprint's note on its source, a pay wall's note, a research note's note on its
readers. Invented lines, names and sites."""

from __future__ import annotations

from datetime import date

from analysis.corpus.cleaning import date_line, page_stamp
from analysis.corpus.furniture import REASON_CREDIT, REASON_LOGIN, REASON_SHARE, furniture_reason
from analysis.corpus.sentences import split_sentences
from tests.corpus.test_corpus_round60 import _BODY, _clean


def test_a_stamp_line_with_its_writers_under_the_headline_is_no_text():
    for stamp in ("Last updated: Feb. 3, 2031 at 12:47 p.m. ET   |   By Ilse Varnholt and Tomas Crewe",
                  "Posted Feb 3, 2031, 6:45 p.m. | From wire reports",
                  "Posted February 3rd, 2031 by Staff and wire reports in Business | Updated 6:52 p.m.",
                  "3 February 2031 | Interview by Ilse Varnholt"):
        doc = _clean("Velmora Textil cuts outlook, share slides", "", "Velmora Textil cuts outlook, share slides",
                     stamp, "", *_BODY)
        assert not any("2031" in p for p in doc.paragraphs), stamp
        assert doc.paragraphs[0].startswith("Shares of Velmora Textil fell 4.2%")
    assert page_stamp("3 February 2031 | Interview by Ilse Varnholt") == date(2031, 2, 3)
    # a dated table's row stays: its other part is no writer, time or label
    assert page_stamp("Feb 3, 2031 | Results from Velmora") is None
    assert page_stamp("March 10, 2031 | Velmora files its annual report") is None


def test_a_share_bar_ending_in_email_this_post_is_a_share_widget():
    assert furniture_reason("Share on Facebook · Share on Twitter · Email this post") == REASON_SHARE
    assert furniture_reason("Post") is None


def test_comments_under_a_count_with_a_comma_or_a_have_your_say_call_are_no_text():
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "Comments (3,118)",
                 "LoomWatcher 3 Feb 2031 11:02", "Saw this coming. Sold in January.",
                 "NorthMill 3 Feb 2031 11:14", "Terrible day for the sector.")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "Have your say: 2 comments",
                 "  \"Still the best coat I've bought\" – KnitWitRiga")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")


def test_the_note_on_the_writers_that_ends_the_article_is_no_text():
    doc = _clean("Velmora Textil cuts outlook, share slides", "By Ilse Varnholt and Tomas Crewe", "", *_BODY, "",
                 "Ilse Varnholt covers retail. Tomas Crewe covers markets.")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")
    doc = _clean("Velmora Textil cuts outlook, share slides", "", "Tuesday 3 February 2031 | By Ilse Varnholt & Tomas Crewe",
                 "", *_BODY, "", "Ilse Varnholt and Tomas Crewe are Riga Ledger reporters.")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")
    doc = _clean("Velmora Textil cuts outlook, share slides", "", "3 February 2031 | Interview by Ilse Varnholt", "",
                 *_BODY, "", "This interview has been edited for length and clarity. Ilse Varnholt is deputy editor "
                 "of Baltic Weekly.")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")
    # the writer named in a last sentence of news stays
    doc = _clean("Velmora Textil cuts outlook, share slides", "By Ilse Varnholt", "", *_BODY, "",
                 "Ilse Varnholt and Oda Brenner are expected to meet investors on Friday.")
    assert doc.paragraphs[-1].startswith("Ilse Varnholt and Oda Brenner are expected")


def test_a_timeline_dated_day_month_year_with_dashes_is_the_articles_text():
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "Timeline of the slide",
                 "02-02-2031: Velmora warns on orders", "03-02-2031: Velmora cuts outlook; shares fall 4.2%",
                 "", "ALSO READ", "» Riga retailers brace for a weak spring (01-02-2031)")
    assert "02-02-2031: Velmora warns on orders" in doc.paragraphs
    assert "03-02-2031: Velmora cuts outlook; shares fall 4.2%" in doc.paragraphs
    assert not any("Riga retailers" in p for p in doc.paragraphs)


def test_a_translated_pages_date_after_its_places_and_with_its_reading_time():
    assert date_line("Riga/Tallinn, 03.02.2031, 10:34 o'clock – By Ilse Varnholt") == (date(2031, 2, 3), False)
    assert page_stamp("Published 03.02.2031, 11:42 clock | Reading time 4 minutes") == date(2031, 2, 3)
    doc = _clean("Baltic Ledger › Economy › Companies", "[Automatically translated from Latvian]", "",
                 "Velmora Textil cuts outlook, share slides", "Riga/Tallinn, 03.02.2031, 10:34 o'clock – By Ilse Varnholt",
                 "", *_BODY)
    assert doc.dateline == date(2031, 2, 3)
    # a wire's dateline opening a sentence is no date line
    assert date_line("Riga, 03.02.2031 - Shares of Velmora fell 4.2%.") is None


def test_two_sentences_run_together_by_a_lost_space_are_two():
    assert split_sentences("Other retailers were mixed.Kestra Group climbed 3.6% on Monday.") == [
        "Other retailers were mixed.", "Kestra Group climbed 3.6% on Monday."]
    assert split_sentences("Velmora gained 15.6%.The index fell 1.2%.") == ["Velmora gained 15.6%.", "The index fell 1.2%."]
    assert split_sentences("Prices may fall further.I added a small position.") == [
        "Prices may fall further.", "I added a small position."]
    # an address, a dotted name and a figure stay whole
    for whole in ("Read more at velmora.com.The shop is open.", "Visit www.velmora.Com for more.",
                  "The U.S.Steel deal closed.", "It rose to 3.5 on Friday."):
        assert split_sentences(whole) == [whole]


def test_a_reprints_note_on_its_source_is_a_credit():
    for note in ("This story was provided by Riga Newswire and has not been edited by Baltic Ledger staff.",
                 "This story was syndicated from a wire service and has not been edited by our staff.",
                 "This article is provided by Riga Newswire.",
                 "Textile Brief is an independent newsletter. Excerpts used under license."):
        assert furniture_reason(note) == REASON_CREDIT, note
    assert furniture_reason("This story was distributed to 40 newspapers, the agency said.") is None
    assert furniture_reason("The report was provided by the company.") is None


def test_a_pay_walls_note_to_the_reader_is_a_login_box():
    for note in ("Subscribe to the Ledger for 99¢ a week. Already a subscriber? Log in.",
                 "Subscribers only: this article is free to read this weekend.",
                 "Your free article limit: 3 of 5 used this month. Subscribe for unlimited access.",
                 "This article is for subscribers. You are reading a free preview (1 of 3)."):
        assert furniture_reason(note) == REASON_LOGIN, note
    assert furniture_reason("This article is for the shareholders, he said.") is None


def test_a_research_notes_note_on_its_readers_is_a_credit():
    for note in ("FOR INSTITUTIONAL INVESTORS ONLY. Not for distribution in the United States.",
                 "For institutional clients. Public excerpt. See disclosures at end.",
                 "Not for distribution in the Baltic states."):
        assert furniture_reason(note) == REASON_CREDIT, note
    assert furniture_reason("Not for the faint-hearted: shares fell 40%.") is None


def test_an_aggregators_items_under_their_outlets_credit_are_the_pages_text():
    doc = _clean("Textile stocks: latest headlines", "",
                 "Velmora cuts outlook; shares slide 4.2%", "Riga Business Wire · 3 hours ago",
                 "Shares of Velmora Textil fell 4.2% on Monday after the clothing maker cut its outlook for the year...",
                 "",
                 "Kestra Group falls 6%; company says orders stabilised", "Baltic Ledger Weekly · 6h ago",
                 "Kestra Group dropped 6% even after the Tallinn-based maker said its orders had stopped falling in "
                 "March...",
                 "",
                 "Loomcraft rises 3% on a new contract", "Nordic Trade Journal · 4 hours ago",
                 "Loomcraft rose 3% on Monday after it won a contract to supply uniforms to the Latvian army...")
    assert "Kestra Group falls 6%; company says orders stabilised" in doc.paragraphs
    assert any(p.startswith("Loomcraft rose 3% on Monday") for p in doc.paragraphs)
    # readers' comments under their handles still end the article
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY, "", "loom_watcher · 3 hours ago",
                 "Saw this coming. Sold in January and bought Kestra instead.", "",
                 "NorthMill88 · 2 hours ago", "Terrible day for the sector, and it will get worse.")
    assert doc.paragraphs[-1].startswith("\"We are adjusting")


def test_a_headline_right_above_a_stamp_line_in_the_body_is_the_pages_header():
    doc = _clean("THE RIGA LEDGER", "Business intelligence since 1991", "NEWS | COMPANIES | PROPERTY", "",
                 "Shares of Velmora Textil fell on Monday, the Riga desk reports from the exchange floor.",
                 "Quick read: 3 minutes", "",
                 "Velmora Textil slumps as outlook cut rattles investors", "",
                 "Posted Feb 3, 2031, 6:45 p.m.  |  From wire reports", "", *_BODY)
    assert "Velmora Textil slumps as outlook cut rattles investors" not in doc.paragraphs
    # a heading above a dated line with no writer, time or label stays
    doc = _clean("Velmora Textil cuts outlook, share slides", "", *_BODY[:2], "What the company said on results day",
                 "Feb 3, 2031 | Velmora Textil", "", *_BODY[2:])
    assert "What the company said on results day" in doc.paragraphs
