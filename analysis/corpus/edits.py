"""The user's corrections of an article's metadata (outlet, publication date, title), kept beside the corpus in
``<folder>/.storytrace/metadata.json`` and applied on every load, so the pages, the CLI and exports all see them
and they survive a restart. Written atomically; a damaged file is ignored with a notice, never fatal."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from analysis.storage import STATE_DIR, read_state, state_path, write_state
from analysis.time.dates import parse_iso

EditableField = Literal["outlet", "published", "title"]
EDITABLE: tuple[str, ...] = get_args(EditableField)
EDITS_NAME = "metadata.json"
#: The basis an edited field is shown with.
EDITED_BASIS = "edited by the user"


def edits_path(folder: str | Path) -> Path:
    return state_path(folder, EDITS_NAME)


def load_edits(folder: str | Path) -> tuple[dict[str, dict[str, str]], str | None]:
    """``{file: {field: value}}`` of ``folder`` and a notice when the file exists but cannot be used."""
    raw = read_state(folder, EDITS_NAME)
    if raw is None:
        return {}, f"{STATE_DIR}/{EDITS_NAME}: not used (not a readable JSON object); the articles keep their own metadata"
    edits: dict[str, dict[str, str]] = {}
    for file, fields in raw.items():
        if isinstance(fields, dict):
            kept = {k: str(v) for k, v in fields.items() if k in EDITABLE and isinstance(v, str) and v.strip()}
            if kept:
                edits[str(file)] = kept
    return edits, None


def save_edit(folder: str | Path, file: str, field: EditableField, value: str | None) -> Path:
    """Set (or with an empty ``value`` clear) one field of one article's metadata; returns the file written.

    Raises ValueError for a field that cannot be edited or a date that is not ISO (YYYY-MM-DD)."""
    if field not in EDITABLE:
        raise ValueError(f"{field!r} cannot be edited; choose from {', '.join(EDITABLE)}")
    value = (value or "").strip()
    if field == "published" and value and parse_iso(value) is None:
        raise ValueError(f"{value!r} is not a date like 2025-01-28")
    edits, _ = load_edits(folder)
    fields = dict(edits.get(file, {}))
    if value:
        fields[field] = value
    else:
        fields.pop(field, None)
    if fields:
        edits[file] = fields
    else:
        edits.pop(file, None)
    return write_state(folder, EDITS_NAME, edits)
