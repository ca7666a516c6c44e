"""The corpus's quotations as the product shows them: found (:mod:`.find`), clustered across outlets
(:mod:`.cluster`), corrected by the user (:mod:`.corrections`), and the tables the CLI and the Quotes page
print."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Literal

import pandas as pd

from analysis.corpus.load import HEAD_LINES, Corpus

from .choose import UNNAMED_SOURCE, unnamed_source
from .cluster import ClusterState, cluster_quotes_kept
from .corrections import Corrections, apply_corrections
from .find import find_corpus_quotes
from .headline import standfirst
from .words import ROLE_PERSON

TABLE_COLUMNS = ["doc_id", "file", "outlet", "speaker", "quote", "cluster_id", "fidelity", "sentence", "start", "end",
                 "speaker_mention", "attribution"]
CARD_COLUMNS = ["cluster_id", "speaker", "representative", "outlets", "n_outlets", "documents", "min_fidelity"]
CardOrder = Literal["outlets", "first"]


def _sentences(quotes: pd.DataFrame, corpus: Corpus) -> pd.Series:
    """The sentence holding each quotation's first character (empty when the document has none)."""
    sents = corpus.sentences.loc[:, ["doc_id", "char_start", "text"]].rename(columns={"text": "sentence"})
    left = quotes.loc[:, ["doc_id", "start"]].assign(_row=range(len(quotes))).sort_values("start")
    right = sents.assign(char_start=sents["char_start"].astype("int64")).sort_values("char_start")
    joined = pd.merge_asof(left, right, left_on="start", right_on="char_start", by="doc_id", direction="backward")
    return joined.sort_values("_row")["sentence"].fillna("").astype(str).reset_index(drop=True)


#: a clause right after a description that says the text withholds the person's name ("the official, who declined
#: to be named, told reporters"; "…, asking not to be identified")
_WITHHELD = re.compile(r",?\s+(?:who\s+(?:declined|refused|asked|requested|did\s+not\s+want)|asking|declining)\s+"
                       r"(?:not\s+)?to\s+be\s+(?:named|identified)|,?\s+who\s+spoke\s+on\s+(?:the\s+)?condition")


#: a verb of saying closing an aside after its subject: " said, ", " told Reuters, "
_ASIDE_VERB = re.compile(r"\s+(?:said|says|added|noted|argued|told\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s*,")
#: characters read on each side of a quotation for such a clause
_AROUND = 250


def _aside(description: str, context: str) -> bool:
    """Whether ``context`` holds the description as the subject of a verb of saying set off by commas inside the
    sentence ("The “float” of a lender, one former trader said, is now “…”"): the sentence is the source's
    own words, not a report of what the source was told."""
    at = context.find(description)
    return at >= 2 and context[:at].rstrip(" ").endswith(",") and _ASIDE_VERB.match(context, at + len(description)) \
        is not None


def _withheld(description: str, sentence: str) -> bool:
    """Whether ``sentence`` says right after ``description`` that the person's name is withheld."""
    at = sentence.find(description)
    return at >= 0 and _WITHHELD.match(sentence, at + len(description)) is not None


def _unnamed_person(description: str, sentence: str = "") -> str:
    """The speaker a description that names no one still gives: an indefinite description of one person by
    role ("one former board member", "a senior trader at the bank", "another analyst"), or a role at an
    indefinite body ("the finance director of one listed chain"), is how news prose quotes an unnamed source, and
    that source is the quotation's speaker, written without its determiner ("former board member"). Anything else
    (a document, a group, a definite description of someone the text names) gives none ("")."""
    words = description.split()
    if words[:1] == ["the"] and len(words) >= 2 and _withheld(description, sentence):
        # "“…,” the official, who declined to be named, told reporters": the same unnamed source, told as such
        return " ".join(words[1:]) if any(w.casefold().strip(",") in ROLE_PERSON for w in words[1:]) else ""
    if not unnamed_source(description):
        return ""
    head = words[1:] if words[0].casefold() in UNNAMED_SOURCE else \
        words[1:next(k for k, w in enumerate(words) if k >= 2 and w.casefold() in ("of", "at", "for", "from", "with"))]
    if not any(w.casefold().strip(",") in ROLE_PERSON for w in head):
        return ""
    return " ".join(words[1:])


#: an unnamed source telling the outlet itself ("One trader told us the rally was “…”"): its words, even in part
_TOLD_US = re.compile(r"\btold\s+(?:us|me)\b")


def _named_only(quotes: pd.DataFrame, texts: dict[str, str] | None = None) -> pd.DataFrame:
    """A description that names no one ("the source", "its official website") is kept as ``speaker_mention``
    but is no speaker: the row is unattributed (``attribution`` none). An unnamed source quoted in full
    ("The mill will not reopen," one former board member said) keeps the description (:func:`_unnamed_person`);
    a partial quotation relayed by one is left unattributed (its words are often what the source was told), unless
    the source told the outlet itself ("One trader told us the rally was “…”"). ``texts`` (document id -> text) gives
    the words around each quotation, where a definite description may be said to withhold a name ("the official, who
    declined to be named, told reporters")."""
    unnamed = (quotes["speaker_type"] == "") & (quotes["speaker"] != "")
    if not unnamed.any():
        return quotes
    out = quotes.copy()
    sentences = out.loc[unnamed, "sentence"].astype(str) if "sentence" in out.columns else pd.Series("", index=out.index[unnamed])
    if texts:
        sentences = pd.Series([texts.get(d, "")[max(0, a - _AROUND):b + _AROUND] for d, a, b in zip(
            out.loc[unnamed, "doc_id"], out.loc[unnamed, "start"], out.loc[unnamed, "end"], strict=True)],
            index=sentences.index, dtype=object)
    described = pd.Series([_unnamed_person(d, s) for d, s in zip(out.loc[unnamed, "speaker"], sentences, strict=True)],
                          index=sentences.index, dtype=object)
    told = out.loc[unnamed, "sentence"].astype(str).str.contains(_TOLD_US) if "sentence" in out.columns else False
    aside = pd.Series([_aside(d, s) for d, s in zip(out.loc[unnamed, "speaker"], sentences, strict=True)],
                      index=sentences.index, dtype=bool)
    described = described.where((out.loc[unnamed, "kind"] == "direct") | told | aside, "")
    out.loc[unnamed, "speaker"] = described
    out.loc[unnamed & (out["speaker"] == ""), "attribution"] = "none"
    return out


def found_quotes(corpus: Corpus, mentions: pd.DataFrame | None) -> pd.DataFrame:
    """The per-document part of :func:`quote_variants`: every quotation of ``corpus`` with its speaker, ``file,
    outlet, sentence``, in document order then position; each document's rows depend on that document and its
    ``mentions`` only."""
    quotes = find_corpus_quotes(corpus.docs.loc[:, [c for c in ("doc_id", "text", "title", HEAD_LINES, "outlet")
                                                    if c in corpus.docs.columns]], mentions)
    docs = corpus.docs.loc[:, ["doc_id", "file", "outlet"]]
    quotes = quotes.merge(docs, on="doc_id", how="left")
    quotes = quotes.assign(quote=quotes["quote"].str.rstrip(" ,;:"))  # the comma before "X said" is not quoted
    quotes = quotes.assign(sentence=_sentences(quotes, corpus)) if len(quotes) else quotes.assign(sentence="")
    if len(quotes) and (quotes["start"] < 0).any():  # a headline's quotation: its sentence is the headline
        titles = quotes["doc_id"].map(dict(zip(corpus.docs["doc_id"], corpus.docs["title"], strict=True)))
        titles = titles.fillna("").astype(str)
        if HEAD_LINES in corpus.docs.columns:  # (or the standfirst under it, when the words are not the headline's)
            heads = quotes["doc_id"].map(dict(zip(corpus.docs["doc_id"], corpus.docs[HEAD_LINES], strict=True)))
            decks = pd.Series([standfirst(t, h) if isinstance(h, str) and q not in t else t for t, h, q in zip(
                titles, heads, quotes["quote"].astype(str), strict=True)], index=quotes.index)
            titles = decks.where(decks != "", titles)
        quotes = quotes.assign(sentence=quotes["sentence"].where(quotes["start"] >= 0, titles))
    return _named_only(_without_own_outlet_turns(quotes, corpus), dict(zip(corpus.docs["doc_id"], corpus.docs["text"],
                                                                           strict=True)))


def _folded_outlet(outlet: str) -> str:
    words = outlet.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def own_outlet_label(label: str, outlet: str) -> bool:
    """Whether a turn's label is the publication's own name, without "The", or its initials ("Brewers Trade
    Journal:" or "BTJ:" in an interview the Brewers Trade Journal prints): the outlet asking the questions."""
    label, outlet = label.strip(), (outlet or "").strip()
    if not label or not outlet:
        return False
    if _folded_outlet(label) == _folded_outlet(outlet):
        return True
    words = [w for w in re.split(r"[\s-]+", outlet) if w[:1].isalpha()]
    if words and words[0].casefold() == "the":
        words = words[1:]
    initials = {"".join(w[0] for w in words if w[0].isupper()), "".join(w[0] for w in words).upper()}
    return 2 <= len(label) <= 6 and label.isalpha() and label.isupper() and label in initials


def _without_own_outlet_turns(quotes: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """``quotes`` without the turns of an interview printed under the publication's own name or initials
    (:func:`own_outlet_label`): a label opening its line, then a colon, then the words. The outlet's questions
    are no quotation of a source; prose naming the outlet ("told the Journal") is untouched."""
    if quotes.empty:
        return quotes
    texts = dict(zip(corpus.docs["doc_id"].astype(str), corpus.docs["text"].astype(str), strict=True))
    keep = []
    labels, outlets = quotes["speaker_mention"].astype(str), quotes["outlet"].fillna("").astype(str)
    for doc_id, start, label, outlet in zip(quotes["doc_id"].astype(str), quotes["start"].tolist(), labels, outlets,
                                            strict=True):
        if int(start) < 0:  # a headline's quotation is no turn
            keep.append(True)
            continue
        text = texts.get(doc_id, "")
        line = text.rfind("\n", 0, int(start)) + 1
        head = text[line:int(start)]
        # (the label opening the line first: the cheapest test, and false for nearly every quotation)
        keep.append(not (head.strip().removesuffix(":").strip() == label.strip()
                         and _LABEL_HEAD.fullmatch(head) is not None and own_outlet_label(label, outlet)))
    return quotes.loc[keep].reset_index(drop=True)


_LABEL_HEAD = re.compile(r"[ \t]*[^\n:]{1,60}:[ \t]*")


def clustered_quotes(found: pd.DataFrame, corrections: Corrections | None = None) -> pd.DataFrame:
    """The corpus part of :func:`quote_variants`: the user's ``corrections`` applied to ``found``
    (:func:`found_quotes` of the whole corpus) and the quotations clustered, ordered by cluster, document,
    position."""
    return clustered_quotes_kept(found, corrections)[0]


def clustered_quotes_kept(found: pd.DataFrame, corrections: Corrections | None = None,
                          state: ClusterState | None = None) -> tuple[pd.DataFrame, ClusterState]:
    """:func:`clustered_quotes` from the clustering a previous run left (``state``, see
    :func:`analysis.quotes.cluster.cluster_quotes_kept`: only what the new or changed quotations can change is
    verified), with the state to keep for the next run; the table is the one a clustering from scratch gives."""
    out, kept = cluster_quotes_kept(apply_corrections(found, corrections or {}), state)
    return _described_from_cluster(out).sort_values(["cluster_id", "doc_id", "start"]).reset_index(drop=True), kept


#: a description of a person or body told by its role, naming no one ("its chief executive", "the chief
#: executive", "the company's finance chief"): a determiner or a possessive, then lower-case words
_MIN_WORDS_HELD = 3  # the fewest words an open quotation must have to be found inside another's
_ROLE_DESCRIPTION = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s)(?:\s+[a-z][\w-]*){1,3}")


def _folded_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _described_from_cluster(quotes: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` (clustered: needs ``cluster_id, quote, speaker, speaker_mention, attribution``) where a quotation
    the rules credited to no one, told by a description of its speaker's role ("“…,” its chief executive said" in a
    column that never names her), takes the one speaker the other printings of the same words name (its cluster, or
    the rows whose words hold it whole: "no liquidity issue" in "no liquidity issues, …"), when a mention the
    story gives that speaker holds the description's noun ("Chief Executive Jane Roe said"): the story names that
    person by that role. A
    scare quote (no description) or words two speakers said are left as they are. Only the few open rows are
    compared with the named ones (no pair of the corpus's quotations is)."""
    if quotes.empty:
        return quotes
    speaker = quotes["speaker"].fillna("")
    unnamed = (speaker == "") & (quotes["attribution"] == "none")
    if not unnamed.any():
        return quotes
    mention = quotes.loc[unnamed, "speaker_mention"].fillna("").astype(str)
    open_ = pd.Series(False, index=quotes.index)
    open_[mention.index] = [bool(_ROLE_DESCRIPTION.fullmatch(m)) for m in mention.tolist()]
    if not open_.any():
        return quotes
    named = quotes.loc[speaker != ""]
    # every mention the story gives each speaker ("Chief Executive Jane Roe", "Acme finance chief Jane Roe")
    names_named = named["speaker"].astype(str).tolist()
    roles: dict[str, set[str]] = {}
    for name, said in zip(names_named, named["speaker_mention"].fillna("").astype(str).tolist(), strict=True):
        roles.setdefault(name, set()).add(said)
    by_cluster: dict[str, set[str]] = {}
    for cluster, name in zip(named["cluster_id"].tolist(), names_named, strict=True):
        by_cluster.setdefault(cluster, set()).add(name)
    opened = quotes.loc[open_, ["quote", "cluster_id"]]
    clusters = dict(zip(opened.index, opened["cluster_id"].tolist(), strict=True))
    wanted = {i: _folded_words(str(q)).split() for i, q in zip(opened.index, opened["quote"].tolist(), strict=True)}
    wanted = {i: w for i, w in wanted.items() if len(w) >= _MIN_WORDS_HELD}
    # the named rows holding an open quotation's first words (one pass over their words, no pair of rows compared)
    heads = {tuple(w[:_MIN_WORDS_HELD]) for w in wanted.values()}
    holding: dict[tuple[str, ...], list[int]] = {}  # first three words -> the named rows whose text holds them
    folded: dict[int, str] = {}
    if heads:
        # (the named rows' words as one text, searched for each first three words: only the few rows that hold them
        # are read word by word)
        quotes_named = named["quote"].fillna("").astype(str).tolist()
        big = "\n".join(quotes_named).casefold()
        offsets = [0]
        for quote in quotes_named:
            offsets.append(offsets[-1] + len(quote) + 1)
        for head in heads:
            needle = " ".join(head)
            at = big.find(needle)
            while at >= 0:
                k = bisect_right(offsets, at) - 1
                holding.setdefault(head, []).append(k)
                if k not in folded:
                    folded[k] = " " + _folded_words(quotes_named[k])
                at = big.find(needle, at + 1)
    fill = {}
    for i, words in wanted.items():
        text = " " + " ".join(words)  # (held from a word's start: "no liquidity issue" in "no liquidity issues, …")
        names = set(by_cluster.get(clusters[i], set()))
        names |= {names_named[k] for k in holding.get(tuple(words[:_MIN_WORDS_HELD]), []) if text in folded[k]}
        if len(names) != 1:
            continue
        noun = re.compile(r"\b" + re.escape(mention[i].split()[-1].casefold()) + r"\b")
        name = next(iter(names))
        if any(noun.search(said.casefold()) for said in roles.get(name, ())):
            fill[i] = name
    if not fill:
        return quotes
    out = quotes.copy()
    idx = list(fill)
    out.loc[idx, "speaker"] = [fill[i] for i in idx]
    out.loc[idx, "attribution"] = "coreference"
    if "speaker_type" in out.columns:
        types = named.drop_duplicates("speaker").set_index("speaker")["speaker_type"]
        out.loc[idx, "speaker_type"] = [types.get(fill[i], "") for i in idx]
    return out


def quote_variants(corpus: Corpus, mentions: pd.DataFrame | None, corrections: Corrections | None = None) -> pd.DataFrame:
    """Every quotation of ``corpus`` with its speaker and cluster.

    ``mentions`` are the corpus's entity mentions as the quote engine reads them (``doc_id, start, end, name,
    type``, offsets into ``docs.text``); ``corrections`` the user's speaker corrections
    (:func:`analysis.quotes.corrections.load_corrections`). Returns one row per quotation: the
    :func:`analysis.quotes.find.find_corpus_quotes` columns (``start``/``end`` offsets into ``docs.text``, the
    cleaned text the engine read) plus ``file, outlet, sentence, cluster_id, fidelity, representative``,
    ordered by cluster, document, position. ``speaker`` is a name or empty: a description that names no one
    stays in ``speaker_mention`` only."""
    return clustered_quotes(found_quotes(corpus, mentions), corrections)


def quote_table(variants: pd.DataFrame) -> pd.DataFrame:
    """CLI ``quotes``: one row per quotation of ``variants`` (:func:`quote_variants`, possibly narrowed),
    :data:`TABLE_COLUMNS`, ordered by cluster then document."""
    if variants.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    return variants.loc[:, TABLE_COLUMNS].reset_index(drop=True)


def _speaker(values: pd.Series) -> str:
    named = [str(x) for x in values if x]
    return Counter(named).most_common(1)[0][0] if named else ""


def quote_cards(variants: pd.DataFrame, doc_ids: set[str], min_outlets: int = 1, search: str = "",
                order: CardOrder = "outlets") -> pd.DataFrame:
    """One row per cluster among ``doc_ids`` (the Quotes page): :data:`CARD_COLUMNS`.

    ``speaker`` is the most common non-empty speaker of the cluster's variants; only clusters printed by at
    least ``min_outlets`` outlets are kept; ``search`` (casefolded words) keeps clusters whose speaker or
    wording contains every word; ``order`` "outlets" puts the most widely printed first (then the least
    faithful), "first" keeps cluster order (order of first appearance)."""
    part = variants.loc[variants["doc_id"].isin(doc_ids)]
    if part.empty:
        return pd.DataFrame(columns=CARD_COLUMNS)
    out = part.groupby("cluster_id", as_index=False, sort=True).agg(
        speaker=("speaker", _speaker),
        representative=("representative", "first"),
        outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
        n_outlets=("outlet", "nunique"), documents=("doc_id", "nunique"), min_fidelity=("fidelity", "min"),
        _words=("quote", lambda s: " ".join(s).casefold()),
        _speakers=("speaker", lambda s: " ".join(sorted(set(s))).casefold()),
    )
    out = out.loc[out["n_outlets"] >= min_outlets]
    for word in search.casefold().split():
        out = out.loc[out["_words"].str.contains(word, regex=False) | out["_speakers"].str.contains(word, regex=False)]
    if order == "outlets":
        out = out.sort_values(["n_outlets", "min_fidelity", "cluster_id"], ascending=[False, True, True])
    return out.loc[:, CARD_COLUMNS].reset_index(drop=True)
