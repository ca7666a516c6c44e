"""The one file writer: a crash or a restart never leaves half a file behind (uploads, edits, reports)."""

from __future__ import annotations

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
