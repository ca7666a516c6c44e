"""The one file writer: a crash or a restart never leaves half a file behind (uploads, edits, reports)."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

#: A temp file of :func:`atomic_write` older than this (seconds) was left by a killed process.
STALE_TEMP_S = 60.0


def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically: a temp file in the same folder, fsync, then rename over."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def clean_stale_temp(folder: Path, older_than_s: float = STALE_TEMP_S) -> list[Path]:
    """Delete the hidden ``.*.tmp`` files that :func:`atomic_write` left in ``folder`` when a process was killed
    mid-write (only those older than ``older_than_s``: a write in progress is never touched); returns them."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    now = time.time()
    for path in folder.glob(".*.tmp"):
        try:
            if path.is_file() and not path.is_symlink() and now - path.stat().st_mtime > older_than_s:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


#: The hidden folder beside a corpus's articles where the user's corrections are kept (never read as articles).
STATE_DIR = ".storytrace"


def state_path(folder: str | Path, name: str) -> Path:
    """The state file ``name`` of the corpus folder ``folder`` (``<folder>/.storytrace/<name>``)."""
    return Path(folder) / STATE_DIR / name


def read_state(folder: str | Path, name: str) -> dict[str, object] | None:
    """The JSON object in the state file ``name`` of ``folder``: ``{}`` when there is none, None when it exists
    but is not a readable JSON object (callers say so or ignore it; it is never fatal)."""
    path = state_path(folder, name)
    if not path.is_file():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return raw if isinstance(raw, dict) else None


def write_state(folder: str | Path, name: str, data: object) -> Path:
    """Write ``data`` as the JSON state file ``name`` of ``folder``, atomically; returns the file."""
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    return atomic_write(state_path(folder, name), text.encode("utf-8"))
