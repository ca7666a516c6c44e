from analysis import analyse
from analysis.filters import FilterState, filter_corpus
from analysis.quotes.chart import fidelity_table
from tests.pipeline_helpers import report_charts


def test_fidelity_table_on_seeds(seeds_corpus):
    table = fidelity_table(analyse(seeds_corpus).quotes, set(seeds_corpus.docs["doc_id"]))
    zuck = table.loc[table["quote"].str.startswith("Part of my goal")].set_index("outlet")["fidelity"].to_dict()
    assert zuck == {"Daily The Business": 98.4, "Evrim Ağacı (English news)": 81.5, "International Business Times UK": 100}
    assert (table.groupby("cluster_id")["outlet"].nunique() >= 2).all()
    assert set(table.loc[table["outlet"] == "newswalaa.com", "speaker"]) == {"Yann LeCun"}


def test_report_chart_follows_the_outlet_filter(seeds_corpus):
    state = FilterState(outlets=("Hindustan Times", "newswalaa.com"))
    chart = report_charts("quotes", seeds_corpus, state)[0]
    assert chart.slug == "quote-fidelity"
    assert sorted(chart.data["outlet"].unique()) == ["Hindustan Times", "newswalaa.com"]
    assert chart.figure.layout.title.text.startswith("<b>Quote fidelity")
    view = filter_corpus(seeds_corpus, FilterState(outlets=("Hindustan Times",)))
    assert fidelity_table(analyse(seeds_corpus).quotes, set(view.docs["doc_id"])).empty


def test_few_quotes_across_many_outlets_keep_their_rows_apart(tmp_path):
    # eight outlets (tilted names under the plot) and four quotes: every row keeps the height of its two-line label
    from analysis.corpus.load import load_corpus
    from analysis.quotes.chart import render_quote_fidelity

    quotes = [
        "“We will keep the gates open through the winter,” Marta Kellison said.",
        "“Nobody on the board saw the losses coming this early,” said Oren Flatt.",
        "“The contracts are no longer economic for any of our mills,” Dana Ruess said.",
        "“Our customers will not pay for a delay they did not cause,” said Ivo Brandt.",
    ]
    lines = ["file,outlet,url,published,title"]
    for n in range(8):
        (tmp_path / f"a{n}.txt").write_text("Port update\n\n" + "\n\n".join(quotes) + "\n", encoding="utf-8")
        lines.append(f"a{n}.txt,Northbridge Regional Business Wire {n},,2026-03-0{n + 1},Port update")
    (tmp_path / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    chart = render_quote_fidelity(analyse(corpus).quotes, corpus)
    layout = chart.figure.layout
    rows = chart.data["cluster_id"].nunique()
    assert rows == 4
    assert layout.height - layout.margin.t - layout.margin.b >= 46 * rows


def test_a_word_or_two_in_marks_leaves_the_chart_to_quotes_that_could_be_reworded(tmp_path):
    # a one-word quotation printed by every outlet cannot differ between them: the chart draws the sentences
    # (one of them reworded by one outlet) and says what it left out; the data keeps every quote
    from analysis.corpus.load import load_corpus
    from analysis.quotes.chart import render_quote_fidelity

    lines = ["file,outlet,url,published,title"]
    for n in range(3):
        wording = "open through the winter" if n else "open for the whole winter"
        text = ("Port update\n\nThe union said the closure smacked of “panic”, according to Marta Kellison.\n\n"
                f"“We will keep the gates {wording},” Marta Kellison said.\n\n"
                "“Nobody on the board saw the losses coming this early,” said Oren Flatt.\n")
        (tmp_path / f"a{n}.txt").write_text(text, encoding="utf-8")
        lines.append(f"a{n}.txt,Outlet {n},,2026-03-0{n + 1},Port update")
    (tmp_path / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    quotes = analyse(corpus).quotes
    assert "panic" in set(quotes["quote"])
    chart = render_quote_fidelity(quotes, corpus, max_quotes=2)
    drawn = " ".join(chart.figure.data[0].y)
    assert "panic" not in drawn and "Nobody on the board" in drawn and "We will keep" in drawn
    assert "panic" in set(chart.data["quote"])
    assert "1 quote of one or two words left out" in chart.figure.layout.title.text
    # the count is of the quotes the chart could draw, not of every quote the page lists below it
    assert "of the 3 quotes printed by 2+ outlets" in chart.figure.layout.title.text
