"""The article tables: the ``docs`` CLI command (also the Overview's CSV download) and the Overview's table as a
reader sees it."""

from __future__ import annotations

import pandas as pd

from analysis import config
from analysis.corpus.load import Corpus


def docs_table(corpus: Corpus) -> pd.DataFrame:
    """One row per article: columns :data:`config.DOCS_CLI_COLUMNS` (dates as ISO strings)."""
    docs = corpus.docs.loc[:, list(config.DOCS_CLI_COLUMNS)]
    return docs.assign(published=docs["published"].dt.strftime("%Y-%m-%d"))


def publication_label(docs: pd.DataFrame) -> pd.Series:
    """Each article's date as shown: ``2025-01-25``, ``on or after 2025-01-25`` or ``unknown`` (needs ``published,
    published_earliest``)."""
    return docs["published"].dt.strftime("%Y-%m-%d").fillna(
        docs["published_earliest"].dt.strftime("on or after %Y-%m-%d")
    ).fillna("unknown")


def docs_display(docs: pd.DataFrame) -> pd.DataFrame:
    """The Overview's article table: ``Outlet, Published, Date basis, Title, Words, Sentences, Lines removed, File``
    (needs :data:`config.DOC_COLUMNS`), one row per article in the order of ``docs``."""
    return pd.DataFrame(
        {
            "Outlet": docs["outlet"],
            "Published": publication_label(docs),
            "Date basis": docs["published_basis"],
            "Title": docs["title"].fillna("(no headline found)"),
            "Words": docs["words"],
            "Sentences": docs["sentences"],
            "Lines removed": docs["removed_lines"],
            "File": docs["file"],
        }
    ).reset_index(drop=True)
