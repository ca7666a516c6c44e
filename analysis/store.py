"""The persisted store: each heavy step's whole-corpus table as a Parquet file, keyed by the corpus version.

    <corpus folder>/.storytrace/store/
        entity_mentions_found-<key>.parquet     one file per table and version (readable by pandas or DuckDB)
        quotes-<key>.parquet
        ...
        build.json                              the last build: per-stage seconds, rows, peak memory

A table's key is a hash of what its rows depend on: the code and data files of ``analysis/`` (a new release
never reads an old table), the documents' content and metadata (text, outlet, date, title, so a metadata edit
is a new version), and the user's state files the step reads (entity edits, speaker corrections). A table whose
key is current is read instead of computed; so the app after a restart, and every CLI command after the first,
skip the heavy steps. The seeds ship with the project and are never written to: their store lives in the user's
data folder, as does the store of a corpus folder that cannot be written.

Nothing here is fatal: a store that cannot be read or written is skipped and the step is computed in memory.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis import config
from analysis.corpus import Corpus, load_corpus
from analysis.corpus.edits import EDITS_NAME as METADATA_EDITS
from analysis.corpus.prepare import Batches, Prepared, from_json, to_json
from analysis.storage import STATE_DIR, atomic_write, state_path

#: The store's own layout version: bump it when the way tables are written changes.
STORE_FORMAT = "1"
#: The store's folder inside a corpus's state folder.
STORE_NAME = "store"
#: Files of one table kept per store (the current version and the one before, for a quick undo of an edit).
KEEP_VERSIONS = 2
#: The record of the last build in a store folder.
BUILD_RECORD = "build.json"

_DOC_COLUMNS = ("doc_id", "file", "outlet", "published", "published_earliest", "published_at", "title", "text")


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of every source and data file of the ``analysis`` package (so a changed rule or word list never
    reads a table an older release wrote)."""
    digest = hashlib.sha256(STORE_FORMAT.encode())
    root = config.PACKAGE_DIR
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def docs_version(docs: pd.DataFrame) -> str:
    """A hash of the documents' identity, metadata and text (``docs`` of a :class:`analysis.Corpus`), in order."""
    cols = [c for c in _DOC_COLUMNS if c in docs.columns]
    digest = hashlib.sha256(",".join(cols).encode())
    if len(docs):
        frame = docs.loc[:, cols].astype("string").fillna("\x00")
        digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def state_version(folders: Iterable[str], names: Sequence[str]) -> str:
    """A hash of the state files ``names`` (e.g. entity edits) that exist in ``folders``: each file's place (the
    folder's position, its name) and content. Folders without them add nothing, so the app's corpus (the corpus
    folder and an upload folder without state files) and the command line's (the corpus folder) read the same
    stored tables."""
    digest = hashlib.sha256()
    for i, folder in enumerate(folders):
        for name in names:
            try:
                content = state_path(folder, name).read_bytes()
            except OSError:
                continue
            digest.update(f"{i}\x00{name}\x00{len(content)}\x00".encode())
            digest.update(content)
    return digest.hexdigest()


def table_key(*parts: str) -> str:
    """The short key of a table version from the hashes it depends on."""
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:20]


def store_dir(folders: Sequence[str]) -> Path:
    """Where the store of the corpus in ``folders`` lives: ``$STORYTRACE_STORE_DIR/<corpus hash>`` when set,
    else ``<first folder>/.storytrace/store``, else (the seeds, or a folder that cannot be written) a folder
    under the user's data folder named by a hash of the corpus folders."""
    # named by the corpus folder alone: the app (corpus + upload folder) and the CLI (corpus folder) share one store;
    # the tables' keys tell their contents apart
    named = hashlib.sha256(str(Path(folders[0]).resolve() if folders else "").encode()).hexdigest()[:16]
    override = os.environ.get(config.ENV_STORE_DIR)
    if override:
        return Path(override).expanduser() / named
    if folders:
        first = Path(folders[0]).resolve()
        seeds = config.SEEDS_DIR.resolve()
        if first != seeds and seeds not in first.parents and os.access(first, os.W_OK):
            return first / STATE_DIR / STORE_NAME
    return config.DATA_DIR / "stores" / named


def _restore_units(frame: pd.DataFrame, meta: dict[str, object]) -> pd.DataFrame:
    """Give datetime columns back the unit they were written with (Parquet keeps days as milliseconds)."""
    wanted = {str(c.get("name")): str(c.get("numpy_type")) for c in meta.get("columns", []) if isinstance(c, dict)}
    fix = {col: kind for col, kind in wanted.items()
           if col in frame.columns and kind.startswith("datetime64[") and str(frame[col].dtype) != kind}
    return frame.astype(fix) if fix else frame


@dataclass(frozen=True)
class Store:
    """A folder of Parquet tables (see the module docstring). ``read``/``write`` never raise on I/O errors."""

    root: Path

    def path(self, table: str, key: str) -> Path:
        return self.root / f"{table}-{key}.parquet"

    def has(self, table: str, key: str) -> bool:
        return self.path(table, key).is_file()

    def read(self, table: str, key: str) -> pd.DataFrame | None:
        """The stored ``table`` at version ``key``, or None when it is absent or unreadable."""
        path = self.path(table, key)
        if not path.is_file():
            return None
        try:
            table = pq.read_table(path)
        except (OSError, ValueError):
            return None
        return _restore_units(table.to_pandas(), table.schema.pandas_metadata or {})

    def write(self, table: str, key: str, frame: pd.DataFrame) -> bool:
        """Write ``frame`` as ``table`` at version ``key`` (atomically) and drop the oldest versions past
        :data:`KEEP_VERSIONS`; False when the folder cannot be written or the frame cannot be stored."""
        buffer = io.BytesIO()
        try:
            frame.to_parquet(buffer, index=False)
            atomic_write(self.path(table, key), buffer.getvalue())
        except (OSError, ValueError, TypeError, ImportError):
            return False
        self._prune(table)
        return True

    def _prune(self, table: str) -> None:
        try:
            files = sorted(self.root.glob(f"{table}-*.parquet"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in files[KEEP_VERSIONS:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass

    def write_record(self, record: dict[str, object]) -> None:
        """Save the record of a build (stage timings, rows, memory) as ``build.json``."""
        try:
            atomic_write(self.root / BUILD_RECORD, (json.dumps(record, indent=1) + "\n").encode())
        except OSError:
            pass

    def read_record(self) -> dict[str, object] | None:
        try:
            raw = json.loads((self.root / BUILD_RECORD).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return raw if isinstance(raw, dict) else None


_CORPUS_TABLES = ("docs", "sentences", "removals", "problems", "paragraphs")
#: The table of cleaned texts (:class:`StoredPrepared`).
PREPARED_TABLE = "prepared"


@dataclass(frozen=True)
class StoredPrepared:
    """The store's cache of cleaned texts (:class:`analysis.corpus.prepare.PreparedCache`): one row per text
    digest (``digest, prepared``, the latter JSON), at the code version, so loading a corpus after one file was
    added cleans that file only, in any process."""

    store: Store
    _frame: list[pd.DataFrame] = field(default_factory=list, repr=False)  # the table once read

    def _table(self) -> pd.DataFrame:
        if not self._frame:
            frame = self.store.read(PREPARED_TABLE, table_key(PREPARED_TABLE, code_version()))
            ok = frame is not None and {"digest", "prepared"} <= set(frame.columns)
            self._frame.append(frame if ok else pd.DataFrame({"digest": [], "prepared": []}, dtype="str"))
        return self._frame[0]

    def known(self) -> set[str]:
        return set(self._table()["digest"].astype(str))

    def load(self, digests: Sequence[str]) -> dict[str, Prepared]:
        frame = self._table()
        part = frame.loc[frame["digest"].isin(set(digests))]
        out: dict[str, Prepared] = {}
        for digest, text in zip(part["digest"], part["prepared"]):
            try:
                out[str(digest)] = from_json(str(text))
            except (ValueError, KeyError, TypeError):
                continue  # an unreadable row is cleaned again
        return out

    def save(self, prepared: Mapping[str, Prepared]) -> None:
        frame = pd.DataFrame({"digest": list(prepared), "prepared": [to_json(p) for p in prepared.values()]})
        self.store.write(PREPARED_TABLE, table_key(PREPARED_TABLE, code_version()), frame)
        self._frame[:] = [frame]


def files_version(folders: Sequence[str | Path]) -> str | None:
    """A hash of every entry of ``folders`` (name, size, modification time) and of their metadata edits: it
    changes when a file is added, replaced or removed, or an article's metadata is edited. None when a folder
    cannot be listed (the loader then says why)."""
    digest = hashlib.sha256(code_version().encode())
    for folder in folders:
        path = Path(folder)
        if not path.exists():
            continue
        try:
            # the state folder (which holds this store) is not part of the corpus; its metadata edits are read below
            entries = sorted((e for e in os.scandir(path) if e.name != STATE_DIR), key=lambda e: e.name)
            if entries:  # an empty upload folder is the same corpus as none
                digest.update(f"\x00{path.resolve()}\x00".encode())
            for entry in entries:
                info = entry.stat()
                digest.update(f"{entry.name}\x00{info.st_size}\x00{info.st_mtime_ns}\n".encode())
            digest.update(state_path(path, METADATA_EDITS).read_bytes() if state_path(path, METADATA_EDITS).is_file() else b"")
        except OSError:
            return None
    return digest.hexdigest()[:20]


def stored_corpus(folders: Sequence[str | Path], store: Store | None = None, batches: Batches | None = None) -> Corpus:
    """:func:`analysis.corpus.load_corpus` of ``folders``, read from the store when the files have not changed
    since it was written (so a restart on 10,000 articles does not read and clean them again), else loaded
    (texts cleaned before read from the store's :class:`StoredPrepared`: one new file is the only one cleaned;
    many new ones cleaned through ``batches`` when given) and written to the store. ``store`` defaults to the
    corpus's own (:func:`store_dir`)."""
    names = [str(f) for f in folders]
    key = files_version(names)
    if key is None or not names or not Path(names[0]).is_dir():
        return load_corpus(names)
    store = store or Store(store_dir(names))
    frames = {name: store.read(f"corpus_{name}", key) for name in _CORPUS_TABLES}
    if all(frame is not None for frame in frames.values()):
        return Corpus(folders=tuple(names), **frames)  # type: ignore[arg-type]
    corpus = load_corpus(names, cache=StoredPrepared(store), batches=batches)
    for name in _CORPUS_TABLES:
        store.write(f"corpus_{name}", key, getattr(corpus, name))
    return corpus
