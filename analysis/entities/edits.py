"""The user's entity edits: merge two entities or rename one, saved beside the corpus and applied to every
mention (pages, CLI, exports all read :attr:`analysis.pipeline.Analysis.entity_mentions`).

An edit maps an entity name to another: merging "FDIC" into "Federal Deposit Insurance Corporation" and renaming
"Fed" to "Federal Reserve" are the same operation. Edits live in ``<folder>/.storytrace/entity_edits.json``
(``{"version": 1, "names": {"old": "new", ...}}``): a sub-folder, so the corpus loader never reads it as an
article. They are written atomically (:func:`analysis.storage.atomic_write`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from analysis.storage import read_state, state_path, write_state

EDITS_NAME = "entity_edits.json"
TYPE_RANK = {"PERSON": 0, "ORG": 1, "PLACE": 2, "INDEX": 3, "PRODUCT": 4, "OTHER": 5}


def edits_path(folder: str | Path) -> Path:
    """Where the edits of the corpus folder ``folder`` are kept."""
    return state_path(folder, EDITS_NAME)


def read_edits(folder: str | Path) -> dict[str, str]:
    """The edits saved in ``folder`` (old name -> new name); empty when there are none or the file is unreadable."""
    raw = read_state(folder, EDITS_NAME) or {}
    names = raw.get("names", {})
    names = names if isinstance(names, dict) else {}
    return {str(k).strip(): str(v).strip() for k, v in names.items()
            if isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() and k.strip() != v.strip()}


def load_edits(folders: Iterable[str | Path]) -> dict[str, str]:
    """The edits of every folder of a corpus, a later folder's edit of the same name winning."""
    out: dict[str, str] = {}
    for folder in folders:
        out.update(read_edits(folder))
    return out


def save_edit(folder: str | Path, old: str, new: str) -> dict[str, str]:
    """Record that entity ``old`` is now called ``new`` (a merge when ``new`` is another entity's name) in
    ``folder``'s edits file; returns the folder's edits after the change. Renaming back to the original name
    removes the edit."""
    old, new = old.strip(), new.strip()
    edits = read_edits(folder)
    if not old or not new:
        raise ValueError("both the entity and its new name are needed")
    original = next((k for k, v in edits.items() if v == old and k == new), None)
    if original is not None:
        edits.pop(original)
    elif old != new:
        for key, value in list(edits.items()):
            if value == old:  # an entity already renamed to `old` follows it
                edits[key] = new
        edits[old] = new
    edits = {k: v for k, v in edits.items() if k != v}
    write_state(folder, EDITS_NAME, {"version": 1, "names": dict(sorted(edits.items()))})
    return edits


def resolve_name(name: str, edits: Mapping[str, str]) -> str:
    """The name ``name`` ends up with after following ``edits`` (chains followed, a cycle stops)."""
    seen = {name}
    while name in edits and edits[name] not in seen:
        name = edits[name]
        seen.add(name)
    return name


def apply_edits(mentions: pd.DataFrame, edits: Mapping[str, str]) -> pd.DataFrame:
    """``mentions`` (needs ``entity, type, alias``, optional ``aliases`` and ``role``) with every edited entity
    renamed; merged entities take one type (that of the entity with most mentions, ties by
    PERSON, ORG, PLACE, INDEX, PRODUCT, OTHER) and the union of their spellings. A new frame; input unchanged."""
    if not edits or mentions.empty:
        return mentions
    names = sorted(set(mentions["entity"].astype(str)))
    mapping = {n: resolve_name(n, edits) for n in names}
    changed = {n for n, m in mapping.items() if m != n}
    if not changed:
        return mentions
    touched = set(mapping[n] for n in changed)
    out = mentions.assign(entity=mentions["entity"].map(mapping))
    part = out.loc[out["entity"].isin(touched)]
    counts = part.groupby(["entity", "type"]).size().reset_index(name="n")
    counts = counts.assign(rank=counts["type"].map(TYPE_RANK).fillna(9))
    best = counts.sort_values(["entity", "n", "rank"], ascending=[True, False, True]).drop_duplicates("entity")
    new_type = dict(zip(best["entity"], best["type"], strict=True))
    mask = out["entity"].isin(touched)
    out.loc[mask, "type"] = out.loc[mask, "entity"].map(new_type)
    if "aliases" in out.columns:
        spellings: dict[str, set[str]] = {}
        for entity, aliases in zip(part["entity"], part["aliases"], strict=True):
            spellings.setdefault(entity, set()).update(a for a in str(aliases).split("|") if a)
        joined = {e: "|".join(sorted(s)) for e, s in spellings.items()}
        out.loc[mask, "aliases"] = out.loc[mask, "entity"].map(joined)
    return out
