"""Where the corpus lives, and the one cached :class:`analysis.Analysis` per corpus version shared by every page
and session."""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import sys
from pathlib import Path

import streamlit as st

from analysis import Analysis, Corpus, analyse, config
from analysis.corpus.edits import edits_path
from analysis.quotes.corrections import corrections_path
from analysis.storage import clean_stale_temp
from analysis.store import stored_corpus
from ui.projects import project_folder

#: The corpus version: its folders and a digest of their files (see :func:`scan_corpus_key`).
CorpusKey = tuple[tuple[str, ...], str]
_RUN_KEY = "_corpus_key"
#: The session's project: its name, or None for the default project (see :mod:`ui.projects`).
PROJECT_KEY = "_project"


def corpus_dir(app_args: list[str] | None = None) -> Path:
    """The corpus folder: ``streamlit run app.py -- --corpus DIR``, else $STORYTRACE_CORPUS, else seeds/.
    ``app_args``: the app's own arguments (default: those of the running script, ``sys.argv[1:]``)."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus")
    known, _ = parser.parse_known_args(sys.argv[1:] if app_args is None else app_args)
    return Path(known.corpus or os.environ.get(config.ENV_CORPUS_DIR) or config.SEEDS_DIR).expanduser()


def _wanted_upload_dir() -> Path:
    return Path(os.environ.get(config.ENV_UPLOAD_DIR) or config.DEFAULT_UPLOAD_DIR).expanduser().resolve()


def _inside_seeds(path: Path) -> bool:
    return path == config.SEEDS_DIR.resolve() or config.SEEDS_DIR.resolve() in path.parents


def upload_dir() -> Path:
    """Where uploads are saved: $STORYTRACE_UPLOAD_DIR, else the per-user data folder. Never inside seeds/
    (see :func:`upload_dir_note`). Temp files a killed server left there are removed on first use."""
    path = _wanted_upload_dir()
    if _inside_seeds(path):
        path = Path(config.DEFAULT_UPLOAD_DIR).resolve()
    _clean_once(path)
    return path


@functools.lru_cache(maxsize=8)
def _clean_once(path: Path) -> None:
    clean_stale_temp(path)


def upload_dir_note() -> str | None:
    """Why uploads do not go where $STORYTRACE_UPLOAD_DIR says (it points inside seeds/), or None."""
    wanted = _wanted_upload_dir()
    if _inside_seeds(wanted):
        return (
            f"{config.ENV_UPLOAD_DIR} points inside the seed corpus ({wanted}), which is never written to; "
            f"uploads are kept in {upload_dir()} instead"
        )
    return None


def data_dir() -> Path:
    """The data directory: the folder the upload folder lives in; projects are folders under it."""
    return upload_dir().parent


def current_project() -> str | None:
    """The name of this session's project, or None for the default project (set by the sidebar picker)."""
    return st.session_state.get(PROJECT_KEY)


def project_dir() -> Path | None:
    """The folder of this session's project, or None for the default project."""
    name = current_project()
    return None if name is None else project_folder(data_dir(), name)


def add_folder() -> Path:
    """Where this session's uploads and reference prices go: the project's folder, or the shared upload folder
    for the default project (the corpus it was started on is never written)."""
    return project_dir() or upload_dir()


def default_folders(app_args: list[str] | None = None) -> tuple[str, ...]:
    """The folders the default project's corpus is read from: the corpus folder and the shared upload folder
    (``app_args`` as for :func:`corpus_dir`)."""
    return str(corpus_dir(app_args)), str(upload_dir())


def corpus_folders() -> tuple[str, ...]:
    """The folders this session's corpus is read from: the project's folder, or for the default project the
    corpus folder and the shared upload folder."""
    folder = project_dir()
    return (str(folder),) if folder is not None else default_folders()


def edits_folder() -> Path:
    """Where the user's entity edits are saved: beside the corpus (its ``.storytrace/`` folder), or in the
    upload folder when the corpus is the bundled seeds/. Both are folders of the corpus, so both are read."""
    if (project := project_dir()) is not None:
        return project
    folder = corpus_dir()
    if folder.resolve() == config.SEEDS_DIR.resolve():
        return upload_dir()
    return folder


def scan_corpus_key(folders: tuple[str, ...] | None = None) -> CorpusKey:
    """Folders plus a digest of (name, size, mtime) of every file, of the metadata edits and of the quote speaker
    corrections: changes whenever a file is added, replaced or removed, or the user corrects something. One
    directory listing per folder (``os.scandir``) and a short digest: every script run makes this key and the
    cache hashes it, so on 10,000 files a list of stamps would cost a quarter of a second each run. ``folders``:
    default those of this session's project (:func:`corpus_folders`)."""
    folders = corpus_folders() if folders is None else folders
    stamp: list[tuple[str, int, int]] = []
    for folder in folders:
        path = Path(folder)
        if not path.is_dir():
            continue
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.is_file():
                    info = entry.stat()
                    stamp.append((entry.path, info.st_size, info.st_mtime_ns))
        for f in (edits_path(path), corrections_path(path)):
            if f.is_file():
                info = f.stat()
                stamp.append((str(f), info.st_size, info.st_mtime_ns))
    stamp.sort()
    return folders, hashlib.sha256(repr(stamp).encode("utf-8", "surrogatepass")).hexdigest()


def start_run() -> None:
    """Look at the corpus folders once per script run (``app.py`` calls this first); every later call of
    :func:`corpus_key` in the same run reuses that scan."""
    st.session_state[_RUN_KEY] = scan_corpus_key()


def corpus_key() -> CorpusKey:
    """The corpus version of this run (see :func:`start_run`)."""
    if _RUN_KEY not in st.session_state:
        start_run()
    return st.session_state[_RUN_KEY]


# cache_resource, not cache_data: the corpus and its analysis are read-only (analysis/ never mutates its inputs),
# so every session shares one object instead of unpickling a copy of a large corpus on each rerun.
@st.cache_resource(max_entries=4, show_spinner="Loading and cleaning the articles…")
def _analysis(key: CorpusKey) -> Analysis:
    analysis = analyse(stored_corpus(list(key[0])), store=True)
    analysis.start_workers()  # a large corpus: the server's worker processes, kept for every later version
    return analysis


def analysis_of(key: CorpusKey) -> Analysis:
    """The analysis of the corpus version ``key`` (cached: one per version, shared by every session)."""
    return _analysis(key)


def get_analysis() -> Analysis:
    """The analysis of the whole corpus (corpus folder + uploads), one per corpus version. Its steps run on
    first use and are then shared by every page and session."""
    return _analysis(corpus_key())


def get_corpus() -> Corpus:
    """The whole corpus (corpus folder + uploads), cached until a file changes."""
    return get_analysis().corpus
