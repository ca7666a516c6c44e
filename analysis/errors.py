"""Named errors. The library raises them; the pages and the CLI turn each into one clear message."""

from __future__ import annotations


class StorytraceError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is the message to show."""


class BadCorpusPath(StorytraceError):
    """The corpus folder does not exist or is not a folder."""


class BadInputFile(StorytraceError):
    """One input file cannot be read. The message names the file and the reason."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")
