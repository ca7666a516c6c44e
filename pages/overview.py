"""Overview: what is in the corpus, how it was cleaned, and each article's clean text."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.charts import plural
from analysis.corpus.table import docs_display, search_articles
from analysis.entities.resolve import article_credits
from ui.charts import picture_ready, show_chart_picture, table_file_name
from ui.corpus import corpus_key
from ui.edit import metadata_editor
from ui.first_view import coverage_chart
from ui.kept import keep, restore
from ui.article_link import (
    ARTICLE_PARAM,
    ARTICLE_PICK,
    hold_article_link,
    keep_article,
    linked_page,
    pick_article,
    return_article_link,
)
from ui.links import bound_choice, open_for_link
from ui.markup import escape_markdown, marked_markdown
from ui.page import clear_hint, open_page
from ui.tables import PAGE_SIZE, page_foot, paged, row_height

#: Rows of the article table shown before it scrolls inside itself.
VISIBLE_ROWS = 12
#: The tabs under the chart (their labels are the values of ``?ov_tab=`` in a link; the first is the default).
TABS = ("Search", "Articles")
#: Widgets whose values outlive a run that does not draw them (a tab closed; the tabs themselves on a run stopped
#: early, another page or no match), kept by :mod:`ui.kept`. By where they are drawn: the tabs, then each tab.
_KEPT = {"tabs": ("ov_tab",), "Search": ("ov_search",), "Articles": ("docs_sort", "docs_order", "docs_page")}
_KEPT_STORE = "_ov_kept"
#: Search results shown before the table scrolls, and their row height (px: four lines of a sentence).
HITS_SHOWN = 8
HIT_ROW_PX = 86


sel = open_page(
    "Overview",
    "What is in the corpus: each article's outlet, date and where that date came from, and what cleaning removed.",
    nothing_yet="**No articles yet.** Add article files (.txt, .md, .html, .json, .jsonl, .csv, or a .zip of them) "
    "on the *Add articles* page, or start Storytrace on a folder: `streamlit run app.py -- --corpus DIR`.",
    stop_when_filtered_out=False,
    lists_failures=True,
)
corpus, view = sel.analysis.corpus, sel.view

problems = sel.analysis.problems  # the files' problems, and any article a step failed on
refused = problems.loc[problems["severity"] == "refused"]
notices = problems.loc[problems["severity"] == "warning"]
if len(refused):
    # open or closed in the link, as their tables' pages are ("?ov_notices_open=true&ov_notices_page=2")
    open_for_link("ov_refused_open", "true", ["ov_refused"])  # "?ov_refused_page=2" alone opens it too
    with st.expander(f"{plural(len(refused), 'file')} could not be loaded — the rest of the corpus is here",
                     expanded=True, icon=":material/warning:", key="ov_refused_open", bind="query-params"):
        shown = paged(refused.loc[:, ["file", "reason"]], "ov_refused", noun="file")
        st.dataframe(shown.rows, hide_index=True, width="stretch", height="content")
        page_foot(shown)
if len(notices):
    open_for_link("ov_notices_open", "true", ["ov_notices"])
    with st.expander(f"{plural(len(notices), 'notice')} about loaded files", icon=":material/info:",
                     expanded=bool(sel.analysis.failures),  # a failed step's notice is shown open
                     key="ov_notices_open", bind="query-params"):
        shown = paged(notices.loc[:, ["file", "reason"]], "ov_notices", noun="notice")
        st.dataframe(shown.rows, hide_index=True, width="stretch", height="content")
        page_foot(shown)

if view.is_empty:
    st.warning(f"No article matches the filters: {clear_hint(sel.filters)}.")
    st.stop()

docs = view.docs
cols = st.columns(4)
cols[0].metric("Articles", f"{len(docs):,}", help=f"of {len(corpus.docs):,} in the corpus")
cols[1].metric("Outlets", f"{docs['outlet'].nunique():,}")
cols[2].metric("Sentences", f"{int(docs['sentences'].sum()):,}")
cols[3].metric("Lines removed in cleaning", f"{int(docs['removed_lines'].sum()):,}", help="page furniture, debris and repeated paragraphs")

coverage = coverage_chart(corpus_key(), sel.filters)  # cached: the launcher draws the first one before anyone asks
# the chart's place. A picture this run must render is drawn last (end of the page), so the browser gets the rest
# of the page, and fetches what it needs to draw it, while the server renders the picture; one already rendered (a
# fresh server's first view, made by the launcher; a rerun with the same filters) is drawn here at once, so the
# browser fetches the picture's code before the article table's (a chart drawn last waited behind the table's
# 1.6 MB of code: 0.25 s of the first render)
coverage_slot = st.container()
coverage_drawn = not coverage.data.empty and picture_ready(coverage, sel, key="coverage")
if coverage_drawn:
    with coverage_slot:
        show_chart_picture(coverage, sel, key="coverage")
if coverage.data.empty:  # no empty chart: say why instead
    st.info("No coverage chart: no article in this selection has a publication date. Correct an article's date "
            "in the *Articles* tab below, or add a manifest with a `published` column.")


def article_table() -> pd.DataFrame:
    """The article table of ``docs`` as shown (:func:`docs_display`) with ``_row``, each article's position in
    ``docs``. Made only where it is shown (the Articles tab, an article's detail), not on the first view."""
    return docs_display(docs).assign(_row=range(len(docs)))


def article_detail(table: pd.DataFrame, positions: list[int], start: int, hit: pd.Series | None, query: str, *,
                   pick: bool) -> int:
    """The detail of one article of ``docs`` (position ``positions[start]``; ``table``: :func:`article_table`): its
    metadata (editable), the search result ``hit`` marked when it is in this article, then one view of it (clean
    text, removed lines, sentences, credits). ``pick``: a select box of the articles at ``positions`` heads it."""
    choice = positions[start]
    if pick:
        labels = {i: f"{o} — {t}" for i, o, t in zip(positions, table["Outlet"].iloc[positions], table["Title"].iloc[positions])}
        # keyed, so a pick holds while the link names it; a row clicked, a link followed or another page of the
        # table sets it (:func:`pick_article`)
        choice = st.selectbox("Article", positions, key=ARTICLE_PICK, format_func=labels.get,
                              help="The articles of the table's page above; pick a row there or change its page.")
    doc = docs.iloc[choice]
    meta = st.columns(3)
    meta[0].markdown(f"**Outlet**  \n{escape_markdown(doc['outlet'])}  \n*from {escape_markdown(doc['outlet_basis'])}*")
    basis_note = f" — {doc['published_note']}" if isinstance(doc["published_note"], str) else ""
    meta[1].markdown(f"**Published**  \n{escape_markdown(table['Published'].iloc[choice])}  \n*{escape_markdown(doc['published_basis'] + basis_note)}*")
    derived = doc["derived_from"] if isinstance(doc["derived_from"], str) else "—"
    meta[2].markdown(f"**Derived from**  \n{escape_markdown(derived)}")
    if isinstance(doc["url"], str) and doc["url"].startswith(("http://", "https://")):
        st.link_button("Open the original page", doc["url"], icon=":material/open_in_new:")
    if isinstance(doc["notes"], str):
        st.caption(f"Notes: {escape_markdown(doc['notes'])}")
    metadata_editor(corpus, doc)

    if hit is not None and hit["doc_id"] == doc["doc_id"]:
        with st.container(border=True):
            st.markdown(f"**Search result — {escape_markdown(hit['where'])}**")
            st.markdown(marked_markdown(str(hit["text"]), query))

    removed = view.removals.loc[view.removals["doc_id"] == doc["doc_id"], ["line_no", "reason", "text"]]
    sentences = view.sentences.loc[view.sentences["doc_id"] == doc["doc_id"], ["sent_id", "para_id", "text"]]
    # one view of the article at a time: tabs would draw all four (two tables among them) on every run
    views = {"text": f"Clean text ({doc['words']} words)", "removed": f"Removed in cleaning ({len(removed)})",
             "sentences": f"Sentences ({len(sentences)})", "credits": "Credits"}
    shown_view = st.segmented_control("Show", list(views), format_func=views.get, default="text", key="ov_detail_view",
                                      label_visibility="collapsed") or "text"
    if shown_view == "text":
        with st.container(height=480):
            st.text(str(doc["text"]))  # one element: paragraphs stay apart by their blank lines
    elif shown_view == "removed":
        if removed.empty:
            st.info("Nothing was removed: the file held only the article.")
        else:
            st.dataframe(removed.rename(columns={"line_no": "Line", "reason": "Reason", "text": "Removed text"}), hide_index=True,
                         width="stretch", height="content", row_height=52,
                         column_config={"Line": st.column_config.NumberColumn(width=50),
                                        "Reason": st.column_config.TextColumn(width=260),
                                        "Removed text": st.column_config.TextColumn(width=600)})
    elif shown_view == "sentences":
        st.dataframe(sentences.rename(columns={"sent_id": "#", "para_id": "Paragraph", "text": "Sentence"}), hide_index=True,
                     width="stretch", height="content", row_height=68,  # long sentences wrap instead of being cut
                     column_config={"#": st.column_config.NumberColumn(width=45),
                                    "Paragraph": st.column_config.NumberColumn(width=75),
                                    "Sentence": st.column_config.TextColumn(width=800)})
    else:
        # credits come from the entity step: shown at once when it has run (or is stored), else on request, so the
        # Overview's first render never waits for entity recognition
        if sel.analysis.is_stored("entity_mentions_found") or st.button("Read the credits", key="overview_credits"):
            credits = article_credits(sel.analysis.entity_mentions, view.docs, view.removals, doc_id=doc["doc_id"])
            if credits.empty:
                st.info("No byline, photo or wire credit found in this article.")
            else:
                st.caption("Bylines, photo, wire and editing credits: kept apart from the story's people and organisations.")
                st.dataframe(credits.drop(columns="doc_id").rename(columns={
                    "name": "Name", "type": "Type", "credit": "Credited for", "line": "Credit line", "where": "Where"}),
                    hide_index=True, width="stretch", height="content")
        else:
            st.caption("Credits (bylines, photo and wire credits) are read by the entity step, which has not run yet.")
    return choice


# Below the chart, lazy tabs: only the open tab's content is run and sent. The first view opens on the search box;
# the article table, with each article's text, is one click away (its code, 1.6 MB, was most of what the browser
# fetched before the first view showed). The open tab is in the URL (``?ov_tab=Articles``), so a link opens it.
restore(_KEPT_STORE, _KEPT["tabs"])
bound_choice("ov_tab", TABS)  # "?ov_tab=articles" too
# "?docs_page=2" or "?ov_article=a.txt" alone: the Articles tab's table, or the article picked under it
open_for_link("ov_tab", "Articles", ["docs"], also=[ARTICLE_PARAM])
tab_search, tab_articles = st.tabs(list(TABS), key="ov_tab", bind="query-params")
keep(_KEPT_STORE, _KEPT["tabs"])
if tab_search.open:
    hold_article_link()  # kept for the Articles tab; in the link it would open that tab
    with tab_search:
        restore(_KEPT_STORE, _KEPT["Search"])
        query = st.text_input("Words in a headline or sentence", key="ov_search", bind="query-params",
                              placeholder="a name, a figure or a phrase",
                              help="Every word must be there (case ignored; \"chip\" also finds \"chipmaker\"). Pick "
                              "a result to open its article below with the sentence marked.")
        keep(_KEPT_STORE, _KEPT["Search"])
        if not query.strip():
            st.caption(f"Or open the Articles tab for the table of {plural(len(docs), 'article')}, each with its text, "
                       "what cleaning removed, and its outlet, date and title to correct.")
        else:
            hits = search_articles(docs, view.sentences, query)
            if hits.empty:
                st.info("No headline or sentence holds all of these words in this selection.")
            else:
                st.caption(f"{plural(len(hits), 'match', 'matches')}" + (" (the first 200)" if len(hits) >= 200 else "")
                           + ": pick one to open its article below.")
                found = st.dataframe(
                    hits.loc[:, ["outlet", "where", "text", "title"]].rename(
                        columns={"outlet": "Outlet", "where": "Where", "text": "Text", "title": "Article"}),
                    # up to HITS_SHOWN rows, the rest scrolled inside the table: the article a pick opens is just
                    # below it, where 84 matches drawn whole put it 7,000 px down the page
                    hide_index=True, width="stretch", height=min(len(hits), HITS_SHOWN) * HIT_ROW_PX + 40,
                    on_select="rerun", selection_mode="single-row", key="ov_hits",
                    row_height=HIT_ROW_PX,  # four lines: long sentences and headlines wrap instead of being cut
                    column_config={c: st.column_config.TextColumn(width=w) for c, w in (
                        ("Outlet", 120), ("Where", 85), ("Text", 440), ("Article", 260))},
                )
                if found is not None and found.selection.rows:  # a search result opens its article here
                    hit = hits.iloc[found.selection.rows[0]]
                    st.subheader("Article detail")
                    article_detail(article_table(), [list(docs["doc_id"]).index(hit["doc_id"])], 0, hit, query, pick=False)

if tab_articles.open:
    with tab_articles:
        restore(_KEPT_STORE, _KEPT["Articles"])
        return_article_link()
        table = article_table()
        files = list(docs["file"])
        linked_page(files, list(table["_row"]), PAGE_SIZE)  # "?ov_article=a.txt" alone: the page that lists it
        shown = paged(table, "docs", noun="article", sortable=[c for c in table.columns if c != "_row"])
        keep(_KEPT_STORE, _KEPT["Articles"])
        widths = {"Outlet": 115, "Outlet basis": 85, "Published": 92, "Date basis": 78, "Title": 190, "File": 118}
        tall = row_height(shown.rows, widths, least=65, most=6)  # a long title or outlet whole, not cut at 4 lines
        picked = st.dataframe(
            shown.rows.drop(columns="_row"),
            hide_index=True,
            width="stretch",
            # a short page shows every row; a long one (up to 50 rows) scrolls inside the table: drawing 4,000 px
            # of wrapped rows made the first render of a large corpus 1.5 s slower
            height="content" if len(shown.rows) <= VISIBLE_ROWS else VISIBLE_ROWS * tall + 40,
            on_select="rerun",
            selection_mode="single-row",
            key="docs_table",
            row_height=tall,
            column_config={  # widths (px) so every column fits at a 1400 px window
                # 926 px in all with the selection column: the last one is not cut
                **{c: st.column_config.TextColumn(width=w) for c, w in widths.items()},
                **{c: st.column_config.NumberColumn(width=w) for c, w in (("Words", 52), ("Sentences", 72), ("Lines removed", 92))},
            },
        )
        st.download_button(
            "Article table (CSV)",
            lambda: table.drop(columns="_row").to_csv(index=False).encode("utf-8"),  # the whole table, "on or after" dates included
            file_name=table_file_name("articles", sel),
            mime="text/csv",
            icon=":material/download:",
            on_click="ignore",
        )
        st.subheader("Article detail")
        # the articles of the table's page: a list of 10,000 articles would be sent whole
        positions = list(shown.rows["_row"])
        rows = picked.selection.rows if picked is not None else []
        pick_article(positions, [int(shown.rows["_row"].iloc[r]) for r in rows], files)
        choice = article_detail(table, positions, 0, None, "", pick=True)
        keep_article(files, choice, positions[0])  # a copied address opens this article; none for the first

if not coverage.data.empty and not coverage_drawn:
    with coverage_slot:
        show_chart_picture(coverage, sel, key="coverage")
