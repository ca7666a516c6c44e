"""The article tables: the ``docs`` CLI command (also the Overview's CSV download) and the Overview's table as a
reader sees it."""

from __future__ import annotations

import re

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
    """The Overview's article table: ``Outlet, Outlet basis, Published, Date basis, Title, Words, Sentences, Lines
    removed, File`` (needs :data:`config.DOC_COLUMNS`), one row per article in the order of ``docs``. The bases say
    where each came from ("manifest", "byline", "file name", ...), so an outlet that is only a file's name shows as
    such."""
    return pd.DataFrame(
        {
            "Outlet": docs["outlet"],
            "Outlet basis": docs["outlet_basis"],
            "Published": publication_label(docs),
            "Date basis": docs["published_basis"],
            "Title": docs["title"].fillna("(no headline found)"),
            "Words": docs["words"],
            "Sentences": docs["sentences"],
            "Lines removed": docs["removed_lines"],
            "File": docs["file"],
        }
    ).reset_index(drop=True)


SEARCH_COLUMNS = ["doc_id", "sent_id", "outlet", "title", "where", "text"]
MAX_HITS = 200
_WORD = re.compile(r"\w+(?:['’.\-]\w+)*")


def term_patterns(query: str) -> list[re.Pattern[str]]:
    """One pattern per word of a search ``query``: the word at the start of a word, case ignored."""
    return [re.compile(r"(?<!\w)" + re.escape(w), re.IGNORECASE) for w in _WORD.findall(query)]


def search_articles(docs: pd.DataFrame, sentences: pd.DataFrame, query: str, limit: int = MAX_HITS) -> pd.DataFrame:
    """The headlines and sentences holding every word of ``query`` (case-insensitive, whole words or their
    beginnings: "chip" finds "chipmaker"), in article order, each article's headline before its sentences.

    Needs ``docs`` (``doc_id, outlet, title``) and ``sentences`` (``doc_id, sent_id, text``) of the same
    articles. Returns :data:`SEARCH_COLUMNS` (at most ``limit`` rows): ``where`` is "Headline" or "Sentence N"
    (1-based), ``sent_id`` is -1 for a headline. Work is linear in the length of the text searched."""
    patterns = term_patterns(query)
    if not patterns:
        return pd.DataFrame(columns=SEARCH_COLUMNS)

    def hit(text: object) -> bool:
        return isinstance(text, str) and all(p.search(text) for p in patterns)

    titles = docs.loc[docs["title"].map(hit), ["doc_id", "outlet", "title"]]
    heads = titles.assign(sent_id=-1, where="Headline", text=titles["title"])
    found = sentences.loc[sentences["text"].map(hit), ["doc_id", "sent_id", "text"]]
    about = docs.loc[:, ["doc_id", "outlet", "title"]]
    body = found.merge(about, on="doc_id", how="inner").assign(where=lambda f: "Sentence " + (f["sent_id"] + 1).astype(str))
    order = {d: i for i, d in enumerate(docs["doc_id"])}
    out = pd.concat([heads, body], ignore_index=True)
    out = out.assign(_doc=out["doc_id"].map(order)).sort_values(["_doc", "sent_id"], kind="stable")
    return out.loc[:, SEARCH_COLUMNS].head(limit).reset_index(drop=True)
