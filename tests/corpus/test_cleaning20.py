"""Round 20: reading articles. Nothing lost silently (every line of a file is in the text, the title or the
removals), titles that name their site, two-column tables that open with a year. Invented outlets, people and
companies throughout."""

from __future__ import annotations

import json

import pytest

from analysis.corpus.cleaning import clean_document
from analysis.corpus.conservation import texts_as_read, unlisted_lines
from analysis.corpus.furniture import REASON_DATELINE, REASON_HEADER
from analysis.corpus.load import load_corpus

BODY = ("Tarrow Mills said on Monday it would close its plant in Kelby, cutting 240 jobs, after orders fell for a "
        "third year in a row.\n\n"
        "The company said the site had lost money since 2023 and that talks with the union would begin this week.\n\n"
        "\u201cThis is a hard day for everyone in Kelby,\u201d said Mara Voss, the chief executive.\n")
HEADLINE = "Tarrow Mills to close Kelby plant, cutting 240 jobs"

#: Messy invented files, each with what makes it messy: a menu, a repeated headline, a wire dateline on its own line,
#: a date line, a byline, a deck, a credit in brackets, a footer, debris, a headline the manifest replaces, an HTML page,
#: a Markdown file with front matter, a collection whose records carry their own titles.
MESSY = {
    "a_menu.txt": f"Home | News | Business\nSign in\n\n{HEADLINE}\n\nMarch 10, 2025\nBy Jana Holm\n\n{BODY}\n"
                  "Related stories\nKelby council plans new business park\n\u00a9 2025 Kelby Evening Post. All rights reserved.\n",
    "b_wire.txt": f"\n\nKELBY, England (Harbour Wire) --\n\n{BODY}",
    "c_replaced.txt": f"Mill closure hits town;\nUnion vows to fight.\n\n{BODY}",
    "d_dated_twice.txt": f"{HEADLINE}\nMarch 10, 2025\n\n{BODY}\nMarch 10, 2025\n",
    "e_repeat.txt": f"{HEADLINE}\n\n{BODY}\n{BODY}",
    "f_debris.txt": f"{HEADLINE}\n<div class=\"ad\">\n{{{{ promo_slot }}}}\n\n{BODY}",
    "g_page.html": f"<html><head><title>{HEADLINE} | Kelby Evening Post</title></head><body><nav><a>Home</a><a>News</a>"
                   f"<a>Sport</a></nav><h1>{HEADLINE}</h1><p>By Jana Holm</p>"
                   + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "<footer>Contact us</footer></body></html>",
    "h_front.md": f"---\ntitle: {HEADLINE}\ndate: 2025-03-10\n---\n\n# {HEADLINE}\n\n{BODY}",
    "i_records.json": json.dumps([{"title": "Kelby plant to shut", "text": f"{HEADLINE}\n\n{BODY}"},
                                  {"title": HEADLINE, "text": f"{HEADLINE} - Kelby Evening Post\n\n{BODY}"}]),
}
MANIFEST = "file,outlet,published,title\nc_replaced.txt,Kelby Evening Post,2025-03-10,Tarrow Mills will close its Kelby plant\n"


@pytest.fixture()
def messy(tmp_path):
    for name, text in MESSY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return load_corpus(tmp_path)


def test_every_line_of_every_messy_file_is_in_the_text_the_title_or_the_removals(messy):
    texts = texts_as_read(messy)
    assert len(texts) == len(messy.docs) == 10
    lost = unlisted_lines(messy, texts)
    assert lost.empty, lost.to_string()


def test_a_headline_the_manifest_replaces_is_listed_with_its_reason(messy):
    removed = messy.removals.loc[messy.removals["doc_id"] == "c_replaced"]
    row = removed.loc[removed["text"] == "Mill closure hits town;"]
    assert list(row["reason"]) == ["page header (read as the headline; the manifest gives the title)"]
    docs = messy.docs.set_index("doc_id")
    assert docs.loc["c_replaced", "title"] == "Tarrow Mills will close its Kelby plant"
    assert docs.loc["c_replaced", "removed_lines"] == len(removed)


def test_a_record_title_that_replaces_the_first_line_lists_that_line(messy):
    removed = messy.removals.loc[messy.removals["doc_id"] == "i_records#1"]
    assert list(removed["text"]) == [HEADLINE]
    assert "the record gives the title" in removed["reason"].iloc[0]


def test_the_same_headline_in_other_quotation_marks_is_not_listed(tmp_path):
    (tmp_path / "a.txt").write_text("Kelby mayor says closure is \u201ca blow\u201d\n\n" + BODY, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,title\na.txt,Kelby mayor says closure is 'a blow'\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.removals.empty
    assert unlisted_lines(corpus, texts_as_read(corpus)).empty


def test_the_date_line_read_as_the_date_is_listed():
    doc = clean_document(f"{HEADLINE}\nMarch 10, 2025\n\n{BODY}")
    assert doc.dateline is not None
    assert [(r.line_no, r.reason) for r in doc.removals] == [(2, REASON_DATELINE)]
    assert doc.title_line == 1


def test_the_date_line_under_the_first_paragraph_is_listed():
    first, rest = BODY.split("\n\n", 1)
    doc = clean_document(f"{HEADLINE}\n\n{first}\nMarch 10, 2025\n\n{rest}")
    assert doc.dateline is not None
    assert [(r.line_no, r.reason) for r in doc.removals] == [(4, REASON_DATELINE)]


def test_the_date_line_printed_again_is_listed_too():
    doc = clean_document(f"{HEADLINE}\nMarch 10, 2025\nMarch 10, 2025\n\n{BODY}")
    assert [r.reason for r in doc.removals] == [REASON_DATELINE, "date line"]


@pytest.mark.parametrize("dateline", ["KELBY, England (Harbour Wire) --", "PORT ELLIS, March 9 (Harbour Wire) --",
                                      "KELBY (Harbour Wire) _", "NEW HAVENBY, Oct. 28, 2025 /Harbour Wire/ --"])
def test_a_wire_dateline_on_its_own_line_is_no_headline(dateline):
    doc = clean_document(f"\n\n{dateline}\n\n{BODY}")
    assert doc.title is None
    assert [(r.text, r.reason) for r in doc.removals] == [(dateline, REASON_HEADER)]


def test_a_headline_in_capitals_with_a_bracket_is_still_a_headline():
    doc = clean_document(f"TARROW MILLS (TMX) TO SHUT KELBY PLANT\n\n{BODY}")
    assert doc.title == "TARROW MILLS (TMX) TO SHUT KELBY PLANT"


# --- A page title that names its site after the headline ("Headline | Outlet", "Headline - Outlet", "Headline — Outlet")

TITLED = {
    "a_bar.txt": f"{HEADLINE} | Kelby Evening Post\n\n{BODY}",
    "b_dash.txt": f"{HEADLINE} - Quillow Ledger\n\n{BODY}",
    "c_clause.txt": f"Budget vote on Kelby plant - What Comes Next\n\n{BODY}",
    "d_person.txt": f"Why Tarrow Mills had to close Kelby \u2014 Mara Voss\n\n{BODY}",
    "e_host.txt": f"{HEADLINE} | Quillby\n\n{BODY}",
    "f_records.json": json.dumps([{"title": f"{HEADLINE} | Kelby Evening Post", "text": BODY}]),
    "g_menu_first.txt": f"Home | News\n{HEADLINE} \u2014 Kelby Evening Post\nMarch 10, 2025\n\n{BODY}",
    "h_manifest.txt": f"{HEADLINE} | Kelby Evening Post\n\n{BODY}",
}
TITLED_MANIFEST = ("file,outlet,url,title\nb_dash.txt,Quillow Ledger,,\ne_host.txt,,https://www.quillby.example/kelby,\n"
                   f"h_manifest.txt,,,\"{HEADLINE} | Kelby Evening Post\"\n")


@pytest.fixture()
def titled(tmp_path):
    for name, text in TITLED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(TITLED_MANIFEST, encoding="utf-8")
    return load_corpus(tmp_path)


@pytest.mark.parametrize("doc_id, outlet, basis", [
    ("a_bar", "Kelby Evening Post", "title line"),  # a known kind of name (a media word): the outlet, none given
    ("b_dash", "Quillow Ledger", "manifest"),  # the outlet the manifest gives, named after the headline
    ("e_host", "quillby.example", "url"),  # the name of the page's web address
    ("f_records#1", "Kelby Evening Post", "page title"),  # a record's title
    ("g_menu_first", "Kelby Evening Post", "title line"),  # the headline below a menu line
])
def test_the_site_after_the_headline_is_taken_off_the_title(titled, doc_id, outlet, basis):
    doc = titled.docs.set_index("doc_id").loc[doc_id]
    assert doc["title"] == HEADLINE
    assert (doc["outlet"], doc["outlet_basis"]) == (outlet, basis)
    assert unlisted_lines(titled, texts_as_read(titled)).empty


def test_the_site_taken_off_a_headline_of_the_text_is_listed(titled):
    removed = titled.removals.loc[titled.removals["doc_id"] == "a_bar"]
    assert list(zip(removed["text"], removed["reason"])) == [("| Kelby Evening Post", "site name after the headline")]


@pytest.mark.parametrize("doc_id", ["c_clause", "d_person"])
def test_a_second_part_that_is_no_outlet_stays_in_the_title(titled, doc_id):
    doc = titled.docs.set_index("doc_id").loc[doc_id]
    assert doc["title"] == TITLED[f"{doc_id}.txt"].split("\n")[0]
    assert doc["outlet_basis"] == "file name"


def test_the_manifest_title_is_kept_as_given(titled):
    assert titled.docs.set_index("doc_id").loc["h_manifest", "title"] == f"{HEADLINE} | Kelby Evening Post"


# --- What a story was compiled from: a credit, not a headline

@pytest.mark.parametrize("credit", ["(Compiled from Harbour Wire and Vale Press reports)",
                                    "(Combines reports from Harbour Wire and Vale Press)",
                                    "Compiled from Harbour Wire and Vale Press reports"])
def test_what_a_story_was_compiled_from_is_a_credit(credit):
    doc = clean_document(f"{HEADLINE}\n{credit}\n\n{BODY}")
    assert doc.title == HEADLINE
    assert [(r.text, r.reason) for r in doc.removals] == [(credit, "credit / publisher boilerplate")]


def test_a_sentence_that_starts_with_compiled_from_is_kept():
    line = "Compiled from the council's own figures, the list shows 14 sites that have closed since 2019."
    doc = clean_document(f"{HEADLINE}\n\n{BODY}\n{line}\n")
    assert line in doc.paragraphs


def test_a_page_title_with_a_dashed_site_name_gives_the_headline_and_the_outlet(tmp_path):
    page = (f"<html><head><title>{HEADLINE} \u2013 Kelby Evening Post</title></head><body><h1>{HEADLINE}</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    doc = corpus.docs.iloc[0]
    assert (doc["title"], doc["outlet"], doc["outlet_basis"]) == (HEADLINE, "Kelby Evening Post", "page title")
    assert corpus.removals.empty
    assert unlisted_lines(corpus, texts_as_read(corpus)).empty


# --- Two-column tables whose rows open with a year, and Markdown's bars around a row

INTRO = ("Vexley Steel said output fell again last year as demand weakened across the region, according to its annual "
         "report published on Monday.")
OUTRO = "Analysts expect a recovery next year, the company said in a statement on Monday."


@pytest.mark.parametrize("rows", [
    ["| Year | Output growth |", "|------|--------|", "| 2022 | 6.2% |", "| 2023 | 4.1% |", "| 2024 | -1.3% |"],
    ["| Year | Output growth |", "| :--- | ---: |", "| 2022 | 6.2% |", "| 2023 | 4.1% |", "| 2024 | -1.3% |"],
    ["Year | Output (tonnes)", "2022 | 6.2m", "2023 | 4.1m", "2024 | 3.9m"],
    ["Year | Deliveries", "FY2023 | 1,250", "FY2024 | 1,410"],
    ["Half | Orders", "H1 2024 | 380", "H2 2024 | 415"],
    ["| Plant | Change |", "|---|---|", "| Kelby | -4.1% |", "| Harnley | +2.0% |"],
])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_two_column_table_is_kept_as_table_rows(rows, where):
    lines = [INTRO, "", *rows, "", OUTRO] if where == "middle" else [INTRO, "", OUTRO, "", *rows]
    doc = clean_document("Vexley Steel output falls for third year\n\n" + "\n".join(lines) + "\n")
    kept = [r.strip("| ").replace(" | ", "|").replace("| ", "|") for r in rows if "---" not in r]
    table = [p for p in doc.paragraphs if "|" in p]
    assert [p.replace(" | ", "|") for p in table] == kept
    assert not any(p.startswith("|") or p.endswith("|") for p in doc.paragraphs)
    assert [r.reason for r in doc.removals] == ["template debris"] * sum("---" in r for r in rows)


def test_a_table_of_years_read_from_an_html_page_is_kept(tmp_path):
    page = ("<html><body><h1>Vexley Steel output falls for third year</h1>"
            f"<p>{INTRO}</p><p>{OUTRO}</p><table><tr><th>Year</th><th>Output</th></tr>"
            "<tr><td>2022</td><td>6.2m</td></tr><tr><td>2023</td><td>4.1m</td></tr></table></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.docs["text"].iloc[0].split("\n\n")[-3:] == ["Year | Output", "2022 | 6.2m", "2023 | 4.1m"]
    assert unlisted_lines(corpus, texts_as_read(corpus)).empty


@pytest.mark.parametrize("strip", [
    ["2024 | 0.9m", "2025 | 1.1m"],  # no header of words: a strip of figures
    ["Markets | Sport", "2025 | 1.1m", "Weather | Travel"],  # a row that is no label-and-figure: not one table
    ["Kelby 30 | 4,561.2", "Vale Index | 812.0", "Harnley 50 | 1,077.9"],  # a ticker strip: names with figures
])
def test_figures_after_the_article_that_are_no_table_stay_footer(strip):
    doc = clean_document("Vexley Steel output falls for third year\n\n" + "\n\n".join([INTRO, OUTRO]) + "\n\n"
                         + "\n".join(strip) + "\n")
    assert doc.paragraphs == (INTRO, OUTRO)


# --- Front matter: the metadata block a Markdown or text export opens with

FRONT = ("---\ntitle: \"Tarrow Mills to close Kelby plant\"\ndate: 2025-03-10\nsitename: Kelby Evening Post\ntags:\n"
         "  - business\nurl: https://kelbypost.example/kelby\n---\n\n")


@pytest.mark.parametrize("name, head", [("a.md", "# Tarrow Mills to close Kelby plant\n\n"), ("b.txt", "")])
def test_front_matter_gives_the_metadata_and_its_lines_are_listed(tmp_path, name, head):
    (tmp_path / name).write_text(FRONT + head + BODY, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    doc = corpus.docs.iloc[0]
    assert doc["title"] == "Tarrow Mills to close Kelby plant"
    assert (doc["outlet"], doc["outlet_basis"]) == ("Kelby Evening Post", "front matter")
    assert (str(doc["published"].date()), doc["published_basis"]) == ("2025-03-10", "front matter")
    assert doc["url"] == "https://kelbypost.example/kelby"
    assert list(corpus.removals["reason"]) == ["front matter (read as metadata)"] * 8
    assert doc["text"] == BODY.strip()
    assert unlisted_lines(corpus, texts_as_read(corpus)).empty


@pytest.mark.parametrize("text", [
    "---\n\n" + BODY,  # a rule above the article, no block
    "---\nKELBY: The council said on Monday it would fight the closure of the plant.\n" + BODY,  # prose, not keys
])
def test_a_rule_or_prose_after_three_dashes_is_no_front_matter(text):
    doc = clean_document(text)
    assert "front matter (read as metadata)" not in [r.reason for r in doc.removals]
    assert BODY.split("\n\n")[0] in doc.paragraphs


# --- Strips of the page above the article are no headline (the longest line above the body was taken for it)

@pytest.mark.parametrize("strip", [
    "Front page | World | Weather | Jobs | Kelby life",
    "News Sport Opinion Culture Travel Food Motors",
    "Latest Stories Kelby World Science Music Film Education",
    "KELBY 30 4,561.2 +1.12% VALE INDEX 812.04 -0.47% Crude $71.30 \u25b2 0.9%",
    "Kelby All-Share 2,950.6 +0.81% | Pound 1.1032 -0.05% | Silver 24.10 \u25bc1.30%",
    "By the Kelby Evening Post business desk staff",
])
def test_a_strip_of_the_page_above_the_headline_is_not_the_headline(strip):
    doc = clean_document(f"{strip}\n{HEADLINE}\n\n{BODY}")
    assert doc.title == HEADLINE
    assert (1, strip) in [(r.line_no, r.text) for r in doc.removals]


@pytest.mark.parametrize("headline", [
    "Kelby Plant Closure Hits Local Business And Sports Clubs",  # section words, but a sentence of them is rare
    "Tarrow Mills shares fall 12% as Kelby plant closes",  # one figure, unsigned
    "Tarrow Mills down 4% -- and the union wants answers",
    "Local news sites face tough year, says Kelby editor",
])
def test_a_headline_with_section_words_or_a_figure_is_still_the_headline(headline):
    doc = clean_document(f"{headline}\n\n{BODY}")
    assert doc.title == headline


def test_a_markdown_picture_on_its_own_line_is_listed_as_a_caption(tmp_path):
    first, rest = BODY.split("\n\n", 1)
    (tmp_path / "a.md").write_text(f"# {HEADLINE}\n\n{first}\n\n![Workers leave the Kelby plant](kelby.jpg)\n\n{rest}",
                                   encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert list(zip(corpus.removals["text"], corpus.removals["reason"])) == [
        ("Caption: Workers leave the Kelby plant", "photo caption")]
    assert "Workers leave" not in corpus.docs["text"].iloc[0]
