"""Loading a corpus: a folder of article files plus an optional ``manifest.csv``.

``load_corpus`` reads one or more folders, refuses bad files with a reason (the rest still load), cleans each
article and returns a :class:`Corpus` of tidy frames. Metadata keeps its basis: where the outlet and the
publication date came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

import pandas as pd

from analysis import config
from analysis.corpus.cleaning import CleanDocument, Removal, normalize_line, raw_line_spans
from analysis.corpus.furniture import (
    REASON_BYLINE, REASON_DATE, REASON_DATELINE, REASON_DEBRIS, REASON_FRONT_MATTER, REASON_HEADER, REASON_NAV, movers_strip,
)
from analysis.corpus.edits import EDITED_BASIS, load_edits
from analysis.corpus.provenance import (
    date_from_url, looks_like_outlet, outlet_from_url, outlet_name, read_provenance, same_outlet, title_site,
)
from analysis.corpus.offsets import paragraph_frame, paragraph_rows
from analysis.corpus.readers import RawArticle, read_article_bytes, read_csv_table
from analysis.corpus.prepare import Batches, PreparedCache, prepare_texts
from analysis.corpus.templates import drop_template_lines
from analysis.corpus.sentences import rows_to_frame, sentence_rows
from analysis.errors import BadCorpusPath, BadInputFile
from analysis.lexicon import CORPUS_CATALOG_NAME, check_catalog
from analysis.storage import STATE_DIR
from analysis.time.dates import parse_iso, parse_iso_time

Severity = Literal["refused", "warning"]
PROBLEM_COLUMNS = ["file", "severity", "reason"]
REMOVAL_COLUMNS = ["doc_id", "line_no", "text", "reason"]
_SKIP_NAMES = re.compile(r"^(readme|license|licence|changelog)(\.\w+)?$|^entities\.csv$", re.I)
#: Publication dates outside these years are refused (a manifest's 0001-01-01 or 9999-12-31 is a placeholder).
MIN_YEAR, MAX_YEAR = 1900, 2200
#: The one sub-folder a corpus folder documents (reference closing prices): not listed as skipped.
_REFERENCE_FOLDER = "reference"
#: The docs column of the lines above the article that cleaning keeps out of its text (the headline, a wire dateline
#: "CITY, March 9 (Agency) --", header and byline lines; not page furniture such as navigation), then the quote strips
#: it took out below the article's first paragraph (:func:`head_lines`): JSON
#: ``[[raw_start, line], ...]``, each ``line`` as it stands at ``raw_start`` in the file's text as read. The timex table
#: tags them apart from the text (:func:`analysis.timeline.timexes.timex_mentions`).
HEAD_LINES = "head_lines"
_HEAD_REASONS = frozenset({REASON_HEADER, REASON_DATE, REASON_DATELINE, REASON_BYLINE, REASON_DEBRIS, REASON_FRONT_MATTER})
#: The removal of the line cleaning read as the headline when another title is the article's (the manifest's, the
#: record's, the page's meta title or the user's edit): the line is not in the text, nor is it the title.
REASON_TITLE_REPLACED = "page header (read as the headline; the {source} gives the title)"
#: The site's name after a headline ("<headline> | The Vale Ledger"), taken off the title.
REASON_TITLE_SITE = "site name after the headline"
_TITLE_SOURCES = {"manifest": "manifest", EDITED_BASIS: "user's edit", "record": "record", "html meta": "page's meta tag",
                  "front matter": "front matter"}


def head_lines(clean: CleanDocument, text: str) -> str:
    """:data:`HEAD_LINES` of one document: the non-empty lines of ``text`` (the text as read) above the first paragraph
    cleaning kept that it took out as the headline, the dateline or a header or byline line, or as a quote strip
    (:func:`~analysis.corpus.furniture.movers_strip`, whatever rule took it out); then the quote strips it took out
    below that paragraph (a strip at the article's foot, "ACM -4.1% | BRT +1.2%", gives the day's moves as one over
    it does)."""
    if not clean.sources:
        return "[]"
    reasons: dict[int, set[str]] = {}
    for r in clean.removals:
        reasons.setdefault(r.line_no, set()).add(r.reason)
    out = []
    body = clean.sources[0][0]
    kept = {start for start, _end in clean.sources}
    for line_no, (start, end) in enumerate(raw_line_spans(text), start=1):
        line = text[start:end]
        why = reasons.get(line_no, set())
        if start < body:
            if normalize_line(line) and (why <= _HEAD_REASONS or why <= _HEAD_REASONS | {REASON_NAV} and movers_strip(line)):
                out.append([start, line])  # (a quote strip taken out as page chrome too: its cells are the day's moves)
        elif why and start not in kept and "%" in line and movers_strip(line):
            out.append([start, line])
    return json.dumps(out, ensure_ascii=False)


@dataclass(frozen=True)
class Problem:
    """A file that was refused, or loaded with a notice."""

    file: str
    reason: str
    severity: Severity = "refused"


@dataclass(frozen=True)
class Corpus:
    """A cleaned corpus.

    - ``docs``: one row per article, columns :data:`config.DOC_COLUMNS` then any extra manifest columns.
      ``published``/``published_earliest`` are datetime64 days (NaT when unknown); ``published_at`` is the
      publication time when the manifest or the record gives one (NaT otherwise).
    - ``sentences``: ``doc_id, sent_id, para_id, text, char_start, char_end`` (offsets into ``docs.text``).
    - ``removals``: ``doc_id, line_no, text, reason`` — everything cleaning dropped.
    - ``problems``: ``file, severity, reason`` — refused files and notices.
    - ``paragraphs``: ``doc_id, para_id, char_start, char_end, raw_start, raw_end, raw`` — each cleaned
      paragraph's place in ``docs.text`` and the line of the file's text as read it came from, so offsets can be
      mapped back (:func:`analysis.corpus.offsets.raw_spans`).
    """

    docs: pd.DataFrame
    sentences: pd.DataFrame
    removals: pd.DataFrame
    problems: pd.DataFrame
    folders: tuple[str, ...] = field(default=())
    paragraphs: pd.DataFrame = field(default_factory=lambda: paragraph_frame([]))

    @property
    def is_empty(self) -> bool:
        return self.docs.empty

    def subset(self, doc_ids: Iterable[str]) -> Corpus:
        """The same corpus restricted to ``doc_ids`` (order kept as in ``docs``)."""
        keep = set(doc_ids)
        return Corpus(
            docs=self.docs.loc[self.docs["doc_id"].isin(keep)].reset_index(drop=True),
            sentences=self.sentences.loc[self.sentences["doc_id"].isin(keep)].reset_index(drop=True),
            removals=self.removals.loc[self.removals["doc_id"].isin(keep)].reset_index(drop=True),
            problems=self.problems,
            folders=self.folders,
            paragraphs=self.paragraphs.loc[self.paragraphs["doc_id"].isin(keep)].reset_index(drop=True),
        )


def effective_date(docs: pd.DataFrame) -> pd.Series:
    """Publication date, or the earliest possible one when only that is known (needs ``published``,
    ``published_earliest``)."""
    return docs["published"].fillna(docs["published_earliest"])




def list_article_files(folder: Path) -> list[Path]:
    """Article files directly inside ``folder`` (not sub-folders), sorted by name; hidden files skipped, and
    symbolic links only when they point to a file inside ``folder``."""
    return sorted(
        (
            p
            for p in folder.iterdir()
            if p.is_file()
            and not p.name.startswith((".", "~"))
            and p.name != config.MANIFEST_NAME
            and not _SKIP_NAMES.match(p.name)
            and not p.name.endswith(".tmp")
            and _link_inside(p, folder)
        ),
        key=_name,  # the same order as sorting the paths (one folder), without comparing Path objects
    )


def _name(path: Path) -> str:
    return path.name


def _link_inside(path: Path, folder: Path) -> bool:
    """True unless ``path`` is a symbolic link to somewhere outside ``folder``."""
    if not path.is_symlink():
        return True
    try:
        return path.resolve(strict=True).parent == folder.resolve()
    except (OSError, RuntimeError):
        return False


def skipped_files(folder: Path, articles: Sequence[Path] | None = None) -> list[Problem]:
    """Every entry of ``folder`` that is neither an article file nor the manifest, with the reason it is not
    read (nothing is skipped in silence). Sub-folders other than ``reference/`` are listed too (only files directly inside are read);
    a corpus alias catalog (``entities.csv``) is checked here and noted, or refused with its reason. ``articles``:
    :func:`list_article_files` of ``folder`` when the caller has it."""
    readable = {p.name for p in (list_article_files(folder) if articles is None else articles)}
    out: list[Problem] = []
    for path in sorted(folder.iterdir(), key=_name):
        name = path.name
        if name in readable or name == config.MANIFEST_NAME or name == STATE_DIR:
            continue  # STATE_DIR: Storytrace's own folder (edits, corrections, the store), never an article
        try:
            if path.is_symlink() and not path.exists():
                out.append(Problem(name, "broken symbolic link (its target does not exist); skipped"))
                continue
            if path.is_symlink() and path.is_dir():
                out.append(Problem(name, "symbolic link to a folder; not followed"))
                continue
            if path.is_dir():
                if name != _REFERENCE_FOLDER:
                    out.append(Problem(name, "a sub-folder; only the files directly in the corpus folder are read", "warning"))
                continue
            if path.is_symlink() and not _link_inside(path, folder):
                out.append(Problem(name, "symbolic link to a file outside the corpus folder; not followed"))
                continue
        except OSError as exc:
            out.append(Problem(name, f"cannot be read ({exc.strerror})"))
            continue
        if name == CORPUS_CATALOG_NAME:
            try:
                rows = len(check_catalog(path.read_bytes(), name))
            except BadInputFile as exc:
                out.append(Problem(name, exc.reason))
            except OSError as exc:
                out.append(Problem(name, f"cannot be read ({exc.strerror}); the shipped catalog is used"))
            else:
                out.append(Problem(name, f"read as the corpus's alias catalog ({rows} rows), not as articles", "warning"))
        elif name.startswith((".", "~")):
            out.append(Problem(name, "hidden or backup file (the name starts with '.' or '~'); skipped", "warning"))
        elif name.endswith(".tmp"):
            out.append(Problem(name, "temporary file (.tmp); skipped", "warning"))
        elif _SKIP_NAMES.match(name):
            out.append(Problem(name, "a README, LICENSE or CHANGELOG file, not an article; skipped", "warning"))
        else:
            out.append(Problem(name, "not a regular file; skipped"))
    return out


def read_manifest(data: bytes, name: str = config.MANIFEST_NAME) -> pd.DataFrame:
    """Parse a manifest CSV (columns :data:`config.MANIFEST_COLUMNS`, ``file`` required, others kept)."""
    frame = read_csv_table(data, name, "articles load without it")
    if "file" not in frame.columns:
        raise BadInputFile(name, "manifest has no 'file' column; articles load without it")
    frame = frame.assign(file=frame["file"].str.strip())
    return frame.drop_duplicates("file", keep="last").set_index("file")


def _clean_value(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def title_key(title: str) -> str:
    """A title's letters and digits, lower case: the same headline in other quotation marks or spacing."""
    return _NON_WORD.sub("", title.casefold())


_NON_WORD = re.compile(r"[\W_]+")


def _site_of(title: str | None) -> str | None:
    """The outlet a title names after its headline (:func:`title_site`), when the name looks like an outlet's."""
    parts = title_site(title) if title else None
    return outlet_name(parts[1]) if parts is not None and looks_like_outlet(parts[1]) else None


def _trimmed(title: str, outlet: str | None) -> tuple[str, str | None]:
    """``title`` without the site named after its headline, and that site's part as written, when the site is the
    article's ``outlet`` or looks like an outlet's name ("<headline> | The Vale Ledger"); else ``(title, None)``
    ("Budget vote - Where it leaves the council" keeps its second part)."""
    parts = title_site(title)
    if parts is None or not (same_outlet(parts[1], outlet) or looks_like_outlet(parts[1])):
        return title, None
    return parts[0], title[len(parts[0]):].strip()


def _title(raw: RawArticle, clean: CleanDocument, m: dict[str, str | None], edited: set[str],
           outlet: str | None) -> tuple[str | None, list[Removal]]:
    """The article's title and the removals it makes: the manifest's (its HTML entities decoded; the user's edit as
    given), else the record's or the page's meta title, else the headline cleaning found, each without the site named
    after it (:func:`_trimmed`). The line cleaning read as the headline is listed when the title is not that line
    (:data:`REASON_TITLE_REPLACED`), or its site's part when that was taken off (:data:`REASON_TITLE_SITE`)."""
    source = "manifest" if m.get("title") else (raw.hint_basis or "html meta") if raw.title else "text" if clean.title else None
    if source is None:
        return None, []
    if source == "manifest":
        title: str | None = m.get("title")
        if "title" in edited:
            source = EDITED_BASIS
        else:  # a scraper's title keeps its HTML entities, at times escaped twice ("Intel&amp;#39;s worst day")
            title = normalize_line(normalize_line(str(title)))
    else:
        title, _ = _trimmed(str(raw.title or clean.title), outlet)
    out: list[Removal] = []
    if clean.title is not None and clean.title_line is not None:
        own, site = _trimmed(clean.title, outlet)
        if source == "text" and site is not None:
            out.append(Removal(clean.title_line, site, REASON_TITLE_SITE))
        elif source != "text" and title_key(str(title)) not in (title_key(clean.title), title_key(own)):
            out.append(Removal(clean.title_line, clean.title,
                               REASON_TITLE_REPLACED.format(source=_TITLE_SOURCES.get(source, source))))
    return title, out


def _document_row(
    raw: RawArticle, doc_id: str, clean: CleanDocument, manifest_row: dict[str, str], origin: str
) -> tuple[dict[str, object], list[Removal]]:
    m = {k: _clean_value(v) for k, v in manifest_row.items()}
    hint = raw.hint_basis or "file"
    url = m.get("url") or raw.url
    stated = read_provenance(raw.text)  # byline, wire dateline, lead line, URL in the text
    edited = set(str(m.get("_edited") or "").split(","))
    for value, basis in (
        (m.get("outlet"), EDITED_BASIS if "outlet" in edited else "manifest"),
        (raw.outlet, hint),
        (stated.outlet, stated.outlet_basis),
        (raw.site, "page title"),
        (_site_of(raw.title), "page title"),  # a record's or a page's title "<headline> | <Outlet>"
        (_site_of(clean.title), "title line"),
        (clean.site_name and outlet_name(clean.site_name), "copyright line"),  # "The Associated Press" -> its name
        (outlet_from_url(url), "url"),
        (Path(raw.file).stem, "file name"),
    ):
        if value:
            outlet, outlet_basis = value, basis
            break
    published: date | None = None
    published_basis = "unknown"
    for value, basis in (
        (parse_iso(m.get("published")), EDITED_BASIS if "published" in edited else "manifest"),
        (parse_iso(raw.published), hint),
        (clean.dateline, "dateline"),
        (stated.published, stated.published_basis),
        (date_from_url(url), "url"),
    ):
        if value is not None:
            published, published_basis = value, basis
            break
    yearless = stated.dateline_day if published is None else None
    words = sum(len(p.split()) for p in clean.paragraphs)
    title, title_removals = _title(raw, clean, m, edited, outlet)
    row: dict[str, object] = {
        "doc_id": doc_id,
        "file": raw.file if raw.record is None else f"{raw.file}#{raw.record}",
        "outlet": outlet,
        "outlet_basis": outlet_basis,
        "url": url,
        "published": published,
        "published_earliest": parse_iso(m.get("published_earliest")),
        "published_at": parse_iso_time({"manifest": m.get("published"), hint: raw.published}.get(published_basis)),
        "published_basis": published_basis,
        "published_note": m.get("published_basis"),
        "title": title,
        "derived_from": m.get("derived_from"),
        "notes": m.get("notes"),
        "origin": origin,
        "words": words,
        "removed_lines": len(clean.removals) + len(title_removals),
        "text": clean.text,
        _YEARLESS: yearless,
    }
    for key, value in m.items():
        if key not in row and key not in config.MANIFEST_COLUMNS and not key.startswith("_"):
            row[key] = value
    return row, title_removals


def _read_folder(folder: Path, origin: str) -> tuple[list[tuple[RawArticle, dict[str, str], str]], list[Problem]]:
    problems: list[Problem] = []
    manifest = pd.DataFrame()
    manifest_path = folder / config.MANIFEST_NAME
    if manifest_path.is_file():
        try:
            manifest = read_manifest(manifest_path.read_bytes())
        except BadInputFile as exc:
            problems.append(Problem(exc.file, exc.reason, "warning"))
    edits, notice = load_edits(folder)
    if notice:
        problems.append(Problem(f"{folder.name}/{notice.split(':', 1)[0]}", notice.split(": ", 1)[1], "warning"))
    records: list[tuple[RawArticle, dict[str, str], str]] = []
    seen_files: set[str] = set()
    articles = list_article_files(folder)
    problems.extend(skipped_files(folder, articles))
    columns = list(manifest.columns)
    rows = {name: dict(zip(columns, values)) for name, values in zip(manifest.index, manifest.itertuples(index=False))}
    for path in articles:
        seen_files.add(path.name)
        try:
            result = read_article_bytes(path.name, path.read_bytes())
        except BadInputFile as exc:
            problems.append(Problem(exc.file, exc.reason, "refused"))
            continue
        except OSError as exc:
            problems.append(Problem(path.name, f"cannot be read ({exc.strerror})", "refused"))
            continue
        problems.extend(Problem(path.name, w.split(": ", 1)[-1], "warning") for w in result.warnings)
        row = rows.get(path.name, {})
        for article in result.articles:
            key = article.file if article.record is None else f"{article.file}#{article.record}"
            edited = edits.get(key, {})
            records.append((article, {**row, **edited, "_edited": ",".join(edited)} if edited else row, origin))
    for listed in manifest.index:
        if listed not in seen_files:
            problems.append(Problem(config.MANIFEST_NAME, f"lists '{listed}', which is not in the folder", "warning"))
    return records, problems


#: A document row's (month, day) of a wire dateline without a year, until :func:`_dateline_years` reads it.
_YEARLESS = "_dateline_day"
#: A yearless dateline takes the year that puts it nearest the corpus's dated articles, within this many days.
DATELINE_YEAR_DAYS = 183


def _dateline_years(rows: list[dict[str, object]]) -> None:
    """Date the articles whose only date is a wire dateline without a year ("ZURICH, March 10 (Harbour Wire) -"):
    the year that puts that day nearest the median publication date of the corpus's dated articles (a story's
    coverage spans weeks, not years), when one does within :data:`DATELINE_YEAR_DAYS`; the basis says so. The
    private column is dropped from every row."""
    known = sorted(v for r in rows if isinstance(v := r.get("published"), date))
    middle = known[len(known) // 2] if known else None
    for row in rows:
        month_day = row.pop(_YEARLESS, None)
        if middle is None or month_day is None or row.get("published") is not None:
            continue
        month, day = month_day  # type: ignore[misc]
        options = []
        for year in (middle.year - 1, middle.year, middle.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        best = min(options, key=lambda d: abs((d - middle).days), default=None)
        if best is not None and abs((best - middle).days) <= DATELINE_YEAR_DAYS:
            row["published"] = best
            row["published_basis"] = "wire dateline, year of the corpus"


def _drop_implausible_dates(rows: list[dict[str, object]], problems: list[Problem]) -> None:
    """Blank publication dates outside :data:`MIN_YEAR`..:data:`MAX_YEAR` (placeholders such as 0001-01-01 or
    9999-12-31, which no date arithmetic survives), each with a notice."""
    for row in rows:
        for column in ("published", "published_earliest", "published_at"):
            value = row.get(column)
            if isinstance(value, date) and not MIN_YEAR <= value.year <= MAX_YEAR:
                row[column] = None
                if column == "published":
                    row["published_basis"] = "unknown"
                problems.append(Problem(
                    str(row["file"]), f"{column} {value.isoformat()} is outside {MIN_YEAR}-{MAX_YEAR}; ignored", "warning"
                ))


def build_corpus(
    records: Sequence[tuple[RawArticle, dict[str, str], str]],
    problems: Sequence[Problem] = (),
    folders: tuple[str, ...] = (),
    cache: PreparedCache | None = None,
    batches: Batches | None = None,
) -> Corpus:
    """Clean raw articles (each with its manifest row and origin label) into a :class:`Corpus`; texts cleaned
    before are read from ``cache``, many new ones cleaned through ``batches`` when given
    (:func:`analysis.corpus.prepare.prepare_texts`); then the corpus-level template pass drops lines that the
    pages of other articles print too (:func:`analysis.corpus.templates.drop_template_lines`)."""
    problems = list(problems)
    doc_rows: list[dict[str, object]] = []
    sentence_parts: list[tuple[str, int, int, str, int, int]] = []
    removal_rows: list[tuple[str, int, str, str]] = []
    paragraph_parts: list[tuple] = []
    used_ids: set[str] = set()
    texts = [raw.text for raw, _, _ in records]
    # each text cleaned alone, then the lines that pages of other articles print too (the site's template)
    prepared = drop_template_lines(texts, prepare_texts(texts, cache=cache, batches=batches))
    for (raw, manifest_row, origin), (clean, spans) in zip(records, prepared):
        base_id = Path(raw.file).stem + ("" if raw.record is None else f"#{raw.record}")
        doc_id, n = base_id, 1
        while doc_id in used_ids:
            n += 1
            doc_id = f"{base_id}~{n}"
        used_ids.add(doc_id)
        sentences = sentence_rows(doc_id, clean.paragraphs, spans)
        if not sentences:
            problems.append(Problem(raw.file, "no article text left after cleaning (only page furniture?)", "warning"))
        row, title_removals = _document_row(raw, doc_id, clean, manifest_row, origin)
        row["sentences"] = len(sentences)
        row[HEAD_LINES] = head_lines(clean, raw.text)
        doc_rows.append(row)
        sentence_parts.extend(sentences)
        paragraph_parts.extend(paragraph_rows(doc_id, clean.paragraphs, clean.sources, raw.text))
        removal_rows.extend((doc_id, r.line_no, r.text, r.reason)
                            for r in sorted((*clean.removals, *title_removals), key=lambda r: r.line_no))

    _drop_implausible_dates(doc_rows, problems)
    _dateline_years(doc_rows)
    docs = pd.DataFrame(doc_rows)
    if docs.empty:
        docs = pd.DataFrame(columns=list(config.DOC_COLUMNS))
    extra = [c for c in docs.columns if c not in config.DOC_COLUMNS]
    docs = docs.reindex(columns=list(config.DOC_COLUMNS) + extra)
    docs = docs.assign(
        published=pd.to_datetime(docs["published"]),
        published_earliest=pd.to_datetime(docs["published_earliest"]),
        published_at=pd.to_datetime(docs["published_at"]),
        words=docs["words"].astype("int64"),
        sentences=docs["sentences"].astype("int64"),
        removed_lines=docs["removed_lines"].astype("int64"),
    )
    docs = docs.sort_values(["origin", "file"], key=lambda s: s.map({"corpus": 0, "upload": 1}).fillna(2) if s.name == "origin" else s)
    sentences = rows_to_frame(sentence_parts)
    return Corpus(
        docs=docs.reset_index(drop=True),
        sentences=sentences,
        removals=pd.DataFrame(removal_rows, columns=REMOVAL_COLUMNS),
        problems=pd.DataFrame([(p.file, p.severity, p.reason) for p in problems], columns=PROBLEM_COLUMNS),
        folders=folders,
        paragraphs=paragraph_frame(paragraph_parts),
    )


def load_corpus(folders: str | Path | Sequence[str | Path], origins: Sequence[str] | None = None,
                cache: PreparedCache | None = None, batches: Batches | None = None) -> Corpus:
    """Load and clean every article in one or more corpus folders.

    The first folder is the corpus proper (``origin == "corpus"``), later ones are labelled by ``origins``
    (default ``"upload"``). A folder that does not exist raises :class:`BadCorpusPath`, except later folders,
    which may be missing (nothing uploaded yet). Bad files never raise: they are listed in ``problems``.
    ``cache`` keeps cleaned texts between processes (the store's, :func:`analysis.store.stored_corpus`);
    ``batches`` cleans many texts elsewhere (a build's cluster, :func:`analysis.corpus.prepare.prepare_texts`).
    """
    paths = [Path(folders)] if isinstance(folders, (str, Path)) else [Path(f) for f in folders]
    labels = list(origins) if origins is not None else ["corpus"] + ["upload"] * (len(paths) - 1)
    records: list[tuple[RawArticle, dict[str, str], str]] = []
    problems: list[Problem] = []
    for i, (path, origin) in enumerate(zip(paths, labels)):
        if not path.exists():
            if i == 0:
                raise BadCorpusPath(f"corpus folder not found: {path}")
            continue
        if not path.is_dir():
            raise BadCorpusPath(f"corpus path is not a folder: {path}")
        folder_records, folder_problems = _read_folder(path, origin)
        records.extend(folder_records)
        problems.extend(folder_problems)
    return build_corpus(records, problems, tuple(str(p) for p in paths), cache, batches)
