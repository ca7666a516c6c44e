"""Storytrace: see how one news story travelled across outlets.

Run with ``bash scripts/run.sh`` (or ``streamlit run app.py``; optionally ``-- --corpus DIR``). Builds the
navigation from ``pages/``, draws the shared sidebar filters and runs the chosen page.

Everything runs under ``if __name__ == "__main__"``: Streamlit runs this script as ``__main__``, and a worker
process the corpus loader spawns to clean a large corpus imports it as ``__mp_main__`` (Streamlit installs the
script as the process's main module), where it must draw nothing nor load the corpus again (a worker starting its
own pool fails, and the whole pool with it).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analysis.errors import BadCorpusPath
from ui.corpus import get_corpus, start_run
from ui.filters import return_to_requested_page, sidebar_filters
from ui.project_picker import project_picker

# A local icon: a Material or emoji icon would make every page fetch it from an outside host.
ICON = str(Path(__file__).parent / "ui" / "icon.png")


def main() -> None:
    """Page setup, navigation, the shared sidebar, then the chosen page."""
    st.set_page_config(page_title="Storytrace", page_icon=ICON, layout="wide")
    pages = {
        "Corpus": [
            st.Page("pages/overview.py", title="Overview", icon=":material/newspaper:", default=True),
            st.Page("pages/add.py", title="Add articles", icon=":material/upload_file:", url_path="add"),
        ],
        "How the story travelled": [
            st.Page("pages/overlap.py", title="Source overlap", icon=":material/compare_arrows:", url_path="overlap"),
            st.Page("pages/spread.py", title="Spread", icon=":material/share:", url_path="spread"),
            st.Page("pages/quotes.py", title="Quotes", icon=":material/format_quote:", url_path="quotes"),
            st.Page("pages/entities.py", title="Entities", icon=":material/groups:", url_path="entities"),
            st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
            st.Page("pages/market.py", title="Market reaction", icon=":material/trending_down:", url_path="market"),
        ],
        "Export": [
            st.Page("pages/report.py", title="Report", icon=":material/description:", url_path="report"),
        ],
    }

    page = st.navigation(pages)
    return_to_requested_page([p for group in pages.values() for p in group])
    st.sidebar.caption("**Storytrace** · how one story travelled across outlets")
    project_picker()  # before the corpus is read: the project names its folders
    start_run()  # look at the corpus folders once for this run
    try:
        corpus = get_corpus()
    except BadCorpusPath as exc:
        st.error(f"{exc}. Start Storytrace with `streamlit run app.py -- --corpus DIR` pointing at a folder of articles.")
        st.stop()
    st.session_state["filters"] = sidebar_filters(corpus)
    page.run()


if __name__ == "__main__":
    main()
