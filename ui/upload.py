"""Saving uploaded files into the user corpus folder (atomically) and removing them again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from analysis.corpus.uploads import check_upload, expand_upload, target_name
from analysis.errors import BadInputFile
from analysis.storage import atomic_write

Outcome = Literal["saved", "unchanged", "refused", "warning"]


@dataclass(frozen=True)
class UploadMessage:
    file: str
    outcome: Outcome
    text: str


def save_uploads(files: list[tuple[str, bytes]], folder: Path) -> list[UploadMessage]:
    """Check every uploaded file (unpacking .zip archives) and save the good ones into ``folder``.

    Returns one message per file: saved, unchanged (already there), refused (with the reason), warning.
    """
    messages: list[UploadMessage] = []
    for name, data in files:
        members, problems = expand_upload(name, data)
        messages.extend(UploadMessage(p.file, "refused", p.reason) for p in problems)
        for member, content in members:
            try:
                checked = check_upload(member, content)
            except BadInputFile as exc:
                messages.append(UploadMessage(member, "refused", exc.reason))
                continue
            final, exists = target_name(folder, checked.name, content)
            if exists:
                messages.append(UploadMessage(member, "unchanged", f"already in the corpus as {final}"))
                continue
            atomic_write(folder / final, content)
            what = (
                "manifest" if checked.name == "manifest.csv" else "alias catalog" if checked.articles == 0
                else f"{checked.articles} article{'s' if checked.articles != 1 else ''}"
            )
            renamed = f" as {final}" if final != member else ""
            messages.append(UploadMessage(member, "saved", f"saved{renamed} ({what})"))
            messages.extend(UploadMessage(member, "warning", w.split(": ", 1)[-1]) for w in checked.warnings)
    return messages


def uploaded_files(folder: Path) -> list[Path]:
    """Files currently in the upload folder (no temp files), by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def remove_upload(folder: Path, name: str) -> bool:
    """Delete one uploaded file by name (never anything outside ``folder``)."""
    path = (folder / Path(name).name).resolve()
    if path.parent != folder.resolve() or not path.is_file():
        return False
    path.unlink()
    return True
