"""Round 19e: scraped pages, second pass (invented outlets, people and companies)."""

from __future__ import annotations

import pytest

from analysis.corpus.cleaning import clean_document

TITLE = "Norvale Foods warns on margins"
LONG = ("The company, based in Tarrowby, said its margin would fall to 4 per cent this year from 6 per cent, as grain "
        "and energy bills climbed.")


@pytest.mark.parametrize("lead", ["Norvale Foods said costs rose.", "Reactions came quickly.", "It's decision day."])
def test_a_short_first_sentence_of_a_short_article_is_kept(lead):
    doc = clean_document(f"{TITLE}\n\n{lead}\n\n{LONG}")
    assert doc.paragraphs == (lead, LONG)
    assert doc.title == TITLE


def test_a_short_first_line_before_a_list_of_quotations_is_kept():
    bullets = ["\u2022 \"This is a good day for our customers,\" said Ilsa Marrow, chief executive of Brackwell Rail.",
               "\u2022 \"We will study the terms carefully,\" said Oren Tabbit of the Pardale Transit Union."]
    doc = clean_document("What they said about the Brackwell merger\n\nReactions came quickly.\n\n" + "\n".join(bullets))
    assert doc.paragraphs[0] == "Reactions came quickly."
    assert len(doc.paragraphs) == 3


def test_a_deck_right_under_the_headline_stays_out_of_the_text():
    doc = clean_document(f"{TITLE};\nCosts climb again.\n\n{LONG}")
    assert doc.paragraphs == (LONG,)


def test_a_short_line_without_a_full_stop_above_the_body_stays_out():
    doc = clean_document(f"{TITLE}\n\nMarkets live\n\n{LONG}")
    assert doc.paragraphs == (LONG,)


@pytest.mark.parametrize("quote", [
    "\u201cSavers have waited long enough for this,\u201d \u2014 Jane Roe, Acme Capital",
    "\"Savers have waited long enough for this\" - Jane Roe, Acme Capital",
    "'Savers have waited long enough for this' \u2013 Jane Roe",
])
def test_a_closing_quotation_with_its_source_after_a_dash_is_the_article(quote):
    body = ("Glenmarch Bank raised its easy-access savings rate to 3.1 per cent on Monday, the third rise this year.\n\n"
            "The bank said the change would apply to about 400,000 accounts from next week.")
    doc = clean_document(f"Glenmarch Bank lifts its savings rate\n\n{body}\n\n{quote}")
    assert doc.paragraphs[-1] == quote


def test_a_link_after_the_last_paragraph_is_still_footer():
    body = "Glenmarch Bank raised its easy-access savings rate to 3.1 per cent on Monday, the third rise this year."
    doc = clean_document(f"Glenmarch Bank lifts its savings rate\n\n{body}\n\nMore savings news - Glenmarch")
    assert doc.paragraphs == (body,)


def test_a_two_column_table_of_figures_without_a_percent_after_the_last_paragraph_is_kept():
    body = "Vexley Steel will close two plants in the north, cutting about 600 jobs, the company said on Tuesday."
    doc = clean_document(f"Vexley Steel to close two plants\n\n{body}\n\nSite | Jobs\nSelbrook | 380\nHarnley | 220")
    assert doc.paragraphs == (body, "Site | Jobs", "Selbrook | 380", "Harnley | 220")


def test_a_footer_of_two_links_is_no_table():
    body = "Vexley Steel will close two plants in the north, cutting about 600 jobs, the company said on Tuesday."
    doc = clean_document(f"Vexley Steel to close two plants\n\n{body}\n\nHome | About\nTerms | Privacy\nJobs | Contact")
    assert doc.paragraphs == (body,)


@pytest.mark.parametrize("first", [
    "Vexley Steel to close two plants | The Dunmere Gazette",
    "Vexley Steel to close two plants - The Dunmere Gazette",
    "Vexley Steel to close two plants \u2014 Dunmere Daily News",
])
def test_the_site_after_the_headline_on_the_first_line_is_the_outlet(first):
    from analysis.corpus.provenance import read_provenance
    prov = read_provenance(f"{first}\n\nVexley Steel will close two plants, cutting about 600 jobs, the company said.")
    assert prov.outlet in {"The Dunmere Gazette", "Dunmere Daily News"}
    assert prov.outlet_basis == "title line"


@pytest.mark.parametrize("first", [
    "Vexley Steel Just Closed Two Plants \u2013 It Might Surprise You.",
    "Vexley Steel: closures - what we know",
    "Markets - Business",
])
def test_a_dash_in_a_headline_before_a_clause_names_no_outlet(first):
    from analysis.corpus.provenance import read_provenance
    prov = read_provenance(f"{first}\n\nVexley Steel will close two plants, cutting about 600 jobs, the company said.")
    assert prov.outlet is None


@pytest.mark.parametrize("line", ["Jane Roe | The Dunmere Gazette", "By Jane Roe | The Dunmere Gazette"])
def test_the_outlet_beside_a_writer_set_off_by_a_bar_the_date_below(line):
    from analysis.corpus.provenance import read_provenance
    prov = read_provenance(f"Vexley Steel to close two plants\n{line}\n11 March 2025\n\n"
                           "Vexley Steel will close two plants, cutting about 600 jobs, the company said.")
    assert prov.outlet == "The Dunmere Gazette"


def test_a_long_standfirst_without_a_full_stop_under_the_headline_is_no_headline():
    body = "Vexley Steel will close two plants in the north, cutting about 600 jobs, the company said on Tuesday."
    stand = "The steelmaker blames weak demand and energy costs as it cuts about 600 jobs across the north of the country"
    doc = clean_document(f"Vexley Steel to close two plants\n{stand}\n\n{body}")
    assert doc.title == "Vexley Steel to close two plants"
    assert doc.paragraphs == (body,)


def test_a_menu_above_a_long_headline_is_no_headline():
    body = "Vexley Steel will close two plants in the north, cutting about 600 jobs, the company said on Tuesday."
    title = "Vexley Steel to close two plants in the north as weak demand and energy costs bite across the country"
    doc = clean_document(f"Home News Business Markets\n{title}\n\n{body}")
    assert doc.title == title


@pytest.mark.parametrize("note", ["[Audio version. Edited for length.]", "Reload for news. Times are GMT."])
def test_a_page_note_above_the_body_is_no_short_lead(note):
    doc = clean_document(f"{TITLE}\n\n{note}\n\n{LONG}")
    assert doc.paragraphs == (LONG,)


BODY_LONG = ("Vexley Steel will close two plants in the north, cutting about 600 jobs over the next year, the company said "
             "on Tuesday.")


@pytest.mark.parametrize("heading", ["Union: 'A betrayal'", "Union reaction", "What happens next"])
def test_a_subheading_over_the_last_short_sentences_is_the_article(heading):
    doc = clean_document(f"Vexley Steel to close two plants\n\n{BODY_LONG}\n\n{heading}\n\n"
                         "\"It is a betrayal,\" said Oren Tabbit.")
    assert doc.paragraphs == (BODY_LONG, heading, "\"It is a betrayal,\" said Oren Tabbit.")


def test_a_heading_with_nothing_after_it_is_still_footer():
    doc = clean_document(f"Vexley Steel to close two plants\n\n{BODY_LONG}\n\nMore on this story")
    assert doc.paragraphs == (BODY_LONG,)


def test_a_short_first_bullet_of_a_list_of_quotations_is_kept():
    doc = clean_document("Reactions to the Brackwell merger\n\n"
                         "\u2022 \"A good day,\" said Ilsa Marrow.\n"
                         "\u2022 \"We will study the terms carefully,\" said Oren Tabbit of the Pardale Transit Union.\n"
                         "\u2022 \"Nobody asked the passengers at all,\" said Pella Durst, chair of a commuter group.")
    assert doc.paragraphs[0] == "\"A good day,\" said Ilsa Marrow."
    assert len(doc.paragraphs) == 3
