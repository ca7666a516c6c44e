"""The Overview's metadata editor: correct an article's outlet, publication date or title. The correction is
saved beside the corpus (:mod:`analysis.corpus.edits`) and every page, the CLI and exports pick it up."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from analysis import Corpus
from analysis.corpus.edits import save_edit


def _folder_of(corpus: Corpus, doc: pd.Series) -> str | None:
    """The folder an article was read from: the corpus folder, or the upload folder for an upload."""
    if not corpus.folders:
        return None
    return corpus.folders[0] if doc["origin"] == "corpus" or len(corpus.folders) == 1 else corpus.folders[1]


def metadata_editor(corpus: Corpus, doc: pd.Series) -> None:
    """An expander with the article's outlet, date and title (its form drawn only while it is open); saving reruns
    the app on the edited corpus."""
    folder = _folder_of(corpus, doc)
    if folder is None:
        return
    file = str(doc["file"])
    # drawn only while open: a closed expander's form would be sent, and drawn by the browser, on every run
    box = st.expander("Correct this article's outlet, date or title", icon=":material/edit:", key="ov_edit_open",
                      on_change="rerun")
    if not box.open:
        return
    with box:
        with st.form(key=f"edit-{file}", border=False):
            outlet = st.text_input("Outlet", value=str(doc["outlet"]), max_chars=200)
            current = doc["published"].date() if pd.notna(doc["published"]) else None
            published = st.date_input("Published", value=current, min_value=date(1900, 1, 1), max_value=date(2100, 12, 31),
                                      help="Leave empty when the date is unknown.")
            title = st.text_input("Title", value="" if pd.isna(doc["title"]) else str(doc["title"]), max_chars=500)
            saved = st.form_submit_button("Save", type="primary", icon=":material/save:")
        st.caption(f"Saved beside the corpus (.storytrace/metadata.json in its folder); applies to every page, the "
                   f"command line and exports.")
    if saved:
        try:
            if outlet.strip() != str(doc["outlet"]):
                save_edit(folder, file, "outlet", outlet)
            if published != current:
                save_edit(folder, file, "published", published.isoformat() if published else "")
            if title.strip() != ("" if pd.isna(doc["title"]) else str(doc["title"])):
                save_edit(folder, file, "title", title)
        except (OSError, ValueError) as exc:
            st.error(f"Not saved: {exc}")
            return
        st.rerun()
