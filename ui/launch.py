"""Start the Storytrace server with the heavy libraries already imported.

    python -m ui.launch [streamlit options] [-- --corpus DIR]

``bash scripts/run.sh`` runs this. It imports every module the app and its pages use (pandas, pyarrow, plotly,
BeautifulSoup, every engine of :mod:`analysis`), builds one small figure and one Arrow table so plotly's
validators and Streamlit's DataFrame serialisation are ready, starts the chart renderer (Chromium) and renders that
figure as a picture (the Overview's first view shows its chart so), and only then starts Streamlit in this process the
way ``python -m streamlit run app.py`` does (Streamlit's own command-line entry point). The server answers only
once all of that is done, so the first session pays for none of it: ``streamlit run app.py`` leaves all of it to
the first script run. Meanwhile a background thread reads the default corpus and draws the Overview's first chart
and its picture (:mod:`ui.first_view`), so the first visitor's script run finds them in the caches.
"""

from __future__ import annotations

import gc
import io
import logging
import sys
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from PIL import Image
import pyarrow  # noqa: F401  (Streamlit sends every table as Arrow)
from streamlit import dataframe_util, delta_generator, env_util
from streamlit.web import cli

import analysis.report.bundle as export  # every page's chart, the renderer
import analysis.report.evidence  # noqa: F401
import analysis.report.registry  # noqa: F401
import ui.article_link  # noqa: F401
import ui.charts  # noqa: F401
import ui.corpus  # noqa: F401  (analysis, the store and every engine through analysis.pipeline)
import ui.edit  # noqa: F401
import ui.event_link  # noqa: F401
import ui.filters  # noqa: F401
import ui.first_view
import ui.kept  # noqa: F401
import ui.links  # noqa: F401
import ui.market_pick  # noqa: F401
import ui.markup  # noqa: F401
import ui.page  # noqa: F401
import ui.passages  # noqa: F401
import ui.project_picker  # noqa: F401
import ui.projects  # noqa: F401
import ui.quote_edit  # noqa: F401
import ui.tables  # noqa: F401
import ui.upload  # noqa: F401
from analysis.charts import finish_figure

#: The app's main script, beside the ``ui`` package.
APP = Path(__file__).resolve().parents[1] / "app.py"
ICON = Path(__file__).resolve().parent / "icon.png"
log = logging.getLogger(__name__)


def warm() -> None:
    """Do once, before the server answers, the work the first script run of a process would otherwise pay for:
    the page icon, plotly's validators for the trace and layout properties the charts use (each is imported on
    first use) and its pandas adapter and JSON encoder, the DataFrame-to-Arrow conversion of ``st.dataframe``, Parquet
    reading (the store), CSV writing (the downloads), Streamlit's own first-element check and the chart renderer with its first picture
    (:func:`warm_renderer`). Inputs: none; returns nothing."""
    Image.preinit()  # the page icon: Streamlit reads it with PIL on every page
    with Image.open(ICON) as icon:
        icon.load()
    days = pd.DataFrame({"date": pd.to_datetime(["2025-01-27"]), "articles": [1]})
    fig = go.Figure()
    fig.add_bar(x=days["date"], y=days["articles"], name="a", marker={"color": "#1f77b4"}, customdata=[["a"]],
                hovertemplate="%{customdata[0]}<extra></extra>")
    fig.add_scatter(x=[1, 2], y=[1, 2], mode="lines+markers+text", text=["a", "b"], line={"dash": "dot"})
    fig.add_heatmap(z=[[0.0, 1.0]], x=["a", "b"], y=["c"], colorscale="Blues", zmin=0, zmax=1, text=[["0", "1"]],
                    texttemplate="%{text}", colorbar={"title": {"text": "%"}})
    fig.add_annotation(x=1, y=1, ax=2, ay=2, xref="x", yref="y", axref="x", ayref="y", arrowhead=2, text="")
    fig.add_shape(type="rect", x0=0, x1=1, y0=0, y1=1, line={"width": 2})
    fig.update_layout(barmode="stack", legend={"title": {"text": "Outlet"}}, hoverlabel={"align": "left"})
    fig.update_xaxes(tickformat="%d %b %Y", type="date")
    fig.update_yaxes(rangemode="tozero", tickformat="d", automargin=True)
    finish_figure(fig, title="t", subtitle="s", source="Source: s", x_title="x", y_title="y", height=300)
    pio.to_json(fig, validate=False)
    fig.to_json()
    table = pd.DataFrame({"text": ["a"], "count": [1], "share": [0.5], "day": pd.to_datetime(["2025-01-27"]),
                          "flag": [True]})
    dataframe_util.convert_pandas_df_to_arrow_bytes(table)
    pd.read_parquet(io.BytesIO(table.to_parquet()))  # the store's tables
    table.to_csv(index=False)  # the download buttons' data
    # Streamlit asks this once per process, on the first element drawn: inspect.stack() finds the file of every
    # loaded module (0.1-0.15 s with the libraries above); asked here, the first script run finds only its own
    env_util.is_repl()
    warm_renderer(fig)
    # Streamlit warns, on the first element drawn in a process, when it is not run by ``streamlit run``: it is
    # (cli.main below), and the check costs the first script run 0.1-0.15 s (inspect.stack() looks up the file of
    # every module loaded since the call above: the server's own); marked as done, it is not made
    delta_generator._use_warning_has_been_displayed = True
    # everything loaded so far lives as long as the process: out of the collector's sight, the full collection
    # Streamlit runs after each script run (runner.postScriptGC) scans only what the runs allocate (0.2 s less
    # on the first run, during which the last frames wait for the interpreter)
    gc.collect()
    gc.freeze()


def warm_renderer(fig: go.Figure) -> None:
    """Start the shared chart renderer (kaleido on Chromium) and render ``fig`` as the pages' pictures are rendered
    (the export layout, SVG), so the Overview's first picture costs only its own drawing. Without Chromium, or when
    it fails to start, logs why and returns: the pages then draw their interactive charts. Returns nothing."""
    if not export.renderer_available():
        log.warning("no Chromium for the chart renderer: pages draw interactive charts instead of pictures")
        return
    try:
        export.figure_bytes(fig, "svg")
    except export.ExportFailed as exc:
        log.warning("chart renderer warm-up failed: %s", exc)


def main(argv: list[str] | None = None) -> None:
    """Warm up (:func:`warm`), then run ``streamlit run app.py`` with ``argv`` (default: this command's
    arguments: Streamlit options, then ``--`` and the app's own, e.g. ``-- --corpus DIR``) in this process."""
    warm()
    args = sys.argv[1:] if argv is None else argv
    # the Overview's first view (corpus, coverage chart, its picture) is made while the server starts and the
    # first browser loads Streamlit's bundle
    ui.first_view.start_warming(args[args.index("--") + 1:] if "--" in args else [])
    sys.argv = ["streamlit", "run", str(APP), *args]
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    main()
