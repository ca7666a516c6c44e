"""Report: pick charts (and their data tables) under the current filters, add a title and notes, download one
bundle (.zip with PNG/SVG/CSV per chart and an index.html)."""

from __future__ import annotations

import hashlib
import json

import streamlit as st

from analysis import ChartResult
from analysis.charts import plural
from analysis.report import bundle as export
from analysis.report.evidence import evidence_tables
from analysis.report.registry import REPORT_SOURCES, collect_charts
from ui.charts import show_chart
from ui.corpus import corpus_key
from ui.markup import escape_markdown
from ui.page import STEPS, open_page

#: The heavy steps the report's charts need, run when they are drawn (not when the page opens).
NEEDS = ("quotes", "passage_links", "timeline", "moves")

sel = open_page(
    "Report",
    "Put the charts you need into one download: a .zip with a picture and the data of every chart, and an "
    "`index.html` that shows them with captions. The sidebar filters apply.",
    nothing_yet="**No articles yet.** Add article files on the *Add articles* page, then come back to build a report.",
)
state, view = sel.filters, sel.view
st.text(f"Filters: {state.describe()}")  # plain text: outlet and entity names are never markup

export.warm_up()  # start the image renderer now so "Build report" does not wait for the browser
sources = {source.key: source for source in REPORT_SOURCES}
with st.container(border=True):
    title = st.text_input("Report title", value="Storytrace report", max_chars=200)
    notes = st.text_area("Notes (shown under the title; blank lines start new paragraphs)", max_chars=5000)
    picked = st.multiselect(
        "Charts", list(sources), default=list(sources), format_func=lambda k: sources[k].label, key="report_charts",
        help="Each page's charts under the current filters; a chart with nothing to show (no index moves, say) "
        "is left out of the report.",
    )
    formats = st.pills(
        "Files per chart", list(export.FORMATS), default=["png", "svg", "csv"], selection_mode="multi",
        format_func=str.upper, key="report_formats",
    )
    tables = st.checkbox("Also show each chart's data as a table in index.html", value=False)
    with_evidence = st.checkbox(
        "Add the evidence: the articles and their metadata basis, each outlet's wording of shared quotes, the "
        "passages behind the strongest overlaps, and outlets that disagree about a share move", value=True)
    preview = st.toggle("Preview the charts on this page", key="report_preview",
                        help="Draws every picked chart here (each page also shows its own).")

settings = json.dumps([picked, title, notes, sorted(formats), tables, with_evidence, state.to_query(), str(corpus_key())])
signature = hashlib.sha256(settings.encode("utf-8")).hexdigest()


def _charts() -> list[ChartResult]:
    """The picked charts under the filters; the heavy steps they need run here (once per corpus version), so the
    page itself opens at once. A chart that fails is listed, not hidden."""
    for step in NEEDS:
        with st.spinner(STEPS[step]):
            getattr(sel.analysis, step)
    with st.spinner("Drawing the charts under the current filters…"):
        charts, failures = collect_charts(sel, keys=picked)
    if failures:
        with st.expander(f"{plural(len(failures), 'chart')} not in this report"):
            st.text("\n".join(failures))
    return charts


build = st.button(
    "Build report", type="primary", icon=":material/inventory_2:", disabled=not (picked and formats),
    help="Pick at least one chart and one file type" if not (picked and formats) else None,
)
selected: list[ChartResult] = _charts() if build or preview else []
if build and not selected:
    st.info("None of the picked charts has anything to show under these filters: pick others or clear the filters.")
elif build:
    bar = st.progress(0.0, text="Rendering the charts…")
    failed: list[str] = []
    try:
        files = export.bundle_files(
            selected, view.docs, state, title=title.strip() or "Storytrace report", notes=notes,
            formats=formats, include_tables=tables, progress=lambda f, m: bar.progress(min(f, 1.0), text=m),
            evidence=evidence_tables(sel) if with_evidence else (), failed=failed.append,
        )
    except export.ExportFailed as exc:
        bar.empty()
        st.error(f"The report could not be rendered: {escape_markdown(exc)}")
        st.stop()
    bar.empty()
    st.session_state["report_bundle"] = {
        "signature": signature,
        "zip": export.zip_bytes(files),
        "name": export.bundle_name(view.docs, state),
        "files": list(files),
        "failed": failed,
    }

bundle = st.session_state.get("report_bundle")
if bundle and bundle["signature"] == signature:
    st.download_button(
        f"Download {bundle['name']}", bundle["zip"], file_name=bundle["name"], mime="application/zip",
        type="primary", icon=":material/download:", on_click="ignore", key="report_download",
    )
    if bundle.get("failed"):
        st.warning("Not in the bundle (the rest is): " + "; ".join(escape_markdown(m) for m in bundle["failed"])
                   + ". Build the report again to retry them.")
    with st.expander(f"{plural(len(bundle['files']), 'file')} in the bundle"):
        st.text("\n".join(bundle["files"]))
elif bundle:
    st.caption("The charts, filters or settings changed since the last build: build the report again.")

if preview:
    st.subheader("Preview")
    for n, result in enumerate(selected):
        show_chart(result, sel, key=f"report-{n}-{result.slug}")
