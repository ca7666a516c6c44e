"""Round 19c: constructions of scraped news pages found by invented probe pages (fictional outlets and people)."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document, date_line
from analysis.corpus.furniture import furniture_reason

BODY = (
    "Pellbrook Mills said on Tuesday it would close two flour mills in the west, cutting about 240 jobs.\n\n"
    "Shares of the Wexholt-based company fell 3.8% to 96 pence in morning trade, their lowest since May.\n\n"
    "\"These were hard choices for every one of us,\" chief executive Ines Volk said in a statement.\n\n"
    "The company expects savings of about 9 million pounds a year once the mills close in September."
)
TITLE = "Pellbrook Mills to shut two mills as grain costs climb"


@pytest.mark.parametrize("stamp", [
    "11 March 2025 | 9:14am", "Mar 11, 2025 / 09:14 AM", "11 March 2025 - 09:14 GMT", "11 March 2025 · 14:44",
])
def test_a_date_and_its_clock_time_apart_by_a_separator_date_the_article(stamp):
    doc = clean_document(f"{TITLE}\nBy Tove Arkell\n{stamp}\n\n{BODY}")
    assert str(doc.dateline) == "2025-03-11"
    assert stamp not in doc.text


def test_a_separator_before_words_is_no_clock_time():
    assert date_line("11 March 2025 | Markets") is None
    assert date_line("Revenue 2025 - 09:14") is None


@pytest.mark.parametrize("summary", [
    "Key points:\n• Pellbrook Mills to close two mills\n• About 240 jobs cut\n• Shares fall 3.8%",
    "• Pellbrook Mills will close mills in Wexholt and Denholt\n• About 240 jobs will go by September\n• The group blames grain costs",
    "Highlights\n- Two mills to close in the west\n- 240 jobs at risk, says union",
])
def test_a_summary_list_under_the_headline_is_the_article_s(summary):
    doc = clean_document(f"{TITLE}\n\n{summary}\n\n{BODY}")
    items = [line.lstrip("•- ") for line in summary.split("\n") if line[:1] in "•-"]
    for item in items:
        assert item in doc.paragraphs
    assert doc.title == TITLE  # a bullet is never the headline
    assert "Key points:" not in doc.text and "Highlights" not in doc.paragraphs


def test_a_menu_s_short_bullets_above_the_headline_stay_furniture():
    doc = clean_document(f"• Home\n• World\n• Business\n• Markets\n{TITLE}\n\n{BODY}")
    assert "Home" not in doc.text and "Markets" not in doc.paragraphs


def test_related_headlines_far_above_the_body_are_no_summary():
    page = (f"{TITLE}\n• Grain traders brace for a dry summer in the west\n• Wexholt council approves new depot plan\n"
            f"Listen\nShare\nSave\nFollow the topics\nPhoto gallery\n\n{BODY}")
    doc = clean_document(page)
    assert "Grain traders brace for a dry summer in the west" not in doc.text


@pytest.mark.parametrize("line", [
    "Editor's note: This story has been updated to include comment from the company.",
    "Editor’s Note: The following is an excerpt from a forthcoming book by Ines Volk.",
    "This article was amended on 12 March 2025 to correct the location of one of the mills.",
    "This story has been updated with comments from the union.",
    "This post has been updated to include the company's response.",
    "Clarification, March 12: An earlier version of this story said the mills were in the north.",
    "CORRECTION: Due to an editing error, an earlier figure for the job cuts was wrong.",
])
def test_an_editors_note_on_the_article_is_no_story_text(line):
    assert furniture_reason(line) is not None


@pytest.mark.parametrize("line", [
    "The story has been updated many times by the company's own historians, Volk said.",
    "This article of the treaty was amended in 2019 after a long dispute.",
    "Corrections officers at the Denholt prison walked out on Monday.",
    "\"This story has been updated,\" the spokeswoman said, declining further comment.",
])
def test_sentences_like_an_editors_note_stay(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line", [
    "By using this site, you agree to our Privacy Policy and Terms of Use.",
    "Your privacy choices: we care about your privacy. Click Accept to consent.",
    "Get unlimited access to our journalism for just $1 a week. Cancel anytime.",
    "Support independent journalism. Donate today.",
    "Continue reading the main story",
    "SOURCE Pellbrook Mills Plc",
])
def test_consent_paywall_and_release_credit_lines_are_furniture(line):
    assert furniture_reason(line) is not None


@pytest.mark.parametrize("line", [
    "Support for the plan is growing among the mill's workers, the union said.",
    "Source: Wexholt Evening Ledger",
    "Sources close to the board said the sale could be announced next week.",
])
def test_lines_like_those_that_are_not_furniture_stay(line):
    assert furniture_reason(line) is None


def test_a_factbox_of_labelled_figures_in_bullets_is_the_article_s():
    doc = clean_document(f"{TITLE}\n\n{BODY}\n\nKey figures:\n• Jobs cut: 240\n• Savings: £9m\n• Sites closing: 2\n\n"
                         "Analysts at Quarne Securities said the move was overdue and kept their rating on the stock.")
    for item in ("Jobs cut: 240", "Savings: £9m", "Sites closing: 2"):
        assert item in doc.paragraphs


def test_a_correction_that_states_only_the_story_s_fact_stays():
    assert furniture_reason("Correction: Pellbrook shares fell 5% on Tuesday, not 4%.") is None


def _wrap(paragraph: str, width: int) -> str:
    import textwrap
    return textwrap.fill(paragraph, width, break_on_hyphens=False)


@pytest.mark.parametrize("width,gap", [(60, "\n\n"), (72, "\n\n"), (78, "\n")])
def test_hard_wrapped_paragraphs_are_read_whole(width, gap):
    paragraphs = BODY.split("\n\n") + ["Analysts at Quarne Securities said the closures were overdue and kept "
                                       "their buy rating on the stock, citing the group's strong balance sheet."]
    doc = clean_document(TITLE + "\n\n" + gap.join(_wrap(p, width) for p in paragraphs))
    assert list(doc.paragraphs) == paragraphs
    assert doc.title == TITLE


def test_text_whose_paragraphs_are_lines_is_not_unwrapped():
    doc = clean_document(TITLE + "\n\n" + BODY + "\nShort line\nAnother short line")
    assert "Short line" not in " ".join(doc.paragraphs[:4])


def test_offsets_of_a_hard_wrapped_paragraph_index_the_file(tmp_path):
    from analysis.corpus.load import load_corpus
    from analysis.corpus.offsets import raw_spans

    raw = TITLE + "\n\n" + "\n\n".join(_wrap(p, 64) for p in BODY.split("\n\n")) + "\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = str(corpus.docs.loc[0, "text"])
    words = ["about 240 jobs", "morning trade, their lowest", "Ines Volk", "September"]
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    mapped = raw_spans(corpus.paragraphs, text, spans)
    assert [" ".join(raw[a:b].split()) for a, b in mapped] == words


@pytest.mark.parametrize("line", [
    "[Read more: Wexholt millers warn of further price rises]", "— Advertisement —", "(Story continues below)",
    "[Video: Ines Volk on the closures. Watch on YouTube.]", "-- ADVERTISEMENT --",
])
def test_furniture_set_off_in_brackets_or_dashes_is_furniture(line):
    assert furniture_reason(line) is not None


@pytest.mark.parametrize("line", ["(Laughter.)", "(Reuters)", "[sic]", "(Ines Volk did not say when the talks would end.)"])
def test_a_bracketed_line_of_the_story_stays(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("head,day", [
    ('<meta name="dc.date.issued" content="2025-03-11">', "2025-03-11"),
    ('<meta name="DC.date" content="2025-03-11T09:14:00Z">', "2025-03-11"),
    ('<meta name="pubdate" content="20250311">', "2025-03-11"),
    ('<meta name="sailthru.date" content="2025-03-11 09:14:00">', "2025-03-11"),
])
def test_a_page_s_date_under_other_meta_names_dates_it(tmp_path, head, day):
    from analysis.corpus.load import load_corpus

    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    page = f"<html><head><title>{TITLE}</title>{head}</head><body><article><h1>{TITLE}</h1>{paras}</article></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    docs = load_corpus(tmp_path).docs
    assert str(docs.loc[0, "published"])[:10] == day


@pytest.mark.parametrize("stamps", [
    "Updated 12 March 2025\nPublished 10 March 2025",
    "Updated: Wed 12 Mar 2025 11.02 GMT\nFirst published on Mon 10 Mar 2025 09.14 GMT",
    "Published 10 March 2025\nUpdated 12 March 2025",
    "Updated March 12, 2025, 11:02 a.m. ET | Published March 10, 2025",
    "March 10, 2025 (Updated: March 12, 2025)",
])
def test_the_article_is_dated_by_its_publication_not_its_last_update(stamps):
    doc = clean_document(f"{TITLE}\nBy Tove Arkell\n{stamps}\n\n{BODY}")
    assert str(doc.dateline) == "2025-03-10"
    assert doc.title == TITLE


def test_an_update_stamp_alone_still_dates_the_article():
    doc = clean_document(f"{TITLE}\nBy Tove Arkell\nUpdated 12 March 2025\n\n{BODY}")
    assert str(doc.dateline) == "2025-03-12"


def test_the_note_under_an_about_the_author_heading_is_the_writer_s():
    doc = clean_document(f"{TITLE}\n\n{BODY}\n\nAbout the author\nTove Arkell has covered the grain trade since 2016.")
    assert "Tove Arkell has covered the grain trade since 2016." not in doc.paragraphs
    assert doc.paragraphs[-1] == BODY.split("\n\n")[-1]


@pytest.mark.parametrize("line", [
    "Image 1 of 5", "3/7", "Open image in gallery", "Read the full story at the Wexholt Evening Ledger",
    "Read the rest of the story at Quarne Daily.", "Get the latest from the Ledger in your inbox",
    "Our journalism is funded by readers like you.", "Have a story tip? Email us at tips@ledger.example",
    "Follow the Wexholt Evening Ledger on Google News", "This article is part of our Cost of Bread series.",
])
def test_gallery_counters_links_elsewhere_and_site_pitches_are_furniture(line):
    assert furniture_reason(line) is not None


@pytest.mark.parametrize("line", [
    "Image rights were at the heart of the dispute, Volk said.",
    "This article is part of a wider deal that the board must still approve, the filing said.",
    "Our reporting found that three of the mills had failed inspections.",
    "Read the full statement below.",
])
def test_sentences_like_those_pitches_stay(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("stamp", ["11-Mar-2025", "2025/03/11", "2025/3/11 09:14", "March 11, 2025 by Tove Arkell"])
def test_more_spellings_of_a_page_s_date_date_it(stamp):
    doc = clean_document(f"{TITLE}\n{stamp}\n\n{BODY}")
    assert str(doc.dateline) == "2025-03-11"
    assert stamp not in doc.text


def test_a_year_and_a_writer_alone_are_no_date():
    assert date_line("Revenue 2025 by Quarne Group") is None
    assert date_line("2025/13/11") is None


def test_a_print_edition_note_is_furniture_and_does_not_date_the_page(tmp_path):
    from analysis.corpus.load import load_corpus

    assert furniture_reason("Published in the print edition of March 12, 2025") is not None
    assert furniture_reason("Appeared in the March 12, 2025, print edition as 'Mills to close'.") is not None
    assert furniture_reason("Distributed by Quellford Media.") is not None
    paragraphs = BODY.split("\n\n")
    (tmp_path / "a.txt").write_text(f"{TITLE}\n\n{paragraphs[0]}\n\nPublished in the print edition of March 12, 2025\n\n"
                                    + "\n\n".join(paragraphs[1:]), encoding="utf-8")
    docs = load_corpus(tmp_path).docs
    assert docs.loc[0, "published_basis"] != "masthead line"
    assert "print edition" not in docs.loc[0, "text"]


@pytest.mark.parametrize("label", ["Related:", "Read more", "Also read", "More from Business", "Related stories"])
def test_links_under_a_label_between_headline_and_body_are_no_summary(label):
    links = "• Grain traders brace for a dry summer in the west\n• Wexholt council approves new depot plan"
    doc = clean_document(f"{TITLE}\n{label}\n{links}\n\n{BODY}")
    assert "Grain traders brace for a dry summer in the west" not in doc.text
