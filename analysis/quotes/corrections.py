"""The user's corrections of who said a quotation, kept beside the corpus in
``<folder>/.storytrace/quote_speakers.json`` (the state folder of :mod:`analysis.corpus.edits`) and applied
inside ``Analysis.quotes``, so the Quotes page, the CLI and exports all show them. Written atomically; a
damaged file is ignored (the quotes keep their found speakers), never fatal.

The file maps ``{file: {normalised quote: speaker}}``: a correction follows the quotation's words, not its
position or cluster id, so it survives re-clustering and other articles being added. An empty speaker means
"nobody" (a scare quote or a quotation with no speaker in reach)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis.storage import read_state, state_path, write_state

from .cluster import normalise

CORRECTIONS_NAME = "quote_speakers.json"
#: ``attribution`` of a row whose speaker the user set
CORRECTED = "corrected"
Corrections = dict[tuple[str, str], str]


def corrections_path(folder: str | Path) -> Path:
    """Where the speaker corrections of the corpus folder ``folder`` are kept."""
    return state_path(folder, CORRECTIONS_NAME)


def _read(folder: str | Path) -> dict[str, dict[str, str]]:
    raw = read_state(folder, CORRECTIONS_NAME) or {}
    return {str(f): {str(k): str(v) for k, v in q.items() if isinstance(v, str)}
            for f, q in raw.items() if isinstance(q, dict)}


def load_corrections(folders: Iterable[str | Path]) -> Corrections:
    """``{(file, normalised quote): speaker}`` of every folder in ``folders`` (later folders win)."""
    out: Corrections = {}
    for folder in folders:
        for file, quotes in _read(folder).items():
            out.update({(file, key): speaker for key, speaker in quotes.items()})
    return out


def save_corrections(folder: str | Path, items: Iterable[tuple[str, str, str | None]]) -> Path:
    """Record ``(file, quote, speaker)`` corrections in ``folder`` in one atomic write and return the file
    written; ``speaker`` None removes the correction (the found speaker comes back), "" means nobody."""
    data = _read(folder)
    for file, quote, speaker in items:
        key = normalise(quote)
        if not key:
            continue
        quotes = data.setdefault(str(file), {})
        if speaker is None:
            quotes.pop(key, None)
        else:
            quotes[key] = " ".join(speaker.split())
        if not quotes:
            data.pop(str(file), None)
    return write_state(folder, CORRECTIONS_NAME, data)


def apply_corrections(quotes: pd.DataFrame, corrections: Corrections) -> pd.DataFrame:
    """``quotes`` (needs ``file, quote, speaker, speaker_type, speaker_mention, attribution``) with the user's
    speaker set where a correction names the row's file and words; those rows get ``attribution`` "corrected"
    and an empty ``speaker_type`` and ``speaker_mention``. Other rows are unchanged."""
    if not corrections or quotes.empty:
        return quotes
    keys = [(str(f), normalise(q)) for f, q in zip(quotes["file"], quotes["quote"], strict=True)]
    hit = pd.Series([k in corrections for k in keys], index=quotes.index)
    if not hit.any():
        return quotes
    out = quotes.copy()
    out.loc[hit, "speaker"] = [corrections[k] for k, h in zip(keys, hit, strict=True) if h]
    out.loc[hit, ["speaker_type", "speaker_mention"]] = ""
    out.loc[hit, "attribution"] = CORRECTED
    return out
