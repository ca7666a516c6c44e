"""Entities: people, organisations, places and products mentioned in the articles, with their spellings merged.

:func:`entity_mentions` is the one heavy step (one row per mention); everything else derives from it:
the entity filter (:mod:`analysis.pipeline`), :func:`entity_table` (CLI ``entities``) and the Entities page's
table and heatmap (:mod:`analysis.entities.chart`).

Merging rules, in order: catalog aliases map to their canonical name; an automatic span whose key
(casefolded, letters and digits only) equals a catalog alias, or is a close fuzzy match of one (rapidfuzz
ratio >= 92), joins it; a lone surname joins the full name of a person seen in the same document (else the only
such person in the corpus); a bare company name joins "<name> Inc/Group/…"; remaining spellings join on
token_sort_ratio >= 92. Sentence-initial single words are kept only if the same word appears elsewhere mid-sentence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Literal

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from analysis.corpus.load import Corpus
from analysis.entities.detect import (
    TOKEN,
    catalog_matcher,
    corpus_catalog_file,
    detect_candidates,
    given_names,
    norm_key,
    rules,
)

EntityType = Literal["PERSON", "ORG", "PLACE", "PRODUCT", "INDEX", "OTHER"]
MENTION_COLUMNS = ["doc_id", "sent_id", "entity", "type", "alias", "start", "end"]
TABLE_COLUMNS = ["file", "outlet", "entity", "type", "mentions", "aliases"]
FUZZY_MIN = 92


def _catalog_keys(extra: str | None) -> dict[str, tuple[str, str]]:
    matcher = catalog_matcher(extra)
    return {norm_key(alias): (canonical, etype) for alias, canonical, etype in matcher.lookup.values()}


def _resolve(cands: pd.DataFrame, extra: str | None, lower_vocabulary: set[str]) -> pd.DataFrame:
    """Give every candidate a canonical entity and a type; drop junk. Returns candidates + ``entity, etype``.

    ``lower_vocabulary`` holds the words the corpus also writes in lower case: an unknown capitalised span
    made only of such words ("Open Source", "Share") is ordinary vocabulary in title case, not a name."""
    catalog = _catalog_keys(extra)
    catalog_keys = list(catalog)
    auto = cands.loc[cands["source"] == "auto"]
    mid_sentence = set(auto.loc[~auto["initial"], "surface"].map(norm_key)) | set(
        cands.loc[cands["source"] == "catalog", "surface"].map(norm_key)
    )
    key_of = cands["surface"].map(norm_key)
    # 1. catalog (exact key or fuzzy)
    mapping: dict[str, tuple[str, str]] = {}
    for key in sorted(set(key_of[cands["source"] == "auto"])):
        if key in catalog:
            mapping[key] = catalog[key]
        elif len(key) >= 5:
            best = process.extractOne(key, catalog_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
            if best is not None:
                mapping[key] = catalog[best[0]]
    # 2. automatic groups: display form = most common surface (ties: more capitals, then alphabetical)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for key, surface, source in zip(key_of, cands["surface"], cands["source"], strict=True):
        if source == "auto" and key not in mapping:
            forms[key][surface] += 1
    display = {k: sorted(c.items(), key=lambda kv: (-kv[1], -sum(ch.isupper() for ch in kv[0]), kv[0]))[0][0]
               for k, c in forms.items()}
    given = given_names()
    legal_words = rules()["org_words"]
    person_like: dict[str, str] = {}  # key -> display, for multi-word names with a person cue
    org_like: dict[str, str] = {}
    keyed = cands.assign(key=key_of)
    for key, group in keyed.loc[keyed["source"] == "auto"].groupby("key"):
        if key in mapping:
            continue
        words = display[key].split()
        if len(words) >= 2 and bool(group["org_word"].any() or group["org_cue"].any()):
            org_like[key] = display[key]
        elif 2 <= len(words) <= 4 and (group["strong_cue"].any() or group["speech_cue"].any()
                                       or (words[0] in given and not set(words) & legal_words)) \
                and all(w[:1].isupper() and re.sub(r"[-.’']", "", w).isalpha() for w in words):
            person_like[key] = display[key]
    catalog_people = {canonical for canonical, etype in catalog.values() if etype == "PERSON"}
    # 3. lone surnames and bare company names
    surname_of: dict[str, list[str]] = defaultdict(list)
    for name in [*person_like.values(), *catalog_people]:
        surname_of[norm_key(name.split()[-1])].append(name)
    first_of: dict[str, list[str]] = defaultdict(list)  # "Acme" / "Acme Robotics" -> "Acme Robotics Inc"
    legal = rules()["org_words"]
    longer: dict[str, str] = {}  # "acmerobotics" -> "Acme Robotics Inc"
    for key, name in display.items():
        words = name.split()
        if len(words) >= 3 and words[-1] in legal and key not in mapping:
            longer[norm_key(" ".join(words[:-1]))] = name
    for key, name in display.items():
        words = name.split()
        if len(words) >= 2 and key not in person_like and key not in mapping:
            first_of[norm_key(words[0])].append(longer.get(key, name))
    doc_people: dict[str, set[str]] = defaultdict(set)
    for doc_id, key in zip(cands["doc_id"], key_of, strict=True):
        if key in person_like:
            doc_people[doc_id].add(person_like[key])
        elif key in mapping and mapping[key][1] == "PERSON":
            doc_people[doc_id].add(mapping[key][0])
    entity_col: list[str] = []
    lower_words = set(lower_vocabulary)
    type_col: list[str] = []
    for row, key in zip(cands.itertuples(index=False), key_of, strict=True):
        name, etype = "", ""
        if row.source == "catalog":
            name, etype = row.canonical, row.type
        elif key in mapping:
            name, etype = mapping[key]
        elif key in person_like:
            name, etype = person_like[key], "PERSON"
        elif key in longer:
            name, etype = longer[key], "ORG"
        elif key in org_like:
            name, etype = org_like[key], "ORG"
        elif row.tokens == 1 and key in surname_of:
            local = [p for p in surname_of[key] if p in doc_people[row.doc_id]]
            pool = local or (surname_of[key] if len(set(surname_of[key])) == 1 else [])
            if pool:
                name = pool[0]
                etype = "PERSON"
        if not name and key in first_of and len(set(first_of[key])) == 1:
            name = first_of[key][0]
            etype = "ORG" if name in org_like.values() else "OTHER"
        if not name:
            common = row.shape == "title" and not row.strong_cue and all(
                w.casefold() in lower_words for w in str(row.surface).split())
            if (row.initial and row.tokens == 1 and key not in mid_sentence) or common:
                name, etype = "", ""
            else:
                name = display.get(key, row.surface)
                etype = ("PERSON" if row.strong_cue and row.shape == "title" else
                         "ORG" if row.shape in ("acronym", "camel") or row.org_cue or row.org_word else "OTHER")
        entity_col.append(name)
        type_col.append(etype)
    out = cands.assign(entity=entity_col, etype=type_col)
    out = out.loc[out["entity"] != ""]
    # an automatic entity takes the most specific type any of its mentions earned
    rank = {"PERSON": 0, "ORG": 1, "PLACE": 2, "PRODUCT": 3, "INDEX": 4, "OTHER": 5}
    best = out.groupby("entity")["etype"].agg(lambda s: min(s, key=lambda t: rank.get(t, 9)))
    out = out.assign(etype=out["entity"].map(best))
    # junk control: an unknown single word needs two mentions or a speech cue
    stats = out.groupby("entity").agg(n=("entity", "size"), cue=("speech_cue", "any"))
    single_other = out["etype"].eq("OTHER") & ~out["entity"].str.contains(" ")
    weak = out["entity"].map(stats["n"]).lt(2) & ~out["entity"].map(stats["cue"]).astype(bool)
    return out.loc[~(single_other & weak)]


def _sentence_ids(resolved: pd.DataFrame, sentences: pd.DataFrame) -> list[int]:
    """The ``sent_id`` holding each mention's ``start`` (``-1`` when its document has no sentences): one
    vectorised search per document, not one pandas lookup per mention."""
    starts_by_doc = {
        d: (g["char_start"].to_numpy(), g["sent_id"].to_numpy())
        for d, g in sentences.sort_values("char_start").groupby("doc_id", sort=False)
    }
    out = np.full(len(resolved), -1, dtype="int64")
    doc_ids = resolved["doc_id"].to_numpy()
    starts = resolved["start"].to_numpy(dtype="int64")
    for doc_id, rows in pd.Series(doc_ids).groupby(doc_ids, sort=False).indices.items():
        found = starts_by_doc.get(doc_id)
        if found is None or not len(found[0]):
            continue
        pos = np.searchsorted(found[0], starts[rows], side="right") - 1
        out[rows] = found[1][np.maximum(pos, 0)]
    return out.tolist()


def entity_mentions(corpus: Corpus) -> pd.DataFrame:
    """One row per entity mention. Needs docs ``doc_id, text`` and sentences ``doc_id, sent_id, para_id,
    text, char_start, char_end``; returns :data:`MENTION_COLUMNS` (``alias`` = the surface form in the text,
    ``start``/``end`` = offsets into ``docs.text``), ordered by doc_id, start."""
    if corpus.docs.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    extra = corpus_catalog_file(corpus.folders)
    cands = detect_candidates(corpus.docs, corpus.sentences, extra)
    if cands.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS)
    vocabulary = {w for text in corpus.docs["text"] for w in TOKEN.findall(str(text)) if w.islower()}
    resolved = _resolve(cands, extra, vocabulary)
    sent_ids = _sentence_ids(resolved, corpus.sentences)
    out = pd.DataFrame({
        "doc_id": resolved["doc_id"].to_numpy(), "sent_id": sent_ids, "entity": resolved["entity"].to_numpy(),
        "type": resolved["etype"].to_numpy(), "alias": resolved["surface"].to_numpy(),
        "start": resolved["start"].astype(int).to_numpy(), "end": resolved["end"].astype(int).to_numpy(),
    })
    return out.sort_values(["doc_id", "start", "end"]).reset_index(drop=True)


def entity_table(mentions: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """CLI ``entities``: one row per entity per document of ``docs`` (needs ``doc_id, file, outlet``).
    ``mentions`` is an :func:`entity_mentions` frame; returns :data:`TABLE_COLUMNS` (``aliases`` = the surface
    forms seen, ``|``-joined), ordered by file, most mentions."""
    mentions = mentions.loc[mentions["doc_id"].isin(set(docs["doc_id"]))]
    if mentions.empty:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    grouped = mentions.groupby(["doc_id", "entity", "type"], as_index=False).agg(
        mentions=("alias", "size"), aliases=("alias", lambda s: "|".join(sorted(set(s))))
    )
    out = grouped.merge(docs.loc[:, ["doc_id", "file", "outlet"]], on="doc_id", how="left")
    out = out.sort_values(["file", "mentions", "entity"], ascending=[True, False, True])
    return out.loc[:, TABLE_COLUMNS].reset_index(drop=True)
