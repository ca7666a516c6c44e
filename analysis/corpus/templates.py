"""The corpus-level template pass: a line that the pages of other articles print too is the site's furniture,
not any one article's text.

Scraped pages carry their site's template around the article: footers, disclaimers, comment boxes, sign-up
prompts, section headings. One page alone cannot always tell them from prose, but the corpus can: the same line
(its digits masked, and its names too in a short line of running words: :func:`line_key`) comes back on the pages
of other articles. Article text comes back too when a story is reprinted, edited or spliced (syndication), so
the pass reads each repeated line's place on its page, not its words:

- pages that are copies of one story (they share most of their lines, or most of the word triples of the lines
  they do not share) never make a line template for each other;
- a line every page prints after its own last paragraph (the last paragraph of prose no other page prints) is
  a footer, unless a neighbouring paragraph of prose that the other page prints too stands inside some page's
  article (the last lines of a reprint), or it is a sentence each page prints with figures of its own (a market
  report's closing line of the day's currency);
- a short line amid the article is taken unless it leads in to the paragraph after it ("What happens next?",
  "He added:") or sits in a run of prose another page prints too (a reprint's run);
- a sentence amid the article is taken only when the pages fill it in (the same line with other names or
  figures, "Thanks for reading N!"), at least two other pages print it and no prose around it is shared.

The pass runs once on the whole corpus after each article is cleaned (:func:`analysis.corpus.load.build_corpus`),
in time linear in its lines (pairs of pages are compared only when they print a line in common, once).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from analysis.corpus.cleaning import Removal
from analysis.corpus.furniture import is_prose
from analysis.corpus.prepare import Prepared


#: How many paragraphs either side are looked at for a run of prose that other pages print too (a reprint).
NEIGHBOURS = 2
#: How a heading or lead-in of the paragraph after it ends (a dateline's dash too: "HAVANA (Agency) --", "MIAMI _").
_LEADS = (".", "?", "!", ":", "…", "--", "—", "–", "_")
#: A line the pass may take opens with a letter (a fragment in lower case is the rest of a sentence cut in two):
#: rules, numbers, markup and quoted lines are left to the page rules.
_OPENS_RE = re.compile(r"[^\W\d_]")
REASON_TEMPLATE = "site template (the line recurs on the pages of other articles)"

_DIGITS_RE = re.compile(r"\d+(?:[.,:/]\d+)*")
#: A run of capitalised words ("Ondara Telecom", "The Ledger Post", "Kessler-Rothmann"), small joiners inside.
_NAME_RUN_RE = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+(?:of|de|du|von|van|der|and|&|the)?\s*[A-Z][\w'’&.-]*)*")
#: Names are masked only in a line with at least this many words in lower case: the words of the template
#: then carry the match ("Thanks for reading N! Subscribe for free ..."), while short lines must match whole.
MASK_NAMES_MIN_WORDS = 4
MASK_NAMES_MAX_CHARS = 400
_HAS_DIGIT_RE = re.compile(r"\d")
_RUNNING_WORDS_RE = re.compile(r"(?:(?<!\S)[a-z][^\n]*?){%d}" % MASK_NAMES_MIN_WORDS)


def line_key(line: str) -> str:
    """The line as its template prints it: digits masked, names masked in a line of running words (up to
    :data:`MASK_NAMES_MAX_CHARS` long: a longer paragraph is the article's own or matches whole), lower case."""
    key = _DIGITS_RE.sub("0", line) if _HAS_DIGIT_RE.search(line) else line
    if len(key) <= MASK_NAMES_MAX_CHARS and _RUNNING_WORDS_RE.search(key):
        key = _NAME_RUN_RE.sub("N", key)
    return key.casefold()


_WORD_RE = re.compile(r"\w+")
#: Two pages are copies of one story (a reprint, an edit, a splice) when, leaving aside the lines both print, this
#: share of the word triples of the shorter rest is found in the other's rest (an edited sentence keeps most of
#: its triples), or when the lines both print are at least this share of the shorter page.
REPRINT_SHARE = 0.3
SHARED_LINES_SHARE = 0.5
#: A paragraph of prose is the page's own when no other page prints its key, nor a paragraph of prose that opens
#: or ends with the same this many words (a footer with the site's address in it is not the page's own).
END_WORDS = 8


def _ends(key: str) -> tuple[str, str]:
    """The first and the last :data:`END_WORDS` words of a line's key, marked apart."""
    words = key.split()
    return "<" + " ".join(words[:END_WORDS]), ">" + " ".join(words[-END_WORDS:])


def _triples(line: str) -> frozenset[int]:
    """Hashes of the line's word triples (lower case, digits masked)."""
    words = _WORD_RE.findall(_DIGITS_RE.sub("0", line).casefold())
    return frozenset(hash(t) for t in zip(words, words[1:], words[2:]))


def _meet_elsewhere(a: set[int], b: set[int], page: int) -> bool:
    """Whether a page other than ``page`` is in both ``a`` and ``b`` (walks the smaller set, stops at the first)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return any(d != page and d in large for d in small)


#: How many items back a list's lead-in may stand, and how many words in lower case it holds at least (a clause,
#: not a label): :func:`_listed_under_own_lead`.
MAX_LIST_ITEMS = 30
LEAD_MIN_RUNNING_WORDS = 3
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def _listed_under_own_lead(doc: Sequence[str], doc_keys: Sequence[str], where: dict[str, set[int]], j: int,
                           running_words: int = LEAD_MIN_RUNNING_WORDS) -> bool:
    """Whether paragraph ``j`` is an item of a list that the page's own words introduce: the paragraphs before it,
    back to a line ending in a colon, are short lines (the list's earlier items), and no other page prints that
    line ("Other game stocks were mixed:", then "Quistal +2.1%", "Zorbo Tamm -1.8%"). The items are the
    article's figures, however many pages print a line of the same shape; a site's widget is headed by a label
    ("Top movers:") or by words other pages print too. ``running_words``: how many words in lower case the
    lead-in holds at least."""
    for n in range(j - 1, max(-1, j - 1 - MAX_LIST_ITEMS), -1):
        line = doc[n].rstrip()
        if line.endswith(":"):
            return len(where[doc_keys[n]]) == 1 and len(_LOWER_WORD_RE.findall(line)) >= running_words
        if is_prose(line):
            return False
    return False


#: A measure among a line's figures: a percentage or a figure with decimals ("0.3%", "$1.3555"; not a day written
#: "3.5.2031" nor a time "10.15am").
_MEASURE_RE = re.compile(r"\d\s?%|(?<![\d.])\d+\.\d+(?![\d.]|\s?[ap]\.?m\b)")


def _own_figures(spellings: set[str], holders: set[int]) -> bool:
    """Whether the pages that print a line each print it with figures of their own, in the same words ("The krona
    fell 0.2% to 9.1240 per euro." on one day's market report, "... 0.5% to 9.1815 per euro." on another's): a sentence of each
    page's news in the outlet's set phrase, not its template, which prints the same figures on every page (a
    copyright's year), fills in a name or the day it was printed ("Printed from <site> on May 3, 2031."): the
    figures are measures (a percentage or a decimal), no day or time."""
    return len(spellings) == len(holders) > 1 and len({_DIGITS_RE.sub("0", p) for p in spellings}) == 1 \
        and all(_MEASURE_RE.search(p) for p in spellings)


def template_lines(documents: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each document (its kept paragraphs, in order), the indices of the paragraphs that are the site's
    template (the rules are in the module's docstring): the line's key (:func:`line_key`) is printed by at least
    one other document that is not a copy of the same story (:data:`REPRINT_SHARE`), and its place on the page
    is a template's."""
    keys = [[line_key(p) for p in doc] for doc in documents]
    key_sets = [set(k) for k in keys]
    where: dict[str, set[int]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    for i, doc_keys in enumerate(keys):
        for k, p in zip(doc_keys, documents[i]):
            where[k].add(i)
            spellings[k].add(p)
    line_triples: dict[int, list[frozenset[int]]] = {}
    related: dict[tuple[int, int], bool] = {}

    def rest(d: int, shared: set[str]) -> set[int]:
        if d not in line_triples:
            line_triples[d] = [_triples(p) for p in documents[d]]
        out: set[int] = set()
        for k, t in zip(keys[d], line_triples[d]):
            if k not in shared:
                out |= t
        return out

    def copies(a: int, b: int) -> bool:
        pair = (a, b) if a < b else (b, a)
        if pair not in related:
            shared = key_sets[a] & key_sets[b]
            if len(shared) >= SHARED_LINES_SHARE * min(len(key_sets[a]), len(key_sets[b])):
                related[pair] = True
            else:
                ra, rb = rest(a, shared), rest(b, shared)
                small, large = (ra, rb) if len(ra) <= len(rb) else (rb, ra)
                related[pair] = bool(small) and len(small & large) >= REPRINT_SHARE * len(small)
        return related[pair]

    prose = [[is_prose(p) for p in doc] for doc in documents]
    ends: dict[str, set[int]] = defaultdict(set)  # pages by the first and the last words of their paragraphs
    for i, doc_keys in enumerate(keys):
        for j, k in enumerate(doc_keys):
            if prose[i][j]:
                for e in _ends(k):
                    ends[e].add(i)
    # in a page's tail: after the page's last paragraph of its own prose (one no other page prints), with such a
    # paragraph before it; a key is a footer's when every page that prints it prints it in its tail
    in_body: set[str] = set()
    tails: list[int] = []
    for i, doc_keys in enumerate(keys):
        last_own = max((j for j, k in enumerate(doc_keys) if prose[i][j] and len(where[k]) == 1
                        and all(len(ends[e]) == 1 for e in _ends(k))), default=-1)
        if last_own < 0:
            # a page reprinted whole has no paragraph only it prints: its story's own are those that only copies
            # of the same story print (a site's footer is printed by the pages of other stories too)
            last_own = max((j for j, k in enumerate(doc_keys) if prose[i][j]
                            and all(d == i or copies(i, d) for d in where[k])
                            and all(d == i or copies(i, d) for e in _ends(k) for d in ends[e])), default=-1)
        if last_own < 0:
            # a page with no prose of its own (a flash of bullet lines): its last line that no page of another story
            # prints
            last_own = max((j for j, k in enumerate(doc_keys) if all(d == i or copies(i, d) for d in where[k])),
                           default=-1)
        tails.append(last_own if last_own >= 0 else len(doc_keys))
        in_body.update(doc_keys[:tails[-1] + 1])
    def places(d: int, k: str) -> list[int]:
        # the paragraphs of page ``d`` printing key ``k`` (asked only of a line about to be taken)
        return [jd for jd, kd in enumerate(keys[d]) if kd == k]

    def _beside_shared_body(i: int, k: str, holders: set[int]) -> bool:
        # another page prints the line beside a paragraph of prose that this page prints in its article
        for d in holders:
            if d == i:
                continue
            for jd in places(d, k):
                for n in range(max(0, jd - NEIGHBOURS), min(len(keys[d]), jd + NEIGHBOURS + 1)):
                    kn = keys[d][n]
                    if n != jd and prose[d][n] and i in where[kn] and kn in in_body:
                        return True
        return False

    def _own_item(d: int, k: str) -> bool:
        # the other page prints the line as an item of a list its own words introduce: no site's widget
        return any(_listed_under_own_lead(documents[d], keys[d], where, jd) for jd in places(d, k))

    out: list[set[int]] = []
    for i, doc_keys in enumerate(keys):
        doc = documents[i]
        drop: set[int] = set()
        for j, k in enumerate(doc_keys):
            holders = where[k]
            if len(holders) < 2 or not _OPENS_RE.match(doc[j]) or doc[j][0].islower():
                continue
            run = range(max(0, j - NEIGHBOURS), min(len(doc), j + NEIGHBOURS + 1))
            shared_run = [doc_keys[n] for n in run if n != j and prose[i][n] and len(where[doc_keys[n]]) > 1
                          and _meet_elsewhere(where[doc_keys[n]], holders, i)]
            lead_in = j + 1 < len(doc) and prose[i][j + 1] and doc[j].rstrip().endswith(_LEADS)
            if k not in in_body:
                # every page prints it after its own last paragraph: the site's footer, unless a neighbour that
                # another page prints too stands in some page's article (a reprint's last lines), on this page or
                # on the other (a list of key dates whose items two pages share, cut at another item on each)
                template = not any(n in in_body for n in shared_run) and not _beside_shared_body(i, k, holders) \
                    and not (prose[i][j] and _own_figures(spellings[k], holders))
            elif prose[i][j] and not (lead_in and doc[j].rstrip().endswith(":")):
                # a sentence amid the article may be a reprint's: taken only when the pages fill it in (another page
                # prints it with other names or figures: "Thanks for reading N!"), at least two other pages print
                # it, none of them a copy of this story, and no prose around it is printed elsewhere too
                template = (len(spellings[k]) > 1 and len(holders) >= 3 and not shared_run
                            and not any(d != i and copies(i, d) for d in holders))
            else:
                # a short line: not a heading or lead-in of the article's own paragraph ("What happens next?", "He
                # added:"), nor inside a run of prose that another page prints too (a reprint's lines)
                template = not lead_in and not shared_run
            if template and _listed_under_own_lead(doc, doc_keys, where, j):
                template = False
            others = [d for d in holders if d != i and not copies(i, d)] if template else []
            if others and not (all(_own_item(d, k) for d in others)
                               and _listed_under_own_lead(doc, doc_keys, where, j, running_words=1)):
                # (a list under a label of the page's own, "Biggest decliners, Thursday:", whose items the other pages
                # print in lists their own words introduce: two articles listing the same companies, no widget)
                drop.add(j)
        out.append(drop)
    return out


def drop_template_lines(texts: Sequence[str], prepared: Sequence[Prepared]) -> list[Prepared]:
    """The prepared articles of one corpus (:func:`analysis.corpus.prepare.prepare_texts` of ``texts``) without
    the paragraphs :func:`template_lines` finds, each recorded as a removal (:data:`REASON_TEMPLATE`) at the line
    it was read from; the sentence spans of the paragraphs kept are renumbered."""
    drops = template_lines([clean.paragraphs for clean, _ in prepared])
    out: list[Prepared] = []
    for text, (clean, spans), drop in zip(texts, prepared, drops):
        if not drop:
            out.append((clean, spans))
            continue
        keep = [j for j in range(len(clean.paragraphs)) if j not in drop]
        new_id = {old: new for new, old in enumerate(keep)}
        sources = clean.sources if len(clean.sources) == len(clean.paragraphs) else ()
        removals = [Removal(text.count("\n", 0, sources[j][0]) + 1 if sources else 0, clean.paragraphs[j], REASON_TEMPLATE)
                    for j in sorted(drop)]
        out.append((replace(
            clean, paragraphs=tuple(clean.paragraphs[j] for j in keep),
            sources=tuple(sources[j] for j in keep) if sources else clean.sources,
            removals=tuple(sorted((*clean.removals, *removals), key=lambda r: r.line_no)),
        ), tuple((new_id[p], s, e) for p, s, e in spans if p in new_id)))
    return out
