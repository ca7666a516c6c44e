"""Constants shared across Storytrace. Edit here, not in the modules that use them."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
REFERENCE_DIR = SEEDS_DIR / "reference"

#: Environment variables a deployment can set.
ENV_CORPUS_DIR = "STORYTRACE_CORPUS"
ENV_UPLOAD_DIR = "STORYTRACE_UPLOAD_DIR"
ENV_MAX_FILE_MB = "STORYTRACE_MAX_FILE_MB"
ENV_STORE_DIR = "STORYTRACE_STORE_DIR"
ENV_WORKERS = "STORYTRACE_WORKERS"

#: The user's data folder (uploads, and the stores of corpora that cannot hold their own).
DATA_DIR = Path(os.environ.get("XDG_DATA_HOME", str(Path.home() / ".local" / "share"))) / "storytrace"
#: Where uploaded articles are kept unless STORYTRACE_UPLOAD_DIR says otherwise.
DEFAULT_UPLOAD_DIR = DATA_DIR / "uploads"

#: Files a corpus folder may hold. Everything else is refused with a reason.
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".json", ".jsonl", ".csv")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES
MANIFEST_NAME = "manifest.csv"

#: One article file may be at most this big (MiB); a CSV/JSON/JSONL collection of articles up to the larger one.
MAX_FILE_MB = float(os.environ.get(ENV_MAX_FILE_MB, "5"))
MAX_COLLECTION_MB = 10 * MAX_FILE_MB
#: Reading one file may take at most this long (seconds); a slower file is refused with a reason.
FILE_TIME_BUDGET_S = 10.0
#: A .zip upload: at most this many members and this much unpacked text.
MAX_ZIP_MEMBERS = 2000
MAX_ZIP_UNPACKED_MB = 200.0

#: Manifest columns Storytrace understands; any other column is kept and shown as is.
MANIFEST_COLUMNS = (
    "file",
    "outlet",
    "url",
    "published",
    "published_earliest",
    "published_basis",
    "derived_from",
    "title",
    "notes",
)

#: Columns of the documents table, in display order (extra manifest columns follow).
DOC_COLUMNS = (
    "doc_id",
    "file",
    "outlet",
    "outlet_basis",
    "url",
    "published",
    "published_earliest",
    "published_at",
    "published_basis",
    "published_note",
    "title",
    "derived_from",
    "notes",
    "origin",
    "words",
    "sentences",
    "removed_lines",
    "text",
)

#: Columns printed by `python -m analysis docs`.
DOCS_CLI_COLUMNS = (
    "doc_id",
    "file",
    "outlet",
    "url",
    "published",
    "published_basis",
    "title",
    "words",
    "sentences",
    "removed_lines",
)

#: A repeated paragraph at least this long (characters) is dropped as a duplicate.
MIN_DUPLICATE_CHARS = 25
#: Paragraphs this long or longer are also compared fuzzily (rapidfuzz ratio) for near-duplicates.
FUZZY_DUPLICATE_MIN_CHARS = 80
FUZZY_DUPLICATE_RATIO = 95.0
#: A long paragraph is compared fuzzily with at most this many earlier long paragraphs (the nearest ones), so
#: an article of thousands of paragraphs is cleaned in linear time; exact repeats are found at any distance.
FUZZY_DUPLICATE_WINDOW = 64

#: Clean this many new articles or more, and run the per-document steps of a corpus this large, in worker
#: processes (one per core, :func:`workers`); memoise this many cleaned texts.
PARALLEL_MIN_DOCS = 400
#: At most this many worker processes, whatever the number of cores.
MAX_WORKERS = 8
CLEAN_MEMO_SIZE = 50_000
#: ... and at most this much cleaned text (MiB), whichever limit comes first.
CLEAN_MEMO_MB = 512.0

#: Chart look shared by the app, the export and the CLI.
CHART_FONT = "DejaVu Sans, Arial, sans-serif"
CHART_WIDTH = 1100
CHART_HEIGHT = 600
#: Greyscale-safe sequential scale (light → dark) for heatmaps.
SEQUENTIAL_SCALE = "Blues"
#: A qualitative palette that stays distinguishable in greyscale print (Okabe–Ito).
QUALITATIVE_PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#F0E442",
    "#000000",
)
#: Colours for groups past :data:`QUALITATIVE_PALETTE` (a chart's ninth sector on): hues unlike the palette's,
#: from Paul Tol's colour-blind-safe sets (indigo, wine, olive, dark green, dark brown, purple, pale cyan, sand),
#: so a ninth sector is not the first one's blue told apart by a hatching too fine to see at legend size.
SECOND_PALETTE = (
    "#332288",
    "#882255",
    "#999933",
    "#117733",
    "#661100",
    "#AA4499",
    "#88CCEE",
    "#DDCC77",
)


def workers() -> int:
    """Worker processes for the per-document steps: STORYTRACE_WORKERS when set (1 runs every step in the app's
    own process), else one per core this process may use, at most :data:`MAX_WORKERS`."""
    value = os.environ.get(ENV_WORKERS, "").strip()
    if value.isdigit():
        return max(1, min(int(value), MAX_WORKERS))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_WORKERS))
