"""The Quotes page's speaker correction: who said a quote, as the user knows it. Saved beside the corpus
(:mod:`analysis.quotes.corrections`) for every printed variant of the quote, so the page, the CLI and exports
all show it."""

from __future__ import annotations

from collections import defaultdict

import pandas as pd
import streamlit as st

from analysis import Corpus
from analysis.quotes.corrections import CORRECTED, save_corrections


def _folder_of(corpus: Corpus, origin: str) -> str | None:
    """The folder an article was read from: the corpus folder, or the upload folder for an upload."""
    if not corpus.folders:
        return None
    return corpus.folders[0] if origin == "corpus" or len(corpus.folders) == 1 else corpus.folders[1]


def speaker_editor(corpus: Corpus, cluster_id: str, speaker: str, rows: pd.DataFrame) -> None:
    """An expander to set (or undo) the speaker of the quote ``cluster_id`` whose variants are ``rows`` (needs
    ``doc_id, file, quote, attribution``); saving reruns the app on the corrected quotes."""
    origins = dict(zip(corpus.docs["doc_id"], corpus.docs["origin"], strict=True))
    by_folder: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc_id, file, quote in zip(rows["doc_id"], rows["file"], rows["quote"], strict=True):
        folder = _folder_of(corpus, str(origins.get(doc_id, "corpus")))
        if folder is not None:
            by_folder[folder].append((str(file), str(quote)))
    if not by_folder:
        return
    corrected = bool((rows["attribution"] == CORRECTED).any())
    with st.expander("Correct the speaker", icon=":material/edit:"):
        with st.form(key=f"q_fix_{cluster_id}", border=False):
            name = st.text_input("Speaker", value=speaker, max_chars=200, key=f"q_fix_name_{cluster_id}",
                                 help="Leave empty when no one said it (a scare quote, a title).")
            c1, c2 = st.columns(2)
            saved = c1.form_submit_button("Save speaker", type="primary", icon=":material/save:")
            undone = c2.form_submit_button("Undo correction", disabled=not corrected)
        st.caption("Saved beside the corpus (.storytrace/quote_speakers.json in its folder) for every outlet's "
                   "variant of this quote; applies to the command line and exports too.")
    if saved or undone:
        value = None if undone else name.strip()
        try:
            for folder, items in by_folder.items():
                save_corrections(folder, [(f, q, value) for f, q in items])
        except OSError as exc:
            st.error(f"Not saved: {exc}")
            return
        st.rerun()
