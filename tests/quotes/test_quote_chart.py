from analysis import analyse
from analysis.filters import FilterState, filter_corpus
from analysis.quotes.chart import fidelity_table
from tests.pipeline_helpers import report_charts


def test_fidelity_table_on_seeds(seeds_corpus):
    table = fidelity_table(analyse(seeds_corpus).quotes, set(seeds_corpus.docs["doc_id"]))
    zuck = table.loc[table["quote"].str.startswith("Part of my goal")].set_index("outlet")["fidelity"].to_dict()
    assert zuck == {"Daily The Business": 98, "Evrim Ağacı (English news)": 81, "International Business Times UK": 100}
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
