"""The opening every analysis page shares: title, one-line explanation, the selection under the sidebar filters,
and the two empty states (no articles at all / nothing matches the filters) that say what to do."""

from __future__ import annotations

import streamlit as st

from analysis import Selection
from ui.filters import current_selection, mark_entities_ready

#: The heavy steps a page may need, with what the spinner says while one runs (once per corpus version).
STEPS: dict[str, str] = {
    "entity_mentions": "Finding people, organisations and places…",
    "quotes": "Finding quotes and grouping them across outlets…",
    "passage_links": "Aligning sentences across articles…",
    "timeline": "Dating the events…",
    "undated": "Dating the events…",
    "timexes": "Reading the dates…",
    "moves": "Reading the share moves…",
}

#: Steps that find the entities on the way (the share moves, dated events and quotes read the entity mentions).
ENTITY_STEPS = frozenset({"entity_mentions", "moves", "timeline", "quotes"})


def open_page(
    title: str,
    caption: str,
    *,
    needs: tuple[str, ...] = (),
    require_articles: bool = True,
    nothing_yet: str | None = None,
    stop_when_filtered_out: bool = True,
) -> Selection:
    """Draw the page title and caption; return the :class:`Selection` of the sidebar filters, with the heavy
    steps in ``needs`` (names of :class:`analysis.Analysis` properties, see :data:`STEPS`) run under a spinner.

    Stops the page with a clear message when the corpus is empty (unless ``require_articles`` is False) or the
    filters leave no article (unless ``stop_when_filtered_out`` is False).
    """
    sel = current_selection()
    st.title(title)
    st.caption(caption)
    if require_articles and sel.analysis.corpus.is_empty:
        st.info(
            nothing_yet
            or "**No articles yet.** Add article files on the *Add articles* page, or start Storytrace on a folder: "
            "`streamlit run app.py -- --corpus DIR`."
        )
        st.page_link("pages/add.py", label="Add articles", icon=":material/upload_file:")
        st.stop()
    if stop_when_filtered_out and sel.is_empty:
        st.warning("No article matches the filters. Clear the outlet, entity or date filters in the sidebar.")
        st.stop()
    for step in needs:
        with st.spinner(STEPS[step]):
            getattr(sel.analysis, step)
    if ENTITY_STEPS & set(needs):
        mark_entities_ready()  # found on the way: the sidebar lists them from the next run on
    return sel
