"""Add articles: upload files (or a .zip of them) into the user corpus folder; remove them again."""

from __future__ import annotations

import streamlit as st

from analysis import config
from analysis.charts import plural
from ui.corpus import add_folder, corpus_folders, current_project, upload_dir_note
from ui.markup import escape_markdown
from ui.page import open_page
from ui.upload import remove_upload, save_uploads, uploaded_files

open_page(
    "Add articles",
    "Add the coverage you want to trace. Each file is checked, then saved to the project's folder (the upload "
    "folder for the default corpus) and joins the corpus at once; it is still there after a restart.",
    require_articles=False,
    stop_when_filtered_out=False,
)
folder = add_folder()
project = current_project()
with st.expander("Which files work?"):
    st.markdown(
        f"""
- **Text** `.txt`, **Markdown** `.md`, **HTML** `.html`/`.htm` (visible text only; scripts and styles are dropped) —
  one article per file, saved as UTF-8.
- **Collections** `.json` (an object or a list of objects), `.jsonl` (one object per line), `.csv` (one row per
  article): a `text` field, and optionally `title`, `outlet`, `url`, `published` (ISO date). Exports of NewsAPI,
  news-please and newspaper3k load as they are (`content`, `maintext`, `publishedAt`, `source`, …).
- **`manifest.csv`** with columns `file, outlet, url, published, published_earliest, published_basis,
  derived_from, title, notes` describes the files (other columns are kept).
- A **`.zip`** of any of these. Limits: {config.MAX_FILE_MB:g} MB per article file, {config.MAX_COLLECTION_MB:g} MB
  per CSV/JSON collection, {config.MAX_ZIP_UNPACKED_MB:g} MB unpacked per archive.
"""
    )

with st.form("upload", clear_on_submit=True):
    files = st.file_uploader(
        "Article files",
        accept_multiple_files=True,
        help=(
            f"Up to {config.MAX_FILE_MB:g} MB per article file, {config.MAX_COLLECTION_MB:g} MB per CSV/JSON "
            f"collection; a .zip may unpack to {config.MAX_ZIP_UNPACKED_MB:g} MB."
        ),
        max_upload_size=max(1, int(config.MAX_COLLECTION_MB)),  # the largest file any check accepts
    )
    st.caption(
        f"Limits as checked: {config.MAX_FILE_MB:g} MB per article file, {config.MAX_COLLECTION_MB:g} MB per CSV, "
        f"JSON or .zip file, {config.MAX_ZIP_UNPACKED_MB:g} MB once a .zip is unpacked."
    )
    submitted = st.form_submit_button("Add to corpus", type="primary")
if submitted and files:
    with st.spinner("Checking and saving…"):
        st.session_state["upload_messages"] = save_uploads([(f.name, f.getvalue()) for f in files], folder)
    st.rerun()

messages = st.session_state.get("upload_messages", [])
if messages:
    saved = [m for m in messages if m.outcome == "saved"]
    refused = [m for m in messages if m.outcome == "refused"]
    if saved:
        st.success(f"Added {plural(len(saved), 'file')}. {'It is' if len(saved) == 1 else 'They are'} in every view now.")
    for m in refused:
        st.error(f"Refused {escape_markdown(m.file)}: {escape_markdown(m.text)}", icon=":material/block:")
    for m in messages:
        if m.outcome == "warning":
            st.warning(f"{escape_markdown(m.file)}: {escape_markdown(m.text)}", icon=":material/warning:")
        elif m.outcome == "unchanged":
            st.info(f"{escape_markdown(m.file)}: {escape_markdown(m.text)}", icon=":material/info:")

st.subheader("Uploaded files")
present = uploaded_files(folder)
if not present:
    st.caption("Nothing uploaded yet.")
for path in present:
    left, right = st.columns([6, 1])
    left.text(f"{path.name}  ·  {path.stat().st_size / 1024:.1f} KB")
    if right.button("Remove", key=f"rm-{path.name}", icon=":material/delete:"):
        remove_upload(folder, path.name)
        st.session_state.pop("upload_messages", None)
        st.rerun()
if project is None:
    st.caption(f"Default corpus: {escape_markdown(corpus_folders()[0])} (never written to) · uploads are kept in "
               f"{escape_markdown(folder)}. Create a project in the sidebar to keep one story's articles apart.")
else:
    st.caption(f"Project {escape_markdown(project)}: its articles are kept in {escape_markdown(folder)}")
if project is None and (note := upload_dir_note()) is not None:
    st.warning(escape_markdown(note), icon=":material/warning:")
