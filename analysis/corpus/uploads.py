"""Checking uploaded files before they join the corpus: unpack .zip archives safely, refuse bad files with a
reason (the same reasons as when loading a folder), and pick safe file names. Saving is the UI's job."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePath

from analysis import config
from analysis.corpus.load import read_manifest
from analysis.corpus.readers import ReadResult, check_size, read_article_bytes
from analysis.errors import BadInputFile
from analysis.lexicon import CORPUS_CATALOG_NAME, check_catalog

_CHUNK = 1 << 16


@dataclass(frozen=True)
class CheckedFile:
    """An uploaded file that passed the checks: its safe name, bytes, and what it holds."""

    name: str
    data: bytes
    articles: int
    warnings: tuple[str, ...] = ()


def safe_filename(name: str) -> str:
    """A file name safe to save: no folders, ASCII-ish, no control or shell-special characters, ≤ 120 chars.

    >>> safe_filename("../../etc/pass wd.TXT")
    'pass-wd.txt'
    """
    base = PurePath(name.replace("\\", "/")).name
    stem, suffix = PurePath(base).stem, PurePath(base).suffix.lower()
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".-_")[:100] or "article"
    suffix = re.sub(r"[^a-z0-9.]", "", suffix)[:8]
    return f"{stem}{suffix}"


class _OverLimit(Exception):
    """A member unpacked past a limit (raised while streaming, before the bytes are kept)."""


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes:
    """The bytes of one member, read in chunks and stopped as soon as they pass ``limit`` (the sizes a zip
    declares in its headers are not trusted)."""
    chunks: list[bytes] = []
    size = 0
    with archive.open(member) as handle:
        while chunk := handle.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _OverLimit(size)
            chunks.append(chunk)
    return b"".join(chunks)


def _skip_reason(filename: str) -> str | None:
    """Why an archive entry is not unpacked (hidden, macOS metadata, a path that climbs out), or None."""
    parts = PurePath(filename.replace("\\", "/")).parts
    if ".." in parts or filename.startswith(("/", "\\")):
        return "path leaves the archive ('..' or an absolute path); not unpacked"
    if any(part.startswith("__MACOSX") for part in parts):
        return "macOS metadata, not an article; skipped"
    if any(part.startswith(".") for part in parts):
        return "hidden file (the name starts with '.'); skipped"
    return None


def expand_upload(name: str, data: bytes) -> tuple[list[tuple[str, bytes]], list[BadInputFile]]:
    """Unpack a .zip upload into ``(member name, bytes)`` pairs (or return the file itself).

    Folders inside the archive are flattened; hidden and macOS metadata entries and paths with ``..`` are
    skipped and listed; nested archives, members over the size limits and members that fail to decompress
    are refused one by one while the others are kept. Sizes are counted on the bytes actually decompressed
    (streamed, stopped at the limit), never taken from the archive's headers.
    """
    if PurePath(name).suffix.lower() != ".zip":
        return [(name, data)], []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return [], [BadInputFile(name, "not a readable .zip archive")]
    problems: list[BadInputFile] = []
    kept: list[zipfile.ZipInfo] = []
    for member in members:
        reason = _skip_reason(member.filename)
        if reason is None:
            kept.append(member)
        else:
            problems.append(BadInputFile(f"{name}/{member.filename}", reason))
    members = kept
    if len(members) > config.MAX_ZIP_MEMBERS:
        return [], [BadInputFile(name, f"archive holds {len(members)} files; the limit is {config.MAX_ZIP_MEMBERS}")]
    budget = int(config.MAX_ZIP_UNPACKED_MB * 1_048_576)
    files: list[tuple[str, bytes]] = []
    for member in members:
        label = f"{name}/{member.filename}"
        if PurePath(member.filename).suffix.lower() == ".zip":
            problems.append(BadInputFile(label, "archives inside archives are not unpacked"))
            continue
        limit = _member_limit(member.filename)
        try:
            check_size(member.filename, member.file_size)
            content = _read_member(archive, member, min(limit, budget))
        except BadInputFile as exc:
            problems.append(BadInputFile(label, exc.reason))
            continue
        except _OverLimit:
            if budget < limit:
                problems.append(BadInputFile(
                    label, f"the archive unpacks to over {config.MAX_ZIP_UNPACKED_MB:g} MB (counted on the bytes "
                    "actually unpacked); this file and the rest are not unpacked"
                ))
                problems.extend(BadInputFile(f"{name}/{m.filename}", "not unpacked: the archive is over its size limit")
                                for m in members[members.index(member) + 1:])
                break
            problems.append(BadInputFile(
                label, f"unpacks to over {limit / 1_048_576:g} MB (its header said {member.file_size} bytes); "
                "not unpacked"
            ))
            continue
        except (zipfile.BadZipFile, zlib.error, RuntimeError, OSError, EOFError, ValueError, NotImplementedError) as exc:
            problems.append(BadInputFile(label, f"cannot be unpacked ({type(exc).__name__}: {exc}); the other files are kept"))
            continue
        budget -= len(content)
        files.append((PurePath(member.filename.replace("\\", "/")).name, content))
    if not files and not problems:
        problems.append(BadInputFile(name, "archive holds no files"))
    return files, problems


def _member_limit(filename: str) -> int:
    """Bytes one archive member may unpack to (the per-file limit of its kind)."""
    limit_mb = config.MAX_COLLECTION_MB if PurePath(filename).suffix.lower() in config.RECORD_SUFFIXES else config.MAX_FILE_MB
    return int(limit_mb * 1_048_576)


def check_upload(name: str, data: bytes) -> CheckedFile:
    """Check one (unpacked) file the way the corpus loader will read it; raise :class:`BadInputFile`."""
    safe = safe_filename(name)
    if safe.lower() == config.MANIFEST_NAME:
        read_manifest(data, name)
        return CheckedFile(config.MANIFEST_NAME, data, 0)
    if safe.lower() == CORPUS_CATALOG_NAME:
        rows = len(check_catalog(data, name))
        return CheckedFile(CORPUS_CATALOG_NAME, data, 0, () if rows else ("the alias catalog has no rows",))
    result: ReadResult = read_article_bytes(name, data)
    return CheckedFile(safe, data, len(result.articles), tuple(result.warnings))


def target_name(folder: Path, name: str, data: bytes) -> tuple[str, bool]:
    """Where to save ``name`` in ``folder``: ``(file name, already_there)``.

    The same content under the same name is "already there"; different content never overwrites an existing
    file (a numbered name is chosen instead), except the manifest, which is replaced.
    """
    path = folder / name
    if name == config.MANIFEST_NAME or not path.exists():
        return name, False
    if path.read_bytes() == data:
        return name, True
    stem, suffix = PurePath(name).stem, PurePath(name).suffix
    n = 2
    while (folder / f"{stem}-{n}{suffix}").exists():
        if (folder / f"{stem}-{n}{suffix}").read_bytes() == data:
            return f"{stem}-{n}{suffix}", True
        n += 1
    return f"{stem}-{n}{suffix}", False
