"""Turn the bytes of one file into raw article records, or refuse the file with a reason.

Every check a user can trip over lives here so that the folder loader, the upload page and the CLI refuse
the same files with the same words: empty, binary, not UTF-8, too large, malformed JSON/CSV, no text field,
unsupported type. HTML is parsed with a real parser; ``<script>``/``<style>`` content is dropped and never
shown, and the file's notice says so.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath

import pandas as pd

from analysis import config
from analysis.errors import BadInputFile

#: Record fields read from JSON/JSONL/CSV article collections (first match wins, case-insensitive).
TEXT_FIELDS = ("text", "body", "content", "article")
OPTIONAL_FIELDS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "pubdate"),
}
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x1f\x8b": "a gzip archive",
}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_BLOCK_TAGS = (
    "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "li", "ul", "ol",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure",
    "figcaption", "dd", "dt", "form", "hr",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "canvas")


@dataclass(frozen=True)
class RawArticle:
    """One article as read from a file, before cleaning."""

    file: str
    text: str
    record: int | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    #: Where ``outlet``/``published`` came from when the file itself says so (e.g. "html meta").
    hint_basis: str | None = None


@dataclass
class ReadResult:
    """Articles read from one file plus notices a user should see (the file still loaded)."""

    articles: list[RawArticle]
    warnings: list[str] = field(default_factory=list)


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB"


def check_size(name: str, size: int) -> None:
    """Refuse files over the stated size limits (one article file / one CSV/JSON collection)."""
    suffix = PurePath(name).suffix.lower()
    limit_mb = config.MAX_COLLECTION_MB if suffix in config.RECORD_SUFFIXES else config.MAX_FILE_MB
    if size > limit_mb * 1_048_576:
        raise BadInputFile(
            name, f"file is {_mb(size)}; the limit is {limit_mb:g} MB for {suffix or 'this kind of'} files"
        )


def decode_text(name: str, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM, or UTF-16 with a BOM); refuse empty, binary and other encodings."""
    if not data.strip():
        raise BadInputFile(name, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInputFile(name, f"starts with a UTF-16 mark but does not decode ({exc.reason})") from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BadInputFile(name, f"binary file ({what}); Storytrace reads text, Markdown, HTML, JSON and CSV")
    head = data[:8192]
    if b"\x00" in head:
        raise BadInputFile(name, "binary file (contains NUL bytes); Storytrace reads text, Markdown, HTML, JSON and CSV")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = ""
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:65536]).best()
            if best is not None and best.encoding not in ("utf_8", "ascii"):
                guess = f" (it looks like {best.encoding})"
        except Exception:  # the guess is only a courtesy
            guess = ""
        raise BadInputFile(
            name,
            f"not valid UTF-8{guess}: byte 0x{data[exc.start]:02x} at position {exc.start}; "
            "re-save the file as UTF-8 and add it again",
        ) from None
    controls = len(_CONTROL_RE.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 50):
        raise BadInputFile(name, "binary file (too many control characters to be text)")
    if not text.strip():
        raise BadInputFile(name, "file is empty")
    return text


def read_csv_table(data: bytes, name: str, consequence: str) -> pd.DataFrame:
    """A small CSV table (manifest, reference prices) as strings; blanks stay empty strings.

    Raises :class:`BadInputFile` "<what is wrong>; <consequence>" for non-UTF-8 or malformed files.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInputFile(name, f"not a UTF-8 text file; {consequence}") from None
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "empty file"
        raise BadInputFile(name, f"malformed CSV ({reason}); {consequence}") from None
    return frame.rename(columns=lambda c: str(c).strip())


def _strip_site_suffix(title: str, site: str | None) -> str:
    """A page ``<title>`` without its site name: "Headline | AP News" -> "Headline" (the site named by
    ``og:site_name``, or a last segment of at most four words after " | ")."""
    for sep in (" | ", " - ", " – ", " — "):
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and ((site and tail.strip().casefold() == site.casefold())
                                       or (sep == " | " and len(tail.split()) <= 4)):
            return head.strip()
    return title


def html_to_text(html: str) -> tuple[str, dict[str, str], int]:
    """Extract readable text from HTML with one line per block element.

    Returns ``(text, meta, dropped)`` where ``meta`` holds ``title``, ``outlet`` and ``published`` when the
    page declares them (``og:title``, ``og:site_name``, ``article:published_time``) and ``dropped`` counts the
    script/style elements removed.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    dropped = 0
    for tag in soup.find_all(_DROP_TAGS):
        dropped += tag.name in ("script", "style")
        tag.decompose()
    meta: dict[str, str] = {}
    for key, names in {
        "title": ("og:title", "twitter:title"),
        "outlet": ("og:site_name", "application-name"),
        "published": ("article:published_time", "datePublished", "date", "pubdate", "parsely-pub-date"),
    }.items():
        for attr_name in names:
            tag = soup.find("meta", attrs={"property": attr_name}) or soup.find("meta", attrs={"name": attr_name})
            if tag is not None and str(tag.get("content", "")).strip():
                meta[key] = str(tag["content"]).strip()
                break
    if "title" not in meta and soup.title is not None and soup.title.get_text(strip=True):
        meta["title"] = _strip_site_suffix(soup.title.get_text(strip=True), meta.get("outlet"))
    root = soup.find("article") or soup.body or soup
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = root.get_text()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line), meta, dropped


def _markdown_to_text(md: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", md)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)  # headings
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)  # block quotes
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^\s*([-*+])\s+", "• ", text, flags=re.M)
    text = re.sub(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$", "", text, flags=re.M)
    return text


def _pick(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name)
        if value is not None and str(value).strip() and str(value).strip().lower() != "nan":
            return str(value).strip()
    return None


def _records_to_articles(name: str, records: list[object]) -> ReadResult:
    articles: list[RawArticle] = []
    warnings: list[str] = []
    if not records:
        raise BadInputFile(name, "holds no records")
    for i, record in enumerate(records):
        if not isinstance(record, dict):
            raise BadInputFile(name, f"record {i + 1} is not an object with a 'text' field")
        text = _pick(record, TEXT_FIELDS)
        if text is None:
            warnings.append(f"{name}: record {i + 1} has no text; skipped")
            continue
        fields = {key: _pick(record, names) for key, names in OPTIONAL_FIELDS.items()}
        articles.append(RawArticle(file=name, record=i + 1, text=text, hint_basis="record", **fields))
    if not articles:
        raise BadInputFile(name, f"no record has a text field (expected one of: {', '.join(TEXT_FIELDS)})")
    return ReadResult(articles, warnings)


def _read_json(name: str, text: str) -> ReadResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputFile(name, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(data, dict):
        for key in ("articles", "records", "items", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]
    if not isinstance(data, list):
        raise BadInputFile(name, "JSON must be an article object or a list of them")
    return _records_to_articles(name, data)


def _read_jsonl(name: str, text: str) -> ReadResult:
    records: list[object] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise BadInputFile(name, f"malformed JSON on line {lineno}: {exc.msg}") from None
    return _records_to_articles(name, records)


def _read_csv(name: str, text: str) -> ReadResult:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise BadInputFile(name, f"malformed CSV at line {reader.line_num}: {exc}") from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise BadInputFile(name, "file is empty")
    header = [h.strip() for h in rows[0]]
    if not any(h.lower() in TEXT_FIELDS for h in header):
        raise BadInputFile(
            name, f"CSV has no text column (expected one of: {', '.join(TEXT_FIELDS)}; found: {', '.join(header)})"
        )
    for lineno, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise BadInputFile(
                name, f"malformed CSV: row {lineno} has {len(row)} fields, the header has {len(header)}"
            )
    return _records_to_articles(name, [dict(zip(header, row)) for row in rows[1:]])


def read_article_bytes(name: str, data: bytes) -> ReadResult:
    """Read one article file (by its name's suffix) into raw articles.

    Raises :class:`BadInputFile` with a reason a user can act on when the file cannot be used.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix not in config.ARTICLE_SUFFIXES:
        raise BadInputFile(
            name, f"unsupported file type '{suffix or '(none)'}'; use {', '.join(config.ARTICLE_SUFFIXES)}"
        )
    check_size(name, len(data))
    text = decode_text(name, data)
    if suffix in config.HTML_SUFFIXES:
        body, meta, dropped = html_to_text(text)
        warnings = []
        if dropped:
            warnings.append(
                f"{name}: {dropped} <script>/<style> element{'s' if dropped != 1 else ''} removed; "
                "only the page's visible text was loaded"
            )
        if not body.strip():
            raise BadInputFile(name, "HTML page has no visible text")
        article = RawArticle(
            file=name,
            text=body,
            title=meta.get("title"),
            outlet=meta.get("outlet"),
            published=meta.get("published"),
            hint_basis="html meta",
        )
        return ReadResult([article], warnings)
    if suffix == ".json":
        return _read_json(name, text)
    if suffix == ".jsonl":
        return _read_jsonl(name, text)
    if suffix == ".csv":
        return _read_csv(name, text)
    if suffix == ".md":
        text = _markdown_to_text(text)
    return ReadResult([RawArticle(file=name, text=text)])
