"""Export for reports: a chart as PNG/SVG/PDF/HTML bytes, its data as CSV, safe file names, and the report
bundle (.zip or a folder) with an ``index.html`` that shows every chart with its caption and source line.

Static images are rendered by :mod:`analysis.report.render` (kaleido on the system Chromium, one shared renderer).
"""

from __future__ import annotations

import html
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

import pandas as pd

from analysis.charts import ChartResult, source_line, source_text
from analysis.corpus.load import effective_date
from analysis.errors import StorytraceError
from analysis.filters import FilterState
from analysis.report.evidence import EvidenceTable
from analysis.report.render import (
    PNG_SCALE,
    ExportFailed,
    export_figure,
    figure_bytes,
    renderer_available,
    stop_renderer,
    warm_up,
)
from analysis.storage import atomic_write

__all__ = [
    "FORMATS", "MIME", "PNG_SCALE", "ExportFailed", "bundle_files", "bundle_name", "chart_bytes", "csv_bytes",
    "export_figure", "figure_bytes", "file_stem", "filter_slug", "index_html", "parse_formats", "renderer_available",
    "safe_slug", "stop_renderer", "warm_up", "write_files", "zip_bytes",
]

Format = Literal["png", "svg", "pdf", "html", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)
MIME: dict[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html",
    "csv": "text/csv",
    "zip": "application/zip",
}
MAX_STEM_CHARS = 120
MAX_FILTER_SLUG_CHARS = 40
#: Rows of a chart's data shown as a table in index.html (the CSV always has all rows).
INDEX_TABLE_ROWS = 200

ProgressFn = Callable[[float, str], None]


def csv_bytes(data: pd.DataFrame) -> bytes:
    """The data behind a chart as UTF-8 CSV (dates as ISO ``YYYY-MM-DD``, or with the time when it is set;
    fractional numbers rounded to the 2 decimals the pages show, never "90.5882339477539")."""
    out = data.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].round(2)
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            has_time = bool((out[col].dropna() != out[col].dropna().dt.normalize()).any())
            out[col] = out[col].dt.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d")
    return out.to_csv(index=False).encode("utf-8")


def chart_bytes(result: ChartResult, fmt: Format, file_stem: str | None = None) -> bytes:
    """One export of a chart: its figure in an image/HTML format, or its data (``fmt="csv"``)."""
    if fmt == "csv":
        return csv_bytes(result.data)
    return figure_bytes(result.figure, fmt, file_stem or f"storytrace-{safe_slug(result.slug)}")


# --------------------------------------------------------------------------------------------- names


#: Latin letters that NFKD does not decompose into ASCII.
_LATIN_FOLD = str.maketrans(
    {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
     "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"}
)


def safe_slug(text: str, max_len: int = 60) -> str:
    """``text`` as ASCII ``[a-z0-9-]``, at most ``max_len`` characters, cut at a hyphen when possible."""
    folded = str(text).translate(_LATIN_FOLD)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_len:
        cut = slug[:max_len]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_len // 2 :] else cut
    return slug.strip("-")


def filter_slug(state: FilterState) -> str:
    """Short file-name part for the active outlet/entity filters ("" when none): names for one or two,
    a count for more."""
    parts: list[str] = []
    for values, noun in ((state.outlets, "outlets"), (state.entities, "entities")):
        if len(values) > 2:
            parts.append(f"{len(values)}-{noun}")
        else:
            parts.extend(safe_slug(v, 32) for v in values)
    if not state.include_undated:
        parts.append("dated")
    return safe_slug("-".join(p for p in parts if p), MAX_FILTER_SLUG_CHARS)


def date_span(docs: pd.DataFrame) -> tuple[str, str] | None:
    """First and last (effective) publication date of ``docs`` as ISO strings (needs ``published,
    published_earliest``); None when no document is dated."""
    when = effective_date(docs).dropna() if len(docs) else pd.Series(dtype="datetime64[s]")
    if when.empty:
        return None
    return when.min().date().isoformat(), when.max().date().isoformat()


def file_stem(slug: str, docs: pd.DataFrame, state: FilterState | None = None,
              days: tuple[date, date] | None = None) -> str:
    """``storytrace-<slug>-<first-date>[_<last-date>][-<filter-slug>]``, sanitised and length-capped. The dates are
    ``days`` when given (a chart's own span, :attr:`ChartResult.days`), else those of the articles ``docs``."""
    parts = ["storytrace", safe_slug(slug, 40) or "chart"]
    span = (days[0].isoformat(), days[1].isoformat()) if days else date_span(docs)
    if span:
        parts.append(span[0] if span[0] == span[1] else f"{span[0]}_{span[1]}")
    fslug = filter_slug(state) if state else ""
    if fslug:
        parts.append(fslug)
    stem = "-".join(parts)
    return stem[:MAX_STEM_CHARS].rstrip("-_")


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 2
    while candidate in used:
        candidate = f"{stem}-{n}{dot}{ext}"
        n += 1
    used.add(candidate)
    return candidate


# --------------------------------------------------------------------------------------------- bundle


def _source_text(result: ChartResult, fallback: str) -> str:
    """The chart's source line as plain text (:func:`analysis.charts.source_text`), or ``fallback``."""
    for ann in result.figure.layout.annotations or ():
        text = str(ann.text or "")
        if text.startswith("Source:"):
            return source_text(text)
    return fallback


def _table_html(data: pd.DataFrame) -> str:
    """The first :data:`INDEX_TABLE_ROWS` rows of ``data`` as an HTML table, every text escaped, a cell free to wrap
    after each underscore: a file name ("012_harbour_wire_brief.txt") is one word to the browser, and two of them
    took a printed table's width, squeezing its sentences to two words a line and pushing its last column off the
    page."""
    table = data.head(INDEX_TABLE_ROWS).to_html(index=False, escape=True, border=0, na_rep="")
    return re.sub(r"(?<=<td>)[^<]+", lambda cell: cell.group(0).replace("_", "_<wbr>"), table)


def index_html(
    title: str,
    notes: str,
    filters: str,
    entries: Sequence[dict[str, Any]],
    generated: str,
    include_tables: bool = False,
    evidence: Sequence[dict[str, Any]] = (),
) -> str:
    """The bundle's ``index.html``. ``entries``: one dict per chart with ``title, caption, notes, source,
    files`` (format → file name) and ``data`` (DataFrame); ``evidence``: one dict per evidence table with
    ``title, caption, file, data``. Every text is HTML-escaped."""
    esc = html.escape
    body: list[str] = [f"<h1>{esc(title)}</h1>", f"<p class='meta'>Filters: {esc(filters)} · generated {esc(generated)}</p>"]
    body += [f"<p class='notes'>{esc(p)}</p>" for p in re.split(r"\n\s*\n", notes.strip()) if p.strip()]
    for n, entry in enumerate(entries, 1):
        files: dict[str, str] = entry["files"]
        body.append(f"<section class='chart'><h2>{n}. {esc(entry['title'])}</h2>")
        image = files.get("png") or files.get("svg")
        if image:
            body.append(f"<img src='{esc(image, quote=True)}' alt='{esc(entry['title'], quote=True)}'>")
        if entry["caption"]:
            body.append(f"<p class='caption'>{esc(entry['caption'])}</p>")
        body += [f"<p class='note'>{esc(note)}</p>" for note in entry["notes"]]
        if not image:  # a picture carries its source line under the plot; printed again it read twice
            body.append(f"<p class='source'>{esc(entry['source'])}</p>")
        links = " · ".join(f"<a href='{esc(name, quote=True)}'>{fmt.upper()}</a>" for fmt, name in files.items())
        if links:
            body.append(f"<p class='files'>Files: {links}</p>")
        if include_tables and not entry["data"].empty:
            data: pd.DataFrame = entry["data"]
            table = _table_html(data)
            more = f"<p class='note'>First {INDEX_TABLE_ROWS} of {len(data)} rows; the CSV has all.</p>" if len(data) > INDEX_TABLE_ROWS else ""
            body.append(f"<details><summary>Data ({len(data)} rows)</summary>{table}{more}</details>")
        body.append("</section>")
    if evidence:
        body.append("<section><h2>Evidence</h2>")
        for item in evidence:
            data = item["data"]
            table = _table_html(data)
            more = f" (first {INDEX_TABLE_ROWS} of {len(data)} rows)" if len(data) > INDEX_TABLE_ROWS else ""
            body.append(f"<h3>{esc(item['title'])}</h3><p class='caption'>{esc(item['caption'])}{more} "
                        f"<a href='{esc(item['file'], quote=True)}'>CSV</a></p>{table}")
        body.append("</section>")
    style = (
        "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1150px;margin:2em auto;color:#222;padding:0 1em}"
        "img{width:100%;border:1px solid #ddd}.meta,.source,.note{color:#555;font-size:0.9em}"
        "section{margin:2.5em 0}table{border-collapse:collapse;font-size:0.85em}td,th{border:1px solid #ccc;padding:2px 6px}"
        # printed, a heading stays with the chart under it and a chart is not cut between pages
        "h2,h3{break-after:avoid-page}img,.caption,tr{break-inside:avoid-page}"
        # a long cell (a file name, a sentence) wraps inside its column: file names took the width, the sentences
        # got two words a line and the last column ran off the page
        "table{width:100%}td{overflow-wrap:break-word}"
        # printed, a chart taller than a page (a long timeline) is scaled to one, so it stays whole under its
        # heading (it was cut across two pages after a page holding its heading alone)
        "@media print{body{max-width:none;margin:0}section{margin:1.5em 0}"
        "img{width:auto;max-width:100%;max-height:215mm;display:block;margin:0 auto}"
        # a chart, its heading, caption and files stay on one page: Chromium split a two-line heading instead
        "section>h2{break-inside:avoid-page}.chart{break-inside:avoid-page}}"
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{esc(title)}</title><style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def parse_formats(text: str | Sequence[str]) -> tuple[Format, ...]:
    """Formats from a comma list or a sequence, validated, in a fixed order (png, svg, pdf, html, csv)."""
    wanted = [t.strip().lower() for t in (text.split(",") if isinstance(text, str) else text) if t.strip()]
    unknown = [w for w in wanted if w not in FORMATS]
    if unknown:
        raise StorytraceError(f"unknown export format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    if not wanted:
        raise StorytraceError(f"no export format given; choose from {', '.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in wanted)  # type: ignore[misc]


def bundle_files(
    charts: Sequence[ChartResult],
    docs: pd.DataFrame,
    state: FilterState,
    *,
    title: str = "Storytrace report",
    notes: str = "",
    formats: Sequence[str] = ("png", "svg", "csv"),
    include_tables: bool = False,
    progress: ProgressFn | None = None,
    generated: datetime | None = None,
    evidence: Sequence[EvidenceTable] = (),
    failed: Callable[[str], None] | None = None,
) -> dict[str, bytes]:
    """Every file of a report bundle, name → bytes: per chart one file per format, one CSV per ``evidence``
    table (:mod:`analysis.report.evidence`), plus ``index.html`` that shows the charts and the evidence.

    ``docs`` (needs ``outlet, published, published_earliest``) are the filtered documents, used for file names
    and the fallback source line. ``progress(fraction, message)`` is called as each file is rendered.
    A chart file that cannot be rendered raises :class:`ExportFailed`; with ``failed``, it is left out instead,
    named in ``index.html`` and passed to ``failed`` ("Timeline (PNG): <reason>"), and the rest is rendered,
    unless no chart image could be rendered at all (no browser: the error is raised).
    """
    fmts = parse_formats(formats)
    files: dict[str, bytes] = {}
    entries: list[dict[str, Any]] = []
    used = {"index.html"}
    total = max(1, len(charts) * len(fmts))
    done = 0
    fallback_source = source_line(docs)
    not_rendered: list[tuple[str, ExportFailed]] = []  # (what, why)
    rendered = 0
    for result in charts:
        stem = file_stem(result.slug, docs, state, result.days)
        names: dict[str, str] = {}
        gaps: list[str] = []
        for fmt in fmts:
            if progress:
                progress(done / total, f"{result.title}: {fmt.upper()}")
            done += 1
            try:
                data = chart_bytes(result, fmt, stem)
            except ExportFailed as exc:
                if failed is None:
                    raise
                not_rendered.append((f"{result.title} ({fmt.upper()})", exc))
                gaps.append(f"Not rendered as {fmt.upper()}: {exc}")
                continue
            rendered += fmt != "csv"
            name = _unique(f"{stem}.{fmt}", used)
            files[name], names[fmt] = data, name
        entries.append(
            {
                "title": result.title,
                "caption": result.caption,
                "notes": list(result.notes) + gaps,
                "source": _source_text(result, fallback_source),
                "files": names,
                "data": result.data,
            }
        )
    if not_rendered and not rendered:
        raise not_rendered[0][1]  # no image at all: the renderer itself is missing or broken
    if failed is not None:
        for what, why in not_rendered:
            failed(f"{what}: {why}")
    proofs: list[dict[str, Any]] = []
    for item in evidence:
        name = _unique(f"{file_stem(item.slug, docs, state)}.csv", used)
        files[name] = csv_bytes(item.data)
        proofs.append({"title": item.title, "caption": item.caption, "file": name, "data": item.data})
    stamp = (generated or datetime.now()).strftime("%Y-%m-%d %H:%M")
    files["index.html"] = index_html(
        title, notes, state.describe(), entries, stamp, include_tables, proofs
    ).encode("utf-8")
    if progress:
        progress(1.0, "Done")
    return dict(sorted(files.items(), key=lambda kv: (kv[0] != "index.html", kv[0])))


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A .zip of ``files`` (name → bytes); PNG/PDF are stored, text is deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            method = zipfile.ZIP_STORED if name.endswith((".png", ".pdf")) else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compress_type=method)
    return buffer.getvalue()


def bundle_name(docs: pd.DataFrame, state: FilterState) -> str:
    """File name of the report .zip, e.g. ``storytrace-report-2025-01-20_2025-01-28-reuters.zip``."""
    return file_stem("report", docs, state) + ".zip"


def write_files(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write ``files`` into ``folder`` (created if needed), each atomically; returns the paths in order."""
    return [atomic_write(folder / name, data) for name, data in files.items()]
