"""The article picked under the Overview's article table, in the link by its file ("?ov_article=a.txt"): a copied
address opens the Articles tab on the page of the table that lists it, with it picked. The Overview page draws the
table and the article; the state of the link lives here."""

from __future__ import annotations

import streamlit as st

from ui.links import keep_pick

#: The URL parameter naming the article picked under the Articles tab's table, by its file ("?ov_article=a.txt").
ARTICLE_PARAM = "ov_article"
#: The key of the article box under the Articles tab's table.
ARTICLE_PICK = "ov_article_pick"
#: Where the picked article's file waits while the Search tab is open (in the link it would open the Articles tab).
_ARTICLE_KEPT = "_ov_article_kept"
#: The link's article whose page of the table was opened this session (once per link).
_PAGED = "_ov_article_paged"
#: The rows clicked in the table on the last run (a new click picks).
_ROWS_SEEN = "_ov_rows_seen"


def hold_article_link() -> None:
    """While the Search tab is open: take the article out of the address (it would open the Articles tab) and keep
    it for :func:`return_article_link`."""
    if ARTICLE_PARAM in st.query_params:
        st.session_state[_ARTICLE_KEPT] = st.query_params[ARTICLE_PARAM]
        del st.query_params[ARTICLE_PARAM]


def return_article_link() -> None:
    """When the Articles tab opens again: the article kept by :func:`hold_article_link` is back in the address."""
    if ARTICLE_PARAM not in st.query_params and st.session_state.get(_ARTICLE_KEPT):
        st.query_params[ARTICLE_PARAM] = st.session_state.pop(_ARTICLE_KEPT)


def linked_page(files: list[str], listed: list[int], page_size: int, table: str = "docs") -> None:
    """Before the article table (keys ``f"{table}_…"``) is drawn: a link naming an article (``?ov_article=a.txt``)
    and no page of the table opens the page that lists it, as the table is listed (a link copied from the address
    bar names its page and sort too). ``files``: every article's file, by position; ``listed``: the positions in the
    table's order; ``page_size``: rows per page. Once per session and link."""
    given = st.query_params.get(ARTICLE_PARAM)
    if given is None or st.session_state.get(_PAGED) == given or f"{table}_page" in st.query_params:
        return
    st.session_state[_PAGED] = given
    if given in files and f"{table}_sort" not in st.query_params:
        page = listed.index(files.index(given)) // page_size + 1
        if page > 1:
            st.session_state[f"{table}_page"] = page


def pick_article(positions: list[int], clicked: list[int], files: list[str]) -> None:
    """Before the article box (key :data:`ARTICLE_PICK`, options ``positions``: the table page's articles by their
    position; ``files``: every article's file, by position) is drawn: a row newly clicked in the table
    (``clicked``) picks its article; else an article the link names that this session did not write there (a link
    followed) picks it; else a pick not on this page (none yet, another page, the box not drawn on the last run)
    becomes the link's article when it is on the page, else the page's first."""
    given = st.query_params.get(ARTICLE_PARAM)
    linked = files.index(given) if given in files else None
    if clicked != st.session_state.get(_ROWS_SEEN):
        st.session_state[_ROWS_SEEN] = clicked
        if clicked:
            st.session_state[ARTICLE_PICK] = clicked[0]
            return
    if given is not None and given != st.session_state.get(f"_link_pick_{ARTICLE_PARAM}") and linked in positions:
        st.session_state[ARTICLE_PICK] = linked  # a link followed (keep_pick notes the ones this session wrote)
    elif st.session_state.get(ARTICLE_PICK) not in positions:
        st.session_state[ARTICLE_PICK] = linked if linked in positions else positions[0]


def keep_article(files: list[str], choice: int, first: int) -> None:
    """After the article box: the address names the article picked (position ``choice``), none for the page's
    ``first`` (the default), so a copied address opens it."""
    keep_pick(ARTICLE_PARAM, files[choice], files[first])
