"""Checking uploaded files before they join the corpus: unpack .zip archives safely, refuse bad files with a
reason (the same reasons as when loading a folder), and pick safe file names. Saving is the UI's job."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePath

from analysis import config
from analysis.corpus.load import read_manifest
from analysis.corpus.readers import ReadResult, check_size, read_article_bytes
from analysis.errors import BadInputFile


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


def expand_upload(name: str, data: bytes) -> tuple[list[tuple[str, bytes]], list[BadInputFile]]:
    """Unpack a .zip upload into ``(member name, bytes)`` pairs (or return the file itself).

    Folders inside the archive are flattened, hidden and macOS metadata files are skipped, nested archives and
    members over the size limits are refused; an archive over the total limits is refused whole.
    """
    if PurePath(name).suffix.lower() != ".zip":
        return [(name, data)], []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except zipfile.BadZipFile:
        return [], [BadInputFile(name, "not a readable .zip archive")]
    members = [
        m for m in members
        if not any(part.startswith((".", "__MACOSX")) for part in PurePath(m.filename).parts)
    ]
    if len(members) > config.MAX_ZIP_MEMBERS:
        return [], [BadInputFile(name, f"archive holds {len(members)} files; the limit is {config.MAX_ZIP_MEMBERS}")]
    total = sum(m.file_size for m in members)
    if total > config.MAX_ZIP_UNPACKED_MB * 1_048_576:
        return [], [BadInputFile(name, f"archive unpacks to {total / 1_048_576:.0f} MB; the limit is {config.MAX_ZIP_UNPACKED_MB:g} MB")]
    files: list[tuple[str, bytes]] = []
    problems: list[BadInputFile] = []
    for member in members:
        label = f"{name}/{member.filename}"
        if PurePath(member.filename).suffix.lower() == ".zip":
            problems.append(BadInputFile(label, "archives inside archives are not unpacked"))
            continue
        try:
            check_size(member.filename, member.file_size)
            files.append((PurePath(member.filename).name, archive.read(member)))
        except BadInputFile as exc:
            problems.append(BadInputFile(label, exc.reason))
        except (zipfile.BadZipFile, RuntimeError, OSError) as exc:
            problems.append(BadInputFile(label, f"cannot be unpacked ({exc})"))
    if not files and not problems:
        problems.append(BadInputFile(name, "archive holds no files"))
    return files, problems


def check_upload(name: str, data: bytes) -> CheckedFile:
    """Check one (unpacked) file the way the corpus loader will read it; raise :class:`BadInputFile`."""
    safe = safe_filename(name)
    if safe.lower() == config.MANIFEST_NAME:
        read_manifest(data, name)
        return CheckedFile(config.MANIFEST_NAME, data, 0)
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
