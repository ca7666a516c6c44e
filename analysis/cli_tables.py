"""Tables printed by the ``docs`` CLI command (and offered as CSV downloads on the Overview page)."""

from __future__ import annotations

import argparse

import pandas as pd

from . import config
from .corpus import Corpus


def docs_table(corpus: Corpus, args: argparse.Namespace | None = None) -> pd.DataFrame:
    """One row per article: columns :data:`config.DOCS_CLI_COLUMNS` (dates as ISO strings)."""
    docs = corpus.docs.loc[:, list(config.DOCS_CLI_COLUMNS)]
    return docs.assign(published=docs["published"].dt.strftime("%Y-%m-%d"))
