"""The opening every analysis page shares: title, one-line explanation, the filtered corpus, and the two
empty states (no articles at all / nothing matches the filters) that say what to do."""

from __future__ import annotations

import streamlit as st

from analysis.corpus import Corpus
from analysis.filters import FilterState
from ui.state import filtered_corpus, get_corpus, page_filters


def open_page(title: str, caption: str, *, nothing_yet: str | None = None) -> tuple[Corpus, FilterState, Corpus]:
    """Draw the page title and caption; return ``(whole corpus, filters, filtered view)``.

    Stops the page with a clear message when the corpus is empty or the filters leave no article.
    """
    state = page_filters()
    corpus = get_corpus()
    view = filtered_corpus(corpus, state)
    st.title(title)
    st.caption(caption)
    if corpus.is_empty:
        st.info(
            nothing_yet
            or "**No articles yet.** Add article files on the *Add articles* page, or start Storytrace on a folder: "
            "`streamlit run app.py -- --corpus DIR`."
        )
        st.page_link("pages/add_articles.py", label="Add articles", icon=":material/upload_file:")
        st.stop()
    if view.is_empty:
        st.warning("No article matches the filters. Clear the outlet, entity or date filters in the sidebar.")
        st.stop()
    return corpus, state, view
