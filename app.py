"""Storytrace: see how one news story travelled across outlets.

Run with ``streamlit run app.py`` (optionally ``-- --corpus DIR``). Builds the navigation from ``pages/``,
draws the shared sidebar filters and runs the chosen page.
"""

from __future__ import annotations

import streamlit as st

from analysis.errors import BadCorpusPath
from ui.state import corpus_dir, get_corpus, sidebar_filters

st.set_page_config(page_title="Storytrace", page_icon="🧭", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/newspaper:", url_path="overview", default=True),
    st.Page("pages/add_articles.py", title="Add articles", icon=":material/upload_file:", url_path="add"),
    st.Page("pages/market.py", title="Market reaction", icon="📉", url_path="market"),
]

page = st.navigation(PAGES)
st.sidebar.caption("**Storytrace** · how one story travelled across outlets")
try:
    corpus = get_corpus()
except BadCorpusPath as exc:
    st.error(f"{exc}. Start Storytrace with `streamlit run app.py -- --corpus DIR` pointing at a folder of articles.")
    st.stop()
st.session_state["filters"] = sidebar_filters(corpus)
page.run()
