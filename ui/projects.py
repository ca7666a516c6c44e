"""Projects: one corpus per story. A project is a folder of its own under ``<data directory>/projects/``; the
default project (no name) is the corpus the app was started on (the seeds unless ``--corpus`` says otherwise)
plus the shared upload folder. Names come from users and URLs, so they are validated before they name a folder."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

#: The folder (under the data directory) that holds one folder per project.
PROJECTS_SUBDIR = "projects"
#: The URL query parameter naming the project (``?project=name``).
PROJECT_PARAM = "project"
MAX_NAME_CHARS = 60

# Letters, digits, spaces, "-", "_" and "." inside; a letter or digit first and last: no "..", no leading dot
# (hidden folder), no separators, no trailing dot or space (Windows drops them).
_NAME = re.compile(r"^\w(?:[\w .\-]*\w)?$")


def check_project_name(name: str) -> str:
    """The project name ``name`` (stripped, NFC-normalised) if it may name a folder; raises ValueError saying
    why not (empty, too long, a path, hidden, other characters)."""
    clean = unicodedata.normalize("NFC", str(name)).strip()
    if not clean:
        raise ValueError("a project needs a name")
    if len(clean) > MAX_NAME_CHARS:
        raise ValueError(f"a project name has at most {MAX_NAME_CHARS} characters")
    if not _NAME.match(clean) or ".." in clean:
        raise ValueError(
            "a project name uses letters, digits, spaces, '-', '_' and '.', starts and ends with a letter or digit, "
            "and has no '..'"
        )
    return clean


def projects_root(data_dir: Path) -> Path:
    """The folder holding every project under ``data_dir`` (the folder the upload folder lives in)."""
    return data_dir / PROJECTS_SUBDIR


def project_folder(data_dir: Path, name: str) -> Path:
    """The folder of project ``name`` (validated by :func:`check_project_name`); never outside the projects root."""
    root = projects_root(data_dir).resolve()
    folder = (root / check_project_name(name)).resolve()
    if folder.parent != root:
        raise ValueError("a project name may not name a folder outside the projects folder")
    return folder


def list_projects(data_dir: Path) -> list[str]:
    """Names of the existing projects under ``data_dir``, sorted case-insensitively (invalid folder names and
    symbolic links left out)."""
    root = projects_root(data_dir)
    if not root.is_dir():
        return []
    names = []
    for path in root.iterdir():
        if path.is_dir() and not path.is_symlink():
            try:
                names.append(check_project_name(path.name))
            except ValueError:
                continue
    return sorted((n for n in names if n == unicodedata.normalize("NFC", n)), key=lambda n: (n.casefold(), n))


def create_project(data_dir: Path, name: str) -> str:
    """Create project ``name`` under ``data_dir`` (nothing happens if it exists); returns the checked name.
    Raises ValueError for a bad name."""
    folder = project_folder(data_dir, name)
    folder.mkdir(parents=True, exist_ok=True)
    return folder.name


def rename_project(data_dir: Path, old: str, new: str) -> str:
    """Rename project ``old`` to ``new`` (both checked by :func:`check_project_name`); returns the new name. Raises
    ValueError when ``old`` is not a project, ``new`` is taken or not a valid name. The folder is moved whole
    (articles, corrections, reference prices and its store)."""
    source = project_folder(data_dir, old)
    if not source.is_dir() or source.is_symlink():
        raise ValueError(f"there is no project “{old}”")
    target = project_folder(data_dir, new)
    if target.exists() and target != source:
        raise ValueError(f"a project “{target.name}” exists already")
    source.rename(target)
    return target.name


def delete_project(data_dir: Path, name: str) -> None:
    """Delete project ``name`` and everything in its folder. Raises ValueError when it is not a project (the
    default project, the corpus the app was started on, is not one and can never be deleted)."""
    folder = project_folder(data_dir, name)
    if not folder.is_dir() or folder.is_symlink():
        raise ValueError(f"there is no project “{name}”")
    shutil.rmtree(folder)
