"""The curated alias catalog (``analysis/data/entities.csv``, optionally extended by a corpus folder's own
``entities.csv``): canonical names, types, aliases, tickers, sectors and regions."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import config

CATALOG_PATH = config.PACKAGE_DIR / "data" / "entities.csv"
CATALOG_COLUMNS = ["name", "type", "aliases", "ticker", "exchange", "sector", "region"]


def load_catalog(extra: Path | None = None) -> pd.DataFrame:
    """The catalog with columns :data:`CATALOG_COLUMNS`; ``aliases`` is a tuple of strings.

    Rows of ``extra`` (a corpus folder's ``entities.csv``) override rows of the same ``name``.
    """
    frames = [pd.read_csv(CATALOG_PATH, dtype=str, keep_default_na=False)]
    if extra is not None and Path(extra).is_file():
        frames.append(pd.read_csv(extra, dtype=str, keep_default_na=False))
    frame = pd.concat(frames, ignore_index=True).reindex(columns=CATALOG_COLUMNS).fillna("")
    frame = frame.drop_duplicates("name", keep="last")
    aliases = frame["aliases"].map(lambda s: tuple(a.strip() for a in str(s).split("|") if a.strip()))
    return frame.assign(aliases=aliases).sort_values("name").reset_index(drop=True)
