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
import time
from dataclasses import dataclass, field
from pathlib import PurePath

import ftfy
import pandas as pd

from analysis import config
from analysis.corpus.page_text import front_matter, html_to_text, markdown_to_text
from analysis.errors import BadInputFile

#: Record fields read from JSON/JSONL/CSV article collections (first match wins, case-insensitive), with the names
#: common news exports use: NewsAPI (``content``, ``publishedAt``, ``source.name``), news-please (``maintext``,
#: ``date_publish``, ``source_domain``), newspaper3k (``publish_date``). A field holding an object gives its
#: ``name`` (NewsAPI's ``"source": {"id": ..., "name": "Reuters"}``).
TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "full_text", "article_text", "body_text")
OPTIONAL_FIELDS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "publisher", "source_name", "site_name", "sitename", "source_domain"),
    "url": ("url", "link", "article_url", "canonical_url", "web_url"),
    "published": ("published", "date", "published_at", "publishedat", "pubdate", "publish_date", "date_publish",
                  "published_date", "publication_date", "date_published", "datepublished"),
}
#: The marker NewsAPI ends a cut text with ("… [+3402 chars]"): not the article's words.
_CUT_MARKER = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x1f\x8b": "a gzip archive",
}
#: A whole HTML page saved under a text file's name: it opens with a doctype or an <html> tag.
_HTML_DOCUMENT = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
#: Characters dropped from every text read: C0/C1 controls (tab and line breaks kept), DEL.
_DROP_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
#: Lone UTF-16 surrogates (JSON can spell them, "\\ud800"); they cannot be encoded, so they are replaced.
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
#: Byte-order marks, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
)
#: Non-ASCII bytes a Windows-1252 (Latin-1) text uses one at a time: accented letters, typographic punctuation.
_LATIN_HIGH = re.compile(rb"(?<![\x80-\xff])[\x80\x85\x91-\x97\xa0-\xff](?![\x80-\xff])")
_HIGH = re.compile(rb"[\x80-\xff]")
#: Decode a non-UTF-8 file as Windows-1252 only with at least this many accented letters, all of that shape.
_LATIN_MIN_EVIDENCE = 32
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
    #: The site a page's ``<title>`` names after its headline, when no meta tag names the outlet.
    site: str | None = None


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


def normalize_text(text: str) -> str:
    """``text`` safe to show and to encode: lone surrogates replaced by U+FFFD, control characters dropped
    (tabs and line breaks kept)."""
    return _DROP_CHARS_RE.sub("", _SURROGATE_RE.sub("\ufffd", text))


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of UTF-16 text without a byte-order mark (ASCII letters leave a NUL in every other byte), or
    None."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _decode_unicode(name: str, data: bytes, codec: str, label: str, how: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise BadInputFile(name, f"{how} {label} but does not decode ({exc.reason} at byte {exc.start})") from None


def _refuse_encoding(name: str, data: bytes, exc: UnicodeDecodeError) -> BadInputFile:
    """The refusal of a file that is not UTF-8, with a guess at its encoding when one is plausible."""
    guess = ""
    highs = len(_HIGH.findall(data, 0, 65536))
    if highs and len(_LATIN_HIGH.findall(data, 0, 65536)) == highs:
        guess = " (it looks like Windows-1252 / Latin-1)"
    else:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:65536]).best()
            if best is not None and best.encoding not in ("utf_8", "ascii"):
                guess = f" (it looks like {best.encoding})"
        except Exception:  # the guess is only a courtesy
            guess = ""
    return BadInputFile(
        name,
        f"not valid UTF-8{guess}: byte 0x{data[exc.start]:02x} at position {exc.start}; "
        "re-save the file as UTF-8 and add it again",
    )


def decode_text_noted(name: str, data: bytes) -> tuple[str, str | None]:
    """Decode the bytes of a text file: ``(text, note)``, the note saying how when it was not plain UTF-8.

    UTF-8, UTF-16 and UTF-32 with a byte-order mark, UTF-16 without one, and Windows-1252 when the evidence is
    strong (many accented letters, each alone) are decoded; empty, binary (NUL bytes, known formats) and other
    encodings are refused with :class:`BadInputFile` (naming a likely encoding). The text is normalised
    (:func:`normalize_text`).
    """
    if not data.strip():
        raise BadInputFile(name, "file is empty")
    note: str | None = None
    text: str | None = None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _decode_unicode(name, data[len(bom):], codec, label, "starts with a byte-order mark of")
            if label != "UTF-8":
                note = f"decoded as {label} (byte-order mark)"
            break
    if text is None and (codec := _utf16_without_bom(data)) is not None:
        text = _decode_unicode(name, data, codec, "UTF-16", "looks like")
        note = "decoded as UTF-16 without a byte-order mark"
    if text is None:
        text = _decode_bytes(name, data)
        if not data.isascii() and not _is_utf8(data):
            note = "not UTF-8: decoded as Windows-1252 (Latin-1); re-save it as UTF-8 to be sure"
    controls = len(_CONTROL_RE.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 50):
        raise BadInputFile(name, "binary file (too many control characters to be text)")
    if "\x00" in text:
        raise BadInputFile(
            name, f"contains a NUL character at position {text.index(chr(0))} (a text file never does); "
            "Storytrace reads text, Markdown, HTML, JSON and CSV"
        )
    repaired = repair_mojibake(text)  # before control characters go: "”" mis-decoded ends in one (U+009D)
    if repaired != text:
        text = repaired
        note = f"{note}; " if note else ""
        note += "its text had been decoded twice before it got here (mojibake such as \"â€™\" for \"’\"); repaired"
    text = normalize_text(text)
    if not text.strip():
        raise BadInputFile(name, "file is empty")
    return text, note


#: What UTF-8 text read as Windows-1252 or Latin-1 looks like: a lead letter of a two- or three-byte sequence
#: ("Ã", "Â", "â", "Å", ...) followed by a continuation byte's character ("©", "€", "™", ...).
_MOJIBAKE_HINT = re.compile("[ÂÃÄÅÆÇÐÑâãäåæçðñ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def repair_mojibake(text: str) -> str:
    """``text`` with mojibake repaired ("FranÃ§ois" -> "François", "â€œ" -> "“") by ftfy's ``fix_encoding``,
    which changes only sequences that decode as UTF-8 read in the wrong codec (it leaves "São Paulo" alone).
    Texts without a hint of it are returned at once."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    return ftfy.fix_encoding(text)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_bytes(name: str, data: bytes) -> str:
    """Bytes without a byte-order mark: UTF-8, or Windows-1252 on strong evidence; binary refused."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BadInputFile(name, f"binary file ({what}); Storytrace reads text, Markdown, HTML, JSON and CSV")
    head = data[:8192]
    if b"\x00" in head:
        raise BadInputFile(name, "binary file (contains NUL bytes); Storytrace reads text, Markdown, HTML, JSON and CSV")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        highs = len(_HIGH.findall(data))
        if highs >= _LATIN_MIN_EVIDENCE and len(_LATIN_HIGH.findall(data)) == highs:
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        raise _refuse_encoding(name, data, exc) from None


def decode_text(name: str, data: bytes) -> str:
    """Decode a text file (see :func:`decode_text_noted`); refuse empty, binary and other encodings."""
    return decode_text_noted(name, data)[0]


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


def _scalar_text(value: object) -> str | None:
    """A record value as text: strings and numbers as they are, a list of strings as paragraphs, an object's
    ``name`` (a source given as ``{"id": ..., "name": ...}``); anything else (other objects, nested lists) is not
    text."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    return None


def _pick(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for name in names:
        value = _scalar_text(lowered.get(name))
        if value is not None:
            value = normalize_text(value).strip()
            if value and value.lower() != "nan":
                return value
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
        text = _CUT_MARKER.sub("", text) if text is not None else None
        if text is None:
            warnings.append(f"{name}: record {i + 1} has no text; skipped")
            continue
        size = len(text.encode("utf-8"))
        if size > config.MAX_FILE_MB * 1_048_576:
            warnings.append(
                f"{name}: record {i + 1} is {_mb(size)}; the limit is {config.MAX_FILE_MB:g} MB per article; skipped"
            )
            continue
        fields = {key: _pick(record, names) for key, names in OPTIONAL_FIELDS.items()}
        articles.append(RawArticle(file=name, record=i + 1, text=text, hint_basis="record", **fields))
    if not articles and any("MB per article" in w for w in warnings):
        raise BadInputFile(name, f"every record is over the limit of {config.MAX_FILE_MB:g} MB per article")
    if not articles:
        raise BadInputFile(name, f"no record has a text field (expected one of: {', '.join(TEXT_FIELDS)})")
    return ReadResult(articles, warnings)


def _load_json(name: str, text: str, where: str) -> object:
    """``json.loads`` that never raises anything but :class:`BadInputFile`: integers stay digit strings (no
    4,300-digit limit), nesting deeper than Python's recursion limit is refused."""
    try:
        return json.loads(text, parse_int=str)
    except json.JSONDecodeError as exc:
        at = f"at line {exc.lineno}, column {exc.colno}" if where == "" else f"on line {where}"
        raise BadInputFile(name, f"malformed JSON {at}: {exc.msg}") from None
    except RecursionError:
        raise BadInputFile(name, f"JSON nested too deeply{'' if where == '' else f' on line {where}'}") from None
    except ValueError as exc:
        raise BadInputFile(name, f"malformed JSON{'' if where == '' else f' on line {where}'}: {exc}") from None


def _read_json(name: str, text: str) -> ReadResult:
    data = _load_json(name, text, "")
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
        records.append(_load_json(name, line, str(lineno)))
    return _records_to_articles(name, records)


def _read_csv(name: str, text: str) -> ReadResult:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(csv.field_size_limit(), int(config.MAX_COLLECTION_MB * 1_048_576)))
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
    started = time.perf_counter()
    text, note = decode_text_noted(name, data)
    result = _read_decoded(name, suffix, text)
    elapsed = time.perf_counter() - started
    if elapsed > config.FILE_TIME_BUDGET_S:
        raise BadInputFile(
            name, f"took {elapsed:.0f} s to read (the budget is {config.FILE_TIME_BUDGET_S:g} s per file); refused so "
            "that one file cannot stall the corpus"
        )
    if note is not None:
        result.warnings.insert(0, f"{name}: {note}")
    return result


def _read_decoded(name: str, suffix: str, text: str) -> ReadResult:
    saved_as_text = suffix == ".txt" and _HTML_DOCUMENT.match(text) is not None
    if suffix in config.HTML_SUFFIXES or saved_as_text:
        body, meta, dropped = html_to_text(text)
        warnings = [f"{name}: an HTML page saved as text; read as a page (its visible text)"] if saved_as_text else []
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
            site=meta.get("site"),
            url=meta.get("url"),
            hint_basis="html meta",
        )
        return ReadResult([article], warnings)
    if suffix == ".json":
        return _read_json(name, text)
    if suffix == ".jsonl":
        return _read_jsonl(name, text)
    if suffix == ".csv":
        return _read_csv(name, text)
    block = front_matter(text)
    if block is None:
        return ReadResult([RawArticle(file=name, text=markdown_to_text(text) if suffix == ".md" else text)])
    # A front matter block gives the article's title, date, outlet and address; its lines stay in the text as read
    # (cleaning lists them), the Markdown after it loses its markup.
    fields, last = block
    if suffix == ".md":
        end = len("\n".join(text.split("\n", last)[:last]))
        text = text[:end] + markdown_to_text(text[end:])
    meta = {key: _pick(fields, names) for key, names in OPTIONAL_FIELDS.items()}
    return ReadResult([RawArticle(file=name, text=text, hint_basis="front matter", **meta)])
