"""The opening every analysis page shares: title, one-line explanation, the selection under the sidebar filters,
and the two empty states (no articles at all / nothing matches the filters) that say what to do."""

from __future__ import annotations

import streamlit as st

from analysis import FilterState, Selection
from analysis.charts import plural
from ui.filters import current_selection, mark_entities_ready
from ui.markup import escape_markdown

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
    lists_failures: bool = False,
) -> Selection:
    """Draw the page title and caption; return the :class:`Selection` of the sidebar filters, with the heavy
    steps in ``needs`` (names of :class:`analysis.Analysis` properties, see :data:`STEPS`) run under a spinner.

    Stops the page with a clear message when the corpus is empty (unless ``require_articles`` is False) or the
    filters leave no article (unless ``stop_when_filtered_out`` is False). Warns when a step failed on some articles
    (:func:`warn_failed_articles`; ``lists_failures``: the page lists them itself, the Overview).
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
        st.warning(f"No article matches the filters: {clear_hint(sel.filters)}.")
        st.stop()
    for step in needs:
        with st.spinner(STEPS[step]):
            getattr(sel.analysis, step)
    warn_failed_articles(sel, listed_here=lists_failures)
    if ENTITY_STEPS & set(needs) and mark_entities_ready():  # found on the way: the sidebar lists them
        st.rerun()
    return sel


def warn_failed_articles(sel: Selection, listed_here: bool = False) -> None:
    """Say so when a step failed on some articles (:mod:`analysis.isolation`): their rows of that step are missing
    from this page; the Overview lists each with its error (``listed_here``: this page, in its notices below). A
    whole-corpus step that failed is named with its error and what the pages show without it."""
    for failure in [f for f in sel.analysis.failures if f.whole_corpus]:
        reason = failure.reason()  # the error may quote the text: shown as typed, not as markdown
        st.warning(escape_markdown(f"{reason[0].upper()}{reason[1:]}."), icon=":material/warning:")
    failed = sorted({f.doc_id for f in sel.analysis.failures if not f.whole_corpus})
    if not failed:
        return
    file_of = dict(zip(sel.analysis.corpus.docs["doc_id"].astype(str), sel.analysis.corpus.docs["file"].astype(str)))
    named = ", ".join(escape_markdown(file_of.get(d, d)) for d in failed[:3]) + (", …" if len(failed) > 3 else "")
    st.warning(f"A step failed on {plural(len(failed), 'article')} ({named}): {'its' if len(failed) == 1 else 'their'} rows of that step are missing "
               + ("from the pages. The notices below give each error." if listed_here else
                  "here. The Overview page lists each with its error."), icon=":material/warning:")


def active_filters(filters: FilterState) -> list[str]:
    """The sidebar filters that narrow the articles, by the name a message calls them ("outlet", "entity", "date")."""
    return [name for name, on in (
        ("outlet", bool(filters.outlets)), ("entity", bool(filters.entities)),
        ("date", bool(filters.date_from or filters.date_to or not filters.include_undated))) if on]


def clear_hint(filters: FilterState) -> str:
    """"clear the date filter in the sidebar", naming the filters that are set; "" when none is (an empty state
    told the reader to clear filters they had not set)."""
    names = active_filters(filters)
    if not names:
        return ""
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f"clear the {joined} filter{'s' if len(names) > 1 else ''} in the sidebar"


def what_to_do(filters: FilterState, *others: str, page_first: bool = False) -> str:
    """The ways out of an empty state, joined by ", or ": :func:`clear_hint` when filters are set, then ``others``
    (``page_first``: ``others`` first, where the page's own controls are the likelier cause)."""
    ways = [*others, clear_hint(filters)] if page_first else [clear_hint(filters), *others]
    return ", or ".join(w for w in ways if w)
